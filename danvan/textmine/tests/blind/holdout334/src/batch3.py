from lib import *
PAGES = []

PAGES.append(page("b7985-quangtri-lavang-hoinghi-2021", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Hôm nay: Thứ Sáu, 13/08/2021
Chính trị » Tôn giáo - Dân tộc
Thứ Tư, 11/08/2021 - 07:30
Không tổ chức hành hương tập trung tại La Vang dịp lễ Đức Mẹ Lên Trời
QTO - Chiều 10/8, UBND tỉnh Quảng Trị phối hợp với Tòa Tổng Giám mục Huế tổ chức hội nghị bàn các biện pháp phòng, chống dịch COVID-19 trong dịp Lễ Đức Mẹ Hồn Xác Lên Trời năm 2021 tại Trung tâm Hành hương Đức Mẹ La Vang. Đồng chí Trương Công Định, Phó Chủ tịch UBND tỉnh chủ trì; Linh mục Phêrô Trần Văn Lộc, Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang, đại diện Tòa Tổng Giám mục Huế đồng chủ trì.
Toàn cảnh hội nghị. Ảnh: P.V
Hằng năm, vào dịp lễ 15/8, Trung tâm Hành hương Đức Mẹ La Vang ở xã Hải Phú đón khoảng 200.000 lượt giáo dân từ khắp nơi về hành hương. Để thực hiện Chỉ thị 15, 16/CT-TTg của Thủ tướng Chính phủ và Công văn số 3456/UBND-VX ngày 02/8/2021 của UBND tỉnh về tăng cường phòng dịch, hội nghị thống nhất năm nay không tổ chức hành hương tập trung; các nghi lễ chỉ có linh mục và không quá 20 người tham dự, được truyền trực tuyến qua mạng.
Bà Nguyễn Thị Hạnh, Phó Trưởng Ban Tôn giáo - Sở Nội vụ, cho biết trên địa bàn tỉnh có 42 giáo xứ, họ đạo với khoảng 65.000 giáo dân; đến nay 100% giáo xứ đã ký cam kết thực hiện các biện pháp 5K, tạm dừng thánh lễ đông người. Các giáo xứ ở các tỉnh phía Nam đang giãn cách đã được Trung tâm thông báo hoãn trên 350 đoàn hành hương đã đăng ký.
Linh mục Phêrô Trần Văn Lộc chia sẻ, Trung tâm đã chuẩn bị 6 điểm kiểm soát ra vào, bố trí 120 tình nguyện viên là giáo dân giáo xứ Trí Bưu hỗ trợ lực lượng chức năng; đồng thời ủng hộ 500 triệu đồng vào Quỹ phòng, chống dịch COVID-19 của tỉnh.
Ông Lê Văn Bình, Chủ tịch UBND xã Hải Phú, và ông Hồ Xuân Tiến, Trưởng Công an xã, cho biết xã đã lập 3 chốt kiểm soát trên các tuyến đường dẫn vào La Vang, phối hợp y tế xét nghiệm nhanh cho khoảng 1.200 người dân trong khu vực.
Kết luận hội nghị, đồng chí Trương Công Định ghi nhận tinh thần "tốt đời, đẹp đạo" của đồng bào Công giáo; đề nghị Ban Tôn giáo, Công an tỉnh và UBND huyện Hải Lăng phối hợp chặt chẽ với Trung tâm Hành hương, kịp thời xử lý trường hợp tụ tập đông người trái quy định. Ngay sau hội nghị, các đại biểu đã đi kiểm tra thực tế công tác chuẩn bị tại Trung tâm Hành hương.
Hồ Nguyên Kha
Tin liên quan
- Quảng Trị: 15 giáo xứ tạm dừng sinh hoạt tôn giáo tập trung (05/08/2021)
- Tòa Tổng Giám mục Huế kêu gọi giáo dân chung tay phòng dịch (30/07/2021)
- Trao 1.000 phần quà hỗ trợ người dân vùng phong tỏa (28/07/2021)
- Hải Lăng: kiểm tra công tác phòng dịch tại các cơ sở tôn giáo (02/08/2021)
""", "2021-08-11", "Không tổ chức hành hương tập trung tại La Vang dịp lễ Đức Mẹ Lên Trời",
E("hoi_nghi", "2021", "2021-08-10"),
[P("Trương Công Định", "Phó Chủ tịch UBND tỉnh"),
 P("Phêrô Trần Văn Lộc", "Linh mục", "Quản nhiệm Trung tâm Hành hương Đức Mẹ La Vang"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Tôn giáo - Sở Nội vụ"),
 P("Lê Văn Bình", "Chủ tịch UBND xã Hải Phú"),
 P("Hồ Xuân Tiến", "Trưởng Công an xã")],
[Q("khoảng 200.000 lượt giáo dân", 200000, "lượt giáo dân", "approx"), Q("không quá 20 người", 20, "người"),
 Q("42 giáo xứ, họ đạo", 42, "giáo xứ, họ đạo"), Q("khoảng 65.000 giáo dân", 65000, "giáo dân", "approx"), Q("100%", 100, "%"),
 Q("trên 350 đoàn hành hương", 350, "đoàn hành hương", "over"), Q("6 điểm kiểm soát", 6, "điểm kiểm soát"),
 Q("120 tình nguyện viên", 120, "tình nguyện viên"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("3 chốt kiểm soát", 3, "chốt kiểm soát"), Q("khoảng 1.200 người dân", 1200, "người dân", "approx")],
[D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15, 16/CT-TTg"),
 D("Công văn", "3456", "UBND-VX", "2021-08-02", "UBND tỉnh", "Công văn số 3456/UBND-VX ngày 02/8/2021")],
[prov("Quảng Trị"), com("Hải Phú")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Hôm nay: Thứ Sáu, 13/08/2021", "Chính trị » Tôn giáo - Dân tộc", "QTO", "Toàn cảnh hội nghị. Ảnh: P.V",
 "Trung tâm Hành hương Đức Mẹ La Vang", "Tòa Tổng Giám mục Huế", "tốt đời, đẹp đạo", "Quỹ phòng, chống dịch COVID-19"],
["Thứ Tư, 11/08/2021 - 07:30", "Hôm nay: Thứ Sáu, 13/08/2021", "lễ 15/8", "5K", "COVID-19"]))

PAGES.append(page("b7986-bacgiang-phatgiao-daihoi-2022", """
BẮC GIANG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG
Xã hội | Tôn giáo
Thứ Hai, 20/06/2022 - 11:00
Đại hội đại biểu Phật giáo tỉnh Bắc Giang lần thứ VI
BGĐT - Ngày 19/6, tại chùa Vĩnh Nghiêm (xã Trí Yên), Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang tổ chức Đại hội đại biểu Phật giáo tỉnh lần thứ VI, nhiệm kỳ 2022 - 2027. Dự đại hội có 250 đại biểu tiêu biểu cho tăng, ni, Phật tử trong tỉnh.
Đại biểu dâng hương tại chùa Vĩnh Nghiêm trước phiên khai mạc.
Về phía lãnh đạo tỉnh có đồng chí Lê Ánh Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Hương, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Trần Văn Tấn, Hoàng Thị Lý.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2017 - 2022, Phật giáo tỉnh đã phát triển thêm 12 cơ sở tự viện, nâng tổng số lên 486 ngôi chùa có tăng, ni trụ trì; có 318 tăng, ni và trên 30.000 Phật tử quy y. Các chùa đã đóng góp trên 26 tỷ đồng cho công tác từ thiện xã hội, ủng hộ quỹ "Vì người nghèo" và phòng, chống dịch COVID-19.
Giáo hội phối hợp với Ban Quản lý Khu di tích Tây Yên Tử tổ chức trang nghiêm Lễ hội Xuân Tây Yên Tử hằng năm, đón khoảng 600.000 lượt khách hành hương mỗi mùa lễ hội; thực hiện tốt Nghị định số 110/2018/NĐ-CP của Chính phủ về quản lý và tổ chức lễ hội, không đặt hòm công đức tràn lan, không bán ấn, không để người hành nghề mê tín hoạt động trong khuôn viên chùa. Các chùa Vĩnh Nghiêm, Bổ Đà đã được UNESCO ghi danh mộc bản kinh Phật là Di sản tư liệu thế giới khu vực châu Á - Thái Bình Dương.
Đại hội đã suy cử 55 vị vào Ban Trị sự nhiệm kỳ mới. Thượng tọa Thích Quảng Hạnh được suy cử giữ chức Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang nhiệm kỳ 2022 - 2027; các Đại đức Thích Minh Đạo, Thích Đạo Nguyên được suy cử làm Phó Trưởng Ban Trị sự. Ni sư Thích Đàm Liên được suy cử giữ chức Trưởng Phân ban Ni giới tỉnh.
Phát biểu tại đại hội, đồng chí Lê Ánh Hưng đề nghị Giáo hội tiếp tục thực hiện phương châm "Đạo pháp - Dân tộc - Chủ nghĩa xã hội", thực hiện Luật Tín ngưỡng, tôn giáo và Quyết định số 1020/QĐ-UBND ngày 25/11/2021 của UBND tỉnh về quy chế phối hợp quản lý khu di tích Tây Yên Tử; tham gia bảo vệ, phát huy giá trị các di tích, gìn giữ lễ hội truyền thống văn minh.
Đại hội đã thông qua Chương trình hành động nhiệm kỳ 2022 - 2027 với 13 ban, viện chuyên môn, trong đó phấn đấu mỗi năm tổ chức ít nhất 3 khóa tu mùa hè cho thanh thiếu niên.
Quang Thế
Tin khác
- Sơn Động chuẩn bị khai hội Xuân Tây Yên Tử (05/02/2022)
- Bắc Giang: bàn giao 2 ngôi chùa cho Giáo hội Phật giáo quản lý (12/05/2022)
- Yên Dũng: lễ hội chùa Đức La được tổ chức trở lại (14/04/2022)
""", "2022-06-20", "Đại hội đại biểu Phật giáo tỉnh Bắc Giang lần thứ VI",
E("dai_hoi", None, "2022-06-19"),
[P("Lê Ánh Hưng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Hương", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Tấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Lý", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thích Quảng Hạnh", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Bắc Giang nhiệm kỳ 2022 - 2027"),
 P("Thích Minh Đạo", "Đại đức", "Phó Trưởng Ban Trị sự"),
 P("Thích Đạo Nguyên", "Đại đức", "Phó Trưởng Ban Trị sự"),
 P("Thích Đàm Liên", "Ni sư", "Trưởng Phân ban Ni giới tỉnh")],
[Q("250 đại biểu", 250, "đại biểu"), Q("12 cơ sở tự viện", 12, "cơ sở tự viện"), Q("486 ngôi chùa", 486, "ngôi chùa"),
 Q("318 tăng, ni", 318, "tăng, ni"), Q("trên 30.000 Phật tử", 30000, "Phật tử", "over"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"),
 Q("khoảng 600.000 lượt khách hành hương", 600000, "lượt khách hành hương", "approx"), Q("55 vị", 55, "vị"),
 Q("13 ban, viện chuyên môn", 13, "ban, viện chuyên môn"), Q("ít nhất 3 khóa tu mùa hè", 3, "khóa tu mùa hè", "over")],
[D("Nghị định", "110", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 110/2018/NĐ-CP"),
 D("Quyết định", "1020", "QĐ-UBND", "2021-11-25", "UBND tỉnh", "Quyết định số 1020/QĐ-UBND ngày 25/11/2021")],
[prov("Bắc Giang"), com("Trí Yên")],
["BẮC GIANG ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC GIANG", "Xã hội | Tôn giáo", "BGĐT",
 "Đại biểu dâng hương tại chùa Vĩnh Nghiêm trước phiên khai mạc.", "Vì người nghèo", "Đạo pháp - Dân tộc - Chủ nghĩa xã hội",
 "Luật Tín ngưỡng, tôn giáo", "Lễ hội Xuân Tây Yên Tử", "Chương trình hành động nhiệm kỳ 2022 - 2027"],
["Thứ Hai, 20/06/2022 - 11:00", "lần thứ VI", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022"]))

PAGES.append(page("b7987-binhthuan-dinhthaythim-tongket-2023", """
Báo Bình Thuận - Cơ quan của Đảng bộ tỉnh Bình Thuận
Trang chủ >> Văn hóa >> Lễ hội
Thứ Sáu, 07/04/2023, 14:30
Đoàn rước sắc tại Lễ hội Dinh Thầy Thím. Ảnh: N.Lân
Lễ hội Dinh Thầy Thím 2023 thu hút đông đảo khách thập phương
Ngày 05/4, UBND thị xã La Gi tổ chức hội nghị tổng kết Lễ hội Dinh Thầy Thím năm 2023. Ông Đặng Văn Hồng, Phó Chủ tịch UBND thị xã, Trưởng ban Tổ chức lễ hội chủ trì. Dự có ông Ngô Minh Tân, Phó Giám đốc Sở VHTTDL; ông Lâm Quang Thái, Trưởng ban Quý tế Dinh Thầy Thím.
Lễ hội diễn ra từ ngày 14 đến 16 tháng 2 âm lịch (tức từ 5 đến 7/3/2023) tại khu di tích Dinh Thầy Thím, xã Tân Tiến. Đây là lễ hội đầu tiên được tổ chức đầy đủ phần lễ và phần hội sau 3 năm dịch bệnh, với các nghi thức rước sắc, tế lễ, hát bội. Ban Tổ chức ước tính trong 3 ngày chính hội có từ 150.000 đến 200.000 lượt khách hành hương từ các tỉnh Nam Bộ, Tây Nguyên đến dâng hương.
Ban Quý tế đã tiếp nhận tiền, hiện vật cúng dường trị giá khoảng 12,8 tỷ đồng, trong đó trích 1,5 tỷ đồng hỗ trợ xây dựng nông thôn mới ở xã Tân Tiến, 300 triệu đồng cho Quỹ khuyến học thị xã. Ban cũng phục vụ miễn phí trên 80.000 suất ăn, chỗ nghỉ cho khách hành hương; 45 bác sĩ, nhân viên y tế khám, cấp thuốc cho 2.314 lượt người.
Thực hiện Nghị định 110/2018/NĐ-CP của Chính phủ và Kế hoạch số 856/KH-UBND ngày 20/02/2023 của UBND thị xã, lực lượng chức năng bố trí 650 người bảo đảm an ninh trật tự, phân luồng giao thông; phường Tân An, phường Phước Hội hỗ trợ 200 đoàn viên thanh niên. Công an thị xã phát hiện, xử lý 7 đối tượng trộm cắp, 3 vụ đánh bạc. Khoảng 95% hộ kinh doanh dịch vụ quanh di tích niêm yết giá.
Tuy vậy, ông Lâm Quang Thái thừa nhận tình trạng đốt nhang, vàng mã quá nhiều, rác thải sau lễ chưa được thu gom kịp thời; một số đối tượng lợi dụng lễ hội để xin tiền, bán vé số đeo bám.
Kết luận hội nghị, ông Đặng Văn Hồng đề nghị Phòng Văn hóa và Thông tin thị xã phối hợp Ban Quý tế hoàn thiện hồ sơ đề nghị công nhận Lễ hội Dinh Thầy Thím là Di sản văn hóa phi vật thể quốc gia, dự kiến trình trong năm 2024; xây dựng phương án phân khu đốt vàng mã; tổ chức lễ hội năm sau "an toàn, tiết kiệm, văn minh".
Dịp này, UBND thị xã khen thưởng 14 tập thể, 22 cá nhân.
Ngọc Lân
Tin liên quan
- Khai mạc Lễ hội Dinh Thầy Thím năm 2023 (05/03/2023)
- La Gi: diễn tập phương án đảm bảo an ninh trật tự phục vụ lễ hội (25/02/2023)
- Lễ hội Nghinh Ông Tuy Phong được công nhận di sản quốc gia (10/01/2023)
- Phan Thiết: Lễ hội Katê của đồng bào Chăm Bà-la-môn tại tháp Pô Sah Inư (18/10/2022)
- Hàm Thuận Bắc: khôi phục lễ hội Cầu mùa của đồng bào Rắc Lây (12/12/2022)
""", "2023-04-07", "Lễ hội Dinh Thầy Thím 2023 thu hút đông đảo khách thập phương",
E("tong_ket", "2023", "2023-04-05"),
[P("Đặng Văn Hồng", "Phó Chủ tịch UBND thị xã", "Trưởng ban Tổ chức lễ hội"),
 P("Ngô Minh Tân", "Phó Giám đốc Sở VHTTDL"),
 P("Lâm Quang Thái", "Trưởng ban Quý tế Dinh Thầy Thím")],
[Q("150.000", 150000, "lượt khách hành hương", "approx"), Q("200.000 lượt khách hành hương", 200000, "lượt khách hành hương", "approx"),
 Q("khoảng 12,8 tỷ đồng", 12800000000, "đồng", "approx"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("trên 80.000 suất ăn, chỗ nghỉ", 80000, "suất ăn, chỗ nghỉ", "over"), Q("45 bác sĩ, nhân viên y tế", 45, "bác sĩ, nhân viên y tế"),
 Q("2.314 lượt người", 2314, "lượt người"), Q("650 người", 650, "người"), Q("200 đoàn viên thanh niên", 200, "đoàn viên thanh niên"),
 Q("7 đối tượng", 7, "đối tượng"), Q("3 vụ đánh bạc", 3, "vụ đánh bạc"), Q("Khoảng 95%", 95, "%", "approx"),
 Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị định", "110", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 110/2018/NĐ-CP"),
 D("Kế hoạch", "856", "KH-UBND", "2023-02-20", "UBND thị xã", "Kế hoạch số 856/KH-UBND ngày 20/02/2023")],
[prov("Bình Thuận"), com("Tân Tiến"), com("Tân An"), com("Phước Hội")],
["Báo Bình Thuận - Cơ quan của Đảng bộ tỉnh Bình Thuận", "Trang chủ >> Văn hóa >> Lễ hội", "Đoàn rước sắc tại Lễ hội Dinh Thầy Thím. Ảnh: N.Lân",
 "Dinh Thầy Thím", "Quỹ khuyến học", "an toàn, tiết kiệm, văn minh"],
["Thứ Sáu, 07/04/2023, 14:30", "từ ngày 14 đến 16 tháng 2 âm lịch", "từ 5 đến 7/3/2023", "3 năm", "3 ngày", "năm 2024"]))

PAGES.append(page("b7988-langson-dongdang-giaoban-2023", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ › Văn hóa - Xã hội › Văn hóa
06/04/2023 14:05:00
Đồng chí Đoàn Thu Nhàn phát biểu chỉ đạo.
Lễ hội xuân 2023: an toàn, tiết kiệm, đúng quy định
LSO - Sáng 05/4, Ban Chỉ đạo công tác quản lý, tổ chức lễ hội tỉnh Lạng Sơn tổ chức giao ban công tác văn hóa, lễ hội quý I năm 2023. Đồng chí Đoàn Thu Nhàn, TUV, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì; dự có các đồng chí Lương Thị Hòa, Vy Văn Tám - Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, và đại diện các sở, ngành, 11 huyện, thành phố.
Theo báo cáo, quý I, toàn tỉnh có 346 lễ hội truyền thống được tổ chức, tăng 2,3 lần so với cùng kỳ năm 2022 do các lễ hội trở lại sau dịch. Trong đó có 3 lễ hội cấp huyện (lễ hội Lồng tồng Bắc Sơn, lễ hội đền Mẫu Đồng Đăng, lễ hội Nàng Hai), 1 lễ hội cấp tỉnh là lễ hội Đền Kỳ Cùng - Tả Phủ; số còn lại là lễ hội làng, bản. Các lễ hội thu hút khoảng 1,1 triệu lượt người tham gia, trong đó riêng lễ hội đền Mẫu Đồng Đăng ở thị trấn Đồng Đăng đón trên 200.000 lượt.
Việc quản lý tiền công đức được thực hiện theo Thông tư số 04/2023/TT-BTC của Bộ Tài chính hướng dẫn quản lý, sử dụng tiền công đức, tài trợ cho di tích và Công văn số 215, 216/SVHTTDL-QLVH của Sở Văn hóa, Thể thao và Du lịch. Tổng số tiền công đức tại 42 di tích có tổ chức lễ hội trong quý đạt 9,72 tỷ đồng, tăng khoảng 35%.
Đồng chí Hoàng Văn Páo, Chủ tịch UBND thị trấn Đồng Đăng, cho biết ban quản lý đền Mẫu đã lắp 16 camera, bố trí 2 tổ kiểm đếm tiền công đức có sự giám sát của Mặt trận và đại diện nhân dân; đã nhắc nhở 21 hộ kinh doanh lấn chiếm vỉa hè, không phát sinh tình trạng "cò" lễ, xem bói.
Bà Nông Thị Mây, nghệ nhân hát Then, người có uy tín thôn Nà Lầu, xã Chi Lăng, đề nghị tỉnh quan tâm truyền dạy hát Then, đàn tính cho thanh thiếu niên người Tày, Nùng; mỗi lễ hội nên dành thời lượng cho các nghệ nhân trình diễn. Ông Lộc Văn Pác, Trưởng ban Quản lý đình Kỳ Lừa, kiến nghị hỗ trợ khoảng 800 triệu đồng tu bổ mái đình xuống cấp.
Quý I, các đoàn kiểm tra liên ngành đã kiểm tra 57 lễ hội, phát hiện và xử lý 4 trường hợp tổ chức trò chơi có thưởng trái phép, phạt tiền 18 triệu đồng.
Kết luận giao ban, đồng chí Đoàn Thu Nhàn yêu cầu quý II tập trung chuẩn bị Lễ hội Đền Bắc Lệ, lễ hội chùa Tam Thanh; các huyện hoàn thành kiểm kê di tích trước ngày 30/6/2023 và thực hiện nghiêm Kế hoạch số 42/KH-UBND ngày 18/01/2023 của UBND tỉnh về tổ chức các lễ hội năm 2023.
Vi Hằng
Tin cùng chuyên mục
- Khai mạc lễ hội đền Mẫu Đồng Đăng năm 2023 (27/02/2023)
- Bắc Sơn: Lễ hội Lồng tồng thu hút hàng nghìn người dân (03/02/2023)
- Văn Quan: phục dựng nghi lễ cấp sắc của người Dao (15/03/2023)
""", "2023-04-06", "Lễ hội xuân 2023: an toàn, tiết kiệm, đúng quy định",
E("giao_ban", "2023-Q1", "2023-04-05"),
[P("Đoàn Thu Nhàn", "TUV", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lương Thị Hòa", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Vy Văn Tám", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Hoàng Văn Páo", "Chủ tịch UBND thị trấn Đồng Đăng"),
 P("Nông Thị Mây", "nghệ nhân hát Then", "người có uy tín thôn Nà Lầu"),
 P("Lộc Văn Pác", "Trưởng ban Quản lý đình Kỳ Lừa")],
[Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("346 lễ hội truyền thống", 346, "lễ hội truyền thống"),
 Q("3 lễ hội cấp huyện", 3, "lễ hội cấp huyện"), Q("khoảng 1,1 triệu lượt người", 1100000, "lượt người", "approx"),
 Q("trên 200.000 lượt", 200000, "lượt", "over"), Q("42 di tích", 42, "di tích"), Q("9,72 tỷ đồng", 9720000000, "đồng"),
 Q("khoảng 35%", 35, "%", "approx"), Q("16 camera", 16, "camera"), Q("2 tổ kiểm đếm tiền công đức", 2, "tổ kiểm đếm tiền công đức"),
 Q("21 hộ kinh doanh", 21, "hộ kinh doanh"), Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"),
 Q("57 lễ hội", 57, "lễ hội"), Q("4 trường hợp", 4, "trường hợp"), Q("18 triệu đồng", 18000000, "đồng")],
[D("Thông tư", "04", "2023/TT-BTC", None, "Bộ Tài chính", "Thông tư số 04/2023/TT-BTC"),
 D("Công văn", "215", "SVHTTDL-QLVH", None, "Sở Văn hóa, Thể thao và Du lịch", "Công văn số 215, 216/SVHTTDL-QLVH"),
 D("Công văn", "216", "SVHTTDL-QLVH", None, "Sở Văn hóa, Thể thao và Du lịch", "Công văn số 215, 216/SVHTTDL-QLVH"),
 D("Kế hoạch", "42", "KH-UBND", "2023-01-18", "UBND tỉnh", "Kế hoạch số 42/KH-UBND ngày 18/01/2023")],
[prov("Lạng Sơn"), com("Đồng Đăng"), com("Chi Lăng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ › Văn hóa - Xã hội › Văn hóa", "Đồng chí Đoàn Thu Nhàn phát biểu chỉ đạo.", "LSO",
 "Lồng tồng", "Đền Kỳ Cùng - Tả Phủ", "Nàng Hai", "đình Kỳ Lừa"],
["06/04/2023 14:05:00", "2,3 lần", "năm 2022", "1 lễ hội cấp tỉnh", "quý II", "ngày 30/6/2023", "năm 2023"]))

PAGES.append(page("b7989-ninhthuan-kate-traoqua-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN
Tin tức - Sự kiện / Dân tộc - Tôn giáo
Thứ Sáu, 04/10/2024
Lãnh đạo tỉnh thăm, tặng quà chức sắc, đồng bào Chăm nhân Lễ hội Katê
Ngày 03/10, đoàn công tác của tỉnh do đồng chí Phạm Văn Quyết, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dẫn đầu đã đến thăm, chúc mừng và tặng quà chức sắc, chức việc tôn giáo Bà-la-môn, Bàni và đồng bào Chăm nhân dịp Lễ hội Katê năm 2024. Cùng đi có bà Thuận Thị Hoa, Phó Trưởng Ban Dân tộc tỉnh; ông Đàng Văn Khánh, Trưởng phòng Tôn giáo Sở Nội vụ.
Đoàn công tác thăm Hội đồng Chức sắc Bà-la-môn.
Tại Hội đồng Chức sắc Bà-la-môn Chăm tỉnh (xã Phước Hà), đoàn đã thăm hỏi Cả sư Lưu Văn Nhiều, Chủ tịch Hội đồng Chức sắc Bà-la-môn Chăm; Cả sư Thiên Sanh Cảnh, Phó Chủ tịch Hội đồng. Cả sư Lưu Văn Nhiều cho biết năm nay Lễ hội Katê được tổ chức tại 3 đền tháp chính là tháp Pô Klong Garai (phường Đô Vinh), tháp Pô Rômê (xã Phước Hữu), đền Pô Inư Nưgar (xã Phước Quang) và 22 làng Chăm, dự kiến thu hút khoảng 40.000 lượt khách.
Đoàn tặng Hội đồng Chức sắc Bà-la-môn Chăm, Hội đồng Sư cả Hồi giáo Bàni mỗi hội đồng 10 triệu đồng; trao 150 suất quà cho các vị chức sắc, chức việc, mỗi suất 1 triệu đồng; trao 200 phần quà cho hộ nghèo người Chăm ở xã Phước Nam, mỗi phần trị giá 500.000 đồng. Tổng trị giá quà tặng gần 370 triệu đồng.
Tại làng Chăm Hữu Đức, ông Quảng Đại Tuyên, người có uy tín, Trưởng thôn Hữu Đức, xã Phước Minh, cho biết thôn có 720 hộ với 3.150 nhân khẩu, tỷ lệ hộ nghèo giảm còn 4,2%. Bà con đang chuẩn bị 12 đội múa, trống Ghi năng, kèn Saranai để biểu diễn tại tháp. Thanh niên trong thôn cũng thành lập 3 tổ tự quản giữ xe, giữ gìn vệ sinh quanh khu vực đền tháp trong những ngày lễ.
Đồng chí Phạm Văn Quyết gửi lời chúc mừng Lễ hội Katê đến đồng bào Chăm; đề nghị chức sắc tôn giáo tiếp tục vận động đồng bào thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 24-NQ/TW khóa IX về công tác dân tộc, Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ; tổ chức lễ hội trang trọng, tiết kiệm, đúng phong tục; không để kẻ xấu lợi dụng.
Theo Ban Dân tộc tỉnh, dịp này các cấp ủy, chính quyền, Mặt trận và các đoàn thể trong tỉnh đã thăm, tặng 1.020 suất quà với tổng kinh phí trên 650 triệu đồng. Năm 2024 là năm thứ 7 Lễ hội Katê được tổ chức trong Tuần Văn hóa - Du lịch Ninh Thuận.
Phú Thị Mỹ Dung
Các tin khác
- Ninh Phước: sẵn sàng cho Lễ hội Katê năm 2024 (30/09/2024)
- Gặp mặt người có uy tín tiêu biểu năm 2024 (20/09/2024)
- Tặng 500 suất quà cho hộ nghèo vùng đồng bào Chăm (15/09/2024)
""", "2024-10-04", "Lãnh đạo tỉnh thăm, tặng quà chức sắc, đồng bào Chăm nhân Lễ hội Katê",
E("trao_qua", None, "2024-10-03"),
[P("Phạm Văn Quyết", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Thuận Thị Hoa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đàng Văn Khánh", "Trưởng phòng Tôn giáo Sở Nội vụ"),
 P("Lưu Văn Nhiều", "Cả sư", "Chủ tịch Hội đồng Chức sắc Bà-la-môn Chăm"),
 P("Thiên Sanh Cảnh", "Cả sư", "Phó Chủ tịch Hội đồng"),
 P("Quảng Đại Tuyên", "người có uy tín", "Trưởng thôn Hữu Đức")],
[Q("3 đền tháp chính", 3, "đền tháp chính"), Q("22 làng Chăm", 22, "làng Chăm"), Q("khoảng 40.000 lượt khách", 40000, "lượt khách", "approx"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("150 suất quà", 150, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("200 phần quà", 200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("gần 370 triệu đồng", 370000000, "đồng", "approx"),
 Q("720 hộ", 720, "hộ"), Q("3.150 nhân khẩu", 3150, "nhân khẩu"), Q("4,2%", 4.2, "%"), Q("12 đội múa", 12, "đội múa"), Q("3 tổ tự quản", 3, "tổ tự quản"),
 Q("1.020 suất quà", 1020, "suất quà"), Q("trên 650 triệu đồng", 650000000, "đồng", "over")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, None, "Nghị quyết 24-NQ/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Đô Vinh"), com("Phước Hữu"), com("Phước Quang"), com("Phước Nam"), com("Phước Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN", "Tin tức - Sự kiện / Dân tộc - Tôn giáo", "Đoàn công tác thăm Hội đồng Chức sắc Bà-la-môn.",
 "Lễ hội Katê", "tháp Pô Klong Garai", "tháp Pô Rômê", "Pô Inư Nưgar", "Hội đồng Sư cả Hồi giáo Bàni", "Tuần Văn hóa - Du lịch Ninh Thuận"],
["Thứ Sáu, 04/10/2024", "khóa IX", "năm thứ 7"]))

PAGES.append(page("b7990-hoabinh-lehoi-soket-2024", """
BÁO HÒA BÌNH ĐIỆN TỬ
You are here: Home / Văn hóa - Xã hội / Văn hóa
12/07/2024 - 08:20
Quang cảnh hội nghị.
Hòa Bình: Bảo tồn lễ hội truyền thống gắn với phát triển du lịch
Ngày 11/7, Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình tổ chức hội nghị sơ kết công tác văn hóa, gia đình, thể thao và du lịch 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Quách Văn Hợi, Phó Chủ tịch UBND tỉnh dự; đồng chí Bùi Thị Nguyệt, Giám đốc Sở chủ trì hội nghị.
6 tháng đầu năm, toàn tỉnh tổ chức 38 lễ hội truyền thống, trong đó nổi bật là Lễ hội Khai hạ Mường Bi (huyện Tân Lạc), Lễ hội Khai hạ Mường Vang (huyện Lạc Sơn), lễ hội chùa Tiên (huyện Lạc Thủy) và Lễ hội Xên bản, Xên mường của người Thái ở Mai Châu. Các lễ hội thu hút khoảng 650.000 lượt khách; tổng thu du lịch 6 tháng ước đạt 2.150 tỷ đồng, bằng 52% kế hoạch năm.
Thực hiện Kế hoạch số 18, 19/KH-UBND của UBND tỉnh về tổ chức lễ hội năm 2024 và kiểm tra liên ngành, Sở đã phối hợp các huyện kiểm tra 14 lễ hội, nhắc nhở 26 cơ sở kinh doanh; tại lễ hội chùa Tiên, xã Phú Nghĩa đã giải tỏa 35 lều quán dựng trái phép. Số tiền công đức tại chùa Tiên khoảng 4,1 tỷ đồng, được quản lý theo Thông tư số 04/2023/TT-BTC.
Tại hội nghị, ông Bùi Văn Lừng, Chủ tịch UBND xã Phong Phú, cho biết Lễ hội Khai hạ Mường Bi năm nay có 5 mo Mường thực hiện nghi lễ, 2.000 người dân tham gia các trò chơi ném còn, đu quay, đánh cồng; xã đề nghị hỗ trợ khoảng 200 triệu đồng xây nhà trưng bày chiêng Mường. Bà Hà Thị Dung, Phó Chủ tịch UBND xã Vạn Mai, chia sẻ kinh nghiệm đưa nghi lễ Xên bản vào sản phẩm du lịch cộng đồng ở 4 bản người Thái.
Các ông, bà: Xa Văn Lành, Đinh Thị Xuân, Bùi Văn Nhanh - nghệ nhân ưu tú, được mời phát biểu về việc truyền dạy mo Mường, hát Xường cho lớp trẻ; hiện toàn tỉnh có 9 câu lạc bộ mo Mường với trên 120 thành viên. Mỗi năm, tỉnh hỗ trợ mỗi câu lạc bộ 15 triệu đồng để duy trì hoạt động, mua sắm trang phục, chiêng.
Hạn chế được chỉ ra là việc sân khấu hóa một số nghi lễ, tình trạng "thương mại hóa" ở vài lễ hội mới phục dựng. Kết luận, đồng chí Quách Văn Hợi đề nghị 6 tháng cuối năm hoàn thành hồ sơ đề nghị đưa Lễ hội Khai hạ của người Mường vào Danh mục di sản văn hóa phi vật thể quốc gia, thực hiện Nghị quyết số 15-NQ/TU ngày 05/3/2024 của Tỉnh ủy về phát triển du lịch gắn với bảo tồn văn hóa dân tộc Mường.
Mai Lan
Tin liên quan
- Tân Lạc: Khai mạc Lễ hội Khai hạ Mường Bi năm 2024 (14/02/2024)
- Lễ hội chùa Tiên thu hút du khách thập phương (28/02/2024)
- Mai Châu: phát triển du lịch gắn với lễ hội truyền thống (02/05/2024)
""", "2024-07-12", "Hòa Bình: Bảo tồn lễ hội truyền thống gắn với phát triển du lịch",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Quách Văn Hợi", "Phó Chủ tịch UBND tỉnh"),
 P("Bùi Thị Nguyệt", "Giám đốc Sở"),
 P("Bùi Văn Lừng", "Chủ tịch UBND xã Phong Phú"),
 P("Hà Thị Dung", "Phó Chủ tịch UBND xã Vạn Mai"),
 P("Xa Văn Lành", "nghệ nhân ưu tú"), P("Đinh Thị Xuân", "nghệ nhân ưu tú"), P("Bùi Văn Nhanh", "nghệ nhân ưu tú")],
[Q("38 lễ hội truyền thống", 38, "lễ hội truyền thống"), Q("khoảng 650.000 lượt khách", 650000, "lượt khách", "approx"),
 Q("2.150 tỷ đồng", 2150000000000, "đồng", "approx"), Q("52%", 52, "%"), Q("14 lễ hội", 14, "lễ hội"),
 Q("26 cơ sở kinh doanh", 26, "cơ sở kinh doanh"), Q("35 lều quán", 35, "lều quán"), Q("khoảng 4,1 tỷ đồng", 4100000000, "đồng", "approx"),
 Q("5 mo Mường", 5, "mo Mường"), Q("2.000 người dân", 2000, "người dân"), Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("4 bản người Thái", 4, "bản người Thái"), Q("9 câu lạc bộ mo Mường", 9, "câu lạc bộ mo Mường"), Q("trên 120 thành viên", 120, "thành viên", "over"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Kế hoạch", "18", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 18, 19/KH-UBND"),
 D("Kế hoạch", "19", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 18, 19/KH-UBND"),
 D("Thông tư", "04", "2023/TT-BTC", None, None, "Thông tư số 04/2023/TT-BTC"),
 D("Nghị quyết", "15", "NQ/TU", "2024-03-05", "Tỉnh ủy", "Nghị quyết số 15-NQ/TU ngày 05/3/2024")],
[prov("Hòa Bình"), com("Phú Nghĩa"), com("Phong Phú"), com("Vạn Mai")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "You are here: Home / Văn hóa - Xã hội / Văn hóa", "Quang cảnh hội nghị.", "Lễ hội Khai hạ Mường Bi",
 "Lễ hội Khai hạ Mường Vang", "Xên bản, Xên mường", "thương mại hóa"],
["12/07/2024 - 08:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2024"]))
