from lib import *
PAGES = []

PAGES.append(page("b8879-kiengiang-hnd-hoinghi-2024", """
HỘI NÔNG DÂN TỈNH KIÊN GIANG
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
10/05/2024 - 07:45
Triển khai Nghị định 37 về Quỹ hỗ trợ nông dân
Ngày 9/5, Hội Nông dân tỉnh Kiên Giang tổ chức Hội nghị triển khai Nghị định số 37/2023/NĐ-CP ngày 24/6/2023 của Chính phủ về thành lập, quản lý và sử dụng Quỹ hỗ trợ nông dân và công tác ủy thác vốn vay năm 2024, với 180 đại biểu là cán bộ Hội Nông dân cấp huyện, cấp xã. Chủ trì hội nghị có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Danh Hùng, Nguyễn Thị Kim Loan.
Quang cảnh hội nghị.
Theo báo cáo, đến cuối tháng 4/2024, Quỹ hỗ trợ nông dân các cấp trong tỉnh đạt 64,8 tỷ đồng, trong đó nguồn Trung ương Hội ủy thác 12 tỷ đồng, ngân sách tỉnh 18,5 tỷ đồng theo Quyết định số 752/QĐ-UBND ngày 15/4/2024 của UBND tỉnh, còn lại do hội viên đóng góp. Quỹ đang cho 2.934 hộ vay với 236 dự án, tỷ lệ thu hồi vốn đúng hạn đạt 98,7%.
Tại hội nghị, bà Thạch Thị Sà Ni, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, quán triệt những điểm mới của Nghị định 37: Quỹ cho vay theo tổ, nhóm hộ từ 5 hộ trở lên hoặc theo hộ liên kết với hợp tác xã; mức cho vay tối đa 100 triệu đồng/hộ với dự án nhóm hộ và không quá 300 triệu đồng đối với tổ hợp tác; thời hạn vay tối đa 36 tháng. Hội nghị cũng nghe đồng chí Danh Út, Phó Trưởng Ban Dân tộc tỉnh, thông tin về chính sách tín dụng cho đồng bào Khmer theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Ông Lê Văn Thanh, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết dư nợ ủy thác qua Hội Nông dân đạt 2.210 tỷ đồng, chiếm 31,4% tổng dư nợ của Chi nhánh; năm 2024, Chi nhánh đề nghị Hội phối hợp giải ngân thêm khoảng 180 tỷ đồng cho 4.500 lượt hộ. Các cấp Hội tiếp tục quán triệt Chỉ thị 40-CT/TW và Kết luận 06-KL/TW của Ban Bí thư về tín dụng chính sách xã hội.
Đóng góp ý kiến, ông Danh Thươl, Chủ tịch Hội Nông dân xã Hòa Chánh, đề nghị tăng mức vay cho mô hình tôm - lúa vì chi phí con giống cao; bà Lê Thị Mộng Tuyền, Chủ tịch Hội Nông dân xã Tây Yên, kiến nghị gắn cho vay vốn Quỹ với đào tạo nghề cho lao động nông thôn, nhất là nghề nuôi tôm sinh thái, chế biến khô cá.
Phát biểu kết luận, đồng chí Danh Hùng đề nghị các cơ sở Hội rà soát toàn bộ dự án đang cho vay, chuyển đổi hồ sơ theo quy định mới trước ngày 30/6/2024; phấn đấu năm 2024 tăng trưởng Quỹ thêm 5 tỷ đồng, xây dựng mới ít nhất 40 dự án và phối hợp đào tạo nghề cho 1.500 lao động nông thôn.
Dịp này, Hội Nông dân tỉnh trao quyết định giải ngân 2,4 tỷ đồng vốn Quỹ cho 6 dự án nuôi tôm - lúa, trồng khóm tại các huyện An Biên, Gò Quao.
Bảo Trân
Tin liên quan
- Hội Nông dân U Minh Thượng giải ngân 600 triệu đồng vốn Quỹ (02/05/2024)
- Tập huấn nuôi tôm - lúa cho 120 hội viên An Minh (24/04/2024)
- Hòn Đất: 30 lao động nông thôn học nghề sửa chữa máy nông nghiệp (15/04/2024)
""", "2024-05-10", "Triển khai Nghị định 37 về Quỹ hỗ trợ nông dân",
E("hoi_nghi", "2024", "2024-05-09"),
[P("Danh Hùng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Kim Loan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Sà Ni", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Danh Út", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lê Văn Thanh", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Danh Thươl", "Chủ tịch Hội Nông dân xã Hòa Chánh"),
 P("Lê Thị Mộng Tuyền", "Chủ tịch Hội Nông dân xã Tây Yên")],
[Q("180 đại biểu", 180, "đại biểu"), Q("64,8 tỷ đồng", 64800000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("18,5 tỷ đồng", 18500000000, "đồng"), Q("2.934 hộ", 2934, "hộ"), Q("236 dự án", 236, "dự án"), Q("98,7%", 98.7, "%"),
 Q("5 hộ", 5, "hộ", "over"), Q("100 triệu đồng", 100000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("2.210 tỷ đồng", 2210000000000, "đồng"), Q("31,4%", 31.4, "%"), Q("khoảng 180 tỷ đồng", 180000000000, "đồng", "approx"),
 Q("4.500 lượt hộ", 4500, "lượt hộ"), Q("5 tỷ đồng", 5000000000, "đồng"), Q("ít nhất 40 dự án", 40, "dự án", "over"),
 Q("1.500 lao động nông thôn", 1500, "lao động nông thôn"), Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("6 dự án", 6, "dự án")],
[D("Nghị định", "37", "2023/NĐ-CP", "2023-06-24", "Chính phủ", "Nghị định số 37/2023/NĐ-CP ngày 24/6/2023"),
 D("Quyết định", "752", "QĐ-UBND", "2024-04-15", "UBND tỉnh", "Quyết định số 752/QĐ-UBND ngày 15/4/2024"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị 40-CT/TW"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận 06-KL/TW")],
[prov("Kiên Giang"), com("Hòa Chánh"), com("Tây Yên")],
["HỘI NÔNG DÂN TỈNH KIÊN GIANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội", "Quang cảnh hội nghị.",
 "Quỹ hỗ trợ nông dân"],
["10/05/2024 - 07:45", "năm 2024", "tháng 4/2024", "36 tháng", "30/6/2024", "Nghị định 37"]))

PAGES.append(page("b8880-langson-hnd-tongket-2024", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ » Chính trị » Đoàn thể
Thứ Sáu, 20/12/2024 - 16:00
Ảnh: Lãnh đạo Hội Nông dân tỉnh trao giấy khen cho các tập thể.
Hội Nông dân tỉnh: Hơn 4.600 lao động nông thôn được đào tạo nghề trong năm
Chiều 19/12, Hội Nông dân tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024, triển khai phương hướng, nhiệm vụ năm 2025. Dự hội nghị có đồng chí Vi Văn Cường, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy. Chủ trì hội nghị có đồng chí Lộc Văn Thắng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh và đồng chí Nông Thị Mai, Phó Chủ tịch Thường trực - Trưởng ban Kiểm tra Hội Nông dân tỉnh.
Năm 2024, các cấp Hội đã phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức 152 lớp đào tạo nghề cho hơn 4.600 lao động nông thôn, vượt 15% kế hoạch; tỷ lệ có việc làm sau học nghề đạt 86%. Quỹ hỗ trợ nông dân các cấp tăng trưởng 3,9 tỷ đồng, nâng tổng nguồn quỹ lên 47,2 tỷ đồng; đã giải ngân cho 1.318 hộ vay phát triển trồng hồi, quế, thạch đen và chăn nuôi lợn đen.
Thực hiện Nghị quyết số 46-NQ/TW ngày 20/11/2023 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội và Nghị quyết 05, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, Hội đã hướng dẫn 226 chi hội xây dựng mô hình tổ hội nghề nghiệp, chi hội nông dân nghề nghiệp. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.895 tỷ đồng với 42.370 hộ vay; nợ quá hạn chiếm 0,06%. Sau cơn bão số 3 (Yagi), Hội đã đề nghị gia hạn nợ cho 618 hộ vay bị thiệt hại và hỗ trợ 1.200 kg giống ngô cho hội viên.
Tham luận tại hội nghị, bà Hoàng Thị Tươi, Chủ tịch Hội Nông dân xã Hữu Kiên, chia sẻ từ nguồn vốn Quỹ 250 triệu đồng, chi hội đã xây dựng mô hình trồng thạch đen liên kết với hợp tác xã cho 15 hộ, thu nhập bình quân 80 triệu đồng/hộ/năm. Ông Lương Văn Sìn, HUV, Chủ tịch Hội Nông dân huyện Bình Gia, đề nghị tỉnh tăng nguồn vốn ủy thác cho vùng đặc biệt khó khăn.
Phát biểu tại hội nghị, đồng chí Vi Văn Cường đánh giá Hội Nông dân tỉnh là điểm sáng của khối dân vận; đề nghị năm 2025 tiếp tục gắn đào tạo nghề với giải quyết việc làm, phấn đấu tăng trưởng Quỹ thêm trên 4 tỷ đồng và đào tạo nghề cho 4.000 lao động nông thôn.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 3 tập thể, 5 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 24 tập thể, 37 cá nhân tiêu biểu.
Các đồng chí trong Thường trực Hội Nông dân tỉnh cũng ký giao ước thi đua năm 2025 với 11 Hội Nông dân huyện, thành phố.
Hoàng Yến
Tin liên quan
- Cao Lộc: 40 hội viên được học nghề trồng hồi (12/12/2024)
- Hội Nông dân tỉnh trao 100 phần quà cho hộ bị ảnh hưởng bão số 3 (02/12/2024)
- Đình Lập ra mắt chi hội nông dân nghề nghiệp trồng quế (25/11/2024)
""", "2024-12-20", "Hội Nông dân tỉnh: Hơn 4.600 lao động nông thôn được đào tạo nghề trong năm",
E("tong_ket", "2024", "2024-12-19"),
[P("Vi Văn Cường", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Văn Thắng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Thị Mai", "Phó Chủ tịch Thường trực - Trưởng ban Kiểm tra Hội Nông dân tỉnh"),
 P("Hoàng Thị Tươi", "Chủ tịch Hội Nông dân xã Hữu Kiên"),
 P("Lương Văn Sìn", "HUV", "Chủ tịch Hội Nông dân huyện Bình Gia")],
[Q("152 lớp đào tạo nghề", 152, "lớp đào tạo nghề"), Q("hơn 4.600 lao động nông thôn", 4600, "lao động nông thôn", "over"),
 Q("15%", 15, "%"), Q("86%", 86, "%"), Q("3,9 tỷ đồng", 3900000000, "đồng"), Q("47,2 tỷ đồng", 47200000000, "đồng"),
 Q("1.318 hộ", 1318, "hộ"), Q("226 chi hội", 226, "chi hội"), Q("1.895 tỷ đồng", 1895000000000, "đồng"),
 Q("42.370 hộ", 42370, "hộ"), Q("0,06%", 0.06, "%"), Q("618 hộ", 618, "hộ"), Q("1.200 kg", 1200, "kg"),
 Q("250 triệu đồng", 250000000, "đồng"), Q("15 hộ", 15, "hộ"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("trên 4 tỷ đồng", 4000000000, "đồng", "over"), Q("4.000 lao động nông thôn", 4000, "lao động nông thôn"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("24 tập thể", 24, "tập thể"),
 Q("37 cá nhân tiêu biểu", 37, "cá nhân tiêu biểu"), Q("11 Hội Nông dân huyện, thành phố", 11, "Hội Nông dân huyện, thành phố")],
[D("Nghị quyết", "46", "NQ/TW", "2023-11-20", "Bộ Chính trị", "Nghị quyết số 46-NQ/TW ngày 20/11/2023"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 05, 06-NQ/TU")],
[prov("Lạng Sơn"), com("Hữu Kiên")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ » Chính trị » Đoàn thể", "Ảnh: Lãnh đạo Hội Nông dân tỉnh trao giấy khen cho các tập thể.",
 "Quỹ hỗ trợ nông dân", "Yagi"],
["Thứ Sáu, 20/12/2024 - 16:00", "năm 2024", "năm 2025", "bão số 3", "Năm 2024"]))

PAGES.append(page("b8881-angiang-ubnd-doithoai-2025", """
Báo An Giang Online
Thời sự | Chính trị - Xã hội
Ngày đăng 16/05/2025 | 09:00
Chủ tịch UBND huyện Tri Tôn đối thoại với nông dân về vốn vay và học nghề
Ngày 14/5, UBND huyện Tri Tôn phối hợp với Hội Nông dân huyện tổ chức Hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2025. Chủ trì hội nghị có ông Nguyễn Thanh Tùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; ông Chau Sóc Kha, HUV, Chủ tịch Hội Nông dân huyện. Tham dự có 120 hội viên nông dân đại diện 15 xã, thị trấn, trong đó khoảng 40% là đồng bào Khmer.
Ông Nguyễn Thanh Tùng trả lời ý kiến của nông dân. Ảnh: Hữu Huệ
Mở đầu hội nghị, ông Chau Sóc Kha thông tin: Quỹ hỗ trợ nông dân của huyện hiện có 6,4 tỷ đồng, đang cho 312 hộ vay với 26 dự án; dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 286 tỷ đồng với 7.840 hộ vay. Năm 2024, Hội phối hợp mở 14 lớp dạy nghề cho 420 lao động nông thôn, chủ yếu nghề trồng nấm rơm, chăn nuôi bò, làm đường thốt nốt.
Tại hội nghị, 21 ý kiến được nêu trực tiếp. Bà Néang Sà Phone, ấp Tô Thuận, xã Lê Trì, đề nghị cho vay thêm vốn để mở rộng lò nấu đường thốt nốt; ông Chau Thanh Sang, Chi hội trưởng Chi hội Nông dân ấp Soài Chek, xã Châu Lăng, hỏi về điều kiện vay vốn đi làm việc ở nước ngoài theo hợp đồng cho con em trong ấp.
Trả lời các ý kiến, bà Trần Thị Kim Ngân, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện, cho biết theo Nghị định số 74/2019/NĐ-CP của Chính phủ, người lao động được vay tối đa 100 triệu đồng để tạo việc làm, duy trì và mở rộng việc làm; người thuộc hộ nghèo, hộ cận nghèo, người dân tộc thiểu số đi làm việc ở nước ngoài được vay tới 100% chi phí. Năm 2025, Phòng giao dịch được giao tăng trưởng dư nợ 35 tỷ đồng, sẽ ưu tiên các xã vùng đồng bào Khmer.
Ông Lê Văn Phước, Trưởng phòng Lao động - Thương binh và Xã hội huyện, cho biết thực hiện Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia giảm nghèo bền vững, năm 2025 huyện dự kiến mở 18 lớp đào tạo nghề cho 540 lao động nông thôn; học viên thuộc hộ nghèo được hỗ trợ tiền ăn 50.000 đồng/ngày.
Kết luận hội nghị, ông Nguyễn Thanh Tùng ghi nhận các ý kiến thẳng thắn của bà con; giao Hội Nông dân huyện xây dựng thêm dự án Quỹ nuôi bò, trồng nấm cho nhóm hộ Khmer; giao các xã thực hiện Kế hoạch số 58/KH-UBND ngày 3/3/2025 của UBND huyện về đối thoại với nhân dân, trả lời bằng văn bản các ý kiến chưa giải quyết trong 15 ngày.
Hội nghị cũng ghi nhận 3 kiến nghị về giá thuê đất canh tác, sẽ được chuyển đến cơ quan chuyên môn xem xét, trả lời.
Hữu Huệ
Tin liên quan
- Tri Tôn: 35 hộ Khmer được vay vốn nuôi bò sinh sản (05/05/2025)
- Hội Nông dân tỉnh sơ kết quý I/2025 (10/04/2025)
- Dạy nghề làm đường thốt nốt cho 30 lao động nông thôn (28/03/2025)
""", "2025-05-16", "Chủ tịch UBND huyện Tri Tôn đối thoại với nông dân về vốn vay và học nghề",
E("doi_thoai", "2025", "2025-05-14"),
[P("Nguyễn Thanh Tùng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Chau Sóc Kha", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Néang Sà Phone"),
 P("Chau Thanh Sang", "Chi hội trưởng Chi hội Nông dân ấp Soài Chek"),
 P("Trần Thị Kim Ngân", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện"),
 P("Lê Văn Phước", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")],
[Q("120 hội viên nông dân", 120, "hội viên nông dân"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("khoảng 40%", 40, "%", "approx"), Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("312 hộ", 312, "hộ"),
 Q("26 dự án", 26, "dự án"), Q("286 tỷ đồng", 286000000000, "đồng"), Q("7.840 hộ", 7840, "hộ"),
 Q("14 lớp dạy nghề", 14, "lớp dạy nghề"), Q("420 lao động nông thôn", 420, "lao động nông thôn"),
 Q("21 ý kiến", 21, "ý kiến"), Q("100 triệu đồng", 100000000, "đồng"), Q("100% chi phí", 100, "%"),
 Q("35 tỷ đồng", 35000000000, "đồng"), Q("18 lớp đào tạo nghề", 18, "lớp đào tạo nghề"),
 Q("540 lao động nông thôn", 540, "lao động nông thôn"), Q("50.000 đồng", 50000, "đồng"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Nghị định", "74", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 74/2019/NĐ-CP"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022"),
 D("Kế hoạch", "58", "KH-UBND", "2025-03-03", "UBND huyện", "Kế hoạch số 58/KH-UBND ngày 3/3/2025")],
[prov("An Giang"), com("Lê Trì"), com("Châu Lăng")],
["Báo An Giang Online", "Thời sự | Chính trị - Xã hội", "Ông Nguyễn Thanh Tùng trả lời ý kiến của nông dân. Ảnh: Hữu Huệ",
 "Quỹ hỗ trợ nông dân", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Ngày đăng 16/05/2025 | 09:00", "năm 2025", "Năm 2024", "Năm 2025", "15 ngày"]))

PAGES.append(page("b8882-lamdong-hnd-traoqua-2025", """
HỘI NÔNG DÂN TỈNH LÂM ĐỒNG
Trang chủ › Tin tức › Hoạt động Hội
Thứ Sáu, 26/09/2025 | 08:20
Trao bò giống, quà và vốn Quỹ hỗ trợ nông dân cho hội viên xã Quảng Trực
Ngày 24/9, Hội Nông dân tỉnh Lâm Đồng phối hợp với Ủy ban MTTQ Việt Nam xã Quảng Trực trao 30 con bò giống sinh sản và 150 phần quà cho hội viên nông dân nghèo, hộ đồng bào dân tộc thiểu số tại chỗ. Mỗi phần quà trị giá 500.000 đồng; mỗi con bò giống trị giá khoảng 16 triệu đồng. Tổng giá trị hỗ trợ gần 555 triệu đồng, từ nguồn vận động các doanh nghiệp và Quỹ hỗ trợ nông dân.
Đồng chí Đinh Văn Tuấn trao bò giống cho hội viên xã Quảng Trực.
Dự buổi trao tặng có đồng chí Đinh Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; đồng chí Điểu Xuân, Bí thư Đảng ủy xã Quảng Trực; bà Thị Hạnh, Phó Chủ tịch UBND xã; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: K'Brơi, Nguyễn Thị Hồng Nhung.
Dịp này, Hội Nông dân tỉnh trao quyết định giải ngân 1,5 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 3 dự án chăn nuôi bò, trồng sầu riêng, cà phê với 30 hộ tại các xã Quảng Trực, Đắk Wil và phường Bắc Gia Nghĩa. Đây là những dự án đầu tiên được giải ngân sau khi tỉnh Lâm Đồng mới (hợp nhất từ Lâm Đồng, Đắk Nông, Bình Thuận) đi vào hoạt động.
Phát biểu tại buổi lễ, đồng chí Đinh Văn Tuấn cho biết, sau hợp nhất, Quỹ hỗ trợ nông dân các cấp của tỉnh đạt hơn 112 tỷ đồng, đang cho 4.820 hộ vay với 396 dự án; dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội gần 4.300 tỷ đồng. Thực hiện Quyết định số 1325/QĐ-UBND ngày 5/9/2025 của UBND tỉnh, Hội sẽ phối hợp mở 60 lớp đào tạo nghề cho khoảng 1.800 lao động nông thôn ở các xã vùng đồng bào dân tộc thiểu số từ nay đến hết năm 2026.
Anh Y Thiện, hội viên bon Bu Prăng 2, xúc động: "Nhà tôi có 5 khẩu, trước chỉ trồng mì, nay được Hội cho con bò giống và được học nghề chăn nuôi, tôi sẽ chăm sóc để bò sinh sản, trả lại cho hộ khác". Theo quy định, sau 30 tháng mỗi hộ nhận bò sẽ chuyển giao 1 con bê cho hộ khác trong danh sách.
Đồng chí Điểu Xuân cho biết xã Quảng Trực (mới) có 1.946 hộ, trong đó 412 hộ nghèo, chủ yếu là đồng bào M'nông; xã sẽ cử cán bộ thú y theo dõi đàn bò, phối hợp Hội Nông dân tỉnh kiểm tra việc sử dụng vốn vay.
Dịp này, Hội Nông dân xã Quảng Trực cũng tiếp nhận 20 triệu đồng từ các doanh nghiệp đóng góp vào Quỹ hỗ trợ nông dân của xã.
Thái Hòa
Xem thêm
- Hội Nông dân tỉnh Lâm Đồng kiện toàn bộ máy sau hợp nhất (15/09/2025)
- Phường Bảo Lộc 1: 200 hội viên được tập huấn trồng sầu riêng (08/09/2025)
- Xã Tuy Phong: 50 lao động nông thôn học nghề chế biến hải sản (28/08/2025)
""", "2025-09-26", "Trao bò giống, quà và vốn Quỹ hỗ trợ nông dân cho hội viên xã Quảng Trực",
E("trao_qua", None, "2025-09-24"),
[P("Đinh Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Xuân", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Thị Hạnh", "Phó Chủ tịch UBND xã"),
 P("K'Brơi", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Y Thiện", "hội viên bon Bu Prăng 2")],
[Q("30 con bò giống sinh sản", 30, "con bò giống sinh sản"), Q("150 phần quà", 150, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 16 triệu đồng", 16000000, "đồng", "approx"),
 Q("gần 555 triệu đồng", 555000000, "đồng", "approx"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("3 dự án", 3, "dự án"),
 Q("30 hộ", 30, "hộ"), Q("hơn 112 tỷ đồng", 112000000000, "đồng", "over"), Q("4.820 hộ", 4820, "hộ"),
 Q("396 dự án", 396, "dự án"), Q("gần 4.300 tỷ đồng", 4300000000000, "đồng", "approx"),
 Q("60 lớp đào tạo nghề", 60, "lớp đào tạo nghề"), Q("khoảng 1.800 lao động nông thôn", 1800, "lao động nông thôn", "approx"),
 Q("5 khẩu", 5, "khẩu"), Q("1.946 hộ", 1946, "hộ"), Q("412 hộ nghèo", 412, "hộ nghèo"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Quyết định", "1325", "QĐ-UBND", "2025-09-05", "UBND tỉnh", "Quyết định số 1325/QĐ-UBND ngày 5/9/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Wil"), com("Bắc Gia Nghĩa")],
["HỘI NÔNG DÂN TỈNH LÂM ĐỒNG", "Trang chủ › Tin tức › Hoạt động Hội",
 "Đồng chí Đinh Văn Tuấn trao bò giống cho hội viên xã Quảng Trực.", "Quỹ hỗ trợ nông dân"],
["Thứ Sáu, 26/09/2025 | 08:20", "30 tháng", "1 con bê", "năm 2026"]))

PAGES.append(page("b8883-vinhlong-hnd-tongket-2025", """
Báo Vĩnh Long điện tử
Chính trị > Mặt trận - Đoàn thể
Cập nhật: 15:20, 09/01/2026 (GMT+7)
Hội Nông dân tỉnh triển khai nhiệm vụ năm 2026
Ngày 8/1/2026, Hội Nông dân tỉnh Vĩnh Long tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Dự hội nghị có đồng chí Nguyễn Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đồng chí Trần Văn Hiếu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh chủ trì.
Toàn cảnh hội nghị tổng kết.
Báo cáo cho biết, năm 2025, Quỹ hỗ trợ nông dân các cấp trong tỉnh tăng trưởng 11,2 tỷ đồng, tổng nguồn quỹ đạt 186,5 tỷ đồng, đang cho 8.760 hộ vay với 724 dự án; tỷ lệ thu hồi vốn đúng hạn 99,1%. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 5.870 tỷ đồng với 121.400 hộ vay. Hội phối hợp tổ chức 248 lớp đào tạo nghề cho 7.350 lao động nông thôn; trên 82% học viên có việc làm sau học nghề.
Sau khi tổ chức chính quyền địa phương 2 cấp từ ngày 1/7/2025, Hội đã kiện toàn tổ chức Hội tại 124 xã, phường; hướng dẫn bàn giao sổ sách, nguồn vốn Quỹ của các huyện cũ về Hội Nông dân tỉnh và các xã, bảo đảm không thất thoát. Thực hiện Kết luận số 126-KL/TW và Kết luận số 127-KL/TW của Bộ Chính trị, Ban Bí thư, các cơ sở Hội đã sắp xếp lại 1.642 chi hội.
Tham luận tại hội nghị, ông Thạch Sô Phal, Chủ tịch Hội Nông dân phường Trà Vinh, cho biết phường có 18 tổ hội nghề nghiệp trồng rau màu với 346 thành viên; bà Võ Thị Kim Thoa, Chủ tịch Hội Nông dân xã Hương Mỹ, chia sẻ cách vận động hội viên góp 850 triệu đồng cho Quỹ hỗ trợ nông dân xã để nhân rộng mô hình nuôi dê, trồng dừa hữu cơ. Ông Nguyễn Văn Rớt, Phó Chủ tịch Hội Nông dân phường Long Châu, đề nghị tỉnh sớm ban hành quy chế quản lý Quỹ thống nhất sau hợp nhất.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Minh Thư đề nghị năm 2026 Hội Nông dân tỉnh thực hiện tốt Nghị định số 37/2023/NĐ-CP của Chính phủ và Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam; phấn đấu Quỹ hỗ trợ nông dân tăng trưởng trên 12 tỷ đồng, đào tạo nghề cho 7.000 lao động nông thôn, giúp ít nhất 1.000 hộ hội viên thoát nghèo.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 5 tập thể, 7 cá nhân; Hội Nông dân tỉnh tặng giấy khen cho 42 tập thể, 65 cá nhân có thành tích xuất sắc năm 2025.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Đông, Kim Thị Sa Huôl, Phạm Văn Lành đã trao giấy khen cho các tập thể, cá nhân.
Hồng Nhung
Tin liên quan
- Hội Nông dân tỉnh Vĩnh Long kiện toàn tổ chức sau hợp nhất (10/07/2025)
- Xã Hương Mỹ: Quỹ hỗ trợ nông dân giúp 40 hộ nuôi dê (12/12/2025)
- Phường Trà Vinh ra mắt tổ hội nghề nghiệp trồng rau (05/12/2025)
""", "2026-01-09", "Hội Nông dân tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hiếu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Sô Phal", "Chủ tịch Hội Nông dân phường Trà Vinh"),
 P("Võ Thị Kim Thoa", "Chủ tịch Hội Nông dân xã Hương Mỹ"),
 P("Nguyễn Văn Rớt", "Phó Chủ tịch Hội Nông dân phường Long Châu"),
 P("Lê Văn Đông", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Kim Thị Sa Huôl", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Văn Lành", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("186,5 tỷ đồng", 186500000000, "đồng"),
 Q("8.760 hộ", 8760, "hộ"), Q("724 dự án", 724, "dự án"), Q("99,1%", 99.1, "%"), Q("5.870 tỷ đồng", 5870000000000, "đồng"),
 Q("121.400 hộ", 121400, "hộ"), Q("248 lớp đào tạo nghề", 248, "lớp đào tạo nghề"),
 Q("7.350 lao động nông thôn", 7350, "lao động nông thôn"), Q("trên 82%", 82, "%", "over"),
 Q("124 xã, phường", 124, "xã, phường"), Q("1.642 chi hội", 1642, "chi hội"),
 Q("18 tổ hội nghề nghiệp trồng rau màu", 18, "tổ hội nghề nghiệp trồng rau màu"), Q("346 thành viên", 346, "thành viên"),
 Q("850 triệu đồng", 850000000, "đồng"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("7.000 lao động nông thôn", 7000, "lao động nông thôn"), Q("ít nhất 1.000 hộ hội viên", 1000, "hộ hội viên", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("42 tập thể", 42, "tập thể"), Q("65 cá nhân", 65, "cá nhân")],
[D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 126-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW"),
 D("Nghị định", "37", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 37/2023/NĐ-CP"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Hương Mỹ"), com("Long Châu")],
["Báo Vĩnh Long điện tử", "Chính trị > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết.", "Quỹ hỗ trợ nông dân"],
["Cập nhật: 15:20, 09/01/2026 (GMT+7)", "năm 2026", "năm 2025", "1/7/2025", "2 cấp"]))

PAGES.append(page("b8884-tuyenquang-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Bạn đang ở: Trang chủ / Dân vận / Tin hoạt động
Thứ Sáu, 10/04/2026, 08:05
Khối dân vận giao ban quý I: hơn 1.100 lao động vùng cao được học nghề
Sáng 9/4, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức giao ban công tác dân vận quý I năm 2026 với Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể. Đồng chí Ma Thị Thúy, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị giao ban.
Theo báo cáo, quý I, các cấp Hội Nông dân đã phối hợp mở 38 lớp đào tạo nghề cho hơn 1.100 lao động nông thôn tại các xã vùng cao như Mèo Vạc, Đồng Văn, Lâm Bình, Sơn Vĩ; 65% học viên là đồng bào Mông, Dao. Quỹ hỗ trợ nông dân toàn tỉnh đạt 78,4 tỷ đồng, trong quý giải ngân 5,6 tỷ đồng cho 19 dự án với 236 hộ vay. Dư nợ ủy thác qua Hội đạt 3.120 tỷ đồng.
Đồng chí Sùng Mí Chá, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh, cho biết Hội đang triển khai Hướng dẫn 03, 04-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận trong thực hiện các chương trình mục tiêu quốc gia và về phát huy vai trò người có uy tín. Bà Triệu Thị Lan, Phó Chủ tịch Hội LHPN tỉnh, thông tin Hội đã giúp 540 hội viên phụ nữ vay vốn với số tiền 21,6 tỷ đồng; ông Bàn Văn Sài, Bí thư Tỉnh đoàn, cho biết đã tư vấn nghề cho khoảng 2.000 đoàn viên thanh niên.
Tại phường Hà Giang 1, ông Vàng Mí Dính, Chủ tịch Hội Nông dân phường, cho biết 12 hộ vay vốn Quỹ làm du lịch cộng đồng đã có thu nhập ổn định. Ông Lý Văn Pao, người có uy tín thôn Nậm Đăm, xã Quản Bạ, đề nghị mở lớp dạy nghề chế biến dược liệu ngay tại thôn.
Kết luận giao ban, đồng chí Ma Thị Thúy đề nghị khối dân vận bám sát Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 18-KH/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy; trong quý II tổ chức ít nhất 2 đợt kiểm tra việc sử dụng vốn vay tại các xã biên giới, nhân rộng 15 mô hình "Dân vận khéo" gắn với giảm nghèo; phấn đấu cả năm đào tạo nghề cho 5.000 lao động nông thôn.
Cũng tại giao ban, các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hoàng Văn Chinh, Nguyễn Thị Thanh Bình đã thông tin về kết quả công tác dân vận chính quyền sau 9 tháng vận hành chính quyền địa phương 2 cấp và định hướng tuyên truyền trong quý II.
Trong quý I, toàn khối đã tổ chức 312 buổi tuyên truyền, 46 cuộc đối thoại tại xã, phường; tiếp nhận và phối hợp giải quyết 27 đơn thư, kiến nghị.
Minh Thu
Tin khác
- Xã Mèo Vạc: 40 lao động học nghề thêu thổ cẩm (02/04/2026)
- Hội Nông dân tỉnh giải ngân 1,2 tỷ đồng cho hộ nuôi bò (25/03/2026)
- Phường Minh Xuân tổ chức đối thoại với nhân dân (18/03/2026)
""", "2026-04-10", "Khối dân vận giao ban quý I: hơn 1.100 lao động vùng cao được học nghề",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Ma Thị Thúy", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Chá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Triệu Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bàn Văn Sài", "Bí thư Tỉnh đoàn"),
 P("Vàng Mí Dính", "Chủ tịch Hội Nông dân phường"),
 P("Lý Văn Pao", "người có uy tín thôn Nậm Đăm"),
 P("Hoàng Văn Chinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("38 lớp đào tạo nghề", 38, "lớp đào tạo nghề"), Q("hơn 1.100 lao động nông thôn", 1100, "lao động nông thôn", "over"),
 Q("65%", 65, "%"), Q("78,4 tỷ đồng", 78400000000, "đồng"), Q("5,6 tỷ đồng", 5600000000, "đồng"),
 Q("19 dự án", 19, "dự án"), Q("236 hộ", 236, "hộ"), Q("3.120 tỷ đồng", 3120000000000, "đồng"),
 Q("540 hội viên phụ nữ", 540, "hội viên phụ nữ"), Q("21,6 tỷ đồng", 21600000000, "đồng"),
 Q("khoảng 2.000 đoàn viên thanh niên", 2000, "đoàn viên thanh niên", "approx"), Q("12 hộ", 12, "hộ"),
 Q("ít nhất 2 đợt kiểm tra", 2, "đợt kiểm tra", "over"), Q("15 mô hình", 15, "mô hình"),
 Q("5.000 lao động nông thôn", 5000, "lao động nông thôn"), Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"),
 Q("46 cuộc đối thoại", 46, "cuộc đối thoại"), Q("27 đơn thư, kiến nghị", 27, "đơn thư, kiến nghị")],
[D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "18", "KH/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 18-KH/TU ngày 12/1/2026")],
[prov("Tuyên Quang"), com("Mèo Vạc"), com("Đồng Văn"), com("Lâm Bình"), com("Sơn Vĩ"), com("Hà Giang 1"), com("Quản Bạ")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Bạn đang ở: Trang chủ / Dân vận / Tin hoạt động",
 "Quang cảnh hội nghị giao ban.", "Quỹ hỗ trợ nông dân", "Dân vận khéo"],
["Thứ Sáu, 10/04/2026, 08:05", "quý I năm 2026", "quý I", "quý II", "9 tháng", "2 cấp"]))
