from lib import *
PAGES = []

PAGES.append(page("b7541-thainguyen-hlhpn-soket-2011", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ > Xã hội > Phụ nữ - Gia đình
Thứ Năm, 14/07/2011 - 09:30
Hội nghị sơ kết. Ảnh: Thu Hà
Hơn 1.100 tỷ đồng vốn chính sách qua kênh Hội Phụ nữ
Ngày 12/7, Hội Liên hiệp Phụ nữ (LHPN) tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh Thái Nguyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2011 công tác nhận ủy thác cho vay vốn, triển khai nhiệm vụ 6 tháng cuối năm. Bà Dương Thị Thanh Huyền, Chủ tịch Hội LHPN tỉnh và ông Hoàng Văn Khải, Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì hội nghị.
Theo báo cáo, đến 30/6/2011 tổng dư nợ do các cấp Hội Phụ nữ nhận ủy thác đạt hơn 1.100 tỷ đồng, chiếm 38,6% tổng dư nợ của Chi nhánh, tăng 74 tỷ đồng so với đầu năm. Toàn tỉnh hiện có 1.126 tổ tiết kiệm và vay vốn do Hội quản lý với 41.850 hộ còn dư nợ; tỷ lệ nợ quá hạn chỉ còn 0,46%. Số tiền gửi tiết kiệm của tổ viên đạt 18,7 tỷ đồng, bình quân mỗi tổ viên gửi khoảng 30.000 đồng/tháng.
Thực hiện Nghị định số 78/2002/NĐ-CP ngày 04/10/2002 của Chính phủ về tín dụng đối với người nghèo và các đối tượng chính sách khác và Văn bản liên tịch số 501/VBLT-NHCS-HPN, các cấp Hội đã củng cố, kiện toàn 87 tổ xếp loại yếu, thay thế 23 tổ trưởng không đủ năng lực. Hội LHPN tỉnh cũng ban hành Kế hoạch 21, 22-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về kiểm tra hoạt động ủy thác và về xây dựng tổ tiết kiệm và vay vốn điển hình.
Trình bày tham luận, bà Hoàng Thị Nhất, Tổ trưởng tổ TK&VV xóm Khuôn Ván, xã Phú Đình (Định Hóa) cho biết tổ có 52 thành viên, dư nợ gần 900 triệu đồng, nhiều năm liền không có nợ quá hạn. "Chị em vay vốn nuôi trâu bò, trồng chè; hằng tháng tổ họp một lần để bình xét và nhắc nhau trả lãi đúng hạn", bà Nhất nói. Ông Lục Văn Tuấn, Phó Giám đốc Phòng giao dịch NHCSXH huyện Định Hóa, đề nghị Hội cơ sở phối hợp chặt chẽ hơn trong việc thu hồi nợ đến hạn tại các xã vùng cao.
Hội nghị cũng chỉ ra một số hạn chế: ở xã Quy Kỳ và một vài xã khác vẫn còn tình trạng tổ trưởng thu lãi nhưng chậm nộp; việc bình xét cho vay có nơi chưa công khai, dân chủ; một số cán bộ Hội cấp xã mới được bầu chưa nắm chắc nghiệp vụ ủy thác.
Phát biểu chỉ đạo, các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Minh Nguyệt, Ma Thị Lan đề nghị 6 tháng cuối năm các cấp Hội tập trung nâng chất lượng tín dụng, phấn đấu đưa tỷ lệ nợ quá hạn về mức 0,4%; gắn hoạt động ủy thác với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Dịp này, Chi nhánh NHCSXH tỉnh tặng giấy khen cho 9 tập thể và 14 cá nhân có thành tích trong công tác ủy thác 6 tháng đầu năm.
Ngọc Thúy
Lượt xem: 1.204
Tin liên quan
- Định Hóa: giải ngân 12 tỷ đồng cho hộ nghèo (05/07/2011)
- Hội Phụ nữ Võ Nhai ra mắt 3 tổ tiết kiệm (28/06/2011)
- Phú Lương: hơn 500 hộ thoát nghèo nhờ vốn vay (15/06/2011)
""", "2011-07-14", "Hơn 1.100 tỷ đồng vốn chính sách qua kênh Hội Phụ nữ",
E("so_ket", "2011-H1", "2011-07-12"),
[P("Dương Thị Thanh Huyền", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Khải", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Hoàng Thị Nhất", "Tổ trưởng tổ TK&VV xóm Khuôn Ván"),
 P("Lục Văn Tuấn", "Phó Giám đốc Phòng giao dịch NHCSXH huyện Định Hóa"),
 P("Nguyễn Thị Minh Nguyệt", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ma Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("38,6%", 38.6, "%"), Q("74 tỷ đồng", 74000000000, "đồng"),
 Q("1.126 tổ tiết kiệm và vay vốn", 1126, "tổ tiết kiệm và vay vốn"), Q("41.850 hộ", 41850, "hộ"), Q("0,46%", 0.46, "%"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("khoảng 30.000 đồng", 30000, "đồng", "approx"),
 Q("87 tổ xếp loại yếu", 87, "tổ"), Q("23 tổ trưởng", 23, "tổ trưởng"),
 Q("52 thành viên", 52, "thành viên"), Q("gần 900 triệu đồng", 900000000, "đồng", "approx"),
 Q("0,4%", 0.4, "%"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị định", "78", "2002/NĐ-CP", "2002-10-04", "Chính phủ", "Nghị định số 78/2002/NĐ-CP ngày 04/10/2002"),
 D("Văn bản liên tịch", "501", "VBLT-NHCS-HPN", None, None, "Văn bản liên tịch số 501/VBLT-NHCS-HPN"),
 D("Kế hoạch", "21", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN"),
 D("Kế hoạch", "22", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 21, 22-KH/HPN")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Quy Kỳ")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ > Xã hội > Phụ nữ - Gia đình", "Hội nghị sơ kết. Ảnh: Thu Hà",
 "Xây dựng gia đình 5 không, 3 sạch", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Lượt xem: 1.204"],
["Thứ Năm, 14/07/2011 - 09:30", "6 tháng đầu năm 2011", "6 tháng cuối năm", "30/6/2011", "5 không, 3 sạch", "Lượt xem: 1.204"]))

PAGES.append(page("b7542-nghean-nhcsxh-tongket-2012", """
Cổng thông tin điện tử Hội LHPN tỉnh Nghệ An
Tin tức - Sự kiện / Hoạt động ủy thác
Cập nhật: 16:40, 27/12/2012 (GMT+7)
Hội LHPN tỉnh Nghệ An tổng kết hoạt động ủy thác cho vay năm 2012
Sáng 26/12/2012, tại thành phố Vinh, Hội LHPN tỉnh và Chi nhánh NHCSXH tỉnh Nghệ An tổ chức hội nghị tổng kết công tác ủy thác cho vay vốn năm 2012 và ký kết chương trình phối hợp năm 2013.
Tới dự hội nghị có đồng chí Hồ Thị Châu, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; đồng chí Thái Văn Hằng, Phó Giám đốc phụ trách Chi nhánh NHCSXH tỉnh cùng 120 đại biểu là chủ tịch Hội Phụ nữ các huyện, thành, thị và cán bộ phụ trách tín dụng của 21 phòng giao dịch.
Năm 2012, các cấp Hội quản lý 2.847 tổ TK&VV, dư nợ ủy thác đạt 2.318 tỷ đồng với 96.420 hộ vay, tăng 9,8% so với năm 2011. Trong năm đã có thêm 13.215 lượt hộ nghèo và các đối tượng chính sách khác được tiếp cận vốn. Nợ quá hạn giảm còn 0,71%, nợ khoanh 0,35%. Vốn vay đã giúp 4.600 hộ thoát nghèo, tạo việc làm cho khoảng 7.000 lao động, giúp hơn 3.100 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn đi học theo Quyết định số 157/2007/QĐ-TTg của Thủ tướng Chính phủ.
Hội đã phối hợp kiểm tra 312 tổ, phát hiện 17 tổ có sai sót trong bình xét; đã xử lý, yêu cầu thu hồi 6 món vay sử dụng sai mục đích. Những huyện miền núi như Quế Phong, Tương Dương, Kỳ Sơn có tỷ lệ thu lãi đạt trên 98%.
Chia sẻ tại hội nghị, chị Lô Thị Hoa, người Thái, Chủ tịch Hội LHPN xã Châu Kim, cho biết xã có 7 tổ TK&VV, tổ nào cũng họp định kỳ vào ngày 15 hằng tháng tại nhà văn hóa bản. Cán bộ Hội cùng Trưởng bản đến từng nhà nhắc bà con trả lãi, vì vậy 3 năm qua xã không có nợ quá hạn. Bà Nguyễn Thị Thu Hường, Phó Chủ tịch Hội LHPN huyện Nghi Lộc, kiến nghị tăng mức phí ủy thác cho tổ trưởng để khuyến khích chị em gắn bó với công việc.
Đánh giá cao kết quả của các cấp Hội, đồng chí Thái Văn Hằng khẳng định Hội Phụ nữ là đơn vị nhận ủy thác có chất lượng tín dụng tốt nhất toàn tỉnh. Đồng chí Hồ Thị Châu đề nghị năm 2013 các cấp Hội tập trung rà soát, củng cố các tổ yếu kém; tăng cường tuyên truyền chính sách tín dụng ưu đãi đến hội viên; phối hợp thực hiện Kế hoạch số 34/KH-UBND của UBND tỉnh về giảm nghèo bền vững giai đoạn 2011 - 2015.
Tại hội nghị, hai bên đã ký kết chương trình phối hợp năm 2013; 18 tập thể, 25 cá nhân được Giám đốc NHCSXH Việt Nam và Chủ tịch Hội LHPN tỉnh tặng giấy khen.
Phương Thảo - Ban Tuyên giáo
Tin khác
- Ra mắt mô hình "Tổ tiết kiệm phụ nữ bản Mường" (20/12/2012)
- Diễn Châu: Phụ nữ giúp nhau phát triển kinh tế (14/12/2012)
- Tập huấn nghiệp vụ cho 250 tổ trưởng tổ TK&VV (01/12/2012)
- Hội nghị Ban Chấp hành Hội LHPN tỉnh lần thứ 6 (22/11/2012)
""", "2012-12-27", "Hội LHPN tỉnh Nghệ An tổng kết hoạt động ủy thác cho vay năm 2012",
E("tong_ket", "2012", "2012-12-26"),
[P("Hồ Thị Châu", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thái Văn Hằng", "Phó Giám đốc phụ trách Chi nhánh NHCSXH tỉnh"),
 P("Lô Thị Hoa", "Chủ tịch Hội LHPN xã Châu Kim"),
 P("Nguyễn Thị Thu Hường", "Phó Chủ tịch Hội LHPN huyện Nghi Lộc")],
[Q("120 đại biểu", 120, "đại biểu"), Q("21 phòng giao dịch", 21, "phòng giao dịch"), Q("2.847 tổ TK&VV", 2847, "tổ TK&VV"),
 Q("2.318 tỷ đồng", 2318000000000, "đồng"), Q("96.420 hộ", 96420, "hộ"), Q("9,8%", 9.8, "%"),
 Q("13.215 lượt hộ", 13215, "lượt hộ"),
 Q("0,71%", 0.71, "%"), Q("0,35%", 0.35, "%"), Q("4.600 hộ", 4600, "hộ"), Q("khoảng 7.000 lao động", 7000, "lao động", "approx"),
 Q("hơn 3.100 học sinh, sinh viên", 3100, "học sinh, sinh viên", "over"), Q("312 tổ", 312, "tổ"), Q("17 tổ", 17, "tổ"),
 Q("6 món vay", 6, "món vay"), Q("trên 98%", 98, "%", "over"), Q("7 tổ TK&VV", 7, "tổ TK&VV"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "157", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 157/2007/QĐ-TTg"),
 D("Kế hoạch", "34", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 34/KH-UBND")],
[prov("Nghệ An"), com("Châu Kim")],
["Cổng thông tin điện tử Hội LHPN tỉnh Nghệ An", "Tin tức - Sự kiện / Hoạt động ủy thác"],
["Cập nhật: 16:40, 27/12/2012 (GMT+7)", "năm 2012", "năm 2013", "năm 2011", "ngày 15", "3 năm", "giai đoạn 2011 - 2015"]))

PAGES.append(page("b7543-soctrang-taphuan-totk-2013", """
SÓC TRĂNG ONLINE
Kinh tế | Xã hội | Chính sách
08:15 | 22/05/2013
Tập huấn cho tổ trưởng tổ tiết kiệm và vay vốn vùng đồng bào Khmer
Trong 2 ngày 20 và 21/5/2013, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Trần Đề phối hợp với Hội Liên hiệp Phụ nữ huyện mở lớp tập huấn nghiệp vụ năm 2013 cho 86 tổ trưởng, tổ phó tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý, trong đó hơn 40% là chị em người Khmer.
Giảng viên lớp học là bà Lâm Thị Sa Phol, Phó Giám đốc Chi nhánh NHCSXH tỉnh Sóc Trăng, và ông Trần Quốc Dũng, Trưởng phòng Kế hoạch - Nghiệp vụ tín dụng Chi nhánh. Nội dung gồm quy trình bình xét cho vay, cách lập danh sách hộ đề nghị vay vốn, thu lãi, thu tiền gửi tiết kiệm, ghi chép sổ sách và những điểm mới của Quyết định số 15/2013/QĐ-TTg ngày 23/02/2013 của Thủ tướng Chính phủ về tín dụng đối với hộ cận nghèo.
Theo ông Lý Sà Quênh, Giám đốc Phòng giao dịch huyện, hiện Hội Phụ nữ huyện quản lý 134 tổ với dư nợ 186,4 tỷ đồng, chiếm gần một phần ba dư nợ toàn huyện. Tuy nhiên, vẫn còn 11 tổ xếp loại trung bình, yếu; một số tổ trưởng lớn tuổi, ghi chép sổ sách còn sai sót, chưa thuộc các chương trình cho vay.
Chị Thạch Thị Sà Rênh, Tổ trưởng tổ TK&VV ấp Trà Canh A2, xã Thạnh Thới An, cho biết: "Trước đây tôi chỉ biết thu lãi rồi đem nộp, giờ được hướng dẫn cách đối chiếu sổ, lập biên bản họp tổ nên tự tin hơn nhiều". Tổ của chị có 48 tổ viên, dư nợ khoảng 1,2 tỷ đồng; bà con chủ yếu vay nuôi bò, trồng hành tím.
Còn bà Danh Thị Kim Phượng, Chủ tịch Hội LHPN xã Lịch Hội Thượng, mong muốn ngân hàng sớm tổ chức thêm các lớp bằng song ngữ Việt - Khmer để chị em lớn tuổi dễ tiếp thu.
Bế mạc lớp tập huấn, bà Trương Thị Bé Tư, Chủ tịch Hội LHPN huyện Trần Đề đề nghị học viên về cơ sở tổ chức họp tổ, phổ biến lại nội dung; phối hợp rà soát 100% hộ vay trước ngày 30/6 để kịp thời phát hiện món vay sử dụng sai mục đích. Dự kiến trong tháng 6, Hội sẽ tiếp tục mở 2 lớp cho các tổ ở thị trấn Lịch Hội Thượng và xã Trung Bình.
Theo kế hoạch, sau lớp tập huấn, mỗi tổ sẽ tổ chức họp tổ mở rộng để bầu bổ sung tổ phó ở những nơi còn thiếu, đồng thời rà soát lại danh sách tổ viên, đưa ra khỏi tổ những hộ đã tất toán nợ nhiều năm nhưng không tham gia sinh hoạt. Cán bộ tín dụng phụ trách địa bàn sẽ dự họp, kiểm tra việc ghi chép sổ theo dõi tiền gửi tiết kiệm, bảo đảm thu đúng, thu đủ và có chữ ký xác nhận của tổ viên.
Lớp học thuộc kế hoạch tập huấn năm 2013 của Chi nhánh, với tổng kinh phí khoảng 45 triệu đồng, mỗi học viên được hỗ trợ 100.000 đồng/ngày.
Kim Hoa - Sơn Thy
Ý kiến bạn đọc (0)
Tin cùng chuyên mục
- Mỹ Xuyên: giải ngân vốn nước sạch cho 300 hộ (17/05/2013)
- Hơn 1.000 hộ Khmer được vay vốn sản xuất (09/05/2013)
- Ngã Năm tổng kết 10 năm tín dụng chính sách (26/04/2013)
""", "2013-05-22", "Tập huấn cho tổ trưởng tổ tiết kiệm và vay vốn vùng đồng bào Khmer",
E("tap_huan", "2013", "2013-05-20"),
[P("Lâm Thị Sa Phol", "Phó Giám đốc Chi nhánh NHCSXH tỉnh Sóc Trăng"),
 P("Trần Quốc Dũng", "Trưởng phòng Kế hoạch - Nghiệp vụ tín dụng Chi nhánh"),
 P("Lý Sà Quênh", "Giám đốc Phòng giao dịch huyện"),
 P("Thạch Thị Sà Rênh", "Tổ trưởng tổ TK&VV ấp Trà Canh A2"),
 P("Danh Thị Kim Phượng", "Chủ tịch Hội LHPN xã Lịch Hội Thượng"),
 P("Trương Thị Bé Tư", "Chủ tịch Hội LHPN huyện Trần Đề")],
[Q("86 tổ trưởng, tổ phó", 86, "tổ trưởng, tổ phó"), Q("hơn 40%", 40, "%", "over"), Q("134 tổ", 134, "tổ"),
 Q("186,4 tỷ đồng", 186400000000, "đồng"), Q("11 tổ", 11, "tổ"), Q("48 tổ viên", 48, "tổ viên"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("100% hộ", 100, "%"), Q("2 lớp", 2, "lớp"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"), Q("100.000 đồng", 100000, "đồng")],
[D("Quyết định", "15", "2013/QĐ-TTg", "2013-02-23", "Thủ tướng Chính phủ", "Quyết định số 15/2013/QĐ-TTg ngày 23/02/2013")],
[prov("Sóc Trăng"), com("Thạnh Thới An"), com("Lịch Hội Thượng"), com("Trung Bình")],
["SÓC TRĂNG ONLINE", "Kinh tế | Xã hội | Chính sách", "Ý kiến bạn đọc (0)"],
["08:15 | 22/05/2013", "2 ngày", "năm 2013", "một phần ba", "30/6", "tháng 6", "Ý kiến bạn đọc (0)"]))

PAGES.append(page("b7544-yenbai-giaoban-quy3-2014", """
BÁO YÊN BÁI
Tiếng Việt | English | 中文
Chuyên mục: Kinh tế › Tài chính - Ngân hàng
Bạn đang xem: Giao ban hoạt động ủy thác quý III
Ngày đăng 08/10/2014 | 14:20
Bà Hà Thị Mai, Chủ tịch Hội LHPN tỉnh phát biểu tại buổi giao ban.
Giao ban hoạt động ủy thác quý III
YBĐT - Ngày 7/10, Chi nhánh Ngân hàng Chính sách xã hội tỉnh Yên Bái và Hội Liên hiệp Phụ nữ tỉnh tổ chức giao ban đánh giá kết quả hoạt động ủy thác quý III/2014, triển khai nhiệm vụ quý IV.
Tính đến hết tháng 9, dư nợ do Hội Phụ nữ các cấp nhận ủy thác đạt 1.047,6 tỷ đồng, tăng 52,3 tỷ đồng so với cuối quý II, với 893 tổ tiết kiệm và vay vốn, 38.720 hộ còn dư nợ. Nợ quá hạn 2,1 tỷ đồng, chiếm 0,2% tổng dư nợ ủy thác; 9 huyện, thị xã, thành phố không phát sinh nợ quá hạn mới. Trong quý, vốn vay đã tập trung cho các chương trình hộ nghèo, hộ cận nghèo, nước sạch và vệ sinh môi trường nông thôn, hỗ trợ làm nhà ở theo Quyết định số 167/2008/QĐ-TTg.
Ông Giàng A Chu, Phó Giám đốc Chi nhánh, cho biết quý III Chi nhánh đã phối hợp với Hội kiểm tra 64 tổ TK&VV tại 21 xã, phát hiện 5 tổ chưa niêm yết công khai danh sách hộ vay, 3 trường hợp vay ké. Các sai sót đã được chấn chỉnh ngay. Phòng giao dịch Trạm Tấu, Mù Cang Chải được đánh giá cao khi tỷ lệ thu lãi đạt 99,7%.
Các đại biểu: Lò Thị Xuân, Hoàng Thị Vinh, Phạm Thu Hương - Phó Chủ tịch Hội LHPN huyện lần lượt của Văn Chấn, Lục Yên, Yên Bình thảo luận những khó khăn trong việc thu hồi nợ của hộ đi làm ăn xa, hộ chết, mất tích. Bà Lò Thị Xuân cho biết, ở xã Nghĩa Sơn có 4 hộ vay đã bỏ đi khỏi địa phương, Hội đang phối hợp cùng thôn vận động người thân trả nợ thay.
Kết luận buổi giao ban, bà Hà Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội LHPN tỉnh yêu cầu quý IV các cấp Hội rà soát toàn bộ nợ đến hạn, chủ động cùng ngân hàng xử lý rủi ro; đề nghị 100% tổ TK&VV họp bình xét công khai, đúng quy trình. Đồng thời, tiếp tục thực hiện Kế hoạch số 09-KH/HPN ngày 15/3/2014 của Ban Thường vụ Hội LHPN tỉnh về nâng cao chất lượng tín dụng chính sách giai đoạn 2014 - 2016.
Nhiều ý kiến cũng đề nghị ngân hàng sớm bố trí điểm giao dịch tại các xã vùng cao xa trung tâm vào một ngày cố định trong tháng, tránh trùng với phiên chợ để bà con thuận tiện đến trả lãi, gửi tiết kiệm; đồng thời tăng thời lượng tuyên truyền bằng tiếng Mông, tiếng Dao trên hệ thống loa truyền thanh cơ sở về các chương trình cho vay mới.
Dịp này, Hội LHPN tỉnh trao 10 sổ tiết kiệm, mỗi sổ 2 triệu đồng, cho hội viên nghèo vượt khó.
Thanh Ba
Bản in | Gửi email | Về đầu trang
Các tin đã đưa
- Trạm Tấu: vốn vay giúp đồng bào Mông thoát nghèo (30/09/2014)
- Lục Yên giải ngân 15 tỷ đồng cho hộ cận nghèo (18/09/2014)
- Tổng kết 5 năm cho vay học sinh, sinh viên (05/09/2014)
""", "2014-10-08", "Giao ban hoạt động ủy thác quý III",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Hà Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Giàng A Chu", "Phó Giám đốc Chi nhánh"),
 P("Lò Thị Xuân", "Phó Chủ tịch Hội LHPN huyện"),
 P("Hoàng Thị Vinh", "Phó Chủ tịch Hội LHPN huyện"),
 P("Phạm Thu Hương", "Phó Chủ tịch Hội LHPN huyện")],
[Q("1.047,6 tỷ đồng", 1047600000000, "đồng"), Q("52,3 tỷ đồng", 52300000000, "đồng"),
 Q("893 tổ tiết kiệm và vay vốn", 893, "tổ tiết kiệm và vay vốn"), Q("38.720 hộ", 38720, "hộ"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("0,2%", 0.2, "%"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("64 tổ TK&VV", 64, "tổ TK&VV"), Q("21 xã", 21, "xã"), Q("5 tổ", 5, "tổ"), Q("3 trường hợp", 3, "trường hợp"),
 Q("99,7%", 99.7, "%"), Q("4 hộ", 4, "hộ"), Q("100% tổ TK&VV", 100, "%"), Q("10 sổ tiết kiệm", 10, "sổ tiết kiệm"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "09", "KH/HPN", "2014-03-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 09-KH/HPN ngày 15/3/2014")],
[prov("Yên Bái"), com("Nghĩa Sơn")],
["BÁO YÊN BÁI", "Tiếng Việt | English | 中文", "Chuyên mục: Kinh tế › Tài chính - Ngân hàng",
 "Bạn đang xem: Giao ban hoạt động ủy thác quý III", "Bà Hà Thị Mai, Chủ tịch Hội LHPN tỉnh phát biểu tại buổi giao ban.",
 "YBĐT", "Bản in | Gửi email | Về đầu trang"],
["Ngày đăng 08/10/2014 | 14:20", "quý III/2014", "quý IV", "tháng 9", "quý II", "giai đoạn 2014 - 2016"]))

PAGES.append(page("b7545-quangtri-hdnd-giamsat-2015", """
Quảng Trị Online - Báo Quảng Trị điện tử
Thời sự › Hoạt động HĐND
16/09/2015 - 10:05
Đoàn giám sát làm việc tại xã Hướng Phùng. Ảnh: N.V
Giám sát việc cho vay vốn ưu đãi qua tổ tiết kiệm và vay vốn
QTO - Từ ngày 14 - 15/9, Đoàn giám sát của HĐND tỉnh do bà Lê Thị Hoài Thương, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tín dụng ưu đãi đối với hộ nghèo và các đối tượng chính sách trên địa bàn huyện Hướng Hóa và huyện Đakrông.
Báo cáo với đoàn, ông Nguyễn Văn Dũng, Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hướng Hóa cho biết: đến 31/8/2015, tổng dư nợ của Phòng đạt 312,5 tỷ đồng với 9.846 hộ vay, thông qua 152 tổ tiết kiệm và vay vốn ủy thác qua 4 tổ chức chính trị - xã hội. Riêng Hội Phụ nữ quản lý 58 tổ, dư nợ 121 tỷ đồng, chiếm 38,7%. Nợ quá hạn toàn huyện ở mức 0,63%, cao hơn bình quân của tỉnh.
Tại xã Hướng Phùng, đoàn kiểm tra trực tiếp sổ sách của 3 tổ TK&VV do Hội Phụ nữ xã quản lý và gặp gỡ 15 hộ vay là người Vân Kiều. Chị Hồ Thị Kim, Tổ trưởng tổ TK&VV thôn Cợp, cho biết: nhờ được vay 30 triệu đồng nuôi bò sinh sản, gia đình chị đã có 4 con bò, cuối năm nay xin thoát nghèo. Bà Hồ Thị Liên, Chủ tịch Hội LHPN xã Hướng Phùng kiến nghị nâng mức cho vay hộ nghèo lên tối đa 70 triệu đồng/hộ để phù hợp với giá vật tư, con giống hiện nay.
Ở huyện Đakrông, đoàn làm việc với UBND xã Tà Rụt. Ông Căn Văn Thiệu, Phó Chủ tịch UBND xã cho biết xã có 6 tổ TK&VV với 281 hộ vay, song có khoảng 20% hộ sử dụng vốn chưa hiệu quả, một số hộ vay vốn nhưng dùng mua sắm xe máy.
Qua giám sát, đoàn đánh giá việc thực hiện Chỉ thị số 40-CT/TW và các chương trình tín dụng ưu đãi đã góp phần giảm nghèo nhanh ở hai huyện miền núi; tuy nhiên công tác bình xét ở một số thôn còn nể nang, sinh hoạt tổ chưa đều; việc lồng ghép vốn vay với chuyển giao khoa học kỹ thuật còn hạn chế.
Phát biểu kết luận, bà Lê Thị Hoài Thương đề nghị UBND các huyện chỉ đạo Ban đại diện HĐQT NHCSXH cấp huyện thường xuyên kiểm tra hoạt động của tổ; Hội Phụ nữ phối hợp chặt chẽ với ngân hàng, trưởng thôn để thu hồi nợ đến hạn; đồng thời đề nghị UBND tỉnh bố trí thêm nguồn vốn ngân sách địa phương ủy thác, phấn đấu đạt 25 tỷ đồng vào năm 2016.
Trong buổi làm việc, một số thành viên đoàn cũng lưu ý việc niêm yết công khai danh sách hộ vay tại nhà văn hóa thôn còn chưa thường xuyên; có tổ trưởng kiêm nhiệm nhiều việc nên việc đôn đốc trả lãi chưa kịp thời. Đại diện Hội LHPN huyện Đakrông cam kết sẽ rà soát, kiện toàn các tổ hoạt động kém hiệu quả trước cuối năm.
Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 15 HĐND tỉnh khóa VI.
Nguyễn Vinh
Tin khác
- HĐND tỉnh giám sát chương trình nước sạch nông thôn (10/09/2015)
- Hướng Hóa: cho vay hơn 200 hộ trồng cà phê (01/09/2015)
""", "2015-09-16", "Giám sát việc cho vay vốn ưu đãi qua tổ tiết kiệm và vay vốn",
E("giam_sat", None, "2015-09-14"),
[P("Lê Thị Hoài Thương", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Văn Dũng", "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hướng Hóa"),
 P("Hồ Thị Kim", "Tổ trưởng tổ TK&VV thôn Cợp"),
 P("Hồ Thị Liên", "Chủ tịch Hội LHPN xã Hướng Phùng"),
 P("Căn Văn Thiệu", "Phó Chủ tịch UBND xã")],
[Q("312,5 tỷ đồng", 312500000000, "đồng"), Q("9.846 hộ", 9846, "hộ"), Q("152 tổ tiết kiệm và vay vốn", 152, "tổ tiết kiệm và vay vốn"),
 Q("4 tổ chức chính trị - xã hội", 4, "tổ chức chính trị - xã hội"), Q("58 tổ", 58, "tổ"), Q("121 tỷ đồng", 121000000000, "đồng"),
 Q("38,7%", 38.7, "%"), Q("0,63%", 0.63, "%"), Q("3 tổ TK&VV", 3, "tổ TK&VV"), Q("15 hộ", 15, "hộ"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("4 con bò", 4, "con bò"), Q("tối đa 70 triệu đồng", 70000000, "đồng"),
 Q("6 tổ TK&VV", 6, "tổ TK&VV"), Q("281 hộ", 281, "hộ"), Q("khoảng 20%", 20, "%", "approx"), Q("25 tỷ đồng", 25000000000, "đồng")],
[D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tà Rụt")],
["Quảng Trị Online - Báo Quảng Trị điện tử", "Thời sự › Hoạt động HĐND", "Đoàn giám sát làm việc tại xã Hướng Phùng. Ảnh: N.V", "QTO"],
["16/09/2015 - 10:05", "31/8/2015", "năm 2016", "kỳ họp thứ 15", "khóa VI"]))

PAGES.append(page("b7546-bentre-chandung-totruong-2016", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ / Xã hội / Gương sáng
Thứ Ba, 08/03/2016, 07:45
Chị Võ Thị Bích Vân (bìa phải) thu lãi tại buổi sinh hoạt tổ.
"Chị Tư tổ trưởng" ở cồn Phú Đa
Hơn 12 năm làm Tổ trưởng tổ tiết kiệm và vay vốn ấp Phú Thạnh, xã Vĩnh Bình (Chợ Lách), chị Võ Thị Bích Vân chưa để tổ viên nào phải mang tiếng nợ quá hạn.
Sáng mùng 5 mỗi tháng, căn nhà nhỏ của chị Vân lại rộn tiếng nói cười. Các chị em trong tổ mang sổ đến đóng lãi, gửi tiết kiệm, người 50.000 đồng, người 100.000 đồng. "Tiền ít nhưng đều đặn, đến khi đáo hạn thì đã có một khoản kha khá để trả gốc", chị Vân, người được bà con quen gọi là "chị Tư", giải thích.
Năm 2004, khi Hội LHPN xã vận động thành lập tổ, ấp Phú Thạnh chỉ có 18 hộ tham gia với tổng dư nợ chỉ hơn 90 triệu đồng. Đến nay, tổ có 57 tổ viên, dư nợ gần 1,9 tỷ đồng, tiền gửi tiết kiệm đạt 64 triệu đồng. Nhờ vốn vay ưu đãi từ Ngân hàng Chính sách xã hội, nhiều gia đình đã chuyển từ trồng lúa sang trồng cây giống, hoa kiểng; 23 hộ đã thoát nghèo, 9 hộ cận nghèo vươn lên khá giả.
Chị Nguyễn Thị Mỹ Lệ, tổ viên, kể: "Năm 2012 tôi vay 15 triệu đồng làm vườn ươm, giờ mỗi năm bán được khoảng 20.000 cây giống bưởi da xanh. Có chị Tư nhắc nhở, hướng dẫn nên tôi chưa lần nào trễ hạn".
Để giữ tổ hoạt động tốt, chị Vân đặt ra lệ riêng: trước khi bình xét, cả tổ đến tận nhà hộ xin vay để xem phương án làm ăn; hộ nào khó khăn đột xuất thì chị em góp tiền cho mượn tạm đóng lãi. Năm 2015, tổ của chị được Chi nhánh NHCSXH tỉnh Bến Tre xếp loại tốt, tỷ lệ thu lãi đạt 100%.
Bà Trần Thị Thanh Loan, Phó Chủ tịch Thường trực Hội LHPN huyện Chợ Lách, nhận xét: "Chị Vân là một trong 36 tổ trưởng tiêu biểu của huyện. Cách làm của chị đã được nhân rộng ra 11 tổ ở các xã Phú Phụng, Sơn Định". Còn ông Lê Văn Hòa, Giám đốc Phòng giao dịch NHCSXH huyện Chợ Lách cho biết, tổ do chị Vân quản lý luôn nằm trong nhóm dẫn đầu về chất lượng tín dụng suốt 5 năm liền.
Không chỉ lo việc tổ, chị Vân còn là Chi hội trưởng phụ nữ ấp. Chị thường tranh thủ buổi sinh hoạt tổ để lồng ghép tuyên truyền về phòng chống bạo lực gia đình, nuôi con khỏe, dạy con ngoan, và giới thiệu cho chị em những lớp dạy nghề ghép cây, chiết cành do huyện tổ chức. Nhiều chị em trẻ trong ấp nhờ vậy đã mạnh dạn vay vốn, mở rộng vườn ươm.
Năm nay, chị Vân được Trung ương Hội LHPN Việt Nam tặng bằng khen nhân kỷ niệm 106 năm Ngày Quốc tế Phụ nữ 8/3. Với chị, phần thưởng lớn nhất là thấy bà con trong ấp có cuộc sống khấm khá hơn, con cái được học hành đến nơi đến chốn.
Bài, ảnh: Hữu Hiệp
Xem thêm
- Chợ Lách: 2.000 hộ vay vốn trồng cây giống (01/03/2016)
- Phụ nữ Giồng Trôm giúp nhau thoát nghèo (24/02/2016)
- Tổ tiết kiệm "Mái nhà chung" ở Ba Tri (17/02/2016)
""", "2016-03-08", "\"Chị Tư tổ trưởng\" ở cồn Phú Đa",
E("khac", None, None),
[P("Võ Thị Bích Vân", "Tổ trưởng tổ tiết kiệm và vay vốn ấp Phú Thạnh", "Chi hội trưởng phụ nữ ấp"),
 P("Nguyễn Thị Mỹ Lệ", "tổ viên"),
 P("Trần Thị Thanh Loan", "Phó Chủ tịch Thường trực Hội LHPN huyện Chợ Lách"),
 P("Lê Văn Hòa", "Giám đốc Phòng giao dịch NHCSXH huyện Chợ Lách")],
[Q("50.000 đồng", 50000, "đồng"), Q("100.000 đồng", 100000, "đồng"), Q("18 hộ", 18, "hộ"),
 Q("hơn 90 triệu đồng", 90000000, "đồng", "over"), Q("57 tổ viên", 57, "tổ viên"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("64 triệu đồng", 64000000, "đồng"), Q("23 hộ", 23, "hộ"),
 Q("9 hộ cận nghèo", 9, "hộ cận nghèo"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("khoảng 20.000 cây giống bưởi da xanh", 20000, "cây giống bưởi da xanh", "approx"), Q("100%", 100, "%"),
 Q("36 tổ trưởng tiêu biểu", 36, "tổ trưởng tiêu biểu"), Q("11 tổ", 11, "tổ")],
[],
[prov("Bến Tre"), com("Vĩnh Bình"), com("Phú Phụng"), com("Sơn Định")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ / Xã hội / Gương sáng", "Chị Võ Thị Bích Vân (bìa phải) thu lãi tại buổi sinh hoạt tổ."],
["Thứ Ba, 08/03/2016, 07:45", "Hơn 12 năm", "mùng 5", "Năm 2004", "Năm 2012", "Năm 2015", "5 năm", "106 năm", "8/3"]))
