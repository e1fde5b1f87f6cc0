from lib import *
PAGES = []

PAGES.append(page("b3713-binhthuan-ramuwan-traoqua-2021", """
BÌNH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Thuận
Chính trị > Dân tộc - Tôn giáo
Thứ Tư, 12/05/2021 - 08:45
Ảnh: N.Lân
Chia sẻ với đồng bào Chăm Bàni trong tháng Ramưwan mùa dịch
Chiều 10/5, đồng chí Nguyễn Hoài Nam, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bình Thuận cùng đoàn công tác đã đến thăm, tặng quà Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh và các vị Acar đang nhập chùa tại thánh đường Bàni thôn Bình Minh, xã Phan Thanh, huyện Bắc Bình nhân dịp lễ Ramưwan năm 2021.
Đón tiếp đoàn, Sư cả Đàng Năng Đấu, Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh cho biết: thực hiện các biện pháp phòng, chống dịch Covid-19, năm nay các thánh đường chỉ tổ chức lễ nhập chùa với số lượng hạn chế; mỗi thánh đường không quá 30 vị Acar, các nghi thức khác được giản lược. Toàn tỉnh có 219 vị Acar nhập chùa tại 10 thánh đường, giảm khoảng 40% so với năm 2019.
Thay mặt lãnh đạo tỉnh, đồng chí Nguyễn Hoài Nam ghi nhận tinh thần chấp hành nghiêm các quy định phòng chống dịch của chức sắc và tín đồ; đề nghị các vị tiếp tục tuyên truyền bà con thực hiện Thông điệp 5K của Bộ Y tế, Công điện số 15/CĐ-UBND của UBND tỉnh; không tụ tập đông người, hạn chế đi lại.
Dịp này, đoàn đã trao 10 phần quà cho 10 thánh đường, mỗi phần gồm 5 triệu đồng tiền mặt và nhu yếu phẩm; tặng 219 suất quà cho các vị Acar, mỗi suất trị giá 300.000 đồng.
Cùng ngày, đoàn do đồng chí Lê Tuấn Khang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dẫn đầu thăm, tặng quà thánh đường Bàni tại thôn Lạc Trị, xã Phú Lạc, huyện Tuy Phong. Ông Bá Minh Trung, Chủ tịch UBND huyện Tuy Phong, báo cáo huyện đã hỗ trợ 3 thánh đường trang bị máy đo thân nhiệt, nước sát khuẩn, khẩu trang với tổng giá trị hơn 45 triệu đồng.
Trước đó, Ủy ban MTTQ Việt Nam tỉnh và Ban Dân tộc tỉnh cũng tổ chức thăm, tặng 150 phần quà cho hộ đồng bào Chăm có hoàn cảnh khó khăn ở các xã Phan Hiệp, Phan Hòa, Phan Thanh, Bình Tân với tổng trị giá 75 triệu đồng. Bà Bố Thị Xuân Lan, Phó Bí thư Thường trực Tỉnh ủy, nhắc lại sự đồng hành của cộng đồng Chăm Bàni trong đợt dịch năm 2020.
Theo Ban Dân tộc tỉnh, Bình Thuận hiện có trên 39.000 đồng bào Chăm, trong đó khoảng 21.000 người theo Hồi giáo Bàni, tập trung ở Bắc Bình và Tuy Phong. Thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc, đời sống đồng bào Chăm tiếp tục được nâng lên.
N.LÂN - K.HẰNG
Tin liên quan
- Bắc Bình: phòng, chống dịch trong mùa lễ Ramưwan (05/05/2021)
- Ra quân tiêm vắc xin cho người dân vùng dân tộc (28/04/2021)
- Tuy Phong hỗ trợ người dân gặp khó khăn do dịch (20/04/2021)
""", "2021-05-12", "Chia sẻ với đồng bào Chăm Bàni trong tháng Ramưwan mùa dịch",
E("trao_qua", None, "2021-05-10"),
[P("Nguyễn Hoài Nam", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Bình Thuận"),
 P("Đàng Năng Đấu", "Sư cả", "Trưởng Ban Đại diện Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
 P("Lê Tuấn Khang", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Bá Minh Trung", "Chủ tịch UBND huyện Tuy Phong"),
 P("Bố Thị Xuân Lan", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("không quá 30 vị Acar", 30, "vị Acar"), Q("219 vị Acar", 219, "vị Acar"), Q("10 thánh đường", 10, "thánh đường"),
 Q("khoảng 40%", 40, "%", "approx"), Q("10 phần quà", 10, "phần quà"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("219 suất quà", 219, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("3 thánh đường", 3, "thánh đường"),
 Q("hơn 45 triệu đồng", 45000000, "đồng", "over"), Q("150 phần quà", 150, "phần quà"), Q("75 triệu đồng", 75000000, "đồng"),
 Q("trên 39.000 đồng bào Chăm", 39000, "đồng bào Chăm", "over"), Q("khoảng 21.000 người", 21000, "người", "approx")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương khóa IX", "Nghị quyết số 24-NQ/TW")],
[prov("Bình Thuận"), com("Phan Thanh"), com("Phú Lạc"), com("Phan Hiệp"), com("Phan Hòa"), com("Bình Tân")],
["BÌNH THUẬN ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Thuận", "Chính trị > Dân tộc - Tôn giáo",
 "Ảnh: N.Lân", "Thông điệp 5K", "Công điện số 15/CĐ-UBND"],
["Thứ Tư, 12/05/2021 - 08:45", "lễ Ramưwan năm 2021", "Covid-19", "5K", "năm 2019", "năm 2020", "15/CĐ-UBND", "khóa IX"]))

PAGES.append(page("b3714-ninhthuan-bdv-giaoban-q3-2021", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Trang chủ / Tin tức / Tin hoạt động
08/10/2021 - 15:30
Katê năm nay chỉ tổ chức phần lễ trong khuôn viên đền tháp
Sáng 6/10, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức giao ban khối dân vận quý III/2021 theo hình thức trực tuyến đến 7 điểm cầu huyện, thành phố. Hội nghị tập trung đánh giá công tác vận động nhân dân phòng, chống dịch Covid-19 và việc chuẩn bị lễ hội Katê của đồng bào Chăm.
Đồng chí Phạm Văn Hưng chủ trì giao ban tại điểm cầu tỉnh.
Đồng chí Phạm Văn Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Theo báo cáo, quý III, khối dân vận đã vận động được hơn 9,6 tỷ đồng và trên 320 tấn lương thực, thực phẩm hỗ trợ người dân trong vùng phong tỏa; 1.245 tổ Covid cộng đồng hoạt động hiệu quả. Người dân vùng đồng bào Chăm, Raglai đồng thuận cao, tỷ lệ tiêm mũi 1 vắc xin đạt 92,4%.
Về lễ hội Katê, thực hiện Công văn số 4016/UBND-KGVX ngày 24/9/2021 của UBND tỉnh, năm nay chỉ tổ chức phần lễ tại 3 đền tháp Po Klong Garai, Po Rômê, Po Inư Nưgar, mỗi nơi không quá 20 người; không tổ chức phần hội. Hội đồng chức sắc Bà-la-môn tỉnh đã thống nhất với chủ trương của tỉnh và vận động bà con đón Katê tại gia đình. Đồng chí Thuận Hữu, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Ban đã phối hợp Ban Dân tộc tỉnh và Sở Văn hóa, Thể thao và Du lịch trao 470 phần quà cho chức sắc, hộ nghèo người Chăm.
Tại điểm cầu huyện Bác Ái, đồng chí Katơr Thị Mỹ Hạnh, Trưởng Ban Dân vận Huyện ủy, báo cáo việc vận động 38 hộ Raglai ở thôn Ma Oai, xã Phước Tân thực hiện cách ly y tế đúng quy định. Đồng chí Thiên Sanh Lập, Bí thư Đảng ủy xã Phước Thái, đề nghị hỗ trợ thêm cho khoảng 200 lao động người Chăm mất việc từ các tỉnh phía Nam trở về.
Kết luận giao ban, đồng chí Phạm Văn Hưng đề nghị quý IV tiếp tục thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về phòng chống dịch trong tình hình mới và về công tác dân vận vùng đồng bào dân tộc thiểu số; triển khai Kế hoạch số 56-KH/BDVTU về tổ chức thăm hỏi người có uy tín cuối năm 2021.
Được biết, trong quý III, Ban Dân vận Tỉnh ủy đã phát hành 2.000 tờ rơi bằng tiếng Chăm và tiếng Raglai tuyên truyền về phòng, chống dịch. Nhiều chức sắc, người có uy tín đã dùng loa phát thanh của thánh đường, đền tháp nhắc nhở bà con đeo khẩu trang, giữ khoảng cách.
Lê Minh
Lượt xem: 318
Tin liên quan
- Gặp mặt trực tuyến chức sắc Bà-la-môn trước lễ Katê (29/09/2021)
- Thăm hỏi lực lượng tuyến đầu chống dịch (15/09/2021)
- Giao ban khối dân vận quý II/2021 (09/07/2021)
- Vận động đồng bào Raglai tiêm vắc xin (01/07/2021)
""", "2021-10-08", "Katê năm nay chỉ tổ chức phần lễ trong khuôn viên đền tháp",
E("giao_ban", "2021-Q3", "2021-10-06"),
[P("Phạm Văn Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thuận Hữu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Katơr Thị Mỹ Hạnh", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thiên Sanh Lập", "Bí thư Đảng ủy xã Phước Thái")],
[Q("7 điểm cầu huyện, thành phố", 7, "điểm cầu huyện, thành phố"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("trên 320 tấn", 320, "tấn", "over"), Q("1.245 tổ Covid cộng đồng", 1245, "tổ Covid cộng đồng"), Q("92,4%", 92.4, "%"),
 Q("3 đền tháp", 3, "đền tháp"), Q("không quá 20 người", 20, "người"), Q("470 phần quà", 470, "phần quà"),
 Q("38 hộ Raglai", 38, "hộ Raglai"), Q("khoảng 200 lao động người Chăm", 200, "lao động người Chăm", "approx"),
 Q("2.000 tờ rơi", 2000, "tờ rơi")],
[D("Công văn", "4016", "UBND-KGVX", "2021-09-24", "UBND tỉnh", "Công văn số 4016/UBND-KGVX ngày 24/9/2021"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Kế hoạch", "56", "KH/BDVTU", None, None, "Kế hoạch số 56-KH/BDVTU")],
[prov("Ninh Thuận"), com("Phước Tân"), com("Phước Thái")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Trang chủ / Tin tức / Tin hoạt động", "Đồng chí Phạm Văn Hưng chủ trì giao ban tại điểm cầu tỉnh.",
 "Po Klong Garai", "Lượt xem: 318"],
["08/10/2021 - 15:30", "quý III/2021", "quý IV", "mũi 1", "Covid-19", "Lượt xem: 318"]))

PAGES.append(page("b3715-khanhson-baocao-dantoc-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHÁNH SƠN
You are here: Trang chủ > Tin tức > Công tác dân tộc
Ngày 10/11/2022 | 14:10
Năm 2022: Khánh Sơn giảm 7,8% hộ nghèo trong đồng bào Raglai
UBND huyện Khánh Sơn (tỉnh Khánh Hòa) vừa có Báo cáo số 412/BC-UBND ngày 8/11/2022 về kết quả thực hiện công tác dân tộc và chính sách dân tộc năm 2022. Theo báo cáo, đến cuối năm 2022 tỷ lệ hộ nghèo của huyện còn 28,6%, giảm 7,8% so với cuối năm 2021; riêng hộ nghèo đồng bào Raglai giảm 612 hộ.
Người dân Raglai xã Sơn Bình thu hoạch sầu riêng. Ảnh minh họa
Năm 2022, huyện được phân bổ hơn 86,3 tỷ đồng thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ; đến ngày 31/10/2022 đã giải ngân khoảng 61%. Huyện đã hỗ trợ 143 hộ làm nhà ở, 210 hộ được hỗ trợ nước sinh hoạt phân tán, xây dựng 9 công trình giao thông, 2 nhà sinh hoạt cộng đồng.
Về chính sách đối với người có uy tín, huyện có 62 người có uy tín; năm 2022 đã tổ chức thăm hỏi, tặng quà dịp Tết với mức 600.000 đồng/người, thăm 11 người ốm đau, tổ chức cho 30 người có uy tín đi tham quan học tập kinh nghiệm tại tỉnh Lâm Đồng. Người có uy tín đã tham gia hòa giải thành 19 vụ việc mâu thuẫn trong nội bộ nhân dân, vận động 54 hộ đồng bào Raglai trả lại đất lấn chiếm rừng.
Công tác bảo tồn văn hóa Raglai được quan tâm: huyện đã khôi phục lễ hội mừng lúa mới ở xã Ba Cụm Nam, duy trì 12 đội mã la, chiêng tre ở các thôn; đưa 3 nghệ nhân ưu tú tham gia truyền dạy sử thi Raglai. Ông Bo Bo Thanh Hải, người có uy tín thôn Dốc Gạo, xã Sơn Trung, được Chủ tịch UBND tỉnh tặng bằng khen.
Báo cáo cũng nêu hạn chế: tiến độ giải ngân vốn sự nghiệp còn chậm; một số hộ đã thoát nghèo nhưng chưa bền vững; tình trạng tảo hôn vẫn còn 4 trường hợp. Ông Lê Tấn Thi, Phó Chủ tịch UBND huyện, chỉ đạo Phòng Dân tộc phối hợp các xã rà soát, đẩy nhanh tiến độ, bảo đảm giải ngân 100% vốn năm 2022 trước ngày 31/01/2023.
Năm 2023, huyện đặt mục tiêu giảm trên 5% hộ nghèo, thực hiện Nghị quyết số 08-NQ/HU ngày 20/5/2021 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025.
Bà Mấu Thị Bích Hạnh, Trưởng phòng Dân tộc huyện, cho biết phòng đang tham mưu UBND huyện tổ chức hội nghị biểu dương người có uy tín tiêu biểu vào tháng 12.
Phòng Dân tộc huyện Khánh Sơn
Lượt truy cập: 1.046.532
Tin khác
- Sơn Bình tổ chức lễ mừng lúa mới của đồng bào Raglai (02/11/2022)
- Thăm, tặng quà người có uy tín bị ốm đau (20/10/2022)
- Khánh Sơn: tập huấn nghiệp vụ cho cán bộ làm công tác dân tộc (05/10/2022)
""", "2022-11-10", "Năm 2022: Khánh Sơn giảm 7,8% hộ nghèo trong đồng bào Raglai",
E("bao_cao", "2022", "2022-11-08"),
[P("Bo Bo Thanh Hải", "người có uy tín thôn Dốc Gạo"),
 P("Lê Tấn Thi", "Phó Chủ tịch UBND huyện"),
 P("Mấu Thị Bích Hạnh", "Trưởng phòng Dân tộc huyện")],
[Q("28,6%", 28.6, "%"), Q("7,8%", 7.8, "%"), Q("612 hộ", 612, "hộ"), Q("hơn 86,3 tỷ đồng", 86300000000, "đồng", "over"),
 Q("khoảng 61%", 61, "%", "approx"), Q("143 hộ", 143, "hộ"), Q("210 hộ", 210, "hộ"), Q("9 công trình giao thông", 9, "công trình giao thông"),
 Q("2 nhà sinh hoạt cộng đồng", 2, "nhà sinh hoạt cộng đồng"), Q("62 người có uy tín", 62, "người có uy tín"),
 Q("600.000 đồng", 600000, "đồng"), Q("11 người", 11, "người"), Q("30 người có uy tín", 30, "người có uy tín"),
 Q("19 vụ việc mâu thuẫn", 19, "vụ việc mâu thuẫn"), Q("54 hộ đồng bào Raglai", 54, "hộ đồng bào Raglai"),
 Q("12 đội mã la, chiêng tre", 12, "đội mã la, chiêng tre"), Q("3 nghệ nhân ưu tú", 3, "nghệ nhân ưu tú"),
 Q("4 trường hợp", 4, "trường hợp"), Q("100%", 100, "%"), Q("trên 5%", 5, "%", "over")],
[D("Báo cáo", "412", "BC-UBND", "2022-11-08", "UBND huyện Khánh Sơn", "Báo cáo số 412/BC-UBND ngày 8/11/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "08", "NQ/HU", "2021-05-20", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU ngày 20/5/2021")],
[prov("Khánh Hòa"), prov("Lâm Đồng"), com("Sơn Bình"), com("Ba Cụm Nam"), com("Sơn Trung")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHÁNH SƠN", "You are here: Trang chủ > Tin tức > Công tác dân tộc",
 "Người dân Raglai xã Sơn Bình thu hoạch sầu riêng. Ảnh minh họa", "Lượt truy cập: 1.046.532",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Phòng Dân tộc huyện Khánh Sơn"],
["Ngày 10/11/2022 | 14:10", "năm 2022", "năm 2021", "Năm 2023", "ngày 31/10/2022", "ngày 31/01/2023", "giai đoạn 2021 - 2025", "tháng 12", "Lượt truy cập: 1.046.532"]))

PAGES.append(page("b3716-ninhthuan-bdv-tongket-2022", """
Báo Ninh Thuận
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Hai, 26/12/2022, 17:40
Toàn cảnh hội nghị. Ảnh: Văn Miên
Khối dân vận triển khai nhiệm vụ năm 2023
Ngày 23/12, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai phương hướng, nhiệm vụ năm 2023. Đồng chí Nguyễn Long Hải, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo. Đồng chí Lê Thị Kiều Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2022, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 412, 413-KL/TU về công tác vận động đồng bào Chăm và đồng bào Raglai giai đoạn mới; phối hợp tổ chức thành công lễ hội Katê và lễ Ramưwan sau 2 năm gián đoạn vì dịch. Trên 95% chức sắc Bà-la-môn, Hồi giáo Bàni và người có uy tín đồng thuận với chủ trương của tỉnh.
Phong trào thi đua "Dân vận khéo" có 506 mô hình, trong đó 87 mô hình cấp tỉnh; nhân dân hiến gần 25.000 m2 đất, đóng góp hơn 11 tỷ đồng và 34.000 ngày công xây dựng nông thôn mới. Khối dân vận tiếp 212 lượt công dân, tiếp nhận 96 đơn thư, kiến nghị; đã giải quyết 88 đơn.
Tham luận tại hội nghị, đồng chí Châu Thị Bích Ngọc, HUV, Trưởng Ban Dân vận Huyện ủy Ninh Phước nêu cách làm "3 cùng" với đồng bào Chăm; đồng chí Ya Hoàng, Bí thư Đảng ủy xã Phước Bình, huyện Bác Ái, chia sẻ việc vận động 72 hộ Raglai chuyển đổi sang trồng cây ăn quả. Ông Đạo Văn Thạnh, người có uy tín thôn Chất Thường, xã Phước Hậu, đề nghị tăng mức hỗ trợ cho đội ngũ người có uy tín.
Phát biểu chỉ đạo, đồng chí Nguyễn Long Hải đề nghị năm 2023 khối dân vận bám sát Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận, Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Chấp hành Trung ương; tiếp tục tham mưu thực hiện tốt công tác dân tộc, tôn giáo, nhất là vùng đồng bào Chăm, Raglai; tăng cường đối thoại giữa người đứng đầu với nhân dân.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể, 13 cá nhân; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thuận Hữu, Nguyễn Thị Bích Trâm trao giấy khen.
Ngoài ra, hội nghị còn đề ra 5 nhóm nhiệm vụ trọng tâm cho năm 2023, trong đó chú trọng nâng cao chất lượng mô hình "Dân vận khéo" vùng đồng bào dân tộc thiểu số.
Văn Miên
Lượt xem: 1.225
Tin cùng chuyên mục
- Bác Ái: tổng kết công tác dân vận năm 2022 (20/12/2022)
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (19/12/2022)
- Tuyên dương 50 mô hình "Dân vận khéo" (10/12/2022)
""", "2022-12-26", "Khối dân vận triển khai nhiệm vụ năm 2023",
E("tong_ket", "2022", "2022-12-23"),
[P("Nguyễn Long Hải", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Thị Kiều Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Châu Thị Bích Ngọc", "HUV", "Trưởng Ban Dân vận Huyện ủy Ninh Phước"),
 P("Ya Hoàng", "Bí thư Đảng ủy xã Phước Bình"),
 P("Đạo Văn Thạnh", "người có uy tín thôn Chất Thường"),
 P("Thuận Hữu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Trâm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Trên 95%", 95, "%", "over"), Q("506 mô hình", 506, "mô hình"), Q("87 mô hình cấp tỉnh", 87, "mô hình cấp tỉnh"),
 Q("gần 25.000 m2", 25000, "m2", "approx"), Q("hơn 11 tỷ đồng", 11000000000, "đồng", "over"), Q("34.000 ngày công", 34000, "ngày công"),
 Q("212 lượt công dân", 212, "lượt công dân"), Q("96 đơn thư, kiến nghị", 96, "đơn thư, kiến nghị"), Q("88 đơn", 88, "đơn"),
 Q("72 hộ Raglai", 72, "hộ Raglai"), Q("8 tập thể", 8, "tập thể"), Q("13 cá nhân", 13, "cá nhân"),
 Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm")],
[D("Kết luận", "412", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 412, 413-KL/TU"),
 D("Kết luận", "413", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 412, 413-KL/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hậu")],
["Báo Ninh Thuận", "Trang chủ » Chính trị » Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Văn Miên", "Dân vận khéo", "3 cùng",
 "Nghị quyết Trung ương 7 (khóa XI)", "Lượt xem: 1.225"],
["Thứ Hai, 26/12/2022, 17:40", "năm 2022", "năm 2023", "2 năm", "3 cùng", "Nghị quyết Trung ương 7", "khóa XI", "Lượt xem: 1.225"]))

PAGES.append(page("b3717-binhthuan-kate-traoqua-2023", """
Cổng thông tin điện tử tỉnh Bình Thuận
Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh
Thứ Sáu, 20/10/2023 - 07:50
Lãnh đạo tỉnh chúc mừng lễ hội Katê tại tháp Po Sah Inư và các làng Chăm Bắc Bình
Ngày 14/10/2023, đồng chí Dương Văn Bình, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Bình Thuận cùng đoàn công tác đã đến thăm, chúc mừng lễ hội Katê năm 2023 của đồng bào Chăm Bà-la-môn tại Khu di tích tháp Po Sah Inư (TP. Phan Thiết) và tại các xã Phan Hiệp, Phan Hòa, huyện Bắc Bình.
Bí thư Tỉnh ủy Dương Văn Bình tặng quà chức sắc Chăm tại tháp Po Sah Inư.
Tại tháp Po Sah Inư, đoàn đã dự lễ rước y phục, tặng quà Ban Tổ chức lễ hội và các vị chức sắc. Ông Thông Văn Nhìm, Trưởng Ban Đại diện chức sắc Bà-la-môn tỉnh Bình Thuận, thay mặt đồng bào cảm ơn lãnh đạo tỉnh; cho biết năm nay có khoảng 3.500 người Chăm từ Bắc Bình, Tuy Phong, Hàm Thuận Bắc về dự lễ, cùng hàng nghìn du khách.
Đồng chí Dương Văn Bình chúc đồng bào đón Katê vui tươi, đầm ấm; đánh giá cao vai trò của các vị Pô Adhia, Pô Bac, Ông Kadhar trong gìn giữ bản sắc văn hóa Chăm; đề nghị bà con tiếp tục chung sức xây dựng nông thôn mới, thực hiện tốt Chương trình hành động số 46-CTr/TU ngày 24/3/2022 của Tỉnh ủy thực hiện Nghị quyết Đại hội XIV Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc thiểu số.
Dịp này, đoàn đã trao 4 phần quà cho 4 đền tháp, mỗi phần 10 triệu đồng; tặng 60 suất quà, mỗi suất trị giá 1 triệu đồng cho các vị chức sắc, chức việc Bà-la-môn.
Cùng ngày, đồng chí Đoàn Anh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thăm, tặng quà các hộ Chăm tại làng Tịnh Mỹ, xã Phan Thanh; đồng chí Huỳnh Thị Mỹ Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy thăm gia đình chức sắc Pô Adhia Hán Thị Thơ, thôn Bình Đức, xã Phan Hòa và tặng 20 suất quà cho hộ Chăm nghèo.
Theo Ban Dân tộc tỉnh, năm 2023 tỉnh đã hỗ trợ 180 triệu đồng cho các đền tháp và làng Chăm tổ chức lễ hội. Qua 2 năm thực hiện Quyết định số 1719/QĐ-TTg, vùng đồng bào Chăm có 27 công trình hạ tầng được đầu tư; tỷ lệ hộ nghèo trong đồng bào Chăm còn 4,9%.
Lễ hội Katê năm nay có phần hội phong phú với hội thi dệt thổ cẩm, trưng bày sản phẩm gốm, múa dân gian của 9 đội văn nghệ từ các xã.
Trong những năm qua, lễ hội Katê tại tháp Po Sah Inư đã trở thành điểm hẹn văn hóa của đồng bào Chăm và du khách; được tổ chức theo hướng giữ gìn nghi lễ truyền thống kết hợp với quảng bá du lịch.
Anh Tuấn
Tin liên quan
- Thăm, chúc mừng đồng bào Chăm Bàni nhân lễ Ramưwan (25/03/2023)
- Tuy Phong: tập huấn kỹ năng cho người có uy tín (15/09/2023)
- Hội nghị người có uy tín tỉnh năm 2023 (20/08/2023)
""", "2023-10-20", "Lãnh đạo tỉnh chúc mừng lễ hội Katê tại tháp Po Sah Inư và các làng Chăm Bắc Bình",
E("trao_qua", None, "2023-10-14"),
[P("Dương Văn Bình", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Bình Thuận", "Bí thư Tỉnh ủy"),
 P("Thông Văn Nhìm", "Trưởng Ban Đại diện chức sắc Bà-la-môn tỉnh Bình Thuận"),
 P("Đoàn Anh Tuấn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Huỳnh Thị Mỹ Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hán Thị Thơ", "Pô Adhia")],
[Q("khoảng 3.500 người Chăm", 3500, "người Chăm", "approx"), Q("4 phần quà", 4, "phần quà"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("60 suất quà", 60, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 suất quà", 20, "suất quà"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("27 công trình hạ tầng", 27, "công trình hạ tầng"), Q("4,9%", 4.9, "%"),
 Q("9 đội văn nghệ", 9, "đội văn nghệ")],
[D("Chương trình hành động", "46", "CTr/TU", "2022-03-24", "Tỉnh ủy", "Chương trình hành động số 46-CTr/TU ngày 24/3/2022"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Phan Thanh")],
["Cổng thông tin điện tử tỉnh Bình Thuận", "Tin tức - Sự kiện / Hoạt động của lãnh đạo tỉnh",
 "Bí thư Tỉnh ủy Dương Văn Bình tặng quà chức sắc Chăm tại tháp Po Sah Inư.", "Po Sah Inư", "Nghị quyết Đại hội XIV Đảng bộ tỉnh"],
["Thứ Sáu, 20/10/2023 - 07:50", "lễ hội Katê năm 2023", "4 đền tháp", "2 năm", "năm 2023", "Đại hội XIV"]))

PAGES.append(page("b3718-ninhthuan-hoinghi-uytin-2023", """
BAN DÂN TỘC TỈNH NINH THUẬN
Trang chủ > Tin tức sự kiện > Chính sách dân tộc
Thứ Ba, 14/11/2023 | 10:00
Tôn vinh 120 người có uy tín tiêu biểu vùng đồng bào Chăm, Raglai
Ngày 10/11/2023, Ban Dân tộc tỉnh Ninh Thuận tổ chức hội nghị biểu dương, tôn vinh người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023. Hội nghị có 120 người có uy tín tiêu biểu là già làng, chức sắc, trưởng thôn người Chăm, Raglai, Cơ Ho, Hoa của 7 huyện, thành phố.
Đại biểu tham dự hội nghị. Ảnh: P.N
Dự hội nghị có đồng chí Trịnh Minh Quang, Phó Chủ tịch UBND tỉnh; đồng chí Phạm Văn Hưng, Phó Bí thư Tỉnh ủy; Trưởng Ban Dân tộc tỉnh Đàng Thị Thanh Quý chủ trì.
Theo báo cáo, toàn tỉnh có 470 người có uy tín. Thực hiện Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg ngày 2/11/2023 của Thủ tướng Chính phủ sửa đổi, bổ sung, năm 2023 tỉnh đã chi khoảng 1,6 tỷ đồng thăm hỏi, tặng quà, cấp báo, tập huấn cho người có uy tín. Người có uy tín đã tham gia hòa giải thành 68 vụ việc, vận động 1.120 hộ tham gia xây dựng nông thôn mới, hiến hơn 6.000 m2 đất làm đường.
Phát biểu tại hội nghị, Pinăng Thị Lệ, người có uy tín thôn Ma Nai, xã Phước Chính, huyện Bác Ái, kể chuyện vận động 15 thanh niên Raglai bỏ nghiện rượu, đi làm công nhân ở khu công nghiệp. Ông Quảng Đại Tuyên, Trưởng thôn Mỹ Nghiệp, thị trấn Phước Dân, cho biết thôn có 4 người có uy tín, luôn đi đầu giữ gìn nghề dệt thổ cẩm. Cả sư Hán Tư, chức sắc Bà-la-môn thôn Hữu Đức, chia sẻ vai trò của chức sắc trong việc vận động bà con giản lược nghi lễ tang ma.
Đồng chí Trịnh Minh Quang biểu dương những đóng góp của đội ngũ người có uy tín; đề nghị các cấp tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị và Chỉ thị số 19-CT/TW của Ban Bí thư; kịp thời nắm bắt tâm tư, nguyện vọng của người có uy tín.
Dịp này, UBND tỉnh tặng bằng khen cho 30 người có uy tín, Ban Dân tộc tỉnh tặng giấy khen cho 45 người; mỗi đại biểu được tặng 1 phần quà trị giá 700.000 đồng. Đồng chí Phú Thị Nhung, Phó Trưởng Ban Dân tộc tỉnh, công bố các quyết định khen thưởng.
Hội nghị là dịp để người có uy tín gặp gỡ, chia sẻ kinh nghiệm vận động đồng bào, tiếp tục là cầu nối giữa Đảng, Nhà nước với nhân dân.
Theo đánh giá của Ban Dân tộc tỉnh, bên cạnh kết quả đạt được, chế độ bồi dưỡng cho người có uy tín khi tham gia hòa giải, tuyên truyền còn thấp; một số người có uy tín tuổi cao, sức khỏe yếu nên việc nắm tình hình ở cơ sở còn hạn chế. Thời gian tới, tỉnh sẽ rà soát, bổ sung đội ngũ người có uy tín trẻ, có trình độ, đồng thời tăng cường các lớp bồi dưỡng kiến thức pháp luật, kỹ năng vận động quần chúng cho đội ngũ này.
Phúc Nguyên
Tin liên quan
- Bác Ái: tập huấn cho người có uy tín (20/10/2023)
- Thăm, chúc mừng lễ hội Katê năm 2023 (15/10/2023)
- Hội nghị đối thoại chính sách dân tộc (12/09/2023)
""", "2023-11-14", "Tôn vinh 120 người có uy tín tiêu biểu vùng đồng bào Chăm, Raglai",
E("hoi_nghi", "2023", "2023-11-10"),
[P("Trịnh Minh Quang", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Hưng", "Phó Bí thư Tỉnh ủy"),
 P("Đàng Thị Thanh Quý", "Trưởng Ban Dân tộc tỉnh"),
 P("Pinăng Thị Lệ", "người có uy tín thôn Ma Nai"),
 P("Quảng Đại Tuyên", "Trưởng thôn Mỹ Nghiệp"),
 P("Hán Tư", "Cả sư", "chức sắc Bà-la-môn thôn Hữu Đức"),
 P("Phú Thị Nhung", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("7 huyện, thành phố", 7, "huyện, thành phố"),
 Q("470 người có uy tín", 470, "người có uy tín"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("68 vụ việc", 68, "vụ việc"), Q("1.120 hộ", 1120, "hộ"), Q("hơn 6.000 m2", 6000, "m2", "over"),
 Q("15 thanh niên Raglai", 15, "thanh niên Raglai"), Q("4 người có uy tín", 4, "người có uy tín"),
 Q("30 người có uy tín", 30, "người có uy tín"), Q("45 người", 45, "người"), Q("700.000 đồng", 700000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", "2023-11-02", "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg ngày 2/11/2023"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Chỉ thị", "19", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 19-CT/TW")],
[prov("Ninh Thuận"), com("Phước Chính"), com("Phước Dân")],
["BAN DÂN TỘC TỈNH NINH THUẬN", "Trang chủ > Tin tức sự kiện > Chính sách dân tộc", "Đại biểu tham dự hội nghị. Ảnh: P.N"],
["Thứ Ba, 14/11/2023 | 10:00", "năm 2023", "1 phần quà"]))
