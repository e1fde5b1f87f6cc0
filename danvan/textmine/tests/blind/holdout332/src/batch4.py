from lib import *
PAGES = []

PAGES.append(page("b7943-kiengiang-bdbp-traoqua-2024", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị » Quốc phòng - An ninh
31/5/2024 | 17:05
Ảnh: Thượng tá Danh Sa Rết trao áo phao cho học sinh xã đảo Hòn Tre.
Bộ đội Biên phòng tặng bể bơi và 500 áo phao cho học sinh xã đảo
Ngày 30/5, nhân dịp Tháng hành động vì trẻ em năm 2024, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang phối hợp Sở Giáo dục và Đào tạo trao tặng 1 bể bơi di động và 500 áo phao cho học sinh các xã đảo Hòn Tre, Lại Sơn và Tiên Hải. Tổng trị giá quà tặng khoảng 420 triệu đồng, do các nhà hảo tâm đóng góp.
Tham dự có Đại tá Nguyễn Văn Hùng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh; bà Lâm Thị Ngọc Hân, Phó Giám đốc Sở Giáo dục và Đào tạo; các đồng chí Phó Chủ tịch UBND xã Hòn Tre: Danh Út, Trần Văn Nghĩa cùng đại diện chính quyền các xã Lại Sơn, Tiên Hải.
Các xã đảo có trên 3.400 học sinh, phần lớn là con em ngư dân; hằng ngày nhiều em phải đi tàu, xuồng giữa các hòn đảo để đến trường. Theo khảo sát của ngành giáo dục, chỉ khoảng 40% học sinh ở đây biết bơi, trong khi các em thường xuyên tắm biển, theo cha mẹ ra bè nuôi cá.
Hoạt động nằm trong Quy chế phối hợp số 03/QCPH-BĐBP-SGDĐT giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Giáo dục và Đào tạo về phòng, chống đuối nước cho học sinh vùng biên giới biển, thực hiện Kế hoạch số 134/KH-UBND ngày 8/4/2024 của UBND tỉnh. Bể bơi di động dài 20 m, được lắp đặt tại Trường Tiểu học và THCS Hòn Tre, dùng chung cho học sinh cả 3 xã theo lịch luân phiên.
Thượng tá Danh Sa Rết, Chính trị viên Đồn Biên phòng Hòn Tre, cho biết từ năm 2022 đến nay, cán bộ, chiến sĩ của đồn đã mở 9 lớp dạy bơi miễn phí cho 270 học sinh; đồn cũng cử 6 cán bộ, chiến sĩ đã qua huấn luyện cứu hộ trực tại bãi tắm trong dịp hè. Năm nay, đồn đăng ký dạy bơi cho ít nhất 150 em.
Dịp này, đoàn còn trao 80 suất học bổng "Nâng bước em tới trường" cho học sinh có hoàn cảnh khó khăn, mỗi suất 1,5 triệu đồng và 200 phần quà gồm sách vở, đồ dùng học tập. Em Thị Sa Phi, học sinh lớp 6 Trường Tiểu học và THCS Lại Sơn, bày tỏ niềm vui khi lần đầu có áo phao riêng để đi xuồng qua đảo.
Phát biểu tại buổi lễ, Đại tá Nguyễn Văn Hùng đề nghị nhà trường phối hợp chặt chẽ với các đồn biên phòng, chính quyền xã quản lý, sử dụng bể bơi hiệu quả, bảo đảm an toàn tuyệt đối; phụ huynh quan tâm nhắc nhở con em mặc áo phao mỗi khi đi tàu, xuồng, không tắm biển khi sóng lớn.
Bà Lâm Thị Ngọc Hân cho biết, ngành giáo dục sẽ đưa nội dung dạy bơi an toàn vào hoạt động trải nghiệm của các trường vùng đảo ngay từ năm học 2024 - 2025.
Quốc Bình
Tin liên quan
- Kiên Hải: 2 học sinh đuối nước khi tắm biển (12/05/2024)
- Phú Quốc khai giảng lớp dạy bơi miễn phí cho trẻ em (28/05/2024)
- Bộ đội Biên phòng tỉnh trao 50 suất học bổng "Nâng bước em tới trường" (15/04/2024)
""", "2024-05-31", "Bộ đội Biên phòng tặng bể bơi và 500 áo phao cho học sinh xã đảo",
E("trao_qua", None, "2024-05-30"),
[P("Danh Sa Rết", "Thượng tá", "Chính trị viên Đồn Biên phòng Hòn Tre"),
 P("Nguyễn Văn Hùng", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Lâm Thị Ngọc Hân", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Danh Út", "Phó Chủ tịch UBND xã Hòn Tre"),
 P("Trần Văn Nghĩa", "Phó Chủ tịch UBND xã Hòn Tre"),
 P("Thị Sa Phi", "học sinh lớp 6 Trường Tiểu học và THCS Lại Sơn")],
[Q("500 áo phao", 500, "áo phao"), Q("1 bể bơi di động", 1, "bể bơi di động"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("trên 3.400 học sinh", 3400, "học sinh", "over"),
 Q("khoảng 40% học sinh", 40, "%", "approx"), Q("20 m", 20, "m"), Q("9 lớp dạy bơi miễn phí", 9, "lớp dạy bơi miễn phí"),
 Q("270 học sinh", 270, "học sinh"), Q("6 cán bộ, chiến sĩ", 6, "cán bộ, chiến sĩ"), Q("ít nhất 150 em", 150, "em", "over"),
 Q("80 suất học bổng", 80, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("200 phần quà", 200, "phần quà")],
[D("Quy chế phối hợp", "03", "QCPH-BĐBP-SGDĐT", None, None, "Quy chế phối hợp số 03/QCPH-BĐBP-SGDĐT"),
 D("Kế hoạch", "134", "KH-UBND", "2024-04-08", "UBND tỉnh", "Kế hoạch số 134/KH-UBND ngày 8/4/2024")],
[prov("Kiên Giang"), com("Hòn Tre"), com("Lại Sơn"), com("Tiên Hải")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị » Quốc phòng - An ninh",
 "Ảnh: Thượng tá Danh Sa Rết trao áo phao cho học sinh xã đảo Hòn Tre.", "Nâng bước em tới trường", "Tháng hành động vì trẻ em"],
["31/5/2024 | 17:05", "năm 2024", "năm 2022", "3 xã", "lớp 6", "năm học 2024 - 2025"]))

PAGES.append(page("b7944-haiduong-ubnd-hoinghi-2025", """
BÁO HẢI DƯƠNG
Trang chủ / Xã hội / Gia đình - Trẻ em
Thứ Sáu, ngày 16/05/2025 - 10:30
Phó Chủ tịch UBND tỉnh Trần Văn Quân phát biểu tại hội nghị.
Hải Dương đặt mục tiêu 100% học sinh tiểu học được học bơi an toàn
Sáng 15/5, UBND tỉnh Hải Dương tổ chức hội nghị triển khai Tháng hành động vì trẻ em và công tác phòng, chống đuối nước trẻ em năm 2025. Phó Chủ tịch UBND tỉnh Trần Văn Quân chủ trì; dự có TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phạm Thị Thu Hiền và lãnh đạo các sở, ngành, 12 huyện, thị xã, thành phố.
Báo cáo tại hội nghị cho biết, năm 2024 toàn tỉnh có 19 trẻ em tử vong do đuối nước, giảm 6 em so với năm 2023. Nhiều địa phương đã mở lớp dạy bơi miễn phí: trong hè 2024 có 236 lớp với trên 7.000 trẻ em tham gia, tỷ lệ học sinh tiểu học biết bơi đạt 61,5%. Toàn tỉnh hiện có 48 bể bơi, trong đó 17 bể bơi trong trường học.
Thực hiện Kế hoạch số 1520/KH-UBND ngày 24/4/2025 của UBND tỉnh và Kế hoạch 88, 89/KH-SYT của Sở Y tế, năm 2025 tỉnh đặt mục tiêu giảm ít nhất 10% số trẻ em tử vong do đuối nước so với năm 2024; 100% học sinh tiểu học được học kỹ năng bơi an toàn; mỗi xã, phường có tối thiểu 1 lớp dạy bơi miễn phí trong dịp hè. Ngân sách tỉnh bố trí 3,5 tỷ đồng hỗ trợ lắp đặt bể bơi di động cho các trường học chưa có bể.
Tại hội nghị, bà Vũ Thị Thanh Mai, Chủ tịch UBND xã Cẩm Chế, chia sẻ mô hình "Vòng tay bảo vệ trẻ em": xã huy động 35 đoàn viên, hội viên trực tại 8 điểm ao, hồ, sông vào buổi chiều hè; xã đã 3 năm liền không có trẻ em bị đuối nước. Ông Nguyễn Đức Thịnh, Hiệu trưởng Trường THCS Sao Đỏ (phường Sao Đỏ, thành phố Chí Linh), kiến nghị cơ chế cho phép nhà trường liên kết với doanh nghiệp xây bể bơi trong khuôn viên trường.
Ông Đỗ Mạnh Cường, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch thông tin, Sở sẽ mở 2 lớp tập huấn cho khoảng 200 hướng dẫn viên bơi trong tháng 5 và tháng 6, ưu tiên giáo viên các xã ven sông Thái Bình, sông Kinh Thầy, trong đó có xã Thanh Hải.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Trần Văn Quân lưu ý việc sắp xếp tổ chức bộ máy, sáp nhập đơn vị hành chính không được làm gián đoạn công tác bảo vệ trẻ em; các địa phương phải rà soát, cắm biển cảnh báo tại tất cả điểm nguy hiểm trước ngày 31/5/2025, phân công rõ người chịu trách nhiệm. Ông cũng đề nghị Ủy ban MTTQ Việt Nam và các đoàn thể vận động hội viên làm rào chắn ao, hồ quanh nhà.
Dịp này, Quỹ Bảo trợ trẻ em tỉnh tiếp nhận 1,2 tỷ đồng ủng hộ từ 15 doanh nghiệp để hỗ trợ trẻ em có hoàn cảnh đặc biệt và trang bị áo phao.
Thành Chung
Tin cùng chuyên mục
- Chí Linh khai giảng 20 lớp dạy bơi cho học sinh (10/05/2025)
- Hội nghị tổng kết công tác trẻ em năm 2024 (15/01/2025)
- Tập huấn kỹ năng phòng, chống xâm hại trẻ em (20/04/2025)
""", "2025-05-16", "Hải Dương đặt mục tiêu 100% học sinh tiểu học được học bơi an toàn",
E("hoi_nghi", "2025", "2025-05-15"),
[P("Trần Văn Quân", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Thị Thu Hiền", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Thanh Mai", "Chủ tịch UBND xã Cẩm Chế"),
 P("Nguyễn Đức Thịnh", "Hiệu trưởng Trường THCS Sao Đỏ"),
 P("Đỗ Mạnh Cường", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch")],
[Q("100% học sinh tiểu học", 100, "%"), Q("12 huyện, thị xã, thành phố", 12, "huyện, thị xã, thành phố"),
 Q("19 trẻ em", 19, "trẻ em"), Q("6 em", 6, "em"), Q("236 lớp", 236, "lớp"), Q("trên 7.000 trẻ em", 7000, "trẻ em", "over"),
 Q("61,5%", 61.5, "%"), Q("48 bể bơi", 48, "bể bơi"), Q("17 bể bơi", 17, "bể bơi"), Q("ít nhất 10%", 10, "%", "over"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("35 đoàn viên, hội viên", 35, "đoàn viên, hội viên"), Q("8 điểm ao, hồ, sông", 8, "điểm ao, hồ, sông"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("khoảng 200 hướng dẫn viên bơi", 200, "hướng dẫn viên bơi", "approx"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("15 doanh nghiệp", 15, "doanh nghiệp")],
[D("Kế hoạch", "1520", "KH-UBND", "2025-04-24", "UBND tỉnh", "Kế hoạch số 1520/KH-UBND ngày 24/4/2025"),
 D("Kế hoạch", "88", "KH-SYT", None, "Sở Y tế", "Kế hoạch 88, 89/KH-SYT"),
 D("Kế hoạch", "89", "KH-SYT", None, "Sở Y tế", "Kế hoạch 88, 89/KH-SYT")],
[prov("Hải Dương"), com("Cẩm Chế"), com("Sao Đỏ"), com("Thanh Hải")],
["BÁO HẢI DƯƠNG", "Trang chủ / Xã hội / Gia đình - Trẻ em", "Phó Chủ tịch UBND tỉnh Trần Văn Quân phát biểu tại hội nghị.",
 "Vòng tay bảo vệ trẻ em", "Tháng hành động vì trẻ em", "Quỹ Bảo trợ trẻ em tỉnh"],
["Thứ Sáu, ngày 16/05/2025 - 10:30", "năm 2025", "năm 2024", "năm 2023", "hè 2024", "3 năm", "tháng 5 và tháng 6", "tối thiểu 1 lớp dạy bơi miễn phí"]))

PAGES.append(page("b7945-lamdong-svhttdl-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG
Trang chủ :: Tin tức :: Thể dục - Thể thao
Ngày đăng: 22/08/2025 15:47
Tổng kết lớp bơi hè: 9.056 trẻ em biết bơi an toàn
Ảnh: Các em thiếu nhi xã Hàm Thuận trong buổi kiểm tra kỹ năng bơi.
Ngày 21/8/2025, Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng tổ chức hội nghị tổng kết chương trình dạy bơi an toàn, phòng, chống đuối nước trẻ em hè năm 2025. Đây là mùa hè đầu tiên chương trình được triển khai trên địa bàn tỉnh Lâm Đồng mới sau hợp nhất với Đắk Nông và Bình Thuận, với 124 xã, phường, đặc khu.
Ông Hoàng Văn Thịnh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch chủ trì; dự có bà Ka Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện lãnh đạo các xã, phường.
Theo báo cáo, hè năm 2025 toàn tỉnh mở 312 lớp dạy bơi, trong đó 185 lớp miễn phí, thu hút 10.420 trẻ em tham gia; có 9.056 trẻ em đạt chuẩn kỹ năng bơi an toàn, đạt 86,9%. Tổng kinh phí thực hiện khoảng 4,3 tỷ đồng, trong đó xã hội hóa trên 2 tỷ đồng. Tỉnh đã đưa vào sử dụng thêm 28 bể bơi lắp ghép tại các trường học vùng đồng bào dân tộc thiểu số.
Chương trình triển khai theo Quyết định số 412/QĐ-UBND ngày 10/7/2025 của UBND tỉnh và Hướng dẫn số 15/HD-SVHTTDL của Sở, trên cơ sở kế thừa các kế hoạch của ba tỉnh trước hợp nhất.
Tại xã Quảng Khê, Đoàn Thanh niên xã phối hợp Đồn Biên phòng mở 5 lớp cho 150 em đồng bào Mnông, M'Nông; anh Điểu K'Thành, Bí thư Đoàn xã Quảng Khê cho biết phần lớn các em lần đầu được học bơi bài bản. Ở xã Hàm Thuận và phường Phan Thiết, các câu lạc bộ bơi lội phối hợp Đồn Biên phòng dạy bơi trên biển cho 1.200 em. Bà Bá Thị Hồng Nhung, Chủ tịch UBND xã Bắc Bình, chia sẻ kinh nghiệm vận động các gia đình người Chăm cho con gái tham gia lớp bơi.
Ông K'Brăh, Bí thư Đảng ủy, Chủ tịch HĐND xã Đam Rông 1, đề nghị tỉnh sớm ban hành định mức hỗ trợ cho huấn luyện viên dạy bơi ở cấp xã, vì sau khi bỏ cấp huyện, nhiều xã chưa có cán bộ chuyên trách thể dục thể thao.
Hội nghị cũng chỉ ra: từ đầu năm 2025 đến nay toàn tỉnh vẫn xảy ra 23 trường hợp trẻ em tử vong do đuối nước, chủ yếu ở sông, suối, hồ thủy lợi và bãi biển không có người cứu hộ.
Kết luận, ông Hoàng Văn Thịnh yêu cầu các xã, phường duy trì lớp bơi vào cuối tuần; năm 2026 phấn đấu có ít nhất 200 lớp dạy bơi miễn phí. Dịp này, Sở tặng giấy khen cho 14 tập thể và 30 cá nhân tiêu biểu.
Phòng Quản lý Thể dục thể thao
Tin khác
- Khai mạc giải Bơi - Lặn tỉnh Lâm Đồng năm 2025 (10/08/2025)
- Tập huấn hướng dẫn viên bơi cấp cơ sở (25/06/2025)
- Ra mắt Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng mới (01/07/2025)
""", "2025-08-22", "Tổng kết lớp bơi hè: 9.056 trẻ em biết bơi an toàn",
E("tong_ket", "2025", "2025-08-21"),
[P("Hoàng Văn Thịnh", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Ka Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu K'Thành", "Bí thư Đoàn xã Quảng Khê"),
 P("Bá Thị Hồng Nhung", "Chủ tịch UBND xã Bắc Bình"),
 P("K'Brăh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đam Rông 1")],
[Q("9.056 trẻ em", 9056, "trẻ em"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("312 lớp dạy bơi", 312, "lớp dạy bơi"), Q("185 lớp miễn phí", 185, "lớp miễn phí"), Q("10.420 trẻ em", 10420, "trẻ em"),
 Q("86,9%", 86.9, "%"), Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"),
 Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"), Q("28 bể bơi lắp ghép", 28, "bể bơi lắp ghép"), Q("5 lớp", 5, "lớp"),
 Q("150 em", 150, "em"), Q("1.200 em", 1200, "em"), Q("23 trường hợp", 23, "trường hợp"),
 Q("ít nhất 200 lớp dạy bơi miễn phí", 200, "lớp dạy bơi miễn phí", "over"), Q("14 tập thể", 14, "tập thể"),
 Q("30 cá nhân tiêu biểu", 30, "cá nhân tiêu biểu")],
[D("Quyết định", "412", "QĐ-UBND", "2025-07-10", "UBND tỉnh", "Quyết định số 412/QĐ-UBND ngày 10/7/2025"),
 D("Hướng dẫn", "15", "HD-SVHTTDL", None, "Sở", "Hướng dẫn số 15/HD-SVHTTDL")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Hàm Thuận"), com("Quảng Khê"), com("Phan Thiết"),
 com("Bắc Bình"), com("Đam Rông 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÂM ĐỒNG", "Trang chủ :: Tin tức :: Thể dục - Thể thao",
 "Ảnh: Các em thiếu nhi xã Hàm Thuận trong buổi kiểm tra kỹ năng bơi."],
["Ngày đăng: 22/08/2025 15:47", "hè năm 2025", "ba tỉnh", "năm 2025", "năm 2026", "Đam Rông 1"]))

PAGES.append(page("b7946-vinhlong-hdnd-giamsat-2025", """
HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG
Trang chủ > Hoạt động của HĐND > Giám sát, khảo sát
Thứ 6, 17/10/2025 08:45
Giám sát việc phòng, chống đuối nước trẻ em tại các xã ven sông
Ngày 15 và 16/10/2025, Ban Văn hóa - Xã hội HĐND tỉnh Vĩnh Long thực hiện giám sát chuyên đề năm 2025 về việc thực hiện chính sách, pháp luật về phòng, chống tai nạn thương tích, đuối nước trẻ em tại xã Cầu Kè, xã Thạnh Phú và phường Trà Vinh. Đoàn do bà Nguyễn Thị Thu Thảo, Ủy viên Thường trực HĐND tỉnh, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn.
Đoàn giám sát làm việc tại UBND xã Cầu Kè.
Cùng tham gia đoàn có ông Thạch Sô Phia, Phó Trưởng Ban Dân tộc HĐND tỉnh và bà Huỳnh Thị Mỹ Xuyên, Phó Giám đốc Sở Y tế - cơ quan được giao tham mưu công tác trẻ em từ ngày 1/3/2025.
Báo cáo của các địa phương cho thấy, 9 tháng năm 2025 tại 3 địa bàn được giám sát có 5 trẻ em tử vong do đuối nước, trong đó 3 em dưới 6 tuổi. Xã Cầu Kè đã phối hợp các chùa Khmer mở 6 lớp dạy bơi cho 180 em; xã Thạnh Phú lắp đặt 2 bể bơi di động tại trường học và vận động 42 hộ có ao, mương quanh nhà làm rào chắn. Phường Trà Vinh bố trí 120 triệu đồng từ ngân sách phường cho hoạt động dạy bơi hè.
Ông Kim Ngọc Thái, Chủ tịch UBND xã Cầu Kè, cho biết sau sắp xếp, xã có diện tích lớn, dân số trên 42.000 người, nhưng chỉ có 1 công chức phụ trách văn hóa - xã hội kiêm nhiệm công tác trẻ em. Bà Thạch Thị Sô Phia, Chủ tịch Hội LHPN xã Cầu Kè, kiến nghị hỗ trợ áo phao cho học sinh đi đò qua sông Hậu.
Đoàn ghi nhận, các địa phương đã thực hiện Kế hoạch số 276/KH-UBND ngày 5/8/2025 của UBND tỉnh và Nghị quyết số 32/2025/NQ-HĐND của HĐND tỉnh về mức hỗ trợ dạy bơi cho trẻ em, mỗi em được hỗ trợ tối đa 300.000 đồng/khóa. Tuy vậy, việc giải ngân còn chậm; đến thời điểm giám sát, xã Thạnh Phú mới giải ngân khoảng 35% kinh phí được giao.
Kết luận đợt giám sát, bà Nguyễn Thị Thu Thảo đề nghị UBND các xã, phường rà soát, lập danh sách trẻ em có nguy cơ cao; ít nhất 80% trẻ em từ 6 đến 15 tuổi trên địa bàn được học kỹ năng bơi an toàn trong năm 2026; kiến nghị UBND tỉnh chỉ đạo Sở Y tế, Sở Giáo dục và Đào tạo hướng dẫn thống nhất việc thống kê, báo cáo số liệu trẻ em đuối nước theo mô hình chính quyền hai cấp.
Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh. Đoàn cũng đề nghị các xã, phường tăng cường tuyên truyền trên hệ thống loa truyền thanh cơ sở, nhất là vào mùa nước nổi.
Minh Trí
Tin liên quan
- Thường trực HĐND tỉnh giám sát công tác chuyển đổi số cấp xã (10/10/2025)
- Ban Pháp chế HĐND tỉnh khảo sát tại phường Bến Tre (03/10/2025)
- Kỳ họp chuyên đề HĐND tỉnh Vĩnh Long (25/09/2025)
""", "2025-10-17", "Giám sát việc phòng, chống đuối nước trẻ em tại các xã ven sông",
E("giam_sat", "2025", "2025-10-15"),
[P("Nguyễn Thị Thu Thảo", "Ủy viên Thường trực HĐND tỉnh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Thạch Sô Phia", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Huỳnh Thị Mỹ Xuyên", "Phó Giám đốc Sở Y tế"),
 P("Kim Ngọc Thái", "Chủ tịch UBND xã Cầu Kè"),
 P("Thạch Thị Sô Phia", "Chủ tịch Hội LHPN xã Cầu Kè")],
[Q("5 trẻ em", 5, "trẻ em"), Q("3 em", 3, "em"), Q("6 lớp dạy bơi", 6, "lớp dạy bơi"), Q("180 em", 180, "em"),
 Q("2 bể bơi di động", 2, "bể bơi di động"), Q("42 hộ", 42, "hộ"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("trên 42.000 người", 42000, "người", "over"), Q("1 công chức", 1, "công chức"),
 Q("tối đa 300.000 đồng", 300000, "đồng"), Q("khoảng 35%", 35, "%", "approx"), Q("ít nhất 80% trẻ em", 80, "%", "over")],
[D("Kế hoạch", "276", "KH-UBND", "2025-08-05", "UBND tỉnh", "Kế hoạch số 276/KH-UBND ngày 5/8/2025"),
 D("Nghị quyết", "32", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 32/2025/NQ-HĐND")],
[prov("Vĩnh Long"), com("Cầu Kè"), com("Thạnh Phú"), com("Trà Vinh")],
["HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG", "Trang chủ > Hoạt động của HĐND > Giám sát, khảo sát", "Đoàn giám sát làm việc tại UBND xã Cầu Kè."],
["Thứ 6, 17/10/2025 08:45", "năm 2025", "9 tháng năm 2025", "3 địa bàn", "dưới 6 tuổi", "từ 6 đến 15 tuổi", "năm 2026",
 "chính quyền hai cấp", "1/3/2025"]))

PAGES.append(page("b7947-dongnai-syt-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội › Y tế › Trẻ em
16/01/2026 - 19:20
Đồng Nai triển khai nhiệm vụ phòng, chống đuối nước trẻ em năm 2026
Ảnh: Toàn cảnh hội nghị.
Chiều 15/1, Sở Y tế tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác trẻ em và phòng, chống đuối nước năm 2025, triển khai nhiệm vụ năm 2026. Bà Trần Thị Ngọc Yến, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo công tác trẻ em tỉnh dự, chỉ đạo hội nghị. Tham dự có 52 đồng chí là lãnh đạo các sở, ngành và đại diện UBND các xã, phường.
Năm 2025 là năm đầu tiên tỉnh Đồng Nai mới (hợp nhất từ tỉnh Đồng Nai và tỉnh Bình Phước) vận hành chính quyền địa phương hai cấp. Theo báo cáo, cả năm toàn tỉnh xảy ra 41 trường hợp trẻ em tử vong do đuối nước, giảm 9 trường hợp so với tổng số của hai tỉnh năm 2024. Các địa phương đã mở 530 lớp dạy bơi với khoảng 16.000 trẻ em tham gia; tỷ lệ trẻ từ 6 đến 15 tuổi biết bơi an toàn đạt 52%, tăng 7% so với năm trước.
Thực hiện Quyết định 1248, 1249/QĐ-UBND ngày 3/9/2025 của UBND tỉnh về kiện toàn Ban chỉ đạo và ban hành kế hoạch phòng, chống tai nạn thương tích trẻ em, các xã đã lắp đặt 640 biển cảnh báo tại hồ, đập, hố khai thác khoáng sản; hỗ trợ 3.500 áo phao cho học sinh đi học qua sông, hồ. Tổng nguồn lực huy động cho công tác trẻ em năm 2025 khoảng 18,6 tỷ đồng.
Tại hội nghị, ông Điểu Lên, Chủ tịch UBND xã Bù Đăng, chia sẻ: xã có đông đồng bào S'tiêng, M'nông; năm qua xã vận động được 12 hộ có ao nuôi cá gần đường đi học làm hàng rào, phối hợp trường học mở 4 lớp bơi miễn phí. Bà Thị Hoa, Phó Chủ tịch Hội LHPN xã Phú Riềng, đề nghị duy trì mô hình "Nhà trẻ cộng đồng" vào mùa thu hoạch điều để trẻ không phải theo cha mẹ lên rẫy.
Ông Lê Quang Trung, Phó Giám đốc Sở Y tế cho biết, sau khi nhận bàn giao nhiệm vụ quản lý nhà nước về trẻ em, Sở đã ban hành Hướng dẫn số 09/HD-SYT về thống kê tai nạn thương tích trẻ em cấp xã và phối hợp Sở Giáo dục và Đào tạo đưa bơi an toàn vào chương trình ngoại khóa.
Phát biểu chỉ đạo, bà Trần Thị Ngọc Yến yêu cầu năm 2026 giảm ít nhất 10% số trẻ em tử vong do đuối nước; 100% xã, phường có kế hoạch phòng, chống đuối nước; đến hết năm 2026 có trên 60% trẻ em từ 6 đến 15 tuổi biết bơi an toàn. Phường Trấn Biên và phường Bình Phước được giao xây dựng mô hình điểm "Cộng đồng an toàn cho trẻ em".
Dịp này, UBND tỉnh tặng bằng khen cho 11 tập thể và 16 cá nhân có thành tích trong công tác trẻ em năm 2025.
Hạnh Dung
Tin liên quan
- Đồng Nai trao 1.000 áo phao cho học sinh vùng hồ Trị An (20/12/2025)
- Phú Riềng: 2 anh em đuối nước khi tắm hồ (05/11/2025)
- Hội nghị triển khai Luật Trẻ em cho cán bộ cấp xã (15/10/2025)
""", "2026-01-16", "Đồng Nai triển khai nhiệm vụ phòng, chống đuối nước trẻ em năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Trần Thị Ngọc Yến", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo công tác trẻ em tỉnh"),
 P("Điểu Lên", "Chủ tịch UBND xã Bù Đăng"),
 P("Thị Hoa", "Phó Chủ tịch Hội LHPN xã Phú Riềng"),
 P("Lê Quang Trung", "Phó Giám đốc Sở Y tế")],
[Q("52 đồng chí", 52, "đồng chí"), Q("41 trường hợp", 41, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"),
 Q("530 lớp dạy bơi", 530, "lớp dạy bơi"), Q("khoảng 16.000 trẻ em", 16000, "trẻ em", "approx"), Q("52%", 52, "%"),
 Q("7%", 7, "%"), Q("640 biển cảnh báo", 640, "biển cảnh báo"), Q("3.500 áo phao", 3500, "áo phao"),
 Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"), Q("12 hộ", 12, "hộ"), Q("4 lớp bơi miễn phí", 4, "lớp bơi miễn phí"),
 Q("ít nhất 10%", 10, "%", "over"), Q("100% xã, phường", 100, "%"), Q("trên 60% trẻ em", 60, "%", "over"),
 Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Quyết định", "1248", "QĐ-UBND", "2025-09-03", "UBND tỉnh", "Quyết định 1248, 1249/QĐ-UBND ngày 3/9/2025"),
 D("Quyết định", "1249", "QĐ-UBND", "2025-09-03", "UBND tỉnh", "Quyết định 1248, 1249/QĐ-UBND ngày 3/9/2025"),
 D("Hướng dẫn", "09", "HD-SYT", None, "Sở", "Hướng dẫn số 09/HD-SYT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Phú Riềng"), com("Trấn Biên"), com("Bình Phước")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội › Y tế › Trẻ em", "Ảnh: Toàn cảnh hội nghị.", "Nhà trẻ cộng đồng", "Cộng đồng an toàn cho trẻ em"],
["16/01/2026 - 19:20", "52 đồng chí", "năm 2025", "năm 2026", "năm 2024", "từ 6 đến 15 tuổi", "hai cấp", "hai tỉnh"]))

PAGES.append(page("b7948-tuyenquang-hlhpn-daihoi-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH TUYÊN QUANG
Trang chủ | Tin tức - Sự kiện | Hoạt động cơ sở
Cập nhật ngày 10 tháng 04 năm 2026
Đại hội Phụ nữ xã Mèo Vạc: đưa phòng, chống đuối nước trẻ em thành chỉ tiêu nhiệm kỳ
Ngày 8/4/2026, Hội Liên hiệp Phụ nữ xã Mèo Vạc long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031. Về dự có đồng chí Vàng Thị Sính, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Mua Mí Vư, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Mèo Vạc cùng 150 đại biểu chính thức đại diện cho hơn 4.800 hội viên phụ nữ toàn xã.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Xã Mèo Vạc (tỉnh Tuyên Quang) được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn Mèo Vạc và các xã Tát Ngà, Nậm Ban. Đây là vùng cao núi đá, nhưng mùa mưa thường có lũ quét; các hồ chứa nước sinh hoạt, hố nước tự nhiên luôn tiềm ẩn nguy cơ đuối nước với trẻ nhỏ. Nhiệm kỳ qua, trên địa bàn các xã cũ xảy ra 4 vụ đuối nước làm 4 trẻ em tử vong.
Báo cáo chính trị nêu rõ, nhiệm kỳ 2021 - 2026 các chi hội đã thành lập 18 tổ phụ nữ "Trông giữ trẻ an toàn", vận động 326 hộ làm nắp đậy bể chứa nước; phối hợp Đồn Biên phòng mở 7 lớp dạy bơi cho 210 em học sinh bán trú. Các hội viên đóng góp gần 160 triệu đồng mua áo phao, làm rào chắn hồ nước.
Đại hội thảo luận và thống nhất 8 chỉ tiêu nhiệm kỳ 2026 - 2031, trong đó có chỉ tiêu 100% chi hội có tổ phụ nữ trông giữ trẻ trong mùa mưa lũ; phấn đấu ít nhất 70% trẻ em từ 10 tuổi trở lên biết bơi. Thực hiện Chỉ thị số 21-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết số 03-NQ/ĐU ngày 12/1/2026 của Đảng ủy xã về công tác trẻ em, Hội sẽ phối hợp trường học tổ chức ít nhất 2 lớp bơi mỗi năm.
Tham luận tại Đại hội, chị Sùng Thị Mỷ, Chi hội trưởng phụ nữ thôn Pả Vi Thượng, kể về cách chị em trong thôn luân phiên trông trẻ khi bố mẹ lên nương; chị Lù Thị Dợ, giáo viên Trường Mầm non Mèo Vạc, chia sẻ việc dạy trẻ mẫu giáo nhận biết nơi nguy hiểm bằng tranh ảnh và tiếng Mông.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã gồm 19 đồng chí. Tại phiên họp thứ nhất, chị Giàng Thị Xúa được bầu giữ chức Chủ tịch Hội LHPN xã nhiệm kỳ 2026 - 2031; các chị Vừ Thị Chá, Ly Thị Say được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu Phụ nữ tỉnh.
Phát biểu chỉ đạo, đồng chí Vàng Thị Sính đề nghị Hội LHPN xã cụ thể hóa chỉ tiêu phòng, chống đuối nước bằng những mô hình thiết thực, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Ly Sính
Tin liên quan
- Đại hội Phụ nữ xã Đồng Văn nhiệm kỳ 2026 - 2031 (05/04/2026)
- Hội LHPN tỉnh trao 300 áo phao cho trẻ em vùng lòng hồ Na Hang (20/03/2026)
- Tập huấn nghiệp vụ công tác Hội cho cán bộ cơ sở (12/03/2026)
""", "2026-04-10", "Đại hội Phụ nữ xã Mèo Vạc: đưa phòng, chống đuối nước trẻ em thành chỉ tiêu nhiệm kỳ",
E("dai_hoi", None, "2026-04-08"),
[P("Vàng Thị Sính", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Mua Mí Vư", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Mèo Vạc"),
 P("Sùng Thị Mỷ", "Chi hội trưởng phụ nữ thôn Pả Vi Thượng"),
 P("Lù Thị Dợ", "giáo viên Trường Mầm non Mèo Vạc"),
 P("Giàng Thị Xúa", "Chủ tịch Hội LHPN xã nhiệm kỳ 2026 - 2031"),
 P("Vừ Thị Chá", "Phó Chủ tịch Hội LHPN xã"),
 P("Ly Thị Say", "Phó Chủ tịch Hội LHPN xã")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 4.800 hội viên phụ nữ", 4800, "hội viên phụ nữ", "over"),
 Q("4 vụ đuối nước", 4, "vụ đuối nước"), Q("4 trẻ em", 4, "trẻ em"), Q("18 tổ phụ nữ", 18, "tổ phụ nữ"),
 Q("326 hộ", 326, "hộ"), Q("7 lớp dạy bơi", 7, "lớp dạy bơi"), Q("210 em học sinh bán trú", 210, "em học sinh bán trú"),
 Q("gần 160 triệu đồng", 160000000, "đồng", "approx"), Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("100% chi hội", 100, "%"),
 Q("ít nhất 70% trẻ em", 70, "%", "over"), Q("ít nhất 2 lớp bơi", 2, "lớp bơi", "over"), Q("19 đồng chí", 19, "đồng chí"),
 Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Nghị quyết", "03", "NQ/ĐU", "2026-01-12", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 12/1/2026")],
[prov("Tuyên Quang"), com("Mèo Vạc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH TUYÊN QUANG", "Trang chủ | Tin tức - Sự kiện | Hoạt động cơ sở",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Trông giữ trẻ an toàn", "Xây dựng gia đình 5 không, 3 sạch"],
["Cập nhật ngày 10 tháng 04 năm 2026", "lần thứ I", "nhiệm kỳ 2026 - 2031", "nhiệm kỳ 2021 - 2026", "1/7/2025", "10 tuổi",
 "5 không, 3 sạch", "19 đồng chí", "phiên họp thứ nhất"]))
