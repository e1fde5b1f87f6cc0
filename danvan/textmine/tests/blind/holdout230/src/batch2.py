from lib import *
PAGES = []

PAGES.append(page("b5483-caobang-damthuy-doithoai-2017", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐÀM THỦY
Trang chủ - Tin tức - Hoạt động của Đảng ủy
Thứ Sáu, 16/06/2017 - 08:40
Ảnh: Quang cảnh buổi đối thoại.
Đàm Thủy đối thoại với nhân dân về phát triển du lịch và giữ gìn an ninh biên giới
Ngày 15/6/2017, Đảng ủy xã Đàm Thủy (huyện Trùng Khánh, tỉnh Cao Bằng) phối hợp với Đồn Biên phòng Đàm Thủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2017. Đồng chí Nông Văn Slắn, Bí thư Đảng ủy xã và Thiếu tá Hoàng Văn Mạc, Chính trị viên Đồn Biên phòng Đàm Thủy, Phó Bí thư Đảng ủy xã chủ trì. Tham dự có 87 đại biểu là trưởng xóm, người có uy tín, đại diện hộ kinh doanh dịch vụ du lịch ở khu vực thác Bản Giốc.
Mở đầu buổi đối thoại, đồng chí Đàm Thị Nhài, Phó Chủ tịch UBND xã, thông báo: thực hiện Kế hoạch số 25-KH/ĐU ngày 10/4/2017 của Đảng ủy xã và Nghị định số 34/2014/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền, 5 tháng đầu năm xã đã cấp 1.120 giấy thông hành cho người dân qua lại chợ biên giới; toàn xã còn 142 hộ nghèo, chiếm 18,6%. Đồn Biên phòng đã nhận đỡ đầu 4 học sinh theo Chương trình "Nâng bước em tới trường", mỗi tháng hỗ trợ mỗi em 500.000 đồng.
Tại buổi đối thoại, bà con đã nêu 15 ý kiến, kiến nghị, tập trung vào việc quản lý bến bãi, giá vé tham quan, chia sẻ lợi ích từ du lịch cho người dân và việc cấp giấy chứng nhận quyền sử dụng đất. Ông Nông Văn Páo, trưởng xóm Bản Giốc, phản ánh có 23 hộ kinh doanh tự phát lấn chiếm hành lang đường biên. Bà Lý Thị Hoa, Chi hội trưởng Chi hội phụ nữ xóm Đông Si, đề nghị mở lớp dạy tiếng Trung giao tiếp và hướng dẫn viên du lịch cho thanh niên.
Trả lời các ý kiến, Thiếu tá Hoàng Văn Mạc cho biết đồn sẽ phối hợp với Công an xã rà soát, vận động các hộ tự tháo dỡ lều quán vi phạm trước ngày 30/6; đồng thời phối hợp với Ban quản lý khu du lịch xem xét bố trí khoảng 60 chỗ bán hàng cho người dân địa phương. Đồng chí Nông Văn Slắn tiếp thu, giải trình trực tiếp 11 ý kiến, các ý kiến còn lại được giao cho các ngành chức năng trả lời bằng văn bản trong 15 ngày.
Kết luận buổi đối thoại, đồng chí Nông Văn Slắn đề nghị cán bộ, đảng viên và nhân dân tiếp tục thực hiện tốt Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền; phát huy phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia"; mỗi hộ gia đình là một "cột mốc sống" nơi biên cương.
Theo đánh giá của Ban Dân vận Huyện ủy Trùng Khánh, đây là lần thứ 3 xã tổ chức đối thoại trực tiếp với nhân dân; các buổi đối thoại đã giúp cấp ủy, chính quyền nắm bắt kịp thời tâm tư, nguyện vọng của người dân, giải quyết dứt điểm nhiều vụ việc ngay từ cơ sở, không để phát sinh điểm nóng.
Nông Thị Chiêm
Tin khác
- Đàm Thủy ra quân dọn vệ sinh khu vực cột mốc 836 (02/06/2017)
- Đồn Biên phòng Đàm Thủy trao 50 suất quà cho học sinh nghèo (25/05/2017)
- Đảng ủy xã sơ kết 5 năm thực hiện Chỉ thị 03-CT/TW (12/05/2017)
""", "2017-06-16", "Đàm Thủy đối thoại với nhân dân về phát triển du lịch và giữ gìn an ninh biên giới",
E("doi_thoai", "2017", "2017-06-15"),
[P("Nông Văn Slắn", "Bí thư Đảng ủy xã"),
 P("Hoàng Văn Mạc", "Thiếu tá", "Chính trị viên Đồn Biên phòng Đàm Thủy", "Phó Bí thư Đảng ủy xã"),
 P("Đàm Thị Nhài", "Phó Chủ tịch UBND xã"),
 P("Nông Văn Páo", "trưởng xóm Bản Giốc"),
 P("Lý Thị Hoa", "Chi hội trưởng Chi hội phụ nữ xóm Đông Si")],
[Q("87 đại biểu", 87, "đại biểu"), Q("1.120 giấy thông hành", 1120, "giấy thông hành"), Q("142 hộ nghèo", 142, "hộ nghèo"),
 Q("18,6%", 18.6, "%"), Q("4 học sinh", 4, "học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("15 ý kiến, kiến nghị", 15, "ý kiến, kiến nghị"), Q("23 hộ kinh doanh", 23, "hộ kinh doanh"),
 Q("khoảng 60 chỗ bán hàng", 60, "chỗ bán hàng", "approx"), Q("11 ý kiến", 11, "ý kiến")],
[D("Kế hoạch", "25", "KH/ĐU", "2017-04-10", "Đảng ủy xã", "Kế hoạch số 25-KH/ĐU ngày 10/4/2017"),
 D("Nghị định", "34", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 34/2014/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Cao Bằng"), com("Đàm Thủy")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐÀM THỦY", "Trang chủ - Tin tức - Hoạt động của Đảng ủy", "Ảnh: Quang cảnh buổi đối thoại.",
 "Nâng bước em tới trường", "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "cột mốc sống",
 "Ban quản lý khu du lịch"],
["Thứ Sáu, 16/06/2017 - 08:40", "năm 2017", "5 tháng đầu năm", "15 ngày", "lần thứ 3", "ngày 30/6"]))

PAGES.append(page("b5484-angiang-bdv-taphuan-2018", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang
Trang chủ | Tin hoạt động | Đào tạo, bồi dưỡng
24/05/2018 - 10:05
Tập huấn nghiệp vụ công tác dân vận cho cán bộ biên phòng và cán bộ xã biên giới
Trong 2 ngày 22 - 23/5, Ban Dân vận Tỉnh ủy An Giang phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2018 cho 120 học viên là cán bộ 11 đồn biên phòng, cán bộ dân vận và Ủy ban MTTQ Việt Nam các xã, thị trấn biên giới.
TS. Huỳnh Văn Lợi truyền đạt chuyên đề tại lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: An Giang có gần 100 km đường biên giới, 28 xã, thị trấn biên giới với trên 26.000 hộ đồng bào Khmer, Chăm sinh sống; cán bộ biên phòng phải thật sự là "cầu nối" giữa Đảng với nhân dân.
Các học viên được nghe 4 chuyên đề: Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận; Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; kỹ năng vận động đồng bào dân tộc, tôn giáo; kỹ năng nắm tình hình, giải quyết đơn thư ở cơ sở. Báo cáo viên là TS. Huỳnh Văn Lợi, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương; Trung tá Chau Sóc Khang, Phó Chủ nhiệm Chính trị BĐBP tỉnh và đồng chí Mohamad Sa Ly, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy.
Theo báo cáo tại lớp học, thực hiện Kế hoạch số 18-KH/BDVTU ngày 15/01/2018 của Ban Dân vận Tỉnh ủy, các đồn biên phòng đã duy trì 63 cán bộ tăng cường về xã; xây dựng 27 mô hình "Dân vận khéo", trong đó 9 mô hình cấp tỉnh; nhận đỡ đầu 35 học sinh theo Chương trình "Nâng bước em tới trường" với mức 500.000 đồng/em/tháng. Năm 2017, lực lượng biên phòng phối hợp vận động xây dựng 214 căn nhà đại đoàn kết, tổng trị giá trên 8,5 tỷ đồng.
Trong buổi thảo luận, Thiếu tá Néang Sa Phan, Phó Chính trị viên Đồn Biên phòng Khánh Bình, chia sẻ kinh nghiệm vận động 12 sư sãi chùa Khmer tham gia tuyên truyền phòng, chống buôn lậu. Đồng chí Kim Sóc Tha, Chủ tịch Ủy ban MTTQ Việt Nam xã Nhơn Hưng, đề nghị tăng tài liệu song ngữ Việt - Khmer.
Bế mạc lớp tập huấn, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Văn Nhã, Châu Thị Ngọc Mai trao giấy chứng nhận cho 118 học viên hoàn thành khóa học, đạt 98,3%.
Ngọc Giàu
Các tin khác
- Tịnh Biên: Giao ban công tác dân vận quý I/2018 (12/04/2018)
- An Phú: vận động 300 hộ Chăm tham gia bảo hiểm y tế (02/04/2018)
- Sơ kết 3 năm mô hình "Xóm đạo bình yên" (20/03/2018)
- Trao 40 căn nhà đại đoàn kết cho hộ nghèo vùng biên (08/03/2018)
""", "2018-05-24", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ biên phòng và cán bộ xã biên giới",
E("tap_huan", "2018", "2018-05-22"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Lợi", "TS.", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Chau Sóc Khang", "Trung tá", "Phó Chủ nhiệm Chính trị BĐBP tỉnh"),
 P("Mohamad Sa Ly", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Néang Sa Phan", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Khánh Bình"),
 P("Kim Sóc Tha", "Chủ tịch Ủy ban MTTQ Việt Nam xã Nhơn Hưng"),
 P("Lê Văn Nhã", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Châu Thị Ngọc Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("120 học viên", 120, "học viên"), Q("11 đồn biên phòng", 11, "đồn biên phòng"), Q("gần 100 km", 100, "km", "approx"),
 Q("28 xã, thị trấn biên giới", 28, "xã, thị trấn biên giới"), Q("trên 26.000 hộ đồng bào Khmer, Chăm", 26000, "hộ đồng bào Khmer, Chăm", "over"),
 Q("4 chuyên đề", 4, "chuyên đề"), Q("63 cán bộ", 63, "cán bộ"), Q("27 mô hình", 27, "mô hình"),
 Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh"), Q("35 học sinh", 35, "học sinh"), Q("500.000 đồng", 500000, "đồng"),
 Q("214 căn nhà đại đoàn kết", 214, "căn nhà đại đoàn kết"), Q("trên 8,5 tỷ đồng", 8500000000, "đồng", "over"),
 Q("12 sư sãi", 12, "sư sãi"), Q("118 học viên", 118, "học viên"), Q("98,3%", 98.3, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "18", "KH/BDVTU", "2018-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BDVTU ngày 15/01/2018")],
[prov("An Giang"), com("Nhơn Hưng")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang", "Trang chủ | Tin hoạt động | Đào tạo, bồi dưỡng",
 "TS. Huỳnh Văn Lợi truyền đạt chuyên đề tại lớp tập huấn.", "Dân vận khéo", "Nâng bước em tới trường", "cầu nối"],
["24/05/2018 - 10:05", "2 ngày", "năm 2018", "Năm 2017"]))

PAGES.append(page("b5485-tayninh-bdbp-tongket-2019", """
BÁO TÂY NINH ONLINE
Vị trí: Trang chủ :: Quốc phòng - An ninh :: Biên phòng
20.12.2019 | 16:05
Toàn cảnh hội nghị. Ảnh: Minh Khoa
Biên phòng Tây Ninh: hơn 1.000 lượt cán bộ bám dân, giúp dân trong năm 2019
Ngày 19/12, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác vận động quần chúng năm 2019, đồng thời sơ kết 3 năm thực hiện Chương trình "Nâng bước em tới trường". Đại tá Trần Văn Hiệp, Bí thư Đảng ủy, Chính ủy BĐBP tỉnh chủ trì; dự có các đồng chí Phó Chỉ huy trưởng BĐBP tỉnh: Nguyễn Văn Lượm, Đỗ Thanh Phong và đồng chí Võ Thị Kim Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2019, các đồn biên phòng đã bố trí hơn 1.000 lượt cán bộ bám địa bàn 20 xã biên giới; tổ chức 312 buổi tuyên truyền cho trên 14.500 lượt người; vận động nhân dân tự quản 240 km đường biên, 106 cột mốc. Thực hiện Nghị quyết số 15-NQ/ĐU ngày 08/01/2019 của Đảng ủy BĐBP tỉnh, 8 đồn biên phòng đã xây dựng 8 mô hình "Dân vận khéo"; phối hợp xây tặng 19 căn nhà "Mái ấm biên cương" cho hộ nghèo, mỗi căn trị giá 60 triệu đồng.
Qua 3 năm thực hiện Chương trình "Nâng bước em tới trường" theo Kế hoạch số 1561/KH-BTL của Bộ Tư lệnh BĐBP, đơn vị đã nhận đỡ đầu 46 học sinh, với tổng số tiền hỗ trợ gần 830 triệu đồng. Đặc biệt, hưởng ứng Chương trình "Con nuôi đồn Biên phòng" do Bộ Tư lệnh BĐBP phát động, từ tháng 3/2019 các đồn đã nhận 12 cháu làm con nuôi; mỗi cháu được hỗ trợ 1 triệu đồng/tháng đến khi đủ 18 tuổi.
Tại hội nghị, Thiếu tá Thạch Sa Rinh, Chính trị viên Đồn Biên phòng Phước Vinh, chia sẻ: đồn phân công mỗi cán bộ là "người cha" trực tiếp theo dõi việc học tập của các cháu. Bà Mahamad Ni Sa, người có uy tín ấp Tầm Lanh, xã Hòa Hiệp, cho biết nhờ cán bộ đồn vận động, 17 em người Chăm đã trở lại lớp học.
Hội nghị cũng chỉ ra những hạn chế: một số đồn chưa chủ động tham mưu cấp ủy địa phương; việc nắm tình hình hộ nghèo, học sinh có nguy cơ bỏ học ở các ấp xa còn chậm; nguồn lực xã hội hóa cho các chương trình chưa ổn định, phụ thuộc nhiều vào đóng góp của cán bộ, chiến sĩ.
Phát biểu chỉ đạo, đồng chí Võ Thị Kim Loan đề nghị BĐBP tỉnh tiếp tục quán triệt Quyết định số 290-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị 08, 09-CT/ĐU của Đảng ủy BĐBP tỉnh; năm 2020 phấn đấu mỗi đồn nhận thêm ít nhất 2 cháu làm con nuôi, 100% học sinh được đỡ đầu không bỏ học.
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 14 tập thể, 27 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho Đồn Biên phòng Phước Vinh và Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài.
Minh Khoa
Tin liên quan
- Trao 10 căn nhà "Mái ấm biên cương" tại Châu Thành (05/12/2019)
- Đồn Biên phòng Tống Lê Chân nhận 2 cháu làm con nuôi (21/11/2019)
- Tây Ninh: Ngày hội Biên phòng toàn dân năm 2019 (03/03/2019)
""", "2019-12-20", "Biên phòng Tây Ninh: hơn 1.000 lượt cán bộ bám dân, giúp dân trong năm 2019",
E("tong_ket", "2019", "2019-12-19"),
[P("Trần Văn Hiệp", "Đại tá", "Bí thư Đảng ủy", "Chính ủy BĐBP tỉnh"),
 P("Nguyễn Văn Lượm", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("Đỗ Thanh Phong", "Phó Chỉ huy trưởng BĐBP tỉnh"),
 P("Võ Thị Kim Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sa Rinh", "Thiếu tá", "Chính trị viên Đồn Biên phòng Phước Vinh"),
 P("Mahamad Ni Sa", "người có uy tín ấp Tầm Lanh")],
[Q("hơn 1.000 lượt cán bộ", 1000, "lượt cán bộ", "over"), Q("20 xã biên giới", 20, "xã biên giới"),
 Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"), Q("trên 14.500 lượt người", 14500, "lượt người", "over"),
 Q("240 km", 240, "km"), Q("106 cột mốc", 106, "cột mốc"), Q("8 đồn biên phòng", 8, "đồn biên phòng"),
 Q("8 mô hình", 8, "mô hình"), Q("19 căn nhà", 19, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("46 học sinh", 46, "học sinh"), Q("gần 830 triệu đồng", 830000000, "đồng", "approx"), Q("12 cháu", 12, "cháu"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("17 em người Chăm", 17, "em người Chăm"), Q("ít nhất 2 cháu", 2, "cháu", "over"),
 Q("100% học sinh", 100, "%"), Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "15", "NQ/ĐU", "2019-01-08", "Đảng ủy BĐBP tỉnh", "Nghị quyết số 15-NQ/ĐU ngày 08/01/2019"),
 D("Kế hoạch", "1561", "KH-BTL", None, "Bộ Tư lệnh BĐBP", "Kế hoạch số 1561/KH-BTL"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Chỉ thị", "08", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 08, 09-CT/ĐU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Đảng ủy BĐBP tỉnh", "Chỉ thị 08, 09-CT/ĐU")],
[prov("Tây Ninh"), com("Hòa Hiệp")],
["BÁO TÂY NINH ONLINE", "Vị trí: Trang chủ :: Quốc phòng - An ninh :: Biên phòng", "Toàn cảnh hội nghị. Ảnh: Minh Khoa",
 "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Dân vận khéo", "Mái ấm biên cương", "người cha"],
["20.12.2019 | 16:05", "năm 2019", "3 năm", "từ tháng 3/2019", "18 tuổi", "năm 2020"]))

PAGES.append(page("b5486-gialai-mttq-giamsat-2020", """
Ủy ban MTTQ Việt Nam tỉnh Gia Lai - Trang thông tin điện tử
Trang chủ > Hoạt động > Giám sát, phản biện xã hội
15/10/2020 - 09:30
Giám sát việc thực hiện Chương trình "Nâng bước em tới trường" và "Con nuôi đồn Biên phòng"
Đoàn giám sát làm việc tại Đồn Biên phòng Ia Chía. Ảnh: Phương Vy
Ngày 14/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Gia Lai do đồng chí Rơ Châm H'Yui, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chương trình "Nâng bước em tới trường" và Chương trình "Con nuôi đồn Biên phòng" tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh năm 2020. Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Siu Thị Hlơng, Trần Quốc Bảo.
Đợt giám sát được thực hiện theo Kế hoạch số 65/KH-MTTQ-BTT ngày 02/9/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.
Báo cáo của Thượng tá Ksor Nay Blứ, Phó Chính ủy BĐBP tỉnh cho biết, từ năm 2016 đến nay, 12 đồn biên phòng trên tuyến biên giới dài 90 km đã nhận đỡ đầu 68 học sinh theo Chương trình "Nâng bước em tới trường", mỗi em 500.000 đồng/tháng; từ năm 2019, các đồn nhận 21 cháu làm con nuôi, mức hỗ trợ 1 triệu đồng/cháu/tháng. Tổng kinh phí 2 chương trình đến nay trên 1,63 tỷ đồng; 100% học sinh được đỡ đầu duy trì việc học, 9 em đã tốt nghiệp THPT, 3 em thi đỗ đại học.
Kiểm tra thực tế tại xã Ia Chía và xã Ia O, đoàn ghi nhận các đồn đã lập hồ sơ theo dõi từng cháu, cán bộ phụ trách thường xuyên đến thăm gia đình. Ông Rah Lan Hlin, Chủ tịch UBND xã Ia O, cho biết 11 cháu con nuôi trên địa bàn đều là con em hộ nghèo người Jrai, có cháu mồ côi cả cha lẫn mẹ. Bà Kpă H'Dưn, mẹ cháu Kpă Thu, xúc động: "Nhờ bộ đội, con tôi được ăn học như các bạn".
Bên cạnh kết quả, đoàn chỉ ra một số hạn chế: việc công khai danh sách, mức hỗ trợ ở một số đồn chưa đầy đủ; có 4 trường hợp chuyển chỗ ở sang huyện khác nhưng chưa được bàn giao theo dõi; nguồn kinh phí chủ yếu do cán bộ, chiến sĩ đóng góp, chưa huy động được doanh nghiệp.
Kết luận buổi giám sát, đồng chí Rơ Châm H'Yui đề nghị BĐBP tỉnh thực hiện đúng Hướng dẫn số 09/HD-CT của Cục Chính trị BĐBP về quản lý, sử dụng kinh phí chương trình; phối hợp với Ủy ban MTTQ các huyện biên giới vận động thêm ít nhất 5 doanh nghiệp đồng hành. Thượng tá Ksor Nay Blứ tiếp thu và cho biết đơn vị sẽ khắc phục các hạn chế trước ngày 31/12/2020.
Phương Vy
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách người có uy tín (30/09/2020)
- Gia Lai: Phản biện dự thảo Nghị quyết về hỗ trợ hộ nghèo (18/09/2020)
- Đức Cơ: 200 suất quà cho học sinh vùng biên (05/09/2020)
""", "2020-10-15", "Giám sát việc thực hiện Chương trình \"Nâng bước em tới trường\" và \"Con nuôi đồn Biên phòng\"",
E("giam_sat", "2020", "2020-10-14"),
[P("Rơ Châm H'Yui", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thị Hlơng", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Bảo", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Nay Blứ", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Rah Lan Hlin", "Chủ tịch UBND xã Ia O"),
 P("Kpă H'Dưn"),
 P("Kpă Thu")],
[Q("12 đồn biên phòng", 12, "đồn biên phòng"), Q("90 km", 90, "km"), Q("68 học sinh", 68, "học sinh"),
 Q("500.000 đồng", 500000, "đồng"), Q("21 cháu", 21, "cháu"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("trên 1,63 tỷ đồng", 1630000000, "đồng", "over"), Q("100%", 100, "%"), Q("9 em", 9, "em"), Q("3 em", 3, "em"),
 Q("11 cháu con nuôi", 11, "cháu con nuôi"), Q("4 trường hợp", 4, "trường hợp"), Q("ít nhất 5 doanh nghiệp", 5, "doanh nghiệp", "over")],
[D("Kế hoạch", "65", "KH-MTTQ-BTT", "2020-09-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 65/KH-MTTQ-BTT ngày 02/9/2020"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-ĐCT-UBTWMTTQVN"),
 D("Hướng dẫn", "09", "HD-CT", None, "Cục Chính trị BĐBP", "Hướng dẫn số 09/HD-CT")],
[prov("Gia Lai"), com("Ia Chía"), com("Ia O")],
["Ủy ban MTTQ Việt Nam tỉnh Gia Lai - Trang thông tin điện tử", "Trang chủ > Hoạt động > Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại Đồn Biên phòng Ia Chía. Ảnh: Phương Vy", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng"],
["15/10/2020 - 09:30", "năm 2020", "từ năm 2016", "từ năm 2019", "2 chương trình", "ngày 31/12/2020"]))

PAGES.append(page("b5487-quangninh-bdbp-daihoi-phunu-2021", """
BÁO QUẢNG NINH ĐIỆN TỬ
Chính trị / Quốc phòng - An ninh
Thứ Sáu, 23/07/2021, 07:45
Đại hội Phụ nữ cơ sở Bộ Chỉ huy BĐBP tỉnh lần thứ V
Thiếu tá Lê Thị Thu Hà phát biểu tại đại hội.
Ngày 22/7, Hội Phụ nữ cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2021 - 2026. Dự đại hội có Đại tá Phạm Văn Quyết, Ủy viên Ban Thường vụ Đảng ủy, Phó Chính ủy BĐBP tỉnh; đồng chí Triệu Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cùng 95 đại biểu thay mặt cho 412 hội viên.
Báo cáo tại đại hội cho biết, nhiệm kỳ 2016 - 2021, các cấp hội đã thực hiện tốt Nghị quyết Đại hội Phụ nữ toàn quân lần thứ VI và Chỉ thị số 27-CT/ĐU ngày 18/5/2017 của Đảng ủy BĐBP tỉnh về công tác phụ nữ. Hội đã triển khai phong trào "Phụ nữ Biên phòng chung tay vì trẻ em vùng biên", nhận đỡ đầu 38 học sinh theo Chương trình "Nâng bước em tới trường" và 17 cháu theo Chương trình "Con nuôi đồn Biên phòng"; vận động hội viên đóng góp trên 760 triệu đồng. Các chi hội đã xây dựng 9 mô hình "Dân vận khéo", giúp 126 phụ nữ dân tộc Dao, Sán Chỉ, Tày ở các xã biên giới vay vốn phát triển kinh tế, trong đó 54 hộ thoát nghèo.
Đặc biệt, Chi hội phụ nữ Đồn Biên phòng Hoành Mô phối hợp với Hội Phụ nữ xã Hoành Mô duy trì mô hình "Tiết kiệm vì con nuôi biên phòng" với 46 thành viên, mỗi tháng tiết kiệm 100.000 đồng/người. Đại úy Bàn Thị Lý, Chi hội trưởng Chi hội phụ nữ Đồn Biên phòng Hoành Mô, cho biết chi hội đã nhận 3 cháu người Dao làm con nuôi, trong đó cháu Chìu Thị Hoa đang học lớp 10 Trường THPT Dân tộc nội trú tỉnh.
Phát biểu chỉ đạo, Đại tá Phạm Văn Quyết đề nghị nhiệm kỳ tới các cấp hội tiếp tục thực hiện Kết luận số 72-KL/ĐU, 73-KL/ĐU của Ban Thường vụ Đảng ủy BĐBP tỉnh và Kế hoạch số 2140/KH-BTL ngày 09/3/2021 của Bộ Tư lệnh BĐBP; phấn đấu 100% chi hội có ít nhất 1 mô hình giúp trẻ em vùng biên, mỗi năm nhận đỡ đầu thêm từ 5 cháu trở lên.
Đại hội đã bầu Ban Chấp hành Hội Phụ nữ cơ sở nhiệm kỳ 2021 - 2026 gồm 9 đồng chí. Thiếu tá Lê Thị Thu Hà được tín nhiệm bầu giữ chức Chủ tịch Hội Phụ nữ cơ sở Bộ Chỉ huy BĐBP tỉnh nhiệm kỳ 2021 - 2026; Đại úy Hoàng Thị Nguyệt, Trợ lý Dân vận Phòng Chính trị, được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Phụ nữ BĐBP lần thứ VII.
Tại đại hội, các đồng chí Ủy viên Ban Chấp hành Hội: Vi Thị Thắm, Đặng Thị Phương, Lục Thị Hằng đã trình bày tham luận về vai trò của phụ nữ biên phòng trong vận động quần chúng.
Quang Minh
Tin cùng chuyên mục
- Bình Liêu: ra mắt mô hình "Cột mốc sống nơi biên cương" (15/07/2021)
- BĐBP tỉnh trao 30 suất học bổng cho học sinh Hải Hà (06/07/2021)
- Đồn Biên phòng Quảng Đức nhận 2 cháu làm con nuôi (25/06/2021)
""", "2021-07-23", "Đại hội Phụ nữ cơ sở Bộ Chỉ huy BĐBP tỉnh lần thứ V",
E("dai_hoi", None, "2021-07-22"),
[P("Lê Thị Thu Hà", "Thiếu tá", "Chủ tịch Hội Phụ nữ cơ sở Bộ Chỉ huy BĐBP tỉnh nhiệm kỳ 2021 - 2026"),
 P("Phạm Văn Quyết", "Đại tá", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Chính ủy BĐBP tỉnh"),
 P("Triệu Thị Mai", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Bàn Thị Lý", "Đại úy", "Chi hội trưởng Chi hội phụ nữ Đồn Biên phòng Hoành Mô"),
 P("Hoàng Thị Nguyệt", "Đại úy", "Trợ lý Dân vận Phòng Chính trị", "Phó Chủ tịch Hội"),
 P("Vi Thị Thắm", "Ủy viên Ban Chấp hành Hội"),
 P("Đặng Thị Phương", "Ủy viên Ban Chấp hành Hội"),
 P("Lục Thị Hằng", "Ủy viên Ban Chấp hành Hội"),
 P("Chìu Thị Hoa")],
[Q("95 đại biểu", 95, "đại biểu"), Q("412 hội viên", 412, "hội viên"), Q("38 học sinh", 38, "học sinh"), Q("17 cháu", 17, "cháu"),
 Q("trên 760 triệu đồng", 760000000, "đồng", "over"), Q("9 mô hình", 9, "mô hình"),
 Q("126 phụ nữ dân tộc Dao, Sán Chỉ, Tày", 126, "phụ nữ dân tộc Dao, Sán Chỉ, Tày"), Q("54 hộ", 54, "hộ"),
 Q("46 thành viên", 46, "thành viên"), Q("100.000 đồng", 100000, "đồng"), Q("3 cháu người Dao", 3, "cháu người Dao"),
 Q("100% chi hội", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("từ 5 cháu trở lên", 5, "cháu", "over"),
 Q("9 đồng chí", 9, "đồng chí"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "27", "CT/ĐU", "2017-05-18", "Đảng ủy BĐBP tỉnh", "Chỉ thị số 27-CT/ĐU ngày 18/5/2017"),
 D("Kết luận", "72", "KL/ĐU", None, "Ban Thường vụ Đảng ủy BĐBP tỉnh", "Kết luận số 72-KL/ĐU, 73-KL/ĐU"),
 D("Kết luận", "73", "KL/ĐU", None, "Ban Thường vụ Đảng ủy BĐBP tỉnh", "Kết luận số 72-KL/ĐU, 73-KL/ĐU"),
 D("Kế hoạch", "2140", "KH-BTL", "2021-03-09", "Bộ Tư lệnh BĐBP", "Kế hoạch số 2140/KH-BTL ngày 09/3/2021")],
[prov("Quảng Ninh"), com("Hoành Mô")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Chính trị / Quốc phòng - An ninh", "Thiếu tá Lê Thị Thu Hà phát biểu tại đại hội.",
 "Phụ nữ Biên phòng chung tay vì trẻ em vùng biên", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Dân vận khéo",
 "Tiết kiệm vì con nuôi biên phòng", "Nghị quyết Đại hội Phụ nữ toàn quân lần thứ VI"],
["Thứ Sáu, 23/07/2021, 07:45", "lần thứ V", "nhiệm kỳ 2021 - 2026", "nhiệm kỳ 2016 - 2021", "lần thứ VI", "lớp 10", "lần thứ VII", "9 đồng chí"]))

PAGES.append(page("b5488-nghean-bdv-baocao-2022", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ » Tin tức - Sự kiện » Dân vận với quốc phòng, an ninh
Thứ Ba, 27/12/2022 - 15:30
Báo cáo kết quả phối hợp công tác dân vận khu vực biên giới năm 2022
Ngày 26/12/2022, Ban Dân vận Tỉnh ủy Nghệ An ban hành Báo cáo số 215-BC/BDVTU về kết quả phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh thực hiện công tác dân vận khu vực biên giới năm 2022. Báo cáo được gửi Thường trực Tỉnh ủy và Ban Dân vận Trung ương.
Ảnh: Cán bộ Đồn Biên phòng Nậm Cắn thăm con nuôi tại bản Huồi Khe.
Theo báo cáo, năm 2022, hai bên đã triển khai Chương trình phối hợp số 08-CTr/BDVTU-BĐBP giai đoạn 2021 - 2025 và Kế hoạch số 77-KH/TU ngày 15/02/2022 của Ban Thường vụ Tỉnh ủy về xây dựng khu vực biên giới vững mạnh. Tại 27 xã biên giới thuộc 6 huyện, lực lượng biên phòng đã cử 132 đảng viên tham gia sinh hoạt tại 161 chi bộ thôn, bản; phối hợp tổ chức 486 buổi tuyên truyền với gần 31.000 lượt người nghe; vận động 1.650 hộ ký cam kết không vi phạm quy chế khu vực biên giới.
Về chăm lo thế hệ trẻ vùng biên, các đồn biên phòng đang đỡ đầu 126 học sinh theo Chương trình "Nâng bước em tới trường" và 54 cháu theo Chương trình "Con nuôi đồn Biên phòng"; tổng kinh phí hỗ trợ trong năm khoảng 1,8 tỷ đồng. Năm học 2022 - 2023, tỷ lệ học sinh ra lớp ở các bản biên giới đạt 98,7%, tăng 2,1% so với năm trước. Ngoài ra, lực lượng biên phòng phối hợp xây dựng 35 căn nhà "Mái ấm biên cương", hỗ trợ 4.200 cây giống, 86 con bò sinh sản cho hộ nghèo người Mông, Thái, Khơ Mú.
Báo cáo nêu rõ một số hạn chế: tình trạng tảo hôn ở một số bản người Mông còn xảy ra, năm 2022 có 19 trường hợp; 7 vụ vận chuyển trái phép chất ma túy qua biên giới bị phát hiện có đối tượng là người địa phương; việc sinh hoạt của đảng viên đồn biên phòng tại chi bộ bản ở một số nơi còn hình thức.
Trao đổi về báo cáo, đồng chí Lô Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy cho biết năm 2023 hai bên sẽ tập trung thực hiện Kết luận số 43-KL/TW ngày 07/01/2013 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa X) về công tác dân vận, phấn đấu 100% thôn, bản biên giới có mô hình dân vận khéo. Theo Đại tá Vi Văn Sơn, Chính ủy BĐBP tỉnh, mỗi đồn sẽ nhận thêm từ 2 cháu trở lên làm con nuôi.
Cũng theo báo cáo, trong năm có 12 tập thể, 25 cá nhân được đề nghị khen thưởng; trong đó ông Và Bá Giải, người có uy tín bản Huồi Khe, xã Nậm Cắn, và ông Lo Văn Hùng, Bí thư Chi bộ bản Cà Moong, xã Tri Lễ, được đề nghị UBND tỉnh tặng bằng khen.
Minh Thư
Xem thêm
- Kỳ Sơn: Giao ban công tác dân vận quý IV/2022 (20/12/2022)
- Đồn Biên phòng Tam Hợp nhận 3 cháu làm con nuôi (09/12/2022)
- Quế Phong: Gặp mặt người có uy tín năm 2022 (30/11/2022)
- Tương Dương tổng kết 5 năm mô hình "Bản không ma túy" (18/11/2022)
""", "2022-12-27", "Báo cáo kết quả phối hợp công tác dân vận khu vực biên giới năm 2022",
E("bao_cao", "2022", "2022-12-26"),
[P("Lô Thị Hoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Và Bá Giải", "người có uy tín bản Huồi Khe"),
 P("Lo Văn Hùng", "Bí thư Chi bộ bản Cà Moong")],
[Q("27 xã biên giới", 27, "xã biên giới"), Q("6 huyện", 6, "huyện"), Q("132 đảng viên", 132, "đảng viên"),
 Q("161 chi bộ thôn, bản", 161, "chi bộ thôn, bản"), Q("486 buổi tuyên truyền", 486, "buổi tuyên truyền"),
 Q("gần 31.000 lượt người nghe", 31000, "lượt người nghe", "approx"), Q("1.650 hộ", 1650, "hộ"),
 Q("126 học sinh", 126, "học sinh"), Q("54 cháu", 54, "cháu"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("98,7%", 98.7, "%"), Q("2,1%", 2.1, "%"), Q("35 căn nhà", 35, "căn nhà"), Q("4.200 cây giống", 4200, "cây giống"),
 Q("86 con bò sinh sản", 86, "con bò sinh sản"), Q("19 trường hợp", 19, "trường hợp"),
 Q("7 vụ vận chuyển trái phép chất ma túy", 7, "vụ vận chuyển trái phép chất ma túy"), Q("100%", 100, "%"),
 Q("từ 2 cháu trở lên", 2, "cháu", "over"), Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Báo cáo", "215", "BC/BDVTU", "2022-12-26", "Ban Dân vận Tỉnh ủy Nghệ An", "Báo cáo số 215-BC/BDVTU"),
 D("Chương trình phối hợp", "08", "CTr/BDVTU-BĐBP", None, None, "Chương trình phối hợp số 08-CTr/BDVTU-BĐBP"),
 D("Kế hoạch", "77", "KH/TU", "2022-02-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 77-KH/TU ngày 15/02/2022"),
 D("Kết luận", "43", "KL/TW", "2013-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2013")],
[prov("Nghệ An"), com("Nậm Cắn"), com("Tri Lễ")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ » Tin tức - Sự kiện » Dân vận với quốc phòng, an ninh",
 "Ảnh: Cán bộ Đồn Biên phòng Nậm Cắn thăm con nuôi tại bản Huồi Khe.", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng",
 "Mái ấm biên cương", "Nghị quyết Trung ương 7 (khóa X)"],
["Thứ Ba, 27/12/2022 - 15:30", "năm 2022", "giai đoạn 2021 - 2025", "Năm học 2022 - 2023", "năm 2023", "Nghị quyết Trung ương 7", "khóa X"]))
