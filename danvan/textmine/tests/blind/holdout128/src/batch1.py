from lib import *
PAGES = []

PAGES.append(page("b3029-hagiang-huyenuy-tongket-xdd-2011", """
HUYỆN ỦY HOÀNG SU PHÌ - TỈNH HÀ GIANG
Trang chủ > Xây dựng Đảng > Tin hoạt động
Thứ Ba, 20/12/2011 - 16:40
Hoàng Su Phì: năm 2011 kết nạp 186 đảng viên mới
Ngày 19/12/2011, Ban Thường vụ Huyện ủy Hoàng Su Phì tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vương Ngọc Hà, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Dự có đồng chí Sùng Mí Pó, Phó Trưởng Ban Tổ chức Tỉnh ủy Hà Giang.
Đồng chí Vương Ngọc Hà phát biểu chỉ đạo hội nghị.
Theo báo cáo do đồng chí Lù Văn Chấn, HUV, Trưởng Ban Tổ chức Huyện ủy trình bày, năm 2011 toàn Đảng bộ huyện kết nạp 186 đảng viên mới, vượt 16% chỉ tiêu, trong đó 71 đảng viên là người dân tộc La Chí, Nùng, Dao. Đến nay, 100% thôn trong huyện đã có chi bộ, không còn thôn "trắng" đảng viên; 14 chi bộ thôn ghép được tách thành chi bộ độc lập.
Huyện ủy đã ban hành Nghị quyết chuyên đề số 07-NQ/HU về nâng cao chất lượng sinh hoạt chi bộ thôn, bản và Kế hoạch số 52-KH/HU về phát triển đảng viên trong đoàn viên thanh niên. Ban Tổ chức Huyện ủy hướng dẫn các chi bộ thực hiện Chỉ thị số 10-CT/TW ngày 30/3/2007 của Ban Bí thư về nâng cao chất lượng sinh hoạt chi bộ.
Trung tâm Bồi dưỡng chính trị huyện mở 9 lớp, bồi dưỡng cho hơn 650 lượt học viên, trong đó có 3 lớp nhận thức về Đảng cho 214 quần chúng ưu tú và 2 lớp cho đảng viên mới. Kinh phí mở lớp gần 180 triệu đồng.
Tại hội nghị, đồng chí Chảo Văn Lìn, Bí thư Đảng ủy xã Bản Máy, cho biết xã đã kết nạp 19 đảng viên, phần lớn là thanh niên người Nùng, La Chí. Bà Hoàng Thị Dua, Bí thư Chi bộ thôn Nàng Đôn, kể việc vận động thanh niên trong thôn phấn đấu vào Đảng: "Muốn thanh niên theo thì chi bộ phải làm trước".
Đồng chí Sùng Mí Pó ghi nhận kết quả của huyện, đề nghị tiếp tục chú trọng chất lượng đảng viên mới, không chạy theo số lượng; chăm lo đội ngũ bí thư chi bộ thôn, nhất là ở 6 xã biên giới.
Dịp này, Ban Thường vụ Huyện ủy khen thưởng 11 tổ chức cơ sở đảng và 27 đảng viên hoàn thành xuất sắc nhiệm vụ, mỗi tập thể được thưởng 1,5 triệu đồng.
Lù Minh Tuấn
Số lượt truy cập: 102.447
Tin liên quan
- Lễ kết nạp đảng viên tại chi bộ thôn Hồ Thầu (12/12/2011)
- Xã Nậm Dịch đạt chỉ tiêu phát triển đảng viên (30/11/2011)
- Khai giảng lớp nhận thức về Đảng khóa 3 năm 2011 (15/11/2011)
- Chi bộ thôn Tả Sử Choóng nâng cao chất lượng sinh hoạt (04/11/2011)
- Hội nghị học tập chuyên đề năm 2011 về tấm gương đạo đức Hồ Chí Minh (21/10/2011)
- Đảng bộ xã Thông Nguyên tổng kết 5 năm xây dựng tổ chức cơ sở đảng (07/10/2011)
- Bồi dưỡng nghiệp vụ công tác đảng cho bí thư chi bộ thôn (19/09/2011)
Cơ quan chủ quản: Huyện ủy Hoàng Su Phì. Địa chỉ: thị trấn Vinh Quang, huyện Hoàng Su Phì, tỉnh Hà Giang.
Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2011-12-20", "Hoàng Su Phì: năm 2011 kết nạp 186 đảng viên mới",
E("tong_ket", "2011", "2011-12-19"),
[P("Vương Ngọc Hà", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Sùng Mí Pó", "Phó Trưởng Ban Tổ chức Tỉnh ủy Hà Giang"),
 P("Lù Văn Chấn", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Chảo Văn Lìn", "Bí thư Đảng ủy xã Bản Máy"),
 P("Hoàng Thị Dua", "Bí thư Chi bộ thôn Nàng Đôn")],
[Q("186 đảng viên mới", 186, "đảng viên mới"), Q("16%", 16, "%"), Q("71 đảng viên", 71, "đảng viên"),
 Q("100%", 100, "%"), Q("14 chi bộ thôn ghép", 14, "chi bộ thôn ghép"), Q("9 lớp", 9, "lớp"),
 Q("hơn 650 lượt học viên", 650, "lượt học viên", "over"), Q("3 lớp nhận thức về Đảng", 3, "lớp nhận thức về Đảng"),
 Q("214 quần chúng ưu tú", 214, "quần chúng ưu tú"), Q("2 lớp", 2, "lớp"),
 Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("19 đảng viên", 19, "đảng viên"), Q("6 xã biên giới", 6, "xã biên giới"),
 Q("11 tổ chức cơ sở đảng", 11, "tổ chức cơ sở đảng"), Q("27 đảng viên", 27, "đảng viên"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "07", "NQ/HU", None, "Huyện ủy", "Nghị quyết chuyên đề số 07-NQ/HU"),
 D("Kế hoạch", "52", "KH/HU", None, "Huyện ủy", "Kế hoạch số 52-KH/HU"),
 D("Chỉ thị", "10", "CT/TW", "2007-03-30", "Ban Bí thư", "Chỉ thị số 10-CT/TW ngày 30/3/2007")],
[prov("Hà Giang"), com("Bản Máy")],
["HUYỆN ỦY HOÀNG SU PHÌ - TỈNH HÀ GIANG", "Trang chủ > Xây dựng Đảng > Tin hoạt động",
 "Đồng chí Vương Ngọc Hà phát biểu chỉ đạo hội nghị.", "Số lượt truy cập: 102.447", "Muốn thanh niên theo thì chi bộ phải làm trước"],
["Thứ Ba, 20/12/2011 - 16:40", "năm 2011", "năm 2012", "Số lượt truy cập: 102.447"]))

PAGES.append(page("b3030-nghean-ttbdct-khaigiang-2012", """
Cổng thông tin điện tử huyện Con Cuông - Nghệ An
Tin tức - Sự kiện / Xây dựng Đảng
Cập nhật: 09:42, 18/09/2012 (GMT+7)
Ảnh: Quang cảnh lễ khai giảng.
Khai giảng lớp trung cấp lý luận chính trị - hành chính khóa 2012 - 2014
Sáng 17/9, Trung tâm Bồi dưỡng chính trị huyện Con Cuông phối hợp với Trường Chính trị tỉnh Nghệ An khai giảng lớp trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2012 cho 68 học viên là cán bộ chủ chốt các xã, thị trấn và bí thư chi bộ. Dự lễ khai giảng có đồng chí Lô Thị Kim Ngân, Phó Bí thư Thường trực Huyện ủy; ThS. Nguyễn Đình Lâm, Phó Hiệu trưởng Trường Chính trị tỉnh.
Trong số học viên, có 29 người là đồng bào Thái, Thổ, Đan Lai; 11 học viên là nữ. Lớp học sẽ kéo dài 18 tháng, gồm 4 phần học với 21 học phần, học tập trung vào các tuần cuối tháng tại Trung tâm.
Phát biểu khai giảng, ThS. Nguyễn Đình Lâm nhấn mạnh việc học tập lý luận phải gắn với thực tiễn cơ sở, nhất là vận dụng Nghị quyết Trung ương 4 khóa XI "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" vào sinh hoạt chi bộ. Giảng viên lớp học chủ yếu là giảng viên Trường Chính trị tỉnh, trong đó có 5 thạc sĩ; báo cáo viên của Huyện ủy tham gia giảng các chuyên đề về tình hình địa phương.
Đồng chí Lô Thị Kim Ngân đề nghị học viên chấp hành nghiêm quy chế học tập; các Đảng ủy xã bố trí công việc để học viên dự lớp đầy đủ. Huyện ủy hỗ trợ mỗi học viên 200.000 đồng/tháng tiền đi lại theo Quyết định số 215-QĐ/HU ngày 12/6/2012 của Ban Thường vụ Huyện ủy.
Năm 2012, Trung tâm Bồi dưỡng chính trị huyện đã mở 12 lớp với gần 1.100 lượt học viên, đạt 110% kế hoạch. Theo đồng chí Vi Văn Thạnh, Giám đốc Trung tâm Bồi dưỡng chính trị huyện, Trung tâm đang thực hiện Hướng dẫn số 12-HD/BTGTW của Ban Tuyên giáo Trung ương về chương trình bồi dưỡng lý luận chính trị cho đảng viên mới.
Thay mặt học viên, anh Lương Văn Khăm, Bí thư Đoàn xã Môn Sơn, hứa sẽ nỗ lực học tập. Xã Lục Dạ có 6 học viên, đông nhất huyện.
Thái Hà - Trung tâm BDCT
Lượt xem: 431
Tin khác
- Con Cuông kết nạp 45 đảng viên trong 6 tháng đầu năm (10/07/2012)
- Hội nghị báo cáo viên tháng 8 (22/08/2012)
- Bế mạc lớp bồi dưỡng nhận thức về Đảng (05/06/2012)
- Xã Châu Khê ra mắt chi bộ bản Khe Choăng (28/05/2012)
- Trao Huy hiệu Đảng đợt 19/5 cho 37 đảng viên (19/05/2012)
- Học tập chuyên đề về tấm gương đạo đức Hồ Chí Minh năm 2012 (03/04/2012)
- Huyện ủy triển khai kế hoạch thực hiện Nghị quyết Trung ương 4 (16/03/2012)
- Giao ban công tác tuyên giáo quý I (29/03/2012)
Bản quyền thuộc UBND huyện Con Cuông. Địa chỉ: khối 3, thị trấn Con Cuông, tỉnh Nghệ An. Điện thoại: 038 3873 xxx.
""", "2012-09-18", "Khai giảng lớp trung cấp lý luận chính trị - hành chính khóa 2012 - 2014",
E("tap_huan", "2012", "2012-09-17"),
[P("Lô Thị Kim Ngân", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Đình Lâm", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Vi Văn Thạnh", "Giám đốc Trung tâm Bồi dưỡng chính trị huyện"),
 P("Lương Văn Khăm", "Bí thư Đoàn xã Môn Sơn")],
[Q("68 học viên", 68, "học viên"), Q("29 người", 29, "người"), Q("11 học viên", 11, "học viên"),
 Q("4 phần học", 4, "phần học"), Q("21 học phần", 21, "học phần"), Q("5 thạc sĩ", 5, "thạc sĩ"),
 Q("200.000 đồng", 200000, "đồng"), Q("12 lớp", 12, "lớp"), Q("gần 1.100 lượt học viên", 1100, "lượt học viên", "approx"),
 Q("110%", 110, "%"), Q("6 học viên", 6, "học viên")],
[D("Quyết định", "215", "QĐ/HU", "2012-06-12", "Ban Thường vụ Huyện ủy", "Quyết định số 215-QĐ/HU ngày 12/6/2012"),
 D("Hướng dẫn", "12", "HD/BTGTW", None, "Ban Tuyên giáo Trung ương", "Hướng dẫn số 12-HD/BTGTW")],
[prov("Nghệ An"), com("Môn Sơn"), com("Lục Dạ")],
["Cổng thông tin điện tử huyện Con Cuông - Nghệ An", "Tin tức - Sự kiện / Xây dựng Đảng", "Ảnh: Quang cảnh lễ khai giảng.",
 "Nghị quyết Trung ương 4 khóa XI", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay", "Lượt xem: 431"],
["Cập nhật: 09:42, 18/09/2012 (GMT+7)", "2012 - 2014", "18 tháng", "Lượt xem: 431", "khóa XI"]))

PAGES.append(page("b3031-thanhhoa-xa-soket-dangvien-2013", """
ĐẢNG ỦY XÃ THIỆU NGUYÊN - HUYỆN THIỆU HÓA - TỈNH THANH HÓA
Trang chủ » Hoạt động Đảng ủy
08:15 | 10/07/2013
Đảng ủy xã Thiệu Nguyên sơ kết 6 tháng đầu năm
Ngày 8/7/2013, Đảng ủy xã Thiệu Nguyên (huyện Thiệu Hóa, tỉnh Thanh Hóa) tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Lê Xuân Thắng, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Theo báo cáo, Đảng bộ xã có 21 chi bộ trực thuộc với 512 đảng viên. 6 tháng đầu năm, Đảng ủy đã kết nạp 9 đảng viên, đạt 60% chỉ tiêu cả năm; chuyển đảng chính thức cho 7 đồng chí; đề nghị tặng Huy hiệu 40 năm tuổi Đảng cho 12 đảng viên. Các chi bộ tổ chức học tập, quán triệt Nghị quyết Trung ương 6, 7 khóa XI với 98% đảng viên tham dự.
Đảng ủy ban hành Nghị quyết số 15-NQ/ĐU về phát triển đảng viên trong thanh niên và Kế hoạch 08, 09-KH/ĐU về kiểm điểm tự phê bình và phê bình theo Nghị quyết Trung ương 4 và về kiểm tra sinh hoạt chi bộ. Hiện còn 3 thôn chưa kết nạp được đảng viên từ đầu năm.
Tại hội nghị, đồng chí Trịnh Văn Tư, Bí thư Chi bộ kiêm Trưởng thôn Nguyên Hưng, cho biết chi bộ đã giới thiệu 4 quần chúng ưu tú đi học lớp nhận thức về Đảng. Đồng chí Nguyễn Thị Hoa, Phó Bí thư Đảng ủy xã, đề nghị các chi bộ quan tâm phát triển đảng viên là nữ và đoàn viên đã hoàn thành nghĩa vụ quân sự trở về địa phương.
Nhiều ý kiến cho rằng sinh hoạt chi bộ ở một số thôn còn đơn điệu, tỷ lệ đảng viên dự họp có nơi chỉ đạt khoảng 75%. Một số đảng viên cao tuổi xin miễn sinh hoạt.
Kết luận hội nghị, đồng chí Lê Xuân Thắng yêu cầu 6 tháng cuối năm tập trung thực hiện Chỉ thị số 03-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh; phấn đấu kết nạp thêm ít nhất 7 đảng viên; mỗi chi bộ xây dựng 1 chuyên đề sinh hoạt mỗi quý. Đảng ủy trích 15 triệu đồng hỗ trợ các chi bộ thôn làm tốt.
Ban Tuyên giáo Đảng ủy xã
Lượt truy cập: 12.083
Các tin khác
- Lễ kết nạp đảng viên tại Chi bộ thôn Nguyên Hưng (02/07/2013)
- Xã Thiệu Nguyên học tập Nghị quyết Trung ương 7 (12/06/2013)
- Họp mặt kỷ niệm 83 năm ngày thành lập Đảng (03/02/2013)
- Đại hội Chi hội Nông dân thôn Nguyên Thịnh nhiệm kỳ 2013 - 2018 (21/01/2013)
- Tổng kết công tác xây dựng Đảng năm 2012 (28/12/2012)
- Kiểm tra việc thực hiện Quy định 47 đối với đảng viên (11/12/2012)
- Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên cao tuổi (07/11/2012)
- Chi bộ thôn Nguyên Hưng sinh hoạt chuyên đề "Làm theo lời Bác" (15/10/2012)
- Hội thi Bí thư chi bộ giỏi cấp xã năm 2012 (20/09/2012)
Địa chỉ: UBND xã Thiệu Nguyên, huyện Thiệu Hóa, tỉnh Thanh Hóa. Trưởng ban biên tập: Lê Xuân Thắng.
""", "2013-07-10", "Đảng ủy xã Thiệu Nguyên sơ kết 6 tháng đầu năm",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Lê Xuân Thắng", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trịnh Văn Tư", "Bí thư Chi bộ kiêm Trưởng thôn Nguyên Hưng"),
 P("Nguyễn Thị Hoa", "Phó Bí thư Đảng ủy xã")],
[Q("21 chi bộ trực thuộc", 21, "chi bộ trực thuộc"), Q("512 đảng viên", 512, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"),
 Q("60%", 60, "%"), Q("7 đồng chí", 7, "đồng chí"), Q("12 đảng viên", 12, "đảng viên"), Q("98%", 98, "%"),
 Q("3 thôn", 3, "thôn"), Q("4 quần chúng ưu tú", 4, "quần chúng ưu tú"), Q("khoảng 75%", 75, "%", "approx"),
 Q("7 đảng viên", 7, "đảng viên"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết số 15-NQ/ĐU"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 08, 09-KH/ĐU"),
 D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy", "Kế hoạch 08, 09-KH/ĐU"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 03-CT/TW")],
[prov("Thanh Hóa"), com("Thiệu Nguyên")],
["ĐẢNG ỦY XÃ THIỆU NGUYÊN - HUYỆN THIỆU HÓA - TỈNH THANH HÓA", "Trang chủ » Hoạt động Đảng ủy", "Nghị quyết Trung ương 6, 7 khóa XI", "Nghị quyết Trung ương 4",
 "học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Ban Tuyên giáo Đảng ủy xã", "Lượt truy cập: 12.083"],
["08:15 | 10/07/2013", "6 tháng đầu năm", "6 tháng cuối năm 2013", "Huy hiệu 40 năm tuổi Đảng", "Nghị quyết Trung ương 6, 7", "1 chuyên đề", "7 đồng chí", "Lượt truy cập: 12.083"]))

PAGES.append(page("b3032-binhduong-chibo-doanhnghiep-2014", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự | Chính trị | Xây dựng Đảng
Thứ Sáu, 23/05/2014 - 07:30
Hôm nay: Thứ Bảy, 24/05/2014
Toàn cảnh hội nghị. Ảnh: H.Nhung
Phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước: khó nhưng không thể chậm
Ngày 22/5/2014, Ban Tổ chức Tỉnh ủy Bình Dương tổ chức hội nghị chuyên đề về xây dựng tổ chức đảng, đoàn thể trong doanh nghiệp ngoài khu vực nhà nước năm 2014. Đồng chí Trần Văn Bảy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, toàn tỉnh hiện có khoảng 21.000 doanh nghiệp ngoài nhà nước nhưng mới có 176 tổ chức cơ sở đảng với 2.310 đảng viên; trong 4 năm thực hiện Chỉ thị số 07-CT/TW của Ban Bí thư, các cấp ủy đã thành lập mới 58 chi bộ, kết nạp 437 đảng viên là công nhân. Tuy nhiên, có tới 63% doanh nghiệp có vốn đầu tư nước ngoài chưa có tổ chức đảng.
Tỉnh ủy đã ban hành Kế hoạch số 96-KH/TU và Hướng dẫn số 14-HD/BTCTU ngày 5/3/2014 của Ban Tổ chức Tỉnh ủy về thành lập chi bộ trong doanh nghiệp. Mỗi chi bộ mới thành lập được hỗ trợ 10 triệu đồng kinh phí hoạt động năm đầu.
Tại hội nghị, ông Lê Hoàng Phúc, Bí thư Chi bộ Công ty TNHH Giày Phú Thịnh (phường Bình Hòa, thị xã Thuận An), chia sẻ: chi bộ có 14 đảng viên trong tổng số hơn 3.500 công nhân; năm 2013 chi bộ giới thiệu 9 công nhân ưu tú đi học lớp nhận thức về Đảng. Bà Lâm Mỹ Dung, Giám đốc nhân sự, Phó Bí thư Chi bộ Công ty cổ phần Nhựa Tân Uyên, nêu khó khăn khi đảng viên làm ca kíp không dự sinh hoạt được.
Đồng chí Phạm Thị Hồng Loan, Phó Bí thư Đảng ủy Khối doanh nghiệp tỉnh, cho biết năm nay Khối phấn đấu kết nạp 350 đảng viên, thành lập thêm 20 tổ chức đảng ở doanh nghiệp có từ 300 lao động trở lên.
Kết luận, đồng chí Trần Văn Bảy đề nghị các huyện, thị ủy khảo sát lại doanh nghiệp, lập danh sách công nhân là đảng viên chưa sinh hoạt tại nơi làm việc; vận động chủ doanh nghiệp, nhất là doanh nghiệp có vốn đầu tư nước ngoài, tạo điều kiện cho tổ chức đảng hoạt động.
Dịp này, 12 chi bộ doanh nghiệp được tặng giấy khen.
Hồng Nhung
Bài viết liên quan
- Thuận An thành lập chi bộ tại 3 doanh nghiệp Đài Loan (14/05/2014)
- Kết nạp đảng viên là công nhân ngay tại nhà máy (29/04/2014)
- Khối doanh nghiệp tỉnh tổng kết năm 2013 (27/12/2013)
- Lớp bồi dưỡng cho bí thư chi bộ doanh nghiệp tư nhân (12/12/2013)
- Dĩ An: 100% doanh nghiệp nhà nước có tổ chức đảng (20/11/2013)
- Bến Cát: công nhân hăng hái học lớp nhận thức về Đảng (04/11/2013)
- Ra mắt Chi bộ Công ty TNHH Kim Tín (18/10/2013)
- Hội nghị báo cáo viên Tỉnh ủy quý III/2013 (30/09/2013)
BÁO BÌNH DƯƠNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Dương
Giấy phép số 1234/GP-BTTTT. Tổng Biên tập: (đang cập nhật). Địa chỉ: số 10 Đại lộ Bình Dương, Thủ Dầu Một.
""", "2014-05-23", "Phát triển tổ chức đảng trong doanh nghiệp ngoài nhà nước: khó nhưng không thể chậm",
E("hoi_nghi", "2014", "2014-05-22"),
[P("Trần Văn Bảy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Hoàng Phúc", "Bí thư Chi bộ Công ty TNHH Giày Phú Thịnh"),
 P("Lâm Mỹ Dung", "Giám đốc nhân sự", "Phó Bí thư Chi bộ Công ty cổ phần Nhựa Tân Uyên"),
 P("Phạm Thị Hồng Loan", "Phó Bí thư Đảng ủy Khối doanh nghiệp tỉnh")],
[Q("khoảng 21.000 doanh nghiệp ngoài nhà nước", 21000, "doanh nghiệp ngoài nhà nước", "approx"),
 Q("176 tổ chức cơ sở đảng", 176, "tổ chức cơ sở đảng"), Q("2.310 đảng viên", 2310, "đảng viên"),
 Q("58 chi bộ", 58, "chi bộ"), Q("437 đảng viên", 437, "đảng viên"), Q("63%", 63, "%"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("14 đảng viên", 14, "đảng viên"),
 Q("hơn 3.500 công nhân", 3500, "công nhân", "over"), Q("9 công nhân ưu tú", 9, "công nhân ưu tú"),
 Q("350 đảng viên", 350, "đảng viên"), Q("20 tổ chức đảng", 20, "tổ chức đảng"), Q("12 chi bộ doanh nghiệp", 12, "chi bộ doanh nghiệp")],
[D("Chỉ thị", "07", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 07-CT/TW"),
 D("Kế hoạch", "96", "KH/TU", None, None, "Kế hoạch số 96-KH/TU"),
 D("Hướng dẫn", "14", "HD/BTCTU", "2014-03-05", "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 14-HD/BTCTU ngày 5/3/2014")],
[prov("Bình Dương"), com("Bình Hòa")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự | Chính trị | Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: H.Nhung", "Hôm nay: Thứ Bảy, 24/05/2014",
 "Công ty TNHH Giày Phú Thịnh", "Công ty cổ phần Nhựa Tân Uyên"],
["Thứ Sáu, 23/05/2014 - 07:30", "Hôm nay: Thứ Bảy, 24/05/2014", "4 năm", "năm 2014", "300 lao động"]))

PAGES.append(page("b3033-sonla-daihoi-chibo-ban-2015", """
Đảng bộ tỉnh Sơn La - Cổng thông tin điện tử
Bạn đang ở: Trang chủ / Tin tức / Xây dựng Đảng
14-04-2015 10:20
Đại hội Chi bộ bản Huổi Một nhiệm kỳ 2015 - 2017
Ngày 12/4/2015, Chi bộ bản Huổi Một, xã Nậm Lạnh (huyện Sốp Cộp) tổ chức Đại hội Chi bộ nhiệm kỳ 2015 - 2017, là đại hội điểm của Đảng ủy xã. Dự đại hội có đồng chí Lò Văn Piệng, Phó Bí thư Thường trực Huyện ủy Sốp Cộp; đồng chí Quàng Thị Ơn, Bí thư Đảng ủy xã Nậm Lạnh.
Quang cảnh đại hội.
Chi bộ bản Huổi Một có 17 đảng viên, đều là người Thái, Lào, Mông. Nhiệm kỳ qua, chi bộ lãnh đạo nhân dân trồng mới 45 ha lúa nước, xóa 12 hộ nghèo, còn 31 hộ nghèo; thu nhập bình quân đạt khoảng 9 triệu đồng/người/năm. Chi bộ kết nạp 4 đảng viên mới, trong đó có 2 đoàn viên người Mông, và 2 năm liền đạt "trong sạch, vững mạnh".
Đại hội thảo luận dự thảo văn kiện Đại hội Đảng bộ xã lần thứ XIV và văn kiện Đại hội XII của Đảng; thực hiện Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp và Hướng dẫn số 26-HD/BTCTW của Ban Tổ chức Trung ương.
Đại hội bầu đồng chí Cầm Văn Chiêng làm Bí thư Chi bộ, đồng chí Mùa A Sểnh làm Phó Bí thư Chi bộ nhiệm kỳ 2015 - 2017. Đồng chí Cầm Văn Chiêng cũng là trưởng bản Huổi Một. Đại hội đặt chỉ tiêu kết nạp ít nhất 3 đảng viên, 100% đảng viên được học tập nghị quyết.
Phát biểu chỉ đạo, đồng chí Lò Văn Piệng đánh giá cao sự chuẩn bị của chi bộ, đề nghị chú ý bồi dưỡng quần chúng ưu tú là thanh niên người Mông, người Lào; làm tốt việc đưa nghị quyết của chi bộ vào cuộc sống. Đồng chí Quàng Thị Ơn cho biết, Đảng ủy xã Nậm Lạnh có 11 chi bộ bản sẽ tổ chức xong đại hội trước ngày 30/4.
Lò Thị Thu (Huyện ủy Sốp Cộp)
Lượt xem: 215
Tin cùng chuyên mục
- Đại hội điểm Đảng bộ xã Mường Lạn nhiệm kỳ 2015 - 2020 (10/04/2015)
- Sốp Cộp hoàn thành đại hội chi bộ trực thuộc (07/04/2015)
- Tập huấn nghiệp vụ tổ chức đại hội cho bí thư chi bộ (20/03/2015)
- Huyện ủy Sốp Cộp trao Huy hiệu Đảng đợt 3/2 (03/02/2015)
- Kết nạp đảng viên là người Mông ở bản Nà Khi (20/01/2015)
- Hội nghị tổng kết công tác xây dựng Đảng năm 2014 (26/12/2014)
- Mường Và: ra mắt chi bộ bản mới tách (10/12/2014)
- Học tập chuyên đề năm 2015 tấm gương đạo đức Hồ Chí Minh (02/12/2014)
- Xã Mường Lèo tổng kết 5 năm thực hiện Nghị quyết Trung ương 7 khóa X (25/11/2014)
- Huyện ủy Sốp Cộp kiểm tra công tác phát triển đảng viên ở xã Sam Kha (06/11/2014)
- Bản Co Đứa: chi bộ đi đầu trong xóa đói giảm nghèo (22/10/2014)
- Lớp trung cấp lý luận chính trị - hành chính khóa 11 bế giảng (15/10/2014)
Cơ quan chủ quản: Văn phòng Tỉnh ủy Sơn La. Chịu trách nhiệm nội dung: Ban biên tập Cổng thông tin điện tử Đảng bộ tỉnh.
Địa chỉ: đường Tô Hiệu, thành phố Sơn La. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""", "2015-04-14", "Đại hội Chi bộ bản Huổi Một nhiệm kỳ 2015 - 2017",
E("dai_hoi", None, "2015-04-12"),
[P("Lò Văn Piệng", "Phó Bí thư Thường trực Huyện ủy Sốp Cộp"),
 P("Quàng Thị Ơn", "Bí thư Đảng ủy xã Nậm Lạnh"),
 P("Cầm Văn Chiêng", "Bí thư Chi bộ", "trưởng bản Huổi Một"),
 P("Mùa A Sểnh", "Phó Bí thư Chi bộ")],
[Q("17 đảng viên", 17, "đảng viên"), Q("45 ha", 45, "ha"), Q("12 hộ nghèo", 12, "hộ nghèo"), Q("31 hộ nghèo", 31, "hộ nghèo"),
 Q("khoảng 9 triệu đồng", 9000000, "đồng", "approx"), Q("4 đảng viên mới", 4, "đảng viên mới"), Q("2 đoàn viên", 2, "đoàn viên"),
 Q("3 đảng viên", 3, "đảng viên"), Q("100%", 100, "%"), Q("11 chi bộ bản", 11, "chi bộ bản")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Hướng dẫn", "26", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW")],
[prov("Sơn La"), com("Nậm Lạnh")],
["Đảng bộ tỉnh Sơn La - Cổng thông tin điện tử", "Bạn đang ở: Trang chủ / Tin tức / Xây dựng Đảng", "Quang cảnh đại hội.",
 "trong sạch, vững mạnh", "Lượt xem: 215"],
["14-04-2015 10:20", "nhiệm kỳ 2015 - 2017", "lần thứ XIV", "Đại hội XII", "2 năm", "Lượt xem: 215"]))

PAGES.append(page("b3034-daklak-quantriet-nqxii-2016", """
TỈNH ỦY ĐẮK LẮK - BAN TUYÊN GIÁO
Vị trí: Trang chủ >> Tin hoạt động >> Giáo dục lý luận chính trị
Ngày đăng 03/06/2016 | 14:20
Đồng chí Y Kha Niê Kdăm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu khai mạc hội nghị.
Học tập, quán triệt Nghị quyết Đại hội XII của Đảng cho cán bộ chủ chốt
Trong 2 ngày 1 và 2/6/2016, Ban Thường vụ Tỉnh ủy Đắk Lắk tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI năm 2016 cho hơn 800 cán bộ chủ chốt tại điểm cầu chính và 15 điểm cầu huyện, thị xã, thành phố.
Đồng chí Y Kha Niê Kdăm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy khai mạc hội nghị. PGS.TS. Phạm Văn Lợi, giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh, và TS. Vũ Hữu Khang, Phó Giám đốc Học viện Chính trị khu vực III, trình bày các chuyên đề về những điểm mới trong văn kiện Đại hội XII, về công tác xây dựng, chỉnh đốn Đảng.
Theo Kế hoạch số 05-KH/TU ngày 15/4/2016 của Tỉnh ủy, sau hội nghị này các huyện ủy, đảng ủy trực thuộc sẽ tổ chức học tập cho 100% đảng viên, hoàn thành trước ngày 30/7. Toàn Đảng bộ tỉnh có 52.000 đảng viên sinh hoạt ở 707 tổ chức cơ sở đảng; trong đó đảng viên người dân tộc thiểu số chiếm khoảng 13%.
Bà H'Yim Kđoh, Trưởng Ban Tuyên giáo Huyện ủy Krông Bông, cho biết huyện sẽ mời báo cáo viên người Êđê giảng bằng tiếng mẹ đẻ cho các chi bộ buôn, để đồng bào hiểu nghị quyết. Ông Y Sinh Niê, Bí thư Đảng ủy xã Ea Tul (huyện Cư M'gar), đề nghị Ban Tuyên giáo biên soạn tài liệu ngắn gọn, in khoảng 3.000 cuốn tài liệu hỏi - đáp gửi về cơ sở.
Kết thúc hội nghị, mỗi học viên viết bài thu hoạch. Kinh phí tổ chức hội nghị khoảng 320 triệu đồng, trích từ ngân sách Đảng năm 2016.
Minh Thuận
Số người đang truy cập: 37
Tin khác
- Khai giảng lớp cao cấp lý luận chính trị hệ không tập trung tại Buôn Ma Thuột (20/05/2016)
- Hội nghị báo cáo viên Tỉnh ủy tháng 5/2016 (12/05/2016)
- Ra mắt chi bộ buôn Ea Bar (25/04/2016)
- Buôn Đôn kết nạp 38 đảng viên người Êđê, M'nông (11/04/2016)
- Trao Huy hiệu Đảng cho đảng viên cao tuổi (18/03/2016)
- Ea H'leo: bồi dưỡng lý luận chính trị cho đảng viên mới (08/03/2016)
- Krông Pắc tổng kết công tác tuyên giáo năm 2015 (29/12/2015)
- Hội thi báo cáo viên giỏi cấp tỉnh năm 2015 (10/12/2015)
- Lắk: chi bộ buôn Jun sinh hoạt chuyên đề bằng tiếng Êđê (24/11/2015)
- Bế giảng lớp trung cấp lý luận chính trị khóa 45 (12/11/2015)
- Cư Kuin: 100% buôn có chi bộ (30/10/2015)
BAN TUYÊN GIÁO TỈNH ỦY ĐẮK LẮK. Địa chỉ: 07 Lê Duẩn, thành phố Buôn Ma Thuột. Điện thoại: 0500.38xxxxx.
Trưởng Ban biên tập: (đang cập nhật). Ghi rõ nguồn khi phát hành lại thông tin từ trang này.
""", "2016-06-03", "Học tập, quán triệt Nghị quyết Đại hội XII của Đảng cho cán bộ chủ chốt",
E("hoi_nghi", "2016", "2016-06-01"),
[P("Y Kha Niê Kdăm", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Phạm Văn Lợi", "PGS.TS.", "giảng viên cao cấp Học viện Chính trị quốc gia Hồ Chí Minh"),
 P("Vũ Hữu Khang", "TS.", "Phó Giám đốc Học viện Chính trị khu vực III"),
 P("H'Yim Kđoh", "Trưởng Ban Tuyên giáo Huyện ủy Krông Bông"),
 P("Y Sinh Niê", "Bí thư Đảng ủy xã Ea Tul")],
[Q("hơn 800 cán bộ chủ chốt", 800, "cán bộ chủ chốt", "over"), Q("15 điểm cầu huyện, thị xã, thành phố", 15, "điểm cầu huyện, thị xã, thành phố"),
 Q("100%", 100, "%"), Q("52.000 đảng viên", 52000, "đảng viên"), Q("707 tổ chức cơ sở đảng", 707, "tổ chức cơ sở đảng"),
 Q("khoảng 13%", 13, "%", "approx"), Q("khoảng 3.000 cuốn tài liệu hỏi - đáp", 3000, "cuốn tài liệu hỏi - đáp", "approx"),
 Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx")],
[D("Kế hoạch", "05", "KH/TU", "2016-04-15", "Tỉnh ủy", "Kế hoạch số 05-KH/TU ngày 15/4/2016")],
[prov("Đắk Lắk"), com("Ea Tul")],
["TỈNH ỦY ĐẮK LẮK - BAN TUYÊN GIÁO", "Vị trí: Trang chủ >> Tin hoạt động >> Giáo dục lý luận chính trị",
 "Đồng chí Y Kha Niê Kdăm, Phó Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu khai mạc hội nghị.", "Học viện Chính trị quốc gia Hồ Chí Minh",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Số người đang truy cập: 37"],
["Ngày đăng 03/06/2016 | 14:20", "2 ngày", "lần thứ XII", "lần thứ XVI", "Số người đang truy cập: 37"]))
