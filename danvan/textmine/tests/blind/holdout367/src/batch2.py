from lib import *
PAGES = []

PAGES.append(page("b8771-nghean-bdv-traoqua-2017", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ » Tin tức » Dân vận các cấp
Thứ Tư, 18/01/2017 - 10:05
Xuân ấm áp nơi biên giới Kỳ Sơn
Ngày 17/1, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tại xã Mường Ải và xã Nậm Cắn, huyện Kỳ Sơn, trao 600 suất quà Tết cho hộ nghèo đồng bào Mông, Khơ Mú, Thái. Đồng chí Hồ Thị Minh Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Trần Hải Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh đồng chủ trì chương trình.
Đồng chí Hồ Thị Minh Nguyệt trao quà Tết cho đồng bào xã Mường Ải.
Mỗi suất quà trị giá 500.000 đồng, gồm 300.000 đồng tiền mặt, 10 kg gạo, dầu ăn và bánh kẹo; tổng trị giá chương trình 320 triệu đồng, trong đó các doanh nghiệp tài trợ 250 triệu đồng. Dịp này, đoàn còn tặng 1.000 chiếc áo ấm cho học sinh bán trú và 40 suất quà cho các gia đình chính sách, người có uy tín.
Chương trình được tổ chức theo Kế hoạch số 87-KH/BDVTU ngày 26/12/2016 của Ban Dân vận Tỉnh ủy và Quy chế phối hợp số 09-QC/BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh về thực hiện công tác dân vận ở khu vực biên giới, góp phần thực hiện Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.
Báo cáo với đoàn, Trưởng Ban Dân vận Huyện ủy Kỳ Sơn Vi Văn Sơn cho biết, Kỳ Sơn có 21 xã, thị trấn, trong đó 11 xã biên giới; tỷ lệ hộ nghèo còn 62,4%. Năm 2016, huyện đã vận động đồng bào xóa bỏ 85 ha cây thuốc phiện tái trồng, không để xảy ra di cư tự do.
Ông Lầu Bá Chồng, Chủ tịch UBND xã Mường Ải, xúc động: "Năm nào bộ đội biên phòng và các cô, các chú cũng lên với bà con. Có quà Tết, người Mông ở bản Huồi Khe ai cũng vui". Già làng Xồng Bá Dình, người có uy tín bản Huồi Khe, hứa vận động con cháu không nghe kẻ xấu, giữ gìn cột mốc biên giới.
Tham gia đoàn còn có các đồng chí Moong Văn Thìn, Lô Thị Bình - Phó Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn, và đại diện Đồn Biên phòng Nậm Cắn.
Phát biểu tại buổi trao quà, đồng chí Hồ Thị Minh Nguyệt đề nghị cấp ủy, chính quyền các xã biên giới tiếp tục thực hiện tốt phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia". Theo Ban Dân vận Tỉnh ủy, dịp Tết Đinh Dậu, các cấp, các ngành trong tỉnh Nghệ An dự kiến tặng 145.000 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá khoảng 72 tỷ đồng.
Thanh Loan
Tin liên quan
- Tương Dương: 500 suất quà cho hộ nghèo vùng lòng hồ (15/01/2017)
- Ban Dân vận Tỉnh ủy thăm, chúc Tết các chức sắc tôn giáo (12/01/2017)
- Quế Phong tổng kết công tác dân vận năm 2016 (05/01/2017)
""", "2017-01-18", "Xuân ấm áp nơi biên giới Kỳ Sơn",
E("trao_qua", None, "2017-01-17"),
[P("Hồ Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Hải Bình", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Vi Văn Sơn", "Trưởng Ban Dân vận Huyện ủy Kỳ Sơn"),
 P("Lầu Bá Chồng", "Chủ tịch UBND xã Mường Ải"),
 P("Xồng Bá Dình", "Già làng", "người có uy tín bản Huồi Khe"),
 P("Moong Văn Thìn", "Phó Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn"),
 P("Lô Thị Bình", "Phó Chủ tịch Ủy ban MTTQ huyện Kỳ Sơn")],
[Q("600 suất quà", 600, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("10 kg gạo", 10, "kg"), Q("320 triệu đồng", 320000000, "đồng"), Q("250 triệu đồng", 250000000, "đồng"),
 Q("1.000 chiếc áo ấm", 1000, "chiếc áo ấm"), Q("40 suất quà", 40, "suất quà"), Q("21 xã, thị trấn", 21, "xã, thị trấn"),
 Q("11 xã biên giới", 11, "xã biên giới"), Q("62,4%", 62.4, "%"), Q("85 ha", 85, "ha"),
 Q("145.000 suất quà", 145000, "suất quà"), Q("khoảng 72 tỷ đồng", 72000000000, "đồng", "approx")],
[D("Kế hoạch", "87", "KH/BDVTU", "2016-12-26", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 87-KH/BDVTU ngày 26/12/2016"),
 D("Quy chế phối hợp", "09", "QC/BDVTU-BĐBP", None, "Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quy chế phối hợp số 09-QC/BDVTU-BĐBP"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU")],
[prov("Nghệ An"), com("Mường Ải"), com("Nậm Cắn")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ » Tin tức » Dân vận các cấp", "Xuân Biên phòng ấm lòng dân bản",
 "Đồng chí Hồ Thị Minh Nguyệt trao quà Tết cho đồng bào xã Mường Ải.", "Đồn Biên phòng Nậm Cắn",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"],
["Thứ Tư, 18/01/2017 - 10:05", "Năm 2016", "Tết Đinh Dậu"]))

PAGES.append(page("b8772-binhduong-ldld-tetsumvay-2018", """
BÁO BÌNH DƯƠNG ONLINE
Xã hội / Công đoàn - Lao động
06/02/2018 - 19:30
Chương trình "Tết Sum vầy" mang Xuân ấm đến 5.000 công nhân
(BDO) Tối 5/2, tại Nhà Văn hóa Lao động tỉnh, Liên đoàn Lao động tỉnh Bình Dương tổ chức chương trình "Tết Sum vầy - Xuân Mậu Tuất 2018" cho khoảng 5.000 công nhân lao động không có điều kiện về quê đón Tết. Đến dự có đồng chí Nguyễn Hữu Phước, Phó Bí thư Tỉnh ủy; đồng chí Đỗ Quang Lợi, Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam; đồng chí Bùi Thị Thanh Thúy, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh.
Các đại biểu trao quà cho công nhân tại chương trình. Ảnh: Quang Tâm
Thực hiện Kế hoạch số 1290/KH-TLĐ ngày 11/10/2017 của Tổng LĐLĐ Việt Nam về tổ chức "Tết Sum vầy" năm 2018 và Công văn số 2108/UBND-VX của UBND tỉnh về chăm lo Tết, tại chương trình, Ban tổ chức trao 1.000 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và các nhu yếu phẩm; trao 300 vé xe miễn phí cho công nhân về quê ở các tỉnh miền Tây, miền Trung. Tổng kinh phí chương trình hơn 2 tỷ đồng, do công đoàn cấp trên và 32 doanh nghiệp tài trợ.
Công nhân còn được tham gia gian hàng "0 đồng" với 60 mặt hàng thiết yếu, thưởng thức văn nghệ và bốc thăm trúng thưởng 5 xe máy. Cũng trong tối 5/2, LĐLĐ tỉnh tổ chức bữa cơm đoàn viên cho 500 công nhân tại khu nhà trọ phường Phú Hòa và phường Tân Định.
Theo báo cáo của LĐLĐ tỉnh, toàn tỉnh hiện có trên 1,1 triệu công nhân lao động, trong đó khoảng 80% từ các tỉnh khác đến. Dịp Tết Mậu Tuất, công đoàn các cấp chăm lo cho 126.850 lượt đoàn viên, người lao động với tổng số tiền hơn 46,5 tỷ đồng; 98,6% doanh nghiệp có công đoàn đã có kế hoạch thưởng Tết.
Phát biểu tại chương trình, đồng chí Nguyễn Hữu Phước gửi lời chúc Tết đến người lao động và đề nghị các cấp công đoàn, doanh nghiệp quan tâm nhiều hơn đến nhà ở, nhà trẻ cho con công nhân. Các đồng chí Võ Văn Hòa, Lê Thị Kim Ngân - Phó Chủ tịch LĐLĐ tỉnh trao học bổng "Vì con em công nhân" cho 100 học sinh nghèo hiếu học, mỗi suất 1 triệu đồng.
Bà Thạch Thị Sa Ri, công nhân Công ty TNHH giày Thái Bình Sơn, quê tỉnh Trà Vinh, chia sẻ: "Năm nay hai vợ chồng ở lại làm thêm, có chương trình này thấy đỡ nhớ nhà". Đồng chí Huỳnh Thị Mỹ Hạnh, Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh, trao tặng thêm 50 suất quà của Mặt trận cho công nhân ở xã Tân Bình.
Thanh Thảo
Tin khác
- Công đoàn KCN VSIP trao 2.000 vé xe cho công nhân (02/02/2018)
- Dĩ An: "Chuyến xe mùa xuân" đưa 400 công nhân về quê (31/01/2018)
- Tổng LĐLĐ Việt Nam thăm, chúc Tết công nhân Bình Dương (28/01/2018)
""", "2018-02-06", "Chương trình \"Tết Sum vầy\" mang Xuân ấm đến 5.000 công nhân",
E("trao_qua", None, "2018-02-05"),
[P("Nguyễn Hữu Phước", "Phó Bí thư Tỉnh ủy"),
 P("Đỗ Quang Lợi", "Ủy viên Đoàn Chủ tịch Tổng LĐLĐ Việt Nam"),
 P("Bùi Thị Thanh Thúy", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Võ Văn Hòa", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Kim Ngân", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Thạch Thị Sa Ri", "công nhân Công ty TNHH giày Thái Bình Sơn"),
 P("Huỳnh Thị Mỹ Hạnh", "Phó Chủ tịch - Trưởng ban Tuyên giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("khoảng 5.000 công nhân lao động", 5000, "công nhân lao động", "approx"), Q("1.000 suất quà", 1000, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("300 vé xe", 300, "vé xe"), Q("hơn 2 tỷ đồng", 2000000000, "đồng", "over"),
 Q("32 doanh nghiệp", 32, "doanh nghiệp"), Q("60 mặt hàng thiết yếu", 60, "mặt hàng thiết yếu"), Q("5 xe máy", 5, "xe máy"),
 Q("500 công nhân", 500, "công nhân"), Q("trên 1,1 triệu công nhân lao động", 1100000, "công nhân lao động", "over"),
 Q("khoảng 80%", 80, "%", "approx"), Q("126.850 lượt đoàn viên, người lao động", 126850, "lượt đoàn viên, người lao động"),
 Q("hơn 46,5 tỷ đồng", 46500000000, "đồng", "over"), Q("98,6%", 98.6, "%"), Q("100 học sinh nghèo hiếu học", 100, "học sinh nghèo hiếu học"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("50 suất quà", 50, "suất quà")],
[D("Kế hoạch", "1290", "KH-TLĐ", "2017-10-11", "Tổng LĐLĐ Việt Nam", "Kế hoạch số 1290/KH-TLĐ ngày 11/10/2017"),
 D("Công văn", "2108", "UBND-VX", None, "UBND tỉnh", "Công văn số 2108/UBND-VX")],
[prov("Bình Dương"), prov("Trà Vinh"), com("Phú Hòa"), com("Tân Định"), com("Tân Bình")],
["BÁO BÌNH DƯƠNG ONLINE", "Xã hội / Công đoàn - Lao động", "(BDO)", "Tết Sum vầy - Xuân Mậu Tuất 2018", "Tết Sum vầy",
 "Các đại biểu trao quà cho công nhân tại chương trình. Ảnh: Quang Tâm", "Vì con em công nhân", "Nhà Văn hóa Lao động tỉnh"],
["06/02/2018 - 19:30", "năm 2018", "Tết Mậu Tuất", "0 đồng"]))

PAGES.append(page("b8773-danang-ldld-chottet-2019", """
Báo Đà Nẵng điện tử
Xã hội › Lao động - Công đoàn
21.01.2019 | 16:05
Đà Nẵng: 3.000 đoàn viên mua sắm tại "Chợ Tết Công đoàn"
ĐNĐT - Ngày 20/1, Liên đoàn Lao động thành phố Đà Nẵng tổ chức "Chợ Tết Công đoàn" năm 2019 tại Cung Văn hóa Lao động thành phố. Đây là lần đầu tiên mô hình chợ Tết dành riêng cho đoàn viên công đoàn được tổ chức trên địa bàn, với 60 gian hàng của 35 doanh nghiệp.
Đoàn viên công đoàn chọn mua hàng Tết bằng phiếu quà tặng.
Theo Quyết định số 1758/QĐ-TLĐ ngày 21/12/2018 của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam và Kế hoạch số 46/KH-LĐLĐ ngày 28/12/2018 của LĐLĐ thành phố, có 3.000 đoàn viên có thu nhập thấp, hoàn cảnh khó khăn được tặng phiếu mua hàng, mỗi phiếu trị giá 500.000 đồng; tổng giá trị phiếu là 1,5 tỷ đồng, trong đó Tổng Liên đoàn hỗ trợ 900 triệu đồng. Các mặt hàng tại chợ được bán giảm giá 15% so với giá thị trường; hàng hóa có nguồn gốc rõ ràng, ưu tiên hàng Việt Nam.
Đến tham quan, mua sắm có đồng chí Nguyễn Hữu Long, Phó Chủ tịch UBND thành phố; đồng chí Trần Thị Hồng Hạnh, Chủ tịch LĐLĐ thành phố. Đồng chí Trần Thị Hồng Hạnh cho biết, cùng với Chợ Tết Công đoàn, trong Chương trình "Tết Sum vầy" năm 2019, LĐLĐ thành phố trao 200 vé xe, vé tàu cho công nhân về quê ở các tỉnh Quảng Ngãi, Bình Định, Thanh Hóa và Nghệ An; tổ chức "Bữa cơm sum vầy" cho 350 công nhân ở các khu nhà trọ phường Hòa Khánh Bắc và phường Hòa Hiệp Nam.
Dịp Tết Kỷ Hợi, công đoàn các cấp thành phố dự kiến chăm lo cho khoảng 24.000 đoàn viên, người lao động với tổng kinh phí gần 9 tỷ đồng. LĐLĐ thành phố phân công các Phó Chủ tịch LĐLĐ thành phố: Phan Văn Đông, Lê Thị Thu Thủy, Nguyễn Văn Hoàng phụ trách các khu công nghiệp Hòa Khánh, Liên Chiểu và Đà Nẵng.
Chị Nguyễn Thị Mỹ Linh, công nhân Công ty TNHH Mabuchi Motor, cho biết: "Phiếu 500 nghìn mua được nào gạo, nào dầu ăn, bột giặt, còn dư tiền mua bánh kẹo cho con. Giá ở đây rẻ hơn chợ ngoài". Anh Võ Văn Tín, Chủ tịch Công đoàn cơ sở Công ty CP Dệt may 29/3, đề nghị duy trì chợ hằng năm và mở thêm điểm bán tại khu công nghiệp.
Theo đánh giá của Ban tổ chức, chỉ trong buổi sáng, 92% số phiếu đã được sử dụng. Bên cạnh đó, LĐLĐ thành phố phối hợp với Bảo hiểm xã hội thành phố tư vấn pháp luật cho 120 lượt đoàn viên về lương, thưởng Tết, bảo hiểm thất nghiệp theo Bộ luật Lao động. Ban tổ chức cũng trao 30 suất quà cho đoàn viên bị tai nạn lao động, mỗi suất 1 triệu đồng.
Hà Nhi
Tin liên quan
- Trao 500 suất quà Tết cho công nhân Khu công nghiệp Hòa Khánh (18/01/2019)
- LĐLĐ thành phố tổng kết công tác công đoàn năm 2018 (08/01/2019)
- Chuyến xe Tết nghĩa tình đưa công nhân về quê (04/01/2019)
""", "2019-01-21", "Đà Nẵng: 3.000 đoàn viên mua sắm tại \"Chợ Tết Công đoàn\"",
E("trao_qua", None, "2019-01-20"),
[P("Nguyễn Hữu Long", "Phó Chủ tịch UBND thành phố"),
 P("Trần Thị Hồng Hạnh", "Chủ tịch LĐLĐ thành phố"),
 P("Phan Văn Đông", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Lê Thị Thu Thủy", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Nguyễn Văn Hoàng", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Nguyễn Thị Mỹ Linh", "công nhân Công ty TNHH Mabuchi Motor"),
 P("Võ Văn Tín", "Chủ tịch Công đoàn cơ sở Công ty CP Dệt may 29/3")],
[Q("3.000 đoàn viên", 3000, "đoàn viên"), Q("60 gian hàng", 60, "gian hàng"), Q("35 doanh nghiệp", 35, "doanh nghiệp"),
 Q("500.000 đồng", 500000, "đồng"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("900 triệu đồng", 900000000, "đồng"),
 Q("15%", 15, "%"), Q("200 vé xe, vé tàu", 200, "vé xe, vé tàu"), Q("350 công nhân", 350, "công nhân"),
 Q("khoảng 24.000 đoàn viên, người lao động", 24000, "đoàn viên, người lao động", "approx"),
 Q("gần 9 tỷ đồng", 9000000000, "đồng", "approx"), Q("92%", 92, "%"), Q("120 lượt đoàn viên", 120, "lượt đoàn viên"),
 Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "1758", "QĐ-TLĐ", "2018-12-21", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 1758/QĐ-TLĐ ngày 21/12/2018"),
 D("Kế hoạch", "46", "KH-LĐLĐ", "2018-12-28", "LĐLĐ thành phố", "Kế hoạch số 46/KH-LĐLĐ ngày 28/12/2018")],
[prov("Đà Nẵng"), prov("Quảng Ngãi"), prov("Bình Định"), prov("Thanh Hóa"), prov("Nghệ An"),
 com("Hòa Khánh Bắc"), com("Hòa Hiệp Nam")],
["Báo Đà Nẵng điện tử", "Xã hội › Lao động - Công đoàn", "ĐNĐT", "Chợ Tết Công đoàn", "Tết Sum vầy", "Bữa cơm sum vầy",
 "Đoàn viên công đoàn chọn mua hàng Tết bằng phiếu quà tặng.", "Cung Văn hóa Lao động thành phố", "Bộ luật Lao động"],
["21.01.2019 | 16:05", "năm 2019", "Tết Kỷ Hợi", "500 nghìn", "Dệt may 29/3"]))

PAGES.append(page("b8774-kontum-bdv-giaoban-2019", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ >> Hoạt động của Ban
Thứ Sáu, 27/12/2019, 17:20
Chăm lo để đồng bào các dân tộc đón Tết Canh Tý đầm ấm
Chiều 26/12, Ban Dân vận Tỉnh ủy Kon Tum tổ chức giao ban khối dân vận quý IV năm 2019, triển khai công tác chăm lo Tết Nguyên đán Canh Tý 2020. Đồng chí A Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hòa, Y Plưm.
Quang cảnh buổi giao ban. Ảnh: BDV
Trong quý IV, khối dân vận các cấp đã nắm tình hình tại 36 xã, tiếp 47 lượt công dân, phối hợp giải quyết 19 đơn thư. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 07, 08-KL/TU về công tác vận động đồng bào các dân tộc thiểu số và về phát huy vai trò người có uy tín. Ở cơ sở, nhân dân đã hiến hơn 2,3 ha đất, đóng góp gần 1.200 ngày công làm đường giao thông nông thôn.
Về công tác chăm lo Tết, theo Kế hoạch số 45-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận và Mặt trận, đoàn thể các cấp dự kiến trao 12.500 suất quà cho hộ nghèo, gia đình chính sách với tổng trị giá khoảng 6,2 tỷ đồng; tổ chức thăm, tặng quà 142 người có uy tín theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ, mỗi suất 500.000 đồng. Hội Liên hiệp Phụ nữ tỉnh phối hợp tổ chức phiên chợ "0 đồng" tại 4 huyện với 3.000 suất hàng.
Tại buổi giao ban, đồng chí Trưởng Ban Dân vận Huyện ủy Đăk Glei A Vinh cho biết, huyện có 2 xã Đăk Choong, Đăk Môn còn tình trạng người dân bị lôi kéo nghe theo "Hà Mòn"; đề nghị tăng cường cán bộ bám thôn trước và sau Tết. Bà Y Nhung, Chủ tịch Hội Nông dân tỉnh, báo cáo đã vận động 8 doanh nghiệp ủng hộ 650 triệu đồng cho chương trình "Tết vì người nghèo". Đồng chí Lê Quang Hải, Bí thư Tỉnh đoàn, cho biết Tỉnh đoàn sẽ tổ chức "Xuân tình nguyện" tại xã Ia Tơi.
Kết luận giao ban, đồng chí A Khang yêu cầu các cơ quan dân vận chủ động nắm tình hình, nhất là tư tưởng nhân dân vùng đồng bào dân tộc thiểu số, vùng có đạo; phối hợp bảo đảm 100% hộ nghèo, hộ có hoàn cảnh khó khăn được nhận quà Tết, không để hộ nào thiếu đói; kiểm tra, giám sát việc trao quà, chống trùng lặp.
Đồng chí cũng đề nghị Văn phòng Ban Dân vận Tỉnh ủy chuẩn bị báo cáo tổng kết công tác dân vận năm 2019 và xây dựng chương trình công tác quý I/2020.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 5 tập thể có thành tích trong phong trào thi đua "Dân vận khéo" năm 2019, trong đó có Ban Dân vận Huyện ủy Đăk Glei và Đảng ủy xã Ia Tơi.
Bích Ngọc
Tin khác
- Thăm, chúc Tết người có uy tín huyện Sa Thầy (20/12/2019)
- Giao ban khối dân vận quý III năm 2019 (27/09/2019)
- Đăk Tô: trao 50 nhà Đại đoàn kết (16/09/2019)
""", "2019-12-27", "Chăm lo để đồng bào các dân tộc đón Tết Canh Tý đầm ấm",
E("giao_ban", "2019-Q4", "2019-12-26"),
[P("A Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hòa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Plưm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Vinh", "Trưởng Ban Dân vận Huyện ủy Đăk Glei"),
 P("Y Nhung", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Quang Hải", "Bí thư Tỉnh đoàn")],
[Q("36 xã", 36, "xã"), Q("47 lượt công dân", 47, "lượt công dân"), Q("19 đơn thư", 19, "đơn thư"),
 Q("hơn 2,3 ha", 2.3, "ha", "over"), Q("gần 1.200 ngày công", 1200, "ngày công", "approx"),
 Q("12.500 suất quà", 12500, "suất quà"), Q("khoảng 6,2 tỷ đồng", 6200000000, "đồng", "approx"),
 Q("142 người có uy tín", 142, "người có uy tín"), Q("500.000 đồng", 500000, "đồng"), Q("4 huyện", 4, "huyện"),
 Q("3.000 suất hàng", 3000, "suất hàng"), Q("2 xã", 2, "xã"), Q("8 doanh nghiệp", 8, "doanh nghiệp"),
 Q("650 triệu đồng", 650000000, "đồng"), Q("100%", 100, "%"), Q("5 tập thể", 5, "tập thể")],
[D("Kết luận", "07", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 07, 08-KL/TU"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 45-KH/BDVTU"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018")],
[prov("Kon Tum"), com("Đăk Choong"), com("Đăk Môn"), com("Ia Tơi")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ >> Hoạt động của Ban", "Quang cảnh buổi giao ban. Ảnh: BDV",
 "Hà Mòn", "Tết vì người nghèo", "Xuân tình nguyện", "Dân vận khéo"],
["Thứ Sáu, 27/12/2019, 17:20", "quý IV năm 2019", "Tết Nguyên đán Canh Tý 2020", "năm 2019", "quý I/2020", "0 đồng"]))

PAGES.append(page("b8775-camau-ldld-tongket-2020", """
Báo Cà Mau
Trang chủ | Xã hội | Lao động - Việc làm
Thứ Ba, 10/03/2020
Hơn 9,6 tỷ đồng chăm lo Tết cho đoàn viên, người lao động
(CMO) Ngày 9/3, Liên đoàn Lao động tỉnh Cà Mau tổ chức hội nghị tổng kết công tác chăm lo Tết Canh Tý và Chương trình "Tết Sum vầy" năm 2020. Đồng chí Lý Thị Yến, Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam, Chủ tịch LĐLĐ tỉnh chủ trì hội nghị. Do tình hình dịch Covid-19, hội nghị được tổ chức gọn với 65 đại biểu.
Đồng chí Lý Thị Yến phát biểu tại hội nghị.
Theo báo cáo, thực hiện Kế hoạch số 95/KH-LĐLĐ ngày 2/12/2019 của Ban Thường vụ LĐLĐ tỉnh, Tết Canh Tý vừa qua công đoàn các cấp đã thăm, tặng quà 18.420 lượt đoàn viên, người lao động với tổng số tiền hơn 9,6 tỷ đồng, tăng 12% so với Tết năm trước. Trong đó, LĐLĐ tỉnh trực tiếp trao 2.150 suất quà, mỗi suất 500.000 đồng; các công đoàn cơ sở doanh nghiệp trao 6.800 suất, giá trị từ 300.000 đồng trở lên.
Lần đầu tiên, tỉnh tổ chức "Chợ Tết Công đoàn" tại Khu công nghiệp Khánh An với 45 gian hàng; 2.000 đoàn viên có thu nhập thấp được tặng phiếu mua hàng trị giá 500.000 đồng/phiếu, tổng giá trị 1 tỷ đồng do Tổng Liên đoàn hỗ trợ 70%. LĐLĐ tỉnh cũng phối hợp với LĐLĐ tỉnh Bình Dương, Đồng Nai tổ chức 4 chuyến xe đưa 160 công nhân quê Cà Mau về quê đón Tết và trở lại làm việc.
Chương trình "Mái ấm Công đoàn" trong dịp Tết bàn giao 12 căn nhà cho đoàn viên khó khăn về nhà ở, mỗi căn hỗ trợ 50 triệu đồng. Bên cạnh đó, 100% doanh nghiệp có tổ chức công đoàn thực hiện thưởng Tết; mức thưởng bình quân 3,2 triệu đồng/người.
Tại hội nghị, ông Danh Út, Chủ tịch Công đoàn cơ sở Công ty CP Chế biến thủy sản Tắc Vân, cho biết công ty có 1.450 công nhân, trong đó 320 người là đồng bào Khmer; dịp Tết công đoàn cơ sở vận động chủ doanh nghiệp tặng thêm mỗi công nhân 1 bao gạo 10 kg. Bà Trần Thị Tuyết, Chủ tịch Công đoàn xã Tân Hưng Đông, đề nghị mở rộng Chợ Tết Công đoàn về các huyện.
Phát biểu kết luận, đồng chí Lý Thị Yến đề nghị các cấp công đoàn tập trung tuyên truyền phòng, chống dịch Covid-19 trong công nhân; theo dõi tình hình việc làm, tiền lương sau Tết, nhất là ngành chế biến thủy sản xuất khẩu; chuẩn bị tổng kết 5 năm thực hiện Nghị quyết số 7b/NQ-TLĐ ngày 21/1/2016 của Ban Chấp hành Tổng Liên đoàn về chăm lo đời sống đoàn viên.
Hội nghị đã tặng giấy khen cho 18 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác chăm lo Tết. Các đồng chí Phó Chủ tịch LĐLĐ tỉnh Trương Văn Bảy và Nguyễn Thị Hồng Loan trao giấy khen.
Huỳnh Lâm
Các tin khác
- Công đoàn Viên chức tỉnh hỗ trợ đoàn viên khó khăn (05/03/2020)
- Tuyên truyền phòng chống dịch Covid-19 trong công nhân (28/02/2020)
- Đại hội Công đoàn Khu công nghiệp tỉnh lần thứ III (15/01/2020)
""", "2020-03-10", "Hơn 9,6 tỷ đồng chăm lo Tết cho đoàn viên, người lao động",
E("tong_ket", "2020", "2020-03-09"),
[P("Lý Thị Yến", "Ủy viên Ban Chấp hành Tổng LĐLĐ Việt Nam", "Chủ tịch LĐLĐ tỉnh"),
 P("Danh Út", "Chủ tịch Công đoàn cơ sở Công ty CP Chế biến thủy sản Tắc Vân"),
 P("Trần Thị Tuyết", "Chủ tịch Công đoàn xã Tân Hưng Đông"),
 P("Trương Văn Bảy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Hồng Loan", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("65 đại biểu", 65, "đại biểu"), Q("18.420 lượt đoàn viên, người lao động", 18420, "lượt đoàn viên, người lao động"),
 Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("12%", 12, "%"), Q("2.150 suất quà", 2150, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("6.800 suất", 6800, "suất"), Q("từ 300.000 đồng trở lên", 300000, "đồng", "over"),
 Q("45 gian hàng", 45, "gian hàng"), Q("2.000 đoàn viên", 2000, "đoàn viên"), Q("500.000 đồng/phiếu", 500000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"),
 Q("70%", 70, "%"), Q("4 chuyến xe", 4, "chuyến xe"), Q("160 công nhân", 160, "công nhân"), Q("12 căn nhà", 12, "căn nhà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("100%", 100, "%"), Q("3,2 triệu đồng", 3200000, "đồng"),
 Q("1.450 công nhân", 1450, "công nhân"), Q("320 người", 320, "người"), Q("10 kg", 10, "kg"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "95", "KH-LĐLĐ", "2019-12-02", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 95/KH-LĐLĐ ngày 2/12/2019"),
 D("Nghị quyết", "7b", "NQ-TLĐ", "2016-01-21", "Ban Chấp hành Tổng Liên đoàn", "Nghị quyết số 7b/NQ-TLĐ ngày 21/1/2016")],
[prov("Cà Mau"), prov("Bình Dương"), prov("Đồng Nai"), com("Tân Hưng Đông")],
["Báo Cà Mau", "Trang chủ | Xã hội | Lao động - Việc làm", "(CMO)", "Tết Sum vầy", "Chợ Tết Công đoàn", "Mái ấm Công đoàn",
 "Đồng chí Lý Thị Yến phát biểu tại hội nghị.", "Khu công nghiệp Khánh An"],
["Thứ Ba, 10/03/2020", "năm 2020", "Tết Canh Tý", "Covid-19", "5 năm", "1 bao gạo"]))

PAGES.append(page("b8776-hoabinh-ldld-tetsumvay-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA BÌNH
Trang chủ - Tin hoạt động - Chăm lo đời sống
T4, 03/02/2021 - 09:15
Ảnh: Lãnh đạo tỉnh trao quà cho công nhân tại điểm cầu Lương Sơn.
Công đoàn Hòa Bình trao 2.350 suất quà "Tết Sum vầy" cho công nhân
Ngày 2/2, Liên đoàn Lao động tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh tổ chức chương trình "Tết Sum vầy - Xuân Tân Sửu 2021" tại thị trấn Lương Sơn. Do diễn biến phức tạp của dịch Covid-19, chương trình được tổ chức giản tiện, không quá 200 người tham dự, đồng thời kết nối trực tuyến tới 10 điểm cầu huyện, thành phố.
Dự chương trình có đồng chí Quách Văn Tuyên, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Bùi Thị Xuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Xa Văn Thắng, Chủ tịch LĐLĐ tỉnh; Trưởng ban Quản lý các khu công nghiệp tỉnh Hoàng Văn Thức.
Thực hiện Kế hoạch số 245/KH-TLĐ ngày 24/11/2020 của Tổng LĐLĐ Việt Nam và Hướng dẫn số 28/HD-LĐLĐ của LĐLĐ tỉnh, Tết Tân Sửu năm nay công đoàn các cấp trong tỉnh dành hơn 5,3 tỷ đồng chăm lo cho 11.200 đoàn viên, người lao động. Tại chương trình, Ban tổ chức trao 2.350 suất quà cho công nhân có hoàn cảnh khó khăn, bị giảm việc làm do dịch; mỗi suất gồm 500.000 đồng tiền mặt và túi quà trị giá 200.000 đồng.
Điểm mới là phiên Chợ Tết Công đoàn được tổ chức theo hình thức trực tuyến: 1.500 đoàn viên được tặng phiếu mua hàng điện tử trị giá 300.000 đồng, đặt hàng qua điện thoại và nhận hàng tại công đoàn cơ sở. LĐLĐ tỉnh cũng hỗ trợ 150 vé xe cho công nhân quê ở các tỉnh xa và vận động 3 doanh nghiệp bố trí chỗ ăn ở, đón Tết tại chỗ cho công nhân không về quê theo khuyến cáo phòng dịch.
Báo cáo của LĐLĐ tỉnh cho biết, năm 2020 có 27 doanh nghiệp phải thu hẹp sản xuất, hơn 4.600 lao động bị giảm giờ làm; công đoàn đã phối hợp đề nghị hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ cho 1.180 người lao động với số tiền gần 1,9 tỷ đồng. Đến nay, 94,5% doanh nghiệp đã thông báo thưởng Tết, bình quân 2,8 triệu đồng/người.
Chị Bùi Thị Lanh, công nhân Công ty TNHH may xuất khẩu Lương Sơn, quê xã Cư Yên, nói: "Nhà em hai vợ chồng đều làm công nhân, năm nay hàng ít nên thu nhập giảm. Có quà Công đoàn, Tết này các con cũng có áo mới". Tại điểm cầu phường Hữu Nghị, Phó Chủ tịch LĐLĐ tỉnh Đinh Văn Bình và Chủ tịch Công đoàn các khu công nghiệp tỉnh Nguyễn Thị Hạnh trao 200 suất quà cho đoàn viên thành phố Hòa Bình.
Phát biểu tại chương trình, đồng chí Quách Văn Tuyên ghi nhận sự đồng hành của các doanh nghiệp; đề nghị công đoàn các cấp tiếp tục tuyên truyền người lao động thực hiện nghiêm thông điệp 5K, đón Tết an toàn, không để ai không có Tết vì dịch bệnh.
Bùi Minh
Tin liên quan
- Kỳ Sơn: Công đoàn trao 100 suất quà cho đoàn viên (30/01/2021)
- Hòa Bình: công nhân đón Tết tại chỗ, an toàn (27/01/2021)
- LĐLĐ tỉnh tổng kết công tác công đoàn năm 2020 (12/01/2021)
""", "2021-02-03", "Công đoàn Hòa Bình trao 2.350 suất quà \"Tết Sum vầy\" cho công nhân",
E("trao_qua", None, "2021-02-02"),
[P("Quách Văn Tuyên", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Bùi Thị Xuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xa Văn Thắng", "Chủ tịch LĐLĐ tỉnh"),
 P("Hoàng Văn Thức", "Trưởng ban Quản lý các khu công nghiệp tỉnh"),
 P("Bùi Thị Lanh", "công nhân Công ty TNHH may xuất khẩu Lương Sơn"),
 P("Đinh Văn Bình", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Nguyễn Thị Hạnh", "Chủ tịch Công đoàn các khu công nghiệp tỉnh")],
[Q("không quá 200 người", 200, "người"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("hơn 5,3 tỷ đồng", 5300000000, "đồng", "over"), Q("11.200 đoàn viên, người lao động", 11200, "đoàn viên, người lao động"),
 Q("2.350 suất quà", 2350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("200.000 đồng", 200000, "đồng"),
 Q("1.500 đoàn viên", 1500, "đoàn viên"), Q("300.000 đồng", 300000, "đồng"), Q("150 vé xe", 150, "vé xe"),
 Q("3 doanh nghiệp", 3, "doanh nghiệp"), Q("27 doanh nghiệp", 27, "doanh nghiệp"),
 Q("hơn 4.600 lao động", 4600, "lao động", "over"), Q("1.180 người lao động", 1180, "người lao động"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("94,5%", 94.5, "%"), Q("2,8 triệu đồng", 2800000, "đồng"),
 Q("200 suất quà", 200, "suất quà")],
[D("Kế hoạch", "245", "KH-TLĐ", "2020-11-24", "Tổng LĐLĐ Việt Nam", "Kế hoạch số 245/KH-TLĐ ngày 24/11/2020"),
 D("Hướng dẫn", "28", "HD-LĐLĐ", None, "LĐLĐ tỉnh", "Hướng dẫn số 28/HD-LĐLĐ"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Hòa Bình"), com("Lương Sơn"), com("Cư Yên"), com("Hữu Nghị")],
["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN ĐOÀN LAO ĐỘNG TỈNH HÒA BÌNH", "Trang chủ - Tin hoạt động - Chăm lo đời sống",
 "Ảnh: Lãnh đạo tỉnh trao quà cho công nhân tại điểm cầu Lương Sơn.", "Tết Sum vầy - Xuân Tân Sửu 2021", "Chợ Tết Công đoàn", "5K"],
["T4, 03/02/2021 - 09:15", "Xuân Tân Sửu 2021", "Covid-19", "năm 2020", "5K"]))
