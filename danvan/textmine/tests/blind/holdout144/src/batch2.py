from lib import *
PAGES = []

PAGES.append(page("b3419-quangnam-bcd-giaoban-2017", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ :: Tin tức :: Dân chủ cơ sở
Cập nhật lúc 16:05 ngày 13/10/2017
Ảnh: Quang cảnh buổi giao ban.
Giao ban Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở các huyện miền núi
Ngày 12/10, tại huyện Nam Giang, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Quảng Nam tổ chức giao ban quý III năm 2017 với Ban Chỉ đạo 9 huyện miền núi. Đồng chí Bríu Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh chủ trì.
Theo báo cáo, quý III các huyện miền núi tập trung thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị và Kế hoạch 87, 88-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện quy chế dân chủ trong cơ quan nhà nước và ở xã, phường, thị trấn. Các xã đã tổ chức 214 cuộc họp thôn lấy ý kiến nhân dân về phương án bồi thường các dự án thủy điện, đường giao thông; 27 thôn của đồng bào Cơ Tu, Giẻ Triêng, Xơ Đăng hoàn thành sửa đổi hương ước, đưa vào quy định bảo vệ rừng đầu nguồn, không săn bắt động vật hoang dã.
Qua hoạt động của các Ban Thanh tra nhân dân, đã phát hiện và kiến nghị khắc phục 6 công trình kém chất lượng; chủ tịch UBND các xã đã đối thoại trực tiếp với nhân dân 31 cuộc, với khoảng 2.400 lượt người tham gia. Toàn khu vực miền núi còn 14 vụ việc khiếu nại về đất rừng chưa được giải quyết dứt điểm.
Tại buổi giao ban, ông Zơrâm Ước, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện đã đưa nội dung "già làng nói, dân làng nghe" vào quy ước, phát huy vai trò của 62 già làng, người có uy tín. Bà Alăng Thị Nhung, Phó Chủ tịch UBND huyện Nam Giang, đề nghị tỉnh sớm hướng dẫn thực hiện Nghị định số 04/2015/NĐ-CP về dân chủ trong hoạt động của cơ quan hành chính ở cấp xã, nơi cán bộ chủ yếu kiêm nhiệm. Ông Hồ Văn Lanh, Bí thư Đảng ủy xã Phước Chánh, huyện Phước Sơn, phản ánh tình trạng khai thác vàng trái phép gây bức xúc, người dân kiến nghị nhưng chậm được xử lý.
Phát biểu kết luận, đồng chí Bríu Thị Hoa đề nghị quý IV các huyện tổ chức sơ kết 2 năm thực hiện Kết luận 120-KL/TW, chuẩn bị tổng kết 20 năm thực hiện Chỉ thị 30-CT/TW của Bộ Chính trị; các Ban Chỉ đạo phải đi cơ sở, không chỉ ngồi nghe báo cáo; kiên quyết xử lý cán bộ gây phiền hà, sách nhiễu nhân dân. Ban Chỉ đạo tỉnh sẽ kiểm tra đột xuất việc công khai ở một số xã có nhiều đơn thư.
Minh Khang
Các tin đã đưa
- Đông Giang: 100% thôn có quy ước bảo vệ rừng (02/10/2017)
- Đối thoại với người dân vùng dự án thủy điện Sông Bung 2 (21/9/2017)
- Ban Dân vận Tỉnh ủy giao ban công tác dân vận quý III (15/9/2017)
- Phước Sơn: Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân 12 xã (08/9/2017)
""", "2017-10-13", "Giao ban Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở các huyện miền núi",
E("giao_ban", "2017-Q3", "2017-10-12"),
[P("Bríu Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban Thường trực Ban Chỉ đạo tỉnh"),
 P("Zơrâm Ước", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Alăng Thị Nhung", "Phó Chủ tịch UBND huyện Nam Giang"),
 P("Hồ Văn Lanh", "Bí thư Đảng ủy xã Phước Chánh")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("214 cuộc họp thôn", 214, "cuộc họp thôn"), Q("27 thôn", 27, "thôn"),
 Q("6 công trình kém chất lượng", 6, "công trình kém chất lượng"), Q("31 cuộc", 31, "cuộc"),
 Q("khoảng 2.400 lượt người", 2400, "lượt người", "approx"), Q("14 vụ việc khiếu nại về đất rừng", 14, "vụ việc khiếu nại về đất rừng"),
 Q("62 già làng, người có uy tín", 62, "già làng, người có uy tín")],
[D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
 D("Kế hoạch", "87", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 87, 88-KH/TU"),
 D("Kế hoạch", "88", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 87, 88-KH/TU"),
 D("Nghị định", "04", "2015/NĐ-CP", None, None, "Nghị định số 04/2015/NĐ-CP"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW")],
[prov("Quảng Nam"), com("Phước Chánh")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ :: Tin tức :: Dân chủ cơ sở", "Ảnh: Quang cảnh buổi giao ban.",
 "già làng nói, dân làng nghe", "Sông Bung 2"],
["Cập nhật lúc 16:05 ngày 13/10/2017", "quý III năm 2017", "quý IV", "2 năm", "20 năm"]))

PAGES.append(page("b3420-travinh-qcdc-tongket-2018", """
Báo Trà Vinh Online
Thời sự - Chính trị / Dân vận
Thứ Năm, 27/12/2018 - 08:50
Cầu Kè: Phát huy quyền làm chủ của đồng bào Khmer
(TVO) - Ngày 26/12/2018, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Cầu Kè tổ chức hội nghị tổng kết công tác năm 2018 và triển khai phương hướng năm 2019. Dự hội nghị có ông Thạch Sô Phon, Phó Trưởng ban Dân vận Tỉnh ủy; bà Kim Thị Sóc Kha, HUV, Trưởng Ban Dân vận Huyện ủy, Phó Trưởng Ban Chỉ đạo huyện.
Ông Thạch Sô Phon trao giấy khen cho các tập thể.
Năm 2018, các cấp ủy, chính quyền huyện Cầu Kè thực hiện nghiêm Kết luận số 120-KL/TW của Bộ Chính trị và Chương trình hành động số 52-CTr/TU của Tỉnh ủy; Huyện ủy ban hành Kế hoạch 45, 46-KH/HU về thực hiện quy chế dân chủ gắn với xây dựng nông thôn mới và với công tác cải cách hành chính. Toàn huyện có 11/11 xã, thị trấn công khai đầy đủ 20 nội dung nhân dân được biết; 100% ấp tổ chức họp dân bàn và quyết định việc đóng góp xây dựng đường, cầu nông thôn. Nhân dân đóng góp hơn 4,3 tỷ đồng, hiến 11.500 m2 đất, xây dựng 16 cây cầu bê tông.
Ban Thanh tra nhân dân các xã đã giám sát 58 cuộc, kiến nghị 12 nội dung; Ban Giám sát đầu tư của cộng đồng giám sát 35 công trình. Các chùa Phật giáo Nam tông Khmer phối hợp tuyên truyền quy ước ấp trong 27 buổi lễ, thu hút khoảng 5.000 lượt phật tử.
Tham luận tại hội nghị, ông Sơn Văn Thành, Chủ tịch UBND xã Hòa Ân, cho biết xã đã thí điểm dán công khai danh sách hộ vay vốn ưu đãi tại 8 điểm sinh hoạt cộng đồng; Đại đức Thạch Sa Pheng, trụ trì chùa Ô Tre Lớn, chia sẻ việc đưa quy ước ấp vào bài giảng cho phật tử. Bà Lâm Thị Sa Ranh, Chủ tịch Hội LHPN xã Tam Ngãi, đề nghị đưa tiêu chí không tảo hôn vào quy ước.
Phát biểu chỉ đạo, ông Thạch Sô Phon ghi nhận kết quả, đồng thời lưu ý huyện cần chấm dứt tình trạng công khai hình thức, chỉ dán thông báo mà không giải thích cho bà con; sử dụng song ngữ Việt - Khmer trong họp ấp. Năm 2019, huyện phấn đấu 100% cán bộ, công chức xã được bồi dưỡng về quy chế dân chủ; mỗi xã xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với thực hiện dân chủ ở cơ sở; giải quyết dứt điểm các vụ việc khiếu nại còn tồn đọng, không để phát sinh điểm nóng.
Theo Ban Chỉ đạo huyện, bên cạnh kết quả đạt được, việc thực hiện quy chế dân chủ ở một số ấp vùng sâu còn hạn chế; biên bản họp dân có nơi ghi chép sơ sài, chưa phản ánh đầy đủ ý kiến của người dân; hoạt động của Ban Thanh tra nhân dân ở 2 xã còn yếu do thành viên thay đổi nhiều, chưa được tập huấn.
Dịp này, UBND huyện khen thưởng 7 tập thể, 12 cá nhân; mỗi tập thể được thưởng 1 triệu đồng.
Thạch Đức
Tin liên quan
- Trà Cú tổ chức đối thoại với nông dân người Khmer (20/12/2018)
- Châu Thành: 100% ấp có quy ước (10/12/2018)
- Tiểu Cần sơ kết 3 năm thực hiện Kết luận 120-KL/TW (03/12/2018)
""", "2018-12-27", "Cầu Kè: Phát huy quyền làm chủ của đồng bào Khmer",
E("tong_ket", "2018", "2018-12-26"),
[P("Thạch Sô Phon", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Kim Thị Sóc Kha", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng Ban Chỉ đạo huyện"),
 P("Sơn Văn Thành", "Chủ tịch UBND xã Hòa Ân"),
 P("Thạch Sa Pheng", "Đại đức", "trụ trì chùa Ô Tre Lớn"),
 P("Lâm Thị Sa Ranh", "Chủ tịch Hội LHPN xã Tam Ngãi")],
[Q("11/11 xã, thị trấn", 11, "xã, thị trấn"), Q("20 nội dung", 20, "nội dung"), Q("100% ấp", 100, "%"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("11.500 m2", 11500, "m2"), Q("16 cây cầu bê tông", 16, "cây cầu bê tông"),
 Q("58 cuộc", 58, "cuộc"), Q("12 nội dung", 12, "nội dung"), Q("35 công trình", 35, "công trình"),
 Q("27 buổi lễ", 27, "buổi lễ"), Q("khoảng 5.000 lượt phật tử", 5000, "lượt phật tử", "approx"),
 Q("8 điểm sinh hoạt cộng đồng", 8, "điểm sinh hoạt cộng đồng"), Q("7 tập thể", 7, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("100% cán bộ, công chức xã", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("2 xã", 2, "xã")],
[D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Chương trình hành động", "52", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 52-CTr/TU"),
 D("Kế hoạch", "45", "KH/HU", None, "Huyện ủy", "Kế hoạch 45, 46-KH/HU"),
 D("Kế hoạch", "46", "KH/HU", None, "Huyện ủy", "Kế hoạch 45, 46-KH/HU")],
[prov("Trà Vinh"), com("Hòa Ân"), com("Tam Ngãi")],
["Báo Trà Vinh Online", "Thời sự - Chính trị / Dân vận", "(TVO)", "Ông Thạch Sô Phon trao giấy khen cho các tập thể.", "chùa Ô Tre Lớn", "Dân vận khéo"],
["Thứ Năm, 27/12/2018 - 08:50", "năm 2018", "năm 2019"]))

PAGES.append(page("b3421-caobang-quyuoc-khac-2019", """
BÁO CAO BẰNG ĐIỆN TỬ
Trang chủ - Xã hội - Đời sống
Thứ Bảy, 15/06/2019
Bà con xóm Nà Lẹng họp bàn sửa quy ước. Ảnh: Bế Hằng
Quy ước xóm - "luật lệ" gần dân ở vùng cao Hà Quảng
Không phải chờ cán bộ xã xuống nhắc, từ đầu năm đến nay, 64 hộ người Nùng ở xóm Nà Lẹng, xã Trường Hà, huyện Hà Quảng (Cao Bằng) tự giác dọn vệ sinh đường xóm mỗi sáng thứ Bảy. Đó là một trong 18 điều của bản quy ước xóm mà bà con tự bàn, tự biểu quyết từ cuối năm 2018.
Ông Nông Văn Páo, Trưởng xóm Nà Lẹng, kể: quy ước cũ viết chung chung, không ai nhớ. Lần này, xóm họp 3 buổi, mỗi điều đều đọc bằng tiếng Nùng cho bà con nghe rồi mới biểu quyết. Nhà nào thả rông trâu, bò phá hoa màu thì phải bồi thường theo thỏa thuận và bị nhắc tên ở cuộc họp xóm; nhà nào có con đi học đại học được quỹ xóm thưởng 300.000 đồng.
Theo bà Đàm Thị Ngoan, Phó Chủ tịch UBND xã Trường Hà, việc sửa đổi quy ước được thực hiện theo Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018 của Thủ tướng Chính phủ về xây dựng, thực hiện hương ước, quy ước, thay cho Thông tư liên tịch cũ. Đến nay, 11/11 xóm của xã đã hoàn thành rà soát, trong đó 7 quy ước đã được Chủ tịch UBND huyện công nhận. Các quy ước đều bỏ hình thức phạt tiền, chỉ giữ các biện pháp nhắc nhở, phê bình.
Ở xóm Khau Vài của đồng bào Dao Tiền, quy ước mới đưa vào điều khoản không tảo hôn, không kết hôn cận huyết thống. Ông Triệu Tòn Mẩy, Bí thư Chi bộ xóm Khau Vài, cho biết từ khi có quy ước, xóm không còn trường hợp tảo hôn nào; 23 hộ đã thôi tổ chức lễ cấp sắc kéo dài nhiều ngày, giảm chi phí khoảng 15 triệu đồng mỗi hộ.
Ông Hoàng Đức Thuận, HUV, Trưởng Ban Dân vận Huyện ủy Hà Quảng, cho biết thực hiện Kế hoạch số 105-KH/HU ngày 20/12/2018 của Ban Thường vụ Huyện ủy, toàn huyện có 178 xóm đã hoàn thành sửa đổi quy ước, đạt khoảng 90%. Huyện đang chọn 5 xóm làm điểm về "quy ước xanh" để nhân rộng.
Theo ông Thuận, khó nhất không phải là viết quy ước mà là giữ được quy ước. Có xóm bàn rất kỹ nhưng sau vài tháng lại đâu vào đấy vì không ai theo dõi, nhắc nhở. Vì vậy, huyện yêu cầu mỗi xóm phân công tổ tự quản theo dõi việc thực hiện, cuối năm đưa kết quả vào bình xét gia đình văn hóa, xóm văn hóa; chi bộ xóm đưa nội dung này vào sinh hoạt định kỳ. Các đoàn thể như Hội Phụ nữ, Đoàn Thanh niên cũng nhận phần việc cụ thể, như tuyên truyền chống tảo hôn, giữ vệ sinh nguồn nước, đường làng.
Trên đường ra khỏi xóm Nà Lẹng, chúng tôi thấy bảng quy ước được viết bằng cả tiếng Việt và tiếng Nùng, treo ngay cổng nhà văn hóa.
Còn bà Lục Thị Mây, người có uy tín xóm Nà Lẹng, nói giản dị: "Quy ước do mình bàn thì mình giữ, không ai phải bắt".
Bế Hằng
Tin khác
- Hòa An: Ra mắt 12 tổ hòa giải ở cơ sở (12/6/2019)
- Đối thoại với nông dân về chuyển đổi cây trồng (05/6/2019)
""", "2019-06-15", "Quy ước xóm - \"luật lệ\" gần dân ở vùng cao Hà Quảng",
E("khac", None, None),
[P("Nông Văn Páo", "Trưởng xóm Nà Lẹng"),
 P("Đàm Thị Ngoan", "Phó Chủ tịch UBND xã Trường Hà"),
 P("Triệu Tòn Mẩy", "Bí thư Chi bộ xóm Khau Vài"),
 P("Hoàng Đức Thuận", "HUV", "Trưởng Ban Dân vận Huyện ủy Hà Quảng"),
 P("Lục Thị Mây", "người có uy tín xóm Nà Lẹng")],
[Q("64 hộ người Nùng", 64, "hộ người Nùng"), Q("18 điều", 18, "điều"), Q("3 buổi", 3, "buổi"),
 Q("300.000 đồng", 300000, "đồng"), Q("11/11 xóm", 11, "xóm"), Q("7 quy ước", 7, "quy ước"), Q("23 hộ", 23, "hộ"),
 Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("178 xóm", 178, "xóm"), Q("khoảng 90%", 90, "%", "approx"),
 Q("5 xóm", 5, "xóm")],
[D("Quyết định", "22", "2018/QĐ-TTg", "2018-05-08", "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg ngày 08/5/2018"),
 D("Kế hoạch", "105", "KH/HU", "2018-12-20", "Ban Thường vụ Huyện ủy", "Kế hoạch số 105-KH/HU ngày 20/12/2018")],
[prov("Cao Bằng"), com("Trường Hà")],
["BÁO CAO BẰNG ĐIỆN TỬ", "Trang chủ - Xã hội - Đời sống", "Bà con xóm Nà Lẹng họp bàn sửa quy ước. Ảnh: Bế Hằng",
 "quy ước xanh", "Quy ước do mình bàn thì mình giữ, không ai phải bắt", "Khau Vài"],
["Thứ Bảy, 15/06/2019", "cuối năm 2018", "nhiều ngày"]))

PAGES.append(page("b3422-kiengiang-doithoai-2020", """
Báo Kiên Giang
Trang chủ > Chính trị > Dân chủ - Pháp luật
2020-08-14 10:30
Chủ tịch UBND xã Bàn Tân Định đối thoại với nông dân về quy hoạch đất ven kênh
Sáng 13/8, UBND xã Bàn Tân Định, huyện Giồng Riềng tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân năm 2020, theo Quy định số 124-QĐ/TW của Ban Bí thư và Kế hoạch số 59/KH-UBND của UBND huyện. Ông Danh Hùng, Chủ tịch UBND xã chủ trì; có 126 người dân của 9 ấp tham dự, trong đó khoảng 40% là đồng bào Khmer.
Quang cảnh buổi đối thoại tại hội trường xã. Ảnh: K.Sơn
Do dịch Covid-19, buổi đối thoại được chia thành 2 điểm, bảo đảm giãn cách. Trước đó, xã đã thông báo trên loa truyền thanh và dán tại 9 ấp nội dung đối thoại, thu thập được 37 ý kiến, kiến nghị bằng văn bản.
Nhiều ý kiến tập trung vào việc quy hoạch đất ven kênh Thốt Nốt. Ông Danh Sà Rinh, ngụ ấp Nước Chảy, hỏi vì sao đất của gia đình nằm trong hành lang bảo vệ kênh mà chưa được bồi thường khi làm bờ kè. Bà Thị Sa Thu, ngụ ấp Thạnh Bình, phản ánh 3 hộ Khmer nghèo trong ấp chưa được xét hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ về hỗ trợ người dân gặp khó khăn do đại dịch.
Trả lời, ông Danh Hùng cho biết bờ kè được xây dựng bằng nguồn vốn xã hội hóa, nhân dân tự nguyện hiến đất theo tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra", không có chủ trương bồi thường; tuy vậy xã sẽ kiến nghị huyện hỗ trợ mỗi hộ bị ảnh hưởng 3 triệu đồng. Về hỗ trợ theo Nghị quyết 42, xã đã chi trả cho 412 người với tổng số tiền hơn 400 triệu đồng; trường hợp của 3 hộ sẽ được rà soát lại ngay trong tháng 8.
Ông Lê Văn Phước, Trưởng Ban Thanh tra nhân dân xã, kiến nghị công khai lại danh sách hộ nghèo năm 2020 sau khi có phản ánh 2 trường hợp không đúng đối tượng. Ông Huỳnh Thanh Nhã, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị ban nhân dân các ấp sớm tổ chức họp dân sửa đổi quy ước, bổ sung nội dung giữ gìn vệ sinh bờ kênh.
Kết thúc đối thoại, ông Danh Hùng tiếp thu, trả lời trực tiếp 29 ý kiến; 8 ý kiến vượt thẩm quyền sẽ được tổng hợp gửi UBND huyện Giồng Riềng. Ông giao công chức địa chính xã cùng trưởng các ấp xác minh, trả lời bằng văn bản cho người dân trước ngày 30/8/2020.
Theo lãnh đạo xã, đây là lần đầu tiên xã tổ chức đối thoại theo hình thức chia điểm, tuy vất vả hơn nhưng bà con được nói nhiều hơn. Xã sẽ tiếp tục duy trì hình thức này trong các buổi tiếp xúc, đối thoại tiếp theo.
Kim Sơn
Bài viết liên quan
- Giồng Riềng sơ kết 6 tháng thực hiện Quy chế dân chủ ở cơ sở (25/7/2020)
- Hòn Đất đối thoại với ngư dân về lệnh cấm khai thác (10/7/2020)
- Tập huấn Quy chế dân chủ cho cán bộ ấp, khu phố (02/7/2020)
""", "2020-08-14", "Chủ tịch UBND xã Bàn Tân Định đối thoại với nông dân về quy hoạch đất ven kênh",
E("doi_thoai", "2020", "2020-08-13"),
[P("Danh Hùng", "Chủ tịch UBND xã"),
 P("Danh Sà Rinh"), P("Thị Sa Thu"),
 P("Lê Văn Phước", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Huỳnh Thanh Nhã", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("126 người dân", 126, "người dân"), Q("9 ấp", 9, "ấp"), Q("khoảng 40%", 40, "%", "approx"), Q("2 điểm", 2, "điểm"),
 Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("3 hộ Khmer nghèo", 3, "hộ Khmer nghèo"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("412 người", 412, "người"), Q("hơn 400 triệu đồng", 400000000, "đồng", "over"),
 Q("2 trường hợp", 2, "trường hợp"), Q("29 ý kiến", 29, "ý kiến"), Q("8 ý kiến", 8, "ý kiến")],
[D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Kế hoạch", "59", "KH-UBND", None, "UBND huyện", "Kế hoạch số 59/KH-UBND"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Kiên Giang"), com("Bàn Tân Định")],
["Báo Kiên Giang", "Trang chủ > Chính trị > Dân chủ - Pháp luật", "Quang cảnh buổi đối thoại tại hội trường xã. Ảnh: K.Sơn",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Covid-19", "Nước Chảy", "Thạnh Bình"],
["2020-08-14 10:30", "năm 2020", "Covid-19", "Nghị quyết 42", "tháng 8", "30/8/2020"]))

PAGES.append(page("b3423-gialai-iaphang-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA PHANG
Huyện Chư Pưh - Tỉnh Gia Lai
Trang chủ » Văn bản - Báo cáo » Dân chủ cơ sở
Ngày 16/06/2021 | 09:15
Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2021
UBND xã Ia Phang ban hành Báo cáo số 74/BC-UBND ngày 15/6/2021 về kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2021, phương hướng nhiệm vụ 6 tháng cuối năm 2021. Nội dung chính như sau:
I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
Thực hiện Kế hoạch số 12-KH/BCĐ ngày 20/01/2021 của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Chư Pưh, Đảng ủy xã đã ban hành Kế hoạch số 08-KH/ĐU; UBND xã kiện toàn Ban Chỉ đạo xã gồm 11 thành viên do đồng chí Rơ Mah Thuyên, Phó Bí thư Thường trực Đảng ủy xã làm Trưởng ban.
II. KẾT QUẢ THỰC HIỆN
1. Những việc công khai để nhân dân biết: UBND xã đã niêm yết công khai dự toán ngân sách năm 2021 là 6,85 tỷ đồng; danh sách 187 hộ nghèo, 96 hộ cận nghèo; kế hoạch sử dụng đất; danh sách 42 hộ được hỗ trợ theo Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ.
2. Những việc nhân dân bàn và quyết định trực tiếp: 8/8 thôn, làng đã họp dân bàn việc đóng góp làm đường bê tông nông thôn, kết quả nhân dân góp 520 triệu đồng và khoảng 1.300 ngày công; 3 làng Jrai sửa đổi quy ước, bổ sung quy định về bảo vệ rừng cộng đồng, không đốt rẫy gần rừng.
3. Những việc nhân dân tham gia ý kiến: lấy ý kiến về dự thảo quy hoạch khu dân cư làng Bơ Ngăl, có 134 lượt người tham gia góp ý.
4. Những việc nhân dân giám sát, kiểm tra: Ban Thanh tra nhân dân xã do ông Ksor Dơng làm Trưởng ban đã giám sát 4 cuộc; Ban Giám sát đầu tư của cộng đồng giám sát 3 công trình, phát hiện 1 công trình chậm tiến độ.
5. Tiếp công dân, giải quyết đơn thư: UBND xã tiếp 27 lượt công dân, nhận 9 đơn, đã giải quyết 7 đơn, còn 2 đơn đang xác minh. Chủ tịch UBND xã tổ chức 1 buổi đối thoại với nhân dân làng Chư Ruồng với 86 người tham dự.
III. HẠN CHẾ
Một số người có uy tín chưa phát huy vai trò trong vận động đồng bào; việc ghi biên bản họp làng bằng tiếng Jrai còn thiếu; 2 làng chưa tổ chức họp dân định kỳ theo quy định.
IV. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2021
Tiếp tục thực hiện Nghị định số 149/2018/NĐ-CP ngày 07/11/2018 của Chính phủ quy định chi tiết về dân chủ ở nơi làm việc; phấn đấu 100% thôn, làng họp dân định kỳ, giải quyết dứt điểm 2 đơn tồn đọng; phối hợp Ủy ban MTTQ xã do bà Siu H'Nhưng làm Chủ tịch tổ chức tập huấn cho thành viên Ban Thanh tra nhân dân.
Nơi nhận: Ban Chỉ đạo QCDC huyện; Thường trực Đảng ủy xã; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH
Rcom Thị Blưi
Tin khác
- Kế hoạch tổ chức đối thoại năm 2021 (04/3/2021)
- Thông báo lịch tiếp công dân quý III/2021 (01/6/2021)
""", "2021-06-16", "Báo cáo kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2021",
E("bao_cao", "2021-H1", "2021-06-15"),
[P("Rơ Mah Thuyên", "Phó Bí thư Thường trực Đảng ủy xã", "Trưởng ban"),
 P("Ksor Dơng", "Trưởng ban"),
 P("Siu H'Nhưng", "Chủ tịch"),
 P("Rcom Thị Blưi", "PHÓ CHỦ TỊCH")],
[Q("11 thành viên", 11, "thành viên"), Q("6,85 tỷ đồng", 6850000000, "đồng"), Q("187 hộ nghèo", 187, "hộ nghèo"),
 Q("96 hộ cận nghèo", 96, "hộ cận nghèo"), Q("42 hộ", 42, "hộ"), Q("8/8 thôn, làng", 8, "thôn, làng"),
 Q("520 triệu đồng", 520000000, "đồng"), Q("khoảng 1.300 ngày công", 1300, "ngày công", "approx"), Q("3 làng Jrai", 3, "làng Jrai"),
 Q("134 lượt người", 134, "lượt người"), Q("4 cuộc", 4, "cuộc"), Q("3 công trình", 3, "công trình"),
 Q("1 công trình", 1, "công trình"), Q("27 lượt công dân", 27, "lượt công dân"), Q("9 đơn", 9, "đơn"), Q("7 đơn", 7, "đơn"),
 Q("2 đơn đang xác minh", 2, "đơn"), Q("1 buổi đối thoại", 1, "buổi đối thoại"), Q("86 người", 86, "người"), Q("2 làng", 2, "làng"),
 Q("100% thôn, làng", 100, "%")],
[D("Báo cáo", "74", "BC-UBND", "2021-06-15", "UBND xã Ia Phang", "Báo cáo số 74/BC-UBND ngày 15/6/2021"),
 D("Kế hoạch", "12", "KH/BCĐ", "2021-01-20", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Chư Pưh", "Kế hoạch số 12-KH/BCĐ ngày 20/01/2021"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Nghị định", "149", "2018/NĐ-CP", "2018-11-07", "Chính phủ", "Nghị định số 149/2018/NĐ-CP ngày 07/11/2018")],
[prov("Gia Lai"), com("Ia Phang")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ IA PHANG", "Huyện Chư Pưh - Tỉnh Gia Lai", "Trang chủ » Văn bản - Báo cáo » Dân chủ cơ sở",
 "Nơi nhận: Ban Chỉ đạo QCDC huyện; Thường trực Đảng ủy xã; Lưu VT.", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH", "Bơ Ngăl", "Chư Ruồng"],
["Ngày 16/06/2021 | 09:15", "6 tháng đầu năm 2021", "6 tháng cuối năm 2021", "năm 2021", "I. CÔNG TÁC", "1. Những việc"]))

PAGES.append(page("b3424-quangtri-luatdanchu-hoinghi-2022", """
Báo Quảng Trị
Chính trị » Thời sự
Thứ Sáu, 23/12/2022 - 15:20
Các đại biểu dự hội nghị tại điểm cầu huyện Hướng Hóa. Ảnh: Đ.V
Quán triệt Luật Thực hiện dân chủ ở cơ sở đến 141 điểm cầu
Sáng 22/12, Ban Thường vụ Tỉnh ủy Quảng Trị tổ chức hội nghị trực tuyến quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở năm 2022 và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị. Hội nghị được kết nối đến 141 điểm cầu các huyện, thị xã, thành phố và xã, phường, thị trấn với hơn 6.200 cán bộ, đảng viên tham dự.
Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội khóa XV thông qua ngày 10/11/2022, có hiệu lực từ ngày 01/7/2023, gồm 6 chương, 91 điều. Luật quy định rõ những nội dung công dân được biết, được bàn và quyết định, được tham gia ý kiến, được kiểm tra, giám sát; kế thừa Pháp lệnh số 34/2007/PL-UBTVQH11 và mở rộng phạm vi ra cơ quan, đơn vị, doanh nghiệp.
Báo cáo viên, ông Hồ Xuân Lãm, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu những điểm mới của luật, trong đó có việc Ban Thanh tra nhân dân ở xã, phường, thị trấn do hội nghị nhân dân ở thôn, khu phố bầu; cộng đồng dân cư bàn và quyết định hương ước, quy ước; người dân được tham gia ý kiến vào dự thảo quy hoạch, kế hoạch sử dụng đất cấp xã.
Phát biểu chỉ đạo, đồng chí Lê Thị Xuân Mai, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh, yêu cầu các cấp ủy xây dựng kế hoạch tuyên truyền luật đến từng thôn, bản, khu phố; chú trọng vùng đồng bào Vân Kiều, Pa Kô ở huyện Hướng Hóa, Đakrông; đến quý II/2023 hoàn thành rà soát 1.026 hương ước, quy ước cho phù hợp với luật mới.
Tại điểm cầu huyện Đakrông, ông Hồ Văn Nhơn, Bí thư Đảng ủy xã A Ngo, cho biết xã đã dịch tóm tắt luật sang tiếng Pa Kô để phát trên loa truyền thanh. Bà Kăn Thị Xim, Trưởng Ban Thanh tra nhân dân xã Tà Rụt, đề nghị sớm có hướng dẫn về nhiệm kỳ của Ban Thanh tra nhân dân theo luật mới, vì nhiệm kỳ hiện tại kéo dài đến tháng 6/2023.
Theo Ban Dân vận Tỉnh ủy, năm 2022 toàn tỉnh đã tổ chức 1.380 cuộc đối thoại, tiếp xúc với nhân dân; các Ban Thanh tra nhân dân giám sát 712 cuộc, kiến nghị thu hồi gần 900 triệu đồng. Ban Dân vận Tỉnh ủy sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 135-KH/TU về thực hiện Kết luận 01-KL/TW và Luật trong tháng 1/2023.
Nam Phương
Tin cùng chuyên mục
- Hướng Hóa đối thoại với người dân về chi trả dịch vụ môi trường rừng (19/12/2022)
- Tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận (15/12/2022)
- Vĩnh Linh: 100% thôn có hương ước được công nhận (09/12/2022)
""", "2022-12-23", "Quán triệt Luật Thực hiện dân chủ ở cơ sở đến 141 điểm cầu",
E("hoi_nghi", None, "2022-12-22"),
[P("Hồ Xuân Lãm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Xuân Mai", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh"),
 P("Hồ Văn Nhơn", "Bí thư Đảng ủy xã A Ngo"),
 P("Kăn Thị Xim", "Trưởng Ban Thanh tra nhân dân xã Tà Rụt")],
[Q("141 điểm cầu", 141, "điểm cầu"), Q("hơn 6.200 cán bộ, đảng viên", 6200, "cán bộ, đảng viên", "over"),
 Q("6 chương", 6, "chương"), Q("91 điều", 91, "điều"), Q("1.026 hương ước, quy ước", 1026, "hương ước, quy ước"),
 Q("1.380 cuộc đối thoại, tiếp xúc", 1380, "cuộc đối thoại, tiếp xúc"), Q("712 cuộc", 712, "cuộc"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "135", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 135-KH/TU")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Rụt")],
["Báo Quảng Trị", "Chính trị » Thời sự", "Các đại biểu dự hội nghị tại điểm cầu huyện Hướng Hóa. Ảnh: Đ.V",
 "Luật Thực hiện dân chủ ở cơ sở năm 2022"],
["Thứ Sáu, 23/12/2022 - 15:20", "khóa XV", "01/7/2023", "quý II/2023", "tháng 6/2023", "năm 2022", "tháng 1/2023"]))
