from lib import *
PAGES = []

PAGES.append(page("b5705-hagiang-bdv-baocao-2023", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
2023-07-14 16:40
Ảnh: Đồng chí Vương Ngọc Hà phát biểu tại buổi làm việc.
Thường trực Tỉnh ủy nghe báo cáo công tác cán bộ khối dân vận 6 tháng đầu năm
(BHG) - Ngày 13/7/2023, Thường trực Tỉnh ủy Hà Giang nghe Ban Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận và công tác cán bộ của khối dân vận 6 tháng đầu năm 2023. Đồng chí Vương Ngọc Hà, Phó Bí thư Tỉnh ủy chủ trì; dự có đồng chí Sùng Thị Dí, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo cho biết, thực hiện Quy định số 80-QĐ/TW ngày 18/8/2022 của Bộ Chính trị về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử, 6 tháng qua Ban Thường vụ Tỉnh ủy đã ban hành 9 quyết định điều động, bổ nhiệm cán bộ khối dân vận, Mặt trận và đoàn thể. Trong đó, đồng chí Giàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ tỉnh, được điều động giữ chức Chủ tịch Hội LHPN tỉnh theo Quyết định số 1345-QĐ/TU ngày 03/3/2023; đồng chí Lò Văn Pao, HUV, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, được bổ nhiệm làm Phó Trưởng Ban Dân vận Tỉnh ủy theo Quyết định số 1402-QĐ/TU. Các đồng chí Thào Mí Sính, Hoàng Thị Lệ - Phó Chủ tịch Hội Nông dân tỉnh được luân chuyển về giữ chức Phó Bí thư Đảng ủy các xã Sủng Là, Bạch Đích.
Khối dân vận đã vận động 2.146 hộ đồng bào Mông, Dao tham gia Phong trào "Hà Giang chung tay xóa nhà tạm, nhà dột nát", xây mới 517 căn nhà, tổng kinh phí trên 25,8 tỷ đồng; 78% thôn, bản có tổ dân vận hoạt động hiệu quả. Tỷ lệ hộ nghèo ở 4 huyện vùng cao núi đá giảm 3,6%. Tuy nhiên, vẫn còn 11 vụ việc truyền đạo trái pháp luật, 2 trường hợp cán bộ chậm nhận nhiệm vụ sau điều động.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Văn Pao, Nguyễn Thị Thu Huyền đề nghị Thường trực Tỉnh ủy sớm ban hành quy chế phối hợp giữa Ban Tổ chức và Ban Dân vận trong thẩm định nhân sự khối dân vận; đồng thời bố trí tối đa 50 triệu đồng/xã cho hoạt động của các tổ dân vận thôn.
Kết luận, đồng chí Vương Ngọc Hà đề nghị Ban Dân vận Tỉnh ủy tham mưu sơ kết Kết luận 64, 65-KL/TW của Bộ Chính trị, Ban Bí thư tại địa phương; xây dựng Đề án 09-ĐA/TU về đào tạo cán bộ dân vận là người dân tộc thiểu số giai đoạn 2023 - 2025, bảo đảm ít nhất 30% cán bộ dân vận cấp xã là người dân tộc tại chỗ. Đồng chí cũng yêu cầu các cán bộ mới được điều động phải nhận nhiệm vụ trong 10 ngày, định kỳ báo cáo Thường trực Tỉnh ủy kết quả công tác sau 6 tháng.
Lý Hồng
Lượt xem: 4.056
Tin liên quan
- Hội LHPN tỉnh công bố quyết định về công tác cán bộ (07/03/2023)
- Mèo Vạc tổng kết phong trào "Dân vận khéo" (22/02/2023)
- Yên Minh: vận động 300 hộ hiến đất làm đường (10/02/2023)
""", "2023-07-14", "Thường trực Tỉnh ủy nghe báo cáo công tác cán bộ khối dân vận 6 tháng đầu năm",
E("bao_cao", "2023-H1", "2023-07-13"),
[P("Vương Ngọc Hà", "Phó Bí thư Tỉnh ủy"),
 P("Sùng Thị Dí", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lò Văn Pao", "HUV", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thào Mí Sính", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Thị Lệ", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Thu Huyền", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("9 quyết định", 9, "quyết định"), Q("2.146 hộ đồng bào Mông, Dao", 2146, "hộ đồng bào Mông, Dao"), Q("517 căn nhà", 517, "căn nhà"),
 Q("trên 25,8 tỷ đồng", 25800000000, "đồng", "over"), Q("78%", 78, "%"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("3,6%", 3.6, "%"), Q("11 vụ việc truyền đạo trái pháp luật", 11, "vụ việc truyền đạo trái pháp luật"), Q("2 trường hợp", 2, "trường hợp"),
 Q("tối đa 50 triệu đồng/xã", 50000000, "đồng"), Q("ít nhất 30%", 30, "%", "over")],
[D("Quy định", "80", "QĐ/TW", "2022-08-18", "Bộ Chính trị", "Quy định số 80-QĐ/TW ngày 18/8/2022"),
 D("Quyết định", "1345", "QĐ/TU", "2023-03-03", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1345-QĐ/TU ngày 03/3/2023"),
 D("Quyết định", "1402", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1402-QĐ/TU"),
 D("Kết luận", "64", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 64, 65-KL/TW"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 64, 65-KL/TW"),
 D("Đề án", "09", "ĐA/TU", None, None, "Đề án 09-ĐA/TU")],
[prov("Hà Giang"), com("Sủng Là"), com("Bạch Đích")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Ảnh: Đồng chí Vương Ngọc Hà phát biểu tại buổi làm việc.",
 "(BHG)", "Hà Giang chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 4.056"],
["2023-07-14 16:40", "6 tháng đầu năm 2023", "10 ngày", "6 tháng", "giai đoạn 2023 - 2025", "Lượt xem: 4.056"]))

PAGES.append(page("b5706-kontum-dakglei-congbo-2024", """
Trang thông tin điện tử Đảng bộ tỉnh Kon Tum
Vị trí: Trang chủ > Hoạt động cơ sở
Ngày 16/04/2024 | 09:15
Đắk Glei: Hội nghị công bố quyết định chuẩn y Bí thư Đảng ủy xã Đắk Nhoong
Ngày 15/4/2024, Đảng ủy xã Đắk Nhoong, huyện Đắk Glei tổ chức hội nghị công bố Quyết định số 1288-QĐ/HU ngày 10/4/2024 của Ban Thường vụ Huyện ủy Đắk Glei về việc chuẩn y kết quả bầu cử đồng chí A Thắm, Phó Chủ tịch UBND xã, giữ chức Bí thư Đảng ủy xã Đắk Nhoong nhiệm kỳ 2020 - 2025.
Đồng chí Y Ngọc trao quyết định và tặng hoa chúc mừng. Ảnh: Đắk Glei
Dự hội nghị có đồng chí Y Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đắk Glei; đồng chí Đinh Văn Hùng, HUV, Phó Trưởng Ban Tổ chức Huyện ủy, cùng 47 đảng viên của 12 chi bộ trực thuộc.
Trước đó, theo Quyết định số 1275-QĐ/HU, đồng chí A Bích, nguyên Bí thư Đảng ủy xã, được điều động giữ chức Phó Trưởng Ban Dân vận Huyện ủy. Hội nghị Ban Chấp hành Đảng bộ xã đã bầu đồng chí A Thắm với 14/15 phiếu, đạt 93,3%.
Đồng chí A Thắm, người dân tộc Giẻ Triêng, sinh năm 1985, có 13 năm công tác tại xã. Khi còn là Phó Chủ tịch UBND xã, đồng chí đã cùng cán bộ thôn vận động 214 hộ đồng bào bỏ tục đốt rẫy, trồng hơn 60 ha sâm Ngọc Linh và cây dược liệu; thôn Đắk Ung có thu nhập bình quân đạt 38 triệu đồng/người/năm.
Phát biểu giao nhiệm vụ, đồng chí Y Ngọc đề nghị tân Bí thư Đảng ủy xã tập trung lãnh đạo thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về phát triển dược liệu, Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về xây dựng, chỉnh đốn Đảng; phát huy vai trò của 9 già làng, người có uy tín ở 7 thôn; giữ vững an ninh ở 4 thôn giáp biên giới Việt Nam - Lào.
Các đồng chí Y Blúp, già làng thôn Đắk Ung và A Phương, Bí thư Chi bộ thôn Đắk Sút, bày tỏ tin tưởng tân Bí thư sẽ cùng cán bộ xã giúp bà con giảm nghèo; hiện xã còn 286 hộ nghèo, chiếm 41,2% tổng số hộ.
Đồng chí A Thắm cảm ơn sự tin tưởng của Ban Thường vụ Huyện ủy và hứa sẽ đi từng thôn, đến từng nhà để nắm tâm tư của dân, phấn đấu mỗi năm giảm ít nhất 8% hộ nghèo theo Kế hoạch số 116-KH/HU của Huyện ủy.
Dịp này, Ủy ban MTTQ huyện trao 15 suất quà, mỗi suất 500.000 đồng, cho các hộ nghèo ở thôn Đắk Ung và tặng 30 bộ sách giáo khoa cho học sinh Trường Tiểu học xã. Các đại biểu đã đến thăm mô hình trồng sâm Ngọc Linh của Tổ hợp tác thôn Đắk Sút với 12 thành viên.
Hoàng Phúc
Lượt xem: 731
Tin liên quan
- Đắk Glei tổng kết công tác dân vận quý I năm 2024 (05/04/2024)
- Xã Đắk Long ra mắt mô hình "Dân vận khéo" (27/03/2024)
- Trao 20 con bò cho hộ nghèo xã Đắk Nhoong (18/03/2024)
""", "2024-04-16", "Đắk Glei: Hội nghị công bố quyết định chuẩn y Bí thư Đảng ủy xã Đắk Nhoong",
E("hoi_nghi", None, "2024-04-15"),
[P("A Thắm", "Phó Chủ tịch UBND xã", "Bí thư Đảng ủy xã Đắk Nhoong nhiệm kỳ 2020 - 2025"),
 P("Y Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đắk Glei"),
 P("Đinh Văn Hùng", "HUV", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("A Bích", "nguyên Bí thư Đảng ủy xã", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Y Blúp", "già làng thôn Đắk Ung"),
 P("A Phương", "Bí thư Chi bộ thôn Đắk Sút")],
[Q("47 đảng viên", 47, "đảng viên"), Q("12 chi bộ trực thuộc", 12, "chi bộ trực thuộc"), Q("14/15 phiếu", 14, "phiếu"),
 Q("93,3%", 93.3, "%"), Q("214 hộ đồng bào", 214, "hộ đồng bào"), Q("hơn 60 ha", 60, "ha", "over"),
 Q("38 triệu đồng/người/năm", 38000000, "đồng"), Q("9 già làng, người có uy tín", 9, "già làng, người có uy tín"), Q("7 thôn", 7, "thôn"),
 Q("4 thôn", 4, "thôn"), Q("286 hộ nghèo", 286, "hộ nghèo"), Q("41,2%", 41.2, "%"), Q("ít nhất 8%", 8, "%", "over"),
 Q("15 suất quà", 15, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("30 bộ sách giáo khoa", 30, "bộ sách giáo khoa"), Q("12 thành viên", 12, "thành viên")],
[D("Quyết định", "1288", "QĐ/HU", "2024-04-10", "Ban Thường vụ Huyện ủy Đắk Glei", "Quyết định số 1288-QĐ/HU ngày 10/4/2024"),
 D("Quyết định", "1275", "QĐ/HU", None, None, "Quyết định số 1275-QĐ/HU"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "Ban Chấp hành Trung ương", "Kết luận số 21-KL/TW ngày 25/10/2021"),
 D("Kế hoạch", "116", "KH/HU", None, "Huyện ủy", "Kế hoạch số 116-KH/HU")],
[prov("Kon Tum"), com("Đắk Nhoong")],
["Trang thông tin điện tử Đảng bộ tỉnh Kon Tum", "Vị trí: Trang chủ > Hoạt động cơ sở",
 "Đồng chí Y Ngọc trao quyết định và tặng hoa chúc mừng. Ảnh: Đắk Glei", "Lượt xem: 731"],
["Ngày 16/04/2024 | 09:15", "nhiệm kỳ 2020 - 2025", "sinh năm 1985", "13 năm", "Lượt xem: 731"]))

PAGES.append(page("b5707-tuyenquang-xaminhtan-congbo-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Thời sự » Sắp xếp bộ máy
Thứ Ba, 01/07/2025 - 20:10
Xã Minh Tân công bố các quyết định về tổ chức bộ máy và nhân sự
(BTQ) - Chiều 30/6/2025, xã Minh Tân, tỉnh Tuyên Quang (mới) tổ chức lễ công bố các nghị quyết, quyết định về thành lập xã mới trên cơ sở sáp nhập 3 xã Minh Tân, Thuận Hòa, Thanh Thủy cũ của tỉnh Hà Giang trước đây; thành lập Đảng bộ xã và chỉ định nhân sự chủ chốt.
Các đồng chí lãnh đạo tỉnh trao quyết định cho Ban Chấp hành Đảng bộ xã Minh Tân.
Dự buổi lễ có đồng chí Hầu Minh Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy. Tại buổi lễ, đại diện Ban Tổ chức Tỉnh ủy đã công bố Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang năm 2025; Quyết định số 402-QĐ/TU, 403-QĐ/TU ngày 27/6/2025 của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã và chỉ định Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020 - 2025 gồm 27 đồng chí.
Theo các quyết định, đồng chí Ly Mí Chá, nguyên Bí thư Huyện ủy Vị Xuyên, được chỉ định giữ chức Bí thư Đảng ủy xã Minh Tân; đồng chí Hoàng Thị Vân, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Vàng Văn Chung, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Các đồng chí Triệu Thị Liên, Nông Văn Hiếu - Ủy viên Ban Thường vụ Đảng ủy xã được giới thiệu hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã và Phó Chủ tịch HĐND xã. Các tổ chức chính trị - xã hội xã được tổ chức lại thành các ban của Ủy ban MTTQ xã theo Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư.
Xã Minh Tân mới có diện tích tự nhiên 186,4 km2, dân số trên 19.600 người, gồm 42 thôn với 8 dân tộc cùng sinh sống, trong đó đồng bào Mông chiếm khoảng 68%; Đảng bộ xã có 61 chi bộ với 1.132 đảng viên. Xã có 2 cửa khẩu phụ và 27 km đường biên giới.
Phát biểu tại buổi lễ, đồng chí Hầu Minh Lợi đề nghị Đảng ủy xã bảo đảm bộ máy vận hành thông suốt từ ngày 01/7/2025 theo Nghị định số 150/2025/NĐ-CP của Chính phủ; sắp xếp 58 cán bộ, công chức; quan tâm giải quyết chế độ cho 14 người nghỉ việc theo Nghị định số 178/2024/NĐ-CP; không để người dân đi lại làm thủ tục bị gián đoạn.
Thay mặt Ban Chấp hành Đảng bộ xã, đồng chí Ly Mí Chá hứa sẽ cùng tập thể đoàn kết, gần dân; trong tháng 7 hoàn thành kiện toàn 42 chi bộ thôn và ra mắt Trung tâm phục vụ hành chính công xã.
Phương Anh
Lượt đọc: 5.211
Tin liên quan
- Tuyên Quang (mới) công bố thành lập 124 xã, phường (30/06/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (28/06/2025)
- Xã Yên Minh chạy thử chính quyền địa phương hai cấp (20/06/2025)
""", "2025-07-01", "Xã Minh Tân công bố các quyết định về tổ chức bộ máy và nhân sự",
E("khac", None, "2025-06-30"),
[P("Hầu Minh Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ly Mí Chá", "nguyên Bí thư Huyện ủy Vị Xuyên", "Bí thư Đảng ủy xã Minh Tân"),
 P("Hoàng Thị Vân", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Vàng Văn Chung", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Triệu Thị Liên", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nông Văn Hiếu", "Ủy viên Ban Thường vụ Đảng ủy xã", "Phó Chủ tịch HĐND xã")],
[Q("3 xã", 3, "xã"), Q("27 đồng chí", 27, "đồng chí"), Q("186,4 km2", 186.4, "km2"), Q("trên 19.600 người", 19600, "người", "over"),
 Q("42 thôn", 42, "thôn"), Q("8 dân tộc", 8, "dân tộc"), Q("khoảng 68%", 68, "%", "approx"), Q("61 chi bộ", 61, "chi bộ"),
 Q("1.132 đảng viên", 1132, "đảng viên"), Q("2 cửa khẩu phụ", 2, "cửa khẩu phụ"), Q("27 km", 27, "km"),
 Q("58 cán bộ, công chức", 58, "cán bộ, công chức"), Q("14 người", 14, "người"), Q("42 chi bộ thôn", 42, "chi bộ thôn")],
[D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "402", "QĐ/TU", "2025-06-27", "Ban Thường vụ Tỉnh ủy", "Quyết định số 402-QĐ/TU, 403-QĐ/TU ngày 27/6/2025"),
 D("Quyết định", "403", "QĐ/TU", "2025-06-27", "Ban Thường vụ Tỉnh ủy", "403-QĐ/TU ngày 27/6/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Nghị định", "150", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 150/2025/NĐ-CP"),
 D("Nghị định", "178", "2024/NĐ-CP", None, None, "Nghị định số 178/2024/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Tân"), com("Thuận Hòa"), com("Thanh Thủy")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Thời sự » Sắp xếp bộ máy", "(BTQ)",
 "Các đồng chí lãnh đạo tỉnh trao quyết định cho Ban Chấp hành Đảng bộ xã Minh Tân.", "Trung tâm phục vụ hành chính công xã", "Lượt đọc: 5.211"],
["Thứ Ba, 01/07/2025 - 20:10", "năm 2025", "nhiệm kỳ 2020 - 2025", "27 đồng chí", "tháng 7", "Lượt đọc: 5.211"]))

PAGES.append(page("b5708-vinhlong-mttq-hoinghi-2025", """
Báo Vĩnh Long điện tử
Mặt trận - Đoàn thể >> Tin tức
Cập nhật: 08:30, 12/08/2025 (GMT+7)
Công bố quyết định về nhân sự Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
(VLO) - Chiều 11/8/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức hội nghị công bố quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ, sau khi hợp nhất Mặt trận và các tổ chức chính trị - xã hội của 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Ảnh: Đại biểu dự hội nghị.
Đồng chí Phan Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, công bố Quyết định số 285-QĐ/TU ngày 08/8/2025 chỉ định đồng chí Thạch Thị Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, giữ chức Phó Chủ tịch, Chủ tịch Hội LHPN tỉnh; và Quyết định số 286-QĐ/TU phân công các đồng chí Nguyễn Hữu Nghĩa, Lê Văn Chính, Kim Sô Phê - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiêm nhiệm người đứng đầu Hội Nông dân, Hội Cựu chiến binh và Tỉnh đoàn. Đồng chí Võ Thanh Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo Quyết định số 252-QĐ/TU, bộ máy cơ quan Ủy ban MTTQ tỉnh mới có 12 ban, văn phòng với 236 cán bộ, công chức, người lao động; đến nay đã bố trí xong 43 trưởng, phó ban. Việc sắp xếp thực hiện theo Kết luận số 155-KL/TW ngày 29/5/2025 của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 17-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Báo cáo nhanh cho thấy, Mặt trận và các đoàn thể tỉnh hiện tập hợp khoảng 1,2 triệu đoàn viên, hội viên; Quỹ "Vì người nghèo" 3 tỉnh chuyển sang có số dư hơn 42 tỷ đồng. Trong 7 tháng đầu năm, cả 3 tỉnh đã hỗ trợ xây mới 2.864 căn nhà cho hộ nghèo theo Chương trình "Chung tay xóa nhà tạm, nhà dột nát", hoàn thành 100% chỉ tiêu.
Phát biểu nhận nhiệm vụ, đồng chí Thạch Thị Sa Rinh, người dân tộc Khmer, cho biết sẽ tập trung thống nhất hoạt động của 124 Hội LHPN xã, phường với hơn 310.000 hội viên. Đồng chí Võ Thanh Hùng đề nghị cán bộ mới giữ ổn định tư tưởng, không để đoàn viên, hội viên bị gián đoạn sinh hoạt; chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I theo Chỉ thị số 45-CT/TW của Bộ Chính trị.
Đồng chí Lê Văn Chính, nguyên Chủ tịch Hội Nông dân tỉnh Bến Tre, phát biểu thay mặt các cán bộ được phân công. Đồng chí cho biết trong tháng 8 sẽ làm việc với 96 Hội Nông dân cơ sở, rà soát 1.850 hộ vay vốn Quỹ Hỗ trợ nông dân để bàn giao liền mạch, không để nợ quá hạn tăng.
Thanh Tâm
Các tin đã đưa
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long sau hợp nhất (01/07/2025)
- Hội nghị hiệp thương cử Chủ tịch Ủy ban MTTQ xã Long Hồ (15/07/2025)
- Trao 500 suất quà cho hộ nghèo nhân ngày 27/7 (24/07/2025)
""", "2025-08-12", "Công bố quyết định về nhân sự Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long",
E("hoi_nghi", None, "2025-08-11"),
[P("Phan Văn Đức", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Thạch Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Hữu Nghĩa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Chính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "nguyên Chủ tịch Hội Nông dân tỉnh Bến Tre"),
 P("Kim Sô Phê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thanh Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("12 ban, văn phòng", 12, "ban, văn phòng"), Q("236 cán bộ, công chức, người lao động", 236, "cán bộ, công chức, người lao động"),
 Q("43 trưởng, phó ban", 43, "trưởng, phó ban"), Q("khoảng 1,2 triệu đoàn viên, hội viên", 1200000, "đoàn viên, hội viên", "approx"),
 Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"), Q("2.864 căn nhà", 2864, "căn nhà"), Q("100%", 100, "%"),
 Q("124 Hội LHPN xã, phường", 124, "Hội LHPN xã, phường"), Q("hơn 310.000 hội viên", 310000, "hội viên", "over"),
 Q("96 Hội Nông dân cơ sở", 96, "Hội Nông dân cơ sở"), Q("1.850 hộ", 1850, "hộ")],
[D("Quyết định", "285", "QĐ/TU", "2025-08-08", "Ban Thường vụ Tỉnh ủy", "Quyết định số 285-QĐ/TU ngày 08/8/2025"),
 D("Quyết định", "286", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 286-QĐ/TU"),
 D("Quyết định", "252", "QĐ/TU", None, None, "Quyết định số 252-QĐ/TU"),
 D("Kết luận", "155", "KL/TW", "2025-05-29", "Bộ Chính trị, Ban Bí thư", "Kết luận số 155-KL/TW ngày 29/5/2025"),
 D("Hướng dẫn", "17", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 17-HD/MTTW-BTT"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh")],
["Báo Vĩnh Long điện tử", "Mặt trận - Đoàn thể >> Tin tức", "(VLO)", "Ảnh: Đại biểu dự hội nghị.", "Vì người nghèo",
 "Chung tay xóa nhà tạm, nhà dột nát", "Quỹ Hỗ trợ nông dân"],
["Cập nhật: 08:30, 12/08/2025 (GMT+7)", "7 tháng đầu năm", "lần thứ I", "tháng 8"]))

PAGES.append(page("b5709-lamdong-xaquangtin-daihoi-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Đại hội Đảng các cấp
Thứ Sáu, 18/07/2025
Đại hội Đảng bộ xã Quảng Tín lần thứ I: đồng chí Điểu K'Rơm được chỉ định giữ chức Bí thư
Trong 2 ngày 16 - 17/7/2025, Đảng bộ xã Quảng Tín, tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 - đại hội điểm cấp xã đầu tiên của tỉnh sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự đại hội có 150 đại biểu đại diện cho 1.016 đảng viên của 38 chi bộ.
Quang cảnh Đại hội. Ảnh: Hữu Long
Đến dự và chỉ đạo có đồng chí K'Mák Ha Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Trần Đình Lộc, Phó Trưởng Ban Tổ chức Tỉnh ủy.
Tại đại hội, đồng chí Trần Đình Lộc đã công bố Quyết định số 1024-QĐ/TU ngày 14/7/2025 của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I gồm 23 đồng chí, Ban Thường vụ gồm 7 đồng chí. Đồng chí Điểu K'Rơm, Ủy viên Ban Chấp hành Đảng bộ tỉnh, nguyên Bí thư Huyện ủy Đắk R'lấp, được chỉ định giữ chức Bí thư Đảng ủy xã; các đồng chí Phạm Thị Hương, Y Kriêng - Phó Bí thư Đảng ủy xã. Đồng chí Thị Bảo, Trưởng Ban Xây dựng Đảng Đảng ủy xã, được chỉ định làm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã.
Nhiệm kỳ 2020 - 2025, các xã cũ đạt và vượt 18/21 chỉ tiêu; thu nhập bình quân đạt 68 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 1,9%, riêng hộ nghèo đồng bào dân tộc thiểu số tại chỗ còn 74 hộ. Nhân dân hiến trên 42.000 m2 đất, đóng góp khoảng 15 tỷ đồng làm đường. Đại hội thông qua Nghị quyết với 3 khâu đột phá và 26 chỉ tiêu chủ yếu, phấn đấu đến năm 2030 có ít nhất 90% thôn, bon đạt chuẩn văn hóa.
Phát biểu chỉ đạo, đồng chí K'Mák Ha Thu đề nghị Đảng bộ xã quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp, thực hiện Quy định số 253-QĐ/TW về bầu cử trong Đảng; chăm lo đời sống của 612 hộ đồng bào Mnông, Mạ, phát huy vai trò của 19 già làng, người có uy tín ở các bon. Ông Điểu Mprưm, già làng bon Bu Prăng, phát biểu thay mặt nhân dân chúc mừng đại hội.
Đại hội đã bầu đoàn đại biểu đi dự Đại hội Đảng bộ tỉnh lần thứ I gồm 5 đồng chí. Bí thư Đảng ủy xã Điểu K'Rơm hứa sẽ cùng tập thể Ban Chấp hành đưa Nghị quyết sớm vào cuộc sống, trước mắt hoàn thành nhựa hóa 12 km đường liên thôn và vận động 240 hộ chuyển đổi sang trồng cà phê, sầu riêng theo hướng hữu cơ ngay trong năm 2025.
Lê Hòa
Bài viết liên quan
- Xã Nam Dong tổ chức Đại hội Đảng bộ lần thứ I (15/07/2025)
- Lâm Đồng (mới) có 124 xã, phường, đặc khu (01/07/2025)
- Ra mắt Ủy ban MTTQ Việt Nam xã Quảng Tín (02/07/2025)
""", "2025-07-18", "Đại hội Đảng bộ xã Quảng Tín lần thứ I: đồng chí Điểu K'Rơm được chỉ định giữ chức Bí thư",
E("dai_hoi", None, "2025-07-16"),
[P("Điểu K'Rơm", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "nguyên Bí thư Huyện ủy Đắk R'lấp", "Bí thư Đảng ủy xã", "Bí thư"),
 P("K'Mák Ha Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Đình Lộc", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Phạm Thị Hương", "Phó Bí thư Đảng ủy xã"),
 P("Y Kriêng", "Phó Bí thư Đảng ủy xã"),
 P("Thị Bảo", "Trưởng Ban Xây dựng Đảng Đảng ủy xã", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã"),
 P("Điểu Mprưm", "già làng bon Bu Prăng")],
[Q("3 tỉnh", 3, "tỉnh"), Q("150 đại biểu", 150, "đại biểu"), Q("1.016 đảng viên", 1016, "đảng viên"), Q("38 chi bộ", 38, "chi bộ"),
 Q("23 đồng chí", 23, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("18/21 chỉ tiêu", 18, "chỉ tiêu"),
 Q("68 triệu đồng/người/năm", 68000000, "đồng"), Q("1,9%", 1.9, "%"), Q("74 hộ", 74, "hộ"), Q("trên 42.000 m2", 42000, "m2", "over"),
 Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("3 khâu đột phá", 3, "khâu đột phá"), Q("26 chỉ tiêu chủ yếu", 26, "chỉ tiêu chủ yếu"),
 Q("ít nhất 90%", 90, "%", "over"), Q("612 hộ đồng bào Mnông, Mạ", 612, "hộ đồng bào Mnông, Mạ"),
 Q("19 già làng, người có uy tín", 19, "già làng, người có uy tín"), Q("5 đồng chí", 5, "đồng chí"), Q("12 km", 12, "km"), Q("240 hộ", 240, "hộ")],
[D("Quyết định", "1024", "QĐ/TU", "2025-07-14", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1024-QĐ/TU ngày 14/7/2025"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Quy định", "253", "QĐ/TW", None, None, "Quy định số 253-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tín")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Đại hội Đảng các cấp", "Quang cảnh Đại hội. Ảnh: Hữu Long"],
["Thứ Sáu, 18/07/2025", "2 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Nhiệm kỳ 2020 - 2025", "khóa I", "đến năm 2030", "năm 2025", "23 đồng chí", "7 đồng chí", "5 đồng chí"]))

PAGES.append(page("b5710-dongnai-bdv-tongket-2025", """
ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai
Hôm nay: Thứ Hai, 12/01/2026
Chính trị › Xây dựng Đảng
08/01/2026 - 15:20
Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm 2025, công bố quyết định bổ nhiệm 3 Phó Trưởng ban
Ngày 07/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026 - năm đầu tiên sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Toàn cảnh hội nghị. Ảnh: Công Nghĩa
Đồng chí Điểu Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Tại hội nghị, đồng chí Nguyễn Văn Phước, Phó Trưởng Ban Tổ chức Tỉnh ủy, công bố Quyết định số 611-QĐ/TU, 612-QĐ/TU và 613-QĐ/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy bổ nhiệm các đồng chí Lâm Văn Tài, Trưởng phòng Dân vận chính quyền; Thị Kim Chi, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền; Trần Minh Quang, Phó Chánh Văn phòng Tỉnh ủy giữ chức Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, nâng số phó trưởng ban lên 6 đồng chí.
Báo cáo tổng kết cho biết, năm 2025 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 12, 13-KH/TU về tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I và về công tác dân vận trong thực hiện mô hình chính quyền địa phương hai cấp; Quy chế phối hợp số 04-QC/BTGDVTU với Ủy ban MTTQ Việt Nam tỉnh. Khối dân vận vận động xây mới 1.476 căn nhà cho hộ nghèo, hộ khó khăn với tổng kinh phí gần 88 tỷ đồng; 95 xã, phường đã có mô hình "Dân vận khéo" với tổng số 1.230 mô hình, trong đó 114 mô hình tiêu biểu cấp tỉnh. Số vụ việc khiếu kiện đông người giảm 27% so với năm 2024.
Tại hội nghị, đồng chí Lâm Văn Tài đề nghị tiếp tục tổ chức tập huấn cho 190 cán bộ dân vận cấp xã mới bố trí, phần lớn chưa qua đào tạo chuyên môn dân vận. Đồng chí Điểu Minh, Trưởng ban Tuyên giáo và Dân vận Đảng ủy xã Bù Gia Mập, nêu khó khăn của 3 thôn đồng bào S'tiêng ở xa trung tâm xã.
Kết luận hội nghị, đồng chí Điểu Thị Hằng chúc mừng 3 đồng chí được bổ nhiệm, yêu cầu năm 2026 thực hiện Nghị quyết 57, 66-NQ/TW của Bộ Chính trị gắn với công tác dân vận; tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031; phấn đấu 100% xã, phường có tổ dân vận hoạt động hiệu quả.
Dịp này, 22 tập thể và 31 cá nhân được Ban tặng giấy khen.
Bảo Ngọc
Lượt xem: 2.870
Tin liên quan
- Đồng Nai: 95 xã, phường tổng kết phong trào "Dân vận khéo" năm 2025 (30/12/2025)
- Hội nghị giao ban khối dân vận quý IV (18/12/2025)
- Tôn vinh 120 gương điển hình trong học tập và làm theo Bác (10/12/2025)
""", "2026-01-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy tổng kết năm 2025, công bố quyết định bổ nhiệm 3 Phó Trưởng ban",
E("tong_ket", "2025", "2026-01-07"),
[P("Điểu Thị Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phước", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lâm Văn Tài", "Trưởng phòng Dân vận chính quyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Kim Chi", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Quang", "Phó Chánh Văn phòng Tỉnh ủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Minh", "Trưởng ban Tuyên giáo và Dân vận Đảng ủy xã Bù Gia Mập")],
[Q("3 Phó Trưởng ban", 3, "Phó Trưởng ban"), Q("6 đồng chí", 6, "đồng chí"), Q("1.476 căn nhà", 1476, "căn nhà"),
 Q("gần 88 tỷ đồng", 88000000000, "đồng", "approx"), Q("95 xã, phường", 95, "xã, phường"), Q("1.230 mô hình", 1230, "mô hình"),
 Q("114 mô hình tiêu biểu cấp tỉnh", 114, "mô hình tiêu biểu cấp tỉnh"), Q("27%", 27, "%"), Q("190 cán bộ dân vận cấp xã", 190, "cán bộ dân vận cấp xã"),
 Q("3 thôn đồng bào S'tiêng", 3, "thôn đồng bào S'tiêng"), Q("100%", 100, "%"), Q("22 tập thể", 22, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Quyết định", "611", "QĐ/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Quyết định số 611-QĐ/TU, 612-QĐ/TU và 613-QĐ/TU ngày 05/01/2026"),
 D("Quyết định", "612", "QĐ/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "612-QĐ/TU và 613-QĐ/TU ngày 05/01/2026"),
 D("Quyết định", "613", "QĐ/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "613-QĐ/TU ngày 05/01/2026"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Kế hoạch", "13", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 12, 13-KH/TU"),
 D("Quy chế phối hợp", "04", "QC/BTGDVTU", None, None, "Quy chế phối hợp số 04-QC/BTGDVTU"),
 D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 66-NQ/TW"),
 D("Nghị quyết", "66", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57, 66-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập")],
["ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Đồng Nai", "Hôm nay: Thứ Hai, 12/01/2026", "Chính trị › Xây dựng Đảng",
 "Toàn cảnh hội nghị. Ảnh: Công Nghĩa", "Dân vận khéo", "Lượt xem: 2.870"],
["08/01/2026 - 15:20", "năm 2025", "năm 2026", "lần thứ I", "năm 2024", "khóa XVI", "nhiệm kỳ 2026 - 2031", "6 đồng chí", "Lượt xem: 2.870"]))
