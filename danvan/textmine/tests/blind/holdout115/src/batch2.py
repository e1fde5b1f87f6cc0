from lib import *
PAGES = []

PAGES.append(page("b2723-thaibinh-hoinghi-khoinghiep-2017", """
Báo Thái Bình điện tử
Trang chủ | Xã hội | Phụ nữ - Gia đình
13-10-2017 | 10:15
Triển khai Đề án hỗ trợ phụ nữ khởi nghiệp
Ngày 12/10, Hội LHPN tỉnh tổ chức hội nghị triển khai Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" (Đề án 939) năm 2017. Dự hội nghị có ông Phạm Văn Nghiêm, Phó Chủ tịch UBND tỉnh; bà Nguyễn Thị Bích Thủy, Chủ tịch Hội LHPN tỉnh cùng gần 250 đại biểu là cán bộ hội cấp huyện, cấp xã, chủ hợp tác xã và hội viên có ý tưởng khởi nghiệp.
Quang cảnh hội nghị.
Đề án được phê duyệt tại Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ với mục tiêu đến năm 2020 hỗ trợ 20.000 phụ nữ khởi nghiệp, 100 hợp tác xã do phụ nữ quản lý trên cả nước. Tại Thái Bình, UBND tỉnh đã ban hành Kế hoạch số 28/KH-UBND ngày 20/9/2017 giao Hội LHPN tỉnh chủ trì thực hiện; Hội tỉnh cũng ban hành Hướng dẫn số 15/HD-HPN hướng dẫn các cơ sở hội rà soát nhu cầu.
Qua khảo sát, toàn tỉnh có khoảng 1.240 hội viên có nhu cầu khởi sự kinh doanh, chủ yếu trong lĩnh vực chăn nuôi, chế biến nông sản, dịch vụ; 68% trong số đó thiếu vốn. Các cấp hội đang quản lý 1.018 tổ tiết kiệm và vay vốn với dư nợ hơn 1.560 tỷ đồng, đây là nguồn lực quan trọng để chị em khởi nghiệp.
Tại hội nghị, ThS. Vũ Thị Hà, Phó Giám đốc Sở Kế hoạch và Đầu tư giới thiệu các bước thành lập doanh nghiệp, hợp tác xã; đại diện Ngân hàng Chính sách xã hội tỉnh thông tin về mức cho vay tối đa 50 triệu đồng/hộ không phải thế chấp tài sản. Chị Trần Thị Lụa, Giám đốc Hợp tác xã dịch vụ nông nghiệp Vũ Thắng, chia sẻ hành trình từ một tổ hợp tác 7 thành viên làm dưa cải, đến nay hợp tác xã có 42 xã viên, mỗi năm tiêu thụ khoảng 180 tấn sản phẩm, doanh thu trên 3 tỷ đồng.
Phát biểu chỉ đạo, ông Phạm Văn Nghiêm đề nghị các sở, ngành phối hợp chặt chẽ với Hội phụ nữ, ưu tiên nguồn vốn khuyến công, khuyến nông cho phụ nữ khởi nghiệp; UBND các huyện bố trí kinh phí cho các cuộc thi ý tưởng. Bà Nguyễn Thị Bích Thủy cho biết, năm 2018 Hội LHPN tỉnh sẽ tổ chức cuộc thi "Phụ nữ Thái Bình khởi nghiệp" với tổng giải thưởng 60 triệu đồng, phấn đấu hỗ trợ ít nhất 150 ý tưởng và thành lập mới 5 hợp tác xã do phụ nữ làm chủ.
Cũng tại hội nghị, Hội LHPN tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh ký kết chương trình phối hợp giai đoạn 2017 - 2020; trao 10 sổ tiết kiệm, mỗi sổ 3 triệu đồng cho hội viên nghèo xã Vũ Thắng, huyện Kiến Xương.
Thu Hiền
Lượt xem: 1.348
Tin liên quan
- Hưng Hà: Phụ nữ làm kinh tế giỏi (05/10/2017)
- Tập huấn kiến thức khởi sự kinh doanh cho hội viên (27/09/2017)
- Quỳnh Phụ ra mắt mô hình "Chi hội phụ nữ 5 không, 3 sạch" (18/09/2017)
- Trao 20 con bò cho phụ nữ nghèo huyện Thái Thụy (08/09/2017)
""", "2017-10-13", "Triển khai Đề án hỗ trợ phụ nữ khởi nghiệp",
E("hoi_nghi", "2017", "2017-10-12"),
[P("Phạm Văn Nghiêm", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Thị Hà", "ThS.", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
 P("Trần Thị Lụa", "Giám đốc Hợp tác xã dịch vụ nông nghiệp Vũ Thắng")],
[Q("gần 250 đại biểu", 250, "đại biểu", "approx"), Q("20.000 phụ nữ", 20000, "phụ nữ"), Q("100 hợp tác xã", 100, "hợp tác xã"),
 Q("khoảng 1.240 hội viên", 1240, "hội viên", "approx"), Q("68%", 68, "%"),
 Q("1.018 tổ tiết kiệm và vay vốn", 1018, "tổ tiết kiệm và vay vốn"), Q("hơn 1.560 tỷ đồng", 1560000000000, "đồng", "over"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("7 thành viên", 7, "thành viên"), Q("42 xã viên", 42, "xã viên"),
 Q("khoảng 180 tấn", 180, "tấn", "approx"), Q("trên 3 tỷ đồng", 3000000000, "đồng", "over"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("ít nhất 150 ý tưởng", 150, "ý tưởng", "over"), Q("5 hợp tác xã", 5, "hợp tác xã"), Q("10 sổ tiết kiệm", 10, "sổ tiết kiệm"),
 Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "28", "KH-UBND", "2017-09-20", "UBND tỉnh", "Kế hoạch số 28/KH-UBND ngày 20/9/2017"),
 D("Hướng dẫn", "15", "HD-HPN", None, "Hội tỉnh", "Hướng dẫn số 15/HD-HPN")],
[prov("Thái Bình"), com("Vũ Thắng")],
["Báo Thái Bình điện tử", "Trang chủ | Xã hội | Phụ nữ - Gia đình", "Quang cảnh hội nghị.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Đề án 939", "Phụ nữ Thái Bình khởi nghiệp", "Ngân hàng Chính sách xã hội",
 "Lượt xem: 1.348"],
["13-10-2017 | 10:15", "Đề án 939", "giai đoạn 2017 - 2025", "đến năm 2020", "năm 2018", "giai đoạn 2017 - 2020", "Lượt xem: 1.348"]))

PAGES.append(page("b2724-caobang-giamsat-tinchung-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG
Vị trí: Trang chủ >> Hoạt động >> Giám sát, phản biện
20/09/2018 - 08:50
Ảnh: Đoàn giám sát làm việc với UBND xã Quang Trung.
Giám sát việc thực hiện chính sách hỗ trợ phụ nữ vùng dân tộc thiểu số tại Trà Lĩnh
Thực hiện Kế hoạch số 19/KH-BTV ngày 02/3/2018 của Ban Thường vụ Hội LHPN tỉnh về giám sát năm 2018, ngày 18/9, đoàn giám sát của Hội LHPN tỉnh do bà Nông Thị Tuyết, Phó Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số và miền núi tại xã Quang Trung, huyện Trà Lĩnh.
Tiếp đoàn có ông Hoàng Văn Pẻn, Chủ tịch UBND xã Quang Trung; bà Lục Thị Hoa, Chủ tịch Hội LHPN xã cùng đại diện Phòng giao dịch Ngân hàng Chính sách xã hội huyện.
Theo báo cáo của UBND xã, năm 2017 - 2018 toàn xã có 64 hộ được vay vốn theo chính sách đặc thù với tổng số tiền 1,28 tỷ đồng, trong đó 37 hộ do phụ nữ làm chủ. Hội LHPN xã quản lý 5 tổ tiết kiệm và vay vốn, dư nợ khoảng 6,5 tỷ đồng, không có nợ quá hạn. Qua kiểm tra thực tế tại 3 xóm, đoàn ghi nhận nguồn vốn được sử dụng đúng mục đích, chủ yếu mua trâu, bò sinh sản và trồng thạch đen. Chị Bế Thị Mai, Tổ trưởng tổ tiết kiệm và vay vốn xóm Nà Lũng cho biết, cả tổ có 41 thành viên, mỗi tháng họp 1 lần vào ngày 20 để thu lãi, bình xét cho vay công khai.
Bên cạnh kết quả, đoàn giám sát chỉ ra một số hạn chế: việc bình xét đối tượng ở 2 xóm chưa có đại diện Hội phụ nữ tham gia; 8 hộ vay chưa được hướng dẫn cách làm ăn; hồ sơ của một số tổ còn ghi chép thiếu. Một số chị em người Nùng, người Mông lớn tuổi chưa nắm được quyền lợi của mình khi vay vốn.
Kết luận buổi giám sát, bà Nông Thị Tuyết đề nghị UBND xã công khai danh sách hộ được hỗ trợ tại nhà văn hóa các xóm; tạo điều kiện để Hội phụ nữ tham gia bình xét theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Hội LHPN xã cần phối hợp với cán bộ khuyến nông mở lớp hướng dẫn kỹ thuật chăn nuôi cho hộ vay vốn trước tháng 12/2018.
Năm 2018, Hội LHPN tỉnh Cao Bằng tổ chức 4 cuộc giám sát chuyên đề; đến nay đã hoàn thành 3 cuộc tại các huyện Trà Lĩnh, Bảo Lạc và Hà Quảng.
Lệ Thủy
Tin khác
- Hội LHPN tỉnh tập huấn kỹ năng giám sát, phản biện xã hội (06/09/2018)
- Phụ nữ Hòa An chung tay xây dựng nông thôn mới (29/08/2018)
- Trao 3 "Mái ấm tình thương" tại huyện Thông Nông (17/08/2018)
""", "2018-09-20", "Giám sát việc thực hiện chính sách hỗ trợ phụ nữ vùng dân tộc thiểu số tại Trà Lĩnh",
E("giam_sat", "2018", "2018-09-18"),
[P("Nông Thị Tuyết", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Pẻn", "Chủ tịch UBND xã Quang Trung"),
 P("Lục Thị Hoa", "Chủ tịch Hội LHPN xã"),
 P("Bế Thị Mai", "Tổ trưởng tổ tiết kiệm và vay vốn xóm Nà Lũng")],
[Q("64 hộ", 64, "hộ"), Q("1,28 tỷ đồng", 1280000000, "đồng"), Q("37 hộ", 37, "hộ"),
 Q("5 tổ tiết kiệm và vay vốn", 5, "tổ tiết kiệm và vay vốn"), Q("khoảng 6,5 tỷ đồng", 6500000000, "đồng", "approx"),
 Q("3 xóm", 3, "xóm"), Q("41 thành viên", 41, "thành viên"), Q("2 xóm", 2, "xóm"), Q("8 hộ", 8, "hộ"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("3 cuộc", 3, "cuộc")],
[D("Kế hoạch", "19", "KH-BTV", "2018-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 19/KH-BTV ngày 02/3/2018"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Cao Bằng"), com("Quang Trung")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG", "Vị trí: Trang chủ >> Hoạt động >> Giám sát, phản biện",
 "Ảnh: Đoàn giám sát làm việc với UBND xã Quang Trung.", "Ngân hàng Chính sách xã hội"],
["20/09/2018 - 08:50", "năm 2018", "năm 2017 - 2018", "1 lần", "ngày 20", "tháng 12/2018"]))

PAGES.append(page("b2725-binhdinh-chandung-khoinghiep-bana-2019", """
BÁO BÌNH ĐỊNH ONLINE
Xã hội › Phụ nữ
Thứ Sáu, 08/03/2019
Chị Đinh Thị Kim Thoa bên khung dệt của tổ hợp tác. Ảnh: Ngọc Nhuận
Người phụ nữ Ba Na khởi nghiệp từ nghề dệt thổ cẩm
Từ số vốn vay 50 triệu đồng của Ngân hàng Chính sách xã hội qua tổ tiết kiệm và vay vốn do Hội phụ nữ quản lý, chị Đinh Thị Kim Thoa (SN 1986), người Ba Na ở làng Xà Lò, xã An Toàn, huyện An Lão đã thành lập tổ hợp tác dệt thổ cẩm, tạo việc làm cho 12 chị em trong làng.
Năm 2017, khi Hội LHPN huyện An Lão tổ chức lớp tập huấn khởi sự kinh doanh theo Đề án "Hỗ trợ phụ nữ khởi nghiệp", chị Thoa là một trong 35 học viên. Trước đó, chị cùng mẹ dệt vải chỉ để dùng trong gia đình. "Được các chị ở Hội hướng dẫn cách tính giá thành, bán hàng trên mạng, tôi mới dám nghĩ đến chuyện làm ăn lớn", chị kể.
Tổ hợp tác của chị hiện có 12 thành viên, mỗi năm làm ra khoảng 300 sản phẩm gồm khăn, túi xách, váy áo, bán cho khách du lịch ở Quy Nhơn và gửi ra Hà Nội. Thu nhập của mỗi thành viên từ 3 đến 4 triệu đồng/tháng, cao gấp đôi so với làm rẫy. Năm 2018, ý tưởng "Thổ cẩm Ba Na An Lão" của chị đoạt giải Ba cuộc thi "Phụ nữ khởi nghiệp" cấp tỉnh, được thưởng 10 triệu đồng.
Bà Đinh Thị Nga, Chủ tịch Hội LHPN huyện An Lão cho biết, toàn huyện có 26 tổ tiết kiệm và vay vốn với gần 1.100 thành viên, dư nợ trên 42 tỷ đồng. Thực hiện Quyết định số 939/QĐ-TTg của Thủ tướng Chính phủ, Hội đã hỗ trợ 18 phụ nữ dân tộc thiểu số khởi nghiệp, trong đó 4 mô hình cho thu nhập ổn định. "Khó nhất với chị em Ba Na vẫn là đầu ra và sự tự tin. Chị Thoa là tấm gương để Hội nhân rộng", bà Nga nói.
Theo bà Nguyễn Thị Mỹ Hạnh, Phó Chủ tịch Hội LHPN tỉnh Bình Định, năm 2019 Hội tỉnh sẽ kết nối các tổ hợp tác của phụ nữ miền núi với các công ty du lịch, đưa sản phẩm vào chuỗi cửa hàng giới thiệu đặc sản địa phương. Các cấp hội cũng đang hướng dẫn chị em đăng ký sản phẩm tham gia Chương trình "Mỗi xã một sản phẩm".
Không chỉ lo việc của tổ, chị Thoa còn là chi hội trưởng phụ nữ làng Xà Lò. Chị vận động 23 hội viên tham gia nhóm tiết kiệm, mỗi tháng góp 50.000 đồng để cho nhau vay khi ốm đau, con cái nhập học; đến nay nhóm đã có hơn 14 triệu đồng.
Chị Thoa dự định năm nay sẽ mở thêm lớp truyền nghề cho 10 thiếu nữ trong làng, để những hoa văn của người Ba Na không bị mai một.
Ngọc Nhuận
Bình luận (0)
Tin cùng chuyên mục
- Hoài Nhơn: phụ nữ giúp nhau thoát nghèo (05/03/2019)
- Vĩnh Thạnh: trao 2 "Mái ấm tình thương" cho hội viên nghèo (26/02/2019)
- Hội thi ẩm thực ngày Tết của phụ nữ Tây Sơn (28/01/2019)
- Phụ nữ Phù Cát nuôi bò vỗ béo (15/01/2019)
""", "2019-03-08", "Người phụ nữ Ba Na khởi nghiệp từ nghề dệt thổ cẩm",
E("khac", None, None),
[P("Đinh Thị Kim Thoa"),
 P("Đinh Thị Nga", "Chủ tịch Hội LHPN huyện An Lão"),
 P("Nguyễn Thị Mỹ Hạnh", "Phó Chủ tịch Hội LHPN tỉnh Bình Định")],
[Q("50 triệu đồng", 50000000, "đồng"), Q("12 chị em", 12, "chị em"), Q("35 học viên", 35, "học viên"),
 Q("12 thành viên", 12, "thành viên"), Q("khoảng 300 sản phẩm", 300, "sản phẩm", "approx"),
 Q("3 đến 4 triệu đồng", 3000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"), Q("gần 1.100 thành viên", 1100, "thành viên", "approx"),
 Q("trên 42 tỷ đồng", 42000000000, "đồng", "over"), Q("18 phụ nữ dân tộc thiểu số", 18, "phụ nữ dân tộc thiểu số"),
 Q("4 mô hình", 4, "mô hình"), Q("23 hội viên", 23, "hội viên"), Q("50.000 đồng", 50000, "đồng"),
 Q("hơn 14 triệu đồng", 14000000, "đồng", "over"), Q("10 thiếu nữ", 10, "thiếu nữ")],
[D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Xã hội › Phụ nữ", "Chị Đinh Thị Kim Thoa bên khung dệt của tổ hợp tác. Ảnh: Ngọc Nhuận",
 "Hỗ trợ phụ nữ khởi nghiệp", "Thổ cẩm Ba Na An Lão", "Phụ nữ khởi nghiệp", "Mỗi xã một sản phẩm",
 "Ngân hàng Chính sách xã hội", "Bình luận (0)"],
["Thứ Sáu, 08/03/2019", "SN 1986", "Năm 2017", "giải Ba", "Năm 2018", "năm 2019", "Bình luận (0)"]))

PAGES.append(page("b2726-tiengiang-giaoban-quy3-2019", """
Hội Liên hiệp Phụ nữ tỉnh Tiền Giang
Trang chủ / Tin tức / Hoạt động Hội
Ngày 04/10/2019 | 14:30
Giao ban công tác Hội quý III/2019
Ngày 3/10/2019, Ban Thường vụ Hội LHPN tỉnh Tiền Giang tổ chức giao ban công tác Hội và phong trào phụ nữ quý III năm 2019 với Chủ tịch Hội LHPN 11 huyện, thị, thành. Bà Trần Thị Mỹ Dung, Chủ tịch Hội LHPN tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Võ Thị Kim Loan, Nguyễn Thị Bé Sáu.
Quý III, các cấp hội tiếp tục triển khai Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới và Kế hoạch số 112/KH-HLHPN ngày 15/3/2019 của Hội LHPN tỉnh thực hiện Đề án hỗ trợ phụ nữ khởi nghiệp. Trong quý, các cơ sở hội đã hỗ trợ 38 phụ nữ khởi nghiệp, thành lập mới 2 hợp tác xã và 15 tổ hợp tác do phụ nữ quản lý, nâng tổng số lên 7 hợp tác xã, 215 tổ hợp tác.
Công tác ủy thác cho vay tiếp tục ổn định: dư nợ qua Hội đạt 1.012 tỷ đồng với 1.326 tổ tiết kiệm và vay vốn; nợ quá hạn 0,18%. Hội đã vận động 146 "Tổ phụ nữ tiết kiệm" duy trì sinh hoạt, số dư tiết kiệm gần 3,9 tỷ đồng. Các huyện Cái Bè, Cai Lậy, Chợ Gạo đã khởi công 26 căn nhà "Mái ấm tình thương", mỗi căn được hỗ trợ 40 triệu đồng; riêng xã Mỹ Phước Tây vận động xây 3 căn cho hội viên đơn thân.
Ảnh: Bà Trần Thị Mỹ Dung phát biểu kết luận giao ban.
Tại buổi giao ban, bà Phan Thị Hồng, Chủ tịch Hội LHPN huyện Tân Phước phản ánh tình trạng "tín dụng đen" len lỏi ở một số ấp, có 12 trường hợp hội viên vay lãi nặng phải bỏ địa phương; đề nghị tăng nguồn vốn ủy thác cho vay giải quyết việc làm. Bà Lê Thị Kiều, Chủ tịch Hội LHPN thị xã Gò Công kiến nghị có cơ chế hỗ trợ chị em đăng ký nhãn hiệu sản phẩm.
Kết luận giao ban, bà Trần Thị Mỹ Dung yêu cầu quý IV các cấp hội tập trung tổng kết năm 2019, chuẩn bị đại hội phụ nữ cơ sở nhiệm kỳ 2021 - 2026; rà soát các tổ tiết kiệm và vay vốn yếu kém; phối hợp với công an tuyên truyền phòng chống "tín dụng đen"; hoàn thành bàn giao 26 căn "Mái ấm tình thương" trước ngày 20/12. Bà giao Ban Kinh tế Hội LHPN tỉnh hướng dẫn các huyện xây dựng hồ sơ dự thi "Ý tưởng khởi nghiệp" năm 2020.
Dịp này, Hội LHPN tỉnh trao 5 sổ tiết kiệm, mỗi sổ 2 triệu đồng cho nữ sinh nghèo vượt khó xã Mỹ Phước Tây.
Mỹ Linh
Lượt xem: 637
Tin khác
- Gò Công Đông: tọa đàm "Phụ nữ với khởi nghiệp" (27/09/2019)
- Trao vốn hỗ trợ 20 hội viên nghèo huyện Châu Thành (20/09/2019)
- Tập huấn cán bộ chi hội năm 2019 (11/09/2019)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2019 (10/07/2019)
- Cai Lậy: ra mắt câu lạc bộ "Phụ nữ khởi nghiệp" (02/07/2019)
""", "2019-10-04", "Giao ban công tác Hội quý III/2019",
E("giao_ban", "2019-Q3", "2019-10-03"),
[P("Trần Thị Mỹ Dung", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Kim Loan", "Phó Chủ tịch Hội LHPN tỉnh"), P("Nguyễn Thị Bé Sáu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Hồng", "Chủ tịch Hội LHPN huyện Tân Phước"),
 P("Lê Thị Kiều", "Chủ tịch Hội LHPN thị xã Gò Công")],
[Q("11 huyện, thị, thành", 11, "huyện, thị, thành"), Q("38 phụ nữ", 38, "phụ nữ"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("15 tổ hợp tác", 15, "tổ hợp tác"), Q("7 hợp tác xã", 7, "hợp tác xã"), Q("215 tổ hợp tác", 215, "tổ hợp tác"),
 Q("1.012 tỷ đồng", 1012000000000, "đồng"), Q("1.326 tổ tiết kiệm và vay vốn", 1326, "tổ tiết kiệm và vay vốn"),
 Q("0,18%", 0.18, "%"), Q('146 "Tổ phụ nữ tiết kiệm"', 146, "Tổ phụ nữ tiết kiệm"), Q("gần 3,9 tỷ đồng", 3900000000, "đồng", "approx"),
 Q('26 căn nhà "Mái ấm tình thương"', 26, 'căn nhà "Mái ấm tình thương"'), Q("40 triệu đồng", 40000000, "đồng"), Q("3 căn", 3, "căn"),
 Q("12 trường hợp", 12, "trường hợp"), Q("5 sổ tiết kiệm", 5, "sổ tiết kiệm"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018"),
 D("Kế hoạch", "112", "KH-HLHPN", "2019-03-15", "Hội LHPN tỉnh", "Kế hoạch số 112/KH-HLHPN ngày 15/3/2019")],
[prov("Tiền Giang"), com("Mỹ Phước Tây")],
["Hội Liên hiệp Phụ nữ tỉnh Tiền Giang", "Trang chủ / Tin tức / Hoạt động Hội", "Tổ phụ nữ tiết kiệm", "Mái ấm tình thương",
 "Ảnh: Bà Trần Thị Mỹ Dung phát biểu kết luận giao ban.", "Ý tưởng khởi nghiệp", "Lượt xem: 637"],
["Ngày 04/10/2019 | 14:30", "quý III năm 2019", "quý IV", "năm 2019", "nhiệm kỳ 2021 - 2026", "ngày 20/12", "năm 2020",
 "Lượt xem: 637"]))

PAGES.append(page("b2727-haiduong-hlhpn-tongket-2020", """
Hôm nay: Thứ Bảy, 19/12/2020
BÁO HẢI DƯƠNG ĐIỆN TỬ
Xã hội » Phụ nữ
18.12.2020 | 16:45
Phụ nữ Hải Dương vượt khó trong năm dịch bệnh
Chiều 17/12, Hội LHPN tỉnh tổng kết công tác Hội và phong trào phụ nữ năm 2020, triển khai nhiệm vụ năm 2021. Dự hội nghị có bà Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Bà Lê Thị Thúy Hằng, Chủ tịch Hội LHPN tỉnh chủ trì.
Đại biểu dự hội nghị tổng kết. Ảnh: Thành Chung
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các cấp hội vẫn hoàn thành và vượt 12/12 chỉ tiêu. Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ, hội viên phụ nữ đã may 56.000 chiếc khẩu trang vải, vận động trên 4,6 tỷ đồng tiền mặt và hàng hóa ủng hộ phòng chống dịch. Các cấp hội kết nạp 5.120 hội viên mới; hỗ trợ 214 phụ nữ khởi nghiệp, thành lập 9 hợp tác xã do phụ nữ quản lý.
Hội tiếp tục quản lý dư nợ ủy thác của Ngân hàng Chính sách xã hội khoảng 2.260 tỷ đồng qua 1.643 tổ tiết kiệm và vay vốn; 96,8% số tổ được xếp loại tốt. Các cơ sở hội đã xây mới, sửa chữa 27 nhà tình thương cho hội viên nghèo với tổng trị giá hơn 1,35 tỷ đồng.
Theo bà Phạm Thị Hoa, Phó Chủ tịch - Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh, việc thực hiện Chương trình hành động số 12-CTr/TU của Tỉnh ủy thực hiện Chỉ thị số 21-CT/TW ngày 20/01/2018 của Ban Bí thư được các cấp ủy quan tâm; 100% huyện, thị xã, thành phố đã có nữ cán bộ tham gia ban thường vụ cấp ủy.
Tại hội nghị, bà Mạc Thị Thu, Chủ tịch Hội LHPN xã Thái Tân, huyện Nam Sách chia sẻ mô hình "Tiết kiệm góp vốn xoay vòng" với 36 thành viên, mỗi kỳ góp 500.000 đồng, đến nay đã giúp 21 chị em có vốn mua máy cấy, mở quầy tạp hóa.
Phát biểu chỉ đạo, bà Nguyễn Thị Ngọc Bích đề nghị năm 2021 Hội LHPN tỉnh tập trung tuyên truyền bầu cử đại biểu Quốc hội và HĐND các cấp, chuẩn bị tốt đại hội phụ nữ các cấp nhiệm kỳ 2021 - 2026; tiếp tục đồng hành cùng phụ nữ khởi nghiệp, giảm hộ nghèo do phụ nữ làm chủ.
Nhiều ý kiến thảo luận cho rằng khi dịch bệnh phức tạp, việc sinh hoạt chi hội, tổ vay vốn gặp khó khăn; một số hội viên làm công nhân ở các khu công nghiệp bị mất việc, giảm thu nhập. Các cấp hội đã linh hoạt chuyển sang sinh hoạt qua nhóm Zalo, phối hợp ngân hàng gia hạn nợ cho các hộ bị ảnh hưởng, đồng thời kết nối tiêu thụ vải thiều, rau màu cho chị em nông dân.
Dịp này, bà Vũ Thị Nhàn, Đỗ Thị Lan - Phó Chủ tịch Hội LHPN tỉnh trao bằng khen của Trung ương Hội cho 4 tập thể, 6 cá nhân; Hội LHPN tỉnh tặng giấy khen cho 32 tập thể và 45 cá nhân xuất sắc năm 2020.
Ngọc Hà
Tin liên quan
- Hội LHPN huyện Kim Thành tổng kết năm 2020 (15/12/2020)
- Trao 50 suất quà cho phụ nữ nghèo Thanh Hà (08/12/2020)
- Phụ nữ Cẩm Giàng may khẩu trang tặng người dân (14/04/2020)
""", "2020-12-18", "Phụ nữ Hải Dương vượt khó trong năm dịch bệnh",
E("tong_ket", "2020", "2020-12-17"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thúy Hằng", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Hoa", "Phó Chủ tịch - Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Mạc Thị Thu", "Chủ tịch Hội LHPN xã Thái Tân"),
 P("Vũ Thị Nhàn", "Phó Chủ tịch Hội LHPN tỉnh"), P("Đỗ Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("12/12 chỉ tiêu", 12, "chỉ tiêu"), Q("56.000 chiếc khẩu trang vải", 56000, "chiếc khẩu trang vải"),
 Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("5.120 hội viên mới", 5120, "hội viên mới"), Q("214 phụ nữ", 214, "phụ nữ"),
 Q("9 hợp tác xã", 9, "hợp tác xã"), Q("khoảng 2.260 tỷ đồng", 2260000000000, "đồng", "approx"),
 Q("1.643 tổ tiết kiệm và vay vốn", 1643, "tổ tiết kiệm và vay vốn"), Q("96,8%", 96.8, "%"), Q("27 nhà tình thương", 27, "nhà tình thương"),
 Q("hơn 1,35 tỷ đồng", 1350000000, "đồng", "over"), Q("100%", 100, "%"), Q("36 thành viên", 36, "thành viên"),
 Q("500.000 đồng", 500000, "đồng"), Q("21 chị em", 21, "chị em"), Q("4 tập thể", 4, "tập thể"), Q("6 cá nhân", 6, "cá nhân"),
 Q("32 tập thể", 32, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Chương trình hành động", "12", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU"),
 D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/01/2018")],
[prov("Hải Dương"), com("Thái Tân")],
["Hôm nay: Thứ Bảy, 19/12/2020", "BÁO HẢI DƯƠNG ĐIỆN TỬ", "Xã hội » Phụ nữ", "Đại biểu dự hội nghị tổng kết. Ảnh: Thành Chung",
 "Tiết kiệm góp vốn xoay vòng", "Ngân hàng Chính sách xã hội"],
["Hôm nay: Thứ Bảy, 19/12/2020", "18.12.2020 | 16:45", "năm 2020", "năm 2021", "Covid-19", "nhiệm kỳ 2021 - 2026", "Zalo"]))

PAGES.append(page("b2728-kontum-maiam-tumorong-2020", """
BÁO KON TUM ĐIỆN TỬ
Xã hội | Phụ nữ
Cập nhật: 16:20, 16/10/2020
Y Phương nhận nhà mới trong ngày Phụ nữ Việt Nam
Bàn giao “Mái ấm tình thương” cho hội viên nghèo Tu Mơ Rông
Ngày 15/10, Hội LHPN tỉnh phối hợp với Hội LHPN huyện Tu Mơ Rông tổ chức bàn giao 2 căn nhà "Mái ấm tình thương" cho chị Y Phương và chị Y Khuyên, hội viên phụ nữ người Xơ Đăng ở thôn Kon Hia 2, xã Đăk Hà.
Dự lễ bàn giao có bà Võ Thị Thanh Tâm, Phó Chủ tịch Thường trực Hội LHPN tỉnh Kon Tum; bà Y Hiên, Chủ tịch Hội LHPN huyện Tu Mơ Rông; ông A Bình, Bí thư Đảng ủy xã Đăk Hà cùng đông đảo bà con dân làng.
Mỗi căn nhà có tổng kinh phí 60 triệu đồng, trong đó Quỹ "Mái ấm tình thương" của Hội LHPN tỉnh hỗ trợ 40 triệu đồng, số còn lại do gia đình, họ hàng góp công và Đồn Biên phòng hỗ trợ 15 ngày công. Nhà được xây kiên cố, diện tích 40 m2, mái lợp tôn, có khu vệ sinh riêng.
Chị Y Phương năm nay 34 tuổi, chồng mất sớm, một mình nuôi 3 con nhỏ. "Mấy năm nay mẹ con tôi ở nhờ nhà sàn cũ của bố mẹ, mùa mưa dột hết. Giờ có nhà mới rồi, tôi sẽ cố gắng làm rẫy, trồng sâm dây để nuôi con ăn học", chị xúc động nói.
Bà Võ Thị Thanh Tâm cho biết, thực hiện Kế hoạch số 65/KH-HLHPN ngày 12/5/2020 của Ban Thường vụ Hội LHPN tỉnh, từ đầu năm đến nay các cấp hội trong tỉnh đã bàn giao 19 nhà "Mái ấm tình thương" cho hội viên nghèo với tổng trị giá gần 1,1 tỷ đồng; phối hợp với Ngân hàng Chính sách xã hội quản lý trên 380 tổ tiết kiệm và vay vốn, giúp hàng nghìn hộ đồng bào dân tộc thiểu số có vốn sản xuất.
Nhân kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2020), đoàn đã trao 150 phần quà cho phụ nữ có hoàn cảnh khó khăn bị ảnh hưởng bởi mưa lũ của xã Đăk Hà và xã Tu Mơ Rông, mỗi phần quà trị giá 500.000 đồng gồm gạo, mì tôm, dầu ăn và tiền mặt. Kinh phí do các nhà hảo tâm tại thành phố Kon Tum tài trợ.
Theo Hội LHPN huyện Tu Mơ Rông, năm 2020 các cấp hội trong huyện đã vận động thành lập thêm 4 tổ tiết kiệm và vay vốn ở những thôn xa trung tâm, tổ chức 6 lớp hướng dẫn trồng sâm dây, nuôi heo đen cho hơn 200 hội viên. Nhiều chị em người Xơ Đăng đã mạnh dạn vay vốn, chuyển đổi từ trồng mì sang trồng sâm dây, cà phê, bước đầu cho thu nhập khá.
Bà Y Hiên cho biết, toàn huyện Tu Mơ Rông hiện còn khoảng 45 hội viên đang ở nhà tạm; Hội sẽ tiếp tục vận động nguồn lực để năm 2021 hỗ trợ ít nhất 5 căn nhà.
Thanh Như
Lượt xem: 921
Tin liên quan
- Đăk Glei: tuyên truyền phòng chống mua bán người (09/10/2020)
- Trao 30 suất học bổng cho nữ sinh dân tộc thiểu số (01/10/2020)
- Ngọc Hồi: ra mắt mô hình "Tổ phụ nữ tiết kiệm" (24/09/2020)
- Hội LHPN tỉnh tập huấn kỹ năng cho cán bộ chi hội (15/09/2020)
""", "2020-10-16", "Bàn giao “Mái ấm tình thương” cho hội viên nghèo Tu Mơ Rông",
E("trao_qua", None, "2020-10-15"),
[P("Y Phương"), P("Y Khuyên"),
 P("Võ Thị Thanh Tâm", "Phó Chủ tịch Thường trực Hội LHPN tỉnh Kon Tum"),
 P("Y Hiên", "Chủ tịch Hội LHPN huyện Tu Mơ Rông"),
 P("A Bình", "Bí thư Đảng ủy xã Đăk Hà")],
[Q('2 căn nhà "Mái ấm tình thương"', 2, 'căn nhà "Mái ấm tình thương"'), Q("60 triệu đồng", 60000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("15 ngày công", 15, "ngày công"), Q("40 m2", 40, "m2"), Q("3 con nhỏ", 3, "con nhỏ"),
 Q('19 nhà "Mái ấm tình thương"', 19, "nhà \"Mái ấm tình thương\""), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("trên 380 tổ tiết kiệm và vay vốn", 380, "tổ tiết kiệm và vay vốn", "over"), Q("150 phần quà", 150, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("4 tổ tiết kiệm và vay vốn", 4, "tổ tiết kiệm và vay vốn"), Q("6 lớp", 6, "lớp"),
 Q("hơn 200 hội viên", 200, "hội viên", "over"), Q("khoảng 45 hội viên", 45, "hội viên", "approx"), Q("ít nhất 5 căn nhà", 5, "căn nhà", "over")],
[D("Kế hoạch", "65", "KH-HLHPN", "2020-05-12", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 65/KH-HLHPN ngày 12/5/2020")],
[prov("Kon Tum"), com("Đăk Hà"), com("Tu Mơ Rông")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội | Phụ nữ", "Y Phương nhận nhà mới trong ngày Phụ nữ Việt Nam", "Mái ấm tình thương",
 "Ngân hàng Chính sách xã hội", "Lượt xem: 921"],
["Cập nhật: 16:20, 16/10/2020", "34 tuổi", "90 năm", "20/10/1930 - 20/10/2020", "năm 2021", "Lượt xem: 921"]))
