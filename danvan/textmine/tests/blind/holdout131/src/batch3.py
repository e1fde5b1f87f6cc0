from lib import *
PAGES = []

PAGES.append(page("b3113-danang-bdv-tongket-2021", """
BAN DÂN VẬN THÀNH ỦY ĐÀ NẴNG
Hôm nay: Thứ Hai, 27/12/2021
Tin tức > Hoạt động Ban Dân vận > Dân vận chính quyền
Thứ Năm, 23/12/2021 - 14:30
Tôn vinh 25 mô hình "Dân vận khéo" tiêu biểu
Chiều 22/12/2021, tại Trung tâm Hành chính thành phố, Ban Dân vận Thành ủy Đà Nẵng tổ chức hội nghị tổng kết công tác dân vận năm 2021 và tuyên dương 25 mô hình "Dân vận khéo" tiêu biểu. Đồng chí Lê Văn Trung, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì hội nghị.
Đồng chí Lê Văn Trung trao giấy khen cho các tập thể. Ảnh: N.Q
Năm 2021, trong điều kiện dịch Covid-19, khối dân vận đã vận động hơn 1,1 triệu lượt người dân thực hiện "5K", tiêm vắc xin; tiếp nhận ủng hộ Quỹ phòng, chống dịch khoảng 97 tỷ đồng. Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 46-KH/TU ngày 10/9/2021 thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; Kết luận 06, 07-KL/TU về dân vận chính quyền và về công tác vận động đồng bào có đạo.
Về dân vận chính quyền, 100% xã, phường tổ chức đối thoại giữa người đứng đầu với nhân dân; thành phố tiếp nhận 28.450 phản ánh qua Tổng đài 1022, đã xử lý 27.960 phản ánh. Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của thành phố đạt 88,4%.
Tại hội nghị, ông Bhling Mia, Phó Chủ tịch UBND huyện Hòa Vang, nêu kinh nghiệm vận động 37 hộ đồng bào Cơ Tu ở thôn Tà Lang, Giàn Bí di dời khỏi vùng sạt lở; bà Phan Thị Kiều Oanh, Bí thư Đảng ủy phường Thanh Khê Đông, chia sẻ mô hình "Cán bộ phường gõ cửa từng nhà".
Phát biểu chỉ đạo, đồng chí Trương Công Thịnh, Ủy viên Trung ương Đảng, Bí thư Thành ủy, Chủ tịch HĐND thành phố yêu cầu năm 2022 khối dân vận tập trung vận động nhân dân đồng thuận với các dự án trọng điểm; thực hiện hiệu quả Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy về tăng cường đối thoại trực tiếp.
Dịp này, Ban Dân vận Trung ương tặng kỷ niệm chương cho 14 đồng chí; Ban Dân vận Thành ủy tặng giấy khen cho 25 mô hình tiêu biểu.
Một số ý kiến đề nghị thành phố rà soát quy trình xử lý phản ánh để không có tình trạng "đúng hạn trên giấy" nhưng người dân vẫn chờ đợi; tăng cường trách nhiệm của người đứng đầu trong tiếp nhận, phản hồi ý kiến người dân.
Nam Quân
Các tin khác
- Hòa Vang: đối thoại với bà con thôn Tà Lang (15/12/2021)
- Liên Chiểu công khai tiến độ dự án đường Nguyễn Tất Thành nối dài (08/12/2021)
- Ngũ Hành Sơn ra mắt tổ dân vận tôn giáo (01/12/2021)
- Cẩm Lệ: vận động nhân dân hiến đất mở rộng kiệt 52 Yên Thế (24/11/2021)
- Sơn Trà tổ chức đối thoại với ngư dân phường Thọ Quang (17/11/2021)
""", "2021-12-23", 'Tôn vinh 25 mô hình "Dân vận khéo" tiêu biểu',
E("tong_ket", "2021", "2021-12-22"),
[P("Lê Văn Trung", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bhling Mia", "Phó Chủ tịch UBND huyện Hòa Vang"),
 P("Phan Thị Kiều Oanh", "Bí thư Đảng ủy phường Thanh Khê Đông"),
 P("Trương Công Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy", "Chủ tịch HĐND thành phố")],
[Q('25 mô hình "Dân vận khéo" tiêu biểu', 25, 'mô hình "Dân vận khéo" tiêu biểu'), Q("hơn 1,1 triệu lượt người dân", 1100000, "lượt người dân", "over"),
 Q("khoảng 97 tỷ đồng", 97000000000, "đồng", "approx"), Q("100%", 100, "%"), Q("28.450 phản ánh", 28450, "phản ánh"),
 Q("27.960 phản ánh", 27960, "phản ánh"), Q("88,4%", 88.4, "%"), Q("37 hộ đồng bào Cơ Tu", 37, "hộ đồng bào Cơ Tu"),
 Q("14 đồng chí", 14, "đồng chí")],
[D("Kế hoạch", "46", "KH/TU", "2021-09-10", "Ban Thường vụ Thành ủy", "Kế hoạch số 46-KH/TU ngày 10/9/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 06, 07-KL/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 05-CT/TU của Ban Thường vụ Thành ủy")],
[prov("Đà Nẵng"), com("Thanh Khê Đông")],
["BAN DÂN VẬN THÀNH ỦY ĐÀ NẴNG", "Hôm nay: Thứ Hai, 27/12/2021", "Tin tức > Hoạt động Ban Dân vận > Dân vận chính quyền",
 "Đồng chí Lê Văn Trung trao giấy khen cho các tập thể. Ảnh: N.Q", "Dân vận khéo", "Cán bộ phường gõ cửa từng nhà", "SIPAS"],
["Hôm nay: Thứ Hai, 27/12/2021", "Thứ Năm, 23/12/2021 - 14:30", "5K", "năm 2021", "năm 2022", "14 đồng chí", "Tổng đài 1022"]))

PAGES.append(page("b3114-cantho-soket-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức - Sự kiện | Chính trị - Xã hội
Ngày 16/07/2021 | 09:15
Dân vận chính quyền góp phần giữ vững niềm tin của nhân dân trong mùa dịch
Sáng 15/7, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị trực tuyến sơ kết công tác dân vận 6 tháng đầu năm 2021 tại 10 điểm cầu quận, huyện. Đồng chí Huỳnh Thanh Phong, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì.
Điểm cầu Ban Dân vận Thành ủy. Ảnh: THANH TÂM
Báo cáo sơ kết nêu rõ, 6 tháng đầu năm, các cấp chính quyền đã thực hiện tốt Quy chế dân chủ trong cơ quan hành chính; phục vụ thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026 với tỷ lệ cử tri đi bầu đạt 99,6%. Ban Dân vận Thành ủy đã ban hành Kế hoạch số 32-KH/BDVTU ngày 20/01/2021 và Hướng dẫn số 03-HD/BDVTU về đánh giá mô hình "Dân vận khéo" lĩnh vực dân vận chính quyền.
Trong phòng, chống dịch Covid-19, khối dân vận vận động nhân dân ủng hộ hơn 52 tỷ đồng; 1.860 tổ Covid cộng đồng với 9.300 thành viên hoạt động thường xuyên. Các cơ quan hành chính tiếp nhận 742 đơn thư, kiến nghị; đã giải quyết 690 đơn, đạt 93%.
Tại điểm cầu quận Bình Thủy, bà Lâm Thị Sa Quynh, Trưởng Ban Dân vận Quận ủy, cho biết quận vận động 5 chùa Khmer và các cơ sở tôn giáo tạm dừng lễ hội đông người. Tại điểm cầu huyện Thới Lai, ông Kim Văn Rết, Chủ tịch UBND xã Trường Xuân A, kiến nghị hỗ trợ 146 hộ nghèo bị ảnh hưởng do giãn cách. Ông Huỳnh Văn Tấn, Phó Chủ tịch UBND quận Cái Răng, báo cáo việc tổ chức 18 buổi đối thoại với hộ dân vùng dự án.
Kết luận hội nghị, đồng chí Huỳnh Thanh Phong đề nghị 6 tháng cuối năm, các cấp ủy, chính quyền tiếp tục thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ khi áp dụng giãn cách; nắm chắc tình hình tư tưởng nhân dân, nhất là người lao động mất việc làm; bảo đảm công khai, minh bạch danh sách hỗ trợ theo Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ.
Nhiều ý kiến tại các điểm cầu cho rằng việc chi hỗ trợ ở một số phường còn chậm do thủ tục xác nhận rườm rà; người lao động tự do, tạm trú chưa nắm rõ chính sách; thông tin trên mạng xã hội thiếu chính xác gây hoang mang. Đề nghị các quận, huyện tăng cường thông tin qua loa truyền thanh và nhóm Zalo khu vực.
Thanh Tâm
Lượt xem: 1.530
Tin liên quan
- Cần Thơ: tiếp nhận ủng hộ phòng, chống dịch đợt 4 (09/07/2021)
- Ô Môn vận động chùa Khmer dừng lễ hội (28/06/2021)
- Ninh Kiều lập 420 tổ Covid cộng đồng (20/06/2021)
- Phong Điền: vận động nông dân tiêu thụ nông sản mùa dịch (12/06/2021)
- Ban Dân vận Thành ủy thăm Ban Trị sự Giáo hội Phật giáo thành phố (03/06/2021)
""", "2021-07-16", "Dân vận chính quyền góp phần giữ vững niềm tin của nhân dân trong mùa dịch",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Huỳnh Thanh Phong", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Thị Sa Quynh", "Trưởng Ban Dân vận Quận ủy"),
 P("Kim Văn Rết", "Chủ tịch UBND xã Trường Xuân A"),
 P("Huỳnh Văn Tấn", "Phó Chủ tịch UBND quận Cái Răng")],
[Q("10 điểm cầu quận, huyện", 10, "điểm cầu quận, huyện"), Q("99,6%", 99.6, "%"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("1.860 tổ Covid cộng đồng", 1860, "tổ Covid cộng đồng"), Q("9.300 thành viên", 9300, "thành viên"),
 Q("742 đơn thư, kiến nghị", 742, "đơn thư, kiến nghị"), Q("690 đơn", 690, "đơn"), Q("93%", 93, "%"),
 Q("5 chùa Khmer", 5, "chùa Khmer"), Q("146 hộ nghèo", 146, "hộ nghèo"), Q("18 buổi đối thoại", 18, "buổi đối thoại")],
[D("Kế hoạch", "32", "KH/BDVTU", "2021-01-20", "Ban Dân vận Thành ủy", "Kế hoạch số 32-KH/BDVTU ngày 20/01/2021"),
 D("Hướng dẫn", "03", "HD/BDVTU", None, "Ban Dân vận Thành ủy", "Hướng dẫn số 03-HD/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết 68/NQ-CP ngày 01/7/2021 của Chính phủ")],
[prov("Cần Thơ"), com("Trường Xuân A")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức - Sự kiện | Chính trị - Xã hội", "Điểm cầu Ban Dân vận Thành ủy. Ảnh: THANH TÂM",
 "Dân vận khéo", "Zalo", "Lượt xem: 1.530"],
["Ngày 16/07/2021 | 09:15", "6 tháng đầu năm 2021", "6 tháng cuối năm", "khóa XV", "nhiệm kỳ 2021-2026", "Lượt xem: 1.530"]))

PAGES.append(page("b3115-haiphong-giamsat-2022", """
Báo Hải Phòng điện tử
Trang chủ / Thời sự / Xây dựng Đảng
24/08/2022 06:00
Đoàn giám sát làm việc tại UBND phường Đông Hải 1.
Giám sát thực hiện dân chủ trong cơ quan hành chính tại quận Hải An
Ngày 23/8/2022, Đoàn giám sát của Ban Thường vụ Thành ủy do đồng chí Nguyễn Thị Thu Hằng, Thành ủy viên, Trưởng Ban Dân vận Thành ủy làm Trưởng đoàn, giám sát việc thực hiện Chỉ thị 22-CT/TU ngày 11/01/2021 của Ban Thường vụ Thành ủy về tăng cường công tác dân vận chính quyền và Kết luận 120-KL/TW ngày 07/01/2016 của Bộ Chính trị tại quận Hải An.
Theo báo cáo của Quận ủy Hải An, quận đã tổ chức 26 cuộc tiếp xúc, đối thoại với 1.430 lượt người dân; tiếp nhận 318 đơn thư, đã giải quyết 296 đơn, đạt 93,1%. Bộ phận một cửa quận và 8 phường tiếp nhận khoảng 31.000 hồ sơ trong 18 tháng, trên 97% trả đúng và trước hạn; 54 thủ tục được giải quyết hoàn toàn trực tuyến.
Quận cũng vận động 612 hộ dân bàn giao mặt bằng các dự án khu đô thị Bắc sông Cấm và đường Tân Vũ - Lạch Huyện 2, nhân dân hiến gần 4.800 m2 đất mở rộng ngõ, xóm. Tuy nhiên, việc lấy ý kiến nhân dân về điều chỉnh quy hoạch ở một số phường chưa thật sự thực chất; còn 3 vụ việc khiếu nại kéo dài.
Tại buổi giám sát, ông Trịnh Văn Khánh, Quận ủy viên, Chủ tịch UBND phường Đông Hải 1, giải trình về 46 hồ sơ cấp giấy chứng nhận quyền sử dụng đất chậm. Bà Vũ Thị Nụ, Trưởng Ban Dân vận Quận ủy Hải An, đề xuất thành phố sớm ban hành hướng dẫn bồi thường với đất nông nghiệp xen kẹt.
Thành viên đoàn giám sát gồm các đồng chí: Trần Văn Luyện, Phó Trưởng Ban Dân vận Thành ủy; Đỗ Thị Lan Anh, Phó Chánh Văn phòng UBND thành phố. Đồng chí Trần Văn Luyện đề nghị quận công khai kết quả giải quyết từng kiến nghị trên trang thông tin điện tử và tại nhà văn hóa tổ dân phố.
Kết luận, đồng chí Nguyễn Thị Thu Hằng ghi nhận quận đã có nhiều cách làm hay, đề nghị người đứng đầu cấp ủy, chính quyền tiếp tục đối thoại định kỳ với nhân dân ít nhất 2 lần/năm theo Quyết định 23-QĐ/TW; giải quyết dứt điểm các vụ việc tồn đọng trong quý IV năm 2022.
Theo đoàn giám sát, hạn chế còn ở chỗ một số cán bộ phường chưa chủ động nắm tình hình dư luận, khi người dân phản ánh trên mạng xã hội mới vào cuộc; sổ theo dõi tiếp công dân ở vài nơi ghi chưa đầy đủ nội dung, kết quả xử lý; việc công khai tài chính, các khoản đóng góp tự nguyện tại một số tổ dân phố chưa thường xuyên. Quận cần rà soát, chấn chỉnh, báo cáo kết quả khắc phục về Ban Dân vận Thành ủy.
Vũ Hà
Tin cùng chuyên mục
- Giám sát việc thực hiện Quy chế dân chủ tại huyện Kiến Thụy (17/08/2022)
- Quận Lê Chân đối thoại với tiểu thương chợ Cột Đèn (09/08/2022)
- Ban Dân vận Thành ủy sơ kết 6 tháng đầu năm 2022 (20/07/2022)
- Đồ Sơn: người dân hài lòng với bộ phận một cửa (12/07/2022)
""", "2022-08-24", "Giám sát thực hiện dân chủ trong cơ quan hành chính tại quận Hải An",
E("giam_sat", None, "2022-08-23"),
[P("Nguyễn Thị Thu Hằng", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy", "Trưởng đoàn"),
 P("Trịnh Văn Khánh", "Quận ủy viên", "Chủ tịch UBND phường Đông Hải 1"),
 P("Vũ Thị Nụ", "Trưởng Ban Dân vận Quận ủy Hải An"),
 P("Trần Văn Luyện", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Đỗ Thị Lan Anh", "Phó Chánh Văn phòng UBND thành phố")],
[Q("26 cuộc tiếp xúc, đối thoại", 26, "cuộc tiếp xúc, đối thoại"), Q("1.430 lượt người dân", 1430, "lượt người dân"),
 Q("318 đơn thư", 318, "đơn thư"), Q("296 đơn", 296, "đơn"), Q("93,1%", 93.1, "%"), Q("8 phường", 8, "phường"),
 Q("khoảng 31.000 hồ sơ", 31000, "hồ sơ", "approx"), Q("trên 97%", 97, "%", "over"), Q("54 thủ tục", 54, "thủ tục"),
 Q("612 hộ dân", 612, "hộ dân"), Q("gần 4.800 m2", 4800, "m2", "approx"), Q("3 vụ việc khiếu nại", 3, "vụ việc khiếu nại"),
 Q("46 hồ sơ cấp giấy chứng nhận quyền sử dụng đất", 46, "hồ sơ cấp giấy chứng nhận quyền sử dụng đất")],
[D("Chỉ thị", "22", "CT/TU", "2021-01-11", "Ban Thường vụ Thành ủy", "Chỉ thị 22-CT/TU ngày 11/01/2021 của Ban Thường vụ Thành ủy"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận 120-KL/TW ngày 07/01/2016 của Bộ Chính trị"),
 D("Quyết định", "23", "QĐ/TW", None, None, "Quyết định 23-QĐ/TW")],
[prov("Hải Phòng"), com("Đông Hải 1")],
["Báo Hải Phòng điện tử", "Trang chủ / Thời sự / Xây dựng Đảng", "Đoàn giám sát làm việc tại UBND phường Đông Hải 1.",
 "Bắc sông Cấm", "Tân Vũ - Lạch Huyện 2"],
["24/08/2022 06:00", "18 tháng", "2 lần/năm", "quý IV năm 2022", "Lạch Huyện 2", "Đông Hải 1"]))

PAGES.append(page("b3116-hanoi-giaoban-q3-2022", """
Báo Kinh tế & Đô thị - Cơ quan của UBND thành phố Hà Nội
Thời sự > Chính trị > Dân vận
Cập nhật: 14:05, 12/10/2022 (GMT+7)
Quang cảnh hội nghị giao ban. Ảnh: Thanh Hải
Hơn 1.200 kiến nghị của cử tri được giải quyết dứt điểm
Kinhtedothi - Hơn 1.200 kiến nghị của cử tri đã được giải quyết dứt điểm trong quý III là thông tin được nêu tại hội nghị giao ban công tác dân vận quý III năm 2022 do Ban Dân vận Thành ủy Hà Nội tổ chức sáng 11/10.
Chủ trì hội nghị có đồng chí Đinh Thị Xuân, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Triệu Văn Vinh, Nguyễn Thị Kim Oanh.
Theo báo cáo, quý III, các quận, huyện, thị xã đã tổ chức 187 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 3.640 ý kiến, kiến nghị qua đường dây nóng và ứng dụng iHanoi. Thành phố đã tiếp nhận gần 1,5 triệu hồ sơ thủ tục hành chính, 97,8% được giải quyết đúng hạn; 30/30 quận, huyện, thị xã đưa bộ phận một cửa theo mô hình "một cửa hiện đại".
Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 19, 20-CT/TU về tăng cường công tác dân vận của chính quyền trong giải phóng mặt bằng dự án đường Vành đai 4 - Vùng Thủ đô và về nâng cao chất lượng tiếp công dân; ban hành Hướng dẫn số 25-HD/BDVTU ngày 18/7/2022 về xây dựng mô hình "Dân vận khéo" giai đoạn 2022-2025. Khối dân vận đã vận động 2.860 hộ dân ở 7 huyện có dự án Vành đai 4 đồng thuận với phương án bồi thường.
Tại hội nghị, bà Bạch Thị Nhàn, Trưởng Ban Dân vận Huyện ủy Ba Vì, cho biết huyện đã tổ chức 14 cuộc đối thoại với đồng bào Mường, Dao ở xã Ba Vì, Minh Quang; ông Phùng Văn Hiển, Chủ tịch UBND xã Tân Tiến, huyện Chương Mỹ, đề nghị có cơ chế hỗ trợ người dân chuyển đổi nghề sau thu hồi đất.
Kết luận hội nghị, đồng chí Đinh Thị Xuân yêu cầu quý IV tiếp tục thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; nâng cao chất lượng tiếp xúc cử tri, trả lời đầy đủ các kiến nghị; chuẩn bị tổng kết công tác dân vận năm 2022. Mỗi quận, huyện phải có ít nhất 5 mô hình cấp huyện về "Dân vận khéo" trong lĩnh vực cải cách hành chính.
Bên cạnh kết quả, hội nghị cũng chỉ ra việc trả lời kiến nghị cử tri ở một số nơi còn chậm, có nội dung trả lời chưa đúng trọng tâm; một số phường chưa công khai kết quả giải quyết kiến nghị tại khu dân cư để người dân theo dõi.
Thanh Hải
Xem thêm
- Ban Dân vận Thành ủy làm việc với quận Long Biên (05/10/2022)
- Ba Vì: đồng bào Mường, Dao đồng thuận với dự án Vành đai 4 (28/09/2022)
- Hà Nội: 90% thủ tục hành chính được số hóa (20/09/2022)
- Hoài Đức tổ chức đối thoại với người dân xã An Khánh (12/09/2022)
""", "2022-10-12", "Hơn 1.200 kiến nghị của cử tri được giải quyết dứt điểm",
E("giao_ban", "2022-Q3", "2022-10-11"),
[P("Đinh Thị Xuân", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Triệu Văn Vinh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Kim Oanh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Bạch Thị Nhàn", "Trưởng Ban Dân vận Huyện ủy Ba Vì"),
 P("Phùng Văn Hiển", "Chủ tịch UBND xã Tân Tiến")],
[Q("Hơn 1.200 kiến nghị của cử tri", 1200, "kiến nghị", "over"), Q("187 hội nghị đối thoại", 187, "hội nghị đối thoại"),
 Q("3.640 ý kiến, kiến nghị", 3640, "ý kiến, kiến nghị"), Q("gần 1,5 triệu hồ sơ thủ tục hành chính", 1500000, "hồ sơ thủ tục hành chính", "approx"),
 Q("97,8%", 97.8, "%"), Q("30/30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"), Q("2.860 hộ dân", 2860, "hộ dân"),
 Q("7 huyện", 7, "huyện"), Q("14 cuộc đối thoại", 14, "cuộc đối thoại"),
 Q("ít nhất 5 mô hình cấp huyện", 5, "mô hình cấp huyện", "over")],
[D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Hướng dẫn", "25", "HD/BDVTU", "2022-07-18", "Ban Dân vận Thành ủy", "Hướng dẫn số 25-HD/BDVTU ngày 18/7/2022"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương")],
[prov("Hà Nội"), com("Ba Vì"), com("Minh Quang"), com("Tân Tiến")],
["Báo Kinh tế & Đô thị - Cơ quan của UBND thành phố Hà Nội", "Thời sự > Chính trị > Dân vận", "Quang cảnh hội nghị giao ban. Ảnh: Thanh Hải",
 "Kinhtedothi", "iHanoi", "một cửa hiện đại", "Dân vận khéo", "Vành đai 4 - Vùng Thủ đô"],
["Cập nhật: 14:05, 12/10/2022 (GMT+7)", "quý III năm 2022", "quý IV", "Vành đai 4", "giai đoạn 2022-2025", "năm 2022"]))

PAGES.append(page("b3117-hcm-doithoai-thuduc-2023", """
Cổng thông tin điện tử Thành phố Thủ Đức
Trang chủ › Tin tức › Dân vận chính quyền
Thứ Năm, ngày 18/05/2023
Lãnh đạo TP Thủ Đức đối thoại với người dân khu đô thị mới Thủ Thiêm
Tối 17/5/2023, Thành ủy - UBND thành phố Thủ Đức tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023 tại phường An Khánh. Chủ trì hội nghị có đồng chí Hoàng Tùng Lâm, Phó Bí thư Thành ủy - Chủ tịch UBND TP Thủ Đức và đồng chí Lưu Kiến Minh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Thành ủy Thủ Đức.
Người dân nêu ý kiến tại buổi đối thoại.
Hơn 300 người dân của các phường An Khánh, Thủ Thiêm, Bình Trưng Tây đã tham dự, nêu 41 ý kiến. Nhiều hộ phản ánh việc chậm bố trí tái định cư, giá bồi thường đất nông nghiệp thấp, việc cấp giấy chứng nhận cho các căn hộ tái định cư kéo dài hơn 5 năm.
Trả lời, ông Hoàng Tùng Lâm cho biết, thực hiện Kết luận 21-KL/TU của Ban Thường vụ Thành ủy TP Hồ Chí Minh và Quyết định số 4677/QĐ-UBND ngày 17/10/2022 của UBND TP Hồ Chí Minh, thành phố Thủ Đức đã chi trả cho 174 hộ với số tiền hơn 1.320 tỷ đồng; dự kiến trong quý III sẽ bàn giao 212 căn hộ tái định cư còn lại. Với 18 hộ có khiếu nại kéo dài, thành phố Thủ Đức thành lập tổ công tác gồm 9 thành viên đến gặp từng hộ.
Bà Thạch Thị Sô Phia, Phó Chủ tịch UBND phường Thủ Thiêm, thông tin phường đã giải quyết 63/70 hồ sơ của người dân trước hạn. Ông Nguyễn Văn Ba, người dân khu phố 1, phường An Khánh, đề nghị công khai tiến độ từng dự án trên bảng tin khu phố và trên ứng dụng của thành phố.
Phát biểu tại hội nghị, đồng chí Lưu Kiến Minh cho biết Ban Dân vận Thành ủy sẽ phối hợp với Ủy ban MTTQ Việt Nam thành phố giám sát việc thực hiện các cam kết tại buổi đối thoại, báo cáo kết quả theo Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu trong tiếp dân, đối thoại trực tiếp với dân.
Kết thúc hội nghị, ông Hoàng Tùng Lâm giao các phòng chuyên môn trả lời bằng văn bản các ý kiến chưa được giải đáp trong thời hạn 15 ngày và công bố kết quả trên Cổng thông tin điện tử.
Theo ghi nhận, đây là lần thứ 3 trong năm lãnh đạo TP Thủ Đức đối thoại trực tiếp với người dân khu vực Thủ Thiêm. Nhiều người dân đánh giá cách đối thoại thẳng thắn, cầu thị, có hẹn thời gian cụ thể, tạo niềm tin hơn so với trước.
Ngọc Hân
Lượt truy cập: 2.041.306
Tin liên quan
- Thủ Đức công khai 15 thủ tục hành chính liên thông (10/05/2023)
- Phường Linh Trung ra mắt tổ dân vận khu phố (03/05/2023)
- Thủ Đức tiếp xúc cử tri trước kỳ họp HĐND TP Hồ Chí Minh (20/04/2023)
- Phường Hiệp Bình Chánh đối thoại với tiểu thương (12/04/2023)
""", "2023-05-18", "Lãnh đạo TP Thủ Đức đối thoại với người dân khu đô thị mới Thủ Thiêm",
E("doi_thoai", "2023", "2023-05-17"),
[P("Hoàng Tùng Lâm", "Phó Bí thư Thành ủy - Chủ tịch UBND TP Thủ Đức"),
 P("Lưu Kiến Minh", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Thành ủy Thủ Đức"),
 P("Thạch Thị Sô Phia", "Phó Chủ tịch UBND phường Thủ Thiêm"),
 P("Nguyễn Văn Ba")],
[Q("Hơn 300 người dân", 300, "người dân", "over"), Q("41 ý kiến", 41, "ý kiến"), Q("174 hộ", 174, "hộ"),
 Q("hơn 1.320 tỷ đồng", 1320000000000, "đồng", "over"), Q("212 căn hộ tái định cư", 212, "căn hộ tái định cư"),
 Q("18 hộ", 18, "hộ"), Q("9 thành viên", 9, "thành viên"), Q("63/70 hồ sơ", 63, "hồ sơ")],
[D("Kết luận", "21", "KL/TU", None, "Ban Thường vụ Thành ủy TP Hồ Chí Minh", "Kết luận 21-KL/TU của Ban Thường vụ Thành ủy TP Hồ Chí Minh"),
 D("Quyết định", "4677", "QĐ-UBND", "2022-10-17", "UBND TP Hồ Chí Minh", "Quyết định số 4677/QĐ-UBND ngày 17/10/2022 của UBND TP Hồ Chí Minh"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị")],
[prov("Hồ Chí Minh"), com("An Khánh"), com("Thủ Thiêm"), com("Bình Trưng Tây")],
["Cổng thông tin điện tử Thành phố Thủ Đức", "Trang chủ › Tin tức › Dân vận chính quyền", "Người dân nêu ý kiến tại buổi đối thoại.",
 "Lượt truy cập: 2.041.306"],
["Thứ Năm, ngày 18/05/2023", "năm 2023", "hơn 5 năm", "quý III", "15 ngày", "lần thứ 3", "khu phố 1", "Lượt truy cập: 2.041.306"]))

PAGES.append(page("b3118-cantho-tiepxuccutri-2023", """
BÁO CẦN THƠ ONLINE
Thời sự | Chính trị | Dân vận
21-11-2023 15:40
Cử tri quận Ô Môn kiến nghị sớm hoàn thiện hạ tầng khu tái định cư
Ngày 20/11/2023, Tổ đại biểu HĐND thành phố Cần Thơ đơn vị quận Ô Môn phối hợp Ban Dân vận Quận ủy tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 14 HĐND thành phố khóa X tại phường Thới Long.
Các đại biểu HĐND thành phố tiếp xúc cử tri phường Thới Long. Ảnh: ANH KHOA
Dự hội nghị có các đại biểu HĐND thành phố: Trần Thị Xuân Mai, Phó Trưởng Ban Pháp chế HĐND thành phố; Sơn Thị Ngọc Hân, Phó Trưởng Ban Dân vận Thành ủy; Nguyễn Văn Sử, Phó Giám đốc Sở Xây dựng; cùng khoảng 120 cử tri phường Thới Long, Long Hưng.
Tại hội nghị, 16 lượt cử tri phát biểu với 24 ý kiến, kiến nghị. Cử tri Lý Văn Phol (dân tộc Khmer, khu vực Thới Bình) phản ánh khu tái định cư của dự án Trung tâm Điện lực Ô Môn sau nhiều năm vẫn thiếu hệ thống thoát nước; cử tri Trương Thị Mỹ Lệ đề nghị làm rõ mức hỗ trợ cho 37 hộ bị ảnh hưởng sạt lở bờ sông Hậu. Cử tri Thạch Sóc Kha, Trưởng ban quản trị chùa Khmer Phước Thới, kiến nghị hỗ trợ kinh phí sửa chữa trường dạy chữ Khmer của chùa.
Thay mặt tổ đại biểu, bà Trần Thị Xuân Mai tiếp thu và cho biết, theo Nghị quyết số 15/2023/NQ-HĐND ngày 07/7/2023 của HĐND thành phố, năm 2024 thành phố dành khoảng 68 tỷ đồng để hoàn thiện hạ tầng 3 khu tái định cư trên địa bàn quận. Về sạt lở, UBND thành phố đã có Quyết định số 2213/QĐ-UBND công bố tình huống khẩn cấp, hỗ trợ mỗi hộ di dời 40 triệu đồng.
Bà Sơn Thị Ngọc Hân đề nghị Ban Dân vận Quận ủy Ô Môn phối hợp với UBND quận thông tin kịp thời kết quả giải quyết các kiến nghị đến cử tri, thực hiện đúng Quy chế phối hợp số 12-QC/BDVTU giữa Ban Dân vận Thành ủy và Thường trực HĐND thành phố; không để cử tri phải kiến nghị nhiều lần một nội dung.
Ông Hồ Thanh Bình, Chủ tịch UBND quận Ô Môn, trả lời trực tiếp 9 ý kiến thuộc thẩm quyền quận, trong đó cam kết hoàn thành nạo vét kênh Ông Tà trước Tết Nguyên đán.
Theo Ban Dân vận Quận ủy, từ đầu nhiệm kỳ đến nay cử tri quận đã gửi 312 kiến nghị, trong đó 287 kiến nghị đã được trả lời, giải quyết. Tuy vậy, một số kiến nghị về đất đai, tái định cư còn kéo dài qua nhiều kỳ họp, cần sự vào cuộc quyết liệt hơn.
Anh Khoa
Tin khác
- Cần Thơ: Ban Dân vận Thành ủy giám sát tại quận Bình Thủy (14/11/2023)
- Ô Môn vận động đồng bào Khmer đón lễ Ok Om Bok (27/10/2023)
- Cái Răng đối thoại với tiểu thương chợ nổi (18/10/2023)
- Thốt Nốt: công khai kết quả giải quyết kiến nghị cử tri (10/10/2023)
- Ban Dân vận Thành ủy tập huấn kỹ năng tiếp xúc cử tri (02/10/2023)
""", "2023-11-21", "Cử tri quận Ô Môn kiến nghị sớm hoàn thiện hạ tầng khu tái định cư",
E("hoi_nghi", None, "2023-11-20"),
[P("Trần Thị Xuân Mai", "đại biểu HĐND thành phố", "Phó Trưởng Ban Pháp chế HĐND thành phố"),
 P("Sơn Thị Ngọc Hân", "đại biểu HĐND thành phố", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Văn Sử", "đại biểu HĐND thành phố", "Phó Giám đốc Sở Xây dựng"),
 P("Lý Văn Phol"), P("Trương Thị Mỹ Lệ"),
 P("Thạch Sóc Kha", "Trưởng ban quản trị chùa Khmer Phước Thới"),
 P("Hồ Thanh Bình", "Chủ tịch UBND quận Ô Môn")],
[Q("khoảng 120 cử tri", 120, "cử tri", "approx"), Q("16 lượt cử tri", 16, "lượt cử tri"), Q("24 ý kiến, kiến nghị", 24, "ý kiến, kiến nghị"),
 Q("37 hộ", 37, "hộ"), Q("khoảng 68 tỷ đồng", 68000000000, "đồng", "approx"), Q("3 khu tái định cư", 3, "khu tái định cư"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("9 ý kiến", 9, "ý kiến"), Q("312 kiến nghị", 312, "kiến nghị"), Q("287 kiến nghị", 287, "kiến nghị")],
[D("Nghị quyết", "15", "2023/NQ-HĐND", "2023-07-07", "HĐND thành phố", "Nghị quyết số 15/2023/NQ-HĐND ngày 07/7/2023 của HĐND thành phố"),
 D("Quyết định", "2213", "QĐ-UBND", None, "UBND thành phố", "Quyết định số 2213/QĐ-UBND"),
 D("Quy chế phối hợp", "12", "QC/BDVTU", None, None, "Quy chế phối hợp số 12-QC/BDVTU")],
[prov("Cần Thơ"), com("Thới Long"), com("Long Hưng")],
["BÁO CẦN THƠ ONLINE", "Thời sự | Chính trị | Dân vận", "Các đại biểu HĐND thành phố tiếp xúc cử tri phường Thới Long. Ảnh: ANH KHOA",
 "Trung tâm Điện lực Ô Môn", "kênh Ông Tà"],
["21-11-2023 15:40", "kỳ họp thứ 14", "khóa X", "năm 2024", "Tết Nguyên đán"]))
