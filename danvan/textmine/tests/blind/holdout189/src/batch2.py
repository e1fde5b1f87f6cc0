from lib import *
PAGES = []

PAGES.append(page("b4499-nghean-hoinguoimu-daihoi-2017", """
HỘI NGƯỜI MÙ TỈNH NGHỆ AN
Bạn đang ở: Trang chủ > Tin hoạt động > Đại hội
Cập nhật lúc 17:20 ngày 14/04/2017
Toàn cảnh đại hội.
Ông Hồ Sỹ Tuấn tái đắc cử Chủ tịch Hội Người mù tỉnh nhiệm kỳ 2017 - 2022
Trong 2 ngày 13 và 14/4/2017, Hội Người mù tỉnh Nghệ An long trọng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2017 - 2022. Về dự có đồng chí Lê Xuân Đại, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; ông Nguyễn Văn Cường, Chủ tịch Trung ương Hội Người mù Việt Nam; bà Võ Thị Minh Sinh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh cùng 150 đại biểu đại diện cho gần 5.600 hội viên.
Nhiệm kỳ 2012 - 2017, Hội đã phát triển 1.245 hội viên mới; 21/21 huyện, thành, thị có hội người mù. Hội phối hợp mở 32 lớp xoa bóp, bấm huyệt, làm tăm, chổi cho 640 lượt hội viên; 1.870 người mù được xóa mù chữ nổi. Nguồn vốn vay ủy thác đạt 14,6 tỷ đồng, giúp 812 hộ phát triển sản xuất; hơn 400 hộ hội viên thoát nghèo. Hội đã thực hiện tốt Quyết định số 1019/QĐ-TTg ngày 05/8/2012 của Thủ tướng Chính phủ và Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy về công tác người khuyết tật.
Đồng chí Lê Xuân Đại phát biểu chỉ đạo đại hội. Ảnh: Quang Thắng
Phát biểu tại đại hội, đồng chí Lê Xuân Đại ghi nhận những kết quả Hội đạt được và yêu cầu nhiệm kỳ tới tập trung dạy nghề gắn với giải quyết việc làm, phấn đấu mỗi năm có ít nhất 200 hội viên được học nghề.
Đại hội bầu Ban Chấp hành khóa VI gồm 19 ủy viên; ông Hồ Sỹ Tuấn tiếp tục được tín nhiệm giữ chức Chủ tịch Hội Người mù tỉnh. Các ông Nguyễn Đình Thắng, Lô Văn Pịn được bầu làm Phó Chủ tịch Hội. Ông Lô Văn Pịn, người dân tộc Thái ở xã Châu Hạnh, là hội viên mù đầu tiên của miền Tây Nghệ An giữ cương vị này.
Đại hội đề ra 5 chỉ tiêu chủ yếu, trong đó phấn đấu 90% hội viên biết chữ nổi, giảm 3% hộ nghèo mỗi năm; xây dựng 15 cơ sở xoa bóp, bấm huyệt do người mù làm chủ. Trung ương Hội tặng cờ thi đua cho Hội tỉnh và bằng khen cho 7 tập thể, 12 cá nhân.
Hội viên Vi Thị Mây, xã Châu Hạnh, chia sẻ tại đại hội: nhờ học nghề ép tăm, gia đình chị đã có thu nhập 2 triệu đồng/tháng. Chị mong Hội tiếp tục kết nối đầu ra cho sản phẩm tăm tre, chổi đót của hội viên, bởi nhiều chi hội miền núi vẫn phải bán qua thương lái với giá thấp, thu nhập bấp bênh.
Quang Thắng
Lượt xem: 1.512
Tin liên quan
- Quỳ Hợp: Đại hội Hội Người mù huyện nhiệm kỳ 2017 - 2022 (28/03/2017)
- Vinh: trao 50 gậy trắng cho người mù (15/03/2017)
- Hội Người mù tỉnh tổng kết năm 2016 (28/12/2016)
- Khai giảng lớp xoa bóp bấm huyệt cho 25 người mù (10/11/2016)
- Con Cuông: hội viên người mù vươn lên thoát nghèo (21/10/2016)
""", "2017-04-14", "Ông Hồ Sỹ Tuấn tái đắc cử Chủ tịch Hội Người mù tỉnh nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-04-13"),
[P("Hồ Sỹ Tuấn", "Chủ tịch Hội Người mù tỉnh nhiệm kỳ 2017 - 2022", "Chủ tịch Hội Người mù tỉnh"),
 P("Lê Xuân Đại", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Nguyễn Văn Cường", "Chủ tịch Trung ương Hội Người mù Việt Nam"),
 P("Võ Thị Minh Sinh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đình Thắng", "Phó Chủ tịch Hội"),
 P("Lô Văn Pịn", "Phó Chủ tịch Hội"),
 P("Vi Thị Mây", "Hội viên")],
[Q("150 đại biểu", 150, "đại biểu"), Q("gần 5.600 hội viên", 5600, "hội viên", "approx"), Q("1.245 hội viên mới", 1245, "hội viên mới"),
 Q("21/21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("32 lớp xoa bóp, bấm huyệt, làm tăm, chổi", 32, "lớp xoa bóp, bấm huyệt, làm tăm, chổi"),
 Q("640 lượt hội viên", 640, "lượt hội viên"), Q("1.870 người mù", 1870, "người mù"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("812 hộ", 812, "hộ"), Q("hơn 400 hộ hội viên", 400, "hộ hội viên", "over"), Q("ít nhất 200 hội viên", 200, "hội viên", "over"),
 Q("19 ủy viên", 19, "ủy viên"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"), Q("90%", 90, "%"), Q("3%", 3, "%"),
 Q("15 cơ sở xoa bóp, bấm huyệt", 15, "cơ sở xoa bóp, bấm huyệt"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "1019", "QĐ-TTg", "2012-08-05", "Thủ tướng Chính phủ", "Quyết định số 1019/QĐ-TTg ngày 05/8/2012"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU")],
[prov("Nghệ An"), com("Châu Hạnh")],
["HỘI NGƯỜI MÙ TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ > Tin hoạt động > Đại hội", "Toàn cảnh đại hội.",
 "Đồng chí Lê Xuân Đại phát biểu chỉ đạo đại hội. Ảnh: Quang Thắng", "Lượt xem: 1.512"],
["Cập nhật lúc 17:20 ngày 14/04/2017", "2 ngày", "lần thứ VI", "nhiệm kỳ 2017 - 2022", "Nhiệm kỳ 2012 - 2017", "khóa VI", "Lượt xem: 1.512"]))

PAGES.append(page("b4500-bentre-mttq-giamsat-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE
Trang chủ | Giám sát và phản biện xã hội
15/11/2018 - 10:05
Giám sát việc thực hiện chính sách trợ giúp người khuyết tật tại huyện Mỏ Cày Nam
Ngày 14/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre do bà Nguyễn Thị Kim Huệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách trợ giúp xã hội đối với người khuyết tật trên địa bàn huyện Mỏ Cày Nam. Cùng tham gia đoàn có ông Trần Văn Sáu, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh và đại diện Hội Người mù, Hội Nạn nhân chất độc da cam/dioxin tỉnh.
Cuộc giám sát thực hiện theo Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhằm đánh giá việc triển khai Nghị định 136/2013/NĐ-CP và Quyết định 1019/QĐ-TTg.
Theo báo cáo của UBND huyện, toàn huyện có 3.412 người khuyết tật, trong đó 1.086 người khuyết tật nặng và đặc biệt nặng đang hưởng trợ cấp hằng tháng với tổng kinh phí trên 9,8 tỷ đồng/năm. Năm 2018, huyện đã hỗ trợ 64 người khuyết tật học nghề, giới thiệu việc làm cho 37 người; Hội Bảo trợ huyện trao 85 xe lăn và xây 4 căn nhà tình thương. Tuy nhiên, vẫn còn 126 hồ sơ xác định mức độ khuyết tật chưa được Hội đồng cấp xã đánh giá lại đúng thời hạn.
Đoàn giám sát làm việc với UBND xã Tân Hội.
Trực tiếp giám sát tại xã Tân Hội và xã Định Thủy, đoàn ghi nhận ý kiến của người dân. Ông Lê Văn Chín, Phó Chủ tịch UBND xã Định Thủy, cho biết xã đã chi trả đúng, đủ cho 148 đối tượng; bà Võ Thị Bé Năm, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hội, kiến nghị có cơ chế cho người khuyết tật vay vốn với lãi suất 0%.
Kết luận buổi giám sát, bà Nguyễn Thị Kim Huệ đề nghị UBND huyện chỉ đạo rà soát, bổ sung kịp thời người khuyết tật đủ điều kiện hưởng chính sách; các xã công khai danh sách tại trụ sở; huy động thêm khoảng 500 triệu đồng từ Quỹ "Vì người nghèo" để hỗ trợ sinh kế cho hộ người khuyết tật nghèo. Ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện Mỏ Cày Nam, tiếp thu và cam kết hoàn thành rà soát trong quý I/2019. Sau buổi làm việc, đoàn sẽ tổng hợp báo cáo kết quả giám sát gửi Ban Thường vụ Tỉnh ủy và UBND tỉnh, đồng thời đề xuất nội dung phản biện đối với dự thảo đề án trợ giúp người khuyết tật giai đoạn tới.
Thanh Hồng
Lượt xem: 642
Tin khác
- MTTQ tỉnh giám sát chính sách bảo hiểm y tế cho người nghèo (30/10/2018)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ người khuyết tật (18/10/2018)
- Ba Tri: trao 40 xe lăn cho người khuyết tật (05/10/2018)
- Châu Thành: giám sát thực hiện Quy chế dân chủ ở cơ sở (20/09/2018)
""", "2018-11-15", "Giám sát việc thực hiện chính sách trợ giúp người khuyết tật tại huyện Mỏ Cày Nam",
E("giam_sat", None, "2018-11-14"),
[P("Nguyễn Thị Kim Huệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Sáu", "Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh"),
 P("Lê Văn Chín", "Phó Chủ tịch UBND xã Định Thủy"),
 P("Võ Thị Bé Năm", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hội"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND huyện Mỏ Cày Nam")],
[Q("3.412 người khuyết tật", 3412, "người khuyết tật"), Q("1.086 người khuyết tật nặng và đặc biệt nặng", 1086, "người khuyết tật nặng và đặc biệt nặng"),
 Q("trên 9,8 tỷ đồng", 9800000000, "đồng", "over"), Q("64 người khuyết tật", 64, "người khuyết tật"), Q("37 người", 37, "người"),
 Q("85 xe lăn", 85, "xe lăn"), Q("4 căn nhà tình thương", 4, "căn nhà tình thương"), Q("126 hồ sơ", 126, "hồ sơ"),
 Q("148 đối tượng", 148, "đối tượng"), Q("0%", 0, "%"), Q("khoảng 500 triệu đồng", 500000000, "đồng", "approx")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2018-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 02/10/2018"),
 D("Nghị định", "136", "2013/NĐ-CP", None, None, "Nghị định 136/2013/NĐ-CP"),
 D("Quyết định", "1019", "QĐ-TTg", None, None, "Quyết định 1019/QĐ-TTg")],
[prov("Bến Tre"), com("Tân Hội"), com("Định Thủy")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BẾN TRE", "Trang chủ | Giám sát và phản biện xã hội", "Đoàn giám sát làm việc với UBND xã Tân Hội.",
 "Vì người nghèo", "Lượt xem: 642"],
["15/11/2018 - 10:05", "Năm 2018", "quý I/2019", "Lượt xem: 642"]))

PAGES.append(page("b4501-gialai-nnda-cam-tongket-2019", """
Báo Gia Lai điện tử
Hôm nay: Thứ Hai, 30/12/2019
Xã hội › Chính sách
30 tháng 12, 2019 | 17:45
Gia Lai: 312 nạn nhân chất độc da cam được hỗ trợ sinh kế trong năm 2019
(GLO)- Ngày 27/12, Hội Nạn nhân chất độc da cam/dioxin tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Hội năm 2019 và triển khai nhiệm vụ năm 2020. Tham dự có ông Rơ Mah Tuân, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; bà Ksor H'Bơ Khăp, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đại tá Nguyễn Văn Hòa, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh cho biết: Năm 2019, các cấp Hội đã vận động được hơn 5,2 tỷ đồng; hỗ trợ sinh kế cho 312 nạn nhân chất độc da cam, trong đó 74 hộ được trao bò giống, 96 hộ được hỗ trợ cây cà phê, hồ tiêu giống. Hội đã xây mới 15 căn nhà, sửa chữa 8 căn; trao 210 xe lăn, 1.460 suất quà cho nạn nhân nhân Ngày vì nạn nhân chất độc da cam 10/8.
Toàn tỉnh hiện có 17 hội cấp huyện, 146 hội cấp xã với 9.830 hội viên. Hội đã phối hợp Sở Lao động - Thương binh và Xã hội rà soát, đề nghị giải quyết chế độ cho 57 trường hợp theo Nghị định số 31/2013/NĐ-CP của Chính phủ; thực hiện Kết luận 43-KL/TW ngày 07/1/2019 của Ban Bí thư và Kế hoạch số 2218/KH-UBND ngày 12/7/2019 của UBND tỉnh.
Ông Nguyễn Văn Hòa báo cáo tại hội nghị. Ảnh: Phương Duyên
Tại hội nghị, ông Siu Hyun, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Chư Păh, và bà Rah Lan H'Nhiên, Phó Chủ tịch Hội xã Ia Khươl, chia sẻ cách vận động người dân góp ngày công dựng nhà cho nạn nhân. Ông Đinh Văn Tưng, người Bahnar ở xã Kon Chiêng, được hỗ trợ 2 con bò năm 2017, nay đàn bò đã lên 6 con.
Phát biểu chỉ đạo, ông Rơ Mah Tuân đề nghị năm 2020 Hội tiếp tục phát huy vai trò tuyên truyền, vận động; phối hợp chặt chẽ với MTTQ và các đoàn thể thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy; phấn đấu vận động ít nhất 6 tỷ đồng, giúp trên 300 hộ nạn nhân có sinh kế bền vững.
Dịp này, Trung ương Hội tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội tỉnh tặng giấy khen cho 21 tập thể, 33 cá nhân.
Hội nghị cũng chỉ ra một số hạn chế: việc xác minh, lập hồ sơ đề nghị hưởng chế độ cho nạn nhân thế hệ thứ hai, thứ ba còn chậm; một số hội cơ sở ở vùng sâu chưa có trụ sở, kinh phí hoạt động hạn hẹp; nguồn vận động chủ yếu tập trung vào dịp kỷ niệm, chưa thường xuyên. Nhiều đại biểu đề nghị tỉnh có cơ chế giao đất sản xuất cho hộ nạn nhân đồng bào dân tộc thiểu số.
Phương Duyên
Lượt xem: 1.108
Tin liên quan
- Chư Sê: bàn giao nhà tình nghĩa cho nạn nhân chất độc da cam (18/12/2019)
- Hội Nạn nhân chất độc da cam/dioxin tỉnh sơ kết 6 tháng đầu năm (12/07/2019)
- Đak Đoa: trao 30 con bò cho hộ nạn nhân nghèo (28/06/2019)
""", "2019-12-30", "Gia Lai: 312 nạn nhân chất độc da cam được hỗ trợ sinh kế trong năm 2019",
E("tong_ket", "2019", "2019-12-27"),
[P("Rơ Mah Tuân", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Đại tá", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin tỉnh"),
 P("Siu Hyun", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Chư Păh"),
 P("Rah Lan H'Nhiên", "Phó Chủ tịch Hội xã Ia Khươl"),
 P("Đinh Văn Tưng")],
[Q("312 nạn nhân chất độc da cam", 312, "nạn nhân chất độc da cam"), Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"),
 Q("74 hộ", 74, "hộ"), Q("96 hộ", 96, "hộ"), Q("15 căn nhà", 15, "căn nhà"), Q("8 căn", 8, "căn"), Q("210 xe lăn", 210, "xe lăn"),
 Q("1.460 suất quà", 1460, "suất quà"), Q("17 hội cấp huyện", 17, "hội cấp huyện"), Q("146 hội cấp xã", 146, "hội cấp xã"),
 Q("9.830 hội viên", 9830, "hội viên"), Q("57 trường hợp", 57, "trường hợp"), Q("2 con bò", 2, "con bò"), Q("6 con", 6, "con"),
 Q("ít nhất 6 tỷ đồng", 6000000000, "đồng", "over"), Q("trên 300 hộ nạn nhân", 300, "hộ nạn nhân", "over"),
 Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("21 tập thể", 21, "tập thể"), Q("33 cá nhân", 33, "cá nhân")],
[D("Nghị định", "31", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2013/NĐ-CP"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận 43-KL/TW ngày 07/1/2019"),
 D("Kế hoạch", "2218", "KH-UBND", "2019-07-12", "UBND tỉnh", "Kế hoạch số 2218/KH-UBND ngày 12/7/2019"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Gia Lai"), com("Ia Khươl"), com("Kon Chiêng")],
["Báo Gia Lai điện tử", "Hôm nay: Thứ Hai, 30/12/2019", "Xã hội › Chính sách", "(GLO)",
 "Ông Nguyễn Văn Hòa báo cáo tại hội nghị. Ảnh: Phương Duyên", "Lượt xem: 1.108"],
["30 tháng 12, 2019 | 17:45", "năm 2019", "năm 2020", "10/8", "năm 2017", "Lượt xem: 1.108"]))

PAGES.append(page("b4502-hatinh-nnda-cam-giaoban-2020", """
HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN TỈNH HÀ TĨNH
Thứ Hai, 05/10/2020
Trang chủ >> Hoạt động Hội >> Tin tức
Vị trí: Hoạt động các cấp Hội
Hội Nạn nhân chất độc da cam/dioxin tỉnh: phấn đấu hoàn thành 30 nhà tình nghĩa trước ngày 15/12
Sáng 2/10, Thường trực Hội Nạn nhân chất độc da cam/dioxin tỉnh Hà Tĩnh tổ chức giao ban công tác Hội quý III năm 2020 với chủ tịch hội 13 huyện, thành phố, thị xã. Ông Trần Đình Gia, Phó Chủ tịch Thường trực Hội chủ trì.
Quang cảnh buổi giao ban.
Trong quý III, dù ảnh hưởng của dịch Covid-19, các cấp Hội vẫn vận động được 1,35 tỷ đồng, thăm hỏi, tặng 2.870 suất quà nhân kỷ niệm 59 năm thảm họa da cam, mỗi suất từ 300.000 đến 500.000 đồng; trao 46 xe lăn, 12 bò giống; khởi công 18 nhà tình nghĩa, hoàn thành 9 nhà. Hội huyện Hương Khê, Can Lộc dẫn đầu về vận động nguồn lực, mỗi đơn vị trên 200 triệu đồng. Hội tỉnh ban hành Công văn số 86/CV-HNNCĐDC ngày 20/7/2020 hướng dẫn tổ chức đại hội hội cơ sở nhiệm kỳ 2021 - 2026.
Ông Phan Đình Lộc, Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Hương Khê, cho biết huyện đã nhận đỡ đầu 35 cháu là con, cháu nạn nhân. Bà Nguyễn Thị Hà, Phó Chủ tịch Hội thị xã Kỳ Anh, đề nghị Hội tỉnh sớm có hướng dẫn xét cấp "Quỹ Mái ấm da cam" cho nạn nhân ở xã Kỳ Lợi bị ngập lụt.
Kết luận giao ban, ông Trần Đình Gia yêu cầu quý IV tập trung thực hiện Kế hoạch liên tịch số 01/KHLT-HNNCĐDC-MTTQ giữa Hội và Ủy ban MTTQ tỉnh; bảo đảm hoàn thành 30 nhà tình nghĩa trước ngày 15/12; vận động thêm tối thiểu 800 triệu đồng; giúp các gia đình nạn nhân chuẩn bị ứng phó mưa lũ. Các ông, bà Lê Văn Tự, Đặng Thị Lam - Phó Chủ tịch Hội tỉnh được phân công phụ trách các địa bàn trọng điểm.
Hội cũng thống nhất đề nghị UBND tỉnh khen thưởng 5 tập thể, 11 cá nhân có thành tích trong đợt vận động "Vì nạn nhân chất độc da cam" 2020.
Theo đánh giá tại buổi giao ban, một số hội cơ sở còn lúng túng trong chuẩn bị đại hội, việc cập nhật số liệu nạn nhân chưa kịp thời; nguồn kinh phí hỗ trợ làm nhà chủ yếu dựa vào nhà hảo tâm nên tiến độ ở một số địa phương chậm. Thường trực Hội đề nghị chủ tịch hội các huyện, thị xã, thành phố báo cáo định kỳ vào ngày 25 hằng tháng, kịp thời phản ánh khó khăn, vướng mắc để Hội tỉnh tháo gỡ; đồng thời phối hợp với chính quyền cơ sở rà soát các hộ nạn nhân ở vùng thấp trũng, sẵn sàng di dời khi có bão lũ.
Hải Hà
Lượt truy cập: 487
Tin khác
- Trao 15 xe lăn cho nạn nhân chất độc da cam huyện Vũ Quang (25/09/2020)
- Kỷ niệm 59 năm thảm họa da cam ở Việt Nam (10/08/2020)
- Hội tỉnh giao ban quý II năm 2020 (03/07/2020)
- Đức Thọ: khánh thành nhà tình nghĩa cho nạn nhân da cam (20/06/2020)
""", "2020-10-05", "Hội Nạn nhân chất độc da cam/dioxin tỉnh: phấn đấu hoàn thành 30 nhà tình nghĩa trước ngày 15/12",
E("giao_ban", "2020-Q3", "2020-10-02"),
[P("Trần Đình Gia", "Phó Chủ tịch Thường trực Hội"),
 P("Phan Đình Lộc", "Chủ tịch Hội Nạn nhân chất độc da cam/dioxin huyện Hương Khê"),
 P("Nguyễn Thị Hà", "Phó Chủ tịch Hội thị xã Kỳ Anh"),
 P("Lê Văn Tự", "Phó Chủ tịch Hội tỉnh"),
 P("Đặng Thị Lam", "Phó Chủ tịch Hội tỉnh")],
[Q("30 nhà tình nghĩa", 30, "nhà tình nghĩa"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("2.870 suất quà", 2870, "suất quà"), Q("300.000", 300000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("46 xe lăn", 46, "xe lăn"), Q("12 bò giống", 12, "bò giống"), Q("18 nhà tình nghĩa", 18, "nhà tình nghĩa"), Q("9 nhà", 9, "nhà"),
 Q("trên 200 triệu đồng", 200000000, "đồng", "over"), Q("35 cháu", 35, "cháu"), Q("tối thiểu 800 triệu đồng", 800000000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Công văn", "86", "CV-HNNCĐDC", "2020-07-20", "Hội tỉnh", "Công văn số 86/CV-HNNCĐDC ngày 20/7/2020"),
 D("Kế hoạch liên tịch", "01", "KHLT-HNNCĐDC-MTTQ", None, None, "Kế hoạch liên tịch số 01/KHLT-HNNCĐDC-MTTQ")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN TỈNH HÀ TĨNH", "Trang chủ >> Hoạt động Hội >> Tin tức", "Vị trí: Hoạt động các cấp Hội",
 "Quang cảnh buổi giao ban.", "Quỹ Mái ấm da cam", "Vì nạn nhân chất độc da cam", "Lượt truy cập: 487"],
["Thứ Hai, 05/10/2020", "quý III năm 2020", "quý IV", "59 năm", "ngày 15/12", "nhiệm kỳ 2021 - 2026", "Lượt truy cập: 487"]))

PAGES.append(page("b4503-soctrang-hoinguoimu-traoqua-2021", """
Báo Sóc Trăng Online
Trang chủ / Xã hội / Từ thiện xã hội
08:15 | 20/05/2021
Trao 60 xe lăn và 150 phần quà cho người mù, người khuyết tật đồng bào Khmer
Ngày 19/5, tại chùa Som Rông (TP. Sóc Trăng), Hội Người mù tỉnh Sóc Trăng phối hợp với Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh tổ chức trao 60 xe lăn và 150 phần quà cho người mù, người khuyết tật là đồng bào Khmer có hoàn cảnh khó khăn tại các xã Lâm Tân, Vĩnh Hiệp và Tài Văn.
Dự buổi trao tặng có ông Lâm Văn Mẫn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Hòa thượng Lý Hùng, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam, trụ trì chùa Som Rông; ông Thạch Sô Phên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt; mỗi chiếc xe lăn trị giá 2,8 triệu đồng. Tổng giá trị đợt trao tặng gần 260 triệu đồng, do các nhà hảo tâm ở TP. Hồ Chí Minh và Phật tử chùa Som Rông đóng góp. Các xe lăn được đưa tận nhà cho 14 người khuyết tật nặng không thể đến nhận.
Ông Lâm Văn Mẫn trao xe lăn cho người khuyết tật. Ảnh: Lý Sa Phươl
Ông Trần Văn Thơ, Chủ tịch Hội Người mù tỉnh cho biết, toàn tỉnh hiện có 2.816 hội viên, trong đó gần 1.000 hội viên là người Khmer; tỷ lệ hộ nghèo trong hội viên còn 23,5%. Thực hiện Kế hoạch số 35/KH-HNM ngày 15/02/2021 của Hội và Nghị quyết 09, 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào Khmer, từ đầu năm đến nay Hội đã mở 3 lớp xoa bóp, bấm huyệt cho 45 hội viên; giới thiệu việc làm cho 27 người; hỗ trợ 8 hộ vay vốn từ Quỹ hỗ trợ người mù với tổng dư nợ 240 triệu đồng.
Nhận chiếc xe lăn mới, chị Thạch Thị Sa Rươne, ấp Tâm Kiên, xã Lâm Tân, bị liệt hai chân từ năm 12 tuổi, xúc động: "Có xe, tôi có thể đi bán vé số phụ mẹ". Ông Sơn Ngọc Xinh, Chủ tịch Hội Người mù huyện Thạnh Trị và ông Kim Hồng Hải, Phó Chủ tịch Hội Người mù huyện Thạnh Trị cùng đi trao quà tại các điểm.
Cũng trong dịp này, Hội tặng 25 chiếc gậy dò đường và 10 chiếc radio cho hội viên cao tuổi; Ban Dân vận Tỉnh ủy tặng 20 phần quà cho gia đình người mù có con học giỏi. Phát biểu tại buổi trao tặng, ông Lâm Văn Mẫn đề nghị các cấp hội tiếp tục phối hợp với Ban Quản trị các chùa Khmer, vị sư cả và người có uy tín trong phum, sóc để vận động nguồn lực, kịp thời giúp đỡ người mù, người khuyết tật vượt qua khó khăn do dịch bệnh.
Lý Sa Phươl
Lượt xem: 2.014
Tin cùng chuyên mục
- Tặng 300 phần quà cho đồng bào Khmer nhân Tết Chôl Chnăm Thmây (12/04/2021)
- Hội Người mù tỉnh tổng kết năm 2020 (28/12/2020)
- Mỹ Xuyên: khai giảng lớp chữ nổi cho người mù (10/12/2020)
- Trao học bổng cho 50 học sinh khuyết tật (20/11/2020)
""", "2021-05-20", "Trao 60 xe lăn và 150 phần quà cho người mù, người khuyết tật đồng bào Khmer",
E("trao_qua", None, "2021-05-19"),
[P("Lâm Văn Mẫn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam", "trụ trì chùa Som Rông"),
 P("Thạch Sô Phên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Thơ", "Chủ tịch Hội Người mù tỉnh"),
 P("Thạch Thị Sa Rươne"),
 P("Sơn Ngọc Xinh", "Chủ tịch Hội Người mù huyện Thạnh Trị"),
 P("Kim Hồng Hải", "Phó Chủ tịch Hội Người mù huyện Thạnh Trị")],
[Q("60 xe lăn", 60, "xe lăn"), Q("150 phần quà", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("2,8 triệu đồng", 2800000, "đồng"), Q("gần 260 triệu đồng", 260000000, "đồng", "approx"), Q("14 người khuyết tật nặng", 14, "người khuyết tật nặng"),
 Q("2.816 hội viên", 2816, "hội viên"), Q("gần 1.000 hội viên", 1000, "hội viên", "approx"), Q("23,5%", 23.5, "%"),
 Q("3 lớp xoa bóp, bấm huyệt", 3, "lớp xoa bóp, bấm huyệt"), Q("45 hội viên", 45, "hội viên"), Q("27 người", 27, "người"),
 Q("8 hộ", 8, "hộ"), Q("240 triệu đồng", 240000000, "đồng"), Q("25 chiếc gậy dò đường", 25, "chiếc gậy dò đường"),
 Q("10 chiếc radio", 10, "chiếc radio"), Q("20 phần quà", 20, "phần quà")],
[D("Kế hoạch", "35", "KH-HNM", "2021-02-15", "Hội", "Kế hoạch số 35/KH-HNM ngày 15/02/2021"),
 D("Nghị quyết", "09", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 09, 10-NQ/TU"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 09, 10-NQ/TU")],
[prov("Sóc Trăng"), com("Lâm Tân"), com("Vĩnh Hiệp"), com("Tài Văn")],
["Báo Sóc Trăng Online", "Trang chủ / Xã hội / Từ thiện xã hội", "Ông Lâm Văn Mẫn trao xe lăn cho người khuyết tật. Ảnh: Lý Sa Phươl",
 "Quỹ hỗ trợ người mù", "chùa Som Rông", "Lượt xem: 2.014"],
["08:15 | 20/05/2021", "12 tuổi", "Lượt xem: 2.014"]))

PAGES.append(page("b4504-quangnam-doithoai-nkt-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Tin tức » Hoạt động của lãnh đạo tỉnh
Ngày đăng 06/12/2022 | 16:20
Ảnh: Chủ tịch UBND tỉnh trả lời kiến nghị của người khuyết tật.
Người khuyết tật mong được học nghề gắn với việc làm ổn định
Sáng 3/12, nhân Ngày Quốc tế người khuyết tật, UBND tỉnh Quảng Nam phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với người khuyết tật, trẻ mồ côi và nạn nhân chất độc da cam năm 2022. Ông Lê Trí Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có bà Nguyễn Thị Ngọc Lan, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và 210 đại biểu là hội viên các hội người khuyết tật, người mù, nạn nhân chất độc da cam, bảo trợ người khuyết tật và trẻ mồ côi.
Toàn tỉnh hiện có hơn 40.000 người khuyết tật, trong đó 22.586 người đang hưởng trợ cấp xã hội hằng tháng; 1.920 trẻ em mồ côi. Năm 2022, tỉnh đã dạy nghề cho 386 người khuyết tật, hỗ trợ 215 người vay vốn tạo việc làm với tổng số tiền 9,4 tỷ đồng theo Nghị quyết số 35/2020/NQ-HĐND của HĐND tỉnh.
Tại hội nghị, 18 ý kiến được nêu trực tiếp. Anh A Lăng Dũng, người Cơ Tu ở xã Tà Lu, Phó Chủ tịch Hội Người khuyết tật huyện Đông Giang, đề nghị mở lớp dạy nghề đan lát thổ cẩm ngay tại thôn. Chị Bh'riu Thị Hoa, xã Sông Kôn, hỏi về chính sách hỗ trợ nhà ở cho hộ có người khuyết tật. Ông Trần Đình Tâm, Chủ tịch Hội Người mù tỉnh, kiến nghị giảm thuế cho các cơ sở xoa bóp do người mù làm chủ.
Trả lời, ông Lê Trí Thanh giao Sở Lao động - Thương binh và Xã hội phối hợp Sở Giáo dục và Đào tạo xây dựng kế hoạch dạy nghề lưu động cho các xã miền núi, mỗi năm ít nhất 20 lớp; giao Sở Xây dựng rà soát đưa hộ có người khuyết tật vào Đề án 6 "xóa nhà tạm". Ông cũng đề nghị các doanh nghiệp tiếp nhận lao động khuyết tật theo Nghị định 28/2012/NĐ-CP.
Bà Võ Thị Hồng, Giám đốc Trung tâm Bảo trợ xã hội tỉnh, cho biết trung tâm đang nuôi dưỡng 96 trẻ mồ côi, người khuyết tật nặng.
Kết thúc đối thoại, Chủ tịch UBND tỉnh trao 50 xe lăn và 100 suất học bổng, mỗi suất 2 triệu đồng, cho trẻ em khuyết tật, mồ côi vượt khó học giỏi. Các ý kiến chưa trả lời trực tiếp tại hội nghị được giao các sở, ngành trả lời bằng văn bản trước ngày 31/12 và đăng tải công khai trên Cổng thông tin điện tử tỉnh để người dân theo dõi, giám sát.
Hoàng Liên
Lượt truy cập: 3.457
Tin khác
- Quảng Nam trao 500 suất quà cho người khuyết tật (01/12/2022)
- Phú Ninh: ra mắt câu lạc bộ người khuyết tật (20/11/2022)
- Hội Nạn nhân chất độc da cam tỉnh tổng kết 15 năm thành lập (05/11/2022)
""", "2022-12-06", "Người khuyết tật mong được học nghề gắn với việc làm ổn định",
E("doi_thoai", "2022", "2022-12-03"),
[P("Lê Trí Thanh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Ngọc Lan", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Lăng Dũng", "Phó Chủ tịch Hội Người khuyết tật huyện Đông Giang"),
 P("Bh'riu Thị Hoa"),
 P("Trần Đình Tâm", "Chủ tịch Hội Người mù tỉnh"),
 P("Võ Thị Hồng", "Giám đốc Trung tâm Bảo trợ xã hội tỉnh")],
[Q("210 đại biểu", 210, "đại biểu"), Q("hơn 40.000 người khuyết tật", 40000, "người khuyết tật", "over"), Q("22.586 người", 22586, "người"),
 Q("1.920 trẻ em mồ côi", 1920, "trẻ em mồ côi"), Q("386 người khuyết tật", 386, "người khuyết tật"), Q("215 người", 215, "người"),
 Q("9,4 tỷ đồng", 9400000000, "đồng"), Q("18 ý kiến", 18, "ý kiến"), Q("ít nhất 20 lớp", 20, "lớp", "over"),
 Q("96 trẻ mồ côi, người khuyết tật nặng", 96, "trẻ mồ côi, người khuyết tật nặng"), Q("50 xe lăn", 50, "xe lăn"),
 Q("100 suất học bổng", 100, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "35", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 35/2020/NQ-HĐND"),
 D("Nghị định", "28", "2012/NĐ-CP", None, None, "Nghị định 28/2012/NĐ-CP")],
[prov("Quảng Nam"), com("Tà Lu"), com("Sông Kôn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM", "Tin tức » Hoạt động của lãnh đạo tỉnh",
 "Ảnh: Chủ tịch UBND tỉnh trả lời kiến nghị của người khuyết tật.", "xóa nhà tạm", "Đề án 6", "Ngày Quốc tế người khuyết tật", "Lượt truy cập: 3.457"],
["Ngày đăng 06/12/2022 | 16:20", "năm 2022", "Năm 2022", "Đề án 6", "15 năm", "ngày 31/12", "Lượt truy cập: 3.457"]))
