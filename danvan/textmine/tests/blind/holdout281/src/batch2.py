from lib import *
PAGES = []

PAGES.append(page("b6707-ninhthuan-doithoai-diemdan-2017", """
BÁO NINH THUẬN
Trang chủ >> Kinh tế >> Nông nghiệp
Thứ Năm, 20/04/2017 | 10:12
Chủ tịch UBND tỉnh đối thoại với diêm dân
Ngày 19-4, tại Nhà văn hóa xã Tri Hải, đồng chí Lưu Xuân Vĩnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã chủ trì buổi đối thoại với diêm dân năm 2017. Cùng dự có đồng chí Chamaléa Thị Thủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trượng Văn Lợi, Chủ tịch Hội Nông dân tỉnh; lãnh đạo các sở, ngành và gần 250 diêm dân các xã Tri Hải, Phương Hải, Nhơn Hải, Phước Dinh.
Đồng chí Lưu Xuân Vĩnh (đứng) trả lời ý kiến của diêm dân.
Toàn tỉnh Ninh Thuận hiện có 3.665 ha đồng muối, trong đó muối công nghiệp chiếm hơn 2.000 ha, muối thủ công khoảng 1.100 ha với trên 2.300 hộ diêm dân. Vụ muối năm 2016, giá muối thủ công có lúc chỉ 500 đồng/kg, nhiều hộ không đủ bù chi phí thuê nhân công.
Tại buổi đối thoại, 18 ý kiến của diêm dân tập trung vào giá muối, đầu ra sản phẩm, hạ tầng đồng muối và việc thu hồi đất làm dự án. Ông Đàng Văn Khánh, diêm dân thôn Mỹ Tường 1, xã Nhơn Hải, phản ánh tuyến kênh cấp nước biển bị bồi lắng, mùa nắng nước không vào ruộng. Bà Nguyễn Thị Mận, Tổ trưởng Tổ hợp tác sản xuất muối sạch Tri Hải, đề nghị tỉnh hỗ trợ bạt lót nền cho các hộ chuyển sang sản xuất muối trải bạt.
Trả lời các ý kiến, đồng chí Lưu Xuân Vĩnh cho biết tỉnh đã phê duyệt Quyết định số 1046, 1047/QĐ-UBND về đầu tư nâng cấp hạ tầng đồng muối Tri Hải và Quán Thẻ với tổng vốn khoảng 85 tỷ đồng; năm nay sẽ hỗ trợ 30% chi phí mua bạt cho diêm dân theo Nghị quyết số 13/2016/NQ-HĐND của HĐND tỉnh. Đối với các hộ bị thu hồi đất, Chủ tịch UBND tỉnh yêu cầu các huyện Ninh Hải, Thuận Nam công khai phương án bồi thường, tổ chức đối thoại trước khi thực hiện.
Ông Phan Tấn Cảnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, thông tin: thực hiện Quyết định số 1325/QĐ-TTg ngày 24/8/2016 của Thủ tướng Chính phủ về quy hoạch sản xuất muối, tỉnh định hướng chuyển khoảng 300 ha muối thủ công kém hiệu quả sang nuôi trồng thủy sản hoặc sản xuất artemia.
Đồng chí Chamaléa Thị Thủy đề nghị Mặt trận và các đoàn thể tiếp tục nắm tình hình tư tưởng diêm dân, vận động bà con thành lập hợp tác xã, tổ hợp tác; đồng thời thực hiện tốt Quy chế dân chủ ở cơ sở trong các dự án liên quan đến đất sản xuất muối.
Kết thúc buổi đối thoại, 15/18 ý kiến đã được trả lời trực tiếp; các ý kiến còn lại được giao các sở, ngành trả lời bằng văn bản trước ngày 30/5.
Văn Nỷ
Tin khác
- Thuận Nam: hỗ trợ diêm dân 500 tấm bạt (12/04/2017)
- Giá muối tăng nhẹ, diêm dân phấn khởi (05/04/2017)
- Hội Nông dân tỉnh tập huấn sản xuất muối sạch (29/03/2017)
- Ninh Hải ra mắt hợp tác xã muối Tri Hải (16/03/2017)
""", "2017-04-20", "Chủ tịch UBND tỉnh đối thoại với diêm dân",
E("doi_thoai", "2017", "2017-04-19"),
[P("Lưu Xuân Vĩnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Chamaléa Thị Thủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trượng Văn Lợi", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đàng Văn Khánh", "diêm dân thôn Mỹ Tường 1"),
 P("Nguyễn Thị Mận", "Tổ trưởng Tổ hợp tác sản xuất muối sạch Tri Hải"),
 P("Phan Tấn Cảnh", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn")],
[Q("gần 250 diêm dân", 250, "diêm dân", "approx"), Q("3.665 ha", 3665, "ha"), Q("hơn 2.000 ha", 2000, "ha", "over"),
 Q("khoảng 1.100 ha", 1100, "ha", "approx"), Q("trên 2.300 hộ diêm dân", 2300, "hộ diêm dân", "over"),
 Q("500 đồng/kg", 500, "đồng"), Q("18 ý kiến", 18, "ý kiến"), Q("khoảng 85 tỷ đồng", 85000000000, "đồng", "approx"),
 Q("30%", 30, "%"), Q("khoảng 300 ha", 300, "ha", "approx"), Q("15/18 ý kiến", 15, "ý kiến")],
[D("Quyết định", "1046", "QĐ-UBND", None, None, "Quyết định số 1046, 1047/QĐ-UBND"),
 D("Quyết định", "1047", "QĐ-UBND", None, None, "Quyết định số 1046, 1047/QĐ-UBND"),
 D("Nghị quyết", "13", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 13/2016/NQ-HĐND"),
 D("Quyết định", "1325", "QĐ-TTg", "2016-08-24", "Thủ tướng Chính phủ", "Quyết định số 1325/QĐ-TTg ngày 24/8/2016")],
[prov("Ninh Thuận"), com("Tri Hải"), com("Phương Hải"), com("Nhơn Hải"), com("Phước Dinh")],
["BÁO NINH THUẬN", "Trang chủ >> Kinh tế >> Nông nghiệp", "Đồng chí Lưu Xuân Vĩnh (đứng) trả lời ý kiến của diêm dân.",
 "Nhà văn hóa xã Tri Hải", "Quy chế dân chủ ở cơ sở", "Mỹ Tường 1"],
["Thứ Năm, 20/04/2017 | 10:12", "năm 2017", "Vụ muối năm 2016", "Mỹ Tường 1", "trước ngày 30/5"]))

PAGES.append(page("b6708-kiengiang-bdv-giamsat-iuu-2018", """
Báo Kiên Giang Online
Thời sự » Xây dựng Đảng
25.10.2018 | 16:05
Ảnh: Đoàn giám sát làm việc tại Hội Nghề cá huyện Kiên Hải.
Giám sát việc tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp
Ngày 24/10, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Danh Út Rênh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy - Trưởng đoàn giám sát làm trưởng đoàn, đã giám sát việc tổ chức thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về một số nhiệm vụ, giải pháp cấp bách để khắc phục cảnh báo của Ủy ban châu Âu về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) tại Hội Nghề cá huyện Kiên Hải và Hội Nghề cá thành phố Rạch Giá.
Theo báo cáo, huyện Kiên Hải hiện có 652 tàu cá, trong đó 97 tàu có chiều dài từ 15 m trở lên. Từ đầu năm đến nay, Hội Nghề cá huyện đã phối hợp tổ chức 23 buổi tuyên truyền Luật Thủy sản số 18/2017/QH14 với 1.480 lượt ngư dân tham dự; cấp phát 2.600 tờ rơi, 350 cuốn sổ tay hướng dẫn ghi nhật ký khai thác. 100% tàu cá từ 15 m trở lên đã đăng ký lắp thiết bị giám sát hành trình, song mới có 61 tàu lắp đặt xong, đạt 62,9%.
Tại xã Hòn Tre và xã Lại Sơn, đoàn ghi nhận việc ngư dân ký cam kết không vi phạm vùng biển nước ngoài được triển khai đến từng hộ; các chi hội nghề cá duy trì 19 tổ đoàn kết với 164 tàu. Tuy nhiên, vẫn còn tình trạng một số chủ tàu thuê thuyền trưởng ở địa phương khác, khó quản lý; năm 2018 có 4 tàu với 31 ngư dân của tỉnh bị nước ngoài bắt giữ.
Ông Lâm Văn Quang, Chủ tịch Hội Nghề cá huyện Kiên Hải, đề nghị tỉnh hỗ trợ kinh phí lắp đặt thiết bị giám sát hành trình, vì giá mỗi bộ khoảng 25 - 30 triệu đồng, vượt khả năng của nhiều chủ tàu nhỏ. Ông Danh Sà Quên, Chi hội trưởng Chi hội nghề cá ấp Bãi Nhà, xã Lại Sơn, kiến nghị có chính sách chuyển đổi nghề cho ngư dân làm lưới kéo ven bờ.
Kết luận buổi giám sát, đồng chí Danh Út Rênh đánh giá cao sự chủ động của Hội Nghề cá các cấp; đề nghị tiếp tục thực hiện Kế hoạch số 92-KH/TU của Tỉnh ủy và Hướng dẫn số 14-HD/BDVTU của Ban Dân vận Tỉnh ủy về công tác dân vận trong chống khai thác IUU, gắn với phong trào thi đua "Dân vận khéo"; kiên quyết xử lý các chủ tàu cố tình vi phạm, đồng thời công khai danh sách để nhân dân giám sát.
Theo kế hoạch, đoàn sẽ tiếp tục giám sát tại huyện Phú Quốc và huyện An Biên trong tháng 11.
Trần Phong
Các tin đã đưa
- Ngư dân Kiên Giang ký cam kết không vi phạm vùng biển nước ngoài (17/10/2018)
- Kiên Hải: Hội nghị tập huấn nhật ký khai thác (09/10/2018)
- Rạch Giá thành lập thêm 2 chi hội nghề cá (28/09/2018)
""", "2018-10-25", "Giám sát việc tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp",
E("giam_sat", None, "2018-10-24"),
[P("Danh Út Rênh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy - Trưởng đoàn giám sát"),
 P("Lâm Văn Quang", "Chủ tịch Hội Nghề cá huyện Kiên Hải"),
 P("Danh Sà Quên", "Chi hội trưởng Chi hội nghề cá ấp Bãi Nhà")],
[Q("652 tàu cá", 652, "tàu cá"), Q("97 tàu", 97, "tàu"), Q("từ 15 m trở lên", 15, "m", "over"),
 Q("23 buổi tuyên truyền", 23, "buổi tuyên truyền"), Q("1.480 lượt ngư dân", 1480, "lượt ngư dân"),
 Q("2.600 tờ rơi", 2600, "tờ rơi"), Q("350 cuốn sổ tay", 350, "cuốn sổ tay"), Q("100%", 100, "%"),
 Q("61 tàu", 61, "tàu"), Q("62,9%", 62.9, "%"), Q("19 tổ đoàn kết", 19, "tổ đoàn kết"), Q("164 tàu", 164, "tàu"),
 Q("4 tàu", 4, "tàu"), Q("31 ngư dân", 31, "ngư dân"),
 Q("khoảng 25 - 30 triệu đồng", 25000000, "đồng", "approx"), Q("khoảng 25 - 30 triệu đồng", 30000000, "đồng", "approx")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Luật", "18", "2017/QH14", None, None, "Luật Thủy sản số 18/2017/QH14"),
 D("Kế hoạch", "92", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 92-KH/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU")],
[prov("Kiên Giang"), com("Hòn Tre"), com("Lại Sơn")],
["Báo Kiên Giang Online", "Thời sự » Xây dựng Đảng", "Ảnh: Đoàn giám sát làm việc tại Hội Nghề cá huyện Kiên Hải.", "Ủy ban châu Âu",
 "Dân vận khéo", "IUU"],
["25.10.2018 | 16:05", "năm 2018", "trong tháng 11"]))

PAGES.append(page("b6709-thaibinh-hoinghecan-giaoban-2019", """
HỘI NÔNG DÂN TỈNH THÁI BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ
You are here: Trang chủ › Tin tức › Hoạt động các cấp Hội
09/10/2019 14:50:23
Tiền Hải: Phát huy vai trò chi hội nghề cá trong giữ vững ngư trường
Ngày 8/10, Hội Nghề cá tỉnh tổ chức hội nghị giao ban công tác Hội quý III/2019 tại huyện Tiền Hải. Chủ trì hội nghị có ông Phạm Văn Sinh, Chủ tịch Hội Nghề cá tỉnh; ông Bùi Đức Thắng, Phó Chủ tịch Hội Nông dân tỉnh. Tham dự có 38 đại biểu là chủ tịch hội nghề cá các huyện Thái Thụy, Tiền Hải và chi hội trưởng các chi hội nghề cá cơ sở.
Đại biểu dự hội nghị giao ban.
Quý III, các cấp Hội đã kết nạp 124 hội viên, trong đó 41 hội viên là lao động trẻ dưới 35 tuổi. Tổng sản lượng khai thác, nuôi trồng thủy sản của tỉnh Thái Bình 9 tháng ước đạt 172.500 tấn, bằng 78% kế hoạch năm. Nghề nuôi ngao ở các xã Nam Thịnh, Nam Phú, Đông Minh, Thụy Trường tiếp tục phát triển, với khoảng 3.800 ha bãi nuôi; giá ngao thương phẩm dao động 14.000 - 16.000 đồng/kg.
Hội đã phối hợp Bộ đội Biên phòng tỉnh tổ chức 7 buổi tuyên truyền Luật Thủy sản năm 2017 và các quy định chống khai thác IUU cho hơn 900 lượt ngư dân; vận động 100% tàu cá có chiều dài từ 12 m trở lên đánh dấu theo quy định. Đồng thời, Hội tham gia hòa giải 5 vụ tranh chấp ranh giới bãi nuôi, trong đó 4 vụ hòa giải thành.
Thảo luận tại hội nghị, ông Nguyễn Hữu Lực, Chi hội trưởng Chi hội nghề cá thôn Tân Bồi, xã Đông Minh, cho biết nhiều tàu công suất nhỏ vẫn đánh bắt ven bờ bằng lưới te, xung điện; đề nghị tăng cường tuần tra. Bà Vũ Thị Tươi, Chủ tịch Hội Nông dân xã Thụy Trường, đề nghị hỗ trợ người nuôi ngao liên kết với doanh nghiệp xuất khẩu để ổn định đầu ra.
Phát biểu chỉ đạo, ông Bùi Đức Thắng yêu cầu các cấp Hội bám sát Kế hoạch số 71-KH/HNDT và Hướng dẫn số 09-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh, đẩy mạnh tuyên truyền Nghị định số 42/2019/NĐ-CP ngày 16/5/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản; chuẩn bị tốt các điều kiện để ngư dân ra khơi an toàn trong mùa mưa bão cuối năm.
Hội nghị cũng chỉ ra hạn chế: một số chi hội sinh hoạt chưa đều, việc thu thập thông tin về tàu cá hoạt động ngoài tỉnh còn chậm; công tác nắm tình hình tư tưởng ngư dân ở các xã ven biển có lúc chưa kịp thời, nhất là khi xảy ra tranh chấp bãi nuôi.
Quý IV, Hội phấn đấu kết nạp thêm 80 hội viên, thành lập mới 2 tổ hợp tác khai thác ven bờ, hoàn thành chỉ tiêu Hội giao năm 2019.
Ngọc Lan
Tin cùng chuyên mục
- Thái Thụy: tập huấn nuôi ngao an toàn sinh học (30/09/2019)
- Hội Nông dân tỉnh giao ban quý III (25/09/2019)
- Ngư dân Tiền Hải trúng mùa cá vược (12/09/2019)
- Ra mắt Chi hội nghề cá xã Nam Hưng (28/08/2019)
""", "2019-10-09", "Tiền Hải: Phát huy vai trò chi hội nghề cá trong giữ vững ngư trường",
E("giao_ban", "2019-Q3", "2019-10-08"),
[P("Phạm Văn Sinh", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Bùi Đức Thắng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Hữu Lực", "Chi hội trưởng Chi hội nghề cá thôn Tân Bồi"),
 P("Vũ Thị Tươi", "Chủ tịch Hội Nông dân xã Thụy Trường")],
[Q("38 đại biểu", 38, "đại biểu"), Q("124 hội viên", 124, "hội viên"), Q("41 hội viên", 41, "hội viên"),
 Q("172.500 tấn", 172500, "tấn", "approx"), Q("78%", 78, "%"), Q("khoảng 3.800 ha", 3800, "ha", "approx"),
 Q("14.000 - 16.000 đồng/kg", 14000, "đồng"), Q("14.000 - 16.000 đồng/kg", 16000, "đồng"),
 Q("7 buổi tuyên truyền", 7, "buổi tuyên truyền"), Q("hơn 900 lượt ngư dân", 900, "lượt ngư dân", "over"),
 Q("100%", 100, "%"), Q("từ 12 m trở lên", 12, "m", "over"), Q("5 vụ tranh chấp ranh giới bãi nuôi", 5, "vụ tranh chấp ranh giới bãi nuôi"),
 Q("4 vụ", 4, "vụ"), Q("80 hội viên", 80, "hội viên"),
 Q("2 tổ hợp tác khai thác ven bờ", 2, "tổ hợp tác khai thác ven bờ")],
[D("Kế hoạch", "71", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 71-KH/HNDT"),
 D("Hướng dẫn", "09", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 09-HD/HNDT"),
 D("Nghị định", "42", "2019/NĐ-CP", "2019-05-16", "Chính phủ", "Nghị định số 42/2019/NĐ-CP ngày 16/5/2019")],
[prov("Thái Bình"), com("Nam Thịnh"), com("Nam Phú"), com("Đông Minh"), com("Thụy Trường")],
["HỘI NÔNG DÂN TỈNH THÁI BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ", "You are here: Trang chủ › Tin tức › Hoạt động các cấp Hội",
 "Đại biểu dự hội nghị giao ban.", "Luật Thủy sản năm 2017", "Bộ đội Biên phòng tỉnh"],
["09/10/2019 14:50:23", "quý III/2019", "35 tuổi", "9 tháng", "Quý IV", "năm 2019", "Luật Thủy sản năm 2017"]))

PAGES.append(page("b6710-bentre-hnd-baocao-handman-2020", """
Báo Đồng Khởi Online
Trang chủ | Kinh tế | Nông nghiệp - Nông thôn
Thứ Năm, 23/07/2020 - 07:45
Hội Nông dân tỉnh báo cáo kết quả hỗ trợ hội viên nuôi thủy sản vượt hạn mặn
Ngày 22/7/2020, Ban Thường vụ Hội Nông dân tỉnh Bến Tre ban hành Báo cáo số 215-BC/HND về kết quả hỗ trợ hội viên nuôi trồng thủy sản khắc phục hậu quả hạn hán, xâm nhập mặn 6 tháng đầu năm 2020, gửi Trung ương Hội Nông dân Việt Nam và Ban Dân vận Tỉnh ủy.
Theo báo cáo, đợt hạn mặn đầu năm làm 1.214 ha nuôi tôm thẻ chân trắng, tôm sú và 96 ha nuôi cá tra ở các huyện Ba Tri, Bình Đại, Thạnh Phú bị ảnh hưởng, trong đó khoảng 310 ha thiệt hại trên 70%. Các cấp Hội đã vận động hội viên điều chỉnh lịch thời vụ, giảm mật độ thả nuôi; phối hợp Trung tâm Khuyến nông tổ chức 36 cuộc hội thảo, tập huấn cho 1.850 lượt hội viên.
Từ Quỹ Hỗ trợ nông dân, Hội đã giải ngân 6,3 tỷ đồng cho 214 hộ vay khôi phục sản xuất; phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn giới thiệu 428 hộ vay trên 19 tỷ đồng. Hội cũng vận động các doanh nghiệp, nhà hảo tâm hỗ trợ 1.200 bồn chứa nước ngọt và 650 phần quà, mỗi phần trị giá 300.000 đồng cho hội viên khó khăn ở xã Bảo Thuận, xã An Thủy và xã Thạnh Phong.
Báo cáo nêu rõ một số mô hình tiêu biểu: tổ hợp tác nuôi tôm - lúa ấp Giồng Giá, xã Thạnh Phong với 27 thành viên đạt lợi nhuận bình quân 120 triệu đồng/ha/năm; hợp tác xã nuôi nghêu Bình Thắng duy trì được sản lượng khoảng 8.000 tấn nghêu thương phẩm dù môi trường nước thay đổi.
Theo ông Cao Văn Dũng, Chủ tịch Hội Nông dân tỉnh, các cấp Hội đã thực hiện nghiêm Chỉ thị số 04/CT-TTg ngày 22/1/2020 của Thủ tướng Chính phủ và Kế hoạch số 38-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống hạn hán, xâm nhập mặn, đồng thời tuyên truyền Nghị quyết số 120/NQ-CP của Chính phủ về phát triển bền vững đồng bằng sông Cửu Long thích ứng với biến đổi khí hậu.
Báo cáo cũng thẳng thắn chỉ ra hạn chế: việc nắm số liệu thiệt hại ở một số cơ sở Hội còn chậm, chưa sát thực tế; nhiều hộ nuôi tự phát, không theo lịch thời vụ nên khó được hỗ trợ theo quy định; nguồn Quỹ Hỗ trợ nông dân còn nhỏ so với nhu cầu vay của hội viên.
Bà Trần Thị Thanh Lam, Phó Chủ tịch Hội Nông dân tỉnh, cho biết 6 tháng cuối năm Hội sẽ đề xuất tỉnh hỗ trợ giống cho khoảng 500 hộ tái đàn, nhân rộng mô hình nuôi tôm 2 giai đoạn tiết kiệm nước ngọt và tiếp tục rà soát hộ nuôi có nguy cơ tái nghèo.
Cẩm Trúc
Lượt đọc: 964
Tin liên quan
- Thạnh Phú: người nuôi tôm thả giống vụ mới (18/07/2020)
- Trao 300 bồn nước cho hộ nghèo vùng hạn mặn (03/07/2020)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2020 (30/06/2020)
- Bình Đại: nghêu chết do độ mặn tăng cao (15/05/2020)
""", "2020-07-23", "Hội Nông dân tỉnh báo cáo kết quả hỗ trợ hội viên nuôi thủy sản vượt hạn mặn",
E("bao_cao", "2020-H1", "2020-07-22"),
[P("Cao Văn Dũng", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Thị Thanh Lam", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("1.214 ha", 1214, "ha"), Q("96 ha", 96, "ha"), Q("khoảng 310 ha", 310, "ha", "approx"), Q("trên 70%", 70, "%", "over"),
 Q("36 cuộc hội thảo, tập huấn", 36, "cuộc hội thảo, tập huấn"), Q("1.850 lượt hội viên", 1850, "lượt hội viên"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"), Q("214 hộ", 214, "hộ"), Q("428 hộ", 428, "hộ"), Q("trên 19 tỷ đồng", 19000000000, "đồng", "over"),
 Q("1.200 bồn chứa nước ngọt", 1200, "bồn chứa nước ngọt"), Q("650 phần quà", 650, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("27 thành viên", 27, "thành viên"), Q("120 triệu đồng/ha/năm", 120000000, "đồng"),
 Q("khoảng 8.000 tấn", 8000, "tấn", "approx"), Q("khoảng 500 hộ", 500, "hộ", "approx")],
[D("Báo cáo", "215", "BC/HND", "2020-07-22", "Ban Thường vụ Hội Nông dân tỉnh Bến Tre", "Báo cáo số 215-BC/HND"),
 D("Chỉ thị", "04", "CT-TTg", "2020-01-22", "Thủ tướng Chính phủ", "Chỉ thị số 04/CT-TTg ngày 22/1/2020"),
 D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU"),
 D("Nghị quyết", "120", "NQ-CP", None, "Chính phủ", "Nghị quyết số 120/NQ-CP")],
[prov("Bến Tre"), com("Bảo Thuận"), com("An Thủy"), com("Thạnh Phong")],
["Báo Đồng Khởi Online", "Trang chủ | Kinh tế | Nông nghiệp - Nông thôn", "Quỹ Hỗ trợ nông dân", "Lượt đọc: 964", "Giồng Giá",
 "Trung tâm Khuyến nông"],
["Thứ Năm, 23/07/2020 - 07:45", "6 tháng đầu năm 2020", "6 tháng cuối năm", "tôm 2 giai đoạn", "Lượt đọc: 964"]))

PAGES.append(page("b6711-soctrang-guong-tomlua-2021", """
SÓC TRĂNG ONLINE - BÁO ĐIỆN TỬ
Xã hội » Gương sáng
18/11/2021 06:00
Ông Lý Sà Phol kiểm tra tôm trên ruộng lúa của gia đình. Ảnh: P.L
Lão nông Khmer dẫn dắt bà con làm tôm - lúa
Gần 10 năm làm Tổ trưởng Tổ hợp tác nuôi tôm - lúa ấp Sô La, xã Hòa Tú 2, ông Lý Sà Phol (62 tuổi) được bà con gọi thân mật là "thầy tôm" vì luôn sẵn lòng chỉ cách cải tạo ruộng, chọn giống, giữ nước.
Năm 2012, khi nhiều hộ ở vùng đất nhiễm mặn huyện Mỹ Xuyên, tỉnh Sóc Trăng bỏ vụ lúa vì mất mùa, ông mạnh dạn đào ao, đắp bờ bao 2,5 ha ruộng để nuôi tôm sú vào mùa khô, trồng lúa ST vào mùa mưa. Vụ đầu, ông thu về hơn 80 triệu đồng, gấp ba lần làm lúa độc canh. Thấy hiệu quả, ông vận động 14 hộ trong ấp, phần lớn là đồng bào Khmer, cùng thành lập tổ hợp tác.
Đến nay, tổ có 38 thành viên với tổng diện tích 61 ha, mỗi năm cho lợi nhuận bình quân 90 - 110 triệu đồng/ha. Tổ liên kết với một doanh nghiệp trong tỉnh bao tiêu lúa thơm, giá cao hơn thị trường khoảng 10%. Nhờ đó, 9 hộ nghèo trong tổ đã thoát nghèo, nhiều gia đình xây được nhà kiên cố, cho con học đại học.
Bà Thạch Thị Sa Nét, thành viên tổ, kể: "Trước nhà tôi làm thuê, có năm phải đi Bình Dương làm công nhân. Được ông Phol chỉ cách nuôi, hai vợ chồng về lại làm 1,2 ha ruộng, giờ đủ ăn, có tiền để dành".
Không chỉ giỏi làm ăn, ông Lý Sà Phol còn là người có uy tín trong đồng bào Khmer ở địa phương. Ông tích cực vận động bà con hiến 1.200 m2 đất làm đường giao thông nông thôn, góp tiền sửa chùa, hòa giải các mâu thuẫn về ranh đất, nước tưới. Năm 2020, khi đợt hạn mặn lịch sử xảy ra, ông cùng các thành viên góp 15 triệu đồng mua máy bơm, chia nước ngọt cho các hộ khó khăn.
Theo ông Trần Văn Dư, Chủ tịch Hội Nông dân xã Hòa Tú 2, mô hình của tổ đã được nhân rộng ra 4 ấp với khoảng 350 ha. Ông Lý Sà Phol 3 năm liền được công nhận là nông dân sản xuất, kinh doanh giỏi cấp tỉnh và năm 2021 được UBND tỉnh tặng bằng khen vì có thành tích trong phong trào thi đua yêu nước.
Ông Kim Hoàng Thái, Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên, cho biết: "Gương ông Phol là minh chứng cho hiệu quả của phong trào "Dân vận khéo" trong chuyển đổi cơ cấu sản xuất vùng đồng bào Khmer. Huyện sẽ tiếp tục biểu dương, nhân rộng những điển hình như vậy".
Hỏi về dự định sắp tới, ông Phol cười hiền: "Tôi muốn cả ấp cùng làm tôm sạch, lúa sạch để giữ đất cho con cháu".
Phương Lan
Tin cùng chuyên mục
- Cô giáo Khmer tận tụy với học trò vùng sâu (11/11/2021)
- Người cựu chiến binh hiến đất làm đường (04/11/2021)
- Chàng trai trẻ khởi nghiệp với nghề nuôi cua (28/10/2021)
- Nữ cán bộ hội phụ nữ giỏi việc nước, đảm việc nhà (21/10/2021)
""", "2021-11-18", "Lão nông Khmer dẫn dắt bà con làm tôm - lúa",
E("khac", None, None),
[P("Lý Sà Phol", "Tổ trưởng Tổ hợp tác nuôi tôm - lúa ấp Sô La"),
 P("Thạch Thị Sa Nét", "thành viên tổ"),
 P("Trần Văn Dư", "Chủ tịch Hội Nông dân xã Hòa Tú 2"),
 P("Kim Hoàng Thái", "Phó Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên")],
[Q("2,5 ha", 2.5, "ha"), Q("hơn 80 triệu đồng", 80000000, "đồng", "over"), Q("14 hộ", 14, "hộ"),
 Q("38 thành viên", 38, "thành viên"), Q("61 ha", 61, "ha"),
 Q("90 - 110 triệu đồng/ha", 90000000, "đồng"), Q("90 - 110 triệu đồng/ha", 110000000, "đồng"),
 Q("khoảng 10%", 10, "%", "approx"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("1,2 ha", 1.2, "ha"),
 Q("1.200 m2", 1200, "m2"), Q("15 triệu đồng", 15000000, "đồng"), Q("4 ấp", 4, "ấp"), Q("khoảng 350 ha", 350, "ha", "approx")],
[],
[prov("Sóc Trăng"), com("Hòa Tú 2")],
["SÓC TRĂNG ONLINE - BÁO ĐIỆN TỬ", "Xã hội » Gương sáng", "Ông Lý Sà Phol kiểm tra tôm trên ruộng lúa của gia đình. Ảnh: P.L",
 "thầy tôm", "Dân vận khéo", "lúa ST"],
["18/11/2021 06:00", "62 tuổi", "Gần 10 năm", "Năm 2012", "Năm 2020", "năm 2021", "3 năm liền", "gấp ba lần"]))

PAGES.append(page("b6712-thanhhoa-nghiepdoan-daihoi-2022", """
Báo Thanh Hóa điện tử
Thời sự - Chính trị / Công đoàn
Thứ Sáu, 24/06/2022 - 11:20
Nghiệp đoàn nghề cá Hải Thanh: Điểm tựa của ngư dân vươn khơi
Sáng 23/6, Nghiệp đoàn nghề cá phường Hải Thanh (thị xã Nghi Sơn) tổ chức Đại hội lần thứ II, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Lê Văn Toàn, Thị ủy viên, Chủ tịch Liên đoàn Lao động thị xã Nghi Sơn; đồng chí Nguyễn Trọng Hiếu, Bí thư Đảng ủy phường Hải Thanh cùng 112 đoàn viên đại diện cho 1.036 đoàn viên của 18 tổ nghiệp đoàn.
Các đại biểu biểu quyết thông qua chương trình đại hội.
Nhiệm kỳ 2017 - 2022, Nghiệp đoàn đã vận động đoàn viên đóng mới 46 tàu cá có công suất từ 400 CV trở lên, nâng tổng số tàu của phường lên 521 chiếc. Sản lượng khai thác bình quân đạt 38.000 tấn/năm, giá trị ước trên 1.100 tỷ đồng. Thu nhập của thuyền viên trên tàu xa bờ đạt 12 - 15 triệu đồng/người/tháng.
Nghiệp đoàn đã phối hợp tuyên truyền Luật Thủy sản, Chỉ thị số 32-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác IUU tới 100% đoàn viên; 100% tàu cá dài từ 15 m trở lên lắp thiết bị giám sát hành trình. Trong nhiệm kỳ, Nghiệp đoàn trao 120 suất học bổng, mỗi suất 1 triệu đồng cho con đoàn viên nghèo học giỏi; hỗ trợ 7 gia đình có người gặp nạn trên biển với số tiền gần 140 triệu đồng.
Tại đại hội, ông Mai Văn Thịnh, thuyền trưởng tàu TH 90685 TS, chia sẻ nhờ tham gia tổ đoàn kết, tàu của ông được tàu bạn lai dắt về bờ an toàn khi bị hỏng máy giữa biển. Nhiều ý kiến đề nghị Nghiệp đoàn tiếp tục kiến nghị cấp trên đầu tư nạo vét luồng lạch cửa Lạch Bạng.
Phát biểu chỉ đạo, đồng chí Lê Văn Toàn đề nghị Nghiệp đoàn tập trung thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam; phát triển đoàn viên trong lao động trên các tàu cá, chăm lo quyền lợi hợp pháp cho thuyền viên.
Đại hội đã bầu Ban Chấp hành Nghiệp đoàn khóa II gồm 11 đồng chí. Tại phiên họp thứ nhất, ông Lê Đình Quang, chủ tàu, được tín nhiệm giữ chức Chủ tịch Nghiệp đoàn nghề cá phường Hải Thanh; các ông Lê Văn Sỹ, Nguyễn Văn Cường được bầu giữ chức Phó Chủ tịch Nghiệp đoàn.
Đại hội thông qua Nghị quyết với 6 chỉ tiêu, phấn đấu đến năm 2027 phát triển thêm 200 đoàn viên và 3 tổ nghiệp đoàn mới.
Lê Hà
Tin khác
- Nghi Sơn: ngư dân trúng mùa cá cơm (20/06/2022)
- Hội Nông dân tỉnh trao 50 máy bộ đàm cho ngư dân (14/06/2022)
- Tập huấn sơ cấp cứu cho thuyền viên (06/06/2022)
- Hoằng Hóa: thả 30.000 con giống hải sản xuống biển (27/05/2022)
""", "2022-06-24", "Nghiệp đoàn nghề cá Hải Thanh: Điểm tựa của ngư dân vươn khơi",
E("dai_hoi", None, "2022-06-23"),
[P("Lê Văn Toàn", "Thị ủy viên", "Chủ tịch Liên đoàn Lao động thị xã Nghi Sơn"),
 P("Nguyễn Trọng Hiếu", "Bí thư Đảng ủy phường Hải Thanh"),
 P("Mai Văn Thịnh", "thuyền trưởng tàu TH 90685 TS"),
 P("Lê Đình Quang", "chủ tàu", "Chủ tịch Nghiệp đoàn nghề cá phường Hải Thanh"),
 P("Lê Văn Sỹ", "Phó Chủ tịch Nghiệp đoàn"),
 P("Nguyễn Văn Cường", "Phó Chủ tịch Nghiệp đoàn")],
[Q("112 đoàn viên", 112, "đoàn viên"), Q("1.036 đoàn viên", 1036, "đoàn viên"), Q("18 tổ nghiệp đoàn", 18, "tổ nghiệp đoàn"),
 Q("46 tàu cá", 46, "tàu cá"), Q("từ 400 CV trở lên", 400, "CV", "over"), Q("521 chiếc", 521, "chiếc"),
 Q("38.000 tấn/năm", 38000, "tấn"), Q("trên 1.100 tỷ đồng", 1100000000000, "đồng", "over"),
 Q("12 - 15 triệu đồng/người/tháng", 12000000, "đồng"), Q("12 - 15 triệu đồng/người/tháng", 15000000, "đồng"),
 Q("100% đoàn viên", 100, "%"), Q("100% tàu cá", 100, "%"), Q("từ 15 m trở lên", 15, "m", "over"),
 Q("120 suất học bổng", 120, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("7 gia đình", 7, "gia đình"),
 Q("gần 140 triệu đồng", 140000000, "đồng", "approx"), Q("11 đồng chí", 11, "đồng chí"), Q("6 chỉ tiêu", 6, "chỉ tiêu"),
 Q("200 đoàn viên", 200, "đoàn viên"), Q("3 tổ nghiệp đoàn mới", 3, "tổ nghiệp đoàn mới")],
[D("Chỉ thị", "32", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 32-CT/TU"),
 D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương", "Nghị quyết số 36-NQ/TW ngày 22/10/2018")],
[prov("Thanh Hóa"), com("Hải Thanh")],
["Báo Thanh Hóa điện tử", "Thời sự - Chính trị / Công đoàn", "Các đại biểu biểu quyết thông qua chương trình đại hội.",
 "Luật Thủy sản", "TH 90685 TS", "Chiến lược phát triển bền vững kinh tế biển Việt Nam"],
["Thứ Sáu, 24/06/2022 - 11:20", "lần thứ II", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "11 đồng chí", "năm 2027", "TH 90685 TS",
 "phiên họp thứ nhất"]))
