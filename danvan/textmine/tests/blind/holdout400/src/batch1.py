from lib import *
PAGES = []

PAGES.append(page("b9557-thanhhoa-bdv-giaoban-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Hoạt động dân vận > Tình hình nhân dân
07/10/2011 - 09:30
Giao ban khối dân vận: tập trung nắm tình hình ở những điểm nóng về đất đai
Chiều 5/10, Ban Dân vận Tỉnh ủy Thanh Hóa tổ chức giao ban khối dân vận quý III năm 2011, đánh giá tình hình nhân dân và bàn giải pháp giải quyết các vụ việc tranh chấp, khiếu kiện đông người. Đồng chí Lê Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban.
Theo báo cáo của Ban Dân vận Tỉnh ủy, trong quý, tình hình nhân dân trong tỉnh cơ bản ổn định; bà con phấn khởi trước kết quả vụ lúa hè thu với năng suất bình quân 52,6 tạ/ha. Tuy nhiên, tại một số địa phương vẫn phát sinh 4 vụ khiếu kiện đông người liên quan thu hồi đất làm khu công nghiệp, bồi thường giải phóng mặt bằng và tranh chấp đất rừng giữa người dân với các lâm trường. Các cơ quan chức năng đã tiếp 316 lượt công dân, nhận 189 đơn thư, trong đó 142 đơn thuộc lĩnh vực đất đai.
Thực hiện Kế hoạch số 37-KH/BDVTU ngày 12/7/2011 của Ban Dân vận Tỉnh ủy, các tổ công tác đã về 9 xã có điểm nóng để nắm tình hình, phối hợp với cấp ủy, chính quyền cơ sở đối thoại với người dân. Tại xã Hải Yến, tổ công tác cùng UBND huyện Tĩnh Gia tổ chức 3 buổi đối thoại với 87 hộ có đất bị thu hồi, giải thích chính sách hỗ trợ chuyển đổi nghề; đến nay đã có 81 hộ nhận tiền bồi thường, bàn giao mặt bằng.
Đồng chí Hà Văn Thiêm, HUV, Trưởng Ban Dân vận Huyện ủy Bá Thước, cho biết vụ tranh chấp đất rừng tại xã Lũng Niêm kéo dài từ năm 2008 đã cơ bản được giải quyết sau khi Huyện ủy chỉ đạo đo đạc lại 214 ha và giao cho 63 hộ quản lý, bảo vệ. Bà con người Mường, người Thái trong xã đồng tình, ký cam kết không tái lấn chiếm.
Đại diện Ủy ban MTTQ tỉnh, bà Vũ Thị Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các huyện phát huy vai trò của 6.284 tổ hòa giải ở thôn, bản, khu phố, không để mâu thuẫn nhỏ trong nhân dân phát triển thành điểm nóng, khiếu kiện vượt cấp.
Kết luận giao ban, đồng chí Lê Thị Thu Hà yêu cầu khối dân vận các cấp tiếp tục quán triệt Chỉ thị số 05-CT/TU ngày 20/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tiếp dân, giải quyết khiếu nại, tố cáo; theo dõi chặt chẽ tư tưởng của người dân ở các dự án trong khu kinh tế; tổ chức đợt tiếp xúc, gặp gỡ người có uy tín trong quý IV. Ban Dân vận các huyện, thị xã, thành phố báo cáo tình hình nhân dân định kỳ trước ngày 25 hằng tháng.
Nguyễn Hùng
Số lượt đọc: 1.215
Tin liên quan
- Như Xuân: hòa giải thành 27 vụ tranh chấp đất vườn (28/09/2011)
- Hội nghị người có uy tín vùng đồng bào dân tộc thiểu số năm 2011 (15/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Ngọc Lặc (30/08/2011)
""", "2011-10-07", "Giao ban khối dân vận: tập trung nắm tình hình ở những điểm nóng về đất đai",
E("giao_ban", "2011-Q3", "2011-10-05"),
[P("Lê Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Thiêm", "HUV", "Trưởng Ban Dân vận Huyện ủy Bá Thước"),
 P("Vũ Thị Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("52,6 tạ/ha", 52.6, "tạ/ha"), Q("4 vụ khiếu kiện đông người", 4, "vụ khiếu kiện đông người"),
 Q("316 lượt công dân", 316, "lượt công dân"), Q("189 đơn thư", 189, "đơn thư"), Q("142 đơn", 142, "đơn"),
 Q("9 xã", 9, "xã"), Q("3 buổi đối thoại", 3, "buổi đối thoại"), Q("87 hộ", 87, "hộ"), Q("81 hộ", 81, "hộ"),
 Q("214 ha", 214, "ha"), Q("63 hộ", 63, "hộ"), Q("6.284 tổ hòa giải", 6284, "tổ hòa giải")],
[D("Kế hoạch", "37", "KH/BDVTU", "2011-07-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU ngày 12/7/2011"),
 D("Chỉ thị", "05", "CT/TU", "2011-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 20/4/2011")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Lũng Niêm")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Hoạt động dân vận > Tình hình nhân dân", "Quang cảnh buổi giao ban.",
 "Số lượt đọc: 1.215"],
["07/10/2011 - 09:30", "quý III năm 2011", "quý IV", "từ năm 2008", "trước ngày 25 hằng tháng", "Số lượt đọc: 1.215"]))

PAGES.append(page("b9558-bacgiang-tuphap-tongket-hoagiai-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Hôm nay: Thứ Sáu, 21/12/2012
Tin tức - Sự kiện / Chính trị - Xã hội
Cập nhật lúc 16:40 ngày 20/12/2012
Năm 2012, hòa giải thành 1.118 vụ việc ở cơ sở
Sáng 19/12, Sở Tư pháp tỉnh Bắc Giang phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở năm 2012. Dự hội nghị có đồng chí Giáp Văn Toản, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh.
Ảnh: Đồng chí Giáp Văn Toản trao Bằng khen cho các tập thể.
Báo cáo do ông Đào Quang Vinh, Giám đốc Sở Tư pháp trình bày cho biết: năm 2012, toàn tỉnh có 2.297 tổ hòa giải với 14.635 hòa giải viên. Các tổ đã tiếp nhận 1.296 vụ việc, hòa giải thành 1.118 vụ việc, đạt 86,3%. Phần lớn là tranh chấp đất đai, ranh giới thửa đất, lối đi chung (chiếm khoảng 58%), còn lại là mâu thuẫn gia đình, hôn nhân và va chạm trong sinh hoạt. Nhiều tổ hòa giải ở các huyện Lục Ngạn, Yên Thế đã hòa giải thành những vụ tranh chấp đất vườn đồi kéo dài, góp phần giảm đơn thư vượt cấp.
Công tác phối hợp giữa chính quyền và Mặt trận theo Nghị quyết liên tịch số 01/2005/NQLT-CP-UBTWMTTQVN tiếp tục được duy trì. UBND tỉnh ban hành Kế hoạch số 112/KH-UBND ngày 05/3/2012 về củng cố, kiện toàn tổ hòa giải; kinh phí hỗ trợ cho hoạt động hòa giải trong năm là 1,25 tỷ đồng, mỗi vụ việc hòa giải thành được hỗ trợ 100.000 đồng.
Tham luận tại hội nghị, ông Nông Văn Chiến, Tổ trưởng Tổ hòa giải thôn Đồng Vành, xã Phì Điền, kể lại việc tổ đã 6 lần đến từng nhà để hòa giải vụ tranh chấp đất rừng giữa hai dòng họ, cuối cùng hai bên tự nguyện cắm mốc lại ranh giới. Bà Ninh Thị Lan, Chủ tịch Hội Liên hiệp phụ nữ xã Tân Sỏi, đề nghị tăng cường bồi dưỡng kỹ năng cho hòa giải viên là nữ và người dân tộc thiểu số.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: nhiều hòa giải viên cao tuổi, thay đổi thường xuyên; sổ sách ghi chép chưa đầy đủ; một số vụ việc hòa giải thành nhưng sau đó các bên không thực hiện.
Phát biểu chỉ đạo, đồng chí Giáp Văn Toản đề nghị các ngành chuẩn bị tốt các điều kiện để triển khai Luật Hòa giải ở cơ sở khi được Quốc hội thông qua; chú trọng hòa giải các tranh chấp đất đai ngay từ thôn, bản, không để phát sinh thành điểm nóng.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 15 cá nhân có thành tích xuất sắc trong công tác hòa giải ở cơ sở.
Minh Hằng (Sở Tư pháp)
Tin khác
- Lục Ngạn: tập huấn kỹ năng hòa giải cho 200 hòa giải viên (12/12/2012)
- Yên Dũng tổng kết Ngày Pháp luật năm 2012 (05/12/2012)
- Ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" (28/11/2012)
""", "2012-12-20", "Năm 2012, hòa giải thành 1.118 vụ việc ở cơ sở",
E("tong_ket", "2012", "2012-12-19"),
[P("Giáp Văn Toản", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đào Quang Vinh", "Giám đốc Sở Tư pháp"),
 P("Nông Văn Chiến", "Tổ trưởng Tổ hòa giải thôn Đồng Vành"),
 P("Ninh Thị Lan", "Chủ tịch Hội Liên hiệp phụ nữ xã Tân Sỏi")],
[Q("2.297 tổ hòa giải", 2297, "tổ hòa giải"), Q("14.635 hòa giải viên", 14635, "hòa giải viên"),
 Q("1.296 vụ việc", 1296, "vụ việc"), Q("1.118 vụ việc", 1118, "vụ việc"), Q("86,3%", 86.3, "%"),
 Q("khoảng 58%", 58, "%", "approx"), Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("100.000 đồng", 100000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết liên tịch", "01", "2005/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2005/NQLT-CP-UBTWMTTQVN"),
 D("Kế hoạch", "112", "KH-UBND", "2012-03-05", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 05/3/2012")],
[prov("Bắc Giang"), com("Phì Điền"), com("Tân Sỏi")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG", "Tin tức - Sự kiện / Chính trị - Xã hội",
 "Ảnh: Đồng chí Giáp Văn Toản trao Bằng khen cho các tập thể.", "Luật Hòa giải ở cơ sở"],
["Hôm nay: Thứ Sáu, 21/12/2012", "Cập nhật lúc 16:40 ngày 20/12/2012", "6 lần", "năm 2012"]))

PAGES.append(page("b9559-gialai-chuse-tranhchap-datray-2012", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội :: Đời sống :: Dân tộc - Miền núi
16-04-2012 07:45
Già làng Rơ Châm Blêl (giữa) trò chuyện với bà con làng Plei Bông.
Chư Sê: Gỡ "nút thắt" tranh chấp đất rẫy ở làng Plei Bông
(GLO) - Sau gần 2 năm căng thẳng, vụ tranh chấp 17 ha đất rẫy giữa bà con làng Plei Bông, xã Ia Ko với một số hộ từ nơi khác đến đã được hòa giải ổn thỏa. Kết quả có được nhờ sự vào cuộc kiên trì của cấp ủy, chính quyền và vai trò của già làng.
Theo ông Siu Đinh, Chủ tịch UBND xã Ia Ko, diện tích đất này trước đây là rẫy luân canh của 23 hộ Jrai trong làng. Từ năm 2010, 11 hộ dân di cư tự do đến mua lại bằng giấy viết tay của một số người rồi phát dọn, trồng cà phê. Nhiều hộ Jrai không đồng ý, kéo lên rẫy nhổ cây, hai bên nhiều lần xô xát, có lúc tụ tập gần 70 người.
Ban Dân vận Huyện ủy Chư Sê đã phối hợp với Đảng ủy, UBND xã lập tổ công tác gồm 9 thành viên, trong đó có già làng, trưởng làng và cán bộ người Jrai. Thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong giải quyết tranh chấp đất đai, tổ công tác đã tổ chức 5 buổi gặp gỡ riêng từng bên và 2 buổi hòa giải chung tại nhà rông.
"Mình nói với bà con: đất là của cha ông để lại, nhưng đánh nhau thì cả làng khổ. Ngồi lại với nhau thì mới có cái ăn", già làng Rơ Châm Blêl kể. Ông Ksor Nhiơ, Trưởng làng Plei Bông, cũng nhiều lần đến tận rẫy khuyên con cháu không mang dao, rựa khi gặp các hộ bên kia.
Cuối cùng, các bên thống nhất: 11 hộ di cư tự do trả lại 9,5 ha cho làng và được hỗ trợ tiền công chăm sóc cây trồng, tổng cộng hơn 240 triệu đồng; phần còn lại được UBND huyện xem xét cấp giấy chứng nhận theo quy định. Ông Trần Văn Lực, một trong những hộ nhận chuyển nhượng, cho biết: "Chúng tôi cũng muốn yên ổn làm ăn, được chính quyền làm rõ thì chúng tôi chấp hành".
Ông Đinh Văn Hiệp, Trưởng Ban Dân vận Huyện ủy Chư Sê, cho hay bài học lớn nhất là phải nắm tình hình từ sớm, đưa người có uy tín vào cuộc và giải quyết công khai, khách quan. Hiện trên địa bàn huyện còn 6 vụ tranh chấp đất đai giữa người dân tộc thiểu số và người Kinh đang được tiếp tục xem xét.
Theo Ban Dân vận Tỉnh ủy Gia Lai, cách làm ở Plei Bông đã được giới thiệu tại hội nghị chuyên đề của tỉnh như một kinh nghiệm tốt trong giải quyết tranh chấp đất đai ở vùng đồng bào dân tộc thiểu số, nhất là những nơi có đông người di cư tự do đến sinh sống.
Theo kế hoạch, tháng 5 tới, huyện sẽ tổ chức rút kinh nghiệm về cách làm ở Plei Bông để nhân rộng ra các xã còn tranh chấp.
Bài và ảnh: Hồng Thi
Lượt xem: 2.407
Bài viết liên quan
- Ia Grai: vận động đồng bào không bán đất sản xuất (10/04/2012)
- Người có uy tín góp sức giữ bình yên buôn làng (02/04/2012)
- Đức Cơ: đối thoại với nhân dân về đất đai (25/03/2012)
""", "2012-04-16", "Chư Sê: Gỡ \"nút thắt\" tranh chấp đất rẫy ở làng Plei Bông",
E("khac", None, None),
[P("Rơ Châm Blêl", "Già làng"),
 P("Siu Đinh", "Chủ tịch UBND xã Ia Ko"),
 P("Ksor Nhiơ", "Trưởng làng Plei Bông"),
 P("Trần Văn Lực"),
 P("Đinh Văn Hiệp", "Trưởng Ban Dân vận Huyện ủy Chư Sê")],
[Q("17 ha", 17, "ha"), Q("23 hộ Jrai", 23, "hộ Jrai"), Q("11 hộ dân di cư tự do", 11, "hộ dân di cư tự do"),
 Q("gần 70 người", 70, "người", "approx"), Q("9 thành viên", 9, "thành viên"), Q("5 buổi gặp gỡ", 5, "buổi gặp gỡ"),
 Q("2 buổi hòa giải chung", 2, "buổi hòa giải chung"), Q("9,5 ha", 9.5, "ha"),
 Q("hơn 240 triệu đồng", 240000000, "đồng", "over"), Q("6 vụ tranh chấp đất đai", 6, "vụ tranh chấp đất đai")],
[D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU")],
[prov("Gia Lai"), com("Ia Ko")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội :: Đời sống :: Dân tộc - Miền núi",
 "Già làng Rơ Châm Blêl (giữa) trò chuyện với bà con làng Plei Bông.", "(GLO)", "Lượt xem: 2.407", "Plei Bông"],
["16-04-2012 07:45", "gần 2 năm", "Từ năm 2010", "tháng 5 tới", "Lượt xem: 2.407"]))

PAGES.append(page("b9560-haiphong-anlao-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN AN LÃO - THÀNH PHỐ HẢI PHÒNG
Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của UBND huyện
Ngày đăng 23/08/2013 | 10:20
Ảnh: Chủ tịch UBND huyện trả lời ý kiến của nhân dân.
UBND huyện đối thoại với nhân dân xã Quang Hưng về bồi thường, hỗ trợ đất nông nghiệp
Ngày 21/8/2013, UBND huyện An Lão tổ chức hội nghị đối thoại với nhân dân năm 2013 tại xã Quang Hưng, tập trung vào những vướng mắc trong thu hồi, bồi thường đất nông nghiệp để xây dựng cụm công nghiệp. Ông Phạm Văn Hiển, Chủ tịch UBND huyện chủ trì; tham dự có hơn 300 người dân của 115 hộ có đất bị thu hồi.
Ông Lê Quang Hòa, Trưởng phòng Tài nguyên và Môi trường huyện, báo cáo: dự án thu hồi 7,4 ha đất nông nghiệp, đơn giá bồi thường được áp dụng theo Quyết định số 2150/QĐ-UBND ngày 14/6/2013 của UBND thành phố Hải Phòng; ngoài tiền bồi thường, mỗi hộ được hỗ trợ chuyển đổi nghề nghiệp và tạo việc làm với mức 45.000 đồng/m2. Đến nay đã có 74 hộ nhận tiền, 41 hộ chưa nhận vì cho rằng diện tích đo đạc chưa đúng và có phần đất đang tranh chấp giữa các hộ liền kề.
Tại hội nghị, người dân nêu 26 ý kiến. Ông Nguyễn Văn Sắc, thôn Kinh Giao, phản ánh thửa ruộng của gia đình ông bị đo thiếu khoảng 120 m2 so với sổ địa chính năm 1993. Bà Phạm Thị Nhài, thôn Đồng Ích, đề nghị làm rõ ranh giới phần bờ vùng đang tranh chấp giữa ba hộ. Nhiều ý kiến đề nghị huyện sớm mở lớp dạy nghề cho lao động lớn tuổi.
Ông Phạm Văn Hiển đã trả lời trực tiếp 21 ý kiến; các ý kiến còn lại giao phòng Tài nguyên và Môi trường cùng UBND xã kiểm tra, trả lời bằng văn bản trong thời hạn 30 ngày. Với phần đất tranh chấp, Chủ tịch UBND huyện yêu cầu Tổ hòa giải thôn và UBND xã tổ chức hòa giải theo quy định, đo đạc lại công khai với sự chứng kiến của các bên, không để kéo dài.
Ông Vũ Đình Thắng, Chủ tịch UBND xã Quang Hưng, cho biết xã đã niêm yết công khai phương án bồi thường tại nhà văn hóa các thôn và sẽ thành lập 2 tổ công tác đến từng hộ giải thích Nghị định số 69/2009/NĐ-CP của Chính phủ về bồi thường, hỗ trợ và tái định cư.
Được biết, năm 2013 huyện An Lão có 3 dự án phải thu hồi đất nông nghiệp, ảnh hưởng đến hơn 600 hộ dân. Huyện ủy đã giao Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện theo dõi, nắm tình hình nhân dân ở từng dự án, kịp thời phản ánh những vấn đề bức xúc.
Kết thúc hội nghị, nhiều người dân bày tỏ đồng tình. Huyện yêu cầu các ngành báo cáo kết quả giải quyết trước ngày 30/9/2013 để Ban Chỉ đạo giải phóng mặt bằng theo dõi.
Văn phòng HĐND - UBND huyện
Các tin đã đưa
- Hội nghị giao ban công tác tiếp công dân quý II/2013 (18/07/2013)
- Xã An Thắng ra mắt mô hình "Khu dân cư tự quản" (05/07/2013)
- Tổng kết công tác dồn điền đổi thửa (20/06/2013)
""", "2013-08-23", "UBND huyện đối thoại với nhân dân xã Quang Hưng về bồi thường, hỗ trợ đất nông nghiệp",
E("doi_thoai", "2013", "2013-08-21"),
[P("Phạm Văn Hiển", "Chủ tịch UBND huyện"),
 P("Lê Quang Hòa", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Nguyễn Văn Sắc"),
 P("Phạm Thị Nhài"),
 P("Vũ Đình Thắng", "Chủ tịch UBND xã Quang Hưng")],
[Q("hơn 300 người dân", 300, "người dân", "over"), Q("115 hộ", 115, "hộ"), Q("7,4 ha", 7.4, "ha"),
 Q("45.000 đồng/m2", 45000, "đồng"), Q("74 hộ", 74, "hộ"), Q("41 hộ", 41, "hộ"), Q("26 ý kiến", 26, "ý kiến"),
 Q("khoảng 120 m2", 120, "m2", "approx"), Q("21 ý kiến", 21, "ý kiến"), Q("2 tổ công tác", 2, "tổ công tác"),
 Q("3 dự án", 3, "dự án"), Q("hơn 600 hộ dân", 600, "hộ dân", "over")],
[D("Quyết định", "2150", "QĐ-UBND", "2013-06-14", "UBND thành phố Hải Phòng", "Quyết định số 2150/QĐ-UBND ngày 14/6/2013"),
 D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 69/2009/NĐ-CP")],
[prov("Hải Phòng"), com("Quang Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN AN LÃO - THÀNH PHỐ HẢI PHÒNG", "Vị trí: Trang chủ / Tin tức - Sự kiện / Hoạt động của UBND huyện",
 "Ảnh: Chủ tịch UBND huyện trả lời ý kiến của nhân dân.", "Văn phòng HĐND - UBND huyện"],
["Ngày đăng 23/08/2013 | 10:20", "năm 1993", "30 ngày", "ba hộ", "trước ngày 30/9/2013"]))

PAGES.append(page("b9561-quangnam-bdv-soket-2014", """
BÁO QUẢNG NAM ONLINE
Thời sự > Chính trị
Cập nhật: 14:05, 11/07/2014 (GMT+7)
Nắm chắc tình hình nhân dân vùng biển và vùng dự án
(QNO) - Ngày 10/7, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phan Thị Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, từ đầu tháng 5, khi Trung Quốc hạ đặt trái phép giàn khoan Hải Dương-981 trong vùng biển Việt Nam, các tầng lớp nhân dân trong tỉnh bày tỏ sự phẫn nộ nhưng giữ được bình tĩnh, không để kẻ xấu lợi dụng kích động. Khối dân vận các cấp đã nắm tình hình tư tưởng ở 11 xã ven biển, vận động ngư dân với 1.260 tàu cá tiếp tục bám biển; hỗ trợ 1,5 tỷ đồng cho các gia đình có tàu bị đâm va.
Đồng chí Phan Thị Lệ phát biểu tại hội nghị.
Ở vùng dự án thủy điện và khu kinh tế, vẫn còn 312 hộ tái định cư chưa ổn định sản xuất vì thiếu đất. Trong 6 tháng, các cơ quan dân vận tiếp nhận 48 đơn thư, xảy ra 2 vụ tụ tập đông người tại trụ sở UBND huyện. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 15, 16-CT/TU về công tác dân vận trong bồi thường, giải phóng mặt bằng và về vận động đồng bào các dân tộc miền núi giữ đất sản xuất.
Đồng chí Zơ Râm Thị Nga, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, cho biết huyện đã hòa giải thành 14 vụ tranh chấp ranh giới nương rẫy giữa các thôn của xã A Xan, nhờ phát huy vai trò của già làng và người có uy tín người Cơ Tu. Ông Nguyễn Văn Tám, Chủ tịch Hội Nghề cá xã Tam Quang, kiến nghị sớm có chính sách hỗ trợ dầu cho ngư dân đánh bắt xa bờ.
Một số ý kiến cho rằng việc giải quyết đơn thư ở cấp huyện còn chậm, có vụ việc kéo dài nhiều năm; công tác đối thoại chưa được người đứng đầu quan tâm đúng mức; việc phối hợp giữa khối dân vận và các cơ quan tiếp công dân có lúc chưa chặt chẽ, nhất là ở các huyện miền núi cao, nơi đi lại khó khăn trong mùa mưa.
Phát biểu kết luận, đồng chí Phan Thị Lệ yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số; phối hợp tuyên truyền Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản đến từng chủ tàu; tăng cường đối thoại ở những nơi có đơn thư kéo dài.
Hội nghị cũng nghe đồng chí Trần Ngọc Hồi, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai kế hoạch khảo sát tình hình nhân dân vùng tái định cư.
XUÂN THẢO
Tin cùng chuyên mục
- Tiếp xúc cử tri trước kỳ họp thứ 10 HĐND tỉnh (04/07/2014)
- Ngư dân Núi Thành tiếp tục vươn khơi (28/06/2014)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Nam Trà My (20/06/2014)
""", "2014-07-11", "Nắm chắc tình hình nhân dân vùng biển và vùng dự án",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Phan Thị Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Zơ Râm Thị Nga", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Nguyễn Văn Tám", "Chủ tịch Hội Nghề cá xã Tam Quang"),
 P("Trần Ngọc Hồi", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 xã ven biển", 11, "xã ven biển"), Q("1.260 tàu cá", 1260, "tàu cá"), Q("1,5 tỷ đồng", 1500000000, "đồng"),
 Q("312 hộ tái định cư", 312, "hộ tái định cư"), Q("48 đơn thư", 48, "đơn thư"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("14 vụ tranh chấp ranh giới nương rẫy", 14, "vụ tranh chấp ranh giới nương rẫy")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Nghị quyết", "08", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 08-NQ/TU"),
 D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014")],
[prov("Quảng Nam"), com("A Xan"), com("Tam Quang")],
["BÁO QUẢNG NAM ONLINE", "Thời sự > Chính trị", "(QNO)", "Đồng chí Phan Thị Lệ phát biểu tại hội nghị.", "Hải Dương-981"],
["Cập nhật: 14:05, 11/07/2014 (GMT+7)", "6 tháng đầu năm 2014", "6 tháng cuối năm", "Hải Dương-981", "Trong 6 tháng"]))

PAGES.append(page("b9562-soctrang-tuphap-taphuan-hoagiai-2014", """
SỞ TƯ PHÁP TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ › Phổ biến, giáo dục pháp luật › Hòa giải ở cơ sở
26.09.2014 | 08:30
Tập huấn kỹ năng hòa giải cho 120 hòa giải viên vùng đồng bào Khmer
Trong hai ngày 24 và 25/9/2014, Sở Tư pháp tỉnh Sóc Trăng phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2014 cho 120 hòa giải viên là người dân tộc Khmer, chức sắc tôn giáo và cán bộ ấp, khóm của các huyện Trần Đề, Vĩnh Châu và Mỹ Xuyên.
Phát biểu khai mạc, ông Kim Sa Ruôl, Phó Giám đốc Sở Tư pháp, cho biết Luật Hòa giải ở cơ sở số 35/2013/QH13 có hiệu lực từ ngày 01/01/2014 và Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ đã quy định rõ hơn trách nhiệm của hòa giải viên cũng như chế độ hỗ trợ. Toàn tỉnh hiện có 648 tổ hòa giải; 8 tháng đầu năm các tổ đã hòa giải thành 79,4% số vụ việc tiếp nhận, phần lớn là tranh chấp ranh đất, lối đi, mồ mả và nợ tiền hụi.
Học viên tham gia thảo luận nhóm.
Các báo cáo viên đã hướng dẫn kỹ năng tiếp cận, lắng nghe, thuyết phục các bên; cách lập biên bản hòa giải thành và không thành; giới thiệu những điểm mới về đất đai, hôn nhân gia đình. Ban tổ chức đã phát 1.250 cuốn tài liệu song ngữ Việt - Khmer cho các tổ hòa giải.
Đại đức Thạch Sô Phal, trụ trì chùa Prếk Chóp, xã Lai Hòa, chia sẻ: nhiều vụ việc trong phum sóc được giải quyết ngay tại chùa, vì bà con tin lời các sư. Bà Lý Thị Sa Quên, Chủ tịch Hội Liên hiệp phụ nữ xã Viên An, kể tổ hòa giải ấp Rạch Gòi đã kiên trì gặp 3 hộ tranh chấp ranh đất ruộng suốt một tháng, đến khi các bên tự nguyện ký biên bản.
Tại buổi thảo luận, nhiều học viên nêu khó khăn: một số ấp thiếu tài liệu bằng tiếng Khmer, có vụ tranh chấp đất đai nguồn gốc phức tạp vượt quá khả năng của tổ hòa giải. Ông Sơn Văn Thươl, Trưởng ấp Tà Điếp, xã Đại Tâm, đề nghị ngành tư pháp sớm in thêm tờ gấp song ngữ và mời các sư cả tham gia các buổi sinh hoạt pháp luật ở chùa.
Theo Kế hoạch số 64/KH-UBND của UBND tỉnh, mỗi học viên được hỗ trợ 150.000 đồng/ngày trong thời gian tập huấn. Sau lớp học, Sở Tư pháp sẽ tổ chức tiếp 4 lớp tương tự tại các huyện còn lại trước cuối năm.
Bế mạc lớp tập huấn, ông Kim Sa Ruôl đề nghị các hòa giải viên về địa phương chủ động nắm tình hình, hòa giải kịp thời mâu thuẫn từ khi mới phát sinh, không để trở thành điểm nóng, khiếu kiện vượt cấp.
Phòng Phổ biến, giáo dục pháp luật
Xem thêm
- Ra mắt Câu lạc bộ "Phụ nữ với pháp luật" ấp Tà Điếp (15/09/2014)
- Tuyên truyền Luật Hòa giải ở cơ sở bằng tiếng Khmer trên sóng phát thanh (03/09/2014)
- Sơ kết 6 tháng công tác tư pháp năm 2014 (18/07/2014)
""", "2014-09-26", "Tập huấn kỹ năng hòa giải cho 120 hòa giải viên vùng đồng bào Khmer",
E("tap_huan", "2014", "2014-09-24"),
[P("Kim Sa Ruôl", "Phó Giám đốc Sở Tư pháp"),
 P("Thạch Sô Phal", "Đại đức", "trụ trì chùa Prếk Chóp"),
 P("Lý Thị Sa Quên", "Chủ tịch Hội Liên hiệp phụ nữ xã Viên An"),
 P("Sơn Văn Thươl", "Trưởng ấp Tà Điếp")],
[Q("120 hòa giải viên", 120, "hòa giải viên"), Q("648 tổ hòa giải", 648, "tổ hòa giải"), Q("79,4%", 79.4, "%"),
 Q("1.250 cuốn tài liệu song ngữ", 1250, "cuốn tài liệu song ngữ"), Q("3 hộ", 3, "hộ"),
 Q("150.000 đồng/ngày", 150000, "đồng"), Q("4 lớp", 4, "lớp")],
[D("Luật", "35", "2013/QH13", None, None, "Luật Hòa giải ở cơ sở số 35/2013/QH13"),
 D("Nghị định", "15", "2014/NĐ-CP", "2014-02-27", "Chính phủ", "Nghị định số 15/2014/NĐ-CP ngày 27/02/2014"),
 D("Kế hoạch", "64", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 64/KH-UBND")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Viên An"), com("Đại Tâm")],
["SỞ TƯ PHÁP TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ › Phổ biến, giáo dục pháp luật › Hòa giải ở cơ sở",
 "Học viên tham gia thảo luận nhóm.", "Phòng Phổ biến, giáo dục pháp luật"],
["26.09.2014 | 08:30", "hai ngày", "8 tháng đầu năm", "một tháng", "ngày 01/01/2014"]))
