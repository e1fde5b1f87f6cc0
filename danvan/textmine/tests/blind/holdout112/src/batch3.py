from lib import *
PAGES = []

PAGES.append(page("b2657-camau-mttq-hoinghi-iuu-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Trang chủ » Tin hoạt động » Mặt trận với biển đảo
Cập nhật: 09:42, 19/10/2022 (GMT+7)
Ảnh: Quang cảnh hội nghị tại xã Khánh Hội.
Ngư dân Cà Mau cam kết "nói không" với khai thác IUU
Ngày 18/10/2022, tại xã Khánh Hội, huyện U Minh, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định năm 2022. Dự hội nghị có bà Lâm Thị Sa Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thượng tá Danh Út, Phó Chính ủy Bộ đội Biên phòng tỉnh cùng 312 ngư dân, chủ tàu, thuyền trưởng của các xã Khánh Hội, Khánh Tiến và Đất Mũi.
Tại hội nghị, Trung tá Huỳnh Văn Nhỏ, Đồn trưởng Đồn Biên phòng Khánh Hội, thông tin: toàn tỉnh hiện có 4.389 tàu cá, trong đó 1.615 tàu có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Từ đầu năm đến nay, lực lượng chức năng phát hiện 27 tàu mất kết nối thiết bị giám sát trên biển quá 6 giờ, xử phạt 19 trường hợp với tổng số tiền 412 triệu đồng; không có tàu cá của tỉnh bị nước ngoài bắt giữ.
Ông Nguyễn Văn Bảy, chủ tàu CM 94567 TS, chia sẻ: trước đây có lúc vì con cá mà anh em đi lấn sang vùng biển nước ngoài, bị bắt giữ, mất tàu, mất cả trăm triệu. Từ khi tham gia tổ đoàn kết, được bộ đội Biên phòng tuyên truyền, cả tổ 11 tàu đều giữ đúng vùng khai thác. Bà Trần Thị Bé Tư, Chủ tịch Hội LHPN xã Đất Mũi, cho biết hội đã vận động 146 hội viên là vợ, mẹ của thuyền viên ký cam kết nhắc nhở chồng con.
Thực hiện Kế hoạch số 95/KH-UBND ngày 12/5/2022 của UBND tỉnh và Hướng dẫn số 07/HD-MTTQ-BTT ngày 20/5/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp đã tổ chức 54 buổi tuyên truyền với trên 3.800 lượt người dự; phát 5.000 tờ rơi, 300 băng rôn. Các xã ven biển đã thành lập 62 tổ đoàn kết trên biển với 498 tàu cá.
Phát biểu tại hội nghị, bà Lâm Thị Sa Phia đề nghị ngư dân thực hiện nghiêm "3 không": không đi khai thác khi chưa đủ giấy tờ, không tắt thiết bị giám sát hành trình, không vi phạm vùng biển nước ngoài. Thượng tá Danh Út yêu cầu các đồn Biên phòng tăng cường kiểm soát tàu ra, vào cửa biển, phối hợp với Mặt trận xã vận động các chủ tàu chưa lắp thiết bị.
Kết thúc hội nghị, các đại biểu ký cam kết không vi phạm khai thác IUU. Ủy ban MTTQ Việt Nam tỉnh trao 50 phần quà cho ngư dân nghèo, mỗi phần trị giá 700.000 đồng; Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng 100 áo phao và 30 bộ máy thông tin liên lạc cho các tổ đoàn kết.
Ngọc Lài
Lượt xem: 731
Tin liên quan
- Trần Văn Thời: 150 ngư dân ký cam kết chống khai thác IUU (10/10/2022)
- Hội thi tìm hiểu pháp luật về biển, đảo (26/09/2022)
- Trao 2 căn nhà Đại đoàn kết cho ngư dân Đất Mũi (15/09/2022)
""", "2022-10-19", "Ngư dân Cà Mau cam kết \"nói không\" với khai thác IUU",
E("hoi_nghi", "2022", "2022-10-18"),
[P("Lâm Thị Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Huỳnh Văn Nhỏ", "Trung tá", "Đồn trưởng Đồn Biên phòng Khánh Hội"),
 P("Nguyễn Văn Bảy", "chủ tàu CM 94567 TS"),
 P("Trần Thị Bé Tư", "Chủ tịch Hội LHPN xã Đất Mũi")],
[Q("312 ngư dân, chủ tàu, thuyền trưởng", 312, "ngư dân, chủ tàu, thuyền trưởng"),
 Q("4.389 tàu cá", 4389, "tàu cá"), Q("1.615 tàu", 1615, "tàu"), Q("15 m", 15, "m"), Q("27 tàu", 27, "tàu"),
 Q("19 trường hợp", 19, "trường hợp"), Q("412 triệu đồng", 412000000, "đồng"),
 Q("11 tàu", 11, "tàu"), Q("146 hội viên", 146, "hội viên"), Q("54 buổi tuyên truyền", 54, "buổi tuyên truyền"),
 Q("trên 3.800 lượt người", 3800, "lượt người", "over"), Q("5.000 tờ rơi", 5000, "tờ rơi"), Q("300 băng rôn", 300, "băng rôn"),
 Q("62 tổ đoàn kết", 62, "tổ đoàn kết"), Q("498 tàu cá", 498, "tàu cá"),
 Q("50 phần quà", 50, "phần quà"), Q("700.000 đồng", 700000, "đồng"), Q("100 áo phao", 100, "áo phao"),
 Q("30 bộ máy thông tin liên lạc", 30, "bộ máy thông tin liên lạc")],
[D("Kế hoạch", "95", "KH-UBND", "2022-05-12", "UBND tỉnh", "Kế hoạch số 95/KH-UBND ngày 12/5/2022"),
 D("Hướng dẫn", "07", "HD-MTTQ-BTT", "2022-05-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT ngày 20/5/2022")],
[prov("Cà Mau"), com("Khánh Hội"), com("Khánh Tiến"), com("Đất Mũi")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Trang chủ » Tin hoạt động » Mặt trận với biển đảo",
 "Ảnh: Quang cảnh hội nghị tại xã Khánh Hội.", "nói không", "3 không", "Lượt xem: 731"],
["Cập nhật: 09:42, 19/10/2022 (GMT+7)", "năm 2022", "3 không", "cả trăm triệu", "CM 94567 TS", "6 giờ", "Lượt xem: 731"]))

PAGES.append(page("b2658-nghean-bdbp-xuanbienphong-2023", """
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự - Quốc phòng / An ninh biên giới
Thứ Hai, 16/01/2023 - 07:45
"Xuân Biên phòng ấm lòng dân bản" ở miền Tây xứ Nghệ
(Baonghean) - Ngày 14/1/2023, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Hội LHPN tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" Xuân Quý Mão 2023 tại xã Nhôn Mai, huyện Tương Dương. Đại tá Trần Hải Bình, Chính ủy Bộ đội Biên phòng tỉnh; bà Lô Thị Kim Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy dự và trao quà.
Đại tá Trần Hải Bình tặng quà cho người có uy tín bản Huồi Cọ.
Chương trình đã trao 500 suất quà Tết cho các hộ nghèo, gia đình chính sách của 3 xã biên giới Nhôn Mai, Mai Sơn, Tam Hợp, mỗi suất trị giá 600.000 đồng; tặng 20 con lợn giống cho 20 hộ nghèo ở các bản người Mông, Khơ Mú; trao 60 suất học bổng cho học sinh, mỗi suất 1 triệu đồng. Các đơn vị, nhà hảo tâm còn trao 2 căn nhà "Mái ấm biên cương" trị giá 120 triệu đồng cho hộ bà Moong Thị Phương ở bản Huồi Cọ. Tổng giá trị chương trình gần 900 triệu đồng.
Cũng trong ngày, các chiến sĩ Đồn Biên phòng Nhôn Mai tổ chức "Phiên chợ 0 đồng" với 1.500 mặt hàng thiết yếu, gian hàng cắt tóc, khám bệnh, cấp thuốc miễn phí cho 350 lượt người; đội văn nghệ của đơn vị và bản Huồi Cọ giao lưu với 12 tiết mục đặc sắc.
Trung tá Lầu Bá Vừ, Phó Chính trị viên Đồn Biên phòng Nhôn Mai, cho biết năm 2022 đơn vị đã cử 16 đảng viên về sinh hoạt ở 16 chi bộ bản; phối hợp vận động 38 hộ xóa bỏ hủ tục, 9 hộ từ bỏ tín ngưỡng trái pháp luật trở về phong tục truyền thống; giúp dân 1.240 ngày công. Mô hình "Nâng bước em tới trường" đang đỡ đầu 14 học sinh, mỗi em 500.000 đồng/tháng.
Ông Moong Văn Hải, Bí thư Chi bộ, Trưởng bản Huồi Cọ, xúc động: mỗi năm bộ đội Biên phòng đều về bản ăn Tết cùng bà con; người Khơ Mú bản Huồi Cọ coi các anh như con cháu trong nhà. Ông Vi Văn Sơn, Chủ tịch UBND xã Nhôn Mai, cảm ơn Đồn Biên phòng đã giúp xã hoàn thành tuyến đường bê tông dài 3 km vào bản.
Thực hiện Kết luận số 22-KL/TU ngày 18/3/2022 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở khu vực biên giới, năm 2023 Bộ đội Biên phòng tỉnh tiếp tục phối hợp với Ban Dân vận Tỉnh ủy triển khai các mô hình "Dân vận khéo" ở 27 xã biên giới, phấn đấu giảm 4% hộ nghèo mỗi năm.
Minh Thái
Tin cùng chuyên mục
- Kỳ Sơn: trao 300 chăn ấm cho học sinh vùng biên (12/01/2023)
- Đồn Biên phòng Mường Xén tặng 100 suất quà Tết (08/01/2023)
- Đón 5 công dân trở về từ nước bạn Lào (30/12/2022)
- Quế Phong: ra mắt tổ tự quản đường biên, mốc quốc giới bản Mường Hinh (22/12/2022)
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ vùng biên (15/12/2022)
""", "2023-01-16", "\"Xuân Biên phòng ấm lòng dân bản\" ở miền Tây xứ Nghệ",
E("trao_qua", None, "2023-01-14"),
[P("Trần Hải Bình", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Moong Thị Phương"),
 P("Lầu Bá Vừ", "Trung tá", "Phó Chính trị viên Đồn Biên phòng Nhôn Mai"),
 P("Moong Văn Hải", "Bí thư Chi bộ", "Trưởng bản Huồi Cọ"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã Nhôn Mai")],
[Q("500 suất quà", 500, "suất quà"), Q("3 xã biên giới", 3, "xã biên giới"), Q("600.000 đồng", 600000, "đồng"),
 Q("20 con lợn giống", 20, "con lợn giống"), Q("20 hộ nghèo", 20, "hộ nghèo"),
 Q("60 suất học bổng", 60, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 căn nhà", 2, "căn nhà"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("1.500 mặt hàng thiết yếu", 1500, "mặt hàng thiết yếu"), Q("350 lượt người", 350, "lượt người"),
 Q("12 tiết mục", 12, "tiết mục"), Q("16 đảng viên", 16, "đảng viên"), Q("16 chi bộ bản", 16, "chi bộ bản"),
 Q("38 hộ", 38, "hộ"), Q("9 hộ", 9, "hộ"), Q("1.240 ngày công", 1240, "ngày công"), Q("14 học sinh", 14, "học sinh"),
 Q("500.000 đồng", 500000, "đồng"), Q("3 km", 3, "km"), Q("27 xã biên giới", 27, "xã biên giới"), Q("4%", 4, "%")],
[D("Kết luận", "22", "KL/TU", "2022-03-18", "Ban Thường vụ Tỉnh ủy", "Kết luận số 22-KL/TU ngày 18/3/2022")],
[prov("Nghệ An"), com("Nhôn Mai"), com("Mai Sơn"), com("Tam Hợp")],
["BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự - Quốc phòng / An ninh biên giới",
 "(Baonghean)", "Đại tá Trần Hải Bình tặng quà cho người có uy tín bản Huồi Cọ.", "Xuân Biên phòng ấm lòng dân bản",
 "Mái ấm biên cương", "Phiên chợ 0 đồng", "Nâng bước em tới trường", "Dân vận khéo"],
["Thứ Hai, 16/01/2023 - 07:45", "Xuân Quý Mão 2023", "Phiên chợ 0 đồng", "năm 2022", "năm 2023", "mỗi năm"]))

PAGES.append(page("b2659-tayninh-xa-doithoai-2023", """
ĐẢNG ỦY XÃ PHƯỚC VINH - HUYỆN CHÂU THÀNH - TỈNH TÂY NINH
Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng
05/06/2023 - 15:30
Bí thư Đảng ủy xã Phước Vinh đối thoại với nhân dân khu vực biên giới năm 2023
Sáng 2/6, tại Hội trường ấp Phước Hòa, Ban Thường vụ Đảng ủy xã Phước Vinh (Tây Ninh) phối hợp với Đồn Biên phòng Phước Vinh tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân khu vực biên giới năm 2023. Đồng chí Nguyễn Văn Dũng, Bí thư Đảng ủy xã chủ trì; cùng dự có Thiếu tá Trần Minh Luân, Đồn trưởng Đồn Biên phòng Phước Vinh và 145 người dân của 4 ấp giáp biên.
Quang cảnh buổi đối thoại tại ấp Phước Hòa.
Mở đầu, đồng chí Đỗ Thị Kim Thoa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, thông tin kết quả thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/1/2023 của Đảng ủy xã về phát triển kinh tế - xã hội năm 2023: 5 tháng đầu năm, thu ngân sách đạt 58,6% dự toán; xã đã vận động nhân dân hiến 2.400 m2 đất làm 3 tuyến đường giao thông nông thôn, tổng kinh phí 1,8 tỷ đồng, trong đó nhân dân đóng góp 650 triệu đồng.
Tại buổi đối thoại, có 14 ý kiến được nêu. Ông Lê Văn Tỏ, tổ trưởng tổ tự quản đường biên ấp Phước Hòa, đề nghị lắp thêm đèn chiếu sáng trên đường tuần tra biên giới. Bà Nguyễn Thị Mai, hội viên phụ nữ ấp Phước Lộc, phản ánh tình trạng một số đối tượng lợi dụng đường mòn, lối mở để vận chuyển thuốc lá lậu. Anh Chau Sóc Phi, người Khmer ấp Phước Hòa, hỏi về thủ tục vay vốn làm nhà ở cho hộ cận nghèo.
Trả lời các ý kiến, đồng chí Võ Thanh Hùng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã đã đề nghị Điện lực huyện lắp 40 bóng đèn năng lượng mặt trời trên tuyến đường tuần tra trong tháng 7; Ngân hàng Chính sách xã hội huyện có gói vay 40 triệu đồng cho hộ cận nghèo sửa chữa nhà. Thiếu tá Trần Minh Luân cho biết 5 tháng qua Đồn đã phối hợp với Công an xã bắt giữ 7 vụ vận chuyển hàng lậu trên tuyến biên giới, thu giữ 3.200 gói thuốc lá; đề nghị người dân tiếp tục cung cấp thông tin qua đường dây nóng.
Kết luận, đồng chí Nguyễn Văn Dũng ghi nhận 14 ý kiến, trong đó 11 ý kiến đã được trả lời trực tiếp, 3 ý kiến thuộc thẩm quyền cấp trên sẽ được tổng hợp báo cáo. Đồng chí đề nghị bà con phát huy vai trò 26 tổ tự quản đường biên, mốc quốc giới, tích cực tham gia phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"; thực hiện tốt Quy chế phối hợp số 02-QC/ĐU-ĐBP ngày 15/3/2021 giữa Đảng ủy xã và Đảng ủy Đồn Biên phòng Phước Vinh.
Cuối buổi, Đồn Biên phòng trao 30 phần quà cho hộ nghèo ấp Phước Hòa, mỗi phần trị giá 400.000 đồng.
Thanh Tâm
Các tin khác
- Phước Vinh ra mắt mô hình "Camera an ninh vùng biên" (25/05/2023)
- Đảng ủy xã tổ chức lễ kết nạp 5 đảng viên mới (19/05/2023)
- Hội nghị sơ kết quý I năm 2023 (10/04/2023)
""", "2023-06-05", "Bí thư Đảng ủy xã Phước Vinh đối thoại với nhân dân khu vực biên giới năm 2023",
E("doi_thoai", "2023", "2023-06-02"),
[P("Nguyễn Văn Dũng", "Bí thư Đảng ủy xã"),
 P("Trần Minh Luân", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Phước Vinh"),
 P("Đỗ Thị Kim Thoa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Tỏ", "tổ trưởng tổ tự quản đường biên ấp Phước Hòa"),
 P("Nguyễn Thị Mai", "hội viên phụ nữ ấp Phước Lộc"),
 P("Chau Sóc Phi"),
 P("Võ Thanh Hùng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("145 người dân", 145, "người dân"), Q("4 ấp", 4, "ấp"), Q("58,6%", 58.6, "%"), Q("2.400 m2", 2400, "m2"),
 Q("3 tuyến đường giao thông nông thôn", 3, "tuyến đường giao thông nông thôn"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("14 ý kiến", 14, "ý kiến"), Q("40 bóng đèn năng lượng mặt trời", 40, "bóng đèn năng lượng mặt trời"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("7 vụ vận chuyển hàng lậu", 7, "vụ vận chuyển hàng lậu"),
 Q("3.200 gói thuốc lá", 3200, "gói thuốc lá"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("26 tổ tự quản đường biên, mốc quốc giới", 26, "tổ tự quản đường biên, mốc quốc giới"), Q("30 phần quà", 30, "phần quà"),
 Q("400.000 đồng", 400000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", "2023-01-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/1/2023"),
 D("Quy chế phối hợp", "02", "QC/ĐU-ĐBP", "2021-03-15", "Đảng ủy xã và Đảng ủy Đồn Biên phòng Phước Vinh", "Quy chế phối hợp số 02-QC/ĐU-ĐBP ngày 15/3/2021")],
[prov("Tây Ninh"), com("Phước Vinh")],
["ĐẢNG ỦY XÃ PHƯỚC VINH - HUYỆN CHÂU THÀNH - TỈNH TÂY NINH", "Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng",
 "Quang cảnh buổi đối thoại tại ấp Phước Hòa.", "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
 "Ngân hàng Chính sách xã hội huyện"],
["05/06/2023 - 15:30", "năm 2023", "5 tháng đầu năm", "tháng 7", "5 tháng qua"]))

PAGES.append(page("b2660-bariavungtau-condao-tongket-2023", """
Cổng thông tin điện tử huyện Côn Đảo - tỉnh Bà Rịa - Vũng Tàu
Tin tức › Hoạt động các cơ quan Đảng
Ngày 22/12/2023 | 10:15
Toàn cảnh hội nghị. Ảnh: Minh Tâm
Côn Đảo: dân vận góp phần xây dựng huyện đảo an toàn, thân thiện
Sáng 21/12, Ban Dân vận Huyện ủy Côn Đảo tổ chức hội nghị tổng kết công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Lê Thị Hồng Nhung, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Phạm Quốc Việt, Lý Thị Ngọc Hà; Trung tá Đặng Văn Khởi, Chính trị viên Đồn Biên phòng Côn Đảo.
Năm 2023, khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 11, 12-CT/HU về tăng cường công tác dân vận trong phát triển du lịch bền vững và về vận động ngư dân chấp hành quy định chống khai thác IUU. Toàn huyện có 128 mô hình "Dân vận khéo", trong đó 16 mô hình cấp huyện; vận động nhân dân đóng góp trên 2,3 tỷ đồng làm đường, chỉnh trang khu dân cư và trồng 4.500 cây xanh.
Đồn Biên phòng Côn Đảo phối hợp với khối dân vận quản lý 1.362 lượt tàu cá của ngư dân các tỉnh vào neo đậu, tránh trú gió; cấp cứu, đưa vào bờ 17 ngư dân bị tai nạn, ốm đau trên biển; tổ chức 5 đợt tuyên truyền pháp luật cho 640 lượt thuyền viên. Hải đội 2 Biên phòng cùng chính quyền vận động 86 hộ kinh doanh ven biển không sử dụng đồ nhựa dùng một lần.
Khối dân vận tiếp nhận 21 đơn thư, đã phối hợp giải quyết 19 đơn, đạt 90,5%. Ủy ban MTTQ huyện vận động Quỹ "Vì người nghèo" được 615 triệu đồng, hỗ trợ sửa chữa 4 căn nhà cho hộ khó khăn và trao 420 suất quà cho hộ nghèo, người lao động dịp Tết.
Tại hội nghị, đồng chí Phạm Quốc Việt thông tin kết quả 5 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; ông Trần Văn Út, tổ trưởng tổ dân phố số 5, đề nghị có cơ chế hỗ trợ người dân chuyển đổi nghề từ khai thác ven bờ sang dịch vụ du lịch.
Phát biểu kết luận, đồng chí Lê Thị Hồng Nhung đề nghị năm 2024 khối dân vận bám sát Kế hoạch số 128-KH/HU ngày 14/12/2023 của Huyện ủy; làm tốt công tác vận động nhân dân đồng thuận với các dự án hạ tầng; phối hợp với Đồn Biên phòng, Hải đội 2 tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tặng 200 suất quà cho ngư dân có hoàn cảnh khó khăn.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 6 tập thể và 9 cá nhân.
Minh Tâm
Lượt truy cập: 40.127
Tin liên quan
- Côn Đảo đón 300 ngư dân vào tránh trú bão số 9 (20/11/2023)
- Ra mắt mô hình "Tổ dân phố văn minh" (05/11/2023)
- Hội nghị đối thoại năm 2023 (25/10/2023)
""", "2023-12-22", "Côn Đảo: dân vận góp phần xây dựng huyện đảo an toàn, thân thiện",
E("tong_ket", "2023", "2023-12-21"),
[P("Lê Thị Hồng Nhung", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Quốc Việt", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Lý Thị Ngọc Hà", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đặng Văn Khởi", "Trung tá", "Chính trị viên Đồn Biên phòng Côn Đảo"),
 P("Trần Văn Út", "tổ trưởng tổ dân phố số 5")],
[Q("128 mô hình", 128, "mô hình"), Q("16 mô hình cấp huyện", 16, "mô hình cấp huyện"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("4.500 cây xanh", 4500, "cây xanh"),
 Q("1.362 lượt tàu cá", 1362, "lượt tàu cá"), Q("17 ngư dân", 17, "ngư dân"), Q("5 đợt tuyên truyền pháp luật", 5, "đợt tuyên truyền pháp luật"),
 Q("640 lượt thuyền viên", 640, "lượt thuyền viên"), Q("86 hộ kinh doanh", 86, "hộ kinh doanh"),
 Q("21 đơn thư", 21, "đơn thư"), Q("19 đơn", 19, "đơn"), Q("90,5%", 90.5, "%"), Q("615 triệu đồng", 615000000, "đồng"),
 Q("4 căn nhà", 4, "căn nhà"), Q("420 suất quà", 420, "suất quà"), Q("200 suất quà", 200, "suất quà"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "128", "KH/HU", "2023-12-14", "Huyện ủy", "Kế hoạch số 128-KH/HU ngày 14/12/2023")],
[prov("Bà Rịa - Vũng Tàu")],
["Cổng thông tin điện tử huyện Côn Đảo - tỉnh Bà Rịa - Vũng Tàu", "Tin tức › Hoạt động các cơ quan Đảng",
 "Toàn cảnh hội nghị. Ảnh: Minh Tâm", "Dân vận khéo", "Vì người nghèo", "Xuân Biên phòng ấm lòng dân bản",
 "Hải đội 2 Biên phòng", "Côn Đảo", "Lượt truy cập: 40.127"],
["Ngày 22/12/2023 | 10:15", "năm 2023", "năm 2024", "Hải đội 2", "5 năm", "tổ dân phố số 5", "Lượt truy cập: 40.127"]))

PAGES.append(page("b2661-hagiang-dongvan-giaoban-thang9-2024", """
BAN DÂN VẬN HUYỆN ỦY ĐỒNG VĂN - TỈNH HÀ GIANG
Trang chủ > Tin hoạt động > Dân vận các cấp
Thứ Sáu, 04/10/2024
Lũng Cú: giữ bình yên nơi địa đầu Tổ quốc
Chiều 3/10, tại Đồn Biên phòng Lũng Cú, Ban Dân vận Huyện ủy Đồng Văn (Hà Giang) tổ chức giao ban khối dân vận tháng 9/2024 với các xã biên giới và các đồn Biên phòng đóng quân trên địa bàn. Đồng chí Sùng Thị Mỷ, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; Thiếu tá Lò Văn Pà, Chính trị viên Đồn Biên phòng Lũng Cú đồng chủ trì.
Đồng chí Sùng Thị Mỷ và Thiếu tá Lò Văn Pà tại buổi giao ban.
Theo báo cáo, trong tháng 9, các lực lượng đã phối hợp khắc phục hậu quả bão số 3 và mưa lũ, giúp 47 hộ di dời nhà ra khỏi vùng sạt lở, huy động 620 ngày công của cán bộ, chiến sĩ và dân quân. Hội Chữ thập đỏ huyện trao 150 suất quà cho các hộ bị thiệt hại, mỗi suất 1 triệu đồng; Đồn Biên phòng Lũng Cú tặng 3 tấn gạo cho đồng bào xã Lũng Cú và xã Ma Lé.
Đồng chí Vàng Mí Mua, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Lũng Cú, cho biết xã đã ra mắt thêm 2 tổ tự quản mốc quốc giới tại thôn Lô Lô Chải, thôn Séo Lủng, nâng tổng số lên 11 tổ với 164 thành viên; 100% hộ dân ở khu vực vành đai biên giới ký cam kết không vượt biên trái phép. Tuy nhiên vẫn còn 3 trường hợp xuất cảnh trái phép sang nước láng giềng làm thuê đã được vận động trở về.
Ông Sình Dì Gai, người có uy tín thôn Lô Lô Chải, đề nghị các cấp hỗ trợ bà con người Lô Lô làm du lịch cộng đồng, bảo tồn trống đồng và trang phục truyền thống; Đại úy Giàng Seo Dính, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Lũng Cú, đề xuất tăng thời lượng phát thanh bằng tiếng Mông trên loa truyền thanh thôn. Đại diện Hội Nông dân huyện cho biết đã giải ngân 1,2 tỷ đồng vốn vay ủy thác cho 32 hộ ở các xã biên giới phát triển chăn nuôi bò, dê; Huyện đoàn phối hợp với Đồn Biên phòng tổ chức lớp học tiếng Mông cho đoàn viên mới về công tác tại xã.
Kết luận giao ban, đồng chí Sùng Thị Mỷ đề nghị tháng 10 các đơn vị tiếp tục thực hiện Nghị quyết số 10-NQ/HU ngày 25/4/2024 của Ban Chấp hành Đảng bộ huyện về xây dựng "Thôn biên giới kiểu mẫu"; chuẩn bị tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 19 thôn, tổ dân phố; phối hợp với Đồn Biên phòng triển khai Hướng dẫn số 21-HD/BDVTW của Ban Dân vận Trung ương về công tác dân vận của lực lượng vũ trang.
Phạm Hoa
Lượt xem: 274
Tin khác
- Đồng Văn: 5.000 lá cờ Tổ quốc tặng ngư dân Lý Sơn (25/09/2024)
- Giao ban khối dân vận tháng 8/2024 (05/09/2024)
- Ra mắt Câu lạc bộ "Dân vận khéo" xã Sảng Tủng (20/08/2024)
- Phó Bảng: vận động nhân dân hiến đất làm đường lên mốc 428 (12/08/2024)
""", "2024-10-04", "Lũng Cú: giữ bình yên nơi địa đầu Tổ quốc",
E("giao_ban", "2024-09", "2024-10-03"),
[P("Sùng Thị Mỷ", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Pà", "Thiếu tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Vàng Mí Mua", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Lũng Cú"),
 P("Sình Dì Gai", "người có uy tín thôn Lô Lô Chải"),
 P("Giàng Seo Dính", "Đại úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Lũng Cú")],
[Q("47 hộ", 47, "hộ"), Q("620 ngày công", 620, "ngày công"), Q("150 suất quà", 150, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("3 tấn", 3, "tấn"), Q("2 tổ tự quản mốc quốc giới", 2, "tổ tự quản mốc quốc giới"),
 Q("11 tổ", 11, "tổ"), Q("164 thành viên", 164, "thành viên"), Q("100%", 100, "%"), Q("3 trường hợp", 3, "trường hợp"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("32 hộ", 32, "hộ"),
 Q("19 thôn, tổ dân phố", 19, "thôn, tổ dân phố")],
[D("Nghị quyết", "10", "NQ/HU", "2024-04-25", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 10-NQ/HU ngày 25/4/2024"),
 D("Hướng dẫn", "21", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 21-HD/BDVTW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé")],
["BAN DÂN VẬN HUYỆN ỦY ĐỒNG VĂN - TỈNH HÀ GIANG", "Trang chủ > Tin hoạt động > Dân vận các cấp",
 "Đồng chí Sùng Thị Mỷ và Thiếu tá Lò Văn Pà tại buổi giao ban.", "Thôn biên giới kiểu mẫu", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 274"],
["Thứ Sáu, 04/10/2024", "tháng 9/2024", "tháng 9", "bão số 3", "tháng 10", "Lượt xem: 274"]))

PAGES.append(page("b2662-kontum-bdbp-chandung-2024", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ | Quốc phòng - An ninh | Người tốt việc tốt
26/07/2024 06:00
Thiếu tá A Thiên (bìa phải) cùng người dân làng Đăk Vang thu hoạch sắn.
Người "con nuôi" của làng biên Đăk Vang
Hơn 10 năm gắn bó với vùng biên giới xã Bờ Y, huyện Ngọc Hồi, tỉnh Kon Tum, Thiếu tá A Thiên, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Cửa khẩu quốc tế Bờ Y, được đồng bào Giẻ Triêng ở làng Đăk Vang xem như người con của làng.
Sinh ra ở làng Kon Rlong, xã Đăk Rơ Wa, A Thiên là người Ba Na. Năm 2012, anh về công tác tại Đồn Biên phòng Cửa khẩu quốc tế Bờ Y. Biết tiếng Ba Na, Xơ Đăng và học thêm tiếng Giẻ Triêng, anh thường xuyên "cắm bản", ăn ở cùng dân. Những ngày đầu, nhiều hộ còn ngại tiếp xúc với bộ đội; anh kiên trì đến từng nhà, cùng bà con lên rẫy, giúp làm chuồng trại, hướng dẫn trồng sắn cao sản, nuôi heo.
Từ năm 2018 đến nay, A Thiên cùng đồng đội đã vận động 63 hộ làng Đăk Vang xóa bỏ tập tục chôn cất người chết trong khu rừng đầu nguồn, vận động 27 học sinh bỏ học trở lại trường; trực tiếp hướng dẫn 41 hộ chuyển sang trồng cà phê, mì với diện tích 52 ha. Nhờ đó, số hộ nghèo của làng từ 58 hộ năm 2018 giảm còn 12 hộ. Anh còn vận động đồng đội quyên góp được 86 triệu đồng để sửa chữa nhà rông và mua 120 bộ quần áo cho trẻ em.
Già làng A Khuôi, người có uy tín làng Đăk Vang, nói: "A Thiên như con đẻ của làng. Mỗi lần nó đi họp dài ngày, cả làng đều hỏi". Bà Y Khuyên, Chi hội trưởng Chi hội Phụ nữ làng Đăk Vang, kể: chính A Thiên đã đưa các chị em đi học nghề dệt thổ cẩm, nay tổ dệt của làng có 15 thành viên, mỗi tháng thu nhập thêm 2 đến 3 triệu đồng.
Trung tá Nguyễn Văn Hòa, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Bờ Y, cho biết: A Thiên là một trong 3 cán bộ của Đồn được UBND tỉnh tặng bằng khen vì có thành tích xuất sắc trong phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới". Năm 2023, anh được Bộ Tư lệnh Bộ đội Biên phòng tặng danh hiệu "Gương mặt trẻ tiêu biểu".
Theo ông A Nhụy, Chủ tịch UBND xã Bờ Y, hiện trên địa bàn xã có 8 thôn, làng; phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia" được bà con hưởng ứng, nhiều năm liền không có người vượt biên trái phép. "Những cán bộ như A Thiên chính là cầu nối giữa Đảng với đồng bào", ông nói.
Quang Định
Bài viết liên quan
- Đồn Biên phòng Đăk Nhoong tặng 200 suất quà (20/07/2024)
- Kon Tum: tuyên dương 50 gương dân vận khéo (10/07/2024)
- Ngọc Hồi: ra mắt tổ tự quản đường biên làng Đăk Răng (01/07/2024)
- Sa Thầy: trao 30 con bò giống cho hộ nghèo biên giới (25/06/2024)
- Bộ đội Biên phòng tỉnh tổ chức Ngày hội "Biên phòng toàn dân" (18/06/2024)
""", "2024-07-26", "Người \"con nuôi\" của làng biên Đăk Vang",
E("khac", None, None),
[P("A Thiên", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Cửa khẩu quốc tế Bờ Y"),
 P("A Khuôi", "Già làng", "người có uy tín làng Đăk Vang"),
 P("Y Khuyên", "Chi hội trưởng Chi hội Phụ nữ làng Đăk Vang"),
 P("Nguyễn Văn Hòa", "Trung tá", "Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Bờ Y"),
 P("A Nhụy", "Chủ tịch UBND xã Bờ Y")],
[Q("63 hộ", 63, "hộ"), Q("27 học sinh", 27, "học sinh"), Q("41 hộ", 41, "hộ"), Q("52 ha", 52, "ha"),
 Q("58 hộ", 58, "hộ"), Q("12 hộ", 12, "hộ"), Q("86 triệu đồng", 86000000, "đồng"), Q("120 bộ quần áo", 120, "bộ quần áo"),
 Q("15 thành viên", 15, "thành viên"), Q("2 đến 3 triệu đồng", 2000000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("3 cán bộ", 3, "cán bộ"), Q("8 thôn, làng", 8, "thôn, làng")],
[],
[prov("Kon Tum"), com("Bờ Y"), com("Đăk Rơ Wa")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ | Quốc phòng - An ninh | Người tốt việc tốt",
 "Thiếu tá A Thiên (bìa phải) cùng người dân làng Đăk Vang thu hoạch sắn.", "cắm bản",
 "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Gương mặt trẻ tiêu biểu",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"],
["26/07/2024 06:00", "Hơn 10 năm", "Năm 2012", "năm 2018", "Năm 2023", "nhiều năm liền"]))
