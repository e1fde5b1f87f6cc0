from lib import *
PAGES = []

PAGES.append(page("b8753-phuyen-hnd-taphuan-2021", """
HỘI NÔNG DÂN TỈNH PHÚ YÊN
Trang chủ › Tin tức › Hoạt động các cấp Hội
Thứ Sáu, 26/03/2021 - 15:05
Học viên thực hành trồng cây đước tại bãi triều đầm Cù Mông. Ảnh: Ngọc Mai
Nông dân Sông Cầu học cách "giữ đầm bằng rừng"
Trong 2 ngày 24 - 25/3/2021, Hội Nông dân tỉnh Phú Yên phối hợp với Trung tâm Khuyến nông tỉnh tổ chức 2 lớp tập huấn năm 2021 về kỹ thuật trồng, chăm sóc rừng ngập mặn và nuôi trồng thủy sản dưới tán rừng cho 80 hội viên nông dân các xã Xuân Cảnh, Xuân Phương, Xuân Thịnh và phường Xuân Đài, thị xã Sông Cầu.
Dự khai mạc có ông Nguyễn Văn Quang, Phó Chủ tịch Hội Nông dân tỉnh và bà Lê Thị Kim Thoa, Phó Chủ tịch UBND thị xã Sông Cầu. Lớp học triển khai theo Kế hoạch số 21-KH/HNDT ngày 15/01/2021 của Ban Thường vụ Hội Nông dân tỉnh và Quyết định số 285/QĐ-UBND ngày 22/02/2021 của UBND tỉnh Phú Yên về phục hồi rừng ngập mặn ven đầm, vịnh giai đoạn 2021 - 2025.
Báo cáo viên TS. Nguyễn Thị Thanh Mai, giảng viên Trường Đại học Nha Trang, cho biết đầu những năm 1990, ven đầm Cù Mông và vịnh Xuân Đài có khoảng 120 ha rừng ngập mặn; do phá rừng làm ao nuôi tôm, đến năm 2015 chỉ còn khoảng 30 ha. Sau bão số 12 năm 2017, nhiều đoạn bờ đầm không còn rừng che chắn đã bị sóng đánh sạt lở, hàng chục ao nuôi bị vỡ. Học viên được hướng dẫn chọn giống đước, đưng, mắm; kỹ thuật cắm cọc, buộc cây chống sóng; cách kết hợp nuôi cua, ốc hương dưới tán rừng để có thu nhập.
Buổi thực hành chiều 25/3, các học viên trồng 4.000 cây đước trên 1,5 ha bãi triều thôn Từ Nham. Dự án do một tổ chức quốc tế tài trợ 500 triệu đồng, hỗ trợ mỗi hộ tham gia 2 triệu đồng tiền công chăm sóc trong năm đầu.
Ông Phan Văn Lực, Chủ tịch Hội Nông dân xã Xuân Cảnh, cho biết: "Hồi trước bà con tưởng rừng đước chiếm mất đất nuôi tôm. Giờ thấy chỗ nào còn rừng thì ao không vỡ, con giống cũng khỏe". Ông Đỗ Văn Tư, nông dân thôn Hòa Mỹ, đăng ký nhận chăm sóc 0,5 ha và vận động thêm 5 hộ cùng tham gia.
Bà Võ Thị Hồng, vừa được tín nhiệm giữ chức Chi hội trưởng Chi hội Nông dân thôn Từ Nham, kiến nghị Hội hỗ trợ vốn vay từ Quỹ Hỗ trợ nông dân để các hộ nuôi ốc hương xen rừng.
Phát biểu bế mạc, ông Nguyễn Văn Quang đề nghị các cơ sở Hội phát huy vai trò tổ hợp tác, tổ cộng đồng, đưa nội dung bảo vệ rừng ngập mặn vào sinh hoạt chi hội; phấn đấu trong năm 2021 mỗi xã ven đầm có ít nhất 1 tổ cộng đồng quản lý rừng ngập mặn. Kết thúc tập huấn, 78 học viên được cấp giấy chứng nhận, đạt 97,5%.
Ngọc Mai
Tin liên quan
- Tuy An: vận động ngư dân không khai thác thủy sản bằng chất nổ (18/03/2021)
- Hội Nông dân tỉnh tổng kết công tác năm 2020 (08/01/2021)
- Đông Hòa: 30 hội viên học nghề nuôi tôm an toàn (22/12/2020)
""", "2021-03-26", "Nông dân Sông Cầu học cách \"giữ đầm bằng rừng\"",
E("tap_huan", "2021", "2021-03-24"),
[P("Nguyễn Văn Quang", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Kim Thoa", "Phó Chủ tịch UBND thị xã Sông Cầu"),
 P("Nguyễn Thị Thanh Mai", "Báo cáo viên", "TS.", "giảng viên Trường Đại học Nha Trang"),
 P("Phan Văn Lực", "Chủ tịch Hội Nông dân xã Xuân Cảnh"),
 P("Đỗ Văn Tư", "nông dân thôn Hòa Mỹ"),
 P("Võ Thị Hồng", "Chi hội trưởng Chi hội Nông dân thôn Từ Nham")],
[Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("80 hội viên nông dân", 80, "hội viên nông dân"),
 Q("khoảng 120 ha", 120, "ha", "approx"), Q("khoảng 30 ha", 30, "ha", "approx"), Q("4.000 cây đước", 4000, "cây đước"),
 Q("1,5 ha", 1.5, "ha"), Q("500 triệu đồng", 500000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("0,5 ha", 0.5, "ha"), Q("5 hộ", 5, "hộ"), Q("78 học viên", 78, "học viên"), Q("97,5%", 97.5, "%")],
[D("Kế hoạch", "21", "KH/HNDT", "2021-01-15", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 21-KH/HNDT ngày 15/01/2021"),
 D("Quyết định", "285", "QĐ-UBND", "2021-02-22", "UBND tỉnh Phú Yên", "Quyết định số 285/QĐ-UBND ngày 22/02/2021")],
[prov("Phú Yên"), com("Xuân Cảnh"), com("Xuân Phương"), com("Xuân Thịnh"), com("Xuân Đài")],
["HỘI NÔNG DÂN TỈNH PHÚ YÊN", "Trang chủ › Tin tức › Hoạt động các cấp Hội",
 "Học viên thực hành trồng cây đước tại bãi triều đầm Cù Mông. Ảnh: Ngọc Mai", "giữ đầm bằng rừng", "Quỹ Hỗ trợ nông dân",
 "Trường Đại học Nha Trang"],
["Thứ Sáu, 26/03/2021 - 15:05", "2 ngày 24 - 25/3/2021", "năm 2021", "giai đoạn 2021 - 2025", "những năm 1990", "năm 2015",
 "bão số 12 năm 2017", "chiều 25/3", "năm đầu", "1 tổ cộng đồng"]))

PAGES.append(page("b8754-tiengiang-gocongdong-bdvhu-tongket-2021", """
Cổng thông tin điện tử huyện Gò Công Đông - tỉnh Tiền Giang
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng - Đoàn thể
28/12/2021 - 10:05
Đồng chí Lê Văn Nhựt trao giấy khen cho các tập thể.
Gò Công Đông: Hiệu quả từ mô hình "Dân vận khéo" trồng rừng phòng hộ ven biển
Ngày 27/12, Ban Dân vận Huyện ủy Gò Công Đông tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Dự và chỉ đạo có đồng chí Lê Văn Nhựt, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; đồng chí Phạm Thị Thu Sương, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2021, dù dịch COVID-19 diễn biến phức tạp, khối dân vận huyện đã vận động nhân dân tham gia phòng, chống dịch, đồng thời duy trì phong trào trồng, bảo vệ rừng phòng hộ ven biển. 88 tổ dân vận ấp, khu phố đã vận động người dân đóng góp hơn 2.000 ngày công, cùng lực lượng vũ trang làm 1.800 m hàng rào tre gây bồi và trồng mới 32 ha rừng bần, mắm tại các xã Tân Thành, Tân Điền, Kiểng Phước. Có 12 hộ tự nguyện hiến 3.500 m2 đất để mở rộng tuyến đê biển Gò Công; huyện đã chi hỗ trợ 1,2 tỷ đồng cho các hộ bị ảnh hưởng.
Thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Trồng một tỷ cây xanh giai đoạn 2021 - 2025" và Kết luận 06, 07-KL/HU của Ban Thường vụ Huyện ủy về công tác dân vận vùng ven biển, toàn huyện có 14 mô hình "Dân vận khéo", trong đó 5 mô hình gắn với giữ rừng, giữ đê. Tiêu biểu là mô hình "Tổ tự quản bảo vệ rừng phòng hộ" ở ấp Cầu Muống, xã Tân Thành với 27 hộ thành viên.
Tại hội nghị, ông Võ Văn Đạt, Bí thư Chi bộ ấp Cầu Muống, xã Tân Thành chia sẻ: "Mười năm trước, mỗi mùa gió chướng là đất lở vào cả mấy mét. Nhờ hàng rào tre, rừng bần lên được, giờ bãi bồi ra mấy chục mét, bà con ai cũng mừng". Bà Nguyễn Thị Ngọc Điệp, Chủ tịch Hội LHPN xã Gia Thuận, cho biết Hội đã vận động 150 hội viên tham gia nhặt rác, trồng cây ven biển.
Hội nghị cũng công bố quyết định của Ban Thường vụ Huyện ủy về việc đồng chí Trần Thị Mộng Thu được bổ nhiệm làm Phó Trưởng Ban Dân vận Huyện ủy.
Phát biểu chỉ đạo, đồng chí Lê Văn Nhựt đề nghị năm 2022 khối dân vận tiếp tục vận động nhân dân bảo vệ rừng phòng hộ, không lấn chiếm bãi bồi; tham gia giám sát các công trình chống sạt lở; phấn đấu trồng mới từ 30 ha rừng trở lên, 100% ấp ven biển có tổ tự quản bảo vệ rừng.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2021.
Ngọc Trâm
Tin liên quan
- Tân Điền: ra quân trồng 5 ha rừng phòng hộ (15/12/2021)
- Huyện ủy Gò Công Đông tổng kết công tác xây dựng Đảng năm 2021 (22/12/2021)
- Tặng 200 phần quà cho hộ khó khăn do dịch COVID-19 (30/11/2021)
""", "2021-12-28", "Gò Công Đông: Hiệu quả từ mô hình \"Dân vận khéo\" trồng rừng phòng hộ ven biển",
E("tong_ket", "2021", "2021-12-27"),
[P("Lê Văn Nhựt", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Phạm Thị Thu Sương", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Văn Đạt", "Bí thư Chi bộ ấp Cầu Muống"),
 P("Nguyễn Thị Ngọc Điệp", "Chủ tịch Hội LHPN xã Gia Thuận"),
 P("Trần Thị Mộng Thu", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("88 tổ dân vận", 88, "tổ dân vận"), Q("hơn 2.000 ngày công", 2000, "ngày công", "over"), Q("1.800 m", 1800, "m"),
 Q("32 ha", 32, "ha"), Q("12 hộ", 12, "hộ"), Q("3.500 m2", 3500, "m2"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("14 mô hình", 14, "mô hình"), Q("5 mô hình", 5, "mô hình"), Q("27 hộ thành viên", 27, "hộ thành viên"),
 Q("150 hội viên", 150, "hội viên"), Q("từ 30 ha rừng trở lên", 30, "ha", "over"), Q("100% ấp ven biển", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "524", "QĐ-TTg", "2021-04-01", "Thủ tướng Chính phủ", "Quyết định số 524/QĐ-TTg ngày 01/4/2021"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU")],
[prov("Tiền Giang"), com("Tân Thành"), com("Tân Điền"), com("Kiểng Phước"), com("Gia Thuận")],
["Cổng thông tin điện tử huyện Gò Công Đông - tỉnh Tiền Giang", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng - Đoàn thể",
 "Đồng chí Lê Văn Nhựt trao giấy khen cho các tập thể.", "Dân vận khéo", "Trồng một tỷ cây xanh giai đoạn 2021 - 2025",
 "Tổ tự quản bảo vệ rừng phòng hộ"],
["28/12/2021 - 10:05", "năm 2021", "năm 2022", "COVID-19", "Mười năm trước", "mấy chục mét", "Kết luận 06, 07-KL/HU"]))

PAGES.append(page("b8755-haiphong-ccb-daihoi-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI HỢP - HUYỆN KIẾN THỤY - THÀNH PHỐ HẢI PHÒNG
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Ngày 15/04/2022 | 09:15
Đại hội Hội Cựu chiến binh xã Đại Hợp lần thứ VII, nhiệm kỳ 2022 - 2027
Ngày 14/4/2022, Hội Cựu chiến binh xã Đại Hợp, huyện Kiến Thụy, thành phố Hải Phòng long trọng tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có ông Nguyễn Văn Thắng, Phó Chủ tịch Hội CCB huyện Kiến Thụy; bà Vũ Thị Hường, ĐUV, Phó Chủ tịch UBND xã cùng 98 đại biểu chính thức đại diện cho 215 hội viên của 9 chi hội.
Nhiệm kỳ qua, Hội CCB xã đã phát huy phẩm chất "Bộ đội Cụ Hồ", đi đầu trong phong trào trồng, bảo vệ rừng ngập mặn ven biển. Hưởng ứng Chỉ thị số 16-CT/TU ngày 08/6/2018 của Ban Thường vụ Thành ủy về tăng cường công tác quản lý, bảo vệ và phát triển rừng ngập mặn ven biển, hội viên đã trồng mới 12 ha rừng bần, trang ngoài đê biển; thành lập 2 tổ CCB tự quản tuần tra 3,5 km đê biển, kịp thời phát hiện, báo cáo 6 vụ chặt phá cây ngập mặn, lấn chiếm bãi triều. Hội viên đóng góp 85 triệu đồng và hơn 600 ngày công gia cố đoạn đê xung yếu sau bão số 2 năm 2019.
Về kinh tế, Hội duy trì 3 tổ tiết kiệm và vay vốn với dư nợ 4,6 tỷ đồng cho 112 hộ hội viên; 37 hội viên là chủ trang trại nuôi trồng thủy sản. Đến nay, Hội không còn hộ nghèo, 100% hội viên được học tập nghị quyết của Đảng.
Phát biểu chỉ đạo, ông Nguyễn Văn Thắng đề nghị nhiệm kỳ tới Hội tiếp tục thực hiện Kế hoạch số 35/KH-UBND ngày 20/02/2022 của UBND thành phố về trồng và phục hồi rừng ngập mặn ven biển, phấn đấu trồng thêm ít nhất 10 ha; tham gia giám sát việc giao khoán bảo vệ rừng, xây dựng mô hình "Cựu chiến binh giữ rừng, giữ đê".
Bà Vũ Thị Hường cho biết, xã có hơn 5 km bờ biển, dải rừng ngập mặn ngoài đê là "lá chắn" bảo vệ hơn 2.000 hộ dân; đề nghị Hội CCB tiếp tục là lực lượng nòng cốt trong vận động nhân dân.
Đại hội đã bầu Ban Chấp hành khóa VII gồm 9 đồng chí. Ông Phạm Văn Hòa được tín nhiệm bầu giữ chức Chủ tịch Hội CCB xã nhiệm kỳ 2022 - 2027; ông Đỗ Văn Kiên giữ chức Phó Chủ tịch Hội CCB xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội Hội CCB huyện, thông qua Nghị quyết với 8 chỉ tiêu chủ yếu.
Ông Trần Văn Nhượng, 76 tuổi, hội viên chi hội thôn Tân Hòa, phát biểu: "Hồi chiến tranh chúng tôi giữ đất, giờ tuổi già giữ rừng. Cây bần, cây trang bám được rồi thì sóng không vào tới làng".
Thu Trang
Tin liên quan
- Tú Sơn: Đại hội Hội CCB xã nhiệm kỳ 2022 - 2027 (12/04/2022)
- Kiến Thụy: ra quân trồng 8 ha rừng ngập mặn (25/03/2022)
- Hội CCB huyện trao 20 sổ tiết kiệm cho hội viên khó khăn (15/03/2022)
""", "2022-04-15", "Đại hội Hội Cựu chiến binh xã Đại Hợp lần thứ VII, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-04-14"),
[P("Nguyễn Văn Thắng", "Phó Chủ tịch Hội CCB huyện Kiến Thụy"),
 P("Vũ Thị Hường", "ĐUV", "Phó Chủ tịch UBND xã"),
 P("Phạm Văn Hòa", "Chủ tịch Hội CCB xã nhiệm kỳ 2022 - 2027"),
 P("Đỗ Văn Kiên", "Phó Chủ tịch Hội CCB xã"),
 P("Trần Văn Nhượng", "hội viên chi hội thôn Tân Hòa")],
[Q("98 đại biểu chính thức", 98, "đại biểu chính thức"), Q("215 hội viên", 215, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("12 ha", 12, "ha"), Q("2 tổ CCB tự quản", 2, "tổ CCB tự quản"), Q("3,5 km", 3.5, "km"),
 Q("6 vụ chặt phá cây ngập mặn", 6, "vụ chặt phá cây ngập mặn"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("hơn 600 ngày công", 600, "ngày công", "over"), Q("3 tổ tiết kiệm và vay vốn", 3, "tổ tiết kiệm và vay vốn"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("112 hộ hội viên", 112, "hộ hội viên"), Q("37 hội viên", 37, "hội viên"),
 Q("100% hội viên", 100, "%"), Q("ít nhất 10 ha", 10, "ha", "over"), Q("hơn 5 km", 5, "km", "over"),
 Q("hơn 2.000 hộ dân", 2000, "hộ dân", "over"), Q("9 đồng chí", 9, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"),
 Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu")],
[D("Chỉ thị", "16", "CT/TU", "2018-06-08", "Ban Thường vụ Thành ủy", "Chỉ thị số 16-CT/TU ngày 08/6/2018"),
 D("Kế hoạch", "35", "KH-UBND", "2022-02-20", "UBND thành phố", "Kế hoạch số 35/KH-UBND ngày 20/02/2022")],
[prov("Hải Phòng"), com("Đại Hợp")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐẠI HỢP - HUYỆN KIẾN THỤY - THÀNH PHỐ HẢI PHÒNG", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Bộ đội Cụ Hồ", "Cựu chiến binh giữ rừng, giữ đê", "lá chắn"],
["Ngày 15/04/2022 | 09:15", "lần thứ VII", "nhiệm kỳ 2022 - 2027", "bão số 2 năm 2019", "9 đồng chí", "khóa VII", "76 tuổi"]))

PAGES.append(page("b8756-ninhthuan-bdvtw-baocao-2022", """
Báo Ninh Thuận điện tử
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Sáu, 12/08/2022, 16:40
Đoàn công tác Ban Dân vận Trung ương nghe báo cáo công tác dân vận vùng ven biển
NTO - Ngày 11/8/2022, Đoàn công tác Ban Dân vận Trung ương do đồng chí Lê Văn Phúc, Phó Trưởng Ban Dân vận Trung ương làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Ninh Thuận, nghe báo cáo kết quả công tác dân vận trong bảo vệ, phát triển rừng ngập mặn và phòng, chống sạt lở bờ biển. Tiếp và làm việc với đoàn có đồng chí Lê Huy Thịnh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Thập Văn Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo của Ban Thường vụ Tỉnh ủy nêu rõ, thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Nghị quyết số 11-NQ/TU ngày 05/4/2021 của Tỉnh ủy về phát triển kinh tế biển gắn với bảo vệ môi trường, các cấp đã vận động nhân dân vùng đầm Nại, ven biển Ninh Hải, Thuận Nam tham gia trồng, bảo vệ rừng ngập mặn. Diện tích rừng ngập mặn đầm Nại từ khoảng 150 ha năm 2015 đã tăng lên 218 ha; riêng năm 2021 trồng mới 20 ha với 80.000 cây giống.
Ninh Thuận có 105 km bờ biển, hiện có 11 điểm sạt lở với tổng chiều dài khoảng 9 km, nghiêm trọng nhất tại xã Phước Dinh, xã Nhơn Hải và xã Tri Hải. Đã có 87 hộ ở vùng nguy cơ cao được vận động di dời; tỉnh bố trí 3 tỷ đồng hỗ trợ làm nhà ở khu tái định cư. Mặt trận và các đoàn thể đã xây dựng 25 mô hình "Dân vận khéo" về bảo vệ môi trường biển, trong đó có mô hình "Cộng đồng đồng quản lý rừng ngập mặn" ở thôn Mỹ Hiệp, xã Phương Hải với 64 hộ tham gia.
Đồng chí Quảng Thị Ngọc Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết khó khăn lớn nhất là sinh kế của người dân sống quanh đầm còn phụ thuộc vào khai thác thủy sản, một số hộ vẫn lén chặt cây làm củi, đặt lừ trong rừng non. Ông Chamaléa Điều, người có uy tín thôn Ma Trai, đề nghị có chính sách trả tiền dịch vụ môi trường rừng cho hộ giữ rừng ngập mặn.
Phát biểu tại buổi làm việc, đồng chí Lê Văn Phúc ghi nhận những kết quả tỉnh đạt được, đề nghị Ninh Thuận tiếp tục phát huy vai trò của người có uy tín, chức sắc tôn giáo trong đồng bào Chăm; chú trọng dân vận chính quyền, công khai các dự án ven biển để người dân tham gia giám sát; tổng kết, nhân rộng các mô hình đồng quản lý rừng. Đoàn sẽ tổng hợp các kiến nghị của tỉnh về cơ chế chi trả dịch vụ môi trường rừng ngập mặn để báo cáo Ban Bí thư.
Cùng ngày, đoàn khảo sát thực tế tại khu rừng ngập mặn đầm Nại và tặng 50 suất quà, mỗi suất 500.000 đồng, cho các hộ tham gia giữ rừng.
Phương Nhi
Tin liên quan
- Ninh Hải: ra mắt tổ cộng đồng bảo vệ rừng ngập mặn (28/07/2022)
- Hội nghị người có uy tín trong đồng bào Chăm năm 2022 (15/07/2022)
- Thuận Nam: sạt lở bờ biển đe dọa khu dân cư Sơn Hải (02/07/2022)
""", "2022-08-12", "Đoàn công tác Ban Dân vận Trung ương nghe báo cáo công tác dân vận vùng ven biển",
E("bao_cao", None, "2022-08-11"),
[P("Lê Văn Phúc", "Phó Trưởng Ban Dân vận Trung ương"),
 P("Lê Huy Thịnh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thập Văn Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Thị Ngọc Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chamaléa Điều", "người có uy tín thôn Ma Trai")],
[Q("khoảng 150 ha", 150, "ha", "approx"), Q("218 ha", 218, "ha"), Q("20 ha", 20, "ha"), Q("80.000 cây giống", 80000, "cây giống"),
 Q("105 km", 105, "km"), Q("11 điểm sạt lở", 11, "điểm sạt lở"), Q("khoảng 9 km", 9, "km", "approx"), Q("87 hộ", 87, "hộ"),
 Q("3 tỷ đồng", 3000000000, "đồng"), Q("25 mô hình", 25, "mô hình"), Q("64 hộ", 64, "hộ"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Nghị quyết", "11", "NQ/TU", "2021-04-05", "Tỉnh ủy", "Nghị quyết số 11-NQ/TU ngày 05/4/2021")],
[prov("Ninh Thuận"), com("Phước Dinh"), com("Nhơn Hải"), com("Tri Hải"), com("Phương Hải")],
["Báo Ninh Thuận điện tử", "Trang chủ / Chính trị / Xây dựng Đảng", "NTO -", "Quy chế công tác dân vận của hệ thống chính trị",
 "Dân vận khéo", "Cộng đồng đồng quản lý rừng ngập mặn", "đầm Nại"],
["Thứ Sáu, 12/08/2022, 16:40", "năm 2015", "năm 2021"]))

PAGES.append(page("b8757-baria-vungtau-mttq-phanbien-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU
Trang chủ » Giám sát, phản biện xã hội
14:30 | 09/06/2023
Phản biện chính sách hỗ trợ trồng rừng phòng hộ ven biển: cần tính đến sinh kế người giữ rừng
Sáng 8/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ trồng, bảo vệ rừng phòng hộ ven biển giai đoạn 2023 - 2030. Bà Nguyễn Thị Yến Phượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị với sự tham dự của 45 đại biểu là thành viên Hội đồng tư vấn, các nhà khoa học, đại diện Ủy ban MTTQ các huyện, thị xã ven biển.
Theo dự thảo do Sở Nông nghiệp và PTNT xây dựng trên cơ sở Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ và Kế hoạch số 96/KH-UBND ngày 20/4/2023 của UBND tỉnh, giai đoạn 2023 - 2030 tỉnh sẽ trồng mới khoảng 400 ha rừng phòng hộ ven biển, với tổng kinh phí khoảng 65 tỷ đồng. Mức hỗ trợ trồng rừng phi lao chắn cát là 15 triệu đồng/ha, trồng rừng ngập mặn tối đa 30 triệu đồng/ha; hỗ trợ khoán bảo vệ 400.000 đồng/ha/năm.
Góp ý tại hội nghị, TS. Lê Văn Minh, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, cho rằng mức hỗ trợ trồng rừng ngập mặn còn thấp so với chi phí thực tế ở vùng sóng lớn, cần tính thêm chi phí cọc, hàng rào chắn sóng. Luật sư Trần Quang Huy, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, đề nghị quy định rõ trách nhiệm của chủ rừng và cộng đồng dân cư, tránh chồng chéo.
Các ông, bà Phạm Văn Sang, Nguyễn Thị Lài, Hồ Văn Bình - Chủ tịch Ủy ban MTTQ Việt Nam các xã ven biển phản ánh tình trạng sạt lở tại các xã Phước Thuận, Bình Châu, Lộc An đang uy hiếp nhiều đoạn bờ biển, có nơi lấn sâu 20 - 30 m; người dân sẵn sàng tham gia trồng, giữ rừng nếu được hưởng lợi từ du lịch sinh thái và thủy sản dưới tán rừng. Đại diện xã Long Sơn cho biết có khoảng 60 hộ đang sinh sống ven rừng ngập mặn cần được ưu tiên giao khoán.
Tổng hợp các ý kiến, bà Nguyễn Thị Yến Phượng cho biết hội nghị đã ghi nhận 18 ý kiến phản biện, tập trung vào mức hỗ trợ, đối tượng ưu tiên, cơ chế hưởng lợi và trách nhiệm giám sát. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ hoàn thiện văn bản phản biện gửi UBND tỉnh, HĐND tỉnh trước kỳ họp giữa năm.
Theo số liệu của ngành nông nghiệp, Bà Rịa - Vũng Tàu có 305 km bờ biển, diện tích rừng phòng hộ ven biển hiện còn khoảng 2.560 ha, trong đó hơn 1.900 ha rừng ngập mặn tập trung ở Long Sơn, Cỏ May và ven sông Ray.
Diệu Linh
Tin liên quan
- Xuyên Mộc: sạt lở bờ biển Bình Châu đe dọa khu dân cư (25/05/2023)
- MTTQ tỉnh giám sát việc quản lý rừng phòng hộ Núi Dinh (10/05/2023)
- Thị trấn Phước Hải ra mắt mô hình "Khu dân cư xanh - sạch - đẹp" (02/05/2023)
""", "2023-06-09", "Phản biện chính sách hỗ trợ trồng rừng phòng hộ ven biển: cần tính đến sinh kế người giữ rừng",
E("hoi_nghi", None, "2023-06-08"),
[P("Nguyễn Thị Yến Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Minh", "TS.", "Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
 P("Trần Quang Huy", "Luật sư", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Sang", "Chủ tịch Ủy ban MTTQ Việt Nam các xã ven biển"),
 P("Nguyễn Thị Lài", "Chủ tịch Ủy ban MTTQ Việt Nam các xã ven biển"),
 P("Hồ Văn Bình", "Chủ tịch Ủy ban MTTQ Việt Nam các xã ven biển")],
[Q("45 đại biểu", 45, "đại biểu"), Q("khoảng 400 ha", 400, "ha", "approx"), Q("khoảng 65 tỷ đồng", 65000000000, "đồng", "approx"),
 Q("15 triệu đồng/ha", 15000000, "đồng"), Q("tối đa 30 triệu đồng/ha", 30000000, "đồng"), Q("400.000 đồng/ha/năm", 400000, "đồng"),
 Q("khoảng 60 hộ", 60, "hộ", "approx"), Q("18 ý kiến phản biện", 18, "ý kiến phản biện"), Q("305 km", 305, "km"),
 Q("khoảng 2.560 ha", 2560, "ha", "approx"), Q("hơn 1.900 ha", 1900, "ha", "over")],
[D("Nghị định", "156", "2018/NĐ-CP", "2018-11-16", "Chính phủ", "Nghị định số 156/2018/NĐ-CP ngày 16/11/2018"),
 D("Kế hoạch", "96", "KH-UBND", "2023-04-20", "UBND tỉnh", "Kế hoạch số 96/KH-UBND ngày 20/4/2023")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Thuận"), com("Bình Châu"), com("Lộc An"), com("Long Sơn")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÀ RỊA - VŨNG TÀU", "Trang chủ » Giám sát, phản biện xã hội", "Hội đồng tư vấn",
 "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"],
["14:30 | 09/06/2023", "giai đoạn 2023 - 2030", "20 - 30 m", "kỳ họp giữa năm"]))

PAGES.append(page("b8758-quangtri-bdv-giaoban-q3-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
You are here: Trang chủ / Tin hoạt động / Dân vận các cấp
Thứ Sáu, 29/09/2023, 08:05
Quang cảnh buổi giao ban. Ảnh: Hoài Nam
Quan tâm vận động nhân dân vùng ven biển thích ứng với sạt lở
Ngày 28/9, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý III năm 2023. Đồng chí Hoàng Thị Thu Hiền, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Trưởng Ban Dân vận các huyện ủy, thị ủy, thành ủy và Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy Lê Quang Hòa.
Quý III, khối dân vận các cấp tập trung vận động nhân dân vùng ven biển chủ động phòng, chống thiên tai trước mùa mưa bão. Theo báo cáo, đến nay bờ biển các huyện Gio Linh, Triệu Phong, Vĩnh Linh có 7 điểm sạt lở với tổng chiều dài khoảng 3,2 km, làm mất hơn 120 ha rừng phi lao phòng hộ; 312 hộ dân ở các xã Gio Hải, Triệu Vân, Triệu Lăng, Vĩnh Thái và thị trấn Cửa Tùng bị ảnh hưởng. Mặt trận, các đoàn thể đã vận động 1.500 lượt đoàn viên, hội viên tham gia trồng 35 ha phi lao, cây bần ven cửa sông; các doanh nghiệp đóng góp 860 triệu đồng mua cây giống, rọ đá.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết 08, 09-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển và về ứng phó với biến đổi khí hậu vùng ven biển; phối hợp triển khai Quyết định số 1819/QĐ-UBND ngày 14/7/2023 của UBND tỉnh về kế hoạch di dời dân cư vùng sạt lở. Đến nay, 46 hộ đã đồng thuận di dời.
Tại giao ban, đồng chí Trần Văn Dũng, HUV, Trưởng Ban Dân vận Huyện ủy Gio Linh, phản ánh một số hộ ở thôn Xuân Tiến, xã Gio Hải chưa đồng thuận di dời vì lo sinh kế; đề nghị có chính sách hỗ trợ đào tạo nghề, vay vốn. Đồng chí Nguyễn Thị Thủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Triệu Phong, cho biết Mặt trận huyện đã tiếp nhận 15 ý kiến của người dân về chất lượng kè tạm, đã chuyển cơ quan chức năng xử lý 12 ý kiến.
Kết luận giao ban, đồng chí Hoàng Thị Thu Hiền yêu cầu quý IV các cấp tiếp tục bám nắm tình hình nhân dân vùng ven biển; chuẩn bị phương án "4 tại chỗ" ứng phó mưa bão; vận động người dân trồng, bảo vệ rừng phi lao, rừng ngập mặn; tăng cường đối thoại để giải quyết kịp thời kiến nghị của nhân dân.
Đồng chí cũng lưu ý Ban Dân vận các huyện ủy ven biển phối hợp Hội Nông dân, Hội LHPN, Đoàn Thanh niên xây dựng kế hoạch ra quân trồng cây chắn cát, chắn sóng sau mùa mưa, gắn với phong trào thi đua "Dân vận khéo" năm 2023.
Hoài Nam
Tin liên quan
- Vĩnh Linh: vận động 20 hộ di dời khỏi vùng sạt lở Cửa Tùng (20/09/2023)
- Giao ban công tác dân vận quý II năm 2023 (05/07/2023)
- Triệu Phong ra quân trồng 10 ha phi lao ven biển (15/06/2023)
""", "2023-09-29", "Quan tâm vận động nhân dân vùng ven biển thích ứng với sạt lở",
E("giao_ban", "2023-Q3", "2023-09-28"),
[P("Hoàng Thị Thu Hiền", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lê Quang Hòa", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Dũng", "HUV", "Trưởng Ban Dân vận Huyện ủy Gio Linh"),
 P("Nguyễn Thị Thủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Triệu Phong")],
[Q("7 điểm sạt lở", 7, "điểm sạt lở"), Q("khoảng 3,2 km", 3.2, "km", "approx"), Q("hơn 120 ha", 120, "ha", "over"),
 Q("312 hộ dân", 312, "hộ dân"), Q("1.500 lượt đoàn viên, hội viên", 1500, "lượt đoàn viên, hội viên"), Q("35 ha", 35, "ha"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("46 hộ", 46, "hộ"), Q("15 ý kiến", 15, "ý kiến"), Q("12 ý kiến", 12, "ý kiến")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 08, 09-NQ/TU"),
 D("Quyết định", "1819", "QĐ-UBND", "2023-07-14", "UBND tỉnh", "Quyết định số 1819/QĐ-UBND ngày 14/7/2023")],
[prov("Quảng Trị"), com("Gio Hải"), com("Triệu Vân"), com("Triệu Lăng"), com("Vĩnh Thái"), com("Cửa Tùng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "You are here: Trang chủ / Tin hoạt động / Dân vận các cấp",
 "Quang cảnh buổi giao ban. Ảnh: Hoài Nam", "Dân vận khéo"],
["Thứ Sáu, 29/09/2023, 08:05", "quý III năm 2023", "quý IV", "4 tại chỗ", "Nghị quyết 08, 09-NQ/TU", "năm 2023"]))
