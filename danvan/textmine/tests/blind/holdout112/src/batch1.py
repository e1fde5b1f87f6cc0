from lib import *
PAGES = []

PAGES.append(page("b2645-laichau-bdbp-xuanbienphong-2013", """
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LAI CHÂU
Trang chủ > Tin tức > Dân vận biên phòng
Thứ Hai, 28/01/2013 - 09:30
Đại tá Vàng Văn Tuấn trao quà Tết cho hộ nghèo xã Pa Vây Sử.
"Xuân Biên phòng ấm lòng dân bản" đến với đồng bào Hà Nhì, Mông vùng biên
Ngày 26/1/2013, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tại xã Pa Vây Sử, huyện Phong Thổ. Đại tá Vàng Văn Tuấn, Phó Chính ủy Bộ đội Biên phòng tỉnh; bà Lò Thị Pâng, Phó Trưởng Ban Dân vận Tỉnh ủy và ông Chu Văn Sơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự.
Tại chương trình, Ban tổ chức đã trao 320 suất quà Tết cho các hộ nghèo, gia đình chính sách, mỗi suất trị giá 400.000 đồng gồm gạo, dầu ăn, bánh kẹo và tiền mặt; tặng 15 con bò giống cho 15 hộ nghèo ở các bản Xí Giàng, Sín Chải; trao 40 suất học bổng, mỗi suất 500.000 đồng cho học sinh nghèo vượt khó. Quân y Đồn Biên phòng Pa Vây Sử khám bệnh, cấp thuốc miễn phí cho 260 lượt người. Tổng giá trị chương trình trên 245 triệu đồng, do cán bộ, chiến sĩ đóng góp và vận động các doanh nghiệp ủng hộ.
Báo cáo của Thiếu tá Giàng A Páo, Chính trị viên Đồn Biên phòng Pa Vây Sử cho biết, năm 2012 đơn vị đã phối hợp với cấp ủy, chính quyền xã vận động 46 hộ dân ở khu vực biên giới ổn định cuộc sống, không di cư tự do; hòa giải thành 7 vụ việc tranh chấp đất nương ngay tại bản. Đồn duy trì 2 lớp học xóa mù chữ với 58 học viên là người Hà Nhì, Mông; thực hiện mô hình "Nâng bước em tới trường", nhận đỡ đầu 9 học sinh, mỗi em được hỗ trợ 300.000 đồng/tháng. Chương trình năm nay được tổ chức theo Kế hoạch số 05/KH-BCH ngày 07/01/2013 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Phát biểu tại buổi lễ, Đại tá Vàng Văn Tuấn ghi nhận những đóng góp của đồng bào các dân tộc trong bảo vệ chủ quyền lãnh thổ, an ninh biên giới; đề nghị bà con tiếp tục tham gia tự quản đường biên, mốc quốc giới, không nghe kẻ xấu lôi kéo, tuyên truyền đạo trái pháp luật. Ông Lỳ Gò Hừ, Chủ tịch UBND xã Pa Vây Sử, cam kết cùng Đồn Biên phòng giữ vững an ninh trật tự trong dịp Tết Nguyên đán.
Thay mặt đồng bào, ông Phù Lò Xá, người có uy tín bản Xí Giàng, bày tỏ niềm vui khi bộ đội Biên phòng luôn "ăn cùng, ở cùng, làm cùng" với dân bản, hứa sẽ vận động con cháu không vượt biên trái phép, giữ gìn phong tục tốt đẹp của người Hà Nhì.
Trong dịp này, Đồn Biên phòng Pa Vây Sử tổ chức giao lưu văn nghệ, thi đẩy gậy, ném còn với thanh niên các bản; trao tặng 200 lá cờ Tổ quốc cho các hộ dân dọc tuyến biên giới.
Minh Khôi
Lượt xem: 1.024
Tin liên quan
- Đồn Biên phòng Mù Cả tặng quà cho trẻ em nghèo (20/01/2013)
- Ra mắt tổ tự quản đường biên, mốc quốc giới bản Si Phài (11/01/2013)
- Lai Châu: 3 đồn Biên phòng nhận Cờ thi đua của UBND tỉnh (28/12/2012)
""", "2013-01-28", "\"Xuân Biên phòng ấm lòng dân bản\" đến với đồng bào Hà Nhì, Mông vùng biên",
E("trao_qua", None, "2013-01-26"),
[P("Vàng Văn Tuấn", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Lò Thị Pâng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chu Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Páo", "Thiếu tá", "Chính trị viên Đồn Biên phòng Pa Vây Sử"),
 P("Lỳ Gò Hừ", "Chủ tịch UBND xã Pa Vây Sử"),
 P("Phù Lò Xá", "người có uy tín bản Xí Giàng")],
[Q("320 suất quà", 320, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("15 con bò giống", 15, "con bò giống"),
 Q("15 hộ nghèo", 15, "hộ nghèo"), Q("40 suất học bổng", 40, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("260 lượt người", 260, "lượt người"), Q("trên 245 triệu đồng", 245000000, "đồng", "over"),
 Q("46 hộ dân", 46, "hộ dân"), Q("7 vụ việc tranh chấp đất nương", 7, "vụ việc tranh chấp đất nương"),
 Q("2 lớp học xóa mù chữ", 2, "lớp học xóa mù chữ"), Q("58 học viên", 58, "học viên"), Q("9 học sinh", 9, "học sinh"),
 Q("300.000 đồng", 300000, "đồng"), Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Kế hoạch", "05", "KH-BCH", "2013-01-07", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 05/KH-BCH ngày 07/01/2013")],
[prov("Lai Châu"), com("Pa Vây Sử")],
["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH LAI CHÂU", "Trang chủ > Tin tức > Dân vận biên phòng",
 "Đại tá Vàng Văn Tuấn trao quà Tết cho hộ nghèo xã Pa Vây Sử.", "Xuân Biên phòng ấm lòng dân bản",
 "Nâng bước em tới trường", "ăn cùng, ở cùng, làm cùng", "Lượt xem: 1.024"],
["Thứ Hai, 28/01/2013 - 09:30", "năm 2012", "Lượt xem: 1.024", "05/KH-BCH"]))

PAGES.append(page("b2646-quangngai-lyson-nghiepdoan-tongket-2011", """
Cổng thông tin điện tử huyện Lý Sơn - tỉnh Quảng Ngãi
Tin tức - Sự kiện / Hoạt động Mặt trận và đoàn thể
16.12.2011 | 15:40
Lý Sơn: 38 tổ đoàn kết trên biển góp phần giữ vững chủ quyền
Sáng 15/12, Hội Nông dân huyện Lý Sơn phối hợp với Phòng Nông nghiệp và Phát triển nông thôn, Đồn Biên phòng Lý Sơn tổ chức hội nghị tổng kết hoạt động của các tổ đoàn kết khai thác hải sản xa bờ năm 2011. Ông Lê Văn Thạnh, HUV, Chủ tịch Hội Nông dân huyện chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết. Ảnh: Phạm Lợi
Theo báo cáo, toàn huyện hiện có 38 tổ đoàn kết với 264 tàu cá và 2.150 lao động thường xuyên bám biển ở ngư trường Hoàng Sa, Trường Sa. Các tổ đã giúp đỡ nhau cứu hộ, lai dắt 21 tàu gặp nạn về bờ an toàn, cứu sống 143 ngư dân. Sản lượng khai thác cả năm đạt khoảng 4.200 tấn, tăng 8% so với năm 2010; thu nhập bình quân của lao động trên tàu đạt gần 5 triệu đồng/tháng.
Năm 2011, có 6 tàu cá của ngư dân xã An Vĩnh và xã An Hải bị tàu nước ngoài bắt giữ, đập phá, thiệt hại trên 1,3 tỷ đồng. Hội Nông dân huyện đã vận động hội viên, nhà hảo tâm hỗ trợ các chủ tàu 180 triệu đồng để sửa chữa tàu, sớm trở lại ngư trường. Thực hiện Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010 của Thủ tướng Chính phủ về chính sách khuyến khích, hỗ trợ khai thác, nuôi trồng hải sản và dịch vụ khai thác hải sản trên các vùng biển xa, huyện đã chi trả hỗ trợ nhiên liệu cho 197 lượt tàu với tổng số tiền hơn 9,6 tỷ đồng.
Tại hội nghị, ông Dương Văn Cư, tổ trưởng Tổ đoàn kết số 5 thôn Đông, chia sẻ: mỗi chuyến ra khơi kéo dài 20 đến 25 ngày, các tàu trong tổ luôn giữ liên lạc, khi có tàu lạ xuất hiện thì báo ngay về Đồn Biên phòng. Thiếu tá Nguyễn Tấn Lực, Đồn trưởng Đồn Biên phòng Lý Sơn, đề nghị các chủ tàu trang bị đủ máy thông tin liên lạc, áo phao và không để người không có giấy tờ tùy thân đi biển.
Kết luận hội nghị, ông Lê Văn Thạnh yêu cầu năm 2012 các cơ sở hội tiếp tục thực hiện Nghị quyết 04-NQ/HNDT ngày 20/4/2011 của Ban Thường vụ Hội Nông dân tỉnh về củng cố tổ đoàn kết sản xuất trên biển, phấn đấu thành lập mới 5 tổ, kết nạp 150 hội viên mới là ngư dân.
Dịp này, Hội Nông dân huyện tặng giấy khen cho 7 tổ đoàn kết và 12 ngư dân có thành tích xuất sắc trong cứu hộ, cứu nạn trên biển; UBND huyện khen thưởng ông Trần Văn Hòa, thuyền trưởng tàu QNg 96417 TS, đã cứu 11 ngư dân tàu bạn bị chìm do bão số 1.
Phạm Lợi
Lượt truy cập: 215.480
Các tin khác
- An Vĩnh ra mắt chi hội nghề cá (02/12/2011)
- Đón 9 ngư dân bị bắt giữ trở về quê hương (18/11/2011)
- Hội LHPN huyện trao 50 suất quà cho gia đình ngư dân gặp nạn (04/11/2011)
""", "2011-12-16", "Lý Sơn: 38 tổ đoàn kết trên biển góp phần giữ vững chủ quyền",
E("tong_ket", "2011", "2011-12-15"),
[P("Lê Văn Thạnh", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Dương Văn Cư", "tổ trưởng Tổ đoàn kết số 5 thôn Đông"),
 P("Nguyễn Tấn Lực", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Lý Sơn"),
 P("Trần Văn Hòa", "thuyền trưởng tàu QNg 96417 TS")],
[Q("38 tổ đoàn kết", 38, "tổ đoàn kết"), Q("264 tàu cá", 264, "tàu cá"), Q("2.150 lao động", 2150, "lao động"),
 Q("21 tàu", 21, "tàu"), Q("143 ngư dân", 143, "ngư dân"), Q("khoảng 4.200 tấn", 4200, "tấn", "approx"),
 Q("8%", 8, "%"), Q("gần 5 triệu đồng", 5000000, "đồng", "approx"), Q("6 tàu cá", 6, "tàu cá"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("197 lượt tàu", 197, "lượt tàu"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("5 tổ", 5, "tổ"), Q("150 hội viên mới", 150, "hội viên mới"), Q("7 tổ đoàn kết", 7, "tổ đoàn kết"),
 Q("12 ngư dân", 12, "ngư dân"), Q("11 ngư dân", 11, "ngư dân")],
[D("Quyết định", "48", "2010/QĐ-TTg", "2010-07-13", "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010"),
 D("Nghị quyết", "04", "NQ/HNDT", "2011-04-20", "Ban Thường vụ Hội Nông dân tỉnh", "Nghị quyết 04-NQ/HNDT ngày 20/4/2011")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải")],
["Cổng thông tin điện tử huyện Lý Sơn - tỉnh Quảng Ngãi", "Tin tức - Sự kiện / Hoạt động Mặt trận và đoàn thể",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Phạm Lợi", "Hoàng Sa, Trường Sa", "Lượt truy cập: 215.480"],
["16.12.2011 | 15:40", "năm 2011", "năm 2010", "Tổ đoàn kết số 5", "20 đến 25 ngày",
 "QNg 96417 TS", "bão số 1", "Lượt truy cập: 215.480"]))

PAGES.append(page("b2647-khanhhoa-mttq-truongsa-traoqua-2014", """
ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA
Trang chủ » Hoạt động Mặt trận » Vì biển, đảo quê hương
Ngày đăng: 10/06/2014 | 08:45
Ảnh: Đoàn công tác thăm cán bộ, chiến sĩ đảo Sinh Tồn.
Trao hơn 2,1 tỷ đồng ủng hộ quân và dân huyện đảo Trường Sa
Từ ngày 25/5 đến ngày 3/6/2014, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa do bà Trịnh Thị Thu Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, tặng quà quân và dân huyện đảo Trường Sa và Nhà giàn DK1. Đi cùng đoàn có ông Nguyễn Khắc Tuấn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đại diện các tổ chức chính trị - xã hội, doanh nghiệp.
Tại thị trấn Trường Sa và các xã Song Tử Tây, Sinh Tồn, đoàn đã trao tổng số tiền hơn 2,1 tỷ đồng từ Quỹ "Vì biển, đảo Việt Nam" do cán bộ, công nhân viên chức và nhân dân trong tỉnh đóng góp. Trong đó, 1,5 tỷ đồng hỗ trợ xây dựng 2 nhà văn hóa đa năng trên đảo; 300 triệu đồng tặng các hộ dân sinh sống trên đảo; số còn lại là quà tặng cho 9 điểm đảo, gồm 45 máy lọc nước, 120 bộ sách và 2.000 lá cờ Tổ quốc. Mỗi hộ dân trên đảo nhận 3 triệu đồng và một phần quà gồm bánh chưng, mứt, chè.
Trung tá Phạm Văn Hữu, Chính trị viên Đảo Song Tử Tây cảm ơn tình cảm của nhân dân Khánh Hòa dành cho cán bộ, chiến sĩ đang ngày đêm bảo vệ chủ quyền biển, đảo. Ông Mạc Văn Thiện, Chủ tịch UBND xã Sinh Tồn, cho biết hiện trên đảo có 11 hộ dân với 43 nhân khẩu sinh sống ổn định; các hộ được hỗ trợ nuôi trồng rau xanh, chăn nuôi gà, vịt.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thực hiện Kế hoạch liên tịch số 07/KHLT-MTTQ-BĐBP ngày 12/3/2014 giữa Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh, từ đầu năm đến nay toàn tỉnh đã vận động được trên 5,8 tỷ đồng ủng hộ Quỹ, tăng gần 40% so với cùng kỳ. Đã có 1.270 lượt cán bộ, đoàn viên, hội viên đăng ký tham gia hiến máu, lao động tình nguyện hướng về biển, đảo.
Phát biểu tại đảo Trường Sa Lớn, bà Trịnh Thị Thu Ba nhấn mạnh: mỗi phần quà là tình cảm, trách nhiệm của người dân đất liền đối với quân và dân nơi đầu sóng; Mặt trận các cấp sẽ tiếp tục phối hợp với Vùng 4 Hải quân, Bộ đội Biên phòng tỉnh thực hiện tốt cuộc vận động "Cả nước vì Trường Sa, Trường Sa vì cả nước".
Đoàn cũng tổ chức lễ tưởng niệm 64 cán bộ, chiến sĩ hy sinh trong trận chiến bảo vệ đảo Gạc Ma ngày 14/3/1988, thả hoa xuống biển tại khu vực đảo Đá Lớn.
Thu Hằng
Tin cùng chuyên mục
- Công đoàn tỉnh trao 500 triệu đồng cho ngư dân (30/05/2014)
- Phát động ủng hộ ngư dân bám biển (20/05/2014)
- MTTQ tỉnh gặp mặt gia đình chiến sĩ Gạc Ma (14/03/2014)
""", "2014-06-10", "Trao hơn 2,1 tỷ đồng ủng hộ quân và dân huyện đảo Trường Sa",
E("trao_qua", None, "2014-05-25"),
[P("Trịnh Thị Thu Ba", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Khắc Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Hữu", "Trung tá", "Chính trị viên Đảo Song Tử Tây"),
 P("Mạc Văn Thiện", "Chủ tịch UBND xã Sinh Tồn")],
[Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("2 nhà văn hóa đa năng", 2, "nhà văn hóa đa năng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("9 điểm đảo", 9, "điểm đảo"), Q("45 máy lọc nước", 45, "máy lọc nước"), Q("120 bộ sách", 120, "bộ sách"),
 Q("2.000 lá cờ Tổ quốc", 2000, "lá cờ Tổ quốc"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("11 hộ dân", 11, "hộ dân"), Q("43 nhân khẩu", 43, "nhân khẩu"),
 Q("trên 5,8 tỷ đồng", 5800000000, "đồng", "over"), Q("gần 40%", 40, "%", "approx"),
 Q("1.270 lượt cán bộ, đoàn viên, hội viên", 1270, "lượt cán bộ, đoàn viên, hội viên"),
 Q("64 cán bộ, chiến sĩ", 64, "cán bộ, chiến sĩ")],
[D("Kế hoạch liên tịch", "07", "KHLT-MTTQ-BĐBP", "2014-03-12", "Ủy ban MTTQ Việt Nam tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch liên tịch số 07/KHLT-MTTQ-BĐBP ngày 12/3/2014")],
[prov("Khánh Hòa"), com("Trường Sa"), com("Song Tử Tây"), com("Sinh Tồn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA", "Trang chủ » Hoạt động Mặt trận » Vì biển, đảo quê hương",
 "Ảnh: Đoàn công tác thăm cán bộ, chiến sĩ đảo Sinh Tồn.", "Vì biển, đảo Việt Nam", "Nhà giàn DK1",
 "Cả nước vì Trường Sa, Trường Sa vì cả nước", "Gạc Ma", "Đá Lớn", "Trường Sa Lớn", "Vùng 4 Hải quân"],
["Ngày đăng: 10/06/2014 | 08:45", "Nhà giàn DK1", "Vùng 4 Hải quân", "14/3/1988", "một phần quà"]))

PAGES.append(page("b2648-caobang-bdv-soket-biengioi-2015", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Bạn đang ở: Trang chủ › Dân vận các cấp › Dân vận vùng biên
Cập nhật: 14:05, 14/07/2015 (GMT+7)
Đồng chí Nông Thị Hạnh phát biểu chỉ đạo hội nghị.
Sơ kết công tác dân vận 6 tháng đầu năm 2015 tại các xã biên giới
Ngày 13/7/2015, Ban Dân vận Tỉnh ủy Cao Bằng phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết công tác dân vận ở các xã biên giới 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Nông Thị Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Lương Văn Kiên, Chính ủy Bộ đội Biên phòng tỉnh đồng chủ trì.
Báo cáo cho thấy, 6 tháng qua các cấp ủy, chính quyền ở 42 xã biên giới đã triển khai thực hiện Chỉ thị số 01/CT-TTg ngày 09/01/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới. Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 25, 26-KH/TU về thực hiện Chỉ thị và về tăng cường công tác dân vận của lực lượng vũ trang ở khu vực biên giới.
Toàn tuyến đã có 356 tổ tự quản đường biên, mốc quốc giới với 2.480 hộ tham gia; 1.125 hộ đăng ký tự quản an ninh trật tự thôn, xóm. Các đồn Biên phòng cử 86 đảng viên về sinh hoạt tại 63 chi bộ ở thôn, bản; giúp nhân dân 3.600 ngày công làm đường, kênh mương; hỗ trợ 27 căn nhà "Đại đoàn kết" cho hộ nghèo, mỗi căn 40 triệu đồng. Lực lượng chức năng đã tiếp nhận 19 nguồn tin từ nhân dân, giúp bắt giữ 11 vụ buôn lậu trên tuyến biên giới.
Tại hội nghị, đồng chí Đàm Văn Thái, HUV, Trưởng Ban Dân vận Huyện ủy Trà Lĩnh, cho biết huyện đã xây dựng mô hình "Dòng họ tự quản đường biên" ở xã Tri Phương; Thiếu tá Hoàng Văn Ngọc, Phó Chính trị viên Đồn Biên phòng Lý Vạn, chia sẻ kinh nghiệm vận động người Nùng, người Mông xã Lý Quốc không vượt biên làm thuê trái phép. Bà Lục Thị Mai, người có uy tín xóm Bản Mới, đề nghị tăng cường phổ biến pháp luật bằng tiếng dân tộc.
Kết luận hội nghị, đồng chí Nông Thị Hạnh đề nghị 6 tháng cuối năm tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận; phát huy vai trò 415 người có uy tín trong đồng bào dân tộc thiểu số; chuẩn bị tốt việc sơ kết 5 năm thực hiện phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia".
Hội nghị đã khen thưởng 9 tập thể, 14 cá nhân. Đồng chí Bế Văn Tường, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Thu Hà
Số lượt xem: 642
Bài viết liên quan
- Hà Quảng: ra mắt 12 tổ tự quản đường biên (29/06/2015)
- Giao ban khối dân vận quý I năm 2015 (08/04/2015)
- Đoàn kiểm tra Ban Dân vận Tỉnh ủy làm việc tại Thông Nông (15/03/2015)
""", "2015-07-14", "Sơ kết công tác dân vận 6 tháng đầu năm 2015 tại các xã biên giới",
E("so_ket", "2015-H1", "2015-07-13"),
[P("Nông Thị Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Kiên", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Đàm Văn Thái", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Lĩnh"),
 P("Hoàng Văn Ngọc", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Lý Vạn"),
 P("Lục Thị Mai", "người có uy tín xóm Bản Mới"),
 P("Bế Văn Tường", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("42 xã biên giới", 42, "xã biên giới"), Q("356 tổ tự quản đường biên, mốc quốc giới", 356, "tổ tự quản đường biên, mốc quốc giới"),
 Q("2.480 hộ", 2480, "hộ"), Q("1.125 hộ", 1125, "hộ"), Q("86 đảng viên", 86, "đảng viên"),
 Q("63 chi bộ", 63, "chi bộ"), Q("3.600 ngày công", 3600, "ngày công"),
 Q("27 căn nhà", 27, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("19 nguồn tin", 19, "nguồn tin"), Q("11 vụ buôn lậu", 11, "vụ buôn lậu"),
 Q("415 người có uy tín", 415, "người có uy tín"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 09/01/2015"),
 D("Kế hoạch", "25", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25, 26-KH/TU"),
 D("Kế hoạch", "26", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 25, 26-KH/TU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Cao Bằng"), com("Tri Phương"), com("Lý Quốc")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Bạn đang ở: Trang chủ › Dân vận các cấp › Dân vận vùng biên",
 "Đồng chí Nông Thị Hạnh phát biểu chỉ đạo hội nghị.", "Dòng họ tự quản đường biên", "Đại đoàn kết",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "Số lượt xem: 642", "Quy chế công tác dân vận"],
["Cập nhật: 14:05, 14/07/2015 (GMT+7)", "6 tháng đầu năm 2015", "6 tháng cuối năm 2015", "sơ kết 5 năm", "Số lượt xem: 642"]))

PAGES.append(page("b2649-kiengiang-phuquoc-giaoban-2016", """
Huyện ủy Phú Quốc - tỉnh Kiên Giang - Trang thông tin điện tử
Trang chủ :: Xây dựng Đảng :: Dân vận
Vị trí: Tin hoạt động
08:20 | 07/10/2016
Quang cảnh buổi giao ban.
Khối dân vận huyện đảo phối hợp chặt chẽ với lực lượng vũ trang
Chiều 6/10, Ban Dân vận Huyện ủy Phú Quốc tổ chức giao ban khối dân vận quý III năm 2016 với sự tham dự của Đồn Biên phòng Bãi Thơm, Đồn Biên phòng Hàm Ninh, Hải đội 2 Biên phòng và Công an huyện. Đồng chí Danh Thị Ngọc Lan, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Theo báo cáo, trong quý, khối dân vận đã phối hợp tuyên truyền cho 1.850 lượt ngư dân về Luật Biển Việt Nam, quy định về vùng biển chồng lấn và hậu quả của việc đánh bắt hải sản trái phép ở vùng biển nước ngoài. Đồn Biên phòng Bãi Thơm vận động thành lập thêm 4 tổ đoàn kết trên biển, nâng tổng số lên 31 tổ với 187 tàu cá; tổ chức khám bệnh, phát thuốc miễn phí cho 420 người dân xã Bãi Thơm và xã Gành Dầu.
Đồng chí Trần Thanh Liêm, Phó Trưởng Ban Dân vận Huyện ủy, cho biết khối dân vận đã tiếp nhận 23 đơn thư của công dân, chủ yếu về tranh chấp đất đai, đã giải quyết 18 đơn; còn 5 đơn đang xác minh. Một số hộ dân ở xã Cửa Dương và thị trấn An Thới còn bức xúc về việc bồi thường, giải phóng mặt bằng các dự án du lịch.
Thượng úy Sơn Chí Thanh, Phó Đồn trưởng Đồn Biên phòng Hàm Ninh, thông tin: trong quý, đơn vị phối hợp cứu nạn 2 tàu cá bị chết máy, đưa 9 thuyền viên vào bờ an toàn; vận động ngư dân giao nộp 3 bộ kích điện đánh bắt thủy sản. Ông Lâm Văn Tuôi, tổ trưởng tổ đoàn kết ấp Rạch Tràm, kiến nghị hỗ trợ ngư dân mua máy thông tin liên lạc tầm xa theo Nghị định 67/2014/NĐ-CP của Chính phủ.
Đại diện Hội Liên hiệp Phụ nữ huyện cho biết đã duy trì 14 câu lạc bộ "Vợ ngư dân giữ biển" với 260 hội viên, vận động chồng, con chấp hành nghiêm quy định khi ra khơi, không vi phạm vùng biển nước ngoài; Huyện đoàn ra mắt đội thanh niên tình nguyện hỗ trợ ngư dân tại cảng An Thới.
Kết luận giao ban, đồng chí Danh Thị Ngọc Lan đề nghị quý IV các đơn vị tiếp tục thực hiện Kế hoạch số 18-KH/HU ngày 05/3/2016 của Huyện ủy về công tác dân vận trong tình hình mới; làm tốt công tác nắm tình hình dư luận trong ngư dân, nhất là các tàu thường xuyên hoạt động ở khu vực giáp ranh; phối hợp chuẩn bị chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2017 tại xã Hòn Thơm.
Khối dân vận thống nhất sẽ trao 100 suất quà cho gia đình ngư dân nghèo trước Tết, mỗi suất trị giá 500.000 đồng.
Ngọc Hân
Tin khác
- Phú Quốc: hội nghị dân vận khéo năm 2016 (22/09/2016)
- Đồn Biên phòng Gành Dầu tặng 50 áo phao (12/09/2016)
- Ra mắt tổ đoàn kết trên biển ấp Xóm Mới (01/09/2016)
""", "2016-10-07", "Khối dân vận huyện đảo phối hợp chặt chẽ với lực lượng vũ trang",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Danh Thị Ngọc Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Thanh Liêm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Sơn Chí Thanh", "Thượng úy", "Phó Đồn trưởng Đồn Biên phòng Hàm Ninh"),
 P("Lâm Văn Tuôi", "tổ trưởng tổ đoàn kết ấp Rạch Tràm")],
[Q("1.850 lượt ngư dân", 1850, "lượt ngư dân"), Q("4 tổ đoàn kết", 4, "tổ đoàn kết"), Q("31 tổ", 31, "tổ"),
 Q("187 tàu cá", 187, "tàu cá"), Q("420 người dân", 420, "người dân"),
 Q("23 đơn thư", 23, "đơn thư"), Q("18 đơn", 18, "đơn"), Q("5 đơn", 5, "đơn"), Q("2 tàu cá", 2, "tàu cá"),
 Q("9 thuyền viên", 9, "thuyền viên"), Q("3 bộ kích điện", 3, "bộ kích điện"), Q("14 câu lạc bộ", 14, "câu lạc bộ"), Q("260 hội viên", 260, "hội viên"), Q("100 suất quà", 100, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 67/2014/NĐ-CP"),
 D("Kế hoạch", "18", "KH/HU", "2016-03-05", "Huyện ủy", "Kế hoạch số 18-KH/HU ngày 05/3/2016")],
[prov("Kiên Giang"), com("Bãi Thơm"), com("Gành Dầu"), com("Cửa Dương"), com("An Thới"), com("Hòn Thơm")],
["Huyện ủy Phú Quốc - tỉnh Kiên Giang - Trang thông tin điện tử", "Trang chủ :: Xây dựng Đảng :: Dân vận", "Vị trí: Tin hoạt động",
 "Quang cảnh buổi giao ban.", "Luật Biển Việt Nam", "Vợ ngư dân giữ biển", "Xuân Biên phòng ấm lòng dân bản", "Hải đội 2 Biên phòng"],
["08:20 | 07/10/2016", "quý III năm 2016", "Hải đội 2", "quý IV", "năm 2017"]))

PAGES.append(page("b2650-dienbien-xa-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ SEN THƯỢNG - HUYỆN MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN
Trang chủ | Tin tức | Hoạt động của Đảng ủy
Thứ Tư, 22/11/2017
Xã biên giới Sen Thượng đối thoại với nhân dân năm 2017
Ngày 20/11/2017, Đảng ủy, HĐND, UBND xã Sen Thượng, huyện Mường Nhé, tỉnh Điện Biên tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Sùng A Chứ, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; tham dự có Đại úy Pờ Go Sừ, Phó Chính trị viên Đồn Biên phòng Sen Thượng và 126 đại biểu là trưởng bản, người có uy tín, hội viên các đoàn thể của 8 bản.
Đồng chí Sùng A Chứ chủ trì hội nghị đối thoại.
Trước khi đối thoại, đồng chí Lò Văn Thương, Phó Bí thư Thường trực Đảng ủy xã, thông tin về tình hình kinh tế - xã hội năm 2017: tỷ lệ hộ nghèo giảm còn 71,6%; toàn xã trồng mới 35 ha thảo quả; 100% bản có đường ô tô đến trung tâm. Xã đã thực hiện Nghị quyết số 09-NQ/ĐU ngày 12/4/2017 của Đảng ủy xã về phát triển cây thảo quả và Kế hoạch số 21/KH-UBND của UBND xã về ổn định dân di cư tự do.
Tại hội nghị, có 17 ý kiến của nhân dân gửi tới. Ông Pờ Phì Phạ, người có uy tín bản Tá Miếu, đề nghị hỗ trợ xi măng làm đường nội bản và sớm chi trả tiền khoán bảo vệ rừng. Bà Chu Mý Sạ, Chi hội trưởng Chi hội Phụ nữ bản Lò San Chái, phản ánh một số thanh niên sang bên kia biên giới làm thuê không khai báo. Ông Giàng A Dế, người dân bản Sen Thượng, hỏi về chính sách hỗ trợ hộ nghèo làm nhà. Ngoài ra còn 3 kiến nghị về nước sinh hoạt ở bản Tá Miếu và bản Lò San Chái do mùa khô đường ống bị hư hỏng.
Trả lời, đồng chí Lý Xè Phà, Chủ tịch UBND xã, cho biết năm 2017 xã đã chi trả tiền dịch vụ môi trường rừng cho 412 hộ với tổng số tiền 1,46 tỷ đồng, còn 28 hộ chưa nhận do đi vắng; năm 2018 xã sẽ đề nghị huyện hỗ trợ làm 6 căn nhà cho hộ nghèo; Ban quản lý công trình xã sẽ sửa chữa 2 công trình nước tự chảy trước Tết. Đại úy Pờ Go Sừ cho biết Đồn Biên phòng đã phối hợp tuyên truyền Luật Biên giới quốc gia cho 540 lượt người; mọi trường hợp xuất cảnh phải làm thủ tục tại cửa khẩu, tuyệt đối không nghe theo kẻ xấu.
Kết luận hội nghị, đồng chí Sùng A Chứ tiếp thu 17 ý kiến, giao các ngành giải quyết dứt điểm 12 ý kiến trong tháng 12; các ý kiến vượt thẩm quyền sẽ báo cáo huyện. Đồng chí đề nghị các bản tiếp tục thực hiện phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", giữ vững 6 cột mốc trên địa bàn xã.
Văn phòng Đảng ủy xã
Bài viết liên quan
- Đồn Biên phòng Sen Thượng tặng 80 suất quà cho học sinh (15/11/2017)
- Xã Sen Thượng ra mắt tổ tự quản mốc số 0 (03/11/2017)
- Hội nghị người có uy tín năm 2017 (20/10/2017)
""", "2017-11-22", "Xã biên giới Sen Thượng đối thoại với nhân dân năm 2017",
E("doi_thoai", "2017", "2017-11-20"),
[P("Sùng A Chứ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Pờ Go Sừ", "Đại úy", "Phó Chính trị viên Đồn Biên phòng Sen Thượng"),
 P("Lò Văn Thương", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Pờ Phì Phạ", "người có uy tín bản Tá Miếu"),
 P("Chu Mý Sạ", "Chi hội trưởng Chi hội Phụ nữ bản Lò San Chái"),
 P("Giàng A Dế"),
 P("Lý Xè Phà", "Chủ tịch UBND xã")],
[Q("126 đại biểu", 126, "đại biểu"), Q("8 bản", 8, "bản"), Q("71,6%", 71.6, "%"), Q("35 ha", 35, "ha"),
 Q("100%", 100, "%"), Q("17 ý kiến", 17, "ý kiến"), Q("412 hộ", 412, "hộ"), Q("1,46 tỷ đồng", 1460000000, "đồng"),
 Q("3 kiến nghị", 3, "kiến nghị"), Q("28 hộ", 28, "hộ"), Q("6 căn nhà", 6, "căn nhà"), Q("2 công trình nước tự chảy", 2, "công trình nước tự chảy"), Q("540 lượt người", 540, "lượt người"),
 Q("12 ý kiến", 12, "ý kiến"), Q("6 cột mốc", 6, "cột mốc")],
[D("Nghị quyết", "09", "NQ/ĐU", "2017-04-12", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 12/4/2017"),
 D("Kế hoạch", "21", "KH-UBND", None, "UBND xã", "Kế hoạch số 21/KH-UBND")],
[prov("Điện Biên"), com("Sen Thượng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ SEN THƯỢNG - HUYỆN MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN", "Trang chủ | Tin tức | Hoạt động của Đảng ủy",
 "Đồng chí Sùng A Chứ chủ trì hội nghị đối thoại.", "Luật Biên giới quốc gia",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia" ],
["Thứ Tư, 22/11/2017", "năm 2017", "năm 2018", "tháng 12"]))
