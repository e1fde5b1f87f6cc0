from lib import *
PAGES = []

PAGES.append(page("b6329-kontum-dakha-doithoai-2021", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ / Chính trị / Xây dựng Đảng
23/09/2021 - 08:30
Đối thoại với nhân dân xã Đăk Ngọk về tin đồn sai sự thật liên quan vắc xin Covid-19
Ngày 21/9, Huyện ủy Đăk Hà, tỉnh Kon Tum tổ chức hội nghị đối thoại năm 2021 giữa người đứng đầu cấp ủy, chính quyền huyện với nhân dân xã Đăk Ngọk. Đồng chí A Khuy, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Y Thương, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; dự có 145 người dân là người có uy tín, trưởng thôn, đại diện hộ gia đình ở 9 thôn.
Quang cảnh buổi đối thoại tại xã Đăk Ngọk. Ảnh: Ngọc Anh
Trước đó, trên một số trang mạng xã hội lan truyền tin đồn "tiêm vắc xin sẽ bị vô sinh", "người tiêm xong phải nằm viện 1 tháng", khiến nhiều người dân tộc Xơ Đăng, Ba Na ở xã không đăng ký tiêm; tỷ lệ tiêm mũi 1 của xã mới đạt 38,6%, thấp nhất huyện. Tại đối thoại, bà Y Đoan, Giám đốc Trung tâm Y tế huyện giải thích, đến nay huyện đã tiêm cho 12.480 người, chưa ghi nhận trường hợp tai biến nặng; người dân đi tiêm được hỗ trợ 100.000 đồng tiền ăn.
Ông A Blang, già làng thôn Kon Stiu, xã Đăk Ngọk nêu ý kiến: bà con nghe tin trên điện thoại nhiều hơn nghe cán bộ, đề nghị cán bộ y tế đến tận làng giải thích bằng tiếng Xơ Đăng. Chị Y Hlen, Bí thư Chi đoàn thôn Đăk Kơ Đương, cho biết có 27 thanh niên đã đăng ký làm "tuyên truyền viên vắc xin" trong thôn. Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Đăk Ngọk, báo cáo xã có 6 điểm tiêm lưu động, mỗi điểm có 2 cán bộ dân vận hỗ trợ.
Đồng chí A Khuy nhấn mạnh: thực hiện Nghị quyết số 21/NQ-CP ngày 26/02/2021 của Chính phủ về mua và sử dụng vắc xin phòng Covid-19 và Kế hoạch số 86-KH/HU ngày 10/8/2021 của Huyện ủy, huyện sẽ tiếp tục tổ chức tiêm miễn phí cho toàn dân, không có chuyện "thu tiền tiêm"; ai tung tin sai sự thật sẽ bị xử lý theo Nghị định số 15/2020/NĐ-CP của Chính phủ. Huyện giao Ban Dân vận Huyện ủy chủ trì, phối hợp Ủy ban MTTQ huyện thực hiện Quy chế số 12-QC/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp với nhân dân.
Kết thúc hội nghị, 18 ý kiến của người dân đã được giải đáp trực tiếp; 4 ý kiến được giao các phòng, ban trả lời bằng văn bản. Ngay chiều cùng ngày, có thêm khoảng 230 người đăng ký tiêm. Dịp này, Ủy ban MTTQ huyện trao 50 suất quà, mỗi suất trị giá 300.000 đồng, cho hộ nghèo của xã.
Ngọc Anh
Tin cùng chuyên mục
- Đăk Tô: ra mắt tổ dân vận cộng đồng phòng, chống dịch (15/09/2021)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số năm 2021 (06/09/2021)
- Đăk Hà trao 200 suất quà cho người lao động khó khăn (27/08/2021)
- Kon Rẫy: vận động người dân không nghe, không chia sẻ tin đồn trên mạng (19/08/2021)
""", "2021-09-23", "Đối thoại với nhân dân xã Đăk Ngọk về tin đồn sai sự thật liên quan vắc xin Covid-19",
E("doi_thoai", "2021", "2021-09-21"),
[P("A Khuy", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Y Thương", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Y Đoan", "Giám đốc Trung tâm Y tế huyện"),
 P("A Blang", "già làng thôn Kon Stiu"),
 P("Y Hlen", "Bí thư Chi đoàn thôn Đăk Kơ Đương"),
 P("Nguyễn Văn Hùng", "Chủ tịch UBND xã Đăk Ngọk")],
[Q("145 người dân", 145, "người dân"), Q("9 thôn", 9, "thôn"), Q("38,6%", 38.6, "%"), Q("12.480 người", 12480, "người"),
 Q("100.000 đồng", 100000, "đồng"), Q("27 thanh niên", 27, "thanh niên"), Q("6 điểm tiêm lưu động", 6, "điểm tiêm lưu động"),
 Q("2 cán bộ dân vận", 2, "cán bộ dân vận"), Q("18 ý kiến", 18, "ý kiến"), Q("4 ý kiến", 4, "ý kiến"),
 Q("khoảng 230 người", 230, "người", "approx"), Q("50 suất quà", 50, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "21", "NQ-CP", "2021-02-26", "Chính phủ", "Nghị quyết số 21/NQ-CP ngày 26/02/2021"),
 D("Kế hoạch", "86", "KH/HU", "2021-08-10", "Huyện ủy", "Kế hoạch số 86-KH/HU ngày 10/8/2021"),
 D("Nghị định", "15", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2020/NĐ-CP"),
 D("Quy chế", "12", "QC/HU", None, "Ban Thường vụ Huyện ủy", "Quy chế số 12-QC/HU")],
[prov("Kon Tum"), com("Đăk Ngọk")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ / Chính trị / Xây dựng Đảng", "Quang cảnh buổi đối thoại tại xã Đăk Ngọk. Ảnh: Ngọc Anh",
 "tiêm vắc xin sẽ bị vô sinh", "người tiêm xong phải nằm viện 1 tháng", "tuyên truyền viên vắc xin", "thu tiền tiêm"],
["23/09/2021 - 08:30", "năm 2021", "1 tháng", "mũi 1", "Covid-19"]))

PAGES.append(page("b6330-camau-mttq-traoqua-2021", """
BÁO CÀ MAU
Xã hội › Mặt trận - Đoàn thể
08:15 | 24/08/2021
Trao 1.200 phần quà cho người dân khó khăn, cảnh báo chiêu lừa "đăng ký nhận tiền hỗ trợ" qua mạng
Ngày 23/8, Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp Hội Chữ thập đỏ tỉnh trao 1.200 phần quà cho người lao động tự do, hộ nghèo, hộ cận nghèo bị ảnh hưởng bởi dịch Covid-19 tại huyện Trần Văn Thời và huyện U Minh. Mỗi phần quà gồm 20 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá 840 triệu đồng.
Bà Lâm Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà cho người dân xã Khánh Bình Tây.
Tham gia đoàn có bà Lâm Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lý Quang Phúc, Chủ tịch Hội Chữ thập đỏ tỉnh; ông Danh Út, Phó Trưởng Ban Dân tộc tỉnh. Quà được trao tận nhà theo hình thức "đi chợ giùm", bảo đảm giãn cách; riêng xã Khánh Bình Tây nhận 450 phần, xã Khánh Thuận nhận 380 phần, số còn lại trao cho 370 hộ ở thị trấn U Minh.
Nhân dịp này, đoàn cảnh báo người dân về thủ đoạn lừa đảo đang lan truyền trên Facebook, Zalo: các đối tượng giả danh Mặt trận, yêu cầu "đăng ký nhận tiền hỗ trợ" bằng cách gửi số căn cước, mã OTP. Từ đầu tháng 8 đến nay, Công an tỉnh tiếp nhận 15 tin báo, 7 người dân bị chiếm đoạt tổng cộng hơn 96 triệu đồng. Ông Trần Minh Đức, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: Mặt trận không thu bất kỳ khoản phí nào, mọi khoản hỗ trợ theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ đều được chi trả công khai tại ấp, khóm.
Bà Thạch Thị Sa Rinh, người dân tộc Khmer ở ấp 9, xã Khánh Bình Tây, cho biết suýt bị lừa khi nhận được tin nhắn mời "nhận 3 triệu đồng hỗ trợ". Ông Danh Hùng, Trưởng ấp 9, đề nghị Mặt trận in tờ rơi cảnh báo bằng tiếng Khmer. Đoàn đã tặng 2.000 tờ rơi cho Ban công tác Mặt trận các ấp.
Thực hiện Kế hoạch số 37/KH-MTTQ-BTT ngày 02/8/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, đến nay các cấp Mặt trận tỉnh đã vận động được trên 62 tỷ đồng và hơn 1.500 tấn nông sản, trao 185.000 phần quà. Ông Nguyễn Văn Tiến, Chủ tịch Ủy ban MTTQ xã Khánh Thuận, cho biết 100% ấp đã có tổ "Zalo cộng đồng" để thông báo chính thức về hỗ trợ.
Kết thúc chương trình, đoàn đến thăm 5 hộ có người đang điều trị Covid-19 tại nhà ở xã Khánh Thuận, hướng dẫn các hộ chỉ theo dõi thông tin trên trang của UBND tỉnh, Sở Y tế và Đài truyền thanh huyện.
Hồng Nhung
Tin liên quan
- Trần Văn Thời: Ban công tác Mặt trận ấp giúp dân nhận diện tin nhắn lừa đảo (11/08/2021)
- Hỗ trợ 500 suất quà cho lao động mất việc tại TP Cà Mau (16/08/2021)
- Cảnh báo tin giả về phong tỏa toàn tỉnh (09/08/2021)
- Mặt trận tiếp nhận 3,5 tỷ đồng ủng hộ phòng, chống dịch (02/08/2021)
""", "2021-08-24", 'Trao 1.200 phần quà cho người dân khó khăn, cảnh báo chiêu lừa "đăng ký nhận tiền hỗ trợ" qua mạng',
E("trao_qua", None, "2021-08-23"),
[P("Lâm Thị Ngọc Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Quang Phúc", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Danh Út", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Trần Minh Đức", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Rinh"),
 P("Danh Hùng", "Trưởng ấp 9"),
 P("Nguyễn Văn Tiến", "Chủ tịch Ủy ban MTTQ xã Khánh Thuận")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("840 triệu đồng", 840000000, "đồng"), Q("450 phần", 450, "phần"), Q("380 phần", 380, "phần"), Q("370 hộ", 370, "hộ"),
 Q("15 tin báo", 15, "tin báo"), Q("7 người dân", 7, "người dân"), Q("hơn 96 triệu đồng", 96000000, "đồng", "over"),
 Q("2.000 tờ rơi", 2000, "tờ rơi"), Q("trên 62 tỷ đồng", 62000000000, "đồng", "over"), Q("hơn 1.500 tấn", 1500, "tấn", "over"),
 Q("185.000 phần quà", 185000, "phần quà"), Q("100%", 100, "%"), Q("5 hộ", 5, "hộ")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Kế hoạch", "37", "KH-MTTQ-BTT", "2021-08-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 37/KH-MTTQ-BTT ngày 02/8/2021")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Khánh Thuận"), com("U Minh")],
["BÁO CÀ MAU", "Xã hội › Mặt trận - Đoàn thể", "Bà Lâm Thị Ngọc Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trao quà cho người dân xã Khánh Bình Tây.",
 "đi chợ giùm", "đăng ký nhận tiền hỗ trợ", "Zalo cộng đồng", "Facebook"],
["08:15 | 24/08/2021", "nhận 3 triệu đồng hỗ trợ", "ấp 9", "Covid-19"]))

PAGES.append(page("b6331-hoabinh-phuongdongtien-tongket-2022", """
Cổng thông tin điện tử phường Đồng Tiến - thành phố Hòa Bình
You are here: Trang chủ > Tin tức > Công tác dân vận
Thứ Ba, 27/12/2022
Ảnh: Đồng chí Bùi Văn Thắng phát biểu tại hội nghị.
Đảng ủy phường Đồng Tiến tổng kết công tác dân vận, nhân rộng tổ phản ứng nhanh trên mạng xã hội
Chiều 26/12, Đảng ủy phường Đồng Tiến, thành phố Hòa Bình, tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Bùi Văn Thắng, Thành ủy viên, Bí thư Đảng ủy phường chủ trì; dự có 58 đại biểu là bí thư chi bộ, trưởng ban công tác Mặt trận, tổ trưởng tổ dân vận của 16 tổ dân phố.
Năm 2022, khối dân vận phường đã tham mưu Đảng ủy ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về nâng cao chất lượng công tác dân vận và Kế hoạch 21, 22-KH/ĐU về thực hiện "Năm dân vận chính quyền" và về xây dựng lực lượng nòng cốt trên không gian mạng. Phường thành lập 1 tổ phản ứng nhanh gồm 11 thành viên, lập 16 nhóm Zalo tổ dân phố với trên 3.100 thành viên; trong năm đã đăng 245 tin, bài định hướng, phản bác 19 thông tin sai sự thật, trong đó có tin đồn về "thu hồi đất làm khu đô thị mới" và tin "tăng học phí gấp 3 lần".
Ban Thường trực Ủy ban MTTQ phường tiếp nhận 34 ý kiến, kiến nghị của nhân dân, đã giải quyết 31 ý kiến, đạt 91,2%. Nhân dân đóng góp 1,26 tỷ đồng, hiến 420 m2 đất để nâng cấp 3 tuyến ngõ. Phường có 14 mô hình "Dân vận khéo", trong đó 3 mô hình tiêu biểu được thành phố khen thưởng.
Tại hội nghị, bà Bùi Thị Nguyệt, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường, trình bày báo cáo; các đồng chí Bí thư Chi bộ: Quách Văn Hòa, Đinh Thị Mỵ, Xa Văn Lâm chia sẻ kinh nghiệm dùng nhóm Zalo để đối thoại với người dân. Ông Hà Công Nghiệp, Chủ tịch Ủy ban MTTQ phường Đồng Tiến, đề nghị bồi dưỡng kỹ năng viết tin cho tổ phản ứng nhanh.
Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về công tác dân vận, năm 2023 phường phấn đấu 100% tổ dân phố có tổ dân vận hoạt động hiệu quả, không để phát sinh "điểm nóng". Dịp này, Đảng ủy phường tặng giấy khen cho 6 tập thể, 12 cá nhân.
Phát biểu kết luận, đồng chí Bùi Văn Thắng đề nghị các chi bộ gắn công tác dân vận với nhiệm vụ chỉnh trang đô thị, giữ vững mối liên hệ mật thiết với nhân dân; mỗi cán bộ, đảng viên phải là một tuyên truyền viên tích cực, không bình luận, chia sẻ thông tin chưa được kiểm chứng.
Minh Nguyệt
Tin liên quan
- Hội Cựu chiến binh phường tham gia bảo vệ nền tảng tư tưởng của Đảng (02/03/2022)
- Phường Đồng Tiến tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2022)
- Hội nghị đối thoại năm 2022 giữa Bí thư Đảng ủy với nhân dân (28/09/2022)
- Ra mắt tổ phản ứng nhanh trên mạng xã hội (10/03/2022)
""", "2022-12-27", "Đảng ủy phường Đồng Tiến tổng kết công tác dân vận, nhân rộng tổ phản ứng nhanh trên mạng xã hội",
E("tong_ket", "2022", "2022-12-26"),
[P("Bùi Văn Thắng", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Bùi Thị Nguyệt", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Quách Văn Hòa", "Bí thư Chi bộ"), P("Đinh Thị Mỵ", "Bí thư Chi bộ"), P("Xa Văn Lâm", "Bí thư Chi bộ"),
 P("Hà Công Nghiệp", "Chủ tịch Ủy ban MTTQ phường Đồng Tiến")],
[Q("58 đại biểu", 58, "đại biểu"), Q("16 tổ dân phố", 16, "tổ dân phố"), Q("1 tổ phản ứng nhanh", 1, "tổ phản ứng nhanh"),
 Q("11 thành viên", 11, "thành viên"), Q("16 nhóm Zalo tổ dân phố", 16, "nhóm Zalo tổ dân phố"),
 Q("trên 3.100 thành viên", 3100, "thành viên", "over"), Q("245 tin, bài", 245, "tin, bài"),
 Q("19 thông tin sai sự thật", 19, "thông tin sai sự thật"), Q("34 ý kiến, kiến nghị", 34, "ý kiến, kiến nghị"),
 Q("31 ý kiến", 31, "ý kiến"), Q("91,2%", 91.2, "%"), Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("420 m2", 420, "m2"),
 Q("3 tuyến ngõ", 3, "tuyến ngõ"), Q("14 mô hình", 14, "mô hình"), Q("3 mô hình tiêu biểu", 3, "mô hình tiêu biểu"),
 Q("100%", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 21, 22-KH/ĐU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Hòa Bình"), com("Đồng Tiến")],
["Cổng thông tin điện tử phường Đồng Tiến - thành phố Hòa Bình", "You are here: Trang chủ > Tin tức > Công tác dân vận",
 "Ảnh: Đồng chí Bùi Văn Thắng phát biểu tại hội nghị.", "Năm dân vận chính quyền", "Dân vận khéo",
 "thu hồi đất làm khu đô thị mới", "tăng học phí gấp 3 lần", "Zalo"],
["Thứ Ba, 27/12/2022", "năm 2022", "năm 2023", "gấp 3 lần"]))

PAGES.append(page("b6332-ninhthuan-phuochai-tiepxuccutri-2023", """
BÁO NINH THUẬN ĐIỆN TỬ
Thời sự | Chính trị | Bầu cử - Cử tri
Ngày đăng 17/05/2023 | 16:20
Cử tri xã Phước Hải kiến nghị xử lý nghiêm việc tung tin sai sự thật trên mạng xã hội
Sáng 16/5, Tổ đại biểu HĐND tỉnh ứng cử tại huyện Ninh Phước phối hợp Ban Thường trực Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 10, HĐND tỉnh Ninh Thuận khóa XI tại xã Phước Hải. Dự có đồng chí Đàng Thị Mỹ Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, đại biểu HĐND tỉnh và khoảng 180 cử tri người Chăm, Raglai, Kinh.
Đại biểu HĐND tỉnh tiếp xúc cử tri xã Phước Hải. Ảnh: Văn Nỷ
Cử tri Thập Văn Lượng, thôn Tam Lang, phản ánh thời gian qua trên Facebook, TikTok xuất hiện nhiều clip cắt ghép, thông tin sai sự thật về việc "thu hồi đất ruộng để làm điện gió", về chế độ của người có uy tín, khiến bà con lo lắng. Cử tri Chamaléa Thị Hoa kiến nghị cơ quan chức năng xử lý nghiêm các tài khoản tung tin, đồng thời công khai quy hoạch tại nhà văn hóa thôn. Ông Quảng Văn Sáu, người có uy tín thôn Từ Tâm 1, xã Phước Hải, đề nghị tăng cường cung cấp thông tin cho chức sắc Bà-la-môn, Bàni để giải thích cho tín đồ.
Thay mặt Tổ đại biểu, đồng chí Đàng Thị Mỹ Hương tiếp thu: tỉnh đã chỉ đạo thực hiện Kế hoạch số 145/KH-UBND ngày 12/01/2023 của UBND tỉnh về phòng, chống tin giả, tin sai sự thật trên không gian mạng; năm 2022 lực lượng chức năng đã xác minh 64 vụ việc, xử phạt 11 trường hợp với tổng số tiền 82,5 triệu đồng. Về đất đai, dự án điện gió chỉ thu hồi 12,6 ha của 47 hộ, mức bồi thường theo Quyết định số 07/2022/QĐ-UBND của UBND tỉnh, không có chủ trương thu hồi toàn bộ ruộng lúa.
Ông Lưu Xuân Vĩnh, Phó Chủ tịch UBND huyện Ninh Phước, trả lời thêm: huyện đã chi hỗ trợ 2.830 người có uy tín, hộ nghèo theo Quyết định số 12/2018/QĐ-TTg và Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ với tổng kinh phí hơn 3,4 tỷ đồng. Bà Thiên Sanh Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hải, cho biết xã có 7 Ban công tác Mặt trận thôn đã lập nhóm Zalo để người dân hỏi - đáp trực tiếp.
Kết thúc hội nghị, có 14 ý kiến, kiến nghị của cử tri được ghi nhận; 9 ý kiến được trả lời trực tiếp tại hội nghị, số còn lại được tổng hợp gửi kỳ họp.
Các cử tri cũng đề nghị đài truyền thanh xã phát thêm bản tin bằng tiếng Chăm, mời già làng, chức sắc cùng tham gia giải thích chủ trương, chính sách để bà con yên tâm sản xuất, không nghe theo lời kích động trên mạng.
Văn Nỷ
Tin cùng chuyên mục
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Thuận Nam (15/05/2023)
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (08/05/2023)
- Gặp mặt chức sắc, chức việc Hồi giáo Bàni nhân tháng Ramưwan (20/04/2023)
""", "2023-05-17", "Cử tri xã Phước Hải kiến nghị xử lý nghiêm việc tung tin sai sự thật trên mạng xã hội",
E("hoi_nghi", None, "2023-05-16"),
[P("Đàng Thị Mỹ Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "đại biểu HĐND tỉnh"),
 P("Thập Văn Lượng"), P("Chamaléa Thị Hoa"),
 P("Quảng Văn Sáu", "người có uy tín thôn Từ Tâm 1"),
 P("Lưu Xuân Vĩnh", "Phó Chủ tịch UBND huyện Ninh Phước"),
 P("Thiên Sanh Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hải")],
[Q("khoảng 180 cử tri", 180, "cử tri", "approx"), Q("64 vụ việc", 64, "vụ việc"), Q("11 trường hợp", 11, "trường hợp"),
 Q("82,5 triệu đồng", 82500000, "đồng"), Q("12,6 ha", 12.6, "ha"), Q("47 hộ", 47, "hộ"),
 Q("2.830 người có uy tín, hộ nghèo", 2830, "người có uy tín, hộ nghèo"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("7 Ban công tác Mặt trận thôn", 7, "Ban công tác Mặt trận thôn"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
 Q("9 ý kiến", 9, "ý kiến")],
[D("Kế hoạch", "145", "KH-UBND", "2023-01-12", "UBND tỉnh", "Kế hoạch số 145/KH-UBND ngày 12/01/2023"),
 D("Quyết định", "07", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 07/2022/QĐ-UBND"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Ninh Thuận"), com("Phước Hải")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Thời sự | Chính trị | Bầu cử - Cử tri", "Đại biểu HĐND tỉnh tiếp xúc cử tri xã Phước Hải. Ảnh: Văn Nỷ",
 "Facebook", "TikTok", "thu hồi đất ruộng để làm điện gió", "Zalo"],
["Ngày đăng 17/05/2023 | 16:20", "kỳ họp thứ 10", "khóa XI", "năm 2022", "thôn Từ Tâm 1"]))

PAGES.append(page("b6333-tayninh-mttq-giamsat-2023", """
Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Tây Ninh
Trang chủ › Giám sát, phản biện xã hội
12/10/2023 | 09:10
Giám sát việc phòng, chống tin giả và lừa đảo trực tuyến tại huyện Châu Thành
Ngày 11/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tây Ninh do bà Nguyễn Thị Xuân Hương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác phòng, chống tin giả, thông tin sai sự thật và lừa đảo trên không gian mạng tại UBND huyện Châu Thành. Thời kỳ giám sát từ ngày 01/01/2022 đến ngày 30/6/2023.
Đoàn giám sát làm việc với UBND huyện Châu Thành.
Theo báo cáo, trong thời kỳ giám sát, huyện đã ban hành Kế hoạch 96, 97/KH-UBND của UBND huyện về tuyên truyền phòng, chống tin giả và về tổ công nghệ số cộng đồng; thành lập 15 tổ công nghệ số cộng đồng ở 15 xã, thị trấn với 1.240 thành viên. Cơ quan chức năng đã tiếp nhận 86 tin báo về lừa đảo qua mạng, thiệt hại khoảng 4,7 tỷ đồng; xác minh 23 trường hợp đăng tải thông tin sai sự thật, xử phạt 8 trường hợp theo Nghị định số 14/2022/NĐ-CP ngày 27/01/2022 của Chính phủ.
Bà Lê Thị Thanh Thủy, Phó Chủ tịch UBND huyện cho biết: thủ đoạn phổ biến là giả danh công an, cán bộ thuế, nhân viên ngân hàng; giả mạo trang Facebook của UBND xã để thu tiền "làm căn cước nhanh". Huyện đã phát 3.500 tờ rơi, tổ chức 42 buổi tuyên truyền ở khu dân cư biên giới, có hơn 5.600 lượt người dự.
Thành viên đoàn giám sát, ông Trần Văn Thạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị huyện làm rõ vì sao chỉ 61,5% người dân được hỏi biết số điện thoại đường dây nóng; bà Lâm Thị Sóc Thươl, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, lưu ý việc cung cấp thông tin cho đồng bào Khmer ở xã Hòa Hội, xã Ninh Điền. Ông Võ Thanh Bình, Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Hội, cho biết Mặt trận xã đã phối hợp Đồn Biên phòng tổ chức 6 cuộc họp dân về tin đồn "mở cửa khẩu tự do".
Kết luận, bà Nguyễn Thị Xuân Hương ghi nhận kết quả của huyện; đồng thời kiến nghị tiếp tục thực hiện Chỉ thị số 07-CT/TU ngày 14/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác bảo đảm an toàn, an ninh mạng, và Quyết định số 124-QĐ/TW ngày 04/10/2023 của Ban Bí thư về giám sát, phản biện xã hội; xây dựng cơ chế phản hồi thông tin trong 24 giờ. Đoàn sẽ gửi thông báo kết quả giám sát trong 15 ngày làm việc.
Quang Huy
Tin khác
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ người có uy tín (05/10/2023)
- Tân Biên: trao 30 căn nhà Đại đoàn kết (28/09/2023)
- Ủy ban MTTQ tỉnh giám sát việc thu, chi quỹ phòng, chống thiên tai (20/09/2023)
- Tập huấn kỹ năng giám sát cho cán bộ Mặt trận cơ sở (12/09/2023)
""", "2023-10-12", "Giám sát việc phòng, chống tin giả và lừa đảo trực tuyến tại huyện Châu Thành",
E("giam_sat", None, "2023-10-11"),
[P("Nguyễn Thị Xuân Hương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thanh Thủy", "Phó Chủ tịch UBND huyện"),
 P("Trần Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sóc Thươl", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thanh Bình", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hòa Hội")],
[Q("15 tổ công nghệ số cộng đồng", 15, "tổ công nghệ số cộng đồng"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("1.240 thành viên", 1240, "thành viên"), Q("86 tin báo", 86, "tin báo"), Q("khoảng 4,7 tỷ đồng", 4700000000, "đồng", "approx"),
 Q("23 trường hợp", 23, "trường hợp"), Q("8 trường hợp", 8, "trường hợp"), Q("3.500 tờ rơi", 3500, "tờ rơi"),
 Q("42 buổi tuyên truyền", 42, "buổi tuyên truyền"), Q("hơn 5.600 lượt người", 5600, "lượt người", "over"),
 Q("61,5%", 61.5, "%"), Q("6 cuộc họp dân", 6, "cuộc họp dân")],
[D("Kế hoạch", "96", "KH-UBND", None, "UBND huyện", "Kế hoạch 96, 97/KH-UBND"),
 D("Kế hoạch", "97", "KH-UBND", None, "UBND huyện", "Kế hoạch 96, 97/KH-UBND"),
 D("Nghị định", "14", "2022/NĐ-CP", "2022-01-27", "Chính phủ", "Nghị định số 14/2022/NĐ-CP ngày 27/01/2022"),
 D("Chỉ thị", "07", "CT/TU", "2022-03-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 14/3/2022"),
 D("Quyết định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quyết định số 124-QĐ/TW ngày 04/10/2023")],
[prov("Tây Ninh"), com("Hòa Hội"), com("Ninh Điền")],
["Trang thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Tây Ninh", "Trang chủ › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND huyện Châu Thành.", "làm căn cước nhanh", "mở cửa khẩu tự do", "Facebook"],
["12/10/2023 | 09:10", "24 giờ", "15 ngày làm việc", "từ ngày 01/01/2022 đến ngày 30/6/2023"]))

PAGES.append(page("b6334-hatinh-xuanlien-taphuan-2023", """
BÁO HÀ TĨNH
Chính trị › Xây dựng Đảng › Cơ sở
6 tháng 7, 2023 | 15:45
Toàn cảnh lớp tập huấn tại hội trường xã Xuân Liên.
Xã Xuân Liên tập huấn kỹ năng nhận diện tin giả cho cán bộ, hội viên
Ngày 05/7, Đảng ủy xã Xuân Liên, huyện Nghi Xuân, tỉnh Hà Tĩnh phối hợp Trung tâm Chính trị huyện mở lớp tập huấn kỹ năng nhận diện, đấu tranh với tin giả, thông tin xấu, độc trên mạng xã hội năm 2023 cho 86 cán bộ, đảng viên, hội viên các đoàn thể và thành viên tổ công nghệ số cộng đồng của 7 thôn.
Báo cáo viên là ông Nguyễn Văn Quang, Phó Giám đốc Trung tâm Chính trị huyện Nghi Xuân, và bà Trần Thị Thu Hằng, Phó Trưởng Ban Tuyên giáo Huyện ủy, giới thiệu các dạng tin giả thường gặp: tin cắt ghép hình ảnh, tin giả mạo cơ quan nhà nước, tin "tuyển lao động đi nước ngoài không mất phí". Học viên được thực hành kiểm chứng thông tin, báo cáo tài khoản vi phạm trên Facebook, Zalo, TikTok.
Theo Đảng ủy xã, năm 2022 trên địa bàn có 5 vụ người dân bị lừa qua mạng với tổng thiệt hại hơn 380 triệu đồng; trong đó 2 vụ liên quan tin giả về xuất khẩu lao động. Xã có khoảng 65% người trong độ tuổi lao động sử dụng điện thoại thông minh; hơn 1.100 người đang làm việc ở nước ngoài, chủ yếu tại Hàn Quốc, Nhật Bản, Đài Loan (Trung Quốc).
Ông Phan Đình Tuấn, Bí thư Đảng ủy, Chủ tịch HĐND xã Xuân Liên, cho biết lớp học thực hiện Kế hoạch số 54-KH/ĐU ngày 20/3/2023 của Đảng ủy xã và Hướng dẫn số 135-HD/BTGTW ngày 14/9/2022 của Ban Tuyên giáo Trung ương về công tác dư luận xã hội. Các đồng chí Phó Bí thư Đảng ủy xã: Lê Văn Khánh, Đặng Thị Hoài cùng dự và trao đổi với học viên về cách nói chuyện với người dân khi tin đồn lan truyền ở thôn, xóm.
Chị Hoàng Thị Thúy, Bí thư Đoàn xã Xuân Liên, cho biết Đoàn Thanh niên đã thành lập đội hình 25 đoàn viên tình nguyện hướng dẫn người cao tuổi dùng mạng an toàn. Ông Trần Hữu Lợi, Chủ tịch Hội Cựu chiến binh xã, đề nghị mỗi chi hội có ít nhất 2 hội viên tham gia nhóm phản bác thông tin sai trái.
Kinh phí lớp học gần 18 triệu đồng từ ngân sách xã. Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra; Đảng ủy xã giao Ủy ban MTTQ xã theo dõi dư luận hằng tuần, báo cáo Thường trực Đảng ủy.
Nhiều học viên cho biết sau lớp học đã biết cách kiểm tra nguồn tin, đối chiếu với trang thông tin điện tử của huyện trước khi chia sẻ, và sẽ hướng dẫn lại cho gia đình, hàng xóm, nhất là các gia đình có con em chuẩn bị đi làm việc ở nước ngoài.
Thu Phương
Tin liên quan
- Tổ công nghệ số cộng đồng xã Xuân Liên hỗ trợ người dân cài đặt ứng dụng VNeID (20/05/2023)
- Nghi Xuân: hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân năm 2023 (28/06/2023)
- Cảnh báo chiêu lừa "tuyển lao động đi Hàn Quốc" trên mạng (14/06/2023)
- Xuân Liên ra mắt mô hình "Dân vận khéo" về giữ gìn vệ sinh môi trường (02/06/2023)
""", "2023-07-06", "Xã Xuân Liên tập huấn kỹ năng nhận diện tin giả cho cán bộ, hội viên",
E("tap_huan", "2023", "2023-07-05"),
[P("Nguyễn Văn Quang", "Phó Giám đốc Trung tâm Chính trị huyện Nghi Xuân"),
 P("Trần Thị Thu Hằng", "Phó Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Phan Đình Tuấn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Xuân Liên"),
 P("Lê Văn Khánh", "Phó Bí thư Đảng ủy xã"), P("Đặng Thị Hoài", "Phó Bí thư Đảng ủy xã"),
 P("Hoàng Thị Thúy", "Bí thư Đoàn xã Xuân Liên"),
 P("Trần Hữu Lợi", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("86 cán bộ, đảng viên, hội viên", 86, "cán bộ, đảng viên, hội viên"), Q("7 thôn", 7, "thôn"), Q("5 vụ", 5, "vụ"),
 Q("hơn 380 triệu đồng", 380000000, "đồng", "over"), Q("2 vụ", 2, "vụ"), Q("khoảng 65%", 65, "%", "approx"),
 Q("hơn 1.100 người", 1100, "người", "over"), Q("25 đoàn viên tình nguyện", 25, "đoàn viên tình nguyện"),
 Q("ít nhất 2 hội viên", 2, "hội viên", "over"), Q("gần 18 triệu đồng", 18000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "54", "KH/ĐU", "2023-03-20", "Đảng ủy xã", "Kế hoạch số 54-KH/ĐU ngày 20/3/2023"),
 D("Hướng dẫn", "135", "HD/BTGTW", "2022-09-14", "Ban Tuyên giáo Trung ương", "Hướng dẫn số 135-HD/BTGTW ngày 14/9/2022")],
[prov("Hà Tĩnh"), com("Xuân Liên")],
["BÁO HÀ TĨNH", "Chính trị › Xây dựng Đảng › Cơ sở", "Toàn cảnh lớp tập huấn tại hội trường xã Xuân Liên.",
 "tuyển lao động đi nước ngoài không mất phí", "Facebook", "Zalo", "TikTok"],
["6 tháng 7, 2023 | 15:45", "năm 2023", "năm 2022"]))
