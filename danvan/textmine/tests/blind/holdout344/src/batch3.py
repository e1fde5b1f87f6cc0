from lib import *
PAGES = []

PAGES.append(page("b8225-nghean-nct-ramat-clb-2021", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự › Xã hội › Người cao tuổi
Ngày 22/01/2021 | 16:30
Ra mắt 2 câu lạc bộ "Người cao tuổi vui khỏe" ở miền biển và miền núi
Ngày 21/1/2021, Hội Người cao tuổi tỉnh Nghệ An phối hợp với UBND các xã Nghi Phong (huyện Nghi Lộc) và Châu Kim (huyện Quế Phong) ra mắt 2 câu lạc bộ "Người cao tuổi vui khỏe". Đây là mô hình thí điểm, gắn sinh hoạt văn nghệ, dưỡng sinh với khám sức khỏe định kỳ và hỗ trợ nhau phát triển kinh tế.
Các thành viên câu lạc bộ xã Châu Kim biểu diễn văn nghệ chào mừng.
Câu lạc bộ ở xã Nghi Phong được thành lập theo Quyết định số 05/QĐ-UBND ngày 12/1/2021 của UBND xã, có 45 thành viên, trong đó 32 người từ 60 tuổi trở lên; ông Hoàng Văn Nhự, nguyên Chủ tịch UBND xã, được bầu làm Chủ nhiệm câu lạc bộ. Câu lạc bộ ở xã Châu Kim có 40 thành viên, phần lớn là đồng bào Thái; bà Lang Thị Chiến, Chi hội trưởng Chi hội Người cao tuổi bản Mường Phù, làm Chủ nhiệm; các ông, bà Phó Chủ nhiệm câu lạc bộ: Lô Văn Thương, Vi Thị Hoa.
Theo Hướng dẫn số 06, 07/HD-HNCT của Ban Thường vụ Hội Người cao tuổi tỉnh, mỗi câu lạc bộ sinh hoạt ít nhất 1 lần/tháng, tổ chức đo huyết áp, cân nặng cho thành viên hằng tháng và phối hợp trạm y tế khám sức khỏe định kỳ 2 lần/năm. Mỗi câu lạc bộ được Hội hỗ trợ 15 triệu đồng mua loa, máy đo huyết áp và trang phục biểu diễn; thành viên đóng góp 20.000 đồng/tháng để lập quỹ giúp nhau khi ốm đau.
Phát biểu tại lễ ra mắt, ông Nguyễn Văn Đệ, Phó Chủ tịch Hội Người cao tuổi tỉnh, cho biết toàn tỉnh có hơn 410.000 người cao tuổi, song mới có khoảng 38% thường xuyên tham gia hoạt động thể dục thể thao. "Mô hình này nếu hiệu quả sẽ được nhân rộng ra ít nhất 20 xã trong năm 2021", ông Đệ nói.
Bà Vi Thị Hoa, 67 tuổi, chia sẻ: "Trước đây các cụ trong bản chỉ quanh quẩn trong nhà, ốm mới đi trạm xá. Giờ có câu lạc bộ, tối nào chúng tôi cũng ra nhà văn hóa tập múa xòe, hát nhuôn, ai mệt thì anh em biết ngay".
Dịp này, Trạm Y tế xã Châu Kim đã khám, tư vấn sức khỏe cho 85 người cao tuổi; Ngân hàng Chính sách xã hội huyện Quế Phong trao 10 suất quà, mỗi suất 500.000 đồng cho các thành viên có hoàn cảnh khó khăn. Ông Lô Văn Thương cho biết câu lạc bộ sẽ mời thầy thuốc y học cổ truyền về hướng dẫn các bài thuốc nam chữa đau xương khớp cho bà con.
Theo kế hoạch, trong quý I, Hội sẽ sơ kết, rút kinh nghiệm, hoàn thiện quy chế hoạt động trước khi nhân rộng.
Phương Thảo
Tin liên quan
- Diễn Châu: mừng thọ 2.300 cụ cao tuổi (02/01/2021)
- Hội Người cao tuổi tỉnh tổng kết năm 2020 (25/12/2020)
- Khám mắt miễn phí cho người cao tuổi Tương Dương (10/12/2020)
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau ở Thanh Chương (20/11/2020)
""", "2021-01-22", "Ra mắt 2 câu lạc bộ \"Người cao tuổi vui khỏe\" ở miền biển và miền núi",
E("khac", None, "2021-01-21"),
[P("Hoàng Văn Nhự", "nguyên Chủ tịch UBND xã", "Chủ nhiệm câu lạc bộ"),
 P("Lang Thị Chiến", "Chi hội trưởng Chi hội Người cao tuổi bản Mường Phù", "Chủ nhiệm"),
 P("Lô Văn Thương", "Phó Chủ nhiệm câu lạc bộ"),
 P("Vi Thị Hoa", "Phó Chủ nhiệm câu lạc bộ"),
 P("Nguyễn Văn Đệ", "Phó Chủ tịch Hội Người cao tuổi tỉnh")],
[Q("2 câu lạc bộ", 2, "câu lạc bộ"), Q("45 thành viên", 45, "thành viên"), Q("32 người", 32, "người"),
 Q("40 thành viên", 40, "thành viên"), Q("15 triệu đồng", 15000000, "đồng"), Q("20.000 đồng/tháng", 20000, "đồng"),
 Q("hơn 410.000 người cao tuổi", 410000, "người cao tuổi", "over"), Q("khoảng 38%", 38, "%", "approx"),
 Q("ít nhất 20 xã", 20, "xã", "over"), Q("85 người cao tuổi", 85, "người cao tuổi"), Q("10 suất quà", 10, "suất quà"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "05", "QĐ-UBND", "2021-01-12", "UBND xã", "Quyết định số 05/QĐ-UBND ngày 12/1/2021"),
 D("Hướng dẫn", "06", "HD-HNCT", None, "Ban Thường vụ Hội Người cao tuổi tỉnh", "Hướng dẫn số 06, 07/HD-HNCT"),
 D("Hướng dẫn", "07", "HD-HNCT", None, "Ban Thường vụ Hội Người cao tuổi tỉnh", "Hướng dẫn số 06, 07/HD-HNCT")],
[prov("Nghệ An"), com("Nghi Phong"), com("Châu Kim")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự › Xã hội › Người cao tuổi", "Các thành viên câu lạc bộ xã Châu Kim biểu diễn văn nghệ chào mừng.",
 "Người cao tuổi vui khỏe", "Ngân hàng Chính sách xã hội huyện Quế Phong"],
["Ngày 22/01/2021 | 16:30", "60 tuổi trở lên", "ít nhất 1 lần/tháng", "2 lần/năm", "67 tuổi", "năm 2021", "quý I"]))

PAGES.append(page("b8226-quangninh-nct-soket-2022", """
Trung tâm Truyền thông tỉnh Quảng Ninh
Xã hội / Người cao tuổi
Thứ Sáu, 15/07/2022, 17:20
Hơn 92% người cao tuổi được lập hồ sơ theo dõi sức khỏe
Ngày 14/7, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Dự hội nghị có đồng chí Hoàng Văn Thắng, TUV, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Đào Thị Thu Hương, Chủ tịch Hội Người cao tuổi tỉnh chủ trì.
Toàn cảnh hội nghị sơ kết.
6 tháng đầu năm, các cấp hội tiếp tục thực hiện Quyết định số 1697/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia về người cao tuổi giai đoạn 2021 - 2030 và Nghị quyết số 22/2021/NQ-HĐND của HĐND tỉnh về chính sách chúc thọ, mừng thọ người cao tuổi. Đến nay, hơn 92% người cao tuổi trong tỉnh được lập hồ sơ theo dõi sức khỏe; 148.600 lượt người cao tuổi được khám sức khỏe định kỳ, khám sàng lọc bệnh không lây nhiễm; 100% người cao tuổi có thẻ bảo hiểm y tế.
Các cấp hội đã tổ chức mừng thọ cho 7.845 cụ, trong đó có 68 cụ tròn 100 tuổi được nhận quà của Chủ tịch nước. Mức quà mừng thọ theo nghị quyết của HĐND tỉnh là 1 triệu đồng đối với cụ tròn 90 tuổi, 2 triệu đồng đối với cụ tròn 95 tuổi và 3 triệu đồng đối với cụ từ 100 tuổi. Tổng kinh phí chi mừng thọ 6 tháng gần 4,2 tỷ đồng.
Câu lạc bộ liên thế hệ tự giúp nhau tiếp tục được nhân rộng với 15 câu lạc bộ mới, nâng tổng số lên 213 câu lạc bộ, thu hút 10.650 thành viên. Theo bà Phạm Thị Lan Anh, Phó Chủ tịch - Tổng Thư ký Hội Người cao tuổi tỉnh, các câu lạc bộ đã cho 1.024 lượt thành viên vay vốn với tổng số tiền hơn 5,6 tỷ đồng, giúp 37 hộ thoát nghèo.
Tại hội nghị, bà Triệu Thị Mai, Chủ tịch Hội Người cao tuổi xã Đồng Văn, huyện Bình Liêu, chia sẻ cách vận động người cao tuổi Dao đi khám sức khỏe bằng cách lồng ghép vào buổi sinh hoạt chi hội. Ông Bàn Văn Hoa, Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau thôn Khe Tâm, xã Đồn Đạc, kiến nghị hỗ trợ thêm máy đo đường huyết cho các câu lạc bộ vùng cao.
Phát biểu tại hội nghị, đồng chí Hoàng Văn Thắng đề nghị 6 tháng cuối năm, Hội tập trung chuẩn bị tổ chức Tháng hành động vì người cao tuổi Việt Nam; phối hợp ngành y tế tiêm vắc xin phòng Covid-19 mũi 4 cho người cao tuổi, phấn đấu đạt trên 95%; thành lập thêm ít nhất 10 câu lạc bộ liên thế hệ ở các xã đặc biệt khó khăn.
Dịp này, Hội Người cao tuổi tỉnh khen thưởng 8 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác Hội 6 tháng đầu năm 2022.
Thu Trang
TIN CÙNG CHUYÊN MỤC
- Hạ Long: ra mắt câu lạc bộ dưỡng sinh phường Hồng Hải (05/07/2022)
- Đầm Hà tặng 100 thẻ bảo hiểm y tế cho người cao tuổi (20/06/2022)
- Khám mắt miễn phí cho người cao tuổi huyện Tiên Yên (08/06/2022)
""", "2022-07-15", "Hơn 92% người cao tuổi được lập hồ sơ theo dõi sức khỏe",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Hoàng Văn Thắng", "TUV", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đào Thị Thu Hương", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Phạm Thị Lan Anh", "Phó Chủ tịch - Tổng Thư ký Hội Người cao tuổi tỉnh"),
 P("Triệu Thị Mai", "Chủ tịch Hội Người cao tuổi xã Đồng Văn"),
 P("Bàn Văn Hoa", "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau thôn Khe Tâm")],
[Q("hơn 92%", 92, "%", "over"), Q("148.600 lượt người cao tuổi", 148600, "lượt người cao tuổi"), Q("100% người cao tuổi", 100, "%"),
 Q("7.845 cụ", 7845, "cụ"), Q("68 cụ", 68, "cụ"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("15 câu lạc bộ mới", 15, "câu lạc bộ mới"), Q("213 câu lạc bộ", 213, "câu lạc bộ"), Q("10.650 thành viên", 10650, "thành viên"),
 Q("1.024 lượt thành viên", 1024, "lượt thành viên"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("37 hộ", 37, "hộ"),
 Q("trên 95%", 95, "%", "over"), Q("ít nhất 10 câu lạc bộ liên thế hệ", 10, "câu lạc bộ liên thế hệ", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân có thành tích xuất sắc", 14, "cá nhân")],
[D("Quyết định", "1697", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1697/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "22", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 22/2021/NQ-HĐND")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Đồn Đạc")],
["Trung tâm Truyền thông tỉnh Quảng Ninh", "Xã hội / Người cao tuổi", "Toàn cảnh hội nghị sơ kết.",
 "Chương trình hành động quốc gia về người cao tuổi", "Tháng hành động vì người cao tuổi Việt Nam", "Chủ tịch nước"],
["Thứ Sáu, 15/07/2022, 17:20", "6 tháng đầu năm", "6 tháng cuối năm 2022", "2021 - 2030", "100 tuổi", "90 tuổi", "95 tuổi",
 "mũi 4", "Covid-19"]))

PAGES.append(page("b8227-kiengiang-nct-chuctho-2022", """
Báo Kiên Giang
Trang chủ - Dân tộc - Tôn giáo
12.04.2022 | 10:05
Chúc thọ, tặng quà 300 người cao tuổi Khmer dịp Tết Chôl Chnăm Thmây
Nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2022, từ ngày 10 đến 11/4, Ban Dân tộc tỉnh phối hợp với Hội Người cao tuổi tỉnh Kiên Giang tổ chức đoàn đến thăm, chúc Tết, chúc thọ và tặng 300 phần quà cho người cao tuổi đồng bào Khmer ở xã Vĩnh Hòa Hiệp (huyện Châu Thành) và xã Thạnh Lộc (huyện Giồng Riềng).
Ông Danh Sóc trao quà cho người cao tuổi xã Thạnh Lộc.
Đoàn do ông Danh Sóc, Phó Trưởng Ban Dân tộc tỉnh và bà Huỳnh Thị Sa Ly, Phó Chủ tịch Hội Người cao tuổi tỉnh làm trưởng đoàn. Mỗi phần quà trị giá 500.000 đồng, gồm tiền mặt, gạo và nhu yếu phẩm; riêng 25 cụ từ 90 tuổi trở lên được tặng thêm khăn choàng và 300.000 đồng. Tổng giá trị quà hơn 157 triệu đồng, trích từ nguồn kinh phí thực hiện Quyết định 2046, 2047/QĐ-UBND của UBND tỉnh về hỗ trợ đồng bào Khmer dịp Tết và về chính sách đối với người có uy tín.
Đoàn cũng đến thăm, chúc Tết 12 chùa Phật giáo Nam tông Khmer, tặng mỗi chùa 2 triệu đồng. Tại chùa Láng Cát, Hòa thượng Danh Đường, Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cảm ơn sự quan tâm của tỉnh và cho biết nhà chùa đang duy trì câu lạc bộ dưỡng sinh cho khoảng 60 người cao tuổi trong phum sóc tập luyện mỗi sáng.
Cụ Thị Ngọc, 96 tuổi, ở ấp Hòa Lợi, xã Vĩnh Hòa Hiệp, là người cao tuổi nhất được thăm trong đợt này. Cụ có 7 người con, 21 cháu và 9 chắt, nhiều năm liền là gia đình văn hóa. Ông Danh Phước Lợi, người có uy tín ấp Thạnh Phú, xã Thạnh Lộc, kiêm Chi hội trưởng Chi hội Người cao tuổi ấp, cho biết ấp có 142 người cao tuổi, 100% được cấp thẻ bảo hiểm y tế, đầu năm đã được Trạm Y tế xã khám sức khỏe miễn phí.
Theo ông Danh Sóc, toàn tỉnh có khoảng 38.000 người cao tuổi đồng bào Khmer, chiếm gần 14% tổng số người cao tuổi. Năm 2022, tỉnh đã cấp thẻ bảo hiểm y tế cho 100% người có uy tín và người từ đủ 80 tuổi trở lên; hỗ trợ xây mới 46 căn nhà cho người cao tuổi Khmer nghèo.
Dịp này, Câu lạc bộ liên thế hệ tự giúp nhau ấp Hòa Lợi đã ra mắt với 50 thành viên, do bà Danh Thị Sa Rên làm Chủ nhiệm. Câu lạc bộ sẽ sinh hoạt hằng tháng tại nhà văn hóa ấp, tổ chức đo huyết áp cho các cụ và thăm hỏi thành viên ốm đau.
Thanh Huyền
Tin liên quan
- Gặp mặt người có uy tín đồng bào Khmer năm 2022 (05/04/2022)
- Hòn Đất: mừng thọ người cao tuổi dịp Tết Nhâm Dần (25/01/2022)
- Trao 500 thẻ bảo hiểm y tế cho người cao tuổi nghèo (12/01/2022)
- Khám bệnh miễn phí cho đồng bào Khmer ở Gò Quao (20/12/2021)
- Hội Người cao tuổi tỉnh tổng kết công tác năm 2021 (28/12/2021)
""", "2022-04-12", "Chúc thọ, tặng quà 300 người cao tuổi Khmer dịp Tết Chôl Chnăm Thmây",
E("trao_qua", None, "2022-04-10"),
[P("Danh Sóc", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Huỳnh Thị Sa Ly", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Danh Đường", "Hòa thượng", "Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thị Ngọc"),
 P("Danh Phước Lợi", "người có uy tín ấp Thạnh Phú", "Chi hội trưởng Chi hội Người cao tuổi ấp"),
 P("Danh Thị Sa Rên", "Chủ nhiệm")],
[Q("300 phần quà", 300, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("25 cụ", 25, "cụ"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 157 triệu đồng", 157000000, "đồng", "over"), Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("khoảng 60 người cao tuổi", 60, "người cao tuổi", "approx"),
 Q("7 người con", 7, "người con"), Q("21 cháu", 21, "cháu"), Q("9 chắt", 9, "chắt"), Q("142 người cao tuổi", 142, "người cao tuổi"),
 Q("100% được cấp", 100, "%"), Q("khoảng 38.000 người cao tuổi", 38000, "người cao tuổi", "approx"), Q("gần 14%", 14, "%", "approx"),
 Q("100% người có uy tín", 100, "%"), Q("46 căn nhà", 46, "căn nhà"), Q("50 thành viên", 50, "thành viên")],
[D("Quyết định", "2046", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2046, 2047/QĐ-UBND"),
 D("Quyết định", "2047", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 2046, 2047/QĐ-UBND")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp"), com("Thạnh Lộc")],
["Báo Kiên Giang", "Trang chủ - Dân tộc - Tôn giáo", "Ông Danh Sóc trao quà cho người cao tuổi xã Thạnh Lộc.",
 "Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Láng Cát"],
["12.04.2022 | 10:05", "năm 2022", "90 tuổi trở lên", "96 tuổi", "đủ 80 tuổi trở lên", "Năm 2022"]))

PAGES.append(page("b8228-binhdinh-nct-tongket-2023", """
HỘI NGƯỜI CAO TUỔI TỈNH BÌNH ĐỊNH
Hôm nay: Thứ Bảy, 30/12/2023
Trang chủ » Tin tức » Hoạt động của Hội
2023-12-29 15:30
Tổng kết công tác Hội và phong trào người cao tuổi năm 2023
Sáng 28/12/2023, Ban Chấp hành Hội Người cao tuổi tỉnh Bình Định tổ chức hội nghị tổng kết công tác Hội và phong trào người cao tuổi năm 2023, triển khai nhiệm vụ năm 2024. Ông Nguyễn Văn Cảnh, Chủ tịch Hội Người cao tuổi tỉnh chủ trì; dự có bà Lê Thị Kim Chi, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2023, thực hiện Chỉ thị số 21-CT/TU ngày 6/6/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác người cao tuổi trong tình hình mới, các cấp hội đã phát triển thêm 6.420 hội viên mới, nâng tổng số hội viên lên 196.800 người, đạt 91,2% số người cao tuổi. Quỹ chăm sóc và phát huy vai trò người cao tuổi toàn tỉnh đạt 18,7 tỷ đồng.
Công tác chăm sóc sức khỏe có nhiều tiến bộ: 100% xã, phường, thị trấn duy trì lập hồ sơ theo dõi sức khỏe; 172.450 lượt người cao tuổi được khám sức khỏe định kỳ, khám sàng lọc bệnh tăng huyết áp, đái tháo đường; 1.236 cụ được mổ mắt miễn phí. Các cấp hội phối hợp tổ chức mừng thọ cho 14.380 cụ với tổng kinh phí khoảng 9,6 tỷ đồng, thực hiện theo Nghị quyết số 07/2022/NQ-HĐND của HĐND tỉnh.
Phong trào câu lạc bộ phát triển mạnh: toàn tỉnh có 1.143 câu lạc bộ dưỡng sinh, văn nghệ, thể thao và 159 câu lạc bộ liên thế hệ tự giúp nhau; 100% xã, phường, thị trấn có ít nhất một câu lạc bộ liên thế hệ. Các câu lạc bộ đã giúp 2.860 lượt người cao tuổi neo đơn, bệnh tật được chăm sóc tại nhà.
Các đồng chí Trần Đình Bảy, Nguyễn Thị Thanh Thủy - Phó Chủ tịch Hội Người cao tuổi tỉnh báo cáo tham luận về công tác vận động xây dựng quỹ và về mô hình chăm sóc người cao tuổi tại nhà. Tại hội nghị, ông Đinh Văn Nhiều, người Ba Na, Chủ tịch Hội Người cao tuổi xã Vĩnh Kim, huyện Vĩnh Thạnh, chia sẻ kinh nghiệm phối hợp với già làng vận động bà con đưa người già đi khám bệnh thay vì cúng bái. Bà Đinh Thị Bao, Chi hội trưởng Chi hội Người cao tuổi làng 2, xã An Toàn, đề nghị tăng mức hỗ trợ cho người cao tuổi vùng cao khi đi khám ở tuyến tỉnh.
Phát biểu chỉ đạo, bà Lê Thị Kim Chi đề nghị năm 2024 Hội tập trung thực hiện Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người cao tuổi trong xây dựng nông thôn mới và về củng cố tổ chức hội ở cơ sở; quan tâm chăm sóc sức khỏe người cao tuổi ở 3 huyện miền núi.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng bằng khen cho 4 tập thể, 6 cá nhân; Hội Người cao tuổi tỉnh tặng giấy khen cho 35 tập thể, 52 cá nhân.
Hoài Thu
Tin liên quan
- Hoài Nhơn mừng thọ 2.100 cụ cao tuổi (05/10/2023)
- Ra mắt câu lạc bộ liên thế hệ tự giúp nhau phường Nhơn Bình (22/09/2023)
- Tập huấn chăm sóc sức khỏe người cao tuổi tại nhà (18/08/2023)
""", "2023-12-29", "Tổng kết công tác Hội và phong trào người cao tuổi năm 2023",
E("tong_ket", "2023", "2023-12-28"),
[P("Nguyễn Văn Cảnh", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lê Thị Kim Chi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Bảy", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Thị Thanh Thủy", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Đinh Văn Nhiều", "Chủ tịch Hội Người cao tuổi xã Vĩnh Kim"),
 P("Đinh Thị Bao", "Chi hội trưởng Chi hội Người cao tuổi làng 2")],
[Q("6.420 hội viên mới", 6420, "hội viên mới"), Q("196.800 người", 196800, "người"), Q("91,2%", 91.2, "%"),
 Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("100% xã, phường, thị trấn duy trì", 100, "%"),
 Q("172.450 lượt người cao tuổi", 172450, "lượt người cao tuổi"), Q("1.236 cụ", 1236, "cụ"), Q("14.380 cụ", 14380, "cụ"),
 Q("khoảng 9,6 tỷ đồng", 9600000000, "đồng", "approx"),
 Q("1.143 câu lạc bộ dưỡng sinh, văn nghệ, thể thao", 1143, "câu lạc bộ dưỡng sinh, văn nghệ, thể thao"),
 Q("159 câu lạc bộ liên thế hệ tự giúp nhau", 159, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("100% xã, phường, thị trấn có", 100, "%"), Q("2.860 lượt người cao tuổi neo đơn, bệnh tật", 2860, "lượt người cao tuổi neo đơn, bệnh tật"),
 Q("3 huyện miền núi", 3, "huyện miền núi"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2022-06-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 6/6/2022"),
 D("Nghị quyết", "07", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2022/NQ-HĐND"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU")],
[prov("Bình Định"), com("Vĩnh Kim"), com("An Toàn")],
["HỘI NGƯỜI CAO TUỔI TỈNH BÌNH ĐỊNH", "Hôm nay: Thứ Bảy, 30/12/2023", "Trang chủ » Tin tức » Hoạt động của Hội",
 "Trung ương Hội Người cao tuổi Việt Nam"],
["Hôm nay: Thứ Bảy, 30/12/2023", "2023-12-29 15:30", "năm 2024", "ít nhất một câu lạc bộ liên thế hệ"]))

PAGES.append(page("b8229-dongthap-nct-giaoban-2024", """
ĐỒNG THÁP ONLINE
Xã hội > Đoàn thể
07/06/2024 08:00
Đẩy mạnh khám sàng lọc bệnh không lây nhiễm cho người cao tuổi
Ngày 6/6/2024, Thường trực Hội Người cao tuổi tỉnh Đồng Tháp tổ chức giao ban công tác Hội tháng 5/2024 với Thường trực hội người cao tuổi các huyện, thành phố. Ông Phạm Văn Sáu, Phó Chủ tịch Hội Người cao tuổi tỉnh chủ trì.
Ông Phạm Văn Sáu phát biểu tại buổi giao ban.
Trong tháng 5, các cấp hội phối hợp ngành y tế tổ chức khám sàng lọc tăng huyết áp, đái tháo đường cho 8.420 người cao tuổi; phát hiện mới 512 trường hợp tăng huyết áp và 136 trường hợp đái tháo đường, đã đưa vào quản lý tại trạm y tế. Thực hiện Kế hoạch số 145/KH-UBND ngày 28/3/2024 của UBND tỉnh về chăm sóc sức khỏe người cao tuổi năm 2024, đến nay 12/12 huyện, thành phố đã tổ chức khám định kỳ đợt 1, đạt khoảng 47% kế hoạch năm.
Trong tháng, Hội vận động được 1,26 tỷ đồng cho quỹ chăm sóc người cao tuổi; tặng 420 thẻ bảo hiểm y tế cho người cao tuổi thuộc hộ cận nghèo; thành lập mới 4 câu lạc bộ liên thế hệ tự giúp nhau, nâng tổng số lên 187 câu lạc bộ.
Ông Lê Văn Hai - Chủ tịch Hội Người cao tuổi thành phố Cao Lãnh cho biết câu lạc bộ dưỡng sinh phường Mỹ Phú duy trì 80 hội viên tập luyện mỗi sáng, đồng thời phối hợp với Trung tâm Y tế thành phố đo huyết áp miễn phí vào ngày 15 hằng tháng. Bà Nguyễn Thị Bé Tư, Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Tân Thuận Đông, kiến nghị có thêm nguồn vốn để các thành viên vay chăn nuôi, vì hiện mỗi thành viên chỉ vay được tối đa 5 triệu đồng.
BS. Trần Minh Thuận, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, lưu ý mùa nắng nóng người cao tuổi dễ bị sốc nhiệt, đột quỵ; đề nghị các chi hội hướng dẫn các cụ uống đủ nước, hạn chế ra đường từ 11 giờ đến 15 giờ.
Kết luận buổi giao ban, ông Phạm Văn Sáu yêu cầu tháng 6 các huyện hoàn thành rà soát danh sách người cao tuổi cô đơn; chuẩn bị hội nghị sơ kết 6 tháng đầu năm; thực hiện Công văn số 85/HNCT-VP của Thường trực Hội về việc đăng ký mô hình "Người cao tuổi vui khỏe, có ích"; triển khai thu thập ý kiến người cao tuổi góp ý dự thảo Luật Bảo hiểm xã hội (sửa đổi).
Dự kiến tháng 7, Hội sẽ tổ chức hội thi dưỡng sinh người cao tuổi cấp tỉnh với khoảng 200 diễn viên đến từ 12 đội.
Kim Ngân
Các tin khác
- Tháp Mười mừng thọ 1.400 cụ cao tuổi (30/05/2024)
- Giao ban công tác Hội tháng 4/2024 (07/05/2024)
- Hội Người cao tuổi tỉnh tập huấn nghiệp vụ năm 2024 (17/04/2024)
- Châu Thành ra mắt câu lạc bộ liên thế hệ xã An Khánh (05/04/2024)
- Lai Vung: khám mắt miễn phí cho 350 người cao tuổi (22/03/2024)
""", "2024-06-07", "Đẩy mạnh khám sàng lọc bệnh không lây nhiễm cho người cao tuổi",
E("giao_ban", "2024-05", "2024-06-06"),
[P("Phạm Văn Sáu", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Lê Văn Hai", "Chủ tịch Hội Người cao tuổi thành phố Cao Lãnh"),
 P("Nguyễn Thị Bé Tư", "Chủ nhiệm Câu lạc bộ liên thế hệ tự giúp nhau xã Tân Thuận Đông"),
 P("Trần Minh Thuận", "BS.", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh")],
[Q("8.420 người cao tuổi", 8420, "người cao tuổi"), Q("512 trường hợp", 512, "trường hợp"), Q("136 trường hợp", 136, "trường hợp"),
 Q("12/12 huyện, thành phố", 12, "huyện, thành phố"), Q("khoảng 47%", 47, "%", "approx"), Q("1,26 tỷ đồng", 1260000000, "đồng"),
 Q("420 thẻ bảo hiểm y tế", 420, "thẻ bảo hiểm y tế"), Q("4 câu lạc bộ liên thế hệ tự giúp nhau", 4, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("187 câu lạc bộ", 187, "câu lạc bộ"), Q("80 hội viên", 80, "hội viên"), Q("tối đa 5 triệu đồng", 5000000, "đồng"),
 Q("khoảng 200 diễn viên", 200, "diễn viên", "approx"), Q("12 đội", 12, "đội")],
[D("Kế hoạch", "145", "KH-UBND", "2024-03-28", "UBND tỉnh", "Kế hoạch số 145/KH-UBND ngày 28/3/2024"),
 D("Công văn", "85", "HNCT-VP", None, "Thường trực Hội", "Công văn số 85/HNCT-VP")],
[prov("Đồng Tháp"), com("Mỹ Phú"), com("Tân Thuận Đông")],
["ĐỒNG THÁP ONLINE", "Xã hội > Đoàn thể", "Ông Phạm Văn Sáu phát biểu tại buổi giao ban.", "Người cao tuổi vui khỏe, có ích",
 "Luật Bảo hiểm xã hội"],
["07/06/2024 08:00", "tháng 5/2024", "Trong tháng 5", "năm 2024", "đợt 1", "ngày 15 hằng tháng", "từ 11 giờ đến 15 giờ",
 "6 tháng đầu năm", "tháng 6", "tháng 7"]))

PAGES.append(page("b8230-thuathienhue-nct-hoinghi-2024", """
Cổng thông tin điện tử tỉnh Thừa Thiên Huế
Vị trí: Trang chủ | Tin tức | Văn hóa - Xã hội
Thứ Sáu, 04/10/2024
Ký kết phối hợp chăm sóc sức khỏe ban đầu cho người cao tuổi
Toàn cảnh hội nghị. Ảnh: Hữu Phúc
Chiều 3/10, Hội Người cao tuổi tỉnh và Sở Y tế tổ chức hội nghị ký kết Quy chế phối hợp số 02/QCPH-HNCT-SYT về chăm sóc sức khỏe ban đầu cho người cao tuổi năm 2024 và giai đoạn đến năm 2026. Dự có đồng chí Hồ Văn Lanh, TUV, Phó Chủ tịch UBND tỉnh; ông Phan Ngọc Thọ, Chủ tịch Hội Người cao tuổi tỉnh và BSCKII. Nguyễn Đình Hiếu, Giám đốc Sở Y tế.
Theo quy chế, Sở Y tế chỉ đạo 145 trạm y tế xã, phường, thị trấn lập hồ sơ quản lý sức khỏe điện tử cho người cao tuổi, tổ chức khám sức khỏe định kỳ ít nhất 1 lần/năm; các bệnh viện tuyến tỉnh bố trí khoa hoặc buồng khám lão khoa. Hội Người cao tuổi có trách nhiệm tuyên truyền, vận động hội viên đi khám, tham gia bảo hiểm y tế và sinh hoạt trong các câu lạc bộ dưỡng sinh, câu lạc bộ liên thế hệ tự giúp nhau.
Hiện toàn tỉnh có gần 150.000 người cao tuổi, chiếm khoảng 13% dân số, trong đó hơn 12.000 người từ 80 tuổi trở lên. Trong 9 tháng năm 2024, ngành y tế đã khám sức khỏe cho 96.700 lượt người cao tuổi, đạt 64,5%; phát hiện và quản lý 18.300 người mắc bệnh tăng huyết áp. Theo Nghị quyết số 31/2023/NQ-HĐND của HĐND tỉnh, người cao tuổi từ đủ 75 đến dưới 80 tuổi thuộc hộ cận nghèo được hỗ trợ 100% mệnh giá thẻ bảo hiểm y tế.
Tại hội nghị, ông Kăn Sương, người Tà Ôi, Chủ tịch Hội Người cao tuổi xã Hồng Thượng, huyện A Lưới, cho biết năm qua xã phối hợp Trung tâm Y tế huyện đưa bác sĩ về tận thôn khám cho 230 cụ. Bà Hồ Thị Hạnh, Phó Chủ tịch Hội Người cao tuổi huyện A Lưới, kiến nghị trang bị thêm máy đo đường huyết cho các chi hội vùng cao. Bà Lê Thị Ảo, Chủ nhiệm Câu lạc bộ dưỡng sinh phường Kim Long, đề xuất mời bác sĩ y học cổ truyền hướng dẫn các bài tập phòng đột quỵ.
Phát biểu tại hội nghị, đồng chí Hồ Văn Lanh đề nghị hai ngành sớm cụ thể hóa quy chế thành kế hoạch hằng năm, phấn đấu đến năm 2026 có trên 90% người cao tuổi được quản lý sức khỏe, 100% trạm y tế có góc truyền thông về sức khỏe người cao tuổi. UBND tỉnh sẽ bố trí khoảng 2,5 tỷ đồng mỗi năm cho các hoạt động này.
Cũng tại hội nghị, Hội Người cao tuổi tỉnh trao 30 máy đo huyết áp điện tử cho 30 chi hội khó khăn, trị giá mỗi máy 850.000 đồng.
Hữu Phúc
Bài viết liên quan
- Mừng thọ người cao tuổi nhân Ngày Quốc tế Người cao tuổi (01/10/2024)
- Phú Vang: ra mắt câu lạc bộ liên thế hệ tự giúp nhau (19/09/2024)
- Khám mắt miễn phí cho người cao tuổi A Lưới (28/08/2024)
""", "2024-10-04", "Ký kết phối hợp chăm sóc sức khỏe ban đầu cho người cao tuổi",
E("hoi_nghi", "2024", "2024-10-03"),
[P("Hồ Văn Lanh", "TUV", "Phó Chủ tịch UBND tỉnh"),
 P("Phan Ngọc Thọ", "Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Đình Hiếu", "BSCKII.", "Giám đốc Sở Y tế"),
 P("Kăn Sương", "Chủ tịch Hội Người cao tuổi xã Hồng Thượng"),
 P("Hồ Thị Hạnh", "Phó Chủ tịch Hội Người cao tuổi huyện A Lưới"),
 P("Lê Thị Ảo", "Chủ nhiệm Câu lạc bộ dưỡng sinh phường Kim Long")],
[Q("145 trạm y tế xã, phường, thị trấn", 145, "trạm y tế xã, phường, thị trấn"), Q("gần 150.000 người cao tuổi", 150000, "người cao tuổi", "approx"),
 Q("khoảng 13%", 13, "%", "approx"), Q("hơn 12.000 người", 12000, "người", "over"),
 Q("96.700 lượt người cao tuổi", 96700, "lượt người cao tuổi"), Q("64,5%", 64.5, "%"), Q("18.300 người", 18300, "người"),
 Q("100% mệnh giá", 100, "%"), Q("230 cụ", 230, "cụ"), Q("trên 90%", 90, "%", "over"), Q("100% trạm y tế", 100, "%"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("30 máy đo huyết áp điện tử", 30, "máy đo huyết áp điện tử"),
 Q("30 chi hội khó khăn", 30, "chi hội khó khăn"), Q("850.000 đồng", 850000, "đồng")],
[D("Quy chế phối hợp", "02", "QCPH-HNCT-SYT", None, None, "Quy chế phối hợp số 02/QCPH-HNCT-SYT"),
 D("Nghị quyết", "31", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 31/2023/NQ-HĐND")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("Kim Long")],
["Cổng thông tin điện tử tỉnh Thừa Thiên Huế", "Vị trí: Trang chủ | Tin tức | Văn hóa - Xã hội", "Toàn cảnh hội nghị. Ảnh: Hữu Phúc"],
["Thứ Sáu, 04/10/2024", "năm 2024", "năm 2026", "ít nhất 1 lần/năm", "80 tuổi trở lên", "9 tháng năm 2024", "từ đủ 75 đến dưới 80 tuổi", "năm qua"]))
