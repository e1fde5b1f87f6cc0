from lib import *
PAGES = []

PAGES.append(page("b7565-laocai-khoi-dang-doanthe-tongket-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ > Chính trị > Thi đua - Khen thưởng
Thứ Tư, 28/12/2011 - 16:20
Toàn cảnh hội nghị tổng kết. Ảnh: Mạnh Hùng
Khối thi đua các cơ quan Đảng, đoàn thể tổng kết phong trào năm 2011
LCĐT - Chiều 27/12, Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2011 và ký kết giao ước thi đua năm 2012. Đồng chí Vàng Thị Mỷ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Khối trưởng Khối thi đua chủ trì hội nghị.
Năm 2011, 11 cơ quan, đơn vị trong Khối đã cụ thể hóa Chỉ thị số 39-CT/TW ngày 21/5/2010 của Ban Bí thư về tiếp tục đổi mới, đẩy mạnh phong trào thi đua yêu nước, phát hiện, bồi dưỡng, tổng kết và nhân điển hình tiên tiến bằng những nội dung thi đua sát với chức năng, nhiệm vụ từng cơ quan. Các đơn vị triển khai nghiêm Hướng dẫn 05, 06-HD/HĐTĐKT của Hội đồng Thi đua - Khen thưởng tỉnh về chấm điểm, xếp loại thi đua khối và về xét tặng danh hiệu cuối năm.
Phong trào thi đua gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh" được đẩy mạnh; 100% cán bộ, công chức trong Khối đăng ký thi đua từ đầu năm, có 27 sáng kiến, giải pháp được hội đồng cơ sở công nhận. Cán bộ, công chức quyên góp hơn 185 triệu đồng ủng hộ Quỹ "Vì người nghèo", giúp đỡ 6 hộ nghèo ở xã Bản Phố làm nhà ở. Việc chấp hành giờ giấc, thái độ giao tiếp với nhân dân đến liên hệ công tác có chuyển biến rõ.
Theo ông Lù Văn Sính, Phó Trưởng ban Thi đua - Khen thưởng tỉnh, bên cạnh kết quả đạt được, việc bình xét thi đua ở một số đơn vị còn nể nang, nặng về thành tích tập thể lãnh đạo; tỷ lệ khen thưởng cho người trực tiếp lao động mới đạt khoảng 40%.
Thảo luận tại hội nghị, bà Lý Thị Chài, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, kiến nghị đưa tiêu chí "không có cán bộ vi phạm kỷ luật" thành điều kiện bắt buộc khi xét danh hiệu; ông Hoàng Văn Thào, Chủ tịch Hội Nông dân tỉnh, đề nghị mỗi cơ quan nhận đỡ đầu ít nhất 1 thôn đặc biệt khó khăn.
Kết quả bình xét, Khối thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho 2 đơn vị dẫn đầu là Ban Dân vận Tỉnh ủy và Tỉnh đoàn; tặng Bằng khen cho 3 tập thể và 14 cá nhân. Hội nghị bầu Hội Cựu chiến binh tỉnh làm Khối trưởng, Hội Nông dân tỉnh làm Khối phó năm 2012.
Phát biểu bế mạc, đồng chí Vàng Thị Mỷ đề nghị các cơ quan trong Khối tiếp tục đưa phong trào thi đua vào nền nếp, gắn với việc xây dựng cơ quan trong sạch, vững mạnh; mỗi cán bộ, công chức khối Đảng, đoàn thể phải gần dân, sát cơ sở, góp phần cùng Lào Cai thực hiện thắng lợi nhiệm vụ chính trị năm 2012.
Trọng Hiếu
Lượt đọc: 1.204
Tin liên quan
- Sở Nội vụ hướng dẫn xét tặng danh hiệu thi đua năm 2011 (15/12/2011)
- Bảo Thắng: 35 tập thể được khen thưởng trong phong trào thi đua (09/12/2011)
- Ra mắt Cụm thi đua các huyện vùng cao (30/11/2011)
""", "2011-12-28", "Khối thi đua các cơ quan Đảng, đoàn thể tổng kết phong trào năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Thị Mỷ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Khối trưởng Khối thi đua"),
 P("Lù Văn Sính", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Lý Thị Chài", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Hoàng Văn Thào", "Chủ tịch Hội Nông dân tỉnh")],
[Q("11 cơ quan, đơn vị", 11, "cơ quan, đơn vị"), Q("100%", 100, "%"), Q("27 sáng kiến, giải pháp", 27, "sáng kiến, giải pháp"),
 Q("hơn 185 triệu đồng", 185000000, "đồng", "over"), Q("6 hộ nghèo", 6, "hộ nghèo"), Q("khoảng 40%", 40, "%", "approx"),
 Q("ít nhất 1 thôn đặc biệt khó khăn", 1, "thôn đặc biệt khó khăn", "over"),
 Q("2 đơn vị dẫn đầu", 2, "đơn vị dẫn đầu"), Q("3 tập thể", 3, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "39", "CT/TW", "2010-05-21", "Ban Bí thư", "Chỉ thị số 39-CT/TW ngày 21/5/2010 của Ban Bí thư"),
 D("Hướng dẫn", "05", "HD/HĐTĐKT", None, "Hội đồng Thi đua - Khen thưởng tỉnh", "Hướng dẫn 05, 06-HD/HĐTĐKT"),
 D("Hướng dẫn", "06", "HD/HĐTĐKT", None, "Hội đồng Thi đua - Khen thưởng tỉnh", "Hướng dẫn 05, 06-HD/HĐTĐKT")],
[prov("Lào Cai"), com("Bản Phố")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ > Chính trị > Thi đua - Khen thưởng", "Toàn cảnh hội nghị tổng kết. Ảnh: Mạnh Hùng",
 "LCĐT", "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Vì người nghèo", "không có cán bộ vi phạm kỷ luật", "Lượt đọc: 1.204"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "Lượt đọc: 1.204"]))

PAGES.append(page("b7566-namdinh-cum-so-nganh-giaoban-2012", """
Cổng thông tin điện tử Sở Nội vụ tỉnh Nam Định
Bạn đang ở: Trang chủ / Thi đua - Khen thưởng / Hoạt động cụm, khối
08:30 | 05/10/2012
Cụm thi đua các sở, ngành kinh tế - tổng hợp giao ban quý III
Sáng ngày 04/10/2012, tại Sở Kế hoạch và Đầu tư, Cụm thi đua số 2 gồm 9 sở, ngành kinh tế - tổng hợp của tỉnh tổ chức giao ban đánh giá kết quả thi đua quý III năm 2012, bàn nhiệm vụ quý IV. Chủ trì giao ban là ông Trần Quang Khải, Giám đốc Sở Kế hoạch và Đầu tư - Cụm trưởng Cụm thi đua số 2.
Báo cáo của Cụm cho thấy, 9 tháng năm 2012 các đơn vị đã bám sát Kế hoạch số 12/KH-UBND ngày 20/02/2012 của UBND tỉnh về phát động phong trào thi đua yêu nước năm 2012 và Quyết định 129/2007/QĐ-TTg của Thủ tướng Chính phủ ban hành Quy chế văn hóa công sở tại các cơ quan hành chính nhà nước. Các sở đã giải quyết đúng hạn 2.316/2.402 hồ sơ thủ tục hành chính, đạt 96,4%; bố trí nơi tiếp công dân, niêm yết công khai thủ tục; 100% cán bộ, công chức đeo thẻ khi thi hành công vụ.
Trong quý III, các đơn vị trong Cụm đã tổ chức 4 đợt kiểm tra chéo việc chấp hành giờ giấc làm việc theo Chỉ thị 05/2008/CT-TTg; phát hiện 7 trường hợp đi muộn, về sớm và đã nhắc nhở, trừ điểm thi đua. Công đoàn các sở vận động đoàn viên đóng góp trên 62 triệu đồng xây nhà tình nghĩa tại xã Hải Phúc, huyện Hải Hậu.
Ông Đỗ Văn Toản, Phó Giám đốc Sở Tài chính, Cụm phó, đề nghị thống nhất mẫu phiếu chấm điểm để việc đánh giá giữa các đơn vị được khách quan. Bà Vũ Thị Hồng Nhung, Phó Trưởng ban Thi đua - Khen thưởng Sở Nội vụ, lưu ý các đơn vị đăng ký danh hiệu trước ngày 15/11 và gửi hồ sơ đề nghị khen thưởng chuyên đề đúng quy trình.
Kết luận giao ban, ông Trần Quang Khải đề nghị quý IV các sở tập trung hoàn thành chỉ tiêu chuyên môn, đẩy mạnh cải cách hành chính, tiếp tục thực hiện cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", xây dựng cơ quan đạt chuẩn văn hóa. Cụm thống nhất tổ chức hội nghị tổng kết năm vào trung tuần tháng 12, dự kiến suy tôn 2 đơn vị đề nghị tặng Cờ thi đua của UBND tỉnh.
Cũng tại buổi giao ban, các đơn vị trao đổi kinh nghiệm tổ chức phong trào thi đua chuyên đề, cách lựa chọn nhân tố mới là công chức trẻ, người trực tiếp làm chuyên môn để đề nghị khen thưởng, tránh tình trạng khen thưởng dồn vào lãnh đạo đơn vị như những năm trước.
Nguyễn Hằng - Văn phòng Sở
Bản in | Gửi email
Tin khác
- Cụm thi đua các huyện, thành phố ký giao ước thi đua năm 2012 (23/03/2012)
- Hướng dẫn xét khen thưởng thành tích kháng chiến (12/09/2012)
- Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cấp xã (18/08/2012)
- Nam Định: khen thưởng 120 điển hình "Dân vận khéo" (20/07/2012)
""", "2012-10-05", "Cụm thi đua các sở, ngành kinh tế - tổng hợp giao ban quý III",
E("giao_ban", "2012-Q3", "2012-10-04"),
[P("Trần Quang Khải", "Giám đốc Sở Kế hoạch và Đầu tư - Cụm trưởng Cụm thi đua số 2"),
 P("Đỗ Văn Toản", "Phó Giám đốc Sở Tài chính", "Cụm phó"),
 P("Vũ Thị Hồng Nhung", "Phó Trưởng ban Thi đua - Khen thưởng Sở Nội vụ")],
[Q("9 sở, ngành kinh tế - tổng hợp", 9, "sở, ngành kinh tế - tổng hợp"), Q("2.316/2.402 hồ sơ thủ tục hành chính", 2316, "hồ sơ thủ tục hành chính"),
 Q("96,4%", 96.4, "%"), Q("100%", 100, "%"), Q("4 đợt kiểm tra chéo", 4, "đợt kiểm tra chéo"), Q("7 trường hợp", 7, "trường hợp"),
 Q("trên 62 triệu đồng", 62000000, "đồng", "over"), Q("2 đơn vị", 2, "đơn vị")],
[D("Kế hoạch", "12", "KH-UBND", "2012-02-20", "UBND tỉnh", "Kế hoạch số 12/KH-UBND ngày 20/02/2012 của UBND tỉnh"),
 D("Quyết định", "129", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 129/2007/QĐ-TTg"),
 D("Chỉ thị", "05", "2008/CT-TTg", None, None, "Chỉ thị 05/2008/CT-TTg")],
[prov("Nam Định"), com("Hải Phúc")],
["Cổng thông tin điện tử Sở Nội vụ tỉnh Nam Định", "Bạn đang ở: Trang chủ / Thi đua - Khen thưởng / Hoạt động cụm, khối",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Bản in | Gửi email", "Quy chế văn hóa công sở"],
["08:30 | 05/10/2012", "quý III năm 2012", "quý IV", "9 tháng năm 2012", "ngày 15/11", "tháng 12"]))

PAGES.append(page("b7567-quangbinh-vanhoacongso-soket-2013", """
QUẢNG BÌNH ONLINE
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa
Cập nhật: 14:05, 18/07/2013 (GMT+7)
Cán bộ Sở Nội vụ kiểm tra việc đeo thẻ công chức tại bộ phận một cửa. Ảnh: P.V
Văn hóa công sở: chuyển biến nhưng chưa đồng đều
(QBĐT) - Ngày 17/7, UBND tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện Quy chế văn hóa công sở và phong trào thi đua "Cán bộ, công chức thi đua thực hiện văn hóa công sở" tại các cơ quan hành chính nhà nước. Đồng chí Nguyễn Hữu Hoài, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh dự và chỉ đạo.
Theo báo cáo của Sở Nội vụ, sau khi UBND tỉnh ban hành quyết định số 08/2013/QĐ-UBND về Quy chế văn hóa công sở, 22 sở, ban, ngành và 8 huyện, thành phố, thị xã đã xây dựng quy chế nội bộ, niêm yết tại trụ sở. Qua kiểm tra đột xuất tại 36 cơ quan, có gần 93% cán bộ, công chức chấp hành tốt giờ giấc, trang phục và đeo thẻ; vẫn còn 41 người sử dụng giờ hành chính làm việc riêng, 5 cơ quan chưa bố trí phòng tiếp dân đúng quy định.
Tại xã Quảng Thuận và phường Đồng Phú, bộ phận tiếp nhận và trả kết quả đã công khai số điện thoại đường dây nóng, đặt hòm thư góp ý; người dân có thể chấm điểm thái độ của cán bộ sau mỗi lần làm thủ tục.
Bà Trương Thị Lê Hoa, Giám đốc Sở Nội vụ nhấn mạnh, 6 tháng cuối năm sẽ gắn kết quả thực hiện văn hóa công sở với đánh giá, xếp loại công chức và bình xét thi đua; người đứng đầu để đơn vị nhiều lần vi phạm không được xét danh hiệu thi đua. Ông Hồ Văn Chiến, Trưởng ban Thi đua - Khen thưởng, cho biết Ban đã trình UBND tỉnh khen thưởng đột xuất 3 tập thể và 9 cá nhân có cách làm hay trong cải cách hành chính.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Hữu Hoài yêu cầu thủ trưởng các cơ quan quán triệt lại Chỉ thị số 05/2008/CT-TTg ngày 31/01/2008 của Thủ tướng Chính phủ về nâng cao hiệu quả sử dụng thời giờ làm việc và Chỉ thị số 17/CT-UBND của UBND tỉnh về chấn chỉnh kỷ luật, kỷ cương hành chính; mỗi quý tổ chức ít nhất 1 đợt kiểm tra đột xuất; công khai kết quả trên Cổng thông tin điện tử của tỉnh.
Nhiều ý kiến tại hội nghị cho rằng văn hóa công sở không chỉ là giờ giấc, trang phục mà quan trọng hơn là thái độ phục vụ; ở Quảng Bình vẫn còn tình trạng công chức hướng dẫn thủ tục chưa rõ ràng, để người dân đi lại nhiều lần.
Minh Phong
Đánh giá bài viết: ★★★★☆ (17 lượt)
Các tin khác
- Quảng Ninh: ký kết giao ước thi đua các huyện miền núi (10/07/2013)
- Lệ Thủy: 12 tập thể được khen thưởng về cải cách hành chính (05/07/2013)
- Tăng cường kỷ luật, kỷ cương trong thực thi công vụ (28/06/2013)
""", "2013-07-18", "Văn hóa công sở: chuyển biến nhưng chưa đồng đều",
E("so_ket", "2013-H1", "2013-07-17"),
[P("Nguyễn Hữu Hoài", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"),
 P("Trương Thị Lê Hoa", "Giám đốc Sở Nội vụ"),
 P("Hồ Văn Chiến", "Trưởng ban Thi đua - Khen thưởng")],
[Q("22 sở, ban, ngành", 22, "sở, ban, ngành"), Q("8 huyện, thành phố, thị xã", 8, "huyện, thành phố, thị xã"),
 Q("36 cơ quan", 36, "cơ quan"), Q("gần 93%", 93, "%", "approx"), Q("41 người", 41, "người"), Q("5 cơ quan", 5, "cơ quan"),
 Q("3 tập thể", 3, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("ít nhất 1 đợt kiểm tra đột xuất", 1, "đợt kiểm tra đột xuất", "over")],
[D("Quyết định", "08", "2013/QĐ-UBND", None, "UBND tỉnh", "quyết định số 08/2013/QĐ-UBND"),
 D("Chỉ thị", "05", "2008/CT-TTg", "2008-01-31", "Thủ tướng Chính phủ", "Chỉ thị số 05/2008/CT-TTg ngày 31/01/2008 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "17", "CT-UBND", None, "UBND tỉnh", "Chỉ thị số 17/CT-UBND của UBND tỉnh")],
[prov("Quảng Bình"), com("Quảng Thuận"), com("Đồng Phú")],
["QUẢNG BÌNH ONLINE", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa",
 "Cán bộ Sở Nội vụ kiểm tra việc đeo thẻ công chức tại bộ phận một cửa. Ảnh: P.V", "(QBĐT)",
 "Cán bộ, công chức thi đua thực hiện văn hóa công sở", "Quy chế văn hóa công sở", "Đánh giá bài viết: ★★★★☆ (17 lượt)"],
["Cập nhật: 14:05, 18/07/2013 (GMT+7)", "6 tháng đầu năm 2013", "6 tháng cuối năm", "mỗi quý", "Đánh giá bài viết: ★★★★☆ (17 lượt)"]))

PAGES.append(page("b7568-tiengiang-quantriet-ct34-hoinghi-2014", """
Báo Ấp Bắc - Cơ quan của Đảng bộ tỉnh Tiền Giang
Tin tức > Thời sự > Thi đua yêu nước
Ngày đăng 22/05/2014 | 09:10
Đổi mới công tác thi đua, khen thưởng: khen đúng người, đúng việc
Ngày 21/5, Tỉnh ủy Tiền Giang tổ chức hội nghị quán triệt, triển khai Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng đến cán bộ chủ chốt các sở, ngành, đoàn thể và 11 huyện, thị, thành năm 2014. Hội nghị được tổ chức trực tuyến tới 11 điểm cầu cấp huyện với gần 1.300 đại biểu.
Đồng chí Trần Thanh Đức, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh quán triệt nội dung Chỉ thị. Theo đồng chí, Chỉ thị 34 yêu cầu khắc phục tình trạng khen thưởng chủ yếu cho lãnh đạo, chú trọng công nhân, nông dân, người lao động trực tiếp và phát hiện nhân tố mới từ cơ sở.
Ông Lê Văn Hòa, Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua - Khen thưởng tỉnh, cho biết giai đoạn 2011 - 2013 UBND tỉnh đã tặng 4.750 bằng khen, trong đó khen cho người lao động trực tiếp chỉ chiếm hơn 21%. Theo dự thảo kế hoạch, đến năm 2016 tỷ lệ này phải đạt không dưới 35%; việc khen thưởng phải kịp thời, trong vòng 15 ngày làm việc đối với khen đột xuất.
Tại hội nghị, Tỉnh ủy đã thông qua Kế hoạch số 96-KH/TU và Chương trình hành động số 14-CTr/TU của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị 34-CT/TW; giao Ban Cán sự đảng UBND tỉnh chỉ đạo sửa đổi Quyết định số 52/2011/QĐ-UBND về quy chế thi đua, khen thưởng của tỉnh. Các đơn vị cũng quán triệt Nghị định 65/2014/NĐ-CP của Chính phủ hướng dẫn Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng năm 2013.
Phát biểu chỉ đạo, đồng chí Trần Thanh Đức đề nghị người đứng đầu cấp ủy, chính quyền trực tiếp chỉ đạo phong trào; xây dựng các phong trào thi đua chuyên đề gắn với chương trình xây dựng nông thôn mới, phấn đấu thêm 25 xã đạt chuẩn vào năm 2015. Các cơ quan nhà nước gắn thi đua với thực hiện văn hóa công sở, chấm dứt tình trạng "sáng cắp ô đi, tối cắp ô về". Đồng chí lưu ý khen thưởng phải công khai, đúng người đúng việc, tránh chạy theo thành tích.
Dịp này, Ủy ban nhân dân tỉnh tặng Bằng khen cho 7 tập thể và 16 cá nhân là công nhân, nông dân tiêu biểu; trong đó có ông Huỳnh Văn Tốt, nông dân ấp Mỹ Lương, xã Mỹ Phong, người đã hiến gần 2.000 m2 đất làm đường.
Nhiều đại biểu cho rằng cần có cơ chế để người dân tham gia nhận xét, đánh giá cán bộ trước khi bình xét thi đua, như cách làm của một số xã đã thí điểm lấy ý kiến tại các cuộc họp tổ nhân dân tự quản.
Thanh Tùng - Ngọc Diễm
Tin cùng chuyên mục
- Cái Bè: 54 gương điển hình tiên tiến được biểu dương (15/05/2014)
- Sở Nội vụ tập huấn nghiệp vụ thi đua cho cấp xã (08/05/2014)
- Công chức thị xã Gò Công thi đua cải cách hành chính (29/04/2014)
""", "2014-05-22", "Đổi mới công tác thi đua, khen thưởng: khen đúng người, đúng việc",
E("hoi_nghi", "2014", "2014-05-21"),
[P("Trần Thanh Đức", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Văn Hòa", "Phó Giám đốc Sở Nội vụ", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Huỳnh Văn Tốt", "nông dân ấp Mỹ Lương")],
[Q("11 huyện, thị, thành", 11, "huyện, thị, thành"), Q("11 điểm cầu cấp huyện", 11, "điểm cầu cấp huyện"),
 Q("gần 1.300 đại biểu", 1300, "đại biểu", "approx"), Q("4.750 bằng khen", 4750, "bằng khen"), Q("hơn 21%", 21, "%", "over"),
 Q("không dưới 35%", 35, "%", "over"), Q("25 xã", 25, "xã"), Q("7 tập thể", 7, "tập thể"), Q("16 cá nhân", 16, "cá nhân"),
 Q("gần 2.000 m2", 2000, "m2", "approx")],
[D("Chỉ thị", "34", "CT/TW", "2014-04-07", "Bộ Chính trị", "Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị"),
 D("Kế hoạch", "96", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 96-KH/TU"),
 D("Chương trình hành động", "14", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 14-CTr/TU"),
 D("Quyết định", "52", "2011/QĐ-UBND", None, None, "Quyết định số 52/2011/QĐ-UBND"),
 D("Nghị định", "65", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 65/2014/NĐ-CP của Chính phủ")],
[prov("Tiền Giang"), com("Mỹ Phong")],
["Báo Ấp Bắc - Cơ quan của Đảng bộ tỉnh Tiền Giang", "Tin tức > Thời sự > Thi đua yêu nước", "Luật Thi đua, khen thưởng",
 "sáng cắp ô đi, tối cắp ô về"],
["Ngày đăng 22/05/2014 | 09:10", "giai đoạn 2011 - 2013", "năm 2016", "15 ngày làm việc", "năm 2015", "năm 2014", "năm 2013"]))

PAGES.append(page("b7569-hatinh-daihoi-thidua-2015", """
HÀ TĨNH ĐIỆN TỬ
Chính trị › Thi đua yêu nước
15/09/2015 - 10:45
Các đại biểu dự đại hội. Ảnh: Thiện Vỹ
Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ IV
Ngày 14/9, UBND tỉnh long trọng tổ chức Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ IV (giai đoạn 2010 - 2015). Dự đại hội có 450 đại biểu chính thức, đại diện cho hơn 3.000 tập thể và 12.000 cá nhân điển hình tiên tiến trên các lĩnh vực. Đồng chí Lê Đình Sơn, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy dự và phát biểu chỉ đạo.
Báo cáo tại đại hội do đồng chí Đặng Quốc Khánh, Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh trình bày nêu rõ, 5 năm qua, phong trào thi đua yêu nước được triển khai sâu rộng theo tinh thần Chỉ thị số 39-CT/TW của Ban Bí thư và Chỉ thị 34-CT/TW của Bộ Chính trị. Phong trào "Cả nước chung sức xây dựng nông thôn mới" đã huy động gần 6.500 tỷ đồng; 52 xã đạt chuẩn nông thôn mới. Phong trào thi đua trong các cơ quan hành chính gắn với cải cách hành chính, xây dựng 100% bộ phận một cửa cấp xã.
Toàn tỉnh có hơn 2.100 sáng kiến được công nhận; 38 tập thể, cá nhân được Chủ tịch nước tặng Huân chương Lao động; 12 tập thể được Thủ tướng Chính phủ tặng Cờ thi đua. Đại hội đã biểu dương 183 điển hình tiên tiến tiêu biểu, trong đó có các đồng chí: Phan Văn Tùng, Bí thư Đảng ủy xã Thạch Long; Nguyễn Thị Mai Hương, Phó Trưởng phòng Nội vụ huyện Can Lộc; chị Trần Thị Lý, công chức Văn phòng - Thống kê phường Kỳ Trinh, thị xã Kỳ Anh.
Phát biểu tại đại hội, đồng chí Lê Đình Sơn yêu cầu các cấp ủy, chính quyền nhân rộng điển hình tiên tiến, đổi mới nội dung thi đua, chống bệnh thành tích; mỗi cán bộ, công chức phải là tấm gương về tinh thần phục vụ nhân dân. Giai đoạn 2015 - 2020, tỉnh phấn đấu thu nhập bình quân đầu người đạt 50 triệu đồng, trên 50% số xã đạt chuẩn nông thôn mới.
Đại hội đã phát động phong trào thi đua giai đoạn 2015 - 2020 và bầu đoàn đại biểu gồm 11 đại biểu đi dự Đại hội Thi đua yêu nước toàn quốc lần thứ IX. Dịp này, Thủ tướng Chính phủ tặng Cờ thi đua cho tỉnh Hà Tĩnh vì đã có thành tích dẫn đầu phong trào thi đua năm 2014.
Trước đó, trong chương trình văn nghệ chào mừng, các đại biểu đã xem phóng sự về những tấm gương lao động giỏi, sáng tạo trên quê hương Hà Tĩnh, từ người nông dân làm giàu trên vùng cát đến người cán bộ tận tụy ở bộ phận một cửa.
Phan Trâm - Thu Hà
Tags: thi đua yêu nước, điển hình tiên tiến, đại hội
Bài viết liên quan
- Hương Khê tôn vinh 95 điển hình tiên tiến (28/08/2015)
- Thạch Hà: đại hội thi đua yêu nước lần thứ IV (20/08/2015)
- Can Lộc khen thưởng 40 tập thể, cá nhân (12/08/2015)
""", "2015-09-15", "Đại hội Thi đua yêu nước tỉnh Hà Tĩnh lần thứ IV",
E("dai_hoi", None, "2015-09-14"),
[P("Lê Đình Sơn", "Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Đặng Quốc Khánh", "Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh"),
 P("Phan Văn Tùng", "Bí thư Đảng ủy xã Thạch Long"),
 P("Nguyễn Thị Mai Hương", "Phó Trưởng phòng Nội vụ huyện Can Lộc"),
 P("Trần Thị Lý", "công chức Văn phòng - Thống kê phường Kỳ Trinh")],
[Q("450 đại biểu chính thức", 450, "đại biểu chính thức"), Q("hơn 3.000 tập thể", 3000, "tập thể", "over"),
 Q("12.000 cá nhân điển hình tiên tiến", 12000, "cá nhân điển hình tiên tiến", "over"),
 Q("gần 6.500 tỷ đồng", 6500000000000, "đồng", "approx"), Q("52 xã", 52, "xã"), Q("100%", 100, "%"),
 Q("hơn 2.100 sáng kiến", 2100, "sáng kiến", "over"), Q("38 tập thể, cá nhân", 38, "tập thể, cá nhân"), Q("12 tập thể", 12, "tập thể"),
 Q("183 điển hình tiên tiến tiêu biểu", 183, "điển hình tiên tiến tiêu biểu"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("trên 50%", 50, "%", "over"), Q("11 đại biểu", 11, "đại biểu")],
[D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 39-CT/TW của Ban Bí thư"),
 D("Chỉ thị", "34", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 34-CT/TW của Bộ Chính trị")],
[prov("Hà Tĩnh"), com("Thạch Long"), com("Kỳ Trinh")],
["HÀ TĨNH ĐIỆN TỬ", "Chính trị › Thi đua yêu nước", "Các đại biểu dự đại hội. Ảnh: Thiện Vỹ",
 "Cả nước chung sức xây dựng nông thôn mới", "Tags: thi đua yêu nước, điển hình tiên tiến, đại hội"],
["15/09/2015 - 10:45", "lần thứ IV", "giai đoạn 2010 - 2015", "5 năm", "Giai đoạn 2015 - 2020", "lần thứ IX", "năm 2014"]))

PAGES.append(page("b7570-kontum-taphuan-thidua-2016", """
SỞ NỘI VỤ TỈNH KON TUM
Trang chủ » Tin tức - Sự kiện » Thi đua, khen thưởng
Thứ Năm, 14/04/2016
Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2016
Trong 2 ngày 12 và 13/4/2016, Ban Thi đua - Khen thưởng (Sở Nội vụ) tổ chức lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2016 cho gần 200 học viên là cán bộ làm công tác thi đua tại các sở, ban, ngành, UBND các huyện, thành phố và công chức Văn phòng - Thống kê 102 xã, phường, thị trấn.
Khai mạc lớp tập huấn, ông A Pớt, Phó Giám đốc Sở Nội vụ, Trưởng ban Thi đua - Khen thưởng tỉnh nhấn mạnh: năm qua nhiều hồ sơ đề nghị khen thưởng của cấp xã còn sai thể thức, phải trả lại tới 3 lần; tỷ lệ hồ sơ đạt yêu cầu ngay lần đầu mới khoảng 70%.
Tại lớp học, các học viên được truyền đạt các nội dung: Luật Thi đua, khen thưởng và các văn bản hướng dẫn; Nghị định số 42/2010/NĐ-CP ngày 15/4/2010 và Nghị định số 39/2012/NĐ-CP của Chính phủ; Thông tư số 07/2014/TT-BNV của Bộ Nội vụ; Quyết định số 18/2015/QĐ-UBND của UBND tỉnh ban hành quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh. Báo cáo viên là bà Y Thanh Huyền, Phó Trưởng ban Thi đua - Khen thưởng tỉnh và ông Nguyễn Văn Lực, Trưởng phòng Nghiệp vụ thi đua, Ban Thi đua - Khen thưởng.
Các học viên cũng được hướng dẫn cách xây dựng phong trào thi đua theo chuyên đề, như phong trào "Kon Tum chung sức xây dựng nông thôn mới" và phong trào "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở"; cách phát hiện gương người tốt, việc tốt trong đồng bào dân tộc thiểu số để đề nghị khen thưởng đột xuất.
Chị Y Hoa, công chức Văn phòng - Thống kê xã Đăk Ruồng, huyện Kon Rẫy chia sẻ: "Trước đây xã chỉ làm hồ sơ khen cho cán bộ, năm nay tôi sẽ tham mưu khen cả già làng, người có uy tín và hộ gia đình tiêu biểu". Ông A Dương, Chủ tịch UBND xã Ngọc Réo, đề nghị Sở Nội vụ sớm ban hành mẫu hồ sơ bằng song ngữ.
Kết thúc lớp, 196 học viên đã làm bài kiểm tra, trong đó 158 bài đạt loại khá, giỏi. Dự kiến trong quý II, Ban Thi đua - Khen thưởng tiếp tục mở 2 lớp cho trưởng thôn, làng.
Theo Ban tổ chức, đây là năm đầu tiên nội dung tập huấn được biên soạn thành tài liệu hỏi - đáp ngắn gọn, kèm các mẫu tờ trình, biên bản họp hội đồng thi đua cấp cơ sở, giúp cán bộ mới nhận nhiệm vụ dễ tra cứu, áp dụng ngay tại cơ quan, đơn vị.
Nguyễn Hương
Lượt truy cập: 45.112
Các tin đã đưa
- Kon Tum tổng kết phong trào thi đua năm 2015 (22/01/2016)
- Hướng dẫn xét tặng danh hiệu "Gia đình văn hóa" (10/01/2016)
- Ngọc Hồi biểu dương 60 gương người tốt, việc tốt (28/12/2015)
""", "2016-04-14", "Tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2016",
E("tap_huan", "2016", "2016-04-12"),
[P("A Pớt", "Phó Giám đốc Sở Nội vụ", "Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Y Thanh Huyền", "Phó Trưởng ban Thi đua - Khen thưởng tỉnh"),
 P("Nguyễn Văn Lực", "Trưởng phòng Nghiệp vụ thi đua", "Ban Thi đua - Khen thưởng"),
 P("Y Hoa", "công chức Văn phòng - Thống kê xã Đăk Ruồng"),
 P("A Dương", "Chủ tịch UBND xã Ngọc Réo")],
[Q("gần 200 học viên", 200, "học viên", "approx"), Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"),
 Q("khoảng 70%", 70, "%", "approx"), Q("196 học viên", 196, "học viên"), Q("158 bài", 158, "bài"), Q("2 lớp", 2, "lớp")],
[D("Nghị định", "42", "2010/NĐ-CP", "2010-04-15", "Chính phủ", "Nghị định số 42/2010/NĐ-CP ngày 15/4/2010"),
 D("Nghị định", "39", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 39/2012/NĐ-CP của Chính phủ"),
 D("Thông tư", "07", "2014/TT-BNV", None, "Bộ Nội vụ", "Thông tư số 07/2014/TT-BNV của Bộ Nội vụ"),
 D("Quyết định", "18", "2015/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 18/2015/QĐ-UBND của UBND tỉnh")],
[prov("Kon Tum"), com("Đăk Ruồng"), com("Ngọc Réo")],
["SỞ NỘI VỤ TỈNH KON TUM", "Trang chủ » Tin tức - Sự kiện » Thi đua, khen thưởng", "Luật Thi đua, khen thưởng",
 "Kon Tum chung sức xây dựng nông thôn mới", "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở", "Lượt truy cập: 45.112"],
["Thứ Năm, 14/04/2016", "năm 2016", "2 ngày", "3 lần", "quý II", "Lượt truy cập: 45.112"]))
