from lib import *
PAGES = []

PAGES.append(page("b2759-thainguyen-tongket-he-2024", """
TỈNH ĐOÀN THÁI NGUYÊN
You are here: Trang chủ > Tin tức > Hoạt động
Thứ Sáu, 23/8/2024 | 15:10
Toàn cảnh hội nghị tổng kết.
Tổng kết Chiến dịch thanh niên tình nguyện hè năm 2024
Ngày 22/8/2024, Ban Thường vụ Tỉnh đoàn Thái Nguyên tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè năm 2024. Dự hội nghị có đồng chí Hoàng Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Long, Phó Chủ tịch UBND tỉnh; các đồng chí trong Ban Thường vụ Tỉnh đoàn và 150 đại biểu.
Chiến dịch năm 2024 có chủ đề "Tuổi trẻ Thái Nguyên xung kích, tình nguyện vì cộng đồng", thu hút 68.500 lượt đoàn viên, thanh niên tham gia. Các cơ sở Đoàn đã thực hiện 1.127 công trình, phần việc thanh niên, tổng trị giá trên 28,4 tỷ đồng. Tiêu biểu, tuổi trẻ toàn tỉnh đã làm mới 36 km đường giao thông nông thôn, lắp 1.860 bóng đèn chiếu sáng, sửa chữa 42 điểm sinh hoạt cộng đồng, trao 16 nhà nhân ái, nhà khăn quàng đỏ cho gia đình khó khăn.
Chương trình "Tiếp sức mùa thi" năm 2024 bố trí 32 điểm hỗ trợ với 1.450 tình nguyện viên, hỗ trợ hơn 14.000 thí sinh; trao 5.200 suất cơm, 16.000 chai nước miễn phí. Hoạt động "Mùa hè xanh" của sinh viên Đại học Thái Nguyên có 2.300 sinh viên tham gia tại 48 xã, mở 65 lớp học hè cho thiếu nhi người Dao, Mông, Sán Dìu.
Tại hội nghị, chị Triệu Thị Phượng, Bí thư Đoàn xã Tân Long, chia sẻ về "Con đường bích họa" do đoàn viên người Dao tự vẽ. Anh Ma Văn Thuật, HUV, Bí thư Huyện đoàn Định Hóa, báo cáo kết quả đội hình "Thanh niên tình nguyện chuyển đổi số" hướng dẫn 3.600 hộ dân cài đặt ứng dụng định danh điện tử. Anh Hà Thế Quang, Phó Bí thư Đoàn Trường Đại học Nông Lâm, nêu khó khăn về kinh phí cho đội hình sinh viên.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Thu Hà đề nghị Tỉnh đoàn tiếp tục thực hiện Chỉ thị số 42-CT/TW của Ban Bí thư và Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; cụ thể hóa Kế hoạch số 286-KH/TU ngày 12/3/2024 của Tỉnh ủy về phát huy vai trò thanh niên trong xây dựng nông thôn mới nâng cao. Đồng chí Trần Văn Long đề nghị Tỉnh đoàn phối hợp các sở, ngành đánh giá hiệu quả sử dụng các công trình thanh niên sau bàn giao, tránh tình trạng làm xong bỏ đó.
Dịp này, Trung ương Đoàn tặng Bằng khen cho 4 tập thể, 6 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 35 tập thể, 70 cá nhân có thành tích xuất sắc.
Thu Trang
Lượt xem: 1.987
Tin liên quan
- Ra quân "Tiếp sức mùa thi" năm 2024 (20/06/2024)
- Đại Từ: khánh thành Con đường bích họa (30/07/2024)
- Phú Lương: trao nhà nhân ái cho đoàn viên khó khăn (25/07/2024)
""", "2024-08-23", "Tổng kết Chiến dịch thanh niên tình nguyện hè năm 2024",
E("tong_ket", "2024", "2024-08-22"),
[P("Hoàng Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Long", "Phó Chủ tịch UBND tỉnh"),
 P("Triệu Thị Phượng", "Bí thư Đoàn xã Tân Long"),
 P("Ma Văn Thuật", "HUV", "Bí thư Huyện đoàn Định Hóa"),
 P("Hà Thế Quang", "Phó Bí thư Đoàn Trường Đại học Nông Lâm")],
[Q("150 đại biểu", 150, "đại biểu"), Q("68.500 lượt đoàn viên, thanh niên", 68500, "lượt đoàn viên, thanh niên"),
 Q("1.127 công trình, phần việc thanh niên", 1127, "công trình, phần việc thanh niên"), Q("trên 28,4 tỷ đồng", 28400000000, "đồng", "over"),
 Q("36 km", 36, "km"), Q("1.860 bóng đèn chiếu sáng", 1860, "bóng đèn chiếu sáng"), Q("42 điểm sinh hoạt cộng đồng", 42, "điểm sinh hoạt cộng đồng"),
 Q("16 nhà nhân ái, nhà khăn quàng đỏ", 16, "nhà nhân ái, nhà khăn quàng đỏ"),
 Q("32 điểm hỗ trợ", 32, "điểm hỗ trợ"), Q("1.450 tình nguyện viên", 1450, "tình nguyện viên"), Q("hơn 14.000 thí sinh", 14000, "thí sinh", "over"),
 Q("5.200 suất cơm", 5200, "suất cơm"), Q("16.000 chai nước", 16000, "chai nước"), Q("2.300 sinh viên", 2300, "sinh viên"),
 Q("48 xã", 48, "xã"), Q("65 lớp học hè", 65, "lớp học hè"), Q("3.600 hộ dân", 3600, "hộ dân"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("35 tập thể", 35, "tập thể"), Q("70 cá nhân", 70, "cá nhân")],
[D("Chỉ thị", "42", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 42-CT/TW"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "286", "KH/TU", "2024-03-12", "Tỉnh ủy", "Kế hoạch số 286-KH/TU ngày 12/3/2024")],
[prov("Thái Nguyên"), com("Tân Long")],
["TỈNH ĐOÀN THÁI NGUYÊN", "You are here: Trang chủ > Tin tức > Hoạt động", "Toàn cảnh hội nghị tổng kết.",
 "Tuổi trẻ Thái Nguyên xung kích, tình nguyện vì cộng đồng", "Tiếp sức mùa thi", "Mùa hè xanh", "Con đường bích họa",
 "Thanh niên tình nguyện chuyển đổi số", "Lượt xem: 1.987"],
["Thứ Sáu, 23/8/2024 | 15:10", "năm 2024", "Lượt xem: 1.987"]))

PAGES.append(page("b2760-angiang-giaoban-thang7-2024", """
Báo An Giang Online
Chính trị - Xã hội / Đoàn thể
06/08/2024 - 09:20
Ban Chỉ đạo Chiến dịch hè tỉnh giao ban tháng 7
(BAG)- Chiều 5/8, Ban Chỉ đạo Chiến dịch thanh niên tình nguyện hè tỉnh An Giang tổ chức giao ban công tác tháng 7/2024, đánh giá kết quả sau hơn 2 tháng ra quân. Phó Bí thư Thường trực Tỉnh đoàn, Phó Trưởng Ban Chỉ đạo Nguyễn Thị Ngọc Hân chủ trì.
Theo báo cáo, trong tháng 7, các đội hình đã thực hiện 126 công trình, phần việc với giá trị hơn 4,7 tỷ đồng, nâng tổng số từ đầu chiến dịch lên 318 công trình, phần việc, trị giá khoảng 11,2 tỷ đồng. Nổi bật là 14 cây cầu bê tông, 9,6 km đường giao thông, 420 cột đèn năng lượng mặt trời, 25 "Nhà khăn quàng đỏ" cho thiếu nhi nghèo. Chương trình "Tiếp sức mùa thi" đã kết thúc với 1.380 tình nguyện viên hỗ trợ 19.700 lượt thí sinh, phụ huynh.
Đội hình sinh viên Trường Đại học An Giang đã có mặt tại 12 xã vùng đồng bào Khmer, Chăm của thị xã Tịnh Biên, huyện Tri Tôn, An Phú. Tại xã Châu Lăng, sinh viên phối hợp Đoàn xã mở 8 lớp tin học, tiếng Anh cho 260 em thiếu nhi; tại xã Nhơn Hội, đội hình "Thanh niên tình nguyện vì cộng đồng Chăm" cùng bà con thánh đường Jamiul Azhar dọn vệ sinh 3 tuyến kênh.
Giao ban, anh Chau Sóc Kha, Bí thư Đoàn xã Châu Lăng, kiến nghị hỗ trợ thêm vật tư hoàn thành 2 cây cầu còn dang dở. Chị Neang Sa Vi, Phó Bí thư Huyện đoàn Tri Tôn, cho biết đội hình đã phối hợp Hội Đoàn kết sư sãi yêu nước huyện mở 21 lớp dạy chữ Khmer hè tại 21 chùa. Anh Mohamad Sa Ly, Bí thư Chi đoàn ấp Phũm Soài, xã Nhơn Hội, phản ánh nhu cầu học nghề của thanh niên Chăm.
Kết luận giao ban, chị Nguyễn Thị Ngọc Hân yêu cầu trong tháng 8 các đơn vị đẩy nhanh tiến độ để hoàn thành chỉ tiêu 400 công trình, phần việc theo Kế hoạch số 102-KH/TĐTN của Ban Thường vụ Tỉnh đoàn; tổ chức tổng kết chiến dịch trước ngày 31/8. Các đơn vị lưu ý thực hiện đúng Hướng dẫn số 39-HD/TWĐTN-ĐTH của Ban Bí thư Trung ương Đoàn về thống kê, quy đổi giá trị công trình, phần việc, không báo cáo trùng lặp.
Ngoài ra, Tỉnh đoàn sẽ phối hợp Sở Lao động - Thương binh và Xã hội tổ chức phiên giao dịch việc làm cho khoảng 1.000 thanh niên vào cuối tháng 8, trong đó dành 200 chỉ tiêu cho thanh niên dân tộc thiểu số. Các huyện đoàn, thị đoàn, thành đoàn cần chủ động rà soát, lập danh sách thanh niên có nhu cầu học nghề, tìm việc làm, gửi về Tỉnh đoàn trước ngày 20/8 để phối hợp với doanh nghiệp.
Hải Âu
Tin khác
- Tuổi trẻ Châu Đốc hiến máu tình nguyện (02/08/2024)
- Tri Tôn: bàn giao 3 cây cầu thanh niên (29/07/2024)
- Ra quân "Tiếp sức mùa thi" năm 2024 (24/06/2024)
""", "2024-08-06", "Ban Chỉ đạo Chiến dịch hè tỉnh giao ban tháng 7",
E("giao_ban", "2024-07", "2024-08-05"),
[P("Nguyễn Thị Ngọc Hân", "Phó Bí thư Thường trực Tỉnh đoàn", "Phó Trưởng Ban Chỉ đạo"),
 P("Chau Sóc Kha", "Bí thư Đoàn xã Châu Lăng"),
 P("Neang Sa Vi", "Phó Bí thư Huyện đoàn Tri Tôn"),
 P("Mohamad Sa Ly", "Bí thư Chi đoàn ấp Phũm Soài")],
[Q("126 công trình, phần việc", 126, "công trình, phần việc"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"),
 Q("318 công trình, phần việc", 318, "công trình, phần việc"), Q("khoảng 11,2 tỷ đồng", 11200000000, "đồng", "approx"),
 Q("14 cây cầu bê tông", 14, "cây cầu bê tông"), Q("9,6 km", 9.6, "km"), Q("420 cột đèn năng lượng mặt trời", 420, "cột đèn năng lượng mặt trời"),
 Q("25 \"Nhà khăn quàng đỏ\"", 25, "Nhà khăn quàng đỏ"), Q("1.380 tình nguyện viên", 1380, "tình nguyện viên"),
 Q("19.700 lượt thí sinh, phụ huynh", 19700, "lượt thí sinh, phụ huynh"), Q("12 xã vùng đồng bào Khmer, Chăm", 12, "xã vùng đồng bào Khmer, Chăm"),
 Q("8 lớp tin học, tiếng Anh", 8, "lớp tin học, tiếng Anh"), Q("260 em thiếu nhi", 260, "em thiếu nhi"), Q("3 tuyến kênh", 3, "tuyến kênh"),
 Q("2 cây cầu", 2, "cây cầu"), Q("21 lớp dạy chữ Khmer hè", 21, "lớp dạy chữ Khmer hè"), Q("21 chùa", 21, "chùa"),
 Q("400 công trình, phần việc", 400, "công trình, phần việc"), Q("khoảng 1.000 thanh niên", 1000, "thanh niên", "approx"),
 Q("200 chỉ tiêu", 200, "chỉ tiêu")],
[D("Kế hoạch", "102", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 102-KH/TĐTN"),
 D("Hướng dẫn", "39", "HD/TWĐTN-ĐTH", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 39-HD/TWĐTN-ĐTH")],
[prov("An Giang"), com("Châu Lăng"), com("Nhơn Hội")],
["Báo An Giang Online", "Chính trị - Xã hội / Đoàn thể", "(BAG)", "Tiếp sức mùa thi", "Thanh niên tình nguyện vì cộng đồng Chăm",
 "Hội Đoàn kết sư sãi yêu nước huyện", "Jamiul Azhar", "thị xã Tịnh Biên"],
["06/08/2024 - 09:20", "tháng 7/2024", "hơn 2 tháng", "tháng 7", "tháng 8", "31/8"]))

PAGES.append(page("b2761-tuyenquang-doithoai-thanhnien-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Hôm nay: Chủ Nhật, 27/07/2025
Thời sự › Chính trị › Tuổi trẻ
25/07/2025 - 16:40
Chủ tịch UBND tỉnh đối thoại với thanh niên năm 2025
Quang cảnh buổi đối thoại tại điểm cầu tỉnh.
Sáng 24/7, UBND tỉnh Tuyên Quang phối hợp với Tỉnh đoàn tổ chức chương trình Chủ tịch UBND tỉnh đối thoại với thanh niên năm 2025 với chủ đề "Thanh niên xung kích trong vận hành chính quyền địa phương hai cấp". Đây là buổi đối thoại đầu tiên sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, được kết nối trực tuyến tới 124 điểm cầu xã, phường với hơn 3.000 đoàn viên, thanh niên tham dự.
Chủ trì chương trình có đồng chí Lương Đức Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Hầu Minh Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Ma Thị Huyền, Bí thư Tỉnh đoàn.
Tỉnh đoàn đã tổng hợp 247 câu hỏi, ý kiến, kiến nghị của thanh niên, tập trung vào việc làm, khởi nghiệp, chuyển đổi số và bố trí cán bộ Đoàn cấp xã sau sắp xếp. Chị Lù Thị Dín, Bí thư Đoàn xã Lũng Cú, hỏi về chế độ cho cán bộ Đoàn xã mới khi địa bàn rộng gấp 3 lần. Anh Hoàng Văn Thịnh, người Tày, Giám đốc Hợp tác xã chè Shan tuyết Hồng Thái, đề nghị hỗ trợ xây dựng thương hiệu, nâng cấp 2 sản phẩm lên OCOP 4 sao. Anh Triệu Tiến Lâm, đoàn viên phường Minh Xuân (người Dao), hỏi về cơ hội làm việc trong các doanh nghiệp du lịch.
Trả lời, đồng chí Lương Đức Khải cho biết tỉnh có khoảng 1,8 triệu dân, trong đó thanh niên chiếm khoảng 27%. 6 tháng đầu năm, tỉnh đã giải quyết việc làm cho 14.600 lao động; Ngân hàng Chính sách xã hội đã giải ngân 1.250 tỷ đồng cho vay ưu đãi, trong đó khoảng 310 tỷ đồng qua tổ chức Đoàn. Đồng chí Hầu Minh Sính thông tin UBND tỉnh sẽ ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, trong đó giao Tỉnh đoàn thành lập "Tổ công nghệ số cộng đồng" ở 100% thôn, tổ dân phố.
Về chế độ cán bộ Đoàn cấp xã, đồng chí Chủ tịch UBND tỉnh cho biết sẽ thực hiện theo Nghị định số 33/2023/NĐ-CP của Chính phủ và các văn bản hướng dẫn mới; chỉ đạo Sở Nội vụ rà soát, đề xuất trước ngày 30/9/2025.
Kết thúc buổi đối thoại, đồng chí Lương Đức Khải giao các sở, ngành trả lời bằng văn bản 96 ý kiến chưa trả lời trực tiếp trong vòng 15 ngày; đề nghị Tỉnh đoàn phát huy vai trò đội hình "Thanh niên tình nguyện hỗ trợ Trung tâm Phục vụ hành chính công" đã ra quân tại tất cả các xã, phường từ ngày 1/7.
Dịp này, Chủ tịch UBND tỉnh trao 20 suất học bổng, mỗi suất 5 triệu đồng cho đoàn viên vượt khó học giỏi.
Minh Thư - Bảo Anh
Tin liên quan
- Tỉnh đoàn Tuyên Quang ra mắt Ban Chấp hành nhiệm kỳ 2022 - 2027 sau hợp nhất (02/07/2025)
- 1.500 tình nguyện viên "Tiếp sức mùa thi" (24/06/2025)
- Thanh niên Hà Giang giữ màu xanh cao nguyên đá (10/06/2025)
""", "2025-07-25", "Chủ tịch UBND tỉnh đối thoại với thanh niên năm 2025",
E("doi_thoai", "2025", "2025-07-24"),
[P("Lương Đức Khải", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hầu Minh Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Ma Thị Huyền", "Bí thư Tỉnh đoàn"),
 P("Lù Thị Dín", "Bí thư Đoàn xã Lũng Cú"),
 P("Hoàng Văn Thịnh", "Giám đốc Hợp tác xã chè Shan tuyết Hồng Thái"),
 P("Triệu Tiến Lâm", "đoàn viên phường Minh Xuân")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("hơn 3.000 đoàn viên, thanh niên", 3000, "đoàn viên, thanh niên", "over"),
 Q("247 câu hỏi, ý kiến, kiến nghị", 247, "câu hỏi, ý kiến, kiến nghị"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("khoảng 1,8 triệu dân", 1800000, "dân", "approx"), Q("khoảng 27%", 27, "%", "approx"), Q("14.600 lao động", 14600, "lao động"),
 Q("1.250 tỷ đồng", 1250000000000, "đồng"), Q("khoảng 310 tỷ đồng", 310000000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("96 ý kiến", 96, "ý kiến"), Q("20 suất học bổng", 20, "suất học bổng"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Nghị định", "33", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 33/2023/NĐ-CP")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Chính trị › Tuổi trẻ", "Quang cảnh buổi đối thoại tại điểm cầu tỉnh.",
 "Thanh niên xung kích trong vận hành chính quyền địa phương hai cấp", "Tổ công nghệ số cộng đồng",
 "Thanh niên tình nguyện hỗ trợ Trung tâm Phục vụ hành chính công", "OCOP"],
["Hôm nay: Chủ Nhật, 27/07/2025", "năm 2025", "hai cấp", "gấp 3 lần", "OCOP 4 sao", "6 tháng đầu năm", "15 ngày", "1/7"]))

PAGES.append(page("b2762-vinhlong-tuyenduong-thanhnien-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Trang chủ / Chính trị / Đoàn thể
16-10-2025 08:30
Tuyên dương 95 thanh niên tiêu biểu tỉnh Vĩnh Long năm 2025
Các gương thanh niên tiêu biểu nhận Bằng khen.
Tối 15/10, Tỉnh đoàn Vĩnh Long tổ chức hội nghị tuyên dương "Thanh niên tiêu biểu tỉnh Vĩnh Long" năm 2025, nhân kỷ niệm 69 năm Ngày truyền thống Hội Liên hiệp Thanh niên Việt Nam. Đây là lần đầu tiên chương trình được tổ chức sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Dự hội nghị có đồng chí Trần Thị Thanh Tuyền, Phó Bí thư Tỉnh ủy; đồng chí Kim Ngọc Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Lê Minh Trí, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
95 gương được tuyên dương được lựa chọn từ 312 hồ sơ đề cử của 124 xã, phường và các đoàn trực thuộc, thuộc 6 lĩnh vực: học tập, lao động sản xuất, khởi nghiệp, tình nguyện, bảo vệ Tổ quốc và chuyển đổi số. Trong đó có 21 gương là người dân tộc Khmer. Nhiều gương mặt gắn bó với các chiến dịch tình nguyện: anh Thạch Sô Phal, Bí thư Đoàn xã Long Hiệp, 6 năm liền tham gia "Tiếp sức mùa thi" và vận động xây 11 cây cầu nông thôn trị giá hơn 1,9 tỷ đồng; chị Nguyễn Thị Bích Trâm, đoàn viên xã Thạnh Phú, khởi nghiệp với sản phẩm kẹo dừa đạt OCOP, tạo việc làm cho 30 lao động; anh Sơn Minh Khôi, Phó Bí thư Đoàn phường Long Châu, phát triển nền tảng hỗ trợ người dân làm thủ tục hành chính trực tuyến sau sắp xếp.
Phát biểu tại hội nghị, đồng chí Trần Thị Thanh Tuyền ghi nhận năm 2025 tuổi trẻ toàn tỉnh đã thực hiện 2.460 công trình, phần việc thanh niên với tổng giá trị khoảng 73 tỷ đồng; riêng Chiến dịch thanh niên tình nguyện hè có hơn 98.000 lượt đoàn viên tham gia. Đồng chí đề nghị Tỉnh đoàn quán triệt Kết luận số 150-KL/TW của Bộ Chính trị về hướng dẫn xây dựng phương án sắp xếp tổ chức bộ máy, Quyết định số 13-QĐ/TU ngày 2/7/2025 của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ Khối các cơ quan tỉnh, kịp thời ổn định tổ chức Đoàn cơ sở.
Đồng chí Lê Minh Trí cho biết Tỉnh đoàn đã ban hành Kế hoạch số 18-KH/TĐTN ngày 25/7/2025 về tổ chức tuyên dương; đồng thời giới thiệu 9 gương tiêu biểu nhất để xét Giải thưởng Lý Tự Trọng và "Gương mặt trẻ Việt Nam tiêu biểu".
Mỗi gương thanh niên tiêu biểu được tặng Bằng khen của Ban Thường vụ Tỉnh đoàn kèm 2 triệu đồng tiền thưởng.
Ngọc Hân
Lượt xem: 864
Các tin khác
- Đại hội Đoàn xã Long Hiệp lần thứ I (02/10/2025)
- Ra mắt Câu lạc bộ thanh niên khởi nghiệp tỉnh (20/09/2025)
- Tổng kết chiến dịch hè tình nguyện 2025 (22/08/2025)
""", "2025-10-16", "Tuyên dương 95 thanh niên tiêu biểu tỉnh Vĩnh Long năm 2025",
E("hoi_nghi", "2025", "2025-10-15"),
[P("Trần Thị Thanh Tuyền", "Phó Bí thư Tỉnh ủy"),
 P("Kim Ngọc Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Trí", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Thạch Sô Phal", "Bí thư Đoàn xã Long Hiệp"),
 P("Nguyễn Thị Bích Trâm", "đoàn viên xã Thạnh Phú"),
 P("Sơn Minh Khôi", "Phó Bí thư Đoàn phường Long Châu")],
[Q("95 thanh niên tiêu biểu", 95, "thanh niên tiêu biểu"), Q("312 hồ sơ đề cử", 312, "hồ sơ đề cử"),
 Q("124 xã, phường", 124, "xã, phường"), Q("6 lĩnh vực", 6, "lĩnh vực"), Q("21 gương", 21, "gương"),
 Q("11 cây cầu nông thôn", 11, "cây cầu nông thôn"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("30 lao động", 30, "lao động"),
 Q("2.460 công trình, phần việc thanh niên", 2460, "công trình, phần việc thanh niên"), Q("khoảng 73 tỷ đồng", 73000000000, "đồng", "approx"),
 Q("hơn 98.000 lượt đoàn viên", 98000, "lượt đoàn viên", "over"), Q("9 gương tiêu biểu", 9, "gương tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Quyết định", "13", "QĐ/TU", "2025-07-02", "Ban Thường vụ Tỉnh ủy", "Quyết định số 13-QĐ/TU ngày 2/7/2025"),
 D("Kế hoạch", "18", "KH/TĐTN", "2025-07-25", "Tỉnh đoàn", "Kế hoạch số 18-KH/TĐTN ngày 25/7/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Thạnh Phú"), com("Long Châu")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Trang chủ / Chính trị / Đoàn thể", "Các gương thanh niên tiêu biểu nhận Bằng khen.",
 "Thanh niên tiêu biểu tỉnh Vĩnh Long", "Tiếp sức mùa thi", "Giải thưởng Lý Tự Trọng", "Gương mặt trẻ Việt Nam tiêu biểu", "OCOP", "Lượt xem: 864"],
["16-10-2025 08:30", "năm 2025", "69 năm", "6 năm", "Lượt xem: 864"]))

PAGES.append(page("b2763-lamdong-tongket-he-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN LÂM ĐỒNG
Trang chủ | Tin hoạt động | Phong trào tình nguyện
2025-08-28 10:00
Ảnh: Đồng chí Điểu Thị Lan trao Bằng khen cho các tập thể.
Tuổi trẻ Lâm Đồng hoàn thành 1.540 công trình, phần việc trong hè 2025
Chiều 27/8, Ban Thường vụ Tỉnh đoàn Lâm Đồng tổ chức hội nghị tổng kết Chiến dịch thanh niên tình nguyện hè và chương trình "Tiếp sức mùa thi" năm 2025 - mùa hè tình nguyện đầu tiên của tỉnh sau khi hợp nhất Lâm Đồng, Đắk Nông và Bình Thuận. Dự hội nghị có đồng chí Điểu Thị Lan, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Phạm Minh Quân, Bí thư Tỉnh đoàn.
Báo cáo tổng kết cho biết, chiến dịch đã thu hút hơn 86.000 lượt đoàn viên, thanh niên tham gia với 1.540 công trình, phần việc thanh niên, tổng giá trị làm lợi khoảng 47,5 tỷ đồng. Các cơ sở Đoàn đã làm mới, sửa chữa 112 km đường giao thông nông thôn; xây dựng 38 cầu dân sinh; trồng 126.000 cây xanh; tặng 52 nhà nhân ái cho hộ nghèo, trong đó có 19 căn ở các xã vùng đồng bào Mnông, Mạ của khu vực Đắk Nông cũ.
Chương trình "Tiếp sức mùa thi" năm 2025 bố trí 96 điểm hỗ trợ với 3.200 tình nguyện viên; hỗ trợ khoảng 36.000 lượt thí sinh, phụ huynh; trao 18.000 suất ăn và 2.100 chỗ ở miễn phí. Đội hình "Thanh niên tình nguyện hỗ trợ chính quyền địa phương hai cấp" với 4.500 đoàn viên đã hướng dẫn hơn 61.000 lượt người dân làm thủ tục hành chính trực tuyến tại 124 xã, phường, đặc khu.
Tại hội nghị, chị Thị Hồng Nhung, Bí thư Đoàn xã Quảng Trực, chia sẻ cách vận động thanh niên Mnông tham gia đội hình tuần tra biên giới cùng đồn biên phòng. Anh Điểu Khanh, Phó Bí thư Đoàn phường Bắc Gia Nghĩa, giới thiệu mô hình "Chợ phiên nông sản thanh niên" giúp tiêu thụ 45 tấn nông sản. Anh Nguyễn Văn Thái, Bí thư Đoàn phường Phan Thiết, báo cáo kết quả chiến dịch "Biển xanh không rác thải nhựa" thu gom 12 tấn rác thải. Bà K'Hòa, người có uy tín thôn Bon Bu Sir, xã Quảng Trực, cảm ơn tuổi trẻ đã về dựng nhà cho đồng bào.
Phát biểu chỉ đạo, đồng chí Điểu Thị Lan ghi nhận sự xung kích của tuổi trẻ; đề nghị Tỉnh đoàn tiếp tục thực hiện Kết luận số 12-KL/TW ngày 30/10/2024 của Ban Bí thư, Chỉ thị số 01-CT/TU ngày 15/7/2025 của Ban Thường vụ Tỉnh ủy về công tác thanh niên trong giai đoạn mới; quan tâm xây dựng tổ chức Đoàn ở các xã mới thành lập.
Dịp này, Trung ương Đoàn tặng Bằng khen cho 5 tập thể, 8 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 60 tập thể và 112 cá nhân.
Hoài Nam
Tin cùng chuyên mục
- Ra mắt Ban Chấp hành Tỉnh đoàn Lâm Đồng sau hợp nhất (03/07/2025)
- Tuổi trẻ Phan Thiết làm sạch bãi biển (20/07/2025)
- 200 sinh viên tình nguyện về Đắk Song (10/07/2025)
""", "2025-08-28", "Tuổi trẻ Lâm Đồng hoàn thành 1.540 công trình, phần việc trong hè 2025",
E("tong_ket", "2025", "2025-08-27"),
[P("Điểu Thị Lan", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Minh Quân", "Bí thư Tỉnh đoàn"),
 P("Thị Hồng Nhung", "Bí thư Đoàn xã Quảng Trực"),
 P("Điểu Khanh", "Phó Bí thư Đoàn phường Bắc Gia Nghĩa"),
 P("Nguyễn Văn Thái", "Bí thư Đoàn phường Phan Thiết"),
 P("K'Hòa", "người có uy tín thôn Bon Bu Sir")],
[Q("1.540 công trình, phần việc", 1540, "công trình, phần việc"),
 Q("hơn 86.000 lượt đoàn viên, thanh niên", 86000, "lượt đoàn viên, thanh niên", "over"),
 Q("khoảng 47,5 tỷ đồng", 47500000000, "đồng", "approx"), Q("112 km", 112, "km"), Q("38 cầu dân sinh", 38, "cầu dân sinh"),
 Q("126.000 cây xanh", 126000, "cây xanh"), Q("52 nhà nhân ái", 52, "nhà nhân ái"), Q("19 căn", 19, "căn"),
 Q("96 điểm hỗ trợ", 96, "điểm hỗ trợ"), Q("3.200 tình nguyện viên", 3200, "tình nguyện viên"),
 Q("khoảng 36.000 lượt thí sinh, phụ huynh", 36000, "lượt thí sinh, phụ huynh", "approx"), Q("18.000 suất ăn", 18000, "suất ăn"),
 Q("2.100 chỗ ở miễn phí", 2100, "chỗ ở miễn phí"), Q("4.500 đoàn viên", 4500, "đoàn viên"),
 Q("hơn 61.000 lượt người dân", 61000, "lượt người dân", "over"), Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"),
 Q("45 tấn", 45, "tấn"), Q("12 tấn", 12, "tấn"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("60 tập thể", 60, "tập thể"), Q("112 cá nhân", 112, "cá nhân")],
[D("Kết luận", "12", "KL/TW", "2024-10-30", "Ban Bí thư", "Kết luận số 12-KL/TW ngày 30/10/2024"),
 D("Chỉ thị", "01", "CT/TU", "2025-07-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 01-CT/TU ngày 15/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Bắc Gia Nghĩa"), com("Phan Thiết")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN LÂM ĐỒNG", "Trang chủ | Tin hoạt động | Phong trào tình nguyện",
 "Ảnh: Đồng chí Điểu Thị Lan trao Bằng khen cho các tập thể.", "Tiếp sức mùa thi",
 "Thanh niên tình nguyện hỗ trợ chính quyền địa phương hai cấp", "Chợ phiên nông sản thanh niên", "Biển xanh không rác thải nhựa"],
["2025-08-28 10:00", "năm 2025", "hai cấp", "hè 2025"]))

PAGES.append(page("b2764-dongnai-tinhdoan-tongket-2025", """
ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐỒNG NAI
Chủ Nhật, 11/01/2026
Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn
Ngày đăng 09/01/2026 | 15:30
Năm 2025, tuổi trẻ Đồng Nai thực hiện công trình, phần việc trị giá gần 150 tỷ đồng
Sáng 8/1/2026, Ban Chấp hành Tỉnh đoàn Đồng Nai tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025, triển khai chương trình công tác năm 2026. Đây là năm đầu tiên Tỉnh đoàn hoạt động sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Dự hội nghị có đồng chí Điểu Thị Hồng Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Hà My, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh đoàn; các Phó Bí thư Tỉnh đoàn: Lê Quang Vinh, Thị Thu Hằng, Trần Đức Mạnh.
Năm 2025, toàn tỉnh thực hiện 3.860 công trình, phần việc thanh niên với tổng giá trị gần 150 tỷ đồng; kết nạp 18.450 đoàn viên mới; giới thiệu 4.120 đoàn viên ưu tú cho Đảng xem xét kết nạp. Chiến dịch thanh niên tình nguyện hè huy động hơn 120.000 lượt đoàn viên, thanh niên; "Tiếp sức mùa thi" có 4.600 tình nguyện viên tại 112 điểm thi. Tuổi trẻ tỉnh đã tham gia xóa 215 căn nhà tạm, nhà dột nát với 21.000 ngày công, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Các đại biểu đã thảo luận về việc kiện toàn tổ chức Đoàn tại 95 xã, phường mới. Anh Điểu Minh Phương, Bí thư Đoàn xã Bù Gia Mập, cho biết xã có 12 thôn, sóc với 68% dân số là người S'tiêng, Mnông; chi đoàn các thôn đã xây dựng 7 "Điểm sáng văn hóa sóc". Chị Thị Bé Ngoan, Phó Bí thư Đoàn phường Đồng Xoài, đề xuất tổ chức diễn đàn "Thanh niên với chuyển đổi số" định kỳ. Anh Lâm Hoàng Duy, Bí thư Đoàn Khối các cơ quan tỉnh, báo cáo mô hình "Cơ quan thanh niên số".
Phát biểu chỉ đạo, đồng chí Điểu Thị Hồng Hạnh đề nghị Tỉnh đoàn thực hiện tốt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 và Chương trình hành động số 03-CTr/TU của Tỉnh ủy; tập trung tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, tổ chức tốt "Tháng Thanh niên" năm 2026. Tỉnh đoàn cần triển khai Hướng dẫn số 05-HD/TWĐTN-BTC của Ban Bí thư Trung ương Đoàn về tổ chức đại hội đoàn các cấp nhiệm kỳ 2027 - 2032.
Đồng chí Nguyễn Thị Hà My cho biết năm 2026 Tỉnh đoàn đặt chỉ tiêu kết nạp 20.000 đoàn viên mới, thực hiện ít nhất 4.000 công trình, phần việc thanh niên; tổ chức đối thoại giữa Chủ tịch UBND tỉnh với thanh niên vào dịp 26/3.
Dịp này, Ban Chấp hành Trung ương Đoàn tặng Bằng khen cho 6 tập thể, 9 cá nhân; Ban Thường vụ Tỉnh đoàn tặng Bằng khen cho 72 tập thể và 145 cá nhân.
Phương Thảo
Bài viết liên quan
- Đồng Nai tuyên dương 50 thanh niên tiêu biểu (20/12/2025)
- Tỉnh đoàn ra mắt Ban Chấp hành sau hợp nhất (05/07/2025)
- Bình Phước: Thanh niên chung tay xóa nhà tạm (10/06/2025)
""", "2026-01-09", "Năm 2025, tuổi trẻ Đồng Nai thực hiện công trình, phần việc trị giá gần 150 tỷ đồng",
E("tong_ket", "2025", "2026-01-08"),
[P("Điểu Thị Hồng Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hà My", "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh đoàn"),
 P("Lê Quang Vinh", "Phó Bí thư Tỉnh đoàn"), P("Thị Thu Hằng", "Phó Bí thư Tỉnh đoàn"), P("Trần Đức Mạnh", "Phó Bí thư Tỉnh đoàn"),
 P("Điểu Minh Phương", "Bí thư Đoàn xã Bù Gia Mập"),
 P("Thị Bé Ngoan", "Phó Bí thư Đoàn phường Đồng Xoài"),
 P("Lâm Hoàng Duy", "Bí thư Đoàn Khối các cơ quan tỉnh")],
[Q("gần 150 tỷ đồng", 150000000000, "đồng", "approx"), Q("3.860 công trình, phần việc thanh niên", 3860, "công trình, phần việc thanh niên"),
 Q("18.450 đoàn viên mới", 18450, "đoàn viên mới"), Q("4.120 đoàn viên ưu tú", 4120, "đoàn viên ưu tú"),
 Q("hơn 120.000 lượt đoàn viên, thanh niên", 120000, "lượt đoàn viên, thanh niên", "over"), Q("4.600 tình nguyện viên", 4600, "tình nguyện viên"),
 Q("112 điểm thi", 112, "điểm thi"), Q("215 căn nhà tạm, nhà dột nát", 215, "căn nhà tạm, nhà dột nát"), Q("21.000 ngày công", 21000, "ngày công"),
 Q("95 xã, phường mới", 95, "xã, phường mới"), Q("12 thôn, sóc", 12, "thôn, sóc"), Q("68%", 68, "%"),
 Q("7 \"Điểm sáng văn hóa sóc\"", 7, "Điểm sáng văn hóa sóc"), Q("20.000 đoàn viên mới", 20000, "đoàn viên mới"),
 Q("4.000 công trình, phần việc thanh niên", 4000, "công trình, phần việc thanh niên"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("72 tập thể", 72, "tập thể"), Q("145 cá nhân", 145, "cá nhân")],
[D("Chương trình hành động", "03", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 03-CTr/TU"),
 D("Hướng dẫn", "05", "HD/TWĐTN-BTC", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 05-HD/TWĐTN-BTC")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đồng Xoài")],
["ĐOÀN TNCS HỒ CHÍ MINH TỈNH ĐỒNG NAI", "Trang chủ >> Tin tức >> Hoạt động Tỉnh đoàn", "Tiếp sức mùa thi",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Điểm sáng văn hóa sóc", "Thanh niên với chuyển đổi số", "Cơ quan thanh niên số",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Tháng Thanh niên"],
["Chủ Nhật, 11/01/2026", "năm 2025", "năm 2026", "lần thứ I", "nhiệm kỳ 2025 - 2030", "lần thứ XIV", "nhiệm kỳ 2027 - 2032", "26/3"]))
