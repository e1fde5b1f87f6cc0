from lib import *
PAGES = []

PAGES.append(page("b8213-thanhhoa-nct-mungtho-2011", """
HỘI NGƯỜI CAO TUỔI TỈNH THANH HÓA
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Ba, 27/09/2011 - 09:30
Ảnh: Các cụ cao tuổi nhận quà mừng thọ.
Thanh Hóa: Trao quà mừng thọ cho 1.250 cụ tròn 90 và 100 tuổi
Nhân kỷ niệm Ngày Quốc tế Người cao tuổi, sáng 26/9/2011, Ban đại diện Hội Người cao tuổi tỉnh phối hợp với Sở Lao động - Thương binh và Xã hội tổ chức lễ mừng thọ và trao quà cho 1.250 cụ tròn 90 và 100 tuổi trên địa bàn tỉnh. Đồng chí Lê Văn Huấn, nguyên Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện Hội Người cao tuổi tỉnh dự và trao quà.
Thực hiện Kế hoạch số 86/KH-UBND ngày 12/8/2011 của UBND tỉnh về tổ chức các hoạt động chăm sóc và phát huy vai trò người cao tuổi, năm nay toàn tỉnh có 1.172 cụ tròn 90 tuổi và 78 cụ tròn 100 tuổi được mừng thọ. Mỗi cụ tròn 100 tuổi được nhận thiếp chúc thọ của Chủ tịch nước kèm quà trị giá 500.000 đồng; các cụ tròn 90 tuổi được UBND tỉnh tặng thiếp chúc thọ và quà 300.000 đồng. Tổng kinh phí gần 391 triệu đồng, được cấp về 27 huyện, thị xã, thành phố trước ngày 1/10.
Bà Lê Thị Hạnh, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết toàn tỉnh hiện có trên 312.000 người từ 60 tuổi trở lên, trong đó hơn 46.000 người thuộc hộ nghèo được cấp thẻ bảo hiểm y tế miễn phí. Năm 2011, ngành đã phối hợp với Hội tổ chức khám sức khỏe định kỳ cho khoảng 38.500 lượt người cao tuổi, lập sổ theo dõi sức khỏe tại 634 trạm y tế xã, phường, thị trấn.
Cụ Nguyễn Thị Mận ở xã Hoằng Lộc, năm nay tròn 100 tuổi, vẫn minh mẫn, tự chăm sóc vườn cau trước nhà. Cụ xúc động nói: "Con cháu đông đủ, được Nhà nước nhớ đến, tôi mừng lắm". Cụ Bùi Văn Nhương, người dân tộc Mường ở xã Thành Vân, nguyên là chiến sĩ Điện Biên, được con cháu đưa xuống thị trấn nhận quà.
Theo đồng chí Phạm Hữu Thọ, Phó Trưởng Ban Thường trực Ban đại diện Hội Người cao tuổi tỉnh, các cấp hội đã vận động con cháu, dòng họ tổ chức mừng thọ theo hướng trang trọng, tiết kiệm; nhiều nơi gắn lễ mừng thọ với sinh hoạt câu lạc bộ dưỡng sinh. Hiện toàn tỉnh có 312 câu lạc bộ dưỡng sinh, thơ ca, cầu lông với hơn 9.800 hội viên tham gia thường xuyên.
Dịp này, Ban đại diện Hội Người cao tuổi tỉnh đã trao 15 suất quà cho các cụ có hoàn cảnh đặc biệt khó khăn ở huyện miền núi Mường Lát, mỗi suất trị giá 1 triệu đồng do các nhà hảo tâm đóng góp.
Lê Hà
Lượt xem: 1.204
Tin liên quan
- Hoằng Hóa: mừng thọ 320 cụ cao tuổi (20/09/2011)
- Hội nghị Ban đại diện Hội Người cao tuổi tỉnh quý III (05/09/2011)
- Ra mắt câu lạc bộ dưỡng sinh xã Quảng Tâm (18/08/2011)
- Tập huấn nghiệp vụ cho chi hội trưởng người cao tuổi (02/08/2011)
- Khám mắt miễn phí cho 500 người cao tuổi vùng biển (15/07/2011)
""", "2011-09-27", "Thanh Hóa: Trao quà mừng thọ cho 1.250 cụ tròn 90 và 100 tuổi",
E("trao_qua", None, "2011-09-26"),
[P("Lê Văn Huấn", "nguyên Phó Chủ tịch UBND tỉnh", "Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Lê Thị Hạnh", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Nguyễn Thị Mận"),
 P("Bùi Văn Nhương"),
 P("Phạm Hữu Thọ", "Phó Trưởng Ban Thường trực Ban đại diện Hội Người cao tuổi tỉnh")],
[Q("1.250 cụ", 1250, "cụ"), Q("1.172 cụ", 1172, "cụ"), Q("78 cụ", 78, "cụ"),
 Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 391 triệu đồng", 391000000, "đồng", "approx"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("trên 312.000 người", 312000, "người", "over"), Q("hơn 46.000 người", 46000, "người", "over"),
 Q("khoảng 38.500 lượt người cao tuổi", 38500, "lượt người cao tuổi", "approx"),
 Q("634 trạm y tế xã, phường, thị trấn", 634, "trạm y tế xã, phường, thị trấn"),
 Q("312 câu lạc bộ dưỡng sinh, thơ ca, cầu lông", 312, "câu lạc bộ dưỡng sinh, thơ ca, cầu lông"),
 Q("hơn 9.800 hội viên", 9800, "hội viên", "over"), Q("15 suất quà", 15, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "86", "KH-UBND", "2011-08-12", "UBND tỉnh", "Kế hoạch số 86/KH-UBND ngày 12/8/2011")],
[prov("Thanh Hóa"), com("Hoằng Lộc"), com("Thành Vân")],
["HỘI NGƯỜI CAO TUỔI TỈNH THANH HÓA", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Các cụ cao tuổi nhận quà mừng thọ.",
 "Ngày Quốc tế Người cao tuổi", "Chủ tịch nước", "Lượt xem: 1.204"],
["Thứ Ba, 27/09/2011 - 09:30", "90 và 100 tuổi", "100 tuổi", "60 tuổi trở lên", "Năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b8214-namdinh-nct-tongket-2012", """
Báo Nam Định điện tử
Xã hội › Người cao tuổi
Cập nhật: 14:20, 28/12/2012 (GMT+7)
Hội Người cao tuổi tỉnh triển khai nhiệm vụ năm 2013
Ngày 27/12, Ban đại diện Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào người cao tuổi năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy Phạm Thị Lụa; các đồng chí Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh: Trần Văn Khởi, Vũ Thị Nhài, Đỗ Đình Phiệt.
Quang cảnh hội nghị tổng kết.
Năm 2012, toàn tỉnh có 186.420 người cao tuổi, chiếm 10,3% dân số; trong đó hơn 142.300 người là hội viên Hội Người cao tuổi. Thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo đối với công tác người cao tuổi và về xây dựng quỹ chăm sóc người cao tuổi ở cơ sở, các cấp hội đã vận động xây dựng quỹ đạt 12,6 tỷ đồng, tăng 1,8 tỷ đồng so với năm 2011.
Công tác chăm sóc sức khỏe được chú trọng: 98,6% người cao tuổi có thẻ bảo hiểm y tế; ngành y tế phối hợp với Hội tổ chức khám sức khỏe định kỳ cho trên 45.000 lượt người cao tuổi, mổ mắt miễn phí cho 362 cụ bị đục thủy tinh thể. Các cấp hội tổ chức mừng thọ cho 2.860 cụ ở tuổi 70, 75, 80, 85, 90 và trên 90 tuổi; 418 câu lạc bộ dưỡng sinh duy trì sinh hoạt đều đặn.
Hội cũng tích cực thực hiện Nghị định số 16/2011/NĐ-CP ngày 4/4/2011 của Chính phủ về chính sách trợ giúp xã hội đối với người cao tuổi, phối hợp rà soát, đề nghị cấp trợ cấp cho 1.276 người cao tuổi cô đơn, không nơi nương tựa. Phong trào "Tuổi cao - gương sáng" có 8.930 người cao tuổi được công nhận gương mẫu; hơn 3.000 cụ làm kinh tế giỏi có thu nhập từ 100 triệu đồng/năm trở lên.
Phát biểu tại hội nghị, đồng chí Phạm Thị Lụa đánh giá cao kết quả Hội đạt được và đề nghị năm 2013 các cấp hội tiếp tục thực hiện Luật Người cao tuổi, quan tâm thành lập chi hội ở các xứ, họ đạo; phối hợp với Ủy ban MTTQ các cấp vận động người cao tuổi tham gia xây dựng nông thôn mới.
Tại hội nghị, ông Mai Văn Tiệp, Chủ tịch Hội Người cao tuổi xã Giao Thiện, chia sẻ kinh nghiệm vận động con cháu đóng góp quỹ "Phụng dưỡng ông bà, cha mẹ". Bà Trần Thị Lý, Chi hội trưởng Chi hội Người cao tuổi xóm 4, thị trấn Cổ Lễ, kiến nghị tăng mức quà mừng thọ ở cơ sở.
Dịp này, Ban đại diện Hội Người cao tuổi tỉnh tặng giấy khen cho 24 tập thể và 37 cá nhân; Trung ương Hội Người cao tuổi Việt Nam tặng bằng khen cho 3 tập thể.
Thu Hà - Hồng Minh
Tin cùng chuyên mục
- Nghĩa Hưng: khám sức khỏe miễn phí cho 400 người cao tuổi (18/12/2012)
- Mừng thọ người cao tuổi nhân Ngày Quốc tế Người cao tuổi (01/10/2012)
- Xuân Trường thành lập 12 câu lạc bộ dưỡng sinh (06/09/2012)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm (12/07/2012)
""", "2012-12-28", "Hội Người cao tuổi tỉnh triển khai nhiệm vụ năm 2013",
E("tong_ket", "2012", "2012-12-27"),
[P("Phạm Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Khởi", "Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Vũ Thị Nhài", "Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Đỗ Đình Phiệt", "Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Mai Văn Tiệp", "Chủ tịch Hội Người cao tuổi xã Giao Thiện"),
 P("Trần Thị Lý", "Chi hội trưởng Chi hội Người cao tuổi xóm 4")],
[Q("186.420 người cao tuổi", 186420, "người cao tuổi"), Q("10,3%", 10.3, "%"),
 Q("hơn 142.300 người", 142300, "người", "over"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("98,6%", 98.6, "%"),
 Q("trên 45.000 lượt người cao tuổi", 45000, "lượt người cao tuổi", "over"), Q("362 cụ", 362, "cụ"),
 Q("2.860 cụ", 2860, "cụ"), Q("418 câu lạc bộ dưỡng sinh", 418, "câu lạc bộ dưỡng sinh"),
 Q("1.276 người cao tuổi cô đơn, không nơi nương tựa", 1276, "người cao tuổi cô đơn, không nơi nương tựa"),
 Q("8.930 người cao tuổi", 8930, "người cao tuổi"), Q("hơn 3.000 cụ", 3000, "cụ", "over"),
 Q("100 triệu đồng/năm trở lên", 100000000, "đồng", "over"),
 Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân"), Q("3 tập thể", 3, "tập thể")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Nghị định", "16", "2011/NĐ-CP", "2011-04-04", "Chính phủ", "Nghị định số 16/2011/NĐ-CP ngày 4/4/2011")],
[prov("Nam Định"), com("Giao Thiện"), com("Cổ Lễ")],
["Báo Nam Định điện tử", "Xã hội › Người cao tuổi", "Quang cảnh hội nghị tổng kết.", "Tuổi cao - gương sáng",
 "Phụng dưỡng ông bà, cha mẹ", "Luật Người cao tuổi", "Trung ương Hội Người cao tuổi Việt Nam"],
["Cập nhật: 14:20, 28/12/2012 (GMT+7)", "năm 2013", "năm 2011", "70, 75, 80, 85, 90 và trên 90 tuổi"]))

PAGES.append(page("b8215-daklak-nct-khamsuckhoe-2013", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ / Xã hội / Y tế
08:15 | 16/10/2013
Khám bệnh, cấp thuốc miễn phí cho 650 người cao tuổi buôn làng
Bác sĩ khám mắt cho người cao tuổi buôn Kô Tam. Ảnh: H.Gia
Ngày 14/10, Ban đại diện Hội Người cao tuổi tỉnh Đắk Lắk phối hợp với Bệnh viện Đa khoa tỉnh và Hội Chữ thập đỏ tỉnh tổ chức khám bệnh, cấp thuốc miễn phí cho 650 người cao tuổi ở xã Ea Tu và xã Hòa Thuận (thành phố Buôn Ma Thuột), phần lớn là đồng bào Êđê.
Ngay từ sáng sớm, sân Nhà văn hóa buôn Kô Tam đã chật kín người. Đoàn gồm 48 y, bác sĩ chia thành 6 bàn khám nội, mắt, răng hàm mặt, đo huyết áp và xét nghiệm đường huyết. Kết quả cho thấy khoảng 30% số người được khám mắc bệnh tăng huyết áp, nhiều cụ bị đục thủy tinh thể, đau xương khớp; 17 cụ được tư vấn chuyển lên tuyến tỉnh để mổ mắt. Tổng giá trị thuốc cấp phát khoảng 120 triệu đồng.
Bác sĩ H'Yăn Niê, Phó Giám đốc Bệnh viện Đa khoa tỉnh, cho biết người cao tuổi ở buôn làng ít đi khám định kỳ, khi bệnh nặng mới đến bệnh viện. "Chúng tôi vừa khám vừa hướng dẫn các cụ cách ăn nhạt, đi bộ, uống thuốc huyết áp đều đặn", bà nói.
Ông Y Khăm Knul, Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh, cho biết hoạt động nằm trong Chương trình phối hợp số 05/CTPH-NCT-CTĐ giữa Ban đại diện Hội Người cao tuổi tỉnh và Hội Chữ thập đỏ tỉnh giai đoạn 2013 - 2015. Từ đầu năm đến nay, hai đơn vị đã tổ chức 4 đợt khám cho hơn 2.100 người cao tuổi ở các huyện Krông Bông, Lắk, Ea Súp.
Dịp này, Hội Chữ thập đỏ tỉnh trao 150 suất quà cho người cao tuổi nghèo, mỗi suất trị giá 200.000 đồng gồm gạo, sữa và mì chính. Già làng Y Blũ Êban ở buôn Kô Tam thay mặt bà con cảm ơn đoàn: "Cả buôn vui như có lễ hội. Các bác sĩ về tận buôn, người già không phải đi xa".
Bà H'Ngơn Byă, 82 tuổi, lần đầu tiên được đo đường huyết. Bà cười móm mém, cầm túi thuốc cùng tấm thẻ hẹn tái khám. Theo ông Nguyễn Văn Tùng, Chủ tịch UBND xã Ea Tu, toàn xã có 412 người từ 60 tuổi trở lên, trong đó 96 cụ là người Êđê; xã đã lập 2 câu lạc bộ dưỡng sinh ở buôn Kô Tam và buôn Ea Nao để các cụ tập thể dục mỗi sáng.
Được biết, năm 2013 Ban đại diện Hội Người cao tuổi tỉnh đặt mục tiêu 70% người cao tuổi được lập sổ theo dõi sức khỏe, ít nhất 90% người cao tuổi nghèo có thẻ bảo hiểm y tế.
Hoàng Gia
Tin khác
- Mừng thọ 210 cụ cao tuổi ở Krông Ana (01/10/2013)
- Ea H'leo: ra mắt câu lạc bộ liên thế hệ tự giúp nhau (19/09/2013)
- Khám mắt miễn phí cho 300 người nghèo (05/09/2013)
- Hội Người cao tuổi tỉnh sơ kết 6 tháng đầu năm 2013 (12/07/2013)
- Buôn Đôn: tặng thẻ bảo hiểm y tế cho người cao tuổi nghèo (20/06/2013)
""", "2013-10-16", "Khám bệnh, cấp thuốc miễn phí cho 650 người cao tuổi buôn làng",
E("khac", None, "2013-10-14"),
[P("H'Yăn Niê", "Bác sĩ", "Phó Giám đốc Bệnh viện Đa khoa tỉnh"),
 P("Y Khăm Knul", "Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Y Blũ Êban", "Già làng"),
 P("H'Ngơn Byă"),
 P("Nguyễn Văn Tùng", "Chủ tịch UBND xã Ea Tu")],
[Q("650 người cao tuổi", 650, "người cao tuổi"), Q("48 y, bác sĩ", 48, "y, bác sĩ"), Q("6 bàn khám", 6, "bàn khám"),
 Q("khoảng 30%", 30, "%", "approx"), Q("17 cụ", 17, "cụ"), Q("khoảng 120 triệu đồng", 120000000, "đồng", "approx"),
 Q("4 đợt khám", 4, "đợt khám"), Q("hơn 2.100 người cao tuổi", 2100, "người cao tuổi", "over"),
 Q("150 suất quà", 150, "suất quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("412 người", 412, "người"), Q("96 cụ", 96, "cụ"), Q("2 câu lạc bộ dưỡng sinh", 2, "câu lạc bộ dưỡng sinh"),
 Q("70%", 70, "%"), Q("ít nhất 90%", 90, "%", "over")],
[D("Chương trình phối hợp", "05", "CTPH-NCT-CTĐ", None, None, "Chương trình phối hợp số 05/CTPH-NCT-CTĐ")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Hòa Thuận")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ / Xã hội / Y tế", "Bác sĩ khám mắt cho người cao tuổi buôn Kô Tam. Ảnh: H.Gia",
 "Nhà văn hóa buôn Kô Tam"],
["08:15 | 16/10/2013", "82 tuổi", "60 tuổi trở lên", "2013 - 2015"]))

PAGES.append(page("b8216-soctrang-nct-soket-2014", """
HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG
Trang chủ | Hoạt động | Câu lạc bộ liên thế hệ
Ngày đăng 11/07/2014 | 15:40
Nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau trong đồng bào Khmer
Ngày 10/7/2014, Ban đại diện Hội Người cao tuổi tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lâm Văn Sết, Trưởng Ban đại diện Hội Người cao tuổi tỉnh chủ trì hội nghị.
Ông Lâm Văn Sết phát biểu tại hội nghị. Ảnh: Kim Sang
Theo báo cáo, 6 tháng qua Hội đã phối hợp triển khai Kế hoạch số 27/KH-UBND ngày 3/3/2014 của UBND tỉnh về nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau. Đến nay toàn tỉnh có 46 câu lạc bộ liên thế hệ tự giúp nhau với 2.170 thành viên, trong đó 65% là người cao tuổi và trên 70% là phụ nữ. Các câu lạc bộ duy trì sinh hoạt hằng tháng, xây dựng quỹ tín dụng quay vòng tổng cộng 1,4 tỷ đồng, cho 312 lượt thành viên vay để chăn nuôi bò, trồng màu.
Cùng với đó, ngành y tế khám sức khỏe cho 9.840 lượt người cao tuổi, tư vấn phòng chống bệnh tăng huyết áp, tiểu đường tại các câu lạc bộ. 6 tháng đầu năm, các cấp hội mừng thọ cho 1.538 cụ; vận động xây dựng, sửa chữa 21 căn nhà cho người cao tuổi nghèo, trị giá mỗi căn từ 25 đến 40 triệu đồng.
Ông Lý Sà Rươl – Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau ấp Prey Chóp A, xã Vĩnh Hiệp – chia sẻ: câu lạc bộ có 70 thành viên, mỗi tháng sinh hoạt một lần tại chùa; các thành viên trẻ đến nhà đỡ đần các cụ neo đơn, đưa cụ ốm đau đi khám. Đại đức Thạch Sóc Khen, trụ trì chùa Kompong Chrây, cho biết nhà chùa sẵn sàng dành sân chùa làm nơi tập dưỡng sinh cho người cao tuổi trong phum sóc.
Bà Sơn Thị Sa Pha, Chi hội trưởng Chi hội Người cao tuổi ấp Tà Ân A, xã Tham Đôn, kiến nghị hỗ trợ thêm kinh phí duy trì câu lạc bộ vì nhiều hội viên là hộ nghèo, không đủ khả năng đóng góp 10.000 đồng mỗi tháng.
Phát biểu kết luận, ông Lâm Văn Sết đề nghị 6 tháng cuối năm các cấp hội phối hợp với Ban Dân tộc tỉnh, ngành y tế thành lập thêm ít nhất 12 câu lạc bộ ở các xã có đông đồng bào Khmer; chuẩn bị chu đáo lễ mừng thọ nhân Ngày Quốc tế Người cao tuổi và Tháng hành động vì người cao tuổi Việt Nam.
Dịp này, ông Trần Quốc Hưng, Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh, trao giấy khen cho 5 câu lạc bộ tiêu biểu.
Kim Sang
Bài viết liên quan
- Mỹ Xuyên ra mắt câu lạc bộ liên thế hệ tự giúp nhau (20/06/2014)
- Khám mắt miễn phí cho người cao tuổi Khmer (28/05/2014)
- Hội nghị Ban đại diện quý I năm 2014 (04/04/2014)
- Long Phú: mừng thọ người cao tuổi dịp Tết Chôl Chnăm Thmây (16/04/2014)
""", "2014-07-11", "Nhân rộng mô hình câu lạc bộ liên thế hệ tự giúp nhau trong đồng bào Khmer",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Lâm Văn Sết", "Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Lý Sà Rươl", "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau ấp Prey Chóp A"),
 P("Thạch Sóc Khen", "Đại đức", "trụ trì chùa Kompong Chrây"),
 P("Sơn Thị Sa Pha", "Chi hội trưởng Chi hội Người cao tuổi ấp Tà Ân A"),
 P("Trần Quốc Hưng", "Phó Trưởng Ban đại diện Hội Người cao tuổi tỉnh")],
[Q("46 câu lạc bộ liên thế hệ tự giúp nhau", 46, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("2.170 thành viên", 2170, "thành viên"),
 Q("65%", 65, "%"), Q("trên 70%", 70, "%", "over"), Q("1,4 tỷ đồng", 1400000000, "đồng"),
 Q("312 lượt thành viên", 312, "lượt thành viên"), Q("9.840 lượt người cao tuổi", 9840, "lượt người cao tuổi"),
 Q("1.538 cụ", 1538, "cụ"), Q("21 căn nhà", 21, "căn nhà"), Q("từ 25 đến 40 triệu đồng", 25000000, "đồng"),
 Q("từ 25 đến 40 triệu đồng", 40000000, "đồng"), Q("70 thành viên", 70, "thành viên"),
 Q("10.000 đồng", 10000, "đồng"), Q("ít nhất 12 câu lạc bộ", 12, "câu lạc bộ", "over"),
 Q("5 câu lạc bộ tiêu biểu", 5, "câu lạc bộ tiêu biểu")],
[D("Kế hoạch", "27", "KH-UBND", "2014-03-03", "UBND tỉnh", "Kế hoạch số 27/KH-UBND ngày 3/3/2014")],
[prov("Sóc Trăng"), com("Vĩnh Hiệp"), com("Tham Đôn")],
["HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG", "Trang chủ | Hoạt động | Câu lạc bộ liên thế hệ",
 "Ông Lâm Văn Sết phát biểu tại hội nghị. Ảnh: Kim Sang", "Tháng hành động vì người cao tuổi Việt Nam", "Ngày Quốc tế Người cao tuổi"],
["Ngày đăng 11/07/2014 | 15:40", "6 tháng đầu năm 2014", "6 tháng cuối năm", "6 tháng qua"]))

PAGES.append(page("b8217-laocai-nct-taphuan-2015", """
Cổng thông tin điện tử tỉnh Lào Cai
Tin tức - Sự kiện >> Văn hóa - Xã hội
29-05-2015 10:20
Tập huấn chăm sóc sức khỏe người cao tuổi tại cộng đồng năm 2015
Trong 2 ngày 27 và 28/5, Ban đại diện Hội Người cao tuổi tỉnh Lào Cai phối hợp với Sở Y tế tổ chức lớp tập huấn kỹ năng chăm sóc sức khỏe người cao tuổi tại cộng đồng năm 2015 cho 120 học viên là chủ tịch hội người cao tuổi xã, chi hội trưởng và nhân viên y tế thôn bản đến từ 9 huyện, thành phố.
Học viên thực hành đo huyết áp tại lớp tập huấn.
Lớp tập huấn được tổ chức theo Kế hoạch số 34/KH-HNCT ngày 20/3/2015 của Ban đại diện Hội Người cao tuổi tỉnh, nhằm cụ thể hóa Thông tư số 27/2013/TT-BYT của Bộ Y tế hướng dẫn khám sức khỏe định kỳ và lập hồ sơ theo dõi sức khỏe người cao tuổi. Các học viên được BSCKI. Vàng Thị Mỷ, Trưởng khoa Lão khoa Bệnh viện Đa khoa tỉnh, và ThS. Nguyễn Mạnh Cường, giảng viên Trường Cao đẳng Y tế Lào Cai, hướng dẫn cách nhận biết sớm bệnh tăng huyết áp, đái tháo đường, sa sút trí tuệ; cách sơ cứu khi người già bị ngã, đột quỵ; chế độ dinh dưỡng phù hợp với tập quán ăn uống của đồng bào vùng cao.
Theo ông Sùng A Páo, Phó Chủ tịch Hội Người cao tuổi huyện Bắc Hà, trước đây nhiều cụ người Mông ốm thì mời thầy cúng, ít khi xuống trạm y tế. "Học xong, chúng tôi về nói lại cho các chi hội bằng tiếng Mông để bà con hiểu", ông Páo nói. Ông Giàng Seo Chứ, Chi hội trưởng Chi hội Người cao tuổi thôn Sín Chải, xã Tả Van Chư, cho biết thôn có 46 người cao tuổi, mới 12 cụ được khám sức khỏe trong năm qua.
Năm 2014, toàn tỉnh có 47.600 người cao tuổi, trong đó 58% là đồng bào dân tộc thiểu số; 100% người cao tuổi thuộc hộ nghèo được cấp thẻ bảo hiểm y tế; có 164 xã, phường, thị trấn lập sổ theo dõi sức khỏe người cao tuổi, đạt 100%. Tuy vậy, tỷ lệ người cao tuổi được khám định kỳ mới đạt khoảng 42%.
Bà Hoàng Thị Duyên, Phó Trưởng Ban Thường trực Ban đại diện Hội Người cao tuổi tỉnh, đề nghị các học viên sau tập huấn tổ chức ít nhất 2 buổi truyền thông tại mỗi xã trong năm 2015. Mỗi học viên được hỗ trợ 150.000 đồng/ngày và một bộ tài liệu song ngữ Việt - Mông. Kinh phí mở lớp trên 86 triệu đồng từ nguồn Quỹ Chăm sóc và phát huy vai trò người cao tuổi tỉnh.
Ông Tẩn Láo Lở, người Dao ở xã Bản Xèo, chia sẻ sẽ vận động 8 cụ trong thôn đi khám mắt vào tháng 7 tới.
Hồng Ngọc
Tin cùng chuyên mục
- Sa Pa mừng thọ 185 cụ cao tuổi (12/05/2015)
- Lào Cai có thêm 3 câu lạc bộ liên thế hệ (24/04/2015)
- Hội nghị Ban đại diện Hội Người cao tuổi tỉnh quý I (06/04/2015)
- Bát Xát: khám mắt miễn phí cho người cao tuổi vùng cao (18/03/2015)
""", "2015-05-29", "Tập huấn chăm sóc sức khỏe người cao tuổi tại cộng đồng năm 2015",
E("tap_huan", "2015", "2015-05-27"),
[P("Vàng Thị Mỷ", "BSCKI.", "Trưởng khoa Lão khoa Bệnh viện Đa khoa tỉnh"),
 P("Nguyễn Mạnh Cường", "ThS.", "giảng viên Trường Cao đẳng Y tế Lào Cai"),
 P("Sùng A Páo", "Phó Chủ tịch Hội Người cao tuổi huyện Bắc Hà"),
 P("Giàng Seo Chứ", "Chi hội trưởng Chi hội Người cao tuổi thôn Sín Chải"),
 P("Hoàng Thị Duyên", "Phó Trưởng Ban Thường trực Ban đại diện Hội Người cao tuổi tỉnh"),
 P("Tẩn Láo Lở")],
[Q("120 học viên", 120, "học viên"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("46 người cao tuổi", 46, "người cao tuổi"), Q("12 cụ", 12, "cụ"), Q("47.600 người cao tuổi", 47600, "người cao tuổi"),
 Q("58%", 58, "%"), Q("100% người cao tuổi", 100, "%"), Q("164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("đạt 100%", 100, "%"), Q("khoảng 42%", 42, "%", "approx"), Q("ít nhất 2 buổi truyền thông", 2, "buổi truyền thông", "over"),
 Q("150.000 đồng/ngày", 150000, "đồng"), Q("trên 86 triệu đồng", 86000000, "đồng", "over"), Q("8 cụ", 8, "cụ")],
[D("Kế hoạch", "34", "KH-HNCT", "2015-03-20", "Ban đại diện Hội Người cao tuổi tỉnh", "Kế hoạch số 34/KH-HNCT ngày 20/3/2015"),
 D("Thông tư", "27", "2013/TT-BYT", None, "Bộ Y tế", "Thông tư số 27/2013/TT-BYT")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bản Xèo")],
["Cổng thông tin điện tử tỉnh Lào Cai", "Tin tức - Sự kiện >> Văn hóa - Xã hội", "Học viên thực hành đo huyết áp tại lớp tập huấn.",
 "Quỹ Chăm sóc và phát huy vai trò người cao tuổi tỉnh"],
["29-05-2015 10:20", "2 ngày", "Năm 2014", "một bộ tài liệu"]))

PAGES.append(page("b8218-quangnam-nct-daihoi-2016", """
BÁO QUẢNG NAM ONLINE
Chính trị - Xã hội / Đoàn thể
Thứ Năm, 23/06/2016 | 16:00
Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V
(QNO) - Ngày 22/6, Hội Người cao tuổi tỉnh Quảng Nam tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2016 - 2021. Dự đại hội có 215 đại biểu đại diện cho hơn 128.500 hội viên trong toàn tỉnh; đồng chí Nguyễn Thị Thu Lan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu chỉ đạo.
Nhiệm kỳ 2011 - 2016, các cấp hội đã thực hiện có hiệu quả Chỉ thị số 09-CT/TU ngày 14/8/2012 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác người cao tuổi. Tỷ lệ người cao tuổi tham gia sinh hoạt hội đạt 82%; quỹ hội đạt hơn 21 tỷ đồng; toàn tỉnh thành lập 612 câu lạc bộ dưỡng sinh, văn nghệ, thơ và 38 câu lạc bộ liên thế hệ tự giúp nhau. Mỗi năm có khoảng 9.000 cụ được mừng thọ; trên 60.000 lượt người cao tuổi được khám sức khỏe định kỳ.
Ở miền núi, phong trào người cao tuổi gương mẫu có chuyển biến rõ. Già làng Clâu Blao ở thôn A Dinh, xã Lăng, huyện Tây Giang, được bà con người Cơ Tu tin yêu vì đi đầu vận động bỏ hủ tục, giữ rừng đầu nguồn. Bà Bríu Thị Hoa, Chi hội trưởng Chi hội Người cao tuổi thôn Bh'lố 1, xã A Tiêng, tham luận về cách đưa người già đi khám bệnh bằng xe máy của đoàn viên thanh niên.
Đại hội đã thảo luận, thông qua phương hướng nhiệm kỳ 2016 - 2021 với 6 chỉ tiêu chủ yếu, trong đó phấn đấu 95% người cao tuổi có thẻ bảo hiểm y tế, 70% người cao tuổi được lập sổ theo dõi sức khỏe, mỗi xã, phường, thị trấn có ít nhất 1 câu lạc bộ dưỡng sinh.
Đại hội đã bầu Ban Chấp hành Hội khóa V gồm 31 ủy viên. Tại phiên họp thứ nhất, Ban Chấp hành bầu 9 ủy viên Ban Thường vụ; ông Trương Công Hiển, nguyên Phó Trưởng Ban Tổ chức Tỉnh ủy, được tín nhiệm bầu giữ chức Chủ tịch Hội Người cao tuổi tỉnh khóa V. Các ông, bà Đoàn Văn Thiều, A Lăng Ngư, Lê Thị Bích Thủy được bầu giữ chức Phó Chủ tịch Hội Người cao tuổi tỉnh khóa V.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Lan đề nghị Hội tiếp tục thực hiện tốt Luật Người cao tuổi và Nghị quyết số 18/2016/NQ-HĐND ngày 12/4/2016 của HĐND tỉnh về mức quà mừng thọ, trong đó cụ tròn 80 tuổi được tặng quà 200.000 đồng, cụ tròn 90 tuổi được tặng 400.000 đồng.
Văn Phin
Tin liên quan
- Núi Thành: Đại hội Hội Người cao tuổi huyện nhiệm kỳ 2016 - 2021 (08/06/2016)
- Khám sức khỏe cho 500 người cao tuổi Cơ Tu (19/05/2016)
- Tam Kỳ ra mắt câu lạc bộ thơ người cao tuổi (27/04/2016)
- Hội An: mừng thọ các cụ cao tuổi dịp đầu xuân (15/02/2016)
""", "2016-06-23", "Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ V",
E("dai_hoi", None, "2016-06-22"),
[P("Nguyễn Thị Thu Lan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Clâu Blao", "Già làng"),
 P("Bríu Thị Hoa", "Chi hội trưởng Chi hội Người cao tuổi thôn Bh'lố 1"),
 P("Trương Công Hiển", "nguyên Phó Trưởng Ban Tổ chức Tỉnh ủy", "Chủ tịch Hội Người cao tuổi tỉnh khóa V"),
 P("Đoàn Văn Thiều", "Phó Chủ tịch Hội Người cao tuổi tỉnh khóa V"),
 P("A Lăng Ngư", "Phó Chủ tịch Hội Người cao tuổi tỉnh khóa V"),
 P("Lê Thị Bích Thủy", "Phó Chủ tịch Hội Người cao tuổi tỉnh khóa V")],
[Q("215 đại biểu", 215, "đại biểu"), Q("hơn 128.500 hội viên", 128500, "hội viên", "over"), Q("82%", 82, "%"),
 Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"),
 Q("612 câu lạc bộ dưỡng sinh, văn nghệ, thơ", 612, "câu lạc bộ dưỡng sinh, văn nghệ, thơ"),
 Q("38 câu lạc bộ liên thế hệ tự giúp nhau", 38, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("khoảng 9.000 cụ", 9000, "cụ", "approx"), Q("trên 60.000 lượt người cao tuổi", 60000, "lượt người cao tuổi", "over"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("95%", 95, "%"), Q("70%", 70, "%"),
 Q("31 ủy viên", 31, "ủy viên"), Q("9 ủy viên Ban Thường vụ", 9, "ủy viên Ban Thường vụ"),
 Q("200.000 đồng", 200000, "đồng"), Q("400.000 đồng", 400000, "đồng")],
[D("Chỉ thị", "09", "CT/TU", "2012-08-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 14/8/2012"),
 D("Nghị quyết", "18", "2016/NQ-HĐND", "2016-04-12", "HĐND tỉnh", "Nghị quyết số 18/2016/NQ-HĐND ngày 12/4/2016")],
[prov("Quảng Nam"), com("Lăng"), com("A Tiêng")],
["BÁO QUẢNG NAM ONLINE", "Chính trị - Xã hội / Đoàn thể", "Ảnh: Các đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "(QNO)", "Luật Người cao tuổi"],
["Thứ Năm, 23/06/2016 | 16:00", "lần thứ V", "2016 - 2021", "2011 - 2016", "ít nhất 1 câu lạc bộ dưỡng sinh", "80 tuổi", "90 tuổi", "phiên họp thứ nhất"]))
