from lib import *
PAGES = []

PAGES.append(page("b5777-hanoi-hadong-bdv-tongket-2021", """
Hôm nay: Thứ Năm, 23/12/2021
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HÀ ĐÔNG
Trang chủ » Tin tức » Xây dựng Đảng
Thứ Tư, 22/12/2021 - 15:30
Toàn cảnh hội nghị.
Hà Đông: 17 phường ra mắt 61 mô hình "Dân vận khéo" trong năm 2021
Chiều 21/12/2021, Ban Dân vận Quận ủy Hà Đông tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đồng chí Khúc Thị Thanh Tâm, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì hội nghị; dự có đồng chí Vi Văn Quang, Phó Trưởng Ban Dân vận Thành ủy Hà Nội.
Báo cáo do đồng chí Hà Thị Thu Hường, Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy trình bày cho biết, năm 2021, Ban đã tham mưu Ban Thường vụ Quận ủy ban hành Chương trình hành động số 08-CTr/QU ngày 15/3/2021 thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận và Kế hoạch 112, 113-KH/QU về thực hiện Quy chế dân chủ ở cơ sở và vận động nhân dân phòng, chống dịch Covid-19. Quận cũng triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị.
Trong năm, 17 phường đã xây dựng, ra mắt 61 mô hình "Dân vận khéo", nâng tổng số mô hình lên 428; 41 mô hình cấp quận được biểu dương. Nhân dân hiến 1.540 m2 đất, đóng góp trên 8,7 tỷ đồng chỉnh trang 36 tuyến ngõ; 2.815 tổ Covid cộng đồng với gần 14.000 thành viên hoạt động hiệu quả. Khối dân vận tiếp nhận 214 đơn thư, phối hợp giải quyết 198 đơn, đạt 92,5%.
Tại hội nghị, đồng chí Lý Thị Hạnh, người dân tộc Nùng, Bí thư Đảng ủy phường Phú Lãm, chia sẻ kinh nghiệm vận động 186 hộ dân bàn giao mặt bằng dự án đường vành đai; đồng chí Tạ Quang Huy, Trưởng khối dân vận phường Kiến Hưng, cho biết phường đã đối thoại 4 lần với cư dân các khu đô thị.
Kết luận hội nghị, đồng chí Khúc Thị Thanh Tâm yêu cầu năm 2022 triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05; tổ chức 100% phường đối thoại với nhân dân ít nhất 1 lần; phấn đấu không dưới 95% đơn thư được giải quyết tại cơ sở.
Nhiều ý kiến tại hội nghị cũng chỉ ra hạn chế: việc nắm tình hình tư tưởng của cư dân ở các khu đô thị mới còn chậm; một số chi bộ chưa chú trọng nội dung dân vận trong sinh hoạt; việc giải quyết kiến nghị liên quan dự án chậm tiến độ còn kéo dài, có vụ việc phát sinh khiếu nại đông người. Công tác phối hợp giữa chính quyền với Mặt trận trong tiếp dân ở một số phường còn hình thức.
Dịp này, Ban Thường vụ Quận ủy tặng giấy khen cho 15 tập thể, 32 cá nhân xuất sắc.
Thu Trang
Lượt xem: 1.207
Tin liên quan
- Hà Đông: giao ban khối dân vận quý III/2021 (08/10/2021)
- 500 suất quà cho người dân khó khăn do dịch (15/09/2021)
- Phường Dương Nội đối thoại với cư dân khu đô thị (20/08/2021)
""", "2021-12-22", 'Hà Đông: 17 phường ra mắt 61 mô hình "Dân vận khéo" trong năm 2021',
E("tong_ket", "2021", "2021-12-21"),
[P("Khúc Thị Thanh Tâm", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Vi Văn Quang", "Phó Trưởng Ban Dân vận Thành ủy Hà Nội"),
 P("Hà Thị Thu Hường", "Phó Trưởng Ban Thường trực Ban Dân vận Quận ủy"),
 P("Lý Thị Hạnh", "Bí thư Đảng ủy phường Phú Lãm"),
 P("Tạ Quang Huy", "Trưởng khối dân vận phường Kiến Hưng")],
[Q("17 phường", 17, "phường"), Q("61 mô hình", 61, "mô hình"), Q("428", 428, "mô hình"),
 Q("41 mô hình cấp quận", 41, "mô hình cấp quận"), Q("1.540 m2", 1540, "m2"), Q("trên 8,7 tỷ đồng", 8700000000, "đồng", "over"),
 Q("36 tuyến ngõ", 36, "tuyến ngõ"), Q("2.815 tổ Covid cộng đồng", 2815, "tổ Covid cộng đồng"),
 Q("gần 14.000 thành viên", 14000, "thành viên", "approx"), Q("214 đơn thư", 214, "đơn thư"), Q("198 đơn", 198, "đơn"),
 Q("92,5%", 92.5, "%"), Q("186 hộ dân", 186, "hộ dân"), Q("100% phường", 100, "%"),
 Q("không dưới 95%", 95, "%", "over"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân xuất sắc", 32, "cá nhân xuất sắc")],
[D("Chương trình hành động", "08", "CTr/QU", "2021-03-15", "Ban Thường vụ Quận ủy", "Chương trình hành động số 08-CTr/QU ngày 15/3/2021"),
 D("Kế hoạch", "112", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 112, 113-KH/QU"),
 D("Kế hoạch", "113", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 112, 113-KH/QU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị")],
[prov("Hà Nội"), com("Phú Lãm"), com("Kiến Hưng")],
["Hôm nay: Thứ Năm, 23/12/2021", "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HÀ ĐÔNG", "Trang chủ » Tin tức » Xây dựng Đảng", "Toàn cảnh hội nghị.",
 "Dân vận khéo", "Nghị quyết Đại hội XIII của Đảng", "Chỉ thị 05", "Lượt xem: 1.207"],
["Hôm nay: Thứ Năm, 23/12/2021", "Thứ Tư, 22/12/2021 - 15:30", "năm 2021", "năm 2022", "4 lần", "ít nhất 1 lần", "Đại hội XIII", "Lượt xem: 1.207"]))

PAGES.append(page("b5778-hcm-thuduc-doithoai-2021", """
BÁO SÀI GÒN GIẢI PHÓNG
Chính trị › Thành phố Thủ Đức
29 tháng 10, 2021 | 17:45
Bí thư Thành ủy Thủ Đức đối thoại trực tuyến với người dân 34 phường
(SGGP) - Chiều 28/10, Thành ủy TP Thủ Đức tổ chức hội nghị đối thoại trực tuyến giữa người đứng đầu cấp ủy với nhân dân năm 2021 tại 35 điểm cầu gồm điểm cầu chính và 34 phường, với gần 1.500 người dân, cán bộ tham dự. Chủ trì có đồng chí Phùng Quốc Khánh, Ủy viên Ban Thường vụ Thành ủy TP Hồ Chí Minh, Bí thư Thành ủy Thủ Đức; đồng chí Mẫn Thị Hồng Loan, Phó Bí thư Thành ủy, Chủ tịch UBND TP Thủ Đức.
Quang cảnh điểm cầu chính tại Thành ủy Thủ Đức. Ảnh: Việt Dũng
Đồng chí Ngụy Thanh Bình, Thành ủy viên, Trưởng Ban Dân vận Thành ủy Thủ Đức cho biết, trước hội nghị, Ủy ban MTTQ các phường đã tổng hợp 112 ý kiến, tập trung vào việc hỗ trợ người dân sau giãn cách theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, việc tái định cư cho hộ dân trong khu đô thị mới Thủ Thiêm và việc sử dụng thẻ xanh Covid.
Bà Trịnh Thị Dung, ngụ phường An Khánh, phản ánh 38 hộ ở khu phố 1 chưa nhận được gói hỗ trợ; ông Y Bhăm Niê, sinh viên người Êđê, đang ở ký túc xá Đại học Quốc gia tại phường Linh Trung, đề nghị hỗ trợ sinh viên không về quê được. Ông Mạch Quốc Thái, Tổ trưởng tổ dân phố 21, khu phố 6, phường Hiệp Bình Chánh, kiến nghị sớm sửa chữa 2 tuyến đường ngập nước.
Trả lời, các đồng chí Phó Chủ tịch UBND TP Thủ Đức: Lò Minh Triết, Âu Thị Thanh Nga cho biết Thành phố Thủ Đức đã chi trên 420 tỷ đồng hỗ trợ cho khoảng 310.000 người lao động khó khăn; đã giải quyết 84 ý kiến ngay tại hội nghị, 28 ý kiến còn lại sẽ trả lời bằng văn bản trong 10 ngày. Thành phố cũng thực hiện Kế hoạch số 2715/KH-UBND ngày 02/9/2021 của UBND TP Hồ Chí Minh về phục hồi kinh tế.
Kết luận, đồng chí Phùng Quốc Khánh yêu cầu thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; giao Ban Dân vận Thành ủy Thủ Đức theo dõi, đôn đốc; các phường tổ chức đối thoại định kỳ ít nhất 2 lần mỗi năm.
Nhiều người dân đánh giá cao hình thức đối thoại trực tuyến trong điều kiện dịch bệnh, giúp người dân không phải đi lại mà vẫn được lắng nghe. Một số ý kiến đề nghị sau dịch nên kết hợp cả trực tiếp và trực tuyến, công khai kết quả trả lời trên trang thông tin điện tử của các phường để người dân theo dõi, giám sát. Ban Dân vận Thành ủy Thủ Đức cho biết sẽ tổng hợp, báo cáo Thường trực Thành ủy kết quả thực hiện các ý kiến trả lời.
Hoàng Hùng
Tin cùng chuyên mục
- TP Thủ Đức trao 10.000 túi an sinh cho người dân (20/10/2021)
- Mặt trận phường Thảo Điền giám sát chi trả hỗ trợ (15/10/2021)
""", "2021-10-29", "Bí thư Thành ủy Thủ Đức đối thoại trực tuyến với người dân 34 phường",
E("doi_thoai", "2021", "2021-10-28"),
[P("Phùng Quốc Khánh", "Ủy viên Ban Thường vụ Thành ủy TP Hồ Chí Minh", "Bí thư Thành ủy Thủ Đức"),
 P("Mẫn Thị Hồng Loan", "Phó Bí thư Thành ủy", "Chủ tịch UBND TP Thủ Đức"),
 P("Ngụy Thanh Bình", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy Thủ Đức"),
 P("Trịnh Thị Dung"), P("Y Bhăm Niê"),
 P("Mạch Quốc Thái", "Tổ trưởng tổ dân phố 21"),
 P("Lò Minh Triết", "Phó Chủ tịch UBND TP Thủ Đức"),
 P("Âu Thị Thanh Nga", "Phó Chủ tịch UBND TP Thủ Đức")],
[Q("34 phường", 34, "phường"), Q("35 điểm cầu", 35, "điểm cầu"), Q("gần 1.500 người dân, cán bộ", 1500, "người dân, cán bộ", "approx"),
 Q("112 ý kiến", 112, "ý kiến"), Q("38 hộ", 38, "hộ"), Q("2 tuyến đường", 2, "tuyến đường"),
 Q("trên 420 tỷ đồng", 420000000000, "đồng", "over"), Q("khoảng 310.000 người lao động", 310000, "người lao động", "approx"),
 Q("84 ý kiến", 84, "ý kiến"), Q("28 ý kiến", 28, "ý kiến")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ"),
 D("Kế hoạch", "2715", "KH-UBND", "2021-09-02", "UBND TP Hồ Chí Minh", "Kế hoạch số 2715/KH-UBND ngày 02/9/2021 của UBND TP Hồ Chí Minh"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị")],
[prov("Hồ Chí Minh"), com("An Khánh"), com("Linh Trung"), com("Hiệp Bình Chánh")],
["BÁO SÀI GÒN GIẢI PHÓNG", "Chính trị › Thành phố Thủ Đức", "(SGGP)", "Quang cảnh điểm cầu chính tại Thành ủy Thủ Đức. Ảnh: Việt Dũng",
 "Thủ Thiêm", "Đại học Quốc gia"],
["29 tháng 10, 2021 | 17:45", "năm 2021", "10 ngày", "2 lần mỗi năm", "Covid"]))

PAGES.append(page("b5779-hanoi-myduc-giaoban-thang6-2022", """
BAN DÂN VẬN HUYỆN ỦY MỸ ĐỨC
Bạn đang xem: Trang chủ - Hoạt động - Giao ban
30/06/2022 06:00
Đồng chí Phó Trưởng Ban Dân vận Huyện ủy phát biểu tại giao ban.
Giao ban khối dân vận tháng 6: tập trung vận động giải phóng mặt bằng tuyến đường Hồ Chí Minh
Ngày 29/6, Ban Dân vận Huyện ủy Mỹ Đức tổ chức giao ban khối dân vận tháng 6/2022. Chủ trì giao ban có đồng chí Ngô Văn Toản, HUV, Trưởng Ban Dân vận Huyện ủy; các đồng chí Nguyễn Thị Hòa, Đinh Quang Lâm - Phó Trưởng Ban Dân vận Huyện ủy.
Báo cáo tháng 6 cho biết, khối dân vận đã phối hợp vận động 274 hộ dân ở các xã An Phú, Hợp Tiến, Hùng Tiến bàn giao 38,6 ha đất cho dự án; 19 hộ còn chưa đồng thuận về giá bồi thường. Các xã miền núi An Phú có 3 thôn đồng bào Mường với 412 hộ; đồng chí Bùi Văn Khoa, người dân tộc Mường, Bí thư Chi bộ kiêm Trưởng thôn Đồi Dùng, cho biết thôn đã hoàn thành giải phóng mặt bằng trước 15 ngày.
Ban Dân vận Huyện ủy đã hướng dẫn thực hiện Kế hoạch số 104-KH/HU ngày 12/5/2022 của Ban Thường vụ Huyện ủy về công tác dân vận năm 2022 và Công văn số 215-CV/BDVHU về chuẩn bị sơ kết 6 tháng. Trong tháng, các cơ quan dân vận tiếp nhận 9 đơn thư, giải quyết 7 đơn; Mặt trận các xã tổ chức 22 hội nghị tiếp xúc với người dân.
Đồng chí Đinh Quang Lâm thông tin về Lễ hội chùa Hương 2022 với hơn 250.000 lượt khách; khối dân vận xã Hương Sơn đã vận động 1.360 hộ kinh doanh ký cam kết không chèo kéo khách, 126 đò chở khách thực hiện đúng giá niêm yết.
Bà Trương Thị Liễu, Chủ tịch Ủy ban MTTQ xã Hùng Tiến, kiến nghị huyện sớm có phương án tái định cư cho 27 hộ mất trên 80% đất sản xuất.
Kết luận giao ban, đồng chí Ngô Văn Toản đề nghị tháng 7 tổ chức sơ kết 6 tháng đầu năm; tiếp tục thực hiện Chỉ thị số 08-CT/TU ngày 08/6/2021 của Ban Thường vụ Thành ủy Hà Nội về công tác dân vận ở cơ sở; phối hợp kiểm tra mô hình "Dân vận khéo" tại 5 xã; vận động 19 hộ còn lại bàn giao mặt bằng trước ngày 30/7.
Các ý kiến tại giao ban cũng phản ánh tình trạng một số hộ dân xây dựng công trình trái phép trên đất nông nghiệp để chờ đền bù; việc tuyên truyền chính sách bồi thường, hỗ trợ ở một số xã còn chậm, chưa đến được từng hộ. Ban Dân vận Huyện ủy đề nghị các xã phân công cán bộ, đảng viên phụ trách từng nhóm hộ, kiên trì đối thoại, giải thích rõ chính sách; kịp thời báo cáo những vụ việc phức tạp để huyện chỉ đạo giải quyết, không để phát sinh điểm nóng.
Đồng chí Nguyễn Thị Hòa cũng lưu ý chuẩn bị các điều kiện tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các thôn đồng bào Mường.
Minh Nguyệt
Tin khác
- Mỹ Đức: giao ban khối dân vận tháng 5/2022 (31/05/2022)
- 600 suất quà cho đồng bào Mường xã An Phú (20/01/2022)
""", "2022-06-30", "Giao ban khối dân vận tháng 6: tập trung vận động giải phóng mặt bằng tuyến đường Hồ Chí Minh",
E("giao_ban", "2022-06", "2022-06-29"),
[P("Ngô Văn Toản", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Hòa", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Quang Lâm", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Bùi Văn Khoa", "Bí thư Chi bộ kiêm Trưởng thôn Đồi Dùng"),
 P("Trương Thị Liễu", "Chủ tịch Ủy ban MTTQ xã Hùng Tiến")],
[Q("274 hộ dân", 274, "hộ dân"), Q("38,6 ha", 38.6, "ha"), Q("19 hộ", 19, "hộ"), Q("3 thôn đồng bào Mường", 3, "thôn đồng bào Mường"),
 Q("412 hộ", 412, "hộ"), Q("9 đơn thư", 9, "đơn thư"), Q("7 đơn", 7, "đơn"), Q("22 hội nghị", 22, "hội nghị"),
 Q("hơn 250.000 lượt khách", 250000, "lượt khách", "over"), Q("1.360 hộ kinh doanh", 1360, "hộ kinh doanh"),
 Q("126 đò chở khách", 126, "đò chở khách"), Q("27 hộ", 27, "hộ"), Q("trên 80%", 80, "%", "over"), Q("5 xã", 5, "xã")],
[D("Kế hoạch", "104", "KH/HU", "2022-05-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 104-KH/HU ngày 12/5/2022 của Ban Thường vụ Huyện ủy"),
 D("Công văn", "215", "CV/BDVHU", None, None, "Công văn số 215-CV/BDVHU"),
 D("Chỉ thị", "08", "CT/TU", "2021-06-08", "Ban Thường vụ Thành ủy Hà Nội", "Chỉ thị số 08-CT/TU ngày 08/6/2021 của Ban Thường vụ Thành ủy Hà Nội")],
[prov("Hà Nội"), com("An Phú"), com("Hợp Tiến"), com("Hùng Tiến"), com("Hương Sơn")],
["BAN DÂN VẬN HUYỆN ỦY MỸ ĐỨC", "Bạn đang xem: Trang chủ - Hoạt động - Giao ban",
 "Đồng chí Phó Trưởng Ban Dân vận Huyện ủy phát biểu tại giao ban.", "Dân vận khéo", "Lễ hội chùa Hương 2022", "đường Hồ Chí Minh"],
["30/06/2022 06:00", "tháng 6/2022", "tháng 6", "trước 15 ngày", "6 tháng đầu năm", "tháng 7", "năm 2022"]))

PAGES.append(page("b5780-hcm-binhthanh-chandung-2022", """
BÁO NGƯỜI LAO ĐỘNG ĐIỆN TỬ
Thời sự › Chuyện tử tế
Thứ Sáu, 02/09/2022 - 07:00
Người "giữ lửa" dân vận ở khu phố 2, phường 25
Ông Thân Văn Dũng bên tủ sách pháp luật của khu phố. Ảnh: Minh Quân
Hơn 20 năm làm Trưởng Ban điều hành khu phố 2, phường 25, quận Bình Thạnh, TP Hồ Chí Minh, ông Thân Văn Dũng (68 tuổi, cựu chiến binh) được người dân gọi thân mật là "ông trưởng khu phố của dân".
Khu phố 2 có 612 hộ với khoảng 2.400 nhân khẩu, trong đó hơn 300 sinh viên thuê trọ và 46 hộ người Chăm theo đạo Hồi. Ông Dũng kể, năm 2015, khi dự án cải tạo kênh rạch đi qua khu phố, có 73 hộ phải di dời. "Tôi đến từng nhà, nghe bà con nói hết cái khó rồi mới nói chính sách," ông nói. Sau 4 tháng, 100% hộ bàn giao mặt bằng, không có đơn thư vượt cấp.
Những năm gần đây, ông vận động người dân đóng góp gần 900 triệu đồng lắp 120 camera an ninh, làm sáng 7 con hẻm; lập quỹ khuyến học cấp 45 suất học bổng mỗi năm. Với đồng bào Chăm, ông phối hợp ông Haji Mohamad Ali, Phó Ban quản trị thánh đường Hồi giáo Jamiul Anwar, vận động bà con tham gia phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Theo bà Hoàng Thị Kim Xuyến, Chủ tịch Ủy ban MTTQ Việt Nam phường 25, khu phố 2 nhiều năm liền là khu phố văn hóa tiêu biểu; ông Dũng là 1 trong 12 gương điển hình "Dân vận khéo" của quận Bình Thạnh được biểu dương năm 2022 theo Kế hoạch số 89-KH/QU của Ban Thường vụ Quận ủy và Hướng dẫn số 31-HD/BDVTU ngày 10/3/2022 của Ban Dân vận Thành ủy TP Hồ Chí Minh.
Đồng chí Bế Thị Thu Hà, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Bình Thạnh, nhận xét: "Những người như ông Dũng chính là cánh tay nối dài của cấp ủy, chính quyền. Cái khéo của ông là biết lắng nghe." Ban Dân vận Quận ủy đang nhân rộng cách làm này ra 20 phường, với mục tiêu mỗi khu phố có ít nhất một tổ tư vấn cộng đồng.
Năm 2022, khu phố 2 được UBND Thành phố tặng bằng khen; ông Dũng được Thủ tướng Chính phủ tặng bằng khen theo Quyết định số 986/QĐ-TTg ngày 18/8/2022 vì thành tích trong phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2021.
Nói về bí quyết, ông Dũng chỉ cười: "Mình sống ở đây, bà con là hàng xóm. Việc gì cũng phải công khai, minh bạch; tiền đóng góp bao nhiêu, chi vào đâu đều dán ở bảng tin khu phố." Mỗi tháng, ông đều đặn dành một buổi tối ngồi ở nhà văn hóa khu phố để nghe người dân phản ánh, từ chuyện rác, chuyện nước ngập cho tới chuyện hàng xóm mâu thuẫn. Nhiều vụ việc nhỏ được hòa giải ngay tại chỗ, không phải đưa lên phường.
Người dân trong khu phố kể, có năm ông bị bệnh phải nằm viện, bà con thay nhau vào thăm, còn ông thì vẫn gọi điện nhắc tổ dân phố đi thu gom rác đúng giờ. Với ông, công việc ở khu phố không có ngày nghỉ.
Bài và ảnh: Minh Quân
Bình luận (3)
Tin liên quan
- Bình Thạnh: 500 phần quà cho người dân khó khăn (28/08/2022)
- Chị tổ trưởng tổ dân phố "ba không" ở phường 13 (15/08/2022)
""", "2022-09-02", 'Người "giữ lửa" dân vận ở khu phố 2, phường 25',
E("khac", None, None),
[P("Thân Văn Dũng", "Trưởng Ban điều hành khu phố 2"),
 P("Haji Mohamad Ali", "Phó Ban quản trị thánh đường Hồi giáo Jamiul Anwar"),
 P("Hoàng Thị Kim Xuyến", "Chủ tịch Ủy ban MTTQ Việt Nam phường 25"),
 P("Bế Thị Thu Hà", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Bình Thạnh")],
[Q("612 hộ", 612, "hộ"), Q("khoảng 2.400 nhân khẩu", 2400, "nhân khẩu", "approx"), Q("hơn 300 sinh viên", 300, "sinh viên", "over"),
 Q("46 hộ người Chăm", 46, "hộ người Chăm"), Q("73 hộ", 73, "hộ"), Q("100%", 100, "%"),
 Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("120 camera an ninh", 120, "camera an ninh"), Q("7 con hẻm", 7, "con hẻm"),
 Q("45 suất học bổng", 45, "suất học bổng"), Q("12 gương điển hình", 12, "gương điển hình"), Q("20 phường", 20, "phường")],
[D("Kế hoạch", "89", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch số 89-KH/QU của Ban Thường vụ Quận ủy"),
 D("Hướng dẫn", "31", "HD/BDVTU", "2022-03-10", "Ban Dân vận Thành ủy TP Hồ Chí Minh", "Hướng dẫn số 31-HD/BDVTU ngày 10/3/2022 của Ban Dân vận Thành ủy TP Hồ Chí Minh"),
 D("Quyết định", "986", "QĐ-TTg", "2022-08-18", "Thủ tướng Chính phủ", "Quyết định số 986/QĐ-TTg ngày 18/8/2022")],
[prov("Hồ Chí Minh"), com("phường 25")],
["BÁO NGƯỜI LAO ĐỘNG ĐIỆN TỬ", "Thời sự › Chuyện tử tế", "Ông Thân Văn Dũng bên tủ sách pháp luật của khu phố. Ảnh: Minh Quân",
 "Dân vận khéo", "Toàn dân bảo vệ an ninh Tổ quốc", "ông trưởng khu phố của dân", "Bình luận (3)", "Jamiul Anwar"],
["Thứ Sáu, 02/09/2022 - 07:00", "Hơn 20 năm", "68 tuổi", "năm 2015", "4 tháng", "mỗi năm", "1 trong 12", "một tổ tư vấn cộng đồng",
 "giai đoạn 2016 - 2021", "Bình luận (3)"]))

PAGES.append(page("b5781-hanoi-tayho-taphuan-2023", """
Trang tin điện tử Đảng bộ quận Tây Hồ
Trang chủ / Tin tức / Dân vận - Mặt trận
28/09/2023 16:40 GMT+7
Tây Hồ: tập huấn kỹ năng dân vận cho 280 cán bộ khu dân cư
Ngày 27/9/2023, Ban Dân vận Quận ủy Tây Hồ phối hợp Ủy ban MTTQ Việt Nam quận tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận và Mặt trận năm 2023 cho 280 đồng chí là bí thư chi bộ, trưởng ban công tác Mặt trận, tổ trưởng tổ dân phố của 8 phường.
Quang cảnh lớp tập huấn.
Phát biểu khai mạc, đồng chí Diệp Minh Châu, Ủy viên Ban Thường vụ Quận ủy, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận Tây Hồ nhấn mạnh yêu cầu nâng cao năng lực cho đội ngũ cán bộ cơ sở trong triển khai Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ ngày 01/7/2023 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật.
Học viên được nghe ThS. Quàng Thị Thanh, Phó Trưởng khoa Dân vận Trường Chính trị Tô Hiệu, trao đổi chuyên đề về Quy chế công tác dân vận của hệ thống chính trị ban hành kèm Quyết định số 23-QĐ/TW ngày 30/7/2021; đồng chí Sầm Văn Lợi, Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Tây Hồ hướng dẫn Hướng dẫn số 12/HD-MTTQ-BTT ngày 15/8/2023 của Ban Thường trực Ủy ban MTTQ thành phố Hà Nội về tổ chức hội nghị nhân dân ở thôn, tổ dân phố.
Theo báo cáo của Ban Dân vận Quận ủy, 9 tháng năm 2023, 8 phường tổ chức 156 hội nghị nhân dân, lấy ý kiến vào 23 nội dung; 97,3% hộ gia đình đăng ký xây dựng gia đình văn hóa. Mô hình "Tổ dân phố 4 không" ở phường Quảng An và "Ngõ phố văn minh" ở phường Nhật Tân được giới thiệu như cách làm hay. Bà Mông Thị Thúy, Bí thư Chi bộ tổ dân phố số 7, phường Nhật Tân, chia sẻ cách vận động 58 hộ kinh doanh homestay giữ vệ sinh ven hồ.
Dịp này, các đại biểu thảo luận nhóm về xử lý tình huống, như việc 14 hộ phản đối xây trạm biến áp, tranh chấp lối đi chung. Ban tổ chức phát 280 bộ tài liệu và tổ chức kiểm tra trắc nghiệm 30 câu.
Kết luận, đồng chí Diệp Minh Châu đề nghị cán bộ cơ sở thực hiện Kế hoạch số 145-KH/QU ngày 05/6/2023 của Ban Thường vụ Quận ủy về thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị 49 về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa; phấn đấu cuối năm có ít nhất 95% tổ dân phố đạt danh hiệu văn hóa.
Nhiều học viên cho biết nội dung tập huấn sát với thực tế, nhất là những tình huống thường gặp ở khu dân cư như tranh chấp lối đi, tiếng ồn từ các quán karaoke, xây dựng lấn chiếm hành lang hồ Tây. Ban tổ chức đề nghị các phường tiếp tục tổ chức sinh hoạt chuyên đề ở chi bộ, tổ dân phố để lan tỏa kiến thức, kỹ năng đến các tổ dân vận.
Vân Anh
Lượt xem: 533
Tin cùng chuyên mục
- Phường Xuân La đối thoại với nhân dân (20/09/2023)
- Tây Hồ: 3 tăng, 2 giảm trong cải cách hành chính (12/09/2023)
""", "2023-09-28", "Tây Hồ: tập huấn kỹ năng dân vận cho 280 cán bộ khu dân cư",
E("tap_huan", "2023", "2023-09-27"),
[P("Diệp Minh Châu", "Ủy viên Ban Thường vụ Quận ủy", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận Tây Hồ"),
 P("Quàng Thị Thanh", "ThS.", "Phó Trưởng khoa Dân vận Trường Chính trị Tô Hiệu"),
 P("Sầm Văn Lợi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận Tây Hồ"),
 P("Mông Thị Thúy", "Bí thư Chi bộ tổ dân phố số 7")],
[Q("280 đồng chí", 280, "đồng chí"), Q("8 phường", 8, "phường"),
 Q("156 hội nghị nhân dân", 156, "hội nghị nhân dân"), Q("23 nội dung", 23, "nội dung"), Q("97,3%", 97.3, "%"),
 Q("58 hộ kinh doanh homestay", 58, "hộ kinh doanh homestay"), Q("14 hộ", 14, "hộ"), Q("280 bộ tài liệu", 280, "bộ tài liệu"),
 Q("30 câu", 30, "câu"), Q("ít nhất 95%", 95, "%", "over")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", None, "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2023-08-15", "Ban Thường trực Ủy ban MTTQ thành phố Hà Nội", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 15/8/2023 của Ban Thường trực Ủy ban MTTQ thành phố Hà Nội"),
 D("Kế hoạch", "145", "KH/QU", "2023-06-05", "Ban Thường vụ Quận ủy", "Kế hoạch số 145-KH/QU ngày 05/6/2023 của Ban Thường vụ Quận ủy"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư")],
[prov("Hà Nội"), com("Quảng An"), com("Nhật Tân")],
["Trang tin điện tử Đảng bộ quận Tây Hồ", "Trang chủ / Tin tức / Dân vận - Mặt trận", "Quang cảnh lớp tập huấn.",
 "Luật Thực hiện dân chủ ở cơ sở", "Tổ dân phố 4 không", "Ngõ phố văn minh", "Trường Chính trị Tô Hiệu", "Chỉ thị 49", "Lượt xem: 533"],
["28/09/2023 16:40 GMT+7", "280 đồng chí", "năm 2023", "9 tháng năm 2023", "ngày 01/7/2023", "4 không", "số 7", "Lượt xem: 533"]))

PAGES.append(page("b5782-hcm-binhchanh-soket-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH CHÁNH
Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể
Cập nhật: 14/07/2023 08:30
Bình Chánh: khối dân vận sơ kết 6 tháng, vận động 1.126 hộ bàn giao mặt bằng
Sáng 13/7, Ban Dân vận Huyện ủy Bình Chánh tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội 6 tháng đầu năm 2023. Đồng chí Từ Thị Kiều Oanh, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Theo báo cáo, khối dân vận 16 xã, thị trấn đã vận động 1.126 hộ bàn giao mặt bằng cho dự án đường Vành đai 3 TP Hồ Chí Minh, đạt 99,2% số hộ bị ảnh hưởng. Huyện đã triển khai Nghị quyết số 57/2022/QH15 ngày 16/6/2022 của Quốc hội về chủ trương đầu tư dự án Vành đai 3, Kế hoạch số 185-KH/HU của Ban Thường vụ Huyện ủy về công tác dân vận năm 2023 và Chỉ thị 17, 18-CT/HU về vận động nhân dân giữ gìn an ninh trật tự khu công nghiệp và về xây dựng nông thôn mới nâng cao.
Ảnh: Đồng chí Từ Thị Kiều Oanh phát biểu tại hội nghị.
Các đoàn thể đã vận động trên 12,4 tỷ đồng xây 48 căn nhà đại đoàn kết, tặng 6.500 phần quà cho công nhân; giải ngân 86 tỷ đồng vốn vay ưu đãi cho 2.140 hộ. Hội Nông dân huyện phát triển 15 tổ hợp tác và 3 hợp tác xã. Đồng bào Khmer ở xã Lê Minh Xuân, xã Tân Nhựt được quan tâm; chùa Khmer Ông Mẹt dạy chữ Khmer hè cho 65 em.
Tại hội nghị, đồng chí Sơn Thị Phi Rum, Phó Chủ tịch Ủy ban MTTQ xã Lê Minh Xuân, cho biết xã có 214 hộ người Khmer đã vận động 100% con em đến trường. Đồng chí Quách Tấn Lực, Bí thư Đảng ủy thị trấn Tân Túc, kiến nghị sớm bố trí tái định cư cho 37 hộ. Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Lữ Hoàng Vũ, Danh Thị Kim Loan báo cáo kết quả kiểm tra 12 mô hình "Dân vận khéo".
Kết luận, đồng chí Từ Thị Kiều Oanh đề nghị 6 tháng cuối năm tiếp tục thực hiện Chỉ thị 17, 18-CT/HU; chuẩn bị hội nghị đối thoại giữa Bí thư Huyện ủy với nhân dân năm 2023; vận động 9 hộ còn lại bàn giao mặt bằng.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng của công nhân nhập cư ở các khu công nghiệp Lê Minh Xuân, Vĩnh Lộc còn chậm; một số mô hình "Dân vận khéo" chưa được nhân rộng; việc phối hợp giữa chính quyền và Mặt trận trong giải quyết kiến nghị của cử tri ở một số xã chưa chặt chẽ. Các đoàn thể đề nghị huyện quan tâm hơn nữa đến đời sống của các hộ tái định cư, nhất là việc làm cho lao động lớn tuổi sau khi mất đất sản xuất.
Phát biểu tại hội nghị, đại diện Hội Cựu chiến binh huyện cho biết các hội viên sẽ tiếp tục tham gia vận động, giải thích chính sách cho các hộ còn băn khoăn, góp phần bảo đảm tiến độ dự án trọng điểm của Thành phố.
Hồng Nhung
Tin liên quan
- Bình Chánh ra mắt 4 mô hình "Dân vận khéo" (30/06/2023)
- Xã Vĩnh Lộc A giám sát chi trả trợ cấp (21/06/2023)
""", "2023-07-14", "Bình Chánh: khối dân vận sơ kết 6 tháng, vận động 1.126 hộ bàn giao mặt bằng",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Từ Thị Kiều Oanh", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Sơn Thị Phi Rum", "Phó Chủ tịch Ủy ban MTTQ xã Lê Minh Xuân"),
 P("Quách Tấn Lực", "Bí thư Đảng ủy thị trấn Tân Túc"),
 P("Lữ Hoàng Vũ", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Thị Kim Loan", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("1.126 hộ", 1126, "hộ"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("99,2%", 99.2, "%"),
 Q("trên 12,4 tỷ đồng", 12400000000, "đồng", "over"), Q("48 căn nhà đại đoàn kết", 48, "căn nhà đại đoàn kết"),
 Q("6.500 phần quà", 6500, "phần quà"), Q("86 tỷ đồng", 86000000000, "đồng"), Q("2.140 hộ", 2140, "hộ"),
 Q("15 tổ hợp tác", 15, "tổ hợp tác"), Q("3 hợp tác xã", 3, "hợp tác xã"), Q("65 em", 65, "em"),
 Q("214 hộ người Khmer", 214, "hộ người Khmer"), Q("100%", 100, "%"), Q("37 hộ", 37, "hộ"), Q("12 mô hình", 12, "mô hình"),
 Q("9 hộ", 9, "hộ")],
[D("Nghị quyết", "57", "2022/QH15", "2022-06-16", "Quốc hội", "Nghị quyết số 57/2022/QH15 ngày 16/6/2022 của Quốc hội"),
 D("Kế hoạch", "185", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 185-KH/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "17", "CT/HU", None, None, "Chỉ thị 17, 18-CT/HU"),
 D("Chỉ thị", "18", "CT/HU", None, None, "Chỉ thị 17, 18-CT/HU")],
[prov("Hồ Chí Minh"), com("Lê Minh Xuân"), com("Tân Nhựt"), com("Tân Túc")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH CHÁNH", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động đoàn thể",
 "Ảnh: Đồng chí Từ Thị Kiều Oanh phát biểu tại hội nghị.", "Dân vận khéo", "Ông Mẹt", "Vành đai 3"],
["Cập nhật: 14/07/2023 08:30", "6 tháng đầu năm 2023", "6 tháng cuối năm", "năm 2023"]))
