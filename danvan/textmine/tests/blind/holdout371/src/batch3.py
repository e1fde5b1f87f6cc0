from lib import *
PAGES = []

PAGES.append(page("b8873-quangtri-tinhuy-baocao-2021", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị › Xây dựng Đảng
Thứ Năm, 25/03/2021, 15:30
Thường trực Tỉnh ủy nghe báo cáo về Quỹ hỗ trợ nông dân và vốn ủy thác
Chiều 24/3, Thường trực Tỉnh ủy Quảng Trị làm việc với Đảng đoàn Hội Nông dân tỉnh, nghe báo cáo kết quả hoạt động Quỹ hỗ trợ nông dân, công tác ủy thác vốn vay và tham gia đào tạo nghề cho lao động nông thôn năm 2020. Đồng chí Hoàng Đức Minh, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc.
Đồng chí Hoàng Đức Minh phát biểu kết luận buổi làm việc.
Báo cáo do đồng chí Lê Thị Thanh Hương, Tỉnh ủy viên, Bí thư Đảng đoàn, Chủ tịch Hội Nông dân tỉnh trình bày cho biết: năm 2020, dù chịu thiệt hại nặng nề do đợt mưa lũ lịch sử tháng 10, các cấp Hội vẫn vận động tăng trưởng Quỹ hỗ trợ nông dân thêm 2,36 tỷ đồng, nâng tổng nguồn quỹ lên 30,8 tỷ đồng. Hội đã chủ động gia hạn thời gian trả nợ cho 215 hộ vay bị thiệt hại, đồng thời giải ngân mới 4,9 tỷ đồng cho 168 hộ khôi phục sản xuất.
Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.280 tỷ đồng với 31.560 hộ vay, tỷ lệ nợ quá hạn 0,08%. Hội phối hợp mở 31 lớp dạy nghề cho 930 lao động nông thôn, trong đó có 276 học viên là đồng bào Vân Kiều, Pa Kô ở các huyện Hướng Hóa, Đakrông.
Tại buổi làm việc, đồng chí Hồ Văn Lai, Phó Chủ tịch Hội Nông dân tỉnh, nêu những khó khăn: nguồn quỹ cấp xã còn nhỏ, bình quân chỉ khoảng 45 triệu đồng/xã; một số dự án vay chăn nuôi bị mất trắng sau lũ. Đồng chí Nguyễn Văn Hùng, Trưởng Ban Dân vận Tỉnh ủy đề nghị Hội tiếp tục tham mưu thực hiện Kết luận số 61-KL/TW của Ban Bí thư và Chỉ thị số 40-CT/TW về tín dụng chính sách xã hội.
Kết luận buổi làm việc, đồng chí Hoàng Đức Minh đánh giá cao kết quả Hội đạt được trong năm 2020; đề nghị Đảng đoàn Hội Nông dân tỉnh xây dựng đề án phát triển Quỹ hỗ trợ nông dân giai đoạn 2021 - 2025, phấn đấu đến năm 2025 tổng nguồn quỹ đạt trên 50 tỷ đồng. Thường trực Tỉnh ủy giao UBND tỉnh xem xét bổ sung 5 tỷ đồng từ ngân sách cho Quỹ theo Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ; giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo kết luận số 256-TB/TU của Thường trực Tỉnh ủy sau buổi làm việc.
Theo báo cáo, trong năm 2020, từ nguồn vốn vay và kiến thức học nghề, có 426 hộ hội viên thoát nghèo; 2.140 hộ đạt danh hiệu sản xuất, kinh doanh giỏi cấp tỉnh.
Minh Đức
Tin liên quan
- Hội Nông dân tỉnh trao 150 con bò giống cho hộ bị lũ cuốn trôi (15/03/2021)
- Hướng Hóa: dạy nghề trồng cà phê cho 60 lao động Vân Kiều (04/03/2021)
- Đakrông: 40 hộ được vay vốn Quỹ hỗ trợ nông dân nuôi dê (22/02/2021)
""", "2021-03-25", "Thường trực Tỉnh ủy nghe báo cáo về Quỹ hỗ trợ nông dân và vốn ủy thác",
E("bao_cao", "2020", "2021-03-24"),
[P("Hoàng Đức Minh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Thanh Hương", "Tỉnh ủy viên", "Bí thư Đảng đoàn", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hồ Văn Lai", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Hùng", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("2,36 tỷ đồng", 2360000000, "đồng"), Q("30,8 tỷ đồng", 30800000000, "đồng"), Q("215 hộ", 215, "hộ"),
 Q("4,9 tỷ đồng", 4900000000, "đồng"), Q("168 hộ", 168, "hộ"), Q("1.280 tỷ đồng", 1280000000000, "đồng"),
 Q("31.560 hộ", 31560, "hộ"), Q("0,08%", 0.08, "%"), Q("31 lớp dạy nghề", 31, "lớp dạy nghề"),
 Q("930 lao động nông thôn", 930, "lao động nông thôn"), Q("276 học viên", 276, "học viên"),
 Q("khoảng 45 triệu đồng", 45000000, "đồng", "approx"), Q("trên 50 tỷ đồng", 50000000000, "đồng", "over"),
 Q("5 tỷ đồng", 5000000000, "đồng"), Q("426 hộ hội viên", 426, "hộ hội viên"), Q("2.140 hộ", 2140, "hộ")],
[D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận số 61-KL/TW"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW"),
 D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011"),
 D("Thông báo kết luận", "256", "TB/TU", None, "Thường trực Tỉnh ủy", "Thông báo kết luận số 256-TB/TU")],
[prov("Quảng Trị")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị › Xây dựng Đảng", "Đồng chí Hoàng Đức Minh phát biểu kết luận buổi làm việc.",
 "Quỹ hỗ trợ nông dân"],
["Thứ Năm, 25/03/2021, 15:30", "năm 2020", "tháng 10", "giai đoạn 2021 - 2025", "năm 2025"]))

PAGES.append(page("b8874-phutho-bdv-giaoban-2021", """
BAN DÂN VẬN TỈNH ỦY PHÚ THỌ
Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
T3, 05/10/2021 - 09:10
Giao ban khối dân vận tháng 9: hỗ trợ lao động về quê học nghề, vay vốn
Sáng 4/10, Ban Dân vận Tỉnh ủy Phú Thọ tổ chức giao ban công tác dân vận tháng 9/2021 theo hình thức trực tuyến đến 13 điểm cầu huyện, thành, thị. Đồng chí Đinh Thị Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Theo báo cáo, sau đợt giãn cách xã hội ở các tỉnh phía Nam, đã có hơn 6.800 lao động trở về Phú Thọ, phần lớn là lao động nông thôn làm việc tại các khu công nghiệp. Thực hiện Kế hoạch số 115-KH/BDVTU ngày 10/9/2021 của Ban Dân vận Tỉnh ủy, các đoàn thể đã nắm tình hình, hướng dẫn 1.240 người đăng ký học nghề và 865 người đăng ký vay vốn tạo việc làm.
Đồng chí Bùi Văn Mến, Chủ tịch Hội Nông dân tỉnh, cho biết trong tháng, Hội giải ngân 2,8 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 9 dự án với 96 hộ, ưu tiên hộ có người lao động từ phía Nam trở về; phối hợp Trường Cao đẳng nghề Phú Thọ mở 4 lớp đào tạo nghề chăn nuôi, trồng chè, may công nghiệp cho 140 học viên. Đồng chí Hà Thị Lan Anh, Phó Chủ tịch Thường trực Hội LHPN tỉnh, thông tin Hội giới thiệu 320 hội viên vay vốn ủy thác với tổng số tiền 14,5 tỷ đồng.
Các đồng chí Trưởng Ban Dân vận Huyện ủy: Đinh Công Sứ (Thanh Sơn), Hà Văn Thắng (Yên Lập), Đinh Thị Thu Hà (Tân Sơn) báo cáo tình hình ở các xã miền núi; một số xã còn thiếu nguồn vốn cho vay, nhiều lao động chưa muốn học nghề vì cần thu nhập ngay. Đồng chí Nguyễn Quang Huy, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, cho biết đến cuối tháng 9, tổng dư nợ đạt 5.460 tỷ đồng, riêng chương trình cho vay giải quyết việc làm tăng 48 tỷ đồng; mức cho vay tối đa 100 triệu đồng/lao động.
Kết luận giao ban, đồng chí Đinh Thị Lợi yêu cầu khối dân vận thực hiện nghiêm Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19; phối hợp Sở Lao động - Thương binh và Xã hội kết nối việc làm cho ít nhất 3.000 lao động trong quý IV. Đồng chí cũng đề nghị các huyện nhân rộng mô hình "Dân vận khéo" hỗ trợ lao động về quê khởi nghiệp.
Trong tháng 9, toàn khối tổ chức 2 hội nghị trực tuyến, 28 buổi tuyên truyền và tặng 1.560 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn.
Ngọc Hà
Tin khác
- Thanh Sơn: 35 lao động về quê được vay vốn chăn nuôi (28/09/2021)
- Ban Dân vận Tỉnh ủy giao ban tháng 8/2021 (06/09/2021)
- Hội Nông dân tỉnh trao 100 suất quà cho nông dân khó khăn (25/08/2021)
""", "2021-10-05", "Giao ban khối dân vận tháng 9: hỗ trợ lao động về quê học nghề, vay vốn",
E("giao_ban", "2021-09", "2021-10-04"),
[P("Đinh Thị Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Văn Mến", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hà Thị Lan Anh", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Đinh Công Sứ", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Thắng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Thị Thu Hà", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Quang Huy", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh")],
[Q("13 điểm cầu huyện, thành, thị", 13, "điểm cầu huyện, thành, thị"), Q("hơn 6.800 lao động", 6800, "lao động", "over"),
 Q("1.240 người", 1240, "người"), Q("865 người", 865, "người"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("9 dự án", 9, "dự án"), Q("96 hộ", 96, "hộ"), Q("4 lớp đào tạo nghề", 4, "lớp đào tạo nghề"),
 Q("140 học viên", 140, "học viên"), Q("320 hội viên", 320, "hội viên"), Q("14,5 tỷ đồng", 14500000000, "đồng"),
 Q("5.460 tỷ đồng", 5460000000000, "đồng"), Q("48 tỷ đồng", 48000000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("ít nhất 3.000 lao động", 3000, "lao động", "over"), Q("2 hội nghị trực tuyến", 2, "hội nghị trực tuyến"),
 Q("28 buổi tuyên truyền", 28, "buổi tuyên truyền"), Q("1.560 suất quà", 1560, "suất quà")],
[D("Kế hoạch", "115", "KH/BDVTU", "2021-09-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 115-KH/BDVTU ngày 10/9/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Phú Thọ")],
["BAN DÂN VẬN TỈNH ỦY PHÚ THỌ", "Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh", "Dân vận khéo",
 "Quỹ hỗ trợ nông dân", "Trường Cao đẳng nghề Phú Thọ", "Covid-19"],
["T3, 05/10/2021 - 09:10", "tháng 9/2021", "tháng 9", "quý IV", "Covid-19"]))

PAGES.append(page("b8875-sonla-hnd-taphuan-2022", """
Báo Sơn La điện tử
Trang chủ > Xã hội > Lao động - Việc làm
Thứ 6, 17/6/2022 | 10:20
Đoàn thể
Tập huấn nghiệp vụ ủy thác vốn vay cho cán bộ Hội Nông dân cơ sở
Ngày 15 và 16/6, Hội Nông dân tỉnh Sơn La phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức tập huấn nghiệp vụ ủy thác cho vay vốn và quản lý Quỹ hỗ trợ nông dân năm 2022 cho 150 học viên là cán bộ Hội Nông dân cấp huyện, cấp xã và tổ trưởng tổ tiết kiệm và vay vốn.
Các học viên tại lớp tập huấn. Ảnh: Quàng Hương
Khai mạc lớp tập huấn, đồng chí Lò Văn Pấng, Phó Chủ tịch Hội Nông dân tỉnh, cho biết: toàn tỉnh hiện có 1.862 tổ tiết kiệm và vay vốn do Hội Nông dân quản lý với dư nợ 2.134 tỷ đồng, 52.740 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,19%. Quỹ hỗ trợ nông dân các cấp đạt 25,3 tỷ đồng, đang cho 1.126 hộ vay với 87 dự án, chủ yếu nuôi bò, trồng xoài, nhãn ghép, cà phê chè.
Tại lớp tập huấn, bà Cầm Thị Hoa, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, phổ biến Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW; hướng dẫn nội dung ủy thác, quy trình bình xét cho vay, kiểm tra sử dụng vốn và xử lý nợ đến hạn. Ông Quàng Văn Thắm, Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh, giới thiệu các chính sách mới theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và Nghị quyết số 11/NQ-CP của Chính phủ về chương trình phục hồi kinh tế.
Theo các chính sách mới, hộ đồng bào dân tộc thiểu số nghèo được vay tối đa 50 triệu đồng để phát triển sản xuất, lãi suất 3%/năm; người lao động được vay tối đa 100 triệu đồng để tạo việc làm. Học viên cũng được hướng dẫn kỹ năng tuyên truyền, vận động hội viên học nghề trước khi vay vốn.
Anh Mùa A Sơ, Chủ tịch Hội Nông dân xã Chiềng Hoa, chia sẻ: "Bản tôi có 46 hộ Mông, trước đây nhiều hộ vay rồi dùng sai mục đích. Sau tập huấn, tôi sẽ cùng tổ trưởng xuống từng nhà hướng dẫn bà con lập phương án nuôi bò, trồng mắc ca". Chị Lường Thị Xuân, Tổ trưởng Tổ tiết kiệm và vay vốn bản Nà Ngần, xã Mường Bú, đề nghị tổ chức thêm lớp dạy nghề may, chăn nuôi thú y cho phụ nữ trong bản.
Bế giảng lớp học, đồng chí Lò Văn Pấng yêu cầu cán bộ Hội cơ sở nắm chắc các chính sách tín dụng mới, gắn cho vay vốn với đào tạo nghề cho lao động nông thôn; phấn đấu năm 2022 tăng dư nợ ủy thác thêm 150 tỷ đồng, phát triển thêm ít nhất 20 dự án từ nguồn Quỹ hỗ trợ nông dân.
Quàng Hương
Tin liên quan
- Mộc Châu: 60 hội viên được học nghề trồng rau an toàn (10/06/2022)
- Hội Nông dân tỉnh giải ngân 3 tỷ đồng vốn Quỹ hỗ trợ nông dân (01/06/2022)
- Thuận Châu: nông dân vay vốn trồng cà phê chè (20/05/2022)
""", "2022-06-17", "Tập huấn nghiệp vụ ủy thác vốn vay cho cán bộ Hội Nông dân cơ sở",
E("tap_huan", "2022", "2022-06-15"),
[P("Lò Văn Pấng", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Cầm Thị Hoa", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Quàng Văn Thắm", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Mùa A Sơ", "Chủ tịch Hội Nông dân xã Chiềng Hoa"),
 P("Lường Thị Xuân", "Tổ trưởng Tổ tiết kiệm và vay vốn bản Nà Ngần")],
[Q("150 học viên", 150, "học viên"), Q("1.862 tổ tiết kiệm và vay vốn", 1862, "tổ tiết kiệm và vay vốn"),
 Q("2.134 tỷ đồng", 2134000000000, "đồng"), Q("52.740 hộ", 52740, "hộ"), Q("0,19%", 0.19, "%"),
 Q("25,3 tỷ đồng", 25300000000, "đồng"), Q("1.126 hộ", 1126, "hộ"), Q("87 dự án", 87, "dự án"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("100 triệu đồng", 100000000, "đồng"), Q("3%", 3, "%"), Q("46 hộ Mông", 46, "hộ Mông"),
 Q("150 tỷ đồng", 150000000000, "đồng"), Q("ít nhất 20 dự án", 20, "dự án", "over")],
[D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "11", "NQ-CP", None, "Chính phủ", "Nghị quyết số 11/NQ-CP")],
[prov("Sơn La"), com("Chiềng Hoa"), com("Mường Bú")],
["Báo Sơn La điện tử", "Trang chủ > Xã hội > Lao động - Việc làm", "Đoàn thể", "Các học viên tại lớp tập huấn. Ảnh: Quàng Hương",
 "Quỹ hỗ trợ nông dân", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ 6, 17/6/2022 | 10:20", "năm 2022"]))

PAGES.append(page("b8876-binhdinh-hnd-soket-2022", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Hoạt động Hội
08/07/2022 06:00
Sơ kết công tác Hội 6 tháng đầu năm: Quỹ hỗ trợ nông dân tăng trưởng khá
Sáng 7/7, Ban Thường vụ Hội Nông dân tỉnh Bình Định tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm. Bà Nguyễn Thị Thanh Hà, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị. Dự hội nghị có ông Trần Văn Khôi, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
6 tháng đầu năm, các cấp Hội đã vận động tăng trưởng Quỹ hỗ trợ nông dân được 1,85 tỷ đồng, đạt 74% kế hoạch năm, nâng tổng nguồn quỹ toàn tỉnh lên 48,6 tỷ đồng. Từ nguồn quỹ đã giải ngân mới 6,2 tỷ đồng cho 31 dự án với 205 hộ vay, tập trung vào chăn nuôi bò lai, trồng dừa, nuôi tôm. Hội đã quản lý dư nợ ủy thác 3.418 tỷ đồng qua 1.726 tổ tiết kiệm và vay vốn với 79.850 hộ vay.
Hội phối hợp các cơ sở giáo dục nghề nghiệp tổ chức 22 lớp dạy nghề cho 660 lao động nông thôn, trong đó 8 lớp tại các huyện miền núi An Lão, Vĩnh Thạnh, Vân Canh cho 230 học viên là đồng bào Bana, Hrê, Chăm. Hội cũng tổ chức 186 buổi tuyên truyền Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn đến năm 2030, tầm nhìn đến năm 2045, thu hút hơn 12.000 lượt hội viên tham dự.
Tại hội nghị, ông Đinh Văn Hlom, Chủ tịch Hội Nông dân xã An Toàn, cho biết nhờ vay 300 triệu đồng từ Quỹ, 10 hộ Bana trong xã đã trồng 15 ha keo và nuôi 40 con bò; bà Đinh Thị Hiền, Phó Chủ tịch Hội Nông dân huyện Vân Canh, đề nghị tăng thời gian học thực hành cho học viên người dân tộc. Ông Võ Văn Sang, Chủ tịch Hội Nông dân xã Cát Khánh, kiến nghị tỉnh sớm hỗ trợ vốn cho ngư dân chuyển sang nuôi tôm công nghệ cao.
Phát biểu tại hội nghị, ông Trần Văn Khôi đề nghị các cấp Hội bám sát Kế hoạch số 45-KH/TU ngày 28/6/2022 của Tỉnh ủy và Kế hoạch số 128/KH-UBND ngày 1/7/2022 của UBND tỉnh triển khai chương trình phục hồi kinh tế; tăng cường giám sát sử dụng vốn vay, không để nông dân rơi vào "tín dụng đen".
6 tháng cuối năm, Hội Nông dân tỉnh phấn đấu vận động thêm trên 650 triệu đồng cho Quỹ hỗ trợ nông dân để hoàn thành chỉ tiêu 2,5 tỷ đồng cả năm; đào tạo nghề cho 1.100 lao động nông thôn; kết nạp 2.000 hội viên mới.
Dịp này, Hội Nông dân tỉnh tặng giấy khen cho 9 tập thể, 14 cá nhân có thành tích trong vận động xây dựng Quỹ hỗ trợ nông dân giai đoạn 2017 - 2022.
Hoài Thu
Tin cùng chuyên mục
- Phù Cát: 500 nông dân tham gia hội thi nhà nông giỏi (02/07/2022)
- Hội Nông dân tỉnh hỗ trợ 20 con bò cho hộ nghèo An Lão (24/06/2022)
- Tuy Phước: dạy nghề trồng nấm cho 35 hội viên (15/06/2022)
""", "2022-07-08", "Sơ kết công tác Hội 6 tháng đầu năm: Quỹ hỗ trợ nông dân tăng trưởng khá",
E("so_ket", "2022-H1", "2022-07-07"),
[P("Nguyễn Thị Thanh Hà", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Khôi", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Hlom", "Chủ tịch Hội Nông dân xã An Toàn"),
 P("Đinh Thị Hiền", "Phó Chủ tịch Hội Nông dân huyện Vân Canh"),
 P("Võ Văn Sang", "Chủ tịch Hội Nông dân xã Cát Khánh")],
[Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("74%", 74, "%"), Q("48,6 tỷ đồng", 48600000000, "đồng"),
 Q("6,2 tỷ đồng", 6200000000, "đồng"), Q("31 dự án", 31, "dự án"), Q("205 hộ", 205, "hộ"),
 Q("3.418 tỷ đồng", 3418000000000, "đồng"), Q("1.726 tổ tiết kiệm và vay vốn", 1726, "tổ tiết kiệm và vay vốn"),
 Q("79.850 hộ", 79850, "hộ"), Q("22 lớp dạy nghề", 22, "lớp dạy nghề"), Q("660 lao động nông thôn", 660, "lao động nông thôn"),
 Q("8 lớp", 8, "lớp"), Q("230 học viên", 230, "học viên"), Q("186 buổi tuyên truyền", 186, "buổi tuyên truyền"),
 Q("hơn 12.000 lượt hội viên", 12000, "lượt hội viên", "over"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("10 hộ Bana", 10, "hộ Bana"), Q("15 ha", 15, "ha"), Q("40 con bò", 40, "con bò"),
 Q("trên 650 triệu đồng", 650000000, "đồng", "over"), Q("2,5 tỷ đồng", 2500000000, "đồng"),
 Q("1.100 lao động nông thôn", 1100, "lao động nông thôn"), Q("2.000 hội viên mới", 2000, "hội viên mới"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "19", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "45", "KH/TU", "2022-06-28", "Tỉnh ủy", "Kế hoạch số 45-KH/TU ngày 28/6/2022"),
 D("Kế hoạch", "128", "KH-UBND", "2022-07-01", "UBND tỉnh", "Kế hoạch số 128/KH-UBND ngày 1/7/2022")],
[prov("Bình Định"), com("An Toàn"), com("Cát Khánh")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ / Tin tức / Hoạt động Hội", "Quỹ hỗ trợ nông dân", "tín dụng đen"],
["08/07/2022 06:00", "6 tháng đầu năm 2022", "6 tháng cuối năm", "lần thứ năm", "khóa XIII", "năm 2030", "năm 2045",
 "giai đoạn 2017 - 2022"]))

PAGES.append(page("b8877-camau-hnd-daihoi-2023", """
Báo Cà Mau điện tử
Chính trị | Đoàn thể
Thứ Năm, ngày 22/06/2023 - 14:05
Ông Huỳnh Văn Phát tái đắc cử Chủ tịch Hội Nông dân tỉnh Cà Mau
(CMO) Ngày 21/6, Hội Nông dân tỉnh Cà Mau tổ chức Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028. Đến dự có đồng chí Trần Minh Hiếu, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Trương Quốc Nam, Phó Chủ tịch Trung ương Hội Nông dân Việt Nam cùng 250 đại biểu đại diện cho hơn 98.000 hội viên nông dân trong tỉnh.
Đại hội biểu quyết thông qua danh sách Ban Chấp hành khóa X.
Báo cáo chính trị trình đại hội cho biết, nhiệm kỳ 2018 - 2023, các cấp Hội đã vận động xây dựng Quỹ hỗ trợ nông dân tăng 14,6 tỷ đồng, nâng tổng nguồn quỹ lên 52,3 tỷ đồng; từ nguồn quỹ đã xây dựng 612 dự án, giúp 8.740 lượt hộ vay phát triển mô hình tôm - lúa, nuôi cua, trồng chuối. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã hội đạt 1.620 tỷ đồng với 38.900 hộ vay; Hội tín chấp cho 12.500 hộ vay vốn ngân hàng thương mại.
Thực hiện Quyết định số 1956/QĐ-TTg và Quyết định số 46/2015/QĐ-TTg của Thủ tướng Chính phủ, nhiệm kỳ qua Hội đã phối hợp mở 215 lớp đào tạo nghề cho 6.450 lao động nông thôn; khoảng 78% học viên có việc làm, thu nhập tăng sau học nghề. Có 3.180 hộ hội viên vươn lên thoát nghèo; 56 hợp tác xã, 412 tổ hợp tác được thành lập với sự tham gia của hội viên.
Phát biểu chỉ đạo, đồng chí Trần Minh Hiếu đề nghị Hội Nông dân tỉnh tập trung thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương Đảng và Chương trình hành động số 22-CTr/TU ngày 15/9/2022 của Tỉnh ủy Cà Mau; phấn đấu đến năm 2028 Quỹ hỗ trợ nông dân đạt trên 70 tỷ đồng, mỗi năm đào tạo nghề cho ít nhất 1.200 lao động nông thôn.
Đại hội đã bầu Ban Chấp hành Hội Nông dân tỉnh khóa X gồm 35 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ gồm 9 đồng chí; ông Huỳnh Văn Phát, Tỉnh ủy viên, tái đắc cử Chủ tịch Hội Nông dân tỉnh khóa X; các ông, bà Lý Thị Mỹ Hòa, Nguyễn Văn Dũng, Danh Sà Rết được bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh khóa X.
Đại hội cũng bầu 12 đại biểu chính thức đi dự Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII. Tham luận tại đại hội, ông Trần Văn Tám, Chủ tịch Hội Nông dân xã Tân Hưng Đông, chia sẻ kinh nghiệm xây dựng Quỹ từ nguồn đóng góp của hội viên với 1,2 tỷ đồng, cao nhất tỉnh.
Phan Thanh
Tin liên quan
- Đại hội đại biểu Hội Nông dân huyện Trần Văn Thời nhiệm kỳ 2023 - 2028 (10/06/2023)
- Cà Mau: 200 hội viên được tập huấn nuôi tôm - lúa (02/06/2023)
- Hội Nông dân tỉnh trao 5 căn nhà "Mái ấm nông dân" (25/05/2023)
""", "2023-06-22", "Ông Huỳnh Văn Phát tái đắc cử Chủ tịch Hội Nông dân tỉnh Cà Mau",
E("dai_hoi", None, "2023-06-21"),
[P("Trần Minh Hiếu", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Trương Quốc Nam", "Phó Chủ tịch Trung ương Hội Nông dân Việt Nam"),
 P("Huỳnh Văn Phát", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh khóa X", "Chủ tịch Hội Nông dân tỉnh Cà Mau"),
 P("Lý Thị Mỹ Hòa", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Nguyễn Văn Dũng", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Danh Sà Rết", "Phó Chủ tịch Hội Nông dân tỉnh khóa X"),
 P("Trần Văn Tám", "Chủ tịch Hội Nông dân xã Tân Hưng Đông")],
[Q("250 đại biểu", 250, "đại biểu"), Q("hơn 98.000 hội viên nông dân", 98000, "hội viên nông dân", "over"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("52,3 tỷ đồng", 52300000000, "đồng"), Q("612 dự án", 612, "dự án"),
 Q("8.740 lượt hộ", 8740, "lượt hộ"), Q("1.620 tỷ đồng", 1620000000000, "đồng"), Q("38.900 hộ", 38900, "hộ"),
 Q("12.500 hộ", 12500, "hộ"), Q("215 lớp đào tạo nghề", 215, "lớp đào tạo nghề"),
 Q("6.450 lao động nông thôn", 6450, "lao động nông thôn"), Q("khoảng 78%", 78, "%", "approx"),
 Q("3.180 hộ hội viên", 3180, "hộ hội viên"), Q("56 hợp tác xã", 56, "hợp tác xã"), Q("412 tổ hợp tác", 412, "tổ hợp tác"),
 Q("trên 70 tỷ đồng", 70000000000, "đồng", "over"), Q("ít nhất 1.200 lao động nông thôn", 1200, "lao động nông thôn", "over"),
 Q("35 đồng chí", 35, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức"),
 Q("1,2 tỷ đồng", 1200000000, "đồng")],
[D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg"),
 D("Quyết định", "46", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 46/2015/QĐ-TTg"),
 D("Nghị quyết", "19", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 19-NQ/TW"),
 D("Chương trình hành động", "22", "CTr/TU", "2022-09-15", "Tỉnh ủy Cà Mau", "Chương trình hành động số 22-CTr/TU ngày 15/9/2022")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Báo Cà Mau điện tử", "Chính trị | Đoàn thể", "(CMO)", "Đại hội biểu quyết thông qua danh sách Ban Chấp hành khóa X.",
 "Quỹ hỗ trợ nông dân"],
["Thứ Năm, ngày 22/06/2023 - 14:05", "lần thứ X", "nhiệm kỳ 2023 - 2028", "nhiệm kỳ 2018 - 2023", "khóa X",
 "35 đồng chí", "9 đồng chí", "phiên họp thứ nhất", "lần thứ VIII", "năm 2028"]))

PAGES.append(page("b8878-hanam-hnd-giamsat-2023", """
HỘI NÔNG DÂN TỈNH HÀ NAM
Trang chủ » Hoạt động Hội » Giám sát, phản biện
14.09.2023 | 16:05
Đoàn giám sát làm việc với Hội Nông dân xã Nhân Mỹ.
Giám sát việc quản lý, sử dụng vốn Quỹ hỗ trợ nông dân tại Lý Nhân
Ngày 12/9, Đoàn giám sát của Ban Thường vụ Hội Nông dân tỉnh Hà Nam do ông Trần Xuân Thủy, Phó Chủ tịch Hội Nông dân tỉnh làm trưởng đoàn đã giám sát việc quản lý, sử dụng nguồn vốn Quỹ hỗ trợ nông dân và việc thực hiện chính sách hỗ trợ đào tạo nghề cho lao động nông thôn tại huyện Lý Nhân, theo Chương trình giám sát năm 2023 của Hội. Tham gia đoàn có các đồng chí: Phạm Thị Thu, Trưởng ban Kinh tế - Xã hội; Đỗ Văn Bình, Chánh Văn phòng Hội Nông dân tỉnh.
Báo cáo của Hội Nông dân huyện Lý Nhân do ông Nguyễn Văn Khoa, HUV, Chủ tịch Hội Nông dân huyện trình bày cho biết: đến hết tháng 8/2023, nguồn vốn Quỹ hỗ trợ nông dân do huyện quản lý là 4,35 tỷ đồng, đang triển khai 18 dự án cho 214 hộ vay, mức vay bình quân 20 triệu đồng/hộ; 100% dự án sử dụng vốn đúng mục đích, không có nợ quá hạn. Nguồn quỹ cấp xã đạt 2,1 tỷ đồng tại 20/20 xã, thị trấn.
Cùng với vốn vay, Hội Nông dân huyện phối hợp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 7 lớp đào tạo nghề cho 245 lao động nông thôn, gồm các nghề trồng rau an toàn, chăn nuôi bò sữa, dệt may; 92% học viên có việc làm sau học nghề.
Đoàn đã giám sát trực tiếp tại xã Nhân Mỹ và xã Chân Lý. Bà Trần Thị Hường, Chủ tịch Hội Nông dân xã Nhân Mỹ, cho biết dự án chăn nuôi bò sữa với 12 hộ vay 360 triệu đồng đã cho thu nhập bình quân 150 triệu đồng/hộ/năm. Tuy nhiên, việc ghi chép sổ sách của một số dự án chưa đầy đủ, chưa kịp thời; biên bản họp xét duyệt vay vốn còn thiếu chữ ký của thành viên.
Kết luận buổi giám sát, ông Trần Xuân Thủy ghi nhận Hội Nông dân huyện Lý Nhân đã thực hiện đúng Nghị định số 37/2023/NĐ-CP ngày 24/6/2023 của Chính phủ về thành lập, quản lý và sử dụng Quỹ hỗ trợ nông dân và Hướng dẫn số 68-HD/HNDT của Ban Thường vụ Hội Nông dân tỉnh; đề nghị huyện rà soát, bổ sung hồ sơ vay vốn theo quy định mới, tiếp tục vận động hội viên, doanh nghiệp đóng góp để đến năm 2025 nguồn quỹ cấp huyện đạt trên 5 tỷ đồng.
Đoàn giám sát cũng kiến nghị UBND tỉnh sớm ban hành quy định về mức hỗ trợ đào tạo nghề cho lao động nông thôn theo Thông tư số 152/2016/TT-BTC của Bộ Tài chính và hướng dẫn mới của Trung ương.
Thu Hằng
Tin khác
- Hội Nông dân tỉnh giám sát thực hiện Quỹ hỗ trợ nông dân tại Thanh Liêm (06/09/2023)
- Bình Lục: 45 hội viên được học nghề trồng nấm (28/08/2023)
- Duy Tiên ra mắt tổ hội nghề nghiệp chăn nuôi bò sữa (15/08/2023)
""", "2023-09-14", "Giám sát việc quản lý, sử dụng vốn Quỹ hỗ trợ nông dân tại Lý Nhân",
E("giam_sat", "2023", "2023-09-12"),
[P("Trần Xuân Thủy", "Phó Chủ tịch Hội Nông dân tỉnh", "trưởng đoàn"),
 P("Phạm Thị Thu", "Trưởng ban Kinh tế - Xã hội"),
 P("Đỗ Văn Bình", "Chánh Văn phòng Hội Nông dân tỉnh"),
 P("Nguyễn Văn Khoa", "HUV", "Chủ tịch Hội Nông dân huyện"),
 P("Trần Thị Hường", "Chủ tịch Hội Nông dân xã Nhân Mỹ")],
[Q("4,35 tỷ đồng", 4350000000, "đồng"), Q("18 dự án", 18, "dự án"), Q("214 hộ", 214, "hộ"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("100% dự án", 100, "%"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("20/20 xã, thị trấn", 20, "xã, thị trấn"), Q("7 lớp đào tạo nghề", 7, "lớp đào tạo nghề"),
 Q("245 lao động nông thôn", 245, "lao động nông thôn"), Q("92%", 92, "%"), Q("12 hộ", 12, "hộ"),
 Q("360 triệu đồng", 360000000, "đồng"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("trên 5 tỷ đồng", 5000000000, "đồng", "over")],
[D("Nghị định", "37", "2023/NĐ-CP", "2023-06-24", "Chính phủ", "Nghị định số 37/2023/NĐ-CP ngày 24/6/2023"),
 D("Hướng dẫn", "68", "HD/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Hướng dẫn số 68-HD/HNDT"),
 D("Thông tư", "152", "2016/TT-BTC", None, "Bộ Tài chính", "Thông tư số 152/2016/TT-BTC")],
[prov("Hà Nam"), com("Nhân Mỹ"), com("Chân Lý")],
["HỘI NÔNG DÂN TỈNH HÀ NAM", "Trang chủ » Hoạt động Hội » Giám sát, phản biện",
 "Đoàn giám sát làm việc với Hội Nông dân xã Nhân Mỹ.", "Quỹ hỗ trợ nông dân",
 "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"],
["14.09.2023 | 16:05", "năm 2023", "tháng 8/2023", "năm 2025"]))
