from lib import *
PAGES = []

PAGES.append(page("b4019-kiengiang-iuu-taphuan-2017", """
BÁO KIÊN GIANG ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Biển đảo
Ngày 16/11/2017 | 09:15
Trang chủ >> Kinh tế >> Thủy sản
Hơn 150 thuyền trưởng, chủ tàu được tập huấn chống khai thác IUU
(BKG) - Ngày 15-11, Sở Nông nghiệp và Phát triển nông thôn phối hợp Ban Dân vận Tỉnh ủy, Hội Nghề cá tỉnh Kiên Giang mở lớp tập huấn năm 2017 về phòng, chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) cho hơn 150 thuyền trưởng, chủ tàu thị xã Hà Tiên và huyện Kiên Lương.
Đây là lớp thứ 3 trong số 8 lớp tỉnh tổ chức sau khi Ủy ban châu Âu (EC) áp dụng cảnh báo "thẻ vàng" đối với thủy sản khai thác của Việt Nam từ ngày 23/10/2017. Dự khai mạc có đồng chí Danh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Quách Thị Diễm Hương, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Đồng chí Danh Út phát biểu khai mạc lớp tập huấn. Ảnh: Thanh Nhã
Các học viên được báo cáo viên Chi cục Thủy sản phổ biến Luật Thủy sản năm 2017, Nghị định 103/2013/NĐ-CP của Chính phủ, Quyết định 78/2008/QĐ-TTg của Thủ tướng Chính phủ và các quy định về ghi nhật ký khai thác, khai báo cập cảng, xuất bến. Trung tá Trần Văn Đảo, Chính trị viên Đồn Biên phòng Hà Tiên, thông tin: năm 2017 tỉnh có 11 tàu với 76 ngư dân bị nước ngoài bắt giữ, trong đó 4 tàu của Hà Tiên.
Theo báo cáo, toàn tỉnh Kiên Giang có 10.420 tàu cá, trong đó 3.920 tàu dài từ 15 m trở lên phải lắp thiết bị giám sát hành trình; đến nay mới khoảng 18% số tàu này lắp đặt. Thực hiện kế hoạch số 112-KH/BDVTU và kế hoạch số 113-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận đã phối hợp tổ chức 46 cuộc tuyên truyền tại 12 xã, phường ven biển, phát 5.000 tờ rơi.
Tại lớp học, ông Thạch Sa Quân, chủ tàu KG 91234 TS ở xã Dương Hòa, và ông Lâm Văn Bé, thuyền trưởng ở phường Pháo Đài, đề nghị hỗ trợ chi phí lắp đặt thiết bị vì mỗi bộ giá khoảng 30 triệu đồng. Bà Châu Thị Kim Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Dương Hòa, đề nghị vận động vợ ngư dân cùng nhắc nhở chồng không vượt ranh giới.
Bế mạc lớp tập huấn, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Thanh Bình, Danh Sà Phol yêu cầu cơ sở xây dựng ít nhất 1 mô hình "Tổ tự quản ngư dân không vi phạm vùng biển nước ngoài" ở mỗi xã; 100% học viên ký cam kết.
Theo kế hoạch, các lớp tiếp theo sẽ mở tại Rạch Giá, An Biên, Phú Quốc và quần đảo Nam Du trước ngày 20/12/2017. Nội dung tập huấn được in thành sổ tay bỏ túi, cấp cho mỗi tàu 1 cuốn để thuyền viên tham khảo trong chuyến biển; Hội Nghề cá tỉnh cũng lập nhóm Zalo để thông tin kịp thời tình hình ngư trường cho các thuyền trưởng.
Thanh Nhã
Lượt xem: 2.310
Tin cùng chuyên mục
- Hà Tiên: phát động ngư dân không vi phạm vùng biển nước ngoài (02/11/2017)
- Phú Quốc: hỗ trợ gia đình 7 ngư dân bị bắt giữ (25/10/2017)
""", "2017-11-16", "Hơn 150 thuyền trưởng, chủ tàu được tập huấn chống khai thác IUU",
E("tap_huan", "2017", "2017-11-15"),
[P("Danh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Thị Diễm Hương", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Trần Văn Đảo", "Trung tá", "Chính trị viên Đồn Biên phòng Hà Tiên"),
 P("Thạch Sa Quân", "chủ tàu KG 91234 TS"),
 P("Lâm Văn Bé", "thuyền trưởng"),
 P("Châu Thị Kim Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Dương Hòa"),
 P("Nguyễn Thanh Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Sà Phol", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("Hơn 150 thuyền trưởng, chủ tàu", 150, "thuyền trưởng, chủ tàu", "over"), Q("8 lớp", 8, "lớp"),
 Q("11 tàu", 11, "tàu"), Q("76 ngư dân", 76, "ngư dân"), Q("4 tàu", 4, "tàu"), Q("10.420 tàu cá", 10420, "tàu cá"),
 Q("3.920 tàu", 3920, "tàu"), Q("khoảng 18%", 18, "%", "approx"), Q("46 cuộc tuyên truyền", 46, "cuộc tuyên truyền"),
 Q("12 xã, phường ven biển", 12, "xã, phường ven biển"), Q("5.000 tờ rơi", 5000, "tờ rơi"),
 Q("khoảng 30 triệu đồng", 30000000, "đồng", "approx"), Q("100%", 100, "%")],
[D("Nghị định", "103", "2013/NĐ-CP", None, "Chính phủ", "Nghị định 103/2013/NĐ-CP"),
 D("Quyết định", "78", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 78/2008/QĐ-TTg"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 112-KH/BDVTU"),
 D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 113-KH/BDVTU")],
[prov("Kiên Giang"), com("Dương Hòa"), com("Pháo Đài")],
["BÁO KIÊN GIANG ĐIỆN TỬ", "Chính trị | Kinh tế | Xã hội | Biển đảo", "Trang chủ >> Kinh tế >> Thủy sản",
 "Đồng chí Danh Út phát biểu khai mạc lớp tập huấn. Ảnh: Thanh Nhã", "(BKG)", "thẻ vàng", "KG 91234 TS",
 "Tổ tự quản ngư dân không vi phạm vùng biển nước ngoài", "Lượt xem: 2.310", "Ủy ban châu Âu (EC)", "Luật Thủy sản"],
["Ngày 16/11/2017 | 09:15", "năm 2017", "lớp thứ 3", "15 m", "1 mô hình", "1 cuốn", "Lượt xem: 2.310"]))

PAGES.append(page("b4020-camau-iuu-giamsat-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU
Trang chủ / Hoạt động giám sát, phản biện xã hội
08:15 | 23/08/2018
Giám sát việc thực hiện các quy định chống khai thác IUU tại Sông Đốc
Ngày 22/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lâm Văn Bi, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện các quy định về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định tại thị trấn Sông Đốc và xã Khánh Hội, huyện U Minh. Đây là nội dung thuộc chương trình giám sát năm 2018 của Ủy ban MTTQ tỉnh.
Thành viên đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Tô Thị Hồng Nga, Lý Văn Phong; đồng chí Trương Minh Trí, Phó Chi cục trưởng Chi cục Thủy sản; đại diện Liên minh Hợp tác xã tỉnh, Hội Nghề cá tỉnh.
Đoàn giám sát làm việc tại UBND thị trấn Sông Đốc.
Báo cáo của UBND thị trấn Sông Đốc cho thấy, địa phương quản lý 1.108 tàu cá, trong đó 712 tàu dài từ 15 m trở lên; đã có 396 tàu lắp thiết bị giám sát hành trình, đạt 55,6%. Thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ và kế hoạch số 41-KH/TU của Tỉnh ủy, thị trấn đã tổ chức 28 cuộc tuyên truyền với 1.650 lượt người dự, vận động 34 tổ hợp tác khai thác hải sản ký cam kết không vi phạm vùng biển nước ngoài. Tại xã Khánh Hội, 100% tàu cá đã đăng ký, đăng kiểm; 9 tàu còn chưa có giấy phép khai thác.
Qua giám sát, đoàn ghi nhận vẫn còn 2 tàu với 13 ngư dân của thị trấn bị nước ngoài bắt giữ từ đầu năm; việc ghi nhật ký khai thác chưa nghiêm, khoảng 40% thuyền trưởng ghi chép chưa đầy đủ. Ông Danh Sơn, Chủ tịch Nghiệp đoàn nghề cá thị trấn Sông Đốc, phản ánh giá thiết bị giám sát hành trình cao, nhiều chủ tàu nhỏ khó khăn; ông Lê Hoàng Em, thuyền trưởng tàu CM 99245 TS, đề nghị rút ngắn thủ tục xuất bến.
Kết luận buổi giám sát, đồng chí Lâm Văn Bi đề nghị chính quyền thị trấn và xã Khánh Hội xử lý nghiêm các trường hợp vi phạm theo Nghị định 103/2013/NĐ-CP; phát huy vai trò Ban Công tác Mặt trận khóm, ấp và tổ đoàn kết trên biển. Ủy ban MTTQ tỉnh sẽ tổng hợp 11 kiến nghị gửi UBND tỉnh xem xét.
Theo Ban Thường trực Ủy ban MTTQ tỉnh Cà Mau, sau Sông Đốc, đoàn sẽ tiếp tục giám sát tại xã Tân Thuận (huyện Đầm Dơi) và xã Khánh Bình Tây (huyện Trần Văn Thời) trong tháng 9. Kết quả giám sát là cơ sở để Mặt trận kiến nghị cấp ủy, chính quyền tháo gỡ vướng mắc cho ngư dân, góp phần sớm gỡ cảnh báo "thẻ vàng" của Ủy ban châu Âu.
Dịp này, đoàn trao 20 phần quà, mỗi phần 500.000 đồng cho gia đình ngư dân có người bị nước ngoài bắt giữ.
Huỳnh Lâm
Lượt xem: 980
Tin khác
- Trần Văn Thời: vận động 200 tàu cá lắp thiết bị giám sát hành trình (10/08/2018)
- MTTQ tỉnh giám sát thực hiện chính sách hỗ trợ ngư dân (26/07/2018)
- Khánh Hội: ra mắt tổ đoàn kết trên biển (12/07/2018)
""", "2018-08-23", "Giám sát việc thực hiện các quy định chống khai thác IUU tại Sông Đốc",
E("giam_sat", "2018", "2018-08-22"),
[P("Lâm Văn Bi", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tô Thị Hồng Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Văn Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Minh Trí", "Phó Chi cục trưởng Chi cục Thủy sản"),
 P("Danh Sơn", "Chủ tịch Nghiệp đoàn nghề cá thị trấn Sông Đốc"),
 P("Lê Hoàng Em", "thuyền trưởng tàu CM 99245 TS")],
[Q("1.108 tàu cá", 1108, "tàu cá"), Q("712 tàu", 712, "tàu"), Q("396 tàu", 396, "tàu"), Q("55,6%", 55.6, "%"),
 Q("28 cuộc tuyên truyền", 28, "cuộc tuyên truyền"), Q("1.650 lượt người", 1650, "lượt người"),
 Q("34 tổ hợp tác khai thác hải sản", 34, "tổ hợp tác khai thác hải sản"), Q("100%", 100, "%"), Q("9 tàu", 9, "tàu"),
 Q("2 tàu", 2, "tàu"), Q("13 ngư dân", 13, "ngư dân"), Q("khoảng 40%", 40, "%", "approx"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Kế hoạch", "41", "KH/TU", None, "Tỉnh ủy", "kế hoạch số 41-KH/TU"),
 D("Nghị định", "103", "2013/NĐ-CP", None, None, "Nghị định 103/2013/NĐ-CP")],
[prov("Cà Mau"), com("Sông Đốc"), com("Khánh Hội"), com("Tân Thuận"), com("Khánh Bình Tây")],
["ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "Trang chủ / Hoạt động giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND thị trấn Sông Đốc.", "CM 99245 TS", "Lượt xem: 980", "thẻ vàng"],
["08:15 | 23/08/2018", "năm 2018", "15 m", "Lượt xem: 980"]))

PAGES.append(page("b4021-ninhthuan-iuu-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY NINH THUẬN
Vị trí: Trang chủ - Tin tức - Hoạt động khối dân vận
Cập nhật lúc 17:20 ngày 27/09/2019
Khối dân vận vào cuộc chống khai thác hải sản bất hợp pháp
Chiều 26/9/2019, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2019, tập trung đánh giá công tác vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU). Đồng chí Chamaléa Thị Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: Văn Miên
Theo báo cáo, quý III, khối dân vận các cấp đã phối hợp Bộ đội Biên phòng tổ chức 64 buổi tuyên truyền cho 4.230 lượt ngư dân tại các xã, thị trấn ven biển Khánh Hải, Phước Dinh, Nhơn Hải, Cà Ná. Toàn tỉnh Ninh Thuận có 2.915 tàu cá, đã có 241/258 tàu dài từ 15 m trở lên lắp thiết bị giám sát hành trình, đạt 93,4%. Trong quý không có tàu cá, ngư dân bị nước ngoài bắt giữ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 29, 30-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác IUU và về phát huy vai trò chức sắc, người có uy tín trong đồng bào Chăm vùng biển; ban hành hướng dẫn số 18-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong cộng đồng ngư dân. Đến nay có 23 mô hình dân vận khéo gắn với nghề biển, trong đó 7 mô hình cấp tỉnh.
Tại giao ban, bà Quảng Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin 35 chi hội phụ nữ ven biển đã ký cam kết "Vợ ngư dân nói không với IUU"; ông Đàng Năng Thọ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận đã vận động 180 chủ tàu ký cam kết. Các đồng chí Trưởng Ban Dân vận các huyện ủy ven biển: Trần Văn Hùng, Nguyễn Thị Lệ đề nghị bố trí kinh phí cho tổ dân vận thôn ven biển.
Kết luận giao ban, đồng chí Chamaléa Thị Thủy yêu cầu quý IV tiếp tục bám sát Kế hoạch số 45-KH/UBND ngày 15/3/2018 của UBND tỉnh; tăng cường vận động ngư dân ghi nhật ký khai thác, không tháo thiết bị giám sát hành trình khi hoạt động trên biển; mỗi tổ dân vận ven biển nắm chắc danh sách tàu thuyền, thuyền viên.
Hội nghị cũng thống nhất chọn 2 xã Phước Dinh và Nhơn Hải làm điểm xây dựng "Xã ven biển không có tàu cá vi phạm IUU", hỗ trợ mỗi xã 20 triệu đồng từ kinh phí của Ban Dân vận Tỉnh ủy.
Tham dự giao ban còn có cả sư Thành Thị Hồng, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh, người nhiều năm cùng Ban Dân vận xã Phước Dinh vận động bà con người Chăm ở làng biển Sơn Hải tham gia tổ đoàn kết khai thác hải sản. Cả sư cho biết, các chức sắc đã lồng ghép nội dung chống khai thác IUU vào các buổi lễ của cộng đồng.
Văn Miên
Lượt xem: 734
Tin liên quan
- Thuận Nam: tập huấn về IUU cho 120 thuyền trưởng (12/09/2019)
- Ninh Hải ra mắt tổ dân vận ven biển (28/08/2019)
- Giao ban khối dân vận quý II năm 2019 (27/06/2019)
""", "2019-09-27", "Khối dân vận vào cuộc chống khai thác hải sản bất hợp pháp",
E("giao_ban", "2019-Q3", "2019-09-26"),
[P("Chamaléa Thị Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quảng Thị Nga", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đàng Năng Thọ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Hùng", "Trưởng Ban Dân vận các huyện ủy ven biển"),
 P("Nguyễn Thị Lệ", "Trưởng Ban Dân vận các huyện ủy ven biển"),
 P("Thành Thị Hồng", "cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn giáo tỉnh")],
[Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("4.230 lượt ngư dân", 4230, "lượt ngư dân"), Q("2.915 tàu cá", 2915, "tàu cá"),
 Q("241/258 tàu", 241, "tàu"), Q("93,4%", 93.4, "%"), Q("23 mô hình dân vận khéo", 23, "mô hình dân vận khéo"),
 Q("7 mô hình cấp tỉnh", 7, "mô hình cấp tỉnh"), Q("35 chi hội phụ nữ ven biển", 35, "chi hội phụ nữ ven biển"),
 Q("180 chủ tàu", 180, "chủ tàu"), Q("2 xã", 2, "xã"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 29, 30-CT/TU"),
 D("Hướng dẫn", "18", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 18-HD/BDVTU"),
 D("Kế hoạch", "45", "KH/UBND", "2018-03-15", "UBND tỉnh", "Kế hoạch số 45-KH/UBND ngày 15/3/2018")],
[prov("Ninh Thuận"), com("Khánh Hải"), com("Phước Dinh"), com("Nhơn Hải"), com("Cà Ná")],
["BAN DÂN VẬN TỈNH ỦY NINH THUẬN", "Vị trí: Trang chủ - Tin tức - Hoạt động khối dân vận", "Quang cảnh buổi giao ban. Ảnh: Văn Miên",
 "Dân vận khéo", "Vợ ngư dân nói không với IUU", "Xã ven biển không có tàu cá vi phạm IUU", "Lượt xem: 734", "Sơn Hải"],
["Cập nhật lúc 17:20 ngày 27/09/2019", "quý III năm 2019", "quý IV", "15 m", "Lượt xem: 734"]))

PAGES.append(page("b4022-quangtri-baolu-traoqua-2020", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Thời sự | Xã hội | Biển đảo
Thứ Năm, 29/10/2020
Hôm nay: Thứ Bảy, 31/10/2020
Trao 300 suất quà cho ngư dân vùng biển Gio Linh bị thiệt hại do bão số 9
(QT) - Chiều 28/10, đoàn công tác của Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và Liên đoàn Lao động tỉnh đã đến thăm, trao 300 suất quà cho ngư dân thị trấn Cửa Việt và xã Gio Hải, huyện Gio Linh bị thiệt hại do mưa lũ và bão số 9.
Đoàn do đồng chí Nguyễn Chiến Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dẫn đầu.
Đồng chí Nguyễn Chiến Thắng trao quà cho ngư dân thị trấn Cửa Việt. Ảnh: Thanh Lê
Theo UBND huyện Gio Linh, trong đợt mưa lũ lịch sử vừa qua và bão số 9, trên địa bàn 2 địa phương có 17 tàu cá bị chìm, 42 tàu bị hư hỏng, 3 ngư dân mất tích; thiệt hại ước khoảng 21 tỷ đồng. Nhiều gia đình ngư dân mất toàn bộ ngư lưới cụ, không còn phương tiện sinh kế.
Mỗi suất quà trị giá 1,5 triệu đồng gồm tiền mặt, gạo, mì tôm và nước uống. Đặc biệt, đoàn trao 3 gia đình có người mất tích trên biển mỗi gia đình 10 triệu đồng từ Quỹ "Vì biển, đảo Việt Nam"; trao 17 chủ tàu có tàu bị chìm mỗi người 5 triệu đồng. Tổng giá trị quà và tiền hỗ trợ hơn 565 triệu đồng.
Cũng trong dịp này, Công ty Cổ phần Thương mại Bảo Hưng do ông Trần Văn Toàn, Giám đốc làm đại diện trao tặng 100 bình nước lọc và 50 thùng mì cho Nghiệp đoàn nghề cá Cửa Việt. Ông Hồ Văn Kiên, Chủ tịch Nghiệp đoàn nghề cá Cửa Việt, cho biết nghiệp đoàn có 186 đoàn viên, trong đó 64 đoàn viên bị thiệt hại nặng.
Phát biểu tại buổi trao quà, đồng chí Nguyễn Chiến Thắng chia sẻ những mất mát to lớn của bà con; đề nghị cấp ủy, chính quyền thị trấn Cửa Việt, xã Gio Hải rà soát, hỗ trợ kịp thời theo Nghị định 02/2017/NĐ-CP của Chính phủ và Quyết định số 2712/QĐ-UBND ngày 15/10/2020 của UBND tỉnh; phân bổ công khai, minh bạch nguồn hỗ trợ, không để sót hộ ngư dân nào.
Anh Lê Văn Cường, thuyền viên tàu QT 91036 TS vừa thoát nạn, xúc động: "Tàu chìm rồi nhưng anh em còn nguyên, được Mặt trận, đoàn thể hỗ trợ thế này, bà con sẽ sớm đóng lại tàu ra khơi".
Theo Ban Dân vận Tỉnh ủy, đến nay Ủy ban MTTQ tỉnh đã tiếp nhận hơn 28 tỷ đồng ủng hộ đồng bào bị thiệt hại do mưa lũ.
Trước đó, ngày 27/10, Liên đoàn Lao động tỉnh đã trao 50 suất quà cho đoàn viên nghiệp đoàn nghề cá các xã Triệu An, Triệu Vân (huyện Triệu Phong), mỗi suất 1 triệu đồng. Ban Dân vận Tỉnh ủy đề nghị các đoàn thể tiếp tục rà soát, kịp thời hỗ trợ ngư dân sửa chữa tàu thuyền, sớm trở lại với biển.
Thanh Lê
Lượt xem: 4.127
Tin khác
- Ngư dân Cửa Tùng khẩn trương khắc phục hậu quả bão lũ (27/10/2020)
- MTTQ tỉnh tiếp nhận ủng hộ đồng bào bị lũ lụt (22/10/2020)
""", "2020-10-29", "Trao 300 suất quà cho ngư dân vùng biển Gio Linh bị thiệt hại do bão số 9",
E("trao_qua", None, "2020-10-28"),
[P("Nguyễn Chiến Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Toàn", "Giám đốc"),
 P("Hồ Văn Kiên", "Chủ tịch Nghiệp đoàn nghề cá Cửa Việt"),
 P("Lê Văn Cường", "thuyền viên tàu QT 91036 TS")],
[Q("300 suất quà", 300, "suất quà"), Q("2 địa phương", 2, "địa phương"), Q("17 tàu cá", 17, "tàu cá"), Q("42 tàu", 42, "tàu"),
 Q("3 ngư dân", 3, "ngư dân"), Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("3 gia đình", 3, "gia đình"), Q("10 triệu đồng", 10000000, "đồng"), Q("17 chủ tàu", 17, "chủ tàu"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("hơn 565 triệu đồng", 565000000, "đồng", "over"), Q("100 bình nước lọc", 100, "bình nước lọc"), Q("50 thùng mì", 50, "thùng mì"),
 Q("186 đoàn viên", 186, "đoàn viên"), Q("64 đoàn viên", 64, "đoàn viên"), Q("hơn 28 tỷ đồng", 28000000000, "đồng", "over"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị định", "02", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 02/2017/NĐ-CP"),
 D("Quyết định", "2712", "QĐ-UBND", "2020-10-15", "UBND tỉnh", "Quyết định số 2712/QĐ-UBND ngày 15/10/2020")],
[prov("Quảng Trị"), com("Cửa Việt"), com("Gio Hải"), com("Triệu An"), com("Triệu Vân")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Thời sự | Xã hội | Biển đảo",
 "Đồng chí Nguyễn Chiến Thắng trao quà cho ngư dân thị trấn Cửa Việt. Ảnh: Thanh Lê", "Vì biển, đảo Việt Nam", "(QT)",
 "Công ty Cổ phần Thương mại Bảo Hưng", "QT 91036 TS", "Lượt xem: 4.127"],
["Thứ Năm, 29/10/2020", "Hôm nay: Thứ Bảy, 31/10/2020", "bão số 9", "Lượt xem: 4.127"]))

PAGES.append(page("b4023-binhthuan-chutau-chandung-2021", """
BÁO BÌNH THUẬN ONLINE
Phóng sự - Ghi chép | Gương sáng
30 tháng 6, 2021 | 17:45
Người "thủ lĩnh" của 28 tàu cá ở đảo Phú Quý
Ảnh: Ông Nguyễn Văn Thơm kiểm tra thiết bị giám sát hành trình trên tàu BTh 98568 TS.
Ở xã Tam Thanh, huyện đảo Phú Quý, hễ nhắc đến ông Nguyễn Văn Thơm, Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ số 2, kiêm Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh, ngư dân ai cũng quý mến gọi là "anh Hai Thơm".
Gần 30 năm bám biển, ông Thơm hiện là chủ của 3 tàu câu khơi công suất trên 800 CV, tạo việc làm ổn định cho 36 lao động với thu nhập bình quân 13 triệu đồng/người/tháng. Năm 2015, ông cùng 27 chủ tàu khác trên đảo lập tổ đoàn kết, quy định rõ: tàu nào gặp nạn thì các tàu trong tổ bỏ dở chuyến biển để ứng cứu. Đến nay tổ có 28 tàu với 312 thuyền viên; 6 năm qua đã cứu hộ, lai dắt 19 tàu gặp sự cố, cứu sống 47 ngư dân, trong đó có 11 ngư dân tỉnh bạn.
Những ngày EC còn treo "thẻ vàng", ông Thơm là người đầu tiên trên đảo lắp thiết bị giám sát hành trình, rồi đi từng nhà vận động các chủ tàu trong tổ lắp đặt. "Mình ký cam kết không sang vùng biển nước ngoài thì mình phải làm trước", ông nói. Nhờ vậy, 100% tàu trong tổ thực hiện đúng Luật Thủy sản năm 2017, ghi nhật ký đầy đủ; chưa có tàu nào bị xử phạt.
Ông Nguyễn Văn Thơm (thứ hai từ trái) cùng các thuyền viên trước chuyến biển. Ảnh: Ngọc Lân
Ông Nguyễn Trọng Nghĩa, Bí thư Đảng ủy, Chủ tịch HĐND xã Tam Thanh, cho biết: tổ của ông Thơm mỗi năm ủng hộ Quỹ "Vì người nghèo" của xã khoảng 50 triệu đồng, hỗ trợ 5 gia đình ngư dân gặp nạn. Năm 2020, ông được Ủy ban MTTQ Việt Nam tỉnh và Ban Dân vận Tỉnh ủy chọn là 1 trong 10 gương điển hình "Dân vận khéo" vùng biển.
Đồng chí Bố Thị Xuân Linh, Trưởng Ban Dân vận Tỉnh ủy, nhận xét: những người như ông Thơm vừa là lực lượng sản xuất, vừa là "cột mốc sống" khẳng định chủ quyền biển đảo. Bà Nguyễn Thị Huyền, Phó Chủ tịch Hội Nghề cá tỉnh, cho biết Hội đang đề nghị Trung ương Hội khen thưởng tổ của ông.
Nói về dự định, ông Thơm chỉ mong có thêm vốn đóng tàu dịch vụ hậu cần để anh em trong tổ bám biển dài ngày hơn, không phải chạy về bờ bán cá. Ông cũng bàn với các thành viên lập quỹ xoay vòng 400 triệu đồng để giúp nhau sửa chữa tàu khi hư hỏng.
Đất liền cách đảo hơn trăm cây số, nhưng với "anh Hai Thơm" và các bạn thuyền, biển khơi chưa bao giờ là xa.
Theo Hội Nghề cá tỉnh Bình Thuận, toàn huyện đảo Phú Quý hiện có 58 tổ đoàn kết với 420 tàu cá; mô hình của ông Thơm được chọn để nhân rộng ra các xã Long Hải, Ngũ Phụng trong năm 2021.
NGỌC LÂN
Lượt xem: 2.954
Bài viết liên quan
- Phú Quý: ngư dân vươn khơi sau giãn cách (20/06/2021)
- Trao 500 lá cờ Tổ quốc cho ngư dân La Gi (02/06/2021)
""", "2021-06-30", "Người \"thủ lĩnh\" của 28 tàu cá ở đảo Phú Quý",
E("khac", None, None),
[P("Nguyễn Văn Thơm", "Tổ trưởng tổ đoàn kết khai thác hải sản xa bờ số 2", "Chủ tịch Nghiệp đoàn nghề cá xã Tam Thanh"),
 P("Nguyễn Trọng Nghĩa", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Tam Thanh"),
 P("Bố Thị Xuân Linh", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Huyền", "Phó Chủ tịch Hội Nghề cá tỉnh")],
[Q("28 tàu cá", 28, "tàu cá"), Q("3 tàu câu khơi", 3, "tàu câu khơi"), Q("36 lao động", 36, "lao động"),
 Q("13 triệu đồng", 13000000, "đồng"), Q("27 chủ tàu", 27, "chủ tàu"), Q("312 thuyền viên", 312, "thuyền viên"),
 Q("19 tàu", 19, "tàu"), Q("47 ngư dân", 47, "ngư dân"), Q("11 ngư dân", 11, "ngư dân"), Q("100%", 100, "%"),
 Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx"), Q("5 gia đình", 5, "gia đình"), Q("10 gương điển hình", 10, "gương điển hình"),
 Q("400 triệu đồng", 400000000, "đồng"), Q("58 tổ đoàn kết", 58, "tổ đoàn kết"), Q("420 tàu cá", 420, "tàu cá")],
[],
[prov("Bình Thuận"), com("Tam Thanh"), com("Long Hải"), com("Ngũ Phụng")],
["BÁO BÌNH THUẬN ONLINE", "Phóng sự - Ghi chép | Gương sáng",
 "Ảnh: Ông Nguyễn Văn Thơm kiểm tra thiết bị giám sát hành trình trên tàu BTh 98568 TS.",
 "Ông Nguyễn Văn Thơm (thứ hai từ trái) cùng các thuyền viên trước chuyến biển. Ảnh: Ngọc Lân", "anh Hai Thơm", "Vì người nghèo",
 "Dân vận khéo", "cột mốc sống", "Luật Thủy sản", "thẻ vàng", "Lượt xem: 2.954"],
["30 tháng 6, 2021 | 17:45", "Gần 30 năm", "6 năm", "800 CV", "Năm 2015", "Năm 2020", "năm 2017", "năm 2021", "1 trong 10", "Lượt xem: 2.954"]))

PAGES.append(page("b4024-nghean-iuu-soket-2022", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ | Tin tức | Dân vận chính quyền
2022-07-14 16:40
Ảnh: Toàn cảnh hội nghị sơ kết.
Dân vận vùng biển góp phần gỡ "thẻ vàng" IUU
Sáng 13/7/2022, Ban Dân vận Tỉnh ủy chủ trì, phối hợp Sở Nông nghiệp và Phát triển nông thôn, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2022 công tác dân vận tham gia chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chống khai thác IUU của tỉnh dự và chỉ đạo; đồng chí Nguyễn Đình Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo cho thấy, 6 tháng đầu năm, các cơ quan trong khối dân vận và chính quyền 3 huyện, thị xã ven biển đã tổ chức 218 hội nghị, buổi tuyên truyền cho hơn 9.600 lượt ngư dân; phát 12.000 tờ rơi, treo 45 pa nô, khẩu hiệu. Toàn tỉnh Nghệ An có 3.136 tàu cá, trong đó 937 tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình đạt 99,8%; không có tàu cá bị nước ngoài bắt giữ. Các địa phương đã thành lập 96 tổ đoàn kết, tổ hợp tác trên biển với 1.245 tàu.
Thực hiện Chỉ thị số 32-CT/TW ngày 10/4/2019 của Ban Bí thư và Kế hoạch số 96-KH/TU, kế hoạch số 97-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy đã ban hành hướng dẫn số 07-HD/BDVTU về phát huy vai trò tổ dân vận ở các xóm ven biển; xây dựng 14 mô hình "Dân vận khéo" trong lĩnh vực chống IUU.
Đồng chí Nguyễn Văn Thông phát biểu chỉ đạo hội nghị.
Tại hội nghị, đồng chí Hồ Thị Châu, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày dự thảo kế hoạch 6 tháng cuối năm; ông Phan Văn Lương, Chủ tịch Nghiệp đoàn nghề cá phường Nghi Thủy, thị xã Cửa Lò, và ông Hồ Sỹ Minh, tổ trưởng tổ đoàn kết xã Quỳnh Lập, đề nghị hỗ trợ phí thuê bao thiết bị giám sát hành trình, khoảng 3,6 triệu đồng/tàu/năm. Thượng tá Phạm Văn Hải, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cho biết đã xử lý 27 tàu mất kết nối quá 6 giờ.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Thông yêu cầu 6 tháng cuối năm 2022 phấn đấu 100% tàu cá được cập nhật vào cơ sở dữ liệu, không để xảy ra vi phạm; mỗi xã, phường ven biển có ít nhất 2 tổ đoàn kết kiểu mẫu. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 6 tập thể và 9 cá nhân có thành tích trong công tác dân vận tham gia chống khai thác IUU.
Theo Ban Dân vận Tỉnh ủy, thời gian tới sẽ phối hợp Hội Nông dân, Hội Liên hiệp Phụ nữ tỉnh tổ chức cho vợ ngư dân ký cam kết cùng chồng, con thực hiện nghiêm quy định chống khai thác IUU; nhân rộng mô hình "Tàu cá an toàn, ngư dân tuân thủ" tại thị xã Hoàng Mai.
Phương Thảo
Lượt xem: 1.388
Tin liên quan
- Quỳnh Lưu: vận động 100% tàu cá lắp thiết bị giám sát hành trình (30/06/2022)
- Giao ban công tác dân vận quý II năm 2022 (24/06/2022)
""", "2022-07-14", "Dân vận vùng biển góp phần gỡ \"thẻ vàng\" IUU",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Nguyễn Văn Thông", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo chống khai thác IUU của tỉnh"),
 P("Nguyễn Đình Hùng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Châu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Lương", "Chủ tịch Nghiệp đoàn nghề cá phường Nghi Thủy"),
 P("Hồ Sỹ Minh", "tổ trưởng tổ đoàn kết xã Quỳnh Lập"),
 P("Phạm Văn Hải", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("3 huyện, thị xã ven biển", 3, "huyện, thị xã ven biển"), Q("218 hội nghị, buổi tuyên truyền", 218, "hội nghị, buổi tuyên truyền"), Q("hơn 9.600 lượt ngư dân", 9600, "lượt ngư dân", "over"),
 Q("12.000 tờ rơi", 12000, "tờ rơi"), Q("45 pa nô, khẩu hiệu", 45, "pa nô, khẩu hiệu"), Q("3.136 tàu cá", 3136, "tàu cá"),
 Q("937 tàu", 937, "tàu"), Q("99,8%", 99.8, "%"), Q("96 tổ đoàn kết, tổ hợp tác trên biển", 96, "tổ đoàn kết, tổ hợp tác trên biển"),
 Q("1.245 tàu", 1245, "tàu"), Q("14 mô hình", 14, "mô hình"), Q("khoảng 3,6 triệu đồng", 3600000, "đồng", "approx"),
 Q("27 tàu", 27, "tàu"), Q("100%", 100, "%"), Q("ít nhất 2 tổ đoàn kết kiểu mẫu", 2, "tổ đoàn kết kiểu mẫu", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chỉ thị", "32", "CT/TW", "2019-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2019"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Kế hoạch", "97", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 97-KH/TU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 07-HD/BDVTU")],
[prov("Nghệ An"), com("Nghi Thủy"), com("Quỳnh Lập")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ | Tin tức | Dân vận chính quyền", "Ảnh: Toàn cảnh hội nghị sơ kết.",
 "Đồng chí Nguyễn Văn Thông phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "thẻ vàng", "Lượt xem: 1.388", "Tàu cá an toàn, ngư dân tuân thủ"],
["2022-07-14 16:40", "6 tháng đầu năm", "6 tháng đầu năm 2022", "6 tháng cuối năm", "6 tháng cuối năm 2022", "15 m", "6 giờ", "Lượt xem: 1.388"]))
