from lib import *
PAGES = []

PAGES.append(page("b2291-ninhthuan-chandung-2019", """
Báo Ninh Thuận điện tử
Xã hội | Gương sáng - Điển hình | Dân vận khéo
Cập nhật lúc 07:30 ngày 28/10/2019
Ông Đạo Văn Thưng nói chuyện với bà con thôn Chất Thường. Ảnh: Văn Nỷ
Người "giữ lửa" đoàn kết ở thôn Chăm Chất Thường
(NTO) Hơn 15 năm làm Bí thư Chi bộ thôn Chất Thường, xã Phước Hà, ông Đạo Văn Thưng đã cùng cấp ủy, chính quyền vận động bà con người Chăm, Raglai hiến đất, góp công làm đường, xây kênh mương nội đồng, góp phần đưa thôn trở thành điểm sáng của phong trào "Dân vận khéo" ở huyện Thuận Nam.
Năm nay 58 tuổi, ông Đạo Văn Thưng, Bí thư Chi bộ, Trưởng Ban công tác Mặt trận thôn Chất Thường, vẫn giữ thói quen mỗi tối đi đến từng nhà để nắm tâm tư của bà con. Thôn có 412 hộ với 1.936 nhân khẩu, trong đó 87% là đồng bào Chăm theo đạo Bàlamôn. Trước đây, đường vào thôn chỉ là lối mòn, mùa mưa lầy lội, người dân đi lại rất khó khăn.
Năm 2016, khi huyện triển khai làm đường bê tông liên thôn theo phương châm "Nhà nước và nhân dân cùng làm", ông Thưng đã họp chi bộ, bàn với các vị chức sắc, người có uy tín trong thôn. Ông đi đầu hiến 320 m2 đất vườn của gia đình, rồi đến từng nhà vận động. Kết quả, 54 hộ đã hiến tổng cộng 3.800 m2 đất, đóng góp 460 triệu đồng và hơn 1.200 ngày công để làm 2,3 km đường bê tông.
Ông Quảng Đại Sen, Cả sư, người có uy tín trong đồng bào Chăm Bàlamôn của thôn, kể: "Ông Thưng nói ít làm nhiều, việc gì cũng bàn với bà con trước, nên ai cũng nghe". Bà Kiều Thị Mơ, hộ nghèo trong thôn, được ông vận động tham gia tổ hợp tác dệt thổ cẩm, nay mỗi tháng có thu nhập khoảng 3 triệu đồng.
Không chỉ vận động làm đường, ông Thưng còn cùng Ban công tác Mặt trận thôn hòa giải thành 23 vụ việc mâu thuẫn trong nhân dân, không để đơn thư vượt cấp. Chi bộ thôn Chất Thường nhiều năm liền đạt "trong sạch, vững mạnh"; số hộ nghèo của thôn giảm từ 96 hộ năm 2015 xuống còn 21 hộ.
Bà Pinăng Thị Lan, Chủ tịch UBND xã Phước Hà, cho biết: "Từ cách làm của thôn Chất Thường, xã đã nhân rộng ra 4 thôn đồng bào dân tộc thiểu số khác". Năm 2019, ông Đạo Văn Thưng được Ban Dân vận Tỉnh ủy Ninh Thuận tặng giấy khen vì có thành tích xuất sắc trong thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2019, theo Hướng dẫn số 13-HD/BDVTU của Ban Dân vận Tỉnh ủy.
Đồng chí Chamaléa Thị Điểu, Phó Trưởng Ban Dân vận Tỉnh ủy, nhận xét: "Những người như ông Thưng chính là cánh tay nối dài của cấp ủy đến với nhân dân".
Văn Nỷ
Lượt xem: 455
Tin liên quan
- Hội nghị biểu dương 100 điển hình "Dân vận khéo" (20/09/2019)
- Bác Ái: già làng Raglai vận động bà con bỏ phát rừng làm rẫy (02/10/2019)
- Ninh Phước: nữ trưởng thôn người Chăm tận tụy (15/08/2019)
""", "2019-10-28", "Người \"giữ lửa\" đoàn kết ở thôn Chăm Chất Thường",
E("khac", None, None),
[P("Đạo Văn Thưng", "Bí thư Chi bộ thôn Chất Thường", "Bí thư Chi bộ", "Trưởng Ban công tác Mặt trận thôn Chất Thường"),
 P("Quảng Đại Sen", "Cả sư", "người có uy tín trong đồng bào Chăm Bàlamôn của thôn"),
 P("Kiều Thị Mơ"),
 P("Pinăng Thị Lan", "Chủ tịch UBND xã Phước Hà"),
 P("Chamaléa Thị Điểu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("412 hộ", 412, "hộ"), Q("1.936 nhân khẩu", 1936, "nhân khẩu"), Q("87%", 87, "%"),
 Q("320 m2", 320, "m2"), Q("54 hộ", 54, "hộ"), Q("3.800 m2", 3800, "m2"), Q("460 triệu đồng", 460000000, "đồng"),
 Q("hơn 1.200 ngày công", 1200, "ngày công", "over"), Q("2,3 km", 2.3, "km"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("23 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"),
 Q("96 hộ", 96, "hộ"), Q("21 hộ", 21, "hộ"), Q("4 thôn đồng bào dân tộc thiểu số", 4, "thôn đồng bào dân tộc thiểu số")],
[D("Hướng dẫn", "13", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 13-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Ninh Thuận"), com("Phước Hà")],
["Báo Ninh Thuận điện tử", "Xã hội | Gương sáng - Điển hình | Dân vận khéo",
 "Ông Đạo Văn Thưng nói chuyện với bà con thôn Chất Thường. Ảnh: Văn Nỷ", "(NTO)", "Dân vận khéo",
 "Nhà nước và nhân dân cùng làm", "trong sạch, vững mạnh", "Lượt xem: 455"],
["Cập nhật lúc 07:30 ngày 28/10/2019", "15 năm", "58 tuổi", "Năm 2016", "năm 2015", "giai đoạn 2016 - 2019", "Lượt xem: 455"]))

PAGES.append(page("b2292-hagiang-bdv-taphuan-2019", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ / Tin tức - Sự kiện / Tin trong tỉnh
2019-06-20 14:05
Đồng chí Nông Thị Hiền phát biểu khai mạc lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở các huyện vùng cao
Trong 2 ngày 18 và 19/6/2019, tại thành phố Hà Giang, Ban Dân vận Tỉnh ủy Hà Giang tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2019 cho 186 học viên là trưởng, phó ban dân vận, cán bộ chuyên trách dân vận của 11 huyện, thành phố và trưởng khối dân vận các xã, phường, thị trấn.
Phát biểu khai mạc, đồng chí Nông Thị Hiền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: toàn tỉnh có 19 dân tộc cùng sinh sống, đồng bào Mông chiếm hơn 32% dân số, địa bàn vùng cao núi đá chiếm phần lớn diện tích; đội ngũ cán bộ dân vận cơ sở phải biết tiếng dân tộc, hiểu phong tục tập quán thì mới vận động được nhân dân.
Trong thời gian tập huấn, các học viên được nghe đồng chí Vừ Mí Say, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt Quy định số 23-QĐ/TU ngày 05/3/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp xúc, đối thoại với nhân dân; đồng chí Lò Văn Pủa, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn kỹ năng nắm tình hình, xử lý các vụ việc phức tạp liên quan đến tôn giáo, di cư tự do.
Học viên cũng được phổ biến Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo và Kế hoạch 75-KH/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" năm 2019.
Tại lớp tập huấn, đồng chí Bàn Thị Liên, HUV, Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì, chia sẻ kinh nghiệm vận động 238 hộ người Dao làm nhà vệ sinh hợp vệ sinh; đồng chí Giàng Mí Chứ, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Sủng Là, kể lại việc vận động đồng bào Mông xóa bỏ tục "bắt vợ". Đồng chí Lò Thị Xuyến, Chủ tịch Hội Liên hiệp Phụ nữ xã Sủng Là, nêu cách vận động 45 phụ nữ người Lô Lô tham gia tổ dệt thổ cẩm.
Năm 2019, tỉnh phấn đấu xây dựng mới 200 mô hình "Dân vận khéo", trong đó có 25 mô hình cấp tỉnh; 100% thôn, bản có tổ dân vận hoạt động thường xuyên. Trong 6 tháng đầu năm, các huyện đã tổ chức 42 lớp bồi dưỡng với 3.150 lượt cán bộ cơ sở tham gia.
Kết thúc lớp tập huấn, 186 học viên đã làm bài thu hoạch; Ban Dân vận Tỉnh ủy sẽ lựa chọn 10 bài tốt để đăng trên bản tin nội bộ.
Lý Thành
Lượt truy cập: 38.906
Tin khác
- Hội nghị giao ban công tác dân vận quý II năm 2019 (12/06/2019)
- Mèo Vạc: 300 hộ dân hiến đất làm đường (30/05/2019)
- Đồng Văn: đối thoại với người có uy tín (14/05/2019)
""", "2019-06-20", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở các huyện vùng cao",
E("tap_huan", "2019", "2019-06-18"),
[P("Nông Thị Hiền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vừ Mí Say", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Pủa", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Bàn Thị Liên", "HUV", "Trưởng Ban Dân vận Huyện ủy Hoàng Su Phì"),
 P("Giàng Mí Chứ", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Sủng Là"),
 P("Lò Thị Xuyến", "Chủ tịch Hội Liên hiệp Phụ nữ xã Sủng Là")],
[Q("186 học viên", 186, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("19 dân tộc", 19, "dân tộc"),
 Q("hơn 32%", 32, "%", "over"), Q("238 hộ người Dao", 238, "hộ người Dao"), Q("45 phụ nữ người Lô Lô", 45, "phụ nữ người Lô Lô"),
 Q("200 mô hình", 200, "mô hình"), Q("25 mô hình cấp tỉnh", 25, "mô hình cấp tỉnh"), Q("100%", 100, "%"),
 Q("42 lớp bồi dưỡng", 42, "lớp bồi dưỡng"), Q("3.150 lượt cán bộ cơ sở", 3150, "lượt cán bộ cơ sở"),
 Q("10 bài", 10, "bài")],
[D("Quy định", "23", "QĐ/TU", "2019-03-05", "Ban Thường vụ Tỉnh ủy", "Quy định số 23-QĐ/TU ngày 05/3/2019 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ"),
 D("Kế hoạch", "75", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 75-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Hà Giang"), com("Sủng Là")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ / Tin tức - Sự kiện / Tin trong tỉnh",
 "Đồng chí Nông Thị Hiền phát biểu khai mạc lớp tập huấn.", "Dân vận khéo", "Luật Tín ngưỡng, tôn giáo",
 "bắt vợ", "Lượt truy cập: 38.906"],
["2019-06-20 14:05", "2 ngày", "năm 2019", "Năm 2019", "6 tháng đầu năm", "Lượt truy cập: 38.906"]))

PAGES.append(page("b2293-camau-bdv-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ :: Tin hoạt động :: Dân vận các cấp
27-12-2019 16:10
Toàn cảnh hội nghị.
Năm 2019, khối dân vận vận động xây dựng 1.025 căn nhà đại đoàn kết
Sáng 26/12, Ban Dân vận Tỉnh ủy Cà Mau tổ chức hội nghị tổng kết công tác dân vận năm 2019 và triển khai nhiệm vụ năm 2020. Đồng chí Trần Hoàng Nhựt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Lý Văn Tốt, Phó Chủ tịch UBND tỉnh, cùng 120 đại biểu.
Theo báo cáo, năm 2019, khối dân vận các cấp đã phối hợp vận động xây dựng 1.025 căn nhà đại đoàn kết với tổng kinh phí trên 41 tỷ đồng; huy động Quỹ "Vì người nghèo" được 18,6 tỷ đồng. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về tăng cường công tác dân vận trong phát triển kinh tế biển và trong giải phóng mặt bằng các dự án điện gió; phối hợp sơ kết 5 năm thực hiện Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị.
Toàn tỉnh có 1.547 mô hình "Dân vận khéo" được công nhận, trong đó 112 mô hình cấp tỉnh. Tỷ lệ hộ nghèo giảm còn 3,12%; 24 xã đạt chuẩn nông thôn mới. Công tác tiếp dân, đối thoại được quan tâm, các cấp đã tiếp 2.870 lượt công dân, tiếp nhận 1.134 đơn thư, giải quyết 1.062 đơn.
Tại hội nghị, đồng chí Danh Út, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, chia sẻ kinh nghiệm vận động 312 hộ dân di dời nhà ở ven sông; bà Thạch Thị Sa Thi, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, nêu cách vận động đồng bào Khmer gửi con em đi học. Ông Huỳnh Văn Tư, Trưởng Ban Dân vận Đảng ủy phường Tân Xuyên, đề nghị tập huấn kỹ năng dân vận trên mạng xã hội. Nhiều ý kiến cũng cho rằng việc nắm tình hình nhân dân ở vùng ven biển, vùng dự án còn chậm; một số tổ dân vận ấp, khóm hoạt động chưa đều, nội dung sinh hoạt còn nghèo nàn.
Đồng chí Trần Hoàng Nhựt đề nghị năm 2020 các cấp tập trung tuyên truyền đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng; thực hiện tốt Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI; đẩy mạnh phong trào thi đua "Dân vận khéo" với chủ đề năm 2020 "Dân vận khéo trong xây dựng nông thôn mới".
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 18 tập thể, 25 cá nhân. Đồng chí Phạm Thị Ngọc Bích, Phó Trưởng Ban Dân vận Tỉnh ủy, công bố Quyết định số 186-QĐ/BDVTU của Ban Dân vận Tỉnh ủy về khen thưởng.
Thanh Nhã
Lượt xem: 1.082
Các tin đã đưa
- Ngọc Hiển: gặp mặt người có uy tín năm 2019 (20/12/2019)
- U Minh đối thoại với nông dân về chuyển đổi cây trồng (12/12/2019)
- Ban Dân vận Tỉnh ủy giao ban quý IV (05/12/2019)
""", "2019-12-27", "Năm 2019, khối dân vận vận động xây dựng 1.025 căn nhà đại đoàn kết",
E("tong_ket", "2019", "2019-12-26"),
[P("Trần Hoàng Nhựt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Tốt", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Út", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Thạch Thị Sa Thi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây"),
 P("Huỳnh Văn Tư", "Trưởng Ban Dân vận Đảng ủy phường Tân Xuyên"),
 P("Phạm Thị Ngọc Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 đại biểu", 120, "đại biểu"), Q("1.025 căn nhà đại đoàn kết", 1025, "căn nhà đại đoàn kết"),
 Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("1.547 mô hình", 1547, "mô hình"), Q("112 mô hình cấp tỉnh", 112, "mô hình cấp tỉnh"), Q("3,12%", 3.12, "%"),
 Q("24 xã", 24, "xã"), Q("2.870 lượt công dân", 2870, "lượt công dân"), Q("1.134 đơn thư", 1134, "đơn thư"),
 Q("1.062 đơn", 1062, "đơn"), Q("312 hộ dân", 312, "hộ dân"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư"),
 D("Quyết định", "186", "QĐ/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Quyết định số 186-QĐ/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Xuyên")],
["Hôm nay: Thứ Hai, 30/12/2019", "BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ :: Tin hoạt động :: Dân vận các cấp",
 "Toàn cảnh hội nghị.", "Vì người nghèo", "Dân vận khéo", "Dân vận khéo trong xây dựng nông thôn mới",
 "Nghị quyết Trung ương 7 khóa XI", "Lượt xem: 1.082"],
["Hôm nay: Thứ Hai, 30/12/2019", "27-12-2019 16:10", "năm 2020", "5 năm", "Đại hội XIII", "Nghị quyết Trung ương 7",
 "Lượt xem: 1.082"]))

PAGES.append(page("b2294-quangtri-mttq-daihoi-2019", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ - Tin tức - Mặt trận cơ sở
9 tháng 5, 2019 | 11:20
Đại hội đại biểu MTTQ Việt Nam xã Hướng Phùng lần thứ XIV, nhiệm kỳ 2019 - 2024
Ngày 8/5, Ủy ban MTTQ Việt Nam xã Hướng Phùng, huyện Hướng Hóa, tỉnh Quảng Trị tổ chức Đại hội đại biểu MTTQ Việt Nam xã lần thứ XIV, nhiệm kỳ 2019 - 2024. Đây là đại hội điểm cấp xã của huyện. Dự đại hội có đồng chí Hồ Thị Kim Thoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Nguyễn Văn Lực, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa cùng 150 đại biểu đại diện cho hơn 7.800 người dân các dân tộc Kinh, Vân Kiều, Pa Kô trong xã.
Quang cảnh đại hội.
Nhiệm kỳ 2014 - 2019, Ủy ban MTTQ xã đã phối hợp vận động nhân dân hiến 9.600 m2 đất, đóng góp 1,2 tỷ đồng làm 11 km đường giao thông nông thôn; xây dựng 46 căn nhà đại đoàn kết cho hộ nghèo. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" đạt kết quả tích cực, 9/11 thôn đạt danh hiệu thôn văn hóa. Tỷ lệ hộ nghèo của xã giảm từ 42,6% xuống còn 19,8%.
Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng đã giám sát 27 công trình, phát hiện và kiến nghị xử lý 3 vụ việc sai phạm. Mặt trận xã đã tổ chức 14 hội nghị lấy ý kiến nhân dân, tiếp nhận 86 ý kiến góp ý xây dựng Đảng, chính quyền.
Phát biểu chỉ đạo, đồng chí Hồ Thị Kim Thoa biểu dương những kết quả Mặt trận xã đạt được và đề nghị nhiệm kỳ tới tiếp tục thực hiện tốt Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận; phát huy vai trò người có uy tín trong đồng bào Vân Kiều, Pa Kô vận động bà con không di cư tự do, không nghe theo kẻ xấu.
Đại hội đã hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa XIV. Tại hội nghị lần thứ nhất, ông Hồ Văn Lành, người dân tộc Vân Kiều, được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng; bà Hồ Thị Xoan và ông Lê Văn Bảo được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Đại hội cũng bầu 6 đại biểu đi dự Đại hội đại biểu MTTQ huyện Hướng Hóa lần thứ XI.
Già làng Hồ Văn Pi, người có uy tín bản Cheng, thay mặt nhân dân phát biểu chúc mừng đại hội và hứa vận động con cháu chấp hành tốt Chỉ thị 06-CT/HU của Ban Thường vụ Huyện ủy về bảo vệ rừng.
Theo kế hoạch, đến hết tháng 6, 21 xã, thị trấn của huyện Hướng Hóa sẽ hoàn thành đại hội Mặt trận cơ sở.
Minh Phong
Bài viết liên quan
- Hội nghị hiệp thương lần thứ nhất chuẩn bị Đại hội MTTQ tỉnh (25/04/2019)
- Đakrông: đại hội điểm MTTQ xã Tà Long (22/04/2019)
- Hướng Hóa trao 20 căn nhà Đại đoàn kết (10/04/2019)
""", "2019-05-09", "Đại hội đại biểu MTTQ Việt Nam xã Hướng Phùng lần thứ XIV, nhiệm kỳ 2019 - 2024",
E("dai_hoi", None, "2019-05-08"),
[P("Hồ Thị Kim Thoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lực", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Hướng Hóa"),
 P("Hồ Văn Lành", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hướng Phùng"),
 P("Hồ Thị Xoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Bảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Pi", "Già làng", "người có uy tín bản Cheng")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 7.800 người dân", 7800, "người dân", "over"), Q("9.600 m2", 9600, "m2"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("11 km", 11, "km"), Q("46 căn nhà đại đoàn kết", 46, "căn nhà đại đoàn kết"),
 Q("9/11 thôn", 9, "thôn"), Q("42,6%", 42.6, "%"), Q("19,8%", 19.8, "%"), Q("27 công trình", 27, "công trình"),
 Q("3 vụ việc sai phạm", 3, "vụ việc sai phạm"), Q("14 hội nghị", 14, "hội nghị"), Q("86 ý kiến", 86, "ý kiến"),
 Q("35 vị", 35, "vị"), Q("6 đại biểu", 6, "đại biểu"), Q("21 xã, thị trấn", 21, "xã, thị trấn")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 06-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Quảng Trị"), com("Hướng Phùng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ - Tin tức - Mặt trận cơ sở", "Quang cảnh đại hội.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["9 tháng 5, 2019 | 11:20", "lần thứ XIV", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khóa XIV", "lần thứ nhất",
 "lần thứ XI", "tháng 6"]))

PAGES.append(page("b2295-hatinh-bdv-baocao-2019", """
Ban Dân vận Tỉnh ủy Hà Tĩnh - Cổng thông tin điện tử
Trang chủ › Tin tức › Hoạt động của Ban
15/10/2019 08:00
Ban Dân vận Tỉnh ủy báo cáo Đoàn công tác Trung ương kết quả 5 năm thực hiện Quyết định 217, 218
Chiều 14/10, Đoàn công tác của Ban Dân vận Trung ương do đồng chí Phạm Tất Thành, Vụ trưởng Vụ Dân vận các cơ quan nhà nước làm trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Hà Tĩnh, nghe báo cáo kết quả 5 năm thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Tiếp và làm việc với đoàn có đồng chí Đặng Thị Hải Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Đặng Thị Hải Yến báo cáo với đoàn công tác.
Báo cáo của Ban Dân vận Tỉnh ủy nêu rõ, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 36-KH/TU và Hướng dẫn số 09-HD/TU để cụ thể hóa các quy định. Từ năm 2014 đến nay, Mặt trận và các đoàn thể chính trị - xã hội các cấp đã chủ trì giám sát 4.128 cuộc, phát hiện 683 vụ việc vi phạm, kiến nghị xử lý 57 cán bộ, đảng viên; tổ chức 312 hội nghị phản biện xã hội và góp ý xây dựng Đảng, chính quyền với hơn 9.400 ý kiến góp ý được tiếp thu.
Ban Thanh tra nhân dân ở 100% xã, phường, thị trấn hoạt động thường xuyên; Ban Giám sát đầu tư của cộng đồng đã giám sát 2.076 công trình với tổng mức đầu tư gần 1.850 tỷ đồng, kiến nghị thu hồi hơn 2,4 tỷ đồng. Đặc biệt, trong xây dựng nông thôn mới, nhân dân được bàn, quyết định việc đóng góp nên tỷ lệ đồng thuận đạt trên 95%.
Đồng chí Võ Hồng Hải, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết khó khăn là một số nơi cấp ủy chưa quan tâm đúng mức, việc trả lời kiến nghị sau giám sát còn chậm; cán bộ Mặt trận cơ sở chủ yếu kiêm nhiệm. Ông Trần Đình Kha, Chủ tịch Ủy ban MTTQ Việt Nam xã Thạch Hưng, đề nghị có chế độ hỗ trợ cho thành viên Ban Thanh tra nhân dân.
Phát biểu tại buổi làm việc, đồng chí Phạm Tất Thành đánh giá cao cách làm của Hà Tĩnh, nhất là việc gắn thực hiện Quyết định 217, 218 với Quy chế dân chủ ở cơ sở và phong trào xây dựng nông thôn mới; đề nghị tỉnh tiếp tục thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên.
Trước đó, đoàn đã khảo sát tại xã Thạch Hưng và phường Kỳ Trinh, nghe 24 đại biểu ở cơ sở phản ánh.
Hải Yến - Văn Dũng
Lượt xem: 517
Tin liên quan
- Hội nghị sơ kết công tác dân vận 9 tháng năm 2019 (04/10/2019)
- Cẩm Xuyên: đối thoại với người dân về dồn điền đổi thửa (26/09/2019)
- Tập huấn công tác dân vận chính quyền (15/09/2019)
""", "2019-10-15", "Ban Dân vận Tỉnh ủy báo cáo Đoàn công tác Trung ương kết quả 5 năm thực hiện Quyết định 217, 218",
E("bao_cao", None, "2019-10-14"),
[P("Phạm Tất Thành", "Vụ trưởng Vụ Dân vận các cơ quan nhà nước"),
 P("Đặng Thị Hải Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Hồng Hải", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Kha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thạch Hưng")],
[Q("4.128 cuộc", 4128, "cuộc"), Q("683 vụ việc vi phạm", 683, "vụ việc vi phạm"),
 Q("57 cán bộ, đảng viên", 57, "cán bộ, đảng viên"), Q("312 hội nghị phản biện xã hội", 312, "hội nghị phản biện xã hội"),
 Q("hơn 9.400 ý kiến", 9400, "ý kiến", "over"), Q("100%", 100, "%"), Q("2.076 công trình", 2076, "công trình"),
 Q("gần 1.850 tỷ đồng", 1850000000000, "đồng", "approx"), Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"),
 Q("trên 95%", 95, "%", "over"), Q("24 đại biểu", 24, "đại biểu")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Kế hoạch", "36", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 36-KH/TU"),
 D("Hướng dẫn", "09", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 09-HD/TU"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư")],
[prov("Hà Tĩnh"), com("Thạch Hưng"), com("Kỳ Trinh")],
["Ban Dân vận Tỉnh ủy Hà Tĩnh - Cổng thông tin điện tử", "Trang chủ › Tin tức › Hoạt động của Ban",
 "Đồng chí Đặng Thị Hải Yến báo cáo với đoàn công tác.", "Quy chế dân chủ ở cơ sở", "Lượt xem: 517"],
["15/10/2019 08:00", "5 năm", "Từ năm 2014", "Quyết định 217, 218", "Lượt xem: 517"]))

PAGES.append(page("b2296-quangbinh-bdv-bieuduong-2019", """
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Trang chủ » Phong trào thi đua » Dân vận khéo
Thứ Năm, 21/11/2019, 09:10
Biểu dương 120 điển hình "Dân vận khéo" năm 2019
Sáng 20/11, Ban Dân vận Tỉnh ủy Quảng Bình tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2019. Dự hội nghị có đồng chí Hoàng Đăng Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Thu Hà, Đinh Xuân Lâm và 120 điển hình tiêu biểu được biểu dương.
Các điển hình nhận giấy khen tại hội nghị. Ảnh: Thu Hoài
Báo cáo tại hội nghị cho biết, thực hiện Kế hoạch số 92-KH/BDVTU ngày 10/3/2019 của Ban Dân vận Tỉnh ủy, phong trào thi đua "Dân vận khéo" năm 2019 đã có 1.236 mô hình, điển hình được các cấp công nhận, trong đó 845 mô hình trong lĩnh vực kinh tế, 214 mô hình về văn hóa - xã hội, 177 mô hình về quốc phòng - an ninh. Qua phong trào, nhân dân đã hiến 186.000 m2 đất, đóng góp trên 52 tỷ đồng xây dựng nông thôn mới; 45 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nông thôn mới nâng cao.
Tại hội nghị, 6 điển hình đã trình bày tham luận. Chị Hồ Thị Bích, người dân tộc Bru - Vân Kiều, Chi hội trưởng Chi hội Phụ nữ bản Ho Rum, xã Thượng Trạch, kể về việc vận động chị em bỏ tập quán sinh con tại nhà; anh Cao Xuân Hòa, Bí thư Đoàn xã Quảng Phú, chia sẻ mô hình thanh niên giúp ngư dân bám biển. Đồng chí Đinh Thị Vân, Trưởng Ban Dân vận Huyện ủy Minh Hóa, giới thiệu cách làm "3 cùng, 4 biết" của cán bộ dân vận trong vùng đồng bào Chứt.
Ông Hồ Văn Thanh, già làng bản Bãi Dinh, xã Tân Trạch, người có uy tín, kể về việc vận động 28 hộ đồng bào Ma Coong chuyển ra khu tái định cư, định canh định cư theo Quyết định số 1342/QĐ-TTg của Thủ tướng Chính phủ.
Phát biểu tại hội nghị, đồng chí Hoàng Đăng Quang đánh giá cao các điển hình và đề nghị các cấp thực hiện tốt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, tạo sức lan tỏa của phong trào. Đồng chí lưu ý việc lựa chọn điển hình phải từ cơ sở, có sức thuyết phục, được nhân dân thừa nhận; tránh chạy theo số lượng, hình thức.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 120 điển hình, mỗi điển hình được thưởng 1,5 triệu đồng; 15 điển hình xuất sắc được đề nghị Ban Dân vận Trung ương tặng bằng khen.
Thu Hoài
Lượt truy cập: 1.967.233
Tin khác
- Giao ban khối dân vận quý III năm 2019 (10/10/2019)
- Bố Trạch: đối thoại với người dân về giải phóng mặt bằng (25/09/2019)
- 200 cán bộ dân vận được tập huấn (12/09/2019)
""", "2019-11-21", "Biểu dương 120 điển hình \"Dân vận khéo\" năm 2019",
E("hoi_nghi", "2019", "2019-11-20"),
[P("Hoàng Đăng Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Xuân Lâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Bích", "Chi hội trưởng Chi hội Phụ nữ bản Ho Rum"),
 P("Cao Xuân Hòa", "Bí thư Đoàn xã Quảng Phú"),
 P("Đinh Thị Vân", "Trưởng Ban Dân vận Huyện ủy Minh Hóa"),
 P("Hồ Văn Thanh", "già làng bản Bãi Dinh", "người có uy tín")],
[Q("120 điển hình", 120, "điển hình"), Q("1.236 mô hình, điển hình", 1236, "mô hình, điển hình"),
 Q("845 mô hình", 845, "mô hình"), Q("214 mô hình", 214, "mô hình"), Q("177 mô hình", 177, "mô hình"),
 Q("186.000 m2", 186000, "m2"), Q("trên 52 tỷ đồng", 52000000000, "đồng", "over"), Q("45 xã", 45, "xã"),
 Q("6 xã", 6, "xã"), Q("6 điển hình", 6, "điển hình"), Q("28 hộ đồng bào Ma Coong", 28, "hộ đồng bào Ma Coong"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("15 điển hình xuất sắc", 15, "điển hình xuất sắc")],
[D("Kế hoạch", "92", "KH/BDVTU", "2019-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 92-KH/BDVTU ngày 10/3/2019 của Ban Dân vận Tỉnh ủy"),
 D("Quyết định", "1342", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1342/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Quảng Phú"), com("Tân Trạch")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Trang chủ » Phong trào thi đua » Dân vận khéo",
 "Các điển hình nhận giấy khen tại hội nghị. Ảnh: Thu Hoài", "Dân vận khéo", "3 cùng, 4 biết", "Lượt truy cập: 1.967.233"],
["Thứ Năm, 21/11/2019, 09:10", "năm 2019", "3 cùng, 4 biết", "Lượt truy cập: 1.967.233"]))
