from lib import *
PAGES = []

PAGES.append(page("b8735-gialai-ubkt-soket-2024", """
BÁO GIA LAI ĐIỆN TỬ
You are here: Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 19/07/2024
Đồng chí Trần Minh Sơn phát biểu kết luận hội nghị. Ảnh: Hồng Thi
Gia Lai: 6 tháng đầu năm thi hành kỷ luật 74 đảng viên
(GLO)- Ngày 18/7, Ủy ban Kiểm tra Tỉnh ủy Gia Lai tổ chức hội nghị sơ kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Trần Minh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì. Dự hội nghị có 17 điểm cầu huyện, thị xã, thành phố.
Theo báo cáo do đồng chí Siu H'Prăk, Phó Chủ nhiệm UBKT Tỉnh ủy trình bày, 6 tháng đầu năm 2024, cấp ủy các cấp đã kiểm tra 684 tổ chức đảng và 1.517 đảng viên; giám sát 592 tổ chức đảng, 1.284 đảng viên. UBKT các cấp kiểm tra 41 đảng viên, 6 tổ chức đảng khi có dấu hiệu vi phạm. Toàn Đảng bộ đã thi hành kỷ luật 74 đảng viên, trong đó khiển trách 43 đảng viên, cảnh cáo 17 đảng viên, cách chức 2 đảng viên, khai trừ 12 đảng viên; có 21 đảng viên là người đồng bào dân tộc thiểu số.
UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy triển khai Quy định số 131-QĐ/TW ngày 27/10/2023 của Bộ Chính trị về kiểm soát quyền lực, phòng, chống tham nhũng, tiêu cực trong công tác kiểm tra, giám sát, kỷ luật đảng và Quy định số 114-QĐ/TW ngày 11/7/2023 của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ; ban hành Kế hoạch số 27-KH/UBKTTU ngày 5/3/2024 giám sát việc quản lý đất rừng ở 8 huyện phía Tây.
Qua kiểm tra tài chính đảng tại 97 tổ chức đảng, kiến nghị thu hồi hơn 1,2 tỷ đồng; tỷ lệ đảng viên đóng đảng phí đúng quy định đạt trên 97%. UBKT các cấp đã tiếp nhận 112 đơn thư, giải quyết 38/42 đơn tố cáo thuộc thẩm quyền.
Tại hội nghị, đồng chí Ksor Y Thuyết, HUV, Chủ nhiệm UBKT Huyện ủy Krông Pa cho biết, huyện đã kiểm tra 12 chi bộ buôn, phát hiện 3 đảng viên tự ý chuyển nhượng đất cho người ngoài tỉnh; đồng chí Đinh Văn Hroi, Bí thư Đảng ủy xã Ayun, nêu kinh nghiệm phát huy vai trò già làng, người có uy tín trong giám sát đảng viên ở buôn làng. Bà Rơ Châm H'Yơn, Phó Chủ nhiệm UBKT Đảng ủy xã Ia Mrơn, đề nghị có chế độ hỗ trợ đi lại cho cán bộ kiểm tra cơ sở.
Phát biểu kết luận, đồng chí Trần Minh Sơn yêu cầu 6 tháng cuối năm UBKT các cấp tập trung kiểm tra, giám sát việc chuẩn bị đại hội chi bộ, đại hội đảng bộ cơ sở nhiệm kỳ 2025 - 2030 theo Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; xử lý nghiêm đảng viên tham gia "Tin lành Đê Ga", không để hình thành điểm nóng.
Hồng Thi
Tin liên quan
- Chư Sê: khai trừ 2 đảng viên vi phạm (10/07/2024)
- UBKT Tỉnh ủy kỳ họp thứ 32 (03/07/2024)
- Ia Grai giám sát 5 chi bộ làng (21/06/2024)
""", "2024-07-19", "Gia Lai: 6 tháng đầu năm thi hành kỷ luật 74 đảng viên",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Trần Minh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Siu H'Prăk", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Ksor Y Thuyết", "HUV", "Chủ nhiệm UBKT Huyện ủy Krông Pa"),
 P("Đinh Văn Hroi", "Bí thư Đảng ủy xã Ayun"),
 P("Rơ Châm H'Yơn", "Phó Chủ nhiệm UBKT Đảng ủy xã Ia Mrơn")],
[Q("74 đảng viên", 74, "đảng viên"), Q("17 điểm cầu huyện, thị xã, thành phố", 17, "điểm cầu huyện, thị xã, thành phố"),
 Q("684 tổ chức đảng", 684, "tổ chức đảng"), Q("1.517 đảng viên", 1517, "đảng viên"), Q("592 tổ chức đảng", 592, "tổ chức đảng"),
 Q("1.284 đảng viên", 1284, "đảng viên"), Q("41 đảng viên", 41, "đảng viên"), Q("6 tổ chức đảng", 6, "tổ chức đảng"),
 Q("43 đảng viên", 43, "đảng viên"), Q("17 đảng viên", 17, "đảng viên"), Q("2 đảng viên", 2, "đảng viên"),
 Q("12 đảng viên", 12, "đảng viên"), Q("21 đảng viên", 21, "đảng viên"), Q("8 huyện phía Tây", 8, "huyện"),
 Q("97 tổ chức đảng", 97, "tổ chức đảng"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("trên 97%", 97, "%", "over"),
 Q("112 đơn thư", 112, "đơn thư"), Q("38/42 đơn tố cáo", 38, "đơn tố cáo"), Q("12 chi bộ buôn", 12, "chi bộ buôn"),
 Q("3 đảng viên", 3, "đảng viên")],
[D("Quy định", "131", "QĐ/TW", "2023-10-27", "Bộ Chính trị", "Quy định số 131-QĐ/TW ngày 27/10/2023"),
 D("Quy định", "114", "QĐ/TW", "2023-07-11", "Bộ Chính trị", "Quy định số 114-QĐ/TW ngày 11/7/2023"),
 D("Kế hoạch", "27", "KH/UBKTTU", "2024-03-05", "UBKT Tỉnh ủy", "Kế hoạch số 27-KH/UBKTTU ngày 5/3/2024"),
 D("Chỉ thị", "35", "CT/TW", "2024-06-14", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 14/6/2024")],
[prov("Gia Lai"), com("Ayun"), com("Ia Mrơn")],
["BÁO GIA LAI ĐIỆN TỬ", "You are here: Trang chủ » Chính trị » Xây dựng Đảng",
 "Đồng chí Trần Minh Sơn phát biểu kết luận hội nghị. Ảnh: Hồng Thi", "(GLO)", "Tin lành Đê Ga"],
["Thứ Sáu, 19/07/2024", "6 tháng đầu năm", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "6 tháng cuối năm", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b8736-bacgiang-btv-kyluat-2024", """
Báo Bắc Giang
Chính trị | Xây dựng Đảng
06/11/2024 | 16:20
Ban Thường vụ Tỉnh ủy thi hành kỷ luật 2 tổ chức đảng, 4 đảng viên
BGĐT - Chiều 5/11, Ban Thường vụ Tỉnh ủy Bắc Giang họp hội nghị xem xét, thi hành kỷ luật tổ chức đảng, đảng viên vi phạm. Đồng chí Nguyễn Thị Hương Lan, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.
Trên cơ sở đề nghị của Ủy ban Kiểm tra Tỉnh ủy tại Tờ trình số 186-TTr/UBKTTU và căn cứ Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã quyết định thi hành kỷ luật bằng hình thức khiển trách đối với Ban Thường vụ Đảng ủy xã Tân Sơn (huyện Lục Ngạn) nhiệm kỳ 2020 - 2025 và Ban Thường vụ Đảng ủy xã Phong Minh nhiệm kỳ 2020 - 2025.
Theo kết luận kiểm tra, trong giai đoạn 2021 - 2023, Ban Thường vụ Đảng ủy hai xã đã thiếu trách nhiệm trong lãnh đạo, để UBND xã cho thuê 23,5 ha đất công ích trái quy định, hợp đồng kéo dài 10 năm; để hộ dân xây dựng 41 công trình trên đất nông nghiệp; thu, chi ngoài sổ sách hơn 870 triệu đồng.
Đồng thời, Ban Thường vụ Tỉnh ủy thi hành kỷ luật cảnh cáo đồng chí Giáp Văn Tuấn, Huyện ủy viên, Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Sơn; cách chức Phó Bí thư Đảng ủy xã đối với đồng chí Nông Văn Hải, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tân Sơn; khiển trách đồng chí Lương Thị Thoa, Đảng ủy viên, Phó Chủ tịch UBND xã Phong Minh và đồng chí Hoàng Đình Khải, nguyên Huyện ủy viên, nguyên Trưởng phòng Tài nguyên và Môi trường huyện Lục Ngạn.
Tại hội nghị, đồng chí Thân Văn Toản, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy cho biết: 10 tháng năm 2024, cấp ủy, UBKT các cấp trong Đảng bộ tỉnh đã thi hành kỷ luật 9 tổ chức đảng và 187 đảng viên; trong đó có 26 cán bộ thuộc diện Ban Thường vụ các huyện ủy, thành ủy quản lý. Vi phạm tập trung trong lĩnh vực đất đai, khai thác khoáng sản, tài chính và thực hiện những điều đảng viên không được làm.
Phát biểu kết luận, đồng chí Nguyễn Thị Hương Lan nhấn mạnh: việc thi hành kỷ luật phải đúng người, đúng vi phạm, "xử lý một vụ, cảnh tỉnh cả vùng"; yêu cầu Ban Thường vụ Huyện ủy Lục Ngạn chỉ đạo thu hồi đất cho thuê sai, khắc phục hậu quả, hoàn thành trước ngày 31/12/2024, gắn với việc chuẩn bị nhân sự đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 theo Chỉ thị 35-CT/TW.
Hội nghị cũng thống nhất giao UBKT Tỉnh ủy ban hành Thông báo số 412-TB/UBKTTU về kết luận kiểm tra, gửi các tổ chức đảng liên quan; chỉ đạo Đảng ủy xã Tân Quang và Đảng ủy xã Tân Sơn rà soát toàn bộ hồ sơ đất đai từ năm 2018 đến nay.
Thu Hà
Tin liên quan
- UBKT Tỉnh ủy kỳ họp thứ 42 (30/10/2024)
- Yên Thế: kỷ luật 2 đảng viên vi phạm quản lý đất đai (18/10/2024)
- Lạng Giang quán triệt Quy định 69-QĐ/TW (04/10/2024)
""", "2024-11-06", "Ban Thường vụ Tỉnh ủy thi hành kỷ luật 2 tổ chức đảng, 4 đảng viên",
E("hoi_nghi", None, "2024-11-05"),
[P("Nguyễn Thị Hương Lan", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Giáp Văn Tuấn", "Huyện ủy viên", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tân Sơn"),
 P("Nông Văn Hải", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Tân Sơn"),
 P("Lương Thị Thoa", "Đảng ủy viên", "Phó Chủ tịch UBND xã Phong Minh"),
 P("Hoàng Đình Khải", "nguyên Huyện ủy viên", "nguyên Trưởng phòng Tài nguyên và Môi trường huyện Lục Ngạn"),
 P("Thân Văn Toản", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy")],
[Q("2 tổ chức đảng", 2, "tổ chức đảng"), Q("4 đảng viên", 4, "đảng viên"), Q("23,5 ha", 23.5, "ha"),
 Q("41 công trình", 41, "công trình"), Q("hơn 870 triệu đồng", 870000000, "đồng", "over"),
 Q("9 tổ chức đảng", 9, "tổ chức đảng"), Q("187 đảng viên", 187, "đảng viên"), Q("26 cán bộ", 26, "cán bộ")],
[D("Tờ trình", "186", "TTr/UBKTTU", None, "Ủy ban Kiểm tra Tỉnh ủy", "Tờ trình số 186-TTr/UBKTTU"),
 D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Chỉ thị", "35", "CT/TW", None, None, "Chỉ thị 35-CT/TW"),
 D("Thông báo", "412", "TB/UBKTTU", None, "UBKT Tỉnh ủy", "Thông báo số 412-TB/UBKTTU")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Phong Minh"), com("Tân Quang")],
["Báo Bắc Giang", "Chính trị | Xây dựng Đảng", "BGĐT", "xử lý một vụ, cảnh tỉnh cả vùng"],
["06/11/2024 | 16:20", "nhiệm kỳ 2020 - 2025", "giai đoạn 2021 - 2023", "10 năm", "10 tháng năm 2024", "nhiệm kỳ 2025 - 2030",
 "năm 2018"]))

PAGES.append(page("b8737-thanhhoa-ubkt-giaoban-2025", """
BÁO THANH HÓA ĐIỆN TỬ
Trang chủ > Thời sự > Xây dựng Đảng
11.04.2025 | 16:05
Bảo đảm kỷ cương trong sắp xếp tổ chức bộ máy, đơn vị hành chính
Ảnh: Toàn cảnh hội nghị.
Ngày 10/4, Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa tổ chức hội nghị giao ban công tác kiểm tra, giám sát quý I năm 2025 với UBKT các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc. Đồng chí Nguyễn Đình Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì hội nghị.
Quý I/2025, cấp ủy các cấp đã kiểm tra 214 tổ chức đảng và 486 đảng viên; UBKT các cấp kiểm tra 12 đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề 139 tổ chức đảng và 205 đảng viên. Cấp ủy, UBKT các cấp đã thi hành kỷ luật 51 đảng viên (khiển trách 30, cảnh cáo 13, cách chức 2, khai trừ 6). UBKT Tỉnh ủy đã giải quyết 14/16 đơn tố cáo thuộc thẩm quyền.
Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương và Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, đơn vị hành chính, UBKT Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 274-KH/TU giám sát việc kiểm kê, bàn giao tài sản, tài chính, hồ sơ khi sáp nhập; kịp thời chấn chỉnh 9 cơ quan, đơn vị chậm lập danh mục tài sản.
Tại hội nghị, đồng chí Hà Văn Tuấn, HUV, Chủ nhiệm UBKT Huyện ủy Quan Sơn cho biết, huyện đang giám sát 12 đảng ủy xã dự kiến sáp nhập, trong đó Đảng ủy xã Sơn Thủy có 2 đảng viên bị phản ánh tự ý thanh lý tài sản công. Bà Vi Thị Loan, Chủ nhiệm UBKT Đảng ủy xã Hoằng Phụ, đề nghị có hướng dẫn cụ thể về quản lý hồ sơ kiểm tra, giám sát của các đảng ủy xã sau sáp nhập; ông Lê Văn Hòa, Phó Chủ nhiệm UBKT Thành ủy Sầm Sơn nêu khó khăn khi nhiều cán bộ kiểm tra xin nghỉ hưu trước tuổi theo Nghị định số 178/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.
Đồng chí Lê Thị Hải Yến, Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy thông tin thêm: hiện toàn tỉnh có khoảng 1.870 cán bộ làm công tác kiểm tra ở cơ sở; sau sắp xếp, dự kiến giảm khoảng 35%.
Kết luận hội nghị, đồng chí Nguyễn Đình Hưng yêu cầu quý II, UBKT các cấp tập trung giám sát việc thực hiện chủ trương sắp xếp, không để thất thoát tài sản, lãng phí; kiên quyết xử lý cán bộ, đảng viên lợi dụng sắp xếp để trục lợi, "chạy chức, chạy vị trí"; chuẩn bị điều kiện để ủy ban kiểm tra các đảng bộ xã, phường mới hoạt động ngay từ ngày 1/7/2025.
Dịp này, UBKT Tỉnh ủy biểu dương 5 tập thể làm tốt công tác giám sát kiểm kê tài sản, trong đó có UBKT Huyện ủy Quan Sơn và UBKT Đảng ủy xã Hoằng Phụ.
Minh Hiếu
Tin liên quan
- Thọ Xuân: giám sát việc bàn giao hồ sơ của 8 xã (04/04/2025)
- UBKT Tỉnh ủy kỳ họp thứ 40 (28/03/2025)
- Nông Cống khai trừ 1 đảng viên (20/03/2025)
""", "2025-04-11", "Bảo đảm kỷ cương trong sắp xếp tổ chức bộ máy, đơn vị hành chính",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Nguyễn Đình Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Hà Văn Tuấn", "HUV", "Chủ nhiệm UBKT Huyện ủy Quan Sơn"),
 P("Vi Thị Loan", "Chủ nhiệm UBKT Đảng ủy xã Hoằng Phụ"),
 P("Lê Văn Hòa", "Phó Chủ nhiệm UBKT Thành ủy Sầm Sơn"),
 P("Lê Thị Hải Yến", "Phó Chủ nhiệm Thường trực UBKT Tỉnh ủy")],
[Q("214 tổ chức đảng", 214, "tổ chức đảng"), Q("486 đảng viên", 486, "đảng viên"), Q("12 đảng viên", 12, "đảng viên"),
 Q("139 tổ chức đảng", 139, "tổ chức đảng"), Q("205 đảng viên", 205, "đảng viên"), Q("51 đảng viên", 51, "đảng viên"),
 Q("khiển trách 30", 30, "đảng viên"), Q("cảnh cáo 13", 13, "đảng viên"), Q("cách chức 2", 2, "đảng viên"),
 Q("khai trừ 6", 6, "đảng viên"), Q("14/16 đơn tố cáo", 14, "đơn tố cáo"), Q("9 cơ quan, đơn vị", 9, "cơ quan, đơn vị"),
 Q("12 đảng ủy xã", 12, "đảng ủy xã"), Q("2 đảng viên", 2, "đảng viên"),
 Q("khoảng 1.870 cán bộ", 1870, "cán bộ", "approx"), Q("khoảng 35%", 35, "%", "approx"),
 Q("5 tập thể", 5, "tập thể")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kế hoạch", "274", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 274-KH/TU"),
 D("Nghị định", "178", "2024/NĐ-CP", "2024-12-31", "Chính phủ", "Nghị định số 178/2024/NĐ-CP ngày 31/12/2024")],
[prov("Thanh Hóa"), com("Sơn Thủy"), com("Hoằng Phụ")],
["BÁO THANH HÓA ĐIỆN TỬ", "Trang chủ > Thời sự > Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị.", "chạy chức, chạy vị trí"],
["11.04.2025 | 16:05", "quý I năm 2025", "Quý I/2025", "quý II", "1/7/2025"]))

PAGES.append(page("b8738-tuyenquang-ubkt-kyhop-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Chính trị › Xây dựng Đảng › Kiểm tra - Giám sát
Thứ Sáu, 19/9/2025 08:30
UBKT Tỉnh ủy Tuyên Quang thi hành kỷ luật 2 đảng viên
(BTQ) - Ngày 17/9/2025, Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang tổ chức kỳ họp thứ 4 để xem xét, quyết định một số nội dung theo thẩm quyền. Đồng chí Hầu Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp.
Đây là kỳ họp đầu tiên sau khi Ban Chấp hành Trung ương ban hành Quy định số 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra, giám sát và kỷ luật của Đảng được áp dụng đầy đủ cho mô hình chính quyền địa phương 2 cấp. Tỉnh Tuyên Quang mới được hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang, hiện có 124 đảng bộ xã, phường với hơn 118.000 đảng viên.
Xem xét kết quả kiểm tra khi có dấu hiệu vi phạm, UBKT Tỉnh ủy kết luận: ông Vàng Seo Dìn, nguyên Bí thư Đảng ủy xã Thanh Thủy (trước khi sắp xếp), hiện là Phó Bí thư Đảng ủy xã Thanh Thủy đã thiếu trách nhiệm trong lãnh đạo việc triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, để hỗ trợ sai đối tượng 38 hộ với tổng số tiền 684 triệu đồng. Căn cứ Quy định số 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị, UBKT Tỉnh ủy quyết định thi hành kỷ luật cảnh cáo đối với ông Vàng Seo Dìn.
Đối với bà Nông Thị Thu, Đảng ủy viên, Trưởng Ban Xây dựng Đảng của Đảng ủy phường Hà Giang 1, nguyên Phó Chủ tịch UBND phường Nguyễn Trãi, thành phố Hà Giang (cũ), UBKT Tỉnh ủy kết luận bà đã ký xác nhận hồ sơ đất đai không đúng quy định cho 6 trường hợp, quyết định thi hành kỷ luật khiển trách. Các quyết định kỷ luật được ban hành theo Quyết định số 85-QĐ/UBKTTU và Quyết định số 86-QĐ/UBKTTU ngày 17/9/2025.
Cũng tại kỳ họp, UBKT Tỉnh ủy thông qua kết quả giám sát chuyên đề đối với Ban Thường vụ Đảng ủy xã Yên Minh và Ban Thường vụ Đảng ủy xã Hàm Yên; yêu cầu hai đảng ủy khắc phục hạn chế trong phân công cấp ủy viên phụ trách chi bộ thôn, tổ dân phố sau khi hợp nhất.
Phát biểu kết luận, đồng chí Hầu Văn Dũng đề nghị UBKT các đảng ủy xã, phường khẩn trương kiện toàn tổ chức, bố trí ít nhất 3 ủy viên chuyên trách theo quy định; các đồng chí Phó Chủ nhiệm UBKT Tỉnh ủy: Ma Văn Hùng, Lý Thị Lan theo dõi, hướng dẫn các đảng bộ xã khu vực phía Bắc và phía Nam tỉnh. Đồng chí lưu ý các xã, phường rà soát, giải quyết dứt điểm đơn thư chuyển từ các huyện ủy trước đây, không để tồn đọng trước đại hội đảng bộ tỉnh.
Thu Hằng
Tin liên quan
- Ủy ban Kiểm tra Tỉnh ủy kỳ họp thứ 3 (22/08/2025)
- Kiện toàn UBKT đảng ủy các xã, phường (11/07/2025)
- Công bố quyết định thành lập Đảng bộ tỉnh Tuyên Quang (30/06/2025)
""", "2025-09-19", "UBKT Tỉnh ủy Tuyên Quang thi hành kỷ luật 2 đảng viên",
E("khac", None, "2025-09-17"),
[P("Hầu Văn Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Vàng Seo Dìn", "nguyên Bí thư Đảng ủy xã Thanh Thủy", "Phó Bí thư Đảng ủy xã Thanh Thủy"),
 P("Nông Thị Thu", "Đảng ủy viên", "Trưởng Ban Xây dựng Đảng của Đảng ủy phường Hà Giang 1",
   "nguyên Phó Chủ tịch UBND phường Nguyễn Trãi"),
 P("Ma Văn Hùng", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Lý Thị Lan", "Phó Chủ nhiệm UBKT Tỉnh ủy")],
[Q("2 đảng viên", 2, "đảng viên"), Q("124 đảng bộ xã, phường", 124, "đảng bộ xã, phường"),
 Q("hơn 118.000 đảng viên", 118000, "đảng viên", "over"), Q("38 hộ", 38, "hộ"), Q("684 triệu đồng", 684000000, "đồng"),
 Q("6 trường hợp", 6, "trường hợp"), Q("ít nhất 3 ủy viên chuyên trách", 3, "ủy viên chuyên trách", "over")],
[D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025"),
 D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định số 69-QĐ/TW ngày 6/7/2022"),
 D("Quyết định", "85", "QĐ/UBKTTU", None, None, "Quyết định số 85-QĐ/UBKTTU"),
 D("Quyết định", "86", "QĐ/UBKTTU", "2025-09-17", None, "Quyết định số 86-QĐ/UBKTTU ngày 17/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Thanh Thủy"), com("Hà Giang 1"), com("Nguyễn Trãi"), com("Yên Minh"), com("Hàm Yên")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Chính trị › Xây dựng Đảng › Kiểm tra - Giám sát", "(BTQ)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 19/9/2025 08:30", "kỳ họp thứ 4", "2 cấp"]))

PAGES.append(page("b8739-lamdong-ubkt-tongket-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
16/01/2026 - 10:05
Quang cảnh hội nghị tại điểm cầu Ủy ban Kiểm tra Tỉnh ủy.
Lâm Đồng triển khai nhiệm vụ kiểm tra, giám sát năm 2026
Ngày 15/1/2026, Ủy ban Kiểm tra Tỉnh ủy Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2025, triển khai nhiệm vụ năm 2026 đến 124 điểm cầu xã, phường, đặc khu. Đồng chí Phạm Thị Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm UBKT Tỉnh ủy chủ trì.
Năm 2025 là năm đặc biệt khi Lâm Đồng hợp nhất với Đắk Nông và Bình Thuận thành tỉnh Lâm Đồng mới từ ngày 1/7/2025. Trong năm, cấp ủy các cấp ở 3 tỉnh (trước hợp nhất) và tỉnh mới đã kiểm tra 2.864 tổ chức đảng và 6.912 đảng viên; UBKT các cấp kiểm tra 143 đảng viên, 22 tổ chức đảng khi có dấu hiệu vi phạm. Toàn Đảng bộ đã thi hành kỷ luật 261 đảng viên và 7 tổ chức đảng; kiến nghị thu hồi trên 5,4 tỷ đồng qua kiểm tra tài chính.
Thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của BCH Trung ương và Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội toàn quốc lần thứ XIV của Đảng, UBKT Tỉnh ủy đã tham mưu ban hành Kế hoạch 05, 06-KH/UBKTTU về giám sát đại hội và giải quyết đơn thư liên quan đến nhân sự; thẩm tra, xác minh 37 đơn thư, kết luận 29 đơn không có cơ sở.
Tại hội nghị, các đồng chí Phó Chủ nhiệm UBKT Tỉnh ủy: Điểu Thị Hạnh, K'Brồ, Nguyễn Văn Thắng báo cáo chuyên đề về giám sát sau hợp nhất. Tại điểm cầu phường Bắc Gia Nghĩa, đồng chí Trần Thị Ngọc Mai, Chủ nhiệm UBKT Đảng ủy phường cho biết, phường đã giám sát 18/18 chi bộ trực thuộc. Đồng chí Ka Sô Ha Thuận, Bí thư Đảng ủy xã Quảng Khê chia sẻ kinh nghiệm giám sát việc quản lý đất rừng ở vùng đồng bào Mnông, K'Ho.
Đồng chí Đặng Văn Hiếu, Chủ nhiệm UBKT Đảng ủy phường Phú Thủy đề nghị Tỉnh ủy sớm ban hành quy chế phối hợp giữa UBKT Tỉnh ủy với các cơ quan nội chính sau sắp xếp, vì khối lượng đơn thư chuyển từ các huyện ủy trước đây rất lớn, khoảng 410 đơn.
Phát biểu kết luận, đồng chí Phạm Thị Phúc yêu cầu năm 2026 UBKT các cấp tập trung giám sát việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; kiểm tra, giám sát người đứng đầu các đảng ủy xã, phường mới; xử lý nghiêm vi phạm trong quản lý đất đai, khoáng sản, nhất là bô-xít và titan.
Dịp này, 15 tập thể và 24 cá nhân được UBKT Tỉnh ủy tặng giấy khen vì có thành tích xuất sắc năm 2025.
Thảo Nguyên
Bài viết liên quan
- UBKT Tỉnh ủy kỳ họp thứ 8 (08/01/2026)
- Giám sát việc bàn giao hồ sơ đơn thư ở 12 xã vùng biên (26/12/2025)
- Đắk Song: kỷ luật 2 đảng viên (12/12/2025)
""", "2026-01-16", "Lâm Đồng triển khai nhiệm vụ kiểm tra, giám sát năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Phạm Thị Phúc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm UBKT Tỉnh ủy"),
 P("Điểu Thị Hạnh", "Phó Chủ nhiệm UBKT Tỉnh ủy"), P("K'Brồ", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Nguyễn Văn Thắng", "Phó Chủ nhiệm UBKT Tỉnh ủy"),
 P("Trần Thị Ngọc Mai", "Chủ nhiệm UBKT Đảng ủy phường"),
 P("Ka Sô Ha Thuận", "Bí thư Đảng ủy xã Quảng Khê"),
 P("Đặng Văn Hiếu", "Chủ nhiệm UBKT Đảng ủy phường Phú Thủy")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("2.864 tổ chức đảng", 2864, "tổ chức đảng"), Q("6.912 đảng viên", 6912, "đảng viên"), Q("143 đảng viên", 143, "đảng viên"),
 Q("22 tổ chức đảng", 22, "tổ chức đảng"), Q("261 đảng viên", 261, "đảng viên"), Q("7 tổ chức đảng", 7, "tổ chức đảng"),
 Q("trên 5,4 tỷ đồng", 5400000000, "đồng", "over"), Q("37 đơn thư", 37, "đơn thư"), Q("29 đơn", 29, "đơn"),
 Q("18/18 chi bộ trực thuộc", 18, "chi bộ trực thuộc"), Q("khoảng 410 đơn", 410, "đơn", "approx"),
 Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Quy định", "296", "QĐ/TW", "2025-05-30", "BCH Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "05", "KH/UBKTTU", None, "UBKT Tỉnh ủy", "Kế hoạch 05, 06-KH/UBKTTU"),
 D("Kế hoạch", "06", "KH/UBKTTU", None, "UBKT Tỉnh ủy", "Kế hoạch 05, 06-KH/UBKTTU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Khê"), com("Phú Thủy")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Quang cảnh hội nghị tại điểm cầu Ủy ban Kiểm tra Tỉnh ủy.",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I"],
["16/01/2026 - 10:05", "năm 2025", "năm 2026", "1/7/2025", "lần thứ XIV", "lần thứ I", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b8740-dongnai-ubkt-giamsat-2026", """
ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai
Bạn đang ở: Chính trị > Xây dựng Đảng
Hôm nay: Thứ Sáu, 24/04/2026
Ngày đăng 17/04/2026 | 16:20
Giám sát việc thực hiện nhiệm vụ của Đảng ủy xã Bù Đăng
Ngày 16/4, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy Đồng Nai do đồng chí Điểu Lành, Ủy viên UBKT Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Bù Đăng theo chương trình giám sát chuyên đề năm 2026.
Nội dung giám sát gồm việc lãnh đạo, chỉ đạo thực hiện Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; việc quản lý, sử dụng kinh phí xây dựng trụ sở xã sau sắp xếp và việc giải quyết đơn thư của công dân từ tháng 7/2025 đến tháng 3/2026 theo Kế hoạch số 21-KH/UBKTTU ngày 12/1/2026 của UBKT Tỉnh ủy.
Báo cáo của Đảng ủy xã do đồng chí Thị Bích, Phó Bí thư Thường trực Đảng ủy xã trình bày cho biết, sau khi sáp nhập, Đảng bộ xã có 42 chi bộ với 1.126 đảng viên, trong đó 214 đảng viên là người S'tiêng, M'nông. Từ khi thành lập, Ban Thường vụ Đảng ủy đã kiểm tra 9 chi bộ, giám sát 15 chi bộ và 28 đảng viên; UBKT Đảng ủy xã đã kiểm tra 3 đảng viên khi có dấu hiệu vi phạm, đề nghị thi hành kỷ luật khiển trách 2 đảng viên.
Xã đã tiếp nhận 64 đơn thư, trong đó 51 đơn thuộc thẩm quyền, đã giải quyết 47 đơn, đạt 92,2%. Kinh phí cải tạo, sửa chữa trụ sở Đảng ủy, HĐND, UBND xã là 3,85 tỷ đồng, đã giải ngân khoảng 80%.
Qua giám sát, đoàn ghi nhận Đảng ủy xã đã kịp thời kiện toàn UBKT với 5 ủy viên, trong đó có 2 ủy viên chuyên trách. Tuy nhiên, còn 6 chi bộ ấp chưa xây dựng chương trình giám sát năm 2026; một số hồ sơ đơn thư tiếp nhận từ huyện Bù Đăng trước đây chưa được phân loại; việc mua sắm trang thiết bị cho trụ sở chưa công khai đầy đủ.
Đồng chí Nguyễn Thị Mỹ Dung, Phó Chủ nhiệm UBKT Tỉnh ủy, thành viên đoàn đề nghị xã phối hợp với phường Đồng Xoài và xã Thiện Hưng trong việc tiếp nhận, chuyển giao hồ sơ đơn thư có liên quan đến nhiều địa bàn. Ông Trần Văn Lực, Chủ tịch UBND xã Bù Đăng cho biết, xã sẽ công khai toàn bộ hạng mục mua sắm trên bảng tin và trang thông tin điện tử của xã trong tháng 5/2026.
Kết luận buổi làm việc, đồng chí Điểu Lành đề nghị Đảng ủy xã hoàn thành khắc phục các hạn chế trước ngày 30/6/2026 và báo cáo kết quả về UBKT Tỉnh ủy. Theo kế hoạch, năm 2026 UBKT Tỉnh ủy giám sát chuyên đề 24 đảng ủy xã, phường, trong đó có 10 đảng ủy xã thuộc khu vực tỉnh Bình Phước trước đây.
Thanh Hải
Tin khác
- Phường Trấn Biên quán triệt Quy định 296-QĐ/TW (10/04/2026)
- UBKT Tỉnh ủy kỳ họp thứ 12 (03/04/2026)
- Giám sát việc bàn giao trụ sở ở 8 xã vùng biên (27/03/2026)
""", "2026-04-17", "Giám sát việc thực hiện nhiệm vụ của Đảng ủy xã Bù Đăng",
E("giam_sat", "2026", "2026-04-16"),
[P("Điểu Lành", "Ủy viên UBKT Tỉnh ủy"),
 P("Thị Bích", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Nguyễn Thị Mỹ Dung", "Phó Chủ nhiệm UBKT Tỉnh ủy", "thành viên đoàn"),
 P("Trần Văn Lực", "Chủ tịch UBND xã Bù Đăng")],
[Q("42 chi bộ", 42, "chi bộ"), Q("1.126 đảng viên", 1126, "đảng viên"), Q("214 đảng viên", 214, "đảng viên"),
 Q("9 chi bộ", 9, "chi bộ"), Q("15 chi bộ", 15, "chi bộ"), Q("28 đảng viên", 28, "đảng viên"), Q("3 đảng viên", 3, "đảng viên"),
 Q("2 đảng viên", 2, "đảng viên"), Q("64 đơn thư", 64, "đơn thư"), Q("51 đơn", 51, "đơn"), Q("47 đơn", 47, "đơn"),
 Q("92,2%", 92.2, "%"), Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("khoảng 80%", 80, "%", "approx"),
 Q("5 ủy viên", 5, "ủy viên"), Q("2 ủy viên chuyên trách", 2, "ủy viên chuyên trách"), Q("6 chi bộ ấp", 6, "chi bộ ấp"),
 Q("24 đảng ủy xã, phường", 24, "đảng ủy xã, phường"), Q("10 đảng ủy xã", 10, "đảng ủy xã")],
[D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025"),
 D("Kế hoạch", "21", "KH/UBKTTU", "2026-01-12", "UBKT Tỉnh ủy", "Kế hoạch số 21-KH/UBKTTU ngày 12/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Đồng Xoài"), com("Thiện Hưng")],
["ĐỒNG NAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đồng Nai", "Bạn đang ở: Chính trị > Xây dựng Đảng"],
["Hôm nay: Thứ Sáu, 24/04/2026", "Ngày đăng 17/04/2026 | 16:20", "năm 2026", "tháng 7/2025", "tháng 3/2026", "tháng 5/2026"]))
