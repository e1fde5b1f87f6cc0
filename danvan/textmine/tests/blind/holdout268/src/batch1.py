from lib import *
PAGES = []

PAGES.append(page("b6389-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Hoạt động > Văn bản - Báo cáo
Thứ Hai, 26/12/2011 - 09:20
Lào Cai tổng kết công tác dân vận năm 2011
Ngày 22/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dưới đây là trích báo cáo do đồng chí Vàng Seo Chư, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy trình bày tại hội nghị.
TỈNH ỦY LÀO CAI
BAN DÂN VẬN
*
Số 58-BC/BDVTU
ĐẢNG CỘNG SẢN VIỆT NAM
Lào Cai, ngày 19/12/2011
BÁO CÁO
Tổng kết công tác dân vận năm 2011, phương hướng nhiệm vụ năm 2012
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác tham mưu, hướng dẫn
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU ngày 14/4/2011 về tăng cường công tác dân vận vùng
đồng bào Mông(1); hướng dẫn các huyện ủy, thành ủy sơ kết Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy. Phối hợp với Ủy ban MTTQ tỉnh
mở 9 lớp tập huấn cho 612 cán bộ dân vận cơ sở.
- 2 -
Báo cáo tổng kết công tác dân vận năm 2011 - Ban Dân vận Tỉnh ủy Lào Cai
2. Công tác nắm tình hình nhân dân
Khối dân vận các cấp đã tiếp nhận 94 đơn thư, phối hợp giải quyết 81 đơn, đạt 86,2%. Trên địa bàn còn 17 vụ việc truyền đạo trái pháp luật
tại các xã vùng cao, tập trung ở xã Bản Phố, xã Tả Van. Toàn tỉnh có 214 người có uy tín được cập nhật thông tin thường xuyên(2).
3. Phong trào thi đua "Dân vận khéo"
Có 238 mô hình đăng ký thi đua, trong đó 41 mô hình cấp tỉnh. Nhân dân hiến trên 12.000 m2 đất, đóng góp khoảng 4,3 tỷ đồng và
hơn 8.600 ngày công làm đường giao thông nông thôn.
II. HẠN CHẾ
Việc thực hiện Quy chế dân chủ ở cơ sở tại một số xã còn hình thức; cán bộ dân vận xã phần lớn kiêm nhiệm, 37% chưa qua đào tạo
chuyên môn.
- 3 -
____________
(1) Chỉ thị 27-CT/TU thay thế Chỉ thị số 11-CT/TU ngày 02/6/2007 của Tỉnh ủy.
(2) Thực hiện Quyết định số 05/2011/QĐ-UBND của UBND tỉnh về chế độ đối với người có uy tín.
Tại hội nghị, đồng chí Lù Thị Sính, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, và ông Sùng A Lử, Bí thư Đảng ủy xã Tả Van, tham luận về kinh nghiệm vận động bà con bỏ tập tục lạc hậu trong cưới hỏi, ma chay. Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Thạnh, Phó Bí thư Thường trực Tỉnh ủy, yêu cầu năm 2012 tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị, nắm chắc tình hình ở vùng biên giới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 14 tập thể và 22 cá nhân.
Tuấn Minh
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt 6 mô hình "Dân vận khéo" (12/12/2011)
- Hội nghị người có uy tín huyện Mường Khương năm 2011 (30/11/2011)
- Sa Pa tập huấn nghiệp vụ cho 120 cán bộ dân vận xã (18/11/2011)
""", "2011-12-26", "Lào Cai tổng kết công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-22"),
[P("Vàng Seo Chư", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Thị Sính", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Sùng A Lử", "Bí thư Đảng ủy xã Tả Van"),
 P("Nguyễn Hữu Thạnh", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("9 lớp tập huấn", 9, "lớp tập huấn"), Q("612 cán bộ dân vận cơ sở", 612, "cán bộ dân vận cơ sở"),
 Q("94 đơn thư", 94, "đơn thư"), Q("81 đơn", 81, "đơn"), Q("86,2%", 86.2, "%"),
 Q("17 vụ việc truyền đạo trái pháp luật", 17, "vụ việc truyền đạo trái pháp luật"),
 Q("214 người có uy tín", 214, "người có uy tín"), Q("238 mô hình", 238, "mô hình"),
 Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("trên 12.000 m2", 12000, "m2", "over"),
 Q("khoảng 4,3 tỷ đồng", 4300000000, "đồng", "approx"), Q("hơn 8.600 ngày công", 8600, "ngày công", "over"),
 Q("37%", 37, "%"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Báo cáo", "58", "BC/BDVTU", "2011-12-19", "Ban Dân vận Tỉnh ủy", "Số 58-BC/BDVTU"),
 D("Chỉ thị", "27", "CT/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 14/4/2011"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Chỉ thị", "11", "CT/TU", "2007-06-02", "Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 02/6/2007"),
 D("Quyết định", "05", "2011/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 05/2011/QĐ-UBND"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Hoạt động > Văn bản - Báo cáo", "TỈNH ỦY LÀO CAI",
 "ĐẢNG CỘNG SẢN VIỆT NAM", "Báo cáo tổng kết công tác dân vận năm 2011 - Ban Dân vận Tỉnh ủy Lào Cai", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lượt xem: 1.204"],
["Thứ Hai, 26/12/2011 - 09:20", "- 2 -", "- 3 -", "(1)", "(2)", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b6390-quangtri-huonghoa-bdvhu-soket-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ
Trang chủ / Tin tức - Sự kiện / Dân vận
Cập nhật: 14:05, 10/07/2012 (GMT+7)
Quang cảnh hội nghị. Ảnh: Hồ Nam
Hướng Hóa: khối dân vận triển khai nhiệm vụ 6 tháng cuối năm
Sáng 06/7, Ban Dân vận Huyện ủy Hướng Hóa tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012. Dự hội nghị có đồng chí Trần Đình Khiêm, Phó Bí thư Thường trực Huyện ủy và 27 đồng chí là trưởng khối dân vận các xã, thị trấn. Đồng chí Hồ Văn Nhiêng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì. Nội dung chính của Báo cáo số 21-BC/BDVHU ngày 04/7/2012 được trích dưới đây.
HUYỆN ỦY HƯỚNG HÓA - BAN DÂN VẬN                                   Trang 2/4
1. Việc tham mưu cho cấp ủy: Ban đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 08-KH/HU ngày 12/01/2012 về công tác
dân vận năm 2012¹ và sơ kết Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về vận động đồng bào Vân Kiều, Pa Kô định canh, định cư.
2. Nắm tình hình nhân dân: Tình hình cơ bản ổn định. 6 tháng qua khối dân vận tiếp nhận 46 đơn thư, giải quyết 39 đơn. Đã vận động
312 hộ đồng bào dân tộc thiểu số chuyển sang trồng sắn, cà phê theo quy hoạch; 22 xã, thị trấn tổ chức đối thoại với nhân dân.
3. Thực hiện chính sách: Triển khai Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ và Nghị quyết số 30a/2008/NQ-CP của
Chính phủ², hỗ trợ xây dựng 58 căn nhà cho hộ nghèo, trị giá hơn 1,7 tỷ đồng; tỷ lệ hộ được hỗ trợ đúng đối tượng đạt 98,5%.
Quỹ "Vì người nghèo" các cấp vận động được 426 triệu đồng.
HUYỆN ỦY HƯỚNG HÓA - BAN DÂN VẬN                                   Trang 3/4
______
¹ Kế hoạch 08-KH/HU thay cho Kế hoạch số 71-KH/HU ngày 20/12/2010.
² Huyện có 15 xã đặc biệt khó khăn thụ hưởng Chương trình 135.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Nguyễn Thị Hạnh, Kray Sóc báo cáo tình hình vùng biên giới. Bà Hồ Thị Pết, Chủ tịch Hội LHPN huyện, nêu kết quả vận động 140 hội viên mới; ông A Vô Ly, Bí thư Đảng ủy xã A Túc, kiến nghị sớm giải quyết tranh chấp đất giữa xã A Túc và xã Tân Long.
Theo đánh giá của Ban Dân vận Tỉnh ủy Quảng Trị, Hướng Hóa là một trong những huyện làm tốt công tác vận động đồng bào vùng biên giới; tuy vậy việc nắm tình hình ở một số bản xa trung tâm còn chậm, sinh hoạt của tổ dân vận thôn, bản chưa đều, cán bộ cơ sở còn ngại đi bản.
Đồng chí Trần Đình Khiêm yêu cầu khối dân vận 6 tháng cuối năm tập trung vận động nhân dân xã Hướng Phùng thực hiện tốt phong trào "Dân vận khéo", không để phát sinh điểm nóng.
Hồ Nam
Các tin khác
- Hướng Hóa: 5 xã biên giới ký kết giao ước thi đua (28/6/2012)
- Hội nghị già làng, trưởng bản năm 2012 (15/6/2012)
- Tập huấn công tác dân vận cho cán bộ thôn, bản (02/6/2012)
""", "2012-07-10", "Hướng Hóa: khối dân vận triển khai nhiệm vụ 6 tháng cuối năm",
E("so_ket", "2012-H1", "2012-07-06"),
[P("Trần Đình Khiêm", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hồ Văn Nhiêng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Kray Sóc", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Thị Pết", "Chủ tịch Hội LHPN huyện"),
 P("A Vô Ly", "Bí thư Đảng ủy xã A Túc")],
[Q("27 đồng chí", 27, "đồng chí"), Q("46 đơn thư", 46, "đơn thư"), Q("39 đơn", 39, "đơn"),
 Q("312 hộ đồng bào dân tộc thiểu số", 312, "hộ đồng bào dân tộc thiểu số"), Q("22 xã, thị trấn", 22, "xã, thị trấn"),
 Q("58 căn nhà", 58, "căn nhà"), Q("hơn 1,7 tỷ đồng", 1700000000, "đồng", "over"), Q("98,5%", 98.5, "%"),
 Q("426 triệu đồng", 426000000, "đồng"), Q("15 xã đặc biệt khó khăn", 15, "xã đặc biệt khó khăn"),
 Q("140 hội viên mới", 140, "hội viên mới")],
[D("Báo cáo", "21", "BC/BDVHU", "2012-07-04", "Ban Dân vận Huyện ủy", "Báo cáo số 21-BC/BDVHU ngày 04/7/2012"),
 D("Kế hoạch", "08", "KH/HU", "2012-01-12", "Ban Thường vụ Huyện ủy", "Kế hoạch số 08-KH/HU ngày 12/01/2012"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, "Chính phủ", "Nghị quyết số 30a/2008/NQ-CP"),
 D("Kế hoạch", "71", "KH/HU", "2010-12-20", None, "Kế hoạch số 71-KH/HU ngày 20/12/2010")],
[prov("Quảng Trị"), com("A Túc"), com("Tân Long"), com("Hướng Phùng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA - TỈNH QUẢNG TRỊ", "Trang chủ / Tin tức - Sự kiện / Dân vận",
 "Quang cảnh hội nghị. Ảnh: Hồ Nam", "HUYỆN ỦY HƯỚNG HÓA - BAN DÂN VẬN", "Vì người nghèo", "Chương trình 135", "Dân vận khéo"],
["Cập nhật: 14:05, 10/07/2012 (GMT+7)", "Trang 2/4", "Trang 3/4", "6 tháng đầu năm 2012", "6 tháng cuối năm", "¹", "²",
 "Chương trình 135"]))

PAGES.append(page("b6391-gialai-mttq-giamsat-2013", """
BÁO GIA LAI ĐIỆN TỬ
Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể
08:15 | 17/10/2013
Ảnh: Đoàn giám sát làm việc tại xã Ia Ka.
Giám sát hỗ trợ đất sản xuất cho đồng bào: còn 61,4% hộ chưa được hỗ trợ
(GLO) - Ngày 15/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị thông báo kết quả giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, đất ở cho hộ đồng bào dân tộc thiểu số nghèo theo chương trình giám sát năm 2013. Ông Rơ Châm Y Djăk, Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh, trình bày dự thảo Thông báo kết luận giám sát. Báo Gia Lai trích đăng như sau.
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI - Thông báo kết luận giám sát               3
Thực hiện Chương trình số 12/CTr-MTTQ-BTT ngày 05/3/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, 5 đoàn giám sát đã làm việc
tại 8 huyện, thị xã và 16 xã¹. Theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ, toàn tỉnh có
1.846 hộ đồng bào dân tộc thiểu số nghèo thuộc diện hỗ trợ; đến tháng 9/2013 mới có 712 hộ được giao đất, còn 61,4% hộ chưa được hỗ trợ. Diện tích đã giao là
312 ha; kinh phí đã giải ngân 24,6 tỷ đồng, đạt khoảng 48% kế hoạch vốn.
Qua giám sát, đoàn phát hiện gần 400 hộ đã bán, cầm cố đất được cấp trước đây²; một số xã lập danh sách chưa công khai.
Đoàn đưa ra 9 kiến nghị với UBND tỉnh và các sở, ngành.
ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI - Thông báo kết luận giám sát               4
____________________
¹ Các xã Ia Ka, Ia Mơ Nông (Chư Păh); Ia Dreh, Ia Rsai (Krông Pa) và 12 xã khác.
² Theo Báo cáo số 86/BC-UBND ngày 02/8/2013 của UBND huyện Krông Pa.
Tại hội nghị, bà Siu H'Mlang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị các địa phương rà soát lại quỹ đất. Ông Ksor Nhơn, Chủ tịch Ủy ban MTTQ xã Ia Rsai, phản ánh nhiều hộ chờ đất đã hai năm. Các ông Rah Lan Ngơn, Nay Blơk - người có uy tín làng Bi, xã Ia Dreh, đề nghị ưu tiên hộ chưa có đất ở.
Đại diện UBND các huyện cho biết nguyên nhân chậm là quỹ đất công không còn, việc thu hồi đất của các nông, lâm trường kéo dài; nhiều hộ đã được hỗ trợ bằng tiền nhưng dùng vào việc khác. Sở Tài nguyên và Môi trường cam kết trình UBND tỉnh phương án điều chỉnh trong quý IV.
Kết luận hội nghị, ông Trần Quốc Hưng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, yêu cầu Ban Thường trực hoàn thiện Thông báo số 47/TB-MTTQ-BTT gửi UBND tỉnh trước ngày 25/10.
Phương Vi
Tin liên quan
- Mặt trận tỉnh giám sát thực hiện Quy chế dân chủ ở cơ sở (20/9/2013)
- Tặng 300 suất quà cho hộ nghèo huyện Krông Pa (05/9/2013)
""", "2013-10-17", "Giám sát hỗ trợ đất sản xuất cho đồng bào: còn 61,4% hộ chưa được hỗ trợ",
E("giam_sat", "2013", "2013-10-15"),
[P("Rơ Châm Y Djăk", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu H'Mlang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nhơn", "Chủ tịch Ủy ban MTTQ xã Ia Rsai"),
 P("Rah Lan Ngơn", "người có uy tín làng Bi"),
 P("Nay Blơk", "người có uy tín làng Bi"),
 P("Trần Quốc Hưng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("61,4%", 61.4, "%"), Q("5 đoàn giám sát", 5, "đoàn giám sát"), Q("8 huyện, thị xã", 8, "huyện, thị xã"),
 Q("16 xã", 16, "xã"), Q("1.846 hộ đồng bào dân tộc thiểu số nghèo", 1846, "hộ đồng bào dân tộc thiểu số nghèo"),
 Q("712 hộ", 712, "hộ"), Q("312 ha", 312, "ha"), Q("24,6 tỷ đồng", 24600000000, "đồng"),
 Q("khoảng 48%", 48, "%", "approx"), Q("gần 400 hộ", 400, "hộ", "approx"), Q("9 kiến nghị", 9, "kiến nghị"),
 Q("12 xã", 12, "xã")],
[D("Chương trình", "12", "CTr-MTTQ-BTT", "2013-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Chương trình số 12/CTr-MTTQ-BTT ngày 05/3/2013"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Báo cáo", "86", "BC-UBND", "2013-08-02", "UBND huyện Krông Pa", "Báo cáo số 86/BC-UBND ngày 02/8/2013"),
 D("Thông báo", "47", "TB-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Thông báo số 47/TB-MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Mơ Nông"), com("Ia Dreh"), com("Ia Rsai")],
["BÁO GIA LAI ĐIỆN TỬ", "Bạn đang ở: Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại xã Ia Ka.",
 "(GLO)", "ỦY BAN MTTQ VIỆT NAM TỈNH GIA LAI - Thông báo kết luận giám sát"],
["08:15 | 17/10/2013", "năm 2013", "tháng 9/2013", "hai năm", "¹", "²"]))

PAGES.append(page("b6392-soctrang-hoatu1-doithoai-2014", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng
Tin tức » Dân vận cơ sở
Thứ Sáu, 12/09/2014 - 16:40
Xã Hòa Tú 1 đối thoại với nông dân về chuyển đổi cây trồng
Ngày 10/9/2014, Đảng ủy, UBND xã Hòa Tú 1 (huyện Mỹ Xuyên) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2014 theo Quy định số 11-QĐi/TW ngày 18/2/2014 của Bộ Chính trị. Chủ trì có ông Lâm Văn Kha, Bí thư Đảng ủy, Chủ tịch HĐND xã, và ông Thạch Sa Rươl, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Có 134 hộ dân của 8 ấp tham dự.
Mở đầu, ông Thạch Sa Rươl tóm tắt báo cáo của UBND xã (bản in phát cho đại biểu):
UBND XÃ HÒA TÚ 1                    Báo cáo số 42/BC-UBND                    trang 1
Năm 2014 xã có 1.672 hộ, trong đó 61% là đồng bào Khmer; còn 214 hộ nghèo và 96 hộ cận nghèo (1). Thực hiện
Kế hoạch số 27/KH-UBND ngày 14/3/2014 của UBND huyện Mỹ Xuyên, xã đã chuyển 85 ha lúa kém hiệu quả sang nuôi tôm - lúa; 46 hộ được vay vốn ưu đãi, tổng dư
nợ 1,38 tỷ đồng. Xã tiếp nhận 19 đơn thư, kiến nghị, đã giải quyết 17 đơn (2).
UBND XÃ HÒA TÚ 1                    Báo cáo số 42/BC-UBND                    trang 2
(1) Theo chuẩn nghèo tại Quyết định số 09/2011/QĐ-TTg của Thủ tướng Chính phủ.
(2) 2 đơn còn lại liên quan tranh chấp ranh đất giữa hai hộ ở ấp Bưng Chụm.
Tại buổi đối thoại có 11 ý kiến. Ông Sơn Chanh Đa, người có uy tín ấp Prey Chóp A, phản ánh giá con giống tăng cao. Bà Lý Thị Sa Phiên, nông dân ấp Tâm Kiên, đề nghị nạo vét kênh nội đồng dài khoảng 3 km. Ông Kim Sóc Nê, Trưởng ấp Bưng Chụm, kiến nghị làm lại cống.
Trả lời ý kiến, ông Lâm Văn Kha cho biết xã sẽ dành 250 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để nạo vét kênh; đề nghị Hội Nông dân xã phối hợp Phòng Nông nghiệp huyện mở 3 lớp tập huấn kỹ thuật nuôi tôm. Ông Đào Minh Quý, Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên dự và phát biểu, đánh giá cao việc duy trì đối thoại định kỳ.
Nhiều bà con bày tỏ phấn khởi vì lần đầu được nói trực tiếp với lãnh đạo xã bằng tiếng Khmer, có cán bộ phiên dịch tại chỗ. Các ý kiến tập trung vào giá vật tư nông nghiệp, giống tôm, đường giao thông nông thôn và thủ tục vay vốn; một số ý kiến đề nghị xã công khai danh sách hộ nghèo tại nhà văn hóa ấp.
Kết thúc hội nghị, 100% ý kiến được trả lời trực tiếp; các nội dung chưa thuộc thẩm quyền được chuyển lên huyện trước ngày 30/9.
Thạch Ngọc Hân
Xem thêm
- Mỹ Xuyên: Hội nghị người có uy tín trong đồng bào Khmer năm 2014 (04/9/2014)
- Trao 120 phần quà cho hộ nghèo dịp Sene Dolta (20/8/2014)
- Sóc Trăng sơ kết 3 năm thực hiện Chỉ thị 68-CT/TW (11/8/2014)
""", "2014-09-12", "Xã Hòa Tú 1 đối thoại với nông dân về chuyển đổi cây trồng",
E("doi_thoai", "2014", "2014-09-10"),
[P("Lâm Văn Kha", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Sa Rươl", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Chanh Đa", "người có uy tín ấp Prey Chóp A"),
 P("Lý Thị Sa Phiên", "nông dân ấp Tâm Kiên"),
 P("Kim Sóc Nê", "Trưởng ấp Bưng Chụm"),
 P("Đào Minh Quý", "Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên")],
[Q("134 hộ dân", 134, "hộ dân"), Q("8 ấp", 8, "ấp"), Q("1.672 hộ", 1672, "hộ"), Q("61%", 61, "%"),
 Q("214 hộ nghèo", 214, "hộ nghèo"), Q("96 hộ cận nghèo", 96, "hộ cận nghèo"), Q("85 ha", 85, "ha"),
 Q("46 hộ", 46, "hộ"), Q("1,38 tỷ đồng", 1380000000, "đồng"), Q("19 đơn thư, kiến nghị", 19, "đơn thư, kiến nghị"),
 Q("17 đơn", 17, "đơn"), Q("2 đơn", 2, "đơn"), Q("11 ý kiến", 11, "ý kiến"), Q("khoảng 3 km", 3, "km", "approx"),
 Q("250 triệu đồng", 250000000, "đồng"), Q("3 lớp tập huấn kỹ thuật nuôi tôm", 3, "lớp tập huấn kỹ thuật nuôi tôm"),
 Q("100%", 100, "%")],
[D("Quy định", "11", "QĐi/TW", "2014-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2014"),
 D("Báo cáo", "42", "BC-UBND", None, "UBND xã", "Báo cáo số 42/BC-UBND"),
 D("Kế hoạch", "27", "KH-UBND", "2014-03-14", "UBND huyện Mỹ Xuyên", "Kế hoạch số 27/KH-UBND ngày 14/3/2014"),
 D("Quyết định", "09", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("Hòa Tú 1")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng", "Tin tức » Dân vận cơ sở", "UBND XÃ HÒA TÚ 1",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"],
["Thứ Sáu, 12/09/2014 - 16:40", "trang 1", "trang 2", "(1)", "(2)", "năm 2014", "hai hộ"]))

PAGES.append(page("b6393-thanhhoa-lungniem-daihoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁ THƯỚC
Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng
Ngày đăng 22/05/2015 | 10:30
Đại hội Đảng bộ xã Lũng Niêm lần thứ XXIII, nhiệm kỳ 2015 - 2020
Trong 2 ngày 20 và 21/5/2015, Đảng bộ xã Lũng Niêm (huyện Bá Thước, tỉnh Thanh Hóa) tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2015 - 2020. Dự đại hội có đồng chí Phạm Văn Tuân, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; bà Trương Thị Bích, Phó Chủ tịch Ủy ban MTTQ huyện, cùng 145 đại biểu đại diện cho 412 đảng viên của 18 chi bộ trực thuộc.
Đại hội diễn ra theo đúng Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị và Hướng dẫn số 06-HD/HU của Huyện ủy. Báo cáo chính trị trình đại hội dành một phần riêng cho công tác dân vận, được trích dưới đây.
BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ XÃ LŨNG NIÊM LẦN THỨ XXIII                                    7
4. Công tác dân vận, hoạt động của Mặt trận và các đoàn thể
Thực hiện Nghị quyết số 09-NQ/ĐU ngày 15/8/2011 của Đảng ủy xã về xây dựng nông thôn mới gắn với công tác dân vận(*), nhân dân đã hiến
3.400 m2 đất, đóng góp trên 2,1 tỷ đồng làm đường, kênh mương; 5 thôn đạt chuẩn thôn văn hóa. Tỷ lệ hộ nghèo giảm từ 38,6% xuống
19,2%. Đảng bộ kết nạp 52 đảng viên mới, trong đó 31 đảng viên là người dân tộc Mường, Thái.
Đảng ủy ban hành Kế hoạch 12, 13-KH/ĐU của Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở và phong trào "Dân vận khéo"(**); các
đoàn thể vận động được 1.230 hội viên tham gia các tổ hợp tác, tổ tiết kiệm vay vốn.
BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ XÃ LŨNG NIÊM LẦN THỨ XXIII                                    8
(*) Nghị quyết chuyên đề, ban hành sau Đại hội XXII.
(**) Thay thế Kế hoạch số 04-KH/ĐU ngày 10/3/2011.
Hạn chế: một bộ phận nhân dân còn trông chờ, ỷ lại; hoạt động của các chi hội ở thôn vùng cao chưa đều; việc giải quyết 7 vụ tranh chấp đất rừng còn chậm.
Phát biểu chỉ đạo đại hội, đồng chí Phạm Văn Tuân đề nghị Đảng bộ xã tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về công tác dân vận, làm tốt việc vận động đồng bào phát triển du lịch cộng đồng ở bản Kho Mường.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ 2015 - 2020 gồm 15 đồng chí. Tại phiên họp thứ nhất, đồng chí Hà Văn Ngân được tín nhiệm bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020; các đồng chí Lò Văn Thương, Hà Thị Nhung - Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 9 đại biểu đi dự Đại hội Đảng bộ huyện lần thứ XXII.
Đồng chí Hà Văn Ngân cảm ơn sự tín nhiệm của đảng viên và hứa cùng Ban Chấp hành lãnh đạo toàn Đảng bộ thực hiện thắng lợi Nghị quyết đại hội, tập trung vào ba khâu đột phá: giao thông, du lịch cộng đồng và trồng rừng gỗ lớn.
Lê Hà - Văn phòng Huyện ủy
Tin khác
- Đảng bộ xã Điền Quang tổ chức đại hội điểm (15/05/2015)
- Bá Thước: 21/23 chi, đảng bộ cơ sở hoàn thành đại hội (12/05/2015)
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18 (05/05/2015)
""", "2015-05-22", "Đại hội Đảng bộ xã Lũng Niêm lần thứ XXIII, nhiệm kỳ 2015 - 2020",
E("dai_hoi", None, "2015-05-20"),
[P("Phạm Văn Tuân", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trương Thị Bích", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Văn Ngân", "Bí thư Đảng ủy xã nhiệm kỳ 2015 - 2020"),
 P("Lò Văn Thương", "Phó Bí thư Đảng ủy xã"),
 P("Hà Thị Nhung", "Phó Bí thư Đảng ủy xã")],
[Q("145 đại biểu", 145, "đại biểu"), Q("412 đảng viên", 412, "đảng viên"), Q("18 chi bộ", 18, "chi bộ"),
 Q("3.400 m2", 3400, "m2"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("5 thôn", 5, "thôn"),
 Q("38,6%", 38.6, "%"), Q("19,2%", 19.2, "%"), Q("52 đảng viên mới", 52, "đảng viên mới"), Q("31 đảng viên", 31, "đảng viên"),
 Q("1.230 hội viên", 1230, "hội viên"), Q("7 vụ tranh chấp đất rừng", 7, "vụ tranh chấp đất rừng"),
 Q("15 đồng chí", 15, "đồng chí"), Q("9 đại biểu", 9, "đại biểu")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Hướng dẫn", "06", "HD/HU", None, "Huyện ủy", "Hướng dẫn số 06-HD/HU"),
 D("Nghị quyết", "09", "NQ/ĐU", "2011-08-15", "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU ngày 15/8/2011"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Kế hoạch", "13", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 12, 13-KH/ĐU"),
 D("Kế hoạch", "04", "KH/ĐU", "2011-03-10", None, "Kế hoạch số 04-KH/ĐU ngày 10/3/2011"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013")],
[prov("Thanh Hóa"), com("Lũng Niêm")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁ THƯỚC", "Trang chủ >> Tin tức - Sự kiện >> Xây dựng Đảng",
 "BÁO CÁO CHÍNH TRỊ ĐẠI HỘI ĐẢNG BỘ XÃ LŨNG NIÊM LẦN THỨ XXIII", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Kho Mường"],
["Ngày đăng 22/05/2015 | 10:30", "lần thứ XXIII", "nhiệm kỳ 2015 - 2020", "2 ngày", "(*)", "(**)", "Đại hội XXII", "lần thứ XXII", "ba khâu đột phá"]))

PAGES.append(page("b6394-daklak-bdv-baocao-q1-2016", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ | Văn bản | Báo cáo định kỳ
Ngày đăng 08/04/2016 | 15:05    Lượt xem: 312
Báo cáo kết quả công tác dân vận quý I năm 2016
Tệp đính kèm: BC112-BDVTU.pdf (Nội dung trích từ tệp đính kèm)
TỈNH ỦY ĐẮK LẮK                                        ĐẢNG CỘNG SẢN VIỆT NAM
BAN DÂN VẬN
      *                                       Buôn Ma Thuột ngày 05/4/2016
Số 112-BC/BDVTU
BÁO CÁO
Kết quả công tác dân vận quý I, nhiệm vụ quý II năm 2016
Thực hiện Kế hoạch số 95-KH/BDVTU ngày 11/01/2016 của Ban Dân vận Tỉnh ủy về công tác dân vận năm 2016, Ban Dân vận Tỉnh ủy
báo cáo kết quả quý I năm 2016 như sau:
1. Công tác nắm tình hình: Khối dân vận tổ chức 28 cuộc làm việc, khảo sát tại cơ sở; tiếp xúc 356 người có uy tín trong đồng bào
dân tộc thiểu số tỉnh Đắk Lắk. Đồng chí H'Loan Byă, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị người có uy tín tại
huyện Lắk. Trong quý xảy ra 9 vụ việc tụ tập đông người, chủ yếu liên quan tranh chấp đất với các công ty lâm nghiệp(1).
2. Tiếp nhận, xử lý đơn thư: Tiếp nhận 126 đơn thư, đã chuyển và giải quyết 104 đơn, đạt 82,5%.
                                                 2
3. Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan
nhà nước, chính quyền các cấp: rà soát 1.120 hộ di cư tự do tại 4 huyện(2); vận động trao 2.400 suất quà Tết cho hộ nghèo, trị
giá trên 1,2 tỷ đồng. Ông Ama H'Rin, già làng buôn Tơng Jú, xã Ea Kao, vận động khoảng 300 người trong buôn không nghe theo kẻ xấu.
4. Phối hợp với Ủy ban MTTQ Việt Nam tỉnh (đồng chí Y Phôn Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phụ trách) tổ chức Ngày hội
Đại đoàn kết tại buôn Kô Sia, xã Ea Tiêu; hỗ trợ xây dựng 6 nhà đại đoàn kết, tổng kinh phí 6,2 tỷ đồng từ nguồn xã hội hóa.
Nhiệm vụ quý II: tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương; hướng dẫn sơ kết Chỉ thị 07, 08-CT/TU
của Ban Thường vụ Tỉnh ủy ở 15 huyện, thị xã, thành phố.
____________
(1) Tập trung ở xã Cư Pui và xã Ea Kao.
(2) Thực hiện Quyết định số 33/2013/QĐ-TTg của Thủ tướng Chính phủ.
Nơi nhận:                                                K/T TRƯỞNG BAN
- Ban Dân vận Trung ương (b/c),                          PHÓ TRƯỞNG BAN
- Thường trực Tỉnh ủy (b/c),
- Lưu VP.                                                 (đã ký)
                                                          Y Blŏng Niê
                                                 3
Tin cùng chuyên mục
- Báo cáo công tác dân vận năm 2015 (28/12/2015)
- Kế hoạch công tác dân vận năm 2016 (11/01/2016)
- Hướng dẫn tổ chức hội nghị người có uy tín năm 2016 (03/02/2016)
""", "2016-04-08", "Báo cáo kết quả công tác dân vận quý I năm 2016",
E("bao_cao", "2016-Q1", "2016-04-05"),
[P("H'Loan Byă", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ama H'Rin", "già làng buôn Tơng Jú"),
 P("Y Phôn Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Blŏng Niê", "PHÓ TRƯỞNG BAN")],
[Q("28 cuộc làm việc, khảo sát", 28, "cuộc làm việc, khảo sát"), Q("356 người có uy tín", 356, "người có uy tín"),
 Q("9 vụ việc tụ tập đông người", 9, "vụ việc tụ tập đông người"), Q("126 đơn thư", 126, "đơn thư"), Q("104 đơn", 104, "đơn"),
 Q("82,5%", 82.5, "%"), Q("1.120 hộ di cư tự do", 1120, "hộ di cư tự do"), Q("4 huyện", 4, "huyện"),
 Q("2.400 suất quà", 2400, "suất quà"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("khoảng 300 người", 300, "người", "approx"), Q("6 nhà đại đoàn kết", 6, "nhà đại đoàn kết"), Q("6,2 tỷ đồng", 6200000000, "đồng"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố")],
[D("Báo cáo", "112", "BC/BDVTU", "2016-04-05", "Ban Dân vận Tỉnh ủy", "Số 112-BC/BDVTU"),
 D("Kế hoạch", "95", "KH/BDVTU", "2016-01-11", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 95-KH/BDVTU ngày 11/01/2016"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Quyết định", "33", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2013/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Ea Tiêu"), com("Cư Pui")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ | Văn bản | Báo cáo định kỳ", "TỈNH ỦY ĐẮK LẮK", "ĐẢNG CỘNG SẢN VIỆT NAM",
 "Tệp đính kèm: BC112-BDVTU.pdf", "K/T TRƯỞNG BAN", "Ngày hội\nĐại đoàn kết", "Lưu VP.", "Nơi nhận:"],
["Ngày đăng 08/04/2016 | 15:05", "Lượt xem: 312", "BC112", "quý I", "quý II", "(1)", "(2)", "(b/c)"]))
