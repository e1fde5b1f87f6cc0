from lib import *
PAGES = []

PAGES.append(page("b6461-thanhhoa-hlhpn-tongket-2011", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Xã hội › Môi trường
16/12/2011 - 08:40
Bà Trịnh Thị Ngọc Lan trao giấy khen cho các chi hội.
Phụ nữ Thanh Hóa vận động xây 3.215 nhà tiêu hợp vệ sinh
(Baothanhhoa.vn) - Ngày 14/12, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị tổng kết dự án "Phụ nữ tham gia cải thiện vệ sinh môi trường nông thôn" năm 2011. Bà Trịnh Thị Ngọc Lan, Chủ tịch Hội LHPN tỉnh chủ trì; dự có ông Hoàng Văn Tiến, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Năm 2011, dự án được triển khai tại 42 xã của 9 huyện đồng bằng và ven biển, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Các cấp hội đã tổ chức 1.260 buổi truyền thông nhóm nhỏ với gần 38.000 lượt hội viên tham dự; in và cấp phát khoảng 15.000 tờ rơi hướng dẫn cách làm nhà tiêu hai ngăn, nhà tiêu tự hoại.
Kết quả, hội viên đã tự làm hoặc vận động người thân xây mới 3.215 nhà tiêu hợp vệ sinh, cải tạo 870 nhà tiêu tạm bợ. Quỹ tín dụng xoay vòng do hội quản lý với tổng số vốn 1,85 tỷ đồng đã cho 740 hộ vay, mỗi hộ vay tối đa 3 triệu đồng trong 24 tháng, không phải trả lãi. Tỷ lệ hộ có nhà tiêu hợp vệ sinh ở các xã dự án tăng từ 41% lên 58,6%.
Theo ông Hoàng Văn Tiến, cách làm của Hội LHPN là kênh quan trọng để thực hiện Chiến lược quốc gia cấp nước sạch và vệ sinh nông thôn theo Quyết định số 104/2000/QĐ-TTg của Thủ tướng Chính phủ. Sở sẽ đề nghị UBND tỉnh tiếp tục bố trí vốn đối ứng để nhân rộng mô hình ra các huyện miền núi.
Tại hội nghị, nhiều cơ sở hội chia sẻ kinh nghiệm. Bà Lê Thị Nhung, Chủ tịch Hội LHPN xã Quảng Phong, cho biết xã đã đưa chỉ tiêu nhà tiêu hợp vệ sinh vào bình xét "gia đình văn hóa"; bà Phạm Thị Hòa, Chi hội trưởng phụ nữ thôn Đông Hòa, xã Thiệu Hợp, kể chuyện cả chi hội góp ngày công giúp 6 hộ neo đơn làm nhà tiêu.
Thực hiện Kế hoạch số 27/KH-HPN ngày 10/3/2011 của Ban Thường vụ Hội LHPN tỉnh, năm 2012 các cấp hội phấn đấu mỗi xã dự án có thêm ít nhất 80 nhà tiêu hợp vệ sinh, không còn hộ hội viên dùng nhà tiêu cầu ao. Các bà Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Vân, Lê Thị Thanh Hà được phân công theo dõi từng cụm huyện.
Dịp này, Hội LHPN tỉnh tặng giấy khen cho 15 tập thể, 32 cá nhân có thành tích xuất sắc trong thực hiện dự án.
Minh Hằng
Tin cùng chuyên mục
- Nga Sơn: hơn 200 hộ được vay vốn làm nhà tiêu (08/12/2011)
- Nước sạch về bản vùng cao Mường Lát (30/11/2011)
- Phụ nữ Hậu Lộc ra quân vệ sinh môi trường (21/11/2011)
- Tập huấn truyền thông vệ sinh cho cán bộ hội cơ sở (10/11/2011)
- Hội LHPN tỉnh giám sát việc cho vay vốn nước sạch tại Thọ Xuân (28/10/2011)
""", "2011-12-16", "Phụ nữ Thanh Hóa vận động xây 3.215 nhà tiêu hợp vệ sinh",
E("tong_ket", "2011", "2011-12-14"),
[P("Trịnh Thị Ngọc Lan", "Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Tiến", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Lê Thị Nhung", "Chủ tịch Hội LHPN xã Quảng Phong"),
 P("Phạm Thị Hòa", "Chi hội trưởng phụ nữ thôn Đông Hòa"),
 P("Nguyễn Thị Vân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Thanh Hà", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("3.215 nhà tiêu hợp vệ sinh", 3215, "nhà tiêu hợp vệ sinh"), Q("42 xã", 42, "xã"), Q("9 huyện", 9, "huyện"),
 Q("1.260 buổi truyền thông nhóm nhỏ", 1260, "buổi truyền thông nhóm nhỏ"),
 Q("gần 38.000 lượt hội viên", 38000, "lượt hội viên", "approx"),
 Q("khoảng 15.000 tờ rơi", 15000, "tờ rơi", "approx"),
 Q("870 nhà tiêu tạm bợ", 870, "nhà tiêu tạm bợ"),
 Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("740 hộ", 740, "hộ"),
 Q("tối đa 3 triệu đồng", 3000000, "đồng"), Q("41%", 41, "%"), Q("58,6%", 58.6, "%"),
 Q("6 hộ neo đơn", 6, "hộ neo đơn"),
 Q("ít nhất 80 nhà tiêu hợp vệ sinh", 80, "nhà tiêu hợp vệ sinh", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Quyết định", "104", "2000/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 104/2000/QĐ-TTg"),
 D("Kế hoạch", "27", "KH-HPN", "2011-03-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27/KH-HPN ngày 10/3/2011")],
[prov("Thanh Hóa"), com("Quảng Phong"), com("Thiệu Hợp")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Xã hội › Môi trường",
 "Bà Trịnh Thị Ngọc Lan trao giấy khen cho các chi hội.", "(Baothanhhoa.vn)",
 "Phụ nữ tham gia cải thiện vệ sinh môi trường nông thôn", "Xây dựng gia đình 5 không, 3 sạch", "gia đình văn hóa"],
["16/12/2011 - 08:40", "năm 2011", "5 không, 3 sạch", "24 tháng", "năm 2012", "hai ngăn"]))

PAGES.append(page("b6462-nghean-mttq-giamsat-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Ngày đăng 11/10/2012 | 15:30
Giám sát công trình cấp nước sạch tập trung ở Quỳnh Lưu, Diễn Châu
Ngày 9/10/2012, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Nguyễn Văn Quế, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc quản lý, khai thác các công trình cấp nước sạch tập trung tại hai huyện Quỳnh Lưu và Diễn Châu. Đây là nội dung trong chương trình giám sát năm 2012 của Mặt trận tỉnh. Tham gia đoàn có các ông, bà Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Lê Văn Hải, Cao Thị Hương và đại diện Sở Nông nghiệp và PTNT, Sở Y tế.
Theo báo cáo của ông Phan Văn Minh, Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Nghệ An, toàn tỉnh hiện có 86 công trình cấp nước sạch tập trung, nhưng chỉ có 32 công trình hoạt động bền vững; 31 công trình hoạt động kém hiệu quả và 23 công trình đã ngừng hoạt động. Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh đạt khoảng 78%.
Tại xã Quỳnh Thạch, công trình cấp nước có tổng mức đầu tư 14,7 tỷ đồng, thiết kế phục vụ 1.850 hộ nhưng đến nay mới có 640 hộ đấu nối. Ông Hồ Đức Thành, Chủ tịch UBND xã Quỳnh Thạch giải thích: giá nước 4.500 đồng/m3 là cao so với thu nhập của bà con, trong khi nhiều hộ đã có giếng khoan. Ở xã Diễn Hồng, đường ống xuống cấp khiến nước bị thất thoát tới 35%.
Bà Trần Thị Loan, Trưởng ban Công tác Mặt trận xóm 5, xã Diễn Hồng phản ánh: có thời điểm người dân phải dùng nước đục suốt hơn 10 ngày mà không biết phản ánh với ai. Bà đề nghị công khai số điện thoại của tổ quản lý công trình để nhân dân giám sát.
Kết luận buổi giám sát, ông Nguyễn Văn Quế đề nghị UBND các huyện rà soát, bàn giao công trình theo đúng Nghị định số 117/2007/NĐ-CP của Chính phủ về sản xuất, cung cấp và tiêu thụ nước sạch; các đơn vị quản lý thực hiện nghiêm Quyết định số 2156/QĐ-UBND ngày 14/6/2012 của UBND tỉnh về giá tiêu thụ nước sạch nông thôn. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh, đồng thời đề nghị đưa các công trình hư hỏng vào danh mục sửa chữa của Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn giai đoạn 2012 - 2015 theo Quyết định số 366/QĐ-TTg ngày 31/3/2012 của Thủ tướng Chính phủ.
Cuộc giám sát được thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh; sau Quỳnh Lưu, Diễn Châu, đoàn sẽ tiếp tục giám sát tại 4 huyện miền núi.
Hoài Thu
Các tin khác
- Mặt trận Nghệ An tổng kết 10 năm Ngày hội Đại đoàn kết (02/10/2012)
- Hội nghị phản biện dự thảo quy hoạch cấp nước nông thôn (20/09/2012)
- Giám sát việc hỗ trợ hộ nghèo làm nhà ở tại Tương Dương (07/09/2012)
""", "2012-10-11", "Giám sát công trình cấp nước sạch tập trung ở Quỳnh Lưu, Diễn Châu",
E("giam_sat", "2012", "2012-10-09"),
[P("Nguyễn Văn Quế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Hải", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Cao Thị Hương", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Phan Văn Minh", "Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Nghệ An"),
 P("Hồ Đức Thành", "Chủ tịch UBND xã Quỳnh Thạch"),
 P("Trần Thị Loan", "Trưởng ban Công tác Mặt trận xóm 5")],
[Q("hai huyện", 2, "huyện"), Q("86 công trình cấp nước sạch tập trung", 86, "công trình cấp nước sạch tập trung"),
 Q("32 công trình", 32, "công trình"), Q("31 công trình", 31, "công trình"), Q("23 công trình", 23, "công trình"),
 Q("khoảng 78%", 78, "%", "approx"), Q("14,7 tỷ đồng", 14700000000, "đồng"), Q("1.850 hộ", 1850, "hộ"),
 Q("640 hộ", 640, "hộ"), Q("4.500 đồng/m3", 4500, "đồng"), Q("35%", 35, "%"), Q("4 huyện miền núi", 4, "huyện miền núi")],
[D("Nghị định", "117", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 117/2007/NĐ-CP"),
 D("Quyết định", "2156", "QĐ-UBND", "2012-06-14", "UBND tỉnh", "Quyết định số 2156/QĐ-UBND ngày 14/6/2012"),
 D("Quyết định", "366", "QĐ-TTg", "2012-03-31", "Thủ tướng Chính phủ", "Quyết định số 366/QĐ-TTg ngày 31/3/2012"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT")],
[prov("Nghệ An"), com("Quỳnh Thạch"), com("Diễn Hồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn"],
["Ngày đăng 11/10/2012 | 15:30", "năm 2012", "hơn 10 ngày", "2012 - 2015"]))

PAGES.append(page("b6463-hagiang-bdvhu-taphuan-2013", """
Đài Phát thanh - Truyền hình Hà Giang
Thời sự | Kinh tế | Văn hóa - Xã hội | Dân tộc - Miền núi
22/05/2013 | 10:12
Đồng Văn: Tập huấn tuyên truyền viên về vệ sinh hộ gia đình
HGTV - Trong 2 ngày 20 và 21/5, Ban Dân vận Huyện ủy Đồng Văn phối hợp với Trung tâm Y tế dự phòng tỉnh mở lớp tập huấn kỹ năng tuyên truyền, vận động nhân dân làm và sử dụng nhà tiêu hợp vệ sinh năm 2013 cho 65 học viên là trưởng thôn, người có uy tín và chi hội trưởng phụ nữ của 19 xã, thị trấn.
Học viên thực hành dựng mô hình nhà tiêu hai ngăn.
Đồng Văn là huyện vùng cao núi đá, thiếu nước nghiêm trọng vào mùa khô. Đến hết năm 2012, tỷ lệ hộ có nhà tiêu hợp vệ sinh toàn huyện mới đạt 17,4%; nhiều thôn vẫn giữ tập quán nuôi nhốt gia súc dưới sàn nhà, phóng uế bừa bãi. Khai mạc lớp học, đồng chí Sùng Mí Chá, Phó Trưởng Ban Dân vận Huyện ủy nhấn mạnh: muốn bà con thay đổi thì cán bộ thôn, người có uy tín phải làm trước, nói bằng tiếng Mông để bà con hiểu.
Các báo cáo viên của Trung tâm Y tế dự phòng tỉnh giới thiệu Thông tư số 27/2011/TT-BYT của Bộ Y tế ban hành quy chuẩn kỹ thuật quốc gia về nhà tiêu, cách chọn loại nhà tiêu phù hợp với điều kiện thiếu nước, cách ủ phân an toàn. Học viên được chia thành 5 nhóm thực hành, thảo luận cách vận động từng hộ.
Theo Kế hoạch số 18-KH/BDVHU ngày 2/4/2013 của Ban Dân vận Huyện ủy, mỗi thôn sẽ xây dựng ít nhất 1 hộ điểm để bà con đến xem; hộ nghèo làm nhà tiêu hai ngăn được hỗ trợ 500.000 đồng/hộ từ nguồn Chương trình 135 và xi măng của huyện. Năm 2013, huyện phấn đấu có thêm 1.200 nhà tiêu hợp vệ sinh, nâng tỷ lệ lên trên 25%.
Bà Vàng Thị Mỷ, Chủ tịch Hội LHPN xã Lũng Cú chia sẻ: năm ngoái chi hội vận động được 47 hộ làm nhà tiêu, nhưng có hộ làm xong lại dùng làm kho chứa ngô vì chưa quen. Ông Giàng Seo Pử, người có uy tín thôn Lô Lô Chải, xã Lũng Cú cho rằng cần kết hợp với việc đưa chuồng trại ra xa nhà và có bể chứa nước mưa cho từng hộ.
Bế mạc lớp tập huấn, đồng chí Lù Văn Sính, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn đề nghị học viên về tổ chức ngay các buổi họp thôn, tuyên truyền theo tinh thần Chỉ thị số 09-CT/HU của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới gắn với vệ sinh môi trường.
Lớp học đã cấp phát 1.300 tờ tranh lật bằng song ngữ Việt - Mông.
Thu Phương
Tin liên quan
- Mèo Vạc: 300 hộ được hỗ trợ bể chứa nước (14/05/2013)
- Hà Giang triển khai chương trình nước sạch năm 2013 (03/04/2013)
- Yên Minh ra quân vệ sinh môi trường đầu xuân (15/02/2013)
- Quản Bạ: người có uy tín gương mẫu làm chuồng trại xa nhà (28/01/2013)
- Đồng Văn khánh thành hồ treo chứa nước sinh hoạt (10/01/2013)
""", "2013-05-22", "Đồng Văn: Tập huấn tuyên truyền viên về vệ sinh hộ gia đình",
E("tap_huan", "2013", "2013-05-20"),
[P("Sùng Mí Chá", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Giàng Seo Pử", "người có uy tín thôn Lô Lô Chải"),
 P("Lù Văn Sính", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn")],
[Q("65 học viên", 65, "học viên"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("17,4%", 17.4, "%"),
 Q("5 nhóm", 5, "nhóm"), Q("500.000 đồng/hộ", 500000, "đồng"),
 Q("1.200 nhà tiêu hợp vệ sinh", 1200, "nhà tiêu hợp vệ sinh"), Q("trên 25%", 25, "%", "over"),
 Q("47 hộ", 47, "hộ"), Q("1.300 tờ tranh lật", 1300, "tờ tranh lật")],
[D("Thông tư", "27", "2011/TT-BYT", None, "Bộ Y tế", "Thông tư số 27/2011/TT-BYT"),
 D("Kế hoạch", "18", "KH/BDVHU", "2013-04-02", "Ban Dân vận Huyện ủy", "Kế hoạch số 18-KH/BDVHU ngày 2/4/2013"),
 D("Chỉ thị", "09", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 09-CT/HU")],
[prov("Hà Giang"), com("Lũng Cú")],
["Đài Phát thanh - Truyền hình Hà Giang", "Thời sự | Kinh tế | Văn hóa - Xã hội | Dân tộc - Miền núi",
 "Học viên thực hành dựng mô hình nhà tiêu hai ngăn.", "HGTV", "Chương trình 135"],
["22/05/2013 | 10:12", "hai ngăn", "2 ngày", "năm 2013", "năm 2012", "ít nhất 1 hộ điểm", "Chương trình 135"]))

PAGES.append(page("b6464-quangtri-bcd-soket-2014", """
Báo Quảng Trị Online
Trang chủ >> Kinh tế >> Nông nghiệp - Nông thôn
Thứ Sáu, 18/07/2014 - 07:55
Thêm hơn 11.000 người được dùng nước sạch
QTO - Sáng 16/7, Ban Chỉ đạo Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Lê Quang Hưng chủ trì hội nghị.
Quang cảnh hội nghị - Ảnh: Đ.V
Báo cáo của Sở Nông nghiệp và Phát triển nông thôn cho thấy, 6 tháng đầu năm, tổng vốn chương trình được giao là 42 tỷ đồng, đến ngày 30/6 đã giải ngân 27,4 tỷ đồng, đạt 65,2% kế hoạch. Toàn tỉnh hoàn thành và đưa vào sử dụng 6 công trình cấp nước tập trung, giúp thêm hơn 11.000 người được dùng nước sạch; xây mới 1.430 nhà tiêu hợp vệ sinh hộ gia đình và công trình nước, vệ sinh cho 12 trường học. Tỷ lệ dân số nông thôn sử dụng nước hợp vệ sinh đạt 86,5%, số hộ có nhà tiêu hợp vệ sinh đạt 61%.
Tuy nhiên, ở các xã miền núi của Hướng Hóa, Đakrông, nhiều công trình tự chảy bị lũ cuốn trôi đập đầu mối; việc thu tiền nước gặp khó khăn. Ông Hồ Văn Pả, Chủ tịch UBND xã Hướng Phùng phản ánh: có 3 công trình của xã đã hỏng hơn 1 năm nhưng chưa có kinh phí sửa chữa, bà con phải quay lại dùng nước suối.
Ông Trần Văn Lợi, Giám đốc Sở Nông nghiệp và Phát triển nông thôn cho biết, Sở đang trình UBND tỉnh điều chỉnh Quyết định số 2420/QĐ-UBND ngày 5/11/2013 về phân cấp quản lý công trình cấp nước nông thôn, giao các công trình nhỏ cho cộng đồng tự quản. Bà Hồ Thị Tâm, Phó Chủ tịch Hội LHPN tỉnh đề nghị tăng định mức hỗ trợ hộ nghèo làm nhà tiêu từ 1 triệu lên 1,5 triệu đồng/hộ, vì giá vật liệu đã tăng.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lê Quang Hưng yêu cầu các sở, ngành và địa phương khẩn trương giải ngân số vốn còn lại, bảo đảm hết năm 2014 đạt 100% kế hoạch theo Quyết định số 366/QĐ-TTg ngày 31/3/2012 của Thủ tướng Chính phủ. Các huyện tiếp tục thực hiện Chỉ thị 21, 22-CT/HU của Ban Thường vụ Huyện ủy Gio Linh về vận động nhân dân giữ gìn vệ sinh môi trường, di dời chuồng trại ra xa nhà ở. Mặt trận và các đoàn thể chủ động tuyên truyền để người dân hiểu rằng nước sạch là hàng hóa, phải trả tiền để duy trì công trình.
6 tháng cuối năm, tỉnh phấn đấu khởi công thêm 4 công trình, trong đó có công trình cấp nước xã Gio Quang với tổng mức đầu tư khoảng 9,8 tỷ đồng.
Đức Việt
Tin khác
- Vĩnh Linh: nghiệm thu công trình nước sạch xã Vĩnh Thạch (10/07/2014)
- Đakrông khắc phục công trình nước tự chảy sau lũ (25/06/2014)
- Triệu Phong: hơn 500 hộ làm nhà tiêu hợp vệ sinh (12/06/2014)
""", "2014-07-18", "Thêm hơn 11.000 người được dùng nước sạch",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Lê Quang Hưng", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Hồ Văn Pả", "Chủ tịch UBND xã Hướng Phùng"),
 P("Trần Văn Lợi", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Hồ Thị Tâm", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("hơn 11.000 người", 11000, "người", "over"), Q("42 tỷ đồng", 42000000000, "đồng"), Q("27,4 tỷ đồng", 27400000000, "đồng"),
 Q("65,2%", 65.2, "%"), Q("6 công trình cấp nước tập trung", 6, "công trình cấp nước tập trung"),
 Q("1.430 nhà tiêu hợp vệ sinh hộ gia đình", 1430, "nhà tiêu hợp vệ sinh hộ gia đình"), Q("12 trường học", 12, "trường học"),
 Q("86,5%", 86.5, "%"), Q("61%", 61, "%"), Q("3 công trình", 3, "công trình"),
 Q("1 triệu", 1000000, "đồng"), Q("1,5 triệu đồng/hộ", 1500000, "đồng"), Q("100%", 100, "%"),
 Q("4 công trình", 4, "công trình"), Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx")],
[D("Quyết định", "2420", "QĐ-UBND", "2013-11-05", None, "Quyết định số 2420/QĐ-UBND ngày 5/11/2013"),
 D("Quyết định", "366", "QĐ-TTg", "2012-03-31", "Thủ tướng Chính phủ", "Quyết định số 366/QĐ-TTg ngày 31/3/2012"),
 D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy Gio Linh", "Chỉ thị 21, 22-CT/HU"),
 D("Chỉ thị", "22", "CT/HU", None, "Ban Thường vụ Huyện ủy Gio Linh", "Chỉ thị 21, 22-CT/HU")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Gio Quang")],
["Báo Quảng Trị Online", "Trang chủ >> Kinh tế >> Nông nghiệp - Nông thôn", "Quang cảnh hội nghị - Ảnh: Đ.V", "QTO",
 "Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn"],
["Thứ Sáu, 18/07/2014 - 07:55", "6 tháng đầu năm 2014", "6 tháng cuối năm", "hơn 1 năm", "năm 2014"]))

PAGES.append(page("b6465-soctrang-bdv-traoqua-2015", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Giới thiệu | Tin tức - Sự kiện | Dân vận chính quyền | Dân tộc - Tôn giáo | Văn bản
Cập nhật lúc 16:45, Thứ Sáu, 27/03/2015
Trao 200 bồn chứa nước cho hộ nghèo đồng bào Khmer
Sáng ngày 25/3/2015, Ban Dân vận Tỉnh ủy phối hợp với Công ty TNHH Nhựa Tân Phú Cường tổ chức trao tặng 200 bồn chứa nước cho hộ nghèo, hộ cận nghèo đồng bào Khmer tại hai xã Vĩnh Hải và Lai Hòa, thị xã Vĩnh Châu. Mỗi bồn có dung tích 1.000 lít, trị giá 2,3 triệu đồng; tổng giá trị 460 triệu đồng.
Vĩnh Châu là địa bàn ven biển của tỉnh Sóc Trăng, nơi đồng bào Khmer chiếm hơn một nửa dân số; mùa khô nước giếng bị nhiễm mặn, nhiều hộ phải mua nước ngọt với giá 70.000 - 80.000 đồng/m3 để nấu ăn. Theo khảo sát của Ban Dân vận Thị ủy, riêng hai xã Vĩnh Hải và Lai Hòa còn khoảng 1.150 hộ chưa có dụng cụ chứa nước hợp vệ sinh, phần lớn là hộ đồng bào Khmer.
Phát biểu tại buổi trao tặng, bà Kim Thị Sóc Kha, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, việc vận động doanh nghiệp hỗ trợ là một nội dung trong Kế hoạch số 63-KH/BDVTU ngày 12/2/2015 của Ban Dân vận Tỉnh ủy về thực hiện phong trào thi đua "Dân vận khéo" năm 2015, gắn với thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer. Bà đề nghị chính quyền hai xã chọn đúng đối tượng, công khai danh sách tại các điểm chùa và nhà văn hóa ấp.
Đại đức Thạch Sô Phanh, trụ trì chùa Prêk Chrum cảm ơn tấm lòng của doanh nghiệp và cho biết nhà chùa sẽ cùng các vị achar vận động bà con giữ bồn sạch sẽ, chỉ dùng nước mưa và nước máy để ăn uống.
Ông Lý Sa Rươl, Chủ tịch UBND xã Vĩnh Hải cho biết, năm nay xã có 35 hộ nghèo được nhận bồn; trong năm 2015 xã phấn đấu kéo đường ống nước máy thêm khoảng 4 km về các ấp Âu Thọ B, Prey Chóp.
Bà Thạch Thị Sà Ny, ở ấp Âu Thọ B, xúc động: "Nhà tôi có 6 người, trước giờ chứa nước trong mấy cái lu bể. Có bồn rồi mùa khô đỡ lo".
Cùng ngày, đoàn đã trao 40 suất quà, mỗi suất gồm 10 kg gạo và 300.000 đồng tiền mặt, cho các hộ có hoàn cảnh đặc biệt khó khăn.
Ông Trần Quang Hiệp, Giám đốc Công ty TNHH Nhựa Tân Phú Cường cho biết doanh nghiệp sẽ tiếp tục hỗ trợ thêm 100 bồn cho các xã ven biển huyện Trần Đề trong năm nay.
Được biết, thời gian qua Ban Dân vận các cấp trong tỉnh đã vận động các doanh nghiệp, nhà hảo tâm đóng góp kinh phí làm giếng, kéo đường ống nước sạch cho nhiều phum, sóc vùng sâu; đồng thời phối hợp với Hội Phụ nữ, Đoàn Thanh niên hướng dẫn bà con cách xử lý nước, giữ vệ sinh quanh nhà.
Thạch Hương
Tin liên quan
- Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (10/04/2014)
- Vận động đồng bào Khmer bỏ thói quen dùng nước sông (17/02/2015)
- Mỹ Xuyên ra mắt mô hình "Ấp sạch - nhà sạch" (06/01/2015)
""", "2015-03-27", "Trao 200 bồn chứa nước cho hộ nghèo đồng bào Khmer",
E("trao_qua", None, "2015-03-25"),
[P("Kim Thị Sóc Kha", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Prêk Chrum"),
 P("Lý Sa Rươl", "Chủ tịch UBND xã Vĩnh Hải"),
 P("Thạch Thị Sà Ny"),
 P("Trần Quang Hiệp", "Giám đốc Công ty TNHH Nhựa Tân Phú Cường")],
[Q("200 bồn chứa nước", 200, "bồn chứa nước"), Q("hai xã", 2, "xã"), Q("1.000 lít", 1000, "lít"), Q("2,3 triệu đồng", 2300000, "đồng"),
 Q("460 triệu đồng", 460000000, "đồng"), Q("70.000 - 80.000 đồng/m3", 70000, "đồng"),
 Q("khoảng 1.150 hộ", 1150, "hộ", "approx"), Q("35 hộ nghèo", 35, "hộ nghèo"), Q("khoảng 4 km", 4, "km", "approx"),
 Q("6 người", 6, "người"), Q("40 suất quà", 40, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("100 bồn", 100, "bồn")],
[D("Kế hoạch", "63", "KH/BDVTU", "2015-02-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 63-KH/BDVTU ngày 12/2/2015"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Giới thiệu | Tin tức - Sự kiện | Dân vận chính quyền | Dân tộc - Tôn giáo | Văn bản",
 "Công ty TNHH Nhựa Tân Phú Cường", "Dân vận khéo", "phum, sóc"],
["Cập nhật lúc 16:45, Thứ Sáu, 27/03/2015", "năm 2015", "hơn một nửa"]))

PAGES.append(page("b6466-laocai-soyte-hoinghi-2016", """
SỞ Y TẾ TỈNH LÀO CAI - Cổng thông tin điện tử
Tin tức » Y tế dự phòng » Vệ sinh môi trường
12/4/2016 9:20:00 AM
Lào Cai triển khai chương trình vệ sinh nông thôn dựa trên kết quả năm 2016
Ngày 11/4, Sở Y tế tổ chức Hội nghị triển khai Chương trình "Mở rộng quy mô vệ sinh và nước sạch nông thôn dựa trên kết quả" năm 2016. Tham dự hội nghị có đại diện lãnh đạo UBND, Phòng Y tế, Trung tâm Y tế 8 huyện, thành phố và cán bộ y tế của 21 xã tham gia chương trình.
Đồng chí Giàng Thị Dung, Phó Giám đốc Sở Y tế phát biểu khai mạc hội nghị.
Chương trình do Ngân hàng Thế giới tài trợ, thực hiện ở Lào Cai từ năm 2016 đến năm 2020. Theo Quyết định số 1208/QĐ-UBND ngày 29/3/2016 của UBND tỉnh Lào Cai phê duyệt kế hoạch năm 2016, hợp phần vệ sinh có tổng kinh phí 18,6 tỷ đồng, trong đó vốn vay chiếm 90%. Năm nay, ngành y tế phấn đấu có thêm 4.200 hộ gia đình có nhà tiêu hợp vệ sinh, cải tạo công trình nước và nhà tiêu cho 36 trường học và 20 trạm y tế; mỗi xã tham gia phải đạt "xã vệ sinh toàn xã" khi tỷ lệ hộ có nhà tiêu hợp vệ sinh từ 70% trở lên.
Tại hội nghị, ông Đặng Văn Kiên, Trưởng phòng Sức khỏe môi trường Trung tâm Y tế dự phòng tỉnh hướng dẫn các tiêu chí theo Thông tư số 27/2011/TT-BYT và Thông tư số 15/2006/TT-BYT của Bộ Y tế; cách kiểm đếm, xác minh kết quả để được giải ngân. Khác với trước đây, kinh phí chỉ được cấp sau khi kết quả đã được kiểm đếm độc lập.
Ông Tẩn Láo Lở, Phó Chủ tịch UBND xã Nậm Lang chia sẻ, nhiều hộ người Dao ở xã làm nhà tiêu nhưng chưa có nước để dội; xã đề nghị kết hợp với hợp phần cấp nước để bà con có bể chứa. Bà Thào Thị Mai, Chủ tịch Hội LHPN xã Bản Phố cho rằng cán bộ y tế thôn bản cần được phụ cấp thêm vì phải đến từng hộ nhiều lần.
Kết luận hội nghị, Phó Giám đốc Sở Y tế Giàng Thị Dung yêu cầu các huyện thành lập ban chỉ đạo cấp huyện trước ngày 30/4, huy động Mặt trận, Hội Phụ nữ, Đoàn Thanh niên vào cuộc. Các xã gắn kết quả vệ sinh với tiêu chí môi trường trong Bộ tiêu chí quốc gia về nông thôn mới theo Quyết định số 1980/QĐ-TTg của Thủ tướng Chính phủ.
Cũng tại hội nghị, Sở Y tế cấp phát khoảng 2.000 bộ tài liệu truyền thông bằng tiếng Việt, tiếng Mông và tiếng Dao cho các địa phương.
Được biết, năm 2015 tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh ở vùng nông thôn Lào Cai mới đạt khoảng 48%, thấp hơn nhiều so với bình quân cả nước; ở các xã vùng cao như Y Tý, Dền Sáng, tỷ lệ này chỉ khoảng 20 - 25%. Nhiều bản vẫn còn tình trạng thả rông gia súc, đổ rác ra suối.
Phòng Nghiệp vụ Y
Các tin đã đưa
- Bắc Hà tổ chức Ngày Vệ sinh yêu nước nâng cao sức khỏe nhân dân (28/03/2016)
- Tổng kết công tác y tế dự phòng năm 2015 (15/01/2016)
- Kiểm tra chất lượng nước ăn uống tại Sa Pa (22/12/2015)
""", "2016-04-12", "Lào Cai triển khai chương trình vệ sinh nông thôn dựa trên kết quả năm 2016",
E("hoi_nghi", "2016", "2016-04-11"),
[P("Giàng Thị Dung", "Phó Giám đốc Sở Y tế"),
 P("Đặng Văn Kiên", "Trưởng phòng Sức khỏe môi trường Trung tâm Y tế dự phòng tỉnh"),
 P("Tẩn Láo Lở", "Phó Chủ tịch UBND xã Nậm Lang"),
 P("Thào Thị Mai", "Chủ tịch Hội LHPN xã Bản Phố")],
[Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("21 xã", 21, "xã"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("90%", 90, "%"), Q("4.200 hộ gia đình", 4200, "hộ gia đình"), Q("36 trường học", 36, "trường học"),
 Q("20 trạm y tế", 20, "trạm y tế"), Q("từ 70% trở lên", 70, "%", "over"),
 Q("khoảng 2.000 bộ tài liệu truyền thông", 2000, "bộ tài liệu truyền thông", "approx"),
 Q("khoảng 48%", 48, "%", "approx"), Q("khoảng 20 - 25%", 20, "%", "approx")],
[D("Quyết định", "1208", "QĐ-UBND", "2016-03-29", "UBND tỉnh Lào Cai", "Quyết định số 1208/QĐ-UBND ngày 29/3/2016"),
 D("Thông tư", "27", "2011/TT-BYT", None, "Bộ Y tế", "Thông tư số 27/2011/TT-BYT"),
 D("Thông tư", "15", "2006/TT-BYT", None, "Bộ Y tế", "Thông tư số 15/2006/TT-BYT"),
 D("Quyết định", "1980", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1980/QĐ-TTg")],
[prov("Lào Cai"), com("Nậm Lang"), com("Bản Phố"), com("Y Tý"), com("Dền Sáng")],
["SỞ Y TẾ TỈNH LÀO CAI - Cổng thông tin điện tử", "Tin tức » Y tế dự phòng » Vệ sinh môi trường",
 "Đồng chí Giàng Thị Dung, Phó Giám đốc Sở Y tế phát biểu khai mạc hội nghị.",
 "Mở rộng quy mô vệ sinh và nước sạch nông thôn dựa trên kết quả", "xã vệ sinh toàn xã", "Ngân hàng Thế giới"],
["12/4/2016 9:20:00 AM", "năm 2016", "năm 2020", "ngày 30/4", "năm 2015"]))
