from lib import *
PAGES = []

PAGES.append(page("b3719-khanhvinh-chandung-raglai-2024", """
BÁO KHÁNH HÒA
Trang chủ - Xã hội - Gương sáng
Thứ Hai, 25/03/2024 - 06:30
Già làng Cao Văn Giáo (bên phải) hướng dẫn bà con chăm sóc sầu riêng.
"Cây cao bóng cả" của người Raglai ở Khánh Thượng
Hơn 20 năm làm người có uy tín, già làng Cao Văn Giáo, thôn Giang Mương, xã Khánh Thượng, huyện Khánh Vĩnh (Khánh Hòa) đã trở thành chỗ dựa tin cậy của bà con Raglai trong thôn. Năm 2023, ông được Ủy ban Dân tộc tặng bằng khen vì có thành tích xuất sắc trong thực hiện chính sách dân tộc.
Đầu những năm 2000, Giang Mương còn là thôn đặc biệt khó khăn, hơn 70% hộ nghèo, bà con quen phát rẫy, đốt nương. Già làng Cao Văn Giáo là người đầu tiên trong thôn mạnh dạn vay 30 triệu đồng trồng sầu riêng, bơ trên rẫy. Sau vài vụ, vườn nhà ông cho thu nhập khoảng 250 triệu đồng mỗi năm. Thấy vậy, bà con trong thôn làm theo; đến nay thôn có 96 hộ trồng cây ăn quả với diện tích khoảng 140 ha, hộ nghèo còn 11 hộ.
Không chỉ giỏi làm kinh tế, già làng còn là "thầy" hòa giải. Ông Pi Năng Hạnh, Bí thư Chi bộ kiêm Trưởng thôn Giang Mương, kể: "Có chuyện gì trong thôn, bà con đều tìm đến già làng. Mấy năm nay thôn không có vụ việc phải đưa lên xã". Theo thống kê của UBND xã, từ năm 2019 đến nay, già làng đã cùng tổ hòa giải thôn giải quyết êm thấm 21 vụ việc tranh chấp đất rẫy, mâu thuẫn gia đình.
Khi có người lạ vào thôn tuyên truyền đạo trái pháp luật, già làng đã kịp thời báo cho Công an xã và đi từng nhà vận động bà con không nghe theo. Nhờ vậy, thôn giữ vững an ninh, không có hộ nào bỏ phong tục truyền thống để theo đạo lạ. Ông cũng vận động 5 hộ hiến 3.200 m2 đất mở rộng đường vào khu sản xuất.
Bà Mang Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng, cho biết: thực hiện Quyết định số 12/2018/QĐ-TTg, mỗi năm xã tổ chức thăm hỏi, tặng quà già làng, người có uy tín; riêng già làng Cao Văn Giáo luôn gương mẫu, tích cực tham gia các buổi họp dân, tuyên truyền Nghị quyết số 10-NQ/ĐU của Đảng ủy xã về phát triển kinh tế vườn.
Ở tuổi 72, già làng vẫn ngày ngày lên rẫy, tối về dạy con cháu đánh mã la, hát sử thi Raglai. Ông nói: "Mình già rồi, chỉ mong con cháu biết làm ăn, giữ được tiếng nói, bài hát của người Raglai".
Những năm gần đây, nhiều thanh niên trong thôn đã đi học nghề, làm việc tại các doanh nghiệp trong tỉnh rồi quay về đầu tư vườn cây. Già làng luôn động viên các cháu mạnh dạn học hỏi, áp dụng kỹ thuật mới, liên kết với thương lái để bán sầu riêng được giá.
Đông Hà
Tin liên quan
- Khánh Vĩnh phát triển vùng sầu riêng của đồng bào Raglai (10/03/2024)
- Tôn vinh người có uy tín tiêu biểu năm 2023 (28/12/2023)
- Khánh Sơn: bảo tồn sử thi Raglai (12/12/2023)
""", "2024-03-25", '"Cây cao bóng cả" của người Raglai ở Khánh Thượng',
E("khac", None, None),
[P("Cao Văn Giáo", "già làng", "người có uy tín"),
 P("Pi Năng Hạnh", "Bí thư Chi bộ kiêm Trưởng thôn Giang Mương"),
 P("Mang Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Thượng")],
[Q("hơn 70%", 70, "%", "over"), Q("30 triệu đồng", 30000000, "đồng"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"),
 Q("96 hộ", 96, "hộ"), Q("khoảng 140 ha", 140, "ha", "approx"), Q("11 hộ", 11, "hộ"),
 Q("21 vụ việc tranh chấp đất rẫy, mâu thuẫn gia đình", 21, "vụ việc tranh chấp đất rẫy, mâu thuẫn gia đình"),
 Q("5 hộ", 5, "hộ"), Q("3.200 m2", 3200, "m2")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, None, "Quyết định số 12/2018/QĐ-TTg"),
 D("Nghị quyết", "10", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 10-NQ/ĐU của Đảng ủy xã")],
[prov("Khánh Hòa"), com("Khánh Thượng")],
["BÁO KHÁNH HÒA", "Trang chủ - Xã hội - Gương sáng", "Già làng Cao Văn Giáo (bên phải) hướng dẫn bà con chăm sóc sầu riêng.",
 "Cây cao bóng cả", "Ủy ban Dân tộc"],
["Thứ Hai, 25/03/2024 - 06:30", "Hơn 20 năm", "Năm 2023", "tuổi 72", "năm 2019", "những năm 2000"]))

PAGES.append(page("b3720-binhthuan-bdv-soket-2024", """
Ban Dân vận Tỉnh ủy Bình Thuận
Trang chủ >> Tin hoạt động >> Dân vận các cấp
18/07/2024 | 16:35
Ảnh: Quang cảnh hội nghị.
Phát huy vai trò chức sắc, người có uy tín vùng đồng bào Chăm, Raglai
Sáng 16/7/2024, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Huỳnh Thị Mỹ Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Minh Hải, Phan Thị Thanh Tâm, Đàng Thị Thu Hằng.
Báo cáo cho biết, 6 tháng đầu năm 2024, khối dân vận đã chủ động nắm tình hình vùng đồng bào dân tộc thiểu số, nhất là đồng bào Chăm Bàni ở Bắc Bình, Tuy Phong trong tháng Ramưwan và đồng bào Raglai, K'Ho ở Hàm Thuận Bắc, Tánh Linh, Hàm Tân. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong tình hình mới và về công tác vận động đồng bào dân tộc thiểu số; phối hợp tổ chức 2 hội nghị gặp mặt chức sắc Hồi giáo Bàni, Bà-la-môn với trên 300 đại biểu.
Khối dân vận phối hợp tiếp 164 lượt công dân, tiếp nhận 58 đơn thư; đã giải quyết 51 đơn, đạt 87,9%. Toàn tỉnh có 419 mô hình "Dân vận khéo", trong đó 64 mô hình cấp tỉnh; 9 mô hình vùng đồng bào Chăm được biểu dương.
Tham luận tại hội nghị, đồng chí Thông Thị Phương, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Phong, chia sẻ cách làm "chức sắc cùng đi vận động" trong giải phóng mặt bằng dự án đường cao tốc, vận động 43 hộ Chăm bàn giao đất. Ông K'Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn, huyện Bắc Bình, nêu kết quả vận động đồng bào Raglai trồng rừng, nhận khoán bảo vệ khoảng 2.100 ha rừng. Bà Lâm Thị Mỹ Nương, người có uy tín thôn Bình Minh, xã Phan Thanh, đề nghị có thêm chính sách hỗ trợ học sinh Chăm học nghề.
Phát biểu kết luận, đồng chí Huỳnh Thị Mỹ Hòa đề nghị 6 tháng cuối năm 2024 tập trung thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; Quy định số 124-QĐ/TW ngày 3/10/2023 của Bộ Chính trị về giám sát của Mặt trận; chuẩn bị tốt cho lễ hội Katê năm 2024 tại tháp Po Sah Inư và Pô Dam; tuyên truyền Nghị định số 95/2023/NĐ-CP của Chính phủ.
Hội nghị cũng thông qua kế hoạch kiểm tra việc thực hiện Quy chế dân vận ở 5 huyện, thị xã trong quý III.
Cũng tại hội nghị, đồng chí Nguyễn Minh Hải quán triệt Hướng dẫn số 29-HD/BDVTW của Ban Dân vận Trung ương về thực hiện "Năm dân vận chính quyền 2024".
Hà Trang
Lượt xem: 277
Tin liên quan
- Bắc Bình: gặp mặt chức sắc Hồi giáo Bàni nhân lễ Ramưwan (20/03/2024)
- Tánh Linh: tập huấn cho người có uy tín (12/06/2024)
- Tuy Phong sơ kết công tác dân vận (10/07/2024)
""", "2024-07-18", "Phát huy vai trò chức sắc, người có uy tín vùng đồng bào Chăm, Raglai",
E("so_ket", "2024-H1", "2024-07-16"),
[P("Huỳnh Thị Mỹ Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Minh Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thông Thị Phương", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Phong"),
 P("K'Bình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Sơn"),
 P("Lâm Thị Mỹ Nương", "người có uy tín thôn Bình Minh")],
[Q("2 hội nghị gặp mặt chức sắc Hồi giáo Bàni, Bà-la-môn", 2, "hội nghị gặp mặt chức sắc Hồi giáo Bàni, Bà-la-môn"),
 Q("trên 300 đại biểu", 300, "đại biểu", "over"), Q("164 lượt công dân", 164, "lượt công dân"), Q("58 đơn thư", 58, "đơn thư"),
 Q("51 đơn", 51, "đơn"), Q("87,9%", 87.9, "%"), Q("419 mô hình", 419, "mô hình"), Q("64 mô hình cấp tỉnh", 64, "mô hình cấp tỉnh"),
 Q("9 mô hình", 9, "mô hình"), Q("43 hộ Chăm", 43, "hộ Chăm"), Q("khoảng 2.100 ha", 2100, "ha", "approx"),
 Q("5 huyện, thị xã", 5, "huyện, thị xã")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quy định", "124", "QĐ/TW", "2023-10-03", "Bộ Chính trị", "Quy định số 124-QĐ/TW ngày 3/10/2023"),
 D("Nghị định", "95", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 95/2023/NĐ-CP"),
 D("Hướng dẫn", "29", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 29-HD/BDVTW")],
[prov("Bình Thuận"), com("Phan Sơn"), com("Phan Thanh")],
["Ban Dân vận Tỉnh ủy Bình Thuận", "Trang chủ >> Tin hoạt động >> Dân vận các cấp", "Ảnh: Quang cảnh hội nghị.", "Dân vận khéo",
 "chức sắc cùng đi vận động", "Năm dân vận chính quyền 2024", "Lượt xem: 277", "Quy chế dân vận", "Po Sah Inư", "Pô Dam"],
["18/07/2024 | 16:35", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "quý III", "lễ hội Katê năm 2024", "Năm dân vận chính quyền 2024", "Lượt xem: 277"]))

PAGES.append(page("b3721-khanhhoa-kate-traoqua-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA
Trang chủ › Dân tộc - Tôn giáo › Tin hoạt động
Thứ Sáu, 24/10/2025, 09:20
Lãnh đạo tỉnh Khánh Hòa chúc mừng lễ hội Katê tại tháp Po Klong Garai
Ngày 22/10/2025, nhân dịp lễ hội Katê năm 2025 của đồng bào Chăm Bà-la-môn, đồng chí Nghiêm Xuân Phong, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Khánh Hòa cùng đoàn công tác của tỉnh đã đến thăm, chúc mừng, tặng quà Hội đồng chức sắc Bà-la-môn tỉnh và bà con Chăm tại phường Đô Vinh, xã Phước Hữu, xã Phước Hậu.
Bí thư Tỉnh ủy Nghiêm Xuân Phong tặng quà Hội đồng chức sắc Bà-la-môn.
Đây là lễ hội Katê đầu tiên sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất thành tỉnh Khánh Hòa mới. Cùng đi có đồng chí Trần Quốc Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Khắc Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Hán Thị Thanh Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Tại tháp Po Klong Garai, Cả sư Quảng Văn Bảo, Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Khánh Hòa cho biết, Katê năm nay được tổ chức tại 3 đền tháp và 22 làng Chăm với khoảng 70.000 người dân, du khách tham dự; các nghi lễ được thực hiện đầy đủ theo truyền thống.
Thay mặt lãnh đạo tỉnh, đồng chí Nghiêm Xuân Phong chúc đồng bào Chăm đón Katê vui tươi, đầm ấm; khẳng định tỉnh luôn quan tâm bảo tồn, phát huy giá trị di sản văn hóa Chăm, đồng thời đề nghị các vị chức sắc tiếp tục vận động bà con thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 và Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị, góp phần xây dựng chính quyền địa phương 2 cấp vận hành hiệu quả.
Dịp này, đoàn đã trao 3 phần quà cho 3 đền tháp, mỗi phần 15 triệu đồng; tặng 80 suất quà trị giá 1,5 triệu đồng/suất cho các vị chức sắc, chức việc Bà-la-môn và hộ Chăm nghèo. Tỉnh cũng hỗ trợ 300 triệu đồng cho các làng Chăm tổ chức lễ hội theo Kế hoạch số 215/KH-UBND ngày 29/9/2025 của UBND tỉnh.
Cùng ngày, các đoàn do đồng chí Trần Quốc Khánh và đồng chí Nguyễn Khắc Tài dẫn đầu đã thăm, tặng quà tại đền thờ Po Rômê và đền Po Inư Nưgar. Ông Lưu Văn Hảo, Chủ tịch UBND xã Phước Hữu, cho biết xã có khoảng 2.300 hộ đồng bào Chăm; năm 2025 xã đã xây dựng 4 mô hình "Dân vận khéo" về giữ gìn văn hóa Chăm gắn với du lịch.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy, Khánh Hòa hiện có trên 82.000 đồng bào Chăm, 150.000 đồng bào Raglai; các vị chức sắc, người có uy tín luôn là cầu nối quan trọng giữa Đảng, chính quyền với đồng bào.
Trước đó, ngày 21/10, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức gặp mặt 50 vị chức sắc Bà-la-môn tiêu biểu nhân dịp lễ Katê.
Minh Châu
Lượt xem: 902
Tin liên quan
- Khánh Hòa tổ chức hội nghị người có uy tín năm 2025 (10/10/2025)
- Hướng dẫn tổ chức lễ hội Katê năm 2025 (30/09/2025)
- Thăm, chúc mừng Ramưwan đồng bào Chăm Bàni (05/03/2025)
""", "2025-10-24", "Lãnh đạo tỉnh Khánh Hòa chúc mừng lễ hội Katê tại tháp Po Klong Garai",
E("trao_qua", None, "2025-10-22"),
[P("Nghiêm Xuân Phong", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Khánh Hòa", "Bí thư Tỉnh ủy"),
 P("Trần Quốc Khánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Khắc Tài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hán Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Quảng Văn Bảo", "Cả sư", "Chủ tịch Hội đồng chức sắc Bà-la-môn tỉnh Khánh Hòa"),
 P("Lưu Văn Hảo", "Chủ tịch UBND xã Phước Hữu")],
[Q("3 đền tháp", 3, "đền tháp"), Q("22 làng Chăm", 22, "làng Chăm"), Q("khoảng 70.000 người dân, du khách", 70000, "người dân, du khách", "approx"),
 Q("3 phần quà", 3, "phần quà"), Q("15 triệu đồng", 15000000, "đồng"), Q("80 suất quà", 80, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"), Q("khoảng 2.300 hộ đồng bào Chăm", 2300, "hộ đồng bào Chăm", "approx"),
 Q("4 mô hình", 4, "mô hình"), Q("trên 82.000 đồng bào Chăm", 82000, "đồng bào Chăm", "over"), Q("150.000 đồng bào Raglai", 150000, "đồng bào Raglai"),
 Q("50 vị chức sắc Bà-la-môn tiêu biểu", 50, "vị chức sắc Bà-la-môn tiêu biểu")],
[D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025"),
 D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Kế hoạch", "215", "KH-UBND", "2025-09-29", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 29/9/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Đô Vinh"), com("Phước Hữu"), com("Phước Hậu")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Trang chủ › Dân tộc - Tôn giáo › Tin hoạt động",
 "Bí thư Tỉnh ủy Nghiêm Xuân Phong tặng quà Hội đồng chức sắc Bà-la-môn.", "Dân vận khéo", "Po Klong Garai", "Lượt xem: 902"],
["Thứ Sáu, 24/10/2025, 09:20", "lễ hội Katê năm 2025", "2 cấp", "năm 2025", "ngày 21/10", "Lượt xem: 902"]))

PAGES.append(page("b3722-lamdong-ramuwan-traoqua-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự | Chính trị | Dân tộc - Tôn giáo
Cập nhật: 11:05, 04/03/2026 (GMT+7)
Đoàn công tác thăm, tặng quà chức sắc Chăm Bàni tại thánh đường Bình Minh.
Ấm áp tháng Ramưwan ở các làng Chăm Bàni phía đông Lâm Đồng
Ngày 2/3/2026, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do bà K'Nhơn Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn đã đến thăm, chúc mừng và tặng quà Hội đồng Sư cả Hồi giáo Bàni cùng các vị Acar đang nhập chùa tại xã Bắc Bình, xã Hồng Thái và xã Tuy Phong nhân dịp lễ Ramưwan năm 2026.
Đây là mùa Ramưwan đầu tiên của đồng bào Chăm Bàni vùng Bình Thuận cũ kể từ khi 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận hợp nhất. Tiếp đoàn tại thánh đường Bình Minh, Sư cả Lâm Tấn Bình, Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni, cho biết năm nay có 246 vị Acar nhập chùa tại 10 thánh đường; bà con đã chuẩn bị lễ vật chu đáo, tiết kiệm.
Bà K'Nhơn Thị Thu thông tin với các vị chức sắc về kết quả sắp xếp tổ chức bộ máy và chính quyền địa phương 2 cấp; đề nghị các vị tiếp tục vận động bà con đoàn kết, giữ gìn bản sắc, tham gia phong trào "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Dịp này, đoàn trao 10 phần quà cho 10 thánh đường, mỗi phần gồm 3 triệu đồng tiền mặt; tặng 246 suất quà cho các vị Acar và 40 suất quà cho hộ Chăm nghèo, mỗi suất trị giá 500.000 đồng. Tổng giá trị quà tặng hơn 173 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm đóng góp.
Cùng ngày, ông Đàng Văn Hiếu, Chủ tịch UBND xã Bắc Bình, cho biết xã có trên 2.600 hộ đồng bào Chăm, chiếm khoảng 38% dân số; năm 2025 xã đã hỗ trợ xây mới 12 căn nhà Đại đoàn kết, sửa chữa 7 căn nhà cho hộ Chăm khó khăn từ Chương trình xóa nhà tạm, nhà dột nát.
Trước đó, ngày 26/2/2026, Ban Thường vụ Tỉnh ủy Lâm Đồng đã ban hành Công văn số 318-CV/TU về việc thăm, chúc mừng chức sắc và đồng bào các tôn giáo nhân các ngày lễ lớn năm 2026. Theo văn bản này, tỉnh thành lập 3 đoàn công tác thăm, chúc mừng đồng bào Chăm Bàni; 2 đoàn thăm đồng bào Chăm Bà-la-môn dịp lễ Katê.
Bà Đồng Thị Lịch, người có uy tín thôn Bình Minh, xúc động: "Năm nào Mặt trận cũng về thăm, bà con rất vui, thấy được quan tâm".
Ông Thiên Sanh Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái, cho biết xã đang phối hợp các vị Acar vận động bà con cho con em đi học đầy đủ sau lễ.
Kim Hằng
Lượt xem: 1.532
Tin liên quan
- Lâm Đồng gặp mặt người có uy tín đồng bào dân tộc thiểu số (10/02/2026)
- Bắc Bình: hỗ trợ nhà ở cho hộ nghèo đồng bào Chăm (20/01/2026)
- Hội nghị chức sắc tôn giáo tỉnh Lâm Đồng năm 2026 (12/01/2026)
""", "2026-03-04", "Ấm áp tháng Ramưwan ở các làng Chăm Bàni phía đông Lâm Đồng",
E("trao_qua", None, "2026-03-02"),
[P("K'Nhơn Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Tấn Bình", "Sư cả", "Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni"),
 P("Đàng Văn Hiếu", "Chủ tịch UBND xã Bắc Bình"),
 P("Đồng Thị Lịch", "người có uy tín thôn Bình Minh"),
 P("Thiên Sanh Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Hồng Thái")],
[Q("3 tỉnh", 3, "tỉnh"), Q("246 vị Acar", 246, "vị Acar"), Q("10 thánh đường", 10, "thánh đường"), Q("10 phần quà", 10, "phần quà"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("246 suất quà", 246, "suất quà"), Q("40 suất quà", 40, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("hơn 173 triệu đồng", 173000000, "đồng", "over"), Q("trên 2.600 hộ đồng bào Chăm", 2600, "hộ đồng bào Chăm", "over"),
 Q("khoảng 38%", 38, "%", "approx"), Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("7 căn nhà", 7, "căn nhà"),
 Q("3 đoàn công tác", 3, "đoàn công tác"), Q("2 đoàn", 2, "đoàn")],
[D("Công văn", "318", "CV/TU", "2026-02-26", "Ban Thường vụ Tỉnh ủy Lâm Đồng", "Công văn số 318-CV/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Bình"), com("Hồng Thái"), com("Tuy Phong")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự | Chính trị | Dân tộc - Tôn giáo",
 "Đoàn công tác thăm, tặng quà chức sắc Chăm Bàni tại thánh đường Bình Minh.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Vì người nghèo",
 "Chương trình xóa nhà tạm, nhà dột nát", "Lượt xem: 1.532"],
["Cập nhật: 11:05, 04/03/2026 (GMT+7)", "lễ Ramưwan năm 2026", "2 cấp", "năm 2025", "năm 2026", "Lượt xem: 1.532"]))

PAGES.append(page("b3723-khanhhoa-btgdv-tongket-2025", """
Tỉnh ủy Khánh Hòa - Ban Tuyên giáo và Dân vận
Bạn đang ở: Trang chủ / Hoạt động / Dân tộc - Tôn giáo
Hôm nay: Thứ Bảy, 17/01/2026
Thứ Năm, 15/01/2026 - 16:10
Ảnh: Đồng chí Nguyễn Khắc Tài phát biểu kết luận hội nghị.
Triển khai nhiệm vụ công tác dân tộc, tôn giáo năm 2026
Ngày 14/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Khắc Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Hán Thị Thanh Thủy, Võ Văn Lộc, Katơr Văn Sương.
Năm 2025, trong bối cảnh sắp xếp bộ máy và hợp nhất tỉnh, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 08, 09-KL/TU về công tác vận động đồng bào Chăm và đồng bào Raglai trên địa bàn tỉnh mới; Quy chế phối hợp số 03-QC/BTGDVTU với Sở Dân tộc và Tôn giáo. Tình hình các tôn giáo ổn định; các lễ hội Katê, Ramưwan, Lễ hội Tháp Bà Ponagar diễn ra an toàn với hơn 250.000 lượt người tham gia.
Toàn tỉnh có 1.032 người có uy tín, trong đó 418 người là đồng bào Raglai, 296 người là đồng bào Chăm. Các cấp đã tổ chức 36 hội nghị gặp mặt, đối thoại với chức sắc, người có uy tín; hòa giải thành 142 vụ việc mâu thuẫn; không để phát sinh điểm nóng. Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm còn 9,4%.
Tại hội nghị, bà Chamaléa Thị Thủy, Bí thư Đảng ủy xã Bác Ái Tây, cho biết xã đã vận động 124 hộ Raglai tham gia trồng xoài, tổ chức 2 lớp dạy tiếng Raglai cho cán bộ. Ông Phú Văn Sang, Chủ tịch Ủy ban MTTQ Việt Nam phường Đô Vinh, nêu kinh nghiệm phối hợp với Hội đồng chức sắc Bà-la-môn trong tổ chức Katê. Ông Đàng Năng Thọ, Po Acar thánh đường Văn Lâm, Ủy viên Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa, đề nghị hỗ trợ tu bổ thánh đường đã xuống cấp.
Kết luận hội nghị, đồng chí Nguyễn Khắc Tài yêu cầu năm 2026 tập trung quán triệt Nghị quyết Đại hội XIV của Đảng; thực hiện Kết luận số 57-KL/TW, 58-KL/TW của Bộ Chính trị; triển khai Kế hoạch số 12-KH/TU ngày 5/1/2026 của Ban Thường vụ Tỉnh ủy về tổ chức gặp mặt chức sắc, người có uy tín năm 2026.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 15 cá nhân có thành tích trong công tác dân tộc, tôn giáo năm 2025.
Hội nghị cũng thống nhất tổ chức gặp mặt chức sắc các tôn giáo, người có uy tín dịp Tết Nguyên đán Bính Ngọ 2026.
Thảo Vy
Lượt xem: 455
Tin liên quan
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh 2025 (23/12/2025)
- Khánh Vĩnh: hội nghị người có uy tín (15/12/2025)
- Tổng kết công tác dân vận năm 2025 (30/12/2025)
""", "2026-01-15", "Triển khai nhiệm vụ công tác dân tộc, tôn giáo năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Nguyễn Khắc Tài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hán Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Võ Văn Lộc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Katơr Văn Sương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chamaléa Thị Thủy", "Bí thư Đảng ủy xã Bác Ái Tây"),
 P("Phú Văn Sang", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đô Vinh"),
 P("Đàng Năng Thọ", "Po Acar thánh đường Văn Lâm", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa")],
[Q("hơn 250.000 lượt người", 250000, "lượt người", "over"), Q("1.032 người có uy tín", 1032, "người có uy tín"),
 Q("418 người", 418, "người"), Q("296 người", 296, "người"), Q("36 hội nghị gặp mặt, đối thoại", 36, "hội nghị gặp mặt, đối thoại"),
 Q("142 vụ việc mâu thuẫn", 142, "vụ việc mâu thuẫn"), Q("9,4%", 9.4, "%"), Q("124 hộ Raglai", 124, "hộ Raglai"),
 Q("2 lớp dạy tiếng Raglai", 2, "lớp dạy tiếng Raglai"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quy chế phối hợp", "03", "QC/BTGDVTU", None, None, "Quy chế phối hợp số 03-QC/BTGDVTU"),
 D("Kết luận", "57", "KL/TW", None, "Bộ Chính trị", "Kết luận số 57-KL/TW"),
 D("Kết luận", "58", "KL/TW", None, "Bộ Chính trị", "58-KL/TW"),
 D("Kế hoạch", "12", "KH/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 12-KH/TU ngày 5/1/2026")],
[prov("Khánh Hòa"), com("Bác Ái Tây"), com("Đô Vinh")],
["Tỉnh ủy Khánh Hòa - Ban Tuyên giáo và Dân vận", "Bạn đang ở: Trang chủ / Hoạt động / Dân tộc - Tôn giáo",
 "Ảnh: Đồng chí Nguyễn Khắc Tài phát biểu kết luận hội nghị.", "Nghị quyết Đại hội XIV của Đảng", "Lễ hội Tháp Bà Ponagar", "Lượt xem: 455"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Năm, 15/01/2026 - 16:10", "năm 2025", "năm 2026", "Đại hội XIV", "Bính Ngọ 2026", "Lượt xem: 455"]))

PAGES.append(page("b3724-phuochuu-xa-giaoban-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HỮU - TỈNH KHÁNH HÒA
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy
02/04/2026 07:45
Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị.
Phước Hữu: chuẩn bị chu đáo cho lễ Rija Nưgar, vận động người dân hiến đất mở đường
Chiều 31/3/2026, Đảng ủy xã Phước Hữu (tỉnh Khánh Hòa) tổ chức giao ban công tác dân vận tháng 3/2026 với Ủy ban MTTQ Việt Nam xã, các chi bộ thôn và người có uy tín. Đồng chí Đàng Thanh Tâm, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có đồng chí Thập Thị Kim Yến, Phó Bí thư Thường trực Đảng ủy xã, đồng chí Lưu Văn Hảo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Theo báo cáo, trong tháng 3, Ủy ban MTTQ Việt Nam xã và các chi hội đã tổ chức 11 buổi sinh hoạt tuyên truyền ở 8 thôn về Luật Thực hiện dân chủ ở cơ sở, về phòng chống lừa đảo qua mạng. Xã tiếp nhận 6 đơn thư, kiến nghị, chủ yếu tranh chấp ranh giới đất; đã hòa giải thành 4 vụ việc. Nhân dân thôn Hậu Sanh, thôn Hữu Đức tự nguyện hiến khoảng 1.400 m2 đất, góp 320 triệu đồng mở rộng đường bê tông nội đồng dài 1,2 km.
Về công tác chuẩn bị lễ Rija Nưgar (lễ tế đầu năm) của đồng bào Chăm diễn ra vào tháng 4, xã đã làm việc với Hội đồng chức sắc Bà-la-môn và các vị Ông Mưduôn, Ông Kadhar. Ông Thập Văn Lang, Ông Mưduôn thôn Hậu Sanh, đề nghị xã bố trí lực lượng giữ trật tự trong những ngày hành lễ. Bà Quảng Thị Chanh, người có uy tín thôn Hữu Đức, phản ánh một số hộ đổ rác thải ra khu vực mương nước gần đền Po Inư Nưgar.
Đồng chí Thuận Văn Khải, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận đã vận động được 58 triệu đồng ủng hộ Quỹ "Vì người nghèo", hỗ trợ sửa chữa 2 căn nhà cho hộ Chăm nghèo; 97% hộ dân đăng ký gia đình văn hóa năm 2026.
Kết luận giao ban, đồng chí Đàng Thanh Tâm yêu cầu các chi bộ tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU ngày 12/11/2025 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng gắn với văn hóa Chăm; Kế hoạch số 21-KH/ĐU của Ban Thường vụ Đảng ủy xã về thực hiện Quy chế dân vận; phối hợp với chức sắc tổ chức lễ Rija Nưgar tiết kiệm, an toàn. Đồng chí giao Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch thăm, chúc mừng chức sắc Bà-la-môn, tặng 30 suất quà cho các vị chức sắc và gia đình chính sách nhân dịp lễ.
Tháng 4, xã tiếp tục vận động nhân dân thôn Phước Lập hiến đất làm đường; ra mắt mô hình "Dân vận khéo" về thu gom rác thải sinh hoạt ở thôn Hữu Đức.
Văn phòng Đảng ủy xã
Lượt truy cập: 98.412
Tin khác
- Xã Phước Hữu tổ chức ngày hội "Vì người nghèo" (20/03/2026)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (10/03/2026)
- Ra quân bảo vệ môi trường quanh đền Po Rômê (01/03/2026)
""", "2026-04-02", "Phước Hữu: chuẩn bị chu đáo cho lễ Rija Nưgar, vận động người dân hiến đất mở đường",
E("giao_ban", "2026-03", "2026-03-31"),
[P("Đàng Thanh Tâm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thập Thị Kim Yến", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lưu Văn Hảo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thập Văn Lang", "Ông Mưduôn thôn Hậu Sanh"),
 P("Quảng Thị Chanh", "người có uy tín thôn Hữu Đức"),
 P("Thuận Văn Khải", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("11 buổi sinh hoạt tuyên truyền", 11, "buổi sinh hoạt tuyên truyền"), Q("8 thôn", 8, "thôn"),
 Q("6 đơn thư, kiến nghị", 6, "đơn thư, kiến nghị"), Q("4 vụ việc", 4, "vụ việc"), Q("khoảng 1.400 m2", 1400, "m2", "approx"),
 Q("320 triệu đồng", 320000000, "đồng"), Q("1,2 km", 1.2, "km"), Q("58 triệu đồng", 58000000, "đồng"),
 Q("2 căn nhà", 2, "căn nhà"), Q("97%", 97, "%"), Q("30 suất quà", 30, "suất quà")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-11-12", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 05-NQ/ĐU ngày 12/11/2025"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 21-KH/ĐU")],
[prov("Khánh Hòa"), com("Phước Hữu")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ PHƯỚC HỮU - TỈNH KHÁNH HÒA", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy",
 "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị.", "Luật Thực hiện dân chủ ở cơ sở", "Vì người nghèo", "Dân vận khéo",
 "Quy chế dân vận", "Văn phòng Đảng ủy xã", "Lượt truy cập: 98.412", "Rija Nưgar", "Po Inư Nưgar"],
["02/04/2026 07:45", "tháng 3/2026", "tháng 3", "tháng 4", "Tháng 4", "năm 2026", "Lượt truy cập: 98.412"]))
