from lib import *
PAGES = []

PAGES.append(page("b2783-tuyenquang-taphuan-canbo-hnd-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội > Mặt trận - Đoàn thể
Thứ Năm, 25/09/2025, 10:20
Các học viên tại lớp tập huấn.
Bồi dưỡng nghiệp vụ cho cán bộ Hội Nông dân cấp xã sau sắp xếp
Trong 2 ngày 23 - 24/9/2025, Hội Nông dân tỉnh tổ chức tập huấn nghiệp vụ công tác Hội năm 2025 cho 248 học viên là Chủ tịch, Phó Chủ tịch Hội Nông dân của 124 xã, phường trên địa bàn tỉnh Tuyên Quang sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp.
Đồng chí Ma Thị Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh khai mạc lớp tập huấn. Đồng chí cho biết, sau khi hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, Hội Nông dân tỉnh có hơn 392.000 hội viên, trong đó khoảng 78% là đồng bào dân tộc thiểu số; tổng nguồn vốn Quỹ hỗ trợ nông dân các cấp đạt 98,4 tỷ đồng, đang cho 3.860 hộ vay. Nhiều cán bộ Hội xã mới được bố trí, chưa có kinh nghiệm, vì vậy việc tập huấn là rất cần thiết.
Các học viên được nghe giới thiệu Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, các văn bản về việc các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam; hướng dẫn quản lý Quỹ hỗ trợ nông dân theo Nghị định số 37/2023/NĐ-CP; kỹ năng vận động hội viên tham gia hợp tác xã, xây dựng sản phẩm OCOP. Báo cáo viên là ông Hoàng Văn Páo, Phó Chủ tịch Hội Nông dân tỉnh, và bà Nguyễn Thị Hải Yến, Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh.
Tại lớp học, ông Sùng Mí Dính, Chủ tịch Hội Nông dân xã Lũng Cú, chia sẻ: "Xã mới rộng gấp ba, có 38 thôn, đi lại khó khăn; chi hội nào cũng mong được vay vốn nuôi bò, trồng chè". Bà Chảo Thị Sèng, người Dao, Phó Chủ tịch Hội Nông dân phường Hà Giang 1, đề nghị tỉnh sớm có hướng dẫn thống nhất về sổ sách, biểu mẫu sau hợp nhất. Ông Vương Văn Tủa, người Pà Thẻn, Chủ tịch Hội Nông dân xã Hàm Yên, mong được hỗ trợ quảng bá cam sành Hàm Yên gắn với du lịch.
Bế mạc lớp học, đồng chí Ma Thị Thanh yêu cầu cán bộ Hội cấp xã bám sát Kế hoạch số 15-KH/HNDT ngày 20/8/2025 của Ban Thường vụ Hội Nông dân tỉnh về kiện toàn tổ chức Hội sau sắp xếp; trong quý IV hoàn thành rà soát hội viên, đánh giá lại toàn bộ dự án Quỹ hỗ trợ nông dân đang cho vay tại các xã mới.
Kết thúc khóa tập huấn, 248 học viên làm bài thu hoạch; 20 học viên có kết quả tốt được Hội Nông dân tỉnh tặng giấy khen.
Theo Hội Nông dân tỉnh, trong năm 2025, các cấp Hội đã hỗ trợ xây dựng 64 sản phẩm OCOP, trong đó có chè Shan tuyết, cam sành, mật ong bạc hà, thịt bò khô; phấn đấu đến năm 2030 mỗi xã có ít nhất 1 sản phẩm OCOP do hội viên làm chủ thể.
Minh Châu
Tin liên quan
- Hội Nông dân tỉnh ra mắt Ban Chấp hành sau hợp nhất (15/08/2025)
- Lũng Cú: nông dân thu hoạch tam giác mạch (10/09/2025)
- Hàm Yên: cam sành vào mùa (02/09/2025)
""", "2025-09-25", "Bồi dưỡng nghiệp vụ cho cán bộ Hội Nông dân cấp xã sau sắp xếp",
E("tap_huan", "2025", "2025-09-23"),
[P("Ma Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Văn Páo", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Thị Hải Yến", "Trưởng Ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Sùng Mí Dính", "Chủ tịch Hội Nông dân xã Lũng Cú"), P("Chảo Thị Sèng", "Phó Chủ tịch Hội Nông dân phường Hà Giang 1"),
 P("Vương Văn Tủa", "Chủ tịch Hội Nông dân xã Hàm Yên")],
[Q("248 học viên", 248, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("hơn 392.000 hội viên", 392000, "hội viên", "over"),
 Q("khoảng 78%", 78, "%", "approx"), Q("98,4 tỷ đồng", 98400000000, "đồng"), Q("3.860 hộ", 3860, "hộ"), Q("38 thôn", 38, "thôn"),
 Q("20 học viên", 20, "học viên"), Q("64 sản phẩm OCOP", 64, "sản phẩm OCOP")],
[D("Quy định", "294", "QĐ/TW", "2025-05-26", "Ban Chấp hành Trung ương", "Quy định số 294-QĐ/TW ngày 26/5/2025"),
 D("Nghị định", "37", "2023/NĐ-CP", None, None, "Nghị định số 37/2023/NĐ-CP"),
 D("Kế hoạch", "15", "KH/HNDT", "2025-08-20", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 15-KH/HNDT ngày 20/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Hà Giang 1"), com("Hàm Yên")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội > Mặt trận - Đoàn thể", "Các học viên tại lớp tập huấn."],
["Thứ Năm, 25/09/2025, 10:20", "2 ngày", "năm 2025", "2 cấp", "gấp ba", "quý IV", "năm 2030", "1 sản phẩm OCOP"]))

PAGES.append(page("b2784-vinhlong-doithoai-nongdan-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Ngày 14/11/2025 | 17:30
Toàn cảnh hội nghị đối thoại tại điểm cầu tỉnh.
Chủ tịch UBND tỉnh đối thoại với nông dân: tập trung vốn, thị trường và hạn mặn
Sáng 13/11, UBND tỉnh Vĩnh Long phối hợp Ủy ban MTTQ Việt Nam tỉnh và Hội Nông dân tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu xã, phường.
Chủ trì hội nghị có đồng chí Lữ Văn Ngọc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; đồng chí Kim Thị Sa Rây, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh. Tham dự tại điểm cầu tỉnh có khoảng 300 hội viên nông dân, chủ trang trại, giám đốc hợp tác xã.
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 86 ý kiến, kiến nghị của nông dân. Tại hội nghị, ông Nguyễn Văn Tư, Giám đốc Hợp tác xã dừa hữu cơ Thạnh Phú, xã Thạnh Phú, kiến nghị hỗ trợ chứng nhận hữu cơ cho vùng dừa xuất khẩu khoảng 1.500 ha. Bà Thạch Thị Sà Phia, người Khmer, hội viên ấp Chông Bát, xã Tập Sơn, đề nghị mở rộng cho vay vốn Quỹ hỗ trợ nông dân để nuôi bò vỗ béo. Ông Lê Hoàng Nam, nông dân trồng bưởi da xanh ở xã Mỏ Cày, phản ánh giá bưởi giảm hơn 30% so với cùng kỳ.
Trả lời nông dân, ông Lữ Văn Ngọc cho biết tỉnh đang triển khai Quyết định số 1490/QĐ-TTg ngày 27/11/2023 của Thủ tướng Chính phủ về Đề án phát triển bền vững 1 triệu ha chuyên canh lúa chất lượng cao; đồng thời giao Sở Nông nghiệp và Môi trường phối hợp Hội Nông dân tỉnh xây dựng ít nhất 30 chuỗi liên kết tiêu thụ dừa, bưởi, lúa gạo trong năm 2026. Về vốn, UBND tỉnh thống nhất bổ sung 10 tỷ đồng ngân sách cho Quỹ hỗ trợ nông dân tỉnh, nâng tổng nguồn vốn Quỹ lên hơn 150 tỷ đồng.
Bà Kim Thị Sa Rây thông tin, 10 tháng năm 2025, các cấp Hội đã giải ngân 32,7 tỷ đồng vốn Quỹ cho 1.480 hộ vay; hỗ trợ 46 hợp tác xã tham gia Chương trình OCOP; toàn tỉnh có 520 sản phẩm OCOP, trong đó khoảng 40% do hội viên làm chủ thể.
Kết luận hội nghị, Chủ tịch UBND tỉnh giao các sở, ngành trả lời bằng văn bản các ý kiến chưa được giải đáp trong 15 ngày và yêu cầu thực hiện nghiêm Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ, tổ chức đối thoại với nông dân ở cấp xã ít nhất 1 lần/năm.
Hội nghị cũng ghi nhận nhiều ý kiến của nông dân vùng ven biển về tình trạng xâm nhập mặn đến sớm, đề nghị sớm hoàn thành các cống ngăn mặn và hỗ trợ bồn chứa nước ngọt cho các hộ trồng bưởi, sầu riêng.
Mỹ Hạnh
Tin liên quan
- Hội Nông dân tỉnh ra mắt sau hợp nhất (20/07/2025)
- Nông dân Chợ Lách vào mùa hoa kiểng Tết (10/11/2025)
- Hội Nông dân tỉnh giải ngân vốn Quỹ hỗ trợ nông dân tại xã Tập Sơn (03/11/2025)
""", "2025-11-14", "Chủ tịch UBND tỉnh đối thoại với nông dân: tập trung vốn, thị trường và hạn mặn",
E("doi_thoai", "2025", "2025-11-13"),
[P("Lữ Văn Ngọc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Kim Thị Sa Rây", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Tư", "Giám đốc Hợp tác xã dừa hữu cơ Thạnh Phú"), P("Thạch Thị Sà Phia", "hội viên ấp Chông Bát"),
 P("Lê Hoàng Nam")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("khoảng 300 hội viên nông dân, chủ trang trại, giám đốc hợp tác xã", 300, "hội viên nông dân, chủ trang trại, giám đốc hợp tác xã", "approx"),
 Q("86 ý kiến, kiến nghị", 86, "ý kiến, kiến nghị"), Q("khoảng 1.500 ha", 1500, "ha", "approx"), Q("hơn 30%", 30, "%", "over"),
 Q("ít nhất 30 chuỗi liên kết tiêu thụ", 30, "chuỗi liên kết tiêu thụ", "over"), Q("10 tỷ đồng", 10000000000, "đồng"),
 Q("hơn 150 tỷ đồng", 150000000000, "đồng", "over"), Q("32,7 tỷ đồng", 32700000000, "đồng"), Q("1.480 hộ", 1480, "hộ"),
 Q("46 hợp tác xã", 46, "hợp tác xã"), Q("520 sản phẩm OCOP", 520, "sản phẩm OCOP"), Q("khoảng 40%", 40, "%", "approx")],
[D("Quyết định", "1490", "QĐ-TTg", "2023-11-27", "Thủ tướng Chính phủ", "Quyết định số 1490/QĐ-TTg ngày 27/11/2023"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Thạnh Phú"), com("Tập Sơn"), com("Mỏ Cày")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Toàn cảnh hội nghị đối thoại tại điểm cầu tỉnh.",
 "Đề án phát triển bền vững 1 triệu ha chuyên canh lúa chất lượng cao", "Chương trình OCOP"],
["Ngày 14/11/2025 | 17:30", "năm 2025", "năm 2026", "10 tháng năm 2025", "15 ngày", "1 lần/năm", "1 triệu ha"]))

PAGES.append(page("b2785-lamdong-hnd-soket-2025", """
lamdong.gov.vn - Cổng Thông tin điện tử tỉnh Lâm Đồng
You are here: Trang chủ › Tin tức › Hoạt động các đoàn thể
11/07/2025 14:15
Hội Nông dân tỉnh Lâm Đồng: kiện toàn tổ chức, giữ vững phong trào
Ngày 10/7/2025, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2025, triển khai nhiệm vụ 6 tháng cuối năm. Đây là hội nghị đầu tiên sau khi hợp nhất các tỉnh Lâm Đồng, Đắk Nông, Bình Thuận; hội nghị được kết nối trực tuyến với các xã, phường, đặc khu.
Bà Ka H'Liên (thứ hai từ phải) trao đổi với nông dân bên lề hội nghị.
Dự và chỉ đạo hội nghị có đồng chí Ka H'Liên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Điểu K'Rứ, Nguyễn Văn Toàn, Trần Thị Thu Sương.
Theo báo cáo, 6 tháng đầu năm 2025, Hội Nông dân các tỉnh (trước hợp nhất) đã kết nạp 2.964 hội viên mới; tổng số hội viên sau hợp nhất là hơn 410.000 người. Quỹ hỗ trợ nông dân các cấp có tổng nguồn vốn 176,5 tỷ đồng, đã giải ngân cho 5.320 hộ vay trồng cà phê, sầu riêng, thanh long, nuôi bò. Hội đã tham gia hỗ trợ 17 hợp tác xã có sản phẩm được công nhận OCOP như cà phê Cầu Đất, atisô Đà Lạt, cà phê Đắk Mil, thanh long Hàm Thuận; tín chấp cho khoảng 96.000 hộ vay vốn với dư nợ hơn 6.800 tỷ đồng.
Tại hội nghị, ông Ya Tuấn, người Chu Ru, Chủ tịch Hội Nông dân xã Đơn Dương, cho biết sau sắp xếp, xã có 41 chi hội với 6.120 hội viên, nhiều chi hội mới ghép chưa ổn định. Bà K'Thị Hoa, chi hội trưởng chi hội nông dân thôn Đạ Nghịt, xã Lạc Dương, đề nghị hỗ trợ hội viên K'Ho tham gia chuỗi cà phê Arabica. Ông Y Krang, người Mnông ở bon Bu Dăr, xã Quảng Khê, kiến nghị giải quyết tình trạng thiếu đất sản xuất của đồng bào.
Ông Lê Văn Nhân, Chủ tịch Hội Nông dân xã Hàm Thuận, cho biết nông dân trồng thanh long đang gặp khó vì giá bán giảm sâu, chỉ còn khoảng 5.000 đồng/kg, nhiều hộ phải bỏ vườn hoặc chuyển sang trồng cây khác; ông đề nghị Hội làm cầu nối với doanh nghiệp chế biến.
Kết luận hội nghị, đồng chí Ka H'Liên yêu cầu 6 tháng cuối năm các cấp Hội hoàn thành kiện toàn tổ chức theo Kết luận số 150-KL/TW ngày 14/4/2025 của Bộ Chính trị; rà soát, bàn giao hồ sơ Quỹ hỗ trợ nông dân từ cấp huyện về tỉnh; tiếp tục đẩy mạnh phong trào nông dân thi đua sản xuất, kinh doanh giỏi gắn với OCOP.
Dịp này, Hội Nông dân tỉnh khen thưởng 12 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác Hội giai đoạn trước hợp nhất.
Phan Nhân
Tin khác
- Đà Lạt: nông dân ứng dụng nhà kính thông minh (05/07/2025)
- Hội Nông dân tỉnh ra mắt Ban Chấp hành lâm thời (01/07/2025)
- Bắc Bình: giải ngân vốn vay cho hội viên (25/06/2025)
""", "2025-07-11", "Hội Nông dân tỉnh Lâm Đồng: kiện toàn tổ chức, giữ vững phong trào",
E("so_ket", "2025-H1", "2025-07-10"),
[P("Ka H'Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu K'Rứ", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Nguyễn Văn Toàn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Thu Sương", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Ya Tuấn", "Chủ tịch Hội Nông dân xã Đơn Dương"),
 P("K'Thị Hoa", "chi hội trưởng chi hội nông dân thôn Đạ Nghịt"), P("Y Krang"), P("Lê Văn Nhân", "Chủ tịch Hội Nông dân xã Hàm Thuận")],
[Q("2.964 hội viên mới", 2964, "hội viên mới"), Q("hơn 410.000 người", 410000, "người", "over"), Q("176,5 tỷ đồng", 176500000000, "đồng"),
 Q("5.320 hộ", 5320, "hộ"), Q("17 hợp tác xã", 17, "hợp tác xã"), Q("khoảng 96.000 hộ", 96000, "hộ", "approx"),
 Q("hơn 6.800 tỷ đồng", 6800000000000, "đồng", "over"), Q("41 chi hội", 41, "chi hội"), Q("6.120 hội viên", 6120, "hội viên"),
 Q("khoảng 5.000 đồng", 5000, "đồng", "approx"), Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Kết luận", "150", "KL/TW", "2025-04-14", "Bộ Chính trị", "Kết luận số 150-KL/TW ngày 14/4/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đơn Dương"), com("Lạc Dương"), com("Quảng Khê"), com("Hàm Thuận")],
["lamdong.gov.vn - Cổng Thông tin điện tử tỉnh Lâm Đồng", "You are here: Trang chủ › Tin tức › Hoạt động các đoàn thể",
 "Bà Ka H'Liên (thứ hai từ phải) trao đổi với nông dân bên lề hội nghị."],
["11/07/2025 14:15", "6 tháng đầu năm 2025", "6 tháng cuối năm"]))

PAGES.append(page("b2786-dongnai-hnd-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Hôm nay: Thứ Hai, 19/01/2026
Chính trị | Kinh tế | Xã hội | Nông nghiệp
Hội Nông dân tỉnh triển khai nhiệm vụ năm 2026
Thứ Sáu, 16/01/2026, 08:40
Toàn cảnh hội nghị.
Ngày 15/1, Hội Nông dân tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của Hội Nông dân tỉnh sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước.
Dự hội nghị có đồng chí Đinh Khắc Toàn, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội Nông dân Việt Nam; đồng chí Điểu Huynh Sang, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Chủ trì hội nghị là đồng chí Nguyễn Thị Mỹ Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh.
Năm 2025, các cấp Hội đã kết nạp 4.815 hội viên mới, nâng tổng số hội viên lên hơn 360.000 người; có 58.430 hộ đạt danh hiệu nông dân sản xuất kinh doanh giỏi các cấp. Tổng nguồn vốn Quỹ hỗ trợ nông dân các cấp đạt 212,6 tỷ đồng, tăng 14,2 tỷ đồng so với năm 2024; đang cho 6.940 hộ vay. Hội đã vận động thành lập 26 hợp tác xã, 73 tổ hợp tác; hỗ trợ 58 sản phẩm OCOP của hội viên được công nhận, nâng tổng số lên 214 sản phẩm.
Thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể và nông nghiệp công nghệ cao, Hội đã phối hợp xây dựng 19 vùng trồng cà phê, điều, sầu riêng được cấp mã số. Nhiều hội viên đồng bào S'tiêng, Chơro, Mạ vươn lên khá giả như ông Điểu Lình ở sóc Bom Bo, xã Bù Đăng, thu nhập hơn 1 tỷ đồng/năm từ điều và tiêu; bà Thị Sen, tổ trưởng tổ hợp tác dệt thổ cẩm kết hợp trồng điều hữu cơ xã Phú Lý.
Phát biểu tại hội nghị, đồng chí Đinh Khắc Toàn ghi nhận Hội Nông dân tỉnh đã ổn định tổ chức nhanh sau sắp xếp. Đồng chí đề nghị Hội triển khai hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong nông nghiệp; thực hiện Nghị định 37/2023/NĐ-CP, tăng nguồn vốn Quỹ hỗ trợ nông dân.
Ông Hồ Văn Kiên, Chủ tịch Hội Nông dân xã Đak Ơ, kiến nghị hỗ trợ hội viên chuyển đổi số trong bán hàng; ông Trương Văn Lợi, giám đốc hợp tác xã sầu riêng Long Khánh, đề xuất tín dụng ưu đãi cho nông dân làm nông nghiệp công nghệ cao.
Năm 2026, Hội phấn đấu kết nạp ít nhất 4.000 hội viên mới, tăng Quỹ hỗ trợ nông dân thêm 15 tỷ đồng, thành lập mới 20 hợp tác xã. Dịp này, Trung ương Hội Nông dân Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân.
Nhiều đại biểu cũng kiến nghị tỉnh sớm có chính sách hỗ trợ nông dân trồng điều tái canh, bởi diện tích điều già cỗi ở các xã phía bắc tỉnh còn lớn, năng suất thấp, thu nhập của đồng bào dân tộc thiểu số chưa ổn định.
Vũ Nguyệt
Tin cùng chuyên mục
- Hội Nông dân tỉnh thăm, tặng quà Tết hội viên khó khăn (12/01/2026)
- Bù Đăng: nông dân thu hoạch điều sớm (05/01/2026)
- Long Khánh: hội thảo sầu riêng chất lượng cao (28/12/2025)
""", "2026-01-16", "Hội Nông dân tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Đinh Khắc Toàn", "Ủy viên Ban Chấp hành Trung ương Đảng", "Chủ tịch Hội Nông dân Việt Nam"),
 P("Điểu Huynh Sang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Điểu Lình"), P("Thị Sen", "tổ trưởng tổ hợp tác dệt thổ cẩm kết hợp trồng điều hữu cơ xã Phú Lý"),
 P("Hồ Văn Kiên", "Chủ tịch Hội Nông dân xã Đak Ơ"), P("Trương Văn Lợi", "giám đốc hợp tác xã sầu riêng Long Khánh")],
[Q("4.815 hội viên mới", 4815, "hội viên mới"), Q("hơn 360.000 người", 360000, "người", "over"), Q("58.430 hộ", 58430, "hộ"),
 Q("212,6 tỷ đồng", 212600000000, "đồng"), Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("6.940 hộ", 6940, "hộ"),
 Q("26 hợp tác xã", 26, "hợp tác xã"), Q("73 tổ hợp tác", 73, "tổ hợp tác"), Q("58 sản phẩm OCOP", 58, "sản phẩm OCOP"),
 Q("214 sản phẩm", 214, "sản phẩm"), Q("19 vùng trồng cà phê, điều, sầu riêng", 19, "vùng trồng cà phê, điều, sầu riêng"),
 Q("hơn 1 tỷ đồng", 1000000000, "đồng", "over"), Q("ít nhất 4.000 hội viên mới", 4000, "hội viên mới", "over"),
 Q("15 tỷ đồng", 15000000000, "đồng"), Q("20 hợp tác xã", 20, "hợp tác xã"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024"),
 D("Nghị định", "37", "2023/NĐ-CP", None, None, "Nghị định 37/2023/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Phú Lý"), com("Đak Ơ")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Hôm nay: Thứ Hai, 19/01/2026", "Chính trị | Kinh tế | Xã hội | Nông nghiệp", "Toàn cảnh hội nghị."],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026, 08:40", "năm 2026", "năm 2025", "năm 2024", "Năm 2026"]))

PAGES.append(page("b2787-hanoi-hoinghi-vonquy-2026", """
HỘI NÔNG DÂN THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Hỗ trợ nông dân
Ngày đăng 27/03/2026 | 15:05
Hội Nông dân Thành phố triển khai cho vay vốn Quỹ hỗ trợ nông dân năm 2026
Ngày 26/3/2026, Hội Nông dân thành phố Hà Nội tổ chức hội nghị triển khai công tác cho vay vốn Quỹ hỗ trợ nông dân năm 2026 và ký kết chương trình phối hợp hỗ trợ hợp tác xã, chủ thể OCOP. Dự hội nghị có đồng chí Lê Thị Thu Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Hội Nông dân thành phố; ThS. Phạm Quang Huy, Giám đốc Quỹ hỗ trợ nông dân thành phố; đại diện Hội Nông dân 126 xã, phường.
Đại biểu ký kết chương trình phối hợp.
Năm 2025, Quỹ hỗ trợ nông dân thành phố đã giải ngân 86,5 tỷ đồng cho 412 dự án với 1.936 hộ vay; tổng nguồn vốn hiện đạt hơn 520 tỷ đồng, nợ quá hạn chỉ 0,04%. Vốn Quỹ đã giúp hình thành nhiều mô hình hiệu quả như trồng bưởi đỏ, nuôi bò sữa, trồng rau hữu cơ, trong đó 48 hợp tác xã và 95 chủ thể OCOP của hội viên được vay vốn mở rộng sản xuất.
Năm 2026, Hội đặt mục tiêu giải ngân khoảng 100 tỷ đồng, ưu tiên dự án liên kết theo chuỗi, nông nghiệp hữu cơ, nông nghiệp gắn với du lịch; mức cho vay tối đa với hộ là 200 triệu đồng, với hợp tác xã là 2 tỷ đồng, theo Nghị định số 37/2023/NĐ-CP của Chính phủ và Quyết định số 102/QĐ-HNDTP ngày 5/2/2026 của Ban Thường vụ Hội Nông dân thành phố.
Tại hội nghị, ông Đinh Công Thuận, người Mường, Chủ tịch Hội Nông dân xã Yên Bài, cho biết hội viên trong xã đã vay 3,2 tỷ đồng để trồng chè, làm homestay; xã đang đề nghị công nhận thêm 2 sản phẩm OCOP. Bà Nguyễn Thị Lan, Giám đốc Hợp tác xã nông nghiệp Phúc Thọ, xã Phúc Thọ, đề nghị nâng thời hạn cho vay với dự án cây ăn quả lên 60 tháng. Ông Hà Văn Hợi, Phó Chủ tịch Hội Nông dân phường Long Biên, nêu khó khăn trong bảo đảm tài sản của hộ vay ở khu vực đô thị hóa nhanh.
Phát biểu kết luận, đồng chí Lê Thị Thu Trang yêu cầu các cơ sở Hội bình xét công khai, cho vay đúng đối tượng, thực hiện Kế hoạch số 21-KH/HNDTP ngày 10/1/2026 về phát triển kinh tế tập thể; phấn đấu đến hết năm 2026 có thêm ít nhất 30 hợp tác xã do hội viên làm nòng cốt đủ điều kiện vay vốn Quỹ.
Dịp này, Hội Nông dân thành phố và Liên minh Hợp tác xã thành phố ký kết chương trình phối hợp giai đoạn 2026 - 2030; trao quyết định cho vay cho 14 dự án với tổng số tiền 4,6 tỷ đồng.
Nhiều đại biểu cho rằng cần có hướng dẫn riêng cho các dự án nông nghiệp đô thị, nông nghiệp gắn với du lịch trải nghiệm, vì tài sản thế chấp và phương án trả nợ khác với sản xuất thuần nông.
Ban Tuyên giáo - Hội Nông dân TP
Tin liên quan
- Ba Vì: nông dân trồng chè sạch gắn du lịch (20/03/2026)
- Hội Nông dân thành phố giao ban quý I/2026 (13/03/2026)
- Gia Lâm: chợ phiên nông sản an toàn (06/03/2026)
""", "2026-03-27", "Hội Nông dân Thành phố triển khai cho vay vốn Quỹ hỗ trợ nông dân năm 2026",
E("hoi_nghi", "2026", "2026-03-26"),
[P("Lê Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Hội Nông dân thành phố"),
 P("Phạm Quang Huy", "ThS.", "Giám đốc Quỹ hỗ trợ nông dân thành phố"),
 P("Đinh Công Thuận", "Chủ tịch Hội Nông dân xã Yên Bài"), P("Nguyễn Thị Lan", "Giám đốc Hợp tác xã nông nghiệp Phúc Thọ"),
 P("Hà Văn Hợi", "Phó Chủ tịch Hội Nông dân phường Long Biên")],
[Q("126 xã, phường", 126, "xã, phường"), Q("86,5 tỷ đồng", 86500000000, "đồng"), Q("412 dự án", 412, "dự án"), Q("1.936 hộ", 1936, "hộ"),
 Q("hơn 520 tỷ đồng", 520000000000, "đồng", "over"), Q("0,04%", 0.04, "%"), Q("48 hợp tác xã", 48, "hợp tác xã"),
 Q("95 chủ thể OCOP", 95, "chủ thể OCOP"), Q("khoảng 100 tỷ đồng", 100000000000, "đồng", "approx"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("2 tỷ đồng", 2000000000, "đồng"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("2 sản phẩm OCOP", 2, "sản phẩm OCOP"),
 Q("ít nhất 30 hợp tác xã", 30, "hợp tác xã", "over"), Q("14 dự án", 14, "dự án"), Q("4,6 tỷ đồng", 4600000000, "đồng")],
[D("Nghị định", "37", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 37/2023/NĐ-CP"),
 D("Quyết định", "102", "QĐ-HNDTP", "2026-02-05", "Ban Thường vụ Hội Nông dân thành phố", "Quyết định số 102/QĐ-HNDTP ngày 5/2/2026"),
 D("Kế hoạch", "21", "KH/HNDTP", "2026-01-10", None, "Kế hoạch số 21-KH/HNDTP ngày 10/1/2026")],
[prov("Hà Nội"), com("Yên Bài"), com("Phúc Thọ"), com("Long Biên")],
["HỘI NÔNG DÂN THÀNH PHỐ HÀ NỘI", "Trang chủ / Tin tức - Sự kiện / Hỗ trợ nông dân", "Đại biểu ký kết chương trình phối hợp."],
["Ngày đăng 27/03/2026 | 15:05", "năm 2026", "Năm 2025", "Năm 2026", "60 tháng", "giai đoạn 2026 - 2030"]))

PAGES.append(page("b2788-khanhhoa-htx-raglai-2026", """
Báo Khánh Hòa điện tử
Kinh tế › Nông nghiệp › Nông thôn mới
Thứ Sáu, 10/04/2026 - 06:30
Chị Bo Bo Thị Mai (bên trái) giới thiệu sản phẩm mật ong của hợp tác xã.
Hợp tác xã của đồng bào Raglai và giấc mơ OCOP
Từ những đàn ong nuôi trong vườn sầu riêng, cây điều, 27 hộ đồng bào Raglai ở xã Khánh Sơn đã cùng nhau lập Hợp tác xã nông nghiệp Tô Hạp, đưa mật ong rừng Khánh Sơn thành sản phẩm OCOP 3 sao. Câu chuyện của họ là minh chứng cho sức lan tỏa của phong trào nông dân thi đua sản xuất, kinh doanh giỏi ở vùng cao Khánh Hòa sau khi hợp nhất với Ninh Thuận.
Chị Bo Bo Thị Mai, 38 tuổi, Giám đốc hợp tác xã, kể rằng năm 2022 chị được Hội Nông dân huyện Khánh Sơn (cũ) cho vay 50 triệu đồng từ Quỹ hỗ trợ nông dân để mua 40 thùng ong. Sau 3 năm, đàn ong của chị tăng lên hơn 200 thùng, mỗi năm thu khoảng 1,5 tấn mật. Thấy bà con trong làng cũng nuôi ong nhưng bán lẻ, bị ép giá, chị cùng Hội Nông dân vận động thành lập hợp tác xã với vốn điều lệ 540 triệu đồng.
Ông Mấu Văn Lực, Chủ tịch Hội Nông dân xã Khánh Sơn, cho biết hợp tác xã tiếp tục được vay 300 triệu đồng vốn Quỹ hỗ trợ nông dân theo Nghị định số 37/2023/NĐ-CP để mua máy quay mật, tủ sấy phấn hoa. Năm 2025, doanh thu của hợp tác xã đạt gần 2,4 tỷ đồng, mỗi thành viên có thu nhập bình quân khoảng 85 triệu đồng/năm. "Trước đây bà con quen làm rẫy, nay biết tính toán làm ăn, biết giữ chữ tín với khách", ông Lực nói.
Theo bà Katơr Thị Hương, Phó Chủ tịch Hội Nông dân tỉnh Khánh Hòa, toàn tỉnh hiện có 312 sản phẩm OCOP, trong đó 126 sản phẩm do hội viên nông dân và hợp tác xã có hội viên tham gia làm chủ thể. Sau hợp nhất, Hội đang rà soát để mỗi xã miền núi như Khánh Sơn, Tô Hạp, Anh Dũng, Phước Hà có ít nhất một hợp tác xã nông nghiệp kiểu mới hoạt động hiệu quả. Quỹ hỗ trợ nông dân tỉnh hiện có tổng nguồn vốn khoảng 118 tỷ đồng.
Anh Pi Năng Văn Sang, thành viên hợp tác xã, vừa được Hội Nông dân tỉnh công nhận là nông dân sản xuất kinh doanh giỏi cấp tỉnh năm 2025. Anh cho biết nhà có 2 ha sầu riêng xen nuôi ong, năm rồi lãi hơn 600 triệu đồng.
Hợp tác xã đang hoàn thiện hồ sơ nâng hạng sản phẩm lên 4 sao theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ, đồng thời mở điểm bán tại chợ phiên nông sản của Hội Nông dân tỉnh ở phường Nha Trang.
Chị Mai nói, ước mơ lớn nhất của chị là đưa mật ong Khánh Sơn lên kệ siêu thị trong nước và xuất khẩu, để con em Raglai không còn phải rời làng đi làm thuê xa. Hằng tuần, chị vẫn dành buổi tối hướng dẫn các hộ mới vào hợp tác xã cách chăm ong, cách ghi sổ sách thu chi của gia đình.
Bài và ảnh: Hoài An
Lượt xem: 1.517
Tin khác
- Khánh Sơn: sầu riêng được mùa (02/04/2026)
- Hội Nông dân tỉnh giao ban quý I/2026 (30/03/2026)
- Chợ phiên nông sản OCOP tại phường Nha Trang (22/03/2026)
""", "2026-04-10", "Hợp tác xã của đồng bào Raglai và giấc mơ OCOP",
E("khac", None, None),
[P("Bo Bo Thị Mai", "Giám đốc hợp tác xã"), P("Mấu Văn Lực", "Chủ tịch Hội Nông dân xã Khánh Sơn"),
 P("Katơr Thị Hương", "Phó Chủ tịch Hội Nông dân tỉnh Khánh Hòa"), P("Pi Năng Văn Sang", "thành viên hợp tác xã")],
[Q("27 hộ đồng bào Raglai", 27, "hộ đồng bào Raglai"), Q("50 triệu đồng", 50000000, "đồng"), Q("40 thùng ong", 40, "thùng ong"),
 Q("hơn 200 thùng", 200, "thùng", "over"), Q("khoảng 1,5 tấn", 1.5, "tấn", "approx"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"), Q("312 sản phẩm OCOP", 312, "sản phẩm OCOP"), Q("126 sản phẩm", 126, "sản phẩm"),
 Q("khoảng 118 tỷ đồng", 118000000000, "đồng", "approx"), Q("2 ha", 2, "ha"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over")],
[D("Nghị định", "37", "2023/NĐ-CP", None, None, "Nghị định số 37/2023/NĐ-CP"),
 D("Quyết định", "148", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 148/QĐ-TTg")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Khánh Sơn"), com("Tô Hạp"), com("Anh Dũng"), com("Phước Hà"), com("Nha Trang")],
["Báo Khánh Hòa điện tử", "Kinh tế › Nông nghiệp › Nông thôn mới", "Chị Bo Bo Thị Mai (bên trái) giới thiệu sản phẩm mật ong của hợp tác xã.",
 "Hợp tác xã nông nghiệp Tô Hạp", "Lượt xem: 1.517"],
["Thứ Sáu, 10/04/2026 - 06:30", "3 sao", "38 tuổi", "năm 2022", "3 năm", "mỗi năm", "Năm 2025", "năm 2025", "4 sao", "một hợp tác xã", "Lượt xem: 1.517"]))
