from lib import *
PAGES = []

PAGES.append(page("b2777-travinh-hnd-traoqua-2022", """
Cổng Thông tin điện tử tỉnh Trà Vinh
Trang chủ >> Tin tức - Sự kiện >> Hoạt động các đoàn thể
Ngày đăng 20/01/2022 | 08:45
Trao 350 phần quà Tết cho hội viên nông dân khó khăn
Ngày 19/01/2022, Hội Nông dân tỉnh Trà Vinh phối hợp với Quỹ Bảo trợ nông dân Việt Nam và các nhà hảo tâm tổ chức trao 350 phần quà Tết Nhâm Dần cho hội viên nông dân có hoàn cảnh khó khăn tại các huyện Cầu Kè, Trà Cú và Châu Thành, trong đó có 210 hộ đồng bào Khmer. Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá hơn 290 triệu đồng.
Bà Thạch Thị Thu Hằng (bìa trái) trao quà cho hội viên tại xã Ngãi Xuyên.
Đến dự và trao quà có bà Thạch Thị Thu Hằng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh; ông Kim Ngọc Thái, Phó Chủ tịch Hội Nông dân tỉnh; đại diện lãnh đạo Huyện ủy, UBND các huyện.
Tại điểm trao quà xã Ngãi Xuyên, huyện Trà Cú, bà Thạch Thị Thu Hằng thăm hỏi tình hình sản xuất, đời sống của bà con sau thời gian ảnh hưởng của dịch Covid-19 và hạn mặn. Bà cho biết năm 2021, Hội Nông dân tỉnh đã vận động được hơn 2,1 tỷ đồng để hỗ trợ hội viên khó khăn; xây dựng, sửa chữa 46 căn nhà "Mái ấm nông dân"; giải ngân 4,8 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 263 hộ vay nuôi bò, trồng màu.
Ông Sơn Sà Rết, 68 tuổi, ở ấp Con Lọp, xã Ngãi Xuyên, xúc động: "Năm nay nhà tui có thêm con bò nhờ vốn Hội cho vay, giờ được thêm phần quà Tết nữa, bà con rất vui". Cùng ấp, bà Kim Thị Sa Phol, hội viên chi hội ấp Con Lọp, cho biết gia đình được Hội hướng dẫn trồng đậu phộng xen mía, thu nhập ổn định hơn trước.
Tại huyện Cầu Kè, ông Kim Ngọc Thái trao 120 phần quà cho hội viên các xã Phong Thạnh, Châu Điền; đồng thời trao 5 con bò giống cho 5 hộ nghèo trị giá 15 triệu đồng/con, từ nguồn vận động của Quỹ Bảo trợ nông dân Việt Nam. Ông Thạch Sô Phanh, Chủ tịch Hội Nông dân huyện Cầu Kè, cho biết số hộ được nhận bò đều đã qua lớp tập huấn kỹ thuật chăn nuôi và cam kết nhân rộng con giống cho hộ khác trong chi hội.
Dịp Tết Nguyên đán năm nay, các cấp Hội trong tỉnh dự kiến trao khoảng 3.000 phần quà cho hội viên khó khăn, gia đình chính sách, hộ bị ảnh hưởng bởi dịch bệnh, với tổng kinh phí khoảng 1,5 tỷ đồng. Hội cũng triển khai Kế hoạch số 112-KH/HNDT ngày 3/12/2021 của Ban Thường vụ Hội Nông dân tỉnh về chăm lo Tết cho hội viên nông dân năm 2022.
Hữu Thọ (Cổng TTĐT)
Tin khác
- Hội Nông dân tỉnh giao ban công tác quý IV/2021 (10/01/2022)
- Châu Thành: ra mắt tổ hợp tác trồng dừa sáp (05/01/2022)
- Trà Cú: nông dân Khmer trồng đậu phộng (28/12/2021)
- Tiểu Cần: hội viên nông dân chung tay làm đường giao thông (20/12/2021)
""", "2022-01-20", "Trao 350 phần quà Tết cho hội viên nông dân khó khăn",
E("trao_qua", None, "2022-01-19"),
[P("Thạch Thị Thu Hằng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"), P("Kim Ngọc Thái", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Sơn Sà Rết"), P("Kim Thị Sa Phol", "hội viên chi hội ấp Con Lọp"), P("Thạch Sô Phanh", "Chủ tịch Hội Nông dân huyện Cầu Kè")],
[Q("350 phần quà", 350, "phần quà"), Q("210 hộ đồng bào Khmer", 210, "hộ đồng bào Khmer"), Q("10 kg", 10, "kg"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 290 triệu đồng", 290000000, "đồng", "over"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("46 căn nhà", 46, "căn nhà"), Q("4,8 tỷ đồng", 4800000000, "đồng"), Q("263 hộ", 263, "hộ"), Q("120 phần quà", 120, "phần quà"),
 Q("5 con bò giống", 5, "con bò giống"), Q("5 hộ nghèo", 5, "hộ nghèo"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("khoảng 3.000 phần quà", 3000, "phần quà", "approx"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx")],
[D("Kế hoạch", "112", "KH/HNDT", "2021-12-03", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 112-KH/HNDT ngày 3/12/2021")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Phong Thạnh"), com("Châu Điền")],
["Cổng Thông tin điện tử tỉnh Trà Vinh", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động các đoàn thể",
 "Bà Thạch Thị Thu Hằng (bìa trái) trao quà cho hội viên tại xã Ngãi Xuyên.", "Mái ấm nông dân", "Quỹ Bảo trợ nông dân Việt Nam", "Covid-19"],
["Ngày đăng 20/01/2022 | 08:45", "Tết Nhâm Dần", "năm 2021", "68 tuổi", "năm 2022", "Covid-19"]))

PAGES.append(page("b2778-kontum-taphuan-htx-ocop-2023", """
BÁO KON TUM ĐIỆN TỬ
Kinh tế › Nông nghiệp - Nông thôn
2023-05-11 15:20
Nâng cao năng lực cho cán bộ Hội và chủ thể OCOP vùng đồng bào dân tộc thiểu số
Từ ngày 9 đến 10/5, Hội Nông dân tỉnh phối hợp với Liên minh Hợp tác xã tỉnh mở lớp tập huấn năm 2023 về phát triển kinh tế tập thể và sản phẩm OCOP cho 70 học viên là cán bộ Hội Nông dân cơ sở, thành viên hội đồng quản trị hợp tác xã và chủ thể OCOP ở các huyện Đăk Glei, Tu Mơ Rông, Kon Plông, Sa Thầy.
Học viên người Xơ Đăng thảo luận nhóm tại lớp tập huấn.
Khai mạc lớp học, ông A Pót, Chủ tịch Hội Nông dân tỉnh, cho biết toàn tỉnh hiện có 97 sản phẩm OCOP đạt từ 3 sao, trong đó 31 sản phẩm do hội viên nông dân và hợp tác xã có thành viên là hội viên làm chủ thể, như sâm Ngọc Linh, rượu ghè, cà phê xứ lạnh, mật ong rừng, chuối mốc sấy. Tuy nhiên, phần lớn chủ thể ở vùng sâu, vùng xa còn thiếu kỹ năng xây dựng hồ sơ, quản lý chất lượng và tiếp cận thị trường.
Trong 2 ngày, học viên được giảng viên Trường Đại học Đà Nẵng - Phân hiệu Kon Tum giới thiệu Luật Hợp tác xã năm 2012, Quyết định số 919/QĐ-TTg ngày 1/8/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2021 - 2025 và Quyết định số 148/QĐ-TTg ngày 24/2/2023 về Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP; hướng dẫn xây dựng câu chuyện sản phẩm, bán hàng qua mạng xã hội.
Học viên cũng được giới thiệu dự thảo Nghị định về thành lập, tổ chức và hoạt động của Quỹ hỗ trợ nông dân đang được lấy ý kiến; hiện tổng nguồn vốn Quỹ hỗ trợ nông dân của tỉnh đạt 24,6 tỷ đồng, đang cho 718 hộ vay để trồng sâm dây, nuôi heo rừng lai, trồng cà phê xen cây ăn quả.
Chị Y Thảo, người Xơ Đăng, thành viên Hợp tác xã Nông nghiệp Ngọc Lây, xã Ngọc Lây, huyện Tu Mơ Rông chia sẻ: "Lớp học giúp tôi biết cách làm tem truy xuất nguồn gốc cho sâm dây và biết kể câu chuyện về làng mình". Anh A Hoan, Phó Chủ tịch Hội Nông dân xã Đăk Choong, huyện Đăk Glei, cho biết xã đang vận động 25 hộ trồng mới khoảng 12 ha sâm dây dưới tán rừng.
Phát biểu bế giảng, bà Y Ngọc Hoa, Phó Chủ tịch Hội Nông dân tỉnh, đề nghị học viên về địa phương hướng dẫn lại cho hội viên, phấn đấu năm 2023 mỗi huyện có ít nhất 2 sản phẩm OCOP mới do hội viên làm chủ thể. Hội Nông dân tỉnh sẽ hỗ trợ kinh phí 20 triệu đồng/sản phẩm cho việc thiết kế nhãn mác, bao bì.
Kết thúc lớp học, 70 học viên được cấp giấy chứng nhận hoàn thành khóa tập huấn.
Ngọc Tấn
Tin cùng chuyên mục
- Kon Plông: nông dân trồng rau ôn đới (03/05/2023)
- Hội Nông dân tỉnh sơ kết quý I năm 2023 (14/04/2023)
- Ngọc Linh: người dân tham gia bảo vệ vùng sâm (05/04/2023)
""", "2023-05-11", "Nâng cao năng lực cho cán bộ Hội và chủ thể OCOP vùng đồng bào dân tộc thiểu số",
E("tap_huan", "2023", "2023-05-09"),
[P("A Pót", "Chủ tịch Hội Nông dân tỉnh"), P("Y Thảo", "thành viên Hợp tác xã Nông nghiệp Ngọc Lây"),
 P("A Hoan", "Phó Chủ tịch Hội Nông dân xã Đăk Choong"), P("Y Ngọc Hoa", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("70 học viên", 70, "học viên"), Q("97 sản phẩm OCOP", 97, "sản phẩm OCOP"), Q("31 sản phẩm", 31, "sản phẩm"),
 Q("24,6 tỷ đồng", 24600000000, "đồng"), Q("718 hộ", 718, "hộ"), Q("25 hộ", 25, "hộ"), Q("khoảng 12 ha", 12, "ha", "approx"),
 Q("ít nhất 2 sản phẩm OCOP mới", 2, "sản phẩm OCOP mới", "over"), Q("20 triệu đồng", 20000000, "đồng")],
[D("Quyết định", "919", "QĐ-TTg", "2022-08-01", "Thủ tướng Chính phủ", "Quyết định số 919/QĐ-TTg ngày 1/8/2022"),
 D("Quyết định", "148", "QĐ-TTg", "2023-02-24", None, "Quyết định số 148/QĐ-TTg ngày 24/2/2023")],
[prov("Kon Tum"), com("Ngọc Lây"), com("Đăk Choong")],
["BÁO KON TUM ĐIỆN TỬ", "Kinh tế › Nông nghiệp - Nông thôn", "Học viên người Xơ Đăng thảo luận nhóm tại lớp tập huấn.",
 "Luật Hợp tác xã năm 2012", "Chương trình mỗi xã một sản phẩm", "Trường Đại học Đà Nẵng - Phân hiệu Kon Tum"],
["2023-05-11 15:20", "năm 2023", "2 ngày", "3 sao", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b2779-thanhhoa-xa-baocao-hnd-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CAO - HUYỆN BÁ THƯỚC - TỈNH THANH HÓA
Trang chủ / Tin tức / Mặt trận và các đoàn thể
Thứ Ba, 12/12/2023
Hội Nông dân xã báo cáo kết quả công tác Hội năm 2023
Ngày 11/12/2023, Ban Chấp hành Hội Nông dân xã Lũng Cao ban hành Báo cáo số 28/BC-HND về kết quả công tác Hội và phong trào nông dân năm 2023, phương hướng nhiệm vụ năm 2024. Báo cáo đã được gửi Đảng ủy, UBND xã và Hội Nông dân huyện Bá Thước. Cổng thông tin điện tử xã trích đăng những nội dung chính.
Về tổ chức Hội: toàn xã có 9 chi hội với 1.126 hội viên, trong năm kết nạp 38 hội viên mới; 100% chi hội tổ chức sinh hoạt định kỳ. Hội viên chủ yếu là đồng bào Thái, Mường, Dao sinh sống ở các bản Son, Bá, Mười, Cao Hòa.
Về phong trào sản xuất kinh doanh giỏi: có 412 hộ đăng ký, bình xét được 263 hộ đạt danh hiệu các cấp, trong đó 4 hộ cấp tỉnh, 17 hộ cấp huyện. Tiêu biểu là hộ ông Hà Văn Lự, bản Son, thu nhập khoảng 450 triệu đồng/năm từ du lịch cộng đồng và nuôi cá suối; hộ bà Lò Thị Mai, bản Bá, với mô hình dệt thổ cẩm và trồng lúa nếp cẩm.
Về Quỹ hỗ trợ nông dân: Hội quản lý 2 dự án với 400 triệu đồng cho 16 hộ vay nuôi bò, nuôi dê; phối hợp Ngân hàng Chính sách xã hội duy trì 6 tổ tiết kiệm và vay vốn với dư nợ 18,7 tỷ đồng, nợ quá hạn 0,12%. Hội đã vận động thành lập Hợp tác xã dịch vụ du lịch cộng đồng Lũng Cao với 15 thành viên; sản phẩm gạo nếp cẩm Lũng Cao đang được hoàn thiện hồ sơ để đánh giá OCOP 3 sao.
Về giám sát, phản biện và đối thoại: Hội tham gia giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại 3 bản; phối hợp tổ chức 1 hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân, tiếp nhận 12 ý kiến.
Về tham gia xây dựng nông thôn mới: hội viên đã hiến 1.250 m2 đất, đóng góp 3.400 ngày công làm 2,6 km đường bê tông nội bản và kênh mương nội đồng; phối hợp ra quân vệ sinh môi trường hằng tháng, giúp xã giữ vững các tiêu chí nông thôn mới theo quy định của tỉnh Thanh Hóa.
Hạn chế: một số chi hội sinh hoạt còn hình thức; nguồn vốn Quỹ hỗ trợ nông dân nhỏ; hội viên còn e ngại khi vay vốn mở rộng sản xuất.
Năm 2024, Hội phấn đấu kết nạp 30 hội viên trở lên, tăng Quỹ hỗ trợ nông dân thêm 100 triệu đồng, thực hiện Nghị quyết số 05-NQ/ĐU ngày 20/1/2023 của Đảng ủy xã về phát triển du lịch cộng đồng gắn với sản phẩm OCOP.
Báo cáo do ông Hà Văn Thắm, Chủ tịch Hội Nông dân xã ký.
Người đăng: Lương Thị Huệ - Văn phòng UBND xã
Lượt truy cập: 12.804
Tin liên quan
- Đảng ủy xã tổng kết công tác năm 2023 (08/12/2023)
- Hội nghị đối thoại giữa Chủ tịch UBND xã với nông dân (16/10/2023)
- Ra mắt Hợp tác xã dịch vụ du lịch cộng đồng Lũng Cao (21/08/2023)
- Bản Son đón đoàn khách du lịch nước ngoài (03/07/2023)
""", "2023-12-12", "Hội Nông dân xã báo cáo kết quả công tác Hội năm 2023",
E("bao_cao", "2023", "2023-12-11"),
[P("Hà Văn Lự"), P("Lò Thị Mai"), P("Hà Văn Thắm", "Chủ tịch Hội Nông dân xã")],
[Q("9 chi hội", 9, "chi hội"), Q("1.126 hội viên", 1126, "hội viên"), Q("38 hội viên mới", 38, "hội viên mới"), Q("100%", 100, "%"),
 Q("412 hộ", 412, "hộ"), Q("263 hộ", 263, "hộ"), Q("4 hộ cấp tỉnh", 4, "hộ cấp tỉnh"), Q("17 hộ cấp huyện", 17, "hộ cấp huyện"),
 Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("2 dự án", 2, "dự án"), Q("400 triệu đồng", 400000000, "đồng"),
 Q("16 hộ", 16, "hộ"), Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"), Q("18,7 tỷ đồng", 18700000000, "đồng"),
 Q("0,12%", 0.12, "%"), Q("1.250 m2", 1250, "m2"), Q("3.400 ngày công", 3400, "ngày công"), Q("2,6 km", 2.6, "km"), Q("15 thành viên", 15, "thành viên"), Q("3 bản", 3, "bản"), Q("12 ý kiến", 12, "ý kiến"),
 Q("30 hội viên", 30, "hội viên", "over"), Q("100 triệu đồng", 100000000, "đồng")],
[D("Báo cáo", "28", "BC-HND", "2023-12-11", "Ban Chấp hành Hội Nông dân xã Lũng Cao", "Báo cáo số 28/BC-HND"),
 D("Nghị quyết", "05", "NQ/ĐU", "2023-01-20", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 20/1/2023")],
[prov("Thanh Hóa"), com("Lũng Cao")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ LŨNG CAO - HUYỆN BÁ THƯỚC - TỈNH THANH HÓA", "Trang chủ / Tin tức / Mặt trận và các đoàn thể",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt truy cập: 12.804",
 "Hợp tác xã dịch vụ du lịch cộng đồng Lũng Cao"],
["Thứ Ba, 12/12/2023", "năm 2023", "năm 2024", "Năm 2024", "3 sao", "1 hội nghị đối thoại", "Lượt truy cập: 12.804"]))

PAGES.append(page("b2780-ninhthuan-hnd-soket-2024", """
Báo Ninh Thuận - Cơ quan của Đảng bộ tỉnh Ninh Thuận
Chính trị - Xã hội / Mặt trận - Đoàn thể
Cập nhật: 19/07/2024 - 10:30
Hội Nông dân tỉnh sơ kết công tác 6 tháng đầu năm 2024
Ngày 18/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Đàng Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu chỉ đạo. Chủ trì hội nghị có đồng chí Pinăng Thị Thủy, Chủ tịch Hội Nông dân tỉnh.
Quang cảnh hội nghị. Ảnh: Văn Miên
6 tháng đầu năm, các cấp Hội đã kết nạp 862 hội viên mới; toàn tỉnh có 19.640 hộ đăng ký danh hiệu nông dân sản xuất kinh doanh giỏi. Quỹ hỗ trợ nông dân các cấp tăng trưởng 1,9 tỷ đồng, tổng nguồn vốn đạt 35,2 tỷ đồng; giải ngân mới 31 dự án với 3,8 tỷ đồng cho 196 hộ vay. Thực hiện Nghị định số 37/2023/NĐ-CP ngày 24/6/2023 của Chính phủ về thành lập, tổ chức và hoạt động của Quỹ hỗ trợ nông dân, Hội đã rà soát, kiện toàn bộ máy Quỹ ở 7 huyện, thành phố.
Hội phối hợp tổ chức 58 lớp tập huấn khoa học kỹ thuật cho hơn 2.900 lượt hội viên; hỗ trợ 5 hợp tác xã hoàn thiện hồ sơ OCOP, trong đó sản phẩm nho sấy, tỏi Phan Rang, măng tây xanh đạt 4 sao. Hội cũng phối hợp giải quyết 9 vụ việc tranh chấp đất sản xuất giữa các hộ nông dân ở huyện Thuận Bắc, Bác Ái.
Tại hội nghị, bà Chamaléa Thị Đào, Chủ tịch Hội Nông dân xã Phước Bình, huyện Bác Ái, cho biết đồng bào Raglai đã vay vốn Quỹ để trồng điều ghép, nuôi dê, nhiều hộ thoát nghèo. Ông Thông Minh Sỹ, Chủ tịch Hội Nông dân xã Phước Nam, huyện Thuận Nam, kiến nghị có giải pháp cấp nước tưới cho vùng khô hạn. Bà Quảng Thị Kiều, hội viên thôn Văn Lâm, đề nghị hỗ trợ nông dân Chăm làm gốm, dệt liên kết du lịch.
Phát biểu chỉ đạo, đồng chí Đàng Thị Mỹ Hạnh đề nghị các cấp Hội tiếp tục quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân, nông thôn; chủ động tham gia Chương trình mục tiêu quốc gia giảm nghèo bền vững; chuẩn bị tốt hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2024.
Dịp này, Hội Nông dân tỉnh khen thưởng 6 tập thể, 11 cá nhân có thành tích xuất sắc trong 6 tháng đầu năm.
Nhiều đại biểu cho rằng mức cho vay tối đa của Quỹ còn thấp so với nhu cầu đầu tư trồng nho, táo và nuôi dê, cừu theo hướng trang trại; một số chi hội ở vùng đồng bào dân tộc thiểu số còn lúng túng trong lập phương án sản xuất. Hội Nông dân tỉnh cho biết sẽ phối hợp ngành nông nghiệp hướng dẫn cụ thể ngay trong quý III.
Phương Anh
Tin liên quan
- Ninh Phước: nông dân Chăm thu hoạch nho vụ hè (12/07/2024)
- Bác Ái: giải ngân vốn Quỹ hỗ trợ nông dân cho hộ Raglai (04/07/2024)
- Hội thi "Nhà nông đua tài" huyện Ninh Sơn (26/06/2024)
""", "2024-07-19", "Hội Nông dân tỉnh sơ kết công tác 6 tháng đầu năm 2024",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Đàng Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pinăng Thị Thủy", "Chủ tịch Hội Nông dân tỉnh"), P("Chamaléa Thị Đào", "Chủ tịch Hội Nông dân xã Phước Bình"),
 P("Thông Minh Sỹ", "Chủ tịch Hội Nông dân xã Phước Nam"), P("Quảng Thị Kiều", "hội viên thôn Văn Lâm")],
[Q("862 hội viên mới", 862, "hội viên mới"), Q("19.640 hộ", 19640, "hộ"), Q("1,9 tỷ đồng", 1900000000, "đồng"),
 Q("35,2 tỷ đồng", 35200000000, "đồng"), Q("31 dự án", 31, "dự án"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("196 hộ", 196, "hộ"),
 Q("7 huyện, thành phố", 7, "huyện, thành phố"), Q("58 lớp tập huấn khoa học kỹ thuật", 58, "lớp tập huấn khoa học kỹ thuật"),
 Q("hơn 2.900 lượt hội viên", 2900, "lượt hội viên", "over"), Q("5 hợp tác xã", 5, "hợp tác xã"),
 Q("9 vụ việc tranh chấp đất sản xuất", 9, "vụ việc tranh chấp đất sản xuất"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị định", "37", "2023/NĐ-CP", "2023-06-24", "Chính phủ", "Nghị định số 37/2023/NĐ-CP ngày 24/6/2023"),
 D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Hội nghị Trung ương 5 khóa XIII", "Nghị quyết số 19-NQ/TW ngày 16/6/2022")],
[prov("Ninh Thuận"), com("Phước Bình"), com("Phước Nam")],
["Báo Ninh Thuận - Cơ quan của Đảng bộ tỉnh Ninh Thuận", "Chính trị - Xã hội / Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Văn Miên",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững"],
["Cập nhật: 19/07/2024 - 10:30", "6 tháng đầu năm", "6 tháng cuối năm 2024", "4 sao", "khóa XIII", "năm 2024", "quý III"]))

PAGES.append(page("b2781-dienbien-toadam-ocop-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ › Kinh tế › Nông nghiệp
Thứ Năm, 26/09/2024 | 14:05
Đại biểu tham quan gian hàng sản phẩm OCOP của hội viên nông dân.
Để nông sản vùng cao có chỗ đứng trên thị trường
Sáng 25/9, Hội Nông dân tỉnh tổ chức hội nghị tọa đàm "Nông dân với sản phẩm OCOP" năm 2024 với sự tham gia của 120 đại biểu là cán bộ Hội, chủ thể OCOP, giám đốc hợp tác xã và đại diện doanh nghiệp. Đồng chí Lò Văn Hặc, Phó Chủ tịch UBND tỉnh; đồng chí Lò Văn Pâng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh dự và chủ trì.
Theo báo cáo, đến nay Điện Biên có 96 sản phẩm OCOP, trong đó 41 sản phẩm do hội viên nông dân, tổ hợp tác và hợp tác xã của Hội làm chủ thể, như gạo Séng Cù Mường Thanh, cà phê Mường Ảng, chè Shan tuyết Tủa Chùa, thịt trâu gác bếp. Quỹ hỗ trợ nông dân tỉnh đã dành 12,3 tỷ đồng cho các dự án gắn với sản phẩm OCOP, giúp 470 hộ mở rộng sản xuất.
Tại tọa đàm, bà Lường Thị Ánh, Giám đốc Hợp tác xã Nông nghiệp Thanh Yên, xã Thanh Yên, huyện Điện Biên cho biết hợp tác xã có 54 thành viên, liên kết với hơn 300 hộ trồng lúa Séng Cù trên diện tích khoảng 200 ha, sản lượng 1.200 tấn/năm. Ông Giàng A Chu, người Mông ở bản Huổi Só, xã Huổi Só, huyện Tủa Chùa, chủ thể sản phẩm chè cổ thụ đạt 4 sao, kiến nghị hỗ trợ đường vận chuyển chè tươi. Anh Lò Văn Phong, dân tộc Khơ Mú, Phó Chủ tịch Hội Nông dân xã Nà Tấu, chia sẻ mô hình nuôi lợn đen bản địa theo chuỗi.
Nhiều ý kiến nêu khó khăn: bao bì, nhãn mác chưa hấp dẫn; chi phí chứng nhận cao; nhiều sản phẩm chưa duy trì được sản lượng ổn định để vào siêu thị. Đại diện Sở Công Thương thông tin về kế hoạch đưa sản phẩm OCOP của tỉnh lên sàn thương mại điện tử và tham gia hội chợ tại Hà Nội, TP Hồ Chí Minh.
Phát biểu, đồng chí Lò Văn Hặc đề nghị các ngành thực hiện tốt Kế hoạch số 4120/KH-UBND ngày 22/11/2022 của UBND tỉnh về thực hiện Chương trình OCOP giai đoạn 2021 - 2025 và Nghị quyết số 09-NQ/TU ngày 24/11/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp hàng hóa; Hội Nông dân tỉnh đẩy mạnh hướng dẫn hội viên sản xuất theo tiêu chuẩn, gắn với truy xuất nguồn gốc.
Đồng chí Lò Văn Pâng cho biết, năm 2024, Hội phấn đấu có thêm ít nhất 10 sản phẩm OCOP do hội viên làm chủ thể, mỗi huyện có 1 chi hội nông dân nghề nghiệp gắn với sản phẩm chủ lực.
Dịp này, Hội Nông dân tỉnh trao giấy chứng nhận cho 8 chủ thể tham gia chương trình hỗ trợ thiết kế bao bì, mỗi chủ thể được hỗ trợ 15 triệu đồng.
Thu Hà
Tin khác
- Mường Ảng: thu hoạch cà phê sớm (20/09/2024)
- Hội Nông dân tỉnh giám sát việc thực hiện Nghị định 37/2023/NĐ-CP (11/09/2024)
- Tuần Giáo: nông dân trồng mắc ca (03/09/2024)
""", "2024-09-26", "Để nông sản vùng cao có chỗ đứng trên thị trường",
E("hoi_nghi", "2024", "2024-09-25"),
[P("Lò Văn Hặc", "Phó Chủ tịch UBND tỉnh"), P("Lò Văn Pâng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lường Thị Ánh", "Giám đốc Hợp tác xã Nông nghiệp Thanh Yên"), P("Giàng A Chu", "chủ thể sản phẩm chè cổ thụ"),
 P("Lò Văn Phong", "Phó Chủ tịch Hội Nông dân xã Nà Tấu")],
[Q("120 đại biểu", 120, "đại biểu"), Q("96 sản phẩm OCOP", 96, "sản phẩm OCOP"), Q("41 sản phẩm", 41, "sản phẩm"),
 Q("12,3 tỷ đồng", 12300000000, "đồng"), Q("470 hộ", 470, "hộ"), Q("54 thành viên", 54, "thành viên"),
 Q("hơn 300 hộ", 300, "hộ", "over"), Q("khoảng 200 ha", 200, "ha", "approx"), Q("1.200 tấn", 1200, "tấn"),
 Q("ít nhất 10 sản phẩm OCOP", 10, "sản phẩm OCOP", "over"), Q("8 chủ thể", 8, "chủ thể"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Kế hoạch", "4120", "KH-UBND", "2022-11-22", "UBND tỉnh", "Kế hoạch số 4120/KH-UBND ngày 22/11/2022"),
 D("Nghị quyết", "09", "NQ/TU", "2021-11-24", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 09-NQ/TU ngày 24/11/2021")],
[prov("Điện Biên"), com("Thanh Yên"), com("Huổi Só"), com("Nà Tấu"), prov("Hà Nội"), prov("TP Hồ Chí Minh")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ › Kinh tế › Nông nghiệp", "Đại biểu tham quan gian hàng sản phẩm OCOP của hội viên nông dân.",
 "Nông dân với sản phẩm OCOP", "Chương trình OCOP", "Sở Công Thương"],
["Thứ Năm, 26/09/2024 | 14:05", "năm 2024", "4 sao", "giai đoạn 2021 - 2025", "1 chi hội nông dân nghề nghiệp"]))

PAGES.append(page("b2782-camau-hnd-giaoban-thang10-2024", """
Báo Cà Mau điện tử
Tin tức | Chính trị | Mặt trận - Đoàn thể
08/11/2024 - 07:45
Nông dân Cà Mau vay vốn Quỹ làm tôm - lúa
Chiều 7/11, Thường trực Hội Nông dân tỉnh tổ chức họp giao ban tháng 10/2024 với Chủ tịch Hội Nông dân 9 huyện, thành phố. Ông Lâm Văn Bảy, Chủ tịch Hội Nông dân tỉnh chủ trì cuộc họp giao ban công tác Hội tháng 10 năm 2024.
Trong tháng, các cấp Hội đã kết nạp 215 hội viên mới; giải ngân 2,35 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 47 hộ thực hiện mô hình tôm - lúa, nuôi cua, trồng rừng đước kết hợp nuôi tôm sinh thái ở các huyện U Minh, Thới Bình, Ngọc Hiển. Tổng nguồn vốn Quỹ hỗ trợ nông dân các cấp trong tỉnh hiện là 47,6 tỷ đồng, đang có khoảng 1.250 hộ vay, nợ quá hạn dưới 0,3%.
Hội cũng phối hợp tổ chức 36 cuộc tập huấn, hội thảo đầu bờ cho khoảng 1.800 lượt nông dân; tham gia hội đồng đánh giá OCOP cấp tỉnh đợt 2, kết quả có 12 sản phẩm của hội viên được công nhận 3 sao, 4 sao, trong đó có mật ong rừng U Minh Hạ và khô cá bổi của Hợp tác xã Nông nghiệp Tân Hưng, xã Tân Hưng Đông, huyện Cái Nước.
Ông Danh Út, Chủ tịch Hội Nông dân huyện Thới Bình, báo cáo tình hình hạn mặn sớm có thể ảnh hưởng vụ lúa trên đất tôm; huyện đang vận động 320 hộ xuống giống đúng lịch thời vụ. Ông Trần Văn Phú, Phó Chủ tịch Hội Nông dân TP Cà Mau, đề nghị có thêm vốn cho hội viên làm dịch vụ thu mua tôm sạch. Bà Thạch Thị Phương, Chủ tịch Hội Nông dân xã Khánh Bình Tây Bắc, cho biết chi hội ấp Kinh Hội đã thành lập tổ hợp tác nuôi tôm càng xanh với 14 thành viên.
Kết luận cuộc họp, ông Lâm Văn Bảy yêu cầu các cấp Hội khẩn trương hoàn thành đánh giá, xếp loại tổ chức cơ sở Hội năm 2024 theo Hướng dẫn số 52-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam; rà soát các dự án Quỹ đến hạn; chuẩn bị hội nghị sơ kết Chỉ thị số 18-CT/TU ngày 15/3/2023 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tập thể trong nông nghiệp và tổ chức bình xét hộ nông dân sản xuất kinh doanh giỏi các cấp.
Theo kế hoạch, trong tháng 11, Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn khảo sát 5 hợp tác xã để hướng dẫn xây dựng hồ sơ sản phẩm OCOP năm 2025 và tổ chức đoàn tham quan mô hình nuôi tôm công nghệ cao cho 30 hội viên tiêu biểu.
Nhiều ý kiến cũng đề nghị Hội Nông dân tỉnh phối hợp với ngành ngân hàng sớm có hướng dẫn khoanh nợ, giãn nợ cho những hộ nuôi tôm bị thiệt hại do dịch bệnh trong năm.
Hồng Nhung
Tin cùng chuyên mục
- Trần Văn Thời: nông dân thu hoạch lúa trên đất tôm (01/11/2024)
- Hội Nông dân tỉnh kỷ niệm 94 năm Ngày thành lập Hội (14/10/2024)
- Năm Căn: ra mắt tổ hợp tác nuôi sò huyết (04/10/2024)
- Ngọc Hiển: trồng rừng đước kết hợp nuôi tôm sinh thái (25/09/2024)
""", "2024-11-08", "Nông dân Cà Mau vay vốn Quỹ làm tôm - lúa",
E("giao_ban", "2024-10", "2024-11-07"),
[P("Lâm Văn Bảy", "Chủ tịch Hội Nông dân tỉnh"), P("Danh Út", "Chủ tịch Hội Nông dân huyện Thới Bình"),
 P("Trần Văn Phú", "Phó Chủ tịch Hội Nông dân TP Cà Mau"), P("Thạch Thị Phương", "Chủ tịch Hội Nông dân xã Khánh Bình Tây Bắc")],
[Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("215 hội viên mới", 215, "hội viên mới"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("47 hộ", 47, "hộ"), Q("47,6 tỷ đồng", 47600000000, "đồng"), Q("khoảng 1.250 hộ", 1250, "hộ", "approx"), Q("0,3%", 0.3, "%"),
 Q("36 cuộc tập huấn, hội thảo đầu bờ", 36, "cuộc tập huấn, hội thảo đầu bờ"), Q("khoảng 1.800 lượt nông dân", 1800, "lượt nông dân", "approx"),
 Q("12 sản phẩm", 12, "sản phẩm"), Q("320 hộ", 320, "hộ"), Q("14 thành viên", 14, "thành viên"), Q("5 hợp tác xã", 5, "hợp tác xã"),
 Q("30 hội viên tiêu biểu", 30, "hội viên tiêu biểu")],
[D("Hướng dẫn", "52", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 52-HD/HNDTW"),
 D("Chỉ thị", "18", "CT/TU", "2023-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU ngày 15/3/2023")],
[prov("Cà Mau"), com("Tân Hưng Đông"), com("Khánh Bình Tây Bắc")],
["Báo Cà Mau điện tử", "Tin tức | Chính trị | Mặt trận - Đoàn thể", "Hợp tác xã Nông nghiệp Tân Hưng"],
["08/11/2024 - 07:45", "tháng 10/2024", "tháng 10 năm 2024", "năm 2024", "3 sao, 4 sao", "tháng 11", "năm 2025", "đợt 2"]))
