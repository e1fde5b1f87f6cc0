"""holdout30 batch1: b677-b682 (Điện Biên 2011, Bắc Kạn 2011, Hà Nam 2012, Kon Tum 2013, Trà Vinh 2013, Quảng Bình 2014)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b677
PAGES.append(page(
    "b677-dienbien-hnd-soket-2011",
    """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Năm, 14/07/2011 - 09:20
Nông dân góp hơn 9.400 ngày công làm đường giao thông nông thôn
(ĐBP) - Ngày 12/7, Hội Nông dân tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2011, triển khai nhiệm vụ 6 tháng cuối năm. Trong nửa đầu năm, hội viên nông dân các dân tộc trong tỉnh đã góp hơn 9.400 ngày công, hiến đất, làm mới và sửa chữa 27 km đường giao thông nông thôn.
Đồng chí Lường Văn Khiêm phát biểu chỉ đạo hội nghị. Ảnh: Thanh Hà
Dự hội nghị có đồng chí Lường Văn Khiêm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Quàng Thị Phượng, Chủ tịch Hội Nông dân tỉnh; các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Giàng A Dế, Nguyễn Văn Tuyển cùng 96 đại biểu là chủ tịch hội nông dân các huyện, thị xã, thành phố và cơ sở.
Báo cáo sơ kết cho biết, 6 tháng qua các cấp hội trong tỉnh Điện Biên tiếp tục triển khai Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương (khóa X) về nông nghiệp, nông dân, nông thôn và Kết luận số 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam". Toàn tỉnh kết nạp 1.326 hội viên mới, nâng tổng số lên gần 58.700 hội viên, đạt 62,4% chỉ tiêu kết nạp cả năm.
Phong trào "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững" có 4.870 hộ nông dân đăng ký; Quỹ Hỗ trợ nông dân các cấp tăng thêm 640 triệu đồng. Hội phối hợp với Ngân hàng Chính sách xã hội giải ngân 12,5 tỷ đồng cho 1.045 hộ vay; phối hợp dạy nghề cho 380 lao động nông thôn theo Quyết định số 1956/QĐ-TTg của Thủ tướng Chính phủ.
Công tác tham gia giám sát, phản biện được chú trọng: các cấp hội tổ chức 42 buổi đối thoại giữa nông dân với cấp ủy, chính quyền cơ sở, tiếp nhận và chuyển đến cơ quan chức năng nhiều kiến nghị về giá vật tư nông nghiệp, về thu mua chè, cà phê.
Tại hội nghị, ông Cà Văn Phanh, Chi hội trưởng Chi hội nông dân bản Co Mị (xã Mường Phăng), chia sẻ: "Bản tôi có 64 hộ thì 61 hộ góp ngày công làm đường. Ban đầu nhiều nhà còn ngại hiến đất, chi hội phải họp tới ba lần, cán bộ đến từng nhà nói chuyện thì bà con mới đồng ý". Anh Vàng A Sử ở bản Huổi Lếch, xã Nà Hỳ, đề nghị Hội tiếp tục hỗ trợ giống lúa và hướng dẫn kỹ thuật làm ruộng bậc thang cho bà con vùng cao.
Phát biểu chỉ đạo, đồng chí Lường Văn Khiêm ghi nhận kết quả Hội đạt được và nhấn mạnh: "6 tháng cuối năm, các cấp hội phải bám sát cơ sở, nắm chắc tâm tư của nông dân, nhất là ở các xã biên giới; không để kẻ xấu lợi dụng tuyên truyền đạo lạ, kích động di cư tự do". Đồng chí đề nghị Hội Nông dân tỉnh tham mưu sơ kết Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết 26-NQ/TW trên địa bàn tỉnh.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 9 tập thể và 17 cá nhân có thành tích xuất sắc trong công tác Hội 6 tháng đầu năm 2011, trong đó có Hội Nông dân xã Mường Phăng, Hội Nông dân xã Thanh Xương và ông Cà Văn Phanh.
Thanh Hà
Lượt xem: 842
Tin liên quan
- Hội Nông dân huyện Tuần Giáo ra quân làm thủy lợi (08/07/2011)
- Tập huấn kỹ thuật trồng cao su cho nông dân Mường Chà (30/06/2011)
- Nông dân Điện Biên Đông thoát nghèo nhờ nuôi bò (21/06/2011)
- Mường Nhé: bàn giao 20 con trâu giống cho hộ nghèo (14/06/2011)
""",
    "2011-07-14",
    "Nông dân góp hơn 9.400 ngày công làm đường giao thông nông thôn",
    E("so_ket", "2011-H1", "2011-07-12"),
    [
        P("Lường Văn Khiêm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Quàng Thị Phượng", "Chủ tịch Hội Nông dân tỉnh"),
        P("Giàng A Dế", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Nguyễn Văn Tuyển", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Cà Văn Phanh", "Chi hội trưởng Chi hội nông dân bản Co Mị"),
        P("Vàng A Sử"),
    ],
    [
        Q("hơn 9.400 ngày công", 9400, "ngày công", "over"),
        Q("27 km", 27, "km"),
        Q("96 đại biểu", 96, "đại biểu"),
        Q("1.326 hội viên mới", 1326, "hội viên mới"),
        Q("gần 58.700 hội viên", 58700, "hội viên", "approx"),
        Q("62,4%", 62.4, "%"),
        Q("4.870 hộ nông dân", 4870, "hộ nông dân"),
        Q("640 triệu đồng", 640000000, "đồng"),
        Q("12,5 tỷ đồng", 12500000000, "đồng"),
        Q("1.045 hộ vay", 1045, "hộ vay"),
        Q("380 lao động nông thôn", 380, "lao động nông thôn"),
        Q("64 hộ", 64, "hộ"),
        Q("61 hộ", 61, "hộ"),
        Q("42 buổi đối thoại", 42, "buổi đối thoại"),
        Q("9 tập thể", 9, "tập thể"),
        Q("17 cá nhân", 17, "cá nhân"),
    ],
    [
        D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW"),
        D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
        D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
        D("Kế hoạch", "45", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 45-KH/TU"),
    ],
    [prov("Điện Biên"), com("Mường Phăng"), com("Nà Hỳ"), com("Thanh Xương")],
    ["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN",
     "Trang chủ » Chính trị » Mặt trận - Đoàn thể",
     "Đồng chí Lường Văn Khiêm phát biểu chỉ đạo hội nghị. Ảnh: Thanh Hà",
     "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn mới và xây dựng giai cấp nông dân Việt Nam",
     "Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững",
     "Ngân hàng Chính sách xã hội", "bản Co Mị", "bản Huổi Lếch", "Lượt xem: 842"],
    ["Thứ Năm, 14/07/2011 - 09:20", "6 tháng qua", "6 tháng đầu năm 2011", "6 tháng cuối năm", "khóa X", "Lượt xem: 842"],
))

# ---------------------------------------------------------------- b678
PAGES.append(page(
    "b678-backan-bdv-tongket-2011",
    """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Trang chủ | Hoạt động dân vận | Tin trong tỉnh
Cập nhật: 10:15, 22/12/2011
Toàn cảnh hội nghị tổng kết.
Bắc Kạn: Nhân dân hiến trên 35.600 m2 đất xây dựng nông thôn mới
Ngày 20/12/2011, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011 và triển khai nhiệm vụ năm 2012. Năm qua, nhân dân các dân tộc trong tỉnh đã hiến trên 35.600 m2 đất, đóng góp hơn 1,8 tỷ đồng để làm đường, xây nhà văn hóa thôn.
Đồng chí Hà Văn Khoát, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các ông, bà: Lục Thị Nhàn, Nông Văn Lầu - Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Triệu Đức Vinh, HUV, Trưởng Ban Dân vận Huyện ủy Ba Bể và 73 đại biểu đại diện ban dân vận các huyện ủy, thị ủy, khối dân vận các sở, ngành.
Theo báo cáo, năm 2011 Ban Dân vận các cấp đã tham mưu cấp ủy triển khai Chỉ thị số 05-CT/TU ngày 10/3/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới; thực hiện Quyết định số 290-QĐ/TW của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị. Qua vận động, bà con đã làm mới 118 km đường bê tông thôn, bản; xây dựng 46 nhà văn hóa thôn; hơn 2.300 hộ đăng ký thoát nghèo bền vững.
Công tác dân vận chính quyền có chuyển biến: 100% xã, phường, thị trấn xây dựng quy chế dân chủ ở cơ sở theo phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra"; số đơn thư khiếu nại vượt cấp giảm 23% so với năm 2010. Phong trào thi đua "Dân vận khéo" được nhân rộng với 162 mô hình, điển hình.
Bên cạnh kết quả đạt được, hội nghị chỉ ra những hạn chế: ở một số xã vùng cao của tỉnh Bắc Kạn, việc nắm bắt tâm tư, nguyện vọng của nhân dân chưa kịp thời; cán bộ dân vận cơ sở phần lớn kiêm nhiệm, ít được bồi dưỡng nghiệp vụ; một số mô hình "Dân vận khéo" chỉ dừng ở đăng ký, chưa có sức lan tỏa. Đồng chí Lục Thị Nhàn cho rằng cần gắn phong trào với việc đánh giá, xếp loại cán bộ cuối năm để tránh hình thức.
Thay mặt các điển hình, ông Hoàng Văn Slình, Trưởng thôn Nà Cà, xã Đồng Phúc, kể: "Đường vào thôn trước đây mùa mưa trâu còn không đi nổi. Năm nay cả thôn bàn nhau, nhà ít đất góp công, nhà nhiều đất hiến đất, chỉ trong 45 ngày đã đổ xong 2,1 km bê tông. Dân thấy cán bộ làm thật thì dân theo". Bà Triệu Thị Mây, người Dao ở xã Bằng Vân, cho biết gia đình bà đã tự nguyện hiến 600 m2 đất vườn để mở rộng đường liên thôn.
Phát biểu kết luận, đồng chí Hà Văn Khoát yêu cầu năm 2012 các cấp tập trung thực hiện Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào vùng cao và công tác dân vận của cơ quan nhà nước; "mỗi cán bộ dân vận phải đi cơ sở ít nhất 10 ngày mỗi tháng, nói để dân hiểu, làm để dân tin".
Dịp này, thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Hà Văn Khoát trao Bằng khen cho 6 tập thể, 11 cá nhân theo Quyết định số 2318/QĐ-UBND ngày 15/12/2011 của UBND tỉnh; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 14 tập thể, 20 cá nhân. Các tập thể được tặng Bằng khen gồm: Ban Dân vận Huyện ủy Ba Bể, Đảng ủy xã Đồng Phúc, UBND xã Nông Thượng…; cá nhân có ông Hoàng Văn Slình và bà Triệu Thị Mây.
Minh Hằng
Số lượt xem: 1.017
Các tin khác
- Ba Bể tổng kết công tác dân vận năm 2011 (19/12/2011)
- Ban Dân vận Trung ương kiểm tra việc thực hiện Quy chế dân chủ tại Bắc Kạn (05/12/2011)
- Chợ Đồn: 15 thôn đăng ký xây dựng mô hình "Dân vận khéo" (28/11/2011)
""",
    "2011-12-22",
    "Bắc Kạn: Nhân dân hiến trên 35.600 m2 đất xây dựng nông thôn mới",
    E("tong_ket", "2011", "2011-12-20"),
    [
        P("Hà Văn Khoát", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lục Thị Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Nông Văn Lầu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Triệu Đức Vinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Bể"),
        P("Hoàng Văn Slình", "Trưởng thôn Nà Cà"),
        P("Triệu Thị Mây"),
    ],
    [
        Q("trên 35.600 m2", 35600, "m2", "over"),
        Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
        Q("73 đại biểu", 73, "đại biểu"),
        Q("118 km", 118, "km"),
        Q("46 nhà văn hóa thôn", 46, "nhà văn hóa thôn"),
        Q("hơn 2.300 hộ", 2300, "hộ", "over"),
        Q("100% xã, phường, thị trấn", 100, "%"),
        Q("23%", 23, "%"),
        Q("162 mô hình, điển hình", 162, "mô hình, điển hình"),
        Q("2,1 km", 2.1, "km"),
        Q("600 m2", 600, "m2"),
        Q("6 tập thể", 6, "tập thể"),
        Q("11 cá nhân", 11, "cá nhân"),
        Q("14 tập thể", 14, "tập thể"),
        Q("20 cá nhân", 20, "cá nhân"),
    ],
    [
        D("Chỉ thị", "05", "CT/TU", "2011-03-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
        D("Quyết định", "290", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 290-QĐ/TW"),
        D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
        D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
        D("Quyết định", "2318", "QĐ-UBND", "2011-12-15", "UBND tỉnh", "Quyết định số 2318/QĐ-UBND"),
    ],
    [prov("Bắc Kạn"), com("Đồng Phúc"), com("Bằng Vân"), com("Nông Thượng")],
    ["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Trang chủ | Hoạt động dân vận | Tin trong tỉnh",
     "Toàn cảnh hội nghị tổng kết.", "Dân biết, dân bàn, dân làm, dân kiểm tra", "Dân vận khéo",
     "thôn Nà Cà", "Minh Hằng", "Số lượt xem: 1.017"],
    ["Cập nhật: 10:15, 22/12/2011", "năm 2011", "năm 2010", "năm 2012", "45 ngày", "10 ngày mỗi tháng",
     "Số lượt xem: 1.017"],
))

# ---------------------------------------------------------------- b679
PAGES.append(page(
    "b679-hanam-bdv-giaoban-2012",
    """
Thứ Hai, 08/10/2012
BÁO HÀ NAM ĐIỆN TỬ
Trang chủ > Xây dựng Đảng > Công tác dân vận
06/10/2012 08:45
Giao ban khối dân vận: Chú trọng vận động đồng bào có đạo
BHN - Chiều 5/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III/2012, triển khai nhiệm vụ quý IV. Đồng chí Trần Thị Lựu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; 21 đồng chí là trưởng ban dân vận các huyện ủy, thành ủy, lãnh đạo Ủy ban MTTQ và các đoàn thể tỉnh dự.
Quang cảnh hội nghị giao ban. Ảnh: Đức Trung
Trong quý, Ban Dân vận các cấp đã tham mưu tổ chức học tập, quán triệt Nghị quyết số 12-NQ/TW của Ban Chấp hành Trung ương khóa XI "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" cho 100% chi bộ; phối hợp triển khai kế hoạch số 112-KH/BDVTU về công tác vận động đồng bào Công giáo năm 2012 và Hướng dẫn 07, 08-HD/BDVTU về đánh giá mô hình dân vận. Khối dân vận các huyện đã vận động nhân dân đóng góp hơn 6,2 tỷ đồng xây dựng nông thôn mới; 9 xã đăng ký về đích năm 2012.
Ủy ban MTTQ và các đoàn thể tỉnh phối hợp nắm tình hình 76 giáo xứ, giáo họ; tổ chức thăm, tặng 430 suất quà cho gia đình chức sắc, chức việc và giáo dân nghèo nhân dịp Trung thu, mỗi suất 300.000 đồng. Tại huyện Thanh Liêm, vụ việc tranh chấp đất đai ở xã Liêm Sơn được giải quyết dứt điểm sau 4 buổi đối thoại.
Báo cáo tại hội nghị, bà Phạm Thị Thoa, HUV, Trưởng Ban Dân vận Huyện ủy Kim Bảng, cho biết huyện đang vận động 312 hộ bàn giao mặt bằng cho dự án đường nối hai cao tốc, mức hỗ trợ thêm 25.000 đồng/m2 đất nông nghiệp. "Khó nhất là dân chưa thông về giá đền bù. Chúng tôi cử cán bộ dân vận ở lại thôn cùng tổ công tác, tối nào cũng họp, đến nay đã có 287 hộ nhận tiền", bà Thoa nói.
Linh mục Nguyễn Văn Đạo, Quản xứ giáo xứ Đồng Lạc (xã Nhân Bình), được mời dự hội nghị, bày tỏ: "Bà con giáo dân rất phấn khởi khi con đường vào nhà thờ được bê tông hóa. Giáo xứ sẽ tiếp tục khuyên giáo dân sống tốt đời, đẹp đạo". Ông Đinh Văn Cường, Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh, đề nghị các cấp quan tâm hơn tới việc cấp phép sửa chữa cơ sở thờ tự.
Đại diện Hội Nông dân, Hội Cựu chiến binh tỉnh Hà Nam cho biết các đoàn thể đã phối hợp với ngành công an mở các đợt tuyên truyền phòng chống tội phạm ở khu dân cư, đồng thời nắm chắc tình hình nông dân có đất bị thu hồi. Một số ý kiến đề nghị Ban Dân vận Tỉnh ủy sớm ban hành hướng dẫn khung để các huyện đánh giá mô hình dân vận theo tiêu chí thống nhất, tránh mỗi nơi làm một kiểu, khó so sánh, khó khen thưởng.
Kết luận hội nghị, đồng chí Trần Thị Lựu đề nghị quý IV/2012 tập trung tổng kết 2 năm thực hiện Quyết định 290-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận; chuẩn bị khen thưởng các tập thể, cá nhân điển hình trong phong trào "Dân vận khéo". Đồng chí lưu ý: "Việc gì dân chưa đồng thuận thì phải dừng lại nghe dân, không làm ép, làm ẩu".
Hội nghị cũng thống nhất để đồng chí Lê Hồng Quân, Phó Trưởng Ban Dân vận Tỉnh ủy, trực tiếp theo dõi địa bàn Kim Bảng, Thanh Liêm.
Nguyễn Hà
Tin liên quan
- Kim Bảng: đối thoại với nhân dân về giải phóng mặt bằng (28/09/2012)
- Khối dân vận Duy Tiên giao ban quý III (25/09/2012)
- Tập huấn nghiệp vụ dân vận cho 120 cán bộ cơ sở (14/09/2012)
- Lý Nhân: xây dựng 27 mô hình "Dân vận khéo" (06/09/2012)
""",
    "2012-10-06",
    "Giao ban khối dân vận: Chú trọng vận động đồng bào có đạo",
    E("giao_ban", "2012-Q3", "2012-10-05"),
    [
        P("Trần Thị Lựu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Phạm Thị Thoa", "HUV", "Trưởng Ban Dân vận Huyện ủy Kim Bảng"),
        P("Nguyễn Văn Đạo", "Linh mục", "Quản xứ giáo xứ Đồng Lạc"),
        P("Đinh Văn Cường", "Chủ tịch Ủy ban Đoàn kết Công giáo tỉnh"),
        P("Lê Hồng Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    ],
    [
        Q("21 đồng chí", 21, "đồng chí"),
        Q("100% chi bộ", 100, "%"),
        Q("hơn 6,2 tỷ đồng", 6200000000, "đồng", "over"),
        Q("9 xã", 9, "xã"),
        Q("76 giáo xứ, giáo họ", 76, "giáo xứ, giáo họ"),
        Q("430 suất quà", 430, "suất quà"),
        Q("300.000 đồng", 300000, "đồng"),
        Q("4 buổi đối thoại", 4, "buổi đối thoại"),
        Q("312 hộ", 312, "hộ"),
        Q("25.000 đồng/m2", 25000, "đồng"),
        Q("287 hộ", 287, "hộ"),
    ],
    [
        D("Nghị quyết", "12", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 12-NQ/TW"),
        D("Kế hoạch", "112", "KH/BDVTU", None, None, "kế hoạch số 112-KH/BDVTU"),
        D("Hướng dẫn", "07", "HD/BDVTU", None, None, "Hướng dẫn 07, 08-HD/BDVTU"),
        D("Hướng dẫn", "08", "HD/BDVTU", None, None, "Hướng dẫn 07, 08-HD/BDVTU"),
        D("Quyết định", "290", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 290-QĐ/TW"),
    ],
    [prov("Hà Nam"), com("Liêm Sơn"), com("Nhân Bình")],
    ["Thứ Hai, 08/10/2012", "BÁO HÀ NAM ĐIỆN TỬ", "Trang chủ > Xây dựng Đảng > Công tác dân vận",
     "Quang cảnh hội nghị giao ban. Ảnh: Đức Trung", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay",
     "Dân vận khéo", "Nguyễn Hà", "giáo xứ Đồng Lạc"],
    ["Thứ Hai, 08/10/2012", "06/10/2012 08:45", "năm 2012", "quý III/2012", "quý IV", "quý IV/2012", "khóa XI",
     "21 đồng chí", "2 năm"],
))

# ---------------------------------------------------------------- b680
PAGES.append(page(
    "b680-kontum-mttq-tongket-2013",
    """
BÁO KON TUM
Tin tức » Chính trị » Mặt trận
19/12/2013 - 15:40
Mặt trận các cấp tổng kết năm 2013: Hơn 216 căn nhà Đại đoàn kết đến với hộ nghèo
Sáng 18/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2013, triển khai chương trình phối hợp và thống nhất hành động năm 2014. Trong năm, Quỹ "Vì người nghèo" các cấp vận động được 3,65 tỷ đồng, hỗ trợ xây mới và sửa chữa hơn 216 căn nhà Đại đoàn kết.
Tham dự có đồng chí A Pớt, Phó Bí thư Tỉnh ủy; đồng chí Y Ngọc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Thạnh, Y Sương.
Đồng chí A Pớt trao Bằng khen cho các tập thể. Ảnh: Hồng Thắm
Theo báo cáo, năm 2013 Mặt trận các cấp đã triển khai Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; Thông tri số 12/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam hướng dẫn tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" có 92,6% hộ gia đình đạt danh hiệu gia đình văn hóa; 587 thôn, làng được công nhận thôn, làng văn hóa.
Mặt trận phối hợp với UBND tỉnh thực hiện Chương trình phối hợp số 05/CTrPH-MTTQ-UBND về giám sát việc thực hiện chính sách hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số, tổ chức 14 cuộc giám sát, phát hiện 3 trường hợp cấp sai đối tượng. 1.240 người có uy tín trong đồng bào dân tộc thiểu số được tập huấn, cung cấp thông tin.
Bên cạnh đó, Ủy ban MTTQ các cấp trong tỉnh Kon Tum đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả khu dân cư; phối hợp với các tổ chức thành viên vận động đồng bào xóa bỏ tập tục lạc hậu, không nghe theo kẻ xấu tuyên truyền, lôi kéo vượt biên trái phép. Công tác tiếp xúc cử tri, tổng hợp ý kiến, kiến nghị của nhân dân gửi kỳ họp Quốc hội, HĐND tỉnh được thực hiện đúng quy định.
Tại hội nghị, Già làng A Brưm ở làng Kon Klor, phường Thắng Lợi, chia sẻ: "Làng mình có 6 hộ trước đây nghe theo kẻ xấu bỏ làng đi nơi khác, nay đều trở về làm ăn. Già làng nói, con cháu nghe, ai cũng muốn làng mình yên". Bà Y Hiền, Trưởng Ban công tác Mặt trận thôn Đăk Răng, xã Đăk Ui, đề nghị tỉnh tiếp tục hỗ trợ mỗi hộ nghèo 2 con heo giống để bà con có vốn làm ăn.
Phát biểu chỉ đạo, đồng chí A Pớt nhấn mạnh: "Năm 2014, Mặt trận phải làm tốt vai trò cầu nối, phát huy những già làng, người có uy tín, vận động bà con đoàn kết giữ làng, giữ rừng". Đồng chí đề nghị Ủy ban MTTQ tỉnh tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 17-CT/TU ngày 22/4/2011 của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở vùng đồng bào dân tộc thiểu số.
Dịp này, 3 tập thể và 5 cá nhân được nhận Bằng khen của Ủy ban Trung ương MTTQ Việt Nam; 12 tập thể, 19 cá nhân nhận Bằng khen của Chủ tịch UBND tỉnh. Trong số các cá nhân được khen có Già làng A Brưm, bà Y Hiền và ông Nguyễn Duy Phúc, Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Hà.
Hồng Thắm
Tin cùng chuyên mục
- Kon Plông: ra mắt 8 khu dân cư kiểu mẫu (12/12/2013)
- Hội thi "Người có uy tín với cộng đồng" cấp tỉnh (05/12/2013)
- Ngọc Hồi tổ chức Ngày hội Đại đoàn kết ở làng Đăk Răng (18/11/2013)
""",
    "2013-12-19",
    "Mặt trận các cấp tổng kết năm 2013: Hơn 216 căn nhà Đại đoàn kết đến với hộ nghèo",
    E("tong_ket", "2013", "2013-12-18"),
    [
        P("A Pớt", "Phó Bí thư Tỉnh ủy"),
        P("Y Ngọc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Nguyễn Văn Thạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Y Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("A Brưm", "Già làng"),
        P("Y Hiền", "Trưởng Ban công tác Mặt trận thôn Đăk Răng"),
        P("Nguyễn Duy Phúc", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Đăk Hà"),
    ],
    [
        Q("3,65 tỷ đồng", 3650000000, "đồng"),
        Q("hơn 216 căn nhà Đại đoàn kết", 216, "căn nhà Đại đoàn kết", "over"),
        Q("92,6% hộ gia đình", 92.6, "%"),
        Q("587 thôn, làng", 587, "thôn, làng"),
        Q("14 cuộc giám sát", 14, "cuộc giám sát"),
        Q("3 trường hợp", 3, "trường hợp"),
        Q("1.240 người có uy tín", 1240, "người có uy tín"),
        Q("6 hộ", 6, "hộ"),
        Q("2 con heo giống", 2, "con heo giống"),
        Q("3 tập thể", 3, "tập thể"),
        Q("5 cá nhân", 5, "cá nhân"),
        Q("12 tập thể", 12, "tập thể"),
        Q("19 cá nhân", 19, "cá nhân"),
    ],
    [
        D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
        D("Thông tri", "12", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 12/TT-MTTW-BTT"),
        D("Chương trình phối hợp", "05", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-UBND"),
        D("Chỉ thị", "17", "CT/TU", "2011-04-22", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU"),
    ],
    [prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Ui")],
    ["BÁO KON TUM", "Tin tức » Chính trị » Mặt trận", "Đồng chí A Pớt trao Bằng khen cho các tập thể. Ảnh: Hồng Thắm",
     "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "làng Kon Klor",
     "thôn Đăk Răng", "Ngày hội Đại đoàn kết toàn dân tộc", "Người có uy tín với cộng đồng"],
    ["19/12/2013 - 15:40", "năm 2013", "năm 2014", "Năm 2014", "khóa XI"],
))

# ---------------------------------------------------------------- b681
PAGES.append(page(
    "b681-travinh-doithoai-khmer-2013",
    """
BÁO TRÀ VINH ONLINE
Trang nhất / Thời sự / Dân tộc - Tôn giáo
Ngày đăng 11/09/2013 | 07:30
Lãnh đạo tỉnh đối thoại với sư sãi, Achar các chùa Khmer
TVO - Ngày 10/9, UBND tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức buổi đối thoại giữa lãnh đạo tỉnh với chức sắc, sư sãi, Achar và người có uy tín trong đồng bào Khmer năm 2013. Hơn 320 đại biểu đại diện cho 141 chùa Khmer trong tỉnh tham dự.
Chủ trì buổi đối thoại có ông Thạch Dư Xương, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông Kim Sơn Hùng, Phó Chủ tịch UBND tỉnh; bà Sơn Thị Bích Liên, Trưởng Ban Dân tộc tỉnh.
Hòa thượng Thạch Xuôl phát biểu tại buổi đối thoại. Ảnh: Lâm Phương
Mở đầu, ông Kim Sơn Hùng thông tin kết quả thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Quyết định số 29/2013/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về chính sách hỗ trợ giải quyết đất ở, đất sản xuất cho đồng bào dân tộc thiểu số nghèo vùng đồng bằng sông Cửu Long. Trong 8 tháng, tỉnh đã hỗ trợ 1.850 hộ Khmer nghèo vay vốn, tổng dư nợ hơn 27 tỷ đồng; sửa chữa 12 điểm trường Pali - Khmer trong chùa.
Hòa thượng Thạch Xuôl, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Ô Chuối ở xã Lương Hòa, nêu ý kiến: "Nhiều chùa đã trên 100 năm tuổi, mái ngói hư hỏng mà bà con phật tử còn nghèo, không đủ sức trùng tu. Mong tỉnh xem xét hỗ trợ kinh phí và rút ngắn thủ tục xin phép sửa chữa". Trả lời, ông Thạch Dư Xương cho biết tỉnh sẽ bố trí 2,4 tỷ đồng trong năm 2014 để hỗ trợ 8 chùa xuống cấp nặng, mỗi chùa từ 200 đến 400 triệu đồng.
Đại đức Kim Sa Rết, trụ trì chùa Phnô Đung (xã Hiếu Tử), đề nghị nâng mức hỗ trợ cho giáo viên dạy chữ Khmer trong dịp hè. Achar Sơn Phol, chùa Kompong Chrây (xã Tập Ngãi), phản ánh nhiều thanh niên Khmer đi làm ăn xa nên thiếu lao động vào mùa thu hoạch.
Nhiều ý kiến khác của sư sãi, Achar tỉnh Trà Vinh tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho các chùa, việc dạy nghề cho thanh niên Khmer và hỗ trợ đồng bào tổ chức các lễ hội truyền thống Chôl Chnăm Thmây, Sene Đolta, Ok Om Bok. Lãnh đạo các sở, ngành đã trực tiếp giải đáp từng nội dung; những vấn đề vượt thẩm quyền được ghi nhận để báo cáo Trung ương.
Sau buổi đối thoại, ông Thạch Dư Xương giao Ban Dân tộc tỉnh phối hợp Sở Nội vụ trình UBND tỉnh ban hành kế hoạch số 56/KH-UBND về triển khai Quyết định 29/2013/QĐ-TTg trên địa bàn tỉnh trước ngày 30/10; đồng thời thống nhất nâng mức thù lao giáo viên dạy Pali - Khmer hè lên 1,5 triệu đồng/tháng.
Trả lời phóng viên bên lề buổi đối thoại, Hòa thượng Thạch Xuôl nói: "Sư sãi chúng tôi rất mừng được nói thẳng với lãnh đạo tỉnh. Điều gì tỉnh hứa hôm nay, nhà chùa sẽ nói lại cho phật tử biết để bà con yên tâm làm ăn, giữ gìn đoàn kết".
Theo ông Kim Sơn Hùng, từ nay đến cuối năm, tỉnh sẽ tiếp tục phối hợp với Hội Đoàn kết sư sãi yêu nước tỉnh mở các lớp bồi dưỡng kiến thức về chính sách dân tộc, tôn giáo cho sư sãi trẻ; mỗi huyện tổ chức ít nhất một buổi đối thoại với đồng bào Khmer trước Tết Nguyên đán.
Lâm Phương
Lượt đọc: 2.315
Bài viết liên quan
- Cầu Ngang: 45 sư sãi tham gia lớp bồi dưỡng kiến thức dân tộc (02/09/2013)
- Trà Cú tổ chức Lễ Sene Đolta an toàn, tiết kiệm (28/08/2013)
- Hỗ trợ 600 suất học bổng cho học sinh Khmer (15/08/2013)
""",
    "2013-09-11",
    "Lãnh đạo tỉnh đối thoại với sư sãi, Achar các chùa Khmer",
    E("doi_thoai", "2013", "2013-09-10"),
    [
        P("Thạch Dư Xương", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Kim Sơn Hùng", "Phó Chủ tịch UBND tỉnh"),
        P("Sơn Thị Bích Liên", "Trưởng Ban Dân tộc tỉnh"),
        P("Thạch Xuôl", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Ô Chuối"),
        P("Kim Sa Rết", "Đại đức", "trụ trì chùa Phnô Đung"),
        P("Sơn Phol", "Achar"),
    ],
    [
        Q("Hơn 320 đại biểu", 320, "đại biểu", "over"),
        Q("141 chùa Khmer", 141, "chùa Khmer"),
        Q("1.850 hộ Khmer nghèo", 1850, "hộ Khmer nghèo"),
        Q("hơn 27 tỷ đồng", 27000000000, "đồng", "over"),
        Q("12 điểm trường Pali - Khmer", 12, "điểm trường Pali - Khmer"),
        Q("2,4 tỷ đồng", 2400000000, "đồng"),
        Q("8 chùa", 8, "chùa"),
        Q("từ 200 đến 400 triệu đồng", 200000000, "đồng"),
        Q("từ 200 đến 400 triệu đồng", 400000000, "đồng"),
        Q("1,5 triệu đồng/tháng", 1500000, "đồng"),
    ],
    [
        D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
        D("Quyết định", "29", "2013/QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 29/2013/QĐ-TTg"),
        D("Kế hoạch", "56", "KH-UBND", None, "UBND tỉnh", "kế hoạch số 56/KH-UBND"),
    ],
    [prov("Trà Vinh"), com("Lương Hòa"), com("Hiếu Tử"), com("Tập Ngãi")],
    ["BÁO TRÀ VINH ONLINE", "Trang nhất / Thời sự / Dân tộc - Tôn giáo",
     "Hòa thượng Thạch Xuôl phát biểu tại buổi đối thoại. Ảnh: Lâm Phương", "chùa Ô Chuối", "chùa Phnô Đung",
     "chùa Kompong Chrây", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lâm Phương", "Lễ Sene Đolta"],
    ["Ngày đăng 11/09/2013 | 07:30", "năm 2013", "8 tháng", "trên 100 năm tuổi", "năm 2014", "ngày 30/10",
     "Lượt đọc: 2.315"],
))

# ---------------------------------------------------------------- b682
PAGES.append(page(
    "b682-quangbinh-lhpn-taphuan-2014",
    """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH
Trang chủ :: Tin hoạt động :: Hoạt động các cấp Hội
21-05-2014 | 16:05
Tập huấn kỹ năng vận động phụ nữ vùng đồng bào dân tộc
Trong 2 ngày 20 và 21/5, Hội LHPN tỉnh mở lớp tập huấn kỹ năng vận động hội viên, phụ nữ vùng đồng bào dân tộc thiểu số năm 2014 cho 85 học viên là chủ tịch, phó chủ tịch hội phụ nữ cơ sở và chi hội trưởng phụ nữ các bản thuộc 3 huyện Minh Hóa, Tuyên Hóa, Quảng Ninh.
Lớp học được tổ chức tại Trung tâm Bồi dưỡng chính trị huyện Minh Hóa. Ảnh: Bích Ngọc
Phát biểu khai mạc, bà Trần Thị Hồng Vân, Chủ tịch Hội LHPN tỉnh, nhấn mạnh: "Phụ nữ vùng đồng bào là lực lượng quan trọng giữ gìn bản sắc và chăm lo gia đình. Cán bộ hội cơ sở phải biết nói tiếng của đồng bào, biết ăn ở cùng đồng bào thì mới vận động được chị em".
Trong thời gian tập huấn, các học viên được bà Đinh Thị Huyền, Phó Chủ tịch Hội LHPN tỉnh, và ông Cao Xuân Thắng, Phó Trưởng Ban Dân tộc tỉnh, truyền đạt các chuyên đề: Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước; Đề án "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015" ban hành kèm theo Quyết định số 295/QĐ-TTg ngày 26/02/2010 của Thủ tướng Chính phủ; kỹ năng tổ chức sinh hoạt chi hội, kỹ năng tuyên truyền phòng chống tảo hôn và hôn nhân cận huyết thống.
Theo báo cáo của Hội LHPN tỉnh, đến nay vùng đồng bào dân tộc thiểu số của tỉnh có 2.140 hội viên người Bru - Vân Kiều, Chứt; tỷ lệ tập hợp hội viên đạt 78%. Năm 2013, các cấp hội đã hỗ trợ 326 hộ phụ nữ nghèo vay vốn với mức từ 20 đến 25 triệu đồng mỗi hộ; duy trì 41 tổ phụ nữ tiết kiệm; trao 150 con bò giống từ nguồn vốn của Trung ương Hội.
Các học viên cũng được trao đổi kinh nghiệm thực tế về cách vận động chị em đến trạm y tế sinh con, đưa con đến trường, giữ gìn vệ sinh môi trường bản làng. Nhiều học viên cho rằng hình thức sinh hoạt bằng tranh ảnh, câu chuyện thực tế, có phiên dịch bằng tiếng Bru - Vân Kiều phù hợp với chị em hơn là đọc tài liệu. Đây là lần đầu tiên tỉnh Quảng Bình tổ chức lớp tập huấn dành riêng cho cán bộ hội ở vùng đồng bào dân tộc thiểu số.
Chia sẻ tại lớp học, chị Hồ Thị Lìa, Chi hội trưởng phụ nữ bản Cà Xen, xã Thượng Trạch (huyện Bố Trạch), kể: "Trước đây chị em trong bản ngại đi họp lắm. Mình đến từng nhà, vừa giúp làm rẫy vừa nói chuyện, dần dần chị em mới ra. Giờ mỗi tháng chi hội sinh hoạt đều, có 37 chị tham gia". Chị Hồ Thị Lìa đã được Trung ương Hội LHPN Việt Nam tặng Bằng khen năm 2013 vì thành tích vận động phụ nữ không tảo hôn.
Chị Đinh Thị Xoan, Phó Chủ tịch Hội LHPN xã Trọng Hóa, cho biết sau lớp học sẽ về triển khai ngay Kế hoạch số 18/KH-HPN của Ban Thường vụ Hội LHPN tỉnh về thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" ở các bản.
Kết thúc lớp học, 85 học viên được cấp giấy chứng nhận; Ban tổ chức tặng Giấy khen cho 5 học viên có kết quả học tập tốt. Bà Trần Thị Hồng Vân cho biết trong năm, Hội sẽ mở thêm các lớp tương tự tại các huyện còn lại.
Bích Ngọc
Tin khác
- Hội LHPN Minh Hóa ra mắt 3 câu lạc bộ "Phòng chống bạo lực gia đình" (12/05/2014)
- Phụ nữ Quảng Bình hướng về biển đảo quê hương (08/05/2014)
- Sơ kết 3 năm thực hiện Đề án 343 (25/04/2014)
""",
    "2014-05-21",
    "Tập huấn kỹ năng vận động phụ nữ vùng đồng bào dân tộc",
    E("tap_huan", "2014", "2014-05-20"),
    [
        P("Trần Thị Hồng Vân", "Chủ tịch Hội LHPN tỉnh"),
        P("Đinh Thị Huyền", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Cao Xuân Thắng", "Phó Trưởng Ban Dân tộc tỉnh"),
        P("Hồ Thị Lìa", "Chi hội trưởng phụ nữ bản Cà Xen"),
        P("Đinh Thị Xoan", "Phó Chủ tịch Hội LHPN xã Trọng Hóa"),
    ],
    [
        Q("85 học viên", 85, "học viên"),
        Q("3 huyện", 3, "huyện"),
        Q("2.140 hội viên", 2140, "hội viên"),
        Q("78%", 78, "%"),
        Q("326 hộ phụ nữ nghèo", 326, "hộ phụ nữ nghèo"),
        Q("từ 20 đến 25 triệu đồng", 20000000, "đồng"),
        Q("từ 20 đến 25 triệu đồng", 25000000, "đồng"),
        Q("41 tổ phụ nữ tiết kiệm", 41, "tổ phụ nữ tiết kiệm"),
        Q("150 con bò giống", 150, "con bò giống"),
        Q("37 chị", 37, "chị"),
        Q("5 học viên", 5, "học viên"),
    ],
    [
        D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
        D("Quyết định", "295", "QĐ-TTg", "2010-02-26", "Thủ tướng Chính phủ", "Quyết định số 295/QĐ-TTg"),
        D("Kế hoạch", "18", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18/KH-HPN"),
    ],
    [prov("Quảng Bình"), com("Thượng Trạch"), com("Trọng Hóa")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG BÌNH", "Trang chủ :: Tin hoạt động :: Hoạt động các cấp Hội",
     "Lớp học được tổ chức tại Trung tâm Bồi dưỡng chính trị huyện Minh Hóa. Ảnh: Bích Ngọc",
     "Hỗ trợ phụ nữ học nghề, tạo việc làm giai đoạn 2010 - 2015", "Xây dựng gia đình 5 không, 3 sạch",
     "bản Cà Xen", "Bru - Vân Kiều", "Bích Ngọc"],
    ["21-05-2014 | 16:05", "2 ngày 20 và 21/5", "năm 2014", "giai đoạn 2010 - 2015", "Năm 2013", "năm 2013",
     "5 không, 3 sạch", "mỗi tháng"],
))
