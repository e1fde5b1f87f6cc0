from lib import *
PAGES = []

PAGES.append(page("b2543-tuyenquang-mttq-ngayhoi-bachdich-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG
Trang chủ › Hoạt động Mặt trận › Cơ sở
14/11/2025 - 10:20
Ảnh: Đồng chí Vừ Mí Sính trao quà cho hộ nghèo thôn Lùng Thàng.
Đầm ấm Ngày hội Đại đoàn kết nơi địa đầu Tổ quốc
Ngày 12/11/2025, tại thôn Lùng Thàng, xã Bạch Đích, Ban công tác Mặt trận thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025, chào mừng kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 - 18/11/2025). Đây là Ngày hội đầu tiên của thôn sau khi tỉnh Tuyên Quang mới được thành lập trên cơ sở hợp nhất tỉnh Hà Giang và tỉnh Tuyên Quang, chính quyền địa phương vận hành theo mô hình 2 cấp.
Dự Ngày hội có đồng chí Vừ Mí Sính, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Triệu Văn Phin, Bí thư Đảng ủy xã Bạch Đích; đồng chí Nông Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Chủ tịch Hội Liên hiệp Phụ nữ xã.
Thôn Lùng Thàng có 97 hộ với 468 nhân khẩu, 100% là đồng bào Mông. Bà Ly Thị Dí, Trưởng ban Công tác Mặt trận thôn, cho biết năm 2025 thôn đã hoàn thành xóa 14 căn nhà tạm, nhà dột nát theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", mỗi căn xây mới được hỗ trợ 60 triệu đồng; bà con trong thôn góp 620 ngày công và hiến 2.300 m2 đất. Số hộ nghèo giảm từ 38 hộ xuống còn 21 hộ; thôn duy trì 2 tổ tự quản bảo vệ đường biên, cột mốc.
Phát biểu tại Ngày hội, đồng chí Vừ Mí Sính ghi nhận nỗ lực của bà con; đề nghị Ban công tác Mặt trận thôn tiếp tục thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phát huy vai trò người có uy tín, trưởng dòng họ, vận động bà con không tảo hôn, không kết hôn cận huyết thống, không nghe theo kẻ xấu tuyên truyền đạo trái pháp luật.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 30 suất quà, mỗi suất trị giá 700.000 đồng cho các hộ nghèo; Ủy ban MTTQ xã Bạch Đích trao 3 con bò sinh sản cho 3 hộ có hoàn cảnh khó khăn. Ông Vừ Mí Páo, người có uy tín thôn Lùng Thàng, thay mặt bà con cảm ơn các cấp.
Theo Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang, năm 2025 toàn tỉnh có 2.960 thôn, tổ dân phố tổ chức Ngày hội; trong dịp Ngày hội, các thôn, tổ dân phố đã vận động được trên 8,2 tỷ đồng cho các công trình phúc lợi và hỗ trợ 415 hộ nghèo.
Phần văn nghệ có màn múa khèn, hát giao duyên và thi giã bánh dày giữa 5 đội của các dòng họ Vừ, Ly, Giàng, Sùng, Thào.
Minh Khuê
Tin liên quan
- Xã Lũng Cú tổ chức Ngày hội Đại đoàn kết (10/11/2025)
- Mặt trận tỉnh bàn giao 120 căn nhà Đại đoàn kết (31/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (15/10/2025)
""", "2025-11-14", "Đầm ấm Ngày hội Đại đoàn kết nơi địa đầu Tổ quốc",
E("khac", None, "2025-11-12"),
[P("Vừ Mí Sính", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Văn Phin", "Bí thư Đảng ủy xã Bạch Đích"),
 P("Nông Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Ly Thị Dí", "Trưởng ban Công tác Mặt trận thôn"),
 P("Vừ Mí Páo", "người có uy tín thôn Lùng Thàng")],
[Q("97 hộ", 97, "hộ"), Q("468 nhân khẩu", 468, "nhân khẩu"), Q("100%", 100, "%"),
 Q("14 căn nhà tạm, nhà dột nát", 14, "căn nhà tạm, nhà dột nát"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("620 ngày công", 620, "ngày công"), Q("2.300 m2", 2300, "m2"), Q("38 hộ", 38, "hộ"), Q("21 hộ", 21, "hộ"),
 Q("2 tổ tự quản", 2, "tổ tự quản"), Q("30 suất quà", 30, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("3 con bò sinh sản", 3, "con bò sinh sản"), Q("3 hộ", 3, "hộ"), Q("2.960 thôn, tổ dân phố", 2960, "thôn, tổ dân phố"),
 Q("trên 8,2 tỷ đồng", 8200000000, "đồng", "over"), Q("415 hộ nghèo", 415, "hộ nghèo"), Q("5 đội", 5, "đội")],
[],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Bạch Đích")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TUYÊN QUANG", "Trang chủ › Hoạt động Mặt trận › Cơ sở",
 "Ảnh: Đồng chí Vừ Mí Sính trao quà cho hộ nghèo thôn Lùng Thàng.", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["14/11/2025 - 10:20", "95 năm", "18/11/1930 - 18/11/2025", "năm 2025", "2 cấp"]))

PAGES.append(page("b2544-lamdong-bdv-gapmat-nguoicouytin-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Bạn đang ở: Trang chủ » Dân vận » Công tác dân tộc
Cập nhật: 09:42, 24/10/2025 (GMT+7)
Toàn cảnh hội nghị.
Tôn vinh 240 người có uy tín tiêu biểu tỉnh Lâm Đồng
Ngày 23/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Sở Dân tộc và Tôn giáo, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị gặp mặt, tôn vinh người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2025. Đây là lần đầu tiên hội nghị được tổ chức sau khi tỉnh Lâm Đồng mới được thành lập trên cơ sở hợp nhất 3 tỉnh Lâm Đồng, Đắk Nông và Bình Thuận theo Nghị quyết số 202/2025/QH15 của Quốc hội.
Dự hội nghị có đồng chí Điểu Thị Nhơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Ka Hương, Thông Văn Thành, Nguyễn Hữu Phước; đồng chí Y Thanh Ênuôl, Phó Giám đốc Sở Dân tộc và Tôn giáo cùng 240 người có uy tín tiêu biểu của các dân tộc K'Ho, Mạ, Chu Ru, Mnông, Chăm, Raglai.
Toàn tỉnh hiện có 1.368 người có uy tín. Thực hiện Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín, 9 tháng năm 2025 tỉnh đã chi trên 5,3 tỷ đồng để thăm hỏi, tặng quà, cấp báo, tập huấn. Người có uy tín đã tham gia hòa giải thành 186 vụ việc mâu thuẫn, tranh chấp đất đai; vận động 1.240 hộ tham gia xóa nhà tạm, nhà dột nát; phát hiện 9 trường hợp tuyên truyền đạo trái pháp luật, kịp thời báo cáo chính quyền.
Tại hội nghị, ông K'Brăk, người có uy tín thôn Bon Đơng, xã Lạc Dương, chia sẻ cách vận động con cháu giữ rừng, không bán đất. Ông Điểu Ray, người có uy tín bon Bu Prăng, xã Quảng Trực, kể việc vận động 17 hộ Mnông góp công dựng nhà Đại đoàn kết. Bà Thông Thị Minh, chức sắc Chăm Bàni, xã Phan Thanh, đề nghị quan tâm hỗ trợ nước sinh hoạt cho vùng khô hạn.
Phát biểu, đồng chí Điểu Thị Nhơn nhấn mạnh trong bối cảnh sắp xếp bộ máy, thực hiện chính quyền địa phương 2 cấp, người có uy tín là cầu nối quan trọng giữa Đảng, chính quyền với nhân dân; đề nghị cấp ủy các xã, phường thực hiện tốt Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín giai đoạn 2025 - 2030.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 60 người có uy tín tiêu biểu; Ban tổ chức tặng mỗi đại biểu 1 suất quà trị giá 1,5 triệu đồng.
Hoàng Yến
Lượt xem: 3.418
Tin cùng chuyên mục
- Xã Quảng Trực gặp mặt già làng, người có uy tín (15/10/2025)
- Tập huấn cho cán bộ dân vận xã, phường sau sắp xếp (02/10/2025)
- Hội nghị giao ban công tác dân vận quý III/2025 (30/9/2025)
""", "2025-10-24", "Tôn vinh 240 người có uy tín tiêu biểu tỉnh Lâm Đồng",
E("hoi_nghi", "2025", "2025-10-23"),
[P("Điểu Thị Nhơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"), P("Thông Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phước", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Y Thanh Ênuôl", "Phó Giám đốc Sở Dân tộc và Tôn giáo"),
 P("K'Brăk", "người có uy tín thôn Bon Đơng"),
 P("Điểu Ray", "người có uy tín bon Bu Prăng"),
 P("Thông Thị Minh", "chức sắc Chăm Bàni")],
[Q("240 người có uy tín tiêu biểu", 240, "người có uy tín tiêu biểu"), Q("3 tỉnh", 3, "tỉnh"),
 Q("1.368 người có uy tín", 1368, "người có uy tín"), Q("trên 5,3 tỷ đồng", 5300000000, "đồng", "over"),
 Q("186 vụ việc mâu thuẫn, tranh chấp đất đai", 186, "vụ việc mâu thuẫn, tranh chấp đất đai"), Q("1.240 hộ", 1240, "hộ"),
 Q("9 trường hợp", 9, "trường hợp"), Q("17 hộ Mnông", 17, "hộ Mnông"), Q("60 người có uy tín tiêu biểu", 60, "người có uy tín tiêu biểu"),
 Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Kế hoạch", "15", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương"), com("Quảng Trực"), com("Phan Thanh")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Bạn đang ở: Trang chủ » Dân vận » Công tác dân tộc", "Toàn cảnh hội nghị.",
 "Sở Dân tộc và Tôn giáo", "Lượt xem: 3.418"],
["Cập nhật: 09:42, 24/10/2025 (GMT+7)", "năm 2025", "lần đầu tiên", "9 tháng năm 2025", "2 cấp", "giai đoạn 2025 - 2030", "1 suất quà", "Lượt xem: 3.418"]))

PAGES.append(page("b2545-vinhlong-mttq-daihoi-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể | Sự kiện
Thứ Sáu, 19/09/2025
Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp
Ngày 18/9/2025, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, với chủ đề "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển". Đây là đại hội đầu tiên của Mặt trận tỉnh Vĩnh Long mới, được thành lập trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Dự đại hội có 350 đại biểu chính thức đại diện cho hơn 4,2 triệu người dân thuộc các dân tộc Kinh, Khmer, Hoa, các tôn giáo và các giai cấp, tầng lớp xã hội trong tỉnh. Trong đó, đại biểu là người dân tộc Khmer chiếm 16,3%, đại biểu là chức sắc, chức việc tôn giáo 42 người.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua, Mặt trận ba tỉnh đã vận động Quỹ "Vì người nghèo" được 1.268 tỷ đồng; xây dựng, sửa chữa 21.540 căn nhà Đại đoàn kết; riêng năm 2025, thực hiện phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", đã hoàn thành 8.612 căn nhà trước ngày 31/8/2025. 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc hằng năm.
Phát biểu chỉ đạo, đồng chí Thạch Thị Sô Phia, Phó Bí thư Tỉnh ủy, đề nghị Mặt trận tỉnh tiếp tục thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy hệ thống chính trị, quán triệt Quy định số 304-QĐ/TW của Ban Bí thư về chức năng, nhiệm vụ của MTTQ Việt Nam sau sắp xếp; phát huy vai trò của 1.946 người có uy tín và hơn 500 vị sư sãi trong vận động đồng bào Khmer.
Đại hội đã hiệp thương cử 121 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa I. Tại hội nghị lần thứ nhất, ông Nguyễn Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các ông, bà Sơn Văn Chiêl, Trần Thị Kim Liên, Lê Hoàng Tâm, Kiên Thị Ra Ni được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Trong đó, bà Kiên Thị Ra Ni đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.
Đại hội cũng hiệp thương cử 68 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ XI. Thượng tọa Thạch Sa Ron, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phát biểu cam kết các chùa Khmer tiếp tục đồng hành cùng Mặt trận chăm lo người nghèo.
Phương Trinh
Tin liên quan
- Đại hội MTTQ Việt Nam phường Nguyệt Hóa lần thứ I (12/8/2025)
- Bàn giao 200 căn nhà Đại đoàn kết ở khu vực Trà Vinh (30/7/2025)
- Hội nghị hiệp thương thành lập Ủy ban MTTQ Việt Nam tỉnh (01/7/2025)
""", "2025-09-19", "Đại hội đại biểu MTTQ Việt Nam tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
E("dai_hoi", None, "2025-09-18"),
[P("Thạch Thị Sô Phia", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Văn Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Văn Chiêl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Trần Thị Kim Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Hoàng Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kiên Thị Ra Ni", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Thạch Sa Ron", "Thượng tọa", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh")],
[Q("3 tỉnh", 3, "tỉnh"), Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 4,2 triệu người dân", 4200000, "người dân", "over"),
 Q("16,3%", 16.3, "%"), Q("42 người", 42, "người"), Q("1.268 tỷ đồng", 1268000000000, "đồng"),
 Q("21.540 căn nhà Đại đoàn kết", 21540, "căn nhà Đại đoàn kết"), Q("8.612 căn nhà", 8612, "căn nhà"), Q("100%", 100, "%"),
 Q("1.946 người có uy tín", 1946, "người có uy tín"), Q("hơn 500 vị sư sãi", 500, "vị sư sãi", "over"), Q("121 vị", 121, "vị"),
 Q("68 đại biểu", 68, "đại biểu")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể | Sự kiện", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Đoàn kết - Dân chủ - Đổi mới - Sáng tạo - Phát triển", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Sáu, 19/09/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "ba tỉnh", "năm 2025", "31/8/2025", "khóa I", "hội nghị lần thứ nhất", "lần thứ XI"]))

PAGES.append(page("b2546-dongnai-mttq-giamsat-nhao-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ - Giám sát, phản biện xã hội
08:15 | 12/12/2025
Ảnh: Đoàn giám sát kiểm tra thực tế căn nhà của hộ bà Thị Lanh.
Giám sát việc xóa nhà tạm, nhà dột nát cho đồng bào S'tiêng
Từ ngày 9 đến 11/12/2025, Đoàn giám sát Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do đồng chí Điểu Minh Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát tại các xã Bù Gia Mập, Đak Ơ và Phú Nghĩa, thuộc khu vực tỉnh Bình Phước trước đây.
Theo báo cáo của UBND các xã, thực hiện Kế hoạch số 86/KH-UBND của UBND tỉnh, 3 xã được giám sát có 412 căn nhà được hỗ trợ, trong đó 356 căn xây mới, 56 căn sửa chữa; đến ngày 30/11/2025 đã hoàn thành 100% và bàn giao cho người dân. Mức hỗ trợ là 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa; riêng hộ người có công được hỗ trợ thêm theo Nghị định số 77/2025/NĐ-CP của Chính phủ.
Đoàn đã kiểm tra thực tế 24 căn nhà. Nhiều căn nhà được người dân cải tạo, mở rộng thêm bằng nguồn vốn tự có; 85% số hộ được hỏi hài lòng về chất lượng công trình. Bà Thị Lanh, người S'tiêng ở thôn Bù Lư, xã Phú Nghĩa, cho biết gia đình bà 6 người trước đây ở trong căn nhà ván mục, nay có nhà xây 48 m2 kiên cố.
Tuy nhiên, đoàn cũng chỉ ra 7 căn nhà có dấu hiệu thấm dột sau mùa mưa; 11 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất; một số hộ đã bán nhà, bỏ đi nơi khác làm ăn. Ông Điểu Lên, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập, đề nghị có cơ chế hỗ trợ sinh kế để người dân giữ được nhà, không tái nghèo.
Kết luận đợt giám sát, đồng chí Điểu Minh Thắng đề nghị UBND các xã khắc phục ngay những căn nhà hư hỏng; phối hợp Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng theo dõi việc sử dụng nhà; Mặt trận các xã phát huy vai trò người có uy tín, như già làng Điểu Khơi ở bon Bù Đăk, trong vận động bà con giữ nhà, giữ đất. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy theo Quy định số 124-QĐ/TW của Ban Bí thư.
Theo Ủy ban MTTQ tỉnh, năm 2025 Mặt trận các cấp đã tổ chức 2.318 cuộc giám sát, trong đó 146 cuộc giám sát chuyên đề về xóa nhà tạm, nhà dột nát; toàn tỉnh đã xóa 4.870 căn nhà tạm, nhà dột nát với tổng kinh phí trên 260 tỷ đồng.
Ngọc Bích
Tin cùng chuyên mục
- Phản biện dự thảo nghị quyết về chính sách hỗ trợ người có uy tín (05/12/2025)
- Giám sát việc sắp xếp trụ sở dôi dư tại các xã (21/11/2025)
- Ngày hội Đại đoàn kết ở khu phố 5, phường Trấn Biên (15/11/2025)
- Mặt trận tỉnh trao 50 căn nhà Đại đoàn kết cho hộ nghèo khu vực Bình Phước (28/10/2025)
""", "2025-12-12", "Giám sát việc xóa nhà tạm, nhà dột nát cho đồng bào S'tiêng",
E("giam_sat", None, "2025-12-09"),
[P("Điểu Minh Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thị Lanh"),
 P("Điểu Lên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Gia Mập"),
 P("Điểu Khơi", "già làng")],
[Q("3 xã", 3, "xã"), Q("412 căn nhà", 412, "căn nhà"), Q("356 căn", 356, "căn"), Q("56 căn", 56, "căn"), Q("100%", 100, "%"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("24 căn nhà", 24, "căn nhà"), Q("85%", 85, "%"),
 Q("6 người", 6, "người"), Q("48 m2", 48, "m2"), Q("7 căn nhà", 7, "căn nhà"), Q("11 hộ", 11, "hộ"),
 Q("2.318 cuộc giám sát", 2318, "cuộc giám sát"), Q("146 cuộc giám sát chuyên đề", 146, "cuộc giám sát chuyên đề"),
 Q("4.870 căn nhà tạm, nhà dột nát", 4870, "căn nhà tạm, nhà dột nát"), Q("trên 260 tỷ đồng", 260000000000, "đồng", "over")],
[D("Kế hoạch", "86", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 86/KH-UBND"),
 D("Nghị định", "77", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 77/2025/NĐ-CP"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ"), com("Phú Nghĩa")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ - Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát kiểm tra thực tế căn nhà của hộ bà Thị Lanh.", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng"],
["08:15 | 12/12/2025", "năm 2025", "30/11/2025"]))

PAGES.append(page("b2547-quangngai-mttq-tongket-2025", """
Hôm nay: Thứ Bảy, 10/01/2026
ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI
Trang chủ » Tin tức » Hoạt động Mặt trận
Thứ Sáu, 09/01/2026 - 08:05
Quang cảnh hội nghị. Ảnh: Bảo Anh
Mặt trận tỉnh triển khai nhiệm vụ năm 2026
Ngày 8/1, Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai chương trình phối hợp và thống nhất hành động năm 2026. Đồng chí Đinh Thị Kim Ly, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: A Tuấn, Phạm Văn Hòa, Y Thu Hằng.
Năm 2025 là năm đầu tiên Mặt trận tỉnh Quảng Ngãi mới (hợp nhất tỉnh Quảng Ngãi và tỉnh Kon Tum) hoạt động theo mô hình mới, các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ Việt Nam tỉnh. Thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo Đại hội MTTQ các cấp và về xóa nhà tạm, nhà dột nát, Mặt trận các cấp đã phối hợp hoàn thành xóa 9.846 căn nhà tạm, nhà dột nát trước ngày 31/8/2025, trong đó khu vực miền núi phía Tây chiếm 58%.
Quỹ "Vì người nghèo" ba cấp vận động được 186,4 tỷ đồng; 100% thôn, tổ dân phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Mặt trận đã tổ chức 1.240 cuộc giám sát, 86 hội nghị phản biện xã hội và tiếp nhận 312 đơn thư, kiến nghị của công dân. Toàn tỉnh có 2.015 người có uy tín được tôn vinh, tặng quà dịp Ngày hội. Mặt trận các cấp đã vận động hơn 21.000 lượt cán bộ, chiến sĩ, đoàn viên thanh niên tham gia tháo dỡ, vận chuyển vật liệu, giúp 3.420 hộ đồng bào dân tộc thiểu số dựng nhà.
Tại hội nghị, đồng chí Đinh Văn Mười, Bí thư Đảng ủy xã Sơn Kỳ, cho biết xã đã vận động 46 hộ đồng bào Hrê góp 1.380 ngày công làm nhà; ông A Khoan, người có uy tín thôn Kon Rơ Wang, xã Đăk Rve, chia sẻ kinh nghiệm vận động bà con người Xơ Đăng, Ba Na không bán nhà mới được hỗ trợ.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 48 tập thể và 73 cá nhân có thành tích xuất sắc trong phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Phát biểu kết luận, đồng chí Đinh Thị Kim Ly đề nghị năm 2026 Mặt trận các cấp tập trung thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I; chủ động tham gia xây dựng Đảng, chính quyền 2 cấp; chăm lo hộ nghèo sau khi có nhà, hỗ trợ sinh kế cho ít nhất 2.000 hộ; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc gắn với kỷ niệm 96 năm Ngày truyền thống MTTQ Việt Nam.
Bảo Anh
Xem thêm
- Bàn giao 35 căn nhà Đại đoàn kết ở xã Trà Bồng (28/12/2025)
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I thành công tốt đẹp (19/9/2025)
- Hội nghị biểu dương người có uy tín tiêu biểu (10/11/2025)
""", "2026-01-09", "Mặt trận tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Đinh Thị Kim Ly", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Phạm Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Mười", "Bí thư Đảng ủy xã Sơn Kỳ"),
 P("A Khoan", "người có uy tín thôn Kon Rơ Wang")],
[Q("9.846 căn nhà tạm, nhà dột nát", 9846, "căn nhà tạm, nhà dột nát"), Q("58%", 58, "%"), Q("186,4 tỷ đồng", 186400000000, "đồng"),
 Q("100%", 100, "%"), Q("1.240 cuộc giám sát", 1240, "cuộc giám sát"), Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
 Q("312 đơn thư, kiến nghị", 312, "đơn thư, kiến nghị"), Q("2.015 người có uy tín", 2015, "người có uy tín"),
 Q("46 hộ đồng bào Hrê", 46, "hộ đồng bào Hrê"), Q("1.380 ngày công", 1380, "ngày công"), Q("48 tập thể", 48, "tập thể"),
 Q("73 cá nhân", 73, "cá nhân"), Q("ít nhất 2.000 hộ", 2000, "hộ", "over"),
 Q("hơn 21.000 lượt cán bộ, chiến sĩ, đoàn viên thanh niên", 21000, "lượt cán bộ, chiến sĩ, đoàn viên thanh niên", "over"),
 Q("3.420 hộ đồng bào dân tộc thiểu số", 3420, "hộ đồng bào dân tộc thiểu số")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Sơn Kỳ"), com("Đăk Rve")],
["Hôm nay: Thứ Bảy, 10/01/2026", "ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG NGÃI", "Trang chủ » Tin tức » Hoạt động Mặt trận",
 "Quang cảnh hội nghị. Ảnh: Bảo Anh", "Vì người nghèo", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Nghị quyết Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I"],
["Hôm nay: Thứ Bảy, 10/01/2026", "Thứ Sáu, 09/01/2026 - 08:05", "năm 2026", "năm 2025", "ba cấp", "31/8/2025", "lần thứ I", "2 cấp", "96 năm"]))

PAGES.append(page("b2548-phutho-mttq-giaoban-quy1-2026", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
Ngày 03/04/2026 | 16:20
Đồng chí Quách Thị Lụa phát biểu kết luận hội nghị.
Tập trung hỗ trợ sinh kế cho hộ nghèo sau khi có nhà mới
Ngày 2/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ tổ chức hội nghị giao ban công tác Mặt trận quý I năm 2026 với Ủy ban MTTQ Việt Nam 148 xã, phường. Đồng chí Quách Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hội nghị được kết nối trực tuyến tới 148 điểm cầu cấp xã.
Quý I/2026, Mặt trận các cấp tập trung vận động, chăm lo Tết Bính Ngọ cho người nghèo: đã trao 46.500 suất quà với tổng trị giá trên 32 tỷ đồng; tổ chức 126 phiên "Chợ Tết 0 đồng" cho gần 12.000 lượt người khó khăn. Quỹ "Vì người nghèo" các cấp tiếp nhận 28,7 tỷ đồng. Thực hiện Kế hoạch số 08/KH-MTTQ-BTT ngày 12/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Mặt trận đã rà soát 3.214 hộ được hỗ trợ xóa nhà tạm năm 2025, trong đó 418 hộ có nguy cơ tái nghèo cần hỗ trợ sinh kế. Theo báo cáo, trong quý I toàn tỉnh có thêm 1.026 hộ thoát nghèo; các xã, phường đã thành lập 85 tổ hợp tác để người dân vừa có nhà mới cùng nhau chăn nuôi, trồng rừng, làm nghề phụ.
Báo cáo do đồng chí Đinh Văn Thiềng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cũng nêu: Mặt trận các cấp đã giám sát 214 cuộc, tham gia hòa giải thành 167 vụ việc mâu thuẫn; 100% xã, phường hoàn thành bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 an toàn.
Tại hội nghị, đồng chí Xa Văn Chiến, Chủ tịch Ủy ban MTTQ Việt Nam xã Đà Bắc, cho biết xã đã phối hợp Ngân hàng Chính sách xã hội giải ngân 6,4 tỷ đồng cho 132 hộ vay vốn chăn nuôi; bà Bạch Thị Nga, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Yên, đề nghị tỉnh có cơ chế khen thưởng các doanh nghiệp đã nhận đỡ đầu hộ nghèo. Đại diện xã Tân Lạc nêu mô hình "Mỗi hộ có nhà, mỗi nhà có nghề".
Kết luận hội nghị, đồng chí Quách Thị Lụa yêu cầu quý II tập trung hỗ trợ sinh kế cho 418 hộ nêu trên, mỗi hộ được hỗ trợ tối thiểu 10 triệu đồng giống, vật tư; thực hiện có hiệu quả Nghị quyết số 12-NQ/TU và Nghị quyết số 13-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo đa chiều và phát triển vùng đồng bào dân tộc thiểu số; chuẩn bị sơ kết 6 tháng đầu năm 2026.
Hà Linh
Lượt xem: 587
Tin khác
- Trao 20 con bò giống cho hộ nghèo xã Đà Bắc (25/3/2026)
- Phường Vĩnh Yên ra mắt mô hình khu dân cư tự quản (12/3/2026)
- Mặt trận tỉnh chăm lo Tết Bính Ngọ cho hộ nghèo (05/2/2026)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (20/1/2026)
""", "2026-04-03", "Tập trung hỗ trợ sinh kế cho hộ nghèo sau khi có nhà mới",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Quách Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thiềng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Xa Văn Chiến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đà Bắc"),
 P("Bạch Thị Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Vĩnh Yên")],
[Q("148 xã, phường", 148, "xã, phường"), Q("148 điểm cầu cấp xã", 148, "điểm cầu cấp xã"), Q("46.500 suất quà", 46500, "suất quà"),
 Q("trên 32 tỷ đồng", 32000000000, "đồng", "over"), Q("126 phiên", 126, "phiên"),
 Q("gần 12.000 lượt người khó khăn", 12000, "lượt người khó khăn", "approx"), Q("28,7 tỷ đồng", 28700000000, "đồng"),
 Q("3.214 hộ", 3214, "hộ"), Q("418 hộ", 418, "hộ"), Q("214 cuộc", 214, "cuộc"), Q("167 vụ việc mâu thuẫn", 167, "vụ việc mâu thuẫn"),
 Q("100%", 100, "%"), Q("6,4 tỷ đồng", 6400000000, "đồng"), Q("132 hộ", 132, "hộ"),
 Q("tối thiểu 10 triệu đồng", 10000000, "đồng", "over"),
 Q("1.026 hộ", 1026, "hộ"), Q("85 tổ hợp tác", 85, "tổ hợp tác")],
[D("Kế hoạch", "08", "KH-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 12/1/2026"),
 D("Nghị quyết", "12", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 12-NQ/TU"),
 D("Nghị quyết", "13", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 13-NQ/TU")],
[prov("Phú Thọ"), com("Đà Bắc"), com("Vĩnh Yên"), com("Tân Lạc")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH PHÚ THỌ", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận",
 "Đồng chí Quách Thị Lụa phát biểu kết luận hội nghị.", "Chợ Tết 0 đồng", "Vì người nghèo", "Mỗi hộ có nhà, mỗi nhà có nghề",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 587"],
["Ngày 03/04/2026 | 16:20", "quý I năm 2026", "Quý I/2026", "Tết Bính Ngọ", "Chợ Tết 0 đồng", "năm 2025", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "quý II", "6 tháng đầu năm 2026", "Lượt xem: 587"]))
