from lib import *
PAGES = []

PAGES.append(page("b3323-quangnam-bdv-hoinghi-2020", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban
Thứ Sáu, 03/04/2020 - 09:05
Đồng chí Lê Văn Dũng phát biểu tại điểm cầu tỉnh.
Phát huy sức dân trong cuộc chiến chống dịch COVID-19
Chiều 2/4, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị trực tuyến triển khai công tác dân vận tham gia phòng, chống dịch COVID-19 năm 2020 đến 18 điểm cầu huyện, thị xã, thành phố. Đồng chí Lê Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Hội nghị quán triệt Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch và Hướng dẫn số 28-HD/BDVTW của Ban Dân vận Trung ương về công tác dân vận trong phòng, chống dịch. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 44-KH/BDVTU ngày 30/3/2020, phân công cán bộ Ban phụ trách từng địa bàn.
Theo báo cáo, đến ngày 1/4, toàn tỉnh đã lập 286 chốt kiểm soát dịch, huy động khoảng 4.700 đoàn viên, hội viên, dân quân tham gia trực chốt. Có 1.356 người từ vùng dịch trở về được cách ly tại nhà, 412 người cách ly tập trung tại 6 khu cách ly. Mặt trận các cấp đã tiếp nhận hơn 5,8 tỷ đồng ủng hộ, cùng 64 tấn gạo và 25.000 khẩu trang.
Đại diện huyện miền núi Nam Trà My, bà Hồ Thị Bình, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, huyện đã dịch tài liệu tuyên truyền sang tiếng Xơ Đăng, Ca Dong; các già làng được mời lên loa truyền thanh thôn nói với bà con. Ông Bríu Quân, Bí thư Đảng ủy xã Lăng, huyện Tây Giang, nêu cách làm của người Cơ Tu: mỗi nóc dựng một chòi gác ở đầu làng, cắt cử thanh niên thay nhau trực.
Ông Alăng Thông, già làng thôn Dhơ Rồng, xã Lăng, phát biểu: "Già nói với con cháu, giặc bệnh này không thấy mặt, phải nghe cán bộ, ở nhà thì mới thắng".
Kết luận hội nghị, đồng chí Lê Văn Dũng đề nghị các cấp ủy chỉ đạo khối dân vận nắm chắc tình hình dư luận, kịp thời bác bỏ thông tin sai sự thật trên mạng xã hội; vận động các tôn giáo tạm dừng sinh hoạt đông người; triển khai cuộc vận động "Toàn dân chung sức phòng, chống dịch COVID-19" gắn với phong trào "Dân vận khéo" năm 2020. Đồng chí cũng yêu cầu mỗi cán bộ dân vận phải là một tuyên truyền viên, tuyệt đối không để người dân hoang mang, tích trữ hàng hóa.
Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Hạnh thông tin về việc thành lập nhóm Zalo gồm 240 cán bộ dân vận các cấp để nắm tình hình hằng ngày.
Quốc Tuấn
Lượt xem: 2.011
Tin liên quan
- Tây Giang: già làng vận động bà con ở nhà phòng dịch (29/03/2020)
- Mặt trận tỉnh kêu gọi ủng hộ phòng, chống dịch (20/03/2020)
- Hội An: tình nguyện viên phát khẩu trang miễn phí (12/03/2020)
""", "2020-04-03", "Phát huy sức dân trong cuộc chiến chống dịch COVID-19",
E("hoi_nghi", "2020", "2020-04-02"),
[P("Lê Văn Dũng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Bình", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Bríu Quân", "Bí thư Đảng ủy xã Lăng"),
 P("Alăng Thông", "già làng thôn Dhơ Rồng"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("18 điểm cầu huyện, thị xã, thành phố", 18, "điểm cầu huyện, thị xã, thành phố"),
 Q("286 chốt kiểm soát dịch", 286, "chốt kiểm soát dịch"),
 Q("khoảng 4.700 đoàn viên, hội viên, dân quân", 4700, "đoàn viên, hội viên, dân quân", "approx"),
 Q("1.356 người", 1356, "người"), Q("412 người", 412, "người"),
 Q("6 khu cách ly", 6, "khu cách ly"),
 Q("hơn 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("64 tấn", 64, "tấn"), Q("25.000 khẩu trang", 25000, "khẩu trang"),
 Q("240 cán bộ dân vận", 240, "cán bộ dân vận")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Hướng dẫn", "28", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn số 28-HD/BDVTW"),
 D("Kế hoạch", "44", "KH/BDVTU", "2020-03-30", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 44-KH/BDVTU ngày 30/3/2020")],
[prov("Quảng Nam"), com("Lăng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Vị trí: Trang chủ :: Tin tức :: Hoạt động của Ban",
 "Đồng chí Lê Văn Dũng phát biểu tại điểm cầu tỉnh.", "Toàn dân chung sức phòng, chống dịch COVID-19", "Dân vận khéo", "Lượt xem: 2.011"],
["Thứ Sáu, 03/04/2020 - 09:05", "năm 2020", "Lượt xem: 2.011"]))

PAGES.append(page("b3324-danang-chot-tinhnguyen-2020", """
Báo Đà Nẵng điện tử
Xã hội › Đời sống
2020-08-12 07:30
Nhóm tình nguyện viên tại chốt kiểm soát trên đường Tôn Đức Thắng. Ảnh: X.D
Những "chiến binh áo xanh" ở chốt kiểm soát trong mùa dịch
Hơn hai tuần Đà Nẵng thực hiện giãn cách xã hội, những chốt kiểm soát dịch bệnh trên khắp các phường luôn có bóng áo xanh tình nguyện. Họ là đoàn viên thanh niên, sinh viên, cựu quân nhân và cả những tiểu thương tạm nghỉ bán hàng.
Tại chốt kiểm soát ở tổ 18, phường Hòa Khánh Bắc, quận Liên Chiểu, anh Đặng Quốc Việt, Bí thư Đoàn phường Hòa Khánh Bắc, cho biết phường duy trì 9 chốt với 126 tình nguyện viên chia làm 3 ca, mỗi ca 8 tiếng. "Đêm mưa thì căng bạt ngồi trực, ai cũng ướt nhưng không ai bỏ chốt", Việt nói.
Theo Thành đoàn Đà Nẵng, từ ngày 28/7 đến nay, toàn thành phố có hơn 5.200 đoàn viên, thanh niên tham gia 472 chốt kiểm soát, hỗ trợ lực lượng y tế lấy khoảng 86.000 mẫu xét nghiệm. Chị Huỳnh Thị Phương Thảo, Phó Bí thư Thành đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam thành phố, cho biết Thành đoàn đã phát động chương trình "Tiếp sức chốt chặn" với 1.400 suất ăn mỗi ngày gửi lên các chốt.
Bà con tổ 23 gửi nước uống, bánh mì cho tình nguyện viên trực chốt. Ảnh: X.D
Ở phường Hòa Minh, nhóm "Bếp ấm tình nguyện" của chị Nguyễn Thị Thu Sương, một tiểu thương chợ Hòa Minh, mỗi ngày nấu khoảng 300 suất cơm. Nguyên liệu do bà con trong tổ góp, có hôm nhận được cả 50 kg gạo và nhiều thùng rau. Chị Sương chia sẻ: "Mình không làm được việc lớn thì góp bữa cơm".
Ông Trần Văn Thiện, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh, cho biết trong đợt dịch, Mặt trận phường đã vận động hơn 320 triệu đồng và 7 tấn gạo, hỗ trợ 840 hộ khó khăn, mỗi hộ 10 kg gạo và 500.000 đồng.
Công việc ở chốt không chỉ là dừng xe, kiểm tra giấy đi đường. Các tình nguyện viên còn đo thân nhiệt, hướng dẫn người dân khai báo y tế qua ứng dụng, nhận hàng hóa do người thân gửi vào khu phong tỏa rồi chuyển đến từng nhà. Có những trường hợp người dân bức xúc, to tiếng vì không được qua chốt, các bạn trẻ phải kiên nhẫn giải thích, gọi điện cho tổ trưởng dân phố để xác minh.
Nhiều tình nguyện viên cũng là những người vừa hoàn thành thời gian cách ly. Em Y Đức, sinh viên người Ba Na quê Kon Tum, học tại Đại học Đà Nẵng, không về quê được, đã xin vào đội tình nguyện ở chốt ký túc xá. "Ở lại giúp được gì thì giúp", Y Đức nói.
Theo Ban Thường vụ Thành đoàn, sau đợt dịch, thành phố sẽ biểu dương 100 tình nguyện viên tiêu biểu tại các chốt kiểm soát và khu cách ly.
Xuân Dũng
Bình luận (12)
Tin cùng chuyên mục
- Đà Nẵng: hơn 1.000 suất cơm miễn phí mỗi ngày cho khu cách ly (10/08/2020)
- Sinh viên tình nguyện nhập liệu tờ khai y tế (06/08/2020)
- "ATM gạo" xuất hiện tại quận Hải Châu (03/08/2020)
""", "2020-08-12", 'Những "chiến binh áo xanh" ở chốt kiểm soát trong mùa dịch',
E("khac", None, None),
[P("Đặng Quốc Việt", "Bí thư Đoàn phường Hòa Khánh Bắc"),
 P("Huỳnh Thị Phương Thảo", "Phó Bí thư Thành đoàn - Chủ tịch Hội Liên hiệp Thanh niên Việt Nam thành phố"),
 P("Nguyễn Thị Thu Sương"),
 P("Trần Văn Thiện", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh"),
 P("Y Đức")],
[Q("9 chốt", 9, "chốt"), Q("126 tình nguyện viên", 126, "tình nguyện viên"), Q("3 ca", 3, "ca"),
 Q("hơn 5.200 đoàn viên, thanh niên", 5200, "đoàn viên, thanh niên", "over"),
 Q("472 chốt kiểm soát", 472, "chốt kiểm soát"),
 Q("khoảng 86.000 mẫu xét nghiệm", 86000, "mẫu xét nghiệm", "approx"),
 Q("1.400 suất ăn", 1400, "suất ăn"),
 Q("khoảng 300 suất cơm", 300, "suất cơm", "approx"),
 Q("50 kg", 50, "kg"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"),
 Q("7 tấn", 7, "tấn"), Q("840 hộ khó khăn", 840, "hộ khó khăn"),
 Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("100 tình nguyện viên tiêu biểu", 100, "tình nguyện viên tiêu biểu")],
[],
[prov("Đà Nẵng"), com("Hòa Khánh Bắc"), com("Hòa Minh")],
["Báo Đà Nẵng điện tử", "Xã hội › Đời sống", "Nhóm tình nguyện viên tại chốt kiểm soát trên đường Tôn Đức Thắng. Ảnh: X.D",
 "Bà con tổ 23 gửi nước uống, bánh mì cho tình nguyện viên trực chốt. Ảnh: X.D", "Tiếp sức chốt chặn", "Bếp ấm tình nguyện",
 "Bình luận (12)", "Đại học Đà Nẵng"],
["2020-08-12 07:30", "tổ 18", "tổ 23", "8 tiếng", "Bình luận (12)", "Hơn hai tuần"]))

PAGES.append(page("b3325-hagiang-bdv-baocao-2021", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ - Văn bản - Báo cáo
15 tháng 12, 2021 | 14:10
Kết quả công tác dân vận tham gia phòng, chống dịch COVID-19 năm 2021
Ban Dân vận Tỉnh ủy vừa ban hành Báo cáo số 96-BC/BDVTU về kết quả công tác dân vận tham gia phòng, chống dịch COVID-19 năm 2021. Báo cáo đánh giá, khối dân vận các cấp đã bám sát Kế hoạch số 120-KH/TU ngày 04/3/2021 của Ban Thường vụ Tỉnh ủy về triển khai tiêm vắc xin phòng COVID-19 trên địa bàn tỉnh Hà Giang.
Trong năm, các cấp đã tổ chức 3.652 buổi tuyên truyền tại thôn, bản với khoảng 187.000 lượt người nghe; biên soạn tài liệu bằng tiếng Mông, Dao, Tày và phát trên 193 cụm loa truyền thanh xã. Có 2.031 người có uy tín, trưởng dòng họ được mời tham gia vận động; nhiều dòng họ Mông như họ Vàng, họ Giàng, họ Sùng ký cam kết "không tổ chức ma chay, cưới xin đông người".
Đến ngày 10/12/2021, toàn tỉnh có 98,3% người từ 18 tuổi trở lên được tiêm ít nhất 1 mũi. Tại huyện Mèo Vạc, ông Sùng Mí Dế, Trưởng thôn Sủng Pờ A, xã Sủng Trà, đã đưa 64 người già, phụ nữ trong thôn đi tiêm, đường đi bộ hơn 2 tiếng. Bà Vàng Thị Mỷ, Phó Chủ tịch Hội LHPN xã Lũng Cú, đến từng nhà giải thích, "người Mông sợ tiêm thì mình nói tiếng Mông, nói nhiều lần".
Báo cáo cũng nêu, các cấp Mặt trận, đoàn thể vận động được hơn 19,6 tỷ đồng; tặng 14.200 suất quà cho người dân ở khu cách ly, hộ nghèo; 1.350 đoàn viên thanh niên tham gia 57 chốt kiểm soát liên ngành trên tuyến biên giới và các cửa khẩu Thanh Thủy, Xín Mần, Phó Bảng.
Những hạn chế được chỉ ra: một số nơi tuyên truyền còn chung chung; lực lượng trực chốt ở vùng biên chưa có chế độ bồi dưỡng thỏa đáng; còn khoảng 1.700 người chưa tiêm vì lý do phong tục hoặc đi làm ăn xa.
Về nhiệm vụ năm 2022, Ban Dân vận Tỉnh ủy đề ra chỉ tiêu 100% thôn, tổ dân phố duy trì tổ COVID cộng đồng; tiếp tục thực hiện Kết luận 05, 06-KL/BDVTU về nâng cao hiệu quả hoạt động của tổ dân vận thôn và về phát huy vai trò người có uy tín; tham mưu Ban Thường vụ Tỉnh ủy sơ kết 2 năm thực hiện Chỉ thị 09-CT/TU ngày 21/02/2020 về công tác dân vận vùng đồng bào dân tộc thiểu số.
Báo cáo do đồng chí Thào Hồng Sơn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký ban hành. Ý kiến góp ý gửi về Văn phòng Ban Dân vận Tỉnh ủy trước ngày 25/12/2021. Đồng chí Lù Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy được giao theo dõi, tổng hợp.
BDVTU
Tệp đính kèm: 96-BC-BDVTU.pdf (Lượt tải: 37)
Tin khác
- Hướng dẫn công tác dân vận dịp Tết Nguyên đán Nhâm Dần 2022 (10/12/2021)
- Sơ kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (30/11/2021)
- Vận động đồng bào Mông tiêm vắc xin ở Đồng Văn (15/10/2021)
""", "2021-12-15", "Kết quả công tác dân vận tham gia phòng, chống dịch COVID-19 năm 2021",
E("bao_cao", "2021", None),
[P("Sùng Mí Dế", "Trưởng thôn Sủng Pờ A"),
 P("Vàng Thị Mỷ", "Phó Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Thào Hồng Sơn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3.652 buổi tuyên truyền", 3652, "buổi tuyên truyền"),
 Q("khoảng 187.000 lượt người nghe", 187000, "lượt người nghe", "approx"),
 Q("193 cụm loa truyền thanh", 193, "cụm loa truyền thanh"),
 Q("2.031 người có uy tín, trưởng dòng họ", 2031, "người có uy tín, trưởng dòng họ"),
 Q("98,3%", 98.3, "%"),
 Q("64 người già, phụ nữ", 64, "người già, phụ nữ"),
 Q("hơn 19,6 tỷ đồng", 19600000000, "đồng", "over"),
 Q("14.200 suất quà", 14200, "suất quà"),
 Q("1.350 đoàn viên thanh niên", 1350, "đoàn viên thanh niên"),
 Q("57 chốt kiểm soát liên ngành", 57, "chốt kiểm soát liên ngành"),
 Q("khoảng 1.700 người", 1700, "người", "approx"),
 Q("100%", 100, "%")],
[D("Báo cáo", "96", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Báo cáo số 96-BC/BDVTU"),
 D("Kế hoạch", "120", "KH/TU", "2021-03-04", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 120-KH/TU ngày 04/3/2021"),
 D("Kết luận", "05", "KL/BDVTU", None, None, "Kết luận 05, 06-KL/BDVTU"),
 D("Kết luận", "06", "KL/BDVTU", None, None, "Kết luận 05, 06-KL/BDVTU"),
 D("Chỉ thị", "09", "CT/TU", "2020-02-21", None, "Chỉ thị 09-CT/TU ngày 21/02/2020")],
[prov("Hà Giang"), com("Sủng Trà"), com("Lũng Cú")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ - Văn bản - Báo cáo", "không tổ chức ma chay, cưới xin đông người",
 "Tệp đính kèm: 96-BC-BDVTU.pdf (Lượt tải: 37)", "BDVTU"],
["15 tháng 12, 2021 | 14:10", "năm 2021", "năm 2022", "18 tuổi", "1 mũi", "2 tiếng", "2 năm", "Lượt tải: 37"]))

PAGES.append(page("b3326-dongnai-doan-daihoi-2022", """
TỈNH ĐOÀN ĐỒNG NAI - Cổng thông tin Tuổi trẻ Đồng Nai
Tin tức » Sự kiện » Đại hội Đoàn các cấp
Cập nhật lúc 20:15 ngày 14/07/2022
Đại hội Đoàn tỉnh lần thứ XI: tuổi trẻ Đồng Nai vững vàng sau đại dịch
Ngày 13 và 14/7, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Đồng Nai lần thứ XI, nhiệm kỳ 2022 - 2027 diễn ra tại Trung tâm Hội nghị tỉnh với sự tham dự của 320 đại biểu chính thức, đại diện cho hơn 148.000 đoàn viên trong toàn tỉnh.
Dự và chỉ đạo Đại hội có đồng chí Ngô Văn Cương, Bí thư Trung ương Đoàn, Chủ tịch Hội Sinh viên Việt Nam; đồng chí Hồ Thanh Sơn, Phó Bí thư Thường trực Tỉnh ủy.
Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.
Báo cáo chính trị nhiệm kỳ 2017 - 2022 dành một phần riêng cho phong trào thanh niên tình nguyện phòng, chống dịch COVID-19. Trong năm 2021, các cấp bộ Đoàn đã huy động khoảng 26.000 lượt đoàn viên tham gia tổ COVID cộng đồng, trực 1.150 chốt kiểm soát; tổ chức 214 "Chuyến xe 0 đồng", 96 "Gian hàng 0 đồng" và 35 bếp ăn tình nguyện phục vụ công nhân khu công nghiệp Amata, Nhơn Trạch, Long Thành; vận động các nguồn lực trị giá hơn 42 tỷ đồng. Có 187 đoàn viên, thanh niên là sinh viên y khoa tình nguyện vào Thành phố Hồ Chí Minh chống dịch.
Đại hội cũng ghi nhận nhiều gương tiêu biểu như anh Điểu Thanh Hùng, Bí thư Đoàn xã Phú Lý, huyện Vĩnh Cửu, người đã vận động 100% thanh niên dân tộc Chơ Ro trong xã đi tiêm vắc xin; chị Phạm Ngọc Mai Trâm, Bí thư Đoàn phường Long Bình Tân, ba tháng liền ở lại khu cách ly để hỗ trợ lực lượng y tế.
Phát biểu chỉ đạo, đồng chí Hồ Thanh Sơn đề nghị Đoàn tỉnh tiếp tục thực hiện Nghị quyết số 19-NQ/TU ngày 26/4/2021 của Tỉnh ủy về công tác thanh niên, phát huy kinh nghiệm chống dịch để xây dựng lực lượng xung kích thường trực trong các tình huống khẩn cấp.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XI gồm 43 đồng chí; đồng chí Lâm Hồng Phúc tái đắc cử Bí thư Tỉnh đoàn khóa XI. Các đồng chí Phó Bí thư Tỉnh đoàn: Vũ Thị Quỳnh Nga, Trần Hữu Tài được bầu lại. Đại hội cũng bầu 27 đại biểu chính thức đi dự Đại hội Đoàn toàn quốc lần thứ XII.
Thảo luận tại Đại hội, nhiều đại biểu cho rằng sau đại dịch, thanh niên công nhân là lực lượng chịu nhiều thiệt thòi, cần được quan tâm về nhà ở, việc làm và đời sống tinh thần.
Đại hội thông qua 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm kết nạp ít nhất 12.000 đoàn viên mới, giới thiệu 2.500 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Mai Anh - Đức Thành
Số người đang online: 86
Bài viết liên quan
- Đại hội Đoàn thành phố Biên Hòa nhiệm kỳ 2022 - 2027 (20/06/2022)
- 187 sinh viên y khoa lên đường hỗ trợ Thành phố Hồ Chí Minh (28/07/2021)
- "Chuyến xe 0 đồng" đưa công nhân về quê an toàn (05/10/2021)
""", "2022-07-14", "Đại hội Đoàn tỉnh lần thứ XI: tuổi trẻ Đồng Nai vững vàng sau đại dịch",
E("dai_hoi", None, "2022-07-13"),
[P("Ngô Văn Cương", "Bí thư Trung ương Đoàn", "Chủ tịch Hội Sinh viên Việt Nam"),
 P("Hồ Thanh Sơn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Điểu Thanh Hùng", "Bí thư Đoàn xã Phú Lý"),
 P("Phạm Ngọc Mai Trâm", "Bí thư Đoàn phường Long Bình Tân"),
 P("Lâm Hồng Phúc", "Bí thư Tỉnh đoàn khóa XI"),
 P("Vũ Thị Quỳnh Nga", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Hữu Tài", "Phó Bí thư Tỉnh đoàn")],
[Q("320 đại biểu chính thức", 320, "đại biểu chính thức"),
 Q("hơn 148.000 đoàn viên", 148000, "đoàn viên", "over"),
 Q("khoảng 26.000 lượt đoàn viên", 26000, "lượt đoàn viên", "approx"),
 Q("1.150 chốt kiểm soát", 1150, "chốt kiểm soát"),
 Q('214 "Chuyến xe 0 đồng"', 214, "Chuyến xe 0 đồng"),
 Q('96 "Gian hàng 0 đồng"', 96, "Gian hàng 0 đồng"),
 Q("35 bếp ăn tình nguyện", 35, "bếp ăn tình nguyện"),
 Q("hơn 42 tỷ đồng", 42000000000, "đồng", "over"),
 Q("187 đoàn viên, thanh niên", 187, "đoàn viên, thanh niên"),
 Q("100%", 100, "%"),
 Q("43 đồng chí", 43, "đồng chí"),
 Q("27 đại biểu chính thức", 27, "đại biểu chính thức"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"),
 Q("ít nhất 12.000 đoàn viên mới", 12000, "đoàn viên mới", "over"),
 Q("2.500 đoàn viên ưu tú", 2500, "đoàn viên ưu tú")],
[D("Nghị quyết", "19", "NQ/TU", "2021-04-26", "Tỉnh ủy", "Nghị quyết số 19-NQ/TU ngày 26/4/2021")],
[prov("Đồng Nai"), com("Phú Lý"), com("Long Bình Tân")],
["TỈNH ĐOÀN ĐỒNG NAI - Cổng thông tin Tuổi trẻ Đồng Nai", "Tin tức » Sự kiện » Đại hội Đoàn các cấp",
 "Đoàn Chủ tịch điều hành phiên thứ nhất của Đại hội.", "Chuyến xe 0 đồng", "Gian hàng 0 đồng", "Số người đang online: 86",
 "Trung tâm Hội nghị tỉnh"],
["Cập nhật lúc 20:15 ngày 14/07/2022", "lần thứ XI", "nhiệm kỳ 2022 - 2027", "nhiệm kỳ 2017 - 2022", "43 đồng chí", "ba tháng",
 "Chuyến xe 0 đồng", "Gian hàng 0 đồng", "lần thứ XII", "Số người đang online: 86"]))
