from lib import *
PAGES = []

PAGES.append(page("b1331-hue-hccb-phuvang-giamsat-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin tức / Hoạt động các huyện, thị xã
Thứ Tư, 09/11/2016 - 15:30
Hội Cựu chiến binh huyện Phú Vang giám sát chính sách người có công tại xã Phú Thuận
Thực hiện Chương trình giám sát năm 2016, ngày 8/11, Đoàn giám sát của Hội Cựu chiến binh huyện Phú Vang do ông Hồ Đắc Phước, Huyện ủy viên, Chủ tịch Hội Cựu chiến binh huyện làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có công với cách mạng tại xã Phú Thuận.
Đoàn giám sát làm việc với Đảng ủy, UBND xã Phú Thuận.
Cùng tham gia đoàn có bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; ông Lê Quang Tịnh, Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện. Tiếp và làm việc với đoàn có ông Trần Văn Lộc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Phú Thuận và ông Phan Thanh Sang, Chủ tịch Hội Cựu chiến binh xã.
Theo báo cáo của UBND xã, hiện toàn xã có 612 đối tượng người có công đang hưởng trợ cấp hằng tháng, trong đó có 38 Bà mẹ Việt Nam anh hùng, 176 thương binh, bệnh binh. Năm 2016, xã đã chi trả trợ cấp ưu đãi trên 5,8 tỷ đồng, đúng đối tượng, đúng thời gian; phối hợp hỗ trợ xây mới 9 căn nhà và sửa chữa 14 căn nhà cho gia đình chính sách theo Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở. Quỹ "Đền ơn đáp nghĩa" của xã vận động được 47,5 triệu đồng.
Qua kiểm tra hồ sơ và gặp gỡ trực tiếp 12 hộ gia đình, đoàn giám sát đánh giá việc thực hiện chính sách trên địa bàn xã cơ bản đúng quy định; tuy nhiên việc cập nhật, lưu trữ hồ sơ ở một số thôn còn chậm, còn 3 trường hợp đề nghị xác nhận người hoạt động kháng chiến bị nhiễm chất độc hóa học chưa được giải quyết dứt điểm do thiếu giấy tờ gốc.
Phát biểu kết luận, ông Hồ Đắc Phước đề nghị UBND xã tiếp tục thực hiện nghiêm Pháp lệnh Ưu đãi người có công với cách mạng, Nghị định số 31/2013/NĐ-CP ngày 9/4/2013 của Chính phủ; phối hợp với Hội Cựu chiến binh xã rà soát, hướng dẫn các gia đình hoàn thiện hồ sơ. Ông cũng đề nghị Hội Cựu chiến binh xã phát huy vai trò giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Ông Trần Văn Lộc tiếp thu ý kiến của đoàn và cho biết, từ nay đến cuối năm, xã sẽ hoàn thành việc bàn giao 2 căn nhà tình nghĩa còn lại tại thôn Diêm Trường.
Theo kế hoạch, năm 2016 Hội Cựu chiến binh huyện Phú Vang, tỉnh Thừa Thiên Huế chủ trì 4 cuộc giám sát chuyên đề tại các xã Phú Thuận, Vinh Hà, Phú Đa và thị trấn Thuận An.
Hải Triều
Lượt xem: 715
Tin liên quan
- Hội Cựu chiến binh tỉnh giám sát việc thực hiện chính sách BHYT (28/10/2016)
- Phú Lộc: 20 cựu chiến binh được hỗ trợ vốn làm ăn (17/10/2016)
- Hương Trà: hội nghị sơ kết 3 năm thực hiện Quyết định 217 (05/10/2016)
""", "2016-11-09", "Hội Cựu chiến binh huyện Phú Vang giám sát chính sách người có công tại xã Phú Thuận",
E("giam_sat", "2016", "2016-11-08"),
[P("Hồ Đắc Phước", "Huyện ủy viên", "Chủ tịch Hội Cựu chiến binh huyện"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Quang Tịnh", "Phó Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Trần Văn Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Phú Thuận"),
 P("Phan Thanh Sang", "Chủ tịch Hội Cựu chiến binh xã")],
[Q("612 đối tượng người có công", 612, "đối tượng người có công"), Q("38 Bà mẹ Việt Nam anh hùng", 38, "Bà mẹ Việt Nam anh hùng"),
 Q("176 thương binh, bệnh binh", 176, "thương binh, bệnh binh"), Q("trên 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("9 căn nhà", 9, "căn nhà"), Q("14 căn nhà", 14, "căn nhà"), Q("47,5 triệu đồng", 47500000, "đồng"),
 Q("12 hộ gia đình", 12, "hộ gia đình"), Q("3 trường hợp", 3, "trường hợp"), Q("2 căn nhà tình nghĩa", 2, "căn nhà tình nghĩa"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Quyết định", "22", "2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ"),
 D("Nghị định", "31", "2013/NĐ-CP", "2013-04-09", "Chính phủ", "Nghị định số 31/2013/NĐ-CP ngày 9/4/2013 của Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Thừa Thiên Huế"), com("Phú Thuận"), com("Vinh Hà"), com("Phú Đa"), com("Thuận An")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THỪA THIÊN HUẾ", "Trang chủ / Tin tức / Hoạt động các huyện, thị xã",
 "Đoàn giám sát làm việc với Đảng ủy, UBND xã Phú Thuận.", "Đền ơn đáp nghĩa", "Pháp lệnh Ưu đãi người có công với cách mạng",
 "Lượt xem: 715"],
["Thứ Tư, 09/11/2016 - 15:30", "năm 2016", "Năm 2016", "Lượt xem: 715"]))

PAGES.append(page("b1332-soctrang-doan-lichhoithuong-doithoai-2017", """
TỈNH ĐOÀN SÓC TRĂNG
Trang chủ :: Tin tức :: Hoạt động cơ sở
21-04-2017 07:55
Bí thư Đảng ủy xã Lịch Hội Thượng đối thoại với thanh niên
Toàn cảnh buổi đối thoại. Ảnh: Huyện đoàn Trần Đề
Sáng 19/4/2017, Đoàn xã Lịch Hội Thượng, huyện Trần Đề phối hợp với Đảng ủy, UBND xã tổ chức buổi đối thoại giữa lãnh đạo xã với đoàn viên, thanh niên năm 2017 với chủ đề "Thanh niên khởi nghiệp, lập thân, lập nghiệp". Chủ trì đối thoại có ông Lâm Văn Hiền, Bí thư Đảng ủy xã; ông Thạch Sô Phal, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Dự buổi đối thoại có anh Trần Minh Luân, Ủy viên Ban Thường vụ Tỉnh đoàn, Trưởng ban Tuyên giáo Tỉnh đoàn; anh Sơn Thanh Tùng, Bí thư Huyện đoàn Trần Đề cùng hơn 120 đoàn viên, thanh niên, trong đó có nhiều thanh niên đồng bào Khmer. Đây là buổi đối thoại điểm cấp xã đầu tiên trong năm của tuổi trẻ tỉnh Sóc Trăng.
Buổi đối thoại được tổ chức theo Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020 và Kế hoạch số 58-KH/HĐTN của Huyện đoàn Trần Đề về tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với thanh niên năm 2017.
Tại buổi đối thoại, 17 ý kiến của đoàn viên, thanh niên tập trung vào các vấn đề: vốn vay khởi nghiệp, học nghề, việc làm sau khi xuất ngũ, tình trạng thanh niên đi làm ăn xa tại các khu công nghiệp, tệ nạn ma túy và sân chơi cho thanh niên ở các ấp. Anh Thạch Sa Rươl, đoàn viên Chi đoàn ấp Lịch Trung, đề nghị xã hỗ trợ thanh niên nuôi tôm thẻ chân trắng tiếp cận vốn vay ưu đãi; chị Lý Thị Sô Phia, Bí thư Chi đoàn ấp Bưng Sa, kiến nghị sửa chữa sân bóng chuyền đã xuống cấp.
Trả lời các ý kiến, ông Thạch Sô Phal cho biết, năm 2017 xã phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội huyện giải ngân nguồn vốn giải quyết việc làm 650 triệu đồng, ưu tiên cho 25 thanh niên có dự án khởi nghiệp khả thi, mỗi dự án vay tối đa 50 triệu đồng. Xã sẽ bố trí 30 triệu đồng từ nguồn xã hội hóa để sửa sân bóng chuyền ấp Bưng Sa trong quý III.
Phát biểu kết luận, ông Lâm Văn Hiền ghi nhận tinh thần thẳng thắn, cầu thị của đoàn viên, thanh niên; giao Đoàn xã phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ xã mở lớp dạy nghề, tư vấn việc làm; đồng thời yêu cầu các ngành rà soát, trả lời bằng văn bản 4 kiến nghị chưa được giải đáp tại buổi đối thoại trước ngày 15/5/2017. Ông Lâm Văn Hiền đề nghị Đoàn xã tiếp tục thực hiện Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ giai đoạn 2015 - 2030.
Anh Sơn Thanh Tùng, Bí thư Huyện đoàn cho biết, năm 2017, toàn huyện Trần Đề tổ chức 11 buổi đối thoại cấp xã, thị trấn; trước đó, Đoàn xã Lịch Hội Thượng đã kết nạp 45 đoàn viên mới, ra mắt 2 tổ hợp tác thanh niên nuôi tôm.
Thanh Huy
Lượt xem: 463
Các tin khác
- Huyện đoàn Mỹ Xuyên ra quân Tháng Thanh niên năm 2017 (28/03/2017)
- Thanh niên Vĩnh Châu trồng 2.000 cây xanh (20/03/2017)
- Hội thi "Thủ lĩnh thanh niên" tỉnh Sóc Trăng (14/03/2017)
""", "2017-04-21", "Bí thư Đảng ủy xã Lịch Hội Thượng đối thoại với thanh niên",
E("doi_thoai", "2017", "2017-04-19"),
[P("Lâm Văn Hiền", "Bí thư Đảng ủy xã"),
 P("Thạch Sô Phal", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Minh Luân", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Trưởng ban Tuyên giáo Tỉnh đoàn"),
 P("Sơn Thanh Tùng", "Bí thư Huyện đoàn Trần Đề", "Bí thư Huyện đoàn"),
 P("Thạch Sa Rươl", "đoàn viên Chi đoàn ấp Lịch Trung"),
 P("Lý Thị Sô Phia", "Bí thư Chi đoàn ấp Bưng Sa")],
[Q("hơn 120 đoàn viên, thanh niên", 120, "đoàn viên, thanh niên", "over"), Q("17 ý kiến", 17, "ý kiến"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("25 thanh niên", 25, "thanh niên"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("4 kiến nghị", 4, "kiến nghị"), Q("11 buổi đối thoại", 11, "buổi đối thoại"),
 Q("45 đoàn viên mới", 45, "đoàn viên mới"), Q("2 tổ hợp tác thanh niên nuôi tôm", 2, "tổ hợp tác thanh niên nuôi tôm")],
[D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ"),
 D("Kế hoạch", "58", "KH/HĐTN", None, "Huyện đoàn Trần Đề", "Kế hoạch số 58-KH/HĐTN của Huyện đoàn Trần Đề"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị 42-CT/TW ngày 24/3/2015 của Ban Bí thư")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["TỈNH ĐOÀN SÓC TRĂNG", "Trang chủ :: Tin tức :: Hoạt động cơ sở", "Toàn cảnh buổi đối thoại. Ảnh: Huyện đoàn Trần Đề",
 "Thanh niên khởi nghiệp, lập thân, lập nghiệp", "Lượt xem: 463"],
["21-04-2017 07:55", "năm 2017", "giai đoạn 2011 - 2020", "giai đoạn 2015 - 2030", "quý III", "Lượt xem: 463"]))

PAGES.append(page("b1333-phuyen-hnd-tayhoa-baocao-2017", """
Báo Phú Yên điện tử
Kinh tế > Nông nghiệp - Nông thôn
Thứ Tư, 27/12/2017 - 10:40
Tây Hòa: Nông dân góp hơn 12 tỷ đồng xây dựng nông thôn mới
Theo báo cáo kết quả công tác Hội và phong trào nông dân năm 2017 của Hội Nông dân huyện Tây Hòa vừa gửi Ban Thường vụ Huyện ủy và Hội Nông dân tỉnh Phú Yên, trong năm, hội viên, nông dân toàn huyện đã đóng góp hơn 12 tỷ đồng, hiến 21.500 m2 đất và hàng chục nghìn ngày công để làm đường giao thông, kênh mương nội đồng.
Nông dân xã Hòa Bình 1 thu hoạch lúa vụ mùa. Ảnh: Minh Quý
Báo cáo cho biết, Hội Nông dân huyện hiện có 11 cơ sở Hội với 15.962 hội viên. Năm 2017, Hội kết nạp mới 547 hội viên; 100% cơ sở Hội tổ chức quán triệt Nghị quyết số 26-NQ/TW của Hội nghị Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW của Ban Bí thư. Phong trào nông dân thi đua sản xuất, kinh doanh giỏi có 7.045 hộ đăng ký, qua bình xét có 4.980 hộ đạt danh hiệu các cấp, tăng 312 hộ so với năm trước.
Hội Nông dân huyện đã phối hợp tổ chức 46 lớp tập huấn khoa học kỹ thuật về trồng mía, sắn, chăn nuôi bò cho 2.170 lượt hội viên; vận động thành lập mới 3 tổ hợp tác và 1 hợp tác xã sản xuất rau an toàn tại xã Hòa Đồng. Nguồn Quỹ Hỗ trợ nông dân do Hội quản lý đạt 2,35 tỷ đồng, hỗ trợ 8 dự án chăn nuôi bò thịt cho 64 hộ. Dư nợ ủy thác qua Ngân hàng Chính sách xã hội đạt 187,4 tỷ đồng với 4.830 hộ còn dư nợ, thông qua 96 tổ tiết kiệm và vay vốn.
Thực hiện Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ về phối hợp giữa các cơ quan hành chính nhà nước với Hội Nông dân trong giải quyết khiếu nại, tố cáo của nông dân, các cấp Hội đã tham gia hòa giải thành 29/34 vụ việc tranh chấp đất đai, mâu thuẫn trong nội bộ nông dân. Hội đã tổ chức 2 cuộc giám sát, 3 hội nghị phản biện xã hội theo Quyết định 217-QĐ/TW của Bộ Chính trị.
Báo cáo cũng chỉ rõ hạn chế: một số chi hội ở các thôn vùng sâu của xã Sơn Thành Đông sinh hoạt chưa đều; việc liên kết tiêu thụ nông sản cho nông dân còn lúng túng, nhất là khi giá mía giảm mạnh cuối vụ; nguồn Quỹ Hỗ trợ nông dân còn thấp so với nhu cầu.
Năm 2018, Hội Nông dân huyện Tây Hòa phấn đấu kết nạp mới 500 hội viên, có 52% số hộ hội viên đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp, tăng trưởng nguồn Quỹ Hỗ trợ nông dân thêm 300 triệu đồng; tập trung thực hiện Chương trình hành động số 35-CTr/HU ngày 14/3/2017 của Huyện ủy về cơ cấu lại ngành nông nghiệp. Theo ông Nguyễn Đình Trung, Chủ tịch Hội Nông dân huyện Tây Hòa, Hội sẽ chuẩn bị chu đáo đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2018 - 2023.
Minh Quý
Lượt xem: 904
Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác năm 2017 (22/12/2017)
- Sông Hinh: nông dân trồng chuối xuất khẩu (15/12/2017)
- Đông Hòa: 200 hộ được hỗ trợ giống lúa sau lũ (01/12/2017)
""", "2017-12-27", "Tây Hòa: Nông dân góp hơn 12 tỷ đồng xây dựng nông thôn mới",
E("bao_cao", "2017", None),
[P("Nguyễn Đình Trung", "Chủ tịch Hội Nông dân huyện Tây Hòa")],
[Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("21.500 m2", 21500, "m2"), Q("11 cơ sở Hội", 11, "cơ sở Hội"),
 Q("15.962 hội viên", 15962, "hội viên"), Q("547 hội viên", 547, "hội viên"), Q("100% cơ sở Hội", 100, "%"),
 Q("7.045 hộ", 7045, "hộ"), Q("4.980 hộ", 4980, "hộ"), Q("312 hộ", 312, "hộ"),
 Q("46 lớp tập huấn khoa học kỹ thuật", 46, "lớp tập huấn khoa học kỹ thuật"), Q("2.170 lượt hội viên", 2170, "lượt hội viên"),
 Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("1 hợp tác xã sản xuất rau an toàn", 1, "hợp tác xã sản xuất rau an toàn"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("8 dự án chăn nuôi bò thịt", 8, "dự án chăn nuôi bò thịt"), Q("64 hộ", 64, "hộ"),
 Q("187,4 tỷ đồng", 187400000000, "đồng"), Q("4.830 hộ", 4830, "hộ"), Q("96 tổ tiết kiệm và vay vốn", 96, "tổ tiết kiệm và vay vốn"),
 Q("29/34 vụ việc tranh chấp đất đai, mâu thuẫn", 29, "vụ việc tranh chấp đất đai, mâu thuẫn"), Q("2 cuộc giám sát", 2, "cuộc giám sát"),
 Q("3 hội nghị phản biện xã hội", 3, "hội nghị phản biện xã hội"), Q("500 hội viên", 500, "hội viên"), Q("52%", 52, "%"),
 Q("300 triệu đồng", 300000000, "đồng")],
[D("Nghị quyết", "26", "NQ/TW", None, "Hội nghị Trung ương 7 khóa X", "Nghị quyết số 26-NQ/TW"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
 D("Quyết định", "81", "2014/QĐ-TTg", "2014-12-31", "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg ngày 31/12/2014 của Thủ tướng Chính phủ"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW của Bộ Chính trị"),
 D("Chương trình hành động", "35", "CTr/HU", "2017-03-14", "Huyện ủy", "Chương trình hành động số 35-CTr/HU ngày 14/3/2017 của Huyện ủy")],
[prov("Phú Yên"), com("Hòa Bình 1"), com("Hòa Đồng"), com("Sơn Thành Đông")],
["Báo Phú Yên điện tử", "Kinh tế > Nông nghiệp - Nông thôn", "Nông dân xã Hòa Bình 1 thu hoạch lúa vụ mùa. Ảnh: Minh Quý",
 "Hội nghị Trung ương 7 khóa X", "Lượt xem: 904"],
["Thứ Tư, 27/12/2017 - 10:40", "năm 2017", "Năm 2017", "Năm 2018", "khóa X", "nhiệm kỳ 2018 - 2023", "hàng chục nghìn ngày công", "Lượt xem: 904"]))

PAGES.append(page("b1334-bentre-hlhpn-mocaynam-hoinghi-2018", """
BÁO ĐỒNG KHỞI ONLINE
Xã hội | Phụ nữ
Cập nhật: 18/10/2018 - 16:12
Mỏ Cày Nam biểu dương 60 phụ nữ làm kinh tế giỏi
Bà Huỳnh Thị Ngọc Điệp (bìa trái) trao giấy khen cho các hội viên tiêu biểu.
Nhân kỷ niệm 88 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2018), ngày 17/10, Hội LHPN huyện Mỏ Cày Nam tổ chức hội nghị biểu dương phụ nữ làm kinh tế giỏi năm 2018. Dự hội nghị có bà Huỳnh Thị Ngọc Điệp, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh Bến Tre; bà Lê Thị Thu Trang, Phó Bí thư Thường trực Huyện ủy Mỏ Cày Nam; ông Võ Văn Bé Năm, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Theo bà Nguyễn Thị Kim Loan, Chủ tịch Hội LHPN huyện, thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" ban hành kèm theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, các cấp Hội trong huyện đã hỗ trợ 1.284 hội viên phát triển kinh tế hộ gia đình, trong đó có 215 phụ nữ khởi nghiệp với các ngành nghề như làm giống cây dừa, chế biến kẹo dừa, đan giỏ cọng dừa, nuôi dê. Nhiều chị em có thu nhập từ 200 đến 500 triệu đồng/năm, giải quyết việc làm thường xuyên cho hơn 430 lao động nông thôn.
Toàn huyện hiện có 37 tổ hợp tác, câu lạc bộ phụ nữ làm kinh tế; dư nợ ủy thác qua Ngân hàng Chính sách xã hội 112,6 tỷ đồng với 5.430 hộ vay. Từ đầu năm, Hội đã giúp 96 hộ phụ nữ nghèo thoát nghèo, trao 4 căn nhà "Mái ấm tình thương" cho hội viên tại các xã Cẩm Sơn, An Thới, Thành Thới B.
Tại hội nghị, nhiều đại biểu chia sẻ kinh nghiệm làm giàu. Chị Trần Thị Ngọc Hân, Tổ trưởng Tổ hợp tác đan giỏ cọng dừa ấp Phước Khánh, xã Phước Hiệp cho biết, tổ có 42 thành viên, mỗi tháng xuất bán khoảng 6.000 sản phẩm, thu nhập bình quân mỗi chị em 2,5 triệu đồng/tháng. Bà Đoàn Thị Mười, hội viên xã Định Thủy nhờ vay 30 triệu đồng từ nguồn vốn Hội đã phát triển đàn dê lên 80 con.
Phát biểu tại hội nghị, bà Huỳnh Thị Ngọc Điệp đánh giá cao phong trào phụ nữ huyện, đề nghị Hội LHPN huyện tiếp tục thực hiện Nghị quyết số 05-NQ/TU ngày 12/1/2016 của Ban Chấp hành Đảng bộ tỉnh về tái cơ cấu nông nghiệp và Kế hoạch 20-KH/HU của Huyện ủy về thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới; quan tâm hỗ trợ chị em kết nối tiêu thụ sản phẩm trên sàn thương mại điện tử.
Dịp này, Hội LHPN huyện tặng giấy khen cho 60 phụ nữ làm kinh tế giỏi; Hội LHPN tỉnh tặng bằng khen cho 5 cá nhân tiêu biểu.
Thanh Đồng
Lượt xem: 1.087
Tin khác
- Ba Tri: phụ nữ ven biển chung tay bảo vệ môi trường (16/10/2018)
- Chợ Lách ra mắt mô hình "Phụ nữ khởi nghiệp" (09/10/2018)
- Hội LHPN tỉnh trao vốn cho hội viên nghèo (02/10/2018)
""", "2018-10-18", "Mỏ Cày Nam biểu dương 60 phụ nữ làm kinh tế giỏi",
E("hoi_nghi", "2018", "2018-10-17"),
[P("Huỳnh Thị Ngọc Điệp", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh Bến Tre"),
 P("Lê Thị Thu Trang", "Phó Bí thư Thường trực Huyện ủy Mỏ Cày Nam"),
 P("Võ Văn Bé Năm", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Kim Loan", "Chủ tịch Hội LHPN huyện"),
 P("Trần Thị Ngọc Hân", "Tổ trưởng Tổ hợp tác đan giỏ cọng dừa ấp Phước Khánh"),
 P("Đoàn Thị Mười", "hội viên xã Định Thủy")],
[Q("1.284 hội viên", 1284, "hội viên"), Q("215 phụ nữ khởi nghiệp", 215, "phụ nữ khởi nghiệp"),
 Q("200", 200000000, "đồng"), Q("500 triệu đồng/năm", 500000000, "đồng"),
 Q("hơn 430 lao động nông thôn", 430, "lao động nông thôn", "over"), Q("37 tổ hợp tác, câu lạc bộ phụ nữ làm kinh tế", 37, "tổ hợp tác, câu lạc bộ phụ nữ làm kinh tế"),
 Q("112,6 tỷ đồng", 112600000000, "đồng"), Q("5.430 hộ vay", 5430, "hộ vay"), Q("96 hộ phụ nữ nghèo", 96, "hộ phụ nữ nghèo"),
 Q('4 căn nhà "Mái ấm tình thương"', 4, "căn nhà"), Q("42 thành viên", 42, "thành viên"),
 Q("khoảng 6.000 sản phẩm", 6000, "sản phẩm", "approx"), Q("2,5 triệu đồng/tháng", 2500000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("80 con", 80, "con"), Q("60 phụ nữ làm kinh tế giỏi", 60, "phụ nữ làm kinh tế giỏi"),
 Q("5 cá nhân tiêu biểu", 5, "cá nhân tiêu biểu")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ"),
 D("Nghị quyết", "05", "NQ/TU", "2016-01-12", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU ngày 12/1/2016 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kế hoạch", "20", "KH/HU", None, "Huyện ủy", "Kế hoạch 20-KH/HU của Huyện ủy"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW của Ban Bí thư")],
[prov("Bến Tre"), com("Cẩm Sơn"), com("An Thới"), com("Thành Thới B"), com("Phước Hiệp"), com("Định Thủy")],
["BÁO ĐỒNG KHỞI ONLINE", "Xã hội | Phụ nữ", "Bà Huỳnh Thị Ngọc Điệp (bìa trái) trao giấy khen cho các hội viên tiêu biểu.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Mái ấm tình thương", "Phụ nữ khởi nghiệp", "Lượt xem: 1.087"],
["Cập nhật: 18/10/2018 - 16:12", "88 năm", "20/10/1930 - 20/10/2018", "năm 2018", "Lượt xem: 1.087"]))

PAGES.append(page("b1335-ninhthuan-hccb-phuochau-chandung-2019", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang chủ › Xã hội › Gương người tốt, việc tốt
Thứ Tư, 12/06/2019 - 07:30
Cựu chiến binh Chăm làm giàu trên vùng đất nắng gió
Ông Đàng Văn Thạch (bìa phải) giới thiệu mô hình nuôi dê, cừu với cán bộ Hội Cựu chiến binh huyện.
Ở thôn Hậu Sanh, xã Phước Hậu, huyện Ninh Phước, nhắc đến ông Đàng Văn Thạch, ai cũng biết đó là người cựu chiến binh "gương mẫu, giỏi làm ăn", từng nhiều năm được bà con tín nhiệm bầu làm Chi hội trưởng Chi hội Cựu chiến binh thôn Hậu Sanh.
Rời quân ngũ năm 1989, ông Thạch về quê với hai bàn tay trắng. Năm 2008, được Hội Cựu chiến binh xã tín chấp vay 20 triệu đồng từ Ngân hàng Chính sách xã hội, ông mua 15 con dê giống, rồi mạnh dạn thuê thêm 2 ha đất khô hạn ven đồi để trồng cỏ, làm chuồng trại. Đến nay, trang trại của gia đình ông thường xuyên duy trì khoảng 300 con dê, cừu, cùng 4 ha nho và táo, mỗi năm cho lãi trên 600 triệu đồng, tạo việc làm cho 7 lao động là người đồng bào Chăm trong thôn.
"Vùng này thiếu nước, làm gì cũng khó. Nhưng mình là bộ đội Cụ Hồ, không thể đầu hàng cái nắng, cái gió", ông Thạch nói. Ông tự mày mò lắp đặt hệ thống tưới nhỏ giọt cho vườn nho theo hướng dẫn của cán bộ khuyến nông, tiết kiệm gần một nửa lượng nước so với tưới tràn.
Không chỉ làm giàu cho bản thân, ông còn giúp đỡ 12 hộ hội viên cựu chiến binh nghèo bằng cách cho mượn dê giống, hướng dẫn kỹ thuật chăm sóc. Nhờ đó, đã có 9 hộ vươn lên thoát nghèo. Năm 2018, ông ủng hộ 50 triệu đồng cùng hơn 300 ngày công làm tuyến đường bê tông dài 1,2 km vào khu sản xuất của thôn.
Theo ông Thông Minh Hùng, Chủ tịch Hội Cựu chiến binh xã Phước Hậu, toàn xã hiện có 168 hội viên, trong đó 61 hội viên là người Chăm. Thực hiện Chỉ thị số 05-CT/HU ngày 20/3/2017 của Ban Thường vụ Huyện ủy Ninh Phước về phát triển kinh tế trang trại và Nghị quyết 09-NQ/HCCB của Ban Chấp hành Hội Cựu chiến binh tỉnh về phong trào "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", Hội đã có 26 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Ông Châu Văn Sáu, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội Cựu chiến binh tỉnh Ninh Thuận, cho biết ông Đàng Văn Thạch là 1 trong 45 cựu chiến binh tiêu biểu của tỉnh sẽ được biểu dương tại Hội nghị điển hình tiên tiến sắp tới. "Những tấm gương như ông Thạch góp phần khẳng định phẩm chất người lính trong thời bình", ông Sáu nói.
Bài, ảnh: Văn Nỷ
Lượt xem: 2.316
Bài viết liên quan
- Ninh Phước: cựu chiến binh hiến đất làm đường (05/06/2019)
- Người cựu chiến binh Raglai giữ rừng (28/05/2019)
- Hội Cựu chiến binh tỉnh giao ban quý I năm 2019 (10/04/2019)
""", "2019-06-12", "Cựu chiến binh Chăm làm giàu trên vùng đất nắng gió",
E("khac", None, None),
[P("Đàng Văn Thạch", "Chi hội trưởng Chi hội Cựu chiến binh thôn Hậu Sanh"),
 P("Thông Minh Hùng", "Chủ tịch Hội Cựu chiến binh xã Phước Hậu"),
 P("Châu Văn Sáu", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội Cựu chiến binh tỉnh Ninh Thuận")],
[Q("20 triệu đồng", 20000000, "đồng"), Q("15 con dê giống", 15, "con dê giống"), Q("2 ha", 2, "ha"),
 Q("khoảng 300 con dê, cừu", 300, "con dê, cừu", "approx"), Q("4 ha", 4, "ha"), Q("trên 600 triệu đồng", 600000000, "đồng", "over"),
 Q("7 lao động", 7, "lao động"), Q("12 hộ hội viên cựu chiến binh nghèo", 12, "hộ hội viên cựu chiến binh nghèo"),
 Q("9 hộ", 9, "hộ"), Q("50 triệu đồng", 50000000, "đồng"), Q("hơn 300 ngày công", 300, "ngày công", "over"),
 Q("1,2 km", 1.2, "km"), Q("168 hội viên", 168, "hội viên"), Q("61 hội viên", 61, "hội viên"),
 Q("26 hộ hội viên", 26, "hộ hội viên"), Q("45 cựu chiến binh tiêu biểu", 45, "cựu chiến binh tiêu biểu")],
[D("Chỉ thị", "05", "CT/HU", "2017-03-20", "Ban Thường vụ Huyện ủy Ninh Phước", "Chỉ thị số 05-CT/HU ngày 20/3/2017 của Ban Thường vụ Huyện ủy Ninh Phước"),
 D("Nghị quyết", "09", "NQ/HCCB", None, "Ban Chấp hành Hội Cựu chiến binh tỉnh", "Nghị quyết 09-NQ/HCCB của Ban Chấp hành Hội Cựu chiến binh tỉnh")],
[prov("Ninh Thuận"), com("Phước Hậu")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ › Xã hội › Gương người tốt, việc tốt",
 "Ông Đàng Văn Thạch (bìa phải) giới thiệu mô hình nuôi dê, cừu với cán bộ Hội Cựu chiến binh huyện.", "gương mẫu, giỏi làm ăn",
 "Cựu chiến binh giúp nhau giảm nghèo, làm kinh tế giỏi", "Hội nghị điển hình tiên tiến", "Lượt xem: 2.316"],
["Thứ Tư, 12/06/2019 - 07:30", "năm 1989", "Năm 2008", "Năm 2018", "gần một nửa", "1 trong 45", "Lượt xem: 2.316"]))

PAGES.append(page("b1336-dongnai-huyendoan-trangbom-soket-2019", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự › Chính trị › Đoàn thể
Thứ Hai, 15/7/2019, 09:05
Anh Nguyễn Minh Khoa, Bí thư Huyện đoàn Trảng Bom phát biểu tại hội nghị. Ảnh: Thu Hà
Trảng Bom: Hơn 2.100 đoàn viên tham gia các công trình thanh niên
(ĐN) - Ngày 12/7, Huyện đoàn Trảng Bom tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Dự hội nghị có chị Lê Thị Ngọc Loan, Phó Bí thư Tỉnh đoàn Đồng Nai; ông Hồ Văn Nam, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy Trảng Bom cùng bí thư đoàn 17 xã, thị trấn và các đoàn cơ sở trực thuộc.
Báo cáo do chị Phạm Thị Thu Trang, Phó Bí thư Thường trực Huyện đoàn trình bày cho biết, 6 tháng đầu năm, Huyện đoàn đã tổ chức cho cán bộ, đoàn viên học tập, quán triệt Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI và Chương trình hành động số 12-CTr/TĐĐN của Ban Chấp hành Tỉnh đoàn Đồng Nai. Qua các đợt ra quân "Tháng Thanh niên" và "Ngày Chủ nhật xanh", hơn 2.100 đoàn viên đã tham gia thực hiện 38 công trình, phần việc thanh niên với tổng giá trị trên 1,3 tỷ đồng, trong đó có 6 tuyến đường "Thắp sáng đường quê" dài 9,4 km tại các xã Sông Trầu, Bàu Hàm, Cây Gáo.
Công tác phát triển đoàn viên đạt 62% chỉ tiêu năm với 384 đoàn viên mới được kết nạp. Huyện đoàn phối hợp Phòng Giao dịch Ngân hàng Chính sách xã hội huyện quản lý 14 tổ tiết kiệm và vay vốn do Đoàn quản lý, dư nợ 22,5 tỷ đồng với 812 hộ vay; hỗ trợ 9 dự án thanh niên khởi nghiệp. Thực hiện Chỉ thị số 17-CT/HU ngày 5/3/2018 của Ban Thường vụ Huyện ủy về tăng cường công tác giáo dục chính trị tư tưởng cho đoàn viên, thanh niên công nhân, các cơ sở Đoàn ở khu công nghiệp Bàu Xéo, Sông Mây đã thành lập mới 3 chi đoàn doanh nghiệp ngoài nhà nước.
Tuy vậy, hội nghị cũng chỉ ra việc tập hợp thanh niên công nhân nhập cư còn khó khăn; một số chi đoàn ấp sinh hoạt chưa đều, nội dung chưa hấp dẫn; tỷ lệ đoàn viên thanh niên tham gia hiến máu tình nguyện đạt thấp so với cùng kỳ.
Phát biểu chỉ đạo, ông Hồ Văn Nam đề nghị Huyện đoàn bám sát Kế hoạch số 105-KH/HU của Huyện ủy về chuẩn bị đại hội đảng bộ các cấp nhiệm kỳ 2020 - 2025, tổ chức các diễn đàn để đoàn viên, thanh niên góp ý xây dựng Đảng, chính quyền. Chị Lê Thị Ngọc Loan lưu ý 6 tháng cuối năm, tuổi trẻ Trảng Bom tập trung thực hiện Chiến dịch thanh niên tình nguyện hè, chương trình "Tiếp sức mùa thi" và chăm lo Tết Trung thu cho thiếu nhi có hoàn cảnh khó khăn.
Dịp này, Ban Thường vụ Huyện đoàn tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2019; anh Nguyễn Minh Khoa, Bí thư Huyện đoàn trao 50 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo hiếu học.
Thu Hà
Lượt xem: 1.140
Tin liên quan
- Long Thành: 500 đoàn viên ra quân Chiến dịch thanh niên tình nguyện hè (10/07/2019)
- Tỉnh đoàn sơ kết 6 tháng đầu năm 2019 (05/07/2019)
- Thống Nhất: trao 100 suất quà cho thiếu nhi (01/06/2019)
""", "2019-07-15", "Trảng Bom: Hơn 2.100 đoàn viên tham gia các công trình thanh niên",
E("so_ket", "2019-H1", "2019-07-12"),
[P("Nguyễn Minh Khoa", "Bí thư Huyện đoàn Trảng Bom", "Bí thư Huyện đoàn"),
 P("Lê Thị Ngọc Loan", "Phó Bí thư Tỉnh đoàn Đồng Nai"),
 P("Hồ Văn Nam", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Trảng Bom"),
 P("Phạm Thị Thu Trang", "Phó Bí thư Thường trực Huyện đoàn")],
[Q("Hơn 2.100 đoàn viên", 2100, "đoàn viên", "over"), Q("17 xã, thị trấn", 17, "xã, thị trấn"),
 Q("38 công trình, phần việc thanh niên", 38, "công trình, phần việc thanh niên"), Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("6 tuyến đường", 6, "tuyến đường"), Q("9,4 km", 9.4, "km"), Q("62%", 62, "%"), Q("384 đoàn viên mới", 384, "đoàn viên mới"),
 Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"), Q("22,5 tỷ đồng", 22500000000, "đồng"), Q("812 hộ vay", 812, "hộ vay"),
 Q("9 dự án thanh niên khởi nghiệp", 9, "dự án thanh niên khởi nghiệp"), Q("3 chi đoàn doanh nghiệp ngoài nhà nước", 3, "chi đoàn doanh nghiệp ngoài nhà nước"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("50 suất học bổng", 50, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chương trình hành động", "12", "CTr/TĐĐN", None, "Ban Chấp hành Tỉnh đoàn Đồng Nai", "Chương trình hành động số 12-CTr/TĐĐN của Ban Chấp hành Tỉnh đoàn Đồng Nai"),
 D("Chỉ thị", "17", "CT/HU", "2018-03-05", "Ban Thường vụ Huyện ủy", "Chỉ thị số 17-CT/HU ngày 5/3/2018 của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "105", "KH/HU", None, "Huyện ủy", "Kế hoạch số 105-KH/HU của Huyện ủy")],
[prov("Đồng Nai"), com("Sông Trầu"), com("Bàu Hàm"), com("Cây Gáo")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Chính trị › Đoàn thể", "Anh Nguyễn Minh Khoa, Bí thư Huyện đoàn Trảng Bom phát biểu tại hội nghị. Ảnh: Thu Hà",
 "(ĐN)", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI", "Tháng Thanh niên", "Ngày Chủ nhật xanh", "Thắp sáng đường quê", "Tiếp sức mùa thi",
 "Chiến dịch thanh niên tình nguyện hè", "Lượt xem: 1.140"],
["Thứ Hai, 15/7/2019, 09:05", "6 tháng đầu năm", "6 tháng cuối năm 2019", "lần thứ XI", "nhiệm kỳ 2020 - 2025", "6 tháng đầu năm 2019", "6 tháng cuối năm", "Lượt xem: 1.140"]))
