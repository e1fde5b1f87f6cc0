from lib import *
PAGES = []

PAGES.append(page("b4049-thaibinh-congdoankcn-daihoi-2023", """
Báo Thái Bình điện tử
Chính trị | Công đoàn | Tin tức
Thứ Sáu, 16/06/2023 - 10:05
Đại hội Công đoàn các Khu công nghiệp tỉnh lần thứ III: chăm lo việc làm, thu nhập cho hơn 62.000 công nhân
Ngày 15/6, Công đoàn các Khu công nghiệp tỉnh Thái Bình tổ chức Đại hội đại biểu lần thứ III, nhiệm kỳ 2023 - 2028. Dự đại hội có đồng chí Bùi Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đỗ Thị Nga, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh cùng 150 đại biểu đại diện cho hơn 62.000 đoàn viên, công nhân lao động của 9 khu công nghiệp.
Đoàn Chủ tịch điều hành đại hội. Ảnh: Thu Hiền
Báo cáo do đồng chí Lại Văn Hoàn, Phó Chủ tịch Công đoàn các Khu công nghiệp tỉnh trình bày cho biết, nhiệm kỳ qua công đoàn đã phối hợp với Ban Quản lý các khu công nghiệp tổ chức 34 phiên giao dịch việc làm, giới thiệu việc làm cho 18.450 lao động; phối hợp với các trường cao đẳng nghề đào tạo, nâng bậc thợ cho 6.200 công nhân. Thu nhập bình quân của công nhân tăng từ 5,2 triệu đồng lên 7,6 triệu đồng/người/tháng. Có 247 công đoàn cơ sở thương lượng, ký kết thỏa ước lao động tập thể, đạt 81,3%; chương trình "Mái ấm Công đoàn" xây mới, sửa chữa 46 nhà cho đoàn viên khó khăn với tổng kinh phí hơn 2,3 tỷ đồng.
Thực hiện Nghị quyết số 07-NQ/TU ngày 20/4/2022 của Ban Chấp hành Đảng bộ tỉnh về phát triển các khu công nghiệp và Chương trình hành động số 03/CTr-LĐLĐ của Liên đoàn Lao động tỉnh, công đoàn đã vận động 112 doanh nghiệp tuyển dụng lao động tại chỗ, ưu tiên con em các xã có đất thu hồi như xã Thụy Trường, xã Đông Lâm.
Thảo luận tại đại hội, chị Nguyễn Thị Hoài, Chủ tịch Công đoàn Công ty TNHH may Sơn Hà nêu thực trạng nhiều công nhân nữ trên 35 tuổi mất việc khi doanh nghiệp thu hẹp sản xuất, đề nghị có chương trình đào tạo chuyển đổi nghề. Anh Trần Văn Khoa, Chủ tịch Công đoàn Công ty cổ phần Điện tử Tiền Hải, chia sẻ kinh nghiệm tổ chức đối thoại, giúp 1.300 công nhân được tăng lương 6% từ tháng 4/2023.
Phát biểu chỉ đạo, đồng chí Bùi Văn Thắng đề nghị công đoàn tiếp tục thực hiện Chỉ thị 37-CT/TW của Ban Bí thư, Nghị quyết số 02-NQ/TW ngày 12/6/2021 của Bộ Chính trị về đổi mới tổ chức và hoạt động của Công đoàn Việt Nam trong tình hình mới; chú trọng phát triển đoàn viên, chăm lo nhà ở, nhà trẻ cho công nhân.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành khóa III; đồng chí Lại Văn Hoàn được bầu giữ chức Chủ tịch Công đoàn các Khu công nghiệp tỉnh khóa III. Đại hội bầu 8 đại biểu đi dự Đại hội Công đoàn tỉnh lần thứ XXI.
Thu Hiền
Lượt xem: 1.046
Tin liên quan
- Công đoàn KCN Phúc Khánh đối thoại với 300 công nhân (02/06/2023)
- Trao 40 suất học bổng cho con công nhân (26/05/2023)
- Khai mạc Tháng Công nhân năm 2023 (03/05/2023)
""", "2023-06-16", "Đại hội Công đoàn các Khu công nghiệp tỉnh lần thứ III: chăm lo việc làm, thu nhập cho hơn 62.000 công nhân",
E("dai_hoi", None, "2023-06-15"),
[P("Bùi Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thị Nga", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lại Văn Hoàn", "Phó Chủ tịch Công đoàn các Khu công nghiệp tỉnh", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh khóa III"),
 P("Nguyễn Thị Hoài", "Chủ tịch Công đoàn Công ty TNHH may Sơn Hà"),
 P("Trần Văn Khoa", "Chủ tịch Công đoàn Công ty cổ phần Điện tử Tiền Hải")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 62.000 đoàn viên, công nhân lao động", 62000, "đoàn viên, công nhân lao động", "over"),
 Q("9 khu công nghiệp", 9, "khu công nghiệp"), Q("34 phiên giao dịch việc làm", 34, "phiên giao dịch việc làm"),
 Q("18.450 lao động", 18450, "lao động"), Q("6.200 công nhân", 6200, "công nhân"), Q("5,2 triệu đồng", 5200000, "đồng"),
 Q("7,6 triệu đồng/người/tháng", 7600000, "đồng"), Q("247 công đoàn cơ sở", 247, "công đoàn cơ sở"), Q("81,3%", 81.3, "%"),
 Q("46 nhà", 46, "nhà"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("112 doanh nghiệp", 112, "doanh nghiệp"),
 Q("1.300 công nhân", 1300, "công nhân"), Q("6%", 6, "%"), Q("19 đồng chí", 19, "đồng chí"), Q("8 đại biểu", 8, "đại biểu")],
[D("Nghị quyết", "07", "NQ/TU", "2022-04-20", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 07-NQ/TU ngày 20/4/2022"),
 D("Chương trình hành động", "03", "CTr-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Chương trình hành động số 03/CTr-LĐLĐ"),
 D("Chỉ thị", "37", "CT/TW", None, "Ban Bí thư", "Chỉ thị 37-CT/TW"),
 D("Nghị quyết", "02", "NQ/TW", "2021-06-12", "Bộ Chính trị", "Nghị quyết số 02-NQ/TW ngày 12/6/2021")],
[prov("Thái Bình"), com("Thụy Trường"), com("Đông Lâm")],
["Báo Thái Bình điện tử", "Chính trị | Công đoàn | Tin tức", "Đoàn Chủ tịch điều hành đại hội. Ảnh: Thu Hiền", "Mái ấm Công đoàn",
 "Lượt xem: 1.046"],
["Thứ Sáu, 16/06/2023 - 10:05", "nhiệm kỳ 2023 - 2028", "35 tuổi", "tháng 4/2023", "lần thứ III", "lần thứ XXI", "19 đồng chí",
 "Lượt xem: 1.046"]))

PAGES.append(page("b4050-quangtri-bdv-giaoban-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Vị trí: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo
T5, 05/10/2023 - 14:30
Thanh niên Vân Kiều, Pa Kô mạnh dạn đi làm ăn xa
Ngày 4/10, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban khối dân vận tháng 9/2023, chuyên đề vận động đồng bào dân tộc thiểu số học nghề, đi làm việc ở nước ngoài. Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Lê Thị Hương chủ trì giao ban.
Đồng chí Lê Thị Hương phát biểu kết luận giao ban.
Theo báo cáo, 9 tháng năm 2023 hai huyện Hướng Hóa, Đakrông đã có 215 lao động là người Vân Kiều, Pa Kô đi làm việc ở nước ngoài theo hợp đồng, gấp 3 lần cùng kỳ năm 2022, trong đó 173 người sang Hàn Quốc theo diện lao động thời vụ, thu nhập khoảng 38 triệu đồng/tháng. Tính đến nay có 86 lao động thời vụ đã về nước đúng hạn, mang về cho gia đình bình quân 150 triệu đồng/người.
Thực hiện Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy và kế hoạch số 142-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận đã phối hợp tổ chức 64 buổi tuyên truyền tại các thôn, bản với gần 5.200 lượt người tham dự; vận động 27 người có uy tín làm "cầu nối" giải thích hợp đồng cho bà con. Nguồn vốn từ Quyết định số 1719/QĐ-TTg đã hỗ trợ đào tạo nghề cho 1.046 lao động nông thôn.
Tại giao ban, đồng chí Hồ Văn Lình, Bí thư Đảng ủy xã A Ngo cho biết, xã có 58 thanh niên đi làm việc ở Hàn Quốc, nhiều gia đình đã xây được nhà mới, mua máy cày; tuy nhiên có 4 trường hợp bỏ trốn khỏi nơi làm việc, ảnh hưởng đến uy tín của xã. Bà Kăn Sóc, Chủ tịch Hội LHPN xã Hướng Phùng, đề nghị mở thêm lớp tiếng Hàn ngay tại xã để chị em không phải xuống thị trấn ở trọ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Thị Mai Lan, Nguyễn Đức Chính thông tin kết quả đoàn công tác làm việc tại xã Ba Lòng và xã Tân Thành; đánh giá mô hình "Tổ tư vấn xuất khẩu lao động" của Đoàn Thanh niên đã giúp 42 đoàn viên hoàn thành hồ sơ xuất cảnh.
Ông Hồ Văn Bảy, người có uy tín bản Cu Pua, xã Tà Long, chia sẻ: "Trước đây bà con chỉ biết lên rẫy, nay thấy con em đi Hàn Quốc về xây nhà, mua xe nên nhiều nhà xin cho con đi. Tôi đi từng nhà nói rõ phải về đúng hạn để giữ chỗ cho người sau". Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Quảng Trị đặt mục tiêu năm 2023 đưa 1.200 lao động đi làm việc ở nước ngoài, đến nay đã đạt 87%.
Kết luận giao ban, đồng chí Lê Thị Hương yêu cầu tháng 10 tập trung tuyên truyền để lao động thời vụ về nước đúng hạn, không để xảy ra thêm trường hợp bỏ trốn; các xã có lao động đi làm việc ở nước ngoài lập sổ theo dõi, thăm hỏi gia đình ít nhất 1 lần mỗi tháng.
Mai Lâm
Lượt xem: 688
Tin khác
- Giao ban khối dân vận tháng 8/2023 (06/09/2023)
- Đakrông: tuyên dương 20 điển hình "Dân vận khéo" (25/08/2023)
- Hướng Hóa: 300 lao động đăng ký đi làm việc thời vụ tại Hàn Quốc (14/08/2023)
""", "2023-10-05", "Thanh niên Vân Kiều, Pa Kô mạnh dạn đi làm ăn xa",
E("giao_ban", "2023-09", "2023-10-04"),
[P("Lê Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lình", "Bí thư Đảng ủy xã A Ngo"),
 P("Kăn Sóc", "Chủ tịch Hội LHPN xã Hướng Phùng"),
 P("Hồ Văn Bảy", "người có uy tín bản Cu Pua"),
 P("Hồ Thị Mai Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Chính", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("215 lao động", 215, "lao động"), Q("173 người", 173, "người"),
 Q("khoảng 38 triệu đồng/tháng", 38000000, "đồng", "approx"), Q("86 lao động thời vụ", 86, "lao động thời vụ"),
 Q("150 triệu đồng/người", 150000000, "đồng"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("gần 5.200 lượt người", 5200, "lượt người", "approx"), Q("27 người có uy tín", 27, "người có uy tín"),
 Q("1.046 lao động nông thôn", 1046, "lao động nông thôn"), Q("58 thanh niên", 58, "thanh niên"),
 Q("4 trường hợp", 4, "trường hợp"), Q("42 đoàn viên", 42, "đoàn viên"), Q("1.200 lao động", 1200, "lao động"), Q("87%", 87, "%")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kế hoạch", "142", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 142-KH/BDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Quảng Trị"), com("A Ngo"), com("Hướng Phùng"), com("Ba Lòng"), com("Tân Thành"), com("Tà Long")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Vị trí: Trang chủ / Tin hoạt động / Công tác dân tộc, tôn giáo",
 "Đồng chí Lê Thị Hương phát biểu kết luận giao ban.", "Tổ tư vấn xuất khẩu lao động", "Lượt xem: 688"],
["T5, 05/10/2023 - 14:30", "tháng 9/2023", "9 tháng năm 2023", "gấp 3 lần", "năm 2022", "tháng 10", "1 lần mỗi tháng", "Lượt xem: 688"]))

PAGES.append(page("b4051-camau-phiengiaodich-2024", """
Báo Cà Mau điện tử
Xã hội - Việc làm
Ngày đăng 02/03/2024 | 16:20
Gần 2.000 chỉ tiêu tuyển dụng dành cho lao động ở lại quê sau Tết
Lao động tìm hiểu thông tin tại phiên giao dịch. Ảnh: Hoàng Vũ
Sáng 1/3, tại Nhà Văn hóa xã Khánh Hưng, Trung tâm Dịch vụ việc làm tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn tổ chức Phiên giao dịch việc làm lưu động năm 2024, thu hút 23 doanh nghiệp trong và ngoài tỉnh tham gia với gần 2.000 chỉ tiêu tuyển dụng.
Đến dự có ông Trương Hoàng Vũ, Phó Giám đốc Sở Lao động - Thương binh và Xã hội; bà Danh Thị Bích Ngọc - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lâm Chí Tâm - Phó Bí thư Tỉnh đoàn.
Theo ông Trương Hoàng Vũ, sau Tết Nguyên đán có khoảng 4.300 lao động của tỉnh Cà Mau làm việc tại Bình Dương, Đồng Nai, TP Hồ Chí Minh chưa quay lại nơi làm việc, phần lớn do doanh nghiệp cắt giảm đơn hàng. Năm 2024, tỉnh phấn đấu giải quyết việc làm cho 35.000 lao động, đưa 900 lao động đi làm việc ở nước ngoài và đào tạo nghề cho 12.500 người.
Tại phiên giao dịch, 1.180 lượt người được tư vấn, 764 người đăng ký phỏng vấn, 415 người nhận việc ngay, trong đó 126 người chọn làm việc tại các nhà máy chế biến thủy sản trong tỉnh với lương khởi điểm từ 6 triệu đồng/tháng trở lên. Có 38 thanh niên đăng ký tìm hiểu chương trình đi làm việc tại Nhật Bản, Đài Loan.
Anh Danh Hoàng Hữu, ngụ ấp Cái Rắn, xã Khánh Hưng, cho biết: "Làm ở Bình Dương 5 năm, năm nay công ty giảm người, về quê nghe xã thông báo nên đi. Được nhận vào công ty thủy sản gần nhà, lương thấp hơn một chút nhưng được ở gần vợ con". Chị Thạch Thị Sen, người Khmer ở xã Trần Hợi, đăng ký học nghề may 3 tháng, được miễn học phí theo chính sách dành cho lao động nông thôn.
Ông Nguyễn Văn Bé, Chủ tịch UBND xã Khánh Hưng, cho biết xã có 1.250 lao động đi làm ăn xa; UBND xã đã giao các ấp rà soát, lập danh sách từng hộ để kết nối việc làm. Ngân hàng Chính sách xã hội huyện Trần Văn Thời cũng tư vấn cho 57 hộ vay vốn tạo việc làm theo Nghị định số 74/2019/NĐ-CP của Chính phủ, mức vay tối đa 100 triệu đồng/hộ.
Theo bà Danh Thị Bích Ngọc, Mặt trận các cấp đã phối hợp với các đoàn thể rà soát 2.360 lao động có nhu cầu học nghề, tìm việc; đề nghị các doanh nghiệp ưu tiên tuyển lao động thuộc hộ nghèo, hộ cận nghèo, đồng bào Khmer. Ông Lâm Chí Tâm thông tin Tỉnh đoàn sẽ tổ chức thêm 4 phiên tư vấn hướng nghiệp cho thanh niên nông thôn trong quý II.
Dịp này, Tỉnh đoàn tặng 30 phần quà, mỗi phần trị giá 400.000 đồng cho thanh niên có hoàn cảnh khó khăn tìm việc làm.
Hoàng Vũ
Lượt xem: 3.417
Tin liên quan
- Cà Mau: hơn 1.500 lao động có việc làm mới trong tháng 1 (10/02/2024)
- Tư vấn hướng nghiệp cho 600 học sinh lớp 12 (26/01/2024)
- Đưa 200 lao động quay lại nơi làm việc sau Tết (18/02/2024)
""", "2024-03-02", "Gần 2.000 chỉ tiêu tuyển dụng dành cho lao động ở lại quê sau Tết",
E("khac", None, "2024-03-01"),
[P("Trương Hoàng Vũ", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Danh Thị Bích Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Chí Tâm", "Phó Bí thư Tỉnh đoàn"),
 P("Danh Hoàng Hữu"), P("Thạch Thị Sen"),
 P("Nguyễn Văn Bé", "Chủ tịch UBND xã Khánh Hưng")],
[Q("23 doanh nghiệp", 23, "doanh nghiệp"), Q("gần 2.000 chỉ tiêu tuyển dụng", 2000, "chỉ tiêu tuyển dụng", "approx"),
 Q("khoảng 4.300 lao động", 4300, "lao động", "approx"), Q("35.000 lao động", 35000, "lao động"), Q("900 lao động", 900, "lao động"),
 Q("12.500 người", 12500, "người"), Q("1.180 lượt người", 1180, "lượt người"), Q("764 người", 764, "người"),
 Q("415 người", 415, "người"), Q("126 người", 126, "người"), Q("từ 6 triệu đồng/tháng trở lên", 6000000, "đồng", "over"),
 Q("38 thanh niên", 38, "thanh niên"), Q("1.250 lao động", 1250, "lao động"), Q("57 hộ", 57, "hộ"),
 Q("tối đa 100 triệu đồng/hộ", 100000000, "đồng"), Q("2.360 lao động", 2360, "lao động"), Q("4 phiên tư vấn hướng nghiệp", 4, "phiên tư vấn hướng nghiệp"), Q("30 phần quà", 30, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Nghị định", "74", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 74/2019/NĐ-CP")],
[prov("Cà Mau"), com("Khánh Hưng"), com("Trần Hợi")],
["Báo Cà Mau điện tử", "Xã hội - Việc làm", "Lao động tìm hiểu thông tin tại phiên giao dịch. Ảnh: Hoàng Vũ",
 "Phiên giao dịch việc làm lưu động", "Nhà Văn hóa xã Khánh Hưng", "Ngân hàng Chính sách xã hội", "Lượt xem: 3.417"],
["Ngày đăng 02/03/2024 | 16:20", "năm 2024", "5 năm", "3 tháng", "quý II", "Lượt xem: 3.417"]))

PAGES.append(page("b4052-phutho-tinhdoan-traoqua-2024", """
TỈNH ĐOÀN PHÚ THỌ - Đoàn TNCS Hồ Chí Minh
Trang chủ › Tin tức › Thanh niên lập nghiệp
Chủ Nhật, 18/08/2024 06:00
Trao 120 thẻ học nghề cho thanh niên hoàn thành nghĩa vụ quân sự
Chiều 17/8, tại xã Xuân Sơn, Tỉnh đoàn phối hợp với Bộ Chỉ huy Quân sự tỉnh và Trường Cao đẳng nghề Phú Thọ tổ chức chương trình "Tiếp sức thanh niên xuất ngũ lập nghiệp", trao 120 thẻ học nghề miễn phí và 60 suất quà cho thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương.
Đồng chí Bùi Thị Thanh Huyền trao thẻ học nghề cho thanh niên.
Tham dự có các đồng chí: Bùi Thị Thanh Huyền, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; Hà Văn Kiên, Phó Chỉ huy trưởng, Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh; Đinh Công Sứ, HUV, Chủ tịch UBND huyện Tân Sơn.
Mỗi thẻ học nghề trị giá 6 triệu đồng, thanh niên được chọn một trong 12 nghề: điện công nghiệp, hàn, công nghệ ô tô, may, chế biến gỗ…; mỗi suất quà gồm 1 triệu đồng tiền mặt và bộ tài liệu tư vấn hướng nghiệp. Tổng giá trị chương trình hơn 780 triệu đồng, do Tỉnh đoàn vận động các doanh nghiệp và nhà hảo tâm ủng hộ.
Theo Tỉnh đoàn, thực hiện Kế hoạch số 87-KH/TĐTN và Hướng dẫn số 09-HD/TĐTN, từ đầu năm 2024 đến nay các cấp bộ đoàn đã tư vấn nghề cho 3.240 thanh niên, giới thiệu việc làm cho 1.150 đoàn viên, trong đó 236 thanh niên xuất ngũ; phối hợp Ngân hàng Chính sách xã hội cho 185 thanh niên vay vốn tạo việc làm theo Nghị định 61/2015/NĐ-CP với tổng dư nợ 9,4 tỷ đồng.
Anh Hà Văn Thảo, dân tộc Mường ở xã Minh Đài, vừa hoàn thành 2 năm quân ngũ, chia sẻ: "Em chọn học hàn, học xong nhà trường giới thiệu vào Khu công nghiệp Thụy Vân, thu nhập khoảng 8 triệu đồng/tháng". Anh Triệu Tiến Sơn, người Dao ở xã Xuân Sơn, đăng ký học lái xe hạng C để làm việc cho hợp tác xã.
Đồng chí Đinh Công Sứ cho biết huyện Tân Sơn mỗi năm có khoảng 150 thanh niên hoàn thành nghĩa vụ quân sự trở về, phần lớn là người Mường, người Dao, chưa có nghề ổn định; huyện đã bố trí 1,2 tỷ đồng từ Chương trình mục tiêu quốc gia để hỗ trợ học nghề. Chị Đinh Thị Thu Hằng, Bí thư Đoàn xã Xuân Sơn, cho biết đoàn xã đã kết nối 17 thanh niên xuất ngũ với Công ty may Tân Sơn, thu nhập bình quân 7 triệu đồng/tháng.
Đồng chí Bùi Thị Thanh Huyền đề nghị các cơ sở đoàn tiếp tục nắm chắc số thanh niên xuất ngũ, phấn đấu năm 2024 có ít nhất 80% thanh niên xuất ngũ được tư vấn, giới thiệu học nghề, việc làm; nhân rộng mô hình "Câu lạc bộ thanh niên xuất ngũ lập nghiệp" đã có ở 14 xã.
Đỗ Quyên
Lượt truy cập: 2.551
Tin cùng chuyên mục
- Tân Sơn: 50 thanh niên được tư vấn đi làm việc tại Nhật Bản (10/08/2024)
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2024 (05/07/2024)
- Đối thoại với thanh niên về khởi nghiệp (21/06/2024)
""", "2024-08-18", "Trao 120 thẻ học nghề cho thanh niên hoàn thành nghĩa vụ quân sự",
E("trao_qua", None, "2024-08-17"),
[P("Bùi Thị Thanh Huyền", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Hà Văn Kiên", "Phó Chỉ huy trưởng", "Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Đinh Công Sứ", "HUV", "Chủ tịch UBND huyện Tân Sơn"),
 P("Hà Văn Thảo"), P("Triệu Tiến Sơn"),
 P("Đinh Thị Thu Hằng", "Bí thư Đoàn xã Xuân Sơn")],
[Q("120 thẻ học nghề", 120, "thẻ học nghề"), Q("60 suất quà", 60, "suất quà"), Q("6 triệu đồng", 6000000, "đồng"),
 Q("12 nghề", 12, "nghề"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 780 triệu đồng", 780000000, "đồng", "over"),
 Q("3.240 thanh niên", 3240, "thanh niên"), Q("1.150 đoàn viên", 1150, "đoàn viên"), Q("236 thanh niên xuất ngũ", 236, "thanh niên xuất ngũ"),
 Q("185 thanh niên", 185, "thanh niên"), Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("khoảng 8 triệu đồng/tháng", 8000000, "đồng", "approx"),
 Q("khoảng 150 thanh niên", 150, "thanh niên", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("17 thanh niên xuất ngũ", 17, "thanh niên xuất ngũ"), Q("7 triệu đồng/tháng", 7000000, "đồng"), Q("ít nhất 80%", 80, "%", "over"), Q("14 xã", 14, "xã")],
[D("Kế hoạch", "87", "KH/TĐTN", None, None, "Kế hoạch số 87-KH/TĐTN"),
 D("Hướng dẫn", "09", "HD/TĐTN", None, None, "Hướng dẫn số 09-HD/TĐTN"),
 D("Nghị định", "61", "2015/NĐ-CP", None, None, "Nghị định 61/2015/NĐ-CP")],
[prov("Phú Thọ"), com("Xuân Sơn"), com("Minh Đài")],
["TỈNH ĐOÀN PHÚ THỌ - Đoàn TNCS Hồ Chí Minh", "Trang chủ › Tin tức › Thanh niên lập nghiệp",
 "Đồng chí Bùi Thị Thanh Huyền trao thẻ học nghề cho thanh niên.", "Tiếp sức thanh niên xuất ngũ lập nghiệp",
 "Câu lạc bộ thanh niên xuất ngũ lập nghiệp", "Khu công nghiệp Thụy Vân", "Chương trình mục tiêu quốc gia", "Lượt truy cập: 2.551"],
["Chủ Nhật, 18/08/2024 06:00", "năm 2024", "2 năm", "bộ tài liệu", "Lượt truy cập: 2.551"]))

PAGES.append(page("b4053-tuyenquang-hnd-tongket-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Chính trị › Mặt trận - Đoàn thể
Thứ Ba, 30/12/2025, 08:05
Hơn 6.800 hội viên nông dân được học nghề trong năm đầu hợp nhất
Ngày 29/12, Hội Nông dân tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Hội hoạt động sau khi hợp nhất hai tỉnh Tuyên Quang, Hà Giang và vận hành chính quyền địa phương hai cấp.
Đồng chí Ma Thị Thủy phát biểu tại hội nghị. Ảnh: Thanh Phúc
Dự hội nghị có đồng chí Hoàng Văn Chiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Ma Thị Thủy, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Năm 2025, các cấp Hội đã phối hợp mở 214 lớp đào tạo nghề cho hơn 6.800 hội viên nông dân, chủ yếu các nghề chăn nuôi bò, trồng chè Shan tuyết, dược liệu, du lịch cộng đồng; 78% học viên có việc làm, thu nhập tăng sau học nghề. Hội phối hợp với các doanh nghiệp đưa 1.560 nông dân đi làm việc ở nước ngoài, trong đó có 412 lao động thời vụ sang Hàn Quốc theo thỏa thuận giữa các địa phương. Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 86,4 tỷ đồng, giúp 2.870 hộ hội viên mở rộng sản xuất; Hội quản lý dư nợ ủy thác Ngân hàng Chính sách xã hội 3.215 tỷ đồng.
Thực hiện Kết luận số 61-KL/TW của Ban Bí thư, Quyết định số 673/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết chuyên đề số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số, Hội đã xây dựng 126 tổ hợp tác, 38 hợp tác xã do nông dân làm chủ.
Tại hội nghị, ông Sùng Mí Páo, Chủ tịch Hội Nông dân xã Mèo Vạc, cho biết xã có 96 lao động đi làm việc thời vụ tại Hàn Quốc, mỗi lao động sau 8 tháng gửi về trên 200 triệu đồng; bà Hoàng Thị Lụa, Phó Chủ tịch Hội Nông dân xã Minh Quang, kiến nghị tăng nguồn vốn vay cho hộ có người đi làm việc ở nước ngoài.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Chiến đề nghị năm 2026 Hội tiếp tục rà soát, sắp xếp tổ chức cơ sở Hội ở 124 xã, phường; tập trung vận động nông dân học nghề gắn với chuyển đổi số; phấn đấu đào tạo nghề cho ít nhất 7.000 nông dân, đưa 1.800 lao động đi làm việc ở nước ngoài. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lý Văn Hoan, Nông Thị Bích, Giàng Thị Dung tiếp thu, làm rõ ý kiến của đại biểu.
Dịp này, Trung ương Hội Nông dân Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân; phường Hà Giang 1 nhận cờ thi đua của Hội Nông dân tỉnh.
Thanh Phúc
Lượt xem: 1.782
Tin liên quan
- Hội Nông dân xã Yên Minh tổ chức lớp dạy nghề nuôi ong (20/12/2025)
- Trao 100 con bò giống cho hội viên nông dân nghèo (05/12/2025)
- Đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2025 (21/11/2025)
""", "2025-12-30", "Hơn 6.800 hội viên nông dân được học nghề trong năm đầu hợp nhất",
E("tong_ket", "2025", "2025-12-29"),
[P("Hoàng Văn Chiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ma Thị Thủy", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Sùng Mí Páo", "Chủ tịch Hội Nông dân xã Mèo Vạc"),
 P("Hoàng Thị Lụa", "Phó Chủ tịch Hội Nông dân xã Minh Quang"),
 P("Lý Văn Hoan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nông Thị Bích", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Giàng Thị Dung", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("214 lớp đào tạo nghề", 214, "lớp đào tạo nghề"), Q("hơn 6.800 hội viên nông dân", 6800, "hội viên nông dân", "over"),
 Q("78%", 78, "%"), Q("1.560 nông dân", 1560, "nông dân"), Q("412 lao động thời vụ", 412, "lao động thời vụ"),
 Q("86,4 tỷ đồng", 86400000000, "đồng"), Q("2.870 hộ hội viên", 2870, "hộ hội viên"), Q("3.215 tỷ đồng", 3215000000000, "đồng"),
 Q("126 tổ hợp tác", 126, "tổ hợp tác"), Q("38 hợp tác xã", 38, "hợp tác xã"), Q("96 lao động", 96, "lao động"),
 Q("trên 200 triệu đồng", 200000000, "đồng", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("ít nhất 7.000 nông dân", 7000, "nông dân", "over"), Q("1.800 lao động", 1800, "lao động"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết chuyên đề số 03-NQ/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Quang"), com("Hà Giang 1")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Ma Thị Thủy phát biểu tại hội nghị. Ảnh: Thanh Phúc",
 "Quỹ Hỗ trợ nông dân", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.782"],
["Thứ Ba, 30/12/2025, 08:05", "năm 2025", "năm 2026", "8 tháng", "Lượt xem: 1.782"]))

PAGES.append(page("b4054-dongnai-ldld-baocao-2025", """
Báo Đồng Nai điện tử
Thời sự › Lao động - Công đoàn
08/10/2025 | 09:42
LĐLĐ tỉnh báo cáo Thường trực Tỉnh ủy tình hình việc làm của công nhân quý III
Ngày 7/10, Ban Thường vụ Liên đoàn Lao động tỉnh Đồng Nai ban hành Báo cáo số 215/BC-LĐLĐ gửi Thường trực Tỉnh ủy về tình hình việc làm, thu nhập, đời sống của công nhân lao động quý III năm 2025. Đây là báo cáo quý đầu tiên tổng hợp số liệu trên địa bàn tỉnh Đồng Nai mới sau khi hợp nhất với tỉnh Bình Phước.
Công nhân làm việc tại một doanh nghiệp ở phường Long Bình. Ảnh: Hạnh Dung
Theo báo cáo do đồng chí Nguyễn Thị Như Ý, Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, Chủ tịch Liên đoàn Lao động tỉnh ký, trong quý III toàn tỉnh có 1,23 triệu người lao động đang làm việc tại hơn 36.000 doanh nghiệp; 142 doanh nghiệp thiếu đơn hàng phải giảm giờ làm của 18.600 lao động; khoảng 5.400 người bị chấm dứt hợp đồng, chủ yếu trong ngành giày da, may mặc. Ngược lại, các doanh nghiệp điện tử, chế biến gỗ có nhu cầu tuyển thêm trên 12.000 lao động.
Công đoàn các cấp đã phối hợp với Trung tâm Dịch vụ việc làm tổ chức 17 phiên giao dịch việc làm, giới thiệu cho 3.960 đoàn viên mất việc tìm được việc làm mới; chi hỗ trợ 2.180 đoàn viên khó khăn với số tiền hơn 2,6 tỷ đồng. Tại các xã vùng Bình Phước cũ như xã Bù Gia Mập, xã Đak Ơ, công đoàn phối hợp với chính quyền mở 6 lớp đào tạo nghề điều khiển máy may cho 210 lao động là người S'tiêng, M'nông.
Báo cáo nêu 9 vụ ngừng việc tập thể với 4.720 người tham gia, giảm 3 vụ so với quý II; các vụ việc đã được giải quyết thông qua đối thoại. Bình quân thu nhập của công nhân đạt 9,1 triệu đồng/tháng, tăng 4,5% so với cùng kỳ.
Đề xuất của Liên đoàn Lao động tỉnh tập trung vào việc triển khai Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, bảo đảm không để gián đoạn hoạt động chăm lo đoàn viên ở 95 xã, phường; đề nghị Ủy ban nhân dân tỉnh sớm ban hành kế hoạch thực hiện Nghị quyết số 17/2025/NQ-HĐND về hỗ trợ đào tạo lại nghề cho lao động mất việc.
Báo cáo cũng cho biết, các cấp công đoàn đã tư vấn pháp luật cho 1.340 lượt công nhân về hợp đồng lao động, bảo hiểm thất nghiệp; phối hợp với Bảo hiểm xã hội tỉnh giải quyết trợ cấp thất nghiệp cho 11.250 người. Liên đoàn Lao động tỉnh kiến nghị mở rộng chương trình nhà ở xã hội, nhà trẻ cho con công nhân tại các khu công nghiệp.
Cùng ngày, ông Điểu Minh Khang, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, cho biết xã đang lập danh sách 74 lao động trẻ có nhu cầu đi làm việc tại các khu công nghiệp phía Nam của tỉnh.
Hạnh Dung
Lượt xem: 912
Tin liên quan
- Công đoàn phường Trảng Dài trao 200 suất quà cho công nhân (30/09/2025)
- Đồng Nai: 1.500 chỉ tiêu tại phiên giao dịch việc làm tháng 9 (22/09/2025)
- Đối thoại với công nhân các khu công nghiệp Nhơn Trạch (12/09/2025)
""", "2025-10-08", "LĐLĐ tỉnh báo cáo Thường trực Tỉnh ủy tình hình việc làm của công nhân quý III",
E("bao_cao", "2025-Q3", "2025-10-07"),
[P("Nguyễn Thị Như Ý", "Ủy viên Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Điểu Minh Khang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập")],
[Q("1,23 triệu người lao động", 1230000, "người lao động"), Q("hơn 36.000 doanh nghiệp", 36000, "doanh nghiệp", "over"),
 Q("142 doanh nghiệp", 142, "doanh nghiệp"), Q("18.600 lao động", 18600, "lao động"), Q("khoảng 5.400 người", 5400, "người", "approx"),
 Q("trên 12.000 lao động", 12000, "lao động", "over"), Q("17 phiên giao dịch việc làm", 17, "phiên giao dịch việc làm"),
 Q("3.960 đoàn viên", 3960, "đoàn viên"), Q("2.180 đoàn viên khó khăn", 2180, "đoàn viên khó khăn"),
 Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("6 lớp đào tạo nghề", 6, "lớp đào tạo nghề"), Q("210 lao động", 210, "lao động"),
 Q("9 vụ ngừng việc tập thể", 9, "vụ ngừng việc tập thể"), Q("4.720 người", 4720, "người"), Q("3 vụ", 3, "vụ"),
 Q("9,1 triệu đồng/tháng", 9100000, "đồng"), Q("4,5%", 4.5, "%"), Q("95 xã, phường", 95, "xã, phường"),
 Q("1.340 lượt công nhân", 1340, "lượt công nhân"), Q("11.250 người", 11250, "người"), Q("74 lao động trẻ", 74, "lao động trẻ")],
[D("Báo cáo", "215", "BC-LĐLĐ", None, "Ban Thường vụ Liên đoàn Lao động tỉnh", "Báo cáo số 215/BC-LĐLĐ"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Nghị quyết", "17", "2025/NQ-HĐND", None, None, "Nghị quyết số 17/2025/NQ-HĐND")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Bù Gia Mập"), com("Đak Ơ")],
["Báo Đồng Nai điện tử", "Thời sự › Lao động - Công đoàn", "Công nhân làm việc tại một doanh nghiệp ở phường Long Bình. Ảnh: Hạnh Dung",
 "Trung tâm Dịch vụ việc làm", "Lượt xem: 912"],
["08/10/2025 | 09:42", "quý III năm 2025", "quý II", "Lượt xem: 912"]))
