from lib import *
PAGES = []

PAGES.append(page("b9527-tuyenquang-ccb-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 22/07/2025 - 10:05
Đồng chí Nông Văn Quyết trao quyết định cho Ban Chấp hành lâm thời Hội CCB xã Minh Tân.
Ra mắt Hội Cựu chiến binh xã Minh Tân sau sắp xếp
Ngày 21/7, Đảng ủy xã Minh Tân tổ chức hội nghị công bố quyết định thành lập Hội Cựu chiến binh xã và chỉ định Ban Chấp hành lâm thời. Dự hội nghị có đồng chí Nông Văn Quyết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Cựu chiến binh tỉnh; đồng chí Sùng Mí Chứ, Bí thư Đảng ủy xã Minh Tân cùng gần 100 đại biểu là hội viên tiêu biểu.
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh và Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang, xã Minh Tân mới được thành lập trên cơ sở nhập toàn bộ diện tích, dân số của 3 xã Minh Tân, Thuận Hòa và Phương Tiến cũ. Xã có diện tích tự nhiên 245 km2, dân số hơn 21.500 người, gồm đồng bào Mông, Dao, Tày, Kinh cùng sinh sống.
Tại hội nghị, đại diện Ủy ban MTTQ Việt Nam xã công bố Quyết định số 12-QĐ/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã về việc hợp nhất Hội CCB các xã cũ và Quyết định số 27/QĐ-MTTQ-BTT ngày 18/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã chỉ định Ban Chấp hành lâm thời Hội CCB xã gồm 15 đồng chí. Ông Lý Văn Chìu được chỉ định giữ chức Chủ tịch Hội CCB xã; các ông Vàng Mí Sính, Nguyễn Văn Kiên - Phó Chủ tịch Hội CCB xã.
Sau hợp nhất, Hội CCB xã Minh Tân có 1.036 hội viên, sinh hoạt ở 31 chi hội thôn. Trong nhiệm kỳ qua, Hội CCB 3 xã cũ đã giúp 58 hộ hội viên thoát nghèo, tham gia vận động nhân dân hiến trên 14.000 m2 đất làm đường liên thôn; tổ CCB tự quản đường biên ở thôn Thanh Sơn duy trì tuần tra 2 lần mỗi tháng.
Phát biểu tại hội nghị, đồng chí Nông Văn Quyết đề nghị Ban Chấp hành lâm thời sớm ổn định tổ chức, xây dựng quy chế làm việc; nắm chắc tư tưởng hội viên trong giai đoạn vận hành chính quyền địa phương 2 cấp; tiếp tục phát huy vai trò nòng cốt trong bảo vệ an ninh biên giới, vận động đồng bào không di cư tự do, không nghe theo kẻ xấu truyền đạo trái pháp luật.
Đồng chí Sùng Mí Chứ yêu cầu Hội CCB xã phối hợp chặt chẽ với Ủy ban MTTQ Việt Nam xã và các đoàn thể thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; đồng thời tham gia giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công xã.
Thay mặt Ban Chấp hành lâm thời, ông Lý Văn Chìu, người Dao, cam kết đoàn kết, giữ gìn phẩm chất "Bộ đội Cụ Hồ", đưa phong trào CCB của xã tiếp tục phát triển.
Hà Phương
Lượt xem: 488
Tin cùng chuyên mục
- Hội CCB tỉnh Tuyên Quang sau hợp nhất: ổn định tổ chức, bắt tay ngay vào việc (15/07/2025)
- Xã Bạch Đích ra mắt các tổ chức chính trị - xã hội (10/07/2025)
- Vận hành chính quyền 2 cấp: cán bộ Hội cơ sở nhanh chóng thích ứng (05/07/2025)
""", "2025-07-22", "Ra mắt Hội Cựu chiến binh xã Minh Tân sau sắp xếp",
E("hoi_nghi", None, "2025-07-21"),
[P("Nông Văn Quyết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Sùng Mí Chứ", "Bí thư Đảng ủy xã Minh Tân"),
 P("Lý Văn Chìu", "Chủ tịch Hội CCB xã"),
 P("Vàng Mí Sính", "Phó Chủ tịch Hội CCB xã"),
 P("Nguyễn Văn Kiên", "Phó Chủ tịch Hội CCB xã")],
[Q("gần 100 đại biểu", 100, "đại biểu", "approx"), Q("3 xã", 3, "xã"), Q("245 km2", 245, "km2"),
 Q("hơn 21.500 người", 21500, "người", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("1.036 hội viên", 1036, "hội viên"),
 Q("31 chi hội thôn", 31, "chi hội thôn"), Q("58 hộ hội viên", 58, "hộ hội viên"), Q("trên 14.000 m2", 14000, "m2", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị quyết", "1684", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Quyết định", "12", "QĐ/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Quyết định số 12-QĐ/ĐU ngày 15/7/2025"),
 D("Quyết định", "27", "QĐ-MTTQ-BTT", "2025-07-18", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Quyết định số 27/QĐ-MTTQ-BTT ngày 18/7/2025")],
[prov("Tuyên Quang"), com("Minh Tân"), com("Thuận Hòa"), com("Phương Tiến")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Nông Văn Quyết trao quyết định cho Ban Chấp hành lâm thời Hội CCB xã Minh Tân.",
 "Nghị quyết Đại hội Đảng bộ xã lần thứ I", "Trung tâm Phục vụ hành chính công xã", "Bộ đội Cụ Hồ", "Lượt xem: 488"],
["Thứ Ba, 22/07/2025 - 10:05", "2 lần mỗi tháng", "2 cấp", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 488"]))

PAGES.append(page("b9528-vinhlong-nct-traoqua-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Xã hội - Người cao tuổi
Thứ Bảy, 04/10/2025
Cập nhật lúc 19:20
Ảnh: Các cụ nhận quà tại buổi lễ.
Trao 500 phần quà cho người cao tuổi nhân Tháng hành động
Chiều 3/10, tại phường Trà Vinh, Hội Người cao tuổi tỉnh Vĩnh Long phối hợp với Sở Y tế - cơ quan thường trực Ban Công tác người cao tuổi tỉnh - tổ chức trao 500 phần quà cho người cao tuổi có hoàn cảnh khó khăn, hưởng ứng Tháng hành động vì người cao tuổi Việt Nam năm 2025.
Dự buổi lễ có ông Huỳnh Minh Quang, Phó Chủ tịch UBND tỉnh; ông Trần Văn Mười, Chủ tịch Hội NCT tỉnh; bà Thạch Thị Sa Mết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Mỗi phần quà gồm 1 triệu đồng tiền mặt và một số nhu yếu phẩm, tổng trị giá hơn 600 triệu đồng, từ nguồn vận động của Hội NCT tỉnh và các doanh nghiệp. Dịp này, Hội NCT tỉnh cũng trao 15 xe lăn cho người cao tuổi khuyết tật và tổ chức khám bệnh, cấp thuốc miễn phí cho 320 cụ.
Đây là lần đầu tiên Hội NCT tỉnh Vĩnh Long (mới) tổ chức các hoạt động Tháng hành động sau khi hợp nhất Hội NCT 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Theo ông Trần Văn Mười, toàn tỉnh hiện có trên 512.000 người cao tuổi, sinh hoạt tại 124 hội cơ sở xã, phường; trong đó khoảng 46.000 cụ là đồng bào Khmer. Hoạt động được triển khai theo Kế hoạch số 89/KH-UBND ngày 15/9/2025 của UBND tỉnh và Hướng dẫn số 23/HD-HNCT ngày 10/9/2025 của Ban Thường vụ Hội NCT tỉnh, với chủ đề "Người cao tuổi Việt Nam - Tự hào phát huy truyền thống, chung tay kiến tạo tương lai".
Phát biểu tại buổi lễ, ông Huỳnh Minh Quang đề nghị các xã, phường rà soát, chi trả đầy đủ trợ cấp xã hội, trợ cấp hưu trí xã hội cho người cao tuổi theo quy định; Sở Y tế phối hợp Hội NCT đẩy mạnh khám sàng lọc, lập hồ sơ theo dõi sức khỏe cho các cụ tại trạm y tế xã.
Nhận quà, cụ Sơn Thị Chanh Thu, 88 tuổi, ở khóm 4, phường Trà Vinh, bày tỏ niềm vui vì được các cấp quan tâm. Ông Thạch Sô Phol, Chủ tịch Hội NCT xã Hòa Minh, cho biết chi hội đã vận động con cháu các cụ đóng góp 42 triệu đồng để duy trì câu lạc bộ dưỡng sinh và lớp dạy chữ Khmer miễn phí tại chùa.
Trong tháng 10, các cấp Hội trong tỉnh dự kiến tổ chức mừng thọ cho trên 9.000 cụ, trong đó 86 cụ tròn 100 tuổi được Chủ tịch nước tặng thiếp mừng thọ và quà. Hội NCT các phường Long Châu, An Hội cũng đã tổ chức các buổi tọa đàm "Ông bà mẫu mực, con cháu thảo hiền".
Ngọc Hân
Lượt xem: 611
Tin khác
- Hội NCT tỉnh ra mắt Ban Chấp hành sau hợp nhất (20/08/2025)
- Người cao tuổi Khmer giữ gìn bản sắc văn hóa phum sóc (12/09/2025)
- Mừng thọ 300 cụ ở xã Giồng Trôm (25/09/2025)
""", "2025-10-04", "Trao 500 phần quà cho người cao tuổi nhân Tháng hành động",
E("trao_qua", None, "2025-10-03"),
[P("Huỳnh Minh Quang", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Mười", "Chủ tịch Hội NCT tỉnh"),
 P("Thạch Thị Sa Mết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thị Chanh Thu"),
 P("Thạch Sô Phol", "Chủ tịch Hội NCT xã Hòa Minh")],
[Q("500 phần quà", 500, "phần quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 600 triệu đồng", 600000000, "đồng", "over"),
 Q("15 xe lăn", 15, "xe lăn"), Q("320 cụ", 320, "cụ"), Q("trên 512.000 người cao tuổi", 512000, "người cao tuổi", "over"),
 Q("124 hội cơ sở", 124, "hội cơ sở"), Q("khoảng 46.000 cụ", 46000, "cụ", "approx"), Q("42 triệu đồng", 42000000, "đồng"),
 Q("trên 9.000 cụ", 9000, "cụ", "over"), Q("86 cụ", 86, "cụ")],
[D("Kế hoạch", "89", "KH-UBND", "2025-09-15", "UBND tỉnh", "Kế hoạch số 89/KH-UBND ngày 15/9/2025"),
 D("Hướng dẫn", "23", "HD-HNCT", "2025-09-10", "Ban Thường vụ Hội NCT tỉnh", "Hướng dẫn số 23/HD-HNCT ngày 10/9/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Hòa Minh"), com("Long Châu"), com("An Hội")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Xã hội - Người cao tuổi", "Ảnh: Các cụ nhận quà tại buổi lễ.",
 "Tháng hành động vì người cao tuổi Việt Nam", "Ban Công tác người cao tuổi tỉnh",
 "Người cao tuổi Việt Nam - Tự hào phát huy truyền thống, chung tay kiến tạo tương lai",
 "Ông bà mẫu mực, con cháu thảo hiền", "Lượt xem: 611"],
["Thứ Bảy, 04/10/2025", "Cập nhật lúc 19:20", "năm 2025", "3 tỉnh", "88 tuổi", "khóm 4", "tháng 10", "100 tuổi",
 "Lượt xem: 611"]))

PAGES.append(page("b9529-lamdong-ccb-tongket-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Chính trị | Mặt trận - Đoàn thể
24/12/2025 06:00
Cựu chiến binh Lâm Đồng: năm đầu vận hành mô hình tổ chức mới
Ngày 23/12, Hội Cựu chiến binh tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025, năm đầu tiên sau khi hợp nhất Hội CCB 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự hội nghị có đồng chí K'Brừm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Đại tá Nguyễn Hữu Phước, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội CCB tỉnh chủ trì.
Đại tá Nguyễn Hữu Phước báo cáo tại hội nghị. Ảnh: Văn Báu
Báo cáo cho biết, sau sắp xếp, Hội CCB tỉnh có gần 52.000 hội viên, sinh hoạt tại 124 cơ sở Hội cấp xã, phường, đặc khu. Thực hiện Kế hoạch số 08-KH/CCB ngày 15/7/2025 của Ban Thường vụ Hội CCB tỉnh, các cấp Hội đã hoàn thành việc kiện toàn tổ chức, bàn giao hồ sơ hội viên, tài chính, quỹ hội theo đúng hướng dẫn; không để xảy ra xáo trộn về tư tưởng. Năm 2025, toàn tỉnh kết nạp 2.140 hội viên mới; 92,7% cơ sở Hội được đánh giá hoàn thành tốt nhiệm vụ trở lên.
Phong trào CCB giúp nhau phát triển kinh tế tiếp tục có bước tiến. Dư nợ vốn vay ủy thác qua Hội đạt 1.380 tỷ đồng với hơn 26.000 hộ vay; các cấp Hội đã xây dựng, sửa chữa 96 căn nhà cho hội viên khó khăn, tổng kinh phí trên 5,6 tỷ đồng, góp phần hoàn thành Chương trình xóa nhà tạm, nhà dột nát trên địa bàn. Toàn tỉnh có 4.720 hộ CCB sản xuất, kinh doanh giỏi, 87 doanh nghiệp và 64 hợp tác xã do CCB làm chủ.
Tại hội nghị, ông Điểu Đăk, Chủ tịch Hội CCB xã Quảng Khê, người Mnông, chia sẻ mô hình trồng cà phê xen sầu riêng của 19 hội viên; bà Bố Thị Xuân, Phó Chủ tịch Hội CCB xã Phan Hòa, người Chăm, kể về việc chi hội vận động bà con bỏ đốt rơm rạ, giữ vệ sinh môi trường làng. Ông Ka Huê, Chủ tịch Hội CCB xã Lạc Dương, người K'Ho, kiến nghị sớm thống nhất chế độ phụ cấp cho cán bộ Hội cơ sở sau sáp nhập.
Phát biểu chỉ đạo, đồng chí K'Brừm ghi nhận sự chủ động, đoàn kết của Hội CCB tỉnh trong giai đoạn chuyển tiếp; đề nghị năm 2026, các cấp Hội tập trung tuyên truyền, thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và Nghị quyết Đại hội XIV của Đảng; thực hiện tốt Quy chế phối hợp số 03-QCPH/MTTQ-CCB giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hội CCB tỉnh; tích cực tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Hội CCB tỉnh tặng Giấy khen cho 35 tập thể và 58 cá nhân có thành tích xuất sắc năm 2025. Ông Thông Văn Thanh, Phó Chủ tịch Hội CCB tỉnh, công bố quyết định khen thưởng.
Văn Báu
Lượt xem: 730
Tin liên quan
- Hội CCB tỉnh trao 20 căn nhà cho hội viên khó khăn ở phường Phan Thiết (12/12/2025)
- Kỷ niệm 36 năm Ngày thành lập Hội CCB Việt Nam (06/12/2025)
- CCB Lâm Đồng góp ý dự thảo văn kiện Đại hội XIV (15/10/2025)
""", "2025-12-24", "Cựu chiến binh Lâm Đồng: năm đầu vận hành mô hình tổ chức mới",
E("tong_ket", "2025", "2025-12-23"),
[P("K'Brừm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Đại tá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội CCB tỉnh"),
 P("Điểu Đăk", "Chủ tịch Hội CCB xã Quảng Khê"),
 P("Bố Thị Xuân", "Phó Chủ tịch Hội CCB xã Phan Hòa"),
 P("Ka Huê", "Chủ tịch Hội CCB xã Lạc Dương"),
 P("Thông Văn Thanh", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("gần 52.000 hội viên", 52000, "hội viên", "approx"), Q("124 cơ sở Hội cấp xã, phường, đặc khu", 124, "cơ sở Hội cấp xã, phường, đặc khu"),
 Q("2.140 hội viên mới", 2140, "hội viên mới"), Q("92,7%", 92.7, "%"), Q("1.380 tỷ đồng", 1380000000000, "đồng"),
 Q("hơn 26.000 hộ vay", 26000, "hộ", "over"), Q("96 căn nhà", 96, "căn nhà"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"),
 Q("4.720 hộ CCB sản xuất, kinh doanh giỏi", 4720, "hộ CCB sản xuất, kinh doanh giỏi"), Q("87 doanh nghiệp", 87, "doanh nghiệp"),
 Q("64 hợp tác xã", 64, "hợp tác xã"), Q("19 hội viên", 19, "hội viên"), Q("35 tập thể", 35, "tập thể"), Q("58 cá nhân", 58, "cá nhân")],
[D("Kế hoạch", "08", "KH/CCB", "2025-07-15", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 08-KH/CCB ngày 15/7/2025"),
 D("Quy chế phối hợp", "03", "QCPH/MTTQ-CCB", None, None, "Quy chế phối hợp số 03-QCPH/MTTQ-CCB")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê"), com("Phan Hòa"), com("Lạc Dương")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Chính trị | Mặt trận - Đoàn thể",
 "Đại tá Nguyễn Hữu Phước báo cáo tại hội nghị. Ảnh: Văn Báu", "Chương trình xóa nhà tạm, nhà dột nát",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Nghị quyết Đại hội XIV", "Lượt xem: 730"],
["24/12/2025 06:00", "3 tỉnh", "năm 2025", "năm 2026", "lần thứ I", "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "Lượt xem: 730"]))

PAGES.append(page("b9530-dongnai-nct-giaoban-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ › Xã hội › Đoàn thể
10/04/2026 - 15:45
Hội Người cao tuổi tỉnh giao ban công tác quý I
(ĐN) - Ngày 9/4, Ban Thường vụ Hội Người cao tuổi tỉnh Đồng Nai tổ chức hội nghị giao ban công tác quý I/2026 với lãnh đạo Hội NCT 95 xã, phường. Bà Tăng Thị Mỹ Hạnh, Chủ tịch Hội NCT tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị giao ban. Ảnh: Hải Quân
Theo báo cáo, quý I, các cấp Hội đã tập trung tổ chức cho hội viên học tập, quán triệt Nghị quyết Đại hội XIV của Đảng; vận động người cao tuổi tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với tỷ lệ cử tri là người cao tuổi đi bầu đạt 99,2%. Hội đã thăm, tặng 6.840 phần quà Tết cho người cao tuổi khó khăn, tổng trị giá trên 3,4 tỷ đồng; mừng thọ 14.265 cụ.
Thực hiện Kế hoạch số 05/KH-HNCT ngày 12/1/2026 của Ban Thường vụ Hội NCT tỉnh và Công văn số 18/HNCT-VP về rà soát, chuẩn hóa dữ liệu hội viên sau sắp xếp, đến hết quý I, 95/95 hội cơ sở đã cập nhật danh sách với tổng số 398.700 hội viên. Quỹ chăm sóc và phát huy vai trò người cao tuổi toàn tỉnh đạt 61,8 tỷ đồng. Các cấp Hội phối hợp với ngành y tế khám sức khỏe cho 21.400 lượt người cao tuổi, lập 2.150 hồ sơ theo dõi bệnh không lây nhiễm.
Tại hội nghị, bà Điểu Thị Hương, Chủ tịch Hội NCT xã Bù Đăng, người S'tiêng, cho biết xã đã ra mắt 2 câu lạc bộ liên thế hệ tự giúp nhau ở các sóc đồng bào. Ông Lê Văn Sự, Chủ tịch Hội NCT phường Bình Phước, phản ánh việc phụ cấp cho chi hội trưởng ở các phường thuộc tỉnh Bình Phước cũ và tỉnh Đồng Nai cũ còn chênh lệch, đề nghị sớm thống nhất mức chi. Ông Tăng Chắn Phẩu, Phó Chủ tịch Hội NCT phường Trấn Biên, người Hoa, giới thiệu kinh nghiệm vận động các doanh nghiệp ủng hộ Quỹ.
Hội nghị cũng chỉ ra hạn chế: việc chi trả trợ cấp hưu trí xã hội cho người từ đủ 75 tuổi trở lên ở một số xã vùng sâu còn chậm; 7 hội cơ sở chưa kiện toàn đủ chức danh.
Kết luận hội nghị, bà Tăng Thị Mỹ Hạnh đề nghị quý II, các cấp Hội tập trung triển khai Quyết định số 1579/QĐ-TTg của Thủ tướng Chính phủ về Chương trình hành động quốc gia về người cao tuổi; phấn đấu đến cuối năm 2026 có ít nhất 60% xã, phường có câu lạc bộ liên thế hệ tự giúp nhau; chuẩn bị tổ chức hội nghị biểu dương người cao tuổi tiêu biểu giai đoạn 2021 - 2026. Ông Phạm Văn Chín, Phó Chủ tịch Hội NCT tỉnh, triển khai kế hoạch kiểm tra tài chính quý II tại 12 hội cơ sở.
Hải Quân
Lượt xem: 275
Tin liên quan
- Phường Đồng Xoài mừng thọ người cao tuổi (02/04/2026)
- Người cao tuổi Đồng Nai hào hứng đi bầu cử (16/03/2026)
- Trao 1.000 phần quà Tết cho người cao tuổi (05/02/2026)
""", "2026-04-10", "Hội Người cao tuổi tỉnh giao ban công tác quý I",
E("giao_ban", "2026-Q1", "2026-04-09"),
[P("Tăng Thị Mỹ Hạnh", "Chủ tịch Hội NCT tỉnh"),
 P("Điểu Thị Hương", "Chủ tịch Hội NCT xã Bù Đăng"),
 P("Lê Văn Sự", "Chủ tịch Hội NCT phường Bình Phước"),
 P("Tăng Chắn Phẩu", "Phó Chủ tịch Hội NCT phường Trấn Biên"),
 P("Phạm Văn Chín", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q("99,2%", 99.2, "%"), Q("6.840 phần quà", 6840, "phần quà"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("14.265 cụ", 14265, "cụ"), Q("95/95 hội cơ sở", 95, "hội cơ sở"),
 Q("398.700 hội viên", 398700, "hội viên"), Q("61,8 tỷ đồng", 61800000000, "đồng"),
 Q("21.400 lượt người cao tuổi", 21400, "lượt người cao tuổi"), Q("2.150 hồ sơ", 2150, "hồ sơ"),
 Q("2 câu lạc bộ liên thế hệ tự giúp nhau", 2, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("7 hội cơ sở", 7, "hội cơ sở"),
 Q("ít nhất 60%", 60, "%", "over"), Q("12 hội cơ sở", 12, "hội cơ sở")],
[D("Kế hoạch", "05", "KH-HNCT", "2026-01-12", "Ban Thường vụ Hội NCT tỉnh", "Kế hoạch số 05/KH-HNCT ngày 12/1/2026"),
 D("Công văn", "18", "HNCT-VP", None, None, "Công văn số 18/HNCT-VP"),
 D("Quyết định", "1579", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1579/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Đăng"), com("Bình Phước"), com("Trấn Biên")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ › Xã hội › Đoàn thể", "(ĐN)", "Toàn cảnh hội nghị giao ban. Ảnh: Hải Quân",
 "Nghị quyết Đại hội XIV", "Quỹ chăm sóc và phát huy vai trò người cao tuổi",
 "Chương trình hành động quốc gia về người cao tuổi", "Lượt xem: 275"],
["10/04/2026 - 15:45", "quý I/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "75 tuổi", "quý II", "cuối năm 2026",
 "giai đoạn 2021 - 2026", "Lượt xem: 275"]))

PAGES.append(page("b9531-phutho-xa-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG BI - TỈNH PHÚ THỌ
Trang chủ | Tin tức - Sự kiện | Hoạt động của Đảng ủy
Thứ Sáu, 13/03/2026
Đảng ủy xã Mường Bi đối thoại với cựu chiến binh và người cao tuổi năm 2026
Sáng 12/3, Đảng ủy xã Mường Bi tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với hội viên Hội Cựu chiến binh và Hội Người cao tuổi xã năm 2026. Đồng chí Bùi Văn Khiêm, Bí thư Đảng ủy xã chủ trì; cùng dự có đồng chí Quách Văn Tài, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và 120 hội viên đại diện cho 34 xóm.
Quang cảnh hội nghị đối thoại.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 24-KH/ĐU ngày 5/1/2026 của Ban Thường vụ Đảng ủy xã. Trước hội nghị, Ủy ban MTTQ Việt Nam xã đã tổng hợp 14 ý kiến, kiến nghị của hội viên.
Xã Mường Bi thuộc địa bàn tỉnh Hòa Bình cũ, nay là một trong những xã vùng đồng bào Mường của tỉnh Phú Thọ sau sắp xếp. Đây là lần đầu tiên Đảng ủy xã tổ chức đối thoại chung với hai tổ chức hội có đông hội viên cao tuổi, nhiều người là đảng viên lâu năm.
Tại hội nghị, 7 hội viên đã trực tiếp phát biểu. Ông Đinh Văn Khoát, Chủ tịch Hội CCB xã, phản ánh đường vào xóm Mường Khến xuống cấp sau mùa mưa, đề nghị xã đưa vào kế hoạch sửa chữa năm 2026. Bà Đinh Thị Lún, hội viên Chi hội NCT xóm Bố, đề nghị bố trí điểm chi trả trợ cấp gần dân vì sau khi bỏ cấp huyện, nhiều cụ phải đi xa hơn để làm thủ tục. Ông Xa Văn Ninh, Chủ tịch Hội NCT xã, kiến nghị hỗ trợ kinh phí duy trì đội cồng chiêng của người cao tuổi dân tộc Mường.
Trả lời các ý kiến, đồng chí Quách Văn Tài cho biết UBND xã đã dành 1,5 tỷ đồng sửa chữa 3,2 km đường liên xóm trong năm 2026, trong đó có tuyến vào xóm Mường Khến; sẽ bố trí điểm chi trả lưu động tại 4 nhà văn hóa xóm từ tháng 4. Các đồng chí Bùi Thị Nga, Hà Văn Thịnh - Phó Chủ tịch UBND xã, giải đáp thêm về chính sách hỗ trợ sản xuất, cấp giấy chứng nhận quyền sử dụng đất và việc trích 20 triệu đồng từ nguồn xã hội hóa hỗ trợ đội cồng chiêng.
Kết luận hội nghị, đồng chí Bùi Văn Khiêm khẳng định CCB và người cao tuổi là lực lượng nòng cốt, có uy tín trong cộng đồng; đề nghị các hội tiếp tục tham gia xây dựng Đảng, chính quyền xã vận hành theo mô hình chính quyền địa phương 2 cấp; những ý kiến chưa giải quyết ngay sẽ được UBND xã trả lời bằng văn bản trong 15 ngày. Xã cũng cam kết hằng quý tổ chức tiếp dân tại trụ sở và định kỳ đối thoại với từng đoàn thể.
Bùi Hằng
Lượt truy cập: 15.342
Tin khác
- Xã Mường Bi tổ chức thành công bầu cử đại biểu HĐND xã (16/03/2026)
- Hội CCB xã tổng kết công tác năm 2025 (26/12/2025)
- Mừng thọ người cao tuổi xã Mường Bi (10/10/2025)
""", "2026-03-13", "Đảng ủy xã Mường Bi đối thoại với cựu chiến binh và người cao tuổi năm 2026",
E("doi_thoai", "2026", "2026-03-12"),
[P("Bùi Văn Khiêm", "Bí thư Đảng ủy xã"),
 P("Quách Văn Tài", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đinh Văn Khoát", "Chủ tịch Hội CCB xã"),
 P("Đinh Thị Lún", "hội viên Chi hội NCT xóm Bố"),
 P("Xa Văn Ninh", "Chủ tịch Hội NCT xã"),
 P("Bùi Thị Nga", "Phó Chủ tịch UBND xã"),
 P("Hà Văn Thịnh", "Phó Chủ tịch UBND xã")],
[Q("120 hội viên", 120, "hội viên"), Q("34 xóm", 34, "xóm"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
 Q("7 hội viên", 7, "hội viên"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("3,2 km", 3.2, "km"),
 Q("4 nhà văn hóa xóm", 4, "nhà văn hóa xóm"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "24", "KH/ĐU", "2026-01-05", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 24-KH/ĐU ngày 5/1/2026")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Mường Bi")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG BI - TỈNH PHÚ THỌ", "Trang chủ | Tin tức - Sự kiện | Hoạt động của Đảng ủy",
 "Quang cảnh hội nghị đối thoại.", "Lượt truy cập: 15.342"],
["Thứ Sáu, 13/03/2026", "năm 2026", "từ tháng 4", "2 cấp", "15 ngày", "Lượt truy cập: 15.342"]))

PAGES.append(page("b9532-khanhhoa-nct-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA
Xã hội » An sinh - Người cao tuổi
Thứ Năm, 21/05/2026 - 08:30
Bồi dưỡng nghiệp vụ cho 210 cán bộ Hội Người cao tuổi cơ sở
Trong 2 ngày 20 và 21/5, tại phường Phan Rang, Hội Người cao tuổi tỉnh Khánh Hòa tổ chức lớp tập huấn nghiệp vụ công tác Hội năm 2026 cho 210 cán bộ Hội Người cao tuổi cơ sở thuộc khu vực phía nam tỉnh (địa bàn tỉnh Ninh Thuận cũ).
Học viên dự lớp tập huấn. Ảnh: Xuân Thành
Khai mạc lớp học, ông Nguyễn Văn Huy, Phó Chủ tịch Thường trực Hội NCT tỉnh, cho biết sau khi hợp nhất, Hội NCT tỉnh có 65 hội cơ sở xã, phường, đặc khu với trên 231.000 hội viên; nhiều cán bộ Hội cơ sở mới được kiện toàn nên cần được bồi dưỡng kịp thời. Lớp học được tổ chức theo kế hoạch số 19/KH-HNCT ngày 28/3/2026 của Ban Thường vụ Hội NCT tỉnh.
Trong 2 ngày, các học viên được truyền đạt 5 chuyên đề, trong đó có những điểm mới về chính sách trợ cấp hưu trí xã hội đối với người từ đủ 75 tuổi trở lên theo Nghị định số 176/2025/NĐ-CP ngày 30/6/2025 của Chính phủ, với mức 500.000 đồng/tháng; hướng dẫn số 07/HD-HNCT ngày 5/5/2026 của Hội NCT tỉnh về quản lý Quỹ chăm sóc và phát huy vai trò người cao tuổi sau sắp xếp; kỹ năng tổ chức câu lạc bộ liên thế hệ tự giúp nhau và kỹ năng sử dụng ứng dụng VNeID, dịch vụ công trực tuyến.
Bà Chamaléa Thị Nga, Chủ tịch Hội NCT xã Phước Hà, người Raglai, chia sẻ: "Chi hội ở các thôn vùng cao còn thiếu tài liệu bằng tiếng đồng bào, sau lớp học tôi sẽ về phổ biến lại cho các cụ bằng tiếng Raglai cho dễ hiểu". Ông Đàng Văn Phú, Phó Chủ tịch Hội NCT xã Phước Hữu, người Chăm, cho biết Hội đã phối hợp với các vị chức sắc Bàlamôn, Bàni vận động 48 hộ giữ gìn vệ sinh môi trường và 12 cụ tham gia tổ hòa giải.
Báo cáo viên TS. Pinăng Văn Tư, Phó Hiệu trưởng Trường Chính trị tỉnh, lưu ý các Hội cơ sở cần phối hợp với Ủy ban MTTQ Việt Nam xã, phường và trạm y tế để nắm chắc số người cao tuổi cô đơn, không nơi nương tựa, tránh bỏ sót đối tượng hưởng chính sách.
Nhiều học viên kiến nghị Hội NCT tỉnh sớm thống nhất mức hỗ trợ hoạt động cho chi hội giữa khu vực phía bắc và phía nam tỉnh, vì trước đây mỗi tỉnh áp dụng một mức khác nhau; đồng thời đề nghị biên soạn sổ tay nghiệp vụ ngắn gọn, có hình ảnh minh họa.
Cuối khóa, 100% học viên làm bài thu hoạch đạt yêu cầu. Theo kế hoạch, tháng 6/2026, Hội NCT tỉnh tiếp tục mở lớp thứ hai cho khoảng 200 cán bộ Hội khu vực phía bắc tỉnh tại phường Nha Trang.
Xuân Thành
Lượt xem: 189
Tin liên quan
- Hội NCT tỉnh tổng kết năm 2025 (30/12/2025)
- Ninh Hải: người cao tuổi giữ gìn nghề dệt thổ cẩm (18/04/2026)
- Trao 300 thẻ bảo hiểm y tế cho người cao tuổi Raglai (09/04/2026)
""", "2026-05-21", "Bồi dưỡng nghiệp vụ cho 210 cán bộ Hội Người cao tuổi cơ sở",
E("tap_huan", "2026", "2026-05-20"),
[P("Nguyễn Văn Huy", "Phó Chủ tịch Thường trực Hội NCT tỉnh"),
 P("Chamaléa Thị Nga", "Chủ tịch Hội NCT xã Phước Hà"),
 P("Đàng Văn Phú", "Phó Chủ tịch Hội NCT xã Phước Hữu"),
 P("Pinăng Văn Tư", "TS.", "Phó Hiệu trưởng Trường Chính trị tỉnh")],
[Q("210 cán bộ Hội Người cao tuổi cơ sở", 210, "cán bộ Hội Người cao tuổi cơ sở"),
 Q("65 hội cơ sở xã, phường, đặc khu", 65, "hội cơ sở xã, phường, đặc khu"), Q("trên 231.000 hội viên", 231000, "hội viên", "over"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("500.000 đồng", 500000, "đồng"), Q("48 hộ", 48, "hộ"), Q("12 cụ", 12, "cụ"),
 Q("100%", 100, "%"), Q("khoảng 200 cán bộ Hội", 200, "cán bộ Hội", "approx")],
[D("Kế hoạch", "19", "KH-HNCT", "2026-03-28", "Ban Thường vụ Hội NCT tỉnh", "kế hoạch số 19/KH-HNCT ngày 28/3/2026"),
 D("Nghị định", "176", "2025/NĐ-CP", "2025-06-30", "Chính phủ", "Nghị định số 176/2025/NĐ-CP ngày 30/6/2025"),
 D("Hướng dẫn", "07", "HD-HNCT", "2026-05-05", "Hội NCT tỉnh", "hướng dẫn số 07/HD-HNCT ngày 5/5/2026")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phan Rang"), com("Phước Hà"), com("Phước Hữu"), com("Nha Trang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH KHÁNH HÒA", "Xã hội » An sinh - Người cao tuổi", "Học viên dự lớp tập huấn. Ảnh: Xuân Thành",
 "Quỹ chăm sóc và phát huy vai trò người cao tuổi", "VNeID", "Lượt xem: 189"],
["Thứ Năm, 21/05/2026 - 08:30", "2 ngày", "20 và 21/5", "năm 2026", "75 tuổi", "tháng 6/2026", "lớp thứ hai",
 "Lượt xem: 189"]))
