from lib import *
PAGES = []

PAGES.append(page("b3521-hatinh-bdbp-chandung-2021", """
Báo Hà Tĩnh
Trang chủ > Xã hội > Người tốt việc tốt
Thứ Năm, 12/08/2021 - 06:30
Ảnh: Thiếu tá Phan Văn Quý (bên phải) cùng người dân bản Rào Tre.
"Già làng" mang quân hàm xanh ở bản Rào Tre
Hơn 10 năm gắn bó với bản Rào Tre, xã Hương Liên, Thiếu tá Phan Văn Quý, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bản Giàng (Bộ đội Biên phòng tỉnh Hà Tĩnh), được đồng bào Chứt gọi trìu mến là "già làng quân hàm xanh".
Năm 2011, khi anh mới về bản, cả bản có 38 hộ với 142 nhân khẩu, gần như 100% hộ nghèo, bà con sống dựa vào rừng, chưa quen trồng lúa nước. Anh cùng tổ công tác ăn, ở tại bản, học tiếng Chứt, cầm tay chỉ việc cho từng hộ cách làm ruộng, nuôi cá, trồng rau. Đến nay, bản đã có 45 hộ, 176 nhân khẩu; tỷ lệ hộ nghèo giảm còn khoảng 46%; 17 hộ đã có ti vi, xe máy.
Thực hiện Kế hoạch số 1190/KH-BĐBP của Bộ Tư lệnh Bộ đội Biên phòng về giúp đỡ đồng bào Chứt, anh Quý vận động các nhà hảo tâm xây 6 căn nhà cho hộ khó khăn, mỗi căn 70 triệu đồng; dạy chữ cho 23 người lớn tuổi. Trong đợt dịch Covid-19 vừa qua, anh cùng đồng đội vận chuyển gần 3 tấn gạo, rau củ, nhu yếu phẩm vào bản, không để hộ nào thiếu đói.
Ông Hồ Văn Thắm, Trưởng bản Rào Tre, kể: "Anh Quý như con em trong bản. Nhà ai có việc gì anh đều có mặt. Đứa nhỏ ốm, anh chở xuống trạm y tế xã giữa đêm". Chị Hồ Thị Hoa, Chi hội trưởng Chi hội Phụ nữ bản, nay đã biết tính toán chi tiêu, trồng 1 ha keo nhờ anh hướng dẫn.
Thượng tá Nguyễn Văn Sỹ, Chính trị viên Đồn Biên phòng Bản Giàng, cho biết: anh Quý nhiều năm liền đạt danh hiệu chiến sĩ thi đua, được Bộ Tư lệnh Bộ đội Biên phòng tặng bằng khen, là gương điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số 05-CT/TW của Bộ Chính trị.
Mỗi khi được hỏi về những năm tháng ở bản, anh Quý chỉ cười: "Ở với bà con lâu thành quen, xa vài ngày là nhớ". Với anh, phần thưởng lớn nhất là thấy bản làng đổi thay, trẻ em được đến trường đầy đủ, không còn cảnh người dân bỏ bản vào rừng sống như trước.
Bản Rào Tre nằm sâu trong dãy Giăng Màn, cách trung tâm xã hơn chục cây số đường rừng. Mùa mưa, suối dâng nước, có khi cả tuần bản bị chia cắt; những lúc ấy, tổ công tác của đồn là chỗ dựa duy nhất của bà con.
Ông Hồ Văn Thắm nói thêm, mong muốn lớn nhất của bà con là được bộ đội tiếp tục ở lại cùng bản, hướng dẫn làm ăn để thoát nghèo bền vững, giữ gìn tiếng nói, bản sắc văn hóa của người Chứt.
Thiên Vỹ
Lượt đọc: 3.412
Tin cùng chuyên mục
- Người cựu chiến binh hiến 1.000 m2 đất làm đường (05/08/2021)
- Cô giáo mang quân hàm xanh nơi biên giới (28/07/2021)
- Chàng trai Chứt đầu tiên vào đại học (20/07/2021)
""", "2021-08-12", "\"Già làng\" mang quân hàm xanh ở bản Rào Tre",
E("khac", None, None),
[P("Phan Văn Quý", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bản Giàng"),
 P("Hồ Văn Thắm", "Trưởng bản Rào Tre"),
 P("Hồ Thị Hoa", "Chi hội trưởng Chi hội Phụ nữ bản"),
 P("Nguyễn Văn Sỹ", "Thượng tá", "Chính trị viên Đồn Biên phòng Bản Giàng")],
[Q("38 hộ", 38, "hộ"), Q("142 nhân khẩu", 142, "nhân khẩu"), Q("gần như 100%", 100, "%", "approx"), Q("45 hộ", 45, "hộ"),
 Q("176 nhân khẩu", 176, "nhân khẩu"), Q("khoảng 46%", 46, "%", "approx"), Q("17 hộ", 17, "hộ"), Q("6 căn nhà", 6, "căn nhà"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("23 người lớn tuổi", 23, "người lớn tuổi"), Q("gần 3 tấn", 3, "tấn", "approx"),
 Q("1 ha", 1, "ha")],
[D("Kế hoạch", "1190", "KH-BĐBP", None, "Bộ Tư lệnh Bộ đội Biên phòng", "Kế hoạch số 1190/KH-BĐBP"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Hà Tĩnh"), com("Hương Liên")],
["Báo Hà Tĩnh", "Trang chủ > Xã hội > Người tốt việc tốt", "Ảnh: Thiếu tá Phan Văn Quý (bên phải) cùng người dân bản Rào Tre.",
 "già làng quân hàm xanh", "Lượt đọc: 3.412", "Già làng"],
["Thứ Năm, 12/08/2021 - 06:30", "Hơn 10 năm", "Năm 2011", "nhiều năm liền", "vài ngày", "Lượt đọc: 3.412"]))

PAGES.append(page("b3522-quangnam-llvt-giaoban-thang11-2021", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ » Tin hoạt động » Dân vận lực lượng vũ trang
Ngày 03/12/2021 | 15:50
Phát huy vai trò "đội công tác 3 cùng" ở vùng cao
Chiều 02/12/2021, Ban Dân vận Tỉnh ủy chủ trì giao ban định kỳ công tác dân vận tháng 11/2021 với khối lực lượng vũ trang, gồm Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh. Đồng chí Nguyễn Thị Tuyết Nhung, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Đồng chí Nguyễn Thị Tuyết Nhung chủ trì giao ban.
Trong tháng, Bộ Chỉ huy Quân sự tỉnh duy trì 4 đội công tác "3 cùng" tại các xã vùng cao Nam Giang, Tây Giang, Đông Giang; giúp đồng bào Cơ Tu, Ve 1.060 ngày công thu hoạch lúa rẫy, sửa chữa 7 nhà gươl, làm 1,2 km đường đất. Bộ đội Biên phòng tỉnh phối hợp xã Ch'ơm, xã Ga Ri vận động 26 thanh niên nhập ngũ, trao 120 suất quà cho hộ nghèo, mỗi suất 300 nghìn đồng.
Thượng tá Bríu Quân, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cho biết đơn vị đã hoàn thành 2 căn nhà "Mái ấm biên cương" tại thôn Aréc, xã Ga Ri và đang triển khai Hướng dẫn số 58/HD-CT ngày 20/9/2021 của Cục Chính trị Bộ đội Biên phòng về đỡ đầu học sinh. Thiếu tá Alăng Thị Mai, Trợ lý Dân vận Bộ Chỉ huy Quân sự tỉnh, báo cáo việc phối hợp với Đoàn Kinh tế - Quốc phòng 207 hỗ trợ 35 hộ trồng 14 ha quế.
Đồng chí Zơ Râm Bốc, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang, dự giao ban qua trực tuyến, đề nghị bộ đội hỗ trợ xã A Xan di dời 9 hộ ra khỏi vùng sạt lở trước mùa mưa bão.
Kết luận, đồng chí Nguyễn Thị Tuyết Nhung đề nghị các đơn vị thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy về công tác dân vận, phối hợp chuẩn bị tổng kết Quy chế phối hợp số 01-QC/BDVTU-ĐUQS năm 2021; tập trung giúp dân phòng chống thiên tai, ổn định đời sống; tiếp tục thực hiện phong trào "Quân đội chung sức xây dựng nông thôn mới".
Tại giao ban, đại diện Công an tỉnh thông tin về tình hình an ninh nông thôn, nhất là các vụ việc liên quan đến đất rừng ở vùng giáp ranh; đề nghị các lực lượng tăng cường nắm tình hình, kịp thời hòa giải ngay từ thôn, không để phát sinh phức tạp.
Giao ban tháng 12 sẽ được lồng ghép với hội nghị tổng kết công tác dân vận lực lượng vũ trang năm 2021. Các đơn vị được đề nghị gửi báo cáo trước ngày 15/12 để Ban Dân vận Tỉnh ủy tổng hợp, đánh giá, đề xuất khen thưởng những tập thể, cá nhân tiêu biểu trong công tác dân vận của lực lượng vũ trang tỉnh Quảng Nam.
Hồ Vinh
Số lượt truy cập: 254.118
Tin khác
- Giao ban công tác dân vận tháng 10/2021 (02/11/2021)
- Đồn Biên phòng Ga Ri trao 50 suất quà cho học sinh (15/11/2021)
- Tập huấn kỹ năng dân vận cho cán bộ quân sự xã (25/10/2021)
""", "2021-12-03", "Phát huy vai trò \"đội công tác 3 cùng\" ở vùng cao",
E("giao_ban", "2021-11", "2021-12-02"),
[P("Nguyễn Thị Tuyết Nhung", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Bríu Quân", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Alăng Thị Mai", "Thiếu tá", "Trợ lý Dân vận Bộ Chỉ huy Quân sự tỉnh"),
 P("Zơ Râm Bốc", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang")],
[Q("4 đội công tác", 4, "đội công tác"), Q("1.060 ngày công", 1060, "ngày công"), Q("7 nhà gươl", 7, "nhà gươl"),
 Q("1,2 km", 1.2, "km"), Q("26 thanh niên", 26, "thanh niên"), Q("120 suất quà", 120, "suất quà"),
 Q("300 nghìn đồng", 300000, "đồng"), Q("2 căn nhà", 2, "căn nhà"), Q("35 hộ", 35, "hộ"), Q("14 ha", 14, "ha"), Q("9 hộ", 9, "hộ")],
[D("Hướng dẫn", "58", "HD-CT", "2021-09-20", "Cục Chính trị Bộ đội Biên phòng", "Hướng dẫn số 58/HD-CT ngày 20/9/2021"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Quy chế phối hợp", "01", "QC/BDVTU-ĐUQS", None, None, "Quy chế phối hợp số 01-QC/BDVTU-ĐUQS")],
[prov("Quảng Nam"), com("Ch'ơm"), com("Ga Ri"), com("A Xan")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ » Tin hoạt động » Dân vận lực lượng vũ trang",
 "Đồng chí Nguyễn Thị Tuyết Nhung chủ trì giao ban.", "Mái ấm biên cương", "Quân đội chung sức xây dựng nông thôn mới",
 "Số lượt truy cập: 254.118", "Đoàn Kinh tế - Quốc phòng 207"],
["Ngày 03/12/2021 | 15:50", "tháng 11/2021", "3 cùng", "Số lượt truy cập: 254.118", "năm 2021", "15/12", "Đoàn Kinh tế - Quốc phòng 207"]))

PAGES.append(page("b3523-daklak-bdbp-traonha-2022", """
Báo Đắk Lắk điện tử
Xã hội | Dân tộc - Miền núi
Thứ Năm, 19/05/2022 - 17:20
Bộ đội Biên phòng trao 5 căn nhà "Mái ấm biên cương" cho đồng bào Êđê, M'nông
Đại diện Đồn Biên phòng Ia R'vê trao quyết định bàn giao nhà cho gia đình bà H'Nhi Niê.
Sáng 18/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND huyện Ea Súp tổ chức lễ bàn giao 5 căn nhà "Mái ấm biên cương" cho 5 hộ nghèo người đồng bào dân tộc thiểu số tại xã Ia R'vê và xã Ia Lốp, tỉnh Đắk Lắk.
Mỗi căn nhà có diện tích từ 50 m2 trở lên, tổng kinh phí 400 triệu đồng, mỗi căn 80 triệu đồng, từ nguồn vận động của Bộ Tư lệnh Bộ đội Biên phòng và các nhà tài trợ. Cán bộ, chiến sĩ Đồn Biên phòng Ia R'vê và Đồn Biên phòng Ia Lốp góp hơn 500 ngày công san nền, vận chuyển vật liệu.
Dự buổi lễ có Đại tá Y Hòa Niê, Phó Chính ủy Bộ đội Biên phòng tỉnh; đồng chí H'Yăm Bkrông, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Y Thông Ksơr, Phó Chủ tịch UBND huyện Ea Súp.
Bà H'Nhi Niê, ở buôn Ea Rốk, xã Ia R'vê, người vừa nhận nhà, rưng rưng: "Chồng mất sớm, một mình nuôi 4 đứa con, nhà tranh dột nát, mùa mưa cả nhà không có chỗ ngủ. Nay bộ đội làm nhà mới cho, mẹ con tôi mừng lắm". Ông Y Suôn Byă, người có uy tín buôn Ea Rốk, cho biết bà con trong buôn đều cảm động vì bộ đội làm nhà nhanh, chắc chắn.
Phát biểu tại buổi lễ, Đại tá Y Hòa Niê cho biết, thực hiện Kế hoạch số 3360/KH-BTL ngày 12/10/2021 của Bộ Tư lệnh Bộ đội Biên phòng về xây dựng nhà "Mái ấm biên cương" và Chương trình phối hợp số 08-CTr/BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ đội Biên phòng tỉnh, năm 2022 lực lượng Biên phòng tỉnh sẽ xây tặng 12 căn nhà, hỗ trợ 30 con bò sinh sản cho hộ nghèo các xã biên giới. Từ năm 2017 đến nay, đơn vị đã xây tặng 41 căn nhà, tổng giá trị khoảng 2,9 tỷ đồng.
Trước đây, các hộ nhận nhà đều sống trong những căn chòi tạm bợ bằng tre nứa, lợp lá, nền đất; con cái học hành thiếu thốn. Việc có nhà kiên cố giúp các gia đình yên tâm lao động sản xuất.
Ngoài nhà ở, mỗi hộ được tặng 1 bộ bàn ghế, 10 kg gạo và 1 triệu đồng tiền mặt để ổn định cuộc sống. Tổ công tác của đồn sẽ tiếp tục theo dõi, hướng dẫn các gia đình trồng điều, nuôi bò để có thu nhập ổn định.
Đồng chí H'Yăm Bkrông đề nghị chính quyền xã Ia R'vê, Ia Lốp tiếp tục quan tâm, hướng dẫn các hộ phát triển sản xuất, vươn lên thoát nghèo, đồng thời khẳng định hình ảnh người lính "Bộ đội Cụ Hồ" luôn gắn bó máu thịt với đồng bào nơi biên giới.
Hoàng Gia
Tin liên quan
- Đồn Biên phòng Sêrêpốk khám bệnh miễn phí cho 300 người dân (10/05/2022)
- Ea Súp: 98% hộ dân biên giới tham gia tự quản đường biên (28/04/2022)
- Trao 20 suất học bổng "Nâng bước em tới trường" (15/04/2022)
""", "2022-05-19", "Bộ đội Biên phòng trao 5 căn nhà \"Mái ấm biên cương\" cho đồng bào Êđê, M'nông",
E("trao_qua", None, "2022-05-18"),
[P("H'Nhi Niê"),
 P("Y Hòa Niê", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("H'Yăm Bkrông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thông Ksơr", "Phó Chủ tịch UBND huyện Ea Súp"),
 P("Y Suôn Byă", "người có uy tín buôn Ea Rốk")],
[Q("5 căn nhà", 5, "căn nhà"), Q("5 hộ nghèo", 5, "hộ nghèo"), Q("từ 50 m2 trở lên", 50, "m2", "over"),
 Q("400 triệu đồng", 400000000, "đồng"), Q("80 triệu đồng", 80000000, "đồng"), Q("hơn 500 ngày công", 500, "ngày công", "over"),
 Q("4 đứa con", 4, "đứa con"), Q("12 căn nhà", 12, "căn nhà"), Q("30 con bò sinh sản", 30, "con bò sinh sản"),
 Q("41 căn nhà", 41, "căn nhà"), Q("khoảng 2,9 tỷ đồng", 2900000000, "đồng", "approx"), Q("10 kg", 10, "kg"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "3360", "KH-BTL", "2021-10-12", "Bộ Tư lệnh Bộ đội Biên phòng", "Kế hoạch số 3360/KH-BTL ngày 12/10/2021"),
 D("Chương trình phối hợp", "08", "CTr/BDVTU-BĐBP", None, None, "Chương trình phối hợp số 08-CTr/BDVTU-BĐBP")],
[prov("Đắk Lắk"), com("Ia R'vê"), com("Ia Lốp")],
["Báo Đắk Lắk điện tử", "Xã hội | Dân tộc - Miền núi",
 "Đại diện Đồn Biên phòng Ia R'vê trao quyết định bàn giao nhà cho gia đình bà H'Nhi Niê.", "Mái ấm biên cương", "Bộ đội Cụ Hồ"],
["Thứ Năm, 19/05/2022 - 17:20", "1 bộ bàn ghế", "năm 2022", "năm 2017"]))

PAGES.append(page("b3524-angiang-bdbp-nguoiuytin-2022", """
AN GIANG ONLINE - Cổng thông tin điện tử Báo An Giang
Thời sự > Quốc phòng - An ninh
06/10/2022 - 10:05
Biên phòng An Giang gặp mặt 150 người có uy tín, chức sắc tôn giáo vùng biên
Quang cảnh buổi gặp mặt.
Ngày 05/10/2022, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang tổ chức hội nghị gặp mặt người có uy tín, chức sắc, chức việc tôn giáo khu vực biên giới năm 2022. Tham dự có khoảng 150 đại biểu là người có uy tín trong đồng bào Khmer, Chăm, chức sắc Phật giáo Nam tông Khmer, Hồi giáo, Phật giáo Hòa Hảo ở 13 xã, phường, thị trấn biên giới.
Chủ trì hội nghị có Đại tá Nguyễn Văn Tiến, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; đồng chí Chau Ty, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Néang Sa Phia, Phó Trưởng Ban Dân tộc tỉnh.
Theo báo cáo, năm qua, người có uy tín và chức sắc tôn giáo đã phối hợp với các đồn biên phòng vận động đồng bào cung cấp 87 nguồn tin có giá trị, giúp phát hiện 29 vụ xuất nhập cảnh trái phép; hòa giải thành 16 vụ mâu thuẫn trong cộng đồng. Phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia" thu hút 3.150 hộ ký cam kết, 64 tổ tự quản đường biên với 412 thành viên.
Phát biểu tại hội nghị, Hòa thượng Chau Sóc Hên, Trụ trì chùa Soài Chek, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết các nhà chùa đã mở 12 lớp dạy chữ Khmer hè cho khoảng 600 em, đồng thời khuyên bà con không nghe theo kẻ xấu sang Campuchia làm thuê trái phép. Ông Hakim Ysa Ly, Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh, đề nghị tăng cường tuyên truyền pháp luật bằng tiếng Chăm tại các thánh đường ở xã Khánh Bình.
Đại úy Lê Thị Thu Trang, Trợ lý Vận động quần chúng Phòng Chính trị, thông tin về Luật Biên phòng Việt Nam và Nghị định số 02/2022/NĐ-CP của Chính phủ quy định chi tiết một số điều của luật này; đồng thời hướng dẫn thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Kết luận hội nghị, Đại tá Nguyễn Văn Tiến cảm ơn những đóng góp của người có uy tín; đề nghị tiếp tục thực hiện Chỉ thị số 19-CT/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc, tôn giáo khu vực biên giới, gắn với phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới".
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng giấy khen cho 18 người có uy tín và chức sắc tôn giáo có thành tích xuất sắc; tặng mỗi đại biểu 1 phần quà trị giá 500.000 đồng. Đồng chí Chau Ty đề nghị các đồn biên phòng duy trì thường xuyên việc thăm hỏi người có uy tín, kịp thời nắm bắt tâm tư, nguyện vọng, phản ánh của đồng bào các dân tộc, tôn giáo vùng biên.
Trước đó, trong năm 2022, các đồn biên phòng trên địa bàn phường Nhơn Hưng, xã Vĩnh Xương đã phối hợp với các chùa Khmer tổ chức Tết Chôl Chnăm Thmây, lễ Sene Dolta an toàn, tiết kiệm, trao hàng trăm phần quà cho bà con nghèo.
Thanh Hưng
Xem thêm
- Đồn Biên phòng Vĩnh Hội Đông trao 2 căn nhà Đồng đội (25/09/2022)
- Tịnh Biên: ra mắt mô hình "Sóc biên giới bình yên" (15/09/2022)
- Bộ đội Biên phòng tỉnh tập huấn nghiệp vụ dân vận (30/08/2022)
""", "2022-10-06", "Biên phòng An Giang gặp mặt 150 người có uy tín, chức sắc tôn giáo vùng biên",
E("hoi_nghi", "2022", "2022-10-05"),
[P("Nguyễn Văn Tiến", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Chau Ty", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Phia", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Chau Sóc Hên", "Hòa thượng", "Trụ trì chùa Soài Chek", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Hakim Ysa Ly", "Ủy viên Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Lê Thị Thu Trang", "Đại úy", "Trợ lý Vận động quần chúng Phòng Chính trị")],
[Q("khoảng 150 đại biểu", 150, "đại biểu", "approx"), Q("13 xã, phường, thị trấn biên giới", 13, "xã, phường, thị trấn biên giới"),
 Q("87 nguồn tin", 87, "nguồn tin"), Q("29 vụ xuất nhập cảnh trái phép", 29, "vụ xuất nhập cảnh trái phép"),
 Q("16 vụ mâu thuẫn", 16, "vụ mâu thuẫn"), Q("3.150 hộ", 3150, "hộ"), Q("64 tổ tự quản đường biên", 64, "tổ tự quản đường biên"),
 Q("412 thành viên", 412, "thành viên"), Q("12 lớp dạy chữ Khmer hè", 12, "lớp dạy chữ Khmer hè"),
 Q("khoảng 600 em", 600, "em", "approx"), Q("18 người có uy tín và chức sắc tôn giáo", 18, "người có uy tín và chức sắc tôn giáo"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "02", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2022/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "19", "CT/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 15/3/2021")],
[prov("An Giang"), com("Khánh Bình"), com("Nhơn Hưng"), com("Vĩnh Xương")],
["AN GIANG ONLINE - Cổng thông tin điện tử Báo An Giang", "Thời sự > Quốc phòng - An ninh", "Quang cảnh buổi gặp mặt.",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "Hội Đoàn kết sư sãi yêu nước tỉnh",
 "Luật Biên phòng Việt Nam", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Chôl Chnăm Thmây", "Sene Dolta"],
["06/10/2022 - 10:05", "năm 2022", "1 phần quà", "hàng trăm phần quà"]))

PAGES.append(page("b3525-langson-bdv-bchqs-tongket-2023", """
Báo Lạng Sơn điện tử
Chính trị | Dân vận
Thứ Ba, 26/12/2023 - 16:00
Toàn cảnh hội nghị. Ảnh: Hoàng Nam
Quân - dân Lạng Sơn chung sức xây dựng "thế trận lòng dân"
LSO - Ngày 25/12/2023, Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh tổ chức hội nghị tổng kết thực hiện Quy chế phối hợp công tác dân vận năm 2023. Dự hội nghị có đồng chí Hoàng Thị Mai Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Vi Văn Thịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; Đại tá Lăng Văn Quyết, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Năm 2023, lực lượng vũ trang tỉnh đã tham gia giúp nhân dân trên 17.500 ngày công; làm mới, sửa chữa 46,3 km đường giao thông nông thôn, 12 km kênh mương; xây dựng 14 nhà đồng đội, nhà tình nghĩa với kinh phí hơn 980 triệu đồng. Các đơn vị nhận đỡ đầu 22 xã xây dựng nông thôn mới, trong đó xã Tân Thanh, xã Thụy Hùng được công nhận đạt chuẩn nông thôn mới nâng cao.
Thực hiện Kế hoạch số 163-KH/TU ngày 10/02/2023 của Ban Thường vụ Tỉnh ủy, các đồn biên phòng, ban chỉ huy quân sự huyện đã phân công 258 cán bộ, đảng viên về sinh hoạt tại 231 chi bộ thôn, bản khu vực biên giới; duy trì 35 mô hình "Dân vận khéo" của lực lượng vũ trang, trong đó có 6 mô hình cấp tỉnh.
Tại hội nghị, các ý kiến tham luận của Trung tá Nông Văn Hào, Chính trị viên Ban Chỉ huy Quân sự huyện Cao Lộc; Thiếu tá Hoàng Thị Thúy, Trợ lý Dân vận Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh; đồng chí Lương Văn Tình, HUV, Trưởng Ban Dân vận Huyện ủy Văn Lãng, làm rõ cách làm hay trong vận động nhân dân hiến đất làm đường, bảo vệ mốc giới. Ông Hoàng Văn Tằng, Bí thư Chi bộ kiêm Trưởng thôn Nà Lầm, xã Thụy Hùng, chia sẻ: "Có bộ đội cùng làm, dân bản tin lắm, hiến đất không tính toán".
Phát biểu, đồng chí Hoàng Thị Mai Lan đánh giá cao sự phối hợp theo Quy chế số 05-QC/BDVTU-ĐUQS, đề nghị năm 2024 tiếp tục thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về công tác dân vận trong tình hình mới, Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương và cuộc vận động "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Hội nghị ký kết chương trình phối hợp giai đoạn 2024 - 2026. Ban Dân vận Tỉnh ủy tặng giấy khen cho 7 tập thể và 10 cá nhân.
Theo đánh giá chung, sau nhiều năm thực hiện quy chế phối hợp, công tác dân vận của lực lượng vũ trang tỉnh đã chuyển biến rõ nét cả về nhận thức và hành động; mối quan hệ quân dân ngày càng gắn bó; nhiều thôn, bản vùng biên đã trở thành "pháo đài" vững chắc, góp phần giữ vững chủ quyền, an ninh biên giới quốc gia.
Hoàng Nam
Tin liên quan
- Đồn Biên phòng Chi Ma trao 30 suất quà cho học sinh (20/12/2023)
- Giao ban công tác dân vận quý III năm 2023 (05/10/2023)
- Ra mắt mô hình "Đồn Biên phòng cùng bản" (20/09/2023)
""", "2023-12-26", "Quân - dân Lạng Sơn chung sức xây dựng \"thế trận lòng dân\"",
E("tong_ket", "2023", "2023-12-25"),
[P("Hoàng Thị Mai Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Thịnh", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Lăng Văn Quyết", "Đại tá", "Phó Bí thư Thường trực Đảng ủy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Nông Văn Hào", "Trung tá", "Chính trị viên Ban Chỉ huy Quân sự huyện Cao Lộc"),
 P("Hoàng Thị Thúy", "Thiếu tá", "Trợ lý Dân vận Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Lương Văn Tình", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Lãng"),
 P("Hoàng Văn Tằng", "Bí thư Chi bộ kiêm Trưởng thôn Nà Lầm")],
[Q("trên 17.500 ngày công", 17500, "ngày công", "over"), Q("46,3 km", 46.3, "km"), Q("12 km", 12, "km"),
 Q("14 nhà đồng đội, nhà tình nghĩa", 14, "nhà đồng đội, nhà tình nghĩa"), Q("hơn 980 triệu đồng", 980000000, "đồng", "over"),
 Q("22 xã", 22, "xã"), Q("258 cán bộ, đảng viên", 258, "cán bộ, đảng viên"), Q("231 chi bộ thôn, bản", 231, "chi bộ thôn, bản"),
 Q("35 mô hình", 35, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("7 tập thể", 7, "tập thể"), Q("10 cá nhân", 10, "cá nhân")],
[D("Kế hoạch", "163", "KH/TU", "2023-02-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 163-KH/TU ngày 10/02/2023"),
 D("Quy chế", "05", "QC/BDVTU-ĐUQS", None, None, "Quy chế số 05-QC/BDVTU-ĐUQS"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Thụy Hùng")],
["Báo Lạng Sơn điện tử", "Chính trị | Dân vận", "Toàn cảnh hội nghị. Ảnh: Hoàng Nam", "LSO", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "thế trận lòng dân"],
["Thứ Ba, 26/12/2023 - 16:00", "năm 2023", "năm 2024", "giai đoạn 2024 - 2026"]))

PAGES.append(page("b3526-thanhhoa-duqs-baocao-2023", """
BỘ CHỈ HUY QUÂN SỰ TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Công tác đảng, công tác chính trị / Dân vận
Ngày đăng: 21-07-2023 08:30
Kết quả công tác dân vận 6 tháng đầu năm 2023 của lực lượng vũ trang tỉnh
Trích Báo cáo số 415-BC/ĐU ngày 17/7/2023 của Đảng ủy Quân sự tỉnh về kết quả lãnh đạo thực hiện công tác dân vận 6 tháng đầu năm 2023, phương hướng, nhiệm vụ 6 tháng cuối năm.
Ảnh minh họa: Bộ đội giúp dân xã Trung Lý làm đường.
1. Kết quả nổi bật
Quán triệt Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương, Chỉ thị số 24-CT/TU ngày 15/02/2022 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số và miền núi, Đảng ủy Quân sự tỉnh đã chỉ đạo các cơ quan, đơn vị làm tốt công tác dân vận, đặc biệt là phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới".
6 tháng, lực lượng vũ trang tỉnh Thanh Hóa đã giúp nhân dân 21.340 ngày công, làm mới 28,6 km và sửa chữa 40 km đường giao thông nông thôn; nạo vét 55 km kênh mương; xây dựng, bàn giao 19 nhà đồng đội, nhà tình nghĩa với tổng kinh phí hơn 1,5 tỷ đồng. Các đồn biên phòng tuyến biên giới Việt Nam - Lào nhận đỡ đầu 47 học sinh theo chương trình "Nâng bước em tới trường", mỗi em 500 nghìn đồng mỗi tháng. 100% ban chỉ huy quân sự cấp huyện có mô hình "Dân vận khéo"; toàn lực lượng có 73 mô hình.
Ban Chỉ huy Quân sự huyện Mường Lát phối hợp với xã Trung Lý, xã Pù Nhi vận động 124 hộ người Mông định canh, định cư; phối hợp giải quyết 8/9 vụ việc khiếu kiện liên quan đất đai ngay từ cơ sở.
2. Hạn chế
Một số đơn vị chưa chủ động trong nắm tình hình; việc sinh hoạt của cán bộ quân sự tại chi bộ thôn, bản có nơi còn hình thức; công tác tuyên truyền trên không gian mạng chưa đồng đều.
3. Phương hướng 6 tháng cuối năm
Tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; tổ chức "Tháng dân vận" của lực lượng vũ trang; phấn đấu giúp dân ít nhất 15.000 ngày công, xây dựng 12 nhà đồng đội.
Thường trực Đảng ủy Quân sự tỉnh có Đại tá Lê Văn Thọ, Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh, và Đại tá Trần Quang Huy, Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Đồng chí Hà Văn Khải, Trưởng Ban Dân vận Huyện ủy Mường Lát, và Thiếu tá Lò Thị Xuân, Trợ lý Dân vận Ban Chỉ huy Quân sự huyện Quan Sơn, được biểu dương trong báo cáo.
Phòng Chính trị
Lượt truy cập: 1.288.402
Các tin khác
- Lực lượng vũ trang tỉnh Thanh Hóa ra quân "Tháng dân vận" (10/07/2023)
- Trao 3 nhà đồng đội ở Bá Thước (20/06/2023)
- Hội thi "Dân vận khéo" cấp tỉnh (05/06/2023)
""", "2023-07-21", "Kết quả công tác dân vận 6 tháng đầu năm 2023 của lực lượng vũ trang tỉnh",
E("bao_cao", "2023-H1", "2023-07-17"),
[P("Lê Văn Thọ", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Trần Quang Huy", "Đại tá", "Phó Bí thư Đảng ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hà Văn Khải", "Trưởng Ban Dân vận Huyện ủy Mường Lát"),
 P("Lò Thị Xuân", "Thiếu tá", "Trợ lý Dân vận Ban Chỉ huy Quân sự huyện Quan Sơn")],
[Q("21.340 ngày công", 21340, "ngày công"), Q("28,6 km", 28.6, "km"), Q("40 km", 40, "km"), Q("55 km", 55, "km"),
 Q("19 nhà đồng đội, nhà tình nghĩa", 19, "nhà đồng đội, nhà tình nghĩa"), Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"),
 Q("47 học sinh", 47, "học sinh"), Q("500 nghìn đồng", 500000, "đồng"), Q("100%", 100, "%"), Q("73 mô hình", 73, "mô hình"),
 Q("124 hộ người Mông", 124, "hộ người Mông"), Q("8/9 vụ việc khiếu kiện", 8, "vụ việc khiếu kiện"),
 Q("ít nhất 15.000 ngày công", 15000, "ngày công", "over"), Q("12 nhà đồng đội", 12, "nhà đồng đội")],
[D("Báo cáo", "415", "BC/ĐU", "2023-07-17", "Đảng ủy Quân sự tỉnh", "Báo cáo số 415-BC/ĐU ngày 17/7/2023"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Chỉ thị", "24", "CT/TU", "2022-02-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 24-CT/TU ngày 15/02/2022"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["BỘ CHỈ HUY QUÂN SỰ TỈNH THANH HÓA - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Công tác đảng, công tác chính trị / Dân vận",
 "Ảnh minh họa: Bộ đội giúp dân xã Trung Lý làm đường.", "Quân đội chung sức xây dựng nông thôn mới", "Nâng bước em tới trường",
 "Dân vận khéo", "Tháng dân vận", "Phòng Chính trị", "Lượt truy cập: 1.288.402"],
["Ngày đăng: 21-07-2023 08:30", "6 tháng đầu năm 2023", "6 tháng cuối năm", "1. Kết quả nổi bật", "2. Hạn chế", "3. Phương hướng", "Lượt truy cập: 1.288.402"]))
