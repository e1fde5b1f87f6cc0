from lib import *
PAGES = []

PAGES.append(page("b8687-tuyenquang-btgdvtu-giaoban-q3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Trang chủ » Dân vận » Hoạt động khối dân vận
Thứ Bảy, 04/10/2025 - 09:12
Khối dân vận tỉnh giao ban quý III, bàn giải pháp hỗ trợ hộ kinh doanh bỏ thuế khoán
Ngày 2/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị giao ban khối dân vận quý III/2025. Đồng chí Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Hội nghị được kết nối trực tuyến tới 124 điểm cầu xã, phường.
Đây là hội nghị giao ban đầu tiên của khối dân vận sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, thực hiện mô hình chính quyền địa phương hai cấp. Theo báo cáo, quý III, khối dân vận các cấp tập trung tuyên truyền Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và Nghị quyết số 198/2025/QH15 ngày 17/5/2025 của Quốc hội, trong đó có chủ trương xóa bỏ thuế khoán đối với hộ kinh doanh chậm nhất từ ngày 1/1/2026.
Theo đồng chí Hoàng Văn Quân, Phó Trưởng Thuế tỉnh Tuyên Quang, toàn tỉnh hiện có 27.840 hộ kinh doanh, trong đó 25.960 hộ đang nộp thuế khoán sẽ phải chuyển sang kê khai. Đến ngày 30/9, mới có 3.215 hộ, tương đương 12,4%, hoàn thành đăng ký phương pháp kê khai; khoảng 6.000 hộ ở các xã vùng cao như Đồng Văn, Mèo Vạc, Lâm Bình gặp khó khăn do không sử dụng thành thạo điện thoại thông minh.
Tại hội nghị, đồng chí Thào Mí Sình, Bí thư Đảng ủy xã Đồng Văn, cho biết xã đã giao mỗi đảng viên phụ trách từ 5 hộ kinh doanh trở lên ở chợ phiên và khu phố cổ; Đoàn Thanh niên xã lập đội "Áo xanh hỗ trợ kê khai thuế" với 25 đoàn viên. Bà Nguyễn Thị Thu Hằng, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, kiến nghị Thuế tỉnh sớm hướng dẫn cách lưu giữ sổ sách đơn giản cho hộ nhỏ. Ông Lù Văn Páo, Trưởng thôn Lũng Cẩm Trên, xã Sủng Là, mong có tài liệu tuyên truyền bằng tiếng Mông.
Các đồng chí: Lê Thị Kim Dung, Ma Thế Hồng - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy đã trao đổi về kế hoạch quý IV, trong đó có việc phối hợp tổ chức "Tháng cao điểm hỗ trợ hộ kinh doanh chuyển đổi" tại phường Hà Giang 1, phường Hà Giang 2 và các xã trung tâm cụm.
Kết luận hội nghị, đồng chí Vương Ngọc Hà yêu cầu khối dân vận bám sát Kế hoạch số 15-KH/BTGDVTU ngày 5/9/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy; phấn đấu đến ngày 31/12/2025 có trên 95% hộ khoán chuyển đổi thành công, không để hộ kinh doanh nào phải ngừng bán hàng vì thủ tục.
Minh Hoa
Tin liên quan
- Tuyên Quang: Ra mắt 124 tổ công nghệ số cộng đồng cấp xã (25/09/2025)
- Xã Mèo Vạc tuyên truyền chính sách thuế tại chợ phiên (18/09/2025)
- Hội nghị báo cáo viên tháng 9/2025 (10/09/2025)
""", "2025-10-04", "Khối dân vận tỉnh giao ban quý III, bàn giải pháp hỗ trợ hộ kinh doanh bỏ thuế khoán",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Quân", "Phó Trưởng Thuế tỉnh Tuyên Quang"),
 P("Thào Mí Sình", "Bí thư Đảng ủy xã Đồng Văn"),
 P("Nguyễn Thị Thu Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân"),
 P("Lù Văn Páo", "Trưởng thôn Lũng Cẩm Trên"),
 P("Lê Thị Kim Dung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ma Thế Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("27.840 hộ kinh doanh", 27840, "hộ kinh doanh"),
 Q("25.960 hộ", 25960, "hộ"), Q("3.215 hộ", 3215, "hộ"), Q("12,4%", 12.4, "%"), Q("khoảng 6.000 hộ", 6000, "hộ", "approx"),
 Q("từ 5 hộ kinh doanh trở lên", 5, "hộ kinh doanh", "over"), Q("25 đoàn viên", 25, "đoàn viên"), Q("trên 95%", 95, "%", "over")],
[D("Nghị quyết", "68", "NQ/TW", "2025-05-04", "Bộ Chính trị", "Nghị quyết số 68-NQ/TW ngày 4/5/2025"),
 D("Nghị quyết", "198", "2025/QH15", "2025-05-17", "Quốc hội", "Nghị quyết số 198/2025/QH15 ngày 17/5/2025"),
 D("Kế hoạch", "15", "KH/BTGDVTU", "2025-09-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 15-KH/BTGDVTU ngày 5/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Mèo Vạc"), com("Lâm Bình"), com("Minh Xuân"), com("Sủng Là"),
 com("Hà Giang 1"), com("Hà Giang 2")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Trang chủ » Dân vận » Hoạt động khối dân vận",
 "Áo xanh hỗ trợ kê khai thuế", "Tháng cao điểm hỗ trợ hộ kinh doanh chuyển đổi", "Thuế tỉnh Tuyên Quang"],
["Thứ Bảy, 04/10/2025 - 09:12", "quý III/2025", "ngày 1/1/2026", "ngày 30/9", "quý IV", "31/12/2025"]))

PAGES.append(page("b8688-vinhlong-xatracu-taphuan-hddt-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRÀ CÚ - TỈNH VĨNH LONG
Trang chủ | Tin tức | Hoạt động đoàn thể
22/11/2025 | 14:35
Tập huấn sử dụng hóa đơn điện tử, kê khai thuế cho hộ kinh doanh người Khmer
Ngày 21/11, Ủy ban MTTQ Việt Nam xã Trà Cú phối hợp với Thuế cơ sở 7 tỉnh Vĩnh Long tổ chức lớp tập huấn hướng dẫn hộ kinh doanh chuyển đổi từ phương pháp khoán sang kê khai, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền. Tham dự lớp tập huấn có 96 hộ kinh doanh, trong đó hơn một nửa là đồng bào Khmer buôn bán tại chợ Trà Cú và các ấp lân cận.
Lớp tập huấn được tổ chức bằng hai thứ tiếng Việt - Khmer. Ảnh: Sơn Thị Đa Ni
Phát biểu khai mạc, ông Thạch Sa Rinh, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Trà Cú cho biết: xã hiện có 642 hộ kinh doanh, trong đó 605 hộ nộp thuế khoán, phải chuyển sang tự kê khai từ ngày 1/1/2026. "Nhiều bà con lớn tuổi chưa quen điện thoại thông minh, nên Mặt trận, đoàn thể phải ngồi cùng bà con làm từng bước", ông nói.
Tại lớp học, các cán bộ Thuế cơ sở 7 hướng dẫn cách cài đặt ứng dụng eTax Mobile, đăng ký tài khoản định danh điện tử, lập hóa đơn trên điện thoại và ghi sổ doanh thu đơn giản. Bà Kim Thị Sóc Khen, Phó Trưởng Thuế cơ sở 7 tỉnh Vĩnh Long, giới thiệu Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của Bộ Tài chính hướng dẫn về hóa đơn, chứng từ và cho biết hộ có doanh thu dưới ngưỡng chịu thuế vẫn phải thông báo doanh thu để được quản lý, không phải nộp thuế.
Các học viên thực hành ngay tại lớp: 52 hộ đã cài đặt thành công ứng dụng, 38 hộ lập thử hóa đơn điện tử. Chị Néang Sa Vy, chủ quầy bánh tét Trà Cuôn ở ấp Chợ, chia sẻ: "Trước giờ tôi tưởng chỉ công ty mới làm hóa đơn, giờ biết rồi thấy cũng không khó". Ông Lâm Văn Sơn, chủ tiệm sửa xe ở ấp Xoài Xiêm, đề nghị có người hỗ trợ tại nhà vào buổi tối.
Anh Trần Minh Luân, Bí thư Đoàn xã Trà Cú, cho biết Đoàn xã đã thành lập 8 tổ thanh niên tình nguyện hỗ trợ hộ kinh doanh, mỗi tổ phụ trách một ấp; từ nay đến hết tháng 12, các tổ sẽ đến từng hộ hướng dẫn. Hội LHPN xã cũng vận động 120 hội viên kinh doanh nhỏ tham gia nhóm Zalo "Hỏi đáp thuế xã Trà Cú" để nhận thông tin kịp thời.
Theo Kế hoạch số 27/KH-UBND ngày 3/11/2025 của UBND xã, trong tháng 11 và tháng 12, xã sẽ tổ chức thêm 4 lớp tương tự tại các điểm trường ấp; phấn đấu 100% hộ khoán hoàn thành chuyển đổi trước thời hạn. Dịp này, Thuế cơ sở 7 trao tặng 20 bộ tài liệu song ngữ cho các ấp.
Sơn Thị Đa Ni
Tin liên quan
- Xã Trà Cú ra mắt tổ công nghệ số cộng đồng (10/11/2025)
- Vĩnh Long: Hơn 80.000 hộ kinh doanh chuẩn bị chuyển đổi từ thuế khoán (05/11/2025)
- Hội nghị đại biểu người có uy tín đồng bào Khmer xã Trà Cú (28/10/2025)
""", "2025-11-22", "Tập huấn sử dụng hóa đơn điện tử, kê khai thuế cho hộ kinh doanh người Khmer",
E("tap_huan", None, "2025-11-21"),
[P("Thạch Sa Rinh", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Trà Cú"),
 P("Kim Thị Sóc Khen", "Phó Trưởng Thuế cơ sở 7 tỉnh Vĩnh Long"),
 P("Néang Sa Vy", "chủ quầy bánh tét Trà Cuôn ở ấp Chợ"),
 P("Lâm Văn Sơn", "chủ tiệm sửa xe ở ấp Xoài Xiêm"),
 P("Trần Minh Luân", "Bí thư Đoàn xã Trà Cú")],
[Q("96 hộ kinh doanh", 96, "hộ kinh doanh"), Q("642 hộ kinh doanh", 642, "hộ kinh doanh"), Q("605 hộ", 605, "hộ"),
 Q("52 hộ", 52, "hộ"), Q("38 hộ", 38, "hộ"), Q("8 tổ thanh niên tình nguyện", 8, "tổ thanh niên tình nguyện"),
 Q("120 hội viên kinh doanh nhỏ", 120, "hội viên kinh doanh nhỏ"), Q("4 lớp", 4, "lớp"), Q("100% hộ khoán", 100, "%"),
 Q("20 bộ tài liệu song ngữ", 20, "bộ tài liệu song ngữ")],
[D("Thông tư", "32", "2025/TT-BTC", "2025-05-31", "Bộ Tài chính", "Thông tư số 32/2025/TT-BTC ngày 31/5/2025"),
 D("Kế hoạch", "27", "KH-UBND", "2025-11-03", "UBND xã", "Kế hoạch số 27/KH-UBND ngày 3/11/2025")],
[prov("Vĩnh Long"), com("Trà Cú")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRÀ CÚ - TỈNH VĨNH LONG", "Trang chủ | Tin tức | Hoạt động đoàn thể",
 "Lớp tập huấn được tổ chức bằng hai thứ tiếng Việt - Khmer. Ảnh: Sơn Thị Đa Ni", "eTax Mobile", "Hỏi đáp thuế xã Trà Cú",
 "Trà Cuôn", "chợ Trà Cú"],
["22/11/2025 | 14:35", "ngày 1/1/2026", "tháng 12", "tháng 11 và tháng 12", "Thuế cơ sở 7"]))

PAGES.append(page("b8689-dongnai-mttq-phuong-tongket-2025", """
Hôm nay: Thứ Ba, 13/01/2026
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ > Tin hoạt động > Mặt trận cơ sở
Ảnh: Toàn cảnh hội nghị.
Phường Bình Phước triển khai nhiệm vụ năm 2026, đồng hành cùng hộ kinh doanh sau khi bỏ thuế khoán
Thứ Ba, 13/01/2026 - 07:40
Ngày 12/1, Ủy ban MTTQ Việt Nam phường Bình Phước tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Đồng chí Điểu Thị Hồng Nhung, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường dự và chỉ đạo; ông Nguyễn Hoàng Phúc, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường chủ trì.
Năm 2025 là năm đầu tiên phường Bình Phước hoạt động theo mô hình chính quyền địa phương hai cấp, trên cơ sở sắp xếp các phường Tân Phú, Tân Đồng, Tân Bình của thành phố Đồng Xoài cũ, thuộc tỉnh Đồng Nai mới. Trong năm, Mặt trận và các đoàn thể đã tổ chức 42 buổi tuyên truyền về Nghị quyết số 68-NQ/TW của Bộ Chính trị và chủ trương xóa bỏ thuế khoán, với trên 3.600 lượt người dự.
Nổi bật là cuộc vận động hộ kinh doanh chuyển đổi sang phương pháp kê khai. Phối hợp với Thuế cơ sở 11 tỉnh Đồng Nai, Ủy ban MTTQ phường đã thành lập 21 tổ hỗ trợ ở 21 khu phố; đến ngày 31/12/2025, 2.874 trên 2.910 hộ khoán đã hoàn thành đăng ký kê khai, đạt 98,8%; 1.326 hộ đã sử dụng hóa đơn điện tử. Các khu phố Phú Thanh, Tân Trà được biểu dương vì hoàn thành sớm nhất.
Hội nghị cũng đánh giá kết quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": Quỹ "Vì người nghèo" phường vận động được 1,36 tỷ đồng, hỗ trợ xây mới 9 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng.
Tham luận tại hội nghị, ông Điểu Lên, người có uy tín khu phố Phú Thanh, kể việc thuyết phục 14 hộ người S'tiêng buôn bán nông sản đăng ký kê khai. Bà Trần Thị Mỹ Linh, chủ cửa hàng văn phòng phẩm ở khu phố Tân Trà, cho rằng sau khi chuyển sang kê khai, doanh thu minh bạch giúp hộ dễ vay vốn ngân hàng hơn. Bà Lê Thị Thanh Tâm, Trưởng Thuế cơ sở 11 tỉnh Đồng Nai, cảm ơn sự phối hợp của Mặt trận và cho biết năm 2026 sẽ cùng Mặt trận kiểm tra việc ghi sổ của các hộ mới chuyển đổi.
Phát biểu chỉ đạo, đồng chí Điểu Thị Hồng Nhung đề nghị năm 2026, Mặt trận phường thực hiện tốt Chương trình hành động số 03-CTr/ĐU ngày 5/1/2026 của Đảng ủy phường về phát triển kinh tế tư nhân; chú trọng giám sát việc hỗ trợ hộ kinh doanh, kịp thời phản ánh vướng mắc lên Thuế cơ sở và UBND phường.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 3 tập thể, Ủy ban MTTQ phường tặng giấy khen cho 12 tập thể và 25 cá nhân tiêu biểu. Hội nghị đã hiệp thương cử bổ sung các ông Phạm Văn Đạt, Hoàng Minh Trí - Ủy viên Ủy ban MTTQ Việt Nam phường khóa I.
Hồng Hạnh
Tin liên quan
- Phường Đồng Xoài tổng kết công tác Mặt trận năm 2025 (09/01/2026)
- Đồng Nai: hơn 95% hộ khoán đã chuyển sang kê khai (05/01/2026)
- Xã Tân Lợi ra mắt mô hình "Chợ không tiền mặt" (28/12/2025)
""", "2026-01-13", "Phường Bình Phước triển khai nhiệm vụ năm 2026, đồng hành cùng hộ kinh doanh sau khi bỏ thuế khoán",
E("tong_ket", "2025", "2026-01-12"),
[P("Điểu Thị Hồng Nhung", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Nguyễn Hoàng Phúc", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Lên", "người có uy tín khu phố Phú Thanh"),
 P("Trần Thị Mỹ Linh", "chủ cửa hàng văn phòng phẩm ở khu phố Tân Trà"),
 P("Lê Thị Thanh Tâm", "Trưởng Thuế cơ sở 11 tỉnh Đồng Nai"),
 P("Phạm Văn Đạt", "Ủy viên Ủy ban MTTQ Việt Nam phường khóa I"),
 P("Hoàng Minh Trí", "Ủy viên Ủy ban MTTQ Việt Nam phường khóa I")],
[Q("42 buổi tuyên truyền", 42, "buổi tuyên truyền"), Q("trên 3.600 lượt người", 3600, "lượt người", "over"),
 Q("21 tổ hỗ trợ", 21, "tổ hỗ trợ"), Q("21 khu phố", 21, "khu phố"), Q("2.874", 2874, "hộ khoán"), Q("2.910 hộ khoán", 2910, "hộ khoán"),
 Q("98,8%", 98.8, "%"), Q("1.326 hộ", 1326, "hộ"), Q("1,36 tỷ đồng", 1360000000, "đồng"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("14 hộ người S'tiêng", 14, "hộ người S'tiêng"), Q("3 tập thể", 3, "tập thể"), Q("12 tập thể", 12, "tập thể"),
 Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Nghị quyết", "68", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 68-NQ/TW"),
 D("Chương trình hành động", "03", "CTr/ĐU", "2026-01-05", "Đảng ủy phường", "Chương trình hành động số 03-CTr/ĐU ngày 5/1/2026")],
[prov("Đồng Nai"), com("Bình Phước"), com("Tân Phú"), com("Tân Đồng"), com("Tân Bình")],
["Hôm nay: Thứ Ba, 13/01/2026", "MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ > Tin hoạt động > Mặt trận cơ sở",
 "Ảnh: Toàn cảnh hội nghị.", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Thuế cơ sở 11 tỉnh Đồng Nai"],
["Hôm nay: Thứ Ba, 13/01/2026", "Thứ Ba, 13/01/2026 - 07:40", "năm 2025", "năm 2026", "Năm 2025", "31/12/2025", "khóa I"]))

PAGES.append(page("b8690-lamdong-doithoai-hokinhdoanh-2026", """
Báo Lâm Đồng điện tử
Trang chủ / Chính trị / Dân vận
Ngày đăng 12/03/2026 | 16:20
Phường Bắc Gia Nghĩa: Lãnh đạo phường đối thoại với hộ kinh doanh về kê khai thuế
(LĐ online) - Chiều 11/3, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Bắc Gia Nghĩa tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với hộ kinh doanh trên địa bàn. Đồng chí Trần Văn Quang, Bí thư Đảng ủy, Chủ tịch HĐND phường và ông Y Thịnh Mlô, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì.
Tham dự có hơn 150 chủ hộ kinh doanh, đại diện Thuế cơ sở 14 tỉnh Lâm Đồng và Ban Quản lý chợ Gia Nghĩa.
Hội nghị đối thoại thu hút đông đảo hộ kinh doanh tham gia. Ảnh: Hồng Thắm
Theo báo cáo của UBND phường, sau hơn 2 tháng bỏ thuế khoán, phường có 1.684 hộ kinh doanh đang hoạt động, 1.652 hộ đã chuyển sang kê khai, còn 32 hộ tạm ngừng kinh doanh. Số hộ có doanh thu dưới ngưỡng chịu thuế khoảng 940 hộ, chỉ phải thông báo doanh thu theo quy định của Luật Thuế thu nhập cá nhân và Luật Thuế giá trị gia tăng; 318 hộ đã sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.
Tại buổi đối thoại, 19 ý kiến được gửi đến lãnh đạo phường. Bà H'Loan Êban, chủ quầy rau tại chợ Gia Nghĩa, băn khoăn khi phải ghi sổ doanh thu hằng ngày trong khi không rành chữ. Ông Điểu Khiêm, người có uy tín bon Bu Sir, đề nghị cán bộ thuế về tận bon hướng dẫn các hộ bán cà phê, hồ tiêu nhỏ lẻ. Ông Phan Văn Lợi, chủ cửa hàng điện máy Phát Lợi, phản ánh phần mềm kết nối máy tính tiền đôi lúc bị lỗi, khiến hóa đơn gửi chậm, lo bị xử phạt.
Trả lời các ý kiến, ông Nguyễn Đức Toàn, Trưởng Thuế cơ sở 14 tỉnh Lâm Đồng, cho biết hộ có doanh thu dưới ngưỡng có thể ghi sổ đơn giản theo mẫu, cơ quan thuế và các đoàn thể sẽ hỗ trợ; trường hợp lỗi do nhà cung cấp phần mềm, hộ kinh doanh sẽ không bị xử phạt nếu có xác nhận. Các đồng chí Phó Chủ tịch UBND phường: Nguyễn Thị Huyền, K'Brăk cũng trực tiếp giải đáp về cấp giấy chứng nhận đăng ký hộ kinh doanh, vệ sinh an toàn thực phẩm.
Kết luận đối thoại, đồng chí Trần Văn Quang giao Ủy ban MTTQ phường phối hợp Thuế cơ sở 14 duy trì "Tổ tư vấn thuế cộng đồng" ở 16 tổ dân phố và bon; UBND phường trả lời bằng văn bản các ý kiến còn lại trước ngày 25/3. Phường cũng sẽ thực hiện Kế hoạch số 21/KH-UBND ngày 20/2/2026 của UBND phường về hỗ trợ hộ kinh doanh chuyển đổi số, phấn đấu năm 2026 có ít nhất 500 hộ sử dụng hóa đơn điện tử.
Được biết, toàn tỉnh Lâm Đồng sau hợp nhất có khoảng 98.000 hộ kinh doanh, trong đó hơn 81.000 hộ chuyển từ phương pháp khoán sang kê khai từ ngày 1/1/2026.
Hồng Thắm
Tin liên quan
- Lâm Đồng: 124 xã, phường tổ chức đối thoại với hộ kinh doanh (05/03/2026)
- Phường Nam Gia Nghĩa ra mắt tổ hỗ trợ kê khai thuế (26/02/2026)
- Bon Bu Sir đón nhận danh hiệu khu dân cư văn hóa tiêu biểu (10/02/2026)
""", "2026-03-12", "Phường Bắc Gia Nghĩa: Lãnh đạo phường đối thoại với hộ kinh doanh về kê khai thuế",
E("doi_thoai", "2026", "2026-03-11"),
[P("Trần Văn Quang", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Y Thịnh Mlô", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("H'Loan Êban", "chủ quầy rau tại chợ Gia Nghĩa"),
 P("Điểu Khiêm", "người có uy tín bon Bu Sir"),
 P("Phan Văn Lợi", "chủ cửa hàng điện máy Phát Lợi"),
 P("Nguyễn Đức Toàn", "Trưởng Thuế cơ sở 14 tỉnh Lâm Đồng"),
 P("Nguyễn Thị Huyền", "Phó Chủ tịch UBND phường"), P("K'Brăk", "Phó Chủ tịch UBND phường")],
[Q("hơn 150 chủ hộ kinh doanh", 150, "chủ hộ kinh doanh", "over"), Q("1.684 hộ kinh doanh", 1684, "hộ kinh doanh"),
 Q("1.652 hộ", 1652, "hộ"), Q("32 hộ", 32, "hộ"), Q("khoảng 940 hộ", 940, "hộ", "approx"), Q("318 hộ", 318, "hộ"),
 Q("19 ý kiến", 19, "ý kiến"), Q("16 tổ dân phố và bon", 16, "tổ dân phố và bon"), Q("ít nhất 500 hộ", 500, "hộ", "over"),
 Q("khoảng 98.000 hộ kinh doanh", 98000, "hộ kinh doanh", "approx"), Q("hơn 81.000 hộ", 81000, "hộ", "over")],
[D("Kế hoạch", "21", "KH-UBND", "2026-02-20", "UBND phường", "Kế hoạch số 21/KH-UBND ngày 20/2/2026")],
[prov("Lâm Đồng"), com("Bắc Gia Nghĩa")],
["Báo Lâm Đồng điện tử", "Trang chủ / Chính trị / Dân vận", "(LĐ online)",
 "Hội nghị đối thoại thu hút đông đảo hộ kinh doanh tham gia. Ảnh: Hồng Thắm", "Tổ tư vấn thuế cộng đồng", "Phát Lợi",
 "Luật Thuế thu nhập cá nhân", "Luật Thuế giá trị gia tăng", "chợ Gia Nghĩa", "bon Bu Sir"],
["Ngày đăng 12/03/2026 | 16:20", "năm 2026", "hơn 2 tháng", "ngày 25/3", "ngày 1/1/2026", "Thuế cơ sở 14"]))

PAGES.append(page("b8691-angiang-btgdvtu-baocao-q1-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ › Tin tức › Dân vận
08:30 | 07/04/2026
Quý I/2026: Khối dân vận hỗ trợ 112.450 hộ kinh doanh thực hiện kê khai thuế
Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang vừa có Báo cáo số 186-BC/BTGDVTU ngày 3/4/2026 về kết quả công tác dân vận trong hỗ trợ hộ kinh doanh thực hiện phương pháp kê khai thuế quý I/2026.
Theo báo cáo, sau khi hợp nhất với tỉnh Kiên Giang, An Giang có hơn 126.000 hộ kinh doanh, nhiều nhất khu vực Đồng bằng sông Cửu Long. Quý I/2026, khối dân vận các cấp phối hợp với Thuế tỉnh An Giang và 16 Thuế cơ sở tổ chức 1.240 buổi tuyên truyền, hướng dẫn tại 102 xã, phường, đặc khu, với khoảng 85.000 lượt người tham dự; các tổ công nghệ số cộng đồng trực tiếp hỗ trợ 112.450 hộ kinh doanh cài đặt ứng dụng, khai thuế lần đầu, đạt 89,2%.
Thực hiện Kết luận số 18, 19-KL/TU của Ban Thường vụ Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh đã chỉ đạo Mặt trận các xã, phường tổ chức 96 hội nghị đối thoại với hộ kinh doanh, tiếp nhận 1.380 ý kiến, chủ yếu về ghi sổ kế toán, ngưỡng doanh thu không phải nộp thuế và lỗi phần mềm hóa đơn. Đến ngày 31/3, 1.215 ý kiến đã được cơ quan thuế trả lời, đạt 88%.
Báo cáo nêu một số cách làm hay: tại phường Long Xuyên, Đảng ủy phường giao mỗi đảng viên là cán bộ hưu trí "kèm cặp" 3 hộ kinh doanh lớn tuổi; tại đặc khu Phú Quốc, Hội Doanh nhân trẻ hỗ trợ miễn phí phần mềm cho 430 hộ kinh doanh homestay, nhà hàng; ở xã Tri Tôn, đồng chí Chau Sóc Kha, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, cùng các vị sư cả chùa Khmer vận động 215 hộ người Khmer buôn bán nhỏ kê khai. Hòa thượng Chau Ty, Trụ trì chùa Soài Chêk, nói: "Làm ăn minh bạch là giữ chữ tín, cũng là giữ đạo".
Trong quý, số thu ngân sách từ hộ kinh doanh toàn tỉnh đạt 742 tỷ đồng, tăng 14% so với cùng kỳ năm 2025.
Tuy vậy, vẫn còn khoảng 13.800 hộ chưa hoàn thành kê khai, tập trung ở các xã vùng biên giới, hải đảo; một số hộ lo ngại số thuế phải nộp tăng nên đã ngừng kinh doanh hoặc chuyển sang bán hàng qua mạng.
Trên cơ sở báo cáo, đồng chí Nguyễn Thị Ngọc Trâm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị quý II, khối dân vận phối hợp Thuế tỉnh hoàn thành việc chuyển đổi cho số hộ còn lại trước ngày 30/6/2026; các đồng chí Phó Trưởng Ban: Danh Út, Lê Văn Phước được phân công theo dõi địa bàn phía Tây và phía Đông của tỉnh.
Thanh Tâm
Tin liên quan
- An Giang: Giao ban khối dân vận quý I/2026 (31/03/2026)
- Phú Quốc: 600 hộ kinh doanh dùng hóa đơn điện tử từ máy tính tiền (20/03/2026)
- Xã Tri Tôn tổ chức đối thoại với hộ kinh doanh người Khmer (12/03/2026)
""", "2026-04-07", "Quý I/2026: Khối dân vận hỗ trợ 112.450 hộ kinh doanh thực hiện kê khai thuế",
E("bao_cao", "2026-Q1", "2026-04-03"),
[P("Chau Sóc Kha", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Chau Ty", "Hòa thượng", "Trụ trì chùa Soài Chêk"),
 P("Nguyễn Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Danh Út", "Phó Trưởng Ban"), P("Lê Văn Phước", "Phó Trưởng Ban")],
[Q("112.450 hộ kinh doanh", 112450, "hộ kinh doanh"), Q("hơn 126.000 hộ kinh doanh", 126000, "hộ kinh doanh", "over"),
 Q("16 Thuế cơ sở", 16, "Thuế cơ sở"), Q("1.240 buổi tuyên truyền, hướng dẫn", 1240, "buổi tuyên truyền, hướng dẫn"),
 Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"), Q("khoảng 85.000 lượt người", 85000, "lượt người", "approx"),
 Q("89,2%", 89.2, "%"), Q("96 hội nghị đối thoại", 96, "hội nghị đối thoại"), Q("1.380 ý kiến", 1380, "ý kiến"),
 Q("1.215 ý kiến", 1215, "ý kiến"), Q("88%", 88, "%"), Q("742 tỷ đồng", 742000000000, "đồng"), Q("14%", 14, "%"), Q("3 hộ kinh doanh lớn tuổi", 3, "hộ kinh doanh lớn tuổi"),
 Q("430 hộ kinh doanh homestay, nhà hàng", 430, "hộ kinh doanh homestay, nhà hàng"), Q("215 hộ người Khmer", 215, "hộ người Khmer"),
 Q("khoảng 13.800 hộ", 13800, "hộ", "approx")],
[D("Báo cáo", "186", "BC/BTGDVTU", "2026-04-03", "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", "Báo cáo số 186-BC/BTGDVTU ngày 3/4/2026"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18, 19-KL/TU")],
[prov("An Giang"), prov("Kiên Giang"), com("Long Xuyên"), com("Phú Quốc"), com("Tri Tôn")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ › Tin tức › Dân vận", "Đồng bằng sông Cửu Long", "chùa Soài Chêk",
 "Hội Doanh nhân trẻ", "Thuế tỉnh An Giang"],
["08:30 | 07/04/2026", "Quý I/2026", "quý I/2026", "năm 2025", "ngày 31/3", "quý II", "30/6/2026"]))

PAGES.append(page("b8692-hue-phongsu-chodongba-kekhai-2026", """
Báo Huế điện tử
Hôm nay: Chủ Nhật, 17/05/2026
Kinh tế > Thị trường
Chủ Nhật, 17/05/2026, 07:00
Tiểu thương chợ Đông Ba sau gần 5 tháng tự kê khai thuế
Gian hàng vải của tiểu thương chợ Đông Ba. Ảnh: Bảo Châu
Gần 5 tháng sau khi thuế khoán chính thức được bãi bỏ, phần lớn tiểu thương chợ Đông Ba, phường Phú Xuân, thành phố Huế đã quen với việc tự ghi sổ, kê khai doanh thu và xuất hóa đơn điện tử. Nhưng ở các ngành hàng nhỏ, không ít người vẫn cần "cầm tay chỉ việc".
Sáng sớm, bà Tôn Nữ Thị Hạnh, 63 tuổi, bán mè xửng ở khu hàng khô, mở điện thoại cho chúng tôi xem cuốn sổ doanh thu điện tử. "Hồi tháng Giêng tôi lo mất ngủ, tưởng phải thuê kế toán. Mấy cháu đoàn viên phường xuống chỉ 3 buổi là làm được", bà kể.
Theo ông Hoàng Trọng Nghĩa, Trưởng Ban Quản lý chợ Đông Ba, chợ hiện có 1.560 hộ kinh doanh, trong đó 1.498 hộ đã thực hiện kê khai theo quy định; khoảng 420 hộ có doanh thu trên ngưỡng đã dùng hóa đơn điện tử khởi tạo từ máy tính tiền. Doanh thu bình quân của một quầy vải, quần áo khoảng 3 triệu đồng mỗi ngày; các quầy ăn uống, đặc sản phục vụ khách du lịch cao hơn nhiều.
Ở khu hàng ăn, chị Lê Thị Mỹ Dung, Tổ trưởng tổ tiểu thương ngành hàng ăn uống, cho biết tổ có 64 hộ thì 12 hộ lớn tuổi vẫn nhờ con cháu hoặc đoàn viên nhập số liệu. "Cái khó nhất là tách tiền bán hàng với tiền chi tiêu trong nhà, trước giờ để chung một túi", chị cười.
Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Xuân, cho biết phường duy trì "Góc hỗ trợ thuế" ngay trong chợ mỗi sáng thứ Ba và thứ Sáu, với sự tham gia của cán bộ Thuế cơ sở 1 thành phố Huế, Đoàn Thanh niên và Hội LHPN phường. Từ đầu năm, góc hỗ trợ đã tiếp nhận hơn 2.100 lượt tiểu thương đến hỏi, phần lớn về ghi sổ và cách tính thuế theo tỷ lệ trên doanh thu.
Một số tiểu thương vẫn băn khoăn: ông Phan Văn Tài, chủ quầy nón lá, cho rằng mùa mưa bán ít, mùa du lịch bán nhiều nên khó dự tính; chị Trương Thị Hoa, bán trái cây ở phường Thuận Hóa, lo ngại khách sỉ không lấy hóa đơn. Theo đại diện Thuế cơ sở 1, với hộ có doanh thu dưới ngưỡng, cơ quan thuế chỉ yêu cầu thông báo doanh thu, không phải nộp thuế giá trị gia tăng và thuế thu nhập cá nhân.
Cuối buổi trưa, chợ thưa khách. Bà Hạnh gấp sổ, nói vui: "Giờ ai hỏi mình nộp thuế bao nhiêu, mình mở máy ra là có, không phải cãi nhau với ai nữa".
Bảo Châu
Bài viết liên quan
- Huế: 98% hộ kinh doanh đã chuyển đổi sang kê khai (08/05/2026)
- Chợ Đông Ba đón hơn 5.000 lượt khách mỗi ngày dịp Festival (02/05/2026)
- Phường Phú Xuân ra mắt "Góc hỗ trợ thuế" (15/01/2026)
""", "2026-05-17", "Tiểu thương chợ Đông Ba sau gần 5 tháng tự kê khai thuế",
E("khac", None, None),
[P("Tôn Nữ Thị Hạnh"),
 P("Hoàng Trọng Nghĩa", "Trưởng Ban Quản lý chợ Đông Ba"),
 P("Lê Thị Mỹ Dung", "Tổ trưởng tổ tiểu thương ngành hàng ăn uống"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Xuân"),
 P("Phan Văn Tài", "chủ quầy nón lá"),
 P("Trương Thị Hoa")],
[Q("1.560 hộ kinh doanh", 1560, "hộ kinh doanh"), Q("1.498 hộ", 1498, "hộ"), Q("khoảng 420 hộ", 420, "hộ", "approx"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("64 hộ", 64, "hộ"), Q("12 hộ lớn tuổi", 12, "hộ lớn tuổi"),
 Q("hơn 2.100 lượt tiểu thương", 2100, "lượt tiểu thương", "over")],
[],
[prov("Huế"), com("Phú Xuân"), com("Thuận Hóa")],
["Báo Huế điện tử", "Hôm nay: Chủ Nhật, 17/05/2026", "Kinh tế > Thị trường", "Gian hàng vải của tiểu thương chợ Đông Ba. Ảnh: Bảo Châu",
 "chợ Đông Ba", "Góc hỗ trợ thuế", "cầm tay chỉ việc", "Thuế cơ sở 1 thành phố Huế"],
["Chủ Nhật, 17/05/2026, 07:00", "Hôm nay: Chủ Nhật, 17/05/2026", "gần 5 tháng", "Gần 5 tháng", "63 tuổi", "tháng Giêng", "3 buổi"]))
