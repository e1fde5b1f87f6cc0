from lib import *
PAGES = []

PAGES.append(page("b2387-quangtri-xa-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRIỆU ĐẠI - HUYỆN TRIỆU PHONG - TỈNH QUẢNG TRỊ
Trang chủ >> Tin tức - Sự kiện >> Tin trong xã
18/08/2017 - 09:30
Chủ tịch UBND xã Triệu Đại đối thoại với nông dân năm 2017
Sáng 17/8, Hội Nông dân và UBND xã Triệu Đại (huyện Triệu Phong, tỉnh Quảng Trị) tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân năm 2017. Chủ trì hội nghị có ông Lê Văn Hòa, Chủ tịch UBND xã và bà Phan Thị Mến, Chủ tịch Hội Nông dân xã. Tham dự có các ông Nguyễn Văn Cường, Trần Hữu Lộc - Phó Chủ tịch UBND xã; ông Hoàng Đức Thắng, Bí thư Đảng ủy xã cùng 65 hội viên nông dân đại diện cho 8 thôn.
Quang cảnh buổi đối thoại
Hội nghị được tổ chức theo Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ về phối hợp giữa các cấp Hội Nông dân với chính quyền; thực hiện Quy định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Tại buổi đối thoại, bà con nêu 14 ý kiến góp ý, tập trung vào hệ thống thủy lợi nội đồng xuống cấp, giá lúa thấp, việc chuyển đổi đất lúa kém hiệu quả. Ông Lê Quang Tú ở thôn Đại Hào hỏi vì sao 2 km kênh tưới chưa được sửa, làm 18 ha lúa thiếu nước trong vụ hè thu. Bà Ngô Thị Sen đề nghị xã hướng dẫn thủ tục chuyển sang trồng rau màu theo Nghị định 35/2015/NĐ-CP của Chính phủ về quản lý, sử dụng đất trồng lúa.
Trả lời, ông Lê Văn Hòa cho biết xã đã lập dự toán 450 triệu đồng để nạo vét kênh, sẽ thi công trước vụ đông xuân; năm 2017 xã cho phép chuyển đổi 25 ha lúa kém hiệu quả sang trồng ngô, lạc, rau màu. Ông Trần Hữu Lộc thông tin Hợp tác xã nông nghiệp Triệu Đại đã liên kết với doanh nghiệp bao tiêu lúa giống trên 120 ha cánh đồng mẫu lớn, giá cao hơn lúa thường 1.200 đồng/kg.
Xã hiện đạt 17/19 tiêu chí nông thôn mới, còn tiêu chí thu nhập và hộ nghèo; tỷ lệ hộ nghèo là 6,8%. Theo Quyết định 1600/QĐ-TTg ngày 16/8/2016 của Thủ tướng Chính phủ, xã phấn đấu đạt chuẩn nông thôn mới trong năm 2018. Bà Phan Thị Mến kêu gọi hội viên tham gia Kế hoạch số 42/KH-UBND của UBND xã về hiến đất, góp công làm đường nội đồng.
Kết thúc hội nghị, ông Lê Văn Hòa tiếp thu các ý kiến, giao bộ phận địa chính - nông nghiệp trả lời bằng văn bản các nội dung chưa giải quyết ngay trong 15 ngày. Ông Hoàng Đức Thắng đề nghị Hội Nông dân xã duy trì đối thoại hằng năm, phát huy dân chủ ở cơ sở theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Văn phòng HĐND - UBND xã
Các tin khác
- Triệu Đại ra quân làm đường giao thông nội đồng (02/08/2017)
- Hội Nông dân xã trao 10 con bò giống cho hội viên nghèo (20/07/2017)
- Xã tổ chức tập huấn kỹ thuật trồng lạc (05/07/2017)
""", "2017-08-18", "Chủ tịch UBND xã Triệu Đại đối thoại với nông dân năm 2017",
E("doi_thoai", "2017", "2017-08-17"),
[P("Lê Văn Hòa", "Chủ tịch UBND xã"),
 P("Phan Thị Mến", "Chủ tịch Hội Nông dân xã"),
 P("Nguyễn Văn Cường", "Phó Chủ tịch UBND xã"),
 P("Trần Hữu Lộc", "Phó Chủ tịch UBND xã"),
 P("Hoàng Đức Thắng", "Bí thư Đảng ủy xã"),
 P("Lê Quang Tú"), P("Ngô Thị Sen")],
[Q("65 hội viên nông dân", 65, "hội viên nông dân"), Q("8 thôn", 8, "thôn"), Q("14 ý kiến góp ý", 14, "ý kiến"),
 Q("2 km", 2, "km"), Q("18 ha", 18, "ha"), Q("450 triệu đồng", 450000000, "đồng"), Q("25 ha", 25, "ha"),
 Q("trên 120 ha", 120, "ha", "over"), Q("1.200 đồng/kg", 1200, "đồng"), Q("17/19 tiêu chí", 17, "tiêu chí"), Q("6,8%", 6.8, "%")],
[D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Quy định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quy định 217, 218-QĐ/TW"),
 D("Quy định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quy định 217, 218-QĐ/TW"),
 D("Nghị định", "35", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 35/2015/NĐ-CP"),
 D("Quyết định", "1600", "QĐ-TTg", "2016-08-16", "Thủ tướng Chính phủ", "Quyết định 1600/QĐ-TTg ngày 16/8/2016"),
 D("Kế hoạch", "42", "KH-UBND", None, "UBND xã", "Kế hoạch số 42/KH-UBND")],
[prov("Quảng Trị"), com("Triệu Đại")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRIỆU ĐẠI - HUYỆN TRIỆU PHONG - TỈNH QUẢNG TRỊ", "Trang chủ >> Tin tức - Sự kiện >> Tin trong xã",
 "Quang cảnh buổi đối thoại", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["18/08/2017 - 09:30", "năm 2017", "năm 2018", "15 ngày", "19 tiêu chí"]))

PAGES.append(page("b2388-laocai-hnd-daihoi-2018", """
Hội Nông dân tỉnh Lào Cai
Trang chủ - Tin tức - Đại hội Hội Nông dân các cấp
Ngày đăng 14/06/2018 | 16:20
Ảnh: Ban Chấp hành khóa X ra mắt đại hội.
Đại hội đại biểu Hội Nông dân huyện Bát Xát lần thứ X
Ngày 13/6, Hội Nông dân huyện Bát Xát, tỉnh Lào Cai tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2018 - 2023. Dự đại hội có đồng chí Giàng Seo Vàng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; đồng chí Vương Văn Thanh, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy; cùng 150 đại biểu đại diện cho 9.850 hội viên nông dân của 22 xã, thị trấn.
Nhiệm kỳ 2013 - 2018, thực hiện Chỉ thị số 25-CT/TU của Ban Thường vụ Tỉnh ủy và Quyết định số 81/2014/QĐ-TTg của Thủ tướng Chính phủ, các cấp Hội trong huyện kết nạp 1.420 hội viên mới; Quỹ Hỗ trợ nông dân đạt 2,1 tỷ đồng, giúp 310 hộ vay phát triển chăn nuôi, trồng chuối, chè. Nông dân mở rộng 2.300 ha chuối, 1.150 ha chè và 640 ha thảo quả dưới tán rừng; tỷ lệ hộ nghèo giảm từ 42,3% xuống 23,1%. Hội vận động hội viên hiến 12.000 m2 đất, góp 9.400 ngày công làm 67 km đường liên thôn.
Đại biểu tham luận tại đại hội.
Tại đại hội, ông Lý A Mả, người Hà Nhì ở xã Y Tý, kể về mô hình trồng 3 ha thảo quả, mỗi năm thu trên 1,2 tấn quả khô. Bà Tẩn Mùi Chiêu, Chủ tịch Hội Nông dân xã Mường Hum, trình bày tham luận về vận động đồng bào Dao bỏ tập quán thả rông gia súc. Ông Chu Chà Lừ, Chi hội trưởng Chi hội nông dân thôn Lao Chải, xã A Mú Sung, nêu kinh nghiệm thành lập tổ hợp tác nuôi ong với 14 thành viên.
Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa X; Ban Thường vụ gồm 5 đồng chí. Đồng chí Tẩn Láo Lở, HUV, được tín nhiệm giữ chức Chủ tịch Hội Nông dân huyện khóa X; các đồng chí Sùng A Lử, Phạm Thị Thu Trang được bầu làm Phó Chủ tịch Hội Nông dân huyện. Đại hội bầu 8 đại biểu đi dự Đại hội đại biểu Hội Nông dân tỉnh lần thứ X.
Phát biểu chỉ đạo, đồng chí Giàng Seo Vàng đề nghị Hội Nông dân huyện tiếp tục thực hiện Nghị quyết số 10-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển sản xuất hàng hóa vùng cao; nhiệm kỳ tới phấn đấu mỗi năm kết nạp 300 hội viên, thành lập thêm 15 tổ hợp tác.
Các đại biểu cũng thẳng thắn chỉ ra hạn chế: sinh hoạt chi hội ở một số thôn vùng cao chưa đều, nội dung đơn điệu; nguồn vốn vay còn ít so với nhu cầu của hội viên. Đại hội thông qua Nghị quyết với khẩu hiệu hành động: "Đoàn kết - Đổi mới - Sáng tạo - Phát triển".
Tẩn Thị Hoa
Bài viết liên quan
- Sa Pa: đại hội Hội Nông dân thị xã nhiệm kỳ 2018 - 2023 (08/06/2018)
- Bắc Hà hoàn thành đại hội Hội Nông dân cấp cơ sở (30/05/2018)
- Văn Bàn: 200 hộ được vay vốn Quỹ Hỗ trợ nông dân (15/05/2018)
""", "2018-06-14", "Đại hội đại biểu Hội Nông dân huyện Bát Xát lần thứ X",
E("dai_hoi", None, "2018-06-13"),
[P("Giàng Seo Vàng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Vương Văn Thanh", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lý A Mả"),
 P("Tẩn Mùi Chiêu", "Chủ tịch Hội Nông dân xã Mường Hum"),
 P("Chu Chà Lừ", "Chi hội trưởng Chi hội nông dân thôn Lao Chải"),
 P("Tẩn Láo Lở", "HUV", "Chủ tịch Hội Nông dân huyện khóa X"),
 P("Sùng A Lử", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Phạm Thị Thu Trang", "Phó Chủ tịch Hội Nông dân huyện")],
[Q("150 đại biểu", 150, "đại biểu"), Q("9.850 hội viên nông dân", 9850, "hội viên nông dân"), Q("22 xã, thị trấn", 22, "xã, thị trấn"),
 Q("1.420 hội viên mới", 1420, "hội viên mới"), Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("310 hộ", 310, "hộ"),
 Q("2.300 ha", 2300, "ha"), Q("1.150 ha", 1150, "ha"), Q("640 ha", 640, "ha"), Q("42,3%", 42.3, "%"), Q("23,1%", 23.1, "%"),
 Q("12.000 m2", 12000, "m2"), Q("9.400 ngày công", 9400, "ngày công"), Q("67 km", 67, "km"), Q("3 ha", 3, "ha"),
 Q("trên 1,2 tấn", 1.2, "tấn", "over"), Q("14 thành viên", 14, "thành viên"), Q("27 đồng chí", 27, "đồng chí"),
 Q("5 đồng chí", 5, "đồng chí"), Q("8 đại biểu", 8, "đại biểu"), Q("300 hội viên", 300, "hội viên"), Q("15 tổ hợp tác", 15, "tổ hợp tác")],
[D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 25-CT/TU"),
 D("Quyết định", "81", "2014/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 81/2014/QĐ-TTg"),
 D("Nghị quyết", "10", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 10-NQ/HU")],
[prov("Lào Cai"), com("Y Tý"), com("Mường Hum"), com("A Mú Sung")],
["Hội Nông dân tỉnh Lào Cai", "Trang chủ - Tin tức - Đại hội Hội Nông dân các cấp", "Ảnh: Ban Chấp hành khóa X ra mắt đại hội.",
 "Đại biểu tham luận tại đại hội.", "Đoàn kết - Đổi mới - Sáng tạo - Phát triển"],
["Ngày đăng 14/06/2018 | 16:20", "lần thứ X", "nhiệm kỳ 2018 - 2023", "Nhiệm kỳ 2013 - 2018", "khóa X", "27 đồng chí", "5 đồng chí", "mỗi năm"]))

PAGES.append(page("b2389-quangnam-ocop-tongket-2019", """
Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam
Trang chủ / Tin tức / Nông thôn mới - OCOP
Cập nhật lúc 17:20 ngày 27/12/2019
Quảng Nam có 42 sản phẩm OCOP đạt từ 3 sao trở lên
Chiều 26/12, Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Quảng Nam tổ chức hội nghị tổng kết Chương trình Mỗi xã một sản phẩm (OCOP) năm 2019 và công bố kết quả đánh giá, phân hạng sản phẩm. Đồng chí Trần Văn Lâm, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Đại biểu tham quan gian trưng bày sản phẩm OCOP.
Thực hiện Quyết định 490/QĐ-TTg ngày 7/5/2018 của Thủ tướng Chính phủ và Nghị quyết số 28/2018/NQ-HĐND của HĐND tỉnh, năm 2019 tỉnh đã đánh giá 56 sản phẩm của 38 chủ thể; 42 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó 9 sản phẩm đạt 4 sao. Các chủ thể gồm 14 hợp tác xã, 11 doanh nghiệp và 13 hộ sản xuất. Tổng kinh phí hỗ trợ từ ngân sách tỉnh là 6,8 tỷ đồng.
Nhiều sản phẩm vùng cao được đánh giá cao như sâm Ngọc Linh, ba kích, mật ong rừng, chè dây, rượu tà vạt. Bà Alăng Thị Mai, người Cơ Tu, Giám đốc Hợp tác xã dệt thổ cẩm Zơ Ra, cho biết sản phẩm thổ cẩm của hợp tác xã đạt 4 sao, tạo việc làm cho 62 phụ nữ, thu nhập bình quân 3,5 triệu đồng/người/tháng. Ông Hồ Văn Rin, người Xơ Đăng ở xã Trà Linh, cho biết gia đình trồng 2 ha sâm dưới tán rừng, đã được cấp mã số vùng trồng.
Ông Bhơriu Liếc, Chủ tịch Hội Nông dân huyện Đông Giang, đề nghị hỗ trợ bao bì, tem truy xuất nguồn gốc cho các tổ hợp tác ở xã Tà Lu. Bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Phó Trưởng ban Thường trực Ban Chỉ đạo, giải đáp thắc mắc về tiêu chí chấm điểm và thủ tục đăng ký năm 2020.
Theo Kế hoạch số 3514/KH-UBND của UBND tỉnh, năm 2020 Quảng Nam phấn đấu có thêm 50 sản phẩm OCOP, hình thành 3 điểm giới thiệu và bán sản phẩm tại Hội An, Tam Kỳ. Phát biểu chỉ đạo, đồng chí Trần Văn Lâm đề nghị Hội Nông dân, Hội Liên hiệp Phụ nữ và Liên minh Hợp tác xã tỉnh đồng hành với chủ thể, gắn OCOP với du lịch cộng đồng ở xã Tiên Cảnh và các làng nghề.
Theo đánh giá của Ban Chỉ đạo, nhiều chủ thể còn lúng túng trong xây dựng hồ sơ, thiết kế bao bì; sản lượng nhỏ, chưa đáp ứng đơn hàng lớn của hệ thống siêu thị. Việc quảng bá sản phẩm qua sàn thương mại điện tử mới bước đầu được thực hiện. Dịp này, UBND tỉnh trao giấy chứng nhận cho 42 sản phẩm và tặng bằng khen cho 10 tập thể, 6 cá nhân.
Thanh Tú
Các tin khác
- Hội Nông dân tỉnh kết nối tiêu thụ nông sản an toàn (18/12/2019)
- Nam Trà My: 1.500 cây sâm giống trao cho hộ nghèo (05/12/2019)
- Tiên Phước công nhận 4 sản phẩm OCOP (22/11/2019)
""", "2019-12-27", "Quảng Nam có 42 sản phẩm OCOP đạt từ 3 sao trở lên",
E("tong_ket", "2019", "2019-12-26"),
[P("Trần Văn Lâm", "Phó Chủ tịch UBND tỉnh"),
 P("Alăng Thị Mai", "Giám đốc Hợp tác xã dệt thổ cẩm Zơ Ra"),
 P("Hồ Văn Rin"),
 P("Bhơriu Liếc", "Chủ tịch Hội Nông dân huyện Đông Giang"),
 P("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Phó Trưởng ban Thường trực Ban Chỉ đạo")],
[Q("42 sản phẩm OCOP", 42, "sản phẩm OCOP"), Q("56 sản phẩm", 56, "sản phẩm"), Q("38 chủ thể", 38, "chủ thể"),
 Q("9 sản phẩm", 9, "sản phẩm"), Q("14 hợp tác xã", 14, "hợp tác xã"), Q("11 doanh nghiệp", 11, "doanh nghiệp"),
 Q("13 hộ sản xuất", 13, "hộ sản xuất"), Q("6,8 tỷ đồng", 6800000000, "đồng"), Q("62 phụ nữ", 62, "phụ nữ"),
 Q("3,5 triệu đồng", 3500000, "đồng"), Q("2 ha", 2, "ha"), Q("50 sản phẩm OCOP", 50, "sản phẩm OCOP"),
 Q("3 điểm giới thiệu và bán sản phẩm", 3, "điểm giới thiệu và bán sản phẩm"), Q("10 tập thể", 10, "tập thể"), Q("6 cá nhân", 6, "cá nhân")],
[D("Quyết định", "490", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định 490/QĐ-TTg ngày 7/5/2018"),
 D("Nghị quyết", "28", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 28/2018/NQ-HĐND"),
 D("Kế hoạch", "3514", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3514/KH-UBND")],
[prov("Quảng Nam"), com("Trà Linh"), com("Tà Lu"), com("Tiên Cảnh")],
["Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Nam", "Trang chủ / Tin tức / Nông thôn mới - OCOP",
 "Đại biểu tham quan gian trưng bày sản phẩm OCOP.", "Mỗi xã một sản phẩm", "Chương trình mục tiêu quốc gia"],
["Cập nhật lúc 17:20 ngày 27/12/2019", "3 sao", "4 sao", "năm 2019", "năm 2020"]))

PAGES.append(page("b2390-camau-hnd-traoqua-2020", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang chủ :: Tin tức :: Hoạt động Hội
Thứ Năm, 16/01/2020, 08:05
Ông Danh Hùng nhận quà từ Hội Nông dân tỉnh.
Mang Tết ấm đến với nông dân nghèo vùng ven biển
Ngày 15/1/2020, Hội Nông dân tỉnh Cà Mau phối hợp với Công ty cổ phần Phân bón Dầu khí Cà Mau tổ chức trao 300 phần quà Tết cho hội viên nông dân có hoàn cảnh khó khăn tại các huyện Trần Văn Thời, Cái Nước và U Minh. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt và nhu yếu phẩm.
Dự lễ trao quà có đồng chí Lê Thị Hồng Nhung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Tô Văn Tính, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Quách Thanh Nhàn, Danh Thị Mai Lan.
Tại xã Khánh Bình Tây, Hội Nông dân tỉnh bàn giao 3 căn nhà "Mái ấm nông dân" cho hộ hội viên nghèo, mỗi căn trị giá 50 triệu đồng, trong đó Quỹ "Mái ấm nông dân" hỗ trợ 40 triệu đồng, phần còn lại do gia đình và bà con lối xóm góp công. Ông Danh Hùng, người Khmer ở ấp Đá Bạc, xúc động: "Nhà tôi bị sạt lở từ mùa mưa năm ngoái, nay có nhà mới kịp đón Tết".
Cũng dịp này, Hội Nông dân tỉnh giải ngân 1,2 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 40 hộ vay nuôi tôm - lúa, nuôi cua và trồng rau màu trên bờ vuông; mỗi hộ được vay 30 triệu đồng, thời hạn 36 tháng. Các hộ vay đều được Hội giới thiệu tham gia tổ hợp tác, được cán bộ khuyến nông hướng dẫn kỹ thuật cải tạo ao, thả giống đúng lịch thời vụ để hạn chế dịch bệnh. Việc cho vay thực hiện theo Kế hoạch số 112/KH-HND của Ban Thường vụ Hội Nông dân tỉnh và Quyết định 1115/QĐ-UBND ngày 5/7/2019 của UBND tỉnh về quản lý Quỹ.
Đồng chí Tô Văn Tính cho biết, năm 2019 các cấp Hội trong tỉnh đã vận động xây dựng 58 căn nhà "Mái ấm nông dân" với tổng kinh phí hơn 2,6 tỷ đồng; phối hợp Ngân hàng Chính sách xã hội quản lý dư nợ 1.320 tỷ đồng của 38.400 hộ. Hội đã hỗ trợ 1.150 tấn phân bón trả chậm không tính lãi cho 2.300 hộ trồng lúa trên diện tích khoảng 4.600 ha.
Phát biểu tại buổi lễ, đồng chí Lê Thị Hồng Nhung đề nghị các cấp Hội tiếp tục vận động nông dân chuyển đổi cơ cấu sản xuất thích ứng với xâm nhập mặn; tham gia Chương trình "Mỗi xã một sản phẩm", giữ vững an ninh trật tự ở nông thôn trong dịp Tết. Tại xã Tân Hưng Đông, bà Thạch Thị Sa Phi, Chi hội trưởng Chi hội nông dân ấp Tân Phong, nhận 25 phần quà thay mặt hội viên trong ấp.
Ngọc Điệp
Lượt truy cập: 4.512
TIN CÙNG CHUYÊN MỤC
- Năm Căn: trao 20 phần quà cho ngư dân (10/01/2020)
- Hội Nông dân tỉnh tổng kết công tác năm 2019 (27/12/2019)
- Tập huấn nuôi tôm siêu thâm canh cho 80 hội viên (12/12/2019)
""", "2020-01-16", "Mang Tết ấm đến với nông dân nghèo vùng ven biển",
E("trao_qua", None, "2020-01-15"),
[P("Danh Hùng"),
 P("Lê Thị Hồng Nhung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tô Văn Tính", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Quách Thanh Nhàn", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Danh Thị Mai Lan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Thạch Thị Sa Phi", "Chi hội trưởng Chi hội nông dân ấp Tân Phong")],
[Q("300 phần quà Tết", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("3 căn nhà", 3, "căn nhà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("40 hộ", 40, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("58 căn nhà", 58, "căn nhà"), Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"), Q("1.320 tỷ đồng", 1320000000000, "đồng"),
 Q("38.400 hộ", 38400, "hộ"), Q("1.150 tấn", 1150, "tấn"), Q("2.300 hộ", 2300, "hộ"), Q("khoảng 4.600 ha", 4600, "ha", "approx"),
 Q("25 phần quà", 25, "phần quà")],
[D("Kế hoạch", "112", "KH-HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 112/KH-HND"),
 D("Quyết định", "1115", "QĐ-UBND", "2019-07-05", "UBND tỉnh", "Quyết định 1115/QĐ-UBND ngày 5/7/2019")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang chủ :: Tin tức :: Hoạt động Hội", "Ông Danh Hùng nhận quà từ Hội Nông dân tỉnh.",
 "Mái ấm nông dân", "Mỗi xã một sản phẩm", "Công ty cổ phần Phân bón Dầu khí Cà Mau", "Lượt truy cập: 4.512"],
["Thứ Năm, 16/01/2020, 08:05", "36 tháng", "năm 2019", "năm ngoái", "Lượt truy cập: 4.512"]))

PAGES.append(page("b2391-gialai-bdv-giaoban-2020", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
You are here: Trang chủ > Tin tức > Dân vận chính quyền
Thứ Hai, 05/10/2020
Toàn cảnh buổi giao ban. Ảnh: Đinh Yến
Giải quyết dứt điểm tranh chấp đất sản xuất ở vùng đồng bào
Ngày 2/10, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận tháng 9/2020, tập trung đánh giá công tác vận động nhân dân trong giải quyết tranh chấp đất đai và hỗ trợ đất ở, đất sản xuất cho đồng bào dân tộc thiểu số. Đồng chí Rơ Mah Thuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, trong tháng 9, các cơ quan dân vận phối hợp chính quyền hòa giải 52 vụ tranh chấp đất đai giữa các hộ dân, đã hòa giải thành 41 vụ; vận động 63 hộ trả lại 156 ha đất lấn chiếm cho các công ty lâm nghiệp. Thực hiện Quyết định 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ, tỉnh đã hỗ trợ đất sản xuất cho 1.214 hộ đồng bào dân tộc thiểu số với diện tích 2.350 ha, hỗ trợ đất ở cho 386 hộ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Siu Thị Hiên, Đinh Hyal báo cáo kết quả khảo sát tại xã Ia Tô và xã Kon Thụp. Đồng chí Nay Blin, Phó Chủ tịch Hội Nông dân tỉnh, cho biết Hội đã vận động 27 hộ Jrai góp đất thành lập Hợp tác xã nông nghiệp Ia Pếch, trồng 45 ha chanh dây liên kết với doanh nghiệp, giá bao tiêu 8.000 đồng/kg.
Ông Puih Dơk, già làng làng Bi, xã Ia Tô, được mời dự giao ban, kiến nghị đo đạc cấp giấy chứng nhận quyền sử dụng đất cho 112 hộ đã canh tác ổn định trên 20 năm. Đồng chí Lê Đức Thọ, Phó Chủ tịch UBND huyện Ia Grai, giải trình: huyện đã đo đạc xong, sẽ cấp giấy trong quý IV.
Kết luận giao ban, đồng chí Rơ Mah Thuyên yêu cầu các cơ quan dân vận thực hiện nghiêm Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong quản lý đất đai và về xây dựng "Làng văn hóa"; triển khai Hướng dẫn số 24-HD/BDVTU về phong trào thi đua "Dân vận khéo" năm 2020; nắm chắc tình hình tư tưởng nhân dân trước, trong và sau Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI. Các huyện phải giải quyết dứt điểm 11 vụ còn tồn đọng trước ngày 31/12/2020.
Đồng chí cũng đề nghị Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh nhân rộng mô hình trồng cây ăn quả trên đất dốc; tuyên truyền đồng bào không bán đất sản xuất đã được Nhà nước hỗ trợ. Những nơi còn điểm nóng về đất đai phải có cán bộ bám làng, phối hợp với già làng, người có uy tín vận động, không để kẻ xấu lợi dụng kích động.
Đinh Yến
Lượt xem: 932
Tin liên quan
- Chư Prông: vận động 18 hộ trả lại đất rừng (25/09/2020)
- Giao ban khối dân vận tháng 8/2020 (04/09/2020)
- Ia Pa hòa giải thành 9 vụ tranh chấp đất (20/08/2020)
""", "2020-10-05", "Giải quyết dứt điểm tranh chấp đất sản xuất ở vùng đồng bào",
E("giao_ban", "2020-09", "2020-10-02"),
[P("Rơ Mah Thuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Thị Hiên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Hyal", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nay Blin", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Puih Dơk", "già làng làng Bi"),
 P("Lê Đức Thọ", "Phó Chủ tịch UBND huyện Ia Grai")],
[Q("52 vụ tranh chấp đất đai", 52, "vụ tranh chấp đất đai"), Q("41 vụ", 41, "vụ"), Q("63 hộ", 63, "hộ"), Q("156 ha", 156, "ha"),
 Q("1.214 hộ đồng bào dân tộc thiểu số", 1214, "hộ đồng bào dân tộc thiểu số"), Q("2.350 ha", 2350, "ha"), Q("386 hộ", 386, "hộ"),
 Q("27 hộ Jrai", 27, "hộ Jrai"), Q("45 ha", 45, "ha"), Q("8.000 đồng/kg", 8000, "đồng"), Q("112 hộ", 112, "hộ"), Q("11 vụ", 11, "vụ")],
[D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định 2085/QĐ-TTg ngày 31/10/2016"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Hướng dẫn", "24", "HD/BDVTU", None, None, "Hướng dẫn số 24-HD/BDVTU")],
[prov("Gia Lai"), com("Ia Tô"), com("Kon Thụp")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "You are here: Trang chủ > Tin tức > Dân vận chính quyền", "Toàn cảnh buổi giao ban. Ảnh: Đinh Yến",
 "Làng văn hóa", "Dân vận khéo", "Hợp tác xã nông nghiệp Ia Pếch", "Lượt xem: 932"],
["Thứ Hai, 05/10/2020", "tháng 9/2020", "tháng 9", "20 năm", "quý IV", "lần thứ XVI", "năm 2020", "31/12/2020", "Lượt xem: 932"]))

PAGES.append(page("b2392-hoabinh-hnd-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÀ BẮC
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
20/12/2021 - 10:05
Kết quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2021
Ngày 17/12/2021, Ban Thường vụ Hội Nông dân huyện Đà Bắc, tỉnh Hòa Bình ban hành Báo cáo số 86-BC/HND về kết quả thực hiện phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững năm 2021. Cổng thông tin điện tử huyện trích đăng những nội dung chính.
Mô hình nuôi cá lồng trên hồ Hòa Bình ở xã Tiền Phong.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, toàn huyện có 4.826 hộ đăng ký thi đua, đạt 68,5% tổng số hộ nông dân; kết quả bình xét có 3.112 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, trong đó cấp huyện 418 hộ, cấp tỉnh 57 hộ, cấp Trung ương 3 hộ. Nhiều hộ có thu nhập trên 500 triệu đồng/năm từ nuôi cá lồng, trồng cam, trồng rừng gỗ lớn.
Thực hiện Kết luận số 61-KL/TW của Ban Bí thư, Nghị định 55/2015/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn và Quyết định số 1016/QĐ-UBND ngày 12/5/2020 của UBND tỉnh, các cấp Hội đã phối hợp quản lý 186 tỷ đồng vốn vay ủy thác của 4.120 hộ; Quỹ Hỗ trợ nông dân huyện đạt 1,85 tỷ đồng, đang cho 71 hộ vay. Hội đã tổ chức 36 lớp tập huấn, hội thảo cho 1.840 lượt hội viên; xây dựng 12 mô hình kinh tế tập thể, trong đó có 7 tổ hợp tác nuôi cá lồng với 1.260 lồng cá.
Trong xây dựng nông thôn mới, hội viên hiến 8.600 m2 đất, góp 5.300 ngày công làm 14,2 km đường giao thông nông thôn; trồng 960 ha rừng gỗ lớn. Xã Tiền Phong và xã Toàn Sơn đạt chuẩn nông thôn mới năm 2021, nâng số xã đạt chuẩn của huyện lên 4 xã. Huyện có 6 sản phẩm OCOP đạt 3 sao, như cam Đà Bắc, mật ong Mường Chiềng, chè Shan tuyết Hào Lý.
Báo cáo nêu gương 5 hộ tiêu biểu, trong đó có ông Xa Văn Tịnh, dân tộc Tày ở xóm Bưa, xã Mường Chiềng, nuôi 30 lồng cá, thu lãi 420 triệu đồng/năm; bà Đinh Thị Thẩm, Chi hội trưởng Chi hội nông dân xóm Tầm, xã Toàn Sơn, trồng 6 ha cam, bưởi; ông Đặng Văn Hiển, người Dao ở xã Tân Minh, trồng 15 ha rừng gỗ lớn và nuôi 120 con lợn đen.
Hạn chế được chỉ ra là quy mô sản xuất còn nhỏ, liên kết tiêu thụ chưa bền vững. Năm 2022, Hội Nông dân huyện phấn đấu có 3.200 hộ đạt danh hiệu, Quỹ Hỗ trợ nông dân tăng thêm 300 triệu đồng. Ông Bùi Văn Khương, HUV, Chủ tịch Hội Nông dân huyện ký báo cáo; báo cáo được gửi Thường trực Huyện ủy và Hội Nông dân tỉnh Hòa Bình.
Hội Nông dân huyện
Tin khác
- Đà Bắc: 20 hộ nhận vốn vay nuôi cá lồng (10/12/2021)
- Xã Toàn Sơn đón bằng công nhận đạt chuẩn nông thôn mới (26/11/2021)
- Tập huấn trồng cam VietGAP cho hội viên (12/11/2021)
""", "2021-12-20", "Kết quả phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2021",
E("bao_cao", "2021", "2021-12-17"),
[P("Xa Văn Tịnh"),
 P("Đinh Thị Thẩm", "Chi hội trưởng Chi hội nông dân xóm Tầm"),
 P("Đặng Văn Hiển"),
 P("Bùi Văn Khương", "HUV", "Chủ tịch Hội Nông dân huyện")],
[Q("4.826 hộ", 4826, "hộ"), Q("68,5%", 68.5, "%"), Q("3.112 hộ", 3112, "hộ"), Q("418 hộ", 418, "hộ"), Q("57 hộ", 57, "hộ"),
 Q("3 hộ", 3, "hộ"), Q("trên 500 triệu đồng/năm", 500000000, "đồng", "over"), Q("186 tỷ đồng", 186000000000, "đồng"),
 Q("4.120 hộ", 4120, "hộ"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("71 hộ", 71, "hộ"), Q("36 lớp tập huấn, hội thảo", 36, "lớp tập huấn, hội thảo"),
 Q("1.840 lượt hội viên", 1840, "lượt hội viên"), Q("12 mô hình kinh tế tập thể", 12, "mô hình kinh tế tập thể"),
 Q("7 tổ hợp tác", 7, "tổ hợp tác"), Q("1.260 lồng cá", 1260, "lồng cá"), Q("8.600 m2", 8600, "m2"), Q("5.300 ngày công", 5300, "ngày công"),
 Q("14,2 km", 14.2, "km"), Q("960 ha", 960, "ha"), Q("4 xã", 4, "xã"), Q("6 sản phẩm OCOP", 6, "sản phẩm OCOP"), Q("5 hộ tiêu biểu", 5, "hộ tiêu biểu"),
 Q("30 lồng cá", 30, "lồng cá"), Q("420 triệu đồng/năm", 420000000, "đồng"), Q("6 ha", 6, "ha"), Q("15 ha", 15, "ha"),
 Q("120 con lợn đen", 120, "con lợn đen"), Q("3.200 hộ", 3200, "hộ"), Q("300 triệu đồng", 300000000, "đồng")],
[D("Báo cáo", "86", "BC/HND", "2021-12-17", "Ban Thường vụ Hội Nông dân huyện Đà Bắc", "Báo cáo số 86-BC/HND"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định 55/2015/NĐ-CP"),
 D("Quyết định", "1016", "QĐ-UBND", "2020-05-12", "UBND tỉnh", "Quyết định số 1016/QĐ-UBND ngày 12/5/2020")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Toàn Sơn"), com("Mường Chiềng"), com("Tân Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÀ BẮC", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Mô hình nuôi cá lồng trên hồ Hòa Bình ở xã Tiền Phong.", "nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
 "Covid-19"],
["20/12/2021 - 10:05", "năm 2021", "Năm 2022", "3 sao", "Covid-19"]))
