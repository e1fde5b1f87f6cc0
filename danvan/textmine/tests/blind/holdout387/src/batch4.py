from lib import *
PAGES = []

PAGES.append(page("b9263-tuyenquang-ca-daihoithidua-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Quốc phòng - An ninh
Thứ Tư, 27/08/2025 - 10:15
Đại hội thi đua "Vì an ninh Tổ quốc" đầu tiên sau hợp nhất
Sáng 26/8, Công an tỉnh Tuyên Quang tổ chức Đại hội thi đua "Vì an ninh Tổ quốc" lần thứ IX, giai đoạn 2020 - 2025 - đại hội đầu tiên của lực lượng Công an tỉnh sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang. Dự đại hội có đồng chí Hoàng Văn Thân, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Thiếu tướng Nông Quốc Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh cùng 450 đại biểu điển hình tiên tiến.
Thiếu tướng Nông Quốc Cường trao cờ thi đua cho các tập thể. Ảnh: Thanh Phúc
Báo cáo tại đại hội nêu rõ, 5 năm qua, phong trào thi đua được triển khai gắn với thực hiện Luật Thi đua, khen thưởng số 06/2022/QH15 và sắp xếp tổ chức bộ máy theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng. Lực lượng Công an hai tỉnh đã điều tra, làm rõ 6.420 vụ phạm pháp hình sự, đạt 91,3%; triệt phá 312 đường dây, tụ điểm ma túy; vận động 97 đối tượng truy nã ra đầu thú. Phong trào toàn dân bảo vệ an ninh Tổ quốc có 5.840 mô hình tự quản, 96% thôn, tổ dân phố đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Từ ngày 01/7/2025, toàn tỉnh vận hành chính quyền địa phương hai cấp với 124 xã, phường; Công an tỉnh đã bố trí 2.150 cán bộ, chiến sĩ về Công an các xã, phường, bảo đảm mỗi xã có từ 8 cán bộ trở lên. Trong đợt cao điểm "60 ngày đêm" hỗ trợ người dân làm thủ tục sau sáp nhập, Công an các xã đã điều chỉnh thông tin nơi cư trú cho hơn 186.000 trường hợp.
Tham luận tại đại hội, Thiếu tá Giàng Mí Súa, Trưởng Công an xã Lũng Cú, chia sẻ việc cùng già làng, trưởng họ vận động đồng bào Mông không nghe theo đối tượng xấu tuyên truyền "Vương quốc Mông"; Đại úy Bàn Thị Hoa, Phó Trưởng Công an phường Minh Xuân, giới thiệu mô hình "Tổ dân phố 4 không". Bà Lý Thị Lai, người có uy tín thôn Nà Khâu, xã Thượng Lâm, kể chuyện vận động 11 thanh niên trong thôn đi cai nghiện.
Phát biểu chỉ đạo, đồng chí Hoàng Văn Thân yêu cầu lực lượng Công an tiếp tục đổi mới công tác thi đua, gắn với thực hiện Quyết định số 1520/QĐ-CAT ngày 12/8/2025 của Giám đốc Công an tỉnh về ban hành Quy chế phối hợp giữa Công an các xã, phường với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở.
Dịp này, Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho 2 tập thể; Bộ trưởng Bộ Công an tặng Bằng khen cho 35 tập thể, 68 cá nhân. Đại hội bầu 22 đại biểu đi dự Đại hội thi đua "Vì an ninh Tổ quốc" lực lượng Công an nhân dân lần thứ IX.
Thanh Phúc
Lượt xem: 1.542
Tin liên quan
- Công an tỉnh ra mắt Công an 124 xã, phường sau sắp xếp (02/07/2025)
- Mèo Vạc: Tổ bảo vệ an ninh trật tự cơ sở giúp dân thu hoạch (18/08/2025)
- Hà Giang 1: Ngày hội toàn dân bảo vệ ANTQ (19/08/2025)
- Trao 100 suất quà cho học sinh vùng cao Đồng Văn (15/08/2025)
""", "2025-08-27", "Đại hội thi đua \"Vì an ninh Tổ quốc\" đầu tiên sau hợp nhất",
E("dai_hoi", None, "2025-08-26"),
[P("Hoàng Văn Thân", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nông Quốc Cường", "Thiếu tướng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
 P("Giàng Mí Súa", "Thiếu tá", "Trưởng Công an xã Lũng Cú"),
 P("Bàn Thị Hoa", "Đại úy", "Phó Trưởng Công an phường Minh Xuân"),
 P("Lý Thị Lai", "người có uy tín thôn Nà Khâu")],
[Q("450 đại biểu điển hình tiên tiến", 450, "đại biểu điển hình tiên tiến"), Q("6.420 vụ phạm pháp hình sự", 6420, "vụ phạm pháp hình sự"),
 Q("91,3%", 91.3, "%"), Q("312 đường dây, tụ điểm ma túy", 312, "đường dây, tụ điểm ma túy"), Q("97 đối tượng truy nã", 97, "đối tượng truy nã"),
 Q("5.840 mô hình tự quản", 5840, "mô hình tự quản"), Q("96%", 96, "%"), Q("124 xã, phường", 124, "xã, phường"),
 Q("2.150 cán bộ, chiến sĩ", 2150, "cán bộ, chiến sĩ"), Q("từ 8 cán bộ trở lên", 8, "cán bộ", "over"),
 Q("hơn 186.000 trường hợp", 186000, "trường hợp", "over"), Q("11 thanh niên", 11, "thanh niên"), Q("2 tập thể", 2, "tập thể"),
 Q("35 tập thể", 35, "tập thể"), Q("68 cá nhân", 68, "cá nhân"), Q("22 đại biểu", 22, "đại biểu")],
[D("Luật", "06", "2022/QH15", None, None, "Luật Thi đua, khen thưởng số 06/2022/QH15"),
 D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Quyết định", "1520", "QĐ-CAT", "2025-08-12", "Giám đốc Công an tỉnh", "Quyết định số 1520/QĐ-CAT ngày 12/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Minh Xuân"), com("Thượng Lâm")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Quốc phòng - An ninh",
 "Thiếu tướng Nông Quốc Cường trao cờ thi đua cho các tập thể. Ảnh: Thanh Phúc", "Vì an ninh Tổ quốc",
 "An toàn về an ninh, trật tự", "Vương quốc Mông", "Tổ dân phố 4 không", "Huân chương Bảo vệ Tổ quốc hạng Ba", "Lượt xem: 1.542"],
["Thứ Tư, 27/08/2025 - 10:15", "lần thứ IX", "giai đoạn 2020 - 2025", "5 năm", "60 ngày đêm", "4 không", "hạng Ba", "Lượt xem: 1.542"]))

PAGES.append(page("b9264-vinhlong-mttq-giamsat-lucluongcoso-2025", """
Báo Vĩnh Long điện tử
Trang chủ > Chính trị > Mặt trận
Cập nhật: 16:45, 18/09/2025 (GMT+7)
Đoàn giám sát làm việc tại phường Trà Vinh.
Giám sát hoạt động của lực lượng bảo vệ an ninh, trật tự ở cơ sở
Ngày 17/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long do bà Kim Thị Bô Pha, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 của Quốc hội tại phường Trà Vinh và xã Hòa Minh.
Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh và vận hành chính quyền địa phương hai cấp. Tham gia đoàn có đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy, Công an tỉnh, Sở Tài chính.
Theo báo cáo của Công an phường Trà Vinh, phường có 48 tổ bảo vệ an ninh, trật tự với 146 tổ viên; 100% tổ viên được tập huấn nghiệp vụ, cấp trang phục theo Nghị định số 40/2024/NĐ-CP ngày 16/4/2024 của Chính phủ. Từ đầu năm, lực lượng ở cơ sở đã tham gia 1.230 lượt tuần tra, hòa giải 27 vụ việc mâu thuẫn, phát hiện 9 vụ trộm cắp tài sản. Mức hỗ trợ hằng tháng đối với tổ trưởng là 1,8 triệu đồng, tổ viên 1,5 triệu đồng theo Nghị quyết số 12/2024/NQ-HĐND của HĐND tỉnh Trà Vinh (cũ).
Tại xã Hòa Minh, ông Thạch Sô Phi, Chủ tịch UBND xã, cho biết xã có đông đồng bào Khmer, địa bàn ven biển rộng nên lực lượng còn mỏng; một số tổ viên lớn tuổi, thiếu phương tiện. Thiếu tá Sơn Chanh Thu, Trưởng Công an xã Hòa Minh, đề nghị thống nhất mức hỗ trợ giữa các địa phương cũ để tổ viên yên tâm công tác. Ông Lâm Văn Sà, tổ trưởng tổ bảo vệ an ninh, trật tự ấp Giồng Giếng, kể có tháng tổ phải trực liền 12 đêm mùa nước lớn.
Phát biểu kết luận, bà Kim Thị Bô Pha ghi nhận Công an tỉnh đã chủ động tham mưu triển khai Luật và Kế hoạch số 88/KH-UBND ngày 22/7/2025 của UBND tỉnh về kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở sau sắp xếp. Đoàn đề nghị UBND tỉnh sớm trình HĐND tỉnh ban hành nghị quyết mới về mức hỗ trợ áp dụng chung toàn tỉnh; Ủy ban MTTQ các xã, phường phát huy vai trò Ban công tác Mặt trận ấp, khóm trong giám sát, phản biện theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư.
Đồng chí Nguyễn Văn Tâm, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị gắn hoạt động của lực lượng ở cơ sở với phong trào toàn dân bảo vệ an ninh Tổ quốc và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Ngọc Hân
Lượt xem: 402
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh ra mắt sau hợp nhất (02/07/2025)
- Phường Bến Tre: Đối thoại với người dân về thủ tục hành chính (10/09/2025)
- Mặt trận xã Long Hiệp vận động xây 5 căn nhà Đại đoàn kết (03/09/2025)
- Giám sát chính sách hỗ trợ người có uy tín (26/08/2025)
""", "2025-09-18", "Giám sát hoạt động của lực lượng bảo vệ an ninh, trật tự ở cơ sở",
E("giam_sat", None, "2025-09-17"),
[P("Kim Thị Bô Pha", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phi", "Chủ tịch UBND xã"),
 P("Sơn Chanh Thu", "Thiếu tá", "Trưởng Công an xã Hòa Minh"),
 P("Lâm Văn Sà", "tổ trưởng tổ bảo vệ an ninh, trật tự ấp Giồng Giếng"),
 P("Nguyễn Văn Tâm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("48 tổ bảo vệ an ninh, trật tự", 48, "tổ bảo vệ an ninh, trật tự"), Q("146 tổ viên", 146, "tổ viên"), Q("100%", 100, "%"),
 Q("1.230 lượt tuần tra", 1230, "lượt tuần tra"), Q("27 vụ việc mâu thuẫn", 27, "vụ việc mâu thuẫn"),
 Q("9 vụ trộm cắp tài sản", 9, "vụ trộm cắp tài sản"), Q("1,8 triệu đồng", 1800000, "đồng"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Luật", "30", "2023/QH15", None, "Quốc hội", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15"),
 D("Nghị định", "40", "2024/NĐ-CP", "2024-04-16", "Chính phủ", "Nghị định số 40/2024/NĐ-CP ngày 16/4/2024"),
 D("Nghị quyết", "12", "2024/NQ-HĐND", None, "HĐND tỉnh Trà Vinh", "Nghị quyết số 12/2024/NQ-HĐND"),
 D("Kế hoạch", "88", "KH-UBND", "2025-07-22", "UBND tỉnh", "Kế hoạch số 88/KH-UBND ngày 22/7/2025"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Trà Vinh"), com("Hòa Minh")],
["Báo Vĩnh Long điện tử", "Trang chủ > Chính trị > Mặt trận", "Đoàn giám sát làm việc tại phường Trà Vinh.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 402"],
["Cập nhật: 16:45, 18/09/2025 (GMT+7)", "12 đêm", "Lượt xem: 402"]))

PAGES.append(page("b9265-dongnai-ca-giaoban-q3-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH ĐỒNG NAI
Trang chủ / Tin tức / Phong trào toàn dân bảo vệ ANTQ
09/10/2025 - 08:30
Giữ vững bình yên vùng biên giới sau hợp nhất
Chiều 8/10, Công an tỉnh Đồng Nai tổ chức giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc quý III/2025, kết nối trực tuyến tới Công an 95 xã, phường. Đại tá Trần Hữu Phước, Phó Giám đốc Công an tỉnh chủ trì.
Đại tá Trần Hữu Phước chủ trì tại điểm cầu Công an tỉnh. Ảnh: Minh Trí
Theo báo cáo, quý III là quý đầu tiên tỉnh Đồng Nai (mới) vận hành chính quyền hai cấp trên cơ sở hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước. Công an tỉnh đã ban hành Kế hoạch 215, 216/KH-CAT về kiện toàn lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và về bảo đảm an ninh khu vực biên giới giáp Campuchia. Toàn tỉnh hiện có 3.612 tổ bảo vệ an ninh, trật tự với 10.540 thành viên; trong quý, nhân dân cung cấp 842 nguồn tin, giúp triệt xóa 23 điểm, tụ điểm ma túy và bắt 17 đối tượng truy nã.
Ở khu vực biên giới, Công an các xã Lộc Thành, Thiện Hưng, Bù Gia Mập phối hợp Đồn Biên phòng vận động đồng bào S'tiêng, Mnông, Khmer ký cam kết không xuất, nhập cảnh trái phép; đã có 1.420 hộ ký cam kết. Lực lượng Công an cũng hỗ trợ 3.860 người dân chỉnh sửa thông tin cư trú, cấp đổi giấy tờ sau khi thay đổi địa giới hành chính.
Tại buổi giao ban, đồng chí Điểu Thị Hồng, Bí thư Đảng ủy xã Bù Gia Mập, đề nghị Công an tỉnh tăng cường cán bộ biết tiếng S'tiêng; Thiếu tá Điểu Xiêm, Trưởng Công an xã Thiện Hưng, báo cáo mô hình "Sóc biên giới bình yên" với 4 tổ tự quản. Trung tá Nguyễn Thị Kim Yến, Trưởng Công an phường Trấn Biên, nêu cách làm "Camera an ninh kết nối" với 520 camera trong các khu phố.
Kết luận giao ban, Đại tá Trần Hữu Phước yêu cầu quý IV tập trung bảo đảm an ninh đại hội đại biểu Đảng bộ tỉnh, tuyệt đối không để xảy ra tình huống bất ngờ; tiếp tục thực hiện hướng dẫn số 12/HD-CAT-PV05 về tiêu chí đánh giá, xếp loại tổ bảo vệ an ninh, trật tự ở cơ sở; phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức Hội nghị người có uy tín trong đồng bào dân tộc thiểu số cuối năm.
Các ý kiến cũng nêu khó khăn: địa bàn nhiều xã sau sắp xếp rộng gấp ba, bốn lần trước, trong khi phương tiện đi lại, kinh phí hoạt động của các tổ bảo vệ an ninh, trật tự chưa được bố trí kịp; một số nơi còn lúng túng khi bàn giao hồ sơ từ Công an huyện cũ.
Đồng chí cũng biểu dương Công an xã Lộc Thành đã phối hợp nhân dân kịp thời phát hiện 2 vụ xuất cảnh trái phép trong tháng 8.
Minh Trí
Lượt xem: 687
Tin liên quan
- Công an xã Bù Đăng ra mắt mô hình "Tổ liên gia an toàn" (01/10/2025)
- Bình Phước: Ngày hội toàn dân bảo vệ ANTQ tại xã Lộc Ninh (19/08/2025)
- Trao 200 suất quà cho học sinh vùng biên (05/09/2025)
- Hội nghị giao ban quý II/2025 (07/07/2025)
""", "2025-10-09", "Giữ vững bình yên vùng biên giới sau hợp nhất",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Trần Hữu Phước", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Điểu Thị Hồng", "Bí thư Đảng ủy xã Bù Gia Mập"),
 P("Điểu Xiêm", "Thiếu tá", "Trưởng Công an xã Thiện Hưng"),
 P("Nguyễn Thị Kim Yến", "Trung tá", "Trưởng Công an phường Trấn Biên")],
[Q("95 xã, phường", 95, "xã, phường"), Q("3.612 tổ bảo vệ an ninh, trật tự", 3612, "tổ bảo vệ an ninh, trật tự"),
 Q("10.540 thành viên", 10540, "thành viên"), Q("842 nguồn tin", 842, "nguồn tin"), Q("23 điểm, tụ điểm ma túy", 23, "điểm, tụ điểm ma túy"),
 Q("17 đối tượng truy nã", 17, "đối tượng truy nã"), Q("1.420 hộ", 1420, "hộ"), Q("3.860 người dân", 3860, "người dân"),
 Q("4 tổ tự quản", 4, "tổ tự quản"), Q("520 camera", 520, "camera"), Q("2 vụ xuất cảnh trái phép", 2, "vụ xuất cảnh trái phép")],
[D("Kế hoạch", "215", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 215, 216/KH-CAT"),
 D("Kế hoạch", "216", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 215, 216/KH-CAT"),
 D("Hướng dẫn", "12", "HD-CAT-PV05", None, None, "hướng dẫn số 12/HD-CAT-PV05")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Lộc Thành"), com("Thiện Hưng"), com("Bù Gia Mập"), com("Trấn Biên")],
["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH ĐỒNG NAI", "Trang chủ / Tin tức / Phong trào toàn dân bảo vệ ANTQ",
 "Đại tá Trần Hữu Phước chủ trì tại điểm cầu Công an tỉnh. Ảnh: Minh Trí", "Sóc biên giới bình yên", "Camera an ninh kết nối", "Lượt xem: 687"],
["09/10/2025 - 08:30", "quý III/2025", "quý IV", "tháng 8", "Lượt xem: 687"]))

PAGES.append(page("b9266-quangngai-ca-baocao-danvan-2025", """
ĐẢNG BỘ TỈNH QUẢNG NGÃI - Trang thông tin điện tử
Chủ Nhật, 28/12/2025
Tin hoạt động | Công tác dân vận
23/12/2025 - 16:10
Toàn cảnh buổi làm việc.
Ban Thường vụ Tỉnh ủy nghe báo cáo công tác dân vận của lực lượng Công an năm 2025
Chiều 22/12, Ban Thường vụ Tỉnh ủy Quảng Ngãi làm việc, nghe Đảng ủy Công an tỉnh báo cáo kết quả công tác dân vận và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025. Đồng chí Y Ngọc Hương, Phó Bí thư Thường trực Tỉnh ủy chủ trì; dự có đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo của Đảng ủy Công an tỉnh do Đại tá Đinh Văn Lơ, Phó Bí thư Đảng ủy, Phó Giám đốc Công an tỉnh trình bày, tập trung vào các nội dung:
- Năm 2025, Công an tỉnh đã thực hiện sắp xếp bộ máy, không tổ chức Công an cấp huyện từ ngày 01/3/2025; sau hợp nhất hai tỉnh Quảng Ngãi và Kon Tum, bố trí 1.860 cán bộ, chiến sĩ về Công an 96 xã, phường, đặc khu.
- Thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Quy định 05, 06-QĐ/ĐU của Đảng ủy Công an tỉnh, lực lượng Công an đã tiếp 2.415 lượt công dân, tiếp nhận 638 đơn thư, giải quyết 602 đơn, đạt 94,4%.
- Toàn tỉnh có 1.512 mô hình "Dân vận khéo" trong lực lượng Công an, 38 mô hình được chọn làm điển hình cấp tỉnh; 2.940 tổ bảo vệ an ninh, trật tự ở cơ sở với 8.830 thành viên.
- Ở vùng đồng bào Xơ Đăng, Ba Na, Hrê, Cor, lực lượng Công an vận động thu hồi 210 khẩu súng tự chế; phối hợp xóa 146 căn nhà tạm, nhà dột nát trong phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", với số tiền hơn 7,3 tỷ đồng.
Thảo luận tại buổi làm việc, đồng chí A Pớt đề nghị Công an tỉnh chú trọng đào tạo tiếng Xơ Đăng, Hrê cho cán bộ Công an xã; bà Đinh Thị Bích, Chủ tịch UBND xã Ba Tơ, phản ánh một số thôn xa vẫn chưa có trụ sở làm việc cho tổ bảo vệ an ninh, trật tự. Thượng tá A Thuận, Trưởng Công an xã Đăk Tô, báo cáo mô hình "Làng không ma túy" ở 12 làng.
Kết luận, đồng chí Y Ngọc Hương ghi nhận kết quả nổi bật của lực lượng Công an trong năm đầu vận hành chính quyền hai cấp; yêu cầu năm 2026 thực hiện tốt Nghị quyết số 17-NQ/ĐH của Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; làm tốt công tác bảo đảm an ninh bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp.
Ban Tuyên giáo và Dân vận Tỉnh ủy
Lượt xem: 733
Tin khác
- Hội nghị người có uy tín tỉnh năm 2025 (16/12/2025)
- Măng Đen: Ra mắt mô hình "Dân vận khéo" trong du lịch (08/12/2025)
- Tỉnh ủy tổng kết công tác dân vận năm 2025 (05/12/2025)
- Trao 500 suất quà cho hộ nghèo đặc khu Lý Sơn (28/11/2025)
""", "2025-12-23", "Ban Thường vụ Tỉnh ủy nghe báo cáo công tác dân vận của lực lượng Công an năm 2025",
E("bao_cao", "2025", "2025-12-22"),
[P("Y Ngọc Hương", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Lơ", "Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an tỉnh"),
 P("Đinh Thị Bích", "Chủ tịch UBND xã Ba Tơ"),
 P("A Thuận", "Thượng tá", "Trưởng Công an xã Đăk Tô")],
[Q("1.860 cán bộ, chiến sĩ", 1860, "cán bộ, chiến sĩ"), Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"),
 Q("2.415 lượt công dân", 2415, "lượt công dân"), Q("638 đơn thư", 638, "đơn thư"), Q("602 đơn", 602, "đơn"), Q("94,4%", 94.4, "%"),
 Q("1.512 mô hình", 1512, "mô hình"), Q("38 mô hình", 38, "mô hình"),
 Q("2.940 tổ bảo vệ an ninh, trật tự", 2940, "tổ bảo vệ an ninh, trật tự"), Q("8.830 thành viên", 8830, "thành viên"),
 Q("210 khẩu súng tự chế", 210, "khẩu súng tự chế"), Q("146 căn nhà tạm, nhà dột nát", 146, "căn nhà tạm, nhà dột nát"),
 Q("hơn 7,3 tỷ đồng", 7300000000, "đồng", "over"), Q("12 làng", 12, "làng")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quy định", "05", "QĐ/ĐU", None, "Đảng ủy Công an tỉnh", "Quy định 05, 06-QĐ/ĐU"),
 D("Quy định", "06", "QĐ/ĐU", None, "Đảng ủy Công an tỉnh", "Quy định 05, 06-QĐ/ĐU"),
 D("Nghị quyết", "17", "NQ/ĐH", None, "Đại hội đại biểu Đảng bộ tỉnh lần thứ I", "Nghị quyết số 17-NQ/ĐH")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Ba Tơ"), com("Đăk Tô")],
["ĐẢNG BỘ TỈNH QUẢNG NGÃI - Trang thông tin điện tử", "Tin hoạt động | Công tác dân vận", "Toàn cảnh buổi làm việc.", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Làng không ma túy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lượt xem: 733"],
["Chủ Nhật, 28/12/2025", "23/12/2025 - 16:10", "năm 2025", "năm 2026", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa XVI", "Lượt xem: 733"]))

PAGES.append(page("b9267-gialai-cax-doithoai-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự | Xã hội
12/03/2026 - 15:30
Đối thoại để "nghe dân nói, nói dân hiểu" ở xã Ia Pia
Ngày 11/3, Đảng ủy, UBND và Công an xã Ia Pia (tỉnh Gia Lai) tổ chức hội nghị đối thoại với nhân dân năm 2026 về công tác bảo đảm an ninh, trật tự và thực hiện thủ tục hành chính sau sắp xếp đơn vị hành chính. Chủ trì có các đồng chí: Rơ Mah Thanh, Bí thư Đảng ủy xã; Siu Blơi, Chủ tịch UBND xã; Thiếu tá Nguyễn Văn Quân, Trưởng Công an xã.
Bí thư Đảng ủy xã Rơ Mah Thanh giải đáp ý kiến của người dân. Ảnh: Ksor Hương
Hơn 200 người dân đại diện cho 22 thôn, làng đã tham dự và nêu 31 ý kiến. Nhiều ý kiến liên quan đến việc cấp căn cước, đăng ký cư trú khi địa chỉ thay đổi; tình trạng lừa đảo qua mạng, giả danh Công an gọi điện yêu cầu cài ứng dụng; tranh chấp ranh giới rẫy giữa các hộ ở làng Dơ Nâu và làng Bi.
Ông Puih Hyao, người có uy tín làng Dơ Nâu, đề nghị Công an xã giúp bà con lớn tuổi cài đặt định danh điện tử; bà Kpă H'Nhoa, Chi hội trưởng Chi hội Phụ nữ làng Bi, phản ánh có 4 phụ nữ trong làng bị lừa chuyển tiền qua mạng với tổng số tiền khoảng 95 triệu đồng.
Trả lời các ý kiến, Thiếu tá Nguyễn Văn Quân cho biết từ ngày 01/7/2025 đến nay, Công an xã đã hỗ trợ 1.640 người dân chỉnh sửa thông tin cư trú, cấp mới 920 thẻ căn cước; tiếp nhận 6 vụ lừa đảo qua mạng, đã chuyển Công an tỉnh điều tra. Công an xã sẽ tổ chức "Ngày thứ Bảy cùng dân" tại các thôn, làng vào 2 ngày thứ Bảy cuối mỗi tháng. Đồng chí Siu Blơi cam kết UBND xã sẽ giải quyết dứt điểm vụ tranh chấp ranh giới rẫy trong quý II/2026.
Theo Đảng ủy xã, hội nghị được tổ chức theo Quy định số 11-QĐ/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; Quyết định 05, 06-QĐ/ĐU của Đảng ủy xã về quy chế tiếp dân, đối thoại và về chương trình công tác dân vận năm 2026. Đã có 25 ý kiến được trả lời trực tiếp tại hội nghị; 6 ý kiến được giao các bộ phận chuyên môn nghiên cứu, trả lời bằng văn bản trong 15 ngày.
Kết luận hội nghị, đồng chí Rơ Mah Thanh đề nghị mỗi đảng viên, cán bộ xã phát huy tinh thần "nghe dân nói, nói dân hiểu, làm dân tin"; cùng tổ bảo vệ an ninh, trật tự ở cơ sở và người có uy tín giữ bình yên buôn làng.
Ksor Hương
Lượt xem: 356
Tin liên quan
- Ia Grai: Công an xã ra mắt mô hình "Làng an toàn" (05/03/2026)
- Cảnh báo thủ đoạn giả danh Công an gọi điện lừa đảo (27/02/2026)
- Phường Quy Nhơn đối thoại với hộ kinh doanh (20/02/2026)
- Gặp mặt người có uy tín dịp Tết Bính Ngọ (06/02/2026)
""", "2026-03-12", "Đối thoại để \"nghe dân nói, nói dân hiểu\" ở xã Ia Pia",
E("doi_thoai", "2026", "2026-03-11"),
[P("Rơ Mah Thanh", "Bí thư Đảng ủy xã"),
 P("Siu Blơi", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Quân", "Thiếu tá", "Trưởng Công an xã"),
 P("Puih Hyao", "người có uy tín làng Dơ Nâu"),
 P("Kpă H'Nhoa", "Chi hội trưởng Chi hội Phụ nữ làng Bi")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("22 thôn, làng", 22, "thôn, làng"), Q("31 ý kiến", 31, "ý kiến"),
 Q("4 phụ nữ", 4, "phụ nữ"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("1.640 người dân", 1640, "người dân"),
 Q("920 thẻ căn cước", 920, "thẻ căn cước"), Q("6 vụ lừa đảo qua mạng", 6, "vụ lừa đảo qua mạng"),
 Q("25 ý kiến", 25, "ý kiến"), Q("6 ý kiến", 6, "ý kiến")],
[D("Quy định", "11", "QĐ/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐ/TW ngày 18/02/2019"),
 D("Quyết định", "05", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 05, 06-QĐ/ĐU"),
 D("Quyết định", "06", "QĐ/ĐU", None, "Đảng ủy xã", "Quyết định 05, 06-QĐ/ĐU")],
[prov("Gia Lai"), com("Ia Pia")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự | Xã hội", "Bí thư Đảng ủy xã Rơ Mah Thanh giải đáp ý kiến của người dân. Ảnh: Ksor Hương",
 "Ngày thứ Bảy cùng dân", "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 356"],
["12/03/2026 - 15:30", "năm 2026", "2 ngày thứ Bảy", "quý II/2026", "15 ngày", "Lượt xem: 356"]))

PAGES.append(page("b9268-cantho-ca-soket-h1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ
Thứ Hai, 13/07/2026
Trang chủ » Thời sự » An ninh - Trật tự
10/07/2026 | 17:05
Công an TP Cần Thơ triển khai nhiệm vụ 6 tháng cuối năm 2026
Ngày 9/7, Đảng ủy Công an thành phố Cần Thơ tổ chức hội nghị sơ kết công tác dân vận và phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2026. Đại tá Lê Văn Hòa, Phó Bí thư Đảng ủy, Phó Giám đốc Công an thành phố chủ trì; dự có bà Lâm Thị Sa Phươne, Thành ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Quang cảnh hội nghị sơ kết.
Sáu tháng đầu năm, lực lượng Công an thành phố đã bảo đảm tuyệt đối an toàn cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 tại 103 xã, phường. Thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Thành ủy về công tác dân vận ở vùng đồng bào Khmer và về phòng, chống tội phạm công nghệ cao, các đơn vị đã tổ chức 620 buổi tuyên truyền với khoảng 48.000 lượt người nghe; phối hợp 112 chùa Phật giáo Nam tông Khmer tuyên truyền phòng, chống lừa đảo qua mạng.
Toàn thành phố có 4.230 tổ bảo vệ an ninh, trật tự ở cơ sở; nhân dân cung cấp 1.306 nguồn tin, giúp làm rõ 74 vụ phạm pháp hình sự. Số vụ lừa đảo chiếm đoạt tài sản qua mạng giảm 18% so với cùng kỳ. Cán bộ, chiến sĩ đóng góp hơn 2,1 tỷ đồng xây 42 căn nhà "Mái ấm Công an" cho hộ nghèo ở phường Sóc Trăng, xã Lịch Hội Thượng, xã Phong Điền.
Tại hội nghị, các đồng chí Trưởng Công an xã: Thạch Rươne (Lịch Hội Thượng), Danh Thị Kiều (Phong Điền) và Trưởng Công an phường Vị Thanh Nguyễn Hoàng Phúc chia sẻ cách làm "mỗi ấp một nhóm Zalo an ninh". Hòa thượng Sơn Ngọc Huynh, trụ trì chùa Kh'leang, đề nghị Công an thành phố tiếp tục mở lớp tiếng Khmer cho cán bộ trẻ.
Phát biểu chỉ đạo, bà Lâm Thị Sa Phươne đề nghị lực lượng Công an thực hiện tốt Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026 ở 103 xã, phường.
Kết luận hội nghị, Đại tá Lê Văn Hòa yêu cầu 6 tháng cuối năm tiếp tục thực hiện Kế hoạch số 145/KH-CATP ngày 15/01/2026 của Công an thành phố về công tác dân vận năm 2026; chú trọng "Dân vận khéo" trong giải quyết thủ tục hành chính; phấn đấu trên 90% ấp, khu vực đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Dịp này, Giám đốc Công an thành phố tặng Giấy khen cho 16 tập thể, 29 cá nhân có thành tích xuất sắc.
Phạm Trung
Lượt xem: 1.018
Tin liên quan
- Phường Ninh Kiều: Ra mắt tổ bảo vệ ANTT kiểu mẫu (03/07/2026)
- Công an thành phố gặp mặt sư sãi dịp lễ Sene Dolta (25/06/2026)
- Vị Thanh: Tuyên truyền phòng, chống lừa đảo cho tiểu thương (15/06/2026)
- Hội nghị giao ban quý I/2026 (08/04/2026)
""", "2026-07-10", "Công an TP Cần Thơ triển khai nhiệm vụ 6 tháng cuối năm 2026",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Lê Văn Hòa", "Đại tá", "Phó Bí thư Đảng ủy", "Phó Giám đốc Công an thành phố"),
 P("Lâm Thị Sa Phươne", "Thành ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Thạch Rươne", "Trưởng Công an xã"), P("Danh Thị Kiều", "Trưởng Công an xã"),
 P("Nguyễn Hoàng Phúc", "Trưởng Công an phường Vị Thanh"),
 P("Sơn Ngọc Huynh", "Hòa thượng", "trụ trì chùa Kh'leang")],
[Q("103 xã, phường", 103, "xã, phường"), Q("620 buổi tuyên truyền", 620, "buổi tuyên truyền"),
 Q("khoảng 48.000 lượt người", 48000, "lượt người", "approx"), Q("112 chùa Phật giáo Nam tông Khmer", 112, "chùa Phật giáo Nam tông Khmer"),
 Q("4.230 tổ bảo vệ an ninh, trật tự ở cơ sở", 4230, "tổ bảo vệ an ninh, trật tự"), Q("1.306 nguồn tin", 1306, "nguồn tin"),
 Q("74 vụ phạm pháp hình sự", 74, "vụ phạm pháp hình sự"), Q("18%", 18, "%"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("42 căn nhà", 42, "căn nhà"), Q("trên 90%", 90, "%", "over"), Q("16 tập thể", 16, "tập thể"), Q("29 cá nhân", 29, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Kế hoạch", "145", "KH-CATP", "2026-01-15", "Công an thành phố", "Kế hoạch số 145/KH-CATP ngày 15/01/2026")],
[prov("Cần Thơ"), com("Vị Thanh"), com("Sóc Trăng"), com("Lịch Hội Thượng"), com("Phong Điền")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CẦN THƠ", "Trang chủ » Thời sự » An ninh - Trật tự", "Quang cảnh hội nghị sơ kết.",
 "Mái ấm Công an", "mỗi ấp một nhóm Zalo an ninh", "Dân vận khéo", "An toàn về an ninh, trật tự",
 "Ngày hội toàn dân bảo vệ an ninh Tổ quốc", "Lượt xem: 1.018"],
["Thứ Hai, 13/07/2026", "10/07/2026 | 17:05", "6 tháng đầu năm 2026", "6 tháng cuối năm", "khóa XVI", "nhiệm kỳ 2026 - 2031",
 "năm 2026", "Lượt xem: 1.018"]))
