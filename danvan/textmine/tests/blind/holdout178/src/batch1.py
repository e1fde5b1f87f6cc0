from lib import *
PAGES = []

PAGES.append(page("b4229-thanhhoa-dvcq-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ > Hoạt động > Dân vận chính quyền
Ngày đăng 29/12/2011 | 15:40
Toàn cảnh hội nghị tổng kết.
Thanh Hóa: Tổng kết công tác dân vận chính quyền năm 2011
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ban cán sự Đảng UBND tỉnh tổ chức hội nghị tổng kết công tác dân vận chính quyền năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Lê Thị Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Văn Tuấn, Phó Chủ tịch UBND tỉnh. Tham dự có 135 đại biểu là lãnh đạo các sở, ban, ngành và 27 huyện, thị xã, thành phố.
Năm qua, thực hiện Chỉ thị số 12-CT/TU ngày 10/5/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận của chính quyền các cấp, UBND tỉnh đã ban hành Kế hoạch 86, 87/KH-UBND triển khai Nghị quyết số 30c/NQ-CP ngày 8/11/2011 của Chính phủ về Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020 và Quyết định số 93/2007/QĐ-TTg của Thủ tướng Chính phủ về cơ chế một cửa, một cửa liên thông. Đến nay 100% sở, ngành và 637 xã, phường, thị trấn đã thực hiện cơ chế một cửa; toàn tỉnh tiếp nhận 412.560 hồ sơ, giải quyết đúng hạn 398.700 hồ sơ, đạt 96,6%; rà soát, kiến nghị bãi bỏ 58 thủ tục hành chính không còn phù hợp.
Các cấp chính quyền đã tiếp 3.215 lượt công dân, tiếp nhận 1.046 đơn thư khiếu nại, tố cáo, kiến nghị, đã giải quyết 972 đơn. Khảo sát tại 40 xã cho thấy trên 80% người dân hài lòng với thái độ phục vụ của cán bộ bộ phận tiếp nhận và trả kết quả.
Tại hội nghị, ông Trịnh Xuân Hùng, Giám đốc Sở Nội vụ, nêu rõ một số nơi còn tình trạng "hành dân", hẹn trả hồ sơ nhiều lần. Bà Hà Thị Phương, HUV, Chủ tịch UBND huyện Bá Thước, chia sẻ kinh nghiệm xã Lũng Niêm đưa cán bộ tư pháp - hộ tịch xuống tận bản giải quyết giấy tờ cho đồng bào Mường, Thái. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lò Văn Mạnh, Cầm Bá Thiện đề nghị gắn công tác dân vận chính quyền với thực hiện Quy chế dân chủ ở cơ sở.
Phát biểu kết luận, đồng chí Lê Thị Bình yêu cầu năm 2012 mỗi cán bộ, công chức thực hiện phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"; mỗi huyện xây dựng ít nhất 2 mô hình "Dân vận khéo" trong lĩnh vực cải cách hành chính.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Quảng Xương: tập huấn cho 200 cán bộ một cửa (12/12/2011)
- Sơ kết 3 năm thực hiện Chỉ thị 12-CT/TU ở Ngọc Lặc (01/12/2011)
- Đoàn kiểm tra của Ban Dân vận Trung ương làm việc tại Thanh Hóa (18/11/2011)
""", "2011-12-29", "Thanh Hóa: Tổng kết công tác dân vận chính quyền năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Thị Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tuấn", "Phó Chủ tịch UBND tỉnh"),
 P("Trịnh Xuân Hùng", "Giám đốc Sở Nội vụ"),
 P("Hà Thị Phương", "HUV", "Chủ tịch UBND huyện Bá Thước"),
 P("Lò Văn Mạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cầm Bá Thiện", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("135 đại biểu", 135, "đại biểu"), Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("100% sở, ngành", 100, "%"), Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
 Q("412.560 hồ sơ", 412560, "hồ sơ"), Q("398.700 hồ sơ", 398700, "hồ sơ"), Q("96,6%", 96.6, "%"),
 Q("58 thủ tục hành chính", 58, "thủ tục hành chính"), Q("3.215 lượt công dân", 3215, "lượt công dân"),
 Q("1.046 đơn thư khiếu nại, tố cáo, kiến nghị", 1046, "đơn thư khiếu nại, tố cáo, kiến nghị"), Q("972 đơn", 972, "đơn"),
 Q("40 xã", 40, "xã"), Q("trên 80%", 80, "%", "over"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "12", "CT/TU", "2011-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 10/5/2011"),
 D("Kế hoạch", "86", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 86, 87/KH-UBND"),
 D("Kế hoạch", "87", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 86, 87/KH-UBND"),
 D("Nghị quyết", "30c", "NQ-CP", "2011-11-08", "Chính phủ", "Nghị quyết số 30c/NQ-CP ngày 8/11/2011"),
 D("Quyết định", "93", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 93/2007/QĐ-TTg")],
[prov("Thanh Hóa"), com("Lũng Niêm")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ > Hoạt động > Dân vận chính quyền", "Toàn cảnh hội nghị tổng kết.",
 "Dân vận khéo", "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Lượt xem: 1.204", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 29/12/2011 | 15:40", "năm 2011", "năm 2012", "giai đoạn 2011 - 2020", "Lượt xem: 1.204"]))

PAGES.append(page("b4230-laocai-bienphong-traoqua-2012", """
Báo Lào Cai điện tử
Quốc phòng - An ninh | Biên phòng
16/04/2012 - 09:20
Bộ đội Biên phòng Lào Cai trao 300 suất quà cho đồng bào xã biên giới Y Tý
Ngày 14/4, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ủy ban MTTQ tỉnh tổ chức chương trình "Biên cương ấm tình quân dân" tại xã Y Tý, huyện Bát Xát, trao 300 suất quà cho hộ nghèo người Hà Nhì, Mông và tặng 120 chiếc chăn ấm cho học sinh bán trú.
Đại tá Vàng Seo Pao, Phó Chỉ huy trưởng về chính trị Bộ Chỉ huy BĐBP tỉnh trao quà cho bà con. Ảnh: Tuấn Anh
Tham dự có đồng chí Giàng A Chu, Phó Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Chảo Láo Tả, Bí thư Đảng ủy xã Y Tý; Thiếu tá Lý Seo Dìn, Đồn trưởng Đồn Biên phòng Y Tý.
Mỗi suất quà trị giá 400.000 đồng gồm gạo, dầu ăn, muối i-ốt; tổng giá trị chương trình hơn 150 triệu đồng, do cán bộ, chiến sĩ đơn vị đóng góp và vận động các doanh nghiệp ủng hộ.
Theo Thiếu tá Lý Seo Dìn, thực hiện Chỉ thị số 01/CT-BTL ngày 5/1/2012 của Bộ Tư lệnh Bộ đội Biên phòng về công tác vận động quần chúng năm 2012 và Kế hoạch số 19/KH-BCH của Bộ Chỉ huy BĐBP tỉnh, từ đầu năm đến nay đơn vị đã cử 24 cán bộ tăng cường về 6 thôn bản, giúp dân làm 1.350 ngày công, tu sửa 14 km đường liên thôn, vận động 37 hộ xóa bỏ hủ tục trong ma chay, cưới hỏi; duy trì lớp xóa mù chữ cho 42 học viên. Đồn cũng nhận đỡ đầu 9 học sinh nghèo theo chương trình "Nâng bước em tới trường", mỗi em 500.000 đồng/tháng.
Phát biểu tại buổi trao quà, Đại tá Vàng Seo Pao đề nghị bà con tiếp tục tham gia tự quản đường biên, cột mốc, không nghe kẻ xấu lôi kéo di cư tự do, tố giác tội phạm mua bán người. Ông Sần Pờ Xá, người có uy tín thôn Phìn Hồ, thay mặt bà con cảm ơn bộ đội biên phòng đã "ăn cùng, ở cùng, làm cùng" với đồng bào.
Cùng ngày, đoàn đã thăm, tặng quà 5 gia đình chính sách và người có uy tín trên địa bàn xã A Mú Sung.
Được biết, năm 2011 Bộ đội Biên phòng tỉnh Lào Cai đã vận động, tiếp nhận gần 2 tỷ đồng từ các nhà hảo tâm để xây 11 căn nhà "Đại đoàn kết" và 3 điểm trường cho các xã biên giới; 100% đồn biên phòng cử cán bộ tham gia sinh hoạt chi bộ thôn bản theo Hướng dẫn số 45-HD/TU của Ban Thường vụ Tỉnh ủy. Mô hình "Đồn biên phòng là nhà, nhân dân là anh em" đang được nhân rộng ra các xã Bản Lầu, Y Tý, Trịnh Tường.
Tuấn Anh - Minh Đức
Số lượt đọc: 652
Tin khác
- Biên phòng Mường Khương ra quân giúp dân làm đường (10/04/2012)
- Trao 50 con bò giống cho hộ nghèo xã Bản Lầu (02/04/2012)
- Bát Xát: hội nghị quân dân chính đảng (26/03/2012)
- Khám bệnh miễn phí cho 400 người dân biên giới (15/03/2012)
- Đồn Biên phòng Bát Xát ký kết kết nghĩa với xã Nậm Chạc (05/03/2012)
""", "2012-04-16", "Bộ đội Biên phòng Lào Cai trao 300 suất quà cho đồng bào xã biên giới Y Tý",
E("trao_qua", None, "2012-04-14"),
[P("Vàng Seo Pao", "Đại tá", "Phó Chỉ huy trưởng về chính trị Bộ Chỉ huy BĐBP tỉnh"),
 P("Giàng A Chu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chảo Láo Tả", "Bí thư Đảng ủy xã Y Tý"),
 P("Lý Seo Dìn", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Y Tý"),
 P("Sần Pờ Xá", "người có uy tín thôn Phìn Hồ")],
[Q("300 suất quà", 300, "suất quà"), Q("120 chiếc chăn ấm", 120, "chiếc chăn ấm"),
 Q("400.000 đồng", 400000, "đồng"), Q("hơn 150 triệu đồng", 150000000, "đồng", "over"),
 Q("24 cán bộ", 24, "cán bộ"), Q("6 thôn bản", 6, "thôn bản"), Q("1.350 ngày công", 1350, "ngày công"),
 Q("14 km", 14, "km"), Q("37 hộ", 37, "hộ"), Q("42 học viên", 42, "học viên"), Q("9 học sinh nghèo", 9, "học sinh nghèo"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("5 gia đình chính sách", 5, "gia đình chính sách"),
 Q("gần 2 tỷ đồng", 2000000000, "đồng", "approx"), Q("11 căn nhà", 11, "căn nhà"), Q("3 điểm trường", 3, "điểm trường"), Q("100% đồn biên phòng", 100, "%")],
[D("Chỉ thị", "01", "CT-BTL", "2012-01-05", "Bộ Tư lệnh Bộ đội Biên phòng", "Chỉ thị số 01/CT-BTL ngày 5/1/2012"),
 D("Kế hoạch", "19", "KH-BCH", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 19/KH-BCH"),
 D("Hướng dẫn", "45", "HD/TU", None, "Ban Thường vụ Tỉnh ủy", "Hướng dẫn số 45-HD/TU")],
[prov("Lào Cai"), com("Y Tý"), com("A Mú Sung"), com("Bản Lầu"), com("Trịnh Tường")],
["Báo Lào Cai điện tử", "Quốc phòng - An ninh | Biên phòng", "Biên cương ấm tình quân dân", "Nâng bước em tới trường",
 "Đại tá Vàng Seo Pao, Phó Chỉ huy trưởng về chính trị Bộ Chỉ huy BĐBP tỉnh trao quà cho bà con. Ảnh: Tuấn Anh",
 "ăn cùng, ở cùng, làm cùng", "Số lượt đọc: 652", "Đại đoàn kết", "Đồn biên phòng là nhà, nhân dân là anh em"],
["16/04/2012 - 09:20", "năm 2012", "năm 2011", "Số lượt đọc: 652"]))

PAGES.append(page("b4231-namdinh-motcua-giamsat-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH
Bạn đang ở: Trang chủ / Giám sát và phản biện xã hội
Cập nhật: 08:50, 22/10/2013 (GMT+7)
Ủy ban MTTQ tỉnh giám sát bộ phận một cửa tại 12 xã, thị trấn
Từ ngày 14 đến 18/10/2013, Đoàn giám sát của Ủy ban MTTQ tỉnh do bà Trần Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện cơ chế một cửa và công tác dân vận chính quyền năm 2013 tại 12 xã, thị trấn thuộc các huyện Hải Hậu, Giao Thủy, Ý Yên.
Cuộc giám sát thực hiện theo Chương trình phối hợp số 05/CTr-MTTQ-BTT và Kế hoạch số 34/KH-MTTQ ngày 2/10/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, bám sát Hướng dẫn số 18/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát của Mặt trận đối với cán bộ, công chức ở cơ sở. Đây là lần đầu tiên Mặt trận tỉnh Nam Định giám sát chuyên đề về thái độ phục vụ nhân dân của bộ phận tiếp nhận và trả kết quả cấp xã.
Bộ phận một cửa ở thị trấn Yên Định, xã Hải Minh. Ảnh: Hồng Nhung
Qua giám sát cho thấy, 12/12 đơn vị đã bố trí phòng tiếp nhận và trả kết quả riêng, niêm yết công khai 96 thủ tục hành chính thuộc thẩm quyền cấp xã. Chín tháng năm 2013, các đơn vị được giám sát tiếp nhận 18.436 hồ sơ, trong đó lĩnh vực tư pháp - hộ tịch chiếm gần 70%; trả đúng hẹn 18.102 hồ sơ; còn 334 hồ sơ trễ hẹn, chủ yếu về đất đai. Đoàn đã phát 600 phiếu lấy ý kiến người dân, kết quả 87,5% số phiếu hài lòng, 2,3% không hài lòng.
Đoàn cũng ghi nhận một số hạn chế: 5 xã chưa có hòm thư góp ý, một số công chức tư pháp - hộ tịch, địa chính - xây dựng còn kiêm nhiệm nhiều việc; việc thu phí, lệ phí ở xã Giao Tiến chưa niêm yết đầy đủ.
Làm việc với đoàn, ông Vũ Đình Khang, Chủ tịch UBND xã Hải Minh cho biết xã đã lắp đặt 2 máy tính tra cứu hồ sơ, ứng dụng phần mềm một cửa điện tử từ tháng 6. Ông Đỗ Văn Tiến, Bí thư Đảng ủy thị trấn Yên Định, tiếp thu ý kiến về việc phân công cán bộ trực tiếp dân vào thứ Bảy.
Kết luận đợt giám sát, bà Trần Thị Thu Hà đề nghị UBND các xã công khai số điện thoại đường dây nóng, xử lý nghiêm cán bộ gây phiền hà; đồng thời kiến nghị UBND tỉnh bố trí kinh phí nâng cấp 7 bộ phận một cửa xuống cấp. Đoàn sẽ tổng hợp báo cáo Ban Thường trực trước ngày 30/10.
Theo kế hoạch, trong quý IV, Ban Thường trực Ủy ban MTTQ các huyện sẽ tiếp tục giám sát tại 45 xã còn lại; kết quả giám sát là một căn cứ để bình xét danh hiệu "Xã văn minh, công sở văn hóa" năm 2013.
Nguyễn Hương
Lượt xem: 418
Tin liên quan
- Hội nghị giao ban công tác Mặt trận quý III/2013 (08/10/2013)
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Vụ Bản (24/09/2013)
- Nam Trực: 100% xã ký kết chương trình phối hợp (12/09/2013)
""", "2013-10-22", "Ủy ban MTTQ tỉnh giám sát bộ phận một cửa tại 12 xã, thị trấn",
E("giam_sat", "2013", "2013-10-14"),
[P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Đình Khang", "Chủ tịch UBND xã Hải Minh"),
 P("Đỗ Văn Tiến", "Bí thư Đảng ủy thị trấn Yên Định")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("12/12 đơn vị", 12, "đơn vị"),
 Q("96 thủ tục hành chính", 96, "thủ tục hành chính"), Q("18.436 hồ sơ", 18436, "hồ sơ"), Q("gần 70%", 70, "%", "approx"),
 Q("18.102 hồ sơ", 18102, "hồ sơ"), Q("334 hồ sơ", 334, "hồ sơ"), Q("600 phiếu", 600, "phiếu"),
 Q("87,5%", 87.5, "%"), Q("2,3%", 2.3, "%"), Q("5 xã", 5, "xã"), Q("2 máy tính", 2, "máy tính"),
 Q("7 bộ phận một cửa", 7, "bộ phận một cửa"), Q("45 xã", 45, "xã")],
[D("Chương trình phối hợp", "05", "CTr-MTTQ-BTT", None, None, "Chương trình phối hợp số 05/CTr-MTTQ-BTT"),
 D("Kế hoạch", "34", "KH-MTTQ", "2013-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 34/KH-MTTQ ngày 2/10/2013"),
 D("Hướng dẫn", "18", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 18/HD-MTTW-BTT")],
[prov("Nam Định"), com("Yên Định"), com("Hải Minh"), com("Giao Tiến")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NAM ĐỊNH", "Bạn đang ở: Trang chủ / Giám sát và phản biện xã hội",
 "Bộ phận một cửa ở thị trấn Yên Định, xã Hải Minh. Ảnh: Hồng Nhung", "Lượt xem: 418", "Xã văn minh, công sở văn hóa"],
["Cập nhật: 08:50, 22/10/2013 (GMT+7)", "Chín tháng năm 2013", "quý IV", "Lượt xem: 418"]))

PAGES.append(page("b4232-daklak-congan-soket-2014", """
CÔNG AN TỈNH ĐẮK LẮK - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Tin tức » Xây dựng phong trào
08:15 | 15/07/2014
Thượng tá Y Khuê Êban báo cáo tại hội nghị.
Công an Đắk Lắk làm tốt công tác dân vận trong vùng đồng bào dân tộc thiểu số
Ngày 14/7, Đảng ủy Công an tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Y Wang Mlô, Đảng ủy viên, Phó Giám đốc Công an tỉnh chủ trì; dự có đồng chí Nguyễn Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo do Thượng tá Y Khuê Êban, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc trình bày, thực hiện Nghị quyết số 05-NQ/ĐUCA ngày 20/1/2014 của Đảng ủy Công an tỉnh và Kế hoạch 112, 113/KH-CAT của Công an tỉnh về công tác vận động quần chúng, 6 tháng qua lực lượng công an các cấp đã tổ chức 1.240 buổi tuyên truyền cho khoảng 86.500 lượt người nghe, chủ yếu bằng tiếng Êđê, M'nông, Jrai; vận động nhân dân giao nộp 312 khẩu súng tự chế, gần 45 kg vật liệu nổ.
Toàn tỉnh đã xây dựng mới 38 mô hình "Tự quản về an ninh trật tự", nâng tổng số lên 412 mô hình; 156 cán bộ, chiến sĩ công an được phân công phụ trách 184 buôn, thôn vùng sâu. Công an các xã Ea Phê, Cư Pơng đã phối hợp với già làng, người có uy tín vận động 27 người đi theo tà đạo "Hà Mòn" trở về sinh hoạt tôn giáo hợp pháp. Đơn vị cũng đóng góp hơn 320 triệu đồng xây 4 căn nhà tình nghĩa cho gia đình chính sách.
Tại hội nghị, Trung tá Lê Văn Phúc, Trung tá Phan Đình Long - Phó Trưởng Công an huyện Krông Pắc, cho biết từ đầu năm huyện đã tiếp nhận 215 tin báo của nhân dân về tội phạm, qua đó triệt phá 9 ổ nhóm trộm cắp cà phê. Ông Y Bhiăr Niê, người có uy tín buôn Ea Bông, xã Hòa Thắng, đề nghị công an tiếp tục cử cán bộ ở lại buôn vào mùa thu hoạch. Thiếu tá H'Linh Byă, Phó Trưởng Công an xã Cư Pơng, chia sẻ cách dùng tiếng dân tộc để "đi từng ngõ, gõ từng nhà".
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hằng đề nghị Công an tỉnh tiếp tục thực hiện Chỉ thị số 05/CT-BCA của Bộ trưởng Bộ Công an về công tác vận động quần chúng; gắn phong trào "Toàn dân bảo vệ an ninh Tổ quốc" với phong trào thi đua "Dân vận khéo"; đặc biệt quan tâm vận động đồng bào không nghe lôi kéo vượt biên, di cư tự do.
Kết luận hội nghị, Đại tá Y Wang Mlô yêu cầu 6 tháng cuối năm mỗi đồn, trạm công an xây dựng ít nhất 1 mô hình dân vận; tỷ lệ vụ án do quần chúng cung cấp thông tin đạt trên 70%.
Dịp này, Giám đốc Công an tỉnh tặng Giấy khen cho 8 tập thể, 17 cá nhân.
Hữu Thắng
Lượt truy cập: 3.517
Tin liên quan
- Ra mắt mô hình "Buôn tự quản về an ninh trật tự" tại Lắk (03/07/2014)
- Công an Buôn Đôn giúp dân làm nhà (20/06/2014)
- Trao tặng 200 suất quà cho hộ nghèo xã Ea Sol (11/06/2014)
""", "2014-07-15", "Công an Đắk Lắk làm tốt công tác dân vận trong vùng đồng bào dân tộc thiểu số",
E("so_ket", "2014-H1", "2014-07-14"),
[P("Y Wang Mlô", "Đại tá", "Đảng ủy viên", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khuê Êban", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc"),
 P("Lê Văn Phúc", "Trung tá", "Phó Trưởng Công an huyện Krông Pắc"),
 P("Phan Đình Long", "Trung tá", "Phó Trưởng Công an huyện Krông Pắc"),
 P("Y Bhiăr Niê", "người có uy tín buôn Ea Bông"),
 P("H'Linh Byă", "Thiếu tá", "Phó Trưởng Công an xã Cư Pơng")],
[Q("1.240 buổi tuyên truyền", 1240, "buổi tuyên truyền"), Q("khoảng 86.500 lượt người nghe", 86500, "lượt người nghe", "approx"),
 Q("312 khẩu súng tự chế", 312, "khẩu súng tự chế"), Q("gần 45 kg", 45, "kg", "approx"),
 Q("38 mô hình", 38, "mô hình"), Q("412 mô hình", 412, "mô hình"), Q("156 cán bộ, chiến sĩ", 156, "cán bộ, chiến sĩ"),
 Q("184 buôn, thôn vùng sâu", 184, "buôn, thôn vùng sâu"), Q("27 người", 27, "người"),
 Q("hơn 320 triệu đồng", 320000000, "đồng", "over"), Q("4 căn nhà tình nghĩa", 4, "căn nhà tình nghĩa"),
 Q("215 tin báo", 215, "tin báo"), Q("9 ổ nhóm trộm cắp", 9, "ổ nhóm trộm cắp"),
 Q("ít nhất 1 mô hình dân vận", 1, "mô hình dân vận", "over"), Q("trên 70%", 70, "%", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐUCA", "2014-01-20", "Đảng ủy Công an tỉnh", "Nghị quyết số 05-NQ/ĐUCA ngày 20/1/2014"),
 D("Kế hoạch", "112", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 112, 113/KH-CAT"),
 D("Kế hoạch", "113", "KH-CAT", None, "Công an tỉnh", "Kế hoạch 112, 113/KH-CAT"),
 D("Chỉ thị", "05", "CT-BCA", None, "Bộ trưởng Bộ Công an", "Chỉ thị số 05/CT-BCA")],
[prov("Đắk Lắk"), com("Ea Phê"), com("Cư Pơng"), com("Hòa Thắng")],
["CÔNG AN TỈNH ĐẮK LẮK - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Tin tức » Xây dựng phong trào",
 "Thượng tá Y Khuê Êban báo cáo tại hội nghị.", "Tự quản về an ninh trật tự", "Hà Mòn", "đi từng ngõ, gõ từng nhà",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Dân vận khéo", "Lượt truy cập: 3.517"],
["08:15 | 15/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm", "Lượt truy cập: 3.517"]))

PAGES.append(page("b4233-cantho-sipas-hoinghi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện :: Cải cách hành chính
30-12-2015 16:05
82,4% người dân hài lòng với sự phục vụ của cơ quan hành chính
Sáng 29/12, UBND thành phố Cần Thơ tổ chức hội nghị công bố kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2015. Đồng chí Đào Anh Tuấn, Phó Chủ tịch UBND thành phố chủ trì; Thành ủy viên, Phó Trưởng ban Thường trực Ban Dân vận Thành ủy Trần Thị Ngọc Lan dự.
Quang cảnh hội nghị. Ảnh: Mỹ Thanh
Khảo sát được thực hiện theo Quyết định số 1383/QĐ-BNV ngày 28/12/2012 của Bộ Nội vụ và Kế hoạch số 45/KH-UBND ngày 11/5/2015 của UBND thành phố, với 3.600 phiếu phát ra tại 18 sở, ngành, 9 quận, huyện và 85 xã, phường, thị trấn; thu về 3.512 phiếu hợp lệ. TS. Nguyễn Thanh Sơn, Phó Viện trưởng Viện Kinh tế - Xã hội thành phố, đơn vị thực hiện khảo sát, cho biết chỉ số hài lòng chung đạt 82,4%, tăng 5,1 điểm phần trăm so với năm 2014.
Lĩnh vực có mức hài lòng cao nhất là hộ tịch, chứng thực (91,2%); thấp nhất là đất đai, xây dựng (68,7%). Khoảng 12% người được hỏi cho biết phải đi lại từ 3 lần trở lên mới hoàn thành hồ sơ; 47 trường hợp phản ánh bị gợi ý chi thêm tiền ngoài quy định. Người dân cũng đóng góp 2.105 ý kiến góp ý, tập trung vào việc niêm yết thủ tục và thái độ công chức.
Năm 2015, toàn thành phố đã công bố 1.862 thủ tục hành chính, trong đó 214 thủ tục thực hiện theo cơ chế một cửa liên thông; 100% cơ quan hành chính cấp huyện có bộ phận một cửa hiện đại. Thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Thành ủy về nâng cao chất lượng công tác dân vận chính quyền, các quận, huyện đã tổ chức 326 cuộc đối thoại với người dân.
Bà Thạch Thị Sa Ra, Chủ tịch UBND phường An Bình, cho biết phường bố trí cán bộ nói được tiếng Khmer tại bộ phận một cửa và mở "Hộp thư góp ý điện tử"; ông Lê Văn Út, công chức tư pháp - hộ tịch xã Thới Hưng, kể chuyện trả kết quả tại nhà cho 36 người cao tuổi, người khuyết tật.
Kết luận hội nghị, đồng chí Đào Anh Tuấn yêu cầu các đơn vị có chỉ số dưới 75% phải có báo cáo giải trình trước ngày 15/1/2016; năm 2016 phấn đấu chỉ số hài lòng đạt không dưới 85%. Đồng chí Trần Thị Ngọc Lan đề nghị gắn kết quả khảo sát với đánh giá, xếp loại cán bộ, công chức và với phong trào "Dân vận khéo".
Mỹ Thanh
Số lượt truy cập: 2.391
Các tin khác
- Ninh Kiều ra mắt bộ phận một cửa hiện đại (21/12/2015)
- Tập huấn kỹ năng giao tiếp cho 150 công chức một cửa (10/12/2015)
- Thành phố có 6 đơn vị đạt chuẩn văn hóa công sở (28/11/2015)
""", "2015-12-30", "82,4% người dân hài lòng với sự phục vụ của cơ quan hành chính",
E("hoi_nghi", "2015", "2015-12-29"),
[P("Đào Anh Tuấn", "Phó Chủ tịch UBND thành phố"),
 P("Trần Thị Ngọc Lan", "Thành ủy viên", "Phó Trưởng ban Thường trực Ban Dân vận Thành ủy"),
 P("Nguyễn Thanh Sơn", "TS.", "Phó Viện trưởng Viện Kinh tế - Xã hội thành phố"),
 P("Thạch Thị Sa Ra", "Chủ tịch UBND phường An Bình"),
 P("Lê Văn Út", "công chức tư pháp - hộ tịch xã Thới Hưng")],
[Q("82,4%", 82.4, "%"), Q("3.600 phiếu", 3600, "phiếu"), Q("18 sở, ngành", 18, "sở, ngành"), Q("9 quận, huyện", 9, "quận, huyện"),
 Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"), Q("3.512 phiếu hợp lệ", 3512, "phiếu hợp lệ"),
 Q("5,1 điểm phần trăm", 5.1, "điểm phần trăm"), Q("91,2%", 91.2, "%"), Q("68,7%", 68.7, "%"), Q("Khoảng 12%", 12, "%", "approx"),
 Q("3 lần trở lên", 3, "lần", "over"), Q("47 trường hợp", 47, "trường hợp"), Q("2.105 ý kiến góp ý", 2105, "ý kiến"),
 Q("1.862 thủ tục hành chính", 1862, "thủ tục hành chính"), Q("214 thủ tục", 214, "thủ tục"), Q("100% cơ quan hành chính", 100, "%"),
 Q("326 cuộc đối thoại", 326, "cuộc đối thoại"), Q("36 người cao tuổi, người khuyết tật", 36, "người cao tuổi, người khuyết tật"),
 Q("dưới 75%", 75, "%"), Q("không dưới 85%", 85, "%", "over")],
[D("Quyết định", "1383", "QĐ-BNV", "2012-12-28", "Bộ Nội vụ", "Quyết định số 1383/QĐ-BNV ngày 28/12/2012"),
 D("Kế hoạch", "45", "KH-UBND", "2015-05-11", "UBND thành phố", "Kế hoạch số 45/KH-UBND ngày 11/5/2015"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Cần Thơ"), com("An Bình"), com("Thới Hưng")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ", "Tin tức - Sự kiện :: Cải cách hành chính", "Quang cảnh hội nghị. Ảnh: Mỹ Thanh",
 "Hộp thư góp ý điện tử", "Dân vận khéo", "Số lượt truy cập: 2.391"],
["30-12-2015 16:05", "năm 2015", "năm 2014", "năm 2016", "Số lượt truy cập: 2.391"]))

PAGES.append(page("b4234-quangbinh-quansu-giaoban-2016", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Quốc phòng - An ninh > Lực lượng vũ trang
Thứ Tư, 12/10/2016 - 07:45
LLVT tỉnh huy động 2.860 lượt cán bộ, chiến sĩ giúp dân
(QBĐT) - Ngày 11/10, Đảng ủy Quân sự tỉnh tổ chức giao ban công tác dân vận quý III năm 2016. Thượng tá Đinh Xuân Bảy, Phó Chính ủy Bộ CHQS tỉnh chủ trì; dự có đồng chí Hồ Thị Lan, Phó Trưởng Ban Dân vận Tỉnh ủy.
Thượng tá Đinh Xuân Bảy phát biểu chỉ đạo tại buổi giao ban.
Báo cáo cho biết, quý III, lực lượng vũ trang tỉnh Quảng Bình đã bám sát Nghị quyết số 49-NQ/QUTW ngày 15/2/2005 của Quân ủy Trung ương về công tác dân vận trong tình hình mới, Chỉ thị 08, 09-CT/ĐU của Đảng ủy Quân sự tỉnh và Kế hoạch số 2156/KH-BCH của Bộ CHQS tỉnh; toàn lực lượng đã huy động 2.860 lượt cán bộ, chiến sĩ, dân quân tự vệ với 11.400 ngày công giúp nhân dân thu hoạch lúa hè thu, nạo vét 23 km kênh mương nội đồng, làm mới 6,5 km đường bê tông và 2 nhà văn hóa thôn. Các đơn vị phối hợp với Quân y khám bệnh, cấp thuốc miễn phí cho 1.320 lượt người, trị giá khoảng 96 triệu đồng.
Tại các xã biên giới miền núi huyện Minh Hóa, Bố Trạch, 5 tổ công tác dân vận của Bộ CHQS tỉnh "3 bám, 4 cùng" với đồng bào Bru - Vân Kiều, Chứt; vận động 64 hộ chuyển sang trồng rừng kinh tế, xây dựng 3 mô hình chăn nuôi bò sinh sản. Trung tá Hồ Văn Ka, Chính trị viên Ban CHQS huyện Minh Hóa, cho biết đơn vị đã tham mưu tổ chức 14 đợt "Ngày chủ nhật vì dân" và nhận đỡ đầu 11 em học sinh người Chứt ở xã Thượng Trạch, xã Trọng Hóa, mỗi em 300.000 đồng/tháng.
Bà Đinh Thị Lào, Bí thư Đảng ủy xã Dân Hóa, đánh giá cao việc các tổ công tác "đi dân nhớ, ở dân thương"; đề nghị tiếp tục phối hợp làm công tác tư tưởng để bà con không di cư tự do sang địa bàn khác.
Đồng chí Hồ Thị Lan ghi nhận LLVT tỉnh đã thực hiện tốt phong trào thi đua "Dân vận khéo" với 19 mô hình được Ban Dân vận Tỉnh ủy công nhận; đề nghị quý IV tập trung giúp dân phòng, chống lụt bão, bảo đảm 100% xã ven biển có lực lượng dân quân thường trực ứng cứu.
Kết luận giao ban, Thượng tá Đinh Xuân Bảy giao các cơ quan, đơn vị xây dựng kế hoạch dân vận quý IV; mỗi Ban CHQS huyện, thị xã, thành phố đăng ký ít nhất 1 công trình dân vận; giao đồng chí Nguyễn Hữu Tình, Trưởng phòng Chính trị và đồng chí Lê Đức Quý, Trưởng ban Dân vận theo dõi, tổng hợp.
Văn Tú
Số lượt xem: 987
Tin liên quan
- Bộ CHQS tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh (29/09/2016)
- Huấn luyện dân quân tự vệ năm 2016 đạt kết quả tốt (16/09/2016)
- Ra quân "Ngày chủ nhật vì dân" tại Quảng Ninh (04/09/2016)
- Lệ Thủy: tổng kết diễn tập khu vực phòng thủ (26/08/2016)
""", "2016-10-12", "LLVT tỉnh huy động 2.860 lượt cán bộ, chiến sĩ giúp dân",
E("giao_ban", "2016-Q3", "2016-10-11"),
[P("Đinh Xuân Bảy", "Thượng tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Hồ Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Ka", "Trung tá", "Chính trị viên Ban CHQS huyện Minh Hóa"),
 P("Đinh Thị Lào", "Bí thư Đảng ủy xã Dân Hóa"),
 P("Nguyễn Hữu Tình", "Trưởng phòng Chính trị"),
 P("Lê Đức Quý", "Trưởng ban Dân vận")],
[Q("2.860 lượt cán bộ, chiến sĩ", 2860, "lượt cán bộ, chiến sĩ"), Q("11.400 ngày công", 11400, "ngày công"),
 Q("23 km", 23, "km"), Q("6,5 km", 6.5, "km"), Q("2 nhà văn hóa thôn", 2, "nhà văn hóa thôn"),
 Q("1.320 lượt người", 1320, "lượt người"), Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"),
 Q("5 tổ công tác dân vận", 5, "tổ công tác dân vận"), Q("64 hộ", 64, "hộ"), Q("3 mô hình chăn nuôi bò sinh sản", 3, "mô hình chăn nuôi bò sinh sản"),
 Q("14 đợt", 14, "đợt"), Q("11 em học sinh người Chứt", 11, "em học sinh người Chứt"),
 Q("300.000 đồng/tháng", 300000, "đồng"), Q("19 mô hình", 19, "mô hình"), Q("100% xã ven biển", 100, "%"),
 Q("ít nhất 1 công trình dân vận", 1, "công trình dân vận", "over")],
[D("Nghị quyết", "49", "NQ/QUTW", "2005-02-15", "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW ngày 15/2/2005"),
 D("Chỉ thị", "08", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị 08, 09-CT/ĐU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị 08, 09-CT/ĐU"),
 D("Kế hoạch", "2156", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch số 2156/KH-BCH")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Trọng Hóa"), com("Dân Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Quốc phòng - An ninh > Lực lượng vũ trang", "(QBĐT)",
 "Thượng tá Đinh Xuân Bảy phát biểu chỉ đạo tại buổi giao ban.", "3 bám, 4 cùng", "đi dân nhớ, ở dân thương", "Dân vận khéo",
 "Số lượt xem: 987"],
["Thứ Tư, 12/10/2016 - 07:45", "quý III năm 2016", "quý IV", "3 bám, 4 cùng", "Số lượt xem: 987"]))
