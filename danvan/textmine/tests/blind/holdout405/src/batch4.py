from lib import *
PAGES = []

PAGES.append(page("b9695-tuyenquang-hdnd-giamsat-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự › Chính quyền hai cấp › Hoạt động HĐND
Cập nhật: 14:20, 21/08/2025 (GMT+7)
Giám sát vận hành chính quyền địa phương hai cấp tại vùng cao Đồng Văn
Ngày 20/8, Đoàn giám sát của Thường trực HĐND tỉnh Tuyên Quang do bà Hầu Thị Sía, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát việc tổ chức, hoạt động của chính quyền địa phương hai cấp tại xã Đồng Văn và xã Lũng Cú. Đây là hai trong số những xã vùng cao biên giới của tỉnh Hà Giang trước đây, nay thuộc tỉnh Tuyên Quang theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Đoàn giám sát kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã Đồng Văn.
Cuộc giám sát thực hiện theo Kế hoạch số 15/KH-HĐND ngày 28/7/2025 của Thường trực HĐND tỉnh. Cùng tham gia đoàn có bà Hoàng Thị Nguyệt, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh, đại diện Sở Nội vụ và Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo với đoàn, ông Vàng Mí Dính, Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Văn cho biết, xã được thành lập trên cơ sở sắp xếp thị trấn Đồng Văn và 3 xã lân cận, diện tích hơn 98 km2, dân số trên 21.000 người, chủ yếu là đồng bào Mông. Sau 50 ngày vận hành, HĐND xã đã tổ chức 2 kỳ họp, ban hành 11 nghị quyết để kiện toàn bộ máy và quyết định dự toán ngân sách. Trung tâm Phục vụ hành chính công xã đã tiếp nhận 1.836 hồ sơ, giải quyết đúng hạn 97,2%.
Tuy nhiên, xã còn thiếu 5 công chức có chuyên môn về đất đai, xây dựng và tài chính; 12 máy tính được điều chuyển từ các xã cũ có cấu hình thấp; đường truyền mạng ở một số thôn chưa ổn định nên người dân vẫn phải đến trụ sở để nộp hồ sơ. Ông Lù Văn Páo, Chủ tịch UBND xã Lũng Cú, đề nghị tỉnh sớm bố trí kinh phí sửa chữa trụ sở làm việc và nhà công vụ cho cán bộ được điều động từ nơi khác đến.
Tại buổi làm việc, nhiều thành viên đoàn nêu ý kiến về việc bố trí các điểm tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm trên 20 km; đề nghị HĐND xã sớm xây dựng kế hoạch tiếp xúc cử tri sau sắp xếp để nắm tâm tư, nguyện vọng của người dân.
Kết luận buổi giám sát, bà Hầu Thị Sía ghi nhận sự nỗ lực của hai xã trong những ngày đầu vận hành mô hình mới; đề nghị Thường trực HĐND xã chủ động giám sát hoạt động của Trung tâm Phục vụ hành chính công, công khai kết quả giải quyết thủ tục hành chính; quan tâm tổ chức các kỳ họp bảo đảm đúng luật, chất lượng. Các kiến nghị về biên chế, kinh phí và hạ tầng công nghệ thông tin sẽ được Đoàn tổng hợp, báo cáo HĐND tỉnh tại kỳ họp gần nhất.
Theo kế hoạch, trong tháng 8 và tháng 9, Thường trực HĐND tỉnh tiếp tục giám sát tại 10 xã, phường khác trên địa bàn tỉnh.
Hồng Nhung - Minh Tuấn
Tin liên quan
- HĐND xã Mèo Vạc tổ chức kỳ họp thứ hai (15/08/2025)
- Tiếp xúc cử tri chuyên đề với người có uy tín tại xã Yên Minh (08/08/2025)
- Ban Kinh tế - Ngân sách HĐND tỉnh khảo sát tình hình thu ngân sách cấp xã (01/08/2025)
- Những ngày đầu vận hành chính quyền hai cấp ở xã biên giới Phó Bảng (10/07/2025)
""", "2025-08-21", "Giám sát vận hành chính quyền địa phương hai cấp tại vùng cao Đồng Văn",
E("giam_sat", None, "2025-08-20"),
[P("Hầu Thị Sía", "Phó Chủ tịch HĐND tỉnh"),
 P("Hoàng Thị Nguyệt", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Vàng Mí Dính", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đồng Văn"),
 P("Lù Văn Páo", "Chủ tịch UBND xã Lũng Cú")],
[Q("3 xã", 3, "xã"), Q("hơn 98 km2", 98, "km2", "over"), Q("trên 21.000 người", 21000, "người", "over"),
 Q("2 kỳ họp", 2, "kỳ họp"), Q("11 nghị quyết", 11, "nghị quyết"), Q("1.836 hồ sơ", 1836, "hồ sơ"), Q("97,2%", 97.2, "%"),
 Q("5 công chức", 5, "công chức"), Q("12 máy tính", 12, "máy tính"), Q("trên 20 km", 20, "km", "over"),
 Q("10 xã, phường", 10, "xã, phường")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Kế hoạch", "15", "KH-HĐND", "2025-07-28", "Thường trực HĐND tỉnh", "Kế hoạch số 15/KH-HĐND ngày 28/7/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự › Chính quyền hai cấp › Hoạt động HĐND",
 "Đoàn giám sát kiểm tra hoạt động của Trung tâm Phục vụ hành chính công xã Đồng Văn.", "Trung tâm Phục vụ hành chính công"],
["Cập nhật: 14:20, 21/08/2025 (GMT+7)", "50 ngày", "tháng 8 và tháng 9"]))

PAGES.append(page("b9696-vinhlong-hdnd-txct-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG
Trang chủ » Chính trị » Đại biểu dân cử
Ngày đăng 27/11/2025 | 15:00
Ảnh: Cử tri phường Nguyệt Hóa nêu ý kiến tại buổi tiếp xúc.
Cử tri mong chính sách hỗ trợ học phí đến nhanh với học sinh vùng đồng bào Khmer
Ngày 26/11, tổ đại biểu HĐND tỉnh Vĩnh Long khóa X, nhiệm kỳ 2021 - 2026 đơn vị khu vực Trà Vinh (cũ) đã tiếp xúc cử tri phường Nguyệt Hóa và xã Long Hiệp trước kỳ họp thường lệ cuối năm 2025 của HĐND tỉnh. Dự buổi tiếp xúc có hơn 220 cử tri, trong đó nhiều người là đồng bào Khmer.
Tổ đại biểu gồm bà Nguyễn Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh; ông Thạch Chanh Thu, Phó Trưởng Ban Dân tộc HĐND tỉnh và ông Lê Hoàng Phúc, đại biểu HĐND tỉnh.
Bà Nguyễn Thị Bích Vân thông tin dự kiến nội dung kỳ họp: HĐND tỉnh sẽ xem xét khoảng 40 báo cáo, tờ trình, trong đó có dự thảo nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026, phân bổ dự toán ngân sách cho 124 xã, phường và các nghị quyết cụ thể hóa Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo. Bà cũng thông báo kết quả thực hiện Nghị quyết số 08/2025/NQ-HĐND ngày 10/9/2025 của HĐND tỉnh về hỗ trợ học phí cho trẻ mầm non và học sinh phổ thông.
Tại hai điểm tiếp xúc, cử tri đã nêu 23 ý kiến, kiến nghị. Ông Kim Sóc Phol ở ấp Sóc Chuối, xã Long Hiệp, đề nghị sớm chi trả tiền hỗ trợ học phí học kỳ I vì nhiều gia đình đã phải đóng trước. Bà Thạch Thị Sa Rinh, Phó Trưởng ấp Giồng Lớn, phản ánh tuyến đường dal dài 3,2 km vào ấp bị sụt lún sau mùa mưa. Cử tri phường Nguyệt Hóa kiến nghị đẩy nhanh tiến độ bồi thường cho 68 hộ bị ảnh hưởng bởi dự án mở rộng quốc lộ 53 và xem xét bố trí thêm 1 điểm tiếp nhận hồ sơ hành chính tại khu vực đông dân.
Đại đức Thạch Sa Rây, trụ trì chùa Sóc Chuối, đề nghị tỉnh tiếp tục hỗ trợ kinh phí mở các lớp dạy chữ Khmer dịp hè và quan tâm sửa chữa những trường học xuống cấp trong vùng đồng bào dân tộc.
Thay mặt tổ đại biểu, ông Thạch Chanh Thu tiếp thu, giải trình các ý kiến liên quan chính sách dân tộc; ông Sơn Minh Trí, Chủ tịch UBND xã Long Hiệp, cho biết xã đã lập danh sách 1.146 học sinh được hỗ trợ học phí, dự kiến chi trả xong trước ngày 15/12/2025. Những ý kiến vượt thẩm quyền được tổ đại biểu ghi nhận, tổng hợp gửi Thường trực HĐND tỉnh để chuyển UBND tỉnh và các sở, ngành trả lời tại kỳ họp.
Ông Lâm Văn Thuận, Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp, đề nghị các ngành trả lời cử tri bằng văn bản và công khai trên loa truyền thanh của ấp để bà con nắm được kết quả.
Thanh Thảo - Sa Rươne
Tin cùng chuyên mục
- Tổ đại biểu HĐND tỉnh tiếp xúc cử tri khu vực Bến Tre (cũ) (25/11/2025)
- Thường trực HĐND tỉnh giám sát việc chi trả học phí tại phường Long Châu (18/11/2025)
- Chuẩn bị nội dung kỳ họp cuối năm HĐND tỉnh (12/11/2025)
""", "2025-11-27", "Cử tri mong chính sách hỗ trợ học phí đến nhanh với học sinh vùng đồng bào Khmer",
E("hoi_nghi", None, "2025-11-26"),
[P("Nguyễn Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"),
 P("Thạch Chanh Thu", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Lê Hoàng Phúc", "đại biểu HĐND tỉnh"),
 P("Kim Sóc Phol"),
 P("Thạch Thị Sa Rinh", "Phó Trưởng ấp Giồng Lớn"),
 P("Thạch Sa Rây", "Đại đức", "trụ trì chùa Sóc Chuối"),
 P("Sơn Minh Trí", "Chủ tịch UBND xã Long Hiệp"),
 P("Lâm Văn Thuận", "Chủ tịch Ủy ban MTTQ Việt Nam xã Long Hiệp")],
[Q("hơn 220 cử tri", 220, "cử tri", "over"), Q("khoảng 40 báo cáo, tờ trình", 40, "báo cáo, tờ trình", "approx"),
 Q("124 xã, phường", 124, "xã, phường"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"), Q("3,2 km", 3.2, "km"),
 Q("68 hộ", 68, "hộ"), Q("1.146 học sinh", 1146, "học sinh")],
[D("Nghị quyết", "71", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 71-NQ/TW"),
 D("Nghị quyết", "08", "2025/NQ-HĐND", "2025-09-10", "HĐND tỉnh", "Nghị quyết số 08/2025/NQ-HĐND ngày 10/9/2025")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Hiệp")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH VĨNH LONG", "Trang chủ » Chính trị » Đại biểu dân cử",
 "Ảnh: Cử tri phường Nguyệt Hóa nêu ý kiến tại buổi tiếp xúc."],
["Ngày đăng 27/11/2025 | 15:00", "khóa X", "nhiệm kỳ 2021 - 2026", "cuối năm 2025", "năm 2026", "học kỳ I", "quốc lộ 53",
 "1 điểm tiếp nhận hồ sơ hành chính"]))

PAGES.append(page("b9697-lamdong-hdndxa-tongket-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG
Chính trị - Xây dựng chính quyền - Cơ sở
30-12-2025 09:15
HĐND xã Quảng Khê: Nửa năm đầu vận hành, giám sát đi vào nền nếp
Ngày 29/12, Thường trực HĐND xã Quảng Khê, tỉnh Lâm Đồng tổ chức hội nghị tổng kết hoạt động HĐND xã năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có ông Trương Công Khải, Phó Chủ tịch HĐND tỉnh; ông Y Thinh Bdap, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì.
Xã Quảng Khê được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các xã thuộc huyện Đắk Glong của tỉnh Đắk Nông trước đây. Tuy mới hoạt động được 6 tháng, HĐND xã đã tổ chức 4 kỳ họp, trong đó có 2 kỳ họp chuyên đề, ban hành 27 nghị quyết, kịp thời quyết định dự toán, phân bổ ngân sách và các nội dung phục vụ vận hành bộ máy mới.
Quang cảnh hội nghị tổng kết hoạt động HĐND xã Quảng Khê năm 2025.
Thực hiện Kết luận 14, 15-KL/ĐU của Ban Thường vụ Đảng ủy xã về nâng cao hiệu quả giám sát và về công tác dân vận chính quyền, Thường trực và 2 ban của HĐND xã đã tiến hành 2 cuộc giám sát chuyên đề theo Kế hoạch số 09/KH-TTHĐND ngày 15/7/2025 của Thường trực HĐND xã: giám sát hoạt động của Trung tâm Phục vụ hành chính công xã và giám sát việc hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo là đồng bào dân tộc thiểu số tại chỗ.
Các tổ đại biểu tổ chức tiếp xúc cử tri tại 14 điểm với khoảng 1.150 lượt cử tri tham dự; tiếp nhận 96 ý kiến, kiến nghị, đến nay đã được giải quyết, trả lời 81 ý kiến. Nhiều kiến nghị về đường giao thông liên thôn, điện sinh hoạt ở các bon xa đã được UBND xã bố trí khoảng 3,6 tỷ đồng để khắc phục.
Bà Điểu Thị Hồng Nhung, Phó Chủ tịch HĐND xã, cho biết trong năm, HĐND xã đã tổ chức phiên chất vấn đầu tiên với 6 lượt đại biểu chất vấn Chủ tịch UBND xã về tình trạng tranh chấp đất rẫy và việc cấp giấy chứng nhận quyền sử dụng đất. Bà H'Liên Niê, Trưởng Ban Văn hóa - Xã hội HĐND xã, kiến nghị tỉnh sớm tổ chức bồi dưỡng kỹ năng cho đại biểu HĐND xã, vì 41 trong tổng số 52 đại biểu chưa từng tham gia HĐND cấp huyện.
Phát biểu tại hội nghị, ông Trương Công Khải đánh giá cao việc HĐND xã Quảng Khê mạnh dạn tổ chức chất vấn ngay trong năm đầu vận hành; đề nghị xã tiếp tục thực hiện tốt Luật Tổ chức chính quyền địa phương năm 2025, chuẩn bị chu đáo cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031. Ông cho biết, Thường trực HĐND tỉnh sẽ tổ chức các lớp bồi dưỡng cho đại biểu cấp xã của cả ba khu vực Lâm Đồng, Đắk Nông, Bình Thuận cũ ngay sau bầu cử.
Kết luận hội nghị, ông Y Thinh Bdap yêu cầu năm 2026, HĐND xã tập trung giám sát công tác quản lý đất đai, bảo vệ rừng; mỗi đại biểu phải gắn bó với cử tri nơi mình ứng cử. Dịp này, Thường trực HĐND xã tặng giấy khen cho 3 tập thể và 7 cá nhân.
K'Duyên
Lượt xem: 734
Tin khác
- HĐND phường Bắc Gia Nghĩa tổng kết năm 2025 (29/12/2025)
- Kỳ họp thứ tư HĐND xã Quảng Sơn (24/12/2025)
- Thường trực HĐND tỉnh giám sát việc tiếp nhận hồ sơ tại xã Tuy Phong (19/12/2025)
""", "2025-12-30", "HĐND xã Quảng Khê: Nửa năm đầu vận hành, giám sát đi vào nền nếp",
E("tong_ket", "2025", "2025-12-29"),
[P("Trương Công Khải", "Phó Chủ tịch HĐND tỉnh"),
 P("Y Thinh Bdap", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Điểu Thị Hồng Nhung", "Phó Chủ tịch HĐND xã"),
 P("H'Liên Niê", "Trưởng Ban Văn hóa - Xã hội HĐND xã")],
[Q("4 kỳ họp", 4, "kỳ họp"), Q("2 kỳ họp chuyên đề", 2, "kỳ họp chuyên đề"), Q("27 nghị quyết", 27, "nghị quyết"),
 Q("2 ban", 2, "ban"), Q("2 cuộc giám sát chuyên đề", 2, "cuộc giám sát chuyên đề"), Q("14 điểm", 14, "điểm"),
 Q("khoảng 1.150 lượt cử tri", 1150, "lượt cử tri", "approx"), Q("96 ý kiến, kiến nghị", 96, "ý kiến, kiến nghị"),
 Q("81 ý kiến", 81, "ý kiến"), Q("khoảng 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("6 lượt đại biểu", 6, "lượt đại biểu"),
 Q("41", 41, "đại biểu"), Q("52 đại biểu", 52, "đại biểu"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Kết luận", "14", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 14, 15-KL/ĐU"),
 D("Kết luận", "15", "KL/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kết luận 14, 15-KL/ĐU"),
 D("Kế hoạch", "09", "KH-TTHĐND", "2025-07-15", "Thường trực HĐND xã", "Kế hoạch số 09/KH-TTHĐND ngày 15/7/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Khê")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH LÂM ĐỒNG", "Chính trị - Xây dựng chính quyền - Cơ sở",
 "Quang cảnh hội nghị tổng kết hoạt động HĐND xã Quảng Khê năm 2025.", "Luật Tổ chức chính quyền địa phương năm 2025",
 "Trung tâm Phục vụ hành chính công", "Lượt xem: 734"],
["30-12-2025 09:15", "năm 2025", "năm 2026", "6 tháng", "nhiệm kỳ 2026 - 2031", "Lượt xem: 734"]))

PAGES.append(page("b9698-dongnai-hdnd-giaoban-2026", """
HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG NAI - CỔNG THÔNG TIN ĐIỆN TỬ
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ > Hoạt động của HĐND > Thường trực HĐND
Thứ Sáu, 09/01/2026 - 10:40
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Kiến nghị cử tri phải được trả lời trước khi kết thúc nhiệm kỳ
Sáng 8/1/2026, Thường trực HĐND tỉnh Đồng Nai tổ chức hội nghị giao ban quý IV/2025 với Thường trực HĐND 95 xã, phường theo hình thức trực tiếp kết hợp trực tuyến. Chủ trì hội nghị có các Phó Chủ tịch HĐND tỉnh: Thái Bảo Ngọc, Điểu Văn Hưng.
Theo báo cáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh, trong quý IV, HĐND cấp xã đã tổ chức kỳ họp thường lệ cuối năm đúng luật; Thường trực HĐND các xã, phường thực hiện 137 cuộc giám sát, tập trung vào hoạt động của Trung tâm Phục vụ hành chính công, việc chi trả chính sách xã hội và quản lý trật tự xây dựng. Trước kỳ họp cuối năm, đại biểu HĐND tỉnh và cấp xã đã tiếp xúc cử tri tại 286 điểm với hơn 41.000 lượt cử tri; tổng hợp 3.214 ý kiến, kiến nghị, đến nay đã trả lời 2.870 ý kiến, đạt 89,3%.
Ông Lê Trọng Nghĩa, Tỉnh ủy viên, Trưởng Ban Pháp chế HĐND tỉnh, cho biết qua giám sát ở khu vực Bình Phước cũ, nhiều xã biên giới còn thiếu công chức tư pháp - hộ tịch; việc liên thông dữ liệu đất đai giữa xã và Văn phòng đăng ký đất đai còn chậm, dẫn đến 412 hồ sơ quá hạn.
Ông Điểu Hùng, Chủ tịch HĐND xã Bù Gia Mập, đề nghị tỉnh hỗ trợ phương tiện để đại biểu đi tiếp xúc cử tri ở các sóc cách trung tâm xã trên 30 km. Bà Thị Mơ, Phó Chủ tịch HĐND xã Đăk Ơ, kiến nghị cho phép tổ chức tiếp xúc cử tri bằng tiếng S'tiêng, có người phiên dịch. Ông Phạm Văn Trí, Chủ tịch HĐND phường Trấn Biên, phản ánh tình trạng ngập úng cục bộ sau mưa lớn mà cử tri đã kiến nghị qua nhiều kỳ họp.
Phát biểu kết luận, bà Thái Bảo Ngọc yêu cầu Thường trực HĐND cấp xã rà soát toàn bộ kiến nghị cử tri từ đầu nhiệm kỳ, phân loại những kiến nghị chưa được giải quyết để đôn đốc UBND cùng cấp trả lời trước khi kết thúc nhiệm kỳ 2021 - 2026. Quý I/2026, HĐND các cấp tập trung phục vụ cuộc bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031 theo Chỉ thị số 46-CT/TW của Bộ Chính trị và Kế hoạch số 03/KH-UBBC ngày 5/1/2026 của Ủy ban bầu cử tỉnh; phối hợp với Ủy ban MTTQ Việt Nam cùng cấp tổ chức tốt các hội nghị tiếp xúc cử tri của người ứng cử.
Bà cũng đề nghị HĐND các xã, phường hoàn thành báo cáo tổng kết nhiệm kỳ trước ngày 31/1/2026, trong đó đánh giá riêng kết quả hoạt động từ khi vận hành chính quyền địa phương hai cấp.
Văn phòng Đoàn ĐBQH và HĐND tỉnh
Lượt truy cập: 1.204.377
Tin liên quan
- HĐND tỉnh tổ chức kỳ họp thường lệ cuối năm 2025 (12/12/2025)
- Thường trực HĐND tỉnh giám sát công tác chuẩn bị bầu cử tại xã Lộc Ninh (26/12/2025)
- Giao ban Thường trực HĐND tỉnh quý III/2025 (08/10/2025)
""", "2026-01-09", "Kiến nghị cử tri phải được trả lời trước khi kết thúc nhiệm kỳ",
E("giao_ban", "2025-Q4", "2026-01-08"),
[P("Thái Bảo Ngọc", "Phó Chủ tịch HĐND tỉnh"),
 P("Điểu Văn Hưng", "Phó Chủ tịch HĐND tỉnh"),
 P("Lê Trọng Nghĩa", "Tỉnh ủy viên", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Điểu Hùng", "Chủ tịch HĐND xã Bù Gia Mập"),
 P("Thị Mơ", "Phó Chủ tịch HĐND xã Đăk Ơ"),
 P("Phạm Văn Trí", "Chủ tịch HĐND phường Trấn Biên")],
[Q("95 xã, phường", 95, "xã, phường"), Q("137 cuộc giám sát", 137, "cuộc giám sát"), Q("286 điểm", 286, "điểm"),
 Q("hơn 41.000 lượt cử tri", 41000, "lượt cử tri", "over"), Q("3.214 ý kiến, kiến nghị", 3214, "ý kiến, kiến nghị"),
 Q("2.870 ý kiến", 2870, "ý kiến"), Q("89,3%", 89.3, "%"), Q("412 hồ sơ", 412, "hồ sơ"), Q("trên 30 km", 30, "km", "over")],
[D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 46-CT/TW"),
 D("Kế hoạch", "03", "KH-UBBC", "2026-01-05", "Ủy ban bầu cử tỉnh", "Kế hoạch số 03/KH-UBBC ngày 5/1/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Trấn Biên")],
["HỘI ĐỒNG NHÂN DÂN TỈNH ĐỒNG NAI - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Hoạt động của HĐND > Thường trực HĐND",
 "Hôm nay: Thứ Hai, 12/01/2026", "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Lượt truy cập: 1.204.377",
 "Văn phòng Đoàn ĐBQH và HĐND tỉnh"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026 - 10:40", "quý IV/2025", "Quý I/2026", "nhiệm kỳ 2021 - 2026",
 "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 1.204.377"]))

PAGES.append(page("b9699-gialai-ungcuvien-txct-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031
05/03/2026 - 19:30
Người ứng cử đại biểu HĐND tỉnh tiếp xúc cử tri phường Quy Nhơn Nam
Tối 4/3, Ban Thường trực Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam phối hợp với Thường trực HĐND, UBND phường tổ chức hội nghị tiếp xúc cử tri để những người ứng cử đại biểu HĐND tỉnh Gia Lai nhiệm kỳ 2026 - 2031 ở đơn vị bầu cử số 3 vận động bầu cử. Đơn vị bầu cử số 3 gồm phường Quy Nhơn Nam và xã Nhơn Châu, có 5 người ứng cử để bầu 3 đại biểu. Hội nghị thu hút hơn 300 cử tri tham dự.
Người ứng cử trình bày chương trình hành động trước cử tri phường Quy Nhơn Nam. Ảnh: Ngọc Minh
Những người ứng cử gồm: ông Đinh Văn Lim, Phó Trưởng Ban Dân tộc HĐND tỉnh; bà Nguyễn Thị Hoài Thương, Phó Giám đốc Sở Giáo dục và Đào tạo; TS. Lê Minh Khoa, Phó Hiệu trưởng Trường Đại học Quy Nhơn; ông Trần Quốc Việt, Bí thư Đảng ủy phường Quy Nhơn Nam; bà Hồ Thị Mỹ Lệ, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Nhơn Châu.
Ông Đinh Văn Lim, người Bahnar, cam kết nếu trúng cử sẽ giám sát sát sao việc thực hiện chính sách đối với đồng bào dân tộc thiểu số ở cả khu vực phía Tây lẫn phía Đông của tỉnh sau hợp nhất, nhất là chính sách đất ở, đất sản xuất. TS. Lê Minh Khoa đề xuất đưa kết quả nghiên cứu của nhà trường về nuôi trồng thủy sản ven biển vào sản xuất; bà Nguyễn Thị Hoài Thương tập trung vào chương trình xóa phòng học tạm và thu hút giáo viên về xã đảo.
Có 12 cử tri phát biểu. Ông Võ Văn Tư ở khu phố 4, phường Quy Nhơn Nam, đề nghị đại biểu sau khi trúng cử quan tâm kè chắn sóng dài khoảng 1,5 km đang xuống cấp. Bà Phan Thị Lành, Chi hội trưởng Chi hội Phụ nữ thôn Bãi Nồm, xã Nhơn Châu, mong tỉnh có chính sách hỗ trợ giá vé tàu cho học sinh và người bệnh từ đảo vào đất liền. Nhiều cử tri nhắc nhở các ứng cử viên giữ đúng lời hứa, thường xuyên tiếp xúc cử tri chứ không chỉ gặp gỡ trong mùa bầu cử.
Theo Kế hoạch số 21/KH-UBBC ngày 20/1/2026 của Ủy ban bầu cử tỉnh, việc vận động bầu cử kết thúc trước thời điểm bỏ phiếu 24 giờ; toàn tỉnh có 135 xã, phường, đặc khu với hơn 2,6 triệu cử tri. Cuộc bầu cử diễn ra ngày 15/3/2026, theo Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13 đã được sửa đổi, bổ sung.
Phát biểu kết thúc hội nghị, ông Nguyễn Thanh Sơn, Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam, đề nghị cử tri tìm hiểu kỹ tiểu sử và chương trình hành động của từng người ứng cử để lựa chọn những đại biểu tiêu biểu, xứng đáng đại diện cho ý chí, nguyện vọng của nhân dân. Biên bản hội nghị sẽ được gửi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh theo quy định.
Ngọc Minh
Tin liên quan
- Người ứng cử đại biểu Quốc hội tiếp xúc cử tri xã Vĩnh Thạnh (04/03/2026)
- Gia Lai: 215 người ứng cử đại biểu HĐND tỉnh (24/02/2026)
- Tuyên truyền bầu cử bằng tiếng Jrai, Bahnar tại các xã biên giới (20/02/2026)
""", "2026-03-05", "Người ứng cử đại biểu HĐND tỉnh tiếp xúc cử tri phường Quy Nhơn Nam",
E("hoi_nghi", None, "2026-03-04"),
[P("Đinh Văn Lim", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Nguyễn Thị Hoài Thương", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Lê Minh Khoa", "TS.", "Phó Hiệu trưởng Trường Đại học Quy Nhơn"),
 P("Trần Quốc Việt", "Bí thư Đảng ủy phường Quy Nhơn Nam"),
 P("Hồ Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Nhơn Châu"),
 P("Võ Văn Tư"),
 P("Phan Thị Lành", "Chi hội trưởng Chi hội Phụ nữ thôn Bãi Nồm"),
 P("Nguyễn Thanh Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam")],
[Q("5 người ứng cử", 5, "người ứng cử"), Q("3 đại biểu", 3, "đại biểu"), Q("hơn 300 cử tri", 300, "cử tri", "over"),
 Q("12 cử tri", 12, "cử tri"), Q("khoảng 1,5 km", 1.5, "km", "approx"), Q("135 xã, phường, đặc khu", 135, "xã, phường, đặc khu"),
 Q("hơn 2,6 triệu cử tri", 2600000, "cử tri", "over")],
[D("Kế hoạch", "21", "KH-UBBC", "2026-01-20", "Ủy ban bầu cử tỉnh", "Kế hoạch số 21/KH-UBBC ngày 20/1/2026"),
 D("Luật", "85", "2015/QH13", None, None, "Luật Bầu cử đại biểu Quốc hội và đại biểu HĐND số 85/2015/QH13")],
[prov("Gia Lai"), com("Quy Nhơn Nam"), com("Nhơn Châu")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp nhiệm kỳ 2026 - 2031",
 "Người ứng cử trình bày chương trình hành động trước cử tri phường Quy Nhơn Nam. Ảnh: Ngọc Minh", "Ủy ban bầu cử tỉnh"],
["05/03/2026 - 19:30", "nhiệm kỳ 2026 - 2031", "đơn vị bầu cử số 3", "khu phố 4", "24 giờ", "khóa XVI"]))

PAGES.append(page("b9700-cantho-hdnd-boiduong-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ HĐND THÀNH PHỐ CẦN THƠ
Trang chủ / Tin hoạt động / Bồi dưỡng đại biểu
Ngày 14/05/2026 | 16:45
Hơn 1.200 đại biểu HĐND xã, phường được bồi dưỡng kỹ năng giám sát, tiếp xúc cử tri
Trong 2 ngày 12 và 13/5, Thường trực HĐND thành phố Cần Thơ phối hợp với Trường Chính trị thành phố tổ chức hội nghị bồi dưỡng kỹ năng hoạt động cho đại biểu HĐND cấp xã nhiệm kỳ 2026 - 2031 năm 2026. Hội nghị được tổ chức trực tiếp tại hội trường thành phố, kết nối trực tuyến đến 103 xã, phường với hơn 1.200 đại biểu HĐND xã, phường tham dự.
Toàn cảnh hội nghị tại điểm cầu thành phố. Ảnh: Bảo Trân
Phát biểu khai mạc, bà Trần Thị Kiều Oanh, Phó Chủ tịch HĐND thành phố cho biết, sau cuộc bầu cử ngày 15/3/2026, toàn thành phố có 2.486 đại biểu HĐND cấp xã, trong đó 48,6% lần đầu tham gia HĐND và 17,2% là người dân tộc Khmer, Hoa. Đây là nhiệm kỳ đầu tiên HĐND cấp xã của thành phố Cần Thơ mới, hình thành sau khi hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang, hoạt động trong mô hình chính quyền địa phương hai cấp.
Các đại biểu được giới thiệu 7 chuyên đề, trong đó có những điểm mới của Luật Tổ chức chính quyền địa phương số 72/2025/QH15; hướng dẫn hoạt động giám sát của HĐND theo Nghị quyết số 594/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội; kỹ năng tiếp xúc cử tri, tiếp công dân; kỹ năng chất vấn và thẩm tra. TS. Huỳnh Thanh Phong, Phó Giám đốc Trường Chính trị thành phố, trình bày chuyên đề về kỹ năng giám sát tại địa bàn với nhiều tình huống từ thực tiễn các xã, phường sau sắp xếp.
Trao đổi tại hội nghị, ông Sơn Văn Thắng, Chủ tịch HĐND xã Lịch Hội Thượng, đề nghị biên soạn tài liệu bồi dưỡng song ngữ Việt - Khmer cho đại biểu người dân tộc. Bà Lê Thị Ngọc Hân, Phó Chủ tịch HĐND phường Ninh Kiều, nêu khó khăn khi tổ chức tiếp xúc cử tri ở những khu dân cư đông người lao động ngoại tỉnh. Ông Trịnh Văn Nhã, đại biểu HĐND xã Vị Thủy, hỏi về thẩm quyền của HĐND xã khi giám sát các dự án do tỉnh làm chủ đầu tư trên địa bàn.
Ông Sơn Ngọc Thạch, Trưởng Ban Dân tộc HĐND thành phố, giải đáp các câu hỏi và cho biết Ban sẽ phối hợp với Văn phòng Đoàn ĐBQH và HĐND thành phố biên soạn sổ tay hỏi - đáp cho đại biểu cấp xã, dự kiến phát hành trong quý III.
Bế mạc hội nghị, bà Trần Thị Kiều Oanh đề nghị các đại biểu vận dụng kiến thức vào thực tiễn ngay trong đợt tiếp xúc cử tri trước kỳ họp giữa năm 2026; Thường trực HĐND cấp xã tổ chức ít nhất 1 lần tiếp xúc cử tri chuyên đề trong năm. Tổng kinh phí tổ chức hội nghị hơn 1,1 tỷ đồng, được bố trí theo Kế hoạch số 18/KH-HĐND ngày 10/4/2026 của Thường trực HĐND thành phố.
Bảo Trân
Lượt xem: 1.893
Tin liên quan
- HĐND thành phố tổ chức kỳ họp thứ nhất, nhiệm kỳ 2026 - 2031 (28/03/2026)
- Đại biểu HĐND thành phố tiếp xúc cử tri sau kỳ họp thứ nhất (10/04/2026)
- Bồi dưỡng đại biểu HĐND cấp xã khu vực Sóc Trăng cũ (05/05/2026)
""", "2026-05-14", "Hơn 1.200 đại biểu HĐND xã, phường được bồi dưỡng kỹ năng giám sát, tiếp xúc cử tri",
E("tap_huan", "2026", "2026-05-12"),
[P("Trần Thị Kiều Oanh", "Phó Chủ tịch HĐND thành phố"),
 P("Huỳnh Thanh Phong", "TS.", "Phó Giám đốc Trường Chính trị thành phố"),
 P("Sơn Văn Thắng", "Chủ tịch HĐND xã Lịch Hội Thượng"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch HĐND phường Ninh Kiều"),
 P("Trịnh Văn Nhã", "đại biểu HĐND xã Vị Thủy"),
 P("Sơn Ngọc Thạch", "Trưởng Ban Dân tộc HĐND thành phố")],
[Q("103 xã, phường", 103, "xã, phường"), Q("hơn 1.200 đại biểu HĐND xã, phường", 1200, "đại biểu HĐND xã, phường", "over"),
 Q("2.486 đại biểu HĐND cấp xã", 2486, "đại biểu HĐND cấp xã"), Q("48,6%", 48.6, "%"), Q("17,2%", 17.2, "%"),
 Q("7 chuyên đề", 7, "chuyên đề"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over")],
[D("Luật", "72", "2025/QH15", None, None, "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
 D("Nghị quyết", "594", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 594/NQ-UBTVQH15"),
 D("Kế hoạch", "18", "KH-HĐND", "2026-04-10", "Thường trực HĐND thành phố", "Kế hoạch số 18/KH-HĐND ngày 10/4/2026")],
[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("Lịch Hội Thượng"), com("Ninh Kiều"), com("Vị Thủy")],
["CỔNG THÔNG TIN ĐIỆN TỬ HĐND THÀNH PHỐ CẦN THƠ", "Trang chủ / Tin hoạt động / Bồi dưỡng đại biểu",
 "Toàn cảnh hội nghị tại điểm cầu thành phố. Ảnh: Bảo Trân", "Lượt xem: 1.893"],
["Ngày 14/05/2026 | 16:45", "2 ngày", "nhiệm kỳ 2026 - 2031", "năm 2026", "quý III", "giữa năm 2026", "ít nhất 1 lần",
 "Lượt xem: 1.893"]))
