from lib import *
PAGES = []

PAGES.append(page("b5927-tuyenquang-xa-doithoai-2025", """
Cổng thông tin điện tử xã Yên Sơn - tỉnh Tuyên Quang
Trang chủ » Tin tức » Hoạt động của Đảng ủy
Thứ Năm, 14/08/2025 - 09:10
Bí thư Đảng ủy xã đối thoại với công nhân Khu công nghiệp Long Bình An
Ngày 12/8/2025, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Yên Sơn, tỉnh Tuyên Quang tổ chức hội nghị đối thoại năm 2025 giữa người đứng đầu cấp ủy, chính quyền xã với công nhân, người lao động đang làm việc tại Khu công nghiệp Long Bình An. Đây là lần đầu tiên xã tổ chức đối thoại chuyên đề với công nhân kể từ khi vận hành chính quyền địa phương hai cấp.
Toàn cảnh hội nghị đối thoại.
Chủ trì hội nghị có đồng chí Sùng A Páo, Bí thư Đảng ủy xã; đồng chí Hoàng Thị Nhâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Ma Văn Cường, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Tham dự có 160 công nhân là người địa phương, trong đó có 47 người dân tộc Mông, Dao, Tày, cùng đại diện 9 doanh nghiệp.
Trước đó, ngày 28/7, khoảng 270 công nhân Công ty TNHH may Sông Lô Việt đã ngừng việc nửa ngày do công ty thay đổi cách tính lương sản phẩm khiến thu nhập giảm khoảng 15%. Ban Xây dựng Đảng Đảng ủy xã đã phối hợp với Công đoàn xã, Liên đoàn Lao động tỉnh kịp thời đối thoại; công ty đồng ý giữ nguyên đơn giá cũ đến hết năm 2025 và trả bổ sung gần 260 triệu đồng.
Tại hội nghị, công nhân nêu 14 ý kiến. Chị Giàng Thị Dở, công nhân tổ hoàn thiện, đề nghị công ty bố trí xe đưa đón cho lao động ở các thôn vùng cao cách khu công nghiệp trên 20 km. Anh Triệu Văn Lâm, người Dao, phản ánh việc chậm đóng bảo hiểm y tế. Các đồng chí Phó Chủ tịch UBND xã: Nguyễn Văn Quang, Lý Thị Hoa đã trực tiếp trả lời 11 ý kiến; 3 ý kiến thuộc thẩm quyền của doanh nghiệp được đại diện công ty tiếp thu.
Đồng chí Sùng A Páo đề nghị các doanh nghiệp thực hiện tốt Quy chế dân chủ ở cơ sở tại nơi làm việc theo Nghị định số 145/2020/NĐ-CP và Luật Thực hiện dân chủ ở cơ sở; Đảng ủy xã sẽ ban hành Kế hoạch số 18-KH/ĐU về nắm tình hình công nhân là người địa phương và thực hiện Kết luận 120, 121-KL/TW của Bộ Chính trị về công tác dân vận trong tình hình mới. Xã phấn đấu đến cuối năm 2025 có 100% doanh nghiệp đóng trên địa bàn tổ chức đối thoại định kỳ.
Theo đồng chí Hoàng Thị Nhâm, hiện xã có trên 1.900 người đang làm việc tại khu công nghiệp, thu nhập bình quân khoảng 7,8 triệu đồng/người/tháng; năm 2025 có 35 hộ nghèo thoát nghèo nhờ có người làm công nhân.
Phương Linh
Tin liên quan
- Xã Yên Sơn ra mắt tổ dân vận thôn (30/07/2025)
- Hội nghị triển khai nhiệm vụ sau sắp xếp đơn vị hành chính (02/07/2025)
- Tuyên Quang: hơn 12.000 lao động làm việc tại các khu công nghiệp (20/06/2025)
""", "2025-08-14", "Bí thư Đảng ủy xã đối thoại với công nhân Khu công nghiệp Long Bình An",
E("doi_thoai", "2025", "2025-08-12"),
[P("Sùng A Páo", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Nhâm", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Ma Văn Cường", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Giàng Thị Dở", "công nhân tổ hoàn thiện"),
 P("Triệu Văn Lâm"),
 P("Nguyễn Văn Quang", "Phó Chủ tịch UBND xã"), P("Lý Thị Hoa", "Phó Chủ tịch UBND xã")],
[Q("160 công nhân", 160, "công nhân"), Q("47 người dân tộc Mông, Dao, Tày", 47, "người dân tộc Mông, Dao, Tày"),
 Q("9 doanh nghiệp", 9, "doanh nghiệp"), Q("khoảng 270 công nhân", 270, "công nhân", "approx"),
 Q("khoảng 15%", 15, "%", "approx"), Q("gần 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("14 ý kiến", 14, "ý kiến"), Q("trên 20 km", 20, "km", "over"), Q("11 ý kiến", 11, "ý kiến"), Q("3 ý kiến", 3, "ý kiến"),
 Q("100%", 100, "%"), Q("trên 1.900 người", 1900, "người", "over"),
 Q("khoảng 7,8 triệu đồng", 7800000, "đồng", "approx"), Q("35 hộ nghèo", 35, "hộ nghèo")],
[D("Nghị định", "145", "2020/NĐ-CP", None, None, "Nghị định số 145/2020/NĐ-CP"),
 D("Kế hoạch", "18", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 18-KH/ĐU"),
 D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận 120, 121-KL/TW"),
 D("Kết luận", "121", "KL/TW", None, "Bộ Chính trị", "Kết luận 120, 121-KL/TW")],
[prov("Tuyên Quang"), com("Yên Sơn")],
["Cổng thông tin điện tử xã Yên Sơn - tỉnh Tuyên Quang", "Trang chủ » Tin tức » Hoạt động của Đảng ủy",
 "Toàn cảnh hội nghị đối thoại.", "Khu công nghiệp Long Bình An", "Công ty TNHH may Sông Lô Việt",
 "Luật Thực hiện dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở tại nơi làm việc"],
["Thứ Năm, 14/08/2025 - 09:10", "năm 2025", "hai cấp", "nửa ngày", "28/7"]))

PAGES.append(page("b5928-dongnai-btgdv-tongket-2025", """
BÁO ĐỒNG NAI - Cơ quan của Đảng bộ tỉnh Đồng Nai
Chính trị » Xây dựng Đảng » Dân vận
Thứ Năm, 08/01/2026, 08:05
Ảnh: Quang cảnh hội nghị.
Khối dân vận triển khai nhiệm vụ năm 2026: Ưu tiên xây dựng quan hệ lao động hài hòa
Ngày 7/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước. Đồng chí Điểu Thị Nga, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, năm 2025, toàn tỉnh có trên 1,2 triệu công nhân lao động làm việc tại 42 khu công nghiệp; xảy ra 21 vụ ngừng việc tập thể với khoảng 14.800 người tham gia, giảm 7 vụ so với năm 2024. 100% vụ việc được giải quyết trong vòng 3 ngày; qua hòa giải, người lao động được trả bổ sung trên 28 tỷ đồng tiền lương, bảo hiểm. Tại các xã vùng cao su phía bắc tỉnh, đã vận động 1.350 hộ đồng bào S'tiêng, M'nông nhận khoán ổn định sản xuất.
Các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Hiếu, Lê Thị Thu Hà, Điểu Bình đã báo cáo chuyên đề. Đồng chí Nguyễn Văn Hiếu cho biết Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về tăng cường công tác dân vận trong doanh nghiệp và về phòng ngừa, giải quyết tranh chấp lao động tập thể; Quy định số 12-QĐ/TU về trách nhiệm người đứng đầu trong đối thoại với công nhân; phối hợp triển khai Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.
Tại hội nghị, đồng chí Lương Thị Kim Oanh, Phó Chủ tịch - Trưởng ban Dân chủ, Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận các cấp đã tổ chức 64 cuộc giám sát việc thực hiện chính sách với người lao động, đưa ra 212 kiến nghị. Đồng chí Phạm Minh Đức, Bí thư Đảng ủy phường Long Bình, chia sẻ kinh nghiệm lập "Tổ dân vận khu trọ" ở 26 khu phố. Đồng chí Thị Lanh, Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đốp, người S'tiêng, đề nghị hỗ trợ đào tạo nghề cho lao động trẻ.
Phát biểu chỉ đạo, đồng chí Hồ Văn Nam, Phó Bí thư Tỉnh ủy, yêu cầu năm 2026 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; thực hiện Quyết định số 99-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; phấn đấu giảm ít nhất 20% số vụ ngừng việc tập thể so với năm 2025.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao giấy khen cho 18 tập thể, 25 cá nhân có thành tích xuất sắc năm 2025.
Lượt xem: 1.532
Thanh Nga
Tin liên quan
- Đồng Nai: 21 vụ ngừng việc năm 2025 đều được giải quyết kịp thời (30/12/2025)
- Trao 6.000 suất quà Tết cho công nhân (25/12/2025)
- Đối thoại với công nhân phường Long Bình (10/12/2025)
""", "2026-01-08", "Khối dân vận triển khai nhiệm vụ năm 2026: Ưu tiên xây dựng quan hệ lao động hài hòa",
E("tong_ket", "2025", "2026-01-07"),
[P("Điểu Thị Nga", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lương Thị Kim Oanh", "Phó Chủ tịch - Trưởng ban Dân chủ, Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Minh Đức", "Bí thư Đảng ủy phường Long Bình"),
 P("Thị Lanh", "Chủ tịch Ủy ban MTTQ Việt Nam xã Bù Đốp"),
 P("Hồ Văn Nam", "Phó Bí thư Tỉnh ủy")],
[Q("trên 1,2 triệu công nhân lao động", 1200000, "công nhân lao động", "over"), Q("42 khu công nghiệp", 42, "khu công nghiệp"),
 Q("21 vụ ngừng việc tập thể", 21, "vụ ngừng việc tập thể"), Q("khoảng 14.800 người", 14800, "người", "approx"),
 Q("7 vụ", 7, "vụ"), Q("100%", 100, "%"), Q("trên 28 tỷ đồng", 28000000000, "đồng", "over"),
 Q("1.350 hộ đồng bào S'tiêng, M'nông nhận khoán", 1350, "hộ đồng bào S'tiêng, M'nông"),
 Q("64 cuộc giám sát", 64, "cuộc giám sát"), Q("212 kiến nghị", 212, "kiến nghị"), Q("26 khu phố", 26, "khu phố"),
 Q("ít nhất 20%", 20, "%", "over"), Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quy định", "12", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 12-QĐ/TU"),
 D("Nghị quyết", "66", "NQ/TW", "2025-04-30", "Bộ Chính trị", "Nghị quyết số 66-NQ/TW ngày 30/4/2025"),
 D("Quyết định", "99", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 99-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Long Bình"), com("Bù Đốp")],
["BÁO ĐỒNG NAI - Cơ quan của Đảng bộ tỉnh Đồng Nai", "Chính trị » Xây dựng Đảng » Dân vận", "Ảnh: Quang cảnh hội nghị.",
 "Tổ dân vận khu trọ", "Lượt xem: 1.532"],
["Thứ Năm, 08/01/2026, 08:05", "năm 2025", "năm 2026", "năm 2024", "3 ngày", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.532"]))

PAGES.append(page("b5929-vinhlong-phuong-mttq-giamsat-2025", """
Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ | Giám sát, phản biện xã hội | Cơ sở
Thứ Năm, 20/11/2025 - 14:00
Ủy ban MTTQ phường Nguyệt Hóa giám sát việc giải quyết chế độ cho người lao động sau vụ ngừng việc
Ngày 18/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, tỉnh Vĩnh Long tổ chức giám sát chuyên đề năm 2025 việc thực hiện chính sách tiền lương, bảo hiểm xã hội và giải quyết kiến nghị của người lao động tại Công ty TNHH chế biến dừa Cửu Long Xanh, nơi cuối tháng 9 xảy ra vụ ngừng việc của khoảng 520 công nhân.
Đoàn giám sát làm việc với công ty. Ảnh: Sa Rươne
Đoàn giám sát do bà Thạch Thị Sô Phia, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường làm trưởng đoàn; thành viên gồm các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Kim Văn Rết, Nguyễn Thị Bích Liên; ông Trần Quốc Trung, Chủ tịch Công đoàn phường, và đại diện Hội Cựu chiến binh, Đoàn Thanh niên phường.
Theo báo cáo của công ty, hiện có 1.240 lao động, trong đó khoảng 45% là người Khmer. Vụ ngừng việc ngày 26/9 bắt nguồn từ việc công ty chậm đóng bảo hiểm xã hội 7 tháng với số tiền gần 4,6 tỷ đồng, khiến 38 lao động nữ không được hưởng chế độ thai sản. Sau khi Đảng ủy phường chỉ đạo, công ty đã đóng được 3,1 tỷ đồng; 38 trường hợp được giải quyết chế độ, mỗi người nhận trung bình khoảng 19 triệu đồng.
Qua giám sát, đoàn ghi nhận công ty đã tổ chức 2 hội nghị đối thoại và thành lập tổ đối thoại gồm 9 thành viên, trong đó có 4 đại diện người lao động. Tuy nhiên, công ty còn nợ bảo hiểm xã hội khoảng 1,5 tỷ đồng; chưa công khai thang lương, bảng lương; 17 kiến nghị của công nhân mới giải quyết được 12 kiến nghị.
Anh Sơn Hoàng Ny, công nhân tổ sơ chế, cho biết sau vụ ngừng việc, anh chị em được công ty lắng nghe nhiều hơn. Ông Lâm Quốc Huy, Phó Giám đốc công ty, cam kết trả hết nợ bảo hiểm trước ngày 31/12/2025.
Đoàn giám sát đã kiến nghị công ty thực hiện đúng Luật Bảo hiểm xã hội năm 2024 và Nghị định số 145/2020/NĐ-CP; đề nghị UBND phường phối hợp Bảo hiểm xã hội cơ sở theo dõi việc đóng nợ. Đợt giám sát thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 3/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, căn cứ Quy định số 124-QĐ/TW của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân.
Kết thúc buổi giám sát, bà Thạch Thị Sô Phia đề nghị công đoàn và các tổ chức thành viên tiếp tục nắm tâm tư công nhân, phát huy vai trò người có uy tín trong đồng bào Khmer để vận động công nhân thực hiện kiến nghị qua đúng kênh, không tự phát ngừng việc. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Đảng ủy phường và Ủy ban MTTQ Việt Nam tỉnh.
Sa Rươne
Tin khác
- Phường Nguyệt Hóa tổ chức Ngày hội Đại đoàn kết toàn dân tộc (15/11/2025)
- Vĩnh Long: đối thoại với công nhân ngành chế biến dừa (28/10/2025)
- Ra mắt Ủy ban MTTQ Việt Nam phường sau hợp nhất (05/07/2025)
""", "2025-11-20", "Ủy ban MTTQ phường Nguyệt Hóa giám sát việc giải quyết chế độ cho người lao động sau vụ ngừng việc",
E("giam_sat", "2025", "2025-11-18"),
[P("Thạch Thị Sô Phia", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Kim Văn Rết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Thị Bích Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Trần Quốc Trung", "Chủ tịch Công đoàn phường"),
 P("Sơn Hoàng Ny", "công nhân tổ sơ chế"),
 P("Lâm Quốc Huy", "Phó Giám đốc công ty")],
[Q("khoảng 520 công nhân", 520, "công nhân", "approx"), Q("1.240 lao động", 1240, "lao động"),
 Q("khoảng 45%", 45, "%", "approx"), Q("gần 4,6 tỷ đồng", 4600000000, "đồng", "approx"),
 Q("38 lao động nữ", 38, "lao động nữ"), Q("3,1 tỷ đồng", 3100000000, "đồng"), Q("38 trường hợp", 38, "trường hợp"),
 Q("khoảng 19 triệu đồng", 19000000, "đồng", "approx"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
 Q("9 thành viên", 9, "thành viên"), Q("4 đại diện người lao động", 4, "đại diện người lao động"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("17 kiến nghị", 17, "kiến nghị"), Q("12 kiến nghị", 12, "kiến nghị")],
[D("Nghị định", "145", "2020/NĐ-CP", None, None, "Nghị định số 145/2020/NĐ-CP"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2025-11-03", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 27/KH-MTTQ-BTT ngày 3/11/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Vĩnh Long"), com("Nguyệt Hóa")],
["Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ | Giám sát, phản biện xã hội | Cơ sở", "Đoàn giám sát làm việc với công ty. Ảnh: Sa Rươne",
 "Công ty TNHH chế biến dừa Cửu Long Xanh", "Luật Bảo hiểm xã hội năm 2024"],
["Thứ Năm, 20/11/2025 - 14:00", "năm 2025", "tháng 9", "7 tháng", "26/9"]))

PAGES.append(page("b5930-lamdong-btgdv-baocao-q1-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự › Chính trị › Dân vận
Cập nhật: 09:42, 10/04/2026 (GMT+7)
Quý I/2026: Lâm Đồng giải quyết dứt điểm 5 vụ ngừng việc tập thể
Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng vừa có Báo cáo số 86-BC/BTGDVTU ngày 6/4/2026 về tình hình công nhân, người lao động và kết quả công tác dân vận trong doanh nghiệp quý I năm 2026, gửi Thường trực Tỉnh ủy.
Ảnh minh họa: Công nhân một nhà máy chế biến nông sản tại phường Bảo Lộc 1.
Theo báo cáo, quý I/2026, trên địa bàn tỉnh xảy ra 5 vụ ngừng việc tập thể với khoảng 1.980 người lao động tham gia, trong đó 2 vụ tại nhà máy chế biến hải sản ở khu vực ven biển phía đông, 2 vụ tại doanh nghiệp khai thác bô-xít và 1 vụ tại nhà máy chế biến cà phê ở phường Bảo Lộc 1. Nguyên nhân chủ yếu là chậm trả lương, thưởng Tết Bính Ngọ và chưa điều chỉnh mức lương tối thiểu vùng theo Nghị định số 293/2025/NĐ-CP của Chính phủ. Cả 5 vụ đều được giải quyết dứt điểm trong 2 ngày; người lao động được trả bổ sung hơn 4,2 tỷ đồng.
Trong quá trình giải quyết, đồng chí Điểu K'Rứt, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trực tiếp làm việc tại xã Nhân Cơ; đồng chí Thập Văn Bảy, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Cửa, người Chăm, vận động công nhân ngư nghiệp. Bà Ka Hoa, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết công đoàn đã tổ chức 23 cuộc đối thoại, tiếp nhận 118 ý kiến, giải quyết 109 ý kiến.
Báo cáo nêu, thực hiện Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận sau hợp nhất tỉnh, các đảng ủy xã, phường đã thành lập 126 tổ dân vận ở các khu dân cư có đông công nhân; tổ chức 48 buổi tuyên truyền pháp luật lao động cho trên 6.500 lượt người. Tỉnh hiện có khoảng 186.000 lao động trong các doanh nghiệp, 61% doanh nghiệp có từ 25 lao động trở lên đã có tổ chức công đoàn.
Báo cáo cũng chỉ ra hạn chế: việc nắm tình hình tại các doanh nghiệp có vốn đầu tư nước ngoài còn chậm; một số xã mới sau sắp xếp chưa bố trí cán bộ theo dõi công tác dân vận doanh nghiệp; 3 doanh nghiệp còn nợ bảo hiểm xã hội trên 6 tháng với tổng số khoảng 2,8 tỷ đồng.
Quý II/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy đề xuất Thường trực Tỉnh ủy chỉ đạo tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với công nhân nhân Tháng Công nhân; ban hành Hướng dẫn số 09-HD/BTGDVTU về nắm tình hình công nhân ở các xã, phường có khu công nghiệp; phối hợp với Ủy ban MTTQ Việt Nam tỉnh giám sát việc thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị tại 10 doanh nghiệp. Đồng chí Nguyễn Thị Hồng Vân, Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, được giao tổng hợp.
Thu Hà
Tin liên quan
- Lâm Đồng: đối thoại với công nhân khai thác bô-xít (26/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý I (03/04/2026)
- Trao 3.000 suất quà Tết cho công nhân (05/02/2026)
""", "2026-04-10", "Quý I/2026: Lâm Đồng giải quyết dứt điểm 5 vụ ngừng việc tập thể",
E("bao_cao", "2026-Q1", "2026-04-06"),
[P("Điểu K'Rứt", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thập Văn Bảy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Cửa"),
 P("Ka Hoa", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Hồng Vân", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("5 vụ ngừng việc tập thể", 5, "vụ ngừng việc tập thể"), Q("khoảng 1.980 người lao động", 1980, "người lao động", "approx"),
 Q("2 vụ", 2, "vụ"), Q("1 vụ", 1, "vụ"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("23 cuộc đối thoại", 23, "cuộc đối thoại"), Q("118 ý kiến", 118, "ý kiến"), Q("109 ý kiến", 109, "ý kiến"),
 Q("126 tổ dân vận", 126, "tổ dân vận"), Q("48 buổi tuyên truyền pháp luật lao động", 48, "buổi tuyên truyền pháp luật lao động"),
 Q("trên 6.500 lượt người", 6500, "lượt người", "over"), Q("khoảng 186.000 lao động", 186000, "lao động", "approx"),
 Q("61%", 61, "%"), Q("từ 25 lao động trở lên", 25, "lao động", "over"), Q("3 doanh nghiệp", 3, "doanh nghiệp"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("10 doanh nghiệp", 10, "doanh nghiệp")],
[D("Báo cáo", "86", "BC/BTGDVTU", "2026-04-06", "Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "Báo cáo số 86-BC/BTGDVTU ngày 6/4/2026"),
 D("Nghị định", "293", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 293/2025/NĐ-CP"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Hướng dẫn", "09", "HD/BTGDVTU", None, None, "Hướng dẫn số 09-HD/BTGDVTU"),
 D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW")],
[prov("Lâm Đồng"), com("Bảo Lộc 1"), com("Nhân Cơ"), com("Phan Rí Cửa")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự › Chính trị › Dân vận",
 "Ảnh minh họa: Công nhân một nhà máy chế biến nông sản tại phường Bảo Lộc 1.", "Tháng Công nhân"],
["Cập nhật: 09:42, 10/04/2026 (GMT+7)", "quý I năm 2026", "Quý I/2026", "quý I/2026", "Tết Bính Ngọ", "2 ngày", "6 tháng", "Quý II/2026"]))

PAGES.append(page("b5931-hcm-phuong-soket-q1-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THUẬN AN - THÀNH PHỐ HỒ CHÍ MINH
Chủ Nhật, 19/04/2026
Trang chủ / Tin tức / Mặt trận - Đoàn thể
17.04.2026 | 16:05
Phường Thuận An sơ kết quý I: 3 vụ ngừng việc được hòa giải ngay tại cơ sở
Ngày 16/4/2026, Đảng ủy phường Thuận An, Thành phố Hồ Chí Minh tổ chức hội nghị sơ kết công tác dân vận quý I năm 2026, tập trung đánh giá việc phòng ngừa, hòa giải tranh chấp lao động tại 1.100 doanh nghiệp trên địa bàn. Đồng chí Nguyễn Thị Ngọc Trâm, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường chủ trì.
Đồng chí Nguyễn Thị Ngọc Trâm phát biểu kết luận hội nghị.
Theo báo cáo, quý I, trên địa bàn phường xảy ra 3 vụ ngừng việc tập thể tại doanh nghiệp gỗ, bao bì với tổng cộng khoảng 850 người lao động tham gia; cả 3 vụ đều được Tổ công tác liên ngành của phường hòa giải ngay trong ngày. Người lao động được nhận bổ sung hơn 1,3 tỷ đồng tiền thưởng Tết và tiền làm thêm giờ. Phường hiện có khoảng 96.000 công nhân thuê trọ tại 3.480 nhà trọ.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam phường: Huỳnh Thanh Phong, Điểu Thị Mai, Nguyễn Văn Bảy cho biết Mặt trận đã phối hợp với Công đoàn phường tổ chức 12 buổi "Cà phê công nhân" lắng nghe 640 lượt người lao động; vận động 38 chủ nhà trọ giảm giá thuê phòng từ 10% đến 20% cho công nhân bị giảm giờ làm. Ông Lê Văn Cường, Chủ tịch Công đoàn phường, cho biết đã ký kết 6 thỏa ước lao động tập thể ngành gỗ, bảo đảm quyền lợi cho khoảng 4.200 lao động.
Tại hội nghị, bà Trần Thị Kim Tuyến, tổ trưởng tổ dân vận khu phố Bình Hòa 2, chia sẻ tổ đã giải thích cho hàng chục công nhân không nghe theo lời kêu gọi ngừng việc trên mạng xã hội. Ông Park Ji-hoon, Giám đốc nhân sự một doanh nghiệp Hàn Quốc, đề nghị phường tiếp tục duy trì kênh thông tin nhanh với doanh nghiệp.
Hội nghị được tổ chức theo Kế hoạch số 07-KH/ĐU ngày 2/1/2026 của Đảng ủy phường về công tác dân vận năm 2026 và Chỉ thị số 03-CT/TU của Ban Thường vụ Thành ủy về tăng cường công tác dân vận trong công nhân, lao động sau hợp nhất. Phường phấn đấu năm 2026 có 100% doanh nghiệp từ 50 lao động trở lên tổ chức đối thoại định kỳ.
Kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Trâm đề nghị các đoàn thể thực hiện tốt Quy chế phối hợp số 02-QCPH/ĐU-UBND giữa Đảng ủy và UBND phường về giải quyết tranh chấp lao động; mỗi khu phố có ít nhất 1 tổ hòa giải lao động; rà soát 45 doanh nghiệp có nguy cơ ngừng việc.
Minh Thư
Tin liên quan
- Phường Thuận An ra mắt mô hình "Cà phê công nhân" (20/03/2026)
- Thành phố trao 20.000 suất quà Tết cho công nhân (05/02/2026)
- Hội nghị đối thoại giữa Chủ tịch UBND phường với người lao động (10/01/2026)
""", "2026-04-17", "Phường Thuận An sơ kết quý I: 3 vụ ngừng việc được hòa giải ngay tại cơ sở",
E("so_ket", "2026-Q1", "2026-04-16"),
[P("Nguyễn Thị Ngọc Trâm", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
 P("Huỳnh Thanh Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Điểu Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Văn Bảy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Văn Cường", "Chủ tịch Công đoàn phường"),
 P("Trần Thị Kim Tuyến", "tổ trưởng tổ dân vận khu phố Bình Hòa 2"),
 P("Park Ji-hoon", "Giám đốc nhân sự một doanh nghiệp Hàn Quốc")],
[Q("1.100 doanh nghiệp", 1100, "doanh nghiệp"), Q("3 vụ ngừng việc tập thể", 3, "vụ ngừng việc tập thể"),
 Q("khoảng 850 người lao động", 850, "người lao động", "approx"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("khoảng 96.000 công nhân", 96000, "công nhân", "approx"), Q("3.480 nhà trọ", 3480, "nhà trọ"),
 Q("12 buổi", 12, "buổi"), Q("640 lượt người lao động", 640, "lượt người lao động"), Q("38 chủ nhà trọ", 38, "chủ nhà trọ"),
 Q("10%", 10, "%"), Q("20%", 20, "%"), Q("6 thỏa ước lao động tập thể ngành gỗ", 6, "thỏa ước lao động tập thể ngành gỗ"),
 Q("khoảng 4.200 lao động", 4200, "lao động", "approx"), Q("100%", 100, "%"),
 Q("từ 50 lao động trở lên", 50, "lao động", "over"), Q("ít nhất 1 tổ hòa giải lao động", 1, "tổ hòa giải lao động", "over"),
 Q("45 doanh nghiệp", 45, "doanh nghiệp")],
[D("Kế hoạch", "07", "KH/ĐU", "2026-01-02", "Đảng ủy phường", "Kế hoạch số 07-KH/ĐU ngày 2/1/2026"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 03-CT/TU"),
 D("Quy chế phối hợp", "02", "QCPH/ĐU-UBND", None, None, "Quy chế phối hợp số 02-QCPH/ĐU-UBND")],
[prov("Hồ Chí Minh"), com("Thuận An")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THUẬN AN - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ / Tin tức / Mặt trận - Đoàn thể",
 "Đồng chí Nguyễn Thị Ngọc Trâm phát biểu kết luận hội nghị.", "Cà phê công nhân", "Tổ công tác liên ngành",
 "khu phố Bình Hòa 2"],
["Chủ Nhật, 19/04/2026", "17.04.2026 | 16:05", "quý I năm 2026", "năm 2026", "hàng chục"]))

PAGES.append(page("b5932-phutho-chandung-hoagiaivien-2026", """
BÁO PHÚ THỌ ĐIỆN TỬ
Xã hội › Gương sáng
Thứ Tư, 06/05/2026
Chị Bùi Thị Nhàn (thứ hai từ trái) trao đổi với công nhân. Ảnh: Hồng Nhung
Người "giữ lửa" đối thoại ở Khu công nghiệp Bình Xuyên
Gần 12 năm làm Chủ tịch Công đoàn cơ sở Công ty TNHH linh kiện điện tử Tam Đảo Tech, chị Bùi Thị Nhàn, người Mường quê xã Lạc Sơn, đã cùng ban lãnh đạo công ty và chính quyền địa phương hóa giải nhiều vụ việc có nguy cơ dẫn đến ngừng việc tập thể.
Công ty hiện có khoảng 3.600 lao động, 78% là nữ, phần đông là con em đồng bào Mường, Dao từ các xã miền núi phía tây tỉnh. Năm 2019, khi công ty cắt giảm phụ cấp nhà ở, hơn 700 công nhân đã tụ tập trước cổng. Chị Nhàn cùng đồng chí Đinh Công Sứ, khi đó là Phó Chủ tịch UBND thị trấn Hương Canh, đã đến từng tổ sản xuất lắng nghe, rồi đưa 8 đề xuất vào bàn thương lượng. Công ty giữ nguyên phụ cấp 300.000 đồng/tháng và lập tổ đối thoại 11 thành viên.
Từ đó, mỗi quý tổ đối thoại họp một lần; đến nay đã tiếp nhận trên 420 ý kiến, kiến nghị, giải quyết được 396 ý kiến. Năm 2025, công ty tăng lương bình quân 7,2%, thu nhập bình quân đạt khoảng 9,6 triệu đồng/người/tháng; công đoàn vận động thành lập quỹ "Tấm lòng vàng" với trên 1,1 tỷ đồng, hỗ trợ 214 lượt đoàn viên ốm đau, hoạn nạn.
Ông Hà Văn Tuấn, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Bình Xuyên, nhận xét: "Nhiều năm nay, doanh nghiệp có hàng nghìn lao động nhưng chưa để xảy ra ngừng việc, có công lớn của công đoàn". Bà Phùng Thị Kim Dung, Phó Chủ tịch Liên đoàn Lao động tỉnh Phú Thọ, cho biết mô hình "Tổ đối thoại 3 cùng" của công ty đã được nhân rộng ra 46 doanh nghiệp trong tỉnh theo Kế hoạch số 19/KH-LĐLĐ của Liên đoàn Lao động tỉnh.
Năm 2025, chị Nhàn được Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen theo Quyết định số 2150/QĐ-TLĐ, là 1 trong 35 cán bộ công đoàn cơ sở tiêu biểu được tuyên dương tại Diễn đàn "Công đoàn đồng hành cùng người lao động". Chị cũng là đại biểu dự Đại hội Công đoàn tỉnh Phú Thọ lần thứ I sau hợp nhất với tỉnh Vĩnh Phúc và tỉnh Hòa Bình.
Chia sẻ về kinh nghiệm, chị Nhàn nói: "Đừng để công nhân phải ra cổng mới được lắng nghe". Theo chị, cán bộ công đoàn phải nắm vững Bộ luật Lao động, Nghị định số 145/2020/NĐ-CP của Chính phủ, và thực hiện đúng Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận, xây dựng quan hệ lao động hài hòa. Anh Triệu Văn Phú, công nhân người Dao ở tổ kiểm tra chất lượng, kể chị đã giúp anh được trả đủ 14 triệu đồng tiền bảo hiểm bị chậm.
Hồng Nhung
Lượt xem: 3.108
Xem thêm
- Phú Thọ: 46 doanh nghiệp nhân rộng mô hình tổ đối thoại (22/04/2026)
- Tháng Công nhân năm 2026: vì việc làm bền vững (01/05/2026)
- Gương sáng cán bộ công đoàn cơ sở (15/03/2026)
""", "2026-05-06", 'Người "giữ lửa" đối thoại ở Khu công nghiệp Bình Xuyên',
E("khac", None, None),
[P("Bùi Thị Nhàn", "Chủ tịch Công đoàn cơ sở Công ty TNHH linh kiện điện tử Tam Đảo Tech"),
 P("Đinh Công Sứ", "Phó Chủ tịch UBND thị trấn Hương Canh"),
 P("Hà Văn Tuấn", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Bình Xuyên"),
 P("Phùng Thị Kim Dung", "Phó Chủ tịch Liên đoàn Lao động tỉnh Phú Thọ"),
 P("Triệu Văn Phú")],
[Q("khoảng 3.600 lao động", 3600, "lao động", "approx"), Q("78%", 78, "%"), Q("hơn 700 công nhân", 700, "công nhân", "over"),
 Q("8 đề xuất", 8, "đề xuất"), Q("300.000 đồng", 300000, "đồng"), Q("11 thành viên", 11, "thành viên"),
 Q("trên 420 ý kiến, kiến nghị", 420, "ý kiến, kiến nghị", "over"), Q("396 ý kiến", 396, "ý kiến"), Q("7,2%", 7.2, "%"),
 Q("khoảng 9,6 triệu đồng", 9600000, "đồng", "approx"), Q("trên 1,1 tỷ đồng", 1100000000, "đồng", "over"),
 Q("214 lượt đoàn viên", 214, "lượt đoàn viên"), Q("46 doanh nghiệp", 46, "doanh nghiệp"),
 Q("35 cán bộ công đoàn cơ sở tiêu biểu", 35, "cán bộ công đoàn cơ sở tiêu biểu"), Q("14 triệu đồng", 14000000, "đồng")],
[D("Kế hoạch", "19", "KH-LĐLĐ", None, "Liên đoàn Lao động tỉnh", "Kế hoạch số 19/KH-LĐLĐ"),
 D("Quyết định", "2150", "QĐ-TLĐ", None, None, "Quyết định số 2150/QĐ-TLĐ"),
 D("Nghị định", "145", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 145/2020/NĐ-CP"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Lạc Sơn"), com("Hương Canh"), com("Bình Xuyên")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Xã hội › Gương sáng", "Chị Bùi Thị Nhàn (thứ hai từ trái) trao đổi với công nhân. Ảnh: Hồng Nhung",
 "Tấm lòng vàng", "Tổ đối thoại 3 cùng", "Công đoàn đồng hành cùng người lao động", "Bộ luật Lao động",
 "Công ty TNHH linh kiện điện tử Tam Đảo Tech", "Lượt xem: 3.108"],
["Thứ Tư, 06/05/2026", "12 năm", "Năm 2019", "mỗi quý", "Năm 2025", "1 trong 35", "lần thứ I", "Lượt xem: 3.108", "3 cùng", "hàng nghìn"]))
