from lib import *
PAGES = []

PAGES.append(page("b1865-bacgiang-bdv-baocao-2021", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
You are here: Trang chủ > Tin tức > Dân vận chính quyền
Cập nhật: 14:10, 19/01/2021 (GMT+7)
Báo cáo kết quả tham gia giải quyết đơn thư năm 2020
Ngày 18/1/2021, Ban Dân vận Tỉnh ủy Bắc Giang báo cáo Đoàn công tác Ban Dân vận Trung ương về kết quả công tác dân vận tham gia giải quyết khiếu nại, tố cáo, tranh chấp đất đai năm 2020. Đồng chí Lê Thị Thu Hồng, Phó Bí thư Thường trực Tỉnh ủy và đồng chí Nguyễn Văn Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy tiếp và làm việc với đoàn.
Theo báo cáo, năm 2020, các cơ quan hành chính nhà nước của tỉnh đã tiếp 9.746 lượt công dân với 7.102 vụ việc; tiếp nhận 5.318 đơn, trong đó 412 đơn khiếu nại, 206 đơn tố cáo. Tỷ lệ giải quyết khiếu nại, tố cáo thuộc thẩm quyền đạt 96,4%; không có vụ việc khiếu kiện đông người kéo dài. Khối dân vận đã tham gia 318 cuộc đối thoại và hòa giải thành 1.685 vụ việc ở cơ sở.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 134-QĐ/TU ngày 25/3/2019 về trách nhiệm người đứng đầu cấp ủy các cấp trong tiếp dân, đối thoại trực tiếp với dân, cụ thể hóa Quy định số 11-QĐi/TW của Bộ Chính trị. Thực hiện Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy, Bí thư cấp ủy các cấp đã tiếp dân 2.104 buổi. Việc phân loại, xử lý đơn được thực hiện theo Thông tư số 07/2014/TT-TTCP của Thanh tra Chính phủ.
Tại buổi làm việc, bà Hoàng Thị Hải, Trưởng Ban Dân vận Huyện ủy Lục Ngạn, báo cáo mô hình "Bí thư chi bộ gặp dân mỗi tháng" ở 186 thôn; ông Thân Văn Hùng, Chủ tịch UBND xã Quang Châu, huyện Việt Yên, cho biết xã đã vận động 1.126 hộ bàn giao 95 ha đất cho khu công nghiệp, không có đơn thư vượt cấp.
Đồng chí Trần Văn Dũng, Vụ trưởng Vụ Dân vận cơ quan nhà nước Ban Dân vận Trung ương, trưởng đoàn công tác, ghi nhận cách làm của tỉnh, đề nghị tỉnh tổng kết mô hình đối thoại định kỳ để nhân rộng; lưu ý vấn đề bồi thường ở các khu công nghiệp mới với khoảng 3.000 hộ bị ảnh hưởng.
Phát biểu tại buổi làm việc, đồng chí Lê Thị Thu Hồng khẳng định, năm 2021 tỉnh tiếp tục coi tiếp dân, đối thoại là nhiệm vụ trọng tâm của công tác dân vận chính quyền; kiến nghị Trung ương sớm sửa đổi Luật Đất đai để tháo gỡ vướng mắc trong bồi thường, giải phóng mặt bằng.
Kết thúc buổi làm việc, đoàn công tác đã đi thăm mô hình tổ hòa giải ở cơ sở và trao đổi với cán bộ thôn về cách nắm bắt, giải quyết kiến nghị của người dân ngay từ khi mới phát sinh.
Thu Phương
Lượt xem: 1.563
Bài viết liên quan
- Lạng Giang: đối thoại với 85 hộ dân dự án khu đô thị (08/01/2021)
- Hội nghị tổng kết công tác dân vận năm 2020 (29/12/2020)
""", "2021-01-19", "Báo cáo kết quả tham gia giải quyết đơn thư năm 2020",
E("bao_cao", "2020", "2021-01-18"),
[P("Lê Thị Thu Hồng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Văn Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Hải", "Trưởng Ban Dân vận Huyện ủy Lục Ngạn"),
 P("Thân Văn Hùng", "Chủ tịch UBND xã Quang Châu"),
 P("Trần Văn Dũng", "Vụ trưởng Vụ Dân vận cơ quan nhà nước Ban Dân vận Trung ương", "trưởng đoàn công tác")],
[Q("9.746 lượt công dân", 9746, "lượt công dân"), Q("7.102 vụ việc", 7102, "vụ việc"), Q("5.318 đơn", 5318, "đơn"),
 Q("412 đơn khiếu nại", 412, "đơn khiếu nại"), Q("206 đơn tố cáo", 206, "đơn tố cáo"), Q("96,4%", 96.4, "%"),
 Q("318 cuộc đối thoại", 318, "cuộc đối thoại"), Q("1.685 vụ việc", 1685, "vụ việc"), Q("2.104 buổi", 2104, "buổi"),
 Q("186 thôn", 186, "thôn"), Q("1.126 hộ", 1126, "hộ"), Q("95 ha", 95, "ha"), Q("khoảng 3.000 hộ", 3000, "hộ", "approx")],
[D("Quy định", "134", "QĐ/TU", "2019-03-25", "Ban Thường vụ Tỉnh ủy", "Quy định số 134-QĐ/TU ngày 25/3/2019"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Thông tư", "07", "2014/TT-TTCP", None, "Thanh tra Chính phủ", "Thông tư số 07/2014/TT-TTCP")],
[prov("Bắc Giang"), com("Quang Châu")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "You are here: Trang chủ > Tin tức > Dân vận chính quyền", "Bí thư chi bộ gặp dân mỗi tháng",
 "Luật Đất đai", "Lượt xem: 1.563"],
["Cập nhật: 14:10, 19/01/2021 (GMT+7)", "năm 2020", "năm 2021", "Lượt xem: 1.563"]))

PAGES.append(page("b1866-hanoi-quan-doithoai-2021", """
CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀNG MAI - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Tin hoạt động
Thứ Hai, 15/11/2021 - 10:20
Bí thư Quận ủy đối thoại trực tuyến với nhân dân 3 phường
Sáng 12/11/2021, Ban Thường vụ Quận ủy Hoàng Mai tổ chức hội nghị đối thoại trực tuyến năm 2021 giữa Bí thư Quận ủy với nhân dân các phường Lĩnh Nam, Trần Phú, Yên Sở tại 4 điểm cầu. Đồng chí Nguyễn Quang Hiếu, Ủy viên Ban Chấp hành Đảng bộ thành phố, Bí thư Quận ủy chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND quận: Lê Trung Kiên, Phạm Thị Hồng Nhung.
Toàn cảnh điểm cầu chính tại Quận ủy Hoàng Mai.
Do diễn biến dịch Covid-19, hội nghị được tổ chức kết hợp trực tiếp và trực tuyến, mỗi điểm cầu khoảng 30 người. Trước hội nghị, Ủy ban MTTQ quận đã tổng hợp 58 ý kiến, kiến nghị của cử tri, tập trung vào tiến độ giải phóng mặt bằng dự án cải tạo sông Tô Lịch, đường vành đai 2,5 và cấp giấy chứng nhận cho 276 hộ dân tại khu tái định cư Yên Sở.
Tại hội nghị, 14 lượt người dân phát biểu. Ông Đỗ Văn Thành, tổ dân phố số 9, phường Lĩnh Nam, phản ánh 43 hộ trong tổ đã bàn giao mặt bằng từ năm 2018 nhưng chưa được bố trí tái định cư. Bà Nguyễn Thị Vân, phường Trần Phú, đề nghị xử lý dứt điểm tình trạng xây dựng trái phép trên đất nông nghiệp.
Trả lời, đồng chí Nguyễn Quang Hiếu cho biết năm 2021 quận đã tiếp nhận 1.937 đơn thư, giải quyết 1.802 đơn, đạt 93%; quận chỉ đạo thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị, Chỉ thị 11, 12-CT/TU của Thành ủy Hà Nội và Kế hoạch số 97-KH/QU về tiếp dân, đối thoại. Về 43 hộ tái định cư, quận giao Ban quản lý dự án đầu tư xây dựng quận hoàn thành phương án bố trí trong quý I/2022. Đối với các công trình vi phạm, UBND phường Trần Phú phải xử lý xong trong 30 ngày, báo cáo Thường trực Quận ủy.
Đồng chí Phạm Thị Hồng Nhung thông tin thêm: quận đang chi trả 128,6 tỷ đồng tiền bồi thường cho các hộ dân dự án vành đai 2,5; đến nay đã đạt 78% khối lượng.
Kết luận hội nghị, Bí thư Quận ủy đề nghị các phường công khai kết quả giải quyết kiến nghị trên cổng thông tin và tại tổ dân phố, để người dân giám sát; những việc thuộc thẩm quyền thành phố, quận sẽ tổng hợp báo cáo UBND thành phố Hà Nội.
Nhiều người dân cho biết hình thức đối thoại trực tuyến giúp họ không phải đến trụ sở quận trong thời điểm dịch bệnh, vẫn được nghe lãnh đạo quận trả lời trực tiếp; đề nghị quận duy trì cách làm này cả khi dịch đã được kiểm soát, nhất là với người cao tuổi và người đi làm xa.
Ban Tuyên giáo Quận ủy
Các tin khác
- Quận Hoàng Mai tiếp công dân định kỳ tháng 10 (20/10/2021)
- Phường Định Công ra mắt tổ Covid cộng đồng (12/09/2021)
""", "2021-11-15", "Bí thư Quận ủy đối thoại trực tuyến với nhân dân 3 phường",
E("doi_thoai", "2021", "2021-11-12"),
[P("Nguyễn Quang Hiếu", "Ủy viên Ban Chấp hành Đảng bộ thành phố", "Bí thư Quận ủy"),
 P("Lê Trung Kiên", "Phó Chủ tịch UBND quận"),
 P("Phạm Thị Hồng Nhung", "Phó Chủ tịch UBND quận"),
 P("Đỗ Văn Thành"), P("Nguyễn Thị Vân")],
[Q("3 phường", 3, "phường"), Q("4 điểm cầu", 4, "điểm cầu"), Q("khoảng 30 người", 30, "người", "approx"),
 Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"), Q("276 hộ dân", 276, "hộ dân"), Q("14 lượt người dân", 14, "lượt người dân"),
 Q("43 hộ", 43, "hộ"), Q("1.937 đơn thư", 1937, "đơn thư"), Q("1.802 đơn", 1802, "đơn"), Q("93%", 93, "%"),
 Q("128,6 tỷ đồng", 128600000000, "đồng"), Q("78%", 78, "%")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Chỉ thị", "11", "CT/TU", None, "Thành ủy Hà Nội", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Thành ủy Hà Nội", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "97", "KH/QU", None, None, "Kế hoạch số 97-KH/QU")],
[prov("Hà Nội"), com("Lĩnh Nam"), com("Trần Phú"), com("Yên Sở")],
["CỔNG GIAO TIẾP ĐIỆN TỬ QUẬN HOÀNG MAI - THÀNH PHỐ HÀ NỘI", "Trang chủ / Tin tức / Tin hoạt động",
 "Toàn cảnh điểm cầu chính tại Quận ủy Hoàng Mai.", "Ban Tuyên giáo Quận ủy", "sông Tô Lịch"],
["Thứ Hai, 15/11/2021 - 10:20", "năm 2021", "Covid-19", "vành đai 2,5", "tổ dân phố số 9", "từ năm 2018", "quý I/2022", "30 ngày"]))

PAGES.append(page("b1867-angiang-bdv-giaoban-2022", """
Ban Dân vận Tỉnh ủy An Giang
Trang chủ | Hoạt động | Giao ban
Ngày 06/09/2022 | 15:30
Ảnh: Đồng chí Nguyễn Thị Minh Thúy chủ trì giao ban.
Giao ban khối dân vận tháng 8: tập trung vận động giải phóng mặt bằng cao tốc
Ngày 5/9/2022, Ban Dân vận Tỉnh ủy An Giang tổ chức giao ban khối dân vận tỉnh định kỳ tháng 8/2022. Đồng chí Nguyễn Thị Minh Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong tháng, khối dân vận đã tập trung vận động 1.418 hộ dân có đất bị thu hồi phục vụ dự án đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng đoạn qua tỉnh; đến nay đã có 1.236 hộ nhận tiền bồi thường, bàn giao mặt bằng, đạt 87,2%. Còn 182 hộ chưa đồng thuận, trong đó 64 hộ có đơn khiếu nại về giá đất và diện tích kiểm đếm.
Theo đồng chí Chau Sóc Khanh, Phó Trưởng Ban Dân vận Tỉnh ủy, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Công văn số 1205-CV/TU về tăng cường công tác dân vận trong giải phóng mặt bằng dự án cao tốc; phối hợp Ủy ban MTTQ tỉnh tổ chức 12 buổi đối thoại tại các xã có tuyến đi qua. Các đơn khiếu nại được giải quyết theo Luật Khiếu nại số 02/2011/QH13 và Nghị định số 124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ, thời hạn giải quyết lần đầu không quá 30 ngày.
Bà Néang Sa Rươne, Trưởng Ban Dân vận Huyện ủy Tịnh Biên, cho biết huyện có 27 hộ đồng bào Khmer ở xã Văn Giáo bị ảnh hưởng; Ban đã cùng người có uy tín và sư sãi chùa Svay Ton vận động, 19 hộ đã bàn giao mặt bằng. Ông Lê Hoàng Nam, Phó Bí thư Thường trực Đảng ủy xã Vĩnh Trung, đề nghị sớm hoàn thành khu tái định cư 4,7 ha để người dân yên tâm di dời.
Ngoài ra, trong tháng 8, các cơ quan dân vận tiếp 83 lượt công dân, tiếp nhận 41 đơn thư; tham gia hòa giải 25 vụ tranh chấp đất đai giữa các hộ gia đình.
Kết luận giao ban, đồng chí Nguyễn Thị Minh Thúy yêu cầu trong tháng 9 phấn đấu bàn giao 100% mặt bằng trước ngày 30/9/2022 theo tiến độ UBND tỉnh giao; không cưỡng chế khi chưa vận động, đối thoại đủ; phát huy mô hình "Dân vận khéo" trong giải phóng mặt bằng.
Nhiều ý kiến tại giao ban cũng đề nghị các ngành chức năng sớm công bố giá đất cụ thể ở những đoạn tuyến còn vướng, vì đây là nguyên nhân chính khiến một số hộ dân chưa đồng thuận.
Theo Ban Dân vận Tỉnh ủy, cách làm "đi từng ngõ, gõ từng nhà" của cán bộ các xã có tuyến cao tốc đi qua đã giúp người dân hiểu rõ chính sách, nhiều hộ tự nguyện tháo dỡ công trình, bàn giao đất sớm hơn kế hoạch mà không cần chờ đến khi nhận đủ tiền.
Minh Tâm
Lượt xem: 672
Tin liên quan
- Châu Phú: đối thoại với 230 hộ dân dự án cao tốc (25/08/2022)
- Giao ban khối dân vận tháng 7/2022 (05/08/2022)
- Hội nghị người có uy tín đồng bào Khmer năm 2022 (20/07/2022)
""", "2022-09-06", "Giao ban khối dân vận tháng 8: tập trung vận động giải phóng mặt bằng cao tốc",
E("giao_ban", "2022-08", "2022-09-05"),
[P("Nguyễn Thị Minh Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Khanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Rươne", "Trưởng Ban Dân vận Huyện ủy Tịnh Biên"),
 P("Lê Hoàng Nam", "Phó Bí thư Thường trực Đảng ủy xã Vĩnh Trung")],
[Q("1.418 hộ dân", 1418, "hộ dân"), Q("1.236 hộ", 1236, "hộ"), Q("87,2%", 87.2, "%"), Q("182 hộ", 182, "hộ"),
 Q("64 hộ", 64, "hộ"), Q("12 buổi đối thoại", 12, "buổi đối thoại"), Q("27 hộ đồng bào Khmer", 27, "hộ đồng bào Khmer"),
 Q("19 hộ", 19, "hộ"), Q("4,7 ha", 4.7, "ha"), Q("83 lượt công dân", 83, "lượt công dân"), Q("41 đơn thư", 41, "đơn thư"),
 Q("25 vụ tranh chấp đất đai", 25, "vụ tranh chấp đất đai"), Q("100%", 100, "%")],
[D("Công văn", "1205", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 1205-CV/TU"),
 D("Luật", "02", "2011/QH13", None, None, "Luật Khiếu nại số 02/2011/QH13"),
 D("Nghị định", "124", "2020/NĐ-CP", "2020-10-19", "Chính phủ", "Nghị định số 124/2020/NĐ-CP ngày 19/10/2020")],
[prov("An Giang"), com("Văn Giáo"), com("Vĩnh Trung")],
["Ban Dân vận Tỉnh ủy An Giang", "Trang chủ | Hoạt động | Giao ban", "đi từng ngõ, gõ từng nhà", "Ảnh: Đồng chí Nguyễn Thị Minh Thúy chủ trì giao ban.",
 "Dân vận khéo", "chùa Svay Ton", "Lượt xem: 672"],
["Ngày 06/09/2022 | 15:30", "tháng 8/2022", "tháng 8", "tháng 9", "30 ngày", "lần đầu", "30/9/2022", "Lượt xem: 672"]))

PAGES.append(page("b1868-thainguyen-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ » Tin tức » Hoạt động của Ban
30 tháng 12, 2022 | 17:45
Hội nghị tổng kết công tác dân vận năm 2022
Chiều 28/12, Ban Dân vận Tỉnh ủy Thái Nguyên tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Phạm Hoàng Sơn, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị; đồng chí Hà Thị Bích Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Các đại biểu dự hội nghị.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 25-CT/TU ngày 14/4/2022 về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân, giải quyết khiếu nại, tố cáo và Kế hoạch 115, 116-KH/TU thực hiện Kết luận số 43-KL/TW của Ban Bí thư về tiếp tục thực hiện Nghị quyết 25-NQ/TW khóa XI. Ban phối hợp tổ chức 2 hội nghị triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 cho hơn 700 cán bộ chủ chốt.
Công tác tiếp dân, đối thoại có nhiều chuyển biến: người đứng đầu cấp ủy các cấp đã tiếp 3.284 lượt công dân, tổ chức 412 cuộc đối thoại; 98,2% kiến nghị sau đối thoại được trả lời. Các cơ quan đã giải quyết 1.907/1.983 đơn thuộc thẩm quyền. Khối dân vận tham gia vận động 4.560 hộ bàn giao hơn 380 ha đất cho các dự án khu công nghiệp Yên Bình, Điềm Thụy và đường vành đai V.
Tại hội nghị, bà Ma Thị Thu, HUV, Trưởng Ban Dân vận Huyện ủy Định Hóa, báo cáo mô hình "Tổ hòa giải 3 đủ" giúp giảm 40% số đơn vượt cấp; ông Nông Văn Hùng, Chủ tịch UBND xã Phúc Xuân, chia sẻ việc đối thoại tại nhà văn hóa xóm mỗi quý một lần. Ông Dương Đình Tuấn, Chánh Thanh tra tỉnh, đề nghị các cấp chú trọng xác minh, trả lời đúng thời hạn, tránh để công dân khiếu nại lần hai.
Phát biểu chỉ đạo, đồng chí Phạm Hoàng Sơn đề nghị năm 2023 khối dân vận tập trung giám sát thực hiện Luật Thực hiện dân chủ ở cơ sở, có hiệu lực từ ngày 01/7/2023; tham gia tích cực vào giải phóng mặt bằng các dự án trọng điểm.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 34 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2022; trao 8 giải thưởng cho các mô hình tiêu biểu với tổng trị giá 40 triệu đồng.
Hội nghị đã thống nhất 5 nhóm nhiệm vụ trọng tâm năm 2023, trong đó ưu tiên hàng đầu là nâng cao chất lượng tiếp dân, đối thoại và giải quyết dứt điểm các vụ việc tồn đọng.
Theo đánh giá của Ban Dân vận Tỉnh ủy, điểm mới nổi bật trong năm là việc đưa kết quả tiếp dân, đối thoại của người đứng đầu vào tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm, tạo chuyển biến rõ về trách nhiệm ở cơ sở.
Hồng Nhung
Xem thêm
- Đại Từ tổng kết 10 năm Chỉ thị 49-CT/TU (26/12/2022)
- Hội nghị đối thoại với nông dân năm 2022 (15/12/2022)
""", "2022-12-30", "Hội nghị tổng kết công tác dân vận năm 2022",
E("tong_ket", "2022", "2022-12-28"),
[P("Phạm Hoàng Sơn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hà Thị Bích Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Thu", "HUV", "Trưởng Ban Dân vận Huyện ủy Định Hóa"),
 P("Nông Văn Hùng", "Chủ tịch UBND xã Phúc Xuân"),
 P("Dương Đình Tuấn", "Chánh Thanh tra tỉnh")],
[Q("2 hội nghị", 2, "hội nghị"), Q("hơn 700 cán bộ chủ chốt", 700, "cán bộ chủ chốt", "over"),
 Q("3.284 lượt công dân", 3284, "lượt công dân"), Q("412 cuộc đối thoại", 412, "cuộc đối thoại"), Q("98,2%", 98.2, "%"),
 Q("1.907/1.983 đơn", 1907, "đơn"), Q("4.560 hộ", 4560, "hộ"), Q("hơn 380 ha", 380, "ha", "over"), Q("40%", 40, "%"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân"), Q("8 giải thưởng", 8, "giải thưởng"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("5 nhóm nhiệm vụ trọng tâm", 5, "nhóm nhiệm vụ trọng tâm")],
[D("Chỉ thị", "25", "CT/TU", "2022-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 14/4/2022"),
 D("Kế hoạch", "115", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 115, 116-KH/TU"),
 D("Kế hoạch", "116", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 115, 116-KH/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15")],
[prov("Thái Nguyên"), com("Phúc Xuân")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ » Tin tức » Hoạt động của Ban", "Các đại biểu dự hội nghị.",
 "Tổ hòa giải 3 đủ", "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở"],
["30 tháng 12, 2022 | 17:45", "năm 2022", "năm 2023", "khóa XI", "3 đủ", "mỗi quý một lần", "lần hai", "01/7/2023", "vành đai V"]))

PAGES.append(page("b1869-ninhbinh-huyen-doithoai-2023", """
Cổng thông tin điện tử huyện Nho Quan - tỉnh Ninh Bình
Trang chủ > Tin tức - Sự kiện > Chính trị
Thứ Tư, 12/07/2023
Hôm nay: Thứ Năm, 13/07/2023
Toàn cảnh hội nghị đối thoại.
Người đứng đầu cấp ủy, chính quyền huyện Nho Quan đối thoại với nhân dân
Sáng 11/7/2023, Huyện ủy - UBND huyện Nho Quan tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023 về công tác bồi thường, giải phóng mặt bằng dự án đường cao tốc Bắc - Nam phía Đông đoạn qua huyện. Đồng chí Đinh Văn Điệp, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Bùi Văn Mạnh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì. Dự hội nghị có 180 đại biểu là người dân của 5 xã có dự án đi qua.
Dự án đi qua huyện dài khoảng 14,2 km, thu hồi 96,8 ha đất của 1.042 hộ gia đình, cá nhân. Đến nay huyện đã chi trả 312,5 tỷ đồng, đạt 91%; còn 57 hộ chưa nhận tiền, chủ yếu do tranh chấp thừa kế, ranh giới giữa các hộ liền kề. Từ đầu năm đến nay, huyện đã tiếp nhận 76 đơn liên quan đến dự án, giải quyết 68 đơn, 8 đơn đang trong thời hạn giải quyết.
Tại hội nghị có 21 ý kiến phát biểu. Ông Quách Văn Tuấn, xóm Đồng Chưa, xã Gia Lâm, đề nghị xem xét lại hệ số điều chỉnh giá đất vì mức 1,3 thấp hơn huyện bên cạnh. Bà Đinh Thị Mến, người dân tộc Mường ở xã Thạch Bình, phản ánh phần đất còn lại của gia đình sau thu hồi chỉ khoảng 40 m2, không đủ điều kiện xây nhà. Ông Phạm Văn Hòa, Trưởng xóm Tân Thành, xã Phú Long, kiến nghị sớm hoàn thiện đường gom dân sinh.
Trả lời, đồng chí Bùi Văn Mạnh cho biết giá đất áp dụng theo Quyết định số 22/2023/QĐ-UBND của UBND tỉnh Ninh Bình; các trường hợp đất còn lại dưới diện tích tối thiểu sẽ được thu hồi hết và bồi thường theo Nghị định số 47/2014/NĐ-CP của Chính phủ. Huyện giao UBND xã Gia Lâm, Phú Long hòa giải các tranh chấp ranh giới trong 15 ngày; trường hợp không thành sẽ hướng dẫn người dân khởi kiện theo quy định.
Kết luận hội nghị, đồng chí Đinh Văn Điệp yêu cầu các cơ quan thực hiện đúng Kế hoạch số 126-KH/HU và Kế hoạch số 35-KH/UBND của UBND huyện về giải phóng mặt bằng, bàn giao toàn bộ mặt bằng trước ngày 30/8/2023; mọi kiến nghị của dân tại hội nghị phải có văn bản trả lời trong 30 ngày. Đồng chí nhấn mạnh phương châm "lợi ích của Nhà nước, nhà đầu tư và người dân được hài hòa".
Theo Ban Dân vận Huyện ủy, đây là hội nghị đối thoại thứ hai trong năm; hội nghị thứ nhất vào tháng 3 đã giúp giải quyết dứt điểm 26 vụ việc. Sau hội nghị, nhiều hộ dân bày tỏ sự đồng thuận, cam kết bàn giao mặt bằng đúng tiến độ.
Cùng với đối thoại, huyện đã thành lập các tổ công tác do lãnh đạo huyện làm tổ trưởng, trực tiếp xuống từng xóm gặp gỡ các hộ còn vướng mắc, giải thích cụ thể cách tính giá và hỗ trợ, đồng thời tiếp nhận ý kiến để báo cáo tỉnh xem xét.
Trung tâm Văn hóa - Thể thao và Truyền thông huyện
Tin khác
- Nho Quan tiếp công dân định kỳ tháng 6 (15/06/2023)
- Hội nghị tập huấn Luật Thực hiện dân chủ ở cơ sở (28/05/2023)
""", "2023-07-12", "Người đứng đầu cấp ủy, chính quyền huyện Nho Quan đối thoại với nhân dân",
E("doi_thoai", "2023", "2023-07-11"),
[P("Đinh Văn Điệp", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Bùi Văn Mạnh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Quách Văn Tuấn"), P("Đinh Thị Mến"),
 P("Phạm Văn Hòa", "Trưởng xóm Tân Thành")],
[Q("180 đại biểu", 180, "đại biểu"), Q("5 xã", 5, "xã"), Q("khoảng 14,2 km", 14.2, "km", "approx"), Q("96,8 ha", 96.8, "ha"),
 Q("1.042 hộ gia đình, cá nhân", 1042, "hộ gia đình, cá nhân"), Q("312,5 tỷ đồng", 312500000000, "đồng"), Q("91%", 91, "%"),
 Q("57 hộ", 57, "hộ"), Q("76 đơn", 76, "đơn"), Q("68 đơn", 68, "đơn"), Q("8 đơn", 8, "đơn"), Q("21 ý kiến", 21, "ý kiến"),
 Q("khoảng 40 m2", 40, "m2", "approx"), Q("26 vụ việc", 26, "vụ việc")],
[D("Quyết định", "22", "2023/QĐ-UBND", None, "UBND tỉnh Ninh Bình", "Quyết định số 22/2023/QĐ-UBND"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Kế hoạch", "126", "KH/HU", None, None, "Kế hoạch số 126-KH/HU"),
 D("Kế hoạch", "35", "KH/UBND", None, "UBND huyện", "Kế hoạch số 35-KH/UBND")],
[prov("Ninh Bình"), com("Gia Lâm"), com("Thạch Bình"), com("Phú Long")],
["Cổng thông tin điện tử huyện Nho Quan - tỉnh Ninh Bình", "Trang chủ > Tin tức - Sự kiện > Chính trị", "Toàn cảnh hội nghị đối thoại.",
 "lợi ích của Nhà nước, nhà đầu tư và người dân được hài hòa", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"],
["Hôm nay: Thứ Năm, 13/07/2023", "năm 2023", "1,3", "15 ngày", "30/8/2023", "30 ngày", "thứ hai", "thứ nhất", "tháng 3"]))

PAGES.append(page("b1870-sonla-bdv-taphuan-2023", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ » Tin tức » Bồi dưỡng nghiệp vụ
Ngày đăng 22/09/2023 | 10:45
Ảnh: Quang cảnh lớp tập huấn.
Bồi dưỡng kỹ năng tiếp dân, hòa giải cho cán bộ cơ sở vùng cao
Trong 2 ngày 20 - 21/9/2023, Ban Dân vận Tỉnh ủy Sơn La phối hợp với Thanh tra tỉnh, Sở Tư pháp mở lớp tập huấn kỹ năng tiếp công dân, hòa giải ở cơ sở năm 2023 cho 210 học viên là trưởng khối dân vận, chủ tịch Ủy ban MTTQ, công chức tư pháp - hộ tịch các xã thuộc các huyện Mường La, Thuận Châu, Sốp Cộp, Bắc Yên.
Dự khai mạc có đồng chí Lò Thị Luyến, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Cầm Ngọc Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Theo Ban tổ chức, 8 tháng năm 2023, toàn tỉnh tiếp nhận 1.346 đơn thư, trong đó 62% liên quan đất đai; các tổ hòa giải ở 2.312 bản, tiểu khu đã hòa giải thành 1.108/1.276 vụ việc. Nhiều vụ tranh chấp đất nương giữa các bản người Mông, người Thái kéo dài do không có bản đồ địa chính.
Học viên được nghe ông Quàng Văn Hạnh, Phó Chánh Thanh tra tỉnh, giới thiệu Luật Tiếp công dân, Thông tư số 04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình tiếp công dân và Thông tư số 05/2021/TT-TTCP quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh; bà Hà Thị Hương, Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp, hướng dẫn Luật Hòa giải ở cơ sở số 35/2013/QH13 và Nghị định số 15/2014/NĐ-CP của Chính phủ.
Các học viên thực hành xử lý tình huống: một hộ người Mông ở bản Huổi Một, xã Nậm Lạnh khiếu nại việc làm đường lấn vào 300 m2 đất nương. Ông Sồng A Dơ, Bí thư Đảng ủy xã Nậm Lạnh, chia sẻ: xã mời người có uy tín, trưởng dòng họ cùng ngồi hòa giải, chỉ sau 2 buổi, vụ việc đã được giải quyết. Bà Lường Thị Pọm, Chủ tịch Ủy ban MTTQ xã Chiềng Ngàm, đề nghị cấp kinh phí cho tổ hòa giải 200.000 đồng/vụ việc.
Phát biểu bế mạc, đồng chí Lò Thị Luyến đề nghị học viên vận dụng kỹ năng vào thực tiễn, thực hiện đúng Kế hoạch số 188-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Luật Thực hiện dân chủ ở cơ sở; bảo đảm trả lời đơn trong thời hạn 10 ngày kể từ ngày nhận đơn. Lớp tập huấn được tổ chức theo Chương trình "Dân vận khéo vùng đồng bào dân tộc thiểu số" năm 2023.
Kết thúc lớp, 100% học viên được cấp giấy chứng nhận; Ban tổ chức tặng mỗi xã 1 bộ tài liệu hỏi - đáp pháp luật song ngữ Việt - Mông, Việt - Thái.
Nhiều học viên đề nghị mở thêm các lớp tập huấn tại chỗ ở cụm xã để cán bộ bản, tiểu khu cũng được tham gia, vì đây là những người trực tiếp nắm bắt và hòa giải mâu thuẫn ngay từ khi mới phát sinh.
Lò Thủy
Lượt truy cập: 872.014
Tin cùng chuyên mục
- Sốp Cộp: đối thoại với 36 hộ dân về đất rừng (12/09/2023)
- Giao ban khối dân vận tháng 8/2023 (05/09/2023)
""", "2023-09-22", "Bồi dưỡng kỹ năng tiếp dân, hòa giải cho cán bộ cơ sở vùng cao",
E("tap_huan", "2023", "2023-09-20"),
[P("Lò Thị Luyến", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Ngọc Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hạnh", "Phó Chánh Thanh tra tỉnh"),
 P("Hà Thị Hương", "Trưởng phòng Phổ biến, giáo dục pháp luật Sở Tư pháp"),
 P("Sồng A Dơ", "Bí thư Đảng ủy xã Nậm Lạnh"),
 P("Lường Thị Pọm", "Chủ tịch Ủy ban MTTQ xã Chiềng Ngàm")],
[Q("210 học viên", 210, "học viên"), Q("1.346 đơn thư", 1346, "đơn thư"), Q("62%", 62, "%"), Q("2.312 bản, tiểu khu", 2312, "bản, tiểu khu"),
 Q("1.108/1.276 vụ việc", 1108, "vụ việc"), Q("300 m2", 300, "m2"), Q("2 buổi", 2, "buổi"), Q("200.000 đồng", 200000, "đồng"),
 Q("100%", 100, "%")],
[D("Thông tư", "04", "2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", "Thông tư số 04/2021/TT-TTCP ngày 01/10/2021"),
 D("Thông tư", "05", "2021/TT-TTCP", None, None, "Thông tư số 05/2021/TT-TTCP"),
 D("Luật", "35", "2013/QH13", None, None, "Luật Hòa giải ở cơ sở số 35/2013/QH13"),
 D("Nghị định", "15", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 15/2014/NĐ-CP"),
 D("Kế hoạch", "188", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 188-KH/TU")],
[prov("Sơn La"), com("Nậm Lạnh"), com("Chiềng Ngàm")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ » Tin tức » Bồi dưỡng nghiệp vụ", "Ảnh: Quang cảnh lớp tập huấn.", "Luật Tiếp công dân",
 "Luật Thực hiện dân chủ ở cơ sở", "Dân vận khéo vùng đồng bào dân tộc thiểu số", "Lượt truy cập: 872.014"],
["Ngày đăng 22/09/2023 | 10:45", "2 ngày", "năm 2023", "8 tháng năm 2023", "10 ngày", "1 bộ tài liệu", "Lượt truy cập: 872.014"]))
