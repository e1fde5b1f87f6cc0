from lib import *
PAGES = []

PAGES.append(page("b7865-laocai-bdvtu-baocao-2022", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ / Tin tức / Hoạt động của Ban
Thứ Sáu, 21/01/2022
Vận động người bán hàng rong ở Sa Pa vào điểm kinh doanh tập trung
Ngày 20/01/2022, Ban Dân vận Tỉnh ủy báo cáo Thường trực Tỉnh ủy kết quả công tác dân vận trong xây dựng đô thị văn minh, giữ gìn trật tự lòng đường, vỉa hè năm 2021. Dự buổi làm việc có đồng chí Lương Quốc Khánh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lù Thị Ngoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Một góc phố đi bộ Sa Pa sau khi được lập lại trật tự.
Báo cáo do đồng chí Sùng A Páo, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy và đề án số 03-ĐA/TU về xây dựng đô thị Lào Cai văn minh, năm 2021 toàn tỉnh có 71 tuyến phố đăng ký xây dựng tuyến phố văn minh, 4.650 hộ ký cam kết. Nhân dân đóng góp khoảng 18,6 tỷ đồng cùng hàng nghìn ngày công để chỉnh trang vỉa hè, hệ thống chiếu sáng, cây xanh.
Tại thị xã Sa Pa, có hơn 800 người bán hàng rong, chủ yếu là phụ nữ người Mông, người Dao. Ban Dân vận Thị ủy đã phối hợp với Hội Liên hiệp Phụ nữ tổ chức 126 buổi tuyên truyền bằng tiếng dân tộc, vận động 540 người vào bán tại 3 điểm kinh doanh tập trung ở phường Sa Pa và phường Cầu Mây. Đồng chí Tẩn Láo Sử, Trưởng Ban Dân vận Thị ủy Sa Pa, cho biết nhiều chị em ban đầu chưa đồng tình, cán bộ phải "cùng ăn, cùng ở" với bà con nhiều ngày mới vận động được.
Ở thành phố Lào Cai, các phường Cốc Lếu, Kim Tân, Duyên Hải thực hiện Quy chế phối hợp số 05-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy và UBND tỉnh về công tác dân vận chính quyền, giải tỏa 1.236 điểm lấn chiếm; tỷ lệ hộ mặt phố chấp hành quy định đạt 91%. Bà Vàng Thị Dợ, người có uy tín thôn Lao Chải, xã Lao Chải, là người đầu tiên trong thôn rủ chị em vào điểm bán hàng tập trung.
Báo cáo cũng chỉ ra một số hạn chế: việc hỗ trợ sinh kế cho người bán hàng rong chưa bền vững; khoảng một phần ba số người đã vào điểm tập trung quay lại bán rong vào mùa du lịch; một số nơi còn nặng xử phạt, nhẹ vận động.
Đồng chí Lương Quốc Khánh ghi nhận kết quả, đề nghị năm 2022 Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 221-KL/TU về tiếp tục vận động người bán hàng rong; phối hợp với chính quyền đưa dạy nghề, thêu dệt thổ cẩm vào các điểm kinh doanh để bà con có thu nhập ổn định.
Thanh Xuân
Tin liên quan
- Bát Xát ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (14/01/2022)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2021 (29/12/2021)
- Sa Pa: phố đi bộ hút khách sau giãn cách (10/12/2021)
- Bảo Thắng vận động đồng bào tái định cư (01/12/2021)
""", "2022-01-21", "Vận động người bán hàng rong ở Sa Pa vào điểm kinh doanh tập trung",
E("bao_cao", "2021", "2022-01-20"),
[P("Lương Quốc Khánh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lù Thị Ngoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tẩn Láo Sử", "Trưởng Ban Dân vận Thị ủy Sa Pa"),
 P("Vàng Thị Dợ", "người có uy tín thôn Lao Chải")],
[Q("71 tuyến phố", 71, "tuyến phố"), Q("4.650 hộ", 4650, "hộ"), Q("khoảng 18,6 tỷ đồng", 18600000000, "đồng", "approx"),
 Q("hơn 800 người bán hàng rong", 800, "người", "over"), Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"),
 Q("540 người", 540, "người"), Q("3 điểm kinh doanh tập trung", 3, "điểm kinh doanh tập trung"),
 Q("1.236 điểm lấn chiếm", 1236, "điểm lấn chiếm"), Q("91%", 91, "%")],
[D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Đề án", "03", "ĐA/TU", None, None, "đề án số 03-ĐA/TU"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 05-QC/BDVTU-UBND"),
 D("Kết luận", "221", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 221-KL/TU")],
[prov("Lào Cai"), com("Sa Pa"), com("Cầu Mây"), com("Cốc Lếu"), com("Kim Tân"), com("Duyên Hải"), com("Lao Chải")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ / Tin tức / Hoạt động của Ban", "Một góc phố đi bộ Sa Pa sau khi được lập lại trật tự.",
 "cùng ăn, cùng ở"],
["Thứ Sáu, 21/01/2022", "năm 2021", "năm 2022", "hàng nghìn ngày công"]))

PAGES.append(page("b7866-vinhphuc-hungvuong-daihoi-doan-2022", """
PHÚC YÊN - CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ
Trang chủ - Tin tức - Đoàn thể
24 tháng 8, 2022 | 09:45
Đại hội Đoàn phường Hùng Vương: thanh niên xung kích xây dựng tuyến phố văn minh
Ngày 22/8/2022, Đoàn TNCS Hồ Chí Minh phường Hùng Vương (thành phố Phúc Yên, tỉnh Vĩnh Phúc) tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2022 - 2027. Về dự có đồng chí Phùng Văn Hải, Bí thư Đảng ủy phường Hùng Vương; đồng chí Trần Thị Thanh Tâm, Bí thư Thành đoàn Phúc Yên cùng 118 đại biểu đại diện cho 640 đoàn viên của 15 chi đoàn trực thuộc.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Nhiệm kỳ qua, tuổi trẻ phường Hùng Vương đã triển khai có hiệu quả phong trào "Tuổi trẻ chung tay xây dựng văn minh đô thị". Thực hiện Nghị quyết số 07-NQ/ĐU của Đảng ủy phường về xây dựng phường văn minh, sạch đẹp, Đoàn phường đã nhận quản lý 12 tuyến đường thanh niên tự quản; tổ chức 46 đợt ra quân dọn dẹp vỉa hè, bóc xóa quảng cáo rao vặt với trên 3.500 lượt đoàn viên tham gia; trồng mới khoảng 2.000 cây xanh, hoa trên các tuyến phố.
Đặc biệt, đội thanh niên tình nguyện của phường phối hợp với công an phường và tổ dân phố vận động 215 hộ kinh doanh trên phố Trần Phú, Hai Bà Trưng thu gọn hàng hóa, không để xe trên vỉa hè. Mô hình "Thứ bảy văn minh" của Chi đoàn tổ dân phố Xuân Mai được Thành đoàn biểu dương và nhân rộng ra 8 phường, xã của thành phố.
Phát biểu chỉ đạo, đồng chí Phùng Văn Hải đề nghị Đoàn phường tiếp tục thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới; phát huy vai trò xung kích của thanh niên trong giữ gìn trật tự, mỹ quan đô thị, xứng đáng là "cánh tay đắc lực" của Đảng ủy, chính quyền.
Đại hội đã bầu Ban Chấp hành Đoàn phường khóa XV gồm 15 đồng chí. Tại phiên họp thứ nhất, anh Lê Minh Quân được Ban Chấp hành tín nhiệm bầu giữ chức Bí thư Đoàn phường Hùng Vương nhiệm kỳ 2022 - 2027; chị Đỗ Thu Trang được bầu làm Phó Bí thư Đoàn phường. Đại hội cũng bầu 6 đại biểu đi dự Đại hội Đoàn thành phố.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ mới: 100% chi đoàn tổ dân phố có ít nhất 1 công trình, phần việc thanh niên về văn minh đô thị; mỗi năm kết nạp từ 30 đoàn viên mới trở lên. Cùng ngày, Đoàn phường ra quân làm sạch vỉa hè tuyến đường Trưng Trắc dài khoảng 600 m, đoạn qua phường Trưng Trắc.
Minh Huyền
Các tin khác
- Phúc Yên: 100% cơ sở Đoàn tổ chức xong đại hội (20/08/2022)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2022 (15/07/2022)
- Phường Xuân Hòa ra mắt tuyến phố văn minh (05/07/2022)
- Thành đoàn Phúc Yên ra quân Chiến dịch Thanh niên tình nguyện hè (20/06/2022)
- Vận động hộ kinh doanh phố Trần Phú giữ gìn vỉa hè (10/06/2022)
""", "2022-08-24", "Đại hội Đoàn phường Hùng Vương: thanh niên xung kích xây dựng tuyến phố văn minh",
E("dai_hoi", None, "2022-08-22"),
[P("Phùng Văn Hải", "Bí thư Đảng ủy phường Hùng Vương"),
 P("Trần Thị Thanh Tâm", "Bí thư Thành đoàn Phúc Yên"),
 P("Lê Minh Quân", "Bí thư Đoàn phường Hùng Vương nhiệm kỳ 2022 - 2027"),
 P("Đỗ Thu Trang", "Phó Bí thư Đoàn phường")],
[Q("118 đại biểu", 118, "đại biểu"), Q("640 đoàn viên", 640, "đoàn viên"), Q("15 chi đoàn", 15, "chi đoàn"),
 Q("12 tuyến đường thanh niên tự quản", 12, "tuyến đường thanh niên tự quản"), Q("46 đợt ra quân", 46, "đợt ra quân"),
 Q("trên 3.500 lượt đoàn viên", 3500, "lượt đoàn viên", "over"), Q("khoảng 2.000 cây xanh, hoa", 2000, "cây xanh, hoa", "approx"),
 Q("215 hộ kinh doanh", 215, "hộ kinh doanh"), Q("8 phường, xã", 8, "phường, xã"), Q("15 đồng chí", 15, "đồng chí"),
 Q("6 đại biểu", 6, "đại biểu"), Q("100%", 100, "%"),
 Q("ít nhất 1 công trình, phần việc thanh niên", 1, "công trình, phần việc thanh niên", "over"),
 Q("từ 30 đoàn viên mới trở lên", 30, "đoàn viên mới", "over"), Q("khoảng 600 m", 600, "m", "approx")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 07-NQ/ĐU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU")],
[prov("Vĩnh Phúc"), com("Hùng Vương"), com("Trưng Trắc")],
["PHÚC YÊN - CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ", "Đoàn TNCS Hồ Chí Minh", "Trang chủ - Tin tức - Đoàn thể",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Tuổi trẻ chung tay xây dựng văn minh đô thị",
 "Thứ bảy văn minh", "cánh tay đắc lực", "Trần Phú", "Hai Bà Trưng"],
["24 tháng 8, 2022 | 09:45", "lần thứ XV", "nhiệm kỳ 2022 - 2027", "khóa XV", "15 đồng chí", "phiên họp thứ nhất", "mỗi năm"]))

PAGES.append(page("b7867-khanhhoa-nhatrang-doithoai-2023", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thời sự | Đô thị
2023-05-31 16:40
Nha Trang: Đối thoại với hộ kinh doanh ven biển về sử dụng vỉa hè
Sáng 30/5, UBND thành phố Nha Trang phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức hội nghị đối thoại năm 2023 với hơn 200 hộ kinh doanh trên đường Trần Phú và các tuyến phố du lịch thuộc các phường Lộc Thọ, Tân Lập, Vĩnh Nguyên về việc quản lý, sử dụng tạm thời lòng đường, vỉa hè. Chủ trì đối thoại có ông Lê Quang Minh, TUV, Chủ tịch UBND TP Nha Trang và bà Phan Thị Kim Liên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Hộ kinh doanh nêu ý kiến tại buổi đối thoại.
Mở đầu, ông Võ Hữu Nghĩa, Trưởng phòng Quản lý đô thị thành phố, thông tin: theo Quyết định số 15/2023/QĐ-UBND của UBND tỉnh Khánh Hòa, vỉa hè có chiều rộng từ 3 m trở lên mới được cấp phép sử dụng tạm thời, phải dành tối thiểu 1,5 m cho người đi bộ; phí sử dụng từ 30.000 đến 60.000 đồng/m2/tháng. Từ đầu năm, thành phố đã cấp phép cho 312 hộ, xử lý 1.054 trường hợp vi phạm theo Nghị định số 100/2019/NĐ-CP của Chính phủ.
Tại buổi đối thoại có 19 ý kiến. Ông Trịnh Văn Sáu (phường Lộc Thọ), chủ một quán hải sản ven biển, đề nghị cho phép kinh doanh trên vỉa hè sau 18 giờ vào mùa du lịch. Bà Chamaléa Thị Hoa, hộ kinh doanh đồ lưu niệm người Raglai ở chợ đêm, hỏi về việc bố trí gian hàng cho người dân tộc thiểu số đang buôn bán nhỏ trên vỉa hè. Nhiều hộ phản ánh chỗ đậu xe cho khách du lịch còn thiếu.
Trả lời, ông Lê Quang Minh cho biết thành phố đang triển khai Kế hoạch số 4567/KH-UBND ngày 10/4/2023 của UBND thành phố, sẽ bố trí thêm 5 bãi đỗ xe với sức chứa khoảng 700 xe ô tô; dự kiến dành 40 gian hàng ở chợ đêm cho người buôn bán nhỏ, ưu tiên đồng bào dân tộc thiểu số và hộ nghèo. Việc kinh doanh buổi tối trên vỉa hè sẽ được thí điểm ở 2 tuyến, có kẻ vạch, giới hạn giờ.
Bà Phan Thị Kim Liên đề nghị các hộ kinh doanh thực hiện cam kết "Vỉa hè văn minh - Du lịch thân thiện"; Mặt trận các phường phối hợp tổ dân phố giám sát việc cấp phép, thu phí, bảo đảm công khai, minh bạch. Ủy ban MTTQ thành phố sẽ tổng hợp các ý kiến chưa được trả lời gửi cơ quan chức năng trong 15 ngày.
Theo nhiều hộ kinh doanh, đây là lần đầu tiên họ được trực tiếp nghe lãnh đạo thành phố giải thích quy định mới về vỉa hè, nên đồng tình cao.
Kết thúc hội nghị, 96% hộ tham dự ký cam kết. Thành phố cũng biểu dương 23 hộ kinh doanh tiêu biểu, trao mỗi hộ 2 triệu đồng.
Phương Linh
Tin liên quan
- Nha Trang lập lại trật tự vỉa hè khu vực chợ Đầm (20/05/2023)
- Phường Xương Huân ra mắt "Tuyến phố văn minh" (12/05/2023)
- Khánh Hòa giao ban công tác dân vận quý I năm 2023 (10/04/2023)
- Cam Ranh vận động tiểu thương chợ Ba Ngòi sắp xếp lại gian hàng (02/04/2023)
- Ninh Hòa: ra mắt mô hình "Khu dân cư không rác thải nhựa" (25/03/2023)
""", "2023-05-31", "Nha Trang: Đối thoại với hộ kinh doanh ven biển về sử dụng vỉa hè",
E("doi_thoai", "2023", "2023-05-30"),
[P("Lê Quang Minh", "TUV", "Chủ tịch UBND TP Nha Trang"),
 P("Phan Thị Kim Liên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Võ Hữu Nghĩa", "Trưởng phòng Quản lý đô thị thành phố"),
 P("Trịnh Văn Sáu"),
 P("Chamaléa Thị Hoa")],
[Q("hơn 200 hộ kinh doanh", 200, "hộ kinh doanh", "over"), Q("từ 3 m trở lên", 3, "m", "over"),
 Q("tối thiểu 1,5 m", 1.5, "m"), Q("30.000", 30000, "đồng"), Q("60.000 đồng/m2/tháng", 60000, "đồng"),
 Q("312 hộ", 312, "hộ"), Q("1.054 trường hợp", 1054, "trường hợp"), Q("19 ý kiến", 19, "ý kiến"),
 Q("5 bãi đỗ xe", 5, "bãi đỗ xe"), Q("khoảng 700 xe ô tô", 700, "xe ô tô", "approx"), Q("40 gian hàng", 40, "gian hàng"),
 Q("2 tuyến", 2, "tuyến"), Q("96%", 96, "%"), Q("23 hộ kinh doanh tiêu biểu", 23, "hộ kinh doanh tiêu biểu"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "15", "2023/QĐ-UBND", None, "UBND tỉnh Khánh Hòa", "Quyết định số 15/2023/QĐ-UBND"),
 D("Nghị định", "100", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2019/NĐ-CP"),
 D("Kế hoạch", "4567", "KH-UBND", "2023-04-10", "UBND thành phố", "Kế hoạch số 4567/KH-UBND ngày 10/4/2023")],
[prov("Khánh Hòa"), com("Lộc Thọ"), com("Tân Lập"), com("Vĩnh Nguyên")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Thời sự | Đô thị", "Hộ kinh doanh nêu ý kiến tại buổi đối thoại.",
 "Vỉa hè văn minh - Du lịch thân thiện", "Trần Phú"],
["2023-05-31 16:40", "năm 2023", "18 giờ", "15 ngày"]))

PAGES.append(page("b7868-bacninh-thanhuy-tongket-2023", """
BẮC NINH - CỔNG THÔNG TIN ĐIỆN TỬ
Vị trí: Trang chủ > Tin tức - Sự kiện > Chính trị
Ngày đăng: 29/12/2023 08:05
Lượt xem: 1.254
Toàn cảnh hội nghị.
Thành phố Bắc Ninh đặt mục tiêu 100% tuyến phố văn minh trong năm 2024
Chiều 27/12, Thành ủy Bắc Ninh tổ chức hội nghị tổng kết "Năm trật tự, văn minh đô thị 2023" và công tác dân vận năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đồng chí Nguyễn Thị Hoài Thu, UVBTV Tỉnh ủy, Bí thư Thành ủy Bắc Ninh; các đồng chí Phó Chủ tịch UBND thành phố: Ngô Quang Tiến, Trần Văn Hiển, Nguyễn Thị Mai Hương.
Năm 2023, thực hiện Kết luận 35, 36-KL/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết số 25-NQ/TU ngày 15/2/2023 của Ban Thường vụ Thành ủy, thành phố đã lập lại trật tự trên 164 tuyến đường, giải tỏa 3.827 điểm lấn chiếm, tháo dỡ 912 biển quảng cáo sai phép. Có 19 phường đạt tiêu chí "phường văn minh đô thị", chiếm 95%; 138 tuyến phố được công nhận tuyến phố văn minh. Nhân dân đóng góp trên 21 tỷ đồng và hơn 45.000 ngày công để chỉnh trang ngõ xóm, vỉa hè.
Nhiều mô hình hay được nhân rộng như "Tuyến phố không lấn chiếm vỉa hè" ở phường Suối Hoa, "Chợ văn minh thương mại" ở phường Tiền An, "Camera an ninh - vỉa hè thông thoáng" ở phường Vũ Ninh với 420 mắt camera do người dân tự lắp đặt. Bà Đàm Thị Hạnh, Bí thư Chi bộ khu phố Đọ Xá, phường Vũ Ninh, chia sẻ: chi bộ giao từng đảng viên phụ trách 10 - 15 hộ, ai vi phạm thì đảng viên phụ trách đến tận nhà nhắc nhở.
Bên cạnh kết quả, hội nghị chỉ ra còn khoảng 7% số điểm đã giải tỏa bị tái lấn chiếm; một số phường như Kinh Bắc, Võ Cường chưa quyết liệt xử lý các trường hợp để vật liệu xây dựng trên vỉa hè.
Phát biểu kết luận, đồng chí Nguyễn Thị Hoài Thu đề nghị năm 2024 thành phố tiếp tục thực hiện Quyết định số 37/2022/QĐ-UBND của UBND tỉnh về quản lý, sử dụng tạm thời vỉa hè; phấn đấu 100% tuyến phố đạt chuẩn văn minh; người đứng đầu cấp ủy, chính quyền các phường phải chịu trách nhiệm nếu để tái lấn chiếm kéo dài; phát huy vai trò giám sát của Mặt trận và nhân dân theo phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Dịp này, UBND thành phố khen thưởng 14 tập thể và 27 cá nhân có thành tích xuất sắc trong thực hiện "Năm trật tự, văn minh đô thị 2023"; thưởng 5 phường dẫn đầu, mỗi phường 30 triệu đồng.
Hải Yến
Tin liên quan
- Phường Ninh Xá ra mắt tuyến phố đi bộ cuối tuần (20/12/2023)
- Giao ban công tác dân vận quý IV năm 2023 (12/12/2023)
- Từ Sơn lập lại trật tự vỉa hè khu vực chợ Giầu (05/12/2023)
- Bắc Ninh: phát động thi đua "Dân vận khéo" năm 2024 (28/11/2023)
""", "2023-12-29", "Thành phố Bắc Ninh đặt mục tiêu 100% tuyến phố văn minh trong năm 2024",
E("tong_ket", "2023", "2023-12-27"),
[P("Nguyễn Thị Hoài Thu", "UVBTV Tỉnh ủy", "Bí thư Thành ủy Bắc Ninh"),
 P("Ngô Quang Tiến", "Phó Chủ tịch UBND thành phố"),
 P("Trần Văn Hiển", "Phó Chủ tịch UBND thành phố"),
 P("Nguyễn Thị Mai Hương", "Phó Chủ tịch UBND thành phố"),
 P("Đàm Thị Hạnh", "Bí thư Chi bộ khu phố Đọ Xá")],
[Q("100% tuyến phố văn minh", 100, "%"), Q("trên 164 tuyến đường", 164, "tuyến đường", "over"),
 Q("3.827 điểm lấn chiếm", 3827, "điểm lấn chiếm"), Q("912 biển quảng cáo", 912, "biển quảng cáo"),
 Q("19 phường", 19, "phường"), Q("95%", 95, "%"), Q("138 tuyến phố", 138, "tuyến phố"),
 Q("trên 21 tỷ đồng", 21000000000, "đồng", "over"), Q("hơn 45.000 ngày công", 45000, "ngày công", "over"),
 Q("420 mắt camera", 420, "mắt camera"), Q("10 - 15 hộ", 10, "hộ"), Q("15 hộ", 15, "hộ"), Q("khoảng 7%", 7, "%", "approx"),
 Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("5 phường dẫn đầu", 5, "phường"),
 Q("30 triệu đồng", 30000000, "đồng")],
[D("Kết luận", "35", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Kết luận", "36", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 35, 36-KL/TU"),
 D("Nghị quyết", "25", "NQ/TU", "2023-02-15", "Ban Thường vụ Thành ủy", "Nghị quyết số 25-NQ/TU ngày 15/2/2023"),
 D("Quyết định", "37", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 37/2022/QĐ-UBND")],
[prov("Bắc Ninh"), com("Suối Hoa"), com("Tiền An"), com("Vũ Ninh"), com("Kinh Bắc"), com("Võ Cường")],
["BẮC NINH - CỔNG THÔNG TIN ĐIỆN TỬ", "Vị trí: Trang chủ > Tin tức - Sự kiện > Chính trị", "Lượt xem: 1.254",
 "Toàn cảnh hội nghị.", "Năm trật tự, văn minh đô thị 2023", "Tuyến phố không lấn chiếm vỉa hè", "Chợ văn minh thương mại",
 "Camera an ninh - vỉa hè thông thoáng", "Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["Ngày đăng: 29/12/2023 08:05", "Lượt xem: 1.254", "năm 2024", "năm 2023", "Năm 2023"]))

PAGES.append(page("b7869-angiang-longxuyen-giaoban-q1-2024", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ » Dân vận chính quyền » Tin địa phương
12/4/2024 10:05 AM
Long Xuyên: vận động tiểu thương ven sông Hậu trả lại vỉa hè
Ngày 10/4, Ban Dân vận Thành ủy Long Xuyên (An Giang) tổ chức giao ban khối dân vận quý I/2024, tập trung đánh giá kết quả vận động nhân dân thực hiện lập lại trật tự đô thị, lòng lề đường gắn với xây dựng "Tuyến đường văn minh - Khu dân cư kiểu mẫu". Đồng chí Trương Thị Kim Ngân, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì; dự có đồng chí Chau Sóc Thanh, Phó Trưởng Ban Dân tộc và Tôn giáo thành phố.
Đồng chí Trương Thị Kim Ngân phát biểu tại buổi giao ban. Ảnh: Kim Thoa
Theo báo cáo, thực hiện Chỉ thị số 11-CT/TU ngày 3/8/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong chỉnh trang đô thị, quý I, các phường đã vận động 438 hộ tiểu thương ở khu vực chợ Long Xuyên, bến đò Ô Môi thu gọn hàng hóa; giải tỏa 97 sạp tạm trên vỉa hè đường Tôn Đức Thắng. Ban Dân vận phối hợp Ủy ban MTTQ Việt Nam thành phố tổ chức 32 cuộc tiếp xúc, nắm tâm tư của người buôn bán nhỏ; ghi nhận 56 ý kiến, kiến nghị, đến nay đã giải quyết 41 ý kiến.
Tại phường Mỹ Long, ông Ha Ly Phắt, Phó Bí thư Chi bộ khóm Đông Thịnh 8, là người Chăm, đã vận động 18 hộ người Chăm buôn bán vải ở chợ tự giác dời hàng vào sạp. Bà Néang Sa Ry, Chủ tịch Hội Liên hiệp Phụ nữ phường Mỹ Bình, cho biết hội đã giới thiệu 25 chị em vay vốn ưu đãi từ Ngân hàng Chính sách xã hội, tổng số tiền gần 1 tỷ đồng, để thuê sạp trong chợ.
Giao ban cũng nêu những khó khăn: khu vực ven sông Hậu có nhiều người từ nơi khác đến buôn bán, khó quản lý; một số hộ còn tư tưởng trông chờ, đợi lực lượng chức năng nhắc mới dọn. Tỷ lệ tái lấn chiếm trong quý ở mức khoảng 12%.
Kết luận giao ban, đồng chí Trương Thị Kim Ngân đề nghị quý II, khối dân vận tiếp tục thực hiện Kế hoạch số 78-KH/BDVTU của Ban Dân vận Tỉnh ủy; phối hợp với UBND phường Mỹ Xuyên triển khai thí điểm "Tuyến đường văn minh - Khu dân cư kiểu mẫu" trên đường Hà Hoàng Hổ dài 1,8 km; mỗi cán bộ khối dân vận phụ trách từ 5 hộ trở lên; kịp thời biểu dương các hộ chấp hành tốt.
Dịp này, Ban Dân vận Thành ủy trao 10 suất quà, mỗi suất 700.000 đồng, cho người bán vé số, hàng rong có hoàn cảnh khó khăn.
Kim Thoa
Bài viết liên quan
- Châu Đốc ra mắt mô hình "Khóm văn minh" (02/04/2024)
- An Giang tổng kết công tác dân vận năm 2023 (28/12/2023)
- Tịnh Biên vận động đồng bào Khmer giữ gìn vệ sinh chợ (15/12/2023)
- Tân Châu: giao ban khối dân vận quý IV năm 2023 (10/12/2023)
- Phường Bình Khánh vận động hộ dân hiến đất mở rộng hẻm (01/12/2023)
- Thoại Sơn tuyên dương 20 gương "Dân vận khéo" (22/11/2023)
""", "2024-04-12", "Long Xuyên: vận động tiểu thương ven sông Hậu trả lại vỉa hè",
E("giao_ban", "2024-Q1", "2024-04-10"),
[P("Trương Thị Kim Ngân", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Chau Sóc Thanh", "Phó Trưởng Ban Dân tộc và Tôn giáo thành phố"),
 P("Ha Ly Phắt", "Phó Bí thư Chi bộ khóm Đông Thịnh 8"),
 P("Néang Sa Ry", "Chủ tịch Hội Liên hiệp Phụ nữ phường Mỹ Bình")],
[Q("438 hộ tiểu thương", 438, "hộ tiểu thương"), Q("97 sạp tạm", 97, "sạp tạm"), Q("32 cuộc tiếp xúc", 32, "cuộc tiếp xúc"),
 Q("56 ý kiến, kiến nghị", 56, "ý kiến, kiến nghị"), Q("41 ý kiến", 41, "ý kiến"), Q("18 hộ người Chăm", 18, "hộ người Chăm"),
 Q("25 chị em", 25, "chị em"), Q("gần 1 tỷ đồng", 1000000000, "đồng", "approx"), Q("khoảng 12%", 12, "%", "approx"),
 Q("1,8 km", 1.8, "km"), Q("từ 5 hộ trở lên", 5, "hộ", "over"), Q("10 suất quà", 10, "suất quà"),
 Q("700.000 đồng", 700000, "đồng")],
[D("Chỉ thị", "11", "CT/TU", "2023-08-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 3/8/2023"),
 D("Kế hoạch", "78", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 78-KH/BDVTU")],
[prov("An Giang"), com("Mỹ Long"), com("Mỹ Bình"), com("Mỹ Xuyên")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ » Dân vận chính quyền » Tin địa phương",
 "Đồng chí Trương Thị Kim Ngân phát biểu tại buổi giao ban. Ảnh: Kim Thoa", "Tuyến đường văn minh - Khu dân cư kiểu mẫu",
 "Ngân hàng Chính sách xã hội", "Tôn Đức Thắng", "Hà Hoàng Hổ"],
["12/4/2024 10:05 AM", "quý I/2024", "quý II", "khóm Đông Thịnh 8"]))

PAGES.append(page("b7870-thaibinh-hdnd-giamsat-2024", """
HĐND TỈNH THÁI BÌNH - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Hoạt động giám sát
T2, 28/10/2024 - 14:15
Thường trực HĐND tỉnh giám sát việc quản lý trật tự đô thị tại thành phố Thái Bình
Ngày 25/10/2024, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Phạm Văn Nghiêm, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện các quy định về quản lý trật tự đô thị, sử dụng lòng đường, vỉa hè trên địa bàn thành phố Thái Bình, theo chương trình giám sát năm 2024 của Thường trực HĐND tỉnh. Cùng tham gia đoàn có các đồng chí: Bùi Thị Thu Trang - Trưởng Ban Pháp chế HĐND tỉnh; Đặng Quốc Việt - Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh.
Đoàn giám sát kiểm tra thực tế tại tuyến phố Lê Lợi.
Báo cáo của UBND thành phố do đồng chí Vũ Thanh Bình, Phó Chủ tịch UBND thành phố Thái Bình trình bày cho biết, thực hiện Nghị quyết số 13/2022/NQ-HĐND của HĐND tỉnh và Quyết định số 22/2023/QĐ-UBND của UBND tỉnh quy định về quản lý, sử dụng tạm thời một phần vỉa hè, từ năm 2023 đến tháng 9/2024, thành phố đã xây dựng 45 tuyến phố văn minh, chỉnh trang trên 58.000 m2 vỉa hè; xử lý 2.916 trường hợp vi phạm, phạt tiền hơn 1,7 tỷ đồng. Thành phố đã cấp phép sử dụng tạm thời vỉa hè cho 1.387 hộ, thu phí khoảng 2,3 tỷ đồng.
Làm việc với phường Lê Hồng Phong, bà Nguyễn Thị Ngọc Ánh, Chủ tịch UBND phường cho biết phường chia địa bàn thành 9 khu vực, giao cho từng tổ dân phố tự quản; đến nay 100% hộ mặt đường ký cam kết. Phường Bồ Xuyên và phường Kỳ Bá đề xuất thành phố sớm bố trí các bãi đỗ xe tập trung vì hiện chỉ có 4 bãi, đáp ứng khoảng 35% nhu cầu.
Đoàn giám sát ghi nhận những chuyển biến tích cực, song chỉ rõ: việc cấp phép có nơi chưa đúng quy định, có tuyến cấp phép quá 50% bề rộng vỉa hè; việc xử lý vi phạm chưa thường xuyên; một số phường chưa công khai các khoản thu phí.
Kết luận buổi giám sát, đồng chí Phạm Văn Nghiêm đề nghị UBND thành phố rà soát, điều chỉnh ngay các trường hợp cấp phép sai; công khai danh sách hộ được cấp phép tại trụ sở UBND phường; thực hiện nghiêm Chỉ thị số 04-CT/TU ngày 20/3/2023 của Ban Thường vụ Tỉnh ủy; phát huy vai trò Mặt trận, đoàn thể và người dân trong giám sát. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 23 HĐND tỉnh khóa XVII.
Đức Thịnh
Tin khác
- Ban Pháp chế HĐND tỉnh khảo sát công tác tiếp công dân (21/10/2024)
- Thường trực HĐND tỉnh giám sát việc giải quyết kiến nghị cử tri (15/10/2024)
- Hội nghị giao ban Thường trực HĐND tỉnh quý III (08/10/2024)
- Tiếp xúc cử tri trước kỳ họp thứ 22 (25/09/2024)
- Ban Kinh tế - Ngân sách thẩm tra dự thảo nghị quyết về phí vỉa hè (18/09/2024)
""", "2024-10-28", "Thường trực HĐND tỉnh giám sát việc quản lý trật tự đô thị tại thành phố Thái Bình",
E("giam_sat", "2024", "2024-10-25"),
[P("Phạm Văn Nghiêm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực HĐND tỉnh"),
 P("Bùi Thị Thu Trang", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Đặng Quốc Việt", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Vũ Thanh Bình", "Phó Chủ tịch UBND thành phố Thái Bình"),
 P("Nguyễn Thị Ngọc Ánh", "Chủ tịch UBND phường")],
[Q("45 tuyến phố văn minh", 45, "tuyến phố văn minh"), Q("trên 58.000 m2", 58000, "m2", "over"),
 Q("2.916 trường hợp", 2916, "trường hợp"), Q("hơn 1,7 tỷ đồng", 1700000000, "đồng", "over"),
 Q("1.387 hộ", 1387, "hộ"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("9 khu vực", 9, "khu vực"),
 Q("100%", 100, "%"), Q("4 bãi", 4, "bãi"), Q("khoảng 35%", 35, "%", "approx"), Q("quá 50%", 50, "%", "over")],
[D("Nghị quyết", "13", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 13/2022/NQ-HĐND"),
 D("Quyết định", "22", "2023/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 22/2023/QĐ-UBND"),
 D("Chỉ thị", "04", "CT/TU", "2023-03-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 04-CT/TU ngày 20/3/2023")],
[prov("Thái Bình"), com("Lê Hồng Phong"), com("Bồ Xuyên"), com("Kỳ Bá")],
["HĐND TỈNH THÁI BÌNH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Hoạt động giám sát",
 "Đoàn giám sát kiểm tra thực tế tại tuyến phố Lê Lợi.", "Lê Lợi"],
["T2, 28/10/2024 - 14:15", "năm 2024", "năm 2023", "tháng 9/2024", "kỳ họp thứ 23", "khóa XVII"]))
