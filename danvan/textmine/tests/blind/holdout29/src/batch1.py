"""holdout29 batch1: b653-b658 (2011-2014). Page text and labels side by side."""
from lib import Q, D, P, E, page, prov, com

PAGES = []

# ---------------------------------------------------------------- b653
PAGES.append(page(
"b653-soctrang-bdv-tongket-2011",
"""
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ » Tin hoạt động » Dân vận vùng đồng bào dân tộc
Thứ Sáu, 23/12/2011 - 15:10
Quang cảnh hội nghị.
Vùng đồng bào Khmer đồng thuận, chung sức xây dựng quê hương
Ngày 21/12/2011, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lâm Thị Sa Rết, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Sô Phone, Trần Văn Lũy và 112 đại biểu là lãnh đạo ban dân vận các huyện, thị, thành ủy, chức sắc, chức việc Phật giáo Nam tông Khmer.
Đồng chí Lâm Thị Sa Rết phát biểu kết luận hội nghị. Ảnh: Kim Ngân
Báo cáo tại hội nghị cho biết, năm 2011 các cấp ủy tiếp tục thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và kế hoạch số 41/KH-UBND của UBND tỉnh về vận động đồng bào tham gia giảm nghèo. Cán bộ dân vận các cấp thực hiện phương châm "3 cùng", bám ấp, phum, sóc để nắm tình hình; phong trào thi đua "Dân vận khéo" có 146 mô hình được công nhận.
Nhờ làm tốt công tác vận động, nhân dân đã đóng góp trên 18,5 tỷ đồng, hiến đất, góp công làm mới 68 km đường giao thông nông thôn, cất 426 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Khmer. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 19,7%. Toàn tỉnh có 91 ngôi chùa Khmer với 1.326 vị sư sãi, các nhà chùa tích cực vận động con em đến trường, giữ gìn an ninh trật tự ở phum, sóc.
Tham luận tại hội nghị, Hòa thượng Lý Chanh Đa, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trụ trì chùa Prêk Chruôi (xã Lai Hòa), cho biết các chùa đã mở 37 lớp dạy chữ Khmer trong dịp hè cho hơn 1.100 học sinh. Ông Sơn Ngọc Mươl, Achar chùa Tà Mẹt (xã Vĩnh Hải), kiến nghị quan tâm sửa chữa các điểm trường ở phum, sóc. Bà Triệu Thị Ngọc Lan, HUV, Trưởng Ban Dân vận Huyện ủy Vĩnh Châu, nêu kinh nghiệm phối hợp với Hội Đoàn kết sư sãi yêu nước huyện vận động đồng bào chuyển đổi cây trồng trên đất giồng cát.
Phát biểu kết luận, đồng chí Lâm Thị Sa Rết đề nghị năm 2012 tiếp tục đổi mới nội dung, phương thức vận động đồng bào Khmer; chuẩn bị chu đáo để đồng bào vui đón lễ Sene Đôlta, lễ Ok Om Bok; phát huy vai trò người có uy tín trong phum, sóc. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể và 25 cá nhân có thành tích xuất sắc.
Kim Ngân
Lượt xem: 987
Tin liên quan
- Hội nghị giao ban công tác dân vận quý III/2011 (06/10/2011)
- Vĩnh Châu: ra mắt mô hình "Dân vận khéo" ở ấp Âu Thọ B (18/11/2011)
- Thăm, chúc mừng các chùa Khmer nhân lễ Sene Đôlta (24/09/2011)
""",
"2011-12-23", "Vùng đồng bào Khmer đồng thuận, chung sức xây dựng quê hương",
E("tong_ket", "2011", "2011-12-21"),
[P("Lâm Thị Sa Rết", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phone", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lũy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Chanh Đa", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Trụ trì chùa Prêk Chruôi"),
 P("Sơn Ngọc Mươl", "Achar chùa Tà Mẹt"),
 P("Triệu Thị Ngọc Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy Vĩnh Châu")],
[Q("112 đại biểu", 112, "đại biểu"),
 Q("146 mô hình", 146, "mô hình"),
 Q("trên 18,5 tỷ đồng", 18500000000, "đồng", "over"),
 Q("68 km", 68, "km"),
 Q("426 căn nhà Đại đoàn kết", 426, "căn nhà Đại đoàn kết"),
 Q("19,7%", 19.7, "%"),
 Q("91 ngôi chùa Khmer", 91, "ngôi chùa Khmer"),
 Q("1.326 vị sư sãi", 1326, "vị sư sãi"),
 Q("37 lớp dạy chữ Khmer", 37, "lớp dạy chữ Khmer"),
 Q("hơn 1.100 học sinh", 1100, "học sinh", "over"),
 Q("18 tập thể", 18, "tập thể"),
 Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW"),
 D("Kế hoạch", "41", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 41/KH-UBND")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ » Tin hoạt động » Dân vận vùng đồng bào dân tộc", "Quang cảnh hội nghị.",
 "Đồng chí Lâm Thị Sa Rết phát biểu kết luận hội nghị. Ảnh: Kim Ngân", "Dân vận khéo", "Phật giáo Nam tông Khmer",
 "Hội Đoàn kết sư sãi yêu nước", "Sene Đôlta", "Ok Om Bok", "Lượt xem: 987"],
["Thứ Sáu, 23/12/2011 - 15:10", "năm 2011", "năm 2012", "3 cùng", "Chỉ thị 68-CT/TW", "41/KH-UBND", "Lượt xem: 987"]))

# ---------------------------------------------------------------- b654
PAGES.append(page(
"b654-ninhthuan-mttq-doithoai-cham-2012",
"""
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN
Trang chủ > Tin tức > Mặt trận với dân tộc, tôn giáo
Cập nhật: 10:15, 14/09/2012 (GMT+7)
Ảnh: Quang cảnh buổi đối thoại tại xã Phước Nam.
Lắng nghe tiếng nói của đồng bào Chăm
Ngày 13/9, tại xã Phước Nam (huyện Ninh Phước), Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận phối hợp với UBND tỉnh tổ chức hội nghị đối thoại năm 2012 giữa lãnh đạo tỉnh với chức sắc, chức việc và người có uy tín trong đồng bào Chăm. Chủ trì đối thoại có ông Đàng Năng Khiêm, Phó Chủ tịch UBND tỉnh, và bà Thông Thị Bích Hà, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Hơn 150 đại biểu đến từ các thôn Chăm của 3 huyện Ninh Phước, Ninh Hải, Thuận Bắc tham dự.
Ông Đàng Năng Khiêm trả lời ý kiến của bà con. Ảnh: Thành Công
Tại buổi đối thoại, 29 ý kiến được nêu lên, tập trung vào nước tưới cho đồng ruộng, đất làm nghĩa trang (kút, ghur) của các dòng họ và kinh phí tổ chức lễ hội Katê, lễ Ramưwan. Cả sư Lưu Văn Xá, Phó Chủ tịch Hội đồng Chức sắc Chăm Bà-la-môn tỉnh, phản ánh tuyến kênh nhánh qua thôn Hữu Đức bị bồi lắng, khiến gần 240 ha lúa vụ Thu thiếu nước. Imam Thập Văn Đồng, Ủy viên Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh, đề nghị sớm giao đất cho các dòng họ làm nghĩa trang theo phong tục. Ông Hán Văn Tài, Trưởng ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh, kiến nghị hỗ trợ sửa chữa thánh đường ở thôn Văn Lâm.
Trả lời các kiến nghị, ông Đàng Năng Khiêm cho biết tỉnh đã bố trí 3,2 tỷ đồng nạo vét 17 km kênh mương trong năm; việc giao đất cơ sở tôn giáo được thực hiện theo Chỉ thị 1940/CT-TTg ngày 31/12/2008 của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo. Mức hỗ trợ dịp lễ hội Katê được nâng lên 5 triệu đồng cho mỗi đền, tháp. Các ông Châu Ngọc Tân, Lê Văn Bình - Phó Trưởng Ban Dân tộc tỉnh giải đáp thêm về chính sách hỗ trợ đất sản xuất cho hộ nghèo; đến nay đã có 312 hộ đồng bào Chăm được hỗ trợ.
Bà Thông Thị Bích Hà đề nghị các cấp Mặt trận tiếp tục thực hiện Kế hoạch số 12/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát việc giải quyết kiến nghị sau đối thoại, công khai kết quả tới từng thôn.
Từ đầu năm 2012 đến nay, Ủy ban MTTQ các cấp trong tỉnh đã tổ chức 14 cuộc đối thoại ở vùng đồng bào Chăm, Raglai; phối hợp vận động xây 65 căn nhà Đại đoàn kết cho hộ nghèo. Ông Quảng Đại Lợi, người có uy tín thôn Phước Lập, bày tỏ: "Bà con tin Mặt trận vì ý kiến nói ra đều được trả lời".
Thành Công
Các tin khác
- Mặt trận tỉnh thăm, chúc mừng đồng bào Chăm nhân lễ hội Katê (12/10/2011)
- Hội nghị người có uy tín huyện Thuận Nam năm 2012 (20/08/2012)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo ở Ninh Phước (05/07/2012)
- Ninh Phước: khánh thành kênh mương nội đồng ở thôn Hậu Sanh (28/06/2012)
""",
"2012-09-14", "Lắng nghe tiếng nói của đồng bào Chăm",
E("doi_thoai", "2012", "2012-09-13"),
[P("Đàng Năng Khiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Thông Thị Bích Hà", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Văn Xá", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Chăm Bà-la-môn tỉnh"),
 P("Thập Văn Đồng", "Imam", "Ủy viên Hội đồng Chức sắc Hồi giáo Bà-ni tỉnh"),
 P("Hán Văn Tài", "Trưởng ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh"),
 P("Châu Ngọc Tân", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lê Văn Bình", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Quảng Đại Lợi", "người có uy tín thôn Phước Lập")],
[Q("Hơn 150 đại biểu", 150, "đại biểu", "over"),
 Q("3 huyện", 3, "huyện"),
 Q("29 ý kiến", 29, "ý kiến"),
 Q("gần 240 ha", 240, "ha", "approx"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("17 km", 17, "km"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("312 hộ", 312, "hộ"),
 Q("14 cuộc đối thoại", 14, "cuộc đối thoại"),
 Q("65 căn nhà Đại đoàn kết", 65, "căn nhà Đại đoàn kết")],
[D("Chỉ thị", "1940", "CT-TTg", "2008-12-31", "Thủ tướng Chính phủ", "Chỉ thị 1940/CT-TTg"),
 D("Kế hoạch", "12", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT")],
[prov("Ninh Thuận"), com("Phước Nam")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN", "Trang chủ > Tin tức > Mặt trận với dân tộc, tôn giáo",
 "Ảnh: Quang cảnh buổi đối thoại tại xã Phước Nam.", "Ông Đàng Năng Khiêm trả lời ý kiến của bà con. Ảnh: Thành Công",
 "Katê", "Ramưwan", "Hữu Đức", "Văn Lâm", "Bà-la-môn", "Hồi giáo Bà-ni"],
["Cập nhật: 10:15, 14/09/2012 (GMT+7)", "năm 2012", "đầu năm 2012", "1940/CT-TTg", "31/12/2008", "12/KH-MTTQ-BTT"]))

# ---------------------------------------------------------------- b655
PAGES.append(page(
"b655-daklak-bdv-giaoban-q3-2012",
"""
BÁO ĐẮK LẮK ĐIỆN TỬ                                   Thứ Bảy, 06/10/2012
Trang chủ | Chính trị | Xây dựng Đảng
08:40 | 05/10/2012
Toàn cảnh buổi giao ban.
Phát huy vai trò người có uy tín trong buôn làng
Ngày 4/10, Ban Dân vận Tỉnh ủy Đắk Lắk tổ chức hội nghị giao ban công tác dân vận quý III/2012 với ban dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc. Đồng chí Y Bhim Niê, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Nguyễn Thị Thu Hà, Y Dhăm Ênuôl - Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong quý III, các địa phương đã tổ chức 312 buổi tiếp xúc, đối thoại với nhân dân, tiếp nhận 86 ý kiến, kiến nghị; phối hợp giải quyết dứt điểm 19 vụ việc tranh chấp đất đai ở vùng đồng bào dân tộc thiểu số. Đội ngũ gần 2.600 người có uy tín được phát huy vai trò trong hòa giải ở cơ sở, vận động bà con không nghe theo kẻ xấu kích động. Nhân dân 46 buôn đã đóng góp trên 1,2 tỷ đồng và 12.500 ngày công làm đường, kênh mương nội đồng.
Đồng chí Y Bhim Niê (giữa) thăm hỏi già làng buôn Kmrơng Prông. Ảnh: H.Y
Về công tác đối với đạo Tin lành, các địa phương tiếp tục thực hiện Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ; đến nay đã có 27 chi hội Tin lành được công nhận tư cách pháp nhân. Mục sư Y Hlăm Mlô, Quản nhiệm Chi hội Tin lành buôn Kmrơng Prông (xã Ea Tu), được mời dự giao ban, cho biết chi hội đã vận động tín đồ tham gia xóa đói giảm nghèo, không để kẻ xấu lợi dụng sinh hoạt tôn giáo.
Đồng chí Y Kông Êban, HUV, Trưởng Ban Dân vận Huyện ủy Krông Búk, phản ánh tình trạng một số hộ dân ở xã Cư Né bán đất rẫy rồi lại vào rừng phát rẫy mới, đề nghị các ngành sớm có giải pháp về đất sản xuất. Bà H'Ngơn Byă, Trưởng ban Dân vận - Mặt trận xã Ea Tu, chia sẻ cách vận động bà con ký cam kết không du canh, du cư.
Kết luận giao ban, đồng chí Y Bhim Niê yêu cầu quý IV tập trung thực hiện Kế hoạch 45, 46-KH/BDVTU của Ban Dân vận Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số và dân vận chính quyền; mỗi huyện chọn ít nhất 2 buôn làm điểm về xây dựng "buôn văn hóa".
Cũng trong quý III, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh mở 3 lớp tập huấn kỹ năng vận động quần chúng cho 180 cán bộ buôn, trong đó có 64 người là phụ nữ Ê Đê, M'nông.
H.Y
Lượt đọc: 2.341
Tin cùng chuyên mục
- Ea Kar: tổng kết 5 năm phong trào "Dân vận khéo" (28/09/2012)
- Gặp mặt người có uy tín nhân dịp Tết Độc lập (31/08/2012)
- Lắk: đối thoại về tranh chấp đất rẫy ở buôn Liêng Krắc (14/08/2012)
- Krông Búk: vận động đồng bào không du canh, du cư (02/08/2012)
""",
"2012-10-05", "Phát huy vai trò người có uy tín trong buôn làng",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Y Bhim Niê", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Dhăm Ênuôl", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hlăm Mlô", "Mục sư", "Quản nhiệm Chi hội Tin lành buôn Kmrơng Prông"),
 P("Y Kông Êban", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Búk"),
 P("H'Ngơn Byă", "Trưởng ban Dân vận - Mặt trận xã Ea Tu")],
[Q("312 buổi tiếp xúc, đối thoại", 312, "buổi tiếp xúc, đối thoại"),
 Q("86 ý kiến, kiến nghị", 86, "ý kiến, kiến nghị"),
 Q("19 vụ việc tranh chấp đất đai", 19, "vụ việc tranh chấp đất đai"),
 Q("gần 2.600 người có uy tín", 2600, "người có uy tín", "approx"),
 Q("46 buôn", 46, "buôn"),
 Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("12.500 ngày công", 12500, "ngày công"),
 Q("27 chi hội Tin lành", 27, "chi hội Tin lành"),
 Q("2 buôn", 2, "buôn"),
 Q("3 lớp tập huấn", 3, "lớp tập huấn"),
 Q("180 cán bộ buôn", 180, "cán bộ buôn"),
 Q("64 người", 64, "người")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 45, 46-KH/BDVTU"),
 D("Kế hoạch", "46", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 45, 46-KH/BDVTU")],
[prov("Đắk Lắk"), com("Ea Tu"), com("Cư Né")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ | Chính trị | Xây dựng Đảng", "Toàn cảnh buổi giao ban.",
 "Đồng chí Y Bhim Niê (giữa) thăm hỏi già làng buôn Kmrơng Prông. Ảnh: H.Y", "Kmrơng Prông", "buôn văn hóa", "Lượt đọc: 2.341"],
["Thứ Bảy, 06/10/2012", "08:40 | 05/10/2012", "quý III/2012", "quý IV", "quý III", "01/2005/CT-TTg", "Lượt đọc: 2.341"]))

# ---------------------------------------------------------------- b656
PAGES.append(page(
"b656-angiang-mttq-hoahao-traoqua-2013",
"""
Báo An Giang Online
You are here: Trang chủ / Xã hội / Vì người nghèo
28/01/2013 - 16:35
Hơn 5.000 phần quà Tết đến với hộ nghèo vùng biên
Ngày 26/1, Ủy ban MTTQ Việt Nam tỉnh An Giang phối hợp Ban Trị sự Trung ương Phật giáo Hòa Hảo trao hơn 5.000 phần quà Tết cho hộ nghèo, gia đình chính sách ở các huyện Phú Tân, An Phú, Tân Châu. Mỗi phần quà trị giá 400.000 đồng/phần, gồm gạo, nhu yếu phẩm và tiền mặt.
Ông Trần Thanh Lộc trao quà Tết cho bà con xã Phú Hiệp. Ảnh: Hữu Huynh
Tham dự buổi trao quà có ông Võ Văn Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Thanh Lộc, Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo; ông Nguyễn Văn Trọn, Trưởng ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân, cùng đại diện chính quyền các xã.
Theo ông Võ Văn Hạnh, tổng trị giá đợt trao quà trên 2 tỷ đồng, trong đó tín đồ Phật giáo Hòa Hảo đóng góp hơn 850 triệu đồng. Thực hiện Chương trình phối hợp số 03/CTrPH-MTTQ-PGHH giữa Ủy ban MTTQ Việt Nam tỉnh và Ban Trị sự Trung ương Phật giáo Hòa Hảo, năm 2012 các tổ chức cơ sở của đạo đã xây 14 cây cầu bê tông nông thôn, 52 căn nhà Đại đoàn kết, khám bệnh, cấp thuốc miễn phí cho 36.000 lượt người.
Cùng ngày, tại xã Châu Phong (thị xã Tân Châu), Ủy ban MTTQ tỉnh và Ban Đại diện Cộng đồng Hồi giáo tỉnh trao 300 phần quà cho hộ nghèo đồng bào Chăm. Ông Mohamad Sa Ly, Hakim thánh đường Nur Iman, cảm ơn sự quan tâm của Mặt trận và cho biết năm qua bà con Chăm đã góp 120 triệu đồng sửa đường vào xóm Chăm. Bà Hà Ri Da, người dân xóm Chăm Phũm Soài, xúc động khi nhận quà: "Có quà này, nhà tôi có cái Tết ấm hơn".
Dịp này, Ủy ban MTTQ tỉnh trao Quỹ "Vì người nghèo" cho huyện An Phú 150 triệu đồng để sửa nhà cho hộ khó khăn, theo Kế hoạch 07/KH-MTTQ ngày 10/01/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động "Tết vì người nghèo" Xuân Quý Tỵ 2013.
Theo ông Nguyễn Văn Trọn, riêng huyện Phú Tân, tín đồ Phật giáo Hòa Hảo duy trì 46 điểm nấu cơm miễn phí tại các bệnh viện và 12 tủ thuốc nam phước thiện. Năm 2013, Ban Trị sự Phật giáo Hòa Hảo huyện dự kiến vận động làm thêm 8 cây cầu với kinh phí khoảng 1,6 tỷ đồng, tập trung ở các xã cù lao. Ông Võ Văn Hạnh đánh giá sự đồng hành của các tôn giáo là nguồn lực quan trọng để tỉnh thực hiện mục tiêu giảm nghèo bền vững.
Bài, ảnh: Hữu Huynh
Bài viết liên quan
- Phật giáo Hòa Hảo khánh thành cầu Kênh Đào ở Chợ Mới (15/01/2013)
- Thoại Sơn: trao 120 căn nhà Đại đoàn kết (20/12/2012)
- Tân Châu: đồng bào Chăm góp sức làm đường nông thôn (03/12/2012)
- Chợ Mới: bếp ăn từ thiện phục vụ bệnh nhân nghèo (26/11/2012)
- An Phú: trao 30 suất học bổng cho học sinh Chăm (14/11/2012)
""",
"2013-01-28", "Hơn 5.000 phần quà Tết đến với hộ nghèo vùng biên",
E("trao_qua", None, "2013-01-26"),
[P("Võ Văn Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thanh Lộc", "Phó Trưởng ban Trị sự Trung ương Phật giáo Hòa Hảo"),
 P("Nguyễn Văn Trọn", "Trưởng ban Trị sự Phật giáo Hòa Hảo huyện Phú Tân"),
 P("Mohamad Sa Ly", "Hakim thánh đường Nur Iman"),
 P("Hà Ri Da")],
[Q("hơn 5.000 phần quà Tết", 5000, "phần quà Tết", "over"),
 Q("400.000 đồng/phần", 400000, "đồng"),
 Q("trên 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("hơn 850 triệu đồng", 850000000, "đồng", "over"),
 Q("14 cây cầu bê tông nông thôn", 14, "cây cầu bê tông nông thôn"),
 Q("52 căn nhà Đại đoàn kết", 52, "căn nhà Đại đoàn kết"),
 Q("36.000 lượt người", 36000, "lượt người"),
 Q("300 phần quà", 300, "phần quà"),
 Q("120 triệu đồng", 120000000, "đồng"),
 Q("150 triệu đồng", 150000000, "đồng"),
 Q("46 điểm nấu cơm miễn phí", 46, "điểm nấu cơm miễn phí"),
 Q("12 tủ thuốc nam phước thiện", 12, "tủ thuốc nam phước thiện"),
 Q("8 cây cầu", 8, "cây cầu"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx")],
[D("Chương trình phối hợp", "03", "CTrPH-MTTQ-PGHH", None, None, "Chương trình phối hợp số 03/CTrPH-MTTQ-PGHH"),
 D("Kế hoạch", "07", "KH-MTTQ", "2013-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch 07/KH-MTTQ")],
[prov("An Giang"), com("Phú Hiệp"), com("Châu Phong")],
["Báo An Giang Online", "You are here: Trang chủ / Xã hội / Vì người nghèo",
 "Ông Trần Thanh Lộc trao quà Tết cho bà con xã Phú Hiệp. Ảnh: Hữu Huynh", "Vì người nghèo", "Tết vì người nghèo",
 "Nur Iman", "Phũm Soài", "Xuân Quý Tỵ", "Bài, ảnh: Hữu Huynh"],
["28/01/2013 - 16:35", "năm 2012", "Năm 2013", "Xuân Quý Tỵ 2013", "03/CTrPH-MTTQ-PGHH", "07/KH-MTTQ", "10/01/2013"]))

# ---------------------------------------------------------------- b657
PAGES.append(page(
"b657-tayninh-mttq-phanbien-caodai-2014",
"""
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH
Trang chủ >> Giám sát - Phản biện xã hội
Ngày đăng 20/06/2014 | 09:12
Các đại biểu góp ý tại hội nghị.
Góp ý chính sách hỗ trợ nhà ở: mức 25 triệu đồng/căn là chưa đủ
Sáng 19/6, Ủy ban MTTQ Việt Nam tỉnh Tây Ninh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ nhà ở cho hộ nghèo. Đây là hội nghị phản biện thứ hai trong năm 2014 của Mặt trận tỉnh. Ông Huỳnh Văn Quang, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì, hơn 60 đại biểu tham dự.
Theo dự thảo do ông Võ Thành Hưng, Phó Giám đốc Sở Xây dựng trình bày, mức hỗ trợ là 25 triệu đồng/căn cho 1.870 hộ nghèo chưa có nhà ở ổn định, tổng kinh phí dự kiến 46,75 tỷ đồng từ ngân sách tỉnh và nguồn vận động.
Có 27 ý kiến góp ý, phản biện. Bà Đặng Thị Mỹ Hạnh, Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho rằng giá vật liệu tăng nên đề nghị nâng mức hỗ trợ lên 30 triệu đồng/căn và ưu tiên hộ có người khuyết tật. Luật sư Lê Văn Đực, Phó Chủ nhiệm Đoàn Luật sư tỉnh, góp ý cần quy định rõ tiêu chí bình xét công khai tại khu dân cư.
Phối sư Thái Hiệp Thanh, Phó Chưởng quản Hội đồng Chưởng quản Hội thánh Cao Đài Tòa Thánh Tây Ninh, cho biết Hội thánh sẵn sàng vận động tín đồ đóng góp ngày công, vật liệu cùng Nhà nước. Hiền tài Nguyễn Văn Tư, Trưởng ban Cai quản Họ đạo Cao Đài Trường Hòa, đề nghị bổ sung đối tượng hộ cận nghèo bị thiên tai.
Phát biểu kết luận, ông Huỳnh Văn Quang nhấn mạnh hoạt động phản biện thực hiện theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Hướng dẫn 19/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Các ý kiến sẽ được tổng hợp gửi Thường trực HĐND tỉnh trước kỳ họp giữa năm. Trong 6 tháng đầu năm, các cấp Mặt trận trong tỉnh đã chủ trì 9 cuộc giám sát, tập trung vào việc thực hiện chính sách đối với hộ nghèo.
Cũng tại hội nghị, ông Lâm Văn Phùng, Trưởng ban công tác Mặt trận ấp Trường Lưu (xã Trường Đông, huyện Hòa Thành), phản ánh ấp có 37 hộ nghèo nhưng chỉ 9 hộ đủ điều kiện vì chưa có giấy chứng nhận quyền sử dụng đất; đề nghị dự thảo bổ sung hình thức hỗ trợ cho hộ ở trên đất thuê, mượn. Đại diện cơ quan soạn thảo tiếp thu và cho biết sẽ chỉnh sửa trước khi trình kỳ họp.
Ngọc Hân
Lượt xem: 764
Tin khác
- Giám sát việc thực hiện chính sách bảo hiểm y tế hộ cận nghèo (10/06/2014)
- Tổng kết 10 năm "Ngày hội Đại đoàn kết toàn dân tộc" ở Hòa Thành (15/05/2014)
- Mặt trận tỉnh gặp mặt chức sắc Hội thánh Cao Đài Tòa Thánh Tây Ninh (02/05/2014)
- Châu Thành: trao 25 căn nhà Đại đoàn kết cho hộ nghèo vùng biên (18/04/2014)
""",
"2014-06-20", "Góp ý chính sách hỗ trợ nhà ở: mức 25 triệu đồng/căn là chưa đủ",
E("hoi_nghi", "2014", "2014-06-19"),
[P("Huỳnh Văn Quang", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thành Hưng", "Phó Giám đốc Sở Xây dựng"),
 P("Đặng Thị Mỹ Hạnh", "Trưởng Ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Đực", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Thái Hiệp Thanh", "Phối sư", "Phó Chưởng quản Hội đồng Chưởng quản Hội thánh Cao Đài Tòa Thánh Tây Ninh"),
 P("Nguyễn Văn Tư", "Hiền tài", "Trưởng ban Cai quản Họ đạo Cao Đài Trường Hòa"),
 P("Lâm Văn Phùng", "Trưởng ban công tác Mặt trận ấp Trường Lưu")],
[Q("25 triệu đồng/căn", 25000000, "đồng"),
 Q("hơn 60 đại biểu", 60, "đại biểu", "over"),
 Q("1.870 hộ nghèo", 1870, "hộ nghèo"),
 Q("46,75 tỷ đồng", 46750000000, "đồng"),
 Q("27 ý kiến", 27, "ý kiến"),
 Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát"),
 Q("37 hộ nghèo", 37, "hộ nghèo"),
 Q("9 hộ", 9, "hộ")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Hướng dẫn", "19", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 19/HD-MTTW-BTT")],
[prov("Tây Ninh"), com("Trường Đông")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH TÂY NINH", "Trang chủ >> Giám sát - Phản biện xã hội",
 "Các đại biểu góp ý tại hội nghị.", "Cao Đài Trường Hòa", "Tòa Thánh Tây Ninh", "Ngọc Hân", "Lượt xem: 764"],
["Ngày đăng 20/06/2014 | 09:12", "năm 2014", "6 tháng đầu năm", "thứ hai", "Lượt xem: 764", "12/12/2013"]))

# ---------------------------------------------------------------- b658
PAGES.append(page(
"b658-gialai-ducco-doithoai-datdai-2014",
"""
BÁO GIA LAI                         Hôm nay: Thứ Hai, 10/11/2014
Thời sự | Chính trị | Xã hội | Kinh tế
Xã hội >> Dân tộc - Miền núi
Đối thoại gỡ vướng đất rẫy giữa dân làng Tơ Ma và công ty cao su
07/11/2014 15:20
(GLO)- Ngày 5/11/2014, Ban Dân vận Huyện ủy Đức Cơ phối hợp với UBND huyện tổ chức buổi đối thoại với 46 hộ đồng bào Jrai làng Tơ Ma (xã Ia Nan) về diện tích đất rẫy chồng lấn với vườn cây của Công ty TNHH MTV Cao su Ia Nan. Đây là vụ việc kéo dài nhiều năm, từng khiến bà con kéo đến trụ sở xã khiếu nại đông người hồi tháng 8.
Ông Rơ Châm Hiao phát biểu tại buổi đối thoại. Ảnh: Ksor Thái
Dự đối thoại có ông Rơ Châm Hiao, HUV, Trưởng Ban Dân vận Huyện ủy; ông Ksor Thuyên, Ủy viên Ban Thường vụ Huyện ủy, Phó Chủ tịch UBND huyện; ông Đinh Văn Tuyết, Phó Trưởng Ban Dân vận Tỉnh ủy Gia Lai và đại diện lãnh đạo công ty.
Già làng Siu Blưih nói thay bà con: "Đất này cha mẹ để lại, làng mình làm rẫy từ trước khi công ty về". Theo số liệu rà soát, có hơn 72 ha đất rẫy nằm trong ranh giới công ty được giao năm 1996. Bà Rah Lan H'Nhi, người dân làng Tơ Ma, đề nghị công ty trả lại phần đất bà con đang canh tác hoặc bồi thường thỏa đáng.
Ông Nguyễn Văn Tuấn, Phó Tổng Giám đốc công ty, cho biết đơn vị đồng ý trả lại 38 ha chưa trồng cao su để huyện giao cho bà con; phần diện tích đã trồng, công ty hỗ trợ 35 triệu đồng/ha và nhận 60 lao động là người dân trong làng vào làm công nhân.
Ông Ksor Thuyên khẳng định việc giao lại đất sẽ thực hiện theo Nghị định 43/2014/NĐ-CP của Chính phủ và quyết định số 255/QĐ-UBND ngày 12/3/2014 của UBND tỉnh về rà soát đất nông, lâm trường. Huyện thành lập 2 tổ công tác đo đạc, cắm mốc, phấn đấu hoàn thành trước ngày 31/12/2014.
Kết thúc buổi đối thoại, 41/46 hộ ký biên bản đồng thuận. Ông Đinh Văn Tuyết đề nghị Ban Dân vận Huyện ủy tiếp tục bám làng, phát huy vai trò già làng, người có uy tín, không để phát sinh "điểm nóng".
Theo Ban Dân vận Huyện ủy Đức Cơ, từ đầu năm 2014 đến nay, huyện đã tổ chức 11 cuộc đối thoại về đất đai ở các xã biên giới, giải quyết dứt điểm 9 vụ việc. Đồng bào Jrai, Ba Na ở nhiều làng đã tự nguyện trả lại 126 ha đất lấn chiếm cho các công ty để được giao đất sản xuất ở vị trí thuận lợi hơn.
Ksor Thái
Xem thêm
- Chư Prông: giải quyết dứt điểm tranh chấp đất ở làng Bang (30/10/2014)
- Đoàn công tác Tỉnh ủy làm việc với Huyện ủy Đức Cơ (21/10/2014)
- Ia Grai: già làng vận động con cháu trả lại đất lấn chiếm (15/10/2014)
- Phát huy vai trò người có uy tín ở vùng biên giới (02/10/2014)
Cơ quan chủ quản: Tỉnh ủy Gia Lai. Tòa soạn: 09 Hoàng Văn Thụ, TP. Pleiku
Điện thoại: 0269.3824 179 - Email: baogialai@gmail.com
""",
"2014-11-07", "Đối thoại gỡ vướng đất rẫy giữa dân làng Tơ Ma và công ty cao su",
E("doi_thoai", "2014", "2014-11-05"),
[P("Rơ Châm Hiao", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ksor Thuyên", "Ủy viên Ban Thường vụ Huyện ủy", "Phó Chủ tịch UBND huyện"),
 P("Đinh Văn Tuyết", "Phó Trưởng Ban Dân vận Tỉnh ủy Gia Lai"),
 P("Siu Blưih", "Già làng"),
 P("Rah Lan H'Nhi"),
 P("Nguyễn Văn Tuấn", "Phó Tổng Giám đốc công ty")],
[Q("46 hộ", 46, "hộ"),
 Q("hơn 72 ha", 72, "ha", "over"),
 Q("38 ha", 38, "ha"),
 Q("35 triệu đồng/ha", 35000000, "đồng"),
 Q("60 lao động", 60, "lao động"),
 Q("2 tổ công tác", 2, "tổ công tác"),
 Q("41/46 hộ", 41, "hộ"),
 Q("11 cuộc đối thoại", 11, "cuộc đối thoại"),
 Q("9 vụ việc", 9, "vụ việc"),
 Q("126 ha", 126, "ha")],
[D("Nghị định", "43", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 43/2014/NĐ-CP"),
 D("Quyết định", "255", "QĐ-UBND", "2014-03-12", "UBND tỉnh", "quyết định số 255/QĐ-UBND")],
[prov("Gia Lai"), com("Ia Nan")],
["BÁO GIA LAI", "Thời sự | Chính trị | Xã hội | Kinh tế", "Xã hội >> Dân tộc - Miền núi", "(GLO)",
 "Ông Rơ Châm Hiao phát biểu tại buổi đối thoại. Ảnh: Ksor Thái", "Công ty TNHH MTV Cao su Ia Nan", "Tơ Ma", "điểm nóng", "Hoàng Văn Thụ"],
["Hôm nay: Thứ Hai, 10/11/2014", "07/11/2014 15:20", "đầu năm 2014", "năm 1996", "tháng 8", "31/12/2014", "43/2014/NĐ-CP", "255/QĐ-UBND", "12/3/2014", "0269.3824 179"]))
