"""b701-b706: province sites, 2011-2015 (south and Central Highlands)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b701 Sóc Trăng 2011
PAGES.append(page("b701-soctrang-bdv-khmer-soket-2011", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Hoạt động dân vận | Dân tộc - Tôn giáo
Cập nhật ngày: 19/07/2011
Vận động đồng bào Khmer: nhiều chuyển biến từ cơ sở
Ngày 15/7/2011, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào dân tộc Khmer 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Thạch Sô Phanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Sơn Thị Ma Ly, Trần Quốc Hưng cùng 120 đại biểu là lãnh đạo ban dân vận các huyện ủy, thị ủy, thành ủy, đại diện sư sãi, Achar và người có uy tín trong đồng bào Khmer.
Quang cảnh hội nghị. Ảnh: Hữu Lộc
Theo báo cáo, 6 tháng qua, các cấp ủy tiếp tục thực hiện Chỉ thị 68-CT/TW của Ban Bí thư (khóa VI) về công tác ở vùng đồng bào dân tộc Khmer và Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận ở ấp, khóm có đông đồng bào Khmer. Ban Dân vận Tỉnh ủy ban hành kế hoạch số 17-KH/BDVTU ngày 02/3/2011 hướng dẫn các huyện xây dựng mô hình "Dân vận khéo" gắn với chùa Khmer.
Nhờ vận động tốt, đồng bào đã đóng góp trên 9,7 tỷ đồng, cùng Nhà nước làm mới 46 km đường đal và cầu giao thông nông thôn; xây dựng, sửa chữa 218 căn nhà tình thương; hơn 1.350 hộ Khmer nghèo được vay vốn ưu đãi. Tỷ lệ hộ nghèo trong đồng bào Khmer giảm 2,8% so với cuối năm 2010.
Đáng chú ý, vụ tranh chấp 1,2 ha đất giữa chùa Prây Chop và một số hộ dân ở xã Viên Bình kéo dài nhiều năm đã được giải quyết dứt điểm sau 3 buổi đối thoại do Ban Dân vận Huyện ủy Trần Đề phối hợp chính quyền địa phương tổ chức. Tại hội nghị, Hòa thượng Danh Sơn Phol, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Prây Chop, cho biết nhà chùa đã thống nhất để lại phần đất các hộ đang canh tác và cùng sư sãi 14 chùa trong huyện tuyên truyền đồng bào chấp hành pháp luật.
Bà Lý Thị Sa Rươl, HUV, Trưởng Ban Dân vận Huyện ủy Trần Đề, kiến nghị tỉnh sớm có cơ chế hỗ trợ cán bộ dân vận biết tiếng Khmer. Ông Thạch Rên, Bí thư Chi bộ ấp Trà Tét, xã Viên Bình, chia sẻ kinh nghiệm đến từng nhà, nói chuyện bằng tiếng dân tộc để bà con hiểu và làm theo.
Phát biểu kết luận, đồng chí Thạch Sô Phanh đề nghị 6 tháng cuối năm các cấp tập trung nắm tình hình, không để phát sinh điểm nóng; phối hợp chuẩn bị chu đáo lễ Sene Đôn Ta, Ok Om Bok năm 2011. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể và 25 cá nhân có thành tích tiêu biểu.
Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế: việc tuyên truyền bằng tiếng Khmer ở một số nơi chưa thường xuyên; cán bộ dân vận cơ sở kiêm nhiệm nhiều việc; còn tình trạng đồng bào đi làm ăn xa không khai báo tạm vắng, gây khó khăn cho công tác nắm tình hình và vận động.
Hữu Lộc
Số lần xem: 864
Chia sẻ: Facebook | Twitter | In bài | Gửi email
Tin liên quan
- Mỹ Xuyên: ra mắt mô hình "Dân vận khéo" ở chùa Khmer (08/07/2011)
- Hội nghị công tác dân vận chính quyền 6 tháng đầu năm 2011 (05/07/2011)
- Trao 30 căn nhà tình thương cho hộ Khmer nghèo (24/06/2011)
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG - Địa chỉ: số 2 Trần Hưng Đạo, phường 3, TP Sóc Trăng
""",
    "2011-07-19", "Vận động đồng bào Khmer: nhiều chuyển biến từ cơ sở",
    E("so_ket", "2011-H1", "2011-07-15"),
    [P("Thạch Sô Phanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Sơn Thị Ma Ly", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Trần Quốc Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Danh Sơn Phol", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Prây Chop"),
     P("Lý Thị Sa Rươl", "HUV", "Trưởng Ban Dân vận Huyện ủy Trần Đề"),
     P("Thạch Rên", "Bí thư Chi bộ ấp Trà Tét")],
    [Q("120 đại biểu", 120, "đại biểu"),
     Q("trên 9,7 tỷ đồng", 9700000000, "đồng", "over"),
     Q("46 km", 46, "km"),
     Q("218 căn nhà tình thương", 218, "căn nhà tình thương"),
     Q("hơn 1.350 hộ Khmer nghèo", 1350, "hộ Khmer nghèo", "over"),
     Q("2,8%", 2.8, "%"),
     Q("1,2 ha", 1.2, "ha"),
     Q("3 buổi đối thoại", 3, "buổi đối thoại"),
     Q("14 chùa", 14, "chùa"),
     Q("12 tập thể", 12, "tập thể"),
     Q("25 cá nhân", 25, "cá nhân")],
    [D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW của Ban Bí thư"),
     D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy"),
     D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy"),
     D("Kế hoạch", "17", "KH/BDVTU", "2011-03-02", "Ban Dân vận Tỉnh ủy", "kế hoạch số 17-KH/BDVTU ngày 02/3/2011")],
    [prov("Sóc Trăng"), com("Viên Bình")],
    ["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Hoạt động dân vận | Dân tộc - Tôn giáo",
     "Quang cảnh hội nghị. Ảnh: Hữu Lộc", "Dân vận khéo", "Prây Chop", "Trà Tét", "Sene Đôn Ta", "Ok Om Bok",
     "Hội Đoàn kết sư sãi yêu nước tỉnh", "Trần Hưng Đạo"],
    ["Cập nhật ngày: 19/07/2011", "6 tháng đầu năm 2011", "6 tháng cuối năm", "khóa VI", "cuối năm 2010",
     "năm 2011", "Số lần xem: 864", "6 tháng qua",
     "số 2 Trần Hưng Đạo, phường 3"]))

# ---------------------------------------------------------------- b702 Kon Tum 2012
PAGES.append(page("b702-kontum-hnd-giaoban-q3-2012", """
HỘI NÔNG DÂN TỈNH KON TUM
Trang chủ » Tin hoạt động » Hội Nông dân các cấp
09/10/2012 | 14:25
Quý III, hơn 8.600 hội viên nông dân được vay vốn ưu đãi
Sáng 5/10, Ban Thường vụ Hội Nông dân tỉnh Kon Tum tổ chức hội nghị giao ban công tác Hội và phong trào nông dân quý III năm 2012, triển khai nhiệm vụ quý IV. Ông A Hmin, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị; cùng dự có các ông Y Blông, Nguyễn Đình Sáu - Phó Chủ tịch Hội Nông dân tỉnh và bà Trần Thị Thu Hà, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Theo báo cáo, trong quý, các cấp Hội tiếp tục triển khai Kết luận 61-KL/TW của Ban Bí thư và Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Hội Nông dân tỉnh ban hành Kế hoạch 24, 25-KH/HNDT về tập huấn kỹ thuật trồng, chăm sóc cà phê và phát triển tổ hợp tác.
Hơn 8.600 hội viên được Hội tín chấp vay vốn, nâng tổng dư nợ qua kênh Hội lên trên 126 tỷ đồng; nợ quá hạn chỉ chiếm 0,4%. Quỹ Hỗ trợ nông dân các cấp đạt 4,35 tỷ đồng. Các cơ sở Hội tổ chức 42 lớp tập huấn khoa học kỹ thuật cho 2.150 lượt hội viên; thành lập mới 18 tổ hợp tác sản xuất cà phê, cao su.
Liên kết "4 nhà" được chú trọng: Hội phối hợp doanh nghiệp cung ứng phân bón trả chậm cho 640 hộ nông dân ở các huyện Đăk Hà, Đăk Tô. Trong quý, Hội tiếp nhận 7 đơn thư của hội viên liên quan tranh chấp đất rẫy, bồi thường khi làm thủy điện; đã phối hợp chính quyền giải quyết xong 5 đơn, 2 đơn đang xem xét.
Chia sẻ tại hội nghị, ông A Khoa, Chủ tịch Hội Nông dân huyện Đăk Hà cho biết nhờ chuyển đổi giống, nhiều hộ đồng bào Xơ Đăng đã có thu nhập khá. Bà Y Hên, Chi hội trưởng Chi hội nông dân thôn Kon Klor, xã Đăk Rơ Wa, đề nghị tăng mức cho vay đối với hộ nuôi bò. Ông A Tưa, Trưởng thôn Kon Jơ Dreh, xã Đăk Blà, phản ánh tình trạng thương lái ép giá mì.
Kết luận hội nghị, ông A Hmin yêu cầu các cấp Hội tập trung vận động hội viên thu hoạch cà phê đúng độ chín, chuẩn bị tốt Đại hội Hội Nông dân cấp cơ sở nhiệm kỳ 2013 - 2018.
Cũng trong quý, công tác xây dựng tổ chức Hội được chú trọng; các cơ sở Hội kết nạp mới 1.120 hội viên, nâng tổng số hội viên toàn tỉnh lên gần 61.500 người. Tuy vậy, hội nghị thẳng thắn chỉ ra hạn chế: việc nắm tình hình tư tưởng hội viên ở vùng sâu còn chậm; tình trạng bán cà phê non, vay nặng lãi vẫn xảy ra ở một số thôn, làng; nhiều chi hội sinh hoạt chưa đều, nội dung còn đơn điệu.
Y Ngọc
Lượt xem: 512
In bài | Gửi bài viết qua email | Về đầu trang
Các tin khác
- Đăk Tô: 300 hội viên tham gia hội thi nhà nông đua tài (28/09/2012)
- Tập huấn kỹ thuật nuôi cá lồng cho nông dân Sa Thầy (20/09/2012)
- Hội Nông dân tỉnh làm việc với huyện Kon Plông (12/09/2012)
""",
    "2012-10-09", "Quý III, hơn 8.600 hội viên nông dân được vay vốn ưu đãi",
    E("giao_ban", "2012-Q3", "2012-10-05"),
    [P("A Hmin", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Y Blông", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Đình Sáu", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Trần Thị Thu Hà", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
     P("A Khoa", "Chủ tịch Hội Nông dân huyện Đăk Hà"),
     P("Y Hên", "Chi hội trưởng Chi hội nông dân thôn Kon Klor"),
     P("A Tưa", "Trưởng thôn Kon Jơ Dreh")],
    [Q("hơn 8.600 hội viên", 8600, "hội viên", "over"),
     Q("trên 126 tỷ đồng", 126000000000, "đồng", "over"),
     Q("0,4%", 0.4, "%"),
     Q("4,35 tỷ đồng", 4350000000, "đồng"),
     Q("42 lớp tập huấn khoa học kỹ thuật", 42, "lớp tập huấn khoa học kỹ thuật"),
     Q("2.150 lượt hội viên", 2150, "lượt hội viên"),
     Q("18 tổ hợp tác", 18, "tổ hợp tác"),
     Q("640 hộ nông dân", 640, "hộ nông dân"),
     Q("7 đơn thư", 7, "đơn thư"),
     Q("5 đơn", 5, "đơn"),
     Q("2 đơn", 2, "đơn"),
     Q("1.120 hội viên", 1120, "hội viên"),
     Q("gần 61.500 người", 61500, "người", "approx")],
    [D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW của Ban Bí thư"),
     D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ"),
     D("Kế hoạch", "24", "KH/HNDT", None, "Hội Nông dân tỉnh", "Kế hoạch 24, 25-KH/HNDT"),
     D("Kế hoạch", "25", "KH/HNDT", None, "Hội Nông dân tỉnh", "Kế hoạch 24, 25-KH/HNDT")],
    [prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Blà")],
    ["HỘI NÔNG DÂN TỈNH KON TUM", "Trang chủ » Tin hoạt động » Hội Nông dân các cấp", "Kon Klor", "Kon Jơ Dreh",
     "Xơ Đăng", "Y Ngọc", "Ngân hàng Chính sách xã hội"],
    ["09/10/2012 | 14:25", "quý III năm 2012", "quý IV", "4 nhà", "nhiệm kỳ 2013 - 2018", "Lượt xem: 512", "Quý III"]))

# ---------------------------------------------------------------- b703 Gia Lai 2013
PAGES.append(page("b703-gialai-hnd-doithoai-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Trang chủ > Tin tức - Sự kiện > Chính trị
Thứ Sáu, 20/12/2013 - 10:40
Nông dân hỏi, Chủ tịch UBND tỉnh trả lời
Ngày 18/12, Hội Nông dân tỉnh phối hợp với UBND tỉnh Gia Lai tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2013. Ông Đinh Quang Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì đối thoại; ông Rơ Châm Hiao, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh đồng chủ trì. Tham dự có hơn 200 đại biểu là hội viên nông dân tiêu biểu, đại diện các sở, ngành và 17 huyện, thị xã, thành phố.
Ông Đinh Quang Vinh trả lời ý kiến của nông dân. Ảnh: Hoàng Ngọc
Trước hội nghị, Hội Nông dân tỉnh đã tổng hợp 46 ý kiến, kiến nghị của hội viên. Tại hội nghị có 14 ý kiến được nêu trực tiếp; 32 ý kiến còn lại được các sở, ngành trả lời bằng văn bản gửi về cơ sở Hội.
Nhiều ý kiến tập trung vào đất sản xuất. Ông Rơ Mah Krông (làng Plei Ơi, xã Ia Pếch) phản ánh một phần đất rẫy của dân làng nằm trong diện tích công ty cao su quản lý. Trả lời, ông Lê Thanh Hải, Giám đốc Sở Tài nguyên và Môi trường cho biết thực hiện Nghị quyết 26-NQ/TW của BCH Trung ương và Quyết định số 2331/QĐ-UBND ngày 15/11/2013 của UBND tỉnh, công ty đã trả lại địa phương 37,5 ha để giao cho các hộ thiếu đất; việc cấp giấy chứng nhận sẽ hoàn thành trong quý I năm sau.
Bà Siu H'Lanh, Trưởng Ban công tác Mặt trận làng Plei Kly, xã Ia Kriêng, kiến nghị hỗ trợ giống cà phê tái canh. Ông Kpă Dơk, Chi hội trưởng Chi hội nông dân làng Dơr, xã Ia Mơ Nông, hỏi về giá phân bón và việc cung ứng trả chậm. Ông Hồ Sỹ Tuấn, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, cho biết năm 2014 tỉnh dành 12.000 tấn phân bón trả chậm qua kênh Hội và hướng dẫn nông dân tái canh theo quy trình.
Kết luận, Chủ tịch UBND tỉnh ghi nhận phong trào "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững"; cam kết bổ sung 9,2 tỷ đồng cho Quỹ Hỗ trợ nông dân tỉnh và giao các sở, ngành trả lời dứt điểm kiến nghị trong 30 ngày. Việc giao đất vẫn theo tinh thần Nghị định 64/CP của Chính phủ, ưu tiên hộ đồng bào Jrai, Bahnar thiếu đất.
Liên quan kiến nghị về nước tưới của bà Kpă Thị Yuh (làng Dơr), Chủ tịch UBND tỉnh cho biết năm 2014 tỉnh ưu tiên vốn sửa chữa 6 công trình thủy lợi nhỏ ở các huyện Chư Păh, Ia Grai, bảo đảm nước tưới cho khoảng 850 ha lúa nước của đồng bào. Những kiến nghị chưa trả lời được tại hội nghị sẽ được tổng hợp, công khai trên Cổng thông tin điện tử tỉnh để nông dân theo dõi.
Hoàng Ngọc
Chia sẻ | In trang | Gửi email
Tin cùng chuyên mục
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 (17/12/2013)
- Trao 500 suất quà cho hộ nghèo huyện Chư Prông (12/12/2013)
- Gia Lai: Tổng kết công tác dân vận năm 2013 (10/12/2013)
""",
    "2013-12-20", "Nông dân hỏi, Chủ tịch UBND tỉnh trả lời",
    E("doi_thoai", "2013", "2013-12-18"),
    [P("Đinh Quang Vinh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
     P("Rơ Châm Hiao", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Rơ Mah Krông"),
     P("Lê Thanh Hải", "Giám đốc Sở Tài nguyên và Môi trường"),
     P("Siu H'Lanh", "Trưởng Ban công tác Mặt trận làng Plei Kly"),
     P("Kpă Dơk", "Chi hội trưởng Chi hội nông dân làng Dơr"),
     P("Hồ Sỹ Tuấn", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
     P("Kpă Thị Yuh")],
    [Q("hơn 200 đại biểu", 200, "đại biểu", "over"),
     Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"),
     Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"),
     Q("14 ý kiến", 14, "ý kiến"),
     Q("32 ý kiến", 32, "ý kiến"),
     Q("37,5 ha", 37.5, "ha"),
     Q("12.000 tấn", 12000, "tấn"),
     Q("9,2 tỷ đồng", 9200000000, "đồng"),
     Q("6 công trình thủy lợi nhỏ", 6, "công trình thủy lợi nhỏ"),
     Q("khoảng 850 ha", 850, "ha", "approx")],
    [D("Nghị quyết", "26", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 26-NQ/TW của BCH Trung ương"),
     D("Quyết định", "2331", "QĐ-UBND", "2013-11-15", "UBND tỉnh", "Quyết định số 2331/QĐ-UBND ngày 15/11/2013 của UBND tỉnh"),
     D("Nghị định", "64", "CP", None, "Chính phủ", "Nghị định 64/CP của Chính phủ")],
    [prov("Gia Lai"), com("Ia Pếch"), com("Ia Kriêng"), com("Ia Mơ Nông")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI", "Trang chủ > Tin tức - Sự kiện > Chính trị",
     "Ông Đinh Quang Vinh trả lời ý kiến của nông dân. Ảnh: Hoàng Ngọc", "Plei Ơi", "Plei Kly", "Dơr",
     "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
     "Jrai", "Bahnar", "Nông dân hỏi, Chủ tịch UBND tỉnh trả lời"],
    ["Thứ Sáu, 20/12/2013 - 10:40", "năm 2013", "quý I năm sau", "năm 2014", "30 ngày"]))

# ---------------------------------------------------------------- b704 Ninh Thuận 2014 (review of 2013)
PAGES.append(page("b704-ninhthuan-mttq-tongket-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN
Trang chủ / Hoạt động Mặt trận / Tin tỉnh
Ngày đăng: 14-01-2014 08:00
Toàn cảnh hội nghị.
Mặt trận các cấp hướng mạnh về cơ sở, khu dân cư
Ngày 10/01/2014, Ủy ban MTTQ Việt Nam tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác Mặt trận năm 2013 và triển khai chương trình phối hợp thống nhất hành động năm 2014. Ông Đạo Văn Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; cùng dự có các ông, bà: Thông Thị Hạnh, Nguyễn Văn Mười, Quảng Đại Sơn - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2013, cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục đi vào chiều sâu; 402/438 khu dân cư đạt danh hiệu khu dân cư văn hóa. Quỹ "Vì người nghèo" các cấp vận động được 8,64 tỷ đồng, xây dựng 165 căn nhà Đại đoàn kết, hỗ trợ hơn 2.300 lượt hộ nghèo khám chữa bệnh, học tập. Mặt trận các cấp chủ trì 96 cuộc giám sát; tiếp nhận 58 đơn thư khiếu nại, tố cáo, đã chuyển cơ quan chức năng và theo dõi giải quyết 51 đơn.
Đồng bào Chăm, Raglai tích cực tham gia. Sư cả Thuận Văn Nhì, Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh, cho biết các chức sắc đã vận động bà con tổ chức lễ Ramưwan tiết kiệm, an toàn. Bà Châu Thị Lành, Trưởng Ban công tác Mặt trận khu dân cư thôn Chất Thường, xã Phước Hậu, nêu cách thôn vận động 100% hộ đóng góp làm đường nội đồng. Ông Chamaléa Bốn, Bí thư Chi bộ thôn Ma Ty, xã Phước Tân, đề nghị tiếp tục hỗ trợ nước sinh hoạt cho vùng cao.
Về công tác tiếp công dân, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã tham gia 12 buổi tiếp công dân định kỳ cùng lãnh đạo tỉnh. Nổi lên trong năm là vụ khiếu kiện đông người của 35 hộ dân xã Phước Hòa liên quan đến bồi thường, tái định cư dự án hồ chứa nước; Mặt trận tỉnh đã cử cán bộ về tận thôn nắm tình hình, phối hợp tổ chức đối thoại, đến nay các hộ đã nhận tiền bồi thường và bàn giao mặt bằng. Theo ông Nguyễn Văn Mười, bài học rút ra là phải có mặt sớm, lắng nghe đến cùng và để người dân thấy Mặt trận đứng về phía quyền lợi chính đáng của họ.
Năm 2014, Mặt trận các cấp tập trung thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; triển khai Hướng dẫn 17/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".
Tại hội nghị, Ủy ban MTTQ Việt Nam tỉnh đã hiệp thương cử bổ sung ông Lộ Minh Trúc, Trưởng Ban Dân tộc tỉnh, làm Ủy viên Ủy ban MTTQ Việt Nam tỉnh khóa IX. Dịp này, 28 tập thể, 41 cá nhân được nhận bằng khen của Ủy ban MTTQ Việt Nam tỉnh.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: hoạt động của một số Ban công tác Mặt trận còn hình thức, chưa nắm chắc tâm tư của Nhân dân; phản biện xã hội mới dừng ở góp ý dự thảo văn bản. Ông Quảng Đại Sơn cho biết năm 2014, Ủy ban MTTQ Việt Nam tỉnh sẽ chọn 2 huyện làm điểm về giám sát đầu tư của cộng đồng trước khi nhân rộng.
Phương Thảo
Chia sẻ: Facebook | Zalo | In bài
Lượt xem: 736
Tin khác
- Trao 50 căn nhà Đại đoàn kết cho hộ nghèo Bác Ái (06/01/2014)
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh 2013 (23/12/2013)
- Ninh Phước: tổng kết cuộc vận động ở khu dân cư (18/12/2013)
""",
    "2014-01-14", "Mặt trận các cấp hướng mạnh về cơ sở, khu dân cư",
    E("tong_ket", "2013", "2014-01-10"),
    [P("Đạo Văn Thanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thông Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Nguyễn Văn Mười", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Quảng Đại Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thuận Văn Nhì", "Sư cả", "Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
     P("Châu Thị Lành", "Trưởng Ban công tác Mặt trận khu dân cư thôn Chất Thường"),
     P("Chamaléa Bốn", "Bí thư Chi bộ thôn Ma Ty"),
     P("Lộ Minh Trúc", "Trưởng Ban Dân tộc tỉnh", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh")],
    [Q("402/438 khu dân cư", 402, "khu dân cư"),
     Q("8,64 tỷ đồng", 8640000000, "đồng"),
     Q("165 căn nhà Đại đoàn kết", 165, "căn nhà Đại đoàn kết"),
     Q("hơn 2.300 lượt hộ nghèo", 2300, "lượt hộ nghèo", "over"),
     Q("96 cuộc giám sát", 96, "cuộc giám sát"),
     Q("58 đơn thư", 58, "đơn thư"),
     Q("51 đơn", 51, "đơn"),
     Q("100% hộ", 100, "%"),
     Q("28 tập thể", 28, "tập thể"),
     Q("41 cá nhân", 41, "cá nhân"),
     Q("2 huyện", 2, "huyện"),
     Q("12 buổi tiếp công dân", 12, "buổi tiếp công dân"),
     Q("35 hộ dân", 35, "hộ dân")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW của Bộ Chính trị"),
     D("Hướng dẫn", "17", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
       "Hướng dẫn 17/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam")],
    [prov("Ninh Thuận"), com("Phước Hậu"), com("Phước Tân"), com("Phước Hòa")],
    ["ỦY BAN MTTQ VIỆT NAM TỈNH NINH THUẬN", "Trang chủ / Hoạt động Mặt trận / Tin tỉnh", "Toàn cảnh hội nghị.",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo", "Chất Thường", "Ma Ty",
     "Ramưwan", "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Phương Thảo"],
    ["Ngày đăng: 14-01-2014 08:00", "năm 2013", "năm 2014", "Năm 2013", "Năm 2014", "khóa IX", "Lượt xem: 736"]))

# ---------------------------------------------------------------- b705 Đắk Nông 2014
PAGES.append(page("b705-daknong-bdv-taphuan-2014", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ :: Tin hoạt động :: Tập huấn - Bồi dưỡng
22.08.2014 | 07:50
Bồi dưỡng kỹ năng vận động quần chúng cho 145 cán bộ cơ sở
Trong 2 ngày 20 và 21/8/2014, Ban Dân vận Tỉnh ủy Đắk Nông mở lớp tập huấn nghiệp vụ công tác dân vận năm 2014 cho 145 học viên là trưởng khối dân vận xã, cán bộ Mặt trận, đoàn thể và bí thư chi bộ thôn, bon, buôn; trong đó có 52 đồng chí là bí thư chi bộ thôn, bon. Hơn 40% học viên là người đồng bào dân tộc thiểu số.
Đồng chí Điểu K'Lưn phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Điểu K'Lưn, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: cán bộ cơ sở phải thực hiện tốt "3 cùng" với đồng bào, "nghe dân nói, nói dân hiểu, làm dân tin". Lớp học do các đồng chí Y Thịnh Niê, Trần Văn Lực, Thị Hoa - giảng viên Trường Chính trị tỉnh trực tiếp truyền đạt.
Học viên được nghiên cứu 8 chuyên đề, trong đó có nội dung Nghị quyết 25-NQ/TW của BCH Trung ương Đảng (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Quyết định 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; kế hoạch số 86-KH/TU của Tỉnh ủy về thực hiện Nghị quyết 25 trên địa bàn tỉnh; kỹ năng nắm tình hình, vận động đồng bào không nghe theo kẻ xấu, không di cư tự do.
Đồng chí Nguyễn Thị Vân, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, thông tin: từ đầu năm đến nay, hệ thống dân vận các cấp đã phối hợp giải quyết dứt điểm 23 vụ việc phức tạp về tranh chấp đất đai, không để hình thành điểm nóng. Tại bon Bu Dấp, xã Đắk Ngo, cán bộ đã vận động 17 hộ đồng bào M'Nông trả lại đất lấn chiếm rừng.
Học viên H'Rin Êban, Phó Chủ tịch Ủy ban MTTQ xã Quảng Tín, chia sẻ: lớp học giúp chị biết cách đối thoại với bà con khi có vụ việc phát sinh. Đây là lớp thứ hai trong năm do Ban Dân vận Tỉnh ủy tổ chức; lớp tiếp theo dành cho cán bộ dân vận các cơ quan nhà nước sẽ mở vào tháng 10. Kết thúc lớp học, Ban Dân vận Tỉnh ủy cấp phát 3.000 cuốn tài liệu hỏi - đáp cho các xã, phường, thị trấn. Tổng kinh phí tổ chức lớp là 86 triệu đồng.
Trong buổi thảo luận, nhiều học viên nêu khó khăn khi vận động đồng bào di cư tự do ổn định cuộc sống ở các huyện Tuy Đức, Đắk Glong; đến nay toàn tỉnh còn khoảng 1.300 hộ di cư tự do chưa được bố trí ổn định. Đồng chí Trần Văn Lực hướng dẫn học viên cách xây dựng kịch bản đối thoại, ghi biên bản và báo cáo nhanh vụ việc lên cấp trên.
Nguyễn Lượng
Chia sẻ bài viết | In | Gửi email
Số lượt xem: 1.043
Xem thêm
- Tuy Đức: đối thoại với đồng bào Mông di cư tự do (15/08/2014)
- Ban Dân vận Tỉnh ủy giao ban quý II/2014 (14/07/2014)
- Hội nghị sơ kết 1 năm thực hiện Nghị quyết 25-NQ/TW (20/06/2014)
""",
    "2014-08-22", "Bồi dưỡng kỹ năng vận động quần chúng cho 145 cán bộ cơ sở",
    E("tap_huan", "2014", "2014-08-20"),
    [P("Điểu K'Lưn", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Y Thịnh Niê", "giảng viên Trường Chính trị tỉnh"),
     P("Trần Văn Lực", "giảng viên Trường Chính trị tỉnh"),
     P("Thị Hoa", "giảng viên Trường Chính trị tỉnh"),
     P("Nguyễn Thị Vân", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
     P("H'Rin Êban", "Phó Chủ tịch Ủy ban MTTQ xã Quảng Tín")],
    [Q("145 cán bộ cơ sở", 145, "cán bộ cơ sở"),
     Q("52 đồng chí", 52, "đồng chí"),
     Q("Hơn 40%", 40, "%", "over"),
     Q("8 chuyên đề", 8, "chuyên đề"),
     Q("23 vụ việc phức tạp", 23, "vụ việc phức tạp"),
     Q("17 hộ đồng bào M'Nông", 17, "hộ đồng bào M'Nông"),
     Q("3.000 cuốn tài liệu hỏi - đáp", 3000, "cuốn tài liệu hỏi - đáp"),
     Q("86 triệu đồng", 86000000, "đồng"),
     Q("khoảng 1.300 hộ di cư tự do", 1300, "hộ di cư tự do", "approx")],
    [D("Nghị quyết", "25", "NQ/TW", None, "BCH Trung ương Đảng", "Nghị quyết 25-NQ/TW của BCH Trung ương Đảng"),
     D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 290-QĐ/TW của Bộ Chính trị"),
     D("Kế hoạch", "86", "KH/TU", None, "Tỉnh ủy", "kế hoạch số 86-KH/TU của Tỉnh ủy")],
    [prov("Đắk Nông"), com("Đắk Ngo"), com("Quảng Tín")],
    ["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ :: Tin hoạt động :: Tập huấn - Bồi dưỡng",
     "Đồng chí Điểu K'Lưn phát biểu khai mạc lớp tập huấn.", "Bu Dấp", "M'Nông", "Nguyễn Lượng",
     "nghe dân nói, nói dân hiểu, làm dân tin", "Trường Chính trị tỉnh"],
    ["22.08.2014 | 07:50", "2 ngày", "năm 2014", "52 đồng chí", "3 cùng", "khóa XI", "Nghị quyết 25 trên", "tháng 10", "lớp thứ hai",
     "Số lượt xem: 1.043"]))

# ---------------------------------------------------------------- b706 An Giang 2015
PAGES.append(page("b706-angiang-mttq-tongiao-hoinghi-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG
Trang chủ » Dân tộc - Tôn giáo
Thứ sáu, 26/6/2015 - 16:05
Phát huy vai trò chức sắc, chức việc trong khối đại đoàn kết
Chiều 24/6, Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị gặp mặt chức sắc, chức việc, nhà tu hành các tôn giáo và người có uy tín trong đồng bào dân tộc năm 2015. Dự hội nghị có ông Võ Văn Lành, Phó Bí thư Thường trực Tỉnh ủy; bà Lê Thị Kim Yến, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng hơn 250 đại biểu đại diện Phật giáo, Phật giáo Hòa Hảo, Công giáo, Cao Đài, Hồi giáo và đồng bào Khmer, Chăm.
Hòa thượng Thích Minh Đạt phát biểu tại hội nghị.
Theo báo cáo, thời gian qua các tổ chức tôn giáo trong tỉnh đã đóng góp trên 47 tỷ đồng cho công tác an sinh xã hội; xây dựng, sửa chữa 138 cây cầu nông thôn, tặng 15.600 phần quà cho hộ nghèo. Các điểm nấu cơm từ thiện ở bệnh viện phục vụ hàng nghìn suất ăn mỗi ngày. Tỉnh thực hiện đúng chính sách đối với người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ.
Hòa thượng Thích Minh Đạt, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị các cấp tiếp tục tạo điều kiện cho hoạt động tôn giáo theo Nghị định 92/2012/NĐ-CP của Chính phủ. Ông Ha Ly Mah, Phó Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh, cho biết bà con Chăm ở xã Châu Phong đã hiến 650 m2 đất mở rộng đường vào xóm.
Đại đức Chau Ty, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tri Tôn, kiến nghị hỗ trợ sửa chữa trường dạy chữ Khmer ở các chùa xã Núi Tô. Linh mục Phêrô Nguyễn Văn Lộc, Quản hạt Long Xuyên, nêu vướng mắc về đất của một số cơ sở tôn giáo; đại diện Sở Tài nguyên và Môi trường cho biết sẽ xử lý theo Chỉ thị 1940/CT-TTg của Thủ tướng Chính phủ về nhà, đất liên quan đến tôn giáo.
Phát biểu tại hội nghị, ông Võ Văn Lành ghi nhận đóng góp của chức sắc, chức việc và mong các tôn giáo tiếp tục đồng hành với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 45 tập thể, cá nhân; trao 650 triệu đồng hỗ trợ sửa chữa 13 điểm trường dạy chữ dân tộc.
Theo báo cáo của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, An Giang hiện có 6 tôn giáo với hơn 1,5 triệu tín đồ, chiếm phần lớn dân số toàn tỉnh. Các chức sắc, chức việc đều tích cực vận động tín đồ "sống tốt đời, đẹp đạo", tham gia xây dựng nông thôn mới và giữ gìn an ninh trật tự ở khu dân cư.
Bảo Trân
Chia sẻ | In bài | Lên đầu trang
Lượt xem: 1.198
Tin cùng chuyên mục
- Thăm, chúc mừng lễ Phật đản năm 2015 (01/06/2015)
- Hội nghị người có uy tín huyện Tịnh Biên (20/05/2015)
- Tháng Ramadan của đồng bào Chăm (18/06/2015)
Bản quyền thuộc Ủy ban MTTQ Việt Nam tỉnh An Giang. Điện thoại: (076) 3852 146
""",
    "2015-06-26", "Phát huy vai trò chức sắc, chức việc trong khối đại đoàn kết",
    E("hoi_nghi", "2015", "2015-06-24"),
    [P("Võ Văn Lành", "Phó Bí thư Thường trực Tỉnh ủy"),
     P("Lê Thị Kim Yến", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Thích Minh Đạt", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
     P("Ha Ly Mah", "Phó Trưởng Ban đại diện Cộng đồng Hồi giáo tỉnh"),
     P("Chau Ty", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Tri Tôn"),
     P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Quản hạt Long Xuyên")],
    [Q("hơn 250 đại biểu", 250, "đại biểu", "over"),
     Q("trên 47 tỷ đồng", 47000000000, "đồng", "over"),
     Q("138 cây cầu nông thôn", 138, "cây cầu nông thôn"),
     Q("15.600 phần quà", 15600, "phần quà"),
     Q("650 m2", 650, "m2"),
     Q("45 tập thể, cá nhân", 45, "tập thể, cá nhân"),
     Q("650 triệu đồng", 650000000, "đồng"),
     Q("13 điểm trường dạy chữ dân tộc", 13, "điểm trường dạy chữ dân tộc"),
     Q("6 tôn giáo", 6, "tôn giáo"),
     Q("hơn 1,5 triệu tín đồ", 1500000, "tín đồ", "over")],
    [D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
     D("Nghị định", "92", "2012/NĐ-CP", None, "Chính phủ", "Nghị định 92/2012/NĐ-CP của Chính phủ"),
     D("Chỉ thị", "1940", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 1940/CT-TTg của Thủ tướng Chính phủ")],
    [prov("An Giang"), com("Châu Phong"), com("Núi Tô")],
    ["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH AN GIANG", "Trang chủ » Dân tộc - Tôn giáo",
     "Hòa thượng Thích Minh Đạt phát biểu tại hội nghị.", "Phật giáo Hòa Hảo", "Cao Đài", "Chăm", "Khmer",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Bảo Trân", "Long Xuyên", "sống tốt đời, đẹp đạo"],
    ["Thứ sáu, 26/6/2015 - 16:05", "năm 2015", "Lượt xem: 1.198", "hàng nghìn suất ăn",
     "hơn 1,5 triệu tín đồ", "(076) 3852 146"]))
