from lib import *
PAGES = []

PAGES.append(page("b2843-hagiang-meovac-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC
Trang chủ >> Tin tức - Sự kiện >> Hoạt động của lãnh đạo
Thứ Năm, 14/09/2017 - 08:20
Đồng chí Bí thư Huyện ủy trả lời ý kiến của người dân.
Mèo Vạc: Người đứng đầu cấp ủy đối thoại với đồng bào xã Sơn Vĩ
Ngày 12/9/2017, tại nhà văn hóa thôn Lũng Làn, Thường trực Huyện ủy Mèo Vạc tổ chức buổi đối thoại giữa người đứng đầu cấp ủy với nhân dân xã Sơn Vĩ năm 2017. Đồng chí Hầu Mí Sính, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì buổi đối thoại. Tham dự có các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo các phòng chuyên môn và gần 120 người dân đại diện cho 9 thôn của xã.
Mở đầu buổi đối thoại, đồng chí Sùng Mí Chá, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Sơn Vĩ báo cáo tình hình kinh tế - xã hội, quốc phòng - an ninh và những vấn đề người dân quan tâm. Từ đầu năm, xã đã tiếp nhận 11 đơn thư, trong đó 7 đơn liên quan đến tranh chấp đất nương, ranh giới đất rừng giữa các hộ đồng bào Mông và Lô Lô; tổ hòa giải các thôn đã hòa giải thành 5 vụ.
Tại buổi đối thoại, bà con đã nêu 14 ý kiến, kiến nghị. Ông Giàng Seo Phử, người có uy tín thôn Lũng Làn, phản ánh việc đo đạc cấp giấy chứng nhận quyền sử dụng đất lâm nghiệp còn chậm, nhiều hộ chưa biết rõ ranh giới đất của mình. Bà Vàng Thị Mai, Chi hội trưởng Chi hội Phụ nữ thôn Sín Chải, đề nghị huyện hỗ trợ xi măng làm đường vào các nhóm hộ ở xa. Ông Lù Văn Dín, người dân tộc Lô Lô ở thôn Xín Chải, hỏi về chính sách hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ.
Các ý kiến đã được đồng chí Bí thư Huyện ủy và lãnh đạo các phòng, ban trả lời trực tiếp, cụ thể. Đồng chí Hầu Mí Sính khẳng định huyện sẽ hỗ trợ khoảng 200 tấn xi măng để nhân dân làm đường trong năm 2018; giao phòng Tài nguyên và Môi trường phối hợp với xã hoàn thành đo đạc đất lâm nghiệp cho 346 hộ trước tháng 12. Với những vụ tranh chấp đất nương, đồng chí đề nghị phát huy vai trò già làng, trưởng họ, người có uy tín, kiên trì hòa giải tại thôn theo đúng Luật Hòa giải ở cơ sở.
Đồng chí cũng yêu cầu Đảng ủy xã tiếp tục thực hiện Quy định số 08-QĐ/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân và Chỉ thị 17-CT/TU ngày 5/6/2017 của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng biên giới.
Buổi đối thoại diễn ra cởi mở, thẳng thắn; bà con phấn khởi vì những vướng mắc được lãnh đạo huyện lắng nghe, giải đáp.
Vàng Tuấn
Tin khác
- Đồng Văn: hòa giải thành 12 vụ tranh chấp đất đai (05/09/2017)
- Mèo Vạc ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" (28/08/2017)
- Hội nghị người có uy tín huyện Mèo Vạc năm 2017 (17/08/2017)
""", "2017-09-14", "Mèo Vạc: Người đứng đầu cấp ủy đối thoại với đồng bào xã Sơn Vĩ",
E("doi_thoai", "2017", "2017-09-12"),
[P("Hầu Mí Sính", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Sùng Mí Chá", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Sơn Vĩ"),
 P("Giàng Seo Phử", "người có uy tín thôn Lũng Làn"),
 P("Vàng Thị Mai", "Chi hội trưởng Chi hội Phụ nữ thôn Sín Chải"),
 P("Lù Văn Dín")],
[Q("gần 120 người dân", 120, "người dân", "approx"), Q("9 thôn", 9, "thôn"), Q("11 đơn thư", 11, "đơn thư"), Q("7 đơn", 7, "đơn"),
 Q("5 vụ", 5, "vụ"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"), Q("khoảng 200 tấn xi măng", 200, "tấn", "approx"),
 Q("346 hộ", 346, "hộ")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Quy định", "08", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định số 08-QĐ/HU"),
 D("Chỉ thị", "17", "CT/TU", "2017-06-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17-CT/TU ngày 5/6/2017")],
[com("Sơn Vĩ")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MÈO VẠC", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động của lãnh đạo",
 "Đồng chí Bí thư Huyện ủy trả lời ý kiến của người dân.", "Luật Hòa giải ở cơ sở"],
["Thứ Năm, 14/09/2017 - 08:20", "năm 2017", "năm 2018", "tháng 12"]))

PAGES.append(page("b2844-camau-bdv-giaoban-quy3-2018", """
Báo Cà Mau điện tử
Chính trị » Xây dựng Đảng
Cập nhật lúc 16:10 ngày 05/10/2018
Nhiều vụ tranh chấp đất đai được giải quyết từ cơ sở
(CMO) Chiều 4/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2018, đánh giá kết quả công tác dân vận 9 tháng, nhất là công tác nắm tình hình, tham gia giải quyết khiếu nại, tranh chấp đất đai. Đồng chí Trần Văn Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quý III, khối dân vận các cấp đã phối hợp tiếp 412 lượt công dân, tham gia giải quyết 58 vụ tranh chấp đất đai giữa các hộ dân, trong đó hòa giải thành 46 vụ. Toàn tỉnh có 1.087 tổ hòa giải ấp, khóm với khoảng 6.300 thành viên. Đáng chú ý, vụ tranh chấp đất nuôi tôm kéo dài hơn 10 năm giữa 2 dòng họ ở ấp Tân Điền, xã Tân Thuận đã được hòa giải thành nhờ sự vào cuộc của tổ hòa giải và Ban Dân vận Huyện ủy Đầm Dơi.
Trong quý, trên địa bàn tỉnh xảy ra 2 vụ tụ tập đông người: 1 vụ khoảng 30 hộ dân kéo đến trụ sở UBND huyện Năm Căn phản đối việc thu hồi đất làm đường; 1 vụ liên quan đến việc chia lợi nhuận của hợp tác xã nuôi tôm ở xã Khánh Bình Tây. Các vụ việc đã được lãnh đạo địa phương tổ chức đối thoại, vận động người dân trở về.
Tham luận tại giao ban, bà Lâm Thị Đẹp, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, cho biết huyện đã duy trì mô hình "Tổ dân vận ấp gắn với tổ hòa giải" ở 89 ấp. Ông Thạch Sên, Trưởng ban Ban Công tác Mặt trận ấp Cái Rắn, kiến nghị có chế độ bồi dưỡng hòa giải viên, hiện chỉ được hỗ trợ 200.000 đồng mỗi vụ việc.
Kết luận, đồng chí Trần Văn Út đề nghị quý IV các địa phương tiếp tục thực hiện Kế hoạch số 115-KH/TU của Tỉnh ủy về thực hiện Quy chế dân chủ ở cơ sở; tổ chức sơ kết 3 năm thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải quyết khiếu nại và về xây dựng ấp, khóm không có đơn thư vượt cấp; phối hợp Sở Tư pháp triển khai Thông tư liên tịch số 100/2014/TTLT-BTC-BTP hướng dẫn kinh phí hòa giải.
Đồng chí cũng lưu ý: nơi nào có dự án thu hồi đất thì khối dân vận phải vào cuộc trước một bước, nắm chắc tâm tư của từng hộ, không để người dân bị kích động, lôi kéo khiếu kiện đông người.
Theo Ban Dân vận Tỉnh ủy Cà Mau, thời gian tới khu vực ven biển sẽ triển khai nhiều dự án đê, kè và đường giao thông, nguy cơ phát sinh khiếu kiện về bồi thường là rất lớn. Vì vậy, khối dân vận các cấp cần chủ động tham mưu cấp ủy lãnh đạo việc công khai phương án bồi thường, lắng nghe ý kiến người dân từ khi lập dự án, tránh để xảy ra điểm nóng.
Hoàng Vũ
Tin liên quan
- Đầm Dơi: hòa giải thành vụ tranh chấp đất kéo dài 10 năm (20/09/2018)
- Năm Căn đối thoại với hộ dân vùng dự án đường ô tô đến trung tâm xã (12/09/2018)
- Ban Dân vận Tỉnh ủy giao ban quý II năm 2018 (06/07/2018)
""", "2018-10-05", "Nhiều vụ tranh chấp đất đai được giải quyết từ cơ sở",
E("giao_ban", "2018-Q3", "2018-10-04"),
[P("Trần Văn Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Thị Đẹp", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Thạch Sên", "Trưởng ban Ban Công tác Mặt trận ấp Cái Rắn")],
[Q("412 lượt công dân", 412, "lượt công dân"), Q("58 vụ tranh chấp đất đai", 58, "vụ tranh chấp đất đai"), Q("46 vụ", 46, "vụ"),
 Q("1.087 tổ hòa giải ấp, khóm", 1087, "tổ hòa giải ấp, khóm"), Q("khoảng 6.300 thành viên", 6300, "thành viên", "approx"),
 Q("2 vụ tụ tập đông người", 2, "vụ tụ tập đông người"), Q("2 dòng họ", 2, "dòng họ"), Q("khoảng 30 hộ dân", 30, "hộ dân", "approx"),
 Q("89 ấp", 89, "ấp"), Q("200.000 đồng", 200000, "đồng")],
[D("Kế hoạch", "115", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 115-KH/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Thông tư liên tịch", "100", "2014/TTLT-BTC-BTP", None, None, "Thông tư liên tịch số 100/2014/TTLT-BTC-BTP")],
[prov("Cà Mau"), com("Tân Thuận"), com("Khánh Bình Tây")],
["Báo Cà Mau điện tử", "Chính trị » Xây dựng Đảng", "(CMO)", "Tổ dân vận ấp gắn với tổ hòa giải"],
["Cập nhật lúc 16:10 ngày 05/10/2018", "quý III năm 2018", "9 tháng", "hơn 10 năm", "1 vụ", "quý IV", "3 năm"]))

PAGES.append(page("b2845-sonla-taphuan-hoagiai-2019", """
Sở Tư pháp tỉnh Sơn La
Trang chủ | Tin tức | Hòa giải ở cơ sở
11.04.2019 | 09:35
Hơn 150 hòa giải viên được tập huấn kỹ năng
Trong 2 ngày 9 và 10/4/2019, Sở Tư pháp phối hợp với UBND huyện Mường La tổ chức lớp tập huấn nghiệp vụ hòa giải ở cơ sở năm 2019 cho hơn 150 hòa giải viên, trưởng bản, công chức tư pháp - hộ tịch của 16 xã, thị trấn trên địa bàn huyện.
Phát biểu khai mạc, ông Lò Văn Muôn, Phó Giám đốc Sở Tư pháp cho biết: năm 2018, các tổ hòa giải trên địa bàn tỉnh đã tiếp nhận 2.036 vụ việc, hòa giải thành 1.781 vụ việc, đạt tỷ lệ trên 87%. Tuy nhiên, vẫn còn những vụ tranh chấp đất nương rẫy, ranh giới đất rừng giữa các bản người Thái, người Mông chưa được hòa giải dứt điểm, dẫn đến khiếu kiện kéo dài, có vụ hàng chục người kéo lên huyện.
Tại lớp tập huấn, các học viên được báo cáo viên pháp luật của Sở truyền đạt những nội dung cơ bản của Luật Hòa giải ở cơ sở, Nghị định số 15/2014/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật; kỹ năng tiếp cận các bên tranh chấp, lựa chọn thời điểm hòa giải phù hợp với phong tục, tập quán của đồng bào. Học viên cũng được thực hành xử lý tình huống vụ tranh chấp 2.000 m2 đất nương giữa hai anh em trong một gia đình người Mông.
Bà Cầm Thị Pâng, Tổ trưởng tổ hòa giải bản Ít Cang, xã Mường Bú, chia sẻ: "Có vụ chúng tôi phải đến nhà 4, 5 lần, ngồi uống nước chè với cả hai bên mới nói được chuyện". Ông Mùa A Vảng, trưởng bản Huổi Pha, xã Nặm Păm, đề nghị có thêm tài liệu song ngữ Thái - Việt, Mông - Việt để hòa giải viên dễ tuyên truyền cho bà con.
Ông Quàng Văn Bun, Phó Chủ tịch UBND huyện Mường La đề nghị mỗi xã tổ chức lại lớp tập huấn cho các tổ hòa giải bản trước tháng 6; ngân sách huyện hỗ trợ 45 triệu đồng in tài liệu. Huyện sẽ thực hiện Kế hoạch số 54/KH-UBND ngày 1/3/2019 của UBND tỉnh về củng cố, nâng cao hiệu quả công tác hòa giải ở cơ sở giai đoạn 2019 - 2021 và Quyết định số 428/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở".
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa. Bà Hà Thị Xoan, Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp cho biết Sở sẽ nhân rộng lớp tập huấn tới các huyện Sốp Cộp, Bắc Yên trong quý II.
Theo đánh giá của Sở Tư pháp tỉnh Sơn La, lớp tập huấn được tổ chức sát thực tế, nhiều tình huống được đưa ra thảo luận là những vụ việc đã xảy ra tại địa phương nên học viên dễ tiếp thu.
Thu Phương
Tin cùng chuyên mục
- Sơ kết 5 năm thi hành Luật Hòa giải ở cơ sở (22/03/2019)
- Phổ biến pháp luật cho đồng bào vùng tái định cư thủy điện (14/03/2019)
- Hội nghị triển khai công tác tư pháp năm 2019 (18/01/2019)
""", "2019-04-11", "Hơn 150 hòa giải viên được tập huấn kỹ năng",
E("tap_huan", "2019", "2019-04-09"),
[P("Lò Văn Muôn", "Phó Giám đốc Sở Tư pháp"),
 P("Cầm Thị Pâng", "Tổ trưởng tổ hòa giải bản Ít Cang"),
 P("Mùa A Vảng", "trưởng bản Huổi Pha"),
 P("Quàng Văn Bun", "Phó Chủ tịch UBND huyện Mường La"),
 P("Hà Thị Xoan", "Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp")],
[Q("hơn 150 hòa giải viên", 150, "hòa giải viên", "over"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("2.036 vụ việc", 2036, "vụ việc"),
 Q("1.781 vụ việc", 1781, "vụ việc"), Q("trên 87%", 87, "%", "over"), Q("2.000 m2", 2000, "m2"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("100%", 100, "%")],
[D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Kế hoạch", "54", "KH-UBND", "2019-03-01", "UBND tỉnh", "Kế hoạch số 54/KH-UBND ngày 1/3/2019"),
 D("Quyết định", "428", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 428/QĐ-TTg")],
[prov("Sơn La"), com("Mường Bú"), com("Nặm Păm")],
["Sở Tư pháp tỉnh Sơn La", "Trang chủ | Tin tức | Hòa giải ở cơ sở", "Luật Hòa giải ở cơ sở", "Nâng cao năng lực đội ngũ hòa giải viên ở cơ sở"],
["11.04.2019 | 09:35", "2 ngày", "năm 2019", "năm 2018", "hàng chục người", "4, 5 lần", "2019 - 2021", "quý II"]))

PAGES.append(page("b2846-dongnai-ubnd-baocao-tiepdan-2020", """
HĐND TỈNH ĐỒNG NAI - Kỳ họp thứ 17, khóa IX
Trang chủ / Hoạt động HĐND / Kỳ họp
Thứ Tư, 09/12/2020
Ảnh: Đại biểu dự kỳ họp.
Năm 2020, Đồng Nai giải quyết được 91,5% số vụ việc khiếu nại
Sáng 8/12, tại kỳ họp thứ 17 HĐND tỉnh khóa IX, ông Nguyễn Sơn Hà, Phó Chủ tịch UBND tỉnh đã trình bày báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2020 của UBND tỉnh.
Theo báo cáo, trong năm các cơ quan hành chính các cấp đã tiếp 6.842 lượt công dân với 4.215 vụ việc, có 38 đoàn đông người (khoảng 1.100 lượt người). Nội dung chủ yếu liên quan bồi thường, hỗ trợ, tái định cư tại dự án Cảng hàng không quốc tế Long Thành, các khu công nghiệp và tranh chấp đất đai giữa các hộ dân. Tổng số đơn tiếp nhận là 9.376 đơn; số vụ việc thuộc thẩm quyền là 1.284 vụ, đã giải quyết 1.175 vụ, đạt 91,5%.
Chủ tịch UBND tỉnh đã tiếp công dân định kỳ 12 buổi, đối thoại với 27 hộ dân có khiếu nại phức tạp. Qua giải quyết khiếu nại, kiến nghị trả lại cho công dân hơn 2,3 tỷ đồng và 1.650 m2 đất. Tại xã Bình Sơn, huyện Long Thành, tổ công tác liên ngành đã phối hợp Ủy ban MTTQ xã vận động 42 hộ dân nhận tiền bồi thường, bàn giao mặt bằng.
Báo cáo thẩm tra của Ban Pháp chế HĐND tỉnh do bà Điểu Thị Hằng, Phó Trưởng ban Pháp chế HĐND tỉnh trình bày cho rằng vẫn còn 109 vụ việc chưa giải quyết xong, trong đó có những vụ kéo dài trên 10 năm; việc thực hiện quyết định giải quyết khiếu nại đã có hiệu lực pháp luật ở một số nơi còn chậm.
Thảo luận tại tổ, đại biểu Võ Văn Phú, Trưởng Ban Dân vận Tỉnh ủy đề nghị các huyện phát huy vai trò của 1.612 tổ hòa giải ở ấp, khu phố; người đứng đầu cấp ủy, chính quyền phải trực tiếp tiếp dân theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị. Đại biểu Thổ Văn Bảy, người dân tộc Chơ Ro ở xã Túc Trưng, kiến nghị sớm giải quyết tranh chấp đất giữa người dân với Công ty lâm nghiệp.
Kỳ họp cũng xem xét Nghị quyết số 25/NQ-HĐND về nhiệm vụ năm 2021, trong đó có chỉ tiêu giải quyết trên 85% vụ việc khiếu nại, tố cáo thuộc thẩm quyền.
Ghi nhận tại kỳ họp, nhiều đại biểu HĐND tỉnh đánh giá cao việc công khai kết quả giải quyết đơn thư trên Cổng thông tin điện tử tỉnh; đồng thời đề nghị UBND tỉnh chỉ đạo các sở, ngành phối hợp chặt chẽ hơn trong xác minh nguồn gốc đất, bởi phần lớn vụ việc kéo dài đều vướng ở khâu hồ sơ, tài liệu qua nhiều thời kỳ quản lý khác nhau.
Hồng Nhung
Bài viết liên quan
- Đồng Nai: Ban Dân vận Tỉnh ủy giao ban khối dân vận quý III (15/10/2020)
- Long Thành: vận động người dân bàn giao mặt bằng sân bay (02/10/2020)
- Định Quán: hòa giải thành vụ tranh chấp đất kéo dài 12 năm (18/09/2020)
""", "2020-12-09", "Năm 2020, Đồng Nai giải quyết được 91,5% số vụ việc khiếu nại",
E("bao_cao", "2020", "2020-12-08"),
[P("Nguyễn Sơn Hà", "Phó Chủ tịch UBND tỉnh"),
 P("Điểu Thị Hằng", "Phó Trưởng ban Pháp chế HĐND tỉnh"),
 P("Võ Văn Phú", "đại biểu", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thổ Văn Bảy", "Đại biểu")],
[Q("91,5%", 91.5, "%"), Q("6.842 lượt công dân", 6842, "lượt công dân"), Q("4.215 vụ việc", 4215, "vụ việc"),
 Q("38 đoàn đông người", 38, "đoàn đông người"), Q("khoảng 1.100 lượt người", 1100, "lượt người", "approx"),
 Q("9.376 đơn", 9376, "đơn"), Q("1.284 vụ", 1284, "vụ"), Q("1.175 vụ", 1175, "vụ"), Q("12 buổi", 12, "buổi"),
 Q("27 hộ dân", 27, "hộ dân"), Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("1.650 m2", 1650, "m2"),
 Q("42 hộ dân", 42, "hộ dân"), Q("109 vụ việc", 109, "vụ việc"), Q("1.612 tổ hòa giải", 1612, "tổ hòa giải"),
 Q("trên 85%", 85, "%", "over")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị quyết", "25", "NQ-HĐND", None, None, "Nghị quyết số 25/NQ-HĐND")],
[prov("Đồng Nai"), com("Bình Sơn"), com("Túc Trưng")],
["HĐND TỈNH ĐỒNG NAI - Kỳ họp thứ 17, khóa IX", "Trang chủ / Hoạt động HĐND / Kỳ họp", "Ảnh: Đại biểu dự kỳ họp.",
 "Cảng hàng không quốc tế Long Thành"],
["Thứ Tư, 09/12/2020", "kỳ họp thứ 17", "khóa IX", "năm 2020", "trên 10 năm", "năm 2021"]))

PAGES.append(page("b2847-kiengiang-chauthanh-giaoban-thang10-2021", """
Hôm nay: Thứ Hai, 01/11/2021
BAN DÂN VẬN HUYỆN ỦY CHÂU THÀNH - KIÊN GIANG
Trang chủ › Tin hoạt động
Ngày đăng: 29/10/2021 - 14:05
Ban Dân vận Huyện ủy giao ban với khối dân vận các xã
Ngày 28/10/2021, Ban Dân vận Huyện ủy Châu Thành tổ chức giao ban công tác dân vận tháng 10/2021 với Trưởng khối dân vận 10 xã, thị trấn. Đồng chí Danh Sóc, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Trong tháng, tình hình nhân dân cơ bản ổn định; bà con phấn khởi khi dịch Covid-19 được kiểm soát. Tuy nhiên, tại ấp Tà Keo Vàm, xã Vĩnh Hòa Hiệp, phát sinh mâu thuẫn giữa 6 hộ đồng bào Khmer với một doanh nghiệp về lối đi và nước tưới; khoảng 25 người đã đến trụ sở ấp phản ánh. Khối dân vận xã phối hợp tổ hòa giải ấp và sư cả chùa Tà Keo tổ chức gặp gỡ các bên, thống nhất doanh nghiệp chừa lối đi rộng 3 m.
Trong tháng, khối dân vận các xã tham gia tiếp 54 lượt công dân, tiếp nhận 19 đơn, chủ yếu tranh chấp đất đai, ranh đất giữa các hộ; đã hòa giải thành 12 vụ việc. Bà Thị Sa Rết, Trưởng khối dân vận xã Giục Tượng, cho biết xã duy trì 8 tổ hòa giải ấp với 56 thành viên, trong đó có 11 người là đồng bào Khmer.
Ông Chau Thanh Tùng, Phó Trưởng Ban Dân vận Huyện ủy báo cáo việc triển khai Kế hoạch số 62-KH/HU ngày 10/9/2021 của Huyện ủy về công tác dân vận trong phòng, chống dịch; tham mưu Ban Thường vụ Huyện ủy chỉ đạo thực hiện Quyết định số 23-QĐ/TW của Ban Bí thư về Quy chế dân vận của hệ thống chính trị.
Phát biểu chỉ đạo, đồng chí Danh Sóc đề nghị tháng 11 khối dân vận tập trung nắm tình hình trước mùa thu hoạch lúa vụ mùa, kịp thời hòa giải các tranh chấp ngay tại ấp; rà soát 3 vụ việc còn tồn đọng; vận động nhân dân tiêm vắc xin đủ liều; chuẩn bị tổng kết công tác dân vận năm 2021. Đồng chí cũng đề nghị các xã xây dựng ít nhất 1 mô hình "Dân vận khéo" trong lĩnh vực hòa giải.
Dịp này, Ban Dân vận Huyện ủy trao 40 phần quà, mỗi phần trị giá 300.000 đồng cho hộ đồng bào Khmer khó khăn ở xã Vĩnh Hòa Hiệp.
Theo đánh giá của Ban Dân vận Huyện ủy, thời gian qua, tình hình an ninh nông thôn trên địa bàn huyện Châu Thành, tỉnh Kiên Giang được giữ vững; nhiều vụ việc mâu thuẫn trong nhân dân được phát hiện, hòa giải từ sớm nhờ sự phối hợp chặt chẽ giữa khối dân vận với Ban Công tác Mặt trận, tổ tự quản và chức sắc trong các chùa Khmer. Các xã được yêu cầu báo cáo kết quả trước ngày 25 hằng tháng để tổng hợp.
Thanh Hải
Các tin khác
- Châu Thành: đối thoại với hộ dân vùng dự án đê bao (20/10/2021)
- Hội nghị người có uy tín trong đồng bào Khmer (08/10/2021)
- Giao ban công tác dân vận tháng 9/2021 (30/09/2021)
- Kiên Giang: vận động sư sãi tham gia phòng, chống dịch (15/09/2021)
""", "2021-10-29", "Ban Dân vận Huyện ủy giao ban với khối dân vận các xã",
E("giao_ban", "2021-10", "2021-10-28"),
[P("Danh Sóc", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thị Sa Rết", "Trưởng khối dân vận xã Giục Tượng"),
 P("Chau Thanh Tùng", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("10 xã, thị trấn", 10, "xã, thị trấn"), Q("6 hộ đồng bào Khmer", 6, "hộ đồng bào Khmer"), Q("khoảng 25 người", 25, "người", "approx"),
 Q("3 m", 3, "m"), Q("54 lượt công dân", 54, "lượt công dân"), Q("19 đơn", 19, "đơn"), Q("12 vụ việc", 12, "vụ việc"),
 Q("8 tổ hòa giải ấp", 8, "tổ hòa giải ấp"), Q("56 thành viên", 56, "thành viên"), Q("11 người", 11, "người"),
 Q("3 vụ việc còn tồn đọng", 3, "vụ việc còn tồn đọng"), Q("40 phần quà", 40, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "62", "KH/HU", "2021-09-10", "Huyện ủy", "Kế hoạch số 62-KH/HU ngày 10/9/2021"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 23-QĐ/TW")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp"), com("Giục Tượng")],
["Hôm nay: Thứ Hai, 01/11/2021", "BAN DÂN VẬN HUYỆN ỦY CHÂU THÀNH - KIÊN GIANG", "Trang chủ › Tin hoạt động", "Dân vận khéo",
 "Quy chế dân vận"],
["Hôm nay: Thứ Hai, 01/11/2021", "tháng 10/2021", "Covid-19", "tháng 11", "năm 2021", "1 mô hình", "ngày 25 hằng tháng"]))

PAGES.append(page("b2848-daklak-bithu-doithoai-2022", """
Báo Đắk Lắk điện tử
Chính trị > Thời sự
22/07/2022 - 07:45
Bí thư Tỉnh ủy đối thoại với nhân dân về tranh chấp đất với công ty cà phê
Chiều 20/7, tại hội trường UBND xã Ea Tul (huyện Cư M'gar), đồng chí Phạm Minh Trí, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã đối thoại với nhân dân năm 2022 về việc tranh chấp đất giữa người dân các buôn với Công ty TNHH MTV cà phê trên địa bàn. Cùng dự có đồng chí Y Khuê Niê Kdăm, Phó Chủ tịch UBND tỉnh; đồng chí H'Liên Kbuôr, Phó Chủ tịch HĐND tỉnh và gần 300 người dân.
Báo cáo tại buổi đối thoại cho biết, diện tích đất công ty quản lý có khoảng 1.230 ha, trong đó hơn 400 ha đang có tranh chấp với khoảng 620 hộ, phần lớn là đồng bào Êđê. Từ năm 2015 đến nay, các hộ đã gửi hơn 900 lượt đơn tới các cấp; đã có 4 lần đoàn đông người lên tỉnh.
Tại buổi đối thoại, 21 người dân phát biểu. Ông Y Mlô Niê, người có uy tín buôn Ea Tul, bày tỏ: "Đất này từ đời ông bà của buôn, bà con chỉ mong được giao lại để trồng cà phê nuôi con". Bà H'Bia Knul, buôn Kmrơng, đề nghị tỉnh làm rõ phần đất công ty đã khoán cho người ngoài buôn.
Trả lời các ý kiến, đồng chí Bí thư Tỉnh ủy thừa nhận việc chậm sắp xếp, rà soát đất nông, lâm trường theo Nghị quyết số 30-NQ/TW ngày 12/3/2014 của Bộ Chính trị là trách nhiệm của các ngành. Đồng chí khẳng định: tỉnh sẽ thu hồi khoảng 350 ha đất công ty sử dụng không hiệu quả để giao cho địa phương quản lý, ưu tiên giao cho hộ đồng bào dân tộc thiểu số thiếu đất sản xuất, mức giao tối đa 1 ha mỗi hộ. Đồng chí giao UBND tỉnh chỉ đạo thực hiện Nghị định số 118/2014/NĐ-CP của Chính phủ; giao Ban Dân vận Tỉnh ủy chủ trì tổ công tác gồm 9 thành viên, hoàn thành rà soát trong 3 tháng.
Đồng chí Y Ngông Niê, Trưởng Ban Dân vận Huyện ủy Cư M'gar, cho biết huyện đã thành lập 12 tổ hòa giải ở các buôn có tranh chấp và vận động 73 hộ tự nguyện trả lại đất lấn chiếm.
Kết thúc, bà con đã nhất trí với hướng giải quyết, cam kết không tụ tập đông người, không để kẻ xấu lợi dụng.
Theo Ban Dân vận Tỉnh ủy Đắk Lắk, đây là buổi đối thoại thứ ba trong năm do người đứng đầu cấp ủy tỉnh trực tiếp chủ trì. Những nội dung đã cam kết sẽ được theo dõi, đôn đốc và thông tin lại cho nhân dân qua các buổi họp buôn, qua già làng, người có uy tín, để bà con yên tâm lao động sản xuất, không nghe theo lời kích động.
H'Xíu - Quang Nhật
Tin cùng chuyên mục
- Ea H'leo: hòa giải thành 17 vụ tranh chấp đất rẫy (14/07/2022)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận 6 tháng đầu năm (06/07/2022)
- Krông Pắc: ra mắt mô hình "Buôn không có đơn thư vượt cấp" (28/06/2022)
""", "2022-07-22", "Bí thư Tỉnh ủy đối thoại với nhân dân về tranh chấp đất với công ty cà phê",
E("doi_thoai", "2022", "2022-07-20"),
[P("Phạm Minh Trí", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Y Khuê Niê Kdăm", "Phó Chủ tịch UBND tỉnh"),
 P("H'Liên Kbuôr", "Phó Chủ tịch HĐND tỉnh"),
 P("Y Mlô Niê", "người có uy tín buôn Ea Tul"),
 P("H'Bia Knul"),
 P("Y Ngông Niê", "Trưởng Ban Dân vận Huyện ủy Cư M'gar")],
[Q("gần 300 người dân", 300, "người dân", "approx"), Q("khoảng 1.230 ha", 1230, "ha", "approx"), Q("hơn 400 ha", 400, "ha", "over"),
 Q("khoảng 620 hộ", 620, "hộ", "approx"), Q("hơn 900 lượt đơn", 900, "lượt đơn", "over"), Q("21 người dân", 21, "người dân"),
 Q("khoảng 350 ha", 350, "ha", "approx"), Q("1 ha", 1, "ha"), Q("9 thành viên", 9, "thành viên"), Q("12 tổ hòa giải", 12, "tổ hòa giải"),
 Q("73 hộ", 73, "hộ")],
[D("Nghị quyết", "30", "NQ/TW", "2014-03-12", "Bộ Chính trị", "Nghị quyết số 30-NQ/TW ngày 12/3/2014"),
 D("Nghị định", "118", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 118/2014/NĐ-CP")],
[prov("Đắk Lắk"), com("Ea Tul")],
["Báo Đắk Lắk điện tử", "Chính trị > Thời sự", "Công ty TNHH MTV cà phê"],
["22/07/2022 - 07:45", "năm 2022", "Từ năm 2015", "4 lần", "3 tháng", "thứ ba"]))
