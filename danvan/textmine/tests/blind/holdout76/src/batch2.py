from lib import *
PAGES = []

PAGES.append(page("b1787-sonla-bdv-taphuan-dvk-2017", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ › Tin tức › Tập huấn, bồi dưỡng
Cập nhật lúc 10:05 ngày 16/06/2017
Ảnh: Các học viên tham gia lớp tập huấn.
Nâng cao kỹ năng xây dựng mô hình "Dân vận khéo" cho cán bộ cơ sở
Trong 2 ngày 14 và 15/6/2017, Ban Dân vận Tỉnh ủy Sơn La tổ chức lớp tập huấn nghiệp vụ xây dựng, nhân rộng mô hình "Dân vận khéo" năm 2017 cho 160 học viên là cán bộ dân vận, Mặt trận và đoàn thể của 12 huyện, thành phố. Đồng chí Cầm Thị Phong, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc.
Lớp tập huấn được tổ chức theo Kế hoạch số 62-KH/BDVTU ngày 10/4/2017 của Ban Dân vận Tỉnh ủy. Các học viên được nghe đồng chí Đỗ Minh Tuấn, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương, giới thiệu chuyên đề về Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; đồng chí Quàng Văn Hươn, Phó Trưởng Ban Dân vận Tỉnh ủy, hướng dẫn cách lựa chọn, đăng ký và đánh giá mô hình theo Thông tri số 04-TT/TU của Ban Thường vụ Tỉnh ủy.
Theo báo cáo đề dẫn, hết năm 2016 toàn tỉnh có 2.314 mô hình "Dân vận khéo", trong đó 58 mô hình cấp tỉnh, 396 mô hình cấp huyện, 1.860 mô hình cấp xã. Các mô hình đã giúp 3.450 hộ thoát nghèo, vận động đồng bào hiến trên 65.000 m2 đất làm đường, trường học; khoảng 70% số bản có tổ hòa giải hoạt động hiệu quả. Năm 2016, Ban Thường vụ Tỉnh ủy đã tặng Giấy khen cho 42 tập thể, 67 cá nhân có thành tích xuất sắc trong phong trào; UBND tỉnh tặng Bằng khen cho 15 điển hình tiêu biểu.
Đồng chí Cầm Thị Phong phát biểu khai mạc lớp tập huấn.
Tại lớp học, các học viên trao đổi kinh nghiệm từ thực tế cơ sở. Chị Lường Thị Hiên, Bí thư Đoàn xã Chiềng Hặc, chia sẻ việc vận động thanh niên người Thái trồng xoài ghép; anh Mùa A Chư, Chủ tịch Hội Nông dân xã Phiêng Luông, kể việc thuyết phục 19 hộ người Mông không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật. Ông Vì Văn Lả, người có uy tín bản Huổi Mòng, xã Chiềng On, đề nghị có thêm tài liệu song ngữ Thái - Việt.
Bế mạc lớp tập huấn, đồng chí Quàng Văn Hươn đề nghị mỗi học viên sau khi về cơ sở xây dựng ít nhất một mô hình mới, thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng". Ban Dân vận Tỉnh ủy cấp phát 160 bộ tài liệu cho các học viên.
Hoàng Lan
Tin liên quan
- Mộc Châu: biểu dương 25 điển hình dân vận khéo (08/06/2017)
- Giao ban khối dân vận quý I năm 2017 (06/04/2017)
- Thuận Châu ra mắt mô hình "Bản không có ma túy" (24/03/2017)
- Tập huấn công tác dân tộc, tôn giáo năm 2017 (10/03/2017)
""", "2017-06-16", 'Nâng cao kỹ năng xây dựng mô hình "Dân vận khéo" cho cán bộ cơ sở',
E("tap_huan", "2017", "2017-06-14"),
[P("Cầm Thị Phong", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Minh Tuấn", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Quàng Văn Hươn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Thị Hiên", "Bí thư Đoàn xã Chiềng Hặc"),
 P("Mùa A Chư", "Chủ tịch Hội Nông dân xã Phiêng Luông"),
 P("Vì Văn Lả", "người có uy tín bản Huổi Mòng")],
[Q("160 học viên", 160, "học viên"), Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("2.314 mô hình", 2314, "mô hình"),
 Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"), Q("396 mô hình cấp huyện", 396, "mô hình cấp huyện"),
 Q("1.860 mô hình cấp xã", 1860, "mô hình cấp xã"), Q("3.450 hộ", 3450, "hộ"), Q("trên 65.000 m2", 65000, "m2", "over"),
 Q("khoảng 70%", 70, "%", "approx"), Q("42 tập thể", 42, "tập thể"), Q("67 cá nhân", 67, "cá nhân"),
 Q("15 điển hình", 15, "điển hình"), Q("19 hộ người Mông", 19, "hộ người Mông"), Q("160 bộ tài liệu", 160, "bộ tài liệu")],
[D("Kế hoạch", "62", "KH/BDVTU", "2017-04-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 62-KH/BDVTU ngày 10/4/2017"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Thông tri", "04", "TT/TU", None, "Ban Thường vụ Tỉnh ủy", "Thông tri số 04-TT/TU")],
[prov("Sơn La"), com("Chiềng Hặc"), com("Phiêng Luông"), com("Chiềng On")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ › Tin tức › Tập huấn, bồi dưỡng", "Ảnh: Các học viên tham gia lớp tập huấn.",
 "Đồng chí Cầm Thị Phong phát biểu khai mạc lớp tập huấn.", "Dân vận khéo",
 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Cập nhật lúc 10:05 ngày 16/06/2017", "2 ngày", "năm 2017", "năm 2016", "một mô hình"]))

PAGES.append(page("b1788-camau-bdv-tongket-khenthuong-2018", """
Ban Dân vận Tỉnh ủy Cà Mau
Trang chủ - Tin tức - Phong trào thi đua
27-12-2018 14:30
Tổng kết phong trào "Dân vận khéo": 30 tập thể, 45 cá nhân được khen thưởng
Chiều 26/12/2018, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2018. Đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có 180 đại biểu là lãnh đạo các huyện ủy, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh.
Năm 2018, các cấp thực hiện phong trào theo Hướng dẫn 06-HD/BDVTU ngày 15/3/2018 của Ban Dân vận Tỉnh ủy và Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng. Toàn tỉnh có 1.472 mô hình, điển hình "Dân vận khéo"; cấp tỉnh công nhận 35 mô hình, cấp huyện 312 mô hình, cấp xã 1.125 mô hình. Giá trị các mô hình mang lại ước hơn 120 tỷ đồng; nhân dân đóng góp xây dựng 86 cây cầu bê tông và 214 km lộ nông thôn.
Đồng chí Lâm Văn Bi trao Bằng khen cho các tập thể.
Tại hội nghị, Ban Thường vụ Tỉnh ủy tặng Giấy khen cho 30 tập thể, 45 cá nhân; UBND tỉnh tặng Bằng khen cho 8 tập thể và 11 cá nhân. Các tập thể nhận Bằng khen có Ban Dân vận Huyện ủy Trần Văn Thời, Hội Nông dân xã Khánh Bình Tây Bắc, Đồn Biên phòng Khánh Hội, Ủy ban MTTQ thị trấn Rạch Gốc.
Các cá nhân nhận Bằng khen gồm: ông Danh Hoàng, Phó Chủ tịch UBND xã Khánh Bình Tây Bắc; bà Lâm Thị Út Em, Chi hội trưởng Phụ nữ ấp Cái Cám, xã Tân Lộc Bắc; Thiếu tá Trần Văn Lực, Đồn trưởng Đồn Biên phòng Khánh Hội; ông Thạch Sa Phol, trưởng ban quản trị chùa Cao Dân, xã Tân Hưng Đông; bà Huỳnh Kim Loan, Bí thư Chi bộ ấp 7, xã Khánh Lâm. Các đồng chí Nguyễn Văn Chiến, Phan Thị Diễm - Phó Trưởng Ban Dân vận Huyện ủy U Minh cũng nhận Bằng khen.
Phát biểu tại hội nghị, ông Danh Hoàng cho biết nhờ cách làm "đi từng ấp, gõ từng nhà", xã đã vận động 94 hộ hiến đất mở rộng lộ, không phải bồi thường. Bà Lâm Thị Út Em chia sẻ, chi hội phụ nữ giúp 23 hội viên vay vốn nuôi cua, làm mắm, nay đã có 16 hộ thoát nghèo.
Kết luận hội nghị, đồng chí Lâm Văn Bi yêu cầu năm 2019 các cấp tiếp tục thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương (khóa XI), nâng chất các mô hình, tránh chạy theo số lượng; kịp thời biểu dương những người làm công tác dân vận ở ấp, khóm; phối hợp chặt chẽ với Đồn Biên phòng Khánh Hội và các đồn biên phòng ven biển trong vận động ngư dân.
Hồng Nhung
Lượt xem: 2.316
Tin cùng chuyên mục
- Năm Căn tổng kết công tác dân vận năm 2018 (21/12/2018)
- Hội thi "Dân vận khéo" khối cơ quan tỉnh (14/12/2018)
- Đầm Dơi: trao 50 căn nhà đại đoàn kết (30/11/2018)
""", "2018-12-27", 'Tổng kết phong trào "Dân vận khéo": 30 tập thể, 45 cá nhân được khen thưởng',
E("tong_ket", "2018", "2018-12-26"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hoàng", "Phó Chủ tịch UBND xã Khánh Bình Tây Bắc"),
 P("Lâm Thị Út Em", "Chi hội trưởng Phụ nữ ấp Cái Cám"),
 P("Trần Văn Lực", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Khánh Hội"),
 P("Thạch Sa Phol", "trưởng ban quản trị chùa Cao Dân"),
 P("Huỳnh Kim Loan", "Bí thư Chi bộ ấp 7"),
 P("Nguyễn Văn Chiến", "Phó Trưởng Ban Dân vận Huyện ủy U Minh"),
 P("Phan Thị Diễm", "Phó Trưởng Ban Dân vận Huyện ủy U Minh")],
[Q("30 tập thể", 30, "tập thể"), Q("45 cá nhân", 45, "cá nhân"), Q("180 đại biểu", 180, "đại biểu"), Q("1.472 mô hình, điển hình", 1472, "mô hình, điển hình"),
 Q("35 mô hình", 35, "mô hình"), Q("312 mô hình", 312, "mô hình"), Q("1.125 mô hình", 1125, "mô hình"),
 Q("hơn 120 tỷ đồng", 120000000000, "đồng", "over"), Q("86 cây cầu bê tông", 86, "cây cầu bê tông"),
 Q("214 km", 214, "km"), Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("94 hộ", 94, "hộ"),
 Q("23 hội viên", 23, "hội viên"), Q("16 hộ", 16, "hộ")],
[D("Hướng dẫn", "06", "HD/BDVTU", "2018-03-15", "Ban Dân vận Tỉnh ủy", "Hướng dẫn 06-HD/BDVTU ngày 15/3/2018"),
 D("Nghị định", "91", "2017/NĐ-CP", "2017-07-31", "Chính phủ", "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Rạch Gốc"), com("Tân Lộc Bắc"), com("Tân Hưng Đông"), com("Khánh Lâm")],
["Ban Dân vận Tỉnh ủy Cà Mau", "Trang chủ - Tin tức - Phong trào thi đua", "Đồng chí Lâm Văn Bi trao Bằng khen cho các tập thể.",
 "Dân vận khéo", "Luật Thi đua, khen thưởng", "Trần Văn Thời", "Đồn Biên phòng Khánh Hội", "đi từng ấp, gõ từng nhà",
 "Lượt xem: 2.316"],
["27-12-2018 14:30", "năm 2018", "năm 2019", "khóa XI", "ấp 7", "Lượt xem: 2.316"]))

PAGES.append(page("b1789-binhthuan-huyen-doithoai-2019", """
BÁO BÌNH THUẬN ĐIỆN TỬ
Thời sự » Chính trị » Dân vận
20/09/2019 | 09:15
Quang cảnh buổi đối thoại.
Bắc Bình: Chủ tịch UBND huyện đối thoại với đồng bào Chăm, Raglai
(BTO) - Ngày 18/9, tại xã Phan Hòa, UBND huyện Bắc Bình, tỉnh Bình Thuận tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với nhân dân năm 2019, nội dung tập trung vào đất sản xuất, nước tưới và thực hiện mô hình "Dân vận khéo" trong vùng đồng bào dân tộc thiểu số. Ông Nguyễn Hồng Phúc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có bà Đạt Thị Hồng, HUV, Trưởng Ban Dân vận Huyện ủy và hơn 300 cử tri của 6 xã vùng đồng bào.
Buổi đối thoại thực hiện theo Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Kế hoạch 87/KH-UBND ngày 02/8/2019 của UBND huyện. Trước đó, Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện đã tổng hợp 28 ý kiến, kiến nghị của cử tri gửi đến. Trong 6 tháng đầu năm, huyện đã giải quyết 112/120 đơn thư của công dân, đạt 93,3%.
Tại buổi đối thoại, ông Thuận Văn Lợi ở thôn Bình Minh, xã Phan Hòa phản ánh hơn 40 ha ruộng của bà con người Chăm thiếu nước tưới vụ hè thu do kênh bị bồi lắng. Ông Bo Bo Thanh, người có uy tín thôn Sông Lũy, xã Phan Sơn đề nghị huyện sớm cấp giấy chứng nhận quyền sử dụng đất cho 57 hộ người Raglai đã ổn định sản xuất nhiều năm. Bà Quảng Thị Ngọc Hiền, Chủ tịch Hội LHPN xã Phan Thanh hỏi về nguồn vốn vay giải quyết việc làm cho chị em.
Trả lời các ý kiến, ông Nguyễn Hồng Phúc cho biết huyện đã bố trí 1,7 tỷ đồng nạo vét kênh Phan Hòa, dự kiến hoàn thành trước vụ đông xuân; giao Phòng Tài nguyên và Môi trường phối hợp UBND xã Phan Sơn hoàn thành hồ sơ cấp giấy chứng nhận trong quý IV. Ông Lê Văn Quang, Phó Chủ tịch UBND huyện, thông tin Ngân hàng Chính sách xã hội huyện còn 3,5 tỷ đồng nguồn vốn cho vay giải quyết việc làm.
Có 17 ý kiến được trả lời trực tiếp tại buổi đối thoại, 11 ý kiến còn lại được giao các phòng, ban trả lời bằng văn bản trước ngày 30/10/2019.
Theo bà Đạt Thị Hồng, năm 2019 huyện có 64 mô hình "Dân vận khéo", trong đó 9 mô hình cấp huyện; nhiều mô hình như "Dòng họ Chăm không có người vi phạm pháp luật" đã phát huy hiệu quả. Đối thoại trực tiếp là một cách làm "Dân vận khéo" của chính quyền, giúp giải quyết vướng mắc ngay từ cơ sở.
Đức Tâm
Tin liên quan
- Tuy Phong: vận động ngư dân không vi phạm vùng biển nước ngoài (12/09/2019)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số tỉnh (30/08/2019)
- Hàm Thuận Bắc: đối thoại với nông dân về tranh chấp đất rẫy (16/08/2019)
""", "2019-09-20", "Bắc Bình: Chủ tịch UBND huyện đối thoại với đồng bào Chăm, Raglai",
E("doi_thoai", "2019", "2019-09-18"),
[P("Nguyễn Hồng Phúc", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Đạt Thị Hồng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thuận Văn Lợi"),
 P("Bo Bo Thanh", "người có uy tín thôn Sông Lũy"),
 P("Quảng Thị Ngọc Hiền", "Chủ tịch Hội LHPN xã Phan Thanh"),
 P("Lê Văn Quang", "Phó Chủ tịch UBND huyện")],
[Q("hơn 300 cử tri", 300, "cử tri", "over"), Q("6 xã", 6, "xã"), Q("28 ý kiến, kiến nghị", 28, "ý kiến, kiến nghị"),
 Q("112/120 đơn thư", 112, "đơn thư"), Q("93,3%", 93.3, "%"), Q("hơn 40 ha", 40, "ha", "over"), Q("57 hộ người Raglai", 57, "hộ người Raglai"), Q("1,7 tỷ đồng", 1700000000, "đồng"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("17 ý kiến", 17, "ý kiến"), Q("11 ý kiến", 11, "ý kiến"),
 Q("64 mô hình", 64, "mô hình"), Q("9 mô hình cấp huyện", 9, "mô hình cấp huyện")],
[D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kế hoạch", "87", "KH-UBND", "2019-08-02", "UBND huyện", "Kế hoạch 87/KH-UBND ngày 02/8/2019")],
[prov("Bình Thuận"), com("Phan Hòa"), com("Phan Sơn"), com("Phan Thanh")],
["BÁO BÌNH THUẬN ĐIỆN TỬ", "Thời sự » Chính trị » Dân vận", "Quang cảnh buổi đối thoại.", "(BTO)", "Dân vận khéo",
 "Dòng họ Chăm không có người vi phạm pháp luật", "kênh Phan Hòa"],
["20/09/2019 | 09:15", "năm 2019", "quý IV", "6 tháng đầu năm"]))

PAGES.append(page("b1790-longan-bdv-baocao-dvk-2019", """
BAN DÂN VẬN TỈNH ỦY LONG AN
Trang chủ :: Tin tức :: Dân vận khéo
Thứ Tư, 15/01/2020
Năm 2019, Long An có 2.085 mô hình "Dân vận khéo"
Theo Báo cáo số 78-BC/BDVTU ngày 10/01/2020 của Ban Dân vận Tỉnh ủy về kết quả thực hiện phong trào thi đua "Dân vận khéo" năm 2019, toàn tỉnh Long An đã xây dựng 2.085 mô hình và 412 điển hình "Dân vận khéo" trên các lĩnh vực; phong trào ngày càng đi vào chiều sâu, gắn với thực hiện các nhiệm vụ chính trị của địa phương.
Phong trào được triển khai theo Quy định số 08-QĐi/TU ngày 08/4/2019 của Ban Thường vụ Tỉnh ủy về tiêu chí công nhận mô hình, điển hình "Dân vận khéo" và Kế hoạch 215-KH/BDVTU về kiểm tra, đánh giá mô hình. Trong số 2.085 mô hình, có 47 mô hình do cấp tỉnh công nhận, 398 mô hình do cấp huyện công nhận và 1.640 mô hình cấp xã. Xét theo lĩnh vực, lĩnh vực kinh tế có 812 mô hình, văn hóa - xã hội 604 mô hình, quốc phòng - an ninh 377 mô hình, xây dựng hệ thống chính trị 292 mô hình.
Từ các mô hình, nhân dân đã đóng góp hơn 186 tỷ đồng, hiến 124.000 m2 đất để làm đường giao thông, cầu bê tông, xây dựng nông thôn mới; tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,24%. Khối cơ quan nhà nước có 1.036 cán bộ, công chức đăng ký thực hiện "Dân vận khéo" gắn với cải cách hành chính, giảm 30% thời gian giải quyết hồ sơ. Lực lượng vũ trang tỉnh có 156 mô hình giúp dân xây nhà, làm đường, khám bệnh, cấp thuốc miễn phí cho hơn 5.000 lượt người.
Theo đồng chí Đỗ Thị Ngọc Lan, Phó Trưởng Ban Dân vận Tỉnh ủy, điểm mới của năm 2019 là việc công nhận mô hình được thực hiện chặt chẽ hơn, có khảo sát ý kiến người dân; nhiều mô hình như "Ấp không có tội phạm", "Tuyến đường hoa nông thôn mới" được nhân rộng.
Năm 2019, Tỉnh ủy tặng Bằng khen cho 25 tập thể, 40 cá nhân; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 62 tập thể, 118 cá nhân có thành tích tiêu biểu. Một số cá nhân tiêu biểu: ông Trương Văn Bảy, Trưởng ấp Bình Hòa, xã Tân Lập, huyện Thủ Thừa; bà Nguyễn Thị Kim Phượng, Chủ tịch Hội Nông dân xã Mỹ Quý Tây; Đại úy Lê Minh Trí, Trưởng Công an xã Bình Hòa Hưng; ông Huỳnh Văn Năm ở xã Long Hựu Đông, người đã hiến 1.200 m2 đất làm đường.
Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra hạn chế: một số mô hình chưa được duy trì thường xuyên, việc sơ kết, rút kinh nghiệm chưa kịp thời; công tác tuyên truyền, nhân rộng điển hình ở một số địa phương còn hạn chế.
Ban Dân vận Tỉnh ủy
Tin khác
- Hội nghị tổng kết công tác dân vận năm 2019 (08/01/2020)
- Cần Giuộc: 20 điển hình dân vận khéo được tuyên dương (26/12/2019)
- Trao 100 căn nhà đại đoàn kết cho hộ nghèo (18/12/2019)
""", "2020-01-15", 'Năm 2019, Long An có 2.085 mô hình "Dân vận khéo"',
E("bao_cao", "2019", "2020-01-10"),
[P("Đỗ Thị Ngọc Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Bảy", "Trưởng ấp Bình Hòa"),
 P("Nguyễn Thị Kim Phượng", "Chủ tịch Hội Nông dân xã Mỹ Quý Tây"),
 P("Lê Minh Trí", "Đại úy", "Trưởng Công an xã Bình Hòa Hưng"),
 P("Huỳnh Văn Năm")],
[Q("2.085 mô hình", 2085, "mô hình"), Q("412 điển hình", 412, "điển hình"), Q("47 mô hình", 47, "mô hình"),
 Q("398 mô hình", 398, "mô hình"), Q("1.640 mô hình cấp xã", 1640, "mô hình cấp xã"), Q("812 mô hình", 812, "mô hình"),
 Q("604 mô hình", 604, "mô hình"), Q("377 mô hình", 377, "mô hình"), Q("292 mô hình", 292, "mô hình"),
 Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"), Q("124.000 m2", 124000, "m2"), Q("1,24%", 1.24, "%"),
 Q("1.036 cán bộ, công chức", 1036, "cán bộ, công chức"), Q("30%", 30, "%"), Q("156 mô hình", 156, "mô hình"), Q("hơn 5.000 lượt người", 5000, "lượt người", "over"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân"), Q("62 tập thể", 62, "tập thể"), Q("118 cá nhân", 118, "cá nhân"), Q("1.200 m2", 1200, "m2")],
[D("Báo cáo", "78", "BC/BDVTU", "2020-01-10", "Ban Dân vận Tỉnh ủy", "Báo cáo số 78-BC/BDVTU ngày 10/01/2020"),
 D("Quy định", "08", "QĐi/TU", "2019-04-08", "Ban Thường vụ Tỉnh ủy", "Quy định số 08-QĐi/TU ngày 08/4/2019"),
 D("Kế hoạch", "215", "KH/BDVTU", None, None, "Kế hoạch 215-KH/BDVTU")],
[prov("Long An"), com("Tân Lập"), com("Mỹ Quý Tây"), com("Bình Hòa Hưng"), com("Long Hựu Đông")],
["BAN DÂN VẬN TỈNH ỦY LONG AN", "Trang chủ :: Tin tức :: Dân vận khéo", "Dân vận khéo", "Ấp không có tội phạm",
 "Tuyến đường hoa nông thôn mới", "Ban Dân vận Tỉnh ủy"],
["Thứ Tư, 15/01/2020", "năm 2019", "Năm 2019"]))

PAGES.append(page("b1791-hoabinh-huyen-traoqua-tet-2020", """
Báo Hòa Bình điện tử
Xã hội › Dân tộc - Tôn giáo › Dân vận
Thứ Hai, 20/01/2020 - 07:40
Mô hình "Dân vận khéo" mang Tết ấm đến 300 hộ nghèo Đà Bắc
(BHB) - Ngày 18/1, Ban Dân vận Huyện ủy Đà Bắc (tỉnh Hòa Bình) phối hợp Ủy ban MTTQ huyện và Công ty TNHH Thương mại Sông Đà Xanh tổ chức trao 300 suất quà Tết cho hộ nghèo người Tày, Dao, Mường tại các xã Tiền Phong, Vầy Nưa, Suối Nánh. Đây là năm thứ 4 huyện thực hiện mô hình "Dân vận khéo" "Tết sum vầy cho người nghèo vùng lòng hồ".
Mỗi suất quà trị giá 600.000 đồng gồm tiền mặt, gạo, dầu ăn, bánh kẹo và chăn ấm; tổng trị giá 180 triệu đồng. Dịp này, Công ty cũng tặng 20 xe đạp cho học sinh nghèo vượt khó và 50 áo ấm cho học sinh bán trú Trường Phổ thông dân tộc bán trú THCS Tiền Phong.
Cũng trong ngày, đoàn đã đến thăm, tặng quà 15 người có uy tín tiêu biểu và 8 gia đình chính sách ở xã Vầy Nưa, mỗi suất quà trị giá 1 triệu đồng. Ông Lò Văn Thương cho biết doanh nghiệp sẽ tiếp tục đồng hành cùng huyện trong các chương trình an sinh xã hội, nhất là hỗ trợ học sinh vùng lòng hồ sông Đà có điều kiện đến trường.
Đồng chí Đinh Công Sứ trao quà cho hộ nghèo xã Tiền Phong.
Tham dự và trao quà có đồng chí Đinh Công Sứ, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc; bà Xa Thị Lan, Chủ tịch Ủy ban MTTQ huyện; ông Lò Văn Thương, Giám đốc Công ty TNHH Thương mại Sông Đà Xanh; các đồng chí Bí thư Đảng ủy các xã: Hà Văn Tuấn, Xa Văn Đông, Đinh Thị Hoa.
Hoạt động được thực hiện theo Kế hoạch số 124-KH/HU của Huyện ủy về tổ chức cho nhân dân vui xuân, đón Tết Canh Tý 2020, gắn với thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.
Theo đồng chí Đinh Công Sứ, 3 năm qua mô hình đã vận động các doanh nghiệp, nhà hảo tâm trao hơn 1.000 suất quà, trị giá trên 550 triệu đồng, giúp 46 hộ sửa nhà, 12 hộ có bò giống để vươn lên. Năm 2019, toàn huyện có 97 mô hình "Dân vận khéo", trong đó 4 mô hình được tỉnh công nhận; tỷ lệ hộ nghèo giảm 5,2% so với năm 2018.
Xúc động nhận quà, bà Lường Thị Pến ở xóm Hạ, xã Tiền Phong, chia sẻ: "Năm nay nhà tôi có thêm bao gạo, tấm chăn mới, con cháu đón Tết đầy đủ hơn, cảm ơn Đảng, Nhà nước và các cô, các chú đã quan tâm".
Được biết, dịp Tết Nguyên đán năm nay, Ủy ban MTTQ các cấp trong huyện dự kiến trao khoảng 2.500 suất quà cho các hộ nghèo, gia đình chính sách, người cao tuổi cô đơn.
Bùi Minh
Bài viết liên quan
- Tân Lạc: biểu dương 30 điển hình dân vận khéo (10/01/2020)
- Mai Châu: vận động đồng bào làm du lịch cộng đồng (03/01/2020)
- Hội nghị tổng kết công tác dân vận năm 2019 (27/12/2019)
""", "2020-01-20", 'Mô hình "Dân vận khéo" mang Tết ấm đến 300 hộ nghèo Đà Bắc',
E("trao_qua", None, "2020-01-18"),
[P("Đinh Công Sứ", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc"),
 P("Xa Thị Lan", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Văn Thương", "Giám đốc Công ty TNHH Thương mại Sông Đà Xanh"),
 P("Hà Văn Tuấn", "Bí thư Đảng ủy các xã"), P("Xa Văn Đông", "Bí thư Đảng ủy các xã"), P("Đinh Thị Hoa", "Bí thư Đảng ủy các xã"),
 P("Lường Thị Pến")],
[Q("300 hộ nghèo", 300, "hộ nghèo"), Q("300 suất quà Tết", 300, "suất quà"), Q("600.000 đồng", 600000, "đồng"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("20 xe đạp", 20, "xe đạp"), Q("50 áo ấm", 50, "áo ấm"), Q("15 người có uy tín", 15, "người có uy tín"),
 Q("8 gia đình chính sách", 8, "gia đình chính sách"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 1.000 suất quà", 1000, "suất quà", "over"), Q("trên 550 triệu đồng", 550000000, "đồng", "over"),
 Q("46 hộ", 46, "hộ"), Q("12 hộ", 12, "hộ"), Q("97 mô hình", 97, "mô hình"), Q("4 mô hình", 4, "mô hình"), Q("5,2%", 5.2, "%"),
 Q("khoảng 2.500 suất quà", 2500, "suất quà", "approx")],
[D("Kế hoạch", "124", "KH/HU", None, "Huyện ủy", "Kế hoạch số 124-KH/HU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Vầy Nưa"), com("Suối Nánh")],
["Báo Hòa Bình điện tử", "Xã hội › Dân tộc - Tôn giáo › Dân vận", "(BHB)", "Đồng chí Đinh Công Sứ trao quà cho hộ nghèo xã Tiền Phong.",
 "Dân vận khéo", "Tết sum vầy cho người nghèo vùng lòng hồ", "Công ty TNHH Thương mại Sông Đà Xanh",
 "Trường Phổ thông dân tộc bán trú THCS Tiền Phong"],
["Thứ Hai, 20/01/2020 - 07:40", "năm thứ 4", "Tết Canh Tý 2020", "3 năm qua", "Năm 2019", "năm 2018"]))

PAGES.append(page("b1792-quangnam-bdv-soket-2020", """
BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Chính trị / Xây dựng Đảng
Thứ Sáu, 17/07/2020, 10:45
Đồng chí Alăng Thị Ngọc phát biểu tại hội nghị.
Phát huy "Dân vận khéo" trong phòng, chống dịch Covid-19
(QNO) - Sáng 15/7, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Võ Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị với sự tham dự của 95 đại biểu.
Theo báo cáo, trong 6 tháng qua, khối dân vận các cấp đã tích cực tuyên truyền, vận động nhân dân thực hiện Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19 và Nghị quyết 42/NQ-CP của Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch. Ủy ban MTTQ và các đoàn thể đã vận động được 8,6 tỷ đồng và 420 tấn gạo ủng hộ phòng, chống dịch; 12.300 lượt đoàn viên, hội viên tham gia tổ an ninh, tổ tuyên truyền ở khu dân cư.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 06, 07-KL/TU về tiếp tục thực hiện phong trào thi đua "Dân vận khéo" và về công tác dân vận ở vùng đồng bào Cơ Tu, Xê Đăng, Giẻ Triêng. Trong 6 tháng, các cấp công nhận 215 mô hình "Dân vận khéo" mới, nâng tổng số lên 3.046 mô hình; trong đó các huyện miền núi có 1.118 mô hình.
Tại hội nghị, đồng chí Alăng Thị Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang chia sẻ: huyện đã vận động 96 hộ ở vùng sạt lở di dời đến nơi ở mới, mỗi hộ được hỗ trợ 40 triệu đồng. Ông Bríu Quân, Chủ tịch UBND xã A Xan, cho biết xã đã lập 12 tổ tự quản ở các thôn giáp biên giới Lào. Ông Zơ Râm Dũng, Phó Chủ tịch Ủy ban MTTQ huyện Đông Giang nêu đề xuất tăng phụ cấp cho người có uy tín. Ông Hồ Văn Thương, Bí thư Đảng ủy xã Trà Leng đề nghị tỉnh hỗ trợ xây dựng mô hình trồng sâm Ngọc Linh dưới tán rừng.
Phát biểu kết luận, đồng chí Võ Thị Mỹ Dung yêu cầu 6 tháng cuối năm các cấp tiếp tục vận động nhân dân thực hiện nghiêm các biện pháp phòng dịch, không chủ quan, lơ là; chuẩn bị tốt công tác dân vận phục vụ đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025; biểu dương kịp thời các tập thể, cá nhân có cách làm hay trong phòng, chống dịch. Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 14 tập thể và 21 cá nhân.
Nguyễn Ngọc
Lượt xem: 3.058
Tin liên quan
- Tây Giang ra mắt mô hình "Thôn không có người vi phạm pháp luật" (09/07/2020)
- Giao ban khối dân vận quý II năm 2020 (03/07/2020)
- Núi Thành: người dân hiến đất làm đường ven biển (26/06/2020)
""", "2020-07-17", 'Phát huy "Dân vận khéo" trong phòng, chống dịch Covid-19',
E("so_ket", "2020-H1", "2020-07-15"),
[P("Võ Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Bríu Quân", "Chủ tịch UBND xã A Xan"),
 P("Zơ Râm Dũng", "Phó Chủ tịch Ủy ban MTTQ huyện Đông Giang"),
 P("Hồ Văn Thương", "Bí thư Đảng ủy xã Trà Leng")],
[Q("95 đại biểu", 95, "đại biểu"), Q("8,6 tỷ đồng", 8600000000, "đồng"), Q("420 tấn", 420, "tấn"),
 Q("12.300 lượt đoàn viên, hội viên", 12300, "lượt đoàn viên, hội viên"), Q("215 mô hình", 215, "mô hình"),
 Q("3.046 mô hình", 3046, "mô hình"), Q("1.118 mô hình", 1118, "mô hình"), Q("96 hộ", 96, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("12 tổ tự quản", 12, "tổ tự quản"), Q("14 tập thể", 14, "tập thể"),
 Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết 42/NQ-CP"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU")],
[prov("Quảng Nam"), com("A Xan"), com("Trà Leng")],
["BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM", "Chính trị / Xây dựng Đảng", "(QNO)",
 "Đồng chí Alăng Thị Ngọc phát biểu tại hội nghị.", "Dân vận khéo", "Lượt xem: 3.058"],
["Thứ Sáu, 17/07/2020, 10:45", "6 tháng đầu năm 2020", "6 tháng cuối năm", "6 tháng qua", "Trong 6 tháng",
 "nhiệm kỳ 2020 - 2025", "Lượt xem: 3.058"]))
