from lib import *
PAGES = []

PAGES.append(page("b7019-quangnam-todungnuoc-taphuan-2017", """
BÁO QUẢNG NAM ONLINE
Kinh tế > Nông nghiệp - Nông thôn
Thứ Tư, 12/04/2017, 15:35
Tập huấn quản lý công trình thủy lợi nhỏ cho tổ dùng nước
(QNO) - Ngày 11 và 12/4, Chi cục Thủy lợi Quảng Nam phối hợp với Hội Nông dân tỉnh mở lớp tập huấn năm 2017 về quản lý, khai thác công trình thủy lợi nhỏ và kênh mương nội đồng cho 86 học viên là tổ trưởng tổ dùng nước, cán bộ thủy lợi xã của các huyện Duy Xuyên, Thăng Bình, Quế Sơn.
Học viên thực hành đo lưu lượng nước tại kênh N2 xã Duy Phước.
Theo ông Huỳnh Văn Tám, Phó Chi cục trưởng Chi cục Thủy lợi, toàn tỉnh hiện có 1.240 km kênh mương đã kiên cố hóa, trong đó khoảng 40% do các tổ dùng nước hoặc hợp tác xã nông nghiệp quản lý. Nhiều tuyến kênh sau khi cứng hóa không được nạo vét định kỳ, bồi lắng, nứt vỡ, hiệu quả tưới chỉ đạt 60 - 70% thiết kế. Trong khi đó, nguồn thu từ thủy lợi phí được miễn theo Nghị định số 67/2012/NĐ-CP của Chính phủ chưa đủ để các tổ trả thù lao cho người vận hành.
Trong 2 ngày, các học viên được giới thiệu Luật Thủy lợi vừa được Quốc hội thông qua; Thông tư số 40/2011/TT-BNNPTNT của Bộ Nông nghiệp và Phát triển nông thôn về năng lực của tổ chức, cá nhân quản lý, khai thác công trình thủy lợi; cách lập kế hoạch nạo vét, phân chia ngày công giữa các hộ hưởng lợi và công khai thu chi. Học viên cũng đi thực tế tại hệ thống kênh N2 xã Duy Phước, nơi tổ dùng nước tự huy động mỗi năm khoảng 1.500 ngày công nạo vét 9 km kênh.
Ông Võ Văn Sáu, Tổ trưởng Tổ dùng nước thôn Trà Châu, xã Duy Phước, chia sẻ: "Đầu mỗi vụ, tổ họp dân chia kênh theo đầu sào ruộng, nhà nào nhiều ruộng làm nhiều mét kênh. Ai không đi được thì góp 150.000 đồng một công để tổ thuê người". Nhờ vậy, 3 năm nay thôn không có đơn thư về nước tưới.
Bà Nguyễn Thị Thu Lan, Phó Chủ tịch Hội Nông dân tỉnh cho biết, năm 2017 Hội đặt mục tiêu thành lập mới 30 tổ dùng nước, vận động hội viên góp ít nhất 200.000 ngày công làm thủy lợi theo Kế hoạch số 15-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh. Hội cũng phối hợp với Ban Dân vận Tỉnh ủy đưa nội dung quản lý kênh mương vào phong trào thi đua "Dân vận khéo".
Kết thúc lớp học, ông Trần Công Danh, Chi cục trưởng Chi cục Thủy lợi, đề nghị các học viên về địa phương tham mưu UBND xã kiện toàn tổ dùng nước, ban hành quy chế, công khai kế hoạch nạo vét trước ngày 30/5.
HOÀNG LIÊN
TIN CÙNG CHUYÊN MỤC
- Thăng Bình: Hơn 1.000 người ra quân nạo vét kênh Phú Ninh (05/04/2017)
- Điện Bàn cứng hóa 25 km kênh mương (30/03/2017)
- Hồ Phú Ninh đủ nước phục vụ vụ hè thu (22/03/2017)
- Nông dân Đại Lộc tự nguyện hiến đất làm kênh mương (15/03/2017)
""", "2017-04-12", "Tập huấn quản lý công trình thủy lợi nhỏ cho tổ dùng nước",
E("tap_huan", "2017", "2017-04-11"),
[P("Huỳnh Văn Tám", "Phó Chi cục trưởng Chi cục Thủy lợi"),
 P("Võ Văn Sáu", "Tổ trưởng Tổ dùng nước thôn Trà Châu"),
 P("Nguyễn Thị Thu Lan", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Công Danh", "Chi cục trưởng Chi cục Thủy lợi")],
[Q("86 học viên", 86, "học viên"),
 Q("1.240 km", 1240, "km"),
 Q("khoảng 40%", 40, "%", "approx"),
 Q("60 - 70%", 60, "%"),
 Q("khoảng 1.500 ngày công", 1500, "ngày công", "approx"),
 Q("9 km", 9, "km"),
 Q("150.000 đồng", 150000, "đồng"),
 Q("30 tổ dùng nước", 30, "tổ dùng nước"),
 Q("ít nhất 200.000 ngày công", 200000, "ngày công", "over")],
[D("Nghị định", "67", "2012/NĐ-CP", None, "Chính phủ", "Nghị định số 67/2012/NĐ-CP"),
 D("Thông tư", "40", "2011/TT-BNNPTNT", None, "Bộ Nông nghiệp và Phát triển nông thôn", "Thông tư số 40/2011/TT-BNNPTNT"),
 D("Kế hoạch", "15", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 15-KH/HNDT")],
[prov("Quảng Nam"), com("Duy Phước")],
["BÁO QUẢNG NAM ONLINE", "Kinh tế > Nông nghiệp - Nông thôn", "(QNO)", "Học viên thực hành đo lưu lượng nước tại kênh N2 xã Duy Phước.",
 "Luật Thủy lợi", "Dân vận khéo"],
["Thứ Tư, 12/04/2017, 15:35", "năm 2017", "2 ngày", "3 năm", "kênh N2"]))

PAGES.append(page("b7020-phutho-dvgiaoban-quy1-2018", """
Ban Dân vận Tỉnh ủy Phú Thọ
Trang chủ | Hoạt động dân vận | Tin trong tỉnh
Cập nhật lúc 16:45 ngày 03/04/2018
Vị trí: Tin trong tỉnh
Khối dân vận giao ban, tập trung vận động nhân dân làm thủy lợi vụ chiêm
Ngày 2/4/2018, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tỉnh quý I/2018. Đồng chí Hà Kế San, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Công Sứ, Nguyễn Thị Hương Giang và đại diện lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Trong quý I, khối dân vận các cấp đã tập trung tuyên truyền, vận động nhân dân ra quân làm thủy lợi đầu năm theo Chỉ thị số 18-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác thủy lợi, kiên cố hóa kênh mương. Kết quả, toàn tỉnh huy động được 312.000 ngày công, nạo vét 1.850 km kênh mương, đào đắp 395.000 m3 đất; kiên cố hóa 64,3 km kênh với kinh phí 48,6 tỷ đồng, trong đó nhân dân đóng góp trên 9 tỷ đồng. Hội Nông dân tỉnh vận động 5.600 hội viên tham gia "Ngày chủ nhật xanh" khơi thông dòng chảy; Tỉnh đoàn ra quân 27 công trình thanh niên làm thủy lợi.
Đồng chí Bùi Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy Thanh Sơn, cho biết ở các xã vùng cao như Thượng Cửu, Đông Cửu, bà con người Mường đã tự góp đá, cát, góp công đắp 12 phai đập tạm dẫn nước vào ruộng bậc thang. Tuy nhiên, một số nơi còn tư tưởng trông chờ ngân sách, chưa chủ động tu bổ kênh mương sau mùa mưa.
Đồng chí Lê Thị Mai Anh, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị các huyện công khai kế hoạch sử dụng nguồn hỗ trợ kiên cố hóa kênh mương theo Nghị quyết số 11/2017/NQ-HĐND ngày 14/7/2017 của HĐND tỉnh để nhân dân giám sát.
Kết luận giao ban, đồng chí Hà Kế San yêu cầu quý II các cơ quan khối dân vận tiếp tục thực hiện Kế hoạch số 124-KH/BDVTU của Ban Dân vận Tỉnh ủy về dân vận chính quyền năm 2018; phối hợp vận động nhân dân hoàn thành nạo vét trước mùa mưa lũ, gắn với phong trào thi đua "Dân vận khéo" và xây dựng nông thôn mới. Các huyện chủ động nắm tình hình, giải quyết kịp thời những vướng mắc về đóng góp, không để phát sinh điểm nóng.
Cũng tại hội nghị, các đại biểu nghe quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp.
Trung Kiên
Tin liên quan
- Tam Nông: sơ kết phong trào "Dân vận khéo" (28/03/2018)
- Cẩm Khê: Ra quân làm thủy lợi đầu xuân (20/02/2018)
- Giao ban khối dân vận tháng 12/2017 (28/12/2017)
- Yên Lập: Đồng bào Mường góp công làm kênh dẫn nước (15/12/2017)
""", "2018-04-03", "Khối dân vận giao ban, tập trung vận động nhân dân làm thủy lợi vụ chiêm",
E("giao_ban", "2018-Q1", "2018-04-02"),
[P("Hà Kế San", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hương Giang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy Thanh Sơn"),
 P("Lê Thị Mai Anh", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("312.000 ngày công", 312000, "ngày công"),
 Q("1.850 km", 1850, "km"),
 Q("395.000 m3", 395000, "m3"),
 Q("64,3 km", 64.3, "km"),
 Q("48,6 tỷ đồng", 48600000000, "đồng"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("5.600 hội viên", 5600, "hội viên"),
 Q("27 công trình thanh niên", 27, "công trình thanh niên"),
 Q("12 phai đập tạm", 12, "phai đập tạm")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU"),
 D("Nghị quyết", "11", "2017/NQ-HĐND", "2017-07-14", "HĐND tỉnh", "Nghị quyết số 11/2017/NQ-HĐND ngày 14/7/2017"),
 D("Kế hoạch", "124", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 124-KH/BDVTU"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015")],
[prov("Phú Thọ"), com("Thượng Cửu"), com("Đông Cửu")],
["Ban Dân vận Tỉnh ủy Phú Thọ", "Trang chủ | Hoạt động dân vận | Tin trong tỉnh", "Vị trí: Tin trong tỉnh", "Ngày chủ nhật xanh", "Dân vận khéo"],
["Cập nhật lúc 16:45 ngày 03/04/2018", "quý I/2018", "quý I", "quý II", "năm 2018"]))

PAGES.append(page("b7021-dongthap-naovet-baocao-2019", """
BÁO ĐỒNG THÁP ONLINE
Thời sự » Chính quyền » HĐND
06.12.2019 | 16:05
Năm 2019, Đồng Tháp nạo vét hơn 1.100 km kênh thủy lợi
UBND tỉnh vừa có Báo cáo số 312/BC-UBND ngày 4/12/2019 gửi HĐND tỉnh về kết quả thực hiện công tác thủy lợi, nạo vét kênh mương năm 2019 và kế hoạch năm 2020, trình kỳ họp thứ mười HĐND tỉnh khóa IX.
Theo báo cáo, năm 2019 toàn tỉnh đã nạo vét 486 công trình kênh cấp II, cấp III với tổng chiều dài 1.126 km, khối lượng trên 4,2 triệu m3, kinh phí 186,5 tỷ đồng. Trong đó, vốn ngân sách tỉnh 120 tỷ đồng, vốn huyện, xã gần 41 tỷ đồng, nhân dân đóng góp bằng tiền và ngày công quy đổi khoảng 25,5 tỷ đồng. Có 37.400 hộ dân hưởng lợi, diện tích được tưới tiêu chủ động tăng thêm 6.800 ha so với năm 2018.
Việc thực hiện Nghị quyết số 09/2017/NQ-HĐND của HĐND tỉnh về cơ chế hỗ trợ nạo vét kênh thủy lợi nội đồng đạt kết quả tích cực. Các địa phương thực hiện đúng phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng lợi"; danh mục công trình được niêm yết tại 144 xã, phường, thị trấn. Huyện Tháp Mười và huyện Cao Lãnh dẫn đầu về khối lượng; các xã Mỹ Hòa, Mỹ An, Tân Hội Trung vận động nhân dân đóng góp 100% kinh phí nạo vét kênh nội đồng.
Báo cáo cũng nêu những hạn chế: 23 công trình chậm tiến độ do vướng mặt bằng đổ đất; việc thực hiện Quyết định số 18/2018/QĐ-UBND của UBND tỉnh về quản lý công trình thủy lợi sau nạo vét chưa nghiêm, tình trạng cất nhà, đặt đăng, đó trên kênh vẫn còn; khoảng 15% tổ hợp tác dùng nước hoạt động cầm chừng.
Năm 2020, UBND tỉnh dự kiến nạo vét 520 công trình với kinh phí khoảng 200 tỷ đồng, ưu tiên vùng chuyển đổi cây trồng và vùng bị ảnh hưởng khô hạn; triển khai Luật Thủy lợi số 08/2017/QH14 của Quốc hội và Nghị định số 77/2018/NĐ-CP ngày 16/5/2018 của Chính phủ về hỗ trợ phát triển thủy lợi nhỏ, thủy lợi nội đồng.
Trong buổi thẩm tra trước kỳ họp, ông Nguyễn Thanh Hùng, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh, đề nghị UBND tỉnh bổ sung số liệu về kinh phí nhân dân đóng góp ở từng huyện và đánh giá hiệu quả của các tổ hợp tác dùng nước. Bà Phan Thị Mỹ Lệ, Phó Trưởng Ban Dân vận Tỉnh ủy, cho rằng cần nhân rộng cách làm của xã Mỹ Hòa, nơi Ban công tác Mặt trận ấp đứng ra vận động, thu và công khai tiền góp của từng hộ.
Kỳ họp dự kiến khai mạc ngày 10/12 tới, ngoài báo cáo về thủy lợi sẽ xem xét các báo cáo kinh tế - xã hội, dự toán ngân sách và thông qua nhiều nghị quyết quan trọng của tỉnh.
Hữu Nghĩa
Tin liên quan
- Tháp Mười: Nạo vét 82 tuyến kênh mùa khô (25/11/2019)
- HĐND tỉnh giám sát công tác thủy lợi tại Hồng Ngự (14/11/2019)
- Nông dân Lai Vung góp tiền làm cống (02/11/2019)
""", "2019-12-06", "Năm 2019, Đồng Tháp nạo vét hơn 1.100 km kênh thủy lợi",
E("bao_cao", "2019", "2019-12-04"),
[P("Nguyễn Thanh Hùng", "Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Phan Thị Mỹ Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 1.100 km", 1100, "km", "over"),
 Q("486 công trình kênh cấp II, cấp III", 486, "công trình kênh cấp II, cấp III"),
 Q("1.126 km", 1126, "km"),
 Q("trên 4,2 triệu m3", 4200000, "m3", "over"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"),
 Q("120 tỷ đồng", 120000000000, "đồng"),
 Q("gần 41 tỷ đồng", 41000000000, "đồng", "approx"),
 Q("khoảng 25,5 tỷ đồng", 25500000000, "đồng", "approx"),
 Q("37.400 hộ dân", 37400, "hộ dân"),
 Q("6.800 ha", 6800, "ha"),
 Q("144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"),
 Q("100%", 100, "%"),
 Q("23 công trình", 23, "công trình"),
 Q("khoảng 15%", 15, "%", "approx"),
 Q("520 công trình", 520, "công trình"),
 Q("khoảng 200 tỷ đồng", 200000000000, "đồng", "approx")],
[D("Báo cáo", "312", "BC-UBND", "2019-12-04", "UBND tỉnh", "Báo cáo số 312/BC-UBND ngày 4/12/2019"),
 D("Nghị quyết", "09", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 09/2017/NQ-HĐND"),
 D("Quyết định", "18", "2018/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 18/2018/QĐ-UBND"),
 D("Luật", "08", "2017/QH14", None, "Quốc hội", "Luật Thủy lợi số 08/2017/QH14"),
 D("Nghị định", "77", "2018/NĐ-CP", "2018-05-16", "Chính phủ", "Nghị định số 77/2018/NĐ-CP ngày 16/5/2018")],
[prov("Đồng Tháp"), com("Mỹ Hòa"), com("Mỹ An"), com("Tân Hội Trung")],
["BÁO ĐỒNG THÁP ONLINE", "Thời sự » Chính quyền » HĐND", "dân biết, dân bàn, dân làm, dân kiểm tra, dân hưởng lợi"],
["06.12.2019 | 16:05", "năm 2019", "năm 2020", "năm 2018", "kỳ họp thứ mười", "khóa IX"]))

PAGES.append(page("b7022-bacgiang-truongthon-kenhmuong-2020", """
Báo Bắc Giang điện tử
Xã hội › Gương sáng
Thứ Sáu, 21/08/2020
Ông Thước "mở đường" cho kênh nước về thôn Hạ
Gần 20 năm làm trưởng thôn, ông Nguyễn Văn Thước ở thôn Hạ, xã Tân Mộc (Lục Ngạn) vẫn nhớ nhất những mùa khô ruộng nứt nẻ, bà con phải gánh nước tưới từng gốc vải. Giờ đây, con kênh bê tông dài 3,2 km đã đưa nước về tận chân đồi.
Ông Nguyễn Văn Thước (áo xanh) kiểm tra đoạn kênh mới cứng hóa.
Năm 2018, khi huyện có chủ trương hỗ trợ xi măng làm kênh mương theo Nghị quyết số 07/2017/NQ-HĐND của HĐND tỉnh, thôn Hạ đăng ký ngay. Khó nhất là tuyến kênh phải đi qua ruộng, vườn của 34 hộ. Ông Thước cùng Bí thư chi bộ thôn đến từng nhà vận động, họp thôn 4 lần mới thống nhất phương án. "Tôi hiến trước 120 m2 đất vườn, nói chuyện với bà con thì bà con nghe", ông kể.
Kết quả, 34 hộ tự nguyện hiến tổng cộng hơn 2.600 m2 đất, không nhận bồi thường. Thôn huy động được 1.850 ngày công của 162 hộ, góp thêm 210 triệu đồng mua cát, đá; Nhà nước hỗ trợ 186 tấn xi măng. Chỉ sau 4 tháng, tuyến kênh hoàn thành, đưa nước về cho khoảng 45 ha lúa và vải thiều. Những hộ nghèo, hộ neo đơn được thôn miễn ngày công, các gia đình khá giả thì góp thêm tiền.
Bà Hoàng Thị Yến, Chủ tịch UBND xã Tân Mộc, cho biết: "Từ cách làm của thôn Hạ, xã đã nhân rộng ra 6 thôn khác, đến nay toàn xã có 11,5 km kênh được cứng hóa, hơn 80% diện tích lúa được tưới chủ động".
Không chỉ lo làm kênh, ông Thước còn lập tổ quản lý kênh gồm 5 thành viên, mỗi năm tổ chức 2 đợt nạo vét, phát quang. Quy ước thôn ghi rõ hộ nào đổ rác, đắp bờ chặn dòng sẽ phải tự khơi thông và bị nhắc nhở trước cuộc họp thôn.
Với những đóng góp đó, ông được Chủ tịch UBND tỉnh tặng Bằng khen, được biểu dương là gương điển hình trong phong trào thi đua "Dân vận khéo" của huyện. Ông Đỗ Văn Phương, Trưởng Ban Dân vận Huyện ủy Lục Ngạn, nhận xét: "Ông Thước làm đúng tinh thần Quyết định số 23-QĐ/TW của Bộ Chính trị, dân thấy cán bộ làm gương thì tự nguyện theo".
Hỏi ông dự định sắp tới, ông Thước cười: "Thôn còn 800 m kênh đất ở xứ đồng Dộc, năm sau tôi lại đi vận động tiếp".
Câu chuyện về con kênh ở thôn Hạ cho thấy ở vùng đồi Lục Ngạn, khi cán bộ cơ sở gương mẫu, công khai, bàn bạc dân chủ với bà con thì những việc tưởng khó như hiến đất, góp công cũng trở nên nhẹ nhàng. Hiện toàn tỉnh Bắc Giang đang đẩy mạnh kiên cố hóa kênh mương nội đồng gắn với xây dựng nông thôn mới, nhiều thôn đã học theo cách làm này.
Bài, ảnh: Ngọc Thúy
Tin khác
- Lục Nam: Vận động nhân dân hiến đất làm đường (18/08/2020)
- Nữ bí thư chi bộ tận tâm với dân (12/08/2020)
- Yên Thế: Nông dân góp công làm kênh mương (05/08/2020)
""", "2020-08-21", "Ông Thước \"mở đường\" cho kênh nước về thôn Hạ",
E("khac", None, None),
[P("Nguyễn Văn Thước", "trưởng thôn"),
 P("Hoàng Thị Yến", "Chủ tịch UBND xã Tân Mộc"),
 P("Đỗ Văn Phương", "Trưởng Ban Dân vận Huyện ủy Lục Ngạn")],
[Q("3,2 km", 3.2, "km"),
 Q("34 hộ", 34, "hộ"),
 Q("4 lần", 4, "lần"),
 Q("120 m2", 120, "m2"),
 Q("hơn 2.600 m2", 2600, "m2", "over"),
 Q("1.850 ngày công", 1850, "ngày công"),
 Q("162 hộ", 162, "hộ"),
 Q("210 triệu đồng", 210000000, "đồng"),
 Q("186 tấn", 186, "tấn"),
 Q("khoảng 45 ha", 45, "ha", "approx"),
 Q("6 thôn", 6, "thôn"),
 Q("11,5 km", 11.5, "km"),
 Q("hơn 80%", 80, "%", "over"),
 Q("5 thành viên", 5, "thành viên"),
 Q("2 đợt", 2, "đợt"),
 Q("800 m", 800, "m")],
[D("Nghị quyết", "07", "2017/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2017/NQ-HĐND"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW")],
[prov("Bắc Giang"), com("Tân Mộc")],
["Báo Bắc Giang điện tử", "Xã hội › Gương sáng", "Ông Nguyễn Văn Thước (áo xanh) kiểm tra đoạn kênh mới cứng hóa.", "Dân vận khéo"],
["Thứ Sáu, 21/08/2020", "Gần 20 năm", "4 tháng", "Năm 2018"]))

PAGES.append(page("b7023-ninhthuan-thuyloi-tongket-2021", """
NINH THUẬN ĐIỆN TỬ
Tin tức / Kinh tế / Nông nghiệp
29/12/2021 06:00
Ảnh: Toàn cảnh hội nghị tổng kết.
Ninh Thuận: Tổng kết phong trào vận động nhân dân làm thủy lợi, giữ nước chống hạn
Ngày 28/12, Ban Dân vận Tỉnh ủy phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia làm thủy lợi, nạo vét kênh mương năm 2021. Đồng chí Chamaléa Thị Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và ông Lê Huyền, Phó Chủ tịch UBND tỉnh chủ trì.
Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, các địa phương vẫn huy động được khoảng 96.000 ngày công, nạo vét 412 km kênh mương, tu sửa 18 đập dâng và 7 hồ chứa nhỏ; đồng bào Chăm, Raglai ở các xã Phước Hà, Phước Tân, Mỹ Sơn góp hơn 14.000 ngày công khơi thông mương dẫn nước về ruộng. Tổng kinh phí thực hiện 72,8 tỷ đồng, trong đó nhân dân đóng góp 6,3 tỷ đồng. Nhờ chủ động nguồn nước, vụ đông xuân 2020 - 2021 toàn tỉnh gieo trồng 19.600 ha lúa, vượt 8% kế hoạch.
Thực hiện Chỉ thị 21, 22-CT/TU của Ban Thường vụ Tỉnh ủy về sử dụng nước tiết kiệm và về phát huy vai trò người có uy tín, khối dân vận đã phối hợp tổ chức 146 buổi tuyên truyền với 9.200 lượt người dự; 35 người có uy tín trong đồng bào dân tộc thiểu số trực tiếp đứng ra hòa giải 12 vụ việc tranh chấp nước tưới.
Phát biểu tham luận, ông Đàng Văn Chiến, Chủ tịch UBND xã Phước Hà, cho biết xã đã giao kênh cho 9 tổ thủy nông thôn tự quản lý; mỗi hộ hưởng lợi góp 2 ngày công một vụ. Già làng Pinăng Ba Lụa, thôn Tà Dương, chia sẻ: "Ngày trước bà con thả trâu bò phá bờ mương, nay thôn có quy ước, ai vi phạm thì tự sửa, nên con mương không còn bị sạt".
Bà Thông Thị Ngọc Diệp, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị nhân rộng mô hình "Phụ nữ giữ sạch dòng kênh" ở vùng đồng bào Chăm.
Kết luận hội nghị, đồng chí Chamaléa Thị Hường yêu cầu năm 2022 tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; gắn nạo vét kênh mương với phong trào "Dân vận khéo".
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 10 tập thể và 16 cá nhân.
Văn Nỷ
Tin cùng chuyên mục
- Bác Ái: Ra quân nạo vét mương Trà Co (15/12/2021)
- Hồ Sông Sắt tích nước đạt 70% dung tích (03/12/2021)
- Ninh Sơn cứng hóa 5 km kênh mương nội đồng (25/11/2021)
- Thuận Bắc: Người có uy tín vận động bà con giữ nước tưới (16/11/2021)
- Hội nghị giao ban công tác dân vận quý III/2021 (08/10/2021)
""", "2021-12-29", "Ninh Thuận: Tổng kết phong trào vận động nhân dân làm thủy lợi, giữ nước chống hạn",
E("tong_ket", "2021", "2021-12-28"),
[P("Chamaléa Thị Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Huyền", "Phó Chủ tịch UBND tỉnh"),
 P("Đàng Văn Chiến", "Chủ tịch UBND xã Phước Hà"),
 P("Pinăng Ba Lụa", "Già làng"),
 P("Thông Thị Ngọc Diệp", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("khoảng 96.000 ngày công", 96000, "ngày công", "approx"),
 Q("412 km", 412, "km"),
 Q("18 đập dâng", 18, "đập dâng"),
 Q("7 hồ chứa nhỏ", 7, "hồ chứa nhỏ"),
 Q("hơn 14.000 ngày công", 14000, "ngày công", "over"),
 Q("72,8 tỷ đồng", 72800000000, "đồng"),
 Q("6,3 tỷ đồng", 6300000000, "đồng"),
 Q("19.600 ha", 19600, "ha"),
 Q("8%", 8, "%"),
 Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"),
 Q("9.200 lượt người", 9200, "lượt người"),
 Q("35 người có uy tín", 35, "người có uy tín"),
 Q("12 vụ việc tranh chấp nước tưới", 12, "vụ việc tranh chấp nước tưới"),
 Q("9 tổ thủy nông", 9, "tổ thủy nông"),
 Q("2 ngày công", 2, "ngày công"),
 Q("10 tập thể", 10, "tập thể"),
 Q("16 cá nhân", 16, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Phước Tân"), com("Mỹ Sơn")],
["NINH THUẬN ĐIỆN TỬ", "Tin tức / Kinh tế / Nông nghiệp", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Phụ nữ giữ sạch dòng kênh",
 "Dân vận khéo", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["29/12/2021 06:00", "năm 2021", "năm 2022", "vụ đông xuân 2020 - 2021", "Covid-19", "một vụ"]))

PAGES.append(page("b7024-haiduong-htxdungnuoc-daihoi-2022", """
Cổng thông tin điện tử huyện Cẩm Giàng - tỉnh Hải Dương
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Kinh tế
2022-03-18 16:40
Đại hội thành viên Hợp tác xã dịch vụ nông nghiệp và dùng nước Cẩm Vũ nhiệm kỳ 2022 - 2027
Ngày 17/3/2022, Hợp tác xã dịch vụ nông nghiệp và dùng nước Cẩm Vũ long trọng tổ chức Đại hội thành viên nhiệm kỳ 2022 - 2027. Về dự có bà Nguyễn Thị Thoa, Phó Chủ tịch UBND huyện Cẩm Giàng; ông Vũ Văn Định, Bí thư Đảng ủy, Chủ tịch HĐND xã Cẩm Vũ cùng 126 đại biểu đại diện cho 2.314 hộ thành viên.
Ảnh: Các đại biểu biểu quyết thông qua Điều lệ sửa đổi.
Báo cáo tại đại hội cho biết, nhiệm kỳ qua hợp tác xã quản lý 3 trạm bơm điện với 9 máy bơm, 46,7 km kênh tưới, tiêu nội đồng, phục vụ 612 ha lúa và rau màu. Hợp tác xã đã tổ chức cho xã viên ra quân nạo vét kênh mỗi năm 2 đợt, huy động bình quân 3.200 ngày công/năm; phối hợp các thôn kiên cố hóa 7,8 km kênh loại III với kinh phí gần 5,2 tỷ đồng, trong đó nhân dân đóng góp 1,15 tỷ đồng. Doanh thu dịch vụ tưới tiêu bình quân đạt 1,6 tỷ đồng/năm, lãi chia cho thành viên theo mức sử dụng dịch vụ.
Bên cạnh đó, việc thu phí dịch vụ thủy lợi nội đồng theo Nghị định số 96/2018/NĐ-CP ngày 30/6/2018 của Chính phủ và Quyết định số 30/2021/QĐ-UBND của UBND tỉnh Hải Dương còn gặp khó khăn do nhiều hộ bỏ ruộng, cho thuê đất. Một số đoạn kênh đất bị sạt lở, bồi lắng, ảnh hưởng khả năng tiêu úng vụ mùa.
Nhiệm kỳ 2022 - 2027, hợp tác xã phấn đấu cứng hóa thêm 10 km kênh, 100% diện tích được tưới tiêu chủ động, thu nhập của người lao động tăng khoảng 10% mỗi năm. Đại hội thông qua Điều lệ sửa đổi theo Luật Hợp tác xã năm 2012 và Luật Thủy lợi.
Đại hội đã bầu Hội đồng quản trị gồm 5 thành viên. Ông Phạm Văn Toản được tín nhiệm bầu giữ chức Chủ tịch Hội đồng quản trị kiêm Giám đốc hợp tác xã; bà Đỗ Thị Liên được bầu làm Trưởng Ban kiểm soát. Ông Lê Văn Hải, Trưởng thôn Hoàng Xá, được các thành viên biểu dương vì vận động bà con hiến 1.400 m2 đất làm kênh tiêu.
Phát biểu chỉ đạo, bà Nguyễn Thị Thoa đề nghị hợp tác xã tiếp tục phối hợp với Mặt trận và các đoàn thể vận động nhân dân giữ gìn công trình, xử lý nghiêm hành vi lấn chiếm hành lang kênh; đồng thời thực hiện tốt Kế hoạch số 45/KH-UBND của UBND huyện về phát triển kinh tế tập thể.
Minh Phương - Đài TT huyện
Các tin khác
- Cẩm Hưng: Ra quân nạo vét kênh tiêu (10/03/2022)
- Huyện Cẩm Giàng triển khai kế hoạch sản xuất vụ chiêm xuân (01/03/2022)
- Lương Điền đón nhận bằng công nhận xã nông thôn mới nâng cao (20/02/2022)
- Hội nghị tổng kết công tác thủy lợi năm 2021 (28/01/2022)
- Cẩm Đoài: Vận động nhân dân hiến đất mở rộng kênh tiêu (15/01/2022)
""", "2022-03-18", "Đại hội thành viên Hợp tác xã dịch vụ nông nghiệp và dùng nước Cẩm Vũ nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-03-17"),
[P("Nguyễn Thị Thoa", "Phó Chủ tịch UBND huyện Cẩm Giàng"),
 P("Vũ Văn Định", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Cẩm Vũ"),
 P("Phạm Văn Toản", "Chủ tịch Hội đồng quản trị kiêm Giám đốc hợp tác xã"),
 P("Đỗ Thị Liên", "Trưởng Ban kiểm soát"),
 P("Lê Văn Hải", "Trưởng thôn Hoàng Xá")],
[Q("126 đại biểu", 126, "đại biểu"),
 Q("2.314 hộ thành viên", 2314, "hộ thành viên"),
 Q("3 trạm bơm điện", 3, "trạm bơm điện"),
 Q("9 máy bơm", 9, "máy bơm"),
 Q("46,7 km", 46.7, "km"),
 Q("612 ha", 612, "ha"),
 Q("2 đợt", 2, "đợt"),
 Q("3.200 ngày công/năm", 3200, "ngày công"),
 Q("7,8 km", 7.8, "km"),
 Q("gần 5,2 tỷ đồng", 5200000000, "đồng", "approx"),
 Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q("1,6 tỷ đồng/năm", 1600000000, "đồng"),
 Q("10 km", 10, "km"),
 Q("100%", 100, "%"),
 Q("khoảng 10%", 10, "%", "approx"),
 Q("5 thành viên", 5, "thành viên"),
 Q("1.400 m2", 1400, "m2")],
[D("Nghị định", "96", "2018/NĐ-CP", "2018-06-30", "Chính phủ", "Nghị định số 96/2018/NĐ-CP ngày 30/6/2018"),
 D("Quyết định", "30", "2021/QĐ-UBND", None, "UBND tỉnh Hải Dương", "Quyết định số 30/2021/QĐ-UBND"),
 D("Kế hoạch", "45", "KH-UBND", None, "UBND huyện", "Kế hoạch số 45/KH-UBND")],
[prov("Hải Dương"), com("Cẩm Vũ")],
["Cổng thông tin điện tử huyện Cẩm Giàng - tỉnh Hải Dương", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Kinh tế",
 "Ảnh: Các đại biểu biểu quyết thông qua Điều lệ sửa đổi.", "Luật Hợp tác xã năm 2012", "Luật Thủy lợi"],
["2022-03-18 16:40", "nhiệm kỳ 2022 - 2027", "Luật Hợp tác xã năm 2012", "kênh loại III"]))
