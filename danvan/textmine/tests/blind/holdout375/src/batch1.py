from lib import *
PAGES = []

PAGES.append(page("b8957-langson-bdv-quatanbinh-2011", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ > Tin tức > Dân vận các cấp
Thứ Ba, 22/02/2011 - 09:30
Ảnh: Lãnh đạo huyện tặng quà tân binh.
Cao Lộc: Gặp mặt, tặng quà 215 tân binh lên đường nhập ngũ
Ngày 20/2/2011, Ban Dân vận Huyện ủy phối hợp với Ủy ban MTTQ và Ban Chỉ huy Quân sự huyện Cao Lộc tổ chức gặp mặt, tặng quà cho 215 tân binh chuẩn bị lên đường nhập ngũ năm 2011. Đến dự có đồng chí Hoàng Văn Chiến, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; Trung tá Lương Đức Tài, Chỉ huy trưởng Ban CHQS huyện; bà Vi Thị Hoa, Chủ tịch Ủy ban MTTQ huyện cùng các đồng chí Phó Chủ tịch UBND huyện: Nông Văn Thạo, Hoàng Thị Mai.
Năm nay, huyện Cao Lộc được UBND tỉnh Lạng Sơn giao chỉ tiêu 215 công dân nhập ngũ. Thực hiện Chỉ thị số 05-CT/HU ngày 15/10/2010 của Ban Thường vụ Huyện ủy về lãnh đạo công tác tuyển quân năm 2011 và Quyết định số 1820/QĐ-UBND ngày 02/11/2010 của UBND tỉnh về giao chỉ tiêu gọi công dân nhập ngũ, Hội đồng Nghĩa vụ quân sự huyện đã chỉ đạo các xã, thị trấn làm tốt công tác tuyên truyền, đăng ký, khám tuyển. Kết quả, huyện hoàn thành 100% chỉ tiêu, chất lượng tân binh được nâng lên: trong số 215 tân binh có 187 thanh niên dân tộc thiểu số, 12 đảng viên, 36 tân binh có trình độ trung cấp, cao đẳng. Xã Hợp Thành có 14 tân binh, nhiều nhất huyện; thị trấn Đồng Đăng có 9 tân binh đều tình nguyện viết đơn nhập ngũ.
Phát biểu tại buổi gặp mặt, đồng chí Hoàng Văn Chiến biểu dương tinh thần tự giác của các tân binh và gia đình, đồng thời mong muốn các em sớm hòa nhập môi trường quân đội, rèn luyện, phấn đấu để trở thành người chiến sĩ "Bộ đội Cụ Hồ", xứng đáng với truyền thống quê hương xứ Lạng.
Trung tá Lương Đức Tài thông tin về chế độ, chính sách đối với quân nhân tại ngũ và gia đình theo Luật Nghĩa vụ quân sự; nhắc nhở các tân binh chuẩn bị tư trang, có mặt đúng giờ tại điểm tập kết của xã.
Thay mặt các tân binh, tân binh Hoàng Văn Đức, thôn Pác Luống, xã Tân Liên, bày tỏ: "Chúng em hứa sẽ ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật, không làm ảnh hưởng đến danh dự gia đình và quê hương".
Dịp này, Ban tổ chức trao tặng mỗi tân binh 1 suất quà trị giá 300.000 đồng, tổng trị giá 64,5 triệu đồng, do Ủy ban MTTQ huyện vận động các doanh nghiệp, nhà hảo tâm ủng hộ. Hội Liên hiệp Phụ nữ huyện cũng tặng 215 cuốn sổ tay và bút cho các em.
Đồng chí Hoàng Văn Chiến trao quà cho tân binh.
Lễ giao nhận quân của huyện sẽ diễn ra vào sáng 22/2 tại sân vận động huyện.
Lăng Hiền
Lượt xem: 512
Tin liên quan
- Lộc Bình: tiễn 178 thanh niên lên đường nhập ngũ (21/02/2011)
- Ban Dân vận Tỉnh ủy thăm, tặng quà Tết gia đình chính sách (28/01/2011)
- Văn Lãng tổng kết công tác dân vận năm 2010 (30/12/2010)
- Tràng Định: hiến đất làm đường giao thông nông thôn (15/12/2010)
""", "2011-02-22", "Cao Lộc: Gặp mặt, tặng quà 215 tân binh lên đường nhập ngũ",
E("trao_qua", None, "2011-02-20"),
[P("Hoàng Văn Chiến", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lương Đức Tài", "Trung tá", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Vi Thị Hoa", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nông Văn Thạo", "Phó Chủ tịch UBND huyện"),
 P("Hoàng Thị Mai", "Phó Chủ tịch UBND huyện"),
 P("Hoàng Văn Đức", "tân binh")],
[Q("215 tân binh", 215, "tân binh"), Q("215 công dân", 215, "công dân"), Q("100%", 100, "%"),
 Q("187 thanh niên dân tộc thiểu số", 187, "thanh niên dân tộc thiểu số"), Q("12 đảng viên", 12, "đảng viên"),
 Q("36 tân binh", 36, "tân binh"), Q("14 tân binh", 14, "tân binh"), Q("9 tân binh", 9, "tân binh"),
 Q("300.000 đồng", 300000, "đồng"), Q("64,5 triệu đồng", 64500000, "đồng"), Q("215 cuốn sổ tay", 215, "cuốn sổ tay")],
[D("Chỉ thị", "05", "CT/HU", "2010-10-15", "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU ngày 15/10/2010"),
 D("Quyết định", "1820", "QĐ-UBND", "2010-11-02", "UBND tỉnh", "Quyết định số 1820/QĐ-UBND ngày 02/11/2010")],
[prov("Lạng Sơn"), com("Hợp Thành"), com("Đồng Đăng"), com("Tân Liên")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ > Tin tức > Dân vận các cấp", "Ảnh: Lãnh đạo huyện tặng quà tân binh.",
 "Đồng chí Hoàng Văn Chiến trao quà cho tân binh.", "Bộ đội Cụ Hồ", "Luật Nghĩa vụ quân sự", "Lượt xem: 512"],
["Thứ Ba, 22/02/2011 - 09:30", "1 suất quà", "năm 2011", "Lượt xem: 512"]))

PAGES.append(page("b8958-nghean-hdnvqs-tongket-tuyenquan-2012", """
Báo Nghệ An điện tử
Thời sự > Quốc phòng - An ninh
12/04/2012 - 10:05
Nghệ An tổng kết công tác tuyển quân năm 2012
(Baonghean) - Sáng 11/4, Hội đồng Nghĩa vụ quân sự tỉnh tổ chức hội nghị tổng kết công tác tuyển quân năm 2012, triển khai nhiệm vụ năm 2013. Đồng chí Lê Văn Khang, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng NVQS tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Hồng Lĩnh
Năm 2012, thực hiện Chỉ thị số 12-CT/TU ngày 10/10/2011 của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác tuyển quân và Quyết định số 4210/QĐ-UBND.VX ngày 25/10/2011 của UBND tỉnh về giao chỉ tiêu, 21 huyện, thành, thị đã tổ chức khám sức khỏe cho 21.350 thanh niên, gọi và giao 4.100 công dân nhập ngũ, đạt 100% chỉ tiêu. Chất lượng tân binh tiếp tục được nâng lên: có 176 đảng viên, hơn 760 tân binh có trình độ cao đẳng, đại học; trên 95% tân binh có sức khỏe loại 1, loại 2. Việc xét duyệt tạm hoãn, miễn gọi nhập ngũ được thực hiện đúng Nghị định 38/2007/NĐ-CP của Chính phủ, công khai đến từng thôn, xóm.
Công tác hậu phương quân đội được quan tâm. Các địa phương hỗ trợ mỗi tân binh 1 triệu đồng; riêng các huyện Quỳnh Lưu, Diễn Châu, Yên Thành hỗ trợ thêm 500.000 đồng/người. Tổng kinh phí các cấp chi cho công tác tuyển quân gần 4,2 tỷ đồng. Ủy ban MTTQ và các đoàn thể đã tổ chức 312 buổi gặp mặt, tặng quà tân binh.
Tại hội nghị, Đại tá Phan Hữu Tình, Chỉ huy trưởng Bộ CHQS tỉnh, chỉ rõ một số hạn chế: vẫn còn 23 công dân trốn, bỏ khám tuyển; một số xã làm chưa tốt công tác quản lý nguồn. Các đồng chí Lữ Thị Hằng, Vi Văn Sơn, Moong Văn Dưn - Chủ tịch UBND xã vùng biên đã chia sẻ cách vận động đồng bào Thái, Khơ Mú, Mông cho con em lên đường nhập ngũ. Ông Nguyễn Đình Thuận, Chủ tịch UBND xã Diễn Kỷ, cho biết xã vận động 100% tân binh viết đơn tình nguyện.
Phát biểu chỉ đạo, đồng chí Lê Văn Khang yêu cầu năm 2013 các địa phương tiếp tục quán triệt Luật Nghĩa vụ quân sự, làm tốt việc đăng ký, quản lý công dân trong độ tuổi; xử lý nghiêm các trường hợp vi phạm; phấn đấu giao quân một đợt, đủ chỉ tiêu, bảo đảm chất lượng.
Dịp này, UBND tỉnh tặng bằng khen cho 12 tập thể và 18 cá nhân có thành tích xuất sắc trong công tác tuyển quân năm 2012. Trong đó, xã Quỳnh Thạch (Quỳnh Lưu) 5 năm liền hoàn thành chỉ tiêu giao quân.
Hồng Lĩnh
Tin cùng chuyên mục
- Bộ CHQS tỉnh diễn tập khu vực phòng thủ huyện Nghĩa Đàn (05/04/2012)
- Tuổi trẻ Nghệ An tiễn đưa thanh niên lên đường nhập ngũ (23/02/2012)
- Kỳ Sơn: giao 146 tân binh cho đơn vị (22/02/2012)
- Hội nghị Đảng ủy Quân sự tỉnh quý I/2012 (30/03/2012)
""", "2012-04-12", "Nghệ An tổng kết công tác tuyển quân năm 2012",
E("tong_ket", "2012", "2012-04-11"),
[P("Lê Văn Khang", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng NVQS tỉnh"),
 P("Phan Hữu Tình", "Đại tá", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Lữ Thị Hằng", "Chủ tịch UBND xã vùng biên"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã vùng biên"),
 P("Moong Văn Dưn", "Chủ tịch UBND xã vùng biên"),
 P("Nguyễn Đình Thuận", "Chủ tịch UBND xã Diễn Kỷ")],
[Q("21 huyện, thành, thị", 21, "huyện, thành, thị"), Q("21.350 thanh niên", 21350, "thanh niên"),
 Q("4.100 công dân", 4100, "công dân"), Q("100% chỉ tiêu", 100, "%"), Q("176 đảng viên", 176, "đảng viên"),
 Q("hơn 760 tân binh", 760, "tân binh", "over"), Q("trên 95%", 95, "%", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("312 buổi gặp mặt", 312, "buổi gặp mặt"), Q("23 công dân", 23, "công dân"), Q("100% tân binh", 100, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2011-10-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 10/10/2011"),
 D("Quyết định", "4210", "QĐ-UBND.VX", "2011-10-25", "UBND tỉnh", "Quyết định số 4210/QĐ-UBND.VX ngày 25/10/2011"),
 D("Nghị định", "38", "2007/NĐ-CP", None, "Chính phủ", "Nghị định 38/2007/NĐ-CP của Chính phủ")],
[prov("Nghệ An"), com("Diễn Kỷ"), com("Quỳnh Thạch")],
["Báo Nghệ An điện tử", "Thời sự > Quốc phòng - An ninh", "(Baonghean)", "Quang cảnh hội nghị. Ảnh: Hồng Lĩnh",
 "Luật Nghĩa vụ quân sự"],
["12/04/2012 - 10:05", "5 năm", "năm 2012", "năm 2013", "loại 1, loại 2"]))

PAGES.append(page("b8959-binhdinh-bchqs-taphuan-2013", """
Cổng thông tin điện tử tỉnh Bình Định
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh
Thứ Sáu, 14/06/2013
Tập huấn nghiệp vụ cho chỉ huy trưởng quân sự cấp xã năm 2013
Từ ngày 11 đến 13/6/2013, Bộ Chỉ huy Quân sự tỉnh tổ chức lớp tập huấn nghiệp vụ công tác quân sự, quốc phòng địa phương năm 2013 cho 159 chỉ huy trưởng Ban CHQS xã, phường, thị trấn trong tỉnh. Đại tá Nguyễn Thanh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh dự, chỉ đạo khai mạc lớp tập huấn.
Đại tá Nguyễn Thanh Sơn phát biểu khai mạc lớp tập huấn.
Theo Kế hoạch số 112/KH-BCH ngày 20/5/2013 của Bộ CHQS tỉnh, trong 3 ngày, học viên được nghiên cứu 8 chuyên đề, trong đó tập trung quán triệt Luật Dân quân tự vệ số 43/2009/QH12 và Nghị định số 58/2010/NĐ-CP ngày 01/6/2010 của Chính phủ quy định chi tiết một số điều của Luật; công tác đăng ký, quản lý công dân trong độ tuổi nhập ngũ; xây dựng kế hoạch huấn luyện dân quân; chế độ, chính sách đối với dân quân tự vệ và phương pháp tuyên truyền, vận động thanh niên thực hiện nghĩa vụ quân sự. Các học viên cũng được thực hành bắn súng tiểu liên AK bài 1 và xử trí tình huống giải tỏa tụ tập đông người.
Trong phần thảo luận, nhiều học viên phản ánh khó khăn trong quản lý công dân đi làm ăn xa, nhất là lao động tự do ở các khu công nghiệp phía Nam; kinh phí bảo đảm cho hoạt động của Ban CHQS xã còn hạn hẹp, phụ cấp chưa tương xứng với khối lượng công việc. Ban tổ chức đã giải đáp trực tiếp các kiến nghị và tổng hợp đề xuất cấp trên.
Báo cáo của Thượng tá Võ Văn Ba, Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh cho biết, hiện toàn tỉnh có gần 24.000 cán bộ, chiến sĩ dân quân tự vệ, chiếm 1,6% dân số; tỷ lệ đảng viên trong lực lượng đạt 18,5%. Có 126 xã, phường, thị trấn đã xây dựng được chi bộ quân sự, 33 đơn vị còn lại đang tạo nguồn. Năm 2013, tỉnh giao đủ 1.650 công dân nhập ngũ, trong đó hơn 300 tân binh là đảng viên và đoàn viên ưu tú.
Trao đổi bên lề lớp học, đồng chí Trần Văn Hùng, Chỉ huy trưởng Ban CHQS xã Hoài Châu Bắc, chia sẻ: "Được tập huấn kỹ, chúng tôi nắm chắc hơn quy trình tuyển chọn, gọi công dân nhập ngũ và cách phối hợp với Đoàn Thanh niên, Hội Phụ nữ vận động gia đình". Còn đồng chí Đặng Thị Thu Hà, Chỉ huy trưởng Ban CHQS phường Nhơn Bình, một trong 7 nữ chỉ huy trưởng của tỉnh, cho rằng nội dung năm nay sát thực tế cơ sở.
Bế mạc lớp tập huấn, Đại tá Nguyễn Thanh Sơn yêu cầu các học viên về địa phương tham mưu cấp ủy, chính quyền xây dựng lực lượng dân quân "vững mạnh, rộng khắp", làm tốt công tác chuẩn bị tuyển quân năm 2014; đồng thời biểu dương 15 học viên đạt kết quả giỏi, trong đó có Ban CHQS thị trấn Phú Phong.
Hoài Thu
Tin khác
- Hội thao dân quân tự vệ khu vực phía Bắc tỉnh (05/06/2013)
- Tây Sơn: diễn tập chiến đấu phòng thủ xã Bình Tường (28/05/2013)
- Tổng kết 3 năm thực hiện Luật Dân quân tự vệ (10/05/2013)
""", "2013-06-14", "Tập huấn nghiệp vụ cho chỉ huy trưởng quân sự cấp xã năm 2013",
E("tap_huan", "2013", "2013-06-11"),
[P("Nguyễn Thanh Sơn", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Võ Văn Ba", "Thượng tá", "Phó Chỉ huy trưởng - Tham mưu trưởng Bộ CHQS tỉnh"),
 P("Trần Văn Hùng", "Chỉ huy trưởng Ban CHQS xã Hoài Châu Bắc"),
 P("Đặng Thị Thu Hà", "Chỉ huy trưởng Ban CHQS phường Nhơn Bình")],
[Q("159 chỉ huy trưởng", 159, "chỉ huy trưởng"), Q("8 chuyên đề", 8, "chuyên đề"),
 Q("gần 24.000 cán bộ, chiến sĩ dân quân tự vệ", 24000, "cán bộ, chiến sĩ dân quân tự vệ", "approx"),
 Q("1,6%", 1.6, "%"), Q("18,5%", 18.5, "%"), Q("126 xã, phường, thị trấn", 126, "xã, phường, thị trấn"),
 Q("33 đơn vị", 33, "đơn vị"), Q("1.650 công dân", 1650, "công dân"), Q("hơn 300 tân binh", 300, "tân binh", "over"),
 Q("7 nữ chỉ huy trưởng", 7, "nữ chỉ huy trưởng"), Q("15 học viên", 15, "học viên")],
[D("Kế hoạch", "112", "KH-BCH", "2013-05-20", "Bộ CHQS tỉnh", "Kế hoạch số 112/KH-BCH ngày 20/5/2013"),
 D("Luật", "43", "2009/QH12", None, None, "Luật Dân quân tự vệ số 43/2009/QH12"),
 D("Nghị định", "58", "2010/NĐ-CP", "2010-06-01", "Chính phủ", "Nghị định số 58/2010/NĐ-CP ngày 01/6/2010")],
[prov("Bình Định"), com("Hoài Châu Bắc"), com("Nhơn Bình"), com("Phú Phong")],
["Cổng thông tin điện tử tỉnh Bình Định", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Quốc phòng - An ninh",
 "Đại tá Nguyễn Thanh Sơn phát biểu khai mạc lớp tập huấn.", "vững mạnh, rộng khắp"],
["Thứ Sáu, 14/06/2013", "3 ngày", "bài 1", "năm 2013", "năm 2014"]))

PAGES.append(page("b8960-soctrang-mttq-quatanbinh-khmer-2014", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG
Trang chủ | Hoạt động Mặt trận | Tin địa phương
Ngày đăng: 18/02/2014 | 15:40
Hòa thượng Thạch Sóc Khanh tặng quà cho tân binh. Ảnh: Kim Hoa
Tặng 400 phần quà cho tân binh người Khmer trước ngày lên đường nhập ngũ
Chiều 17/2/2014, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng phối hợp Bộ Chỉ huy Quân sự tỉnh và Hội Đoàn kết sư sãi yêu nước tỉnh tổ chức gặp mặt, tặng 400 phần quà cho tân binh người dân tộc Khmer chuẩn bị lên đường nhập ngũ năm 2014 tại chùa Sà Lôn, xã Tham Đôn.
Tham dự có Hòa thượng Thạch Sóc Khanh, Phó Chủ tịch Ủy ban MTTQ tỉnh, trụ trì chùa Sà Lôn; bà Lâm Thị Bô Pha, Ủy viên Ban Thường vụ, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; Thượng tá Kim Ngọc Hiền, Phó Chính ủy Bộ CHQS tỉnh cùng đại diện chính quyền các huyện Mỹ Xuyên, Trần Đề, Vĩnh Châu.
Năm 2014, toàn tỉnh giao 1.350 tân binh, trong đó có gần 400 tân binh người dân tộc Khmer, chiếm khoảng 29,6%. Nhiều năm qua, thực hiện Chương trình phối hợp số 08/CTPH-MTTQ-BCHQS ngày 10/3/2012 giữa Ủy ban MTTQ tỉnh và Bộ CHQS tỉnh, các vị sư sãi ở 15 chùa Khmer đã cùng chính quyền vận động thanh niên trong phum, sóc thực hiện nghĩa vụ quân sự. Năm nay không có trường hợp nào bỏ trốn, chống lệnh gọi nhập ngũ.
Phát biểu tại buổi gặp mặt, Hòa thượng Thạch Sóc Khanh căn dặn các tân binh giữ gìn sức khỏe, đoàn kết với đồng đội, học tập tiếng phổ thông và kỹ thuật quân sự; khi hoàn thành nghĩa vụ trở về tiếp tục góp sức xây dựng phum, sóc. Thượng tá Kim Ngọc Hiền cảm ơn sự đồng hành của các chùa và thông tin chế độ, chính sách đối với quân nhân tại ngũ.
Tân binh Thạch Chanh Đa, ấp Đay Sô, xã Viên An, xúc động: "Em sẽ cố gắng rèn luyện để không phụ lòng cha mẹ và các sư".
Mỗi phần quà trị giá 400.000 đồng, gồm tiền mặt, áo ấm và vật dụng cá nhân, tổng trị giá 160 triệu đồng, từ nguồn Quỹ "Vì người nghèo" tỉnh và sự đóng góp của các nhà hảo tâm. Cùng ngày, Ủy ban MTTQ thị trấn Trần Đề tặng thêm 35 phần quà cho tân binh thuộc hộ nghèo, hộ cận nghèo.
Theo ghi nhận, nhiều gia đình đã đưa con em đến chùa từ sớm. Bà Sơn Thị Nương, ấp Tà Lọt, xã Tham Đôn, có con trai út lên đường nhập ngũ, chia sẻ: "Nhà nghèo nhưng tôi vui vì con được vào bộ đội, được học chữ, học nghề, mong con khỏe mạnh".
Trước đó, Ủy ban MTTQ tỉnh đã đề nghị Mặt trận các cấp tiếp tục quán triệt Chỉ thị số 16-CT/TW ngày 5/10/2002 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với lực lượng dân quân tự vệ và lực lượng dự bị động viên, gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Kim Hoa
Tin liên quan
- Vĩnh Châu: 128 thanh niên lên đường nhập ngũ (19/02/2014)
- Thăm, chúc Tết Chôl Chnăm Thmây các chùa Khmer (12/04/2013)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (24/12/2013)
""", "2014-02-18", "Tặng 400 phần quà cho tân binh người Khmer trước ngày lên đường nhập ngũ",
E("trao_qua", None, "2014-02-17"),
[P("Thạch Sóc Khanh", "Hòa thượng", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "trụ trì chùa Sà Lôn"),
 P("Lâm Thị Bô Pha", "Ủy viên Ban Thường vụ", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Kim Ngọc Hiền", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Thạch Chanh Đa", "Tân binh"),
 P("Sơn Thị Nương")],
[Q("400 phần quà", 400, "phần quà"), Q("1.350 tân binh", 1350, "tân binh"),
 Q("gần 400 tân binh người dân tộc Khmer", 400, "tân binh người dân tộc Khmer", "approx"),
 Q("khoảng 29,6%", 29.6, "%", "approx"), Q("15 chùa Khmer", 15, "chùa Khmer"),
 Q("400.000 đồng", 400000, "đồng"), Q("160 triệu đồng", 160000000, "đồng"), Q("35 phần quà", 35, "phần quà")],
[D("Chương trình phối hợp", "08", "CTPH-MTTQ-BCHQS", "2012-03-10", "Ủy ban MTTQ tỉnh và Bộ CHQS tỉnh",
   "Chương trình phối hợp số 08/CTPH-MTTQ-BCHQS ngày 10/3/2012"),
 D("Chỉ thị", "16", "CT/TW", "2002-10-05", "Ban Bí thư", "Chỉ thị số 16-CT/TW ngày 5/10/2002")],
[prov("Sóc Trăng"), com("Tham Đôn"), com("Viên An"), com("Trần Đề")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SÓC TRĂNG", "Trang chủ | Hoạt động Mặt trận | Tin địa phương",
 "Hòa thượng Thạch Sóc Khanh tặng quà cho tân binh. Ảnh: Kim Hoa", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "chùa Sà Lôn"],
["Ngày đăng: 18/02/2014 | 15:40", "năm 2014"]))

PAGES.append(page("b8961-hatinh-bchqs-soket-dqtv-2015", """
BÁO HÀ TĨNH
Quốc phòng - An ninh › Địa phương
Cập nhật lúc 16:20 ngày 09/07/2015
Hương Khê: Lực lượng dân quân tự vệ hoàn thành tốt nhiệm vụ nửa đầu năm
(Baohatinh.vn) - Ngày 8/7, Đảng ủy Quân sự - Ban CHQS huyện Hương Khê tổ chức hội nghị sơ kết công tác quân sự, quốc phòng địa phương 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm.
Dự hội nghị có đồng chí Trần Đức Hải, Phó Bí thư Thường trực Huyện ủy, Bí thư Đảng ủy Quân sự huyện; Thượng tá Lê Minh Tuấn, Phó Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh; lãnh đạo các phòng, ban và chỉ huy trưởng quân sự 22 xã, thị trấn.
Đồng chí Trần Đức Hải phát biểu chỉ đạo hội nghị.
6 tháng đầu năm, huyện đã quán triệt và triển khai thực hiện Nghị quyết số 28-NQ/TW ngày 25/10/2013 của BCH Trung ương (khóa XI) về Chiến lược bảo vệ Tổ quốc trong tình hình mới, Kế hoạch 62/KH-UBND ngày 15/1/2015 của UBND huyện về công tác quốc phòng, quân sự địa phương năm 2015. Lực lượng dân quân tự vệ được củng cố với 2.860 đồng chí, đạt 1,4% dân số; đã huấn luyện xong cho 100% đối tượng, trong đó có 530 dân quân mới. Huyện tổ chức đăng ký cho 1.150 quân nhân dự bị, sắp xếp vào các đơn vị dự bị động viên đạt 96%.
Tháng 2/2015, huyện giao 168 tân binh, đạt 100% chỉ tiêu, không có tân binh trả về. Lực lượng dân quân các xã đóng góp hơn 3.200 ngày công giúp dân làm đường giao thông, kênh mương nội đồng và khắc phục hậu quả mưa lớn. Ngân sách huyện, xã chi cho công tác quân sự, quốc phòng gần 1,2 tỷ đồng.
Báo cáo của Thượng tá Phan Đình Lộc - Chỉ huy trưởng Ban CHQS huyện cũng thẳng thắn chỉ ra hạn chế: một số xã chưa bố trí đủ chỗ làm việc cho Ban CHQS; 3 xã Hương Trạch, Phúc Đồng, Hương Đô chậm triển khai chi trả trợ cấp ngày công cho dân quân.
Tại hội nghị, đồng chí Nguyễn Thị Hoài, Chỉ huy trưởng Ban CHQS thị trấn Hương Khê, chia sẻ cách tổ chức tổ dân quân thường trực ở khu dân cư; ông Hồ Văn Nam, Chủ tịch UBND xã Phúc Đồng, kiến nghị bổ sung kinh phí may quân phục cho dân quân.
Phát biểu kết luận, đồng chí Trần Đức Hải yêu cầu 6 tháng cuối năm tập trung chuẩn bị tốt diễn tập chiến đấu phòng thủ cho 4 xã, tổ chức hội thao dân quân tự vệ và làm tốt công tác sơ tuyển, chuẩn bị tuyển quân năm 2016 theo Luật Nghĩa vụ quân sự năm 2015.
Dịp này, Ban CHQS huyện khen thưởng 6 tập thể, 11 cá nhân có thành tích trong nhiệm vụ quân sự, quốc phòng.
Văn Đức
Tin cùng chuyên mục
- Hội thao dân quân tự vệ cụm Vũ Quang - Hương Sơn (30/06/2015)
- Bộ CHQS tỉnh sơ kết 6 tháng đầu năm 2015 (03/07/2015)
- Thạch Hà tặng quà gia đình chính sách nhân ngày 27/7 (22/07/2014)
""", "2015-07-09", "Hương Khê: Lực lượng dân quân tự vệ hoàn thành tốt nhiệm vụ nửa đầu năm",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Trần Đức Hải", "Phó Bí thư Thường trực Huyện ủy", "Bí thư Đảng ủy Quân sự huyện"),
 P("Lê Minh Tuấn", "Thượng tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh"),
 P("Phan Đình Lộc", "Thượng tá", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Nguyễn Thị Hoài", "Chỉ huy trưởng Ban CHQS thị trấn Hương Khê"),
 P("Hồ Văn Nam", "Chủ tịch UBND xã Phúc Đồng")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("2.860 đồng chí", 2860, "đồng chí"), Q("1,4%", 1.4, "%"),
 Q("100% đối tượng", 100, "%"), Q("530 dân quân mới", 530, "dân quân mới"),
 Q("1.150 quân nhân dự bị", 1150, "quân nhân dự bị"), Q("96%", 96, "%"), Q("168 tân binh", 168, "tân binh"),
 Q("100% chỉ tiêu", 100, "%"), Q("hơn 3.200 ngày công", 3200, "ngày công", "over"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("3 xã", 3, "xã"), Q("4 xã", 4, "xã"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị quyết", "28", "NQ/TW", "2013-10-25", "BCH Trung ương", "Nghị quyết số 28-NQ/TW ngày 25/10/2013"),
 D("Kế hoạch", "62", "KH-UBND", "2015-01-15", "UBND huyện", "Kế hoạch 62/KH-UBND ngày 15/1/2015")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Phúc Đồng"), com("Hương Đô"), com("Hương Khê")],
["BÁO HÀ TĨNH", "Quốc phòng - An ninh › Địa phương", "(Baohatinh.vn)", "Đồng chí Trần Đức Hải phát biểu chỉ đạo hội nghị.",
 "Luật Nghĩa vụ quân sự năm 2015"],
["Cập nhật lúc 16:20 ngày 09/07/2015", "6 tháng đầu năm 2015", "6 tháng cuối năm", "2.860 đồng chí", "khóa XI", "Tháng 2/2015", "6 tháng đầu năm"]))

PAGES.append(page("b8962-gialai-chuse-giaonhanquan-2016", """
Báo Gia Lai điện tử
Trang chủ » Thời sự » Quốc phòng
27/02/2016 | 14:30
Chư Sê: 182 thanh niên hăng hái lên đường nhập ngũ
(GLO) - Sáng 27/2, huyện Chư Sê long trọng tổ chức lễ giao nhận quân năm 2016. Đây là năm đầu tiên địa phương thực hiện tuyển quân theo Luật Nghĩa vụ quân sự năm 2015, có hiệu lực từ ngày 1/1/2016.
Dự buổi lễ có các đồng chí: Rơ Mah Thương, Phó Bí thư Thường trực Huyện ủy; Nguyễn Văn Hòa, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Chủ tịch Hội đồng NVQS huyện; Ksor Phin, Phó Chủ tịch HĐND huyện; Thượng tá Đỗ Văn Quang, Phó Chỉ huy trưởng Bộ CHQS tỉnh, cùng đông đảo người thân của các tân binh.
Tân binh huyện Chư Sê làm lễ tuyên thệ.
Năm nay, huyện Chư Sê giao 182 tân binh cho Sư đoàn 320 (Quân đoàn 3) và Bộ CHQS tỉnh, đạt 100% chỉ tiêu. Trong đó có 97 tân binh là người đồng bào dân tộc thiểu số Jrai, Ba Na; 11 tân binh là đảng viên; 24 thanh niên có trình độ trung cấp trở lên. Theo Quyết định số 78/QĐ-UBND ngày 19/1/2016 của UBND huyện, việc gọi công dân nhập ngũ được thông báo công khai tại 15 xã, thị trấn.
Theo Trung tá Kpă Huy, Chỉ huy trưởng Ban CHQS huyện, để có kết quả trên, Hội đồng NVQS huyện đã chỉ đạo Ban CHQS các xã phối hợp với già làng, người có uy tín tuyên truyền đến từng làng. Tại xã Ia Blang, già làng Siu Thái đã đến từng nhà vận động 6 thanh niên trong làng lên đường nhập ngũ. Xã Al Bá có 100% thanh niên trúng tuyển viết đơn tình nguyện.
Phát biểu tại buổi lễ, đồng chí Nguyễn Văn Hòa mong muốn các tân binh phát huy truyền thống anh hùng của quê hương, nhanh chóng thích nghi với môi trường quân ngũ, hoàn thành tốt nhiệm vụ trong 24 tháng tại ngũ.
Đại diện tân binh, Rah Lan Dớ (làng Ia Lang, thị trấn Chư Sê) hứa: "Chúng em sẽ học tập, rèn luyện thật tốt, không để gia đình, buôn làng phải lo lắng".
Không khí ngày hội tòng quân ở Chư Sê năm nay rộn ràng từ sáng sớm. Nhiều gia đình ở các làng xa đã thuê xe đưa con em về trung tâm huyện, mang theo cơm nắm, bánh trái. Ông Nguyễn Văn Tư, thôn Thống Nhất, xã Ia Pal, có hai con trai lần lượt nhập ngũ, cho biết: "Con lớn đã xuất ngũ về lập gia đình, làm ăn khấm khá, nay đến lượt em nó. Gia đình tôi rất tự hào".
Cũng theo Ban CHQS huyện, các tân binh đã được khám sức khỏe, kiểm tra lại trước khi giao, không có trường hợp nào phải trả về địa phương.
Đại diện đơn vị nhận quân, Thượng tá Hoàng Văn Lực, Phó Chính ủy Sư đoàn 320, cảm ơn huyện đã giao quân đúng thời gian, đủ số lượng, bảo đảm chất lượng. Trong sáng cùng ngày, các xã Ia Pal, Ia Glai cũng tổ chức tiễn đưa thanh niên tại trụ sở trước khi hành quân về điểm giao quân.
Đoàn Thanh niên huyện cài hoa chúc mừng từng tân binh trước lúc lên xe về đơn vị.
Văn Ngọc
Lượt xem: 1.204
Tin liên quan
- Chư Prông: 240 tân binh lên đường bảo vệ Tổ quốc (27/02/2016)
- Pleiku tổ chức lễ giao nhận quân năm 2016 (26/02/2016)
- Ia Grai: sẵn sàng cho ngày hội tòng quân (20/02/2016)
""", "2016-02-27", "Chư Sê: 182 thanh niên hăng hái lên đường nhập ngũ",
E("khac", None, "2016-02-27"),
[P("Rơ Mah Thương", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Văn Hòa", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Chủ tịch Hội đồng NVQS huyện"),
 P("Ksor Phin", "Phó Chủ tịch HĐND huyện"),
 P("Đỗ Văn Quang", "Thượng tá", "Phó Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Kpă Huy", "Trung tá", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Siu Thái", "già làng"),
 P("Rah Lan Dớ"),
 P("Nguyễn Văn Tư"),
 P("Hoàng Văn Lực", "Thượng tá", "Phó Chính ủy Sư đoàn 320")],
[Q("182 thanh niên", 182, "thanh niên"), Q("182 tân binh", 182, "tân binh"), Q("100% chỉ tiêu", 100, "%"),
 Q("97 tân binh", 97, "tân binh"), Q("11 tân binh", 11, "tân binh"), Q("24 thanh niên", 24, "thanh niên"),
 Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("6 thanh niên", 6, "thanh niên"), Q("hai con trai", 2, "con trai"), Q("100% thanh niên", 100, "%")],
[D("Quyết định", "78", "QĐ-UBND", "2016-01-19", "UBND huyện", "Quyết định số 78/QĐ-UBND ngày 19/1/2016")],
[prov("Gia Lai"), com("Ia Blang"), com("Al Bá"), com("Chư Sê"), com("Ia Pal"), com("Ia Glai")],
["Báo Gia Lai điện tử", "Trang chủ » Thời sự » Quốc phòng", "(GLO)", "Tân binh huyện Chư Sê làm lễ tuyên thệ.",
 "Luật Nghĩa vụ quân sự năm 2015", "Sư đoàn 320", "Quân đoàn 3", "Lượt xem: 1.204"],
["27/02/2016 | 14:30", "năm 2016", "24 tháng", "Sư đoàn 320", "Quân đoàn 3", "Lượt xem: 1.204"]))
