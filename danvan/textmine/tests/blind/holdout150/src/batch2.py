from lib import *
PAGES = []

PAGES.append(page("b3563-gialai-doithoai-phunu-2017", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự > Chính trị - Xã hội
Thứ Sáu, 13/10/2017 - 07:40
Chư Pưh: Chủ tịch UBND xã đối thoại với hội viên phụ nữ
(GLO) - Ngày 11/10, UBND xã Ia Hrú phối hợp với Hội LHPN xã tổ chức hội nghị đối thoại giữa Chủ tịch UBND xã với hội viên, phụ nữ năm 2017. Tham dự có 84 hội viên đại diện cho 11 chi hội ở các làng.
Quang cảnh buổi đối thoại. Ảnh: R.H
Chủ trì buổi đối thoại là ông Ksor Phai, Chủ tịch UBND xã Ia Hrú và bà Rơ Mah H'Nhiên, Chủ tịch Hội LHPN xã. Dự còn có bà Kpă Thị Lý, Phó Chủ tịch Hội LHPN huyện Chư Pưh.
Buổi đối thoại được tổ chức theo Quyết định số 32/QĐ-UBND của UBND xã và Hướng dẫn số 09/HD-HPN của Ban Thường vụ Hội LHPN huyện về tổ chức đối thoại với phụ nữ ở cơ sở. Trước đó, Hội LHPN xã đã tổng hợp được 23 ý kiến, kiến nghị của hội viên gửi đến UBND xã.
Tại buổi đối thoại, bà Siu H'Bin, hội viên làng Ia Bia, phản ánh tình trạng một số thanh niên trong làng uống rượu, về nhà đánh vợ con; đề nghị xã có biện pháp xử lý nghiêm. Bà Nay H'Yên, Chi hội trưởng phụ nữ làng Plei Thơ Ga, kiến nghị mở lớp dạy nghề may, đan lát cho chị em lúc nông nhàn và tăng nguồn vốn vay cho hội viên nghèo. Nhiều ý kiến cũng đề nghị sửa chữa đường vào khu sản xuất, bố trí thêm điểm trường mầm non ở làng xa.
Trả lời các ý kiến, ông Ksor Phai cho biết trong năm 2017 xã đã xử lý 5 vụ bạo lực gia đình, phạt hành chính 2 trường hợp; thời gian tới sẽ chỉ đạo Công an xã phối hợp với Hội phụ nữ và già làng để can thiệp sớm. Xã sẽ đề nghị huyện mở 2 lớp dạy nghề cho khoảng 60 lao động nữ; nguồn vốn vay qua Hội phụ nữ năm 2018 dự kiến tăng thêm 500 triệu đồng. Với kiến nghị sửa đường, UBND xã đã đưa vào kế hoạch đầu tư năm tới, huy động nhân dân cùng góp công.
Bà Rơ Mah H'Nhiên cho biết hiện toàn xã có 1.046 hội viên, trong đó hơn 70% là phụ nữ Jrai. Hội duy trì 7 tổ tiết kiệm với 142 thành viên và 2 câu lạc bộ "Gia đình hạnh phúc". Hội đang vận động chị em hưởng ứng cuộc vận động "Xây dựng gia đình 5 không 3 sạch", đến nay có 312 hộ đạt tiêu chí.
Kết thúc buổi đối thoại, 19/23 ý kiến được giải đáp trực tiếp, các ý kiến còn lại UBND xã ghi nhận, trả lời bằng văn bản trong tháng 11. Bà Kpă Thị Lý đánh giá cao cách làm của xã, đề nghị nhân rộng hình thức đối thoại ra các xã khác trong huyện.
Đây là năm thứ hai các xã trong tỉnh Gia Lai tổ chức đối thoại theo hướng dẫn của Hội cấp trên. Nhiều hội viên phấn khởi vì lần đầu được trực tiếp nói chuyện với lãnh đạo xã. Chị Siu H'Bin nói: "Được nói thẳng, được nghe trả lời, chị em thấy tin tưởng hơn".
Rơ Châm Hương
Lượt xem: 1.120
Tin cùng chuyên mục
- Hội LHPN tỉnh Gia Lai tập huấn kỹ năng tuyên truyền (05/10/2017)
- Ia Pa: ra mắt câu lạc bộ phòng, chống bạo lực gia đình (28/09/2017)
- Phụ nữ Kông Chro giữ nghề dệt thổ cẩm (19/09/2017)
""", "2017-10-13", "Chư Pưh: Chủ tịch UBND xã đối thoại với hội viên phụ nữ",
E("doi_thoai", "2017", "2017-10-11"),
[P("Ksor Phai", "Chủ tịch UBND xã Ia Hrú"),
 P("Rơ Mah H'Nhiên", "Chủ tịch Hội LHPN xã"),
 P("Kpă Thị Lý", "Phó Chủ tịch Hội LHPN huyện Chư Pưh"),
 P("Siu H'Bin", "hội viên làng Ia Bia"),
 P("Nay H'Yên", "Chi hội trưởng phụ nữ làng Plei Thơ Ga")],
[Q("84 hội viên", 84, "hội viên"), Q("11 chi hội", 11, "chi hội"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị"),
 Q("5 vụ bạo lực gia đình", 5, "vụ bạo lực gia đình"), Q("2 trường hợp", 2, "trường hợp"), Q("2 lớp dạy nghề", 2, "lớp dạy nghề"),
 Q("khoảng 60 lao động nữ", 60, "lao động nữ", "approx"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("1.046 hội viên", 1046, "hội viên"), Q("hơn 70%", 70, "%", "over"), Q("7 tổ tiết kiệm", 7, "tổ tiết kiệm"),
 Q("142 thành viên", 142, "thành viên"), Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("312 hộ", 312, "hộ"),
 Q("19/23 ý kiến", 19, "ý kiến")],
[D("Quyết định", "32", "QĐ-UBND", None, "UBND xã", "Quyết định số 32/QĐ-UBND"),
 D("Hướng dẫn", "09", "HD-HPN", None, "Ban Thường vụ Hội LHPN huyện", "Hướng dẫn số 09/HD-HPN")],
[prov("Gia Lai"), com("Ia Hrú")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự > Chính trị - Xã hội", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: R.H", "Gia đình hạnh phúc",
 "Xây dựng gia đình 5 không 3 sạch", "Lượt xem: 1.120"],
["Thứ Sáu, 13/10/2017 - 07:40", "năm 2017", "năm 2018", "5 không 3 sạch", "tháng 11", "Lượt xem: 1.120"]))

PAGES.append(page("b3564-haiphong-lhpn-chithi21-2018", """
Cổng TTĐT Hội Liên hiệp Phụ nữ thành phố Hải Phòng
Vị trí: Trang chủ - Hoạt động cơ sở - Kiến Thụy
Ngày đăng 07/11/2018 | 15:10
Kiến Thụy: Hội nghị triển khai Chỉ thị 21 về công tác phụ nữ đến cơ sở
Sáng 6/11, Huyện ủy Kiến Thụy tổ chức hội nghị quán triệt, triển khai Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Chương trình hành động số 36-CTr/HU của Huyện ủy thực hiện Chỉ thị. Dự hội nghị có hơn 250 đại biểu là bí thư, phó bí thư đảng ủy, chủ tịch Hội LHPN 18 xã, thị trấn.
Bà Phạm Thị Thu Hà, Thành ủy viên, Chủ tịch Hội LHPN thành phố phát biểu tại hội nghị.
Đồng chí Đỗ Văn Thành, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy quán triệt những nội dung cơ bản của Chỉ thị, nhấn mạnh trách nhiệm của cấp ủy trong việc tạo nguồn, đào tạo, bồi dưỡng, bố trí cán bộ nữ. Theo Chương trình hành động, đến năm 2020 phấn đấu có ít nhất 25% nữ tham gia cấp ủy cấp xã; 100% xã, thị trấn có lãnh đạo chủ chốt là nữ khi có đủ điều kiện.
Báo cáo tại hội nghị cho thấy, nhiệm kỳ 2015 - 2020, tỷ lệ nữ tham gia cấp ủy cấp xã của huyện mới đạt 17,6%; toàn huyện có 4 nữ giữ chức vụ bí thư, chủ tịch UBND xã. Hội LHPN các xã đã giới thiệu 312 hội viên ưu tú cho Đảng xem xét, 207 chị được kết nạp.
Tham luận tại hội nghị, bà Nguyễn Thị Nguyệt, Chủ tịch Hội LHPN xã Tú Sơn cho biết, Hội xã đang duy trì 6 câu lạc bộ "Phụ nữ với pháp luật" và 1 "Địa chỉ tin cậy" ở cộng đồng; năm 2018 đã tiếp nhận, hỗ trợ 3 phụ nữ bị bạo lực gia đình. Bà Vũ Thị Hằng, Phó Bí thư Thường trực Đảng ủy xã Đại Hợp, chia sẻ kinh nghiệm phân công cấp ủy viên theo dõi hoạt động Hội, bố trí kinh phí cho Hội xã mỗi năm 20 triệu đồng để hoạt động phong trào.
Phát biểu chỉ đạo, bà Phạm Thị Thu Hà, Thành ủy viên, Chủ tịch Hội LHPN thành phố, đề nghị cấp ủy các xã sớm ban hành kế hoạch thực hiện Chỉ thị 21, gắn với thực hiện Kết luận số 44-KL/TU của Ban Thường vụ Thành ủy về công tác cán bộ nữ; đồng thời quan tâm đến chị em công nhân trong các khu công nghiệp đang sinh sống ở các xã ven đô.
Kết luận hội nghị, ông Đỗ Văn Thành yêu cầu trước ngày 30/11, Đảng ủy các xã, thị trấn hoàn thành việc quán triệt Chỉ thị đến 100% chi bộ. Hội LHPN huyện có trách nhiệm tham mưu Huyện ủy sơ kết 1 năm thực hiện Chỉ thị vào cuối năm 2019.
Dịp này, ông Đỗ Văn Thành cũng biểu dương 8 tập thể, 15 cá nhân tiêu biểu trong phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" giai đoạn 2013 - 2018.
Hoàng Yến
Lượt xem: 742
Tin liên quan
- An Lão: trao vốn cho hội viên phụ nữ nghèo (01/11/2018)
- Thủy Nguyên: phụ nữ với an toàn giao thông (25/10/2018)
- Kỷ niệm 88 năm Ngày thành lập Hội LHPN Việt Nam (20/10/2018)
""", "2018-11-07", "Kiến Thụy: Hội nghị triển khai Chỉ thị 21 về công tác phụ nữ đến cơ sở",
E("hoi_nghi", None, "2018-11-06"),
[P("Phạm Thị Thu Hà", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
 P("Đỗ Văn Thành", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Nguyệt", "Chủ tịch Hội LHPN xã Tú Sơn"),
 P("Vũ Thị Hằng", "Phó Bí thư Thường trực Đảng ủy xã Đại Hợp")],
[Q("hơn 250 đại biểu", 250, "đại biểu", "over"), Q("18 xã, thị trấn", 18, "xã, thị trấn"),
 Q("ít nhất 25%", 25, "%", "over"), Q("100%", 100, "%"), Q("17,6%", 17.6, "%"), Q("4 nữ", 4, "nữ"),
 Q("312 hội viên ưu tú", 312, "hội viên ưu tú"), Q("207 chị", 207, "chị"), Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q('1 "Địa chỉ tin cậy"', 1, "Địa chỉ tin cậy"),
 Q("3 phụ nữ", 3, "phụ nữ"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018"),
 D("Chương trình hành động", "36", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 36-CTr/HU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 44-KL/TU")],
[prov("Hải Phòng"), com("Tú Sơn"), com("Đại Hợp")],
["Cổng TTĐT Hội Liên hiệp Phụ nữ thành phố Hải Phòng", "Vị trí: Trang chủ - Hoạt động cơ sở - Kiến Thụy",
 "Bà Phạm Thị Thu Hà, Thành ủy viên, Chủ tịch Hội LHPN thành phố phát biểu tại hội nghị.", "Phụ nữ với pháp luật",
 "Địa chỉ tin cậy", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Lượt xem: 742"],
["Ngày đăng 07/11/2018 | 15:10", "nhiệm kỳ 2015 - 2020", "1 năm", "giai đoạn 2013 - 2018", "Lượt xem: 742"]))

PAGES.append(page("b3565-daklak-lhpn-giaoban-q1-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK
You are here: Trang chủ » Tin hoạt động » Cơ sở
05.04.2019 | 10:15
Đồng chí H'Bla Niê chủ trì giao ban.
Krông Búk: giao ban công tác Hội với chủ tịch Hội phụ nữ cơ sở
Ngày 3/4, Hội LHPN huyện Krông Búk tổ chức giao ban công tác Hội và phong trào phụ nữ quý I năm 2019 với chủ tịch Hội LHPN 7 xã. Bà H'Bla Niê, Phó Chủ tịch Hội LHPN huyện chủ trì.
Trong quý I, các cơ sở Hội đã tổ chức thăm, tặng 215 phần quà Tết cho hội viên nghèo, trị giá khoảng 86 triệu đồng; kết nạp 63 hội viên mới; vận động hội viên tiết kiệm được hơn 120 triệu đồng. Hội phối hợp tổ chức 9 buổi truyền thông về Luật Phòng, chống bạo lực gia đình và phòng, chống mua bán người, thu hút gần 700 lượt người tham dự, trong đó có 150 nam giới.
Thực hiện Kế hoạch số 05/KH-HPN ngày 10/01/2019 của Ban Thường vụ Hội LHPN huyện về triển khai Đề án 938 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027" ban hành kèm theo Quyết định số 938/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ, Hội đã thành lập mới 2 câu lạc bộ "Gia đình hạnh phúc" ở buôn Ea Siên và buôn Kdun.
Tại giao ban, bà H'Yăm Byă, Chủ tịch Hội LHPN xã Ea Sin, báo cáo: chi hội buôn Ea Siên có 54 hội viên người Êđê, tổ tiết kiệm của chi hội đã có gần 40 triệu đồng; tuy nhiên chị em còn e ngại khi nói chuyện gia đình trong buổi sinh hoạt. Bà Lê Thị Kim Oanh, Chủ tịch Hội LHPN xã Cư Né, đề nghị Hội huyện hỗ trợ tài liệu song ngữ Việt - Êđê. Bà Y Đơn Mlô, Phó Chủ tịch Hội LHPN xã Pơng Drang, cho biết xã có 3 vụ việc bạo lực gia đình trong quý, đã phối hợp hòa giải 2 vụ.
Hội nghị cũng chỉ ra hạn chế: báo cáo của một số cơ sở còn chậm, số liệu chưa khớp; việc thu hội phí ở các buôn vùng sâu mới đạt khoảng 60%.
Kết luận giao ban, bà H'Bla Niê đề nghị quý II các xã tập trung chuẩn bị tổ chức hội nghị đối thoại giữa chủ tịch UBND xã với phụ nữ; hoàn thành khảo sát hộ phụ nữ nghèo trước ngày 15/5; mỗi xã xây dựng ít nhất 1 mô hình "Tổ phụ nữ tiết kiệm" mới. Hội huyện cũng sẽ tổ chức lớp tập huấn kỹ năng cho 45 chi hội trưởng vào tháng 5.
Theo đánh giá của Hội LHPN tỉnh Đắk Lắk, Krông Búk là một trong những huyện duy trì giao ban định kỳ với cơ sở đều đặn nhất. Qua giao ban, nhiều khó khăn, vướng mắc của chi hội ở các buôn được tháo gỡ kịp thời, nhất là việc bình xét hộ vay vốn và hỗ trợ phụ nữ bị bạo lực tìm nơi tạm lánh.
Bà H'Bla Niê nhấn mạnh, công tác Hội ở cơ sở phải "đi từng buôn, gõ từng nhà", nắm chắc hoàn cảnh từng hội viên để hỗ trợ đúng người, đúng việc.
Thu Hiền
Lượt xem: 287
Xem thêm
- Buôn Hồ: phụ nữ Êđê giữ gìn văn hóa truyền thống (29/03/2019)
- Hội LHPN tỉnh kỷ niệm ngày Quốc tế Phụ nữ 8/3 (08/03/2019)
- Cư M'gar: trao 5 mái ấm tình thương (01/03/2019)
""", "2019-04-05", "Krông Búk: giao ban công tác Hội với chủ tịch Hội phụ nữ cơ sở",
E("giao_ban", "2019-Q1", "2019-04-03"),
[P("H'Bla Niê", "Phó Chủ tịch Hội LHPN huyện"),
 P("H'Yăm Byă", "Chủ tịch Hội LHPN xã Ea Sin"),
 P("Lê Thị Kim Oanh", "Chủ tịch Hội LHPN xã Cư Né"),
 P("Y Đơn Mlô", "Phó Chủ tịch Hội LHPN xã Pơng Drang")],
[Q("7 xã", 7, "xã"), Q("215 phần quà Tết", 215, "phần quà"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"),
 Q("63 hội viên mới", 63, "hội viên mới"), Q("hơn 120 triệu đồng", 120000000, "đồng", "over"),
 Q("9 buổi truyền thông", 9, "buổi truyền thông"), Q("gần 700 lượt người", 700, "lượt người", "approx"),
 Q("150 nam giới", 150, "nam giới"), Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("54 hội viên", 54, "hội viên"),
 Q("gần 40 triệu đồng", 40000000, "đồng", "approx"), Q("3 vụ việc bạo lực gia đình", 3, "vụ việc bạo lực gia đình"),
 Q("2 vụ", 2, "vụ"), Q("khoảng 60%", 60, "%", "approx"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("45 chi hội trưởng", 45, "chi hội trưởng")],
[D("Kế hoạch", "05", "KH-HPN", "2019-01-10", "Ban Thường vụ Hội LHPN huyện", "Kế hoạch số 05/KH-HPN ngày 10/01/2019"),
 D("Quyết định", "938", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 938/QĐ-TTg ngày 30/6/2017")],
[prov("Đắk Lắk"), com("Ea Sin"), com("Cư Né"), com("Pơng Drang")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK", "You are here: Trang chủ » Tin hoạt động » Cơ sở", "Đồng chí H'Bla Niê chủ trì giao ban.",
 "Đề án 938", "Gia đình hạnh phúc", "Tổ phụ nữ tiết kiệm", "Luật Phòng, chống bạo lực gia đình", "Lượt xem: 287"],
["05.04.2019 | 10:15", "quý I năm 2019", "giai đoạn 2017 - 2027", "quý II", "tháng 5", "Lượt xem: 287"]))

PAGES.append(page("b3566-bentre-lhpn-xa-tongket-2020", """
Trang thông tin điện tử xã Phú Túc - huyện Châu Thành
Tin tức » Hoạt động đoàn thể
22/12/2020 - 16:05
Hội LHPN xã Phú Túc: hoàn thành 12/12 chỉ tiêu năm 2020
Sáng ngày 21/12/2020, Hội LHPN xã Phú Túc tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2020, đồng thời triển khai phương hướng năm 2021. Dự hội nghị có bà Phan Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN huyện Châu Thành; ông Trần Văn Bé Tư, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Huỳnh Thị Ngọc Giàu, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 45 cán bộ chi hội.
Toàn cảnh hội nghị tổng kết.
Năm 2020, dù bị ảnh hưởng bởi dịch Covid-19 và hạn mặn, Hội LHPN xã vẫn hoàn thành 12/12 chỉ tiêu được giao. Hội kết nạp 104 hội viên mới, nâng tổng số lên 2.386 hội viên; thu hút 98% hội viên tham gia cuộc vận động "Xây dựng gia đình 5 không 3 sạch". Các chi hội vận động được hơn 3.200 khẩu trang vải, 1.500 lít nước ngọt hỗ trợ người dân vùng hạn mặn.
Về hỗ trợ phụ nữ phát triển kinh tế, Hội quản lý 11 tổ tiết kiệm và vay vốn với 427 thành viên, dư nợ ủy thác hơn 7,8 tỷ đồng; vận động thành lập 1 tổ hợp tác trồng bưởi da xanh của chị em với 15 thành viên. Hội giúp 23 hộ phụ nữ nghèo thoát nghèo, trao 2 căn nhà "Mái ấm tình thương" trị giá 50 triệu đồng/căn.
Thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư và Kế hoạch số 15-KH/ĐU ngày 12/3/2019 của Đảng ủy xã về công tác phụ nữ, Hội đã giới thiệu 8 hội viên ưu tú cho chi bộ, trong đó 5 chị được kết nạp Đảng. Câu lạc bộ "Phòng, chống bạo lực gia đình" ấp Phú Hòa duy trì sinh hoạt với 30 thành viên; cả năm xã không xảy ra vụ bạo lực gia đình nghiêm trọng, hòa giải thành 4 vụ mâu thuẫn vợ chồng.
Phát biểu tại hội nghị, bà Phan Thị Mỹ Hạnh biểu dương Hội LHPN xã Phú Túc là một trong 3 cơ sở dẫn đầu phong trào thi đua của huyện năm 2020. Bà đề nghị năm 2021 Hội tiếp tục thực hiện Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" theo Quyết định số 939/QĐ-TTg của Thủ tướng Chính phủ, phấn đấu có thêm ít nhất 2 ý tưởng khởi nghiệp của chị em; tích cực tham gia xây dựng xã nông thôn mới nâng cao.
Ông Trần Văn Bé Tư ghi nhận đóng góp của Hội trong phòng, chống dịch, cho biết UBND xã sẽ bố trí 30 triệu đồng hỗ trợ Hội hoạt động năm 2021.
Hội nghị đã trao giấy khen của Hội LHPN huyện cho 3 tập thể, 6 cá nhân; Hội LHPN xã khen thưởng 9 chi hội và 21 hội viên tiêu biểu. Bà Nguyễn Thị Kim Lài, Chủ tịch Hội LHPN xã, thay mặt Ban Chấp hành tiếp thu ý kiến chỉ đạo, hứa sẽ phát huy kết quả đạt được.
Năm 2021, Hội LHPN xã Phú Túc đăng ký 12 chỉ tiêu, trong đó phấn đấu phát triển thêm 60 hội viên, xây dựng 1 mô hình "Ấp không có bạo lực gia đình" tại ấp Phú Khương. Hội nghị cũng phát động chị em tham gia giữ gìn cảnh quan "Đường hoa phụ nữ" ở các tuyến đường liên ấp trong xã, góp phần xây dựng quê hương Bến Tre ngày càng sáng, xanh, sạch, đẹp.
Ngọc Trâm
Lượt xem: 512
Tin khác
- Phú Túc: ra quân xây dựng nông thôn mới nâng cao (10/12/2020)
- Kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam (20/10/2020)
- Trao vốn vay cho hội viên khó khăn do hạn mặn (15/09/2020)
""", "2020-12-22", "Hội LHPN xã Phú Túc: hoàn thành 12/12 chỉ tiêu năm 2020",
E("tong_ket", "2020", "2020-12-21"),
[P("Phan Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN huyện Châu Thành"),
 P("Trần Văn Bé Tư", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Huỳnh Thị Ngọc Giàu", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Kim Lài", "Chủ tịch Hội LHPN xã")],
[Q("12/12 chỉ tiêu", 12, "chỉ tiêu"), Q("45 cán bộ chi hội", 45, "cán bộ chi hội"), Q("104 hội viên mới", 104, "hội viên mới"),
 Q("2.386 hội viên", 2386, "hội viên"), Q("98%", 98, "%"), Q("hơn 3.200 khẩu trang vải", 3200, "khẩu trang vải", "over"),
 Q("1.500 lít", 1500, "lít"), Q("11 tổ tiết kiệm và vay vốn", 11, "tổ tiết kiệm và vay vốn"), Q("427 thành viên", 427, "thành viên"),
 Q("hơn 7,8 tỷ đồng", 7800000000, "đồng", "over"), Q("1 tổ hợp tác", 1, "tổ hợp tác"), Q("15 thành viên", 15, "thành viên"),
 Q("23 hộ phụ nữ nghèo", 23, "hộ phụ nữ nghèo"), Q('2 căn nhà "Mái ấm tình thương"', 2, "căn nhà"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("8 hội viên ưu tú", 8, "hội viên ưu tú"), Q("5 chị", 5, "chị"),
 Q("30 thành viên", 30, "thành viên"), Q("4 vụ mâu thuẫn vợ chồng", 4, "vụ mâu thuẫn vợ chồng"), Q("3 cơ sở", 3, "cơ sở"),
 Q("ít nhất 2 ý tưởng khởi nghiệp", 2, "ý tưởng khởi nghiệp", "over"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("3 tập thể", 3, "tập thể"), Q("6 cá nhân", 6, "cá nhân"), Q("9 chi hội", 9, "chi hội"), Q("21 hội viên tiêu biểu", 21, "hội viên tiêu biểu"),
 Q("12 chỉ tiêu", 12, "chỉ tiêu"), Q("60 hội viên", 60, "hội viên"), Q("1 mô hình", 1, "mô hình")],
[D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
 D("Kế hoạch", "15", "KH/ĐU", "2019-03-12", "Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 12/3/2019"),
 D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg")],
[prov("Bến Tre"), com("Phú Túc")],
["Trang thông tin điện tử xã Phú Túc - huyện Châu Thành", "Tin tức » Hoạt động đoàn thể", "Toàn cảnh hội nghị tổng kết.",
 "Xây dựng gia đình 5 không 3 sạch", "Mái ấm tình thương", "Phòng, chống bạo lực gia đình",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Ấp không có bạo lực gia đình", "Đường hoa phụ nữ", "Lượt xem: 512"],
["22/12/2020 - 16:05", "năm 2020", "năm 2021", "Covid-19", "5 không 3 sạch", "Lượt xem: 512"]))

PAGES.append(page("b3567-ninhthuan-lhpn-giamsat-2021", """
Báo Ninh Thuận Online
Chính trị - Xã hội :: Mặt trận - Đoàn thể
Cập nhật: 14:20, 17/09/2021 (GMT+7)
Hội LHPN tỉnh giám sát việc thực hiện chính sách hỗ trợ phụ nữ vùng đồng bào Chăm
Ảnh: Đoàn giám sát làm việc tại xã Phước Hải.
Trong các ngày 14 và 15/9, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh do bà Đạo Thị Kim Thoa, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ vay vốn, đào tạo nghề cho phụ nữ dân tộc thiểu số năm 2021 tại UBND các xã Phước Hải và Phước Thái, huyện Ninh Phước.
Cuộc giám sát được thực hiện theo Quyết định số 290/QĐ-ĐCT ngày 24/8/2021 của Đoàn Chủ tịch Hội LHPN tỉnh, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể chính trị - xã hội. Do tình hình dịch Covid-19, đoàn chỉ làm việc với số ít thành phần, thực hiện nghiêm quy định 5K.
Báo cáo của UBND xã Phước Hải cho thấy, năm 2021 xã có 186 hộ do phụ nữ làm chủ được vay vốn từ Ngân hàng Chính sách xã hội với tổng số tiền gần 6,2 tỷ đồng; 48 lao động nữ người Chăm được học nghề may công nghiệp, dệt thổ cẩm. Tuy nhiên, do dịch bệnh, khoảng 30% lao động nữ học xong chưa có việc làm ổn định. Ông Quảng Văn Sang, Phó Chủ tịch UBND xã Phước Hải, cho biết xã đang khó khăn về quỹ đất để xây dựng nhà xưởng.
Tại xã Phước Thái, bà Thành Thị Hiền, Chủ tịch Hội LHPN xã, báo cáo: Hội đang quản lý 9 tổ tiết kiệm và vay vốn với 356 thành viên, dư nợ trên 11 tỷ đồng, tỷ lệ nợ quá hạn 0,3%. Chi hội thôn Hoài Trung duy trì mô hình "Phụ nữ Chăm không sinh con thứ 3", có 72 hội viên tham gia.
Qua giám sát, đoàn đánh giá các xã đã triển khai chính sách đúng đối tượng, công khai, minh bạch; hộ vay sử dụng vốn đúng mục đích. Bên cạnh đó, đoàn cũng chỉ ra một số hạn chế như: việc bình xét hộ vay ở một số thôn chưa có sự tham gia của chi hội phụ nữ; một số lớp dạy nghề chưa gắn với nhu cầu thị trường; việc theo dõi phụ nữ sau học nghề chưa thường xuyên.
Kết luận buổi giám sát, bà Đạo Thị Kim Thoa đề nghị UBND các xã phối hợp chặt chẽ với Hội phụ nữ khi bình xét hộ vay; khảo sát nhu cầu học nghề của chị em trước khi mở lớp; quan tâm hỗ trợ phụ nữ bị ảnh hưởng bởi dịch bệnh. Hội LHPN xã cần nâng cao chất lượng hoạt động các tổ tiết kiệm và vay vốn, gắn với tuyên truyền thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ.
Thành viên đoàn có bà Quảng Thị Ngọc Điệp, Phó Chủ tịch Hội LHPN tỉnh và đại diện Ban Dân tộc tỉnh Ninh Thuận, Ngân hàng Chính sách xã hội tỉnh.
Kiều Hân
Lượt xem: 403
Tin liên quan
- Ninh Phước: phụ nữ chung tay phòng, chống dịch Covid-19 (09/09/2021)
- Trao 200 suất quà cho phụ nữ khó khăn do dịch bệnh (01/09/2021)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2021 (20/07/2021)
""", "2021-09-17", "Hội LHPN tỉnh giám sát việc thực hiện chính sách hỗ trợ phụ nữ vùng đồng bào Chăm",
E("giam_sat", "2021", "2021-09-14"),
[P("Đạo Thị Kim Thoa", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Quảng Văn Sang", "Phó Chủ tịch UBND xã Phước Hải"),
 P("Thành Thị Hiền", "Chủ tịch Hội LHPN xã"),
 P("Quảng Thị Ngọc Điệp", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("186 hộ", 186, "hộ"), Q("gần 6,2 tỷ đồng", 6200000000, "đồng", "approx"), Q("48 lao động nữ người Chăm", 48, "lao động nữ người Chăm"),
 Q("khoảng 30%", 30, "%", "approx"), Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"), Q("356 thành viên", 356, "thành viên"),
 Q("trên 11 tỷ đồng", 11000000000, "đồng", "over"), Q("0,3%", 0.3, "%"), Q("72 hội viên", 72, "hội viên")],
[D("Quyết định", "290", "QĐ-ĐCT", "2021-08-24", "Đoàn Chủ tịch Hội LHPN tỉnh", "Quyết định số 290/QĐ-ĐCT ngày 24/8/2021"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW")],
[prov("Ninh Thuận"), com("Phước Hải"), com("Phước Thái")],
["Báo Ninh Thuận Online", "Chính trị - Xã hội :: Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại xã Phước Hải.",
 "Phụ nữ Chăm không sinh con thứ 3", "Lượt xem: 403"],
["Cập nhật: 14:20, 17/09/2021 (GMT+7)", "năm 2021", "Covid-19", "5K", "con thứ 3", "Lượt xem: 403"]))

PAGES.append(page("b3568-bacgiang-lhpn-soket-2022", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ | Xã hội | Phụ nữ - Gia đình
Thứ Sáu, 08/07/2022 - 11:25
Lục Ngạn: Hội phụ nữ cơ sở sơ kết công tác 6 tháng
(BGĐT) - Ngày 6/7, Hội LHPN huyện Lục Ngạn tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Dự hội nghị có đồng chí Hoàng Thị Hạnh, Phó Chủ tịch Hội LHPN tỉnh; đồng chí Nông Thị Huệ, HUV, Chủ tịch Hội LHPN huyện.
Toàn cảnh hội nghị. Ảnh: Ngọc Mai
6 tháng đầu năm 2022, Hội LHPN các xã, thị trấn triển khai Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII với phương châm hành động "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang". Toàn huyện kết nạp 412 hội viên mới; thành lập mới 6 tổ tiết kiệm, nâng tổng số lên 97 tổ với khoảng 2.100 thành viên, số tiền tiết kiệm trên 3,4 tỷ đồng. Hội hỗ trợ chị em tiêu thụ được hơn 300 tấn vải thiều qua các kênh thương mại điện tử.
Công tác phòng, chống bạo lực gia đình tiếp tục được chú trọng. Hội phối hợp tổ chức 26 buổi truyền thông cho gần 3.000 lượt người; 14 "Địa chỉ tin cậy" ở cộng đồng đã tiếp nhận, hỗ trợ 5 phụ nữ, trẻ em bị bạo lực. Dự thảo Luật Phòng, chống bạo lực gia đình (sửa đổi) đang được Quốc hội xem xét; các cơ sở Hội đã tổ chức 18 buổi lấy ý kiến góp ý của hội viên vào dự thảo.
Tham luận tại hội nghị, đồng chí Lương Thị Thảo, Chủ tịch Hội LHPN xã Tân Sơn, chia sẻ cách vận động chị em người Sán Dìu, Nùng tham gia tổ tiết kiệm; đồng chí Vi Thị Lụa, Phó Chủ tịch Hội LHPN xã Phong Minh, nêu kinh nghiệm thành lập câu lạc bộ "Gia đình hạnh phúc" gắn với hỗ trợ sinh kế.
Hội nghị cũng đánh giá việc thực hiện Kế hoạch số 45-KH/HU ngày 18/02/2022 của Huyện ủy về nâng cao chất lượng hoạt động của Mặt trận và các đoàn thể ở cơ sở, cùng Hướng dẫn số 03/HD-ĐCT của Đoàn Chủ tịch Hội LHPN tỉnh về xây dựng chi hội phụ nữ "5 có". Đến nay 61% chi hội đạt tiêu chí.
Phát biểu, đồng chí Hoàng Thị Hạnh đề nghị 6 tháng cuối năm, Hội LHPN huyện tập trung thực hiện Đề án 939 hỗ trợ phụ nữ khởi nghiệp, phấn đấu hỗ trợ ít nhất 10 dự án khởi nghiệp; đẩy mạnh cuộc vận động "Xây dựng gia đình 5 có, 3 sạch"; quan tâm hội viên là công nhân, lao động tự do.
Theo đánh giá của Hội LHPN tỉnh Bắc Giang, Lục Ngạn là huyện có nhiều xã đồng bào dân tộc thiểu số, địa bàn rộng, nhưng phong trào phụ nữ có nhiều cách làm sáng tạo. Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: nội dung sinh hoạt ở nhiều chi hội chưa hấp dẫn hội viên trẻ; việc ứng dụng công nghệ thông tin trong quản lý hội viên còn chậm; một số tổ tiết kiệm ghi chép sổ sách chưa rõ ràng.
Dịp này, Hội LHPN huyện đã trao tặng 4 sinh kế trị giá 10 triệu đồng/sinh kế cho hội viên khó khăn xã Kiên Lao.
Kim Hoa
Bình luận
Bài viết liên quan
- Phụ nữ Lục Nam với mô hình "Gia đình 5 có, 3 sạch" (01/07/2022)
- Sơn Động: ra mắt tổ tiết kiệm của chị em dân tộc Dao (22/06/2022)
- Hội LHPN tỉnh giao ban công tác quý II (15/06/2022)
""", "2022-07-08", "Lục Ngạn: Hội phụ nữ cơ sở sơ kết công tác 6 tháng",
E("so_ket", "2022-H1", "2022-07-06"),
[P("Hoàng Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nông Thị Huệ", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Lương Thị Thảo", "Chủ tịch Hội LHPN xã Tân Sơn"),
 P("Vi Thị Lụa", "Phó Chủ tịch Hội LHPN xã Phong Minh")],
[Q("412 hội viên mới", 412, "hội viên mới"), Q("6 tổ tiết kiệm", 6, "tổ tiết kiệm"), Q("97 tổ", 97, "tổ"),
 Q("khoảng 2.100 thành viên", 2100, "thành viên", "approx"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("hơn 300 tấn", 300, "tấn", "over"), Q("26 buổi truyền thông", 26, "buổi truyền thông"),
 Q("gần 3.000 lượt người", 3000, "lượt người", "approx"), Q('14 "Địa chỉ tin cậy"', 14, "Địa chỉ tin cậy"),
 Q("5 phụ nữ, trẻ em", 5, "phụ nữ, trẻ em"), Q("18 buổi", 18, "buổi"), Q("61%", 61, "%"), Q("ít nhất 10 dự án khởi nghiệp", 10, "dự án khởi nghiệp", "over"),
 Q("4 sinh kế", 4, "sinh kế"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "45", "KH/HU", "2022-02-18", "Huyện ủy", "Kế hoạch số 45-KH/HU ngày 18/02/2022"),
 D("Hướng dẫn", "03", "HD-ĐCT", None, "Đoàn Chủ tịch Hội LHPN tỉnh", "Hướng dẫn số 03/HD-ĐCT")],
[prov("Bắc Giang"), com("Tân Sơn"), com("Phong Minh"), com("Kiên Lao")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ | Xã hội | Phụ nữ - Gia đình", "(BGĐT)", "Toàn cảnh hội nghị. Ảnh: Ngọc Mai",
 "Phụ nữ Việt Nam tự tin, tự trọng, trung hậu, đảm đang", "Gia đình hạnh phúc", "Đề án 939", "Xây dựng gia đình 5 có, 3 sạch",
 "Luật Phòng, chống bạo lực gia đình", "Bình luận"],
["Thứ Sáu, 08/07/2022 - 11:25", "6 tháng đầu năm", "6 tháng cuối năm 2022", "lần thứ XIII", "5 có", "5 có, 3 sạch"]))
