from lib import *
PAGES = []

PAGES.append(page("b4739-sonla-taphuan-2017", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SƠN LA
Trang chủ › Tin tức › Hoạt động các cấp Hội
Ngày đăng 10/08/2017 | 15:40
Ảnh: Các học viên thực hành kỹ năng tư vấn.
Nâng cao kỹ năng cho thành viên "Địa chỉ tin cậy" và tổ truyền thông cộng đồng
Trong 2 ngày 8 - 9/8/2017, Hội LHPN tỉnh Sơn La tổ chức lớp tập huấn kỹ năng tư vấn, hỗ trợ nạn nhân bạo lực gia đình và mua bán người năm 2017 cho 85 học viên là thành viên "Địa chỉ tin cậy", tổ truyền thông cộng đồng và chủ nhiệm câu lạc bộ của 12 huyện, thành phố.
Giảng viên lớp tập huấn là TS. Trần Thị Vân Anh, nguyên Phó Viện trưởng Viện Nghiên cứu Gia đình và Giới, cùng bà Cầm Thị Phong, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh. Các học viên được trang bị kiến thức về Luật Phòng, chống bạo lực gia đình, Luật Phòng, chống mua bán người; kỹ năng nhận diện dấu hiệu bạo lực, tư vấn tâm lý, kết nối dịch vụ y tế, pháp lý và quy trình tiếp nhận, tạm lánh tại cộng đồng theo Thông tư số 02/2010/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch.
Phát biểu khai mạc, bà Lò Thị Luyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội LHPN tỉnh khóa XIII, cho biết: toàn tỉnh hiện có 74 "Địa chỉ tin cậy", 208 câu lạc bộ "Phòng, chống bạo lực gia đình" và 41 tổ truyền thông cộng đồng. Năm 2016 và 7 tháng đầu năm 2017, các địa chỉ đã tiếp nhận, hỗ trợ 56 lượt nạn nhân, tư vấn cho 312 lượt người. Tuy nhiên, khoảng 40% thành viên chưa qua tập huấn, nhiều người là người Thái, Mông còn hạn chế tiếng phổ thông.
Lớp tập huấn dành nhiều thời gian thảo luận nhóm và đóng vai xử lý tình huống: một phụ nữ bị chồng đánh phải chạy sang nhà hàng xóm lúc nửa đêm; một cô gái 16 tuổi được người quen rủ sang Trung Quốc làm thuê. Bà Mùa Thị Mai, người có uy tín bản Phiêng Cài, xã Chiềng Ơn, chia sẻ: "Trước đây tôi chỉ biết khuyên nhủ, giờ mới biết phải báo ngay cho công an xã và tổ hòa giải".
Các chị Quàng Thị Duyên, Hà Thị Nhung, Lường Thị Khay - Chủ tịch Hội LHPN xã, là những người đã trực tiếp vận động được nhiều cặp vợ chồng đoàn tụ, được mời chia sẻ kinh nghiệm tại lớp học. Sau tập huấn, mỗi học viên được cấp 1 bộ tài liệu song ngữ Việt - Thái và 1 sổ tay ghi chép vụ việc.
Dịp này, Hội LHPN tỉnh công bố Kế hoạch số 46/KH-HPN ngày 3/8/2017 về nâng chất lượng hoạt động các địa chỉ tin cậy giai đoạn 2017 - 2020, triển khai Quyết định số 2383/QĐ-BVHTTDL và Chỉ thị số 21-CT/TW của Ban Bí thư. Mục tiêu đến năm 2020 có 100% xã có ít nhất 1 địa chỉ tin cậy hoặc nhóm tự quản; kinh phí hỗ trợ mỗi địa chỉ 2 triệu đồng/năm.
Thu Hương
Lượt xem: 987
Bài viết liên quan
- Mai Sơn: ra mắt 3 "Địa chỉ tin cậy" tại cộng đồng (28/07/2017)
- Sốp Cộp: 150 phụ nữ dự hội thi tuyên truyền phòng, chống tảo hôn (18/07/2017)
- Hội LHPN tỉnh giám sát thực hiện chính sách đối với nạn nhân mua bán người (05/07/2017)
""", "2017-08-10", 'Nâng cao kỹ năng cho thành viên "Địa chỉ tin cậy" và tổ truyền thông cộng đồng',
E("tap_huan", "2017", "2017-08-08"),
[P("Trần Thị Vân Anh", "TS.", "nguyên Phó Viện trưởng Viện Nghiên cứu Gia đình và Giới"),
 P("Cầm Thị Phong", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Lò Thị Luyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh khóa XIII"),
 P("Mùa Thị Mai", "người có uy tín bản Phiêng Cài"),
 P("Quàng Thị Duyên", "Chủ tịch Hội LHPN xã"), P("Hà Thị Nhung", "Chủ tịch Hội LHPN xã"), P("Lường Thị Khay", "Chủ tịch Hội LHPN xã")],
[Q("85 học viên", 85, "học viên"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q('74 "Địa chỉ tin cậy"', 74, "Địa chỉ tin cậy"), Q('208 câu lạc bộ "Phòng, chống bạo lực gia đình"', 208, "câu lạc bộ"),
 Q("41 tổ truyền thông cộng đồng", 41, "tổ truyền thông cộng đồng"), Q("56 lượt nạn nhân", 56, "lượt nạn nhân"),
 Q("312 lượt người", 312, "lượt người"), Q("khoảng 40%", 40, "%", "approx"), Q("100%", 100, "%"),
 Q("2 triệu đồng/năm", 2000000, "đồng")],
[D("Thông tư", "02", "2010/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 02/2010/TT-BVHTTDL"),
 D("Kế hoạch", "46", "KH-HPN", "2017-08-03", None, "Kế hoạch số 46/KH-HPN ngày 3/8/2017"),
 D("Quyết định", "2383", "QĐ-BVHTTDL", None, None, "Quyết định số 2383/QĐ-BVHTTDL"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Sơn La"), com("Chiềng Ơn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SƠN LA", "Trang chủ › Tin tức › Hoạt động các cấp Hội", "Ảnh: Các học viên thực hành kỹ năng tư vấn.",
 "Địa chỉ tin cậy", "Phòng, chống bạo lực gia đình", "Luật Phòng, chống bạo lực gia đình", "Luật Phòng, chống mua bán người", "Lượt xem: 987"],
["Ngày đăng 10/08/2017 | 15:40", "2 ngày", "năm 2017", "Năm 2016", "7 tháng đầu năm 2017", "16 tuổi", "1 bộ tài liệu", "1 sổ tay",
 "giai đoạn 2017 - 2020", "ít nhất 1 địa chỉ tin cậy", "khóa XIII", "Lượt xem: 987"]))

PAGES.append(page("b4740-caobang-doithoai-2018", """
Báo Cao Bằng điện tử
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 22/06/2018 | 10:12
Đối thoại với phụ nữ về phòng, chống mua bán người tại xã biên giới
Ngày 20/6/2018, Hội LHPN tỉnh Cao Bằng phối hợp với UBND xã Đàm Thủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với phụ nữ về phòng, chống mua bán người và hôn nhân trái pháp luật năm 2018. Tham dự có bà Nông Thị Tuyết, Phó Chủ tịch Hội LHPN tỉnh; ông Đàm Văn Lưu, Bí thư Đảng ủy, Chủ tịch HĐND xã; ông Hoàng Văn Dương, Chủ tịch UBND xã cùng 150 hội viên, phụ nữ đến từ 13 xóm.
Ông Hoàng Văn Dương trả lời ý kiến của hội viên. Ảnh: Bế Hà
Tại buổi đối thoại, 17 ý kiến của chị em đã được nêu lên, tập trung vào việc làm cho lao động nữ, thủ tục nhập khẩu cho con của phụ nữ trở về, chính sách vay vốn và tình trạng kết hôn không đăng ký với người nước ngoài. Chị Lý Thị Hằng, xóm Bản Giốc, phản ánh: nhiều phụ nữ qua biên giới làm thuê theo mùa vụ, nhưng không có giấy tờ, dễ bị lợi dụng. Chị Nông Thị Lan, Chi hội trưởng phụ nữ xóm Pác Rằng, đề nghị mở lớp dạy nghề thêu, dệt thổ cẩm để chị em có thu nhập tại chỗ.
Trả lời các ý kiến, ông Hoàng Văn Dương cho biết, năm 2017 và 5 tháng đầu năm 2018, xã đã tiếp nhận 8 phụ nữ trở về, làm thủ tục đăng ký khai sinh cho 5 cháu, giải quyết cho 21 hộ vay vốn ưu đãi với tổng số tiền 630 triệu đồng. UBND xã sẽ phối hợp Đồn Biên phòng Đàm Thủy rà soát số phụ nữ vắng mặt, hướng dẫn chị em làm giấy thông hành đúng quy định theo Nghị định 112/2014/NĐ-CP của Chính phủ về quản lý cửa khẩu biên giới đất liền.
Bà Nông Thị Tuyết thông tin, thực hiện Chương trình hành động số 32-CTr/TU của Tỉnh ủy và Kế hoạch 19/KH-BTV của Ban Thường vụ Hội LHPN tỉnh, toàn tỉnh đã duy trì 46 câu lạc bộ "Phụ nữ biên giới phòng, chống mua bán người" với 1.380 thành viên, 22 "Địa chỉ tin cậy" ở các xã biên giới. Năm 2017, Hội đã hỗ trợ trên 40 nạn nhân trở về, trong đó có những chị bị bán sang Trung Quốc hơn 10 năm mới tìm được đường về.
Kết thúc đối thoại, ông Đàm Văn Lưu khẳng định các ý kiến thuộc thẩm quyền xã sẽ được giải quyết trong tháng 7; 4 ý kiến vượt thẩm quyền sẽ được tổng hợp, kiến nghị lên huyện. Dịp này, Hội LHPN tỉnh trao tặng 20 suất quà, mỗi suất 400.000 đồng, cho các chị có hoàn cảnh khó khăn và tặng 1 tủ sách pháp luật cho Hội LHPN xã.
Bế Hà
Lượt xem: 1.532
Tin liên quan
- Trà Lĩnh: 300 phụ nữ được tuyên truyền về phòng, chống mua bán người (12/06/2018)
- Hội LHPN tỉnh sơ kết 2 năm thực hiện đề án "Hỗ trợ phụ nữ khởi nghiệp" (05/06/2018)
- Đoàn đại biểu Hội Phụ nữ Quảng Tây thăm và làm việc tại Cao Bằng (25/05/2018)
""", "2018-06-22", "Đối thoại với phụ nữ về phòng, chống mua bán người tại xã biên giới",
E("doi_thoai", "2018", "2018-06-20"),
[P("Nông Thị Tuyết", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đàm Văn Lưu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Hoàng Văn Dương", "Chủ tịch UBND xã"),
 P("Lý Thị Hằng"), P("Nông Thị Lan", "Chi hội trưởng phụ nữ xóm Pác Rằng")],
[Q("150 hội viên", 150, "hội viên"), Q("13 xóm", 13, "xóm"), Q("17 ý kiến", 17, "ý kiến"), Q("8 phụ nữ", 8, "phụ nữ"),
 Q("5 cháu", 5, "cháu"), Q("21 hộ", 21, "hộ"), Q("630 triệu đồng", 630000000, "đồng"),
 Q('46 câu lạc bộ "Phụ nữ biên giới phòng, chống mua bán người"', 46, "câu lạc bộ"), Q("1.380 thành viên", 1380, "thành viên"),
 Q('22 "Địa chỉ tin cậy"', 22, "Địa chỉ tin cậy"), Q("trên 40 nạn nhân", 40, "nạn nhân", "over"), Q("4 ý kiến", 4, "ý kiến"),
 Q("20 suất quà", 20, "suất quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Nghị định", "112", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 112/2014/NĐ-CP"),
 D("Chương trình hành động", "32", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 32-CTr/TU"),
 D("Kế hoạch", "19", "KH-BTV", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 19/KH-BTV")],
[prov("Cao Bằng"), com("Đàm Thủy")],
["Báo Cao Bằng điện tử", "Chính trị » Mặt trận - Đoàn thể", "Ông Hoàng Văn Dương trả lời ý kiến của hội viên.",
 "Phụ nữ biên giới phòng, chống mua bán người", "Địa chỉ tin cậy", "Đồn Biên phòng Đàm Thủy", "Lượt xem: 1.532"],
["Thứ Sáu, 22/06/2018 | 10:12", "năm 2018", "năm 2017", "5 tháng đầu năm 2018", "hơn 10 năm", "tháng 7", "1 tủ sách", "Lượt xem: 1.532"]))

PAGES.append(page("b4741-thanhhoa-tongket-2019", """
Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa - Cổng thông tin điện tử
Trang chủ | Tin tức | Tin hoạt động
Cập nhật lúc 17:05 ngày 27/12/2019
Toàn cảnh hội nghị tổng kết.
Năm 2019: 98 "Địa chỉ tin cậy" tiếp nhận, hỗ trợ 143 lượt nạn nhân bạo lực gia đình
Ngày 26/12/2019, Hội LHPN tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có đồng chí Lê Thị Thìn, Tỉnh ủy viên, Trưởng ban Gia đình - Xã hội, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Phạm Thị Hằng, Ủy viên Ban Thường vụ, Phó Chủ tịch Hội LHPN tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Châu, Hà Văn Tuấn.
Báo cáo tổng kết nêu rõ, năm 2019 các cấp Hội đã chủ trì xây dựng và duy trì 98 "Địa chỉ tin cậy" tại cộng đồng, tiếp nhận, hỗ trợ 143 lượt nạn nhân bạo lực gia đình; thành lập mới 37 câu lạc bộ "Gia đình hạnh phúc", nâng tổng số lên 612 câu lạc bộ với trên 18.400 thành viên. Tại 11 huyện miền núi, Hội phối hợp với ngành Y tế triển khai mô hình can thiệp giảm thiểu tảo hôn và hôn nhân cận huyết thống ở 24 xã, số cặp tảo hôn giảm từ 164 cặp năm 2017 xuống còn 92 cặp năm 2019.
Về phòng, chống mua bán người, Hội đã phối hợp với Công an tỉnh tổ chức 265 buổi tuyên truyền cho gần 31.000 lượt người; hỗ trợ tái hòa nhập cho 19 phụ nữ trở về, trong đó 7 chị được vay vốn từ nguồn ủy thác Ngân hàng Chính sách xã hội, mỗi chị 30 triệu đồng. Các cấp Hội triển khai hiệu quả Đề án 938 theo Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ và Nghị quyết số 05-NQ/TU, 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.
Tại hội nghị, đồng chí Hà Thị Hương, HUV, Chủ tịch Hội LHPN huyện Quan Sơn, tham luận về cách làm ở xã Na Mèo: mỗi chi hội phân công 1 hội viên nòng cốt "đỡ đầu" một gia đình có nguy cơ bạo lực. Đồng chí Lục Thị Nga, Chủ tịch Hội LHPN xã Thanh Xuân, chia sẻ kinh nghiệm vận động đồng bào Thái không ép con gái lấy chồng sớm.
Phát biểu chỉ đạo, đồng chí Lê Văn Châu đề nghị năm 2020 các cấp Hội tập trung tổ chức thành công đại hội phụ nữ các cấp nhiệm kỳ 2021 - 2026; tiếp tục thực hiện Chỉ thị 21-CT/TW ngày 20/1/2018 của Ban Bí thư; phấn đấu 100% xã miền núi có câu lạc bộ phòng, chống bạo lực gia đình, giảm ít nhất 10% số cặp tảo hôn so với năm 2019.
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 32 tập thể, 45 cá nhân xuất sắc trong công tác Hội năm 2019.
Minh Hằng
Lượt truy cập: 2.417
Tin khác
- Quan Hóa: ra mắt 5 "Địa chỉ tin cậy" (20/12/2019)
- Tập huấn phòng, chống mua bán người cho 120 cán bộ Hội cơ sở (12/12/2019)
- Trao 100 suất quà cho phụ nữ nghèo dịp Tết (05/12/2019)
""", "2019-12-27", 'Năm 2019: 98 "Địa chỉ tin cậy" tiếp nhận, hỗ trợ 143 lượt nạn nhân bạo lực gia đình',
E("tong_ket", "2019", "2019-12-26"),
[P("Lê Thị Thìn", "Tỉnh ủy viên", "Trưởng ban Gia đình - Xã hội", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Hằng", "Ủy viên Ban Thường vụ", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Châu", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hà Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Thị Hương", "HUV", "Chủ tịch Hội LHPN huyện Quan Sơn"),
 P("Lục Thị Nga", "Chủ tịch Hội LHPN xã Thanh Xuân")],
[Q('98 "Địa chỉ tin cậy"', 98, "Địa chỉ tin cậy"), Q("143 lượt nạn nhân bạo lực gia đình", 143, "lượt nạn nhân bạo lực gia đình"),
 Q('37 câu lạc bộ "Gia đình hạnh phúc"', 37, "câu lạc bộ"), Q("612 câu lạc bộ", 612, "câu lạc bộ"),
 Q("trên 18.400 thành viên", 18400, "thành viên", "over"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("24 xã", 24, "xã"),
 Q("164 cặp", 164, "cặp"), Q("92 cặp", 92, "cặp"), Q("265 buổi tuyên truyền", 265, "buổi tuyên truyền"),
 Q("gần 31.000 lượt người", 31000, "lượt người", "approx"), Q("19 phụ nữ", 19, "phụ nữ"), Q("7 chị", 7, "chị"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("100%", 100, "%"), Q("ít nhất 10%", 10, "%", "over"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân xuất sắc", 45, "cá nhân xuất sắc")],
[D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg ngày 30/6/2017"),
 D("Nghị quyết", "05", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 05-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "06-NQ/TU"),
 D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị 21-CT/TW ngày 20/1/2018")],
[prov("Thanh Hóa"), com("Na Mèo"), com("Thanh Xuân")],
["Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa - Cổng thông tin điện tử", "Trang chủ | Tin tức | Tin hoạt động", "Toàn cảnh hội nghị tổng kết.",
 "Gia đình hạnh phúc", "Đề án 938", "Lượt truy cập: 2.417"],
["Cập nhật lúc 17:05 ngày 27/12/2019", "năm 2020", "năm 2017", "nhiệm kỳ 2021 - 2026", "1 hội viên", "Lượt truy cập: 2.417"]))

PAGES.append(page("b4742-gialai-traoqua-2020", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội » Phụ nữ
30/09/2020 - 08:45
Trao 60 suất quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình
(GLO) - Ngày 29/9, Hội LHPN tỉnh Gia Lai phối hợp với Quỹ Bảo trợ trẻ em tỉnh tổ chức trao 60 suất quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình và phụ nữ có hoàn cảnh đặc biệt khó khăn do ảnh hưởng dịch Covid-19 tại xã Ia Dom và xã Ia Nan. Mỗi suất quà trị giá 700.000 đồng gồm gạo, dầu ăn và tiền mặt; tổng trị giá 42 triệu đồng.
Bà Rơ Châm H'Ngơm trao quà cho phụ nữ xã Ia Dom. Ảnh: Hồng Thi
Tham dự và trao quà có bà Rơ Châm H'Ngơm, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Ksor H'Bơ Khăp, Phó Chủ tịch Hội LHPN tỉnh; ông Siu Đức, Phó Chủ tịch UBND huyện Đức Cơ; bà Rahlan H'Loan, Chủ tịch Hội LHPN huyện Đức Cơ.
Theo bà Ksor H'Bơ Khăp, từ đầu năm 2020 đến nay, toàn tỉnh đã phát hiện 73 vụ bạo lực gia đình, trong đó 61 nạn nhân là phụ nữ; các "Địa chỉ tin cậy" và "Nhà tạm lánh" đã tiếp nhận, hỗ trợ 28 lượt. Hội LHPN tỉnh hiện duy trì 51 "Địa chỉ tin cậy", 186 tổ, nhóm phụ nữ "Phòng, chống bạo lực gia đình" ở các buôn, làng với trên 3.700 thành viên, chủ yếu là chị em Jrai, Ba Na. Ở xã Ia Nan, tình trạng tảo hôn vẫn còn 14 cặp, hôn nhân cận huyết thống 2 cặp; Hội đã vận động thành công 5 gia đình hủy hôn ước khi con chưa đủ tuổi.
Bà Rơ Châm H'Ngơm chia sẻ khó khăn với các gia đình: năm nay dịch bệnh khiến nhiều người mất việc làm ở các tỉnh phía Nam phải trở về, kinh tế khó khăn dễ phát sinh mâu thuẫn vợ chồng. Bà đề nghị các chi hội phụ nữ buôn, làng tiếp tục đến từng nhà, kịp thời phát hiện, can thiệp; vận động chị em tham gia Cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và thực hiện Nghị quyết số 01-NQ/ĐH của Đại hội đại biểu Phụ nữ tỉnh lần thứ XII.
Chị Ksor H'Yen, ở làng Grôn, xã Ia Dom, xúc động: "Bị chồng đánh nhiều lần, tôi phải bồng con về nhà mẹ, nhờ các chị trong Hội động viên, giờ vợ chồng đã làm lành". Anh Rơ Mah Tuân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Nan, cho biết xã đã đưa nội dung phòng, chống bạo lực gia đình vào hương ước của 9 làng.
Cùng ngày, đoàn trao tặng 15 chiếc xe đạp cho các em học sinh nữ người Jrai có nguy cơ bỏ học, mỗi chiếc trị giá 1,8 triệu đồng, do Công ty TNHH Hoàng Long tài trợ; đồng thời trao 2 con bò giống cho 2 hộ phụ nữ là nạn nhân mua bán người trở về theo Kế hoạch số 132/KH-HPN ngày 15/5/2020 của Ban Thường vụ Hội LHPN tỉnh.
Hồng Thi
Lượt đọc: 1.098
Tin cùng chuyên mục
- Hội LHPN tỉnh trao 100 suất học bổng cho học sinh nghèo (25/09/2020)
- Chư Prông: 40 phụ nữ được tư vấn pháp luật miễn phí (18/09/2020)
- Phụ nữ Ia Grai chung tay phòng, chống dịch Covid-19 (10/09/2020)
""", "2020-09-30", "Trao 60 suất quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình",
E("trao_qua", None, "2020-09-29"),
[P("Rơ Châm H'Ngơm", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Siu Đức", "Phó Chủ tịch UBND huyện Đức Cơ"),
 P("Rahlan H'Loan", "Chủ tịch Hội LHPN huyện Đức Cơ"),
 P("Ksor H'Yen"),
 P("Rơ Mah Tuân", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Nan")],
[Q("60 suất quà", 60, "suất quà"), Q("700.000 đồng", 700000, "đồng"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("73 vụ bạo lực gia đình", 73, "vụ bạo lực gia đình"), Q("61 nạn nhân", 61, "nạn nhân"), Q("28 lượt", 28, "lượt"),
 Q('51 "Địa chỉ tin cậy"', 51, "Địa chỉ tin cậy"), Q("186 tổ, nhóm phụ nữ", 186, "tổ, nhóm phụ nữ"),
 Q("trên 3.700 thành viên", 3700, "thành viên", "over"), Q("14 cặp", 14, "cặp"), Q("2 cặp", 2, "cặp"),
 Q("5 gia đình", 5, "gia đình"), Q("9 làng", 9, "làng"), Q("15 chiếc xe đạp", 15, "chiếc xe đạp"),
 Q("1,8 triệu đồng", 1800000, "đồng"), Q("2 con bò giống", 2, "con bò giống"), Q("2 hộ phụ nữ", 2, "hộ phụ nữ")],
[D("Nghị quyết", "01", "NQ/ĐH", None, "Đại hội đại biểu Phụ nữ tỉnh lần thứ XII", "Nghị quyết số 01-NQ/ĐH"),
 D("Kế hoạch", "132", "KH-HPN", "2020-05-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 132/KH-HPN ngày 15/5/2020")],
[prov("Gia Lai"), com("Ia Dom"), com("Ia Nan")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội » Phụ nữ", "Bà Rơ Châm H'Ngơm trao quà cho phụ nữ xã Ia Dom.", "Địa chỉ tin cậy", "Nhà tạm lánh",
 "Phòng, chống bạo lực gia đình", "Xây dựng gia đình 5 không, 3 sạch", "Công ty TNHH Hoàng Long", "Lượt đọc: 1.098"],
["30/09/2020 - 08:45", "năm 2020", "5 không, 3 sạch", "lần thứ XII", "Covid-19", "Lượt đọc: 1.098"]))

PAGES.append(page("b4743-daklak-chandung-2021", """
Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Bạn đang ở: Trang chủ / Xã hội / Gương sáng
Thứ Hai, 08/03/2021, 07:30
H'Nga Niê Kdăm - "chị cả" của địa chỉ tin cậy buôn Kô Siêr
Nhân ngày Quốc tế Phụ nữ 8/3, phóng viên có dịp về buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột, gặp chị H'Nga Niê Kdăm, Chi hội trưởng Chi hội phụ nữ buôn Kô Siêr, người 6 năm nay giữ "Địa chỉ tin cậy" ngay tại ngôi nhà dài của gia đình mình.
Chị H'Nga Niê Kdăm (bìa phải) tư vấn cho chị em trong buôn. Ảnh: Hoàng Gia
Từ năm 2015, khi "Địa chỉ tin cậy" được thành lập theo Kế hoạch số 07/KH-HPN của Hội LHPN thành phố, chị H'Nga đã tiếp nhận, bảo vệ tạm thời 23 lượt phụ nữ và trẻ em bị bạo lực, hòa giải thành công 17 vụ mâu thuẫn vợ chồng. Có lần nửa đêm, một chị trong buôn ôm con chạy đến gõ cửa, chị H'Nga cho ở lại, sáng hôm sau cùng Trưởng buôn đến nhà người chồng khuyên giải.
"Người Êđê mình theo chế độ mẫu hệ, nhưng không phải nhà nào đàn ông cũng không đánh vợ. Nhiều khi do rượu, do nghèo", chị kể. Vì thế, cùng với Chi hội, chị vận động thành lập câu lạc bộ "Gia đình không có bạo lực" với 32 cặp vợ chồng tham gia, sinh hoạt mỗi tháng một lần; vận động 12 hộ cam kết không uống rượu say, không tảo hôn. Ba năm qua, buôn Kô Siêr không còn trường hợp tảo hôn nào, trong khi trước đây mỗi năm có 2 - 3 cặp.
Bà H'Zuông Byă, Chủ tịch Hội LHPN phường Tân Lợi, cho biết: phường hiện có 3 địa chỉ tin cậy, 5 câu lạc bộ với khoảng 170 thành viên; trong đó địa chỉ ở buôn Kô Siêr hoạt động hiệu quả nhất. Năm 2020, chị H'Nga được Chủ tịch UBND tỉnh tặng bằng khen, được Trung ương Hội LHPN Việt Nam ghi nhận là một trong 60 gương điển hình tham gia phòng, chống bạo lực gia đình toàn quốc.
Theo bà H'Năm Ê Ban, Phó Chủ tịch Hội LHPN tỉnh, toàn tỉnh hiện có 137 địa chỉ tin cậy, 412 câu lạc bộ, tổ, nhóm phòng, chống bạo lực gia đình. Thực hiện Chỉ thị số 06-CT/TU ngày 10/8/2019 của Ban Thường vụ Tỉnh ủy và Quyết định số 215/QĐ-UBND của UBND tỉnh, Hội đang phấn đấu đến cuối năm 2021 có trên 150 địa chỉ tin cậy, mỗi địa chỉ được hỗ trợ 3 triệu đồng để mua sắm trang thiết bị.
Những ngày đầu xuân, căn nhà dài của chị H'Nga vẫn rộn tiếng cười. Chị bảo, điều chị mong nhất là "địa chỉ tin cậy" của mình ngày càng ít người phải tìm đến.
Hoàng Gia
Lượt xem: 3.266
Tin liên quan
- Krông Bông: ra mắt mô hình "Cộng đồng không có bạo lực gia đình" (04/03/2021)
- Hội LHPN tỉnh biểu dương 50 phụ nữ tiêu biểu (02/03/2021)
- Gặp mặt cán bộ Hội phụ nữ người đồng bào dân tộc thiểu số (25/02/2021)
""", "2021-03-08", "H'Nga Niê Kdăm - \"chị cả\" của địa chỉ tin cậy buôn Kô Siêr",
E("khac", None, None),
[P("H'Nga Niê Kdăm", "Chi hội trưởng Chi hội phụ nữ buôn Kô Siêr"),
 P("H'Zuông Byă", "Chủ tịch Hội LHPN phường Tân Lợi"),
 P("H'Năm Ê Ban", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("23 lượt phụ nữ và trẻ em", 23, "lượt phụ nữ và trẻ em"), Q("17 vụ mâu thuẫn vợ chồng", 17, "vụ mâu thuẫn vợ chồng"),
 Q("32 cặp vợ chồng", 32, "cặp vợ chồng"), Q("12 hộ", 12, "hộ"), Q("2 - 3 cặp", 2, "cặp", "approx"),
 Q("3 địa chỉ tin cậy", 3, "địa chỉ tin cậy"), Q("5 câu lạc bộ", 5, "câu lạc bộ"), Q("khoảng 170 thành viên", 170, "thành viên", "approx"),
 Q("60 gương điển hình", 60, "gương điển hình"), Q("137 địa chỉ tin cậy", 137, "địa chỉ tin cậy"),
 Q("412 câu lạc bộ, tổ, nhóm", 412, "câu lạc bộ, tổ, nhóm"), Q("trên 150 địa chỉ tin cậy", 150, "địa chỉ tin cậy", "over"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Kế hoạch", "07", "KH-HPN", None, "Hội LHPN thành phố", "Kế hoạch số 07/KH-HPN"),
 D("Chỉ thị", "06", "CT/TU", "2019-08-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU ngày 10/8/2019"),
 D("Quyết định", "215", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 215/QĐ-UBND")],
[prov("Đắk Lắk"), com("Tân Lợi")],
["Báo Đắk Lắk điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk", "Bạn đang ở: Trang chủ / Xã hội / Gương sáng",
 "Chị H'Nga Niê Kdăm (bìa phải) tư vấn cho chị em trong buôn.", "Địa chỉ tin cậy", "Gia đình không có bạo lực", "Lượt xem: 3.266"],
["Thứ Hai, 08/03/2021, 07:30", "8/3", "6 năm", "năm 2015", "Ba năm", "Năm 2020", "năm 2021", "Lượt xem: 3.266"]))

PAGES.append(page("b4744-soctrang-hoinghi-2022", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội
Thứ Sáu, 25/11/2022 | 09:50
Ảnh: Đại biểu dự hội nghị chụp ảnh lưu niệm.
Biểu dương 45 mô hình, câu lạc bộ tiêu biểu phòng, chống bạo lực gia đình
Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, ngày 24/11/2022, Hội LHPN tỉnh Sóc Trăng tổ chức hội nghị biểu dương mô hình, câu lạc bộ phòng, chống bạo lực gia đình, mua bán người năm 2022. Đồng chí Lâm Thị Sa Phonl, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có đồng chí Huỳnh Thị Diễm Ngọc, Phó Chủ tịch UBND tỉnh và các đồng chí Thạch Thị Sa Ranh, Trần Thị Mỹ Duyên, Lý Thị Kim Lan - Phó Chủ tịch Hội LHPN tỉnh.
Năm 2022, các cấp Hội trong tỉnh đã duy trì 288 câu lạc bộ "Gia đình phát triển bền vững", 64 "Địa chỉ tin cậy" và 19 câu lạc bộ "Phụ nữ Khmer với pháp luật" ở các ấp, khóm có đông đồng bào Khmer. Các địa chỉ tin cậy đã tiếp nhận 37 trường hợp, can thiệp kịp thời 29 vụ bạo lực; Hội phối hợp tư vấn, trợ giúp pháp lý cho trên 540 lượt phụ nữ. Công tác phòng, chống mua bán người được quan tâm, nhất là với lao động nữ đi làm ăn xa: 11 phụ nữ trở về từ Campuchia, Trung Quốc được Hội hỗ trợ sinh kế với tổng số tiền 165 triệu đồng.
Tại hội nghị, bà Thạch Thị Sà Phết, Chủ nhiệm câu lạc bộ "Phụ nữ Khmer với pháp luật" ấp Prey Chóp, xã Lâm Kiết, kể lại chuyện cả câu lạc bộ đến nhà khuyên giải một người chồng say rượu đánh vợ; nay gia đình ấy đã trở thành "gia đình văn hóa". Bà Danh Thị Sa Mây, Chủ tịch Hội LHPN thị trấn Lịch Hội Thượng, giới thiệu mô hình "Tổ phụ nữ tự quản ven biển" với 42 thành viên. Sư cả Lâm Sao Phal, trụ trì chùa Bôtum Vong Sa Som Rông, đề nghị tiếp tục phối hợp tuyên truyền trong các buổi lễ tại chùa.
Phát biểu, đồng chí Huỳnh Thị Diễm Ngọc ghi nhận đóng góp của Hội, đề nghị tiếp tục thực hiện Quyết định số 2238/QĐ-TTg ngày 30/12/2021 của Thủ tướng Chính phủ về Chương trình truyền thông về bình đẳng giới và Kế hoạch số 156/KH-UBND ngày 20/6/2022 của UBND tỉnh; nhân rộng các mô hình có hiệu quả, phấn đấu năm 2023 có thêm khoảng 20 địa chỉ tin cậy.
Đồng chí Lâm Thị Sa Phonl cũng lưu ý tình trạng một số thanh niên nữ bỏ học sớm, theo người quen lên thành phố hoặc sang nước ngoài làm việc không qua hợp đồng; đề nghị các chi hội ấp, khóm nắm chắc danh sách, kịp thời thông tin cho gia đình và chính quyền.
Dịp này, Ban Thường vụ Hội LHPN tỉnh tặng giấy khen cho 45 mô hình, câu lạc bộ tiêu biểu và 30 cá nhân, mỗi tập thể được thưởng 1 triệu đồng.
Thạch Ni
Lượt xem: 1.745
Tin khác
- Mỹ Xuyên: ra mắt câu lạc bộ "Gia đình hạnh phúc" (18/11/2022)
- Hội LHPN tỉnh tổ chức tọa đàm về bình đẳng giới (10/11/2022)
- Hỗ trợ 30 phụ nữ Khmer vay vốn (02/11/2022)
""", "2022-11-25", "Biểu dương 45 mô hình, câu lạc bộ tiêu biểu phòng, chống bạo lực gia đình",
E("hoi_nghi", "2022", "2022-11-24"),
[P("Lâm Thị Sa Phonl", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Huỳnh Thị Diễm Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sa Ranh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Trần Thị Mỹ Duyên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Kim Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Thạch Thị Sà Phết", 'Chủ nhiệm câu lạc bộ "Phụ nữ Khmer với pháp luật" ấp Prey Chóp'),
 P("Danh Thị Sa Mây", "Chủ tịch Hội LHPN thị trấn Lịch Hội Thượng"),
 P("Lâm Sao Phal", "Sư cả", "trụ trì chùa Bôtum Vong Sa Som Rông")],
[Q("45 mô hình, câu lạc bộ tiêu biểu", 45, "mô hình, câu lạc bộ tiêu biểu"),
 Q('288 câu lạc bộ "Gia đình phát triển bền vững"', 288, "câu lạc bộ"), Q('64 "Địa chỉ tin cậy"', 64, "Địa chỉ tin cậy"),
 Q('19 câu lạc bộ "Phụ nữ Khmer với pháp luật"', 19, "câu lạc bộ"), Q("37 trường hợp", 37, "trường hợp"),
 Q("29 vụ bạo lực", 29, "vụ bạo lực"), Q("trên 540 lượt phụ nữ", 540, "lượt phụ nữ", "over"), Q("11 phụ nữ", 11, "phụ nữ"),
 Q("165 triệu đồng", 165000000, "đồng"), Q("42 thành viên", 42, "thành viên"),
 Q("khoảng 20 địa chỉ tin cậy", 20, "địa chỉ tin cậy", "approx"), Q("30 cá nhân", 30, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "2238", "QĐ-TTg", "2021-12-30", "Thủ tướng Chính phủ", "Quyết định số 2238/QĐ-TTg ngày 30/12/2021"),
 D("Kế hoạch", "156", "KH-UBND", "2022-06-20", "UBND tỉnh", "Kế hoạch số 156/KH-UBND ngày 20/6/2022")],
[prov("Sóc Trăng"), com("Lâm Kiết"), com("Lịch Hội Thượng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH SÓC TRĂNG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Hội",
 "Ảnh: Đại biểu dự hội nghị chụp ảnh lưu niệm.", "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
 "Gia đình phát triển bền vững", "Địa chỉ tin cậy", "Phụ nữ Khmer với pháp luật", "Tổ phụ nữ tự quản ven biển", "Lượt xem: 1.745"],
["Thứ Sáu, 25/11/2022 | 09:50", "năm 2022", "năm 2023", "Lượt xem: 1.745"]))
