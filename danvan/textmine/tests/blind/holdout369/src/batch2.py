from lib import *
PAGES = []

PAGES.append(page("b8819-bacgiang-ubnd-baocao-2017", """
Cổng thông tin điện tử huyện Lạng Giang - tỉnh Bắc Giang
Trang chủ >> Tin tức - Sự kiện >> Văn hóa - Xã hội
Cập nhật lúc 15:32 ngày 14/12/2017
Xã Tân Dĩnh: 90,6% hộ đạt danh hiệu Gia đình văn hóa năm 2017
Theo Báo cáo số 198/BC-UBND ngày 8/12/2017 của UBND xã Tân Dĩnh về kết quả thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2017, toàn xã có 2.913/3.215 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 90,6%, tăng 1,4% so với năm 2016; trong đó 1.024 hộ đạt danh hiệu 3 năm liên tục được UBND xã tặng giấy khen. 11/12 thôn được công nhận danh hiệu "Làng văn hóa"; riêng thôn Đồng Lim chưa đạt do còn để xảy ra 2 vụ đánh bạc.
Báo cáo cho biết, thực hiện Chỉ thị 11-CT/TU và 13-CT/TU của Ban Thường vụ Tỉnh ủy về xây dựng làng văn hóa và thực hiện nếp sống văn minh trong việc cưới, việc tang, 12/12 thôn đã sửa đổi, bổ sung hương ước theo Kế hoạch số 86/KH-UBND ngày 20/3/2017 của UBND huyện Lạng Giang. Trong năm, xã có 87 đám cưới và 64 đám tang đều được tổ chức theo nếp sống văn minh; tỷ lệ hỏa táng đạt 28%, tăng gấp đôi so với năm trước.
Nguồn lực trong dân được phát huy: nhân dân đóng góp 3,2 tỷ đồng cùng hàng nghìn ngày công để xây dựng 5 nhà văn hóa thôn, cứng hóa 7,8 km đường giao thông nông thôn. Quỹ "Vì người nghèo" của xã vận động được 46,5 triệu đồng; tỷ lệ hộ nghèo giảm còn 3,9%.
Đồng chí Dương Văn Hạnh, Đảng ủy viên, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phong trào xã cho biết: "Năm nay xã làm chặt chẽ hơn, hộ nào có người vi phạm pháp luật, không đóng góp các khoản theo hương ước thì không đưa vào danh sách. Vì thế tỷ lệ tuy tăng ít nhưng thực chất".
Báo cáo cũng nêu: công tác đảm bảo an ninh trật tự được duy trì; 100% thôn có tổ hòa giải, trong năm hòa giải thành 19/21 vụ việc. Ông Nguyễn Văn Khải, ĐUV, Trưởng Công an xã cho biết, nhờ quy định trong hương ước về trách nhiệm của gia đình, số thanh niên vi phạm pháp luật giảm rõ rệt.
Theo bà Giáp Thị Hoa, Chủ tịch Ủy ban MTTQ xã, Ban công tác Mặt trận các thôn đã chủ trì bình xét công khai tại hội nghị khu dân cư, lấy phiếu tín nhiệm với tỷ lệ đồng ý từ 80% trở lên mới đề nghị công nhận. Hạn chế được chỉ ra là một số nhà văn hóa thôn còn thiếu trang thiết bị, hoạt động thể thao chưa thường xuyên; vẫn còn 302 hộ chưa đạt danh hiệu, chủ yếu do vi phạm quy định về vệ sinh môi trường.
Năm 2018, xã đặt chỉ tiêu có trên 91% hộ gia đình văn hóa, 12/12 thôn đạt danh hiệu làng văn hóa và hoàn thành tiêu chí văn hóa trong xây dựng nông thôn mới. Ông Thân Văn Hưởng, Chủ tịch UBND xã, yêu cầu các thôn tổ chức bình xét gắn với kiểm điểm việc thực hiện hương ước ngay từ đầu năm.
Ngọc Ánh - Đài TT xã Tân Dĩnh
Bài viết liên quan
- Thị trấn Vôi tổng kết phong trào TDĐKXDĐSVH (11/12/2017)
- Lạng Giang: 102 làng đạt danh hiệu làng văn hóa (05/12/2017)
- Hương Sơn ra mắt mô hình "Dòng họ khuyến học" (28/11/2017)
- Yên Mỹ: đối thoại với nhân dân về bồi thường đất đai (20/11/2017)
""", "2017-12-14", "Xã Tân Dĩnh: 90,6% hộ đạt danh hiệu Gia đình văn hóa năm 2017",
E("bao_cao", "2017", "2017-12-08"),
[P("Dương Văn Hạnh", "Đảng ủy viên", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phong trào xã"),
 P("Nguyễn Văn Khải", "ĐUV", "Trưởng Công an xã"),
 P("Giáp Thị Hoa", "Chủ tịch Ủy ban MTTQ xã"),
 P("Thân Văn Hưởng", "Chủ tịch UBND xã")],
[Q("2.913/3.215 hộ", 2913, "hộ"), Q("90,6%", 90.6, "%"), Q("1,4%", 1.4, "%"), Q("1.024 hộ", 1024, "hộ"),
 Q("11/12 thôn", 11, "thôn"), Q("2 vụ đánh bạc", 2, "vụ đánh bạc"), Q("12/12 thôn", 12, "thôn"),
 Q("87 đám cưới", 87, "đám cưới"), Q("64 đám tang", 64, "đám tang"), Q("28%", 28, "%"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("5 nhà văn hóa thôn", 5, "nhà văn hóa thôn"), Q("7,8 km", 7.8, "km"),
 Q("46,5 triệu đồng", 46500000, "đồng"), Q("3,9%", 3.9, "%"), Q("100% thôn", 100, "%"), Q("19/21 vụ việc", 19, "vụ việc"),
 Q("từ 80% trở lên", 80, "%", "over"), Q("302 hộ", 302, "hộ"), Q("trên 91%", 91, "%", "over")],
[D("Báo cáo", "198", "BC-UBND", "2017-12-08", "UBND xã Tân Dĩnh", "Báo cáo số 198/BC-UBND ngày 8/12/2017"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "13-CT/TU"),
 D("Kế hoạch", "86", "KH-UBND", "2017-03-20", "UBND huyện Lạng Giang", "Kế hoạch số 86/KH-UBND ngày 20/3/2017")],
[prov("Bắc Giang"), com("Tân Dĩnh")],
["Cổng thông tin điện tử huyện Lạng Giang - tỉnh Bắc Giang", "Trang chủ >> Tin tức - Sự kiện >> Văn hóa - Xã hội",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Làng văn hóa", "Vì người nghèo", "Đồng Lim"],
["Cập nhật lúc 15:32 ngày 14/12/2017", "năm 2017", "năm 2016", "3 năm liên tục", "Năm 2018"]))

PAGES.append(page("b8820-hatinh-xa-doithoai-2018", """
Báo Hà Tĩnh điện tử
Chính trị | Xây dựng Đảng | Dân vận
22.08.2018 | 07:50
Người dân Thạch Hạ "hỏi thẳng" lãnh đạo xã chuyện bình xét gia đình văn hóa
(Baohatinh.vn) - Chiều 20/8, Đảng ủy, UBND xã Thạch Hạ (TP Hà Tĩnh) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018, tập trung vào việc xây dựng khu dân cư nông thôn mới kiểu mẫu và bình xét danh hiệu gia đình văn hóa.
Đồng chí Trần Đình Ngọc, Bí thư Đảng ủy xã và ông Nguyễn Xuân Dục, Chủ tịch UBND xã chủ trì đối thoại; dự có đồng chí Võ Hồng Hải, Thành ủy viên, Trưởng Ban Dân vận Thành ủy cùng hơn 150 người dân đại diện cho 9 thôn.
Bà Lê Thị Thanh Hương, Chủ tịch Ủy ban MTTQ xã, thông tin: năm 2017 toàn xã có 1.692/1.836 hộ đạt danh hiệu "Gia đình văn hóa", đạt 92,16%; 6/9 thôn đạt chuẩn khu dân cư nông thôn mới kiểu mẫu theo Quyết định số 36/2016/QĐ-UBND của UBND tỉnh; 420 hộ đạt tiêu chí vườn mẫu. Việc xây dựng, thực hiện hương ước được gắn với Kế hoạch số 45-KH/ĐU ngày 2/4/2018 của Đảng ủy xã.
Tại hội nghị đã có 14 ý kiến, kiến nghị của người dân. Ông Phan Văn Kỷ (thôn Liên Nhật) phản ánh có thôn thu quỹ xây dựng khu dân cư kiểu mẫu 500.000 đồng/khẩu, cao hơn quy định trong hương ước, hộ nào không nộp thì bị loại khỏi danh sách gia đình văn hóa. Trả lời vấn đề này, ông Nguyễn Xuân Dục khẳng định mức huy động do dân bàn và quyết, nhưng tối đa 200.000 đồng/khẩu/năm như hương ước quy định; việc không nộp quỹ không phải là căn cứ duy nhất để loại hộ khỏi danh sách. UBND xã sẽ kiểm tra, yêu cầu thôn hoàn trả số tiền thu vượt.
Bà Đặng Thị Lan (thôn Đông Thịnh) đề nghị xã sớm sửa chữa nhà văn hóa thôn đã xuống cấp. Đồng chí Trần Đình Ngọc cho biết năm 2018 xã bố trí 350 triệu đồng để sửa chữa 3 nhà văn hóa thôn, trong đó có thôn Đông Thịnh.
Nhiều ý kiến khác liên quan đến việc chấm điểm thi đua giữa các thôn, việc khen thưởng hộ đạt danh hiệu gia đình văn hóa 3 năm liền. Ông Trần Hữu Tâm, Trưởng thôn Liên Nhật, thừa nhận thôn đã "nóng vội" khi đặt mức thu và xin nhận khuyết điểm trước bà con.
Phát biểu tại hội nghị, đồng chí Võ Hồng Hải đánh giá buổi đối thoại dân chủ, thẳng thắn, thực hiện đúng Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Đồng chí đề nghị xã công khai kết quả giải quyết các kiến nghị trên hệ thống loa truyền thanh và tại các buổi sinh hoạt khu dân cư.
Kết luận hội nghị, đồng chí Trần Đình Ngọc giao UBND xã trả lời bằng văn bản 3 kiến nghị chưa giải quyết được ngay trong vòng 15 ngày; Ủy ban MTTQ xã giám sát việc thực hiện.
Thu Hà
Tin liên quan
- Cẩm Xuyên: 87% hộ gia đình đạt danh hiệu văn hóa (15/08/2018)
- Hương Khê đối thoại về giải phóng mặt bằng (08/08/2018)
- Lộc Hà: người dân hiến 12.000 m2 đất làm đường (01/08/2018)
""", "2018-08-22", 'Người dân Thạch Hạ "hỏi thẳng" lãnh đạo xã chuyện bình xét gia đình văn hóa',
E("doi_thoai", "2018", "2018-08-20"),
[P("Trần Đình Ngọc", "Bí thư Đảng ủy xã"),
 P("Nguyễn Xuân Dục", "Chủ tịch UBND xã"),
 P("Võ Hồng Hải", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Thị Thanh Hương", "Chủ tịch Ủy ban MTTQ xã"),
 P("Phan Văn Kỷ"), P("Đặng Thị Lan"),
 P("Trần Hữu Tâm", "Trưởng thôn Liên Nhật")],
[Q("hơn 150 người dân", 150, "người dân", "over"), Q("9 thôn", 9, "thôn"), Q("1.692/1.836 hộ", 1692, "hộ"),
 Q("92,16%", 92.16, "%"), Q("6/9 thôn", 6, "thôn"), Q("420 hộ", 420, "hộ"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
 Q("500.000 đồng/khẩu", 500000, "đồng"), Q("tối đa 200.000 đồng", 200000, "đồng"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("3 kiến nghị", 3, "kiến nghị")],
[D("Quyết định", "36", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 36/2016/QĐ-UBND"),
 D("Kế hoạch", "45", "KH/ĐU", "2018-04-02", "Đảng ủy xã", "Kế hoạch số 45-KH/ĐU ngày 2/4/2018"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Hà Tĩnh"), com("Thạch Hạ")],
["Báo Hà Tĩnh điện tử", "Chính trị | Xây dựng Đảng | Dân vận", "(Baohatinh.vn)", "Gia đình văn hóa", "Liên Nhật", "Đông Thịnh"],
["22.08.2018 | 07:50", "năm 2018", "năm 2017", "3 năm liền", "15 ngày"]))

PAGES.append(page("b8821-sonla-xa-taphuan-2019", """
Báo Sơn La điện tử
Xã hội › Văn hóa › Đời sống
Thứ Năm, 16/05/2019 - 14:05
Học viên thảo luận nhóm về dự thảo quy ước bản.
Chiềng Ban: Tập huấn xây dựng quy ước bản cho 46 học viên
Trong 2 ngày 14 - 15/5, UBND xã Chiềng Ban (huyện Mai Sơn) phối hợp với Phòng Tư pháp huyện tổ chức lớp tập huấn nghiệp vụ xây dựng, sửa đổi, bổ sung và thực hiện hương ước, quy ước năm 2019 cho 46 học viên là trưởng bản, bí thư chi bộ, trưởng ban công tác Mặt trận của 23 bản trong xã.
Đồng chí Lò Văn Hặc, Phó Trưởng phòng Tư pháp huyện Mai Sơn trực tiếp truyền đạt các nội dung của Quyết định số 22/2018/QĐ-TTg ngày 8/5/2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước; hướng dẫn trình tự lấy ý kiến nhân dân, thủ tục đề nghị UBND huyện công nhận quy ước; những nội dung không được đưa vào quy ước như phạt tiền, bắt vạ, cấm đoán trái pháp luật.
Theo bà Cầm Thị Ỏn, Phó Chủ tịch UBND xã Chiềng Ban, đến nay 23/23 bản trong xã đã có quy ước, nhưng có 8 bản quy ước được xây dựng từ năm 2005 - 2008, nhiều điều khoản không còn phù hợp, có bản vẫn quy định phạt 1 con lợn hoặc 500.000 đồng đối với người vi phạm. Năm 2018, xã có 2.187/2.684 hộ đạt danh hiệu "Gia đình văn hóa", đạt 81,5%; 14 bản đạt danh hiệu "Bản văn hóa". Theo Kế hoạch số 37/KH-UBND ngày 2/4/2019 của UBND huyện Mai Sơn, 8 bản này phải hoàn thành sửa đổi quy ước trước ngày 31/12/2019.
Giờ thảo luận nhóm, các học viên là trưởng bản: Quàng Văn Pâng, Giàng A Chớ, Mùa A Sử đã cùng nhau xây dựng dự thảo quy ước mẫu cho bản người Thái và bản người Mông, gồm các nội dung về giữ gìn an ninh trật tự, vệ sinh môi trường, xóa bỏ tảo hôn, hôn nhân cận huyết thống, thực hiện việc tang theo hướng tiết kiệm.
Ông Sùng A Pó, Bí thư Chi bộ bản Nà Sành, chia sẻ: "Bà con Mông ở bản có tục làm ma kéo dài 3 - 4 ngày, mổ nhiều trâu bò rất tốn kém. Quy ước mới bản sẽ đưa vào điều khoản tổ chức tang lễ không quá 48 giờ, ai làm tốt thì được bình xét gia đình văn hóa".
Bà Tòng Thị Xuân, Chủ tịch Hội LHPN xã Chiềng Ban, cho biết năm 2018 các chi hội phụ nữ đã vận động 12 cặp vợ chồng tảo hôn tự nguyện hủy việc kết hôn trái pháp luật, tuyên truyền cho hơn 900 lượt hội viên về Luật Hôn nhân và gia đình.
Lớp tập huấn có tổng kinh phí 25 triệu đồng, mỗi học viên được hỗ trợ 100.000 đồng/ngày. Sở Tư pháp tỉnh đã có Công văn số 215/STP-PBGDPL ngày 9/4/2019 cung cấp tài liệu hướng dẫn cho các lớp tập huấn.
Bế mạc lớp học, bà Cầm Thị Ỏn đề nghị các trưởng bản sau tập huấn tổ chức họp bản ngay để lấy ý kiến nhân dân, phấn đấu đến cuối năm 2019 tỷ lệ hộ gia đình văn hóa đạt trên 83%.
Quỳnh Anh
Tin liên quan
- Thuận Châu: 85% bản có quy ước phù hợp quy định mới (10/05/2019)
- Mộc Châu biểu dương 60 gia đình văn hóa tiêu biểu (26/04/2019)
- Sông Mã tập huấn công tác hòa giải ở cơ sở (18/04/2019)
- Ngày hội văn hóa dân tộc Mông huyện Bắc Yên (05/04/2019)
""", "2019-05-16", "Chiềng Ban: Tập huấn xây dựng quy ước bản cho 46 học viên",
E("tap_huan", "2019", "2019-05-14"),
[P("Lò Văn Hặc", "Phó Trưởng phòng Tư pháp huyện Mai Sơn"),
 P("Cầm Thị Ỏn", "Phó Chủ tịch UBND xã Chiềng Ban"),
 P("Quàng Văn Pâng", "trưởng bản"), P("Giàng A Chớ", "trưởng bản"), P("Mùa A Sử", "trưởng bản"),
 P("Sùng A Pó", "Bí thư Chi bộ bản Nà Sành"),
 P("Tòng Thị Xuân", "Chủ tịch Hội LHPN xã Chiềng Ban")],
[Q("46 học viên", 46, "học viên"), Q("23 bản", 23, "bản"), Q("23/23 bản", 23, "bản"), Q("8 bản", 8, "bản"),
 Q("500.000 đồng", 500000, "đồng"), Q("2.187/2.684 hộ", 2187, "hộ"), Q("81,5%", 81.5, "%"),
 Q("14 bản", 14, "bản"), Q("12 cặp vợ chồng tảo hôn", 12, "cặp vợ chồng tảo hôn"),
 Q("hơn 900 lượt hội viên", 900, "lượt hội viên", "over"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("100.000 đồng/ngày", 100000, "đồng"), Q("trên 83%", 83, "%", "over")],
[D("Quyết định", "22", "2018/QĐ-TTg", "2018-05-08", "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg ngày 8/5/2018"),
 D("Kế hoạch", "37", "KH-UBND", "2019-04-02", "UBND huyện Mai Sơn", "Kế hoạch số 37/KH-UBND ngày 2/4/2019"),
 D("Công văn", "215", "STP-PBGDPL", "2019-04-09", "Sở Tư pháp tỉnh", "Công văn số 215/STP-PBGDPL ngày 9/4/2019")],
[prov("Sơn La"), com("Chiềng Ban")],
["Báo Sơn La điện tử", "Xã hội › Văn hóa › Đời sống", "Học viên thảo luận nhóm về dự thảo quy ước bản.", "Gia đình văn hóa", "Bản văn hóa",
 "Nà Sành", "Luật Hôn nhân và gia đình"],
["Thứ Năm, 16/05/2019 - 14:05", "2 ngày", "năm 2019", "năm 2005 - 2008", "Năm 2018", "3 - 4 ngày", "48 giờ", "ngày 31/12/2019", "1 con lợn"]))

PAGES.append(page("b8822-binhduong-mttq-giaoban-2019", """
Báo Bình Dương Online
Chính trị > Mặt trận - Đoàn thể
08/10/2019 - 10:05
Phường Tân Định: 97,6% hộ thường trú đạt gia đình văn hóa
(BDO) Sáng 4/10, Ban Thường trực Ủy ban MTTQ phường Tân Định, thị xã Bến Cát tổ chức giao ban công tác Mặt trận quý III năm 2019 với Ban công tác Mặt trận 7 khu phố. Dự có ông Trần Văn Phước, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thị xã Bến Cát.
Theo báo cáo của bà Nguyễn Thị Bích Thủy, Chủ tịch Ủy ban MTTQ phường, đến hết quý III, phường có 4.215/4.318 hộ thường trú đăng ký và được đánh giá đạt tiêu chí gia đình văn hóa, đạt 97,6%; 7/7 khu phố duy trì danh hiệu "Khu phố văn hóa". Điểm khó của Tân Định là địa bàn có 126 khu nhà trọ với khoảng 5.600 phòng, hơn 21.000 người lao động từ các tỉnh đến tạm trú. Thực hiện Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/2/2019 của Ban Thường trực Ủy ban MTTQ tỉnh Bình Dương, phường đã vận động 38 khu nhà trọ đăng ký xây dựng "Khu nhà trọ văn hóa", trong đó 21 khu đạt chuẩn.
Trong quý, các khu phố đã tổ chức 14 buổi sinh hoạt quy ước, bổ sung nội dung về phân loại rác tại nguồn, giữ gìn trật tự trong khu nhà trọ; Quỹ "Vì người nghèo" phường vận động được 85,4 triệu đồng, trao 120 phần quà cho công nhân, hộ khó khăn. Tỷ lệ hộ thường trú tham gia tổ nhân dân tự quản đạt 100%. Ban Thường trực cũng thông báo kết quả khảo sát 300 phiếu lấy ý kiến người dân về chất lượng bình xét, có 86% ý kiến đánh giá việc bình xét công khai, đúng thực chất.
Ông Lê Văn Nhơn, Trưởng ban công tác Mặt trận khu phố 3, cho biết khu phố có 23 khu nhà trọ, phần lớn chủ nhà trọ đã ký cam kết với khu phố. Bà Võ Thị Kim Loan ở khu phố 3, có khu nhà trọ 40 phòng, kể: "Tôi dán nội quy, quy ước của khu phố ở từng dãy phòng. Công nhân ở trọ cũng được mời dự họp khu phố, được bình xét như người địa phương nên các em rất phấn khởi".
Tại buổi giao ban, các ý kiến phản ánh việc bình xét gia đình văn hóa đối với hộ tạm trú chưa có hướng dẫn thống nhất; một số khu phố kinh phí hoạt động còn hạn hẹp, chỉ khoảng 3 triệu đồng/năm. Các ông Phạm Văn Lợi, Nguyễn Thành Công, bà Trần Thị Mỹ - Trưởng khu phố đề nghị phường hỗ trợ thêm kinh phí in ấn quy ước phát cho người lao động.
Phát biểu chỉ đạo, ông Trần Văn Phước đề nghị Mặt trận phường thực hiện tốt Kế hoạch số 12/KH-MTTQ-BTT ngày 15/1/2019 của Ban Thường trực Ủy ban MTTQ phường, tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở 7 khu phố trong quý IV; phấn đấu cuối năm có ít nhất 25 khu nhà trọ đạt chuẩn văn hóa.
Trung Kiên
Tin cùng chuyên mục
- Bến Cát: Mặt trận giám sát việc bình xét hộ nghèo (02/10/2019)
- Trao 200 phần quà cho công nhân khó khăn (25/09/2019)
- Dĩ An có 95% khu phố đạt danh hiệu văn hóa (18/09/2019)
""", "2019-10-08", "Phường Tân Định: 97,6% hộ thường trú đạt gia đình văn hóa",
E("giao_ban", "2019-Q3", "2019-10-04"),
[P("Trần Văn Phước", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thị xã Bến Cát"),
 P("Nguyễn Thị Bích Thủy", "Chủ tịch Ủy ban MTTQ phường"),
 P("Lê Văn Nhơn", "Trưởng ban công tác Mặt trận khu phố 3"),
 P("Võ Thị Kim Loan"),
 P("Phạm Văn Lợi", "Trưởng khu phố"), P("Nguyễn Thành Công", "Trưởng khu phố"), P("Trần Thị Mỹ", "Trưởng khu phố")],
[Q("97,6%", 97.6, "%"), Q("7 khu phố", 7, "khu phố"), Q("4.215/4.318 hộ thường trú", 4215, "hộ thường trú"),
 Q("7/7 khu phố", 7, "khu phố"), Q("126 khu nhà trọ", 126, "khu nhà trọ"), Q("khoảng 5.600 phòng", 5600, "phòng", "approx"),
 Q("hơn 21.000 người lao động", 21000, "người lao động", "over"), Q("38 khu nhà trọ", 38, "khu nhà trọ"), Q("21 khu", 21, "khu"),
 Q("14 buổi sinh hoạt quy ước", 14, "buổi sinh hoạt quy ước"), Q("85,4 triệu đồng", 85400000, "đồng"),
 Q("120 phần quà", 120, "phần quà"), Q("đạt 100%", 100, "%"), Q("300 phiếu", 300, "phiếu"), Q("86% ý kiến", 86, "%"), Q("23 khu nhà trọ", 23, "khu nhà trọ"), Q("40 phòng", 40, "phòng"),
 Q("khoảng 3 triệu đồng/năm", 3000000, "đồng", "approx"), Q("ít nhất 25 khu nhà trọ", 25, "khu nhà trọ", "over")],
[D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2019-02-20", "Ban Thường trực Ủy ban MTTQ tỉnh Bình Dương", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 20/2/2019"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", "2019-01-15", "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 12/KH-MTTQ-BTT ngày 15/1/2019")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Chính trị > Mặt trận - Đoàn thể", "(BDO)", "Khu phố văn hóa", "Khu nhà trọ văn hóa", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["08/10/2019 - 10:05", "quý III năm 2019", "quý IV", "khu phố 3"]))

PAGES.append(page("b8823-haugiang-xa-tongket-2020", """
BÁO HẬU GIANG
Trang chủ / Xã hội / Văn hóa
24 tháng 12, 2020 | 16:15
Vị Trung tổng kết phong trào xây dựng đời sống văn hóa năm 2020
Chiều 22/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Vị Trung, huyện Vị Thủy, tỉnh Hậu Giang tổ chức hội nghị tổng kết phong trào năm 2020. Do ảnh hưởng của dịch Covid-19, hội nghị được tổ chức gọn nhẹ với 45 đại biểu, thực hiện nghiêm các biện pháp phòng dịch theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.
Dự hội nghị có bà Huỳnh Thị Kim Cương, HUV, Chủ tịch Ủy ban MTTQ huyện Vị Thủy. Ông Trần Văn Tỏ, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phong trào xã chủ trì.
Năm 2020, dù gặp nhiều khó khăn do dịch bệnh và hạn, mặn, xã Vị Trung vẫn có 2.545/2.689 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 94,64%, vượt 1,64% so với chỉ tiêu Nghị quyết Đảng bộ xã đề ra; 9/9 ấp giữ vững danh hiệu "Ấp văn hóa". Ngày 15/12/2020, UBND huyện Vị Thủy đã ban hành Quyết định số 1246/QĐ-UBND công nhận xã Vị Trung đạt chuẩn "Xã đạt chuẩn văn hóa nông thôn mới" giai đoạn 2018 - 2020.
Việc bình xét năm nay lần đầu được thực hiện theo Nghị định số 122/2018/NĐ-CP ngày 17/9/2018 của Chính phủ, chấm điểm theo 3 tiêu chuẩn; hộ đạt danh hiệu phải có đủ các tiêu chí về chấp hành pháp luật, quy ước ấp; gia đình hòa thuận, tương trợ; tham gia phát triển kinh tế. Hội nghị thông qua kết quả bình chọn 27 gia đình văn hóa tiêu biểu để đề nghị UBND huyện khen thưởng.
Trong mùa dịch, Ủy ban MTTQ xã đã vận động các mạnh thường quân hỗ trợ 1.250 phần quà cho hộ khó khăn, tổng trị giá hơn 437 triệu đồng; xây dựng, bàn giao 12 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng. Các ấp đã vận động nhân dân đóng góp gần 980 triệu đồng xây 6 cây cầu bê tông và nâng cấp 5,3 km lộ giao thông nông thôn.
Ông Lê Văn Út Hiền, Trưởng ban công tác Mặt trận ấp 7, chia sẻ: "Ấp có 312 hộ thì đã có 301 hộ đạt gia đình văn hóa. Mấy hộ chưa đạt, ban ấp tới tận nhà động viên, hỗ trợ cây giống, con giống để bà con vươn lên".
Các ông Nguyễn Văn Bé Tư, Danh Sol, bà Thạch Thị Sa Vi - Trưởng ban công tác Mặt trận ấp cũng nêu khó khăn: kinh phí hoạt động ở ấp còn ít, nhà văn hóa ấp 2 và ấp 5 đã xuống cấp, chưa có trang thiết bị phục vụ sinh hoạt cộng đồng.
Phát biểu tại hội nghị, bà Huỳnh Thị Kim Cương đề nghị xã tiếp tục thực hiện Kế hoạch số 134/KH-UBND ngày 6/3/2020 của UBND tỉnh về thực hiện phong trào, chú trọng chất lượng thực chất của danh hiệu; phấn đấu năm 2021 có trên 95% hộ đạt gia đình văn hóa.
Dịp này, UBND xã tặng giấy khen cho 5 tập thể và 18 cá nhân có thành tích xuất sắc trong phong trào.
Quốc Tuấn
Tin liên quan
- Long Mỹ: 96% hộ đạt danh hiệu gia đình văn hóa (18/12/2020)
- Trao 300 phần quà cho hộ nghèo bị ảnh hưởng dịch bệnh (10/12/2020)
- Vị Thủy bàn giao 25 căn nhà Đại đoàn kết (02/12/2020)
""", "2020-12-24", "Vị Trung tổng kết phong trào xây dựng đời sống văn hóa năm 2020",
E("tong_ket", "2020", "2020-12-22"),
[P("Huỳnh Thị Kim Cương", "HUV", "Chủ tịch Ủy ban MTTQ huyện Vị Thủy"),
 P("Trần Văn Tỏ", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phong trào xã"),
 P("Lê Văn Út Hiền", "Trưởng ban công tác Mặt trận ấp 7"),
 P("Nguyễn Văn Bé Tư", "Trưởng ban công tác Mặt trận ấp"),
 P("Danh Sol", "Trưởng ban công tác Mặt trận ấp"),
 P("Thạch Thị Sa Vi", "Trưởng ban công tác Mặt trận ấp")],
[Q("45 đại biểu", 45, "đại biểu"), Q("2.545/2.689 hộ", 2545, "hộ"), Q("94,64%", 94.64, "%"), Q("1,64%", 1.64, "%"),
 Q("9/9 ấp", 9, "ấp"), Q("3 tiêu chuẩn", 3, "tiêu chuẩn"), Q("27 gia đình văn hóa tiêu biểu", 27, "gia đình văn hóa tiêu biểu"),
 Q("1.250 phần quà", 1250, "phần quà"), Q("hơn 437 triệu đồng", 437000000, "đồng", "over"),
 Q("12 căn nhà Đại đoàn kết", 12, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("gần 980 triệu đồng", 980000000, "đồng", "approx"), Q("6 cây cầu bê tông", 6, "cây cầu bê tông"), Q("5,3 km", 5.3, "km"),
 Q("312 hộ", 312, "hộ"), Q("301 hộ", 301, "hộ"), Q("trên 95%", 95, "%", "over"), Q("5 tập thể", 5, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Quyết định", "1246", "QĐ-UBND", "2020-12-15", "UBND huyện Vị Thủy", "Quyết định số 1246/QĐ-UBND"),
 D("Nghị định", "122", "2018/NĐ-CP", "2018-09-17", "Chính phủ", "Nghị định số 122/2018/NĐ-CP ngày 17/9/2018"),
 D("Kế hoạch", "134", "KH-UBND", "2020-03-06", "UBND tỉnh", "Kế hoạch số 134/KH-UBND ngày 6/3/2020")],
[prov("Hậu Giang"), com("Vị Trung")],
["BÁO HẬU GIANG", "Trang chủ / Xã hội / Văn hóa", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Ấp văn hóa",
 "Xã đạt chuẩn văn hóa nông thôn mới", "Covid-19"],
["24 tháng 12, 2020 | 16:15", "năm 2020", "năm 2021", "giai đoạn 2018 - 2020", "Covid-19", "ấp 7", "ấp 2", "ấp 5"]))

PAGES.append(page("b8824-hue-dangbo-daihoi-2020", """
Báo Thừa Thiên Huế Online
Chủ nhật, 19/07/2020 - 08:00
Chính trị » Đại hội Đảng các cấp
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Phong Hiền: 93,5% hộ gia đình đạt chuẩn văn hóa
Trong 2 ngày 17 và 18/7, Đảng bộ xã Phong Hiền (huyện Phong Điền) tổ chức Đại hội đại biểu lần thứ XVIII, nhiệm kỳ 2020 - 2025. Về dự có đồng chí Hoàng Trọng Quế, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Phong Điền. Đại hội có 147 đại biểu đại diện cho 512 đảng viên trong toàn Đảng bộ.
Báo cáo chính trị do đồng chí Lê Văn Hòa, Huyện ủy viên, Bí thư Đảng ủy xã khóa XVII trình bày nêu rõ: nhiệm kỳ 2015 - 2020, phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được triển khai sâu rộng, tỷ lệ hộ đạt danh hiệu "Gia đình văn hóa" bình quân hằng năm đạt 93,5%; 11/13 làng được công nhận "Làng văn hóa", tăng 4 làng so với đầu nhiệm kỳ; 13/13 làng đã sửa đổi hương ước theo Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ. Thu nhập bình quân đầu người năm 2020 ước đạt 42 triệu đồng; tỷ lệ hộ nghèo giảm còn 2,8%.
Hương ước các làng ở Phong Hiền gìn giữ nhiều nét đẹp truyền thống như tế làng, cúng đình, lễ hội cầu ngư; đồng thời bổ sung quy định về bảo vệ môi trường, xây dựng nếp sống văn minh. Trong nhiệm kỳ, nhân dân đóng góp trên 8,6 tỷ đồng và hiến gần 15.000 m2 đất để xây dựng đường giao thông, nhà văn hóa làng; 9 làng có nhà văn hóa đạt chuẩn.
Đại hội thảo luận, thống nhất các chỉ tiêu cho nhiệm kỳ 2020 - 2025, trong đó phấn đấu hằng năm có trên 95% hộ gia đình đạt danh hiệu văn hóa, 100% làng đạt danh hiệu "Làng văn hóa", xã đạt chuẩn nông thôn mới nâng cao. Đồng chí Hoàng Trọng Quế đề nghị Đảng bộ quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, tiếp tục phát huy vai trò của Mặt trận và các đoàn thể trong xây dựng khu dân cư văn hóa.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XVIII gồm 15 đồng chí; bầu 9 đại biểu đi dự Đại hội đại biểu Đảng bộ huyện Phong Điền lần thứ XVI. Tại hội nghị lần thứ nhất Ban Chấp hành Đảng bộ xã, đồng chí Lê Văn Hòa tiếp tục được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025; các đồng chí Nguyễn Văn Tài, Hồ Thị Nguyệt được bầu giữ chức Phó Bí thư Đảng ủy xã. Ban Thường vụ Huyện ủy đã ban hành Quyết định số 1125-QĐ/HU chuẩn y kết quả bầu cử.
Thay mặt nhân dân, ông Trần Đăng Khoa ở làng Hiền Lương bày tỏ tin tưởng Đảng bộ nhiệm kỳ mới sẽ tiếp tục lãnh đạo giữ gìn bản sắc văn hóa làng quê.
Minh Phước
Tin khác
- Phong Điền: 100% đảng bộ cơ sở tổ chức xong đại hội (16/07/2020)
- Đại hội Đảng bộ xã Phong An lần thứ XIX (12/07/2020)
- Quảng Điền: sửa đổi hương ước 78 làng (30/06/2020)
""", "2020-07-19", "Phong Hiền: 93,5% hộ gia đình đạt chuẩn văn hóa",
E("dai_hoi", None, "2020-07-17"),
[P("Hoàng Trọng Quế", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Phong Điền"),
 P("Lê Văn Hòa", "Huyện ủy viên", "Bí thư Đảng ủy xã khóa XVII", "Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025"),
 P("Nguyễn Văn Tài", "Phó Bí thư Đảng ủy xã"), P("Hồ Thị Nguyệt", "Phó Bí thư Đảng ủy xã"),
 P("Trần Đăng Khoa")],
[Q("147 đại biểu", 147, "đại biểu"), Q("512 đảng viên", 512, "đảng viên"), Q("93,5%", 93.5, "%"),
 Q("11/13 làng", 11, "làng"), Q("4 làng", 4, "làng"), Q("13/13 làng", 13, "làng"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("2,8%", 2.8, "%"), Q("trên 8,6 tỷ đồng", 8600000000, "đồng", "over"), Q("gần 15.000 m2", 15000, "m2", "approx"),
 Q("9 làng", 9, "làng"), Q("trên 95%", 95, "%", "over"), Q("100% làng", 100, "%"), Q("15 đồng chí", 15, "đồng chí"),
 Q("9 đại biểu", 9, "đại biểu")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Quyết định", "1125", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quyết định số 1125-QĐ/HU")],
[prov("Thừa Thiên Huế"), com("Phong Hiền")],
["Báo Thừa Thiên Huế Online", "Chính trị » Đại hội Đảng các cấp", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Làng văn hóa", "Hiền Lương"],
["Chủ nhật, 19/07/2020 - 08:00", "2 ngày", "lần thứ XVIII", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "khóa XVIII",
 "khóa XVII", "lần thứ XVI", "năm 2020", "15 đồng chí"]))
