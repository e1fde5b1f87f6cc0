from lib import *
PAGES = []

PAGES.append(page("b3377-camau-hlhpn-giaoban-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ » Hoạt động Hội » Tin tức
14/04/2022 - 10:05
Giao ban công tác Hội quý I: đẩy mạnh mô hình "Tổ phụ nữ thu gom rác thải nhựa"
Ngày 13/4, Ban Thường vụ Hội LHPN tỉnh Cà Mau tổ chức hội nghị giao ban công tác Hội và phong trào phụ nữ quý I năm 2022, triển khai nhiệm vụ quý II. Bà Lâm Thị Hồng Nga, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự hội nghị có Chủ tịch, Phó Chủ tịch Hội LHPN 9 huyện, thành phố.
Chủ tịch Hội LHPN tỉnh phát biểu kết luận hội nghị. Ảnh: Kim Ngân
Theo báo cáo, trong quý I, thực hiện Kế hoạch số 09/KH-HPN ngày 10/01/2022 của Ban Thường vụ Hội LHPN tỉnh về triển khai Chỉ thị số 33/CT-TTg ngày 20/8/2020 của Thủ tướng Chính phủ về tăng cường quản lý, tái sử dụng, tái chế, xử lý và giảm thiểu chất thải nhựa, các cấp Hội đã thành lập mới 23 "Tổ phụ nữ thu gom rác thải nhựa", nâng tổng số lên 187 tổ với hơn 2.600 thành viên; 98 "Tuyến đường xanh - sạch - đẹp - an toàn" do phụ nữ tự quản, tổng chiều dài khoảng 145 km. Trong dịp Tết Nguyên đán, các tổ đã thu gom, bán phế liệu được gần 62 triệu đồng, hỗ trợ 31 hội viên có hoàn cảnh khó khăn.
Hội LHPN huyện Ngọc Hiển phối hợp Đồn Biên phòng Rạch Gốc ra quân thu gom rác thải nhựa ven biển, trồng 1.500 cây đước tại khu vực bờ biển bị sạt lở. Hội LHPN huyện Trần Văn Thời vận động 420 hộ hội viên đăng ký "Gia đình 5 không, 3 sạch".
Tại hội nghị, chị Danh Thị Kim Xuyến, Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc, chia sẻ cách vận động chị em người Khmer ấp Đá Bạc đổi chai nhựa lấy cây giống. Chị Phan Thị Mỹ Linh, Chủ tịch Hội LHPN phường 8, thành phố Cà Mau, đề nghị các ngành hỗ trợ mỗi tổ thu gom ít nhất 2 thùng rác phân loại.
Kết luận hội nghị, bà Lâm Thị Hồng Nga đề nghị quý II các cấp Hội tập trung tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới, tiếp tục thực hiện Nghị quyết số 15-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh khóa X về phụ nữ tham gia bảo vệ môi trường, ứng phó biến đổi khí hậu; phấn đấu đến cuối năm có 100% chi hội ven biển có tổ thu gom rác.
Hội nghị cũng thống nhất chọn tháng 6 là tháng cao điểm ra quân "Ngày thứ bảy xanh" của phụ nữ toàn tỉnh, gắn với vận động chị em sử dụng túi vải, làn đi chợ thay thế túi ni lông.
Nhiều ý kiến tại hội nghị cho rằng, rác thải nhựa theo triều cường trôi dạt vào các tuyến kênh, rạch ở vùng ven biển Cà Mau ngày càng nhiều, trong khi nhiều hộ dân vẫn quen xả rác xuống sông. Các cấp Hội cần kiên trì tuyên truyền, lồng ghép vào sinh hoạt chi hội, tổ phụ nữ để tạo chuyển biến bền vững.
Kim Ngân
Tin cùng chuyên mục
- Hội LHPN tỉnh tặng 100 phần quà cho phụ nữ nghèo dịp Tết (25/01/2022)
- Trao mái ấm tình thương cho hội viên ở U Minh (10/01/2022)
- Tổng kết công tác Hội năm 2021 (28/12/2021)
""", "2022-04-14", "Giao ban công tác Hội quý I: đẩy mạnh mô hình \"Tổ phụ nữ thu gom rác thải nhựa\"",
E("giao_ban", "2022-Q1", "2022-04-13"),
[P("Lâm Thị Hồng Nga", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Kim Xuyến", "Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc"),
 P("Phan Thị Mỹ Linh", "Chủ tịch Hội LHPN phường 8")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("23 \"Tổ phụ nữ thu gom rác thải nhựa\"", 23, "Tổ phụ nữ thu gom rác thải nhựa"),
 Q("187 tổ", 187, "tổ"), Q("hơn 2.600 thành viên", 2600, "thành viên", "over"),
 Q("98 \"Tuyến đường xanh - sạch - đẹp - an toàn\"", 98, "Tuyến đường xanh - sạch - đẹp - an toàn"),
 Q("khoảng 145 km", 145, "km", "approx"), Q("gần 62 triệu đồng", 62000000, "đồng", "approx"),
 Q("31 hội viên", 31, "hội viên"), Q("1.500 cây đước", 1500, "cây đước"), Q("420 hộ hội viên", 420, "hộ hội viên"),
 Q("ít nhất 2 thùng rác phân loại", 2, "thùng rác phân loại", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "09", "KH-HPN", "2022-01-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 09/KH-HPN ngày 10/01/2022"),
 D("Chỉ thị", "33", "CT-TTg", "2020-08-20", "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg ngày 20/8/2020"),
 D("Nghị quyết", "15", "NQ/HPN", None, "Ban Chấp hành Hội LHPN tỉnh khóa X", "Nghị quyết số 15-NQ/HPN")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("phường 8")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ » Hoạt động Hội » Tin tức",
 "Chủ tịch Hội LHPN tỉnh phát biểu kết luận hội nghị. Ảnh: Kim Ngân", "Tổ phụ nữ thu gom rác thải nhựa",
 "Tuyến đường xanh - sạch - đẹp - an toàn", "Gia đình 5 không, 3 sạch", "Ngày thứ bảy xanh", "Đồn Biên phòng Rạch Gốc"],
["14/04/2022 - 10:05", "quý I năm 2022", "quý II", "5 không, 3 sạch", "khóa X", "tháng 6", "phường 8"]))

PAGES.append(page("b3378-hatinh-bdv-tongket-2022", """
Ban Dân vận Tỉnh ủy Hà Tĩnh
Trang chủ > Tin hoạt động > Dân vận chính quyền
Thứ Hai, 16/01/2023 - 08:45
Ảnh: Toàn cảnh hội nghị.
Hơn 1.400 khu dân cư đạt chuẩn "sáng - xanh - sạch - đẹp"
Ngày 13/01/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Trần Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Báo cáo cho biết, năm 2022, khối dân vận các cấp tập trung vận động nhân dân xây dựng khu dân cư nông thôn mới kiểu mẫu, vườn mẫu. Toàn tỉnh có hơn 1.400 khu dân cư đạt chuẩn "sáng - xanh - sạch - đẹp", chiếm khoảng 80% tổng số khu dân cư; nhân dân hiến hơn 52.000 m2 đất, đóng góp khoảng 210 tỷ đồng và hàng trăm nghìn ngày công xây dựng hạ tầng, cảnh quan. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 301, 302-KL/TU về công tác dân vận trong xây dựng nông thôn mới và về vận động nhân dân phân loại rác thải tại nguồn; phối hợp hướng dẫn thực hiện Nghị định số 45/2022/NĐ-CP của Chính phủ về xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường.
Các tổ chức chính trị - xã hội triển khai hiệu quả nhiều mô hình: Hội LHPN có 265 mô hình "Phân loại, xử lý rác thải tại hộ gia đình"; Đoàn Thanh niên duy trì "Ngày Chủ nhật xanh" ở 100% cơ sở Đoàn, trồng hơn 150.000 cây xanh hưởng ứng Đề án trồng 1 tỷ cây xanh theo Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ; Hội Nông dân vận động thu gom 38 tấn vỏ bao bì thuốc bảo vệ thực vật.
Tại hội nghị, đồng chí Nguyễn Văn Thiện, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên, chia sẻ kinh nghiệm "dân làm, Nhà nước hỗ trợ" ở xã Cẩm Quan; đồng chí Lê Thị Hằng, Bí thư Chi bộ thôn Trung Hòa, xã Thạch Ngọc, giới thiệu mô hình ủ phân hữu cơ từ rác thải nhà bếp với 96 hộ tham gia.
Phát biểu tại hội nghị, đồng chí Trần Thị Nguyệt yêu cầu năm 2023 khối dân vận tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của Đảng đối với Nhà nước, chính quyền các cấp; gắn công tác dân vận với bảo vệ môi trường, phấn đấu có thêm 150 khu dân cư kiểu mẫu.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 22 cá nhân có thành tích xuất sắc.
Hội nghị cũng nghe các đại biểu phản ánh một số hạn chế: việc duy trì tiêu chí môi trường ở một số khu dân cư sau khi đạt chuẩn chưa bền vững, các bãi rác tạm chưa được xử lý dứt điểm.
Thu Trang
Lượt xem: 2.341
Các tin khác
- Hương Khê: dân vận khéo trong phát triển kinh tế rừng (09/01/2023)
- Giao ban khối dân vận quý IV năm 2022 (20/12/2022)
- Can Lộc: vận động nhân dân hiến đất làm đường (12/12/2022)
""", "2023-01-16", "Hơn 1.400 khu dân cư đạt chuẩn \"sáng - xanh - sạch - đẹp\"",
E("tong_ket", "2022", "2023-01-13"),
[P("Trần Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thiện", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên"),
 P("Lê Thị Hằng", "Bí thư Chi bộ thôn Trung Hòa")],
[Q("hơn 1.400 khu dân cư", 1400, "khu dân cư", "over"), Q("khoảng 80%", 80, "%", "approx"),
 Q("hơn 52.000 m2", 52000, "m2", "over"), Q("khoảng 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("265 mô hình", 265, "mô hình"), Q("100% cơ sở Đoàn", 100, "%"), Q("hơn 150.000 cây xanh", 150000, "cây xanh", "over"),
 Q("38 tấn", 38, "tấn"), Q("96 hộ", 96, "hộ"), Q("150 khu dân cư kiểu mẫu", 150, "khu dân cư kiểu mẫu"),
 Q("16 tập thể", 16, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "301", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 301, 302-KL/TU"),
 D("Kết luận", "302", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 301, 302-KL/TU"),
 D("Nghị định", "45", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 45/2022/NĐ-CP"),
 D("Quyết định", "524", "QĐ-TTg", "2021-04-01", "Thủ tướng Chính phủ", "Quyết định số 524/QĐ-TTg ngày 01/4/2021"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Hà Tĩnh"), com("Cẩm Quan"), com("Thạch Ngọc")],
["Ban Dân vận Tỉnh ủy Hà Tĩnh", "Trang chủ > Tin hoạt động > Dân vận chính quyền", "Ảnh: Toàn cảnh hội nghị.",
 "sáng - xanh - sạch - đẹp", "Phân loại, xử lý rác thải tại hộ gia đình", "Ngày Chủ nhật xanh",
 "dân làm, Nhà nước hỗ trợ", "Đề án trồng 1 tỷ cây xanh", "Lượt xem: 2.341"],
["Thứ Hai, 16/01/2023 - 08:45", "năm 2022", "năm 2023", "1 tỷ cây xanh", "hàng trăm nghìn ngày công", "Lượt xem: 2.341"]))

PAGES.append(page("b3379-gialai-tetrongcay-2023", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự | Chính trị | Xã hội
Thứ Hai, 30/01/2023 16:20
Tết trồng cây: Gia Lai phấn đấu trồng 2,5 triệu cây xanh năm 2023
(GLO)- Sáng 29-1 (mùng 8 Tết Quý Mão), tại làng Ia Nueng, xã Biển Hồ, TP. Pleiku, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức Lễ phát động "Tết trồng cây đời đời nhớ ơn Bác Hồ" Xuân Quý Mão 2023.
Các đại biểu trồng cây tại làng Ia Nueng. Ảnh: Đức Thụy
Dự lễ có các đồng chí: Rah Lan Nhơn, Phó Bí thư Tỉnh ủy; Puih Thị Mai, Phó Chủ tịch HĐND tỉnh; Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh; cùng hơn 1.000 cán bộ, chiến sĩ, đoàn viên, thanh niên và người dân làng Ia Nueng.
Theo Sở Nông nghiệp và Phát triển nông thôn, thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Trồng một tỷ cây xanh giai đoạn 2021 - 2025" và Kế hoạch số 1428/KH-UBND ngày 10/6/2021 của UBND tỉnh, năm 2022 toàn tỉnh trồng được hơn 2,1 triệu cây xanh các loại, trong đó trồng mới 6.850 ha rừng tập trung, đạt 103,6% kế hoạch. Năm 2023, tỉnh phấn đấu trồng khoảng 2,5 triệu cây xanh, trong đó 7.000 ha rừng.
Phát biểu phát động, đồng chí Rah Lan Nhơn đề nghị các cấp ủy, chính quyền tiếp tục thực hiện Chỉ thị số 24-CT/TU ngày 18/5/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng; vận động đồng bào Jrai, Bahnar trồng cây quanh nhà rông, trường học, nghĩa địa làng.
Già làng Rơ Châm Ngõ (làng Ia Nueng) phát biểu: "Làng mình có 152 hộ, năm rồi trồng được 3.000 cây sao, cây muồng quanh làng. Năm nay, làng hứa mỗi hộ trồng thêm 10 cây".
Dịp này, Hội LHPN tỉnh ra mắt mô hình "Làng không rác thải nhựa" ở làng Ia Nueng; Tỉnh đoàn trao tặng 5.000 cây giống cho Đoàn xã Biển Hồ. Công ty TNHH MTV Lâm nghiệp Ia Grai tặng 12.000 cây keo lai giống, trị giá khoảng 30 triệu đồng, cho các hộ đồng bào dân tộc thiểu số.
Ngay sau lễ phát động, các đại biểu và người dân đã trồng 1.500 cây sao đen, cây dầu và cây hoa ban trên tuyến đường vào làng và quanh hồ Biển Hồ.
Cùng ngày, các huyện, thị xã, thành phố trong tỉnh đồng loạt tổ chức Tết trồng cây. Tại huyện Chư Păh, ông Siu Đinh, Bí thư Đảng ủy xã Ia Ka, cho biết xã trồng 2.400 cây phân tán dọc các tuyến đường liên thôn.
Theo Chi cục Kiểm lâm, việc trồng cây đầu xuân năm nay được các địa phương chuẩn bị kỹ về giống và hố trồng, chọn những loài cây bản địa phù hợp với thổ nhưỡng, bảo đảm tỷ lệ cây sống cao.
Đức Thụy
Tin liên quan
- Gia Lai: Hơn 2,1 triệu cây xanh được trồng trong năm 2022 (28/12/2022)
- Tỉnh đoàn ra quân "Ngày Chủ nhật xanh" tại Pleiku (18/12/2022)
- Chư Prông trồng rừng thay thế (02/12/2022)
""", "2023-01-30", "Tết trồng cây: Gia Lai phấn đấu trồng 2,5 triệu cây xanh năm 2023",
E("khac", None, "2023-01-29"),
[P("Rah Lan Nhơn", "Phó Bí thư Tỉnh ủy"),
 P("Puih Thị Mai", "Phó Chủ tịch HĐND tỉnh"),
 P("Trần Quốc Hưng", "Phó Chủ tịch UBND tỉnh"),
 P("Rơ Châm Ngõ", "Già làng"),
 P("Siu Đinh", "Bí thư Đảng ủy xã Ia Ka")],
[Q("khoảng 2,5 triệu cây xanh", 2500000, "cây xanh", "approx"),
 Q("hơn 1.000 cán bộ, chiến sĩ, đoàn viên, thanh niên và người dân", 1000, "cán bộ, chiến sĩ, đoàn viên, thanh niên và người dân", "over"),
 Q("hơn 2,1 triệu cây xanh", 2100000, "cây xanh", "over"), Q("6.850 ha", 6850, "ha"), Q("103,6%", 103.6, "%"),
 Q("7.000 ha", 7000, "ha"), Q("152 hộ", 152, "hộ"), Q("3.000 cây sao, cây muồng", 3000, "cây sao, cây muồng"),
 Q("10 cây", 10, "cây"), Q("5.000 cây giống", 5000, "cây giống"), Q("12.000 cây keo lai giống", 12000, "cây keo lai giống"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"),
 Q("1.500 cây sao đen, cây dầu và cây hoa ban", 1500, "cây sao đen, cây dầu và cây hoa ban"),
 Q("2.400 cây phân tán", 2400, "cây phân tán")],
[D("Quyết định", "524", "QĐ-TTg", "2021-04-01", "Thủ tướng Chính phủ", "Quyết định số 524/QĐ-TTg ngày 01/4/2021"),
 D("Kế hoạch", "1428", "KH-UBND", "2021-06-10", "UBND tỉnh", "Kế hoạch số 1428/KH-UBND ngày 10/6/2021"),
 D("Chỉ thị", "24", "CT/TU", "2022-05-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU ngày 18/5/2022")],
[prov("Gia Lai"), com("Biển Hồ"), com("Ia Ka")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự | Chính trị | Xã hội", "(GLO)", "Các đại biểu trồng cây tại làng Ia Nueng. Ảnh: Đức Thụy",
 "Tết trồng cây đời đời nhớ ơn Bác Hồ", "Trồng một tỷ cây xanh giai đoạn 2021 - 2025", "Làng không rác thải nhựa"],
["Thứ Hai, 30/01/2023 16:20", "mùng 8 Tết Quý Mão", "Xuân Quý Mão 2023", "giai đoạn 2021 - 2025", "năm 2022", "Năm 2023"]))

PAGES.append(page("b3380-thuathienhue-chunhatxanh-giaoban-2023", """
Cổng Thông tin điện tử Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Chủ nhật xanh
Ngày đăng 03/10/2023 | 16:20
Hơn 120.000 lượt người tham gia "Ngày Chủ nhật xanh" trong tháng 9
Chiều 2/10, Ban Chỉ đạo "Ngày Chủ nhật xanh" tỉnh tổ chức hội nghị giao ban đánh giá kết quả thực hiện trong tháng 9/2023. Ông Hoàng Quý Lâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Người dân phường Thủy Biều ra quân dọn vệ sinh dọc bờ sông Hương.
Theo báo cáo của Sở Tài nguyên và Môi trường, trong tháng 9, toàn tỉnh có hơn 120.000 lượt người tham gia "Ngày Chủ nhật xanh" tại 145 xã, phường, thị trấn; thu gom khoảng 430 tấn rác thải; xử lý 86 điểm tồn đọng rác; trồng mới 12.600 cây xanh và 18.000 m2 thảm hoa, cây cảnh. Đến nay, đã có 211 tuyến đường, kiệt hẻm được công nhận "Tuyến đường xanh - sạch - đẹp".
Thực hiện Kế hoạch số 232/KH-UBND ngày 05/7/2023 của UBND tỉnh về phân loại chất thải rắn sinh hoạt tại nguồn, thành phố Huế đã thí điểm phân loại rác tại 6 phường; Hội LHPN tỉnh duy trì 450 "Tổ phụ nữ phân loại rác tại nguồn", Tỉnh đoàn ra mắt 32 "Đội hình thanh niên xung kích Chủ nhật xanh". Tổng kinh phí xã hội hóa trong tháng đạt hơn 1,5 tỷ đồng.
Tại hội nghị, bà Nguyễn Thị Thu Hà, Chủ tịch UBND phường Thủy Biều, cho biết phường đã vận động 100% hộ dân ven sông ký cam kết không xả rác xuống sông Hương. Ông Kăn Sơn, Phó Chủ tịch UBND huyện A Lưới, đề nghị tỉnh hỗ trợ kinh phí thu gom rác ở các xã vùng cao như Hồng Hạ, A Roàng, nơi đồng bào Tà Ôi, Pa Kô sinh sống.
Kết luận hội nghị, ông Hoàng Quý Lâm yêu cầu các địa phương tiếp tục triển khai Kế hoạch số 113-KH/TU ngày 22/12/2021 của Tỉnh ủy về thực hiện "Ngày Chủ nhật xanh"; tập trung xử lý dứt điểm các điểm đen về rác thải trước mùa mưa bão; mỗi xã, phường xây dựng ít nhất 1 tuyến đường kiểu mẫu trong tháng 10.
Hội nghị cũng đã nghe bà Hồ Thị Lai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thông tin về việc vận động các tôn giáo, cơ sở thờ tự tham gia "Ngày Chủ nhật xanh".
Ban Chỉ đạo cũng lưu ý các địa phương chủ động phối hợp với lực lượng công an, quân đội, trường học tổ chức ra quân đồng loạt vào sáng Chủ nhật đầu tiên của tháng 10, tránh hình thức, tập trung vào những điểm người dân bức xúc.
Thanh Hương
Lượt xem: 3.027
Tin khác
- Tổng kết 2 năm thực hiện "Ngày Chủ nhật xanh" tại Phú Vang (25/09/2023)
- Phường Kim Long ra mắt tuyến đường hoa (18/09/2023)
- Tỉnh đoàn tổ chức Ngày hội "Sống xanh" (10/09/2023)
- Hương Trà: ra quân làm sạch các tuyến kênh nội đồng (03/09/2023)
- Thừa Thiên Huế công nhận thêm 12 tuyến kiệt hẻm kiểu mẫu (28/08/2023)
- Hội nghị giao ban "Ngày Chủ nhật xanh" tháng 8 (04/09/2023)
""", "2023-10-03", "Hơn 120.000 lượt người tham gia \"Ngày Chủ nhật xanh\" trong tháng 9",
E("giao_ban", "2023-09", "2023-10-02"),
[P("Hoàng Quý Lâm", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Nguyễn Thị Thu Hà", "Chủ tịch UBND phường Thủy Biều"),
 P("Kăn Sơn", "Phó Chủ tịch UBND huyện A Lưới"),
 P("Hồ Thị Lai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 120.000 lượt người", 120000, "lượt người", "over"), Q("145 xã, phường, thị trấn", 145, "xã, phường, thị trấn"),
 Q("khoảng 430 tấn", 430, "tấn", "approx"), Q("86 điểm tồn đọng rác", 86, "điểm tồn đọng rác"),
 Q("12.600 cây xanh", 12600, "cây xanh"), Q("18.000 m2", 18000, "m2"), Q("211 tuyến đường, kiệt hẻm", 211, "tuyến đường, kiệt hẻm"),
 Q("6 phường", 6, "phường"), Q("450 \"Tổ phụ nữ phân loại rác tại nguồn\"", 450, "Tổ phụ nữ phân loại rác tại nguồn"),
 Q("32 \"Đội hình thanh niên xung kích Chủ nhật xanh\"", 32, "Đội hình thanh niên xung kích Chủ nhật xanh"),
 Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("100%", 100, "%")],
[D("Kế hoạch", "232", "KH-UBND", "2023-07-05", "UBND tỉnh", "Kế hoạch số 232/KH-UBND ngày 05/7/2023"),
 D("Kế hoạch", "113", "KH/TU", "2021-12-22", "Tỉnh ủy", "Kế hoạch số 113-KH/TU ngày 22/12/2021")],
[prov("Thừa Thiên Huế"), com("Thủy Biều"), com("Hồng Hạ"), com("A Roàng")],
["Cổng Thông tin điện tử Thừa Thiên Huế", "Trang chủ > Tin tức - Sự kiện > Chủ nhật xanh",
 "Người dân phường Thủy Biều ra quân dọn vệ sinh dọc bờ sông Hương.", "Ngày Chủ nhật xanh", "Tuyến đường xanh - sạch - đẹp",
 "Lượt xem: 3.027"],
["Ngày đăng 03/10/2023 | 16:20", "tháng 9/2023", "trong tháng 9", "tháng 10", "Chủ nhật đầu tiên của tháng 10", "ít nhất 1 tuyến đường kiểu mẫu", "Lượt xem: 3.027"]))

PAGES.append(page("b3381-tayninh-mttq-daihoi-2024", """
ĐẢNG ỦY - HĐND - UBND XÃ TÂN ĐÔNG
huyện Tân Châu, tỉnh Tây Ninh
Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể
T3, 09/07/2024 - 07:30
Quang cảnh Đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Tân Đông lần thứ XII, nhiệm kỳ 2024 - 2029
Ngày 05/7/2024, Ủy ban MTTQ Việt Nam xã Tân Đông long trọng tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XII, nhiệm kỳ 2024 - 2029. Dự Đại hội có bà Trần Thị Mỹ Hạnh, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Châu; ông Võ Minh Trí, Bí thư Đảng ủy xã cùng 125 đại biểu đại diện cho hơn 13.000 người dân thuộc các dân tộc Kinh, Khmer, Chăm, Tày trong xã.
Báo cáo tại Đại hội do ông Nguyễn Văn Tư, Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XI trình bày cho biết, nhiệm kỳ qua, thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" gắn với Kế hoạch số 46-KH/ĐU ngày 12/4/2021 của Đảng ủy xã về xây dựng "Ấp sáng - xanh - sạch - đẹp", Mặt trận và các đoàn thể đã vận động nhân dân đóng góp gần 4,2 tỷ đồng, hiến 8.600 m2 đất làm đường; xây dựng 12 tuyến đường hoa với tổng chiều dài khoảng 9 km; trồng 5.600 cây sao, cây dầu dọc các tuyến đường; 7/7 ấp được công nhận "Ấp sáng - xanh - sạch - đẹp". Hội LHPN xã duy trì mô hình "Tổ phụ nữ phân loại rác tại nguồn" ở 5 ấp với 340 hộ; Đoàn Thanh niên xã tổ chức 56 buổi "Ngày Chủ nhật xanh".
Đại biểu cũng đánh giá hạn chế: rác thải nông nghiệp, vỏ chai thuốc bảo vệ thực vật vẫn còn vứt bừa bãi ven kênh Tân Hưng; việc phân loại rác chưa đồng đều giữa các ấp.
Phát biểu chỉ đạo, bà Trần Thị Mỹ Hạnh đề nghị Ủy ban MTTQ xã nhiệm kỳ mới tiếp tục thực hiện Kế hoạch số 155-KH/HU của Ban Thường vụ Huyện ủy về lãnh đạo đại hội Mặt trận các cấp, phát huy vai trò người có uy tín trong đồng bào Khmer, Chăm; phấn đấu đến năm 2029 có 100% hộ dân phân loại rác tại nguồn.
Đại hội đã hiệp thương cử 39 vị vào Ủy ban MTTQ Việt Nam xã khóa XII. Tại hội nghị lần thứ nhất, ông Lâm Văn Sang được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII; bà Thị Sa Rinh và ông Mách Ya Sin được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Đại hội cũng bầu 7 đại biểu dự Đại hội đại biểu MTTQ Việt Nam huyện Tân Châu lần thứ XII.
Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 4 tập thể và 9 cá nhân có thành tích xuất sắc trong nhiệm kỳ 2019 - 2024.
Đại hội đã thông qua Nghị quyết Đại hội với các chỉ tiêu chủ yếu cho nhiệm kỳ mới, trong đó chú trọng vận động nhân dân giữ gìn vệ sinh môi trường, xây dựng ấp văn hóa, nông thôn mới nâng cao.
Nguyễn Thanh Tùng
Tin khác
- Xã Tân Đông ra quân "Ngày Chủ nhật xanh" tháng 6 (23/06/2024)
- Hội nghị sơ kết 6 tháng đầu năm 2024 (20/06/2024)
- Trao 10 căn nhà Đại đoàn kết cho hộ nghèo (05/06/2024)
""", "2024-07-09", "Đại hội đại biểu MTTQ Việt Nam xã Tân Đông lần thứ XII, nhiệm kỳ 2024 - 2029",
E("dai_hoi", None, "2024-07-05"),
[P("Trần Thị Mỹ Hạnh", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Tân Châu"),
 P("Võ Minh Trí", "Bí thư Đảng ủy xã"),
 P("Nguyễn Văn Tư", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XI"),
 P("Lâm Văn Sang", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa XII"),
 P("Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Mách Ya Sin", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("125 đại biểu", 125, "đại biểu"), Q("hơn 13.000 người dân", 13000, "người dân", "over"),
 Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("8.600 m2", 8600, "m2"), Q("12 tuyến đường hoa", 12, "tuyến đường hoa"),
 Q("khoảng 9 km", 9, "km", "approx"), Q("5.600 cây sao, cây dầu", 5600, "cây sao, cây dầu"), Q("7/7 ấp", 7, "ấp"),
 Q("5 ấp", 5, "ấp"), Q("340 hộ", 340, "hộ"), Q("56 buổi", 56, "buổi"), Q("100%", 100, "%"), Q("39 vị", 39, "vị"),
 Q("7 đại biểu", 7, "đại biểu"), Q("4 tập thể", 4, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "46", "KH/ĐU", "2021-04-12", "Đảng ủy xã", "Kế hoạch số 46-KH/ĐU ngày 12/4/2021"),
 D("Kế hoạch", "155", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 155-KH/HU")],
[prov("Tây Ninh"), com("Tân Đông")],
["ĐẢNG ỦY - HĐND - UBND XÃ TÂN ĐÔNG", "huyện Tân Châu, tỉnh Tây Ninh", "Trang chủ » Tin tức - Sự kiện » Mặt trận và các đoàn thể",
 "Quang cảnh Đại hội.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Ấp sáng - xanh - sạch - đẹp",
 "Tổ phụ nữ phân loại rác tại nguồn", "Ngày Chủ nhật xanh"],
["T3, 09/07/2024 - 07:30", "lần thứ XII", "nhiệm kỳ 2024 - 2029", "khóa XI", "khóa XII", "đến năm 2029", "lần thứ nhất",
 "nhiệm kỳ 2019 - 2024"]))

PAGES.append(page("b3382-binhdinh-hlhpn-baocao-2024", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH ĐỊNH
Trang chủ / Văn bản - Báo cáo / Báo cáo định kỳ
15/07/2024 09:10
BÁO CÁO
Kết quả thực hiện phong trào "Phụ nữ Bình Định chung tay giảm thiểu rác thải nhựa" 6 tháng đầu năm 2024
Số: 125/BC-HLHPN ngày 12/7/2024 của Ban Thường vụ Hội LHPN tỉnh
Thực hiện Kế hoạch số 18/KH-HLHPN ngày 22/01/2024 của Ban Thường vụ Hội LHPN tỉnh, Ban Thường vụ Hội LHPN tỉnh báo cáo kết quả thực hiện phong trào 6 tháng đầu năm 2024 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền: Các cấp Hội đã tổ chức 412 buổi sinh hoạt chuyên đề với hơn 16.500 lượt hội viên tham dự; phát 8.000 tờ rơi về tác hại của rác thải nhựa; phối hợp với Đài Phát thanh - Truyền hình tỉnh thực hiện 6 phóng sự.
2. Xây dựng mô hình: Toàn tỉnh hiện có 236 mô hình "Chi hội phụ nữ không rác thải nhựa", 118 "Tổ phụ nữ thu gom phế liệu gây quỹ" và 64 điểm "Đổi rác lấy quà"; trong 6 tháng đã thu gom khoảng 47 tấn phế liệu, gây quỹ được hơn 380 triệu đồng, giúp 215 hội viên khó khăn. Mô hình "Xóm chài xanh" ở xã Nhơn Lý, thành phố Quy Nhơn thu hút 92 hộ ngư dân tham gia thu gom rác thải nhựa trên biển.
3. Trồng cây xanh: Hưởng ứng Đề án trồng một tỷ cây xanh, các cấp Hội trồng được 21.400 cây xanh, trong đó Hội LHPN các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh vận động đồng bào Bahnar, Hrê trồng 6.300 cây keo, cây quế.
II. HẠN CHẾ
Việc phân loại rác tại nguồn ở khu vực nông thôn còn hạn chế, chỉ khoảng 35% số hộ hội viên thực hiện thường xuyên; một số cơ sở Hội chưa có kinh phí duy trì mô hình.
III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Tiếp tục triển khai Chỉ thị số 33/CT-TTg ngày 20/8/2020 của Thủ tướng Chính phủ và Quyết định 1316/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ về Đề án tăng cường công tác quản lý chất thải nhựa; phấn đấu đến cuối năm 2024 mỗi huyện, thị xã, thành phố có ít nhất 3 chi hội đạt chuẩn "không rác thải nhựa"; nhân rộng mô hình của chị Đinh Thị Hà, Chủ tịch Hội LHPN xã An Toàn (huyện An Lão) và chị Trần Thị Bích Vân, Chi hội trưởng phụ nữ thôn Lý Hưng, xã Nhơn Lý.
IV. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị UBND tỉnh hỗ trợ kinh phí nhân rộng mô hình thu gom phế liệu gây quỹ ở các xã ven biển; đề nghị Sở Tài nguyên và Môi trường phối hợp tập huấn kỹ năng phân loại rác tại nguồn cho cán bộ Hội cơ sở, nhất là ở các huyện miền núi.
Nơi nhận: Trung ương Hội LHPN Việt Nam; Thường trực Tỉnh ủy; Ban Dân vận Tỉnh ủy; Lưu VP.
TM. BAN THƯỜNG VỤ
Chủ tịch Hội LHPN tỉnh Lê Thị Kim Thoa (đã ký)
Lượt tải: 214
Các tin khác
- Kế hoạch tổ chức Ngày Môi trường thế giới năm 2024 (20/05/2024)
- Báo cáo công tác Hội quý I năm 2024 (10/04/2024)
- Hướng dẫn xây dựng chi hội "không rác thải nhựa" (15/03/2024)
""", "2024-07-15", "Kết quả thực hiện phong trào \"Phụ nữ Bình Định chung tay giảm thiểu rác thải nhựa\" 6 tháng đầu năm 2024",
E("bao_cao", "2024-H1", "2024-07-12"),
[P("Đinh Thị Hà", "Chủ tịch Hội LHPN xã An Toàn"),
 P("Trần Thị Bích Vân", "Chi hội trưởng phụ nữ thôn Lý Hưng"),
 P("Lê Thị Kim Thoa", "Chủ tịch Hội LHPN tỉnh")],
[Q("412 buổi sinh hoạt chuyên đề", 412, "buổi sinh hoạt chuyên đề"), Q("hơn 16.500 lượt hội viên", 16500, "lượt hội viên", "over"),
 Q("8.000 tờ rơi", 8000, "tờ rơi"), Q("6 phóng sự", 6, "phóng sự"), Q("236 mô hình", 236, "mô hình"),
 Q("118 \"Tổ phụ nữ thu gom phế liệu gây quỹ\"", 118, "Tổ phụ nữ thu gom phế liệu gây quỹ"), Q("64 điểm", 64, "điểm"),
 Q("khoảng 47 tấn", 47, "tấn", "approx"), Q("hơn 380 triệu đồng", 380000000, "đồng", "over"),
 Q("215 hội viên", 215, "hội viên"), Q("92 hộ ngư dân", 92, "hộ ngư dân"), Q("21.400 cây xanh", 21400, "cây xanh"),
 Q("6.300 cây keo, cây quế", 6300, "cây keo, cây quế"), Q("khoảng 35%", 35, "%", "approx"),
 Q("ít nhất 3 chi hội", 3, "chi hội", "over")],
[D("Báo cáo", "125", "BC-HLHPN", "2024-07-12", "Ban Thường vụ Hội LHPN tỉnh", "Số: 125/BC-HLHPN ngày 12/7/2024"),
 D("Kế hoạch", "18", "KH-HLHPN", "2024-01-22", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18/KH-HLHPN ngày 22/01/2024"),
 D("Chỉ thị", "33", "CT-TTg", "2020-08-20", "Thủ tướng Chính phủ", "Chỉ thị số 33/CT-TTg ngày 20/8/2020"),
 D("Quyết định", "1316", "QĐ-TTg", "2021-07-22", "Thủ tướng Chính phủ", "Quyết định 1316/QĐ-TTg ngày 22/7/2021")],
[prov("Bình Định"), com("Nhơn Lý"), com("An Toàn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH ĐỊNH", "Trang chủ / Văn bản - Báo cáo / Báo cáo định kỳ", "BÁO CÁO",
 "Phụ nữ Bình Định chung tay giảm thiểu rác thải nhựa", "Chi hội phụ nữ không rác thải nhựa", "Đổi rác lấy quà",
 "Xóm chài xanh", "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "Lượt tải: 214"],
["6 tháng đầu năm 2024", "I. KẾT QUẢ THỰC HIỆN", "1. Công tác tuyên truyền", "2. Xây dựng mô hình", "3. Trồng cây xanh",
 "6 THÁNG CUỐI NĂM 2024", "một tỷ cây xanh", "Lượt tải: 214"]))
