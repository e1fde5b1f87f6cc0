from lib import *
PAGES = []

PAGES.append(page("b2735-angiang-hlhpn-tongket-2024", """
Hôm nay: Thứ Bảy, 28/12/2024
BÁO AN GIANG ONLINE
Chính trị | Mặt trận - Đoàn thể
27/12/2024 - 17:05
Các cấp hội phụ nữ An Giang hoàn thành vượt 11/12 chỉ tiêu
Ngày 26/12, Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2024, triển khai phương hướng năm 2025. Bà Nguyễn Thị Minh Thúy, Chủ tịch Hội LHPN tỉnh chủ trì; dự có ông Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Ảnh: Đại biểu biểu quyết thông qua các chỉ tiêu năm 2025.
Năm 2024, các cấp hội kết nạp 6.742 hội viên mới; hỗ trợ 385 phụ nữ khởi nghiệp, thành lập 12 hợp tác xã, 64 tổ hợp tác do phụ nữ quản lý. Dư nợ ủy thác qua Hội đạt khoảng 2.915 tỷ đồng với 2.187 tổ tiết kiệm và vay vốn, nợ quá hạn 0,12%. Các cơ sở hội duy trì 1.154 nhóm "Phụ nữ tiết kiệm", số dư hơn 23,5 tỷ đồng. Hưởng ứng phong trào xóa nhà tạm, nhà dột nát, Hội đã vận động xây mới, sửa chữa 96 căn "Mái ấm tình thương" trị giá gần 5,3 tỷ đồng.
Hội LHPN tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh đã ký Chương trình phối hợp số 08/CTrPH-HPN-NHCS về nâng cao chất lượng tín dụng giai đoạn 2024 - 2026. Thực hiện Kế hoạch 145, 146-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, các cấp hội đã tổ chức 214 lớp tập huấn cho 9.870 lượt cán bộ hội, tổ trưởng tổ vay vốn.
Tại hội nghị, bà Néang Sóc Kha, Chủ tịch Hội LHPN xã An Cư, thị xã Tịnh Biên chia sẻ kinh nghiệm vận động phụ nữ Khmer tham gia tổ tiết kiệm bằng song ngữ. Bà Mari Dah, Chi hội trưởng phụ nữ ấp Phũm Soài, xã Châu Phong cho biết chi hội có 87 hội viên người Chăm, đã duy trì 4 nhóm tiết kiệm, giúp 31 chị em có vốn dệt thổ cẩm, bán hàng online.
Phát biểu chỉ đạo, ông Lê Văn Phước ghi nhận những kết quả nổi bật của Hội, đồng thời đề nghị năm 2025 các cấp hội quán triệt, thực hiện nghiêm Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương về tiếp tục đổi mới, sắp xếp tổ chức bộ máy, chủ động chuẩn bị các điều kiện khi sắp xếp, tinh gọn tổ chức hội; bảo đảm hoạt động hội không gián đoạn, chăm lo tốt cho hội viên.
Hội nghị cũng chỉ ra một số hạn chế: chất lượng sinh hoạt ở một số chi hội vùng sâu chưa cao; việc nắm tình hình hội viên làm ăn xa, lao động tự do còn khó khăn; nguồn vốn hỗ trợ khởi nghiệp chưa đáp ứng nhu cầu của chị em.
Dịp này, Trung ương Hội LHPN Việt Nam tặng bằng khen cho 5 tập thể, 7 cá nhân; UBND tỉnh tặng bằng khen cho 10 tập thể, 12 cá nhân; Hội LHPN tỉnh tặng giấy khen cho 58 tập thể, 96 cá nhân.
Hạnh Châu
Tin liên quan
- Tri Tôn: trao 5 căn "Mái ấm tình thương" cho phụ nữ Khmer (20/12/2024)
- Hội LHPN tỉnh trao vốn khởi nghiệp cho 20 hội viên (12/12/2024)
- Tuyên dương 50 phụ nữ tiêu biểu năm 2024 (04/12/2024)
""", "2024-12-27", "Các cấp hội phụ nữ An Giang hoàn thành vượt 11/12 chỉ tiêu",
E("tong_ket", "2024", "2024-12-26"),
[P("Nguyễn Thị Minh Thúy", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Néang Sóc Kha", "Chủ tịch Hội LHPN xã An Cư"),
 P("Mari Dah", "Chi hội trưởng phụ nữ ấp Phũm Soài")],
[Q("11/12 chỉ tiêu", 11, "chỉ tiêu"), Q("6.742 hội viên mới", 6742, "hội viên mới"), Q("385 phụ nữ", 385, "phụ nữ"),
 Q("12 hợp tác xã", 12, "hợp tác xã"), Q("64 tổ hợp tác", 64, "tổ hợp tác"), Q("khoảng 2.915 tỷ đồng", 2915000000000, "đồng", "approx"),
 Q("2.187 tổ tiết kiệm và vay vốn", 2187, "tổ tiết kiệm và vay vốn"), Q("0,12%", 0.12, "%"),
 Q('1.154 nhóm "Phụ nữ tiết kiệm"', 1154, 'nhóm "Phụ nữ tiết kiệm"'), Q("hơn 23,5 tỷ đồng", 23500000000, "đồng", "over"),
 Q('96 căn "Mái ấm tình thương"', 96, 'căn "Mái ấm tình thương"'), Q("gần 5,3 tỷ đồng", 5300000000, "đồng", "approx"),
 Q("214 lớp tập huấn", 214, "lớp tập huấn"), Q("9.870 lượt cán bộ hội, tổ trưởng tổ vay vốn", 9870, "lượt cán bộ hội, tổ trưởng tổ vay vốn"),
 Q("87 hội viên người Chăm", 87, "hội viên người Chăm"), Q("4 nhóm tiết kiệm", 4, "nhóm tiết kiệm"), Q("31 chị em", 31, "chị em"),
 Q("5 tập thể", 5, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("10 tập thể", 10, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("58 tập thể", 58, "tập thể"), Q("96 cá nhân", 96, "cá nhân")],
[D("Chương trình phối hợp", "08", "CTrPH-HPN-NHCS", None, None, "Chương trình phối hợp số 08/CTrPH-HPN-NHCS"),
 D("Kế hoạch", "145", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 145, 146-KH/HPN"),
 D("Kế hoạch", "146", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 145, 146-KH/HPN"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017")],
[prov("An Giang"), com("An Cư"), com("Châu Phong")],
["Hôm nay: Thứ Bảy, 28/12/2024", "BÁO AN GIANG ONLINE", "Chính trị | Mặt trận - Đoàn thể",
 "Ảnh: Đại biểu biểu quyết thông qua các chỉ tiêu năm 2025.", "Phụ nữ tiết kiệm", "Mái ấm tình thương", "Ngân hàng Chính sách xã hội"],
["Hôm nay: Thứ Bảy, 28/12/2024", "27/12/2024 - 17:05", "năm 2024", "năm 2025", "giai đoạn 2024 - 2026"]))

PAGES.append(page("b2736-gialai-taphuan-duan8-2024", """
Báo Gia Lai điện tử
Xã hội / Phụ nữ - Gia đình
Ngày 16/08/2024 | 07:45
Bồi dưỡng kỹ năng cho cán bộ hội phụ nữ vùng đồng bào dân tộc thiểu số
(GLO) - Từ ngày 14 đến 15/8, Hội LHPN tỉnh tổ chức lớp tập huấn nâng cao năng lực cho cán bộ hội cơ sở năm 2024 về thực hiện Dự án 8 và quản lý tổ tiết kiệm và vay vốn cho 120 học viên là chủ tịch, phó chủ tịch hội phụ nữ xã và chi hội trưởng của các huyện Chư Păh, Ia Grai, Đak Đoa.
Bà Rah Lan H'Mrư, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn.
Lớp tập huấn thực hiện Kế hoạch số 210/KH-HPN ngày 02/7/2024 của Ban Thường vụ Hội LHPN tỉnh, triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ. Theo bà Rah Lan H'Mrư, sau 3 năm thực hiện Dự án 8, toàn tỉnh đã thành lập 286 "Tổ truyền thông cộng đồng", 64 "Địa chỉ tin cậy" và 118 câu lạc bộ "Thủ lĩnh của sự thay đổi"; các cấp hội đang ủy thác cho vay với dư nợ trên 3.420 tỷ đồng qua 2.654 tổ tiết kiệm và vay vốn.
Trong 2 ngày, học viên được PGS.TS. Lê Thị Mai Hương, giảng viên Học viện Phụ nữ Việt Nam hướng dẫn kỹ năng lồng ghép giới trong kế hoạch phát triển kinh tế - xã hội của xã; bà Siu H'Nhêr, Trưởng Ban Kinh tế Hội LHPN tỉnh hướng dẫn cách lập sổ sách, bình xét cho vay, xử lý nợ quá hạn ở tổ vay vốn, theo Thông tư số 15/2022/TT-BTC của Bộ Tài chính về quản lý kinh phí sự nghiệp thực hiện chương trình.
Chị Kpă H'Yă, Chủ tịch Hội LHPN xã Ia Ka, huyện Chư Păh chia sẻ: "Xã có 9 làng đồng bào Jrai, chị em ngại đến ngân hàng, sợ vay không trả được. Sau khi thành lập 3 tổ tiết kiệm, mỗi tháng chị em góp 50.000 đồng, nay đã có khoảng 60 triệu đồng cho nhau vay mua phân bón, chị em tự tin hơn nhiều".
Chị Đinh Thị Lúy, chi hội trưởng phụ nữ làng Đê Kjiêng, xã Hà Đông, huyện Đak Đoa (người Ba Na) đề nghị tập huấn thêm kỹ năng bán hàng online cho sản phẩm thổ cẩm, rượu cần.
Năm 2024, Hội LHPN tỉnh phấn đấu hỗ trợ 150 phụ nữ dân tộc thiểu số khởi nghiệp, xóa 40 nhà tạm cho hội viên nghèo; mỗi nhà được hỗ trợ 50 triệu đồng từ nguồn vận động.
Theo đánh giá của Hội LHPN tỉnh, đội ngũ cán bộ hội cơ sở vùng đồng bào dân tộc thiểu số phần lớn là người tại chỗ, nhiệt tình nhưng trình độ còn hạn chế, nhiều chị em vừa làm cán bộ hội vừa lo kinh tế gia đình; việc tập huấn thường xuyên giúp chị em tự tin hơn khi tổ chức sinh hoạt, tuyên truyền bằng tiếng Jrai, tiếng Ba Na.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu; Hội LHPN tỉnh sẽ mở thêm 4 lớp tương tự tại các huyện phía Đông trong tháng 9.
Nay H'Rim - Rơ Châm Huyên
Lượt xem: 1.208
Tin liên quan
- Ia Pa: ra mắt "Địa chỉ tin cậy" tại làng Bi (09/08/2024)
- Phụ nữ Jrai làng Plei Ơi khởi nghiệp với cà phê sạch (02/08/2024)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2024 (12/07/2024)
""", "2024-08-16", "Bồi dưỡng kỹ năng cho cán bộ hội phụ nữ vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2024", "2024-08-14"),
[P("Rah Lan H'Mrư", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Mai Hương", "PGS.TS.", "giảng viên Học viện Phụ nữ Việt Nam"),
 P("Siu H'Nhêr", "Trưởng Ban Kinh tế Hội LHPN tỉnh"),
 P("Kpă H'Yă", "Chủ tịch Hội LHPN xã Ia Ka"),
 P("Đinh Thị Lúy", "chi hội trưởng phụ nữ làng Đê Kjiêng")],
[Q("120 học viên", 120, "học viên"), Q('286 "Tổ truyền thông cộng đồng"', 286, "Tổ truyền thông cộng đồng"),
 Q('64 "Địa chỉ tin cậy"', 64, "Địa chỉ tin cậy"), Q('118 câu lạc bộ "Thủ lĩnh của sự thay đổi"', 118, 'câu lạc bộ "Thủ lĩnh của sự thay đổi"'),
 Q("trên 3.420 tỷ đồng", 3420000000000, "đồng", "over"), Q("2.654 tổ tiết kiệm và vay vốn", 2654, "tổ tiết kiệm và vay vốn"),
 Q("9 làng đồng bào Jrai", 9, "làng đồng bào Jrai"), Q("3 tổ tiết kiệm", 3, "tổ tiết kiệm"), Q("50.000 đồng", 50000, "đồng"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("150 phụ nữ dân tộc thiểu số", 150, "phụ nữ dân tộc thiểu số"),
 Q("40 nhà tạm", 40, "nhà tạm"), Q("50 triệu đồng", 50000000, "đồng"), Q("100%", 100, "%"), Q("4 lớp", 4, "lớp")],
[D("Kế hoạch", "210", "KH-HPN", "2024-07-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 210/KH-HPN ngày 02/7/2024"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Thông tư", "15", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 15/2022/TT-BTC")],
[prov("Gia Lai"), com("Ia Ka"), com("Hà Đông")],
["Báo Gia Lai điện tử", "Xã hội / Phụ nữ - Gia đình", "(GLO)",
 "Bà Rah Lan H'Mrư, Phó Chủ tịch Hội LHPN tỉnh phát biểu khai mạc lớp tập huấn.", "Tổ truyền thông cộng đồng",
 "Địa chỉ tin cậy", "Thủ lĩnh của sự thay đổi", "Dự án 8", "Lượt xem: 1.208"],
["Ngày 16/08/2024 | 07:45", "năm 2024", "Dự án 8", "3 năm", "2 ngày", "tháng 9", "Năm 2024", "Lượt xem: 1.208"]))

PAGES.append(page("b2737-tuyenquang-hopnhat-hlhpn-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 10/07/2025 - 15:30
Ra mắt Ban Thường vụ Hội LHPN tỉnh Tuyên Quang sau hợp nhất
Ngày 8/7, Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị công bố quyết định hợp nhất Hội LHPN tỉnh Tuyên Quang và Hội LHPN tỉnh Hà Giang, ra mắt Ban Chấp hành, Ban Thường vụ Hội LHPN tỉnh Tuyên Quang (mới). Dự hội nghị có bà Hoàng Thị Thu Hà, Phó Chủ tịch Hội LHPN Việt Nam; ông Vàng Seo Pao, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Lãnh đạo Hội LHPN tỉnh khóa mới ra mắt hội nghị.
Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, từ ngày 1/7/2025 tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất thành tỉnh Tuyên Quang. Tại hội nghị, đại diện lãnh đạo Ban Tổ chức Tỉnh ủy công bố Quyết định số 1125-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành Hội LHPN tỉnh gồm 45 đồng chí, Ban Thường vụ 11 đồng chí.
Theo đó, bà Lý Thị Lan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, được chỉ định giữ chức Chủ tịch Hội LHPN tỉnh; các bà Nông Thị Hạnh, Sùng Thị Mai, Đặng Thị Phương - Phó Chủ tịch Hội LHPN tỉnh.
Sau hợp nhất, Hội LHPN tỉnh Tuyên Quang có 124 cơ sở hội xã, phường với hơn 390.000 hội viên, trong đó trên 70% là phụ nữ dân tộc thiểu số người Tày, Dao, Mông, Nùng, Lô Lô, Pà Thẻn. Các cấp hội đang quản lý dư nợ ủy thác khoảng 6.800 tỷ đồng qua 4.312 tổ tiết kiệm và vay vốn; 2.145 nhóm "Phụ nữ tiết kiệm" với số dư gần 41 tỷ đồng. Trong 6 tháng đầu năm, hai tỉnh đã xóa 1.263 nhà tạm, nhà dột nát cho hộ nghèo, trong đó Hội phụ nữ trực tiếp vận động 218 căn.
Phát biểu nhận nhiệm vụ, bà Lý Thị Lan cam kết sẽ cùng tập thể lãnh đạo nhanh chóng ổn định tổ chức, kiện toàn bộ máy ở 124 xã, phường mới; bảo đảm các tổ tiết kiệm và vay vốn hoạt động liên tục, không để đứt gãy quản lý khi giải thể cấp huyện; tiếp tục triển khai Dự án 8 và hỗ trợ phụ nữ khởi nghiệp, nhất là ở các xã vùng cao Đồng Văn, Mèo Vạc, Lâm Bình.
Phát biểu chỉ đạo, bà Hoàng Thị Thu Hà đề nghị Hội LHPN tỉnh quan tâm cán bộ hội ở cơ sở sau sắp xếp, phát huy vai trò của hội trong khối Mặt trận; sớm chuẩn bị đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031 theo hướng dẫn của Trung ương Hội.
Ông Vàng Seo Pao đề nghị các chi hội giữ vững sinh hoạt, chăm lo hội viên ở phường Minh Xuân, xã Lũng Cú và các địa bàn biên giới.
Minh Thu - Giàng Lan
Lượt đọc: 2.031
Tin liên quan
- Hội LHPN tỉnh Hà Giang tổng kết hoạt động trước hợp nhất (27/06/2025)
- Phụ nữ Na Hang giữ nghề dệt thổ cẩm (20/06/2025)
- Trao 30 con bò cho hội viên nghèo vùng cao (12/06/2025)
""", "2025-07-10", "Ra mắt Ban Thường vụ Hội LHPN tỉnh Tuyên Quang sau hợp nhất",
E("hoi_nghi", None, "2025-07-08"),
[P("Hoàng Thị Thu Hà", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Vàng Seo Pao", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Nông Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"), P("Sùng Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đặng Thị Phương", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("45 đồng chí", 45, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("124 cơ sở hội xã, phường", 124, "cơ sở hội xã, phường"),
 Q("hơn 390.000 hội viên", 390000, "hội viên", "over"), Q("trên 70%", 70, "%", "over"),
 Q("khoảng 6.800 tỷ đồng", 6800000000000, "đồng", "approx"), Q("4.312 tổ tiết kiệm và vay vốn", 4312, "tổ tiết kiệm và vay vốn"),
 Q('2.145 nhóm "Phụ nữ tiết kiệm"', 2145, 'nhóm "Phụ nữ tiết kiệm"'), Q("gần 41 tỷ đồng", 41000000000, "đồng", "approx"),
 Q("1.263 nhà tạm, nhà dột nát", 1263, "nhà tạm, nhà dột nát"), Q("218 căn", 218, "căn"), Q("124 xã, phường mới", 124, "xã, phường mới")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Quyết định", "1125", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1125-QĐ/TU ngày 30/6/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Minh Xuân"), com("Lũng Cú")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Lãnh đạo Hội LHPN tỉnh khóa mới ra mắt hội nghị.",
 "Phụ nữ tiết kiệm", "Dự án 8", "Lượt đọc: 2.031"],
["Thứ Năm, 10/07/2025 - 15:30", "từ ngày 1/7/2025", "45 đồng chí", "11 đồng chí", "6 tháng đầu năm", "nhiệm kỳ 2026 - 2031",
 "Lượt đọc: 2.031"]))

PAGES.append(page("b2738-vinhlong-hlhpn-tongket-2025", """
BÁO VĨNH LONG ONLINE - Cơ quan của Đảng bộ tỉnh Vĩnh Long
Mặt trận - Đoàn thể » Phụ nữ
Cập nhật: 24-12-2025 16:05
Ảnh: Trao bằng khen cho các tập thể xuất sắc.
Phụ nữ Vĩnh Long sau hợp nhất: đoàn kết, khởi nghiệp, giảm nghèo
Chiều 23/12, Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025 - năm đầu tiên hoạt động sau khi hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh. Bà Trần Thị Ngọc Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Năm 2025, Hội đã hoàn thành hợp nhất bộ máy, kiện toàn tổ chức hội ở 124 xã, phường; kết nạp 8.215 hội viên mới, nâng tổng số hội viên lên hơn 612.000 người. Tổng kết Đề án 939 theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, giai đoạn 2017 - 2025 các cấp hội của 3 tỉnh cũ đã hỗ trợ 9.640 phụ nữ khởi nghiệp, thành lập 148 hợp tác xã do phụ nữ quản lý.
Công tác ủy thác vốn vay được duy trì ổn định: dư nợ qua Hội đạt khoảng 7.450 tỷ đồng với 5.218 tổ tiết kiệm và vay vốn, tỷ lệ nợ quá hạn 0,09%. Hội đã phối hợp xóa 412 căn nhà tạm, nhà dột nát cho hội viên nghèo, tổng kinh phí hơn 24,7 tỷ đồng, góp phần hoàn thành chương trình xóa nhà tạm trước ngày 31/8/2025.
Tại hội nghị, bà Kim Thị Sa Reth, Chủ tịch Hội LHPN xã Long Hiệp chia sẻ kinh nghiệm duy trì 18 nhóm tiết kiệm của phụ nữ Khmer với hơn 400 thành viên. Bà Võ Thị Hồng Loan, Chủ tịch Hội LHPN phường An Hội cho biết, phường đã hỗ trợ 27 chị em bán sản phẩm dừa, bánh tráng qua sàn thương mại điện tử, doanh thu bình quân 8 - 10 triệu đồng/tháng.
Phát biểu chỉ đạo, bà Thạch Thị Đa Ra, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy ghi nhận Hội đã giữ vững hoạt động trong thời gian sắp xếp bộ máy; đề nghị năm 2026 các cấp hội thực hiện tốt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, tuyên truyền bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp; chuẩn bị tốt đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031.
Dịp này, Trung ương Hội LHPN Việt Nam tặng cờ thi đua cho Hội LHPN tỉnh; Hội LHPN tỉnh tặng bằng khen cho 36 tập thể, 52 cá nhân; trao 20 suất vốn khởi nghiệp, mỗi suất 10 triệu đồng theo Kế hoạch số 12/KH-HPN ngày 10/9/2025.
Hội LHPN tỉnh đặt mục tiêu năm 2026 hỗ trợ ít nhất 600 phụ nữ khởi nghiệp, thành lập mới 15 hợp tác xã, không để hội viên nào phải ở nhà tạm.
Thanh Thủy
Tin cùng chuyên mục
- Trà Ôn: trao 10 phần quà cho phụ nữ đơn thân (15/12/2025)
- Hội LHPN tỉnh tập huấn kỹ năng số cho cán bộ hội cơ sở (05/12/2025)
- Phụ nữ xứ dừa khởi nghiệp từ kẹo dừa (26/11/2025)
""", "2025-12-24", "Phụ nữ Vĩnh Long sau hợp nhất: đoàn kết, khởi nghiệp, giảm nghèo",
E("tong_ket", "2025", "2025-12-23"),
[P("Trần Thị Ngọc Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Kim Thị Sa Reth", "Chủ tịch Hội LHPN xã Long Hiệp"),
 P("Võ Thị Hồng Loan", "Chủ tịch Hội LHPN phường An Hội"),
 P("Thạch Thị Đa Ra", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("3 tỉnh", 3, "tỉnh"), Q("124 xã, phường", 124, "xã, phường"), Q("8.215 hội viên mới", 8215, "hội viên mới"),
 Q("hơn 612.000 người", 612000, "người", "over"), Q("9.640 phụ nữ", 9640, "phụ nữ"), Q("148 hợp tác xã", 148, "hợp tác xã"),
 Q("khoảng 7.450 tỷ đồng", 7450000000000, "đồng", "approx"), Q("5.218 tổ tiết kiệm và vay vốn", 5218, "tổ tiết kiệm và vay vốn"),
 Q("0,09%", 0.09, "%"), Q("412 căn nhà tạm, nhà dột nát", 412, "căn nhà tạm, nhà dột nát"), Q("hơn 24,7 tỷ đồng", 24700000000, "đồng", "over"),
 Q("18 nhóm tiết kiệm", 18, "nhóm tiết kiệm"), Q("hơn 400 thành viên", 400, "thành viên", "over"), Q("27 chị em", 27, "chị em"),
 Q("8 - 10 triệu đồng", 8000000, "đồng"), Q("10 triệu đồng/tháng", 10000000, "đồng"), Q("36 tập thể", 36, "tập thể"),
 Q("52 cá nhân", 52, "cá nhân"), Q("20 suất vốn khởi nghiệp", 20, "suất vốn khởi nghiệp"), Q("mỗi suất 10 triệu đồng", 10000000, "đồng"),
 Q("ít nhất 600 phụ nữ", 600, "phụ nữ", "over"), Q("15 hợp tác xã", 15, "hợp tác xã")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025"),
 D("Kế hoạch", "12", "KH-HPN", "2025-09-10", None, "Kế hoạch số 12/KH-HPN ngày 10/9/2025")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("An Hội")],
["BÁO VĨNH LONG ONLINE - Cơ quan của Đảng bộ tỉnh Vĩnh Long", "Mặt trận - Đoàn thể » Phụ nữ",
 "Ảnh: Trao bằng khen cho các tập thể xuất sắc.", "Đề án 939"],
["Cập nhật: 24-12-2025 16:05", "năm 2025", "năm đầu tiên", "Đề án 939", "giai đoạn 2017 - 2025", "ngày 31/8/2025", "năm 2026",
 "Đại hội XIV", "khóa XVI", "nhiệm kỳ 2026 - 2031"]))

PAGES.append(page("b2739-lamdong-daihoi-phunu-lacduong-2026", """
Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng
You are here: Trang chủ » Tin tức » Đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031
Thứ Sáu, 20/03/2026 - 08:30
Đại hội đại biểu Phụ nữ xã Lạc Dương lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 19/3/2026, Hội LHPN xã Lạc Dương tổ chức Đại hội đại biểu Phụ nữ xã lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội điểm cấp xã của tỉnh Lâm Đồng sau khi hợp nhất với Đắk Nông và Bình Thuận. Dự đại hội có bà Bon Đơ Ka Trang, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; ông Liêng Jrang K'Vin, Bí thư Đảng ủy xã Lạc Dương cùng 135 đại biểu đại diện cho gần 4.200 hội viên của 19 chi hội.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Xã Lạc Dương mới được thành lập từ 3 đơn vị hành chính cũ, có hơn 60% dân số là đồng bào K'Ho, Chil. Nhiệm kỳ 2021 - 2026, các cấp hội trên địa bàn đã kết nạp 640 hội viên mới; hỗ trợ 52 phụ nữ khởi nghiệp với các sản phẩm cà phê, dâu tây, thổ cẩm, trong đó 6 sản phẩm đạt chứng nhận OCOP 3 sao. Hội quản lý 11 tổ tiết kiệm và vay vốn với dư nợ hơn 86 tỷ đồng; 24 nhóm "Phụ nữ tiết kiệm" có số dư khoảng 1,2 tỷ đồng. Từ nguồn vận động, Hội đã xây 9 căn nhà tình thương, mỗi căn trị giá 70 triệu đồng.
Thực hiện Chỉ thị số 02-CT/ĐU ngày 15/10/2025 của Ban Thường vụ Đảng ủy xã và Hướng dẫn số 18/HD-HPN của Hội LHPN tỉnh, công tác chuẩn bị đại hội được tiến hành chu đáo; dự thảo văn kiện được lấy ý kiến tại 19 chi hội.
Phát biểu chỉ đạo, bà Bon Đơ Ka Trang đề nghị nhiệm kỳ mới Hội LHPN xã tập trung hỗ trợ chị em chuyển đổi số, bán hàng qua mạng, phát triển du lịch cộng đồng ở các buôn Đưng K'Nớ, B'Nơ; tiếp tục thực hiện Dự án 8 theo Quyết định số 1719/QĐ-TTg, xóa bỏ tảo hôn trong đồng bào dân tộc thiểu số.
Đại hội đã bầu Ban Chấp hành Hội LHPN xã khóa I gồm 15 đồng chí. Tại phiên họp thứ nhất, bà Đa Cát K'Sương được bầu giữ chức Chủ tịch Hội LHPN xã Lạc Dương; bà Cil K'Thạch và bà Rơ Ông Ka Hoa được bầu giữ chức Phó Chủ tịch. Đại hội bầu 7 đại biểu chính thức dự Đại hội đại biểu Phụ nữ tỉnh Lâm Đồng lần thứ I.
Đại hội thông qua Nghị quyết với 8 chỉ tiêu, phấn đấu đến năm 2031 có 90% hội viên sử dụng dịch vụ thanh toán không dùng tiền mặt, mỗi năm hỗ trợ ít nhất 10 phụ nữ khởi nghiệp.
Đại hội đã nhận được thư chúc mừng của Ban Thường vụ Hội LHPN tỉnh và lẵng hoa của Đảng ủy, HĐND, UBND xã.
K'Duyên
Lượt xem: 516
Tin liên quan
- Đại hội Phụ nữ phường Lâm Viên - Đà Lạt nhiệm kỳ 2026 - 2031 (16/03/2026)
- Xã Đam Rông 1 hoàn thành đại hội phụ nữ (12/03/2026)
- Tập huấn nghiệp vụ công tác đại hội cho cán bộ hội cơ sở (27/02/2026)
- Phụ nữ K'Ho giữ nghề dệt thổ cẩm truyền thống (18/02/2026)
""", "2026-03-20", "Đại hội đại biểu Phụ nữ xã Lạc Dương lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-19"),
[P("Bon Đơ Ka Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Liêng Jrang K'Vin", "Bí thư Đảng ủy xã Lạc Dương"),
 P("Đa Cát K'Sương", "Chủ tịch Hội LHPN xã Lạc Dương"),
 P("Cil K'Thạch", "Phó Chủ tịch"), P("Rơ Ông Ka Hoa", "Phó Chủ tịch")],
[Q("135 đại biểu", 135, "đại biểu"), Q("gần 4.200 hội viên", 4200, "hội viên", "approx"), Q("19 chi hội", 19, "chi hội"),
 Q("3 đơn vị hành chính cũ", 3, "đơn vị hành chính cũ"), Q("hơn 60%", 60, "%", "over"), Q("640 hội viên mới", 640, "hội viên mới"),
 Q("52 phụ nữ", 52, "phụ nữ"), Q("6 sản phẩm", 6, "sản phẩm"), Q("11 tổ tiết kiệm và vay vốn", 11, "tổ tiết kiệm và vay vốn"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"), Q('24 nhóm "Phụ nữ tiết kiệm"', 24, 'nhóm "Phụ nữ tiết kiệm"'),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("9 căn nhà tình thương", 9, "căn nhà tình thương"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu chính thức", 7, "đại biểu chính thức"),
 Q("8 chỉ tiêu", 8, "chỉ tiêu"), Q("90%", 90, "%"), Q("ít nhất 10 phụ nữ", 10, "phụ nữ", "over")],
[D("Chỉ thị", "02", "CT/ĐU", "2025-10-15", "Ban Thường vụ Đảng ủy xã", "Chỉ thị số 02-CT/ĐU ngày 15/10/2025"),
 D("Hướng dẫn", "18", "HD-HPN", None, "Hội LHPN tỉnh", "Hướng dẫn số 18/HD-HPN"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lạc Dương")],
["Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "You are here: Trang chủ » Tin tức » Đại hội phụ nữ các cấp nhiệm kỳ 2026 - 2031",
 "Các đại biểu biểu quyết thông qua Nghị quyết đại hội.", "Phụ nữ tiết kiệm", "OCOP", "Dự án 8", "Lượt xem: 516"],
["Thứ Sáu, 20/03/2026 - 08:30", "lần thứ I", "nhiệm kỳ 2026 - 2031", "Nhiệm kỳ 2021 - 2026", "3 sao", "khóa I", "15 đồng chí",
 "đến năm 2031", "Lượt xem: 516"]))

PAGES.append(page("b2740-dongnai-giaoban-quy1-2026", """
ĐỒNG NAI ONLINE
Chính trị › Mặt trận - Đoàn thể
08-04-2026 | 11:20
Hội LHPN tỉnh giao ban quý I: tập trung chuẩn bị đại hội phụ nữ các cấp
Ngày 7/4, Hội LHPN tỉnh Đồng Nai tổ chức giao ban công tác Hội quý I/2026 với Chủ tịch Hội LHPN các xã, phường. Bà Tăng Mỹ Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh chủ trì.
Toàn cảnh buổi giao ban.
Quý I năm 2026, các cấp hội trong tỉnh (gồm địa bàn tỉnh Đồng Nai và tỉnh Bình Phước trước hợp nhất) đã tổ chức thăm, tặng 18.460 phần quà cho hội viên, phụ nữ nghèo với tổng trị giá khoảng 9,2 tỷ đồng; kết nạp 2.318 hội viên mới. Dư nợ ủy thác qua Hội đạt hơn 5.960 tỷ đồng với 3.874 tổ tiết kiệm và vay vốn. Hội đã khởi công 14 căn "Mái ấm tình thương" ở các xã vùng biên giới, mỗi căn được hỗ trợ 60 triệu đồng.
Đến ngày 31/3/2026, đã có 38/95 xã, phường hoàn thành Đại hội đại biểu Phụ nữ cơ sở nhiệm kỳ 2026 - 2031, đạt 40%; các đơn vị còn lại hoàn thành trước ngày 30/5/2026 theo Kế hoạch số 14/KH-MTTQ-BTT ngày 15/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Hướng dẫn số 02/HD-HPN của Hội LHPN tỉnh.
Tại buổi giao ban, bà Thị Hường, Chủ tịch Hội LHPN xã Bù Gia Mập cho biết, đại hội xã đã bầu 13 đồng chí vào Ban Chấp hành, trong đó 8 đồng chí là người S'tiêng, M'nông. Bà Thổ Thị Lan, Chủ tịch Hội LHPN xã Xuân Bắc (người Chơ Ro) kiến nghị bố trí kinh phí cho các chi hội ở ấp xa tổ chức đại hội, sinh hoạt. Bà Điểu Thị Mỹ, Chủ tịch Hội LHPN phường Bình Phước đề nghị sớm hướng dẫn chế độ cho chi hội trưởng sau sắp xếp.
Các bà Nguyễn Thị Thu Hằng, Huỳnh Thị Bé - Phó Chủ tịch Hội LHPN tỉnh thông tin tiến độ chuẩn bị Đại hội đại biểu Phụ nữ tỉnh Đồng Nai lần thứ I, dự kiến tổ chức trong tháng 7/2026 với 350 đại biểu chính thức.
Kết luận buổi giao ban, bà Tăng Mỹ Linh yêu cầu quý II các cấp hội tập trung hoàn thành đại hội cơ sở đúng tiến độ, bảo đảm cơ cấu cán bộ nữ dân tộc thiểu số, tôn giáo; kiểm tra hoạt động 3.874 tổ vay vốn sau khi chuyển giao từ cấp huyện; tiếp tục hỗ trợ ít nhất 200 phụ nữ khởi nghiệp trong năm 2026.
Theo Hội LHPN tỉnh, sau khi tổ chức bộ máy hai cấp chính quyền địa phương đi vào hoạt động, việc quản lý hội viên, tổ vay vốn ở một số xã mới có địa bàn rộng còn gặp khó khăn; nhiều cán bộ hội cơ sở là người mới, chưa có kinh nghiệm. Hội tỉnh đã phân công lãnh đạo, ban chuyên môn phụ trách từng cụm xã để kịp thời hướng dẫn, tháo gỡ.
Mai Liên
Lượt xem: 744
Tin liên quan
- Đại hội Phụ nữ phường Trấn Biên nhiệm kỳ 2026 - 2031 (02/04/2026)
- Hội LHPN xã Phú Lý trao 5 căn nhà "Mái ấm tình thương" (27/03/2026)
- Ngày hội phụ nữ khởi nghiệp Đồng Nai năm 2026 (20/03/2026)
""", "2026-04-08", "Hội LHPN tỉnh giao ban quý I: tập trung chuẩn bị đại hội phụ nữ các cấp",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Tăng Mỹ Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Thị Hường", "Chủ tịch Hội LHPN xã Bù Gia Mập"),
 P("Thổ Thị Lan", "Chủ tịch Hội LHPN xã Xuân Bắc"),
 P("Điểu Thị Mỹ", "Chủ tịch Hội LHPN phường Bình Phước"),
 P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh"), P("Huỳnh Thị Bé", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("18.460 phần quà", 18460, "phần quà"), Q("khoảng 9,2 tỷ đồng", 9200000000, "đồng", "approx"),
 Q("2.318 hội viên mới", 2318, "hội viên mới"), Q("hơn 5.960 tỷ đồng", 5960000000000, "đồng", "over"),
 Q("3.874 tổ tiết kiệm và vay vốn", 3874, "tổ tiết kiệm và vay vốn"), Q('14 căn "Mái ấm tình thương"', 14, 'căn "Mái ấm tình thương"'), Q("60 triệu đồng", 60000000, "đồng"),
 Q("38/95 xã, phường", 38, "xã, phường"), Q("40%", 40, "%"), Q("13 đồng chí", 13, "đồng chí"), Q("8 đồng chí", 8, "đồng chí"),
 Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("ít nhất 200 phụ nữ", 200, "phụ nữ", "over")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 15/1/2026"),
 D("Hướng dẫn", "02", "HD-HPN", None, "Hội LHPN tỉnh", "Hướng dẫn số 02/HD-HPN")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Xuân Bắc"), com("Bình Phước")],
["ĐỒNG NAI ONLINE", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh buổi giao ban.", "Mái ấm tình thương", "Lượt xem: 744"],
["08-04-2026 | 11:20", "quý I/2026", "Quý I năm 2026", "ngày 31/3/2026", "nhiệm kỳ 2026 - 2031", "ngày 30/5/2026", "13 đồng chí",
 "8 đồng chí", "lần thứ I", "tháng 7/2026", "quý II", "năm 2026", "Lượt xem: 744"]))
