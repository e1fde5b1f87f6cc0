from lib import *
PAGES = []

PAGES.append(page("b8807-haiduong-hdnd-baocao-2024", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Trang chủ › Chính trị › Kỳ họp HĐND
Thứ Ba, 09/07/2024
Trên 93% kiến nghị của cử tri đã được giải quyết, trả lời
Ông Lê Văn Hiệu, Phó Chủ tịch UBND tỉnh trình bày báo cáo tại kỳ họp.
Sáng 8/7, tại Kỳ họp thứ 23, HĐND tỉnh Hải Dương khóa XVII, ông Lê Văn Hiệu, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh trình bày báo cáo kết quả giải quyết kiến nghị của cử tri 6 tháng đầu năm 2024.
Theo báo cáo, trong 6 tháng đầu năm, UBND tỉnh nhận được 168 kiến nghị của cử tri do Thường trực HĐND tỉnh chuyển đến sau Kỳ họp thứ 20 và qua các cuộc tiếp xúc cử tri trước kỳ họp. Đến ngày 30/6/2024, đã có 157 kiến nghị được giải quyết, trả lời, đạt trên 93%; 11 kiến nghị đang giải quyết, chủ yếu liên quan đến ô nhiễm môi trường làng nghề, giải phóng mặt bằng và xuống cấp của các tuyến đê, kênh trục.
Một số kiến nghị kéo dài đã được giải quyết dứt điểm như: xử lý ô nhiễm tại cụm công nghiệp Cao An, nâng cấp tuyến đường huyện ĐH.17 qua xã Tân Dân, xây dựng trạm bơm tiêu xã Hưng Đạo với tổng kinh phí hơn 65 tỷ đồng. Tỉnh cũng đã chi hỗ trợ 1.480 hộ bị thiệt hại do bão, mỗi hộ 2 triệu đồng, theo Nghị quyết số 05/2023/NQ-HĐND ngày 7/7/2023 của HĐND tỉnh.
Thẩm tra báo cáo, bà Phạm Thị Thu Hà, Trưởng Ban Pháp chế HĐND tỉnh đánh giá việc giải quyết kiến nghị có chuyển biến; tuy nhiên vẫn còn 6 kiến nghị cử tri nêu lại từ 3 kỳ họp trở lên, trong đó có kiến nghị về ngập úng ở phường Sao Đỏ, thành phố Chí Linh. Ban đề nghị UBND tỉnh giao rõ thời hạn giải quyết và người chịu trách nhiệm đối với từng kiến nghị.
Cũng tại phiên khai mạc, bà Nguyễn Thị Ngọc Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thông báo kết quả tổng hợp ý kiến, kiến nghị của cử tri trước Kỳ họp thứ 23. Các tổ đại biểu đã tổ chức 49 cuộc tiếp xúc với hơn 5.600 lượt cử tri; cử tri nêu 97 ý kiến, kiến nghị gửi tới kỳ họp.
Phát biểu chỉ đạo, ông Lê Văn Hiệu cho biết UBND tỉnh sẽ chỉ đạo các sở, ngành thực hiện nghiêm Chỉ thị số 08/CT-UBND về nâng cao chất lượng trả lời kiến nghị cử tri. Chủ tọa kỳ họp đề nghị các vị đại biểu tập trung thảo luận, chất vấn các nội dung cử tri quan tâm. Kỳ họp diễn ra trong 3 ngày, xem xét 40 báo cáo, tờ trình.
Theo Văn phòng Đoàn ĐBQH và HĐND tỉnh, kết quả giải quyết từng kiến nghị được đăng tải công khai trên Cổng thông tin điện tử HĐND tỉnh để cử tri theo dõi, giám sát.
Thành Chung
Tin liên quan
- Khai mạc Kỳ họp thứ 23, HĐND tỉnh khóa XVII (08/07/2024)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Thanh Miện (25/06/2024)
- Thường trực HĐND tỉnh giám sát tại Kinh Môn (11/06/2024)
""", "2024-07-09", "Trên 93% kiến nghị của cử tri đã được giải quyết, trả lời",
E("bao_cao", "2024-H1", "2024-07-08"),
[P("Lê Văn Hiệu", "Phó Chủ tịch UBND tỉnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Phạm Thị Thu Hà", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Nguyễn Thị Ngọc Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("trên 93%", 93, "%", "over"), Q("168 kiến nghị", 168, "kiến nghị"), Q("157 kiến nghị", 157, "kiến nghị"),
 Q("11 kiến nghị", 11, "kiến nghị"), Q("hơn 65 tỷ đồng", 65000000000, "đồng", "over"), Q("1.480 hộ", 1480, "hộ"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("6 kiến nghị", 6, "kiến nghị"), Q("49 cuộc tiếp xúc", 49, "cuộc tiếp xúc"),
 Q("hơn 5.600 lượt cử tri", 5600, "lượt cử tri", "over"), Q("97 ý kiến, kiến nghị", 97, "ý kiến, kiến nghị"),
 Q("40 báo cáo, tờ trình", 40, "báo cáo, tờ trình")],
[D("Nghị quyết", "05", "2023/NQ-HĐND", "2023-07-07", "HĐND tỉnh", "Nghị quyết số 05/2023/NQ-HĐND ngày 7/7/2023"),
 D("Chỉ thị", "08", "CT-UBND", None, None, "Chỉ thị số 08/CT-UBND")],
[prov("Hải Dương"), com("Tân Dân"), com("Hưng Đạo"), com("Sao Đỏ")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Trang chủ › Chính trị › Kỳ họp HĐND",
 "Ông Lê Văn Hiệu, Phó Chủ tịch UBND tỉnh trình bày báo cáo tại kỳ họp.", "Cổng thông tin điện tử HĐND tỉnh"],
["Thứ Ba, 09/07/2024", "Kỳ họp thứ 23", "khóa XVII", "6 tháng đầu năm 2024", "Kỳ họp thứ 20", "ĐH.17", "3 kỳ họp", "3 ngày"]))

PAGES.append(page("b8808-kiengiang-bdv-txct-2024", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
You are here: Trang chủ » Tin tức » Dân vận chính quyền
24/11/2024 06:00
Cử tri Vĩnh Thuận đề nghị nạo vét kênh, hỗ trợ đồng bào Khmer
Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Vĩnh Phong.
Ngày 22/11/2024, Tổ đại biểu HĐND tỉnh Kiên Giang đơn vị bầu cử huyện Vĩnh Thuận tiếp xúc cử tri xã Vĩnh Phong và xã Bình Minh trước Kỳ họp thứ 26 - kỳ họp thường lệ cuối năm 2024, HĐND tỉnh khóa X.
Tổ đại biểu gồm: đồng chí Danh Sa Rươne, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Thị Mỹ Linh, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; đồng chí Nguyễn Hoàng Phúc, Phó Giám đốc Sở Giao thông vận tải. Cùng dự có khoảng 200 cử tri, trong đó có 75 cử tri là đồng bào Khmer.
Các đại biểu đã thông tin kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2024 và dự kiến chương trình kỳ họp. Tổ đại biểu cũng báo cáo kết quả giải quyết 21 kiến nghị của cử tri huyện Vĩnh Thuận gửi đến kỳ họp giữa năm; đến nay đã giải quyết 18 kiến nghị.
Cử tri đã nêu 14 ý kiến, kiến nghị. Đại đức Danh Sóc Kha, trụ trì chùa Xẻo Cạn, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện, đề nghị tỉnh hỗ trợ kinh phí dạy chữ Khmer hè cho 320 em học sinh. Cử tri Thị Sa Rên, ấp Vĩnh Đông, xã Vĩnh Phong phản ánh tuyến kênh Xẻo Cạn bị bồi lắng, ghe chở lúa không đi được. Ông Lê Văn Nhơn, Trưởng ấp Bình Hòa, xã Bình Minh, đề nghị tiếp tục hỗ trợ người dân chuyển đổi sang mô hình tôm - lúa, hiện ấp có 94 hộ đăng ký.
Trả lời cử tri, đồng chí Nguyễn Hoàng Phúc cho biết Sở Giao thông vận tải đã đề xuất nạo vét kênh Xẻo Cạn dài 6,8 km với kinh phí khoảng 4,2 tỷ đồng trong năm 2025. Đồng chí Danh Sa Rươne thông tin, thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ, năm 2024 tỉnh đã hỗ trợ xây dựng 215 căn nhà cho hộ đồng bào dân tộc thiểu số nghèo, mỗi căn 40 triệu đồng; Ban Dân vận Tỉnh ủy sẽ tham mưu tiếp tục hỗ trợ lớp dạy chữ Khmer hè.
Đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị cấp ủy, chính quyền xã phát huy vai trò người có uy tín, sư sãi trong vận động đồng bào; tiếp tục thực hiện tốt Quy chế dân chủ ở cơ sở theo Luật Thực hiện dân chủ ở cơ sở.
Sau buổi tiếp xúc, Tổ đại biểu đã đến thăm chùa Xẻo Cạn, tặng 50 phần quà cho sư sãi và học sinh nghèo người Khmer.
Theo Ban Dân vận Tỉnh ủy Kiên Giang, đợt tiếp xúc cử tri cuối năm nay được các tổ đại biểu HĐND tỉnh tổ chức tại tất cả các huyện, thành phố; nhiều nơi bố trí phiên dịch tiếng Khmer để đồng bào dễ theo dõi và phát biểu ý kiến.
Bảo Trân
Xem thêm
- Hội nghị giao ban công tác dân vận quý III (30/09/2024)
- Kiên Giang: 120 mô hình "Dân vận khéo" được biểu dương (19/09/2024)
- Thăm, chúc mừng lễ Sene Đôlta tại Gò Quao (01/10/2024)
""", "2024-11-24", "Cử tri Vĩnh Thuận đề nghị nạo vét kênh, hỗ trợ đồng bào Khmer",
E("hoi_nghi", "2024", "2024-11-22"),
[P("Danh Sa Rươne", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Linh", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nguyễn Hoàng Phúc", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Danh Sóc Kha", "Đại đức", "trụ trì chùa Xẻo Cạn", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước huyện"),
 P("Thị Sa Rên"),
 P("Lê Văn Nhơn", "Trưởng ấp Bình Hòa")],
[Q("khoảng 200 cử tri", 200, "cử tri", "approx"), Q("75 cử tri", 75, "cử tri"), Q("21 kiến nghị", 21, "kiến nghị"),
 Q("18 kiến nghị", 18, "kiến nghị"), Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"), Q("320 em học sinh", 320, "em học sinh"),
 Q("94 hộ", 94, "hộ"), Q("6,8 km", 6.8, "km"), Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"), Q("215 căn nhà", 215, "căn nhà"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("50 phần quà", 50, "phần quà")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Kiên Giang"), com("Vĩnh Phong"), com("Bình Minh")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "You are here: Trang chủ » Tin tức » Dân vận chính quyền",
 "Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Vĩnh Phong.", "Luật Thực hiện dân chủ ở cơ sở", "Quy chế dân chủ ở cơ sở",
 "Hội Đoàn kết sư sãi yêu nước huyện"],
["24/11/2024 06:00", "Kỳ họp thứ 26", "năm 2024", "khóa X", "năm 2025"]))

PAGES.append(page("b8809-binhdinh-mttq-txct-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện xã hội
Cập nhật: 08:30, 20/06/2025 (GMT+7)
Cử tri Phù Cát quan tâm việc sắp xếp xã mới và bố trí cán bộ
Quang cảnh buổi tiếp xúc cử tri tại xã Cát Tân.
Ngày 18/6, Ủy ban MTTQ Việt Nam huyện Phù Cát phối hợp tổ chức cho Tổ đại biểu HĐND tỉnh Bình Định tiếp xúc cử tri các xã Cát Tân, Cát Hanh trước kỳ họp thường lệ giữa năm 2025 - kỳ họp cuối cùng của HĐND tỉnh trước khi hợp nhất với tỉnh Gia Lai.
Tổ đại biểu gồm các ông, bà: Đinh Văn Thịnh, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh; Trương Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Võ Đình Cường, HUV, Phó Chủ tịch UBND huyện Phù Cát. Dự buổi tiếp xúc có gần 240 cử tri.
Các đại biểu đã thông tin về Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và phương án sắp xếp 155 xã, phường, thị trấn của tỉnh thành 58 xã, phường. Theo phương án, xã Cát Tân, xã Cát Hanh và một phần thị trấn Ngô Mây sẽ hợp thành một xã mới.
Cử tri đã nêu 22 ý kiến, kiến nghị, trong đó 13 ý kiến liên quan đến việc sắp xếp đơn vị hành chính. Ông Nguyễn Văn Lâm, Bí thư Chi bộ thôn Hòa Dõng, xã Cát Tân, đề nghị tỉnh sớm công khai vị trí trụ sở xã mới, bảo đảm người dân đi làm thủ tục không quá xa. Bà Lê Thị Hoa, cựu giáo viên ở xã Cát Hanh, quan tâm việc bố trí công việc cho cán bộ, công chức cấp xã dôi dư; cử tri Trần Văn Tám kiến nghị không để gián đoạn việc chi trả chế độ cho 412 người có công trong thời gian chuyển đổi.
Trả lời cử tri, bà Trương Thị Hồng Nhung cho biết Mặt trận các cấp đã tổ chức lấy ý kiến nhân dân về đề án sắp xếp, với 98,6% cử tri đồng ý. Ông Võ Đình Cường thông tin huyện đã rà soát 327 cán bộ, công chức cấp xã; chính sách cho người nghỉ việc thực hiện theo Nghị định số 178/2024/NĐ-CP của Chính phủ, có người được hỗ trợ trên 500 triệu đồng.
Ông Đinh Văn Thịnh cũng báo cáo kết quả giải quyết 36 kiến nghị của cử tri Phù Cát gửi đến kỳ họp cuối năm 2024; 31 kiến nghị đã được giải quyết, trả lời. Các kiến nghị về tuyến đường ĐT.634 và kè chống sạt lở sông La Tinh sẽ được chuyển giao cho tỉnh mới tiếp tục theo dõi.
Phát biểu kết thúc, bà Trương Thị Hồng Nhung đề nghị cử tri tiếp tục đồng thuận, giữ gìn đoàn kết để bộ máy mới vận hành thông suốt từ ngày 1/7/2025.
Nguyễn Hân
Tin khác
- Mặt trận tỉnh tổng hợp ý kiến nhân dân về đề án sắp xếp đơn vị hành chính (25/04/2025)
- Giám sát việc thực hiện chính sách hỗ trợ người có công tại Tây Sơn (20/05/2025)
- Trao 300 căn nhà Đại đoàn kết cho hộ nghèo (10/06/2025)
""", "2025-06-20", "Cử tri Phù Cát quan tâm việc sắp xếp xã mới và bố trí cán bộ",
E("hoi_nghi", "2025", "2025-06-18"),
[P("Đinh Văn Thịnh", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Trương Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Đình Cường", "HUV", "Phó Chủ tịch UBND huyện Phù Cát"),
 P("Nguyễn Văn Lâm", "Bí thư Chi bộ thôn Hòa Dõng"),
 P("Lê Thị Hoa", "cựu giáo viên"),
 P("Trần Văn Tám")],
[Q("gần 240 cử tri", 240, "cử tri", "approx"), Q("155 xã, phường, thị trấn", 155, "xã, phường, thị trấn"),
 Q("58 xã, phường", 58, "xã, phường"), Q("22 ý kiến, kiến nghị", 22, "ý kiến, kiến nghị"), Q("13 ý kiến", 13, "ý kiến"),
 Q("412 người có công", 412, "người có công"), Q("98,6%", 98.6, "%"), Q("327 cán bộ, công chức cấp xã", 327, "cán bộ, công chức cấp xã"),
 Q("trên 500 triệu đồng", 500000000, "đồng", "over"), Q("36 kiến nghị", 36, "kiến nghị"), Q("31 kiến nghị", 31, "kiến nghị")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP")],
[prov("Bình Định"), prov("Gia Lai"), com("Cát Tân"), com("Cát Hanh"), com("Ngô Mây")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ | Hoạt động Mặt trận | Giám sát - Phản biện xã hội",
 "Quang cảnh buổi tiếp xúc cử tri tại xã Cát Tân."],
["Cập nhật: 08:30, 20/06/2025 (GMT+7)", "năm 2025", "năm 2024", "ĐT.634", "1/7/2025"]))

PAGES.append(page("b8810-lamdong-bao-txct-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự › Chính trị › Hoạt động HĐND
17:05 | 28/11/2025
Đại biểu HĐND tỉnh tiếp xúc cử tri phường Bắc Gia Nghĩa và xã Quảng Khê
Cử tri phường Bắc Gia Nghĩa phát biểu ý kiến. Ảnh: Hồng Thắm
Ngày 26/11, Tổ đại biểu HĐND tỉnh Lâm Đồng khóa X, nhiệm kỳ 2021 - 2026 đã tiếp xúc cử tri phường Bắc Gia Nghĩa và xã Quảng Khê trước kỳ họp thường lệ cuối năm 2025. Đây là đợt tiếp xúc cử tri đầu tiên cuối năm sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận và vận hành chính quyền địa phương hai cấp.
Tổ đại biểu gồm: ông Điểu K'Lương, Phó Trưởng Ban Dân tộc HĐND tỉnh; bà Tôn Thị Ngọc Hạnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Phạm Quốc Dũng, Phó Giám đốc Sở Nông nghiệp và Môi trường. Tham dự có ông Lê Trọng Yên, Bí thư Đảng ủy phường Bắc Gia Nghĩa; bà Thị Hường, Chủ tịch UBND xã Quảng Khê và gần 260 cử tri.
Các đại biểu thông tin, kỳ họp dự kiến xem xét 46 nội dung, trong đó có nghị quyết về chính sách hỗ trợ cán bộ, công chức làm việc tại trung tâm hành chính mới và kế hoạch đầu tư công năm 2026 với tổng vốn hơn 13.500 tỷ đồng.
Cử tri đã nêu 19 ý kiến, kiến nghị. Ông Y Sơn, người có uy tín bon Bu Prăng, xã Quảng Khê đề nghị sớm giải quyết hồ sơ đất đai còn tồn đọng từ trước khi sáp nhập, hiện bon có 57 hộ chưa được cấp giấy chứng nhận. Cử tri Nguyễn Thị Lành ở phường Bắc Gia Nghĩa phản ánh việc đi lại làm thủ tục tại trung tâm hành chính tỉnh ở Đà Lạt quá xa, có người phải đi hơn 220 km. Ông K'Thuận, Trưởng bon Phi Mur, kiến nghị tiếp tục hỗ trợ cà phê tái canh.
Trả lời cử tri, ông Phạm Quốc Dũng cho biết tỉnh đã phân cấp cho các xã, phường giải quyết 95% thủ tục về đất đai; xã Quảng Khê đã cấp 1.030 giấy chứng nhận trong 5 tháng qua. Bà Tôn Thị Ngọc Hạnh thông tin, Ủy ban MTTQ tỉnh đã tổng hợp 1.240 ý kiến, kiến nghị của cử tri toàn tỉnh qua các đợt tiếp xúc từ tháng 7/2025 và đề nghị UBND tỉnh trả lời theo Kế hoạch số 35/KH-HĐND ngày 3/11/2025 của Thường trực HĐND tỉnh.
Ông Điểu K'Lương ghi nhận các ý kiến, cho biết Tổ đại biểu sẽ kiến nghị tỉnh mở rộng dịch vụ công trực tuyến, bố trí điểm tiếp nhận hồ sơ tại khu vực Gia Nghĩa để người dân không phải đi xa.
Trong đợt này, các tổ đại biểu HĐND tỉnh tiếp xúc cử tri tại tất cả các xã, phường trên địa bàn tỉnh; ở khu vực Bình Thuận và Đắk Nông cũ, nhiều buổi tiếp xúc được kết nối trực tuyến với các sở, ngành để trả lời ngay những ý kiến thuộc thẩm quyền.
Tin: Hồng Thắm
Tin liên quan
- Khai mạc kỳ họp chuyên đề HĐND tỉnh Lâm Đồng (15/10/2025)
- Đại biểu HĐND tỉnh tiếp xúc cử tri phường Phan Thiết (25/11/2025)
- Xã Quảng Khê ra mắt Trung tâm phục vụ hành chính công (01/07/2025)
""", "2025-11-28", "Đại biểu HĐND tỉnh tiếp xúc cử tri phường Bắc Gia Nghĩa và xã Quảng Khê",
E("hoi_nghi", "2025", "2025-11-26"),
[P("Điểu K'Lương", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Tôn Thị Ngọc Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quốc Dũng", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Lê Trọng Yên", "Bí thư Đảng ủy phường Bắc Gia Nghĩa"),
 P("Thị Hường", "Chủ tịch UBND xã Quảng Khê"),
 P("Y Sơn", "người có uy tín bon Bu Prăng"),
 P("Nguyễn Thị Lành"),
 P("K'Thuận", "Trưởng bon Phi Mur")],
[Q("gần 260 cử tri", 260, "cử tri", "approx"), Q("46 nội dung", 46, "nội dung"),
 Q("hơn 13.500 tỷ đồng", 13500000000000, "đồng", "over"), Q("19 ý kiến, kiến nghị", 19, "ý kiến, kiến nghị"), Q("57 hộ", 57, "hộ"),
 Q("hơn 220 km", 220, "km", "over"), Q("95%", 95, "%"), Q("1.030 giấy chứng nhận", 1030, "giấy chứng nhận"),
 Q("1.240 ý kiến, kiến nghị", 1240, "ý kiến, kiến nghị")],
[D("Kế hoạch", "35", "KH-HĐND", "2025-11-03", "Thường trực HĐND tỉnh", "Kế hoạch số 35/KH-HĐND ngày 3/11/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Bắc Gia Nghĩa"), com("Quảng Khê")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự › Chính trị › Hoạt động HĐND", "Cử tri phường Bắc Gia Nghĩa phát biểu ý kiến. Ảnh: Hồng Thắm",
 "Tin: Hồng Thắm"],
["17:05 | 28/11/2025", "khóa X", "2021 - 2026", "năm 2025", "năm 2026", "5 tháng", "tháng 7/2025", "ba tỉnh"]))

PAGES.append(page("b8811-vinhlong-bdv-txct-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ » Tin tức » Dân vận chính quyền
Thứ Sáu, 17/04/2026, 08:05
Đại biểu HĐND tỉnh khóa XI tiếp xúc cử tri phường Trà Vinh và xã Hòa Minh sau kỳ họp thứ nhất
Ngày 15/4/2026, Tổ đại biểu HĐND tỉnh Vĩnh Long khóa XI, nhiệm kỳ 2026 - 2031 đơn vị bầu cử số 12 đã tiếp xúc cử tri phường Trà Vinh và xã Hòa Minh sau Kỳ họp thứ nhất, HĐND tỉnh khóa XI.
Đồng chí Thạch Thị Sô Phia phát biểu tại buổi tiếp xúc.
Tổ đại biểu gồm các đồng chí: Thạch Thị Sô Phia, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy; Lê Minh Khôi, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh; Kim Ngọc Thái, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Dự buổi tiếp xúc có khoảng 220 cử tri, trong đó nhiều cử tri là đồng bào Khmer, sư sãi, người có uy tín.
Đồng chí Lê Minh Khôi thông báo kết quả Kỳ họp thứ nhất: HĐND tỉnh đã bầu các chức danh của HĐND, UBND tỉnh nhiệm kỳ 2026 - 2031, thành lập 4 Ban của HĐND và thông qua 11 nghị quyết, trong đó có Nghị quyết số 03/2026/NQ-HĐND về chương trình giám sát năm 2026.
Cử tri đã nêu 16 ý kiến, kiến nghị. Ông Sơn Rươne, Trưởng khóm 4, phường Trà Vinh đề nghị xử lý tình trạng ngập nước tại các tuyến hẻm mỗi khi triều cường; bà Huỳnh Thị Mai, cử tri ấp Nhứt, xã Hòa Minh phản ánh 63 hộ dân ven sông Cổ Chiên bị ảnh hưởng sạt lở cần được bố trí tái định cư. Thượng tọa Thạch Sang, trụ trì chùa Âng, đề nghị tiếp tục hỗ trợ các lớp dạy chữ Khmer hè tại 142 điểm chùa trong tỉnh.
Trả lời cử tri, đồng chí Thạch Thị Sô Phia cho biết năm 2026 tỉnh dành khoảng 85 tỷ đồng xây dựng 6 khu tái định cư cho các hộ vùng sạt lở ở khu vực Trà Vinh, Bến Tre cũ; các hộ di dời khẩn cấp được hỗ trợ đến 60 triệu đồng/hộ. Đồng chí Kim Ngọc Thái thông tin, Mặt trận các cấp đã vận động được hơn 12 tỷ đồng cho Quỹ "Vì người nghèo" để hỗ trợ hộ nghèo, hộ cận nghèo sửa chữa nhà ở.
Cũng tại buổi tiếp xúc, Tổ đại biểu thông tin kết quả giải quyết 52 kiến nghị của cử tri khu vực gửi đến các kỳ họp trước bầu cử; đến nay 47 kiến nghị đã được giải quyết, trả lời, đạt 90,4%.
Kết thúc buổi tiếp xúc, đồng chí Thạch Thị Sô Phia cảm ơn cử tri đã tín nhiệm bầu các đại biểu, khẳng định các đại biểu sẽ tiếp tục "đeo bám" từng kiến nghị, báo cáo kết quả với cử tri tại lần tiếp xúc trước kỳ họp giữa năm 2026.
Theo kế hoạch của Thường trực HĐND tỉnh, đợt tiếp xúc cử tri sau Kỳ họp thứ nhất diễn ra từ ngày 10 đến 25/4/2026 tại tất cả 124 xã, phường của tỉnh.
Ngọc Hân
Tin liên quan
- Tổng kết công tác bầu cử đại biểu Quốc hội và HĐND các cấp tại phường Trà Vinh (30/03/2026)
- Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây (10/04/2026)
- Hội nghị giao ban công tác dân vận quý I (25/03/2026)
""", "2026-04-17", "Đại biểu HĐND tỉnh khóa XI tiếp xúc cử tri phường Trà Vinh và xã Hòa Minh sau kỳ họp thứ nhất",
E("hoi_nghi", None, "2026-04-15"),
[P("Thạch Thị Sô Phia", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Minh Khôi", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Kim Ngọc Thái", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Rươne", "Trưởng khóm 4"),
 P("Huỳnh Thị Mai", "cử tri ấp Nhứt"),
 P("Thạch Sang", "Thượng tọa", "trụ trì chùa Âng")],
[Q("khoảng 220 cử tri", 220, "cử tri", "approx"), Q("4 Ban", 4, "Ban"), Q("11 nghị quyết", 11, "nghị quyết"),
 Q("16 ý kiến, kiến nghị", 16, "ý kiến, kiến nghị"), Q("63 hộ dân", 63, "hộ dân"), Q("142 điểm chùa", 142, "điểm chùa"),
 Q("khoảng 85 tỷ đồng", 85000000000, "đồng", "approx"), Q("6 khu tái định cư", 6, "khu tái định cư"),
 Q("đến 60 triệu đồng/hộ", 60000000, "đồng"), Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("52 kiến nghị", 52, "kiến nghị"), Q("47 kiến nghị", 47, "kiến nghị"), Q("90,4%", 90.4, "%"), Q("124 xã, phường", 124, "xã, phường")],
[D("Nghị quyết", "03", "2026/NQ-HĐND", None, None, "Nghị quyết số 03/2026/NQ-HĐND")],
[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("Trà Vinh"), com("Hòa Minh")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ » Tin tức » Dân vận chính quyền",
 "Đồng chí Thạch Thị Sô Phia phát biểu tại buổi tiếp xúc.", "Vì người nghèo"],
["Thứ Sáu, 17/04/2026, 08:05", "khóa XI", "2026 - 2031", "đơn vị bầu cử số 12", "Kỳ họp thứ nhất", "năm 2026", "khóm 4"]))

PAGES.append(page("b8812-dongnai-hdnd-giamsat-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự > Chính trị > Hoạt động dân cử
12/06/2026 - 10:20
Giám sát việc giải quyết kiến nghị cử tri tại khu vực Bình Phước cũ
Đoàn giám sát làm việc tại UBND phường Đồng Xoài.
Ngày 10/6, Đoàn giám sát của Thường trực HĐND tỉnh Đồng Nai do ông Điểu Huỳnh Sang, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát kết quả giải quyết kiến nghị của cử tri năm 2025 tại phường Đồng Xoài, xã Bù Đăng và xã Đồng Phú.
Tham gia đoàn có các ông, bà: Phạm Thị Thanh Tâm - Trưởng Ban Pháp chế HĐND tỉnh, Lê Văn Minh - Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh cùng đại diện Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và các sở, ngành.
Theo báo cáo, năm 2025, cử tri khu vực tỉnh Bình Phước cũ đã gửi đến HĐND tỉnh Bình Phước và sau đó là HĐND tỉnh Đồng Nai 186 kiến nghị. Sau khi sắp xếp đơn vị hành chính, 64 kiến nghị thuộc thẩm quyền cấp huyện trước đây được chuyển cho UBND các xã, phường mới giải quyết. Đến ngày 31/5/2026, đã có 151 kiến nghị được giải quyết, trả lời, đạt 81,2%; còn 35 kiến nghị chưa giải quyết xong.
Bà Thị Bích, Chủ tịch UBND xã Bù Đăng, cho biết xã đã nhận bàn giao 23 kiến nghị từ huyện Bù Đăng cũ, trong đó nhiều kiến nghị về tranh chấp đất đai giữa người dân với các công ty cao su có nguồn gốc từ 10 năm trước. Xã đã hòa giải thành 9 vụ tranh chấp đất đai, còn 5 vụ đang chờ đo đạc lại.
Ông Nguyễn Văn Toàn, Chủ tịch UBND phường Đồng Xoài, đề nghị tỉnh sớm hướng dẫn việc quản lý, sử dụng các trụ sở dôi dư sau sắp xếp, vì cử tri phản ánh nhiều trụ sở bỏ trống gây lãng phí. Phường đang quản lý 14 cơ sở nhà, đất dôi dư.
Tại buổi giám sát, ông Điểu Huỳnh Sang đề nghị UBND các xã, phường lập sổ theo dõi riêng đối với kiến nghị được bàn giao từ cấp huyện cũ, không để "rơi" kiến nghị trong quá trình chuyển đổi; những kiến nghị vượt thẩm quyền phải báo cáo ngay UBND tỉnh. Bà Phạm Thị Thanh Tâm lưu ý việc trả lời cử tri phải đúng thời hạn theo Luật Hoạt động giám sát của Quốc hội và HĐND, đồng thời công khai trên cổng thông tin điện tử của xã, phường.
Đoàn giám sát thực hiện theo Kế hoạch số 09/KH-HĐND ngày 6/5/2026 của Thường trực HĐND tỉnh; kết quả sẽ được báo cáo tại kỳ họp thường lệ giữa năm 2026 của HĐND tỉnh khóa XI. Trong tháng 6, đoàn tiếp tục giám sát tại 8 xã, phường khu vực Bình Phước cũ và 6 xã, phường khu vực Đồng Nai.
Trước đó, đoàn đã khảo sát thực tế tại sóc Bom Bo, xã Bù Đăng, nơi 46 hộ đồng bào S'tiêng kiến nghị về nước sinh hoạt. Ông Điểu Lanh, người có uy tín sóc Bom Bo, cho biết công trình cấp nước mới được đầu tư gần 2,8 tỷ đồng nay đã đưa vào sử dụng.
Hồng Phúc
Tin liên quan
- Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 5 (20/05/2026)
- Đại biểu HĐND tỉnh khóa XI tiếp xúc cử tri phường Long Khánh (18/04/2026)
- Khai mạc Kỳ họp thứ nhất, HĐND tỉnh khóa XI (26/03/2026)
""", "2026-06-12", "Giám sát việc giải quyết kiến nghị cử tri tại khu vực Bình Phước cũ",
E("giam_sat", "2025", "2026-06-10"),
[P("Điểu Huỳnh Sang", "Phó Chủ tịch HĐND tỉnh", "trưởng đoàn"),
 P("Phạm Thị Thanh Tâm", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Lê Văn Minh", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Thị Bích", "Chủ tịch UBND xã Bù Đăng"),
 P("Nguyễn Văn Toàn", "Chủ tịch UBND phường Đồng Xoài"),
 P("Điểu Lanh", "người có uy tín sóc Bom Bo")],
[Q("186 kiến nghị", 186, "kiến nghị"), Q("64 kiến nghị", 64, "kiến nghị"), Q("151 kiến nghị", 151, "kiến nghị"),
 Q("81,2%", 81.2, "%"), Q("35 kiến nghị", 35, "kiến nghị"), Q("23 kiến nghị", 23, "kiến nghị"),
 Q("9 vụ tranh chấp đất đai", 9, "vụ tranh chấp đất đai"), Q("5 vụ", 5, "vụ"), Q("14 cơ sở nhà, đất dôi dư", 14, "cơ sở nhà, đất dôi dư"),
 Q("8 xã, phường", 8, "xã, phường"), Q("6 xã, phường", 6, "xã, phường"), Q("46 hộ đồng bào S'tiêng", 46, "hộ đồng bào S'tiêng"),
 Q("gần 2,8 tỷ đồng", 2800000000, "đồng", "approx")],
[D("Kế hoạch", "09", "KH-HĐND", "2026-05-06", "Thường trực HĐND tỉnh", "Kế hoạch số 09/KH-HĐND ngày 6/5/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Bù Đăng"), com("Đồng Phú")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự > Chính trị > Hoạt động dân cử", "Đoàn giám sát làm việc tại UBND phường Đồng Xoài.",
 "Luật Hoạt động giám sát của Quốc hội và HĐND"],
["12/06/2026 - 10:20", "năm 2025", "10 năm", "năm 2026", "khóa XI"]))
