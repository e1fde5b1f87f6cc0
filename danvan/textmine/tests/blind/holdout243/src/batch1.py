from lib import *
PAGES = []

PAGES.append(page("b5789-angiang-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH AN GIANG
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Năm, 29/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Nông dân An Giang: 68.400 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi
Ngày 27/12/2011, Ban Thường vụ Hội Nông dân tỉnh An Giang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Trần Minh Khải, Phó Bí thư Tỉnh ủy; đồng chí Lê Thị Bích Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cùng 215 đại biểu là cán bộ Hội các cấp.
Theo báo cáo do đồng chí Huỳnh Văn Tám, Phó Chủ tịch Hội Nông dân tỉnh trình bày, năm 2011 toàn tỉnh có 68.400 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, tăng 4.120 hộ so với năm trước. Hội kết nạp 3.560 hội viên mới, nâng tổng số hội viên lên 201.700 người, chiếm 74,5% số hộ nông dân. Các cấp Hội đã phối hợp ngành nông nghiệp tổ chức 1.240 lớp tập huấn cho hơn 52.000 lượt hội viên, tập trung vào chương trình "3 giảm, 3 tăng" và "1 phải, 5 giảm" trong sản xuất lúa.
Thực hiện Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ, Hội đã cùng ngành nông nghiệp xây dựng 12 cánh đồng mẫu lớn với diện tích gần 6.800 ha tại các xã Vĩnh Bình, Vĩnh Hanh, Bình Thành; liên kết với doanh nghiệp bao tiêu lúa cho trên 2.300 hộ. Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 21,6 tỷ đồng, cho 1.870 hộ vay phát triển sản xuất; Hội còn quản lý 456 tổ tiết kiệm và vay vốn với dư nợ trên 610 tỷ đồng. Chỉ thị số 12-CT/TU ngày 3/8/2011 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác Hội Nông dân được các cấp Hội quán triệt đến 100% chi hội.
Tại hội nghị, ông Nguyễn Văn Ba, Chủ nhiệm HTX nông nghiệp Thạnh Lợi, xã Vĩnh Bình, chia sẻ kinh nghiệm đưa 85 xã viên vào sản xuất lúa giống theo hợp đồng; bà Chau Thị Sóc Nê, Chi hội trưởng Chi hội nông dân ấp Tà Lọt, xã Châu Lăng, kiến nghị hỗ trợ đồng bào Khmer vùng Bảy Núi chuyển đổi sang lúa chất lượng cao. Đồng chí Võ Thanh Bình, Chủ tịch Hội Nông dân tỉnh, tiếp thu và làm rõ các ý kiến.
Phát biểu chỉ đạo, đồng chí Trần Minh Khải đề nghị năm 2012 các cấp Hội tiếp tục thực hiện Nghị quyết 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; đẩy mạnh phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững; chú trọng thành lập tổ hợp tác, hợp tác xã kiểu mới.
Dịp này, UBND tỉnh tặng bằng khen cho 18 tập thể và 35 cá nhân. Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Phạm Thị Lụa, Chau Văn Rết trao giấy khen của Ban Thường vụ Hội cho 42 hội viên tiêu biểu.
Minh Khoa
Lượt xem: 1.204
Tin liên quan
- Thoại Sơn: ra mắt 3 tổ hợp tác sản xuất lúa giống (12/12/2011)
- Hội Nông dân tỉnh sơ kết Quỹ Hỗ trợ nông dân (28/11/2011)
- Tri Tôn tập huấn kỹ thuật cho 300 nông dân Khmer (15/11/2011)
""", "2011-12-29", "Hội Nông dân An Giang: 68.400 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Minh Khải", "Phó Bí thư Tỉnh ủy"),
 P("Lê Thị Bích Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tám", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Ba", "Chủ nhiệm HTX nông nghiệp Thạnh Lợi"),
 P("Chau Thị Sóc Nê", "Chi hội trưởng Chi hội nông dân ấp Tà Lọt"),
 P("Võ Thanh Bình", "Chủ tịch Hội Nông dân tỉnh"),
 P("Phạm Thị Lụa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Chau Văn Rết", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("68.400 hộ nông dân", 68400, "hộ nông dân"), Q("4.120 hộ", 4120, "hộ"),
 Q("3.560 hội viên mới", 3560, "hội viên mới"), Q("201.700 người", 201700, "người"), Q("74,5%", 74.5, "%"),
 Q("1.240 lớp tập huấn", 1240, "lớp tập huấn"), Q("hơn 52.000 lượt hội viên", 52000, "lượt hội viên", "over"),
 Q("12 cánh đồng mẫu lớn", 12, "cánh đồng mẫu lớn"), Q("gần 6.800 ha", 6800, "ha", "approx"),
 Q("trên 2.300 hộ", 2300, "hộ", "over"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("1.870 hộ", 1870, "hộ"),
 Q("456 tổ tiết kiệm và vay vốn", 456, "tổ tiết kiệm và vay vốn"), Q("trên 610 tỷ đồng", 610000000000, "đồng", "over"),
 Q("100% chi hội", 100, "%"), Q("85 xã viên", 85, "xã viên"), Q("18 tập thể", 18, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("42 hội viên tiêu biểu", 42, "hội viên tiêu biểu")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg ngày 10/5/2011"),
 D("Chỉ thị", "12", "CT/TU", "2011-08-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 3/8/2011"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết 26-NQ/TW ngày 5/8/2008")],
[prov("An Giang"), com("Vĩnh Bình"), com("Vĩnh Hanh"), com("Bình Thành"), com("Châu Lăng")],
["HỘI NÔNG DÂN TỈNH AN GIANG", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Quỹ Hỗ trợ nông dân", "3 giảm, 3 tăng", "1 phải, 5 giảm", "Lượt xem: 1.204"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "3 giảm, 3 tăng", "1 phải, 5 giảm", "Lượt xem: 1.204"]))

PAGES.append(page("b5790-thaibinh-hnd-soket-2012", """
Báo Thái Bình điện tử
Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân
Cập nhật: 09:42, 13/07/2012 (GMT+7)
Dồn điền đổi thửa gắn với cánh đồng lúa mẫu
(TBO) - Sáng 11/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Bùi Văn Thược, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có đồng chí Ngô Thị Hiền, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Bùi Văn Thược phát biểu tại hội nghị. Ảnh: Hải Đăng
6 tháng qua, các cấp Hội đã vận động hội viên dồn điền đổi thửa được 3.850 ha; hiến trên 41.000 m2 đất làm giao thông, thủy lợi nội đồng. Toàn tỉnh xây dựng được 64 cánh đồng mẫu sản xuất lúa chất lượng cao, trong đó 21 cánh đồng có doanh nghiệp liên kết bao tiêu. Hội phối hợp tổ chức 286 buổi tập huấn kỹ thuật thâm canh lúa cho khoảng 19.500 lượt nông dân.
Thực hiện Kế hoạch số 31-KH/HND ngày 20/2/2012 của Ban Thường vụ Hội Nông dân tỉnh và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò hội viên trong xây dựng nông thôn mới, 100% cơ sở Hội đã đăng ký phần việc cụ thể. Quỹ Hỗ trợ nông dân tăng thêm 1,85 tỷ đồng, tổng nguồn quỹ đạt 14,3 tỷ đồng với 912 hộ đang vay.
Công tác xây dựng tổ chức Hội có chuyển biến: 6 tháng kết nạp 1.130 hội viên mới, thành lập mới 7 tổ hợp tác dịch vụ làm đất và cấy máy; 286 chi hội trưởng được bồi dưỡng nghiệp vụ. Các cấp Hội tham gia hòa giải thành 48 vụ tranh chấp đất đai trong quá trình đổi thửa, không để phát sinh khiếu kiện đông người.
Tại hội nghị, ông Phạm Văn Cừ, Chủ tịch Hội Nông dân xã Vũ Thắng, kể cách vận động 1.126 hộ đổi thửa: "Có hộ phải gặp nhiều lần mới xuôi". Ông Trần Đình Nhạ, Chủ nhiệm HTX dịch vụ nông nghiệp Đông Hợp, xã Đông Hợp, đề nghị hỗ trợ máy cấy cho các HTX. Bà Nguyễn Thị Gấm, Phó Chủ tịch Hội Nông dân huyện Quỳnh Phụ, phản ánh giá vật tư nông nghiệp tăng khiến lãi trồng lúa chỉ còn khoảng 25%.
Kết luận hội nghị, đồng chí Bùi Văn Thược yêu cầu 6 tháng cuối năm các cấp Hội tiếp tục thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, phối hợp ngành nông nghiệp chuẩn bị tốt vụ mùa, vụ đông; phấn đấu cả năm kết nạp trên 2.000 hội viên mới, phát triển thêm 15 tổ hợp tác.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Lê Văn Thuyên, Đặng Thị Hòa cùng đồng chí Vũ Đức Mạnh, Chánh Văn phòng Hội Nông dân tỉnh, trình bày các chuyên đề về Quỹ Hỗ trợ nông dân và công tác kiểm tra.
Hải Đăng
Các tin khác
- Kiến Xương: nông dân thu hoạch vụ chiêm xuân năng suất cao (02/07/2012)
- Hội Nông dân tỉnh tập huấn cho 120 chi hội trưởng (20/06/2012)
- Vũ Thư: 500 hộ tham gia mô hình lúa lai (05/06/2012)
- Đông Hưng ra mắt chi hội nông dân nghề nghiệp trồng lúa chất lượng cao (28/05/2012)
- Thái Thụy: nông dân ven biển chuyển đổi ruộng trũng sang nuôi trồng thủy sản (15/05/2012)
- Tiền Hải: cơ giới hóa khâu làm đất đạt trên 95% (02/05/2012)
""", "2012-07-13", "Dồn điền đổi thửa gắn với cánh đồng lúa mẫu",
E("so_ket", "2012-H1", "2012-07-11"),
[P("Bùi Văn Thược", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Ngô Thị Hiền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Cừ", "Chủ tịch Hội Nông dân xã Vũ Thắng"),
 P("Trần Đình Nhạ", "Chủ nhiệm HTX dịch vụ nông nghiệp Đông Hợp"),
 P("Nguyễn Thị Gấm", "Phó Chủ tịch Hội Nông dân huyện Quỳnh Phụ"),
 P("Lê Văn Thuyên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đặng Thị Hòa", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vũ Đức Mạnh", "Chánh Văn phòng Hội Nông dân tỉnh")],
[Q("3.850 ha", 3850, "ha"), Q("1.130 hội viên mới", 1130, "hội viên mới"), Q("7 tổ hợp tác dịch vụ làm đất và cấy máy", 7, "tổ hợp tác dịch vụ làm đất và cấy máy"),
 Q("286 chi hội trưởng", 286, "chi hội trưởng"), Q("48 vụ tranh chấp đất đai", 48, "vụ tranh chấp đất đai"), Q("trên 41.000 m2", 41000, "m2", "over"),
 Q("64 cánh đồng mẫu sản xuất lúa chất lượng cao", 64, "cánh đồng mẫu sản xuất lúa chất lượng cao"),
 Q("21 cánh đồng", 21, "cánh đồng"), Q("286 buổi tập huấn", 286, "buổi tập huấn"),
 Q("khoảng 19.500 lượt nông dân", 19500, "lượt nông dân", "approx"), Q("100% cơ sở Hội", 100, "%"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("14,3 tỷ đồng", 14300000000, "đồng"), Q("912 hộ", 912, "hộ"),
 Q("1.126 hộ", 1126, "hộ"), Q("khoảng 25%", 25, "%", "approx"), Q("trên 2.000 hội viên mới", 2000, "hội viên mới", "over"),
 Q("15 tổ hợp tác", 15, "tổ hợp tác")],
[D("Kế hoạch", "31", "KH/HND", "2012-02-20", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 31-KH/HND ngày 20/2/2012"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg")],
[prov("Thái Bình"), com("Vũ Thắng"), com("Đông Hợp")],
["Báo Thái Bình điện tử", "Thời sự | Nông nghiệp - Nông thôn | Hội Nông dân", "(TBO)",
 "Đồng chí Bùi Văn Thược phát biểu tại hội nghị. Ảnh: Hải Đăng", "Quỹ Hỗ trợ nông dân"],
["Cập nhật: 09:42, 13/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b5791-soctrang-hnd-daihoi-2013", """
SÓC TRĂNG ONLINE - Cổng thông tin điện tử tỉnh Sóc Trăng
Bạn đang ở: Trang chủ / Tin tức / Chính trị
22/11/2013 - 10:05
Đại hội đại biểu Hội Nông dân tỉnh Sóc Trăng lần thứ VIII thành công tốt đẹp
Trong 2 ngày 20 và 21/11/2013, Hội Nông dân tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2013 - 2018. Về dự có đồng chí Lâm Văn Hiển, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam; đồng chí Huỳnh Thanh Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 298 đại biểu chính thức đại diện cho hơn 163.000 hội viên.
Toàn cảnh đại hội.
Nhiệm kỳ 2008 - 2013, phong trào nông dân thi đua sản xuất, kinh doanh giỏi có bước phát triển mạnh, bình quân mỗi năm có 52.700 hộ đạt danh hiệu các cấp; thu nhập bình quân của hộ hội viên trồng lúa đạt khoảng 68 triệu đồng/năm. Hội đã vận động nông dân xây dựng 38 cánh đồng lớn với diện tích 11.250 ha ở các xã Thạnh Phú, Phú Tâm, Gia Hòa 1; thành lập 127 tổ hợp tác và 19 HTX nông nghiệp. Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 32,5 tỷ đồng; Hội giúp 4.380 hộ hội viên thoát nghèo, trong đó 2.150 hộ là đồng bào Khmer.
Đại hội đã thảo luận, góp ý vào văn kiện; tập trung vào việc thực hiện Nghị quyết số 09-NQ/TU ngày 15/6/2012 của Tỉnh ủy về phát triển lúa đặc sản và Kết luận 61-KL/TW của Ban Bí thư. Ông Thạch Sô Phanh, Chủ tịch Hội Nông dân xã Gia Hòa 1, nêu kinh nghiệm sản xuất lúa thơm ST theo quy trình VietGAP với 240 hộ tham gia.
Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa VIII gồm 35 đồng chí. Đồng chí Trần Văn Thạnh được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân tỉnh khóa VIII; các đồng chí Lý Thị Sa Phên, Đào Minh Nhựt được bầu làm Phó Chủ tịch Hội Nông dân tỉnh. Đồng chí Kim Thị Ngọc Dung, Ủy viên Ban Thường vụ Hội Nông dân tỉnh, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh trình bày báo cáo thẩm tra tư cách đại biểu.
Đại hội cũng bầu 11 đại biểu đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VI. Mục tiêu nhiệm kỳ 2013 - 2018: hằng năm có trên 50% hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; kết nạp thêm 12.000 hội viên; nâng Quỹ Hỗ trợ nông dân lên 50 tỷ đồng.
Phát biểu chỉ đạo, đồng chí Lâm Văn Hiển đề nghị Hội Nông dân tỉnh thực hiện tốt Quyết định 62/2013/QĐ-TTg, Quyết định 673/QĐ-TTg ngày 10/5/2011 và phối hợp ngành chức năng xây dựng thương hiệu gạo Sóc Trăng.
Minh Hiếu
TIN CÙNG CHUYÊN MỤC
- Hội Nông dân huyện Mỹ Xuyên đại hội lần thứ IX (10/10/2013)
- Tổ chức 42 lớp dạy nghề cho nông dân (02/10/2013)
- Long Phú: nông dân thu hoạch lúa thu đông được giá (25/09/2013)
- Ngã Năm ra mắt HTX lúa thơm Tân Long (12/09/2013)
""", "2013-11-22", "Đại hội đại biểu Hội Nông dân tỉnh Sóc Trăng lần thứ VIII thành công tốt đẹp",
E("dai_hoi", None, "2013-11-20"),
[P("Lâm Văn Hiển", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Huỳnh Thanh Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Chủ tịch Hội Nông dân xã Gia Hòa 1"),
 P("Trần Văn Thạnh", "Chủ tịch Hội Nông dân tỉnh khóa VIII"),
 P("Lý Thị Sa Phên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đào Minh Nhựt", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Kim Thị Ngọc Dung", "Ủy viên Ban Thường vụ Hội Nông dân tỉnh", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("hơn 163.000 hội viên", 163000, "hội viên", "over"),
 Q("52.700 hộ", 52700, "hộ"), Q("khoảng 68 triệu đồng/năm", 68000000, "đồng", "approx"), Q("38 cánh đồng lớn", 38, "cánh đồng lớn"),
 Q("11.250 ha", 11250, "ha"), Q("127 tổ hợp tác", 127, "tổ hợp tác"), Q("19 HTX nông nghiệp", 19, "HTX nông nghiệp"),
 Q("32,5 tỷ đồng", 32500000000, "đồng"), Q("4.380 hộ hội viên", 4380, "hộ hội viên"), Q("2.150 hộ", 2150, "hộ"),
 Q("240 hộ", 240, "hộ"), Q("35 đồng chí", 35, "đồng chí"), Q("11 đại biểu", 11, "đại biểu"),
 Q("trên 50%", 50, "%", "over"), Q("12.000 hội viên", 12000, "hội viên"), Q("50 tỷ đồng", 50000000000, "đồng")],
[D("Nghị quyết", "09", "NQ/TU", "2012-06-15", "Tỉnh ủy", "Nghị quyết số 09-NQ/TU ngày 15/6/2012"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "62", "2013/QĐ-TTg", None, None, "Quyết định 62/2013/QĐ-TTg"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", None, "Quyết định 673/QĐ-TTg ngày 10/5/2011")],
[prov("Sóc Trăng"), com("Thạnh Phú"), com("Phú Tâm"), com("Gia Hòa 1")],
["SÓC TRĂNG ONLINE - Cổng thông tin điện tử tỉnh Sóc Trăng", "Bạn đang ở: Trang chủ / Tin tức / Chính trị",
 "Toàn cảnh đại hội.", "Quỹ Hỗ trợ nông dân", "VietGAP"],
["22/11/2013 - 10:05", "lần thứ VIII", "nhiệm kỳ 2013 - 2018", "Nhiệm kỳ 2008 - 2013", "2 ngày", "khóa VIII", "lần thứ VI", "35 đồng chí"]))

PAGES.append(page("b5792-daklak-htx-taphuan-2014", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Vị trí: Trang chủ > Hoạt động dân vận > Dân vận chính quyền
Ngày đăng 15/08/2014 | 14:30
Tập huấn nâng cao năng lực cho cán bộ hợp tác xã trồng lúa vùng đồng bào dân tộc thiểu số
Ngày 13/8/2014, tại xã Buôn Triết, Ban Dân vận Tỉnh ủy phối hợp với Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh tổ chức lớp tập huấn kiến thức quản lý hợp tác xã năm 2014 cho 86 học viên là chủ nhiệm, kế toán HTX và chi hội trưởng nông dân các buôn trồng lúa nước ở vùng hồ Lắk, sông Krông Ana.
Lớp học trong ngày khai giảng. Ảnh: H'Nhi
Đồng chí Y Khun Byă, Phó Trưởng Ban Dân vận Tỉnh ủy phát biểu khai giảng nêu rõ: toàn tỉnh có khoảng 13.600 ha lúa nước, trong đó hơn 40% do đồng bào Êđê, Mnông canh tác; nhiều HTX còn hoạt động cầm chừng, chỉ làm dịch vụ thủy lợi. Tỉnh Đắk Lắk hiện có 48 HTX nông nghiệp, nhưng chỉ 11 HTX xếp loại khá. Lớp tập huấn nhằm triển khai Kế hoạch số 46-KH/BDVTU ngày 2/6/2014 của Ban Dân vận Tỉnh ủy về dân vận chính quyền trong phát triển kinh tế tập thể và Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy.
Trong 3 ngày, các học viên được ông Ngô Văn Lực, Phó Chủ tịch Liên minh HTX tỉnh và bà H'Zuê Mlô, Trưởng ban Kinh tế Hội Nông dân tỉnh truyền đạt các chuyên đề: Luật Hợp tác xã năm 2012, Nghị định 193/2013/NĐ-CP của Chính phủ, cách lập phương án sản xuất, liên kết tiêu thụ lúa gạo. Ông Y Bhiơr Niê, Chủ nhiệm HTX nông nghiệp Buôn Triết cho biết HTX có 212 xã viên, bình quân mỗi năm cung ứng khoảng 95 tấn giống lúa, doanh thu gần 1,2 tỷ đồng.
Già làng Y Khăm Êban, buôn Tơng Jú, chia sẻ: trước đây bà con làm lúa một vụ, nay nhờ kênh mương mà làm được hai vụ, năng suất đạt 6,2 tấn/ha. Bà H'Liên Knul, Chi hội trưởng Chi hội nông dân buôn Phai, xã Đắk Liêng, đề nghị HTX ưu tiên cho hộ nghèo mua phân bón trả chậm.
Đồng chí Y Nuel Ktla, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Lắk và đồng chí Trần Văn Quý, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Krông Ana đề nghị mỗi huyện nhân rộng ít nhất 2 HTX kiểu mới. Dịp này, Ban tổ chức tặng 86 bộ tài liệu và 30 suất học bổng cho con em xã viên nghèo, mỗi suất 1 triệu đồng. Sau khóa học, Ban Dân vận Tỉnh ủy sẽ khảo sát 5 HTX điểm để hướng dẫn xây dựng phương án sản xuất lúa giống cho vụ đông xuân 2014 - 2015.
Thu Hà
Lượt xem: 532
Bài viết liên quan
- Lắk: vận động 320 hộ dân hiến đất làm kênh mương (30/07/2014)
- Sơ kết Chỉ thị 05-CT/TU ở huyện Krông Ana (10/07/2014)
- Hội Nông dân tỉnh trao 50 máy bơm nước cho nông dân vùng hạn (25/06/2014)
- Buôn Đôn: người có uy tín vận động đồng bào giữ đất sản xuất (11/06/2014)
- Tập huấn kỹ thuật canh tác lúa cho 200 hộ đồng bào Mnông (29/05/2014)
""", "2014-08-15", "Tập huấn nâng cao năng lực cho cán bộ hợp tác xã trồng lúa vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2014", "2014-08-13"),
[P("Y Khun Byă", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Văn Lực", "Phó Chủ tịch Liên minh HTX tỉnh"),
 P("H'Zuê Mlô", "Trưởng ban Kinh tế Hội Nông dân tỉnh"),
 P("Y Bhiơr Niê", "Chủ nhiệm HTX nông nghiệp Buôn Triết"),
 P("Y Khăm Êban", "Già làng"),
 P("H'Liên Knul", "Chi hội trưởng Chi hội nông dân buôn Phai"),
 P("Y Nuel Ktla", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Lắk"),
 P("Trần Văn Quý", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Krông Ana")],
[Q("86 học viên", 86, "học viên"), Q("48 HTX nông nghiệp", 48, "HTX nông nghiệp"), Q("11 HTX", 11, "HTX"), Q("5 HTX điểm", 5, "HTX điểm"), Q("khoảng 13.600 ha", 13600, "ha", "approx"), Q("hơn 40%", 40, "%", "over"),
 Q("212 xã viên", 212, "xã viên"), Q("khoảng 95 tấn", 95, "tấn", "approx"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("6,2 tấn/ha", 6.2, "tấn/ha"), Q("ít nhất 2 HTX kiểu mới", 2, "HTX kiểu mới", "over"), Q("86 bộ tài liệu", 86, "bộ tài liệu"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "46", "KH/BDVTU", "2014-06-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 46-KH/BDVTU ngày 2/6/2014"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị định", "193", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 193/2013/NĐ-CP")],
[prov("Đắk Lắk"), com("Buôn Triết"), com("Đắk Liêng")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Vị trí: Trang chủ > Hoạt động dân vận > Dân vận chính quyền",
 "Lớp học trong ngày khai giảng. Ảnh: H'Nhi", "Luật Hợp tác xã năm 2012", "Lượt xem: 532"],
["Ngày đăng 15/08/2014 | 14:30", "năm 2014", "vụ đông xuân 2014 - 2015", "3 ngày", "Lượt xem: 532", "một vụ"]))

PAGES.append(page("b5793-cantho-hnd-doithoai-2015", """
Cổng thông tin điện tử thành phố Cần Thơ
Tin tức > Chính trị - Xã hội > Mặt trận - Đoàn thể
08:15 | 09/10/2015
Chủ tịch UBND thành phố đối thoại với 400 nông dân trồng lúa
Sáng 8/10, Hội Nông dân thành phố phối hợp UBND thành phố tổ chức hội nghị đối thoại giữa Chủ tịch UBND thành phố với nông dân năm 2015. Đồng chí Võ Minh Trung, Phó Bí thư Thành ủy, Chủ tịch UBND thành phố chủ trì, cùng các đồng chí lãnh đạo Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương. Hội nghị có 400 nông dân tiêu biểu, chủ nhiệm HTX, tổ trưởng tổ hợp tác ở 9 quận, huyện tham dự.
Quang cảnh buổi đối thoại tại Hội trường Thành ủy.
Mở đầu, đồng chí Lê Văn Tám, Chủ tịch Hội Nông dân thành phố báo cáo: 9 tháng năm 2015 các cấp Hội đã tổng hợp 126 ý kiến, kiến nghị của hội viên, nhiều nhất là giá lúa thấp, thương lái ép giá, thiếu kho sấy. Thành phố hiện có 117 HTX nông nghiệp và 412 tổ hợp tác với 14.800 thành viên; diện tích cánh đồng lớn đạt gần 12.300 ha nhưng chỉ khoảng 30% có hợp đồng bao tiêu ổn định.
Ông Nguyễn Văn Hai, Giám đốc HTX nông nghiệp Mỹ Khánh, phường Thới Thuận, phản ánh doanh nghiệp xuất khẩu hủy hợp đồng mua 1.500 tấn lúa khi giá xuống. Bà Trần Thị Út, hội viên Chi hội nông dân ấp Thới Hòa, xã Thới Xuân, hỏi về chính sách hỗ trợ lãi suất mua máy gặt đập liên hợp theo Quyết định 68/2013/QĐ-TTg ngày 14/11/2013 của Thủ tướng Chính phủ. Ông Danh Sen, nông dân xã Thạnh Thắng, đề nghị nạo vét 3 tuyến kênh cấp 2 trước vụ đông xuân.
Trả lời, đồng chí Võ Minh Trung giao Sở Nông nghiệp và PTNT trong tháng 11 hoàn thành quy hoạch vùng lúa chất lượng cao 50.000 ha; yêu cầu các ngân hàng triển khai Nghị định 55/2015/NĐ-CP của Chính phủ về tín dụng phục vụ phát triển nông nghiệp, nông thôn, cho vay không có tài sản bảo đảm đến 50 triệu đồng/hộ. Thành phố dành 28 tỷ đồng xây dựng 6 lò sấy tập trung cho các HTX.
Đồng chí Huỳnh Thị Mỹ, Thành ủy viên, Trưởng Ban Dân vận Thành ủy đề nghị các cấp Hội tiếp tục thực hiện Quy chế phối hợp số 03-QCPH/UBND-HND ngày 5/3/2014 giữa UBND thành phố và Hội Nông dân thành phố, theo dõi việc giải quyết từng kiến nghị. Kết thúc hội nghị, có 17 ý kiến được trả lời trực tiếp, 9 kiến nghị được giao các sở, ngành trả lời bằng văn bản trước ngày 30/10.
Ngọc Trinh
Lượt truy cập: 2.315.670
Tin khác
- Cờ Đỏ: tổ chức 18 lớp dạy nghề cho nông dân (01/10/2015)
- Nông dân Vĩnh Thạnh thu hoạch lúa hè thu (22/09/2015)
- Hội Nông dân thành phố ký kết liên kết tiêu thụ lúa với 4 doanh nghiệp (10/09/2015)
- Phong Điền: ra mắt tổ hợp tác sản xuất lúa an toàn (28/08/2015)
- Thốt Nốt tập huấn kỹ thuật sản xuất lúa giảm phát thải (14/08/2015)
""", "2015-10-09", "Chủ tịch UBND thành phố đối thoại với 400 nông dân trồng lúa",
E("doi_thoai", "2015", "2015-10-08"),
[P("Võ Minh Trung", "Phó Bí thư Thành ủy", "Chủ tịch UBND thành phố"),
 P("Lê Văn Tám", "Chủ tịch Hội Nông dân thành phố"),
 P("Nguyễn Văn Hai", "Giám đốc HTX nông nghiệp Mỹ Khánh"),
 P("Trần Thị Út", "hội viên Chi hội nông dân ấp Thới Hòa"),
 P("Danh Sen"),
 P("Huỳnh Thị Mỹ", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy")],
[Q("400 nông dân", 400, "nông dân"), Q("9 quận, huyện", 9, "quận, huyện"), Q("126 ý kiến, kiến nghị", 126, "ý kiến, kiến nghị"),
 Q("117 HTX nông nghiệp", 117, "HTX nông nghiệp"), Q("412 tổ hợp tác", 412, "tổ hợp tác"), Q("14.800 thành viên", 14800, "thành viên"),
 Q("gần 12.300 ha", 12300, "ha", "approx"), Q("khoảng 30%", 30, "%", "approx"), Q("1.500 tấn", 1500, "tấn"),
 Q("3 tuyến kênh cấp 2", 3, "tuyến kênh cấp 2"), Q("50.000 ha", 50000, "ha"), Q("50 triệu đồng/hộ", 50000000, "đồng"),
 Q("28 tỷ đồng", 28000000000, "đồng"), Q("6 lò sấy tập trung", 6, "lò sấy tập trung"), Q("17 ý kiến", 17, "ý kiến"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Quyết định", "68", "2013/QĐ-TTg", "2013-11-14", "Thủ tướng Chính phủ", "Quyết định 68/2013/QĐ-TTg ngày 14/11/2013"),
 D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP"),
 D("Quy chế phối hợp", "03", "QCPH/UBND-HND", "2014-03-05", None, "Quy chế phối hợp số 03-QCPH/UBND-HND ngày 5/3/2014")],
[prov("Cần Thơ"), com("Thới Thuận"), com("Thới Xuân"), com("Thạnh Thắng")],
["Cổng thông tin điện tử thành phố Cần Thơ", "Tin tức > Chính trị - Xã hội > Mặt trận - Đoàn thể",
 "Quang cảnh buổi đối thoại tại Hội trường Thành ủy.", "Lượt truy cập: 2.315.670"],
["08:15 | 09/10/2015", "năm 2015", "9 tháng năm 2015", "tháng 11", "Lượt truy cập: 2.315.670"]))

PAGES.append(page("b5794-hatinh-hnd-giamsat-2016", """
HỘI NÔNG DÂN TỈNH HÀ TĨNH
Trang chủ :: Hoạt động Hội :: Giám sát, phản biện
Thứ Sáu, 23/09/2016, 15:45
Giám sát việc hỗ trợ nông dân khôi phục sản xuất lúa sau hạn hán
Từ ngày 19 đến 21/9/2016, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh do đồng chí Nguyễn Văn Hòe, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ giống lúa, vật tư cho nông dân bị thiệt hại do hạn hán vụ hè thu năm 2016 tại 3 huyện Can Lộc, Thạch Hà, Cẩm Xuyên.
Đoàn giám sát làm việc tại xã Thạch Tiến.
Cuộc giám sát thực hiện theo Kế hoạch số 18-KH/HNDT ngày 25/8/2016 của Ban Thường vụ Hội Nông dân tỉnh, Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và Quyết định 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ. Thành viên đoàn có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Trần Thị Liên, Lê Hữu Đức và đại diện Ban Dân vận Tỉnh ủy, Sở Nông nghiệp và PTNT.
Theo báo cáo, vụ hè thu 2016 ba huyện có 7.420 ha lúa bị hạn, trong đó khoảng 2.100 ha mất trắng; tổng số hộ bị thiệt hại là 15.630 hộ. UBND tỉnh đã hỗ trợ 236 tấn giống lúa và 4,8 tỷ đồng tiền mặt theo mức 1 triệu đồng/ha. Qua giám sát tại xã Thạch Tiến và xã Cẩm Bình, đoàn ghi nhận việc bình xét cơ bản công khai; tuy nhiên có 27 hộ chưa nhận đủ giống, 2 thôn chậm niêm yết danh sách.
Ông Phan Văn Lĩnh, Chủ tịch UBND xã Thạch Tiến cho biết xã đã vận động 14 HTX dịch vụ nông nghiệp cho nông dân nợ tiền dịch vụ làm đất đến hết vụ. Ông Hồ Sỹ Tuấn, Giám đốc HTX nông nghiệp Tiến Thành, đề nghị tỉnh hỗ trợ thêm hệ thống bơm điện cho 120 ha vùng cao. Bà Đinh Thị Mai, Chi hội trưởng Chi hội nông dân thôn Bắc Tiến, phản ánh một số hộ được hỗ trợ giống lúa không phù hợp chân ruộng cát.
Kết luận, đồng chí Nguyễn Văn Hòe đề nghị UBND các xã rà soát, chi trả đủ cho 27 hộ trong tháng 10; Hội Nông dân các huyện phối hợp giám sát đến từng thôn. Hội Nông dân tỉnh Hà Tĩnh cũng kiến nghị các ngành xem xét hỗ trợ thêm 0,5 triệu đồng/ha cho 640 ha lúa gieo cấy lại lần thứ hai. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy và UBND tỉnh theo Quy chế phối hợp số 12/QCPH-UBND-HND.
Văn Dũng
Tin cùng chuyên mục
- Hội Nông dân Can Lộc phản biện dự thảo đề án tích tụ ruộng đất (12/09/2016)
- Hơn 500 hội viên được tập huấn chăn nuôi an toàn (30/08/2016)
- Đức Thọ: dồn điền đổi thửa gắn với xây dựng cánh đồng mẫu (17/08/2016)
- Hương Khê: nông dân trồng bưởi Phúc Trạch theo VietGAP (03/08/2016)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2016 (20/07/2016)
- Nghi Xuân: ra mắt HTX sản xuất lúa hữu cơ (08/07/2016)
""", "2016-09-23", "Giám sát việc hỗ trợ nông dân khôi phục sản xuất lúa sau hạn hán",
E("giam_sat", "2016", "2016-09-19"),
[P("Nguyễn Văn Hòe", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Liên", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Hữu Đức", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Phan Văn Lĩnh", "Chủ tịch UBND xã Thạch Tiến"),
 P("Hồ Sỹ Tuấn", "Giám đốc HTX nông nghiệp Tiến Thành"),
 P("Đinh Thị Mai", "Chi hội trưởng Chi hội nông dân thôn Bắc Tiến")],
[Q("3 huyện", 3, "huyện"), Q("7.420 ha", 7420, "ha"), Q("khoảng 2.100 ha", 2100, "ha", "approx"), Q("15.630 hộ", 15630, "hộ"),
 Q("236 tấn", 236, "tấn"), Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("1 triệu đồng/ha", 1000000, "đồng"),
 Q("27 hộ", 27, "hộ"), Q("2 thôn", 2, "thôn"), Q("14 HTX dịch vụ nông nghiệp", 14, "HTX dịch vụ nông nghiệp"), Q("120 ha", 120, "ha"), Q("0,5 triệu đồng/ha", 500000, "đồng"), Q("640 ha", 640, "ha")],
[D("Kế hoạch", "18", "KH/HNDT", "2016-08-25", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 18-KH/HNDT ngày 25/8/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định 81/2014/QĐ-TTg ngày 31/12/2014"),
 D("Quy chế phối hợp", "12", "QCPH-UBND-HND", None, None, "Quy chế phối hợp số 12/QCPH-UBND-HND")],
[prov("Hà Tĩnh"), com("Thạch Tiến"), com("Cẩm Bình")],
["HỘI NÔNG DÂN TỈNH HÀ TĨNH", "Trang chủ :: Hoạt động Hội :: Giám sát, phản biện", "Đoàn giám sát làm việc tại xã Thạch Tiến."],
["Thứ Sáu, 23/09/2016, 15:45", "vụ hè thu năm 2016", "vụ hè thu 2016", "tháng 10", "lần thứ hai"]))
