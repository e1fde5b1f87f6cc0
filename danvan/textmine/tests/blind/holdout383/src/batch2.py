from lib import *
PAGES = []

PAGES.append(page("b9155-hatinh-mttq-doithoai-ngudan-2016", """
BÁO HÀ TĨNH
Chính trị › Mặt trận - Đoàn thể
Ngày đăng 12/08/2016 | 15:30
Đối thoại với ngư dân Kỳ Anh về bồi thường sự cố môi trường biển
Ngày 11/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND thị xã Kỳ Anh tổ chức hội nghị đối thoại với hơn 200 ngư dân, chủ tàu và đại diện các nghiệp đoàn nghề cá của các phường, xã ven biển. Đây là cuộc đối thoại thứ ba trong năm 2016 mà Mặt trận tỉnh Hà Tĩnh tổ chức với người dân vùng bị ảnh hưởng bởi sự cố môi trường biển.
Chủ trì đối thoại có ông Võ Hồng Phúc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Nguyễn Hữu Lộc, Phó Chủ tịch UBND thị xã Kỳ Anh.
Ông Võ Hồng Phúc (đứng) giải đáp ý kiến của ngư dân.
Theo báo cáo của UBND thị xã, trên địa bàn có 4.200 hộ với 1.450 tàu thuyền bị ảnh hưởng. Thực hiện Quyết định số 772/QĐ-TTg ngày 26/5/2016 của Thủ tướng Chính phủ về hỗ trợ khẩn cấp cho người dân 4 tỉnh miền Trung và Công văn số 1528/UBND-NL1 ngày 29/7/2016 của UBND tỉnh, đến nay thị xã đã cấp phát 1.350 tấn gạo cứu trợ; hoàn thành kê khai thiệt hại đạt 87% số hộ.
Tại buổi đối thoại có 26 ý kiến của ngư dân. Ông Nguyễn Văn Lực, ngư dân phường Kỳ Ninh, hỏi: "Những người đi bạn trên tàu, không có tên trong sổ hộ khẩu của chủ tàu thì có được tính bồi thường không?". Bà Phan Thị Hạnh, Trưởng thôn Hải Phong, xã Kỳ Lợi, phản ánh nhiều hộ làm nghề lặn, đánh bắt gần bờ chưa được kê khai vì không có giấy tờ chứng minh. Đại diện Nghiệp đoàn nghề cá xã Kỳ Phương đề nghị sớm có kết quả quan trắc để bà con yên tâm ra khơi.
Các ý kiến đã được lãnh đạo thị xã và các sở, ngành trả lời trực tiếp; 5 ý kiến vượt thẩm quyền được Mặt trận tổng hợp, kiến nghị lên tỉnh và Trung ương. Ông Nguyễn Hữu Lộc khẳng định việc kê khai phải công khai tại thôn, tổ dân phố; hộ nào chưa đồng ý có thể đề nghị xem xét lại.
Kết luận buổi đối thoại, ông Võ Hồng Phúc đề nghị chính quyền các xã, phường thực hiện kê khai đúng người, đúng thiệt hại, không để xảy ra trục lợi chính sách; các tổ đoàn kết trên biển và nghiệp đoàn nghề cá vận động đoàn viên tiếp tục bám biển, chuyển đổi nghề khi cần thiết. Mặt trận các cấp sẽ giám sát chặt chẽ việc chi trả đến tay từng người dân.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 100 suất quà, mỗi suất 500.000 đồng cho các hộ ngư dân khó khăn.
Thu Hà
Bài viết liên quan
- Kỳ Anh: ngư dân trở lại ra khơi (05/08/2016)
- Công khai danh sách kê khai thiệt hại tại các xã ven biển (29/07/2016)
- Mặt trận tỉnh tiếp nhận 12 tỷ đồng ủng hộ ngư dân (20/07/2016)
- Thạch Hà: hỗ trợ chuyển đổi nghề cho lao động vùng biển (14/07/2016)
""", "2016-08-12", "Đối thoại với ngư dân Kỳ Anh về bồi thường sự cố môi trường biển",
E("doi_thoai", "2016", "2016-08-11"),
[P("Võ Hồng Phúc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Lộc", "Phó Chủ tịch UBND thị xã Kỳ Anh"),
 P("Nguyễn Văn Lực", "ngư dân phường Kỳ Ninh"),
 P("Phan Thị Hạnh", "Trưởng thôn Hải Phong")],
[Q("hơn 200 ngư dân, chủ tàu", 200, "ngư dân, chủ tàu", "over"), Q("4.200 hộ", 4200, "hộ"), Q("1.450 tàu thuyền", 1450, "tàu thuyền"),
 Q("4 tỉnh", 4, "tỉnh"), Q("1.350 tấn gạo", 1350, "tấn"), Q("87%", 87, "%"), Q("26 ý kiến", 26, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"),
 Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "772", "QĐ-TTg", "2016-05-26", "Thủ tướng Chính phủ", "Quyết định số 772/QĐ-TTg ngày 26/5/2016"),
 D("Công văn", "1528", "UBND-NL1", "2016-07-29", "UBND tỉnh", "Công văn số 1528/UBND-NL1 ngày 29/7/2016")],
[prov("Hà Tĩnh"), com("Kỳ Ninh"), com("Kỳ Lợi"), com("Kỳ Phương")],
["BÁO HÀ TĨNH", "Chính trị › Mặt trận - Đoàn thể", "Ông Võ Hồng Phúc (đứng) giải đáp ý kiến của ngư dân.", "Nghiệp đoàn nghề cá xã Kỳ Phương"],
["Ngày đăng 12/08/2016 | 15:30", "cuộc đối thoại thứ ba", "năm 2016"]))

PAGES.append(page("b9156-kiengiang-todoanket-cuunan-2016", """
Báo Kiên Giang Online
Trang chủ >> Xã hội >> Biển đảo
21/10/2016 - 07:45
Tàu bạn chìm giữa đêm giông, tổ đoàn kết cứu 9 ngư dân
Rạng sáng 19/10, tàu cá KG 91234 TS của ông Danh Sơn, ngư dân xã Bình An, huyện Kiên Lương, bị sóng lớn đánh chìm khi đang khai thác cách đảo Thổ Chu khoảng 30 hải lý về phía Tây Nam. Nhờ các tàu trong tổ đoàn kết kịp thời ứng cứu, toàn bộ 9 ngư dân trên tàu đã được cứu sống.
Ảnh: Các ngư dân được cứu đưa vào bờ tại Đồn Biên phòng Thổ Chu.
Theo lời kể của ông Danh Sơn, khoảng 2 giờ sáng, giông lốc bất ngờ ập tới, nước tràn vào hầm máy. Ông chỉ kịp phát tín hiệu qua máy bộ đàm cho các tàu cùng tổ rồi cùng anh em mặc áo phao, bám vào can nhựa, thùng đá. Ông Trần Văn Bảy, Tổ trưởng tổ đoàn kết số 5, đang thả lưới cách đó không xa, lập tức cắt lưới, điều khiển tàu đến hiện trường; 2 tàu khác trong tổ cũng quay lại phối hợp tìm kiếm.
"Sóng cao 3 - 4 mét, trời tối đen, anh em phải rọi đèn pha tìm từng người. Gần 2 tiếng đồng hồ mới vớt được người cuối cùng", ông Bảy kể.
Sau khi được sơ cứu, các ngư dân được đưa về đảo Thổ Chu. Trung tá Huỳnh Văn Lực, Đồn trưởng Đồn Biên phòng Thổ Chu cho biết đơn vị đã cử y sĩ chăm sóc, cấp phát lương thực, quần áo và bố trí phương tiện đưa các ngư dân về đất liền. Tàu cá cùng ngư lưới cụ bị thiệt hại ước tính khoảng 1,5 tỷ đồng.
Tổ đoàn kết số 5 được thành lập năm 2014, gồm 6 tàu của ngư dân các xã Bình An, Dương Hòa và thị trấn An Thới. Theo Hội Nghề cá tỉnh, hiện toàn tỉnh Kiên Giang có hơn 1.100 tổ đoàn kết sản xuất trên biển với khoảng 5.600 tàu cá; riêng 9 tháng năm 2016, các tổ đã cứu giúp 41 tàu và 238 ngư dân gặp nạn.
Ông Lê Minh Trung, Chủ tịch Hội Nghề cá tỉnh, cho biết Hội sẽ đề nghị UBND tỉnh khen thưởng tổ đoàn kết số 5. Trước đó, theo Quyết định số 2315/QĐ-UBND ngày 19/10/2016 của UBND tỉnh, 3 tập thể và 12 cá nhân có thành tích cứu nạn trên biển năm 2016 đã được tặng bằng khen, mỗi tập thể được thưởng 10 triệu đồng.
Theo Bộ đội Biên phòng tỉnh, mùa gió chướng năm nay đến sớm, biển động mạnh vào ban đêm; ngư dân cần thường xuyên theo dõi bản tin thời tiết, luôn giữ liên lạc với tàu cùng tổ và trạm bờ, trang bị đầy đủ áo phao cho từng thuyền viên trước khi xuất bến.
Ông Danh Sơn nói gia đình sẽ vay thêm vốn để đóng lại tàu. "Mất tàu thì đóng lại được, còn người là còn tất cả. Ra biển mà không có anh em trong tổ thì không ai dám đi xa", ông nói.
Hữu Trí
Tin liên quan
- Phú Quốc: cứu 6 ngư dân trôi dạt trên biển (12/10/2016)
- Ngư dân An Biên được tập huấn kỹ năng cứu nạn (03/10/2016)
- Hội Nghề cá tỉnh trao 50 máy bộ đàm cho ngư dân (25/09/2016)
- Kiên Lương: ra mắt nghiệp đoàn nghề cá xã Bình An (16/09/2016)
- Tìm kiếm 3 ngư dân mất tích gần đảo Hòn Tre (08/09/2016)
- Bộ đội Biên phòng tỉnh tuyên truyền chủ quyền biển đảo cho ngư dân (30/08/2016)
""", "2016-10-21", "Tàu bạn chìm giữa đêm giông, tổ đoàn kết cứu 9 ngư dân",
E("khac", None, None),
[P("Danh Sơn", "ngư dân xã Bình An"),
 P("Trần Văn Bảy", "Tổ trưởng tổ đoàn kết số 5"),
 P("Huỳnh Văn Lực", "Trung tá", "Đồn trưởng Đồn Biên phòng Thổ Chu"),
 P("Lê Minh Trung", "Chủ tịch Hội Nghề cá tỉnh")],
[Q("9 ngư dân", 9, "ngư dân"), Q("khoảng 30 hải lý", 30, "hải lý", "approx"), Q("2 tàu", 2, "tàu"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("6 tàu", 6, "tàu"),
 Q("hơn 1.100 tổ đoàn kết sản xuất trên biển", 1100, "tổ đoàn kết sản xuất trên biển", "over"),
 Q("khoảng 5.600 tàu cá", 5600, "tàu cá", "approx"), Q("41 tàu", 41, "tàu"), Q("238 ngư dân", 238, "ngư dân"),
 Q("3 tập thể", 3, "tập thể"), Q("12 cá nhân", 12, "cá nhân"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Quyết định", "2315", "QĐ-UBND", "2016-10-19", "UBND tỉnh", "Quyết định số 2315/QĐ-UBND ngày 19/10/2016")],
[prov("Kiên Giang"), com("Bình An"), com("Dương Hòa"), com("An Thới")],
["Báo Kiên Giang Online", "Trang chủ >> Xã hội >> Biển đảo", "Ảnh: Các ngư dân được cứu đưa vào bờ tại Đồn Biên phòng Thổ Chu.",
 "Hội Nghề cá tỉnh", "Đồn Biên phòng Thổ Chu"],
["21/10/2016 - 07:45", "KG 91234 TS", "tổ đoàn kết số 5", "2 giờ sáng", "3 - 4 mét", "Gần 2 tiếng đồng hồ", "năm 2014", "9 tháng năm 2016"]))

PAGES.append(page("b9157-bentre-bdv-giaoban-q3-2017", """
BAN DÂN VẬN TỈNH ỦY BẾN TRE
Hôm nay: Thứ Bảy, 07/10/2017
Trang chủ | Hoạt động | Tin tức - Sự kiện
Thứ Năm, 05/10/2017 - 09:10
Ảnh: Quang cảnh buổi giao ban.
Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III
Sáng 4/10, Ban Dân vận Tỉnh ủy Bến Tre tổ chức giao ban công tác dân vận quý III/2017 với Ban Dân vận các huyện, thành ủy và khối Mặt trận, đoàn thể tỉnh. Đồng chí Lê Thị Kim Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Báo cáo do Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Nguyễn Văn Đức trình bày nêu rõ, trong quý, khối dân vận đã tập trung thực hiện Kế hoạch số 112-KH/BDVTU ngày 10/7/2017 của Ban Dân vận Tỉnh ủy về vận động ngư dân ba huyện biển tham gia tổ hợp tác, tổ đoàn kết khai thác trên biển; tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 22, 23-CT/TU về công tác dân vận vùng biển và về củng cố tổ chức cơ sở ở các xã ven biển.
Đến nay, 3 huyện Bình Đại, Ba Tri, Thạnh Phú có 7 nghiệp đoàn nghề cá với 1.230 đoàn viên và 146 tổ đoàn kết; trong quý III các tổ đã cứu hộ 6 tàu, 38 ngư dân bị nạn do thời tiết xấu. Khoảng 94,5% tàu cá đánh bắt xa bờ đã lắp máy thông tin liên lạc tầm xa. Mặt trận và các đoàn thể phối hợp vận động được hơn 650 triệu đồng hỗ trợ gia đình ngư dân gặp rủi ro.
Các đồng chí Huỳnh Văn Sang, Lê Minh Trí, Võ Thị Bé Ba - HUV, Trưởng Ban Dân vận Huyện ủy, báo cáo tình hình ở địa phương. Tại xã Bình Thắng, nghiệp đoàn nghề cá duy trì sinh hoạt mỗi tháng một lần vào những ngày tàu nằm bờ; ở xã Thạnh Phong, tổ đoàn kết có quy ước mỗi tàu đóng góp 200.000 đồng/chuyến biển vào quỹ tương trợ. Xã An Thủy nêu khó khăn khi nhiều thuyền viên là lao động từ nơi khác đến, khó quản lý.
Ông Trần Văn Nhỏ, Chủ tịch Hội Nghề cá tỉnh kiến nghị tiếp tục hỗ trợ ngư dân mua bảo hiểm thân tàu và bảo hiểm thuyền viên theo Nghị định số 67/2014/NĐ-CP của Chính phủ; hiện còn 112 tàu chưa tham gia bảo hiểm.
Kết luận giao ban, đồng chí Lê Thị Kim Phượng đề nghị quý IV, Ban Dân vận các huyện biển phối hợp Bộ đội Biên phòng tỉnh tuyên truyền để ngư dân không vi phạm vùng biển nước ngoài; chuẩn bị tổng kết công tác dân vận năm 2017; nhân rộng các mô hình "Dân vận khéo" trong lĩnh vực kinh tế biển.
Minh Thư
Tin khác
- Thạnh Phú: ra mắt tổ đoàn kết trên biển ấp Thạnh Hải (28/09/2017)
- Ba Tri tập huấn công tác dân vận cho cán bộ cơ sở (20/09/2017)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Bình Đại (12/09/2017)
- Hội Nông dân tỉnh hỗ trợ vốn cho hội viên vùng biển (30/08/2017)
- Giồng Trôm: đối thoại giữa người đứng đầu cấp ủy với nhân dân (22/08/2017)
- Mỏ Cày Nam ra mắt mô hình "Dân vận khéo" về xây dựng nông thôn mới (15/08/2017)
""", "2017-10-05", "Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III",
E("giao_ban", "2017-Q3", "2017-10-04"),
[P("Lê Thị Kim Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Đức", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Sang", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Minh Trí", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Thị Bé Ba", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Văn Nhỏ", "Chủ tịch Hội Nghề cá tỉnh")],
[Q("7 nghiệp đoàn nghề cá", 7, "nghiệp đoàn nghề cá"), Q("1.230 đoàn viên", 1230, "đoàn viên"), Q("146 tổ đoàn kết", 146, "tổ đoàn kết"),
 Q("6 tàu", 6, "tàu"), Q("38 ngư dân", 38, "ngư dân"), Q("Khoảng 94,5%", 94.5, "%", "approx"),
 Q("hơn 650 triệu đồng", 650000000, "đồng", "over"), Q("200.000 đồng", 200000, "đồng"), Q("112 tàu", 112, "tàu"),
 Q("3 huyện", 3, "huyện")],
[D("Kế hoạch", "112", "KH/BDVTU", "2017-07-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 10/7/2017"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2014/NĐ-CP")],
[prov("Bến Tre"), com("Bình Thắng"), com("Thạnh Phong"), com("An Thủy")],
["BAN DÂN VẬN TỈNH ỦY BẾN TRE", "Hôm nay: Thứ Bảy, 07/10/2017", "Trang chủ | Hoạt động | Tin tức - Sự kiện",
 "Ảnh: Quang cảnh buổi giao ban.", "Dân vận khéo", "Hội Nghề cá tỉnh"],
["Hôm nay: Thứ Bảy, 07/10/2017", "Thứ Năm, 05/10/2017 - 09:10", "quý III/2017", "quý IV", "ba huyện biển", "năm 2017"]))

PAGES.append(page("b9158-quangtri-mttq-giamsat-ngudan-2018", """
Báo Quảng Trị
Chính trị | Mặt trận
16/08/2018 | 14:35
Giám sát việc thực hiện chính sách hỗ trợ ngư dân tại Gio Linh
QTO - Ngày 15/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Văn Hậu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách phát triển thủy sản theo Nghị định số 67/2014/NĐ-CP và Nghị định số 17/2018/NĐ-CP ngày 2/2/2018 của Chính phủ tại huyện Gio Linh. Đây là một trong 4 cuộc giám sát chuyên đề năm 2018 theo Kế hoạch số 24/KH-MTTQ-BTT ngày 2/3/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại xã Gio Hải.
Theo báo cáo của UBND huyện Gio Linh do bà Hoàng Thị Thu Hà, Phó Chủ tịch UBND huyện trình bày, toàn huyện có 486 tàu cá, trong đó 26 tàu có chiều dài từ 15 mét trở lên. Từ năm 2015 đến nay, 4 chủ tàu được vay vốn đóng mới tàu vỏ thép với tổng số tiền khoảng 46 tỷ đồng; hơn 1,8 tỷ đồng đã được chi trả hỗ trợ mua bảo hiểm cho 312 lượt tàu và thuyền viên. Huyện có 37 tổ đoàn kết trên biển và 2 nghiệp đoàn nghề cá ở xã Gio Hải, xã Gio Việt.
Tuy vậy, đoàn giám sát chỉ ra: có 2 tàu vỏ thép nằm bờ nhiều tháng do hỏng máy, chủ tàu không có nguồn trả nợ; một số tàu đóng mới chưa phù hợp với ngư trường; thủ tục hỗ trợ chi phí nhiên liệu còn chậm.
Ông Trần Văn Nhật, Chủ tịch Nghiệp đoàn nghề cá xã Gio Hải, cho biết: "Từ khi có nghiệp đoàn, anh em được phổ biến chính sách đầy đủ hơn, nhưng thủ tục hồ sơ hỗ trợ nhiên liệu còn phải qua nhiều khâu, có chuyến biển 6 tháng sau mới nhận được tiền". Ông Nguyễn Văn Đông, ngư dân thị trấn Cửa Việt, đề nghị hỗ trợ thêm cho tàu nhỏ đánh bắt ven bờ, vốn chiếm tỷ lệ khoảng 80% số tàu của huyện.
Kết luận buổi giám sát, ông Lê Văn Hậu đề nghị UBND huyện phối hợp với ngân hàng rà soát, có giải pháp tháo gỡ cho các chủ tàu vỏ thép gặp khó khăn; công khai danh sách hỗ trợ tại các xã, thị trấn; phát huy vai trò của nghiệp đoàn, tổ đoàn kết trong việc tuyên truyền, vận động ngư dân. Những kiến nghị vượt thẩm quyền sẽ được Mặt trận tỉnh tổng hợp, gửi UBND tỉnh và các bộ, ngành Trung ương.
Ông Hồ Xuân Quang, Chủ tịch Ủy ban MTTQ Việt Nam huyện Gio Linh cho biết sau giám sát của tỉnh, Mặt trận huyện sẽ tiếp tục giám sát tại các xã, thị trấn ven biển vào quý IV.
Thanh Trúc
Tin liên quan
- Triệu Phong: tập huấn cứu nạn cho ngư dân (09/08/2018)
- Cồn Cỏ: nơi tránh trú an toàn của tàu cá (30/07/2018)
- Mặt trận tỉnh giám sát công tác giảm nghèo tại Hướng Hóa (20/07/2018)
- Vĩnh Linh: trao máy thông tin liên lạc cho tàu cá (11/07/2018)
""", "2018-08-16", "Giám sát việc thực hiện chính sách hỗ trợ ngư dân tại Gio Linh",
E("giam_sat", "2018", "2018-08-15"),
[P("Lê Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch UBND huyện"),
 P("Trần Văn Nhật", "Chủ tịch Nghiệp đoàn nghề cá xã Gio Hải"),
 P("Nguyễn Văn Đông", "ngư dân thị trấn Cửa Việt"),
 P("Hồ Xuân Quang", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Gio Linh")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("486 tàu cá", 486, "tàu cá"), Q("26 tàu", 26, "tàu"),
 Q("15 mét", 15, "mét", "over"), Q("4 chủ tàu", 4, "chủ tàu"), Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("312 lượt tàu và thuyền viên", 312, "lượt tàu và thuyền viên"),
 Q("37 tổ đoàn kết trên biển", 37, "tổ đoàn kết trên biển"), Q("2 nghiệp đoàn nghề cá", 2, "nghiệp đoàn nghề cá"),
 Q("2 tàu vỏ thép", 2, "tàu vỏ thép"), Q("khoảng 80%", 80, "%", "approx")],
[D("Nghị định", "67", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2014/NĐ-CP"),
 D("Nghị định", "17", "2018/NĐ-CP", "2018-02-02", "Chính phủ", "Nghị định số 17/2018/NĐ-CP ngày 2/2/2018"),
 D("Kế hoạch", "24", "KH-MTTQ-BTT", "2018-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 24/KH-MTTQ-BTT ngày 2/3/2018")],
[prov("Quảng Trị"), com("Gio Hải"), com("Gio Việt"), com("Cửa Việt")],
["Báo Quảng Trị", "Chính trị | Mặt trận", "QTO", "Đoàn giám sát làm việc tại xã Gio Hải."],
["16/08/2018 | 14:35", "năm 2018", "năm 2015", "6 tháng sau", "quý IV"]))

PAGES.append(page("b9159-camau-bdvhu-soket-h1-2019", """
Báo Cà Mau
Thời sự - Chính trị / Xây dựng Đảng
Cập nhật lúc 16:20 ngày 12/07/2019
Ngư dân Sông Đốc cùng nhau bám biển, chống khai thác bất hợp pháp
Ngày 11/7, Ban Dân vận Huyện ủy Trần Văn Thời tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2019. Trọng tâm của 6 tháng qua là vận động ngư dân chấp hành quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), củng cố các tổ đoàn kết trên biển.
Đồng chí Nguyễn Thanh Hùng, HUV, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị. Ảnh: Hoàng Vũ
Bà Lâm Thị Kiều, Phó Trưởng Ban Dân vận Huyện ủy cho biết, thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ và Kế hoạch số 40-KH/HU ngày 5/3/2019 của Ban Thường vụ Huyện ủy, khối dân vận đã phối hợp Đồn Biên phòng Sông Đốc tổ chức 46 cuộc tuyên truyền với hơn 1.200 lượt ngư dân tham dự. Toàn huyện có 72 tổ đoàn kết trên biển với 408 tàu và 2.650 lao động; 6 tháng các tổ đã cứu hộ 8 tàu, 53 ngư dân gặp nạn. Đến nay 93% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình; không có tàu cá của huyện bị nước ngoài bắt giữ.
Ông Tô Văn Phước, Chủ tịch Nghiệp đoàn nghề cá thị trấn Sông Đốc chia sẻ: nghiệp đoàn hiện có 156 đoàn viên, duy trì quỹ tương trợ hơn 120 triệu đồng; tháng 5 vừa qua, nghiệp đoàn đã hỗ trợ 15 triệu đồng cho gia đình đoàn viên có người mất tích trên biển. Ông Danh Út, ngư dân xã Khánh Hải, người Khmer, cho biết trước đây bà con chưa quen khai báo nhật ký khai thác, nay nhờ cán bộ nghiệp đoàn hướng dẫn nên đã ghi chép đầy đủ.
Đại diện Đảng ủy xã Trần Hợi phản ánh một số chủ tàu nhỏ có tâm lý đối phó, tắt thiết bị giám sát khi ra khơi; việc vận động thuyền viên từ nơi khác đến tham gia tổ đoàn kết còn khó khăn.
Phát biểu kết luận, đồng chí Nguyễn Thanh Hùng, HUV, Trưởng Ban Dân vận Huyện ủy đề nghị 6 tháng cuối năm tiếp tục phối hợp Bộ đội Biên phòng, Hội Nông dân tuyên truyền sâu rộng về khai thác IUU; phát huy vai trò của người có uy tín trong đồng bào Khmer; chuẩn bị tốt cho mùa mưa bão; nhân rộng mô hình "Tổ đoàn kết an toàn trên biển" và phong trào thi đua "Dân vận khéo". Nhiều đại biểu nhấn mạnh chỉ khi ngư dân hiểu việc gỡ "thẻ vàng" là vì lợi ích của chính mình thì việc chấp hành mới bền vững.
Hồng Nhung
Tin khác
- Sông Đốc: ra mắt tổ tự quản an ninh trật tự trên biển (04/07/2019)
- Ngư dân U Minh được tập huấn về chống khai thác IUU (27/06/2019)
- Trần Văn Thời tuyên dương 25 mô hình "Dân vận khéo" (19/06/2019)
- Ngọc Hiển: tổ đoàn kết cứu 4 ngư dân gặp nạn gần Hòn Khoai (10/06/2019)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đầm Dơi (31/05/2019)
""", "2019-07-12", "Ngư dân Sông Đốc cùng nhau bám biển, chống khai thác bất hợp pháp",
E("so_ket", "2019-H1", "2019-07-11"),
[P("Nguyễn Thanh Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lâm Thị Kiều", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Tô Văn Phước", "Chủ tịch Nghiệp đoàn nghề cá thị trấn Sông Đốc"),
 P("Danh Út", "ngư dân xã Khánh Hải")],
[Q("46 cuộc tuyên truyền", 46, "cuộc tuyên truyền"), Q("hơn 1.200 lượt ngư dân", 1200, "lượt ngư dân", "over"),
 Q("72 tổ đoàn kết trên biển", 72, "tổ đoàn kết trên biển"), Q("408 tàu", 408, "tàu"), Q("2.650 lao động", 2650, "lao động"),
 Q("8 tàu", 8, "tàu"), Q("53 ngư dân", 53, "ngư dân"), Q("93%", 93, "%"), Q("15 m", 15, "m", "over"),
 Q("156 đoàn viên", 156, "đoàn viên"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Kế hoạch", "40", "KH/HU", "2019-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 40-KH/HU ngày 5/3/2019")],
[prov("Cà Mau"), com("Sông Đốc"), com("Khánh Hải"), com("Trần Hợi")],
["Báo Cà Mau", "Thời sự - Chính trị / Xây dựng Đảng", "Đồng chí Nguyễn Thanh Hùng, HUV, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị. Ảnh: Hoàng Vũ",
 "Tổ đoàn kết an toàn trên biển", "Dân vận khéo", "Đồn Biên phòng Sông Đốc", "thẻ vàng"],
["Cập nhật lúc 16:20 ngày 12/07/2019", "6 tháng đầu năm 2019", "6 tháng qua", "6 tháng cuối năm", "tháng 5", "IUU"]))

PAGES.append(page("b9160-thanhhoa-bdv-baocao-5nam-2019", """
BÁO THANH HÓA
Trang chủ › Chính trị › Dân vận
Thứ Sáu, 22/11/2019 - 10:50
Thanh Hóa: Sau 5 năm, 1.086 tàu cá vào tổ đoàn kết trên biển
Ngày 21/11, Ban Dân vận Tỉnh ủy ban hành Báo cáo số 215-BC/BDVTU về kết quả 5 năm thực hiện Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận đối với ngư dân và về phát triển tổ chức nghiệp đoàn nghề cá ở các huyện ven biển, giai đoạn 2014 - 2019. Báo cáo gửi Ban Dân vận Trung ương và Thường trực Tỉnh ủy.
Theo báo cáo, sau 5 năm, toàn tỉnh đã thành lập mới 9 nghiệp đoàn nghề cá với 1.540 đoàn viên, nâng tổng số tổ đoàn kết trên biển lên 214 tổ với 1.086 tàu cá tham gia, chiếm khoảng 78% số tàu khai thác xa bờ của tỉnh. Các tổ đoàn kết đã cứu hộ, cứu nạn 93 tàu và 517 ngư dân; trên 400 lượt thông tin về tàu lạ, hoạt động bất thường trên biển được ngư dân cung cấp cho Bộ đội Biên phòng.
Khối dân vận đã phối hợp tổ chức 128 hội nghị tuyên truyền cho hơn 21.000 lượt ngư dân về Luật Biển Việt Nam, Luật Thủy sản năm 2017 và chính sách theo Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ; Mặt trận và các đoàn thể vận động được 4,6 tỷ đồng hỗ trợ ngư dân gặp rủi ro, trao 2.350 áo phao và 620 phao tròn.
Báo cáo nêu gương một số điển hình: ông Lê Văn Hải, Chủ tịch Nghiệp đoàn nghề cá xã Hải Thanh, 5 năm liền dẫn tổ tàu đi biển an toàn, cứu 27 ngư dân; bà Nguyễn Thị Loan, Chủ tịch Hội LHPN xã Ngư Lộc, vận động được 85 hộ gia đình có chồng, con đi biển tham gia quỹ "Vì ngư dân bám biển"; ông Mai Văn Tuấn, Bí thư Chi bộ kiêm Trưởng thôn Bắc Hải, xã Quảng Nham, vận động các chủ tàu trong thôn lập tổ đoàn kết đầu tiên.
Về hạn chế, báo cáo thừa nhận hoạt động của một số nghiệp đoàn còn hình thức; chỉ có 41 tổ đoàn kết duy trì sinh hoạt định kỳ; vẫn còn 3 vụ tàu cá vi phạm vùng biển nước ngoài; ngư dân tàu nhỏ ven bờ chưa được quan tâm đúng mức.
Đồng chí Lê Thị Hoài Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết giai đoạn tới Ban đề xuất Ban Thường vụ Tỉnh ủy ban hành chỉ thị mới về công tác vận động ngư dân, gắn với chống khai thác IUU, phấn đấu đến năm 2025 có 100% tàu khai thác xa bờ tham gia tổ đoàn kết. Đồng chí Phạm Ngọc Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đã ký báo cáo.
Quốc Hương
Tin liên quan
- Sầm Sơn: ra mắt nghiệp đoàn nghề cá phường Quảng Tiến (14/11/2019)
- Hậu Lộc: hơn 300 ngư dân tham gia tập huấn an toàn trên biển (06/11/2019)
- Tĩnh Gia: đối thoại với người dân về tái định cư (28/10/2019)
- Quảng Xương tổng kết 10 năm phong trào "Dân vận khéo" (17/10/2019)
- Nga Sơn: ngư dân cứu 6 thuyền viên tàu hàng bị chìm (08/10/2019)
""", "2019-11-22", "Thanh Hóa: Sau 5 năm, 1.086 tàu cá vào tổ đoàn kết trên biển",
E("bao_cao", None, "2019-11-21"),
[P("Lê Văn Hải", "Chủ tịch Nghiệp đoàn nghề cá xã Hải Thanh"),
 P("Nguyễn Thị Loan", "Chủ tịch Hội LHPN xã Ngư Lộc"),
 P("Mai Văn Tuấn", "Bí thư Chi bộ kiêm Trưởng thôn Bắc Hải"),
 P("Lê Thị Hoài Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Ngọc Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("1.086 tàu cá", 1086, "tàu cá"), Q("9 nghiệp đoàn nghề cá", 9, "nghiệp đoàn nghề cá"), Q("1.540 đoàn viên", 1540, "đoàn viên"),
 Q("214 tổ", 214, "tổ"), Q("khoảng 78%", 78, "%", "approx"), Q("93 tàu", 93, "tàu"), Q("517 ngư dân", 517, "ngư dân"),
 Q("trên 400 lượt thông tin", 400, "lượt thông tin", "over"), Q("128 hội nghị tuyên truyền", 128, "hội nghị tuyên truyền"),
 Q("hơn 21.000 lượt ngư dân", 21000, "lượt ngư dân", "over"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("2.350 áo phao", 2350, "áo phao"), Q("620 phao tròn", 620, "phao tròn"), Q("27 ngư dân", 27, "ngư dân"),
 Q("85 hộ gia đình", 85, "hộ gia đình"), Q("41 tổ đoàn kết", 41, "tổ đoàn kết"), Q("3 vụ tàu cá vi phạm vùng biển nước ngoài", 3, "vụ tàu cá vi phạm vùng biển nước ngoài"),
 Q("100%", 100, "%")],
[D("Báo cáo", "215", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014")],
[prov("Thanh Hóa"), com("Hải Thanh"), com("Ngư Lộc"), com("Quảng Nham")],
["BÁO THANH HÓA", "Trang chủ › Chính trị › Dân vận", "Vì ngư dân bám biển", "Luật Biển Việt Nam", "Luật Thủy sản năm 2017"],
["Thứ Sáu, 22/11/2019 - 10:50", "5 năm", "giai đoạn 2014 - 2019", "5 năm liền", "năm 2025", "năm 2017"]))
