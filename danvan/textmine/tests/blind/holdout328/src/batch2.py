from lib import *
PAGES = []

PAGES.append(page("b7835-daklak-bdv-traoqua-2017", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Tin tức | Hoạt động dân vận
Thứ Hai, 24/07/2017, 10:15
Trao 300 suất quà cho gia đình chính sách đồng bào dân tộc thiểu số
Nhân kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017), từ ngày 19 - 21/7, đoàn công tác Ban Dân vận Tỉnh ủy Đắk Lắk do đồng chí H'Luyến Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà các gia đình chính sách là đồng bào dân tộc thiểu số tại các huyện Cư M'gar, Buôn Đôn và Krông Bông.
Đồng chí H'Luyến Niê trao quà cho gia đình chính sách tại buôn Ea Kmar.
Tại xã Ea Tul, đoàn đến thăm gia đình thương binh Y Khoa Byă và bà H'Dơn Êban, vợ liệt sĩ, hiện sống một mình trong căn nhà sàn cũ. Ông Y Bhin Mlô, Chủ tịch UBND xã Ea Tul cho biết, xã đang vận động xây dựng nhà tình nghĩa tặng bà trước mùa mưa. Già làng Ama H'Rin ở buôn Ea Kmar bày tỏ: bà con trong buôn luôn nhớ ơn các anh hùng liệt sĩ đã hy sinh để buôn làng có cuộc sống yên vui hôm nay.
Tại xã Krông Na, đoàn thăm hỏi ông Điểu Klưng, người dân tộc M'nông, thương binh hạng 3/4, từng tham gia đánh đồn Buôn Đôn năm 1973. Ông Điểu Klưng tâm sự, nhờ được hỗ trợ 2 con bò giống, gia đình ông đã có thêm thu nhập, các con đều đi học đầy đủ.
Dịp này, đoàn đã trao tổng cộng 300 suất quà, mỗi suất gồm 500.000 đồng tiền mặt và một chăn len, tổng trị giá 195 triệu đồng; trao 5 sổ tiết kiệm, mỗi sổ trị giá 10 triệu đồng cho các thân nhân liệt sĩ già yếu, cô đơn. Kinh phí do cán bộ, công chức khối dân vận, các doanh nghiệp và nhà hảo tâm đóng góp.
Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh Đắk Lắk có hơn 10.400 liệt sĩ và 4.120 thương binh, trong đó khoảng 17% là người đồng bào dân tộc thiểu số. Năm 2017, tỉnh khởi công 60 nhà tình nghĩa, trong đó 24 nhà cho đồng bào Êđê, M'nông, Gia Rai; mỗi nhà được hỗ trợ 50 triệu đồng.
Đồng chí H'Luyến Niê đề nghị cấp ủy, chính quyền các địa phương quán triệt Chỉ thị số 14-CT/TW ngày 19/7/2017 của Ban Bí thư về tiếp tục tăng cường sự lãnh đạo của Đảng đối với công tác người có công với cách mạng; khối dân vận thực hiện tốt Công văn số 215-CV/BDVTU của Ban Dân vận Tỉnh ủy về vận động nhân dân tham gia phong trào "Đền ơn đáp nghĩa", chăm lo để không gia đình chính sách nào bị thiếu đói, thiếu nhà ở.
Cùng đi với đoàn có ông Y Thuăn Ayŭn, Phó Trưởng Ban Dân vận Tỉnh ủy và bà Nay H'Bla, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
H'Xuân
Tin liên quan
- Lễ viếng Nghĩa trang liệt sĩ tỉnh nhân 70 năm Ngày Thương binh - Liệt sĩ (26/07/2017)
- Khánh thành 12 nhà tình nghĩa tại huyện Ea Súp (18/07/2017)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (30/06/2017)
""", "2017-07-24", "Trao 300 suất quà cho gia đình chính sách đồng bào dân tộc thiểu số",
E("trao_qua", None, "2017-07-19"),
[P("H'Luyến Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khoa Byă", "thương binh"),
 P("H'Dơn Êban", "vợ liệt sĩ"),
 P("Y Bhin Mlô", "Chủ tịch UBND xã Ea Tul"),
 P("Ama H'Rin", "Già làng"),
 P("Điểu Klưng", "thương binh hạng 3/4"),
 P("Y Thuăn Ayŭn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay H'Bla", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("300 suất quà", 300, "suất quà"), Q("2 con bò giống", 2, "con bò giống"), Q("500.000 đồng", 500000, "đồng"),
 Q("195 triệu đồng", 195000000, "đồng"), Q("5 sổ tiết kiệm", 5, "sổ tiết kiệm"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("hơn 10.400 liệt sĩ", 10400, "liệt sĩ", "over"), Q("4.120 thương binh", 4120, "thương binh"),
 Q("khoảng 17%", 17, "%", "approx"), Q("60 nhà tình nghĩa", 60, "nhà tình nghĩa"), Q("24 nhà", 24, "nhà"),
 Q("50 triệu đồng", 50000000, "đồng")],
[D("Chỉ thị", "14", "CT/TW", "2017-07-19", "Ban Bí thư", "Chỉ thị số 14-CT/TW ngày 19/7/2017"),
 D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Krông Na")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Tin tức | Hoạt động dân vận",
 "Đồng chí H'Luyến Niê trao quà cho gia đình chính sách tại buôn Ea Kmar.", "buôn Ea Kmar", "Đền ơn đáp nghĩa", "đồn Buôn Đôn"],
["Thứ Hai, 24/07/2017, 10:15", "70 năm", "27/7/1947 - 27/7/2017", "thương binh hạng 3/4", "năm 1973", "Năm 2017"]))

PAGES.append(page("b7836-longan-hu-doithoai-2018", """
Báo Long An Online
Chính trị > Xây dựng Đảng
Cập nhật ngày: 15/08/2018
Bí thư Huyện ủy Cần Giuộc đối thoại với người có công
Chiều 13/8, Huyện ủy Cần Giuộc, tỉnh Long An tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với người có công với cách mạng, thân nhân liệt sĩ năm 2018. Đồng chí Nguyễn Văn Út, Tỉnh ủy viên, Bí thư Huyện ủy Cần Giuộc chủ trì đối thoại. Cùng dự có Chủ tịch UBND huyện Phạm Thanh Sơn; Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Võ Thị Ngọc Điệp và hơn 200 người có công, thân nhân liệt sĩ đến từ 15 xã, thị trấn.
Quang cảnh buổi đối thoại
Mở đầu hội nghị, bà Võ Thị Ngọc Điệp thông tin, buổi đối thoại được tổ chức theo Kế hoạch số 78-KH/HU ngày 02/7/2018 của Ban Thường vụ Huyện ủy, nhằm thực hiện Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền. Huyện hiện có 2.486 người có công đang hưởng trợ cấp, mỗi tháng chi trả hơn 3,1 tỷ đồng theo Nghị định số 70/2017/NĐ-CP của Chính phủ; 98,5% hộ gia đình người có công có mức sống từ trung bình trở lên.
Tại hội nghị, có 18 ý kiến được nêu lên. Ông Trần Văn Chín, thương binh 4/4, ngụ ấp Kim Điền, xã Tân Kim, phản ánh hồ sơ đề nghị hưởng chế độ bệnh binh của ông đã nộp hơn một năm nhưng chưa có kết quả. Bà Nguyễn Thị Hai ở xã Long Hậu hỏi về việc hỗ trợ sửa chữa nhà cho vợ liệt sĩ đang sống cô đơn. Ông Lê Văn Tám, Chủ tịch Hội Cựu chiến binh xã Phước Lâm, kiến nghị sớm nâng cấp nhà bia ghi danh liệt sĩ của xã đã xuống cấp.
Trả lời các ý kiến, ông Phạm Thanh Sơn cho biết, toàn huyện còn 47 hồ sơ tồn đọng đề nghị xác nhận liệt sĩ, thương binh, người hoạt động kháng chiến bị nhiễm chất độc hóa học; huyện đã chỉ đạo Phòng Lao động - Thương binh và Xã hội rà soát, phấn đấu giải quyết xong trong quý IV/2018. Riêng nhà bia xã Phước Lâm sẽ được tu bổ với kinh phí khoảng 450 triệu đồng từ ngân sách huyện và nguồn vận động.
Bà Lê Thị Thu Ba, Trưởng phòng Lao động - Thương binh và Xã hội huyện giải đáp trực tiếp các vướng mắc về chế độ bảo hiểm y tế, trợ cấp một lần và điều dưỡng phục hồi sức khỏe.
Kết luận đối thoại, đồng chí Nguyễn Văn Út cho biết 12 ý kiến đã được giải đáp tại hội nghị, 6 ý kiến còn lại giao các cơ quan chuyên môn trả lời bằng văn bản trước ngày 15/9. Đồng chí yêu cầu các xã, thị trấn không để người có công phải đi lại nhiều lần, mỗi tháng tổ chức ít nhất 1 buổi tiếp dân dành riêng cho đối tượng chính sách.
Dịp này, Huyện ủy tặng 30 phần quà cho thương binh nặng, thân nhân liệt sĩ có hoàn cảnh khó khăn, mỗi phần 1 triệu đồng.
Ngọc Mến
Tin liên quan
- Cần Đước: thăm, tặng quà Mẹ Việt Nam anh hùng (26/07/2018)
- Long An trao 100 căn nhà tình nghĩa (20/07/2018)
- Đối thoại với nông dân về chính sách đất đai (05/06/2018)
""", "2018-08-15", "Bí thư Huyện ủy Cần Giuộc đối thoại với người có công",
E("doi_thoai", "2018", "2018-08-13"),
[P("Nguyễn Văn Út", "Tỉnh ủy viên", "Bí thư Huyện ủy Cần Giuộc"),
 P("Phạm Thanh Sơn", "Chủ tịch UBND huyện"),
 P("Võ Thị Ngọc Điệp", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Chín", "thương binh 4/4"),
 P("Nguyễn Thị Hai"),
 P("Lê Văn Tám", "Chủ tịch Hội Cựu chiến binh xã Phước Lâm"),
 P("Lê Thị Thu Ba", "Trưởng phòng Lao động - Thương binh và Xã hội huyện")],
[Q("hơn 200 người có công, thân nhân liệt sĩ", 200, "người có công, thân nhân liệt sĩ", "over"),
 Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("2.486 người có công", 2486, "người có công"),
 Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("98,5%", 98.5, "%"), Q("18 ý kiến", 18, "ý kiến"),
 Q("47 hồ sơ", 47, "hồ sơ"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"),
 Q("12 ý kiến", 12, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"), Q("30 phần quà", 30, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "78", "KH/HU", "2018-07-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 78-KH/HU ngày 02/7/2018"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "70", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 70/2017/NĐ-CP")],
[prov("Long An"), com("Tân Kim"), com("Long Hậu"), com("Phước Lâm")],
["Báo Long An Online", "Chính trị > Xây dựng Đảng", "Quang cảnh buổi đối thoại", "ấp Kim Điền"],
["Cập nhật ngày: 15/08/2018", "năm 2018", "thương binh 4/4", "quý IV/2018", "15/9", "hơn một năm", "ít nhất 1 buổi tiếp dân"]))

PAGES.append(page("b7837-quangnam-sldtbxh-taphuan-2018", """
QUẢNG NAM ONLINE - Báo Quảng Nam điện tử
Xã hội » Chính sách
21/11/2018 - 15:05
Ảnh: Học viên thực hành lấy mẫu sinh phẩm tại lớp tập huấn.
Nâng cao kỹ năng thu thập thông tin mộ liệt sĩ cho cán bộ cơ sở
(QNO) - Trong 2 ngày 19 và 20/11, Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam tổ chức lớp tập huấn nghiệp vụ thu thập thông tin về mộ liệt sĩ, lấy mẫu sinh phẩm phục vụ giám định ADN năm 2018 cho 180 học viên là cán bộ làm công tác người có công của 18 huyện, thị xã, thành phố và 241 xã, phường, thị trấn trong tỉnh.
Phát biểu khai mạc, ông Nguyễn Văn Lập, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết, Quảng Nam là địa phương có số liệt sĩ lớn nhất cả nước với hơn 63.000 liệt sĩ. Hiện các nghĩa trang trên địa bàn còn khoảng 3.400 mộ liệt sĩ chưa xác định được thông tin. Từ năm 2016 đến nay, tỉnh đã lấy được 126 mẫu sinh phẩm hài cốt liệt sĩ và thân nhân gửi giám định, xác định danh tính thành công 19 trường hợp.
Tại lớp tập huấn, TS. Hoàng Minh Đức, Phó Giám đốc Trung tâm Giám định ADN thuộc Viện Pháp y quân đội, hướng dẫn quy trình lấy mẫu, bảo quản mẫu sinh phẩm; ThS. Nguyễn Thị Quý, Trưởng phòng Người có công Sở Lao động - Thương binh và Xã hội, phổ biến Quyết định số 150/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án xác định hài cốt liệt sĩ còn thiếu thông tin và Hướng dẫn số 2056/HD-SLĐTBXH ngày 08/10/2018 về thu thập, cập nhật dữ liệu liệt sĩ, mộ liệt sĩ, nghĩa trang liệt sĩ.
Trung tá Zơ Râm Thơm, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh thông tin về kết quả quy tập của Đội K56; từ đầu năm 2018 đến nay, Đội đã quy tập được 42 hài cốt liệt sĩ ở Lào và trên địa bàn các huyện miền núi.
Nhiều học viên chia sẻ khó khăn trong việc xác minh thông tin do thân nhân liệt sĩ tuổi đã cao, giấy tờ thất lạc. Chị Bríu Thị Ngọc, công chức Lao động - Thương binh và Xã hội xã A Tiêng cho biết, xã có nhiều liệt sĩ là người Cơ Tu hy sinh trong kháng chiến nhưng chỉ có tên gọi, không có họ, nên việc đối chiếu rất khó. Ông Alăng Văn Bơ, Trưởng thôn Agrồng, kể lại nhiều lần dẫn đường cho đội quy tập lên các điểm cao.
Học viên được thực hành trực tiếp tại Nghĩa trang liệt sĩ xã Duy Sơn. Theo Kế hoạch số 5830/KH-UBND ngày 15/10/2018 của UBND tỉnh, từ nay đến năm 2020, tỉnh phấn đấu lấy thêm ít nhất 300 mẫu sinh phẩm; chi phí giám định khoảng 12 triệu đồng mỗi mẫu do ngân sách trung ương bảo đảm. Các địa phương cũng được đề nghị công khai danh sách mộ liệt sĩ chưa có thông tin tại trụ sở UBND xã, phường An Mỹ và các điểm sinh hoạt cộng đồng để thân nhân tra cứu.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu.
Văn Sự
Tin liên quan
- Xác định danh tính 7 liệt sĩ qua giám định ADN (06/11/2018)
- Đội K56 lên đường làm nhiệm vụ tại Lào (25/10/2018)
- Tây Giang: trao nhà tình nghĩa cho thân nhân liệt sĩ (27/07/2018)
""", "2018-11-21", "Nâng cao kỹ năng thu thập thông tin mộ liệt sĩ cho cán bộ cơ sở",
E("tap_huan", "2018", "2018-11-19"),
[P("Nguyễn Văn Lập", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hoàng Minh Đức", "TS.", "Phó Giám đốc Trung tâm Giám định ADN thuộc Viện Pháp y quân đội"),
 P("Nguyễn Thị Quý", "ThS.", "Trưởng phòng Người có công Sở Lao động - Thương binh và Xã hội"),
 P("Zơ Râm Thơm", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Bríu Thị Ngọc", "công chức Lao động - Thương binh và Xã hội xã A Tiêng"),
 P("Alăng Văn Bơ", "Trưởng thôn Agrồng")],
[Q("180 học viên", 180, "học viên"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"),
 Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"), Q("hơn 63.000 liệt sĩ", 63000, "liệt sĩ", "over"),
 Q("khoảng 3.400 mộ liệt sĩ", 3400, "mộ liệt sĩ", "approx"), Q("126 mẫu sinh phẩm", 126, "mẫu sinh phẩm"),
 Q("19 trường hợp", 19, "trường hợp"), Q("42 hài cốt liệt sĩ", 42, "hài cốt liệt sĩ"),
 Q("ít nhất 300 mẫu sinh phẩm", 300, "mẫu sinh phẩm", "over"), Q("khoảng 12 triệu đồng", 12000000, "đồng", "approx"),
 Q("100%", 100, "%")],
[D("Quyết định", "150", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 150/QĐ-TTg"),
 D("Hướng dẫn", "2056", "HD-SLĐTBXH", "2018-10-08", None, "Hướng dẫn số 2056/HD-SLĐTBXH ngày 08/10/2018"),
 D("Kế hoạch", "5830", "KH-UBND", "2018-10-15", "UBND tỉnh", "Kế hoạch số 5830/KH-UBND ngày 15/10/2018")],
[prov("Quảng Nam"), com("A Tiêng"), com("Duy Sơn"), com("An Mỹ")],
["QUẢNG NAM ONLINE - Báo Quảng Nam điện tử", "Xã hội » Chính sách", "(QNO)",
 "Ảnh: Học viên thực hành lấy mẫu sinh phẩm tại lớp tập huấn.", "Đề án xác định hài cốt liệt sĩ còn thiếu thông tin",
 "Đội K56", "thôn Agrồng", "Nghĩa trang liệt sĩ xã Duy Sơn"],
["21/11/2018 - 15:05", "2 ngày", "năm 2018", "Từ năm 2016", "năm 2020", "Đội K56"]))

PAGES.append(page("b7838-kontum-bcd515-giaoban-2019", """
KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum
Vị trí: Trang chủ >> Quốc phòng - An ninh
Thứ Ba, 08/10/2019 - 17:10
Thêm 23 hài cốt liệt sĩ được đưa về đất mẹ
Ngày 7/10, Ban Chỉ đạo 515 tỉnh Kon Tum tổ chức giao ban đánh giá công tác tìm kiếm, quy tập hài cốt liệt sĩ quý III/2019, triển khai nhiệm vụ quý IV. Đồng chí A Pới, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 515 tỉnh chủ trì giao ban.
Đồng chí A Pới phát biểu chỉ đạo tại buổi giao ban.
Theo báo cáo của Cơ quan Thường trực Ban Chỉ đạo, trong quý III, Đội K53 đã phối hợp với lực lượng vũ trang tỉnh Attapư (Lào) và các huyện biên giới tổ chức tìm kiếm, quy tập được 23 hài cốt liệt sĩ; lũy kế 9 tháng quy tập 61 hài cốt, đạt 76,25% kế hoạch năm. Ban Chỉ đạo đã tiếp nhận và xử lý 18 thông tin về mộ liệt sĩ, tổ chức khảo sát trên 60 ha địa bàn rừng núi hiểm trở, kinh phí thực hiện trong quý 1,25 tỷ đồng.
Đại tá Đào Văn Hợp, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo cho biết, tại khu vực giáp ranh xã Mô Rai, Đội đã phát hiện 9 hài cốt liệt sĩ trong cùng một khu vực chiến đấu cũ nhờ thông tin của già làng A Blép, người dân tộc Rơ Măm. Thiếu tá Y Kim, Phó Đội trưởng Đội K53 cho biết cán bộ, chiến sĩ thường phải đi bộ nhiều ngày, mang vác dụng cụ, lương thực vượt suối để đến điểm khảo sát.
Tại buổi giao ban, các đồng chí A Thiết, Y Đố - Ủy viên Ban Chỉ đạo 515 tỉnh đề nghị tăng cường tuyên truyền trong đồng bào dân tộc thiểu số ở các thôn, làng vùng sâu để bà con chủ động cung cấp thông tin. Ông Nguyễn Hữu Tài, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, báo cáo việc chuẩn bị an táng các hài cốt tại Nghĩa trang liệt sĩ tỉnh và lấy mẫu ADN đối với 14 hài cốt chưa xác định danh tính.
Kết luận giao ban, đồng chí A Pới đề nghị các thành viên Ban Chỉ đạo thực hiện nghiêm Kế hoạch số 31, 32/KH-BCĐ của Ban Chỉ đạo 515 tỉnh về tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2019 - 2020 và về tổ chức lễ truy điệu, an táng; bảo đảm an toàn tuyệt đối cho lực lượng làm nhiệm vụ trên đất bạn Lào. Trong quý IV, phấn đấu quy tập thêm ít nhất 20 hài cốt liệt sĩ, hoàn thành kế hoạch năm 2019 là 80 hài cốt. Cùng với đó, Thông báo số 145/TB-BCĐ ngày 12/7/2019 của Ban Chỉ đạo 515 tỉnh về phân công nhiệm vụ các thành viên cũng được yêu cầu triển khai nghiêm túc.
Dịp này, đồng chí A Pới trao 5 triệu đồng động viên cán bộ, chiến sĩ Đội K53 và Giấy khen cho 3 tập thể có thành tích trong tìm kiếm, quy tập hài cốt liệt sĩ.
Y Nhung
Tin liên quan
- Lễ tiễn Đội K53 lên đường làm nhiệm vụ tại Lào (25/09/2019)
- Truy điệu, an táng 38 hài cốt liệt sĩ hy sinh tại Lào và Campuchia (05/07/2019)
- Giao ban Ban Chỉ đạo 515 tỉnh quý II/2019 (09/07/2019)
""", "2019-10-08", "Thêm 23 hài cốt liệt sĩ được đưa về đất mẹ",
E("giao_ban", "2019-Q3", "2019-10-07"),
[P("A Pới", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo 515 tỉnh"),
 P("Đào Văn Hợp", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("A Blép", "già làng"),
 P("Y Kim", "Thiếu tá", "Phó Đội trưởng Đội K53"),
 P("A Thiết", "Ủy viên Ban Chỉ đạo 515 tỉnh"),
 P("Y Đố", "Ủy viên Ban Chỉ đạo 515 tỉnh"),
 P("Nguyễn Hữu Tài", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("23 hài cốt liệt sĩ", 23, "hài cốt liệt sĩ"), Q("61 hài cốt", 61, "hài cốt"), Q("76,25%", 76.25, "%"),
 Q("18 thông tin", 18, "thông tin"), Q("trên 60 ha", 60, "ha", "over"), Q("1,25 tỷ đồng", 1250000000, "đồng"),
 Q("9 hài cốt liệt sĩ", 9, "hài cốt liệt sĩ"), Q("14 hài cốt", 14, "hài cốt"),
 Q("ít nhất 20 hài cốt liệt sĩ", 20, "hài cốt liệt sĩ", "over"), Q("80 hài cốt", 80, "hài cốt"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("3 tập thể", 3, "tập thể")],
[D("Kế hoạch", "31", "KH-BCĐ", None, "Ban Chỉ đạo 515 tỉnh", "Kế hoạch số 31, 32/KH-BCĐ"),
 D("Kế hoạch", "32", "KH-BCĐ", None, "Ban Chỉ đạo 515 tỉnh", "Kế hoạch số 31, 32/KH-BCĐ"),
 D("Thông báo", "145", "TB-BCĐ", "2019-07-12", "Ban Chỉ đạo 515 tỉnh", "Thông báo số 145/TB-BCĐ ngày 12/7/2019")],
[prov("Kon Tum"), com("Mô Rai")],
["KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Kon Tum", "Vị trí: Trang chủ >> Quốc phòng - An ninh",
 "Đồng chí A Pới phát biểu chỉ đạo tại buổi giao ban.", "Attapư", "Đội K53", "Ban Chỉ đạo 515", "Nghĩa trang liệt sĩ tỉnh"],
["Thứ Ba, 08/10/2019 - 17:10", "quý III/2019", "quý IV", "9 tháng", "mùa khô 2019 - 2020", "Đội K53", "Ban Chỉ đạo 515", "năm 2019"]))

PAGES.append(page("b7839-hanoi-hgdls-daihoi-2020", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Quận - Huyện | Thạch Thất
11/09/2020 11:20
Huyện Thạch Thất có Hội Gia đình liệt sĩ
(HNM) - Ngày 10/9, Hội Gia đình liệt sĩ huyện Thạch Thất (Hà Nội) tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2020 - 2025. Dự đại hội có Thiếu tướng Hoàng Kim Phụng, Phó Chủ tịch Hội Gia đình liệt sĩ Việt Nam; đồng chí Đỗ Thị Hồng Vân, Thành ủy viên, Bí thư Huyện ủy Thạch Thất cùng 150 đại biểu đại diện cho hơn 3.600 hội viên.
Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Hội Gia đình liệt sĩ huyện được thành lập theo Quyết định số 1538/QĐ-UBND ngày 15/5/2020 của UBND huyện Thạch Thất, hiện có 23 chi hội cơ sở. Dù mới thành lập, Hội đã phối hợp vận động được 1,2 tỷ đồng xây dựng, sửa chữa 17 nhà tình nghĩa, tặng 650 suất quà cho thân nhân liệt sĩ dịp kỷ niệm 73 năm Ngày Thương binh - Liệt sĩ; phối hợp với các cơ quan chức năng cung cấp thông tin, tìm kiếm được mộ của 4 liệt sĩ quê Thạch Thất hy sinh ở chiến trường miền Nam.
Phát biểu tại đại hội, Thiếu tướng Hoàng Kim Phụng đề nghị Hội tập trung phát triển hội viên, phấn đấu đến năm 2025 có trên 95% gia đình liệt sĩ trên địa bàn tham gia sinh hoạt; làm cầu nối giữa thân nhân liệt sĩ với các cơ quan trong việc tìm kiếm, quy tập, xác định danh tính hài cốt liệt sĩ. Đồng chí Đỗ Thị Hồng Vân ghi nhận nhiều thân nhân liệt sĩ tuổi cao nhưng vẫn tích cực tham gia phong trào "Đền ơn đáp nghĩa" và xây dựng nông thôn mới ở các xã Bình Phú, Phùng Xá và thị trấn Liên Quan.
Đại hội đã bầu Ban Chấp hành Hội Gia đình liệt sĩ huyện khóa I gồm 21 ủy viên. Ông Kiều Văn Lập, nguyên Phó Chủ tịch UBND huyện, được bầu giữ chức Chủ tịch Hội Gia đình liệt sĩ huyện Thạch Thất khóa I; các ông Nguyễn Hữu Toàn, Cấn Văn Vinh được bầu làm Phó Chủ tịch Hội. Ban Kiểm tra Hội gồm 5 thành viên do bà Khuất Thị Thanh làm Trưởng ban.
Đại hội thông qua nghị quyết với các chỉ tiêu: hằng năm vận động mỗi chi hội thăm hỏi ít nhất 90% gia đình liệt sĩ khó khăn; phối hợp xác minh thông tin cho tối thiểu 10 liệt sĩ chưa tìm được mộ; tham gia giám sát việc thực hiện chính sách ưu đãi người có công theo Điều lệ Hội Gia đình liệt sĩ Việt Nam.
Ông Kiều Văn Lập xúc động chia sẻ: "Tôi có hai người anh là liệt sĩ, đến nay vẫn chưa tìm được mộ một anh. Tôi hiểu nỗi mong mỏi của các gia đình và sẽ cùng Ban Chấp hành làm hết sức mình".
Thái Sơn
Tin liên quan
- Thạch Thất tri ân người có công nhân 73 năm Ngày Thương binh - Liệt sĩ (25/07/2020)
- Đại hội Đảng bộ huyện Thạch Thất lần thứ XXIV (20/07/2020)
- Hà Nội: trao tặng 2.000 sổ tiết kiệm cho người có công (18/07/2020)
""", "2020-09-11", "Huyện Thạch Thất có Hội Gia đình liệt sĩ",
E("dai_hoi", None, "2020-09-10"),
[P("Hoàng Kim Phụng", "Thiếu tướng", "Phó Chủ tịch Hội Gia đình liệt sĩ Việt Nam"),
 P("Đỗ Thị Hồng Vân", "Thành ủy viên", "Bí thư Huyện ủy Thạch Thất"),
 P("Kiều Văn Lập", "nguyên Phó Chủ tịch UBND huyện", "Chủ tịch Hội Gia đình liệt sĩ huyện Thạch Thất khóa I"),
 P("Nguyễn Hữu Toàn", "Phó Chủ tịch Hội"),
 P("Cấn Văn Vinh", "Phó Chủ tịch Hội"),
 P("Khuất Thị Thanh", "Trưởng ban")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 3.600 hội viên", 3600, "hội viên", "over"), Q("23 chi hội cơ sở", 23, "chi hội cơ sở"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("17 nhà tình nghĩa", 17, "nhà tình nghĩa"), Q("650 suất quà", 650, "suất quà"),
 Q("4 liệt sĩ", 4, "liệt sĩ"), Q("trên 95%", 95, "%", "over"), Q("21 ủy viên", 21, "ủy viên"), Q("5 thành viên", 5, "thành viên"),
 Q("ít nhất 90%", 90, "%", "over"), Q("tối thiểu 10 liệt sĩ", 10, "liệt sĩ")],
[D("Quyết định", "1538", "QĐ-UBND", "2020-05-15", "UBND huyện Thạch Thất", "Quyết định số 1538/QĐ-UBND ngày 15/5/2020")],
[prov("Hà Nội"), com("Bình Phú"), com("Phùng Xá"), com("Liên Quan")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Quận - Huyện | Thạch Thất", "(HNM)",
 "Các đại biểu biểu quyết thông qua nghị quyết đại hội.", "Hội Gia đình liệt sĩ huyện Thạch Thất", "Đền ơn đáp nghĩa",
 "Điều lệ Hội Gia đình liệt sĩ Việt Nam"],
["11/09/2020 11:20", "lần thứ I", "nhiệm kỳ 2020 - 2025", "73 năm", "năm 2025", "khóa I"]))

PAGES.append(page("b7840-cantho-sldtbxh-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện / Văn hóa - Xã hội
2020-07-09 08:30
Cần Thơ: chi hơn 98 tỷ đồng thực hiện chính sách người có công 6 tháng đầu năm
Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ vừa có Báo cáo số 186/BC-SLĐTBXH ngày 06/7/2020 gửi UBND thành phố về kết quả thực hiện chính sách ưu đãi người có công với cách mạng 6 tháng đầu năm 2020.
Ảnh minh họa: Trao nhà tình nghĩa cho gia đình chính sách ở quận Ô Môn.
Theo báo cáo, 6 tháng qua thành phố đã chi trả trợ cấp hằng tháng cho 9.812 người có công và thân nhân với tổng kinh phí hơn 98 tỷ đồng, bảo đảm đúng đối tượng, đủ chế độ. Dịp Tết Nguyên đán Canh Tý, thành phố đã tặng 36.500 suất quà cho người có công và thân nhân liệt sĩ. Trong bối cảnh dịch COVID-19, 100% người có công đang hưởng trợ cấp hằng tháng được hỗ trợ thêm 500.000 đồng/người theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ, với tổng số tiền gần 4,9 tỷ đồng.
Công tác chăm lo nhà ở tiếp tục được quan tâm: các quận, huyện đã xây mới 38 căn nhà tình nghĩa, mỗi căn trị giá 50 triệu đồng, sửa chữa 21 căn; tổ chức điều dưỡng phục hồi sức khỏe cho 1.250 người có công. Quỹ Đền ơn đáp nghĩa các cấp vận động được 3,6 tỷ đồng, đạt 72% kế hoạch năm.
Về công tác mộ liệt sĩ, thành phố đã tiếp nhận, an táng 6 hài cốt liệt sĩ do Đội quy tập của Bộ Chỉ huy Quân sự thành phố tìm thấy tại Campuchia; phối hợp xác định danh tính 5 hài cốt liệt sĩ qua giám định ADN. Các nghĩa trang liệt sĩ thành phố, quận Ô Môn và huyện Vĩnh Thạnh được tu bổ, chỉnh trang với kinh phí khoảng 2,3 tỷ đồng.
Báo cáo cũng chỉ ra một số hạn chế: việc giải quyết 34 hồ sơ tồn đọng còn chậm; một số xã, phường chưa cập nhật kịp thời biến động đối tượng. Tại phường An Khánh và xã Thới Hưng, còn tình trạng chi trả trợ cấp chậm do thay đổi phương thức chi trả qua bưu điện.
6 tháng cuối năm, Sở đề ra các nhiệm vụ: tổ chức chu đáo các hoạt động kỷ niệm 73 năm Ngày Thương binh - Liệt sĩ; phấn đấu giải quyết dứt điểm hồ sơ tồn đọng; hoàn thành bàn giao 20 căn nhà tình nghĩa trước ngày 27/7. Bà Thạch Thị Mỹ Linh, Phó Giám đốc Sở Lao động - Thương binh và Xã hội cho biết Sở sẽ phối hợp với Ủy ban MTTQ Việt Nam thành phố vận động doanh nghiệp hỗ trợ người có công tại xã Trường Xuân và các xã vùng sâu.
Trước đó, ông Phạm Thanh Liêm, Phó Chủ tịch UBND thành phố đã yêu cầu các sở, ngành và quận, huyện không để người có công nào bị bỏ sót chính sách.
Minh Huyền
Các tin khác
- Cần Thơ trao 50 căn nhà tình nghĩa (30/06/2020)
- Thăm, tặng quà Mẹ Việt Nam anh hùng tại huyện Phong Điền (28/06/2020)
- Hỗ trợ người dân gặp khó khăn do COVID-19 (15/05/2020)
""", "2020-07-09", "Cần Thơ: chi hơn 98 tỷ đồng thực hiện chính sách người có công 6 tháng đầu năm",
E("bao_cao", "2020-H1", "2020-07-06"),
[P("Thạch Thị Mỹ Linh", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phạm Thanh Liêm", "Phó Chủ tịch UBND thành phố")],
[Q("hơn 98 tỷ đồng", 98000000000, "đồng", "over"), Q("9.812 người có công và thân nhân", 9812, "người có công và thân nhân"),
 Q("36.500 suất quà", 36500, "suất quà"), Q("100%", 100, "%"), Q("500.000 đồng", 500000, "đồng"),
 Q("gần 4,9 tỷ đồng", 4900000000, "đồng", "approx"), Q("38 căn nhà tình nghĩa", 38, "căn nhà tình nghĩa"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("21 căn", 21, "căn"), Q("1.250 người có công", 1250, "người có công"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("72%", 72, "%"), Q("6 hài cốt liệt sĩ", 6, "hài cốt liệt sĩ"),
 Q("5 hài cốt liệt sĩ", 5, "hài cốt liệt sĩ"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("34 hồ sơ", 34, "hồ sơ"), Q("20 căn nhà tình nghĩa", 20, "căn nhà tình nghĩa")],
[D("Báo cáo", "186", "BC-SLĐTBXH", "2020-07-06", "Sở Lao động - Thương binh và Xã hội thành phố Cần Thơ", "Báo cáo số 186/BC-SLĐTBXH ngày 06/7/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng"), com("Trường Xuân")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Ảnh minh họa: Trao nhà tình nghĩa cho gia đình chính sách ở quận Ô Môn.", "Quỹ Đền ơn đáp nghĩa", "Tết Nguyên đán Canh Tý"],
["2020-07-09 08:30", "6 tháng đầu năm 2020", "COVID-19", "6 tháng cuối năm", "73 năm", "27/7"]))
