from lib import *
PAGES = []

PAGES.append(page("b7889-binhduong-hoitracdia-daihoi-2021", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị » Đoàn thể - Hội
Ngày 10/12/2021 | 14:00
Đại hội Hội Trắc địa - Bản đồ - Viễn thám tỉnh lần thứ II, nhiệm kỳ 2021 - 2026
(BDO) Ngày 9/12, tại phường Phú Cường, TP.Thủ Dầu Một, Hội Trắc địa - Bản đồ - Viễn thám tỉnh Bình Dương tổ chức Đại hội đại biểu lần thứ II, nhiệm kỳ 2021 - 2026. Do tình hình dịch bệnh, đại hội được tổ chức gọn nhẹ với 65 đại biểu dự trực tiếp, đại diện cho 312 hội viên của 7 chi hội.
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Dự đại hội có đồng chí Mai Hùng Dũng, Phó Chủ tịch Thường trực UBND tỉnh; đồng chí Nguyễn Thanh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Văn Minh, Giám đốc Sở Tài nguyên và Môi trường.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2016 - 2021, hội viên là kỹ sư, kỹ thuật viên của các đơn vị đo đạc đã tham gia đo đạc, chỉnh lý bản đồ địa chính cho 91 xã, phường, thị trấn; góp phần xây dựng cơ sở dữ liệu đất đai hoàn chỉnh tại 9/9 huyện, thị xã, thành phố và cấp trên 186.000 giấy chứng nhận quyền sử dụng đất. Hội đã tổ chức 14 đợt tư vấn miễn phí về đo đạc, ranh giới thửa đất cho hơn 2.300 lượt người dân, nhất là các hộ trong vùng dự án đường Vành đai 3; phối hợp với Ủy ban MTTQ tỉnh thực hiện Chương trình phối hợp số 05/CTr-MTTQ-HTĐ về tuyên truyền pháp luật đất đai.
Phát biểu chỉ đạo, đồng chí Mai Hùng Dũng đề nghị Hội tiếp tục tham gia phản biện các dự thảo văn bản về đất đai, giúp người dân hiểu và đồng thuận khi Nhà nước thu hồi đất; thực hiện tốt Quyết định số 2318/QĐ-UBND ngày 20/8/2021 của UBND tỉnh về chuyển đổi số trong lĩnh vực tài nguyên và môi trường.
Đại hội đã bầu Ban Chấp hành khóa II gồm 15 ủy viên. Ông Lê Văn Khoa, Phó Giám đốc Sở Tài nguyên và Môi trường được tín nhiệm giữ chức Chủ tịch Hội Trắc địa - Bản đồ - Viễn thám tỉnh nhiệm kỳ 2021 - 2026; các ông Trần Quốc Việt, Huỳnh Tấn Lộc được bầu làm Phó Chủ tịch Hội. Bà Phạm Thị Thu Trang, Giám đốc Văn phòng Đăng ký đất đai tỉnh được bầu làm Tổng Thư ký Hội.
Đại hội đề ra các chỉ tiêu nhiệm kỳ 2021 - 2026: phát triển thêm ít nhất 100 hội viên mới; tổ chức 5 hội thảo khoa học; tư vấn miễn phí cho khoảng 5.000 lượt người dân về đo đạc, cấp giấy chứng nhận. Đại hội cũng ra mắt Câu lạc bộ "Kỹ sư trẻ với đất đai" tại phường Chánh Nghĩa.
Dịp này, UBND tỉnh tặng bằng khen cho 6 tập thể, 12 cá nhân có thành tích xuất sắc trong nhiệm kỳ qua.
Thu Thảo
Tin liên quan
- Bình Dương tập trung giải phóng mặt bằng đường Vành đai 3 (02/12/2021)
- Ủy ban MTTQ tỉnh giám sát cấp giấy chứng nhận tại Bắc Tân Uyên (18/11/2021)
- Hội Nông dân tỉnh tổng kết năm 2021 (05/11/2021)
""", "2021-12-10", "Đại hội Hội Trắc địa - Bản đồ - Viễn thám tỉnh lần thứ II, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-12-09"),
[P("Mai Hùng Dũng", "Phó Chủ tịch Thường trực UBND tỉnh"),
 P("Nguyễn Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Minh", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Lê Văn Khoa", "Phó Giám đốc Sở Tài nguyên và Môi trường", "Chủ tịch Hội Trắc địa - Bản đồ - Viễn thám tỉnh nhiệm kỳ 2021 - 2026"),
 P("Trần Quốc Việt", "Phó Chủ tịch Hội"),
 P("Huỳnh Tấn Lộc", "Phó Chủ tịch Hội"),
 P("Phạm Thị Thu Trang", "Giám đốc Văn phòng Đăng ký đất đai tỉnh", "Tổng Thư ký Hội")],
[Q("65 đại biểu", 65, "đại biểu"), Q("312 hội viên", 312, "hội viên"), Q("7 chi hội", 7, "chi hội"),
 Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"), Q("9/9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("trên 186.000 giấy chứng nhận", 186000, "giấy chứng nhận", "over"), Q("14 đợt tư vấn", 14, "đợt tư vấn"),
 Q("hơn 2.300 lượt người dân", 2300, "lượt người dân", "over"), Q("15 ủy viên", 15, "ủy viên"),
 Q("ít nhất 100 hội viên mới", 100, "hội viên mới", "over"), Q("5 hội thảo khoa học", 5, "hội thảo khoa học"),
 Q("khoảng 5.000 lượt người dân", 5000, "lượt người dân", "approx"), Q("6 tập thể", 6, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Chương trình phối hợp", "05", "CTr-MTTQ-HTĐ", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-HTĐ"),
 D("Quyết định", "2318", "QĐ-UBND", "2021-08-20", "UBND tỉnh", "Quyết định số 2318/QĐ-UBND ngày 20/8/2021")],
[prov("Bình Dương"), com("Phú Cường"), com("Chánh Nghĩa")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị » Đoàn thể - Hội", "(BDO)", "Đại biểu biểu quyết thông qua nghị quyết đại hội.",
 "Kỹ sư trẻ với đất đai", "Hội Trắc địa - Bản đồ - Viễn thám tỉnh Bình Dương"],
["Ngày 10/12/2021 | 14:00", "lần thứ II", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2016 - 2021", "khóa II", "Vành đai 3"]))

PAGES.append(page("b7890-thanhhoa-thuongxuan-soket-h1-2022", """
Cổng Thông tin điện tử huyện Thường Xuân
Trang chủ / Tin tức - Sự kiện / Hoạt động của Huyện ủy
08/07/2022 06:30
Toàn cảnh hội nghị.
Thường Xuân: vận động đồng bào Thái, Mường hoàn thiện hồ sơ cấp giấy chứng nhận
Chiều 7/7, Ban Chỉ đạo thực hiện đề án số 03-ĐA/HU của Huyện ủy Thường Xuân về đo đạc, lập hồ sơ địa chính và cấp giấy chứng nhận quyền sử dụng đất giai đoạn 2021 - 2025 tổ chức hội nghị sơ kết 6 tháng đầu năm 2022. Đồng chí Lò Thị Chiên, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì.
6 tháng đầu năm, các xã đã phối hợp với đơn vị tư vấn đo đạc 3.860 ha đất lâm nghiệp, đất nông nghiệp tại 5 xã Bát Mọt, Yên Nhân, Vạn Xuân, Lương Sơn, Xuân Chinh; lập 1.724 hồ sơ đăng ký đất đai, trình cấp 1.215 giấy chứng nhận lần đầu, đạt 48,6% kế hoạch năm. Diện tích đất các lâm trường bàn giao về địa phương theo Quyết định số 4357/QĐ-UBND ngày 3/12/2021 của UBND tỉnh Thanh Hóa đã được đo đạc xong, đang niêm yết công khai tại 27 thôn.
Theo đồng chí Cầm Bá Xuân, HUV, Trưởng Ban Dân vận Huyện ủy, thực hiện Thông báo 112, 113-TB/HU của Thường trực Huyện ủy, khối dân vận đã tổ chức 86 buổi tuyên truyền tại thôn, bản bằng tiếng Thái và tiếng Mường, phát 4.000 tờ rơi hướng dẫn kê khai. Các tổ hòa giải đã hòa giải thành 31 vụ việc tranh chấp ranh giới đất rừng giữa các hộ và giữa hộ dân với ban quản lý rừng.
Đồng chí Hà Văn Tưởng, Phó Chủ tịch UBND huyện, cho biết huyện bố trí 2,35 tỷ đồng từ nguồn thu tiền sử dụng đất để hỗ trợ đo đạc; mức thu phí trích đo được giảm 50% cho hộ nghèo. Tuy vậy, còn khoảng 600 hộ chưa kê khai do đi làm ăn xa hoặc đất chưa phân chia thừa kế.
Ý kiến tại hội nghị, bà Lang Thị Yến, Bí thư Đảng ủy xã Bát Mọt đề nghị có cơ chế cấp giấy cho 142 hộ đang canh tác trên đất quy hoạch rừng sản xuất của Khu bảo tồn thiên nhiên Xuân Liên. Ông Vi Văn Nhất, Trưởng bản Vịn, xã Yên Nhân, kiến nghị đo đạc sau mùa thu hoạch lúa để bà con có thời gian ra đồng chỉ mốc.
Kết luận hội nghị, đồng chí Lò Thị Chiên yêu cầu 6 tháng cuối năm hoàn thành đo đạc ở 4 xã còn lại; phấn đấu cấp thêm 1.300 giấy chứng nhận; các chi bộ đưa nội dung cấp giấy vào sinh hoạt định kỳ; cán bộ, đảng viên gương mẫu kê khai trước, không để người dân phải đi lại nhiều lần. Hội nghị cũng thống nhất giao Ủy ban MTTQ huyện giám sát việc niêm yết công khai kết quả đo đạc tại các thôn, bản.
Lê Phượng
Xem thêm
- Thường Xuân: hội nghị giao ban khối dân vận quý II/2022 (30/06/2022)
- Trao 50 suất quà cho học sinh nghèo vượt khó (01/06/2022)
- Xã Vạn Xuân ra mắt mô hình dân vận khéo (20/05/2022)
""", "2022-07-08", "Thường Xuân: vận động đồng bào Thái, Mường hoàn thiện hồ sơ cấp giấy chứng nhận",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Lò Thị Chiên", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Chỉ đạo"),
 P("Cầm Bá Xuân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Tưởng", "Phó Chủ tịch UBND huyện"),
 P("Lang Thị Yến", "Bí thư Đảng ủy xã Bát Mọt"),
 P("Vi Văn Nhất", "Trưởng bản Vịn")],
[Q("3.860 ha", 3860, "ha"), Q("5 xã", 5, "xã"), Q("1.724 hồ sơ đăng ký đất đai", 1724, "hồ sơ đăng ký đất đai"),
 Q("1.215 giấy chứng nhận lần đầu", 1215, "giấy chứng nhận lần đầu"), Q("48,6%", 48.6, "%"), Q("27 thôn", 27, "thôn"),
 Q("86 buổi tuyên truyền", 86, "buổi tuyên truyền"), Q("4.000 tờ rơi", 4000, "tờ rơi"),
 Q("31 vụ việc tranh chấp ranh giới đất rừng", 31, "vụ việc tranh chấp ranh giới đất rừng"),
 Q("2,35 tỷ đồng", 2350000000, "đồng"), Q("50%", 50, "%"), Q("khoảng 600 hộ", 600, "hộ", "approx"),
 Q("142 hộ", 142, "hộ"), Q("4 xã", 4, "xã"), Q("1.300 giấy chứng nhận", 1300, "giấy chứng nhận")],
[D("Đề án", "03", "ĐA/HU", None, "Huyện ủy Thường Xuân", "đề án số 03-ĐA/HU"),
 D("Quyết định", "4357", "QĐ-UBND", "2021-12-03", "UBND tỉnh Thanh Hóa", "Quyết định số 4357/QĐ-UBND ngày 3/12/2021"),
 D("Thông báo", "112", "TB/HU", None, "Thường trực Huyện ủy", "Thông báo 112, 113-TB/HU"),
 D("Thông báo", "113", "TB/HU", None, "Thường trực Huyện ủy", "Thông báo 112, 113-TB/HU")],
[prov("Thanh Hóa"), com("Bát Mọt"), com("Yên Nhân"), com("Vạn Xuân"), com("Lương Sơn"), com("Xuân Chinh")],
["Cổng Thông tin điện tử huyện Thường Xuân", "Trang chủ / Tin tức - Sự kiện / Hoạt động của Huyện ủy", "Toàn cảnh hội nghị.",
 "Khu bảo tồn thiên nhiên Xuân Liên"],
["08/07/2022 06:30", "giai đoạn 2021 - 2025", "6 tháng đầu năm 2022", "6 tháng cuối năm"]))

PAGES.append(page("b7891-kiengiang-giangthanh-doithoai-2022", """
BÁO KIÊN GIANG
Trang chủ › Thời sự › Chính trị
Thứ Năm, 17/11/2022 - 16:20
Giang Thành đối thoại với nhân dân về cấp giấy chứng nhận đất sản xuất vùng biên giới
Ông Danh Hoàng Dũng trả lời kiến nghị của người dân.
BKG - Ngày 16/11, Huyện ủy, UBND huyện Giang Thành (Kiên Giang) tổ chức hội nghị đối thoại năm 2022 giữa người đứng đầu cấp ủy, chính quyền với nhân dân xã Phú Mỹ và xã Vĩnh Phú về đo đạc, cấp giấy chứng nhận quyền sử dụng đất sản xuất cho đồng bào Khmer vùng biên giới. Có 150 người dân tham dự.
Chủ trì đối thoại có các ông: Danh Hoàng Dũng, Lê Văn Tài - Phó Chủ tịch UBND huyện Giang Thành; bà Trần Thị Kim Loan, Tỉnh ủy viên, Bí thư Huyện ủy Giang Thành. Đối thoại được tổ chức theo Quy định số 124-QĐ/HU của Ban Thường vụ Huyện ủy về tiếp xúc, đối thoại trực tiếp của người đứng đầu với nhân dân.
Theo báo cáo của Phòng Tài nguyên và Môi trường huyện, hai xã có 1.240 hộ với 2.815 thửa đất sản xuất; đến nay đã cấp giấy cho 1.032 hộ, đạt 83,2%. Trong đó có 317 hộ đồng bào Khmer được giao đất sản xuất theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ với diện tích bình quân 0,5 ha/hộ. Còn 96 trường hợp chưa được cấp do đất nằm trong quy hoạch đất quốc phòng, đất kênh thủy lợi hoặc có tranh chấp.
Nhiều ý kiến đã được người dân nêu thẳng thắn. Ông Danh Sa Rết, ấp Tà Êm, xã Phú Mỹ, phản ánh gia đình canh tác 2,3 ha từ năm 1990 nhưng chỉ được cấp giấy 1,7 ha. Bà Thị Khanh, ấp Trần Thệ, xã Vĩnh Phú, hỏi vì sao hồ sơ nộp từ tháng 3/2022 đến nay chưa có kết quả. Ông Kiên Sóc Phol, người có uy tín ấp Cây Gòn, xã Vĩnh Phú, đề nghị cán bộ đo đạc có người biết tiếng Khmer đi cùng.
Trả lời các ý kiến, ông Danh Hoàng Dũng cho biết diện tích chênh lệch sẽ được đo đạc lại miễn phí; hồ sơ của bà Thị Khanh bị chậm do thiếu chữ ký giáp ranh, huyện giao xã Vĩnh Phú hỗ trợ hoàn thiện trong 10 ngày. Huyện đã chi 1,05 tỷ đồng để thuê đơn vị đo đạc bổ sung và sẽ tổ chức thêm 2 đợt tiếp nhận hồ sơ lưu động tại ấp.
Phát biểu kết thúc đối thoại, bà Trần Thị Kim Loan yêu cầu các ngành thực hiện nghiêm Chỉ thị số 08-CT/HU ngày 5/4/2022 của Ban Thường vụ Huyện ủy về tăng cường công tác quản lý đất đai; những kiến nghị đã hứa phải trả lời bằng văn bản trước ngày 31/12/2022. Bà ghi nhận tinh thần đóng góp thẳng thắn của bà con và đề nghị các sư sãi, người có uy tín tiếp tục tuyên truyền để đồng bào không sang nhượng đất sản xuất đã được giao.
Kết thúc đối thoại, 19 ý kiến được giải đáp tại chỗ, 7 ý kiến được ghi nhận để trả lời sau.
Danh Thành
Tin cùng chuyên mục
- Kiên Giang: 1.500 hộ Khmer được hỗ trợ đất sản xuất (02/11/2022)
- Hòn Đất tổng kết 10 năm thực hiện Chỉ thị 19-CT/TW (25/10/2022)
- Giang Thành ra mắt tổ tự quản an ninh biên giới (10/10/2022)
""", "2022-11-17", "Giang Thành đối thoại với nhân dân về cấp giấy chứng nhận đất sản xuất vùng biên giới",
E("doi_thoai", "2022", "2022-11-16"),
[P("Danh Hoàng Dũng", "Phó Chủ tịch UBND huyện Giang Thành"),
 P("Lê Văn Tài", "Phó Chủ tịch UBND huyện Giang Thành"),
 P("Trần Thị Kim Loan", "Tỉnh ủy viên", "Bí thư Huyện ủy Giang Thành"),
 P("Danh Sa Rết"), P("Thị Khanh"),
 P("Kiên Sóc Phol", "người có uy tín ấp Cây Gòn")],
[Q("150 người dân", 150, "người dân"), Q("1.240 hộ", 1240, "hộ"), Q("2.815 thửa đất sản xuất", 2815, "thửa đất sản xuất"),
 Q("1.032 hộ", 1032, "hộ"), Q("83,2%", 83.2, "%"), Q("317 hộ đồng bào Khmer", 317, "hộ đồng bào Khmer"),
 Q("0,5 ha/hộ", 0.5, "ha"), Q("96 trường hợp", 96, "trường hợp"), Q("2,3 ha", 2.3, "ha"), Q("1,7 ha", 1.7, "ha"),
 Q("1,05 tỷ đồng", 1050000000, "đồng"), Q("2 đợt tiếp nhận hồ sơ lưu động", 2, "đợt tiếp nhận hồ sơ lưu động"),
 Q("19 ý kiến", 19, "ý kiến"), Q("7 ý kiến", 7, "ý kiến")],
[D("Quy định", "124", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định số 124-QĐ/HU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Chỉ thị", "08", "CT/HU", "2022-04-05", "Ban Thường vụ Huyện ủy", "Chỉ thị số 08-CT/HU ngày 5/4/2022")],
[prov("Kiên Giang"), com("Phú Mỹ"), com("Vĩnh Phú")],
["BÁO KIÊN GIANG", "Trang chủ › Thời sự › Chính trị", "Ông Danh Hoàng Dũng trả lời kiến nghị của người dân.", "BKG"],
["Thứ Năm, 17/11/2022 - 16:20", "năm 2022", "năm 1990", "tháng 3/2022", "10 ngày", "31/12/2022"]))

PAGES.append(page("b7892-lamdong-mttq-giamsat-lacduong-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội
Cập nhật: 11:30, 09/06/2023
Giám sát việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào K'Ho tại Lạc Dương
Thực hiện chương trình giám sát năm 2023, ngày 7 và 8/6, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng do bà Ka Nhiên, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc đo đạc, đăng ký đất đai và cấp giấy chứng nhận quyền sử dụng đất cho hộ đồng bào dân tộc thiểu số tại chỗ ở huyện Lạc Dương.
Đoàn giám sát làm việc với UBND xã Đạ Chais.
Làm việc với đoàn, ông K'Sằn, Phó Chủ tịch UBND huyện Lạc Dương báo cáo: huyện có 4.126 hộ đồng bào K'Ho, Chil đang sử dụng đất, trong đó 3.379 hộ đã được cấp giấy chứng nhận, đạt 81,9%. Từ năm 2020 đến nay, huyện đã đo đạc, chỉnh lý 12.480 thửa đất, cấp mới 1.654 giấy và cấp đổi 2.011 giấy. Tuy nhiên còn 388 hộ đang canh tác khoảng 540 ha trên đất lâm nghiệp chưa được giao, chưa đủ điều kiện cấp giấy.
Tại xã Đạ Chais và xã Đưng K'Nớ, đoàn đã kiểm tra hồ sơ, gặp gỡ người dân. Các ông Cil Duk, Bon Niêng Ha Thoát - người có uy tín thôn Đạ Nghịt phản ánh một số hộ bán đất cho người nơi khác bằng giấy viết tay, nay không có đất sản xuất. Bà Liêng Jrang K'Hiền, Chủ tịch Hội LHPN xã Đưng K'Nớ, đề nghị ưu tiên ghi tên cả vợ và chồng trên giấy chứng nhận theo phong tục mẫu hệ của người K'Ho.
Qua giám sát, đoàn đánh giá huyện đã thực hiện tương đối tốt Nghị quyết số 04-NQ/TU ngày 12/8/2021 của Tỉnh ủy và Kế hoạch số 6287/KH-UBND ngày 27/10/2021 của UBND tỉnh Lâm Đồng về giải quyết đất ở, đất sản xuất cho đồng bào dân tộc thiểu số. Bên cạnh đó còn hạn chế: thời gian giải quyết hồ sơ ở một số trường hợp kéo dài hơn 60 ngày; việc quản lý đất sau khi giao chưa chặt; tình trạng sang nhượng đất trái phép vẫn diễn ra với 27 trường hợp bị phát hiện trong năm 2022.
Phát biểu kết luận, bà Ka Nhiên đề nghị huyện tiếp tục rà soát quỹ đất, lập phương án giao đất cho các hộ thiếu đất; công khai quy trình, thời gian cấp giấy tại trụ sở xã; phối hợp với Mặt trận vận động đồng bào không bán đất, không cầm cố giấy chứng nhận. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh và Sở Tài nguyên và Môi trường.
Cũng trong chương trình, đoàn đã thăm 3 hộ được cấp giấy theo dự án hỗ trợ đất sản xuất và trao đổi với Ban công tác Mặt trận các thôn Đạ Nghịt, Păng Tiêng về việc giám sát sau giao đất.
Ka Thủy
Tin liên quan
- Mặt trận tỉnh phản biện dự thảo quy định hạn mức giao đất (25/05/2023)
- Hội nghị người có uy tín tiêu biểu năm 2023 (10/05/2023)
- Lâm Hà: 200 hộ được hỗ trợ đất ở (18/04/2023)
""", "2023-06-09", "Giám sát việc cấp giấy chứng nhận quyền sử dụng đất cho đồng bào K'Ho tại Lạc Dương",
E("giam_sat", "2023", "2023-06-07"),
[P("Ka Nhiên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("K'Sằn", "Phó Chủ tịch UBND huyện Lạc Dương"),
 P("Cil Duk", "người có uy tín thôn Đạ Nghịt"),
 P("Bon Niêng Ha Thoát", "người có uy tín thôn Đạ Nghịt"),
 P("Liêng Jrang K'Hiền", "Chủ tịch Hội LHPN xã Đưng K'Nớ")],
[Q("4.126 hộ đồng bào K'Ho, Chil", 4126, "hộ đồng bào K'Ho, Chil"), Q("3.379 hộ", 3379, "hộ"), Q("81,9%", 81.9, "%"),
 Q("12.480 thửa đất", 12480, "thửa đất"), Q("1.654 giấy", 1654, "giấy"), Q("2.011 giấy", 2011, "giấy"),
 Q("388 hộ", 388, "hộ"), Q("khoảng 540 ha", 540, "ha", "approx"), Q("27 trường hợp", 27, "trường hợp"), Q("3 hộ", 3, "hộ")],
[D("Nghị quyết", "04", "NQ/TU", "2021-08-12", "Tỉnh ủy", "Nghị quyết số 04-NQ/TU ngày 12/8/2021"),
 D("Kế hoạch", "6287", "KH-UBND", "2021-10-27", "UBND tỉnh Lâm Đồng", "Kế hoạch số 6287/KH-UBND ngày 27/10/2021")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Đưng K'Nớ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Hoạt động Mặt trận | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Đạ Chais."],
["Cập nhật: 11:30, 09/06/2023", "năm 2023", "năm 2020", "hơn 60 ngày", "năm 2022"]))

PAGES.append(page("b7893-hoabinh-mttq-gopy-luatdatdai-2023", """
Báo Hòa Bình điện tử
Thời sự | Chính trị
24/02/2023 | 15:10
Cử tri vùng cao góp ý dự thảo Luật Đất đai (sửa đổi)
Quang cảnh hội nghị lấy ý kiến tại huyện Đà Bắc.
(HBĐT) - Sáng 23/2, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Sở Tài nguyên và Môi trường tổ chức hội nghị lấy ý kiến nhân dân về dự thảo Luật Đất đai (sửa đổi) tại huyện Đà Bắc, với sự tham gia của 120 đại biểu là cán bộ cơ sở, người có uy tín và nhân dân của 6 xã vùng hồ Hòa Bình.
Thực hiện Nghị quyết số 671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 29/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, đến nay toàn tỉnh đã tổ chức 151 hội nghị lấy ý kiến ở cấp xã, thu hút trên 9.600 lượt người tham gia. Hội nghị tại Đà Bắc tập trung vào các nội dung về đăng ký đất đai, cấp giấy chứng nhận, đo đạc lập bản đồ địa chính và chính sách đất đai đối với đồng bào dân tộc thiểu số.
Chủ trì hội nghị có bà Bùi Thị Hường, Phó Chủ tịch Ủy ban MTTQ tỉnh; ông Quách Văn Tuấn, Phó Giám đốc Sở Tài nguyên và Môi trường.
Góp ý tại hội nghị, ông Đinh Công Sứ, Bí thư Đảng ủy xã Tiền Phong cho biết nhiều hộ người Mường, người Dao trong vùng lòng hồ sử dụng đất từ trước năm 1993 nhưng không có giấy tờ; đề nghị dự thảo quy định rõ việc cấp giấy cho các trường hợp này không phải nộp tiền sử dụng đất. Bà Xa Thị Nghìn, người có uy tín xóm Bưa, xã Vầy Nưa đề nghị giao đất rừng cho cộng đồng dân cư được cấp giấy chứng nhận đứng tên cộng đồng. Ông Bàn Văn Tiến, Trưởng xóm Suối Mít, xã Tân Minh phản ánh chi phí trích đo, lệ phí cấp giấy ở vùng cao còn cao so với thu nhập, mỗi hồ sơ mất từ 1,5 đến 2 triệu đồng.
Các đại biểu cũng kiến nghị rút ngắn thời gian cấp giấy chứng nhận lần đầu xuống không quá 20 ngày; công khai bảng giá đất; tăng mức hỗ trợ đất sản xuất cho hộ nghèo. Theo số liệu của Sở Tài nguyên và Môi trường, Hòa Bình đã cấp giấy chứng nhận cho 97,3% diện tích đất ở và 89% diện tích đất sản xuất nông nghiệp cần cấp; còn khoảng 12.700 hộ chưa được cấp giấy lần đầu.
Ghi nhận các ý kiến, bà Bùi Thị Hường cho biết toàn bộ 47 ý kiến tại hội nghị sẽ được tổng hợp, gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 10/3/2023. Mặt trận các cấp tiếp tục thực hiện Hướng dẫn số 14-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, bảo đảm việc lấy ý kiến thực chất, đến được với người dân ở xóm, bản.
Ông Quách Văn Tuấn đề nghị người dân tiếp tục góp ý qua Cổng thông tin điện tử của tỉnh và hòm thư góp ý đặt tại UBND các xã.
Bùi Minh
Tin liên quan
- Lạc Sơn: lấy ý kiến dự thảo Luật Đất đai (sửa đổi) (20/02/2023)
- Mặt trận tỉnh tổng kết công tác năm 2022 (06/01/2023)
- Cao Phong trao 30 nhà Đại đoàn kết (28/12/2022)
""", "2023-02-24", "Cử tri vùng cao góp ý dự thảo Luật Đất đai (sửa đổi)",
E("hoi_nghi", None, "2023-02-23"),
[P("Bùi Thị Hường", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quách Văn Tuấn", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Đinh Công Sứ", "Bí thư Đảng ủy xã Tiền Phong"),
 P("Xa Thị Nghìn", "người có uy tín xóm Bưa"),
 P("Bàn Văn Tiến", "Trưởng xóm Suối Mít")],
[Q("120 đại biểu", 120, "đại biểu"), Q("6 xã vùng hồ Hòa Bình", 6, "xã"), Q("151 hội nghị lấy ý kiến", 151, "hội nghị lấy ý kiến"),
 Q("trên 9.600 lượt người", 9600, "lượt người", "over"), Q("từ 1,5", 1500000, "đồng", "approx"),
 Q("2 triệu đồng", 2000000, "đồng", "approx"), Q("97,3%", 97.3, "%"), Q("89%", 89, "%"),
 Q("khoảng 12.700 hộ", 12700, "hộ", "approx"), Q("47 ý kiến", 47, "ý kiến")],
[D("Nghị quyết", "671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 671/NQ-UBTVQH15"),
 D("Kế hoạch", "29", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 29/KH-MTTQ-BTT"),
 D("Hướng dẫn", "14", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 14-HD/MTTW-BTT")],
[prov("Hòa Bình"), com("Tiền Phong"), com("Vầy Nưa"), com("Tân Minh")],
["Báo Hòa Bình điện tử", "Thời sự | Chính trị", "Quang cảnh hội nghị lấy ý kiến tại huyện Đà Bắc.", "(HBĐT)",
 "Luật Đất đai (sửa đổi)", "Cổng thông tin điện tử của tỉnh"],
["24/02/2023 | 15:10", "năm 1993", "không quá 20 ngày", "10/3/2023"]))

PAGES.append(page("b7894-binhdinh-taphuan-luatdatdai-2024", """
BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH
Trang chủ » Tin tức » Tập huấn - Bồi dưỡng
Thứ Ba, 23/07/2024 09:45
Hơn 300 học viên dự tập huấn Luật Đất đai năm 2024
Ngày 22/7, Ban Dân vận Tỉnh ủy Bình Định phối hợp với Sở Tài nguyên và Môi trường tổ chức lớp tập huấn năm 2024 về những điểm mới của Luật Đất đai số 31/2024/QH15 và kỹ năng vận động nhân dân trong đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất. Lớp tập huấn được tổ chức trực tiếp tại TP Quy Nhơn và trực tuyến đến 11 điểm cầu huyện, thị xã, thành phố với hơn 300 học viên.
Báo cáo viên Nguyễn Minh Tuấn, Sở Tài nguyên và Môi trường, giới thiệu Luật Đất đai năm 2024.
Đồng chí Đinh Thị Hiệp, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và phát biểu khai mạc. Đồng chí nhấn mạnh Luật Đất đai số 31/2024/QH15, được sửa đổi bởi Luật số 43/2024/QH15, có hiệu lực từ ngày 1/8/2024, thể chế hóa Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng; nhiều quy định mới liên quan trực tiếp đến quyền lợi của người dân như cấp giấy chứng nhận cho đất không có giấy tờ, ghi tên tất cả thành viên có chung quyền sử dụng đất.
Các báo cáo viên gồm ThS. Trần Thị Minh Thư, Phó Chi cục trưởng Chi cục Quản lý đất đai và TS. Lê Quang Vinh, giảng viên Trường Chính trị tỉnh đã trao đổi chuyên đề về đăng ký đất đai lần đầu, cấp giấy cho hộ sử dụng đất trước ngày 1/7/2014 không có giấy tờ, cùng kỹ năng đối thoại khi người dân thắc mắc. Theo số liệu của ngành, toàn tỉnh đã cấp giấy chứng nhận cho khoảng 96% diện tích cần cấp; còn khoảng 31.500 thửa đất chưa được cấp, tập trung ở các huyện miền núi Vĩnh Thạnh, An Lão, Vân Canh.
Tại lớp học, ông Đinh Văn Thưa, Chủ tịch UBND xã An Toàn (huyện An Lão) cho biết xã có 312 hộ đồng bào Bana, Hrê đang chờ đo đạc bổ sung, nhiều thửa đất nằm xen trong rừng phòng hộ. Bà Đinh Thị Bé, Chủ tịch Hội LHPN xã Vĩnh Sơn, đề nghị in tài liệu hỏi - đáp ngắn gọn bằng hình ảnh cho bà con ít biết chữ. Ông Võ Văn Hùng, Phó Trưởng Ban Dân vận Huyện ủy Phù Cát, chia sẻ kinh nghiệm xã Cát Hanh vận động 48 hộ tự nguyện hiến 2.600 m2 đất làm đường trong đợt chỉnh lý bản đồ.
Theo Kế hoạch số 112/KH-UBND ngày 5/7/2024 của UBND tỉnh, từ nay đến cuối năm tỉnh sẽ tổ chức 3 đợt cao điểm tuyên truyền Luật Đất đai; in, cấp phát 20.000 tờ gấp; bố trí 2,8 tỷ đồng cho đo đạc bổ sung ở vùng đồng bào dân tộc thiểu số.
Bế mạc lớp tập huấn, đồng chí Đinh Thị Hiệp đề nghị học viên về cơ sở tham mưu cấp ủy đưa việc tuyên truyền Luật Đất đai vào sinh hoạt chi bộ, họp thôn; phát huy vai trò người có uy tín, tổ dân vận trong vận động người dân đăng ký đất đai.
Thanh Hương
Tin liên quan
- Hội nghị giao ban công tác dân vận quý II/2024 (05/07/2024)
- Vĩnh Thạnh: 150 hộ đồng bào Bana nhận giấy chứng nhận (20/06/2024)
- An Lão tổng kết 10 năm thực hiện Quyết định 1719 (10/06/2024)
""", "2024-07-23", "Hơn 300 học viên dự tập huấn Luật Đất đai năm 2024",
E("tap_huan", "2024", "2024-07-22"),
[P("Đinh Thị Hiệp", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Minh Tuấn", "Báo cáo viên"),
 P("Trần Thị Minh Thư", "ThS.", "Phó Chi cục trưởng Chi cục Quản lý đất đai"),
 P("Lê Quang Vinh", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Đinh Văn Thưa", "Chủ tịch UBND xã An Toàn"),
 P("Đinh Thị Bé", "Chủ tịch Hội LHPN xã Vĩnh Sơn"),
 P("Võ Văn Hùng", "Phó Trưởng Ban Dân vận Huyện ủy Phù Cát")],
[Q("11 điểm cầu huyện, thị xã, thành phố", 11, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 300 học viên", 300, "học viên", "over"), Q("khoảng 96%", 96, "%", "approx"),
 Q("khoảng 31.500 thửa đất", 31500, "thửa đất", "approx"), Q("312 hộ đồng bào Bana, Hrê", 312, "hộ đồng bào Bana, Hrê"),
 Q("48 hộ", 48, "hộ"), Q("2.600 m2", 2600, "m2"), Q("3 đợt cao điểm tuyên truyền", 3, "đợt cao điểm tuyên truyền"),
 Q("20.000 tờ gấp", 20000, "tờ gấp"), Q("2,8 tỷ đồng", 2800000000, "đồng")],
[D("Luật", "31", "2024/QH15", None, None, "Luật Đất đai số 31/2024/QH15"),
 D("Luật", "43", "2024/QH15", None, None, "Luật số 43/2024/QH15"),
 D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "112", "KH-UBND", "2024-07-05", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 5/7/2024")],
[prov("Bình Định"), com("An Toàn"), com("Vĩnh Sơn"), com("Cát Hanh")],
["BAN DÂN VẬN TỈNH ỦY BÌNH ĐỊNH", "Trang chủ » Tin tức » Tập huấn - Bồi dưỡng",
 "Báo cáo viên Nguyễn Minh Tuấn, Sở Tài nguyên và Môi trường, giới thiệu Luật Đất đai năm 2024.", "Luật Đất đai năm 2024",
 "Trường Chính trị tỉnh"],
["Thứ Ba, 23/07/2024 09:45", "năm 2024", "1/8/2024", "1/7/2014"]))
