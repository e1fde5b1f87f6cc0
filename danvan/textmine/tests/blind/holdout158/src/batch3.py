from lib import *
PAGES = []

PAGES.append(page("b3761-phutho-hnd-baocao-2022", """
HỘI NÔNG DÂN TỈNH PHÚ THỌ
Trang chủ » Văn bản - Báo cáo » Phong trào nông dân
15/07/2022 - 09:50
Kết quả 6 tháng đầu năm 2022 phong trào nông dân sản xuất, kinh doanh giỏi
Theo Báo cáo số 45-BC/HNDT ngày 28/6/2022 của Ban Thường vụ Hội Nông dân tỉnh về kết quả công tác Hội và phong trào nông dân 6 tháng đầu năm 2022, các cấp Hội trong tỉnh đã bám sát Nghị quyết số 19-NQ/TW ngày 16/6/2022 của BCH Trung ương về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045 và Chương trình hành động số 21-CTr/TU của Tỉnh ủy.
Mô hình trồng bưởi hữu cơ của nông dân xã Chí Đám. Ảnh: TL
Về phong trào nông dân thi đua sản xuất, kinh doanh giỏi, 6 tháng đầu năm có 64.318 hộ đăng ký, đạt 101,2% chỉ tiêu. Toàn tỉnh hiện có 428 mô hình kinh tế tập thể do Hội vận động thành lập, trong đó 31 hợp tác xã, 397 tổ hợp tác; 96 sản phẩm OCOP của nông dân được công nhận từ 3 sao trở lên.
Quỹ Hỗ trợ nông dân các cấp đạt hơn 52 tỷ đồng, đang cho 2.146 hộ vay; Hội nhận ủy thác vốn vay Ngân hàng Chính sách xã hội với dư nợ khoảng 1.870 tỷ đồng qua 1.312 tổ tiết kiệm và vay vốn. Các cấp Hội phối hợp tổ chức 286 lớp tập huấn chuyển giao khoa học kỹ thuật cho hơn 17.000 lượt hội viên.
Nhiều mô hình cho thu nhập cao như trồng bưởi Bằng Luân ở xã Chí Đám, huyện Đoan Hùng; chè VietGAP ở xã Phú Hộ, thị xã Phú Thọ; nuôi cá lồng ở xã Xuân Lộc, huyện Thanh Thủy. Hộ ông Hoàng Văn Toán, người Tày ở xã Chí Đám, với 8 ha bưởi cho doanh thu gần 1,5 tỷ đồng/năm.
Bên cạnh đó, nông dân tích cực tham gia xây dựng nông thôn mới: đóng góp khoảng 68 tỷ đồng, hiến trên 145.000 m2 đất. Công tác tham gia giải quyết đơn thư được chú trọng, các cấp Hội tiếp nhận 17 đơn thư, đã phối hợp giải quyết 15 đơn.
Báo cáo cũng chỉ ra hạn chế: nguồn vốn hỗ trợ còn nhỏ so với nhu cầu; hoạt động của một số tổ hợp tác còn hình thức; việc hỗ trợ tiêu thụ nông sản qua sàn thương mại điện tử chưa nhiều; một bộ phận hội viên còn ngại đổi mới, chưa mạnh dạn chuyển đổi cơ cấu cây trồng, vật nuôi; công tác nắm tình hình tư tưởng hội viên ở một số cơ sở chưa kịp thời.
Nhiệm vụ 6 tháng cuối năm, Hội Nông dân tỉnh đề ra 8 nhóm giải pháp, trong đó tập trung thực hiện Kết luận 61-KL/TW của Ban Bí thư, phấn đấu thành lập thêm 20 tổ hợp tác, giới thiệu ít nhất 5 sản phẩm đạt OCOP 4 sao. Báo cáo do đồng chí Nguyễn Thị Minh Thu, Ủy viên Ban Thường vụ, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh tổng hợp, đồng chí Hà Văn Quyết, Chủ tịch Hội Nông dân tỉnh ký ban hành.
Ban Tuyên huấn
Lượt tải: 214
Văn bản khác
Tin khác
- Tập huấn kỹ năng bán hàng trực tuyến cho hội viên (08/07/2022)
- Hội Nông dân tỉnh giám sát tại huyện Yên Lập (30/06/2022)
- Ra mắt hợp tác xã chè Long Cốc (17/06/2022)
""", "2022-07-15", "Kết quả 6 tháng đầu năm 2022 phong trào nông dân sản xuất, kinh doanh giỏi",
E("bao_cao", "2022-H1", "2022-06-28"),
[P("Hoàng Văn Toán"),
 P("Nguyễn Thị Minh Thu", "Ủy viên Ban Thường vụ", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Hà Văn Quyết", "Chủ tịch Hội Nông dân tỉnh")],
[Q("64.318 hộ", 64318, "hộ"), Q("101,2%", 101.2, "%"), Q("428 mô hình kinh tế tập thể", 428, "mô hình kinh tế tập thể"),
 Q("31 hợp tác xã", 31, "hợp tác xã"), Q("397 tổ hợp tác", 397, "tổ hợp tác"), Q("96 sản phẩm OCOP", 96, "sản phẩm OCOP"),
 Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"), Q("2.146 hộ", 2146, "hộ"),
 Q("khoảng 1.870 tỷ đồng", 1870000000000, "đồng", "approx"), Q("1.312 tổ tiết kiệm và vay vốn", 1312, "tổ tiết kiệm và vay vốn"),
 Q("286 lớp tập huấn", 286, "lớp tập huấn"), Q("hơn 17.000 lượt hội viên", 17000, "lượt hội viên", "over"),
 Q("8 ha", 8, "ha"), Q("gần 1,5 tỷ đồng/năm", 1500000000, "đồng", "approx"),
 Q("khoảng 68 tỷ đồng", 68000000000, "đồng", "approx"), Q("trên 145.000 m2", 145000, "m2", "over"),
 Q("17 đơn thư", 17, "đơn thư"), Q("15 đơn", 15, "đơn"), Q("8 nhóm giải pháp", 8, "nhóm giải pháp"),
 Q("20 tổ hợp tác", 20, "tổ hợp tác"), Q("ít nhất 5 sản phẩm", 5, "sản phẩm", "over")],
[D("Báo cáo", "45", "BC/HNDT", "2022-06-28", "Ban Thường vụ Hội Nông dân tỉnh", "Báo cáo số 45-BC/HNDT ngày 28/6/2022"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW")],
[prov("Phú Thọ"), com("Chí Đám"), com("Phú Hộ"), com("Xuân Lộc")],
["HỘI NÔNG DÂN TỈNH PHÚ THỌ", "Trang chủ » Văn bản - Báo cáo » Phong trào nông dân",
 "Mô hình trồng bưởi hữu cơ của nông dân xã Chí Đám. Ảnh: TL", "Quỹ Hỗ trợ nông dân", "Lượt tải: 214", "Ban Tuyên huấn"],
["15/07/2022 - 09:50", "6 tháng đầu năm 2022", "6 tháng đầu năm", "6 tháng cuối năm", "năm 2030", "năm 2045", "3 sao",
 "4 sao", "Lượt tải: 214"]))

PAGES.append(page("b3762-vinhphuc-hnd-bieuduong-2023", """
BÁO VĨNH PHÚC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH PHÚC
Kinh tế | Nông nghiệp
2023-12-20 08:40
Các đại biểu trao bằng khen cho nông dân tiêu biểu. Ảnh: Thế Hùng
Vinh danh 150 nông dân sản xuất, kinh doanh giỏi
(BVP) - Ngày 19/12, Hội Nông dân tỉnh Vĩnh Phúc tổ chức hội nghị biểu dương nông dân sản xuất, kinh doanh giỏi năm 2023. Dự hội nghị có đồng chí Lê Văn Kiên, TUV, Phó Chủ tịch UBND tỉnh; đồng chí Phùng Thị Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2023, phong trào nông dân thi đua sản xuất, kinh doanh giỏi tiếp tục lan tỏa với 41.960 hộ đăng ký, 23.415 hộ đạt danh hiệu các cấp, trong đó 1.028 hộ đạt cấp tỉnh. Nhiều hộ có doanh thu trên 1 tỷ đồng mỗi năm từ chăn nuôi bò sữa, trồng hoa, nuôi cá theo công nghệ mới.
Báo cáo do đồng chí Nguyễn Văn Quý, Phó Chủ tịch Hội Nông dân tỉnh khóa XI trình bày cho biết, thực hiện Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 124/KH-UBND ngày 3/8/2023 của UBND tỉnh, các cấp Hội đã hỗ trợ thành lập 27 tổ hợp tác, 6 hợp tác xã; Quỹ Hỗ trợ nông dân đạt khoảng 38,5 tỷ đồng với 1.600 hộ được vay.
Tại hội nghị, anh Trương Văn Sáng, người Sán Dìu ở xã Đạo Trù, huyện Tam Đảo, chia sẻ mô hình trồng 4 ha rau su su, nuôi 1.200 con gà đồi cho lãi hơn 700 triệu đồng/năm. Chị Nguyễn Thị Hường, Giám đốc Hợp tác xã hoa Cao Đại Xanh ở xã Cao Đại, nói về liên kết tiêu thụ hoa cho 45 hộ thành viên.
Ông Đỗ Văn Hải, Chủ tịch Hội Nông dân huyện Yên Lạc, cho biết huyện có 14 chi hội nghề nghiệp nuôi bò sữa với 312 hội viên, tổng đàn khoảng 7.400 con bò sữa, sản lượng sữa bình quân 40 tấn/ngày.
Phát biểu tại hội nghị, đồng chí Lê Văn Kiên đánh giá cao vai trò của Hội trong thực hiện Nghị quyết 19-NQ/TW của BCH Trung ương, đề nghị Hội hướng dẫn nông dân sản xuất an toàn, gắn với chuỗi giá trị, tham gia chương trình "Mỗi xã một sản phẩm", xây dựng nông thôn mới kiểu mẫu.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng bằng khen cho 150 nông dân sản xuất, kinh doanh giỏi tiêu biểu và 12 tập thể; 10 nông dân được đề nghị xét tặng danh hiệu "Nông dân Việt Nam xuất sắc" năm 2024.
Các ý kiến tại hội nghị đề nghị tỉnh tiếp tục có chính sách hỗ trợ lãi suất, xây dựng thương hiệu và tìm đầu ra ổn định cho nông sản, nhất là sữa bò và hoa.
Năm 2024, Hội Nông dân tỉnh phấn đấu có thêm 1.000 hộ đạt danh hiệu sản xuất, kinh doanh giỏi cấp tỉnh, thành lập mới 25 tổ hợp tác, tiếp tục nhân rộng mô hình chăn nuôi an toàn sinh học ở các xã vùng trung du.
Thế Hùng
Lượt đọc: 935
Bài viết liên quan
- Hội Nông dân tỉnh tập huấn chuyển đổi số (05/12/2023)
- Nông dân Vĩnh Tường làm giàu từ cây bưởi diễn (25/11/2023)
- Trao 20 con bò giống cho hội viên nghèo (10/11/2023)
""", "2023-12-20", "Vinh danh 150 nông dân sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2023", "2023-12-19"),
[P("Lê Văn Kiên", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Phùng Thị Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Quý", "Phó Chủ tịch Hội Nông dân tỉnh khóa XI"),
 P("Trương Văn Sáng"),
 P("Nguyễn Thị Hường", "Giám đốc Hợp tác xã hoa Cao Đại Xanh"),
 P("Đỗ Văn Hải", "Chủ tịch Hội Nông dân huyện Yên Lạc")],
[Q("150 nông dân", 150, "nông dân"), Q("41.960 hộ", 41960, "hộ"), Q("23.415 hộ", 23415, "hộ"), Q("1.028 hộ", 1028, "hộ"),
 Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("27 tổ hợp tác", 27, "tổ hợp tác"), Q("6 hợp tác xã", 6, "hợp tác xã"),
 Q("khoảng 38,5 tỷ đồng", 38500000000, "đồng", "approx"), Q("1.600 hộ", 1600, "hộ"), Q("4 ha", 4, "ha"),
 Q("1.200 con gà đồi", 1200, "con gà đồi"), Q("hơn 700 triệu đồng/năm", 700000000, "đồng", "over"),
 Q("45 hộ thành viên", 45, "hộ thành viên"), Q("14 chi hội nghề nghiệp", 14, "chi hội nghề nghiệp"),
 Q("312 hội viên", 312, "hội viên"), Q("khoảng 7.400 con bò sữa", 7400, "con bò sữa", "approx"),
 Q("40 tấn/ngày", 40, "tấn"), Q("12 tập thể", 12, "tập thể"), Q("10 nông dân", 10, "nông dân"),
 Q("1.000 hộ", 1000, "hộ"), Q("25 tổ hợp tác", 25, "tổ hợp tác")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08-CT/TU"),
 D("Kế hoạch", "124", "KH-UBND", "2023-08-03", "UBND tỉnh", "Kế hoạch số 124/KH-UBND ngày 3/8/2023"),
 D("Nghị quyết", "19", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 19-NQ/TW")],
[prov("Vĩnh Phúc"), com("Đạo Trù"), com("Cao Đại")],
["BÁO VĨNH PHÚC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH PHÚC", "Kinh tế | Nông nghiệp",
 "Các đại biểu trao bằng khen cho nông dân tiêu biểu. Ảnh: Thế Hùng", "(BVP)", "Quỹ Hỗ trợ nông dân", "Mỗi xã một sản phẩm",
 "Nông dân Việt Nam xuất sắc", "Lượt đọc: 935"],
["2023-12-20 08:40", "năm 2023", "Năm 2023", "năm 2024", "Năm 2024", "khóa XI", "Lượt đọc: 935"]))

PAGES.append(page("b3763-phutho-thanhson-giaoban-2023", """
BAN DÂN VẬN HUYỆN ỦY THANH SƠN - ĐẢNG BỘ TỈNH PHÚ THỌ
Vị trí: Trang chủ > Hoạt động dân vận > Tin huyện
31 tháng 8, 2023 | 16:10
Đồng chí Đinh Thị Phượng chủ trì buổi giao ban.
Thanh Sơn: giao ban khối dân vận tháng 8
Chiều 30/8, Ban Dân vận Huyện ủy Thanh Sơn (Phú Thọ) tổ chức giao ban khối dân vận tháng 8/2023. Đồng chí Đinh Thị Phượng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Dự giao ban có lãnh đạo các đoàn thể chính trị - xã hội huyện và trưởng khối dân vận 23 xã, thị trấn.
Trong tháng, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy sơ kết Chỉ thị 16, 17-CT/HU về vận động nhân dân hiến đất làm đường và về phát triển kinh tế đồi rừng; hướng dẫn các xã thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư. Các cấp đã vận động 146 hộ hiến khoảng 9.300 m2 đất, giải tỏa 2,6 km hành lang đường liên xóm ở xã Tất Thắng, xã Khả Cửu.
Hội LHPN huyện thành lập thêm 4 tổ phụ nữ tiết kiệm, nâng tổng số lên 167 tổ; Hội Nông dân hướng dẫn 38 hộ trồng keo theo tiêu chuẩn FSC. Khối dân vận tiếp nhận 9 đơn thư, đã phối hợp giải quyết 7 đơn; tổ chức 3 cuộc đối thoại với người dân về giá bồi thường dự án đường cao tốc.
Các đồng chí Hà Văn Thụ, Đinh Công Lực, Xa Thị Nhung - Trưởng khối dân vận xã lần lượt báo cáo tình hình ở xã Thượng Cửu, xã Đông Cửu và xã Võ Miếu. Đồng chí Xa Thị Nhung cho biết hiện tượng một số hộ người Mường nghe theo đối tượng xấu truyền đạo trái pháp luật đã được vận động từ bỏ; 2 trường hợp tuyên truyền đạo trái phép đã được lập biên bản.
Ông Đinh Văn Thắng, người có uy tín xóm Dù, xã Thượng Cửu, được mời dự giao ban, chia sẻ kinh nghiệm vận động bà con giữ gìn tiếng Mường, mo Mường và bỏ tục cưới xin tốn kém.
Kết luận giao ban, đồng chí Đinh Thị Phượng yêu cầu tháng 9 tập trung nắm tình hình nhân dân dịp Quốc khánh 2/9; phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 174 khu dân cư; triển khai kế hoạch số 52-KH/BDVHU về kiểm tra mô hình "Dân vận khéo" năm 2023.
Tại giao ban, các đại biểu cũng thảo luận, thống nhất cách phối hợp giữa các đoàn thể trong vận động nhân dân tham gia bảo vệ rừng, phòng chống cháy rừng mùa khô, giữ gìn an ninh trật tự ở các xóm giáp ranh.
Đồng chí cũng đề nghị các xã tiếp tục nhân rộng mô hình "Xóm không có đơn thư vượt cấp", kịp thời biểu dương những tập thể, cá nhân tích cực hiến đất, góp công làm đường.
Đinh Tuấn
Lượt xem: 277
Tin liên quan
- Thanh Sơn: sơ kết 6 tháng đầu năm 2023 công tác dân vận (12/07/2023)
- Tặng quà người có uy tín nhân ngày Quốc tế các dân tộc bản địa (09/08/2023)
- Xã Địch Quả ra mắt mô hình "Dân vận khéo" (25/07/2023)
""", "2023-08-31", "Thanh Sơn: giao ban khối dân vận tháng 8",
E("giao_ban", "2023-08", "2023-08-30"),
[P("Đinh Thị Phượng", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hà Văn Thụ", "Trưởng khối dân vận xã"), P("Đinh Công Lực", "Trưởng khối dân vận xã"),
 P("Xa Thị Nhung", "Trưởng khối dân vận xã"),
 P("Đinh Văn Thắng", "người có uy tín xóm Dù")],
[Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("146 hộ", 146, "hộ"), Q("khoảng 9.300 m2", 9300, "m2", "approx"),
 Q("2,6 km", 2.6, "km"), Q("4 tổ phụ nữ tiết kiệm", 4, "tổ phụ nữ tiết kiệm"), Q("167 tổ", 167, "tổ"), Q("38 hộ", 38, "hộ"),
 Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"),
 Q("2 trường hợp", 2, "trường hợp"), Q("174 khu dân cư", 174, "khu dân cư")],
[D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 16, 17-CT/HU"),
 D("Chỉ thị", "17", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 16, 17-CT/HU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Kế hoạch", "52", "KH/BDVHU", None, None, "kế hoạch số 52-KH/BDVHU")],
[prov("Phú Thọ"), com("Tất Thắng"), com("Khả Cửu"), com("Thượng Cửu"), com("Đông Cửu"), com("Võ Miếu")],
["BAN DÂN VẬN HUYỆN ỦY THANH SƠN - ĐẢNG BỘ TỈNH PHÚ THỌ", "Vị trí: Trang chủ > Hoạt động dân vận > Tin huyện",
 "Đồng chí Đinh Thị Phượng chủ trì buổi giao ban.", "Dân vận khéo", "Xóm không có đơn thư vượt cấp", "Lượt xem: 277"],
["31 tháng 8, 2023 | 16:10", "tháng 8/2023", "tháng 8", "tháng 9", "Quốc khánh 2/9", "năm 2023", "Lượt xem: 277"]))

PAGES.append(page("b3764-vinhphuc-lhpn-soket-2024", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH PHÚC
Trang chủ » Hoạt động Hội » Tin tỉnh Hội
Thứ Sáu, 12/07/2024 - 08:30
Phụ nữ Vĩnh Phúc: 6 tháng thành lập mới 46 tổ tiết kiệm
Ngày 11/7, Hội LHPN tỉnh Vĩnh Phúc tổ chức hội nghị trực tuyến sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024 tới 9 điểm cầu huyện, thành phố. Bà Nguyễn Thị Kim Chi, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì; cùng chủ trì có các Phó Chủ tịch Hội LHPN tỉnh: Trịnh Thị Thu, Lê Thị Hằng, Khổng Thị Thúy.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Báo cáo cho biết, 6 tháng qua các cấp Hội đã tổ chức 1.420 cuộc tuyên truyền cho hơn 96.000 lượt hội viên, phụ nữ; kết nạp 2.318 hội viên mới. Thực hiện đề án số 12-ĐA/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể, các cấp Hội thành lập mới 46 tổ tiết kiệm, nâng tổng số lên 1.392 tổ với khoảng 41.500 thành viên, số dư tiết kiệm hơn 58 tỷ đồng.
Các cấp Hội hỗ trợ 87 phụ nữ khởi nghiệp, 19 dự án khởi nghiệp tham gia cuộc thi cấp tỉnh; giúp 214 hộ phụ nữ nghèo, cận nghèo với tổng trị giá gần 1,9 tỷ đồng. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.146 tỷ đồng, tỷ lệ nợ quá hạn 0,08%.
Hội LHPN tỉnh đã tham mưu Tỉnh ủy ban hành Chương trình hành động số 25-CTr/TU về thực hiện Chỉ thị 33-CT/TW của Ban Bí thư; phối hợp tổ chức 3 buổi giám sát việc thực hiện Luật Bình đẳng giới tại huyện Sông Lô, Tam Đảo.
Tại hội nghị, chị Lý Thị Hoa, người Cao Lan, Chủ tịch Hội LHPN xã Quang Yên, chia sẻ mô hình tổ tiết kiệm "Mỗi ngày 5.000 đồng" với 58 thành viên. Bà Trần Thị Ngọc Mai, Chủ tịch Hội LHPN thành phố Phúc Yên, cho biết Hội đã vận động xóa 12 căn nhà tạm, nhà dột nát cho hội viên.
Kết luận hội nghị, bà Nguyễn Thị Kim Chi đề nghị 6 tháng cuối năm các cấp Hội tập trung chuẩn bị Đại hội đại biểu Phụ nữ các cấp nhiệm kỳ 2026 - 2031 theo Hướng dẫn số 05/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam; phấn đấu mỗi huyện có ít nhất 2 mô hình kinh tế tập thể do phụ nữ làm chủ; hoàn thành 100% chỉ tiêu năm.
Dịp này, Hội LHPN tỉnh trao bằng khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Các đại biểu cũng thảo luận về đổi mới nội dung sinh hoạt chi hội, ứng dụng mạng xã hội trong tuyên truyền, quản lý hội viên; đề nghị tỉnh tiếp tục hỗ trợ kinh phí cho các tổ tiết kiệm mới thành lập ở vùng đồng bào dân tộc thiểu số.
Ngọc Anh
Lượt xem: 318
Tin liên quan
- Hội LHPN tỉnh giao ban công tác Hội quý II (05/07/2024)
- Tổng kết Cuộc thi "Phụ nữ sáng tạo khởi nghiệp" năm 2024 (26/06/2024)
- Ra mắt mô hình "Chi hội 5 có, 3 sạch" ở Lập Thạch (14/06/2024)
""", "2024-07-12", "Phụ nữ Vĩnh Phúc: 6 tháng thành lập mới 46 tổ tiết kiệm",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Nguyễn Thị Kim Chi", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"), P("Lê Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Khổng Thị Thúy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Hoa", "Chủ tịch Hội LHPN xã Quang Yên"),
 P("Trần Thị Ngọc Mai", "Chủ tịch Hội LHPN thành phố Phúc Yên")],
[Q("46 tổ tiết kiệm", 46, "tổ tiết kiệm"), Q("9 điểm cầu huyện, thành phố", 9, "điểm cầu huyện, thành phố"),
 Q("1.420 cuộc tuyên truyền", 1420, "cuộc tuyên truyền"), Q("hơn 96.000 lượt hội viên, phụ nữ", 96000, "lượt hội viên, phụ nữ", "over"),
 Q("2.318 hội viên mới", 2318, "hội viên mới"), Q("1.392 tổ", 1392, "tổ"),
 Q("khoảng 41.500 thành viên", 41500, "thành viên", "approx"), Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"),
 Q("87 phụ nữ", 87, "phụ nữ"), Q("19 dự án khởi nghiệp", 19, "dự án khởi nghiệp"),
 Q("214 hộ phụ nữ nghèo, cận nghèo", 214, "hộ phụ nữ nghèo, cận nghèo"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"),
 Q("1.146 tỷ đồng", 1146000000000, "đồng"), Q("0,08%", 0.08, "%"), Q("3 buổi giám sát", 3, "buổi giám sát"),
 Q("58 thành viên", 58, "thành viên"),
 Q("12 căn nhà tạm, nhà dột nát", 12, "căn nhà tạm, nhà dột nát"),
 Q("ít nhất 2 mô hình kinh tế tập thể", 2, "mô hình kinh tế tập thể", "over"), Q("100%", 100, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Đề án", "12", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "đề án số 12-ĐA/TU"),
 D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU"),
 D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị 33-CT/TW"),
 D("Hướng dẫn", "05", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 05/HD-ĐCT")],
[prov("Vĩnh Phúc"), com("Quang Yên")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH VĨNH PHÚC", "Trang chủ » Hoạt động Hội » Tin tỉnh Hội", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Luật Bình đẳng giới", "Mỗi ngày 5.000 đồng", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Lượt xem: 318"],
["Thứ Sáu, 12/07/2024 - 08:30", "Mỗi ngày 5.000 đồng", "6 tháng đầu năm 2024", "6 tháng qua", "6 tháng cuối năm", "nhiệm kỳ 2026 - 2031", "Lượt xem: 318"]))

PAGES.append(page("b3765-phutho-bdv-thamxoan-2024", """
Ban Dân vận Tỉnh ủy Phú Thọ
Trang chủ / Tin tức / Công tác dân tộc, tôn giáo
Ngày đăng 16/04/2024 | 14:20
Đồng chí Hà Thị Thu Trang thăm, tặng quà Nghệ nhân Ưu tú Bùi Thị Hoa.
Thăm, tặng quà nghệ nhân hát Xoan dịp Giỗ Tổ Hùng Vương
Nhân dịp Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn 2024, ngày 15/4, đoàn công tác Ban Dân vận Tỉnh ủy Phú Thọ do đồng chí Hà Thị Thu Trang, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc mừng, tặng quà các nghệ nhân hát Xoan, thủ từ và người có uy tín tại thành phố Việt Trì.
Tại phường Xoan An Thái, xã Kim Đức, đoàn thăm Nghệ nhân Ưu tú Bùi Thị Hoa, năm nay 86 tuổi, người đã truyền dạy hát Xoan cho hơn 200 học trò. Ông Nguyễn Văn Quang, Trùm phường Xoan An Thái, cho biết phường hiện có 38 thành viên, trong đó 9 nghệ nhân; mỗi năm biểu diễn khoảng 60 buổi phục vụ nhân dân và du khách.
Đoàn cũng thăm ông Đào Văn Thuận, Thủ từ đình Hùng Lô, và bà Phan Thị Liên, Chi hội trưởng Chi hội Phụ nữ khu Phú Lợi, phường Vân Phú, người vận động chị em lập tổ tiết kiệm giữ nghề làm bánh chưng, bánh giầy phục vụ lễ hội với 24 thành viên.
Đoàn đã trao tặng 30 suất quà, mỗi suất trị giá 1,5 triệu đồng, cho các nghệ nhân, thủ từ, người có uy tín; trao 2 triệu đồng hỗ trợ câu lạc bộ hát Xoan Kim Đức mua sắm trang phục biểu diễn.
Phát biểu tại các buổi thăm, đồng chí Hà Thị Thu Trang ghi nhận đóng góp của các nghệ nhân trong gìn giữ di sản hát Xoan và tín ngưỡng thờ cúng Hùng Vương đã được UNESCO ghi danh; thông tin về việc thực hiện Nghị quyết 33-NQ/TW của BCH Trung ương về xây dựng và phát triển văn hóa, con người Việt Nam và Kế hoạch số 96-KH/TU ngày 20/2/2024 của Ban Thường vụ Tỉnh ủy về tổ chức Giỗ Tổ Hùng Vương năm 2024.
Hiện thành phố Việt Trì có 4 phường Xoan gốc và 31 câu lạc bộ hát Xoan với hơn 1.000 hội viên. Năm 2024, Lễ hội Đền Hùng dự kiến đón khoảng 7 triệu lượt du khách.
Ông Nguyễn Văn Quang bày tỏ cảm ơn sự quan tâm của Tỉnh ủy, mong muốn có thêm kinh phí mở lớp truyền dạy cho lớp trẻ, nhất là các em học sinh tiểu học, để lời Xoan cổ không bị mai một.
Cùng ngày, đoàn đã làm việc với Ủy ban MTTQ thành phố Việt Trì về công tác vận động nhân dân giữ gìn vệ sinh môi trường, an ninh trật tự phục vụ lễ hội.
Bà Bùi Thị Hoa xúc động chia sẻ, dù tuổi cao, bà vẫn tham gia truyền dạy hằng tuần tại nhà và mong muốn được thấy các em nhỏ trong phường hát được những làn điệu Xoan cổ như ông cha đã truyền lại.
Thu Hương
Lượt truy cập: 188.402
Các tin đã đưa
- Hội nghị gặp mặt người có uy tín năm 2024 (28/03/2024)
- Tặng quà đồng bào có đạo nhân Lễ Phục sinh (27/03/2024)
- Giao ban khối dân vận quý I năm 2024 (20/03/2024)
""", "2024-04-16", "Thăm, tặng quà nghệ nhân hát Xoan dịp Giỗ Tổ Hùng Vương",
E("trao_qua", None, "2024-04-15"),
[P("Hà Thị Thu Trang", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bùi Thị Hoa", "Nghệ nhân Ưu tú"),
 P("Nguyễn Văn Quang", "Trùm phường Xoan An Thái"),
 P("Đào Văn Thuận", "Thủ từ đình Hùng Lô"),
 P("Phan Thị Liên", "Chi hội trưởng Chi hội Phụ nữ khu Phú Lợi")],
[Q("hơn 200 học trò", 200, "học trò", "over"), Q("38 thành viên", 38, "thành viên"), Q("9 nghệ nhân", 9, "nghệ nhân"),
 Q("khoảng 60 buổi", 60, "buổi", "approx"), Q("24 thành viên", 24, "thành viên"), Q("30 suất quà", 30, "suất quà"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("4 phường Xoan gốc", 4, "phường Xoan gốc"),
 Q("31 câu lạc bộ hát Xoan", 31, "câu lạc bộ hát Xoan"), Q("hơn 1.000 hội viên", 1000, "hội viên", "over"),
 Q("khoảng 7 triệu lượt du khách", 7000000, "lượt du khách", "approx")],
[D("Nghị quyết", "33", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 33-NQ/TW"),
 D("Kế hoạch", "96", "KH/TU", "2024-02-20", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU ngày 20/2/2024")],
[prov("Phú Thọ"), com("Kim Đức"), com("Vân Phú")],
["Ban Dân vận Tỉnh ủy Phú Thọ", "Trang chủ / Tin tức / Công tác dân tộc, tôn giáo",
 "Đồng chí Hà Thị Thu Trang thăm, tặng quà Nghệ nhân Ưu tú Bùi Thị Hoa.", "phường Xoan An Thái", "Lễ hội Đền Hùng",
 "UNESCO", "Lượt truy cập: 188.402"],
["Ngày đăng 16/04/2024 | 14:20", "năm Giáp Thìn 2024", "86 tuổi", "năm 2024", "Năm 2024", "Lượt truy cập: 188.402"]))

PAGES.append(page("b3766-vinhphuc-daoduc-tongket-2024", """
Cập nhật trang: 30/12/2024
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐẠO ĐỨC - HUYỆN BÌNH XUYÊN
Tin tức | Hoạt động của Đảng ủy - HĐND - UBND
27-12-2024 09:40
Xã Đạo Đức triển khai nhiệm vụ năm 2025
Ngày 26/12/2024, Đảng ủy xã Đạo Đức, huyện Bình Xuyên, tỉnh Vĩnh Phúc tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị và phát triển kinh tế - xã hội năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Văn Long, HUV, Bí thư Đảng ủy xã chủ trì. Dự có ông Phạm Minh Tâm, Phó Trưởng Ban Kinh tế - Ngân sách HĐND huyện Bình Xuyên.
Đồng chí Nguyễn Văn Long phát biểu kết luận hội nghị.
Năm 2024, Đảng bộ xã lãnh đạo thực hiện đạt và vượt 18/18 chỉ tiêu Nghị quyết 08, 09-NQ/ĐU của Đảng ủy xã. Tổng giá trị sản xuất ước đạt 1.245 tỷ đồng, tăng 11,4%; thu nhập bình quân đầu người đạt khoảng 74 triệu đồng/năm; tỷ lệ hộ nghèo còn 0,62%. Xã duy trì danh hiệu nông thôn mới nâng cao theo Quyết định số 318/QĐ-TTg ngày 08/3/2022 của Thủ tướng Chính phủ.
Đảng bộ kết nạp 12 đảng viên mới; 22 chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên. Nhân dân đóng góp hơn 3,2 tỷ đồng, hiến 1.860 m2 đất làm đường; nhiều mô hình kinh tế được nhân rộng như trồng dưa lưới trong nhà màng, nuôi bò sinh sản, trồng rau an toàn ở thôn Thanh Lộc.
Ủy ban MTTQ và các đoàn thể xã thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Hội Phụ nữ xã có 11 tổ tiết kiệm với 286 hội viên, giúp 19 hộ vay không lãi; Hội Nông dân có 63 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Ngày hội Đại đoàn kết được tổ chức ở 100% thôn.
Bà Trần Thị Thanh, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã, báo cáo kết quả thực hiện Luật Thực hiện dân chủ ở cơ sở với 48 hội nghị thôn và 2 cuộc đối thoại của Chủ tịch UBND xã với nhân dân. Ông Lê Đức Thắng, Phó Bí thư Đảng ủy - Chủ tịch UBND xã, cho biết năm 2025 xã phấn đấu thu ngân sách không dưới 45 tỷ đồng, hoàn thành 3 công trình trường học, nhà văn hóa.
Hội nghị cũng chỉ ra hạn chế: việc giải phóng mặt bằng khu công nghiệp còn chậm, 7 vụ việc khiếu nại về đền bù chưa được giải quyết dứt điểm; tình trạng vi phạm trật tự xây dựng ở một số thôn chưa được xử lý triệt để.
Phát biểu kết luận, đồng chí Nguyễn Văn Long yêu cầu năm 2025 tập trung chuẩn bị tốt Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030, sắp xếp tổ chức bộ máy tinh gọn; làm tốt công tác dân vận trong giải phóng mặt bằng, không để phát sinh đơn thư vượt cấp.
Dịp này, Đảng ủy xã tặng giấy khen cho 6 tập thể, 14 cá nhân và trao Huy hiệu 40 năm tuổi Đảng cho 3 đồng chí.
Văn phòng Đảng ủy
Lượt truy cập: 21.540
Tin khác
- Đạo Đức: hội nghị đối thoại với nhân dân năm 2024 (18/11/2024)
- Ngày hội Đại đoàn kết ở thôn Yên Lỗ (12/11/2024)
- Xã Đạo Đức ra quân vệ sinh môi trường (05/10/2024)
""", "2024-12-27", "Xã Đạo Đức triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-26"),
[P("Nguyễn Văn Long", "HUV", "Bí thư Đảng ủy xã"),
 P("Phạm Minh Tâm", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND huyện Bình Xuyên"),
 P("Trần Thị Thanh", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Đức Thắng", "Phó Bí thư Đảng ủy - Chủ tịch UBND xã")],
[Q("18/18 chỉ tiêu", 18, "chỉ tiêu"), Q("1.245 tỷ đồng", 1245000000000, "đồng"), Q("11,4%", 11.4, "%"),
 Q("khoảng 74 triệu đồng/năm", 74000000, "đồng", "approx"), Q("0,62%", 0.62, "%"),
 Q("12 đảng viên mới", 12, "đảng viên mới"), Q("22 chi bộ", 22, "chi bộ"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("1.860 m2", 1860, "m2"), Q("11 tổ tiết kiệm", 11, "tổ tiết kiệm"), Q("286 hội viên", 286, "hội viên"), Q("19 hộ", 19, "hộ"),
 Q("63 hộ", 63, "hộ"), Q("100%", 100, "%"), Q("48 hội nghị thôn", 48, "hội nghị thôn"),
 Q("2 cuộc đối thoại", 2, "cuộc đối thoại"), Q("không dưới 45 tỷ đồng", 45000000000, "đồng", "over"),
 Q("3 công trình trường học, nhà văn hóa", 3, "công trình trường học, nhà văn hóa"), Q("7 vụ việc khiếu nại", 7, "vụ việc khiếu nại"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("3 đồng chí", 3, "đồng chí")],
[D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 08, 09-NQ/ĐU"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 08, 09-NQ/ĐU"),
 D("Quyết định", "318", "QĐ-TTg", "2022-03-08", "Thủ tướng Chính phủ", "Quyết định số 318/QĐ-TTg ngày 08/3/2022")],
[prov("Vĩnh Phúc"), com("Đạo Đức")],
["Cập nhật trang: 30/12/2024", "TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐẠO ĐỨC - HUYỆN BÌNH XUYÊN", "Tin tức | Hoạt động của Đảng ủy - HĐND - UBND",
 "Đồng chí Nguyễn Văn Long phát biểu kết luận hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Luật Thực hiện dân chủ ở cơ sở", "Văn phòng Đảng ủy", "Lượt truy cập: 21.540"],
["Cập nhật trang: 30/12/2024", "27-12-2024 09:40", "năm 2024", "năm 2025", "nhiệm kỳ 2025 - 2030", "40 năm tuổi Đảng",
 "3 đồng chí", "Lượt truy cập: 21.540"]))
