from lib import *
PAGES = []

PAGES.append(page("b9233-cantho-mttq-xa-baocao-hdnd-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - TP CẦN THƠ
Trang chủ > Tin tức sự kiện > Hoạt động cơ sở
22/12/2021 16:40
Mỹ Khánh: MTTQ xã báo cáo kết quả tham gia xây dựng chính quyền năm 2021
Tại kỳ họp thứ ba HĐND xã Mỹ Khánh (huyện Phong Điền, TP Cần Thơ) khóa XII, nhiệm kỳ 2021 - 2026, diễn ra ngày 20/12, Ủy ban MTTQ Việt Nam xã Mỹ Khánh đã trình bày báo cáo công tác tham gia xây dựng chính quyền năm 2021 và thông báo tổng hợp ý kiến, kiến nghị của cử tri gửi đến kỳ họp.
Toàn cảnh kỳ họp thứ ba HĐND xã Mỹ Khánh.
Trình bày báo cáo, bà Trần Thị Mộng Tuyền, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Khánh cho biết: năm 2021 là năm đặc biệt khó khăn do dịch Covid-19 kéo dài, nhưng MTTQ xã vẫn duy trì hoạt động giám sát theo Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN và Quy chế phối hợp số 01/QCPH-HĐND-UBND-MTTQ giữa Thường trực HĐND, UBND và Ban Thường trực Ủy ban MTTQ xã. Trong năm, MTTQ xã chủ trì 5 cuộc giám sát, phối hợp với Thường trực HĐND xã giám sát 3 cuộc; tổ chức 1 hội nghị phản biện dự thảo kế hoạch phát triển du lịch cộng đồng; góp ý 4 dự thảo nghị quyết của HĐND xã.
Đáng chú ý, qua giám sát việc chi hỗ trợ người dân gặp khó khăn do dịch, MTTQ đề nghị bổ sung 64 người chưa được hỗ trợ và thu hồi 2 suất chi trùng. Trong đợt cao điểm dịch, các "Tổ Covid cộng đồng" ở 6 ấp đã tiếp nhận, phân phát 18 tấn gạo và hơn 9.600 phần quà, tổng giá trị trên 2,3 tỷ đồng; toàn bộ được công khai tại ấp.
Cũng tại kỳ họp, Ủy ban MTTQ xã thông báo đã tổng hợp 46 ý kiến, kiến nghị của cử tri từ các buổi tiếp xúc cử tri và sinh hoạt khu dân cư. Cử tri ấp Mỹ Ái đề nghị sớm nâng cấp tuyến lộ Mỹ Ái - Mỹ Phụng dài 3,2 km; cử tri ấp Mỹ Nhơn phản ánh việc cấp giấy chứng nhận quyền sử dụng đất còn chậm, có hồ sơ kéo dài hơn 6 tháng.
Trả lời tại kỳ họp, ông Huỳnh Văn Lâm, Chủ tịch UBND xã cam kết trình HĐND bố trí vốn làm tuyến lộ trong năm 2022 theo Nghị quyết số 12/NQ-HĐND ngày 15/7/2021 về kế hoạch đầu tư công trung hạn. Bà Châu Ngọc Diễm, Phó Chủ tịch HĐND xã đề nghị Ủy ban MTTQ xã tiếp tục giám sát việc giải quyết các kiến nghị và báo cáo tại kỳ họp giữa năm 2022.
Ông Nguyễn Văn Thọ, Bí thư Đảng ủy, Chủ tịch HĐND xã Mỹ Khánh ghi nhận vai trò cầu nối của MTTQ, đề nghị năm 2022 Mặt trận chủ động phản biện ngay từ khâu xây dựng dự thảo, nhất là các đề án liên quan đến đất đai và du lịch sinh thái. Kỳ họp đã thông qua 7 nghị quyết quan trọng.
Cẩm Tú
Lượt xem: 389
Các tin khác
- Nhơn Ái tổng kết công tác Mặt trận năm 2021 (17/12/2021)
- Phong Điền: 100% ấp tổ chức Ngày hội Đại đoàn kết trực tuyến (18/11/2021)
- Giao Long ra mắt mô hình "Chợ 0 đồng" (05/10/2021)
""", "2021-12-22", "Mỹ Khánh: MTTQ xã báo cáo kết quả tham gia xây dựng chính quyền năm 2021",
E("bao_cao", "2021", "2021-12-20"),
[P("Trần Thị Mộng Tuyền", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Mỹ Khánh"),
 P("Huỳnh Văn Lâm", "Chủ tịch UBND xã"),
 P("Châu Ngọc Diễm", "Phó Chủ tịch HĐND xã"),
 P("Nguyễn Văn Thọ", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Mỹ Khánh")],
[Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("3 cuộc", 3, "cuộc"), Q("1 hội nghị phản biện", 1, "hội nghị phản biện"),
 Q("4 dự thảo nghị quyết", 4, "dự thảo nghị quyết"), Q("64 người", 64, "người"), Q("2 suất", 2, "suất"), Q("6 ấp", 6, "ấp"),
 Q("18 tấn", 18, "tấn"), Q("hơn 9.600 phần quà", 9600, "phần quà", "over"), Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"),
 Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("3,2 km", 3.2, "km"), Q("7 nghị quyết", 7, "nghị quyết")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quy chế phối hợp", "01", "QCPH-HĐND-UBND-MTTQ", None, None, "Quy chế phối hợp số 01/QCPH-HĐND-UBND-MTTQ"),
 D("Nghị quyết", "12", "NQ-HĐND", "2021-07-15", None, "Nghị quyết số 12/NQ-HĐND ngày 15/7/2021")],
[prov("Cần Thơ"), com("Mỹ Khánh")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHONG ĐIỀN - TP CẦN THƠ", "Trang chủ > Tin tức sự kiện > Hoạt động cơ sở",
 "Toàn cảnh kỳ họp thứ ba HĐND xã Mỹ Khánh.", "Tổ Covid cộng đồng", "Mỹ Ái - Mỹ Phụng", "Lượt xem: 389"],
["22/12/2021 16:40", "kỳ họp thứ ba", "khóa XII", "nhiệm kỳ 2021 - 2026", "năm 2021", "hơn 6 tháng", "năm 2022",
 "giữa năm 2022", "Covid-19", "Lượt xem: 389"]))

PAGES.append(page("b9234-bacgiang-mttq-xa-phanbien-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG
Trang chủ / Giám sát và phản biện xã hội / Tin cơ sở
16/09/2022 10:32
Ảnh: Các đại biểu dự hội nghị phản biện xã hội tại xã Tân Thịnh.
MTTQ xã Tân Thịnh phản biện dự thảo nghị quyết về huy động nguồn lực xây dựng nông thôn mới nâng cao
Sáng 14/9, Ban Thường trực Ủy ban MTTQ xã Tân Thịnh (huyện Lạng Giang, tỉnh Bắc Giang) tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND xã về huy động nguồn lực xây dựng xã nông thôn mới nâng cao giai đoạn 2022 - 2025. Hội nghị có 65 đại biểu, trong đó có 14 trưởng thôn và 20 người dân đại diện các hộ.
Theo dự thảo, để đạt chuẩn nông thôn mới nâng cao theo Quyết định số 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ, xã cần khoảng 46 tỷ đồng, trong đó vốn nhân dân đóng góp dự kiến 6,5 tỷ đồng, bình quân 1,2 triệu đồng/khẩu, thu trong 3 năm. Dự thảo được xây dựng để thực hiện Nghị quyết số 131-NQ/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết 07, 08-NQ/ĐU của Đảng ủy xã.
Chủ trì hội nghị, ông Lăng Văn Páo, Chủ tịch Ủy ban MTTQ xã Tân Thịnh, nêu rõ phản biện không phải để phản đối mà để dự thảo sát dân, hợp lòng dân. Trước hội nghị, MTTQ đã gửi dự thảo tới 14 ban công tác Mặt trận thôn và các chi hội để lấy ý kiến.
Hội nghị nhận được 21 ý kiến phản biện. Nhiều ý kiến cho rằng mức 1,2 triệu đồng/khẩu là cao với vùng đồng bào Nùng, Sán Dìu ở các thôn Đồng Mười, Hố Cang; đề nghị miễn cho hộ nghèo, hộ cận nghèo, giảm 50% cho hộ có người khuyết tật. Ông Hoàng Văn Sìn, người có uy tín thôn Hố Cang, đề nghị cho phép người dân đóng góp bằng ngày công, hiến đất thay tiền. Các ông, bà Trưởng thôn: Nông Thị Hiền (thôn Đồng Mười), Trần Văn Thuấn (thôn Phố Bằng) cùng đề nghị ưu tiên vốn cho đường nội đồng.
Luật gia Vi Văn Tiến, Chủ tịch Chi hội Luật gia xã, lưu ý dự thảo chưa quy định rõ cơ chế công khai, giám sát việc thu chi và trách nhiệm hoàn trả nếu công trình không được triển khai.
Tiếp thu, bà Dương Thị Thu, Phó Chủ tịch UBND xã Tân Thịnh cho biết sẽ sửa dự thảo theo hướng giảm mức đóng góp bình quân xuống 900.000 đồng/khẩu, bổ sung đối tượng miễn, giảm và giao Ban giám sát đầu tư của cộng đồng giám sát từng công trình.
Ông Hà Văn Quân, HUV, Chủ tịch Ủy ban MTTQ huyện Lạng Giang, đánh giá đây là một trong 3 xã đầu tiên của huyện đưa dự thảo nghị quyết về đóng góp của dân ra phản biện. MTTQ xã sẽ có văn bản phản biện gửi HĐND xã trước kỳ họp chuyên đề tháng 10.
Thu Phương
Tin liên quan
- Yên Dũng: giám sát việc thực hiện chính sách bảo hiểm y tế học sinh (09/09/2022)
- Lục Nam tập huấn phản biện xã hội cho 26 xã (31/08/2022)
- Việt Yên: đối thoại với công nhân khu công nghiệp Quang Châu (24/08/2022)
""", "2022-09-16", "MTTQ xã Tân Thịnh phản biện dự thảo nghị quyết về huy động nguồn lực xây dựng nông thôn mới nâng cao",
E("hoi_nghi", None, "2022-09-14"),
[P("Lăng Văn Páo", "Chủ tịch Ủy ban MTTQ xã Tân Thịnh"),
 P("Hoàng Văn Sìn", "người có uy tín thôn Hố Cang"),
 P("Nông Thị Hiền", "Trưởng thôn"),
 P("Trần Văn Thuấn", "Trưởng thôn"),
 P("Vi Văn Tiến", "Luật gia", "Chủ tịch Chi hội Luật gia xã"),
 P("Dương Thị Thu", "Phó Chủ tịch UBND xã Tân Thịnh"),
 P("Hà Văn Quân", "HUV", "Chủ tịch Ủy ban MTTQ huyện Lạng Giang")],
[Q("65 đại biểu", 65, "đại biểu"), Q("14 trưởng thôn", 14, "trưởng thôn"), Q("20 người dân", 20, "người dân"),
 Q("khoảng 46 tỷ đồng", 46000000000, "đồng", "approx"), Q("6,5 tỷ đồng", 6500000000, "đồng"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("14 ban công tác Mặt trận thôn", 14, "ban công tác Mặt trận thôn"),
 Q("21 ý kiến phản biện", 21, "ý kiến phản biện"), Q("50%", 50, "%"), Q("900.000 đồng", 900000, "đồng"), Q("3 xã", 3, "xã")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/2/2022"),
 D("Nghị quyết", "131", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 131-NQ/TU"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 07, 08-NQ/ĐU"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 07, 08-NQ/ĐU")],
[prov("Bắc Giang"), com("Tân Thịnh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BẮC GIANG", "Trang chủ / Giám sát và phản biện xã hội / Tin cơ sở",
 "Ảnh: Các đại biểu dự hội nghị phản biện xã hội tại xã Tân Thịnh.", "Ban giám sát đầu tư của cộng đồng"],
["16/09/2022 10:32", "giai đoạn 2022 - 2025", "3 năm", "tháng 10"]))

PAGES.append(page("b9235-dienbien-mttq-xa-giamsat-1719-2023", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị - Xây dựng Đảng » Mặt trận
2023-06-02 16:40
Đồng chí Lò Văn Pọm, Chủ tịch Ủy ban MTTQ xã Mường Phăng phát biểu tại buổi giám sát.
Giám sát Chương trình 1719 ở Mường Phăng: Chỉ ra nhiều việc chậm
(ĐBP) - Ngày 31/5, Ban Thường trực Ủy ban MTTQ xã Mường Phăng (thành phố Điện Biên Phủ) tổ chức giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ trên địa bàn xã.
Mường Phăng là xã có Di tích lịch sử quốc gia đặc biệt Sở Chỉ huy chiến dịch Điện Biên Phủ, cách trung tâm tỉnh Điện Biên khoảng 30 km. Xã có 17 bản, gần 1.500 hộ, chủ yếu là đồng bào Thái, Mông. Năm 2022 - 2023, xã được giao hơn 4,2 tỷ đồng vốn của chương trình để hỗ trợ nhà ở, nước sinh hoạt phân tán, chuyển đổi nghề và làm 2 công trình đường nội bản. Đến ngày 30/4/2023, giải ngân mới đạt 38%.
Kết quả giám sát cho thấy, 24 hộ được hỗ trợ làm nhà ở với mức 40 triệu đồng/hộ nhưng mới có 11 căn nhà hoàn thành; 56 hộ đăng ký hỗ trợ téc nước nhưng chưa được cấp do vướng thủ tục mua sắm. Việc bình xét đối tượng ở bản Co Mỵ và bản Che Căn chưa có biên bản họp bản.
Ông Lò Văn Pọm cho biết, đoàn giám sát làm việc theo Kế hoạch số 21/KH-MTTQ ngày 10/5/2023 của Ban Thường trực Ủy ban MTTQ xã và Hướng dẫn 10/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát các chương trình mục tiêu quốc gia. Các thành viên Ban Thường trực: Quàng Thị Ỏn, Vàng A Dình trực tiếp đến 6 bản gặp các hộ thụ hưởng.
Ông Lường Văn Xôm, người có uy tín bản Che Căn, kể nhà ông được hỗ trợ đợt đầu 20 triệu đồng, chờ gần 4 tháng chưa được giải ngân phần còn lại nên chưa dám lợp mái. Chị Giàng Thị Dợ, bản Co Mỵ, đề nghị cho dân tự mua téc nước, sau đó thanh toán theo hóa đơn.
Làm việc với đoàn, ông Cà Văn Hùng, Phó Chủ tịch UBND xã Mường Phăng giải trình, nguyên nhân chậm là do hướng dẫn của các bộ ngành ban hành muộn, cán bộ phụ trách còn lúng túng; cam kết đến hết quý III/2023 hoàn thành 24 căn nhà và cấp téc nước cho 56 hộ.
Đoàn giám sát thống nhất 6 kiến nghị gửi UBND xã và Ban Quản lý các chương trình mục tiêu quốc gia thành phố. Ông Lò Văn Pọm đề nghị Ban Giám sát đầu tư của cộng đồng xã theo dõi từng công trình, hằng tháng báo cáo MTTQ xã.
Quang Hưng
Tin cùng chuyên mục
- Tuần Giáo: MTTQ giám sát việc hỗ trợ đất sản xuất cho hộ nghèo (26/05/2023)
- Mường Chà tổ chức hội nghị phản biện dự thảo quy hoạch xây dựng xã (18/05/2023)
- Nậm Pồ tập huấn nghiệp vụ cho 90 cán bộ Mặt trận cơ sở (12/05/2023)
""", "2023-06-02", "Giám sát Chương trình 1719 ở Mường Phăng: Chỉ ra nhiều việc chậm",
E("giam_sat", None, "2023-05-31"),
[P("Lò Văn Pọm", "Chủ tịch Ủy ban MTTQ xã Mường Phăng"),
 P("Quàng Thị Ỏn", "thành viên Ban Thường trực"), P("Vàng A Dình", "thành viên Ban Thường trực"),
 P("Lường Văn Xôm", "người có uy tín bản Che Căn"),
 P("Giàng Thị Dợ"),
 P("Cà Văn Hùng", "Phó Chủ tịch UBND xã Mường Phăng")],
[Q("khoảng 30 km", 30, "km", "approx"), Q("17 bản", 17, "bản"), Q("gần 1.500 hộ", 1500, "hộ", "approx"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"),
 Q("2 công trình đường nội bản", 2, "công trình đường nội bản"), Q("38%", 38, "%"), Q("24 hộ", 24, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("11 căn nhà", 11, "căn nhà"), Q("56 hộ", 56, "hộ"), Q("6 bản", 6, "bản"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("24 căn nhà", 24, "căn nhà"), Q("6 kiến nghị", 6, "kiến nghị")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "21", "KH-MTTQ", "2023-05-10", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 21/KH-MTTQ ngày 10/5/2023"),
 D("Hướng dẫn", "10", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn 10/HD-MTTW-BTT")],
[prov("Điện Biên"), com("Mường Phăng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị - Xây dựng Đảng » Mặt trận",
 "Đồng chí Lò Văn Pọm, Chủ tịch Ủy ban MTTQ xã Mường Phăng phát biểu tại buổi giám sát.", "(ĐBP)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Chương trình 1719", "Co Mỵ", "Che Căn", "Sở Chỉ huy chiến dịch Điện Biên Phủ"],
["2023-06-02 16:40", "giai đoạn 2021 - 2030", "Năm 2022 - 2023", "gần 4 tháng", "quý III/2023", "đợt đầu", "Chương trình 1719"]))

PAGES.append(page("b9236-khanhhoa-thanhtranhandan-phuong-chandung-2023", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội › Gương sáng
Thứ Hai, 20/11/2023
Ông Nguyễn Văn Lợi (bìa phải) cùng thành viên Ban Thanh tra nhân dân kiểm tra công trình vỉa hè. Ảnh: HẢI LĂNG
Người "gác cổng" cho dân ở phường Vĩnh Hòa
Gần 9 năm làm Trưởng ban Thanh tra nhân dân phường Vĩnh Hòa (TP. Nha Trang, Khánh Hòa), ông Nguyễn Văn Lợi - cựu chiến binh đã ngoài 70 tuổi - được người dân trong phường gọi vui là người "gác cổng" cho dân.
Căn nhà nhỏ của ông trên đường Phạm Văn Đồng lúc nào cũng có người ghé: khi thì một bà cụ hỏi sao tiền trợ cấp bị chậm, khi thì mấy hộ ở tổ dân phố Tây Bắc phàn nàn về công trình thoát nước thi công dở dang. Ông ghi hết vào cuốn sổ bìa xanh, rồi đem ra bàn với Ban Thanh tra nhân dân và báo cáo Ban Thường trực Ủy ban MTTQ phường.
"Mình không có quyền xử lý ai cả. Nhưng mình có quyền hỏi, có quyền kiến nghị, và dân đứng sau lưng mình", ông Lợi nói. Từ năm 2015 đến nay, Ban do ông đứng đầu đã tiếp nhận 43 vụ việc, kiến nghị chính quyền giải quyết dứt điểm 39 vụ; phát hiện và đề nghị thu hồi hơn 27 triệu đồng chi sai chế độ. Năm 2022, qua giám sát công trình vỉa hè đường Nguyễn Thị Định, Ban phát hiện 120 m2 gạch lát không đúng chủng loại, buộc nhà thầu thay mới.
Bà Phạm Thị Ngọc Dung, Chủ tịch Ủy ban MTTQ phường Vĩnh Hòa, cho biết nhờ sự tận tụy của ông Lợi và 9 thành viên Ban Thanh tra nhân dân, nhiều năm liền phường không có đơn thư vượt cấp. Mỗi kiến nghị của Ban đều được MTTQ phường chuyển tới UBND phường bằng văn bản, theo Quy chế phối hợp số 03/QCPH giữa Ủy ban MTTQ phường và UBND phường, và có thời hạn trả lời.
Ông Lợi cũng là người đầu tiên đề xuất để Ban Thanh tra nhân dân tham gia giám sát việc thực hiện Quy định số 124-QĐ/TW ngày 2/2/2018 của Ban Bí thư về việc MTTQ, các đoàn thể và nhân dân giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên. Ông cùng các thành viên lấy ý kiến của nhân dân ở 12 tổ dân phố về những đảng viên sinh hoạt tại nơi cư trú.
Ông Trần Đình Khôi, Tổ trưởng tổ dân phố Hòn Xện, nhận xét: "Ông Lợi không nể nang ai, nhưng nói có lý có tình, nên cán bộ phường cũng nể".
Năm 2023, ông Lợi được Ủy ban MTTQ tỉnh tặng bằng khen vì có thành tích xuất sắc trong công tác thanh tra nhân dân và giám sát đầu tư của cộng đồng. Ông nói năm tới sẽ xin thôi để lớp trẻ thay thế, nhưng vẫn giữ cuốn sổ bìa xanh để "ghi tiếp chuyện của dân".
HẢI LĂNG
Lượt xem: 1.542
Tin liên quan
- Cựu chiến binh xã Vạn Thắng hiến đất mở đường (13/11/2023)
- Ngày hội Đại đoàn kết ở khu dân cư Phước Tân (08/11/2023)
- Cam Lâm: tuyên dương 45 gương điển hình trong công tác Mặt trận (30/10/2023)
""", "2023-11-20", "Người \"gác cổng\" cho dân ở phường Vĩnh Hòa",
E("khac", None, None),
[P("Nguyễn Văn Lợi", "Trưởng ban Thanh tra nhân dân phường Vĩnh Hòa"),
 P("Phạm Thị Ngọc Dung", "Chủ tịch Ủy ban MTTQ phường Vĩnh Hòa"),
 P("Trần Đình Khôi", "Tổ trưởng tổ dân phố Hòn Xện")],
[Q("43 vụ việc", 43, "vụ việc"), Q("39 vụ", 39, "vụ"), Q("hơn 27 triệu đồng", 27000000, "đồng", "over"),
 Q("120 m2", 120, "m2"), Q("9 thành viên", 9, "thành viên"), Q("12 tổ dân phố", 12, "tổ dân phố")],
[D("Quy chế phối hợp", "03", "QCPH", None, None, "Quy chế phối hợp số 03/QCPH"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 2/2/2018")],
[prov("Khánh Hòa"), com("Vĩnh Hòa")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội › Gương sáng",
 "Ông Nguyễn Văn Lợi (bìa phải) cùng thành viên Ban Thanh tra nhân dân kiểm tra công trình vỉa hè. Ảnh: HẢI LĂNG",
 "gác cổng", "Phạm Văn Đồng", "Nguyễn Thị Định", "Tây Bắc", "Lượt xem: 1.542"],
["Thứ Hai, 20/11/2023", "Gần 9 năm", "ngoài 70 tuổi", "Từ năm 2015", "Năm 2022", "Năm 2023", "Lượt xem: 1.542"]))

PAGES.append(page("b9237-quangninh-mttq-xa-giamsat-bao3-2024", """
Trung tâm Truyền thông tỉnh Quảng Ninh
Thời sự | Mặt trận Tổ quốc
Cập nhật: 09:42, 22/10/2024 (GMT+7)
MTTQ xã Đồng Sơn giám sát việc phân bổ tiền hỗ trợ khắc phục hậu quả bão số 3
Ngày 18/10/2024, Ban Thường trực Ủy ban MTTQ xã Đồng Sơn (TP Hạ Long) chủ trì, phối hợp với Ban Thanh tra nhân dân xã giám sát việc tiếp nhận, phân bổ tiền, hàng ủng hộ và hỗ trợ khắc phục hậu quả cơn bão số 3 (bão Yagi) tại 5 thôn.
Đoàn giám sát làm việc tại nhà văn hóa thôn Khe Cát.
Đồng Sơn là xã vùng cao với hơn 90% dân số là đồng bào Dao. Bão số 3 làm 58 căn nhà bị tốc mái, 3 căn nhà bị sập hoàn toàn, khoảng 420 ha rừng keo, quế bị gãy đổ. Theo báo cáo của UBND xã, thực hiện Nghị quyết số 143/NQ-CP ngày 17/9/2024 của Chính phủ và Kế hoạch số 218/KH-UBND của UBND tỉnh, xã đã chi hỗ trợ cho 317 hộ với tổng số tiền trên 1,24 tỷ đồng; MTTQ xã tiếp nhận 12 tấn gạo và 680 suất quà, chuyển đến các thôn trong vòng 10 ngày.
Ông Triệu Văn Phấu, Chủ tịch Ủy ban MTTQ xã Đồng Sơn, trưởng đoàn giám sát, cho biết đoàn đã đối chiếu hồ sơ, trực tiếp đến 34 hộ nhận hỗ trợ. Nhìn chung việc hỗ trợ đúng đối tượng, đúng mức; tuy nhiên có 4 hộ bị thiệt hại rừng trồng chưa được thống kê do chủ hộ đi làm ăn xa, 1 hộ có nhà bị sập được xếp nhầm vào mức tốc mái.
Tại buổi giám sát, bà Đặng Thị Mùi, Bí thư Chi bộ, Trưởng thôn Khe Cát, đề nghị xã kéo dài thời hạn kê khai cho những hộ vắng nhà. Ông Bàn Văn Sinh, người có uy tín thôn Khe Càn, kiến nghị ưu tiên cây giống quế, keo cho các hộ mất trắng rừng.
Bà Lý Thị Chạn, Phó Chủ tịch Ủy ban MTTQ xã, Chủ tịch Hội Liên hiệp Phụ nữ xã cho biết, các chi hội đã lập nhóm Zalo để người dân phản ánh thiệt hại ngay trong đêm bão; nhiều phản ánh được Ban Thanh tra nhân dân kiểm tra lại trong ngày. Danh sách hộ được hỗ trợ được đọc công khai tại các cuộc họp thôn, có người dịch sang tiếng Dao cho người cao tuổi.
Làm việc với đoàn, ông Hoàng Văn Dũng, Phó Chủ tịch UBND xã Đồng Sơn tiếp thu, điều chỉnh mức hỗ trợ cho hộ có nhà bị sập lên 40 triệu đồng và bổ sung 4 hộ vào danh sách. Đoàn giám sát đã đưa ra 5 kiến nghị, đề nghị UBND xã trả lời bằng văn bản trước ngày 31/10/2024.
Theo ông Nguyễn Minh Tuấn, Phó Chủ tịch Ủy ban MTTQ thành phố Hạ Long, từ sau bão, MTTQ 32 xã, phường trên địa bàn thành phố đã tổ chức giám sát việc phân bổ tiền, hàng cứu trợ, bảo đảm công khai, minh bạch, không để thất thoát.
Thu Chung
Tin liên quan
- Vân Đồn: trao 250 suất quà cho hộ bị thiệt hại do bão (15/10/2024)
- Ủy ban MTTQ tỉnh tiếp nhận 32 tỷ đồng ủng hộ đồng bào vùng bão (30/09/2024)
- Ba Chẽ: giám sát việc hỗ trợ giống cây trồng sau bão (24/09/2024)
""", "2024-10-22", "MTTQ xã Đồng Sơn giám sát việc phân bổ tiền hỗ trợ khắc phục hậu quả bão số 3",
E("giam_sat", None, "2024-10-18"),
[P("Triệu Văn Phấu", "Chủ tịch Ủy ban MTTQ xã Đồng Sơn", "trưởng đoàn giám sát"),
 P("Đặng Thị Mùi", "Bí thư Chi bộ", "Trưởng thôn Khe Cát"),
 P("Bàn Văn Sinh", "người có uy tín thôn Khe Càn"),
 P("Lý Thị Chạn", "Phó Chủ tịch Ủy ban MTTQ xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Hoàng Văn Dũng", "Phó Chủ tịch UBND xã Đồng Sơn"),
 P("Nguyễn Minh Tuấn", "Phó Chủ tịch Ủy ban MTTQ thành phố Hạ Long")],
[Q("5 thôn", 5, "thôn"), Q("hơn 90%", 90, "%", "over"), Q("58 căn nhà", 58, "căn nhà"), Q("3 căn nhà", 3, "căn nhà"),
 Q("khoảng 420 ha", 420, "ha", "approx"), Q("317 hộ", 317, "hộ"), Q("trên 1,24 tỷ đồng", 1240000000, "đồng", "over"),
 Q("12 tấn", 12, "tấn"), Q("680 suất quà", 680, "suất quà"), Q("34 hộ", 34, "hộ"), Q("4 hộ", 4, "hộ"), Q("1 hộ", 1, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("5 kiến nghị", 5, "kiến nghị"), Q("32 xã, phường", 32, "xã, phường")],
[D("Nghị quyết", "143", "NQ-CP", "2024-09-17", "Chính phủ", "Nghị quyết số 143/NQ-CP ngày 17/9/2024"),
 D("Kế hoạch", "218", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 218/KH-UBND của UBND tỉnh")],
[prov("Quảng Ninh"), com("Đồng Sơn")],
["Trung tâm Truyền thông tỉnh Quảng Ninh", "Thời sự | Mặt trận Tổ quốc", "Đoàn giám sát làm việc tại nhà văn hóa thôn Khe Cát.",
 "bão Yagi", "Zalo"],
["Cập nhật: 09:42, 22/10/2024 (GMT+7)", "bão số 3", "10 ngày", "ngày 31/10/2024"]))

PAGES.append(page("b9238-binhdinh-mttq-phuong-gopy-sapxep-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH
Trang chủ » Tin hoạt động » Mặt trận các địa phương
Ngày đăng 24/04/2025 | 18:05
Nhơn Hưng: Cử tri đồng thuận cao với đề án sắp xếp đơn vị hành chính cấp xã
Tối 22/4, Ủy ban MTTQ Việt Nam phường Nhơn Hưng (thị xã An Nhơn, Bình Định) phối hợp với UBND phường tổ chức hội nghị góp ý dự thảo Đề án sắp xếp đơn vị hành chính cấp xã, đồng thời giám sát việc lấy ý kiến cử tri tại 5 khu vực.
Cử tri khu vực Liêm Định bỏ phiếu lấy ý kiến. Ảnh: PV
Theo dự thảo, phường Nhơn Hưng sẽ hợp nhất với phường Đập Đá, phường Nhơn Thành và xã Nhơn Mỹ thành phường mới, quy mô dân số khoảng 86.000 người, diện tích tự nhiên hơn 52 km2. Việc sắp xếp thực hiện theo Kết luận số 127-KL/TW ngày 28/2/2025 và Kết luận số 130-KL/TW ngày 14/3/2025 của Bộ Chính trị, Kế hoạch số 47-KH/TU của Ban Thường vụ Tỉnh ủy.
Tại hội nghị, 78 đại biểu là cán bộ hưu trí, người có uy tín, trưởng khu vực đã cho 23 ý kiến góp ý. Ông Võ Văn Mẫn, nguyên Phó Chủ tịch UBND thị xã, đề nghị tên phường mới cần giữ được dấu ấn lịch sử, văn hóa của vùng đất; một số ý kiến đề nghị giữ tên "An Nhơn" cho phường mới. Bà Trần Thị Kim Loan, Bí thư Chi bộ khu vực Liêm Định, đề nghị bố trí điểm tiếp nhận hồ sơ hành chính tại trụ sở phường cũ ít nhất trong 1 năm để người cao tuổi không phải đi xa.
Bà Đặng Thị Ngọc Hân, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Hưng cho biết, MTTQ phường đã phân công 5 tổ giám sát, mỗi tổ do một Phó Chủ tịch hoặc ủy viên Ban Thường trực phụ trách, giám sát việc phát phiếu, thu phiếu tại các khu vực. Đến 17 giờ ngày 22/4, đã có 4.915 hộ tham gia lấy ý kiến, đạt 98,7%; tỷ lệ đồng ý với chủ trương sắp xếp đạt 96,2%.
Các ông Phan Thanh Hòa, Lê Văn Hải - Phó Chủ tịch Ủy ban MTTQ phường được giao tổng hợp ý kiến về tên gọi, nơi đặt trụ sở để báo cáo HĐND phường trước kỳ họp chuyên đề.
Phát biểu tại hội nghị, ông Nguyễn Quốc Việt, Chủ tịch UBND phường Nhơn Hưng, ghi nhận các ý kiến, khẳng định mọi thủ tục hành chính của người dân sẽ không bị gián đoạn trong quá trình sắp xếp và sẽ công khai kết quả lấy ý kiến tại 5 khu vực. Phường cũng sẽ rà soát, bố trí lại cán bộ, công chức theo hướng ưu tiên người có năng lực, gần dân.
Cùng ngày, Ủy ban MTTQ thị xã An Nhơn có đoàn giám sát việc lấy ý kiến cử tri ở 2 phường Bình Định và Nhơn Hòa, do ông Huỳnh Công Trứ, Chủ tịch Ủy ban MTTQ thị xã làm trưởng đoàn.
Ngọc Nhuận
Tin liên quan
- Phù Cát: lấy ý kiến nhân dân về đề án sắp xếp 18 xã, thị trấn (21/04/2025)
- Ủy ban MTTQ tỉnh hướng dẫn giám sát việc lấy ý kiến cử tri (16/04/2025)
- Tuy Phước ra quân tuyên truyền sắp xếp đơn vị hành chính (10/04/2025)
""", "2025-04-24", "Nhơn Hưng: Cử tri đồng thuận cao với đề án sắp xếp đơn vị hành chính cấp xã",
E("hoi_nghi", None, "2025-04-22"),
[P("Võ Văn Mẫn", "nguyên Phó Chủ tịch UBND thị xã"),
 P("Trần Thị Kim Loan", "Bí thư Chi bộ khu vực Liêm Định"),
 P("Đặng Thị Ngọc Hân", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nhơn Hưng"),
 P("Phan Thanh Hòa", "Phó Chủ tịch Ủy ban MTTQ phường"), P("Lê Văn Hải", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Nguyễn Quốc Việt", "Chủ tịch UBND phường Nhơn Hưng"),
 P("Huỳnh Công Trứ", "Chủ tịch Ủy ban MTTQ thị xã")],
[Q("5 khu vực", 5, "khu vực"), Q("khoảng 86.000 người", 86000, "người", "approx"), Q("hơn 52 km2", 52, "km2", "over"),
 Q("78 đại biểu", 78, "đại biểu"), Q("23 ý kiến", 23, "ý kiến"), Q("5 tổ giám sát", 5, "tổ giám sát"),
 Q("4.915 hộ", 4915, "hộ"), Q("98,7%", 98.7, "%"), Q("96,2%", 96.2, "%"), Q("2 phường", 2, "phường")],
[D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Kết luận", "130", "KL/TW", "2025-03-14", "Bộ Chính trị", "Kết luận số 130-KL/TW ngày 14/3/2025"),
 D("Kế hoạch", "47", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 47-KH/TU")],
[prov("Bình Định"), com("Nhơn Hưng"), com("Đập Đá"), com("Nhơn Thành"), com("Nhơn Mỹ"), com("Bình Định"), com("Nhơn Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH ĐỊNH", "Trang chủ » Tin hoạt động » Mặt trận các địa phương",
 "Cử tri khu vực Liêm Định bỏ phiếu lấy ý kiến. Ảnh: PV", "An Nhơn"],
["Ngày đăng 24/04/2025 | 18:05", "17 giờ", "1 năm"]))
