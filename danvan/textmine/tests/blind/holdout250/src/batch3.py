from lib import *
PAGES = []

PAGES.append(page("b5969-binhdinh-bdv-giaoban-2022", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Dân vận
Thứ Năm, 14/07/2022 - 16:45
Đồng chí Đinh Thị Lành phát biểu kết luận hội nghị.
Khối dân vận tập trung vận động nhân dân bàn giao mặt bằng đường cao tốc
(BĐ) - Ngày 12/7, Ban Dân vận Tỉnh ủy Bình Định tổ chức hội nghị giao ban khối dân vận quý II/2022 với Ban Dân vận 11 huyện, thị xã, thành ủy và Đảng ủy Khối Doanh nghiệp tỉnh. Đồng chí Đinh Thị Lành, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Ban Dân vận Tỉnh ủy đã ban hành Thông báo kết luận số 37-TB/BDVTU ngày 13/7/2022 về nội dung giao ban.
Theo báo cáo, quý II/2022, khối dân vận các cấp đã vận động 1.284 hộ dân bị ảnh hưởng bởi dự án đường bộ cao tốc Bắc - Nam đoạn qua tỉnh bàn giao mặt bằng; còn 96 hộ chưa đồng thuận với phương án bồi thường. Các cấp đã tổ chức 42 buổi đối thoại, tiếp 315 lượt công dân. Thực hiện Kết luận 06, 07-KL/TU của Ban Thường vụ Tỉnh ủy, các huyện miền núi vận động 212 hộ đồng bào Bana, Hrê, Chăm H'roi trồng rừng gỗ lớn trên 480 ha.
Tại hội nghị, ông Đinh Văn Thạch, HUV, Trưởng Ban Dân vận Huyện ủy An Lão, cho biết xã An Toàn đã hòa giải thành 8/9 vụ tranh chấp đất rẫy; bà Mang Thị Hoa, Chủ tịch Hội LHPN xã Cát Hanh, đề nghị hỗ trợ sinh kế cho 27 hộ tái định cư.
Kết luận hội nghị, đồng chí Đinh Thị Lành đề nghị:
- Ban Dân vận các huyện, thị xã, thành ủy phối hợp với UBND cùng cấp giải quyết dứt điểm kiến nghị của 96 hộ còn lại trước ngày 30/8/2022; triển khai Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị.
- Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thị Thu Hương, Đinh Xuân Vinh, Võ Ngọc Thành theo dõi các cụm huyện phía Bắc, phía Nam và miền núi.
- Tiếp tục thực hiện kế hoạch số 78-KH/BDVTU ngày 15/3/2022 về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025; mỗi huyện đăng ký không dưới 3 mô hình.
- Đồng chí Trần Minh Đức, Chánh Văn phòng Ban Dân vận Tỉnh ủy, chuẩn bị nội dung giao ban quý III tại thị xã Hoài Nhơn.
Hội nghị cũng ghi nhận 6 tháng đầu năm, Ủy ban MTTQ và các đoàn thể tỉnh đã vận động hơn 5,4 tỷ đồng hỗ trợ người nghèo, xây 64 nhà Đại đoàn kết; Hội Cựu chiến binh tham gia giải quyết 19 vụ việc phức tạp ở cơ sở. Ban Dân vận Tỉnh ủy đề nghị các cơ quan báo chí đưa tin kịp thời các mô hình hay, điển hình tiên tiến trong vận động nhân dân.
Hoài Thu
Tin cùng chuyên mục
- Bình Định: 85% hộ dân đồng thuận giao mặt bằng cao tốc (05/07/2022)
- Vân Canh ra mắt mô hình "Làng không có ma túy" (24/06/2022)
- Giao ban khối dân vận quý I/2022 (12/04/2022)
""", "2022-07-14", "Khối dân vận tập trung vận động nhân dân bàn giao mặt bằng đường cao tốc",
E("giao_ban", "2022-Q2", "2022-07-12"),
[P("Đinh Thị Lành", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Thạch", "HUV", "Trưởng Ban Dân vận Huyện ủy An Lão"),
 P("Mang Thị Hoa", "Chủ tịch Hội LHPN xã Cát Hanh"),
 P("Nguyễn Thị Thu Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Đinh Xuân Vinh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Ngọc Thành", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Đức", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("11 huyện, thị xã, thành ủy", 11, "huyện, thị xã, thành ủy"), Q("1.284 hộ dân", 1284, "hộ dân"), Q("96 hộ", 96, "hộ"),
 Q("42 buổi đối thoại", 42, "buổi đối thoại"), Q("315 lượt công dân", 315, "lượt công dân"), Q("212 hộ đồng bào Bana, Hrê, Chăm H'roi", 212, "hộ đồng bào Bana, Hrê, Chăm H'roi"),
 Q("trên 480 ha", 480, "ha", "over"), Q("8/9 vụ tranh chấp đất rẫy", 8, "vụ tranh chấp đất rẫy"), Q("27 hộ tái định cư", 27, "hộ tái định cư"),
 Q("không dưới 3 mô hình", 3, "mô hình", "over"), Q("hơn 5,4 tỷ đồng", 5400000000, "đồng", "over"),
 Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"), Q("19 vụ việc phức tạp", 19, "vụ việc phức tạp")],
[D("Thông báo", "37", "TB/BDVTU", "2022-07-13", None, "Thông báo kết luận số 37-TB/BDVTU ngày 13/7/2022"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 06, 07-KL/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "78", "KH/BDVTU", "2022-03-15", None, "kế hoạch số 78-KH/BDVTU ngày 15/3/2022")],
[prov("Bình Định"), com("An Toàn"), com("Cát Hanh")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "Đồng chí Đinh Thị Lành phát biểu kết luận hội nghị.", "(BĐ)",
 "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Năm, 14/07/2022 - 16:45", "quý II/2022", "giai đoạn 2021 - 2025", "quý III", "6 tháng đầu năm"]))

PAGES.append(page("b5970-kontum-bdv-giamsat-2023", """
Báo Kon Tum điện tử
Trang chủ >> Chính trị >> Xây dựng Đảng
19/05/2023 - 10:05
Đoàn giám sát làm việc với Đảng ủy xã Đăk Nhoong.
Thông báo kết luận giám sát việc thực hiện Quy chế công tác dân vận tại xã Đăk Nhoong
Thực hiện Chương trình kiểm tra, giám sát năm 2023 của Ban Thường vụ Tỉnh ủy, từ ngày 8 đến 10/5/2023, đoàn giám sát số 3 do đồng chí Y Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát Ban Thường vụ Đảng ủy xã Đăk Nhoong, huyện Đăk Glei về việc thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương và Kế hoạch số 41-KH/TU ngày 12/11/2021 của Tỉnh ủy. Ngày 16/5/2023, đoàn giám sát ban hành Thông báo kết luận số 12-TB/ĐGS ngày 16/5/2023.
Ưu điểm
Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU ngày 2/3/2022 về công tác dân vận; kiện toàn Khối dân vận xã gồm 7 đồng chí do đồng chí A Thuyên, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã làm Trưởng khối. Xã có 9 thôn với 1.047 hộ, 4.312 khẩu, 97% là đồng bào Giẻ Triêng, Xơ Đăng. Năm 2022, người dân hiến 3,5 ha đất xây trường mẫu giáo và điểm trường; nay toàn xã có 6/9 thôn đạt chuẩn thôn văn hóa. Tỷ lệ hộ nghèo giảm từ 41,2% xuống còn 33,6%.
Hạn chế
Việc tiếp dân, đối thoại của người đứng đầu cấp ủy chưa thường xuyên, năm 2022 chỉ tổ chức 1 buổi; còn 23 hộ di cư tự do chưa được hướng dẫn đăng ký cư trú; 4 trường hợp tuyên truyền đạo trái phép chưa được xử lý dứt điểm. Việc thực hiện Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy và Ủy ban MTTQ xã còn hình thức.
Kiến nghị
Đoàn giám sát đề nghị Ban Thường vụ Đảng ủy xã: chỉ đạo tổ chức đối thoại với nhân dân ít nhất 2 lần/năm; giao đồng chí Y Dương, ĐUV, Chủ tịch Ủy ban MTTQ xã, cùng các đồng chí Bí thư chi bộ thôn: A Lếch, Y Bông, A Vinh rà soát hộ di cư tự do, báo cáo trước ngày 30/6/2023. Đề nghị Huyện ủy Đăk Glei chỉ đạo Ban Dân vận Huyện ủy mà trực tiếp là đồng chí Nguyễn Văn Hải, HUV, Trưởng Ban Dân vận Huyện ủy Đăk Glei, hướng dẫn xã khắc phục hạn chế.
Tại buổi thông báo kết luận, đồng chí Y Nhàn đánh giá cao sự phối hợp của xã; lưu ý bám sát Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và tình hình tôn giáo. Đại diện Đảng ủy xã, đồng chí A Thuyên tiếp thu, cam kết xây dựng kế hoạch khắc phục trong 30 ngày.
Đoàn cũng trao 20 suất quà cho hộ nghèo, mỗi suất trị giá 500.000 đồng.
Minh Châu
Tin liên quan
- Ban Dân vận Tỉnh ủy giám sát tại xã Ngọc Linh (28/04/2023)
- Kon Tum: 150 già làng được biểu dương (20/04/2023)
- Đăk Glei vận động người dân không vượt biên (10/04/2023)
""", "2023-05-19", "Thông báo kết luận giám sát việc thực hiện Quy chế công tác dân vận tại xã Đăk Nhoong",
E("giam_sat", "2023", "2023-05-08"),
[P("Y Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Y Dương", "ĐUV", "Chủ tịch Ủy ban MTTQ xã"),
 P("A Lếch", "Bí thư chi bộ thôn"), P("Y Bông", "Bí thư chi bộ thôn"), P("A Vinh", "Bí thư chi bộ thôn"),
 P("Nguyễn Văn Hải", "HUV", "Trưởng Ban Dân vận Huyện ủy Đăk Glei")],
[Q("7 đồng chí", 7, "đồng chí"), Q("9 thôn", 9, "thôn"), Q("1.047 hộ", 1047, "hộ"), Q("4.312 khẩu", 4312, "khẩu"),
 Q("97%", 97, "%"), Q("3,5 ha", 3.5, "ha"), Q("6/9 thôn", 6, "thôn"), Q("41,2%", 41.2, "%"), Q("33,6%", 33.6, "%"),
 Q("1 buổi", 1, "buổi"), Q("23 hộ di cư tự do", 23, "hộ di cư tự do"), Q("4 trường hợp", 4, "trường hợp"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "41", "KH/TU", "2021-11-12", "Tỉnh ủy", "Kế hoạch số 41-KH/TU ngày 12/11/2021"),
 D("Thông báo", "12", "TB/ĐGS", "2023-05-16", "đoàn giám sát", "Thông báo kết luận số 12-TB/ĐGS ngày 16/5/2023"),
 D("Nghị quyết", "05", "NQ/ĐU", "2022-03-02", "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU ngày 2/3/2022"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, None, "Quy chế phối hợp số 02-QC/ĐU"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU")],
[prov("Kon Tum"), com("Đăk Nhoong")],
["Báo Kon Tum điện tử", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Đoàn giám sát làm việc với Đảng ủy xã Đăk Nhoong.",
 "Chương trình kiểm tra, giám sát năm 2023"],
["19/05/2023 - 10:05", "năm 2023", "Năm 2022", "năm 2022", "2 lần/năm", "30 ngày", "đoàn giám sát số 3", "7 đồng chí"]))

PAGES.append(page("b5971-haiphong-phuong-doithoai-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI AN - THÀNH PHỐ HẢI PHÒNG
Vị trí: Trang chủ / Tin tức - Sự kiện / Tin phường
31.08.2023 | 16:05
Quang cảnh buổi đối thoại tại phường Đông Hải 1.
Phường Đông Hải 1 đối thoại với nhân dân năm 2023
Chiều 29/8/2023, Đảng ủy, UBND phường Đông Hải 1 tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023. Dự có 135 đại biểu là bí thư chi bộ, tổ trưởng tổ dân phố, người có uy tín và đông đảo nhân dân. Đồng chí Phạm Văn Hùng, Bí thư Đảng ủy phường chủ trì; cùng đối thoại có đồng chí Nguyễn Thị Thanh Thủy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường và đồng chí Vũ Đức Minh, Chủ tịch Ủy ban MTTQ phường.
Trước đối thoại, Ủy ban MTTQ phường đã tổng hợp 24 ý kiến, kiến nghị của cử tri tại 12 tổ dân phố. Tại hội nghị, 9 ý kiến được nêu trực tiếp, tập trung vào tiến độ bồi thường dự án khu đô thị, tình trạng ngập úng, thu gom rác và cấp giấy chứng nhận quyền sử dụng đất. Ông Đỗ Văn Tiến, tổ dân phố Trung Hành 5, phản ánh 32 hộ chưa nhận tiền bồi thường; bà Lê Thị Mận, Tổ trưởng tổ dân phố Đoạn Xá 2, đề nghị lắp thêm đèn chiếu sáng.
Thông báo kết luận
Sau hội nghị, UBND phường có Thông báo số 156/TB-UBND ngày 30/8/2023 kết luận hội nghị:
1. Giao đồng chí Hoàng Minh Tuấn, Phó Chủ tịch UBND phường, phối hợp Ban Quản lý dự án quận hoàn thiện hồ sơ, chi trả bồi thường cho 32 hộ trước ngày 30/9/2023; công khai phương án theo Nghị định 47/2014/NĐ-CP của Chính phủ.
2. Phối hợp Công ty TNHH MTV Thoát nước Hải Phòng nạo vét 1,2 km mương thoát nước; bố trí 150 triệu đồng từ ngân sách phường sửa chữa điện chiếu sáng tại 3 tổ dân phố.
3. Thực hiện Kế hoạch số 112-KH/ĐU ngày 6/3/2023 của Đảng ủy phường về đối thoại với nhân dân và Luật Thực hiện dân chủ ở cơ sở; Ủy ban MTTQ phường giám sát việc giải quyết kiến nghị, báo cáo kết quả tại hội nghị đối thoại lần sau.
4. Vận động nhân dân đóng góp xây dựng "Tuyến phố văn minh", phấn đấu 100% tổ dân phố phân loại rác tại nguồn.
Phát biểu kết thúc, đồng chí Phạm Văn Hùng cảm ơn ý kiến của nhân dân, khẳng định các kiến nghị thuộc thẩm quyền sẽ được giải quyết dứt điểm; những nội dung vượt thẩm quyền phường tổng hợp báo cáo quận. Năm 2023, phường đã giải quyết 18/21 đơn thư, đạt 85,7%, không có đơn vượt cấp. Đây là lần đối thoại thứ hai trong năm; lần trước, tháng 3/2023, phường đã tiếp thu 17 kiến nghị, đến nay giải quyết xong 15 kiến nghị.
Thu Trang - Phường Đông Hải 1
Lượt truy cập: 12.034
Tin khác
- Phường Đông Hải 2 ra quân tổng vệ sinh môi trường (25/08/2023)
- Quận Hải An tiếp xúc cử tri trước kỳ họp HĐND (15/08/2023)
- Trao 80 suất quà cho gia đình chính sách (27/07/2023)
""", "2023-08-31", "Phường Đông Hải 1 đối thoại với nhân dân năm 2023",
E("doi_thoai", "2023", "2023-08-29"),
[P("Phạm Văn Hùng", "Bí thư Đảng ủy phường"),
 P("Nguyễn Thị Thanh Thủy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Vũ Đức Minh", "Chủ tịch Ủy ban MTTQ phường"),
 P("Đỗ Văn Tiến"),
 P("Lê Thị Mận", "Tổ trưởng tổ dân phố Đoạn Xá 2"),
 P("Hoàng Minh Tuấn", "Phó Chủ tịch UBND phường")],
[Q("135 đại biểu", 135, "đại biểu"), Q("24 ý kiến, kiến nghị", 24, "ý kiến, kiến nghị"), Q("12 tổ dân phố", 12, "tổ dân phố"),
 Q("9 ý kiến", 9, "ý kiến"), Q("32 hộ", 32, "hộ"), Q("1,2 km", 1.2, "km"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("3 tổ dân phố", 3, "tổ dân phố"), Q("100%", 100, "%"), Q("18/21 đơn thư", 18, "đơn thư"), Q("85,7%", 85.7, "%"), Q("17 kiến nghị", 17, "kiến nghị"), Q("15 kiến nghị", 15, "kiến nghị")],
[D("Thông báo", "156", "TB-UBND", "2023-08-30", None, "Thông báo số 156/TB-UBND ngày 30/8/2023"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP"),
 D("Kế hoạch", "112", "KH/ĐU", "2023-03-06", "Đảng ủy phường", "Kế hoạch số 112-KH/ĐU ngày 6/3/2023")],
[prov("Hải Phòng"), com("Đông Hải 1")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HẢI AN - THÀNH PHỐ HẢI PHÒNG", "Vị trí: Trang chủ / Tin tức - Sự kiện / Tin phường",
 "Quang cảnh buổi đối thoại tại phường Đông Hải 1.", "Luật Thực hiện dân chủ ở cơ sở", "Tuyến phố văn minh",
 "Công ty TNHH MTV Thoát nước Hải Phòng", "Thông báo kết luận", "Lượt truy cập: 12.034"],
["31.08.2023 | 16:05", "năm 2023", "Năm 2023", "Lượt truy cập: 12.034", "Trung Hành 5", "Đoạn Xá 2", "lần đối thoại thứ hai", "tháng 3/2023"]))

PAGES.append(page("b5972-travinh-bdv-soket-2024", """
BÁO TRÀ VINH ĐIỆN TỬ
You are here: Trang chủ > Chính trị > Dân vận
Cập nhật: 09:42, 12/07/2024 (GMT+7)
Toàn cảnh hội nghị sơ kết.
Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2024
(TV) - Sáng 10/7, Ban Dân vận Tỉnh ủy Trà Vinh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Kim Thị Sa Vy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Sô Ry, Nguyễn Văn Đông.
Theo báo cáo, 6 tháng đầu năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 21, 22-CT/TU về công tác dân vận trong tổ chức đại hội đảng bộ các cấp và về vận động đồng bào Khmer đón Tết Chôl Chnăm Thmây; hướng dẫn thực hiện Luật Thực hiện dân chủ ở cơ sở. Toàn tỉnh có 1.036 mô hình "Dân vận khéo", trong đó 128 mô hình tiêu biểu cấp tỉnh. Nhân dân đóng góp hơn 26,7 tỷ đồng, hiến 41.500 m2 đất xây dựng nông thôn mới. Dịp Tết Chôl Chnăm Thmây, các cấp thăm, tặng 8.640 phần quà Tết cho hộ nghèo đồng bào Khmer và 143 chùa Phật giáo Nam tông Khmer.
Hội nghị nghe 5 tham luận. Đồng chí Sơn Thị Chanh Đa, HUV, Trưởng Ban Dân vận Huyện ủy Trà Cú, chia sẻ việc vận động 74 hộ hiến đất mở rộng đường liên ấp tại xã Ngãi Xuyên; Đại đức Kiên Sóc Thươl, trụ trì chùa Ô Chích, xã Long Hiệp, giới thiệu lớp dạy chữ Khmer cho 210 học sinh.
Kết luận hội nghị, đồng chí Kim Thị Sa Vy đề nghị 6 tháng cuối năm:
- Tham mưu Ban Thường vụ Tỉnh ủy sơ kết 3 năm thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư và Quyết định số 23-QĐ/TW của BCH Trung ương; tổng kết Nghị quyết số 08-NQ/TU ngày 5/5/2021 của Ban Chấp hành Đảng bộ tỉnh.
- Mỗi xã, phường, thị trấn có ít nhất 1 mô hình mới; phấn đấu 100% ấp, khóm có tổ dân vận hoạt động hiệu quả.
- Giao đồng chí Lê Thanh Phong, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, phối hợp Ủy ban MTTQ Việt Nam tỉnh theo dõi 12 vụ việc khiếu kiện đông người.
Hội nghị thống nhất nội dung Thông báo kết luận số 48-TB/BDVTU ngày 11/7/2024, gửi Ban Dân vận 9 huyện, thị xã, thành ủy. Ban Dân vận Tỉnh ủy cũng đề nghị các cấp ủy quan tâm bố trí kinh phí cho hoạt động của tổ dân vận, khoảng 300.000 đồng/tổ/tháng, tạo điều kiện cho cán bộ bám ấp, khóm, sóc. Hiện toàn tỉnh có 1.120 tổ dân vận với trên 5.600 thành viên.
Ngọc Trâm
Tin cùng chuyên mục
- Cầu Ngang ra mắt 6 mô hình "Dân vận khéo" (02/07/2024)
- Họp mặt 180 người có uy tín trong đồng bào Khmer (10/04/2024)
- Trao 500 phần quà Tết Chôl Chnăm Thmây (08/04/2024)
""", "2024-07-12", "Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2024",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Kim Thị Sa Vy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Ry", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Đông", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Chanh Đa", "HUV", "Trưởng Ban Dân vận Huyện ủy Trà Cú"),
 P("Kiên Sóc Thươl", "Đại đức", "trụ trì chùa Ô Chích"),
 P("Lê Thanh Phong", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("1.036 mô hình", 1036, "mô hình"), Q("128 mô hình tiêu biểu cấp tỉnh", 128, "mô hình tiêu biểu cấp tỉnh"),
 Q("hơn 26,7 tỷ đồng", 26700000000, "đồng", "over"), Q("41.500 m2", 41500, "m2"), Q("8.640 phần quà", 8640, "phần quà"),
 Q("143 chùa Phật giáo Nam tông Khmer", 143, "chùa Phật giáo Nam tông Khmer"), Q("5 tham luận", 5, "tham luận"),
 Q("74 hộ", 74, "hộ"), Q("210 học sinh", 210, "học sinh"), Q("ít nhất 1 mô hình mới", 1, "mô hình mới", "over"),
 Q("100%", 100, "%"), Q("12 vụ việc khiếu kiện đông người", 12, "vụ việc khiếu kiện đông người"),
 Q("9 huyện, thị xã, thành ủy", 9, "huyện, thị xã, thành ủy"), Q("khoảng 300.000 đồng", 300000, "đồng", "approx"),
 Q("1.120 tổ dân vận", 1120, "tổ dân vận"), Q("trên 5.600 thành viên", 5600, "thành viên", "over")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Quyết định", "23", "QĐ/TW", None, "BCH Trung ương", "Quyết định số 23-QĐ/TW"),
 D("Nghị quyết", "08", "NQ/TU", "2021-05-05", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU ngày 5/5/2021"),
 D("Thông báo", "48", "TB/BDVTU", "2024-07-11", None, "Thông báo kết luận số 48-TB/BDVTU ngày 11/7/2024")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Long Hiệp")],
["BÁO TRÀ VINH ĐIỆN TỬ", "You are here: Trang chủ > Chính trị > Dân vận", "Toàn cảnh hội nghị sơ kết.", "(TV)",
 "Dân vận khéo", "Luật Thực hiện dân chủ ở cơ sở", "Tết Chôl Chnăm Thmây"],
["Cập nhật: 09:42, 12/07/2024 (GMT+7)", "6 tháng đầu năm 2024", "6 tháng cuối năm", "3 năm"]))

PAGES.append(page("b5973-langson-tu-thongbao-2024", """
Báo Lạng Sơn điện tử
Thời sự - Chính trị › Xây dựng Đảng
Thứ Sáu, 22/03/2024 - 08:20
Ban Thường vụ Tỉnh ủy kết luận về công tác dân vận trong giải phóng mặt bằng cao tốc Đồng Đăng - Trà Lĩnh
(LSO) - Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Thông báo kết luận số 915-TB/TU ngày 19/3/2024 về tăng cường công tác dân vận trong giải phóng mặt bằng, tái định cư dự án đường cao tốc Đồng Đăng - Trà Lĩnh đoạn qua địa bàn tỉnh.
Đường cao tốc đi qua huyện Cao Lộc, huyện Văn Lãng. Ảnh: TL
Theo thông báo, dự án có 1.423 hộ bị ảnh hưởng, trong đó 186 hộ phải tái định cư, tổng diện tích thu hồi khoảng 428 ha. Đến ngày 15/3/2024, đã có 1.357 hộ nhận tiền bồi thường với tổng số tiền trên 612 tỷ đồng, đạt 95,4%; còn 66 hộ chưa đồng thuận, tập trung ở xã Hoàng Đồng và xã Tân Liên. Khối dân vận các cấp đã tổ chức 57 cuộc đối thoại, tiếp 340 lượt công dân.
Ban Thường vụ Tỉnh ủy ghi nhận vai trò của đồng chí Hoàng Thị Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, trong chỉ đạo khối dân vận, và của các đồng chí Bí thư Đảng ủy xã: Lộc Văn Hòa (Hoàng Đồng), Nông Thị Thoa (Tân Liên) đã trực tiếp đến từng nhà vận động. Tại xã Hoàng Đồng, đồng chí Lộc Văn Hòa đã chủ trì 14 buổi họp thôn, vận động 38 hộ đồng bào Tày, Nùng bàn giao mặt bằng trước thời hạn.
Ban Thường vụ Tỉnh ủy yêu cầu:
1. Các cấp ủy, chính quyền tiếp tục quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương về Quy chế công tác dân vận và Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về công tác giải phóng mặt bằng các dự án trọng điểm.
2. Giao Ban Cán sự đảng UBND tỉnh chỉ đạo bố trí 3 khu tái định cư, hoàn thành hạ tầng trước ngày 30/6/2024; áp dụng mức hỗ trợ ổn định đời sống tối đa 6 tháng theo Quyết định số 12/2023/QĐ-UBND ngày 14/4/2023 của UBND tỉnh.
3. Giao đồng chí Triệu Văn Sình, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng đồng chí Vi Thị Hằng, Phó Chủ tịch Ủy ban MTTQ tỉnh, thành lập 2 tổ công tác vận động các hộ chưa đồng thuận; Ủy ban MTTQ các cấp giám sát việc chi trả, không để xảy ra khiếu kiện đông người.
4. Thực hiện Kế hoạch số 206-KH/TU ngày 8/1/2024 của Tỉnh ủy, bảo đảm bàn giao toàn bộ mặt bằng trong quý II/2024.
Trước đó, ngày 12/3/2024, đồng chí Hà Văn Quang, Phó Bí thư Thường trực Tỉnh ủy, đã đi kiểm tra thực địa, gặp gỡ 25 hộ dân tại thôn Khòn Khuyến. Đồng chí đề nghị chính quyền địa phương công khai phương án bồi thường, hỗ trợ tại nhà văn hóa thôn và trả lời bằng văn bản mọi kiến nghị của người dân trong 15 ngày.
PV
Lượt xem: 3.407
Tin liên quan
- Lạng Sơn: khởi công cao tốc Đồng Đăng - Trà Lĩnh (01/01/2024)
- Hội nghị người có uy tín năm 2023 (28/12/2023)
- Cao Lộc vận động 300 hộ giao đất cho dự án (05/12/2023)
""", "2024-03-22", "Ban Thường vụ Tỉnh ủy kết luận về công tác dân vận trong giải phóng mặt bằng cao tốc Đồng Đăng - Trà Lĩnh",
E("khac", None, None),
[P("Hoàng Thị Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Văn Hòa", "Bí thư Đảng ủy xã"), P("Nông Thị Thoa", "Bí thư Đảng ủy xã"),
 P("Triệu Văn Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Quang", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("1.423 hộ", 1423, "hộ"), Q("186 hộ", 186, "hộ"), Q("khoảng 428 ha", 428, "ha", "approx"), Q("1.357 hộ", 1357, "hộ"),
 Q("trên 612 tỷ đồng", 612000000000, "đồng", "over"), Q("95,4%", 95.4, "%"), Q("66 hộ", 66, "hộ"),
 Q("57 cuộc đối thoại", 57, "cuộc đối thoại"), Q("340 lượt công dân", 340, "lượt công dân"),
 Q("3 khu tái định cư", 3, "khu tái định cư"), Q("14 buổi họp thôn", 14, "buổi họp thôn"), Q("38 hộ đồng bào Tày, Nùng", 38, "hộ đồng bào Tày, Nùng"), Q("2 tổ công tác", 2, "tổ công tác"), Q("25 hộ dân", 25, "hộ dân")],
[D("Thông báo", "915", "TB/TU", "2024-03-19", "Ban Thường vụ Tỉnh ủy", "Thông báo kết luận số 915-TB/TU ngày 19/3/2024"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Quyết định", "12", "2023/QĐ-UBND", "2023-04-14", "UBND tỉnh", "Quyết định số 12/2023/QĐ-UBND ngày 14/4/2023"),
 D("Kế hoạch", "206", "KH/TU", "2024-01-08", "Tỉnh ủy", "Kế hoạch số 206-KH/TU ngày 8/1/2024")],
[prov("Lạng Sơn"), com("Hoàng Đồng"), com("Tân Liên")],
["Báo Lạng Sơn điện tử", "Thời sự - Chính trị › Xây dựng Đảng", "(LSO)", "Đường cao tốc đi qua huyện Cao Lộc, huyện Văn Lãng. Ảnh: TL",
 "Lượt xem: 3.407", "Đồng Đăng - Trà Lĩnh"],
["Thứ Sáu, 22/03/2024 - 08:20", "tối đa 6 tháng", "quý II/2024", "Lượt xem: 3.407", "15 ngày"]))

PAGES.append(page("b5974-baria-mttq-tongket-2024", """
BÁO BÀ RỊA - VŨNG TÀU
Trang chủ - Chính trị - Mặt trận
27/12/2024 06:00
Đồng chí Trần Thị Bích Liên phát biểu tại hội nghị.
Mặt trận tỉnh tổng kết công tác năm 2024: hơn 2.100 căn nhà Đại đoàn kết được trao
(BR-VT) - Ngày 25/12, Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác Mặt trận năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Trần Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì và kết luận hội nghị. Thường trực Ủy ban đã ra Thông báo kết luận số 205/TB-MTTQ-BTT ngày 26/12/2024.
Năm 2024, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát", Mặt trận các cấp trong tỉnh đã vận động xây mới, sửa chữa hơn 2.100 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận nghèo, tổng kinh phí trên 105 tỷ đồng. Chương trình "Mùa xuân nghĩa tình" trao 23.500 phần quà Tết, trị giá khoảng 19,8 tỷ đồng. Mặt trận tổ chức 168 cuộc giám sát, 21 hội nghị phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị; tham gia hòa giải thành 412 vụ việc ở khu dân cư.
Tại hội nghị, 6 ý kiến tham luận. Ông Lê Văn Mười, Chủ tịch Ủy ban MTTQ xã Long Sơn, nêu cách vận động 420 hộ nuôi trồng thủy sản giữ vệ sinh môi trường biển; bà Nguyễn Thị Kim Yến, Chủ tịch Ủy ban MTTQ phường Phước Trung, chia sẻ mô hình "Khu phố không rác thải nhựa"; Linh mục Giuse Phạm Văn Tâm, chánh xứ giáo xứ Bình Giã, xã Bình Giã, giới thiệu việc giáo dân góp 1,6 tỷ đồng làm đường.
Kết luận hội nghị, đồng chí Trần Thị Bích Liên yêu cầu năm 2025:
- Thực hiện Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy về vận động nhân dân tham gia bảo vệ môi trường và xây dựng đô thị văn minh; chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI.
- Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Võ Thị Thu Hà, Nguyễn Văn Quý, Đặng Minh Châu phụ trách từng khối công tác; vận động Quỹ "Vì người nghèo" năm 2025 không dưới 40 tỷ đồng.
- Triển khai Nghị định 59/2023/NĐ-CP của Chính phủ và Luật Thực hiện dân chủ ở cơ sở; bảo đảm 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể và 78 cá nhân tiêu biểu; Ủy ban Trung ương MTTQ Việt Nam tặng cờ thi đua cho 2 đơn vị. Đồng chí Huỳnh Tấn Phát, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, trình bày báo cáo.
Hương Giang
Tin liên quan
- Bà Rịa - Vũng Tàu bàn giao 500 căn nhà cho hộ nghèo (18/12/2024)
- Mặt trận huyện Châu Đức tổng kết năm 2024 (17/12/2024)
- Ngày hội Đại đoàn kết tại khu phố Long Hương (18/11/2024)
""", "2024-12-27", "Mặt trận tỉnh tổng kết công tác năm 2024: hơn 2.100 căn nhà Đại đoàn kết được trao",
E("tong_ket", "2024", "2024-12-25"),
[P("Trần Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Mười", "Chủ tịch Ủy ban MTTQ xã Long Sơn"),
 P("Nguyễn Thị Kim Yến", "Chủ tịch Ủy ban MTTQ phường Phước Trung"),
 P("Giuse Phạm Văn Tâm", "Linh mục", "chánh xứ giáo xứ Bình Giã"),
 P("Võ Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Minh Châu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Tấn Phát", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 2.100 căn nhà Đại đoàn kết", 2100, "căn nhà Đại đoàn kết", "over"), Q("trên 105 tỷ đồng", 105000000000, "đồng", "over"),
 Q("23.500 phần quà", 23500, "phần quà"), Q("khoảng 19,8 tỷ đồng", 19800000000, "đồng", "approx"),
 Q("168 cuộc giám sát", 168, "cuộc giám sát"), Q("21 hội nghị phản biện xã hội", 21, "hội nghị phản biện xã hội"),
 Q("412 vụ việc", 412, "vụ việc"), Q("6 ý kiến tham luận", 6, "ý kiến tham luận"), Q("420 hộ", 420, "hộ"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("không dưới 40 tỷ đồng", 40000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("45 tập thể", 45, "tập thể"), Q("78 cá nhân tiêu biểu", 78, "cá nhân tiêu biểu"), Q("2 đơn vị", 2, "đơn vị")],
[D("Thông báo", "205", "TB-MTTQ-BTT", "2024-12-26", "Thường trực Ủy ban", "Thông báo kết luận số 205/TB-MTTQ-BTT ngày 26/12/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP")],
[prov("Bà Rịa - Vũng Tàu"), com("Long Sơn"), com("Phước Trung"), com("Bình Giã")],
["BÁO BÀ RỊA - VŨNG TÀU", "Trang chủ - Chính trị - Mặt trận", "Đồng chí Trần Thị Bích Liên phát biểu tại hội nghị.", "(BR-VT)",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Mùa xuân nghĩa tình", "Khu phố không rác thải nhựa", "Vì người nghèo",
 "Luật Thực hiện dân chủ ở cơ sở", "Ngày hội Đại đoàn kết toàn dân tộc"],
["27/12/2024 06:00", "năm 2024", "năm 2025", "lần thứ XI"]))
