"""holdout43 batch 2: b995-b1000 (page text and labels side by side)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b995
PAGES.append(page(
"b995-binhduong-bdv-doithoai-2017",
"""
BÁO BÌNH DƯƠNG ONLINE
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Tư, 18/10/2017 | 20:15
Lãnh đạo tỉnh đối thoại với công nhân lao động
Quang cảnh buổi đối thoại. Ảnh: Quốc Chiến
(BDO) Chiều 17/10, tại thành phố Thủ Dầu Một, Ban Dân vận Tỉnh ủy phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân lao động năm 2017. Đồng chí Đoàn Minh Quân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và đồng chí Lâm Ngọc Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có hơn 300 công nhân lao động đại diện cho 29 khu công nghiệp và các doanh nghiệp ngoài khu công nghiệp.
Phát biểu mở đầu, đồng chí Lâm Ngọc Thịnh cho biết Bình Dương hiện có hơn 1 triệu công nhân lao động, trong đó khoảng 55% là lao động từ các tỉnh khác đến. Thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp và Nghị quyết số 20-NQ/TW ngày 28/01/2008 của Ban Chấp hành Trung ương Đảng (khóa X) về tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 09-KH/BDVTU về tổ chức đối thoại định kỳ tại doanh nghiệp. Trong 9 tháng năm 2017, các cấp công đoàn đã phối hợp tổ chức 1.126 cuộc đối thoại tại doanh nghiệp; số vụ ngừng việc tập thể giảm 18 vụ so với cùng kỳ.
Tại buổi đối thoại, công nhân đã nêu 58 ý kiến, tập trung vào tiền lương, nhà ở, nhà trẻ cho con công nhân và việc doanh nghiệp chậm đóng bảo hiểm xã hội. Chị Nguyễn Thị Hạnh, công nhân Công ty TNHH Giày da Mỹ Phong, phản ánh lương tối thiểu vùng I năm 2017 là 3.750.000 đồng/tháng nhưng chi phí thuê trọ, điện nước ngày càng tăng. Anh Sơn Văn Thái, công nhân Công ty CP Kim Hưng, người dân tộc Khmer quê Trà Vinh, đề nghị tỉnh có thêm nhóm trẻ gần khu nhà trọ để công nhân yên tâm làm ca đêm.
Trả lời các ý kiến, ông Trần Quốc Bảo, Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, mức lương tối thiểu đang thực hiện theo Nghị định 153/2016/NĐ-CP của Chính phủ; theo phương án của Hội đồng Tiền lương quốc gia, từ năm 2018 lương tối thiểu vùng I sẽ là 3.980.000 đồng/tháng. Đại tá Nguyễn Văn Sang, Phó Giám đốc Công an tỉnh, thông tin về công tác bảo đảm an ninh trật tự tại các khu nhà trọ. Bà Huỳnh Thị Bích Vân, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh cho biết năm 2017 công đoàn tỉnh đã trao 2.600 phần quà, trị giá 1,3 tỷ đồng cho công nhân khó khăn và đang xây dựng thiết chế công đoàn tại phường Bình Hòa với 1.500 căn hộ cho thuê giá rẻ.
Kết luận buổi đối thoại, Chủ tịch UBND tỉnh Đoàn Minh Quân tiếp thu các ý kiến, yêu cầu các sở, ngành trả lời bằng văn bản những ý kiến chưa được giải đáp tại hội nghị trước ngày 30/11/2017. Đồng chí đề nghị doanh nghiệp thực hiện đúng Bộ luật Lao động năm 2012 và Nghị định 05/2015/NĐ-CP của Chính phủ; giao Ban Dân vận Tỉnh ủy chủ trì theo dõi, phối hợp Mặt trận giám sát việc thực hiện kết luận theo tinh thần Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị.
Phương Lê
TIN CÙNG CHUYÊN MỤC
- Bến Cát: Đối thoại với công nhân về nhà ở xã hội
- Ban Dân vận Tỉnh ủy sơ kết 9 tháng năm 2017
- Dĩ An trao 500 phần quà cho công nhân khó khăn
- Công nhân Bình Dương hưởng ứng "Tháng Công nhân"
""",
"2017-10-18",
"Lãnh đạo tỉnh đối thoại với công nhân lao động",
E("doi_thoai", "2017", "2017-10-17"),
[
    P("Đoàn Minh Quân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
    P("Lâm Ngọc Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Hạnh", "công nhân Công ty TNHH Giày da Mỹ Phong"),
    P("Sơn Văn Thái", "công nhân Công ty CP Kim Hưng"),
    P("Trần Quốc Bảo", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
    P("Nguyễn Văn Sang", "Đại tá", "Phó Giám đốc Công an tỉnh"),
    P("Huỳnh Thị Bích Vân", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
],
[
    Q("hơn 300 công nhân lao động", 300, "công nhân lao động", "over"),
    Q("29 khu công nghiệp", 29, "khu công nghiệp"),
    Q("hơn 1 triệu công nhân lao động", 1000000, "công nhân lao động", "over"),
    Q("khoảng 55%", 55, "%", "approx"),
    Q("1.126 cuộc đối thoại", 1126, "cuộc đối thoại"),
    Q("18 vụ", 18, "vụ"),
    Q("58 ý kiến", 58, "ý kiến"),
    Q("3.750.000 đồng/tháng", 3750000, "đồng"),
    Q("3.980.000 đồng/tháng", 3980000, "đồng"),
    Q("2.600 phần quà", 2600, "phần quà"),
    Q("1,3 tỷ đồng", 1300000000, "đồng"),
    Q("1.500 căn hộ", 1500, "căn hộ"),
],
[
    D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", surface="Chỉ thị số 22-CT/TW ngày 05/6/2008"),
    D("Nghị quyết", "20", "NQ/TW", "2008-01-28", "Ban Chấp hành Trung ương Đảng", surface="Nghị quyết số 20-NQ/TW ngày 28/01/2008"),
    D("Kế hoạch", "09", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Kế hoạch số 09-KH/BDVTU"),
    D("Nghị định", "153", "2016/NĐ-CP", None, "Chính phủ", surface="Nghị định 153/2016/NĐ-CP"),
    D("Nghị định", "05", "2015/NĐ-CP", None, "Chính phủ", surface="Nghị định 05/2015/NĐ-CP"),
    D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
    D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", surface="Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
],
[prov("Bình Dương"), prov("Trà Vinh"), com("Bình Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ | Chính trị | Xây dựng Đảng", "Quang cảnh buổi đối thoại. Ảnh: Quốc Chiến", "(BDO)",
 "Công ty TNHH Giày da Mỹ Phong", "Công ty CP Kim Hưng", "Hội đồng Tiền lương quốc gia", "Bộ luật Lao động năm 2012",
 "Thủ Dầu Một"],
["Thứ Tư, 18/10/2017 | 20:15", "khóa X", "9 tháng năm 2017", "vùng I", "Bộ luật Lao động năm 2012", "30/11/2017",
 "từ năm 2018"],
))

# ---------------------------------------------------------------- b996
PAGES.append(page(
"b996-sonla-mocchau-soket-2018",
"""
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Tin tức » Chính trị - Xã hội » Hoạt động Đảng, đoàn thể
Mộc Châu: Khối dân vận triển khai nhiệm vụ 6 tháng cuối năm 2018
Thứ 2, 09/07/2018 - 16:35
Ngày 6/7, Ban Dân vận Huyện ủy Mộc Châu tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Đồng chí Lò Văn Thiêm, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị; cùng dự có các đồng chí: Vì Thị Hương, Quàng Văn Tiến - Phó Trưởng Ban Dân vận Huyện ủy; lãnh đạo Ủy ban MTTQ, các đoàn thể huyện và trưởng khối dân vận 15 xã, thị trấn.
Sáu tháng đầu năm, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 87-KH/HU, 88-KH/HU thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về phát huy vai trò của người có uy tín trong vùng đồng bào dân tộc thiểu số và Quyết định 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; ban hành Quy chế số 04-QC/HU về công tác dân vận của chính quyền các cấp. Ban Dân vận Huyện ủy hướng dẫn các xã thực hiện phong trào thi đua "Dân vận khéo" theo Hướng dẫn 05-HD/BDVTU của Ban Dân vận Tỉnh ủy.
Toàn huyện hiện có 173 người có uy tín, nhiều nhất tỉnh Sơn La; 6 tháng qua, người có uy tín đã tham gia hòa giải thành 41 vụ việc ở cơ sở, vận động 246 hộ hiến 12.000 m2 đất làm đường, xây nhà văn hóa bản. Phong trào "Dân vận khéo" có 64 mô hình, tiêu biểu là mô hình "Bản không có người sử dụng ma túy" ở bản Co Chàm, xã Chiềng Khừa. UBND huyện tổ chức 2 cuộc đối thoại với nhân dân về bồi thường, hỗ trợ tái định cư dự án nâng cấp Quốc lộ 43, giải quyết dứt điểm các kiến nghị của người dân.
Ảnh: Quang cảnh hội nghị sơ kết.
Tại hội nghị, đồng chí Sồng A Lầu, Bí thư Đảng ủy xã Tân Hợp, chia sẻ cách vận động đồng bào Mông chuyển đổi cây trồng trên đất dốc sang trồng cây ăn quả. Đồng chí Giàng A Dình, Bí thư Chi bộ bản Co Chàm, xã Chiềng Khừa cho biết sau 2 năm thực hiện mô hình, bản không phát sinh người nghiện mới. Bà Sùng Thị Mỷ, người có uy tín bản Pha Luông, xã Chiềng Sơn, đề nghị huyện tăng cường tuyên truyền pháp luật bằng tiếng Mông, tiếng Thái trên loa truyền thanh.
Kết luận hội nghị, đồng chí Lò Văn Thiêm đề nghị 6 tháng cuối năm, khối dân vận tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI; vận động nhân dân tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới, phấn đấu thêm 2 xã đạt chuẩn; làm tốt công tác nắm tình hình vùng giáp biên; tổ chức các hoạt động kỷ niệm 88 năm Ngày truyền thống công tác dân vận (15/10/1930 - 15/10/2018).
Dịp này, Ban Dân vận Huyện ủy trao giấy khen cho 06 tập thể, 09 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo".
Mai Hương - Ban Dân vận Huyện ủy
Các tin đã đưa
- Hội nghị gặp mặt người có uy tín năm 2018 (20/06/2018)
- Mộc Châu: 5 xã ra mắt mô hình "Dân vận khéo" (04/06/2018)
- Tập huấn nghiệp vụ công tác dân vận cơ sở (22/05/2018)
- Giao ban khối dân vận quý I (06/04/2018)
""",
"2018-07-09",
"Mộc Châu: Khối dân vận triển khai nhiệm vụ 6 tháng cuối năm 2018",
E("so_ket", "2018-H1", "2018-07-06"),
[
    P("Lò Văn Thiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Vì Thị Hương", "Phó Trưởng Ban Dân vận Huyện ủy"),
    P("Quàng Văn Tiến", "Phó Trưởng Ban Dân vận Huyện ủy"),
    P("Sồng A Lầu", "Bí thư Đảng ủy xã Tân Hợp"),
    P("Giàng A Dình", "Bí thư Chi bộ bản Co Chàm"),
    P("Sùng Thị Mỷ", "người có uy tín bản Pha Luông"),
],
[
    Q("15 xã, thị trấn", 15, "xã, thị trấn"),
    Q("173 người có uy tín", 173, "người có uy tín"),
    Q("41 vụ việc", 41, "vụ việc"),
    Q("246 hộ", 246, "hộ"),
    Q("12.000 m2", 12000, "m2"),
    Q("64 mô hình", 64, "mô hình"),
    Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
    Q("2 xã", 2, "xã"),
    Q("06 tập thể", 6, "tập thể"),
    Q("09 cá nhân", 9, "cá nhân"),
],
[
    D("Kế hoạch", "87", "KH/HU", None, "Ban Thường vụ Huyện ủy", surface="Kế hoạch số 87-KH/HU"),
    D("Kế hoạch", "88", "KH/HU", None, "Ban Thường vụ Huyện ủy", surface="88-KH/HU"),
    D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", surface="Chỉ thị số 18-CT/TW ngày 10/01/2018"),
    D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", surface="Quyết định 12/2018/QĐ-TTg ngày 06/3/2018"),
    D("Quy chế", "04", "QC/HU", None, "Ban Thường vụ Huyện ủy", surface="Quy chế số 04-QC/HU"),
    D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="Hướng dẫn 05-HD/BDVTU"),
    D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết số 25-NQ/TW"),
],
[prov("Sơn La"), com("Chiềng Khừa"), com("Tân Hợp"), com("Chiềng Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA", "Tin tức » Chính trị - Xã hội » Hoạt động Đảng, đoàn thể",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Dân vận khéo", "Bản không có người sử dụng ma túy",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Co Chàm", "Pha Luông", "Mai Hương - Ban Dân vận Huyện ủy"],
["Thứ 2, 09/07/2018 - 16:35", "6 tháng đầu năm", "6 tháng cuối năm 2018", "Quốc lộ 43", "2 năm", "khóa XI", "88 năm",
 "15/10/1930 - 15/10/2018"],
))

# ---------------------------------------------------------------- b997
PAGES.append(page(
"b997-yenbai-vanchan-daihoi-dtts-2019",
"""
BÁO YÊN BÁI ĐIỆN TỬ
Chính trị | Dân tộc - Miền núi
Lượt xem: 1.254 | 17:30 25/04/2019
Văn Chấn: 200 đại biểu dự Đại hội đại biểu các dân tộc thiểu số lần thứ III
YBĐT - Ngày 24/4, huyện Văn Chấn long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III năm 2019. 200 đại biểu chính thức đại diện cho hơn 92.000 đồng bào các dân tộc thiểu số trong huyện về dự.
Dự và chỉ đạo đại hội có đồng chí Hoàng Thị Sen, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí Hà Văn Lưu, Phó Trưởng Ban Dân vận Tỉnh ủy. Về phía huyện có đồng chí Đinh Thị Pằng, Tỉnh ủy viên, Bí thư Huyện ủy, Chủ tịch HĐND huyện Văn Chấn; đồng chí Nguyễn Quang Hưng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo Đại hội.
Văn Chấn có 31 xã, thị trấn với 11 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm 61,5% dân số. 5 năm qua, thực hiện Nghị quyết số 24-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương (khóa IX) về công tác dân tộc và Quyết định số 2356/QĐ-TTg ngày 04/12/2013 của Thủ tướng Chính phủ ban hành Chương trình hành động thực hiện Chiến lược công tác dân tộc, huyện đã huy động trên 1.200 tỷ đồng đầu tư kết cấu hạ tầng vùng đồng bào dân tộc; tỷ lệ hộ nghèo vùng dân tộc thiểu số giảm bình quân 4,2%/năm; 100% thôn, bản có đường ô tô đến trung tâm. Vai trò của 163 người có uy tín được phát huy trong vận động đồng bào giữ gìn an ninh trật tự.
Toàn cảnh đại hội. Ảnh: Thanh Miền
Phát biểu tham luận, đồng chí Hoàng Văn Hạnh, HUV, Trưởng Ban Dân vận Huyện ủy cho biết khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị số 14-CT/HU về tăng cường vận động đồng bào Mông ở các xã vùng cao Suối Giàng, Nậm Búng không di cư tự do, không nghe theo tà đạo "Giê Sùa"; phối hợp triển khai Kế hoạch số 137/KH-UBND của UBND huyện về bảo tồn văn hóa truyền thống. Bà Lý Thị Sinh, dân tộc Dao, Chủ tịch Hội LHPN xã Nậm Búng, giới thiệu mô hình "Phụ nữ Dao đỏ giữ gìn nghề thêu truyền thống" với 35 thành viên. Ông Lầu A Giàng, người có uy tín thôn Giàng A, xã Suối Giàng, chia sẻ việc vận động bà con trồng, chăm sóc 400 ha chè Shan tuyết cổ thụ. Ông Hà Văn Luân, Chủ tịch Hội Người cao tuổi thị trấn Nông trường Trần Phú, tham luận về giữ gìn tiếng nói, chữ viết của người Thái.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Sen đề nghị huyện tiếp tục thực hiện Chỉ thị 12/CT-TTg của Thủ tướng Chính phủ về tổ chức đại hội đại biểu các dân tộc thiểu số các cấp; quan tâm đào tạo, sử dụng cán bộ người dân tộc thiểu số; phát huy vai trò của người có uy tín. Bí thư Huyện ủy Đinh Thị Pằng khẳng định huyện sẽ tiếp thu đầy đủ ý kiến của đại biểu.
Đại hội đã biểu dương, khen thưởng 32 tập thể và 58 cá nhân điển hình tiên tiến; bầu 46 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ III năm 2019.
Thanh Miền
Tin liên quan
- Trạm Tấu: Đại hội đại biểu các dân tộc thiểu số lần thứ III
- Mù Cang Chải tôn vinh 120 người có uy tín tiêu biểu
- Lục Yên: 150 đại biểu dự Đại hội các dân tộc thiểu số
- Văn Yên sơ kết 5 năm thực hiện Chỉ thị 49-CT/TW
""",
"2019-04-25",
"Văn Chấn: 200 đại biểu dự Đại hội đại biểu các dân tộc thiểu số lần thứ III",
E("dai_hoi", "2019", "2019-04-24"),
[
    P("Hoàng Thị Sen", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
    P("Hà Văn Lưu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Đinh Thị Pằng", "Tỉnh ủy viên", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Văn Chấn"),
    P("Nguyễn Quang Hưng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo Đại hội"),
    P("Hoàng Văn Hạnh", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Lý Thị Sinh", "Chủ tịch Hội LHPN xã Nậm Búng"),
    P("Lầu A Giàng", "người có uy tín thôn Giàng A"),
    P("Hà Văn Luân", "Chủ tịch Hội Người cao tuổi thị trấn Nông trường Trần Phú"),
],
[
    Q("200 đại biểu", 200, "đại biểu"),
    Q("hơn 92.000 đồng bào", 92000, "đồng bào", "over"),
    Q("31 xã, thị trấn", 31, "xã, thị trấn"),
    Q("11 dân tộc", 11, "dân tộc"),
    Q("61,5%", 61.5, "%"),
    Q("trên 1.200 tỷ đồng", 1200000000000, "đồng", "over"),
    Q("4,2%/năm", 4.2, "%"),
    Q("100% thôn, bản", 100, "%"),
    Q("163 người có uy tín", 163, "người có uy tín"),
    Q("35 thành viên", 35, "thành viên"),
    Q("400 ha", 400, "ha"),
    Q("32 tập thể", 32, "tập thể"),
    Q("58 cá nhân", 58, "cá nhân"),
    Q("46 đại biểu", 46, "đại biểu"),
],
[
    D("Nghị quyết", "24", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương", surface="Nghị quyết số 24-NQ/TW ngày 12/3/2003"),
    D("Quyết định", "2356", "QĐ-TTg", "2013-12-04", "Thủ tướng Chính phủ", surface="Quyết định số 2356/QĐ-TTg ngày 04/12/2013"),
    D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị số 14-CT/HU"),
    D("Kế hoạch", "137", "KH-UBND", None, "UBND huyện", surface="Kế hoạch số 137/KH-UBND"),
    D("Chỉ thị", "12", "CT-TTg", None, "Thủ tướng Chính phủ", surface="Chỉ thị 12/CT-TTg"),
],
[prov("Yên Bái"), com("Suối Giàng"), com("Nậm Búng"), com("Nông trường Trần Phú")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Chính trị | Dân tộc - Miền núi", "YBĐT", "Toàn cảnh đại hội. Ảnh: Thanh Miền", "Giê Sùa",
 "thôn Giàng A", "Trần Phú", "Phụ nữ Dao đỏ giữ gìn nghề thêu truyền thống", "Chiến lược công tác dân tộc"],
["Lượt xem: 1.254 | 17:30 25/04/2019", "lần thứ III", "khóa IX", "5 năm", "năm 2019"],
))

# ---------------------------------------------------------------- b998
PAGES.append(page(
"b998-dongnai-dinhquan-dankheo-2019",
"""
BÁO ĐỒNG NAI ĐIỆN TỬ
Hôm nay: Thứ Hai, 25/11/2019
Chính trị - Xã hội › Dân vận khéo
Người "giữ lửa" dân vận ở vùng đồng bào Chơro
Thứ Bảy, 23/11/2019 - 06:40
Ông Điểu Văn Sáng (thứ hai từ trái sang) trò chuyện với người dân ấp 4. Ảnh: Hải Quân
Gần 20 năm gắn bó với công tác vận động quần chúng ở xã Túc Trưng (huyện Định Quán, tỉnh Đồng Nai), ông Điểu Văn Sáng, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã, được bà con người Chơro gọi thân mật là "ông cán bộ của bà con".
Xã Túc Trưng có hơn 2.300 người Chơro, chiếm khoảng 14% dân số, sống tập trung ở ấp 4, ấp 5 và ấp Suối Son. Theo ông Sáng, muốn dân tin thì cán bộ phải "đi từng ngõ, gõ từng nhà". Năm 2018, khối dân vận xã đã vận động 47 hộ hiến 3.150 m2 đất, đóng góp hơn 640 triệu đồng làm 2,3 km đường bê tông trong ấp 4; vận động 18 hộ nghèo người Chơro tham gia tổ hợp tác trồng bắp, nuôi heo. Đến nay, tỷ lệ hộ nghèo trong đồng bào Chơro của xã giảm còn 3,8%.
Bà Thị Nghĩa, người dân ấp Suối Son, kể: "Trước đây nhà tôi làm không đủ ăn. Được ông Sáng và chị em phụ nữ xã hướng dẫn vay 30 triệu đồng vốn chính sách, giờ gia đình đã có 2 con bò và mấy sào điều". Ông Điểu Thanh, người có uy tín ấp 5, cho biết nhiều năm nay ấp không có đơn thư vượt cấp, các mâu thuẫn nhỏ đều được tổ hòa giải giải quyết ngay tại cộng đồng.
Đồng chí Phạm Thị Ngọc Lan, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Định Quán, đánh giá: Thực hiện Kế hoạch số 151-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI), huyện đặt trọng tâm vào công tác dân vận ở vùng đồng bào dân tộc thiểu số. Mô hình của xã Túc Trưng là một trong 112 mô hình "Dân vận khéo" của huyện được nhân rộng, với tổng kinh phí huy động từ nhân dân và doanh nghiệp khoảng 4,5 tỷ đồng.
Cũng theo đồng chí Ngọc Lan, huyện đang triển khai Chỉ thị số 18-CT/TW của Ban Bí thư và Nghị quyết số 09-NQ/HU của Huyện ủy về phát triển kinh tế vùng đồng bào dân tộc; mỗi xã có đồng bào Chơro, S'tiêng, Mạ được giao ít nhất một mô hình dân vận gắn với giảm nghèo. Năm 2018, mô hình của xã Túc Trưng được Ban Dân vận Tỉnh ủy tặng giấy khen.
Trò chuyện với chúng tôi, ông Điểu Văn Sáng chia sẻ, điều ông trăn trở nhất là lớp trẻ người Chơro ít nói tiếng mẹ đẻ. Ông đang cùng Chi hội Phụ nữ ấp 4 và chị Điểu Thị Xuân, Bí thư Chi đoàn ấp 4, vận động mở lớp dạy tiếng Chơro vào dịp hè cho khoảng 40 em thiếu nhi.
Hải Quân
Tin khác
- Định Quán: Ra mắt mô hình "Dân vận khéo" ở xã Phú Lợi
- Đồng bào Chơro đón lễ hội Sayangva
- Tân Phú vận động hiến đất làm đường nông thôn
- Biểu dương 60 điển hình "Dân vận khéo" năm 2019
""",
"2019-11-23",
"Người \"giữ lửa\" dân vận ở vùng đồng bào Chơro",
E("khac", None, None),
[
    P("Điểu Văn Sáng", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
    P("Thị Nghĩa"),
    P("Điểu Thanh", "người có uy tín ấp 5"),
    P("Phạm Thị Ngọc Lan", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Định Quán"),
    P("Điểu Thị Xuân", "Bí thư Chi đoàn ấp 4"),
],
[
    Q("hơn 2.300 người Chơro", 2300, "người Chơro", "over"),
    Q("khoảng 14%", 14, "%", "approx"),
    Q("47 hộ", 47, "hộ"),
    Q("3.150 m2", 3150, "m2"),
    Q("hơn 640 triệu đồng", 640000000, "đồng", "over"),
    Q("2,3 km", 2.3, "km"),
    Q("18 hộ nghèo", 18, "hộ nghèo"),
    Q("3,8%", 3.8, "%"),
    Q("30 triệu đồng", 30000000, "đồng"),
    Q("2 con bò", 2, "con bò"),
    Q("112 mô hình", 112, "mô hình"),
    Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
    Q("khoảng 40 em thiếu nhi", 40, "em thiếu nhi", "approx"),
],
[
    D("Kế hoạch", "151", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch số 151-KH/TU"),
    D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", surface="Kết luận số 43-KL/TW ngày 07/01/2019"),
    D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 18-CT/TW"),
    D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", surface="Nghị quyết số 09-NQ/HU"),
],
[prov("Đồng Nai"), com("Túc Trưng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Chính trị - Xã hội › Dân vận khéo",
 "Ông Điểu Văn Sáng (thứ hai từ trái sang) trò chuyện với người dân ấp 4. Ảnh: Hải Quân", "ông cán bộ của bà con",
 "đi từng ngõ, gõ từng nhà", "ấp Suối Son", "Nghị quyết Trung ương 7 (khóa XI)", "Dân vận khéo"],
["Hôm nay: Thứ Hai, 25/11/2019", "Thứ Bảy, 23/11/2019 - 06:40", "Gần 20 năm", "ấp 4", "ấp 5", "Năm 2018",
 "Nghị quyết Trung ương 7", "khóa XI", "mấy sào điều", "một mô hình"],
))

# ---------------------------------------------------------------- b999
PAGES.append(page(
"b999-haiphong-bdvthanhuy-tongket-2020",
"""
BÁO HẢI PHÒNG
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng
Thời sự
25 Tháng 12, 2020 | 18:05
Xây dựng 1.286 mô hình "Dân vận khéo" trên các lĩnh vực
(BHP) - Chiều 24/12, Ban Dân vận Thành ủy tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Ngô Xuân Khải, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì. Dự hội nghị có đồng chí Bùi Quang Tuấn, Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố; đồng chí Vũ Thị Thu Trang, Thành ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy.
Năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận các cấp đã vận động nhân dân chấp hành nghiêm các biện pháp phòng, chống dịch; Mặt trận và các đoàn thể tiếp nhận ủng hộ gần 25 tỷ đồng cho công tác phòng, chống dịch và 12,6 tỷ đồng ủng hộ đồng bào miền Trung bị thiệt hại do bão lũ. Ban Dân vận Thành ủy phối hợp giám sát việc chi trả hỗ trợ cho người dân gặp khó khăn theo Quyết định 15/2020/QĐ-TTg của Thủ tướng Chính phủ; toàn thành phố thành lập 217 tổ Covid cộng đồng.
Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận số 34, 35-KL/TU về công tác dân vận trong bồi thường, giải phóng mặt bằng các dự án trọng điểm và về nâng cao chất lượng tiếp công dân của người đứng đầu; hướng dẫn tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội Đảng bộ thành phố lần thứ XVI với hơn 45.000 lượt ý kiến. Các cấp chính quyền tiếp 1.872 lượt công dân, tổ chức 318 hội nghị đối thoại với nhân dân. Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa; toàn thành phố đã xây dựng 1.286 mô hình trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị.
Quang cảnh hội nghị.
Tại hội nghị, đồng chí Lưu Văn Hạ, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Lê Chân, chia sẻ kinh nghiệm vận động 96 hộ dân tại phường Trần Nguyên Hãn bàn giao mặt bằng dự án cải tạo chung cư cũ. Bà Phạm Thị Liên, Bí thư Chi bộ, Tổ trưởng tổ dân phố số 5, phường Trần Nguyên Hãn, cho biết tổ dân phố đã 5 năm liền không có đơn thư vượt cấp. Đồng chí Đặng Văn Toản, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Thủy Nguyên, kiến nghị sớm có cơ chế hỗ trợ cán bộ dân vận ở các xã sắp sáp nhập.
Phát biểu chỉ đạo, Phó Bí thư Thành ủy Bùi Quang Tuấn đánh giá cao những kết quả khối dân vận đạt được, nhất là trong phòng, chống dịch. Năm 2021, đồng chí đề nghị khối dân vận tập trung đưa Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI vào cuộc sống; thực hiện tốt Quyết định số 1208-QĐ/TU của Ban Thường vụ Thành ủy về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại với nhân dân; vận động cử tri tham gia cuộc bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026.
Dịp này, 40 đồng chí được tặng Kỷ niệm chương "Vì sự nghiệp dân vận"; 18 tập thể, 25 cá nhân được Ban Dân vận Thành ủy tặng giấy khen.
Lan Hương
Bài viết liên quan
- Thủy Nguyên: Biểu dương 50 mô hình "Dân vận khéo"
- Ban Dân vận Thành ủy giao ban khối dân vận quý III
- Kiến An vận động nhân dân hiến đất mở đường
- Tiên Lãng: Hơn 300 hộ dân được hỗ trợ do dịch Covid-19
""",
"2020-12-25",
"Xây dựng 1.286 mô hình \"Dân vận khéo\" trên các lĩnh vực",
E("tong_ket", "2020", "2020-12-24"),
[
    P("Ngô Xuân Khải", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
    P("Bùi Quang Tuấn", "Phó Bí thư Thành ủy", "Chủ tịch HĐND thành phố"),
    P("Vũ Thị Thu Trang", "Thành ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
    P("Lưu Văn Hạ", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Lê Chân"),
    P("Phạm Thị Liên", "Bí thư Chi bộ", "Tổ trưởng tổ dân phố số 5"),
    P("Đặng Văn Toản", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Thủy Nguyên"),
],
[
    Q("1.286 mô hình", 1286, "mô hình"),
    Q("gần 25 tỷ đồng", 25000000000, "đồng", "approx"),
    Q("12,6 tỷ đồng", 12600000000, "đồng"),
    Q("217 tổ Covid cộng đồng", 217, "tổ Covid cộng đồng"),
    Q("hơn 45.000 lượt ý kiến", 45000, "lượt ý kiến", "over"),
    Q("1.872 lượt công dân", 1872, "lượt công dân"),
    Q("318 hội nghị đối thoại", 318, "hội nghị đối thoại"),
    Q("96 hộ dân", 96, "hộ dân"),
    Q("40 đồng chí", 40, "đồng chí"),
    Q("18 tập thể", 18, "tập thể"),
    Q("25 cá nhân", 25, "cá nhân"),
],
[
    D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 15/2020/QĐ-TTg"),
    D("Kết luận", "34", "KL/TU", None, "Ban Thường vụ Thành ủy", surface="Kết luận số 34, 35-KL/TU"),
    D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Thành ủy", surface="Kết luận số 34, 35-KL/TU"),
    D("Quyết định", "1208", "QĐ/TU", None, "Ban Thường vụ Thành ủy", surface="Quyết định số 1208-QĐ/TU"),
],
[prov("Hải Phòng"), com("Trần Nguyên Hãn")],
["BÁO HẢI PHÒNG", "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hải Phòng", "(BHP)", "Quang cảnh hội nghị.",
 "Dân vận khéo", "Vì sự nghiệp dân vận", "Lê Chân", "Trần Nguyên Hãn", "Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI"],
["25 Tháng 12, 2020 | 18:05", "năm 2021", "Covid-19", "lần thứ XVI", "tổ dân phố số 5", "5 năm liền", "khóa XV",
 "nhiệm kỳ 2021 - 2026", "40 đồng chí", "Kết luận số 34, 35-KL/TU"],
))

# ---------------------------------------------------------------- b1000
PAGES.append(page(
"b1000-kontum-bdv-giamsat-2020",
"""
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ > Tin tức > Kiểm tra - Giám sát
Giám sát thực hiện chính sách đối với người có uy tín tại huyện Đăk Glei
Ngày đăng: 14/09/2020 | Lượt xem: 312
Từ ngày 08 đến 10/9/2020, Đoàn giám sát của Ban Dân vận Tỉnh ủy Kon Tum do đồng chí A Hơn, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, Trưởng đoàn giám sát dẫn đầu đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số tại huyện Đăk Glei, theo kế hoạch số 46-KH/BDVTU ngày 15/6/2020 của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát năm 2020.
Làm việc với đoàn có đồng chí A Khuy, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Đăk Glei; đồng chí Nguyễn Thanh Bình, Phó Chủ tịch UBND huyện cùng đại diện Phòng Dân tộc huyện.
Báo cáo với đoàn, đồng chí A Khuy cho biết, thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư, Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc, Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Thông tư số 06/2018/TT-UBDT của Ủy ban Dân tộc, huyện đã rà soát, công nhận 78 người có uy tín ở 12 xã, thị trấn, trong đó có 61 người là đồng bào Xơ Đăng, Giẻ Triêng. Từ năm 2018 đến nay, huyện đã cấp phát 5.460 tờ báo, tổ chức 2 đợt tham quan học tập kinh nghiệm cho người có uy tín; thăm hỏi, tặng quà dịp Tết và lễ hội truyền thống với tổng kinh phí hơn 187 triệu đồng; hỗ trợ 11 người có uy tín khi ốm đau.
Người có uy tín đã tham gia vận động nhân dân giao nộp 26 khẩu súng tự chế, hòa giải thành 35 vụ tranh chấp đất rẫy, vận động 92 hộ đăng ký kết hôn đúng tuổi. Tại xã Đăk Plô, đoàn làm việc với già làng A Rin, người có uy tín làng Đăk Book; tại xã Xốp, đoàn nghe bà Y Hồng, người có uy tín thôn Đăk Xú, phản ánh mức hỗ trợ hiện nay chưa tương xứng với công sức người có uy tín bỏ ra.
Qua giám sát, đoàn đánh giá việc thực hiện chính sách cơ bản kịp thời, đúng đối tượng; tuy nhiên việc cung cấp thông tin cho người có uy tín ở một số xã còn chậm, chưa có sổ theo dõi; việc bồi dưỡng kiến thức pháp luật chưa thường xuyên.
Kết luận đợt giám sát, đồng chí A Hơn đề nghị Huyện ủy Đăk Glei chỉ đạo Phòng Dân tộc phối hợp Ban Dân vận Huyện ủy định kỳ 6 tháng gặp mặt, cung cấp thông tin cho người có uy tín; thực hiện nghiêm Quyết định số 1365-QĐ/TU của Ban Thường vụ Tỉnh ủy về quy chế phối hợp trong công tác dân vận vùng đồng bào dân tộc thiểu số. Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy trong tháng 10/2020.
Y Thảo - Ban Dân vận Tỉnh ủy
Tin liên quan
- Giám sát thực hiện Quy chế dân chủ tại Ngọc Hồi (28/08/2020)
- Gặp mặt 230 người có uy tín tiêu biểu năm 2020 (10/08/2020)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2020 (15/07/2020)
""",
"2020-09-14",
"Giám sát thực hiện chính sách đối với người có uy tín tại huyện Đăk Glei",
E("giam_sat", "2020", "2020-09-08"),
[
    P("A Hơn", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Trưởng đoàn giám sát"),
    P("A Khuy", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
    P("Nguyễn Thanh Bình", "Phó Chủ tịch UBND huyện"),
    P("A Rin", "già làng", "người có uy tín làng Đăk Book"),
    P("Y Hồng", "người có uy tín thôn Đăk Xú"),
],
[
    Q("78 người có uy tín", 78, "người có uy tín"),
    Q("12 xã, thị trấn", 12, "xã, thị trấn"),
    Q("61 người", 61, "người"),
    Q("5.460 tờ báo", 5460, "tờ báo"),
    Q("2 đợt tham quan", 2, "đợt tham quan"),
    Q("hơn 187 triệu đồng", 187000000, "đồng", "over"),
    Q("11 người có uy tín", 11, "người có uy tín"),
    Q("26 khẩu súng tự chế", 26, "khẩu súng tự chế"),
    Q("35 vụ tranh chấp đất rẫy", 35, "vụ tranh chấp đất rẫy"),
    Q("92 hộ", 92, "hộ"),
],
[
    D("Kế hoạch", "46", "KH/BDVTU", "2020-06-15", "Ban Dân vận Tỉnh ủy", surface="kế hoạch số 46-KH/BDVTU ngày 15/6/2020"),
    D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", surface="Chỉ thị số 18-CT/TW"),
    D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", surface="Kết luận số 65-KL/TW ngày 30/10/2019"),
    D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết số 24-NQ/TW"),
    D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định số 12/2018/QĐ-TTg"),
    D("Thông tư", "06", "2018/TT-UBDT", None, "Ủy ban Dân tộc", surface="Thông tư số 06/2018/TT-UBDT"),
    D("Quyết định", "1365", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Quyết định số 1365-QĐ/TU"),
],
[prov("Kon Tum"), com("Đăk Plô"), com("Xốp")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ > Tin tức > Kiểm tra - Giám sát", "Y Thảo - Ban Dân vận Tỉnh ủy",
 "làng Đăk Book", "thôn Đăk Xú", "Phòng Dân tộc huyện"],
["Ngày đăng: 14/09/2020 | Lượt xem: 312", "Lượt xem: 312", "Từ ngày 08 đến 10/9/2020", "khóa IX", "Từ năm 2018 đến nay",
 "định kỳ 6 tháng", "tháng 10/2020"],
))
