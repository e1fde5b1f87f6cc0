from lib import *
PAGES = []

PAGES.append(page("b4061-kontum-giaokhoan-2011", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ » Tin tức - Sự kiện » Dân vận chính quyền
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Kon Tum: Tổng kết công tác vận động đồng bào nhận khoán bảo vệ rừng năm 2011
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Chi cục Kiểm lâm tỉnh tổ chức hội nghị tổng kết công tác vận động đồng bào dân tộc thiểu số tham gia nhận khoán bảo vệ rừng năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Nguyễn Văn Thạch, Chi cục trưởng Chi cục Kiểm lâm tỉnh đồng chủ trì. Dự hội nghị có 86 đại biểu là lãnh đạo ban dân vận các huyện ủy, hạt kiểm lâm, các công ty lâm nghiệp và già làng tiêu biểu.
Báo cáo cho biết, thực hiện Quyết định số 178/2001/QĐ-TTg của Thủ tướng Chính phủ và Nghị định 05/2008/NĐ-CP về Quỹ bảo vệ và phát triển rừng, năm qua toàn tỉnh đã giao khoán bảo vệ trên 142.000 ha rừng cho 94 cộng đồng dân cư và 3.815 hộ gia đình; tổng số tiền chi trả khoảng 21,6 tỷ đồng, bình quân mỗi hộ nhận khoán được 4,2 triệu đồng/năm. Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 15, 16-CT/TU về tăng cường lãnh đạo công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô 2011 - 2012.
Nhờ làm tốt công tác tuyên truyền, vận động, lực lượng chức năng đã phát hiện, xử lý 212 vụ vi phạm lâm luật, tịch thu 418 m3 gỗ các loại. Toàn tỉnh thành lập mới 57 tổ bảo vệ rừng cộng đồng với 684 thành viên; 96% số làng đồng bào Xơ Đăng, Ba Na, Giẻ Triêng có quy ước bảo vệ rừng gắn với luật tục.
Tại hội nghị, Già làng A Hmoong (làng Kon Chênh, xã Măng Cành) chia sẻ: "Rừng là nhà của làng, ai chặt cây đầu nguồn thì làng phạt một con heo, một ché rượu". Bà Y Hiền, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Đắk Glei, kiến nghị chi trả tiền khoán đúng hạn, công khai danh sách hộ nhận khoán tại nhà rông. Ông Đinh Văn Lưu, Phó Hạt trưởng Hạt Kiểm lâm huyện Sa Thầy, cho biết vẫn còn tình trạng người ngoài địa phương thuê người dân vào rừng khai thác gỗ trái phép.
Già làng A Hmoong phát biểu tại hội nghị.
Phát biểu kết luận, đồng chí A Pớt đề nghị năm 2012 các cấp ủy, chính quyền phát huy vai trò già làng, người có uy tín; gắn giao khoán bảo vệ rừng với giảm nghèo bền vững, không để đồng bào bị lôi kéo phá rừng làm rẫy. Ban Dân vận Tỉnh ủy sẽ triển khai kế hoạch số 38-KH/BDVTU ngày 12/12/2011 về kiểm tra việc thực hiện Quy chế dân chủ trong giao khoán rừng tại các xã vùng sâu.
Dịp này, Chi cục Kiểm lâm tặng giấy khen cho 14 tập thể và 23 cá nhân; mỗi tập thể được thưởng 1,5 triệu đồng.
Y Nhung
Lượt xem: 1.204
Tin liên quan
- Đắk Tô: ra mắt 3 tổ bảo vệ rừng cộng đồng (20/12/2011)
- Kon Plông vận động bà con không đốt rẫy gần rừng (08/12/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (30/11/2011)
- Ngọc Hồi: trao tiền khoán bảo vệ rừng cho 420 hộ (15/11/2011)
""", "2011-12-28", "Kon Tum: Tổng kết công tác vận động đồng bào nhận khoán bảo vệ rừng năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thạch", "Chi cục trưởng Chi cục Kiểm lâm tỉnh"),
 P("A Hmoong", "Già làng"),
 P("Y Hiền", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện Đắk Glei"),
 P("Đinh Văn Lưu", "Phó Hạt trưởng Hạt Kiểm lâm huyện Sa Thầy")],
[Q("86 đại biểu", 86, "đại biểu"), Q("trên 142.000 ha", 142000, "ha", "over"), Q("94 cộng đồng dân cư", 94, "cộng đồng dân cư"),
 Q("3.815 hộ gia đình", 3815, "hộ gia đình"), Q("khoảng 21,6 tỷ đồng", 21600000000, "đồng", "approx"),
 Q("4,2 triệu đồng", 4200000, "đồng"), Q("212 vụ vi phạm lâm luật", 212, "vụ vi phạm lâm luật"), Q("418 m3", 418, "m3"),
 Q("57 tổ bảo vệ rừng cộng đồng", 57, "tổ bảo vệ rừng cộng đồng"), Q("684 thành viên", 684, "thành viên"), Q("96%", 96, "%"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Quyết định", "178", "2001/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 178/2001/QĐ-TTg"),
 D("Nghị định", "05", "2008/NĐ-CP", None, None, "Nghị định 05/2008/NĐ-CP"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", "2011-12-12", "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU ngày 12/12/2011")],
[prov("Kon Tum"), com("Măng Cành")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ » Tin tức - Sự kiện » Dân vận chính quyền", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Già làng A Hmoong phát biểu tại hội nghị.", "Chi cục Kiểm lâm tỉnh", "Quỹ bảo vệ và phát triển rừng", "Quy chế dân chủ", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "mùa khô 2011 - 2012", "một con heo, một ché rượu", "Lượt xem: 1.204"]))

PAGES.append(page("b4062-dienbien-dvmtr-2012", """
Báo Điện Biên Phủ điện tử
Kinh tế | Nông nghiệp - Nông thôn | Lâm nghiệp
Cập nhật: 15:40, 10/07/2012 (GMT+7)
Tiền dịch vụ môi trường rừng đến tận tay người dân bản
ĐBP - Ngày 9/7, Quỹ Bảo vệ và Phát triển rừng tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 công tác chi trả tiền dịch vụ môi trường rừng và vận động nhân dân tham gia bảo vệ rừng. Đồng chí Lò Văn Phanh, Phó Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo chi trả dịch vụ môi trường rừng tỉnh dự và chỉ đạo hội nghị.
Đồng chí Lò Văn Phanh phát biểu chỉ đạo hội nghị. Ảnh: Thu Hà
Thực hiện Nghị định số 99/2010/NĐ-CP ngày 24/9/2010 của Chính phủ về chính sách chi trả dịch vụ môi trường rừng và Quyết định số 1021/QĐ-UBND ngày 14/10/2011 của UBND tỉnh, 6 tháng qua Quỹ đã chi trả gần 33,5 tỷ đồng cho 11.280 hộ và 216 bản thuộc lưu vực sông Đà, đạt 87% kế hoạch năm. Diện tích rừng được chi trả là gần 75.000 ha; mức chi bình quân 430.000 đồng/ha. Đến nay toàn tỉnh có 312 tổ bảo vệ rừng bản với trên 3.100 thành viên, chủ yếu là thanh niên người Thái, Mông, Khơ Mú.
Khối dân vận các cấp đã thực hiện Hướng dẫn 07, 08-HD/BDVTU của Ban Dân vận Tỉnh ủy về vận động đồng bào xây dựng hương ước, quy ước bảo vệ rừng và về giám sát việc chi trả tại bản. Nhờ đó, 6 tháng đầu năm chỉ xảy ra 4 vụ cháy rừng, thiệt hại khoảng 18 ha, giảm mạnh so với cùng kỳ; 100% số bản nhận tiền đã công khai danh sách tại nhà văn hóa.
Tại hội nghị, ông Giàng A Dếnh, Chủ tịch UBND xã Pa Ham, cho biết nhiều hộ đã dùng tiền dịch vụ môi trường rừng mua giống ngô, lúa, góp quỹ bản để sửa đường. Ông Thào A Chớ, trưởng bản Nậm Ngà 1, phản ánh: "Bản có 65 hộ, rừng rộng, đường vào xa, tổ bảo vệ phải ngủ lại trong rừng cả tuần mới đi hết". Bà Lò Thị Xuân, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị Mặt trận cơ sở phối hợp với Hạt Kiểm lâm giám sát việc chia tiền, tránh để hộ neo đơn bị thiệt.
Ông Quàng Văn Hương, Hạt trưởng Hạt Kiểm lâm huyện Mường Chà, cho biết nhiều bản đã trích tiền dịch vụ lập quỹ bảo vệ rừng của bản, mỗi hộ góp 50.000 đồng; bản nào để xảy ra cháy thì bị trừ tiền chi trả của năm sau. Tuy vậy, vẫn còn 23 bản chưa có bản đồ giao khoán rõ ràng.
Kết luận hội nghị, đồng chí Lò Văn Phanh yêu cầu 6 tháng cuối năm hoàn thành chi trả trước ngày 30/12; rà soát, đo đạc lại diện tích ở những xã có tranh chấp như Mường Phăng, Nà Hỳ; tăng cường tuần tra, ngăn chặn tình trạng phát rừng làm nương.
Phạm Quang
Tin liên quan
- Mường Chà: 70 tổ bảo vệ rừng bản ra quân (02/07/2012)
- Chi trả dịch vụ môi trường rừng: cần công khai, minh bạch (25/06/2012)
- Tủa Chùa phòng cháy rừng cao điểm (10/04/2012)
- Hơn 5.000 hộ Điện Biên Đông nhận tiền khoán bảo vệ rừng (28/03/2012)
""", "2012-07-10", "Tiền dịch vụ môi trường rừng đến tận tay người dân bản",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Lò Văn Phanh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban chỉ đạo chi trả dịch vụ môi trường rừng tỉnh"),
 P("Giàng A Dếnh", "Chủ tịch UBND xã Pa Ham"),
 P("Thào A Chớ", "trưởng bản Nậm Ngà 1"),
 P("Lò Thị Xuân", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quàng Văn Hương", "Hạt trưởng Hạt Kiểm lâm huyện Mường Chà")],
[Q("50.000 đồng", 50000, "đồng"), Q("23 bản", 23, "bản"), Q("gần 33,5 tỷ đồng", 33500000000, "đồng", "approx"), Q("11.280 hộ", 11280, "hộ"), Q("216 bản", 216, "bản"), Q("87%", 87, "%"),
 Q("gần 75.000 ha", 75000, "ha", "approx"), Q("430.000 đồng", 430000, "đồng"), Q("312 tổ bảo vệ rừng bản", 312, "tổ bảo vệ rừng bản"),
 Q("trên 3.100 thành viên", 3100, "thành viên", "over"), Q("4 vụ cháy rừng", 4, "vụ cháy rừng"), Q("khoảng 18 ha", 18, "ha", "approx"),
 Q("100%", 100, "%"), Q("65 hộ", 65, "hộ")],
[D("Nghị định", "99", "2010/NĐ-CP", "2010-09-24", "Chính phủ", "Nghị định số 99/2010/NĐ-CP ngày 24/9/2010"),
 D("Quyết định", "1021", "QĐ-UBND", "2011-10-14", "UBND tỉnh", "Quyết định số 1021/QĐ-UBND ngày 14/10/2011"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU")],
[prov("Điện Biên"), com("Pa Ham"), com("Mường Phăng"), com("Nà Hỳ")],
["Báo Điện Biên Phủ điện tử", "Kinh tế | Nông nghiệp - Nông thôn | Lâm nghiệp", "Đồng chí Lò Văn Phanh phát biểu chỉ đạo hội nghị. Ảnh: Thu Hà",
 "ĐBP", "Quỹ Bảo vệ và Phát triển rừng tỉnh", "sông Đà"],
["Cập nhật: 15:40, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "ngày 30/12", "cả tuần"]))

PAGES.append(page("b4063-quangnam-nguoicouytin-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo
18-10-2013 08:40
Quang cảnh hội nghị tại huyện Nam Giang.
Phát huy vai trò người có uy tín trong giữ rừng đầu nguồn
Ngày 16/10, tại thị trấn Thạnh Mỹ (huyện Nam Giang), Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ban Dân tộc tỉnh và Chi cục Kiểm lâm tổ chức Hội nghị người có uy tín trong đồng bào dân tộc thiểu số tham gia quản lý, bảo vệ rừng năm 2013. Dự hội nghị có 215 già làng, trưởng thôn, người có uy tín của 9 huyện miền núi.
Đồng chí Hồ Văn Thăng, Phó Chủ tịch - Trưởng ban Dân tộc Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng dự có các đồng chí Phó Chủ tịch UBND huyện Nam Giang: Zơ Râm Đớp, Briu Pố.
Theo báo cáo, thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-KL giữa Ủy ban MTTQ tỉnh và Chi cục Kiểm lâm, các xã vùng cao đã vận động 1.326 hộ đồng bào Cơ Tu, Giẻ Triêng, Xê Đăng ký cam kết không phá rừng, không khai thác gỗ trái phép. Theo Quyết định số 1600/QĐ-UBND ngày 24/5/2012 của UBND tỉnh, trên 30.000 ha rừng phòng hộ đầu nguồn sông Vu Gia, Thu Bồn đã được giao khoán cho cộng đồng thôn và nhóm hộ. Nhiều thôn như Pơ Rning, A Xòo đã đưa việc giữ rừng vào quy ước, ai vi phạm phải nộp phạt theo luật tục.
Tuy vậy, tình trạng lâm tặc từ nơi khác vào khai thác gỗ pơ mu vẫn diễn ra; 9 tháng đầu năm, lực lượng chức năng phát hiện 48 vụ khai thác gỗ trái phép, trong đó có 11 vụ ở khu vực giáp biên giới.
Tại hội nghị, ông Bh'riu Liếc, người có uy tín thôn Pà Ia, xã Tà Bhing, kể lại việc vận động 3 thanh niên trong thôn trả lại gỗ đã cưa cho Ban quản lý rừng phòng hộ. Bà A Lăng Thị Mơ, Chủ tịch Hội Liên hiệp Phụ nữ xã Ga Ri, đề nghị có thêm nguồn vốn để chị em trồng cây dược liệu dưới tán rừng. Già làng Coor Bhơ Nướch mong muốn Nhà nước nâng mức khoán bảo vệ rừng để bà con yên tâm giữ rừng.
Phát biểu kết luận, đồng chí Hồ Văn Thăng đề nghị người có uy tín tiếp tục là "cánh tay nối dài" của cấp ủy, chính quyền; gắn việc giữ rừng với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và thực hiện Nghị quyết 04-NQ/TU của Tỉnh ủy về phát triển kinh tế - xã hội miền núi.
Theo ông Đinh Văn Hà, Phó Giám đốc Ban quản lý rừng phòng hộ Nam Giang, riêng năm 2013 đơn vị ký hợp đồng khoán với 27 thôn của tỉnh Quảng Nam, mức khoán 200.000 đồng/ha; các thôn nhận khoán đã tổ chức 314 đợt tuần tra, tháo dỡ 56 lán trại trái phép trong rừng.
Dịp này, Ban tổ chức tặng 215 phần quà, mỗi phần trị giá 500.000 đồng, cho các đại biểu dự hội nghị.
Alăng Ngước
Số lần đọc: 532
Tin khác
- Tây Giang: 6 thôn ký cam kết giữ rừng pơ mu (10/10/2013)
- Mặt trận Phước Sơn giám sát chi trả tiền khoán rừng (02/10/2013)
- Đông Giang tuyên dương 40 hộ giữ rừng tiêu biểu (20/09/2013)
""", "2013-10-18", "Phát huy vai trò người có uy tín trong giữ rừng đầu nguồn",
E("hoi_nghi", "2013", "2013-10-16"),
[P("Hồ Văn Thăng", "Phó Chủ tịch - Trưởng ban Dân tộc Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơ Râm Đớp", "Phó Chủ tịch UBND huyện Nam Giang"),
 P("Briu Pố", "Phó Chủ tịch UBND huyện Nam Giang"),
 P("Bh'riu Liếc", "người có uy tín thôn Pà Ia"),
 P("A Lăng Thị Mơ", "Chủ tịch Hội Liên hiệp Phụ nữ xã Ga Ri"),
 P("Coor Bhơ Nướch", "Già làng"),
 P("Đinh Văn Hà", "Phó Giám đốc Ban quản lý rừng phòng hộ Nam Giang")],
[Q("27 thôn", 27, "thôn"), Q("200.000 đồng", 200000, "đồng"), Q("314 đợt tuần tra", 314, "đợt tuần tra"), Q("56 lán trại", 56, "lán trại"),
 Q("215 già làng, trưởng thôn, người có uy tín", 215, "già làng, trưởng thôn, người có uy tín"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("1.326 hộ đồng bào Cơ Tu, Giẻ Triêng, Xê Đăng", 1326, "hộ đồng bào Cơ Tu, Giẻ Triêng, Xê Đăng"), Q("trên 30.000 ha", 30000, "ha", "over"),
 Q("48 vụ khai thác gỗ trái phép", 48, "vụ khai thác gỗ trái phép"), Q("11 vụ", 11, "vụ"), Q("3 thanh niên", 3, "thanh niên"),
 Q("215 phần quà", 215, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chương trình phối hợp", "05", "CTPH-MTTQ-KL", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-KL"),
 D("Quyết định", "1600", "QĐ-UBND", "2012-05-24", "UBND tỉnh", "Quyết định số 1600/QĐ-UBND ngày 24/5/2012"),
 D("Nghị quyết", "04", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 04-NQ/TU")],
[prov("Quảng Nam"), com("Thạnh Mỹ"), com("Tà Bhing"), com("Ga Ri")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Hoạt động Mặt trận / Dân tộc - Tôn giáo",
 "Quang cảnh hội nghị tại huyện Nam Giang.", "cánh tay nối dài", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Ban quản lý rừng phòng hộ", "Số lần đọc: 532"],
["18-10-2013 08:40", "năm 2013", "9 tháng đầu năm", "Số lần đọc: 532"]))

PAGES.append(page("b4064-lamdong-doithoai-2014", """
Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động chính quyền
Ngày đăng 22/08/2014 | 10:15
Lạc Dương đối thoại với đồng bào K'Ho về giao khoán bảo vệ rừng
Sáng 20/8/2014, tại hội trường UBND xã Đạ Chais, UBND huyện Lạc Dương phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị đối thoại với người dân về công tác giao khoán quản lý, bảo vệ rừng năm 2014. Ông Kră Jăn Ha Mọt, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại; cùng dự có ông Phan Đình Lộc, Giám đốc Ban quản lý rừng phòng hộ Đa Nhim và ông Bon Niêng K'Dũng, HUV, Chủ tịch Ủy ban MTTQ huyện.
Ảnh: Ông Kră Jăn Ha Mọt trả lời ý kiến người dân.
Buổi đối thoại thu hút gần 170 hộ dân của các thôn Đạ Chais, Klong Klanh, Đưng K'Si. Theo báo cáo của Hạt Kiểm lâm huyện, thực hiện Quyết định số 2151/QĐ-UBND ngày 10/10/2013 của UBND tỉnh Lâm Đồng, hiện toàn huyện giao khoán 101.500 ha rừng cho 2.464 hộ, trong đó 86% là hộ đồng bào dân tộc thiểu số tại chỗ. Mức chi trả từ nguồn dịch vụ môi trường rừng năm 2014 khoảng 400.000 đồng/ha, mỗi hộ nhận khoán bình quân 30 ha, thu nhập trên 12 triệu đồng mỗi năm.
Tại buổi đối thoại, người dân nêu 15 ý kiến. Bà Liêng Hót Ha Ngọc (thôn Klong Klanh) hỏi vì sao diện tích khoán của gia đình bị giảm so với năm trước; ông Kơ Să Ha Bình, Trưởng thôn Đạ Chais, đề nghị cho các hộ nghèo chưa có rừng khoán được nhận thêm. Ông Cil Múp, Tổ trưởng tổ bảo vệ rừng thôn Đưng K'Si, phản ánh việc một số người lấn chiếm đất rừng để trồng cà phê nhưng xử lý chậm.
Ông Kră Jăn Ha Mọt và ông Phan Đình Lộc đã trả lời trực tiếp từng ý kiến. Với những diện tích bị điều chỉnh do quy hoạch 3 loại rừng, huyện giao Hạt Kiểm lâm phối hợp UBND xã Đạ Chais rà soát, công khai bản đồ tại thôn trước ngày 30/9. Huyện cũng thống nhất ưu tiên giao thêm khoảng 1.200 ha cho 40 hộ nghèo thiếu đất sản xuất theo Nghị định 99/2010/NĐ-CP.
Bà Đa Gout Ha Thu, Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Chais, cho biết Hội đã vận động 52 hội viên người K'Ho tham gia nhóm tuần tra rừng của phụ nữ, mỗi tháng đi rừng 4 lần cùng tổ bảo vệ của thôn.
Kết thúc đối thoại, Chủ tịch UBND huyện yêu cầu các chủ rừng thực hiện nghiêm Quy chế dân chủ ở cơ sở, không để xảy ra tình trạng "khoán trắng"; Mặt trận và các đoàn thể tăng cường giám sát, kịp thời phản ánh những vướng mắc của người dân.
K'Thơm
Lượt truy cập: 2.318
Các tin khác
- Hội Nông dân xã Đưng K'Nớ hướng dẫn trồng cà phê dưới tán rừng (15/08/2014)
- Lạc Dương: 19 tổ tuần tra rừng ra quân mùa khô (05/03/2014)
- Hội nghị tổng kết công tác Mặt trận năm 2013 (27/12/2013)
""", "2014-08-22", "Lạc Dương đối thoại với đồng bào K'Ho về giao khoán bảo vệ rừng",
E("doi_thoai", "2014", "2014-08-20"),
[P("Kră Jăn Ha Mọt", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Phan Đình Lộc", "Giám đốc Ban quản lý rừng phòng hộ Đa Nhim"),
 P("Bon Niêng K'Dũng", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Liêng Hót Ha Ngọc"),
 P("Kơ Să Ha Bình", "Trưởng thôn Đạ Chais"),
 P("Cil Múp", "Tổ trưởng tổ bảo vệ rừng thôn Đưng K'Si"),
 P("Đa Gout Ha Thu", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đạ Chais")],
[Q("52 hội viên người K'Ho", 52, "hội viên người K'Ho"), Q("gần 170 hộ dân", 170, "hộ dân", "approx"), Q("101.500 ha", 101500, "ha"), Q("2.464 hộ", 2464, "hộ"), Q("86%", 86, "%"),
 Q("khoảng 400.000 đồng", 400000, "đồng", "approx"), Q("30 ha", 30, "ha"), Q("trên 12 triệu đồng", 12000000, "đồng", "over"),
 Q("15 ý kiến", 15, "ý kiến"), Q("khoảng 1.200 ha", 1200, "ha", "approx"), Q("40 hộ nghèo", 40, "hộ nghèo")],
[D("Quyết định", "2151", "QĐ-UBND", "2013-10-10", "UBND tỉnh Lâm Đồng", "Quyết định số 2151/QĐ-UBND ngày 10/10/2013"),
 D("Nghị định", "99", "2010/NĐ-CP", None, None, "Nghị định 99/2010/NĐ-CP")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Hoạt động chính quyền",
 "Ảnh: Ông Kră Jăn Ha Mọt trả lời ý kiến người dân.", "Quy chế dân chủ ở cơ sở", "khoán trắng", "Lượt truy cập: 2.318"],
["Ngày đăng 22/08/2014 | 10:15", "4 lần", "năm 2014", "3 loại rừng", "ngày 30/9", "Lượt truy cập: 2.318"]))

PAGES.append(page("b4065-sonla-taphuan-pccr-2015", """
HỘI NÔNG DÂN TỈNH SƠN LA
Trang chủ :: Tin tức :: Hoạt động các cấp Hội
08:15 | 12/03/2015
Tập huấn phòng cháy, chữa cháy rừng cho 120 hội viên nông dân
Từ ngày 10 đến 11/3/2015, tại xã Chiềng Ngàm (huyện Thuận Châu), Hội Nông dân tỉnh phối hợp với Chi cục Kiểm lâm tỉnh mở lớp tập huấn nghiệp vụ phòng cháy, chữa cháy rừng năm 2015 cho 120 hội viên là thành viên các tổ, đội bảo vệ rừng bản. Dự khai mạc có bà Quàng Thị Khuyên, Phó Chủ tịch Hội Nông dân tỉnh và ông Cầm Văn Đông, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh.
Các học viên thực hành dập lửa bằng bàn dập tại lớp tập huấn.
Trong 2 ngày, các học viên được nghe phổ biến Chỉ thị số 04/CT-UBND ngày 5/1/2015 của UBND tỉnh về tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng mùa khô 2014 - 2015, Kế hoạch số 52/KH-UBND của UBND huyện Thuận Châu; được hướng dẫn cách phát đường băng cản lửa, đốt nương có kiểm soát, sử dụng bàn dập, máy thổi gió và cách báo cháy theo phương châm "4 tại chỗ".
Theo Chi cục Kiểm lâm, tỉnh Sơn La hiện có trên 587.000 ha rừng, độ che phủ đạt 42,5%; mùa khô năm 2014 xảy ra 26 vụ cháy rừng, làm thiệt hại 71,3 ha, nguyên nhân chủ yếu do người dân đốt nương không kiểm soát. Năm nay Hội Nông dân tỉnh đặt mục tiêu ít nhất 80% số chi hội ở các xã trọng điểm cháy có tổ nông dân tự quản bảo vệ rừng.
Ông Lò Văn Hặc, Chủ tịch Hội Nông dân xã Chiềng Ngàm cho biết, xã có 35 tổ bảo vệ rừng bản với 410 thành viên; hằng năm các tổ vận động bà con đăng ký lịch đốt nương với trưởng bản. Anh Mùa A Páo, Tổ trưởng tổ bảo vệ rừng bản Hua Ty, chia sẻ: "Trước đây bà con Mông đốt nương tùy ý, nay phải báo bản, phát băng cản lửa rộng 10 m mới được đốt".
Tại buổi khai mạc, bà Quàng Thị Khuyên nhấn mạnh mỗi hội viên phải là một tuyên truyền viên, vận động gia đình, dòng họ không đốt nương trong những ngày nắng nóng, cấp dự báo cháy rừng ở cấp IV, cấp V.
Dịp này, Ban tổ chức phát 1.500 tờ rơi tuyên truyền và trao tặng 35 bộ dụng cụ chữa cháy trị giá 70 triệu đồng cho các tổ bảo vệ rừng bản. Lớp tập huấn là một trong 8 lớp Hội Nông dân tỉnh tổ chức trong quý I, thực hiện Công văn số 156-CV/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Các đồng chí Phó Chủ tịch UBND xã Chiềng Ngàm: Quàng Văn Sôm, Lò Thị Ín tham gia hướng dẫn thực hành.
Hà Văn Tính (Hội Nông dân huyện Thuận Châu)
Số lượt xem: 764
Tin cùng chuyên mục
- Mường La: nông dân ký cam kết không đốt nương gần rừng (05/03/2015)
- Hội Nông dân Sốp Cộp ra mắt tổ hội nghề nghiệp trồng rừng (26/02/2015)
- Quỳnh Nhai: 500 hộ nhận tiền khoán bảo vệ rừng trước Tết (10/02/2015)
""", "2015-03-12", "Tập huấn phòng cháy, chữa cháy rừng cho 120 hội viên nông dân",
E("tap_huan", "2015", "2015-03-10"),
[P("Quàng Thị Khuyên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Cầm Văn Đông", "Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh"),
 P("Lò Văn Hặc", "Chủ tịch Hội Nông dân xã Chiềng Ngàm"),
 P("Mùa A Páo", "Tổ trưởng tổ bảo vệ rừng bản Hua Ty"),
 P("Quàng Văn Sôm", "Phó Chủ tịch UBND xã Chiềng Ngàm"),
 P("Lò Thị Ín", "Phó Chủ tịch UBND xã Chiềng Ngàm")],
[Q("120 hội viên", 120, "hội viên"), Q("trên 587.000 ha", 587000, "ha", "over"), Q("42,5%", 42.5, "%"),
 Q("26 vụ cháy rừng", 26, "vụ cháy rừng"), Q("71,3 ha", 71.3, "ha"), Q("ít nhất 80%", 80, "%", "over"),
 Q("35 tổ bảo vệ rừng bản", 35, "tổ bảo vệ rừng bản"), Q("410 thành viên", 410, "thành viên"), Q("10 m", 10, "m"),
 Q("1.500 tờ rơi", 1500, "tờ rơi"), Q("35 bộ dụng cụ chữa cháy", 35, "bộ dụng cụ chữa cháy"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("8 lớp", 8, "lớp")],
[D("Chỉ thị", "04", "CT-UBND", "2015-01-05", "UBND tỉnh", "Chỉ thị số 04/CT-UBND ngày 5/1/2015"),
 D("Kế hoạch", "52", "KH-UBND", None, "UBND huyện Thuận Châu", "Kế hoạch số 52/KH-UBND"),
 D("Công văn", "156", "CV/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Công văn số 156-CV/HNDT")],
[prov("Sơn La"), com("Chiềng Ngàm")],
["HỘI NÔNG DÂN TỈNH SƠN LA", "Trang chủ :: Tin tức :: Hoạt động các cấp Hội", "Các học viên thực hành dập lửa bằng bàn dập tại lớp tập huấn.",
 "4 tại chỗ", "Số lượt xem: 764"],
["08:15 | 12/03/2015", "cấp IV, cấp V", "năm 2015", "2 ngày", "mùa khô 2014 - 2015", "4 tại chỗ", "quý I", "Số lượt xem: 764"]))

PAGES.append(page("b4066-nghean-giamsat-dvmtr-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ › Giám sát và phản biện xã hội
09/11/2016 - 14:20
Ảnh: Đoàn giám sát làm việc tại xã Tri Lễ.
Giám sát chi trả tiền dịch vụ môi trường rừng tại Quế Phong
Từ ngày 7 đến 8/11/2016, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Vi Thị Hương, Ủy viên Ban Thường vụ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách chi trả dịch vụ môi trường rừng năm 2016 tại huyện Quế Phong. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Hội Nông dân tỉnh và Quỹ Bảo vệ và Phát triển rừng tỉnh.
Cuộc giám sát được tiến hành theo Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và Kế hoạch số 46/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Đoàn đã làm việc với UBND huyện, Ban quản lý rừng phòng hộ Quế Phong, Hạt Kiểm lâm và trực tiếp đến các xã Tri Lễ, Hạnh Dịch, Nậm Giải gặp gỡ 64 hộ nhận khoán.
Báo cáo của UBND huyện cho thấy, năm 2016 toàn huyện có 7.937 hộ và 112 cộng đồng bản được chi trả với tổng số tiền trên 26,4 tỷ đồng cho khoảng 148.000 ha rừng thuộc lưu vực các nhà máy thủy điện Hủa Na, Nậm Mô. Bình quân mỗi hộ nhận gần 2,9 triệu đồng. Trên địa bàn tỉnh Nghệ An, Quế Phong là huyện có diện tích rừng được chi trả lớn nhất. Huyện đã có 95% số bản hoàn thành chi trả trực tiếp tại bản, có đại diện Mặt trận và trưởng bản chứng kiến.
Tại xã Hạnh Dịch, bà Lô Thị Lan, Chủ tịch Ủy ban MTTQ xã cho biết Mặt trận xã đã tham gia giám sát 14 đợt chi trả, tiếp nhận 6 ý kiến của người dân và chuyển Ban quản lý rừng phòng hộ giải quyết dứt điểm.
Qua giám sát, đoàn chỉ ra một số hạn chế: tiền chi trả năm 2015 còn chậm ở 9 bản; một số hộ nhận khoán nhưng không tham gia tuần tra; bản đồ khoán chưa khớp thực địa, có hộ bị trùng diện tích. Ông Lương Văn Chăm, trưởng bản Piềng Phung, xã Tri Lễ phản ánh bà con phải chờ đến tháng 11 mới nhận tiền năm trước. Ông Lữ Văn Tú, Bí thư Chi bộ bản Mường Hinh, đề nghị cho bản giữ lại 10% để lập quỹ tuần tra rừng.
Ông Vi Văn Sơn, Phó Chủ tịch UBND huyện Quế Phong tiếp thu, cam kết hoàn thành chi trả năm 2016 trước Tết Nguyên đán. Kết luận buổi giám sát, bà Vi Thị Hương đề nghị huyện rà soát lại 5 tiểu khu có tranh chấp, công khai danh sách hộ nhận khoán tại nhà văn hóa bản; Mặt trận các xã đưa nội dung này vào chương trình giám sát hằng năm theo Thông tư liên tịch số 04/2014/TTLT-BNNPTNT-UBTWMTTQVN.
Thanh Huyền
Lượt đọc: 941
Tin liên quan
- Kỳ Sơn: 2.000 hộ nhận tiền dịch vụ môi trường rừng (25/10/2016)
- Tương Dương: Mặt trận vận động đồng bào giữ rừng đầu nguồn (14/10/2016)
- Hội nghị sơ kết công tác giám sát 9 tháng (30/09/2016)
""", "2016-11-09", "Giám sát chi trả tiền dịch vụ môi trường rừng tại Quế Phong",
E("giam_sat", "2016", "2016-11-07"),
[P("Vi Thị Hương", "Ủy viên Ban Thường vụ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Chăm", "trưởng bản Piềng Phung"),
 P("Lữ Văn Tú", "Bí thư Chi bộ bản Mường Hinh"),
 P("Vi Văn Sơn", "Phó Chủ tịch UBND huyện Quế Phong"),
 P("Lô Thị Lan", "Chủ tịch Ủy ban MTTQ xã")],
[Q("14 đợt chi trả", 14, "đợt chi trả"), Q("6 ý kiến", 6, "ý kiến"), Q("64 hộ", 64, "hộ"), Q("7.937 hộ", 7937, "hộ"), Q("112 cộng đồng bản", 112, "cộng đồng bản"),
 Q("trên 26,4 tỷ đồng", 26400000000, "đồng", "over"), Q("khoảng 148.000 ha", 148000, "ha", "approx"),
 Q("gần 2,9 triệu đồng", 2900000, "đồng", "approx"), Q("95%", 95, "%"), Q("9 bản", 9, "bản"), Q("10%", 10, "%"),
 Q("5 tiểu khu", 5, "tiểu khu")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 46/KH-MTTQ-BTT"),
 D("Thông tư liên tịch", "04", "2014/TTLT-BNNPTNT-UBTWMTTQVN", None, None, "Thông tư liên tịch số 04/2014/TTLT-BNNPTNT-UBTWMTTQVN")],
[prov("Nghệ An"), com("Tri Lễ"), com("Hạnh Dịch"), com("Nậm Giải")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ › Giám sát và phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại xã Tri Lễ.",
 "Ban quản lý rừng phòng hộ Quế Phong", "Lượt đọc: 941"],
["09/11/2016 - 14:20", "năm 2016", "năm 2015", "tháng 11", "Lượt đọc: 941"]))
