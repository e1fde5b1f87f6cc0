from lib import *
PAGES = []

PAGES.append(page("b8273-binhduong-phuong-soket-2020", """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ / Chính trị / An ninh - Quốc phòng
Ngày 10/07/2020 | 09:15
Ảnh: Đại biểu dự hội nghị sơ kết.
Phường Tân Định: Giữ vững an ninh trật tự trong khu nhà trọ giữa mùa dịch
(BDO) Ngày 9/7, Đảng ủy, UBND phường Tân Định (thị xã Bến Cát, tỉnh Bình Dương) tổ chức hội nghị sơ kết công tác bảo đảm an ninh trật tự, phòng chống tội phạm 6 tháng đầu năm 2020 và triển khai nhiệm vụ 6 tháng cuối năm.
Dự hội nghị có các đồng chí Phó Chủ tịch UBND thị xã Bến Cát: Lê Văn Chín, Nguyễn Thị Tuyết Mai; Trung tá Châu Minh Đức, Phó Trưởng Công an thị xã và 120 đại biểu là trưởng khu phố, thành viên lực lượng bảo vệ dân phố, chủ nhà trọ.
Phường Tân Định có hơn 58.000 nhân khẩu, trong đó trên 70% là người lao động từ các tỉnh về thuê trọ làm việc tại khu công nghiệp Mỹ Phước. Theo báo cáo, 6 tháng đầu năm, trên địa bàn xảy ra 23 vụ phạm pháp hình sự, giảm 17,8% so với cùng kỳ; trộm cắp tài sản 15 vụ, chiếm 65,2%. Công an phường đã làm rõ 18 vụ, bắt 24 đối tượng; phát hiện 7 vụ, 13 đối tượng tàng trữ, sử dụng trái phép chất ma túy tại các phòng trọ.
Trong thời gian giãn cách xã hội phòng chống dịch Covid-19, các tổ bảo vệ dân phố, tổ tự quản phối hợp với lực lượng y tế kiểm soát 1.420 lượt người ra vào khu nhà trọ, vận động các chủ nhà trọ giảm 10 - 30% tiền thuê phòng cho công nhân với tổng số tiền khoảng 1,35 tỷ đồng. Phường hiện có 9 khu phố, 11 tổ bảo vệ dân phố với 96 thành viên, 247 chủ nhà trọ ký cam kết không để xảy ra tệ nạn ma túy.
Ông Trần Văn Hòa, Trưởng khu phố 4A, chia sẻ kinh nghiệm lập nhóm "Chủ nhà trọ an toàn" với 38 thành viên, đêm nào cũng phân công người trực cổng. Bà Phạm Thị Hương, Phó Trưởng Ban bảo vệ dân phố phường, đề nghị tăng phụ cấp cho thành viên vì hiện mỗi người chỉ được 1,49 triệu đồng/tháng.
Phát biểu chỉ đạo, đồng chí Lê Văn Chín đề nghị phường tiếp tục thực hiện Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo đảm an ninh trật tự tại các khu nhà trọ và phòng chống ma túy trong công nhân; Kế hoạch 1820/KH-UBND ngày 24/4/2020 của UBND tỉnh; không để tái diễn tình trạng trộm cắp xe máy tại khu nhà trọ. Đồng chí Châu Minh Đức lưu ý phường phải kiểm tra 100% nhà trọ có từ 10 phòng trở lên trong quý III.
Dịp này, UBND thị xã tặng giấy khen cho 2 tập thể và 6 cá nhân của phường có thành tích trong phòng chống dịch và giữ gìn an ninh trật tự.
Thu Thảo
Tin liên quan
- Bến Cát: bắt nhóm trộm cắp xe máy tại khu nhà trọ (02/07/2020)
- Thuận An ra mắt mô hình "Khu nhà trọ tự quản về ANTT" (25/06/2020)
- Công an tỉnh đẩy mạnh phòng chống tội phạm ma túy trong công nhân (17/06/2020)
""", "2020-07-10", "Phường Tân Định: Giữ vững an ninh trật tự trong khu nhà trọ giữa mùa dịch",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Lê Văn Chín", "Phó Chủ tịch UBND thị xã Bến Cát"),
 P("Nguyễn Thị Tuyết Mai", "Phó Chủ tịch UBND thị xã Bến Cát"),
 P("Châu Minh Đức", "Trung tá", "Phó Trưởng Công an thị xã"),
 P("Trần Văn Hòa", "Trưởng khu phố 4A"),
 P("Phạm Thị Hương", "Phó Trưởng Ban bảo vệ dân phố phường")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 58.000 nhân khẩu", 58000, "nhân khẩu", "over"), Q("trên 70%", 70, "%", "over"),
 Q("23 vụ phạm pháp hình sự", 23, "vụ phạm pháp hình sự"), Q("17,8%", 17.8, "%"), Q("15 vụ", 15, "vụ"), Q("65,2%", 65.2, "%"),
 Q("18 vụ", 18, "vụ"), Q("24 đối tượng", 24, "đối tượng"), Q("7 vụ", 7, "vụ"), Q("13 đối tượng", 13, "đối tượng"),
 Q("1.420 lượt người", 1420, "lượt người"), Q("10 - 30%", 10, "%"), Q("30%", 30, "%"),
 Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"), Q("9 khu phố", 9, "khu phố"), Q("11 tổ bảo vệ dân phố", 11, "tổ bảo vệ dân phố"),
 Q("96 thành viên", 96, "thành viên"), Q("247 chủ nhà trọ", 247, "chủ nhà trọ"), Q("38 thành viên", 38, "thành viên"),
 Q("1,49 triệu đồng/tháng", 1490000, "đồng"), Q("100% nhà trọ", 100, "%"), Q("từ 10 phòng trở lên", 10, "phòng", "over"),
 Q("2 tập thể", 2, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU, 16-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "1820", "KH-UBND", "2020-04-24", "UBND tỉnh", "Kế hoạch 1820/KH-UBND ngày 24/4/2020 của UBND tỉnh")],
[prov("Bình Dương"), com("Tân Định")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ / Chính trị / An ninh - Quốc phòng", "Ảnh: Đại biểu dự hội nghị sơ kết.", "(BDO)",
 "Chủ nhà trọ an toàn", "khu công nghiệp Mỹ Phước", "Covid-19"],
["Ngày 10/07/2020 | 09:15", "6 tháng đầu năm 2020", "6 tháng cuối năm", "quý III", "khu phố 4A"]))

PAGES.append(page("b8274-dienbien-caxa-baocao-2021", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG - TỈNH ĐIỆN BIÊN
Trang chủ > Tin tức > Hoạt động HĐND - UBND
16/12/2021 - 10:05
Công an xã báo cáo tình hình an ninh trật tự năm 2021 trước HĐND xã
Ngày 15/12/2021, HĐND xã Mường Phăng khóa XXI, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ ba. Tại kỳ họp, các đại biểu đã nghe Công an xã trình bày báo cáo kết quả công tác bảo đảm an ninh trật tự năm 2021, phương hướng nhiệm vụ năm 2022.
Đại úy Lò Văn Pâng trình bày báo cáo tại kỳ họp.
Báo cáo do Đại úy Lò Văn Pâng, Đảng ủy viên, Trưởng Công an xã trình bày nêu rõ: năm 2021, Công an xã đã tham mưu Đảng ủy ban hành Nghị quyết số 09-NQ/ĐU ngày 20/01/2021 về lãnh đạo công tác bảo đảm an ninh trật tự; tham mưu UBND xã ban hành 6 kế hoạch, trong đó có Kế hoạch số 18/KH-UBND, 19/KH-UBND về phòng chống ma túy và phòng chống trộm cắp gia súc. Trên địa bàn xảy ra 4 vụ trộm cắp tài sản (3 vụ trộm trâu, 1 vụ trộm xe máy), giá trị thiệt hại gần 110 triệu đồng; đã điều tra làm rõ cả 4 vụ, thu hồi 3 con trâu. Công an xã phối hợp Công an huyện Điện Biên bắt 3 vụ, 5 đối tượng mua bán trái phép chất ma túy, thu giữ 15,2 gam heroin và 48 viên ma túy tổng hợp.
Hiện xã có 17 bản với 35 tổ an ninh bản, 204 tổ viên. Các tổ đã tuần tra 520 lượt, hòa giải thành 11/12 vụ việc mâu thuẫn; 96,4% hộ gia đình đạt danh hiệu "Gia đình văn hóa". Số người nghiện có hồ sơ quản lý giảm từ 21 xuống 16 người, trong đó 5 người đang điều trị methadone.
Thảo luận tại kỳ họp, đại biểu Quàng Thị Ơn, Trưởng bản Che Căn, đề nghị Công an xã tăng cường tuần tra khu vực bãi chăn thả; đại biểu Vàng A Dua, Bí thư Chi bộ bản Co Luồng kiêm Trưởng ban công tác Mặt trận bản, kiến nghị có chế độ hỗ trợ cho tổ viên tổ an ninh bản, hiện chỉ được hỗ trợ 100.000 đồng/người/tháng.
Trả lời kiến nghị, ông Lường Văn Thẩm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, cho biết xã sẽ đề xuất huyện nâng mức hỗ trợ theo Nghị quyết số 07/2021/NQ-HĐND của HĐND tỉnh Điện Biên; trong năm 2022 sẽ trang bị thêm 35 đèn pin, 35 áo mưa cho các tổ an ninh bản.
Kỳ họp đã thông qua Nghị quyết về nhiệm vụ bảo đảm an ninh trật tự năm 2022 với chỉ tiêu giảm ít nhất 10% số vụ trộm cắp, 100% bản không có điểm bán lẻ ma túy. Ông Lò Văn Thanh, Chủ tịch HĐND xã, đề nghị các đại biểu tuyên truyền đến cử tri nội dung báo cáo, đặc biệt là chủ trương xây dựng "Bản không có ma túy" ở bản Ten, bản Púng.
Văn phòng HĐND - UBND xã
Tin khác
- Xã Mường Phăng tổ chức tiếp xúc cử tri trước kỳ họp thứ ba (30/11/2021)
- Ra mắt tổ an ninh bản Khá (12/11/2021)
- Tuyên truyền phòng chống ma túy tại bản Nghịu (28/10/2021)
""", "2021-12-16", "Công an xã báo cáo tình hình an ninh trật tự năm 2021 trước HĐND xã",
E("bao_cao", "2021", "2021-12-15"),
[P("Lò Văn Pâng", "Đại úy", "Đảng ủy viên", "Trưởng Công an xã"),
 P("Quàng Thị Ơn", "đại biểu", "Trưởng bản Che Căn"),
 P("Vàng A Dua", "đại biểu", "Bí thư Chi bộ bản Co Luồng kiêm Trưởng ban công tác Mặt trận bản"),
 P("Lường Văn Thẩm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lò Văn Thanh", "Chủ tịch HĐND xã")],
[Q("6 kế hoạch", 6, "kế hoạch"), Q("4 vụ trộm cắp tài sản", 4, "vụ trộm cắp tài sản"), Q("3 vụ trộm trâu", 3, "vụ trộm trâu"),
 Q("1 vụ trộm xe máy", 1, "vụ trộm xe máy"), Q("gần 110 triệu đồng", 110000000, "đồng", "approx"), Q("3 con trâu", 3, "con trâu"),
 Q("3 vụ", 3, "vụ"), Q("5 đối tượng", 5, "đối tượng"), Q("15,2 gam heroin", 15.2, "gam"),
 Q("48 viên ma túy tổng hợp", 48, "viên ma túy tổng hợp"), Q("17 bản", 17, "bản"), Q("35 tổ an ninh bản", 35, "tổ an ninh bản"),
 Q("204 tổ viên", 204, "tổ viên"), Q("520 lượt", 520, "lượt"), Q("11/12 vụ việc mâu thuẫn", 11, "vụ việc mâu thuẫn"),
 Q("96,4%", 96.4, "%"), Q("21", 21, "người"), Q("16 người", 16, "người"), Q("5 người", 5, "người"),
 Q("100.000 đồng/người/tháng", 100000, "đồng"), Q("35 đèn pin", 35, "đèn pin"), Q("35 áo mưa", 35, "áo mưa"),
 Q("ít nhất 10%", 10, "%", "over"), Q("100% bản", 100, "%")],
[D("Nghị quyết", "09", "NQ/ĐU", "2021-01-20", "Đảng ủy", "Nghị quyết số 09-NQ/ĐU ngày 20/01/2021"),
 D("Kế hoạch", "18", "KH-UBND", None, "UBND xã", "Kế hoạch số 18/KH-UBND, 19/KH-UBND"),
 D("Kế hoạch", "19", "KH-UBND", None, "UBND xã", "Kế hoạch số 18/KH-UBND, 19/KH-UBND"),
 D("Nghị quyết", "07", "2021/NQ-HĐND", None, "HĐND tỉnh Điện Biên", "Nghị quyết số 07/2021/NQ-HĐND của HĐND tỉnh Điện Biên")],
[prov("Điện Biên"), com("Mường Phăng")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG PHĂNG - TỈNH ĐIỆN BIÊN", "Trang chủ > Tin tức > Hoạt động HĐND - UBND",
 "Đại úy Lò Văn Pâng trình bày báo cáo tại kỳ họp.", "Gia đình văn hóa", "Bản không có ma túy", "Văn phòng HĐND - UBND xã"],
["16/12/2021 - 10:05", "khóa XXI", "nhiệm kỳ 2021 - 2026", "kỳ họp thứ ba", "năm 2021", "năm 2022"]))

PAGES.append(page("b8275-haiduong-tulienga-ramat-2022", """
HAIDUONG.GOV.VN - Cổng thông tin điện tử tỉnh Hải Dương
Tin tức › Tin địa phương › Huyện Thanh Miện
Thứ Bảy, 26/03/2022
Ra mắt 42 tổ liên gia an toàn phòng cháy, chữa cháy và an ninh trật tự tại xã Đoàn Tùng
Sáng 25/3, UBND xã Đoàn Tùng, huyện Thanh Miện tổ chức lễ ra mắt 42 "Tổ liên gia an toàn phòng cháy, chữa cháy" gắn với bảo vệ an ninh trật tự, phòng chống trộm cắp tại 7 thôn.
Lãnh đạo huyện và xã trao quyết định thành lập cho các tổ liên gia.
Dự buổi lễ có đồng chí Nguyễn Văn Thịnh, HUV, Trưởng Công an huyện Thanh Miện; các đồng chí Đỗ Văn Quang, Nguyễn Thị Thủy - Phó Bí thư Đảng ủy xã Đoàn Tùng cùng đại diện 630 hộ gia đình.
Mô hình được thành lập theo Quyết định số 65/QĐ-UBND ngày 10/3/2022 của UBND xã, triển khai Kế hoạch số 2140/KH-UBND của UBND tỉnh Hải Dương về nhân rộng mô hình "Tổ liên gia an toàn PCCC". Mỗi tổ gồm từ 10 đến 15 hộ liền kề, có 1 tổ trưởng, 1 tổ phó; các hộ trong tổ cam kết trông nhà giúp nhau khi vắng nhà, báo ngay cho công an xã khi phát hiện người lạ, cháy nổ hoặc có dấu hiệu sử dụng ma túy.
Theo Thiếu tá Vũ Mạnh Hùng, Trưởng Công an xã Đoàn Tùng, năm 2021 xã xảy ra 6 vụ trộm cắp, trong đó 4 vụ trộm gà, chó và 2 vụ trộm tài sản trong nhà vắng chủ; xã có 8 người nghiện ma túy đang được quản lý tại cộng đồng. Sau khi thành lập tổ liên gia, mỗi tổ được trang bị ít nhất 1 bình chữa cháy và 1 kẻng báo động; các hộ đã đóng góp trên 37 triệu đồng để mua 84 bình chữa cháy, 42 kẻng và lắp 26 camera tại các ngõ xóm.
Bà Phạm Thị Nga, Tổ trưởng tổ liên gia số 3 thôn Phú Khê, cho biết tổ có 12 hộ, phần lớn là người cao tuổi và trẻ nhỏ ở nhà khi con cháu đi làm công ty, nên "tối lửa tắt đèn có nhau" là cách giữ nhà hiệu quả nhất. Ông Nguyễn Đình Luyến, thành viên tổ liên gia số 17, tình nguyện nhận trực kẻng báo động.
Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Thịnh đề nghị xã duy trì sinh hoạt tổ liên gia mỗi tháng 1 lần, đưa nội dung phòng chống trộm cắp, ma túy vào quy ước của các thôn; phấn đấu đến cuối năm 2022 có 100% khu dân cư đạt danh hiệu "An toàn về an ninh trật tự". Đồng chí cũng đề nghị Đoàn Thanh niên xã thành lập đội thanh niên xung kích hỗ trợ các tổ liên gia trong dịp Tết và mùa thu hoạch.
Đoàn Tùng là xã thứ 5 của huyện Thanh Miện ra mắt mô hình này. Trong năm 2022, huyện phấn đấu 100% xã, thị trấn có tổ liên gia an toàn.
Thu Hà (Trung tâm VH-TT-TT huyện Thanh Miện)
Bài viết liên quan
- Thanh Miện: kiểm tra công tác phòng cháy tại các cơ sở kinh doanh (18/03/2022)
- Xã Lam Sơn tổng kết phong trào toàn dân bảo vệ ANTQ năm 2021 (05/01/2022)
- Ninh Giang bắt 3 đối tượng trộm cắp chó (20/12/2021)
""", "2022-03-26", "Ra mắt 42 tổ liên gia an toàn phòng cháy, chữa cháy và an ninh trật tự tại xã Đoàn Tùng",
E("khac", None, None),
[P("Nguyễn Văn Thịnh", "HUV", "Trưởng Công an huyện Thanh Miện"),
 P("Đỗ Văn Quang", "Phó Bí thư Đảng ủy xã Đoàn Tùng"),
 P("Nguyễn Thị Thủy", "Phó Bí thư Đảng ủy xã Đoàn Tùng"),
 P("Vũ Mạnh Hùng", "Thiếu tá", "Trưởng Công an xã Đoàn Tùng"),
 P("Phạm Thị Nga", "Tổ trưởng tổ liên gia số 3 thôn Phú Khê"),
 P("Nguyễn Đình Luyến", "thành viên tổ liên gia số 17")],
[Q("42 tổ liên gia an toàn phòng cháy, chữa cháy và an ninh trật tự", 42, "tổ liên gia an toàn phòng cháy, chữa cháy và an ninh trật tự"),
 Q("7 thôn", 7, "thôn"), Q("630 hộ gia đình", 630, "hộ gia đình"), Q("từ 10 đến 15 hộ", 10, "hộ"), Q("15 hộ", 15, "hộ"),
 Q("6 vụ trộm cắp", 6, "vụ trộm cắp"), Q("4 vụ trộm gà, chó", 4, "vụ trộm gà, chó"),
 Q("2 vụ trộm tài sản", 2, "vụ trộm tài sản"), Q("8 người nghiện ma túy", 8, "người nghiện ma túy"),
 Q("trên 37 triệu đồng", 37000000, "đồng", "over"),
 Q("84 bình chữa cháy", 84, "bình chữa cháy"), Q("42 kẻng", 42, "kẻng"), Q("26 camera", 26, "camera"), Q("12 hộ", 12, "hộ"),
 Q("100% khu dân cư", 100, "%"), Q("100% xã, thị trấn", 100, "%")],
[D("Quyết định", "65", "QĐ-UBND", "2022-03-10", "UBND xã", "Quyết định số 65/QĐ-UBND ngày 10/3/2022 của UBND xã"),
 D("Kế hoạch", "2140", "KH-UBND", None, "UBND tỉnh Hải Dương", "Kế hoạch số 2140/KH-UBND của UBND tỉnh Hải Dương")],
[prov("Hải Dương"), com("Đoàn Tùng")],
["HAIDUONG.GOV.VN - Cổng thông tin điện tử tỉnh Hải Dương", "Tin tức › Tin địa phương › Huyện Thanh Miện",
 "Lãnh đạo huyện và xã trao quyết định thành lập cho các tổ liên gia.", "Tổ liên gia an toàn PCCC",
 "tối lửa tắt đèn có nhau", "An toàn về an ninh trật tự", "Trung tâm VH-TT-TT huyện Thanh Miện"],
["Thứ Bảy, 26/03/2022", "1 tổ trưởng", "1 tổ phó", "ít nhất 1 bình chữa cháy", "1 kẻng", "mỗi tháng 1 lần", "năm 2021", "năm 2022", "xã thứ 5", "tổ liên gia số 3", "tổ liên gia số 17"]))

PAGES.append(page("b8276-kontum-anninhthon-taphuan-2022", """
BÁO KON TUM ĐIỆN TỬ
Chính trị - Xã hội | Quốc phòng - An ninh
14/09/2022 06:00
Tập huấn nghiệp vụ cho lực lượng bảo vệ an ninh thôn, làng vùng biên
Trong 2 ngày 12 và 13/9, Công an huyện Ngọc Hồi phối hợp với UBND xã Đắk Nông tổ chức lớp tập huấn nghiệp vụ năm 2022 cho 96 thành viên tổ bảo vệ an ninh trật tự, tổ tự quản và bảo vệ viên của các thôn, làng thuộc 3 xã biên giới Đắk Nông, Đắk Dục, Bờ Y.
Học viên thực hành sơ cứu người bị nạn.
Lớp tập huấn do đồng chí A Khuyên, Phó Chủ tịch UBND xã - Trưởng ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã Đắk Nông khai mạc. Các báo cáo viên: Thiếu tá Lê Đình Tuấn, Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy; Đại úy Y Thơm, Phó Trưởng Công an xã Bờ Y, đã truyền đạt các nội dung: nhận diện đối tượng trộm cắp tài sản, trộm cắp cao su mủ, bò; phương pháp vận động người nghiện tự nguyện cai nghiện; kỹ năng tuần tra, canh gác, xử lý ban đầu các vụ việc.
Theo Công an huyện, 8 tháng đầu năm 2022, địa bàn 3 xã xảy ra 11 vụ trộm cắp tài sản, trong đó 7 vụ trộm mủ cao su với khoảng 1,8 tấn mủ bị mất; phát hiện 2 vụ mua bán trái phép chất ma túy qua biên giới, thu giữ 2.400 viên ma túy tổng hợp. Hiện 3 xã có 29 thôn, làng với 58 tổ bảo vệ an ninh trật tự, hơn 400 thành viên, trong đó trên 85% là người Gia Triêng, Xơ Đăng.
Trao đổi tại lớp học, ông A Rang, Trưởng thôn kiêm Tổ trưởng tổ tự quản thôn Đắk Răng, cho biết nhờ tổ tuần tra ban đêm mà từ đầu năm thôn chỉ để xảy ra 1 vụ trộm bò. Bà Y Hiên, người có uy tín làng Ia Tang, xã Bờ Y, kiến nghị có thêm tài liệu tuyên truyền bằng tiếng Gia Triêng, vì nhiều người lớn tuổi chưa đọc được chữ phổ thông.
Các học viên cũng được phổ biến Quyết định số 2102/QĐ-UBND ngày 30/8/2021 của UBND tỉnh Kon Tum về quy chế hoạt động của tổ bảo vệ an ninh trật tự ở thôn, làng; Hướng dẫn số 07/HD-CAT của Công an tỉnh về xây dựng "Thôn, làng không có ma túy". Theo quy định, mỗi thành viên tổ được hỗ trợ 20.000 đồng/ca trực, tối đa 15 ca/tháng.
Nhiều học viên cho biết đây là lần đầu được hướng dẫn cách ghi sổ tuần tra, lập biên bản ban đầu và giữ nguyên hiện trường khi phát hiện trộm cắp; trước đây khi bắt được kẻ trộm, bà con thường tự xử theo luật tục của làng.
Bế mạc lớp tập huấn, đồng chí A Khuyên đề nghị các học viên về thôn, làng tổ chức lại lịch trực, chú trọng mùa thu hoạch mủ cao su cuối năm; báo cáo nhanh qua điện thoại cho công an xã mọi vụ việc phát sinh. 96/96 học viên được cấp giấy chứng nhận hoàn thành lớp học.
Thanh Như
Tin liên quan
- Đắk Glei: bắt 2 đối tượng trộm cắp mủ cao su (05/09/2022)
- Ngọc Hồi ra mắt mô hình "Làng không có ma túy" (24/08/2022)
- Sa Thầy: tổ tự quản giúp bắt kẻ trộm bò (10/08/2022)
""", "2022-09-14", "Tập huấn nghiệp vụ cho lực lượng bảo vệ an ninh thôn, làng vùng biên",
E("tap_huan", "2022", "2022-09-12"),
[P("A Khuyên", "Phó Chủ tịch UBND xã - Trưởng ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã Đắk Nông"),
 P("Lê Đình Tuấn", "Thiếu tá", "Đội trưởng Đội Cảnh sát điều tra tội phạm về ma túy"),
 P("Y Thơm", "Đại úy", "Phó Trưởng Công an xã Bờ Y"),
 P("A Rang", "Trưởng thôn kiêm Tổ trưởng tổ tự quản thôn Đắk Răng"),
 P("Y Hiên", "người có uy tín làng Ia Tang")],
[Q("96 thành viên", 96, "thành viên"), Q("3 xã biên giới", 3, "xã biên giới"),
 Q("11 vụ trộm cắp tài sản", 11, "vụ trộm cắp tài sản"), Q("7 vụ trộm mủ cao su", 7, "vụ trộm mủ cao su"),
 Q("khoảng 1,8 tấn", 1.8, "tấn", "approx"), Q("2 vụ mua bán trái phép chất ma túy", 2, "vụ mua bán trái phép chất ma túy"),
 Q("2.400 viên ma túy tổng hợp", 2400, "viên ma túy tổng hợp"), Q("29 thôn, làng", 29, "thôn, làng"),
 Q("58 tổ bảo vệ an ninh trật tự", 58, "tổ bảo vệ an ninh trật tự"), Q("hơn 400 thành viên", 400, "thành viên", "over"),
 Q("trên 85%", 85, "%", "over"), Q("1 vụ trộm bò", 1, "vụ trộm bò"), Q("20.000 đồng/ca trực", 20000, "đồng"),
 Q("tối đa 15 ca/tháng", 15, "ca")],
[D("Quyết định", "2102", "QĐ-UBND", "2021-08-30", "UBND tỉnh Kon Tum", "Quyết định số 2102/QĐ-UBND ngày 30/8/2021 của UBND tỉnh Kon Tum"),
 D("Hướng dẫn", "07", "HD-CAT", None, "Công an tỉnh", "Hướng dẫn số 07/HD-CAT của Công an tỉnh")],
[prov("Kon Tum"), com("Đắk Nông"), com("Đắk Dục"), com("Bờ Y")],
["BÁO KON TUM ĐIỆN TỬ", "Chính trị - Xã hội | Quốc phòng - An ninh", "Học viên thực hành sơ cứu người bị nạn.",
 "Thôn, làng không có ma túy"],
["14/09/2022 06:00", "2 ngày", "năm 2022", "8 tháng đầu năm 2022", "96/96 học viên"]))

PAGES.append(page("b8277-longan-tudan-tongket-2023", """
BÁO LONG AN ONLINE
Thời sự › Quốc phòng - An ninh
Cập nhật: 29/12/2023 16:40
Xã Mỹ Yên: Mô hình "Ấp có 3 không" giúp kéo giảm trộm cắp, ma túy
BLA - Chiều 28/12, Đảng ủy xã Mỹ Yên (huyện Bến Lức, tỉnh Long An) tổ chức hội nghị tổng kết công tác bảo đảm an ninh trật tự và phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023.
Ban Chỉ đạo phong trào xã khen thưởng các tập thể, cá nhân. Ảnh: Ngọc Mến
Đến dự có đồng chí Trương Văn Nghĩa, HUV, Phó Trưởng Công an huyện Bến Lức; đồng chí Võ Thị Kim Loan, ĐUV, Phó Chủ tịch UBND xã; đồng chí Nguyễn Hữu Phước, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Năm 2023, xã Mỹ Yên tiếp tục duy trì mô hình "Ấp có 3 không" (không tội phạm, không ma túy, không trộm cắp) ở cả 7 ấp. Tình hình trộm cắp tài sản được kéo giảm mạnh: cả năm xảy ra 5 vụ, giảm 6 vụ (54,5%) so với năm 2022; đã điều tra làm rõ 5/5 vụ, thu hồi tài sản trị giá trên 86 triệu đồng. Công an xã phát hiện, xử lý 4 vụ, 11 người sử dụng trái phép chất ma túy; lập hồ sơ đưa 3 người đi cai nghiện bắt buộc.
Lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở được củng cố với 7 tổ bảo vệ an ninh ấp, 49 thành viên; cùng 126 tổ nhân dân tự quản, 29 tổ camera an ninh với 312 camera, trong đó 260 camera kết nối với điện thoại của Công an xã. Nhân dân cung cấp 63 tin báo, tố giác tội phạm, đóng góp khoảng 300 triệu đồng xây dựng 5 chốt dân phòng.
Tại hội nghị, ông Lê Văn Bé Tư, Tổ trưởng tổ bảo vệ an ninh ấp 3, cho biết có đêm tổ phải thay nhau trực suốt 12 tiếng trên tuyến đường vào khu công nghiệp; bà Trần Thị Mộng Thu, Chi hội trưởng phụ nữ ấp 1, chia sẻ cách vận động 2 thanh niên trong ấp bỏ ma túy, giới thiệu việc làm tại công ty. Đồng chí Trần Quốc Dũng, Trưởng Công an xã, đề nghị các ấp tiếp tục rà soát 1.100 người lao động thuê trọ.
Phát biểu, đồng chí Trương Văn Nghĩa đề nghị xã thực hiện tốt Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 của Quốc hội, có hiệu lực từ ngày 01/7/2024; chuẩn bị điều kiện kiện toàn lực lượng theo Kế hoạch 212/KH-CAT của Công an tỉnh; tiếp tục thực hiện Kết luận số 08-KL/HU của Ban Thường vụ Huyện ủy Bến Lức về xây dựng xã, thị trấn an toàn về an ninh trật tự.
Dịp này, UBND huyện tặng giấy khen cho 2 tập thể, 3 cá nhân; Đảng ủy, UBND xã khen thưởng 6 tập thể, 14 cá nhân tiêu biểu trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2023, tổng số tiền thưởng 11,5 triệu đồng.
Ngọc Mến
Tin liên quan
- Bến Lức: 100% xã, thị trấn đạt chuẩn an toàn về ANTT (20/12/2023)
- Đức Hòa ra mắt mô hình "Tổ liên gia an toàn" (07/12/2023)
- Công an tỉnh Long An triệt phá đường dây ma túy liên tỉnh (28/11/2023)
- Cần Giuộc bắt nhóm trộm cắp tài sản tại khu công nghiệp (15/11/2023)
""", "2023-12-29", "Xã Mỹ Yên: Mô hình \"Ấp có 3 không\" giúp kéo giảm trộm cắp, ma túy",
E("tong_ket", "2023", "2023-12-28"),
[P("Trương Văn Nghĩa", "HUV", "Phó Trưởng Công an huyện Bến Lức"),
 P("Võ Thị Kim Loan", "ĐUV", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Hữu Phước", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Bé Tư", "Tổ trưởng tổ bảo vệ an ninh ấp 3"),
 P("Trần Thị Mộng Thu", "Chi hội trưởng phụ nữ ấp 1"),
 P("Trần Quốc Dũng", "Trưởng Công an xã")],
[Q("7 ấp", 7, "ấp"), Q("5 vụ", 5, "vụ"), Q("6 vụ", 6, "vụ"), Q("54,5%", 54.5, "%"), Q("5/5 vụ", 5, "vụ"),
 Q("trên 86 triệu đồng", 86000000, "đồng", "over"), Q("4 vụ", 4, "vụ"), Q("11 người", 11, "người"), Q("3 người", 3, "người"),
 Q("7 tổ bảo vệ an ninh ấp", 7, "tổ bảo vệ an ninh ấp"), Q("49 thành viên", 49, "thành viên"),
 Q("126 tổ nhân dân tự quản", 126, "tổ nhân dân tự quản"), Q("29 tổ camera an ninh", 29, "tổ camera an ninh"),
 Q("312 camera", 312, "camera"), Q("260 camera", 260, "camera"), Q("63 tin báo, tố giác tội phạm", 63, "tin báo, tố giác tội phạm"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("5 chốt dân phòng", 5, "chốt dân phòng"),
 Q("2 thanh niên", 2, "thanh niên"), Q("1.100 người lao động thuê trọ", 1100, "người lao động"),
 Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"), Q("6 tập thể", 6, "tập thể"),
 Q("14 cá nhân tiêu biểu", 14, "cá nhân tiêu biểu"), Q("11,5 triệu đồng", 11500000, "đồng")],
[D("Luật", "30", "2023/QH15", None, "Quốc hội", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 của Quốc hội"),
 D("Kế hoạch", "212", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 212/KH-CAT của Công an tỉnh"),
 D("Kết luận", "08", "KL/HU", None, "Ban Thường vụ Huyện ủy Bến Lức", "Kết luận số 08-KL/HU của Ban Thường vụ Huyện ủy Bến Lức")],
[prov("Long An"), com("Mỹ Yên")],
["BÁO LONG AN ONLINE", "Thời sự › Quốc phòng - An ninh", "BLA", "Ban Chỉ đạo phong trào xã khen thưởng các tập thể, cá nhân.",
 "Ấp có 3 không"],
["Cập nhật: 29/12/2023 16:40", "3 không", "năm 2023", "năm 2022", "12 tiếng", "ngày 01/7/2024", "ấp 3", "ấp 1"]))

PAGES.append(page("b8278-quangbinh-mttq-giamsat-2023", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 18/10/2023 - 09:30
MTTQ huyện Minh Hóa giám sát hoạt động của tổ an ninh thôn, bản
(QBĐT) - Ngày 17/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Minh Hóa do bà Đinh Thị Thanh Thủy, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện làm trưởng đoàn đã giám sát việc thực hiện công tác phòng, chống ma túy và hoạt động của tổ bảo vệ an ninh trật tự thôn, bản năm 2023 tại xã Trọng Hóa.
Đoàn giám sát làm việc với UBND xã Trọng Hóa.
Tham gia đoàn có các thành viên: Cao Xuân Phúc, Đinh Văn Luận - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; đại diện Công an huyện, Hội Nông dân, Huyện đoàn. Cuộc giám sát thực hiện theo Quyết định số 52-QĐ/MTTQ-BTT ngày 02/10/2023 và Kế hoạch số 46-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam huyện.
Trọng Hóa là xã biên giới với 17 bản, trên 90% dân số là đồng bào Bru - Vân Kiều, Chứt (Mã Liềng, Sách, Rục). Báo cáo với đoàn, ông Hồ Văn Kên, Chủ tịch UBND xã cho biết: 9 tháng năm 2023, xã đã xử lý 3 vụ trộm cắp tài sản, 2 vụ vận chuyển pháo nổ, 1 vụ tàng trữ trái phép chất ma túy; số người nghiện trên địa bàn là 6 người, giảm 2 người so với năm 2022. Toàn xã có 17 tổ an ninh bản với 136 thành viên, được cấp 2.550 tờ rơi tuyên truyền phòng chống ma túy bằng tranh ảnh.
Tuy nhiên, đoàn nhận thấy có 5 tổ an ninh bản hoạt động chưa thường xuyên, sổ sách ghi chép chưa đầy đủ; 30% thành viên tổ chưa được tập huấn; việc chi trả hỗ trợ 150.000 đồng/tháng cho tổ trưởng chậm 2 quý. Trưởng bản Hồ Thị Pươi ở bản Ka Ai, cho biết nhiều tổ viên phải đi rừng, làm nương xa nên khó duy trì lịch tuần tra đêm.
Trung tá Đinh Xuân Hà, Trưởng Công an xã Trọng Hóa, đề nghị huyện hỗ trợ xây dựng 2 điểm trực cố định tại cửa khẩu phụ Cha Lo - Ka Roòng, trang bị thêm 17 đèn pin và bộ đàm cho các tổ.
Qua kiểm tra thực tế tại bản Ka Ai và bản Cha Lo, đoàn ghi nhận nhiều tổ an ninh bản đã phối hợp tốt với đồn biên phòng trong tuần tra đường mòn, lối mở; người có uy tín, già làng tích cực vận động con cháu không tham gia vận chuyển hàng cấm thuê cho đối tượng bên kia biên giới.
Kết luận buổi giám sát, bà Đinh Thị Thanh Thủy ghi nhận kết quả xã đã đạt được; đề nghị UBND xã chi trả đầy đủ chế độ cho thành viên tổ an ninh bản trước ngày 30/11, thực hiện Nghị quyết số 29/2019/NQ-HĐND của HĐND tỉnh Quảng Bình, phối hợp với Công an huyện mở lớp tập huấn cho 100% thành viên trong năm 2024.
Đinh Thu
Tin liên quan
- Minh Hóa: đối thoại với người có uy tín về phòng chống ma túy (10/10/2023)
- Bố Trạch: ra mắt 12 tổ tự quản an ninh trật tự (27/09/2023)
- Tuyên Hóa: tập huấn cho lực lượng bảo vệ an ninh bản (12/09/2023)
""", "2023-10-18", "MTTQ huyện Minh Hóa giám sát hoạt động của tổ an ninh thôn, bản",
E("giam_sat", "2023", "2023-10-17"),
[P("Đinh Thị Thanh Thủy", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cao Xuân Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đinh Văn Luận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ Văn Kên", "Chủ tịch UBND xã"),
 P("Hồ Thị Pươi", "Trưởng bản"),
 P("Đinh Xuân Hà", "Trung tá", "Trưởng Công an xã Trọng Hóa")],
[Q("17 bản", 17, "bản"), Q("trên 90%", 90, "%", "over"), Q("3 vụ trộm cắp tài sản", 3, "vụ trộm cắp tài sản"),
 Q("2 vụ vận chuyển pháo nổ", 2, "vụ vận chuyển pháo nổ"), Q("1 vụ tàng trữ trái phép chất ma túy", 1, "vụ tàng trữ trái phép chất ma túy"),
 Q("6 người", 6, "người"), Q("2 người", 2, "người"), Q("17 tổ an ninh bản", 17, "tổ an ninh bản"), Q("136 thành viên", 136, "thành viên"),
 Q("2.550 tờ rơi", 2550, "tờ rơi"), Q("5 tổ an ninh bản", 5, "tổ an ninh bản"), Q("30%", 30, "%"),
 Q("150.000 đồng/tháng", 150000, "đồng"), Q("2 điểm trực cố định", 2, "điểm trực cố định"), Q("17 đèn pin", 17, "đèn pin"),
 Q("100% thành viên", 100, "%")],
[D("Quyết định", "52", "QĐ/MTTQ-BTT", "2023-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Quyết định số 52-QĐ/MTTQ-BTT ngày 02/10/2023"),
 D("Kế hoạch", "46", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 46-KH/MTTQ-BTT"),
 D("Nghị quyết", "29", "2019/NQ-HĐND", None, "HĐND tỉnh Quảng Bình", "Nghị quyết số 29/2019/NQ-HĐND của HĐND tỉnh Quảng Bình")],
[prov("Quảng Bình"), com("Trọng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "(QBĐT)", "Đoàn giám sát làm việc với UBND xã Trọng Hóa.",
 "cửa khẩu phụ Cha Lo - Ka Roòng"],
["Thứ Tư, 18/10/2023 - 09:30", "năm 2023", "9 tháng năm 2023", "năm 2022", "2 quý", "ngày 30/11", "năm 2024"]))
