from lib import *
PAGES = []

PAGES.append(page("b5549-thainguyen-hnct-tongket-2011", """
HỘI NGƯỜI CAO TUỔI TỈNH THÁI NGUYÊN
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Tư, 28/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Người cao tuổi tỉnh Thái Nguyên tổng kết công tác Hội năm 2011
Ngày 26/12/2011, Ban Chấp hành Hội Người cao tuổi (NCT) tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác Hội và phong trào NCT năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Ma Văn Thịnh, Chủ tịch Hội NCT tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Dương Thị Lụa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và 65 đồng chí là chủ tịch, phó chủ tịch Hội NCT các huyện, thành phố, thị xã.
Theo báo cáo, toàn tỉnh hiện có 118.430 người cao tuổi, trong đó 82.615 người là hội viên, đạt 69,8%. Năm 2011, các cấp Hội đã kết nạp 4.120 hội viên mới; 181/181 xã, phường, thị trấn có Ban đại diện Hội NCT. Hội đã phối hợp với ngành Lao động - Thương binh và Xã hội tổ chức mừng thọ cho 9.760 cụ ở tuổi 70, 75, 80, 85, 90 và trên 100 tuổi, với tổng kinh phí gần 1,9 tỷ đồng. Quỹ chăm sóc và phát huy vai trò NCT ở cơ sở đạt hơn 3,4 tỷ đồng.
Các cấp Hội tiếp tục triển khai Luật Người cao tuổi và Nghị định số 06/2011/NĐ-CP ngày 14/1/2011 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật; thực hiện Kế hoạch số 37-KH/TU của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Chỉ thị 59-CT/TW của Bộ Chính trị về chăm sóc người cao tuổi. Phong trào "Tuổi cao - gương sáng" có 21.300 cụ đạt danh hiệu gia đình văn hóa; 312 câu lạc bộ thơ, dưỡng sinh duy trì sinh hoạt đều.
Tại hội nghị, ông Hoàng Văn Páo, Chủ tịch Hội NCT huyện Định Hóa, cho biết Hội đã vận động hội viên hiến 2.600 m2 đất làm đường liên xóm; bà Lưu Thị Én, Chủ tịch Hội NCT xã Phú Đình, trao đổi kinh nghiệm duy trì 14 tổ hòa giải do người cao tuổi làm nòng cốt. Ông Nông Quang Thuần, Trưởng ban đại diện Hội NCT phường Túc Duyên, đề nghị tỉnh sớm có hướng dẫn thành lập quỹ chăm sóc NCT ở tổ dân phố.
Phát biểu chỉ đạo, đồng chí Dương Thị Lụa ghi nhận những đóng góp của NCT trong xây dựng nông thôn mới, đề nghị năm 2012 Hội tập trung củng cố tổ chức cơ sở, phát triển hội viên, phấn đấu 75% người cao tuổi vào Hội; phối hợp với Ủy ban MTTQ tỉnh thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Trung ương Hội NCT Việt Nam tặng Bằng khen cho 6 tập thể và 11 cá nhân; Hội NCT tỉnh tặng giấy khen cho 24 tập thể, 37 cá nhân. Ông Trần Đức Mạnh, Phó Chủ tịch Thường trực Hội NCT tỉnh, công bố quyết định khen thưởng.
Hà Phương
Lượt xem: 1.204
Tin liên quan
- Đồng Hỷ: mừng thọ 820 cụ cao tuổi (12/12/2011)
- Hội NCT huyện Võ Nhai sơ kết 3 năm thực hiện Chỉ thị 59 (25/11/2011)
- Câu lạc bộ dưỡng sinh phường Hoàng Văn Thụ ra mắt (08/11/2011)
""", "2011-12-28", "Hội Người cao tuổi tỉnh Thái Nguyên tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Ma Văn Thịnh", "Chủ tịch Hội NCT tỉnh"),
 P("Dương Thị Lụa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Páo", "Chủ tịch Hội NCT huyện Định Hóa"),
 P("Lưu Thị Én", "Chủ tịch Hội NCT xã Phú Đình"),
 P("Nông Quang Thuần", "Trưởng ban đại diện Hội NCT phường Túc Duyên"),
 P("Trần Đức Mạnh", "Phó Chủ tịch Thường trực Hội NCT tỉnh")],
[Q("65 đồng chí", 65, "đồng chí"), Q("118.430 người cao tuổi", 118430, "người cao tuổi"),
 Q("82.615 người", 82615, "người"), Q("69,8%", 69.8, "%"), Q("4.120 hội viên mới", 4120, "hội viên mới"),
 Q("181/181 xã, phường, thị trấn", 181, "xã, phường, thị trấn"), Q("9.760 cụ", 9760, "cụ"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("21.300 cụ", 21300, "cụ"), Q("312 câu lạc bộ thơ, dưỡng sinh", 312, "câu lạc bộ thơ, dưỡng sinh"),
 Q("2.600 m2", 2600, "m2"), Q("14 tổ hòa giải", 14, "tổ hòa giải"), Q("75%", 75, "%"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân")],
[D("Nghị định", "06", "2011/NĐ-CP", "2011-01-14", "Chính phủ", "Nghị định số 06/2011/NĐ-CP ngày 14/1/2011"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU"),
 D("Chỉ thị", "59", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 59-CT/TW")],
[prov("Thái Nguyên"), com("Phú Đình"), com("Túc Duyên")],
["HỘI NGƯỜI CAO TUỔI TỈNH THÁI NGUYÊN", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Tuổi cao - gương sáng", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Người cao tuổi", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:20", "65 đồng chí", "năm 2011", "năm 2012", "70, 75, 80, 85, 90", "100 tuổi", "Lượt xem: 1.204"]))

PAGES.append(page("b5550-nghean-quynhluu-chuctho-2012", """
Báo Nghệ An điện tử
Xã hội | Người cao tuổi
Cập nhật: 16:40, 15/10/2012 (GMT+7)
Quỳnh Lưu: Thăm, chúc thọ và tặng quà các cụ tròn 100 tuổi
(Baonghean) - Nhân dịp kỷ niệm 22 năm Ngày Quốc tế Người cao tuổi và hưởng ứng Tháng hành động vì người cao tuổi, ngày 14/10, đoàn công tác của Huyện ủy, UBND, Ủy ban MTTQ và Hội Người cao tuổi huyện Quỳnh Lưu do đồng chí Hồ Sỹ Luận, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện làm trưởng đoàn đã đến thăm, chúc thọ và tặng quà 17 cụ tròn 100 tuổi trên địa bàn.
Đồng chí Hồ Sỹ Luận trao quà chúc thọ cụ bà Nguyễn Thị Lài ở xã Quỳnh Thạch. Ảnh: Minh Tuấn
Tại xã Quỳnh Thạch, đoàn đến thăm cụ bà Nguyễn Thị Lài, năm nay tròn 100 tuổi, hiện sống cùng con cháu bốn thế hệ. Thay mặt lãnh đạo huyện, đồng chí Hồ Sỹ Luận trao thiếp chúc thọ của Chủ tịch nước, kèm theo 5 mét vải lụa và 500.000 đồng tiền mặt; đồng thời trao quà của huyện trị giá 1 triệu đồng. Cụ Lài xúc động cảm ơn sự quan tâm của Đảng, Nhà nước và mong con cháu luôn đoàn kết, làm ăn giỏi.
Tại xã Quỳnh Bảng, đoàn do ông Thái Văn Cừ, Chủ tịch Hội NCT huyện dẫn đầu đã chúc thọ cụ ông Hồ Văn Kiệm, một cựu chiến binh từng tham gia kháng chiến chống Pháp, người nhiều năm làm Trưởng ban đại diện Hội NCT xóm 5. Các đồng chí Phó Chủ tịch UBND huyện Quỳnh Lưu: Nguyễn Thị Hường, Phan Đình Khuê cùng đi với đoàn.
Theo ông Thái Văn Cừ, toàn huyện hiện có hơn 41.000 người cao tuổi, trong đó 34.258 người sinh hoạt trong 43 chi hội cơ sở. Năm 2012, các cấp Hội trong huyện đã tổ chức mừng thọ cho 6.845 cụ ở các độ tuổi; cấp xã chi gần 820 triệu đồng, con cháu và các dòng họ đóng góp thêm khoảng 1,2 tỷ đồng. Việc chúc thọ, mừng thọ được thực hiện theo Thông tư số 21/2011/TT-BTC của Bộ Tài chính và Kế hoạch số 112/KH-UBND ngày 3/8/2012 của UBND huyện, tổ chức trang trọng, tiết kiệm.
Trong đợt này, Hội NCT huyện cũng phối hợp với Hội Chữ thập đỏ tặng 350 suất quà cho người cao tuổi cô đơn, không nơi nương tựa, mỗi suất trị giá 300.000 đồng; trao 120 thẻ bảo hiểm y tế cho người cao tuổi thuộc hộ cận nghèo.
Bà Nguyễn Thị Hường cho biết, thời gian tới huyện sẽ tiếp tục chỉ đạo các xã rà soát, lập danh sách người cao tuổi đủ điều kiện hưởng trợ cấp xã hội theo Nghị định 06/2011/NĐ-CP của Chính phủ, bảo đảm không bỏ sót đối tượng. Huyện cũng giao Phòng Lao động - Thương binh và Xã hội phối hợp với Hội NCT rà soát 9 trường hợp người cao tuổi sống một mình, chưa có nhà ở kiên cố để vận động hỗ trợ trước mùa mưa bão.
Minh Tuấn
Tin liên quan
- Diễn Châu: hội thi "Người cao tuổi với văn hóa ứng xử" (10/10/2012)
- Hội NCT tỉnh tổ chức tọa đàm nhân Ngày Quốc tế NCT (01/10/2012)
- Yên Thành ra mắt câu lạc bộ liên thế hệ tự giúp nhau (20/09/2012)
""", "2012-10-15", "Quỳnh Lưu: Thăm, chúc thọ và tặng quà các cụ tròn 100 tuổi",
E("trao_qua", None, "2012-10-14"),
[P("Hồ Sỹ Luận", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Thị Lài"),
 P("Thái Văn Cừ", "Chủ tịch Hội NCT huyện"),
 P("Hồ Văn Kiệm", "Trưởng ban đại diện Hội NCT xóm 5"),
 P("Nguyễn Thị Hường", "Phó Chủ tịch UBND huyện Quỳnh Lưu"),
 P("Phan Đình Khuê", "Phó Chủ tịch UBND huyện Quỳnh Lưu")],
[Q("17 cụ", 17, "cụ"), Q("5 mét", 5, "mét"), Q("500.000 đồng", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 41.000 người cao tuổi", 41000, "người cao tuổi", "over"), Q("34.258 người", 34258, "người"),
 Q("43 chi hội cơ sở", 43, "chi hội cơ sở"), Q("6.845 cụ", 6845, "cụ"),
 Q("gần 820 triệu đồng", 820000000, "đồng", "approx"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("350 suất quà", 350, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("120 thẻ bảo hiểm y tế", 120, "thẻ bảo hiểm y tế"),
 Q("9 trường hợp", 9, "trường hợp")],
[D("Thông tư", "21", "2011/TT-BTC", None, "Bộ Tài chính", "Thông tư số 21/2011/TT-BTC"),
 D("Kế hoạch", "112", "KH-UBND", "2012-08-03", "UBND huyện", "Kế hoạch số 112/KH-UBND ngày 3/8/2012"),
 D("Nghị định", "06", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 06/2011/NĐ-CP")],
[prov("Nghệ An"), com("Quỳnh Thạch"), com("Quỳnh Bảng")],
["Báo Nghệ An điện tử", "Xã hội | Người cao tuổi", "(Baonghean)", "Tháng hành động vì người cao tuổi",
 "Đồng chí Hồ Sỹ Luận trao quà chúc thọ cụ bà Nguyễn Thị Lài ở xã Quỳnh Thạch. Ảnh: Minh Tuấn", "Ngày Quốc tế Người cao tuổi"],
["Cập nhật: 16:40, 15/10/2012 (GMT+7)", "22 năm", "100 tuổi", "bốn thế hệ", "xóm 5", "Năm 2012"]))

PAGES.append(page("b5551-daklak-hnct-daihoi-2016", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị › Mặt trận - Đoàn thể
22/06/2016 - 10:05
Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ IV, nhiệm kỳ 2016 - 2021
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Ngày 21/6, Hội Người cao tuổi tỉnh Đắk Lắk tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2016 - 2021. Dự đại hội có đồng chí Y Bhăm Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Ngọc Tuấn, Phó Chủ tịch Trung ương Hội NCT Việt Nam cùng 186 đại biểu đại diện cho hơn 128.000 hội viên người cao tuổi của 15 huyện, thị xã, thành phố.
Nhiệm kỳ 2011 - 2016, Hội NCT các cấp đã bám sát Chỉ thị 59-CT/TW ngày 27/9/1995 của Bộ Chính trị và Chương trình hành động số 08-CTr/TU ngày 16/5/2012 của Tỉnh ủy về công tác người cao tuổi. Số hội viên tăng thêm 31.540 người; 100% xã, phường, thị trấn có tổ chức Hội. Toàn tỉnh có 1.126 câu lạc bộ của người cao tuổi, trong đó 84 câu lạc bộ liên thế hệ tự giúp nhau. Quỹ chăm sóc và phát huy vai trò NCT đạt trên 12,6 tỷ đồng; đã có 3.470 cụ được hỗ trợ vay vốn phát triển kinh tế, 2.118 người cao tuổi đạt danh hiệu "Người cao tuổi sản xuất, kinh doanh giỏi".
Đồng bào các dân tộc Êđê, Mnông, Jrai tích cực tham gia phong trào. Các già làng, người cao tuổi có uy tín đã tham gia hòa giải thành 412 vụ việc mâu thuẫn trong buôn làng, vận động 57 hộ bỏ đạo trái pháp luật trở về sinh hoạt bình thường.
Phát biểu chỉ đạo, đồng chí Y Bhăm Niê đề nghị Hội tiếp tục thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; phát huy vai trò già làng, người có uy tín trong giữ gìn an ninh trật tự.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 27 ủy viên. Ông H'Lũy Mlô được tín nhiệm giữ chức Chủ tịch Hội NCT tỉnh khóa IV; các ông Nguyễn Hữu Đào, Y Wơn Ênuôl được bầu làm Phó Chủ tịch Hội NCT tỉnh. Đại hội cũng bầu 7 đại biểu đi dự Đại hội đại biểu toàn quốc Hội NCT Việt Nam lần thứ V.
Tham luận tại đại hội, già làng Ama Thuột, Chủ tịch Chi hội NCT buôn Kô Siêr, phường Tân Lợi, kể việc vận động bà con giữ rừng cộng đồng; bà H'Xuân Byă, Chủ tịch Hội NCT xã Ea Tul, huyện Cư M'gar, chia sẻ mô hình tổ phụ nữ cao tuổi dệt thổ cẩm với 26 thành viên, mỗi năm thu nhập thêm khoảng 15 triệu đồng/người.
Đại hội thông qua Nghị quyết với các chỉ tiêu: phấn đấu thu hút 85% trở lên người cao tuổi vào Hội; mỗi năm có ít nhất 1.000 cụ đạt danh hiệu "Ông bà mẫu mực, con cháu thảo hiền".
H.Giang - T.Nhàn
Bình luận (0)
Tin liên quan
- Buôn Ma Thuột: Đại hội Hội NCT thành phố nhiệm kỳ 2016 - 2021 (02/06/2016)
- Krông Pắc mừng thọ 1.200 cụ cao tuổi (14/05/2016)
""", "2016-06-22", "Đại hội đại biểu Hội Người cao tuổi tỉnh lần thứ IV, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-06-21"),
[P("Y Bhăm Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Ngọc Tuấn", "Phó Chủ tịch Trung ương Hội NCT Việt Nam"),
 P("H'Lũy Mlô", "Chủ tịch Hội NCT tỉnh khóa IV"),
 P("Nguyễn Hữu Đào", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Y Wơn Ênuôl", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Ama Thuột", "già làng", "Chủ tịch Chi hội NCT buôn Kô Siêr"),
 P("H'Xuân Byă", "Chủ tịch Hội NCT xã Ea Tul")],
[Q("186 đại biểu", 186, "đại biểu"), Q("hơn 128.000 hội viên người cao tuổi", 128000, "hội viên người cao tuổi", "over"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("31.540 người", 31540, "người"),
 Q("100%", 100, "%"), Q("1.126 câu lạc bộ", 1126, "câu lạc bộ"), Q("84 câu lạc bộ liên thế hệ tự giúp nhau", 84, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("3.470 cụ", 3470, "cụ"), Q("2.118 người cao tuổi", 2118, "người cao tuổi"),
 Q("412 vụ việc mâu thuẫn", 412, "vụ việc mâu thuẫn"), Q("57 hộ", 57, "hộ"), Q("27 ủy viên", 27, "ủy viên"),
 Q("7 đại biểu", 7, "đại biểu"), Q("26 thành viên", 26, "thành viên"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"),
 Q("85% trở lên", 85, "%", "over"), Q("ít nhất 1.000 cụ", 1000, "cụ", "over")],
[D("Chỉ thị", "59", "CT/TW", "1995-09-27", "Bộ Chính trị", "Chỉ thị 59-CT/TW ngày 27/9/1995"),
 D("Chương trình hành động", "08", "CTr/TU", "2012-05-16", "Tỉnh ủy", "Chương trình hành động số 08-CTr/TU ngày 16/5/2012"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tul")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị › Mặt trận - Đoàn thể", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Người cao tuổi sản xuất, kinh doanh giỏi", "Ông bà mẫu mực, con cháu thảo hiền", "Bình luận (0)"],
["22/06/2016 - 10:05", "lần thứ IV", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "khóa IV", "lần thứ V", "Bình luận (0)"]))

PAGES.append(page("b5552-quangtri-hnct-soket-2013", """
Báo Quảng Trị Online
Trang chủ / Xã hội / Đoàn thể
08:15 | 12/07/2013
Người cao tuổi Quảng Trị tích cực tham gia xây dựng nông thôn mới
QTO - Chiều 11/7, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lê Quang Chiến, Chủ tịch Hội NCT tỉnh chủ trì; dự có bà Hồ Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh hội nghị. Ảnh: N.B
6 tháng qua, các cấp Hội đã phát triển thêm 1.845 hội viên, nâng tổng số hội viên toàn tỉnh lên 61.230 người. Hội đã vận động người cao tuổi tham gia xây dựng nông thôn mới với hơn 4.500 ngày công, hiến 7.300 m2 đất, đóng góp trên 640 triệu đồng làm đường giao thông nông thôn. Có 2.960 người cao tuổi tham gia các tổ hòa giải ở cơ sở; 38 tổ tự quản an ninh trật tự do NCT làm tổ trưởng.
Các cấp Hội triển khai Hướng dẫn số 15-HD/HNCT của Hội NCT tỉnh về xây dựng câu lạc bộ liên thế hệ tự giúp nhau và Kế hoạch số 73/KH-UBND ngày 14/3/2013 của UBND tỉnh thực hiện Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020 theo Quyết định số 1781/QĐ-TTg ngày 22/11/2012 của Thủ tướng Chính phủ. Đã có 1.512 cụ được khám sức khỏe định kỳ, 318 cụ được cấp sổ theo dõi sức khỏe.
Tại hội nghị, ông Hồ Văn Pới, Chủ tịch Hội NCT huyện Hướng Hóa, cho biết đồng bào Vân Kiều, Pa Kô ở các xã vùng cao đã thành lập 9 chi hội mới; ông Kăn Bòn, người có uy tín bản Xa Re, xã Hướng Phùng, vận động 14 hộ dân bỏ hủ tục trong tang ma. Bà Trần Thị Mến, Chủ tịch Hội NCT phường 5, thành phố Đông Hà, kiến nghị tăng mức hỗ trợ hoạt động cho chi hội ở khu phố.
Phát biểu tại hội nghị, bà Hồ Thị Thu Hằng đề nghị 6 tháng cuối năm Hội tiếp tục phối hợp với Ủy ban MTTQ các cấp thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", nâng cao chất lượng sinh hoạt chi hội, quan tâm người cao tuổi cô đơn, khuyết tật. Ông Lê Quang Chiến yêu cầu các huyện hoàn thành việc thành lập quỹ chăm sóc NCT ở 100% chi hội trước ngày 30/9.
Hội nghị cũng chỉ ra một số hạn chế: việc sinh hoạt ở một số chi hội vùng cao còn thưa, nội dung chưa hấp dẫn; kinh phí hoạt động của Hội ở cơ sở còn eo hẹp, nhiều nơi chỉ được cấp khoảng 3 triệu đồng/năm; việc phối hợp với ngành y tế lập hồ sơ theo dõi sức khỏe người cao tuổi ở một số xã còn chậm. 6 tháng cuối năm, Hội phấn đấu kết nạp thêm 2.000 hội viên, thành lập mới 12 câu lạc bộ liên thế hệ tự giúp nhau.
Dịp này, Hội NCT tỉnh trao 40 suất quà cho hội viên nghèo, mỗi suất 400.000 đồng.
Ngọc Bảo
Tin liên quan
- Hải Lăng: ra mắt 3 câu lạc bộ liên thế hệ tự giúp nhau (03/07/2013)
- Gio Linh tổ chức hội thi văn nghệ người cao tuổi (18/06/2013)
- Triệu Phong chúc thọ 250 cụ (05/06/2013)
""", "2013-07-12", "Người cao tuổi Quảng Trị tích cực tham gia xây dựng nông thôn mới",
E("so_ket", "2013-H1", "2013-07-11"),
[P("Lê Quang Chiến", "Chủ tịch Hội NCT tỉnh"),
 P("Hồ Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Pới", "Chủ tịch Hội NCT huyện Hướng Hóa"),
 P("Kăn Bòn", "người có uy tín bản Xa Re"),
 P("Trần Thị Mến", "Chủ tịch Hội NCT phường 5")],
[Q("1.845 hội viên", 1845, "hội viên"), Q("61.230 người", 61230, "người"), Q("hơn 4.500 ngày công", 4500, "ngày công", "over"),
 Q("7.300 m2", 7300, "m2"), Q("trên 640 triệu đồng", 640000000, "đồng", "over"), Q("2.960 người cao tuổi", 2960, "người cao tuổi"),
 Q("38 tổ tự quản an ninh trật tự", 38, "tổ tự quản an ninh trật tự"), Q("1.512 cụ", 1512, "cụ"), Q("318 cụ", 318, "cụ"),
 Q("9 chi hội mới", 9, "chi hội mới"), Q("14 hộ dân", 14, "hộ dân"), Q("100% chi hội", 100, "%"),
 Q("40 suất quà", 40, "suất quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("2.000 hội viên", 2000, "hội viên"),
 Q("12 câu lạc bộ liên thế hệ tự giúp nhau", 12, "câu lạc bộ liên thế hệ tự giúp nhau")],
[D("Hướng dẫn", "15", "HD/HNCT", None, "Hội NCT tỉnh", "Hướng dẫn số 15-HD/HNCT"),
 D("Kế hoạch", "73", "KH-UBND", "2013-03-14", "UBND tỉnh", "Kế hoạch số 73/KH-UBND ngày 14/3/2013"),
 D("Quyết định", "1781", "QĐ-TTg", "2012-11-22", "Thủ tướng Chính phủ", "Quyết định số 1781/QĐ-TTg ngày 22/11/2012")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("phường 5")],
["Báo Quảng Trị Online", "Trang chủ / Xã hội / Đoàn thể", "Toàn cảnh hội nghị. Ảnh: N.B", "QTO",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Chương trình hành động quốc gia về người cao tuổi giai đoạn 2012 - 2020"],
["08:15 | 12/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "6 tháng qua", "ngày 30/9"]))

PAGES.append(page("b5553-soctrang-hnct-giaoban-q3-2014", """
HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG
Bạn đang ở: Trang chủ > Hoạt động Hội > Tin tức
Ngày đăng 08/10/2014 | 14:30
Ông Lâm Văn Sóc phát biểu tại buổi giao ban.
Giao ban công tác Hội Người cao tuổi quý III/2014
Sáng 7/10/2014, Thường trực Hội Người cao tuổi tỉnh Sóc Trăng tổ chức giao ban công tác Hội quý III năm 2014 với chủ tịch Hội NCT 11 huyện, thị xã, thành phố. Ông Lâm Văn Sóc, Chủ tịch Hội NCT tỉnh chủ trì; dự có ông Thạch Phước Bình, Phó Trưởng Ban Dân vận Tỉnh ủy và bà Trương Thị Mỹ Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trong quý III, các cấp Hội kết nạp 962 hội viên mới; vận động đóng góp quỹ chăm sóc NCT được 285 triệu đồng. Hội phối hợp Sở Y tế khám bệnh, cấp thuốc miễn phí cho 1.340 lượt người cao tuổi; tổ chức 6 lớp truyền thông về phòng chống bệnh tăng huyết áp với khoảng 420 người dự. Phong trào "Tuổi cao - gương sáng" trong đồng bào Khmer có chuyển biến: 47 chùa Phật giáo Nam tông Khmer duy trì sinh hoạt câu lạc bộ dưỡng sinh cho người cao tuổi.
Các huyện triển khai Kế hoạch số 26-KH/BDVTU của Ban Dân vận Tỉnh ủy và Công văn số 118/HNCT ngày 5/8/2014 của Hội NCT tỉnh về chuẩn bị tổ chức Tháng hành động vì người cao tuổi Việt Nam. Dự kiến dịp 1/10 và Tết Chôl Chnăm Thmây năm tới sẽ chúc thọ cho 3.900 cụ.
Tại buổi giao ban, các ông Chủ tịch Hội NCT huyện: Sơn Sà Quênh (Trần Đề), Kim Sà Rết (Mỹ Xuyên), Danh Hiếu (Vĩnh Châu) trao đổi cách vận động hội viên nghèo tham gia tổ tiết kiệm vay vốn. Ông Thạch Sang, Trưởng ban đại diện Hội NCT xã Lịch Hội Thượng, cho biết xã đã thành lập được 2 câu lạc bộ liên thế hệ tự giúp nhau với 70 thành viên, giúp 11 hộ người cao tuổi vay vốn không lãi chăn nuôi.
Kết luận giao ban, ông Lâm Văn Sóc đề nghị quý IV các cấp Hội tập trung tổng kết 5 năm thực hiện Luật Người cao tuổi, thực hiện Kế hoạch 26-KH/BDVTU nêu trên; rà soát số hội viên thuộc hộ nghèo để phối hợp với Ngân hàng Chính sách xã hội giải ngân khoảng 2 tỷ đồng vốn vay trước Tết. Ông Thạch Phước Bình lưu ý Hội chủ động nắm tình hình tư tưởng hội viên ở vùng đồng bào Khmer, kịp thời báo cáo Ban Dân vận Tỉnh ủy.
Bà Trương Thị Mỹ Lan thông tin, Ủy ban MTTQ Việt Nam tỉnh sẽ dành khoảng 30% số căn nhà "Đại đoàn kết" năm 2015 cho hộ người cao tuổi neo đơn; đề nghị Hội NCT các cấp phối hợp rà soát, giới thiệu đúng đối tượng. Trong quý III, Mặt trận các cấp đã bàn giao 19 căn nhà cho hội viên NCT nghèo, mỗi căn hỗ trợ 30 triệu đồng.
Thanh Hùng
Số lượt truy cập: 245.118
TIN CÙNG CHUYÊN MỤC
- Hội NCT thị xã Ngã Năm tập huấn nghiệp vụ (25/09/2014)
- Chúc thọ các vị sư sãi cao tuổi chùa Kh'Leang (12/09/2014)
""", "2014-10-08", "Giao ban công tác Hội Người cao tuổi quý III/2014",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Văn Sóc", "Chủ tịch Hội NCT tỉnh"),
 P("Thạch Phước Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Mỹ Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Sà Quênh", "Chủ tịch Hội NCT huyện"),
 P("Kim Sà Rết", "Chủ tịch Hội NCT huyện"),
 P("Danh Hiếu", "Chủ tịch Hội NCT huyện"),
 P("Thạch Sang", "Trưởng ban đại diện Hội NCT xã Lịch Hội Thượng")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("962 hội viên mới", 962, "hội viên mới"),
 Q("285 triệu đồng", 285000000, "đồng"), Q("1.340 lượt người cao tuổi", 1340, "lượt người cao tuổi"),
 Q("6 lớp truyền thông", 6, "lớp truyền thông"), Q("khoảng 420 người", 420, "người", "approx"),
 Q("47 chùa Phật giáo Nam tông Khmer", 47, "chùa Phật giáo Nam tông Khmer"), Q("3.900 cụ", 3900, "cụ"),
 Q("2 câu lạc bộ liên thế hệ tự giúp nhau", 2, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("70 thành viên", 70, "thành viên"),
 Q("11 hộ người cao tuổi", 11, "hộ người cao tuổi"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"),
 Q("khoảng 30%", 30, "%", "approx"), Q("19 căn nhà", 19, "căn nhà"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "26", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 26-KH/BDVTU"),
 D("Công văn", "118", "HNCT", "2014-08-05", "Hội NCT tỉnh", "Công văn số 118/HNCT ngày 5/8/2014")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["HỘI NGƯỜI CAO TUỔI TỈNH SÓC TRĂNG", "Bạn đang ở: Trang chủ > Hoạt động Hội > Tin tức", "Ông Lâm Văn Sóc phát biểu tại buổi giao ban.",
 "Tuổi cao - gương sáng", "Tháng hành động vì người cao tuổi Việt Nam", "Luật Người cao tuổi", "Số lượt truy cập: 245.118"],
["Ngày đăng 08/10/2014 | 14:30", "quý III năm 2014", "quý IV", "5 năm", "1/10", "Số lượt truy cập: 245.118"]))

PAGES.append(page("b5554-hatinh-thachlong-doithoai-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠCH LONG - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH
Thứ Năm, 17/09/2015
Trang chủ :: Tin tức - Sự kiện :: Tin Mặt trận, đoàn thể
18-09-2015 07:45
Xã Thạch Long: Chủ tịch UBND xã đối thoại với hội viên người cao tuổi
Ngày 16/9/2015, Đảng ủy, UBND xã Thạch Long phối hợp với Ủy ban MTTQ và Hội Người cao tuổi xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với hội viên người cao tuổi năm 2015. Dự có 112 đại biểu là hội viên NCT của 9 thôn; đồng chí Đặng Văn Thuyết, Phó Trưởng Ban Dân vận Huyện ủy Thạch Hà về dự và chỉ đạo.
Đồng chí Nguyễn Huy Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc.
Hội nghị được tổ chức theo Quyết định số 1007-QĐ/TU của Ban Thường vụ Tỉnh ủy về đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân và Kế hoạch số 21-KH/ĐU ngày 2/9/2015 của Đảng ủy xã. Đồng chí Nguyễn Huy Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc; đồng chí Lê Văn Thành, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trực tiếp trả lời ý kiến của hội viên.
Theo báo cáo của Hội NCT xã, hiện toàn xã có 1.236 người cao tuổi, trong đó 1.058 người sinh hoạt hội; 64 cụ thuộc diện hưởng trợ cấp xã hội hằng tháng; 27 cụ thuộc hộ nghèo. Năm 2015, người cao tuổi trong xã đã hiến 1.150 m2 đất, đóng góp 186 triệu đồng làm 3,2 km đường bê tông nông thôn.
Tại hội nghị có 14 ý kiến góp ý, kiến nghị của hội viên. Cụ Phan Văn Hợi, thôn Trung Tiến, đề nghị xã sớm sửa nhà văn hóa thôn, nơi chi hội sinh hoạt; cụ bà Trần Thị Nhỏ, Chi hội trưởng chi hội NCT thôn Bắc Tiến, phản ánh việc chi trả trợ cấp cho người trên 80 tuổi còn chậm. Ông Lê Văn Thành tiếp thu, trả lời trực tiếp 11 ý kiến, giao công chức Lao động - Thương binh và Xã hội rà soát các trường hợp còn vướng; 3 ý kiến thuộc thẩm quyền cấp huyện được tổng hợp gửi UBND huyện.
Phát biểu chỉ đạo, đồng chí Đặng Văn Thuyết đánh giá cao cách làm của xã, đề nghị Đảng ủy xã có kết luận sau đối thoại, phân công cụ thể việc giải quyết; Hội NCT tiếp tục phát huy vai trò trong xây dựng nông thôn mới, phấn đấu đến cuối năm có không dưới 90% hội viên đạt danh hiệu "Ông bà mẫu mực, con cháu thảo hiền". Đồng chí đề nghị Hội thực hiện tốt Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy về chăm lo đời sống NCT.
Bà Lê Thị Hoa, Chủ tịch Hội NCT xã, cho biết thời gian tới Hội sẽ phối hợp với Trạm Y tế tổ chức khám sức khỏe cho khoảng 300 cụ, duy trì 2 câu lạc bộ dưỡng sinh và 1 câu lạc bộ thơ; vận động con cháu ở xa quê đóng góp xây dựng quỹ khuyến học của dòng họ. Thạch Long là một trong những xã đầu tiên của tỉnh Hà Tĩnh tổ chức đối thoại chuyên đề với người cao tuổi.
Ban Biên tập
Tin khác
- Hội NCT xã tổ chức giải cờ tướng truyền thống (05/09/2015)
- Thạch Long đón Bằng công nhận xã đạt chuẩn nông thôn mới (28/08/2015)
- Ra mắt câu lạc bộ thơ ca người cao tuổi (10/08/2015)
""", "2015-09-18", "Xã Thạch Long: Chủ tịch UBND xã đối thoại với hội viên người cao tuổi",
E("doi_thoai", "2015", "2015-09-16"),
[P("Đặng Văn Thuyết", "Phó Trưởng Ban Dân vận Huyện ủy Thạch Hà"),
 P("Nguyễn Huy Bình", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lê Văn Thành", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Phan Văn Hợi"),
 P("Lê Thị Hoa", "Chủ tịch Hội NCT xã"),
 P("Trần Thị Nhỏ", "Chi hội trưởng chi hội NCT thôn Bắc Tiến")],
[Q("112 đại biểu", 112, "đại biểu"), Q("9 thôn", 9, "thôn"), Q("1.236 người cao tuổi", 1236, "người cao tuổi"),
 Q("1.058 người", 1058, "người"), Q("64 cụ", 64, "cụ"), Q("27 cụ", 27, "cụ"), Q("1.150 m2", 1150, "m2"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("3,2 km", 3.2, "km"), Q("14 ý kiến", 14, "ý kiến"),
 Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("không dưới 90%", 90, "%", "over"),
 Q("khoảng 300 cụ", 300, "cụ", "approx"), Q("2 câu lạc bộ dưỡng sinh", 2, "câu lạc bộ dưỡng sinh")],
[D("Quyết định", "1007", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1007-QĐ/TU"),
 D("Kế hoạch", "21", "KH/ĐU", "2015-09-02", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 2/9/2015"),
 D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 12-CT/HU")],
[prov("Hà Tĩnh"), com("Thạch Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THẠCH LONG - HUYỆN THẠCH HÀ - TỈNH HÀ TĨNH", "Trang chủ :: Tin tức - Sự kiện :: Tin Mặt trận, đoàn thể",
 "Đồng chí Nguyễn Huy Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã phát biểu khai mạc.", "Ông bà mẫu mực, con cháu thảo hiền", "Ban Biên tập"],
["Thứ Năm, 17/09/2015", "18-09-2015 07:45", "năm 2015", "Năm 2015", "80 tuổi", "1 câu lạc bộ thơ"]))
