from lib import *
PAGES = []

PAGES.append(page("b7691-dongnai-heo-hoinghi-2017", """
Báo Đồng Nai điện tử
Kinh tế >> Nông nghiệp
2017-05-10 14:20
Người chăn nuôi mang heo đến điểm bán bình ổn tại TP.Biên Hòa. Ảnh: Hải Quân
Kết nối tiêu thụ thịt heo: Doanh nghiệp cam kết thu mua hơn 1.000 con mỗi ngày
Sáng 9/5, Sở Công Thương phối hợp với Sở Nông nghiệp và Phát triển nông thôn tỉnh Đồng Nai tổ chức hội nghị kết nối tiêu thụ thịt heo, tháo gỡ khó khăn cho người chăn nuôi khi giá heo hơi giảm sâu. Ông Võ Văn Chánh, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Theo Sở Nông nghiệp và Phát triển nông thôn, tổng đàn heo của tỉnh hiện khoảng 1,7 triệu con, lớn nhất cả nước, trong đó trên 60% nuôi ở các trang trại. Từ đầu năm, giá heo hơi liên tục giảm, hiện chỉ còn 22.000 - 25.000 đồng/kg, thấp hơn giá thành khoảng 15.000 đồng/kg; mỗi con heo xuất chuồng người nuôi lỗ từ 1,5 đến 2 triệu đồng. Ước tính các trang trại đã lỗ trên 1.000 tỷ đồng.
Tại hội nghị, 12 doanh nghiệp giết mổ, chế biến và 4 hệ thống siêu thị đã ký biên bản ghi nhớ với các hợp tác xã, tổ hợp tác chăn nuôi, cam kết thu mua hơn 1.000 con heo mỗi ngày với giá cao hơn thị trường 1.000 - 2.000 đồng/kg. Công ty cổ phần Việt Nam Kỹ nghệ Súc sản (Vissan) nhận tăng lượng thu mua từ 600 lên 900 con/ngày.
Bà Nguyễn Thị Thu, chủ trang trại ở xã Bàu Hàm 2, cho biết gia đình đang nuôi 1.200 con heo thịt, quá lứa gần 1 tháng mà chưa bán được. "Chúng tôi mong các ngân hàng giãn nợ, giảm lãi để người nuôi cầm cự qua giai đoạn này", bà Thu nói. Ông Trần Văn Quý, Chủ tịch Hội Chăn nuôi Đồng Nai, đề nghị các trang trại chủ động giảm đàn nái, không tái đàn ồ ạt.
Phát biểu chỉ đạo, ông Võ Văn Chánh yêu cầu các ngành triển khai ngay Công văn số 3765/BNN-CN của Bộ Nông nghiệp và Phát triển nông thôn về giải pháp tháo gỡ khó khăn cho chăn nuôi heo; Ngân hàng Nhà nước chi nhánh tỉnh chỉ đạo các tổ chức tín dụng thực hiện Thông tư 39/2016/TT-NHNN trong cơ cấu lại thời hạn trả nợ. UBND tỉnh cũng giao Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh vận động cán bộ, công nhân tại 32 khu công nghiệp tăng sử dụng thịt heo trong bữa ăn ca.
Hưởng ứng, Liên đoàn Lao động tỉnh cho biết sẽ vận động các bếp ăn tập thể phục vụ khoảng 600.000 công nhân tăng khẩu phần thịt heo. Hội Liên hiệp Phụ nữ tỉnh phát động chương trình "Cùng chung tay chia sẻ khó khăn với người chăn nuôi" tới 285.000 hội viên.
Hải Quân
Tin khác
- Giá heo hơi chạm đáy, người chăn nuôi lao đao (04/05/2017)
- Thống Nhất: nông dân chuyển đổi từ nuôi heo sang trồng cây ăn trái (20/04/2017)
- Siêu thị bán thịt heo bình ổn giá phục vụ công nhân (15/04/2017)
""", "2017-05-10", "Kết nối tiêu thụ thịt heo: Doanh nghiệp cam kết thu mua hơn 1.000 con mỗi ngày",
E("hoi_nghi", None, "2017-05-09"),
[P("Võ Văn Chánh", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu", "chủ trang trại ở xã Bàu Hàm 2"),
 P("Trần Văn Quý", "Chủ tịch Hội Chăn nuôi Đồng Nai")],
[Q("hơn 1.000 con", 1000, "con", "over"), Q("khoảng 1,7 triệu con", 1700000, "con", "approx"), Q("trên 60%", 60, "%", "over"),
 Q("22.000", 22000, "đồng"), Q("25.000 đồng/kg", 25000, "đồng"), Q("khoảng 15.000 đồng/kg", 15000, "đồng", "approx"),
 Q("1,5", 1500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("trên 1.000 tỷ đồng", 1000000000000, "đồng", "over"),
 Q("12 doanh nghiệp giết mổ, chế biến", 12, "doanh nghiệp giết mổ, chế biến"), Q("4 hệ thống siêu thị", 4, "hệ thống siêu thị"),
 Q("1.000 -", 1000, "đồng"), Q("2.000 đồng/kg", 2000, "đồng"), Q("600", 600, "con"), Q("900 con/ngày", 900, "con"),
 Q("1.200 con heo thịt", 1200, "con heo thịt"), Q("32 khu công nghiệp", 32, "khu công nghiệp"),
 Q("khoảng 600.000 công nhân", 600000, "công nhân", "approx"), Q("285.000 hội viên", 285000, "hội viên")],
[D("Công văn", "3765", "BNN-CN", None, "Bộ Nông nghiệp và Phát triển nông thôn", "Công văn số 3765/BNN-CN"),
 D("Thông tư", "39", "2016/TT-NHNN", None, None, "Thông tư 39/2016/TT-NHNN")],
[prov("Đồng Nai"), com("Bàu Hàm 2")],
["Báo Đồng Nai điện tử", "Kinh tế >> Nông nghiệp", "Người chăn nuôi mang heo đến điểm bán bình ổn tại TP.Biên Hòa. Ảnh: Hải Quân",
 "Vissan", "Cùng chung tay chia sẻ khó khăn với người chăn nuôi", "Sở Công Thương"],
["2017-05-10 14:20", "gần 1 tháng", "1 tháng"]))

PAGES.append(page("b7692-binhthuan-thanhlong-giaoban-2018", """
BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN
Vị trí: Trang chủ | Tin tức | Hoạt động của Ban
Cập nhật lúc 16:45 ngày 03/04/2018
Giao ban khối dân vận: Tập trung vận động tiêu thụ thanh long
Chiều 02/4, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức giao ban khối dân vận quý I năm 2018. Đồng chí Nguyễn Thị Kim Ánh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Minh Đức, Đặng Thị Hạnh.
Đồng chí Nguyễn Thị Kim Ánh phát biểu kết luận giao ban.
Báo cáo giao ban cho thấy, quý I/2018, tình hình tư tưởng nhân dân cơ bản ổn định, song nông dân trồng thanh long ở các huyện Hàm Thuận Nam, Hàm Thuận Bắc, Bắc Bình rất lo lắng khi giá thanh long ruột trắng loại 1 có lúc xuống 3.000 - 5.000 đồng/kg, thanh long xấu chỉ 500 đồng/kg. Toàn tỉnh có khoảng 28.000 ha thanh long, trong đó khoảng 9.000 ha được chong đèn cho trái nghịch vụ, sản lượng quý I ước 180.000 tấn.
Khối dân vận đã phối hợp với Sở Công Thương vận động 40 cơ sở sấy, làm rượu, nước ép thanh long tăng công suất thu mua; Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể phát động cán bộ, đoàn viên, hội viên mua thanh long ủng hộ nông dân, đến nay đã mua được hơn 350 tấn. Hội Nông dân tỉnh giới thiệu 5 hợp tác xã ký hợp đồng xuất khẩu thanh long đạt tiêu chuẩn GlobalGAP sang châu Âu với giá ổn định 18.000 đồng/kg.
Đồng chí Bùi Văn Xuân, HUV, Trưởng Ban Dân vận Huyện ủy Hàm Thuận Nam cho biết, huyện đã thành lập 17 tổ thanh niên tình nguyện hỗ trợ bà con thu hoạch, đóng gói, có 12 tổ vận động tiêu thụ qua mạng xã hội. Ông Từ Công Nhàn, Chủ tịch Hội Nông dân xã Hàm Minh đề nghị tỉnh có chính sách hỗ trợ lãi suất để xây kho lạnh tại các vùng thanh long tập trung.
Kết luận giao ban, đồng chí Nguyễn Thị Kim Ánh yêu cầu trong quý II, khối dân vận tiếp tục thực hiện Kế hoạch số 112-KH/BDVTU, Kế hoạch số 113-KH/BDVTU của Ban Dân vận Tỉnh ủy về nắm tình hình nhân dân và vận động nông dân tham gia chuỗi liên kết; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết số 05-NQ/TU về phát triển cây thanh long. Các đoàn thể cần hướng dẫn hội viên thực hiện đúng quy trình VietGAP, không sử dụng chất kích thích ngoài danh mục để giữ uy tín thanh long Bình Thuận - sản phẩm đã được bảo hộ chỉ dẫn địa lý.
Đồng chí cũng đề nghị mỗi cơ quan, đơn vị trong khối tiếp tục hưởng ứng tuần lễ "Mua thanh long vì nông dân" đến hết ngày 15/4/2018.
Thanh Tâm
Bài viết liên quan
- Hàm Thuận Bắc: vận động nông dân chong đèn theo lịch thời vụ (20/03/2018)
- Ra mắt mô hình "Dân vận khéo" trong tiêu thụ thanh long (12/03/2018)
- Giao ban khối dân vận quý IV năm 2017 (05/01/2018)
""", "2018-04-03", "Giao ban khối dân vận: Tập trung vận động tiêu thụ thanh long",
E("giao_ban", "2018-Q1", "2018-04-02"),
[P("Nguyễn Thị Kim Ánh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Minh Đức", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy Hàm Thuận Nam"),
 P("Từ Công Nhàn", "Chủ tịch Hội Nông dân xã Hàm Minh")],
[Q("3.000", 3000, "đồng"), Q("5.000 đồng/kg", 5000, "đồng"), Q("500 đồng/kg", 500, "đồng"),
 Q("khoảng 28.000 ha", 28000, "ha", "approx"), Q("khoảng 9.000 ha", 9000, "ha", "approx"), Q("180.000 tấn", 180000, "tấn"),
 Q("40 cơ sở sấy, làm rượu, nước ép thanh long", 40, "cơ sở sấy, làm rượu, nước ép thanh long"),
 Q("hơn 350 tấn", 350, "tấn", "over"), Q("5 hợp tác xã", 5, "hợp tác xã"), Q("18.000 đồng/kg", 18000, "đồng"),
 Q("17 tổ thanh niên tình nguyện", 17, "tổ thanh niên tình nguyện"), Q("12 tổ", 12, "tổ")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU"),
 D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 113-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Nghị quyết", "05", "NQ/TU", None, None, "Nghị quyết số 05-NQ/TU")],
[prov("Bình Thuận"), com("Hàm Minh")],
["BAN DÂN VẬN TỈNH ỦY BÌNH THUẬN", "Vị trí: Trang chủ | Tin tức | Hoạt động của Ban",
 "Đồng chí Nguyễn Thị Kim Ánh phát biểu kết luận giao ban.", "Mua thanh long vì nông dân", "GlobalGAP", "VietGAP"],
["Cập nhật lúc 16:45 ngày 03/04/2018", "quý I năm 2018", "quý I/2018", "quý II", "ngày 15/4/2018"]))

PAGES.append(page("b7693-sonla-xoai-taphuan-2019", """
Cổng thông tin điện tử tỉnh Sơn La
Trang chủ - Tin tức - Sự kiện - Kinh tế
21.05.2019 | 09:10
Tập huấn bán nông sản qua sàn thương mại điện tử cho hợp tác xã
Trong 2 ngày 19 và 20/5/2019, Sở Công Thương tỉnh Sơn La phối hợp với Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương) tổ chức lớp tập huấn "Ứng dụng thương mại điện tử trong tiêu thụ nông sản năm 2019" cho 150 học viên là cán bộ, thành viên hợp tác xã, tổ hợp tác trồng xoài, nhãn, mận trên địa bàn tỉnh.
Học viên thực hành đưa sản phẩm xoài lên sàn thương mại điện tử.
Năm 2019, Sơn La dự kiến có sản lượng khoảng 90.000 tấn nhãn, 40.000 tấn xoài và 50.000 tấn mận. Vụ mận hậu vừa qua, giá bán tại vườn có thời điểm chỉ còn 3.000 - 4.000 đồng/kg do thương lái ép giá khi vào vụ rộ. Ông Cầm Ngọc Minh, Phó Chủ tịch UBND tỉnh, cho biết tỉnh đã ban hành Kế hoạch số 65/KH-UBND ngày 15/3/2019 về tiêu thụ nông sản năm 2019, đặt mục tiêu xuất khẩu trên 30% sản lượng quả tươi, phấn đấu mỗi huyện, thành phố có ít nhất 2 sản phẩm được bán trên sàn thương mại điện tử.
Trong chương trình tập huấn, các giảng viên hướng dẫn cách chụp ảnh, viết mô tả sản phẩm, đăng ký gian hàng trên sàn Voso, Postmart; cách đóng gói, bảo quản và giao hàng qua bưu điện. Bà Lò Thị Hoa, Giám đốc Hợp tác xã Nông nghiệp Cò Nòi, chia sẻ: "Năm ngoái hợp tác xã bán được 2 tấn xoài tròn qua mạng, năm nay tôi muốn học thêm để bán được 10 tấn".
Ông Quàng Văn Phiêng, Chủ tịch Hội Nông dân xã Chiềng Cọ, cho biết nhiều hộ người Thái trong xã còn ngại dùng điện thoại thông minh. Tổ trưởng tổ hợp tác trồng nhãn bản Hìn, xã Mường Chanh Lường Thị Ánh mong được hỗ trợ mã QR truy xuất nguồn gốc để bán nhãn vào siêu thị.
Theo Sở Công Thương, năm 2019 đã có 28 hợp tác xã của tỉnh được cấp mã vùng trồng, 46 sản phẩm được dán tem truy xuất nguồn gốc; 3.500 tấn xoài, nhãn xuất khẩu sang Úc, Mỹ, Trung Quốc. Thực hiện Quyết định số 1588/QĐ-UBND của UBND tỉnh, mỗi hợp tác xã tham gia lớp tập huấn được hỗ trợ 5 triệu đồng để thiết kế bao bì, nhãn mác.
Bế mạc lớp học, ông Vì Văn Tiến, Phó Giám đốc Sở Công Thương, đề nghị học viên về triển khai ngay tới thành viên; Sở sẽ phối hợp với Bưu điện tỉnh tổ chức thêm 4 lớp tại các huyện vùng cao trong tháng 6. Các học viên đánh giá nội dung tập huấn thiết thực, dễ áp dụng, giúp bà con chủ động tìm đầu ra thay vì phụ thuộc vào thương lái.
Quỳnh Anh
TIN CÙNG CHUYÊN MỤC
- Sơn La xúc tiến tiêu thụ xoài tại Hà Nội (10/05/2019)
- Mai Sơn: 12 hợp tác xã được cấp mã vùng trồng (28/04/2019)
- Hội nghị kết nối cung cầu nông sản Sơn La năm 2019 (15/04/2019)
""", "2019-05-21", "Tập huấn bán nông sản qua sàn thương mại điện tử cho hợp tác xã",
E("tap_huan", "2019", "2019-05-19"),
[P("Cầm Ngọc Minh", "Phó Chủ tịch UBND tỉnh"),
 P("Lò Thị Hoa", "Giám đốc Hợp tác xã Nông nghiệp Cò Nòi"),
 P("Quàng Văn Phiêng", "Chủ tịch Hội Nông dân xã Chiềng Cọ"),
 P("Lường Thị Ánh", "Tổ trưởng tổ hợp tác trồng nhãn bản Hìn"),
 P("Vì Văn Tiến", "Phó Giám đốc Sở Công Thương")],
[Q("150 học viên", 150, "học viên"), Q("khoảng 90.000 tấn", 90000, "tấn", "approx"), Q("40.000 tấn", 40000, "tấn"),
 Q("50.000 tấn", 50000, "tấn"), Q("3.000", 3000, "đồng"), Q("4.000 đồng/kg", 4000, "đồng"),
 Q("trên 30%", 30, "%", "over"), Q("ít nhất 2 sản phẩm", 2, "sản phẩm", "over"),
 Q("2 tấn", 2, "tấn"), Q("10 tấn", 10, "tấn"), Q("28 hợp tác xã", 28, "hợp tác xã"), Q("46 sản phẩm", 46, "sản phẩm"),
 Q("3.500 tấn", 3500, "tấn"), Q("5 triệu đồng", 5000000, "đồng"), Q("4 lớp", 4, "lớp")],
[D("Kế hoạch", "65", "KH-UBND", "2019-03-15", None, "Kế hoạch số 65/KH-UBND ngày 15/3/2019"),
 D("Quyết định", "1588", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1588/QĐ-UBND của UBND tỉnh")],
[prov("Sơn La"), com("Chiềng Cọ"), com("Mường Chanh")],
["Cổng thông tin điện tử tỉnh Sơn La", "Trang chủ - Tin tức - Sự kiện - Kinh tế",
 "Học viên thực hành đưa sản phẩm xoài lên sàn thương mại điện tử.", "Ứng dụng thương mại điện tử trong tiêu thụ nông sản năm 2019",
 "Voso", "Postmart", "Cò Nòi", "Cục Thương mại điện tử và Kinh tế số"],
["21.05.2019 | 09:10", "2 ngày", "năm 2019", "Năm ngoái", "tháng 6"]))

PAGES.append(page("b7694-haiduong-vaithieu-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG
Trang chủ / Tin hoạt động / Công tác dân vận
Thứ Ba, 07/07/2020, 15:30
Báo cáo kết quả vận động tiêu thụ vải thiều năm 2020: Khối dân vận góp phần "giải bài toán" đầu ra
Ngày 06/7/2020, Ban Dân vận Tỉnh ủy Hải Dương có Báo cáo số 86-BC/BDVTU gửi Thường trực Tỉnh ủy về kết quả vận động, hỗ trợ tiêu thụ vải thiều năm 2020 trong bối cảnh dịch Covid-19.
Theo báo cáo, vụ vải năm 2020 toàn tỉnh có khoảng 9.000 ha, tập trung ở huyện Thanh Hà và thị xã Chí Linh, sản lượng đạt trên 56.000 tấn. Do ảnh hưởng của dịch bệnh, thương nhân nước ngoài không sang thu mua trực tiếp, giá vải đầu vụ chỉ 10.000 - 15.000 đồng/kg, có lúc vải lai chín sớm còn 8.000 đồng/kg.
Vải thiều Thanh Hà được đóng gói gửi đi các tỉnh. Ảnh: Thành Chung
Thực hiện Công văn số 1245-CV/TU ngày 20/5/2020 của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 22-HD/BDVTU chỉ đạo khối dân vận các cấp vận động cán bộ, đảng viên, đoàn viên, hội viên tham gia "Tuần lễ mua vải ủng hộ nông dân". Kết quả, các cơ quan, đơn vị trong tỉnh đã mua hơn 1.450 tấn vải; Ủy ban MTTQ Việt Nam tỉnh kết nối với Ủy ban MTTQ của 18 tỉnh, thành phố tiêu thụ khoảng 2.300 tấn; các đoàn thể giới thiệu 65 điểm bán vải tại Hà Nội, TP Hồ Chí Minh.
Đáng chú ý, Tỉnh đoàn phối hợp với Bưu điện tỉnh bán qua sàn Postmart, Voso được trên 420 tấn; 37 cơ sở sấy vải tại xã Thanh Quang, Thanh Xá được vận động hoạt động hết công suất, sấy khô khoảng 12.000 tấn vải tươi. Giá vải cuối vụ phục hồi lên 25.000 - 30.000 đồng/kg; bình quân mỗi ha vải cho thu nhập khoảng 180 triệu đồng.
Báo cáo cũng chỉ ra một số hạn chế: còn 15% số hộ chưa tham gia tổ hợp tác nên bán lẻ, bị ép giá; việc cấp mã số vùng trồng mới đạt 21 mã với 310 ha. Đồng chí Lê Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đề xuất Thường trực Tỉnh ủy chỉ đạo sớm xây dựng kế hoạch tiêu thụ vải năm 2021 ngay từ quý IV/2020, gắn với thực hiện Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa.
Trước đó, ngày 02/7, Ban Dân vận Huyện ủy Thanh Hà đã báo cáo nhanh: toàn huyện tiêu thụ hết sản lượng, trong đó 70% bán qua hợp tác xã và doanh nghiệp. Đồng chí Nguyễn Thị Ngọc Bích, HUV, Trưởng Ban Dân vận Huyện ủy Thanh Hà, cho biết huyện đã biểu dương 12 tập thể, 26 cá nhân có thành tích trong vận động tiêu thụ vải.
Ban Dân vận Tỉnh ủy
Tin khác
- Thanh Hà: tiêu thụ vải thiều qua thương mại điện tử (25/06/2020)
- Hội LHPN tỉnh mua vải ủng hộ hội viên (18/06/2020)
- Hội nghị xúc tiến tiêu thụ vải thiều Thanh Hà năm 2020 (28/05/2020)
""", "2020-07-07", "Báo cáo kết quả vận động tiêu thụ vải thiều năm 2020: Khối dân vận góp phần \"giải bài toán\" đầu ra",
E("bao_cao", "2020", "2020-07-06"),
[P("Lê Thị Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Ngọc Bích", "HUV", "Trưởng Ban Dân vận Huyện ủy Thanh Hà")],
[Q("khoảng 9.000 ha", 9000, "ha", "approx"), Q("trên 56.000 tấn", 56000, "tấn", "over"),
 Q("10.000", 10000, "đồng"), Q("15.000 đồng/kg", 15000, "đồng"), Q("8.000 đồng/kg", 8000, "đồng"),
 Q("hơn 1.450 tấn", 1450, "tấn", "over"), Q("18 tỉnh, thành phố", 18, "tỉnh, thành phố"), Q("khoảng 2.300 tấn", 2300, "tấn", "approx"),
 Q("65 điểm bán vải", 65, "điểm bán vải"), Q("trên 420 tấn", 420, "tấn", "over"), Q("37 cơ sở sấy vải", 37, "cơ sở sấy vải"),
 Q("khoảng 12.000 tấn", 12000, "tấn", "approx"), Q("25.000", 25000, "đồng"), Q("30.000 đồng/kg", 30000, "đồng"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("15%", 15, "%"), Q("21 mã", 21, "mã"), Q("310 ha", 310, "ha"),
 Q("70%", 70, "%"), Q("12 tập thể", 12, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Báo cáo", "86", "BC/BDVTU", "2020-07-06", "Ban Dân vận Tỉnh ủy Hải Dương", "Báo cáo số 86-BC/BDVTU"),
 D("Công văn", "1245", "CV/TU", "2020-05-20", "Ban Thường vụ Tỉnh ủy", "Công văn số 1245-CV/TU ngày 20/5/2020 của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "22", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 22-HD/BDVTU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh")],
[prov("Hải Dương"), prov("Hà Nội"), prov("Hồ Chí Minh"), com("Thanh Quang"), com("Thanh Xá")],
["BAN DÂN VẬN TỈNH ỦY HẢI DƯƠNG", "Trang chủ / Tin hoạt động / Công tác dân vận", "Vải thiều Thanh Hà được đóng gói gửi đi các tỉnh. Ảnh: Thành Chung",
 "Tuần lễ mua vải ủng hộ nông dân", "Postmart", "Voso", "Covid-19"],
["Thứ Ba, 07/07/2020, 15:30", "năm 2020", "năm 2021", "quý IV/2020", "Covid-19", "ngày 02/7"]))

PAGES.append(page("b7695-tiengiang-thanhlong-traoqua-2020", """
TRANG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH TIỀN GIANG
Trang chủ » Hoạt động các cấp Hội
Ngày 16/04/2020 | 09:15
Mua thanh long của nông dân, tặng tuyến đầu chống dịch
Hưởng ứng lời kêu gọi của Ủy ban MTTQ Việt Nam tỉnh, sáng 15/4, Hội Liên hiệp Phụ nữ tỉnh Tiền Giang phối hợp với Ban Dân vận Tỉnh ủy trao tặng 12 tấn thanh long cho các khu cách ly tập trung, bệnh viện và lực lượng tuyến đầu phòng, chống dịch Covid-19. Số thanh long này được mua trực tiếp của nông dân huyện Chợ Gạo với giá 8.000 đồng/kg, cao hơn giá thương lái thu mua khoảng 3.000 đồng/kg.
Bà Nguyễn Thị Kim Loan (bìa phải), Chủ tịch Hội LHPN tỉnh trao thanh long cho Bệnh viện Đa khoa trung tâm Tiền Giang.
Từ cuối tháng 3, do thị trường Trung Quốc đóng cửa, giá thanh long ruột đỏ tại vườn giảm còn 5.000 - 7.000 đồng/kg, thanh long ruột trắng chỉ 1.000 - 2.000 đồng/kg. Toàn huyện Chợ Gạo có khoảng 8.600 ha thanh long, hàng ngày còn tồn hàng trăm tấn trái chín trên cây.
Tham dự buổi trao tặng có đồng chí Trần Thị Bạch Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Văn Tưởng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Mỗi phần quà gồm 20 kg thanh long, 10 kg gạo và khẩu trang, nước rửa tay, trị giá khoảng 350.000 đồng; tổng cộng 420 phần quà đã được trao cho các đơn vị.
Cùng ngày, Hội LHPN tỉnh cũng vận động cán bộ, hội viên trong 9 huyện, thị, thành hội mua thanh long giúp nông dân, đến nay đã tiêu thụ được trên 35 tấn. Hội còn hỗ trợ 60 hội viên phụ nữ nghèo ở xã Quơn Long, Bình Phục Nhứt mở điểm bán thanh long online, mỗi điểm được tặng 1 cân điện tử và 500.000 đồng tiền vốn.
Chị Nguyễn Thị Hồng Nhung, Chi hội trưởng phụ nữ ấp Bình Hòa Đông, xã Bình Phục Nhứt, cho biết: "Nhờ Hội kết nối, gia đình tôi bán được 3 tấn thanh long, vừa đủ trả tiền phân bón đã mua thiếu".
Theo đồng chí Trần Thị Bạch Mai, việc mua nông sản tặng lực lượng tuyến đầu vừa chia sẻ khó khăn với người trồng thanh long, vừa động viên các y, bác sĩ, chiến sĩ đang làm nhiệm vụ. Ban Dân vận Tỉnh ủy đề nghị các cơ quan, đoàn thể tiếp tục thực hiện Công văn số 215-CV/BDVTU ngày 02/4/2020 về vận động hỗ trợ tiêu thụ nông sản trong mùa dịch, ưu tiên mua trực tiếp của hộ nghèo, hộ cận nghèo. Các cấp Hội cũng được đề nghị hướng dẫn hội viên giữ khoảng cách, đeo khẩu trang khi thu hoạch, đóng gói thanh long.
Kim Ngân
Tin liên quan
- Chợ Gạo: nông dân trồng thanh long gặp khó vì dịch Covid-19 (02/04/2020)
- Hội LHPN tỉnh trao 500 phần quà cho phụ nữ nghèo (25/03/2020)
- Phụ nữ Gò Công chung tay phòng, chống dịch (18/03/2020)
""", "2020-04-16", "Mua thanh long của nông dân, tặng tuyến đầu chống dịch",
E("trao_qua", None, "2020-04-15"),
[P("Nguyễn Thị Kim Loan", "Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Bạch Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tưởng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hồng Nhung", "Chi hội trưởng phụ nữ ấp Bình Hòa Đông")],
[Q("12 tấn", 12, "tấn"), Q("8.000 đồng/kg", 8000, "đồng"), Q("khoảng 3.000 đồng/kg", 3000, "đồng", "approx"),
 Q("5.000", 5000, "đồng"), Q("7.000 đồng/kg", 7000, "đồng"), Q("1.000", 1000, "đồng"), Q("2.000 đồng/kg", 2000, "đồng"),
 Q("khoảng 8.600 ha", 8600, "ha", "approx"), Q("20 kg", 20, "kg"), Q("10 kg", 10, "kg"),
 Q("khoảng 350.000 đồng", 350000, "đồng", "approx"), Q("420 phần quà", 420, "phần quà"),
 Q("9 huyện, thị, thành hội", 9, "huyện, thị, thành hội"), Q("trên 35 tấn", 35, "tấn", "over"),
 Q("60 hội viên phụ nữ nghèo", 60, "hội viên phụ nữ nghèo"), Q("500.000 đồng", 500000, "đồng"), Q("3 tấn", 3, "tấn")],
[D("Công văn", "215", "CV/BDVTU", "2020-04-02", "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU ngày 02/4/2020")],
[prov("Tiền Giang"), com("Quơn Long"), com("Bình Phục Nhứt")],
["TRANG THÔNG TIN ĐIỆN TỬ HỘI LIÊN HIỆP PHỤ NỮ TỈNH TIỀN GIANG", "Trang chủ » Hoạt động các cấp Hội",
 "Bà Nguyễn Thị Kim Loan (bìa phải), Chủ tịch Hội LHPN tỉnh trao thanh long cho Bệnh viện Đa khoa trung tâm Tiền Giang.",
 "Bệnh viện Đa khoa trung tâm Tiền Giang", "Covid-19", "Bình Hòa Đông"],
["Ngày 16/04/2020 | 09:15", "1 cân điện tử", "cuối tháng 3", "Covid-19"]))

PAGES.append(page("b7696-cantho-nongsan-hoinghi-2021", """
Báo Cần Thơ Online
Kinh tế | Nông nghiệp - Nông thôn
Cập nhật: 10:05, 26/08/2021 (GMT+7)
Kết nối cung cầu, "giải cứu" nông sản trong thời gian giãn cách
Trong hội nghị trực tuyến kết nối cung cầu hàng hóa nông sản do Sở Công Thương thành phố Cần Thơ tổ chức chiều 25/8, các doanh nghiệp, hợp tác xã đã ký kết 46 biên bản ghi nhớ, hợp đồng tiêu thụ với tổng sản lượng gần 9.800 tấn lúa, gạo, trái cây, rau củ và thủy sản.
Các điểm cầu tham dự hội nghị trực tuyến. Ảnh: Ánh Nguyệt
Hội nghị được kết nối tới 9 điểm cầu quận, huyện và 20 điểm cầu của các tỉnh, thành phố vùng Đồng bằng sông Cửu Long, TP Hồ Chí Minh, Hà Nội, với khoảng 350 đại biểu. Ông Dương Tấn Hiển, Phó Chủ tịch Thường trực UBND thành phố, chủ trì hội nghị.
Theo Sở Nông nghiệp và Phát triển nông thôn, do thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, việc vận chuyển, tiêu thụ nông sản gặp nhiều khó khăn. Hiện trên địa bàn thành phố còn khoảng 4.200 tấn trái cây (chủ yếu là mít Thái, xoài, bưởi), 1.500 tấn rau màu và gần 3.000 tấn cá tra cần tiêu thụ trong tháng 9. Giá mít Thái tại vườn chỉ còn 3.000 - 5.000 đồng/kg, giảm 70-80% so với cùng kỳ.
Để hỗ trợ nông dân, thành phố đã cấp 5.200 giấy nhận diện phương tiện "luồng xanh" vận chuyển nông sản; thành lập 14 tổ công tác tiêu thụ nông sản tại các quận, huyện. Ủy ban MTTQ Việt Nam thành phố và các đoàn thể đã mua và vận động mua hơn 650 tấn nông sản để trao tặng người dân khó khăn trong khu phong tỏa.
Tại điểm cầu huyện Phong Điền, ông Nguyễn Văn Bé Năm, Giám đốc Hợp tác xã Trái cây Mỹ Khánh, cho biết hợp tác xã có 52 thành viên, đang tồn khoảng 80 tấn bưởi, chôm chôm. Bà Trần Thị Mỹ Hạnh, Phó Chủ tịch Hội Nông dân thành phố, đề nghị các doanh nghiệp ưu tiên thu mua qua các tổ hội nông dân nghề nghiệp để nông dân không bị ép giá.
Kết luận hội nghị, ông Dương Tấn Hiển yêu cầu các ngành thực hiện nghiêm Công điện của Thủ tướng Chính phủ về bảo đảm lưu thông hàng hóa và Kế hoạch số 162/KH-UBND ngày 10/8/2021 của UBND thành phố về tiêu thụ nông sản trong tình hình dịch Covid-19; các quận, huyện phải cập nhật sản lượng tồn hàng ngày, không để nông sản hư hỏng ngoài đồng, trong vườn. Các tổ chức tín dụng được đề nghị giảm 0,5 - 1% lãi suất cho vay đối với doanh nghiệp thu mua, chế biến nông sản.
Ánh Nguyệt
Tin liên quan
- Phong Điền: nông dân lo lắng vì trái cây tồn đọng (20/08/2021)
- Cần Thơ cấp "luồng xanh" cho phương tiện chở nông sản (15/08/2021)
- Hội LHPN thành phố trao 2.000 phần quà cho người dân khu phong tỏa (10/08/2021)
""", "2021-08-26", "Kết nối cung cầu, \"giải cứu\" nông sản trong thời gian giãn cách",
E("hoi_nghi", None, "2021-08-25"),
[P("Dương Tấn Hiển", "Phó Chủ tịch Thường trực UBND thành phố"),
 P("Nguyễn Văn Bé Năm", "Giám đốc Hợp tác xã Trái cây Mỹ Khánh"),
 P("Trần Thị Mỹ Hạnh", "Phó Chủ tịch Hội Nông dân thành phố")],
[Q("46 biên bản ghi nhớ, hợp đồng tiêu thụ", 46, "biên bản ghi nhớ, hợp đồng tiêu thụ"), Q("gần 9.800 tấn", 9800, "tấn", "approx"),
 Q("9 điểm cầu quận, huyện", 9, "điểm cầu quận, huyện"), Q("20 điểm cầu", 20, "điểm cầu"), Q("khoảng 350 đại biểu", 350, "đại biểu", "approx"),
 Q("khoảng 4.200 tấn", 4200, "tấn", "approx"), Q("1.500 tấn", 1500, "tấn"), Q("gần 3.000 tấn", 3000, "tấn", "approx"),
 Q("3.000 -", 3000, "đồng"), Q("5.000 đồng/kg", 5000, "đồng"), Q("70", 70, "%"), Q("80%", 80, "%"),
 Q("5.200 giấy nhận diện phương tiện", 5200, "giấy nhận diện phương tiện"), Q("14 tổ công tác tiêu thụ nông sản", 14, "tổ công tác tiêu thụ nông sản"),
 Q("hơn 650 tấn", 650, "tấn", "over"), Q("52 thành viên", 52, "thành viên"), Q("khoảng 80 tấn", 80, "tấn", "approx"),
 Q("0,5", 0.5, "%"), Q("1% lãi suất", 1, "%")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "162", "KH-UBND", "2021-08-10", "UBND thành phố", "Kế hoạch số 162/KH-UBND ngày 10/8/2021 của UBND thành phố")],
[prov("Cần Thơ"), prov("Hồ Chí Minh"), prov("Hà Nội")],
["Báo Cần Thơ Online", "Kinh tế | Nông nghiệp - Nông thôn", "Các điểm cầu tham dự hội nghị trực tuyến. Ảnh: Ánh Nguyệt",
 "luồng xanh", "Covid-19", "Mỹ Khánh"],
["Cập nhật: 10:05, 26/08/2021 (GMT+7)", "tháng 9", "Covid-19"]))
