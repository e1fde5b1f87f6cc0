from lib import *
PAGES = []

PAGES.append(page("b587-haiduong-doan-taphuan-2019", """
TỈNH ĐOÀN HẢI DƯƠNG
Trang chủ :: Tin hoạt động :: Công tác Đoàn
10-05-2019 14:30
Hơn 280 cán bộ Đoàn cơ sở được bồi dưỡng nghiệp vụ
Hội trường Tỉnh đoàn Hải Dương.
Ngày 8 và 9/5, Ban Thường vụ Tỉnh đoàn Hải Dương tổ chức lớp tập huấn nghiệp vụ công tác Đoàn và phong trào thanh thiếu nhi năm 2019 cho hơn 280 Bí thư, Phó Bí thư Đoàn xã, phường, thị trấn và chi đoàn trực thuộc trên địa bàn tỉnh.
Dự khai mạc có đồng chí Nguyễn Thị Ngọc Bích, Ủy viên BCH Trung ương Đoàn, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh; các đồng chí Phó Bí thư Tỉnh đoàn: Vũ Đức Thắng, Phạm Thị Hồng Nhung; đồng chí Lê Văn Hiệu, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Nguyễn Thị Ngọc Bích phát biểu khai mạc lớp tập huấn. Ảnh: Tuấn Anh
Trong 2 ngày, các học viên được nghe báo cáo viên quán triệt Chỉ thị 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; Kế hoạch 112, 113-KH/TĐTN ngày 15/4/2019 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên và chiến dịch "Thanh niên tình nguyện hè" năm 2019; kỹ năng tổ chức sinh hoạt chi đoàn, ứng dụng mạng xã hội trong tuyên truyền.
Năm 2018, các cơ sở Đoàn trong tỉnh đã giới thiệu 1.246 đoàn viên ưu tú cho Đảng xem xét kết nạp; thực hiện 356 công trình, phần việc thanh niên với tổng giá trị hơn 9,6 tỷ đồng; hỗ trợ 73 dự án khởi nghiệp của thanh niên vay vốn với số tiền 14 tỷ đồng. Phong trào "Tuổi trẻ Hải Dương chung tay xây dựng nông thôn mới" đã huy động 42.000 lượt đoàn viên tham gia.
Anh Đỗ Văn Huy, UVBCH Tỉnh đoàn, Bí thư Đoàn xã Hiệp Cát chia sẻ kinh nghiệm tổ chức sinh hoạt chi đoàn thôn. Ảnh: Tuấn Anh
Anh Đỗ Văn Huy, UVBCH Tỉnh đoàn, Bí thư Đoàn xã Hiệp Cát, và chị Nguyễn Thu Trang, Bí thư Đoàn phường Sao Đỏ, chia sẻ kinh nghiệm xây dựng mô hình "Chi đoàn thôn kiểu mẫu". Tại lớp tập huấn, anh Phạm Quốc Khánh, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn, đã hướng dẫn quy trình giới thiệu đoàn viên ưu tú theo Quy định 29-QĐ/TW. Kết thúc lớp học, 100% học viên đạt yêu cầu bài thu hoạch; Tỉnh đoàn tặng Giấy khen cho 12 học viên có bài thu hoạch xuất sắc.
Thu Hà
Lượt xem: 904
Tin liên quan
- Tuổi trẻ Hải Dương ra quân Tháng Thanh niên năm 2019 (01/3/2019)
- Tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2018 (28/12/2018)
- Đoàn xã Hiệp Cát: Điểm sáng của phong trào thanh niên nông thôn (15/12/2018)
- Tập huấn kỹ năng tuyên truyền trên mạng xã hội (30/11/2018)
""" + footer("Tỉnh đoàn Hải Dương", "Số 6 đường Thanh Niên, thành phố Hải Dương", "0220.3852.560", "tinhdoan@haiduong.gov.vn", "Tuổi trẻ Hải Dương"),
 "2019-05-10", "Hơn 280 cán bộ Đoàn cơ sở được bồi dưỡng nghiệp vụ", E("tap_huan", "2019", "2019-05-08"),
 [P("Nguyễn Thị Ngọc Bích", "Ủy viên BCH Trung ương Đoàn", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
  P("Vũ Đức Thắng", "Phó Bí thư Tỉnh đoàn"), P("Phạm Thị Hồng Nhung", "Phó Bí thư Tỉnh đoàn"),
  P("Lê Văn Hiệu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Đỗ Văn Huy", "UVBCH Tỉnh đoàn", "Bí thư Đoàn xã Hiệp Cát"), P("Nguyễn Thu Trang", "Bí thư Đoàn phường Sao Đỏ"),
  P("Phạm Quốc Khánh", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn")],
 [Q("hơn 280 Bí thư, Phó Bí thư", 280, "Bí thư, Phó Bí thư", "over"), Q("1.246 đoàn viên ưu tú", 1246, "đoàn viên ưu tú"),
  Q("356 công trình, phần việc thanh niên", 356, "công trình, phần việc thanh niên"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
  Q("73 dự án khởi nghiệp", 73, "dự án khởi nghiệp"), Q("14 tỷ đồng", 14000000000, "đồng"), Q("42.000 lượt đoàn viên", 42000, "lượt đoàn viên"),
  Q("100% học viên", 100, "%"), Q("12 học viên", 12, "học viên")],
 [D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 42-CT/TW"),
  D("Kế hoạch", "112", "KH/TĐTN", "2019-04-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112, 113-KH/TĐTN"),
  D("Kế hoạch", "113", "KH/TĐTN", "2019-04-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112, 113-KH/TĐTN"),
  D("Quy định", "29", "QĐ/TW", None, None, "Quy định 29-QĐ/TW")],
 [prov("Hải Dương"), com("Hiệp Cát"), com("Sao Đỏ")],
 ["TỈNH ĐOÀN HẢI DƯƠNG", "Trang chủ :: Tin hoạt động :: Công tác Đoàn", "Hội trường Tỉnh đoàn Hải Dương.",
  "Đồng chí Nguyễn Thị Ngọc Bích phát biểu khai mạc lớp tập huấn. Ảnh: Tuấn Anh",
  "Anh Đỗ Văn Huy, UVBCH Tỉnh đoàn, Bí thư Đoàn xã Hiệp Cát chia sẻ kinh nghiệm tổ chức sinh hoạt chi đoàn thôn. Ảnh: Tuấn Anh",
  "Thanh niên tình nguyện hè", "Tuổi trẻ Hải Dương chung tay xây dựng nông thôn mới", "Chi đoàn thôn kiểu mẫu", "Tháng Thanh niên", "Lượt xem: 904"],
 ["10-05-2019 14:30", "Trong 2 ngày", "Năm 2018", "Lượt xem: 904"]))

PAGES.append(page("b588-bacgiang-ccb-tongket-2020", """
HỘI CỰU CHIẾN BINH TỈNH BẮC GIANG
Trang chủ > Tin tức - Sự kiện > Hoạt động của Hội
Cập nhật lúc 16:45 ngày 18/12/2020
Cựu chiến binh Bắc Giang: 98% cơ sở Hội đạt vững mạnh
Ngày 17/12, Hội Cựu chiến binh tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Năm 2020 có 98% cơ sở Hội được xếp loại trong sạch, vững mạnh.
Toàn cảnh hội nghị.
Dự hội nghị có đồng chí Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy; Trung tướng Nguyễn Văn Được, Phó Chủ tịch Trung ương Hội CCB Việt Nam; đồng chí Ngô Văn Tranh, TUV, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Theo báo cáo, toàn tỉnh hiện có 38.650 hội viên sinh hoạt tại 241 cơ sở Hội. Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị và Kế hoạch 74-KH/CCB ngày 06/02/2020 của Ban Thường vụ Hội CCB tỉnh, các cấp Hội đã xây dựng 146 mô hình "Cựu chiến binh gương mẫu"; phong trào "CCB giúp nhau giảm nghèo" giúp 412 hộ hội viên thoát nghèo. Các cấp Hội đã vận động hội viên đóng góp hơn 5,7 tỷ đồng.
Trung tướng Nguyễn Văn Được phát biểu tại hội nghị. Ảnh: Ngọc Thắng
Phát biểu tại hội nghị, đồng chí Lê Thị Thu Hồng ghi nhận các cấp Hội đã phát huy phẩm chất "Bộ đội Cụ Hồ", góp phần cùng toàn tỉnh phòng, chống dịch Covid-19. Năm 2020, Hội đã phối hợp với Ngân hàng Chính sách xã hội tỉnh quản lý 6.480 hộ vay vốn với tổng dư nợ 318,6 tỷ đồng theo Chương trình phối hợp 02/CTrPH-CCB-NHCSXH.
Ông Thân Văn Lâm, Chủ tịch Hội CCB tỉnh, tiếp thu ý kiến chỉ đạo và cho biết năm 2021, Hội tiếp tục tổ chức tốt đại hội cấp cơ sở. Tại hội nghị, các ông Nguyễn Hữu Thọ, Giáp Văn Quyết, Hoàng Ngọc Bảo - Phó Chủ tịch Hội CCB tỉnh trao Bằng khen của Trung ương Hội cho 9 tập thể và 18 cá nhân; ông Chu Văn Khoát, Chủ tịch Hội CCB xã Tân Sơn, huyện Lục Ngạn được tuyên dương vì đã giúp nhiều hội viên phát triển vải thiều.
Phương Thảo
Lượt xem: 1.530
Các tin khác
- Hội CCB huyện Lục Ngạn tổng kết công tác năm 2020 (10/12/2020)
- Gặp mặt kỷ niệm 31 năm Ngày thành lập Hội CCB Việt Nam (06/12/2020)
- Tân Sơn: Cựu chiến binh làm giàu từ cây vải (20/11/2020)
- Trao nhà nghĩa tình đồng đội tại huyện Sơn Động (05/11/2020)
""" + footer("Hội Cựu chiến binh tỉnh Bắc Giang", "Số 2 đường Hùng Vương, thành phố Bắc Giang", "0204.3854.278", "hoiccb@bacgiang.gov.vn", "CCB Bắc Giang"),
 "2020-12-18", "Cựu chiến binh Bắc Giang: 98% cơ sở Hội đạt vững mạnh", E("tong_ket", "2020", "2020-12-17"),
 [P("Lê Thị Thu Hồng", "Phó Bí thư Thường trực Tỉnh ủy"),
  P("Nguyễn Văn Được", "Trung tướng", "Phó Chủ tịch Trung ương Hội CCB Việt Nam"),
  P("Ngô Văn Tranh", "TUV", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
  P("Thân Văn Lâm", "Chủ tịch Hội CCB tỉnh"),
  P("Nguyễn Hữu Thọ", "Phó Chủ tịch Hội CCB tỉnh"), P("Giáp Văn Quyết", "Phó Chủ tịch Hội CCB tỉnh"), P("Hoàng Ngọc Bảo", "Phó Chủ tịch Hội CCB tỉnh"),
  P("Chu Văn Khoát", "Chủ tịch Hội CCB xã Tân Sơn")],
 [Q("98% cơ sở Hội", 98, "%"), Q("38.650 hội viên", 38650, "hội viên"), Q("241 cơ sở Hội", 241, "cơ sở Hội"), Q("146 mô hình", 146, "mô hình"),
  Q("412 hộ hội viên", 412, "hộ hội viên"), Q("hơn 5,7 tỷ đồng", 5700000000, "đồng", "over"),
  Q("6.480 hộ vay vốn", 6480, "hộ vay vốn"), Q("318,6 tỷ đồng", 318600000000, "đồng"),
  Q("9 tập thể", 9, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
 [D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
  D("Kế hoạch", "74", "KH/CCB", "2020-02-06", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch 74-KH/CCB"),
  D("Chương trình phối hợp", "02", "CTrPH-CCB-NHCSXH", None, None, "Chương trình phối hợp 02/CTrPH-CCB-NHCSXH")],
 [prov("Bắc Giang"), com("Tân Sơn")],
 ["HỘI CỰU CHIẾN BINH TỈNH BẮC GIANG", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Hội", "Toàn cảnh hội nghị.",
  "Trung tướng Nguyễn Văn Được phát biểu tại hội nghị. Ảnh: Ngọc Thắng", "Cựu chiến binh gương mẫu", "CCB giúp nhau giảm nghèo",
  "Bộ đội Cụ Hồ", "Ngân hàng Chính sách xã hội tỉnh", "Lượt xem: 1.530"],
 ["Cập nhật lúc 16:45 ngày 18/12/2020", "năm 2021", "Covid-19", "Lượt xem: 1.530"]))

PAGES.append(page("b589-travinh-susai-hoinghi-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ / Dân tộc - Tôn giáo / Tin hoạt động
Thứ Sáu, 09/04/2021 - 07:45
Mặt trận tỉnh gặp mặt chức sắc, sư sãi, người có uy tín
Chiều 7/4, Ủy ban MTTQ Việt Nam tỉnh Trà Vinh tổ chức hội nghị gặp mặt chức sắc, sư sãi, người có uy tín trong đồng bào Khmer nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2021. Hơn 160 đại biểu là đại diện Ban Quản trị 143 chùa Phật giáo Nam tông Khmer, người có uy tín và Achar đã tham dự.
Quang cảnh hội nghị gặp mặt.
Tham dự hội nghị có đồng chí Kim Ngọc Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Thạch Sok Xane, Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh; Hòa thượng Dương Nhơn, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; đồng chí Thạch Thị Ngọc Hân, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đồng chí Thạch Thị Ngọc Hân cho biết, năm 2020, thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc và Kế hoạch 46-KH/MTTQ-BTT ngày 14/3/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, các vị sư sãi, Achar đã vận động đồng bào đóng góp hơn 3,6 tỷ đồng xây dựng 52 cây cầu nông thôn, 18,5 km đường giao thông; các chùa nuôi dạy chữ Khmer cho 12.800 học sinh trong dịp hè.
Hòa thượng Thạch Sok Xane phát biểu tại hội nghị. Ảnh: Sơn Ca
Đại đức Sơn Ngọc Huỳnh, trụ trì chùa Ô Chum, xã Lương Hòa và ông Kiên Sa Phonl, Achar chùa Kompong, xã Đa Lộc phát biểu, đề nghị các cấp quan tâm hỗ trợ bảo tồn nghệ thuật Rô băm, Dù kê. Dịp này, Ủy ban MTTQ tỉnh trao 143 phần quà, mỗi phần 1 triệu đồng cho các chùa và trao 200 suất quà cho hộ Khmer nghèo. Các vị sư sãi hưởng ứng cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và phong trào "Toàn dân đoàn kết xây dựng nông thôn mới".
Thạch Chanh
Lượt xem: 2.077
Xem thêm
- Trà Vinh: Chùa Khmer đồng hành cùng xây dựng nông thôn mới (29/3/2021)
- Họp mặt Achar tiêu biểu năm 2020 (15/12/2020)
- Lương Hòa phát huy vai trò người có uy tín (01/12/2020)
- Trao học bổng cho học sinh Khmer nghèo vượt khó (20/11/2020)
- Hội nghị tổng kết Ngày hội Đại đoàn kết toàn dân tộc năm 2020 (18/11/2020)
""" + footer("Ủy ban MTTQ Việt Nam tỉnh Trà Vinh", "Số 20 đường Lê Lợi, phường 1, thành phố Trà Vinh", "0294.3862.249", "mttq@travinh.gov.vn", "Mặt trận Trà Vinh"),
 "2021-04-09", "Mặt trận tỉnh gặp mặt chức sắc, sư sãi, người có uy tín", E("hoi_nghi", "2021", "2021-04-07"),
 [P("Kim Ngọc Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
  P("Dương Nhơn", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
  P("Thạch Thị Ngọc Hân", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Sơn Ngọc Huỳnh", "Đại đức", "trụ trì chùa Ô Chum, xã Lương Hòa"),
  P("Kiên Sa Phonl", "Achar chùa Kompong, xã Đa Lộc")],
 [Q("Hơn 160 đại biểu", 160, "đại biểu", "over"), Q("143 chùa", 143, "chùa"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
  Q("52 cây cầu nông thôn", 52, "cây cầu nông thôn"), Q("18,5 km", 18.5, "km"), Q("12.800 học sinh", 12800, "học sinh"),
  Q("143 phần quà", 143, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("200 suất quà", 200, "suất quà")],
 [D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
  D("Kế hoạch", "46", "KH/MTTQ-BTT", "2020-03-14", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 46-KH/MTTQ-BTT")],
 [prov("Trà Vinh"), com("Lương Hòa"), com("Đa Lộc")],
 ["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ / Dân tộc - Tôn giáo / Tin hoạt động", "Quang cảnh hội nghị gặp mặt.",
  "Hòa thượng Thạch Sok Xane phát biểu tại hội nghị. Ảnh: Sơn Ca", "Chôl Chnăm Thmây", "chùa Ô Chum", "chùa Kompong",
  "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Toàn dân đoàn kết xây dựng nông thôn mới", "Rô băm", "Dù kê", "Lượt xem: 2.077"],
 ["Thứ Sáu, 09/04/2021 - 07:45", "năm 2020", "Lượt xem: 2.077"]))

PAGES.append(page("b590-kontum-bdv-giaoban-2022", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ - Tin tức - Hoạt động dân vận
4 tháng 10, 2022 | 08:20
Giao ban Khối dân vận tháng 9
Chiều 3/10, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban Khối dân vận tỉnh tháng 9/2022 nhằm đánh giá kết quả công tác dân vận tháng 9 và triển khai nhiệm vụ tháng 10/2022. Chủ trì giao ban có đồng chí Y Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Y Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Dự giao ban có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: A Pớt, Nguyễn Thị Kim Yến; bà Y Thị Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông A Bình, Chủ tịch Hội Nông dân tỉnh; Thượng tá Hồ Văn Dũng, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh; đại diện Ban Dân tộc tỉnh, Công an tỉnh.
Trong tháng 9, các cơ quan trong Khối đã triển khai Hướng dẫn 17-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" năm 2022; tổ chức 38 hội nghị tuyên truyền cho 2.650 lượt người về Kết luận 43-KL/TW của Ban Bí thư; vận động 64 hộ dân ở các xã Đăk Nên, Đăk Ring đăng ký thoát nghèo. Già làng A Thuôn, người có uy tín làng Kon Pring, xã Đăk Ring đã vận động 14 hộ từ bỏ hủ tục chôn chung, chia của. Sau đợt mưa lũ, các lực lượng đã giúp dân 1.120 ngày công khắc phục hậu quả, dựng lại 9 căn nhà bị sập.
Các đại biểu dự giao ban. Ảnh: Mai Trang
Kết luận giao ban, đồng chí Y Ngọc đề nghị tháng 10/2022 các cơ quan tập trung thực hiện đợt cao điểm vận động đồng bào tham gia thu hoạch cà phê, phòng, chống tội phạm lợi dụng tín ngưỡng, tôn giáo; chuẩn bị tổng kết 5 năm thực hiện Quyết định 23-QĐ/TW của Ban Bí thư. Ông Đinh Văn Thiết, Phó Trưởng Ban Dân tộc tỉnh đề nghị hỗ trợ 850 triệu đồng để xây 3 nhà rông văn hóa.
Thanh Huyền
Lượt xem: 488
Tin khác
- Kon Tum: Tôn vinh điển hình Dân vận khéo năm 2022 (20/9/2022)
- Giao ban Khối dân vận tháng 8/2022 (06/9/2022)
- Đăk Ring: Già làng gương mẫu giữ bình yên buôn làng (15/8/2022)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2022 (20/7/2022)
- Tập huấn nghiệp vụ cho cán bộ làm công tác dân vận cơ sở (05/7/2022)
- Kon Tum: Người có uy tín vận động bà con trồng sâm Ngọc Linh (20/6/2022)
""" + footer("Ban Dân vận Tỉnh ủy Kon Tum", "Số 304 đường Phan Đình Phùng, thành phố Kon Tum", "0260.3862.417", "bdv@kontum.dcs.vn", "Dân vận Kon Tum"),
 "2022-10-04", "Giao ban Khối dân vận tháng 9", E("giao_ban", "2022-09", "2022-10-03"),
 [P("Y Ngọc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("A Pớt", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Thị Kim Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
  P("Y Thị Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"), P("A Bình", "Chủ tịch Hội Nông dân tỉnh"),
  P("Hồ Văn Dũng", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
  P("A Thuôn", "Già làng", "người có uy tín làng Kon Pring, xã Đăk Ring"),
  P("Đinh Văn Thiết", "Phó Trưởng Ban Dân tộc tỉnh")],
 [Q("38 hội nghị", 38, "hội nghị"), Q("2.650 lượt người", 2650, "lượt người"), Q("64 hộ dân", 64, "hộ dân"), Q("14 hộ", 14, "hộ"),
  Q("1.120 ngày công", 1120, "ngày công"), Q("9 căn nhà", 9, "căn nhà"), Q("850 triệu đồng", 850000000, "đồng"), Q("3 nhà rông văn hóa", 3, "nhà rông văn hóa")],
 [D("Hướng dẫn", "17", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 17-HD/BDVTU"),
  D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
  D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định 23-QĐ/TW")],
 [prov("Kon Tum"), com("Đăk Nên"), com("Đăk Ring")],
 ["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ - Tin tức - Hoạt động dân vận", "Đồng chí Y Ngọc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.",
  "Các đại biểu dự giao ban. Ảnh: Mai Trang", "Dân vận khéo", "làng Kon Pring", "Lượt xem: 488"],
 ["4 tháng 10, 2022 | 08:20", "tháng 10/2022", "5 năm", "Lượt xem: 488"]))

PAGES.append(page("b591-binhphuoc-mttq-doithoai-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC
Trang chủ » Tin tức » Giám sát và phản biện xã hội
22/06/2023 - 17:10
Người dân đồng bào S'tiêng nêu 19 kiến nghị với chính quyền
Sáng 21/6, tại xã Bình Minh, huyện Bù Đăng, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước phối hợp với UBND tỉnh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023. 19 kiến nghị của bà con đã được trả lời trực tiếp.
Quang cảnh buổi đối thoại. Ảnh: Bích Ngọc
Chủ trì đối thoại có các đồng chí: Huỳnh Anh Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; Điểu Xiển, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Cùng dự có ông Điểu Lên, HUV, Bí thư Đảng ủy xã Bình Minh, và Thượng tá Thị Mớt, Phó Trưởng Công an huyện Bù Đăng.
Hội nghị được tổ chức theo Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW của Bộ Chính trị và Kế hoạch liên tịch 28/KHLT-MTTQ-UBND ngày 12/4/2023 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh. Bà con nêu các ý kiến về việc cấp giấy chứng nhận quyền sử dụng đất cho 236 hộ, hỗ trợ nước sinh hoạt, giá hạt điều xuống thấp. Ông Huỳnh Anh Minh cho biết năm 2023 tỉnh bố trí 42,5 tỷ đồng thực hiện chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, trong đó xã Bình Minh được đầu tư 2 công trình nước sạch.
Ông Điểu Bâng, người có uy tín sóc Bom Bo, nêu ý kiến tại buổi đối thoại. Ảnh: Bích Ngọc
Ông Điểu Bâng, người có uy tín sóc Bom Bo, và bà Thị Hoa, Chi hội trưởng phụ nữ sóc Bù Lạch, đề nghị tỉnh hỗ trợ giống điều ghép cho hộ nghèo. Trả lời, lãnh đạo UBND tỉnh cho biết sẽ hỗ trợ 15.000 cây điều giống cao sản, mỗi cây khoảng 25.000 đồng. Kết thúc đối thoại, Ủy ban MTTQ tỉnh trao 50 căn nhà đại đoàn kết, mỗi căn 60 triệu đồng, từ Quỹ "Vì người nghèo".
Thanh Vân
Lượt xem: 735
Bài viết liên quan
- Bù Đăng: Giám sát chính sách hỗ trợ đồng bào dân tộc thiểu số (10/6/2023)
- Đối thoại với nông dân trồng điều (25/5/2023)
- Sóc Bom Bo đổi thay nhờ nông thôn mới (12/5/2023)
- Ngày hội Đại đoàn kết ở sóc Bù Lạch (02/5/2023)
- Trao nhà đại đoàn kết cho hộ nghèo đồng bào S'tiêng (18/4/2023)
""" + footer("Ủy ban MTTQ Việt Nam tỉnh Bình Phước", "Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài", "0271.3879.123", "mttq@binhphuoc.gov.vn", "Mặt trận Bình Phước"),
 "2023-06-22", "Người dân đồng bào S'tiêng nêu 19 kiến nghị với chính quyền", E("doi_thoai", "2023", "2023-06-21"),
 [P("Huỳnh Anh Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
  P("Điểu Xiển", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Điểu Lên", "HUV", "Bí thư Đảng ủy xã Bình Minh"), P("Thị Mớt", "Thượng tá", "Phó Trưởng Công an huyện Bù Đăng"),
  P("Điểu Bâng", "người có uy tín sóc Bom Bo"), P("Thị Hoa", "Chi hội trưởng phụ nữ sóc Bù Lạch")],
 [Q("19 kiến nghị", 19, "kiến nghị"), Q("236 hộ", 236, "hộ"), Q("42,5 tỷ đồng", 42500000000, "đồng"), Q("2 công trình nước sạch", 2, "công trình nước sạch"),
  Q("15.000 cây điều giống", 15000, "cây điều giống"), Q("25.000 đồng", 25000, "đồng", "approx"), Q("50 căn nhà đại đoàn kết", 50, "căn nhà đại đoàn kết"),
  Q("60 triệu đồng", 60000000, "đồng")],
 [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
  D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 218-QĐ/TW"),
  D("Kế hoạch liên tịch", "28", "KHLT-MTTQ-UBND", "2023-04-12", None, "Kế hoạch liên tịch 28/KHLT-MTTQ-UBND")],
 [prov("Bình Phước"), com("Bình Minh")],
 ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH PHƯỚC", "Trang chủ » Tin tức » Giám sát và phản biện xã hội", "Quang cảnh buổi đối thoại. Ảnh: Bích Ngọc",
  "Ông Điểu Bâng, người có uy tín sóc Bom Bo, nêu ý kiến tại buổi đối thoại. Ảnh: Bích Ngọc", "Vì người nghèo", "sóc Bom Bo", "Lượt xem: 735"],
 ["22/06/2023 - 17:10", "Lượt xem: 735"]))

PAGES.append(page("b592-baclieu-hnd-tongket-2024", """
HỘI NÔNG DÂN TỈNH BẠC LIÊU
Trang chủ > Tin tức > Phong trào nông dân
Thứ Năm, 12/12/2024
Nông dân Bạc Liêu đóng góp hơn 26 tỷ đồng xây dựng nông thôn mới
Sáng 11/12, Hội Nông dân tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024. Trong năm, hội viên nông dân toàn tỉnh đã đóng góp hơn 26 tỷ đồng xây dựng nông thôn mới.
Lãnh đạo tỉnh trao Bằng khen cho các tập thể, cá nhân. Ảnh: Kim Hên
Dự hội nghị có đồng chí Lâm Thị Sang, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lê Thị Ái Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Văn Út, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam.
Theo báo cáo, năm 2024, Hội Nông dân tỉnh đã thực hiện Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ; phong trào thi đua sản xuất, kinh doanh giỏi có 48.260 hộ đăng ký, trong đó 31.900 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 52,3 tỷ đồng, giúp 2.140 hộ vay vốn. Hội đã phối hợp tổ chức 96 lớp chuyển giao khoa học kỹ thuật cho 4.350 lượt nông dân về mô hình tôm - lúa, nuôi tôm siêu thâm canh.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Danh Thị Sà Ly, Nguyễn Văn Bé Tư nhận nhiệm vụ năm 2025. Ông Thạch Sóc Phi, nông dân ấp Cái Giá, xã Hưng Thành được tuyên dương với mô hình tôm - lúa lãi 450 triệu đồng mỗi năm.
Phát biểu kết luận, ông Tô Hoàng Khải, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đề nghị các cấp Hội tiếp tục triển khai Đề án 1804 "Nâng cao hiệu quả hoạt động của Hội Nông dân" theo kế hoạch của Trung ương Hội. Dịp này, 14 tập thể và 26 cá nhân được nhận Bằng khen của UBND tỉnh.
Hữu Thọ
Lượt xem: 1.263
Tin liên quan
- Hưng Thành: Nông dân làm giàu từ mô hình tôm - lúa (01/12/2024)
- Hội Nông dân Bạc Liêu giao ban quý III năm 2024 (08/10/2024)
- Hội nghị nông dân đối thoại với Chủ tịch UBND tỉnh (20/9/2024)
- Tập huấn kỹ thuật nuôi tôm siêu thâm canh cho hội viên (10/9/2024)
- Nông dân Bạc Liêu thi đua sản xuất, kinh doanh giỏi (25/8/2024)
- Quỹ Hỗ trợ nông dân giúp hội viên thoát nghèo (12/8/2024)
""" + footer("Hội Nông dân tỉnh Bạc Liêu", "Số 7 đường Hà Huy Tập, phường 3, thành phố Bạc Liêu", "0291.3822.364", "hoind@baclieu.gov.vn", "Nông dân Bạc Liêu"),
 "2024-12-12", "Nông dân Bạc Liêu đóng góp hơn 26 tỷ đồng xây dựng nông thôn mới", E("tong_ket", "2024", "2024-12-11"),
 [P("Lâm Thị Sang", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Lê Thị Ái Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Trần Văn Út", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
  P("Danh Thị Sà Ly", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Văn Bé Tư", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Thạch Sóc Phi", "nông dân ấp Cái Giá, xã Hưng Thành"),
  P("Tô Hoàng Khải", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh")],
 [Q("hơn 26 tỷ đồng", 26000000000, "đồng", "over"), Q("48.260 hộ", 48260, "hộ"), Q("31.900 hộ", 31900, "hộ"),
  Q("52,3 tỷ đồng", 52300000000, "đồng"), Q("2.140 hộ vay vốn", 2140, "hộ vay vốn"), Q("96 lớp", 96, "lớp"), Q("4.350 lượt nông dân", 4350, "lượt nông dân"),
  Q("450 triệu đồng", 450000000, "đồng"), Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
 [D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
  D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg"),
  D("Đề án", "1804", None, None, None, "Đề án 1804")],
 [prov("Bạc Liêu"), com("Hưng Thành")],
 ["HỘI NÔNG DÂN TỈNH BẠC LIÊU", "Trang chủ > Tin tức > Phong trào nông dân", "Lãnh đạo tỉnh trao Bằng khen cho các tập thể, cá nhân. Ảnh: Kim Hên",
  "Nâng cao hiệu quả hoạt động của Hội Nông dân", "ấp Cái Giá", "Quỹ Hỗ trợ nông dân", "Lượt xem: 1.263"],
 ["Thứ Năm, 12/12/2024", "năm 2025", "Lượt xem: 1.263"]))
