from lib import *
PAGES = []

PAGES.append(page("b4073-ninhthuan-bacai-bieuduong-2023", """
Cổng Thông tin điện tử huyện Bác Ái
Trang chủ > Tin tức > Mặt trận - Đoàn thể
09/06/2023 - 15:30
Ảnh: Lãnh đạo huyện trao giấy khen cho các điển hình.
Bác Ái tôn vinh 60 điển hình giữ rừng
Sáng 7/6/2023, Ủy ban MTTQ Việt Nam huyện Bác Ái phối hợp với Ban quản lý rừng phòng hộ Sông Sắt và Hạt Kiểm lâm liên huyện tổ chức Hội nghị biểu dương điển hình tiên tiến trong quản lý, bảo vệ rừng năm 2023. Đến dự có đồng chí Katơr Dũng, Tỉnh ủy viên, Bí thư Huyện ủy Bác Ái; đồng chí Chamaléa Thị Hồng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Hội nghị đã tôn vinh 60 điển hình, gồm 18 tổ bảo vệ rừng cộng đồng và 42 cá nhân, phần lớn là đồng bào Raglai ở các xã Phước Bình, Phước Hòa, Phước Đại. Theo báo cáo, tỉnh Ninh Thuận hiện có trên 140.000 ha rừng, riêng Bác Ái chiếm khoảng 70.000 ha. Thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư và Kế hoạch số 112/KH-UBND của UBND tỉnh, Ban quản lý rừng phòng hộ Sông Sắt đã giao khoán bảo vệ 24.800 ha rừng cho 1.160 hộ và 12 nhóm hộ; bình quân mỗi hộ nhận khoảng 9,5 triệu đồng/năm từ nguồn dịch vụ môi trường rừng và ngân sách.
Đồng chí Chamaléa Thị Hồng phát biểu tại hội nghị.
Từ năm 2021 đến nay, các tổ bảo vệ rừng đã phối hợp lực lượng kiểm lâm tuần tra 2.300 lượt, phát hiện 41 vụ vi phạm, tháo dỡ 136 bẫy thú rừng; không xảy ra cháy rừng lớn. UBND huyện đã ban hành Quyết định 1010, 1011/QĐ-UBND về giao đất, giao rừng cho cộng đồng thôn Ma Ty và thôn Trà Co với tổng diện tích 1.480 ha.
Phát biểu tại hội nghị, bà Pi Năng Thị Thân, Tổ trưởng tổ bảo vệ rừng cộng đồng thôn Ma Ty, xã Phước Bình cho biết tổ có 15 thành viên, mỗi tháng đi rừng ít nhất 8 ngày; nhờ tiền khoán, nhiều hộ có thêm vốn nuôi dê, trồng điều. Ông Mấu Văn Lanh, người có uy tín thôn Trà Co, kể việc vận động 2 thanh niên trong thôn tự nguyện giao nộp cưa máy cho kiểm lâm. Ông Nguyễn Hữu Phước, Giám đốc Ban quản lý rừng phòng hộ Sông Sắt đề nghị huyện sớm cấp giấy chứng nhận quyền sử dụng đất rừng cho các cộng đồng đã được giao.
Phát biểu chỉ đạo, đồng chí Katơr Dũng ghi nhận những đóng góp của 60 điển hình, đề nghị Mặt trận và các đoàn thể tiếp tục thực hiện cuộc vận động "Toàn dân tham gia bảo vệ rừng"; phấn đấu đến năm 2025 có 100% thôn có tổ bảo vệ rừng cộng đồng, không để phát sinh điểm nóng phá rừng làm rẫy.
Dịp này, UBND huyện tặng giấy khen cho 18 tập thể và 42 cá nhân; mỗi tập thể được thưởng 2 triệu đồng, mỗi cá nhân 1 triệu đồng. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái: Mấu Thị Bích, Pinăng Văn Tám cùng trao thưởng.
Đình Mai
Lượt xem: 1.118
Tin khác
- Ninh Sơn: ký kết quy chế phối hợp bảo vệ rừng với 5 xã (02/06/2023)
- Bác Ái ra quân trồng 40 ha rừng đầu mùa mưa (25/05/2023)
- Hội nghị giao ban công tác Mặt trận 5 tháng đầu năm (18/05/2023)
""", "2023-06-09", "Bác Ái tôn vinh 60 điển hình giữ rừng",
E("hoi_nghi", "2023", "2023-06-07"),
[P("Katơr Dũng", "Tỉnh ủy viên", "Bí thư Huyện ủy Bác Ái"),
 P("Chamaléa Thị Hồng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Pi Năng Thị Thân", "Tổ trưởng tổ bảo vệ rừng cộng đồng thôn Ma Ty"),
 P("Mấu Văn Lanh", "người có uy tín thôn Trà Co"),
 P("Nguyễn Hữu Phước", "Giám đốc Ban quản lý rừng phòng hộ Sông Sắt"),
 P("Mấu Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái"),
 P("Pinăng Văn Tám", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Bác Ái")],
[Q("60 điển hình", 60, "điển hình"), Q("18 tổ bảo vệ rừng cộng đồng", 18, "tổ bảo vệ rừng cộng đồng"), Q("42 cá nhân", 42, "cá nhân"),
 Q("trên 140.000 ha", 140000, "ha", "over"), Q("khoảng 70.000 ha", 70000, "ha", "approx"), Q("24.800 ha", 24800, "ha"),
 Q("1.160 hộ", 1160, "hộ"), Q("12 nhóm hộ", 12, "nhóm hộ"), Q("khoảng 9,5 triệu đồng", 9500000, "đồng", "approx"),
 Q("2.300 lượt", 2300, "lượt"), Q("41 vụ vi phạm", 41, "vụ vi phạm"), Q("136 bẫy thú rừng", 136, "bẫy thú rừng"),
 Q("1.480 ha", 1480, "ha"), Q("15 thành viên", 15, "thành viên"), Q("2 thanh niên", 2, "thanh niên"), Q("100%", 100, "%"),
 Q("18 tập thể", 18, "tập thể"), Q("2 triệu đồng", 2000000, "đồng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND"),
 D("Quyết định", "1010", "QĐ-UBND", None, "UBND huyện", "Quyết định 1010, 1011/QĐ-UBND"),
 D("Quyết định", "1011", "QĐ-UBND", None, "UBND huyện", "Quyết định 1010, 1011/QĐ-UBND")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hòa"), com("Phước Đại")],
["Cổng Thông tin điện tử huyện Bác Ái", "Trang chủ > Tin tức > Mặt trận - Đoàn thể", "Ảnh: Lãnh đạo huyện trao giấy khen cho các điển hình.",
 "Đồng chí Chamaléa Thị Hồng phát biểu tại hội nghị.", "Toàn dân tham gia bảo vệ rừng", "Ban quản lý rừng phòng hộ Sông Sắt", "Lượt xem: 1.118"],
["09/06/2023 - 15:30", "năm 2023", "Từ năm 2021", "ít nhất 8 ngày", "năm 2025", "Lượt xem: 1.118"]))

PAGES.append(page("b4074-camau-uminh-giaoban-2023", """
BÁO CÀ MAU ĐIỆN TỬ
Thời sự | Môi trường | Phòng cháy rừng
2023-04-07 16:40
U Minh: Huy động sức dân giữ rừng tràm mùa khô
Ngày 5/4, Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng huyện U Minh phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức giao ban công tác phòng cháy, chữa cháy rừng tháng 3/2023, triển khai nhiệm vụ tháng 4 - thời điểm cao điểm khô hạn ở vùng rừng tràm U Minh Hạ.
Lực lượng bảo vệ rừng kiểm tra hồ chứa nước tại Tiểu khu 17. Ảnh: Huỳnh Lâm
Theo báo cáo tại buổi giao ban, toàn huyện hiện có trên 35.000 ha rừng tràm, trong đó hơn 20.000 ha đã giao khoán cho 1.048 hộ nhận khoán theo Nghị định số 168/2016/NĐ-CP của Chính phủ. Thực hiện Chỉ thị 01, 02/CT-UBND của UBND tỉnh Cà Mau và Kế hoạch số 28/KH-UBND ngày 15/12/2022 của UBND huyện U Minh, các chủ rừng đã duy trì 128 chòi canh lửa, 256 tổ đội chữa cháy với hơn 1.500 người trực 24/24 giờ; mực nước trong các kênh mương đạt bình quân 0,4 m so với mặt đất.
Riêng tiền khoán năm 2022, các chủ rừng đã chi trả xong khoảng 3,8 tỷ đồng, mức 200.000 đồng/ha, trước Tết Nguyên đán.
Trong tháng 3, trên địa bàn xảy ra 2 vụ cháy nhỏ với diện tích khoảng 0,6 ha, đều được phát hiện, dập tắt kịp thời. Ủy ban MTTQ Việt Nam huyện và các đoàn thể đã tổ chức 37 cuộc tuyên truyền tại ấp, vận động 3.200 hộ sống ven rừng ký cam kết không đốt ong, không đem lửa vào rừng.
Ông Danh Út, Trưởng ấp Kênh 10, xã Khánh An cho biết ấp có 86 hộ đồng bào Khmer nhận khoán; mỗi đêm có 4 người trực chòi canh. Bà Thạch Thị Sa Huol, Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Lâm cho biết Hội đã lập 12 tổ phụ nữ tuần tra ven rừng. Ông Nguyễn Thanh Tùng, Giám đốc Công ty TNHH MTV Lâm nghiệp U Minh Hạ đề nghị hỗ trợ thêm 5 máy bơm chữa cháy cho các tiểu khu giáp xã Nguyễn Phích.
Phát biểu kết luận, ông Lê Văn Sử, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng huyện yêu cầu không để xảy ra cháy lớn; Mặt trận các xã phát huy vai trò trưởng ấp, người có uy tín trong vận động người dân. Những hộ nhận khoán để xảy ra cháy sẽ bị thu hồi hợp đồng theo Công điện số 05/CĐ-UBND của UBND tỉnh.
Cùng dự buổi giao ban, các ông Lâm Văn Phương, Trần Minh Đức - Phó Hạt trưởng Hạt Kiểm lâm huyện U Minh đã báo cáo dự báo cấp cháy rừng tháng 4 ở cấp V - cấp cực kỳ nguy hiểm tại 9 tiểu khu.
Tin, ảnh: Huỳnh Lâm
Lượt xem: 2.064
Tin liên quan
- Trần Văn Thời: 1.200 người trực cháy rừng dịp cao điểm (03/04/2023)
- Cà Mau: chi trả tiền khoán bảo vệ rừng cho hơn 4.000 hộ (28/03/2023)
- Vườn quốc gia U Minh Hạ diễn tập chữa cháy rừng (15/03/2023)
""", "2023-04-07", "U Minh: Huy động sức dân giữ rừng tràm mùa khô",
E("giao_ban", "2023-03", "2023-04-05"),
[P("Danh Út", "Trưởng ấp Kênh 10"),
 P("Thạch Thị Sa Huol", "Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Lâm"),
 P("Nguyễn Thanh Tùng", "Giám đốc Công ty TNHH MTV Lâm nghiệp U Minh Hạ"),
 P("Lê Văn Sử", "Phó Chủ tịch UBND huyện", "Trưởng Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng huyện"),
 P("Lâm Văn Phương", "Phó Hạt trưởng Hạt Kiểm lâm huyện U Minh"),
 P("Trần Minh Đức", "Phó Hạt trưởng Hạt Kiểm lâm huyện U Minh")],
[Q("trên 35.000 ha", 35000, "ha", "over"), Q("hơn 20.000 ha", 20000, "ha", "over"), Q("1.048 hộ", 1048, "hộ"),
 Q("128 chòi canh lửa", 128, "chòi canh lửa"), Q("256 tổ đội chữa cháy", 256, "tổ đội chữa cháy"), Q("hơn 1.500 người", 1500, "người", "over"),
 Q("0,4 m", 0.4, "m"), Q("khoảng 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("200.000 đồng", 200000, "đồng"), Q("2 vụ cháy nhỏ", 2, "vụ cháy nhỏ"), Q("khoảng 0,6 ha", 0.6, "ha", "approx"),
 Q("37 cuộc tuyên truyền", 37, "cuộc tuyên truyền"), Q("3.200 hộ", 3200, "hộ"), Q("86 hộ đồng bào Khmer", 86, "hộ đồng bào Khmer"),
 Q("4 người", 4, "người"), Q("12 tổ phụ nữ tuần tra", 12, "tổ phụ nữ tuần tra"), Q("5 máy bơm chữa cháy", 5, "máy bơm chữa cháy"),
 Q("9 tiểu khu", 9, "tiểu khu")],
[D("Nghị định", "168", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 168/2016/NĐ-CP"),
 D("Chỉ thị", "01", "CT-UBND", None, "UBND tỉnh Cà Mau", "Chỉ thị 01, 02/CT-UBND"),
 D("Chỉ thị", "02", "CT-UBND", None, "UBND tỉnh Cà Mau", "Chỉ thị 01, 02/CT-UBND"),
 D("Kế hoạch", "28", "KH-UBND", "2022-12-15", "UBND huyện U Minh", "Kế hoạch số 28/KH-UBND ngày 15/12/2022")],
[prov("Cà Mau"), com("Khánh An"), com("Khánh Lâm"), com("Nguyễn Phích")],
["BÁO CÀ MAU ĐIỆN TỬ", "Thời sự | Môi trường | Phòng cháy rừng", "Lực lượng bảo vệ rừng kiểm tra hồ chứa nước tại Tiểu khu 17. Ảnh: Huỳnh Lâm",
 "Công điện số 05/CĐ-UBND", "Vườn quốc gia U Minh Hạ", "Lượt xem: 2.064"],
["2023-04-07 16:40", "tháng 3/2023", "tháng 4", "24/24 giờ", "Tiểu khu 17", "Kênh 10", "cấp V", "Công điện số 05/CĐ-UBND", "Lượt xem: 2.064"]))

PAGES.append(page("b4075-binhphuoc-bugiamap-doithoai-2024", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Bạn đang ở: Trang chủ › Dân vận chính quyền › Đối thoại
Ngày đăng: 20/09/2024 - 09:10
Bù Gia Mập: Chủ tịch UBND huyện đối thoại với đồng bào S'tiêng về đất rừng
Sáng 18/9/2024, tại xã Bù Gia Mập, Thường trực Huyện ủy, UBND huyện Bù Gia Mập tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2024, tập trung vào việc giao khoán, thu hồi đất rừng bị lấn chiếm và chính sách hỗ trợ trồng rừng. Đồng chí Lâm Văn Hùng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có đồng chí Điểu Lành, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và ông Võ Thanh Bình, Giám đốc Vườn quốc gia Bù Gia Mập.
Quang cảnh buổi đối thoại. Ảnh: Minh Thông
Hơn 150 người dân các xã Bù Gia Mập, Đắk Ơ, Phú Văn tham dự, phần lớn là đồng bào S'tiêng, M'nông. Theo báo cáo, thực hiện Nghị định số 168/2016/NĐ-CP của Chính phủ và Quyết định số 2087/QĐ-UBND ngày 26/10/2022 của UBND tỉnh Bình Phước, Ban quản lý rừng phòng hộ Bù Gia Mập và Vườn quốc gia đã giao khoán bảo vệ gần 29.000 ha rừng cho 642 hộ, trong đó 318 hộ đồng bào dân tộc thiểu số tại chỗ; mức khoán 400.000 đồng/ha/năm. Huyện đã vận động thu hồi được 1.215 ha đất rừng bị lấn chiếm để trồng lại rừng.
Tại buổi đối thoại, 23 ý kiến đã được nêu trực tiếp. Bà Thị Hoa (thôn Bù Lư, xã Bù Gia Mập) đề nghị cho các hộ S'tiêng không có đất sản xuất được nhận khoán thêm. Ông Điểu Mến, người có uy tín thôn Bù Rên, xã Phú Văn hỏi về việc cây điều trồng trên đất rừng trước đây sẽ xử lý thế nào. Ông Điểu Xuân, Trưởng thôn Đắk Côn, xã Đắk Ơ phản ánh tiền khoán năm 2023 của 27 hộ trong thôn còn chậm.
Ông Lâm Văn Hùng và lãnh đạo các phòng, ban đã trả lời 19 ý kiến tại chỗ; 4 ý kiến được giao cơ quan chuyên môn nghiên cứu, trả lời bằng văn bản trước ngày 30/10. Với diện tích điều trồng xen trên đất rừng, huyện thực hiện chính sách "trồng rừng xen điều" theo lộ trình, người dân được hưởng 100% sản phẩm cây điều trong 5 năm đầu, đồng thời được hỗ trợ 15 triệu đồng/ha cây giống bản địa.
Đồng chí Điểu Lành đề nghị Mặt trận và các đoàn thể tiếp tục thực hiện Quy chế phối hợp số 07-QC/BDVHU giữa Ban Dân vận Huyện ủy với các chủ rừng, phát huy vai trò người có uy tín, già làng trong vận động đồng bào trả lại đất rừng.
Kết luận, đồng chí Lâm Văn Hùng yêu cầu các chủ rừng chi trả dứt điểm tiền khoán năm 2023 trước ngày 15/10; rà soát lại 3 trường hợp tranh chấp ranh giới khoán tại xã Đắk Ơ và công khai kết quả tại nhà văn hóa thôn.
Minh Thông
Lượt xem: 845
Tin liên quan
- Bù Đăng: đối thoại với người dân về bồi thường, hỗ trợ (12/09/2024)
- Đồng Xoài tổng kết 10 năm phong trào Dân vận khéo (05/09/2024)
- Bù Gia Mập ra quân trồng 200 ha rừng (20/07/2024)
""", "2024-09-20", "Bù Gia Mập: Chủ tịch UBND huyện đối thoại với đồng bào S'tiêng về đất rừng",
E("doi_thoai", "2024", "2024-09-18"),
[P("Lâm Văn Hùng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Điểu Lành", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Thanh Bình", "Giám đốc Vườn quốc gia Bù Gia Mập"),
 P("Thị Hoa"),
 P("Điểu Mến", "người có uy tín thôn Bù Rên"),
 P("Điểu Xuân", "Trưởng thôn Đắk Côn")],
[Q("Hơn 150 người dân", 150, "người dân", "over"), Q("gần 29.000 ha", 29000, "ha", "approx"), Q("642 hộ", 642, "hộ"),
 Q("318 hộ đồng bào dân tộc thiểu số tại chỗ", 318, "hộ đồng bào dân tộc thiểu số tại chỗ"), Q("400.000 đồng", 400000, "đồng"),
 Q("1.215 ha", 1215, "ha"), Q("23 ý kiến", 23, "ý kiến"), Q("27 hộ", 27, "hộ"), Q("19 ý kiến", 19, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("100%", 100, "%"), Q("15 triệu đồng", 15000000, "đồng"), Q("3 trường hợp", 3, "trường hợp")],
[D("Nghị định", "168", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 168/2016/NĐ-CP"),
 D("Quyết định", "2087", "QĐ-UBND", "2022-10-26", "UBND tỉnh Bình Phước", "Quyết định số 2087/QĐ-UBND ngày 26/10/2022"),
 D("Quy chế phối hợp", "07", "QC/BDVHU", None, None, "Quy chế phối hợp số 07-QC/BDVHU")],
[prov("Bình Phước"), com("Bù Gia Mập"), com("Đắk Ơ"), com("Phú Văn")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Bạn đang ở: Trang chủ › Dân vận chính quyền › Đối thoại", "Quang cảnh buổi đối thoại. Ảnh: Minh Thông",
 "Vườn quốc gia Bù Gia Mập", "trồng rừng xen điều", "Lượt xem: 845"],
["Ngày đăng: 20/09/2024 - 09:10", "năm 2024", "năm 2023", "ngày 30/10", "5 năm đầu", "ngày 15/10", "Lượt xem: 845"]))

PAGES.append(page("b4076-thanhhoa-trungly-baocao-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRUNG LÝ - HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA
Trang chủ / Văn bản - Báo cáo / Mặt trận Tổ quốc
Ngày đăng: 27/12/2024 08:30
Báo cáo kết quả công tác Mặt trận tham gia quản lý, bảo vệ rừng năm 2024
ỦY BAN MTTQ VIỆT NAM XÃ TRUNG LÝ - Số: 45/BC-MTTQ, Trung Lý, ngày 25/12/2024
Thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 10/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mường Lát và Nghị quyết số 12-NQ/ĐU của Đảng ủy xã, Ban Thường trực Ủy ban MTTQ Việt Nam xã Trung Lý báo cáo kết quả công tác Mặt trận tham gia quản lý, bảo vệ rừng năm 2024 như sau:
I. Tình hình chung
Trung Lý là xã biên giới vùng cao của tỉnh Thanh Hóa, giáp tỉnh Hủa Phăn (Lào), có 11 bản với 1.642 hộ, 7.905 nhân khẩu, đồng bào Mông chiếm 62%, Thái chiếm 35%. Tổng diện tích rừng trên địa bàn là 17.326 ha, độ che phủ đạt 71,5%. Ban quản lý rừng phòng hộ Mường Lát đã giao khoán bảo vệ 9.840 ha cho 1.130 hộ và 11 cộng đồng bản; tổng số tiền khoán năm 2024 khoảng 3,9 tỷ đồng.
II. Kết quả thực hiện
1. Ban Thường trực phối hợp với Kiểm lâm địa bàn tổ chức 22 buổi tuyên truyền tại các bản, với trên 1.800 lượt người tham dự; in và phát 600 tờ gấp bằng tiếng Mông, tiếng Thái về Luật Lâm nghiệp.
2. Vận động 100% hộ nhận khoán ký cam kết bảo vệ rừng; duy trì 11 tổ bảo vệ rừng bản với 132 thành viên; trong năm tổ chức 405 lượt tuần tra, phát hiện 3 vụ khai thác gỗ trái phép, 1 vụ phát rừng làm nương (0,8 ha).
3. Giám sát việc chi trả tiền khoán tại 11/11 bản; tiếp nhận 9 ý kiến, kiến nghị của nhân dân, đã phối hợp giải quyết 8 ý kiến.
Đồng chí Thao Văn Dế, Chủ tịch Ủy ban MTTQ Việt Nam xã trực tiếp tham gia 6 buổi tuần tra cùng tổ bảo vệ rừng bản Pù Toong; Ban Thường trực đã tặng 5 bộ quần áo, đèn pin cho các tổ trị giá 4,5 triệu đồng.
4. Vận động nhân dân trồng mới 46,5 ha rừng sản xuất, trồng 4.500 cây phân tán.
III. Tồn tại, hạn chế
Một số hộ nhận khoán nhưng chưa tham gia tuần tra; tiền khoán còn chậm ở 2 bản vùng giáp biên giới Lào.
IV. Phương hướng năm 2025
Tiếp tục vận động 100% hộ thực hiện hương ước bảo vệ rừng; phấn đấu không để xảy ra cháy rừng, phá rừng.
Nơi nhận: Ban Thường trực Ủy ban MTTQ huyện; Đảng ủy, HĐND, UBND xã; lưu VP.
TM. BAN THƯỜNG TRỰC
CHỦ TỊCH
Thao Văn Dế
Ý kiến của Chủ tịch UBND xã Hà Văn Ban: giao Kiểm lâm địa bàn, Trưởng các bản phối hợp khắc phục các tồn tại nêu trên.
Lượt xem: 212
Tin khác
- Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024 (05/10/2024)
- Thông báo lịch tiếp công dân quý IV (01/10/2024)
- Báo cáo công tác Mặt trận 9 tháng năm 2024 (25/09/2024)
""", "2024-12-27", "Báo cáo kết quả công tác Mặt trận tham gia quản lý, bảo vệ rừng năm 2024",
E("bao_cao", "2024", "2024-12-25"),
[P("Thao Văn Dế", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "CHỦ TỊCH"),
 P("Hà Văn Ban", "Chủ tịch UBND xã")],
[Q("11 bản", 11, "bản"), Q("1.642 hộ", 1642, "hộ"), Q("7.905 nhân khẩu", 7905, "nhân khẩu"), Q("62%", 62, "%"), Q("35%", 35, "%"),
 Q("17.326 ha", 17326, "ha"), Q("71,5%", 71.5, "%"), Q("9.840 ha", 9840, "ha"), Q("1.130 hộ", 1130, "hộ"),
 Q("11 cộng đồng bản", 11, "cộng đồng bản"), Q("khoảng 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q("22 buổi tuyên truyền", 22, "buổi tuyên truyền"), Q("trên 1.800 lượt người", 1800, "lượt người", "over"), Q("600 tờ gấp", 600, "tờ gấp"),
 Q("100%", 100, "%"), Q("11 tổ bảo vệ rừng bản", 11, "tổ bảo vệ rừng bản"), Q("132 thành viên", 132, "thành viên"),
 Q("405 lượt tuần tra", 405, "lượt tuần tra"), Q("3 vụ khai thác gỗ trái phép", 3, "vụ khai thác gỗ trái phép"),
 Q("1 vụ phát rừng làm nương", 1, "vụ phát rừng làm nương"), Q("0,8 ha", 0.8, "ha"),
 Q("9 ý kiến, kiến nghị", 9, "ý kiến, kiến nghị"), Q("8 ý kiến", 8, "ý kiến"), Q("6 buổi tuần tra", 6, "buổi tuần tra"), Q("5 bộ quần áo, đèn pin", 5, "bộ quần áo, đèn pin"), Q("4,5 triệu đồng", 4500000, "đồng"), Q("46,5 ha", 46.5, "ha"),
 Q("4.500 cây phân tán", 4500, "cây phân tán"), Q("2 bản", 2, "bản")],
[D("Báo cáo", "45", "BC-MTTQ", "2024-12-25", "ỦY BAN MTTQ VIỆT NAM XÃ TRUNG LÝ", "Số: 45/BC-MTTQ"),
 D("Kế hoạch", "08", "KH-MTTQ-BTT", "2024-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Mường Lát", "Kế hoạch số 08/KH-MTTQ-BTT ngày 10/01/2024"),
 D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU")],
[prov("Thanh Hóa"), com("Trung Lý")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRUNG LÝ - HUYỆN MƯỜNG LÁT - TỈNH THANH HÓA", "Trang chủ / Văn bản - Báo cáo / Mặt trận Tổ quốc",
 "Luật Lâm nghiệp", "Hủa Phăn", "TM. BAN THƯỜNG TRỰC", "Nơi nhận: Ban Thường trực Ủy ban MTTQ huyện; Đảng ủy, HĐND, UBND xã; lưu VP.", "Lượt xem: 212"],
["Ngày đăng: 27/12/2024 08:30", "ngày 25/12/2024", "năm 2024", "năm 2025", "I. Tình hình chung", "II. Kết quả thực hiện", "Lượt xem: 212"]))

PAGES.append(page("b4077-quangtri-huonghoa-traoqua-2025", """
Báo Quảng Trị điện tử
Xã hội » Dân tộc - Miền núi
Thứ Năm, 16/01/2025 - 17:05
Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh trao quà Tết cho thành viên tổ bảo vệ rừng.
Trao 300 suất quà Tết cho người giữ rừng vùng biên
QTO - Ngày 15/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban quản lý rừng phòng hộ Hướng Hóa - Đakrông và Khu bảo tồn thiên nhiên Bắc Hướng Hóa đến thăm, chúc Tết và trao 300 suất quà Tết Nguyên đán Ất Tỵ 2025 cho các thành viên tổ bảo vệ rừng cộng đồng, người có uy tín và hộ nhận khoán bảo vệ rừng có hoàn cảnh khó khăn tại các xã A Ngo, Tà Rụt, Húc Nghì, Hướng Lập.
Tham gia đoàn có bà Hồ Thị Xe, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Long, Giám đốc Ban quản lý rừng phòng hộ Hướng Hóa - Đakrông.
Mỗi suất quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm; tổng trị giá 300 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh và nguồn tài trợ của các doanh nghiệp điện gió trên địa bàn. Ngoài ra, đoàn trao tặng 30 bộ đồ tuần tra rừng và 15 đèn pin cho tổ bảo vệ rừng thôn A Sau, xã A Ngo.
Theo Ban quản lý rừng phòng hộ, năm 2024 đơn vị ký hợp đồng giao khoán bảo vệ 17.690 ha rừng cho 58 cộng đồng thôn, bản và 426 hộ gia đình người Vân Kiều, Pa Kô, với tổng kinh phí gần 7,2 tỷ đồng theo Nghị định số 58/2024/NĐ-CP của Chính phủ và Quyết định số 2980/QĐ-UBND ngày 12/12/2023 của UBND tỉnh Quảng Trị. Các tổ đã thực hiện 1.430 lượt tuần tra, phát hiện 12 vụ vi phạm, tháo gỡ 2.050 bẫy thú.
Ông Hồ Văn Đô, Tổ trưởng tổ bảo vệ rừng cộng đồng thôn A Sau, xã A Ngo cho biết, tổ có 14 người, mỗi tháng chia 3 nhóm vào rừng, mỗi đợt 4 - 5 ngày, có khi phải ngủ lại trong rừng giáp biên giới. "Nhận quà Tết của Mặt trận, anh em trong tổ rất phấn khởi, năm mới quyết giữ rừng không để mất cây nào", ông Đô nói.
Bà Kăn Thị Hoa, người có uy tín thôn Ra Ty, xã Tà Rụt cho biết đã cùng Chi hội Phụ nữ thôn vận động 21 hộ không đốt rẫy gần rừng trong mùa khô.
Thay mặt đoàn, bà Hồ Thị Xe ghi nhận sự hy sinh thầm lặng của các lực lượng giữ rừng, đề nghị tiếp tục phát huy vai trò người có uy tín, già làng, trưởng bản, thực hiện hiệu quả Chỉ thị số 45-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ rừng vùng biên giới.
Dịp này, Ban Dân vận Tỉnh ủy cũng trao 10 suất quà cho các gia đình chính sách tại xã Hướng Lập, mỗi suất trị giá 1,5 triệu đồng.
Hồ Nguyên Kha
Lượt xem: 1.327
Tin liên quan
- Đakrông: 200 hộ nhận tiền khoán bảo vệ rừng trước Tết (10/01/2025)
- Hướng Hóa ra quân trồng rừng gỗ lớn (06/01/2025)
- Tổng kết công tác Mặt trận năm 2024 (27/12/2024)
""", "2025-01-16", "Trao 300 suất quà Tết cho người giữ rừng vùng biên",
E("trao_qua", None, "2025-01-15"),
[P("Hồ Thị Xe", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Long", "Giám đốc Ban quản lý rừng phòng hộ Hướng Hóa - Đakrông"),
 P("Hồ Văn Đô", "Tổ trưởng tổ bảo vệ rừng cộng đồng thôn A Sau"),
 P("Kăn Thị Hoa", "người có uy tín thôn Ra Ty")],
[Q("300 suất quà", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("30 bộ đồ tuần tra rừng", 30, "bộ đồ tuần tra rừng"), Q("15 đèn pin", 15, "đèn pin"), Q("17.690 ha", 17690, "ha"),
 Q("58 cộng đồng thôn, bản", 58, "cộng đồng thôn, bản"), Q("426 hộ gia đình người Vân Kiều, Pa Kô", 426, "hộ gia đình người Vân Kiều, Pa Kô"),
 Q("gần 7,2 tỷ đồng", 7200000000, "đồng", "approx"), Q("1.430 lượt tuần tra", 1430, "lượt tuần tra"), Q("12 vụ vi phạm", 12, "vụ vi phạm"),
 Q("2.050 bẫy thú", 2050, "bẫy thú"), Q("14 người", 14, "người"), Q("3 nhóm", 3, "nhóm"), Q("21 hộ", 21, "hộ"),
 Q("10 suất quà", 10, "suất quà"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị định", "58", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 58/2024/NĐ-CP"),
 D("Quyết định", "2980", "QĐ-UBND", "2023-12-12", "UBND tỉnh Quảng Trị", "Quyết định số 2980/QĐ-UBND ngày 12/12/2023"),
 D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 45-CT/TU")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Rụt"), com("Húc Nghì"), com("Hướng Lập")],
["Báo Quảng Trị điện tử", "Xã hội » Dân tộc - Miền núi", "Ảnh: Lãnh đạo Ủy ban MTTQ tỉnh trao quà Tết cho thành viên tổ bảo vệ rừng.", "QTO",
 "Vì người nghèo", "Khu bảo tồn thiên nhiên Bắc Hướng Hóa", "Lượt xem: 1.327"],
["Thứ Năm, 16/01/2025 - 17:05", "Ất Tỵ 2025", "năm 2024", "4 - 5 ngày", "Lượt xem: 1.327"]))

PAGES.append(page("b4078-tuyenquang-laochai-giamsat-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện
Cập nhật: 14:25, 23/10/2025 (GMT+7)
Giám sát chi trả dịch vụ môi trường rừng tại 3 xã vùng cao
Ảnh: Đoàn giám sát làm việc với UBND xã Lao Chải.
Từ ngày 20 đến 22/10/2025, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do ông Sùng Mí Vàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách chi trả dịch vụ môi trường rừng và giao khoán bảo vệ rừng năm 2025 tại các xã Lao Chải, Thanh Thủy, Minh Tân. Đây là cuộc giám sát chuyên đề đầu tiên về lâm nghiệp sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội.
Cuộc giám sát thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT ngày 15/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có bà Hoàng Thị Dung, Trưởng ban Dân chủ - Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh, đại diện Chi cục Kiểm lâm, Quỹ Bảo vệ và Phát triển rừng tỉnh và Hội Nông dân tỉnh.
Báo cáo của 3 xã cho thấy, năm 2025 các xã đã tiếp nhận và chi trả khoảng 11,4 tỷ đồng tiền dịch vụ môi trường rừng cho 2.870 hộ và 64 cộng đồng thôn, với diện tích trên 26.000 ha; đơn giá bình quân khoảng 430.000 đồng/ha. Thực hiện Nghị định 91/2024/NĐ-CP, xã Lao Chải đã chi trả qua tài khoản ngân hàng cho 1.120 hộ, đạt 78%. Từ đầu năm, các xã xảy ra 2 vụ cháy rừng với diện tích 3,2 ha và 14 vụ vi phạm lâm luật.
Làm việc với đoàn, ông Vàng Seo Chúng, Chủ tịch UBND xã Lao Chải cho biết sau sắp xếp, xã không còn cấp huyện trung gian nên Hạt Kiểm lâm khu vực trực tiếp phối hợp với xã tổ chức chi trả. Bà Lục Thị Nhàn, Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Thủy kiến nghị hướng dẫn việc lập lại danh sách hộ nhận khoán do nhiều thôn đã sáp nhập. Ông Lý Văn Pủ, Bí thư Chi bộ thôn Khuổi Luông, xã Thanh Thủy phản ánh 35 hộ người Dao trong thôn chưa nhận tiền của năm 2024.
Tại xã Minh Tân, đoàn trực tiếp gặp gỡ 40 hộ nhận khoán; ông Giàng Seo Lử, người có uy tín thôn Lùng Càng, đề nghị công khai bản đồ khoán tại nhà văn hóa để bà con biết ranh giới rừng nhà mình.
Kết luận đợt giám sát, ông Sùng Mí Vàng đề nghị UBND các xã rà soát, chi trả dứt điểm số tiền còn tồn đọng trước ngày 31/12/2025; công khai danh sách, đơn giá chi trả tại thôn; Mặt trận cơ sở đưa nội dung giám sát chi trả dịch vụ môi trường rừng vào chương trình giám sát hằng năm theo Quy định số 124-QĐ/TW của Ban Bí thư. Đoàn sẽ tổng hợp 11 kiến nghị gửi UBND tỉnh Tuyên Quang.
Nguyễn Yến
Lượt xem: 903
Tin liên quan
- Tuyên Quang: ra mắt Ủy ban MTTQ Việt Nam các xã, phường sau sắp xếp (08/07/2025)
- Hàm Yên phát động trồng rừng gỗ lớn (20/03/2025)
- Mèo Vạc: người Mông giữ rừng trên cao nguyên đá (12/02/2025)
""", "2025-10-23", "Giám sát chi trả dịch vụ môi trường rừng tại 3 xã vùng cao",
E("giam_sat", "2025", "2025-10-20"),
[P("Sùng Mí Vàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Dung", "Trưởng ban Dân chủ - Pháp luật và Giám sát Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Chúng", "Chủ tịch UBND xã Lao Chải"),
 P("Lục Thị Nhàn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thanh Thủy"),
 P("Lý Văn Pủ", "Bí thư Chi bộ thôn Khuổi Luông"),
 P("Giàng Seo Lử", "người có uy tín thôn Lùng Càng")],
[Q("3 xã vùng cao", 3, "xã vùng cao"), Q("khoảng 11,4 tỷ đồng", 11400000000, "đồng", "approx"), Q("2.870 hộ", 2870, "hộ"),
 Q("64 cộng đồng thôn", 64, "cộng đồng thôn"), Q("trên 26.000 ha", 26000, "ha", "over"), Q("khoảng 430.000 đồng", 430000, "đồng", "approx"),
 Q("1.120 hộ", 1120, "hộ"), Q("78%", 78, "%"), Q("2 vụ cháy rừng", 2, "vụ cháy rừng"), Q("3,2 ha", 3.2, "ha"),
 Q("14 vụ vi phạm lâm luật", 14, "vụ vi phạm lâm luật"), Q("35 hộ người Dao", 35, "hộ người Dao"), Q("40 hộ", 40, "hộ"),
 Q("11 kiến nghị", 11, "kiến nghị")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-09-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/9/2025"),
 D("Nghị định", "91", "2024/NĐ-CP", None, None, "Nghị định 91/2024/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lao Chải"), com("Thanh Thủy"), com("Minh Tân")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện",
 "Ảnh: Đoàn giám sát làm việc với UBND xã Lao Chải.", "Quỹ Bảo vệ và Phát triển rừng tỉnh", "Lượt xem: 903"],
["Cập nhật: 14:25, 23/10/2025 (GMT+7)", "năm 2025", "năm 2024", "ngày 31/12/2025", "Lượt xem: 903"]))
