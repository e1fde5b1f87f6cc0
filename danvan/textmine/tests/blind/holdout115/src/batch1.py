from lib import *
PAGES = []

PAGES.append(page("b2717-laocai-hlhpn-daihoi-xa-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Phụ nữ cơ sở
Thứ Sáu, 18/03/2011 - 09:20
Xã Tả Van tổ chức thành công Đại hội Phụ nữ nhiệm kỳ 2011 - 2016
Ngày 16/3/2011, Hội LHPN xã Tả Van, huyện Sa Pa tổ chức Đại hội đại biểu Phụ nữ xã lần thứ V, nhiệm kỳ 2011 - 2016. Về dự có bà Vàng Thị Dung, Phó Chủ tịch Hội LHPN tỉnh; bà Lê Thị Hoa, Chủ tịch Hội LHPN huyện Sa Pa; ông Giàng A Chu, Bí thư Đảng ủy xã Tả Van cùng 112 đại biểu đại diện cho hơn 1.050 hội viên phụ nữ của 9 chi hội.
Ảnh: Các đại biểu biểu quyết thông qua chương trình đại hội.
Nhiệm kỳ 2006 - 2011, các cấp hội phụ nữ xã đã vận động 87 hội viên vay vốn ưu đãi với tổng dư nợ hơn 1,3 tỷ đồng thông qua 6 tổ tiết kiệm và vay vốn; thành lập 4 nhóm "Phụ nữ tiết kiệm" với số tiền tiết kiệm khoảng 46 triệu đồng, giúp chị em vay quay vòng mua giống lúa, lợn giống. Hội đã phối hợp xây dựng 2 ngôi nhà tình thương cho hội viên nghèo người Mông ở thôn Lao Chải, mỗi nhà trị giá 25 triệu đồng. Tỷ lệ hộ nghèo do phụ nữ làm chủ giảm từ 61% xuống còn 38%.
Công tác tuyên truyền Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước được thực hiện bằng cả tiếng Mông, tiếng Dao; 35 chị em được học xóa mù chữ. Hội cũng triển khai cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Phát biểu chỉ đạo, bà Vàng Thị Dung đề nghị nhiệm kỳ mới Hội phụ nữ xã tập trung hỗ trợ chị em phát triển du lịch cộng đồng, nghề thêu thổ cẩm; phối hợp với Ngân hàng Chính sách xã hội quản lý tốt nguồn vốn ủy thác, không để nợ quá hạn; thực hiện tốt Kế hoạch số 12-KH/ĐU ngày 05/01/2011 của Đảng ủy xã về công tác vận động phụ nữ dân tộc thiểu số.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa mới gồm 11 đồng chí. Tại phiên họp thứ nhất, chị Sùng Thị Mỷ được bầu giữ chức Chủ tịch Hội LHPN xã Tả Van; chị Tẩn Thị Mây và chị Lò Thị Hương được bầu làm Phó Chủ tịch. Đại hội cũng bầu 4 đại biểu đi dự Đại hội đại biểu Phụ nữ huyện Sa Pa lần thứ XVI.
Đại hội thông qua Nghị quyết với 7 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm kết nạp 50 hội viên mới, giúp 30 hộ phụ nữ nghèo thoát nghèo.
Tả Van là một trong những xã đầu tiên của tỉnh Lào Cai hoàn thành đại hội phụ nữ cơ sở, rút kinh nghiệm để các xã khác trong huyện tổ chức trước ngày 30/4.
Thào Thị Lan - Hội LHPN huyện Sa Pa
Lượt xem: 412
Tin liên quan
- Đại hội Phụ nữ xã Bản Hồ nhiệm kỳ 2011 - 2016 (11/03/2011)
- Sa Pa: 9 xã hoàn thành đại hội phụ nữ cơ sở (07/03/2011)
- Tập huấn nghiệp vụ cho cán bộ Hội cơ sở (24/02/2011)
- Hội LHPN tỉnh trao vốn cho phụ nữ nghèo (15/02/2011)
- Phụ nữ vùng cao học nghề thêu thổ cẩm xuất khẩu (02/02/2011)
""", "2011-03-18", "Xã Tả Van tổ chức thành công Đại hội Phụ nữ nhiệm kỳ 2011 - 2016",
E("dai_hoi", None, "2011-03-16"),
[P("Vàng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Hoa", "Chủ tịch Hội LHPN huyện Sa Pa"),
 P("Giàng A Chu", "Bí thư Đảng ủy xã Tả Van"),
 P("Sùng Thị Mỷ", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Tẩn Thị Mây", "Phó Chủ tịch"),
 P("Lò Thị Hương", "Phó Chủ tịch")],
[Q("112 đại biểu", 112, "đại biểu"), Q("hơn 1.050 hội viên phụ nữ", 1050, "hội viên phụ nữ", "over"), Q("9 chi hội", 9, "chi hội"),
 Q("87 hội viên", 87, "hội viên"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"), Q('4 nhóm "Phụ nữ tiết kiệm"', 4, 'nhóm "Phụ nữ tiết kiệm"'),
 Q("khoảng 46 triệu đồng", 46000000, "đồng", "approx"), Q("2 ngôi nhà tình thương", 2, "ngôi nhà tình thương"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("61%", 61, "%"), Q("38%", 38, "%"), Q("35 chị em", 35, "chị em"),
 Q("11 đồng chí", 11, "đồng chí"), Q("4 đại biểu", 4, "đại biểu"), Q("7 chỉ tiêu", 7, "chỉ tiêu"),
 Q("50 hội viên mới", 50, "hội viên mới"), Q("30 hộ phụ nữ nghèo", 30, "hộ phụ nữ nghèo")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Kế hoạch", "12", "KH/ĐU", "2011-01-05", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 05/01/2011")],
[prov("Lào Cai"), com("Tả Van")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Phụ nữ cơ sở",
 "Ảnh: Các đại biểu biểu quyết thông qua chương trình đại hội.", "Phụ nữ tiết kiệm", "Xây dựng gia đình 5 không, 3 sạch",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 412"],
["Thứ Sáu, 18/03/2011 - 09:20", "ngày 30/4", "nhiệm kỳ 2011 - 2016", "lần thứ V", "5 không, 3 sạch", "11 đồng chí", "lần thứ XVI",
 "Nhiệm kỳ 2006 - 2011", "Lượt xem: 412"]))

PAGES.append(page("b2718-nghean-hlhpn-tongket-tkvv-2012", """
Báo Nghệ An điện tử
Xã hội » Phụ nữ - Gia đình
21/12/2012 | 15:40 GMT+7
Hội LHPN tỉnh tổng kết công tác ủy thác vốn vay năm 2012
(Baonghean) - Chiều 19/12, Hội Liên hiệp Phụ nữ tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị tổng kết hoạt động ủy thác cho vay hộ nghèo và các đối tượng chính sách năm 2012. Bà Nguyễn Thị Thu Hường, Chủ tịch Hội LHPN tỉnh và ông Hồ Sỹ Lợi, Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì.
Đến cuối tháng 11/2012, tổng dư nợ ủy thác qua Hội phụ nữ toàn tỉnh đạt 2.146,8 tỷ đồng, tăng 312 tỷ đồng so với đầu năm, chiếm 34,6% tổng dư nợ của ngân hàng. Hội quản lý 2.873 tổ tiết kiệm và vay vốn với hơn 118.000 hộ vay; tỷ lệ nợ quá hạn chỉ còn 0,42%. Có 214 tổ được ngân hàng xếp loại tốt, 17 tổ yếu đã được kiện toàn.
Ảnh: Bà Nguyễn Thị Thu Hường phát biểu tại hội nghị.
Từ nguồn vốn vay, nhiều chị em ở các huyện miền Tây như Quế Phong, Kỳ Sơn, Tương Dương đã mạnh dạn đầu tư nuôi bò, trồng keo. Chị Lương Thị Phin, người Thái ở bản Hủa Na, xã Đồng Văn, huyện Quế Phong vay 30 triệu đồng nuôi 4 con bò sinh sản, sau 3 năm đã thoát nghèo. Chị Lầu Thị Dợ, Tổ trưởng Tổ tiết kiệm và vay vốn bản Huồi Giảng 1, xã Tà Cạ, huyện Kỳ Sơn chia sẻ: tổ có 46 thành viên, mỗi tháng chị em gửi tiết kiệm từ 20.000 đồng trở lên, đến nay đã có hơn 25 triệu đồng tiền tiết kiệm.
Hội LHPN tỉnh đã thực hiện Văn bản liên tịch số 283/VBLT-NHCS-HPN giữa Ngân hàng Chính sách xã hội và Trung ương Hội LHPN Việt Nam, đồng thời ban hành Hướng dẫn số 09/HD-HPN ngày 12/3/2012 về kiểm tra hoạt động tổ tiết kiệm và vay vốn. Trong năm đã kiểm tra 1.120 tổ, tập huấn cho 684 tổ trưởng.
Phát biểu tại hội nghị, ông Hồ Sỹ Lợi đánh giá Hội phụ nữ là đơn vị nhận ủy thác có chất lượng tín dụng tốt nhất. Bà Nguyễn Thị Thu Hường yêu cầu năm 2013 các cấp hội tiếp tục củng cố tổ vay vốn, gắn cho vay với hướng dẫn cách làm ăn, phấn đấu giảm nợ quá hạn xuống dưới 0,4%.
Dịp này, Hội LHPN tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích trong công tác ủy thác năm 2012.
Nhiều ý kiến tại hội nghị cho rằng ở một số xã vùng sâu, việc sinh hoạt tổ còn hình thức, tổ trưởng kiêm nhiệm nhiều việc nên chưa sát sao đôn đốc thu lãi; một số hộ vay sử dụng vốn chưa đúng mục đích. Đại diện các huyện đề nghị ngân hàng tăng mức phí ủy thác, hỗ trợ kinh phí tập huấn cho cán bộ hội cơ sở và mở rộng cho vay học sinh, sinh viên, nước sạch và vệ sinh môi trường nông thôn.
Thanh Nga
In bài viết | Gửi cho bạn bè
Tin khác
- Phụ nữ Diễn Châu giúp nhau làm kinh tế (14/12/2012)
- Trao 50 con bò cho hội viên nghèo (05/12/2012)
- Hội thi "Phụ nữ duyên dáng" (28/11/2012)
- Nghĩa Đàn: ra mắt câu lạc bộ phụ nữ làm kinh tế giỏi (20/11/2012)
""", "2012-12-21", "Hội LHPN tỉnh tổng kết công tác ủy thác vốn vay năm 2012",
E("tong_ket", "2012", "2012-12-19"),
[P("Nguyễn Thị Thu Hường", "Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Sỹ Lợi", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Lương Thị Phin"),
 P("Lầu Thị Dợ", "Tổ trưởng Tổ tiết kiệm và vay vốn bản Huồi Giảng 1")],
[Q("2.146,8 tỷ đồng", 2146800000000, "đồng"), Q("312 tỷ đồng", 312000000000, "đồng"), Q("34,6%", 34.6, "%"),
 Q("2.873 tổ tiết kiệm và vay vốn", 2873, "tổ tiết kiệm và vay vốn"), Q("hơn 118.000 hộ", 118000, "hộ", "over"),
 Q("0,42%", 0.42, "%"), Q("214 tổ", 214, "tổ"), Q("17 tổ yếu", 17, "tổ yếu"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("4 con bò sinh sản", 4, "con bò sinh sản"), Q("46 thành viên", 46, "thành viên"),
 Q("20.000 đồng trở lên", 20000, "đồng", "over"), Q("hơn 25 triệu đồng", 25000000, "đồng", "over"),
 Q("1.120 tổ", 1120, "tổ"), Q("684 tổ trưởng", 684, "tổ trưởng"), Q("0,4%", 0.4, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Văn bản liên tịch", "283", "VBLT-NHCS-HPN", None, None, "Văn bản liên tịch số 283/VBLT-NHCS-HPN"),
 D("Hướng dẫn", "09", "HD-HPN", "2012-03-12", "Hội LHPN tỉnh", "Hướng dẫn số 09/HD-HPN ngày 12/3/2012")],
[prov("Nghệ An"), com("Đồng Văn"), com("Tà Cạ")],
["Báo Nghệ An điện tử", "Xã hội » Phụ nữ - Gia đình", "(Baonghean)", "Ảnh: Bà Nguyễn Thị Thu Hường phát biểu tại hội nghị.",
 "Ngân hàng Chính sách xã hội", "In bài viết | Gửi cho bạn bè"],
["21/12/2012 | 15:40 GMT+7", "năm 2012", "3 năm", "tháng 11/2012", "năm 2013"]))

PAGES.append(page("b2719-quangnam-nhatinhthuong-taygiang-2013", """
Cổng thông tin điện tử Hội LHPN tỉnh Quảng Nam
Bạn đang ở: Trang chủ / Hoạt động Hội / Công tác xã hội
Cập nhật lúc: 09/08/2013 08:45
Ảnh: Trao quyết định bàn giao nhà cho chị Bhling Thị Vên.
Tây Giang: Bàn giao 3 “Mái ấm tình thương” cho phụ nữ Cơ Tu
Ngày 7/8, Hội Liên hiệp Phụ nữ tỉnh Quảng Nam phối hợp với Hội LHPN huyện Tây Giang tổ chức bàn giao 3 căn nhà "Mái ấm tình thương" cho 3 hội viên phụ nữ có hoàn cảnh đặc biệt khó khăn ở xã A Tiêng và xã Lăng.
Tham dự có bà Trần Thị Kim Hoa, Phó Chủ tịch Hội LHPN tỉnh; ông Bríu Quân, Phó Chủ tịch UBND huyện Tây Giang; bà Alăng Thị Mai, Chủ tịch Hội LHPN huyện cùng đại diện cấp ủy, chính quyền 2 xã.
Mỗi căn nhà có diện tích 45 m2, tổng kinh phí xây dựng hơn 150 triệu đồng, trong đó Hội LHPN tỉnh hỗ trợ 90 triệu đồng từ Quỹ "Mái ấm tình thương", phần còn lại do chính quyền địa phương, họ tộc và bà con trong thôn góp ngày công, gỗ, cát. Các hộ được nhận nhà là chị Bhling Thị Vên (thôn Agrồng, xã A Tiêng), chị Clâu Thị Hiền và chị Zơ Râm Thị Lúa (xã Lăng) - đều là phụ nữ đơn thân, nuôi con nhỏ.
Phát biểu tại buổi lễ, bà Trần Thị Kim Hoa cho biết, từ năm 2008 đến nay, các cấp hội phụ nữ trong tỉnh đã vận động xây dựng và sửa chữa 412 căn nhà "Mái ấm tình thương" với tổng trị giá khoảng 8,4 tỷ đồng, trong đó riêng các huyện miền núi là 186 căn. Việc làm này thực hiện Kế hoạch số 17/KH-HPN ngày 25/02/2013 của Hội LHPN tỉnh về hỗ trợ phụ nữ nghèo có nhà ở an toàn, gắn với Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở.
Bà Alăng Thị Mai cho biết, toàn huyện Tây Giang hiện có hơn 1.200 hội viên trên tổng số 2.100 phụ nữ; tỷ lệ hộ nghèo còn 56,7%. Hội đã thành lập 14 tổ tiết kiệm và vay vốn, quản lý dư nợ 9,2 tỷ đồng ủy thác từ Ngân hàng Chính sách xã hội.
Xúc động nhận chìa khóa nhà mới, chị Zơ Râm Thị Lúa nói: "Trước đây mấy mẹ con ở trong căn chòi tạm, mưa là dột. Nay có nhà chắc chắn, mình yên tâm đi làm rẫy, nuôi con đi học".
Dịp này, Hội LHPN tỉnh cũng trao 20 suất quà, mỗi suất gồm 1 bao gạo 10 kg và 200.000 đồng tiền mặt cho các hội viên nghèo của 2 xã.
Theo Hội LHPN huyện Tây Giang, trong thời gian tới Hội tiếp tục rà soát những hội viên đang ở nhà tạm, nhà dột nát để đề xuất Hội cấp trên hỗ trợ, đồng thời vận động các doanh nghiệp, nhà hảo tâm đóng góp Quỹ "Mái ấm tình thương", ưu tiên phụ nữ đơn thân, phụ nữ khuyết tật.
Minh Thư
Số lượt xem: 1.025
Các tin khác
- Núi Thành: hội thảo "Phụ nữ với an toàn thực phẩm" (01/08/2013)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2013 (19/07/2013)
- Tập huấn kỹ năng phòng chống bạo lực gia đình (10/07/2013)
- Phước Sơn ra mắt câu lạc bộ "Gia đình hạnh phúc" (28/06/2013)
- Đông Giang: trao vốn hỗ trợ phụ nữ nghèo phát triển sinh kế (20/06/2013)
""", "2013-08-09", "Tây Giang: Bàn giao 3 “Mái ấm tình thương” cho phụ nữ Cơ Tu",
E("trao_qua", None, "2013-08-07"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bríu Quân", "Phó Chủ tịch UBND huyện Tây Giang"),
 P("Alăng Thị Mai", "Chủ tịch Hội LHPN huyện"),
 P("Bhling Thị Vên"), P("Clâu Thị Hiền"), P("Zơ Râm Thị Lúa")],
[Q('3 căn nhà "Mái ấm tình thương"', 3, 'căn nhà "Mái ấm tình thương"'), Q("2 xã", 2, "xã"), Q("3 hội viên phụ nữ", 3, "hội viên phụ nữ"), Q("45 m2", 45, "m2"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("90 triệu đồng", 90000000, "đồng"),
 Q('412 căn nhà "Mái ấm tình thương"', 412, 'căn nhà "Mái ấm tình thương"'), Q("khoảng 8,4 tỷ đồng", 8400000000, "đồng", "approx"), Q("186 căn", 186, "căn"),
 Q("hơn 1.200 hội viên", 1200, "hội viên", "over"), Q("2.100 phụ nữ", 2100, "phụ nữ"), Q("56,7%", 56.7, "%"),
 Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"), Q("9,2 tỷ đồng", 9200000000, "đồng"),
 Q("20 suất quà", 20, "suất quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "17", "KH-HPN", "2013-02-25", "Hội LHPN tỉnh", "Kế hoạch số 17/KH-HPN ngày 25/02/2013"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng")],
["Cổng thông tin điện tử Hội LHPN tỉnh Quảng Nam", "Bạn đang ở: Trang chủ / Hoạt động Hội / Công tác xã hội",
 "Ảnh: Trao quyết định bàn giao nhà cho chị Bhling Thị Vên.", "Mái ấm tình thương", "Ngân hàng Chính sách xã hội",
 "Số lượt xem: 1.025"],
["Cập nhật lúc: 09/08/2013 08:45", "Ngày 7/8", "từ năm 2008", "1 bao gạo", "Số lượt xem: 1.025"]))

PAGES.append(page("b2720-soctrang-taphuan-totietkiem-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG - Website
Trang chủ :: Tin hoạt động :: Tập huấn
Ngày đăng: 25-04-2014
Tập huấn nâng cao năng lực quản lý tổ tiết kiệm cho cán bộ Hội vùng đồng bào Khmer
Trong 2 ngày 23 và 24/4/2014, tại Trung tâm Bồi dưỡng chính trị huyện Trần Đề, Hội LHPN tỉnh Sóc Trăng phối hợp với Dự án "Phụ nữ tiết kiệm vì cộng đồng" tổ chức lớp tập huấn năm 2014 về kỹ năng quản lý nhóm tiết kiệm, tín dụng cho 65 học viên là chi hội trưởng, tổ trưởng tổ tiết kiệm ở 8 xã có đông đồng bào Khmer.
Phát biểu khai mạc, bà Lâm Thị Ca Ri, Phó Chủ tịch Hội LHPN tỉnh nhấn mạnh: toàn tỉnh hiện có 1.436 tổ tiết kiệm và vay vốn, thu hút 41.250 thành viên, trong đó khoảng 35% là phụ nữ Khmer. Nhiều tổ hoạt động hiệu quả, nhưng một số tổ ở vùng sâu ghi chép sổ sách chưa đúng quy định, tỷ lệ nợ quá hạn có nơi trên 2%.
Lớp học do TS. Trần Văn Mười, giảng viên Trường Chính trị tỉnh và bà Sơn Thị Bô Pha, Trưởng Ban Kinh tế Hội LHPN tỉnh trực tiếp truyền đạt. Các học viên được hướng dẫn cách lập sổ theo dõi tiền gửi, tính lãi, xét chọn thành viên vay; cách vận động chị em gửi tiết kiệm từ 10.000 - 50.000 đồng mỗi tháng. Nội dung được phiên dịch sang tiếng Khmer để chị em lớn tuổi dễ tiếp thu.
Chị Thạch Thị Sô Phia, tổ trưởng tổ tiết kiệm ấp Tắc Bướm, xã Lịch Hội Thượng chia sẻ: tổ của chị có 32 thành viên, sau 2 năm đã tích lũy được 48,5 triệu đồng, cho 19 lượt chị em vay mua heo giống, may mặc. "Nhờ sinh hoạt tổ, chị em biết tính toán chi tiêu, không còn vay nặng lãi", chị nói.
Theo Kế hoạch số 32/KH-HLHPN ngày 10/3/2014 của Ban Thường vụ Hội LHPN tỉnh, năm nay sẽ mở 6 lớp tương tự cho khoảng 400 cán bộ chi hội. Việc tập huấn nhằm thực hiện Quyết định số 2351/QĐ-TTg ngày 24/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020 và Chỉ thị số 07-CT/TU của Tỉnh ủy về công tác vận động phụ nữ dân tộc Khmer.
Kết thúc lớp học, 100% học viên đạt yêu cầu; bà Lý Thị Sa Thu, Chủ tịch Hội LHPN xã Lịch Hội Thượng đề nghị Hội tỉnh hỗ trợ thêm sổ sách, biểu mẫu song ngữ Việt - Khmer.
Theo đánh giá của Hội LHPN tỉnh, mô hình tổ tiết kiệm giúp chị em nghèo tiếp cận nguồn vốn nhỏ, linh hoạt ngay tại ấp, hạn chế tình trạng vay "tín dụng đen". Sau tập huấn, các học viên sẽ về hướng dẫn lại cho thành viên tổ, củng cố những tổ sinh hoạt chưa đều.
Ngọc Hân (Hội LHPN tỉnh)
Lượt truy cập: 215.873
Tin cùng chuyên mục
- Mỹ Xuyên: tập huấn kiến thức chăn nuôi cho phụ nữ nghèo (18/04/2014)
- Hội thi "Phụ nữ Khmer khéo tay" (09/04/2014)
- Tuyên truyền Luật Hôn nhân và gia đình tại Vĩnh Châu (02/04/2014)
- Họp mặt kỷ niệm ngày Quốc tế Phụ nữ 8/3 (07/03/2014)
- Trao 12 con bò giống cho phụ nữ nghèo huyện Châu Thành (28/02/2014)
""", "2014-04-25", "Tập huấn nâng cao năng lực quản lý tổ tiết kiệm cho cán bộ Hội vùng đồng bào Khmer",
E("tap_huan", "2014", "2014-04-23"),
[P("Lâm Thị Ca Ri", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Văn Mười", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Sơn Thị Bô Pha", "Trưởng Ban Kinh tế Hội LHPN tỉnh"),
 P("Thạch Thị Sô Phia", "tổ trưởng tổ tiết kiệm ấp Tắc Bướm"),
 P("Lý Thị Sa Thu", "Chủ tịch Hội LHPN xã Lịch Hội Thượng")],
[Q("65 học viên", 65, "học viên"), Q("8 xã", 8, "xã"), Q("1.436 tổ tiết kiệm và vay vốn", 1436, "tổ tiết kiệm và vay vốn"),
 Q("41.250 thành viên", 41250, "thành viên"), Q("khoảng 35%", 35, "%", "approx"), Q("trên 2%", 2, "%", "over"),
 Q("10.000", 10000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("32 thành viên", 32, "thành viên"),
 Q("48,5 triệu đồng", 48500000, "đồng"), Q("19 lượt chị em", 19, "lượt chị em"), Q("6 lớp", 6, "lớp"),
 Q("khoảng 400 cán bộ chi hội", 400, "cán bộ chi hội", "approx"), Q("100%", 100, "%")],
[D("Kế hoạch", "32", "KH-HLHPN", "2014-03-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 32/KH-HLHPN ngày 10/3/2014"),
 D("Quyết định", "2351", "QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ", "Quyết định số 2351/QĐ-TTg ngày 24/12/2010"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG - Website", "Trang chủ :: Tin hoạt động :: Tập huấn", "Phụ nữ tiết kiệm vì cộng đồng",
 "Trung tâm Bồi dưỡng chính trị huyện Trần Đề", "Lượt truy cập: 215.873"],
["Ngày đăng: 25-04-2014", "2 ngày", "năm 2014", "2 năm", "giai đoạn 2011 - 2020", "Lượt truy cập: 215.873"]))

PAGES.append(page("b2721-thanhhoa-hlhpn-soket-6thang-2015", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Xã hội > Phụ nữ
10/07/2015 07:30
Phụ nữ miền núi xứ Thanh giúp nhau thoát nghèo
(Baothanhhoa.vn) - Ngày 8/7, Hội LHPN tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Bà Phạm Thị Huyền, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Bà Phạm Thị Huyền phát biểu tại hội nghị. Ảnh: Mai Anh
Báo cáo do bà Hà Thị Hương, Phó Chủ tịch Thường trực Hội LHPN tỉnh trình bày cho biết, 6 tháng qua các cấp hội đã kết nạp 3.452 hội viên mới, nâng tỷ lệ tập hợp hội viên lên 82,7%. Hội nhận ủy thác từ Ngân hàng Chính sách xã hội với dư nợ trên 3.180 tỷ đồng, thông qua 2.964 tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn 0,31%. Các cơ sở hội duy trì 312 nhóm phụ nữ tiết kiệm với số vốn tích lũy gần 6,7 tỷ đồng, giúp khoảng 2.800 lượt chị em vay không lãi.
Thực hiện Kế hoạch 45, 46-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ vùng đồng bào dân tộc thiểu số phát triển kinh tế và về phòng chống mua bán người, Hội đã phối hợp mở 24 lớp dạy nghề dệt thổ cẩm, trồng nấm cho 720 lao động nữ theo Đề án hỗ trợ phụ nữ học nghề, tạo việc làm tại Quyết định số 295/QĐ-TTg ngày 26/2/2010 của Thủ tướng Chính phủ. 48 căn "Mái ấm tình thương" đã được khởi công, trong đó 31 căn hoàn thành, trị giá mỗi căn từ 30 đến 40 triệu đồng.
Tại hội nghị, bà Bùi Thị Lệ, Chủ tịch Hội LHPN huyện Bá Thước cho biết, mô hình "Tổ phụ nữ giúp nhau" ở xã Lũng Cao đã giúp 17 hộ người Mường thoát nghèo. Bà Lò Thị Uyên, Chủ tịch Hội LHPN xã Trung Lý, huyện Mường Lát nêu khó khăn: địa bàn rộng, nhiều bản cách trung tâm xã hơn 20 km, cán bộ chi hội người Thái, người Mông chưa thạo ghi chép sổ sách nên việc quản lý tổ vay vốn còn lúng túng.
Kết luận hội nghị, bà Phạm Thị Huyền yêu cầu 6 tháng cuối năm các cấp hội tập trung chuẩn bị đại hội phụ nữ cơ sở nhiệm kỳ 2016 - 2021; kiện toàn 126 tổ vay vốn hoạt động yếu; phấn đấu cả năm xây dựng 80 "Mái ấm tình thương", giúp 1.500 hộ do phụ nữ làm chủ thoát nghèo. Bà đề nghị các huyện miền núi quan tâm bồi dưỡng cán bộ hội là người dân tộc thiểu số, đồng thời đẩy mạnh cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 3 tập thể; Hội LHPN tỉnh tặng giấy khen cho 26 tập thể, 41 cá nhân có thành tích xuất sắc trong thực hiện Kế hoạch 45-KH/HPN.
Lê Hà
Tin liên quan
- Hội LHPN huyện Ngọc Lặc ra mắt câu lạc bộ phụ nữ làm kinh tế giỏi (03/07/2015)
- Quan Sơn: trao 15 con bò cho hội viên nghèo (25/06/2015)
- Tập huấn kỹ năng tuyên truyền cho cán bộ hội cơ sở (16/06/2015)
""", "2015-07-10", "Phụ nữ miền núi xứ Thanh giúp nhau thoát nghèo",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Phạm Thị Huyền", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Hà Thị Hương", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Bùi Thị Lệ", "Chủ tịch Hội LHPN huyện Bá Thước"),
 P("Lò Thị Uyên", "Chủ tịch Hội LHPN xã Trung Lý")],
[Q("3.452 hội viên mới", 3452, "hội viên mới"), Q("82,7%", 82.7, "%"), Q("trên 3.180 tỷ đồng", 3180000000000, "đồng", "over"),
 Q("2.964 tổ tiết kiệm và vay vốn", 2964, "tổ tiết kiệm và vay vốn"), Q("0,31%", 0.31, "%"),
 Q("312 nhóm phụ nữ tiết kiệm", 312, "nhóm phụ nữ tiết kiệm"), Q("gần 6,7 tỷ đồng", 6700000000, "đồng", "approx"),
 Q("khoảng 2.800 lượt chị em", 2800, "lượt chị em", "approx"), Q("24 lớp dạy nghề", 24, "lớp dạy nghề"),
 Q("720 lao động nữ", 720, "lao động nữ"), Q('48 căn "Mái ấm tình thương"', 48, 'căn "Mái ấm tình thương"'), Q("31 căn", 31, "căn"),
 Q("30 đến 40 triệu đồng", 30000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("17 hộ người Mường", 17, "hộ người Mường"),
 Q("hơn 20 km", 20, "km", "over"), Q("126 tổ vay vốn", 126, "tổ vay vốn"), Q('80 "Mái ấm tình thương"', 80, "Mái ấm tình thương"),
 Q("1.500 hộ", 1500, "hộ"), Q("3 tập thể", 3, "tập thể"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Kế hoạch", "45", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/HPN"),
 D("Kế hoạch", "46", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 45, 46-KH/HPN"),
 D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg ngày 26/2/2010")],
[prov("Thanh Hóa"), com("Lũng Cao"), com("Trung Lý")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Xã hội > Phụ nữ", "(Baothanhhoa.vn)",
 "Bà Phạm Thị Huyền phát biểu tại hội nghị. Ảnh: Mai Anh", "Tổ phụ nữ giúp nhau", "Xây dựng gia đình 5 không, 3 sạch",
 "Ngân hàng Chính sách xã hội"],
["10/07/2015 07:30", "6 tháng đầu năm", "6 tháng cuối năm 2015", "nhiệm kỳ 2016 - 2021", "5 không, 3 sạch"]))

PAGES.append(page("b2722-daklak-daihoi-phunu-tinh-2016", """
ĐẮK LẮK ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Chính trị › Đoàn thể
Thứ Sáu, 01/07/2016, 16:10 (GMT+7)
Đại hội đại biểu Phụ nữ tỉnh lần thứ XII thành công tốt đẹp
Trong 2 ngày 29 - 30/6/2016, tại Hội trường 10/3, Hội LHPN tỉnh Đắk Lắk tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XII, nhiệm kỳ 2016 - 2021. Dự đại hội có bà Đỗ Thị Hằng, Phó Chủ tịch Hội LHPN Việt Nam; ông Y Wai Byă, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng 298 đại biểu chính thức, đại diện cho hơn 390.000 hội viên phụ nữ thuộc 47 dân tộc trong tỉnh.
Toàn cảnh Đại hội.
Nhiệm kỳ 2011 - 2016, phong trào phụ nữ tỉnh có nhiều chuyển biến. Các cấp hội kết nạp hơn 41.000 hội viên mới; phối hợp với Ngân hàng Chính sách xã hội quản lý dư nợ ủy thác 2.350 tỷ đồng qua 4.120 tổ tiết kiệm và vay vốn; xây dựng, sửa chữa 536 mái ấm tình thương trị giá 17,8 tỷ đồng; giúp 12.400 hộ phụ nữ nghèo thoát nghèo. Hội đã phối hợp mở 210 lớp dạy nghề, tập huấn khuyến nông cho trên 9.000 lượt phụ nữ, trong đó 62% là phụ nữ Êđê, Jrai, Mnông.
Thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị và Chỉ thị số 05-CT/TU ngày 14/9/2015 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội phụ nữ các cấp, đến tháng 5/2016 đã có 184 cơ sở hội hoàn thành đại hội, 100% đúng tiến độ. Nhiều mô hình hay được nhân rộng như "Phụ nữ buôn làng không sinh con tại nhà" ở xã Cư Êbur, "Tổ vay vốn - tiết kiệm" ở buôn Kô Siêr.
Phát biểu chỉ đạo, bà Đỗ Thị Hằng đề nghị Hội LHPN tỉnh tiếp tục đổi mới nội dung hoạt động, hướng về cơ sở, chăm lo phụ nữ dân tộc thiểu số; hỗ trợ chị em tiếp cận nguồn vốn, khởi sự kinh doanh, phát triển các hợp tác xã do phụ nữ quản lý.
Đại hội đã bầu Ban Chấp hành Hội LHPN tỉnh khóa XII gồm 35 đồng chí; Ban Thường vụ gồm 9 đồng chí. Bà H'Ngơn Mlô tái đắc cử Chủ tịch Hội LHPN tỉnh khóa XII; các đồng chí Phó Chủ tịch: Trương Thị Mỹ Lệ, H'Bla Niê. Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Nghị quyết đại hội đề ra 10 chỉ tiêu, trong đó phấn đấu mỗi năm hỗ trợ ít nhất 2.000 hộ phụ nữ nghèo, 80% cơ sở hội có mô hình tiết kiệm, 100% chi hội có tổ vay vốn hoạt động hiệu quả.
Phát biểu bế mạc, bà H'Ngơn Mlô cảm ơn sự tín nhiệm của đại biểu và cam kết cùng Ban Chấp hành khóa mới đoàn kết, năng động, đưa Nghị quyết đại hội vào cuộc sống ngay từ năm đầu nhiệm kỳ.
H'Xíu - Hoàng Gia
Bài viết liên quan
- Đại hội Phụ nữ thành phố Buôn Ma Thuột nhiệm kỳ 2016 - 2021 (16/05/2016)
- Krông Pắc: 23 cơ sở hội hoàn thành đại hội (05/05/2016)
- Phụ nữ Êđê giữ nghề dệt thổ cẩm (20/04/2016)
""", "2016-07-01", "Đại hội đại biểu Phụ nữ tỉnh lần thứ XII thành công tốt đẹp",
E("dai_hoi", None, "2016-06-29"),
[P("Đỗ Thị Hằng", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Y Wai Byă", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("H'Ngơn Mlô", "Chủ tịch Hội LHPN tỉnh khóa XII"),
 P("Trương Thị Mỹ Lệ", "Phó Chủ tịch"), P("H'Bla Niê", "Phó Chủ tịch")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("hơn 390.000 hội viên phụ nữ", 390000, "hội viên phụ nữ", "over"),
 Q("47 dân tộc", 47, "dân tộc"), Q("hơn 41.000 hội viên mới", 41000, "hội viên mới", "over"), Q("2.350 tỷ đồng", 2350000000000, "đồng"),
 Q("4.120 tổ tiết kiệm và vay vốn", 4120, "tổ tiết kiệm và vay vốn"), Q("536 mái ấm tình thương", 536, "mái ấm tình thương"),
 Q("17,8 tỷ đồng", 17800000000, "đồng"), Q("12.400 hộ phụ nữ nghèo", 12400, "hộ phụ nữ nghèo"), Q("210 lớp dạy nghề", 210, "lớp dạy nghề"),
 Q("trên 9.000 lượt phụ nữ", 9000, "lượt phụ nữ", "over"), Q("62%", 62, "%"), Q("184 cơ sở hội", 184, "cơ sở hội"),
 Q("100%", 100, "%"), Q("35 đồng chí", 35, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("12 đại biểu chính thức", 12, "đại biểu chính thức"), Q("10 chỉ tiêu", 10, "chỉ tiêu"),
 Q("ít nhất 2.000 hộ phụ nữ nghèo", 2000, "hộ phụ nữ nghèo", "over"), Q("80%", 80, "%")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Chỉ thị", "05", "CT/TU", "2015-09-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 14/9/2015")],
[prov("Đắk Lắk"), com("Cư Êbur")],
["ĐẮK LẮK ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk", "Chính trị › Đoàn thể", "Toàn cảnh Đại hội.",
 "Hội trường 10/3", "Phụ nữ buôn làng không sinh con tại nhà", "Tổ vay vốn - tiết kiệm", "Ngân hàng Chính sách xã hội"],
["Thứ Sáu, 01/07/2016, 16:10 (GMT+7)", "2 ngày", "lần thứ XII", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "35 đồng chí",
 "9 đồng chí", "Hội trường 10/3", "tháng 5/2016"]))
