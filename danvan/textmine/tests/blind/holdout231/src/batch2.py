from lib import *
PAGES = []

PAGES.append(page("b5507-laichau-bdv-soket-2011", """
BAN DÂN VẬN TỈNH ỦY LAI CHÂU
Trang chủ | Tin tức | Hoạt động dân vận
Thứ Sáu, 15/07/2011, 10:12
Dân vận góp phần vào thành công của cuộc bầu cử
Ngày 14/7, Ban Dân vận Tỉnh ủy Lai Châu tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Tao Văn Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có 21 đồng chí là trưởng ban dân vận các huyện ủy, thị ủy và Chủ tịch Ủy ban MTTQ, các đoàn thể tỉnh.
Đồng chí Tao Văn Khánh phát biểu khai mạc hội nghị.
Theo báo cáo, 6 tháng qua khối dân vận đã tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016 theo Chỉ thị số 47-CT/TW ngày 27/6/2010 của Bộ Chính trị. Tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,8% với trên 186.000 cử tri; cử tri đã bầu đủ 6 đại biểu Quốc hội và 48 đại biểu HĐND tỉnh tại 582 khu vực bỏ phiếu. Ở những bản xa như Pa Ủ, Ka Lăng, các tổ bầu cử phải đi bộ gần 20 km mang hòm phiếu phụ đến người già, người ốm.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 22, 23-KL/TU về công tác vận động đồng bào Mông, Hà Nhì vùng biên giới và về ổn định dân cư ở các bản tái định cư thủy điện; ban hành kế hoạch số 58-KH/BDVTU về kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 12 xã. Các cấp đã vận động 2.360 hộ dân tái định cư ổn định cuộc sống, nhân dân đóng góp gần 3,2 tỷ đồng và hiến trên 15.000 m2 đất làm đường giao thông nông thôn. Phong trào xây dựng bản "3 không" được 46 bản đăng ký.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Thị Bun, Vàng A Sình báo cáo tình hình tư tưởng nhân dân sau bầu cử. Ông Phạm Ngọc Ánh, HUV, Trưởng Ban Dân vận Huyện ủy Mường Tè, cho biết ở 3 bản của đồng bào Lự, Hà Nhì tỷ lệ đi bầu đạt 100%. Ông Pờ Xè Lừ, Chủ tịch UBND xã Ka Lăng và bà Lò Thị Ún, người có uy tín bản Nậm Tăm, xã Nậm Tăm, đề nghị tiếp tục hỗ trợ giống lúa, ngô cho 350 hộ nghèo vùng biên.
Phát biểu kết luận, đồng chí Tao Văn Khánh yêu cầu 6 tháng cuối năm các cấp nắm chắc tình hình, chủ động phòng ngừa hoạt động truyền đạo trái pháp luật, phát huy vai trò của 1.024 người có uy tín trong đồng bào các dân tộc; phối hợp HĐND các cấp khóa mới tổ chức tiếp xúc cử tri sau bầu cử. Dịp này, Ban tặng giấy khen cho 14 tập thể và 26 cá nhân.
Vũ Lan Hương
Lượt xem: 512
Tin liên quan
- Phong Thổ: tổng kết cuộc bầu cử HĐND huyện (30/06/2011)
- Bản Nậm Tăm đi bầu từ sáng sớm (22/05/2011)
- Tập huấn công tác bầu cử cho cán bộ dân vận cơ sở (18/04/2011)
- Sìn Hồ vận động đồng bào tái định cư ổn định cuộc sống (04/04/2011)
""", "2011-07-15", "Dân vận góp phần vào thành công của cuộc bầu cử",
E("so_ket", "2011-H1", "2011-07-14"),
[P("Tao Văn Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Bun", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Vàng A Sình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Ngọc Ánh", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Tè"),
 P("Pờ Xè Lừ", "Chủ tịch UBND xã Ka Lăng"),
 P("Lò Thị Ún", "người có uy tín bản Nậm Tăm")],
[Q("21 đồng chí", 21, "đồng chí"), Q("99,8%", 99.8, "%"), Q("trên 186.000 cử tri", 186000, "cử tri", "over"),
 Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"), Q("48 đại biểu HĐND tỉnh", 48, "đại biểu HĐND tỉnh"),
 Q("582 khu vực bỏ phiếu", 582, "khu vực bỏ phiếu"), Q("gần 20 km", 20, "km", "approx"), Q("12 xã", 12, "xã"),
 Q("2.360 hộ dân tái định cư", 2360, "hộ dân tái định cư"), Q("gần 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("trên 15.000 m2", 15000, "m2", "over"), Q("46 bản", 46, "bản"), Q("3 bản", 3, "bản"), Q("100%", 100, "%"),
 Q("350 hộ nghèo", 350, "hộ nghèo"), Q("1.024 người có uy tín", 1024, "người có uy tín"),
 Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Chỉ thị", "47", "CT/TW", "2010-06-27", "Bộ Chính trị", "Chỉ thị số 47-CT/TW ngày 27/6/2010"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kết luận", "23", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 22, 23-KL/TU"),
 D("Kế hoạch", "58", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 58-KH/BDVTU")],
[prov("Lai Châu"), com("Ka Lăng"), com("Nậm Tăm")],
["BAN DÂN VẬN TỈNH ỦY LAI CHÂU", "Trang chủ | Tin tức | Hoạt động dân vận",
 "Đồng chí Tao Văn Khánh phát biểu khai mạc hội nghị.", "3 không", "Lượt xem: 512"],
["Thứ Sáu, 15/07/2011, 10:12", "21 đồng chí", "6 tháng đầu năm 2011", "6 tháng cuối năm", "khóa XIII",
 "nhiệm kỳ 2011 - 2016", "3 không", "Lượt xem: 512"]))

PAGES.append(page("b5508-vinhlong-ubbc-baocao-2026", """
Báo Vĩnh Long Online
Thời sự > Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp
Cập nhật: 14:10, 20/03/2026 (GMT+7)
Ủy ban bầu cử tỉnh: tỷ lệ cử tri đi bầu đạt 99,71%
Ngày 19/3, Ủy ban bầu cử tỉnh Vĩnh Long họp phiên toàn thể để thông qua báo cáo kết quả bầu cử đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031 và báo cáo tổng hợp kết quả bầu cử đại biểu Quốc hội khóa XVI trên địa bàn tỉnh gửi Hội đồng Bầu cử quốc gia. Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh Nguyễn Hoàng Phúc chủ trì cuộc họp.
Các thành viên Ủy ban bầu cử tỉnh biểu quyết thông qua báo cáo. Ảnh: Thảo Ly
Theo báo cáo do bà Thạch Thị Sà Phi, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh trình bày, đây là cuộc bầu cử đầu tiên sau khi tỉnh Vĩnh Long hợp nhất với tỉnh Bến Tre và tỉnh Trà Vinh. Toàn tỉnh có trên 3,16 triệu cử tri tại 124 xã, phường; tỷ lệ cử tri đi bầu đạt 99,71%. Cử tri đã bầu đủ 15 đại biểu Quốc hội tại 5 đơn vị bầu cử và 83 đại biểu HĐND tỉnh tại 26 đơn vị bầu cử; trong đó nữ chiếm 38,5%, người dân tộc Khmer chiếm 10,8%. Có 2 xã phải tổ chức bầu thêm đại biểu HĐND xã vào ngày 29/3.
Báo cáo nêu rõ, Ủy ban bầu cử đã thực hiện đúng Nghị quyết số 94/NQ-HĐBCQG của Hội đồng Bầu cử quốc gia và Hướng dẫn 04, 05/HD-UBBC của Ủy ban bầu cử tỉnh về kiểm phiếu, lập biên bản. Trong ngày bầu cử, tỉnh tiếp nhận 7 đơn thư, kiến nghị, đã giải quyết xong 6 đơn; không có vụ việc phức tạp. Tổng kinh phí bầu cử trên 61 tỷ đồng.
Tại cuộc họp, Hòa thượng Thạch Sok Xane, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết 100% chùa Phật giáo Nam tông Khmer ở khu vực tỉnh Trà Vinh cũ đã đánh trống, gióng chuông nhắc phật tử đi bầu. Ông Lê Văn Tư, Chủ tịch Ủy ban bầu cử xã Ba Tri, báo cáo xã kết thúc bỏ phiếu lúc 14 giờ; bà Kim Thị Sóc Kha, Tổ trưởng Tổ bầu cử số 3 phường Trà Vinh, cho biết tổ đã mang hòm phiếu phụ đến 52 cử tri già yếu.
Chủ tịch Ủy ban bầu cử tỉnh ký Quyết định số 36/QĐ-UBBC ngày 19/3/2026 công bố kết quả bầu cử và danh sách những người trúng cử đại biểu HĐND tỉnh. Ủy ban bầu cử cũng đề nghị các xã, phường gửi hồ sơ bầu cử về trước ngày 25/3 theo Công văn số 412/UBBC-VP.
Thảo Ly - Minh Trí
Lượt xem: 4.702
Bài viết liên quan
- Công bố kết quả bầu cử đại biểu HĐND xã Long Hiệp (18/03/2026)
- Ngày hội của toàn dân trên quê hương Đồng Khởi (15/03/2026)
- Cử tri Khmer nô nức đi bầu (15/03/2026)
- Vĩnh Long sẵn sàng cho ngày bầu cử (13/03/2026)
- Ba Tri: lực lượng vũ trang bảo vệ an toàn các khu vực bỏ phiếu (12/03/2026)
- Tiếp xúc cử tri với người ứng cử đại biểu Quốc hội tại phường Trà Vinh (04/03/2026)
""", "2026-03-20", "Ủy ban bầu cử tỉnh: tỷ lệ cử tri đi bầu đạt 99,71%",
E("bao_cao", None, "2026-03-19"),
[P("Nguyễn Hoàng Phúc", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Thạch Thị Sà Phi", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Thạch Sok Xane", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Tư", "Chủ tịch Ủy ban bầu cử xã Ba Tri"),
 P("Kim Thị Sóc Kha", "Tổ trưởng Tổ bầu cử số 3 phường Trà Vinh")],
[Q("99,71%", 99.71, "%"), Q("trên 3,16 triệu cử tri", 3160000, "cử tri", "over"), Q("124 xã, phường", 124, "xã, phường"),
 Q("15 đại biểu Quốc hội", 15, "đại biểu Quốc hội"), Q("5 đơn vị bầu cử", 5, "đơn vị bầu cử"),
 Q("83 đại biểu HĐND tỉnh", 83, "đại biểu HĐND tỉnh"), Q("26 đơn vị bầu cử", 26, "đơn vị bầu cử"),
 Q("38,5%", 38.5, "%"), Q("10,8%", 10.8, "%"), Q("2 xã", 2, "xã"), Q("7 đơn thư, kiến nghị", 7, "đơn thư, kiến nghị"),
 Q("6 đơn", 6, "đơn"), Q("trên 61 tỷ đồng", 61000000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("52 cử tri già yếu", 52, "cử tri già yếu")],
[D("Nghị quyết", "94", "NQ-HĐBCQG", None, "Hội đồng Bầu cử quốc gia", "Nghị quyết số 94/NQ-HĐBCQG"),
 D("Hướng dẫn", "04", "HD-UBBC", None, "Ủy ban bầu cử tỉnh", "Hướng dẫn 04, 05/HD-UBBC"),
 D("Hướng dẫn", "05", "HD-UBBC", None, "Ủy ban bầu cử tỉnh", "Hướng dẫn 04, 05/HD-UBBC"),
 D("Quyết định", "36", "QĐ-UBBC", "2026-03-19", None, "Quyết định số 36/QĐ-UBBC ngày 19/3/2026"),
 D("Công văn", "412", "UBBC-VP", None, None, "Công văn số 412/UBBC-VP")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Ba Tri"), com("Trà Vinh")],
["Báo Vĩnh Long Online", "Thời sự > Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp",
 "Các thành viên Ủy ban bầu cử tỉnh biểu quyết thông qua báo cáo. Ảnh: Thảo Ly", "Lượt xem: 4.702"],
["Cập nhật: 14:10, 20/03/2026 (GMT+7)", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ngày 29/3", "14 giờ",
 "Tổ bầu cử số 3", "ngày 25/3", "Lượt xem: 4.702"]))

PAGES.append(page("b5509-quangtri-xa-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ LÌA
Tỉnh Quảng Trị
Trang chủ >> Tin tức >> Dân vận - Mặt trận
23-01-2026 10:30
Bí thư Đảng ủy xã Lìa đối thoại với nhân dân năm 2026
Ngày 22/1, Đảng ủy xã Lìa tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy với nhân dân năm 2026 về công tác chuẩn bị bầu cử, đất sản xuất và xóa nhà tạm. Đồng chí Hồ Văn Nhơn, Bí thư Đảng ủy, Chủ tịch HĐND xã Lìa chủ trì, có trên 150 người dân của 12 bản tham dự.
Người dân bản A Xóc nêu ý kiến tại buổi đối thoại.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị, Nghị định 59/2023/NĐ-CP của Chính phủ và Kế hoạch số 05-KH/ĐU ngày 06/01/2026 của Đảng ủy xã. Bà Kray Thị Lan, Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã, thông tin: xã Lìa được thành lập sau khi tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất; toàn xã có 8.420 cử tri, chia thành 11 khu vực bỏ phiếu, bầu 25 đại biểu HĐND xã.
Tại buổi đối thoại, 17 ý kiến, kiến nghị được nêu. Ông Hồ Văn Pâu, người có uy tín bản A Xóc, xã Lìa, đề nghị tổ bầu cử bố trí người biết tiếng Vân Kiều, Pa Kô hướng dẫn cử tri cao tuổi. Bà Hồ Thị Chiêng (bản Pa Nho) hỏi về việc cấp đất sản xuất cho 35 hộ chưa có đất. Trả lời, đồng chí Hồ Văn Nhơn cho biết năm 2026 xã sẽ rà soát quỹ đất, ưu tiên giao khoảng 18 ha đất cho hộ thiếu đất; đồng thời phối hợp hỗ trợ 120 căn nhà tạm, nhà dột nát, mỗi hộ được 40 triệu đồng, tổng kinh phí 4,8 tỷ đồng.
Thượng tá Lê Đình Huy, Trưởng Công an xã, trả lời kiến nghị về bảo đảm an ninh trong ngày bầu cử và về tình trạng mua bán trái phép pháo nổ. Ông Căn Văn Tươi, Trưởng bản Pa Nho, đề nghị sửa 2 cây cầu treo để cử tri đi bầu thuận lợi.
Ông Hồ Văn Xuân, Phó Chủ tịch UBND xã, thông tin thêm về chính sách hỗ trợ sinh kế: năm 2026 xã được phân bổ khoảng 2,1 tỷ đồng để hỗ trợ 240 con bò giống cho hộ nghèo; ưu tiên 15 hộ có người cao tuổi neo đơn. Nhiều người dân bày tỏ đồng tình và cam kết đi bầu đầy đủ.
Kết luận, đồng chí Hồ Văn Nhơn giao các ban, ngành giải quyết dứt điểm 9 kiến nghị thuộc thẩm quyền của xã trước ngày bầu cử 15/3/2026, 8 kiến nghị còn lại chuyển cấp tỉnh. Các ý kiến đều được ghi biên bản và công khai trên loa truyền thanh bằng 3 thứ tiếng.
Hồ Thanh
Lượt truy cập: 58.322
Tin khác
- Xã Lìa niêm yết danh sách cử tri (05/02/2026)
- Đoàn viên thanh niên giúp người dân bản A Xóc sửa nhà trước Tết (18/01/2026)
- Mặt trận xã ra mắt 12 tổ tuyên truyền bầu cử (14/01/2026)
- Trao 60 phần quà cho hộ nghèo dịp Tết (10/01/2026)
- Hội nghị cử tri nơi cư trú đối với người ứng cử đại biểu HĐND xã (30/12/2025)
""", "2026-01-23", "Bí thư Đảng ủy xã Lìa đối thoại với nhân dân năm 2026",
E("doi_thoai", "2026", "2026-01-22"),
[P("Hồ Văn Nhơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lìa"),
 P("Kray Thị Lan", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Hồ Văn Pâu", "người có uy tín bản A Xóc"), P("Hồ Thị Chiêng"),
 P("Lê Đình Huy", "Thượng tá", "Trưởng Công an xã"),
 P("Căn Văn Tươi", "Trưởng bản Pa Nho"), P("Hồ Văn Xuân", "Phó Chủ tịch UBND xã")],
[Q("trên 150 người dân", 150, "người dân", "over"), Q("12 bản", 12, "bản"), Q("8.420 cử tri", 8420, "cử tri"),
 Q("11 khu vực bỏ phiếu", 11, "khu vực bỏ phiếu"), Q("25 đại biểu HĐND xã", 25, "đại biểu HĐND xã"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("35 hộ", 35, "hộ"), Q("khoảng 18 ha", 18, "ha", "approx"),
 Q("120 căn nhà tạm, nhà dột nát", 120, "căn nhà tạm, nhà dột nát"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("2 cây cầu treo", 2, "cây cầu treo"), Q("9 kiến nghị", 9, "kiến nghị"),
 Q("8 kiến nghị", 8, "kiến nghị"), Q("3 thứ tiếng", 3, "thứ tiếng"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("240 con bò giống", 240, "con bò giống"), Q("15 hộ", 15, "hộ")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP"),
 D("Kế hoạch", "05", "KH/ĐU", "2026-01-06", "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 06/01/2026")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Lìa")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ LÌA", "Trang chủ >> Tin tức >> Dân vận - Mặt trận",
 "Người dân bản A Xóc nêu ý kiến tại buổi đối thoại.", "Lượt truy cập: 58.322"],
["23-01-2026 10:30", "năm 2026", "15/3/2026", "Lượt truy cập: 58.322"]))

PAGES.append(page("b5510-binhduong-ldld-traoqua-2021", """
Báo Bình Dương Online
Xã hội / Lao động - Việc làm
21.05.2021 | 16:05
Ảnh: Đồng chí Nguyễn Văn Lộc trao quà cho công nhân.
Trao 1.200 phần quà cho công nhân ở lại nhà trọ dịp bầu cử
(BDO) Chiều 20/5, Liên đoàn Lao động (LĐLĐ) tỉnh phối hợp với Ủy ban MTTQ Việt Nam thành phố Thuận An thăm, tặng 1.200 phần quà cho công nhân lao động không về quê, ở lại nhà trọ để tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp tại phường Bình Hòa. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm, tổng trị giá 600 triệu đồng.
Tham dự có ông Nguyễn Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch LĐLĐ tỉnh; các Phó Chủ tịch LĐLĐ tỉnh: Trần Thị Mỹ, Lê Hữu Phước và ông Đoàn Minh Sang, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Thuận An.
Theo ông Lê Hữu Phước, thực hiện Chỉ thị số 45-CT/TW ngày 20/6/2020 của Bộ Chính trị và Công văn số 1245/TLĐ của Tổng Liên đoàn Lao động Việt Nam, LĐLĐ tỉnh ban hành Kế hoạch số 85/KH-LĐLĐ về vận động đoàn viên, người lao động thực hiện quyền bầu cử. Toàn tỉnh có trên 35.000 công nhân lao động tạm trú đủ điều kiện được ghi tên vào danh sách cử tri nơi tạm trú; khoảng 92% trong số này đã được phát thẻ cử tri. Công đoàn các cấp đã phối hợp với 3 khu công nghiệp bố trí xe đưa đón công nhân ca đêm đi bầu.
Đại diện công nhân, chị Thạch Thị Sa Rươn, quê Trà Vinh, cho biết năm nay là lần đầu chị đi bầu xa quê; khu trọ có 86 phòng đã được tổ bầu cử đến hướng dẫn tận nơi. Ông Võ Văn Đức, Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Phú Lợi, cho biết công ty bố trí cho 1.450 công nhân nghỉ ca sáng 23/5 để đi bầu.
Dịp này, LĐLĐ tỉnh trao 5 "Mái ấm Công đoàn", mỗi căn hỗ trợ 50 triệu đồng cho đoàn viên khó khăn về nhà ở; trao 30 suất học bổng cho con công nhân ở phường Bình Hòa và phường Tân Định. Ông Nguyễn Văn Lộc đề nghị các cấp công đoàn tiếp tục bám sát khu nhà trọ, vận động 100% đoàn viên đi bầu, đồng thời thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19 tại khu vực bỏ phiếu.
Được biết, từ đầu tháng 5 đến nay, công đoàn các cấp trong tỉnh đã tổ chức 148 buổi tuyên truyền về bầu cử tại các khu nhà trọ, thu hút khoảng 21.000 lượt công nhân tham dự.
Hà Phương
Tin cùng chuyên mục
- Thuận An: hơn 8.000 công nhân được ghi tên vào danh sách cử tri (14/05/2021)
- Công đoàn khu công nghiệp tuyên truyền bầu cử qua loa di động (10/05/2021)
- LĐLĐ tỉnh giám sát việc trả lương cho người lao động (05/05/2021)
- Tân Định: Tổ bầu cử đến từng khu trọ phát thẻ cử tri (03/05/2021)
- Bến Cát: công nhân được nghỉ làm để đi bầu (28/04/2021)
""", "2021-05-21", "Trao 1.200 phần quà cho công nhân ở lại nhà trọ dịp bầu cử",
E("trao_qua", None, "2021-05-20"),
[P("Nguyễn Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Mỹ", "Phó Chủ tịch LĐLĐ tỉnh"), P("Lê Hữu Phước", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Đoàn Minh Sang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Thuận An"),
 P("Thạch Thị Sa Rươn"),
 P("Võ Văn Đức", "Chủ tịch Công đoàn cơ sở Công ty TNHH Giày da Phú Lợi")],
[Q("1.200 phần quà", 1200, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("trên 35.000 công nhân lao động", 35000, "công nhân lao động", "over"), Q("khoảng 92%", 92, "%", "approx"),
 Q("3 khu công nghiệp", 3, "khu công nghiệp"), Q("86 phòng", 86, "phòng"), Q("1.450 công nhân", 1450, "công nhân"),
 Q("5 \"Mái ấm Công đoàn\"", 5, "Mái ấm Công đoàn"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("100% đoàn viên", 100, "%"),
 Q("148 buổi tuyên truyền", 148, "buổi tuyên truyền"), Q("khoảng 21.000 lượt công nhân", 21000, "lượt công nhân", "approx")],
[D("Chỉ thị", "45", "CT/TW", "2020-06-20", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 20/6/2020"),
 D("Công văn", "1245", "TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Công văn số 1245/TLĐ"),
 D("Kế hoạch", "85", "KH-LĐLĐ", None, "LĐLĐ tỉnh", "Kế hoạch số 85/KH-LĐLĐ")],
[prov("Bình Dương"), prov("Trà Vinh"), com("Bình Hòa"), com("Tân Định")],
["Báo Bình Dương Online", "Xã hội / Lao động - Việc làm", "Ảnh: Đồng chí Nguyễn Văn Lộc trao quà cho công nhân.",
 "(BDO)", "Mái ấm Công đoàn", "COVID-19"],
["21.05.2021 | 16:05", "khóa XV", "sáng 23/5", "lần đầu", "COVID-19"]))

PAGES.append(page("b5511-thanhhoa-mttqhuyen-daihoi-2019", """
Báo Thanh Hóa điện tử
Trang chủ - Chính trị - Mặt trận
Thứ Sáu, 28/06/2019 - 08:20
Đại hội đại biểu MTTQ Việt Nam huyện Mường Lát lần thứ VI
Ngày 27/6, Ủy ban MTTQ Việt Nam huyện Mường Lát tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ VI, nhiệm kỳ 2019 - 2024. Về dự có đồng chí Lê Thị Hương, Phó Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa; đồng chí Lò Văn Thưởng, Bí thư Huyện ủy, Chủ tịch HĐND huyện cùng 150 đại biểu đại diện cho hơn 38.000 người thuộc các dân tộc Thái, Mông, Dao, Khơ Mú trong huyện.
Quang cảnh đại hội. Ảnh: Ngọc Huấn
Báo cáo do bà Hà Thị Mai, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa V trình bày cho biết, nhiệm kỳ qua Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội và HĐND các cấp năm 2016 với tỷ lệ cử tri đi bầu đạt 99,6%. Quỹ "Vì người nghèo" huyện vận động được 4,6 tỷ đồng, hỗ trợ xây mới 326 nhà Đại đoàn kết; tỷ lệ hộ nghèo giảm từ 58,6% xuống còn 37,2%. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai ở 8 xã, thị trấn.
Đại hội đã thảo luận, thống nhất các chương trình hành động, trong đó nhiệm vụ trọng tâm là chuẩn bị tốt công tác hiệp thương giới thiệu người ứng cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021 - 2026, thực hiện Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về giảm nghèo bền vững và về xây dựng bản văn hóa.
Ý kiến tham luận, ông Giàng A Chu, người có uy tín bản Pù Quăn, xã Pù Nhi, kể việc vận động 27 hộ Mông bỏ tục ma chay kéo dài. Bà Lương Thị Hoa, Chủ tịch Ủy ban MTTQ xã Trung Lý, chia sẻ cách làm "Mặt trận cùng dân" ở 14 bản vùng biên.
Đại hội đã hiệp thương cử 45 ủy viên Ủy ban MTTQ Việt Nam huyện khóa VI; Ban Thường trực gồm 3 đồng chí. Bà Hà Thị Mai được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa VI; ông Vi Văn Sơn và ông Thao Văn Páo được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng bầu 12 đại biểu đi dự Đại hội đại biểu MTTQ tỉnh lần thứ XIII.
Đại hội được tổ chức theo Kế hoạch số 104-KH/HU ngày 15/3/2019 của Ban Thường vụ Huyện ủy và Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Ngọc Huấn
Lượt xem: 1.377
Tin liên quan
- Đại hội MTTQ xã Tam Chung nhiệm kỳ 2019 - 2024 (12/06/2019)
- Mường Lát: 326 hộ nghèo có nhà Đại đoàn kết (28/05/2019)
- Hội nghị người có uy tín huyện Mường Lát (15/04/2019)
- Ủy ban MTTQ tỉnh kiểm tra công tác chuẩn bị đại hội tại các huyện miền núi (02/04/2019)
- Quan Sơn: Đại hội MTTQ huyện lần thứ VII (21/06/2019)
""", "2019-06-28", "Đại hội đại biểu MTTQ Việt Nam huyện Mường Lát lần thứ VI",
E("dai_hoi", None, "2019-06-27"),
[P("Lê Thị Hương", "Phó Chủ tịch Ủy ban MTTQ tỉnh Thanh Hóa"),
 P("Lò Văn Thưởng", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hà Thị Mai", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa V", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa VI"),
 P("Giàng A Chu", "người có uy tín bản Pù Quăn"),
 P("Lương Thị Hoa", "Chủ tịch Ủy ban MTTQ xã Trung Lý"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Thao Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 38.000 người", 38000, "người", "over"), Q("99,6%", 99.6, "%"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("326 nhà Đại đoàn kết", 326, "nhà Đại đoàn kết"),
 Q("58,6%", 58.6, "%"), Q("37,2%", 37.2, "%"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("27 hộ Mông", 27, "hộ Mông"),
 Q("14 bản vùng biên", 14, "bản"), Q("45 ủy viên", 45, "ủy viên"), Q("3 đồng chí", 3, "đồng chí"),
 Q("12 đại biểu", 12, "đại biểu")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Kế hoạch", "104", "KH/HU", "2019-03-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 104-KH/HU ngày 15/3/2019"),
 D("Hướng dẫn", "12", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTW-BTT")],
[prov("Thanh Hóa"), com("Pù Nhi"), com("Trung Lý")],
["Báo Thanh Hóa điện tử", "Trang chủ - Chính trị - Mặt trận", "Quang cảnh đại hội. Ảnh: Ngọc Huấn",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Mặt trận cùng dân", "Lượt xem: 1.377"],
["Thứ Sáu, 28/06/2019 - 08:20", "lần thứ VI", "nhiệm kỳ 2019 - 2024", "khóa V", "khóa VI", "khóa XV",
 "nhiệm kỳ 2021 - 2026", "3 đồng chí", "lần thứ XIII", "năm 2016"]))

PAGES.append(page("b5512-cantho-mttq-hiepthuong-2025", """
BÁO CẦN THƠ ĐIỆN TỬ
Chính trị » Bầu cử 2026
Thứ Sáu, 12/12/2025 - 18:00
Hiệp thương lần thứ nhất: dự kiến giới thiệu 158 người ứng cử đại biểu HĐND thành phố
Ngày 11/12, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức Hội nghị hiệp thương lần thứ nhất để thỏa thuận về cơ cấu, thành phần, số lượng người được giới thiệu ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND thành phố khóa XI, nhiệm kỳ 2026 - 2031. Ông Phạm Văn Hiếu, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố chủ trì.
Ông Phạm Văn Hiếu phát biểu tại hội nghị hiệp thương.
Đây là cuộc hiệp thương đầu tiên của thành phố Cần Thơ sau khi hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang. Theo dự kiến của Thường trực HĐND thành phố, HĐND thành phố khóa XI được bầu 95 đại biểu; thành phố được phân bổ 16 đại biểu Quốc hội, trong đó 11 người do thành phố giới thiệu. Hội nghị thống nhất số lượng người được giới thiệu ứng cử đại biểu HĐND thành phố là 158 người, tỷ lệ nữ tối thiểu 35%, người ngoài Đảng không dưới 10%, người dân tộc Khmer khoảng 12%.
Hội nghị thực hiện theo Chỉ thị số 46-CT/TW ngày 16/6/2025 của Bộ Chính trị, Nghị quyết số 18/NQ-HĐBCQG của Hội đồng Bầu cử quốc gia và Kế hoạch 88, 89-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố.
Dự hội nghị có các đồng chí: Lâm Thị Sa Mết, Danh Út, Nguyễn Ngọc Trâm - Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Kim Sà Ri, Phó Trưởng Ban Dân tộc và Tôn giáo thành phố và 74 đại biểu là thành viên Ủy ban MTTQ thành phố, đại diện các tổ chức chính trị - xã hội, tôn giáo.
Ông Kim Sà Ri đề nghị bảo đảm cơ cấu hợp lý người dân tộc Khmer ở khu vực tỉnh Sóc Trăng cũ, nơi có 92 chùa Khmer và trên 380.000 đồng bào Khmer. Bà Trần Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Kiều, cho biết phường đã rà soát được 42.600 cử tri. Ông Danh Út đề nghị các xã vùng sâu như xã Vĩnh Hải sớm in tờ rơi song ngữ.
Kết luận, ông Phạm Văn Hiếu đề nghị các cơ quan, tổ chức giới thiệu người ứng cử đúng cơ cấu, gửi hồ sơ về Ủy ban bầu cử thành phố trước ngày 5/1/2026; tổ chức hội nghị cử tri nơi công tác đúng quy trình 5 bước. Ngân sách thành phố bố trí 1,8 tỷ đồng cho công tác hiệp thương của Mặt trận.
Thu Sương
Lượt xem: 2.941
Tin liên quan
- Ra mắt Ủy ban bầu cử thành phố Cần Thơ (05/12/2025)
- Hội nghị Ủy ban MTTQ thành phố lần thứ hai (26/11/2025)
- Sóc Trăng (cũ): chùa Khmer tuyên truyền bầu cử (20/11/2025)
- Phường Ninh Kiều ra quân rà soát danh sách cử tri (17/11/2025)
- Mặt trận thành phố góp ý dự thảo kế hoạch bầu cử (10/11/2025)
""", "2025-12-12", "Hiệp thương lần thứ nhất: dự kiến giới thiệu 158 người ứng cử đại biểu HĐND thành phố",
E("hoi_nghi", None, "2025-12-11"),
[P("Phạm Văn Hiếu", "Phó Bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Thị Sa Mết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Danh Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Nguyễn Ngọc Trâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Kim Sà Ri", "Phó Trưởng Ban Dân tộc và Tôn giáo thành phố"),
 P("Trần Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Kiều")],
[Q("158 người", 158, "người"), Q("95 đại biểu", 95, "đại biểu"), Q("16 đại biểu Quốc hội", 16, "đại biểu Quốc hội"),
 Q("11 người", 11, "người"), Q("tối thiểu 35%", 35, "%"), Q("không dưới 10%", 10, "%", "over"),
 Q("khoảng 12%", 12, "%", "approx"), Q("74 đại biểu", 74, "đại biểu"), Q("92 chùa Khmer", 92, "chùa Khmer"),
 Q("trên 380.000 đồng bào Khmer", 380000, "đồng bào Khmer", "over"), Q("42.600 cử tri", 42600, "cử tri"),
 Q("1,8 tỷ đồng", 1800000000, "đồng")],
[D("Chỉ thị", "46", "CT/TW", "2025-06-16", "Bộ Chính trị", "Chỉ thị số 46-CT/TW ngày 16/6/2025"),
 D("Nghị quyết", "18", "NQ-HĐBCQG", None, "Hội đồng Bầu cử quốc gia", "Nghị quyết số 18/NQ-HĐBCQG"),
 D("Kế hoạch", "88", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch 88, 89-KH/MTTQ-BTT"),
 D("Kế hoạch", "89", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch 88, 89-KH/MTTQ-BTT")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Ninh Kiều"), com("Vĩnh Hải")],
["BÁO CẦN THƠ ĐIỆN TỬ", "Chính trị » Bầu cử 2026", "Ông Phạm Văn Hiếu phát biểu tại hội nghị hiệp thương.",
 "Lượt xem: 2.941"],
["Thứ Sáu, 12/12/2025 - 18:00", "lần thứ nhất", "khóa XVI", "khóa XI", "nhiệm kỳ 2026 - 2031", "ngày 5/1/2026",
 "quy trình 5 bước", "Lượt xem: 2.941"]))
