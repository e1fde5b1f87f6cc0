from lib import *
PAGES = []

PAGES.append(page("b4511-quangbinh-hoinguoimu-daihoi-2025", """
HỘI NGƯỜI MÙ TỈNH QUẢNG BÌNH
Trang chủ :: Tin tức :: Đại hội Hội các cấp
Thứ Ba, 20/05/2025 - 14:20
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Hội Người mù tỉnh tổ chức thành công Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 - 2030
Trong ngày 19/5/2025, tại TP. Đồng Hới, Hội Người mù tỉnh Quảng Bình tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 - 2030 với sự tham dự của 120 đại biểu chính thức, đại diện cho 2.460 hội viên người mù trong toàn tỉnh. Dự đại hội có đồng chí Nguyễn Thị Hoài Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Đặng Văn Đoàn, Phó Chủ tịch Trung ương Hội Người mù Việt Nam.
Nhiệm kỳ 2020 - 2025, Hội đã phát triển 386 hội viên mới; tổ chức 21 lớp chữ nổi Braille cho 274 người, 9 lớp tin học cho 96 người; phối hợp dạy nghề xoa bóp, bấm huyệt, làm chổi, ép tăm cho 315 hội viên. Hội nhận ủy thác vốn vay 12,8 tỷ đồng cho 394 hộ; giúp 212 hộ hội viên thoát nghèo. Hội vận động xây mới, sửa chữa 47 "Mái ấm tình thương" với tổng kinh phí trên 2,8 tỷ đồng. Hội thực hiện tốt Quyết định 1190/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị 31, 32-CT/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Nguyễn Thị Hoài Hương phát biểu chỉ đạo đại hội. Ảnh: Thanh Hải
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hoài Hương đề nghị Hội chủ động chuẩn bị cho việc sắp xếp tổ chức bộ máy theo chủ trương sáp nhập tỉnh, hợp nhất các hội đặc thù; tiếp tục chăm lo dạy nghề, tạo việc làm, phấn đấu mỗi năm có ít nhất 50 hội viên được học nghề.
Đại hội đã bầu Ban Chấp hành khóa V gồm 15 ủy viên. Ông Hoàng Văn Phước tái đắc cử Chủ tịch Hội Người mù tỉnh khóa V nhiệm kỳ 2025 - 2030; bà Đinh Thị Phương Thảo, ông Hồ Xuân Quý, người dân tộc Vân Kiều ở xã Kim Thủy - Phó Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Trung ương Hội Người mù Việt Nam.
Đại hội thông qua 6 chỉ tiêu chủ yếu, trong đó 95% chi hội hoạt động khá, tốt; 100% người mù trong độ tuổi được học chữ nổi; giảm 50% hộ nghèo trong hội viên. Ông Nguyễn Văn Minh, Chủ tịch Hội Người mù huyện Lệ Thủy, tham luận về mô hình cơ sở xoa bóp tập thể ở xã Sen Thủy với 9 người mù làm việc. Nhiều ý kiến tại đại hội đề nghị tỉnh quan tâm bố trí trụ sở làm việc ổn định cho Hội, hỗ trợ kinh phí in sách chữ nổi và thiết bị đọc cho hội viên ở vùng sâu, vùng xa.
Thanh Hải
Lượt xem: 1.033
Tin liên quan
- Lệ Thủy: Đại hội Hội Người mù huyện nhiệm kỳ 2025 - 2030 (22/04/2025)
- Bố Trạch: trao 30 gậy trắng cho người mù (15/03/2025)
- Hội Người mù tỉnh tổng kết năm 2024 (26/12/2024)
- Kỷ niệm 55 năm Ngày thành lập Hội Người mù Việt Nam (17/04/2024)
""", "2025-05-20", "Hội Người mù tỉnh tổ chức thành công Đại hội đại biểu lần thứ V, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-05-19"),
[P("Nguyễn Thị Hoài Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Đoàn", "Phó Chủ tịch Trung ương Hội Người mù Việt Nam"),
 P("Hoàng Văn Phước", "Chủ tịch Hội Người mù tỉnh khóa V nhiệm kỳ 2025 - 2030"),
 P("Đinh Thị Phương Thảo", "Phó Chủ tịch Hội"),
 P("Hồ Xuân Quý", "Phó Chủ tịch Hội"),
 P("Nguyễn Văn Minh", "Chủ tịch Hội Người mù huyện Lệ Thủy")],
[Q("120 đại biểu chính thức", 120, "đại biểu chính thức"), Q("2.460 hội viên người mù", 2460, "hội viên người mù"),
 Q("386 hội viên mới", 386, "hội viên mới"), Q("21 lớp chữ nổi Braille", 21, "lớp chữ nổi Braille"), Q("274 người", 274, "người"),
 Q("9 lớp tin học", 9, "lớp tin học"), Q("96 người", 96, "người"), Q("315 hội viên", 315, "hội viên"), Q("12,8 tỷ đồng", 12800000000, "đồng"),
 Q("394 hộ", 394, "hộ"), Q("212 hộ hội viên", 212, "hộ hội viên"), Q('47 "Mái ấm tình thương"', 47, "Mái ấm tình thương"),
 Q("trên 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("ít nhất 50 hội viên", 50, "hội viên", "over"), Q("15 ủy viên", 15, "ủy viên"),
 Q("5 đại biểu", 5, "đại biểu"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("95%", 95, "%"), Q("100%", 100, "%"), Q("50%", 50, "%"),
 Q("9 người mù", 9, "người mù")],
[D("Quyết định", "1190", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1190/QĐ-TTg"),
 D("Chỉ thị", "31", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU"),
 D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 31, 32-CT/TU")],
[prov("Quảng Bình"), com("Kim Thủy"), com("Sen Thủy")],
["HỘI NGƯỜI MÙ TỈNH QUẢNG BÌNH", "Trang chủ :: Tin tức :: Đại hội Hội các cấp", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Đồng chí Nguyễn Thị Hoài Hương phát biểu chỉ đạo đại hội. Ảnh: Thanh Hải", "Mái ấm tình thương", "Lượt xem: 1.033"],
["Thứ Ba, 20/05/2025 - 14:20", "lần thứ V", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "khóa V", "Lượt xem: 1.033"]))

PAGES.append(page("b4512-tuyenquang-nnda-cam-traoqua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thứ Sáu, 12/09/2025
Trang chủ > Xã hội > Vì cộng đồng
Ngày đăng 11/09/2025 | 16:20
Trao 80 xe lăn, 300 suất quà tặng nạn nhân chất độc da cam vùng cao
TTXVN/TQ - Ngày 10/9, Hội Nạn nhân chất độc da cam/dioxin tỉnh Tuyên Quang phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức trao 80 xe lăn và 300 suất quà cho nạn nhân chất độc da cam, người khuyết tật tại phường Hà Giang 1, xã Bắc Mê và xã Yên Minh. Đây là hoạt động đầu tiên của Hội sau khi hợp nhất Hội Nạn nhân chất độc da cam/dioxin hai tỉnh Tuyên Quang và Hà Giang.
Dự buổi trao tặng có đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hoàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh: Nguyễn Văn Chiến, Lèng Văn Páo, Triệu Thị Xuân.
Mỗi chiếc xe lăn trị giá 3 triệu đồng; mỗi suất quà gồm 500.000 đồng tiền mặt và 20 kg gạo. Tổng giá trị đợt trao tặng hơn 400 triệu đồng do Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam và các doanh nghiệp tài trợ.
Đồng chí Vương Ngọc Hà trao xe lăn cho nạn nhân tại phường Hà Giang 1.
Đại tá Ma Văn Hải, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh cho biết, sau hợp nhất, toàn tỉnh có 8.640 nạn nhân chất độc da cam, trong đó hơn 1.200 nạn nhân ở các xã vùng cao biên giới, phần lớn là đồng bào Mông, Dao, Tày. Thực hiện Kế hoạch số 05/KH-HNNCĐDC ngày 01/8/2025 của Hội và Hướng dẫn số 12-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Hội đang kiện toàn tổ chức ở 124 xã, phường; phấn đấu đến cuối năm 2025 xây mới 25 nhà "Mái ấm da cam", mỗi nhà 60 triệu đồng.
Ông Giàng Mí Chá, Phó Chủ tịch UBND xã Yên Minh, cho biết xã có 132 nạn nhân; nhiều gia đình có 2 người bị ảnh hưởng. Bà Hầu Thị Sính, thôn Na Khê, xã Yên Minh, có con trai bị di chứng chất độc da cam, xúc động nhận chiếc xe lăn mới. Ông Phàn Văn Tài, Bí thư Đảng ủy xã Bắc Mê, đề nghị Hội ưu tiên hỗ trợ sinh kế cho 37 hộ nạn nhân nghèo của xã.
Phát biểu tại buổi lễ, đồng chí Vương Ngọc Hà đề nghị các xã, phường rà soát đầy đủ nạn nhân sau sắp xếp đơn vị hành chính, không để sót đối tượng; vận động ít nhất 1,5 tỷ đồng trong đợt cao điểm kỷ niệm 64 năm thảm họa da cam.
Đức Quý
Lượt xem: 754
Tin khác
- Hội Nạn nhân chất độc da cam/dioxin tỉnh ra mắt sau hợp nhất (20/08/2025)
- Xã Hàm Yên: thăm, tặng quà nạn nhân chất độc da cam (10/08/2025)
- Trao 50 suất quà cho người khuyết tật phường Minh Xuân (25/07/2025)
- Xã Đồng Văn: khánh thành nhà Mái ấm da cam cho hộ nạn nhân nghèo (12/07/2025)
""", "2025-09-11", "Trao 80 xe lăn, 300 suất quà tặng nạn nhân chất độc da cam vùng cao",
E("trao_qua", None, "2025-09-10"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Chiến", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Lèng Văn Páo", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Triệu Thị Xuân", "Phó Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Ma Văn Hải", "Đại tá", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Giàng Mí Chá", "Phó Chủ tịch UBND xã Yên Minh"),
 P("Hầu Thị Sính"),
 P("Phàn Văn Tài", "Bí thư Đảng ủy xã Bắc Mê")],
[Q("80 xe lăn", 80, "xe lăn"), Q("300 suất quà", 300, "suất quà"), Q("3 triệu đồng", 3000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("20 kg", 20, "kg"), Q("hơn 400 triệu đồng", 400000000, "đồng", "over"), Q("8.640 nạn nhân chất độc da cam", 8640, "nạn nhân chất độc da cam"),
 Q("hơn 1.200 nạn nhân", 1200, "nạn nhân", "over"), Q("124 xã, phường", 124, "xã, phường"), Q('25 nhà "Mái ấm da cam"', 25, "nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("132 nạn nhân", 132, "nạn nhân"), Q("2 người", 2, "người"), Q("37 hộ nạn nhân nghèo", 37, "hộ nạn nhân nghèo"),
 Q("ít nhất 1,5 tỷ đồng", 1500000000, "đồng", "over")],
[D("Kế hoạch", "05", "KH-HNNCĐDC", "2025-08-01", "Hội", "Kế hoạch số 05/KH-HNNCĐDC ngày 01/8/2025"),
 D("Hướng dẫn", "12", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 12-HD/MTTQ-BTT")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Hà Giang 1"), com("Bắc Mê"), com("Yên Minh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thứ Sáu, 12/09/2025", "Trang chủ > Xã hội > Vì cộng đồng", "TTXVN/TQ",
 "Đồng chí Vương Ngọc Hà trao xe lăn cho nạn nhân tại phường Hà Giang 1.", "Mái ấm da cam",
 "Quỹ Bảo trợ nạn nhân chất độc da cam Việt Nam", "Lượt xem: 754"],
["Thứ Sáu, 12/09/2025", "Ngày đăng 11/09/2025 | 16:20", "năm 2025", "64 năm", "Lượt xem: 754"]))

PAGES.append(page("b4513-vinhlong-baotro-tongket-2025", """
Báo Vĩnh Long điện tử
Chính trị - Xã hội | Mặt trận - Đoàn thể
Thứ Sáu, 19/12/2025, 15:45
Ảnh: Toàn cảnh hội nghị.
Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh: năm đầu hợp nhất, vận động hơn 25 tỷ đồng
Ngày 18/12, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Vĩnh Long tổ chức hội nghị tổng kết hoạt động năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất Hội của ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự có bà Nguyễn Thị Minh Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Phước Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo, năm 2025 các cấp Hội trong tỉnh vận động hơn 25 tỷ đồng, trao 1.146 xe lăn, xe lắc; 3.820 suất học bổng; xây mới 118 căn nhà "Mái ấm tình thương", sửa chữa 36 căn; nhận đỡ đầu 540 trẻ mồ côi, mỗi em 600.000 đồng/tháng. Toàn tỉnh có 96.300 người khuyết tật và 4.215 trẻ em mồ côi; Hội đã kiện toàn tổ chức ở 124 xã, phường với 21.680 hội viên.
Hội đã tham mưu thực hiện Quyết định số 1190/QĐ-TTg của Thủ tướng Chính phủ, Kế hoạch số 47-KH/MTTQ-BTT ngày 25/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Kết luận 157, 158-KL/TW của Bộ Chính trị về sắp xếp các hội quần chúng.
Bà Nguyễn Thị Minh Trang trao bằng khen cho các tập thể.
Tham luận tại hội nghị, ông Kim Sa Ròn, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi xã Cầu Ngang, chia sẻ việc phối hợp với 14 chùa Phật giáo Nam tông Khmer nuôi dưỡng 62 trẻ mồ côi. Bà Lê Thị Bích Tuyền, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, giới thiệu mô hình "Tủ sách chữ nổi" tại 5 khu phố.
Ông Huỳnh Văn Hai, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, đề ra các chỉ tiêu năm 2026: vận động không dưới 30 tỷ đồng, xây ít nhất 150 căn nhà, 100% trẻ mồ côi trong độ tuổi được đến trường. Các ông Trần Văn Lâm, Thạch Sô Phal - Phó Chủ tịch Hội tỉnh được phân công phụ trách địa bàn Bến Tre và Trà Vinh cũ.
Phát biểu chỉ đạo, bà Nguyễn Thị Minh Trang đề nghị Hội chủ động phối hợp chính quyền xã, phường rà soát người khuyết tật, trẻ mồ côi sau sắp xếp, gắn với phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau". Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể, 18 cá nhân.
Trúc Linh
Lượt xem: 1.390
Tin liên quan
- Xã Ba Tri: bàn giao 10 căn nhà Mái ấm tình thương (05/12/2025)
- Trao 200 xe lăn cho người khuyết tật nhân ngày 3/12 (03/12/2025)
- Hội Bảo trợ tỉnh ra mắt sau hợp nhất (15/08/2025)
- Phường Trà Vinh: trao học bổng cho 120 trẻ mồ côi vượt khó (28/07/2025)
""", "2025-12-19", "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh: năm đầu hợp nhất, vận động hơn 25 tỷ đồng",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Thị Minh Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Phước Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sa Ròn", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi xã Cầu Ngang"),
 P("Lê Thị Bích Tuyền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương"),
 P("Huỳnh Văn Hai", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"),
 P("Trần Văn Lâm", "Phó Chủ tịch Hội tỉnh"),
 P("Thạch Sô Phal", "Phó Chủ tịch Hội tỉnh")],
[Q("hơn 25 tỷ đồng", 25000000000, "đồng", "over"), Q("1.146 xe lăn, xe lắc", 1146, "xe lăn, xe lắc"), Q("3.820 suất học bổng", 3820, "suất học bổng"),
 Q('118 căn nhà "Mái ấm tình thương"', 118, "căn nhà"), Q("36 căn", 36, "căn"), Q("540 trẻ mồ côi", 540, "trẻ mồ côi"),
 Q("600.000 đồng", 600000, "đồng"), Q("96.300 người khuyết tật", 96300, "người khuyết tật"), Q("4.215 trẻ em mồ côi", 4215, "trẻ em mồ côi"),
 Q("124 xã, phường", 124, "xã, phường"), Q("21.680 hội viên", 21680, "hội viên"),
 Q("14 chùa Phật giáo Nam tông Khmer", 14, "chùa Phật giáo Nam tông Khmer"), Q("62 trẻ mồ côi", 62, "trẻ mồ côi"), Q("5 khu phố", 5, "khu phố"),
 Q("không dưới 30 tỷ đồng", 30000000000, "đồng", "over"), Q("ít nhất 150 căn nhà", 150, "căn nhà", "over"), Q("100%", 100, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Quyết định", "1190", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1190/QĐ-TTg"),
 D("Kế hoạch", "47", "KH/MTTQ-BTT", "2025-08-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 47-KH/MTTQ-BTT ngày 25/8/2025"),
 D("Kết luận", "157", "KL/TW", None, "Bộ Chính trị", "Kết luận 157, 158-KL/TW"),
 D("Kết luận", "158", "KL/TW", None, "Bộ Chính trị", "Kết luận 157, 158-KL/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Cầu Ngang"), com("Phú Khương")],
["Báo Vĩnh Long điện tử", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Ảnh: Toàn cảnh hội nghị.",
 "Bà Nguyễn Thị Minh Trang trao bằng khen cho các tập thể.", "Mái ấm tình thương", "Tủ sách chữ nổi",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "Lượt xem: 1.390"],
["Thứ Sáu, 19/12/2025, 15:45", "năm 2025", "năm 2026", "Lượt xem: 1.390"]))

PAGES.append(page("b4514-lamdong-mttq-giamsat-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ › Giám sát, phản biện xã hội › Tin hoạt động
16/01/2026 - 09:30
Thành viên đoàn giám sát trao đổi với người khuyết tật tại xã Quảng Tín.
Giám sát chính sách trợ giúp xã hội đối với người khuyết tật, trẻ mồ côi tại các xã Quảng Tín, Đắk Song
Từ ngày 13 đến 15/01/2026, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do ông K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách trợ giúp xã hội đối với người khuyết tật, trẻ mồ côi tại xã Quảng Tín, xã Đắk Song và phường Bảo Lộc 1.
Cuộc giám sát thực hiện theo Kế hoạch số 18/KH-MTTQ-BTT ngày 26/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc triển khai Nghị định số 20/2021/NĐ-CP và Nghị định 76/2024/NĐ-CP của Chính phủ sau khi vận hành chính quyền địa phương hai cấp.
Theo báo cáo của các địa phương, xã Quảng Tín có 412 người khuyết tật, 38 trẻ mồ côi đang hưởng trợ cấp hằng tháng; xã Đắk Song có 356 người khuyết tật, trong đó 142 người là đồng bào Mnông, Mạ. Năm 2025, hai xã đã chi trả trợ cấp hơn 6,2 tỷ đồng; hỗ trợ 28 hộ có người khuyết tật xây nhà theo chương trình xóa nhà tạm, nhà dột nát, mỗi hộ 60 triệu đồng. Tuy nhiên vẫn còn 19 hồ sơ chuyển từ huyện cũ về xã chưa được cập nhật, khoảng 15% người khuyết tật chưa được cấp giấy xác nhận mức độ khuyết tật theo mẫu mới.
Tại buổi làm việc, bà H'Diệu Niê, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, thành viên đoàn, đề nghị các xã ưu tiên người khuyết tật trong tuyển chọn tham gia lớp dạy nghề. Ông Điểu Đăm, Phó Chủ tịch UBND xã Đắk Song, và bà Ka Nhiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín, tiếp thu, giải trình các kiến nghị.
Anh Y Thơn, một người khuyết tật ở bon Bu Prăng, xã Quảng Tín, phản ánh tiền trợ cấp tháng 9 và tháng 10/2025 bị chậm do chuyển đổi dữ liệu.
Kết luận đợt giám sát, ông K'Mák đề nghị UBND các xã, phường hoàn thành số hóa hồ sơ người khuyết tật trong quý I/2026; bảo đảm 100% đối tượng được chi trả qua tài khoản; phối hợp Hội Bảo trợ vận động ít nhất 500 triệu đồng hỗ trợ sinh kế cho hộ người khuyết tật nghèo. Các kiến nghị sẽ được tổng hợp gửi UBND tỉnh theo Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND tỉnh.
Ông Nguyễn Văn Lộc, Phó Giám đốc Sở Y tế, thành viên đoàn, cho biết Sở sẽ hướng dẫn thống nhất quy trình xác định mức độ khuyết tật sau khi chức năng bảo trợ xã hội được chuyển về ngành y tế.
Bảo Ngọc
Lượt truy cập: 611
Tin khác
- MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế (30/12/2025)
- Phường Phan Thiết: trao 40 xe lăn cho người khuyết tật (20/12/2025)
- Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh ra mắt sau hợp nhất (10/09/2025)
""", "2026-01-16", "Giám sát chính sách trợ giúp xã hội đối với người khuyết tật, trẻ mồ côi tại các xã Quảng Tín, Đắk Song",
E("giam_sat", None, "2026-01-13"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Diệu Niê", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh", "thành viên đoàn"),
 P("Điểu Đăm", "Phó Chủ tịch UBND xã Đắk Song"),
 P("Ka Nhiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Quảng Tín"),
 P("Y Thơn"),
 P("Nguyễn Văn Lộc", "Phó Giám đốc Sở Y tế", "thành viên đoàn")],
[Q("412 người khuyết tật", 412, "người khuyết tật"), Q("38 trẻ mồ côi", 38, "trẻ mồ côi"), Q("356 người khuyết tật", 356, "người khuyết tật"),
 Q("142 người", 142, "người"), Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"), Q("28 hộ", 28, "hộ"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("19 hồ sơ", 19, "hồ sơ"), Q("khoảng 15%", 15, "%", "approx"), Q("100%", 100, "%"), Q("ít nhất 500 triệu đồng", 500000000, "đồng", "over")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2025-12-26", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 26/12/2025"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Nghị định", "76", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 76/2024/NĐ-CP"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND")],
[prov("Lâm Đồng"), com("Quảng Tín"), com("Đắk Song"), com("Bảo Lộc 1")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ › Giám sát, phản biện xã hội › Tin hoạt động",
 "Thành viên đoàn giám sát trao đổi với người khuyết tật tại xã Quảng Tín.", "xóa nhà tạm, nhà dột nát", "Lượt truy cập: 611"],
["16/01/2026 - 09:30", "Năm 2025", "tháng 9 và tháng 10/2025", "quý I/2026", "Lượt truy cập: 611"]))

PAGES.append(page("b4515-dongnai-hoinkt-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Tin tức - Sự kiện » Văn hóa - Xã hội
Cập nhật: 10:15, 03/04/2026 (GMT+7)
Ảnh: Quang cảnh buổi giao ban.
Quý I, hơn 1.500 người khuyết tật, trẻ mồ côi được hỗ trợ
Sáng 2/4, Hội Người khuyết tật, Hội Bảo trợ người khuyết tật và trẻ mồ côi và Hội Nạn nhân chất độc da cam/dioxin tỉnh Đồng Nai tổ chức giao ban liên hội quý I năm 2026. Bà Điểu Thị Hồng, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo tại buổi giao ban, ông Trần Minh Tâm, Chủ tịch Hội Người khuyết tật tỉnh cho biết, quý I các hội đã vận động 4,6 tỷ đồng, thăm, tặng 1.520 suất quà Tết cho người khuyết tật, trẻ mồ côi, nạn nhân chất độc da cam, mỗi suất trị giá 500.000 đồng; trao 64 xe lăn; khởi công 15 căn nhà "Mái ấm tình thương"; hỗ trợ 23 hộ vay vốn với tổng dư nợ 920 triệu đồng. Tỉnh hiện có khoảng 58.000 người khuyết tật, 2.960 trẻ mồ côi và 9.400 nạn nhân chất độc da cam sau hợp nhất với Bình Phước.
Thực hiện Kế hoạch liên tịch số 02/KHLT-HNKT-HBT-HNNCĐDC ngày 15/01/2026 và Chương trình hành động số 09-CTr/TU của Tỉnh ủy, các hội đã mở 4 lớp dạy nghề may công nghiệp, sửa chữa điện thoại cho 86 học viên; giới thiệu 41 lao động khuyết tật vào làm việc tại các doanh nghiệp ở phường Trảng Dài và phường Bình Phước.
Bà Điểu Thị Hồng phát biểu kết luận buổi giao ban.
Tại buổi giao ban, ông Điểu Lanh, Chủ tịch Hội Người khuyết tật xã Bù Đăng, phản ánh nhiều người khuyết tật đồng bào S'tiêng, M'nông ở các sóc xa chưa được cấp xe lăn. Bà Thị Bé, Phó Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi xã Lộc Ninh, đề nghị tăng mức đỡ đầu trẻ mồ côi lên 800.000 đồng/tháng. Ông Nguyễn Hồng Phúc, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh, thông tin Hội sẽ bàn giao 10 nhà trước ngày 30/4.
Kết luận, bà Điểu Thị Hồng đề nghị quý II các hội tập trung rà soát người khuyết tật ở các xã biên giới; phấn đấu cả năm 2026 vận động trên 15 tỷ đồng, xây ít nhất 60 căn nhà, dạy nghề cho 300 người khuyết tật. Các hội phân công các ông, bà: Lê Văn Thắng, Điểu Thị Lan, Phạm Thị Hoa - Phó Chủ tịch Hội Người khuyết tật tỉnh trực tiếp theo dõi từng cụm xã, phường.
Các đại biểu cũng thống nhất đề xuất tỉnh tổ chức Hội nghị biểu dương người khuyết tật, trẻ mồ côi vượt khó tiêu biểu vào dịp 18/4, Ngày Người khuyết tật Việt Nam.
Minh Khôi
Lượt xem: 842
Tin khác
- Phường Đồng Xoài: trao 30 xe lăn cho người khuyết tật (20/03/2026)
- Xã Bù Gia Mập: khánh thành 5 nhà Mái ấm tình thương (10/03/2026)
- Hội Người khuyết tật tỉnh tổng kết năm 2025 (29/12/2025)
""", "2026-04-03", "Quý I, hơn 1.500 người khuyết tật, trẻ mồ côi được hỗ trợ",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Điểu Thị Hồng", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Công tác phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Tâm", "Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Điểu Lanh", "Chủ tịch Hội Người khuyết tật xã Bù Đăng"),
 P("Thị Bé", "Phó Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi xã Lộc Ninh"),
 P("Nguyễn Hồng Phúc", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Lê Văn Thắng", "Phó Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Điểu Thị Lan", "Phó Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Phạm Thị Hoa", "Phó Chủ tịch Hội Người khuyết tật tỉnh")],
[Q("hơn 1.500 người khuyết tật, trẻ mồ côi", 1500, "người khuyết tật, trẻ mồ côi", "over"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("1.520 suất quà", 1520, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("64 xe lăn", 64, "xe lăn"),
 Q('15 căn nhà "Mái ấm tình thương"', 15, "căn nhà"), Q("23 hộ", 23, "hộ"), Q("920 triệu đồng", 920000000, "đồng"),
 Q("khoảng 58.000 người khuyết tật", 58000, "người khuyết tật", "approx"), Q("2.960 trẻ mồ côi", 2960, "trẻ mồ côi"),
 Q("9.400 nạn nhân chất độc da cam", 9400, "nạn nhân chất độc da cam"), Q("4 lớp dạy nghề", 4, "lớp dạy nghề"), Q("86 học viên", 86, "học viên"),
 Q("41 lao động khuyết tật", 41, "lao động khuyết tật"), Q("800.000 đồng", 800000, "đồng"), Q("10 nhà", 10, "nhà"),
 Q("trên 15 tỷ đồng", 15000000000, "đồng", "over"), Q("ít nhất 60 căn nhà", 60, "căn nhà", "over"), Q("300 người khuyết tật", 300, "người khuyết tật")],
[D("Kế hoạch liên tịch", "02", "KHLT-HNKT-HBT-HNNCĐDC", "2026-01-15", None, "Kế hoạch liên tịch số 02/KHLT-HNKT-HBT-HNNCĐDC ngày 15/01/2026"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Trảng Dài"), com("Bình Phước"), com("Bù Đăng"), com("Lộc Ninh")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI", "Tin tức - Sự kiện » Văn hóa - Xã hội", "Ảnh: Quang cảnh buổi giao ban.",
 "Bà Điểu Thị Hồng phát biểu kết luận buổi giao ban.", "Mái ấm tình thương", "Ngày Người khuyết tật Việt Nam", "Lượt xem: 842"],
["Cập nhật: 10:15, 03/04/2026 (GMT+7)", "quý I năm 2026", "Quý I", "quý II", "năm 2026", "ngày 30/4", "18/4", "Lượt xem: 842"]))

PAGES.append(page("b4516-camau-bieuduong-nkt-hoinghi-2026", """
BÁO CÀ MAU ĐIỆN TỬ
Hôm nay: Thứ Bảy, 30/05/2026
Xã hội > Gương người tốt - việc tốt
29/05/2026 | 17:05
Tuyên dương 86 người khuyết tật, trẻ mồ côi vượt khó tiêu biểu
(CMO) Chiều 28/5, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp với Sở Y tế tổ chức Hội nghị biểu dương người khuyết tật, trẻ mồ côi vượt khó và các tập thể, cá nhân tiêu biểu trong công tác trợ giúp người khuyết tật, trẻ mồ côi năm 2026. Đây là lần đầu tiên hội nghị được tổ chức chung cho tỉnh Cà Mau mới, sau khi hợp nhất với tỉnh Bạc Liêu.
Dự hội nghị có ông Lữ Văn Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; bà Lâm Thị Sa Rênh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Chí Nguyện, Phó Chủ tịch UBND tỉnh.
Toàn cảnh hội nghị biểu dương. Ảnh: Trần Nguyên
Theo báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, giai đoạn 2021 - 2025, các hội đặc thù trên địa bàn hai tỉnh cũ đã vận động hơn 96 tỷ đồng; trao 4.860 xe lăn, xe lắc; xây 612 căn nhà cho hộ có người khuyết tật, trẻ mồ côi; hỗ trợ học nghề cho 2.340 người khuyết tật, trong đó 1.516 người có việc làm ổn định. Toàn tỉnh hiện có khoảng 71.000 người khuyết tật và 3.900 trẻ em mồ côi. Việc trợ giúp được thực hiện theo Nghị định số 20/2021/NĐ-CP của Chính phủ, Kế hoạch số 104/KH-UBND ngày 20/3/2026 của UBND tỉnh và Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy.
Tại hội nghị, nhiều tấm gương được chia sẻ. Anh Danh Sà Quanh, người Khmer ở xã Hồng Dân, bị mù từ nhỏ, mở cơ sở đan lục bình tạo việc làm cho 22 lao động, trong đó 9 người khuyết tật. Em Trần Ngọc Hân, mồ côi cha mẹ ở phường Bạc Liêu, đạt giải Nhất học sinh giỏi cấp tỉnh môn Toán. Ông Thạch Văn Sơn, Chủ tịch Hội Người mù tỉnh, và bà Nguyễn Thị Út, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, được tuyên dương vì nhiều năm gắn bó với hội viên.
Ông Lữ Văn Hùng phát biểu tại hội nghị.
Phát biểu tại hội nghị, ông Lữ Văn Hùng đề nghị các xã, phường tiếp tục thực hiện Chỉ thị số 05-CT/TU, 06-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu năm 2026 xóa dứt điểm 240 căn nhà tạm của hộ có người khuyết tật, tạo việc làm cho ít nhất 500 người khuyết tật.
Dịp này, UBND tỉnh tặng bằng khen cho 86 cá nhân tiêu biểu và 24 tập thể, mỗi cá nhân được tặng kèm 2 triệu đồng; Ủy ban MTTQ Việt Nam tỉnh trao 100 suất học bổng, mỗi suất 3 triệu đồng, cho trẻ mồ côi học giỏi ở xã Đất Mũi, xã Phước Long.
Trần Nguyên
Lượt xem: 1.276
Tin liên quan
- Phường An Xuyên: trao 20 xe lăn cho người khuyết tật (15/05/2026)
- Xã Hồng Dân ra mắt câu lạc bộ người khuyết tật khởi nghiệp (28/04/2026)
- Ngày Người khuyết tật Việt Nam 18/4: trao 300 phần quà (18/04/2026)
- Hội Bảo trợ tỉnh tổng kết năm 2025 (26/12/2025)
""", "2026-05-29", "Tuyên dương 86 người khuyết tật, trẻ mồ côi vượt khó tiêu biểu",
E("hoi_nghi", "2026", "2026-05-28"),
[P("Lữ Văn Hùng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lâm Thị Sa Rênh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Chí Nguyện", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Sà Quanh"),
 P("Trần Ngọc Hân"),
 P("Thạch Văn Sơn", "Chủ tịch Hội Người mù tỉnh"),
 P("Nguyễn Thị Út", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh")],
[Q("86 người khuyết tật, trẻ mồ côi vượt khó tiêu biểu", 86, "người khuyết tật, trẻ mồ côi"),
 Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over"), Q("4.860 xe lăn, xe lắc", 4860, "xe lăn, xe lắc"), Q("612 căn nhà", 612, "căn nhà"),
 Q("2.340 người khuyết tật", 2340, "người khuyết tật"), Q("1.516 người", 1516, "người"),
 Q("khoảng 71.000 người khuyết tật", 71000, "người khuyết tật", "approx"), Q("3.900 trẻ em mồ côi", 3900, "trẻ em mồ côi"),
 Q("22 lao động", 22, "lao động"), Q("9 người khuyết tật", 9, "người khuyết tật"), Q("240 căn nhà tạm", 240, "căn nhà tạm"),
 Q("ít nhất 500 người khuyết tật", 500, "người khuyết tật", "over"), Q("24 tập thể", 24, "tập thể"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("100 suất học bổng", 100, "suất học bổng"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Kế hoạch", "104", "KH-UBND", "2026-03-20", "UBND tỉnh", "Kế hoạch số 104/KH-UBND ngày 20/3/2026"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 12-KL/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU, 06-CT/TU")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Hồng Dân"), com("Bạc Liêu"), com("Đất Mũi"), com("Phước Long")],
["BÁO CÀ MAU ĐIỆN TỬ", "Hôm nay: Thứ Bảy, 30/05/2026", "Xã hội > Gương người tốt - việc tốt", "(CMO)",
 "Toàn cảnh hội nghị biểu dương. Ảnh: Trần Nguyên", "Ông Lữ Văn Hùng phát biểu tại hội nghị.", "Lượt xem: 1.276"],
["29/05/2026 | 17:05", "năm 2026", "giai đoạn 2021 - 2025", "giải Nhất", "Lượt xem: 1.276"]))
