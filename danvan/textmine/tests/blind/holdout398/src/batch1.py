from lib import *
PAGES = []

PAGES.append(page("b9509-thainguyen-ccb-tongket-2011", """
HỘI CỰU CHIẾN BINH TỈNH THÁI NGUYÊN
Trang chủ > Hoạt động Hội > Tin tức - Sự kiện
Thứ Tư, 21/12/2011 - 16:35
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Cựu chiến binh tỉnh Thái Nguyên tổng kết công tác Hội năm 2011
Ngày 20/12/2011, Hội Cựu chiến binh (CCB) tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Dương Ngọc Lâm, Phó Bí thư Thường trực Tỉnh ủy; Đại tá Hoàng Văn Quý, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Hội CCB Việt Nam cùng 65 đại biểu là chủ tịch, phó chủ tịch Hội CCB các huyện, thành phố, thị xã và các cơ sở Hội trực thuộc. Đồng chí Trần Quang Tuyến, Chủ tịch Hội CCB tỉnh chủ trì hội nghị.
Năm 2011, các cấp Hội đã tổ chức cho 100% cán bộ, hội viên học tập, quán triệt Nghị quyết Đại hội XI của Đảng; tiếp tục thực hiện Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh. Hội đã phối hợp với các ngành chức năng rà soát, đề nghị giải quyết chế độ cho hội viên theo Nghị định số 150/2006/NĐ-CP ngày 12/12/2006 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Pháp lệnh Cựu chiến binh.
Trong năm, toàn tỉnh kết nạp 1.126 hội viên mới, nâng tổng số hội viên lên 38.540 người, sinh hoạt ở 181 cơ sở Hội. Phong trào CCB giúp nhau làm kinh tế tiếp tục phát triển: toàn tỉnh có 4.350 hộ sản xuất kinh doanh giỏi, 112 doanh nghiệp, hợp tác xã, trang trại do CCB làm chủ, tạo việc làm cho trên 3.200 lao động. Hội nhận ủy thác của Ngân hàng Chính sách xã hội quản lý 274 tổ tiết kiệm và vay vốn với dư nợ trên 312 tỷ đồng, tỷ lệ nợ quá hạn chỉ 0,18%. Các cấp Hội đã giúp 286 hộ hội viên thoát nghèo, hỗ trợ xây mới, sửa chữa 47 căn nhà cho hội viên khó khăn về nhà ở với tổng kinh phí 1,88 tỷ đồng. Tỷ lệ cơ sở Hội đạt trong sạch, vững mạnh là 87,3%.
Tại hội nghị, nhiều ý kiến tham luận đã làm rõ cách làm hay ở cơ sở. Ông Lý Văn Thắng, Chủ tịch Hội CCB huyện Định Hóa, cho biết Hội đã vận động hội viên người Tày, người Dao chuyển đổi trên 40 ha đất đồi sang trồng chè cành. Bà Ma Thị Nguyệt, Chủ tịch Hội CCB xã Phú Đình, chia sẻ kinh nghiệm thành lập tổ hợp tác chè gồm 23 hộ hội viên ở xóm Đồng Hút. Ông Đặng Hữu Tài, Phó Chủ tịch Hội CCB thành phố Thái Nguyên, kiến nghị tháo gỡ vướng mắc trong việc xác nhận hồ sơ cho CCB thuộc diện hưởng chế độ.
Phát biểu chỉ đạo, đồng chí Dương Ngọc Lâm ghi nhận những đóng góp của CCB trong xây dựng cơ sở chính trị và phát triển kinh tế - xã hội; đề nghị năm 2012 các cấp Hội tập trung chuẩn bị tốt đại hội Hội CCB các cấp nhiệm kỳ 2012 - 2017, tham gia xây dựng Đảng, chính quyền vững mạnh, giữ vững bản chất "Bộ đội Cụ Hồ".
Dịp này, Trung ương Hội CCB Việt Nam tặng Bằng khen cho 6 tập thể, 9 cá nhân; Hội CCB tỉnh tặng Giấy khen cho 24 tập thể và 41 cá nhân có thành tích xuất sắc năm 2011.
Nguyễn Hùng
Số lượt xem: 1.204
Tin liên quan
- Hội CCB huyện Phú Lương sơ kết mô hình "Tổ hợp tác chè" (12/12/2011)
- 120 CCB được tập huấn kỹ thuật trồng chè an toàn (28/11/2011)
- Đồng chí Chủ tịch Hội CCB tỉnh thăm, tặng quà hội viên xã Tân Cương (15/11/2011)
- Hội thảo nâng cao hiệu quả vốn vay ủy thác (01/11/2011)
""", "2011-12-21", "Hội Cựu chiến binh tỉnh Thái Nguyên tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-20"),
[P("Dương Ngọc Lâm", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hoàng Văn Quý", "Đại tá", "Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương Hội CCB Việt Nam"),
 P("Trần Quang Tuyến", "Chủ tịch Hội CCB tỉnh"),
 P("Lý Văn Thắng", "Chủ tịch Hội CCB huyện Định Hóa"),
 P("Ma Thị Nguyệt", "Chủ tịch Hội CCB xã Phú Đình"),
 P("Đặng Hữu Tài", "Phó Chủ tịch Hội CCB thành phố Thái Nguyên")],
[Q("65 đại biểu", 65, "đại biểu"), Q("100%", 100, "%"), Q("1.126 hội viên mới", 1126, "hội viên mới"),
 Q("38.540 người", 38540, "người"), Q("181 cơ sở Hội", 181, "cơ sở Hội"),
 Q("4.350 hộ sản xuất kinh doanh giỏi", 4350, "hộ sản xuất kinh doanh giỏi"),
 Q("112 doanh nghiệp, hợp tác xã, trang trại", 112, "doanh nghiệp, hợp tác xã, trang trại"),
 Q("trên 3.200 lao động", 3200, "lao động", "over"), Q("274 tổ tiết kiệm và vay vốn", 274, "tổ tiết kiệm và vay vốn"),
 Q("trên 312 tỷ đồng", 312000000000, "đồng", "over"), Q("0,18%", 0.18, "%"), Q("286 hộ hội viên", 286, "hộ hội viên"),
 Q("47 căn nhà", 47, "căn nhà"), Q("1,88 tỷ đồng", 1880000000, "đồng"), Q("87,3%", 87.3, "%"),
 Q("trên 40 ha", 40, "ha", "over"), Q("23 hộ hội viên", 23, "hộ hội viên"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("24 tập thể", 24, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Nghị định", "150", "2006/NĐ-CP", "2006-12-12", "Chính phủ", "Nghị định số 150/2006/NĐ-CP ngày 12/12/2006")],
[prov("Thái Nguyên"), com("Phú Đình")],
["HỘI CỰU CHIẾN BINH TỈNH THÁI NGUYÊN", "Trang chủ > Hoạt động Hội > Tin tức - Sự kiện", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Nghị quyết Đại hội XI", "Pháp lệnh Cựu chiến binh", "Bộ đội Cụ Hồ", "Số lượt xem: 1.204"],
["Thứ Tư, 21/12/2011 - 16:35", "năm 2011", "năm 2012", "Đại hội XI", "nhiệm kỳ 2012 - 2017", "Số lượt xem: 1.204"]))

PAGES.append(page("b9510-nghean-nct-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật: 08:50, 11/07/2012 (GMT+7)
Chăm sóc, phát huy vai trò người cao tuổi: nhiều việc làm thiết thực
(Nghean.gov.vn) - Ngày 10/7, Hội Người cao tuổi (NCT) tỉnh Nghệ An tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2012, bàn nhiệm vụ 6 tháng cuối năm. Ông Nguyễn Đình Lộc, Chủ tịch Hội NCT tỉnh chủ trì; dự hội nghị có bà Hồ Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Các đại biểu dự hội nghị sơ kết. Ảnh: Minh Chi
Theo báo cáo, đến ngày 30/6/2012, toàn tỉnh có 387.500 người cao tuổi, trong đó 312.640 cụ là hội viên, chiếm 80,7%. 6 tháng qua, các cấp Hội tiếp tục tuyên truyền Luật Người cao tuổi, Nghị định số 06/2011/NĐ-CP ngày 14/1/2011 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật; phối hợp triển khai Kế hoạch số 72/KH-UBND ngày 20/3/2012 của UBND tỉnh về chăm sóc và phát huy vai trò người cao tuổi. Hội cũng tổ chức sơ kết 15 năm thực hiện Chỉ thị số 59-CT/TW ngày 27/9/1995 của Bộ Chính trị về chăm sóc người cao tuổi ở 21 huyện, thành, thị.
Các cấp Hội đã phối hợp tổ chức mừng thọ cho 21.350 cụ ở các độ tuổi 70, 75, 80, 85, 90 và trên 100 tuổi; thăm hỏi 4.126 lượt hội viên ốm đau. Quỹ chăm sóc và phát huy vai trò người cao tuổi ở 480 xã, phường, thị trấn đạt 18,6 tỷ đồng, tăng 2,1 tỷ đồng so với cuối năm 2011. Trong 6 tháng, toàn tỉnh thành lập mới 14 câu lạc bộ dưỡng sinh với 980 hội viên tham gia.
Phong trào "Tuổi cao - gương sáng" được hưởng ứng rộng rãi. Cụ Phan Văn Lương, 86 tuổi, ở xóm 3, xã Nghi Phong (Nghi Lộc), đã hiến 200 m2 đất để mở rộng đường liên xóm và vận động con cháu góp 35 triệu đồng làm đường bê tông.
Tại hội nghị, ông Lô Văn Cảnh, Chủ tịch Hội NCT xã Châu Kim (Quế Phong), cho biết các cụ người Thái trong xã đã tham gia hòa giải thành 9 vụ việc mâu thuẫn trong cộng đồng, góp phần giữ yên bản làng. Bà Vi Thị Hoa, Phó Chủ tịch Hội NCT huyện Tương Dương, đề nghị tỉnh sớm có cơ chế hỗ trợ kinh phí hoạt động cho chi hội ở các bản vùng cao, vì nhiều nơi hội viên phải tự đóng góp.
Phát biểu tại hội nghị, bà Hồ Thị Thu Hà đánh giá cao vai trò của NCT trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và trong xây dựng nông thôn mới. Ông Nguyễn Đình Lộc yêu cầu 6 tháng cuối năm các cấp Hội tập trung phát triển hội viên, phấn đấu đến cuối năm có ít nhất 82% người cao tuổi vào Hội; mỗi huyện xây dựng ít nhất 1 câu lạc bộ liên thế hệ làm điểm.
Minh Chi
Bài viết liên quan
- Quế Phong: mừng thọ người cao tuổi đồng bào Thái (02/07/2012)
- Nghi Lộc ra quân làm đường giao thông nông thôn (25/06/2012)
- Hội NCT tỉnh tập huấn công tác Hội năm 2012 (14/05/2012)
- Trao tặng 300 thẻ bảo hiểm y tế cho người cao tuổi khó khăn (03/05/2012)
- Tương Dương: ra mắt câu lạc bộ dưỡng sinh bản Xiêng Líp (20/04/2012)
""", "2012-07-11", "Chăm sóc, phát huy vai trò người cao tuổi: nhiều việc làm thiết thực",
E("so_ket", "2012-H1", "2012-07-10"),
[P("Nguyễn Đình Lộc", "Chủ tịch Hội NCT tỉnh"),
 P("Hồ Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Lương"),
 P("Lô Văn Cảnh", "Chủ tịch Hội NCT xã Châu Kim"),
 P("Vi Thị Hoa", "Phó Chủ tịch Hội NCT huyện Tương Dương")],
[Q("387.500 người cao tuổi", 387500, "người cao tuổi"), Q("312.640 cụ", 312640, "cụ"), Q("80,7%", 80.7, "%"),
 Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("21.350 cụ", 21350, "cụ"),
 Q("4.126 lượt hội viên", 4126, "lượt hội viên"), Q("480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"),
 Q("18,6 tỷ đồng", 18600000000, "đồng"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("14 câu lạc bộ dưỡng sinh", 14, "câu lạc bộ dưỡng sinh"), Q("980 hội viên", 980, "hội viên"),
 Q("200 m2", 200, "m2"), Q("35 triệu đồng", 35000000, "đồng"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"),
 Q("ít nhất 82%", 82, "%", "over")],
[D("Nghị định", "06", "2011/NĐ-CP", "2011-01-14", "Chính phủ", "Nghị định số 06/2011/NĐ-CP ngày 14/1/2011"),
 D("Kế hoạch", "72", "KH-UBND", "2012-03-20", "UBND tỉnh", "Kế hoạch số 72/KH-UBND ngày 20/3/2012"),
 D("Chỉ thị", "59", "CT/TW", "1995-09-27", "Bộ Chính trị", "Chỉ thị số 59-CT/TW ngày 27/9/1995")],
[prov("Nghệ An"), com("Nghi Phong"), com("Châu Kim")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN", "Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội", "(Nghean.gov.vn)",
 "Các đại biểu dự hội nghị sơ kết. Ảnh: Minh Chi", "Luật Người cao tuổi", "Tuổi cao - gương sáng",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật: 08:50, 11/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "15 năm",
 "70, 75, 80, 85, 90 và trên 100 tuổi", "86 tuổi", "6 tháng qua", "Trong 6 tháng", "ngày 30/6/2012", "xóm 3", "1 câu lạc bộ liên thế hệ"]))

PAGES.append(page("b9511-langson-ccb-hoinghi-2013", """
BÁO LẠNG SƠN ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh
Thứ Ba, 22/10/2013 | 08:15
Bạn đang ở: Trang chủ › Xã hội › Đoàn thể
Tôn vinh 97 cựu chiến binh sản xuất, kinh doanh giỏi
LSO - Ngày 21/10, Hội Cựu chiến binh tỉnh Lạng Sơn tổ chức hội nghị biểu dương cựu chiến binh sản xuất, kinh doanh giỏi năm 2013. Dự hội nghị có đồng chí Lâm Văn Ngọc, Phó Bí thư Tỉnh ủy; Thượng tá Hoàng Đình Thân, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Đồng chí Lâm Văn Ngọc trao giấy khen cho các cựu chiến binh tiêu biểu.
Những năm qua, thực hiện Nghị quyết 03, 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển nông, lâm nghiệp và kinh tế cửa khẩu, các cấp Hội CCB đã vận động hội viên tích cực vay vốn, mạnh dạn đầu tư sản xuất. Toàn tỉnh hiện có 3.146 hộ CCB đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; 32 doanh nghiệp, 41 hợp tác xã và 260 trang trại do CCB làm chủ, giải quyết việc làm cho gần 5.000 lao động địa phương. Tỷ lệ hộ nghèo trong hội viên giảm còn 6,4%.
Hội nghị đã nghe 8 tham luận của các điển hình. Ông Hoàng Văn Páo, hội viên Chi hội CCB thôn Khòn Pát, xã Hoàng Đồng, chia sẻ: từ 15 ha hồi và 1.200 con gà thả đồi, mỗi năm gia đình ông có doanh thu trên 2 tỷ đồng, tạo việc làm thường xuyên cho 12 lao động. Bà Lành Thị Mai, nữ CCB người Nùng ở xã Tân Thanh (Văn Lãng), kể lại quá trình khởi nghiệp với cơ sở chế biến thạch đen. Ông Nông Văn Toán, Chủ tịch Hội CCB huyện Tràng Định, cho biết Hội đã nhân rộng mô hình "Tổ CCB giúp nhau giảm nghèo" ra 19 chi hội.
Theo Đại tá Chu Văn Sấn, Chủ tịch Hội CCB tỉnh, các cấp Hội đã thực hiện Hướng dẫn số 76/HD-CCB ngày 12/3/2013 của Ban Thường vụ Hội CCB tỉnh về bình xét, công nhận danh hiệu CCB sản xuất, kinh doanh giỏi, bảo đảm công khai, đúng thực chất. Tuy vậy, một số nơi còn lúng túng trong hướng dẫn hội viên tiếp cận vốn và thị trường; nhiều trang trại quy mô nhỏ, thiếu liên kết.
Phát biểu tại hội nghị, đồng chí Lâm Văn Ngọc đề nghị các cấp ủy, chính quyền tiếp tục tạo điều kiện để CCB tiếp cận các nguồn vốn, nhất là vốn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn; Hội CCB tỉnh tiếp tục phát huy phẩm chất "Bộ đội Cụ Hồ" trên mặt trận kinh tế.
Dịp này, Hội CCB tỉnh tặng giấy khen cho 97 cựu chiến binh sản xuất, kinh doanh giỏi, kèm theo mỗi suất thưởng trị giá 500.000 đồng. Ông Vy Văn Thành, Phó Chủ tịch Hội CCB tỉnh, công bố quyết định khen thưởng.
Hoàng Lanh
Lượt đọc: 642
Tin cùng chuyên mục
- Cao Lộc: 30 hộ CCB được vay vốn phát triển chăn nuôi (15/10/2013)
- Hội CCB tỉnh kiểm tra công tác Hội tại Bắc Sơn (07/10/2013)
- Văn Lãng: hội viên CCB hiến đất làm đường (26/09/2013)
- Tập huấn nghiệp vụ công tác kiểm tra cho cán bộ Hội (18/09/2013)
""", "2013-10-22", "Tôn vinh 97 cựu chiến binh sản xuất, kinh doanh giỏi",
E("hoi_nghi", "2013", "2013-10-21"),
[P("Lâm Văn Ngọc", "Phó Bí thư Tỉnh ủy"),
 P("Hoàng Đình Thân", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Hoàng Văn Páo", "hội viên Chi hội CCB thôn Khòn Pát"),
 P("Lành Thị Mai"),
 P("Nông Văn Toán", "Chủ tịch Hội CCB huyện Tràng Định"),
 P("Chu Văn Sấn", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Vy Văn Thành", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("97 cựu chiến binh sản xuất, kinh doanh giỏi", 97, "cựu chiến binh sản xuất, kinh doanh giỏi"),
 Q("3.146 hộ CCB", 3146, "hộ CCB"), Q("32 doanh nghiệp", 32, "doanh nghiệp"), Q("41 hợp tác xã", 41, "hợp tác xã"),
 Q("260 trang trại", 260, "trang trại"), Q("gần 5.000 lao động", 5000, "lao động", "approx"), Q("6,4%", 6.4, "%"),
 Q("8 tham luận", 8, "tham luận"), Q("15 ha", 15, "ha"), Q("1.200 con gà", 1200, "con gà"),
 Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"), Q("12 lao động", 12, "lao động"), Q("19 chi hội", 19, "chi hội"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 03, 04-NQ/TU"),
 D("Nghị quyết", "04", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 03, 04-NQ/TU"),
 D("Hướng dẫn", "76", "HD-CCB", "2013-03-12", "Ban Thường vụ Hội CCB tỉnh", "Hướng dẫn số 76/HD-CCB ngày 12/3/2013"),
 D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Tân Thanh")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh",
 "Bạn đang ở: Trang chủ › Xã hội › Đoàn thể", "LSO",
 "Đồng chí Lâm Văn Ngọc trao giấy khen cho các cựu chiến binh tiêu biểu.", "Tổ CCB giúp nhau giảm nghèo",
 "Bộ đội Cụ Hồ", "Lượt đọc: 642"],
["Thứ Ba, 22/10/2013 | 08:15", "năm 2013", "Lượt đọc: 642"]))

PAGES.append(page("b9512-quangnam-nct-traoqua-2014", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Xã hội :: Chính sách :: Người cao tuổi
Chủ Nhật, 26/01/2014 - 07:30
Ảnh: Các cụ già làng nhận quà Tết.
Ấm áp quà xuân đến với người cao tuổi vùng cao
(QNO) - Chiều 24/1, Hội Người cao tuổi tỉnh phối hợp với Hội Chữ thập đỏ tỉnh và một số nhà hảo tâm trao 1.150 suất quà Tết cho người cao tuổi có hoàn cảnh khó khăn ở 2 huyện miền núi Tây Giang và Đông Giang.
Đoàn do ông Lê Văn Hạnh, Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh làm trưởng đoàn. Mỗi suất quà trị giá 400.000 đồng, gồm 200.000 đồng tiền mặt, 10 kg gạo và bánh kẹo, tổng trị giá 460 triệu đồng. Cùng đi có ông Bhling Mia, Phó Chủ tịch UBND huyện Tây Giang và đại diện Hội NCT huyện.
Tại xã A Tiêng, đoàn đã đến thăm cụ Alăng Thị Đinh, 94 tuổi, ở thôn Aur, người cao tuổi nhất xã, hiện sống cùng con cháu trong ngôi nhà được Nhà nước hỗ trợ xây dựng theo Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở. Cụ bùi ngùi: "Năm nào các cháu dưới tỉnh cũng nhớ lên thăm, già làng mừng lắm".
Già làng Coor Nhiên, Chủ tịch Hội NCT xã A Tiêng, cho biết chi hội đã vận động bà con giữ rừng, bỏ tục chôn chung, xây dựng 7 gươl (nhà làng truyền thống) đạt chuẩn văn hóa. Toàn xã có 318 người cao tuổi, trong đó 126 cụ thuộc hộ nghèo.
Tại xã Sông Kôn (Đông Giang), ông Zơ Râm Đưm, Chủ tịch Hội NCT huyện Đông Giang, thông tin: năm 2013, Hội đã phối hợp với Ủy ban MTTQ huyện thực hiện Kế hoạch số 05/KH-HNCT ngày 6/1/2013 của Ban Thường vụ Hội NCT tỉnh về chăm sóc người cao tuổi vùng đồng bào dân tộc thiểu số, cấp 2.300 thẻ bảo hiểm y tế, khám bệnh miễn phí cho 640 lượt người.
Theo ông Lê Văn Hạnh, dịp Tết Giáp Ngọ 2014, Hội NCT các cấp trong tỉnh dự kiến thăm, tặng khoảng 9.800 suất quà với tổng kinh phí trên 2,5 tỷ đồng từ Quỹ chăm sóc và phát huy vai trò người cao tuổi, nguồn xã hội hóa và ngân sách địa phương. Hội cũng chỉ đạo các chi hội không để cụ nào không có Tết.
Bà Bríu Thị Hường, một hội viên ở thôn Ating, xã Sông Kôn, xúc động nhận quà cùng lời chúc sức khỏe. Bà cho biết năm qua chi hội người cao tuổi thôn đã cùng thanh niên dọn vệ sinh đường làng, dạy các cháu hát lý, nói lý và đánh chiêng vào mỗi tối thứ bảy.
Theo lãnh đạo Hội NCT tỉnh, người cao tuổi đồng bào Cơ Tu là lực lượng quan trọng trong giữ gìn bản sắc văn hóa, vận động bà con không nghe theo kẻ xấu, không di cư tự do. Thời gian tới, Hội sẽ đề nghị UBND tỉnh tăng mức hỗ trợ cho các chi hội vùng cao và tiếp tục vận động nguồn lực để chăm lo cho các cụ neo đơn.
Thái Hoàng
Lượt xem: 385
Các tin khác
- Hội NCT Thăng Bình tổng kết năm 2013 (16/01/2014)
- Mừng thọ 400 cụ tuổi 80 ở Tam Kỳ (10/01/2014)
- Nam Giang: tặng 200 chăn ấm cho người già (04/01/2014)
""", "2014-01-26", "Ấm áp quà xuân đến với người cao tuổi vùng cao",
E("trao_qua", None, "2014-01-24"),
[P("Lê Văn Hạnh", "Phó Chủ tịch Thường trực Hội Người cao tuổi tỉnh"),
 P("Bhling Mia", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Alăng Thị Đinh"),
 P("Coor Nhiên", "Già làng", "Chủ tịch Hội NCT xã A Tiêng"),
 P("Zơ Râm Đưm", "Chủ tịch Hội NCT huyện Đông Giang"),
 P("Bríu Thị Hường")],
[Q("1.150 suất quà", 1150, "suất quà"), Q("2 huyện miền núi", 2, "huyện miền núi"), Q("400.000 đồng", 400000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("10 kg", 10, "kg"), Q("460 triệu đồng", 460000000, "đồng"),
 Q("7 gươl", 7, "gươl"), Q("318 người cao tuổi", 318, "người cao tuổi"), Q("126 cụ", 126, "cụ"),
 Q("2.300 thẻ bảo hiểm y tế", 2300, "thẻ bảo hiểm y tế"), Q("640 lượt người", 640, "lượt người"),
 Q("khoảng 9.800 suất quà", 9800, "suất quà", "approx"), Q("trên 2,5 tỷ đồng", 2500000000, "đồng", "over")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Kế hoạch", "05", "KH-HNCT", "2013-01-06", "Ban Thường vụ Hội NCT tỉnh", "Kế hoạch số 05/KH-HNCT ngày 6/1/2013")],
[prov("Quảng Nam"), com("A Tiêng"), com("Sông Kôn")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Xã hội :: Chính sách :: Người cao tuổi",
 "Ảnh: Các cụ già làng nhận quà Tết.", "(QNO)", "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "Lượt xem: 385"],
["Chủ Nhật, 26/01/2014 - 07:30", "94 tuổi", "năm 2013", "Tết Giáp Ngọ 2014", "Lượt xem: 385"]))

PAGES.append(page("b9513-daklak-ccb-giaoban-2015", """
HỘI CỰU CHIẾN BINH TỈNH ĐẮK LẮK
Trang chủ :: Tin hoạt động :: Hoạt động của Hội
29-09-2015 10:20
Toàn cảnh buổi giao ban.
Giao ban công tác Hội Cựu chiến binh quý III/2015
Ngày 28/9, Thường trực Hội Cựu chiến binh tỉnh Đắk Lắk tổ chức giao ban công tác Hội quý III/2015 với chủ tịch Hội CCB 15 huyện, thị xã, thành phố và các cơ sở Hội trực thuộc. Đại tá Lê Văn Huấn, Chủ tịch Hội CCB tỉnh chủ trì.
Báo cáo tại buổi giao ban cho biết, trong quý, các cấp Hội đã tập trung tuyên truyền, vận động hội viên tham gia đại hội đảng bộ các cấp, hướng tới Đại hội Đảng bộ tỉnh lần thứ XVI; phối hợp giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. 15/15 Hội CCB cấp huyện đã hoàn thành sơ kết giữa nhiệm kỳ theo Kế hoạch số 38-KH/CCB của Ban Thường vụ Hội CCB tỉnh.
Quý III, toàn tỉnh kết nạp 412 hội viên mới; vận động hội viên đóng góp 1.600 ngày công làm đường giao thông nông thôn; hỗ trợ 35 hộ hội viên nghèo sửa chữa nhà ở. Quỹ hội các cấp hiện đạt 4,2 tỷ đồng. Hội CCB các huyện Krông Bông, Lắk, M'Drắk đã phối hợp chính quyền vận động 27 hộ đồng bào bỏ theo tà đạo trở về sinh hoạt bình thường ở buôn làng. Công tác nắm tình hình được duy trì thường xuyên; các chi hội ở buôn đã kịp thời phát hiện, báo cáo cấp ủy một số vụ việc phức tạp về tranh chấp đất rẫy để cùng giải quyết ngay từ cơ sở.
Bên cạnh kết quả đạt được, buổi giao ban cũng chỉ ra một số hạn chế: việc sinh hoạt chi hội ở một số buôn chưa đều; công tác phát triển hội viên trong đồng bào dân tộc thiểu số còn chậm; một số hồ sơ đề nghị hưởng chế độ của hội viên còn tồn đọng do thiếu giấy tờ gốc.
Phát biểu tại buổi giao ban, ông Y Wăn Byă, Chủ tịch Hội CCB huyện Krông Bông, cho biết Hội đã giao cho mỗi chi hội ở buôn đồng bào Êđê theo dõi, giúp đỡ từ 2 đến 3 hộ khó khăn. Ông Nay Phi Lố, Chủ tịch Hội CCB xã Ea Tul (Cư M'gar), kiến nghị Hội CCB tỉnh hướng dẫn việc thành lập tổ hợp tác trồng cà phê cho hội viên. Bà H'Nga Niê Kdăm, Phó Chủ tịch Hội CCB xã Cư Pui, đề nghị tăng nguồn vốn ủy thác cho các buôn vùng sâu.
Kết luận buổi giao ban, Đại tá Lê Văn Huấn yêu cầu quý IV các cấp Hội tập trung tổng kết công tác năm 2015; tiếp tục nắm chắc tình hình tư tưởng hội viên, không để phần tử xấu lợi dụng kích động; thực hiện nghiêm Chỉ thị số 10-CT/HCCB của Thường trực Trung ương Hội về tăng cường kỷ luật, kỷ cương. Ông Y Bhông Mlô, Phó Chủ tịch Hội CCB tỉnh, được giao theo dõi phong trào thi đua ở các huyện phía đông.
Y Khoa
Lượt xem: 217
Tin khác
- Hội CCB tỉnh tặng 20 suất học bổng cho con hội viên (15/09/2015)
- Krông Bông: ra mắt chi hội CCB buôn Cuăh (08/09/2015)
- Giao ban công tác Hội quý II/2015 (30/06/2015)
""", "2015-09-29", "Giao ban công tác Hội Cựu chiến binh quý III/2015",
E("giao_ban", "2015-Q3", "2015-09-28"),
[P("Lê Văn Huấn", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Y Wăn Byă", "Chủ tịch Hội CCB huyện Krông Bông"),
 P("Nay Phi Lố", "Chủ tịch Hội CCB xã Ea Tul"),
 P("H'Nga Niê Kdăm", "Phó Chủ tịch Hội CCB xã Cư Pui"),
 P("Y Bhông Mlô", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("15/15 Hội CCB cấp huyện", 15, "Hội CCB cấp huyện"),
 Q("412 hội viên mới", 412, "hội viên mới"), Q("1.600 ngày công", 1600, "ngày công"),
 Q("35 hộ hội viên nghèo", 35, "hộ hội viên nghèo"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("27 hộ đồng bào", 27, "hộ đồng bào")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "38", "KH/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 38-KH/CCB"),
 D("Chỉ thị", "10", "CT/HCCB", None, "Thường trực Trung ương Hội", "Chỉ thị số 10-CT/HCCB")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Pui")],
["HỘI CỰU CHIẾN BINH TỈNH ĐẮK LẮK", "Trang chủ :: Tin hoạt động :: Hoạt động của Hội", "Toàn cảnh buổi giao ban.",
 "Lượt xem: 217"],
["29-09-2015 10:20", "quý III/2015", "lần thứ XVI", "từ 2 đến 3 hộ", "quý IV", "năm 2015", "Lượt xem: 217"]))

PAGES.append(page("b9514-cantho-nct-taphuan-2016", """
BÁO CẦN THƠ ONLINE
Tin tức » Xã hội » Đoàn thể
Cập nhật lúc 15:05 ngày 18/05/2016
Tập huấn nghiệp vụ cho cán bộ Hội Người cao tuổi cơ sở
Trong 2 ngày 17 và 18-5, Hội Người cao tuổi thành phố Cần Thơ tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2016 cho 196 học viên là chủ tịch, phó chủ tịch Hội Người cao tuổi các xã, phường, thị trấn.
Bà Trần Thị Xuân, Phó Chủ tịch Thường trực Hội NCT thành phố phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, bà Trần Thị Xuân, Phó Chủ tịch Thường trực Hội NCT thành phố, cho biết: toàn thành phố hiện có 85 xã, phường, thị trấn với trên 142.000 người cao tuổi, trong đó gần 118.000 hội viên. Đội ngũ cán bộ Hội cơ sở phần lớn tuổi đã cao, nhiều người mới tham gia công tác Hội sau đại hội nhiệm kỳ 2016 - 2021 nên còn hạn chế về nghiệp vụ.
Tại lớp tập huấn, các học viên được nghe 4 chuyên đề: công tác tổ chức, xây dựng Hội vững mạnh; quản lý và sử dụng Quỹ chăm sóc và phát huy vai trò người cao tuổi; triển khai Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi Việt Nam giai đoạn 2012 - 2020; và hướng dẫn số 14/HD-HNCT ngày 4/4/2016 của Ban Thường vụ Hội NCT thành phố về xây dựng câu lạc bộ liên thế hệ tự giúp nhau. Báo cáo viên TS. Huỳnh Văn Tòng, giảng viên Trường Chính trị thành phố, giới thiệu những điểm mới của Quyết định số 544/QĐ-TTg của Thủ tướng Chính phủ về Tháng hành động vì người cao tuổi Việt Nam.
Trao đổi kinh nghiệm, ông Danh Út, Chủ tịch Hội NCT phường Thới Long (quận Ô Môn), cho biết Hội đã vận động 36 cụ là người Khmer tham gia tổ hòa giải, góp phần giải quyết 11 vụ việc tranh chấp đất đai nhỏ ngay tại ấp. Bà Lâm Thị Huệ, Phó Chủ tịch Hội NCT xã Thạnh Lợi (Vĩnh Thạnh), chia sẻ cách duy trì sinh hoạt định kỳ hằng tháng của 14 chi hội với tỷ lệ tham gia trên 90%.
Năm 2016, Hội NCT thành phố phấn đấu phát triển thêm 3.500 hội viên mới, thành lập 20 câu lạc bộ liên thế hệ; 100% cơ sở Hội có Quỹ chăm sóc người cao tuổi với mức bình quân không dưới 30 triệu đồng/cơ sở.
Nhiều học viên đề nghị Hội NCT thành phố biên soạn tài liệu hỏi - đáp ngắn gọn, dễ hiểu để phát cho chi hội.
Bế mạc lớp tập huấn, ông Võ Minh Đức, Chủ tịch Hội NCT thành phố, đề nghị học viên vận dụng kiến thức vào thực tiễn, kịp thời báo cáo khó khăn, vướng mắc để Thường trực Hội hướng dẫn tháo gỡ.
Bích Nhu
Tin liên quan
- Phong Điền: mừng thọ 1.200 người cao tuổi (05/05/2016)
- Hội NCT thành phố giao ban quý I/2016 (08/04/2016)
- Ra mắt câu lạc bộ liên thế hệ phường An Bình (30/03/2016)
- Người cao tuổi Thốt Nốt tham gia giữ gìn an ninh trật tự (21/03/2016)
""", "2016-05-18", "Tập huấn nghiệp vụ cho cán bộ Hội Người cao tuổi cơ sở",
E("tap_huan", "2016", "2016-05-17"),
[P("Trần Thị Xuân", "Phó Chủ tịch Thường trực Hội NCT thành phố"),
 P("Huỳnh Văn Tòng", "TS.", "giảng viên Trường Chính trị thành phố"),
 P("Danh Út", "Chủ tịch Hội NCT phường Thới Long"),
 P("Lâm Thị Huệ", "Phó Chủ tịch Hội NCT xã Thạnh Lợi"),
 P("Võ Minh Đức", "Chủ tịch Hội NCT thành phố")],
[Q("196 học viên", 196, "học viên"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"),
 Q("trên 142.000 người cao tuổi", 142000, "người cao tuổi", "over"), Q("gần 118.000 hội viên", 118000, "hội viên", "approx"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("36 cụ", 36, "cụ"), Q("11 vụ việc tranh chấp đất đai nhỏ", 11, "vụ việc tranh chấp đất đai nhỏ"),
 Q("14 chi hội", 14, "chi hội"), Q("trên 90%", 90, "%", "over"), Q("3.500 hội viên mới", 3500, "hội viên mới"),
 Q("20 câu lạc bộ liên thế hệ", 20, "câu lạc bộ liên thế hệ"), Q("100%", 100, "%"),
 Q("không dưới 30 triệu đồng", 30000000, "đồng", "over")],
[D("Quyết định", "1781", "QĐ-TTg", "2012-11-22", "Thủ tướng Chính phủ", "Quyết định số 1781/QĐ-TTg ngày 22/11/2012"),
 D("Hướng dẫn", "14", "HD-HNCT", "2016-04-04", "Ban Thường vụ Hội NCT thành phố", "hướng dẫn số 14/HD-HNCT ngày 4/4/2016"),
 D("Quyết định", "544", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 544/QĐ-TTg")],
[prov("Cần Thơ"), com("Thới Long"), com("Thạnh Lợi")],
["BÁO CẦN THƠ ONLINE", "Tin tức » Xã hội » Đoàn thể",
 "Bà Trần Thị Xuân, Phó Chủ tịch Thường trực Hội NCT thành phố phát biểu khai mạc lớp tập huấn.",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "Chương trình hành động quốc gia về người cao tuổi Việt Nam giai đoạn 2012 - 2020",
 "Tháng hành động vì người cao tuổi Việt Nam"],
["Cập nhật lúc 15:05 ngày 18/05/2016", "2 ngày", "17 và 18-5", "năm 2016", "nhiệm kỳ 2016 - 2021", "giai đoạn 2012 - 2020"]))
