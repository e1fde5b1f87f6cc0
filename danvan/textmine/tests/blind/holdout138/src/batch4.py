from lib import *
PAGES = []

PAGES.append(page("b3287-ninhbinh-btg-giamsat-dlxh-2024", """
Cổng thông tin điện tử Đảng bộ tỉnh Ninh Bình
Trang chủ - Hoạt động của Đảng bộ - Tuyên giáo
20/6/2024 | 15:55
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Nho Quan.
Giám sát việc thực hiện chế độ báo cáo dư luận xã hội tại Huyện ủy Nho Quan
Ngày 19/6, Đoàn giám sát của Ban Tuyên giáo Tỉnh ủy Ninh Bình do đồng chí Quách Thị Hương, Phó Trưởng Ban Tuyên giáo Tỉnh ủy làm trưởng đoàn, giám sát việc thực hiện Quy định số 07-QĐ/TU ngày 12/5/2021 của Ban Thường vụ Tỉnh ủy về chế độ thông tin, báo cáo dư luận xã hội và công tác báo cáo viên đối với Ban Thường vụ Huyện ủy Nho Quan.
Làm việc với đoàn có đồng chí Đinh Công Sáu, Phó Bí thư Thường trực Huyện ủy; đồng chí Bùi Văn Nhân, HUV, Trưởng Ban Tuyên giáo Huyện ủy; đồng chí Bùi Thị Thanh Thủy, Phó Trưởng Ban Tuyên giáo Huyện ủy.
Báo cáo của Huyện ủy cho biết, từ năm 2021 đến nay, huyện đã kiện toàn đội ngũ 34 báo cáo viên cấp huyện, 27 báo cáo viên đảng ủy cơ sở và 312 tuyên truyền viên ở các thôn, xóm, trong đó nhiều người là đồng bào Mường. Mạng lưới 45 cộng tác viên dư luận xã hội gửi báo cáo đều đặn hằng tháng; Ban Tuyên giáo Huyện ủy đã gửi 36 báo cáo dư luận xã hội định kỳ và 9 báo cáo đột xuất lên Ban Tuyên giáo Tỉnh ủy.
Hệ thống truyền thanh cơ sở ở 27 xã, thị trấn đã chuyển đổi 18 đài sang công nghệ thông tin - viễn thông với kinh phí hơn 4,1 tỷ đồng. Trong đợt chuẩn bị bầu cử trưởng thôn năm 2023, huyện dùng loa phát thanh phối hợp với cộng tác viên nắm bắt ý kiến, kịp thời giải đáp 126 ý kiến, kiến nghị của người dân.
Qua giám sát, đoàn chỉ ra một số hạn chế: có 5 cộng tác viên đã nghỉ hưu, chuyển công tác nhưng chưa được thay thế; báo cáo ở một số đảng ủy xã còn chung chung, thiếu đề xuất; việc ứng dụng mạng xã hội vào nắm bắt dư luận còn hạn chế.
Ông Bùi Văn Nhân, HUV, Trưởng Ban Tuyên giáo Huyện ủy Nho Quan, giải trình: huyện đã ban hành Kế hoạch số 98-KH/HU về bổ sung, kiện toàn mạng lưới cộng tác viên trong quý III/2024, trong đó mỗi xã có ít nhất 1 cộng tác viên là người trẻ, biết sử dụng mạng xã hội.
Kết luận buổi giám sát, đồng chí Quách Thị Hương ghi nhận nỗ lực của huyện; đề nghị Ban Thường vụ Huyện ủy tiếp tục thực hiện Chỉ thị 25, 26-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền miệng và về phát triển mạng lưới cộng tác viên dư luận xã hội, bảo đảm chế độ hỗ trợ cho tuyên truyền viên thôn theo Nghị quyết số 17/2023/NQ-HĐND của HĐND tỉnh.
Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 7/2024.
Thu Huyền
Tin khác
- Yên Mô: hội nghị báo cáo viên quý II (12/6/2024)
- Kim Sơn tập huấn cho cộng tác viên dư luận xã hội (05/6/2024)
- Tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (04/5/2024)
""", "2024-06-20", "Giám sát việc thực hiện chế độ báo cáo dư luận xã hội tại Huyện ủy Nho Quan",
E("giam_sat", None, "2024-06-19"),
[P("Quách Thị Hương", "Phó Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Đinh Công Sáu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Bùi Văn Nhân", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy", "Trưởng Ban Tuyên giáo Huyện ủy Nho Quan"),
 P("Bùi Thị Thanh Thủy", "Phó Trưởng Ban Tuyên giáo Huyện ủy")],
[Q("34 báo cáo viên cấp huyện", 34, "báo cáo viên cấp huyện"), Q("27 báo cáo viên đảng ủy cơ sở", 27, "báo cáo viên đảng ủy cơ sở"),
 Q("312 tuyên truyền viên", 312, "tuyên truyền viên"), Q("45 cộng tác viên dư luận xã hội", 45, "cộng tác viên dư luận xã hội"),
 Q("36 báo cáo dư luận xã hội định kỳ", 36, "báo cáo dư luận xã hội định kỳ"), Q("9 báo cáo đột xuất", 9, "báo cáo đột xuất"),
 Q("27 xã, thị trấn", 27, "xã, thị trấn"), Q("18 đài", 18, "đài"), Q("hơn 4,1 tỷ đồng", 4100000000, "đồng", "over"),
 Q("126 ý kiến, kiến nghị", 126, "ý kiến, kiến nghị"), Q("5 cộng tác viên", 5, "cộng tác viên"),
 Q("ít nhất 1 cộng tác viên", 1, "cộng tác viên", "over")],
[D("Quy định", "07", "QĐ/TU", "2021-05-12", "Ban Thường vụ Tỉnh ủy", "Quy định số 07-QĐ/TU ngày 12/5/2021"),
 D("Kế hoạch", "98", "KH/HU", None, "Huyện ủy", "Kế hoạch số 98-KH/HU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 25, 26-CT/TU"),
 D("Nghị quyết", "17", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 17/2023/NQ-HĐND")],
[prov("Ninh Bình")],
["Cổng thông tin điện tử Đảng bộ tỉnh Ninh Bình", "Trang chủ - Hoạt động của Đảng bộ - Tuyên giáo",
 "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Nho Quan.", "Chiến thắng Điện Biên Phủ"],
["20/6/2024 | 15:55", "năm 2021", "năm 2023", "quý III/2024", "tháng 7/2024"]))

PAGES.append(page("b3288-haugiang-sttt-taphuan-dai-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội
11/10/2024 - 08:30
Tập huấn nghiệp vụ cho cán bộ đài truyền thanh cấp xã năm 2024
Ngày 10/10/2024, Sở Thông tin và Truyền thông tỉnh Hậu Giang phối hợp với Ban Tuyên giáo Tỉnh ủy khai mạc lớp tập huấn nghiệp vụ thông tin cơ sở năm 2024 cho 75 học viên là cán bộ phụ trách đài truyền thanh cấp xã, tuyên truyền viên ấp và cộng tác viên dư luận xã hội. Lớp học diễn ra trong 3 ngày.
Học viên thực hành biên tập tin trên phần mềm quản lý đài.
Phát biểu khai mạc, ông Nguyễn Văn Út, Phó Giám đốc Sở Thông tin và Truyền thông, cho biết: toàn tỉnh có 75/75 xã, phường, thị trấn có đài truyền thanh; trong đó 52 đài ứng dụng công nghệ thông tin - viễn thông, tăng 19 đài so với năm 2023. Tổng kinh phí đầu tư giai đoạn 2022 - 2024 khoảng 9,8 tỷ đồng, từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới và nguồn ngân sách tỉnh theo Quyết định số 135/QĐ-TTg ngày 20/01/2020 của Thủ tướng Chính phủ.
Học viên được hướng dẫn kỹ năng viết tin, bài phát thanh ngắn; cách đọc tin; sử dụng phần mềm phát thanh qua điện thoại; kỹ năng nắm bắt và phản ánh dư luận từ các buổi phát thanh có tương tác với người nghe. Bà Lê Thị Bích Vân, Trưởng phòng Dư luận xã hội Ban Tuyên giáo Tỉnh ủy, giới thiệu Hướng dẫn số 72-HD/BTGTU về chế độ báo cáo dư luận xã hội hằng tháng và yêu cầu các đài cấp xã ghi lại ý kiến, thắc mắc của người nghe gửi về ban tuyên giáo cấp huyện trước ngày 15.
Ở những xã có đông đồng bào Khmer như xã Phương Bình, xã Hòa An, đài xã đã phát chương trình song ngữ Việt - Khmer mỗi tuần 3 buổi. Ông Danh Sô Phết, tuyên truyền viên ấp Mỹ Phú, xã Phương Bình, cho biết từ khi có bản tin tiếng Khmer, bà con trong sóc tham gia họp ấp đông hơn. Chị Thạch Thị Mỹ Duyên, cán bộ văn hóa - xã hội xã Hòa An, chia sẻ: mỗi tháng đài xã nhận khoảng 40 cuộc gọi phản ánh của người dân về đường sá, nước sạch và giá lúa.
Ông Trần Minh Khoa, Chủ tịch UBND xã Vị Thủy, kiến nghị tỉnh bổ sung chế độ hỗ trợ cho người trực đài, hiện xã chi khoảng 1,5 triệu đồng/tháng từ nguồn ngân sách xã, chưa đủ giữ người.
Cuối lớp tập huấn, học viên làm bài kiểm tra; những học viên đạt yêu cầu sẽ được cấp giấy chứng nhận. Sở Thông tin và Truyền thông cũng trao 10 bộ micro không dây cho các đài xã có nhiều hoạt động tương tác.
Ông Nguyễn Văn Út đề nghị các địa phương thực hiện Kế hoạch số 210/KH-UBND ngày 15/8/2024 của UBND tỉnh về chuyển đổi số trong hoạt động thông tin cơ sở, phấn đấu đến hết năm 2025 có 100% đài truyền thanh cấp xã ứng dụng công nghệ thông tin - viễn thông.
Ngọc Mai
Lượt xem: 466
Tin liên quan
- Long Mỹ: hội nghị báo cáo viên quý III (30/09/2024)
- Vị Thanh ra mắt đài truyền thanh thông minh (20/09/2024)
- Tập huấn cộng tác viên dư luận xã hội khu vực Ngã Bảy (05/09/2024)
""", "2024-10-11", "Tập huấn nghiệp vụ cho cán bộ đài truyền thanh cấp xã năm 2024",
E("tap_huan", "2024", "2024-10-10"),
[P("Nguyễn Văn Út", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Lê Thị Bích Vân", "Trưởng phòng Dư luận xã hội Ban Tuyên giáo Tỉnh ủy"),
 P("Danh Sô Phết", "tuyên truyền viên ấp Mỹ Phú"),
 P("Thạch Thị Mỹ Duyên", "cán bộ văn hóa - xã hội xã Hòa An"),
 P("Trần Minh Khoa", "Chủ tịch UBND xã Vị Thủy")],
[Q("75 học viên", 75, "học viên"), Q("75/75 xã, phường, thị trấn", 75, "xã, phường, thị trấn"), Q("52 đài", 52, "đài"),
 Q("19 đài", 19, "đài"), Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"),
 Q("khoảng 40 cuộc gọi phản ánh", 40, "cuộc gọi phản ánh", "approx"),
 Q("khoảng 1,5 triệu đồng/tháng", 1500000, "đồng", "approx"), Q("10 bộ micro không dây", 10, "bộ micro không dây"),
 Q("100% đài truyền thanh cấp xã", 100, "%")],
[D("Quyết định", "135", "QĐ-TTg", "2020-01-20", "Thủ tướng Chính phủ", "Quyết định số 135/QĐ-TTg ngày 20/01/2020"),
 D("Hướng dẫn", "72", "HD/BTGTU", None, None, "Hướng dẫn số 72-HD/BTGTU"),
 D("Kế hoạch", "210", "KH-UBND", "2024-08-15", "UBND tỉnh", "Kế hoạch số 210/KH-UBND ngày 15/8/2024")],
[prov("Hậu Giang"), com("Phương Bình"), com("Hòa An"), com("Vị Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG", "Trang chủ | Tin tức - Sự kiện | Văn hóa - Xã hội",
 "Học viên thực hành biên tập tin trên phần mềm quản lý đài.", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 466"],
["11/10/2024 - 08:30", "năm 2024", "3 ngày", "năm 2023", "giai đoạn 2022 - 2024", "ngày 15", "3 buổi", "năm 2025", "Lượt xem: 466"]))

PAGES.append(page("b3289-tuyenquang-btgdv-taphuan-xa-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Chính trị › Xây dựng Đảng
Thứ Sáu, 22/08/2025 - 06:15
Bồi dưỡng nghiệp vụ cho báo cáo viên, cộng tác viên dư luận xã hội cấp xã sau sắp xếp
TTV - Trong 2 ngày 20 - 21/8, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức lớp bồi dưỡng nghiệp vụ công tác tuyên truyền miệng và dư luận xã hội năm 2025 cho 248 học viên là báo cáo viên, cộng tác viên dư luận xã hội của 124 xã, phường sau sắp xếp đơn vị hành chính. Lớp học được tổ chức tại 2 điểm: phường Minh Xuân và phường Hà Giang 1.
Các học viên tham gia lớp bồi dưỡng tại điểm phường Hà Giang 1.
Dự khai giảng có các đồng chí: Ma Thế Hồng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Giàng Thị Dúa, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Bàn Văn Lìn, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch.
Đồng chí Ma Thế Hồng cho biết, sau khi hợp nhất tỉnh và tổ chức chính quyền địa phương 2 cấp từ ngày 1/7/2025, đội ngũ báo cáo viên cấp huyện không còn; tỉnh đang kiện toàn 1 đội ngũ báo cáo viên cấp tỉnh và mạng lưới báo cáo viên đảng ủy xã, phường. Theo Kế hoạch số 09-KH/BTGDVTU ngày 15/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, mỗi xã, phường bố trí ít nhất 3 báo cáo viên và 2 cộng tác viên dư luận xã hội; thực hiện báo cáo dư luận xã hội hằng tháng trước ngày 20.
Học viên được nghe giới thiệu Quy định số 296-QĐ/TW ngày 30/5/2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng; chuyên đề về kỹ năng tuyên truyền trên nền tảng số, nắm bắt dư luận về việc sắp xếp bộ máy, về trụ sở làm việc và thủ tục hành chính ở các xã mới.
Chia sẻ tại lớp học, đồng chí Vàng Seo Chứ, Phó Bí thư Đảng ủy xã Mèo Vạc, cho biết xã mới có diện tích lớn, nhiều thôn cách trung tâm hơn 30 km; xã đã duy trì 46 cụm loa truyền thanh và lập 37 nhóm Zalo thôn để thông tin kịp thời. Bà Triệu Thị Chiêm, cộng tác viên dư luận xã hội xã Hồng Thái, người Dao, kể: trong tháng đầu vận hành xã mới, bà ghi nhận khoảng 60 ý kiến của bà con về việc đi lại làm thủ tục; phần lớn đã được xã giải đáp qua loa.
Đồng chí Lương Văn Đông, Bí thư Đảng ủy xã Yên Sơn nhiệm kỳ 2025 - 2030, đề nghị tỉnh sớm ban hành chế độ hỗ trợ cho báo cáo viên cấp xã, vì hiện nhiều xã chưa có kinh phí bồi dưỡng.
Kết thúc lớp học, 248 học viên được cấp giấy chứng nhận; Ban Tuyên giáo và Dân vận Tỉnh ủy trao 124 bộ tài liệu tuyên truyền cho các xã, phường, mỗi bộ gồm 5 cuốn tài liệu song ngữ Việt - Mông, Việt - Dao.
Hồng Nhung
Lượt xem: 1.028
Tin cùng chuyên mục
- Tuyên Quang công bố quyết định thành lập các đảng bộ xã, phường (30/06/2025)
- Hội nghị báo cáo viên tháng 7/2025 (25/07/2025)
- Tuyên truyền về sắp xếp đơn vị hành chính qua loa truyền thanh (10/07/2025)
""", "2025-08-22", "Bồi dưỡng nghiệp vụ cho báo cáo viên, cộng tác viên dư luận xã hội cấp xã sau sắp xếp",
E("tap_huan", "2025", "2025-08-20"),
[P("Ma Thế Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Dúa", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bàn Văn Lìn", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Vàng Seo Chứ", "Phó Bí thư Đảng ủy xã Mèo Vạc"),
 P("Triệu Thị Chiêm", "cộng tác viên dư luận xã hội xã Hồng Thái"),
 P("Lương Văn Đông", "Bí thư Đảng ủy xã Yên Sơn nhiệm kỳ 2025 - 2030")],
[Q("248 học viên", 248, "học viên"), Q("124 xã, phường", 124, "xã, phường"), Q("2 điểm", 2, "điểm"),
 Q("ít nhất 3 báo cáo viên", 3, "báo cáo viên", "over"), Q("2 cộng tác viên dư luận xã hội", 2, "cộng tác viên dư luận xã hội", "over"),
 Q("hơn 30 km", 30, "km", "over"), Q("46 cụm loa truyền thanh", 46, "cụm loa truyền thanh"), Q("37 nhóm Zalo thôn", 37, "nhóm Zalo thôn"),
 Q("khoảng 60 ý kiến", 60, "ý kiến", "approx"), Q("124 bộ tài liệu tuyên truyền", 124, "bộ tài liệu tuyên truyền"),
 Q("5 cuốn tài liệu song ngữ Việt - Mông, Việt - Dao", 5, "cuốn tài liệu song ngữ Việt - Mông, Việt - Dao")],
[D("Kế hoạch", "09", "KH/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 09-KH/BTGDVTU ngày 15/7/2025"),
 D("Quy định", "296", "QĐ/TW", "2025-05-30", "Ban Chấp hành Trung ương", "Quy định số 296-QĐ/TW ngày 30/5/2025")],
[prov("Tuyên Quang"), com("Minh Xuân"), com("Hà Giang 1"), com("Mèo Vạc"), com("Hồng Thái"), com("Yên Sơn")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Chính trị › Xây dựng Đảng", "TTV",
 "Các học viên tham gia lớp bồi dưỡng tại điểm phường Hà Giang 1.", "Lượt xem: 1.028"],
["Thứ Sáu, 22/08/2025 - 06:15", "2 ngày", "năm 2025", "2 cấp", "ngày 1/7/2025", "1 đội ngũ", "ngày 20", "nhiệm kỳ 2025 - 2030", "Lượt xem: 1.028"]))

PAGES.append(page("b3290-lamdong-btgdv-giaoban-thang9-2025", """
ĐẢNG BỘ TỈNH LÂM ĐỒNG
Trang chủ / Tuyên giáo - Dân vận / Dư luận xã hội
Ngày 08/10/2025 | 14:40
Ảnh: Quang cảnh hội nghị tại điểm cầu chính.
Nắm chắc tâm tư người dân khi vận hành chính quyền địa phương 2 cấp
Sáng 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị giao ban trực tuyến công tác dư luận xã hội tháng 9 năm 2025 với 124 điểm cầu xã, phường, đặc khu. Đồng chí K'Sang, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Báo cáo tại hội nghị cho biết, tháng 9, mạng lưới 496 cộng tác viên dư luận xã hội của tỉnh mới (hợp nhất từ Lâm Đồng, Đắk Nông và Bình Thuận) đã gửi 1.103 báo cáo, đạt 88,9%. Dư luận tập trung vào thời gian giải quyết hồ sơ đất đai ở các xã mới, việc đi lại xa của người dân vùng sâu, giá cà phê và sầu riêng biến động, ảnh hưởng của mưa lớn làm sạt lở 8 điểm trên tuyến đèo Bảo Lộc.
Qua hệ thống 3.260 cụm loa truyền thanh và các nhóm Zalo khu dân cư, cơ sở đã giải đáp khoảng 2.400 thắc mắc của người dân về thủ tục hành chính. Tuy nhiên, 17 xã chưa gửi báo cáo đúng hạn; một số báo cáo còn sao chép số liệu cũ của huyện trước khi sắp xếp, chưa phản ánh đúng địa bàn mới.
Tại hội nghị, các cộng tác viên Điểu Thị Nhung, Y Thị Bích - xã Quảng Tân, phản ánh đồng bào Mnông ở các bon xa lo lắng vì chưa rõ nơi nộp hồ sơ vay vốn. Đồng chí Bon Niêng Ha Thu, Phó Bí thư Đảng ủy phường Lang Biang - Đà Lạt, cho biết phường đã tổ chức 12 buổi phát thanh hỏi - đáp về chính quyền 2 cấp. Đồng chí Lâm Thị Xuân, Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Cửa, nêu ngư dân quan tâm giá nhiên liệu và chính sách hỗ trợ theo Nghị định số 37/2024/NĐ-CP.
Ông Thập Văn Phú, người có uy tín thôn Lạc Trị, xã Phan Rí Cửa, đồng bào Chăm, kiến nghị bố trí tài liệu tuyên truyền bằng tiếng Chăm và phát thêm chương trình tiếng Chăm trên loa vào buổi tối, khi bà con đi biển, đi rẫy đã về nhà.
Kết luận giao ban, đồng chí K'Sang đề nghị các đảng ủy xã, phường thực hiện nghiêm Hướng dẫn số 15-HD/BTGDVTU ngày 1/9/2025 về chế độ báo cáo dư luận xã hội hằng tháng; báo cáo phải gửi trước ngày 25, có ít nhất 3 đề xuất cụ thể; tham mưu thực hiện Kết luận số 150, 151-KL/TW của Bộ Chính trị về công tác tuyên truyền phục vụ sắp xếp tổ chức bộ máy. Tháng 10/2025, Ban sẽ khảo sát dư luận với khoảng 3.000 phiếu tại 20 xã, phường về sự hài lòng của người dân.
Kim Oanh
Số lượt xem: 812
Tin khác
- Lâm Đồng: hội nghị báo cáo viên tháng 9/2025 (25/09/2025)
- Ra mắt Ban Tuyên giáo và Dân vận các đảng ủy xã (02/07/2025)
- Bảo Lộc tập huấn cộng tác viên dư luận xã hội (12/06/2025)
""", "2025-10-08", "Nắm chắc tâm tư người dân khi vận hành chính quyền địa phương 2 cấp",
E("giao_ban", "2025-09", "2025-10-07"),
[P("K'Sang", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Nhung", "cộng tác viên"), P("Y Thị Bích", "cộng tác viên"),
 P("Bon Niêng Ha Thu", "Phó Bí thư Đảng ủy phường Lang Biang - Đà Lạt"),
 P("Lâm Thị Xuân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phan Rí Cửa"),
 P("Thập Văn Phú", "người có uy tín thôn Lạc Trị")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"),
 Q("496 cộng tác viên dư luận xã hội", 496, "cộng tác viên dư luận xã hội"), Q("1.103 báo cáo", 1103, "báo cáo"),
 Q("88,9%", 88.9, "%"), Q("8 điểm", 8, "điểm"), Q("3.260 cụm loa truyền thanh", 3260, "cụm loa truyền thanh"),
 Q("khoảng 2.400 thắc mắc", 2400, "thắc mắc", "approx"), Q("17 xã", 17, "xã"),
 Q("12 buổi phát thanh hỏi - đáp", 12, "buổi phát thanh hỏi - đáp"),
 Q("ít nhất 3 đề xuất cụ thể", 3, "đề xuất cụ thể", "over"), Q("khoảng 3.000 phiếu", 3000, "phiếu", "approx"),
 Q("20 xã, phường", 20, "xã, phường")],
[D("Nghị định", "37", "2024/NĐ-CP", None, None, "Nghị định số 37/2024/NĐ-CP"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", "2025-09-01", None, "Hướng dẫn số 15-HD/BTGDVTU ngày 1/9/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150, 151-KL/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Tân"), com("Lang Biang - Đà Lạt"), com("Phan Rí Cửa")],
["ĐẢNG BỘ TỈNH LÂM ĐỒNG", "Trang chủ / Tuyên giáo - Dân vận / Dư luận xã hội", "Ảnh: Quang cảnh hội nghị tại điểm cầu chính.",
 "đèo Bảo Lộc", "Số lượt xem: 812"],
["Ngày 08/10/2025 | 14:40", "2 cấp", "tháng 9 năm 2025", "Tháng 10/2025", "ngày 25", "Số lượt xem: 812"]))

PAGES.append(page("b3291-vinhlong-btgdv-tongket-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ » Chính trị » Tuyên giáo - Dân vận
Hôm nay: Thứ Hai, 19/01/2026
Thứ Sáu, 16/01/2026, 19:20
Đồng chí Huỳnh Thị Kim Ngân phát biểu chỉ đạo hội nghị.
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026
Ngày 15/1/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức hội nghị tổng kết công tác tuyên giáo, dư luận xã hội và báo cáo viên năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Huỳnh Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có 150 đồng chí là bí thư, phó bí thư các đảng ủy xã, phường và cộng tác viên tiêu biểu.
Năm 2025 là năm đặc biệt khi tỉnh Vĩnh Long mới được thành lập trên cơ sở hợp nhất 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy chế 02-QC/TU ngày 18/7/2025 về hoạt động của đội ngũ báo cáo viên và Quy chế 03-QC/TU ngày 18/7/2025 về mạng lưới cộng tác viên dư luận xã hội; kiện toàn 68 báo cáo viên cấp tỉnh và 1.240 báo cáo viên cấp xã ở 124 xã, phường.
Mạng lưới 612 cộng tác viên dư luận xã hội đã gửi hơn 6.800 báo cáo; Ban tổng hợp 12 báo cáo định kỳ, 21 báo cáo nhanh, phục vụ Thường trực Tỉnh ủy trong thời gian sắp xếp bộ máy. Kết quả khảo sát 4.500 phiếu cho thấy 91,3% người dân hài lòng với việc giải quyết thủ tục hành chính tại các xã mới. Hệ thống loa ở 124/124 xã, phường phát chương trình "Chính quyền 2 cấp - hỏi gì, đáp nấy", trong đó có 28 xã phát song ngữ Việt - Khmer.
Tại hội nghị, đồng chí Kim Thị Sô Phi, Bí thư Đảng ủy xã Tiểu Cần, kể xã đã mời 14 vị sư cả, Achar tham gia tuyên truyền trong các chùa Khmer. Đồng chí Thạch Sa Phia, Phó Bí thư Thường trực Đảng ủy phường Trà Vinh, đề nghị bổ sung kinh phí thay 35 cụm loa hư hỏng sau triều cường. Ông Lê Văn Bảy, cộng tác viên dư luận xã hội phường Phú Khương, phản ánh việc tin giả về "thu hồi sổ đỏ cũ" gây hoang mang, cần phản bác nhanh hơn.
Phát biểu chỉ đạo, đồng chí Huỳnh Thị Kim Ngân đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội I Đảng bộ tỉnh; thực hiện Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tuyên truyền miệng và về nắm bắt dư luận xã hội; mỗi xã, phường có ít nhất 5 cộng tác viên dư luận xã hội; duy trì báo cáo tháng trước ngày 22.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể và 32 cá nhân, mỗi cá nhân được thưởng 500.000 đồng.
Khánh Duy
Lượt xem: 1.931
Tin liên quan
- Hội nghị báo cáo viên Tỉnh ủy tháng 12/2025 (26/12/2025)
- Trà Ôn: ra mắt tổ cộng tác viên dư luận xã hội (15/12/2025)
- Vĩnh Long tập huấn kỹ năng phản bác thông tin xấu độc (05/12/2025)
""", "2026-01-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Huỳnh Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sô Phi", "Bí thư Đảng ủy xã Tiểu Cần"),
 P("Thạch Sa Phia", "Phó Bí thư Thường trực Đảng ủy phường Trà Vinh"),
 P("Lê Văn Bảy", "cộng tác viên dư luận xã hội phường Phú Khương")],
[Q("150 đồng chí", 150, "đồng chí"), Q("3 tỉnh", 3, "tỉnh"), Q("68 báo cáo viên cấp tỉnh", 68, "báo cáo viên cấp tỉnh"),
 Q("1.240 báo cáo viên cấp xã", 1240, "báo cáo viên cấp xã"), Q("124 xã, phường", 124, "xã, phường"),
 Q("612 cộng tác viên dư luận xã hội", 612, "cộng tác viên dư luận xã hội"), Q("hơn 6.800 báo cáo", 6800, "báo cáo", "over"),
 Q("12 báo cáo định kỳ", 12, "báo cáo định kỳ"), Q("21 báo cáo nhanh", 21, "báo cáo nhanh"), Q("4.500 phiếu", 4500, "phiếu"),
 Q("91,3%", 91.3, "%"), Q("28 xã", 28, "xã"), Q("14 vị sư cả, Achar", 14, "vị sư cả, Achar"),
 Q("35 cụm loa", 35, "cụm loa"), Q("ít nhất 5 cộng tác viên dư luận xã hội", 5, "cộng tác viên dư luận xã hội", "over"),
 Q("16 tập thể", 16, "tập thể"), Q("32 cá nhân", 32, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy chế", "02", "QC/TU", "2025-07-18", "Ban Thường vụ Tỉnh ủy", "Quy chế 02-QC/TU ngày 18/7/2025"),
 D("Quy chế", "03", "QC/TU", "2025-07-18", "Ban Thường vụ Tỉnh ủy", "Quy chế 03-QC/TU ngày 18/7/2025"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tiểu Cần"), com("Trà Vinh"), com("Phú Khương")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ » Chính trị » Tuyên giáo - Dân vận", "Hôm nay: Thứ Hai, 19/01/2026",
 "Đồng chí Huỳnh Thị Kim Ngân phát biểu chỉ đạo hội nghị.", "Chính quyền 2 cấp - hỏi gì, đáp nấy",
 "Nghị quyết Đại hội XIV của Đảng", "Nghị quyết Đại hội I Đảng bộ tỉnh", "Lượt xem: 1.931"],
["Hôm nay: Thứ Hai, 19/01/2026", "Thứ Sáu, 16/01/2026, 19:20", "150 đồng chí", "năm 2026", "năm 2025", "Đại hội XIV", "Đại hội I", "ngày 22", "Lượt xem: 1.931"]))

PAGES.append(page("b3292-dongnai-xadako-giaoban-q1-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK Ơ - TỈNH ĐỒNG NAI
Chủ Nhật, 05/04/2026
Trang chủ - Tin tức - Hoạt động Đảng ủy
Đăng ngày: 03/04/2026 | 10:12
Đảng ủy xã Đăk Ơ giao ban công tác tuyên giáo, dân vận
Chiều 2/4, Đảng ủy xã Đăk Ơ, tỉnh Đồng Nai tổ chức hội nghị giao ban công tác tuyên giáo, dân vận quý I năm 2026, kết hợp hội nghị báo cáo viên định kỳ. Đồng chí Điểu Xiêng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã chủ trì; dự có 46 đồng chí là báo cáo viên, cộng tác viên dư luận xã hội, bí thư chi bộ và trưởng các ấp, sóc.
Toàn cảnh hội nghị giao ban quý I.
Theo báo cáo của Ban Xây dựng Đảng Đảng ủy xã, quý I, xã đã tổ chức 18 buổi tuyên truyền về kết quả Đại hội XIV của Đảng, bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 với khoảng 2.700 lượt người tham dự. Hệ thống 22 cụm loa do Trung tâm Dịch vụ tổng hợp xã quản lý phát thanh mỗi ngày 2 buổi, trong đó có chương trình tiếng S'tiêng vào tối thứ Bảy.
Mạng lưới 9 cộng tác viên dư luận xã hội gửi 27 báo cáo; Đảng ủy đã tổng hợp 3 báo cáo dư luận xã hội hằng tháng gửi Ban Tuyên giáo và Dân vận Tỉnh ủy. Người dân quan tâm giá hạt điều, giá cao su giảm, việc cấp giấy chứng nhận quyền sử dụng đất cho khoảng 130 hộ đồng bào S'tiêng, và tin đồn về việc "thu hồi đất rẫy làm khu bảo tồn".
Các đồng chí Thị Bích, Điểu Thanh Hải, Lâm Văn Khánh - Bí thư Chi bộ ấp cho biết, ở các ấp Bù Lư, Bù Tam, Đăk Lim, nhờ cụm loa và tổ Zalo ấp, bà con không tin theo tin đồn; nhiều hộ đã chủ động lên xã hỏi trực tiếp cán bộ địa chính trước khi bán rẫy. Bà Thị Hoa, người có uy tín sóc Bù Ka, đề nghị xã phát thêm bản tin về cách phòng bệnh cho cây điều. Đồng chí Nguyễn Văn Thạch, Phó Chủ tịch UBND xã, giải đáp: xã đã giải quyết 41/56 hồ sơ cấp giấy chứng nhận; số còn lại đang chờ đo đạc.
Phát biểu kết luận, đồng chí Điểu Xiêng đề nghị các chi bộ thực hiện Kế hoạch số 12-KH/ĐU ngày 5/1/2026 của Đảng ủy xã về công tác tuyên truyền miệng năm 2026 và Công văn số 38-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về chế độ báo cáo dư luận xã hội; mỗi ấp, sóc có ít nhất 1 cộng tác viên; báo cáo gửi về Đảng ủy trước ngày 18 hằng tháng. Xã bố trí 36 triệu đồng năm 2026 để hỗ trợ hoạt động của báo cáo viên và cộng tác viên dư luận xã hội.
Cũng tại hội nghị, Ủy ban MTTQ Việt Nam xã thông tin kết quả vận động Quỹ "Vì người nghèo" quý I đạt hơn 85 triệu đồng.
Ban Xây dựng Đảng Đảng ủy xã
Lượt xem: 214
Tin khác
- Xã Đăk Ơ ra mắt tổ cộng tác viên dư luận xã hội (20/03/2026)
- Tuyên truyền bầu cử bằng tiếng S'tiêng (05/03/2026)
- Hội nghị báo cáo viên tháng 2/2026 (26/02/2026)
""", "2026-04-03", "Đảng ủy xã Đăk Ơ giao ban công tác tuyên giáo, dân vận",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Điểu Xiêng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thị Bích", "Bí thư Chi bộ ấp"),
 P("Điểu Thanh Hải", "Bí thư Chi bộ ấp"),
 P("Lâm Văn Khánh", "Bí thư Chi bộ ấp"),
 P("Thị Hoa", "người có uy tín sóc Bù Ka"),
 P("Nguyễn Văn Thạch", "Phó Chủ tịch UBND xã")],
[Q("46 đồng chí", 46, "đồng chí"), Q("18 buổi tuyên truyền", 18, "buổi tuyên truyền"),
 Q("khoảng 2.700 lượt người", 2700, "lượt người", "approx"), Q("22 cụm loa", 22, "cụm loa"),
 Q("9 cộng tác viên dư luận xã hội", 9, "cộng tác viên dư luận xã hội"), Q("27 báo cáo", 27, "báo cáo"),
 Q("3 báo cáo dư luận xã hội hằng tháng", 3, "báo cáo dư luận xã hội hằng tháng"),
 Q("khoảng 130 hộ đồng bào S'tiêng", 130, "hộ đồng bào S'tiêng", "approx"), Q("41/56 hồ sơ", 41, "hồ sơ"),
 Q("ít nhất 1 cộng tác viên", 1, "cộng tác viên", "over"), Q("36 triệu đồng", 36000000, "đồng"),
 Q("hơn 85 triệu đồng", 85000000, "đồng", "over")],
[D("Kế hoạch", "12", "KH/ĐU", "2026-01-05", "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU ngày 5/1/2026"),
 D("Công văn", "38", "CV/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Công văn số 38-CV/BTGDVTU")],
[prov("Đồng Nai"), com("Đăk Ơ")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK Ơ - TỈNH ĐỒNG NAI", "Trang chủ - Tin tức - Hoạt động Đảng ủy", "Toàn cảnh hội nghị giao ban quý I.",
 "Trung tâm Dịch vụ tổng hợp xã", "Vì người nghèo", "Ban Xây dựng Đảng Đảng ủy xã", "Lượt xem: 214"],
["Chủ Nhật, 05/04/2026", "Đăng ngày: 03/04/2026 | 10:12", "46 đồng chí", "quý I năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "2 buổi", "năm 2026", "ngày 18", "Lượt xem: 214"]))
