from lib import *
PAGES = []

PAGES.append(page("b7625-gialai-bdv-giamsat-bdbp-2021", """
BÁO GIA LAI ĐIỆN TỬ
Thứ Tư, 14/04/2021 - 16:40
Chính trị | Xây dựng Đảng
Giám sát công tác dân vận và Chương trình "Con nuôi đồn biên phòng" tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh
(GLO)- Ngày 13/4, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Rơ Châm H'Nhí, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện công tác dân vận và Chương trình "Nâng bước em tới trường - Con nuôi đồn biên phòng" tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh. Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ksor H'Bơ Lan, Nguyễn Văn Thuận.
Đồng chí Rơ Châm H'Nhí phát biểu tại buổi giám sát. Ảnh: Hoàng Ngọc
Đợt giám sát được tiến hành theo Kế hoạch 32, 33-KH/TU của Ban Thường vụ Tỉnh ủy về chương trình kiểm tra, giám sát năm 2021 và về giám sát chuyên đề công tác dân vận trong lực lượng vũ trang.
Báo cáo với đoàn, Đại tá Nguyễn Văn Hưng, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, cho biết từ năm 2019 đến nay, 11 đồn biên phòng đã nhận đỡ đầu 62 học sinh người Jrai, Ba Na ở các xã biên giới thuộc 3 huyện Ia Grai, Đức Cơ, Chư Prông, tổng kinh phí hỗ trợ gần 350 triệu đồng. Đơn vị phối hợp với Đoàn Thanh niên các xã xây mới 4 điểm trường, tặng 1.500 bộ sách vở; tỷ lệ học sinh "con nuôi" lên lớp đạt 94,7%. Lực lượng Biên phòng còn giúp 120 hộ đồng bào làm thủ tục vay vốn, chuyển đổi cây trồng.
Tại buổi giám sát, bà Siu Thị Hoa, Chủ tịch UBND xã Ia Chía, cho rằng nhờ bộ đội biên phòng và thanh niên tình nguyện thường xuyên bám làng, tình trạng tảo hôn ở xã giảm rõ rệt. Ông Rơ Mah Khuôn, người có uy tín làng Ia Kly, xã Ia O, kiến nghị mở rộng số em được đỡ đầu, nhất là học sinh cấp III phải ra huyện trọ học.
Đoàn giám sát cũng chỉ ra một số hạn chế: hồ sơ theo dõi các em chưa đầy đủ; việc phối hợp với ngành giáo dục có nơi chưa chặt chẽ; công tác tuyên truyền kết quả chương trình chưa tương xứng. Khoảng 10% số em chưa được đồn thăm nắm định kỳ hằng tháng.
Kết luận buổi giám sát, đồng chí Rơ Châm H'Nhí đề nghị Đảng ủy Bộ đội Biên phòng tỉnh tiếp tục quán triệt Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận; gắn Chương trình với việc thực hiện Quy chế dân chủ ở cơ sở, phấn đấu mỗi đồn đỡ đầu không dưới 6 em; kịp thời biểu dương các cá nhân tiêu biểu. Đoàn sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 5. Đây là một trong các cuộc giám sát chuyên đề của khối dân vận Gia Lai về công tác vận động đồng bào dân tộc thiểu số vùng biên.
Hoàng Ngọc
Bình luận (0)
Xem thêm
- Đức Cơ: Quân dân biên giới ra quân làm đường tuần tra
- Tỉnh đoàn Gia Lai trao 100 suất học bổng cho học sinh vùng biên
- Đồn Biên phòng Ia Púch nhận đỡ đầu thêm 5 học sinh
""", "2021-04-14", "Giám sát công tác dân vận và Chương trình \"Con nuôi đồn biên phòng\" tại Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
E("giam_sat", None, "2021-04-13"),
[P("Rơ Châm H'Nhí", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor H'Bơ Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hưng", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Siu Thị Hoa", "Chủ tịch UBND xã Ia Chía"),
 P("Rơ Mah Khuôn", "người có uy tín làng Ia Kly")],
[Q("11 đồn biên phòng", 11, "đồn biên phòng"), Q("62 học sinh người Jrai, Ba Na", 62, "học sinh người Jrai, Ba Na"),
 Q("3 huyện", 3, "huyện"), Q("gần 350 triệu đồng", 350000000, "đồng", "approx"), Q("4 điểm trường", 4, "điểm trường"),
 Q("1.500 bộ sách vở", 1500, "bộ sách vở"), Q("94,7%", 94.7, "%"), Q("120 hộ", 120, "hộ"),
 Q("Khoảng 10%", 10, "%", "approx"), Q("không dưới 6 em", 6, "em", "over")],
[D("Kế hoạch", "32", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 32, 33-KH/TU"),
 D("Kế hoạch", "33", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 32, 33-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019")],
[prov("Gia Lai"), com("Ia Chía"), com("Ia O")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị | Xây dựng Đảng", "(GLO)", "Đồng chí Rơ Châm H'Nhí phát biểu tại buổi giám sát. Ảnh: Hoàng Ngọc",
 "Nâng bước em tới trường - Con nuôi đồn biên phòng", "Nghị quyết Trung ương 7 (khóa XI)", "Quy chế dân chủ ở cơ sở", "Bình luận (0)", "Ia Kly"],
["Thứ Tư, 14/04/2021 - 16:40", "năm 2021", "từ năm 2019", "cấp III", "Nghị quyết Trung ương 7", "khóa XI", "trong tháng 5"]))

PAGES.append(page("b7626-daklak-tinhdoan-doithoai-easup-2021", """
Báo Đắk Lắk - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk
Trang chủ > Xã hội > Thanh niên
20/10/2021 - 10:05
Ban Thường vụ Tỉnh đoàn đối thoại với thanh niên dân tộc thiểu số các xã biên giới
Quang cảnh buổi đối thoại tại huyện Ea Súp.
Sáng 19/10, tại huyện Ea Súp, Ban Thường vụ Tỉnh đoàn phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị đối thoại với thanh niên dân tộc thiểu số các xã biên giới năm 2021. Chủ trì đối thoại có đồng chí H'Yâo Knul, Bí thư Tỉnh đoàn và đồng chí Y Khăm Byă, Phó Bí thư - Chủ tịch Hội LHTN Việt Nam tỉnh; tham dự có Trung tá Y Thanh Niê, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, đồng chí Y Ngọc Byă, Phó Chủ tịch UBND huyện Ea Súp, cùng hơn 150 đoàn viên, thanh niên người Êđê, Jrai, Mông, Tày, Nùng.
Do ảnh hưởng của dịch Covid-19, buổi đối thoại được tổ chức với số lượng đại biểu hạn chế, kết nối trực tuyến tới 3 điểm cầu tại các xã Ia Rvê, Ia Lốp và Ea Bung.
Tỉnh đoàn đã nhận được 18 câu hỏi gửi trước, xoay quanh vốn vay phát triển kinh tế, học nghề, việc làm sau khi xuất ngũ và chuyện giữ gìn bản sắc văn hóa. Anh Lò Văn Thịnh, người Thái, Bí thư Chi đoàn thôn 2, xã Ia Lốp, hỏi: thanh niên di cư tự do từ phía Bắc vào chưa có hộ khẩu thì có được vay vốn không? Chị H'Đim Ayun, Phó Bí thư Đoàn xã Ia Rvê, đề nghị mở lớp dạy nghề may, tin học ngay tại xã.
Trả lời các ý kiến, đồng chí H'Yâo Knul cho biết thanh niên có thể vay vốn qua Ngân hàng Chính sách xã hội với mức tối đa 50 triệu đồng/dự án; năm 2021 toàn tỉnh đã có 120 thanh niên được vay với tổng dư nợ 3,2 tỷ đồng. Về học nghề, Tỉnh đoàn sẽ phối hợp mở 2 lớp nghề tại Ea Súp trong quý IV; Đồn Biên phòng Ia Rvê cam kết bố trí phòng học và hỗ trợ chỗ ở cho học viên.
Trung tá Y Thanh Niê thông tin, lực lượng Biên phòng tỉnh đang nhận đỡ đầu 27 học sinh là con em đồng bào các xã biên giới theo Chương trình "Nâng bước em tới trường", mỗi em 500.000 đồng/tháng; đồng thời mong thanh niên cùng bộ đội tuyên truyền để bà con không vượt biên trái phép.
Kết luận, đồng chí H'Yâo Knul nhấn mạnh việc thực hiện Quyết định số 1331/QĐ-TTg ngày 24/7/2021 của Thủ tướng Chính phủ ban hành Chiến lược phát triển thanh niên Việt Nam giai đoạn 2021 - 2030 và Kế hoạch số 9245/KH-UBND ngày 30/9/2021 của UBND tỉnh; các câu hỏi chưa trả lời sẽ được phản hồi bằng văn bản. Khoảng 85% ý kiến đã được giải đáp ngay tại hội nghị.
Y Khuê
Lượt xem: 1.118
TIN CÙNG CHUYÊN MỤC
- Ea Súp: Ra mắt mô hình "Thanh niên biên giới làm kinh tế giỏi"
- Tuổi trẻ Buôn Đôn chung tay phòng, chống dịch Covid-19
- Tỉnh đoàn trao 200 suất quà cho thanh niên khó khăn do dịch
""", "2021-10-20", "Ban Thường vụ Tỉnh đoàn đối thoại với thanh niên dân tộc thiểu số các xã biên giới",
E("doi_thoai", "2021", "2021-10-19"),
[P("H'Yâo Knul", "Bí thư Tỉnh đoàn"),
 P("Y Khăm Byă", "Phó Bí thư - Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Y Thanh Niê", "Trung tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Y Ngọc Byă", "Phó Chủ tịch UBND huyện Ea Súp"),
 P("Lò Văn Thịnh", "Bí thư Chi đoàn thôn 2"),
 P("H'Đim Ayun", "Phó Bí thư Đoàn xã Ia Rvê")],
[Q("hơn 150 đoàn viên, thanh niên", 150, "đoàn viên, thanh niên", "over"), Q("3 điểm cầu", 3, "điểm cầu"),
 Q("18 câu hỏi", 18, "câu hỏi"), Q("tối đa 50 triệu đồng/dự án", 50000000, "đồng"), Q("120 thanh niên", 120, "thanh niên"),
 Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("2 lớp nghề", 2, "lớp nghề"), Q("27 học sinh", 27, "học sinh"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("Khoảng 85%", 85, "%", "approx")],
[D("Quyết định", "1331", "QĐ-TTg", "2021-07-24", "Thủ tướng Chính phủ", "Quyết định số 1331/QĐ-TTg ngày 24/7/2021"),
 D("Kế hoạch", "9245", "KH-UBND", "2021-09-30", "UBND tỉnh", "Kế hoạch số 9245/KH-UBND ngày 30/9/2021")],
[prov("Đắk Lắk"), com("Ia Rvê"), com("Ia Lốp"), com("Ea Bung")],
["Báo Đắk Lắk - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Lắk", "Trang chủ > Xã hội > Thanh niên",
 "Quang cảnh buổi đối thoại tại huyện Ea Súp.", "Nâng bước em tới trường", "Ngân hàng Chính sách xã hội", "Lượt xem: 1.118"],
["20/10/2021 - 10:05", "năm 2021", "Covid-19", "quý IV", "giai đoạn 2021 - 2030", "Lượt xem: 1.118"]))

PAGES.append(page("b7627-daknong-taphuan-doi-tntn-bien-gioi-2022", """
ĐẮK NÔNG ONLINE
31/05/2022 - 09:20 | Thanh niên
Tin tức › Đoàn thể › Thanh niên
Học viên người M'nông thực hành dựng video tuyên truyền bằng điện thoại.
Trang bị kỹ năng cho thanh niên tình nguyện vùng biên
Từ ngày 28 đến 30/5, Tỉnh đoàn Đắk Nông phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn nâng cao kỹ năng cho đội viên Đội thanh niên tình nguyện biên giới năm 2022 tại xã Quảng Trực. Tham gia lớp học có 85 học viên là đội viên các đội hình tình nguyện, bí thư chi đoàn bon, buôn và đoàn viên các đồn biên phòng trên tuyến biên giới dài hơn 130 km của tỉnh.
Tại lớp tập huấn, học viên được truyền đạt 4 chuyên đề, trong đó có chuyên đề về chính sách dân tộc theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030; kỹ năng nhận diện, đấu tranh với thông tin xấu độc trên mạng xã hội; kỹ năng dân vận "đi từng ngõ, gõ từng nhà". Giảng viên là cán bộ Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh và các sĩ quan Biên phòng.
Lớp học do đồng chí Điểu Thị Mai, Phó Bí thư Tỉnh đoàn, và Thiếu tá Y Bơ, Trưởng Đội vận động quần chúng Phòng Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, trực tiếp phụ trách. Thiếu tá Y Bơ vừa được bổ nhiệm làm Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh, nhưng vẫn dành ba buổi tối để cùng học viên đến các bon đồng bào M'nông thực hành vận động.
Anh Điểu K'Hanh, Bí thư Chi đoàn bon Bu Prăng 2, xã Quảng Trực, chia sẻ: "Trước em chỉ biết đăng bài lên Facebook. Giờ biết phân biệt tin giả, biết nói với bà con bằng tiếng M'nông để bà con hiểu". Chị H'Lim, đội viên tình nguyện xã Thuận An, tâm đắc với phần thực hành dựng video ngắn tuyên truyền về phòng, chống xuất cảnh trái phép.
Theo đồng chí Điểu Thị Mai, lớp học được tổ chức theo Kế hoạch số 84-KH/TĐTN-BTNNT của Ban Thường vụ Tỉnh đoàn, với tổng kinh phí khoảng 70 triệu đồng; trong đó Bộ Chỉ huy Bộ đội Biên phòng tỉnh hỗ trợ chỗ ăn, nghỉ. Sau tập huấn, mỗi đội hình sẽ đăng ký ít nhất 3 công trình, phần việc trong Chiến dịch Thanh niên tình nguyện hè năm 2022 tại 2 huyện biên giới Tuy Đức, Đắk Mil. Hiện tỉnh có 18 đội thanh niên tình nguyện biên giới với hơn 400 đội viên, trong đó có 190 đội viên là người dân tộc thiểu số tại chỗ.
Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch; Ban tổ chức trao giấy chứng nhận và tặng 85 chiếc áo tình nguyện.
Bài, ảnh: Bảo Ngọc
Tin khác
- Tuy Đức: Bộ đội biên phòng cùng thanh niên sửa nhà cho hộ nghèo
- Đắk Mil ra mắt Câu lạc bộ thanh niên dân tộc thiểu số
- Tỉnh đoàn phát động Tháng Thanh niên năm 2022
""", "2022-05-31", "Trang bị kỹ năng cho thanh niên tình nguyện vùng biên",
E("tap_huan", "2022", "2022-05-28"),
[P("Điểu Thị Mai", "Phó Bí thư Tỉnh đoàn"),
 P("Y Bơ", "Thiếu tá", "Trưởng Đội vận động quần chúng Phòng Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
   "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Điểu K'Hanh", "Bí thư Chi đoàn bon Bu Prăng 2"),
 P("H'Lim", "đội viên tình nguyện xã Thuận An")],
[Q("85 học viên", 85, "học viên"), Q("hơn 130 km", 130, "km", "over"), Q("4 chuyên đề", 4, "chuyên đề"),
 Q("khoảng 70 triệu đồng", 70000000, "đồng", "approx"), Q("ít nhất 3 công trình, phần việc", 3, "công trình, phần việc", "over"),
 Q("2 huyện biên giới", 2, "huyện biên giới"), Q("18 đội thanh niên tình nguyện biên giới", 18, "đội thanh niên tình nguyện biên giới"),
 Q("hơn 400 đội viên", 400, "đội viên", "over"), Q("190 đội viên", 190, "đội viên"), Q("100%", 100, "%"), Q("85 chiếc áo tình nguyện", 85, "chiếc áo tình nguyện")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "84", "KH/TĐTN-BTNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 84-KH/TĐTN-BTNNT")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Thuận An")],
["ĐẮK NÔNG ONLINE", "31/05/2022 - 09:20 | Thanh niên", "Tin tức › Đoàn thể › Thanh niên",
 "Học viên người M'nông thực hành dựng video tuyên truyền bằng điện thoại.", "đi từng ngõ, gõ từng nhà",
 "Chiến dịch Thanh niên tình nguyện hè", "Bài, ảnh: Bảo Ngọc", "Bu Prăng 2"],
["31/05/2022 - 09:20", "Từ ngày 28 đến 30/5", "năm 2022", "giai đoạn 2021 - 2030", "ba buổi tối"]))

PAGES.append(page("b7628-binhphuoc-don-tantien-hoc-bong-2022", """
BÁO BÌNH PHƯỚC
Ngày đăng: 12/08/2022 | 15:30
Quốc phòng - An ninh / Biên giới
Đồn Biên phòng Tân Tiến nhận thêm 5 "con nuôi", trao 30 suất học bổng cho học sinh S'tiêng
BP - Sáng 11/8, tại UBND xã Tân Tiến, Đồn Biên phòng Tân Tiến phối hợp với Huyện đoàn Bù Đốp và Công ty TNHH Minh Phát tổ chức lễ trao học bổng "Tiếp sức em đến trường" và nhận đỡ đầu học sinh theo Chương trình "Nâng bước em tới trường" năm học 2022 - 2023.
Các em học sinh nhận học bổng từ Đồn Biên phòng Tân Tiến. Ảnh: Thanh Hảo
Dự buổi lễ có Trung tá Điểu Minh Tuấn, Chính trị viên Đồn Biên phòng Tân Tiến; bà Thị Ngọc Lan, Phó Chủ tịch UBND xã Tân Tiến; ông Lâm Văn Sơn, Phó Bí thư Thường trực Huyện đoàn Bù Đốp, cùng phụ huynh và học sinh.
Tại buổi lễ, đơn vị đã trao 30 suất học bổng cho học sinh người S'tiêng, Khmer có hoàn cảnh khó khăn ở các xã Tân Tiến, Tân Thành; mỗi suất gồm 1 triệu đồng tiền mặt cùng cặp sách, áo đồng phục. Đồn cũng ký cam kết nhận thêm 5 em làm "con nuôi", nâng tổng số học sinh đang được đơn vị đỡ đầu lên 19 em, mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học hết lớp 12. Tổng giá trị học bổng và hỗ trợ trong dịp này hơn 75 triệu đồng.
Trung tá Điểu Minh Tuấn, người S'tiêng sinh ra ở chính vùng biên Bù Đốp, cho biết thực hiện kế hoạch số 156/KH-BCH ngày 18/7/2022 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, đơn vị giao mỗi chi bộ, mỗi tổ công tác phụ trách theo dõi việc học của từng em. "Các em gọi bộ đội là bố, là chú. Mình phải làm sao để các em học đến nơi đến chốn", anh nói.
Em Thị Hồng Nhung, học sinh lớp 8 Trường THCS Tân Tiến, một trong 5 "con nuôi" mới, rụt rè cảm ơn các chú bộ đội. Mẹ em, chị Thị Bé, làm thuê trong các vườn điều, một mình nuôi 3 con nhỏ.
Bà Thị Ngọc Lan cho biết, xã Tân Tiến có hơn 40% dân số là đồng bào dân tộc thiểu số. Những năm qua, Đồn Biên phòng Tân Tiến cùng Đoàn Thanh niên xã duy trì "Lớp học tình thương", "Bếp ăn biên phòng"; tỷ lệ học sinh bỏ học giữa chừng giảm còn 0,8%.
Thay mặt Huyện đoàn, ông Lâm Văn Sơn đề nghị các cơ sở đoàn khu vực biên giới tiếp tục phối hợp với các đồn biên phòng, phát huy vai trò của đội hình thanh niên tình nguyện trong việc vận động học sinh đến trường đầu năm học mới.
Bình Phước có tuyến biên giới giáp Campuchia, nhiều xã vùng biên là nơi sinh sống lâu đời của đồng bào S'tiêng, Khmer, M'nông. Việc các đồn biên phòng nhận đỡ đầu học sinh được cấp ủy, chính quyền địa phương đánh giá là cách làm dân vận thiết thực, tạo niềm tin của đồng bào với bộ đội.
Thanh Hảo
Chia sẻ | In bài
Tin liên quan
- Đồn Biên phòng Lộc Tấn tặng 100 phần quà cho học sinh nghèo
- Bù Gia Mập: Thanh niên tình nguyện về vùng biên
- Bộ đội biên phòng tỉnh nhận đỡ đầu 60 học sinh khó khăn
""", "2022-08-12", "Đồn Biên phòng Tân Tiến nhận thêm 5 \"con nuôi\", trao 30 suất học bổng cho học sinh S'tiêng",
E("trao_qua", None, "2022-08-11"),
[P("Điểu Minh Tuấn", "Trung tá", "Chính trị viên Đồn Biên phòng Tân Tiến"),
 P("Thị Ngọc Lan", "Phó Chủ tịch UBND xã Tân Tiến"),
 P("Lâm Văn Sơn", "Phó Bí thư Thường trực Huyện đoàn Bù Đốp"),
 P("Thị Hồng Nhung"), P("Thị Bé")],
[Q("5 em", 5, "em"), Q("30 suất học bổng", 30, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("19 em", 19, "em"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("hơn 75 triệu đồng", 75000000, "đồng", "over"),
 Q("hơn 40%", 40, "%", "over"), Q("0,8%", 0.8, "%"), Q("3 con nhỏ", 3, "con nhỏ")],
[D("Kế hoạch", "156", "KH-BCH", "2022-07-18", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "kế hoạch số 156/KH-BCH ngày 18/7/2022")],
[prov("Bình Phước"), com("Tân Tiến"), com("Tân Thành")],
["BÁO BÌNH PHƯỚC", "Quốc phòng - An ninh / Biên giới", "Các em học sinh nhận học bổng từ Đồn Biên phòng Tân Tiến. Ảnh: Thanh Hảo",
 "Tiếp sức em đến trường", "Nâng bước em tới trường", "Lớp học tình thương", "Bếp ăn biên phòng", "Công ty TNHH Minh Phát",
 "Chia sẻ | In bài"],
["Ngày đăng: 12/08/2022 | 15:30", "năm học 2022 - 2023", "lớp 12", "lớp 8", "đầu năm học mới"]))

PAGES.append(page("b7629-tayninh-bdbp-baocao-con-nuoi-2023", """
Báo Tây Ninh Online
24.03.2023 | 16:05
Chính trị › Quốc phòng - An ninh
Bạn đang xem: Trang chủ › Chính trị
Đoàn công tác Ban Dân vận Trung ương nghe báo cáo kết quả nhận đỡ đầu học sinh vùng biên
(BTNO) - Chiều 23/3, Đoàn công tác Ban Dân vận Trung ương do đồng chí Trần Quốc Bảo, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương làm trưởng đoàn đã làm việc, nghe Bộ Chỉ huy Bộ đội Biên phòng tỉnh báo cáo kết quả 4 năm thực hiện Chương trình "Nâng bước em tới trường - Con nuôi đồn biên phòng" và công tác vận động thanh niên dân tộc thiểu số ở khu vực biên giới.
Tiếp và làm việc với đoàn có đồng chí Nguyễn Thị Thu Sương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Lê Văn Tài, Phạm Minh Khôi - Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Quang cảnh buổi làm việc.
Theo báo cáo, từ năm 2019 đến nay, 12 đồn biên phòng của tỉnh đã nhận đỡ đầu 46 học sinh, trong đó có 21 em là người Khmer, Chăm, Tà Mun ở các xã Hòa Hiệp, Tân Lập, Tân Bình; tổng kinh phí hỗ trợ hơn 1,1 tỷ đồng. Đến nay, 7 em đã tốt nghiệp THPT, 2 em đỗ đại học, 1 em trúng tuyển vào Trường Cao đẳng Biên phòng. Các đồn còn phối hợp với Đoàn Thanh niên địa phương thành lập 9 đội thanh niên tình nguyện tham gia tự quản đường biên, cột mốc với 215 đội viên.
Công tác này được triển khai theo Chỉ thị 45, 46-CT/ĐU của Đảng ủy Bộ đội Biên phòng tỉnh về lãnh đạo công tác dân vận và về vận động học sinh vùng biên đến trường, cùng Quyết định số 09/QĐ-BCH ngày 3/1/2023 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh ban hành quy chế quản lý, theo dõi học sinh được nhận đỡ đầu.
Chia sẻ tại buổi làm việc, Thiếu tá Danh Sà Rinh, người Khmer, Chính trị viên Đồn Biên phòng Tống Lê Chân, cho biết mỗi em được giao cho một cán bộ trực tiếp làm "bố nuôi", hằng tháng đến nhà, đến trường theo dõi. Ông Thạch Sóc Hên, người có uy tín trong đồng bào Khmer ấp Tân Đông, xã Tân Lập, nói: "Bà con rất quý bộ đội. Con em mình được bộ đội nuôi học, ai cũng mừng".
Bên cạnh kết quả, báo cáo cũng nêu khó khăn: mức hỗ trợ 500.000 đồng/tháng/em còn thấp so với chi phí học tập ở cấp THPT; khoảng 30% số em có cha mẹ thường xuyên đi làm ăn xa hoặc qua lại biên giới.
Phát biểu tại buổi làm việc, đồng chí Trần Quốc Bảo ghi nhận cách làm của Bộ đội Biên phòng Tây Ninh, đề nghị tiếp tục gắn Chương trình với phong trào thi đua "Dân vận khéo" và mô hình "Thanh niên tình nguyện vùng biên"; kiến nghị của tỉnh về nâng mức hỗ trợ sẽ được đoàn tổng hợp, báo cáo lãnh đạo Ban.
Minh Duy
Tin khác
- Tân Biên: Trao 50 suất học bổng cho học sinh vùng biên
- Đồn Biên phòng Tống Lê Chân tổ chức "Tết Quân dân"
- Thanh niên Tây Ninh ra quân Tháng Thanh niên năm 2023
""", "2023-03-24", "Đoàn công tác Ban Dân vận Trung ương nghe báo cáo kết quả nhận đỡ đầu học sinh vùng biên",
E("bao_cao", None, "2023-03-23"),
[P("Trần Quốc Bảo", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Nguyễn Thị Thu Sương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Tài", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Phạm Minh Khôi", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Danh Sà Rinh", "Thiếu tá", "Chính trị viên Đồn Biên phòng Tống Lê Chân"),
 P("Thạch Sóc Hên", "người có uy tín trong đồng bào Khmer ấp Tân Đông")],
[Q("12 đồn biên phòng", 12, "đồn biên phòng"), Q("46 học sinh", 46, "học sinh"), Q("21 em", 21, "em"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("7 em", 7, "em"), Q("2 em", 2, "em"), Q("1 em", 1, "em"),
 Q("9 đội thanh niên tình nguyện", 9, "đội thanh niên tình nguyện"), Q("215 đội viên", 215, "đội viên"),
 Q("500.000 đồng/tháng/em", 500000, "đồng"), Q("khoảng 30%", 30, "%", "approx")],
[D("Chỉ thị", "45", "CT/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Chỉ thị 45, 46-CT/ĐU"),
 D("Chỉ thị", "46", "CT/ĐU", None, "Đảng ủy Bộ đội Biên phòng tỉnh", "Chỉ thị 45, 46-CT/ĐU"),
 D("Quyết định", "09", "QĐ-BCH", "2023-01-03", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quyết định số 09/QĐ-BCH ngày 3/1/2023")],
[prov("Tây Ninh"), com("Hòa Hiệp"), com("Tân Lập"), com("Tân Bình")],
["Báo Tây Ninh Online", "Chính trị › Quốc phòng - An ninh", "Bạn đang xem: Trang chủ › Chính trị", "(BTNO)",
 "Quang cảnh buổi làm việc.", "Nâng bước em tới trường - Con nuôi đồn biên phòng", "Dân vận khéo",
 "Thanh niên tình nguyện vùng biên", "Trường Cao đẳng Biên phòng", "Tân Đông"],
["24.03.2023 | 16:05", "4 năm", "từ năm 2019", "bố nuôi"]))

PAGES.append(page("b7630-angiang-hoi-lhtn-soket-6thang-2023", """
BÁO AN GIANG ONLINE
Cập nhật: 09:42, 13/07/2023 (GMT+7)
Thời sự | Chính trị | Đoàn thể
Thanh niên Khmer, Chăm xung kích tình nguyện nơi biên giới
AGO - Ngày 12/7, Ủy ban Hội Liên hiệp thanh niên Việt Nam tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào thanh niên 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Chau Sóc Khum, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh chủ trì hội nghị.
Đồng chí Chau Sóc Khum phát biểu tại hội nghị.
6 tháng qua, các cấp Hội đã tổ chức 58 đợt tình nguyện tại các xã biên giới và vùng đồng bào Khmer, Chăm, thu hút hơn 6.000 lượt hội viên, thanh niên tham gia; sửa chữa 14 căn nhà cho hộ nghèo, làm mới 3,5 km đường giao thông nông thôn, tổng giá trị các phần việc khoảng 1,8 tỷ đồng. Các cơ sở Hội ở vùng biên phối hợp với Bộ đội Biên phòng tỉnh duy trì 6 lớp dạy chữ Khmer, 2 lớp dạy kinh Qur'an kết hợp tiếng Việt cho thanh thiếu niên Chăm, và 11 tổ thanh niên tự quản đường biên, mốc giới.
Hưởng ứng Chương trình "Nâng bước em tới trường - Con nuôi đồn biên phòng", hội viên các chi hội ở các xã Vĩnh Xương, Khánh Bình, Nhơn Hưng đã cùng các đồn biên phòng nhận đỡ đầu 17 học sinh, mỗi em 600.000 đồng/tháng. Tỷ lệ tập hợp thanh niên dân tộc thiểu số vào tổ chức Hội đạt 71%, tăng 4% so với cùng kỳ.
Thực hiện Nghị quyết chuyên đề số 07-NQ/TĐTN ngày 15/3/2023 của Ban Chấp hành Tỉnh đoàn về công tác thanh niên vùng đồng bào dân tộc thiểu số, Ủy ban Hội tỉnh đã tuyên dương 25 thanh niên Khmer, Chăm tiêu biểu. Chị Néang Sa Thi, Chủ tịch Hội LHTN xã An Cư, chia sẻ mô hình "Tổ hợp tác thanh niên trồng nấm rơm" giúp 12 thanh niên Khmer có thu nhập ổn định. Anh Mohamad Ly Sa, Phó Chủ tịch Hội LHTN xã Khánh Bình, người Chăm, đề nghị Hội tỉnh hỗ trợ kết nối đầu ra cho sản phẩm dệt thổ cẩm của thanh niên Chăm.
Hội nghị cũng thẳng thắn nhìn nhận một số hạn chế: hoạt động ở một số chi hội vùng biên chưa đều; nhiều thanh niên đi làm ăn xa nên việc tập hợp gặp khó khăn; kỹ năng của một bộ phận cán bộ Hội cơ sở còn hạn chế. Đây cũng là khó khăn chung của công tác thanh niên ở các huyện biên giới An Giang.
Phát biểu chỉ đạo, đồng chí Chau Sóc Khum đề nghị 6 tháng cuối năm các cấp Hội tập trung tổ chức thành công Chiến dịch Thanh niên tình nguyện hè, phấn đấu kết nạp mới ít nhất 1.000 hội viên, trong đó ưu tiên thanh niên dân tộc thiểu số; tiếp tục thực hiện Kế hoạch số 215-KH/TĐTN ngày 2/2/2023 của Ban Thường vụ Tỉnh đoàn về đồng hành với thanh niên vùng biên.
Dịp này, Ủy ban Hội LHTN Việt Nam tỉnh tặng bằng khen cho 8 tập thể, 15 cá nhân.
Hữu Huynh
Lượt xem: 986
Tin liên quan
- Tịnh Biên: Ra mắt đội hình thanh niên tình nguyện biên giới
- Tuổi trẻ An Phú trao 50 suất quà cho học sinh Chăm
- Đồn Biên phòng Vĩnh Xương nhận đỡ đầu học sinh nghèo
""", "2023-07-13", "Thanh niên Khmer, Chăm xung kích tình nguyện nơi biên giới",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Chau Sóc Khum", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Néang Sa Thi", "Chủ tịch Hội LHTN xã An Cư"),
 P("Mohamad Ly Sa", "Phó Chủ tịch Hội LHTN xã Khánh Bình")],
[Q("58 đợt tình nguyện", 58, "đợt tình nguyện"), Q("hơn 6.000 lượt hội viên, thanh niên", 6000, "lượt hội viên, thanh niên", "over"),
 Q("14 căn nhà", 14, "căn nhà"), Q("3,5 km", 3.5, "km"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("6 lớp dạy chữ Khmer", 6, "lớp dạy chữ Khmer"), Q("2 lớp dạy kinh Qur'an", 2, "lớp dạy kinh Qur'an"),
 Q("11 tổ thanh niên tự quản đường biên, mốc giới", 11, "tổ thanh niên tự quản đường biên, mốc giới"),
 Q("17 học sinh", 17, "học sinh"), Q("600.000 đồng/tháng", 600000, "đồng"), Q("71%", 71, "%"), Q("4%", 4, "%"),
 Q("25 thanh niên Khmer, Chăm tiêu biểu", 25, "thanh niên Khmer, Chăm tiêu biểu"), Q("12 thanh niên Khmer", 12, "thanh niên Khmer"),
 Q("ít nhất 1.000 hội viên", 1000, "hội viên", "over"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Nghị quyết", "07", "NQ/TĐTN", "2023-03-15", "Ban Chấp hành Tỉnh đoàn", "Nghị quyết chuyên đề số 07-NQ/TĐTN ngày 15/3/2023"),
 D("Kế hoạch", "215", "KH/TĐTN", "2023-02-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN ngày 2/2/2023")],
[prov("An Giang"), com("Vĩnh Xương"), com("Khánh Bình"), com("Nhơn Hưng"), com("An Cư")],
["BÁO AN GIANG ONLINE", "Thời sự | Chính trị | Đoàn thể", "AGO", "Đồng chí Chau Sóc Khum phát biểu tại hội nghị.",
 "Nâng bước em tới trường - Con nuôi đồn biên phòng", "Tổ hợp tác thanh niên trồng nấm rơm", "Chiến dịch Thanh niên tình nguyện hè",
 "Lượt xem: 986"],
["Cập nhật: 09:42, 13/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 986"]))
