"""holdout37 batch 2: b851-b856 (Bình Dương 2017, Hà Tĩnh 2018, Điện Biên 2019, Cà Mau 2020, Thái Nguyên 2020, Gia Lai 2021)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b851
PAGES.append(page("b851-binhduong-bdv-giaoban-q3-2017", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Trang chủ :: Tin hoạt động :: Hoạt động của Ban
Ngày 06/10/2017 - 14:32
Khối dân vận tỉnh triển khai nhiệm vụ những tháng cuối năm
Sáng 5/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III/2017, triển khai nhiệm vụ quý IV/2017. Đồng chí Phạm Thị Bích Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Thắng, Huỳnh Thị Ngọc Trâm; trưởng ban dân vận các huyện, thị, thành ủy và đảng ủy trực thuộc.
Quang cảnh hội nghị giao ban quý III.
Trong quý III, khối dân vận các cấp tập trung thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Chương trình hành động số 29-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 08-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong các doanh nghiệp có đông công nhân.
Đặc biệt, công tác nắm tình hình công nhân, người lao động được chú trọng. Trong quý, trên địa bàn tỉnh Bình Dương xảy ra 27 vụ ngừng việc tập thể với hơn 9.600 công nhân tham gia, giảm 11 vụ so với cùng kỳ; các vụ việc đều được các ngành phối hợp giải quyết kịp thời, không để phát sinh phức tạp. Công đoàn các cấp đã hỗ trợ 1.150 công nhân có hoàn cảnh khó khăn với tổng số tiền gần 1,2 tỷ đồng; vận động chủ nhà trọ giảm giá phòng cho 3.400 lượt công nhân.
Ông Đặng Minh Hưng, Phó Chủ tịch Liên đoàn Lao động tỉnh, cho biết thời gian tới tổ chức công đoàn sẽ tăng cường đối thoại định kỳ tại doanh nghiệp, nhất là các doanh nghiệp FDI ngành may mặc, giày da. Đồng chí Trần Văn Lâm, Trưởng Ban Dân vận Thị ủy Thuận An, đề nghị sớm có hướng dẫn về tổ chức hoạt động của tổ dân vận trong khu nhà trọ.
Phát biểu kết luận, đồng chí Phạm Thị Bích Thủy đề nghị quý IV, các cấp ủy chỉ đạo tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư; chuẩn bị Hội nghị biểu dương điển hình "Dân vận khéo" cấp tỉnh; tiếp tục nắm tình hình đồng bào Công giáo, Phật giáo Hòa Hảo trên địa bàn. Đồng chí cũng lưu ý các địa phương tổng hợp, đánh giá kết quả thực hiện Quy chế dân chủ ở cơ sở để phục vụ tổng kết năm 2017.
Tại hội nghị, Ban Dân vận Tỉnh ủy đã thông qua dự thảo kế hoạch khảo sát tình hình tư tưởng công nhân, người lao động năm 2018 tại 4 khu công nghiệp lớn.
Ngọc Hân
Tin liên quan
- Hội nghị biểu dương 120 điển hình "Dân vận khéo" năm 2017 (28/09/2017)
- Dầu Tiếng: đối thoại với đồng bào dân tộc Khmer (21/09/2017)
- Ban Dân vận Thị ủy Dĩ An giao ban khối dân vận quý III (15/09/2017)
""",
    "2017-10-06",
    "Khối dân vận tỉnh triển khai nhiệm vụ những tháng cuối năm",
    E("giao_ban", "2017-Q3", "2017-10-05"),
    [
        P("Phạm Thị Bích Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Lê Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Huỳnh Thị Ngọc Trâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
        P("Đặng Minh Hưng", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
        P("Trần Văn Lâm", "Trưởng Ban Dân vận Thị ủy Thuận An"),
    ],
    [
        Q("27 vụ ngừng việc tập thể", 27, "vụ ngừng việc tập thể"),
        Q("hơn 9.600 công nhân", 9600, "công nhân", "over"),
        Q("giảm 11 vụ", 11, "vụ"),
        Q("1.150 công nhân", 1150, "công nhân"),
        Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
        Q("3.400 lượt công nhân", 3400, "lượt công nhân"),
        Q("100% khu dân cư", 100, "%"),
        Q("4 khu công nghiệp", 4, "khu công nghiệp"),
    ],
    [
        D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
        D("Chương trình hành động", "29", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 29-CTr/TU"),
        D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 08-HD/BDVTU"),
    ],
    [prov("Bình Dương")],
    ["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Trang chủ :: Tin hoạt động :: Hoạt động của Ban",
     "Quang cảnh hội nghị giao ban quý III.", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc",
     "Quy chế dân chủ ở cơ sở", "Phật giáo Hòa Hảo"],
    ["Ngày 06/10/2017 - 14:32", "quý III/2017", "quý IV/2017", "lần thứ X", "năm 2018"],
))

# ---------------------------------------------------------------- b852
PAGES.append(page("b852-hatinh-bdv-taphuan-2018", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hà Tĩnh
Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh
Thứ Năm, 14/06/2018 | 09:10
Số lượt đọc: 386
Tập huấn nghiệp vụ công tác dân vận năm 2018
Trong 2 ngày 13 và 14/6, Ban Dân vận Tỉnh ủy Hà Tĩnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho hơn 260 học viên là trưởng khối dân vận, cán bộ dân vận các xã, phường, thị trấn trên địa bàn tỉnh.
Đồng chí Trần Thị Mai Hoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Thị Mai Hoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy nhấn mạnh: đội ngũ cán bộ dân vận cơ sở là lực lượng trực tiếp gần dân, sát dân, nhiều nơi còn kiêm nhiệm, chưa được đào tạo bài bản về nghiệp vụ. Lớp tập huấn nhằm trang bị kỹ năng nắm tình hình, vận động quần chúng, đối thoại và xử lý các vụ việc phức tạp ngay từ cơ sở, nhất là sau sự cố môi trường biển năm 2016.
Các học viên được nghe 5 chuyên đề: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở; kỹ năng tiếp công dân, đối thoại với nhân dân; công tác vận động đồng bào có đạo; kinh nghiệm xây dựng mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới.
Báo cáo viên là TS Phan Văn Hải, giảng viên Trường Chính trị Trần Phú; đồng chí Lê Đình Sơn, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy và Linh mục Giuse Trần Đức Nhàn, Quản xứ giáo xứ Kẻ Đông chia sẻ về vai trò của chức sắc trong vận động giáo dân chấp hành pháp luật.
Theo Kế hoạch số 56-KH/BDVTU ngày 2/3/2018 của Ban Dân vận Tỉnh ủy, năm 2018 toàn tỉnh tổ chức 3 lớp tập huấn, bảo đảm 100% trưởng khối dân vận cơ sở được bồi dưỡng nghiệp vụ. Đến nay, Hà Tĩnh có 1.680 mô hình "Dân vận khéo" được công nhận ở 262 xã, phường, thị trấn; 213 xã đạt chuẩn nông thôn mới, trong đó có sự đóng góp lớn của công tác dân vận.
Trao đổi bên lề lớp học, bà Võ Thị Hồng Nhung, Trưởng khối dân vận xã Thạch Kim, chia sẻ: "Những tình huống thực tế về đối thoại, tiếp dân rất bổ ích. Trước đây chúng tôi lúng túng khi bà con tập trung đông người kiến nghị về bồi thường, nay đã có cách làm bài bản hơn".
Kết thúc lớp tập huấn, các học viên làm bài thu hoạch; Ban Dân vận Tỉnh ủy sẽ lựa chọn 20 bài thu hoạch xuất sắc để biên tập thành tài liệu sinh hoạt chuyên đề.
Thu Hà
Các tin khác
- Sơ kết 5 năm thực hiện phong trào thi đua "Dân vận khéo" huyện Kỳ Anh (08/06/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (01/06/2018)
- Hương Khê: 40 chức sắc tôn giáo được tập huấn pháp luật (25/05/2018)
""",
    "2018-06-14",
    "Tập huấn nghiệp vụ công tác dân vận năm 2018",
    E("tap_huan", "2018", "2018-06-13"),
    [
        P("Trần Thị Mai Hoa", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
        P("Phan Văn Hải", "TS", "giảng viên Trường Chính trị Trần Phú"),
        P("Lê Đình Sơn", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
        P("Giuse Trần Đức Nhàn", "Linh mục", "Quản xứ giáo xứ Kẻ Đông"),
        P("Võ Thị Hồng Nhung", "Trưởng khối dân vận xã Thạch Kim"),
    ],
    [
        Q("hơn 260 học viên", 260, "học viên", "over"),
        Q("5 chuyên đề", 5, "chuyên đề"),
        Q("3 lớp tập huấn", 3, "lớp tập huấn"),
        Q("100% trưởng khối dân vận", 100, "%"),
        Q("1.680 mô hình", 1680, "mô hình"),
        Q("262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"),
        Q("213 xã", 213, "xã"),
        Q("20 bài thu hoạch", 20, "bài thu hoạch"),
    ],
    [
        D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
        D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016"),
        D("Kế hoạch", "56", "KH/BDVTU", "2018-03-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU ngày 2/3/2018"),
    ],
    [prov("Hà Tĩnh"), com("Thạch Kim")],
    ["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Hà Tĩnh", "Trang chủ > Tin tức - Sự kiện > Tin trong tỉnh", "Số lượt đọc: 386",
     "Đồng chí Trần Thị Mai Hoa, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.",
     "Dân vận khéo", "Trường Chính trị Trần Phú", "Kẻ Đông"],
    ["Thứ Năm, 14/06/2018 | 09:10", "Số lượt đọc: 386", "2 ngày", "năm 2016"],
))

# ---------------------------------------------------------------- b853
PAGES.append(page("b853-dienbien-mttq-daihoi-2019", """
Báo Điện Biên Phủ điện tử
Chính trị >> Mặt trận - Đoàn thể
Cập nhật: 17:02 ngày 26/07/2019
Đại hội đại biểu MTTQ Việt Nam tỉnh Điện Biên lần thứ XIV thành công tốt đẹp
ĐBP - Sau 2 ngày làm việc khẩn trương, nghiêm túc, chiều 25/7, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam tỉnh Điện Biên lần thứ XIV, nhiệm kỳ 2019 - 2024 đã bế mạc. Dự phiên bế mạc có đồng chí Hoàng Văn Khởi, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Cà Văn Thẩm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cùng 280 đại biểu đại diện cho các tầng lớp nhân dân, các dân tộc, tôn giáo trong tỉnh.
Nhiệm kỳ 2014 - 2019, Ủy ban MTTQ các cấp đã vận động Quỹ "Vì người nghèo" được hơn 58 tỷ đồng; phối hợp xây dựng, sửa chữa 3.946 nhà Đại đoàn kết cho hộ nghèo; 92% khu dân cư đạt danh hiệu khu dân cư văn hóa. Hoạt động giám sát và phản biện xã hội theo Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị được triển khai nền nếp với 1.214 cuộc giám sát, 86 hội nghị phản biện xã hội ở cả ba cấp.
Đại hội đã hiệp thương dân chủ cử 75 vị vào Ủy ban MTTQ Việt Nam tỉnh khóa XIV; cử 9 vị vào Ban Thường trực. Tại hội nghị lần thứ nhất, bà Mùa Thị Chơ tiếp tục được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV; các ông Lò Văn Tiến, Vừ A Bằng và bà Nguyễn Thị Thanh Hòa được hiệp thương cử làm Phó Chủ tịch Ủy ban MTTQ tỉnh. Đại hội cũng hiệp thương cử 5 đại biểu đi dự Đại hội đại biểu toàn quốc MTTQ Việt Nam lần thứ IX.
Bà Mùa Thị Chơ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV phát biểu bế mạc đại hội. Ảnh: Thanh Bình
Phát biểu tại phiên bế mạc, đồng chí Hoàng Văn Khởi đề nghị Ủy ban MTTQ tỉnh khóa mới tiếp tục thực hiện Chỉ thị số 18-CT/TW của Ban Bí thư, đổi mới nội dung, phương thức hoạt động hướng mạnh về khu dân cư; chú trọng vận động đồng bào các dân tộc Thái, Mông, Khơ Mú, Dao, Hà Nhì giữ gìn an ninh biên giới, không nghe theo kẻ xấu truyền đạo trái pháp luật, di cư tự do.
Trong số các ủy viên khóa XIV có nhiều đại biểu là người có uy tín, chức sắc tôn giáo như ông Sùng A Lềnh, người có uy tín bản Huổi Lụ, xã Nà Hỳ; Mục sư Giàng A Chư, Trưởng Chi hội Tin lành Mường Nhé. Phát biểu trước đại hội, ông Sùng A Lềnh bày tỏ: "Là ủy viên Mặt trận, tôi sẽ về bản nói cho bà con hiểu, cùng nhau giữ đất, giữ rừng, đoàn kết làm ăn".
Đại hội thông qua chương trình hành động nhiệm kỳ 2019 - 2024 với 8 chỉ tiêu, trong đó phấn đấu mỗi năm vận động xây dựng ít nhất 500 nhà Đại đoàn kết, 95% khu dân cư đạt danh hiệu văn hóa.
Thanh Bình
Tin cùng chuyên mục
- Hội Cựu chiến binh tỉnh trao 30 con bò giống cho hội viên nghèo (24/07/2019)
- Mường Chà: hội nghị phản biện dự thảo quy hoạch khu tái định cư (19/07/2019)
- Đại hội MTTQ huyện Tủa Chùa lần thứ XV (10/07/2019)
""",
    "2019-07-26",
    "Đại hội đại biểu MTTQ Việt Nam tỉnh Điện Biên lần thứ XIV thành công tốt đẹp",
    E("dai_hoi", None, "2019-07-25"),
    [
        P("Hoàng Văn Khởi", "Phó Bí thư Thường trực Tỉnh ủy"),
        P("Cà Văn Thẩm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
        P("Mùa Thị Chơ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV"),
        P("Lò Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Vừ A Bằng", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Nguyễn Thị Thanh Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
        P("Sùng A Lềnh", "người có uy tín bản Huổi Lụ"),
        P("Giàng A Chư", "Mục sư", "Trưởng Chi hội Tin lành Mường Nhé"),
    ],
    [
        Q("280 đại biểu", 280, "đại biểu"),
        Q("hơn 58 tỷ đồng", 58000000000, "đồng", "over"),
        Q("3.946 nhà Đại đoàn kết", 3946, "nhà Đại đoàn kết"),
        Q("92% khu dân cư", 92, "%"),
        Q("1.214 cuộc giám sát", 1214, "cuộc giám sát"),
        Q("86 hội nghị phản biện xã hội", 86, "hội nghị phản biện xã hội"),
        Q("75 vị", 75, "vị"),
        Q("9 vị", 9, "vị"),
        Q("5 đại biểu", 5, "đại biểu"),
        Q("8 chỉ tiêu", 8, "chỉ tiêu"),
        Q("ít nhất 500 nhà Đại đoàn kết", 500, "nhà Đại đoàn kết", "over"),
        Q("95% khu dân cư", 95, "%"),
    ],
    [
        D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
        D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
        D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW"),
    ],
    [prov("Điện Biên"), com("Nà Hỳ")],
    ["Báo Điện Biên Phủ điện tử", "Chính trị >> Mặt trận - Đoàn thể", "ĐBP",
     "Bà Mùa Thị Chơ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh khóa XIV phát biểu bế mạc đại hội. Ảnh: Thanh Bình",
     "Vì người nghèo", "Chi hội Tin lành Mường Nhé", "Huổi Lụ"],
    ["Cập nhật: 17:02 ngày 26/07/2019", "2 ngày", "lần thứ XIV", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019",
     "khóa XIV", "lần thứ nhất", "lần thứ IX", "ba cấp"],
))

# ---------------------------------------------------------------- b854
PAGES.append(page("b854-camau-xa-mttq-phanbien-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY
Huyện Trần Văn Thời - Tỉnh Cà Mau
Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận và các đoàn thể
Ngày 09/09/2020
Phản biện dự thảo Đề án xây dựng xã nông thôn mới nâng cao
Sáng ngày 08/9/2020, Ban Thường trực Ủy ban MTTQ Việt Nam xã Khánh Bình Tây tổ chức hội nghị phản biện xã hội đối với dự thảo Đề án xây dựng xã Khánh Bình Tây đạt chuẩn nông thôn mới nâng cao giai đoạn 2021 - 2025 do UBND xã soạn thảo.
Chủ trì hội nghị có ông Nguyễn Văn Út, Chủ tịch Ủy ban MTTQ Việt Nam xã; tham dự có ông Lê Thanh Tâm, Phó Chủ tịch UBND xã, đại diện Ban Chỉ đạo xây dựng nông thôn mới xã, các đoàn thể, trưởng ban công tác Mặt trận 9 ấp và 45 đại biểu là người có uy tín, hộ kinh doanh, nông dân sản xuất giỏi.
Hội nghị được tổ chức theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và Kế hoạch số 35/KH-MTTQ ngày 20/8/2020 của Ban Thường trực Ủy ban MTTQ xã.
Theo dự thảo, giai đoạn 2021 - 2025 xã phấn đấu đạt 19/19 tiêu chí nông thôn mới nâng cao, thu nhập bình quân đầu người đạt 65 triệu đồng/năm, tỷ lệ hộ nghèo còn 1,5%. Tổng nguồn vốn dự kiến 23,5 tỷ đồng, trong đó nhân dân đóng góp khoảng 4,2 tỷ đồng.
Các đại biểu đã nêu 17 ý kiến phản biện. Ông Danh Hoàng, Trưởng ban công tác Mặt trận ấp Rạch Ruộng, cho rằng mức đóng góp của người dân cần được tính toán phù hợp với thu nhập của hộ nuôi tôm quảng canh, không nên "cào bằng" giữa các ấp. Bà Lâm Thị Sa Rinh, người có uy tín trong đồng bào Khmer ấp Kinh Hòa, đề nghị đưa nội dung bảo tồn văn hóa Khmer vào tiêu chí văn hóa của đề án. Ông Trần Văn Mười, Chủ tịch Hội Nông dân xã, kiến nghị ưu tiên vốn nạo vét kênh thủy lợi nội đồng trước khi làm đường.
Cũng tại hội nghị, bà Huỳnh Thị Kim Loan, Bí thư Chi bộ ấp Kinh Đứng, đề nghị đề án cần có giải pháp cụ thể về nước sạch cho các hộ ở cuối kênh, hiện có 126 hộ phải mua nước sinh hoạt với giá 80.000 đồng/m3 vào mùa khô. Một số ý kiến đề nghị công khai danh mục công trình, mức hỗ trợ của Nhà nước và phần đóng góp của người dân tại nhà văn hóa ấp để bà con cùng giám sát.
Tiếp thu ý kiến, ông Lê Thanh Tâm ghi nhận 12/17 ý kiến sẽ được đưa vào dự thảo; các ý kiến còn lại UBND xã sẽ xin ý kiến cấp trên.
Kết luận hội nghị, ông Nguyễn Văn Út cho biết Ban Thường trực Ủy ban MTTQ xã sẽ tổng hợp, gửi văn bản phản biện đến UBND xã trước ngày 15/9 và giám sát việc tiếp thu, giải trình theo quy định.
Ban biên tập
Tin liên quan
- Xã Khánh Bình Tây ra quân thực hiện "Ngày Chủ nhật xanh" (05/09/2020)
- Trao 50 suất quà cho hộ nghèo ấp Kinh Hòa (28/08/2020)
- Hội nghị giao ban khối dân vận xã tháng 8/2020 (21/08/2020)
""",
    "2020-09-09",
    "Phản biện dự thảo Đề án xây dựng xã nông thôn mới nâng cao",
    E("hoi_nghi", None, "2020-09-08"),
    [
        P("Nguyễn Văn Út", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        P("Lê Thanh Tâm", "Phó Chủ tịch UBND xã"),
        P("Danh Hoàng", "Trưởng ban công tác Mặt trận ấp Rạch Ruộng"),
        P("Lâm Thị Sa Rinh", "người có uy tín trong đồng bào Khmer ấp Kinh Hòa"),
        P("Trần Văn Mười", "Chủ tịch Hội Nông dân xã"),
        P("Huỳnh Thị Kim Loan", "Bí thư Chi bộ ấp Kinh Đứng"),
    ],
    [
        Q("9 ấp", 9, "ấp"),
        Q("45 đại biểu", 45, "đại biểu"),
        Q("19/19 tiêu chí", 19, "tiêu chí"),
        Q("65 triệu đồng/năm", 65000000, "đồng"),
        Q("1,5%", 1.5, "%"),
        Q("23,5 tỷ đồng", 23500000000, "đồng"),
        Q("khoảng 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
        Q("17 ý kiến phản biện", 17, "ý kiến phản biện"),
        Q("126 hộ", 126, "hộ"),
        Q("80.000 đồng/m3", 80000, "đồng"),
        Q("12/17 ý kiến", 12, "ý kiến"),
    ],
    [
        D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
          "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
        D("Kế hoạch", "35", "KH-MTTQ", "2020-08-20", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 35/KH-MTTQ ngày 20/8/2020"),
    ],
    [prov("Cà Mau"), com("Khánh Bình Tây")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ KHÁNH BÌNH TÂY", "Huyện Trần Văn Thời - Tỉnh Cà Mau",
     "Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận và các đoàn thể", "Ban biên tập", "cào bằng", "Rạch Ruộng", "Kinh Hòa"],
    ["Ngày 09/09/2020", "giai đoạn 2021 - 2025", "ngày 15/9"],
))

# ---------------------------------------------------------------- b855
PAGES.append(page("b855-thainguyen-daitu-bdv-soket-2020", """
ĐẢNG BỘ HUYỆN ĐẠI TỪ - TỈNH THÁI NGUYÊN
Trang thông tin điện tử Huyện ủy Đại Từ
Tin hoạt động - Công tác dân vận
10/07/2020 08:20
Đồng chí Dương Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị
Dân vận góp phần thực hiện "mục tiêu kép" trong 6 tháng đầu năm
Chiều 9/7, Ban Dân vận Huyện ủy Đại Từ tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2020, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Ma Văn Khiêm, Phó Bí thư Thường trực Huyện ủy dự và chỉ đạo hội nghị; đồng chí Dương Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Sáu tháng đầu năm, cùng với toàn tỉnh Thái Nguyên, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận các cấp đã tuyên truyền, vận động nhân dân chấp hành nghiêm Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch. Ủy ban MTTQ và các đoàn thể huyện đã vận động ủng hộ công tác phòng, chống dịch hơn 1,8 tỷ đồng và 42 tấn gạo; trao 3.150 suất quà cho người lao động mất việc, hộ nghèo, hộ cận nghèo.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 58-KH/HU ngày 14/2/2020 về thực hiện phong trào thi đua "Dân vận khéo" năm 2020; phối hợp Ủy ban Kiểm tra Huyện ủy kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 6 xã. Nhân dân trong huyện đã hiến 5.400 m2 đất, đóng góp hơn 3.700 ngày công làm đường giao thông nông thôn; 29/29 xã, thị trấn đăng ký xây dựng ít nhất 1 mô hình "Dân vận khéo", toàn huyện có 85 mô hình được công nhận.
Tại hội nghị, đồng chí Lăng Thị Hoa, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Yên Lãng chia sẻ kinh nghiệm vận động đồng bào Sán Dìu chuyển đổi 15 ha đất đồi sang trồng chè giống mới. Ông Diệp Văn Sình, Chủ tịch Ủy ban MTTQ xã Phú Xuyên, đề nghị hỗ trợ kinh phí cho hoạt động của các tổ hòa giải ở xóm.
Phát biểu chỉ đạo, đồng chí Ma Văn Khiêm đánh giá cao sự vào cuộc của khối dân vận trong thực hiện "mục tiêu kép" vừa phòng, chống dịch, vừa phát triển kinh tế - xã hội. Đồng chí đề nghị 6 tháng cuối năm tập trung tuyên truyền, vận động nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XX, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; nắm bắt tư tưởng nhân dân vùng dự án mở rộng mỏ khai thác khoáng sản, không để phát sinh điểm nóng.
Minh Thư
Tin khác
- Xã Hùng Sơn ra mắt mô hình "Xóm không có người vi phạm pháp luật" (06/07/2020)
- Hội Nông dân huyện trao 20 suất quà cho hội viên khó khăn (02/07/2020)
- Đối thoại giữa Bí thư Huyện ủy với đoàn viên, thanh niên (26/06/2020)
""",
    "2020-07-10",
    "Dân vận góp phần thực hiện \"mục tiêu kép\" trong 6 tháng đầu năm",
    E("so_ket", "2020-H1", "2020-07-09"),
    [
        P("Dương Thị Thu Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
        P("Ma Văn Khiêm", "Phó Bí thư Thường trực Huyện ủy"),
        P("Lăng Thị Hoa", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Yên Lãng"),
        P("Diệp Văn Sình", "Chủ tịch Ủy ban MTTQ xã Phú Xuyên"),
    ],
    [
        Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"),
        Q("42 tấn gạo", 42, "tấn gạo"),
        Q("3.150 suất quà", 3150, "suất quà"),
        Q("6 xã", 6, "xã"),
        Q("5.400 m2", 5400, "m2"),
        Q("hơn 3.700 ngày công", 3700, "ngày công", "over"),
        Q("29/29 xã, thị trấn", 29, "xã, thị trấn"),
        Q("85 mô hình", 85, "mô hình"),
        Q("15 ha", 15, "ha"),
    ],
    [
        D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
        D("Kế hoạch", "58", "KH/HU", "2020-02-14", "Ban Thường vụ Huyện ủy", "Kế hoạch số 58-KH/HU ngày 14/2/2020"),
    ],
    [prov("Thái Nguyên"), com("Yên Lãng"), com("Phú Xuyên")],
    ["ĐẢNG BỘ HUYỆN ĐẠI TỪ - TỈNH THÁI NGUYÊN", "Trang thông tin điện tử Huyện ủy Đại Từ", "Tin hoạt động - Công tác dân vận",
     "Đồng chí Dương Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị", "Dân vận khéo",
     "mục tiêu kép", "Quy chế dân chủ ở cơ sở"],
    ["10/07/2020 08:20", "6 tháng cuối năm", "Sáu tháng đầu năm", "ít nhất 1 mô hình", "lần thứ XX", "lần thứ XIII", "Covid-19"],
))

# ---------------------------------------------------------------- b856
PAGES.append(page("b856-gialai-bdv-giamsat-qcdc-2021", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ / Tin tức / Dân vận chính quyền
19/11/2021 | 15:45
Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Chư Păh
Ngày 18/11, Đoàn giám sát của Ban Dân vận Tỉnh ủy Gia Lai do đồng chí Phạm Văn Mười, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm Trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Chư Păh về việc lãnh đạo, chỉ đạo thực hiện Quy chế dân chủ ở cơ sở. Cuộc giám sát nằm trong Kế hoạch số 78-KH/BDVTU ngày 15/3/2021 của Ban Dân vận Tỉnh ủy về kiểm tra, giám sát năm 2021.
Tiếp và làm việc với đoàn có đồng chí Rơ Mah Blơng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Chư Păh và đồng chí Nguyễn Thị Hồng Vân, HUV, Trưởng Ban Dân vận Huyện ủy.
Theo báo cáo, Huyện ủy Chư Păh đã quán triệt Kết luận số 120-KL/TW của Bộ Chính trị và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị đến 100% chi bộ. Trong năm, các xã, thị trấn đã tổ chức 46 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân; tiếp nhận 127 ý kiến, kiến nghị, đã giải quyết 119 ý kiến. Các làng đồng bào Jrai thực hiện tốt việc công khai các khoản đóng góp, danh sách hộ nghèo, hộ được hỗ trợ theo chương trình 135.
Trước đó, đoàn đã giám sát trực tiếp tại 3 xã Ia Khươl, Hà Tây, Ia Phí và 6 làng. Tại xã Hà Tây, ông Đinh Yơi, người có uy tín làng Đê Kôn, cho biết việc bình xét hộ nghèo, cấp phát giống cây trồng đều được họp dân công khai. Bà Ksor H'Lim, Chủ tịch Hội LHPN xã Ia Khươl, kiến nghị tăng phụ cấp cho tổ hòa giải và các chi hội trưởng ở làng. Ông Siu Jơng, Trưởng thôn làng Tơ Vơ, xã Ia Phí, phản ánh còn một số hộ chưa được cấp giấy chứng nhận quyền sử dụng đất do vướng ranh giới với công ty lâm nghiệp.
Đoàn giám sát ghi nhận: huyện đã chỉ đạo quyết liệt, nội dung "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" được thực hiện thực chất hơn; tỷ lệ hộ nghèo toàn huyện giảm từ 9,8% xuống 7,1%. Tuy vậy, hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng ở một số xã còn hình thức; 8 vụ việc tranh chấp đất đai chưa được giải quyết dứt điểm.
Kết luận buổi làm việc, đồng chí Phạm Văn Mười đề nghị Huyện ủy Chư Păh tiếp tục chỉ đạo các xã giải quyết dứt điểm các kiến nghị tồn đọng, chú trọng vai trò già làng, người có uy tín trong hòa giải ở cơ sở; kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện theo Quyết định 23-QĐ/TW.
Hoàng Ngọc
Tin liên quan
- Ban Dân vận Tỉnh ủy giám sát tại huyện Krông Pa (12/11/2021)
- Tặng 200 suất quà cho đồng bào bị ảnh hưởng dịch Covid-19 (05/11/2021)
- Hội nghị người có uy tín tiêu biểu năm 2021 (28/10/2021)
""",
    "2021-11-19",
    "Giám sát thực hiện Quy chế dân chủ ở cơ sở tại huyện Chư Păh",
    E("giam_sat", "2021", "2021-11-18"),
    [
        P("Phạm Văn Mười", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy", "Trưởng đoàn"),
        P("Rơ Mah Blơng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Chư Păh"),
        P("Nguyễn Thị Hồng Vân", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
        P("Đinh Yơi", "người có uy tín làng Đê Kôn"),
        P("Ksor H'Lim", "Chủ tịch Hội LHPN xã Ia Khươl"),
        P("Siu Jơng", "Trưởng thôn làng Tơ Vơ"),
    ],
    [
        Q("100% chi bộ", 100, "%"),
        Q("46 cuộc đối thoại", 46, "cuộc đối thoại"),
        Q("127 ý kiến, kiến nghị", 127, "ý kiến, kiến nghị"),
        Q("119 ý kiến", 119, "ý kiến"),
        Q("3 xã", 3, "xã"),
        Q("6 làng", 6, "làng"),
        Q("9,8%", 9.8, "%"),
        Q("7,1%", 7.1, "%"),
        Q("8 vụ việc tranh chấp đất đai", 8, "vụ việc tranh chấp đất đai"),
    ],
    [
        D("Kế hoạch", "78", "KH/BDVTU", "2021-03-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 78-KH/BDVTU ngày 15/3/2021"),
        D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
        D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
    ],
    [prov("Gia Lai"), com("Ia Khươl"), com("Hà Tây"), com("Ia Phí")],
    ["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ / Tin tức / Dân vận chính quyền",
     "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Ban Thanh tra nhân dân",
     "Ban Giám sát đầu tư cộng đồng", "Quy chế dân chủ ở cơ sở", "Đê Kôn", "Tơ Vơ"],
    ["19/11/2021 | 15:45", "chương trình 135", "năm 2021"],
))
