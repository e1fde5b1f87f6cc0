"""holdout35 batch 3: b809-b814 (Sơn La 2021, Quảng Ninh 2021, Cần Thơ 2022, Thừa Thiên Huế 2022, Yên Bái 2023, Bà Rịa - Vũng Tàu 2023)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b809
PAGES.append(page(
"b809-sonla-thongtin-nguoicouytin-2021",
"""
SƠN LA ĐIỆN TỬ
Trang chủ > Chính trị > Công tác dân tộc
Thứ Bảy, 10/04/2021
Cung cấp thông tin thời sự cho 1.250 người có uy tín
Ngày 9/4, Ban Dân vận Tỉnh ủy Sơn La phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị trực tuyến cung cấp thông tin tình hình thời sự, chính sách dân tộc cho người có uy tín năm 2021. Hội nghị được kết nối tới 12 điểm cầu huyện, thành phố với gần 1.250 người có uy tín trong đồng bào các dân tộc Thái, Mông, Mường, Dao, Khơ Mú, Xinh Mun tham dự.
Người có uy tín tham dự tại điểm cầu huyện Thuận Châu.
Chủ trì tại điểm cầu tỉnh có đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Văn Mừng, Trưởng Ban Dân tộc tỉnh.
Tại hội nghị, các đại biểu được nghe thông tin về kết quả Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 theo Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị; tình hình phòng, chống dịch Covid-19 trên tuyến biên giới. Đại tá Hoàng Văn Chất, Phó Giám đốc Công an tỉnh thông tin về tình hình an ninh nông thôn: quý I, trên địa bàn tỉnh phát hiện 6 đối tượng tuyên truyền tà đạo, lôi kéo đồng bào Mông ở 3 xã của huyện Sốp Cộp; lực lượng chức năng đã phối hợp với người có uy tín vận động 27 hộ từ bỏ, cam kết không nghe theo kẻ xấu.
Báo cáo của Ban Dân tộc tỉnh cho biết, năm 2020, người có uy tín đã tham gia hòa giải thành công 318 vụ mâu thuẫn trong cộng đồng, vận động nhân dân hiến hơn 52.000 m2 đất làm đường, xây trường học. Chế độ chính sách đối với người có uy tín theo Quyết định 12/2018/QĐ-TTg được thực hiện kịp thời, với tổng kinh phí hơn 3,6 tỷ đồng.
Thảo luận tại hội nghị, ông Thào A Tủa, người có uy tín bản Huổi Pú, xã Mường Lèo chia sẻ việc vận động bà con không tổ chức đám cưới, đám ma kéo dài trong thời gian có dịch. Ông Lò Văn Cương, Bí thư Chi bộ, Trưởng bản Nà Ngụa, xã Chiềng Sại, kể lại vụ tranh chấp ranh giới đất sản xuất giữa 2 bản đã được hòa giải sau 4 lần gặp gỡ của già làng hai bên. Bà Bàn Thị Xuân, người Dao ở xã Tân Hợp, đề nghị tiếp tục hỗ trợ giống cây ăn quả cho các hộ nghèo.
Phát biểu kết luận, đồng chí Cầm Thị Phong đề nghị người có uy tín tiếp tục là cầu nối giữa cấp ủy, chính quyền với nhân dân, nắm bắt tâm tư, nguyện vọng của bà con để phản ánh kịp thời; tích cực vận động cử tri đi bầu cử đầy đủ vào ngày 23/5/2021. Ban Dân vận Tỉnh ủy sẽ tiếp tục thực hiện Kế hoạch 15-KH/BDVTU ngày 10/3/2021 về cung cấp thông tin định kỳ cho người có uy tín, mỗi quý một lần.
Thu Hòa
Tin liên quan
- Mai Sơn: Đối thoại với nhân dân về dự án thủy lợi (02/04/2021)
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý I (30/03/2021)
- Mộc Châu: 97 người có uy tín được tặng giấy khen (19/03/2021)
""",
"2021-04-10",
"Cung cấp thông tin thời sự cho 1.250 người có uy tín",
E("hoi_nghi", "2021", "2021-04-09"),
[
    P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lò Văn Mừng", "Trưởng Ban Dân tộc tỉnh"),
    P("Hoàng Văn Chất", "Đại tá", "Phó Giám đốc Công an tỉnh"),
    P("Thào A Tủa", "người có uy tín bản Huổi Pú"),
    P("Lò Văn Cương", "Bí thư Chi bộ", "Trưởng bản Nà Ngụa"),
    P("Bàn Thị Xuân"),
],
[
    Q("12 điểm cầu", 12, "điểm cầu"),
    Q("gần 1.250 người có uy tín", 1250, "người có uy tín", "approx"),
    Q("6 đối tượng", 6, "đối tượng"),
    Q("3 xã", 3, "xã"),
    Q("27 hộ", 27, "hộ"),
    Q("318 vụ mâu thuẫn", 318, "vụ mâu thuẫn"),
    Q("hơn 52.000 m2", 52000, "m2", "over"),
    Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
    Q("2 bản", 2, "bản"),
    Q("4 lần gặp gỡ", 4, "lần gặp gỡ"),
],
[
    D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", surface="Chỉ thị 45-CT/TW ngày 20/6/2020 của Bộ Chính trị"),
    D("Quyết định", "12", "2018/QĐ-TTg", None, None, surface="Quyết định 12/2018/QĐ-TTg"),
    D("Kế hoạch", "15", "KH/BDVTU", "2021-03-10", "Ban Dân vận Tỉnh ủy", surface="Kế hoạch 15-KH/BDVTU ngày 10/3/2021"),
],
[prov("Sơn La"), com("Mường Lèo"), com("Chiềng Sại"), com("Tân Hợp")],
["SƠN LA ĐIỆN TỬ", "Trang chủ > Chính trị > Công tác dân tộc", "Người có uy tín tham dự tại điểm cầu huyện Thuận Châu.",
 "Ban Dân tộc tỉnh", "Huổi Pú", "Nà Ngụa", "Covid-19"],
["Thứ Bảy, 10/04/2021", "năm 2021", "lần thứ XIII", "khóa XV", "nhiệm kỳ 2021 - 2026", "quý I", "năm 2020",
 "ngày 23/5/2021", "mỗi quý một lần", "Covid-19"],
))

# ---------------------------------------------------------------- b810
PAGES.append(page(
"b810-quangninh-bdv-soket-2021",
"""
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh
Trang chủ | Tin tức - Sự kiện | Tin hoạt động
Cập nhật ngày 09/07/2021 lúc 11:35
Khối dân vận sơ kết 6 tháng: giải quyết dứt điểm nhiều vụ việc tồn đọng qua đối thoại
Ngày 8/7, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021. Đồng chí Đỗ Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị tại điểm cầu tỉnh; 13 điểm cầu các huyện, thị xã, thành phố cùng tham dự.
Đồng chí Đỗ Thị Hoàng kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 02, 03-KL/TU về công tác dân vận trong phòng, chống dịch Covid-19 và trong giải phóng mặt bằng các dự án trọng điểm; tổ chức sơ kết 3 năm thực hiện Quyết định 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư. Toàn tỉnh đã vận động 1.347 hộ bàn giao mặt bằng cho các dự án, trong đó có 82 hộ dân ở phường Hà Khánh, thành phố Hạ Long bàn giao đất dự án đường bao biển sau nhiều năm khiếu kiện.
Vụ việc ở phường Hà Khánh được đánh giá là điển hình của cách làm "Dân vận khéo": Đảng ủy phường thành lập 5 tổ công tác do các đồng chí đảng ủy viên phụ trách, đến từng hộ lắng nghe; tổ chức 7 buổi đối thoại công khai về giá bồi thường và suất tái định cư. Đồng chí Ngô Thị Thu, ĐUV, Trưởng khối dân vận phường Hà Khánh chia sẻ: "Có hộ chúng tôi đến 15 lần mới gặp được chủ nhà, nhưng khi dân hiểu thì dân làm".
Về tiếp công dân, 6 tháng, lãnh đạo các cấp đã tiếp 2.135 lượt công dân, trong đó Bí thư cấp ủy các cấp trực tiếp tiếp 214 lượt; tiếp nhận 986 đơn thư, đã giải quyết 903 đơn, đạt 91,6%. Không để phát sinh khiếu kiện đông người, vượt cấp lên Trung ương.
Đồng chí Đặng Văn Sinh, trưởng thôn Khe Vằn, xã Đồn Đạc, huyện Ba Chẽ, người Dao Thanh Phán, báo cáo kết quả vận động bà con trồng quế, trồng rừng gỗ lớn; thôn hiện không còn hộ nghèo. Đồng chí Lỷ Thị Phương, Phó Chủ tịch - Trưởng ban Dân tộc Ủy ban MTTQ huyện Bình Liêu, phản ánh tâm tư của bà con vùng biên khi cửa khẩu tạm dừng thông quan.
Phát biểu kết luận, đồng chí Đỗ Thị Hoàng yêu cầu 6 tháng cuối năm, các cấp tiếp tục nắm chắc tình hình nhân dân, nhất là ở các địa bàn có dự án lớn, vùng đồng bào dân tộc thiểu số và vùng biên giới; nâng cao chất lượng đối thoại của người đứng đầu cấp ủy theo Quy định 11-QĐi/TW của Bộ Chính trị. Đồng chí Nguyễn Văn Lực, Phó Trưởng ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy đã thông qua dự thảo kế hoạch khảo sát tình hình dư luận xã hội tại 30 xã, phường.
Hồng Nhung
Tin cùng chuyên mục
- Móng Cái: Đối thoại với tiểu thương chợ trung tâm (30/06/2021)
- 45 mô hình "Dân vận khéo" được biểu dương (22/06/2021)
- Đầm Hà: Vận động nhân dân tiêm vắc xin phòng Covid-19 (15/06/2021)
""",
"2021-07-09",
"Khối dân vận sơ kết 6 tháng: giải quyết dứt điểm nhiều vụ việc tồn đọng qua đối thoại",
E("so_ket", "2021-H1", "2021-07-08"),
[
    P("Đỗ Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
    P("Ngô Thị Thu", "ĐUV", "Trưởng khối dân vận phường Hà Khánh"),
    P("Đặng Văn Sinh", "trưởng thôn Khe Vằn"),
    P("Lỷ Thị Phương", "Phó Chủ tịch - Trưởng ban Dân tộc Ủy ban MTTQ huyện Bình Liêu"),
    P("Nguyễn Văn Lực", "Phó Trưởng ban - Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
],
[
    Q("13 điểm cầu", 13, "điểm cầu"),
    Q("1.347 hộ", 1347, "hộ"),
    Q("82 hộ dân", 82, "hộ dân"),
    Q("5 tổ công tác", 5, "tổ công tác"),
    Q("7 buổi đối thoại", 7, "buổi đối thoại"),
    Q("15 lần", 15, "lần"),
    Q("2.135 lượt công dân", 2135, "lượt công dân"),
    Q("214 lượt", 214, "lượt"),
    Q("986 đơn thư", 986, "đơn thư"),
    Q("903 đơn", 903, "đơn"),
    Q("91,6%", 91.6, "%"),
    Q("30 xã, phường", 30, "xã, phường"),
],
[
    D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 02, 03-KL/TU"),
    D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="03-KL/TU"),
    D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", surface="Quyết định 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư"),
    D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", surface="Quy định 11-QĐi/TW của Bộ Chính trị"),
],
[prov("Quảng Ninh"), com("Hà Khánh"), com("Đồn Đạc")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh", "Trang chủ | Tin tức - Sự kiện | Tin hoạt động",
 "Đồng chí Đỗ Thị Hoàng kết luận hội nghị.", "Dân vận khéo", "Dao Thanh Phán", "Khe Vằn", "Covid-19"],
["Cập nhật ngày 09/07/2021 lúc 11:35", "6 tháng đầu năm", "6 tháng cuối năm 2021", "3 năm", "Covid-19"],
))

# ---------------------------------------------------------------- b811
PAGES.append(page(
"b811-cantho-giaoban-quy3-2022",
"""
BÁO CẦN THƠ ONLINE
Thời sự » Chính trị
01-10-2022 08:12
Khối dân vận thành phố nắm chắc tình hình nhân dân vùng dự án
Chiều 30/9, Ban Dân vận Thành ủy Cần Thơ tổ chức giao ban Khối dân vận thành phố quý III năm 2022. Đồng chí Lê Văn Tâm, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy chủ trì.
Theo báo cáo, quý III, tình hình tư tưởng nhân dân thành phố cơ bản ổn định; nhân dân phấn khởi khi kinh tế phục hồi sau dịch. Tuy nhiên, giá vật tư nông nghiệp tăng cao, triều cường gây ngập ở một số tuyến đường khu vực trung tâm, ảnh hưởng đến đời sống người dân. Dư luận quan tâm tiến độ giải phóng mặt bằng dự án đường Vành đai phía Tây thành phố: đến nay còn 64 hộ tại phường Long Tuyền, quận Bình Thủy và xã Thạnh Lộc, huyện Vĩnh Thạnh chưa nhận tiền bồi thường.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố: Nguyễn Thị Hồng Hạnh, Trần Văn Bé Ba cho biết, Mặt trận đã phối hợp tổ chức 11 buổi tiếp xúc, đối thoại với các hộ vùng dự án; tiếp nhận 36 ý kiến, chủ yếu đề nghị xem xét hỗ trợ tái định cư tại chỗ. Đồng chí Quách Thị Ngọc Hân, Trưởng Ban Dân vận Quận ủy Bình Thủy cho biết, quận đã vận động được 19 hộ bàn giao mặt bằng trong tháng 9, sau khi thành phố điều chỉnh đơn giá theo Quyết định số 2215/QĐ-UBND ngày 22/8/2022 của UBND thành phố.
Một vụ việc nổi cộm khác là phản ánh của người dân khu vực Trường Lạc, phường Trường Lạc, quận Ô Môn về mùi hôi từ nhà máy xử lý rác. Sau khi Ban Dân vận Quận ủy Ô Môn chủ trì buổi làm việc với doanh nghiệp và đại diện khoảng 60 hộ dân, doanh nghiệp cam kết phun chế phẩm khử mùi hằng ngày, trồng thêm 2.000 cây xanh cách ly; đến nay tình hình đã lắng dịu.
Trong quý, các cơ quan trong khối tiếp 745 lượt công dân, nhận 213 đơn thư, đã chuyển, giải quyết 198 đơn. Phong trào "Dân vận khéo" có 57 mô hình mới được công nhận. Hòa thượng Thích Minh Thông, Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố và Linh mục Phanxicô Trương Văn Phúc, Phó Chủ tịch Ủy ban Đoàn kết Công giáo thành phố đã vận động tín đồ, giáo dân ủng hộ 1,28 tỷ đồng xây 25 căn nhà tình thương.
Kết luận giao ban, đồng chí Lê Văn Tâm đề nghị các thành viên khối bám sát Kế hoạch 112-KH/TU của Ban Thường vụ Thành ủy thực hiện Nghị quyết 25-NQ/TW; tham mưu cấp ủy đối thoại sớm với các hộ còn vướng mắc; quý IV tập trung vận động nhân dân ủng hộ Quỹ "Vì người nghèo" và chuẩn bị tổng kết năm 2022.
Tố Như
Tin khác
- Ninh Kiều: Ra mắt mô hình "Dân vận khéo" chỉnh trang đô thị (27/09/2022)
- Cờ Đỏ: Tập huấn nghiệp vụ cho 150 cán bộ dân vận cơ sở (21/09/2022)
- Gặp mặt đồng bào Khmer nhân lễ Sene Dolta (20/09/2022)
""",
"2022-10-01",
"Khối dân vận thành phố nắm chắc tình hình nhân dân vùng dự án",
E("giao_ban", "2022-Q3", "2022-09-30"),
[
    P("Lê Văn Tâm", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"),
    P("Nguyễn Thị Hồng Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Trần Văn Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
    P("Quách Thị Ngọc Hân", "Trưởng Ban Dân vận Quận ủy Bình Thủy"),
    P("Thích Minh Thông", "Hòa thượng", "Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam thành phố"),
    P("Phanxicô Trương Văn Phúc", "Linh mục", "Phó Chủ tịch Ủy ban Đoàn kết Công giáo thành phố"),
],
[
    Q("64 hộ", 64, "hộ"),
    Q("11 buổi tiếp xúc", 11, "buổi tiếp xúc, đối thoại"),
    Q("36 ý kiến", 36, "ý kiến"),
    Q("19 hộ", 19, "hộ"),
    Q("khoảng 60 hộ dân", 60, "hộ dân", "approx"),
    Q("2.000 cây xanh", 2000, "cây xanh"),
    Q("745 lượt công dân", 745, "lượt công dân"),
    Q("213 đơn thư", 213, "đơn thư"),
    Q("198 đơn", 198, "đơn"),
    Q("57 mô hình", 57, "mô hình"),
    Q("1,28 tỷ đồng", 1280000000, "đồng"),
    Q("25 căn nhà tình thương", 25, "căn nhà tình thương"),
],
[
    D("Quyết định", "2215", "QĐ-UBND", "2022-08-22", "UBND thành phố", surface="Quyết định số 2215/QĐ-UBND ngày 22/8/2022 của UBND thành phố"),
    D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Thành ủy", surface="Kế hoạch 112-KH/TU của Ban Thường vụ Thành ủy"),
    D("Nghị quyết", "25", "NQ/TW", None, None, surface="Nghị quyết 25-NQ/TW"),
],
[prov("Cần Thơ"), com("Long Tuyền"), com("Thạnh Lộc"), com("Trường Lạc")],
["BÁO CẦN THƠ ONLINE", "Thời sự » Chính trị", "Dân vận khéo", "Vì người nghèo", "đường Vành đai phía Tây"],
["01-10-2022 08:12", "quý III năm 2022", "tháng 9", "quý IV", "năm 2022"],
))

# ---------------------------------------------------------------- b812
PAGES.append(page(
"b812-hue-gapmat-chucsac-phatdan-2022",
"""
Cổng Thông tin điện tử Thừa Thiên Huế
Trang chủ / Tin tức - Sự kiện / Chính trị - Xã hội
11 Tháng 5, 2022 | 16:48
Lãnh đạo tỉnh gặp mặt chức sắc Phật giáo nhân Đại lễ Phật đản
Chiều 10/5, Thường trực Tỉnh ủy Thừa Thiên Huế, Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt chư tôn đức giáo phẩm, chức sắc Phật giáo tiêu biểu năm 2022 nhân Đại lễ Phật đản Phật lịch 2566.
Dự hội nghị có đồng chí Lê Trường Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Hoàng Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Đức Thắng, Phó Chủ tịch UBND tỉnh. Về phía Giáo hội Phật giáo Việt Nam tỉnh có Hòa thượng Thích Như Tâm, Ủy viên Hội đồng Trị sự Trung ương, Trưởng ban Trị sự; Thượng tọa Thích Huệ Minh, Phó Trưởng ban Thường trực Ban Trị sự cùng hơn 150 chư tôn đức tăng, ni.
Đồng chí Lê Trường Sơn tặng hoa chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Phát biểu tại buổi gặp mặt, đồng chí Lê Trường Sơn ghi nhận trong 2 năm dịch bệnh, Phật giáo tỉnh đã vận động ủng hộ công tác phòng, chống dịch hơn 12 tỷ đồng, trao 18.500 suất quà cho người dân khó khăn; các chùa đã tổ chức lễ hội tôn giáo đúng quy định, an toàn. Đồng chí đề nghị chư tăng, ni tiếp tục thực hiện phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", vận động phật tử chấp hành Luật Tín ngưỡng, tôn giáo.
Đồng chí Hoàng Thị Bích Liên thông tin: thời gian qua, Ban Dân vận Tỉnh ủy đã phối hợp chính quyền giải quyết dứt điểm 3 vụ việc liên quan đất đai cơ sở tôn giáo kéo dài nhiều năm. Trong đó, vụ tranh chấp khoảng 1.500 m2 đất giữa một niệm Phật đường ở phường Thủy Xuân và 9 hộ dân đã được hòa giải thành sau 5 buổi đối thoại có sự tham gia của Ban Trị sự và Ủy ban MTTQ phường. Kết quả này có được nhờ thực hiện đúng Quy chế số 03-QC/BDVTU về phối hợp giữa Ban Dân vận Tỉnh ủy với các cơ quan liên quan trong công tác tôn giáo và Kết luận số 12-KL/TU ngày 20/3/2021 của Ban Thường vụ Tỉnh ủy.
Hòa thượng Thích Như Tâm bày tỏ cảm ơn sự quan tâm của lãnh đạo tỉnh, cho biết Phật giáo tỉnh hiện có 312 cơ sở tự viện, gần 1.000 tăng ni và 156 niệm Phật đường. Ni sư Thích Nữ Diệu Hạnh, trụ trì chùa Diệu Viên, kiến nghị tỉnh sớm cấp giấy chứng nhận quyền sử dụng đất cho các cơ sở tôn giáo còn tồn đọng. Ông Hồ Văn Lục, người có uy tín dân tộc Tà Ôi ở xã A Roàng, huyện A Lưới, đại diện các phật tử vùng cao, cảm ơn nhà chùa đã hỗ trợ 40 suất học bổng cho học sinh nghèo.
Dịp này, lãnh đạo tỉnh đã đến chúc mừng Phật đản tại 6 ngôi chùa lớn trên địa bàn thành phố Huế.
Thanh Tùng
Các tin khác
- A Lưới: Gặp mặt người có uy tín năm 2022 (06/05/2022)
- Phú Vang: Đối thoại với ngư dân về nuôi trồng thủy sản trên đầm phá (28/04/2022)
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý I (12/04/2022)
""",
"2022-05-11",
"Lãnh đạo tỉnh gặp mặt chức sắc Phật giáo nhân Đại lễ Phật đản",
E("hoi_nghi", "2022", "2022-05-10"),
[
    P("Lê Trường Sơn", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
    P("Hoàng Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Đức Thắng", "Phó Chủ tịch UBND tỉnh"),
    P("Thích Như Tâm", "Hòa thượng", "Ủy viên Hội đồng Trị sự Trung ương", "Trưởng ban Trị sự"),
    P("Thích Huệ Minh", "Thượng tọa", "Phó Trưởng ban Thường trực Ban Trị sự"),
    P("Thích Nữ Diệu Hạnh", "Ni sư", "trụ trì chùa Diệu Viên"),
    P("Hồ Văn Lục", "người có uy tín dân tộc Tà Ôi ở xã A Roàng"),
],
[
    Q("hơn 150 chư tôn đức", 150, "chư tôn đức tăng, ni", "over"),
    Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"),
    Q("18.500 suất quà", 18500, "suất quà"),
    Q("3 vụ việc", 3, "vụ việc"),
    Q("khoảng 1.500 m2", 1500, "m2", "approx"),
    Q("9 hộ dân", 9, "hộ dân"),
    Q("5 buổi đối thoại", 5, "buổi đối thoại"),
    Q("312 cơ sở tự viện", 312, "cơ sở tự viện"),
    Q("gần 1.000 tăng ni", 1000, "tăng ni", "approx"),
    Q("156 niệm Phật đường", 156, "niệm Phật đường"),
    Q("40 suất học bổng", 40, "suất học bổng"),
    Q("6 ngôi chùa", 6, "ngôi chùa"),
],
[
    D("Quy chế", "03", "QC/BDVTU", None, None, surface="Quy chế số 03-QC/BDVTU"),
    D("Kết luận", "12", "KL/TU", "2021-03-20", "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 12-KL/TU ngày 20/3/2021 của Ban Thường vụ Tỉnh ủy"),
],
[prov("Thừa Thiên Huế"), com("Thủy Xuân"), com("A Roàng")],
["Cổng Thông tin điện tử Thừa Thiên Huế", "Trang chủ / Tin tức - Sự kiện / Chính trị - Xã hội",
 "Đồng chí Lê Trường Sơn tặng hoa chúc mừng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.",
 "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", "Luật Tín ngưỡng, tôn giáo", "chùa Diệu Viên", "Đại lễ Phật đản"],
["11 Tháng 5, 2022 | 16:48", "Phật lịch 2566", "năm 2022", "2 năm"],
))

# ---------------------------------------------------------------- b813
PAGES.append(page(
"b813-yenbai-xa-doithoai-thuydien-2023",
"""
BÁO YÊN BÁI ĐIỆN TỬ
Xây dựng Đảng > Dân vận
15/3/2023 | 09:00
Mù Cang Chải: Đối thoại, tháo gỡ vướng mắc bồi thường dự án thủy điện
YBĐT - Ngày 14/3, Đảng ủy xã Nậm Có, huyện Mù Cang Chải (tỉnh Yên Bái) tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với nhân dân năm 2023, tập trung vào những vướng mắc trong bồi thường, hỗ trợ khi thu hồi đất thực hiện dự án thủy điện Nậm Có 3.
Dự hội nghị có đồng chí Sùng A Lù, Phó Bí thư Thường trực Huyện ủy Mù Cang Chải; đồng chí Triệu Văn Cường, Trưởng Ban Dân vận Huyện ủy; đại diện chủ đầu tư và gần 200 người dân của 5 bản có đất bị thu hồi.
Quang cảnh hội nghị đối thoại tại nhà văn hóa bản Nậm Có Mông.
Theo báo cáo của UBND xã, dự án thu hồi 18,7 ha đất của 96 hộ; đến nay 71 hộ đã nhận tiền với tổng số tiền hơn 9,3 tỷ đồng, còn 25 hộ chưa đồng ý. Mức bồi thường đất ruộng bậc thang dao động từ 80 đến 120 triệu đồng mỗi hộ, tùy diện tích. Từ cuối năm 2022, đã có 19 lượt đơn gửi các cấp, có thời điểm người dân dựng lán ngăn xe thi công.
Tại hội nghị, 11 ý kiến của bà con đã được trao đổi thẳng thắn. Ông Giàng A Tông, trưởng bản Nậm Có Mông, nêu việc một số thửa ruộng bậc thang của bà con bị đo thiếu so với thực tế. Ông Hờ A Của, người có uy tín bản Trống Tông, đề nghị chủ đầu tư làm lại đường lên bản bị xe chở vật liệu làm hỏng, đồng thời bố trí việc làm cho thanh niên địa phương. Bà Mùa Thị Dợ, Chi hội trưởng Chi hội Phụ nữ bản Cang Kỷ, hỏi về việc hỗ trợ chuyển đổi nghề cho phụ nữ mất đất sản xuất.
Đồng chí Lý A Sáng, Bí thư Đảng ủy xã Nậm Có trả lời từng ý kiến; những nội dung thuộc thẩm quyền của doanh nghiệp, đại diện chủ đầu tư trả lời trực tiếp. Doanh nghiệp cam kết đo đạc lại toàn bộ diện tích có khiếu nại trong 15 ngày, đầu tư 2,5 tỷ đồng sửa đường liên bản và tuyển 30 lao động địa phương vào làm việc.
Phát biểu tại hội nghị, đồng chí Sùng A Lù đánh giá xã đã làm đúng tinh thần Kết luận 20-KL/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh công tác dân vận trong thực hiện các dự án trên địa bàn tỉnh và Quy định 11-QĐi/TW của Bộ Chính trị, không né tránh những vấn đề người dân bức xúc. Đồng chí đề nghị Đảng ủy xã phân công đảng viên phụ trách từng hộ chưa đồng thuận, phát huy vai trò người có uy tín để vận động.
Ngay sau hội nghị, 8 hộ đã ký biên bản nhận tiền bồi thường, người dân tự nguyện tháo dỡ lán.
Thanh Chi
Tin cùng chuyên mục
- Trạm Tấu: 100% bản có tổ dân vận hoạt động hiệu quả (08/03/2023)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023 (22/02/2023)
- Văn Chấn: Gặp mặt người có uy tín đầu xuân (10/02/2023)
""",
"2023-03-15",
"Mù Cang Chải: Đối thoại, tháo gỡ vướng mắc bồi thường dự án thủy điện",
E("doi_thoai", "2023", "2023-03-14"),
[
    P("Sùng A Lù", "Phó Bí thư Thường trực Huyện ủy Mù Cang Chải"),
    P("Triệu Văn Cường", "Trưởng Ban Dân vận Huyện ủy"),
    P("Giàng A Tông", "trưởng bản Nậm Có Mông"),
    P("Hờ A Của", "người có uy tín bản Trống Tông"),
    P("Mùa Thị Dợ", "Chi hội trưởng Chi hội Phụ nữ bản Cang Kỷ"),
    P("Lý A Sáng", "Bí thư Đảng ủy xã Nậm Có"),
],
[
    Q("gần 200 người dân", 200, "người dân", "approx"),
    Q("5 bản", 5, "bản"),
    Q("18,7 ha", 18.7, "ha"),
    Q("96 hộ", 96, "hộ"),
    Q("71 hộ", 71, "hộ"),
    Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"),
    Q("25 hộ", 25, "hộ"),
    Q("từ 80", 80000000, "đồng", "approx"),
    Q("120 triệu đồng", 120000000, "đồng", "approx"),
    Q("19 lượt đơn", 19, "lượt đơn"),
    Q("11 ý kiến", 11, "ý kiến"),
    Q("2,5 tỷ đồng", 2500000000, "đồng"),
    Q("30 lao động", 30, "lao động địa phương"),
    Q("8 hộ", 8, "hộ"),
],
[
    D("Kết luận", "20", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 20-KL/TU của Ban Thường vụ Tỉnh ủy"),
    D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", surface="Quy định 11-QĐi/TW của Bộ Chính trị"),
],
[prov("Yên Bái"), com("Nậm Có")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Xây dựng Đảng > Dân vận", "YBĐT",
 "Quang cảnh hội nghị đối thoại tại nhà văn hóa bản Nậm Có Mông.", "thủy điện Nậm Có 3", "Trống Tông", "Cang Kỷ"],
["15/3/2023 | 09:00", "năm 2023", "cuối năm 2022", "Nậm Có 3", "trong 15 ngày"],
))

# ---------------------------------------------------------------- b814
PAGES.append(page(
"b814-bariavungtau-bdv-soket-2023",
"""
Báo Bà Rịa - Vũng Tàu
Trang chủ › Chính trị › Xây dựng Đảng
12/07/2023 - 10:30 (GMT+07:00)
6 tháng đầu năm, 118 mô hình "Dân vận khéo" được công nhận
Sáng 11/7, Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đồng chí Nguyễn Thị Yến Nhi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ban Dân vận các huyện ủy, thị ủy, thành ủy; đại diện Khối dân vận tỉnh.
Các đại biểu dự hội nghị.
Theo báo cáo, trong 6 tháng, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 27-CT/TU về tăng cường công tác dân vận trong giải phóng mặt bằng dự án đường cao tốc Biên Hòa - Vũng Tàu; hướng dẫn cấp ủy cơ sở thực hiện Quy chế số 25-QC/TU ngày 14/02/2023 về công tác dân vận của hệ thống chính trị tỉnh. Phong trào thi đua "Dân vận khéo" có 118 mô hình được công nhận, trong đó lĩnh vực kinh tế 46 mô hình, văn hóa - xã hội 39 mô hình, quốc phòng - an ninh 21 mô hình, xây dựng hệ thống chính trị 12 mô hình.
Công tác vận động nhân dân bàn giao mặt bằng cao tốc đạt kết quả tích cực: đến cuối tháng 6, đã có 1.524/1.611 hộ bàn giao mặt bằng. Ở xã Tóc Tiên, thị xã Phú Mỹ, nơi có khu xử lý chất thải rắn tập trung, sau nhiều lần người dân phản ánh mùi hôi, UBND thị xã đã tổ chức 3 cuộc đối thoại, yêu cầu doanh nghiệp che phủ ô chôn lấp, đầu tư hệ thống xử lý nước rỉ rác trị giá khoảng 35 tỷ đồng; tình hình đã ổn định.
Các cơ quan trong khối đã tiếp 1.836 lượt công dân, tiếp nhận 642 đơn thư, giải quyết 587 đơn; không để xảy ra khiếu kiện đông người phức tạp. Đồng chí Trần Đình Khoa, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Vũng Tàu cho biết thành phố đã tổ chức 24 buổi đối thoại với tiểu thương chợ Xóm Lưới, Rạch Dừa về phương án di dời tạm khi xây chợ mới.
Công tác vận động đồng bào có đạo được quan tâm. Linh mục Giuse Phạm Văn Long, quản xứ Ngãi Giao, Ủy viên Ủy ban Đoàn kết Công giáo tỉnh phát biểu: giáo xứ đã vận động giáo dân đóng góp hơn 800 triệu đồng làm đường, xây cầu trong khu dân cư. Bà Chế Thị Hồng, người có uy tín dân tộc Chơ Ro ở xã Bàu Lâm, huyện Xuyên Mộc, đề nghị quan tâm đất sản xuất cho hộ đồng bào không có đất.
Kết luận hội nghị, đồng chí Nguyễn Thị Yến Nhi yêu cầu 6 tháng cuối năm, khối dân vận chủ động nắm tình hình nhân dân, nhất là tại các khu tái định cư, vùng dự án; vận động 87 hộ còn lại bàn giao mặt bằng cao tốc trước ngày 30/9; chuẩn bị tốt việc sơ kết 10 năm thực hiện Nghị quyết 25-NQ/TW.
Trang Nguyễn
Tin liên quan
- Xuyên Mộc: Gặp mặt người có uy tín đồng bào Chơ Ro (05/07/2023)
- Long Điền: Đối thoại về dự án khu tái định cư (28/06/2023)
- Côn Đảo: Vận động ngư dân không khai thác hải sản trái phép (16/06/2023)
""",
"2023-07-12",
"6 tháng đầu năm, 118 mô hình \"Dân vận khéo\" được công nhận",
E("so_ket", "2023-H1", "2023-07-11"),
[
    P("Nguyễn Thị Yến Nhi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Trần Đình Khoa", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Vũng Tàu"),
    P("Giuse Phạm Văn Long", "Linh mục", "quản xứ Ngãi Giao", "Ủy viên Ủy ban Đoàn kết Công giáo tỉnh"),
    P("Chế Thị Hồng", "người có uy tín dân tộc Chơ Ro ở xã Bàu Lâm"),
],
[
    Q("118 mô hình", 118, "mô hình"),
    Q("46 mô hình", 46, "mô hình"),
    Q("39 mô hình", 39, "mô hình"),
    Q("21 mô hình", 21, "mô hình"),
    Q("12 mô hình", 12, "mô hình"),
    Q("1.524/1.611 hộ", 1524, "hộ"),
    Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
    Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"),
    Q("1.836 lượt công dân", 1836, "lượt công dân"),
    Q("642 đơn thư", 642, "đơn thư"),
    Q("587 đơn", 587, "đơn"),
    Q("24 buổi đối thoại", 24, "buổi đối thoại"),
    Q("hơn 800 triệu đồng", 800000000, "đồng", "over"),
    Q("87 hộ", 87, "hộ"),
],
[
    D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 27-CT/TU"),
    D("Quy chế", "25", "QC/TU", "2023-02-14", None, surface="Quy chế số 25-QC/TU ngày 14/02/2023"),
    D("Nghị quyết", "25", "NQ/TW", None, None, surface="Nghị quyết 25-NQ/TW"),
],
[prov("Bà Rịa - Vũng Tàu"), com("Tóc Tiên"), com("Bàu Lâm")],
["Báo Bà Rịa - Vũng Tàu", "Trang chủ › Chính trị › Xây dựng Đảng", "Các đại biểu dự hội nghị.", "Dân vận khéo",
 "Xóm Lưới", "Rạch Dừa", "Biên Hòa - Vũng Tàu"],
["12/07/2023 - 10:30 (GMT+07:00)", "6 tháng đầu năm 2023", "cuối tháng 6", "6 tháng cuối năm", "trước ngày 30/9", "10 năm"],
))
