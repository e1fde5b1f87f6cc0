from lib import *
PAGES = []

PAGES.append(page("b2555-gialai-hlhpn-daihoi-iaka-2016", """
HỘI LHPN TỈNH GIA LAI - Cổng thông tin điện tử
Trang chủ | Tin tức | Đại hội Phụ nữ các cấp
Cập nhật lúc 09:20 ngày 14/04/2016
Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: H'Yơn
Đại hội đại biểu Phụ nữ xã Ia Ka lần thứ XI
Ngày 12/4/2016, Hội LHPN xã Ia Ka, huyện Chư Păh, tỉnh Gia Lai tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XI, nhiệm kỳ 2016 - 2021, đại hội điểm cấp cơ sở của huyện. Về dự có bà Rơ Châm H'Nhi, Phó Chủ tịch Hội LHPN tỉnh; bà Ksor H'Bơ, HUV, Chủ tịch Hội LHPN huyện Chư Păh; ông Rmah Đoan, Bí thư Đảng ủy xã Ia Ka. 98 đại biểu chính thức thay mặt cho 1.246 hội viên của 14 chi hội đã về dự.
Nhiệm kỳ qua, Hội LHPN xã đã vận động hội viên tham gia 21 tổ tiết kiệm, tổ vay vốn với tổng dư nợ 6,8 tỷ đồng; giúp 187 hộ do phụ nữ làm chủ thoát nghèo. Hội phát triển được 134 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 87,4%. Các chi hội ở các làng Jrai duy trì sinh hoạt câu lạc bộ "Gia đình hạnh phúc", vận động chị em không để con gái lấy chồng sớm; nhiệm kỳ qua có 9 cặp tảo hôn được vận động hủy bỏ.
Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra hạn chế: tình trạng tảo hôn ở 3 làng vùng sâu chưa được đẩy lùi; một số chi hội trưởng còn lúng túng khi tổ chức sinh hoạt; nguồn quỹ hội còn thấp, chưa đáp ứng nhu cầu vay của hội viên.
Phát biểu chỉ đạo, bà Rơ Châm H'Nhi đề nghị nhiệm kỳ 2016 - 2021, Hội LHPN xã tiếp tục triển khai Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI, thực hiện Kế hoạch số 19-KH/HPN ngày 05/1/2016 của Ban Thường vụ Hội LHPN tỉnh về công tác vận động phụ nữ dân tộc thiểu số; chú trọng tuyên truyền về Quyết định 498/QĐ-TTg của Thủ tướng Chính phủ trong từng làng.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Hội LHPN xã khóa XI. Chị Siu H'Drin được tín nhiệm giữ chức Chủ tịch Hội LHPN xã Ia Ka; chị Nguyễn Thị Thu Hằng và chị Kpă H'Lương được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội cũng bầu 4 đại biểu đi dự Đại hội đại biểu Phụ nữ huyện Chư Păh.
Đại hội đề ra 7 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm giúp 30 hộ phụ nữ nghèo có việc làm, thu nhập ổn định; không để phát sinh mới tảo hôn và hôn nhân cận huyết trên địa bàn.
Trong không khí phấn khởi, các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến vào báo cáo chính trị, tập trung vào cách vận động chị em người Jrai tham gia sinh hoạt hội đều đặn, mạnh dạn vay vốn phát triển sản xuất, đưa con em đến trường đúng độ tuổi và giữ gìn những nét đẹp trong văn hóa truyền thống của làng.
Siu Thanh Hương
Lượt xem: 512
Tin cùng chuyên mục
- Đại hội điểm Phụ nữ huyện Kông Chro thành công tốt đẹp (08/04/2016)
- Hội LHPN tỉnh tập huấn công tác chuẩn bị đại hội (25/03/2016)
- Ia Grai: 500 hội viên tham gia ngày hội "Phụ nữ với an toàn giao thông" (10/03/2016)
- Trao 12 con bò cho phụ nữ nghèo làng Đê Kôn (26/02/2016)
""", "2016-04-14", "Đại hội đại biểu Phụ nữ xã Ia Ka lần thứ XI",
E("dai_hoi", None, "2016-04-12"),
[P("Rơ Châm H'Nhi", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Ksor H'Bơ", "HUV", "Chủ tịch Hội LHPN huyện Chư Păh"),
 P("Rmah Đoan", "Bí thư Đảng ủy xã Ia Ka"),
 P("Siu H'Drin", "Chủ tịch Hội LHPN xã Ia Ka"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHPN xã"),
 P("Kpă H'Lương", "Phó Chủ tịch Hội LHPN xã")],
[Q("98 đại biểu chính thức", 98, "đại biểu chính thức"), Q("1.246 hội viên", 1246, "hội viên"),
 Q("14 chi hội", 14, "chi hội"), Q("21 tổ tiết kiệm, tổ vay vốn", 21, "tổ tiết kiệm, tổ vay vốn"),
 Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("187 hộ", 187, "hộ"), Q("134 hội viên mới", 134, "hội viên mới"),
 Q("87,4%", 87.4, "%"), Q("9 cặp tảo hôn", 9, "cặp tảo hôn"), Q("3 làng vùng sâu", 3, "làng vùng sâu"),
 Q("15 đồng chí", 15, "đồng chí"), Q("4 đại biểu", 4, "đại biểu"), Q("7 chỉ tiêu chủ yếu", 7, "chỉ tiêu chủ yếu"),
 Q("30 hộ phụ nữ nghèo", 30, "hộ phụ nữ nghèo")],
[D("Kế hoạch", "19", "KH/HPN", "2016-01-05", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 19-KH/HPN ngày 05/1/2016"),
 D("Quyết định", "498", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 498/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Ka")],
["HỘI LHPN TỈNH GIA LAI - Cổng thông tin điện tử", "Trang chủ | Tin tức | Đại hội Phụ nữ các cấp",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội. Ảnh: H'Yơn", "Gia đình hạnh phúc",
 "Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XI", "Lượt xem: 512"],
["Cập nhật lúc 09:20 ngày 14/04/2016", "lần thứ XI", "nhiệm kỳ 2016 - 2021", "khóa XI", "15 đồng chí", "Lượt xem: 512"]))

PAGES.append(page("b2556-nghean-mttq-doithoai-taohon-2017", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ › Hoạt động Mặt trận › Cơ sở
Thứ Năm, 21/09/2017
Nói không với tảo hôn: khi thanh niên Thái, Khơ Mú được lắng nghe
Chiều 19/9, tại nhà văn hóa bản Na Lượng, xã Tam Hợp, Ủy ban MTTQ huyện Tương Dương (Nghệ An) phối hợp với Huyện đoàn, Hội LHPN huyện tổ chức buổi đối thoại năm 2017 giữa lãnh đạo huyện với thanh niên, phụ nữ dân tộc Thái, Khơ Mú về phòng, chống tảo hôn và hôn nhân cận huyết. Gần 200 đoàn viên, hội viên của 3 xã Tam Hợp, Tam Quang, Tam Đình tham dự.
Chủ trì buổi đối thoại có ông Lô Văn Hạnh, HUV, Chủ tịch Ủy ban MTTQ huyện Tương Dương; bà Vi Thị Nọi, Phó Chủ tịch UBND huyện; anh Lữ Văn Thương, Bí thư Huyện đoàn Tương Dương.
Các đồng chí chủ trì trao đổi với thanh niên tại buổi đối thoại.
Theo số liệu của Phòng Tư pháp huyện, từ năm 2015 đến nay toàn huyện có 68 trường hợp tảo hôn, trong đó 41 trường hợp là người Khơ Mú; có 2 cặp kết hôn cận huyết ở các bản giáp biên giới. Nhiều em gái mới học hết lớp 7, lớp 8 đã bỏ học lấy chồng.
Tại buổi đối thoại, 23 ý kiến của thanh niên, phụ nữ được nêu lên. Em Moong Thị Hoa, đoàn viên chi đoàn bản Xốp Mạt, hỏi: "Nếu bố mẹ ép gả khi chưa đủ tuổi thì chúng em phải báo với ai?". Chị Cụt Thị Xinh, Chi hội trưởng Phụ nữ bản Na Lượng, đề nghị xã có cán bộ tư pháp nói tiếng Khơ Mú để giải thích cho bà con.
Trả lời các ý kiến, bà Vi Thị Nọi cho biết huyện đang triển khai Kế hoạch số 112/KH-UBND ngày 18/5/2016 của UBND huyện về thực hiện Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết giai đoạn 2016 - 2020; đồng thời chỉ đạo các xã thực hiện Chỉ thị số 05-CT/HU ngày 10/3/2016 của Ban Thường vụ Huyện ủy. Mọi trường hợp bị ép tảo hôn, thanh niên có thể báo trực tiếp cho trưởng bản, công an xã hoặc chi hội phụ nữ.
Ông Lô Văn Hạnh đề nghị các chi đoàn, chi hội thành lập nhóm "Bạn giúp bạn" ở mỗi bản; huyện sẽ hỗ trợ 5 triệu đồng cho mỗi câu lạc bộ hoạt động hiệu quả. Kết thúc buổi đối thoại, 150 đoàn viên thanh niên đã ký cam kết không tảo hôn, không kết hôn cận huyết.
Ban Thường trực Ủy ban MTTQ huyện sẽ tổng hợp các kiến nghị để báo cáo Huyện ủy, UBND huyện xem xét giải quyết trong quý IV/2017.
Nhiều bạn trẻ cho biết, đây là lần đầu được trực tiếp nói lên suy nghĩ của mình với lãnh đạo huyện. Các ý kiến đều mong muốn có thêm việc làm tại chỗ, được học nghề để không phải đi làm thuê xa nhà, vì khi không có việc làm, nhiều bạn chọn lấy vợ, lấy chồng sớm.
Lương Thuận
Các tin đã đưa
- Tương Dương: ra mắt mô hình "Khu dân cư không có tảo hôn" (05/09/2017)
- Kỳ Sơn: Mặt trận hỗ trợ làm nhà cho hộ nghèo người Mông (28/08/2017)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách dân tộc (15/08/2017)
- Con Cuông: hội nghị người có uy tín năm 2017 (02/08/2017)
""", "2017-09-21", "Nói không với tảo hôn: khi thanh niên Thái, Khơ Mú được lắng nghe",
E("doi_thoai", "2017", "2017-09-19"),
[P("Lô Văn Hạnh", "HUV", "Chủ tịch Ủy ban MTTQ huyện Tương Dương"),
 P("Vi Thị Nọi", "Phó Chủ tịch UBND huyện"),
 P("Lữ Văn Thương", "Bí thư Huyện đoàn Tương Dương"),
 P("Moong Thị Hoa"),
 P("Cụt Thị Xinh", "Chi hội trưởng Phụ nữ bản Na Lượng")],
[Q("Gần 200 đoàn viên, hội viên", 200, "đoàn viên, hội viên", "approx"), Q("3 xã", 3, "xã"),
 Q("68 trường hợp", 68, "trường hợp"), Q("41 trường hợp", 41, "trường hợp"), Q("2 cặp", 2, "cặp"),
 Q("23 ý kiến", 23, "ý kiến"), Q("5 triệu đồng", 5000000, "đồng"), Q("150 đoàn viên thanh niên", 150, "đoàn viên thanh niên")],
[D("Kế hoạch", "112", "KH-UBND", "2016-05-18", "UBND huyện", "Kế hoạch số 112/KH-UBND ngày 18/5/2016"),
 D("Chỉ thị", "05", "CT/HU", "2016-03-10", "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU ngày 10/3/2016")],
[prov("Nghệ An"), com("Tam Hợp"), com("Tam Quang"), com("Tam Đình")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ › Hoạt động Mặt trận › Cơ sở",
 "Các đồng chí chủ trì trao đổi với thanh niên tại buổi đối thoại.", "Bạn giúp bạn",
 "Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết"],
["Thứ Năm, 21/09/2017", "năm 2017", "từ năm 2015", "lớp 7, lớp 8", "giai đoạn 2016 - 2020", "quý IV/2017"]))

PAGES.append(page("b2557-daklak-tinhdoan-giaoban-2018", """
TỈNH ĐOÀN ĐẮK LẮK
Trang chủ >> Tin tức >> Hoạt động Đoàn
01/10/2018 - 16:10
Đồng chí H'Liên Niê chủ trì giao ban.
Đẩy mạnh hỗ trợ thanh niên dân tộc thiểu số lập nghiệp
Sáng 29/9/2018, Ban Thường vụ Tỉnh đoàn Đắk Lắk tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III/2018 với các huyện, thị, thành đoàn và đoàn trực thuộc. Đồng chí H'Liên Niê, Phó Bí thư Thường trực Tỉnh đoàn chủ trì.
Trong quý, các cấp bộ Đoàn đã tổ chức 46 lớp học nghề ngắn hạn cho 1.380 thanh niên người Êđê, Mnông, Jrai; giới thiệu việc làm cho 410 đoàn viên; phối hợp Ngân hàng Chính sách xã hội giải ngân 12,5 tỷ đồng cho 318 hộ thanh niên vay vốn qua 52 tổ tiết kiệm và vay vốn do Đoàn quản lý. Chiến dịch thanh niên tình nguyện hè đã làm mới 8,4 km đường bê tông, sửa chữa 19 điểm trường ở các buôn vùng sâu.
Thực hiện Kế hoạch số 205-KH/TĐTN ngày 12/7/2018 của Ban Thường vụ Tỉnh đoàn về phòng, chống tảo hôn trong thanh niên, các cơ sở Đoàn đã tổ chức 37 buổi tuyên truyền tại buôn, thu hút 2.600 lượt thanh thiếu niên. Tại huyện Krông Bông, Huyện đoàn phối hợp với Hội LHPN huyện vận động hoãn 6 đám cưới tảo hôn.
Tại buổi giao ban, đồng chí Y Thoan Byă, Bí thư Huyện đoàn Lắk, đề xuất mở lớp dạy nghề dệt thổ cẩm cho nữ thanh niên ở buôn Jun; đồng chí H'Dim Êban, Bí thư Đoàn xã Ea Sol, cho biết Đoàn xã đã thành lập 2 tổ hợp tác trồng cà phê của thanh niên với 27 thành viên. Các đồng chí Phó Bí thư Tỉnh đoàn: Nguyễn Văn Quang, Y Sơn Mlô đã thông tin về công tác chuẩn bị Đại hội Đoàn các cấp.
Kết luận buổi giao ban, đồng chí H'Liên Niê đề nghị quý IV/2018, các cơ sở Đoàn tiếp tục thực hiện Chương trình hành động số 15-CTr/TĐTN của Ban Chấp hành Tỉnh đoàn về công tác thanh niên dân tộc thiểu số; bám sát Quyết định số 1033/QĐ-TTg ngày 30/6/2011 của Thủ tướng Chính phủ về phát triển giáo dục, đào tạo và dạy nghề vùng Tây Nguyên; triển khai tháng cao điểm "Vì đàn em thân yêu" và chuẩn bị tốt cho Tháng Thanh niên năm 2019.
Đồng chí cũng lưu ý các huyện đoàn chủ động phối hợp với Hội LHPN, Ban Dân tộc và chính quyền cơ sở trong nắm tình hình thanh niên ở các buôn; kịp thời phát hiện, vận động những trường hợp có ý định kết hôn khi chưa đủ tuổi; quan tâm hơn đến đoàn viên là nữ thanh niên người dân tộc thiểu số đã lập gia đình sớm để các em có cơ hội học nghề, có việc làm ổn định.
Anh Thư
Lượt xem: 301
Tin liên quan
- Tỉnh đoàn tổ chức Ngày hội thanh niên Êđê (15/09/2018)
- Tổng kết chiến dịch thanh niên tình nguyện hè năm 2018 (25/08/2018)
- Ea Kar: 120 đoàn viên tham gia hiến máu (10/08/2018)
- Trao 40 suất học bổng cho học sinh người dân tộc thiểu số (01/08/2018)
""", "2018-10-01", "Đẩy mạnh hỗ trợ thanh niên dân tộc thiểu số lập nghiệp",
E("giao_ban", "2018-Q3", "2018-09-29"),
[P("H'Liên Niê", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Y Thoan Byă", "Bí thư Huyện đoàn Lắk"),
 P("H'Dim Êban", "Bí thư Đoàn xã Ea Sol"),
 P("Nguyễn Văn Quang", "Phó Bí thư Tỉnh đoàn"),
 P("Y Sơn Mlô", "Phó Bí thư Tỉnh đoàn")],
[Q("46 lớp học nghề ngắn hạn", 46, "lớp học nghề ngắn hạn"), Q("1.380 thanh niên", 1380, "thanh niên"),
 Q("410 đoàn viên", 410, "đoàn viên"), Q("12,5 tỷ đồng", 12500000000, "đồng"), Q("318 hộ thanh niên", 318, "hộ thanh niên"),
 Q("52 tổ tiết kiệm và vay vốn", 52, "tổ tiết kiệm và vay vốn"), Q("8,4 km", 8.4, "km"),
 Q("19 điểm trường", 19, "điểm trường"), Q("37 buổi tuyên truyền", 37, "buổi tuyên truyền"),
 Q("2.600 lượt thanh thiếu niên", 2600, "lượt thanh thiếu niên"), Q("6 đám cưới tảo hôn", 6, "đám cưới tảo hôn"),
 Q("2 tổ hợp tác", 2, "tổ hợp tác"), Q("27 thành viên", 27, "thành viên")],
[D("Kế hoạch", "205", "KH/TĐTN", "2018-07-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 205-KH/TĐTN ngày 12/7/2018"),
 D("Chương trình hành động", "15", "CTr/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Chương trình hành động số 15-CTr/TĐTN"),
 D("Quyết định", "1033", "QĐ-TTg", "2011-06-30", "Thủ tướng Chính phủ", "Quyết định số 1033/QĐ-TTg ngày 30/6/2011")],
[prov("Đắk Lắk"), com("Ea Sol")],
["TỈNH ĐOÀN ĐẮK LẮK", "Trang chủ >> Tin tức >> Hoạt động Đoàn", "Đồng chí H'Liên Niê chủ trì giao ban.",
 "Vì đàn em thân yêu", "Tháng Thanh niên", "Lượt xem: 301"],
["01/10/2018 - 16:10", "quý III/2018", "quý IV/2018", "năm 2019", "Lượt xem: 301"]))

PAGES.append(page("b2558-thanhhoa-hlhpn-baocao-taohon-2019", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Xã hội - Gia đình
Thứ Ba, 05/03/2019 - 15:45
Hội LHPN tỉnh báo cáo kết quả 4 năm giảm thiểu tảo hôn ở miền núi
Ngày 4/3, Hội LHPN tỉnh Thanh Hóa có báo cáo gửi Đoàn công tác Trung ương Hội LHPN Việt Nam về kết quả thực hiện công tác phòng, chống tảo hôn và hôn nhân cận huyết trong vùng đồng bào dân tộc thiểu số của tỉnh. Bà Lò Thị Thu, Phó Chủ tịch Hội LHPN tỉnh, trình bày báo cáo trước đoàn do bà Hoàng Thị Xuân, Ủy viên Đoàn Chủ tịch, Trưởng Ban Dân tộc - Tôn giáo Trung ương Hội LHPN Việt Nam làm trưởng đoàn.
Theo báo cáo, thực hiện Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ và Kế hoạch số 87/KH-UBND ngày 22/6/2015 của UBND tỉnh, Hội LHPN các cấp đã xây dựng 64 mô hình can thiệp tại 11 huyện miền núi; tổ chức 1.520 buổi truyền thông cho 86.000 lượt người. Số cặp tảo hôn toàn tỉnh giảm từ 539 cặp năm 2015 xuống 216 cặp năm 2018, tỷ lệ tảo hôn giảm bình quân 3,2%/năm. Đã phát hiện và can thiệp 4 cặp hôn nhân cận huyết ở các bản người Mông huyện Mường Lát.
Các cấp hội đã lồng ghép tuyên truyền với sinh hoạt của 317 câu lạc bộ "Phụ nữ với pháp luật" và 96 tổ tiết kiệm của phụ nữ người Thái, Mường, Dao. Kinh phí thực hiện trong 4 năm đạt trên 3,6 tỷ đồng, trong đó ngân sách tỉnh 2,4 tỷ đồng.
Báo cáo nêu một số khó khăn: tảo hôn còn tập trung ở các huyện Quan Sơn, Mường Lát, Lang Chánh; một số gia đình vẫn giữ quan niệm "con gái lớn phải lấy chồng"; chế tài xử lý chưa đủ sức răn đe, việc xử phạt vi phạm hành chính theo Nghị định số 110/2013/NĐ-CP của Chính phủ còn ít được áp dụng.
Tại buổi làm việc, bà Hà Thị Nguyệt, Chủ tịch Hội LHPN huyện Quan Sơn, cho biết mô hình "Nhóm phụ nữ nòng cốt" ở xã Trung Xuân đã giúp 12 em gái trở lại trường học. Ông Phạm Văn Mạ, người có uy tín bản Chiềng, xã Trung Xuân, đề nghị hỗ trợ học bổng cho các em người Mường, Thái vùng sâu.
Bà Hoàng Thị Xuân ghi nhận kết quả của tỉnh, đề nghị Hội LHPN tỉnh tiếp tục tham mưu tổng kết giai đoạn 1 của đề án và chuẩn bị cho giai đoạn 2021 - 2025.
Đoàn công tác đề nghị tỉnh quan tâm nhân rộng các mô hình có hiệu quả, tăng cường vai trò của người có uy tín, già bản, trưởng bản trong vận động đồng bào; chú trọng tư vấn tiền hôn nhân cho thanh niên; phối hợp chặt chẽ với ngành giáo dục để giữ các em gái ở lại trường, nhất là ở bậc trung học cơ sở, nơi tỷ lệ bỏ học còn cao.
Minh Hiền
Tin khác
- Mường Lát: ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (20/02/2019)
- Hội LHPN tỉnh trao 30 mái ấm cho phụ nữ nghèo (15/01/2019)
- Tổng kết công tác hội năm 2018 (10/01/2019)
- Quan Hóa: phụ nữ Thái giữ nghề dệt thổ cẩm (02/01/2019)
""", "2019-03-05", "Hội LHPN tỉnh báo cáo kết quả 4 năm giảm thiểu tảo hôn ở miền núi",
E("bao_cao", None, "2019-03-04"),
[P("Lò Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Xuân", "Ủy viên Đoàn Chủ tịch", "Trưởng Ban Dân tộc - Tôn giáo Trung ương Hội LHPN Việt Nam"),
 P("Hà Thị Nguyệt", "Chủ tịch Hội LHPN huyện Quan Sơn"),
 P("Phạm Văn Mạ", "người có uy tín bản Chiềng")],
[Q("64 mô hình can thiệp", 64, "mô hình can thiệp"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("1.520 buổi truyền thông", 1520, "buổi truyền thông"), Q("86.000 lượt người", 86000, "lượt người"),
 Q("539 cặp", 539, "cặp"), Q("216 cặp", 216, "cặp"), Q("3,2%", 3.2, "%"),
 Q("4 cặp hôn nhân cận huyết", 4, "cặp hôn nhân cận huyết"), Q("317 câu lạc bộ", 317, "câu lạc bộ"),
 Q("96 tổ tiết kiệm", 96, "tổ tiết kiệm"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("2,4 tỷ đồng", 2400000000, "đồng"), Q("12 em gái", 12, "em gái")],
[D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
 D("Kế hoạch", "87", "KH-UBND", "2015-06-22", "UBND tỉnh", "Kế hoạch số 87/KH-UBND ngày 22/6/2015"),
 D("Nghị định", "110", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 110/2013/NĐ-CP")],
[prov("Thanh Hóa"), com("Trung Xuân")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Xã hội - Gia đình",
 "Phụ nữ với pháp luật", "Nhóm phụ nữ nòng cốt", "con gái lớn phải lấy chồng"],
["Thứ Ba, 05/03/2019 - 15:45", "4 năm", "năm 2015", "năm 2018", "giai đoạn 1", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b2559-travinh-tinhdoan-hocbong-2020", """
Tỉnh Đoàn Trà Vinh | Đoàn TNCS Hồ Chí Minh
Tin tức / Công tác thanh niên dân tộc
21.09.2020 | 16:05
Trao 60 suất học bổng cho học sinh, sinh viên Khmer vượt khó
Sáng 20/9, tại Trường Phổ thông Dân tộc nội trú tỉnh, Tỉnh đoàn Trà Vinh phối hợp với Hội Khuyến học tỉnh và Quỹ "Vì tương lai Khmer" trao 60 suất học bổng cho học sinh, sinh viên người Khmer có hoàn cảnh khó khăn, vươn lên học tốt trong năm học 2019 - 2020.
Tham dự có đồng chí Thạch Thị Sô Phi, Ủy viên Ban Thường vụ Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh; đồng chí Kim Ngọc Thái, Phó Trưởng Ban Dân tộc tỉnh; Đại đức Thạch Sô Phanh, trụ trì chùa Âng Cũ, xã Lương Hòa.
Đồng chí Thạch Thị Sô Phi trao học bổng cho các em học sinh.
Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt và 1 bộ sách giáo khoa; tổng trị giá chương trình 108 triệu đồng. Trong số 60 em được nhận, có 38 em là nữ, 14 em đang theo học tại các trường đại học, cao đẳng trong và ngoài tỉnh.
Phát biểu tại buổi trao, đồng chí Thạch Thị Sô Phi cho biết, thực hiện Kế hoạch số 64-KH/TĐTN ngày 03/02/2020 của Ban Thường vụ Tỉnh đoàn về hỗ trợ thanh thiếu nhi dân tộc thiểu số, 8 tháng qua các cơ sở Đoàn đã trao 426 suất học bổng, tặng 1.200 bộ đồ dùng học tập và 35 xe đạp cho học sinh người Khmer. Các cấp bộ Đoàn cũng tuyên truyền về phòng, chống tảo hôn tại 22 điểm chùa có lớp dạy chữ Khmer hè.
Em Sơn Thị Chanh Đa, sinh viên năm thứ hai Trường Đại học Trà Vinh, xúc động: "Nhà em có 5 người, mẹ làm thuê, em từng nghĩ phải nghỉ học để đi làm. Học bổng này giúp em yên tâm theo học".
Dịp này, Tỉnh đoàn kêu gọi các nhà hảo tâm tiếp tục đồng hành với chương trình "Tiếp sức đến trường"; Hội Khuyến học tỉnh cam kết hỗ trợ thêm 20 suất học bổng cho học kỳ II.
Đồng chí Kim Ngọc Thái đánh giá cao cách làm của Tỉnh đoàn trong việc gắn trao học bổng với vận động gia đình các em không để con gái nghỉ học sớm, lấy chồng sớm; đề nghị mở rộng chương trình ra các xã vùng đồng bào Khmer đặc biệt khó khăn của huyện Trà Cú, Cầu Ngang.
Buổi trao học bổng diễn ra trong không khí ấm áp. Nhiều phụ huynh người Khmer đến dự cùng con em, bày tỏ cảm ơn sự quan tâm của tổ chức Đoàn và các nhà hảo tâm; hứa sẽ động viên các em chăm chỉ học tập, không bỏ học giữa chừng để đi làm thuê hay lập gia đình sớm.
Thanh Hòa
Xem thêm
- Tỉnh đoàn ra quân chiến dịch "Mùa hè xanh" năm 2020 (10/07/2020)
- Thanh niên Khmer tham gia phòng, chống dịch Covid-19 (22/04/2020)
- Hội thi "Tìm hiểu văn hóa Khmer" cấp tỉnh (15/01/2020)
- Trà Cú: Đoàn xã tặng quà Tết Chôl Chnăm Thmây (05/04/2020)
""", "2020-09-21", "Trao 60 suất học bổng cho học sinh, sinh viên Khmer vượt khó",
E("trao_qua", None, "2020-09-20"),
[P("Thạch Thị Sô Phi", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
 P("Kim Ngọc Thái", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Âng Cũ"),
 P("Sơn Thị Chanh Đa")],
[Q("60 suất học bổng", 60, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("108 triệu đồng", 108000000, "đồng"),
 Q("38 em", 38, "em"), Q("14 em", 14, "em"), Q("426 suất học bổng", 426, "suất học bổng"),
 Q("1.200 bộ đồ dùng học tập", 1200, "bộ đồ dùng học tập"), Q("35 xe đạp", 35, "xe đạp"),
 Q("22 điểm chùa", 22, "điểm chùa"), Q("5 người", 5, "người"), Q("20 suất học bổng", 20, "suất học bổng")],
[D("Kế hoạch", "64", "KH/TĐTN", "2020-02-03", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 64-KH/TĐTN ngày 03/02/2020")],
[prov("Trà Vinh"), com("Lương Hòa")],
["Tỉnh Đoàn Trà Vinh | Đoàn TNCS Hồ Chí Minh", "Tin tức / Công tác thanh niên dân tộc", "Vì tương lai Khmer",
 "Đồng chí Thạch Thị Sô Phi trao học bổng cho các em học sinh.", "Tiếp sức đến trường"],
["21.09.2020 | 16:05", "năm học 2019 - 2020", "1 bộ sách giáo khoa", "8 tháng", "năm thứ hai", "học kỳ II"]))

PAGES.append(page("b2560-quangnam-bdvhu-tongket-namtramy-2020", """
HUYỆN ỦY NAM TRÀ MY - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ - Dân vận - Tin hoạt động
Cập nhật: 08:10, 29/12/2020 (GMT+7)
Ban Dân vận Huyện ủy Nam Trà My tổng kết công tác năm 2020
Ngày 28/12, Ban Dân vận Huyện ủy Nam Trà My (Quảng Nam) tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Hồ Thị Minh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Năm 2020, dù chịu ảnh hưởng nặng nề của dịch Covid-19 và cơn bão số 9, khối dân vận huyện đã vận động nhân dân đóng góp 2.300 ngày công, hiến 12.000 m2 đất để làm đường, di dời 146 hộ ra khỏi vùng sạt lở. Hội LHPN huyện duy trì 38 tổ phụ nữ tiết kiệm với 912 thành viên người Xơ Đăng, Ca Dong; Huyện đoàn thành lập 9 đội hình thanh niên tình nguyện giúp dân khắc phục hậu quả bão.
Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 19, 20-CT/HU về tăng cường công tác dân vận trong phòng, chống tảo hôn và về vận động đồng bào trồng sâm Ngọc Linh; hướng dẫn thực hiện Kế hoạch số 36-KH/BDVTU ngày 15/3/2020 của Ban Dân vận Tỉnh ủy. Nhờ đó, số cặp tảo hôn giảm còn 14 cặp, giảm 21 cặp so với năm 2019.
Tại hội nghị, đồng chí Hồ Văn Bảy, Bí thư Đảng ủy xã Trà Mai và đồng chí Đinh Thị Lượm, Bí thư Đảng ủy xã Trà Vân đã trao đổi kinh nghiệm vận động thanh niên Ca Dong, Xơ Đăng bỏ tục ở rể kéo dài, tảo hôn. Chị Hồ Thị Dân, Bí thư Huyện đoàn, cho biết Huyện đoàn đã kết nạp 85 đoàn viên mới, trong đó 60% là nữ.
Phát biểu chỉ đạo, đồng chí Hồ Văn Lương, Phó Bí thư Thường trực Huyện ủy, ghi nhận kết quả công tác dân vận năm 2020; đề nghị năm 2021 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII, vận động nhân dân thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tập thể, 15 cá nhân có thành tích tiêu biểu trong phong trào thi đua "Dân vận khéo".
Các đại biểu thống nhất cho rằng, trong điều kiện địa bàn rộng, giao thông đi lại khó khăn, đồng bào sống rải rác trên các sườn núi, công tác dân vận phải bám sát từng nóc, từng hộ; cán bộ phải biết tiếng đồng bào, cùng ăn, cùng ở, cùng làm với dân thì mới vận động được bà con thay đổi những tập quán lạc hậu.
Hồ Phước
Tin liên quan
- Nam Trà My: hỗ trợ 120 hộ dân vùng sạt lở dựng nhà tạm (20/11/2020)
- Đoàn công tác Ban Dân vận Tỉnh ủy thăm hỏi người dân vùng bão (02/11/2020)
- Huyện đoàn ra mắt mô hình "Thanh niên trồng sâm" (18/09/2020)
- Trà Linh: phụ nữ góp vốn nuôi heo đen (04/08/2020)
""", "2020-12-29", "Ban Dân vận Huyện ủy Nam Trà My tổng kết công tác năm 2020",
E("tong_ket", "2020", "2020-12-28"),
[P("Hồ Thị Minh", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hồ Văn Bảy", "Bí thư Đảng ủy xã Trà Mai"),
 P("Đinh Thị Lượm", "Bí thư Đảng ủy xã Trà Vân"),
 P("Hồ Thị Dân", "Bí thư Huyện đoàn"),
 P("Hồ Văn Lương", "Phó Bí thư Thường trực Huyện ủy")],
[Q("2.300 ngày công", 2300, "ngày công"), Q("12.000 m2", 12000, "m2"), Q("146 hộ", 146, "hộ"),
 Q("38 tổ phụ nữ tiết kiệm", 38, "tổ phụ nữ tiết kiệm"), Q("912 thành viên", 912, "thành viên"),
 Q("9 đội hình thanh niên tình nguyện", 9, "đội hình thanh niên tình nguyện"), Q("14 cặp", 14, "cặp"),
 Q("21 cặp", 21, "cặp"), Q("85 đoàn viên mới", 85, "đoàn viên mới"), Q("60%", 60, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "19", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 19, 20-CT/HU"),
 D("Chỉ thị", "20", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 19, 20-CT/HU"),
 D("Kế hoạch", "36", "KH/BDVTU", "2020-03-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 15/3/2020"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Quảng Nam"), com("Trà Mai"), com("Trà Vân")],
["HUYỆN ỦY NAM TRÀ MY - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ - Dân vận - Tin hoạt động", "Dân vận khéo",
 "Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII"],
["Cập nhật: 08:10, 29/12/2020 (GMT+7)", "năm 2020", "năm 2021", "bão số 9", "năm 2019", "lần thứ XXII"]))
