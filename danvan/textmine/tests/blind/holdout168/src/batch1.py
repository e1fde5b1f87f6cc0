from lib import *
PAGES = []

PAGES.append(page("b3989-vinhlong-tinhdoan-taphuan-2011", """
TỈNH ĐOÀN VĨNH LONG - CỔNG THÔNG TIN ĐOÀN TNCS HỒ CHÍ MINH
Trang chủ > Hoạt động Đoàn > Tin học hóa cơ sở
Thứ Sáu, 16/09/2011 - 09:30
Ảnh: Học viên thực hành tại phòng máy.
Tập huấn tin học, khai thác Internet cho 156 cán bộ Đoàn cơ sở
Trong 2 ngày 14 và 15/9/2011, Tỉnh đoàn Vĩnh Long phối hợp Sở Thông tin và Truyền thông tổ chức lớp tập huấn ứng dụng công nghệ thông tin, khai thác Internet và dịch vụ công trực tuyến năm 2011 cho 156 cán bộ Đoàn cơ sở là bí thư, phó bí thư Đoàn các xã, phường, thị trấn trong tỉnh.
Dự khai giảng có đồng chí Nguyễn Thị Kim Hoa, Ủy viên Ban Thường vụ Tỉnh đoàn, Phó Bí thư Tỉnh đoàn; ông Trần Quốc Khải, Phó Giám đốc Sở Thông tin và Truyền thông.
Lớp tập huấn nhằm triển khai Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước và kế hoạch số 112-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về chương trình "Tuổi trẻ Vĩnh Long với tin học hóa nông thôn".
Học viên được giới thiệu cách sử dụng thư điện tử, tra cứu thủ tục hành chính trên cổng thông tin điện tử tỉnh, hướng dẫn người dân nộp hồ sơ qua mạng. Theo Ban tổ chức, đến nay toàn tỉnh mới có 38 điểm truy cập Internet công cộng ở nông thôn, khoảng 27% số xã có trang thông tin riêng; nhiều cán bộ Đoàn xã chưa thành thạo máy vi tính.
Đồng chí Thạch Sô Phol, Bí thư Đoàn xã Loan Mỹ, chia sẻ: "Ở xã, thanh niên đồng bào Khmer muốn học tin học nhưng thiếu máy; chi đoàn phải mượn 3 máy của trường tiểu học để mở lớp buổi tối".
Dịp này, Tỉnh đoàn trao 20 bộ máy vi tính trị giá 150 triệu đồng do các doanh nghiệp tài trợ cho 10 cơ sở Đoàn vùng sâu; mỗi cơ sở nhận 2 bộ. Đồng chí Lâm Văn Bé, Phó Trưởng ban Thanh niên nông thôn Tỉnh đoàn, cho biết năm 2011 Tỉnh đoàn phấn đấu mở trên 60 lớp phổ cập tin học cho gần 3.000 đoàn viên, thanh niên.
Bế mạc lớp tập huấn, đồng chí Nguyễn Thị Kim Hoa đề nghị mỗi cơ sở Đoàn thành lập ít nhất 1 đội hình "Thanh niên tình nguyện tin học" để hướng dẫn người dân; đồng thời giao Ban Tuyên giáo Tỉnh đoàn theo dõi, tổng hợp kết quả sau lớp tập huấn.
Kim Ngân
Lượt xem: 1.204
Tin liên quan
- Trà Ôn ra quân "Tiếp sức mùa thi" năm 2011 (25/07/2011)
- Tỉnh đoàn tổ chức Hội thi Tin học trẻ không chuyên lần thứ XIV (18/06/2011)
- Ra mắt Câu lạc bộ Tin học thanh niên xã Tân Quới (02/06/2011)
- Thanh niên Vũng Liêm tình nguyện mùa hè xanh (20/05/2011)
- Bình Minh: 120 đoàn viên tham gia xây dựng nông thôn mới (10/05/2011)
- Long Hồ: ra mắt Đội hình thanh niên tình nguyện hướng dẫn thủ tục hành chính (28/04/2011)
""", "2011-09-16", "Tập huấn tin học, khai thác Internet cho 156 cán bộ Đoàn cơ sở",
E("tap_huan", "2011", "2011-09-14"),
[P("Nguyễn Thị Kim Hoa", "Ủy viên Ban Thường vụ Tỉnh đoàn", "Phó Bí thư Tỉnh đoàn"),
 P("Trần Quốc Khải", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Thạch Sô Phol", "Bí thư Đoàn xã Loan Mỹ"),
 P("Lâm Văn Bé", "Phó Trưởng ban Thanh niên nông thôn Tỉnh đoàn")],
[Q("156 cán bộ Đoàn cơ sở", 156, "cán bộ Đoàn cơ sở"),
 Q("38 điểm truy cập Internet công cộng", 38, "điểm truy cập Internet công cộng"),
 Q("khoảng 27%", 27, "%", "approx"), Q("3 máy", 3, "máy"),
 Q("20 bộ máy vi tính", 20, "bộ máy vi tính"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("10 cơ sở Đoàn vùng sâu", 10, "cơ sở Đoàn vùng sâu"), Q("2 bộ", 2, "bộ"),
 Q("trên 60 lớp phổ cập tin học", 60, "lớp phổ cập tin học", "over"),
 Q("gần 3.000 đoàn viên, thanh niên", 3000, "đoàn viên, thanh niên", "approx"),
 Q("ít nhất 1 đội hình", 1, "đội hình", "over")],
[D("Nghị định", "43", "2011/NĐ-CP", "2011-06-13", "Chính phủ", "Nghị định số 43/2011/NĐ-CP ngày 13/6/2011"),
 D("Kế hoạch", "112", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "kế hoạch số 112-KH/TĐTN")],
[prov("Vĩnh Long"), com("Loan Mỹ")],
["TỈNH ĐOÀN VĨNH LONG - CỔNG THÔNG TIN ĐOÀN TNCS HỒ CHÍ MINH", "Trang chủ > Hoạt động Đoàn > Tin học hóa cơ sở",
 "Ảnh: Học viên thực hành tại phòng máy.", "Tuổi trẻ Vĩnh Long với tin học hóa nông thôn", "Thanh niên tình nguyện tin học",
 "Lượt xem: 1.204"],
["Thứ Sáu, 16/09/2011 - 09:30", "2 ngày", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b3990-bacgiang-hoind-soket-2012", """
HỘI NÔNG DÂN TỈNH BẮC GIANG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội
Cập nhật: 15:40, 20/07/2012 (GMT+7)
Đưa tin học về với hội viên nông dân
Ngày 18/7, Ban Thường vụ Hội Nông dân tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2012, trong đó có nội dung đánh giá Đề án "Nông dân với tin học" giai đoạn 2011 - 2015. Đồng chí Giáp Văn Thắng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Hải Yến
Sáu tháng qua, các cấp Hội đã phối hợp với Bưu điện tỉnh duy trì 214 điểm Bưu điện - Văn hóa xã có kết nối Internet, tổ chức 46 lớp hướng dẫn tra cứu thông tin thị trường, kỹ thuật trồng vải thiều trên mạng cho 1.380 lượt hội viên. Toàn tỉnh có 12 câu lạc bộ "Nông dân với Internet", thu hút trên 400 hội viên sinh hoạt thường xuyên. Hội viên đã kết nạp mới 2.156 người, nâng tổng số hội viên lên 186.420 hội viên, chiếm 71,5% số hộ nông dân.
Thực hiện Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương khóa X về nông nghiệp, nông dân, nông thôn và Kết luận 61-KL/TW của Ban Bí thư về Đề án "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam", Ban Thường vụ Hội Nông dân tỉnh đã ban hành Chương trình hành động số 09-CTr/HND về phát triển hội viên và ứng dụng công nghệ thông tin trong sản xuất.
Tại hội nghị, ông Thân Văn Hòa, Chủ tịch Hội Nông dân xã Nghĩa Hồ, cho biết: nhờ biết tra giá trên mạng, năm nay nhiều hộ bán vải sớm được giá cao hơn khoảng 2.000 đồng/kg. Bà Hoàng Thị Lìu, Chủ tịch Hội Nông dân xã Phong Vân, người dân tộc Nùng, đề nghị tỉnh hỗ trợ thêm máy tính cho các điểm sinh hoạt ở thôn vùng cao.
Các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Nguyễn Văn Lượng, Ngô Thị Hạnh báo cáo kết quả giải ngân Quỹ Hỗ trợ nông dân; đến 30/6/2012, tổng nguồn quỹ đạt 18,6 tỷ đồng, cho 1.142 hộ vay.
Hội nghị cũng chỉ ra hạn chế: nhiều điểm Bưu điện - Văn hóa xã mở cửa không đúng giờ, người phụ trách chưa biết hướng dẫn bà con sử dụng máy; một số cơ sở Hội chưa quan tâm cập nhật thông tin lên mạng; việc phối hợp giữa Hội với ngành bưu điện, viễn thông ở cấp huyện còn lúng túng, chưa có kế hoạch chung.
Kết luận hội nghị, đồng chí Giáp Văn Thắng yêu cầu 6 tháng cuối năm mỗi huyện xây dựng ít nhất 2 câu lạc bộ "Nông dân với Internet", phấn đấu 100% cơ sở Hội cấp xã có máy vi tính.
Hoàng Minh
Số lượt truy cập: 56.871
Tin khác
- Hội Nông dân Lục Ngạn tập huấn kỹ thuật trồng vải an toàn (10/07/2012)
- Trao 25 con bò giống cho hội viên nghèo (28/06/2012)
- Hội thi "Nhà nông đua tài" cấp tỉnh năm 2012 (15/06/2012)
- Yên Thế: ra mắt tổ hợp tác chăn nuôi gà đồi (02/06/2012)
- Hội Nông dân tỉnh làm việc với Bưu điện tỉnh về phát triển điểm Bưu điện - Văn hóa xã (25/05/2012)
""", "2012-07-20", "Đưa tin học về với hội viên nông dân",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Giáp Văn Thắng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Thân Văn Hòa", "Chủ tịch Hội Nông dân xã Nghĩa Hồ"),
 P("Hoàng Thị Lìu", "Chủ tịch Hội Nông dân xã Phong Vân"),
 P("Nguyễn Văn Lượng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Ngô Thị Hạnh", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("214 điểm Bưu điện - Văn hóa xã", 214, "điểm Bưu điện - Văn hóa xã"), Q("46 lớp", 46, "lớp"),
 Q("1.380 lượt hội viên", 1380, "lượt hội viên"), Q("12 câu lạc bộ", 12, "câu lạc bộ"),
 Q("trên 400 hội viên", 400, "hội viên", "over"), Q("2.156 người", 2156, "người"),
 Q("186.420 hội viên", 186420, "hội viên"), Q("71,5%", 71.5, "%"),
 Q("khoảng 2.000 đồng", 2000, "đồng", "approx"), Q("18,6 tỷ đồng", 18600000000, "đồng"),
 Q("1.142 hộ", 1142, "hộ"), Q("ít nhất 2 câu lạc bộ", 2, "câu lạc bộ", "over"), Q("100%", 100, "%")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Chương trình hành động", "09", "CTr/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Chương trình hành động số 09-CTr/HND")],
[prov("Bắc Giang"), com("Nghĩa Hồ"), com("Phong Vân")],
["HỘI NÔNG DÂN TỈNH BẮC GIANG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động Hội", "Quang cảnh hội nghị. Ảnh: Hải Yến",
 "Nông dân với tin học", "Nông dân với Internet", "Nâng cao vai trò, trách nhiệm của Hội Nông dân Việt Nam",
 "Quỹ Hỗ trợ nông dân", "Số lượt truy cập: 56.871"],
["Cập nhật: 15:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "giai đoạn 2011 - 2015", "6 tháng cuối năm",
 "đồng/kg", "30/6/2012", "Số lượt truy cập: 56.871"]))

PAGES.append(page("b3991-quangtri-bdv-giaoban-2013", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Vị trí: Trang chủ » Tin tức » Hoạt động khối dân vận
08:15 | 08/10/2013
Đồng chí Hồ Thị Thu Hằng chủ trì giao ban.
Giao ban khối dân vận quý III: đẩy mạnh ứng dụng công nghệ thông tin
Sáng 7/10, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban khối dân vận tỉnh quý III năm 2013. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong quý, khối dân vận các cấp tập trung triển khai Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 38, 39-KH/TU về học tập, quán triệt Nghị quyết và về ứng dụng công nghệ thông tin trong khối dân vận; phối hợp Văn phòng Tỉnh ủy đưa phần mềm quản lý văn bản, điều hành vào sử dụng tại 9 ban dân vận huyện ủy, thị ủy.
Đến nay 141/141 xã, phường, thị trấn có máy vi tính nối mạng phục vụ khối dân vận; 47 xã có trang thông tin điện tử. Qua hệ thống thư điện tử công vụ, Ban đã tiếp nhận, xử lý 1.238 văn bản, giảm trên 30% giấy tờ so với cùng kỳ. Mặt trận và các đoàn thể tiếp nhận 64 đơn thư, kiến nghị của công dân, đã giải quyết 52 đơn.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Lê Văn Hùng, Trần Thị Mỹ Lệ thông tin về tình hình tư tưởng nhân dân vùng đồng bào Vân Kiều, Pa Cô; đề nghị phát huy vai trò 312 người có uy tín trong việc tuyên truyền qua hệ thống truyền thanh cơ sở.
Ông Hồ Văn Pai, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết huyện đã xây dựng mô hình "Tổ thông tin thôn bản" ở 11 thôn; già làng Kăn Tré, người có uy tín bản Ka Tăng, xã A Túc, đã vận động 24 hộ gỡ bỏ ăng-ten thu sóng trái phép.
Tuy vậy, việc ứng dụng công nghệ thông tin ở nhiều xã miền núi còn hạn chế; đường truyền chập chờn, cán bộ dân vận xã phải kiêm nhiệm nhiều việc, ít được bồi dưỡng tin học; một số nơi vẫn quen gửi văn bản giấy, chưa khai thác hộp thư công vụ đã được cấp.
Kết luận giao ban, đồng chí Hồ Thị Thu Hằng yêu cầu quý IV/2013 các cơ quan khối dân vận hoàn thành kế hoạch tổng kết 15 năm thực hiện Quy chế dân chủ ở cơ sở, đưa 100% văn bản đi, đến lên phần mềm.
Minh Hà
Lượt xem: 743
Tin liên quan
- Vĩnh Linh: tổng kết 15 năm thực hiện Quy chế dân chủ ở cơ sở (30/09/2013)
- Hội thảo khoa học về công tác dân vận trong tình hình mới (17/09/2013)
- Đakrông tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (05/09/2013)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy xã Hải Lệ (21/08/2013)
- Gặp mặt già làng, người có uy tín nhân dịp Quốc khánh (29/08/2013)
- Hướng Hóa: ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (12/08/2013)
""", "2013-10-08", "Giao ban khối dân vận quý III: đẩy mạnh ứng dụng công nghệ thông tin",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Pai", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Kăn Tré", "già làng", "người có uy tín bản Ka Tăng")],
[Q("9 ban dân vận huyện ủy, thị ủy", 9, "ban dân vận huyện ủy, thị ủy"),
 Q("141 xã, phường, thị trấn", 141, "xã, phường, thị trấn"),
 Q("47 xã", 47, "xã"), Q("1.238 văn bản", 1238, "văn bản"), Q("trên 30%", 30, "%", "over"),
 Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"), Q("52 đơn", 52, "đơn"),
 Q("312 người có uy tín", 312, "người có uy tín"), Q("11 thôn", 11, "thôn"), Q("24 hộ", 24, "hộ"),
 Q("100% văn bản", 100, "%")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 03/6/2013"),
 D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU"),
 D("Kế hoạch", "39", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU")],
[prov("Quảng Trị"), com("A Túc")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Vị trí: Trang chủ » Tin tức » Hoạt động khối dân vận",
 "Đồng chí Hồ Thị Thu Hằng chủ trì giao ban.", "Tổ thông tin thôn bản", "Quy chế dân chủ ở cơ sở", "Lượt xem: 743"],
["08:15 | 08/10/2013", "quý III năm 2013", "quý IV/2013", "15 năm"]))

PAGES.append(page("b3992-laocai-dangu-xa-tongket-2014", """
ĐẢNG ỦY - HĐND - UBND XÃ BẢN LẦU - HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI
Trang chủ | Tin tức - Sự kiện | Chính quyền điện tử
29-12-2014 16:20
Bản Lầu: đưa "một cửa điện tử" đến gần dân
Ngày 26/12/2014, Đảng ủy xã Bản Lầu tổ chức hội nghị tổng kết công tác xây dựng Đảng, công tác dân vận năm 2014 và triển khai nhiệm vụ năm 2015, trong đó đánh giá riêng kết quả vận hành bộ phận tiếp nhận và trả kết quả theo cơ chế "một cửa" có ứng dụng phần mềm.
Toàn cảnh hội nghị tổng kết.
Dự hội nghị có đồng chí Vàng Seo Sử, Huyện ủy viên, Phó Trưởng Ban Dân vận Huyện ủy Mường Khương; đồng chí Lù Văn Pao, Bí thư Đảng ủy, Chủ tịch HĐND xã và 56 đồng chí là bí thư chi bộ, trưởng thôn, trưởng các đoàn thể.
Theo báo cáo, năm 2014 Đảng bộ xã Bản Lầu, huyện Mường Khương, tỉnh Lào Cai hoàn thành 11/13 chỉ tiêu nghị quyết đề ra. Thực hiện Quyết định 93/2007/QĐ-TTg của Thủ tướng Chính phủ về cơ chế một cửa, một cửa liên thông và kế hoạch số 45/KH-UBND ngày 12/02/2014 của UBND huyện về cải cách hành chính, năm 2014 UBND xã đã tiếp nhận 1.026 hồ sơ, giải quyết đúng hạn 1.011 hồ sơ, đạt 98,5%; 318 hồ sơ được tra cứu tình trạng qua tin nhắn điện thoại. Xã có 14 thôn thì 9 thôn đã có sóng điện thoại di động, 4 thôn có điểm truy cập Internet.
Công tác dân vận được chú trọng; 21 chi bộ thực hiện Nghị quyết số 12-NQ/ĐU ngày 10/3/2014 của Đảng ủy xã về đẩy mạnh ứng dụng công nghệ thông tin trong lãnh đạo, điều hành. Phong trào "Dân vận khéo" có 7 mô hình, nhân dân hiến 3.200 m2 đất, đóng góp trên 450 triệu đồng làm đường bê tông nông thôn.
Bà Thào Thị Mỷ, Chủ tịch Hội LHPN xã, và ông Giàng A Chư, Bí thư Chi bộ kiêm Trưởng thôn Na Lốc 3, cho biết nhiều bà con người Mông, người Nùng đã biết nhắn tin tra cứu hồ sơ, không phải đi lại nhiều lần.
Hội nghị cũng thẳng thắn chỉ ra một số tồn tại: máy tính ở bộ phận một cửa đã cũ, thường xuyên mất điện vào mùa mưa; một bộ phận nhân dân ở các thôn giáp biên giới chưa quen làm thủ tục qua mạng, còn ngại đến trụ sở xã; đội ngũ công chức chưa được tập huấn thường xuyên. Đảng ủy xã giao Khối dân vận phối hợp UBND xã tuyên truyền bằng tiếng Mông, tiếng Nùng trên loa truyền thanh để bà con hiểu, làm theo.
Phát biểu chỉ đạo, đồng chí Vàng Seo Sử đề nghị năm 2015 xã phấn đấu 100% thôn có loa truyền thanh, duy trì tỷ lệ giải quyết hồ sơ đúng hạn trên 95%.
Dịp này, Đảng ủy xã khen thưởng 5 tập thể, 11 cá nhân tiêu biểu.
Sùng Mai
Lượt truy cập: 3.452
Tin khác
- Xã Bản Lầu ra quân làm đường giao thông nông thôn (10/12/2014)
- Hội nghị tiếp xúc cử tri cuối năm 2014 (02/12/2014)
- Thôn Lũng Pâu đạt chuẩn khu dân cư văn hóa (20/11/2014)
- Tập huấn trồng chuối xuất khẩu cho nông dân (05/11/2014)
- Đoàn thanh niên xã ra quân hướng dẫn bà con tra cứu hồ sơ qua tin nhắn (22/10/2014)
""", "2014-12-29", 'Bản Lầu: đưa "một cửa điện tử" đến gần dân',
E("tong_ket", "2014", "2014-12-26"),
[P("Vàng Seo Sử", "Huyện ủy viên", "Phó Trưởng Ban Dân vận Huyện ủy Mường Khương"),
 P("Lù Văn Pao", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thào Thị Mỷ", "Chủ tịch Hội LHPN xã"),
 P("Giàng A Chư", "Bí thư Chi bộ kiêm Trưởng thôn Na Lốc 3")],
[Q("56 đồng chí", 56, "đồng chí"), Q("1.026 hồ sơ", 1026, "hồ sơ"), Q("1.011 hồ sơ", 1011, "hồ sơ"),
 Q("98,5%", 98.5, "%"), Q("318 hồ sơ", 318, "hồ sơ"), Q("14 thôn", 14, "thôn"), Q("9 thôn", 9, "thôn"),
 Q("4 thôn", 4, "thôn"), Q("21 chi bộ", 21, "chi bộ"), Q("7 mô hình", 7, "mô hình"), Q("3.200 m2", 3200, "m2"),
 Q("trên 450 triệu đồng", 450000000, "đồng", "over"), Q("100% thôn", 100, "%"), Q("trên 95%", 95, "%", "over"),
 Q("5 tập thể", 5, "tập thể"), Q("11/13 chỉ tiêu", 11, "chỉ tiêu"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Quyết định", "93", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 93/2007/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-UBND", "2014-02-12", "UBND huyện", "kế hoạch số 45/KH-UBND ngày 12/02/2014"),
 D("Nghị quyết", "12", "NQ/ĐU", "2014-03-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/3/2014")],
[prov("Lào Cai"), com("Bản Lầu")],
["ĐẢNG ỦY - HĐND - UBND XÃ BẢN LẦU - HUYỆN MƯỜNG KHƯƠNG - TỈNH LÀO CAI", "Trang chủ | Tin tức - Sự kiện | Chính quyền điện tử",
 "Toàn cảnh hội nghị tổng kết.", "Dân vận khéo", "Lượt truy cập: 3.452"],
["29-12-2014 16:20", "56 đồng chí", "năm 2014", "năm 2015", "Lượt truy cập: 3.452"]))

PAGES.append(page("b3993-binhduong-lhpn-doithoai-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH DƯƠNG
Trang chủ >> Hoạt động các cấp Hội >> Tin cơ sở
Ngày đăng 13/11/2015 | 10:45
Nữ công nhân đối thoại về trả lương qua tài khoản, thanh toán không dùng tiền mặt
Ngày 11/11/2015, Hội LHPN tỉnh Bình Dương phối hợp Liên đoàn Lao động tỉnh và Ngân hàng Nhà nước Chi nhánh tỉnh tổ chức buổi đối thoại năm 2015 giữa lãnh đạo các ngành với hơn 300 nữ công nhân, hội viên phụ nữ nhà trọ tại phường Bình Hòa, thị xã Thuận An.
Chủ trì đối thoại có bà Nguyễn Thị Kim Oanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội LHPN tỉnh; ông Lê Văn Đức, Phó Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh Bình Dương; bà Trần Thị Thu Trang, Phó Chủ tịch Liên đoàn Lao động tỉnh.
Bà Nguyễn Thị Kim Oanh phát biểu tại buổi đối thoại. Ảnh: Kim Phượng
Thực hiện Chỉ thị số 20/2007/CT-TTg ngày 24/8/2007 của Thủ tướng Chính phủ về trả lương qua tài khoản cho các đối tượng hưởng lương từ ngân sách nhà nước và Quyết định số 2453/QĐ-TTg ngày 27/12/2011 của Thủ tướng Chính phủ phê duyệt Đề án đẩy mạnh thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2011 - 2015, đến nay trên địa bàn tỉnh có 1.246 doanh nghiệp trả lương qua tài khoản cho khoảng 620.000 lao động; toàn tỉnh có 1.180 máy ATM và 6.700 điểm chấp nhận thẻ.
Tại buổi đối thoại, chị Thị Sa Vy, công nhân Công ty TNHH Giày Vĩnh Thạnh, người dân tộc Khmer quê Trà Vinh, phản ánh cây ATM gần khu nhà trọ thường hết tiền vào ngày nhận lương, phải xếp hàng 1 - 2 tiếng. Chị Nguyễn Thị Mai, Chi hội trưởng Chi hội phụ nữ khu nhà trọ khu phố Bình Đức 1, đề nghị ngân hàng giảm phí rút tiền ngoại mạng, hiện khoảng 3.300 đồng mỗi lần.
Trả lời, ông Lê Văn Đức cho biết Chi nhánh đã yêu cầu các ngân hàng thương mại bố trí thêm 45 máy ATM tại khu công nghiệp, tiếp quỹ cả ngày nghỉ; từ tháng 12/2015 miễn phí rút tiền nội mạng. Bà Trần Thị Thu Trang đề nghị các công đoàn cơ sở thương lượng để doanh nghiệp hỗ trợ chi phí mở thẻ cho công nhân.
Các đại biểu cũng trao đổi về việc phòng chống lừa đảo chiếm đoạt tiền qua tin nhắn, điện thoại, hướng dẫn cách bảo mật mã PIN, không cho người khác mượn thẻ. Nhiều chị em cho biết đã biết dùng dịch vụ ngân hàng qua tin nhắn để kiểm tra lương, chuyển tiền về quê cho gia đình mà không phải ra bưu điện.
Kết thúc buổi đối thoại, Hội LHPN tỉnh ghi nhận 27 ý kiến, trả lời trực tiếp 21 ý kiến; các ý kiến còn lại được chuyển đến cơ quan chức năng. Dịp này, Hội trao 50 phần quà, mỗi phần trị giá 300.000 đồng, cho nữ công nhân có hoàn cảnh khó khăn.
Phương Chi
Lượt xem: 2.015
Bài viết liên quan
- Ra mắt mô hình "Mái ấm nhà trọ" tại phường An Phú (28/10/2015)
- Hội LHPN tỉnh tập huấn kỹ năng cho cán bộ Chi hội nhà trọ (15/10/2015)
- Tín dụng chính sách giúp phụ nữ thoát nghèo bền vững (30/09/2015)
- Thủ Dầu Một: Ngày hội phụ nữ khởi nghiệp (12/09/2015)
""", "2015-11-13", "Nữ công nhân đối thoại về trả lương qua tài khoản, thanh toán không dùng tiền mặt",
E("doi_thoai", "2015", "2015-11-11"),
[P("Nguyễn Thị Kim Oanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Văn Đức", "Phó Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh Bình Dương"),
 P("Trần Thị Thu Trang", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Thị Sa Vy"),
 P("Nguyễn Thị Mai", "Chi hội trưởng Chi hội phụ nữ khu nhà trọ khu phố Bình Đức 1")],
[Q("hơn 300 nữ công nhân, hội viên phụ nữ nhà trọ", 300, "nữ công nhân, hội viên phụ nữ nhà trọ", "over"),
 Q("1.246 doanh nghiệp", 1246, "doanh nghiệp"), Q("khoảng 620.000 lao động", 620000, "lao động", "approx"),
 Q("1.180 máy ATM", 1180, "máy ATM"), Q("6.700 điểm chấp nhận thẻ", 6700, "điểm chấp nhận thẻ"),
 Q("khoảng 3.300 đồng", 3300, "đồng", "approx"), Q("45 máy ATM", 45, "máy ATM"),
 Q("27 ý kiến", 27, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"), Q("50 phần quà", 50, "phần quà"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Chỉ thị", "20", "2007/CT-TTg", "2007-08-24", "Thủ tướng Chính phủ", "Chỉ thị số 20/2007/CT-TTg ngày 24/8/2007"),
 D("Quyết định", "2453", "QĐ-TTg", "2011-12-27", "Thủ tướng Chính phủ", "Quyết định số 2453/QĐ-TTg ngày 27/12/2011")],
[prov("Bình Dương"), com("Bình Hòa"), prov("Trà Vinh")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH DƯƠNG", "Trang chủ >> Hoạt động các cấp Hội >> Tin cơ sở",
 "Bà Nguyễn Thị Kim Oanh phát biểu tại buổi đối thoại. Ảnh: Kim Phượng", "Lượt xem: 2.015", "Trà Vinh"],
["Ngày đăng 13/11/2015 | 10:45", "năm 2015", "giai đoạn 2011 - 2015", "1 - 2 tiếng", "tháng 12/2015", "Lượt xem: 2.015"]))

PAGES.append(page("b3994-daklak-mttq-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ › Giám sát và phản biện xã hội
Thứ Tư, 24/08/2016 - 14:10
Giám sát việc cung cấp dịch vụ công trực tuyến tại Krông Búk
Thực hiện chương trình giám sát năm 2016, ngày 22/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do ông Y Bhiêr Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc cung cấp dịch vụ công trực tuyến mức độ 3 và việc thực hiện cơ chế một cửa tại UBND huyện Krông Búk và các xã Cư Né, Pơng Drang.
Thành viên đoàn có bà H'Yim Kđoh, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Thuận, Phó Chánh Văn phòng Sở Thông tin và Truyền thông; đại diện Hội Nông dân, Hội LHPN tỉnh.
Đoàn giám sát làm việc tại UBND xã Cư Né.
Theo Kế hoạch số 41/KH-MTTQ-BTT ngày 15/6/2016 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nội dung giám sát tập trung vào việc triển khai Nghị quyết 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử và Quyết định 1819/QĐ-TTg ngày 26/10/2015 của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2016 - 2020.
Báo cáo của UBND huyện cho biết, 7 tháng năm 2016, bộ phận một cửa huyện tiếp nhận 3.412 hồ sơ, trong đó chỉ 86 hồ sơ nộp trực tuyến, chiếm khoảng 2,5%; cả huyện mới có 12 thủ tục được cung cấp ở mức độ 3. Tại xã Cư Né, trong 1.150 hồ sơ tiếp nhận có 38 hồ sơ trễ hạn.
Ông Y Khen Byă, Chủ tịch UBND xã Pơng Drang, giải trình: xã có 4 buôn đồng bào Êđê, nhiều hộ chưa có máy tính, điện thoại thông minh; cán bộ một cửa chỉ có 2 người nên phải kiêm nhiệm. Ông Ksor Y Hlăm, người có uy tín buôn Ea Kmar, đề nghị xã cử cán bộ về tận buôn hướng dẫn làm giấy tờ.
Qua giám sát, đoàn kiến nghị UBND huyện bố trí ít nhất 1 máy tính nối mạng tại bộ phận một cửa mỗi xã để người dân tự tra cứu, niêm yết công khai 100% thủ tục hành chính, xin lỗi công dân khi giải quyết trễ hạn; đề nghị Sở Thông tin và Truyền thông tăng số dịch vụ công trực tuyến mức độ 3, 4 lên trên 30 thủ tục trong năm 2017.
Kết luận buổi giám sát, ông Y Bhiêr Niê đánh giá huyện đã cố gắng nhưng tỷ lệ hồ sơ trực tuyến còn rất thấp; MTTQ các cấp sẽ tiếp tục giám sát việc khắc phục trong quý IV/2016, đồng thời vận động hội viên, đoàn viên sử dụng dịch vụ công trực tuyến.
H'Xuân
Lượt xem: 987
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết về chính sách hỗ trợ đồng bào dân tộc thiểu số (10/08/2016)
- MTTQ tỉnh giám sát thực hiện chính sách bảo hiểm y tế tại Lắk (28/07/2016)
- Ra quân "Ngày thứ bảy vì người nghèo" tại Ea H'leo (16/07/2016)
- Ban Thanh tra nhân dân xã Ea Tiêu hoạt động hiệu quả (04/07/2016)
""", "2016-08-24", "Giám sát việc cung cấp dịch vụ công trực tuyến tại Krông Búk",
E("giam_sat", "2016", "2016-08-22"),
[P("Y Bhiêr Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thuận", "Phó Chánh Văn phòng Sở Thông tin và Truyền thông"),
 P("Y Khen Byă", "Chủ tịch UBND xã Pơng Drang"),
 P("Ksor Y Hlăm", "người có uy tín buôn Ea Kmar")],
[Q("3.412 hồ sơ", 3412, "hồ sơ"), Q("86 hồ sơ", 86, "hồ sơ"), Q("khoảng 2,5%", 2.5, "%", "approx"),
 Q("12 thủ tục", 12, "thủ tục"), Q("1.150 hồ sơ", 1150, "hồ sơ"), Q("38 hồ sơ trễ hạn", 38, "hồ sơ trễ hạn"),
 Q("4 buôn", 4, "buôn"), Q("2 người", 2, "người"), Q("ít nhất 1 máy tính", 1, "máy tính", "over"),
 Q("100% thủ tục hành chính", 100, "%"), Q("trên 30 thủ tục", 30, "thủ tục", "over")],
[D("Kế hoạch", "41", "KH-MTTQ-BTT", "2016-06-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 15/6/2016"),
 D("Nghị quyết", "36a", "NQ-CP", "2015-10-14", "Chính phủ", "Nghị quyết 36a/NQ-CP ngày 14/10/2015"),
 D("Quyết định", "1819", "QĐ-TTg", "2015-10-26", "Thủ tướng Chính phủ", "Quyết định 1819/QĐ-TTg ngày 26/10/2015")],
[prov("Đắk Lắk"), com("Cư Né"), com("Pơng Drang")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ › Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Cư Né.", "Lượt xem: 987"],
["Thứ Tư, 24/08/2016 - 14:10", "năm 2016", "7 tháng năm 2016", "giai đoạn 2016 - 2020", "mức độ 3", "quý IV/2016", "năm 2017", "Lượt xem: 987"]))
