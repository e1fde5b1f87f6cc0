from lib import *
PAGES = []

PAGES.append(page("b4697-hanoi-taphuan-todanpho-2020", """
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN CẦU GIẤY
Trang chủ - Tin tức - Mặt trận, đoàn thể
Thứ Tư, 04/11/2020
Hơn 500 cán bộ khu dân cư được bồi dưỡng kỹ năng vận động nhân dân
Trong 2 ngày 2 và 3/11, Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2020 cho hơn 500 Trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố và Bí thư chi bộ tổ dân phố của 8 phường. Đồng chí Hoàng Thị Thu Hường, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận Cầu Giấy dự và phát biểu khai mạc.
Quang cảnh lớp tập huấn tại Hội trường UBND quận.
Theo Ban tổ chức, lớp tập huấn được mở theo Kế hoạch số 36/KH-MTTQ-BTT ngày 15/9/2020 của Ban Thường trực Ủy ban MTTQ quận, nhằm kiện toàn đội ngũ cán bộ khu dân cư sau khi thành phố Hà Nội thực hiện sắp xếp, sáp nhập tổ dân phố theo Nghị quyết số 09/2019/NQ-HĐND của HĐND thành phố. Sau sắp xếp, toàn quận còn 184 tổ dân phố, giảm 57 tổ so với trước; khoảng 35% Trưởng ban công tác Mặt trận là người mới tham gia lần đầu.
Các học viên được nghe TS. Vũ Quang Huy, Phó Trưởng khoa Xây dựng Đảng Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội, giới thiệu chuyên đề về kỹ năng vận động quần chúng ở địa bàn đô thị; bà Nghiêm Thị Phương, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận, hướng dẫn Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị và Quy chế phối hợp số 18/QCPH-MTTQ-UBND giữa Ủy ban MTTQ và UBND quận về tiếp nhận ý kiến, kiến nghị của cử tri.
Tại lớp học, nhiều học viên nêu khó khăn khi vận động cư dân các khu chung cư cao tầng. Ông Đinh Xuân Trường, Trưởng ban công tác Mặt trận tổ dân phố số 22, phường Dịch Vọng Hậu, cho biết tổ có 4 tòa chung cư với 1.650 căn hộ nhưng mỗi lần họp chỉ khoảng 70 người tham dự. Bà Sầm Thị Lụa, người Tày, Tổ trưởng tổ dân phố số 9, phường Nghĩa Đô, chia sẻ kinh nghiệm lập nhóm "Cư dân văn minh" trên mạng xã hội để thông tin, vận động. Nhóm hiện có 312 thành viên, hầu hết là chủ hộ và người thuê nhà.
Kết thúc lớp học, 100% học viên làm bài thu hoạch; Ban tổ chức chọn 12 bài thu hoạch xuất sắc để biểu dương. Cũng trong năm 2020, Mặt trận quận đã tổ chức 3 lớp tập huấn khác cho 420 lượt cán bộ Mặt trận các phường.
Phát biểu bế mạc, đồng chí Hoàng Thị Thu Hường đề nghị học viên vận dụng kiến thức vào việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020 tại 184 khu dân cư, sẽ diễn ra từ ngày 10 đến 18/11.
Nguyễn Thúy
Lượt xem: 1.388
Bài viết liên quan
- Phường Mai Dịch ra mắt mô hình "Chung cư văn minh" (28/10/2020)
- Quận Cầu Giấy tổng kết 10 năm cuộc vận động (15/10/2020)
- Hội nghị tiếp xúc cử tri phường Quan Hoa (06/10/2020)
""", "2020-11-04", "Hơn 500 cán bộ khu dân cư được bồi dưỡng kỹ năng vận động nhân dân",
E("tap_huan", "2020", "2020-11-02"),
[P("Hoàng Thị Thu Hường", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận Cầu Giấy"),
 P("Vũ Quang Huy", "TS.", "Phó Trưởng khoa Xây dựng Đảng Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội"),
 P("Nghiêm Thị Phương", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận"),
 P("Đinh Xuân Trường", "Trưởng ban công tác Mặt trận tổ dân phố số 22"),
 P("Sầm Thị Lụa", "Tổ trưởng tổ dân phố số 9")],
[Q("hơn 500 Trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố và Bí thư chi bộ tổ dân phố", 500, "Trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố và Bí thư chi bộ tổ dân phố", "over"),
 Q("8 phường", 8, "phường"), Q("184 tổ dân phố", 184, "tổ dân phố"), Q("57 tổ", 57, "tổ"), Q("khoảng 35%", 35, "%", "approx"),
 Q("4 tòa chung cư", 4, "tòa chung cư"), Q("1.650 căn hộ", 1650, "căn hộ"), Q("khoảng 70 người", 70, "người", "approx"),
 Q("312 thành viên", 312, "thành viên"), Q("100% học viên", 100, "%"), Q("12 bài thu hoạch xuất sắc", 12, "bài thu hoạch xuất sắc"), Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("420 lượt cán bộ Mặt trận", 420, "lượt cán bộ Mặt trận"), Q("184 khu dân cư", 184, "khu dân cư")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2020-09-15", "Ban Thường trực Ủy ban MTTQ quận", "Kế hoạch số 36/KH-MTTQ-BTT ngày 15/9/2020"),
 D("Nghị quyết", "09", "2019/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 09/2019/NQ-HĐND"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW"),
 D("Quy chế phối hợp", "18", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 18/QCPH-MTTQ-UBND")],
[prov("Hà Nội"), com("Dịch Vọng Hậu"), com("Nghĩa Đô")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN CẦU GIẤY", "Trang chủ - Tin tức - Mặt trận, đoàn thể", "Quang cảnh lớp tập huấn tại Hội trường UBND quận.",
 "Cư dân văn minh", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.388"],
["Thứ Tư, 04/11/2020", "2 ngày", "năm 2020", "tổ dân phố số 22", "tổ dân phố số 9", "từ ngày 10 đến 18/11", "Lượt xem: 1.388"]))

PAGES.append(page("b4698-haiphong-todanvan-tongket-2021", """
BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG
Bạn đang ở: Trang chủ » Dân vận các cấp » Quận, huyện
Hôm nay: Thứ Hai, 03/01/2022
30 tháng 12, 2021 | 17:45
Tổ dân vận ở tổ dân phố: gần dân, hiểu dân
Chiều 28/12, Ban Dân vận Quận ủy Hồng Bàng tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Đỗ Mạnh Hiến, Thành ủy viên, Bí thư Quận ủy Hồng Bàng dự và chỉ đạo; đồng chí Trịnh Thị Minh Phượng, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì.
Đồng chí Đỗ Mạnh Hiến phát biểu chỉ đạo hội nghị.
Năm 2021, Ban Dân vận Quận ủy tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch 68, 69-KH/QU về thực hiện Nghị quyết Đại hội XIII của Đảng trong lĩnh vực dân vận và về củng cố, nâng cao chất lượng hoạt động của tổ dân vận ở tổ dân phố. Đến nay, 100% tổ dân phố của quận có tổ dân vận với 1.024 thành viên, do Bí thư chi bộ làm tổ trưởng.
Trong đợt dịch Covid-19 lần thứ tư tại Hải Phòng, 215 tổ Covid cộng đồng ở các phường Minh Khai, Hoàng Văn Thụ, Phan Bội Châu, Thượng Lý đã giúp ngành y tế rà soát hơn 32.000 lượt người, vận động 98,6% người từ 18 tuổi trở lên tiêm vắc-xin. Nhân dân và doanh nghiệp ủng hộ Quỹ phòng, chống dịch của quận trên 4,2 tỷ đồng; 186 tấn nông sản được giải cứu giúp nông dân Hải Dương, Bắc Giang.
Khối dân vận đã phối hợp tiếp 312 lượt công dân, tiếp nhận 74 đơn thư, đã giải quyết 70 đơn; tổ hòa giải ở 156 tổ dân phố hòa giải thành 41/46 vụ việc. 24 mô hình "Dân vận khéo" được công nhận, trong đó có 3 mô hình cấp thành phố như "Tuyến phố văn minh, không rác thải nhựa" ở phường Minh Khai.
Phát biểu chỉ đạo, đồng chí Đỗ Mạnh Hiến đề nghị năm 2022 tiếp tục thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW gắn với việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương về Quy chế công tác dân vận của hệ thống chính trị; phát huy vai trò tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận trong phòng, chống dịch theo hướng "thích ứng an toàn, linh hoạt".
Tại hội nghị, bà Bùi Thị Thanh Nhàn, Bí thư Chi bộ, Tổ trưởng tổ dân vận tổ dân phố số 6, phường Thượng Lý, cùng các đồng chí Tổ trưởng tổ dân phố: Lương Văn Sơn, Mạc Thị Thoa chia sẻ cách làm trong tuyên truyền, vận động người dân khai báo y tế, hỗ trợ hộ khó khăn bị phong tỏa.
Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 16 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2021.
Thu Trang
Lượt xem: 654
Tin khác
- Quận Ngô Quyền: 15 mô hình "Dân vận khéo" được công nhận (25/12/2021)
- Hải Phòng giao ban công tác dân vận quý IV/2021 (20/12/2021)
- Tổ dân phố số 3 phường Sở Dầu ra mắt "ATM gạo" (10/08/2021)
""", "2021-12-30", "Tổ dân vận ở tổ dân phố: gần dân, hiểu dân",
E("tong_ket", "2021", "2021-12-28"),
[P("Đỗ Mạnh Hiến", "Thành ủy viên", "Bí thư Quận ủy Hồng Bàng"),
 P("Trịnh Thị Minh Phượng", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Bùi Thị Thanh Nhàn", "Bí thư Chi bộ", "Tổ trưởng tổ dân vận tổ dân phố số 6"),
 P("Lương Văn Sơn", "Tổ trưởng tổ dân phố"),
 P("Mạc Thị Thoa", "Tổ trưởng tổ dân phố")],
[Q("100% tổ dân phố", 100, "%"), Q("1.024 thành viên", 1024, "thành viên"), Q("215 tổ Covid cộng đồng", 215, "tổ Covid cộng đồng"),
 Q("hơn 32.000 lượt người", 32000, "lượt người", "over"), Q("98,6%", 98.6, "%"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("186 tấn nông sản", 186, "tấn"), Q("312 lượt công dân", 312, "lượt công dân"), Q("74 đơn thư", 74, "đơn thư"),
 Q("70 đơn", 70, "đơn"), Q("156 tổ dân phố", 156, "tổ dân phố"), Q("41/46 vụ việc", 41, "vụ việc"),
 Q("24 mô hình", 24, "mô hình"), Q("3 mô hình cấp thành phố", 3, "mô hình cấp thành phố"),
 Q("16 tập thể", 16, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "68", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 68, 69-KH/QU"),
 D("Kế hoạch", "69", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 68, 69-KH/QU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Hải Phòng"), com("Minh Khai"), com("Hoàng Văn Thụ"), com("Phan Bội Châu"), com("Thượng Lý"), prov("Hải Dương"), prov("Bắc Giang")],
["BAN DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Bạn đang ở: Trang chủ » Dân vận các cấp » Quận, huyện",
 "Đồng chí Đỗ Mạnh Hiến phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Tuyến phố văn minh, không rác thải nhựa",
 "thích ứng an toàn, linh hoạt", "Nghị quyết Đại hội XIII", "Lượt xem: 654"],
["Hôm nay: Thứ Hai, 03/01/2022", "30 tháng 12, 2021 | 17:45", "năm 2021", "năm 2022", "Covid-19", "lần thứ tư", "18 tuổi",
 "Đại hội XIII", "tổ dân phố số 6", "Lượt xem: 654"]))

PAGES.append(page("b4699-danang-giaoban-thang-2021", """
Cổng thông tin điện tử quận Liên Chiểu
Trang chủ › Tin tức - Sự kiện › Hoạt động MTTQ và các đoàn thể
21.09.2021 | 16:05
Liên Chiểu: Mặt trận phường phát huy vai trò "tổ Covid cộng đồng" trong giãn cách
Sáng 20/9, Ban Thường trực Ủy ban MTTQ Việt Nam quận Liên Chiểu tổ chức giao ban trực tuyến công tác Mặt trận tháng 9/2021 với Ban Thường trực Ủy ban MTTQ 5 phường. Đồng chí Phan Thị Thanh Xuân, Phó Bí thư Quận ủy dự; đồng chí Nguyễn Trọng Nghĩa, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì.
Ảnh: Giao ban trực tuyến với các phường.
Theo báo cáo, thực hiện Công văn số 125/MTTQ-BTT ngày 2/9/2021 của Ban Thường trực Ủy ban MTTQ quận, trong tháng 9, 462 tổ Covid cộng đồng ở các phường Hòa Minh, Hòa Khánh Bắc, Hòa Khánh Nam, Hòa Hiệp Bắc, Hòa Hiệp Nam đã đến từng nhà phát phiếu đi chợ, tiếp nhận và chuyển hàng thiết yếu cho khoảng 28.000 hộ dân trong thời gian thành phố Đà Nẵng thực hiện "ai ở đâu ở yên đó". Mặt trận quận và phường tiếp nhận ủng hộ bằng tiền mặt 3,46 tỷ đồng cùng 215 tấn lương thực, thực phẩm; đã trao 17.350 suất quà cho người lao động mất việc, sinh viên, công nhân ở trọ. Thực hiện Nghị quyết số 68/NQ-CP và Quyết định 23/2021/QĐ-TTg, các phường đã chi hỗ trợ cho 6.120 người lao động tự do với số tiền hơn 9,1 tỷ đồng.
Bà Võ Thị Hồng, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Khánh Bắc, cho biết phường có 18.600 công nhân thuê trọ ở 41 tổ dân phố nên việc phân phát hàng rất vất vả; Ban công tác Mặt trận tổ 27 và tổ 53 đã lập 2 "siêu thị 0 đồng" phục vụ trên 2.300 lượt người. Ông Phạm Văn Long, Tổ trưởng tổ dân phố 12, phường Hòa Minh, đề nghị quận có hướng dẫn cụ thể để tổ Covid cộng đồng không phải thu tiền đi chợ hộ. Một số ý kiến phản ánh thành viên tổ Covid cộng đồng phần lớn là người cao tuổi, làm việc liên tục nhiều ngày, cần được bố trí luân phiên và cấp đủ khẩu trang, găng tay, nước sát khuẩn.
Đồng chí Phan Thị Thanh Xuân ghi nhận sự vào cuộc của đội ngũ tổ trưởng, trưởng ban công tác Mặt trận và đề nghị trong tháng 10 chuyển trạng thái sang "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19" theo Nghị quyết số 128/NQ-CP của Chính phủ; tiếp tục quan tâm ít nhất 3.000 hộ còn khó khăn sau giãn cách.
Kết luận giao ban, đồng chí Nguyễn Trọng Nghĩa giao các phường rà soát, công khai danh sách nhận hỗ trợ tại 100% tổ dân phố trước ngày 30/9, không để sót đối tượng.
Thanh Tâm - Ủy ban MTTQ quận
Lượt truy cập: 9.821
Tin liên quan
- Liên Chiểu: 200 tổ Covid cộng đồng ra quân (10/08/2021)
- Giao ban công tác Mặt trận tháng 8/2021 (20/08/2021)
- Phường Hòa Minh trao 1.000 phần quà cho công nhân (15/08/2021)
""", "2021-09-21", "Liên Chiểu: Mặt trận phường phát huy vai trò \"tổ Covid cộng đồng\" trong giãn cách",
E("giao_ban", "2021-09", "2021-09-20"),
[P("Phan Thị Thanh Xuân", "Phó Bí thư Quận ủy"),
 P("Nguyễn Trọng Nghĩa", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Võ Thị Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Khánh Bắc"),
 P("Phạm Văn Long", "Tổ trưởng tổ dân phố 12")],
[Q("5 phường", 5, "phường"), Q("462 tổ Covid cộng đồng", 462, "tổ Covid cộng đồng"), Q("khoảng 28.000 hộ dân", 28000, "hộ dân", "approx"),
 Q("3,46 tỷ đồng", 3460000000, "đồng"), Q("215 tấn lương thực, thực phẩm", 215, "tấn"), Q("17.350 suất quà", 17350, "suất quà"),
 Q("6.120 người lao động tự do", 6120, "người lao động tự do"), Q("hơn 9,1 tỷ đồng", 9100000000, "đồng", "over"),
 Q("18.600 công nhân", 18600, "công nhân"), Q("41 tổ dân phố", 41, "tổ dân phố"), Q("2 \"siêu thị 0 đồng\"", 2, "\"siêu thị 0 đồng\""),
 Q("trên 2.300 lượt người", 2300, "lượt người", "over"), Q("ít nhất 3.000 hộ", 3000, "hộ", "over"), Q("100% tổ dân phố", 100, "%")],
[D("Công văn", "125", "MTTQ-BTT", "2021-09-02", "Ban Thường trực Ủy ban MTTQ quận", "Công văn số 125/MTTQ-BTT ngày 2/9/2021"),
 D("Nghị quyết", "68", "NQ-CP", None, None, "Nghị quyết số 68/NQ-CP"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, None, "Quyết định 23/2021/QĐ-TTg"),
 D("Nghị quyết", "128", "NQ-CP", None, "Chính phủ", "Nghị quyết số 128/NQ-CP")],
[prov("Đà Nẵng"), com("Hòa Minh"), com("Hòa Khánh Bắc"), com("Hòa Khánh Nam"), com("Hòa Hiệp Bắc"), com("Hòa Hiệp Nam")],
["Cổng thông tin điện tử quận Liên Chiểu", "Trang chủ › Tin tức - Sự kiện › Hoạt động MTTQ và các đoàn thể",
 "Ảnh: Giao ban trực tuyến với các phường.", "ai ở đâu ở yên đó", "siêu thị 0 đồng",
 "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19", "Lượt truy cập: 9.821"],
["21.09.2021 | 16:05", "tháng 9/2021", "tháng 9", "tháng 10", "0 đồng", "tổ 27", "tổ 53", "tổ dân phố 12", "ngày 30/9", "Lượt truy cập: 9.821"]))

PAGES.append(page("b4700-hcm-baocao-kiennghi-khupho-2022", """
UBND PHƯỜNG THẢO ĐIỀN - THÀNH PHỐ THỦ ĐỨC
Trang chủ >> Thông tin công khai >> Báo cáo
2022-07-05 16:40
Báo cáo kết quả công tác Mặt trận và tổng hợp ý kiến, kiến nghị của cử tri khu phố 6 tháng đầu năm 2022
Ngày 4/7/2022, Ban Thường trực Ủy ban MTTQ Việt Nam phường Thảo Điền ban hành Báo cáo số 41/BC-MTTQ về kết quả công tác Mặt trận 6 tháng đầu năm 2022 và tổng hợp ý kiến, kiến nghị của cử tri, nhân dân ở 5 khu phố, trình kỳ họp HĐND phường và gửi Ủy ban MTTQ Việt Nam thành phố Thủ Đức. Báo cáo do bà Lâm Thị Bích Ngân, Chủ tịch Ủy ban MTTQ Việt Nam phường Thảo Điền ký.
Trụ sở UBND phường Thảo Điền. Ảnh: Cổng TTĐT phường
Theo báo cáo, 6 tháng qua, Ban công tác Mặt trận 5 khu phố đã tổ chức 48 buổi sinh hoạt tổ dân phố, thu hút khoảng 2.900 lượt hộ tham dự; vận động 1.326 hộ đăng ký "Gia đình văn hóa" và 5/5 khu phố đăng ký "Khu phố văn hóa - văn minh đô thị". Phường có 3.410 người nước ngoài cư trú, chủ yếu ở khu phố 1 và khu phố 3; Mặt trận đã phối hợp Công an phường tổ chức 6 buổi tuyên truyền song ngữ về phòng cháy, chữa cháy tại 14 chung cư, cao ốc.
Quỹ "Vì người nghèo" phường vận động được 512 triệu đồng, chi hỗ trợ 37 hộ nghèo, hộ cận nghèo theo chuẩn nghèo của TP Hồ Chí Minh giai đoạn 2022 - 2025 quy định tại Nghị quyết số 03/2022/NQ-HĐND của HĐND Thành phố; tặng 420 phần quà Tết Nhâm Dần trị giá 252 triệu đồng. Thực hiện Quy định số 124-QĐ/TW, 45 cuộc tiếp xúc, giám sát đã được tổ chức ở khu phố.
Về ý kiến, kiến nghị, báo cáo tổng hợp 19 ý kiến của cử tri, trong đó 8 ý kiến liên quan ngập nước trên đường Quốc Hương, Nguyễn Văn Hưởng khi triều cường; 5 ý kiến về tiếng ồn từ quán bar, nhà hàng; 6 ý kiến về chậm cấp giấy chứng nhận quyền sử dụng đất tại khu dân cư 154 ha. Ông Trần Quốc Khởi, Trưởng ban điều hành khu phố 2, kiến nghị phường lắp thêm 20 camera an ninh tại các hẻm; bà Huỳnh Kim Thoa, Trưởng ban công tác Mặt trận khu phố 4, đề nghị làm rõ tiến độ dự án kè sông Sài Gòn.
Báo cáo cũng nêu tồn tại: một số tổ trưởng tổ dân phố lớn tuổi, ít sử dụng công nghệ; khoảng 30% chủ hộ ở chung cư chưa tham gia sinh hoạt. 6 tháng cuối năm, Mặt trận phường đề ra chỉ tiêu vận động Quỹ "Vì người nghèo" không dưới 600 triệu đồng và tổ chức Ngày hội Đại đoàn kết ở 5/5 khu phố. Các ông Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Đoàn Minh Trí, Lê Hữu Phúc được phân công theo dõi việc trả lời kiến nghị cử tri.
Theo kế hoạch, nội dung báo cáo sẽ được công khai tại 35 tổ dân phố trước ngày 15/7/2022.
Ban biên tập
Lượt xem: 318
Tin khác
- Thông báo lịch tiếp công dân tháng 7/2022 (01/07/2022)
- Báo cáo kết quả giải quyết kiến nghị cử tri quý I/2022 (12/04/2022)
- Kế hoạch tổ chức Ngày Chủ nhật xanh năm 2022 (05/03/2022)
""", "2022-07-05", "Báo cáo kết quả công tác Mặt trận và tổng hợp ý kiến, kiến nghị của cử tri khu phố 6 tháng đầu năm 2022",
E("bao_cao", "2022-H1", "2022-07-04"),
[P("Lâm Thị Bích Ngân", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thảo Điền"),
 P("Trần Quốc Khởi", "Trưởng ban điều hành khu phố 2"),
 P("Huỳnh Kim Thoa", "Trưởng ban công tác Mặt trận khu phố 4"),
 P("Đoàn Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Hữu Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("5 khu phố", 5, "khu phố"), Q("48 buổi sinh hoạt tổ dân phố", 48, "buổi sinh hoạt tổ dân phố"),
 Q("khoảng 2.900 lượt hộ", 2900, "lượt hộ", "approx"), Q("1.326 hộ", 1326, "hộ"), Q("5/5 khu phố", 5, "khu phố"),
 Q("3.410 người nước ngoài", 3410, "người nước ngoài"), Q("6 buổi tuyên truyền song ngữ", 6, "buổi tuyên truyền song ngữ"),
 Q("14 chung cư, cao ốc", 14, "chung cư, cao ốc"), Q("512 triệu đồng", 512000000, "đồng"),
 Q("37 hộ nghèo, hộ cận nghèo", 37, "hộ nghèo, hộ cận nghèo"), Q("420 phần quà Tết", 420, "phần quà"),
 Q("252 triệu đồng", 252000000, "đồng"), Q("45 cuộc tiếp xúc, giám sát", 45, "cuộc tiếp xúc, giám sát"),
 Q("19 ý kiến", 19, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"), Q("6 ý kiến", 6, "ý kiến"),
 Q("154 ha", 154, "ha"), Q("20 camera an ninh", 20, "camera an ninh"), Q("khoảng 30%", 30, "%", "approx"),
 Q("không dưới 600 triệu đồng", 600000000, "đồng", "over"), Q("35 tổ dân phố", 35, "tổ dân phố")],
[D("Báo cáo", "41", "BC-MTTQ", "2022-07-04", "Ban Thường trực Ủy ban MTTQ Việt Nam phường Thảo Điền", "Báo cáo số 41/BC-MTTQ"),
 D("Nghị quyết", "03", "2022/NQ-HĐND", None, "HĐND Thành phố", "Nghị quyết số 03/2022/NQ-HĐND"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định số 124-QĐ/TW")],
[prov("Hồ Chí Minh"), com("Thảo Điền")],
["UBND PHƯỜNG THẢO ĐIỀN - THÀNH PHỐ THỦ ĐỨC", "Trang chủ >> Thông tin công khai >> Báo cáo",
 "Trụ sở UBND phường Thảo Điền. Ảnh: Cổng TTĐT phường", "Gia đình văn hóa", "Khu phố văn hóa - văn minh đô thị",
 "Vì người nghèo", "Ngày hội Đại đoàn kết", "Lượt xem: 318"],
["2022-07-05 16:40", "6 tháng đầu năm 2022", "6 tháng qua", "6 tháng cuối năm", "giai đoạn 2022 - 2025", "Tết Nhâm Dần",
 "khu phố 1", "khu phố 3", "khu phố 2", "khu phố 4", "ngày 15/7/2022", "Lượt xem: 318"]))

PAGES.append(page("b4701-hanoi-bieuduong-totruong-hoinghi-2022", """
Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Chính trị > Mặt trận - Đoàn thể
17/11/2022 09:20 (GMT+07:00)
Đồng chí Lê Hồng Sâm trao bằng khen cho các tổ trưởng tổ dân phố. Ảnh: Hoàng Lâm
Long Biên tôn vinh 120 "thủ lĩnh" khu dân cư
Sáng 16/11, Quận ủy - HĐND - UBND - Ủy ban MTTQ Việt Nam quận Long Biên tổ chức hội nghị biểu dương tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận tiêu biểu năm 2022. Dự có đồng chí Lê Hồng Sâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy Hà Nội; đồng chí Nguyễn Văn Thạch, Thành ủy viên, Bí thư Quận ủy Long Biên; đồng chí Đào Thị Thu Hiền, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận.
Toàn quận Long Biên hiện có 14 phường với 384 tổ dân phố. Năm 2022, đội ngũ tổ trưởng, Trưởng ban công tác Mặt trận đã vận động nhân dân hiến hơn 12.000 m2 đất, đóng góp khoảng 38 tỷ đồng để chỉnh trang 146 tuyến ngõ, xây dựng 21 nhà văn hóa tổ dân phố theo Kế hoạch số 142/KH-UBND của UBND quận. Có 368/384 tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa", 96,1% hộ đạt "Gia đình văn hóa"; 2 phường Ngọc Thụy, Gia Thụy được công nhận phường đạt chuẩn văn minh đô thị.
Hội nghị đã nghe 6 tham luận. Bà Hà Thị Mai, người Tày, Tổ trưởng tổ dân phố số 11, phường Bồ Đề, kể về việc vận động 54 hộ ven đê trả lại mặt bằng để làm vườn hoa; ông Bùi Văn Tờn, người Mường, Trưởng ban công tác Mặt trận tổ dân phố Lâm Du, phường Bồ Đề, chia sẻ kinh nghiệm hòa giải 7 vụ tranh chấp đất đai giữa các hộ. Ông Nguyễn Đình Khang, 72 tuổi, đã 4 nhiệm kỳ liền được nhân dân tín nhiệm bầu giữ chức Tổ trưởng tổ dân phố số 5, phường Thạch Bàn.
Phát biểu tại hội nghị, đồng chí Lê Hồng Sâm đánh giá cao vai trò của đội ngũ cán bộ khu dân cư trong thực hiện Chỉ thị số 01-CT/TU ngày 16/3/2021 của Ban Thường vụ Thành ủy về đẩy mạnh cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", cũng như Kết luận 120, 121-KL/TU của Thành ủy về sắp xếp tổ dân phố và chế độ đối với người hoạt động không chuyên trách. Đồng chí đề nghị quận quan tâm hơn nữa tới chế độ phụ cấp, hiện mới ở mức 0,8 lần mức lương cơ sở với tổ trưởng tổ dân phố.
Dịp này, UBND quận tặng giấy khen cho 120 tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận tiêu biểu; mỗi người được thưởng 2 triệu đồng. Các đồng chí Phó Chủ tịch UBND quận Long Biên: Trần Thanh Huyền, Vũ Đức Minh trao giấy khen cho các cá nhân.
Được biết, từ năm 2023, quận sẽ tổ chức hội nghị này định kỳ 2 năm một lần.
Hải Linh
Lượt xem: 2.497
Tin liên quan
- Long Biên: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (14/11/2022)
- Phường Phúc Đồng ra mắt tuyến phố văn minh (08/11/2022)
- Hội nghị tiếp xúc cử tri quận Long Biên (02/11/2022)
""", "2022-11-17", "Long Biên tôn vinh 120 \"thủ lĩnh\" khu dân cư",
E("hoi_nghi", "2022", "2022-11-16"),
[P("Lê Hồng Sâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy Hà Nội"),
 P("Nguyễn Văn Thạch", "Thành ủy viên", "Bí thư Quận ủy Long Biên"),
 P("Đào Thị Thu Hiền", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Hà Thị Mai", "Tổ trưởng tổ dân phố số 11"),
 P("Bùi Văn Tờn", "Trưởng ban công tác Mặt trận tổ dân phố Lâm Du"),
 P("Nguyễn Đình Khang", "Tổ trưởng tổ dân phố số 5"),
 P("Trần Thanh Huyền", "Phó Chủ tịch UBND quận Long Biên"),
 P("Vũ Đức Minh", "Phó Chủ tịch UBND quận Long Biên")],
[Q("120 tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận tiêu biểu", 120, "tổ trưởng tổ dân phố, Trưởng ban công tác Mặt trận tiêu biểu"),
 Q("14 phường", 14, "phường"), Q("384 tổ dân phố", 384, "tổ dân phố"), Q("hơn 12.000 m2", 12000, "m2", "over"),
 Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"), Q("146 tuyến ngõ", 146, "tuyến ngõ"),
 Q("21 nhà văn hóa tổ dân phố", 21, "nhà văn hóa tổ dân phố"), Q("368/384 tổ dân phố", 368, "tổ dân phố"),
 Q("96,1% hộ", 96.1, "%"), Q("2 phường", 2, "phường"), Q("6 tham luận", 6, "tham luận"), Q("54 hộ ven đê", 54, "hộ"),
 Q("7 vụ tranh chấp đất đai", 7, "vụ tranh chấp đất đai"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "142", "KH-UBND", None, "UBND quận", "Kế hoạch số 142/KH-UBND"),
 D("Chỉ thị", "01", "CT/TU", "2021-03-16", "Ban Thường vụ Thành ủy", "Chỉ thị số 01-CT/TU ngày 16/3/2021"),
 D("Kết luận", "120", "KL/TU", None, "Thành ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Thành ủy", "Kết luận 120, 121-KL/TU")],
[prov("Hà Nội"), com("Ngọc Thụy"), com("Gia Thụy"), com("Bồ Đề"), com("Thạch Bàn")],
["Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Lê Hồng Sâm trao bằng khen cho các tổ trưởng tổ dân phố. Ảnh: Hoàng Lâm", "thủ lĩnh", "Tổ dân phố văn hóa",
 "Gia đình văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 2.497"],
["17/11/2022 09:20 (GMT+07:00)", "năm 2022", "72 tuổi", "4 nhiệm kỳ", "0,8 lần", "tổ dân phố số 11", "tổ dân phố số 5",
 "từ năm 2023", "2 năm một lần", "Lượt xem: 2.497"]))

PAGES.append(page("b4702-haiphong-doithoai-phuong-2023", """
ĐẢNG BỘ PHƯỜNG ĐẰNG HẢI - QUẬN HẢI AN
Trang chủ | Tin tức | Dân vận - Đối thoại
Thứ Năm, 27/07/2023 - 15:10
Chủ tịch UBND phường Đằng Hải đối thoại với nhân dân năm 2023
Chiều 25/7, Đảng ủy - UBND - Ủy ban MTTQ Việt Nam phường Đằng Hải tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND phường với nhân dân năm 2023, theo Quyết định số 11/2023/QĐ-UBND của UBND thành phố Hải Phòng và Kế hoạch số 57/KH-UBND ngày 3/7/2023 của UBND phường. Tham dự có ông Vũ Văn Khiêm, Bí thư Đảng ủy phường; ông Trần Đức Nam, Chủ tịch UBND phường và khoảng 150 đại biểu là tổ trưởng, Trưởng ban công tác Mặt trận 17 tổ dân phố cùng người dân.
Quang cảnh buổi đối thoại tại hội trường UBND phường. Ảnh: Mạnh Cường
Người dân tập trung phản ánh tiến độ giải phóng mặt bằng dự án đường Lê Hồng Phong kéo dài: còn 43 hộ ở tổ dân phố Đằng Lâm 2, Đằng Lâm 3 chưa nhận tiền bồi thường vì chưa thống nhất đơn giá. Bà Phạm Thị Xuyến, Trưởng ban công tác Mặt trận tổ dân phố Đằng Lâm 3, cho biết nhiều hộ đề nghị được hỗ trợ tái định cư tại chỗ; ông Ngô Văn Hải, Tổ trưởng tổ dân phố Lực Hành, phản ánh tình trạng xe container đỗ trên đường dân sinh gây mất an toàn.
Trả lời các ý kiến, ông Trần Đức Nam cho biết, từ đầu năm phường đã bàn giao 9,6 ha mặt bằng cho các dự án; chi trả bồi thường cho 212 hộ với tổng số tiền hơn 186 tỷ đồng. Với 43 hộ còn lại, phường đã kiến nghị quận điều chỉnh đơn giá theo Quyết định 3281/QĐ-UBND của UBND thành phố và sẽ tổ chức 2 buổi đối thoại riêng trong tháng 8. Phường cũng phối hợp Công an quận lập 3 chốt kiểm soát, xử lý 27 trường hợp xe container dừng đỗ sai quy định.
Bà Lê Thị Mai Hương, Chủ tịch Ủy ban MTTQ Việt Nam phường, thông tin thêm: thực hiện Luật Thực hiện dân chủ ở cơ sở, Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng đã giám sát 11 công trình, phát hiện 2 công trình chậm tiến độ. Qua 2 năm triển khai mô hình "Tổ dân phố tự quản về an ninh trật tự, vệ sinh môi trường", đã có 12/17 tổ dân phố đạt tiêu chí; phường phấn đấu 100% tổ dân phố đạt trong năm 2024.
Buổi đối thoại đã tiếp nhận 24 ý kiến; 19 ý kiến được trả lời trực tiếp, 5 ý kiến được ghi nhận để trả lời bằng văn bản. Kết luận, ông Vũ Văn Khiêm yêu cầu UBND phường công khai kết quả giải quyết trên hệ thống loa truyền thanh và tại nhà văn hóa các tổ dân phố, thực hiện đúng Chỉ thị số 11, 12-CT/QU của Ban Thường vụ Quận ủy về tăng cường đối thoại và tiếp công dân.
Trước đó, phường đã tổ chức 3 hội nghị đối thoại chuyên đề với hộ kinh doanh, với ngư dân và với đoàn viên thanh niên.
Mạnh Cường
Số lượt truy cập: 4.106
Tin cùng chuyên mục
- Phường Đằng Hải tổng kết công tác Mặt trận năm 2022 (29/12/2022)
- Tổ dân phố Lực Hành ra mắt "Tuyến đường hoa" (10/06/2023)
- Quận Hải An tổ chức Ngày hội Đại đoàn kết (18/11/2022)
""", "2023-07-27", "Chủ tịch UBND phường Đằng Hải đối thoại với nhân dân năm 2023",
E("doi_thoai", "2023", "2023-07-25"),
[P("Vũ Văn Khiêm", "Bí thư Đảng ủy phường"),
 P("Trần Đức Nam", "Chủ tịch UBND phường"),
 P("Phạm Thị Xuyến", "Trưởng ban công tác Mặt trận tổ dân phố Đằng Lâm 3"),
 P("Ngô Văn Hải", "Tổ trưởng tổ dân phố Lực Hành"),
 P("Lê Thị Mai Hương", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("khoảng 150 đại biểu", 150, "đại biểu", "approx"), Q("17 tổ dân phố", 17, "tổ dân phố"), Q("43 hộ", 43, "hộ"),
 Q("9,6 ha", 9.6, "ha"), Q("212 hộ", 212, "hộ"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("2 buổi đối thoại", 2, "buổi đối thoại"), Q("3 chốt kiểm soát", 3, "chốt kiểm soát"), Q("27 trường hợp", 27, "trường hợp"),
 Q("11 công trình", 11, "công trình"), Q("2 công trình", 2, "công trình"), Q("12/17 tổ dân phố", 12, "tổ dân phố"),
 Q("100% tổ dân phố", 100, "%"), Q("24 ý kiến", 24, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"), Q("5 ý kiến", 5, "ý kiến"),
 Q("3 hội nghị đối thoại chuyên đề", 3, "hội nghị đối thoại chuyên đề")],
[D("Quyết định", "11", "2023/QĐ-UBND", None, "UBND thành phố Hải Phòng", "Quyết định số 11/2023/QĐ-UBND"),
 D("Kế hoạch", "57", "KH-UBND", "2023-07-03", "UBND phường", "Kế hoạch số 57/KH-UBND ngày 3/7/2023"),
 D("Quyết định", "3281", "QĐ-UBND", None, "UBND thành phố", "Quyết định 3281/QĐ-UBND"),
 D("Chỉ thị", "11", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 11, 12-CT/QU"),
 D("Chỉ thị", "12", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị số 11, 12-CT/QU")],
[prov("Hải Phòng"), com("Đằng Hải")],
["ĐẢNG BỘ PHƯỜNG ĐẰNG HẢI - QUẬN HẢI AN", "Trang chủ | Tin tức | Dân vận - Đối thoại",
 "Quang cảnh buổi đối thoại tại hội trường UBND phường. Ảnh: Mạnh Cường", "Luật Thực hiện dân chủ ở cơ sở",
 "Tổ dân phố tự quản về an ninh trật tự, vệ sinh môi trường", "Số lượt truy cập: 4.106"],
["Thứ Năm, 27/07/2023 - 15:10", "năm 2023", "Đằng Lâm 2", "Đằng Lâm 3", "tháng 8", "2 năm", "năm 2024", "Số lượt truy cập: 4.106"]))
