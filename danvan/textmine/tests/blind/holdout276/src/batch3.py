from lib import *
PAGES = []

PAGES.append(page("b6593-binhdinh-giamsat-doidu-2022", """
Báo Bình Định điện tử
Trang chủ | Chính trị | Xây dựng Đảng
Thứ Năm, 18/8/2022 | 17:10
Giám sát chính sách đối với người hoạt động không chuyên trách dôi dư sau sắp xếp thôn
(BĐ) - Ngày 17/8, Đoàn giám sát Ban Dân vận Tỉnh ủy do đồng chí Lê Kim Toàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã giám sát việc thực hiện chính sách đối với người hoạt động không chuyên trách ở thôn, khu phố dôi dư sau sắp xếp tại thị xã Hoài Nhơn và huyện Hoài Ân.
Đoàn giám sát làm việc với UBND phường Tam Quan Bắc.
Thực hiện Nghị quyết số 21/2019/NQ-HĐND của HĐND tỉnh và Kế hoạch số 72-KH/TU ngày 28/3/2020 của Ban Thường vụ Tỉnh ủy, giai đoạn 2020 - 2022, thị xã Hoài Nhơn đã giảm 42 thôn, khu phố, huyện Hoài Ân giảm 17 thôn. Số người hoạt động không chuyên trách dôi dư của hai địa phương là 236 người; đến nay đã có 214 người được giải quyết chế độ với tổng kinh phí gần 4,8 tỷ đồng, 22 trường hợp đang chờ hoàn thiện hồ sơ.
Tại phường Tam Quan Bắc, ông Trần Văn Thiện, Chủ tịch UBND phường, cho biết phường sáp nhập 9 khu phố thành 5 khu phố; mỗi khu phố mới có từ 700 hộ trở lên, công việc của trưởng khu phố tăng nhiều nên phường đề nghị nâng mức phụ cấp. Tại xã Ân Tín, bà Nguyễn Thị Diệu, Bí thư Đảng ủy xã, phản ánh một số người thôi việc chưa được đóng tiếp bảo hiểm xã hội tự nguyện.
Ông Đinh Văn Thoa, người dân tộc Bana, nguyên Trưởng thôn Hà Đông, xã Ân Sơn, chia sẻ: "Tôi làm trưởng thôn 12 năm, nay thôn nhập lại thì nghỉ, được hỗ trợ 18 triệu đồng. Tôi vẫn tham gia tổ hòa giải, giúp cán bộ thôn mới nói tiếng Bana với bà con".
Làm việc với đoàn, ông Huỳnh Văn Xướng, Phó Chủ tịch UBND thị xã Hoài Nhơn, cho biết thị xã đã vận động 31 người được tiếp tục làm việc ở các tổ chức chính trị - xã hội, tổ bảo vệ an ninh trật tự cơ sở.
Kết luận, đồng chí Lê Kim Toàn đánh giá các địa phương đã thực hiện nghiêm túc chủ trương, quy trình lấy ý kiến cử tri công khai, dân chủ; chế độ chính sách cơ bản được chi trả kịp thời. Đồng chí đề nghị hoàn thành chi trả cho các trường hợp còn lại trước ngày 30/9; quan tâm người có uy tín, cán bộ thôn cũ để phát huy kinh nghiệm của họ trong các phong trào ở khu dân cư; kịp thời đề xuất tỉnh sửa đổi mức phụ cấp của người hoạt động không chuyên trách ở thôn có quy mô lớn. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy theo Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận, đoàn thể và nhân dân.
Hoài Thu
Lượt xem: 485
Tin liên quan
- Hoài Ân: ra mắt các thôn mới sau sắp xếp (05/08/2022)
- Tây Sơn: hội nghị đối thoại với nông dân năm 2022 (28/07/2022)
- Phù Cát: phát huy vai trò Khối dân vận xã (15/07/2022)
""", "2022-08-18", "Giám sát chính sách đối với người hoạt động không chuyên trách dôi dư sau sắp xếp thôn",
E("giam_sat", None, "2022-08-17"),
[P("Lê Kim Toàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thiện", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Diệu", "Bí thư Đảng ủy xã"),
 P("Đinh Văn Thoa", "nguyên Trưởng thôn Hà Đông"),
 P("Huỳnh Văn Xướng", "Phó Chủ tịch UBND thị xã Hoài Nhơn")],
[Q("42 thôn, khu phố", 42, "thôn, khu phố"), Q("17 thôn", 17, "thôn"), Q("236 người", 236, "người"), Q("214 người", 214, "người"),
 Q("gần 4,8 tỷ đồng", 4800000000, "đồng", "approx"), Q("22 trường hợp", 22, "trường hợp"), Q("9 khu phố", 9, "khu phố"),
 Q("5 khu phố", 5, "khu phố"), Q("từ 700 hộ trở lên", 700, "hộ", "over"), Q("18 triệu đồng", 18000000, "đồng"), Q("31 người", 31, "người")],
[D("Nghị quyết", "21", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 21/2019/NQ-HĐND"),
 D("Kế hoạch", "72", "KH/TU", "2020-03-28", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 72-KH/TU ngày 28/3/2020"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Bình Định"), com("Tam Quan Bắc"), com("Ân Tín"), com("Ân Sơn")],
["Báo Bình Định điện tử", "Trang chủ | Chính trị | Xây dựng Đảng", "(BĐ)", "Đoàn giám sát làm việc với UBND phường Tam Quan Bắc.",
 "Lượt xem: 485"],
["Thứ Năm, 18/8/2022 | 17:10", "giai đoạn 2020 - 2022", "12 năm", "ngày 30/9", "Lượt xem: 485"]))

PAGES.append(page("b6594-bacgiang-hoinghi-laykien-cutri-2023", """
BÁO BẮC GIANG
Thời sự › Chính trị
22 tháng 9, 2023 | 10:15
Ảnh: Quang cảnh hội nghị.
Bắc Giang: triển khai công tác dân vận trong sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025
Chiều 21/9, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai công tác tuyên truyền, vận động nhân dân thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025. Đồng chí Lâm Thị Hương Thành, Phó Bí thư Thường trực Tỉnh ủy chủ trì. Hội nghị được kết nối trực tuyến đến 10 huyện, thành phố và 192 xã, phường, thị trấn, với gần 5.000 đại biểu.
Theo Đề án của UBND tỉnh, thực hiện Kết luận số 48-KL/TW ngày 30/01/2023 của Bộ Chính trị, Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội và Nghị quyết số 117/NQ-CP ngày 30/7/2023 của Chính phủ, tỉnh có 33 đơn vị hành chính cấp xã thuộc diện phải sắp xếp; dự kiến sau sắp xếp, 33 đơn vị này còn 15 đơn vị, giảm 18 xã. Huyện Lục Ngạn sẽ được sắp xếp thành thị xã Chũ.
Đồng chí Nguyễn Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy quán triệt Kế hoạch số 134-KH/TU, 135-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 32-HD/BDVTU. Theo đó, trước khi lấy ý kiến cử tri, mỗi tổ dân vận thôn phải đến từng hộ phát tài liệu hỏi - đáp; xã nào dự kiến mất tên gọi thì phải tổ chức đối thoại riêng với người cao tuổi, chức sắc tôn giáo và các dòng họ lớn. Mục tiêu tỷ lệ cử tri đồng ý đạt từ 85% trở lên.
Thảo luận tại hội nghị, ông Giáp Văn Khải, Bí thư Đảng ủy xã Tân Mộc, lo ngại việc đặt tên xã mới: "Người Tân Mộc và người Tân Lập đều muốn giữ tên xã mình, cán bộ phải kiên trì". Bà Hoàng Thị Sinh, người có uy tín dân tộc Nùng thôn Khuôn Thần, xã Kiên Lao, đề nghị khi nhập xã thì trụ sở phải thuận đường đi lại cho bà con vùng cao. Ông Nguyễn Đức Quang, Chủ tịch UBND thị trấn Bích Động, kiến nghị có chính sách cho 13 cán bộ, công chức dôi dư của thị trấn.
Đại diện Ủy ban MTTQ tỉnh cho biết Mặt trận sẽ giám sát toàn bộ quá trình lấy ý kiến cử tri, từ lập danh sách, phát phiếu đến kiểm phiếu; kết quả được niêm yết công khai tại nhà văn hóa thôn, tổ dân phố. Những nơi tỷ lệ đồng thuận thấp sẽ được tổ chức đối thoại lại trước khi trình HĐND các cấp.
Đồng chí Lâm Thị Hương Thành yêu cầu các cấp ủy coi đây là nhiệm vụ chính trị quan trọng, người đứng đầu chịu trách nhiệm trực tiếp; không chủ quan, không để các thế lực xấu lợi dụng; hoàn thành lấy ý kiến cử tri trước ngày 15/10; tỉnh dành khoảng 3,5 tỷ đồng cho công tác tuyên truyền.
Nguyễn Trang
Tin liên quan
- Lục Ngạn chuẩn bị thành lập thị xã Chũ (14/09/2023)
- Hiệp Hòa đối thoại với nông dân (07/09/2023)
- Ban Dân vận Tỉnh ủy giao ban quý III (30/08/2023)
- Yên Thế: vận động nhân dân hiến đất làm đường (22/08/2023)
""", "2023-09-22", "Bắc Giang: triển khai công tác dân vận trong sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
E("hoi_nghi", None, "2023-09-21"),
[P("Lâm Thị Hương Thành", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giáp Văn Khải", "Bí thư Đảng ủy xã Tân Mộc"),
 P("Hoàng Thị Sinh", "người có uy tín dân tộc Nùng thôn Khuôn Thần"),
 P("Nguyễn Đức Quang", "Chủ tịch UBND thị trấn Bích Động")],
[Q("10 huyện, thành phố", 10, "huyện, thành phố"), Q("192 xã, phường, thị trấn", 192, "xã, phường, thị trấn"),
 Q("gần 5.000 đại biểu", 5000, "đại biểu", "approx"), Q("33 đơn vị hành chính cấp xã", 33, "đơn vị hành chính cấp xã"),
 Q("15 đơn vị", 15, "đơn vị"), Q("18 xã", 18, "xã"), Q("từ 85% trở lên", 85, "%", "over"),
 Q("13 cán bộ, công chức", 13, "cán bộ, công chức"), Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx")],
[D("Kết luận", "48", "KL/TW", "2023-01-30", "Bộ Chính trị", "Kết luận số 48-KL/TW ngày 30/01/2023"),
 D("Nghị quyết", "35", "2023/UBTVQH15", "2023-07-12", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023"),
 D("Nghị quyết", "117", "NQ-CP", "2023-07-30", "Chính phủ", "Nghị quyết số 117/NQ-CP ngày 30/7/2023"),
 D("Kế hoạch", "134", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 134-KH/TU, 135-KH/TU"),
 D("Kế hoạch", "135", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "135-KH/TU"),
 D("Hướng dẫn", "32", "HD/BDVTU", None, None, "Hướng dẫn số 32-HD/BDVTU")],
[prov("Bắc Giang"), com("Tân Mộc"), com("Tân Lập"), com("Kiên Lao"), com("Bích Động")],
["BÁO BẮC GIANG", "Thời sự › Chính trị", "Ảnh: Quang cảnh hội nghị.", "Đề án của UBND tỉnh"],
["22 tháng 9, 2023 | 10:15", "giai đoạn 2023 - 2025", "ngày 15/10"]))

PAGES.append(page("b6595-phutho-doithoai-nhapxa-2024", """
Báo Phú Thọ điện tử
Đăng lúc: 31/05/2024 08:00
Chính trị / Dân vận
Đồng chí Đinh Công Sứ trả lời ý kiến người dân. Ảnh: Thu Hà
Bí thư Huyện ủy Thanh Sơn đối thoại với nhân dân hai xã sắp hợp nhất
Ngày 29/5, tại nhà văn hóa khu Đồng Tào, Ban Thường vụ Huyện ủy Thanh Sơn tổ chức hội nghị đối thoại năm 2024 giữa người đứng đầu cấp ủy với cán bộ, đảng viên và nhân dân hai xã Thạch Khoán và Sơn Hùng, về chủ trương hợp nhất hai xã theo Nghị quyết số 35/2023/UBTVQH15 của Ủy ban Thường vụ Quốc hội. Đồng chí Đinh Công Sứ, Tỉnh ủy viên, Bí thư Huyện ủy Thanh Sơn chủ trì; hơn 200 người dân tham dự.
Theo phương án, xã mới có diện tích tự nhiên khoảng 29,6 km2, dân số trên 9.800 người, trong đó gần 60% là đồng bào Mường. Trụ sở xã mới dự kiến đặt tại xã Thạch Khoán; trụ sở Sơn Hùng được chuyển thành điểm trường mầm non và nhà văn hóa.
Tại buổi đối thoại, 19 ý kiến được nêu trực tiếp. Bà Hà Thị Xuyến, khu Liên Thành, hỏi việc làm lại căn cước công dân, sổ đỏ sau khi đổi tên xã có mất tiền không. Ông Đinh Văn Tốn, người có uy tín khu Xóm Mới, đề nghị giữ lễ hội Đình Sơn Hùng và tên khu dân cư như cũ. Ông Xa Văn Minh, Bí thư Chi bộ khu Đồng Tào, cho rằng đường từ các khu xa của Sơn Hùng đến trụ sở mới dài hơn 7 km, cần nâng cấp đường và bố trí điểm tiếp nhận hồ sơ.
Đồng chí Đinh Công Sứ trả lời: người dân không phải làm lại giấy tờ ngay; khi có nhu cầu điều chỉnh sẽ được miễn phí theo Nghị quyết số 1211/2016/UBTVQH13 và hướng dẫn của tỉnh. Lễ hội, tên khu dân cư được giữ nguyên. Huyện đã bố trí 4,2 tỷ đồng nâng cấp tuyến đường liên xã dài 3,5 km trong năm 2024; đặt bộ phận một cửa lưu động 2 buổi mỗi tuần tại trụ sở cũ.
Đồng chí Hà Thị Thu Hương, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, thực hiện Kế hoạch số 176-KH/HU của Ban Thường vụ Huyện ủy, Khối dân vận hai xã đã thành lập 14 tổ tuyên truyền, đến 2.468 hộ gia đình. Ông Hà Văn Long, Chủ tịch Ủy ban MTTQ xã Sơn Hùng, khẳng định Mặt trận sẽ giám sát việc lấy ý kiến cử tri dự kiến ngày 16/6.
Một số ý kiến khác đề cập việc bố trí cán bộ sau hợp nhất. Đồng chí Bí thư Huyện ủy cho biết việc sắp xếp cán bộ sẽ căn cứ năng lực, uy tín, bảo đảm hài hòa giữa hai xã, không để ai thiệt thòi; cán bộ dôi dư được hưởng chính sách theo quy định.
Kết thúc buổi đối thoại, người dân hai xã bày tỏ đồng tình. Đồng chí Bí thư Huyện ủy yêu cầu các phòng, ban trả lời bằng văn bản những kiến nghị chưa giải quyết ngay trong 10 ngày.
Thu Hà - Quang Nam
Tin khác
- Tân Sơn: hợp nhất 4 xã, đồng thuận từ cơ sở (24/05/2024)
- Ban Dân vận Tỉnh ủy làm việc với huyện Yên Lập (16/05/2024)
- Cẩm Khê: đối thoại với thanh niên về khởi nghiệp (09/05/2024)
""", "2024-05-31", "Bí thư Huyện ủy Thanh Sơn đối thoại với nhân dân hai xã sắp hợp nhất",
E("doi_thoai", "2024", "2024-05-29"),
[P("Đinh Công Sứ", "Tỉnh ủy viên", "Bí thư Huyện ủy Thanh Sơn"),
 P("Hà Thị Xuyến"),
 P("Đinh Văn Tốn", "người có uy tín khu Xóm Mới"),
 P("Xa Văn Minh", "Bí thư Chi bộ khu Đồng Tào"),
 P("Hà Thị Thu Hương", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Long", "Chủ tịch Ủy ban MTTQ xã Sơn Hùng")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("khoảng 29,6 km2", 29.6, "km2", "approx"),
 Q("trên 9.800 người", 9800, "người", "over"), Q("gần 60%", 60, "%", "approx"), Q("19 ý kiến", 19, "ý kiến"),
 Q("hơn 7 km", 7, "km", "over"), Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("3,5 km", 3.5, "km"),
 Q("14 tổ tuyên truyền", 14, "tổ tuyên truyền"), Q("2.468 hộ gia đình", 2468, "hộ gia đình")],
[D("Nghị quyết", "35", "2023/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 35/2023/UBTVQH15"),
 D("Nghị quyết", "1211", "2016/UBTVQH13", None, None, "Nghị quyết số 1211/2016/UBTVQH13"),
 D("Kế hoạch", "176", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 176-KH/HU")],
[prov("Phú Thọ"), com("Thạch Khoán"), com("Sơn Hùng")],
["Báo Phú Thọ điện tử", "Chính trị / Dân vận", "Đồng chí Đinh Công Sứ trả lời ý kiến người dân. Ảnh: Thu Hà", "Xóm Mới"],
["Đăng lúc: 31/05/2024 08:00", "năm 2024", "2 buổi mỗi tuần", "ngày 16/6", "10 ngày"]))

PAGES.append(page("b6596-dongthap-baocao-q3-2024", """
DONGTHAP.GOV.VN - Cổng thông tin điện tử tỉnh Đồng Tháp
Hôm nay: Thứ Bảy, 12/10/2024
Tin tức > Hoạt động chỉ đạo, điều hành
11/10/2024 - 14:30
Khối dân vận báo cáo kết quả quý III/2024: tạo đồng thuận cao trong sắp xếp đơn vị hành chính cấp xã
Ngày 10/10, tại phiên họp của Ban Thường vụ Tỉnh ủy, Ban Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận quý III năm 2024, trọng tâm là công tác vận động nhân dân thực hiện sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025. Đồng chí Trần Thị Thái, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy trình bày báo cáo.
Theo báo cáo, tỉnh có 9 đơn vị hành chính cấp xã thuộc diện sắp xếp ở thành phố Cao Lãnh, thành phố Sa Đéc và huyện Lai Vung. Khối dân vận đã thực hiện Kế hoạch số 286-KH/TU của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 41-HD/BDVTU, tổ chức 214 cuộc họp tổ dân phố, ấp; phát hơn 36.000 tờ rơi hỏi - đáp. Kết quả lấy ý kiến cử tri ngày 15/9 cho thấy 94,27% cử tri đồng ý với đề án; riêng phường 1 và phường 3 (thành phố Sa Đéc) đạt trên 97%.
Trong quý, các cơ quan dân vận nắm được 26 ý kiến, kiến nghị liên quan đến tên gọi, trụ sở và việc bố trí cán bộ; đã phối hợp trả lời 21 ý kiến. Dự kiến sau sắp xếp có 57 cán bộ, công chức cấp xã dôi dư, được bố trí theo lộ trình 5 năm.
Báo cáo nêu một số cách làm hay: phường Mỹ Phú tổ chức "Cà phê sáng với dân" mỗi sáng thứ Hai để nghe người dân góp ý về phương án sáp nhập; xã Tân Phước (huyện Lai Vung) vận động các vị chức sắc Phật giáo Hòa Hảo cùng tuyên truyền. Ông Nguyễn Văn Tư, Bí thư Chi bộ khóm 2, phường Mỹ Phú, là một trong 12 cá nhân được biểu dương.
Góp ý vào báo cáo, đồng chí Phan Văn Thắng, Phó Bí thư Thường trực Tỉnh ủy, đề nghị Ban Dân vận tiếp tục theo dõi dư luận sau khi Ủy ban Thường vụ Quốc hội ban hành nghị quyết; phối hợp Ủy ban MTTQ tỉnh và Hội Liên hiệp Phụ nữ tỉnh vận động nhân dân tham gia giữ gìn an ninh trật tự ở các đơn vị mới; bảo đảm 100% thủ tục hành chính của người dân không bị gián đoạn.
Báo cáo cũng chỉ ra hạn chế: công tác nắm tình hình ở một số ấp còn chậm, có nơi tài liệu tuyên truyền chưa sát với từng đối tượng; việc phản hồi kiến nghị của người dân đôi lúc chưa kịp thời.
Ban Dân vận Tỉnh ủy cũng đề xuất Ban Thường vụ Tỉnh ủy cho chủ trương sơ kết 3 năm thực hiện Chỉ thị 23, 24-CT/TU về công tác dân vận chính quyền và về phát huy vai trò người có uy tín trong đồng bào có đạo.
Ngọc Hân
Tin liên quan
- Lai Vung lấy ý kiến cử tri về sắp xếp đơn vị hành chính (16/09/2024)
- Sa Đéc: đối thoại với người dân về sáp nhập phường (05/09/2024)
- Hội nghị giao ban khối dân vận quý II/2024 (12/07/2024)
""", "2024-10-11", "Khối dân vận báo cáo kết quả quý III/2024: tạo đồng thuận cao trong sắp xếp đơn vị hành chính cấp xã",
E("bao_cao", "2024-Q3", "2024-10-10"),
[P("Trần Thị Thái", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tư", "Bí thư Chi bộ khóm 2"),
 P("Phan Văn Thắng", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("9 đơn vị hành chính cấp xã", 9, "đơn vị hành chính cấp xã"), Q("214 cuộc họp tổ dân phố, ấp", 214, "cuộc họp tổ dân phố, ấp"),
 Q("hơn 36.000 tờ rơi", 36000, "tờ rơi", "over"), Q("94,27%", 94.27, "%"), Q("trên 97%", 97, "%", "over"),
 Q("26 ý kiến, kiến nghị", 26, "ý kiến, kiến nghị"), Q("21 ý kiến", 21, "ý kiến"),
 Q("57 cán bộ, công chức cấp xã", 57, "cán bộ, công chức cấp xã"), Q("12 cá nhân", 12, "cá nhân"), Q("100% thủ tục hành chính", 100, "%")],
[D("Kế hoạch", "286", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 286-KH/TU"),
 D("Hướng dẫn", "41", "HD/BDVTU", None, None, "Hướng dẫn số 41-HD/BDVTU"),
 D("Chỉ thị", "23", "CT/TU", None, None, "Chỉ thị 23, 24-CT/TU"),
 D("Chỉ thị", "24", "CT/TU", None, None, "Chỉ thị 23, 24-CT/TU")],
[prov("Đồng Tháp"), com("phường 1"), com("phường 3"), com("Mỹ Phú"), com("Tân Phước")],
["DONGTHAP.GOV.VN - Cổng thông tin điện tử tỉnh Đồng Tháp", "Tin tức > Hoạt động chỉ đạo, điều hành", "Cà phê sáng với dân",
 "Phật giáo Hòa Hảo"],
["Hôm nay: Thứ Bảy, 12/10/2024", "11/10/2024 - 14:30", "quý III năm 2024", "giai đoạn 2023 - 2025", "ngày 15/9", "lộ trình 5 năm",
 "3 năm", "khóm 2", "phường 1", "phường 3"]))

PAGES.append(page("b6597-kontum-hoinghi-hopnhat-tinh-2025", """
BÁO KON TUM ĐIỆN TỬ
Thứ Năm, 24/04/2025, 17:25
Thời sự » Chính trị
Đồng chí A Phương phát biểu tại hội nghị. Ảnh: H.Y
Người có uy tín đồng thuận với chủ trương hợp nhất tỉnh, sắp xếp xã
Ngày 23/4, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị thông tin về chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương 2 cấp cho 180 người có uy tín, già làng, chức sắc tôn giáo tiêu biểu trong tỉnh. Đồng chí A Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Tại hội nghị, đồng chí Y Hồng, Phó Trưởng Ban Dân vận Tỉnh ủy thông tin Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII; Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư và Kết luận số 137-KL/TW về đề án sắp xếp, tinh gọn tổ chức bộ máy. Theo phương án, tỉnh Kon Tum hợp nhất với tỉnh Quảng Ngãi, lấy tên là tỉnh Quảng Ngãi; không tổ chức cấp huyện; số đơn vị hành chính cấp xã của Kon Tum giảm từ 102 xuống còn 38.
Đồng chí Nguyễn Văn Hòa, Phó Giám đốc Sở Nội vụ, hướng dẫn việc lấy ý kiến nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 và về đề án sắp xếp theo Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường vụ Quốc hội; thời gian lấy ý kiến cử tri dự kiến trước ngày 20/5.
Các đại biểu bày tỏ đồng tình và nêu nhiều tâm tư. Già làng A Thút, làng Kon Klor, phường Thắng Lợi, mong tên làng, nhà rông và lễ hội truyền thống được giữ nguyên. Ông Y Khiêm, người có uy tín thôn Đăk Xú, xã Bờ Y, lo ngại trụ sở tỉnh mới ở xa, người dân vùng biên giới đi làm thủ tục sẽ khó. Linh mục Giuse Nguyễn Văn Thành, Quản xứ giáo xứ Kon Rơbang, cho biết giáo dân sẽ tham gia lấy ý kiến đầy đủ. Bà Y Nhạn, Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Tờ Kan, đề nghị có tài liệu tiếng Xơ Đăng để chị em dễ hiểu.
Giải đáp ý kiến, đồng chí A Phương cho biết phần lớn thủ tục hành chính sẽ giải quyết ở cấp xã và trực tuyến, người dân không phải lên tỉnh; các giấy tờ cũ vẫn giữ nguyên giá trị. Ban Dân vận Tỉnh ủy đã in 15.000 tờ gấp song ngữ, phát tại các thôn, làng và điểm sinh hoạt tôn giáo.
Kết thúc hội nghị, đồng chí đề nghị các già làng, người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, vận động bà con không nghe, không tin, không chia sẻ thông tin sai sự thật về việc sáp nhập tỉnh, tích cực tham gia lấy ý kiến. Dịp này, Ban tặng 180 phần quà cho các đại biểu, mỗi phần trị giá 300.000 đồng.
Hồng Yến
Tin cùng chuyên mục
- Đăk Hà: lấy ý kiến cán bộ, đảng viên về đề án sắp xếp xã (19/04/2025)
- Kon Plông: người dân đồng thuận với phương án hợp nhất xã (16/04/2025)
""", "2025-04-24", "Người có uy tín đồng thuận với chủ trương hợp nhất tỉnh, sắp xếp xã",
E("hoi_nghi", None, "2025-04-23"),
[P("A Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hòa", "Phó Giám đốc Sở Nội vụ"),
 P("A Thút", "Già làng"),
 P("Y Khiêm", "người có uy tín thôn Đăk Xú"),
 P("Giuse Nguyễn Văn Thành", "Linh mục", "Quản xứ giáo xứ Kon Rơbang"),
 P("Y Nhạn", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Tờ Kan")],
[Q("180 người có uy tín, già làng, chức sắc tôn giáo tiêu biểu", 180, "người có uy tín, già làng, chức sắc tôn giáo tiêu biểu"),
 Q("102", 102, "đơn vị hành chính cấp xã"), Q("38", 38, "đơn vị hành chính cấp xã"), Q("15.000 tờ gấp song ngữ", 15000, "tờ gấp song ngữ"),
 Q("180 phần quà", 180, "phần quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "137", "KL/TW", None, None, "Kết luận số 137-KL/TW"),
 D("Nghị quyết", "76", "2025/UBTVQH15", "2025-04-14", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025")],
[prov("Kon Tum"), prov("Quảng Ngãi"), com("Thắng Lợi"), com("Bờ Y"), com("Đăk Tờ Kan")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự » Chính trị", "Đồng chí A Phương phát biểu tại hội nghị. Ảnh: H.Y", "Hiến pháp năm 2013",
 "Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013"],
["Thứ Năm, 24/04/2025, 17:25", "chính quyền địa phương 2 cấp", "Hội nghị lần thứ 11", "khóa XIII", "năm 2013", "ngày 20/5"]))

PAGES.append(page("b6598-langson-taphuan-chinhquyen2cap-2025", """
Báo Lạng Sơn
Trang chủ / Thời sự / Xây dựng Đảng
Cập nhật: 08:40, 27/06/2025 (GMT+7)
Tập huấn kỹ năng dân vận cho cán bộ các xã mới trước giờ vận hành chính quyền 2 cấp
Trong 2 ngày 25 và 26/6, Ban Tuyên giáo và Dân vận Tỉnh ủy Lạng Sơn tổ chức lớp tập huấn nghiệp vụ công tác dân vận, tiếp dân, đối thoại cho 260 cán bộ, công chức dự kiến bố trí tại 65 xã, phường mới, chuẩn bị vận hành chính quyền địa phương 2 cấp từ ngày 01/7/2025.
Học viên trao đổi tại lớp tập huấn. Ảnh: Minh Châu
Khai mạc lớp học, đồng chí Hoàng Thị Nguyệt, Tỉnh ủy viên, Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: theo Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, tỉnh Lạng Sơn từ 200 đơn vị hành chính cấp xã còn 65 xã, phường; nhiều xã mới có diện tích trên 200 km2, dân số gấp ba lần trước. Cán bộ xã mới gánh phần việc trước đây của cả cấp huyện nên phải gần dân, hiểu dân hơn.
Các học viên được đồng chí Lục Văn Thành, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, giới thiệu Kết luận số 162-KL/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị và Hướng dẫn số 12-HD/BTGDVTU về tổ chức Khối dân vận xã; đồng chí Vi Thị Hằng, Phó Giám đốc Sở Nội vụ, hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP của Chính phủ về chính sách đối với cán bộ, công chức nghỉ việc do sắp xếp bộ máy.
Phần thảo luận diễn ra sôi nổi. Ông Nông Văn Páo, dự kiến giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Sơn, hỏi cách tổ chức tiếp dân khi địa bàn xã rộng hơn trước. Chị Chu Thị Lan, công chức Văn phòng HĐND và UBND xã Đồng Đăng, đề nghị bổ sung tình huống về giải quyết phản ánh qua mạng xã hội. Giảng viên gợi ý duy trì các điểm tiếp nhận hồ sơ tại trụ sở cũ, tổ chức Tổ công nghệ số cộng đồng ở từng thôn để hỗ trợ người dân làm thủ tục trực tuyến.
Nhiều học viên cho biết lần đầu được hướng dẫn bài bản về kỹ năng đối thoại, xử lý tình huống khi người dân bức xúc. Kinh phí tổ chức lớp khoảng 180 triệu đồng. Kết thúc tập huấn, 257 học viên được cấp giấy chứng nhận. Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ mở thêm 3 lớp cho bí thư chi bộ, trưởng thôn trong tháng 7.
Đồng chí Hoàng Thị Nguyệt đề nghị các học viên ngay sau khi nhận nhiệm vụ phải xuống thôn, bản nắm tình hình; không để người dân phải chờ đợi, đi lại nhiều lần; kịp thời báo cáo những vấn đề phát sinh trong tuần đầu vận hành bộ máy mới.
Minh Châu
Tin liên quan
- Lạng Sơn công bố các nghị quyết, quyết định về sắp xếp đơn vị hành chính (24/06/2025)
- Cao Lộc: bàn giao trụ sở, tài sản cho xã mới (20/06/2025)
- Văn Quan: người có uy tín vận động bà con đồng thuận sáp nhập xã (13/06/2025)
""", "2025-06-27", "Tập huấn kỹ năng dân vận cho cán bộ các xã mới trước giờ vận hành chính quyền 2 cấp",
E("tap_huan", None, "2025-06-25"),
[P("Hoàng Thị Nguyệt", "Tỉnh ủy viên", "Phó Trưởng ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lục Văn Thành", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vi Thị Hằng", "Phó Giám đốc Sở Nội vụ"),
 P("Nông Văn Páo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Bắc Sơn"),
 P("Chu Thị Lan", "công chức Văn phòng HĐND và UBND xã Đồng Đăng")],
[Q("260 cán bộ, công chức", 260, "cán bộ, công chức"), Q("65 xã, phường", 65, "xã, phường"),
 Q("200 đơn vị hành chính cấp xã", 200, "đơn vị hành chính cấp xã"), Q("trên 200 km2", 200, "km2", "over"),
 Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("257 học viên", 257, "học viên"), Q("3 lớp", 3, "lớp")],
[D("Nghị quyết", "1672", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1672/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Kết luận", "162", "KL/TW", None, "Bộ Chính trị", "Kết luận số 162-KL/TW"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", None, None, "Hướng dẫn số 12-HD/BTGDVTU"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Lạng Sơn"), com("Bắc Sơn"), com("Đồng Đăng")],
["Báo Lạng Sơn", "Trang chủ / Thời sự / Xây dựng Đảng", "Học viên trao đổi tại lớp tập huấn. Ảnh: Minh Châu",
 "Tổ công nghệ số cộng đồng"],
["Cập nhật: 08:40, 27/06/2025 (GMT+7)", "2 ngày", "chính quyền địa phương 2 cấp", "từ ngày 01/7/2025", "gấp ba lần",
 "trong tháng 7", "chính quyền 2 cấp"]))
