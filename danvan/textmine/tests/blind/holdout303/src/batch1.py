from lib import *
PAGES = []

PAGES.append(page("b7229-thanhhoa-hoithao-8b-2011", """
BÁO THANH HÓA ĐIỆN TỬ
Trang chủ > Thời sự > Chính trị
Cập nhật: 14:35, 18/10/2011 (GMT+7)
Toàn cảnh hội thảo. Ảnh: Lê Hợi
Hội thảo khoa học về đổi mới công tác dân vận của Đảng sau hơn 20 năm thực hiện Nghị quyết 8B
Ngày 17/10, Ban Dân vận Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức hội thảo khoa học "Đổi mới công tác dân vận của Đảng trong tình hình mới - lý luận và thực tiễn ở Thanh Hóa". Dự hội thảo có hơn 150 đại biểu là lãnh đạo các ban, ngành, đoàn thể cấp tỉnh, giảng viên, nhà khoa học và cán bộ làm công tác dân vận ở 27 huyện, thị xã, thành phố.
Đồng chí Lê Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và TS. Hoàng Văn Lục, Hiệu trưởng Trường Chính trị tỉnh đồng chủ trì hội thảo.
Ban tổ chức đã nhận được 46 bài tham luận của các nhà khoa học, nhà quản lý; trong đó 9 tham luận được trình bày trực tiếp tại hội thảo. Các ý kiến đều khẳng định Nghị quyết số 8B-NQ/HNTW ngày 27/3/1990 của Ban Chấp hành Trung ương Đảng (khóa VI) về đổi mới công tác quần chúng của Đảng, tăng cường mối quan hệ giữa Đảng và nhân dân là văn kiện có ý nghĩa lịch sử. Cùng với đó, việc thực hiện Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị đã tạo chuyển biến rõ nét.
PGS.TS. Trịnh Đình Thắng, giảng viên cao cấp Học viện Chính trị - Hành chính khu vực I, phân tích: mối quan hệ máu thịt giữa Đảng với nhân dân chỉ bền chặt khi "lợi ích của dân được đặt lên trên hết". Theo ông, ở nhiều địa phương, công tác dân vận vẫn còn "nặng về hội họp, nhẹ về hành động".
ThS. Lê Thị Mai Anh, Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh, dẫn số liệu khảo sát tại 12 xã miền núi: khoảng 68% người được hỏi cho biết chưa từng được cán bộ đến nhà vận động trực tiếp. Bà đề nghị đưa nội dung "dân vận khéo" vào chương trình bồi dưỡng cán bộ cơ sở.
Nhiều tham luận tập trung vào thực tế ở cơ sở. Ông Phạm Văn Bình, Bí thư Đảng ủy xã Xuân Lâm, chia sẻ kinh nghiệm vận động 312 hộ dân bàn giao mặt bằng xây dựng khu kinh tế Nghi Sơn mà không phát sinh khiếu kiện đông người. Bà Cầm Thị Lan, Chủ tịch Hội LHPN huyện Quan Sơn, nêu cách vận động chị em dân tộc Thái, Mường bỏ tục tảo hôn.
Phát biểu tổng kết, đồng chí Lê Thị Thanh Hương cho biết Ban Dân vận Tỉnh ủy sẽ tổng hợp các ý kiến, tham mưu Ban Thường vụ Tỉnh ủy ban hành nghị quyết chuyên đề về công tác dân vận giai đoạn 2011 - 2015, đồng thời xuất bản kỷ yếu hội thảo khoảng 300 trang.
Ngọc Huấn
Tin liên quan
- Thanh Hóa: tổng kết 10 năm thực hiện Chỉ thị 30 của Bộ Chính trị (05/10/2011)
- Như Xuân vận động đồng bào hiến 7.000 m2 đất làm đường (22/09/2011)
- Hội nghị giao ban khối dân vận quý III (15/09/2011)
- Trường Chính trị tỉnh khai giảng lớp trung cấp lý luận chính trị (30/08/2011)
""", "2011-10-18",
"Hội thảo khoa học về đổi mới công tác dân vận của Đảng sau hơn 20 năm thực hiện Nghị quyết 8B",
E("hoi_nghi", None, "2011-10-17"),
[P("Lê Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lục", "TS.", "Hiệu trưởng Trường Chính trị tỉnh"),
 P("Trịnh Đình Thắng", "PGS.TS.", "giảng viên cao cấp Học viện Chính trị - Hành chính khu vực I"),
 P("Lê Thị Mai Anh", "ThS.", "Trưởng khoa Xây dựng Đảng", "Trường Chính trị tỉnh"),
 P("Phạm Văn Bình", "Bí thư Đảng ủy xã Xuân Lâm"),
 P("Cầm Thị Lan", "Chủ tịch Hội LHPN huyện Quan Sơn")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("46 bài tham luận", 46, "bài tham luận"), Q("9 tham luận", 9, "tham luận"), Q("12 xã miền núi", 12, "xã miền núi"),
 Q("khoảng 68%", 68, "%", "approx"), Q("312 hộ dân", 312, "hộ dân"), Q("khoảng 300 trang", 300, "trang", "approx")],
[D("Nghị quyết", "8B", "NQ/HNTW", "1990-03-27", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 8B-NQ/HNTW ngày 27/3/1990"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Thanh Hóa"), com("Xuân Lâm")],
["BÁO THANH HÓA ĐIỆN TỬ", "Trang chủ > Thời sự > Chính trị", "Toàn cảnh hội thảo. Ảnh: Lê Hợi",
 "Đổi mới công tác dân vận của Đảng trong tình hình mới - lý luận và thực tiễn ở Thanh Hóa", "dân vận khéo", "Nghị quyết 8B",
 "Trường Chính trị tỉnh", "Học viện Chính trị - Hành chính khu vực I"],
["Cập nhật: 14:35, 18/10/2011 (GMT+7)", "hơn 20 năm", "khóa VI", "giai đoạn 2011 - 2015"]))

PAGES.append(page("b7230-nghean-toadam-dvchinhquyen-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An
Bạn đang ở: Trang chủ / Nghiên cứu - Trao đổi
08:20 | 24/05/2012
Tọa đàm "Dân vận chính quyền - từ lý luận đến thực tiễn"
(DVNA) - Sáng 23/5, tại thành phố Vinh, Ban Dân vận Tỉnh ủy phối hợp với Trường Đại học Vinh tổ chức tọa đàm khoa học "Dân vận chính quyền - từ lý luận đến thực tiễn". Tham dự có khoảng 80 đại biểu, gồm các nhà khoa học, giảng viên, đại diện Ủy ban MTTQ tỉnh, các đoàn thể và cán bộ dân vận của 20 huyện, thành, thị.
Chủ trì tọa đàm có đồng chí Nguyễn Văn Hảo, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; GS.TS. Đinh Xuân Khải, Hiệu trưởng Trường Đại học Vinh.
Ảnh: Các đại biểu dự tọa đàm
Mở đầu tọa đàm, đồng chí Nguyễn Văn Hảo nhấn mạnh, sau 3 năm triển khai Quyết định 290-QĐ/TW, công tác dân vận của chính quyền các cấp đã có nhiều chuyển biến. Tuy nhiên, trong tổng số 1.425 đơn thư khiếu nại, tố cáo gửi đến các cơ quan của tỉnh năm 2011, vẫn còn gần 40% liên quan đến thái độ, trách nhiệm của cán bộ, công chức khi giải quyết công việc của dân.
Các tham luận của PGS.TS. Hoàng Thị Minh Phương, Trưởng khoa Lịch sử, Trường Đại học Vinh, và TS. Võ Đình Trọng, Phó Giám đốc Sở Nội vụ, làm rõ những điểm mới trong Chỉ thị số 16-CT/TU ngày 9/9/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của chính quyền các cấp. Theo PGS.TS. Hoàng Thị Minh Phương, "văn hóa công vụ" chính là cốt lõi của dân vận chính quyền, và cần được đo bằng sự hài lòng của người dân chứ không chỉ bằng báo cáo.
Một số ý kiến nêu thực tế ở cơ sở. Ông Lô Văn Thắm, Chủ tịch UBND xã Châu Kim (Quế Phong), cho biết từ khi xã công khai thủ tục hành chính tại bộ phận một cửa, số đơn thư giảm còn 7 đơn, bằng một phần ba năm trước. Bà Trần Thị Hoài, cán bộ Văn phòng HĐND - UBND thị xã Cửa Lò, đề nghị mỗi năm tổ chức ít nhất 2 cuộc đối thoại giữa lãnh đạo chính quyền với nhân dân.
Cũng tại tọa đàm, nhiều ý kiến cho rằng cần phân định rõ trách nhiệm của người đứng đầu cấp ủy, chính quyền trong việc tiếp dân định kỳ; việc tiếp dân không thể giao hết cho bộ phận chuyên trách. Có đại biểu đề nghị đưa tiêu chí "dân vận chính quyền" vào đánh giá, xếp loại cán bộ, công chức cuối năm, coi đây là thước đo phẩm chất của người cán bộ.
Tọa đàm cũng nghe giới thiệu kết quả đề tài khoa học cấp tỉnh về dân vận chính quyền, được triển khai với kinh phí 215 triệu đồng, khảo sát 1.200 phiếu tại 6 huyện.
Kết luận tọa đàm, đồng chí Nguyễn Văn Hảo đề nghị các nhà khoa học tiếp tục đồng hành với Ban Dân vận Tỉnh ủy trong việc tổng kết thực tiễn, góp phần thực hiện có hiệu quả Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.
Thái Hiền
Các tin đã đưa
- Hội nghị giao ban công tác dân vận chính quyền (10/05/2012)
- Thanh Chương: tuyên dương 45 điển hình "Dân vận khéo" (27/04/2012)
- Kỳ Sơn: vận động đồng bào Mông định canh, định cư (16/04/2012)
""", "2012-05-24", "Tọa đàm \"Dân vận chính quyền - từ lý luận đến thực tiễn\"",
E("hoi_nghi", None, "2012-05-23"),
[P("Nguyễn Văn Hảo", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Đinh Xuân Khải", "GS.TS.", "Hiệu trưởng Trường Đại học Vinh"),
 P("Hoàng Thị Minh Phương", "PGS.TS.", "Trưởng khoa Lịch sử", "Trường Đại học Vinh"),
 P("Võ Đình Trọng", "TS.", "Phó Giám đốc Sở Nội vụ"),
 P("Lô Văn Thắm", "Chủ tịch UBND xã Châu Kim"),
 P("Trần Thị Hoài", "cán bộ Văn phòng HĐND - UBND thị xã Cửa Lò")],
[Q("khoảng 80 đại biểu", 80, "đại biểu", "approx"), Q("20 huyện, thành, thị", 20, "huyện, thành, thị"),
 Q("1.425 đơn thư khiếu nại, tố cáo", 1425, "đơn thư khiếu nại, tố cáo"), Q("gần 40%", 40, "%", "approx"),
 Q("7 đơn", 7, "đơn"), Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("1.200 phiếu", 1200, "phiếu"), Q("6 huyện", 6, "huyện")],
[D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định 290-QĐ/TW"),
 D("Chỉ thị", "16", "CT/TU", "2011-09-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 9/9/2011")],
[prov("Nghệ An"), com("Châu Kim")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Nghệ An", "Bạn đang ở: Trang chủ / Nghiên cứu - Trao đổi", "(DVNA)",
 "Ảnh: Các đại biểu dự tọa đàm", "Dân vận chính quyền - từ lý luận đến thực tiễn", "văn hóa công vụ", "Trường Đại học Vinh"],
["08:20 | 24/05/2012", "3 năm", "năm 2011", "một phần ba", "lần thứ XVII", "Dân vận khéo"]))

PAGES.append(page("b7231-hatinh-hoithao-quychedanchu-2013", """
BÁO HÀ TĨNH
Chính trị » Xây dựng Đảng
29-11-2013 09:40
Phát huy dân chủ ở cơ sở: cần "lấy dân làm gốc" thực chất
Ngày 28/11, Ban Dân vận Tỉnh ủy, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh phối hợp với Viện Nghiên cứu Chính sách và Phát triển tổ chức hội thảo khoa học "15 năm thực hiện Chỉ thị 30-CT/TW - những vấn đề đặt ra". Hội thảo thu hút hơn 120 đại biểu tham dự.
TS. Nguyễn Thanh Bình (bìa trái) trình bày tham luận tại hội thảo.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Quang Tuấn, Nguyễn Thị Hồng Vân và PGS.TS. Lê Quốc Lâm, Viện trưởng Viện Nghiên cứu Chính sách và Phát triển, điều hành hội thảo.
Theo đề dẫn, 15 năm qua, tỉnh đã cụ thể hóa Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị và Nghị định 79/2003/NĐ-CP của Chính phủ bằng nhiều văn bản; 262/262 xã, phường, thị trấn xây dựng được quy chế dân chủ; 100% thôn, tổ dân phố có hương ước, quy ước. Nhân dân đã đóng góp trên 1.850 tỷ đồng, hiến hơn 4 triệu m2 đất để xây dựng nông thôn mới.
Hội thảo được tổ chức trong bối cảnh tỉnh Hà Tĩnh đang triển khai nhiều dự án lớn tại Khu kinh tế Vũng Áng, việc thu hồi đất, di dời dân cư đặt ra yêu cầu rất cao đối với công tác dân vận và thực hiện dân chủ ở cơ sở. Nhiều ý kiến cho rằng chính nơi có dự án lớn lại là nơi cần dân chủ nhất.
Tuy vậy, TS. Nguyễn Thanh Bình, Phó Trưởng khoa Nhà nước và Pháp luật, Trường Chính trị Trần Phú, chỉ ra rằng ở không ít nơi việc "dân biết, dân bàn" còn mang tính thủ tục. Ông dẫn kết quả điều tra xã hội học tại 18 xã cho thấy chỉ 54,6% người dân được hỏi biết rõ các khoản đóng góp của thôn.
Đại biểu đến từ cơ sở đóng góp nhiều ý kiến thẳng thắn. Ông Nguyễn Văn Sơn, Bí thư Đảng ủy xã Thạch Hạ, kể lại việc xã tổ chức 11 cuộc họp dân mới thống nhất được phương án dồn điền, đổi thửa. Bà Phan Thị Thúy, Trưởng thôn Đông Tiến, xã Cẩm Nhượng, cho rằng trưởng thôn phải "đi từng ngõ, gõ từng nhà" chứ không thể chỉ họp.
GS.TS. Hoàng Chí Bình, chuyên gia cao cấp, nguyên Ủy viên Hội đồng Lý luận Trung ương, có bài phát biểu gợi mở về dân chủ đại diện và dân chủ trực tiếp. Giáo sư cho rằng "dân chủ ở cơ sở phải đo được bằng niềm tin của dân".
Một số đại biểu đề nghị tăng cường vai trò giám sát của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng; thường xuyên bồi dưỡng nghiệp vụ cho các thành viên, bởi nhiều người còn lúng túng khi tiếp nhận, xử lý phản ánh của nhân dân.
Kết thúc hội thảo, Ban tổ chức tiếp thu 27 tham luận gửi về, đề xuất tỉnh bổ sung tiêu chí đánh giá mức độ hài lòng của người dân vào kết quả thi đua hằng năm.
Thu Hà
Tin cùng chuyên mục
- Hương Khê: đối thoại với nhân dân về giải phóng mặt bằng (21/11/2013)
- Tăng cường công tác dân vận trong đồng bào Công giáo (12/11/2013)
- Hội LHPN tỉnh kỷ niệm 83 năm ngày thành lập (20/10/2013)
""", "2013-11-29", "Phát huy dân chủ ở cơ sở: cần \"lấy dân làm gốc\" thực chất",
E("hoi_nghi", None, "2013-11-28"),
[P("Trần Quang Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hồng Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Quốc Lâm", "PGS.TS.", "Viện trưởng Viện Nghiên cứu Chính sách và Phát triển"),
 P("Nguyễn Thanh Bình", "TS.", "Phó Trưởng khoa Nhà nước và Pháp luật", "Trường Chính trị Trần Phú"),
 P("Nguyễn Văn Sơn", "Bí thư Đảng ủy xã Thạch Hạ"),
 P("Phan Thị Thúy", "Trưởng thôn Đông Tiến"),
 P("Hoàng Chí Bình", "GS.TS.", "chuyên gia cao cấp", "nguyên Ủy viên Hội đồng Lý luận Trung ương")],
[Q("hơn 120 đại biểu", 120, "đại biểu", "over"), Q("262/262 xã, phường, thị trấn", 262, "xã, phường, thị trấn"),
 Q("100% thôn, tổ dân phố", 100, "%"), Q("trên 1.850 tỷ đồng", 1850000000000, "đồng", "over"),
 Q("hơn 4 triệu m2", 4000000, "m2", "over"), Q("18 xã", 18, "xã"), Q("54,6%", 54.6, "%"),
 Q("11 cuộc họp dân", 11, "cuộc họp dân"), Q("27 tham luận", 27, "tham luận")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Nghị định", "79", "2003/NĐ-CP", None, "Chính phủ", "Nghị định 79/2003/NĐ-CP")],
[prov("Hà Tĩnh"), com("Thạch Hạ"), com("Cẩm Nhượng")],
["BÁO HÀ TĨNH", "Chính trị » Xây dựng Đảng", "TS. Nguyễn Thanh Bình (bìa trái) trình bày tham luận tại hội thảo.",
 "15 năm thực hiện Chỉ thị 30-CT/TW - những vấn đề đặt ra", "dân biết, dân bàn", "đi từng ngõ, gõ từng nhà",
 "Viện Nghiên cứu Chính sách và Phát triển", "Trường Chính trị Trần Phú", "Khu kinh tế Vũng Áng", "Ban Thanh tra nhân dân"],
["29-11-2013 09:40", "15 năm", "83 năm"]))

PAGES.append(page("b7232-thainguyen-hoithao-dantoc-2014", """
Thái Nguyên Online
Thứ Năm, 16/10/2014 | 16:45
Tin tức › Chính trị › Dân vận
Nâng cao hiệu quả công tác dân vận vùng đồng bào dân tộc thiểu số
TN - Ngày 15-10, Trường Đại học Sư phạm (Đại học Thái Nguyên) phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội thảo khoa học cấp trường về công tác dân vận vùng đồng bào dân tộc thiểu số ở miền núi phía Bắc.
Đến dự có đồng chí Hoàng Thị Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; PGS.TS. Phạm Hồng Quân, Giám đốc Đại học Thái Nguyên; PGS.TS. Mai Xuân Trọng, Phó Hiệu trưởng Trường Đại học Sư phạm; cùng gần 200 giảng viên, sinh viên và cán bộ dân vận các huyện Võ Nhai, Định Hóa, Phú Lương.
Ban tổ chức đã tuyển chọn 32 bài viết để in kỷ yếu. Tham luận của TS. Ma Thị Thu Hằng, Trưởng bộ môn Dân tộc học, cho thấy toàn tỉnh hiện có 8 dân tộc cùng sinh sống với gần 330.000 người dân tộc thiểu số, chiếm khoảng 28% dân số. Việc vận động đồng bào giữ gìn bản sắc, phát triển kinh tế đồi rừng được nhiều nơi làm tốt.
Đại diện cơ sở, ông Lý Văn Chắn, người có uy tín xóm Khe Cái, xã Sảng Mộc, kể chuyện vận động 23 hộ người Dao dời nhà khỏi vùng sạt lở. Bà Hà Thị Diện, Phó Chủ tịch UBND xã Tân Long, đề xuất hỗ trợ mỗi xóm đặc biệt khó khăn 30 triệu đồng để xây nhà văn hóa.
Theo ThS. Nông Quốc Thành, giảng viên Khoa Giáo dục Chính trị, việc thực hiện Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín đã giúp 412 người có uy tín trên địa bàn tỉnh phát huy vai trò "cầu nối" giữa Đảng, chính quyền với đồng bào.
Nhiều ý kiến thảo luận cho rằng cán bộ dân vận ở vùng cao cần biết tiếng dân tộc, hiểu phong tục, tập quán của đồng bào; phải "cùng ăn, cùng ở, cùng làm" thì mới vận động được. Một số sinh viên người dân tộc Tày, Nùng, Sán Chay chia sẻ mong muốn sau khi tốt nghiệp sẽ trở về quê hương công tác, tham gia các tổ công tác dân vận ở xóm, bản.
Các nhà khoa học cũng kiến nghị tăng thời lượng giảng dạy về chính sách dân tộc trong chương trình đào tạo giáo viên, bởi giáo viên vùng cao cũng là những người làm công tác dân vận hằng ngày.
Phát biểu tại hội thảo, đồng chí Hoàng Thị Thu đánh giá cao chất lượng các bài tham luận và đề nghị nhà trường tiếp tục phối hợp biên soạn tài liệu bồi dưỡng kỹ năng dân vận cho cán bộ người dân tộc thiểu số, bám sát Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc và Kết luận số 65-KL/TW.
Bài và ảnh: Minh Hằng
Các đại biểu tham quan triển lãm ảnh về đồng bào các dân tộc.
Lượt xem: 1.204
Tin khác
- Đồng Hỷ tổ chức hội nghị người có uy tín năm 2014 (08/10/2014)
- Đại học Thái Nguyên đón nhận Huân chương Độc lập hạng Nhất (30/09/2014)
- Phú Bình: vận động nhân dân hiến đất làm đường giao thông (18/09/2014)
""", "2014-10-16", "Nâng cao hiệu quả công tác dân vận vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", None, "2014-10-15"),
[P("Hoàng Thị Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Hồng Quân", "PGS.TS.", "Giám đốc Đại học Thái Nguyên"),
 P("Mai Xuân Trọng", "PGS.TS.", "Phó Hiệu trưởng Trường Đại học Sư phạm"),
 P("Ma Thị Thu Hằng", "TS.", "Trưởng bộ môn Dân tộc học"),
 P("Lý Văn Chắn", "người có uy tín xóm Khe Cái"),
 P("Hà Thị Diện", "Phó Chủ tịch UBND xã Tân Long"),
 P("Nông Quốc Thành", "ThS.", "giảng viên Khoa Giáo dục Chính trị")],
[Q("gần 200 giảng viên, sinh viên", 200, "giảng viên, sinh viên", "approx"), Q("32 bài viết", 32, "bài viết"),
 Q("8 dân tộc", 8, "dân tộc"), Q("gần 330.000 người dân tộc thiểu số", 330000, "người dân tộc thiểu số", "approx"),
 Q("khoảng 28%", 28, "%", "approx"), Q("23 hộ người Dao", 23, "hộ người Dao"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("412 người có uy tín", 412, "người có uy tín")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương khóa IX", "Nghị quyết số 24-NQ/TW"),
 D("Kết luận", "65", "KL/TW", None, None, "Kết luận số 65-KL/TW")],
[prov("Thái Nguyên"), com("Sảng Mộc"), com("Tân Long")],
["Thái Nguyên Online", "Tin tức › Chính trị › Dân vận", "TN -", "Các đại biểu tham quan triển lãm ảnh về đồng bào các dân tộc.",
 "Lượt xem: 1.204", "cầu nối", "Đại học Thái Nguyên", "Trường Đại học Sư phạm", "cùng ăn, cùng ở, cùng làm"],
["Thứ Năm, 16/10/2014 | 16:45", "Lượt xem: 1.204", "khóa IX", "Ngày 15-10"]))

PAGES.append(page("b7233-cantho-hoithao-nq25-2015", """
CẦN THƠ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ
Chính trị | Xây dựng Đảng
Ngày đăng 10/06/2015 | 15:30
Ảnh: Quang cảnh hội thảo.
Vận dụng sáng tạo tư tưởng Hồ Chí Minh về dân vận trong giai đoạn mới
CT - Sáng 9-6, Ban Dân vận Thành ủy phối hợp Học viện Chính trị khu vực IV tổ chức hội thảo khoa học "Tư tưởng Hồ Chí Minh về dân vận và sự vận dụng ở thành phố Cần Thơ" nhân kỷ niệm 66 năm ngày Bác Hồ viết bài báo "Dân vận". Dự có hơn 170 đại biểu.
Đồng chí Trần Thanh Lẫm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; PGS.TS. Nguyễn Minh Tường, Giám đốc Học viện Chính trị khu vực IV, chủ trì hội thảo.
Hội thảo nhận được 38 tham luận. Nhiều tham luận phân tích 2 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, cùng Chương trình hành động số 21-CTr/TU của Thành ủy thực hiện nghị quyết này.
TS. Lê Văn Nghĩa, Trưởng khoa Xây dựng Đảng, Học viện Chính trị khu vực IV, cho rằng lời dạy "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong" vẫn nguyên giá trị. Theo ông, ở vùng đô thị, cán bộ dân vận phải biết dùng cả mạng xã hội để nắm tâm tư người dân.
TS. Huỳnh Thị Ngọc Diễm, giảng viên Trường Đại học Cần Thơ, trình bày kết quả khảo sát 600 hộ tại 4 quận nội thành: 72,5% hộ được hỏi hài lòng với thái độ phục vụ của cán bộ phường, song chỉ khoảng 35% biết rõ quy trình góp ý, phản ánh với chính quyền.
Từ thực tiễn cơ sở, ông Thạch Sô Phol, Phó Chủ tịch UBND phường Thới An Đông, chia sẻ cách vận động đồng bào Khmer tham gia chỉnh trang đô thị; năm 2014 người dân trong phường đã góp 1,2 tỷ đồng, hiến 3.400 m2 đất mở rộng hẻm. Bà Nguyễn Thị Kim Hoa, Chủ tịch Hội LHPN quận Ninh Kiều, giới thiệu mô hình "Tổ phụ nữ tự quản" với 56 tổ đang hoạt động.
Hội thảo cũng dành thời gian thảo luận vấn đề dân vận trong doanh nghiệp ngoài nhà nước, nơi có gần 40.000 công nhân lao động, phần lớn từ các tỉnh lân cận đến làm việc. Nhiều ý kiến cho rằng tổ chức công đoàn và đoàn thanh niên ở đây cần được củng cố, bởi không ít vụ ngừng việc tập thể xuất phát từ chỗ doanh nghiệp và công nhân thiếu đối thoại.
Kết luận hội thảo, đồng chí Trần Thanh Lẫm nêu rõ Ban Dân vận Thành ủy sẽ chọn lọc các kiến nghị để tham mưu Ban Thường vụ Thành ủy sơ kết Nghị quyết 25 vào cuối năm; đồng thời đề nghị Học viện phối hợp mở các lớp bồi dưỡng kỹ năng dân vận cho cán bộ chủ chốt cấp phường, xã.
Thanh Thúy
Xem thêm
- Cần Thơ: 10 tập thể được tặng Bằng khen về phong trào "Dân vận khéo" (02/06/2015)
- Ban Dân vận Trung ương làm việc với Thành ủy Cần Thơ (21/05/2015)
- Phong Điền: đối thoại với nông dân về giá lúa (14/05/2015)
""", "2015-06-10", "Vận dụng sáng tạo tư tưởng Hồ Chí Minh về dân vận trong giai đoạn mới",
E("hoi_nghi", None, "2015-06-09"),
[P("Trần Thanh Lẫm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Minh Tường", "PGS.TS.", "Giám đốc Học viện Chính trị khu vực IV"),
 P("Lê Văn Nghĩa", "TS.", "Trưởng khoa Xây dựng Đảng", "Học viện Chính trị khu vực IV"),
 P("Huỳnh Thị Ngọc Diễm", "TS.", "giảng viên Trường Đại học Cần Thơ"),
 P("Thạch Sô Phol", "Phó Chủ tịch UBND phường Thới An Đông"),
 P("Nguyễn Thị Kim Hoa", "Chủ tịch Hội LHPN quận Ninh Kiều")],
[Q("hơn 170 đại biểu", 170, "đại biểu", "over"), Q("38 tham luận", 38, "tham luận"), Q("600 hộ", 600, "hộ"),
 Q("4 quận nội thành", 4, "quận nội thành"), Q("72,5%", 72.5, "%"), Q("khoảng 35%", 35, "%", "approx"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("3.400 m2", 3400, "m2"), Q("56 tổ", 56, "tổ"),
 Q("gần 40.000 công nhân lao động", 40000, "công nhân lao động", "approx")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Thành ủy", "Chương trình hành động số 21-CTr/TU")],
[prov("Cần Thơ"), com("Thới An Đông")],
["CẦN THƠ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ", "Chính trị | Xây dựng Đảng",
 "Ảnh: Quang cảnh hội thảo.", "CT -", "Tư tưởng Hồ Chí Minh về dân vận và sự vận dụng ở thành phố Cần Thơ", "Dân vận",
 "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong", "Tổ phụ nữ tự quản", "Học viện Chính trị khu vực IV", "Nghị quyết 25"],
["Ngày đăng 10/06/2015 | 15:30", "66 năm", "2 năm", "năm 2014", "khóa XI", "Sáng 9-6"]))

PAGES.append(page("b7234-haiphong-toadam-congnhan-2016", """
HAIPHONG.GOV.VN
Trang chủ >> Tin tức - Sự kiện >> Hoạt động các cơ quan
15/09/2016 - 10:05
Tọa đàm khoa học về công tác dân vận trong công nhân lao động tại các khu công nghiệp
Chiều 14/9/2016, Ban Dân vận Thành ủy Hải Phòng phối hợp với Trường Đại học Hải Phòng tổ chức tọa đàm khoa học "Công tác dân vận trong công nhân lao động tại các khu công nghiệp, khu kinh tế - thực trạng và giải pháp".
Các đồng chí Phó Trưởng Ban Dân vận Thành ủy Đỗ Mạnh Hiến, Phạm Thị Thu Thủy và TS. Nguyễn Đức Thanh - Phó Hiệu trưởng Trường Đại học Hải Phòng đồng chủ trì.
Theo số liệu tại tọa đàm, hiện thành phố có 8 khu công nghiệp, khu kinh tế với khoảng 120.000 công nhân lao động, trong đó gần 65% là lao động nữ và trên 70% đến từ các tỉnh khác. Năm 2015 trên địa bàn xảy ra 14 cuộc ngừng việc tập thể, giảm 6 cuộc so với năm trước.
PGS.TS. Vũ Văn Hưng, Trưởng khoa Lý luận chính trị, Trường Đại học Hải Phòng, phân tích nguyên nhân chủ yếu là thu nhập thấp, nhà trọ chật chội, đời sống văn hóa tinh thần thiếu thốn. Ông đề nghị các doanh nghiệp dành ít nhất 1% lợi nhuận để xây dựng thiết chế văn hóa cho công nhân.
TS. Trần Thị Lan Anh, giảng viên Khoa Xã hội học, Học viện Báo chí và Tuyên truyền, giới thiệu kết quả điều tra 500 công nhân cho thấy có tới 42% chưa từng tham gia sinh hoạt đoàn thể nào. Bà cho rằng cần đưa Kết luận số 79-KL/TW ngày 25/12/2013 của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Công đoàn Việt Nam vào thực tế doanh nghiệp FDI.
Đại diện cơ sở, ông Nguyễn Văn Khánh, Chủ tịch Công đoàn Công ty TNHH Regina Miracle, cho biết công đoàn đã tổ chức 3 cuộc đối thoại định kỳ, thương lượng được mức thưởng Tết bình quân 4,5 triệu đồng/người. Bà Lê Thị Huế, Bí thư Đảng ủy xã An Hưng (An Dương), nêu kinh nghiệm phối hợp với chủ nhà trọ quản lý 2.300 công nhân thuê trọ.
Ông Đào Văn Thịnh, Chủ tịch Liên đoàn Lao động thành phố, khẳng định sẽ tiếp thu để hoàn thiện Đề án "Nâng cao đời sống văn hóa công nhân lao động" trình UBND thành phố.
Kết luận tọa đàm, đồng chí Đỗ Mạnh Hiến đề nghị các cơ quan dân vận tiếp tục thực hiện Chỉ thị số 19-CT/TU của Ban Thường vụ Thành ủy, tăng cường nắm tình hình tư tưởng công nhân, không để xảy ra đình công tự phát.
Cũng tại buổi tọa đàm, nhiều đại biểu lưu ý việc đào tạo nguồn cán bộ công đoàn cơ sở có kỹ năng thương lượng, đối thoại; đồng thời kiến nghị các quận, huyện có khu công nghiệp quy hoạch quỹ đất xây dựng nhà ở xã hội, nhà trẻ cho con em công nhân. Các nhà khoa học của trường cam kết sẽ tham gia tư vấn, khảo sát định kỳ để thành phố có thêm cơ sở hoạch định chính sách.
Hải Yến (Cổng TTĐT)
Các tin khác
- Kiến An sơ kết 5 năm thực hiện phong trào "Dân vận khéo" (09/09/2016)
- Hội nghị giao ban khối dân vận quý III (05/09/2016)
- Thủy Nguyên: 1.500 hộ hiến đất xây dựng nông thôn mới (29/08/2016)
""", "2016-09-15", "Tọa đàm khoa học về công tác dân vận trong công nhân lao động tại các khu công nghiệp",
E("hoi_nghi", None, "2016-09-14"),
[P("Đỗ Mạnh Hiến", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Phạm Thị Thu Thủy", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Đức Thanh", "TS.", "Phó Hiệu trưởng Trường Đại học Hải Phòng"),
 P("Vũ Văn Hưng", "PGS.TS.", "Trưởng khoa Lý luận chính trị", "Trường Đại học Hải Phòng"),
 P("Trần Thị Lan Anh", "TS.", "giảng viên Khoa Xã hội học", "Học viện Báo chí và Tuyên truyền"),
 P("Nguyễn Văn Khánh", "Chủ tịch Công đoàn Công ty TNHH Regina Miracle"),
 P("Lê Thị Huế", "Bí thư Đảng ủy xã An Hưng"),
 P("Đào Văn Thịnh", "Chủ tịch Liên đoàn Lao động thành phố")],
[Q("8 khu công nghiệp, khu kinh tế", 8, "khu công nghiệp, khu kinh tế"),
 Q("khoảng 120.000 công nhân lao động", 120000, "công nhân lao động", "approx"), Q("gần 65%", 65, "%", "approx"),
 Q("trên 70%", 70, "%", "over"), Q("14 cuộc ngừng việc tập thể", 14, "cuộc ngừng việc tập thể"), Q("6 cuộc", 6, "cuộc"),
 Q("ít nhất 1%", 1, "%", "over"), Q("500 công nhân", 500, "công nhân"), Q("42%", 42, "%"),
 Q("3 cuộc đối thoại định kỳ", 3, "cuộc đối thoại định kỳ"), Q("4,5 triệu đồng", 4500000, "đồng"),
 Q("2.300 công nhân", 2300, "công nhân")],
[D("Kết luận", "79", "KL/TW", "2013-12-25", "Bộ Chính trị", "Kết luận số 79-KL/TW ngày 25/12/2013"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 19-CT/TU")],
[prov("Hải Phòng"), com("An Hưng")],
["HAIPHONG.GOV.VN", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động các cơ quan", "Hải Yến (Cổng TTĐT)",
 "Công tác dân vận trong công nhân lao động tại các khu công nghiệp, khu kinh tế - thực trạng và giải pháp",
 "Nâng cao đời sống văn hóa công nhân lao động", "Trường Đại học Hải Phòng", "Học viện Báo chí và Tuyên truyền"],
["15/09/2016 - 10:05", "Năm 2015"]))
