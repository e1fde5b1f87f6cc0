from lib import *
PAGES = []

PAGES.append(page("b2489-vinhlong-tapson-giaoban-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ » Mặt trận Tổ quốc » Tin hoạt động
Cập nhật: 09:42, 03/10/2025 (GMT+7)
Tập Sơn: Mặt trận vận động hơn 2.300 hộ dân dùng dịch vụ công trực tuyến
Chiều 2/10, Ban Thường trực Ủy ban MTTQ Việt Nam xã Tập Sơn tổ chức họp giao ban khối Mặt trận và các đoàn thể chính trị - xã hội quý III/2025, triển khai nhiệm vụ quý IV. Đồng chí Thạch Thị Sa Mết, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì.
Quang cảnh buổi giao ban. Ảnh: Kim Thị Dara
Đây là quý đầu tiên Mặt trận và các đoàn thể xã Tập Sơn hoạt động theo mô hình mới, sau khi xã được thành lập từ 3 xã Tập Sơn, An Quảng Hữu, Ngãi Xuyên của huyện Trà Cú (tỉnh Trà Vinh cũ). Thực hiện Kết luận số 155-KL/TW của Bộ Chính trị và Hướng dẫn số 03/HD-MTTQ-BTT ngày 15/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long, các hội đoàn thể đã được sắp xếp về trực thuộc Ủy ban MTTQ xã.
Trong quý, Mặt trận phối hợp Công an xã hỗ trợ hơn 2.300 hộ dân cài đặt, sử dụng dịch vụ công trực tuyến và ứng dụng VNeID; các chi hội vận động 128 hội viên mới. Quỹ "Vì người nghèo" xã tiếp nhận 186 triệu đồng, hỗ trợ sửa chữa 7 căn nhà cho hộ nghèo đồng bào Khmer. Ban công tác Mặt trận 31 ấp đã hòa giải thành 9 vụ việc, trong đó 2 vụ tranh chấp lối đi chung giữa hai hộ ở ấp Đại Mong.
Tại buổi giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Sơn Văn Dũng, Lê Thị Cẩm Tú, Kiên Thị Sa Vuôl báo cáo kết quả các lĩnh vực phụ trách. Đồng chí Kiên Thị Sa Vuôl, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết, hội đã giải ngân 1,5 tỷ đồng vốn vay ưu đãi cho 32 hộ.
Hòa thượng Thạch Sol, Trụ trì chùa Samrông Ek, Ủy viên Ủy ban MTTQ Việt Nam xã, đề nghị quan tâm sửa chữa tuyến đường dẫn vào chùa trước lễ Kathina. Ông Thạch Phol, Trưởng Ban công tác Mặt trận ấp Chông Bát, phản ánh nhiều người cao tuổi gặp khó khăn khi làm thủ tục trên điện thoại.
Kết luận, đồng chí Thạch Thị Sa Mết yêu cầu quý IV tập trung chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở 31 ấp, kỷ niệm 95 năm Ngày truyền thống Mặt trận; tổ chức hiệp thương giới thiệu người ứng cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Ban Thường trực Ủy ban MTTQ xã đã trao 40 suất quà cho hộ nghèo, mỗi suất trị giá 400.000 đồng, do các nhà hảo tâm đóng góp; đồng thời phát động đợt vận động ủng hộ đồng bào các tỉnh miền Bắc bị thiệt hại do bão.
Kim Thị Dara
Tin khác
- Tập Sơn trao 50 suất học bổng cho học sinh Khmer (25/09/2025)
- Hội nghị Ủy ban MTTQ Việt Nam xã lần thứ nhất (20/08/2025)
- Mặt trận xã ra mắt Tổ hỗ trợ dịch vụ công ở ấp Leng (05/08/2025)
""", "2025-10-03", "Tập Sơn: Mặt trận vận động hơn 2.300 hộ dân dùng dịch vụ công trực tuyến",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Thạch Thị Sa Mết", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sơn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Thị Cẩm Tú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Kiên Thị Sa Vuôl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Thạch Sol", "Hòa thượng", "Trụ trì chùa Samrông Ek", "Ủy viên Ủy ban MTTQ Việt Nam xã"),
 P("Thạch Phol", "Trưởng Ban công tác Mặt trận ấp Chông Bát")],
[Q("hơn 2.300 hộ dân", 2300, "hộ dân", "over"), Q("3 xã", 3, "xã"), Q("128 hội viên mới", 128, "hội viên mới"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("7 căn nhà", 7, "căn nhà"), Q("31 ấp", 31, "ấp"), Q("9 vụ việc", 9, "vụ việc"),
 Q("2 vụ tranh chấp lối đi chung", 2, "vụ tranh chấp lối đi chung"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("32 hộ", 32, "hộ"), Q("40 suất quà", 40, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Kết luận", "155", "KL/TW", None, "Bộ Chính trị", "Kết luận số 155-KL/TW"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", "2025-07-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Hướng dẫn số 03/HD-MTTQ-BTT ngày 15/7/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Tập Sơn"), com("An Quảng Hữu"), com("Ngãi Xuyên")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ » Mặt trận Tổ quốc » Tin hoạt động", "Quang cảnh buổi giao ban. Ảnh: Kim Thị Dara",
 "Vì người nghèo", "VNeID", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Cập nhật: 09:42, 03/10/2025 (GMT+7)", "quý III/2025", "quý IV", "năm 2025", "95 năm", "2026 - 2031"]))

PAGES.append(page("b2490-phutho-lacson-doithoai-2025", """
Cổng thông tin điện tử xã Lạc Sơn
Tỉnh Phú Thọ
You are here: Trang chủ > Tin tức > Cải cách hành chính
Thứ Hai, 06/10/2025
Người dân nêu ý kiến tại buổi đối thoại.
Chủ tịch UBND xã Lạc Sơn đối thoại với Nhân dân về thủ tục hành chính
Sáng 4/10, tại Trung tâm Phục vụ hành chính công xã, UBND xã Lạc Sơn phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân năm 2025, chuyên đề giải quyết thủ tục hành chính sau 3 tháng vận hành chính quyền địa phương hai cấp. Đồng chí Bùi Văn Sinh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có đồng chí Quách Thị Lan, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã và 96 đại biểu là người dân, người có uy tín, đại diện doanh nghiệp.
Theo báo cáo, từ ngày 1/7 đến 30/9/2025, Trung tâm tiếp nhận 4.862 hồ sơ, đã giải quyết 4.790 hồ sơ, đạt 98,5%, trong đó 71% hồ sơ nộp trực tuyến. Xã được thành lập trên cơ sở 4 xã của huyện Lạc Sơn (tỉnh Hòa Bình cũ), có 38 xóm, hơn 31.000 nhân khẩu, đa số là đồng bào Mường.
Tại hội nghị, người dân nêu 14 ý kiến, tập trung vào chứng thực giấy tờ, đăng ký đất đai, cấp lại giấy chứng nhận quyền sử dụng đất bị sai thông tin do thay đổi địa giới hành chính. Bà Đinh Thị Hoa, xóm Vó Mái, phản ánh phải đi xa gần 20 km để làm thủ tục; ông Bùi Văn Thưởng, người có uy tín xóm Bưng, đề nghị bố trí điểm tiếp nhận lưu động ở các xóm vùng cao.
Đồng chí Bùi Văn Sinh và đồng chí Đinh Công Hải, Phó Chủ tịch UBND xã đã trả lời trực tiếp 11 ý kiến; 3 ý kiến liên quan thẩm quyền của Sở Nông nghiệp và Môi trường được tổng hợp báo cáo tỉnh. Chủ tịch UBND xã cho biết, thực hiện Quyết định số 1950/QĐ-UBND ngày 15/8/2025 của UBND tỉnh Phú Thọ, xã sẽ triển khai 2 điểm tiếp nhận hồ sơ lưu động tại xóm Bưng và xóm Vó Mái từ tháng 11.
Đồng chí Quách Thị Lan đề nghị Ban công tác Mặt trận các xóm tiếp tục thực hiện tốt Quy chế phối hợp số 01/QCPH-UBND-MTTQ ngày 20/7/2025 giữa UBND và Ủy ban MTTQ xã trong tiếp dân, giám sát cán bộ, công chức; phát huy vai trò tổ công nghệ số cộng đồng ở 38 xóm.
Kết thúc hội nghị, UBND xã công khai số điện thoại đường dây nóng, cam kết phản hồi mọi phản ánh của người dân trong vòng 48 giờ làm việc. Đây là buổi đối thoại thứ hai của xã kể từ khi vận hành mô hình mới, sau buổi đối thoại với hộ kinh doanh tổ chức hồi tháng 8.
Quách Minh Tâm - Trung tâm Văn hóa, Thông tin và Thể thao xã
Lượt truy cập: 58.731
Tin liên quan
- Lạc Sơn tổ chức Ngày hội Đại đoàn kết ở xóm Chiềng (30/09/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 9/2025 (25/09/2025)
- Xã Lạc Sơn trao 12 con bò giống cho hộ nghèo (15/09/2025)
""", "2025-10-06", "Chủ tịch UBND xã Lạc Sơn đối thoại với Nhân dân về thủ tục hành chính",
E("doi_thoai", "2025", "2025-10-04"),
[P("Bùi Văn Sinh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Quách Thị Lan", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Đinh Thị Hoa"),
 P("Bùi Văn Thưởng", "người có uy tín xóm Bưng"),
 P("Đinh Công Hải", "Phó Chủ tịch UBND xã")],
[Q("96 đại biểu", 96, "đại biểu"), Q("4.862 hồ sơ", 4862, "hồ sơ"), Q("4.790 hồ sơ", 4790, "hồ sơ"), Q("98,5%", 98.5, "%"), Q("71%", 71, "%"),
 Q("4 xã", 4, "xã"), Q("38 xóm", 38, "xóm"), Q("hơn 31.000 nhân khẩu", 31000, "nhân khẩu", "over"), Q("14 ý kiến", 14, "ý kiến"),
 Q("gần 20 km", 20, "km", "approx"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"), Q("2 điểm tiếp nhận hồ sơ lưu động", 2, "điểm tiếp nhận hồ sơ lưu động")],
[D("Quyết định", "1950", "QĐ-UBND", "2025-08-15", "UBND tỉnh Phú Thọ", "Quyết định số 1950/QĐ-UBND ngày 15/8/2025"),
 D("Quy chế phối hợp", "01", "QCPH-UBND-MTTQ", "2025-07-20", None, "Quy chế phối hợp số 01/QCPH-UBND-MTTQ ngày 20/7/2025")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Lạc Sơn")],
["Cổng thông tin điện tử xã Lạc Sơn", "You are here: Trang chủ > Tin tức > Cải cách hành chính", "Người dân nêu ý kiến tại buổi đối thoại.",
 "Sở Nông nghiệp và Môi trường", "Lượt truy cập: 58.731"],
["Thứ Hai, 06/10/2025", "năm 2025", "3 tháng", "hai cấp", "48 giờ", "tháng 11", "buổi đối thoại thứ hai", "tháng 8", "Lượt truy cập: 58.731"]))

PAGES.append(page("b2491-lamdong-damrong-giamsat-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAM RÔNG 2 - TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Mặt trận Tổ quốc xã
2025-11-07 15:10
Giám sát hoạt động Trung tâm Phục vụ hành chính công xã Đam Rông 2
Ngày 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đam Rông 2 chủ trì, phối hợp với các tổ chức chính trị - xã hội xã tổ chức giám sát việc tiếp nhận, giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã, nằm trong chương trình giám sát năm 2025 của Mặt trận xã. Bà Ka Thị Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng đoàn giám sát chủ trì buổi làm việc.
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã.
Xã Đam Rông 2 được thành lập từ các xã Đạ M'rông, Đạ Tông, Đạ Long của huyện Đam Rông cũ, nay thuộc tỉnh Lâm Đồng mới (hợp nhất Lâm Đồng, Đắk Nông, Bình Thuận). Toàn xã có 6.940 hộ với hơn 29.000 nhân khẩu, trong đó đồng bào Cơ Ho, Mnông chiếm 72%.
Báo cáo của Trung tâm do ông Ha Văn Sơn, Phó Giám đốc Trung tâm Phục vụ hành chính công xã trình bày cho thấy, từ ngày 1/7 đến 31/10/2025, Trung tâm tiếp nhận 3.126 hồ sơ, giải quyết đúng hạn 3.011 hồ sơ; còn 58 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai. Xã bố trí 9 công chức làm việc tại Trung tâm theo Quyết định số 2345/QĐ-UBND ngày 30/6/2025 của UBND tỉnh Lâm Đồng.
Qua khảo sát 120 phiếu ý kiến người dân, 87% hài lòng với thái độ phục vụ; tuy nhiên nhiều người dân ở thôn Păng Dung, thôn Đạ Nhar phải đi trên 25 km mới đến trụ sở, đường sạt lở vào mùa mưa. Ông K'Ngọc, người có uy tín thôn Păng Dung, phản ánh bà con chưa quen nộp hồ sơ trên điện thoại và mong có cán bộ biết tiếng Cơ Ho hướng dẫn.
Tiếp thu ý kiến, ông Lơ Mu Ha Thuận, Phó Chủ tịch UBND xã, cho biết xã đang bố trí 2 tổ công nghệ số lưu động, mỗi tuần xuống thôn 1 lần; phấn đấu giải quyết dứt điểm hồ sơ quá hạn trong tháng 11.
Kết luận giám sát, bà Ka Thị Nhung đề nghị UBND xã thực hiện đúng Nghị định số 118/2025/NĐ-CP ngày 09/6/2025 của Chính phủ về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; công khai xin lỗi người dân đối với hồ sơ trễ hạn. Đoàn đưa ra 4 kiến nghị và sẽ giám sát lại việc thực hiện vào quý I/2026.
Theo đồng chí Cil Duy Khoa, Chủ tịch Ủy ban MTTQ Việt Nam xã, đây là cuộc giám sát thứ hai trong năm 2025 của Mặt trận xã, thực hiện Kế hoạch số 08-KH/MTTQ-BTT ngày 25/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã.
Ka Thị Hương
Tin liên quan
- Đam Rông 2: 100% thôn hoàn thành Ngày hội Đại đoàn kết (28/10/2025)
- Mặt trận xã trao 30 bộ áo ấm cho học sinh bán trú (15/10/2025)
- Hội nghị đại biểu người có uy tín xã Đam Rông 2 năm 2025 (26/09/2025)
""", "2025-11-07", "Giám sát hoạt động Trung tâm Phục vụ hành chính công xã Đam Rông 2",
E("giam_sat", "2025", "2025-11-05"),
[P("Ka Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng đoàn giám sát"),
 P("Ha Văn Sơn", "Phó Giám đốc Trung tâm Phục vụ hành chính công xã"),
 P("K'Ngọc", "người có uy tín thôn Păng Dung"),
 P("Lơ Mu Ha Thuận", "Phó Chủ tịch UBND xã"),
 P("Cil Duy Khoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("6.940 hộ", 6940, "hộ"), Q("hơn 29.000 nhân khẩu", 29000, "nhân khẩu", "over"), Q("72%", 72, "%"), Q("3.126 hồ sơ", 3126, "hồ sơ"),
 Q("3.011 hồ sơ", 3011, "hồ sơ"), Q("58 hồ sơ quá hạn", 58, "hồ sơ quá hạn"), Q("9 công chức", 9, "công chức"),
 Q("120 phiếu ý kiến", 120, "phiếu ý kiến"), Q("87%", 87, "%"), Q("trên 25 km", 25, "km", "over"), Q("2 tổ công nghệ số lưu động", 2, "tổ công nghệ số lưu động"),
 Q("4 kiến nghị", 4, "kiến nghị")],
[D("Quyết định", "2345", "QĐ-UBND", "2025-06-30", "UBND tỉnh Lâm Đồng", "Quyết định số 2345/QĐ-UBND ngày 30/6/2025"),
 D("Nghị định", "118", "2025/NĐ-CP", "2025-06-09", "Chính phủ", "Nghị định số 118/2025/NĐ-CP ngày 09/6/2025"),
 D("Kế hoạch", "08", "KH/MTTQ-BTT", "2025-07-25", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch số 08-KH/MTTQ-BTT ngày 25/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Đam Rông 2"), com("Đạ M'rông"), com("Đạ Tông"), com("Đạ Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐAM RÔNG 2 - TỈNH LÂM ĐỒNG", "Trang chủ / Tin tức / Mặt trận Tổ quốc xã",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công xã."],
["2025-11-07 15:10", "năm 2025", "1 lần", "tháng 11", "quý I/2026", "cuộc giám sát thứ hai", "Đam Rông 2"]))

PAGES.append(page("b2492-quangngai-dakto-baocao-2025", """
Trang thông tin điện tử xã Đăk Tô
Tỉnh Quảng Ngãi
Trang chủ :: Hoạt động HĐND xã :: Tin tức
08:15 | 12/12/2025
Mặt trận xã Đăk Tô báo cáo 23 ý kiến, kiến nghị của cử tri trước kỳ họp HĐND
Tại kỳ họp thứ 5 HĐND xã Đăk Tô khóa XII, khai mạc sáng 11/12, Ủy ban MTTQ Việt Nam xã đã trình bày báo cáo công tác Mặt trận tham gia xây dựng chính quyền năm 2025 và báo cáo tổng hợp ý kiến, kiến nghị của cử tri. Ông A Khuyên, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã thay mặt Ban Thường trực trình bày báo cáo.
Quang cảnh kỳ họp. Ảnh: Y Hiền
Theo báo cáo, năm 2025 Ủy ban MTTQ xã đã phối hợp với Thường trực HĐND xã tổ chức 6 cuộc tiếp xúc cử tri tại 6 cụm dân cư với 1.140 lượt cử tri tham dự; tổng hợp 23 ý kiến, kiến nghị, trong đó 15 ý kiến thuộc thẩm quyền của xã và 8 ý kiến thuộc thẩm quyền của tỉnh. Cử tri các thôn Đăk Rao Lớn, Kon Đào đề nghị sớm sửa chữa cầu treo và cấp điện cho 48 hộ chưa có điện lưới.
Xã Đăk Tô hiện thuộc tỉnh Quảng Ngãi mới (hợp nhất Quảng Ngãi và Kon Tum), được thành lập từ thị trấn Đăk Tô và các xã Kon Đào, Văn Lem. Dân số xã hơn 27.000 người, đồng bào Xơ Đăng chiếm 46%.
Trong năm, Mặt trận xã đã thực hiện 3 cuộc giám sát chuyên đề theo Quyết định 217, 218-QĐ/TW và Quy định số 124-QĐ/TW của Ban Bí thư; vận động Quỹ "Vì người nghèo" được 312 triệu đồng; phối hợp xóa 41 căn nhà tạm, nhà dột nát theo Chương trình hành động số 12-CTr/ĐU của Đảng ủy xã. Mặt trận cũng tổ chức 2 hội nghị phản biện xã hội đối với dự thảo nghị quyết của HĐND xã về kế hoạch đầu tư công.
Phát biểu tại kỳ họp, bà Y Thanh Hà, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã đánh giá báo cáo của Mặt trận đã phản ánh đầy đủ, khách quan tâm tư của cử tri; đề nghị UBND xã giải quyết dứt điểm các ý kiến thuộc thẩm quyền trước ngày 31/3/2026. Ông Nguyễn Văn Hòa, Phó Chủ tịch UBND xã, giải trình, làm rõ 9 nhóm vấn đề cử tri quan tâm.
Kỳ họp diễn ra trong 2 ngày, xem xét, thông qua 11 nghị quyết, trong đó có nghị quyết về dự toán ngân sách xã năm 2026 với tổng thu 58,4 tỷ đồng.
Một số ý kiến đại biểu HĐND xã cho rằng công tác tổng hợp kiến nghị cần phân loại rõ hơn theo thẩm quyền để tránh chuyển nhầm cấp, nhất là từ khi không còn cấp huyện.
Ủy ban MTTQ xã sẽ giám sát việc giải quyết các kiến nghị và thông báo kết quả tới cử tri tại các buổi tiếp xúc trước kỳ họp giữa năm 2026; đồng thời công khai trên hệ thống loa truyền thanh của 30 thôn.
Y Hiền
Xem thêm
- Đăk Tô tổ chức tiếp xúc cử tri trước kỳ họp thứ 5 HĐND xã (28/11/2025)
- Ngày hội Đại đoàn kết ở thôn Kon Đào (18/11/2025)
- Ra mắt Câu lạc bộ cồng chiêng thanh niên xã Đăk Tô (30/10/2025)
""", "2025-12-12", "Mặt trận xã Đăk Tô báo cáo 23 ý kiến, kiến nghị của cử tri trước kỳ họp HĐND",
E("bao_cao", "2025", "2025-12-11"),
[P("A Khuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Thanh Hà", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Văn Hòa", "Phó Chủ tịch UBND xã")],
[Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("6 cuộc tiếp xúc cử tri", 6, "cuộc tiếp xúc cử tri"), Q("6 cụm dân cư", 6, "cụm dân cư"),
 Q("1.140 lượt cử tri", 1140, "lượt cử tri"), Q("15 ý kiến", 15, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"), Q("48 hộ", 48, "hộ"),
 Q("hơn 27.000 người", 27000, "người", "over"), Q("46%", 46, "%"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("41 căn nhà tạm, nhà dột nát", 41, "căn nhà tạm, nhà dột nát"),
 Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"), Q("9 nhóm vấn đề", 9, "nhóm vấn đề"), Q("11 nghị quyết", 11, "nghị quyết"),
 Q("58,4 tỷ đồng", 58400000000, "đồng"), Q("30 thôn", 30, "thôn")],
[D("Quyết định", "217", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, None, "Quyết định 217, 218-QĐ/TW"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Chương trình hành động", "12", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 12-CTr/ĐU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Tô"), com("Kon Đào"), com("Văn Lem")],
["Trang thông tin điện tử xã Đăk Tô", "Trang chủ :: Hoạt động HĐND xã :: Tin tức", "Quang cảnh kỳ họp. Ảnh: Y Hiền", "Vì người nghèo"],
["08:15 | 12/12/2025", "kỳ họp thứ 5", "khóa XII", "năm 2025", "31/3/2026", "2 ngày", "năm 2026"]))

PAGES.append(page("b2493-gialai-iahrung-tongket-2025", """
XÃ IA HRUNG - TỈNH GIA LAI
Cổng thông tin điện tử
Trang chủ > Tin tức > Mặt trận - Đoàn thể
Thứ Hai, 29/12/2025 - 07:45
Đồng chí Rơ Mah Thuận trình bày báo cáo tại hội nghị.
Ia Hrung triển khai nhiệm vụ công tác Mặt trận năm 2026
Ngày 26/12, Ủy ban MTTQ Việt Nam xã Ia Hrung tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, ký kết chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Rơ Mah Thuận, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đồng chí Trần Đức Lợi, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh.
Năm 2025 là năm đầu tiên Ủy ban MTTQ xã hoạt động theo mô hình mới sau khi tỉnh Gia Lai và tỉnh Bình Định hợp nhất, các hội đoàn thể trực thuộc Mặt trận. Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của BCH Trung ương và Kế hoạch 21, 22-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam xã, Mặt trận đã tập trung củng cố tổ chức ở 26 thôn, làng; kiện toàn 26 Ban công tác Mặt trận với 182 thành viên.
Trong năm, Mặt trận và các tổ chức thành viên vận động được hơn 2,4 tỷ đồng chăm lo hộ nghèo; phối hợp xóa 63 căn nhà tạm, nhà dột nát cho đồng bào Jrai, mỗi căn được hỗ trợ 60 triệu đồng; trao 850 suất quà Tết Nguyên đán và Tết Độc lập. Tỷ lệ hộ nghèo của xã giảm từ 8,6% xuống 5,1%. Toàn xã có 14 làng đạt danh hiệu làng văn hóa, 3 làng được công nhận làng nông thôn mới.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Siu H'Nhung, Ksor Tuyên, Nguyễn Thị Hạnh trình bày tham luận về vận động đồng bào chuyển đổi cây trồng, giữ gìn nhà rông và phòng, chống tảo hôn. Đồng chí Siu H'Nhung, ĐUV, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Nông dân xã cho biết, hội đã hướng dẫn 420 hộ trồng cà phê theo hướng hữu cơ.
Già làng Rah Lan Hiếu, người có uy tín làng Dơ Nâu, chia sẻ: "Nhờ cán bộ Mặt trận đến tận nhà nói cho dân hiểu, làng tôi không còn ai nghe theo đạo trái phép". Ông Nay Blin, Trưởng Ban công tác Mặt trận làng Ia Khai, kiến nghị bố trí kinh phí sửa chữa 2 nhà văn hóa làng bị hư hỏng.
Phát biểu chỉ đạo, đồng chí Trần Đức Lợi ghi nhận kết quả năm 2025 của Mặt trận xã; đề nghị năm 2026 tập trung tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tổ chức tốt hiệp thương lựa chọn, giới thiệu người ứng cử.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 2 tập thể và 3 cá nhân; Ủy ban MTTQ xã tặng giấy khen cho 12 tập thể, 21 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2025.
Rơ Châm H'Ly
Tin cùng chuyên mục
- Ia Hrung trao 100 suất quà cho học sinh nghèo (18/12/2025)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu HĐND xã (15/12/2025)
- Làng Dơ Nâu tổ chức Ngày hội Đại đoàn kết (14/11/2025)
""", "2025-12-29", "Ia Hrung triển khai nhiệm vụ công tác Mặt trận năm 2026",
E("tong_ket", "2025", "2025-12-26"),
[P("Rơ Mah Thuận", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Đức Lợi", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu H'Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "ĐUV", "Chủ tịch Hội Nông dân xã"),
 P("Ksor Tuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Rah Lan Hiếu", "Già làng", "người có uy tín làng Dơ Nâu"),
 P("Nay Blin", "Trưởng Ban công tác Mặt trận làng Ia Khai")],
[Q("26 thôn, làng", 26, "thôn, làng"), Q("26 Ban công tác Mặt trận", 26, "Ban công tác Mặt trận"), Q("182 thành viên", 182, "thành viên"),
 Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("63 căn nhà tạm, nhà dột nát", 63, "căn nhà tạm, nhà dột nát"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("850 suất quà", 850, "suất quà"), Q("8,6%", 8.6, "%"), Q("5,1%", 5.1, "%"),
 Q("14 làng", 14, "làng"), Q("3 làng", 3, "làng"), Q("420 hộ", 420, "hộ"), Q("2 nhà văn hóa làng", 2, "nhà văn hóa làng"),
 Q("2 tập thể", 2, "tập thể"), Q("3 cá nhân", 3, "cá nhân"), Q("12 tập thể", 12, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kế hoạch", "21", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 21, 22-KH/MTTQ-BTT"),
 D("Kế hoạch", "22", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Kế hoạch 21, 22-KH/MTTQ-BTT")],
[prov("Gia Lai"), prov("Bình Định"), com("Ia Hrung")],
["XÃ IA HRUNG - TỈNH GIA LAI", "Cổng thông tin điện tử", "Trang chủ > Tin tức > Mặt trận - Đoàn thể",
 "Đồng chí Rơ Mah Thuận trình bày báo cáo tại hội nghị."],
["Thứ Hai, 29/12/2025 - 07:45", "năm 2025", "năm 2026", "Năm 2025", "năm đầu tiên", "khóa XVI", "2026 - 2031"]))

PAGES.append(page("b2494-nghean-chautien-soket-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ CHÂU TIẾN
Tỉnh Nghệ An
Trang chủ | Tin tức | Chính quyền hai cấp
Ngày 06/01/2026 | 09:15
Châu Tiến: Sau 6 tháng, 97,8% hồ sơ được giải quyết đúng hạn
Ngày 5/1, Đảng ủy xã Châu Tiến tổ chức hội nghị sơ kết 6 tháng thực hiện mô hình chính quyền địa phương hai cấp (từ ngày 1/7 đến 31/12/2025). Đồng chí Lô Văn Hùng, Bí thư Đảng ủy xã chủ trì; dự có các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam xã và 62 đại biểu là bí thư chi bộ, trưởng bản.
Các đại biểu dự hội nghị sơ kết.
Báo cáo do đồng chí Vi Thị Thoa, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày cho biết, sau 6 tháng, bộ máy của xã cơ bản ổn định với 48 cán bộ, công chức. Trung tâm Phục vụ hành chính công xã tiếp nhận 5.214 hồ sơ, giải quyết đúng hạn 97,8%; 100% bản có tổ công nghệ số cộng đồng. UBND xã ban hành Kế hoạch 07, 08/KH-UBND của UBND xã về chuyển đổi số và về cải cách hành chính, bám sát Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII).
Khối Mặt trận và các đoàn thể đã tổ chức 24 buổi tuyên truyền ở 21 bản, vận động nhân dân hiến 8.500 m2 đất làm đường, góp 1.260 ngày công. Theo đồng chí Lữ Văn Tâm, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã, Mặt trận đã chủ trì 2 cuộc giám sát và tiếp nhận 19 ý kiến phản ánh của người dân qua hòm thư góp ý và mạng xã hội Zalo.
Tuy vậy, hạ tầng công nghệ thông tin còn thiếu, 7 bản vùng sâu chưa có sóng điện thoại ổn định; một số cán bộ từ cấp huyện chuyển về còn lúng túng khi làm việc trực tiếp với dân. Bà Sầm Thị Hằng, Bí thư Chi bộ kiêm Trưởng bản Na Lướm, đề nghị xã tăng cường cán bộ xuống bản hướng dẫn thủ tục cho người già.
Kết luận hội nghị, đồng chí Lô Văn Hùng yêu cầu các ngành thực hiện nghiêm Công văn số 45-CV/ĐU ngày 20/12/2025 của Đảng ủy xã về chấn chỉnh lề lối làm việc; phát huy phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; chuẩn bị chu đáo cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp ngày 15/3/2026.
Dịp này, Đảng ủy xã khen thưởng 6 tập thể, 14 cá nhân. Ông Lang Văn Chung, Trưởng bản Hủa Na, được biểu dương vì vận động 27 hộ hiến đất mở đường liên bản.
Theo kế hoạch, trong quý I/2026, xã sẽ đưa vào sử dụng điểm phục vụ hành chính công tại cụm bản Hủa Na để người dân các bản vùng cao không phải xuống trung tâm xã, rút ngắn quãng đường đi lại khoảng 15 km.
Vi Văn Tuyến
Tin liên quan
- Châu Tiến tổ chức Tết trồng cây Xuân Bính Ngọ (25/12/2025)
- Xã Châu Tiến đón nhận danh hiệu xã đạt chuẩn tiếp cận pháp luật (10/12/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 12/2025 (29/12/2025)
""", "2026-01-06", "Châu Tiến: Sau 6 tháng, 97,8% hồ sơ được giải quyết đúng hạn",
E("so_ket", "2025-H2", "2026-01-05"),
[P("Lô Văn Hùng", "Bí thư Đảng ủy xã"),
 P("Vi Thị Thoa", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lữ Văn Tâm", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Sầm Thị Hằng", "Bí thư Chi bộ kiêm Trưởng bản Na Lướm"),
 P("Lang Văn Chung", "Trưởng bản Hủa Na")],
[Q("97,8%", 97.8, "%"), Q("62 đại biểu", 62, "đại biểu"), Q("48 cán bộ, công chức", 48, "cán bộ, công chức"), Q("5.214 hồ sơ", 5214, "hồ sơ"),
 Q("100%", 100, "%"), Q("24 buổi", 24, "buổi"), Q("21 bản", 21, "bản"), Q("8.500 m2", 8500, "m2"), Q("1.260 ngày công", 1260, "ngày công"),
 Q("2 cuộc giám sát", 2, "cuộc giám sát"), Q("19 ý kiến phản ánh", 19, "ý kiến phản ánh"), Q("7 bản vùng sâu", 7, "bản vùng sâu"),
 Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân"), Q("27 hộ", 27, "hộ"), Q("khoảng 15 km", 15, "km", "approx")],
[D("Kế hoạch", "07", "KH-UBND", None, "UBND xã", "Kế hoạch 07, 08/KH-UBND"),
 D("Kế hoạch", "08", "KH-UBND", None, "UBND xã", "Kế hoạch 07, 08/KH-UBND"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Công văn", "45", "CV/ĐU", "2025-12-20", "Đảng ủy xã", "Công văn số 45-CV/ĐU ngày 20/12/2025")],
[prov("Nghệ An"), com("Châu Tiến")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ CHÂU TIẾN", "Trang chủ | Tin tức | Chính quyền hai cấp", "Các đại biểu dự hội nghị sơ kết.",
 "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Zalo"],
["Ngày 06/01/2026 | 09:15", "6 tháng", "hai cấp", "khóa XII", "15/3/2026", "quý I/2026"]))
