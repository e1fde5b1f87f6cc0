from lib import *
PAGES = []

PAGES.append(page("b4505-laocai-daynghe-nkt-taphuan-2022", """
BÁO LÀO CAI ĐIỆN TỬ
Xã hội › Lao động - Việc làm
17/05/2022 - 10:05
Học viên thực hành tại lớp học. Ảnh: Bích Huệ
Bắc Hà: khai giảng lớp dạy nghề mây tre đan cho 35 người khuyết tật
(BLC) - Sáng 16/5, Hội Người khuyết tật tỉnh Lào Cai phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bắc Hà khai giảng lớp dạy nghề mây tre đan năm 2022 cho 35 học viên là người khuyết tật và người nhà người khuyết tật tại xã Bản Phố và xã Tà Chải.
Lớp học kéo dài 3 tháng, được tổ chức theo Kế hoạch số 142/KH-UBND ngày 18/3/2022 của UBND tỉnh về trợ giúp người khuyết tật và Quyết định số 1190/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ phê duyệt Chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030. Mỗi học viên được hỗ trợ tiền ăn 30.000 đồng/ngày, tiền đi lại và được cấp miễn phí dụng cụ học nghề; tổng kinh phí lớp học hơn 126 triệu đồng.
Phát biểu tại lễ khai giảng, bà Vàng Thị Dua, Phó Chủ tịch UBND huyện Bắc Hà, cho biết toàn huyện có 1.412 người khuyết tật, trong đó trên 85% là người Mông, Dao, Tày, Nùng; gần 60% hộ có người khuyết tật thuộc hộ nghèo, cận nghèo. Bà đề nghị các học viên chuyên cần, sau khóa học có thể tự làm các sản phẩm giỏ, làn, mành tre phục vụ du lịch cộng đồng.
Ông Lù Seo Sành, Chủ tịch Hội Người khuyết tật tỉnh, cho biết từ năm 2019 đến nay Hội đã phối hợp mở 14 lớp dạy nghề cho 418 học viên, 72% có việc làm sau học nghề; giới thiệu 29 người vào làm việc tại các hợp tác xã. Hội đang hoàn thiện hồ sơ đề nghị Ngân hàng Chính sách xã hội cho 40 hộ vay vốn theo Nghị định 28/2012/NĐ-CP.
Đến dự còn có các ông, bà: Thào Seo Lử, Chủ tịch Hội Người khuyết tật huyện Bắc Hà; Tẩn Thị Mây, Phó Chủ tịch Ủy ban MTTQ huyện; Giàng A Lình, Chủ tịch UBND xã Bản Phố.
Anh Sùng A Chứ, thôn Bản Phố 1, bị mất một chân do tai nạn lao động, chia sẻ: "Học được nghề đan, tôi mong có thêm thu nhập nuôi 2 con đi học". Dịp này, Hội trao 10 xe lăn và 35 bộ dụng cụ nghề cho học viên, mỗi bộ trị giá 450.000 đồng.
Theo kế hoạch năm 2022, Hội Người khuyết tật tỉnh phấn đấu mở ít nhất 6 lớp dạy nghề, hỗ trợ sinh kế cho 120 hộ. Các lớp học được bố trí ngay tại nhà văn hóa thôn để người khuyết tật vận động khó khăn vẫn tham gia được; giáo viên là nghệ nhân địa phương, dạy bằng tiếng Mông xen tiếng phổ thông, giúp học viên dễ tiếp thu, thực hành ngay trên sản phẩm thật.
Bích Huệ
Lượt xem: 1.236
Tin liên quan
- Sa Pa: ra mắt câu lạc bộ người khuyết tật vươn lên (28/04/2022)
- Lào Cai tổng kết 10 năm thi hành Luật Người khuyết tật (15/03/2022)
- Trao 100 xe lăn cho người khuyết tật huyện Mường Khương (22/02/2022)
- Hội Người khuyết tật tỉnh tổng kết công tác năm 2021 (24/12/2021)
""", "2022-05-17", "Bắc Hà: khai giảng lớp dạy nghề mây tre đan cho 35 người khuyết tật",
E("tap_huan", "2022", "2022-05-16"),
[P("Vàng Thị Dua", "Phó Chủ tịch UBND huyện Bắc Hà"),
 P("Lù Seo Sành", "Chủ tịch Hội Người khuyết tật tỉnh"),
 P("Thào Seo Lử", "Chủ tịch Hội Người khuyết tật huyện Bắc Hà"),
 P("Tẩn Thị Mây", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Giàng A Lình", "Chủ tịch UBND xã Bản Phố"),
 P("Sùng A Chứ")],
[Q("35 người khuyết tật", 35, "người khuyết tật"), Q("30.000 đồng", 30000, "đồng"),
 Q("hơn 126 triệu đồng", 126000000, "đồng", "over"), Q("1.412 người khuyết tật", 1412, "người khuyết tật"), Q("trên 85%", 85, "%", "over"),
 Q("gần 60%", 60, "%", "approx"), Q("14 lớp dạy nghề", 14, "lớp dạy nghề"), Q("418 học viên", 418, "học viên"), Q("72%", 72, "%"),
 Q("29 người", 29, "người"), Q("40 hộ", 40, "hộ"), Q("2 con", 2, "con"), Q("10 xe lăn", 10, "xe lăn"),
 Q("35 bộ dụng cụ nghề", 35, "bộ dụng cụ nghề"), Q("450.000 đồng", 450000, "đồng"), Q("ít nhất 6 lớp dạy nghề", 6, "lớp dạy nghề", "over"),
 Q("120 hộ", 120, "hộ")],
[D("Kế hoạch", "142", "KH-UBND", "2022-03-18", "UBND tỉnh", "Kế hoạch số 142/KH-UBND ngày 18/3/2022"),
 D("Quyết định", "1190", "QĐ-TTg", "2020-08-05", "Thủ tướng Chính phủ", "Quyết định số 1190/QĐ-TTg ngày 05/8/2020"),
 D("Nghị định", "28", "2012/NĐ-CP", None, None, "Nghị định 28/2012/NĐ-CP")],
[prov("Lào Cai"), com("Bản Phố"), com("Tà Chải")],
["BÁO LÀO CAI ĐIỆN TỬ", "Xã hội › Lao động - Việc làm", "Học viên thực hành tại lớp học. Ảnh: Bích Huệ", "(BLC)",
 "Chương trình trợ giúp người khuyết tật giai đoạn 2021 - 2030", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.236"],
["17/05/2022 - 10:05", "năm 2022", "3 tháng", "giai đoạn 2021 - 2030", "năm 2019", "Lượt xem: 1.236"]))

PAGES.append(page("b4506-thanhhoa-sinhke-nkt-hoinghi-2023", """
Báo Thanh Hóa
Thời sự | Xã hội | Nhân ái
Cập nhật: 09:42, 21/03/2023 (GMT+7)
Hội nghị kết nối việc làm, sinh kế cho người khuyết tật năm 2023
Ngày 20/3, tại TP Thanh Hóa, Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức Hội nghị kết nối việc làm, sinh kế cho người khuyết tật năm 2023. Tham dự có đồng chí Lê Quang Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Thị Thanh Thủy, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện 42 doanh nghiệp và gần 300 người khuyết tật.
Quang cảnh hội nghị. Ảnh: Khánh Lộc
Theo báo cáo của Hội, Thanh Hóa có khoảng 113.000 người khuyết tật, trong đó hơn 30.000 người trong độ tuổi lao động có nhu cầu việc làm. Giai đoạn 2019 - 2022, các cấp Hội đã hỗ trợ 1.540 người khuyết tật học nghề; kết nối việc làm cho 860 người; trao 2.100 xe lăn, 3.400 suất học bổng; xây 186 "Mái ấm tình thương", tổng kinh phí trên 42 tỷ đồng. Hội đang triển khai Chương trình phối hợp số 08/CTr-HBT-SLĐTBXH ngày 10/01/2023 và Kế hoạch số 19, 20/KH-HBT của Hội về hỗ trợ sinh kế.
Tại hội nghị, đồng chí Lê Quang Hùng đề nghị thực hiện tốt Chỉ thị số 39-CT/TW ngày 01/11/2019 của Ban Bí thư về nâng cao hiệu quả hoạt động của các hội có tính chất đặc thù và Kết luận 24-KL/TU của Ban Thường vụ Tỉnh ủy; mỗi huyện, thị xã, thành phố xây dựng ít nhất 2 mô hình sinh kế cho người khuyết tật.
Nhiều người khuyết tật chia sẻ câu chuyện vượt khó. Anh Lò Văn Tiến, dân tộc Thái ở xã Trung Lý, bị liệt hai chân nhưng nuôi 300 con gà, 20 con dê. Chị Hà Thị Lan, người Mường ở xã Thạch Lâm, Chủ nhiệm Hợp tác xã may Thạch Lâm, đang tạo việc làm cho 18 lao động khuyết tật với thu nhập 5 triệu đồng/tháng.
Các doanh nghiệp đã ký 12 biên bản ghi nhớ, cam kết tuyển dụng 235 lao động khuyết tật trong năm 2023. Ông Nguyễn Văn Thi, Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh và ông Lê Văn Hải, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, trao 50 xe lăn, 30 xe lắc cho người khuyết tật nặng. Kết luận hội nghị, Ban tổ chức thống nhất duy trì hội nghị kết nối thường niên, đồng thời lập nhóm Zalo giữa Hội, doanh nghiệp và trung tâm dịch vụ việc làm để cập nhật nhu cầu tuyển dụng, giúp người khuyết tật ở vùng miền núi tiếp cận thông tin kịp thời.
Khánh Lộc
Lượt xem: 2.765
Tin khác
- Trao 200 suất quà Tết cho trẻ mồ côi huyện Mường Lát (14/01/2023)
- Hội Bảo trợ tỉnh tổng kết năm 2022 (28/12/2022)
- Thọ Xuân: bàn giao 5 "Mái ấm tình thương" (12/12/2022)
- Ngọc Lặc: dạy nghề may cho 30 người khuyết tật (30/11/2022)
""", "2023-03-21", "Hội nghị kết nối việc làm, sinh kế cho người khuyết tật năm 2023",
E("hoi_nghi", "2023", "2023-03-20"),
[P("Lê Quang Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Thị Thanh Thủy", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Tiến"),
 P("Hà Thị Lan", "Chủ nhiệm Hợp tác xã may Thạch Lâm"),
 P("Nguyễn Văn Thi", "Chủ tịch Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh"),
 P("Lê Văn Hải", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("42 doanh nghiệp", 42, "doanh nghiệp"), Q("gần 300 người khuyết tật", 300, "người khuyết tật", "approx"),
 Q("khoảng 113.000 người khuyết tật", 113000, "người khuyết tật", "approx"), Q("hơn 30.000 người", 30000, "người", "over"),
 Q("1.540 người khuyết tật", 1540, "người khuyết tật"), Q("860 người", 860, "người"), Q("2.100 xe lăn", 2100, "xe lăn"),
 Q("3.400 suất học bổng", 3400, "suất học bổng"), Q('186 "Mái ấm tình thương"', 186, "Mái ấm tình thương"),
 Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"), Q("ít nhất 2 mô hình sinh kế", 2, "mô hình sinh kế", "over"),
 Q("300 con gà", 300, "con gà"), Q("20 con dê", 20, "con dê"), Q("18 lao động khuyết tật", 18, "lao động khuyết tật"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("12 biên bản ghi nhớ", 12, "biên bản ghi nhớ"), Q("235 lao động khuyết tật", 235, "lao động khuyết tật"),
 Q("50 xe lăn", 50, "xe lăn"), Q("30 xe lắc", 30, "xe lắc")],
[D("Chương trình phối hợp", "08", "CTr-HBT-SLĐTBXH", "2023-01-10", None, "Chương trình phối hợp số 08/CTr-HBT-SLĐTBXH ngày 10/01/2023"),
 D("Kế hoạch", "19", "KH-HBT", None, "Hội", "Kế hoạch số 19, 20/KH-HBT"),
 D("Kế hoạch", "20", "KH-HBT", None, "Hội", "Kế hoạch số 19, 20/KH-HBT"),
 D("Chỉ thị", "39", "CT/TW", "2019-11-01", "Ban Bí thư", "Chỉ thị số 39-CT/TW ngày 01/11/2019"),
 D("Kết luận", "24", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 24-KL/TU")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thạch Lâm")],
["Báo Thanh Hóa", "Thời sự | Xã hội | Nhân ái", "Quang cảnh hội nghị. Ảnh: Khánh Lộc", "Mái ấm tình thương", "Lượt xem: 2.765"],
["Cập nhật: 09:42, 21/03/2023 (GMT+7)", "năm 2023", "Giai đoạn 2019 - 2022", "Lượt xem: 2.765"]))

PAGES.append(page("b4507-dongthap-baotro-tongket-2023", """
BÁO ĐỒNG THÁP ONLINE
Hôm nay: Thứ Năm, 28/12/2023
Xã hội > Từ thiện
Cập nhật lúc 15:30 ngày 26/12/2023
Ảnh: Các tập thể, cá nhân nhận bằng khen.
Năm 2023, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh vận động hơn 18 tỷ đồng
(ĐTO) - Ngày 25/12, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Đồng Tháp tổ chức tổng kết hoạt động năm 2023, triển khai phương hướng năm 2024. Dự hội nghị có bà Đoàn Thị Thanh Nhàn, Tỉnh ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Phước Thiện, Phó Chủ tịch UBND tỉnh.
Năm 2023, các cấp Hội đã vận động hơn 18 tỷ đồng, tăng 12% so với năm 2022; trao 526 xe lăn, xe lắc, 1.860 suất học bổng; xây mới 64 căn nhà "Mái ấm tình thương", mỗi căn từ 50 đến 70 triệu đồng; nhận đỡ đầu 312 trẻ mồ côi với mức 500.000 đồng/tháng. Hội đã tổ chức 9 đợt khám bệnh, cấp thuốc miễn phí cho 4.700 lượt người; mở 11 lớp dạy nghề cắt tóc, sửa xe, may gia dụng cho 205 người khuyết tật.
Thực hiện Quyết định số 1190/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 215, 216/KH-UBND của UBND tỉnh, Hội đã phối hợp rà soát 28.640 người khuyết tật, trong đó 8.915 người có nhu cầu hỗ trợ sinh kế.
Ông Phạm Văn Tư, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh, báo cáo tại hội nghị.
Tham luận tại hội nghị, ông Nguyễn Văn Bảy, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Tháp Mười, chia sẻ mô hình "Mỗi hội viên nhận đỡ đầu 1 trẻ mồ côi" với 48 trẻ được giúp đỡ. Bà Trần Thị Mỹ Lệ, Phó Chủ tịch Hội xã Mỹ An, giới thiệu cách vận động Phật tử chùa, nhà thờ góp gạo hằng tháng cho 37 hộ người khuyết tật nặng.
Phát biểu chỉ đạo, ông Nguyễn Phước Thiện đề nghị Hội thực hiện tốt Chỉ thị 12-CT/TU ngày 05/5/2023 của Ban Thường vụ Tỉnh ủy; năm 2024 phấn đấu vận động không dưới 20 tỷ đồng, xây ít nhất 70 căn nhà, không để trẻ mồ côi nào phải bỏ học vì hoàn cảnh khó khăn.
Dịp này, Trung ương Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam tặng bằng khen cho 2 tập thể, 4 cá nhân; UBND tỉnh tặng bằng khen cho 15 tập thể, 22 cá nhân; Hội tỉnh tặng giấy khen cho 43 mạnh thường quân.
Hội nghị cũng thẳng thắn nhìn nhận: một số hội cơ sở hoạt động còn phụ thuộc vào cá nhân chủ tịch hội; việc theo dõi trẻ mồ côi sau khi nhận đỡ đầu chưa chặt chẽ; nguồn vận động chủ yếu dồn vào dịp Tết, ngày 1/6 và mùa tựu trường. Các đại biểu đề nghị số hóa danh sách người khuyết tật, trẻ mồ côi để kết nối nhà hảo tâm với từng hoàn cảnh cụ thể.
Hồng Nhung
Lượt xem: 968
Tin liên quan
- Cao Lãnh: trao 40 xe lăn cho người khuyết tật (15/12/2023)
- Lai Vung: bàn giao 8 căn nhà Mái ấm tình thương (01/12/2023)
- Hội Bảo trợ tỉnh trao học bổng cho 300 học sinh khuyết tật (05/09/2023)
""", "2023-12-26", "Năm 2023, Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh vận động hơn 18 tỷ đồng",
E("tong_ket", "2023", "2023-12-25"),
[P("Đoàn Thị Thanh Nhàn", "Tỉnh ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Phước Thiện", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Tư", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"),
 P("Nguyễn Văn Bảy", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi huyện Tháp Mười"),
 P("Trần Thị Mỹ Lệ", "Phó Chủ tịch Hội xã Mỹ An")],
[Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("12%", 12, "%"), Q("526 xe lăn, xe lắc", 526, "xe lăn, xe lắc"),
 Q("1.860 suất học bổng", 1860, "suất học bổng"), Q('64 căn nhà "Mái ấm tình thương"', 64, "căn nhà"), Q("50", 50000000, "đồng"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("312 trẻ mồ côi", 312, "trẻ mồ côi"), Q("500.000 đồng", 500000, "đồng"),
 Q("9 đợt khám bệnh", 9, "đợt khám bệnh"), Q("4.700 lượt người", 4700, "lượt người"), Q("11 lớp dạy nghề", 11, "lớp dạy nghề"),
 Q("205 người khuyết tật", 205, "người khuyết tật"), Q("28.640 người khuyết tật", 28640, "người khuyết tật"), Q("8.915 người", 8915, "người"),
 Q("48 trẻ", 48, "trẻ"), Q("37 hộ người khuyết tật nặng", 37, "hộ người khuyết tật nặng"), Q("không dưới 20 tỷ đồng", 20000000000, "đồng", "over"),
 Q("ít nhất 70 căn nhà", 70, "căn nhà", "over"), Q("2 tập thể", 2, "tập thể"), Q("4 cá nhân", 4, "cá nhân"), Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân"), Q("43 mạnh thường quân", 43, "mạnh thường quân")],
[D("Quyết định", "1190", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1190/QĐ-TTg"),
 D("Kế hoạch", "215", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 215, 216/KH-UBND"),
 D("Kế hoạch", "216", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 215, 216/KH-UBND"),
 D("Chỉ thị", "12", "CT/TU", "2023-05-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU ngày 05/5/2023")],
[prov("Đồng Tháp"), com("Mỹ An")],
["BÁO ĐỒNG THÁP ONLINE", "Hôm nay: Thứ Năm, 28/12/2023", "Xã hội > Từ thiện", "Ảnh: Các tập thể, cá nhân nhận bằng khen.", "(ĐTO)",
 "Mái ấm tình thương", "Mỗi hội viên nhận đỡ đầu 1 trẻ mồ côi", "Lượt xem: 968"],
["Cập nhật lúc 15:30 ngày 26/12/2023", "năm 2023", "năm 2024", "năm 2022", "1 trẻ mồ côi", "ngày 1/6", "Lượt xem: 968"]))

PAGES.append(page("b4508-kontum-nhatinhthuong-traoqua-2024", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ » Tin tức » Dân vận các cấp
Thứ Sáu, 19/01/2024, 08:05
Ảnh: Lãnh đạo tỉnh trao nhà cho gia đình người khuyết tật.
Trao 12 nhà "Đại đoàn kết" và 240 suất quà cho người khuyết tật, nạn nhân chất độc da cam và trẻ mồ côi
Ngày 18/01/2024, tại xã Đăk Ui, Ban Dân vận Tỉnh ủy Kon Tum phối hợp với Ủy ban MTTQ Việt Nam tỉnh, Hội Nạn nhân chất độc da cam/dioxin tỉnh và Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh tổ chức bàn giao 12 nhà "Đại đoàn kết" và trao 240 suất quà cho người khuyết tật, nạn nhân chất độc da cam, trẻ mồ côi là đồng bào Xơ Đăng, Ba Na trên địa bàn các xã Đăk Ui, Ngọk Réo, Đăk Hring.
Dự lễ có đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hiếu, Y Thu.
Mỗi căn nhà có diện tích 60 m2, trị giá 70 triệu đồng, trong đó Quỹ "Vì người nghèo" tỉnh hỗ trợ 50 triệu đồng, Hội Nạn nhân chất độc da cam/dioxin tỉnh hỗ trợ 10 triệu đồng, phần còn lại do gia đình và bà con trong làng góp 85 ngày công. Mỗi suất quà trị giá 600.000 đồng gồm tiền mặt, gạo và chăn ấm.
Bà Y Bích, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh cho biết, năm 2023 Hội đã trao 186 xe lăn, 420 suất học bổng, nhận đỡ đầu 64 trẻ mồ côi; hỗ trợ 35 hộ người khuyết tật nuôi heo, gà. Đại tá A Mang, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh, thông tin toàn tỉnh hiện có 2.150 nạn nhân, khoảng 70% sống ở vùng đồng bào dân tộc thiểu số.
Đồng chí A Pớt trao nhà cho gia đình anh A Thiên. Ảnh: Phan Nhân
Anh A Thiên, làng Kon Kơ Tu, xã Đăk Rơ Wa, bị khuyết tật vận động, cùng vợ nuôi 3 con nhỏ trong căn nhà gỗ mục, xúc động nói: "Năm nay gia đình tôi được ăn Tết trong nhà mới". Già làng A Hreo, người có uy tín làng Kon Kơ Tu, hứa vận động bà con giúp gia đình anh trồng thêm mì, cà phê.
Đồng chí A Pớt đề nghị các xã tiếp tục thực hiện Nghị quyết số 03-NQ/TU ngày 12/8/2021 của Tỉnh ủy và Kế hoạch số 136-KH/BDVTU của Ban Dân vận Tỉnh ủy, phấn đấu năm 2024 xóa ít nhất 200 nhà tạm cho hộ có người khuyết tật. Đồng chí lưu ý chính quyền các xã giao cán bộ, đảng viên theo dõi, giúp đỡ từng hộ sau khi nhận nhà, hướng dẫn cách làm ăn, không để tái nghèo; đồng thời biểu dương những già làng, người có uy tín đã tích cực vận động bà con góp công dựng nhà.
Phan Nhân
Lượt truy cập: 2.089
Tin khác
- Đăk Hà: trao 50 xe lăn cho người khuyết tật (10/01/2024)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2023 (28/12/2023)
- Kon Plông: bàn giao 5 nhà Đại đoàn kết cho hộ nghèo (20/12/2023)
- Hội Nạn nhân chất độc da cam tỉnh thăm, tặng quà nạn nhân (10/08/2023)
""", "2024-01-19", 'Trao 12 nhà "Đại đoàn kết" và 240 suất quà cho người khuyết tật, nạn nhân chất độc da cam và trẻ mồ côi',
E("trao_qua", None, "2024-01-18"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Bích", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"),
 P("A Mang", "Đại tá", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("A Thiên"),
 P("A Hreo", "Già làng", "người có uy tín làng Kon Kơ Tu")],
[Q('12 nhà "Đại đoàn kết"', 12, "nhà"), Q("240 suất quà", 240, "suất quà"), Q("60 m2", 60, "m2"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("85 ngày công", 85, "ngày công"),
 Q("600.000 đồng", 600000, "đồng"), Q("186 xe lăn", 186, "xe lăn"), Q("420 suất học bổng", 420, "suất học bổng"),
 Q("64 trẻ mồ côi", 64, "trẻ mồ côi"), Q("35 hộ người khuyết tật", 35, "hộ người khuyết tật"), Q("2.150 nạn nhân", 2150, "nạn nhân"),
 Q("khoảng 70%", 70, "%", "approx"), Q("3 con", 3, "con"), Q("ít nhất 200 nhà tạm", 200, "nhà tạm", "over")],
[D("Nghị quyết", "03", "NQ/TU", "2021-08-12", "Tỉnh ủy", "Nghị quyết số 03-NQ/TU ngày 12/8/2021"),
 D("Kế hoạch", "136", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 136-KH/BDVTU")],
[prov("Kon Tum"), com("Đăk Ui"), com("Ngọk Réo"), com("Đăk Hring"), com("Đăk Rơ Wa")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ » Tin tức » Dân vận các cấp", "Ảnh: Lãnh đạo tỉnh trao nhà cho gia đình người khuyết tật.",
 "Đồng chí A Pớt trao nhà cho gia đình anh A Thiên. Ảnh: Phan Nhân", "Đại đoàn kết", "Vì người nghèo", "Lượt truy cập: 2.089"],
["Thứ Sáu, 19/01/2024, 08:05", "năm 2023", "năm 2024", "Năm nay", "Lượt truy cập: 2.089"]))

PAGES.append(page("b4509-haiphong-nnda-cam-soket-2024", """
Báo Hải Phòng điện tử
You are here: Trang chủ / Xã hội / An sinh
Ngày 12/07/2024 | 09:15
Nhiều cách làm hay chăm lo nạn nhân chất độc da cam
Chiều 11/7, Hội Nạn nhân chất độc da cam/dioxin thành phố Hải Phòng tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Lê Khắc Nam, Thành ủy viên, Phó Chủ tịch UBND thành phố dự và chỉ đạo.
Theo báo cáo do ông Vũ Văn Thành, Phó Chủ tịch Thường trực Hội Nạn nhân chất độc da cam/dioxin thành phố trình bày, 6 tháng đầu năm 2024, các cấp Hội đã vận động được 6,3 tỷ đồng; thăm, tặng 4.120 suất quà; khởi công 22 nhà "Mái ấm da cam", hoàn thành 14 nhà, mỗi nhà được hỗ trợ từ 60 triệu đồng trở lên; trao 75 xe lăn và 210 suất học bổng cho con, cháu nạn nhân. Toàn thành phố hiện có 11.460 nạn nhân, trong đó 2.036 nạn nhân là thế hệ thứ hai, thứ ba.
Hội thực hiện Kết luận 71, 72-KL/TU của Ban Thường vụ Thành ủy và Kế hoạch số 188/KH-UBND ngày 04/3/2024 của UBND thành phố; phối hợp Hội Chữ thập đỏ khám sức khỏe, cấp thuốc cho 1.350 lượt nạn nhân.
Toàn cảnh hội nghị sơ kết.
Nhiều hội cơ sở có cách làm sáng tạo. Ông Phạm Văn Lực, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Vĩnh Bảo, cho biết hội đã vận động 126 hội viên góp quỹ tương trợ, giúp 18 hộ vay không lãi. Bà Nguyễn Thị Thu Hường, Chủ tịch Hội phường Hải Thành, chia sẻ mô hình "Nhóm chăm sóc tại nhà" với 42 tình nguyện viên giúp 65 nạn nhân nặng.
Phát biểu chỉ đạo, đồng chí Lê Khắc Nam đề nghị 6 tháng cuối năm tập trung hoàn thành 30 nhà "Mái ấm da cam" trước ngày 2/9; phối hợp rà soát, giải quyết chế độ cho nạn nhân theo Nghị định số 131/2021/NĐ-CP; tổ chức tốt các hoạt động kỷ niệm 63 năm thảm họa da cam ở Việt Nam; phấn đấu cả năm vận động trên 12 tỷ đồng.
Nhân dịp này, Hội Nạn nhân chất độc da cam/dioxin thành phố trao 50 suất quà, mỗi suất 1 triệu đồng cho nạn nhân có hoàn cảnh khó khăn ở xã Tân Liên.
Hội nghị cũng chỉ ra một số hạn chế: tiến độ xây nhà ở một số địa phương còn chậm do khó khăn về đất ở; việc xác lập hồ sơ cho nạn nhân thế hệ thứ hai, thứ ba còn vướng thủ tục; một số hội cơ sở chưa chủ động vận động nguồn lực, còn trông chờ vào cấp trên. Các đại biểu kiến nghị thành phố sớm có cơ chế hỗ trợ thêm kinh phí cho hộ nạn nhân không có khả năng đối ứng xây nhà, đồng thời ưu tiên bố trí việc làm cho con, cháu nạn nhân tại các khu công nghiệp.
Hoàng Dương
Lượt đọc: 1.345
Tin liên quan
- Vĩnh Bảo: bàn giao nhà Mái ấm da cam cho hội viên (28/06/2024)
- Kiến Thụy: trao 30 xe lăn cho nạn nhân chất độc da cam (12/06/2024)
- Hội Nạn nhân chất độc da cam/dioxin thành phố tổng kết năm 2023 (28/12/2023)
- Trao 200 suất quà cho nạn nhân da cam dịp Tết (30/01/2024)
""", "2024-07-12", "Nhiều cách làm hay chăm lo nạn nhân chất độc da cam",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Lê Khắc Nam", "Thành ủy viên", "Phó Chủ tịch UBND thành phố"),
 P("Vũ Văn Thành", "Phó Chủ tịch Thường trực Hội Nạn nhân chất độc da cam/dioxin thành phố"),
 P("Phạm Văn Lực", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Vĩnh Bảo"),
 P("Nguyễn Thị Thu Hường", "Chủ tịch Hội phường Hải Thành")],
[Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("4.120 suất quà", 4120, "suất quà"), Q('22 nhà "Mái ấm da cam"', 22, "nhà"),
 Q("14 nhà", 14, "nhà"), Q("từ 60 triệu đồng trở lên", 60000000, "đồng", "over"), Q("75 xe lăn", 75, "xe lăn"),
 Q("210 suất học bổng", 210, "suất học bổng"), Q("11.460 nạn nhân", 11460, "nạn nhân"), Q("2.036 nạn nhân", 2036, "nạn nhân"),
 Q("1.350 lượt nạn nhân", 1350, "lượt nạn nhân"), Q("126 hội viên", 126, "hội viên"), Q("18 hộ", 18, "hộ"),
 Q("42 tình nguyện viên", 42, "tình nguyện viên"), Q("65 nạn nhân nặng", 65, "nạn nhân nặng"), Q('30 nhà "Mái ấm da cam"', 30, "nhà"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "71", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 71, 72-KL/TU"),
 D("Kết luận", "72", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 71, 72-KL/TU"),
 D("Kế hoạch", "188", "KH-UBND", "2024-03-04", "UBND thành phố", "Kế hoạch số 188/KH-UBND ngày 04/3/2024"),
 D("Nghị định", "131", "2021/NĐ-CP", None, None, "Nghị định số 131/2021/NĐ-CP")],
[prov("Hải Phòng"), com("Hải Thành"), com("Tân Liên")],
["Báo Hải Phòng điện tử", "You are here: Trang chủ / Xã hội / An sinh", "Toàn cảnh hội nghị sơ kết.", "Mái ấm da cam",
 "Nhóm chăm sóc tại nhà", "Lượt đọc: 1.345"],
["Ngày 12/07/2024 | 09:15", "6 tháng đầu năm", "6 tháng cuối năm 2024", "6 tháng đầu năm 2024", "thế hệ thứ hai, thứ ba", "ngày 2/9", "63 năm", "Lượt đọc: 1.345"]))

PAGES.append(page("b4510-binhdinh-nguoimu-chandung-2024", """
BÁO BÌNH ĐỊNH
Xã hội | Gương sáng
10/09/2024 - 16:05
Anh Trương Văn Hậu bên học viên tại cơ sở xoa bóp. Ảnh: Ngọc Nhuận
Người thầy mù của những học viên khiếm thị
Bị mù hoàn toàn từ năm 9 tuổi sau một trận sốt nặng, anh Trương Văn Hậu (ở phường Bồng Sơn, thị xã Hoài Nhơn) nay là Phó Chủ tịch Hội Người mù tỉnh Bình Định, chủ cơ sở xoa bóp bấm huyệt Minh Tâm, đang tạo việc làm cho 16 người mù với thu nhập bình quân 6 triệu đồng/người/tháng.
Năm 2009, anh tham gia lớp xoa bóp do Hội Người mù tỉnh mở tại TP Quy Nhơn. Học xong, anh vay 30 triệu đồng từ Ngân hàng Chính sách xã hội theo Quyết định số 71/2005/QĐ-TTg, thuê một gian nhà nhỏ mở cơ sở đầu tiên với 2 chiếc giường. Sau hơn 10 năm, cơ sở của anh đã có 12 phòng, mỗi ngày đón trên 50 lượt khách.
Không chỉ lo cho mình, anh Hậu còn trực tiếp dạy nghề miễn phí cho hơn 120 người mù trong và ngoài tỉnh; 3 năm qua đã mở 8 lớp học chữ nổi Braille. Bà Đặng Thị Kim Thoa, Chủ tịch Hội Người mù tỉnh, cho biết: "Anh Hậu là một trong 25 gương hội viên tiêu biểu của Hội nhiều năm liền; mô hình của anh được Hội nhân rộng ra 6 chi hội".
Chị Nguyễn Thị Mai, một học viên ở xã Hoài Mỹ, kể: "Trước đây tôi chỉ ở nhà, nay có nghề, mỗi tháng gửi về cho mẹ 3 triệu đồng". Ông Võ Văn Nhân, Chủ tịch UBND phường Bồng Sơn, nhận xét cơ sở của anh Hậu luôn chấp hành tốt quy định, tham gia đóng góp Quỹ "Vì người nghèo" phường mỗi năm 10 triệu đồng.
Năm 2023, anh Hậu được Trung ương Hội Người mù Việt Nam tặng bằng khen và được UBND tỉnh biểu dương tại Hội nghị điển hình tiên tiến. Hiện anh đang ấp ủ thành lập hợp tác xã dịch vụ xoa bóp cho khoảng 40 hội viên, theo hướng dẫn tại Kế hoạch số 54/KH-HNM của Hội Người mù tỉnh về hỗ trợ hội viên khởi nghiệp giai đoạn 2024 - 2026.
Theo Hội Người mù tỉnh, toàn tỉnh hiện có 3.275 người mù, trong đó 1.810 người là hội viên, sinh hoạt ở 11 hội cấp huyện. Trên 35% hội viên có việc làm, nhưng vẫn còn khoảng 400 hộ hội viên thuộc diện hộ nghèo.
Mỗi sáng, anh Hậu vẫn dậy sớm, lần theo bức tường quen để mở cửa đón khách. "Mắt không thấy nhưng tay còn làm được, thì mình phải sống có ích", anh nói. Với anh, niềm vui lớn nhất không phải là cơ sở ngày một đông khách, mà là mỗi lần có học viên mù rời lớp, tự mở được một điểm xoa bóp nhỏ ở quê, gọi điện báo tin đã nuôi được bản thân và gia đình. Nhiều học viên cũ nay đã trở thành người dạy nghề cho những người đến sau.
Ngọc Nhuận
Lượt xem: 3.781
Tin khác
- Hoài Ân: trao 20 xe lăn cho người khuyết tật (05/09/2024)
- Hội Người mù tỉnh sơ kết 6 tháng đầu năm 2024 (15/07/2024)
- Tuy Phước: cô giáo khuyết tật dạy chữ cho trẻ nghèo (20/06/2024)
""", "2024-09-10", "Người thầy mù của những học viên khiếm thị",
E("khac", None, None),
[P("Trương Văn Hậu", "Phó Chủ tịch Hội Người mù tỉnh Bình Định", "chủ cơ sở xoa bóp bấm huyệt Minh Tâm"),
 P("Đặng Thị Kim Thoa", "Chủ tịch Hội Người mù tỉnh"),
 P("Nguyễn Thị Mai"),
 P("Võ Văn Nhân", "Chủ tịch UBND phường Bồng Sơn")],
[Q("16 người mù", 16, "người mù"), Q("6 triệu đồng", 6000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("2 chiếc giường", 2, "chiếc giường"), Q("12 phòng", 12, "phòng"), Q("trên 50 lượt khách", 50, "lượt khách", "over"),
 Q("hơn 120 người mù", 120, "người mù", "over"), Q("8 lớp học chữ nổi Braille", 8, "lớp học chữ nổi Braille"),
 Q("25 gương hội viên tiêu biểu", 25, "gương hội viên tiêu biểu"), Q("6 chi hội", 6, "chi hội"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("khoảng 40 hội viên", 40, "hội viên", "approx"), Q("3.275 người mù", 3275, "người mù"),
 Q("1.810 người", 1810, "người"), Q("11 hội cấp huyện", 11, "hội cấp huyện"), Q("Trên 35%", 35, "%", "over"),
 Q("khoảng 400 hộ hội viên", 400, "hộ hội viên", "approx")],
[D("Quyết định", "71", "2005/QĐ-TTg", None, None, "Quyết định số 71/2005/QĐ-TTg"),
 D("Kế hoạch", "54", "KH-HNM", None, "Hội Người mù tỉnh", "Kế hoạch số 54/KH-HNM")],
[prov("Bình Định"), com("Bồng Sơn"), com("Hoài Mỹ")],
["BÁO BÌNH ĐỊNH", "Xã hội | Gương sáng", "Anh Trương Văn Hậu bên học viên tại cơ sở xoa bóp. Ảnh: Ngọc Nhuận",
 "Vì người nghèo", "Ngân hàng Chính sách xã hội", "Lượt xem: 3.781"],
["10/09/2024 - 16:05", "9 tuổi", "Năm 2009", "hơn 10 năm", "3 năm", "Năm 2023", "giai đoạn 2024 - 2026", "Lượt xem: 3.781"]))
