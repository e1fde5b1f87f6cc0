from lib import *
PAGES = []

PAGES.append(page("b3173-quangnam-doithoai-gpmb-2011", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NAM
Trang chủ » Dân vận chính quyền » Tin địa phương
Thứ Năm, 22/09/2011 - 09:40
Ảnh: Quang cảnh buổi đối thoại.
Điện Bàn: Đối thoại với hộ dân vùng giải phóng mặt bằng khu đô thị ven biển
Ngày 20/9/2011, Ban Dân vận Huyện ủy Điện Bàn phối hợp với UBND huyện tổ chức buổi đối thoại với các hộ dân bị ảnh hưởng bởi dự án khu đô thị ven biển năm 2011 tại xã Điện Ngọc. Đồng chí Trần Văn Hiếu, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì; cùng dự có ông Nguyễn Đình Phúc, Phó Chủ tịch UBND huyện Điện Bàn.
Tham dự buổi đối thoại có hơn 120 hộ dân của 3 thôn ven biển. Theo báo cáo của Hội đồng bồi thường, hỗ trợ và tái định cư huyện, dự án có tổng diện tích thu hồi khoảng 86 ha, ảnh hưởng đến 412 hộ; đến nay đã chi trả hơn 57 tỷ đồng tiền bồi thường, đạt 68% kế hoạch. Còn 96 hộ chưa nhận tiền, chủ yếu vì chưa đồng ý với đơn giá đất nông nghiệp và vị trí lô đất tái định cư.
Việc bồi thường được thực hiện theo Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ và Quyết định số 23/2010/QĐ-UBND ngày 8/10/2010 của UBND tỉnh về chính sách bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.
Tại buổi đối thoại, bà con nêu 27 ý kiến. Ông Lê Văn Tám, thôn Tân Khai, đề nghị được bố trí lô đất tái định cư gần chợ để tiếp tục buôn bán; bà Phan Thị Mười đề nghị hỗ trợ chuyển đổi nghề cho lao động nữ lớn tuổi. Một số hộ phản ánh việc kiểm đếm mồ mả chưa chính xác.
Trả lời các ý kiến, ông Nguyễn Đình Phúc cho biết huyện sẽ xây dựng khu tái định cư Điện Ngọc 2 với 350 lô đất, có đầy đủ đường, điện, nước trước khi người dân di dời; mỗi lao động trong độ tuổi được hỗ trợ chuyển đổi nghề 1,5 lần giá đất nông nghiệp. Những kiến nghị vượt thẩm quyền sẽ được tổng hợp báo cáo UBND tỉnh.
Kết luận buổi đối thoại, đồng chí Trần Văn Hiếu đề nghị Mặt trận và các đoàn thể xã Điện Ngọc tiếp tục đến từng hộ vận động, giải thích chính sách theo phương châm "nghe dân nói, nói dân hiểu, làm dân tin"; Hội đồng bồi thường công khai phương án tại trụ sở UBND xã ít nhất 20 ngày để người dân góp ý.
Được biết, đây là dự án trọng điểm của tỉnh Quảng Nam, đi qua địa bàn nhiều xã ven biển của huyện.
Sau buổi đối thoại, đã có 31 hộ ký nhận tiền bồi thường và cam kết bàn giao mặt bằng trước ngày 30/10.
Minh Hà
Lượt xem: 1.204
Tin liên quan
- Duy Xuyên: vận động nhân dân hiến đất làm đường giao thông nông thôn (12/09/2011)
- Ban Dân vận Tỉnh ủy làm việc với huyện Thăng Bình (30/08/2011)
- Núi Thành: 200 hộ bàn giao mặt bằng khu kinh tế mở Chu Lai (15/08/2011)
- Tập huấn công tác dân vận cho cán bộ xã năm 2011 (02/08/2011)
""", "2011-09-22", "Điện Bàn: Đối thoại với hộ dân vùng giải phóng mặt bằng khu đô thị ven biển",
E("doi_thoai", "2011", "2011-09-20"),
[P("Trần Văn Hiếu", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Đình Phúc", "Phó Chủ tịch UBND huyện Điện Bàn"),
 P("Lê Văn Tám"), P("Phan Thị Mười")],
[Q("hơn 120 hộ dân", 120, "hộ dân", "over"), Q("3 thôn ven biển", 3, "thôn ven biển"),
 Q("khoảng 86 ha", 86, "ha", "approx"), Q("412 hộ", 412, "hộ"), Q("hơn 57 tỷ đồng", 57000000000, "đồng", "over"),
 Q("68%", 68, "%"), Q("96 hộ", 96, "hộ"), Q("27 ý kiến", 27, "ý kiến"), Q("350 lô đất", 350, "lô đất"),
 Q("31 hộ", 31, "hộ")],
[D("Nghị định", "69", "2009/NĐ-CP", "2009-08-13", "Chính phủ", "Nghị định số 69/2009/NĐ-CP ngày 13/8/2009"),
 D("Quyết định", "23", "2010/QĐ-UBND", "2010-10-08", "UBND tỉnh", "Quyết định số 23/2010/QĐ-UBND ngày 8/10/2010")],
[prov("Quảng Nam"), com("Điện Ngọc")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NAM", "Trang chủ » Dân vận chính quyền » Tin địa phương", "Ảnh: Quang cảnh buổi đối thoại.",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 1.204", "Điện Ngọc 2"],
["Thứ Năm, 22/09/2011 - 09:40", "1,5 lần", "ít nhất 20 ngày", "năm 2011", "Lượt xem: 1.204", "Điện Ngọc 2"]))

PAGES.append(page("b3174-haiphong-mttq-giamsat-boithuong-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
Cập nhật: 14:05, 18/05/2012 (GMT+7)
MTTQ thành phố giám sát việc bồi thường, tái định cư dự án đường ô tô Tân Vũ - Lạch Huyện
Từ ngày 14 đến 16/5/2012, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố do bà Vũ Thị Thanh Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố làm trưởng đoàn đã giám sát việc thực hiện chính sách bồi thường, hỗ trợ và tái định cư dự án đường ô tô Tân Vũ - Lạch Huyện tại quận Hải An và huyện Cát Hải.
Cuộc giám sát thực hiện theo Kế hoạch số 17/KH-MTTQ-BTT ngày 2/5/2012 của Ban Thường trực Ủy ban MTTQ thành phố. Đoàn đã làm việc với UBND các phường Tràng Cát, Đông Hải 2, thị trấn Cát Hải và đến thăm khu tái định cư Tràng Cát.
Theo báo cáo, dự án thu hồi hơn 142 ha đất, trong đó 89,6 ha đất nuôi trồng thủy sản; có 1.036 hộ gia đình, cá nhân bị ảnh hưởng, 213 hộ phải di chuyển chỗ ở. Đến ngày 10/5, đã chi trả khoảng 312 tỷ đồng, 905 hộ nhận tiền, đạt 87,4%; bàn giao 128 lô đất tái định cư.
Qua giám sát, đoàn ghi nhận chính quyền các địa phương đã công khai phương án bồi thường, tổ chức 46 cuộc họp dân; Mặt trận phường, thị trấn tham gia đầy đủ các khâu kiểm đếm, áp giá. Tuy nhiên, hạ tầng khu tái định cư chưa hoàn chỉnh, hệ thống thoát nước chưa đấu nối; một số hộ nuôi trồng thủy sản chưa được hỗ trợ ổn định đời sống. Trong 5 tháng, Ủy ban MTTQ các cấp nhận 38 đơn thư liên quan đến dự án, đã chuyển cơ quan có thẩm quyền giải quyết 35 đơn.
Ông Phạm Hồng Quân, Chủ tịch UBND phường Tràng Cát, cho biết phường còn 23 hộ chưa bàn giao mặt bằng, chủ yếu là các hộ có đất đầm nuôi tôm có nguồn gốc phức tạp. Ông Đỗ Văn Khiêm, Chủ tịch Ủy ban MTTQ thị trấn Cát Hải, kiến nghị nâng mức hỗ trợ thuê nhà tạm cư từ 1 triệu đồng lên 1,5 triệu đồng/hộ/tháng.
Kết luận buổi giám sát, bà Vũ Thị Thanh Nga đề nghị UBND quận Hải An, huyện Cát Hải sớm hoàn thiện hạ tầng khu tái định cư theo Quyết định số 1448/QĐ-TTg của Thủ tướng Chính phủ; tăng cường đối thoại, giải quyết dứt điểm đơn thư, không để phát sinh khiếu kiện đông người. Đoàn sẽ tổng hợp kiến nghị gửi UBND thành phố trong tháng 6.
Theo Ban Thường trực, sau giám sát Mặt trận các phường, thị trấn sẽ tiếp tục phối hợp với Ban Thanh tra nhân dân theo dõi việc chi trả, xây dựng hạ tầng khu tái định cư và kịp thời phản ánh những bức xúc của nhân dân với cấp ủy, chính quyền.
Hoàng Long
Tin cùng chuyên mục
- Hội nghị Ủy ban MTTQ thành phố lần thứ 5 (khóa XII) (10/05/2012)
- Vận động ủng hộ Quỹ "Vì người nghèo" năm 2012 (25/04/2012)
- Quận Lê Chân: giám sát hoạt động Ban Thanh tra nhân dân (16/04/2012)
""", "2012-05-18", "MTTQ thành phố giám sát việc bồi thường, tái định cư dự án đường ô tô Tân Vũ - Lạch Huyện",
E("giam_sat", "2012", "2012-05-14"),
[P("Vũ Thị Thanh Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Hồng Quân", "Chủ tịch UBND phường Tràng Cát"),
 P("Đỗ Văn Khiêm", "Chủ tịch Ủy ban MTTQ thị trấn Cát Hải")],
[Q("hơn 142 ha", 142, "ha", "over"), Q("89,6 ha", 89.6, "ha"), Q("1.036 hộ gia đình, cá nhân", 1036, "hộ gia đình, cá nhân"),
 Q("213 hộ", 213, "hộ"), Q("khoảng 312 tỷ đồng", 312000000000, "đồng", "approx"), Q("905 hộ", 905, "hộ"),
 Q("87,4%", 87.4, "%"), Q("128 lô đất tái định cư", 128, "lô đất tái định cư"), Q("46 cuộc họp dân", 46, "cuộc họp dân"),
 Q("38 đơn thư", 38, "đơn thư"), Q("35 đơn", 35, "đơn"), Q("23 hộ", 23, "hộ"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch", "17", "KH-MTTQ-BTT", "2012-05-02", "Ban Thường trực Ủy ban MTTQ thành phố", "Kế hoạch số 17/KH-MTTQ-BTT ngày 2/5/2012"),
 D("Quyết định", "1448", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1448/QĐ-TTg")],
[prov("Hải Phòng"), com("Tràng Cát"), com("Đông Hải 2"), com("Cát Hải")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam thành phố Hải Phòng", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện",
 "Tân Vũ - Lạch Huyện"],
["Cập nhật: 14:05, 18/05/2012 (GMT+7)", "5 tháng", "tháng 6"]))

PAGES.append(page("b3175-thanhhoa-bcd-gpmb-soket-2013", """
BÁO THANH HÓA ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Pháp luật
08:15 | 12/07/2013
Toàn cảnh hội nghị. Ảnh: Lê Hợi
Tháo gỡ vướng mắc, đẩy nhanh tiến độ tái định cư Khu kinh tế Nghi Sơn
(Baothanhhoa.vn) - Chiều 10/7, Ban Chỉ đạo giải phóng mặt bằng Khu kinh tế Nghi Sơn tổ chức hội nghị sơ kết công tác bồi thường, GPMB, tái định cư 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Minh Thông, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Theo báo cáo, 6 tháng qua huyện Tĩnh Gia đã kiểm kê 1.286 hộ, phê duyệt phương án bồi thường cho 874 hộ với tổng kinh phí gần 416 tỷ đồng; đã có 702 hộ nhận tiền và bàn giao khoảng 318 ha mặt bằng cho dự án Liên hợp lọc hóa dầu Nghi Sơn và các dự án hạ tầng. Các xã Hải Yến, Mai Lâm, Tĩnh Hải là những địa phương hoàn thành tốt nhất.
Khu tái định cư Đồng Chợ và Tân Trường đã xây dựng xong 2 trường mầm non và trạm y tế; 415 hộ đã đến nơi ở mới. Ban Chỉ đạo đã tham mưu UBND tỉnh ban hành Quyết định 1951, 1952/QĐ-UBND về đơn giá bồi thường cây cối, hoa màu và hỗ trợ di chuyển mồ mả; đồng thời thực hiện Kế hoạch số 36/KH-BCĐ của Ban Chỉ đạo về vận động nhân dân.
Tuy vậy, hội nghị chỉ ra còn 142 hộ chưa đồng thuận, 19 hộ có đơn thư kéo dài; việc cấp giấy chứng nhận quyền sử dụng đất tại khu tái định cư còn chậm; có cán bộ xã chưa sâu sát, giải thích chính sách chưa rõ ràng.
Phát biểu tại hội nghị, đồng chí Lê Văn Cường, Chủ tịch UBND huyện Tĩnh Gia, kiến nghị tỉnh bổ sung khoảng 60 tỷ đồng để hoàn thiện hạ tầng khu tái định cư Các Sơn. Bà Nguyễn Thị Hường, Chủ tịch Ủy ban MTTQ xã Tĩnh Hải, cho biết Mặt trận xã đã phân công 45 tổ dân vận đến từng hộ để vận động.
Kết luận hội nghị, đồng chí Lê Minh Thông yêu cầu các ngành, địa phương thực hiện nghiêm Chỉ thị số 06/CT-UBND ngày 21/3/2013 của Chủ tịch UBND tỉnh; trong 6 tháng cuối năm phải bàn giao thêm ít nhất 250 ha mặt bằng, phấn đấu 100% hộ dân thuộc diện di dời có đất tái định cư trước Tết Nguyên đán.
Trước đó, Ban Thường vụ Tỉnh ủy Thanh Hóa đã giao Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ủy ban MTTQ tỉnh tổ chức các đoàn công tác nắm tình hình tư tưởng nhân dân vùng dự án. Qua đó, nhiều kiến nghị chính đáng của người dân về giá đất, nghề nghiệp và việc làm đã được ghi nhận, báo cáo để cấp có thẩm quyền xem xét. Nhiều hộ dân ở xã Hải Yến đã tự nguyện tháo dỡ công trình, bàn giao mặt bằng trước thời hạn.
Anh Tuấn
Tin cùng chuyên mục
- Tĩnh Gia: vận động gần 300 hộ dân di dời mồ mả (02/07/2013)
- Triển khai dự án cảng Nghi Sơn giai đoạn 2 (25/06/2013)
- Thanh Hóa đối thoại với người dân vùng dự án (18/06/2013)
- Nông Cống thu hồi đất làm khu công nghiệp (11/06/2013)
""", "2013-07-12", "Tháo gỡ vướng mắc, đẩy nhanh tiến độ tái định cư Khu kinh tế Nghi Sơn",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Lê Minh Thông", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lê Văn Cường", "Chủ tịch UBND huyện Tĩnh Gia"),
 P("Nguyễn Thị Hường", "Chủ tịch Ủy ban MTTQ xã Tĩnh Hải")],
[Q("1.286 hộ", 1286, "hộ"), Q("874 hộ", 874, "hộ"), Q("gần 416 tỷ đồng", 416000000000, "đồng", "approx"),
 Q("702 hộ", 702, "hộ"), Q("khoảng 318 ha", 318, "ha", "approx"), Q("2 trường mầm non", 2, "trường mầm non"),
 Q("415 hộ", 415, "hộ"), Q("142 hộ", 142, "hộ"), Q("19 hộ", 19, "hộ"),
 Q("khoảng 60 tỷ đồng", 60000000000, "đồng", "approx"), Q("45 tổ dân vận", 45, "tổ dân vận"),
 Q("ít nhất 250 ha", 250, "ha", "over"), Q("100%", 100, "%")],
[D("Quyết định", "1951", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1951, 1952/QĐ-UBND"),
 D("Quyết định", "1952", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1951, 1952/QĐ-UBND"),
 D("Kế hoạch", "36", "KH-BCĐ", None, "Ban Chỉ đạo", "Kế hoạch số 36/KH-BCĐ"),
 D("Chỉ thị", "06", "CT-UBND", "2013-03-21", "Chủ tịch UBND tỉnh", "Chỉ thị số 06/CT-UBND ngày 21/3/2013")],
[prov("Thanh Hóa"), com("Hải Yến"), com("Mai Lâm"), com("Tĩnh Hải")],
["BÁO THANH HÓA ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội | Pháp luật", "Toàn cảnh hội nghị. Ảnh: Lê Hợi", "(Baothanhhoa.vn)",
 "Khu kinh tế Nghi Sơn", "Đồng Chợ", "Tân Trường", "Các Sơn"],
["08:15 | 12/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Tết Nguyên đán"]))

PAGES.append(page("b3176-dongnai-giaoban-gpmb-quy3-2014", """
Ban Dân vận Tỉnh ủy Đồng Nai
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền
29-09-2014 16:20
Đồng chí Huỳnh Văn Tới phát biểu tại buổi giao ban.
Giao ban khối dân vận: tập trung vận động người dân vùng dự án sân bay Long Thành
Sáng 26/9, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban khối dân vận quý III năm 2014 tại huyện Long Thành, tập trung đánh giá công tác vận động nhân dân trong bồi thường, giải phóng mặt bằng các dự án trọng điểm. Dự và chủ trì có đồng chí Huỳnh Văn Tới, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại giao ban cho biết, trong quý, khối dân vận các cấp đã phối hợp tổ chức 64 buổi tuyên truyền với khoảng 5.200 lượt người dự tại các xã Long An, Bình Sơn, Suối Trầu, Cẩm Đường – nơi dự kiến thu hồi đất cho Cảng hàng không quốc tế Long Thành. Qua khảo sát, khoảng 4.700 hộ với hơn 17.000 nhân khẩu nằm trong vùng dự án; 81% hộ được hỏi đồng tình với chủ trương xây dựng sân bay nhưng mong muốn được tái định cư tại chỗ.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 11-HD/BDVTU về công tác nắm tình hình nhân dân vùng dự án và phối hợp với Sở Tài nguyên và Môi trường tham mưu Tỉnh ủy Đồng Nai ban hành Chỉ thị số 35-CT/TU ngày 5/8/2014 về tăng cường lãnh đạo công tác bồi thường, GPMB. Riêng đường cao tốc Biên Hòa - Vũng Tàu, các địa phương đã vận động 318 hộ bàn giao mặt bằng; còn 27 trường hợp khiếu nại về giá đất.
Phát biểu tại giao ban, đồng chí Điểu Thị Hòa, Phó Trưởng Ban Dân vận Huyện ủy Long Thành, cho biết nhiều hộ người Chơ Ro ở xã Bình Sơn lo lắng về đất sản xuất sau khi thu hồi. Ông Nguyễn Văn Hưng, Bí thư Đảng ủy xã Long An, đề nghị sớm công bố quy hoạch chi tiết khu tái định cư rộng khoảng 280 ha để người dân yên tâm.
Kết luận giao ban, đồng chí Huỳnh Văn Tới yêu cầu khối dân vận các cấp bám sát chủ trương của Tỉnh ủy trong quá trình chuẩn bị dự án; trước mắt, quý IV phải hoàn thành đợt lấy ý kiến người dân về phương án tái định cư, mỗi xã thành lập một tổ công tác gồm cán bộ Mặt trận, Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên để đến từng hộ. Cán bộ, đảng viên phải gương mẫu bàn giao mặt bằng trước.
Cũng tại buổi giao ban, Ban Dân vận Tỉnh ủy triển khai Kế hoạch số 52-KH/BDVTU về kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 10 xã vùng dự án.
Hoàng Yến
Lượt truy cập: 2.381.446
Các tin đã đưa
- Trảng Bom: đối thoại với người dân khu công nghiệp Bàu Xéo (18/09/2014)
- Nhơn Trạch tổng kết 10 năm phong trào "Dân vận khéo" (05/09/2014)
- Hội thi tuyên truyền viên dân vận giỏi năm 2014 (22/08/2014)
""", "2014-09-29", "Giao ban khối dân vận: tập trung vận động người dân vùng dự án sân bay Long Thành",
E("giao_ban", "2014-Q3", "2014-09-26"),
[P("Huỳnh Văn Tới", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Hòa", "Phó Trưởng Ban Dân vận Huyện ủy Long Thành"),
 P("Nguyễn Văn Hưng", "Bí thư Đảng ủy xã Long An")],
[Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("khoảng 5.200 lượt người", 5200, "lượt người", "approx"),
 Q("khoảng 4.700 hộ", 4700, "hộ", "approx"), Q("hơn 17.000 nhân khẩu", 17000, "nhân khẩu", "over"), Q("81%", 81, "%"),
 Q("318 hộ", 318, "hộ"), Q("27 trường hợp", 27, "trường hợp"), Q("khoảng 280 ha", 280, "ha", "approx"),
 Q("10 xã vùng dự án", 10, "xã vùng dự án")],
[D("Hướng dẫn", "11", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 11-HD/BDVTU"),
 D("Chỉ thị", "35", "CT/TU", "2014-08-05", "Tỉnh ủy Đồng Nai", "Chỉ thị số 35-CT/TU ngày 5/8/2014"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 52-KH/BDVTU")],
[prov("Đồng Nai"), com("Long An"), com("Bình Sơn"), com("Suối Trầu"), com("Cẩm Đường")],
["Ban Dân vận Tỉnh ủy Đồng Nai", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Dân vận chính quyền",
 "Đồng chí Huỳnh Văn Tới phát biểu tại buổi giao ban.", "Cảng hàng không quốc tế Long Thành", "Lượt truy cập: 2.381.446"],
["29-09-2014 16:20", "quý III năm 2014", "quý IV", "Lượt truy cập: 2.381.446"]))

PAGES.append(page("b3177-gialai-doithoai-thuydien-2015", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ › Chính trị › Dân vận
Ngày đăng 14/08/2015 | 10:35
Chư Păh: Đối thoại với người dân bị ảnh hưởng dự án hồ chứa nước Ia Ring
(GLO)- Ngày 12-8, UBND huyện Chư Păh phối hợp với Ban Dân vận Huyện ủy, Ủy ban MTTQ Việt Nam huyện tổ chức đối thoại với người dân làng Klah, Ia Ring thuộc xã Ia Ka về bồi thường, hỗ trợ, tái định cư năm 2015. Chủ trì buổi đối thoại có ông Rơ Mah Tuân, Phó Chủ tịch UBND huyện; bà Ksor H'Bơ Khăp, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy.
Hơn 200 người dân, trong đó phần lớn là đồng bào Jrai, đã đến dự. Theo báo cáo của Trung tâm Phát triển quỹ đất huyện, dự án thu hồi 312,5 ha, ảnh hưởng đến 286 hộ; đã chi trả 41,3 tỷ đồng cho 237 hộ. Khu tái định cư làng Klah mới được quy hoạch 96 lô, mỗi lô 400 m2, đã làm xong 3,2 km đường bê tông và 1 giếng khoan tập trung.
Tại buổi đối thoại, ông Siu Bnhen, già làng làng Klah, nói: "Bà con đồng ý nhường đất cho Nhà nước làm hồ nước, nhưng đất rẫy của làng là nơi nuôi sống con cháu, xin được đo đạc lại cho đúng". Anh Rơ Châm Hlip đề nghị hỗ trợ giống cà phê, giống bò để bà con có sinh kế mới. Bà Nay H'Lun phản ánh 4 ngôi mộ của gia đình chưa được kiểm đếm.
Trả lời, ông Rơ Mah Tuân cho biết việc bồi thường được thực hiện theo Nghị định 47/2014/NĐ-CP của Chính phủ và Quyết định số 22/2014/QĐ-UBND của UBND tỉnh Gia Lai; mỗi hộ bị thu hồi trên 30% diện tích đất sản xuất được hỗ trợ ổn định đời sống bằng 30 kg gạo/nhân khẩu/tháng trong 12 tháng. Huyện sẽ thành lập tổ đo đạc lại 18 thửa đất có ý kiến thắc mắc và hoàn thành trước ngày 30-9.
Bà Ksor H'Bơ Khăp đề nghị người có uy tín, già làng, trưởng làng tiếp tục giải thích để bà con hiểu; đồng thời yêu cầu Mặt trận xã Ia Ka giám sát việc đo đạc, kiểm đếm, công khai kết quả tại nhà rông.
Kết thúc buổi đối thoại, 52 hộ đã ký biên bản đồng ý phương án bồi thường. Ông Rơ Mah Ngơ, Chủ tịch UBND xã Ia Ka, cho biết xã sẽ tổ chức tiếp các buổi họp làng trong tháng 8.
Theo nhiều người dân, đây là lần đầu tiên họ được trực tiếp nói với lãnh đạo huyện những băn khoăn về đất rẫy, mồ mả và nơi ở mới. Ban Dân vận Huyện ủy cho biết sẽ tổng hợp toàn bộ ý kiến, theo dõi việc trả lời và báo cáo Thường trực Huyện ủy; những việc đã hứa với dân phải được làm đến nơi đến chốn, tránh để bà con mất lòng tin, nghe theo kẻ xấu xúi giục.
Hồng Thi
Ảnh: Người dân làng Klah phát biểu tại buổi đối thoại. Ảnh: H.T
Tin khác
- Ia Grai: tiếp xúc người có uy tín trong đồng bào dân tộc thiểu số (07/08/2015)
- Đak Đoa: 15 hộ tự nguyện hiến đất làm đường (30/07/2015)
- Krông Pa ra mắt mô hình "Dân vận khéo" (22/07/2015)
""", "2015-08-14", "Chư Păh: Đối thoại với người dân bị ảnh hưởng dự án hồ chứa nước Ia Ring",
E("doi_thoai", "2015", "2015-08-12"),
[P("Rơ Mah Tuân", "Phó Chủ tịch UBND huyện"),
 P("Ksor H'Bơ Khăp", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Siu Bnhen", "già làng làng Klah"), P("Rơ Châm Hlip"), P("Nay H'Lun"),
 P("Rơ Mah Ngơ", "Chủ tịch UBND xã Ia Ka")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("312,5 ha", 312.5, "ha"), Q("286 hộ", 286, "hộ"),
 Q("41,3 tỷ đồng", 41300000000, "đồng"), Q("237 hộ", 237, "hộ"), Q("96 lô", 96, "lô"), Q("400 m2", 400, "m2"),
 Q("3,2 km đường bê tông", 3.2, "km"), Q("4 ngôi mộ", 4, "ngôi mộ"), Q("trên 30%", 30, "%", "over"),
 Q("30 kg gạo", 30, "kg"), Q("18 thửa đất", 18, "thửa đất"), Q("52 hộ", 52, "hộ")],
[D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP"),
 D("Quyết định", "22", "2014/QĐ-UBND", None, "UBND tỉnh Gia Lai", "Quyết định số 22/2014/QĐ-UBND")],
[prov("Gia Lai"), com("Ia Ka")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ › Chính trị › Dân vận", "(GLO)", "Ảnh: Người dân làng Klah phát biểu tại buổi đối thoại. Ảnh: H.T",
 "Ia Ring"],
["Ngày đăng 14/08/2015 | 10:35", "12 tháng", "1 giếng khoan", "Ngày 12-8", "tháng 8"]))

PAGES.append(page("b3178-quangninh-tongket-gpmb-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH
Vị trí: Tin tức > Tin hoạt động > Kinh tế
15/01/2017 - 08:30
Quảng Ninh: Năm 2016 giải phóng mặt bằng trên 1.900 ha phục vụ các dự án trọng điểm
Ngày 13/1/2017, Ban Chỉ đạo giải phóng mặt bằng tỉnh tổ chức hội nghị tổng kết công tác bồi thường, hỗ trợ, tái định cư và GPMB năm 2016, triển khai nhiệm vụ năm 2017. Đồng chí Đặng Huy Hậu, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2016, toàn tỉnh đã thực hiện GPMB trên 1.900 ha cho 147 dự án, trong đó có các dự án trọng điểm như đường cao tốc Hạ Long - Vân Đồn, Cảng hàng không quốc tế Vân Đồn, Trung tâm hội nghị tỉnh. Tổng kinh phí bồi thường, hỗ trợ gần 2.300 tỷ đồng; 6.418 hộ gia đình, cá nhân bị ảnh hưởng, 892 hộ được bố trí tái định cư tại 14 khu tái định cư tập trung.
Tỉnh đã ban hành Quyết định số 3000/2014/QĐ-UBND và Quyết định số 1176/2016/QĐ-UBND ngày 25/4/2016 về đơn giá bồi thường; Ban Thường vụ Tỉnh ủy ban hành Kết luận 18, 19-KL/TU về những giải pháp tháo gỡ vướng mắc GPMB tại thành phố Hạ Long và huyện Vân Đồn. Các cấp đã tổ chức 312 cuộc đối thoại với người dân; tỷ lệ đơn thư khiếu nại về đất đai giảm 23% so với năm 2015.
Đáng chú ý, tại xã Hạ Long và xã Đoàn Kết (huyện Vân Đồn), nhiều hộ dân người Sán Dìu, Dao đã tự nguyện bàn giao mặt bằng trước thời hạn. Ông Chíu Văn Lâm, trưởng thôn Đông Hà, xã Đoàn Kết, được UBND tỉnh tặng Bằng khen vì vận động được 46 hộ di dời.
Tuy nhiên, hội nghị cũng chỉ ra vẫn còn 11 dự án chậm tiến độ, một số địa phương chưa làm tốt công tác tuyên truyền, xác định nguồn gốc đất còn kéo dài; có 3 vụ việc khiếu kiện đông người.
Phát biểu chỉ đạo, đồng chí Đặng Huy Hậu yêu cầu năm 2017 các địa phương quán triệt Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy; đề cao trách nhiệm người đứng đầu; huy động cả hệ thống chính trị, nhất là Mặt trận và các đoàn thể vào cuộc. Phấn đấu hoàn thành GPMB đường cao tốc Hạ Long - Vân Đồn trước ngày 30/6/2017.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 28 cá nhân. Ông Lê Quang Tùng, Chủ tịch UBND thành phố Hạ Long, phát biểu nhận nhiệm vụ.
Theo đánh giá chung, thành công lớn nhất của năm 2016 là đã thay đổi cách làm: thay vì cưỡng chế, các địa phương kiên trì đối thoại, công khai minh bạch phương án, xây dựng khu tái định cư trước khi thu hồi đất. Nhiều cán bộ Mặt trận, đoàn thể cơ sở đã bám thôn, bám hộ, gặp gỡ người dân cả ngày nghỉ để giải thích chính sách.
Minh Đức (Trung tâm Truyền thông tỉnh)
Tin liên quan
- Đẩy nhanh GPMB dự án cao tốc Hạ Long - Vân Đồn (28/12/2016)
- Tiên Yên: Đối thoại với các hộ dân vùng dự án (12/12/2016)
- Vân Đồn hoàn thành 95% mặt bằng sân bay (30/11/2016)
""", "2017-01-15", "Quảng Ninh: Năm 2016 giải phóng mặt bằng trên 1.900 ha phục vụ các dự án trọng điểm",
E("tong_ket", "2016", "2017-01-13"),
[P("Đặng Huy Hậu", "Phó Chủ tịch Thường trực UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Chíu Văn Lâm", "trưởng thôn Đông Hà"),
 P("Lê Quang Tùng", "Chủ tịch UBND thành phố Hạ Long")],
[Q("trên 1.900 ha", 1900, "ha", "over"), Q("147 dự án", 147, "dự án"), Q("gần 2.300 tỷ đồng", 2300000000000, "đồng", "approx"),
 Q("6.418 hộ gia đình, cá nhân", 6418, "hộ gia đình, cá nhân"), Q("892 hộ", 892, "hộ"),
 Q("14 khu tái định cư tập trung", 14, "khu tái định cư tập trung"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"),
 Q("23%", 23, "%"), Q("46 hộ", 46, "hộ"), Q("11 dự án", 11, "dự án"), Q("3 vụ việc khiếu kiện đông người", 3, "vụ việc khiếu kiện đông người"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Quyết định", "3000", "2014/QĐ-UBND", None, None, "Quyết định số 3000/2014/QĐ-UBND"),
 D("Quyết định", "1176", "2016/QĐ-UBND", "2016-04-25", None, "Quyết định số 1176/2016/QĐ-UBND ngày 25/4/2016"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 18, 19-KL/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Quảng Ninh"), com("Hạ Long"), com("Đoàn Kết")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NINH", "Vị trí: Tin tức > Tin hoạt động > Kinh tế", "Cảng hàng không quốc tế Vân Đồn",
 "Trung tâm hội nghị tỉnh", "Hạ Long - Vân Đồn"],
["15/01/2017 - 08:30", "năm 2016", "năm 2017", "năm 2015", "30/6/2017"]))
