from lib import *
PAGES = []

PAGES.append(page("b2003-hagiang-bdv-giamsat-2018", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
2018-10-17 15:40
Giám sát việc nhận ủy thác vốn vay tại Hội LHPN tỉnh
Ngày 16/10/2018, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Vàng Thị Dính, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội tại Hội Liên hiệp Phụ nữ tỉnh Hà Giang, theo chương trình giám sát năm 2018 và Kế hoạch giám sát số 24-KH/BDVTU ngày 2/8/2018 của Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc với Hội LHPN tỉnh. Ảnh: Thu Hà
Báo cáo của Hội LHPN tỉnh cho thấy, đến 30/9/2018 dư nợ ủy thác qua Hội đạt 1.126,7 tỷ đồng, chiếm 34,2% tổng dư nợ các chương trình tín dụng chính sách trên địa bàn, với 1.318 tổ tiết kiệm và vay vốn, 38.645 hộ vay. Nợ quá hạn là 2,87 tỷ đồng, chiếm 0,25% tổng dư nợ ủy thác. 9 tháng qua, các tổ đã huy động tiền gửi tiết kiệm của tổ viên được hơn 41 tỷ đồng. Từ nguồn vốn vay, chị em người Mông, người Dao ở 4 huyện vùng cao núi đá đã phát triển chăn nuôi bò, trồng chè Shan tuyết, làm du lịch cộng đồng; 2.146 hộ do phụ nữ làm chủ đã thoát nghèo.
Đồng chí Nông Thị Thoa, Chủ tịch Hội LHPN tỉnh, cho biết Hội đã củng cố 47 tổ xếp loại yếu, thay 31 tổ trưởng và triển khai mô hình "Tổ tiết kiệm và vay vốn 5 không". Ở xã Lũng Cú, huyện Đồng Văn, các chị em người Lô Lô còn lập 6 nhóm "Phụ nữ tiết kiệm vì ngày mai", mỗi thành viên góp 30 nghìn đồng mỗi tháng.
Qua giám sát trực tiếp tại xã Sủng Là và xã Thuận Hòa, đoàn ghi nhận một số tồn tại: việc bình xét cho vay ở vài thôn chưa sát thực tế; có 118 hộ sử dụng vốn sai mục đích với số tiền 1,43 tỷ đồng; một số tổ trưởng chưa nắm vững nghiệp vụ. Bà Sùng Thị Mỷ, Tổ trưởng tổ tiết kiệm và vay vốn thôn Phố Là, xã Sủng Là, kiến nghị tăng mức phụ cấp hoa hồng vì tổ trưởng phải đi bộ nhiều giờ để thu lãi.
Đồng chí Giàng Seo Pó, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết ngân hàng sẽ nâng mức phí ủy thác cho các tổ đạt chất lượng tốt và tăng cường tập huấn cho 100% tổ trưởng mới.
Kết luận buổi giám sát, đồng chí Vàng Thị Dính đánh giá cao kết quả Hội LHPN tỉnh đạt được; đề nghị Hội tiếp tục thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội, chỉ đạo cơ sở thu hồi số vốn sử dụng sai mục đích trước ngày 31/12/2018, đồng thời lồng ghép tuyên truyền Chỉ thị số 40-CT/TW của Ban Bí thư. Đoàn giám sát sẽ báo cáo kết quả với Ban Thường vụ Tỉnh ủy.
Tham gia đoàn có các đồng chí Trưởng phòng của Ban Dân vận Tỉnh ủy: Triệu Thị Mẩy, Lù Văn Sua.
Ban Dân vận Tỉnh ủy
Tin khác
- Hội nghị giao ban khối dân vận quý III/2018 (05/10/2018)
- Đồng Văn: phụ nữ Lô Lô giữ nghề thêu (20/09/2018)
- Ra mắt mô hình "Dân vận khéo" ở Mèo Vạc (12/09/2018)
""", "2018-10-17", "Giám sát việc nhận ủy thác vốn vay tại Hội LHPN tỉnh",
E("giam_sat", "2018", "2018-10-16"),
[P("Vàng Thị Dính", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Thoa", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Mỷ", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Phố Là"),
 P("Giàng Seo Pó", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Triệu Thị Mẩy", "Trưởng phòng của Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Sua", "Trưởng phòng của Ban Dân vận Tỉnh ủy")],
[Q("1.126,7 tỷ đồng", 1126700000000, "đồng"), Q("34,2%", 34.2, "%"),
 Q("1.318 tổ tiết kiệm và vay vốn", 1318, "tổ tiết kiệm và vay vốn"), Q("38.645 hộ", 38645, "hộ"),
 Q("2,87 tỷ đồng", 2870000000, "đồng"), Q("0,25%", 0.25, "%"), Q("hơn 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("2.146 hộ do phụ nữ làm chủ", 2146, "hộ do phụ nữ làm chủ"),
 Q("47 tổ", 47, "tổ"), Q("31 tổ trưởng", 31, "tổ trưởng"), Q("6 nhóm", 6, "nhóm"), Q("30 nghìn đồng", 30000, "đồng"),
 Q("118 hộ", 118, "hộ"), Q("1,43 tỷ đồng", 1430000000, "đồng"), Q("100%", 100, "%")],
[D("Kế hoạch", "24", "KH/BDVTU", "2018-08-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch giám sát số 24-KH/BDVTU ngày 2/8/2018"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 40-CT/TW của Ban Bí thư")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Thuận Hòa")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
 "Đoàn giám sát làm việc với Hội LHPN tỉnh. Ảnh: Thu Hà", "Tổ tiết kiệm và vay vốn 5 không", "Phụ nữ tiết kiệm vì ngày mai"],
["2018-10-17 15:40", "năm 2018", "30/9/2018", "9 tháng", "5 không", "31/12/2018"]))

PAGES.append(page("b2004-bentre-hnd-taphuan-2019", """
HỘI NÔNG DÂN TỈNH BẾN TRE
Trang chủ / Hoạt động Hội / Tin tức
21.05.2019 | 16:05
Tập huấn cho 120 tổ trưởng tổ tiết kiệm và vay vốn
Các học viên tham dự lớp tập huấn.
Trong 2 ngày 20 và 21/5/2019, Hội Nông dân tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Bến Tre tổ chức lớp tập huấn nghiệp vụ ủy thác năm 2019 cho 120 tổ trưởng tổ tiết kiệm và vay vốn do Hội quản lý tại các huyện Thạnh Phú, Ba Tri, Bình Đại. Dự khai mạc có ông Trần Văn Út, Phó Chủ tịch Thường trực Hội Nông dân tỉnh; bà Huỳnh Thị Kim Loan, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Tại lớp tập huấn, các học viên được hướng dẫn quy trình bình xét cho vay, thu lãi, thu tiết kiệm, ghi chép sổ sách, kiểm tra sử dụng vốn; cập nhật các chương trình cho vay mới như cho vay hộ mới thoát nghèo theo Quyết định 28/2015/QĐ-TTg của Thủ tướng Chính phủ, cho vay nước sạch và vệ sinh môi trường nông thôn với mức tối đa 20 triệu đồng/công trình.
Theo ông Trần Văn Út, đến cuối tháng 4/2019 tổng dư nợ ủy thác qua Hội Nông dân tỉnh đạt 1.034,82 tỷ đồng với 1.062 tổ và 41.785 hộ vay; nợ quá hạn chỉ 0,18%. Sau đợt hạn mặn năm 2016, hơn 3.400 hộ hội viên bị thiệt hại đã được gia hạn nợ. Cũng từ nguồn vốn vay, nhiều hộ chuyển sang trồng bưởi da xanh, nuôi dê, nuôi tôm - lúa, có thu nhập bình quân 150 - 200 triệu đồng/năm.
Các tổ tiết kiệm và vay vốn còn là nơi sinh hoạt, tuyên truyền chủ trương của Đảng, chính sách của Nhà nước. Bà Lê Thị Mười, Tổ trưởng tổ tiết kiệm và vay vốn ấp An Bình, xã An Thạnh, huyện Thạnh Phú, chia sẻ: "Tổ tôi có 58 tổ viên, mỗi tháng tổ viên gửi tiết kiệm ít nhất 50 ngàn đồng. Số tiền gửi tích lũy đến nay trên 212 triệu đồng, nhiều chị dùng để trả nợ gốc đúng hạn". Ông Nguyễn Văn Bé Tư, Chủ tịch Hội Nông dân xã Phú Lễ, huyện Ba Tri, cho biết xã có 14 tổ, dư nợ hơn 19,6 tỷ đồng, không có nợ quá hạn 3 năm liền.
Lớp tập huấn nằm trong kế hoạch thực hiện Nghị quyết số 06-NQ/TU ngày 15/3/2016 của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững và Chỉ thị số 40-CT/TW của Ban Bí thư. Năm 2019, Hội Nông dân tỉnh đặt mục tiêu tăng dư nợ thêm 8%, thành lập mới 20 tổ và giúp 1.500 hộ hội viên thoát nghèo.
Nhiều học viên mong muốn được tập huấn thêm về kỹ năng tuyên truyền, vận động và cách sử dụng phần mềm theo dõi dư nợ trên điện thoại thông minh, để tổ viên tự kiểm tra số tiền vay, tiền lãi và tiền gửi tiết kiệm của mình.
Bế mạc lớp học, bà Võ Thị Ngọc Hạnh, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, trao giấy chứng nhận cho 118 học viên hoàn thành khóa học.
Hữu Hiệp
Tin cùng chuyên mục
- Hội Nông dân Mỏ Cày Nam trao 30 con bò giống (14/05/2019)
- Nông dân Bến Tre ứng phó hạn mặn (05/04/2019)
- Ra mắt Câu lạc bộ nông dân trồng bưởi (20/03/2019)
""", "2019-05-21", "Tập huấn cho 120 tổ trưởng tổ tiết kiệm và vay vốn",
E("tap_huan", "2019", "2019-05-20"),
[P("Trần Văn Út", "Phó Chủ tịch Thường trực Hội Nông dân tỉnh"),
 P("Huỳnh Thị Kim Loan", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Lê Thị Mười", "Tổ trưởng tổ tiết kiệm và vay vốn ấp An Bình"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch Hội Nông dân xã Phú Lễ"),
 P("Võ Thị Ngọc Hạnh", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh")],
[Q("120 tổ trưởng tổ tiết kiệm và vay vốn", 120, "tổ trưởng tổ tiết kiệm và vay vốn"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("1.034,82 tỷ đồng", 1034820000000, "đồng"), Q("1.062 tổ", 1062, "tổ"),
 Q("41.785 hộ", 41785, "hộ"), Q("0,18%", 0.18, "%"), Q("hơn 3.400 hộ hội viên", 3400, "hộ hội viên", "over"),
 Q("150 - 200 triệu đồng", 150000000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("58 tổ viên", 58, "tổ viên"), Q("50 ngàn đồng", 50000, "đồng"), Q("trên 212 triệu đồng", 212000000, "đồng", "over"),
 Q("14 tổ", 14, "tổ"), Q("hơn 19,6 tỷ đồng", 19600000000, "đồng", "over"), Q("8%", 8, "%"), Q("20 tổ", 20, "tổ"),
 Q("1.500 hộ hội viên", 1500, "hộ hội viên"), Q("118 học viên", 118, "học viên")],
[D("Quyết định", "28", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2015/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị quyết", "06", "NQ/TU", "2016-03-15", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 15/3/2016"),
 D("Chỉ thị", "40", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 40-CT/TW của Ban Bí thư")],
[prov("Bến Tre"), com("An Thạnh"), com("Phú Lễ")],
["HỘI NÔNG DÂN TỈNH BẾN TRE", "Trang chủ / Hoạt động Hội / Tin tức", "Các học viên tham dự lớp tập huấn."],
["21.05.2019 | 16:05", "2 ngày", "năm 2019", "tháng 4/2019", "năm 2016", "3 năm"]))

PAGES.append(page("b2005-quangnam-tinhdoan-tongket-2019", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Thời sự >> Chính trị >> Đoàn thể
Cập nhật lúc 17:20 ngày 27/12/2019
Đồng chí Alăng Thị Mai phát biểu tại hội nghị.
Tuổi trẻ Quảng Nam hỗ trợ hơn 1.600 thanh niên vay vốn khởi nghiệp
(QNO) - Ngày 26/12, Ban Chấp hành Tỉnh Đoàn Quảng Nam tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Alăng Thị Mai, Tỉnh ủy viên, Bí thư Tỉnh Đoàn chủ trì; dự có đồng chí Trần Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2019, các cấp bộ Đoàn phối hợp với Ngân hàng Chính sách xã hội quản lý 412 tổ tiết kiệm và vay vốn, dư nợ 689,5 tỷ đồng, tăng 57,2 tỷ đồng so với năm 2018; hỗ trợ 1.612 thanh niên vay vốn khởi nghiệp, lập nghiệp với tổng số tiền 48,36 tỷ đồng. Quỹ "Thanh niên khởi nghiệp" của Tỉnh Đoàn được bổ sung 1,2 tỷ đồng, giải ngân cho 39 dự án, mỗi dự án từ 20 đến 50 triệu đồng, không lãi suất trong 3 năm. Thực hiện Quyết định số 1665/QĐ-TTg ngày 30/10/2017 của Thủ tướng Chính phủ, Tỉnh Đoàn tổ chức cuộc thi ý tưởng khởi nghiệp với 126 dự án dự thi.
Công tác xây dựng tổ chức Đoàn có chuyển biến: kết nạp 8.740 đoàn viên mới, giới thiệu 1.215 đoàn viên ưu tú cho Đảng xem xét, trong đó 962 đoàn viên đã được kết nạp Đảng. Chiến dịch Thanh niên tình nguyện hè huy động 24.500 lượt đoàn viên, thanh niên tham gia; làm mới 18,5 km đường giao thông nông thôn và trao 1.130 suất học bổng trị giá 1,04 tỷ đồng.
Tại hội nghị, anh Zơ Râm Dũng, Bí thư Đoàn xã Tà Lu, huyện Đông Giang, chia sẻ mô hình nuôi heo đen, trồng ba kích của thanh niên người Cơ Tu từ nguồn vốn ủy thác; chị Bh'riu Thị Hồng, Bí thư Huyện Đoàn Tây Giang, đề nghị nâng mức cho vay tạo việc làm lên 100 triệu đồng/dự án. Anh Hồ Văn Thanh, Phó Bí thư Đoàn xã Trà Tập, kể câu chuyện 27 thanh niên người Ca Dong cùng góp vốn trồng sâm Ngọc Linh.
Phát biểu tại hội nghị, đồng chí Trần Thị Kim Hoa ghi nhận tuổi trẻ Quảng Nam đã tích cực thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; đề nghị năm 2020 Tỉnh Đoàn tập trung chuẩn bị tốt cho đại hội Đoàn các cấp và hỗ trợ thanh niên vùng tây phát triển kinh tế.
Dịp này, Tỉnh Đoàn tặng bằng khen cho 35 tập thể, 72 cá nhân; trao giải thưởng "Lý Tự Trọng" cho 10 cán bộ Đoàn tiêu biểu. Các đồng chí Phó Bí thư Tỉnh Đoàn Huỳnh Công Trí và Nguyễn Hà Uyên công bố quyết định khen thưởng.
Alăng Ngước
Xem thêm
- Tỉnh Đoàn ra mắt Câu lạc bộ doanh nhân trẻ (18/12/2019)
- Trao 200 suất quà cho thiếu nhi miền núi (05/12/2019)
- Quảng Nam: 3 dự án khởi nghiệp vào vòng chung kết toàn quốc (22/11/2019)
""", "2019-12-27", "Tuổi trẻ Quảng Nam hỗ trợ hơn 1.600 thanh niên vay vốn khởi nghiệp",
E("tong_ket", "2019", "2019-12-26"),
[P("Alăng Thị Mai", "Tỉnh ủy viên", "Bí thư Tỉnh Đoàn"),
 P("Trần Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Zơ Râm Dũng", "Bí thư Đoàn xã Tà Lu"),
 P("Bh'riu Thị Hồng", "Bí thư Huyện Đoàn Tây Giang"),
 P("Hồ Văn Thanh", "Phó Bí thư Đoàn xã Trà Tập"),
 P("Huỳnh Công Trí", "Phó Bí thư Tỉnh Đoàn"),
 P("Nguyễn Hà Uyên", "Phó Bí thư Tỉnh Đoàn")],
[Q("412 tổ tiết kiệm và vay vốn", 412, "tổ tiết kiệm và vay vốn"), Q("689,5 tỷ đồng", 689500000000, "đồng"),
 Q("57,2 tỷ đồng", 57200000000, "đồng"), Q("1.612 thanh niên", 1612, "thanh niên"), 
 Q("48,36 tỷ đồng", 48360000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("39 dự án", 39, "dự án"),
 Q("20", 20000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("126 dự án dự thi", 126, "dự án dự thi"),
 Q("8.740 đoàn viên mới", 8740, "đoàn viên mới"), Q("1.215 đoàn viên ưu tú", 1215, "đoàn viên ưu tú"),
 Q("962 đoàn viên", 962, "đoàn viên"), Q("24.500 lượt đoàn viên, thanh niên", 24500, "lượt đoàn viên, thanh niên"),
 Q("18,5 km", 18.5, "km"), Q("1.130 suất học bổng", 1130, "suất học bổng"), Q("1,04 tỷ đồng", 1040000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("27 thanh niên", 27, "thanh niên"),
 Q("35 tập thể", 35, "tập thể"), Q("72 cá nhân", 72, "cá nhân"), Q("10 cán bộ Đoàn tiêu biểu", 10, "cán bộ Đoàn tiêu biểu")],
[D("Quyết định", "1665", "QĐ-TTg", "2017-10-30", "Thủ tướng Chính phủ", "Quyết định số 1665/QĐ-TTg ngày 30/10/2017"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015")],
[prov("Quảng Nam"), com("Tà Lu"), com("Trà Tập")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Thời sự >> Chính trị >> Đoàn thể",
 "Đồng chí Alăng Thị Mai phát biểu tại hội nghị.", "(QNO)", "Thanh niên khởi nghiệp", "Lý Tự Trọng"],
["Cập nhật lúc 17:20 ngày 27/12/2019", "năm 2019", "năm 2020", "năm 2018", "3 năm"]))

PAGES.append(page("b2006-camau-hlhpn-hoinghi-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ » Tin tức - Sự kiện » Phụ nữ khởi nghiệp
Thứ Tư, 14/10/2020
Biểu dương 68 phụ nữ khởi nghiệp, làm kinh tế giỏi
Chiều 13/10, Hội LHPN tỉnh Cà Mau tổ chức hội nghị biểu dương phụ nữ khởi nghiệp, phát triển kinh tế năm 2020, nhân kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2020). Bà Châu Thị Mỹ Phương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có đồng chí Lý Văn Hên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
Các đại biểu được biểu dương chụp ảnh lưu niệm.
Hội nghị biểu dương 68 phụ nữ tiêu biểu đến từ 9 huyện, thành phố, trong đó có 11 chị là người dân tộc Khmer, Hoa. Thực hiện Quyết định 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", 3 năm qua các cấp Hội đã hỗ trợ 1.326 phụ nữ khởi sự kinh doanh, thành lập 14 hợp tác xã và 96 tổ hợp tác do phụ nữ quản lý. Dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 1.208 tỷ đồng, chiếm 31,6% dư nợ toàn chi nhánh, với 36.420 hộ vay; các tổ tiết kiệm và vay vốn huy động tiền gửi được 58,9 tỷ đồng.
Nhiều gương điển hình được chia sẻ tại hội nghị. Chị Danh Thị Kiều, ấp Cơi Năm, xã Tân Hưng Đông, huyện Cái Nước, từ 30 triệu đồng vay Ngân hàng Chính sách xã hội năm 2015, nay có 12 ha nuôi tôm quảng canh cải tiến, lợi nhuận mỗi năm khoảng 600 triệu đồng, tạo việc làm cho 8 lao động. Chị Lý Thị Hên, Giám đốc Hợp tác xã mắm và khô Khánh Bình Tây, xã Khánh Bình Tây, huyện Trần Văn Thời, cho biết hợp tác xã có 27 thành viên, sản phẩm khô cá đạt chuẩn OCOP 4 sao, doanh thu năm 2019 đạt 3,2 tỷ đồng.
Bà Trần Thị Út Em, Chủ tịch Hội LHPN huyện Ngọc Hiển, nói: "Chị em vùng bãi bồi rất cần vốn, nhưng cần hơn là kiến thức thị trường". Huyện đã xây dựng 21 mô hình "Tiết kiệm làm theo lời Bác", giúp 310 chị gửi tiết kiệm hơn 1,5 tỷ đồng để xoay vòng vốn cho nhau.
Phát biểu tại hội nghị, đồng chí Lý Văn Hên đề nghị các cấp Hội tiếp tục thực hiện Kế hoạch số 97-KH/TU của Tỉnh ủy về thực hiện Chỉ thị 40-CT/TW, phối hợp chặt chẽ với ngân hàng để chị em tiếp cận vốn vay ưu đãi; phấn đấu đến năm 2025 mỗi huyện có ít nhất 2 hợp tác xã do phụ nữ làm chủ.
Dịp này, Hội LHPN tỉnh trao 68 phần thưởng, mỗi phần thưởng gồm giấy khen và 1.000.000 đồng tiền mặt; Ngân hàng Chính sách xã hội tỉnh tặng 5 phần quà trị giá 2 triệu đồng cho các chị có hoàn cảnh khó khăn. Bà Châu Thị Mỹ Phương đề nghị các chị tiếp tục lan tỏa tinh thần khởi nghiệp và tham gia tích cực phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Ngọc Hân
Lượt truy cập: 45.219
Tin liên quan
- Cà Mau: trao 100 suất quà cho phụ nữ nghèo (10/10/2020)
- Hội thi "Phụ nữ khởi nghiệp sáng tạo" năm 2020 (25/09/2020)
- Ra mắt 5 tổ hợp tác phụ nữ nuôi cua (14/09/2020)
""", "2020-10-14", "Biểu dương 68 phụ nữ khởi nghiệp, làm kinh tế giỏi",
E("hoi_nghi", "2020", "2020-10-13"),
[P("Châu Thị Mỹ Phương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Văn Hên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Kiều"),
 P("Lý Thị Hên", "Giám đốc Hợp tác xã mắm và khô Khánh Bình Tây"),
 P("Trần Thị Út Em", "Chủ tịch Hội LHPN huyện Ngọc Hiển")],
[Q("68 phụ nữ tiêu biểu", 68, "phụ nữ tiêu biểu"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("11 chị", 11, "chị"),
 Q("1.326 phụ nữ", 1326, "phụ nữ"), Q("14 hợp tác xã", 14, "hợp tác xã"), Q("96 tổ hợp tác", 96, "tổ hợp tác"),
 Q("1.208 tỷ đồng", 1208000000000, "đồng"), Q("31,6%", 31.6, "%"), Q("36.420 hộ", 36420, "hộ"),
 Q("58,9 tỷ đồng", 58900000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("12 ha", 12, "ha"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("8 lao động", 8, "lao động"), Q("27 thành viên", 27, "thành viên"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("21 mô hình", 21, "mô hình"), Q("310 chị", 310, "chị"),
 Q("hơn 1,5 tỷ đồng", 1500000000, "đồng", "over"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("68 phần thưởng", 68, "phần thưởng"), Q("1.000.000 đồng", 1000000, "đồng"), Q("5 phần quà", 5, "phần quà"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "97", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 97-KH/TU của Tỉnh ủy"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị 40-CT/TW")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ » Tin tức - Sự kiện » Phụ nữ khởi nghiệp",
 "Các đại biểu được biểu dương chụp ảnh lưu niệm.", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025",
 "Tiết kiệm làm theo lời Bác", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Lượt truy cập: 45.219"],
["Thứ Tư, 14/10/2020", "90 năm", "20/10/1930 - 20/10/2020", "3 năm", "năm 2015", "4 sao", "năm 2019", "năm 2025",
 "Lượt truy cập: 45.219"]))

PAGES.append(page("b2007-kontum-hnd-baocao-2020", """
HỘI NÔNG DÂN TỈNH KON TUM
Trang chủ - Hoạt động Hội - Tin tức
10/12/2020 08:30
Năm 2020: Nông dân Kon Tum được vay hơn 1.100 tỷ đồng vốn chính sách
Ngày 8/12/2020, Ban Thường vụ Hội Nông dân tỉnh Kon Tum ban hành Báo cáo số 215-BC/HNDT về kết quả công tác Hội và phong trào nông dân năm 2020, phương hướng, nhiệm vụ năm 2021. Báo cáo cho thấy dù chịu ảnh hưởng của dịch Covid-19 và các cơn bão số 9, số 10 cuối năm, các chỉ tiêu cơ bản của Hội đều đạt và vượt kế hoạch.
Nông dân xã Đăk Rơ Nga chăm sóc vườn sâm dây.
Theo báo cáo, đến 30/11/2020 các cấp Hội quản lý dư nợ ủy thác của Ngân hàng Chính sách xã hội hơn 1.100 tỷ đồng (đạt 1.106,4 tỷ đồng), thông qua 438 tổ tiết kiệm và vay vốn với 24.870 hộ vay; tỷ lệ nợ quá hạn 0,09%. Hội còn phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh cho 3.952 hộ vay theo Nghị định 116/2018/NĐ-CP của Chính phủ, dư nợ 387,6 tỷ đồng. Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 21,84 tỷ đồng, tăng 2,1 tỷ đồng so với năm 2019, cho 63 dự án với 1.025 hộ vay.
Hội đã kết nạp 2.986 hội viên mới, nâng tổng số hội viên lên 92.540 người, đạt tỷ lệ tập hợp 81,3% số hộ nông dân. Toàn tỉnh có 27.815 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó 146 hộ đạt cấp Trung ương. Hội nông dân các cấp đã vận động hội viên hiến 41.600 m2 đất, đóng góp 7,35 tỷ đồng và 18.900 ngày công xây dựng nông thôn mới.
Báo cáo nêu nhiều mô hình hiệu quả của đồng bào Xơ Đăng, Ba Na, Gia Rai: tổ hợp tác trồng sâm dây ở xã Đăk Rơ Nga do anh A Pháp, Tổ trưởng tổ hợp tác sâm dây thôn Đăk Ga, làm tổ trưởng, thu nhập bình quân 90 triệu đồng/hộ/năm; mô hình nuôi cá lồng trên lòng hồ thủy điện Plei Krông của chị Y Khuyên, hội viên xã Ngọc Réo. Ông A Dũng, Chủ tịch Hội Nông dân huyện Đăk Tô, được Trung ương Hội tặng bằng khen vì có nhiều cách làm hay trong thu hồi nợ quá hạn.
Báo cáo cũng chỉ ra hạn chế: việc thành lập tổ hợp tác, hợp tác xã còn chậm; 17 tổ tiết kiệm và vay vốn xếp loại yếu chưa được củng cố; công tác nắm tình hình tư tưởng hội viên có nơi chưa kịp thời.
Năm 2021, Hội Nông dân tỉnh đặt mục tiêu kết nạp 2.500 hội viên, tăng Quỹ Hỗ trợ nông dân thêm 10%, giúp ít nhất 500 hộ hội viên thoát nghèo; tiếp tục thực hiện Kết luận 61-KL/TW của Ban Bí thư và Chỉ thị số 12-CT/TU ngày 15/5/2017 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với Hội Nông dân. Bà Y Blúp, Chủ tịch Hội Nông dân tỉnh, nhấn mạnh Hội sẽ tập trung chuẩn bị đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2023 - 2028.
Phòng Tuyên huấn
Bài viết liên quan
- Hội Nông dân tỉnh trao 50 con bò sinh sản (28/11/2020)
- Nông dân Kon Tum ứng phó bão số 9 (30/10/2020)
- Hội thảo tiêu thụ sâm dây (12/10/2020)
""", "2020-12-10", "Năm 2020: Nông dân Kon Tum được vay hơn 1.100 tỷ đồng vốn chính sách",
E("bao_cao", "2020", "2020-12-08"),
[P("A Pháp", "Tổ trưởng tổ hợp tác sâm dây thôn Đăk Ga"),
 P("Y Khuyên", "hội viên xã Ngọc Réo"),
 P("A Dũng", "Chủ tịch Hội Nông dân huyện Đăk Tô"),
 P("Y Blúp", "Chủ tịch Hội Nông dân tỉnh")],
[Q("1.106,4 tỷ đồng", 1106400000000, "đồng"),
 Q("438 tổ tiết kiệm và vay vốn", 438, "tổ tiết kiệm và vay vốn"), Q("24.870 hộ", 24870, "hộ"), Q("0,09%", 0.09, "%"),
 Q("3.952 hộ", 3952, "hộ"), Q("387,6 tỷ đồng", 387600000000, "đồng"), Q("21,84 tỷ đồng", 21840000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("63 dự án", 63, "dự án"), Q("1.025 hộ", 1025, "hộ"),
 Q("2.986 hội viên mới", 2986, "hội viên mới"), Q("92.540 người", 92540, "người"), Q("81,3%", 81.3, "%"),
 Q("27.815 hộ", 27815, "hộ"), Q("146 hộ", 146, "hộ"), Q("41.600 m2", 41600, "m2"), Q("7,35 tỷ đồng", 7350000000, "đồng"),
 Q("18.900 ngày công", 18900, "ngày công"), Q("90 triệu đồng", 90000000, "đồng"),
 Q("17 tổ tiết kiệm và vay vốn", 17, "tổ tiết kiệm và vay vốn"), Q("2.500 hội viên", 2500, "hội viên"), Q("10%", 10, "%"),
 Q("500 hộ hội viên", 500, "hộ hội viên")],
[D("Báo cáo", "215", "BC/HNDT", "2020-12-08", "Ban Thường vụ Hội Nông dân tỉnh Kon Tum", "Báo cáo số 215-BC/HNDT"),
 D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "Nghị định 116/2018/NĐ-CP của Chính phủ"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Chỉ thị", "12", "CT/TU", "2017-05-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 15/5/2017")],
[prov("Kon Tum"), com("Đăk Rơ Nga"), com("Ngọc Réo")],
["HỘI NÔNG DÂN TỈNH KON TUM", "Trang chủ - Hoạt động Hội - Tin tức", "Nông dân xã Đăk Rơ Nga chăm sóc vườn sâm dây.",
 "Quỹ Hỗ trợ nông dân"],
["10/12/2020 08:30", "Năm 2020", "năm 2021", "Covid-19", "bão số 9, số 10", "30/11/2020", "năm 2019", "nhiệm kỳ 2023 - 2028"]))

PAGES.append(page("b2008-hanam-hlhpn-soket-2021", """
Cổng thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Hà Nam
Trang chủ > Tin tức - Sự kiện > Hoạt động Hội
Thứ Sáu, ngày 16/07/2021 - 09:15
Phụ nữ Hà Nam góp 3,6 tỷ đồng vào các tổ tiết kiệm
Sáng 15/7, Hội LHPN tỉnh Hà Nam tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 theo hình thức trực tuyến đến 6 điểm cầu huyện, thị xã, thành phố. Bà Trần Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo; bà Đinh Thị Thu Thủy, Chủ tịch Hội LHPN tỉnh chủ trì.
Quang cảnh hội nghị tại điểm cầu tỉnh.
6 tháng đầu năm 2021, các cấp Hội tiếp tục duy trì 1.204 tổ, nhóm tiết kiệm với 21.650 thành viên, tổng số tiền tiết kiệm 3,6 tỷ đồng, cho 2.870 lượt chị em vay vốn không lãi. Dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 812,45 tỷ đồng, tăng 29,8 tỷ đồng so với đầu năm, với 618 tổ và 19.734 hộ vay; nợ quá hạn 0,05%. Hội phối hợp với Quỹ Trợ vốn CEP cho 940 phụ nữ nghèo vay bình quân 15 triệu đồng/người.
Triển khai chương trình "Tết vì phụ nữ nghèo" đầu năm, các cấp Hội đã trao 2.416 suất quà Tết trị giá 1,21 tỷ đồng; hỗ trợ xây 7 "Mái ấm tình thương" với tổng kinh phí 420 triệu đồng. Hội đã ủng hộ Quỹ vắc xin phòng Covid-19 hơn 860 triệu đồng và may 45.000 chiếc khẩu trang vải tặng lực lượng tuyến đầu. Công tác phát triển hội viên đạt kết quả khá, kết nạp 1.538 hội viên mới, nâng tỷ lệ tập hợp lên 92,7%.
Tại hội nghị, bà Nguyễn Thị Liên, Chủ tịch Hội LHPN xã Nhân Khang, huyện Lý Nhân, chia sẻ mô hình "Nuôi lợn đất tiết kiệm": mỗi chi hội duy trì 1 con lợn đất, mỗi tháng chị em bỏ vào 20.000 - 30.000 đồng, cuối năm mổ lợn được trên 4 triệu đồng để giúp hội viên khó khăn. Bà Lê Thị Hằng, Phó Chủ tịch Hội LHPN thị xã Duy Tiên, kiến nghị tăng vốn cho chương trình cho vay giải quyết việc làm để chị em ở vùng chuyển đổi đất nông nghiệp học nghề.
Bà Trần Thị Hương Giang ghi nhận những cố gắng của các cấp Hội trong điều kiện dịch bệnh, đề nghị 6 tháng cuối năm tập trung thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVII, Chỉ thị số 05-CT/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy về phòng, chống dịch và Kế hoạch số 35-KH/BDVTU, 36-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận năm 2021.
Bà Đinh Thị Thu Thủy cho biết Hội phấn đấu đến cuối năm có thêm 50 tổ tiết kiệm, 100% cơ sở Hội xây dựng ít nhất 1 mô hình phụ nữ khởi nghiệp.
Mai Phương
Các tin đã đưa
- Hội LHPN Thanh Liêm trao 30 suất quà (10/07/2021)
- Phụ nữ Kim Bảng chung tay phòng, chống dịch (02/07/2021)
- Ra mắt câu lạc bộ "Phụ nữ khởi nghiệp" xã Liêm Sơn (24/06/2021)
""", "2021-07-16", "Phụ nữ Hà Nam góp 3,6 tỷ đồng vào các tổ tiết kiệm",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Trần Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Thu Thủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Liên", "Chủ tịch Hội LHPN xã Nhân Khang"),
 P("Lê Thị Hằng", "Phó Chủ tịch Hội LHPN thị xã Duy Tiên")],
[Q("6 điểm cầu huyện, thị xã, thành phố", 6, "điểm cầu huyện, thị xã, thành phố"),
 Q("1.204 tổ, nhóm tiết kiệm", 1204, "tổ, nhóm tiết kiệm"), Q("21.650 thành viên", 21650, "thành viên"),
 Q("3,6 tỷ đồng", 3600000000, "đồng"), Q("2.870 lượt chị em", 2870, "lượt chị em"),
 Q("812,45 tỷ đồng", 812450000000, "đồng"), Q("29,8 tỷ đồng", 29800000000, "đồng"), Q("618 tổ", 618, "tổ"),
 Q("19.734 hộ", 19734, "hộ"), Q("0,05%", 0.05, "%"), Q("940 phụ nữ nghèo", 940, "phụ nữ nghèo"),
 Q("15 triệu đồng", 15000000, "đồng"), Q("2.416 suất quà", 2416, "suất quà"), Q("1,21 tỷ đồng", 1210000000, "đồng"),
 Q('7 "Mái ấm tình thương"', 7, "Mái ấm tình thương"), Q("420 triệu đồng", 420000000, "đồng"),
 Q("hơn 860 triệu đồng", 860000000, "đồng", "over"), Q("45.000 chiếc khẩu trang vải", 45000, "chiếc khẩu trang vải"),
 Q("1.538 hội viên mới", 1538, "hội viên mới"), Q("92,7%", 92.7, "%"),
 Q("20.000", 20000, "đồng"), Q("30.000 đồng", 30000, "đồng"), Q("trên 4 triệu đồng", 4000000, "đồng", "over"),
 Q("50 tổ tiết kiệm", 50, "tổ tiết kiệm"), Q("100%", 100, "%")],
[D("Chỉ thị", "05", "CT/TU", "2021-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 12/3/2021"),
 D("Kế hoạch", "35", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 35-KH/BDVTU, 36-KH/BDVTU"),
 D("Kế hoạch", "36", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 35-KH/BDVTU, 36-KH/BDVTU")],
[prov("Hà Nam"), com("Nhân Khang")],
["Cổng thông tin điện tử Hội Liên hiệp Phụ nữ tỉnh Hà Nam", "Trang chủ > Tin tức - Sự kiện > Hoạt động Hội",
 "Quang cảnh hội nghị tại điểm cầu tỉnh.", "Quỹ Trợ vốn CEP", "Tết vì phụ nữ nghèo", "Mái ấm tình thương",
 "Nuôi lợn đất tiết kiệm", "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XVII"],
["Thứ Sáu, ngày 16/07/2021 - 09:15", "6 tháng đầu năm", "6 tháng cuối năm 2021", "6 tháng đầu năm 2021", "Covid-19",
 "1 con lợn đất", "lần thứ XVII", "năm 2021", "1 mô hình"]))
