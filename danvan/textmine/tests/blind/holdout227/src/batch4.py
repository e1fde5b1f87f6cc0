from lib import *
PAGES = []

PAGES.append(page("b5423-tuyenquang-phuong-hoinghi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
Ngày đăng 22/08/2025 | 14:20
Phường Minh Xuân triển khai Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân
Ngày 21/8, Đảng ủy phường Minh Xuân, tỉnh Tuyên Quang tổ chức hội nghị quán triệt, triển khai Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 198/2025/QH15 ngày 17/5/2025 của Quốc hội về một số cơ chế, chính sách đặc biệt phát triển kinh tế tư nhân. Đây là hội nghị đầu tiên về kinh tế tư nhân của phường sau khi sắp xếp đơn vị hành chính và hợp nhất tỉnh Tuyên Quang với tỉnh Hà Giang.
Toàn cảnh hội nghị tại hội trường Đảng ủy phường.
Dự hội nghị có đồng chí Triệu Thị Nhàn, người dân tộc Dao, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nông Thị Hiền, Bí thư Đảng ủy phường; đồng chí Thào Mí Sính, Phó Bí thư Đảng ủy, Chủ tịch UBND phường cùng 230 đại biểu là đảng viên, chủ hộ kinh doanh và đại diện 85 doanh nghiệp trên địa bàn.
Theo báo cáo, phường Minh Xuân (mới) có 412 doanh nghiệp và hơn 2.600 hộ kinh doanh cá thể; mới có 6 chi bộ doanh nghiệp tư nhân với 58 đảng viên. Thực hiện Chương trình hành động số 05-CTr/TU ngày 25/7/2025 của Tỉnh ủy, Đảng ủy phường đã ban hành Kế hoạch số 12-KH/ĐU về hỗ trợ ít nhất 50 hộ kinh doanh chuyển đổi thành doanh nghiệp trong năm 2026, thành lập thêm 3 chi bộ doanh nghiệp.
Tại hội nghị, ông Hoàng Đức Minh, Bí thư Chi bộ, Giám đốc Công ty TNHH Chè Shan tuyết Hà Giang, cho biết sau hợp nhất, công ty mở rộng liên kết với 310 hộ đồng bào Mông, Dao trồng chè, thu nhập bình quân mỗi hộ khoảng 75 triệu đồng/năm. Bà Phạm Thị Hoài, Chủ tịch Hội Doanh nghiệp phường, đề nghị sớm công khai thủ tục chuyển đổi hộ kinh doanh, giảm chi phí tuân thủ theo tinh thần Nghị quyết 68. Các đồng chí Phó Chủ tịch UBND phường: Lê Văn Cường, Ma Thị Hương, đã trả lời 17 ý kiến của doanh nghiệp về mặt bằng, tín dụng và thủ tục đất đai.
Đồng chí Triệu Thị Nhàn nhấn mạnh kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế; đề nghị Đảng ủy phường gắn việc phát triển doanh nghiệp với xây dựng tổ chức đảng, công đoàn, đoàn thanh niên trong doanh nghiệp; phấn đấu đến năm 2030 có ít nhất 80% doanh nghiệp có từ 30 lao động trở lên có tổ chức đoàn thể.
Một số ý kiến cũng phản ánh, sau khi sắp xếp, nhiều thủ tục đăng ký kinh doanh phải chuyển về phường xử lý, cán bộ còn thiếu kinh nghiệm; hộ kinh doanh lo ngại chi phí kế toán, thuế khi chuyển lên doanh nghiệp; các doanh nghiệp nhỏ khó tiếp cận các gói tín dụng ưu đãi.
Dịp này, UBND phường ra mắt Tổ hỗ trợ doanh nghiệp gồm 9 thành viên, tiếp nhận phản ánh qua đường dây nóng 24/7.
Hà Phương
Tin liên quan
- Tuyên Quang: 1.200 hộ kinh doanh được tập huấn chuyển đổi (15/08/2025)
- Ra mắt Hội Doanh nghiệp phường Minh Xuân (01/08/2025)
- Xã Lũng Cú triển khai chính quyền địa phương hai cấp (01/07/2025)
""", "2025-08-22", "Phường Minh Xuân triển khai Nghị quyết 68-NQ/TW về phát triển kinh tế tư nhân",
E("hoi_nghi", None, "2025-08-21"),
[P("Triệu Thị Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nông Thị Hiền", "Bí thư Đảng ủy phường"),
 P("Thào Mí Sính", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Hoàng Đức Minh", "Bí thư Chi bộ", "Giám đốc Công ty TNHH Chè Shan tuyết Hà Giang"),
 P("Phạm Thị Hoài", "Chủ tịch Hội Doanh nghiệp phường"),
 P("Lê Văn Cường", "Phó Chủ tịch UBND phường"), P("Ma Thị Hương", "Phó Chủ tịch UBND phường")],
[Q("230 đại biểu", 230, "đại biểu"), Q("85 doanh nghiệp", 85, "doanh nghiệp"), Q("412 doanh nghiệp", 412, "doanh nghiệp"),
 Q("hơn 2.600 hộ kinh doanh cá thể", 2600, "hộ kinh doanh cá thể", "over"),
 Q("6 chi bộ doanh nghiệp tư nhân", 6, "chi bộ doanh nghiệp tư nhân"), Q("58 đảng viên", 58, "đảng viên"),
 Q("ít nhất 50 hộ kinh doanh", 50, "hộ kinh doanh", "over"), Q("3 chi bộ doanh nghiệp", 3, "chi bộ doanh nghiệp"),
 Q("310 hộ", 310, "hộ"), Q("khoảng 75 triệu đồng/năm", 75000000, "đồng", "approx"), Q("17 ý kiến", 17, "ý kiến"),
 Q("ít nhất 80%", 80, "%", "over"), Q("từ 30 lao động trở lên", 30, "lao động", "over"), Q("9 thành viên", 9, "thành viên")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Nghị quyết", "198", "2025/QH15", "2025-05-17", "Quốc hội", "Nghị quyết số 198/2025/QH15 ngày 17/5/2025"),
 D("Chương trình hành động", "05", "CTr/TU", "2025-07-25", "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU ngày 25/7/2025"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch số 12-KH/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Toàn cảnh hội nghị tại hội trường Đảng ủy phường.",
 "Nghị quyết 68", "Tổ hỗ trợ doanh nghiệp", "Công ty TNHH Chè Shan tuyết Hà Giang"],
["Ngày đăng 22/08/2025 | 14:20", "năm 2026", "năm 2030", "24/7", "Nghị quyết 68"]))

PAGES.append(page("b5424-vinhlong-mttq-giamsat-2025", """
Thứ Năm, 06/11/2025
ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG
Tin tức :: Giám sát và phản biện xã hội
06/11/2025 - 16:45
Giám sát thực hiện chính sách hỗ trợ doanh nghiệp nhỏ và vừa
Ngày 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức giám sát chuyên đề năm 2025 về việc thực hiện chính sách hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh tại xã Long Đức và phường An Hội. Đoàn do Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Kiên Thị Mỹ Linh làm trưởng đoàn.
Cuộc giám sát được thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 15/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 99-QĐ/TW ngày 3/10/2022 của Ban Bí thư về hướng dẫn khung để Mặt trận và các đoàn thể thực hiện giám sát, phản biện xã hội.
Đoàn giám sát làm việc tại Công ty TNHH Dừa Chợ Lách.
Theo báo cáo của UBND xã Long Đức (trước thuộc tỉnh Trà Vinh), trên địa bàn có 64 doanh nghiệp và 1.150 hộ kinh doanh; năm 2025 đã có 37 doanh nghiệp được hỗ trợ đào tạo, tư vấn, tổng kinh phí khoảng 420 triệu đồng. Tại phường An Hội (trước thuộc tỉnh Bến Tre), 19 hộ kinh doanh đã chuyển đổi thành doanh nghiệp, mỗi doanh nghiệp được hỗ trợ 5 triệu đồng lệ phí ban đầu. Khoảng 65% doanh nghiệp được khảo sát đánh giá thủ tục hành chính đã thuận lợi hơn sau sắp xếp chính quyền địa phương hai cấp.
Làm việc với đoàn, ông Thạch Sa Rát, Bí thư Đảng ủy xã Long Đức, cho biết xã đang chỉ đạo thành lập chi bộ trong 2 doanh nghiệp chế biến thủy sản có trên 20 đảng viên làm việc. Bà Huỳnh Thị Bé Năm, Giám đốc Công ty TNHH Dừa Chợ Lách, Phó Chủ tịch Hội Doanh nghiệp tỉnh, kiến nghị đơn giản hóa hồ sơ vay vốn từ Quỹ hỗ trợ doanh nghiệp nhỏ và vừa. Các thành viên đoàn gồm: Thạch Thị Sô Phia, Nguyễn Văn Bảy - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, cùng đại diện Sở Tài chính.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc tuyên truyền Luật Hỗ trợ doanh nghiệp nhỏ và vừa chưa sâu rộng; có 8 hồ sơ hỗ trợ giải quyết chậm so với quy định; dữ liệu doanh nghiệp giữa các địa phương cũ chưa được đồng bộ; một số hộ kinh doanh là đồng bào Khmer chưa tiếp cận được thông tin về chính sách.
Kết luận buổi giám sát, bà Kiên Thị Mỹ Linh đề nghị UBND xã, phường tiếp tục thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị; công khai chính sách hỗ trợ tại bộ phận một cửa; phối hợp với Mặt trận tổ chức ít nhất 2 hội nghị đối thoại với doanh nghiệp mỗi năm. Ban Thường trực sẽ tổng hợp 14 kiến nghị gửi UBND tỉnh trong tháng 11.
Kim Ngân
Tin khác
- Vĩnh Long: Mặt trận tỉnh phản biện dự thảo quy hoạch (28/10/2025)
- Trao 120 căn nhà đại đoàn kết tại các xã vùng đồng bào Khmer (20/10/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long sau hợp nhất (01/07/2025)
""", "2025-11-06", "Giám sát thực hiện chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
E("giam_sat", "2025", "2025-11-05"),
[P("Kiên Thị Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Thạch Sa Rát", "Bí thư Đảng ủy xã Long Đức"),
 P("Huỳnh Thị Bé Năm", "Giám đốc Công ty TNHH Dừa Chợ Lách", "Phó Chủ tịch Hội Doanh nghiệp tỉnh"),
 P("Thạch Thị Sô Phia", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Bảy", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("64 doanh nghiệp", 64, "doanh nghiệp"), Q("1.150 hộ kinh doanh", 1150, "hộ kinh doanh"), Q("37 doanh nghiệp", 37, "doanh nghiệp"),
 Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"), Q("19 hộ kinh doanh", 19, "hộ kinh doanh"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("Khoảng 65%", 65, "%", "approx"), Q("2 doanh nghiệp chế biến thủy sản", 2, "doanh nghiệp chế biến thủy sản"),
 Q("trên 20 đảng viên", 20, "đảng viên", "over"), Q("8 hồ sơ", 8, "hồ sơ"),
 Q("ít nhất 2 hội nghị đối thoại", 2, "hội nghị đối thoại", "over"), Q("14 kiến nghị", 14, "kiến nghị")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-09-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 15/9/2025"),
 D("Quyết định", "99", "QĐ/TW", "2022-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2022"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Long Đức"), com("An Hội")],
["ỦY BAN MTTQ VIỆT NAM TỈNH VĨNH LONG", "Tin tức :: Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại Công ty TNHH Dừa Chợ Lách.",
 "Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Quỹ hỗ trợ doanh nghiệp nhỏ và vừa", "Thứ Năm, 06/11/2025"],
["Thứ Năm, 06/11/2025", "06/11/2025 - 16:45", "năm 2025", "hai cấp", "tháng 11"]))

PAGES.append(page("b5425-lamdong-phuong-tongket-2025", """
BÁO LÂM ĐỒNG
Chính trị › Xây dựng Đảng › Cơ sở
Cập nhật: 09:42, 08/01/2026 (GMT+7)
Ảnh: Đồng chí K'Mai trao giấy khen cho các chi bộ doanh nghiệp.
Đảng ủy phường Xuân Hương - Đà Lạt: Chi bộ doanh nghiệp tư nhân hoạt động nền nếp
Chiều 7/1, Đảng ủy phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác xây dựng Đảng trong các chi bộ doanh nghiệp, hợp tác xã năm 2025 và triển khai nhiệm vụ năm 2026. Đồng chí K'Mai, người dân tộc K'Ho, Bí thư Đảng ủy phường chủ trì.
Năm 2025 là năm đầu tiên phường hoạt động theo mô hình chính quyền địa phương hai cấp, sau khi tỉnh Lâm Đồng (mới) được thành lập trên cơ sở hợp nhất các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận. Đảng bộ phường tiếp nhận 14 chi bộ doanh nghiệp, hợp tác xã từ Đảng bộ Khối Doanh nghiệp tỉnh trước đây, với 187 đảng viên. Trong năm, các chi bộ kết nạp 11 đảng viên mới; 12/14 chi bộ hoàn thành tốt nhiệm vụ trở lên; 2 chi bộ hoàn thành nhiệm vụ.
Thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch 21, 22-KH/ĐU về phát triển kinh tế tư nhân và về xây dựng tổ chức đảng trong doanh nghiệp, hợp tác xã. Các chi bộ đã vận động 26 hộ kinh doanh du lịch, lưu trú chuyển thành doanh nghiệp; doanh nghiệp có tổ chức đảng đóng góp hơn 1,4 tỷ đồng cho chương trình xóa nhà tạm, nhà dột nát và hỗ trợ 65 hộ nghèo, hộ cận nghèo.
Tại hội nghị, bà Ka Sương, Phó Bí thư Chi bộ, Giám đốc Hợp tác xã Cà phê Cầu Đất, cho biết hợp tác xã có 9 đảng viên, liên kết với 140 hộ đồng bào K'Ho trồng cà phê Arabica theo hướng hữu cơ. Ông Bon Jốc Ha Tuấn, Bí thư Chi bộ Công ty TNHH Hoa Đà Lạt Xanh, đề nghị phường hướng dẫn thủ tục chuyển sinh hoạt đảng cho đảng viên từ các tỉnh cũ về làm việc tại doanh nghiệp. Các đồng chí Phó Bí thư Đảng ủy phường: Trương Thị Hạnh, Nguyễn Hoàng Phúc, đã giải đáp về việc thực hiện Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương thi hành Điều lệ Đảng.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: việc bàn giao hồ sơ đảng viên từ Đảng bộ Khối cũ về phường có lúc chậm; một số chi bộ doanh nghiệp chưa chủ động báo cáo; nguồn kết nạp đảng trong công nhân, người lao động thời vụ ở các nhà vườn, cơ sở lưu trú còn ít.
Phát biểu kết luận, đồng chí K'Mai đề nghị năm 2026 các chi bộ doanh nghiệp phấn đấu kết nạp không dưới 15 đảng viên mới, thành lập thêm ít nhất 3 chi bộ trong doanh nghiệp tư nhân, gắn với chuẩn bị đại hội chi bộ nhiệm kỳ 2025 - 2027. Dịp này, Đảng ủy phường tặng giấy khen cho 4 chi bộ doanh nghiệp và 10 đảng viên tiêu biểu.
Cẩm Tú
Lượt xem: 985
Tin liên quan
- Xuân Hương - Đà Lạt: đối thoại với doanh nghiệp du lịch (20/12/2025)
- Lâm Đồng: 300 doanh nghiệp tham gia chương trình xóa nhà tạm (05/12/2025)
- Kết nạp đảng viên tại Hợp tác xã Rau Lạc Dương (18/11/2025)
""", "2026-01-08", "Đảng ủy phường Xuân Hương - Đà Lạt: Chi bộ doanh nghiệp tư nhân hoạt động nền nếp",
E("tong_ket", "2025", "2026-01-07"),
[P("K'Mai", "Bí thư Đảng ủy phường"),
 P("Ka Sương", "Phó Bí thư Chi bộ", "Giám đốc Hợp tác xã Cà phê Cầu Đất"),
 P("Bon Jốc Ha Tuấn", "Bí thư Chi bộ Công ty TNHH Hoa Đà Lạt Xanh"),
 P("Trương Thị Hạnh", "Phó Bí thư Đảng ủy phường"), P("Nguyễn Hoàng Phúc", "Phó Bí thư Đảng ủy phường")],
[Q("14 chi bộ doanh nghiệp, hợp tác xã", 14, "chi bộ doanh nghiệp, hợp tác xã"), Q("187 đảng viên", 187, "đảng viên"),
 Q("11 đảng viên mới", 11, "đảng viên mới"), Q("12/14 chi bộ", 12, "chi bộ"), Q("2 chi bộ", 2, "chi bộ"),
 Q("26 hộ kinh doanh du lịch, lưu trú", 26, "hộ kinh doanh du lịch, lưu trú"), Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"),
 Q("65 hộ nghèo, hộ cận nghèo", 65, "hộ nghèo, hộ cận nghèo"), Q("9 đảng viên", 9, "đảng viên"), Q("140 hộ", 140, "hộ"),
 Q("không dưới 15 đảng viên mới", 15, "đảng viên mới", "over"), Q("ít nhất 3 chi bộ", 3, "chi bộ", "over"),
 Q("4 chi bộ doanh nghiệp", 4, "chi bộ doanh nghiệp"), Q("10 đảng viên tiêu biểu", 10, "đảng viên tiêu biểu")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 21, 22-KH/ĐU"),
 D("Quy định", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt")],
["BÁO LÂM ĐỒNG", "Chính trị › Xây dựng Đảng › Cơ sở", "Ảnh: Đồng chí K'Mai trao giấy khen cho các chi bộ doanh nghiệp.",
 "xóa nhà tạm, nhà dột nát", "Lượt xem: 985", "Điều lệ Đảng"],
["Cập nhật: 09:42, 08/01/2026 (GMT+7)", "năm 2025", "năm 2026", "Năm 2025", "hai cấp", "nhiệm kỳ 2025 - 2027", "Lượt xem: 985"]))

PAGES.append(page("b5426-dongnai-xa-giaoban-2026", """
ĐẢNG BỘ XÃ MINH HƯNG - TỈNH ĐỒNG NAI
Trang chủ >> Tin hoạt động >> Công tác Đảng
Thứ Tư, 08/04/2026 - 15:10
Giao ban công tác xây dựng Đảng trong doanh nghiệp quý I
Ngày 7/4, Ban Thường vụ Đảng ủy xã Minh Hưng, tỉnh Đồng Nai tổ chức giao ban công tác xây dựng Đảng trong các chi bộ doanh nghiệp, hợp tác xã quý I/2026. Đồng chí Điểu Thị Lan, người dân tộc S'tiêng, Phó Bí thư Thường trực Đảng ủy xã chủ trì.
Quang cảnh buổi giao ban.
Xã Minh Hưng (trước thuộc tỉnh Bình Phước) hiện có 3 khu công nghiệp với 126 doanh nghiệp đang hoạt động, thu hút khoảng 28.000 lao động. Đảng bộ xã có 9 chi bộ doanh nghiệp với 143 đảng viên. Trong quý I, các chi bộ kết nạp 4 đảng viên mới; tiếp nhận sinh hoạt cho 27 đảng viên là công nhân từ các địa phương khác đến làm việc; 100% chi bộ sinh hoạt định kỳ đúng quy định.
Thực hiện Kế hoạch số 45-KH/ĐU ngày 10/1/2026 của Ban Thường vụ Đảng ủy xã về xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài nhà nước, xã đã khảo sát 38 doanh nghiệp có từ 100 lao động trở lên, trong đó 21 doanh nghiệp có đảng viên nhưng chưa có tổ chức đảng. Liên đoàn Lao động xã thành lập 2 công đoàn cơ sở, kết nạp 1.350 đoàn viên.
Tại buổi giao ban, ông Lê Quang Vinh, Bí thư Chi bộ, Trưởng phòng Nhân sự Công ty TNHH Cao su Minh Hưng, cho biết đầu năm có 3 vụ ngừng việc tập thể đòi tăng lương ở các doanh nghiệp lân cận, chi bộ công ty chủ động đối thoại nên không có công nhân nào tham gia. Bà Thị Bích, người S'tiêng, Bí thư Chi bộ Hợp tác xã Điều Minh Hưng, cho biết hợp tác xã có 56 thành viên, doanh thu quý I đạt khoảng 3,2 tỷ đồng. Các đồng chí Ủy viên Ban Thường vụ Đảng ủy xã: Phạm Thanh Sơn, Điểu Văn Chanh, báo cáo tình hình chuẩn bị sơ kết Chỉ thị số 33-CT/TW của Ban Bí thư trên địa bàn xã mới.
Các ý kiến cũng cho rằng đảng viên làm việc tại doanh nghiệp nước ngoài thường tăng ca, khó dự sinh hoạt; việc quản lý đảng viên tạm trú ở các khu nhà trọ đông công nhân còn khó; nhiều chủ doanh nghiệp chưa bố trí được nơi sinh hoạt cho chi bộ.
Kết luận giao ban, đồng chí Điểu Thị Lan yêu cầu quý II tiếp tục triển khai Nghị quyết số 68-NQ/TW của Bộ Chính trị; thành lập ít nhất 2 chi bộ doanh nghiệp mới; nắm chắc tình hình tư tưởng công nhân, không để xảy ra ngừng việc tập thể kéo dài; phối hợp với Ủy ban MTTQ xã vận động doanh nghiệp hỗ trợ 20 căn nhà đại đoàn kết trong năm.
Thanh Bình
Tin cùng chuyên mục
- Minh Hưng: kết nạp 4 đảng viên là công nhân (25/03/2026)
- Đối thoại giữa Bí thư Đảng ủy xã với công nhân khu công nghiệp (10/03/2026)
- Ra mắt Chi bộ Công ty TNHH Gỗ Chơn Thành (20/02/2026)
""", "2026-04-08", "Giao ban công tác xây dựng Đảng trong doanh nghiệp quý I",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Điểu Thị Lan", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lê Quang Vinh", "Bí thư Chi bộ", "Trưởng phòng Nhân sự Công ty TNHH Cao su Minh Hưng"),
 P("Thị Bích", "Bí thư Chi bộ Hợp tác xã Điều Minh Hưng"),
 P("Phạm Thanh Sơn", "Ủy viên Ban Thường vụ Đảng ủy xã"), P("Điểu Văn Chanh", "Ủy viên Ban Thường vụ Đảng ủy xã")],
[Q("3 khu công nghiệp", 3, "khu công nghiệp"), Q("126 doanh nghiệp", 126, "doanh nghiệp"),
 Q("khoảng 28.000 lao động", 28000, "lao động", "approx"), Q("9 chi bộ doanh nghiệp", 9, "chi bộ doanh nghiệp"),
 Q("143 đảng viên", 143, "đảng viên"), Q("4 đảng viên mới", 4, "đảng viên mới"), Q("27 đảng viên", 27, "đảng viên"),
 Q("100% chi bộ", 100, "%"), Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("từ 100 lao động trở lên", 100, "lao động", "over"),
 Q("21 doanh nghiệp", 21, "doanh nghiệp"), Q("2 công đoàn cơ sở", 2, "công đoàn cơ sở"), Q("1.350 đoàn viên", 1350, "đoàn viên"),
 Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"), Q("56 thành viên", 56, "thành viên"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("ít nhất 2 chi bộ doanh nghiệp mới", 2, "chi bộ doanh nghiệp mới", "over"),
 Q("20 căn nhà đại đoàn kết", 20, "căn nhà đại đoàn kết")],
[D("Kế hoạch", "45", "KH/ĐU", "2026-01-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 10/1/2026"),
 D("Chỉ thị", "33", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 33-CT/TW"),
 D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Minh Hưng")],
["ĐẢNG BỘ XÃ MINH HƯNG - TỈNH ĐỒNG NAI", "Trang chủ >> Tin hoạt động >> Công tác Đảng", "Quang cảnh buổi giao ban."],
["Thứ Tư, 08/04/2026 - 15:10", "quý I/2026", "quý I", "quý II"]))

PAGES.append(page("b5427-hcm-phuong-taphuan-2026", """
BÁO BÌNH DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH TẠI KHU VỰC BÌNH DƯƠNG
Bạn đang ở: Trang chủ › Xây dựng Đảng
17/03/2026 - 10:05
PGS.TS. Nguyễn Thị Ánh Tuyết truyền đạt chuyên đề tại lớp tập huấn.
Tập huấn nghiệp vụ cho cấp ủy viên chi bộ doanh nghiệp tư nhân năm 2026
Ngày 16/3, Đảng ủy phường Thủ Dầu Một, Thành phố Hồ Chí Minh tổ chức lớp tập huấn nghiệp vụ công tác đảng năm 2026 cho 180 học viên là bí thư, phó bí thư, cấp ủy viên các chi bộ, đảng bộ bộ phận trong doanh nghiệp tư nhân trên địa bàn phường.
Phường Thủ Dầu Một (trước thuộc tỉnh Bình Dương) hiện có 24 tổ chức đảng trong doanh nghiệp ngoài nhà nước với 612 đảng viên, phần lớn được chuyển về từ Đảng bộ Khối Doanh nghiệp tỉnh Bình Dương trước đây. Năm 2025, các tổ chức đảng này kết nạp 38 đảng viên mới, khoảng 92% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.
Tại lớp tập huấn, PGS.TS. Nguyễn Thị Ánh Tuyết, Phó Giám đốc Học viện Cán bộ Thành phố Hồ Chí Minh, giới thiệu những điểm mới của Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương và Hướng dẫn số 31-HD/BTCTW ngày 20/11/2025 của Ban Tổ chức Trung ương về một số vấn đề cụ thể thi hành Điều lệ Đảng. ThS. Võ Hoàng Long, Trưởng Ban Xây dựng Đảng Đảng ủy phường, hướng dẫn quy trình kết nạp đảng viên, ghi sổ đảng viên điện tử, cách tổ chức 4 chuyên đề sinh hoạt trong năm.
Các đồng chí Phó Bí thư Đảng ủy phường: Trần Minh Khôi, Lý Ngọc Hân, quán triệt Kết luận 12, 13-KL/ĐU của Ban Thường vụ Đảng ủy phường về nâng cao chất lượng tổ chức đảng trong doanh nghiệp và về phát triển đảng viên là công nhân, lao động trẻ; đề ra mục tiêu đến cuối năm 2026 thành lập thêm ít nhất 5 chi bộ, kết nạp không dưới 50 đảng viên mới.
Trao đổi tại lớp học, bà Phan Thị Cẩm Vân, Bí thư Đảng bộ bộ phận, Phó Tổng Giám đốc Công ty cổ phần Gốm sứ Minh Long Việt, chia sẻ công ty có 3.200 công nhân, đảng bộ bộ phận có 4 chi bộ trực thuộc với 76 đảng viên; mỗi năm công ty dành khoảng 300 triệu đồng cho hoạt động của đảng, đoàn thể. Ông Trịnh Quốc Bảo, Bí thư Chi bộ Công ty TNHH Bao bì Phú Cường, kiến nghị phường tổ chức các lớp bồi dưỡng ngoài giờ hành chính vì đảng viên làm theo ca.
Học viên cũng nêu nhiều băn khoăn: doanh nghiệp nước ngoài hạn chế thời gian cho sinh hoạt chi bộ; một số đảng viên là người quản lý ngại tham gia sinh hoạt; việc xác minh lý lịch quần chúng là công nhân ngoại tỉnh kéo dài, ảnh hưởng tiến độ kết nạp.
Kết thúc lớp tập huấn, 100% học viên làm bài thu hoạch đạt yêu cầu, 27 bài đạt loại giỏi.
Tùng Lâm
Các tin đã đưa
- Thủ Dầu Một: đối thoại giữa Bí thư Đảng ủy phường với doanh nghiệp (05/03/2026)
- Kết nạp 6 đảng viên là công nhân dịp mừng Đảng (03/02/2026)
- Gặp mặt doanh nghiệp đầu xuân Bính Ngọ 2026 (24/02/2026)
""", "2026-03-17", "Tập huấn nghiệp vụ cho cấp ủy viên chi bộ doanh nghiệp tư nhân năm 2026",
E("tap_huan", "2026", "2026-03-16"),
[P("Nguyễn Thị Ánh Tuyết", "PGS.TS.", "Phó Giám đốc Học viện Cán bộ Thành phố Hồ Chí Minh"),
 P("Võ Hoàng Long", "ThS.", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Trần Minh Khôi", "Phó Bí thư Đảng ủy phường"), P("Lý Ngọc Hân", "Phó Bí thư Đảng ủy phường"),
 P("Phan Thị Cẩm Vân", "Bí thư Đảng bộ bộ phận", "Phó Tổng Giám đốc Công ty cổ phần Gốm sứ Minh Long Việt"),
 P("Trịnh Quốc Bảo", "Bí thư Chi bộ Công ty TNHH Bao bì Phú Cường")],
[Q("180 học viên", 180, "học viên"), Q("24 tổ chức đảng", 24, "tổ chức đảng"), Q("612 đảng viên", 612, "đảng viên"),
 Q("38 đảng viên mới", 38, "đảng viên mới"), Q("khoảng 92%", 92, "%", "approx"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("ít nhất 5 chi bộ", 5, "chi bộ", "over"), Q("không dưới 50 đảng viên mới", 50, "đảng viên mới", "over"),
 Q("3.200 công nhân", 3200, "công nhân"), Q("4 chi bộ", 4, "chi bộ"), Q("76 đảng viên", 76, "đảng viên"),
 Q("khoảng 300 triệu đồng", 300000000, "đồng", "approx"), Q("100% học viên", 100, "%"), Q("27 bài", 27, "bài")],
[D("Quy định", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025"),
 D("Hướng dẫn", "31", "HD/BTCTW", "2025-11-20", "Ban Tổ chức Trung ương", "Hướng dẫn số 31-HD/BTCTW ngày 20/11/2025"),
 D("Kết luận", "12", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 12, 13-KL/ĐU"),
 D("Kết luận", "13", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 12, 13-KL/ĐU")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), com("Thủ Dầu Một")],
["BÁO BÌNH DƯƠNG - CƠ QUAN CỦA ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH TẠI KHU VỰC BÌNH DƯƠNG", "Bạn đang ở: Trang chủ › Xây dựng Đảng",
 "PGS.TS. Nguyễn Thị Ánh Tuyết truyền đạt chuyên đề tại lớp tập huấn.", "Điều lệ Đảng", "Học viện Cán bộ Thành phố Hồ Chí Minh"],
["17/03/2026 - 10:05", "năm 2026", "Năm 2025", "cuối năm 2026"]))

PAGES.append(page("b5428-danang-hdnt-traoqua-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG
Xã hội | Chung tay vì cộng đồng
Thứ Bảy, 07/02/2026
Doanh nhân trẻ mang Tết đến với công nhân và đồng bào Cơ Tu
Ngày 6/2, Hội Doanh nhân trẻ thành phố Đà Nẵng phối hợp với Ủy ban MTTQ Việt Nam thành phố thăm, tặng 500 phần quà Tết cho công nhân có hoàn cảnh khó khăn tại phường Hòa Khánh và hộ nghèo là đồng bào Cơ Tu ở xã Đông Giang nhân dịp Tết Nguyên đán Bính Ngọ 2026.
Các doanh nhân trẻ trao quà Tết cho đồng bào xã Đông Giang.
Mỗi phần quà trị giá 1 triệu đồng, gồm tiền mặt và nhu yếu phẩm; tổng giá trị chương trình 500 triệu đồng, do 42 doanh nghiệp hội viên đóng góp. Tại xã Đông Giang (trước thuộc tỉnh Quảng Nam), đoàn trao 200 phần quà cho hộ nghèo, hộ cận nghèo và 30 suất học bổng cho học sinh dân tộc thiểu số, mỗi suất 2 triệu đồng; tại phường Hòa Khánh, đoàn trao 300 phần quà cho công nhân các khu công nghiệp không về quê đón Tết.
Tham gia đoàn có đồng chí Bhling Thị Mai, người dân tộc Cơ Tu, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; anh Lê Trung Hiếu, Chủ tịch Hội Doanh nhân trẻ thành phố, Bí thư Chi bộ Công ty cổ phần Công nghệ Sông Hàn; các anh Phó Chủ tịch Hội: Trần Văn Nhật, Huỳnh Bá Thông. Tiếp đoàn tại xã Đông Giang có đồng chí Alăng Văn Dũ, Bí thư Đảng ủy, Chủ tịch HĐND xã.
Đồng chí Alăng Văn Dũ cho biết sau sắp xếp, xã Đông Giang có 1.240 hộ, trong đó 186 hộ nghèo; nhiều doanh nghiệp trẻ đã liên kết với 75 hộ đồng bào trồng sâm và ba kích dưới tán rừng. Bà Bhling Thị Mai ghi nhận tinh thần chia sẻ của doanh nhân trẻ, đề nghị Hội tiếp tục đồng hành với cuộc vận động "Vì người nghèo - Không để ai bị bỏ lại phía sau".
Theo anh Lê Trung Hiếu, thực hiện Kế hoạch số 08-KH/MTTQ-BTT ngày 5/12/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố về chăm lo Tết cho người nghèo và Chỉ thị số 03-CT/TU ngày 5/12/2025 của Ban Thường vụ Thành ủy về tổ chức Tết Nguyên đán Bính Ngọ 2026, Hội đã phát động hội viên ủng hộ. Năm 2025, Hội kết nạp 64 hội viên mới, nâng tổng số lên khoảng 620 hội viên; 7 doanh nghiệp hội viên đã thành lập chi bộ đảng theo tinh thần Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị. Hội dự kiến chi hơn 1 tỷ đồng cho các hoạt động an sinh trong năm 2026.
Nhận quà, chị Zơ Râm Thị Nhung, công nhân Công ty TNHH Dệt may Hòa Khánh, cho biết năm nay chị ở lại làm việc xuyên Tết, món quà giúp gia đình có thêm điều kiện sắm Tết. Trước đó, Hội cũng trao 5 căn nhà đại đoàn kết, mỗi căn trị giá 60 triệu đồng, cho hộ nghèo ở xã Đông Giang.
Quỳnh Như
Tin liên quan
- Đà Nẵng: 10.000 phần quà Tết đến với công nhân (05/02/2026)
- Hội Doanh nhân trẻ thành phố tổng kết năm 2025 (20/01/2026)
- Mặt trận thành phố phát động Tết vì người nghèo (10/12/2025)
""", "2026-02-07", "Doanh nhân trẻ mang Tết đến với công nhân và đồng bào Cơ Tu",
E("trao_qua", None, "2026-02-06"),
[P("Bhling Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Trung Hiếu", "Chủ tịch Hội Doanh nhân trẻ thành phố", "Bí thư Chi bộ Công ty cổ phần Công nghệ Sông Hàn"),
 P("Trần Văn Nhật", "Phó Chủ tịch Hội"), P("Huỳnh Bá Thông", "Phó Chủ tịch Hội"),
 P("Alăng Văn Dũ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Zơ Râm Thị Nhung", "công nhân Công ty TNHH Dệt may Hòa Khánh")],
[Q("500 phần quà", 500, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("42 doanh nghiệp hội viên", 42, "doanh nghiệp hội viên"), Q("200 phần quà", 200, "phần quà"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("300 phần quà", 300, "phần quà"),
 Q("1.240 hộ", 1240, "hộ"), Q("186 hộ nghèo", 186, "hộ nghèo"), Q("75 hộ", 75, "hộ"), Q("64 hội viên mới", 64, "hội viên mới"),
 Q("khoảng 620 hội viên", 620, "hội viên", "approx"), Q("7 doanh nghiệp hội viên", 7, "doanh nghiệp hội viên"),
 Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("5 căn nhà đại đoàn kết", 5, "căn nhà đại đoàn kết"),
 Q("60 triệu đồng", 60000000, "đồng")],
[D("Kế hoạch", "08", "KH/MTTQ-BTT", "2025-12-05", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 08-KH/MTTQ-BTT ngày 5/12/2025"),
 D("Chỉ thị", "03", "CT/TU", "2025-12-05", "Ban Thường vụ Thành ủy", "Chỉ thị số 03-CT/TU ngày 5/12/2025"),
 D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Hòa Khánh"), com("Đông Giang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG", "Xã hội | Chung tay vì cộng đồng", "Các doanh nhân trẻ trao quà Tết cho đồng bào xã Đông Giang.",
 "Vì người nghèo - Không để ai bị bỏ lại phía sau", "Bính Ngọ"],
["Thứ Bảy, 07/02/2026", "Tết Nguyên đán Bính Ngọ 2026", "Năm 2025", "năm 2026", "phần quà Tết"]))
