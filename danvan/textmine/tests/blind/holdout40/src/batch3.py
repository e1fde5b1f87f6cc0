"""holdout40 batch 3: b929-b934 (2021-2023)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b929
PAGES.append(page("b929-dienbien-tuachua-doithoai-2021", """
ĐIỆN BIÊN PHỦ ONLINE
Chính trị | Dân vận
23 tháng 4, 2021 | 20:10
Bí thư Huyện ủy Tủa Chùa đối thoại với nhân dân xã Sín Chải
ĐBP - Ngày 22/4, tại hội trường UBND xã Sín Chải, Ban Thường vụ Huyện ủy Tủa Chùa (tỉnh Điện Biên) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2021. Đồng chí Vàng A Chứ, Bí thư Huyện ủy Tủa Chùa chủ trì hội nghị. Tham dự có hơn 200 người dân đại diện cho 11 bản của xã, phần lớn là đồng bào Mông.
Quang cảnh buổi đối thoại tại xã Sín Chải.
Tại buổi đối thoại, bà con đã nêu 12 ý kiến, kiến nghị, tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất, hỗ trợ làm nhà cho hộ nghèo, sửa chữa tuyến đường liên bản mùa mưa bị sạt lở và vụ tranh chấp đất nương giữa hai dòng họ Giàng và Thào ở bản Tả Huổi Tráng kéo dài từ nhiều năm.
Ông Thào A Chứ, trưởng bản Tả Huổi Tráng, cho biết khoảng 3,2 ha đất nương nằm giữa hai dòng họ chưa được đo đạc, cấp giấy nên thường xuyên xảy ra lời qua tiếng lại mỗi khi vào vụ. Sau khi nghe ý kiến các bên, đồng chí Giàng A Sình, Chủ tịch UBND xã Sín Chải, trình bày kết quả xác minh của tổ hòa giải: diện tích trên vốn là đất khai hoang chung của hai dòng họ. Tại hội nghị, đại diện hai dòng họ đã thống nhất chia đôi diện tích, mỗi bên canh tác 1,6 ha, xã cam kết đo đạc, cấp giấy trong quý II.
Đại úy Sùng A Páo, Trưởng Công an xã Sín Chải, đề nghị bà con tiếp tục cảnh giác với các đối tượng tuyên truyền tà đạo "Giê-sù Đấng cứu thế", không nghe theo kẻ xấu bán đất, bỏ bản đi nơi khác.
Trả lời các kiến nghị về đường giao thông, đồng chí Vàng A Chứ cho biết: Huyện đã bố trí 4,5 tỷ đồng từ nguồn vốn Chương trình 135 để nâng cấp tuyến đường từ trung tâm xã đi bản Tả Huổi Tráng, khởi công trong tháng 5. Năm 2021, huyện phấn đấu cấp 146 giấy chứng nhận quyền sử dụng đất cho các hộ dân xã Sín Chải; hỗ trợ 38 hộ nghèo làm nhà ở, mỗi hộ 40 triệu đồng.
Đồng chí Bí thư Huyện ủy yêu cầu các cơ quan chuyên môn ghi nhận đầy đủ ý kiến của nhân dân, trả lời bằng văn bản những nội dung chưa giải quyết được tại hội nghị trong thời hạn 15 ngày; đồng thời đề nghị cấp ủy, chính quyền xã tiếp tục thực hiện Kế hoạch số 146-KH/HU ngày 18/3/2021 của Ban Thường vụ Huyện ủy về đối thoại trực tiếp giữa người đứng đầu với nhân dân; phát huy vai trò của trưởng dòng họ, người có uy tín trong hòa giải ở cơ sở.
Đây là buổi đối thoại thứ hai của Bí thư Huyện ủy Tủa Chùa với nhân dân trong năm nay, sau buổi đối thoại tại xã Tả Sìn Thàng hồi tháng 3.
Minh Đức
Tin liên quan
- Mường Chà: 5 năm xây dựng "Bản văn hóa, dân vận khéo" (20/04/2021)
- Điện Biên Đông đối thoại với nhân dân xã Phình Giàng (14/04/2021)
- Giao ban công tác dân vận quý I/2021 (06/04/2021)
""",
    "2021-04-23",
    "Bí thư Huyện ủy Tủa Chùa đối thoại với nhân dân xã Sín Chải",
    E("doi_thoai", "2021", "2021-04-22"),
    [P("Vàng A Chứ", "Bí thư Huyện ủy Tủa Chùa", "Bí thư Huyện ủy"),
     P("Thào A Chứ", "trưởng bản Tả Huổi Tráng"),
     P("Giàng A Sình", "Chủ tịch UBND xã Sín Chải"),
     P("Sùng A Páo", "Đại úy", "Trưởng Công an xã Sín Chải")],
    [Q("hơn 200 người dân", 200, "người dân", "over"),
     Q("11 bản", 11, "bản"),
     Q("12 ý kiến, kiến nghị", 12, "ý kiến, kiến nghị"),
     Q("khoảng 3,2 ha", 3.2, "ha", "approx"),
     Q("1,6 ha", 1.6, "ha"),
     Q("4,5 tỷ đồng", 4500000000, "đồng"),
     Q("146 giấy chứng nhận quyền sử dụng đất", 146, "giấy chứng nhận quyền sử dụng đất"),
     Q("38 hộ nghèo", 38, "hộ nghèo"),
     Q("40 triệu đồng", 40000000, "đồng")],
    [D("Kế hoạch", "146", "KH/HU", "2021-03-18", "Ban Thường vụ Huyện ủy", surface="Kế hoạch số 146-KH/HU ngày 18/3/2021 của Ban Thường vụ Huyện ủy")],
    [prov("Điện Biên"), com("Sín Chải"), com("Tả Sìn Thàng")],
    ["ĐIỆN BIÊN PHỦ ONLINE", "Chính trị | Dân vận", "ĐBP", "Quang cảnh buổi đối thoại tại xã Sín Chải.",
     "Giê-sù Đấng cứu thế", "Chương trình 135", "bản Tả Huổi Tráng"],
    ["23 tháng 4, 2021 | 20:10", "quý II", "Chương trình 135", "15 ngày", "buổi đối thoại thứ hai", "hai dòng họ", "tháng 5"],
))

# ---------------------------------------------------------------- b930
PAGES.append(page("b930-daknong-giaoban-thang9-2021", """
Ban Dân vận Tỉnh ủy Đắk Nông
Trang chủ › Tin tức › Hoạt động của Ban
08:40 | 29/09/2021
Giao ban tháng 9: tập trung vận động đồng bào Mông di cư tự do ổn định cuộc sống
Chiều 28/9, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 9/2021 theo hình thức trực tuyến với Ban Dân vận các huyện ủy, thành ủy. Đồng chí Phạm Thị Thu Hà, TUV, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Y Kriu Niê, Phó Trưởng Ban Dân vận Tỉnh ủy.
Giao ban trực tuyến tháng 9/2021. Ảnh: Ban Dân vận Tỉnh ủy
Trong tháng, khối dân vận các cấp đã phối hợp tuyên truyền, vận động nhân dân tuân thủ các biện pháp phòng, chống dịch Covid-19; vận động ủng hộ Quỹ vắc-xin và hỗ trợ người dân gặp khó khăn được 2,35 tỷ đồng, 64 tấn nông sản gửi tặng TP. Hồ Chí Minh và các tỉnh phía Nam. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 88-KH/BDVTU về kiểm tra công tác dân vận trong thực hiện Đề án ổn định dân di cư tự do tại huyện Đắk Glong và Tuy Đức.
Theo báo cáo, toàn tỉnh hiện còn hơn 1.600 hộ đồng bào Mông di cư tự do đến từ các tỉnh phía Bắc, chủ yếu sống rải rác trong rừng, ven các lâm trường. Thực hiện Quyết định số 1776/QĐ-TTg của Thủ tướng Chính phủ, tỉnh đã bố trí ổn định cho 1.112 hộ tại 3 điểm dân cư tập trung, tổng vốn đầu tư khoảng 45 tỷ đồng. Tuy nhiên, tình trạng phá rừng làm rẫy, mua bán đất trái phép trong vùng đồng bào Mông vẫn còn diễn biến phức tạp.
Tại giao ban, đồng chí Hầu A Chúng, Phó Chủ tịch UBND xã Quảng Hòa, cho biết xã đã thành lập 7 tổ vận động gồm cán bộ xã, công an, kiểm lâm và người có uy tín trong dòng họ, đến từng hộ vận động bà con chuyển về điểm dân cư, nhận đất sản xuất; trong tháng đã có 26 hộ tự nguyện di chuyển. Ông Lý Seo Chứ, trưởng dòng họ Lý ở thôn Tân Lập, đã cùng con cháu dỡ lán trại, trả lại 5,7 ha đất rừng cho Công ty Lâm nghiệp Quảng Sơn.
Đồng chí Y Kriu Niê đề nghị các huyện Đắk Glong, Tuy Đức, Đắk Song tiếp tục phát huy mô hình "Dân vận khéo" trong vận động đồng bào dân tộc thiểu số, tổ chức đối thoại trực tiếp với người dân ở các khu vực có tranh chấp đất đai giữa người dân và các công ty lâm nghiệp.
Kết luận giao ban, đồng chí Phạm Thị Thu Hà yêu cầu tháng 10 tập trung tổng hợp kết quả 10 năm thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng, tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường công tác dân vận ở vùng đồng bào di cư tự do; chuẩn bị các điều kiện tổ chức hội nghị gặp mặt người có uy tín cuối năm.
Ngọc Ánh
Tin cùng chuyên mục
- Đắk Mil: ra mắt 12 mô hình "Dân vận khéo" (20/09/2021)
- Giao ban công tác dân vận tháng 8/2021 (31/08/2021)
- Trao 300 suất quà cho đồng bào Mông khó khăn (19/08/2021)
""",
    "2021-09-29",
    "Giao ban tháng 9: tập trung vận động đồng bào Mông di cư tự do ổn định cuộc sống",
    E("giao_ban", "2021-09", "2021-09-28"),
    [P("Phạm Thị Thu Hà", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Y Kriu Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Hầu A Chúng", "Phó Chủ tịch UBND xã Quảng Hòa"),
     P("Lý Seo Chứ", "trưởng dòng họ Lý ở thôn Tân Lập")],
    [Q("2,35 tỷ đồng", 2350000000, "đồng"),
     Q("64 tấn", 64, "tấn"),
     Q("hơn 1.600 hộ đồng bào Mông", 1600, "hộ đồng bào Mông", "over"),
     Q("1.112 hộ", 1112, "hộ"),
     Q("3 điểm dân cư tập trung", 3, "điểm dân cư tập trung"),
     Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"),
     Q("7 tổ vận động", 7, "tổ vận động"),
     Q("26 hộ", 26, "hộ"),
     Q("5,7 ha", 5.7, "ha")],
    [D("Kế hoạch", "88", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 88-KH/BDVTU"),
     D("Quyết định", "1776", "QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 1776/QĐ-TTg của Thủ tướng Chính phủ"),
     D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương Đảng", surface="Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng")],
    [prov("Đắk Nông"), prov("Hồ Chí Minh"), com("Quảng Hòa")],
    ["Ban Dân vận Tỉnh ủy Đắk Nông", "Trang chủ › Tin tức › Hoạt động của Ban", "Giao ban trực tuyến tháng 9/2021. Ảnh: Ban Dân vận Tỉnh ủy",
     "Quỹ vắc-xin", "Dân vận khéo", "thôn Tân Lập", "Công ty Lâm nghiệp Quảng Sơn", "Đề án ổn định dân di cư tự do"],
    ["08:40 | 29/09/2021", "tháng 9/2021", "tháng 10", "10 năm", "Covid-19"],
))

# ---------------------------------------------------------------- b931
PAGES.append(page("b931-langson-bdv-tongket-2022", """
Hôm nay: Thứ Năm, 22/12/2022
BÁO LẠNG SƠN
Thứ Tư, 21/12/2022, 18:00
Chính trị - Xây dựng Đảng
Ảnh: Đồng chí Hoàng Thị Đoan phát biểu kết luận hội nghị.
Lạng Sơn: Công tác dân vận góp phần giữ vững "thế trận lòng dân" nơi biên giới
LSO - Chiều 20/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Hoàng Thị Đoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12, 13-CT/TU về tăng cường công tác dân vận ở các xã biên giới và trong thực hiện các dự án trọng điểm; sơ kết 1 năm thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Toàn tỉnh xây dựng mới 236 mô hình "Dân vận khéo", nâng tổng số lên 1.874 mô hình.
Mặt trận, các đoàn thể và lực lượng vũ trang đã vận động hỗ trợ xóa 312 nhà tạm, nhà dột nát cho hộ nghèo đồng bào Tày, Nùng, Dao với tổng kinh phí gần 15,6 tỷ đồng. Nhân dân các xã đã tự nguyện hiến hơn 42.000 m2 đất làm đường giao thông nông thôn; tỷ lệ thôn đạt chuẩn nông thôn mới tăng lên 41,2%. Khối dân vận tham gia giải quyết 118/126 vụ việc tranh chấp, khiếu nại, trong đó nhiều vụ tranh chấp đất rừng giữa các hộ đồng bào được hòa giải thành ngay tại thôn.
Ở khu vực biên giới, các đồn biên phòng duy trì tốt phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới"; 41 cặp thôn, bản hai bên biên giới đã ký kết kết nghĩa. Tại hội nghị, Trung tá Lục Văn Quang, Chính trị viên Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị, chia sẻ: Đơn vị phân công mỗi đảng viên phụ trách 5 hộ gia đình, giúp bà con trồng hồi, trồng quế, ổn định cuộc sống.
Đồng chí Chu Văn Tầm, HUV, Trưởng Ban Dân vận Huyện ủy Cao Lộc, và bà Vy Thị Nhài, Bí thư Chi bộ thôn Pò Nhùng, xã Thụy Hùng, cùng chia sẻ kinh nghiệm vận động người dân bàn giao mặt bằng dự án đường cao tốc Đồng Đăng - Trà Lĩnh. Chỉ sau 2 tháng, 100% hộ trong thôn đã nhận tiền bồi thường và bàn giao mặt bằng, không có khiếu kiện.
Phát biểu kết luận, đồng chí Hoàng Thị Đoan ghi nhận những kết quả nổi bật; đề nghị năm 2023 khối dân vận tiếp tục thực hiện hiệu quả Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; tập trung vận động nhân dân thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Đồng chí Trưởng ban cũng yêu cầu Ban Dân vận các huyện bám sát cơ sở, nhất là các thôn đặc biệt khó khăn, không để hình thành điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy đã tặng giấy khen cho 15 tập thể, 22 cá nhân; đồng chí Lăng Văn Hương, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Thu Trang
Tin liên quan
- Văn Lãng: đối thoại với nhân dân về giải phóng mặt bằng (15/12/2022)
- Bình Gia: ra mắt mô hình "Thôn không có tội phạm" (08/12/2022)
- Hội nghị gặp mặt người có uy tín năm 2022 (28/11/2022)
""",
    "2022-12-21",
    "Lạng Sơn: Công tác dân vận góp phần giữ vững \"thế trận lòng dân\" nơi biên giới",
    E("tong_ket", "2022", "2022-12-20"),
    [P("Hoàng Thị Đoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
     P("Lục Văn Quang", "Trung tá", "Chính trị viên Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị"),
     P("Chu Văn Tầm", "HUV", "Trưởng Ban Dân vận Huyện ủy Cao Lộc"),
     P("Vy Thị Nhài", "Bí thư Chi bộ thôn Pò Nhùng"),
     P("Lăng Văn Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
    [Q("236 mô hình", 236, "mô hình"),
     Q("1.874 mô hình", 1874, "mô hình"),
     Q("312 nhà tạm, nhà dột nát", 312, "nhà tạm, nhà dột nát"),
     Q("gần 15,6 tỷ đồng", 15600000000, "đồng", "approx"),
     Q("hơn 42.000 m2", 42000, "m2", "over"),
     Q("41,2%", 41.2, "%"),
     Q("118/126 vụ việc tranh chấp, khiếu nại", 118, "vụ việc tranh chấp, khiếu nại"),
     Q("41 cặp thôn, bản", 41, "cặp thôn, bản"),
     Q("5 hộ gia đình", 5, "hộ gia đình"),
     Q("100%", 100, "%"),
     Q("15 tập thể", 15, "tập thể"),
     Q("22 cá nhân", 22, "cá nhân")],
    [D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 12, 13-CT/TU"),
     D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị số 12, 13-CT/TU"),
     D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", surface="Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
     D("Chỉ thị", "05", "CT/TW", None, None, surface="Chỉ thị 05-CT/TW"),
     D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", surface="Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương")],
    [prov("Lạng Sơn"), com("Thụy Hùng")],
    ["Hôm nay: Thứ Năm, 22/12/2022", "BÁO LẠNG SƠN", "Chính trị - Xây dựng Đảng",
     "Ảnh: Đồng chí Hoàng Thị Đoan phát biểu kết luận hội nghị.", "LSO", "thế trận lòng dân", "Dân vận khéo",
     "Toàn dân tham gia tự quản đường biên, mốc quốc giới", "Đồng Đăng - Trà Lĩnh",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
    ["Hôm nay: Thứ Năm, 22/12/2022", "Thứ Tư, 21/12/2022, 18:00", "năm 2023", "1 năm", "2 tháng", "Chỉ thị 05-CT/TW"],
))

# ---------------------------------------------------------------- b932
PAGES.append(page("b932-kiengiang-bdv-tangqua-cholchnam-2022", """
Báo Kiên Giang
Trang chủ / Thời sự / Dân tộc - Tôn giáo
09/04/2022 07:15
Ban Dân vận Tỉnh ủy thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây
(BKGO) - Ngày 8/4, đoàn công tác của Tỉnh ủy do đồng chí Trịnh Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Kiên Giang làm trưởng đoàn đã đến thăm, chúc Tết Chôl Chnăm Thmây năm 2022 tại các chùa Phật giáo Nam tông Khmer và gia đình người có uy tín ở huyện Gò Quao, Châu Thành.
Đồng chí Trịnh Văn Đức tặng quà chùa Soài Chék, xã Định An. Ảnh: Danh Thành
Tại chùa Soài Chék, xã Định An, huyện Gò Quao, đồng chí Trịnh Văn Đức gửi lời thăm hỏi, chúc mừng đến Đại đức Danh Hiền, trụ trì chùa, cùng chư tăng và phật tử; cảm ơn sư sãi đã cùng chính quyền vận động bà con chấp hành các biện pháp phòng, chống dịch Covid-19 trong 2 năm qua, góp phần ổn định tình hình vùng đồng bào Khmer. Đại đức Danh Hiền cho biết năm nay nhà chùa tổ chức Tết gọn nhẹ, chủ yếu phần lễ; chùa tiếp tục mở lớp dạy chữ Khmer cho 120 em học sinh trong dịp hè.
Đến thăm Hòa thượng Danh Sol, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, trụ trì chùa Láng Cát, xã Minh Lương, huyện Châu Thành, đoàn đã trao quà và trao đổi về việc vận động phật tử tham gia xây dựng nông thôn mới. Đoàn cũng thăm gia đình ông Danh Hồng Phước, người có uy tín ấp Hòa Lợi, xã Định An, và bà Thị Sa Rinh, hội viên phụ nữ Khmer tiêu biểu trong phong trào làm kinh tế giỏi.
Dịp Tết Chôl Chnăm Thmây năm nay, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh tổ chức các đoàn đến thăm, tặng quà 78 chùa Phật giáo Nam tông Khmer, mỗi chùa một phần quà trị giá 2 triệu đồng; tặng 1.200 phần quà cho hộ nghèo, hộ cận nghèo đồng bào Khmer, mỗi phần trị giá 400.000 đồng. Tổng kinh phí các hoạt động chăm lo Tết gần 640 triệu đồng, được vận động từ các doanh nghiệp, nhà hảo tâm.
Theo Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có hơn 210.000 người Khmer, chiếm khoảng 12% dân số, sinh sống tập trung ở các huyện Gò Quao, Châu Thành, Giồng Riềng, Hòn Đất. Các chương trình, chính sách dành cho đồng bào được triển khai đồng bộ; qua phong trào "Dân vận khéo", nhiều ấp Khmer đã vận động bà con hiến đất làm đường, xây cầu bê tông, thay thế cầu khỉ.
Đồng chí Trịnh Văn Đức đề nghị các vị sư sãi, người có uy tín tiếp tục phát huy vai trò cầu nối, vận động bà con đón Tết vui tươi, an toàn, tiết kiệm; tích cực tham gia bảo vệ an ninh trật tự, không nghe theo kẻ xấu xuyên tạc, chia rẽ khối đại đoàn kết dân tộc.
Danh Thành
Tin khác
- Gò Quao: trao 30 căn nhà Đại đoàn kết cho hộ Khmer (02/04/2022)
- Họp mặt sư sãi, A-cha nhân Tết Chôl Chnăm Thmây (05/04/2022)
- Giao ban công tác dân vận quý I/2022 (31/03/2022)
""",
    "2022-04-09",
    "Ban Dân vận Tỉnh ủy thăm, tặng quà các chùa Khmer nhân Tết Chôl Chnăm Thmây",
    E("trao_qua", None, "2022-04-08"),
    [P("Trịnh Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy Kiên Giang"),
     P("Danh Hiền", "Đại đức", "trụ trì chùa"),
     P("Danh Sol", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "trụ trì chùa Láng Cát"),
     P("Danh Hồng Phước", "người có uy tín ấp Hòa Lợi"),
     P("Thị Sa Rinh")],
    [Q("120 em học sinh", 120, "em học sinh"),
     Q("78 chùa Phật giáo Nam tông Khmer", 78, "chùa Phật giáo Nam tông Khmer"),
     Q("2 triệu đồng", 2000000, "đồng"),
     Q("1.200 phần quà", 1200, "phần quà"),
     Q("400.000 đồng", 400000, "đồng"),
     Q("gần 640 triệu đồng", 640000000, "đồng", "approx"),
     Q("hơn 210.000 người Khmer", 210000, "người Khmer", "over"),
     Q("khoảng 12%", 12, "%", "approx")],
    [],
    [prov("Kiên Giang"), com("Định An"), com("Minh Lương")],
    ["Báo Kiên Giang", "Trang chủ / Thời sự / Dân tộc - Tôn giáo", "(BKGO)",
     "Đồng chí Trịnh Văn Đức tặng quà chùa Soài Chék, xã Định An. Ảnh: Danh Thành", "chùa Soài Chék", "chùa Láng Cát",
     "Dân vận khéo", "ấp Hòa Lợi", "Chôl Chnăm Thmây"],
    ["09/04/2022 07:15", "2 năm qua", "Covid-19", "một phần quà", "năm 2022"],
))

# ---------------------------------------------------------------- b933
PAGES.append(page("b933-laocai-guongdanvankheo-dao-2023", """
BÁO LÀO CAI
Thứ Ba, 14/03/2023 | 06:30
Xã hội > Gương sáng
Người "giữ lửa" ở Ná Lùng
Nói đến phong trào xây dựng nông thôn mới ở xã Bản Xèo, huyện Bát Xát (tỉnh Lào Cai), người dân thường nhắc tới ông Phùng Văn Tả, Bí thư Chi bộ, Trưởng thôn Ná Lùng - một người Dao đỏ được bà con tin yêu gọi là người "giữ lửa" của thôn.
Ông Phùng Văn Tả (bên trái) trao đổi với bà con về chăm sóc cây quế.
Năm nay 62 tuổi, có hơn 20 năm làm trưởng thôn, ông Tả hiểu rõ từng nếp nhà, từng con người ở Ná Lùng. Thôn có 104 hộ thì có tới 97 hộ là người Dao. Trước đây, đời sống của bà con rất khó khăn, năm 2015 cả thôn còn 58 hộ nghèo; nay chỉ còn 11 hộ nghèo, thu nhập bình quân đạt 42 triệu đồng/người/năm.
Để có được kết quả đó, ông Tả luôn đi đầu trong mọi việc. Khi thôn triển khai làm đường bê tông, ông vận động gia đình hiến 800 m2 đất vườn, rồi đến từng nhà thuyết phục. Nhờ đó, bà con trong thôn đã hiến hơn 3.200 m2 đất, góp 1.500 ngày công làm 2,8 km đường nội thôn mà không ai đòi bồi thường. Ông cũng là người đầu tiên trong thôn chuyển từ trồng ngô trên đất dốc sang trồng quế, trồng thảo quả dưới tán rừng, rồi hướng dẫn bà con làm theo. Đến nay, thôn có 260 ha quế, nhiều hộ có thu nhập hàng trăm triệu đồng mỗi năm.
Không chỉ giỏi làm kinh tế, ông Tả còn là "cây hòa giải" của thôn. Năm 2022, ông cùng tổ hòa giải giải quyết ổn thỏa 6 vụ tranh chấp ranh giới đất rừng giữa các hộ, không có vụ nào phải đưa lên xã. Ông cũng kiên trì vận động bà con bỏ tục thách cưới cao, tổ chức đám cưới, đám tang gọn nhẹ, theo nếp sống mới.
Ông Tẩn Láo San, Chủ tịch UBND xã Bản Xèo, nhận xét: "Ông Tả nói ít, làm nhiều. Việc gì khó ở Ná Lùng, chỉ cần ông ấy nhận là xong. Thôn Ná Lùng nhiều năm liền là thôn văn hóa, chi bộ nhiều năm liền hoàn thành xuất sắc nhiệm vụ".
Với những đóng góp đó, ông Phùng Văn Tả được Chủ tịch UBND tỉnh tặng bằng khen theo Quyết định số 1152/QĐ-UBND ngày 02/6/2022 vì đã có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2017 - 2022. Mô hình "Thôn Dao đoàn kết, không có đơn thư" của ông cũng được Ban Dân vận Huyện ủy Bát Xát chọn để nhân rộng ra 12 thôn khác trong huyện.
Bà Triệu Thị Mây, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát, cho biết: Những người như ông Tả chính là "cánh tay nối dài" của cấp ủy, chính quyền ở cơ sở. Huyện sẽ tiếp tục phát hiện, biểu dương kịp thời để lan tỏa những tấm gương bình dị này.
Thu Hằng
Bài viết liên quan
- Bát Xát: tôn vinh 30 điển hình "Dân vận khéo" (28/02/2023)
- Người có uy tín ở vùng biên Y Tý (15/02/2023)
- Sa Pa: vận động đồng bào Mông hiến đất làm đường (06/02/2023)
""",
    "2023-03-14",
    "Người \"giữ lửa\" ở Ná Lùng",
    E("khac", None, None),
    [P("Phùng Văn Tả", "Bí thư Chi bộ", "Trưởng thôn Ná Lùng"),
     P("Tẩn Láo San", "Chủ tịch UBND xã Bản Xèo"),
     P("Triệu Thị Mây", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát")],
    [Q("104 hộ", 104, "hộ"),
     Q("97 hộ", 97, "hộ"),
     Q("58 hộ nghèo", 58, "hộ nghèo"),
     Q("11 hộ nghèo", 11, "hộ nghèo"),
     Q("42 triệu đồng/người/năm", 42000000, "đồng"),
     Q("800 m2", 800, "m2"),
     Q("hơn 3.200 m2", 3200, "m2", "over"),
     Q("1.500 ngày công", 1500, "ngày công"),
     Q("2,8 km", 2.8, "km"),
     Q("260 ha", 260, "ha"),
     Q("6 vụ tranh chấp ranh giới đất rừng", 6, "vụ tranh chấp ranh giới đất rừng"),
     Q("12 thôn", 12, "thôn")],
    [D("Quyết định", "1152", "QĐ-UBND", "2022-06-02", "Chủ tịch UBND tỉnh", surface="Quyết định số 1152/QĐ-UBND ngày 02/6/2022")],
    [prov("Lào Cai"), com("Bản Xèo")],
    ["BÁO LÀO CAI", "Xã hội > Gương sáng", "Ông Phùng Văn Tả (bên trái) trao đổi với bà con về chăm sóc cây quế.",
     "giữ lửa", "cây hòa giải", "Dân vận khéo", "Thôn Dao đoàn kết, không có đơn thư", "cánh tay nối dài", "Ná Lùng"],
    ["Thứ Ba, 14/03/2023 | 06:30", "62 tuổi", "hơn 20 năm", "năm 2015", "Năm 2022", "giai đoạn 2017 - 2022",
     "hàng trăm triệu đồng", "nhiều năm liền"],
))

# ---------------------------------------------------------------- b934
PAGES.append(page("b934-gialai-iapa-doithoai-datrung-2023", """
BÁO GIA LAI ĐIỆN TỬ
Ngày đăng 16/06/2023 | 11:00
Xã hội | Dân tộc - Tôn giáo
Ia Pa: Đối thoại giải quyết tranh chấp đất rừng giữa công ty và người dân làng Bi Giông
(GLO) - Ngày 15/6, UBND huyện Ia Pa (tỉnh Gia Lai) phối hợp với Ban Dân vận Huyện ủy tổ chức đối thoại giữa Công ty TNHH MTV Lâm nghiệp Ia Kênh và 47 hộ đồng bào Jrai ở làng Bi Giông, xã Ia Kdăm, về vụ tranh chấp gần 85 ha đất rừng kéo dài nhiều năm.
Chủ trì buổi đối thoại có bà Siu Thu, Phó Chủ tịch UBND huyện Ia Pa và ông Puih Thanh, HUV, Trưởng Ban Dân vận Huyện ủy. Cùng dự có đại diện Sở Tài nguyên và Môi trường, Hạt Kiểm lâm huyện, Đảng ủy, UBND xã Ia Kdăm cùng già làng, người có uy tín trong làng.
Già làng Ksor Tih (đứng) nêu ý kiến của bà con làng Bi Giông tại buổi đối thoại. Ảnh: Hồng Thi
Theo báo cáo, diện tích đất trên được giao cho công ty quản lý, bảo vệ từ năm 2004, nhưng nhiều hộ dân trong làng đã canh tác mì, bắp từ trước đó. Thời gian qua, khi công ty triển khai trồng rừng, một số hộ đã ngăn cản, nhổ bỏ cây keo; có thời điểm hơn 30 người tập trung tại hiện trường, gây căng thẳng. Ban Dân vận Huyện ủy đã phối hợp với xã tổ chức 3 buổi gặp gỡ, tiếp xúc riêng với từng nhóm hộ, đồng thời đề nghị các ngành rà soát lại nguồn gốc đất.
Tại buổi đối thoại, già làng Ksor Tih, người có uy tín làng Bi Giông, nói: "Dân làng không muốn chống lại Nhà nước. Dân chỉ cần có đất để trồng mì nuôi con". Bà Nay H'Rinh, Chủ tịch Hội LHPN xã Ia Kdăm, đề nghị công ty nhận thêm lao động nữ trong làng vào làm công việc trồng, chăm sóc rừng.
Sau gần một buổi sáng trao đổi, các bên đã thống nhất: công ty trả lại cho địa phương 52,3 ha để giao cho 47 hộ sản xuất ổn định lâu dài; phần diện tích còn lại khoảng 32 ha người dân giao lại cho công ty trồng rừng, công ty hỗ trợ các hộ 8 triệu đồng/ha hoa màu đang canh tác và ưu tiên nhận 25 lao động địa phương vào làm việc. Đại diện Sở Tài nguyên và Môi trường cho biết sẽ tham mưu UBND tỉnh điều chỉnh Quyết định số 615/QĐ-UBND ngày 21/9/2022 về giao đất, cho thuê đất đối với công ty.
Phát biểu kết luận, bà Siu Thu yêu cầu UBND xã Ia Kdăm phối hợp đo đạc, cắm mốc ranh giới ngay trong tháng 7; Ban Dân vận Huyện ủy cử cán bộ bám làng, phối hợp già làng, người có uy tín vận động bà con thực hiện đúng cam kết. Ông Puih Thanh cho biết, thực hiện Kết luận số 54-KL/HU của Ban Thường vụ Huyện ủy, từ đầu năm đến nay huyện đã giải quyết dứt điểm 4 vụ tranh chấp đất đai bằng đối thoại, hòa giải.
Hồng Thi
Tin cùng chuyên mục
- Krông Pa: vận động người dân trả lại 120 ha đất rừng lấn chiếm (09/06/2023)
- Chư Sê gặp mặt người có uy tín (30/05/2023)
- Kbang: trao 20 căn nhà Đại đoàn kết (18/05/2023)
""",
    "2023-06-16",
    "Ia Pa: Đối thoại giải quyết tranh chấp đất rừng giữa công ty và người dân làng Bi Giông",
    E("doi_thoai", None, "2023-06-15"),
    [P("Siu Thu", "Phó Chủ tịch UBND huyện Ia Pa"),
     P("Puih Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
     P("Ksor Tih", "già làng", "người có uy tín làng Bi Giông"),
     P("Nay H'Rinh", "Chủ tịch Hội LHPN xã Ia Kdăm")],
    [Q("47 hộ đồng bào Jrai", 47, "hộ đồng bào Jrai"),
     Q("gần 85 ha", 85, "ha", "approx"),
     Q("hơn 30 người", 30, "người", "over"),
     Q("3 buổi gặp gỡ", 3, "buổi gặp gỡ"),
     Q("52,3 ha", 52.3, "ha"),
     Q("khoảng 32 ha", 32, "ha", "approx"),
     Q("8 triệu đồng/ha", 8000000, "đồng"),
     Q("25 lao động", 25, "lao động"),
     Q("4 vụ tranh chấp đất đai", 4, "vụ tranh chấp đất đai")],
    [D("Quyết định", "615", "QĐ-UBND", "2022-09-21", "UBND tỉnh", surface="Quyết định số 615/QĐ-UBND ngày 21/9/2022"),
     D("Kết luận", "54", "KL/HU", None, "Ban Thường vụ Huyện ủy", surface="Kết luận số 54-KL/HU của Ban Thường vụ Huyện ủy")],
    [prov("Gia Lai"), com("Ia Kdăm")],
    ["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Dân tộc - Tôn giáo", "(GLO)",
     "Già làng Ksor Tih (đứng) nêu ý kiến của bà con làng Bi Giông tại buổi đối thoại. Ảnh: Hồng Thi",
     "Công ty TNHH MTV Lâm nghiệp Ia Kênh", "làng Bi Giông", "Hạt Kiểm lâm huyện"],
    ["Ngày đăng 16/06/2023 | 11:00", "năm 2004", "nhiều năm", "gần một buổi sáng", "tháng 7", "từ đầu năm đến nay"],
))
