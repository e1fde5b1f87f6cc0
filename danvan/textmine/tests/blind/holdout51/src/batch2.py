from lib import *
PAGES = []

PAGES.append(page("b1187-haugiang-bdv-soket-6thang-2017", """
BAN DÂN VẬN TỈNH ỦY HẬU GIANG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin hoạt động / Dân vận khéo
14/07/2017 - 10:05
Ảnh: Quang cảnh hội nghị.
Hậu Giang có 1.126 mô hình "Dân vận khéo"
Ngày 13/7, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Ngọc Hân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Nguyễn Văn Be, Huỳnh Thị Diệu - Phó Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho biết, 6 tháng qua khối dân vận các cấp đã tham mưu cấp ủy triển khai Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về tăng cường công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới và Kế hoạch số 95-KH/TU của Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo" giai đoạn 2017 - 2020. Ban Dân vận Tỉnh ủy phối hợp Ban cán sự đảng UBND tỉnh tham mưu Tỉnh ủy ban hành Nghị quyết chuyên đề số 08-NQ/TU về nâng cao hiệu quả công tác dân vận chính quyền.
Đến nay, toàn tỉnh có 1.126 mô hình "Dân vận khéo", trong đó 214 mô hình trên lĩnh vực kinh tế, 389 mô hình về văn hóa - xã hội, 97 mô hình về quốc phòng - an ninh và 426 mô hình về xây dựng hệ thống chính trị. Các mô hình đã góp phần vận động nhân dân hiến trên 31.000 m2 đất, đóng góp hơn 7,8 tỷ đồng làm 87 km đường và 64 cây cầu; hỗ trợ xây dựng 48 căn nhà đại đoàn kết với tổng kinh phí 2,4 tỷ đồng.
Công tác dân vận chính quyền có chuyển biến: các sở, ngành và UBND cấp huyện đã tổ chức 73 cuộc đối thoại với nhân dân; tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn đạt 98,2%. Tuy nhiên, vẫn còn 31 đồng chí là cán bộ, công chức cấp xã bị nhắc nhở do thái độ chưa đúng mực khi tiếp dân.
Tham luận tại hội nghị, bà Thạch Thị Kim Sen, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, giới thiệu mô hình "Sóc, ấp không có người nghèo" ở xã Phương Bình, huyện Phụng Hiệp. Ông Võ Minh Tâm, HUV, Trưởng Ban Dân vận Huyện ủy Long Mỹ, cho biết huyện vận động thành công 112 hộ bàn giao mặt bằng xây dựng tuyến đường nối Quốc lộ 61.
Kết luận hội nghị, đồng chí Lê Thị Ngọc Hân đề nghị 6 tháng cuối năm tập trung tổng kết 20 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; nâng chất các mô hình "Dân vận khéo", tránh chạy theo số lượng; chủ động nắm tình hình, tham mưu giải quyết các vụ việc tranh chấp đất đai ở vùng đồng bào Khmer. Trưởng ban Lê Thị Ngọc Hân cũng đề nghị các huyện chuẩn bị tốt hội thi "Dân vận khéo" cấp tỉnh.
Hoàng Yến
Số lượt xem: 928
Tin liên quan
- Vị Thanh: ra mắt mô hình "Chính quyền thân thiện" (05/07/2017)
- Ngã Bảy sơ kết công tác dân vận chính quyền (29/06/2017)
- Châu Thành A hỗ trợ 20 căn nhà đại đoàn kết (20/06/2017)
- Hội thi báo cáo viên giỏi khối dân vận năm 2017 (08/06/2017)
""", "2017-07-14", "Hậu Giang có 1.126 mô hình \"Dân vận khéo\"",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Lê Thị Ngọc Hân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
 P("Nguyễn Văn Be", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Diệu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Kim Sen", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Tâm", "HUV", "Trưởng Ban Dân vận Huyện ủy Long Mỹ")],
[Q("1.126 mô hình", 1126, "mô hình"), Q("214 mô hình", 214, "mô hình"), Q("389 mô hình", 389, "mô hình"),
 Q("97 mô hình", 97, "mô hình"), Q("426 mô hình", 426, "mô hình"), Q("trên 31.000 m2", 31000, "m2", "over"),
 Q("hơn 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("87 km", 87, "km"), Q("64 cây cầu", 64, "cây cầu"),
 Q("48 căn nhà đại đoàn kết", 48, "căn nhà đại đoàn kết"), Q("2,4 tỷ đồng", 2400000000, "đồng"),
 Q("73 cuộc đối thoại", 73, "cuộc đối thoại"), Q("98,2%", 98.2, "%"), Q("31 đồng chí", 31, "đồng chí"),
 Q("112 hộ", 112, "hộ")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "95", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 95-KH/TU của Tỉnh ủy"),
 D("Nghị quyết", "08", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết chuyên đề số 08-NQ/TU"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW của Bộ Chính trị")],
[prov("Hậu Giang"), com("Phương Bình")],
["BAN DÂN VẬN TỈNH ỦY HẬU GIANG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Tin hoạt động / Dân vận khéo",
 "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo", "Sóc, ấp không có người nghèo", "Quy chế dân chủ ở cơ sở", "Số lượt xem: 928"],
["14/07/2017 - 10:05", "6 tháng đầu năm 2017", "6 tháng cuối năm", "giai đoạn 2017 - 2020", "31 đồng chí", "20 năm",
 "Quốc lộ 61", "Số lượt xem: 928"]))

PAGES.append(page("b1188-angiang-chomoi-doithoai-nongdan-2017", """
Báo An Giang Online
Chính trị > Dân vận
Thứ Sáu, 06/10/2017 - 07:20
Chủ tịch UBND huyện Chợ Mới đối thoại với nông dân
Ngày 5/10, Hội Nông dân huyện Chợ Mới phối hợp UBND huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2017. Gần 300 hội viên nông dân đại diện cho 18 xã, thị trấn trong huyện tham dự.
Ông Nguyễn Thanh Bình, Chủ tịch UBND huyện Chợ Mới (đứng) trả lời ý kiến của nông dân.
Chủ trì đối thoại có ông Nguyễn Thanh Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Lê Thị Kim Phụng, HUV, Chủ tịch Hội Nông dân huyện. Đây là hoạt động thực hiện Quy chế phối hợp số 01/QCPH-UBND-HND giữa UBND huyện và Hội Nông dân huyện, cũng là một nội dung của phong trào thi đua "Dân vận khéo" trong khối chính quyền.
Tại buổi đối thoại, nông dân nêu 27 ý kiến, tập trung vào giá lúa, tình trạng sạt lở bờ sông, vốn vay và hạ tầng thủy lợi. Ông Lê Văn Tám, ở ấp Mỹ Hòa, xã Mỹ Hội Đông, hỏi về chính sách di dời các hộ trong vùng sạt lở. Ông Nguyễn Thanh Bình cho biết huyện đã bố trí 3 cụm, tuyến dân cư để di dời 142 hộ dân vùng sạt lở; mỗi hộ di dời được hỗ trợ 20 triệu đồng và được vay thêm vốn ưu đãi để cất nhà theo Quyết định số 1004/QĐ-UBND của UBND tỉnh.
Bà Huỳnh Thị Mai (xã Kiến An) phản ánh nhiều hộ muốn vay vốn làm vườn cây ăn trái nhưng ngân hàng yêu cầu tài sản thế chấp. Trả lời vấn đề này, ông Trần Minh Tuấn, Giám đốc Phòng giao dịch Ngân hàng Nông nghiệp và Phát triển nông thôn huyện, giải thích theo Nghị định số 55/2015/NĐ-CP của Chính phủ, cá nhân, hộ gia đình cư trú ở nông thôn được vay tối đa 50 triệu đồng không phải bảo đảm bằng tài sản; hội viên có thể liên hệ tổ vay vốn của Hội Nông dân để được hướng dẫn.
Nhiều ý kiến đề nghị nạo vét kênh Ông Chưởng, sửa đường nội đồng ở xã Long Điền A; đề nghị có giải pháp ổn định đầu ra cho nông sản. Lãnh đạo các phòng Nông nghiệp và Phát triển nông thôn, Tài nguyên và Môi trường đã trả lời trực tiếp 19 ý kiến; 8 ý kiến còn lại được ghi nhận, giao cơ quan chuyên môn trả lời bằng văn bản trong 15 ngày.
Phát biểu kết thúc, Chủ tịch UBND huyện Chợ Mới Nguyễn Thanh Bình cam kết sẽ tổ chức đối thoại định kỳ 2 lần/năm; yêu cầu các xã công khai danh sách hộ được hỗ trợ di dời, không để người dân phải đi lại nhiều lần. Năm 2017, Hội Nông dân huyện đã phối hợp giải ngân trên 86 tỷ đồng vốn vay cho 2.450 hộ hội viên phát triển sản xuất.
Bài, ảnh: Thanh Hùng
Lượt xem: 1.207
Tin khác
- Tân Châu: đối thoại với người dân về giải phóng mặt bằng (28/09/2017)
- Hội Nông dân tỉnh tập huấn kỹ năng vận động hội viên (20/09/2017)
- Thoại Sơn ra mắt mô hình "Tổ nông dân tự quản" (12/09/2017)
- An Phú chăm lo đồng bào Chăm dịp lễ Ramadan (01/06/2017)
""", "2017-10-06", "Chủ tịch UBND huyện Chợ Mới đối thoại với nông dân",
E("doi_thoai", "2017", "2017-10-05"),
[P("Nguyễn Thanh Bình", "Chủ tịch UBND huyện Chợ Mới", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Thị Kim Phụng", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Lê Văn Tám"),
 P("Huỳnh Thị Mai"),
 P("Trần Minh Tuấn", "Giám đốc Phòng giao dịch Ngân hàng Nông nghiệp và Phát triển nông thôn huyện")],
[Q("Gần 300 hội viên nông dân", 300, "hội viên nông dân", "approx"), Q("18 xã, thị trấn", 18, "xã, thị trấn"),
 Q("27 ý kiến", 27, "ý kiến"), Q("3 cụm, tuyến dân cư", 3, "cụm, tuyến dân cư"),
 Q("142 hộ dân", 142, "hộ dân"), Q("20 triệu đồng", 20000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("2.450 hộ hội viên", 2450, "hộ hội viên")],
[D("Quy chế phối hợp", "01", "QCPH-UBND-HND", None, None, "Quy chế phối hợp số 01/QCPH-UBND-HND"),
 D("Quyết định", "1004", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1004/QĐ-UBND của UBND tỉnh"),
 D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 55/2015/NĐ-CP của Chính phủ")],
[prov("An Giang"), com("Mỹ Hội Đông"), com("Kiến An"), com("Long Điền A")],
["Báo An Giang Online", "Chính trị > Dân vận", "Ông Nguyễn Thanh Bình, Chủ tịch UBND huyện Chợ Mới (đứng) trả lời ý kiến của nông dân.",
 "Dân vận khéo", "Lượt xem: 1.207"],
["Thứ Sáu, 06/10/2017 - 07:20", "năm 2017", "15 ngày", "2 lần/năm", "Năm 2017", "Lượt xem: 1.207"]))

PAGES.append(page("b1189-baclieu-bdv-traoqua-khmer-2018", """
BÁO BẠC LIÊU ĐIỆN TỬ
Trang chủ :: Chính trị :: Dân tộc - Tôn giáo
Cập nhật: 14:10, 31/01/2018 (GMT+7)
Trao 200 phần quà Tết cho hộ nghèo đồng bào Khmer
(BL) - Ngày 30/1, Ban Dân vận Tỉnh ủy Bạc Liêu phối hợp Ban Dân tộc tỉnh và Ủy ban MTTQ Việt Nam huyện Vĩnh Lợi trao 200 phần quà Tết cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại xã Hưng Hội và xã Châu Hưng A. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm.
Đồng chí Trần Thị Thúy Kiều trao quà cho hộ nghèo xã Hưng Hội.
Tham dự và trao quà có đồng chí Trần Thị Thúy Kiều, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lý Văn Hùng, Phó Trưởng ban Ban Dân tộc tỉnh; Đại đức Lý Sa Ruôn, trụ trì chùa Sóc Ớt cùng đại diện lãnh đạo Huyện ủy, UBND huyện Vĩnh Lợi.
Hoạt động nằm trong Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy về chăm lo Tết Nguyên đán Mậu Tuất 2018 cho đồng bào dân tộc thiểu số, gia đình chính sách. Nguồn kinh phí 100 triệu đồng do các doanh nghiệp, nhà hảo tâm đóng góp thông qua Quỹ "Vì người nghèo" của tỉnh.
Dịp này, đoàn cũng bàn giao 3 căn nhà đại đoàn kết cho hộ nghèo Khmer ở ấp Cù Lao, xã Hưng Hội; mỗi căn trị giá 40 triệu đồng. Bà Thạch Thị Sa Quênh, một trong những hộ nhận nhà, xúc động: "Mấy chục năm ở nhà lá dột, năm nay gia đình tôi được ăn Tết trong nhà mới".
Phát biểu tại buổi trao quà, đồng chí Trần Thị Thúy Kiều cho biết, thực hiện Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư (khóa VI) về công tác ở vùng đồng bào dân tộc Khmer, thời gian qua cấp ủy, chính quyền tỉnh luôn quan tâm chăm lo đời sống đồng bào. Năm 2017, toàn tỉnh giảm 1.124 hộ nghèo Khmer; tỷ lệ hộ nghèo trong đồng bào Khmer còn 8,6%. Đồng chí mong bà con tiếp tục đoàn kết, làm theo lời các vị sư sãi, chấp hành tốt chủ trương của Đảng, pháp luật của Nhà nước.
Thay mặt các hộ nhận quà, ông Danh Thol, người có uy tín ấp Cù Lao, cảm ơn sự quan tâm của Tỉnh ủy và các ngành. Đại đức Lý Sa Ruôn cũng đề nghị chính quyền địa phương tiếp tục hỗ trợ các điểm chùa mở lớp dạy chữ Khmer cho con em đồng bào trong dịp hè.
Trong đợt cao điểm chăm lo Tết năm nay, toàn tỉnh Bạc Liêu dự kiến trao trên 45.000 phần quà cho hộ nghèo, gia đình chính sách và người lao động khó khăn, với tổng trị giá khoảng 22 tỷ đồng. Trước Tết, Ban Dân vận Tỉnh ủy sẽ tiếp tục trao quà tại các huyện Hòa Bình, Phước Long và thị xã Giá Rai; đồng thời phối hợp các ngành thăm, chúc Tết các chùa Khmer, các vị sư sãi, người có uy tín trong đồng bào.
Tin, ảnh: Hồng Nhung
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh trao 1.500 phần quà Tết vì người nghèo (26/01/2018)
- Gặp mặt chức sắc tôn giáo nhân dịp Tết (23/01/2018)
- Phước Long: ra mắt mô hình "Dân vận khéo" trong đồng bào Khmer (10/01/2018)
- Hội nghị tổng kết công tác dân vận năm 2017 (05/01/2018)
""", "2018-01-31", "Trao 200 phần quà Tết cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2018-01-30"),
[P("Trần Thị Thúy Kiều", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Hùng", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Lý Sa Ruôn", "Đại đức", "trụ trì chùa Sóc Ớt"),
 P("Thạch Thị Sa Quênh"),
 P("Danh Thol", "người có uy tín ấp Cù Lao")],
[Q("200 phần quà", 200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("3 căn nhà đại đoàn kết", 3, "căn nhà đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("1.124 hộ nghèo Khmer", 1124, "hộ nghèo Khmer"), Q("8,6%", 8.6, "%"),
 Q("trên 45.000 phần quà", 45000, "phần quà", "over"), Q("khoảng 22 tỷ đồng", 22000000000, "đồng", "approx")],
[D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị số 68-CT/TW ngày 18/4/1991 của Ban Bí thư")],
[prov("Bạc Liêu"), com("Hưng Hội"), com("Châu Hưng A")],
["BÁO BẠC LIÊU ĐIỆN TỬ", "Trang chủ :: Chính trị :: Dân tộc - Tôn giáo", "(BL)",
 "Đồng chí Trần Thị Thúy Kiều trao quà cho hộ nghèo xã Hưng Hội.", "Vì người nghèo", "Tết Nguyên đán Mậu Tuất"],
["Cập nhật: 14:10, 31/01/2018 (GMT+7)", "Mậu Tuất 2018", "khóa VI", "Mấy chục năm", "Năm 2017"]))

PAGES.append(page("b1190-vinhlong-bdv-tongket-2019", """
Hôm nay: Thứ Bảy, 28/12/2019
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ - Hoạt động của Ban - Tin tức
Cập nhật: 16:20 26/12/2019
Biểu dương 50 điển hình "Dân vận khéo" năm 2019
Sáng 25/12, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020 và biểu dương điển hình "Dân vận khéo". Hội nghị được tổ chức trực tuyến từ điểm cầu Tỉnh ủy đến 8 điểm cầu huyện, thị xã, thành phố với trên 600 đại biểu tham dự.
Đồng chí Phạm Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo hội nghị.
Dự hội nghị có đồng chí Phạm Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Đặng Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lữ Quang Trí, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh.
Năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy ban hành Kế hoạch thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 16, 17-CT/TU về công tác dân vận chính quyền và về vận động đồng bào Khmer. Người đứng đầu cấp ủy các cấp đã tổ chức 412 cuộc tiếp dân, đối thoại với trên 9.700 lượt người; 96,4% kiến nghị được xem xét, giải quyết.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa: trong năm có 457 mô hình, điển hình được công nhận, nâng tổng số toàn tỉnh lên 2.381 mô hình. Nhân dân đóng góp trên 126 tỷ đồng, hiến 182.000 m2 đất xây dựng nông thôn mới; toàn tỉnh có thêm 9 xã đạt chuẩn nông thôn mới, 4 xã nông thôn mới nâng cao.
Tại hội nghị, đồng chí Nguyễn Thị Kim Yến, Bí thư Đảng ủy xã Tân Quới Trung, huyện Vũng Liêm, chia sẻ kinh nghiệm vận động nhân dân hiến đất mở rộng 14 tuyến đường liên ấp. Ông Thạch Sô Phol, Trưởng Ban Dân vận Huyện ủy Trà Ôn, trình bày mô hình "Chùa Khmer - điểm tựa dân vận" ở xã Trà Côn.
Phát biểu chỉ đạo, đồng chí Phạm Minh Tâm đề nghị năm 2020 khối dân vận tập trung tuyên truyền, vận động nhân dân tham gia đại hội đảng bộ các cấp, góp ý dự thảo văn kiện; thực hiện Nghị quyết số 04-NQ/TU của Tỉnh ủy về đẩy mạnh công tác dân vận chính quyền; chủ động ứng phó hạn mặn mùa khô 2019 - 2020.
Dịp này, UBND tỉnh ban hành Quyết định số 2164/QĐ-UBND ngày 20/12/2019 tặng bằng khen cho 50 điển hình "Dân vận khéo", mỗi điển hình được thưởng 1,5 triệu đồng; Ban Dân vận Tỉnh ủy tặng giấy khen cho 23 tập thể, 35 cá nhân.
Thu Trang
Lượt xem: 754
TIN CÙNG CHUYÊN MỤC
- Long Hồ sơ kết 5 năm phong trào dân vận khéo (18/12/2019)
- Gặp mặt người có uy tín trong đồng bào Khmer (10/12/2019)
- Tam Bình: tiếp xúc, đối thoại với đoàn viên, hội viên (27/11/2019)
- Bình Minh ra mắt tổ tự quản đường hoa (15/11/2019)
""", "2019-12-26", "Biểu dương 50 điển hình \"Dân vận khéo\" năm 2019",
E("tong_ket", "2019", "2019-12-25"),
[P("Phạm Minh Tâm", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Đặng Văn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Quang Trí", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Kim Yến", "Bí thư Đảng ủy xã Tân Quới Trung"),
 P("Thạch Sô Phol", "Trưởng Ban Dân vận Huyện ủy Trà Ôn")],
[Q("8 điểm cầu huyện, thị xã, thành phố", 8, "điểm cầu huyện, thị xã, thành phố"), Q("trên 600 đại biểu", 600, "đại biểu", "over"),
 Q("412 cuộc tiếp dân, đối thoại", 412, "cuộc tiếp dân, đối thoại"), Q("trên 9.700 lượt người", 9700, "lượt người", "over"),
 Q("96,4%", 96.4, "%"), Q("457 mô hình, điển hình", 457, "mô hình, điển hình"), Q("2.381 mô hình", 2381, "mô hình"),
 Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"), Q("182.000 m2", 182000, "m2"),
 Q("9 xã", 9, "xã"), Q("4 xã nông thôn mới nâng cao", 4, "xã nông thôn mới nâng cao"), Q("14 tuyến đường liên ấp", 14, "tuyến đường liên ấp"),
 Q("50 điển hình", 50, "điển hình"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("23 tập thể", 23, "tập thể"), Q("35 cá nhân", 35, "cá nhân")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 04-NQ/TU của Tỉnh ủy"),
 D("Quyết định", "2164", "QĐ-UBND", "2019-12-20", "UBND tỉnh", "Quyết định số 2164/QĐ-UBND ngày 20/12/2019")],
[prov("Vĩnh Long"), com("Tân Quới Trung"), com("Trà Côn")],
["Hôm nay: Thứ Bảy, 28/12/2019", "BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ - Hoạt động của Ban - Tin tức",
 "Đồng chí Phạm Minh Tâm, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu chỉ đạo hội nghị.",
 "Dân vận khéo", "Chùa Khmer - điểm tựa dân vận", "Lượt xem: 754"],
["Hôm nay: Thứ Bảy, 28/12/2019", "Cập nhật: 16:20 26/12/2019", "năm 2019", "năm 2020", "mùa khô 2019 - 2020", "Lượt xem: 754"]))

PAGES.append(page("b1191-kiengiang-gapmat-nguoicouytin-2020", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang
Bạn đang ở: Trang chủ > Công tác dân tộc - tôn giáo
Thứ Sáu, 16/10/2020 - 08:40
Ảnh: Các đại biểu chụp ảnh lưu niệm.
Gặp mặt người có uy tín trong đồng bào Khmer
Ngày 15/10/2020, tại thành phố Rạch Giá, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt người có uy tín trong đồng bào dân tộc Khmer năm 2020. Tham dự có 180 người có uy tín, sư sãi, chức sắc, chức việc đến từ 12 huyện, thành phố.
Dự hội nghị có các đồng chí: Nguyễn Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Danh Út Ơn, Trưởng Ban Dân tộc tỉnh; cùng Hòa thượng Danh Nhuận, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.
Theo báo cáo, thực hiện Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, năm 2020 toàn tỉnh có 462 người có uy tín được công nhận. Người có uy tín đã tham gia hòa giải thành 87 vụ việc mâu thuẫn, vận động 1.350 hộ đồng bào Khmer tham gia phòng, chống dịch Covid-19, hiến 12.600 m2 đất làm đường giao thông nông thôn. Tỉnh đã cấp 462 tờ báo Dân tộc và Phát triển, thăm hỏi 38 người có uy tín ốm đau với tổng kinh phí trên 1,1 tỷ đồng.
Nhiều người có uy tín là nòng cốt trong các mô hình "Dân vận khéo" ở vùng đồng bào Khmer. Ông Danh Hên, người có uy tín ấp Xà Xiêm, xã Bàn Tân Định, huyện Giồng Riềng, kể lại cách vận động 23 hộ tháo dỡ hàng rào mở rộng đường: "Mình giải thích bằng tiếng Khmer, mời các vị sư cùng nói, bà con hiểu thì làm ngay". Bà Thị Sa Ri, người có uy tín ấp Ngã Tư, xã Vĩnh Hòa Hưng Bắc, đề nghị tăng mức hỗ trợ lớp dạy chữ Khmer trong chùa.
Ghi nhận ý kiến, đồng chí Nguyễn Thanh Nhàn cho biết năm 2021 tỉnh sẽ tiếp tục thực hiện Chương trình hành động số 42-CTr/TU của Tỉnh ủy về công tác dân tộc và Kế hoạch số 134-KH/BDVTU của Ban Dân vận Tỉnh ủy về nhân rộng mô hình "Dân vận khéo" trong đồng bào dân tộc thiểu số giai đoạn 2020 - 2025.
Kết thúc hội nghị, Ban Dân vận Tỉnh ủy tặng giấy khen cho 25 người có uy tín tiêu biểu; mỗi đại biểu dự hội nghị được tặng quà trị giá 500.000 đồng. Hội nghị đảm bảo các biện pháp phòng, chống dịch theo hướng dẫn của ngành y tế.
Kim Ngân
Lượt truy cập: 412
Tin liên quan
- Hòn Đất ra mắt mô hình "Sóc Khmer đoàn kết, giúp nhau phát triển" (06/10/2020)
- Ban Dân vận Tỉnh ủy thăm, chúc mừng lễ Sene Dolta (14/09/2020)
- Giao ban khối dân vận quý III năm 2020 (25/09/2020)
- U Minh Thượng sơ kết công tác dân vận chính quyền (02/09/2020)
""", "2020-10-16", "Gặp mặt người có uy tín trong đồng bào Khmer",
E("hoi_nghi", "2020", "2020-10-15"),
[P("Nguyễn Thanh Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út Ơn", "Trưởng Ban Dân tộc tỉnh"),
 P("Danh Nhuận", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Danh Hên", "người có uy tín ấp Xà Xiêm"),
 P("Thị Sa Ri", "người có uy tín ấp Ngã Tư")],
[Q("180 người có uy tín, sư sãi, chức sắc, chức việc", 180, "người có uy tín, sư sãi, chức sắc, chức việc"),
 Q("12 huyện, thành phố", 12, "huyện, thành phố"), Q("462 người có uy tín", 462, "người có uy tín"),
 Q("87 vụ việc mâu thuẫn", 87, "vụ việc mâu thuẫn"), Q("1.350 hộ đồng bào Khmer", 1350, "hộ đồng bào Khmer"),
 Q("12.600 m2", 12600, "m2"), Q("462 tờ báo Dân tộc và Phát triển", 462, "tờ báo Dân tộc và Phát triển"),
 Q("38 người có uy tín", 38, "người có uy tín"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("23 hộ", 23, "hộ"), Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ"),
 D("Chương trình hành động", "42", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 42-CTr/TU của Tỉnh ủy"),
 D("Kế hoạch", "134", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 134-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Kiên Giang"), com("Bàn Tân Định"), com("Vĩnh Hòa Hưng Bắc")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang", "Bạn đang ở: Trang chủ > Công tác dân tộc - tôn giáo",
 "Ảnh: Các đại biểu chụp ảnh lưu niệm.", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Dân tộc và Phát triển",
 "Lượt truy cập: 412"],
["Thứ Sáu, 16/10/2020 - 08:40", "năm 2020", "Covid-19", "năm 2021", "giai đoạn 2020 - 2025", "Lượt truy cập: 412"]))

PAGES.append(page("b1192-tayninh-ubnd-baocao-dvcq-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Trang chủ / Tin tức - Sự kiện / Chỉ đạo điều hành
Thứ Ba, 29/12/2020 - 15:25
Công tác dân vận chính quyền năm 2020: nhiều chuyển biến trong phục vụ nhân dân
Ngày 28/12/2020, UBND tỉnh Tây Ninh ban hành Báo cáo số 412/BC-UBND về kết quả thực hiện công tác dân vận chính quyền năm 2020 và phương hướng, nhiệm vụ năm 2021. Báo cáo do Ban Chỉ đạo công tác dân vận chính quyền tỉnh tổng hợp từ 20 sở, ban, ngành và 9 huyện, thị xã, thành phố.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.
Theo báo cáo, năm 2020, trong bối cảnh dịch Covid-19, các cơ quan hành chính nhà nước trong tỉnh đã triển khai nghiêm Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ, Kế hoạch số 86/KH-UBND ngày 15/01/2020 của UBND tỉnh về công tác dân vận chính quyền năm 2020 và Quy chế phối hợp số 02-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với UBND tỉnh. Các cơ quan tiếp 4.318 lượt công dân, tiếp nhận 2.760 đơn thư; đã giải quyết 2.547 đơn, đạt 92,3%. Chủ tịch UBND các cấp tổ chức 134 cuộc đối thoại trực tiếp với nhân dân.
Cải cách hành chính được đẩy mạnh: tỉnh cung cấp 1.086 dịch vụ công trực tuyến mức độ 3, 4; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,1%; chỉ số hài lòng của người dân, tổ chức đạt 87,6%. Tỉnh đã chi trả hỗ trợ cho 142.000 người gặp khó khăn do đại dịch với tổng số tiền trên 152 tỷ đồng theo Nghị quyết số 42/NQ-CP của Chính phủ.
Phong trào thi đua "Dân vận khéo" trong khối chính quyền có 318 mô hình được công nhận, tiêu biểu như mô hình "Công an xã gần dân" ở xã Ninh Điền, huyện Châu Thành; mô hình "Hành chính phục vụ, không hẹn lần hai" ở phường Ninh Sơn, thành phố Tây Ninh. Thực hiện Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước, 100% cơ quan đã ban hành quy chế dân chủ.
Về công tác phối hợp, UBND tỉnh và Ủy ban MTTQ Việt Nam tỉnh đã tổ chức 2 hội nghị đối thoại với đoàn viên, hội viên; UBND các huyện phối hợp Mặt trận vận động xây dựng 265 căn nhà đại đoàn kết với tổng kinh phí hơn 13,2 tỷ đồng. Trong đợt dịch, các địa phương vùng biên giới đã vận động 1.420 hộ dân ở 20 xã biên giới tham gia tổ tự quản phòng, chống dịch, kịp thời phát hiện, báo cáo 312 trường hợp nhập cảnh trái phép.
Báo cáo cũng thẳng thắn chỉ ra hạn chế: một số cán bộ, công chức còn thiếu tận tụy; còn 213 đơn chưa giải quyết, trong đó 18 vụ việc phức tạp về đất đai kéo dài. Năm 2020, có 7 công chức bị xử lý kỷ luật do vi phạm quy tắc ứng xử.
Năm 2021, UBND tỉnh yêu cầu các cấp tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư; gắn dân vận chính quyền với chuyển đổi số; phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4. Ông Trần Văn Chiến, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo công tác dân vận chính quyền tỉnh, yêu cầu thủ trưởng các cơ quan chịu trách nhiệm trước Chủ tịch UBND tỉnh về những vụ việc để kéo dài.
Ngọc Bích
Các tin khác
- Tây Ninh đối thoại với người dân vùng dự án hồ Dầu Tiếng (22/12/2020)
- Hội nghị giao ban công tác dân vận quý IV (18/12/2020)
- Trảng Bàng ra mắt mô hình "Dân vận khéo" trong doanh nghiệp (10/12/2020)
- Tân Biên hỗ trợ người dân khó khăn do dịch (25/11/2020)
""", "2020-12-29", "Công tác dân vận chính quyền năm 2020: nhiều chuyển biến trong phục vụ nhân dân",
E("bao_cao", "2020", "2020-12-28"),
[P("Trần Văn Chiến", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo công tác dân vận chính quyền tỉnh")],
[Q("20 sở, ban, ngành", 20, "sở, ban, ngành"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("4.318 lượt công dân", 4318, "lượt công dân"), Q("2.760 đơn thư", 2760, "đơn thư"), Q("2.547 đơn", 2547, "đơn"),
 Q("92,3%", 92.3, "%"), Q("134 cuộc đối thoại", 134, "cuộc đối thoại"),
 Q("1.086 dịch vụ công trực tuyến", 1086, "dịch vụ công trực tuyến"), Q("99,1%", 99.1, "%"), Q("87,6%", 87.6, "%"),
 Q("142.000 người", 142000, "người"), Q("trên 152 tỷ đồng", 152000000000, "đồng", "over"),
 Q("318 mô hình", 318, "mô hình"), Q("100% cơ quan", 100, "%"),
 Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"), Q("265 căn nhà đại đoàn kết", 265, "căn nhà đại đoàn kết"),
 Q("hơn 13,2 tỷ đồng", 13200000000, "đồng", "over"), Q("1.420 hộ dân", 1420, "hộ dân"), Q("20 xã biên giới", 20, "xã biên giới"),
 Q("312 trường hợp nhập cảnh trái phép", 312, "trường hợp nhập cảnh trái phép"), Q("213 đơn", 213, "đơn"),
 Q("18 vụ việc phức tạp", 18, "vụ việc phức tạp"), Q("7 công chức", 7, "công chức"), Q("100% thủ tục hành chính", 100, "%")],
[D("Báo cáo", "412", "BC-UBND", "2020-12-28", "UBND tỉnh Tây Ninh", "Báo cáo số 412/BC-UBND"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "86", "KH-UBND", "2020-01-15", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 15/01/2020 của UBND tỉnh"),
 D("Quy chế phối hợp", "02", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 02-QC/BDVTU-UBND"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP của Chính phủ"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP của Chính phủ"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư")],
[prov("Tây Ninh"), com("Ninh Điền"), com("Ninh Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH", "Trang chủ / Tin tức - Sự kiện / Chỉ đạo điều hành",
 "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.", "Dân vận khéo", "Công an xã gần dân",
 "Hành chính phục vụ, không hẹn lần hai"],
["Thứ Ba, 29/12/2020 - 15:25", "năm 2020", "năm 2021", "Covid-19", "mức độ 3, 4", "mức độ 4", "Năm 2020", "Năm 2021"]))
