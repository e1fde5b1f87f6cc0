from lib import *
PAGES = []

PAGES.append(page("b8291-bentre-clb-phunu-khoinghiep-2017", """
BÁO ĐỒNG KHỞI ONLINE
Thời sự > Địa phương > Châu Thành
Thứ Tư, 08/03/2017 - 16:30
Ra mắt Câu lạc bộ "Phụ nữ khởi nghiệp" đầu tiên ở Bến Tre
Ngày 06/3, tại xã Tân Thạch, huyện Châu Thành, Hội LHPN tỉnh Bến Tre tổ chức ra mắt Câu lạc bộ "Phụ nữ khởi nghiệp" với 27 thành viên là chủ cơ sở sản xuất kẹo dừa, bánh tráng, thạch dừa, cây giống và dịch vụ du lịch sinh thái trong tỉnh. Đây là câu lạc bộ phụ nữ khởi nghiệp đầu tiên của tỉnh, ra đời đúng dịp kỷ niệm 107 năm Ngày Quốc tế Phụ nữ 8/3.
Các thành viên Câu lạc bộ ra mắt. Ảnh: Ngọc Hân
Đến dự có bà Huỳnh Thị Kim Xuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Phan Thị Ngọc Trinh, Chủ tịch Hội LHPN tỉnh cùng đại diện Sở Công Thương, Sở Khoa học và Công nghệ, Liên minh Hợp tác xã tỉnh.
Hội nghị đã công bố Quyết định số 09/QĐ-HPN ngày 01/3/2017 của Ban Thường vụ Hội LHPN tỉnh về việc thành lập Câu lạc bộ và Quy chế hoạt động gồm 5 chương, 18 điều. Ban chủ nhiệm gồm 5 người; chị Võ Thị Thanh Tuyền, Giám đốc Công ty TNHH Kẹo dừa Thanh Tuyền được bầu làm Chủ nhiệm; chị Lê Thị Mỹ Dung và chị Đoàn Thị Kiều Oanh - Phó Chủ nhiệm.
Theo bà Phan Thị Ngọc Trinh, năm 2016, các cấp Hội trong tỉnh đã hỗ trợ 412 phụ nữ vay vốn phát triển sản xuất, kinh doanh với tổng số tiền hơn 9,6 tỷ đồng; giới thiệu 38 chị em tham gia các lớp khởi sự doanh nghiệp do tỉnh tổ chức. Tuy nhiên, nhiều chị em còn lúng túng về thủ tục đăng ký nhãn hiệu, mã vạch, thiếu kiến thức thương mại điện tử. Câu lạc bộ sẽ là nơi các thành viên chia sẻ kinh nghiệm, liên kết cung ứng nguyên liệu và cùng tìm thị trường.
Chị Võ Thị Thanh Tuyền chia sẻ, từ 3 chảo nấu kẹo thủ công năm 2009, đến nay cơ sở của chị có xưởng rộng 800 m2, giải quyết việc làm cho 46 lao động, trong đó 39 lao động nữ, doanh thu bình quân khoảng 7 tỷ đồng/năm. "Nếu mỗi chị em trong câu lạc bộ giúp được thêm vài người phụ nữ nghèo có việc làm ở quê thì đã rất ý nghĩa", chị nói.
Phát biểu tại buổi lễ, bà Huỳnh Thị Kim Xuyến đề nghị Hội LHPN tỉnh tham mưu Tỉnh ủy, UBND tỉnh có cơ chế hỗ trợ các thành viên tiếp cận vốn, tập huấn quản trị, nhất là ứng dụng công nghệ trong chế biến sản phẩm từ dừa; nhân rộng mô hình câu lạc bộ ra các huyện Mỏ Cày Nam, Giồng Trôm, Ba Tri trong năm 2017.
Dịp này, Câu lạc bộ trao 10 suất học bổng, mỗi suất 1 triệu đồng cho con của hội viên nghèo hiếu học xã Tân Thạch và trao tặng 20 phần quà cho phụ nữ đơn thân có hoàn cảnh khó khăn.
Ngọc Hân
Tin liên quan
- Hội LHPN tỉnh họp mặt kỷ niệm Ngày Quốc tế Phụ nữ (07/03/2017)
- Mỏ Cày Bắc: chị em trồng rau sạch theo chuẩn VietGAP (01/03/2017)
- Giồng Trôm: tổ tiết kiệm giúp hội viên thoát nghèo (22/02/2017)
""", "2017-03-08", "Ra mắt Câu lạc bộ \"Phụ nữ khởi nghiệp\" đầu tiên ở Bến Tre",
E("khac", None, "2017-03-06"),
[P("Huỳnh Thị Kim Xuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Thị Ngọc Trinh", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Thanh Tuyền", "Giám đốc Công ty TNHH Kẹo dừa Thanh Tuyền", "Chủ nhiệm"),
 P("Lê Thị Mỹ Dung", "Phó Chủ nhiệm"),
 P("Đoàn Thị Kiều Oanh", "Phó Chủ nhiệm")],
[Q("27 thành viên", 27, "thành viên"), Q("5 chương", 5, "chương"), Q("18 điều", 18, "điều"), Q("5 người", 5, "người"),
 Q("412 phụ nữ", 412, "phụ nữ"), Q("hơn 9,6 tỷ đồng", 9600000000, "đồng", "over"), Q("38 chị em", 38, "chị em"),
 Q("3 chảo nấu kẹo thủ công", 3, "chảo nấu kẹo thủ công"), Q("800 m2", 800, "m2"), Q("46 lao động", 46, "lao động"),
 Q("39 lao động nữ", 39, "lao động nữ"), Q("khoảng 7 tỷ đồng/năm", 7000000000, "đồng", "approx"),
 Q("10 suất học bổng", 10, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 phần quà", 20, "phần quà")],
[D("Quyết định", "09", "QĐ-HPN", "2017-03-01", "Ban Thường vụ Hội LHPN tỉnh", "Quyết định số 09/QĐ-HPN ngày 01/3/2017")],
[prov("Bến Tre"), com("Tân Thạch")],
["BÁO ĐỒNG KHỞI ONLINE", "Thời sự > Địa phương > Châu Thành", "Các thành viên Câu lạc bộ ra mắt. Ảnh: Ngọc Hân",
 "Phụ nữ khởi nghiệp", "Câu lạc bộ \"Phụ nữ khởi nghiệp\"", "Công ty TNHH Kẹo dừa Thanh Tuyền"],
["Thứ Tư, 08/03/2017 - 16:30", "107 năm", "8/3", "năm 2009", "năm 2016", "năm 2017"]))

PAGES.append(page("b8292-hatinh-hoinghi-de-an-939-ocop-2018", """
Hội LHPN tỉnh Hà Tĩnh - Trang thông tin điện tử
Trang chủ >> Tin tức >> Phụ nữ khởi nghiệp
14/06/2018 - 10:05
Đồng chí Trần Thị Nga phát biểu tại hội nghị.
Hà Tĩnh: Gắn hỗ trợ phụ nữ khởi nghiệp với Chương trình mỗi xã một sản phẩm
Sáng 12/6, Hội LHPN tỉnh tổ chức hội nghị triển khai Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" gắn với Chương trình "Mỗi xã một sản phẩm" (OCOP) năm 2018. Đồng chí Nguyễn Thị Thanh Hà, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; tham dự có 135 đại biểu là cán bộ Hội chủ chốt các huyện, thị, thành và chủ cơ sở sản xuất, hợp tác xã do nữ làm chủ.
Hội nghị quán triệt Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ phê duyệt Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", Quyết định số 490/QĐ-TTg ngày 07/5/2018 của Thủ tướng Chính phủ phê duyệt Chương trình mỗi xã một sản phẩm giai đoạn 2018 - 2020 và Kế hoạch 92, 93/KH-HPN của Ban Thường vụ Hội LHPN tỉnh triển khai hai văn bản trên.
Theo đó, năm 2018 Hội phấn đấu hỗ trợ ít nhất 30 ý tưởng khởi nghiệp, thành lập mới 15 tổ hợp tác và 5 hợp tác xã do phụ nữ làm chủ; mỗi huyện xây dựng ít nhất 1 sản phẩm của chị em tham gia đánh giá, phân hạng OCOP. Hiện toàn tỉnh có 1.834 hộ phụ nữ làm kinh tế giỏi, 62 doanh nghiệp và 41 hợp tác xã do nữ làm giám đốc.
Thay mặt các Phó Chủ tịch Hội LHPN tỉnh, đồng chí Trần Thị Nga phổ biến nội dung cuộc thi ý tưởng khởi nghiệp cấp tỉnh lần thứ nhất với tổng giá trị giải thưởng 60 triệu đồng; các đồng chí Lê Thị Hòa, Phạm Thị Thu - Phó Chủ tịch Hội LHPN tỉnh giới thiệu kinh nghiệm hỗ trợ chị em tiếp cận gói vay khởi nghiệp từ Ngân hàng Chính sách xã hội, mức vay tối đa 50 triệu đồng/hộ không phải thế chấp tài sản.
Tại hội nghị, chị Đặng Thị Huệ, Giám đốc Hợp tác xã Cam Lộc Thủy ở xã Phú Phong, huyện Hương Khê chia sẻ, hợp tác xã có 26 thành viên, 21 người là nữ, trồng 48 ha cam bù; nhờ liên kết với Hội phụ nữ huyện, năm qua hợp tác xã tiêu thụ khoảng 310 tấn cam, doanh thu 9,3 tỷ đồng. Bà Nguyễn Thị Mai, Chủ tịch Hội LHPN huyện Hương Khê đề nghị có cơ chế hỗ trợ phụ nữ đăng ký nhãn hiệu, thiết kế bao bì cho các sản phẩm như kẹo cu đơ, nhút Thanh Chương, mật ong.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh Hà yêu cầu các cấp Hội nắm chắc nhu cầu khởi nghiệp của hội viên ngay từ chi hội; phối hợp với Văn phòng điều phối nông thôn mới tỉnh để lựa chọn sản phẩm có tiềm năng, tránh làm theo phong trào. Trước ngày 30/7, các huyện báo cáo danh sách ý tưởng đăng ký dự thi về Ban Gia đình - Xã hội và Kinh tế của Hội LHPN tỉnh.
Thúy Hằng
Xem thêm
- Hương Sơn: phụ nữ làm giàu từ nuôi hươu (06/06/2018)
- Nghi Xuân ra mắt mô hình "Phụ nữ với sản phẩm sạch" (28/05/2018)
- Trao vốn vay khởi nghiệp cho 20 hội viên Cẩm Xuyên (15/05/2018)
""", "2018-06-14", "Hà Tĩnh: Gắn hỗ trợ phụ nữ khởi nghiệp với Chương trình mỗi xã một sản phẩm",
E("hoi_nghi", "2018", "2018-06-12"),
[P("Trần Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thanh Hà", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Hòa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đặng Thị Huệ", "Giám đốc Hợp tác xã Cam Lộc Thủy"),
 P("Nguyễn Thị Mai", "Chủ tịch Hội LHPN huyện Hương Khê")],
[Q("135 đại biểu", 135, "đại biểu"), Q("ít nhất 30 ý tưởng khởi nghiệp", 30, "ý tưởng khởi nghiệp", "over"),
 Q("15 tổ hợp tác", 15, "tổ hợp tác"), Q("5 hợp tác xã", 5, "hợp tác xã"), Q("1.834 hộ phụ nữ làm kinh tế giỏi", 1834, "hộ phụ nữ"),
 Q("62 doanh nghiệp", 62, "doanh nghiệp"), Q("41 hợp tác xã", 41, "hợp tác xã"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("tối đa 50 triệu đồng/hộ", 50000000, "đồng"), Q("26 thành viên", 26, "thành viên"), Q("21 người", 21, "người"),
 Q("48 ha", 48, "ha"), Q("khoảng 310 tấn", 310, "tấn", "approx"), Q("9,3 tỷ đồng", 9300000000, "đồng")],
[D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Quyết định", "490", "QĐ-TTg", "2018-05-07", "Thủ tướng Chính phủ", "Quyết định số 490/QĐ-TTg ngày 07/5/2018"),
 D("Kế hoạch", "92", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 92, 93/KH-HPN của Ban Thường vụ Hội LHPN tỉnh"),
 D("Kế hoạch", "93", "KH-HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 92, 93/KH-HPN của Ban Thường vụ Hội LHPN tỉnh")],
[prov("Hà Tĩnh"), com("Phú Phong")],
["Hội LHPN tỉnh Hà Tĩnh - Trang thông tin điện tử", "Trang chủ >> Tin tức >> Phụ nữ khởi nghiệp",
 "Đồng chí Trần Thị Nga phát biểu tại hội nghị.", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Mỗi xã một sản phẩm",
 "OCOP", "Hợp tác xã Cam Lộc Thủy", "nhút Thanh Chương"],
["14/06/2018 - 10:05", "năm 2018", "2017 - 2025", "2018 - 2020", "lần thứ nhất", "1 sản phẩm", "30/7"]))

PAGES.append(page("b8293-bacgiang-hlhpn-giamsat-tindung-2019", """
Báo Bắc Giang
Chính trị - Xã hội › Đoàn thể
Cập nhật lúc 08:45 ngày 27/08/2019
Hội LHPN tỉnh giám sát việc thực hiện chính sách tín dụng ưu đãi tại Lục Ngạn
(BGĐT) - Ngày 23/8, Đoàn giám sát của Ban Thường vụ Hội LHPN tỉnh do bà Nguyễn Thị Hương, Phó Chủ tịch Thường trực Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tín dụng ưu đãi đối với hộ nghèo và các đối tượng chính sách do Hội nhận ủy thác tại huyện Lục Ngạn năm 2019.
Đoàn giám sát làm việc tại xã Biên Sơn.
Cuộc giám sát thực hiện theo Quyết định số 127-QĐ/HPN ngày 02/8/2019 của Ban Thường vụ Hội LHPN tỉnh và Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Thành viên đoàn gồm đại diện Ban Kiểm tra, Ban Tuyên giáo và Ban Gia đình - Xã hội Hội LHPN tỉnh, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện.
Đoàn đã kiểm tra trực tiếp 4 tổ tiết kiệm và vay vốn ở các xã Biên Sơn, Tân Hoa, Phượng Sơn và đối chiếu sổ sách của 36 hộ vay. Theo báo cáo của Hội LHPN huyện Lục Ngạn, đến 31/7/2019, Hội quản lý 109 tổ với 5.218 hộ vay, tổng dư nợ 243,6 tỷ đồng; nợ quá hạn 152 triệu đồng, chiếm 0,06%. Các tổ đã được kiện toàn, bình xét cho vay công khai; nhiều hộ dùng vốn trồng vải thiều VietGAP, nuôi gà đồi, có thu nhập 80 - 100 triệu đồng/năm.
Bà Hoàng Thị Thủy, Chủ tịch Hội LHPN huyện, cho biết qua rà soát vẫn còn 11 hộ sử dụng vốn sai mục đích, chủ yếu chuyển sang mua xe máy, sửa nhà; 3 tổ trưởng chưa thu lãi đúng quy định, để tồn quỹ lâu ngày. Chị La Thị Nhung, dân tộc Nùng, tổ trưởng tổ vay vốn thôn Khuôn Thần, xã Kiên Lao, chia sẻ: tổ có 52 thành viên, đã thu tiết kiệm hơn 180 triệu đồng, không có nợ quá hạn trong 4 năm liền.
Kết luận buổi giám sát, bà Nguyễn Thị Hương ghi nhận Hội LHPN huyện đã làm tốt vai trò cầu nối giữa ngân hàng với hộ vay, đồng thời đề nghị chấn chỉnh ngay những tổ sinh hoạt hình thức, xử lý dứt điểm 11 hộ sử dụng vốn sai mục đích trước ngày 30/9; tăng cường kiểm tra, giám sát của cơ sở Hội. Đoàn giám sát sẽ tổng hợp kiến nghị gửi Ban Thường vụ Huyện ủy, UBND huyện và Chi nhánh Ngân hàng Chính sách xã hội tỉnh.
Năm 2019, Ban Thường vụ Hội LHPN tỉnh tổ chức 3 cuộc giám sát chuyên đề về tín dụng chính sách tại các huyện Lục Ngạn, Sơn Động và Yên Thế.
Minh Thu
Tin cùng chuyên mục
- Yên Thế: hội viên phụ nữ vay vốn nuôi gà đồi (20/08/2019)
- Tập huấn nghiệp vụ giám sát cho cán bộ Hội cơ sở (12/08/2019)
- Lạng Giang ra mắt 6 tổ hợp tác của chị em (05/08/2019)
""", "2019-08-27", "Hội LHPN tỉnh giám sát việc thực hiện chính sách tín dụng ưu đãi tại Lục Ngạn",
E("giam_sat", "2019", "2019-08-23"),
[P("Nguyễn Thị Hương", "Phó Chủ tịch Thường trực Hội LHPN tỉnh", "trưởng đoàn"),
 P("Hoàng Thị Thủy", "Chủ tịch Hội LHPN huyện"),
 P("La Thị Nhung", "tổ trưởng tổ vay vốn thôn Khuôn Thần")],
[Q("4 tổ tiết kiệm và vay vốn", 4, "tổ tiết kiệm và vay vốn"), Q("36 hộ", 36, "hộ"), Q("109 tổ", 109, "tổ"),
 Q("5.218 hộ", 5218, "hộ"), Q("243,6 tỷ đồng", 243600000000, "đồng"), Q("152 triệu đồng", 152000000, "đồng"),
 Q("0,06%", 0.06, "%"), Q("80 - 100 triệu đồng/năm", 80000000, "đồng"), Q("80 - 100 triệu đồng/năm", 100000000, "đồng"),
 Q("11 hộ", 11, "hộ"), Q("3 tổ trưởng", 3, "tổ trưởng"), Q("52 thành viên", 52, "thành viên"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("3 cuộc giám sát chuyên đề", 3, "cuộc giám sát chuyên đề")],
[D("Quyết định", "127", "QĐ/HPN", "2019-08-02", "Ban Thường vụ Hội LHPN tỉnh", "Quyết định số 127-QĐ/HPN ngày 02/8/2019"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị")],
[prov("Bắc Giang"), com("Biên Sơn"), com("Tân Hoa"), com("Phượng Sơn"), com("Kiên Lao")],
["Báo Bắc Giang", "Chính trị - Xã hội › Đoàn thể", "(BGĐT)", "Đoàn giám sát làm việc tại xã Biên Sơn.",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"],
["Cập nhật lúc 08:45 ngày 27/08/2019", "31/7/2019", "4 năm", "30/9", "Năm 2019"]))

PAGES.append(page("b8294-camau-hlhpn-baocao-khoinghiep-2020", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ | Văn bản - Báo cáo | Kinh tế - Khởi nghiệp
Ngày 30/12/2020
Kết quả hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2020
Ban Thường vụ Hội LHPN tỉnh Cà Mau vừa ban hành Báo cáo số 215/BC-HPN ngày 28/12/2020 về kết quả công tác hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2020. Trang thông tin điện tử Hội trích đăng những nội dung chính.
I. Kết quả đạt được
1. Hỗ trợ vốn: Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và hạn mặn, các cấp Hội đã phối hợp giải ngân vốn ủy thác từ Ngân hàng Chính sách xã hội cho 4.726 lượt hộ vay với số tiền 168,2 tỷ đồng; vốn từ các nguồn do Hội quản lý (tiết kiệm, quỹ hội, Quỹ Tình thương - TYM) cho 2.305 lượt hội viên vay, tổng số tiền trên 41 tỷ đồng. Tổng dư nợ ủy thác qua Hội đến ngày 30/11/2020 là 1.286 tỷ đồng, chiếm 38,2% dư nợ của Chi nhánh.
2. Hỗ trợ khởi nghiệp: Thực hiện Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 56/KH-UBND ngày 14/5/2018 của UBND tỉnh, Hội đã tổ chức Cuộc thi "Phụ nữ Cà Mau khởi nghiệp" lần thứ hai, thu hút 74 ý tưởng dự thi; trao 12 giải, tổng giá trị 85 triệu đồng. Có 9 dự án khởi nghiệp được kết nối vay vốn với số tiền 1,35 tỷ đồng. Toàn tỉnh đã thành lập 21 câu lạc bộ phụ nữ khởi nghiệp với 486 thành viên.
3. Sản phẩm OCOP: Hội hỗ trợ 17 chủ thể là phụ nữ hoàn thiện hồ sơ tham gia Chương trình OCOP; có 8 sản phẩm do phụ nữ làm chủ được công nhận đạt 3 sao, 2 sản phẩm đạt 4 sao như mắm ba khía, khô cá lóc, mật ong rừng U Minh Hạ, bánh phồng tôm. Hội thành lập mới 14 tổ hợp tác và 3 hợp tác xã do phụ nữ quản lý.
4. Đào tạo nghề, tạo việc làm: Phối hợp mở 32 lớp dạy nghề cho 956 lao động nữ; giới thiệu việc làm cho khoảng 1.400 lao động nữ; giúp 623 hộ do phụ nữ làm chủ thoát nghèo.
II. Hạn chế
Một số cơ sở Hội còn lúng túng trong hướng dẫn chị em xây dựng phương án kinh doanh; sản phẩm của phụ nữ chủ yếu quy mô hộ gia đình, bao bì đơn giản, khó vào siêu thị. Tỷ lệ chủ thể OCOP là nữ mới chiếm khoảng 35%.
III. Nhiệm vụ năm 2021
Phấn đấu hỗ trợ ít nhất 40 phụ nữ khởi nghiệp, mỗi huyện có từ 1 đến 2 sản phẩm OCOP do phụ nữ làm chủ; duy trì tỷ lệ nợ quá hạn dưới mức của ngân hàng; tiếp tục thực hiện Nghị quyết số 05-NQ/HPN ngày 10/01/2020 của Ban Chấp hành Hội LHPN tỉnh về nâng cao hiệu quả hoạt động tổ tiết kiệm và vay vốn.
Báo cáo do bà Lý Thị Cẩm Hồng, Phó Chủ tịch Hội LHPN tỉnh ký.
Ban Kinh tế
Lượt truy cập: 25.318
Tin khác
- Hội LHPN tỉnh trao 50 suất quà cho phụ nữ vùng hạn mặn (22/12/2020)
- Đầm Dơi: phụ nữ làm giàu từ nuôi tôm quảng canh cải tiến (15/12/2020)
- Năm Căn: ra mắt câu lạc bộ phụ nữ khởi nghiệp (08/12/2020)
""", "2020-12-30", "Kết quả hỗ trợ phụ nữ khởi nghiệp, phát triển kinh tế năm 2020",
E("bao_cao", "2020", "2020-12-28"),
[P("Lý Thị Cẩm Hồng", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("4.726 lượt hộ", 4726, "lượt hộ"), Q("168,2 tỷ đồng", 168200000000, "đồng"), Q("2.305 lượt hội viên", 2305, "lượt hội viên"),
 Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"), Q("1.286 tỷ đồng", 1286000000000, "đồng"), Q("38,2%", 38.2, "%"),
 Q("74 ý tưởng", 74, "ý tưởng"), Q("12 giải", 12, "giải"), Q("85 triệu đồng", 85000000, "đồng"),
 Q("9 dự án khởi nghiệp", 9, "dự án khởi nghiệp"), Q("1,35 tỷ đồng", 1350000000, "đồng"),
 Q("21 câu lạc bộ phụ nữ khởi nghiệp", 21, "câu lạc bộ phụ nữ khởi nghiệp"), Q("486 thành viên", 486, "thành viên"),
 Q("17 chủ thể", 17, "chủ thể"), Q("8 sản phẩm", 8, "sản phẩm"), Q("2 sản phẩm", 2, "sản phẩm"),
 Q("14 tổ hợp tác", 14, "tổ hợp tác"), Q("3 hợp tác xã", 3, "hợp tác xã"), Q("32 lớp dạy nghề", 32, "lớp dạy nghề"),
 Q("956 lao động nữ", 956, "lao động nữ"), Q("khoảng 1.400 lao động nữ", 1400, "lao động nữ", "approx"),
 Q("623 hộ", 623, "hộ"), Q("khoảng 35%", 35, "%", "approx"), Q("ít nhất 40 phụ nữ", 40, "phụ nữ", "over"),
 Q("từ 1 đến 2 sản phẩm OCOP", 1, "sản phẩm OCOP"), Q("từ 1 đến 2 sản phẩm OCOP", 2, "sản phẩm OCOP")],
[D("Báo cáo", "215", "BC-HPN", "2020-12-28", "Ban Thường vụ Hội LHPN tỉnh Cà Mau", "Báo cáo số 215/BC-HPN ngày 28/12/2020"),
 D("Quyết định", "939", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 939/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "56", "KH-UBND", "2018-05-14", "UBND tỉnh", "Kế hoạch số 56/KH-UBND ngày 14/5/2018 của UBND tỉnh"),
 D("Nghị quyết", "05", "NQ/HPN", "2020-01-10", "Ban Chấp hành Hội LHPN tỉnh", "Nghị quyết số 05-NQ/HPN ngày 10/01/2020")],
[prov("Cà Mau")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ | Văn bản - Báo cáo | Kinh tế - Khởi nghiệp", "Phụ nữ Cà Mau khởi nghiệp",
 "Quỹ Tình thương - TYM", "OCOP", "Chương trình OCOP", "Ban Kinh tế", "Lượt truy cập: 25.318", "Covid-19"],
["Ngày 30/12/2020", "Năm 2020", "năm 2020", "30/11/2020", "lần thứ hai", "3 sao", "4 sao", "năm 2021", "Covid-19",
 "Lượt truy cập: 25.318"]))

PAGES.append(page("b8295-hoabinh-daihoi-phunu-maichau-2021", """
Báo Hòa Bình điện tử
Chính trị / Xây dựng Đảng - Đoàn thể
20/05/2021 06:30
Đại hội đại biểu Phụ nữ huyện Mai Châu lần thứ XXIII, nhiệm kỳ 2021 - 2026
Trong 2 ngày 18 - 19/5, Hội LHPN huyện Mai Châu tổ chức Đại hội đại biểu Phụ nữ huyện lần thứ XXIII, nhiệm kỳ 2021 - 2026. Dự đại hội có đồng chí Bùi Thị Minh Hoài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Thị Kim Thu, Chủ tịch Hội LHPN tỉnh; đồng chí Hà Văn Thuận, Bí thư Huyện ủy Mai Châu cùng 150 đại biểu đại diện cho hơn 11.200 hội viên phụ nữ trong huyện.
Các đại biểu biểu quyết thông qua Nghị quyết đại hội.
Nhiệm kỳ 2016 - 2021, phong trào phụ nữ huyện Mai Châu có bước phát triển toàn diện. Các cấp Hội đã phối hợp giúp 2.184 lượt hội viên vay vốn với tổng dư nợ ủy thác đạt 187,5 tỷ đồng; thành lập 19 tổ hợp tác, 4 hợp tác xã do phụ nữ làm chủ trong lĩnh vực dệt thổ cẩm, du lịch cộng đồng và chế biến nông sản. Nhiều sản phẩm của chị em người Thái ở bản Lác, bản Pom Coọng như khăn piêu, túi thổ cẩm, rượu cần đã đạt chứng nhận OCOP 3 sao. Tỷ lệ hộ nghèo có chủ hộ là phụ nữ giảm từ 21,4% xuống còn 8,7%.
Thực hiện Nghị quyết số 08-NQ/HU ngày 15/9/2016 của Ban Chấp hành Đảng bộ huyện về phát triển du lịch và Kết luận 14, 15-KL/HU của Ban Thường vụ Huyện ủy, Hội LHPN huyện đã vận động 312 hộ hội viên làm du lịch homestay, đón hơn 64.000 lượt khách mỗi năm trước khi có dịch Covid-19.
Đại hội đề ra 12 chỉ tiêu cho nhiệm kỳ 2021 - 2026, trong đó phấn đấu hằng năm hỗ trợ ít nhất 15 phụ nữ khởi nghiệp, 100% cơ sở Hội có mô hình tiết kiệm; mỗi xã, thị trấn có ít nhất 1 tổ hợp tác do phụ nữ quản lý.
Phát biểu chỉ đạo, đồng chí Bùi Thị Minh Hoài đề nghị Hội LHPN huyện tiếp tục phát huy lợi thế du lịch, giữ gìn bản sắc văn hóa dân tộc Thái gắn với phát triển sản phẩm của chị em; quan tâm đào tạo, bồi dưỡng cán bộ Hội là người dân tộc thiểu số.
Đại hội đã bầu Ban Chấp hành Hội LHPN huyện khóa XXIII gồm 27 đồng chí. Tại hội nghị lần thứ nhất, đồng chí Hà Thị Yến được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN huyện khóa XXIII; các đồng chí Xa Thị Hiền, Lò Thị Thanh được bầu làm Phó Chủ tịch. Đại hội cũng bầu 6 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ tỉnh lần thứ XVIII.
Chia tay Ban Chấp hành khóa XXII, đồng chí Lường Thị Xuân, nguyên Chủ tịch Hội LHPN huyện, bày tỏ mong muốn lớp cán bộ mới đẩy mạnh chuyển đổi số, đưa khăn piêu, túi thổ cẩm của chị em lên các sàn thương mại điện tử.
Đinh Thắng
Tin liên quan
- Đại hội đại biểu Phụ nữ thành phố Hòa Bình lần thứ XXIV (14/05/2021)
- Lạc Sơn: phụ nữ Mường giữ nghề dệt (06/05/2021)
- Hội LHPN tỉnh kiểm tra công tác chuẩn bị đại hội cấp huyện (28/04/2021)
""", "2021-05-20", "Đại hội đại biểu Phụ nữ huyện Mai Châu lần thứ XXIII, nhiệm kỳ 2021 - 2026",
E("dai_hoi", None, "2021-05-18"),
[P("Bùi Thị Minh Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Kim Thu", "Chủ tịch Hội LHPN tỉnh"),
 P("Hà Văn Thuận", "Bí thư Huyện ủy Mai Châu"),
 P("Hà Thị Yến", "Chủ tịch Hội LHPN huyện khóa XXIII"),
 P("Xa Thị Hiền", "Phó Chủ tịch"),
 P("Lò Thị Thanh", "Phó Chủ tịch"),
 P("Lường Thị Xuân", "nguyên Chủ tịch Hội LHPN huyện")],
[Q("150 đại biểu", 150, "đại biểu"), Q("hơn 11.200 hội viên phụ nữ", 11200, "hội viên phụ nữ", "over"),
 Q("2.184 lượt hội viên", 2184, "lượt hội viên"), Q("187,5 tỷ đồng", 187500000000, "đồng"), Q("19 tổ hợp tác", 19, "tổ hợp tác"),
 Q("4 hợp tác xã", 4, "hợp tác xã"), Q("21,4%", 21.4, "%"), Q("8,7%", 8.7, "%"), Q("312 hộ hội viên", 312, "hộ hội viên"),
 Q("hơn 64.000 lượt khách", 64000, "lượt khách", "over"), Q("12 chỉ tiêu", 12, "chỉ tiêu"),
 Q("ít nhất 15 phụ nữ", 15, "phụ nữ", "over"), Q("100% cơ sở Hội", 100, "%"), Q("ít nhất 1 tổ hợp tác", 1, "tổ hợp tác", "over"),
 Q("27 đồng chí", 27, "đồng chí"), Q("6 đại biểu chính thức", 6, "đại biểu chính thức")],
[D("Nghị quyết", "08", "NQ/HU", "2016-09-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 08-NQ/HU ngày 15/9/2016"),
 D("Kết luận", "14", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU của Ban Thường vụ Huyện ủy"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU của Ban Thường vụ Huyện ủy")],
[prov("Hòa Bình")],
["Báo Hòa Bình điện tử", "Chính trị / Xây dựng Đảng - Đoàn thể", "Các đại biểu biểu quyết thông qua Nghị quyết đại hội.",
 "OCOP", "Covid-19"],
["20/05/2021 06:30", "lần thứ XXIII", "2021 - 2026", "2016 - 2021", "2 ngày", "3 sao", "27 đồng chí", "lần thứ nhất",
 "khóa XXIII", "lần thứ XVIII", "khóa XXII"]))

PAGES.append(page("b8296-gialai-hlhpn-traobo-jrai-2021", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội » Phụ nữ
Thứ Sáu, 15/10/2021, 07:50
Hội LHPN tỉnh trao 40 con bò giống cho phụ nữ Jrai nghèo ở Ia Pa
(GLO) - Nhân kỷ niệm 91 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2021), ngày 13/10, Hội LHPN tỉnh Gia Lai phối hợp với Công ty cổ phần Đường Quảng Ngãi - Nhà máy Đường An Khê trao 40 con bò giống cho 40 hội viên phụ nữ nghèo người Jrai ở các xã Ia Trok, Ia Mrơn, huyện Ia Pa. Mỗi con bò trị giá 13,5 triệu đồng; tổng trị giá 540 triệu đồng.
Cùng dự có các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Rơ Mah H'Nhung, Nguyễn Thị Thanh Lịch; ông Nay Y Blim, HUV, Phó Chủ tịch UBND huyện Ia Pa.
Lãnh đạo Hội LHPN tỉnh trao bò cho hội viên xã Ia Trok. Ảnh: Phương Duyên
Theo bà Rơ Mah H'Nhung, trong 2 năm 2020 - 2021, do ảnh hưởng dịch Covid-19, nhiều chị em mất việc làm thời vụ, thu nhập giảm sút. Hội đã rà soát, lựa chọn những hội viên có sức lao động, có chuồng trại và đất trồng cỏ nhưng chưa có vốn để hỗ trợ. Các hộ nhận bò ký cam kết chăm sóc, không bán bò; sau 30 tháng sẽ chuyển 1 con bê cho hội viên khác trong buôn theo hình thức "quay vòng".
Bà Ksor H'Bướp, Chủ tịch Hội LHPN huyện Ia Pa cho biết, huyện hiện có 1.562 hộ nghèo, trong đó 1.208 hộ là đồng bào dân tộc thiểu số; Hội đang quản lý 43 tổ tiết kiệm và vay vốn với dư nợ 71,4 tỷ đồng, nợ quá hạn khoảng 0,9%. Từ năm 2017 đến nay, huyện đã nhân rộng mô hình "Ngân hàng bò" với 126 con, giúp 58 hộ thoát nghèo.
Chị Siu H'Lem, buôn Bi Gia, xã Ia Trok xúc động: "Nhà mình có 4 đứa con, chồng đi làm thuê ở Đắk Lắk mấy tháng nay chưa về được vì dịch. Có con bò này, mình sẽ chăm cho đẻ để có vốn cho con đi học".
Trước khi trao bò, cán bộ Thú y huyện đã hướng dẫn chị em cách làm chuồng cao ráo, trồng cỏ VA06, tiêm phòng lở mồm long móng và tụ huyết trùng. Hội LHPN các xã sẽ phân công chi hội trưởng theo dõi từng hộ, mỗi quý báo cáo một lần về tình hình đàn bò; hộ nào gặp khó khăn sẽ được tổ tiết kiệm trong buôn hỗ trợ ngày công, thức ăn.
Cùng dịp, Hội LHPN tỉnh trao 100 suất quà, mỗi suất gồm 10 kg gạo và nhu yếu phẩm trị giá 350.000 đồng cho phụ nữ nghèo, phụ nữ đơn thân trên địa bàn huyện; trao 2 sinh kế gồm máy khâu và vốn 5 triệu đồng cho chị em khuyết tật.
Việc hỗ trợ nằm trong Kế hoạch số 112/KH-HPN ngày 25/3/2021 của Ban Thường vụ Hội LHPN tỉnh về hỗ trợ phụ nữ nghèo, phụ nữ dân tộc thiểu số phát triển kinh tế, thực hiện Đề án 938 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027".
Phương Duyên
Tin liên quan
- Chư Sê: hội viên vay vốn trồng hồ tiêu, cà phê (08/10/2021)
- Phụ nữ Kbang ra mắt tổ hợp tác dệt thổ cẩm (29/09/2021)
- Hội LHPN tỉnh hỗ trợ phụ nữ bị ảnh hưởng dịch Covid-19 (17/09/2021)
""", "2021-10-15", "Hội LHPN tỉnh trao 40 con bò giống cho phụ nữ Jrai nghèo ở Ia Pa",
E("trao_qua", None, "2021-10-13"),
[P("Rơ Mah H'Nhung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Thanh Lịch", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nay Y Blim", "HUV", "Phó Chủ tịch UBND huyện Ia Pa"),
 P("Ksor H'Bướp", "Chủ tịch Hội LHPN huyện Ia Pa"),
 P("Siu H'Lem")],
[Q("40 con bò giống", 40, "con bò giống"), Q("40 hội viên phụ nữ nghèo", 40, "hội viên phụ nữ nghèo"),
 Q("13,5 triệu đồng", 13500000, "đồng"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("1.562 hộ nghèo", 1562, "hộ nghèo"), Q("1.208 hộ", 1208, "hộ"), Q("43 tổ tiết kiệm và vay vốn", 43, "tổ tiết kiệm và vay vốn"),
 Q("71,4 tỷ đồng", 71400000000, "đồng"), Q("khoảng 0,9%", 0.9, "%", "approx"), Q("126 con", 126, "con"), Q("58 hộ", 58, "hộ"),
 Q("4 đứa con", 4, "đứa con"), Q("100 suất quà", 100, "suất quà"), Q("10 kg", 10, "kg"), Q("350.000 đồng", 350000, "đồng"),
 Q("2 sinh kế", 2, "sinh kế"), Q("5 triệu đồng", 5000000, "đồng")],
[D("Kế hoạch", "112", "KH-HPN", "2021-03-25", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 112/KH-HPN ngày 25/3/2021"),
 D("Đề án", "938", None, None, None, "Đề án 938")],
[prov("Gia Lai"), com("Ia Trok"), com("Ia Mrơn")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội » Phụ nữ", "(GLO)", "Lãnh đạo Hội LHPN tỉnh trao bò cho hội viên xã Ia Trok. Ảnh: Phương Duyên",
 "Ngân hàng bò", "Công ty cổ phần Đường Quảng Ngãi - Nhà máy Đường An Khê", "Covid-19",
 "Tuyên truyền, giáo dục, vận động, hỗ trợ phụ nữ tham gia giải quyết một số vấn đề xã hội liên quan đến phụ nữ giai đoạn 2017 - 2027"],
["Thứ Sáu, 15/10/2021, 07:50", "91 năm", "20/10/1930 - 20/10/2021", "2 năm", "30 tháng", "năm 2017", "1 con bê"]))
