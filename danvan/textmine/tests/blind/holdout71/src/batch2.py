from lib import *
PAGES = []

PAGES.append(page("b1667-kiengiang-mttq-giamsat-nguoicouytin-2017", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG
Vị trí: Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện
29-06-2017 09:40
Giám sát việc thực hiện chính sách đối với người có uy tín tại Giồng Riềng
Ngày 27/6/2017, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang do bà Danh Thị Sa Ren, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc Khmer tại huyện Giồng Riềng, theo chương trình giám sát năm 2017.
Đoàn giám sát làm việc tại xã Thạnh Hưng. Ảnh: Việt Hà
Tham gia đoàn có các ông, bà: Trần Ngọc Khánh, Phó Trưởng Ban Dân vận Tỉnh ủy; Chau Sóc Ra, Phó Trưởng Ban Dân tộc tỉnh; Lê Hữu Phước, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND huyện, Giồng Riềng có 39.600 người Khmer, chiếm khoảng 18% dân số, sinh sống tập trung ở 8 xã. Toàn huyện có 76 người có uy tín được UBND tỉnh công nhận theo Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 56/2013/QĐ-TTg sửa đổi, bổ sung. Từ năm 2014 đến nay, huyện đã cấp phát đầy đủ chế độ với tổng kinh phí trên 1,37 tỷ đồng, gồm tiền hỗ trợ vật chất, thăm hỏi ốm đau, tặng quà dịp Tết Chôl Chnăm Thmây, Sene Dolta và cung cấp báo, tạp chí.
Qua làm việc trực tiếp tại xã Thạnh Hưng và xã Hòa Lợi, đoàn ghi nhận người có uy tín đã phát huy tốt vai trò cầu nối giữa Đảng, chính quyền với đồng bào; tham gia hòa giải thành 23 vụ việc mâu thuẫn trong nội bộ nhân dân, vận động 146 hộ hiến đất làm đường. Ông Danh Út, người có uy tín ấp Lò Gạch Cũ, xã Hòa Lợi kiến nghị tăng mức hỗ trợ thăm hỏi và mở thêm lớp tập huấn kiến thức pháp luật cho người có uy tín.
Tuy nhiên, việc bình xét, điều chỉnh danh sách người có uy tín ở một số xã còn chậm; một số trường hợp tuổi cao, sức yếu chưa được thay thế kịp thời. Việc tổng hợp, phản ánh ý kiến của người có uy tín về cấp trên có lúc chưa đầy đủ.
Kết luận buổi giám sát, bà Danh Thị Sa Ren đề nghị UBND huyện chỉ đạo rà soát, đề xuất điều chỉnh danh sách người có uy tín theo Thông tư số 06/2013/TT-UBDT của Ủy ban Dân tộc; phối hợp với Mặt trận tổ chức gặp mặt, đối thoại định kỳ ít nhất 1 lần mỗi năm; thực hiện tốt Quy chế phối hợp số 03/QCPH-MTTQ-BDT giữa Ủy ban MTTQ Việt Nam tỉnh và Ban Dân tộc tỉnh về công tác dân tộc. Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trong quý III/2017.
Đoàn cũng đề nghị huyện tiếp tục thực hiện Kế hoạch số 76-KH/HU của Huyện ủy Giồng Riềng về nâng cao chất lượng công tác dân vận vùng đồng bào Khmer, trong đó chú trọng đào tạo, bồi dưỡng cán bộ người dân tộc Khmer tại chỗ.
Việt Hà
Tin liên quan
- Giám sát thực hiện Quy chế dân chủ ở cơ sở tại Hòn Đất (15/06/2017)
- Gặp mặt các vị sư cả, sư sãi nhân lễ Chôl Chnăm Thmây (12/04/2017)
- Châu Thành: ra mắt mô hình "Phum sóc bình yên" (24/03/2017)
- An Biên hỗ trợ 30 căn nhà đại đoàn kết cho hộ Khmer (02/03/2017)
""", "2017-06-29", "Giám sát việc thực hiện chính sách đối với người có uy tín tại Giồng Riềng",
E("giam_sat", "2017", "2017-06-27"),
[P("Danh Thị Sa Ren", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Ngọc Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Ra", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lê Hữu Phước", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Út", "người có uy tín ấp Lò Gạch Cũ")],
[Q("39.600 người Khmer", 39600, "người Khmer"), Q("khoảng 18%", 18, "%", "approx"), Q("8 xã", 8, "xã"),
 Q("76 người có uy tín", 76, "người có uy tín"), Q("trên 1,37 tỷ đồng", 1370000000, "đồng", "over"),
 Q("23 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"), Q("146 hộ", 146, "hộ")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg"),
 D("Thông tư", "06", "2013/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 06/2013/TT-UBDT của Ủy ban Dân tộc"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-BDT", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-BDT"),
 D("Kế hoạch", "76", "KH/HU", None, "Huyện ủy Giồng Riềng", "Kế hoạch số 76-KH/HU của Huyện ủy Giồng Riềng")],
[prov("Kiên Giang"), com("Thạnh Hưng"), com("Hòa Lợi")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KIÊN GIANG", "Vị trí: Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện",
 "Đoàn giám sát làm việc tại xã Thạnh Hưng. Ảnh: Việt Hà"],
["29-06-2017 09:40", "năm 2017", "1 lần", "quý III/2017", "Từ năm 2014"]))

PAGES.append(page("b1668-hcm-nguoihoa-quan5-2017", """
BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH
Xã hội | Dân tộc - Tôn giáo
Cập nhật: 07:55, 18/11/2017 (GMT+7)
Hội quán người Hoa: nơi gắn kết nghĩa tình giữa lòng Chợ Lớn
Ở quận 5, nhiều hội quán, miếu của người Hoa không chỉ là nơi sinh hoạt tín ngưỡng mà còn là địa chỉ làm từ thiện quen thuộc của bà con khu Chợ Lớn. Hằng năm, các hội quán trên địa bàn quyên góp hàng chục tỷ đồng chăm lo người nghèo, học sinh khó khăn, không phân biệt dân tộc, tôn giáo.
Các thành viên Hội quán Nghĩa An chuẩn bị quà tặng người nghèo. Ảnh: Minh Khang
Theo Ban Dân tộc thành phố, TP Hồ Chí Minh hiện có khoảng 414.000 người Hoa, chiếm hơn 5% dân số, đông nhất ở các quận 5, 6, 11 và Tân Bình. Thành phố có 34 hội quán, miếu người Hoa được xếp hạng di tích, trong đó nhiều nơi như Hội quán Tuệ Thành, Hội quán Nghĩa An, Hội quán Ôn Lăng có tuổi đời trên 200 năm.
Ông Lý Chấn Hưng, Trưởng ban Quản trị Hội quán Nghĩa An cho biết, năm 2017 hội quán đã trao 2.600 phần quà cho người nghèo, cấp 480 suất học bổng, mỗi suất 1,5 triệu đồng, và hỗ trợ xây 6 căn nhà tình thương ở các tỉnh miền Tây. "Chúng tôi làm việc thiện như một nếp sống, ông bà truyền lại", ông Hưng nói.
Bà Trương Thị Mỹ Dung, Phó Trưởng ban Ban Dân tộc thành phố đánh giá, cộng đồng người Hoa luôn chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước. Nhiều hội quán đã tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và đóng góp cho Quỹ "Vì người nghèo" thành phố. Việc thực hiện Chỉ thị số 62-CT/TW ngày 08/11/1995 của Ban Bí thư về tăng cường công tác người Hoa trong tình hình mới được các cấp ủy quan tâm.
Anh Quách Gia Kiệt, Bí thư Đoàn phường 11, quận 5 kể, những năm gần đây đoàn viên người Hoa tham gia đông đảo các đội hình tình nguyện, dạy tiếng Hoa miễn phí cho trẻ em trong hẻm. Nhiều gia đình trẻ vẫn giữ phong tục thắp hương ở hội quán dịp Tết Nguyên tiêu, lễ vía Bà Thiên Hậu.
Theo ông Lý Chấn Hưng, khó khăn hiện nay là lớp trẻ ít tham gia quản lý hội quán; việc bảo tồn kiến trúc cổ cần kinh phí lớn. Hội quán mong được hướng dẫn thủ tục tu bổ di tích thuận lợi hơn.
Chiều cuối tuần, trong khoảng sân lát gạch cũ của hội quán, các cụ ông ngồi uống trà, kể chuyện xưa; phía trong, nhóm thanh niên tất bật đóng gói gạo, mì, dầu ăn để kịp trao cho bà con trong những con hẻm nhỏ. Với nhiều người, hội quán là nơi giữ nếp nhà, giữ tiếng nói và tình làng nghĩa xóm giữa phố thị.
Bài, ảnh: Minh Khang
Lượt xem: 3.418
Tin khác
- Quận 6 họp mặt cốt cán người Hoa (10/11/2017)
- Tết Trùng Cửu ở hội quán Hà Chương (29/10/2017)
- Thành ủy gặp mặt chức sắc Phật giáo nhân dịp Vu Lan (04/09/2017)
- Quận 11: vận động người Hoa tham gia giữ gìn trật tự đô thị (22/08/2017)
""", "2017-11-18", "Hội quán người Hoa: nơi gắn kết nghĩa tình giữa lòng Chợ Lớn",
E("khac", None, None),
[P("Lý Chấn Hưng", "Trưởng ban Quản trị Hội quán Nghĩa An"),
 P("Trương Thị Mỹ Dung", "Phó Trưởng ban Ban Dân tộc thành phố"),
 P("Quách Gia Kiệt", "Bí thư Đoàn phường 11")],
[Q("khoảng 414.000 người Hoa", 414000, "người Hoa", "approx"), Q("hơn 5%", 5, "%", "over"),
 Q("34 hội quán, miếu người Hoa", 34, "hội quán, miếu người Hoa"), Q("2.600 phần quà", 2600, "phần quà"),
 Q("480 suất học bổng", 480, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("6 căn nhà tình thương", 6, "căn nhà tình thương")],
[D("Chỉ thị", "62", "CT/TW", "1995-11-08", "Ban Bí thư", "Chỉ thị số 62-CT/TW ngày 08/11/1995")],
[prov("Hồ Chí Minh")],
["BÁO ĐIỆN TỬ ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH", "Xã hội | Dân tộc - Tôn giáo",
 "Các thành viên Hội quán Nghĩa An chuẩn bị quà tặng người nghèo. Ảnh: Minh Khang", "Hội quán Tuệ Thành", "Hội quán Nghĩa An",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Lượt xem: 3.418"],
["Cập nhật: 07:55, 18/11/2017 (GMT+7)", "hàng chục tỷ đồng", "200 năm", "năm 2017", "Lượt xem: 3.418"]))

PAGES.append(page("b1669-cantho-bdv-baocao-hoahao-2018", """
Ban Dân vận Thành ủy Cần Thơ
Trang chủ >> Nghiên cứu - Trao đổi >> Dân tộc, tôn giáo
Ngày 24/12/2018 | 10:15
Báo cáo kết quả công tác vận động đồng bào Phật giáo Hòa Hảo năm 2018
Ban Dân vận Thành ủy Cần Thơ vừa có Báo cáo số 118-BC/BDVTU ngày 21/12/2018 gửi Ban Thường vụ Thành ủy về kết quả công tác vận động đồng bào Phật giáo Hòa Hảo năm 2018 và phương hướng năm 2019. Trang thông tin trích giới thiệu những nội dung chính.
Cần Thơ hiện có trên 216.000 tín đồ Phật giáo Hòa Hảo, chiếm khoảng 17% dân số, tập trung ở các huyện Thới Lai, Cờ Đỏ, Vĩnh Thạnh và quận Ô Môn; có 78 Ban Trị sự cấp xã, phường. Năm 2018, tình hình đạo Phật giáo Hòa Hảo trên địa bàn ổn định; các Ban Trị sự hoạt động đúng hiến chương, chấp hành tốt pháp luật.
Thực hiện Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2005 về công tác đối với Phật giáo Hòa Hảo, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 95-KH/TU ngày 06/4/2018 và chỉ đạo các quận, huyện ủy xây dựng kế hoạch thực hiện. Ban phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức 5 cuộc gặp gỡ, tiếp xúc với chức sắc, chức việc; 100% Ban Trị sự cấp xã được tuyên truyền Luật Tín ngưỡng, tôn giáo có hiệu lực từ ngày 01/01/2018.
Trong năm, tín đồ Phật giáo Hòa Hảo đóng góp trên 42,6 tỷ đồng làm công tác từ thiện xã hội: xây dựng 57 cây cầu bê tông, 189 căn nhà tình thương, duy trì 64 tủ thuốc nam phước thiện và 21 quán cơm, nồi cháo từ thiện ở các bệnh viện. Mô hình "Tín đồ Phật giáo Hòa Hảo tham gia giữ gìn an ninh trật tự" được nhân rộng ra 32 xã, phường.
Tuy nhiên, báo cáo cũng chỉ ra một số đối tượng nhân danh "Phật giáo Hòa Hảo thuần túy" vẫn lôi kéo một bộ phận tín đồ ở xã Thới Xuân, xã Trung An tổ chức lễ riêng, phát tán tài liệu trái phép; 3 vụ việc đã được chính quyền địa phương vận động, xử lý kịp thời.
Năm 2019, Ban Dân vận Thành ủy đề ra 6 nhóm nhiệm vụ trọng tâm, trong đó tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; phối hợp với Ban Tôn giáo thành phố tổ chức hội nghị đối thoại với chức sắc, chức việc; đề xuất khen thưởng 15 tập thể, 40 cá nhân tiêu biểu trong phong trào "sống tốt đời, đẹp đạo". Báo cáo do đồng chí Nguyễn Thị Kim Hồng, Thành ủy viên, Trưởng Ban Dân vận Thành ủy ký.
BDV
Các tin khác
- Thới Lai: họp mặt chức sắc, chức việc Phật giáo Hòa Hảo (14/12/2018)
- Ô Môn ra mắt mô hình "Dân vận khéo" trong tín đồ (30/11/2018)
- Giao ban khối dân vận quý III năm 2018 (12/10/2018)
- Cờ Đỏ tuyên dương 25 gia đình tín đồ tiêu biểu (21/09/2018)
""", "2018-12-24", "Báo cáo kết quả công tác vận động đồng bào Phật giáo Hòa Hảo năm 2018",
E("bao_cao", "2018", "2018-12-21"),
[P("Nguyễn Thị Kim Hồng", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy")],
[Q("trên 216.000 tín đồ Phật giáo Hòa Hảo", 216000, "tín đồ Phật giáo Hòa Hảo", "over"), Q("khoảng 17%", 17, "%", "approx"),
 Q("78 Ban Trị sự cấp xã, phường", 78, "Ban Trị sự cấp xã, phường"), Q("5 cuộc gặp gỡ, tiếp xúc", 5, "cuộc gặp gỡ, tiếp xúc"),
 Q("100%", 100, "%"), Q("trên 42,6 tỷ đồng", 42600000000, "đồng", "over"), Q("57 cây cầu bê tông", 57, "cây cầu bê tông"),
 Q("189 căn nhà tình thương", 189, "căn nhà tình thương"), Q("64 tủ thuốc nam phước thiện", 64, "tủ thuốc nam phước thiện"),
 Q("21 quán cơm, nồi cháo từ thiện", 21, "quán cơm, nồi cháo từ thiện"), Q("32 xã, phường", 32, "xã, phường"),
 Q("3 vụ việc", 3, "vụ việc"), Q("6 nhóm nhiệm vụ trọng tâm", 6, "nhóm nhiệm vụ trọng tâm"), Q("15 tập thể", 15, "tập thể"),
 Q("40 cá nhân", 40, "cá nhân")],
[D("Báo cáo", "118", "BC/BDVTU", "2018-12-21", "Ban Dân vận Thành ủy Cần Thơ", "Báo cáo số 118-BC/BDVTU ngày 21/12/2018"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2018"),
 D("Chỉ thị", "49", "CT/TW", "2005-10-20", None, "Chỉ thị số 49-CT/TW ngày 20/10/2005"),
 D("Kế hoạch", "95", "KH/TU", "2018-04-06", "Ban Thường vụ Thành ủy", "Kế hoạch số 95-KH/TU ngày 06/4/2018"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/02/2010")],
[prov("Cần Thơ"), com("Thới Xuân"), com("Trung An")],
["Ban Dân vận Thành ủy Cần Thơ", "Trang chủ >> Nghiên cứu - Trao đổi >> Dân tộc, tôn giáo", "Luật Tín ngưỡng, tôn giáo",
 "Tín đồ Phật giáo Hòa Hảo tham gia giữ gìn an ninh trật tự", "Phật giáo Hòa Hảo thuần túy", "sống tốt đời, đẹp đạo", "BDV"],
["Ngày 24/12/2018 | 10:15", "năm 2018", "năm 2019", "Năm 2019", "01/01/2018"]))

PAGES.append(page("b1670-soctrang-daihoi-susai-2019", """
SÓC TRĂNG ONLINE
Trang chủ - Chính trị - Dân tộc, tôn giáo
15/08/2019 - 16:20
Đại hội đại biểu Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng lần thứ VIII
Ảnh: Ban Chấp hành Hội nhiệm kỳ mới ra mắt đại hội.
Ngày 14/8, Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng long trọng tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2019 - 2024. Dự đại hội có 150 đại biểu chính thức, đại diện cho trên 3.300 vị sư sãi đang tu học tại 92 chùa Phật giáo Nam tông Khmer trong tỉnh.
Đến dự có đồng chí Hồ Thị Cẩm Đào, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lâm Hoàng Nghiệp, Phó Chủ tịch UBND tỉnh; đại diện Hội Đoàn kết sư sãi yêu nước các tỉnh Trà Vinh, Bạc Liêu.
Báo cáo tổng kết nhiệm kỳ 2014 - 2019 cho biết, Hội đã vận động sư sãi và đồng bào Khmer đóng góp trên 35 tỷ đồng xây dựng cầu, đường, trường học; mở 1.118 lớp dạy chữ Khmer cho hơn 32.000 lượt học sinh; 100% chùa đạt tiêu chuẩn "Chùa văn hóa". Hội đã phối hợp với Ban Dân tộc tỉnh thực hiện Quyết định số 2561/QĐ-TTg ngày 31/12/2016 của Thủ tướng Chính phủ về hỗ trợ hoạt động của các hội đoàn kết sư sãi yêu nước.
Phát biểu chỉ đạo, đồng chí Hồ Thị Cẩm Đào ghi nhận sư sãi đã góp phần quan trọng vào thành công của 5 năm thực hiện Nghị quyết số 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc Khmer. Đồng chí đề nghị Hội tiếp tục tuyên truyền, vận động đồng bào thực hiện tốt Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới.
Đại hội đã hiệp thương cử 33 vị vào Ban Chấp hành nhiệm kỳ 2019 - 2024. Hòa thượng Lâm Em, Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam, trụ trì chùa Mahatup, được suy tôn Chủ tịch danh dự. Thượng tọa Lý Hùng, trụ trì chùa Kh'mer Kroom, được tín nhiệm giữ chức Chủ tịch Hội; Đại đức Thạch Chanh Đa Ra và Đại đức Kim Sok Chanh Sa giữ chức Phó Chủ tịch Hội.
Dịp này, UBND tỉnh tặng Bằng khen cho 9 tập thể, 17 cá nhân có thành tích xuất sắc trong nhiệm kỳ.
Đại hội cũng thông qua chương trình hành động nhiệm kỳ mới với trọng tâm là vận động sư sãi tu học đúng giáo lý, chấp hành pháp luật; tham gia giữ gìn bản sắc văn hóa dân tộc, bảo tồn chữ viết Khmer; phối hợp cùng chính quyền vận động đồng bào phát triển sản xuất, giảm nghèo bền vững và giữ vững an ninh trật tự ở phum sóc.
Trung Hiếu
Lượt xem: 1.870
Tin liên quan
- Vĩnh Châu: khánh thành trường Pali Trung cấp Nam Bộ (05/08/2019)
- Chúc mừng lễ Sene Dolta năm 2019 (26/07/2019)
- Ban Dân vận Tỉnh ủy giao ban 6 tháng đầu năm (12/07/2019)
- Châu Thành: người có uy tín vận động bà con hiến đất (28/06/2019)
""", "2019-08-15", "Đại hội đại biểu Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng lần thứ VIII",
E("dai_hoi", None, "2019-08-14"),
[P("Hồ Thị Cẩm Đào", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Hoàng Nghiệp", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Em", "Hòa thượng", "Phó Pháp chủ Hội đồng Chứng minh Giáo hội Phật giáo Việt Nam", "trụ trì chùa Mahatup", "Chủ tịch danh dự"),
 P("Lý Hùng", "Thượng tọa", "trụ trì chùa Kh'mer Kroom", "Chủ tịch Hội"),
 P("Thạch Chanh Đa Ra", "Đại đức", "Phó Chủ tịch Hội"),
 P("Kim Sok Chanh Sa", "Đại đức", "Phó Chủ tịch Hội")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("trên 3.300 vị sư sãi", 3300, "vị sư sãi", "over"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("trên 35 tỷ đồng", 35000000000, "đồng", "over"),
 Q("1.118 lớp dạy chữ Khmer", 1118, "lớp dạy chữ Khmer"), Q("hơn 32.000 lượt học sinh", 32000, "lượt học sinh", "over"),
 Q("100%", 100, "%"), Q("33 vị", 33, "vị"), Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Quyết định", "2561", "QĐ-TTg", "2016-12-31", "Thủ tướng Chính phủ", "Quyết định số 2561/QĐ-TTg ngày 31/12/2016"),
 D("Nghị quyết", "18", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 18-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018")],
[prov("Sóc Trăng")],
["SÓC TRĂNG ONLINE", "Trang chủ - Chính trị - Dân tộc, tôn giáo", "Ảnh: Ban Chấp hành Hội nhiệm kỳ mới ra mắt đại hội.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh Sóc Trăng", "Chùa văn hóa", "Lượt xem: 1.870"],
["15/08/2019 - 16:20", "lần thứ VIII", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2014 - 2019", "5 năm", "Lượt xem: 1.870"]))

PAGES.append(page("b1671-bariavungtau-bdv-hoinghi-congiao-2020", """
Báo Bà Rịa - Vũng Tàu điện tử
Chính trị » Xây dựng Đảng » Dân vận
Thứ Tư, 09/12/2020
Phát huy vai trò chức sắc, người có uy tín trong đồng bào Công giáo
BR-VT - Ngày 8/12, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo Sở Nội vụ tổ chức hội nghị gặp mặt, biểu dương chức sắc, chức việc và người có uy tín trong đồng bào Công giáo năm 2020. Đồng chí Nguyễn Thị Yến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự và phát biểu.
Đồng chí Nguyễn Thị Yến tặng quà các linh mục tại hội nghị.
Chủ trì hội nghị có đồng chí Trần Văn Tuấn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Nguyễn Văn Hậu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Bà Rịa - Vũng Tàu hiện có trên 245.000 giáo dân, sinh hoạt tại 94 giáo xứ thuộc 4 giáo hạt của Giáo phận Bà Rịa. Năm 2020, trong bối cảnh dịch Covid-19, các giáo xứ đã tạm dừng các thánh lễ đông người theo Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; đồng thời đóng góp trên 14,8 tỷ đồng tiền mặt, 310 tấn gạo và nhu yếu phẩm hỗ trợ người dân khó khăn. Có 1.640 hộ giáo dân được vận động hiến đất, tháo dỡ vật kiến trúc để mở rộng đường giao thông.
Tại hội nghị, Linh mục Phêrô Nguyễn Văn Lộc, Quản hạt Bà Rịa bày tỏ vui mừng trước sự quan tâm của cấp ủy, chính quyền đối với đời sống đạo. Ông Trịnh Quang Hòa, người có uy tín giáo xứ Song Vĩnh, phường Tân Phước, thị xã Phú Mỹ kiến nghị đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất cho các cơ sở tôn giáo và tăng cường xử lý ô nhiễm ở khu công nghiệp gần khu dân cư.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Yến mong muốn các chức sắc tiếp tục đồng hành với địa phương thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ VII; vận động giáo dân thực hiện tốt Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Đồng chí cũng đề nghị Ban Dân vận Tỉnh ủy sớm hoàn thành tổng kết 15 năm thực hiện Chỉ thị số 25-CT/TU ngày 18/5/2005 của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Công giáo.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 26 tập thể, 48 cá nhân và trao 120 phần quà cho chức sắc, người có uy tín.
Các đại biểu tham dự đánh giá, mối quan hệ giữa chính quyền với các giáo xứ ngày càng gắn bó; nhiều linh mục chủ động phối hợp với ban điều hành khu phố, ấp vận động giáo dân tham gia phòng, chống dịch bệnh, giữ gìn vệ sinh môi trường và xây dựng khu dân cư văn hóa.
Quang Vũ
Tin khác
- Long Điền: gặp mặt chức sắc các tôn giáo (01/12/2020)
- Xuyên Mộc trao 45 căn nhà đại đoàn kết (20/11/2020)
- Châu Đức tuyên dương gia đình "sống tốt đời, đẹp đạo" (05/11/2020)
- Giao ban khối dân vận quý III/2020 (14/10/2020)
""", "2020-12-09", "Phát huy vai trò chức sắc, người có uy tín trong đồng bào Công giáo",
E("hoi_nghi", "2020", "2020-12-08"),
[P("Nguyễn Thị Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"),
 P("Trần Văn Tuấn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Quản hạt Bà Rịa"),
 P("Trịnh Quang Hòa", "người có uy tín giáo xứ Song Vĩnh")],
[Q("trên 245.000 giáo dân", 245000, "giáo dân", "over"), Q("94 giáo xứ", 94, "giáo xứ"), Q("4 giáo hạt", 4, "giáo hạt"),
 Q("trên 14,8 tỷ đồng", 14800000000, "đồng", "over"), Q("310 tấn", 310, "tấn"), Q("1.640 hộ giáo dân", 1640, "hộ giáo dân"),
 Q("26 tập thể", 26, "tập thể"), Q("48 cá nhân", 48, "cá nhân"), Q("120 phần quà", 120, "phần quà")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chỉ thị", "25", "CT/TU", "2005-05-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 18/5/2005")],
[prov("Bà Rịa - Vũng Tàu"), com("Tân Phước")],
["Báo Bà Rịa - Vũng Tàu điện tử", "Chính trị » Xây dựng Đảng » Dân vận", "BR-VT", "Đồng chí Nguyễn Thị Yến tặng quà các linh mục tại hội nghị.",
 "Giáo phận Bà Rịa", "sống tốt đời, đẹp đạo"],
["Thứ Tư, 09/12/2020", "năm 2020", "lần thứ VII", "15 năm"]))

PAGES.append(page("b1672-vinhlong-bdv-giaoban-thang10-2020", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ | Hoạt động | Tin dân vận
Ngày đăng 06/11/2020 | 08:45
Giao ban khối dân vận tháng 10: tập trung khắc phục hậu quả mưa lũ, chăm lo Lễ Ok Om Bok
Sáng 5/11, Ban Dân vận Tỉnh ủy Vĩnh Long tổ chức họp giao ban khối dân vận tháng 10/2020. Đồng chí Nguyễn Thị Minh Hạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh cuộc họp giao ban.
Trong tháng, khối dân vận đã vận động các tôn giáo, doanh nghiệp ủng hộ đồng bào miền Trung bị thiệt hại do bão lũ với tổng số tiền trên 3,26 tỷ đồng; Hội Liên hiệp Phụ nữ tỉnh quyên góp 2.150 bộ quần áo, 14 tấn gạo. Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh thăm, tặng quà 16 chùa Phật giáo Nam tông Khmer nhân Lễ Ok Om Bok, mỗi chùa 2 triệu đồng; hướng dẫn các huyện Trà Ôn, Tam Bình, Bình Tân tổ chức lễ hội an toàn theo Kế hoạch số 63-KH/BDVTU ngày 02/10/2020.
Đồng chí Nguyễn Văn Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, tình hình các tôn giáo ổn định; Giáo hội Phật giáo Việt Nam tỉnh tổ chức thành công Đại hội đại biểu lần thứ IX; một số điểm nhóm Tin lành chưa đăng ký ở xã Loan Mỹ vẫn sinh hoạt, cần tiếp tục vận động. Khối dân vận tiếp nhận 12 lượt công dân đến phản ánh, kiến nghị, đã hướng dẫn 12 lượt theo đúng quy định.
Đồng chí Thạch Sa Phone, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, đề nghị quan tâm sửa chữa, cải tạo nhà ở cho 58 hộ Khmer nghèo ở xã Đông Thành bị ảnh hưởng triều cường. Đại diện Tỉnh đoàn báo cáo kết quả vận động 1.300 đoàn viên tham gia chiến dịch "Ngày thứ bảy tình nguyện".
Kết luận giao ban, đồng chí Nguyễn Thị Minh Hạnh yêu cầu tháng 11, các cơ quan khối dân vận triển khai Kết luận số 03-KL/TU ngày 25/10/2020 của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2021; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW của BCH Trung ương (khóa XI) về tăng cường đổi mới công tác dân vận; tổ chức thăm, chúc mừng chức sắc, giáo dân nhân lễ Giáng sinh năm 2020.
Các đại biểu cũng thảo luận về tình hình tư tưởng của nhân dân trước thiệt hại do mưa lũ, việc bảo đảm an toàn cho người dân tham gia lễ hội đua ghe ngo và các giải pháp tuyên truyền, vận động đồng bào Khmer chuyển đổi cơ cấu cây trồng, vật nuôi phù hợp với điều kiện xâm nhập mặn. Nhiều ý kiến đề nghị tăng cường phối hợp giữa khối dân vận với Mặt trận và các đoàn thể trong nắm tình hình cơ sở.
Ban Dân vận Tỉnh ủy
Lượt xem: 471
Tin liên quan
- Vĩnh Long: gặp mặt người có uy tín trong đồng bào Khmer (23/10/2020)
- Bình Tân ra mắt mô hình "Dân vận khéo" (08/10/2020)
- Giao ban khối dân vận tháng 9/2020 (07/10/2020)
- Trà Ôn: tập huấn công tác dân tộc cho cán bộ ấp (18/09/2020)
""", "2020-11-06", "Giao ban khối dân vận tháng 10: tập trung khắc phục hậu quả mưa lũ, chăm lo Lễ Ok Om Bok",
E("giao_ban", "2020-10", "2020-11-05"),
[P("Nguyễn Thị Minh Hạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Phone", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("trên 3,26 tỷ đồng", 3260000000, "đồng", "over"), Q("2.150 bộ quần áo", 2150, "bộ quần áo"), Q("14 tấn", 14, "tấn"),
 Q("16 chùa Phật giáo Nam tông Khmer", 16, "chùa Phật giáo Nam tông Khmer"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("12 lượt công dân", 12, "lượt công dân"), Q("12 lượt", 12, "lượt"), Q("58 hộ Khmer nghèo", 58, "hộ Khmer nghèo"),
 Q("1.300 đoàn viên", 1300, "đoàn viên")],
[D("Kế hoạch", "63", "KH/BDVTU", "2020-10-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 63-KH/BDVTU ngày 02/10/2020"),
 D("Kết luận", "03", "KL/TU", "2020-10-25", "Ban Thường vụ Tỉnh ủy", "Kết luận số 03-KL/TU ngày 25/10/2020"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 25-NQ/TW của BCH Trung ương")],
[prov("Vĩnh Long"), com("Loan Mỹ"), com("Đông Thành")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ | Hoạt động | Tin dân vận", "Quang cảnh cuộc họp giao ban.", "Ngày thứ bảy tình nguyện",
 "Ok Om Bok", "Lượt xem: 471"],
["Ngày đăng 06/11/2020 | 08:45", "tháng 10/2020", "tháng 11", "lần thứ IX", "10 năm", "năm 2021", "năm 2020", "Lượt xem: 471"]))
