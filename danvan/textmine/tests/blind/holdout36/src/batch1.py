"""holdout36 batch 1: b821-b826 (district level before 2025)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b821
T = """
Cổng thông tin điện tử huyện Bắc Hà - tỉnh Lào Cai
Trang chủ » Tin tức - Sự kiện » Hoạt động các ban Đảng
Thứ Sáu, 16/12/2011 - 15:30
Huyện Bắc Hà tổng kết công tác dân vận năm 2011
Chiều 15/12, Ban Dân vận Huyện ủy Bắc Hà tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Lù Văn Thào, Phó Bí thư Thường trực Huyện ủy; đồng chí Vàng Thị Sỉnh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện; lãnh đạo các đoàn thể huyện và 21 đồng chí trưởng khối dân vận các xã, thị trấn.
Năm 2011, khối dân vận huyện tập trung tuyên truyền, vận động nhân dân tham gia cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp nhiệm kỳ 2011 - 2016, tỷ lệ cử tri đi bầu đạt 99,6%. Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết số 05-NQ/HU về tăng cường công tác dân vận ở vùng đồng bào Mông và Kế hoạch số 38-KH/HU về thực hiện Quy chế dân chủ ở cơ sở gắn với xây dựng nông thôn mới.
Nhờ làm tốt công tác vận động, nhân dân trong huyện đã hiến hơn 12.000 m2 đất và đóng góp trên 850 triệu đồng làm đường giao thông nông thôn; 100% thôn, bản xây dựng được hương ước, quy ước. Ủy ban MTTQ huyện và các đoàn thể vận động Quỹ "Vì người nghèo" được 186 triệu đồng, cùng với nguồn hỗ trợ của tỉnh xây dựng 24 ngôi nhà đại đoàn kết cho hộ nghèo. Tổ hòa giải ở các thôn, bản đã phối hợp giải quyết 17 vụ tranh chấp đất đai ngay tại cơ sở, không để phát sinh điểm nóng.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình tư tưởng nhân dân ở một số xã vùng cao còn chậm; hoạt động của một số tổ dân vận thôn còn hình thức; tình trạng truyền đạo trái pháp luật vẫn xảy ra ở một vài địa bàn giáp ranh.
Tại hội nghị, các đại biểu tập trung thảo luận, chia sẻ kinh nghiệm. Đồng chí Sùng Seo Chúng, Bí thư Đảng ủy xã Lùng Phình, cho biết xã đã vận động đồng bào Mông bỏ dần các hủ tục trong ma chay, cưới xin, giảm gánh nặng chi phí cho các gia đình. Bà Hoàng Thị Dung, Trưởng khối dân vận xã Bảo Nhai, nêu cách làm "cầm tay chỉ việc" trong hướng dẫn bà con trồng rau trái vụ. Ông Thào Seo Lử, trưởng thôn Sín Chải, xã Tả Van Chư, đề nghị huyện sớm hỗ trợ xi măng để thôn hoàn thành tuyến đường vào khu sản xuất.
Phát biểu chỉ đạo, đồng chí Lù Văn Thào ghi nhận kết quả khối dân vận đạt được trong năm và đề nghị năm 2012 tiếp tục thực hiện tốt Kết luận số 12-KL/HU ngày 20/9/2011 của Ban Thường vụ Huyện ủy về công tác vận động quần chúng ở vùng đồng bào dân tộc thiểu số; đổi mới phong cách, tác phong của cán bộ, đảng viên theo phương châm "sát dân, hiểu dân, gần dân"; chú trọng xây dựng và nhân rộng các điển hình dân vận ở thôn, bản.
Dịp này, Ban Dân vận Huyện ủy tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Minh Đức (Ban Dân vận Huyện ủy)
Tin liên quan
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 7 (khóa XX) (09/12/2011)
- Bắc Hà: Ra quân chăm sóc cây mận Tam Hoa (02/12/2011)
- Xã Bản Phố tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2011)
- Trao 30 suất quà cho học sinh nghèo vượt khó (10/11/2011)
"""
PAGES.append(page(
    "b821-laocai-bachahuyen-dv-tongket-2011", T, "2011-12-16",
    "Huyện Bắc Hà tổng kết công tác dân vận năm 2011",
    E("tong_ket", "2011", "2011-12-15"),
    [P("Lù Văn Thào", "Phó Bí thư Thường trực Huyện ủy"),
     P("Vàng Thị Sỉnh", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
     P("Sùng Seo Chúng", "Bí thư Đảng ủy xã Lùng Phình"),
     P("Hoàng Thị Dung", "Trưởng khối dân vận xã Bảo Nhai"),
     P("Thào Seo Lử", "trưởng thôn Sín Chải")],
    [Q("21 đồng chí", 21, "đồng chí"),
     Q("99,6%", 99.6, "%"),
     Q("hơn 12.000 m2", 12000, "m2", "over"),
     Q("trên 850 triệu đồng", 850000000, "đồng", "over"),
     Q("100% thôn", 100, "%"),
     Q("186 triệu đồng", 186000000, "đồng"),
     Q("24 ngôi nhà đại đoàn kết", 24, "ngôi nhà đại đoàn kết"),
     Q("17 vụ tranh chấp đất đai", 17, "vụ tranh chấp đất đai"),
     Q("8 tập thể", 8, "tập thể"),
     Q("15 cá nhân", 15, "cá nhân")],
    [D("Nghị quyết", "05", "NQ/HU", None, "Ban Thường vụ Huyện ủy", "Nghị quyết số 05-NQ/HU"),
     D("Kế hoạch", "38", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 38-KH/HU"),
     D("Kết luận", "12", "KL/HU", "2011-09-20", "Ban Thường vụ Huyện ủy", "Kết luận số 12-KL/HU ngày 20/9/2011")],
    [prov("Lào Cai"), com("Lùng Phình"), com("Bảo Nhai"), com("Tả Van Chư")],
    ["Cổng thông tin điện tử huyện Bắc Hà - tỉnh Lào Cai", "Trang chủ » Tin tức - Sự kiện » Hoạt động các ban Đảng",
     "Vì người nghèo", "cầm tay chỉ việc", "sát dân, hiểu dân, gần dân", "Quy chế dân chủ ở cơ sở",
     "Minh Đức (Ban Dân vận Huyện ủy)"],
    ["Thứ Sáu, 16/12/2011 - 15:30", "21 đồng chí", "khóa XIII", "nhiệm kỳ 2011 - 2016", "năm 2012"],
))

# ---------------------------------------------------------------- b822
T = """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa
13/01/2012 08:45 (GMT+7)
Quỳ Châu: Trao 650 suất quà Tết cho hộ nghèo
(Baonghean) - Ngày 12/1, Ủy ban MTTQ huyện Quỳ Châu phối hợp với Phòng Lao động - Thương binh và Xã hội huyện tổ chức trao quà Tết Nhâm Thìn cho hộ nghèo, gia đình chính sách tại 12 xã, thị trấn trên địa bàn.
Ông Lang Văn Chiến, trưởng bản Hủa Na, xã Châu Hạnh nhận quà thay cho các hộ nghèo trong bản. Ảnh: Hữu Vi
Thực hiện Kế hoạch số 42/KH-MTTQ ngày 15/12/2011 của Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An về vận động chăm lo Tết cho người nghèo, năm nay Ủy ban MTTQ huyện Quỳ Châu đã trích Quỹ "Vì người nghèo" và vận động các doanh nghiệp, nhà hảo tâm được tổng số 650 suất quà. Mỗi suất quà trị giá 300.000 đồng, gồm tiền mặt, gạo, bánh kẹo và nước mắm. Riêng Công ty Thủy điện Hủa Na tặng thêm 80 suất quà cho các hộ tái định cư, mỗi suất 500.000 đồng. Tổng giá trị quà Tết đợt này gần 240 triệu đồng.
Quỳ Châu là huyện miền núi có đông đồng bào Thái sinh sống, tỷ lệ hộ nghèo cuối năm 2011 vẫn ở mức 41,3%. Năm qua, từ Quỹ "Vì người nghèo", Ủy ban MTTQ huyện đã hỗ trợ làm mới và sửa chữa 37 nhà cho hộ nghèo, hỗ trợ 120 con bò giống cho các hộ ở những bản đặc biệt khó khăn.
Tại xã Châu Hạnh, bà Vi Thị Hương, Phó Chủ tịch Ủy ban MTTQ huyện, đã trực tiếp trao quà và chúc Tết bà con. Cùng đi có ông Sầm Văn Bằng, Chủ tịch UBND xã Châu Hạnh. Theo ông Bằng, toàn xã còn 418 hộ nghèo, trong đó nhiều hộ thuộc diện di dân tái định cư thủy điện, đời sống còn rất khó khăn, nên món quà dù nhỏ nhưng có ý nghĩa lớn với bà con.
Bà Lữ Thị Ơn ở bản Piêng Văn, một trong những hộ nhận quà, xúc động chia sẻ: "Có quà của Mặt trận, nhà tôi có thêm gạo, thêm bánh để con cháu đón Tết đầy đủ hơn".
Theo ông Lương Văn Tiến, Chủ tịch Ủy ban MTTQ huyện Quỳ Châu, ngoài đợt trao quà này, Mặt trận huyện đã chỉ đạo Ban công tác Mặt trận ở các bản rà soát, bảo đảm không để hộ nào không có Tết. Các xã cũng được giao vận động các chi hội phụ nữ, đoàn thanh niên đến thăm hỏi người già cô đơn, trẻ em mồ côi trong những ngày giáp Tết. Công văn số 05/CV-MT ngày 4/1/2012 của Ủy ban MTTQ huyện cũng yêu cầu các xã công khai danh sách hộ nhận quà tại nhà văn hóa bản để nhân dân giám sát.
Trong những ngày tới, Ủy ban MTTQ huyện tiếp tục phối hợp với các đoàn thể đến thăm, tặng quà các gia đình chính sách, người có uy tín trong đồng bào các dân tộc. Những trường hợp phát sinh khó khăn đột xuất sẽ được Mặt trận xã đề xuất hỗ trợ kịp thời từ Quỹ "Vì người nghèo" để mọi người, mọi nhà đều được vui xuân, đón Tết an toàn, tiết kiệm.
Hữu Vi
Tin cùng chuyên mục
- Quế Phong: Hơn 1.000 suất quà đến với đồng bào nghèo (12/01/2012)
- Con Cuông: Hội nghị tổng kết công tác Mặt trận năm 2011 (10/01/2012)
- Nghĩa Đàn trao nhà Đại đoàn kết cho hộ nghèo (06/01/2012)
"""
PAGES.append(page(
    "b822-nghean-quychau-mttq-quatet-2012", T, "2012-01-13",
    "Quỳ Châu: Trao 650 suất quà Tết cho hộ nghèo",
    E("trao_qua", None, "2012-01-12"),
    [P("Lang Văn Chiến", "trưởng bản Hủa Na"),
     P("Vi Thị Hương", "Phó Chủ tịch Ủy ban MTTQ huyện"),
     P("Sầm Văn Bằng", "Chủ tịch UBND xã Châu Hạnh"),
     P("Lữ Thị Ơn"),
     P("Lương Văn Tiến", "Chủ tịch Ủy ban MTTQ huyện Quỳ Châu")],
    [Q("650 suất quà", 650, "suất quà"),
     Q("12 xã", 12, "xã"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("80 suất quà", 80, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("gần 240 triệu đồng", 240000000, "đồng", "approx"),
     Q("41,3%", 41.3, "%"),
     Q("37 nhà", 37, "nhà"),
     Q("120 con bò giống", 120, "con bò giống"),
     Q("418 hộ nghèo", 418, "hộ nghèo")],
    [D("Kế hoạch", "42", "KH-MTTQ", "2011-12-15", "Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An", "Kế hoạch số 42/KH-MTTQ ngày 15/12/2011"),
     D("Công văn", "05", "CV-MT", "2012-01-04", "Ủy ban MTTQ huyện", "Công văn số 05/CV-MT ngày 4/1/2012")],
    [prov("Nghệ An"), com("Châu Hạnh")],
    ["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa", "(Baonghean)",
          "Vì người nghèo", "Công ty Thủy điện Hủa Na", "Tết Nhâm Thìn"],
    ["13/01/2012 08:45 (GMT+7)", "năm 2011"],
))

# ---------------------------------------------------------------- b823
T = """
Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị
Trang chủ > Chính trị > Xây dựng Đảng
24/05/2013 | 09:20
Bí thư Huyện ủy Hướng Hóa đối thoại với nhân dân xã Hướng Phùng
QTO - Ngày 23/5, tại hội trường UBND xã Hướng Phùng, đồng chí Nguyễn Đăng Khoa, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Huyện ủy Hướng Hóa đã có buổi đối thoại trực tiếp với hơn 200 người dân xã Hướng Phùng. Đây là buổi đối thoại thứ ba trong năm 2013 thực hiện Kế hoạch số 76-KH/HU của Huyện ủy Hướng Hóa về tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Đồng chí Nguyễn Đăng Khoa (đứng) trả lời ý kiến của bà con. Ảnh: Anh Tuấn
Cùng dự có ông Trần Văn Lộc, Phó Chủ tịch UBND huyện; bà Hồ Thị Ngọt, Trưởng Ban Dân vận Huyện ủy; lãnh đạo các phòng, ban chuyên môn của huyện và Đảng ủy, chính quyền xã Hướng Phùng.
Tại buổi đối thoại, bà con người Vân Kiều và người Kinh đã nêu 27 ý kiến, kiến nghị. Ông Hồ Văn Lình, người có uy tín thôn Xa Re, phản ánh tuyến đường từ trung tâm xã vào thôn xuống cấp nghiêm trọng, mùa mưa xe máy không đi được. Ông Hồ Xa Lưm, Bí thư Chi bộ thôn Hướng Choa, đề nghị huyện sớm giải quyết việc cấp giấy chứng nhận quyền sử dụng đất rừng sản xuất cho các hộ đã nhận khoán. Một số hộ dân thôn Cợp hỏi về chế độ hỗ trợ nhà ở theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ và việc hỗ trợ giống cây trồng theo Chương trình 135.
Trả lời các ý kiến, ông Trần Văn Lộc cho biết năm nay huyện đã bố trí 1,2 tỷ đồng để nâng cấp tuyến đường vào thôn Xa Re, dự kiến khởi công vào tháng 7. Về hỗ trợ nhà ở, toàn xã còn 124 hộ nghèo chưa có nhà ở ổn định; huyện sẽ ưu tiên hỗ trợ trước cho 40 hộ trong năm 2013, mỗi hộ được hỗ trợ 8 triệu đồng và vay vốn ưu đãi. Riêng việc cấp giấy chứng nhận quyền sử dụng đất, huyện giao Phòng Tài nguyên và Môi trường phối hợp với xã đo đạc, hoàn thành trước quý IV.
Kết luận buổi đối thoại, đồng chí Nguyễn Đăng Khoa đánh giá cao tinh thần thẳng thắn của bà con; yêu cầu các phòng, ban của huyện và xã Hướng Phùng tiếp thu đầy đủ, trả lời bằng văn bản những ý kiến chưa được giải đáp ngay tại buổi đối thoại. Đồng chí đề nghị cấp ủy, chính quyền xã thực hiện nghiêm Quy chế dân chủ ở cơ sở, công khai các nguồn hỗ trợ để nhân dân biết, bàn và kiểm tra; đồng thời mong bà con tiếp tục đoàn kết, không nghe kẻ xấu xúi giục, chung sức bảo vệ an ninh vùng biên giới.
Trước đó, Thường trực Huyện ủy Hướng Hóa đã đối thoại với nhân dân các xã Tân Long và A Dơi.
Anh Tuấn
Bài viết liên quan
- Hướng Hóa: Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (16/05/2013)
- Đa Krông: Hơn 2.000 hộ được hỗ trợ giống ngô lai (10/05/2013)
- Gặp mặt người có uy tín trong đồng bào dân tộc thiểu số (25/04/2013)
"""
PAGES.append(page(
    "b823-quangtri-huongphung-doithoai-2013", T, "2013-05-24",
    "Bí thư Huyện ủy Hướng Hóa đối thoại với nhân dân xã Hướng Phùng",
    E("doi_thoai", "2013", "2013-05-23"),
    [P("Nguyễn Đăng Khoa", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Huyện ủy Hướng Hóa"),
     P("Trần Văn Lộc", "Phó Chủ tịch UBND huyện"),
     P("Hồ Thị Ngọt", "Trưởng Ban Dân vận Huyện ủy"),
     P("Hồ Văn Lình", "người có uy tín thôn Xa Re"),
     P("Hồ Xa Lưm", "Bí thư Chi bộ thôn Hướng Choa")],
    [Q("hơn 200 người dân", 200, "người dân", "over"),
     Q("27 ý kiến, kiến nghị", 27, "ý kiến, kiến nghị"),
     Q("1,2 tỷ đồng", 1200000000, "đồng"),
     Q("124 hộ nghèo", 124, "hộ nghèo"),
     Q("40 hộ", 40, "hộ"),
     Q("8 triệu đồng", 8000000, "đồng")],
    [D("Kế hoạch", "76", "KH/HU", None, "Huyện ủy Hướng Hóa", "Kế hoạch số 76-KH/HU"),
     D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg")],
    [prov("Quảng Trị"), com("Hướng Phùng"), com("Tân Long"), com("A Dơi")],
    ["Báo Quảng Trị - Cơ quan của Đảng bộ tỉnh Quảng Trị", "Trang chủ > Chính trị > Xây dựng Đảng", "QTO",
     "Chương trình 135",
     "Quy chế dân chủ ở cơ sở"],
    ["24/05/2013 | 09:20", "buổi đối thoại thứ ba", "Chương trình 135", "quý IV", "tháng 7"],
))

# ---------------------------------------------------------------- b824
T = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Ngày đăng: 15-11-2014 10:15 | Lượt xem: 1.208
Ngày hội Đại đoàn kết toàn dân tộc ở thôn Phú Xá, xã Xuân Lập
Nhân kỷ niệm 84 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18/11/1930 - 18/11/2014), ngày 14/11, nhân dân khu dân cư thôn Phú Xá, xã Xuân Lập, huyện Thọ Xuân (Thanh Hóa) đã tổ chức Ngày hội Đại đoàn kết toàn dân tộc. Đến dự và chung vui với bà con có đồng chí Lê Thị Hạnh, Chủ tịch Ủy ban MTTQ huyện Thọ Xuân; đồng chí Trịnh Văn Minh, Phó Chủ tịch HĐND huyện; lãnh đạo Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Xuân Lập.
Các đại biểu trao quà cho hộ nghèo thôn Phú Xá tại Ngày hội.
Thôn Phú Xá hiện có 312 hộ với 1.286 nhân khẩu. Báo cáo tại Ngày hội, ông Lê Văn Thắng, Trưởng ban công tác Mặt trận thôn Phú Xá cho biết: năm 2014, cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" gắn với phong trào xây dựng nông thôn mới được nhân dân hưởng ứng tích cực. Thôn có 96% hộ gia đình đạt danh hiệu "Gia đình văn hóa"; nhân dân tự nguyện hiến 1.450 m2 đất, đóng góp 1,6 tỷ đồng để bê tông hóa 2,7 km đường làng, ngõ xóm và xây dựng nhà văn hóa thôn. Tỷ lệ hộ nghèo giảm từ 9,2% xuống còn 5,4%. Cuộc vận động ủng hộ Quỹ "Vì người nghèo" trong thôn đạt 18 triệu đồng, vượt chỉ tiêu xã giao.
Thôn Phú Xá cũng là một trong những khu dân cư đầu tiên của xã thực hiện tốt Quy chế dân chủ ở cơ sở: mọi khoản đóng góp đều được bàn bạc, thống nhất trong hội nghị thôn và công khai tại nhà văn hóa. Năm qua, thôn không có đơn thư vượt cấp, không có tội phạm và tệ nạn xã hội.
Phát biểu tại Ngày hội, đồng chí Lê Thị Hạnh biểu dương những kết quả mà nhân dân thôn Phú Xá đạt được; đề nghị Ban công tác Mặt trận thôn tiếp tục thực hiện tốt Hướng dẫn số 08/HD-MTTQ-BTT ngày 2/10/2014 của Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa về tổ chức Ngày hội ở khu dân cư, giữ vững danh hiệu "Làng văn hóa", phấn đấu hoàn thành tiêu chí nông thôn mới vào năm 2015.
Dịp này, Ủy ban MTTQ huyện và các nhà hảo tâm đã trao 10 suất quà cho hộ nghèo trong thôn, mỗi suất trị giá 500.000 đồng; UBND xã tặng giấy khen cho 12 hộ gia đình tiêu biểu. Phần hội diễn ra sôi nổi với các tiết mục văn nghệ, thi nấu cơm, kéo co giữa các xóm.
Được biết, năm nay toàn huyện Thọ Xuân có 131 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc từ ngày 10 đến 18/11.
Thanh Huyền (Trung tâm Văn hóa - Thông tin huyện)
Tin khác
- Xuân Thiên: Ra mắt mô hình "Dân vận khéo" (12/11/2014)
- Hội nghị giao ban công tác Mặt trận quý III (03/10/2014)
- Thọ Xuân phát động ủng hộ Quỹ "Vì người nghèo" năm 2014 (17/10/2014)
"""
PAGES.append(page(
    "b824-thanhhoa-xuanlap-ngayhoi-2014", T, "2014-11-15",
    "Ngày hội Đại đoàn kết toàn dân tộc ở thôn Phú Xá, xã Xuân Lập",
    E("khac", None, "2014-11-14"),
    [P("Lê Thị Hạnh", "Chủ tịch Ủy ban MTTQ huyện Thọ Xuân"),
     P("Trịnh Văn Minh", "Phó Chủ tịch HĐND huyện"),
     P("Lê Văn Thắng", "Trưởng ban công tác Mặt trận thôn Phú Xá")],
    [Q("312 hộ", 312, "hộ"),
     Q("1.286 nhân khẩu", 1286, "nhân khẩu"),
     Q("96% hộ gia đình", 96, "%"),
     Q("1.450 m2", 1450, "m2"),
     Q("1,6 tỷ đồng", 1600000000, "đồng"),
     Q("2,7 km", 2.7, "km"),
     Q("9,2%", 9.2, "%"),
     Q("5,4%", 5.4, "%"),
     Q("18 triệu đồng", 18000000, "đồng"),
     Q("10 suất quà", 10, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("12 hộ gia đình tiêu biểu", 12, "hộ gia đình tiêu biểu"),
     Q("131 khu dân cư", 131, "khu dân cư")],
    [D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2014-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa",
       "Hướng dẫn số 08/HD-MTTQ-BTT ngày 2/10/2014")],
    [prov("Thanh Hóa"), com("Xuân Lập")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
     "Các đại biểu trao quà cho hộ nghèo thôn Phú Xá tại Ngày hội.",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Gia đình văn hóa", "Làng văn hóa", "Vì người nghèo",
     "Thanh Huyền (Trung tâm Văn hóa - Thông tin huyện)"],
    ["Ngày đăng: 15-11-2014 10:15 | Lượt xem: 1.208", "84 năm", "18/11/1930 - 18/11/2014", "từ ngày 10 đến 18/11"],
))

# ---------------------------------------------------------------- b825
T = """
Báo Cà Mau điện tử
Chính trị - Xã hội » Mặt trận - Đoàn thể
Cập nhật lúc 14:05 ngày 27/03/2015
Đầm Dơi bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo
(CMO) Sáng 26/3, Ủy ban MTTQ huyện Đầm Dơi tổ chức lễ bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo và trao quà cho các hộ có hoàn cảnh đặc biệt khó khăn tại các xã Tân Thuận, Tân Đức, Nguyễn Huân và Quách Phẩm Bắc.
Theo Ban Thường trực Ủy ban MTTQ huyện, 45 căn nhà được xây dựng theo Quyết định số 1150/QĐ-UBND ngày 12/5/2014 của UBND tỉnh Cà Mau về hỗ trợ nhà ở cho hộ nghèo, mỗi căn trị giá 40 triệu đồng. Trong đó, Quỹ "Vì người nghèo" huyện hỗ trợ 25 triệu đồng/căn, phần còn lại do Ngân hàng Chính sách xã hội cho vay ưu đãi và gia đình đối ứng. Tổng kinh phí xây dựng là 1,8 tỷ đồng. Nhà có diện tích từ 40 đến 45 m2, khung bê tông cốt thép, mái tôn, nền lát gạch.
Tại lễ bàn giao, ông Nguyễn Quốc Trung, HUV, Chủ tịch Ủy ban MTTQ huyện Đầm Dơi cho biết: trong 3 năm (2012 - 2014), MTTQ các cấp trong huyện đã vận động Quỹ "Vì người nghèo" được hơn 4,5 tỷ đồng, xây dựng và sửa chữa 312 căn nhà Đại đoàn kết, giúp hàng trăm hộ nghèo an cư. Năm 2015, huyện đặt mục tiêu xây mới thêm 120 căn, ưu tiên hộ nghèo là đồng bào Khmer, gia đình chính sách và hộ ở các ấp ven biển.
Ông Thạch Phêl, hộ nghèo ở ấp Tân Phong, xã Tân Thuận, là một trong những hộ được nhận nhà. Gia đình ông có 6 người, nhiều năm ở trong căn chòi lá dột nát. "Có nhà mới, tôi yên tâm đi làm thuê, lo cho mấy đứa nhỏ đi học", ông Phêl nói.
Để việc xây dựng nhà bảo đảm công khai, đúng đối tượng, Ủy ban MTTQ huyện đã hướng dẫn Ban công tác Mặt trận các ấp tổ chức họp dân bình xét; danh sách hộ được hỗ trợ được niêm yết tại trụ sở ấp trước khi trình xã. Bà Lâm Thị Sa Bên, Trưởng ban công tác Mặt trận ấp Tân Phong, cho biết nhiều hộ khá giả trong ấp đã góp công, góp vật liệu để giúp hộ nghèo dựng nhà nhanh hơn.
Dịp này, Ủy ban MTTQ huyện phối hợp với Hội Chữ thập đỏ huyện trao 200 phần quà cho hộ nghèo, mỗi phần gồm 10 kg gạo và 300.000 đồng tiền mặt. Ông Trần Hoàng Anh, Phó Bí thư Thường trực Huyện ủy, cũng đến thăm, tặng quà cho 5 hộ đồng bào Khmer ở xã Tân Thuận.
Phát biểu tại buổi lễ, đại diện Thường trực Huyện ủy đề nghị các hộ được nhận nhà giữ gìn, sử dụng ngôi nhà đúng mục đích, tích cực lao động sản xuất để sớm thoát nghèo bền vững; đồng thời giao Ủy ban MTTQ các xã tiếp tục giám sát chặt chẽ việc xây dựng, không để xảy ra tình trạng bớt xén vật tư, chậm tiến độ. Các ấp cũng được yêu cầu theo dõi, giúp đỡ hộ nghèo sau khi nhận nhà, gắn việc hỗ trợ nhà ở với hỗ trợ vốn vay, con giống và dạy nghề.
Minh Quân
Các tin đã đưa
- Cái Nước: Hơn 300 hộ nghèo được hỗ trợ sinh kế (24/03/2015)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách hỗ trợ nhà ở (20/03/2015)
- Trần Văn Thời ra mắt mô hình "Khu dân cư tự quản" (16/03/2015)
"""
PAGES.append(page(
    "b825-camau-damdoi-nhadaidoanket-2015", T, "2015-03-27",
    "Đầm Dơi bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo",
    E("trao_qua", None, "2015-03-26"),
    [P("Nguyễn Quốc Trung", "HUV", "Chủ tịch Ủy ban MTTQ huyện Đầm Dơi"),
     P("Thạch Phêl"),
     P("Lâm Thị Sa Bên", "Trưởng ban công tác Mặt trận ấp Tân Phong"),
     P("Trần Hoàng Anh", "Phó Bí thư Thường trực Huyện ủy")],
    [Q("45 căn nhà Đại đoàn kết", 45, "căn nhà Đại đoàn kết"),
     Q("40 triệu đồng", 40000000, "đồng"),
     Q("25 triệu đồng/căn", 25000000, "đồng"),
     Q("1,8 tỷ đồng", 1800000000, "đồng"),
     Q("từ 40", 40, "m2"),
     Q("45 m2", 45, "m2"),
     Q("hơn 4,5 tỷ đồng", 4500000000, "đồng", "over"),
     Q("312 căn nhà Đại đoàn kết", 312, "căn nhà Đại đoàn kết"),
     Q("120 căn", 120, "căn"),
     Q("6 người", 6, "người"),
     Q("200 phần quà", 200, "phần quà"),
     Q("10 kg", 10, "kg"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("5 hộ đồng bào Khmer", 5, "hộ đồng bào Khmer")],
    [D("Quyết định", "1150", "QĐ-UBND", "2014-05-12", "UBND tỉnh Cà Mau", "Quyết định số 1150/QĐ-UBND ngày 12/5/2014")],
    [prov("Cà Mau"), com("Tân Thuận"), com("Tân Đức"), com("Nguyễn Huân"), com("Quách Phẩm Bắc")],
    ["Báo Cà Mau điện tử", "Chính trị - Xã hội » Mặt trận - Đoàn thể", "(CMO)", "Vì người nghèo",
     "Ngân hàng Chính sách xã hội", "Hội Chữ thập đỏ huyện"],
    ["Cập nhật lúc 14:05 ngày 27/03/2015", "3 năm (2012 - 2014)", "Năm 2015"],
))

# ---------------------------------------------------------------- b826
T = """
Báo Hà Giang điện tử
Xây dựng Đảng | Chính quyền | Mặt trận
Thứ Sáu, 10/07/2015 - 16:40
Đồng Văn: Khối dân vận phát huy vai trò ở cơ sở
BHG - Ngày 9/7, Ban Dân vận Huyện ủy Đồng Văn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Vừ Mí Sính, Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo hội nghị.
Đồng chí Giàng Thị Mai, Trưởng Ban Dân vận Huyện ủy phát biểu khai mạc hội nghị.
6 tháng qua, khối dân vận huyện đã bám sát cơ sở, chủ động nắm tình hình nhân dân ở 19 xã, thị trấn, nhất là các thôn giáp biên. Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 11, 12-CT/HU về tăng cường công tác dân vận trong xây dựng nông thôn mới và về vận động nhân dân không di cư tự do; phối hợp triển khai Kết luận số 46-KL/TU ngày 18/3/2015 của Ban Thường vụ Tỉnh ủy Hà Giang về công tác dân vận chính quyền.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 32 mô hình được đăng ký, tập trung vào giảm nghèo, giữ gìn an ninh trật tự. Nhân dân đóng góp gần 900 ngày công và hiến 3.600 m2 đất làm đường; các đoàn thể vận động 145 hộ tự tháo dỡ nhà tạm để xây nhà mới bằng nguồn hỗ trợ của Nhà nước. Quỹ "Vì người nghèo" của huyện trong 6 tháng tiếp nhận 215 triệu đồng, hỗ trợ làm 9 nhà đại đoàn kết cho hộ nghèo ở các xã Lũng Cú, Sủng Là, Phố Bảng.
Các cơ quan dân vận đã tiếp 63 lượt công dân, tiếp nhận 14 đơn thư; đã phối hợp giải quyết dứt điểm 11 đơn, số còn lại đang được xem xét. Tuy vậy, việc vận động đồng bào bỏ hủ tục trong tang ma ở một số thôn còn chậm; còn 7 hộ có biểu hiện nghe theo tuyên truyền của đối tượng xấu, bỏ đi nơi khác sinh sống.
Tại hội nghị, ông Lù Mí Cáy, Bí thư Đảng ủy xã Lũng Cú, đề nghị huyện tăng cường cán bộ biết tiếng Mông xuống thôn; bà Sình Thị Mai, người dân tộc Lô Lô, Chủ tịch Hội LHPN xã Lũng Cú, chia sẻ kinh nghiệm vận động phụ nữ không kết hôn sớm.
Kết luận hội nghị, đồng chí Vừ Mí Sính đề nghị 6 tháng cuối năm khối dân vận tập trung vận động nhân dân thực hiện Chỉ thị 11, 12-CT/HU; làm tốt công tác dân vận trong giải phóng mặt bằng các công trình trọng điểm; phát huy vai trò của người có uy tín, các trưởng dòng họ trong vận động đồng bào. Đồng chí lưu ý các xã chuẩn bị tốt Đại hội Đảng bộ xã nhiệm kỳ 2015 - 2020.
Cũng tại hội nghị, các đại biểu thống nhất cần phát huy hơn nữa vai trò của tổ dân vận thôn, gắn việc nắm tình hình với tổ tự quản, tổ an ninh nhân dân; kịp thời biểu dương những gia đình đi đầu trong xóa bỏ hủ tục, hiến đất làm đường, giữ gìn vệ sinh môi trường.
Vương Linh
Tin liên quan
- Mèo Vạc: Giao ban công tác Mặt trận quý II (07/07/2015)
- 200 suất quà đến với học sinh nghèo Đồng Văn (02/07/2015)
- Yên Minh sơ kết 5 năm thực hiện Quy chế dân vận (26/06/2015)
"""
PAGES.append(page(
    "b826-hagiang-dongvan-bdv-soket-2015", T, "2015-07-10",
    "Đồng Văn: Khối dân vận phát huy vai trò ở cơ sở",
    E("so_ket", "2015-H1", "2015-07-09"),
    [P("Vừ Mí Sính", "Phó Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
     P("Giàng Thị Mai", "Trưởng Ban Dân vận Huyện ủy"),
     P("Lù Mí Cáy", "Bí thư Đảng ủy xã Lũng Cú"),
     P("Sình Thị Mai", "Chủ tịch Hội LHPN xã Lũng Cú")],
    [Q("19 xã", 19, "xã"),
     Q("32 mô hình", 32, "mô hình"),
     Q("gần 900 ngày công", 900, "ngày công", "approx"),
     Q("3.600 m2", 3600, "m2"),
     Q("145 hộ", 145, "hộ"),
     Q("215 triệu đồng", 215000000, "đồng"),
     Q("9 nhà đại đoàn kết", 9, "nhà đại đoàn kết"),
     Q("63 lượt công dân", 63, "lượt công dân"),
     Q("14 đơn thư", 14, "đơn thư"),
     Q("11 đơn", 11, "đơn"),
     Q("7 hộ", 7, "hộ")],
    [D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
     D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 11, 12-CT/HU"),
     D("Kết luận", "46", "KL/TU", "2015-03-18", "Ban Thường vụ Tỉnh ủy Hà Giang", "Kết luận số 46-KL/TU ngày 18/3/2015")],
    [prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là"), com("Phố Bảng")],
    ["Báo Hà Giang điện tử", "Xây dựng Đảng | Chính quyền | Mặt trận", "BHG",
     "Dân vận khéo", "Vì người nghèo"],
    ["Thứ Sáu, 10/07/2015 - 16:40", "6 tháng đầu năm", "6 tháng cuối năm 2015", "nhiệm kỳ 2015 - 2020"],
))
