"""holdout30 batch3: b689-b694 (Ninh Thuận 2019, Tiền Giang 2019, Hà Tĩnh 2020, Lâm Đồng 2021, Cao Bằng 2021, Bà Rịa - Vũng Tàu 2022)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b689
PAGES.append(page(
    "b689-ninhthuan-bdv-tongket-2019",
    """
BÁO NINH THUẬN ĐIỆN TỬ                                   Thứ Hai, 23/12/2019
Trang chủ > Chính trị > Dân vận
Cập nhật lúc 09:30 ngày 20/12/2019
65 tập thể, cá nhân được khen thưởng trong phong trào "Dân vận khéo"
NTO - Sáng 19-12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Quảng Văn Lộc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng dự có các đồng chí Châu Thị Liêm, Trần Quốc Việt - Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Quảng Văn Lộc trao Giấy khen cho các tập thể, cá nhân điển hình "Dân vận khéo". Ảnh: Văn Miên
Năm 2019, Ban Dân vận các cấp trong tỉnh Ninh Thuận tham mưu cấp ủy thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; ban hành Quy chế số 05-QC/TU về phối hợp giữa Ban Dân vận Tỉnh ủy với Ban cán sự đảng UBND tỉnh. Các địa phương đã xây dựng 486 mô hình "Dân vận khéo", trong đó có 112 mô hình ở vùng đồng bào Chăm, Raglai.
Nhân dân trong tỉnh đã đóng góp hơn 14,5 tỷ đồng, hiến trên 26.000 m2 đất, hơn 31.000 ngày công để bê tông hóa đường nội đồng, xây nhà văn hóa thôn. Công tác vận động chức sắc, chức việc các tôn giáo được chú trọng; lễ hội Katê, tháng chay Ramưwan của đồng bào Chăm diễn ra an toàn, tiết kiệm.
Tham luận tại hội nghị, ông Katơr Văn Lợi, Bí thư Đảng ủy xã Phước Bình (huyện Bác Ái), cho biết xã có 98% dân số là người Raglai. "Trước đây bà con còn phát rẫy làm nương trong rừng phòng hộ. Đảng ủy giao mỗi đảng viên phụ trách 5 hộ, đến từng nhà nói chuyện, đến nay không còn hộ nào phá rừng", ông Lợi nói.
Sư cả Thiên Văn Sanh, Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh, khẳng định: "Chức sắc Bàni luôn khuyên bà con đồng đạo sống tốt đời đẹp đạo, chấp hành chính sách pháp luật. Thôn Văn Lâm của chúng tôi năm nay có 46 hộ hiến đất mở rộng đường". Cả sư Lưu Văn Lập, thành viên Hội đồng Chức sắc Bà-la-môn tỉnh, đề nghị tiếp tục hỗ trợ kinh phí tu sửa các đền tháp cổ.
Phát biểu kết luận, đồng chí Quảng Văn Lộc đề nghị năm 2020 các cấp tập trung tuyên truyền, vận động nhân dân tham gia xây dựng Đảng, chuẩn bị đại hội đảng bộ các cấp; triển khai Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng các dự án năng lượng tái tạo. "Dự án điện gió, điện mặt trời đi đến đâu, công tác dân vận phải đi trước đến đó. Không để dân thiệt, không để dân khiếu kiện vì thiếu thông tin", đồng chí nhấn mạnh.
Dịp này, UBND tỉnh tặng Bằng khen cho 31 tập thể và 34 cá nhân theo Quyết định số 2316/QĐ-UBND ngày 12/12/2019 của Chủ tịch UBND tỉnh. Các cá nhân được tặng Bằng khen có: ông Katơr Văn Lợi; bà Pinăng Thị Đính, Chủ tịch Hội LHPN xã Phước Đại; Sư cả Thiên Văn Sanh; ông Đổng Văn Khiết, Trưởng thôn Phước Lập, xã Phước Hải.
Chia sẻ niềm vui, bà Pinăng Thị Đính nói: "Tôi được khen vì vận động được 17 cặp vợ chồng trẻ không tảo hôn. Tôi nói bằng tiếng Raglai, bà con nghe dễ hiểu hơn".
Văn Miên
Lượt xem: 1.386
Tin liên quan
- Ninh Phước tổng kết công tác dân vận năm 2019 (17/12/2019)
- Giao ban khối dân vận quý IV (10/12/2019)
- Bác Ái: 24 mô hình "Dân vận khéo" được nhân rộng (02/12/2019)
""",
    "2019-12-20",
    "65 tập thể, cá nhân được khen thưởng trong phong trào \"Dân vận khéo\"",
    E("tong_ket", "2019", "2019-12-19"),
    [
        P("Quảng Văn Lộc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Châu Thị Liêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Trần Quốc Việt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Katơr Văn Lợi", "Bí thư Đảng ủy xã Phước Bình"),
        P("Thiên Văn Sanh", "Sư cả", "Phó Chủ tịch Hội đồng Sư cả Hồi giáo Bàni tỉnh"),
        P("Lưu Văn Lập", "Cả sư", "thành viên Hội đồng Chức sắc Bà-la-môn tỉnh"),
        P("Pinăng Thị Đính", "Chủ tịch Hội LHPN xã Phước Đại"),
        P("Đổng Văn Khiết", "Trưởng thôn Phước Lập"),
    ],
    [
        Q("65 tập thể, cá nhân", 65, "tập thể, cá nhân"),
        Q("486 mô hình", 486, "mô hình"),
        Q("112 mô hình", 112, "mô hình"),
        Q("hơn 14,5 tỷ đồng", 14500000000, "đồng", "over"),
        Q("trên 26.000 m2", 26000, "m2", "over"),
        Q("hơn 31.000 ngày công", 31000, "ngày công", "over"),
        Q("98% dân số", 98, "%"),
        Q("5 hộ", 5, "hộ"),
        Q("46 hộ", 46, "hộ"),
        Q("31 tập thể", 31, "tập thể"),
        Q("34 cá nhân", 34, "cá nhân"),
        Q("17 cặp vợ chồng trẻ", 17, "cặp vợ chồng trẻ"),
    ],
    [
        D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW"),
        D("Quy chế", "05", "QC/TU", None, None, "Quy chế số 05-QC/TU"),
        D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU"),
        D("Quyết định", "2316", "QĐ-UBND", "2019-12-12", "Chủ tịch UBND tỉnh", "Quyết định số 2316/QĐ-UBND"),
    ],
    [prov("Ninh Thuận"), com("Phước Bình"), com("Phước Đại"), com("Phước Hải")],
    ["BÁO NINH THUẬN ĐIỆN TỬ", "Trang chủ > Chính trị > Dân vận",
     "Đồng chí Quảng Văn Lộc trao Giấy khen cho các tập thể, cá nhân điển hình \"Dân vận khéo\". Ảnh: Văn Miên",
     "Dân vận khéo", "Katê", "Ramưwan", "Thôn Văn Lâm", "thôn Phước Lập", "Hội đồng Sư cả Hồi giáo Bàni tỉnh", "Văn Miên"],
    ["Thứ Hai, 23/12/2019", "Cập nhật lúc 09:30 ngày 20/12/2019", "Sáng 19-12", "năm 2019", "Năm 2019", "năm 2020",
     "Trung ương 7 khóa XI", "Lượt xem: 1.386"],
))

# ---------------------------------------------------------------- b690
PAGES.append(page(
    "b690-tiengiang-ubnd-doithoai-2019",
    """
ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Trang chủ / Chính trị / Hoạt động lãnh đạo tỉnh
16/10/2019 - 10:12
Nông dân hỏi chuyện giá thanh long, vốn vay không thế chấp
(ABO) Sáng 15-10, UBND tỉnh phối hợp với Hội Nông dân tỉnh tổ chức hội nghị Chủ tịch UBND tỉnh đối thoại với nông dân năm 2019. Hơn 300 hội viên nông dân tiêu biểu ở 11 huyện, thị xã, thành phố trong tỉnh Tiền Giang tham dự.
Ông Nguyễn Văn Mười, Chủ tịch UBND tỉnh trả lời ý kiến của nông dân. Ảnh: Hữu Chí
Chủ trì buổi đối thoại có ông Nguyễn Văn Mười, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh và ông Đoàn Văn Tâm, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh. Cùng trả lời các câu hỏi có ông Phạm Văn Trọng, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, và bà Lê Thị Ngọc Hân, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh.
Mở đầu buổi đối thoại, ông Võ Văn Tám, nông dân xã Tân Hội Đông (huyện Châu Thành), hỏi: "Giá thanh long ruột đỏ từ 25.000 đồng/kg đầu năm nay rớt còn 5.000 - 8.000 đồng/kg, nhiều nhà bán không đủ tiền phân, tiền điện. Tỉnh có giải pháp gì giúp nông dân?". Ông Phạm Văn Trọng cho biết toàn tỉnh có khoảng 6.800 ha thanh long; tỉnh đang làm việc với 4 doanh nghiệp xuất khẩu để ký hợp đồng bao tiêu và khuyến cáo bà con không mở rộng diện tích tự phát.
Bà Trần Thị Bé Năm ở xã Mỹ Tịnh An (huyện Chợ Gạo) phản ánh việc vay vốn ngân hàng còn đòi thế chấp. Trả lời, bà Lê Thị Ngọc Hân giải thích: theo Nghị định số 55/2015/NĐ-CP và 116/2018/NĐ-CP của Chính phủ về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn, hộ nông dân được vay tối đa 100 triệu đồng không phải bảo đảm bằng tài sản; hợp tác xã, tổ hợp tác được vay tới 300 triệu đồng. "Nếu nơi nào còn đòi thế chấp khoản vay dưới mức này, bà con phản ánh ngay về Ngân hàng Nhà nước tỉnh", bà Hân nói.
Ông Huỳnh Văn Đực, Tổ trưởng tổ hợp tác sầu riêng ấp Phú Hòa, xã Ngũ Hiệp (huyện Cai Lậy), đề nghị tỉnh hỗ trợ cấp mã số vùng trồng. Ông Phạm Văn Trọng cho biết tỉnh đã cấp 27 mã số vùng trồng với diện tích hơn 1.400 ha; năm 2020 dự kiến hỗ trợ 50% chi phí chứng nhận VietGAP, tối đa 45 triệu đồng/tổ hợp tác.
Kết luận buổi đối thoại, ông Nguyễn Văn Mười khẳng định: "Những gì nông dân kiến nghị hôm nay, sở ngành phải trả lời bằng văn bản trong 30 ngày. Tỉnh không hứa cho hay mà hứa cho làm được". Ông giao Sở Nông nghiệp và Phát triển nông thôn tham mưu UBND tỉnh sửa đổi Quyết định số 2346/QĐ-UBND về hỗ trợ liên kết sản xuất, tiêu thụ nông sản; đồng thời đề nghị Hội Nông dân tỉnh tiếp tục thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về đổi mới nội dung, phương thức hoạt động của Hội.
Theo ông Đoàn Văn Tâm, tại buổi đối thoại có 24 ý kiến được trả lời trực tiếp. Năm 2019, Hội Nông dân tỉnh đã phối hợp giải ngân hơn 1.020 tỷ đồng vốn vay ủy thác; Quỹ Hỗ trợ nông dân các cấp đạt 62,3 tỷ đồng. Sau buổi đối thoại, Hội sẽ tổng hợp các kiến nghị chưa được trả lời để chuyển đến các sở, ngành.
Hữu Chí
Lượt xem: 2.047
Tin cùng chuyên mục
- Gò Công Đông: nông dân chuyển đổi 120 ha đất lúa (11/10/2019)
- Hội Nông dân tỉnh giao ban quý III (04/10/2019)
- Tập huấn cấp mã số vùng trồng cho 80 nông dân (26/09/2019)
""",
    "2019-10-16",
    "Nông dân hỏi chuyện giá thanh long, vốn vay không thế chấp",
    E("doi_thoai", "2019", "2019-10-15"),
    [
        P("Nguyễn Văn Mười", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
        P("Đoàn Văn Tâm", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
        P("Phạm Văn Trọng", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
        P("Lê Thị Ngọc Hân", "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh"),
        P("Võ Văn Tám"),
        P("Trần Thị Bé Năm"),
        P("Huỳnh Văn Đực", "Tổ trưởng tổ hợp tác sầu riêng ấp Phú Hòa"),
    ],
    [
        Q("Hơn 300 hội viên nông dân tiêu biểu", 300, "hội viên nông dân tiêu biểu", "over"),
        Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
        Q("25.000 đồng/kg", 25000, "đồng"),
        Q("5.000 - 8.000 đồng/kg", 5000, "đồng"),
        Q("5.000 - 8.000 đồng/kg", 8000, "đồng"),
        Q("khoảng 6.800 ha", 6800, "ha", "approx"),
        Q("4 doanh nghiệp xuất khẩu", 4, "doanh nghiệp xuất khẩu"),
        Q("100 triệu đồng", 100000000, "đồng"),
        Q("300 triệu đồng", 300000000, "đồng"),
        Q("27 mã số vùng trồng", 27, "mã số vùng trồng"),
        Q("hơn 1.400 ha", 1400, "ha", "over"),
        Q("50% chi phí", 50, "%"),
        Q("45 triệu đồng/tổ hợp tác", 45000000, "đồng"),
        Q("24 ý kiến", 24, "ý kiến"),
        Q("hơn 1.020 tỷ đồng", 1020000000000, "đồng", "over"),
        Q("62,3 tỷ đồng", 62300000000, "đồng"),
    ],
    [
        D("Nghị định", "55", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 55/2015/NĐ-CP"),
        D("Nghị định", "116", "2018/NĐ-CP", None, "Chính phủ", "116/2018/NĐ-CP"),
        D("Quyết định", "2346", "QĐ-UBND", None, None, "Quyết định số 2346/QĐ-UBND"),
        D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU"),
    ],
    [prov("Tiền Giang"), com("Tân Hội Đông"), com("Mỹ Tịnh An"), com("Ngũ Hiệp")],
    ["ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ / Chính trị / Hoạt động lãnh đạo tỉnh",
     "Ông Nguyễn Văn Mười, Chủ tịch UBND tỉnh trả lời ý kiến của nông dân. Ảnh: Hữu Chí", "ấp Phú Hòa", "VietGAP",
     "Ngân hàng Nhà nước tỉnh", "Hữu Chí"],
    ["16/10/2019 - 10:12", "Sáng 15-10", "năm 2019", "Năm 2019", "năm 2020", "30 ngày", "Lượt xem: 2.047"],
))

# ---------------------------------------------------------------- b691
PAGES.append(page(
    "b691-hatinh-mttq-giaoban-2020",
    """
BÁO HÀ TĨNH
Chính trị » Mặt trận - Đoàn thể
03.10.2020 | 07:50
Mặt trận chuẩn bị cho tháng cao điểm "Vì người nghèo"
Chiều 2/10, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị giao ban công tác Mặt trận quý III/2020 với Ủy ban MTTQ các huyện, thị xã, thành phố và các tổ chức thành viên, bàn triển khai tháng cao điểm "Vì người nghèo" năm 2020.
Hội nghị được tổ chức trực tuyến tới 13 điểm cầu cấp huyện. Ảnh: Phúc Quang
Bà Trần Thị Hồng Lam, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; các ông Võ Hồng Hải, Nguyễn Văn Tình - Phó Chủ tịch Ủy ban MTTQ tỉnh cùng dự. Ông Võ Hồng Hải vừa được hiệp thương cử giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh tại hội nghị Ủy ban MTTQ tỉnh lần thứ 4 cuối tháng 9.
Quý III, Mặt trận các cấp trong tỉnh Hà Tĩnh tiếp tục vận động nhân dân thực hiện các biện pháp phòng chống dịch Covid-19; giám sát việc thực hiện Nghị quyết 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, phát hiện 37 trường hợp chi trả chưa đúng đối tượng, đã kiến nghị thu hồi gần 56 triệu đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" có thêm 42 khu dân cư được công nhận khu dân cư nông thôn mới kiểu mẫu.
Quỹ "Vì người nghèo" các cấp đến nay tiếp nhận 18,4 tỷ đồng; đã hỗ trợ xây mới, sửa chữa 126 căn nhà Đại đoàn kết, mỗi căn từ 40 đến 50 triệu đồng. Riêng Ban Vận động Quỹ cấp tỉnh hỗ trợ 420 suất quà cho hộ nghèo bị ảnh hưởng mưa lũ đầu tháng 9, mỗi suất gồm tiền mặt và nhu yếu phẩm trị giá khoảng 850 nghìn đồng.
Thực hiện Công văn số 1235/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, các địa phương đã rà soát danh sách 12.460 hộ nghèo, 9.815 hộ cận nghèo để phân công "địa chỉ" giúp đỡ. Ông Nguyễn Văn Tình cho biết: "Tháng cao điểm năm nay phấn đấu vận động trên 20 tỷ đồng, ưu tiên xây nhà cho hộ nghèo vùng thường xuyên ngập lụt ở Hương Khê, Vũ Quang, Cẩm Xuyên".
Ý kiến tại hội nghị, ông Phan Đình Lợi, Chủ tịch Ủy ban MTTQ huyện Hương Khê, đề nghị tỉnh sớm phân bổ nguồn hỗ trợ nhà ở để kịp hoàn thành trước mùa mưa bão. Bà Nguyễn Thị Thanh, Trưởng Ban công tác Mặt trận thôn Trung Hòa, xã Sơn Kim 1 (huyện Hương Sơn), chia sẻ cách vận động con em xa quê góp 300 triệu đồng làm đường thôn. Một số ý kiến khác đề nghị tăng cường giám sát việc bình xét hộ nghèo, hộ cận nghèo ở khu dân cư để bảo đảm công khai, đúng đối tượng, tránh tình trạng "chia đều" suất hỗ trợ; đồng thời sớm hướng dẫn cách tổ chức Ngày hội Đại đoàn kết an toàn trong điều kiện phòng chống dịch.
Kết luận hội nghị, bà Trần Thị Hồng Lam đề nghị quý IV tập trung triển khai Kế hoạch 31, 32/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tháng cao điểm "Vì người nghèo" và tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020; thực hiện Hướng dẫn số 24/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về tổng kết công tác năm. "Mặt trận phải có mặt sớm nhất ở nơi dân khó khăn, nhất là khi mưa lũ", bà Lam nói.
Phúc Quang
Lượt xem: 964
Tin liên quan
- Vũ Quang: trao 10 nhà Đại đoàn kết cho hộ nghèo (28/09/2020)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 4, khóa XVIII (25/09/2020)
- Kỳ Anh: 1.200 suất quà đến với người dân vùng lũ (15/09/2020)
""",
    "2020-10-03",
    "Mặt trận chuẩn bị cho tháng cao điểm \"Vì người nghèo\"",
    E("giao_ban", "2020-Q3", "2020-10-02"),
    [
        P("Trần Thị Hồng Lam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Võ Hồng Hải", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Nguyễn Văn Tình", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Phan Đình Lợi", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
        P("Nguyễn Thị Thanh", "Trưởng Ban công tác Mặt trận thôn Trung Hòa"),
    ],
    [
        Q("13 điểm cầu", 13, "điểm cầu"),
        Q("37 trường hợp", 37, "trường hợp"),
        Q("gần 56 triệu đồng", 56000000, "đồng", "approx"),
        Q("42 khu dân cư", 42, "khu dân cư"),
        Q("18,4 tỷ đồng", 18400000000, "đồng"),
        Q("126 căn nhà Đại đoàn kết", 126, "căn nhà Đại đoàn kết"),
        Q("từ 40 đến 50 triệu đồng", 40000000, "đồng"),
        Q("từ 40 đến 50 triệu đồng", 50000000, "đồng"),
        Q("420 suất quà", 420, "suất quà"),
        Q("khoảng 850 nghìn đồng", 850000, "đồng", "approx"),
        Q("12.460 hộ nghèo", 12460, "hộ nghèo"),
        Q("9.815 hộ cận nghèo", 9815, "hộ cận nghèo"),
        Q("trên 20 tỷ đồng", 20000000000, "đồng", "over"),
        Q("300 triệu đồng", 300000000, "đồng"),
    ],
    [
        D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết 42/NQ-CP"),
        D("Công văn", "1235", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 1235/MTTQ-BTT"),
        D("Kế hoạch", "31", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 31, 32/KH-MTTQ-BTT"),
        D("Kế hoạch", "32", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 31, 32/KH-MTTQ-BTT"),
        D("Hướng dẫn", "24", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 24/HD-MTTW-BTT"),
    ],
    [prov("Hà Tĩnh"), com("Sơn Kim 1")],
    ["BÁO HÀ TĨNH", "Chính trị » Mặt trận - Đoàn thể", "Hội nghị được tổ chức trực tuyến tới 13 điểm cầu cấp huyện. Ảnh: Phúc Quang",
     "Vì người nghèo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "thôn Trung Hòa",
     "Ban Vận động Quỹ cấp tỉnh", "Phúc Quang"],
    ["03.10.2020 | 07:50", "xã Sơn Kim 1", "quý III/2020", "năm 2020", "lần thứ 4", "cuối tháng 9", "Covid-19", "đầu tháng 9",
     "quý IV", "Quý III", "Lượt xem: 964"],
))

# ---------------------------------------------------------------- b692
PAGES.append(page(
    "b692-lamdong-mttq-soket-2021",
    """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
2021-07-15 18:30
Hơn 42,7 tỷ đồng ủng hộ phòng, chống dịch Covid-19
LĐ - Ngày 15/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị trực tuyến sơ kết công tác Mặt trận 6 tháng đầu năm 2021. Tính đến nay, Ủy ban MTTQ các cấp trong tỉnh Lâm Đồng đã tiếp nhận hơn 42,7 tỷ đồng và nhiều hàng hóa ủng hộ công tác phòng, chống dịch Covid-19, trong đó có 15,3 tỷ đồng ủng hộ Quỹ vắc-xin.
Hội nghị được kết nối tới 12 điểm cầu huyện, thành phố. Ảnh: N.Thắng
Chủ trì hội nghị có bà Nguyễn Thị Bích Hạnh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Kră Jăn K'Lập, Ka Hương, Trần Văn Thiện.
6 tháng đầu năm, Mặt trận các cấp đã phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, tỷ lệ cử tri đi bầu đạt 99,58%. Thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Mặt trận các cấp đã chủ trì 58 cuộc giám sát, tổ chức 9 hội nghị phản biện xã hội.
Mặt trận phối hợp với chính quyền rà soát, hỗ trợ người lao động, hộ kinh doanh gặp khó khăn theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ. Chương trình "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau" được đẩy mạnh; Quỹ "Vì người nghèo" các cấp vận động 9,6 tỷ đồng, xây mới 64 căn nhà Đại đoàn kết cho hộ nghèo đồng bào K'Ho, Mạ, Chu Ru.
Thảo luận tại hội nghị, bà Touprong Ha Thảo, Bí thư Đảng ủy xã Tu Tra (huyện Đơn Dương), cho biết: "Xã có 68% là đồng bào Chu Ru. Khi dịch bùng phát, Mặt trận xã lập 14 tổ Covid cộng đồng, người có uy tín đến từng nhà nhắc bà con không tụ tập. Đến nay xã chưa ghi nhận ca mắc nào". Ông Cil K'Broi, người có uy tín ở thôn Đa Kao, xã Đạ Long (huyện Đam Rông), đề nghị Nhà nước hỗ trợ giống cà phê ghép để bà con tái canh. Đại diện Ủy ban MTTQ thành phố Đà Lạt cho biết đã phối hợp với các tổ chức tôn giáo mở các điểm phát gạo, rau củ miễn phí cho người lao động tự do, sinh viên ở lại thành phố; các chùa, giáo xứ, hội thánh Tin Lành đều tham gia. Một số ý kiến đề nghị tỉnh sớm có hướng dẫn thống nhất về việc tiếp nhận hàng hóa ủng hộ từ các tỉnh bạn.
Phát biểu chỉ đạo, bà Nguyễn Thị Bích Hạnh yêu cầu: "6 tháng cuối năm, Mặt trận không được chủ quan. Từng khu dân cư phải là một pháo đài chống dịch, và tiền, hàng dân ủng hộ phải công khai đến từng đồng". Bà đề nghị các địa phương triển khai Kế hoạch số 12-KH/MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021 theo hình thức phù hợp với tình hình dịch bệnh.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 6 tập thể và 10 cá nhân có thành tích trong công tác vận động ủng hộ phòng, chống dịch, trong đó có Ban công tác Mặt trận thôn Đa Kao và bà Touprong Ha Thảo. Ông Kră Jăn K'Lập được giao theo dõi việc tiếp nhận, phân bổ nguồn ủng hộ cho các huyện phía Nam.
N.Thắng
Lượt xem: 1.512
Tin liên quan
- Đà Lạt: trao 2.000 túi an sinh cho người dân khó khăn (12/07/2021)
- Lâm Hà: 1 tỷ đồng ủng hộ Quỹ vắc-xin (06/07/2021)
- Mặt trận Bảo Lộc giám sát chi hỗ trợ theo Nghị quyết 68 (02/07/2021)
""",
    "2021-07-15",
    "Hơn 42,7 tỷ đồng ủng hộ phòng, chống dịch Covid-19",
    E("so_ket", "2021-H1", "2021-07-15"),
    [
        P("Nguyễn Thị Bích Hạnh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Kră Jăn K'Lập", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Ka Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Trần Văn Thiện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
        P("Touprong Ha Thảo", "Bí thư Đảng ủy xã Tu Tra"),
        P("Cil K'Broi"),
    ],
    [
        Q("hơn 42,7 tỷ đồng", 42700000000, "đồng", "over"),
        Q("15,3 tỷ đồng", 15300000000, "đồng"),
        Q("12 điểm cầu", 12, "điểm cầu"),
        Q("99,58%", 99.58, "%"),
        Q("58 cuộc giám sát", 58, "cuộc giám sát"),
        Q("9 hội nghị phản biện xã hội", 9, "hội nghị phản biện xã hội"),
        Q("9,6 tỷ đồng", 9600000000, "đồng"),
        Q("64 căn nhà Đại đoàn kết", 64, "căn nhà Đại đoàn kết"),
        Q("68%", 68, "%"),
        Q("14 tổ Covid cộng đồng", 14, "tổ Covid cộng đồng"),
        Q("6 tập thể", 6, "tập thể"),
        Q("10 cá nhân", 10, "cá nhân"),
    ],
    [
        D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN", None,
          "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
          "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCTUBTWMTTQVN"),
        D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP"),
        D("Kế hoạch", "12", "KH/MTTQ-BTT", None, None, "Kế hoạch số 12-KH/MTTQ-BTT"),
    ],
    [prov("Lâm Đồng"), com("Tu Tra"), com("Đạ Long")],
    ["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận", "Hội nghị được kết nối tới 12 điểm cầu huyện, thành phố. Ảnh: N.Thắng",
     "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau", "Vì người nghèo", "Quỹ vắc-xin",
     "thôn Đa Kao", "Chu Ru", "N.Thắng"],
    ["2021-07-15 18:30", "Covid-19", "6 tháng đầu năm 2021", "6 tháng đầu năm", "6 tháng cuối năm", "khóa XV",
     "nhiệm kỳ 2021 - 2026", "năm 2021", "Lượt xem: 1.512"],
))

# ---------------------------------------------------------------- b693
PAGES.append(page(
    "b693-caobang-bdv-taphuan-2021",
    """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động dân vận
24/11/2021 | 14:50
Bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận cơ sở
Trong 2 ngày (23 - 24/11), Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ công tác dân vận năm 2021 cho 120 học viên là trưởng khối dân vận, cán bộ dân vận của 161 xã, phường, thị trấn trong tỉnh Cao Bằng.
Đồng chí Nông Thị Thiêm, TUV, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Ảnh: Bế Hà
Phát biểu khai mạc, đồng chí Nông Thị Thiêm, TUV, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: "Sau sắp xếp đơn vị hành chính, địa bàn nhiều xã rộng hơn, dân cư phân tán hơn. Cán bộ dân vận cơ sở càng phải bám bản, bám dân, nói được tiếng Tày, Nùng, Mông, Dao thì mới nắm được lòng dân".
Tại lớp tập huấn, các học viên được đồng chí Lương Văn Khao, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, truyền đạt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; đồng chí Hoàng Thị Slim, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW và kỹ năng xây dựng, nhân rộng mô hình "Dân vận khéo". Ngoài ra, học viên được hướng dẫn thực hiện kế hoạch số 52-KH/BDVTU về công tác dân vận trong phòng, chống dịch Covid-19 và Hướng dẫn 09, 10-HD/BDVTU về đánh giá, khen thưởng phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Theo Ban Dân vận Tỉnh ủy, năm 2021 toàn tỉnh có 1.046 mô hình "Dân vận khéo" được công nhận; nhân dân hiến hơn 48.000 m2 đất, góp trên 12.000 ngày công làm đường; 3.210 hộ đồng bào Mông, Dao ở vùng cao đã được vận động tiêm vắc-xin phòng Covid-19.
Học viên Triệu Thị Nhất, ĐUV, Trưởng khối dân vận xã Phan Thanh (huyện Nguyên Bình), người Dao, chia sẻ: "Xã tôi có 11 xóm thì 7 xóm là đồng bào Dao, Mông. Qua lớp học tôi biết cách ghi sổ theo dõi tâm tư của dân, biết cách vận động bằng chính người trong dòng họ. Về xã tôi sẽ làm ngay". Anh Vàng Seo Pó, cán bộ dân vận xã Cần Nông (huyện Hà Quảng), mong muốn có thêm tài liệu bằng tiếng Mông.
Trong buổi thảo luận, nhiều học viên nêu khó khăn: cán bộ dân vận cấp xã phần lớn kiêm nhiệm, thường xuyên thay đổi; phụ cấp thấp; địa bàn đi lại khó khăn, nhất là mùa mưa; việc nắm tình hình ở những xóm xa trung tâm có lúc chưa kịp thời. Các học viên cũng trao đổi kinh nghiệm phát huy vai trò của trưởng dòng họ, già làng, người có uy tín trong việc vận động đồng bào bỏ hủ tục trong ma chay, cưới xin, không nghe theo kẻ xấu truyền đạo trái pháp luật.
Đồng chí Hoàng Thị Slim cho biết sau lớp học, Ban Dân vận Tỉnh ủy sẽ biên soạn sổ tay nghiệp vụ dân vận song ngữ Việt - Mông để phát cho cán bộ cơ sở.
Bế mạc lớp học, đồng chí Lương Văn Khao đề nghị mỗi học viên sau tập huấn xây dựng ít nhất một mô hình "Dân vận khéo" ở cơ sở. Ban Dân vận Tỉnh ủy tặng Giấy khen cho 6 học viên có bài thu hoạch xuất sắc, trong đó có học viên Triệu Thị Nhất và học viên Vàng Seo Pó.
Bế Hà
Lượt xem: 688
Tin khác
- Trùng Khánh: ra mắt 3 mô hình "Dân vận khéo" (19/11/2021)
- Giao ban khối dân vận quý III/2021 (08/10/2021)
- Hà Quảng vận động nhân dân hiến đất làm đường (29/09/2021)
""",
    "2021-11-24",
    "Bồi dưỡng nghiệp vụ cho cán bộ làm công tác dân vận cơ sở",
    E("tap_huan", "2021", "2021-11-23"),
    [
        P("Nông Thị Thiêm", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lương Văn Khao", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
        P("Hoàng Thị Slim", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Triệu Thị Nhất", "ĐUV", "Trưởng khối dân vận xã Phan Thanh"),
        P("Vàng Seo Pó", "cán bộ dân vận xã Cần Nông"),
    ],
    [
        Q("120 học viên", 120, "học viên"),
        Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn"),
        Q("1.046 mô hình", 1046, "mô hình"),
        Q("hơn 48.000 m2", 48000, "m2", "over"),
        Q("trên 12.000 ngày công", 12000, "ngày công", "over"),
        Q("3.210 hộ đồng bào Mông, Dao", 3210, "hộ đồng bào Mông, Dao"),
        Q("11 xóm", 11, "xóm"),
        Q("7 xóm", 7, "xóm"),
        Q("6 học viên", 6, "học viên"),
    ],
    [
        D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW"),
        D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW"),
        D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
        D("Kế hoạch", "52", "KH/BDVTU", None, None, "kế hoạch số 52-KH/BDVTU"),
        D("Hướng dẫn", "09", "HD/BDVTU", None, None, "Hướng dẫn 09, 10-HD/BDVTU"),
        D("Hướng dẫn", "10", "HD/BDVTU", None, None, "Hướng dẫn 09, 10-HD/BDVTU"),
    ],
    [prov("Cao Bằng"), com("Phan Thanh"), com("Cần Nông")],
    ["BAN DÂN VẬN TỈNH ỦY CAO BẰNG - TRANG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động dân vận",
     "Đồng chí Nông Thị Thiêm, TUV, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Ảnh: Bế Hà",
     "Dân vận khéo", "Bế Hà", "tiếng Mông"],
    ["24/11/2021 | 14:50", "2 ngày (23 - 24/11)", "năm 2021", "Covid-19", "giai đoạn 2021 - 2025", "Lượt xem: 688"],
))

# ---------------------------------------------------------------- b694
PAGES.append(page(
    "b694-bariavungtau-lhpn-tongket-2022",
    """
BÁO BÀ RỊA - VŨNG TÀU
Xã hội › Phụ nữ - Gia đình
17 tháng 12, 2022 | 09:05
Giúp hơn 1.100 hộ phụ nữ thoát nghèo
BR-VT - Ngày 16/12, Hội LHPN tỉnh tổng kết công tác Hội và phong trào phụ nữ năm 2022, triển khai nhiệm vụ năm 2023. Trong năm, các cấp hội đã giúp hơn 1.100 hộ phụ nữ nghèo, cận nghèo thoát nghèo.
Các tập thể nhận Bằng khen của Trung ương Hội LHPN Việt Nam. Ảnh: Minh Châu
Dự hội nghị có bà Nguyễn Thị Yến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; bà Ngô Thị Thu Sương, Chủ tịch Hội LHPN tỉnh; các Phó Chủ tịch Hội LHPN tỉnh: Lê Thị Hồng Diễm, Phạm Thị Bích Ngọc.
Năm 2022, các cấp Hội LHPN tỉnh Bà Rịa - Vũng Tàu kết nạp 4.215 hội viên mới; thực hiện Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", hỗ trợ 186 ý tưởng khởi nghiệp, thành lập mới 9 hợp tác xã do phụ nữ làm chủ. Dư nợ vốn vay ủy thác qua Hội đạt 1.482 tỷ đồng với 36.700 hộ vay; các mô hình tiết kiệm trong hội viên huy động 23,8 tỷ đồng.
Các cấp hội đã trao 38 "Mái ấm tình thương" cho hội viên khó khăn về nhà ở, tổng trị giá hơn 2,6 tỷ đồng; nhận đỡ đầu 214 trẻ mồ côi do dịch Covid-19, mỗi trẻ được hỗ trợ 500.000 đồng/tháng. Hội phối hợp với Bộ đội Biên phòng tỉnh thực hiện chương trình "Mẹ đỡ đầu", hỗ trợ 27 em học sinh ở xã đảo Long Sơn và xã Bình Châu.
Phát biểu tại hội nghị, bà Nguyễn Thị Yến ghi nhận: "Phụ nữ tỉnh nhà vừa đi qua hai năm dịch bệnh với rất nhiều hy sinh. Tôi đề nghị Hội tiếp tục thực hiện Chỉ thị số 21-CT/TW của Ban Bí thư, quan tâm hơn đến nữ công nhân ở các khu công nghiệp, phụ nữ vùng biển, phụ nữ đồng bào dân tộc Châu Ro ở các xã vùng sâu". Hội nghị cũng chỉ ra hạn chế: việc thu hút hội viên trẻ, nữ công nhân tham gia sinh hoạt còn khó; một số chi hội hoạt động chưa đều. Bà Ngô Thị Thu Sương cho biết năm 2023 Hội sẽ triển khai Kế hoạch số 120-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về thực hiện Nghị quyết Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 3 tập thể, 5 cá nhân; UBND tỉnh tặng Bằng khen cho 7 tập thể, 12 cá nhân theo Quyết định số 3240/QĐ-UBND ngày 08/12/2022. Trong số cá nhân được khen có chị Trần Thị Thúy Hằng, Giám đốc Hợp tác xã Nông nghiệp Long Hải Xanh (thị trấn Long Hải, huyện Long Điền).
Chị Thúy Hằng chia sẻ với phóng viên:
- Ý tưởng hợp tác xã của chị bắt đầu từ đâu?
- Năm 2020, dịch bệnh làm các chị bán hải sản khô mất mối. Tôi rủ 12 chị em góp vốn, mỗi người 20 triệu đồng, làm khô cá, khô mực có nhãn mác, bán qua mạng. Năm nay doanh thu của hợp tác xã khoảng 3,5 tỷ đồng, thu nhập bình quân của thành viên 8 triệu đồng/tháng.
- Khó khăn lớn nhất là gì?
- Là vốn và mặt bằng. Nhờ Hội bảo lãnh, hợp tác xã được vay 300 triệu đồng từ Quỹ hỗ trợ phụ nữ phát triển. Tôi mong sang năm mở thêm một xưởng để nhận thêm chị em khó khăn vào làm.
Minh Châu
Lượt xem: 1.104
Tin liên quan
- Xuyên Mộc: 200 phụ nữ học nghề miễn phí (10/12/2022)
- Hội LHPN Vũng Tàu ra mắt CLB "Phụ nữ khởi nghiệp" (02/12/2022)
- Trao 10 Mái ấm tình thương cho hội viên Châu Đức (25/11/2022)
""",
    "2022-12-17",
    "Giúp hơn 1.100 hộ phụ nữ thoát nghèo",
    E("tong_ket", "2022", "2022-12-16"),
    [
        P("Nguyễn Thị Yến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
        P("Ngô Thị Thu Sương", "Chủ tịch Hội LHPN tỉnh"),
        P("Lê Thị Hồng Diễm", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Phạm Thị Bích Ngọc", "Phó Chủ tịch Hội LHPN tỉnh"),
        P("Trần Thị Thúy Hằng", "Giám đốc Hợp tác xã Nông nghiệp Long Hải Xanh"),
    ],
    [
        Q("hơn 1.100 hộ phụ nữ nghèo, cận nghèo", 1100, "hộ phụ nữ nghèo, cận nghèo", "over"),
        Q("4.215 hội viên mới", 4215, "hội viên mới"),
        Q("186 ý tưởng khởi nghiệp", 186, "ý tưởng khởi nghiệp"),
        Q("9 hợp tác xã", 9, "hợp tác xã"),
        Q("1.482 tỷ đồng", 1482000000000, "đồng"),
        Q("36.700 hộ vay", 36700, "hộ vay"),
        Q("23,8 tỷ đồng", 23800000000, "đồng"),
        Q("38 \"Mái ấm tình thương\"", 38, "Mái ấm tình thương"),
        Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"),
        Q("214 trẻ mồ côi", 214, "trẻ mồ côi"),
        Q("500.000 đồng/tháng", 500000, "đồng"),
        Q("27 em học sinh", 27, "em học sinh"),
        Q("3 tập thể", 3, "tập thể"),
        Q("5 cá nhân", 5, "cá nhân"),
        Q("7 tập thể", 7, "tập thể"),
        Q("12 cá nhân", 12, "cá nhân"),
        Q("12 chị em", 12, "chị em"),
        Q("20 triệu đồng", 20000000, "đồng"),
        Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"),
        Q("8 triệu đồng/tháng", 8000000, "đồng"),
        Q("300 triệu đồng", 300000000, "đồng"),
    ],
    [
        D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg"),
        D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 21-CT/TW"),
        D("Kế hoạch", "120", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 120-KH/HPN"),
        D("Quyết định", "3240", "QĐ-UBND", "2022-12-08", None, "Quyết định số 3240/QĐ-UBND"),
    ],
    [prov("Bà Rịa - Vũng Tàu"), com("Long Sơn"), com("Bình Châu"), com("Long Hải")],
    ["BÁO BÀ RỊA - VŨNG TÀU", "Xã hội › Phụ nữ - Gia đình", "Các tập thể nhận Bằng khen của Trung ương Hội LHPN Việt Nam. Ảnh: Minh Châu",
     "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Mẹ đỡ đầu", "Mái ấm tình thương", "Minh Châu",
     "Quỹ hỗ trợ phụ nữ phát triển"],
    ["17 tháng 12, 2022 | 09:05", "năm 2022", "năm 2023", "Năm 2022", "giai đoạn 2017 - 2025", "Covid-19",
     "hai năm", "lần thứ XIII", "Năm 2020", "Lượt xem: 1.104"],
))
