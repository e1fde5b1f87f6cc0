from lib import *
PAGES = []

PAGES.append(page("b7559-gialai-tongket-10nam-ct40-2024", """
Báo Gia Lai điện tử
Chính trị › Xây dựng Đảng | Kinh tế › Ngân hàng
19.07.2024 | 16:05
Đồng chí Rah Lan Lâm phát biểu tại hội nghị. Ảnh: Đức Thụy
Hội LHPN tỉnh tổng kết 10 năm đưa vốn chính sách đến hội viên
(GLO)- Ngày 18/7, Hội LHPN tỉnh Gia Lai tổ chức hội nghị tổng kết 10 năm thực hiện Chỉ thị số 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội trong hệ thống Hội.
Dự hội nghị có đồng chí Rah Lan Lâm, Tỉnh ủy viên, Phó Chủ tịch Thường trực Hội LHPN tỉnh; ông Nguyễn Văn Sinh, Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh cùng đại diện Hội LHPN 17 huyện, thị xã, thành phố.
Theo báo cáo, sau 10 năm, dư nợ ủy thác qua Hội tăng từ 1.285 tỷ đồng (năm 2014) lên hơn 3.040 tỷ đồng, gấp 2,4 lần. Hiện Hội quản lý 1.463 tổ tiết kiệm và vay vốn với 61.794 hộ vay, trong đó hơn 55% là hộ đồng bào Jrai, Bahnar. Tỷ lệ nợ quá hạn giảm từ 0,9% xuống còn 0,11%. Vốn vay đã giúp khoảng 38.000 lượt hộ thoát nghèo, 9.600 học sinh, sinh viên vay vốn đi học; xây dựng hơn 42.000 công trình nước sạch, vệ sinh.
Thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư, Hội đã tham mưu UBND các cấp chuyển hơn 160 tỷ đồng vốn ngân sách địa phương sang NHCSXH để cho vay. Hội cũng ban hành Nghị quyết chuyên đề số 04-NQ/HPN của Ban Chấp hành Hội LHPN tỉnh về nâng cao chất lượng tổ TK&VV giai đoạn 2021 - 2025.
Tại hội nghị, các tổ trưởng Siu H'Lâm, Ksor H'Bơi, Rơ Mah Thị Nhiên - Tổ trưởng tổ TK&VV tiêu biểu của các huyện Chư Păh, Ia Pa, Đức Cơ lần lượt chia sẻ kinh nghiệm. Bà Siu H'Lâm, ở làng Kép, xã Ia Ka, cho biết tổ có 56 tổ viên, 9 năm liền không có nợ quá hạn. "Tôi đi từng nhà nói với bà con: vay thì phải trả để người sau còn được vay", bà kể.
Bà Đinh Thị Hoa, Chủ tịch Hội LHPN huyện Kbang, kiến nghị cho vay hộ mới thoát nghèo thêm 2 năm và nâng mức cho vay hộ nghèo lên 150 triệu đồng/hộ.
Phát biểu kết luận, đồng chí Rah Lan Lâm đề nghị các cấp Hội tiếp tục quán triệt Chỉ thị 40-CT/TW và Kết luận 06-KL/TW, thực hiện tốt Quyết định số 05/2024/QĐ-UBND của UBND tỉnh về ủy thác vốn ngân sách; phấn đấu đến năm 2025 mỗi chi hội có ít nhất 1 tổ TK&VV hoạt động hiệu quả.
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 15 tập thể, 24 cá nhân có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 40.
Theo đánh giá của Chi nhánh NHCSXH tỉnh, Hội Phụ nữ hiện là tổ chức có số tổ TK&VV đạt loại tốt cao nhất, góp phần quan trọng vào việc giảm tỷ lệ hộ nghèo của tỉnh.
Như Nguyện
Tin cùng chuyên mục
- Chư Sê: Vốn vay giúp 200 hộ Jrai phát triển cà phê (12/07/2024)
- Tập huấn cho 120 tổ trưởng tổ TK&VV (05/07/2024)
""", "2024-07-19", "Hội LHPN tỉnh tổng kết 10 năm đưa vốn chính sách đến hội viên",
E("tong_ket", None, "2024-07-18"),
[P("Rah Lan Lâm", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Nguyễn Văn Sinh", "Phó Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Siu H'Lâm", "Tổ trưởng tổ TK&VV tiêu biểu"),
 P("Ksor H'Bơi", "Tổ trưởng tổ TK&VV tiêu biểu"),
 P("Rơ Mah Thị Nhiên", "Tổ trưởng tổ TK&VV tiêu biểu"),
 P("Đinh Thị Hoa", "Chủ tịch Hội LHPN huyện Kbang")],
[Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố"), Q("1.285 tỷ đồng", 1285000000000, "đồng"),
 Q("hơn 3.040 tỷ đồng", 3040000000000, "đồng", "over"), Q("1.463 tổ tiết kiệm và vay vốn", 1463, "tổ tiết kiệm và vay vốn"),
 Q("61.794 hộ", 61794, "hộ"), Q("hơn 55%", 55, "%", "over"), Q("0,9%", 0.9, "%"), Q("0,11%", 0.11, "%"),
 Q("khoảng 38.000 lượt hộ", 38000, "lượt hộ", "approx"), Q("9.600 học sinh, sinh viên", 9600, "học sinh, sinh viên"),
 Q("hơn 42.000 công trình nước sạch, vệ sinh", 42000, "công trình nước sạch, vệ sinh", "over"),
 Q("hơn 160 tỷ đồng", 160000000000, "đồng", "over"), Q("56 tổ viên", 56, "tổ viên"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("ít nhất 1 tổ TK&VV", 1, "tổ TK&VV", "over"), Q("15 tập thể", 15, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị số 40-CT/TW ngày 22/11/2014"),
 D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Nghị quyết", "04", "NQ/HPN", None, "Ban Chấp hành Hội LHPN tỉnh", "Nghị quyết chuyên đề số 04-NQ/HPN"),
 D("Quyết định", "05", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 05/2024/QĐ-UBND")],
[prov("Gia Lai"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Chính trị › Xây dựng Đảng | Kinh tế › Ngân hàng", "Đồng chí Rah Lan Lâm phát biểu tại hội nghị. Ảnh: Đức Thụy", "(GLO)"],
["19.07.2024 | 16:05", "10 năm", "năm 2014", "2,4 lần", "giai đoạn 2021 - 2025", "9 năm", "2 năm", "năm 2025", "Chỉ thị 40"]))

PAGES.append(page("b7560-dongthap-soket-6thang-2024", """
ĐỒNG THÁP ONLINE
Cập nhật lúc 08:30 ngày 12/7/2024
Kinh tế > Tài chính
Phụ nữ Đồng Tháp quản lý hơn 1.500 tỷ đồng vốn chính sách
Sáng 11/7, Hội LHPN tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Tháp sơ kết công tác ủy thác 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Bà Lê Thị Thu Sương, Phó Chủ tịch Hội LHPN tỉnh và ông Đỗ Thanh Phong, Phó Giám đốc Chi nhánh NHCSXH tỉnh chủ trì.
Đến ngày 30/6/2024, tổng dư nợ do Hội quản lý đạt hơn 1.500 tỷ đồng, chiếm 35,4% dư nợ của Chi nhánh, với 842 tổ tiết kiệm và vay vốn, 37.905 hộ vay. So với đầu năm, dư nợ tăng 91 tỷ đồng, đạt 78% kế hoạch tăng trưởng năm. Tỷ lệ nợ quá hạn 0,06%, thấp nhất trong 4 tổ chức nhận ủy thác. Có 838 tổ xếp loại tốt; số dư tiền gửi tiết kiệm của tổ viên đạt 39,6 tỷ đồng.
Trong 6 tháng, các cấp Hội đã phối hợp tổ chức 1.260 buổi giao dịch tại xã; kiểm tra 214 tổ TK&VV, phát hiện, chấn chỉnh 6 tổ ghi chép sổ sách chưa đúng. Thực hiện Kế hoạch số 218/KH-UBND ngày 15/3/2024 của UBND tỉnh về phát triển nhà ở xã hội, Hội đã giới thiệu 47 hội viên là công nhân vay mua, thuê mua nhà ở xã hội.
Tại hội nghị, bà Nguyễn Thị Kiều Oanh, Chủ tịch Hội LHPN xã Tân Thuận Đông (TP Cao Lãnh) cho biết, Hội xã đã phối hợp phát triển 3 tổ TK&VV mới, nâng tổng số tổ lên 9 tổ, giúp 54 hộ hội viên tiếp cận vốn nuôi cá, làm nhang. Chị Huỳnh Thị Mỹ Duyên, Tổ trưởng tổ TK&VV ấp An Lạc, xã An Long, kể tổ có 47 tổ viên, hằng tháng gửi tiết kiệm từ 50.000 đồng trở lên.
Ông Đỗ Thanh Phong đề nghị các cấp Hội tiếp tục phối hợp thực hiện tốt Văn bản thỏa thuận số 1068/VBTT-HPN-NHCS giữa Hội LHPN tỉnh và Chi nhánh; quan tâm cho vay đối với người chấp hành xong án phạt tù theo Quyết định số 22/2023/QĐ-TTg của Thủ tướng Chính phủ, bởi thời gian qua mới có 12 người được vay với số tiền 1,1 tỷ đồng.
Kết luận hội nghị, bà Lê Thị Thu Sương đề nghị 6 tháng cuối năm, các cấp Hội phấn đấu hoàn thành 100% kế hoạch tăng trưởng dư nợ được giao; giữ tỷ lệ nợ quá hạn ổn định; mỗi huyện, thành phố xây dựng ít nhất 2 tổ TK&VV điểm về ứng dụng thanh toán không dùng tiền mặt.
Hội nghị khen thưởng 10 tổ TK&VV xuất sắc và 12 cán bộ Hội cơ sở có thành tích nổi bật.
Các đại biểu thống nhất đẩy mạnh tuyên truyền trên nhóm Zalo của chi hội về các chương trình tín dụng mới, nhất là cho vay hỗ trợ việc làm cho lao động nữ trở về từ các khu công nghiệp.
Bích Ngọc
Tin liên quan
- Lấp Vò: Hơn 300 hộ được vay vốn giải quyết việc làm (05/07/2024)
- Sa Đéc ra mắt tổ TK&VV công nhân (28/06/2024)
- Hội Phụ nữ Tháp Mười trao 30 căn nhà "Mái ấm tình thương" (20/06/2024)
""", "2024-07-12", "Phụ nữ Đồng Tháp quản lý hơn 1.500 tỷ đồng vốn chính sách",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Lê Thị Thu Sương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đỗ Thanh Phong", "Phó Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Nguyễn Thị Kiều Oanh", "Chủ tịch Hội LHPN xã Tân Thuận Đông"),
 P("Huỳnh Thị Mỹ Duyên", "Tổ trưởng tổ TK&VV ấp An Lạc")],
[Q("hơn 1.500 tỷ đồng", 1500000000000, "đồng", "over"), Q("35,4%", 35.4, "%"),
 Q("842 tổ tiết kiệm và vay vốn", 842, "tổ tiết kiệm và vay vốn"), Q("37.905 hộ", 37905, "hộ"), Q("91 tỷ đồng", 91000000000, "đồng"),
 Q("78%", 78, "%"), Q("0,06%", 0.06, "%"), Q("4 tổ chức", 4, "tổ chức"), Q("838 tổ", 838, "tổ"), Q("39,6 tỷ đồng", 39600000000, "đồng"),
 Q("1.260 buổi giao dịch", 1260, "buổi giao dịch"), Q("214 tổ TK&VV", 214, "tổ TK&VV"), Q("6 tổ", 6, "tổ"),
 Q("47 hội viên", 47, "hội viên"), Q("3 tổ TK&VV mới", 3, "tổ TK&VV mới"), Q("9 tổ", 9, "tổ"), Q("54 hộ hội viên", 54, "hộ hội viên"),
 Q("47 tổ viên", 47, "tổ viên"), Q("từ 50.000 đồng trở lên", 50000, "đồng", "over"), Q("12 người", 12, "người"),
 Q("1,1 tỷ đồng", 1100000000, "đồng"), Q("100% kế hoạch", 100, "%"), Q("ít nhất 2 tổ TK&VV điểm", 2, "tổ TK&VV điểm", "over"),
 Q("10 tổ TK&VV xuất sắc", 10, "tổ TK&VV xuất sắc"), Q("12 cán bộ Hội cơ sở", 12, "cán bộ Hội cơ sở")],
[D("Kế hoạch", "218", "KH-UBND", "2024-03-15", "UBND tỉnh", "Kế hoạch số 218/KH-UBND ngày 15/3/2024"),
 D("Văn bản thỏa thuận", "1068", "VBTT-HPN-NHCS", None, None, "Văn bản thỏa thuận số 1068/VBTT-HPN-NHCS"),
 D("Quyết định", "22", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2023/QĐ-TTg")],
[prov("Đồng Tháp"), com("Tân Thuận Đông"), com("An Long")],
["ĐỒNG THÁP ONLINE", "Kinh tế > Tài chính"],
["Cập nhật lúc 08:30 ngày 12/7/2024", "6 tháng đầu năm 2024", "6 tháng cuối năm", "30/6/2024", "6 tháng"]))

PAGES.append(page("b7561-tuyenquang-hoinghi-xamoi-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Xã hội › Chính sách
24/09/2025 06:00
Đưa vốn chính sách về xã mới: Hội Phụ nữ kiện toàn tổ tiết kiệm và vay vốn
Sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất, chính quyền địa phương hai cấp đi vào hoạt động, ngày 23/9, Hội LHPN tỉnh Tuyên Quang phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị triển khai hoạt động ủy thác tại các xã, phường sau sắp xếp.
Hội nghị do bà Vàng Thị Mai, Phó Chủ tịch Hội LHPN tỉnh và ông Lê Quang Huy, Giám đốc Chi nhánh NHCSXH tỉnh Tuyên Quang chủ trì, kết nối trực tuyến tới 124 xã, phường.
Theo báo cáo, sau hợp nhất, Hội Phụ nữ các cấp đang quản lý 2.968 tổ TK&VV với gần 98.000 hộ vay, dư nợ ủy thác khoảng 5.120 tỷ đồng, chiếm 37% tổng dư nợ của Chi nhánh. Khi không còn cấp huyện, toàn bộ việc phối hợp chuyển về Hội LHPN xã, phường và các Phòng giao dịch NHCSXH khu vực. Thực hiện Văn bản số 5622/NHCS-TDNN của Tổng Giám đốc NHCSXH, Chi nhánh đã rà soát, điều chỉnh địa bàn của 1.137 tổ, trong đó 214 tổ phải sáp nhập do thôn, tổ dân phố được sắp xếp lại.
Phát biểu tại hội nghị, bà Sùng Thị Dí, Chủ tịch Hội LHPN xã Đồng Văn, cho biết xã mới có diện tích rộng, nhiều thôn cách trung tâm hơn 20 km, nên Hội đề nghị duy trì điểm giao dịch cũ tại các xã trước sáp nhập. Bà Ma Thị Hoa, Chủ tịch Hội LHPN xã Lâm Bình, cho biết Hội xã đã bầu bổ sung 17 tổ trưởng mới, phần lớn là chi hội trưởng trẻ, biết dùng điện thoại thông minh để thống kê, nhắc lãi.
Ông Lê Quang Huy nêu rõ, trong 3 tháng đầu vận hành mô hình mới, nợ quá hạn toàn tỉnh vẫn giữ ở mức 0,12%; tuy nhiên có 5 xã tỷ lệ thu lãi chưa đạt 95%. Chi nhánh đề nghị Hội LHPN tỉnh chỉ đạo các xã này hoàn thành kiện toàn tổ trước ngày 31/10.
Kết luận hội nghị, bà Vàng Thị Mai đề nghị mỗi Hội LHPN xã, phường cử ít nhất 1 cán bộ chuyên trách theo dõi hoạt động ủy thác; thực hiện Hướng dẫn số 17/HD-HPN ngày 10/9/2025 của Ban Thường vụ Hội LHPN tỉnh về kiện toàn tổ chức, hoạt động tổ TK&VV sau sắp xếp; tuyệt đối không để hộ vay bị gián đoạn giao dịch.
Cùng ngày, Hội LHPN tỉnh ra mắt tổ TK&VV đầu tiên của phường Minh Xuân theo địa bàn mới, với 42 thành viên.
Nhiều đại biểu đề nghị Chi nhánh sớm in lại sổ vay vốn, biển hiệu điểm giao dịch theo tên xã, phường mới để bà con không bị nhầm lẫn.
Được biết, trước khi hợp nhất, tổng dư nợ ủy thác qua Hội Phụ nữ của tỉnh Tuyên Quang cũ là khoảng 2.630 tỷ đồng, tỉnh Hà Giang cũ khoảng 2.490 tỷ đồng. Số tổ TK&VV của cả hai tỉnh đều được xếp loại khá, tốt trên 97%.
Lan Anh
Lượt xem: 743
Tin liên quan
- Vốn vay nhà ở cho người dân vùng lũ (18/09/2025)
- Hội LHPN tỉnh Tuyên Quang ra mắt Ban Chấp hành sau hợp nhất (30/07/2025)
""", "2025-09-24", "Đưa vốn chính sách về xã mới: Hội Phụ nữ kiện toàn tổ tiết kiệm và vay vốn",
E("hoi_nghi", None, "2025-09-23"),
[P("Vàng Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Quang Huy", "Giám đốc Chi nhánh NHCSXH tỉnh Tuyên Quang"),
 P("Sùng Thị Dí", "Chủ tịch Hội LHPN xã Đồng Văn"),
 P("Ma Thị Hoa", "Chủ tịch Hội LHPN xã Lâm Bình")],
[Q("124 xã, phường", 124, "xã, phường"), Q("2.968 tổ TK&VV", 2968, "tổ TK&VV"), Q("gần 98.000 hộ", 98000, "hộ", "approx"),
 Q("khoảng 5.120 tỷ đồng", 5120000000000, "đồng", "approx"), Q("37%", 37, "%"), Q("1.137 tổ", 1137, "tổ"), Q("214 tổ", 214, "tổ"),
 Q("hơn 20 km", 20, "km", "over"), Q("17 tổ trưởng mới", 17, "tổ trưởng mới"), Q("0,12%", 0.12, "%"), Q("5 xã", 5, "xã"),
 Q("95%", 95, "%"), Q("ít nhất 1 cán bộ chuyên trách", 1, "cán bộ chuyên trách", "over"), Q("42 thành viên", 42, "thành viên"),
 Q("khoảng 2.630 tỷ đồng", 2630000000000, "đồng", "approx"), Q("khoảng 2.490 tỷ đồng", 2490000000000, "đồng", "approx"),
 Q("trên 97%", 97, "%", "over")],
[D("Văn bản", "5622", "NHCS-TDNN", None, "Tổng Giám đốc NHCSXH", "Văn bản số 5622/NHCS-TDNN"),
 D("Hướng dẫn", "17", "HD-HPN", "2025-09-10", "Ban Thường vụ Hội LHPN tỉnh", "Hướng dẫn số 17/HD-HPN ngày 10/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lâm Bình"), com("Minh Xuân")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Xã hội › Chính sách", "Lượt xem: 743"],
["24/09/2025 06:00", "3 tháng", "31/10", "Lượt xem: 743"]))

PAGES.append(page("b7562-vinhlong-tongket-nam2025", """
BÁO VĨNH LONG
Thứ Sáu, 09/01/2026, 08:05
Trang chủ | Kinh tế | Ngân hàng - Tín dụng
Các đại biểu dự hội nghị. Ảnh: Ngọc Hân
Hội Phụ nữ triển khai nhiệm vụ ủy thác năm 2026
Ngày 8/1/2026, Hội LHPN tỉnh Vĩnh Long phối hợp Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị tổng kết hoạt động ủy thác năm 2025 và triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên hoạt động ủy thác được tổng kết trên địa bàn tỉnh mới, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Tham dự có bà Nguyễn Thị Quyên Thanh, Phó Bí thư Tỉnh ủy; bà Thạch Thị Ngọc Hương, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; ông Võ Minh Trí, Giám đốc Chi nhánh NHCSXH tỉnh.
Năm 2025, dù trải qua giai đoạn sắp xếp bộ máy, hoạt động ủy thác vẫn được duy trì thông suốt. Đến 31/12/2025, Hội LHPN các cấp quản lý 3.412 tổ tiết kiệm và vay vốn, với 124.580 hộ còn dư nợ; tổng dư nợ ủy thác đạt 6.845 tỷ đồng, tăng 512 tỷ đồng, tương đương 8,1% so với đầu năm. Tỷ lệ nợ quá hạn 0,07%. Trong năm, có hơn 31.000 lượt hộ được vay vốn mới; vốn vay giúp gần 4.500 hộ thoát nghèo và tạo việc làm cho khoảng 18.000 lao động.
Hội đã kiện toàn 1.046 tổ có địa bàn thay đổi do sắp xếp ấp, khóm; bầu mới 386 tổ trưởng. Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Hội phối hợp triển khai ứng dụng VBSP SmartBanking tới 73% số tổ, giúp tổ viên trả lãi, gửi tiết kiệm qua điện thoại.
Tại hội nghị, bà Kim Thị Sa Rinh, Chủ tịch Hội LHPN xã Hòa Ân, chia sẻ kinh nghiệm vận động chị em Khmer tham gia tổ: "Hội xã dịch tài liệu ra tiếng Khmer, nhờ các vị sư ở chùa nhắc bà con trả lãi, nên 2 năm nay xã không có nợ quá hạn". Chị Lê Thị Cẩm Tú, Tổ trưởng tổ TK&VV ấp Phú Thạnh, xã Hưng Khánh Trung, đề xuất tăng phí hoa hồng cho tổ trưởng.
Phát biểu chỉ đạo, bà Nguyễn Thị Quyên Thanh đề nghị các cấp Hội thực hiện hiệu quả Chỉ thị 39-CT/TW của Ban Bí thư về nâng cao hiệu quả của vốn tín dụng chính sách xã hội trong giai đoạn mới; phấn đấu năm 2026 tăng trưởng dư nợ ủy thác ít nhất 10%, không có tổ xếp loại trung bình, yếu.
Hội nghị đã khen thưởng 45 tập thể, 60 cá nhân tiêu biểu; trao 30 sổ tiết kiệm, mỗi sổ trị giá 2 triệu đồng, cho hội viên nghèo vượt khó.
Theo kế hoạch, trong quý I/2026, Hội sẽ tập huấn nghiệp vụ cho tổ trưởng mới được bầu ở các xã, phường sau sắp xếp, nhất là về ghi chép sổ sách và hướng dẫn tổ viên sử dụng ứng dụng ngân hàng trên điện thoại.
Các đại biểu cũng thống nhất duy trì giao ban hằng quý giữa Hội và Chi nhánh tại các điểm giao dịch xã.
Bảo Trân
Tin khác
- Phụ nữ phường Trà Vinh nhận vốn khởi nghiệp (02/01/2026)
- Hội LHPN tỉnh tổng kết công tác Hội năm 2025 (26/12/2025)
""", "2026-01-09", "Hội Phụ nữ triển khai nhiệm vụ ủy thác năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Nguyễn Thị Quyên Thanh", "Phó Bí thư Tỉnh ủy"),
 P("Thạch Thị Ngọc Hương", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Võ Minh Trí", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Kim Thị Sa Rinh", "Chủ tịch Hội LHPN xã Hòa Ân"),
 P("Lê Thị Cẩm Tú", "Tổ trưởng tổ TK&VV ấp Phú Thạnh")],
[Q("3.412 tổ tiết kiệm và vay vốn", 3412, "tổ tiết kiệm và vay vốn"), Q("124.580 hộ", 124580, "hộ"),
 Q("6.845 tỷ đồng", 6845000000000, "đồng"), Q("512 tỷ đồng", 512000000000, "đồng"), Q("8,1%", 8.1, "%"), Q("0,07%", 0.07, "%"),
 Q("hơn 31.000 lượt hộ", 31000, "lượt hộ", "over"), Q("gần 4.500 hộ", 4500, "hộ", "approx"),
 Q("khoảng 18.000 lao động", 18000, "lao động", "approx"), Q("1.046 tổ", 1046, "tổ"), Q("386 tổ trưởng", 386, "tổ trưởng"),
 Q("73%", 73, "%"), Q("ít nhất 10%", 10, "%", "over"), Q("45 tập thể", 45, "tập thể"), Q("60 cá nhân tiêu biểu", 60, "cá nhân tiêu biểu"),
 Q("30 sổ tiết kiệm", 30, "sổ tiết kiệm"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 57-NQ/TW"),
 D("Chỉ thị", "39", "CT/TW", None, "Ban Bí thư", "Chỉ thị 39-CT/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Hòa Ân"), com("Hưng Khánh Trung")],
["BÁO VĨNH LONG", "Trang chủ | Kinh tế | Ngân hàng - Tín dụng", "Các đại biểu dự hội nghị. Ảnh: Ngọc Hân", "VBSP SmartBanking"],
["Thứ Sáu, 09/01/2026, 08:05", "năm 2025", "năm 2026", "31/12/2025", "2 năm", "ba tỉnh", "quý I/2026"]))

PAGES.append(page("b7563-lamdong-doithoai-phunu-2026", """
Báo Lâm Đồng
Ngày đăng 16/04/2026 | 16:20
Chính trị - Xã hội | Mặt trận - Đoàn thể
Chủ tịch UBND xã đối thoại với hội viên phụ nữ về vốn vay chính sách
Sáng 15/4, UBND xã Quảng Khê phối hợp với Hội LHPN xã tổ chức hội nghị đối thoại năm 2026 giữa người đứng đầu cấp ủy, chính quyền với hội viên, phụ nữ về chủ đề "Phụ nữ tiếp cận vốn vay chính sách, phát triển kinh tế bền vững". Ông Điểu K'Rông, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì đối thoại.
Tham dự có bà K'Thị Hương, Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng; ông Trần Văn Hải, Giám đốc Phòng giao dịch NHCSXH khu vực Đắk Glong cùng hơn 150 hội viên phụ nữ đến từ 18 thôn, bon.
Báo cáo của Hội LHPN xã cho biết, xã Quảng Khê (mới) được thành lập trên cơ sở nhập xã Quảng Khê và xã Đắk Plao. Hiện Hội quản lý 14 tổ tiết kiệm và vay vốn với 632 hộ vay, dư nợ 31,6 tỷ đồng; nợ quá hạn chiếm 0,9%, cao hơn bình quân toàn tỉnh. Trước buổi đối thoại, Hội đã tập hợp 27 ý kiến góp ý của hội viên.
Chị Thị Hoa, người Mnông ở bon B'Tiêng, đề nghị cho vay với thời hạn dài hơn để trồng sầu riêng, vì cây phải 4 - 5 năm mới cho thu hoạch. Chị H'Loan, tổ viên tổ TK&VV thôn 2, hỏi về điều kiện vay vốn nhà ở cho hộ nghèo. Ông Trần Văn Hải giải thích, theo Nghị định số 100/2024/NĐ-CP của Chính phủ, hộ nghèo có thể vay tối đa 500 triệu đồng để xây dựng, sửa chữa nhà ở xã hội tự xây, thời hạn vay tối đa 25 năm; Phòng giao dịch sẽ hướng dẫn hồ sơ cụ thể qua tổ trưởng.
Bà Nguyễn Thị Lan, Chủ tịch Hội LHPN xã, cho biết một số tổ trưởng sau sáp nhập phải phụ trách địa bàn rộng, đi lại khó khăn vào mùa mưa. Ông Điểu K'Rông ghi nhận và giao Văn phòng HĐND - UBND xã phối hợp với ngân hàng bố trí thêm 1 điểm giao dịch tại trung tâm xã Đắk Plao cũ.
Trả lời ý kiến về nguồn vốn, ông Điểu K'Rông cho biết năm 2026 xã sẽ đề nghị UBND tỉnh ủy thác thêm khoảng 3 tỷ đồng cho hộ đồng bào dân tộc thiểu số theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Kết thúc đối thoại, 25 ý kiến được giải đáp trực tiếp, 2 ý kiến được chuyển đến cơ quan cấp trên.
Nhiều hội viên cho biết, đây là lần đầu được trực tiếp trao đổi với lãnh đạo xã mới về vốn vay, nên mạnh dạn nêu khó khăn. Một số chị em đề nghị Hội tổ chức thêm lớp hướng dẫn làm phương án vay vốn, ghi chép thu chi gia đình để sử dụng vốn hiệu quả hơn.
Bà K'Thị Hương đánh giá cao việc xã tổ chức đối thoại chuyên đề, đề nghị Hội LHPN xã theo dõi việc thực hiện các nội dung đã cam kết.
Dịp này, Hội LHPN tỉnh trao 10 sổ tiết kiệm, mỗi sổ 1,5 triệu đồng, cho các tổ viên có hoàn cảnh khó khăn.
K'Linh
Tin khác
- Bảo Lộc: Phụ nữ vay vốn phát triển cà phê đặc sản (10/04/2026)
- Tổng kết 10 năm hoạt động tổ TK&VV tại Phan Thiết (03/04/2026)
""", "2026-04-16", "Chủ tịch UBND xã đối thoại với hội viên phụ nữ về vốn vay chính sách",
E("doi_thoai", "2026", "2026-04-15"),
[P("Điểu K'Rông", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("K'Thị Hương", "Phó Chủ tịch Hội LHPN tỉnh Lâm Đồng"),
 P("Trần Văn Hải", "Giám đốc Phòng giao dịch NHCSXH khu vực Đắk Glong"),
 P("Thị Hoa"),
 P("H'Loan", "tổ viên tổ TK&VV thôn 2"),
 P("Nguyễn Thị Lan", "Chủ tịch Hội LHPN xã")],
[Q("hơn 150 hội viên phụ nữ", 150, "hội viên phụ nữ", "over"), Q("18 thôn, bon", 18, "thôn, bon"),
 Q("14 tổ tiết kiệm và vay vốn", 14, "tổ tiết kiệm và vay vốn"), Q("632 hộ", 632, "hộ"), Q("31,6 tỷ đồng", 31600000000, "đồng"),
 Q("0,9%", 0.9, "%"), Q("27 ý kiến", 27, "ý kiến"), Q("tối đa 500 triệu đồng", 500000000, "đồng"), Q("1 điểm giao dịch", 1, "điểm giao dịch"),
 Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("25 ý kiến", 25, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"),
 Q("10 sổ tiết kiệm", 10, "sổ tiết kiệm"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị định", "100", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 100/2024/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("Lâm Đồng"), com("Quảng Khê"), com("Đắk Plao")],
["Báo Lâm Đồng", "Chính trị - Xã hội | Mặt trận - Đoàn thể", "Phụ nữ tiếp cận vốn vay chính sách, phát triển kinh tế bền vững"],
["Ngày đăng 16/04/2026 | 16:20", "năm 2026", "4 - 5 năm", "25 năm", "thôn 2"]))

PAGES.append(page("b7564-dongnai-daihoi-phunuphuong-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thứ Sáu, 22/05/2026
Đại biểu bầu Ban Chấp hành Hội LHPN phường Bình Phước nhiệm kỳ 2026 - 2031.
Đại hội Phụ nữ phường Bình Phước: phát triển tổ tiết kiệm trong khu dân cư mới
Ngày 21/5, Hội LHPN phường Bình Phước, tỉnh Đồng Nai tổ chức Đại hội đại biểu Phụ nữ phường lần thứ I, nhiệm kỳ 2026 - 2031. Đây là đại hội đầu tiên của Hội Phụ nữ phường sau khi sắp xếp đơn vị hành chính, trên cơ sở nhập phường Tân Phú, phường Tân Bình và xã Tiến Hưng thuộc tỉnh Bình Phước trước đây.
Dự đại hội có bà Điểu Thị Hồng, Phó Chủ tịch Hội LHPN tỉnh Đồng Nai; ông Lê Văn Tâm, Bí thư Đảng ủy phường cùng 150 đại biểu đại diện cho 6.320 hội viên.
Nhiệm kỳ qua, các cơ sở Hội trên địa bàn đã phối hợp với NHCSXH quản lý 21 tổ tiết kiệm và vay vốn, 1.035 hộ vay, dư nợ 58,4 tỷ đồng; tỷ lệ nợ quá hạn 0,04%. Vốn vay ưu đãi giúp 312 hội viên phát triển kinh tế hộ, 96 hộ xây, sửa nhà vệ sinh, 140 học sinh, sinh viên vay vốn đi học. Các chi hội còn duy trì 35 nhóm tiết kiệm, với tổng số tiền xoay vòng hơn 1,2 tỷ đồng.
Đại hội đề ra mục tiêu nhiệm kỳ 2026 - 2031: hằng năm phát triển ít nhất 150 hội viên mới; 100% khu phố có tổ TK&VV hoặc nhóm tiết kiệm; phấn đấu tăng dư nợ ủy thác bình quân 7%/năm; hỗ trợ ít nhất 50 phụ nữ khởi nghiệp. Đại hội thống nhất thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/1/2026 của Đảng ủy phường về phát triển kinh tế khu dân cư và Chương trình hành động số 05-CTr/HPN của Ban Thường vụ Hội LHPN tỉnh.
Tham luận tại đại hội, bà Thị Sương, người S'tiêng, Tổ trưởng tổ TK&VV khu phố Phú Cường, cho biết tổ có 48 thành viên, nhiều chị em công nhân vay vốn mở quầy tạp hóa, nuôi heo. "Năm rồi có chị bị mất việc, tổ góp mỗi người 100.000 đồng để chị đóng lãi", bà Sương nói.
Phát biểu chỉ đạo, bà Điểu Thị Hồng đề nghị Hội phường quan tâm đến hội viên là công nhân, lao động tự do từ nơi khác đến; tiếp tục phối hợp với Phòng giao dịch NHCSXH khu vực đưa vốn đến đúng đối tượng.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành khóa I. Tại hội nghị lần thứ nhất, bà Trần Thị Ngọc Hân được bầu giữ chức Chủ tịch Hội LHPN phường Bình Phước nhiệm kỳ 2026 - 2031; các bà Lâm Thị Hằng, Nguyễn Thị Thu - Phó Chủ tịch Hội LHPN phường.
Đại hội cũng bầu 7 đại biểu dự Đại hội đại biểu Phụ nữ tỉnh Đồng Nai lần thứ I.
Các đại biểu cũng thảo luận cách đưa hội viên nhập cư vào sinh hoạt tổ.
Ngay sau đại hội, Ban Chấp hành khóa I đã ra mắt tổ TK&VV thứ 22 tại khu phố Phú Cường với 30 thành viên là nữ công nhân.
Thanh Hải
Tin liên quan
- Hội LHPN tỉnh Đồng Nai hướng dẫn đại hội cấp cơ sở (05/05/2026)
- Đồng Xoài: tổ tiết kiệm giúp chị em công nhân (20/04/2026)
""", "2026-05-22", "Đại hội Phụ nữ phường Bình Phước: phát triển tổ tiết kiệm trong khu dân cư mới",
E("dai_hoi", None, "2026-05-21"),
[P("Điểu Thị Hồng", "Phó Chủ tịch Hội LHPN tỉnh Đồng Nai"),
 P("Lê Văn Tâm", "Bí thư Đảng ủy phường"),
 P("Thị Sương", "Tổ trưởng tổ TK&VV khu phố Phú Cường"),
 P("Trần Thị Ngọc Hân", "Chủ tịch Hội LHPN phường Bình Phước nhiệm kỳ 2026 - 2031"),
 P("Lâm Thị Hằng", "Phó Chủ tịch Hội LHPN phường"),
 P("Nguyễn Thị Thu", "Phó Chủ tịch Hội LHPN phường")],
[Q("150 đại biểu", 150, "đại biểu"), Q("6.320 hội viên", 6320, "hội viên"),
 Q("21 tổ tiết kiệm và vay vốn", 21, "tổ tiết kiệm và vay vốn"), Q("1.035 hộ", 1035, "hộ"), Q("58,4 tỷ đồng", 58400000000, "đồng"),
 Q("0,04%", 0.04, "%"), Q("312 hội viên", 312, "hội viên"), Q("96 hộ", 96, "hộ"), Q("140 học sinh, sinh viên", 140, "học sinh, sinh viên"),
 Q("35 nhóm tiết kiệm", 35, "nhóm tiết kiệm"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("ít nhất 150 hội viên mới", 150, "hội viên mới", "over"), Q("100% khu phố", 100, "%"), Q("7%", 7, "%"),
 Q("ít nhất 50 phụ nữ", 50, "phụ nữ", "over"), Q("48 thành viên", 48, "thành viên"), Q("100.000 đồng", 100000, "đồng"),
 Q("19 đồng chí", 19, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"), Q("30 thành viên", 30, "thành viên")],
[D("Nghị quyết", "03", "NQ/ĐU", "2026-01-15", "Đảng ủy phường", "Nghị quyết số 03-NQ/ĐU ngày 15/1/2026"),
 D("Chương trình hành động", "05", "CTr/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Chương trình hành động số 05-CTr/HPN")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Tân Phú"), com("Tân Bình"), com("Tiến Hưng")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Đại biểu bầu Ban Chấp hành Hội LHPN phường Bình Phước nhiệm kỳ 2026 - 2031."],
["Thứ Sáu, 22/05/2026", "lần thứ I", "nhiệm kỳ 2026 - 2031", "19 đồng chí", "khóa I", "lần thứ nhất", "tổ TK&VV thứ 22", "Năm rồi"]))
