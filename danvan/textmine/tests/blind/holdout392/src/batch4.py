from lib import *
PAGES = []

PAGES.append(page("b9383-tuyenquang-lungcu-doithoai-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Hôm nay: Thứ Hai, 18/08/2025
Trang chủ > Chính trị > Chính quyền hai cấp
15/08/2025 | 09:10
Bí thư Đảng ủy xã Lũng Cú đối thoại với Nhân dân
Ngày 13/8, Đảng ủy xã Lũng Cú tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy, Chủ tịch UBND xã với Nhân dân năm 2025 - cuộc đối thoại đầu tiên kể từ khi xã mới đi vào hoạt động theo mô hình chính quyền địa phương hai cấp. Đồng chí Sùng Mí Páo, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Hoàng Thị Lụa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang.
Đồng chí Sùng Mí Páo trả lời ý kiến của người dân thôn Lô Lô Chải.
Xã Lũng Cú mới được thành lập theo Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, trên cơ sở nhập 3 xã cũ, có 4.210 hộ với hơn 22.300 nhân khẩu, trong đó trên 95% là đồng bào Mông, Lô Lô. Sau hơn 1 tháng vận hành, Trung tâm Phục vụ hành chính công xã đã tiếp nhận 1.346 hồ sơ, trả kết quả đúng hạn 98,6%.
Tại hội nghị, 27 ý kiến được nêu thẳng thắn. Bà Giàng Thị Dính, thôn Sảng Pả, cho biết đường từ thôn đến trụ sở xã mới xa hơn 18 km, đề nghị xã bố trí điểm tiếp nhận hồ sơ lưu động. Ông Vàng Mí Sử, người có uy tín thôn Thèn Ván, đề nghị đẩy nhanh tiến độ xóa nhà tạm vì còn nhiều hộ đang ở nhà trình tường xuống cấp. Bà Lò Thị Chi, người Lô Lô ở thôn Lô Lô Chải, kiến nghị có chính sách giữ gìn nghề dệt thổ cẩm và trống đồng của dân tộc.
Trả lời, đồng chí Sùng Mí Páo cho biết trong tháng 8, xã thành lập 2 tổ hỗ trợ thủ tục hành chính lưu động, mỗi tuần xuống thôn 1 lần. Thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", xã đã hoàn thành 146 căn nhà, mỗi căn được hỗ trợ 60 triệu đồng; 23 căn còn lại sẽ hoàn thành trước ngày 31/8. Đồng chí Ly Mí Chứ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, thông tin xã đang lập hồ sơ đề nghị công nhận 2 điểm du lịch cộng đồng gắn với bảo tồn văn hóa Lô Lô.
Phát biểu tại hội nghị, đồng chí Hoàng Thị Lụa đề nghị Đảng ủy xã thực hiện nghiêm Quy định số 11-QĐi/TW của Bộ Chính trị; cụ thể hóa Luật Tổ chức chính quyền địa phương số 72/2025/QH15 bằng quy chế tiếp dân của xã; ban hành Kết luận 03, 04-KL/ĐU của Ban Thường vụ Đảng ủy xã về tiếp dân, đối thoại định kỳ và về vận động Nhân dân giữ gìn an ninh vùng biên giới.
Kết thúc hội nghị, UBND xã giao các phòng chuyên môn trả lời bằng văn bản 9 ý kiến còn lại trong 10 ngày làm việc và công khai tại 32 thôn.
Vừ Thắng
Tin liên quan
- Tuyên Quang: 124 xã, phường vận hành ổn định chính quyền hai cấp (10/08/2025)
- Mèo Vạc đối thoại với người dân về hồ sơ đất đai (05/08/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban tháng 7 (31/07/2025)
""", "2025-08-15", "Bí thư Đảng ủy xã Lũng Cú đối thoại với Nhân dân",
E("doi_thoai", "2025", "2025-08-13"),
[P("Sùng Mí Páo", "Bí thư Đảng ủy xã"), P("Hoàng Thị Lụa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Giàng Thị Dính"), P("Vàng Mí Sử", "người có uy tín thôn Thèn Ván"), P("Lò Thị Chi"),
 P("Ly Mí Chứ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("3 xã cũ", 3, "xã cũ"), Q("4.210 hộ", 4210, "hộ"), Q("hơn 22.300 nhân khẩu", 22300, "nhân khẩu", "over"),
 Q("trên 95%", 95, "%", "over"), Q("1.346 hồ sơ", 1346, "hồ sơ"), Q("98,6%", 98.6, "%"), Q("27 ý kiến", 27, "ý kiến"),
 Q("hơn 18 km", 18, "km", "over"), Q("2 tổ hỗ trợ thủ tục hành chính lưu động", 2, "tổ hỗ trợ thủ tục hành chính lưu động"),
 Q("146 căn nhà", 146, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"), Q("23 căn", 23, "căn"),
 Q("2 điểm du lịch cộng đồng", 2, "điểm du lịch cộng đồng"), Q("9 ý kiến", 9, "ý kiến"), Q("32 thôn", 32, "thôn")],
[D("Nghị quyết", "1681", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1681/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW"),
 D("Luật", "72", "2025/QH15", None, None, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
 D("Kết luận", "03", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 03, 04-KL/ĐU"),
 D("Kết luận", "04", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 03, 04-KL/ĐU")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ > Chính trị > Chính quyền hai cấp",
 "Đồng chí Sùng Mí Páo trả lời ý kiến của người dân thôn Lô Lô Chải.", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Trung tâm Phục vụ hành chính công xã"],
["Hôm nay: Thứ Hai, 18/08/2025", "15/08/2025 | 09:10", "năm 2025", "hơn 1 tháng", "tháng 8", "1 lần", "10 ngày làm việc"]))

PAGES.append(page("b9384-vinhlong-dbqh-tiepxuccutri-tracu-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Thời sự » Hoạt động của Quốc hội và HĐND
Cập nhật: 16:40, 09/10/2025 (GMT+7)
Ảnh: Cử tri xã Trà Cú phát biểu ý kiến.
Cử tri vùng đồng bào Khmer kiến nghị về nước ngọt và đường giao thông
Ngày 8/10, Đoàn đại biểu Quốc hội tỉnh Vĩnh Long phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ 10, Quốc hội khóa XV tại xã Trà Cú. Các đại biểu Quốc hội: Trần Văn Lâm, Kiên Thị Sa Phone tiếp xúc với hơn 200 cử tri của các xã Trà Cú, Tập Sơn, Long Hiệp.
Đây là lần đầu Đoàn ĐBQH tỉnh Vĩnh Long (mới) tiếp xúc cử tri tại khu vực tỉnh Trà Vinh cũ sau khi 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh hợp nhất. Đại biểu Kiên Thị Sa Phone thông tin dự kiến nội dung kỳ họp thứ 10, trong đó Quốc hội dự kiến xem xét, thông qua khoảng 50 luật, nghị quyết, có các dự án luật thể chế hóa Nghị quyết 71, 72-NQ/TW của Bộ Chính trị về giáo dục, đào tạo và về chăm sóc sức khỏe Nhân dân.
Tại hội nghị, 16 cử tri phát biểu. Cử tri Thạch Sô Khê, người có uy tín ấp Chợ, xã Tập Sơn, phản ánh mùa khô năm 2025 xâm nhập mặn sâu, khoảng 1.300 hộ thiếu nước sinh hoạt, đề nghị sớm đầu tư nhà máy nước cho vùng đồng bào Khmer. Đại đức Kim Sóc Ri, trụ trì chùa Ô Rồm, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, kiến nghị duy trì chính sách hỗ trợ dạy chữ Khmer trong dịp hè cho 2.600 học sinh. Cử tri Lâm Văn Tha (xã Long Hiệp) đề nghị nâng cấp tuyến đường dài 8,5 km nối với quốc lộ 54.
Bà Sơn Thị Đa Ni, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, thay mặt lãnh đạo tỉnh giải trình: năm 2025 tỉnh bố trí 48 tỷ đồng cho 3 công trình cấp nước vùng ven biển; mỗi hộ nghèo, hộ cận nghèo được hỗ trợ 1 bồn chứa nước 1.000 lít. Ông Thạch Phan Na, Chủ tịch UBND xã Trà Cú, cho biết xã đã trả lời 6 ý kiến thuộc thẩm quyền ngay tại hội nghị, các ý kiến về đất đai được chuyển Sở Nông nghiệp và Môi trường.
Phát biểu, đại biểu Trần Văn Lâm, Phó Trưởng Đoàn ĐBQH tỉnh, tiếp thu các kiến nghị; cho biết Đoàn sẽ tổng hợp gửi Quốc hội, Chính phủ, đồng thời giám sát việc thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ tại các xã vùng đồng bào dân tộc thiểu số.
Trước hội nghị, Ủy ban MTTQ Việt Nam xã Trà Cú đã phối hợp với 14 ban công tác Mặt trận ấp tổng hợp 37 ý kiến gửi Đoàn, nhiều ý kiến đề nghị sớm ổn định tổ chức bộ máy, con dấu và trụ sở của xã mới.
Cùng ngày, Đoàn tiếp xúc cử tri tại xã Long Hiệp với khoảng 120 cử tri tham dự.
Sa Rươne
Tin liên quan
- Vĩnh Long: tổng hợp 210 kiến nghị cử tri gửi kỳ họp thứ 10 (06/10/2025)
- Hội nghị người có uy tín trong đồng bào Khmer năm 2025 (30/09/2025)
- Khánh thành nhà máy nước xã Hàm Giang (22/09/2025)
""", "2025-10-09", "Cử tri vùng đồng bào Khmer kiến nghị về nước ngọt và đường giao thông",
E("hoi_nghi", None, "2025-10-08"),
[P("Trần Văn Lâm", "đại biểu Quốc hội", "Phó Trưởng Đoàn ĐBQH tỉnh", "đại biểu"),
 P("Kiên Thị Sa Phone", "đại biểu Quốc hội", "Đại biểu"),
 P("Thạch Sô Khê", "người có uy tín ấp Chợ"),
 P("Kim Sóc Ri", "Đại đức", "trụ trì chùa Ô Rồm", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Lâm Văn Tha"), P("Sơn Thị Đa Ni", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Phan Na", "Chủ tịch UBND xã Trà Cú")],
[Q("hơn 200 cử tri", 200, "cử tri", "over"), Q("3 tỉnh", 3, "tỉnh"), Q("khoảng 50 luật, nghị quyết", 50, "luật, nghị quyết", "approx"),
 Q("16 cử tri", 16, "cử tri"), Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("2.600 học sinh", 2600, "học sinh"),
 Q("8,5 km", 8.5, "km"), Q("48 tỷ đồng", 48000000000, "đồng"), Q("3 công trình cấp nước", 3, "công trình cấp nước"),
 Q("1.000 lít", 1000, "lít"), Q("6 ý kiến", 6, "ý kiến"), Q("khoảng 120 cử tri", 120, "cử tri", "approx"),
 Q("14 ban công tác Mặt trận ấp", 14, "ban công tác Mặt trận ấp"), Q("37 ý kiến", 37, "ý kiến")],
[D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 71, 72-NQ/TW"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 71, 72-NQ/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Cú"), com("Tập Sơn"), com("Long Hiệp")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Thời sự » Hoạt động của Quốc hội và HĐND", "Ảnh: Cử tri xã Trà Cú phát biểu ý kiến.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Cập nhật: 16:40, 09/10/2025 (GMT+7)", "kỳ họp thứ 10", "khóa XV", "năm 2025", "quốc lộ 54", "1 bồn chứa nước"]))

PAGES.append(page("b9385-lamdong-tiepcongdan-tongket-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Tin tức - Sự kiện / Nội chính
Thứ Sáu, 26/12/2025, 16:20
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Tiếp công dân ở 124 xã, phường, đặc khu: gần dân hơn sau sắp xếp
Chiều 24/12, UBND tỉnh Lâm Đồng tổ chức hội nghị trực tuyến tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2025, kết nối tới 124 xã, phường, đặc khu. Đồng chí Võ Ngọc Hiển, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Năm 2025 là năm đầu tiên tỉnh Lâm Đồng (mới) vận hành sau khi hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Theo báo cáo do ông K'Bình, Trưởng Ban Tiếp công dân tỉnh trình bày, trong năm, các cơ quan hành chính trên địa bàn đã tiếp 9.842 lượt công dân với 7.605 vụ việc, có 54 đoàn đông người; tiếp nhận 6.318 đơn. Từ ngày 1/7/2025, cấp xã đã tiếp 3.127 lượt người, chiếm 62% số lượt tiếp của cả hệ thống. Các cơ quan đã giải quyết 1.094/1.201 vụ việc thuộc thẩm quyền, đạt 91,1%.
Khiếu kiện chủ yếu liên quan đến đất đai, bồi thường dự án cao tốc Dầu Giây - Liên Khương, dự án bô xít Nhân Cơ và tranh chấp đất rẫy trong đồng bào K'Ho, Mnông. Một số vụ việc ở phường Xuân Hương - Đà Lạt, xã Quảng Tín và đặc khu Phú Quý được giải quyết nhờ tổ chức đối thoại ngay tại cơ sở.
Tại hội nghị, bà Đàng Thị Ngọc Hân, Chủ tịch UBND phường Phan Thiết, cho biết phường có 2 công chức biết tiếng Chăm tham gia tiếp dân. Ông Điểu Khải, Bí thư Đảng ủy xã Quảng Tín, đề nghị bổ sung biên chế công chức địa chính vì 1 xã mới quản lý 19 bon, thôn. Ông Ma Văn Bảy, người có uy tín thôn Ma Lâm, đề nghị các xã mời người có uy tín tham gia hòa giải trước khi người dân làm đơn.
Phát biểu chỉ đạo, đồng chí Võ Ngọc Hiển yêu cầu năm 2026 thực hiện nghiêm Chỉ thị số 35-CT/TW của Bộ Chính trị và Luật Tiếp công dân năm 2013; người đứng đầu cấp xã phải trực tiếp tiếp dân ít nhất 2 ngày trong tháng như quy định; tập trung giải quyết dứt điểm 107 vụ việc còn lại, trong đó có 12 vụ việc khiếu nại đông người. Tỉnh đã ban hành Quyết định số 2156/QĐ-UBND ngày 15/12/2025 về quy chế tiếp công dân mới, thay thế 3 quy chế của các tỉnh cũ, và Chỉ thị 05, 06/CT-UBND về chấn chỉnh kỷ cương hành chính và về tiếp công dân trực tuyến.
Đại diện Thanh tra tỉnh thông tin, phần mềm quản lý đơn thư dùng chung của tỉnh đã kết nối 100% xã, phường, đặc khu từ tháng 10.
Dịp này, UBND tỉnh tặng bằng khen cho 10 tập thể và 16 cá nhân tiêu biểu.
Thanh Hải
Lượt truy cập: 4.512.733
Tin liên quan
- Lâm Đồng: tổng kết 6 tháng vận hành chính quyền hai cấp (19/12/2025)
- Đối thoại với người dân vùng dự án bô xít Nhân Cơ (11/12/2025)
- Đặc khu Phú Quý tiếp nhận hồ sơ trực tuyến (02/12/2025)
""", "2025-12-26", "Tiếp công dân ở 124 xã, phường, đặc khu: gần dân hơn sau sắp xếp",
E("tong_ket", "2025", "2025-12-24"),
[P("Võ Ngọc Hiển", "Phó Chủ tịch UBND tỉnh"), P("K'Bình", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Đàng Thị Ngọc Hân", "Chủ tịch UBND phường Phan Thiết"), P("Điểu Khải", "Bí thư Đảng ủy xã Quảng Tín"),
 P("Ma Văn Bảy", "người có uy tín thôn Ma Lâm")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"), Q("9.842 lượt công dân", 9842, "lượt công dân"),
 Q("7.605 vụ việc", 7605, "vụ việc"), Q("54 đoàn đông người", 54, "đoàn đông người"), Q("6.318 đơn", 6318, "đơn"),
 Q("3.127 lượt người", 3127, "lượt người"), Q("62%", 62, "%"), Q("1.094/1.201 vụ việc", 1094, "vụ việc"), Q("91,1%", 91.1, "%"),
 Q("2 công chức", 2, "công chức"), Q("19 bon, thôn", 19, "bon, thôn"),
 Q("107 vụ việc", 107, "vụ việc"), Q("12 vụ việc khiếu nại đông người", 12, "vụ việc khiếu nại đông người"),
 Q("3 quy chế", 3, "quy chế"), Q("10 tập thể", 10, "tập thể"), Q("16 cá nhân tiêu biểu", 16, "cá nhân tiêu biểu"), Q("100%", 100, "%")],
[D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW"),
 D("Quyết định", "2156", "QĐ-UBND", "2025-12-15", None, "Quyết định số 2156/QĐ-UBND ngày 15/12/2025"),
 D("Chỉ thị", "05", "CT-UBND", None, None, "Chỉ thị 05, 06/CT-UBND"),
 D("Chỉ thị", "06", "CT-UBND", None, None, "Chỉ thị 05, 06/CT-UBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Quảng Tín"), com("Phú Quý"),
 com("Phan Thiết")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG", "Tin tức - Sự kiện / Nội chính", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Luật Tiếp công dân năm 2013", "Lượt truy cập: 4.512.733"],
["Thứ Sáu, 26/12/2025, 16:20", "năm 2025", "năm 2026", "ngày 1/7/2025", "1 xã", "Lượt truy cập: 4.512.733", "tháng 10", "ít nhất 2 ngày"]))

PAGES.append(page("b9386-dongnai-baocao-kiennghicutri-2025", """
Báo Đồng Nai điện tử
Chính trị - Thời sự > Hoạt động HĐND
16/01/2026 - 10:05
Đồng Nai: 96% kiến nghị cử tri được trả lời đúng hạn
Sáng 14/1, tại kỳ họp chuyên đề của HĐND tỉnh Đồng Nai khóa X, UBND tỉnh trình báo cáo kết quả giải quyết kiến nghị cử tri năm 2025. Đồng chí Hồ Văn Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh trình bày báo cáo.
Phó Chủ tịch Thường trực UBND tỉnh Hồ Văn Hà trình bày báo cáo tại kỳ họp.
Theo báo cáo, năm 2025, qua các đợt tiếp xúc cử tri trước và sau kỳ họp của HĐND 2 tỉnh Đồng Nai, Bình Phước cũ và HĐND tỉnh Đồng Nai (mới), các cơ quan đã nhận 418 kiến nghị. UBND tỉnh đã chỉ đạo trả lời 401 kiến nghị, trong đó trả lời đúng hạn 385 kiến nghị, đạt 96%; 17 kiến nghị đang tiếp tục xem xét. Sau sắp xếp, có 63 kiến nghị chuyển về 95 xã, phường giải quyết theo thẩm quyền mới.
Nhóm kiến nghị nhiều nhất là đất đai, quy hoạch (chiếm khoảng 38%), tiếp đến là đường giao thông nông thôn, giá nông sản và chính sách với cán bộ không chuyên trách dôi dư. Riêng khu vực Bình Phước cũ, cử tri đồng bào S'tiêng, Mnông ở xã Bù Gia Mập, xã Đak Ơ kiến nghị 27 nội dung về đất sản xuất và điện, nước.
Báo cáo cũng cho biết, sau hợp nhất, tỉnh đã rà soát lại 1.126 kiến nghị của các nhiệm kỳ trước, trong đó 214 kiến nghị đã được xử lý nhưng chưa thông tin lại cho cử tri. Theo báo cáo giám sát của Mặt trận, cử tri Điểu Brôn ở xã Bù Gia Mập cho rằng khi cán bộ về tận bon giải thích thì bà con hiểu ngay, không phải kiến nghị lại.
Thảo luận tại kỳ họp, đại biểu Điểu Thị Lành, Phó Trưởng Ban Dân tộc HĐND tỉnh, cho biết một số câu trả lời còn chung chung, cử tri tái kiến nghị nhiều lần. Đại biểu Trần Minh Khoa, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh, đề nghị UBND tỉnh công khai lộ trình, kinh phí cho 11 tuyến đường cử tri kiến nghị từ nhiệm kỳ trước, tổng mức đầu tư dự kiến 1.240 tỷ đồng.
Tiếp thu, UBND tỉnh cho biết năm 2026 sẽ tập trung giải quyết dứt điểm các kiến nghị tồn đọng; triển khai Kế hoạch số 12/KH-UBND về tiếp nhận, trả lời kiến nghị cử tri trên nền tảng số; thực hiện Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN hướng dẫn việc tiếp xúc cử tri, bảo đảm mỗi kiến nghị đều có địa chỉ trả lời cụ thể.
Kết luận phiên thảo luận, bà Nguyễn Thị Hoàng, Phó Chủ tịch HĐND tỉnh, đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh giám sát việc giải quyết 17 kiến nghị còn lại, báo cáo tại kỳ họp giữa năm 2026.
Hoàng Lộc
Tin liên quan
- Cử tri phường Đồng Xoài kiến nghị về hạ tầng đô thị (08/01/2026)
- HĐND tỉnh khai mạc kỳ họp chuyên đề đầu năm 2026 (14/01/2026)
- Bầu cử đại biểu Quốc hội khóa XVI: công bố số đơn vị bầu cử (05/01/2026)
""", "2026-01-16", "Đồng Nai: 96% kiến nghị cử tri được trả lời đúng hạn",
E("bao_cao", "2025", "2026-01-14"),
[P("Hồ Văn Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Điểu Thị Lành", "đại biểu", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Trần Minh Khoa", "Đại biểu", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Nguyễn Thị Hoàng", "Phó Chủ tịch HĐND tỉnh"), P("Điểu Brôn")],
[Q("2 tỉnh", 2, "tỉnh"), Q("418 kiến nghị", 418, "kiến nghị"), Q("401 kiến nghị", 401, "kiến nghị"),
 Q("385 kiến nghị", 385, "kiến nghị"), Q("96%", 96, "%"), Q("17 kiến nghị", 17, "kiến nghị"), Q("63 kiến nghị", 63, "kiến nghị"),
 Q("95 xã, phường", 95, "xã, phường"), Q("khoảng 38%", 38, "%", "approx"), Q("27 nội dung", 27, "nội dung"),
 Q("11 tuyến đường", 11, "tuyến đường"), Q("1.240 tỷ đồng", 1240000000000, "đồng"), Q("1.126 kiến nghị", 1126, "kiến nghị"), Q("214 kiến nghị", 214, "kiến nghị")],
[D("Kế hoạch", "12", "KH-UBND", None, None, "Kế hoạch số 12/KH-UBND"),
 D("Nghị quyết liên tịch", "525", "2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["Báo Đồng Nai điện tử", "Chính trị - Thời sự > Hoạt động HĐND",
 "Phó Chủ tịch Thường trực UBND tỉnh Hồ Văn Hà trình bày báo cáo tại kỳ họp."],
["16/01/2026 - 10:05", "khóa X", "năm 2025", "năm 2026", "nhiều lần", "giữa năm 2026"]))

PAGES.append(page("b9387-gialai-quynhonnam-lamgnghedan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Chủ Nhật, 22/03/2026
Xã hội › Đời sống › Chuyện ở cơ sở
Thứ Sáu, 20/03/2026
"Thứ Năm lắng nghe dân" ở phường Quy Nhơn Nam
Gần 9 tháng vận hành chính quyền hai cấp, mỗi sáng thứ Năm, phòng tiếp dân của phường Quy Nhơn Nam lại kín chỗ. Người đến hỏi thủ tục đất đai, người phản ánh con hẻm ngập nước, có cả những cụ già chỉ đến để "nói cho cán bộ nghe".
Bà con khu phố 5 trao đổi với cán bộ phường tại buổi tiếp dân.
Mô hình "Thứ Năm lắng nghe dân" do Đảng ủy phường khởi xướng từ tháng 8/2025, thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân. Theo ông Nguyễn Đức Tài, Bí thư Đảng ủy phường Quy Nhơn Nam, sau hơn 30 buổi, lãnh đạo phường đã tiếp 412 lượt người, ghi nhận 286 ý kiến; 251 ý kiến đã được giải quyết hoặc trả lời, số còn lại chuyển cơ quan có thẩm quyền.
"Trước kia phải lên huyện, giờ không còn huyện, người dân đến thẳng phường. Chúng tôi xác định phải nghe cho hết, trả lời cho rõ", ông Tài nói.
Chị Rơ Mah H'Nhi, người Jrai từ xã Ia Grai xuống Quy Nhơn làm công nhân, thuê trọ ở khu phố 3, kể chị được cán bộ phường hướng dẫn đăng ký tạm trú trực tuyến chỉ trong 15 phút. Ông Đinh Văn Hùng, Trưởng khu phố 5, cho biết con hẻm dài 320 m của khu phố bị ngập mỗi mùa mưa đã được phường đưa vào danh mục sửa chữa năm 2026 với kinh phí 1,6 tỷ đồng, trong đó Nhân dân góp 240 triệu đồng.
Không chỉ lắng nghe, phường còn lập sổ theo dõi từng ý kiến với thời hạn trả lời không quá 10 ngày làm việc. Ông Phan Văn Lực, 78 tuổi, ở khu phố 2, kể: "Tôi phản ánh cây xanh trước nhà nghiêng, sợ đổ khi mưa bão. Tuần sau phường đã cho người đến cắt tỉa". Những chuyện nhỏ như thế, theo ông Tài, lại là thước đo lòng tin của Nhân dân với chính quyền cơ sở.
Bà Trương Thị Kim Oanh, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Mặt trận cử cán bộ cùng dự các buổi tiếp dân để giám sát, đồng thời phát huy 14 tổ hòa giải ở khu phố. Nhờ vậy, 9 vụ mâu thuẫn hàng xóm được hòa giải thành ngay từ cơ sở.
Theo Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai, sau sắp xếp tỉnh có 135 xã, phường; đã có 41 xã, phường nhân rộng cách làm tương tự với các tên gọi khác nhau như "Ngày lắng nghe dân", "Cà phê sáng với dân". Mô hình đang được đề xuất công nhận "Dân vận khéo" cấp tỉnh năm 2026.
Bài và ảnh: Ngọc Trâm
Tin liên quan
- Phường Quy Nhơn tổ chức ngày hội đại đoàn kết (12/03/2026)
- Xã Ia Grai vận động người dân hiến đất làm đường (05/03/2026)
- Gia Lai tổng kết phong trào "Dân vận khéo" năm 2025 (27/02/2026)
""", "2026-03-20", "\"Thứ Năm lắng nghe dân\" ở phường Quy Nhơn Nam",
E("khac", None, None),
[P("Nguyễn Đức Tài", "Bí thư Đảng ủy phường Quy Nhơn Nam"), P("Rơ Mah H'Nhi"),
 P("Đinh Văn Hùng", "Trưởng khu phố 5"), P("Phan Văn Lực"), P("Trương Thị Kim Oanh", "Chủ tịch Ủy ban MTTQ Việt Nam phường")],
[Q("hơn 30 buổi", 30, "buổi", "over"), Q("412 lượt người", 412, "lượt người"), Q("286 ý kiến", 286, "ý kiến"),
 Q("251 ý kiến", 251, "ý kiến"), Q("320 m", 320, "m"), Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("14 tổ hòa giải", 14, "tổ hòa giải"), Q("9 vụ mâu thuẫn hàng xóm", 9, "vụ mâu thuẫn hàng xóm"),
 Q("135 xã, phường", 135, "xã, phường"), Q("41 xã, phường", 41, "xã, phường")],
[D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định số 11-QĐi/TW")],
[prov("Gia Lai"), com("Quy Nhơn Nam"), com("Ia Grai")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Xã hội › Đời sống › Chuyện ở cơ sở",
 "Bà con khu phố 5 trao đổi với cán bộ phường tại buổi tiếp dân.", "Thứ Năm lắng nghe dân", "Ngày lắng nghe dân",
 "Cà phê sáng với dân", "Dân vận khéo"],
["Chủ Nhật, 22/03/2026", "Thứ Sáu, 20/03/2026", "Gần 9 tháng", "tháng 8/2025", "15 phút", "năm 2026", "khu phố 3", "khu phố 5", "không quá 10 ngày làm việc", "78 tuổi", "khu phố 2"]))

PAGES.append(page("b9388-cantho-phuongsoctrang-doithoai-2026", """
BÁO CẦN THƠ ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 22/05/2026 - 08:00
Ảnh: Quang cảnh buổi đối thoại tại phường Phú Lợi.
Người đứng đầu cấp ủy phường đối thoại với Nhân dân về chỉnh trang đô thị
Chiều 20/5, Ban Thường vụ Đảng ủy phường Phú Lợi, thành phố Cần Thơ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền phường với Nhân dân năm 2026. Đồng chí Lý Thanh Sơn, Bí thư Đảng ủy, Chủ tịch HĐND phường chủ trì; dự có đồng chí Trương Thị Mỹ Hạnh, Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Thành ủy.
Phường Phú Lợi thuộc khu vực tỉnh Sóc Trăng cũ, có khoảng 31% dân số là đồng bào Khmer, Hoa. Đây là cuộc đối thoại đầu tiên sau cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tập trung vào dự án chỉnh trang kênh Maspero, cấp giấy chứng nhận quyền sử dụng đất và trật tự đô thị.
Theo báo cáo của UBND phường, 4 tháng đầu năm 2026, phường đã tiếp 186 lượt công dân, nhận 74 đơn thư, giải quyết 69 đơn; 5 vụ việc liên quan đến tranh chấp ranh đất đã được hòa giải thành ngay tại khóm.
Tại hội nghị, 22 ý kiến được nêu. Ông Lâm Sa Ươl, khóm 4, phản ánh 58 hộ dân ven kênh chưa được thông báo rõ phương án bồi thường, đề nghị phường công khai quy hoạch. Bà Thạch Thị Chanh Đa, Phó Trưởng ban công tác Mặt trận khóm 2, kiến nghị lắp thêm đèn chiếu sáng cho 3 tuyến hẻm. Sư cả Lý Hùng, trụ trì chùa Kh'Leang, đề nghị quan tâm hỗ trợ trùng tu chánh điện đã xuống cấp.
Trả lời, đồng chí Lý Thanh Sơn cho biết dự án chỉnh trang kênh có tổng vốn khoảng 320 tỷ đồng, dự kiến ảnh hưởng 112 hộ; phường sẽ tổ chức họp dân công khai phương án trước khi kiểm đếm. Ông Quách Minh Tâm, Phó Bí thư Đảng ủy, Chủ tịch UBND phường, cam kết hoàn thành lắp đặt đèn chiếu sáng trong tháng 6; đã cấp 437 giấy chứng nhận quyền sử dụng đất từ đầu năm.
Đồng chí Trương Thị Mỹ Hạnh đề nghị Đảng ủy phường thực hiện nghiêm Quy định số 11-QĐi/TW, Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Kế hoạch số 27-KH/TU của Ban Thường vụ Thành ủy về đối thoại định kỳ; trả lời bằng văn bản 8 ý kiến còn lại trong 15 ngày và niêm yết tại 9 khóm.
Hội nghị cũng thông qua Kết luận 07, 08-KL/ĐU của Ban Thường vụ Đảng ủy phường về công khai dự án chỉnh trang đô thị và về tiếp dân tại khóm.
Diễm My
Lượt xem: 1.128
Tin liên quan
- Phường Sóc Trăng ra mắt Tổ công nghệ số cộng đồng (14/05/2026)
- Cần Thơ: 103 xã, phường hoàn thành đối thoại quý I (06/05/2026)
- Lễ hội Chôl Chnăm Thmây năm 2026 (15/04/2026)
- Phường Phú Lợi tiếp xúc cử tri sau bầu cử (28/03/2026)
""", "2026-05-22", "Người đứng đầu cấp ủy phường đối thoại với Nhân dân về chỉnh trang đô thị",
E("doi_thoai", "2026", "2026-05-20"),
[P("Lý Thanh Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Trương Thị Mỹ Hạnh", "Trưởng phòng Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Lâm Sa Ươl"), P("Thạch Thị Chanh Đa", "Phó Trưởng ban công tác Mặt trận khóm 2"),
 P("Lý Hùng", "Sư cả", "trụ trì chùa Kh'Leang"), P("Quách Minh Tâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường")],
[Q("khoảng 31%", 31, "%", "approx"), Q("22 ý kiến", 22, "ý kiến"), Q("58 hộ dân", 58, "hộ dân"), Q("3 tuyến hẻm", 3, "tuyến hẻm"),
 Q("khoảng 320 tỷ đồng", 320000000000, "đồng", "approx"), Q("112 hộ", 112, "hộ"),
 Q("437 giấy chứng nhận quyền sử dụng đất", 437, "giấy chứng nhận quyền sử dụng đất"), Q("8 ý kiến", 8, "ý kiến"),
 Q("9 khóm", 9, "khóm"), Q("186 lượt công dân", 186, "lượt công dân"), Q("74 đơn thư", 74, "đơn thư"),
 Q("69 đơn", 69, "đơn"), Q("5 vụ việc", 5, "vụ việc")],
[D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 27-KH/TU"),
 D("Kết luận", "07", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 07, 08-KL/ĐU"),
 D("Kết luận", "08", "KL/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kết luận 07, 08-KL/ĐU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi")],
["BÁO CẦN THƠ ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Ảnh: Quang cảnh buổi đối thoại tại phường Phú Lợi.",
 "kênh Maspero", "Lượt xem: 1.128"],
["Thứ Sáu, 22/05/2026 - 08:00", "năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "khóm 4", "khóm 2", "tháng 6", "15 ngày", "Lượt xem: 1.128", "4 tháng đầu năm 2026"]))
