from lib import *
PAGES = []

PAGES.append(page("b3491-sonla-bao-chandung-truongban-2017", """
Báo Sơn La điện tử
Xã hội | Dân tộc - Miền núi
Thứ Tư, 14/06/2017 - 07:45
Ông Sồng A Lử (bên phải) trò chuyện với bà con trong bản.
Người trưởng bản "giữ chân" bà con ở lại quê
Chiềng Khoong những năm trước, cứ sau mùa thu hoạch lại có vài gia đình người Mông khăn gói vào Tây Nguyên tìm đất. Từ khi ông Sồng A Lử làm Trưởng bản Huổi Cáy, chuyện đó gần như không còn.
Ông Sồng A Lử, 52 tuổi, đảng viên, người có uy tín của bản, kể lại: năm 2012, có 14 hộ trong bản bán nương, bán trâu để vào Đắk Nông, Bình Phước. Được hơn một năm, 9 hộ trong số đó lại dắt díu nhau về vì không có đất, con cái thất học, phải ở nhờ trong lán rẫy. "Tôi lấy chính chuyện của họ để nói với bà con: đất quê mình còn, chỉ cần chịu làm là đủ ăn", ông nói.
Cùng với cán bộ của Đồn Biên phòng và tổ công tác dân vận xã, ông đi từng nhà, vận động bà con chuyển 35 ha nương ngô kém hiệu quả sang trồng xoài, nhãn ghép. Đến nay cả bản có 61 hộ thì 48 hộ có vườn cây ăn quả, thu nhập bình quân khoảng 28 triệu đồng/người/năm. Số hộ nghèo giảm từ 39 hộ xuống còn 12 hộ nghèo.
Bà Lò Thị Xuân, Phó Chủ tịch UBND xã Chiềng Khoong, cho biết: xã đang thực hiện Quyết định số 1200/QĐ-UBND ngày 12/5/2016 của UBND tỉnh Sơn La về bố trí, ổn định dân cư vùng có nguy cơ di cư tự do; riêng bản Huổi Cáy được hỗ trợ khoảng 1,5 tỷ đồng làm đường bê tông và nhà văn hóa. "Trưởng bản gương mẫu, nói được làm được nên bà con nghe theo", bà Xuân nói.
Theo đồng chí Cầm Văn Thưởng, Trưởng Ban Dân vận Huyện ủy Sông Mã, cả huyện đã xây dựng 27 mô hình "Dân vận khéo" gắn với ổn định dân cư; từ năm 2015 đến nay không phát sinh hộ di cư tự do mới. Ông Sồng A Lử được Ủy ban nhân dân tỉnh tặng Bằng khen vì có thành tích trong vận động đồng bào.
Nhắc đến dự định, ông Lử muốn vận động thêm các hộ liên kết trồng cây ăn quả theo hướng an toàn, có đầu ra ổn định. "Khi bà con làm giàu được ngay trên đất của mình thì không ai muốn đi nữa", ông chia sẻ.
Bài, ảnh: Quàng Hoa
Lượt xem: 2.318
Tin liên quan
- Sông Mã: trao 40 con bò giống cho hộ nghèo bản Phiêng Cằm (05/06/2017)
- Ngăn chặn tình trạng di cư tự do ở vùng cao Sốp Cộp (22/05/2017)
- Thuận Châu: người có uy tín góp sức xây dựng nông thôn mới (10/05/2017)
- Mường La vận động hơn 200 hộ chuyển đổi cây trồng trên đất dốc (26/04/2017)
- Bắc Yên: bản Mông đầu tiên đạt chuẩn văn hóa (12/04/2017)
- Hội thảo giải pháp hạn chế di cư tự do vùng biên giới (30/03/2017)
- Yên Châu ra mắt tổ hợp tác trồng xoài ở xã Chiềng Hặc (15/03/2017)
- Phù Yên: đưa điện lưới về các bản vùng cao (01/03/2017)
- Người cựu chiến binh vận động bà con bỏ cây thuốc phiện (16/02/2017)
""", "2017-06-14", "Người trưởng bản \"giữ chân\" bà con ở lại quê",
E("khac", None, None),
[P("Sồng A Lử", "Trưởng bản Huổi Cáy", "người có uy tín của bản"),
 P("Lò Thị Xuân", "Phó Chủ tịch UBND xã Chiềng Khoong"),
 P("Cầm Văn Thưởng", "Trưởng Ban Dân vận Huyện ủy Sông Mã")],
[Q("14 hộ", 14, "hộ"), Q("9 hộ", 9, "hộ"), Q("35 ha", 35, "ha"), Q("61 hộ", 61, "hộ"), Q("48 hộ", 48, "hộ"),
 Q("khoảng 28 triệu đồng/người/năm", 28000000, "đồng", "approx"), Q("39 hộ", 39, "hộ"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("27 mô hình", 27, "mô hình")],
[D("Quyết định", "1200", "QĐ-UBND", "2016-05-12", "UBND tỉnh Sơn La", "Quyết định số 1200/QĐ-UBND ngày 12/5/2016 của UBND tỉnh Sơn La")],
[prov("Sơn La"), prov("Đắk Nông"), prov("Bình Phước"), com("Chiềng Khoong")],
["Báo Sơn La điện tử", "Xã hội | Dân tộc - Miền núi", "Ông Sồng A Lử (bên phải) trò chuyện với bà con trong bản.",
 "Dân vận khéo", "Lượt xem: 2.318", "Tây Nguyên", "Đồn Biên phòng"],
["Thứ Tư, 14/06/2017 - 07:45", "52 tuổi", "năm 2012", "hơn một năm", "từ năm 2015", "Lượt xem: 2.318"]))

PAGES.append(page("b3492-lamdong-bdv-hoinghi-uytin-2018", """
Ban Dân vận Tỉnh ủy Lâm Đồng
Bạn đang ở: Trang chủ >> Tin hoạt động
Cập nhật lúc 17:20 ngày 27/09/2018
Toàn cảnh hội nghị.
Lâm Đồng: gặp mặt 215 người có uy tín vùng đồng bào di cư tự do
Ngày 26/9, tại thành phố Bảo Lộc, Ban Dân vận Tỉnh ủy phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số vùng có dân di cư tự do năm 2018. Tham dự có 215 người có uy tín đến từ các huyện Đam Rông, Lâm Hà, Di Linh, Bảo Lâm.
Đồng chí Ka Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Kră Jăn Dũng, Phó Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, từ năm 1990 đến nay Lâm Đồng đã tiếp nhận trên 12.000 hộ với hơn 54.000 khẩu di cư tự do; giai đoạn 2016 - 2018 còn 1.075 hộ đến mới, chủ yếu là người Mông, Dao, Nùng từ các tỉnh phía Bắc. Thực hiện Nghị quyết số 09-NQ/TU ngày 15/8/2016 của Tỉnh ủy về công tác dân tộc, tỉnh đã đầu tư 6 dự án ổn định dân di cư tự do với tổng kinh phí gần 320 tỷ đồng, đã cấp giấy chứng nhận quyền sử dụng đất cho 3.860 hộ.
Tại hội nghị, già làng Ha Sến, thôn Đạ Nhar, xã Đạ Tông, cho rằng phải làm rõ ranh giới đất rừng giao khoán để tránh tranh chấp giữa người tại chỗ và người mới đến. Ông Vàng A Chu, người có uy tín thôn Đạ Sar, xã Đạ Rsal, phản ánh nhiều hộ Mông đã ở hơn 10 năm nhưng chưa được cấp sổ đỏ. Bà Ma Thị Thu, người Tày ở xã Phúc Thọ, huyện Lâm Hà, đề nghị mở lớp dạy nghề cho thanh niên.
Giải đáp các ý kiến, đồng chí Kră Jăn Dũng cho biết tỉnh đang triển khai Đề án số 03-ĐA/TU của Tỉnh ủy về giải quyết dứt điểm tình trạng dân di cư tự do, rà soát các trường hợp đủ điều kiện để cấp giấy chứng nhận trong năm 2019.
Phát biểu bế mạc, đồng chí Ka Hoa ghi nhận vai trò của người có uy tín trong việc "nói để dân nghe, làm để dân tin", đã tham gia hòa giải thành 86 vụ việc tranh chấp đất đai trong năm. Đồng chí đề nghị người có uy tín tiếp tục vận động con cháu không phá rừng, không mua bán đất rẫy trái phép, kịp thời báo cho chính quyền khi có người lạ đến.
Dịp này, Ban Dân vận Tỉnh ủy tặng 215 phần quà, mỗi phần trị giá 500.000 đồng.
Minh Đạo
Tin khác
- Đam Rông: đồng bào Mông chung sức xây dựng nông thôn mới (19/09/2018)
- Hội nghị giao ban khối dân vận quý III/2018 (12/09/2018)
- Lâm Hà tuyên dương 42 điển hình "Dân vận khéo" (30/08/2018)
- Bảo Lâm đối thoại với người dân về đất sản xuất (16/08/2018)
- Di Linh: thôn K'Long Trao nói không với phá rừng (02/08/2018)
- Tập huấn kỹ năng dân vận cho cán bộ xã vùng sâu (20/07/2018)
- Lạc Dương: trao 50 suất học bổng cho học sinh người dân tộc (06/07/2018)
""", "2018-09-27", "Lâm Đồng: gặp mặt 215 người có uy tín vùng đồng bào di cư tự do",
E("hoi_nghi", "2018", "2018-09-26"),
[P("Ka Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kră Jăn Dũng", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Ha Sến", "già làng"),
 P("Vàng A Chu", "người có uy tín thôn Đạ Sar"),
 P("Ma Thị Thu")],
[Q("215 người có uy tín", 215, "người có uy tín"), Q("trên 12.000 hộ", 12000, "hộ", "over"), Q("hơn 54.000 khẩu", 54000, "khẩu", "over"),
 Q("1.075 hộ", 1075, "hộ"), Q("6 dự án ổn định dân di cư tự do", 6, "dự án ổn định dân di cư tự do"),
 Q("gần 320 tỷ đồng", 320000000000, "đồng", "approx"), Q("3.860 hộ", 3860, "hộ"), Q("86 vụ việc tranh chấp đất đai", 86, "vụ việc tranh chấp đất đai"),
 Q("215 phần quà", 215, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "09", "NQ/TU", "2016-08-15", "Tỉnh ủy", "Nghị quyết số 09-NQ/TU ngày 15/8/2016 của Tỉnh ủy"),
 D("Đề án", "03", "ĐA/TU", None, "Tỉnh ủy", "Đề án số 03-ĐA/TU của Tỉnh ủy")],
[prov("Lâm Đồng"), com("Đạ Tông"), com("Đạ Rsal"), com("Phúc Thọ")],
["Ban Dân vận Tỉnh ủy Lâm Đồng", "Bạn đang ở: Trang chủ >> Tin hoạt động", "Toàn cảnh hội nghị.", "nói để dân nghe, làm để dân tin", "thôn Đạ Nhar"],
["Cập nhật lúc 17:20 ngày 27/09/2018", "năm 2018", "từ năm 1990", "giai đoạn 2016 - 2018", "hơn 10 năm", "năm 2019"]))

PAGES.append(page("b3493-daklak-mttq-easup-traoqua-2019", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ / Tin hoạt động / Mặt trận cơ sở
24/01/2019 09:00
Trao 300 suất quà Tết cho đồng bào di cư tự do ở Ea Súp
Ngày 22/1, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk phối hợp Ủy ban MTTQ Việt Nam huyện Ea Súp và Công ty cổ phần Cao su Phước Hòa tổ chức thăm, tặng quà Tết Kỷ Hợi 2019 cho đồng bào di cư tự do tại các xã Ia Lốp, Ia Rvê và Ya Tờ Mốt.
Bà H'Yim Kđoh tặng quà cho hộ khó khăn ở xã Ia Rvê.
Đến thăm và tặng quà có bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Văn Định, Phó Bí thư Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ea Súp; ông Phạm Quốc Hưng, Phó Tổng Giám đốc Công ty.
Mỗi suất quà gồm 10 kg gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, tổng trị giá khoảng 180 triệu đồng. Riêng 20 hộ đặc biệt khó khăn ở thôn 16, xã Ia Lốp được tặng thêm chăn ấm, mỗi hộ 1 chiếc.
Theo ông Trần Văn Định, Ea Súp hiện có trên 2.600 hộ di cư tự do đến từ các tỉnh Cao Bằng, Hà Giang, Lạng Sơn, phần lớn là đồng bào Nùng, Tày, Mông, Dao. Huyện đang thực hiện Dự án sắp xếp, ổn định dân di cư tự do tiểu khu 275 và 276 theo Quyết định số 3125/QĐ-UBND ngày 28/11/2017 của UBND tỉnh; đến nay đã bố trí đất ở cho 517 hộ, làm 13 km đường, 2 trường học.
Ông Hoàng Văn Sình, 61 tuổi, người Nùng, từ Cao Bằng vào Ia Rvê năm 2008, xúc động chia sẻ: "Năm nay gia đình được nhập khẩu, có sổ đỏ, con cháu được đi học đầy đủ, lại được Mặt trận cho quà, Tết này vui lắm". Bà Lý Thị Mai, người Dao ở thôn 9, xã Ya Tờ Mốt, cảm ơn các nhà hảo tâm đã nhớ đến bà con vùng xa.
Phát biểu tại buổi trao quà, bà H'Yim Kđoh mong bà con tiếp tục đoàn kết, giúp nhau phát triển sản xuất, không nghe kẻ xấu xúi giục mua bán đất rừng trái phép, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; Mặt trận các cấp sẽ tiếp tục vận động nguồn lực hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo di cư.
Dịp này, Công ty cổ phần Cao su Phước Hòa cũng trao 5 căn nhà Đại đoàn kết, mỗi căn trị giá 50 triệu đồng, cho hộ nghèo tại xã Ia Rvê.
Ngọc Thảo
Lượt xem: 905
Tin liên quan
- Buôn Đôn: trao 150 suất quà Tết cho hộ nghèo (20/01/2019)
- Ủy ban MTTQ tỉnh thăm, chúc Tết chức sắc tôn giáo (17/01/2019)
- Krông Bông: ra mắt khu dân cư kiểu mẫu ở xã Cư Drăm (10/01/2019)
- Hội nghị tổng kết công tác Mặt trận năm 2018 (28/12/2018)
- Ea Súp: vận động đồng bào di cư tự do nhập hộ khẩu (14/12/2018)
- M'Drắk: Mặt trận xã Cư San giúp hộ nghèo làm chuồng bò (30/11/2018)
- Ngày hội Đại đoàn kết ở buôn Tơng Jú (16/11/2018)
- Cư M'gar: xây dựng 12 nhà Đại đoàn kết cho hộ nghèo (02/11/2018)
""", "2019-01-24", "Trao 300 suất quà Tết cho đồng bào di cư tự do ở Ea Súp",
E("trao_qua", None, "2019-01-22"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Định", "Phó Bí thư Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ea Súp"),
 P("Phạm Quốc Hưng", "Phó Tổng Giám đốc Công ty"),
 P("Hoàng Văn Sình"), P("Lý Thị Mai")],
[Q("300 suất quà", 300, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"),
 Q("20 hộ đặc biệt khó khăn", 20, "hộ đặc biệt khó khăn"), Q("trên 2.600 hộ di cư tự do", 2600, "hộ di cư tự do", "over"), Q("517 hộ", 517, "hộ"),
 Q("13 km", 13, "km"), Q("2 trường học", 2, "trường học"), Q("5 căn nhà Đại đoàn kết", 5, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "3125", "QĐ-UBND", "2017-11-28", "UBND tỉnh", "Quyết định số 3125/QĐ-UBND ngày 28/11/2017 của UBND tỉnh")],
[prov("Đắk Lắk"), prov("Cao Bằng"), prov("Hà Giang"), prov("Lạng Sơn"), com("Ia Lốp"), com("Ia Rvê"), com("Ya Tờ Mốt")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ / Tin hoạt động / Mặt trận cơ sở", "Bà H'Yim Kđoh tặng quà cho hộ khó khăn ở xã Ia Rvê.",
 "Lượt xem: 905", "Công ty cổ phần Cao su Phước Hòa", "Tết Kỷ Hợi 2019"],
["24/01/2019 09:00", "Tết Kỷ Hợi 2019", "mỗi hộ 1 chiếc", "tiểu khu 275 và 276", "61 tuổi", "năm 2008", "thôn 16", "thôn 9", "Lượt xem: 905"]))

PAGES.append(page("b3494-dienbien-bandantoc-baocao-2020", """
BAN DÂN TỘC TỈNH ĐIỆN BIÊN
Trang chủ » Tin tức - Sự kiện » Chính sách dân tộc
Thứ Tư, 30/12/2020
Điện Biên: Kết quả bố trí, ổn định dân di cư tự do năm 2020
Ngày 25/12/2020, UBND tỉnh ban hành Báo cáo số 4512/BC-UBND về kết quả thực hiện công tác bố trí dân cư, giải quyết tình trạng dân di cư tự do năm 2020 trên địa bàn tỉnh Điện Biên.
Một góc điểm tái định cư Nậm Chua 4, xã Nà Hỳ. Ảnh: Quàng Duyên
Theo báo cáo, năm 2020 toàn tỉnh phát sinh 46 hộ với 251 khẩu di cư tự do, giảm 38 hộ so với năm 2019; trong đó di cư ra ngoài tỉnh 29 hộ, chủ yếu đi các tỉnh Đắk Lắk, Đắk Nông, Bình Phước; di cư nội tỉnh 17 hộ. Nguyên nhân chủ yếu do thiếu đất sản xuất, một số hộ bị lôi kéo bởi thông tin sai lệch về "vùng đất mới" và hoạt động truyền đạo trái pháp luật.
Thực hiện Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ và Kế hoạch số 1869/KH-UBND của UBND tỉnh, năm 2020 tỉnh đã bố trí ổn định cho 312 hộ tại 8 điểm dân cư thuộc các huyện Mường Nhé, Nậm Pồ, Tủa Chùa, với tổng kinh phí hơn 62,7 tỷ đồng; trong đó ngân sách Trung ương khoảng 48 tỷ đồng. Các địa phương đã đăng ký thường trú cho 1.046 nhân khẩu, cấp 873 thẻ căn cước công dân, hoàn thành 100% số hộ được giao đất sản xuất tại điểm tái định cư.
Báo cáo đánh giá, công tác dân vận được các cấp ủy quan tâm; Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 10/3/2020 về tăng cường lãnh đạo ngăn chặn tình trạng di cư tự do; 120 tổ công tác "3 cùng" bám bản, vận động 64 hộ có ý định di cư ở lại địa phương.
Tuy nhiên, còn 11 điểm dân cư tự phát ở khu vực rừng đặc dụng Mường Nhé chưa được sắp xếp; kinh phí bố trí mới đạt khoảng 70% nhu cầu; một số hộ sau khi được bố trí lại bán đất, tiếp tục di chuyển.
Năm 2021, UBND tỉnh đề ra mục tiêu sắp xếp, ổn định không dưới 300 hộ; đề nghị Trung ương sớm phê duyệt Dự án ổn định dân cư xã Sín Thầu, xã Chung Chải giai đoạn 2021 - 2025 theo Nghị quyết số 88/2019/QH14 của Quốc hội. Ông Lò Văn Mừng, Trưởng Ban Dân tộc tỉnh, cho biết Ban sẽ phối hợp Sở Nông nghiệp và Phát triển nông thôn xây dựng danh sách các hộ cần bố trí cấp bách.
P.V
Lượt xem: 1.377
Xem thêm
- Nậm Pồ: Trao 45 con bò sinh sản cho hộ nghèo (22/12/2020)
- Phổ biến chính sách dân tộc cho người có uy tín năm 2020 (15/12/2020)
- Mường Ảng tổ chức đối thoại với người dân bản Co Hắm (04/12/2020)
- Đoàn công tác Ủy ban Dân tộc làm việc tại Điện Biên (25/11/2020)
- Tủa Chùa: vận động đồng bào Mông không nghe theo kẻ xấu (12/11/2020)
- Hỗ trợ nhà ở cho hộ di cư tái định cư bản Huổi Thanh (30/10/2020)
""", "2020-12-30", "Điện Biên: Kết quả bố trí, ổn định dân di cư tự do năm 2020",
E("bao_cao", "2020", "2020-12-25"),
[P("Lò Văn Mừng", "Trưởng Ban Dân tộc tỉnh")],
[Q("46 hộ", 46, "hộ"), Q("251 khẩu", 251, "khẩu"), Q("38 hộ", 38, "hộ"), Q("29 hộ", 29, "hộ"), Q("17 hộ", 17, "hộ"),
 Q("312 hộ", 312, "hộ"), Q("8 điểm dân cư", 8, "điểm dân cư"), Q("hơn 62,7 tỷ đồng", 62700000000, "đồng", "over"),
 Q("khoảng 48 tỷ đồng", 48000000000, "đồng", "approx"), Q("1.046 nhân khẩu", 1046, "nhân khẩu"), Q("873 thẻ căn cước công dân", 873, "thẻ căn cước công dân"),
 Q("100%", 100, "%"), Q("120 tổ công tác", 120, "tổ công tác"), Q("64 hộ", 64, "hộ"), Q("11 điểm dân cư tự phát", 11, "điểm dân cư tự phát"),
 Q("khoảng 70%", 70, "%", "approx"), Q("không dưới 300 hộ", 300, "hộ", "over")],
[D("Báo cáo", "4512", "BC-UBND", "2020-12-25", "UBND tỉnh", "Báo cáo số 4512/BC-UBND"),
 D("Quyết định", "1776", "QĐ-TTg", "2012-11-21", "Thủ tướng Chính phủ", "Quyết định số 1776/QĐ-TTg ngày 21/11/2012 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "1869", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1869/KH-UBND của UBND tỉnh"),
 D("Chỉ thị", "21", "CT/TU", "2020-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 10/3/2020"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14 của Quốc hội")],
[prov("Điện Biên"), prov("Đắk Lắk"), prov("Đắk Nông"), prov("Bình Phước"), com("Nà Hỳ"), com("Sín Thầu"), com("Chung Chải")],
["BAN DÂN TỘC TỈNH ĐIỆN BIÊN", "Trang chủ » Tin tức - Sự kiện » Chính sách dân tộc", "Một góc điểm tái định cư Nậm Chua 4, xã Nà Hỳ. Ảnh: Quàng Duyên",
 "vùng đất mới", "Lượt xem: 1.377"],
["Thứ Tư, 30/12/2020", "năm 2020", "năm 2019", "3 cùng", "Năm 2021", "giai đoạn 2021 - 2025", "Nậm Chua 4", "Lượt xem: 1.377"]))

PAGES.append(page("b3495-kontum-iahdrai-giaoban-thang4-2021", """
Đảng bộ huyện Ia H'Drai - Cổng thông tin điện tử
Tin tức > Hoạt động của Đảng bộ > Dân vận
28-04-2021 15:30
Quang cảnh buổi giao ban.
Ia H'Drai: Còn 1.860 hộ dân di cư tự do chưa đăng ký thường trú
Ngày 27/4, Ban Dân vận Huyện ủy Ia H'Drai tổ chức giao ban khối dân vận định kỳ tháng 4/2021. Đồng chí Y Suân, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; dự có đồng chí Nguyễn Đình Quân, Phó Chủ tịch UBND huyện và lãnh đạo các đoàn thể, Đảng ủy 3 xã Ia Dom, Ia Đal, Ia Tơi.
Theo báo cáo của Công an huyện, hiện trên địa bàn còn 1.860 hộ dân di cư tự do chưa đăng ký thường trú, phần lớn sống trên đất của các công ty, lâm trường trước đây; trong tháng 4 phát sinh thêm 23 hộ với 97 khẩu từ các tỉnh Thanh Hóa, Nghệ An, Hà Giang đến. Các lực lượng đã vận động 6 hộ tự nguyện tháo dỡ lán trại trên đất rừng, ngăn chặn 4 vụ mua bán đất trái phép.
Đồng chí Nguyễn Đình Quân cho biết, huyện đang tham mưu tỉnh thực hiện Đề án số 07/ĐA-UBND của UBND tỉnh Kon Tum về ổn định dân cư tự do trên địa bàn huyện Ia H'Drai giai đoạn 2021 - 2025, dự kiến đầu tư khoảng 285 tỷ đồng để quy hoạch 5 điểm dân cư tập trung, cấp đất ở cho 1.200 hộ.
Ý kiến tại giao ban, đồng chí A Thanh, Chủ tịch Hội Nông dân huyện, đề nghị sớm có hướng dẫn về việc cho hộ chưa có hộ khẩu vay vốn ưu đãi. Bà Lê Thị Huế, Bí thư Đoàn xã Ia Tơi, cho biết đoàn viên của xã đã giúp 38 hộ di cư tự do làm giấy khai sinh cho trẻ em.
Kết luận, đồng chí Y Suân đề nghị các đoàn thể bám sát Kế hoạch số 15-KH/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận đối với dân di cư tự do; phối hợp Công an huyện tuyên truyền Luật Cư trú năm 2020, chuẩn bị cho việc đăng ký cư trú khi luật có hiệu lực từ ngày 01/7/2021. Các xã báo cáo số liệu định kỳ trước ngày 25 hằng tháng, không để phát sinh "điểm nóng" về tranh chấp đất đai.
Đồng chí cũng lưu ý các tổ công tác dân vận tiếp tục bám làng, nắm chắc tâm tư của người dân, nhất là các hộ mới đến; phối hợp đồn Biên phòng tuyên truyền đồng bào không tự ý vượt biên sang Campuchia phát rẫy.
Thu Hà
Lượt truy cập: 104.512
Tin cùng chuyên mục
- Ia Dom ra mắt mô hình "Làng không có hộ di cư tự do mới" (20/04/2021)
- Hội nghị giao ban khối dân vận quý I năm 2021 (31/03/2021)
- Ia Đal: trao 30 bồn nước cho hộ nghèo (15/03/2021)
- Huyện ủy Ia H'Drai quán triệt Nghị quyết Đại hội XIII của Đảng (05/03/2021)
- Hiệp thương giới thiệu người ứng cử đại biểu HĐND huyện (24/02/2021)
- Ia Tơi: cán bộ, đảng viên giúp dân làm nhà trước mùa mưa (10/02/2021)
- Tặng quà Tết cho hộ khó khăn ở làng Ia Đal (05/02/2021)
""", "2021-04-28", "Ia H'Drai: Còn 1.860 hộ dân di cư tự do chưa đăng ký thường trú",
E("giao_ban", "2021-04", "2021-04-27"),
[P("Y Suân", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Đình Quân", "Phó Chủ tịch UBND huyện"),
 P("A Thanh", "Chủ tịch Hội Nông dân huyện"),
 P("Lê Thị Huế", "Bí thư Đoàn xã Ia Tơi")],
[Q("1.860 hộ dân di cư tự do", 1860, "hộ dân di cư tự do"), Q("3 xã", 3, "xã"), Q("23 hộ", 23, "hộ"), Q("97 khẩu", 97, "khẩu"),
 Q("6 hộ", 6, "hộ"), Q("4 vụ mua bán đất trái phép", 4, "vụ mua bán đất trái phép"), Q("khoảng 285 tỷ đồng", 285000000000, "đồng", "approx"),
 Q("5 điểm dân cư tập trung", 5, "điểm dân cư tập trung"), Q("1.200 hộ", 1200, "hộ"), Q("38 hộ di cư tự do", 38, "hộ di cư tự do")],
[D("Đề án", "07", "ĐA-UBND", None, "UBND tỉnh Kon Tum", "Đề án số 07/ĐA-UBND của UBND tỉnh Kon Tum"),
 D("Kế hoạch", "15", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 15-KH/HU của Ban Thường vụ Huyện ủy")],
[prov("Kon Tum"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Hà Giang"), com("Ia Dom"), com("Ia Đal"), com("Ia Tơi")],
["Đảng bộ huyện Ia H'Drai - Cổng thông tin điện tử", "Tin tức > Hoạt động của Đảng bộ > Dân vận", "Quang cảnh buổi giao ban.",
 "Luật Cư trú năm 2020", "Lượt truy cập: 104.512", "Campuchia"],
["28-04-2021 15:30", "tháng 4/2021", "tháng 4", "giai đoạn 2021 - 2025", "01/7/2021", "ngày 25 hằng tháng", "Lượt truy cập: 104.512"]))

PAGES.append(page("b3496-yenbai-mucangchai-daihoi-dtts-2024", """
Cổng thông tin điện tử huyện Mù Cang Chải
Trang chủ / Tin tức - Sự kiện / Chính trị
15/03/2024 10:20
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Mù Cang Chải: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024
Ngày 13/3/2024, huyện Mù Cang Chải, tỉnh Yên Bái long trọng tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024. Dự đại hội có 150 đại biểu chính thức, đại diện cho hơn 72.000 đồng bào các dân tộc Mông, Thái, Dao, Khơ Mú trong huyện.
Đến dự có đồng chí Hoàng Thị Vấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Nông Việt Yên, Trưởng Ban Dân tộc tỉnh. Về phía huyện có đồng chí Giàng A Tông, Bí thư Huyện ủy; đồng chí Nông Văn Tuấn, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo Đại hội.
Báo cáo tại đại hội nêu rõ, giai đoạn 2019 - 2024, huyện đã thực hiện có hiệu quả các chính sách dân tộc, trong đó có Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định 1719/QĐ-TTg. Tỷ lệ hộ nghèo giảm bình quân 6,5%/năm; đã di dời, sắp xếp ổn định 215 hộ ở vùng có nguy cơ sạt lở vào 4 điểm tái định cư tập trung.
Đặc biệt, công tác vận động đồng bào Mông không di cư tự do đạt kết quả rõ rệt: nếu giai đoạn 2014 - 2018 có 132 hộ bỏ đi các tỉnh Tây Nguyên và Lào, thì 5 năm qua chỉ còn 9 hộ; có 41 hộ đã trở về quê được hỗ trợ đất ở, đăng ký lại hộ khẩu. Các đội công tác dân vận của huyện đã phối hợp 356 người có uy tín tuyên truyền tới từng bản.
Đại hội đã nghe tham luận của ông Sùng A Vàng, người có uy tín bản Háng Cuốn Rùa, xã Chế Tạo, về kinh nghiệm vận động bà con ở lại phát triển du lịch cộng đồng; bà Giàng Thị Dở, Chủ tịch Hội Liên hiệp Phụ nữ xã La Pán Tẩn, về việc vận động phụ nữ làm thủ tục khai sinh, nhập khẩu cho con em.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Vấn đề nghị huyện tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc; không để phát sinh điểm nóng. Đại hội đã bầu 42 đại biểu đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Yên Bái lần thứ IV và tuyên dương 25 tập thể, 40 cá nhân tiêu biểu.
Hồng Duyên
Tin khác
- Mù Cang Chải: ra quân "Tết trồng cây đời đời nhớ ơn Bác Hồ" (28/02/2024)
- Khai Trung: vận động đồng bào Mông hiến đất làm đường (21/02/2024)
- Huyện ủy tổng kết công tác xây dựng Đảng năm 2023 (12/01/2024)
- Đại hội đại biểu các dân tộc thiểu số xã Nậm Khắt (05/01/2024)
- Trao 20 căn nhà cho hộ nghèo người Mông ở xã Púng Luông (28/12/2023)
- Mù Cang Chải phấn đấu thoát huyện nghèo (14/12/2023)
""", "2024-03-15", "Mù Cang Chải: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV, năm 2024",
E("dai_hoi", "2024", "2024-03-13"),
[P("Hoàng Thị Vấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Việt Yên", "Trưởng Ban Dân tộc tỉnh"),
 P("Giàng A Tông", "Bí thư Huyện ủy"),
 P("Nông Văn Tuấn", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Sùng A Vàng", "người có uy tín bản Háng Cuốn Rùa"),
 P("Giàng Thị Dở", "Chủ tịch Hội Liên hiệp Phụ nữ xã La Pán Tẩn")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 72.000 đồng bào", 72000, "đồng bào", "over"), Q("6,5%/năm", 6.5, "%"),
 Q("215 hộ", 215, "hộ"), Q("4 điểm tái định cư tập trung", 4, "điểm tái định cư tập trung"), Q("132 hộ", 132, "hộ"), Q("9 hộ", 9, "hộ"),
 Q("41 hộ", 41, "hộ"), Q("356 người có uy tín", 356, "người có uy tín"), Q("42 đại biểu", 42, "đại biểu"), Q("25 tập thể", 25, "tập thể"),
 Q("40 cá nhân tiêu biểu", 40, "cá nhân tiêu biểu")],
[D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị")],
[prov("Yên Bái"), com("Chế Tạo"), com("La Pán Tẩn")],
["Cổng thông tin điện tử huyện Mù Cang Chải", "Trang chủ / Tin tức - Sự kiện / Chính trị", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Tây Nguyên", "Lào"],
["15/03/2024 10:20", "hơn 72.000 đồng bào", "lần thứ IV", "năm 2024", "giai đoạn 2019 - 2024", "giai đoạn 2014 - 2018", "5 năm"]))
