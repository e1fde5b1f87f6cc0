from lib import *
PAGES = []

PAGES.append(page("b1181-tiengiang-dvcq-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền
Thứ Năm, 22/12/2011 - 09:30
Tiền Giang tổng kết công tác dân vận chính quyền năm 2011
Ngày 20/12/2011, Ban Chỉ đạo công tác dân vận chính quyền tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Minh Hiển, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo và đồng chí Trần Thị Kim Phượng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì hội nghị.
Quang cảnh hội nghị tổng kết.
Năm qua, thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Chương trình hành động số 21-CTr/TU của Tỉnh ủy, các sở, ban, ngành và UBND các huyện, thị xã, thành phố đã xây dựng kế hoạch thực hiện công tác dân vận chính quyền gắn với cải cách hành chính. UBND tỉnh ban hành Quyết định số 37/2011/QĐ-UBND ngày 14/6/2011 về quy chế tiếp công dân và Kế hoạch số 62/KH-UBND về đẩy mạnh phong trào thi đua "Dân vận khéo" trong cơ quan hành chính nhà nước.
Đến nay, 100% sở, ngành và 10/10 huyện, thị xã, thành phố đã kiện toàn Ban Chỉ đạo công tác dân vận chính quyền; 169/169 xã, phường, thị trấn có tổ dân vận. Cơ quan hành chính các cấp đã tiếp 6.842 lượt công dân, nhận 2.315 đơn thư khiếu nại, tố cáo; đã giải quyết 2.096 đơn, đạt 90,5%. Bộ phận tiếp nhận và trả kết quả theo cơ chế "một cửa" ở cấp xã đã giải quyết trên 214.000 hồ sơ hành chính, trong đó đúng hạn đạt 97,8%.
Phong trào thi đua "Dân vận khéo" được các cấp, các ngành hưởng ứng; toàn tỉnh có 312 mô hình, điển hình "Dân vận khéo" được công nhận, trong đó khối chính quyền có 87 mô hình. Nhân dân tự nguyện hiến 46.500 m2 đất, đóng góp hơn 18,6 tỷ đồng và 42.000 ngày công để làm 126 km đường giao thông nông thôn, 38 cây cầu bê tông. Đại diện xã Long Định, huyện Châu Thành giới thiệu cách làm "bàn bạc trước, làm sau" khi vận động nhân dân làm đường trục xã.
Tại hội nghị, các đại biểu thẳng thắn chỉ ra hạn chế: một bộ phận cán bộ, công chức còn biểu hiện hách dịch, gây phiền hà; việc đối thoại với dân ở một số nơi chưa thường xuyên. Đồng chí Nguyễn Văn Tâm, Chánh Thanh tra tỉnh, cho biết toàn tỉnh còn 219 đơn chưa giải quyết dứt điểm, trong đó có 17 vụ việc khiếu nại đông người. Ông Võ Hoàng Sang, Chủ tịch UBND huyện Cái Bè, chia sẻ kinh nghiệm tổ chức "Ngày thứ Bảy vì dân" tại bộ phận một cửa của 25 xã, thị trấn trong huyện.
Phát biểu kết luận, đồng chí Lê Minh Hiển đề nghị năm 2012 các ngành tiếp tục thực hiện Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận chính quyền và về nâng cao chất lượng tiếp công dân; người đứng đầu phải trực tiếp đối thoại với dân, gắn công tác dân vận với xây dựng nông thôn mới. Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể và 23 cá nhân có thành tích xuất sắc.
Minh Thư
Lượt xem: 1.024
Tin liên quan
- Gò Công Tây: sơ kết 2 năm thực hiện Quy chế dân vận (12/12/2011)
- Ra mắt mô hình "Dân vận khéo" ở xã Tân Hương (30/11/2011)
- Hội nghị giao ban khối dân vận quý IV (18/11/2011)
- Cai Lậy tập huấn nghiệp vụ cho cán bộ tiếp công dân (04/11/2011)
""", "2011-12-22", "Tiền Giang tổng kết công tác dân vận chính quyền năm 2011",
E("tong_ket", "2011", "2011-12-20"),
[P("Lê Minh Hiển", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Trần Thị Kim Phượng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tâm", "Chánh Thanh tra tỉnh"),
 P("Võ Hoàng Sang", "Chủ tịch UBND huyện Cái Bè")],
[Q("100% sở, ngành", 100, "%"), Q("10/10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("169/169 xã, phường, thị trấn", 169, "xã, phường, thị trấn"), Q("6.842 lượt công dân", 6842, "lượt công dân"),
 Q("2.315 đơn thư khiếu nại, tố cáo", 2315, "đơn thư khiếu nại, tố cáo"), Q("2.096 đơn", 2096, "đơn"),
 Q("90,5%", 90.5, "%"), Q("trên 214.000 hồ sơ hành chính", 214000, "hồ sơ hành chính", "over"), Q("97,8%", 97.8, "%"),
 Q("312 mô hình, điển hình", 312, "mô hình, điển hình"), Q("87 mô hình", 87, "mô hình"),
 Q("46.500 m2", 46500, "m2"), Q("hơn 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("42.000 ngày công", 42000, "ngày công"),
 Q("126 km", 126, "km"), Q("38 cây cầu bê tông", 38, "cây cầu bê tông"), Q("219 đơn", 219, "đơn"),
 Q("17 vụ việc khiếu nại đông người", 17, "vụ việc khiếu nại đông người"), Q("25 xã, thị trấn", 25, "xã, thị trấn"),
 Q("14 tập thể", 14, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU của Tỉnh ủy"),
 D("Quyết định", "37", "2011/QĐ-UBND", "2011-06-14", "UBND tỉnh", "Quyết định số 37/2011/QĐ-UBND ngày 14/6/2011"),
 D("Kế hoạch", "62", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 62/KH-UBND"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Tiền Giang"), com("Long Định")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ > Tin tức - Sự kiện > Dân vận chính quyền", "Quang cảnh hội nghị tổng kết.",
 "Dân vận khéo", "Quy chế công tác dân vận của hệ thống chính trị", "một cửa", "bàn bạc trước, làm sau",
 "Ngày thứ Bảy vì dân", "Lượt xem: 1.024"],
["Thứ Năm, 22/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b1182-camau-bdv-giamsat-qcdc-2012", """
BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU
Thời sự / Xây dựng Đảng
Cập nhật lúc: 15/08/2012 07:45
Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Trần Văn Thời
(CMO) Ngày 13/8, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Huỳnh Thị Bé Tư, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn, đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền tại huyện Trần Văn Thời và xã Khánh Bình Đông, tỉnh Cà Mau. Đây là cuộc giám sát thứ ba trong năm 2012, theo Kế hoạch số 18-KH/BDVTU ngày 02/3/2012 của Ban Dân vận Tỉnh ủy.
Đoàn giám sát làm việc tại xã Khánh Bình Đông.
Theo báo cáo của Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện, thời gian qua huyện đã quán triệt Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị (khóa VIII) về xây dựng và thực hiện Quy chế dân chủ ở cơ sở và Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn. 13/13 xã, thị trấn đã niêm yết công khai các khoản thu, chi và kế hoạch sử dụng đất; các ấp đều tổ chức họp dân bàn việc xây dựng lộ, cầu.
Từ đầu năm 2011 đến nay, nhân dân trong huyện đã đóng góp gần 9,4 tỷ đồng, hiến 27.300 m2 đất để xây dựng 64 km lộ giao thông nông thôn và 112 cây cầu. Huyện có 41 mô hình "Dân vận khéo", trong đó 9 mô hình thuộc khối chính quyền, tiêu biểu là mô hình "Cán bộ ấp gần dân" của xã Khánh Hải. Chủ tịch UBND huyện và chủ tịch UBND các xã đã tổ chức 26 cuộc đối thoại với 1.450 lượt người dân tham dự, giải quyết tại chỗ nhiều kiến nghị về đất đai, chính sách.
Làm việc với đoàn, bà Nguyễn Thị Hằng, Phó Chủ tịch UBND huyện, thừa nhận việc công khai ở một số ấp còn mang tính hình thức, người dân chưa được bàn, quyết định trực tiếp một số khoản đóng góp; Ban Thanh tra nhân dân ở vài xã hoạt động chưa đều. Đồng chí Lâm Thanh Nhàn, HUV, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, kiến nghị tỉnh có chế độ hỗ trợ cho thành viên Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.
Tại xã Khánh Bình Đông, ông Trương Văn Đực, Chủ tịch UBND xã, báo cáo xã đã giải quyết 38/41 đơn thư của công dân, không có đơn vượt cấp. Ông Danh Sến, Trưởng ấp Kinh Hòn, người Khmer, cho biết bà con trong ấp đã góp 120 triệu đồng và hiến đất làm 2,5 km lộ bê tông mà không phải đền bù.
Kết luận buổi giám sát, đồng chí Huỳnh Thị Bé Tư ghi nhận những kết quả huyện đạt được, đồng thời đề nghị thực hiện nghiêm Kết luận số 64-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng thực hiện Quy chế dân chủ; tăng cường đối thoại, giải quyết dứt điểm đơn thư từ cơ sở; nhân rộng các mô hình "Dân vận khéo" trong lĩnh vực xây dựng nông thôn mới. Trưởng ban Huỳnh Thị Bé Tư cũng lưu ý huyện quan tâm vận động đồng bào Khmer ở các ấp vùng sâu.
Kết quả giám sát sẽ được tổng hợp, báo cáo Thường trực Tỉnh ủy trong tháng 9.
Hoàng Vũ
Tin khác
- Ban Dân vận Tỉnh ủy giám sát tại huyện U Minh (02/08/2012)
- Ngọc Hiển: 100% ấp có tổ dân vận (24/07/2012)
- Cái Nước ra mắt mô hình "Dân vận khéo" (12/07/2012)
- Năm Căn: đối thoại với người dân về quy hoạch (28/06/2012)
""", "2012-08-15", "Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Trần Văn Thời",
E("giam_sat", "2012", "2012-08-13"),
[P("Huỳnh Thị Bé Tư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng ban"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch UBND huyện"),
 P("Lâm Thanh Nhàn", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Trương Văn Đực", "Chủ tịch UBND xã"),
 P("Danh Sến", "Trưởng ấp Kinh Hòn")],
[Q("13/13 xã, thị trấn", 13, "xã, thị trấn"), Q("gần 9,4 tỷ đồng", 9400000000, "đồng", "approx"),
 Q("27.300 m2", 27300, "m2"), Q("64 km", 64, "km"), Q("112 cây cầu", 112, "cây cầu"),
 Q("41 mô hình", 41, "mô hình"), Q("9 mô hình", 9, "mô hình"), Q("26 cuộc đối thoại", 26, "cuộc đối thoại"),
 Q("1.450 lượt người dân", 1450, "lượt người dân"), Q("38/41 đơn thư", 38, "đơn thư"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("2,5 km", 2.5, "km")],
[D("Kế hoạch", "18", "KH/BDVTU", "2012-03-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BDVTU ngày 02/3/2012"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kết luận", "64", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 64-KL/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Cà Mau"), com("Khánh Bình Đông"), com("Khánh Hải")],
["BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU", "Thời sự / Xây dựng Đảng", "(CMO)",
 "Đoàn giám sát làm việc tại xã Khánh Bình Đông.", "Dân vận khéo", "Cán bộ ấp gần dân", "Quy chế dân chủ ở cơ sở"],
["Cập nhật lúc: 15/08/2012 07:45", "cuộc giám sát thứ ba", "năm 2012", "khóa VIII", "tháng 9"]))

PAGES.append(page("b1183-soctrang-taphuan-dvcq-2013", """
Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ >> Hoạt động >> Tập huấn - Bồi dưỡng
08:15 | 22/05/2013
Nâng cao kỹ năng vận động quần chúng cho cán bộ, công chức cấp xã
Ngày 21/5/2013, tại Trường Chính trị tỉnh, Ban Dân vận Tỉnh ủy phối hợp với Sở Nội vụ khai giảng lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2013 cho 165 học viên là chủ tịch, phó chủ tịch UBND, công chức tư pháp - hộ tịch và địa chính các xã, phường, thị trấn trong tỉnh.
Các học viên tham dự lớp tập huấn.
Dự khai giảng có đồng chí Lâm Văn Mẫn, Phó Bí thư Tỉnh ủy; đồng chí Trương Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đỗ Thành Danh, Giám đốc Sở Nội vụ.
Trong 2 ngày, học viên được truyền đạt 6 chuyên đề: những vấn đề cơ bản về công tác dân vận trong tình hình mới; Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; Nghị định số 20/2008/NĐ-CP của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính; kỹ năng tiếp công dân, đối thoại với nhân dân; công tác vận động đồng bào Khmer và kinh nghiệm xây dựng mô hình "Dân vận khéo" trong cơ quan hành chính. Báo cáo viên là các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Sô Phênl, Nguyễn Văn Hận và giảng viên Trường Chính trị tỉnh.
Phát biểu khai giảng, đồng chí Lâm Văn Mẫn nhấn mạnh cán bộ, công chức cấp xã là người trực tiếp gần dân, mỗi việc làm, lời nói đều tác động tới niềm tin của nhân dân đối với chính quyền. Qua sơ kết 3 năm thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của chính quyền, toàn tỉnh đã xây dựng 278 mô hình "Dân vận khéo", nhưng vẫn còn tình trạng công chức một cửa hướng dẫn người dân không đến nơi đến chốn, để dân đi lại nhiều lần.
Theo đồng chí Trương Thị Hồng Nhung, năm 2012 các cơ quan nhà nước trong tỉnh tiếp nhận 3.276 đơn thư, trong đó trên 70% liên quan đến đất đai; nhiều vụ việc nếu cơ sở đối thoại sớm, công khai, minh bạch thì không phát sinh khiếu kiện đông người. Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn số 07-HD/BDVTU về tiêu chí đánh giá mô hình "Dân vận khéo" và sẽ phối hợp Sở Nội vụ đưa nội dung dân vận chính quyền vào tiêu chí thi đua của cán bộ, công chức xã.
Ông Kim Sa Vét, Chủ tịch UBND xã Lai Hòa, thị xã Vĩnh Châu, chia sẻ: "Xã có hơn 60% dân số là đồng bào Khmer. Cán bộ xã phải biết tiếng Khmer, phải đến tận nhà, tận chùa nói chuyện với bà con thì dân mới tin". Nhờ vậy, năm qua xã vận động 214 hộ tham gia mô hình nuôi tôm an toàn, 46 hộ nghèo có việc làm ổn định.
Lớp tập huấn kết thúc ngày 22/5. Đợt 2 dự kiến tổ chức vào tháng 7 cho cán bộ các phường, thị trấn còn lại.
Thanh Tuyền
Lượt xem: 643
Các tin khác
- Mỹ Xuyên: ra mắt tổ dân vận ấp (15/05/2013)
- Giao ban khối dân vận quý I năm 2013 (09/04/2013)
- Chăm lo Tết Chôl Chnăm Thmây cho đồng bào Khmer (02/04/2013)
- Vĩnh Châu tổng kết công tác dân vận năm 2012 (10/01/2013)
""", "2013-05-22", "Nâng cao kỹ năng vận động quần chúng cho cán bộ, công chức cấp xã",
E("tap_huan", "2013", "2013-05-21"),
[P("Lâm Văn Mẫn", "Phó Bí thư Tỉnh ủy"),
 P("Trương Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thành Danh", "Giám đốc Sở Nội vụ"),
 P("Thạch Sô Phênl", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hận", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sa Vét", "Chủ tịch UBND xã Lai Hòa")],
[Q("165 học viên", 165, "học viên"), Q("6 chuyên đề", 6, "chuyên đề"), Q("278 mô hình", 278, "mô hình"),
 Q("3.276 đơn thư", 3276, "đơn thư"), Q("trên 70%", 70, "%", "over"), Q("hơn 60%", 60, "%", "over"),
 Q("214 hộ", 214, "hộ"), Q("46 hộ nghèo", 46, "hộ nghèo")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
 D("Nghị định", "20", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2008/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Sóc Trăng"), com("Lai Hòa")],
["Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ >> Hoạt động >> Tập huấn - Bồi dưỡng", "Các học viên tham dự lớp tập huấn.",
 "Dân vận khéo", "Lượt xem: 643", "Trường Chính trị tỉnh"],
["08:15 | 22/05/2013", "năm 2013", "2 ngày", "3 năm", "năm 2012", "Đợt 2", "tháng 7", "Lượt xem: 643"]))

PAGES.append(page("b1184-bentre-chandung-dankheo-2014", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ › Chính trị › Dân vận khéo
Thứ Tư, 10/09/2014, 06:25
Ông Tư Hiền vận động bà con hiến đất làm đường.
"Người giữ lửa" dân vận ở ấp An Thạnh
(ĐK) - Hơn 20 năm làm cán bộ ấp, ông Nguyễn Văn Hiền (Tư Hiền), Bí thư Chi bộ kiêm Trưởng ấp An Thạnh, xã An Hiệp, huyện Châu Thành, được bà con gọi vui là "ông trưởng ấp biết nghe". Ấp An Thạnh nhiều năm liền không có đơn thư vượt cấp, là một trong những điển hình "Dân vận khéo" của tỉnh Bến Tre năm nay.
Những ngày cuối mùa mưa, con đường đal rộng 3 mét chạy dọc rạch Cái Sơn đã hoàn thành. Để có con đường này, ông Tư Hiền cùng Ban nhân dân ấp đã gõ cửa từng nhà, vận động 36 hộ hiến hơn 4.200 m2 đất, tự tháo dỡ hàng rào, di dời 2 căn nhà tạm. Tổng kinh phí làm 1,8 km đường là 1,35 tỷ đồng, trong đó nhân dân đóng góp 620 triệu đồng. "Mình làm trước, dân thấy được thì dân theo. Họp dân mà chỉ đọc văn bản thì không ai nghe", ông nói.
Theo ông Lê Văn Rớt, Phó Chủ tịch UBND xã An Hiệp, việc làm đường ở ấp An Thạnh được xã lấy làm mẫu cho các ấp khác. Từ năm 2012 đến nay, toàn xã đã làm được 7 tuyến đường với tổng chiều dài 5,6 km mà không phải chi một đồng bồi thường nào. Ngoài đường sá, ông Tư Hiền còn vận động các hộ khá giả giúp vốn, con giống cho 12 hộ nghèo; đến cuối năm 2013, ấp chỉ còn 4 hộ nghèo trên tổng số 318 hộ.
Ông Hiền ngồi nghe bà con góp ý trong buổi họp tổ nhân dân tự quản.
Mỗi tháng, ông duy trì buổi "cà phê sáng với dân" ở đầu ấp, nơi bà con có thể nói bất cứ chuyện gì, từ chuyện nước ngập, đèn đường đến chuyện mâu thuẫn hàng xóm. Nhờ vậy, 9 vụ việc mâu thuẫn trong năm qua đều được hòa giải thành ngay tại ấp.
Bà Trần Thị Mỹ Hạnh, Trưởng Ban Dân vận Huyện ủy Châu Thành, đánh giá: thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về công tác dân vận và Kế hoạch số 09-KH/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2014 - 2016, huyện chọn những cán bộ như ông Tư Hiền để biểu dương, nhân rộng. Toàn huyện hiện có 57 mô hình "Dân vận khéo", phần lớn do cán bộ ấp trực tiếp làm nòng cốt.
Năm nay 62 tuổi, ông Tư Hiền vẫn chưa muốn nghỉ. "Còn đoạn đường ra bến đò chưa làm, còn mấy hộ chưa thoát nghèo. Làm xong rồi tôi mới yên tâm giao lại cho lớp trẻ", ông cười.
Bài, ảnh: Cẩm Trúc
Lượt xem: 1.312
Tin liên quan
- Châu Thành: biểu dương 20 điển hình dân vận khéo (28/08/2014)
- Mỏ Cày Nam: vận động nhân dân hiến đất làm đường (15/08/2014)
- Người có uy tín trong đồng bào Khmer ở Ba Tri (30/07/2014)
- Giồng Trôm nhân rộng mô hình "Tổ nhân dân tự quản" (11/07/2014)
""", "2014-09-10", "\"Người giữ lửa\" dân vận ở ấp An Thạnh",
E("khac", None, None),
[P("Nguyễn Văn Hiền", "Bí thư Chi bộ kiêm Trưởng ấp An Thạnh"),
 P("Lê Văn Rớt", "Phó Chủ tịch UBND xã An Hiệp"),
 P("Trần Thị Mỹ Hạnh", "Trưởng Ban Dân vận Huyện ủy Châu Thành")],
[Q("36 hộ", 36, "hộ"), Q("hơn 4.200 m2", 4200, "m2", "over"), Q("2 căn nhà tạm", 2, "căn nhà tạm"),
 Q("1,8 km", 1.8, "km"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("7 tuyến đường", 7, "tuyến đường"), Q("5,6 km", 5.6, "km"), Q("12 hộ nghèo", 12, "hộ nghèo"),
 Q("4 hộ nghèo", 4, "hộ nghèo"), Q("318 hộ", 318, "hộ"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"),
 Q("57 mô hình", 57, "mô hình")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "09", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Bến Tre"), com("An Hiệp")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ › Chính trị › Dân vận khéo", "Ông Tư Hiền vận động bà con hiến đất làm đường.",
 "(ĐK)", "ông trưởng ấp biết nghe", "Dân vận khéo", "Ông Hiền ngồi nghe bà con góp ý trong buổi họp tổ nhân dân tự quản.",
 "cà phê sáng với dân", "Người giữ lửa", "Lượt xem: 1.312"],
["Thứ Tư, 10/09/2014, 06:25", "Hơn 20 năm", "3 mét", "năm 2012", "năm 2013", "62 tuổi", "khóa XI",
 "giai đoạn 2014 - 2016", "Lượt xem: 1.312"]))

PAGES.append(page("b1185-longan-chibo-bdv-daihoi-2015", """
Cổng thông tin điện tử Đảng bộ tỉnh Long An
Trang chủ | Hoạt động Đảng bộ | Đại hội Đảng các cấp
08/05/2015 14:32
Đại hội Chi bộ Ban Dân vận Tỉnh ủy nhiệm kỳ 2015 - 2020
Sáng 7/5/2015, Chi bộ Ban Dân vận Tỉnh ủy Long An tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2015 - 2020. Đây là đại hội điểm của Đảng bộ Khối các cơ quan tỉnh. Dự và chỉ đạo đại hội có đồng chí Huỳnh Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy và đồng chí Đặng Thị Mỹ Lan, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh.
Các đảng viên biểu quyết thông qua Nghị quyết đại hội.
Báo cáo chính trị trình bày tại đại hội nêu rõ, nhiệm kỳ 2010 - 2015, Chi bộ đã lãnh đạo cơ quan tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU về đẩy mạnh phong trào thi đua "Dân vận khéo" và Quy định số 03-QĐ/TU về trách nhiệm của người đứng đầu cấp ủy, chính quyền trong tiếp xúc, đối thoại với nhân dân; phối hợp Ban cán sự đảng UBND tỉnh triển khai Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng khóa XI. Toàn tỉnh đã có 1.264 mô hình "Dân vận khéo" được công nhận, riêng năm 2014 là 386 mô hình; công tác dân vận chính quyền có chuyển biến khi 192/192 xã, phường, thị trấn duy trì lịch tiếp dân định kỳ.
Nhiệm kỳ qua, Chi bộ luôn đạt trong sạch, vững mạnh, có 3 năm được Đảng ủy Khối tặng giấy khen; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên; kết nạp 2 đảng viên mới. Đảng viên trong Chi bộ nhận đỡ đầu 8 hộ nghèo ở xã Mỹ Yên, huyện Bến Lức, giúp 5 hộ thoát nghèo.
Phát biểu chỉ đạo, đồng chí Huỳnh Văn Quang đề nghị Chi bộ nâng cao năng lực tham mưu, dự báo tình hình nhân dân; tham mưu tổng kết Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; gắn công tác dân vận với xây dựng nông thôn mới và giải quyết khiếu nại về đất đai ở các khu công nghiệp. Đồng chí lưu ý cán bộ dân vận phải "đi từng ngõ, gõ từng nhà", không làm việc chỉ qua báo cáo.
Đại hội đã bầu Chi ủy khóa mới gồm 5 đồng chí. Đồng chí Nguyễn Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy tái đắc cử Bí thư Chi bộ; đồng chí Lê Văn Khải, Phó Trưởng Ban Dân vận Tỉnh ủy, được bầu giữ chức Phó Bí thư Chi bộ. Đại hội cũng bầu 3 đại biểu chính thức và 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ X.
Nghị quyết đại hội đề ra 6 chỉ tiêu, trong đó hằng năm phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ, mỗi đảng viên giúp đỡ ít nhất 1 hộ nghèo; đến năm 2020 toàn tỉnh có trên 2.000 mô hình "Dân vận khéo".
Ngọc Hân
Tin khác
- Đại hội Chi bộ Văn phòng Tỉnh ủy nhiệm kỳ 2015 - 2020 (06/05/2015)
- Bến Lức: đại hội điểm cấp cơ sở thành công tốt đẹp (28/04/2015)
- Đức Hòa ra mắt 12 mô hình dân vận khéo (21/04/2015)
- Hội nghị triển khai Chỉ thị 36-CT/TW về đại hội đảng bộ các cấp (10/10/2014)
""", "2015-05-08", "Đại hội Chi bộ Ban Dân vận Tỉnh ủy nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-05-07"),
[P("Huỳnh Văn Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Đặng Thị Mỹ Lan", "Phó Bí thư Đảng ủy Khối các cơ quan tỉnh"),
 P("Nguyễn Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Bí thư Chi bộ"),
 P("Lê Văn Khải", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Bí thư Chi bộ")],
[Q("1.264 mô hình", 1264, "mô hình"), Q("386 mô hình", 386, "mô hình"),
 Q("192/192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"), Q("100% đảng viên", 100, "%"),
 Q("2 đảng viên mới", 2, "đảng viên mới"), Q("8 hộ nghèo", 8, "hộ nghèo"), Q("5 hộ", 5, "hộ"),
 Q("5 đồng chí", 5, "đồng chí"), Q("3 đại biểu chính thức", 3, "đại biểu chính thức"),
 Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"), Q("6 chỉ tiêu", 6, "chỉ tiêu"), Q("95% đảng viên", 95, "%"),
 Q("trên 2.000 mô hình", 2000, "mô hình", "over")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU"),
 D("Quy định", "03", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 03-QĐ/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương Đảng", "Nghị quyết số 25-NQ/TW của BCH Trung ương Đảng"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị")],
[prov("Long An"), com("Mỹ Yên")],
["Cổng thông tin điện tử Đảng bộ tỉnh Long An", "Trang chủ | Hoạt động Đảng bộ | Đại hội Đảng các cấp",
 "Các đảng viên biểu quyết thông qua Nghị quyết đại hội.", "Dân vận khéo", "đi từng ngõ, gõ từng nhà"],
["08/05/2015 14:32", "nhiệm kỳ 2015 - 2020", "lần thứ XI", "nhiệm kỳ 2010 - 2015", "khóa XI", "năm 2014", "3 năm",
 "5 đồng chí", "lần thứ X", "năm 2020", "1 hộ nghèo"]))

PAGES.append(page("b1186-cantho-giaoban-q3-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH ỦY CẦN THƠ
Trang chủ » Tin tức » Công tác dân vận
Ngày đăng 28/09/2016 | 15:40
Khối dân vận tập trung vận động nhân dân giải phóng mặt bằng các công trình trọng điểm
Chiều 27/9, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị giao ban khối dân vận quý III/2016, triển khai nhiệm vụ quý IV. Đồng chí Huỳnh Thanh Phong, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Toàn cảnh hội nghị giao ban.
Trong quý, Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 35-KH/TU ngày 12/7/2016 thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; ký kết Quy chế phối hợp số 03-QCPH/BDVTU-BCSĐ giữa Ban Dân vận Thành ủy và Ban cán sự đảng UBND thành phố về công tác dân vận chính quyền giai đoạn 2016 - 2020.
Các đoàn thể đã vận động 92 hộ dân bàn giao mặt bằng dự án đường Võ Văn Kiệt nối dài và khu tái định cư phường An Khánh; vận động nhân dân đóng góp trên 4,2 tỷ đồng làm đường, cầu giao thông nông thôn. Mặt trận và các đoàn thể tổ chức 48 cuộc tiếp xúc, đối thoại với 3.120 lượt đoàn viên, hội viên; tiếp nhận 156 ý kiến, kiến nghị, trong đó 134 ý kiến đã được trả lời. Quý III, thành phố công nhận thêm 37 mô hình "Dân vận khéo", nâng tổng số lên 641 mô hình.
Thảo luận tại hội nghị, bà Phạm Thị Bích Liên, Chủ tịch Hội Liên hiệp Phụ nữ thành phố, đề nghị các ngành hỗ trợ vốn cho phụ nữ nghèo ở các khu tái định cư. Ông Trần Quốc Bình, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, phản ánh một số hộ dân ở xã Thới Hưng, huyện Cờ Đỏ, còn băn khoăn về giá bồi thường đất nông nghiệp, cần tổ chức đối thoại sớm.
Theo các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lê Thị Ngọc Dung, Nguyễn Hữu Phước, tình hình tư tưởng nhân dân cơ bản ổn định; tuy nhiên dư luận còn quan tâm đến tình trạng ngập nước ở khu vực nội ô và tiến độ cấp giấy chứng nhận quyền sử dụng đất.
Phát biểu kết luận, đồng chí Huỳnh Thanh Phong yêu cầu quý IV các cơ quan trong khối chuẩn bị tốt việc sơ kết 5 năm thực hiện Quyết định số 290-QĐ/TW; phối hợp chính quyền giải quyết dứt điểm 22 vụ việc khiếu nại tồn đọng; chủ động nắm tình hình, không để phát sinh điểm nóng. Đồng chí Trưởng Ban Dân vận Thành ủy cũng đề nghị mỗi quận, huyện chọn 2 mô hình tiêu biểu để tham gia hội thi "Dân vận khéo" của thành phố vào tháng 11.
Khánh Nam
Lượt xem: 587
Các tin đã đưa
- Bình Thủy tổng kết 5 năm thực hiện Quy chế dân vận (20/09/2016)
- Thốt Nốt: phát huy vai trò tổ dân vận khu vực (08/09/2016)
- Ra mắt mô hình "Phường thân thiện, vì dân phục vụ" (25/08/2016)
- Ô Môn vận động hiến đất làm đường (12/08/2016)
""", "2016-09-28", "Khối dân vận tập trung vận động nhân dân giải phóng mặt bằng các công trình trọng điểm",
E("giao_ban", "2016-Q3", "2016-09-27"),
[P("Huỳnh Thanh Phong", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Thị Bích Liên", "Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Trần Quốc Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Thị Ngọc Dung", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Hữu Phước", "Phó Trưởng Ban Dân vận Thành ủy")],
[Q("92 hộ dân", 92, "hộ dân"), Q("trên 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("48 cuộc tiếp xúc, đối thoại", 48, "cuộc tiếp xúc, đối thoại"), Q("3.120 lượt đoàn viên, hội viên", 3120, "lượt đoàn viên, hội viên"),
 Q("156 ý kiến, kiến nghị", 156, "ý kiến, kiến nghị"), Q("134 ý kiến", 134, "ý kiến"), Q("37 mô hình", 37, "mô hình"),
 Q("641 mô hình", 641, "mô hình"), Q("22 vụ việc khiếu nại tồn đọng", 22, "vụ việc khiếu nại tồn đọng"),
 Q("2 mô hình tiêu biểu", 2, "mô hình tiêu biểu")],
[D("Kế hoạch", "35", "KH/TU", "2016-07-12", "Ban Thường vụ Thành ủy", "Kế hoạch số 35-KH/TU ngày 12/7/2016"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-BCSĐ", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-BCSĐ"),
 D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định số 290-QĐ/TW")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH ỦY CẦN THƠ", "Trang chủ » Tin tức » Công tác dân vận", "Toàn cảnh hội nghị giao ban.",
 "Dân vận khéo", "Lượt xem: 587"],
["Ngày đăng 28/09/2016 | 15:40", "quý III/2016", "quý IV", "giai đoạn 2016 - 2020", "5 năm", "tháng 11", "Lượt xem: 587"]))
