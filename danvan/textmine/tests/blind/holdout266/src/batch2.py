from lib import *
PAGES = []

PAGES.append(page("b6347-tiengiang-mttq-taphuan-2017", """
Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang
Trang chủ - Chính trị - Mặt trận
12/05/2017 - 14:20
Tập huấn nghiệp vụ công tác vận động người Việt Nam ở nước ngoài cho cán bộ Mặt trận
Ngày 11/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang phối hợp với Ủy ban Nhà nước về người Việt Nam ở nước ngoài (Bộ Ngoại giao) tổ chức lớp tập huấn nghiệp vụ công tác vận động người Việt Nam ở nước ngoài năm 2017 cho 145 học viên là cán bộ Mặt trận cấp tỉnh, huyện và 30 xã có đông thân nhân kiều bào.
Các học viên tham dự lớp tập huấn. Ảnh: Hữu Chí
Khai mạc lớp tập huấn, bà Võ Thị Ngọc Diễm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Tiền Giang hiện có khoảng 52.000 người đang sinh sống ở nước ngoài, tập trung ở Hoa Kỳ, Canada, Pháp, Úc; mỗi năm có trên 6.000 lượt kiều bào về thăm quê. Lượng kiều hối năm 2016 đạt khoảng 220 triệu USD, góp phần quan trọng vào phát triển kinh tế - xã hội của địa phương.
Tại lớp tập huấn, TS. Đỗ Văn Thịnh, Phó Vụ trưởng Vụ Vận động người Việt Nam ở nước ngoài, truyền đạt các chuyên đề: quán triệt Nghị quyết 36-NQ/TW ngày 26/3/2004 của Bộ Chính trị và Chỉ thị số 45-CT/TW ngày 19/5/2015 của Bộ Chính trị về tiếp tục đẩy mạnh thực hiện Nghị quyết 36; Quyết định số 1210/QĐ-TTg của Thủ tướng Chính phủ phê duyệt chương trình hành động của Chính phủ; kỹ năng tiếp xúc, thông tin hai chiều với kiều bào. Ông Trần Hoàng Phúc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, hướng dẫn thực hiện Kế hoạch số 27/KH-MTTQ-BTT ngày 2/3/2017 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động kiều bào tham gia xây dựng nông thôn mới.
Trong thảo luận, bà Huỳnh Thị Kim Loan, Chủ tịch Ủy ban MTTQ xã Hòa Định, cho biết xã có 312 hộ có người thân ở nước ngoài; năm 2016 kiều bào góp 1,4 tỷ đồng làm 3 cây cầu bê tông và 2,7 km đường giao thông nông thôn. Ông Lê Văn Tám, Phó Chủ tịch Ủy ban MTTQ huyện Chợ Gạo, đề nghị có mẫu sổ theo dõi thân nhân kiều bào thống nhất trong toàn tỉnh.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu; Ban Thường trực Ủy ban MTTQ tỉnh giao các huyện, thị xã, thành phố tổ chức tập huấn lại cho cán bộ Mặt trận cơ sở trước ngày 30/6/2017 và báo cáo kết quả về tỉnh.
Cũng trong dịp này, Ủy ban MTTQ tỉnh phát hành 2.000 tờ gấp "Chính sách đối với người Việt Nam ở nước ngoài" gửi đến các ấp, khu phố. Tài liệu do Ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh biên soạn, trình bày ngắn gọn các quy định về quốc tịch, nhà ở, đất đai, đầu tư và hồi hương.
Hữu Chí
Tin cùng chuyên mục
- Cái Bè: gặp mặt thân nhân kiều bào nhân dịp Tết Đinh Dậu (25/01/2017)
- Ủy ban MTTQ tỉnh tổng kết công tác năm 2016 (20/12/2016)
- Kiều bào Hoa Kỳ tặng 100 xe đạp cho học sinh nghèo (05/12/2016)
""", "2017-05-12", "Tập huấn nghiệp vụ công tác vận động người Việt Nam ở nước ngoài cho cán bộ Mặt trận",
E("tap_huan", "2017", "2017-05-11"),
[P("Võ Thị Ngọc Diễm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Thịnh", "TS.", "Phó Vụ trưởng Vụ Vận động người Việt Nam ở nước ngoài"),
 P("Trần Hoàng Phúc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Ủy ban MTTQ xã Hòa Định"),
 P("Lê Văn Tám", "Phó Chủ tịch Ủy ban MTTQ huyện Chợ Gạo")],
[Q("145 học viên", 145, "học viên"), Q("30 xã", 30, "xã"), Q("khoảng 52.000 người", 52000, "người", "approx"),
 Q("trên 6.000 lượt kiều bào", 6000, "lượt kiều bào", "over"), Q("khoảng 220 triệu USD", 220000000, "USD", "approx"),
 Q("312 hộ", 312, "hộ"), Q("1,4 tỷ đồng", 1400000000, "đồng"), Q("3 cây cầu bê tông", 3, "cây cầu bê tông"),
 Q("2,7 km", 2.7, "km"), Q("100%", 100, "%"), Q("2.000 tờ gấp", 2000, "tờ gấp")],
[D("Nghị quyết", "36", "NQ/TW", "2004-03-26", "Bộ Chính trị", "Nghị quyết 36-NQ/TW ngày 26/3/2004"),
 D("Chỉ thị", "45", "CT/TW", "2015-05-19", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 19/5/2015"),
 D("Quyết định", "1210", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1210/QĐ-TTg"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", "2017-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 2/3/2017")],
[prov("Tiền Giang"), com("Hòa Định")],
["Báo Ấp Bắc - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Tiền Giang", "Trang chủ - Chính trị - Mặt trận",
 "Các học viên tham dự lớp tập huấn. Ảnh: Hữu Chí", "Chính sách đối với người Việt Nam ở nước ngoài"],
["12/05/2017 - 14:20", "năm 2017", "năm 2016", "30/6/2017"]))

PAGES.append(page("b6348-daklak-mttq-giamsat-2018", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Giám sát và phản biện xã hội
Cập nhật lúc 16:45 ngày 22/08/2018
Giám sát việc thực hiện chính sách đối với người Việt Nam ở nước ngoài tại TP Buôn Ma Thuột
Ngày 21/8/2018, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Y Giang Niê Kdăm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách về nhà ở, đất đai đối với người Việt Nam ở nước ngoài năm 2018 tại UBND thành phố Buôn Ma Thuột, tỉnh Đắk Lắk.
Đoàn giám sát làm việc tại UBND thành phố.
Thành viên đoàn có các ông, bà: H'Năm Byă, Nguyễn Đình Quang - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Trần Thị Thúy Vân, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Phùng Văn Kiên, Phó Giám đốc Sở Tài nguyên và Môi trường.
Hoạt động giám sát được tiến hành theo Kế hoạch số 14/KH-MTTQ-BTT ngày 20/3/2018 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Báo cáo của UBND thành phố cho thấy, từ năm 2015 đến tháng 6/2018 thành phố đã tiếp nhận 96 hồ sơ của người Việt Nam định cư ở nước ngoài đề nghị cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở; đã giải quyết 81 hồ sơ, đạt 84,4%; 15 hồ sơ đang xử lý do thiếu giấy tờ chứng minh quốc tịch. Thành phố có 7 dự án với tổng vốn trên 310 tỷ đồng do kiều bào đầu tư hoặc góp vốn, chủ yếu trong lĩnh vực chế biến cà phê, du lịch sinh thái.
Qua giám sát tại phường Tân Lợi và xã Ea Tu, đoàn ghi nhận một số hộ thân nhân kiều bào phản ánh việc đo đạc, cấp đổi giấy chứng nhận còn chậm, chi phí trích lục hồ sơ cao. Ông Y Khu Ênuôl, người có uy tín buôn Ko Tam, xã Ea Tu, cho biết buôn có 4 gia đình có con em kết hôn với người nước ngoài, cần được hướng dẫn đăng ký hộ tịch.
Ông Lê Đức Toàn, Phó Chủ tịch UBND thành phố Buôn Ma Thuột, tiếp thu và cam kết rà soát, giải quyết dứt điểm các hồ sơ tồn đọng trong quý IV năm 2018.
Kết luận buổi giám sát, ông Y Giang Niê Kdăm đề nghị thành phố công khai thủ tục, thời gian giải quyết hồ sơ cho kiều bào tại bộ phận một cửa; thực hiện đúng Luật Nhà ở năm 2014 và Nghị định số 99/2015/NĐ-CP ngày 20/10/2015 của Chính phủ; phối hợp với Ủy ban MTTQ thành phố tổ chức ít nhất 2 hội nghị đối thoại với thân nhân kiều bào trước cuối năm. Đoàn sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh chỉ đạo các sở, ngành liên quan.
H'Luyến
Lượt truy cập: 2.198.437
Tin khác
- Phản biện dự thảo quy định giá đất năm 2019 (10/08/2018)
- Ban Thường trực Ủy ban MTTQ tỉnh giám sát tại huyện Krông Pắc (25/07/2018)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (12/07/2018)
""", "2018-08-22", "Giám sát việc thực hiện chính sách đối với người Việt Nam ở nước ngoài tại TP Buôn Ma Thuột",
E("giam_sat", "2018", "2018-08-21"),
[P("Y Giang Niê Kdăm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Năm Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đình Quang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thúy Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phùng Văn Kiên", "Phó Giám đốc Sở Tài nguyên và Môi trường"),
 P("Y Khu Ênuôl", "người có uy tín buôn Ko Tam"),
 P("Lê Đức Toàn", "Phó Chủ tịch UBND thành phố Buôn Ma Thuột")],
[Q("96 hồ sơ", 96, "hồ sơ"), Q("81 hồ sơ", 81, "hồ sơ"), Q("84,4%", 84.4, "%"), Q("15 hồ sơ", 15, "hồ sơ"),
 Q("7 dự án", 7, "dự án"), Q("trên 310 tỷ đồng", 310000000000, "đồng", "over"), Q("4 gia đình", 4, "gia đình"),
 Q("ít nhất 2 hội nghị đối thoại", 2, "hội nghị đối thoại", "over")],
[D("Kế hoạch", "14", "KH-MTTQ-BTT", "2018-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 14/KH-MTTQ-BTT ngày 20/3/2018"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Nghị định", "99", "2015/NĐ-CP", "2015-10-20", "Chính phủ", "Nghị định số 99/2015/NĐ-CP ngày 20/10/2015")],
[prov("Đắk Lắk"), com("Tân Lợi"), com("Ea Tu")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Giám sát và phản biện xã hội", "Đoàn giám sát làm việc tại UBND thành phố.",
 "Luật Nhà ở năm 2014", "Lượt truy cập: 2.198.437"],
["Cập nhật lúc 16:45 ngày 22/08/2018", "năm 2018", "từ năm 2015 đến tháng 6/2018", "quý IV năm 2018", "Lượt truy cập: 2.198.437"]))

PAGES.append(page("b6349-haiphong-mttq-traoqua-2019", """
BÁO HẢI PHÒNG
Hôm nay: Thứ Hai, 28/01/2019
Xã hội › Từ thiện - Nhân đạo
Thứ Năm, 24/01/2019 - 17:05
Toàn cảnh buổi trao quà tại quận Lê Chân.
Kiều bào trao 600 suất quà Tết cho hộ nghèo, gia đình chính sách
(Báo Hải Phòng) - Chiều 23/1, Ủy ban MTTQ Việt Nam thành phố phối hợp Hội Người Việt Nam tại CHLB Đức và Hội doanh nhân Việt kiều tại Ba Lan trao 600 suất quà Tết cho hộ nghèo, gia đình chính sách, người khuyết tật tại các quận Lê Chân, Hồng Bàng và huyện Thủy Nguyên. Mỗi suất quà trị giá 800.000 đồng gồm tiền mặt, gạo và nhu yếu phẩm, tổng trị giá 480 triệu đồng.
Tham dự có các đồng chí: Bùi Thị Thanh Tâm, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; Đào Khánh Hà, Thành ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Ngô Quang Vũ, Chủ tịch Hội Người Việt Nam tại CHLB Đức; ông Trịnh Văn Cừ, Phó Chủ tịch Hội doanh nhân Việt kiều tại Ba Lan.
Phát biểu tại buổi trao quà, đồng chí Đào Khánh Hà cho biết, Hải Phòng có khoảng 40.000 người con đang sinh sống ở nước ngoài. Năm 2018, kiều bào đã ủng hộ Quỹ "Vì người nghèo" thành phố trên 2,1 tỷ đồng, hỗ trợ xây 27 nhà đại đoàn kết; riêng Hội Người Việt Nam tại CHLB Đức đã 5 năm liên tục về trao quà Tết cho người nghèo quê hương. Việc tiếp nhận, phân bổ được thực hiện theo Thông tư số 41/2016/TT-BTC của Bộ Tài chính và Quyết định số 1655/QĐ-UBND ngày 10/7/2017 của UBND thành phố, bảo đảm công khai, đúng đối tượng.
Ông Ngô Quang Vũ chia sẻ: "Mỗi dịp Tết đến, bà con ở Đức đều hướng về quê hương. Năm nay có 118 gia đình kiều bào góp tiền, có người góp tới 20 triệu đồng". Đoàn cũng trao 50 chiếc xe lăn cho người khuyết tật và 30 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh nghèo học giỏi của xã Lập Lễ và phường Dư Hàng Kênh.
Theo Ban Thường trực Ủy ban MTTQ thành phố, danh sách nhận quà do Ủy ban MTTQ các phường, xã bình xét công khai tại khu dân cư, ưu tiên người già neo đơn, trẻ mồ côi và hộ có người mắc bệnh hiểm nghèo. Bà Phạm Thị Nụ, hộ nghèo ở phường Dư Hàng Kênh, xúc động: "Gia đình tôi có người chồng bị bệnh nặng, món quà này giúp chúng tôi có cái Tết đầy đủ hơn".
Cùng ngày, đồng chí Bùi Thị Thanh Tâm và đoàn công tác đến thăm, tặng quà 12 gia đình thân nhân kiều bào có hoàn cảnh khó khăn tại huyện Thủy Nguyên; đề nghị Ủy ban MTTQ các cấp tiếp tục thực hiện Kế hoạch số 156-KH/TU của Ban Thường vụ Thành ủy về công tác đối với người Việt Nam ở nước ngoài, giữ mối liên hệ thường xuyên với các hội đoàn kiều bào.
Minh Thu
Tin liên quan
- Người Hải Phòng ở Séc ủng hộ đồng bào lũ lụt (12/10/2018)
- Trao 200 suất quà cho công nhân khó khăn (18/01/2019)
- Mặt trận thành phố gặp mặt kiều bào dịp Tết Mậu Tuất (08/02/2018)
""", "2019-01-24", "Kiều bào trao 600 suất quà Tết cho hộ nghèo, gia đình chính sách",
E("trao_qua", None, "2019-01-23"),
[P("Bùi Thị Thanh Tâm", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Đào Khánh Hà", "Thành ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Ngô Quang Vũ", "Chủ tịch Hội Người Việt Nam tại CHLB Đức"),
 P("Trịnh Văn Cừ", "Phó Chủ tịch Hội doanh nhân Việt kiều tại Ba Lan"),
 P("Phạm Thị Nụ")],
[Q("600 suất quà Tết", 600, "suất quà"), Q("800.000 đồng", 800000, "đồng"), Q("480 triệu đồng", 480000000, "đồng"),
 Q("khoảng 40.000 người con", 40000, "người con", "approx"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("27 nhà đại đoàn kết", 27, "nhà đại đoàn kết"), Q("118 gia đình kiều bào", 118, "gia đình kiều bào"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("50 chiếc xe lăn", 50, "chiếc xe lăn"), Q("30 suất học bổng", 30, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("12 gia đình thân nhân kiều bào có hoàn cảnh khó khăn", 12, "gia đình thân nhân kiều bào")],
[D("Thông tư", "41", "2016/TT-BTC", None, "Bộ Tài chính", "Thông tư số 41/2016/TT-BTC"),
 D("Quyết định", "1655", "QĐ-UBND", "2017-07-10", "UBND thành phố", "Quyết định số 1655/QĐ-UBND ngày 10/7/2017"),
 D("Kế hoạch", "156", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 156-KH/TU")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Dư Hàng Kênh")],
["BÁO HẢI PHÒNG", "Hôm nay: Thứ Hai, 28/01/2019", "Xã hội › Từ thiện - Nhân đạo", "Toàn cảnh buổi trao quà tại quận Lê Chân.",
 "(Báo Hải Phòng)", "Vì người nghèo", "Hội Người Việt Nam tại CHLB Đức"],
["Thứ Năm, 24/01/2019 - 17:05", "Hôm nay: Thứ Hai, 28/01/2019", "Năm 2018", "5 năm"]))

PAGES.append(page("b6350-binhdinh-mttq-baocao-covid-2020", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Chính trị | Mặt trận
03/12/2020 | 08:30
Ủy ban MTTQ tỉnh báo cáo kết quả vận động kiều bào chung tay phòng, chống dịch Covid-19
Tại kỳ họp thứ 13 HĐND tỉnh khóa XII khai mạc sáng 2/12, ông Hồ Ngọc Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã trình bày báo cáo của Ủy ban MTTQ tỉnh về tham gia xây dựng chính quyền năm 2020, trong đó có kết quả vận động người Việt Nam ở nước ngoài chung tay phòng, chống dịch Covid-19 và khắc phục hậu quả bão lũ.
Ông Hồ Ngọc Lợi trình bày báo cáo tại kỳ họp.
Theo báo cáo, thực hiện Lời kêu gọi của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam và Kế hoạch số 08/KH-MTTQ-BTT ngày 30/3/2020 của Ban Thường trực Ủy ban MTTQ tỉnh, đến ngày 25/11/2020 Quỹ phòng, chống dịch Covid-19 của tỉnh đã tiếp nhận 42,6 tỷ đồng, trong đó kiều bào và thân nhân kiều bào ủng hộ 3,85 tỷ đồng, 120.000 khẩu trang y tế và 2 máy thở. Hơn 90 kiều bào ở Hoa Kỳ, Úc, Nhật Bản, Hàn Quốc đã gửi tiền, hàng qua tài khoản của Mặt trận tỉnh hoặc qua thân nhân.
Sau các đợt bão số 9 và lũ lụt tháng 10 - 11/2020, Ủy ban MTTQ tỉnh tiếp nhận thêm gần 1,2 tỷ đồng do kiều bào ủng hộ, đã phân bổ hỗ trợ 1.150 hộ bị thiệt hại ở các huyện An Lão, Hoài Ân, Vân Canh; hỗ trợ sửa chữa 64 căn nhà bị tốc mái. Việc phân bổ thực hiện theo Quyết định số 1491/QĐ-MTTQ-BTT và Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ về tổ chức, hoạt động của quỹ xã hội, quỹ từ thiện; 100% khoản ủng hộ được công khai trên Báo Bình Định.
Báo cáo cũng nêu, các cấp Mặt trận đã phối hợp đón, hỗ trợ 236 công dân từ nước ngoài về cách ly tập trung tại tỉnh, trong đó có 41 người là kiều bào có hoàn cảnh khó khăn. Đinh Văn Hưng, người Ba Na, Chủ tịch Ủy ban MTTQ xã An Toàn, được đề nghị khen thưởng vì vận động bà con làng Hà Văn hỗ trợ 3 tấn gạo cho khu cách ly.
Ủy ban MTTQ tỉnh kiến nghị UBND tỉnh sớm ban hành quy chế phối hợp trong công tác người Việt Nam ở nước ngoài theo tinh thần Chỉ thị số 45-CT/TW của Bộ Chính trị; đồng thời đề nghị sớm sơ kết 5 năm thực hiện Chỉ thị này.
Phát biểu tại phiên họp, bà Nguyễn Thị Phương Thảo, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cho biết thêm, ngay trong tháng 12, Mặt trận tỉnh sẽ phối hợp Sở Ngoại vụ tổ chức chương trình "Xuân quê hương" trực tuyến để kiều bào xa quê đón Tết cùng gia đình.
Hoài Thu
Tin khác
- Kiều bào Nhật Bản ủng hộ đồng bào miền Trung 500 triệu đồng (15/11/2020)
- Mặt trận tỉnh trao 300 suất quà cho hộ bị lũ lụt (05/11/2020)
- Đại hội đại biểu MTTQ tỉnh lần thứ XII (20/08/2019)
""", "2020-12-03", "Ủy ban MTTQ tỉnh báo cáo kết quả vận động kiều bào chung tay phòng, chống dịch Covid-19",
E("bao_cao", "2020", "2020-12-02"),
[P("Hồ Ngọc Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Hưng", "Chủ tịch Ủy ban MTTQ xã An Toàn"),
 P("Nguyễn Thị Phương Thảo", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("42,6 tỷ đồng", 42600000000, "đồng"), Q("3,85 tỷ đồng", 3850000000, "đồng"), Q("120.000 khẩu trang y tế", 120000, "khẩu trang y tế"),
 Q("2 máy thở", 2, "máy thở"), Q("Hơn 90 kiều bào", 90, "kiều bào", "over"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("1.150 hộ", 1150, "hộ"), Q("64 căn nhà", 64, "căn nhà"), Q("100%", 100, "%"), Q("236 công dân", 236, "công dân"),
 Q("41 người", 41, "người"), Q("3 tấn", 3, "tấn")],
[D("Kế hoạch", "08", "KH-MTTQ-BTT", "2020-03-30", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 08/KH-MTTQ-BTT ngày 30/3/2020"),
 D("Quyết định", "1491", "QĐ-MTTQ-BTT", None, None, "Quyết định số 1491/QĐ-MTTQ-BTT"),
 D("Nghị định", "93", "2019/NĐ-CP", "2019-11-25", "Chính phủ", "Nghị định số 93/2019/NĐ-CP ngày 25/11/2019"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW của Bộ Chính trị")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Thời sự | Chính trị | Mặt trận", "Ông Hồ Ngọc Lợi trình bày báo cáo tại kỳ họp.", "Xuân quê hương", "Báo Bình Định"],
["03/12/2020 | 08:30", "kỳ họp thứ 13", "khóa XII", "năm 2020", "bão số 9", "tháng 10 - 11/2020", "25/11/2020", "5 năm"]))

PAGES.append(page("b6351-thaibinh-xathuyxuan-gapmat-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ THỤY XUÂN - HUYỆN THÁI THỤY - TỈNH THÁI BÌNH
Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày 05/02/2021 | 09:15
Xã Thụy Xuân gặp mặt thân nhân kiều bào và người lao động ở nước ngoài năm 2021
Sáng ngày 4/2/2021, Ban Thường trực Ủy ban MTTQ Việt Nam xã Thụy Xuân (huyện Thái Thụy, tỉnh Thái Bình) phối hợp với Đảng ủy, UBND xã tổ chức hội nghị gặp mặt thân nhân kiều bào và người lao động đang làm việc ở nước ngoài năm 2021. Do diễn biến dịch Covid-19, hội nghị được tổ chức gọn với 68 đại biểu đại diện các gia đình, đồng thời kết nối trực tuyến với 25 người con của xã đang ở Nhật Bản, Hàn Quốc, Đài Loan (Trung Quốc) và Cộng hòa Séc.
Quang cảnh hội nghị gặp mặt tại hội trường UBND xã.
Dự hội nghị có đồng chí Phạm Văn Đạo, Huyện ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thái Thụy; các đồng chí trong Ban Thường vụ Đảng ủy xã: Vũ Văn Hiển - Bí thư Đảng ủy, Bùi Thị Lành - Phó Bí thư Thường trực Đảng ủy, Nguyễn Văn Đông - Phó Bí thư Đảng ủy, Chủ tịch UBND xã.
Báo cáo của Ủy ban MTTQ xã do bà Đỗ Thị Thoa, Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày nêu rõ: toàn xã hiện có 436 người đang sinh sống, làm việc ở nước ngoài, thuộc 371 hộ; trong đó 58 người đã định cư lâu dài. Năm 2020, bà con ở nước ngoài gửi về gia đình ước khoảng 95 tỷ đồng, nhiều hộ đã xây nhà kiên cố, đầu tư nuôi trồng thủy sản. Kiều bào và người lao động ở nước ngoài đã đóng góp 460 triệu đồng làm 1,2 km đường bê tông liên thôn, 150 triệu đồng ủng hộ Quỹ "Vì người nghèo" và hỗ trợ xây 2 nhà đại đoàn kết.
Thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/1/2020 của Đảng ủy xã về phát triển kinh tế - xã hội và Kế hoạch số 12/KH-MTTQ ngày 15/1/2021 của Ban Thường trực Ủy ban MTTQ xã, năm 2021 Mặt trận xã sẽ thành lập tổ liên lạc thân nhân người lao động ở nước ngoài tại 7 thôn; phối hợp tuyên truyền phòng, chống mua bán người, xuất cảnh trái phép. Mặt trận xã cũng phổ biến Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020 để các gia đình nắm rõ quyền lợi.
Tại buổi gặp mặt, anh Phạm Văn Khiêm, đang làm việc tại tỉnh Aichi (Nhật Bản), chia sẻ qua màn hình: "Chúng em luôn mong quê nhà bình an; hết dịch sẽ về góp sức xây dựng quê hương". Ông Vũ Đình Tuấn, Trưởng thôn Tân Bồi, đề nghị xã hỗ trợ thủ tục xác nhận giấy tờ cho các gia đình có con đi lao động.
Phát biểu chỉ đạo, đồng chí Vũ Văn Hiển mong bà con kiều bào, người lao động tiếp tục chấp hành pháp luật nước sở tại, giữ gìn tiếng Việt, hướng về quê hương. Nhân dịp Tết Tân Sửu, Ủy ban MTTQ xã tặng 20 suất quà, mỗi suất 300.000 đồng, cho các gia đình có người thân ở nước ngoài gặp khó khăn do dịch.
Ban biên tập
Tin khác
- Xã Thụy Xuân tổng kết công tác Mặt trận năm 2020 (28/12/2020)
- Đại hội Chi hội Người cao tuổi thôn Tân Bồi (15/12/2020)
- Tuyên truyền phòng chống dịch Covid-19 trên hệ thống loa truyền thanh (02/12/2020)
""", "2021-02-05", "Xã Thụy Xuân gặp mặt thân nhân kiều bào và người lao động ở nước ngoài năm 2021",
E("hoi_nghi", "2021", "2021-02-04"),
[P("Phạm Văn Đạo", "Huyện ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Thái Thụy"),
 P("Vũ Văn Hiển", "Bí thư Đảng ủy"),
 P("Bùi Thị Lành", "Phó Bí thư Thường trực Đảng ủy"),
 P("Nguyễn Văn Đông", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Đỗ Thị Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Phạm Văn Khiêm"),
 P("Vũ Đình Tuấn", "Trưởng thôn Tân Bồi")],
[Q("68 đại biểu", 68, "đại biểu"), Q("25 người con", 25, "người con"), Q("436 người", 436, "người"), Q("371 hộ", 371, "hộ"),
 Q("58 người", 58, "người"), Q("khoảng 95 tỷ đồng", 95000000000, "đồng", "approx"), Q("460 triệu đồng", 460000000, "đồng"),
 Q("1,2 km", 1.2, "km"), Q("150 triệu đồng", 150000000, "đồng"), Q("2 nhà đại đoàn kết", 2, "nhà đại đoàn kết"),
 Q("7 thôn", 7, "thôn"), Q("20 suất quà", 20, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị quyết", "05", "NQ/ĐU", "2020-01-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/1/2020 của Đảng ủy xã"),
 D("Kế hoạch", "12", "KH-MTTQ", "2021-01-15", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 12/KH-MTTQ ngày 15/1/2021")],
[prov("Thái Bình"), com("Thụy Xuân")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ THỤY XUÂN - HUYỆN THÁI THỤY - TỈNH THÁI BÌNH", "Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Quang cảnh hội nghị gặp mặt tại hội trường UBND xã.", "Vì người nghèo",
 "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020", "Ban biên tập"],
["Ngày 05/02/2021 | 09:15", "năm 2021", "Năm 2020", "Tết Tân Sửu"]))

PAGES.append(page("b6352-soctrang-kieubao-khmer-chandung-2021", """
Báo Sóc Trăng Online
Thứ Hai, 12/04/2021
Đời sống | Người tốt việc tốt
Người con Khmer xa xứ và ngôi trường cho học trò phum sóc
Ông Thạch Sa Phol (thứ hai từ trái) trao học bổng cho học sinh Trường Tiểu học Viên Bình. Ảnh: Thạch Hùng
Rời quê hương từ năm 1989, ông Thạch Sa Phol, người Khmer ở ấp Trà Ếch, xã Viên Bình, nay định cư tại bang Minnesota (Hoa Kỳ), hơn 20 năm qua vẫn đều đặn gửi tiền về giúp học trò nghèo nơi phum sóc.
Theo ông Lâm Văn Mẫn, Chủ tịch Ủy ban MTTQ Việt Nam xã Viên Bình, từ năm 2008 đến nay ông Thạch Sa Phol đã trao hơn 900 suất học bổng, mỗi suất từ 500.000 đến 1 triệu đồng; đóng góp 1,35 tỷ đồng xây 6 phòng học, 1 nhà thư viện cho Trường Tiểu học Viên Bình và 2 điểm trường ở ấp Trà Ếch, ấp Sóc Bưng. Năm 2020, khi dịch Covid-19 bùng phát, ông gửi về 200 triệu đồng nhờ Mặt trận xã mua 400 phần quà cho hộ nghèo, hộ cận nghèo người Khmer.
"Tôi lớn lên nhờ mái chùa, nhờ những thầy giáo đầu tiên dạy chữ Khmer, chữ Việt. Bây giờ có điều kiện thì phải trả nghĩa", ông Thạch Sa Phol nói qua điện thoại. Mỗi lần về quê dịp Tết Chôl Chnăm Thmây, ông đều ghé chùa Sóc Bưng, cùng Đại đức Lý Sô Phêl, trụ trì chùa Sóc Bưng, thăm các lớp dạy chữ Khmer hè, nơi có 14 lớp với 386 em theo học.
Bà Sơn Thị Sa Vy, Hiệu trưởng Trường Tiểu học Viên Bình, cho biết tỷ lệ học sinh người Khmer bỏ học giữa chừng của trường đã giảm từ 6,5% năm 2008 xuống còn dưới 1%. Ông Kim Văn Rết, Trưởng ấp Trà Ếch, nói nhiều em nhận học bổng năm xưa nay đã trở thành giáo viên, cán bộ xã.
Ông Thạch Sa Phol còn là thành viên tích cực của Hội Người Việt gốc Khmer tại Minnesota, thường xuyên vận động bà con ở đây hướng về quê hương. Ghi nhận những đóng góp đó, năm 2019 ông được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 2215/QĐ-UBND ngày 26/8/2019 và được Ủy ban MTTQ tỉnh mời dự Hội nghị gặp mặt kiều bào nhân dịp Xuân Canh Tý 2020.
Ông Trần Văn Chín, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đánh giá: "Những người như ông Thạch Sa Phol là cầu nối quý giá giữa đồng bào Khmer trong nước với cộng đồng ở nước ngoài, đúng tinh thần Nghị quyết 36-NQ/TW và Chỉ thị 45-CT/TW của Bộ Chính trị về công tác đối với người Việt Nam ở nước ngoài".
Dự kiến cuối năm nay, ông sẽ về khởi công thêm 2 phòng học và trao 50 xe đạp cho học sinh nghèo hiếu học của xã.
Thạch Hùng
Các tin đã đưa
- Kiều bào Úc tặng 100 triệu đồng cho chùa Khmer (25/03/2021)
- Mỹ Xuyên: gặp mặt người có uy tín trong đồng bào Khmer (18/03/2021)
- Thăm, chúc Tết Chôl Chnăm Thmây các chùa Phật giáo Nam tông Khmer (10/04/2020)
""", "2021-04-12", "Người con Khmer xa xứ và ngôi trường cho học trò phum sóc",
E("khac", None, None),
[P("Thạch Sa Phol"),
 P("Lâm Văn Mẫn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Viên Bình"),
 P("Lý Sô Phêl", "Đại đức", "trụ trì chùa Sóc Bưng"),
 P("Sơn Thị Sa Vy", "Hiệu trưởng Trường Tiểu học Viên Bình"),
 P("Kim Văn Rết", "Trưởng ấp Trà Ếch"),
 P("Trần Văn Chín", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 900 suất học bổng", 900, "suất học bổng", "over"), Q("500.000", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("6 phòng học", 6, "phòng học"), Q("2 điểm trường", 2, "điểm trường"),
 Q("200 triệu đồng", 200000000, "đồng"), Q("400 phần quà", 400, "phần quà"), Q("14 lớp", 14, "lớp"), Q("386 em", 386, "em"),
 Q("6,5%", 6.5, "%"), Q("dưới 1%", 1, "%", "approx"), Q("2 phòng học", 2, "phòng học"), Q("50 xe đạp", 50, "xe đạp")],
[D("Quyết định", "2215", "QĐ-UBND", "2019-08-26", "Chủ tịch UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 26/8/2019"),
 D("Nghị quyết", "36", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 36-NQ/TW"),
 D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW của Bộ Chính trị")],
[prov("Sóc Trăng"), com("Viên Bình")],
["Báo Sóc Trăng Online", "Đời sống | Người tốt việc tốt",
 "Ông Thạch Sa Phol (thứ hai từ trái) trao học bổng cho học sinh Trường Tiểu học Viên Bình. Ảnh: Thạch Hùng",
 "Hội Người Việt gốc Khmer tại Minnesota", "Tết Chôl Chnăm Thmây", "Xuân Canh Tý 2020"],
["Thứ Hai, 12/04/2021", "từ năm 1989", "hơn 20 năm", "từ năm 2008", "Năm 2020", "1 nhà thư viện"]))
