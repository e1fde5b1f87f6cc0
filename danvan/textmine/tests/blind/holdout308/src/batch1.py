from lib import *
PAGES = []

PAGES.append(page("b7349-laocai-tinhdoan-tongket-2011", """
TỈNH ĐOÀN LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Phong trào » Thanh niên lập nghiệp
20/12/2011 | 16:30
Quang cảnh hội nghị tổng kết.
Tỉnh đoàn Lào Cai tổng kết phong trào thanh niên lập nghiệp năm 2011
Chiều 19/12, Ban Thường vụ Tỉnh đoàn Lào Cai tổ chức hội nghị tổng kết phong trào thanh niên lập nghiệp, làm kinh tế giỏi năm 2011 và triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Vàng Seo Dín, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Thị Mai, Bí thư Tỉnh đoàn, chủ trì hội nghị.
Năm 2011, các cấp bộ Đoàn trong tỉnh đã triển khai Chương trình hành động số 17-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn về hỗ trợ thanh niên nông thôn phát triển kinh tế, gắn với thực hiện Nghị quyết số 45-NQ/TW ngày 22/9/2011 được nhiều cơ sở đoàn quan tâm. Toàn tỉnh có 214 mô hình kinh tế do đoàn viên, thanh niên làm chủ, trong đó 37 mô hình có thu nhập trên 100 triệu đồng/năm. Thông qua Ngân hàng Chính sách xã hội, Tỉnh đoàn quản lý hơn 46 tỷ đồng vốn ủy thác với 1.328 hộ thanh niên được vay.
Nhiều thanh niên người Mông, Dao ở các huyện vùng cao đã mạnh dạn trồng chè, thảo quả, nuôi lợn đen bản địa. Anh Sùng A Páo, Bí thư Chi đoàn thôn Sín Chải, xã Tả Phìn, cho biết chi đoàn đã vận động 12 đoàn viên góp vốn lập tổ hợp tác trồng rau an toàn, bán cho các nhà hàng ở thị trấn Sa Pa. Một số đoàn viên còn đăng tin rao bán sản phẩm trên các diễn đàn mạng, bước đầu có khách đặt hàng từ Hà Nội.
Tại hội nghị, các đại biểu cũng chỉ ra những hạn chế: vốn vay còn nhỏ, thanh niên thiếu kiến thức thị trường, nhiều mô hình chưa bền vững. Chị Phàn Thị Sử, Phó Bí thư Đoàn xã Bản Xèo, đề nghị Tỉnh đoàn mở thêm lớp tập huấn khuyến nông cho thanh niên dân tộc thiểu số.
Phát biểu chỉ đạo, đồng chí Vàng Seo Dín ghi nhận những kết quả mà tuổi trẻ Lào Cai đạt được, đề nghị năm 2012 Tỉnh đoàn phối hợp chặt chẽ với Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh, tham mưu cấp ủy thực hiện tốt Quyết định số 1254/QĐ-UBND ngày 16/6/2011 của UBND tỉnh về hỗ trợ phát triển sản xuất hàng hóa vùng cao. Đồng chí cũng lưu ý các huyện đoàn cần chọn những mô hình có khả năng nhân rộng, giúp thanh niên tiếp cận thông tin giá cả qua mạng Internet, tránh tình trạng được mùa mất giá.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 8 tập thể và 25 thanh niên làm kinh tế giỏi; trao 30 suất học bổng nghề cho thanh niên nông thôn, mỗi suất trị giá 2 triệu đồng.
Minh Hằng
Lượt xem: 1.046
Tin liên quan
- Bát Xát: 60 thanh niên được vay vốn phát triển chăn nuôi (28/11/2011)
- Tuổi trẻ Sa Pa chung tay xây dựng nông thôn mới (15/11/2011)
- Hội thi "Thanh niên làm kinh tế giỏi" cấp tỉnh (02/10/2011)
""", "2011-12-20", "Tỉnh đoàn Lào Cai tổng kết phong trào thanh niên lập nghiệp năm 2011",
E("tong_ket", "2011", "2011-12-19"),
[P("Vàng Seo Dín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Mai", "Bí thư Tỉnh đoàn"),
 P("Sùng A Páo", "Bí thư Chi đoàn thôn Sín Chải"),
 P("Phàn Thị Sử", "Phó Bí thư Đoàn xã Bản Xèo")],
[Q("214 mô hình kinh tế", 214, "mô hình kinh tế"), Q("37 mô hình", 37, "mô hình"),
 Q("trên 100 triệu đồng/năm", 100000000, "đồng", "over"), Q("hơn 46 tỷ đồng", 46000000000, "đồng", "over"),
 Q("1.328 hộ thanh niên", 1328, "hộ thanh niên"), Q("12 đoàn viên", 12, "đoàn viên"),
 Q("8 tập thể", 8, "tập thể"), Q("25 thanh niên làm kinh tế giỏi", 25, "thanh niên"),
 Q("30 suất học bổng nghề", 30, "suất học bổng nghề"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chương trình hành động", "17", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình hành động số 17-CTr/TĐTN"),
 D("Nghị quyết", "45", "NQ/TW", "2011-09-22", None, "Nghị quyết số 45-NQ/TW ngày 22/9/2011"),
 D("Quyết định", "1254", "QĐ-UBND", "2011-06-16", "UBND tỉnh", "Quyết định số 1254/QĐ-UBND ngày 16/6/2011")],
[prov("Lào Cai"), prov("Hà Nội"), com("Tả Phìn"), com("Sa Pa"), com("Bản Xèo")],
["TỈNH ĐOÀN LÀO CAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Phong trào » Thanh niên lập nghiệp", "Quang cảnh hội nghị tổng kết.",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 1.046"],
["20/12/2011 | 16:30", "năm 2011", "năm 2012", "Lượt xem: 1.046"]))

PAGES.append(page("b7350-bacgiang-tinhdoan-taphuan-2012", """
Báo Bắc Giang điện tử
Xã hội › Thanh niên
24-05-2012 14:05
(BGĐT) - Trong hai ngày 22 và 23/5, Tỉnh đoàn Bắc Giang phối hợp với Sở Kế hoạch và Đầu tư mở lớp tập huấn "Khởi sự doanh nghiệp" năm 2012 cho thanh niên nông thôn tại huyện Lục Ngạn.
Giúp thanh niên nông thôn khởi sự kinh doanh
Thanh niên Lục Ngạn tham gia tập huấn.
Lớp tập huấn có 85 học viên là chủ trang trại, chủ tổ hợp tác và đoàn viên có ý tưởng kinh doanh đến từ 14 xã trồng vải thiều của huyện. Trong hai ngày, các học viên được giảng viên của Trung tâm Hỗ trợ thanh niên khởi nghiệp giới thiệu cách lập kế hoạch kinh doanh, tính giá thành, tìm hiểu thị trường, quảng bá sản phẩm qua mạng và thủ tục thành lập hợp tác xã.
Ông Thân Văn Hưởng, Phó Bí thư Tỉnh đoàn, cho biết lớp học nằm trong Kế hoạch số 31-KH/TĐTN ngày 5/3/2012 của Ban Thường vụ Tỉnh đoàn thực hiện Quyết định số 103/2008/QĐ-TTg của Thủ tướng Chính phủ về phê duyệt Đề án hỗ trợ thanh niên học nghề và tạo việc làm giai đoạn 2008 - 2015. Năm nay, Tỉnh đoàn phấn đấu tập huấn cho ít nhất 400 thanh niên nông thôn, hỗ trợ thành lập mới 10 tổ hợp tác thanh niên.
Theo anh Nguyễn Văn Tuân, Bí thư Đoàn xã Phượng Sơn, mỗi vụ vải thiều nhiều đoàn viên vẫn phải bán qua thương lái với giá thấp. "Sau lớp học, chúng tôi sẽ thử lập một trang web chung của chi đoàn để giới thiệu vải sạch, nhận đặt hàng trực tiếp từ khách ở Hà Nội, Hải Phòng", anh Tuân nói.
Chị Hoàng Thị Thơm, Chủ nhiệm Hợp tác xã vải thiều thanh niên Thanh Hải, xã Thanh Hải, chia sẻ, hợp tác xã hiện có 23 thành viên, năm 2011 tiêu thụ khoảng 140 tấn vải quả, doanh thu gần 1,8 tỷ đồng. Chị mong Tỉnh đoàn kết nối các thanh niên với doanh nghiệp xuất khẩu để có đầu ra ổn định.
Nhiều học viên cho rằng khó khăn lớn nhất không phải là kỹ thuật trồng trọt mà là cách tìm khách hàng và giữ chữ tín. Một số thanh niên đã bán thử vải sấy, mật ong qua các diễn đàn mua bán trên mạng nhưng chưa biết cách đóng gói, vận chuyển hàng đi xa, nên rất cần được hướng dẫn bài bản hơn.
Kết thúc lớp tập huấn, 62 học viên đã hoàn thành bản kế hoạch kinh doanh của mình. Ban tổ chức chọn 5 ý tưởng tốt nhất để giới thiệu vay vốn ưu đãi, mỗi ý tưởng được hỗ trợ vay tối đa 50 triệu đồng.
Cũng theo Tỉnh đoàn, từ đầu năm đến nay, các cơ sở đoàn đã giới thiệu việc làm cho 1.150 đoàn viên, thanh niên; phối hợp tư vấn hướng nghiệp cho hơn 3.000 học sinh lớp 12.
Thu Hà
Tin cùng chuyên mục
- Yên Thế: đoàn viên giúp dân thu hoạch lúa (20/05/2012)
- Ra mắt Câu lạc bộ thanh niên làm kinh tế giỏi huyện Tân Yên (11/05/2012)
- Tuổi trẻ Bắc Giang hưởng ứng Tháng Thanh niên (28/03/2012)
- Hơn 200 đoàn viên tham gia hiến máu tình nguyện (15/03/2012)
""", "2012-05-24", "Giúp thanh niên nông thôn khởi sự kinh doanh",
E("tap_huan", "2012", "2012-05-22"),
[P("Thân Văn Hưởng", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Tuân", "Bí thư Đoàn xã Phượng Sơn"),
 P("Hoàng Thị Thơm", "Chủ nhiệm Hợp tác xã vải thiều thanh niên Thanh Hải")],
[Q("85 học viên", 85, "học viên"), Q("14 xã", 14, "xã"), Q("ít nhất 400 thanh niên nông thôn", 400, "thanh niên nông thôn", "over"),
 Q("10 tổ hợp tác thanh niên", 10, "tổ hợp tác thanh niên"), Q("23 thành viên", 23, "thành viên"),
 Q("khoảng 140 tấn", 140, "tấn", "approx"), Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("62 học viên", 62, "học viên"), Q("5 ý tưởng", 5, "ý tưởng"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("1.150 đoàn viên, thanh niên", 1150, "đoàn viên, thanh niên"), Q("hơn 3.000 học sinh lớp 12", 3000, "học sinh", "over")],
[D("Kế hoạch", "31", "KH/TĐTN", "2012-03-05", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 31-KH/TĐTN ngày 5/3/2012"),
 D("Quyết định", "103", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 103/2008/QĐ-TTg")],
[prov("Bắc Giang"), prov("Hà Nội"), prov("Hải Phòng"), com("Phượng Sơn"), com("Thanh Hải")],
["Báo Bắc Giang điện tử", "Xã hội › Thanh niên", "(BGĐT)", "Thanh niên Lục Ngạn tham gia tập huấn.", "Khởi sự doanh nghiệp",
 "Trung tâm Hỗ trợ thanh niên khởi nghiệp", "Hợp tác xã vải thiều thanh niên Thanh Hải"],
["24-05-2012 14:05", "năm 2012", "2008 - 2015", "năm 2011", "lớp 12"]))

PAGES.append(page("b7351-thanhhoa-doithoai-2013", """
THANH HÓA ONLINE
Tin tức | Chính trị | Đoàn thể
Cập nhật lúc 08:40 ngày 16/08/2013
Chủ tịch UBND tỉnh đối thoại với thanh niên về lập thân, lập nghiệp
Sáng 15/8, tại Cung Văn hóa thiếu nhi tỉnh, UBND tỉnh phối hợp với Tỉnh đoàn tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2013 với chủ đề "Thanh niên nông thôn lập thân, lập nghiệp". Tham dự có khoảng 500 đoàn viên, thanh niên tiêu biểu đến từ 27 huyện, thị xã, thành phố.
Toàn cảnh buổi đối thoại.
Chủ trì buổi đối thoại có ông Lê Đình Khôi, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Trịnh Thị Hoa, Bí thư Tỉnh đoàn. Cùng dự có lãnh đạo các sở Lao động - Thương binh và Xã hội, Nông nghiệp và Phát triển nông thôn, Công Thương, Ngân hàng Chính sách xã hội chi nhánh tỉnh.
Theo báo cáo của Tỉnh đoàn, từ năm 2011 đến nay, các cấp bộ Đoàn đã hỗ trợ 2.600 thanh niên vay vốn với tổng dư nợ trên 70 tỷ đồng; thành lập 48 tổ hợp tác, câu lạc bộ thanh niên phát triển kinh tế. Tuy vậy, mới có khoảng 30% thanh niên nông thôn đã qua đào tạo nghề.
Nêu câu hỏi đầu tiên, anh Lê Văn Hùng ở xã Quảng Yên, huyện Quảng Xương, trình bày: anh nuôi 2.000 con gà thả đồi nhưng thiếu vốn mở rộng vì không có tài sản thế chấp. Chị Hà Thị Nương, dân tộc Thái, Phó Bí thư Đoàn xã Thiết Ống, hỏi về chính sách hỗ trợ thanh niên làm du lịch cộng đồng. Anh Phạm Quang Trung, Chủ nhiệm Câu lạc bộ thanh niên làm kinh tế giỏi huyện Hậu Lộc, đề nghị tỉnh có cơ chế riêng cho thanh niên thuê đất bãi bồi ven biển để nuôi ngao.
Trả lời các ý kiến, ông Lê Đình Khôi cho biết tỉnh đang thực hiện Nghị quyết số 04/2012/NQ-HĐND của HĐND tỉnh về chính sách khuyến khích phát triển nông nghiệp; đồng thời giao Sở Nông nghiệp và Phát triển nông thôn hướng dẫn cụ thể việc cho thanh niên thuê đất. Chủ tịch UBND tỉnh đề nghị Ngân hàng Chính sách xã hội nâng mức cho vay đối với dự án của tổ hợp tác thanh niên lên tối đa 100 triệu đồng.
Đại diện Sở Lao động - Thương binh và Xã hội thông tin, năm 2013 tỉnh dành 12 tỷ đồng để dạy nghề cho lao động nông thôn theo Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ.
Nhiều ý kiến khác tập trung vào việc tiêu thụ nông sản: thanh niên trồng rau, nuôi gà theo hướng an toàn nhưng vẫn phải bán chung giá với hàng trôi nổi. Một đoàn viên ở miền biển đề nghị Tỉnh đoàn xây dựng trang thông tin giới thiệu sản phẩm của thanh niên Thanh Hóa để người tiêu dùng ở các thành phố lớn có thể đặt mua trực tiếp.
Kết luận buổi đối thoại, ông Lê Đình Khôi giao Tỉnh đoàn tổng hợp 36 ý kiến, kiến nghị của thanh niên gửi các sở, ngành trả lời bằng văn bản trước ngày 30/9.
Lê Hà
Các tin khác
- Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè (10/06/2013)
- Thạch Thành: trao vốn cho 20 thanh niên khởi nghiệp (25/05/2013)
- Đại hội Hội Liên hiệp Thanh niên Việt Nam tỉnh lần thứ VI (18/04/2013)
""", "2013-08-16", "Chủ tịch UBND tỉnh đối thoại với thanh niên về lập thân, lập nghiệp",
E("doi_thoai", "2013", "2013-08-15"),
[P("Lê Đình Khôi", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trịnh Thị Hoa", "Bí thư Tỉnh đoàn"),
 P("Hà Thị Nương", "Phó Bí thư Đoàn xã Thiết Ống"),
 P("Phạm Quang Trung", "Chủ nhiệm Câu lạc bộ thanh niên làm kinh tế giỏi huyện Hậu Lộc"),
 P("Lê Văn Hùng")],
[Q("khoảng 500 đoàn viên, thanh niên tiêu biểu", 500, "đoàn viên, thanh niên tiêu biểu", "approx"),
 Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"), Q("2.600 thanh niên", 2600, "thanh niên"),
 Q("trên 70 tỷ đồng", 70000000000, "đồng", "over"), Q("48 tổ hợp tác, câu lạc bộ thanh niên", 48, "tổ hợp tác, câu lạc bộ thanh niên"),
 Q("khoảng 30%", 30, "%", "approx"), Q("2.000 con gà thả đồi", 2000, "con gà thả đồi"),
 Q("tối đa 100 triệu đồng", 100000000, "đồng"), Q("12 tỷ đồng", 12000000000, "đồng"),
 Q("36 ý kiến, kiến nghị", 36, "ý kiến, kiến nghị")],
[D("Nghị quyết", "04", "2012/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 04/2012/NQ-HĐND"),
 D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009")],
[prov("Thanh Hóa"), com("Quảng Yên"), com("Thiết Ống")],
["THANH HÓA ONLINE", "Tin tức | Chính trị | Đoàn thể", "Toàn cảnh buổi đối thoại.", "Thanh niên nông thôn lập thân, lập nghiệp",
 "Cung Văn hóa thiếu nhi tỉnh", "Ngân hàng Chính sách xã hội chi nhánh tỉnh"],
["Cập nhật lúc 08:40 ngày 16/08/2013", "năm 2013", "năm 2011", "30/9"]))

PAGES.append(page("b7352-nghean-hoinongdan-soket-2014", """
Báo Nghệ An
Trang chủ > Xã hội > Nông thôn mới
08:15 | 11/07/2014
Sơ kết 6 tháng Đề án hỗ trợ thanh niên nông thôn lập nghiệp
Ngày 10/7, Ban Chỉ đạo Đề án "Hỗ trợ thanh niên nông thôn lập nghiệp giai đoạn 2013 - 2017" của tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2014. Đồng chí Nguyễn Xuân Đạt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo, chủ trì hội nghị.
Đồng chí Nguyễn Xuân Đạt phát biểu kết luận hội nghị. Ảnh: Thanh Lê
Đề án được triển khai theo Quyết định số 2867/QĐ-UBND ngày 18/7/2013 của UBND tỉnh, do Tỉnh đoàn chủ trì, phối hợp Hội Nông dân và Sở Nông nghiệp và Phát triển nông thôn. Sau 6 tháng, các huyện đã tổ chức 74 lớp tập huấn chuyển giao khoa học kỹ thuật cho 5.200 lượt thanh niên; hỗ trợ xây dựng 36 mô hình trình diễn về nuôi bò lai, trồng cam Vinh, cam Xã Đoài và rau an toàn; giải ngân 18,5 tỷ đồng vốn vay ưu đãi cho 640 thanh niên.
Báo cáo của Tỉnh đoàn do đồng chí Hồ Thị Xuân, Phó Bí thư Thường trực Tỉnh đoàn, trình bày cho thấy, tỷ lệ thanh niên nông thôn có việc làm ổn định đã tăng từ 71% lên 74,5%. Đáng chú ý, nhiều mô hình liên kết đã hình thành, như tổ hợp tác nuôi gà đồi 15 thành viên ở xã Nghi Văn hay Câu lạc bộ thanh niên trồng cam ở xã Minh Hợp, mỗi năm cho thu nhập bình quân 80 - 120 triệu đồng/thành viên.
Tại hội nghị, đồng chí Lương Văn Thành, HUV, Bí thư Huyện đoàn Quế Phong, phản ánh thanh niên người Thái, người Mông ở vùng cao vẫn khó tiếp cận vốn vì thủ tục; đồng chí Vi Thị Lan, Chủ tịch Hội Nông dân xã Châu Kim, đề nghị hỗ trợ thêm con giống cho những hộ thanh niên mới tách hộ. Ông Trần Minh Sơn, Giám đốc Hợp tác xã nông nghiệp Diễn Thọ, cam kết bao tiêu 300 tấn lạc và vừng cho các tổ hợp tác thanh niên trong vụ hè thu.
Kết luận hội nghị, đồng chí Nguyễn Xuân Đạt đề nghị 6 tháng cuối năm các thành viên Ban Chỉ đạo tập trung chỉ đạo thực hiện Chỉ thị số 25-CT/TU ngày 21/1/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động thanh niên tham gia xây dựng nông thôn mới; gắn Đề án với Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Các huyện cần rà soát, chọn những mô hình tốt để nhân rộng, tránh hỗ trợ dàn trải; quan tâm hướng dẫn thanh niên quảng bá sản phẩm trên mạng Internet, xây dựng nhãn hiệu cho cam Vinh.
Hội nghị đã khen thưởng 9 tập thể và 14 cá nhân có thành tích tiêu biểu trong thực hiện Đề án 6 tháng đầu năm.
Hải Yến
Tin liên quan
- Thanh Chương: 200 thanh niên được vay vốn trồng chè (02/07/2014)
- Tuổi trẻ Nghệ An ra quân tình nguyện hè 2014 (20/06/2014)
- Diễn Châu: thành lập Câu lạc bộ thanh niên làm kinh tế giỏi (05/06/2014)
""", "2014-07-11", "Sơ kết 6 tháng Đề án hỗ trợ thanh niên nông thôn lập nghiệp",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Nguyễn Xuân Đạt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Hồ Thị Xuân", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Lương Văn Thành", "HUV", "Bí thư Huyện đoàn Quế Phong"),
 P("Vi Thị Lan", "Chủ tịch Hội Nông dân xã Châu Kim"),
 P("Trần Minh Sơn", "Giám đốc Hợp tác xã nông nghiệp Diễn Thọ")],
[Q("74 lớp tập huấn", 74, "lớp tập huấn"), Q("5.200 lượt thanh niên", 5200, "lượt thanh niên"),
 Q("36 mô hình trình diễn", 36, "mô hình trình diễn"), Q("18,5 tỷ đồng", 18500000000, "đồng"),
 Q("640 thanh niên", 640, "thanh niên"), Q("71%", 71, "%"), Q("74,5%", 74.5, "%"),
 Q("15 thành viên", 15, "thành viên"), Q("80 - 120 triệu đồng", 80000000, "đồng", "approx"),
 Q("300 tấn", 300, "tấn"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân có thành tích tiêu biểu", 14, "cá nhân")],
[D("Quyết định", "2867", "QĐ-UBND", "2013-07-18", "UBND tỉnh", "Quyết định số 2867/QĐ-UBND ngày 18/7/2013"),
 D("Chỉ thị", "25", "CT/TU", "2014-01-21", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU ngày 21/1/2014")],
[prov("Nghệ An"), com("Nghi Văn"), com("Minh Hợp"), com("Châu Kim")],
["Báo Nghệ An", "Trang chủ > Xã hội > Nông thôn mới", "Đồng chí Nguyễn Xuân Đạt phát biểu kết luận hội nghị. Ảnh: Thanh Lê",
 "Hỗ trợ thanh niên nông thôn lập nghiệp giai đoạn 2013 - 2017", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
 "Hợp tác xã nông nghiệp Diễn Thọ", "cam Xã Đoài"],
["08:15 | 11/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm", "2013 - 2017"]))

PAGES.append(page("b7353-hatinh-chandung-khac-2015", """
BÁO HÀ TĨNH ĐIỆN TỬ
Kinh tế | Nông nghiệp | Gương sáng
Ngày đăng 06/11/2015 | 10:20
Anh Phan Đức Lộc bên đàn gà ri lai của trang trại.
Chàng kỹ sư bỏ phố về quê nuôi gà, bán hàng qua Facebook
Tốt nghiệp Đại học Nông nghiệp Hà Nội năm 2011, từng có việc làm ổn định ở một công ty thức ăn chăn nuôi, năm 2013 anh Phan Đức Lộc (SN 1988) quyết định về quê ở thôn Trung Phú, xã Cẩm Thịnh, huyện Cẩm Xuyên lập trang trại. Sau hai năm, trang trại gà đồi của anh đã cho lãi gần 300 triệu đồng mỗi năm.
Ngày đầu về quê, vốn liếng chỉ có 120 triệu đồng tiền tích cóp và vay thêm của người thân, anh Lộc thuê 2 ha đất đồi bạch đàn đã khai thác để dựng chuồng trại. Lứa đầu 1.500 con gà bị dịch chết gần một nửa, nhiều người trong làng bàn ra tán vào. "Lúc đó tôi chỉ nghĩ mình đã học đúng nghề, phải làm cho bằng được", anh kể.
Rút kinh nghiệm, anh áp dụng quy trình an toàn sinh học, tiêm phòng đầy đủ, cho gà ăn thêm thảo dược. Hiện trang trại luôn duy trì khoảng 4.000 con gà, mỗi năm xuất bán 5 lứa. Điều khác biệt là anh không bán cho thương lái mà lập trang Facebook "Gà đồi Cẩm Xuyên" để nhận đơn trực tiếp. Mỗi tuần trang nhận 40 - 50 đơn hàng từ Hà Tĩnh, Vinh và cả Hà Nội; gà được giao tận nơi với giá cao hơn thị trường 15 - 20%.
Anh Lộc còn liên kết với 7 hộ thanh niên trong xã cùng nuôi theo một quy trình, bao tiêu toàn bộ sản phẩm. Chị Nguyễn Thị Hoài, một thành viên trong nhóm, cho biết nhờ anh Lộc hướng dẫn, gia đình chị có thu nhập thêm 5 - 6 triệu đồng mỗi tháng.
Bà Trần Thị Nga, Chủ tịch Hội Nông dân xã Cẩm Thịnh, đánh giá: "Lộc là tấm gương thanh niên dám nghĩ, dám làm. Xã đang đề nghị huyện hỗ trợ để em xây dựng tổ hợp tác, đăng ký nhãn hiệu cho gà đồi". Năm 2015, anh Lộc được Tỉnh đoàn tặng danh hiệu "Thanh niên làm kinh tế giỏi" và được vay 50 triệu đồng từ Quỹ hỗ trợ thanh niên lập nghiệp.
Anh Võ Văn Tịnh, Bí thư Huyện đoàn Cẩm Xuyên, cho biết mô hình của anh Lộc đang được Huyện đoàn giới thiệu để đoàn viên các xã học tập. Trong năm, Huyện đoàn đã tổ chức 3 buổi tham quan tại trang trại cho hơn 150 đoàn viên.
Dự định sắp tới, anh Lộc sẽ đầu tư lò giết mổ đạt chuẩn, đóng gói hút chân không để bán gà làm sẵn qua mạng, đồng thời mở rộng trang trại lên 10.000 con. "Tôi mong các bạn trẻ đừng ngại về quê. Đất quê không phụ người chịu khó", anh nói.
Bài và ảnh: Thiên Vỹ
Bài viết liên quan
- Thanh niên Hương Khê làm giàu từ cây bưởi Phúc Trạch (28/10/2015)
- Nữ đoàn viên khởi nghiệp với mô hình nuôi hươu (14/10/2015)
- Can Lộc: 12 mô hình kinh tế của thanh niên cho thu nhập cao (30/09/2015)
""", "2015-11-06", "Chàng kỹ sư bỏ phố về quê nuôi gà, bán hàng qua Facebook",
E("khac", None, None),
[P("Phan Đức Lộc"), P("Nguyễn Thị Hoài"),
 P("Trần Thị Nga", "Chủ tịch Hội Nông dân xã Cẩm Thịnh"),
 P("Võ Văn Tịnh", "Bí thư Huyện đoàn Cẩm Xuyên")],
[Q("gần 300 triệu đồng", 300000000, "đồng", "approx"), Q("120 triệu đồng", 120000000, "đồng"), Q("2 ha", 2, "ha"),
 Q("1.500 con gà", 1500, "con gà"), Q("khoảng 4.000 con gà", 4000, "con gà", "approx"), Q("5 lứa", 5, "lứa"),
 Q("40 - 50 đơn hàng", 40, "đơn hàng", "approx"), Q("15 - 20%", 15, "%", "approx"), Q("7 hộ thanh niên", 7, "hộ thanh niên"),
 Q("5 - 6 triệu đồng", 5000000, "đồng", "approx"), Q("50 triệu đồng", 50000000, "đồng"), Q("3 buổi tham quan", 3, "buổi tham quan"),
 Q("hơn 150 đoàn viên", 150, "đoàn viên", "over"), Q("10.000 con", 10000, "con")],
[],
[prov("Hà Tĩnh"), prov("Hà Nội"), com("Cẩm Thịnh")],
["BÁO HÀ TĨNH ĐIỆN TỬ", "Kinh tế | Nông nghiệp | Gương sáng", "Anh Phan Đức Lộc bên đàn gà ri lai của trang trại.",
 "Gà đồi Cẩm Xuyên", "Thanh niên làm kinh tế giỏi", "Quỹ hỗ trợ thanh niên lập nghiệp", "Đại học Nông nghiệp Hà Nội"],
["Ngày đăng 06/11/2015 | 10:20", "SN 1988", "năm 2011", "năm 2013", "hai năm", "Năm 2015"]))

PAGES.append(page("b7354-quangtri-tinhdoan-giaoban-2016", """
QUẢNG TRỊ ONLINE - Báo Quảng Trị điện tử
Bạn đang ở: Trang chủ / Chính trị - Xã hội / Đoàn thể
Thứ Sáu, 07/10/2016 - 15:20
Tuổi trẻ Quảng Trị đẩy mạnh hỗ trợ thanh niên khởi nghiệp
Chiều 6/10, Tỉnh đoàn Quảng Trị tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi quý III năm 2016 với các huyện, thị, thành đoàn và đoàn trực thuộc. Đồng chí Trần Thị Diệu Linh, Bí thư Tỉnh đoàn, chủ trì.
Đồng chí Trần Thị Diệu Linh chủ trì giao ban.
Trong quý III, các cấp bộ Đoàn tập trung triển khai Kế hoạch số 112-KH/TĐTN ngày 28/6/2016 về thực hiện Đề án "Hỗ trợ thanh niên khởi nghiệp giai đoạn 2016 - 2020". Toàn tỉnh đã tổ chức 11 diễn đàn "Thanh niên với khởi nghiệp" thu hút 1.400 đoàn viên tham gia; tư vấn, giới thiệu việc làm cho 820 thanh niên, trong đó 215 thanh niên đi làm việc có thời hạn ở nước ngoài.
Các huyện đoàn đã hỗ trợ thành lập 6 tổ hợp tác thanh niên trồng tiêu, nuôi cá lồng; phối hợp giải ngân thêm 4,2 tỷ đồng vốn vay cho 96 dự án khởi nghiệp. Ở Hướng Hóa, đoàn viên người Vân Kiều, Pa Kô bắt đầu đưa cà phê Khe Sanh, chuối Hướng Hóa lên các trang mạng xã hội để bán trực tiếp cho khách ở Huế, Đà Nẵng. Sau đợt thiên tai cuối quý, Tỉnh đoàn còn huy động gần 1.000 lượt đoàn viên giúp dân khắc phục hậu quả, dọn vệ sinh môi trường.
Phát biểu tại giao ban, đồng chí Hồ Văn Thắm, Bí thư Huyện đoàn Hướng Hóa, cho biết Huyện đoàn đang vận động 30 thanh niên người dân tộc thiểu số tham gia trồng sắn theo hợp đồng với nhà máy. Đồng chí Lê Quang Chiến, Bí thư Đoàn xã Triệu Độ, đề nghị tăng thời gian vay vốn cho thanh niên trồng rừng vì chu kỳ khai thác dài.
Một số đơn vị cũng thẳng thắn nêu hạn chế: việc nắm số liệu thanh niên khởi nghiệp ở cơ sở chưa chính xác, có nơi báo cáo còn chậm; nhiều dự án vay vốn nhỏ lẻ, thiếu liên kết nên sản phẩm làm ra khó tìm đầu ra ổn định, nhất là khi vào vụ thu hoạch rộ.
Đồng chí Nguyễn Thị Bích Hạnh, Phó Bí thư Tỉnh đoàn, quán triệt Hướng dẫn số 21-HD/TWĐTN của Ban Bí thư Trung ương Đoàn về tổ chức Ngày hội thanh niên khởi nghiệp năm 2016, dự kiến diễn ra tại thành phố Đông Hà trong tháng 11.
Kết luận giao ban, đồng chí Trần Thị Diệu Linh yêu cầu quý IV các đơn vị hoàn thành chỉ tiêu thành lập mới ít nhất 3 câu lạc bộ khởi nghiệp cấp huyện, chuẩn bị tốt cho tổng kết năm; đồng thời phối hợp với Hội Liên hiệp Thanh niên tỉnh tuyên dương các gương thanh niên khởi nghiệp tiêu biểu.
Thanh Trúc
TIN CÙNG CHUYÊN MỤC
- Đoàn viên Gio Linh ra quân làm đường giao thông nông thôn (30/09/2016)
- Hội thi "Bí thư chi đoàn giỏi" năm 2016 (22/09/2016)
- Tuổi trẻ Cam Lộ giúp dân trồng rừng (12/09/2016)
- Vĩnh Linh: ra mắt mô hình "Thắp sáng đường quê" (01/09/2016)
""", "2016-10-07", "Tuổi trẻ Quảng Trị đẩy mạnh hỗ trợ thanh niên khởi nghiệp",
E("giao_ban", "2016-Q3", "2016-10-06"),
[P("Trần Thị Diệu Linh", "Bí thư Tỉnh đoàn"),
 P("Hồ Văn Thắm", "Bí thư Huyện đoàn Hướng Hóa"),
 P("Lê Quang Chiến", "Bí thư Đoàn xã Triệu Độ"),
 P("Nguyễn Thị Bích Hạnh", "Phó Bí thư Tỉnh đoàn")],
[Q("11 diễn đàn", 11, "diễn đàn"), Q("1.400 đoàn viên", 1400, "đoàn viên"), Q("820 thanh niên", 820, "thanh niên"),
 Q("215 thanh niên", 215, "thanh niên"), Q("6 tổ hợp tác thanh niên", 6, "tổ hợp tác thanh niên"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("96 dự án khởi nghiệp", 96, "dự án khởi nghiệp"),
 Q("gần 1.000 lượt đoàn viên", 1000, "lượt đoàn viên", "approx"), Q("30 thanh niên người dân tộc thiểu số", 30, "thanh niên người dân tộc thiểu số"),
 Q("ít nhất 3 câu lạc bộ khởi nghiệp cấp huyện", 3, "câu lạc bộ khởi nghiệp cấp huyện", "over")],
[D("Kế hoạch", "112", "KH/TĐTN", "2016-06-28", None, "Kế hoạch số 112-KH/TĐTN ngày 28/6/2016"),
 D("Hướng dẫn", "21", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 21-HD/TWĐTN")],
[prov("Quảng Trị"), prov("Đà Nẵng"), com("Triệu Độ")],
["QUẢNG TRỊ ONLINE - Báo Quảng Trị điện tử", "Bạn đang ở: Trang chủ / Chính trị - Xã hội / Đoàn thể",
 "Đồng chí Trần Thị Diệu Linh chủ trì giao ban.", "Hỗ trợ thanh niên khởi nghiệp giai đoạn 2016 - 2020", "Thanh niên với khởi nghiệp",
 "Ngày hội thanh niên khởi nghiệp"],
["Thứ Sáu, 07/10/2016 - 15:20", "quý III năm 2016", "quý IV", "2016 - 2020", "tháng 11"]))
