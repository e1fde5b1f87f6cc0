from lib import *
PAGES = []

PAGES.append(page("b8237-hatinh-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ » Tin tức » Dân vận với xây dựng nông thôn mới
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị tổng kết.
Hà Tĩnh: Tổng kết phong trào bê tông hóa giao thông nông thôn năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Giao thông vận tải tổ chức hội nghị tổng kết phong trào bê tông hóa giao thông nông thôn theo phương châm "Nhà nước và nhân dân cùng làm" năm 2011. Đồng chí Trần Thị Hoài, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lê Đình Khang, Phó Giám đốc Sở Giao thông vận tải đồng chủ trì hội nghị.
Theo báo cáo, thực hiện Nghị quyết số 08-NQ/TU ngày 14/4/2011 của Ban Chấp hành Đảng bộ tỉnh về phát triển giao thông nông thôn giai đoạn 2011 - 2015 và Quyết định số 1235/QĐ-UBND của UBND tỉnh về cơ chế hỗ trợ xi măng, năm 2011 toàn tỉnh đã bê tông hóa được 412,6 km đường giao thông nông thôn, vượt 18% kế hoạch. Tổng kinh phí thực hiện trên 236 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 48.500 tấn xi măng, nhân dân đóng góp gần 97 tỷ đồng và hơn 312.000 ngày công lao động.
Điểm nổi bật của năm là công tác vận động nhân dân hiến đất, giải phóng mặt bằng. Nhân dân đã tự nguyện hiến 186.400 m2 đất, tháo dỡ 2.350 m tường rào, di dời 94 cột điện và nhiều công trình phụ. Có 37 xã hoàn thành tiêu chí giao thông theo bộ tiêu chí quốc gia về nông thôn mới; 1.126 thôn, xóm có đường trục chính được cứng hóa.
Tại hội nghị, ông Nguyễn Văn Thìn, Bí thư Chi bộ thôn Tân Phúc, xã Thạch Đài chia sẻ: "Lúc đầu bà con còn e ngại vì phải góp tiền, góp đất. Chi bộ họp bàn công khai từng khoản, đảng viên làm trước, nên chỉ sau 2 tháng thôn đã làm xong 3,2 km đường". Bà Phan Thị Lành, Chủ tịch Hội Phụ nữ xã Cẩm Bình cho biết hội viên đã vận động 215 hộ góp ngày công, nấu cơm phục vụ thợ làm đường.
Đồng chí Hồ Sỹ Thạch, Phó Trưởng Ban Dân vận Tỉnh ủy nêu một số hạn chế: ở vài nơi việc huy động đóng góp chưa phù hợp khả năng của hộ nghèo, một số tuyến đường làm xong chưa có quy chế bảo dưỡng; việc công khai thu chi chưa thường xuyên.
Phát biểu kết luận, đồng chí Trần Thị Hoài đề nghị năm 2012 các cấp ủy tiếp tục phát huy vai trò của Mặt trận và các đoàn thể, thực hiện tốt Quy chế dân chủ ở cơ sở, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra"; phấn đấu bê tông hóa thêm 450 km đường, không để phát sinh khiếu kiện trong giải phóng mặt bằng.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 24 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 xã có thành tích xuất sắc trong phong trào.
Minh Hạnh
Lượt xem: 1.204
Tin liên quan
- Can Lộc: nhân dân hiến gần 10.000 m2 đất làm đường (12/12/2011)
- Hương Sơn sơ kết 9 tháng làm đường giao thông nông thôn (05/10/2011)
- Thạch Hà: 100% thôn có tổ giám sát cộng đồng (21/09/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (15/09/2011)
""", "2011-12-28", "Hà Tĩnh: Tổng kết phong trào bê tông hóa giao thông nông thôn năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Thị Hoài", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Khang", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Nguyễn Văn Thìn", "Bí thư Chi bộ thôn Tân Phúc"),
 P("Phan Thị Lành", "Chủ tịch Hội Phụ nữ xã Cẩm Bình"),
 P("Hồ Sỹ Thạch", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("412,6 km", 412.6, "km"), Q("18%", 18, "%"), Q("trên 236 tỷ đồng", 236000000000, "đồng", "over"),
 Q("48.500 tấn", 48500, "tấn"), Q("gần 97 tỷ đồng", 97000000000, "đồng", "approx"),
 Q("hơn 312.000 ngày công", 312000, "ngày công", "over"), Q("186.400 m2", 186400, "m2"),
 Q("2.350 m", 2350, "m"), Q("94 cột điện", 94, "cột điện"), Q("37 xã", 37, "xã"),
 Q("1.126 thôn, xóm", 1126, "thôn, xóm"), Q("3,2 km", 3.2, "km"), Q("215 hộ", 215, "hộ"),
 Q("450 km", 450, "km"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("9 xã", 9, "xã")],
[D("Nghị quyết", "08", "NQ/TU", "2011-04-14", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 14/4/2011"),
 D("Quyết định", "1235", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1235/QĐ-UBND")],
[prov("Hà Tĩnh"), com("Thạch Đài"), com("Cẩm Bình")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ » Tin tức » Dân vận với xây dựng nông thôn mới", "Toàn cảnh hội nghị tổng kết.",
 "Nhà nước và nhân dân cùng làm", "dân biết, dân bàn, dân làm, dân kiểm tra", "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "giai đoạn 2011 - 2015", "2 tháng", "Lượt xem: 1.204"]))

PAGES.append(page("b8238-vinhlong-huyenuy-soket-2012", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự | Chính trị | Nông thôn mới
Cập nhật: 08:40, 17/07/2012 (GMT+7)
Long Hồ: Dân góp hơn 5 tỷ đồng làm đường giao thông nông thôn
(VL) - Ngày 16/7, Huyện ủy Long Hồ tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện phong trào xây dựng giao thông nông thôn theo phương châm "Nhà nước và nhân dân cùng làm", gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Đồng chí Trương Minh Quang, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Long Hồ chủ trì hội nghị.
Ảnh: Tuyến đường bê tông ấp Phước Lợi vừa hoàn thành.
Thực hiện Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kết cấu hạ tầng nông thôn và kế hoạch số 27/KH-UBND ngày 02/3/2012 của UBND huyện, 6 tháng qua toàn huyện đã bê tông hóa 48 tuyến đường với tổng chiều dài 61,3 km, xây dựng mới 17 cây cầu bê tông thay cầu khỉ. Tổng kinh phí 14,72 tỷ đồng, trong đó ngân sách hỗ trợ 9,6 tỷ đồng, nhân dân đóng góp hơn 5 tỷ đồng, chiếm 34,5%.
Đồng chí Nguyễn Văn Bảy, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, khối dân vận đã phân công 86 đảng viên phụ trách từng tuyến, tổ chức 142 cuộc họp dân để bàn phương án. Có 126 hộ hiến hơn 3.400 m2 đất, nhiều hộ tự tháo dỡ hàng rào, di dời mồ mả. Các xã Phước Hậu, Thanh Đức, Lộc Hòa về đích sớm so với kế hoạch.
Tại hội nghị, ông Lê Văn Nhỏ (Bí thư Chi bộ ấp Phước Lợi, xã Phước Hậu) kể lại: ấp có 3 tuyến đường đất lầy lội mỗi mùa mưa, chi bộ ra nghị quyết chuyên đề, mỗi hộ góp từ 300.000 đồng đến 1 triệu đồng tùy điều kiện; hộ nghèo được miễn đóng góp, chỉ tham gia ngày công. Bà Trần Thị Kim Cúc, Chủ tịch Ủy ban MTTQ xã Thanh Đức đề nghị huyện sớm hỗ trợ thêm 200 tấn xi măng cho các tuyến còn dở dang.
Hội nghị cũng chỉ ra hạn chế: một số tuyến thi công chậm do thiếu vật tư, mùa mưa đến sớm; việc quản lý, duy tu sau đầu tư chưa được quan tâm, có nơi để xe tải trọng lớn lưu thông làm hư hỏng mặt đường.
Long Hồ là một trong những huyện dẫn đầu tỉnh Vĩnh Long về phong trào làm đường giao thông nông thôn; nhiều tuyến đường bê tông mới giúp nông dân vận chuyển lúa, trái cây thuận lợi, thương lái vào tận vườn thu mua, người dân rất phấn khởi.
Kết luận hội nghị, đồng chí Trương Minh Quang yêu cầu 6 tháng cuối năm các xã phải công khai tài chính từng công trình tại nhà văn hóa ấp, thành lập ban giám sát đầu tư của cộng đồng ở 100% công trình; phấn đấu cả năm đạt 110 km đường bê tông.
Thanh Thúy
Tin liên quan
- Vĩnh Long: Hội nghị giao ban công tác Mặt trận quý II (10/07/2012)
- Mang Thít khánh thành cầu bê tông ấp Hòa Phú (28/06/2012)
- Tam Bình: Đồng bào Khmer góp công làm đường liên ấp (14/06/2012)
- Trà Ôn ra quân phong trào "Ngày thứ bảy làm đường" (02/06/2012)
""", "2012-07-17", "Long Hồ: Dân góp hơn 5 tỷ đồng làm đường giao thông nông thôn",
E("so_ket", "2012-H1", "2012-07-16"),
[P("Trương Minh Quang", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Long Hồ"),
 P("Nguyễn Văn Bảy", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lê Văn Nhỏ", "Bí thư Chi bộ ấp Phước Lợi"),
 P("Trần Thị Kim Cúc", "Chủ tịch Ủy ban MTTQ xã Thanh Đức")],
[Q("hơn 5 tỷ đồng", 5000000000, "đồng", "over"), Q("48 tuyến đường", 48, "tuyến đường"), Q("61,3 km", 61.3, "km"),
 Q("17 cây cầu bê tông", 17, "cây cầu bê tông"), Q("14,72 tỷ đồng", 14720000000, "đồng"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("34,5%", 34.5, "%"), Q("86 đảng viên", 86, "đảng viên"), Q("142 cuộc họp dân", 142, "cuộc họp dân"), Q("126 hộ", 126, "hộ"),
 Q("hơn 3.400 m2", 3400, "m2", "over"), Q("3 tuyến đường đất", 3, "tuyến đường đất"), Q("300.000 đồng", 300000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("200 tấn", 200, "tấn"), Q("100%", 100, "%"), Q("110 km", 110, "km")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Kế hoạch", "27", "KH-UBND", "2012-03-02", "UBND huyện", "kế hoạch số 27/KH-UBND ngày 02/3/2012")],
[prov("Vĩnh Long"), com("Phước Hậu"), com("Thanh Đức"), com("Lộc Hòa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự | Chính trị | Nông thôn mới", "(VL)", "Ảnh: Tuyến đường bê tông ấp Phước Lợi vừa hoàn thành.",
 "Nhà nước và nhân dân cùng làm", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Cập nhật: 08:40, 17/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Ngày 16/7"]))

PAGES.append(page("b8239-thanhhoa-ubndhuyen-hoinghi-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGỌC LẶC - TỈNH THANH HÓA
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Kinh tế
Đồng chí Bùi Văn Khang phát biểu tại hội nghị.
08:15 | 22/03/2013
Triển khai kế hoạch bê tông hóa đường giao thông nông thôn năm 2013
Sáng 21/3, UBND huyện Ngọc Lặc tổ chức hội nghị triển khai kế hoạch bê tông hóa đường giao thông nông thôn năm 2013 theo cơ chế "Nhà nước hỗ trợ xi măng, nhân dân góp cát, sỏi và ngày công". Dự hội nghị có các đồng chí Phó Chủ tịch UBND huyện: Phạm Thị Luyến, Quách Văn Tú, Lê Hữu Nghị; lãnh đạo các phòng, ban và chủ tịch UBND 22 xã, thị trấn.
Theo Quyết định số 2045/2013/QĐ-UBND ngày 15/01/2013 của UBND tỉnh Thanh Hóa về cơ chế hỗ trợ xi măng làm đường giao thông nông thôn và Nghị quyết số 12-NQ/HU của Ban Thường vụ Huyện ủy, năm 2013 huyện đăng ký làm mới 65 km đường bê tông, trong đó 41 km đường trục thôn và 24 km đường ngõ xóm. Mỗi xã được hỗ trợ từ 200 đến 350 tấn xi măng tùy chiều dài tuyến; xã đặc biệt khó khăn được hỗ trợ thêm 10% khối lượng.
Đồng chí Bùi Văn Khang, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện cho biết năm 2012 huyện đã làm được 52,4 km, nhân dân góp trên 11.000 m3 cát, sỏi, khoảng 96.000 ngày công, quy ra tiền gần 9 tỷ đồng. Toàn huyện có 8 xã đặc biệt khó khăn, đồng bào Mường chiếm hơn 70% dân số, nên việc vận động phải kiên trì, dựa vào già làng, trưởng bản.
Ý kiến tại hội nghị, ông Phạm Văn Hưng, Chủ tịch UBND xã Thúy Sơn đề nghị cấp xi măng sớm trước mùa mưa; bà Quách Thị Thơm, Trưởng thôn Mỏ Vàng, xã Phùng Giáo nêu thực tế nhiều hộ nghèo không đủ khả năng góp tiền, thôn phải vận động con em đi làm ăn xa gửi tiền về, được 46 triệu đồng.
Đại diện Phòng Công thương huyện hướng dẫn quy trình lập hồ sơ, nghiệm thu; lưu ý mặt đường phải dày tối thiểu 14 cm, có khe co giãn; các xã phải lập sổ theo dõi xi măng nhập, xuất tại từng thôn, tránh thất thoát, lãng phí.
Kết luận hội nghị, đồng chí Phạm Thị Luyến giao Phòng Công thương chủ trì thẩm định hồ sơ, hướng dẫn kỹ thuật; đề nghị các xã thực hiện đúng kế hoạch số 19/KH-UBND của UBND huyện, tổ chức họp dân công khai, tuyệt đối không áp đặt mức đóng góp. Thông báo số 86-TB/HU ngày 04/3/2013 của Ban Thường vụ Huyện ủy cũng yêu cầu mỗi đảng viên vận động ít nhất 5 hộ tham gia.
Hội nghị đã ký cam kết thi đua giữa 22 xã, thị trấn; huyện sẽ khen thưởng 3 xã dẫn đầu với mức 50 triệu đồng mỗi xã.
Lê Hòa (Trung tâm VHTT huyện)
Số lượt truy cập: 215.870
Các tin khác
- Ngọc Lặc: Ra quân làm đường giao thông mùa khô (12/03/2013)
- Hội nghị tổng kết công tác Mặt trận năm 2012 (27/12/2012)
- Xã Thúy Sơn khánh thành 3 km đường bê tông (10/12/2012)
""", "2013-03-22", "Triển khai kế hoạch bê tông hóa đường giao thông nông thôn năm 2013",
E("hoi_nghi", "2013", "2013-03-21"),
[P("Phạm Thị Luyến", "Phó Chủ tịch UBND huyện"),
 P("Quách Văn Tú", "Phó Chủ tịch UBND huyện"),
 P("Lê Hữu Nghị", "Phó Chủ tịch UBND huyện"),
 P("Bùi Văn Khang", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Văn Hưng", "Chủ tịch UBND xã Thúy Sơn"),
 P("Quách Thị Thơm", "Trưởng thôn Mỏ Vàng")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("65 km", 65, "km"), Q("41 km", 41, "km"), Q("24 km", 24, "km"),
 Q("200", 200, "tấn"), Q("350 tấn", 350, "tấn"), Q("10%", 10, "%"), Q("52,4 km", 52.4, "km"),
 Q("trên 11.000 m3", 11000, "m3", "over"), Q("khoảng 96.000 ngày công", 96000, "ngày công", "approx"),
 Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("8 xã đặc biệt khó khăn", 8, "xã đặc biệt khó khăn"),
 Q("hơn 70%", 70, "%", "over"), Q("46 triệu đồng", 46000000, "đồng"), Q("tối thiểu 14 cm", 14, "cm"), Q("ít nhất 5 hộ", 5, "hộ", "over"),
 Q("3 xã", 3, "xã"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Quyết định", "2045", "2013/QĐ-UBND", "2013-01-15", "UBND tỉnh Thanh Hóa", "Quyết định số 2045/2013/QĐ-UBND ngày 15/01/2013"),
 D("Nghị quyết", "12", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 12-NQ/HU"),
 D("Kế hoạch", "19", "KH-UBND", None, "UBND huyện", "kế hoạch số 19/KH-UBND"),
 D("Thông báo", "86", "TB/HU", "2013-03-04", "Ban Thường vụ Huyện ủy", "Thông báo số 86-TB/HU ngày 04/3/2013")],
[prov("Thanh Hóa"), com("Thúy Sơn"), com("Phùng Giáo")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGỌC LẶC - TỈNH THANH HÓA", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Kinh tế",
 "Đồng chí Bùi Văn Khang phát biểu tại hội nghị.", "Nhà nước hỗ trợ xi măng, nhân dân góp cát, sỏi và ngày công",
 "Số lượt truy cập: 215.870"],
["08:15 | 22/03/2013", "năm 2013", "năm 2012", "Sáng 21/3", "Số lượt truy cập: 215.870"]))

PAGES.append(page("b8240-quangtri-mttq-giamsat-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện xã hội
09/10/2014 - 14:25
Giám sát việc thực hiện cơ chế hỗ trợ xi măng làm đường giao thông nông thôn
Từ ngày 06 đến 08/10/2014, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Nguyễn Thị Thu Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Nghị quyết số 03/2013/NQ-HĐND ngày 19/4/2013 của HĐND tỉnh về cơ chế hỗ trợ xi măng làm đường giao thông nông thôn tại huyện Hải Lăng và huyện Đakrông. Đây là một trong 4 cuộc giám sát chuyên đề theo chương trình giám sát năm 2014 của Mặt trận tỉnh.
Đoàn giám sát làm việc với UBND xã Hải Sơn, xã A Ngo và kiểm tra thực tế 7 tuyến đường.
Tham gia đoàn có các đồng chí: Lê Văn Mười, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; Hồ Thị Pai, Ủy viên Ủy ban MTTQ Việt Nam tỉnh, người có uy tín trong đồng bào Pa Kô; đại diện Sở Giao thông vận tải, Hội Nông dân tỉnh.
Việc giám sát được thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội, và kế hoạch số 48/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Qua giám sát cho thấy, cơ chế hỗ trợ xi măng của tỉnh Quảng Trị được nhân dân đồng tình cao; từ năm 2013 đến nay, 2 huyện đã tiếp nhận 6.820 tấn xi măng, làm được 58,7 km đường bê tông; nhân dân đóng góp khoảng 4,3 tỷ đồng cùng cát, sạn và ngày công. Xã Hải Sơn hoàn thành 100% đường trục thôn; xã A Ngo đạt 63%, riêng 2 thôn A Ngo và Ra Ghi còn 3,5 km đường đất.
Ông Hồ Văn Lâm, Chủ tịch Ủy ban MTTQ xã A Ngo cho biết, đồng bào Pa Kô, Vân Kiều không có tiền mặt nên xã vận động mỗi hộ góp 5 ngày công và 1 m3 cát sạn khai thác tại suối. Ông Kăn Đơ, Trưởng Ban giám sát đầu tư của cộng đồng xã A Ngo, kiến nghị tỉnh hỗ trợ thêm chi phí vận chuyển xi măng lên vùng cao, vì mỗi tấn tốn thêm khoảng 350.000 đồng.
Đoàn cũng chỉ ra một số tồn tại: 2 tuyến đường ở Hải Sơn thi công chưa đúng chiều dày thiết kế 16 cm; việc công khai danh sách hộ đóng góp ở một số thôn chưa đầy đủ; chưa có quỹ duy tu, bảo dưỡng.
Kết luận buổi giám sát, đồng chí Nguyễn Thị Thu Hằng đề nghị UBND các xã khắc phục tồn tại trước ngày 30/11/2014; Ủy ban MTTQ xã phát huy vai trò Ban giám sát đầu tư của cộng đồng và Ban Thanh tra nhân dân. Đoàn sẽ tổng hợp 9 kiến nghị gửi UBND tỉnh.
Hoàng Anh - Ban Dân chủ - Pháp luật
Tin khác
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ xi măng giai đoạn 2015 - 2020 (25/09/2014)
- Gio Linh: Mặt trận vận động hiến đất làm đường (17/09/2014)
- Triệu Phong ra mắt 12 Ban Thanh tra nhân dân (04/09/2014)
- Đakrông: 1.500 hộ được hỗ trợ làm đường vào khu sản xuất (20/08/2014)
""", "2014-10-09", "Giám sát việc thực hiện cơ chế hỗ trợ xi măng làm đường giao thông nông thôn",
E("giam_sat", "2014", "2014-10-06"),
[P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Mười", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Thị Pai", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh", "người có uy tín trong đồng bào Pa Kô"),
 P("Hồ Văn Lâm", "Chủ tịch Ủy ban MTTQ xã A Ngo"),
 P("Kăn Đơ", "Trưởng Ban giám sát đầu tư của cộng đồng xã A Ngo")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("7 tuyến đường", 7, "tuyến đường"),
 Q("6.820 tấn", 6820, "tấn"), Q("58,7 km", 58.7, "km"), Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"),
 Q("100%", 100, "%"), Q("63%", 63, "%"), Q("2 thôn", 2, "thôn"), Q("3,5 km", 3.5, "km"), Q("5 ngày công", 5, "ngày công"),
 Q("1 m3", 1, "m3"), Q("khoảng 350.000 đồng", 350000, "đồng", "approx"), Q("2 tuyến đường", 2, "tuyến đường"),
 Q("16 cm", 16, "cm"), Q("9 kiến nghị", 9, "kiến nghị")],
[D("Nghị quyết", "03", "2013/NQ-HĐND", "2013-04-19", "HĐND tỉnh", "Nghị quyết số 03/2013/NQ-HĐND ngày 19/4/2013"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "48", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "kế hoạch số 48/KH-MTTQ-BTT")],
[prov("Quảng Trị"), com("Hải Sơn"), com("A Ngo")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG TRỊ", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Hải Sơn, xã A Ngo và kiểm tra thực tế 7 tuyến đường.",
 "Quy chế giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội", "Ban Thanh tra nhân dân"],
["09/10/2014 - 14:25", "năm 2014", "năm 2013", "ngày 30/11/2014"]))

PAGES.append(page("b8241-haugiang-xa-khanhthanh-2015", """
Cổng thông tin điện tử huyện Châu Thành, tỉnh Hậu Giang
Trang chủ | Tin tức sự kiện | Tin địa phương
Ngày đăng 24/04/2015 | 10:15
Ảnh: Cắt băng khánh thành tuyến lộ ấp Tân Long.
Khánh thành 3 tuyến đường bê tông do nhân dân góp sức xây dựng
Chiều 23/4, UBND xã Phú Tân phối hợp Ủy ban MTTQ xã tổ chức lễ khánh thành và đưa vào sử dụng 3 tuyến đường bê tông tại ấp Tân Long, ấp Tân Phú và ấp Sóc Xoài. Đây là các công trình chào mừng 40 năm Ngày giải phóng miền Nam, thống nhất đất nước, được xây dựng theo phương châm "Nhà nước và nhân dân cùng làm".
Dự lễ có ông Trần Văn Hiếu, Phó Chủ tịch UBND huyện Châu Thành; bà Thạch Thị Sà Phol, Trưởng Ban Dân vận Huyện ủy; ông Danh Sơn Hải, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Tân cùng đông đảo bà con 3 ấp.
3 tuyến đường có tổng chiều dài 1.850 m, rộng 2,5 m, tổng kinh phí 1,26 tỷ đồng. Trong đó, ngân sách huyện hỗ trợ 380 tấn xi măng, trị giá khoảng 520 triệu đồng; phần còn lại do nhân dân, mạnh thường quân và con em xa quê đóng góp. Riêng tuyến ở ấp Sóc Xoài, nơi có 164 hộ đồng bào Khmer sinh sống, bà con góp hơn 900 ngày công và mỗi hộ góp 500.000 đồng; 11 hộ nghèo được miễn đóng góp.
Theo ông Lâm Văn Xê, Trưởng ấp Sóc Xoài, trước đây con đường đất dài gần 700 m mỗi mùa mưa lầy lội, học sinh phải lội bùn đến trường. Khi chi bộ đưa ra bàn, Hòa thượng Danh Mến, trụ trì chùa Sóc Xoài đã vận động Phật tử đóng góp 85 triệu đồng và cho mượn sân chùa làm nơi tập kết vật liệu.
Bà Thạch Thị Sà Phol cho biết, năm 2015 Ban Dân vận Huyện ủy chọn xã Phú Tân làm điểm thực hiện mô hình "Dân vận khéo" trong xây dựng giao thông nông thôn. Từ khi ra mắt mô hình, xã đã tổ chức 26 cuộc họp dân ở các ấp, vận động 43 hộ hiến đất mở rộng lộ. Những ngày thi công, đoàn viên thanh niên xã tổ chức 5 đợt ra quân, sư sãi chùa Sóc Xoài cũng xuống đường trộn bê tông cùng bà con.
Phát biểu tại buổi lễ, ông Trần Văn Hiếu biểu dương tinh thần đoàn kết của nhân dân xã Phú Tân và đề nghị xã thành lập tổ tự quản để duy tu tuyến đường, không cho xe trên 2,5 tấn lưu thông. Ông cho biết từ đầu năm đến nay, toàn huyện đã làm được 27 tuyến đường bê tông với tổng chiều dài hơn 21 km.
Dịp này, UBND xã tặng giấy khen cho 6 tập thể và 18 cá nhân, trong đó có 4 mạnh thường quân có đóng góp từ 20 triệu đồng trở lên. Ông Danh Sơn Hải cho biết thêm, xã tiếp tục vận động làm 2 tuyến đường nối ấp Tân Long với trung tâm xã, dự kiến khởi công trong tháng 6, khi bà con thu hoạch xong vụ lúa đông xuân.
Ngọc Diễm - Đài Truyền thanh huyện
Tin liên quan
- Châu Thành: Hội nghị sơ kết quý I công tác dân vận (08/04/2015)
- Xã Đông Phước ra quân làm lộ nông thôn (30/03/2015)
- Hỗ trợ xi măng làm đường cho 5 ấp đồng bào Khmer (18/03/2015)
""", "2015-04-24", "Khánh thành 3 tuyến đường bê tông do nhân dân góp sức xây dựng",
E("khac", None, "2015-04-23"),
[P("Trần Văn Hiếu", "Phó Chủ tịch UBND huyện Châu Thành"),
 P("Thạch Thị Sà Phol", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Sơn Hải", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Phú Tân"),
 P("Lâm Văn Xê", "Trưởng ấp Sóc Xoài"),
 P("Danh Mến", "Hòa thượng", "trụ trì chùa Sóc Xoài")],
[Q("3 tuyến đường bê tông", 3, "tuyến đường bê tông"), Q("1.850 m", 1850, "m"), Q("2,5 m", 2.5, "m"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("380 tấn", 380, "tấn"), Q("khoảng 520 triệu đồng", 520000000, "đồng", "approx"),
 Q("164 hộ đồng bào Khmer", 164, "hộ đồng bào Khmer"), Q("hơn 900 ngày công", 900, "ngày công", "over"),
 Q("500.000 đồng", 500000, "đồng"), Q("11 hộ nghèo", 11, "hộ nghèo"), Q("gần 700 m", 700, "m", "approx"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("2,5 tấn", 2.5, "tấn"), Q("27 tuyến đường bê tông", 27, "tuyến đường bê tông"),
 Q("hơn 21 km", 21, "km", "over"), Q("6 tập thể", 6, "tập thể"), Q("18 cá nhân", 18, "cá nhân"),
 Q("4 mạnh thường quân", 4, "mạnh thường quân"), Q("26 cuộc họp dân", 26, "cuộc họp dân"), Q("43 hộ", 43, "hộ"), Q("5 đợt ra quân", 5, "đợt ra quân"), Q("2 tuyến đường", 2, "tuyến đường"), Q("3 ấp", 3, "ấp"), Q("từ 20 triệu đồng trở lên", 20000000, "đồng", "over")],
[],
[prov("Hậu Giang"), com("Phú Tân")],
["Cổng thông tin điện tử huyện Châu Thành, tỉnh Hậu Giang", "Trang chủ | Tin tức sự kiện | Tin địa phương",
 "Ảnh: Cắt băng khánh thành tuyến lộ ấp Tân Long.", "Nhà nước và nhân dân cùng làm", "Dân vận khéo", "Ngày giải phóng miền Nam"],
["Ngày đăng 24/04/2015 | 10:15", "Chiều 23/4", "40 năm"]))

PAGES.append(page("b8242-nghean-huyenuy-doithoai-2016", """
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự › Xây dựng Đảng › Dân vận
Thứ Sáu, 19/08/2016 | 15:40
Quỳ Hợp: Đối thoại với nhân dân về hiến đất làm đường giao thông nông thôn
(Baonghean) - Ngày 18/8, tại nhà văn hóa bản Na Ca, xã Châu Quang, Thường trực Huyện ủy Quỳ Hợp tổ chức buổi đối thoại với nhân dân năm 2016 về việc hiến đất, giải phóng mặt bằng để mở rộng và bê tông hóa đường giao thông nông thôn. Chủ trì buổi đối thoại có đồng chí Lô Văn Thành, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Quỳ Hợp và đồng chí Vi Thị Hương, HUV, Trưởng Ban Dân vận Huyện ủy.
Quang cảnh buổi đối thoại tại bản Na Ca. Ảnh: Hồ Phương
Tham dự có hơn 120 người dân đến từ 4 bản Na Ca, Na Lạc, Bản Ngọc, Tổng Xan cùng cán bộ các phòng, ban của huyện. Ông Vi Văn Sơn - Chủ tịch UBND xã Châu Quang thông tin: thực hiện Nghị quyết số 07-NQ/HU ngày 20/5/2016 của Ban Chấp hành Đảng bộ huyện và Quyết định số 32/2016/QĐ-UBND của UBND tỉnh về hỗ trợ xi măng, xã đăng ký làm mới 9,4 km đường trục bản, mặt đường rộng 3 m, nền 5 m. Để làm được cần khoảng 47 hộ hiến đất với tổng diện tích khoảng 6.200 m2; đến nay đã có 39 hộ ký cam kết.
Tại buổi đối thoại, 14 ý kiến được nêu ra. Ông Sầm Văn Pọm, bản Tổng Xan băn khoăn nhà ông mất gần 300 m2 đất vườn và 18 cây cam đang cho quả thì có được bồi thường không. Bà Lương Thị Mai, Chi hội trưởng Chi hội Phụ nữ bản Na Lạc đề nghị xã công khai số xi măng được cấp và số tiền mỗi hộ phải góp. Ông Lang Văn Tý, người có uy tín bản Na Ca, đề nghị làm thêm rãnh thoát nước vì mùa mưa nước từ đồi đổ xuống.
Trả lời các ý kiến, đồng chí Lô Văn Thành cho biết theo cơ chế của tỉnh, đường giao thông nông thôn do nhân dân tự nguyện hiến đất nên không bồi thường; tuy vậy huyện sẽ hỗ trợ mỗi hộ hiến trên 200 m2 đất 2 triệu đồng và hỗ trợ cây giống cam, bưởi để trồng lại. Huyện cấp 1.150 tấn xi măng, nhân dân góp cát, sỏi, đá và ngày công; tổng vốn dự kiến 5,8 tỷ đồng, trong đó phần nhân dân khoảng 30%.
Đồng chí Vi Thị Hương đề nghị Mặt trận và các đoàn thể vận động theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", không để hộ nào bị ép buộc; các trường hợp khó khăn sẽ được xem xét từng hộ. Sau buổi đối thoại, thêm 6 hộ đăng ký hiến đất.
Được biết, năm 2015 huyện Quỳ Hợp đã đưa 62 km đường bê tông vào sử dụng, nâng tỷ lệ đường trục bản được cứng hóa lên 58%.
Hồ Phương - Thanh Tùng
TIN CÙNG CHUYÊN MỤC
- Con Cuông: Đồng bào Thái góp 3.000 ngày công làm đường (12/08/2016)
- Tương Dương đối thoại về tái định cư thủy điện (05/08/2016)
- Dân vận khéo ở bản Mường Nọc (28/07/2016)
""", "2016-08-19", "Quỳ Hợp: Đối thoại với nhân dân về hiến đất làm đường giao thông nông thôn",
E("doi_thoai", "2016", "2016-08-18"),
[P("Lô Văn Thành", "Phó Bí thư Huyện ủy - Chủ tịch UBND huyện Quỳ Hợp"),
 P("Vi Thị Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã Châu Quang"),
 P("Sầm Văn Pọm"),
 P("Lương Thị Mai", "Chi hội trưởng Chi hội Phụ nữ bản Na Lạc"),
 P("Lang Văn Tý", "người có uy tín bản Na Ca")],
[Q("hơn 120 người dân", 120, "người dân", "over"), Q("4 bản", 4, "bản"), Q("9,4 km", 9.4, "km"), Q("3 m", 3, "m"),
 Q("5 m", 5, "m"), Q("khoảng 47 hộ", 47, "hộ", "approx"), Q("khoảng 6.200 m2", 6200, "m2", "approx"), Q("39 hộ", 39, "hộ"),
 Q("14 ý kiến", 14, "ý kiến"), Q("gần 300 m2", 300, "m2", "approx"), Q("18 cây cam", 18, "cây cam"),
 Q("trên 200 m2", 200, "m2", "over"), Q("2 triệu đồng", 2000000, "đồng"), Q("1.150 tấn", 1150, "tấn"),
 Q("5,8 tỷ đồng", 5800000000, "đồng"), Q("khoảng 30%", 30, "%", "approx"), Q("6 hộ", 6, "hộ"), Q("62 km", 62, "km"),
 Q("58%", 58, "%")],
[D("Nghị quyết", "07", "NQ/HU", "2016-05-20", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 07-NQ/HU ngày 20/5/2016"),
 D("Quyết định", "32", "2016/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 32/2016/QĐ-UBND")],
[prov("Nghệ An"), com("Châu Quang")],
["BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự › Xây dựng Đảng › Dân vận", "(Baonghean)",
 "Quang cảnh buổi đối thoại tại bản Na Ca. Ảnh: Hồ Phương", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Thứ Sáu, 19/08/2016 | 15:40", "Ngày 18/8", "năm 2016", "năm 2015"]))
