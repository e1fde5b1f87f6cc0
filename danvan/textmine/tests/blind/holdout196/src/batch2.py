from lib import *
PAGES = []

PAGES.append(page("b4667-camau-mttq-bantin-2017", """
MTTQ VIỆT NAM TỈNH CÀ MAU - Cổng thông tin điện tử
Trang chủ >> Tin tức >> Bản tin Mặt trận
Cập nhật lúc 17:20 ngày 20/01/2017
Trao 3.500 phần quà Tết cho hộ nghèo, gia đình chính sách
BẢN TIN MẶT TRẬN THÁNG 01/2017
(MTTQ Cà Mau) - Trong các ngày 16 - 18/01/2017, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh phối hợp các nhà hảo tâm tổ chức trao 3.500 phần quà Tết cho hộ nghèo, gia đình chính sách, đồng bào Khmer nghèo tại 9 huyện, thành phố. Mỗi phần quà gồm tiền mặt 300.000 đồng, gạo và nhu yếu phẩm, tổng trị giá hơn 2,1 tỷ đồng. Đồng chí Trần Văn Hiện, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Lâm Thị Sa Rươl, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trực tiếp trao quà tại xã Khánh Bình Tây và xã Trần Hợi.
Bà con nhận quà Tết tại xã Trần Hợi. Ảnh: Hoàng Vũ
Đợt trao quà thực hiện Kế hoạch số 03/KH-MTTQ-BTT ngày 05/01/2017 của Ban Thường trực Ủy ban MTTQ tỉnh về vận động chăm lo Tết Đinh Dậu; đến nay Quỹ "Vì người nghèo" các cấp đã nhận ủng hộ trên 12 tỷ đồng, trong đó cấp tỉnh 4,6 tỷ đồng.
Các hoạt động khác trong tháng:
- Tổng kết: Ngày 10/01, Ban Thường trực Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2016; 98,2% hộ gia đình ký cam kết thực hiện cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
- Thăm, chúc Tết: Đoàn do đồng chí Nguyễn Tiến Hải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dẫn đầu thăm, chúc Tết Hòa thượng Danh Đường tại Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh và 12 chùa Khmer; tặng mỗi chùa 5 triệu đồng.
- Đầm Dơi: Ủy ban MTTQ huyện bàn giao 21 căn nhà Đại đoàn kết, mỗi căn trị giá 40 triệu đồng; bà Huỳnh Thị Bé Tư, Chủ tịch Ủy ban MTTQ xã Tân Thuận, cho biết xã còn 37 hộ nghèo cần hỗ trợ nhà ở.
- Ngọc Hiển: Các ông Lê Minh Chiến, Trịnh Văn Phong - Phó Chủ tịch Ủy ban MTTQ huyện Ngọc Hiển - trao 400 phần quà cho ngư dân khó khăn tại xã Đất Mũi; Bộ đội Biên phòng tỉnh tặng thêm 100 suất quà, mỗi suất 500.000 đồng.
- Giám sát: Ban Thường trực giám sát việc thực hiện Quyết định 33/2015/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ nhà ở đối với hộ nghèo tại 3 huyện; phát hiện 14 trường hợp chưa đúng đối tượng.
- Văn bản: Ban Thường trực ban hành hướng dẫn 05, 06/HD-MTTQ-BTT về tổ chức hội nghị cử tri và về công tác tiếp nhận, phân phối nguồn hỗ trợ dịp Tết.
Phát biểu tại buổi trao quà, đồng chí Trần Văn Hiện mong các hộ nghèo vươn lên; đề nghị Mặt trận cơ sở bảo đảm 100% hộ nghèo, hộ cận nghèo đều có quà Tết, không để hộ nào không có Tết.
Hoàng Vũ - Kim Thoa
Lượt xem: 3.210
Tin liên quan
- Thới Bình trao 600 phần quà Tết (15/01/2017)
- Bản tin Mặt trận tháng 12/2016 (30/12/2016)
- Hội nghị tổng kết công tác Mặt trận năm 2016 (11/01/2017)
""", "2017-01-20", "Trao 3.500 phần quà Tết cho hộ nghèo, gia đình chính sách",
E("trao_qua", None, "2017-01-16"),
[P("Trần Văn Hiện", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Sa Rươl", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Tiến Hải", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Danh Đường", "Hòa thượng"),
 P("Huỳnh Thị Bé Tư", "Chủ tịch Ủy ban MTTQ xã Tân Thuận"),
 P("Lê Minh Chiến", "Phó Chủ tịch Ủy ban MTTQ huyện Ngọc Hiển"),
 P("Trịnh Văn Phong", "Phó Chủ tịch Ủy ban MTTQ huyện Ngọc Hiển")],
[Q("3.500 phần quà", 3500, "phần quà"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("300.000 đồng", 300000, "đồng"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("98,2%", 98.2, "%"), Q("12 chùa Khmer", 12, "chùa Khmer"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("21 căn nhà Đại đoàn kết", 21, "căn nhà Đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("37 hộ nghèo", 37, "hộ nghèo"), Q("400 phần quà", 400, "phần quà"),
 Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("3 huyện", 3, "huyện"),
 Q("14 trường hợp", 14, "trường hợp"), Q("100%", 100, "%")],
[D("Kế hoạch", "03", "KH-MTTQ-BTT", "2017-01-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 03/KH-MTTQ-BTT ngày 05/01/2017"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2015/QĐ-TTg"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ban Thường trực", "hướng dẫn 05, 06/HD-MTTQ-BTT"),
 D("Hướng dẫn", "06", "HD-MTTQ-BTT", None, "Ban Thường trực", "hướng dẫn 05, 06/HD-MTTQ-BTT")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Trần Hợi"), com("Tân Thuận"), com("Đất Mũi")],
["MTTQ VIỆT NAM TỈNH CÀ MAU - Cổng thông tin điện tử", "Trang chủ >> Tin tức >> Bản tin Mặt trận", "BẢN TIN MẶT TRẬN THÁNG 01/2017",
 "(MTTQ Cà Mau)", "Bà con nhận quà Tết tại xã Trần Hợi. Ảnh: Hoàng Vũ", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 3.210"],
["Cập nhật lúc 17:20 ngày 20/01/2017", "THÁNG 01/2017", "năm 2016", "Tết Đinh Dậu", "Lượt xem: 3.210"]))

PAGES.append(page("b4668-hagiang-bdv-diemtin-2018", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Vị trí: Trang chủ - Hoạt động dân vận - Điểm tin
Thứ Sáu, 05/10/2018 - 08:40
Ảnh: Quang cảnh hội nghị giao ban.
Điểm tin tuần đầu tháng 10
Giao ban khối dân vận quý III: 4.612 hộ hiến đất làm đường trong 9 tháng
Chiều 03/10/2018, Ban Dân vận Tỉnh ủy Hà Giang chủ trì hội nghị giao ban khối dân vận quý III năm 2018. Đồng chí Sùng Thị Chá, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lý Thị Lan, Hoàng Văn Vịnh và lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Báo cáo cho thấy, 9 tháng năm 2018, toàn tỉnh có 4.612 hộ hiến trên 68 ha đất để làm đường bê tông nông thôn; nhân dân góp gần 210.000 ngày công, làm được 512 km đường. Khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 28-CTr/TU về thực hiện Kết luận 43-KL/TW của Ban Bí thư; hướng dẫn thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị về Quy chế dân vận.
Tin vắn trong tuần:
- Đồng Văn: Ngày 28/9, Huyện ủy đối thoại với 48 hộ người Mông theo đạo "Giê Sùa" ở xã Lũng Cú; ông Vàng Chúa Dình, Phó Bí thư Thường trực Huyện ủy và HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn Lò Văn Thà cùng trả lời các kiến nghị. 36 hộ đã cam kết từ bỏ tà đạo.
- Hoàng Su Phì: Hội Nông dân huyện ra mắt 2 tổ hợp tác trồng chè Shan tuyết với 31 hộ thành viên; bà Lù Thị Sử, Chủ tịch Hội Nông dân xã Thàng Tín, được tặng giấy khen.
- Bắc Quang: Huyện đoàn tập huấn kỹ năng cho 140 bí thư chi đoàn; thực hiện Nghị quyết chuyên đề số 07-NQ/HU của Ban Chấp hành Đảng bộ huyện về vận động thanh niên lập nghiệp.
- Yên Minh: Ban Dân vận Huyện ủy phối hợp Đồn Biên phòng Bạch Đích vận động đồng bào xã Phú Lũng giải quyết ổn định 6 vụ việc tranh chấp ranh giới đất nương; 27 người có uy tín được huyện mời dự lớp bồi dưỡng kiến thức pháp luật.
- Mặt trận: Ủy ban MTTQ tỉnh tiếp nhận 1.000 tấn xi măng ủng hộ xây 50 nhà Đại đoàn kết, mỗi nhà hỗ trợ không quá 50 triệu đồng; ước khoảng 70% số hộ đã khởi công.
- Xã Tùng Vài (Quản Bạ): Đồng chí Giàng Mí Sính, ĐUV, Chủ tịch Hội Cựu chiến binh xã Tùng Vài, vận động 15 hộ tháo dỡ 15 nhà tạm để xây mới.
Phát biểu kết luận giao ban, đồng chí Sùng Thị Chá đề nghị quý IV tiếp tục triển khai phong trào "Dân vận khéo", phấn đấu mỗi xã có ít nhất 1 mô hình; sơ kết 5 năm thực hiện Nghị quyết 25-NQ/TW; chuẩn bị Hội nghị đối thoại giữa Bí thư Tỉnh ủy với đoàn viên, thanh niên năm 2018.
Văn Thành
Lượt xem: 1.567
Tin liên quan
- Điểm tin tuần cuối tháng 9 (28/09/2018)
- Mèo Vạc ra mắt 4 mô hình "Dân vận khéo" (21/09/2018)
- Hội nghị giao ban khối dân vận quý II năm 2018 (06/07/2018)
""", "2018-10-05", "Giao ban khối dân vận quý III: 4.612 hộ hiến đất làm đường trong 9 tháng",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Sùng Thị Chá", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Vịnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Chúa Dình", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lò Văn Thà", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Lù Thị Sử", "Chủ tịch Hội Nông dân xã Thàng Tín"),
 P("Giàng Mí Sính", "ĐUV", "Chủ tịch Hội Cựu chiến binh xã Tùng Vài")],
[Q("4.612 hộ", 4612, "hộ"), Q("trên 68 ha", 68, "ha", "over"), Q("gần 210.000 ngày công", 210000, "ngày công", "approx"),
 Q("512 km", 512, "km"), Q("48 hộ người Mông", 48, "hộ người Mông"), Q("36 hộ", 36, "hộ"),
 Q("2 tổ hợp tác trồng chè Shan tuyết", 2, "tổ hợp tác trồng chè Shan tuyết"), Q("31 hộ thành viên", 31, "hộ thành viên"),
 Q("140 bí thư chi đoàn", 140, "bí thư chi đoàn"), Q("1.000 tấn", 1000, "tấn"), Q("50 nhà Đại đoàn kết", 50, "nhà Đại đoàn kết"),
 Q("không quá 50 triệu đồng", 50000000, "đồng"), Q("khoảng 70%", 70, "%", "approx"), Q("15 hộ", 15, "hộ"),
 Q("15 nhà tạm", 15, "nhà tạm"), Q("6 vụ việc tranh chấp ranh giới đất nương", 6, "vụ việc tranh chấp ranh giới đất nương"), Q("27 người có uy tín", 27, "người có uy tín"), Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Chương trình hành động", "28", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 28-CTr/TU"),
 D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận 43-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW"),
 D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết chuyên đề số 07-NQ/HU"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Hà Giang"), com("Lũng Cú"), com("Thàng Tín"), com("Phú Lũng"), com("Tùng Vài")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Vị trí: Trang chủ - Hoạt động dân vận - Điểm tin", "Ảnh: Quang cảnh hội nghị giao ban.",
 "Điểm tin tuần đầu tháng 10", "Giê Sùa", "Dân vận khéo", "Lượt xem: 1.567"],
["Thứ Sáu, 05/10/2018 - 08:40", "quý III", "9 tháng", "quý IV", "5 năm", "năm 2018", "Lượt xem: 1.567"]))

PAGES.append(page("b4669-binhdinh-bdv-diemtin-2019", """
Báo Bình Định - Cơ quan của Đảng bộ tỉnh Bình Định
Chính trị » Dân vận » Điểm tin
21.08.2019 | 16:05
Tập huấn nghiệp vụ công tác dân vận năm 2019 cho 230 học viên cơ sở
(BĐ) - Trong 2 ngày 19 và 20/8, Ban Dân vận Tỉnh ủy Bình Định mở lớp tập huấn nghiệp vụ công tác dân vận năm 2019 cho 230 học viên là trưởng, phó ban dân vận, cán bộ khối dân vận các xã, phường, thị trấn. Đồng chí Đinh Thị Thu Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc.
Đồng chí Đinh Thị Thu Hiền phát biểu khai mạc lớp tập huấn.
Các học viên được truyền đạt những nội dung cơ bản của Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, Quy định 124-QĐ/TW, Quy chế phối hợp số 02-QCPH/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy và UBND tỉnh; kỹ năng nắm tình hình, giải quyết 3 dạng vụ việc phức tạp ở cơ sở. Báo cáo viên là đồng chí Trần Văn Nhẫn, Phó Trưởng Ban Dân vận Tỉnh ủy và TS. Lê Hữu Phước, Giảng viên chính Trường Chính trị tỉnh.
Điểm tin dân vận tháng 8 cũng ghi nhận:
- An Lão: Ban Dân vận Huyện ủy sơ kết 1 năm mô hình "Cán bộ dân vận bám làng" tại 10 xã, thị trấn; đồng bào Bana ở xã An Toàn đã xóa 14 hộ nghèo. Đồng chí Đinh Văn Huấn, HUV, Trưởng Ban Dân vận Huyện ủy An Lão, cho biết huyện có 42 đảng viên được phân công phụ trách hộ.
- Hoài Nhơn: Hội Nông dân xã Tam Quan Bắc vận động 215 ngư dân ký cam kết không khai thác hải sản trái phép; 17 tàu cá được gắn thiết bị giám sát hành trình.
- Vĩnh Thạnh: Ủy ban MTTQ huyện phối hợp Ban Chỉ huy Quân sự huyện bàn giao 6 nhà "Mái ấm nghĩa tình" cho hộ Bana khó khăn, mỗi nhà trị giá 60 triệu đồng; già làng Đinh Văn Lè, làng Kon Trú, xã Vĩnh Kim, thay mặt bà con cảm ơn.
- Phù Cát: Đảng ủy xã Cát Hải tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho 4 đảng viên lão thành; Chi hội Phụ nữ thôn Chánh Oai duy trì tổ tiết kiệm với 38 hội viên.
- Quy Nhơn: Phường Ghềnh Ráng tổ chức hội nghị đối thoại với 65 hộ dân khu vực quy hoạch; có 9 ý kiến kiến nghị về giá đất bồi thường.
- Văn bản: Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 92-KH/TU, số 93-KH/TU triển khai đại hội đảng bộ các cấp; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 15-HD/BDVTU về lấy ý kiến nhân dân góp ý dự thảo văn kiện.
Bế mạc lớp tập huấn, đồng chí Trần Văn Nhẫn đề nghị các học viên vận dụng kiến thức vào thực tiễn; phấn đấu đến cuối năm 2019 mỗi xã, phường, thị trấn có ít nhất 2 mô hình "Dân vận khéo", 95% trở lên vụ việc được hòa giải thành ở cơ sở.
Ngọc Thúy
Tin liên quan
- Tây Sơn: đối thoại với nhân dân về bồi thường hồ chứa nước (14/08/2019)
- Điểm tin dân vận tháng 7 (24/07/2019)
- Tuy Phước ra mắt tổ dân vận thôn (10/07/2019)
""", "2019-08-21", "Tập huấn nghiệp vụ công tác dân vận năm 2019 cho 230 học viên cơ sở",
E("tap_huan", "2019", "2019-08-19"),
[P("Đinh Thị Thu Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Nhẫn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Hữu Phước", "TS.", "Giảng viên chính Trường Chính trị tỉnh"),
 P("Đinh Văn Huấn", "HUV", "Trưởng Ban Dân vận Huyện ủy An Lão"),
 P("Đinh Văn Lè", "già làng")],
[Q("230 học viên", 230, "học viên"), Q("3 dạng vụ việc phức tạp", 3, "dạng vụ việc phức tạp"),
 Q("10 xã, thị trấn", 10, "xã, thị trấn"), Q("14 hộ nghèo", 14, "hộ nghèo"), Q("42 đảng viên", 42, "đảng viên"),
 Q("215 ngư dân", 215, "ngư dân"), Q("17 tàu cá", 17, "tàu cá"), Q("6 nhà", 6, "nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("4 đảng viên lão thành", 4, "đảng viên lão thành"), Q("38 hội viên", 38, "hội viên"), Q("65 hộ dân", 65, "hộ dân"), Q("9 ý kiến kiến nghị", 9, "ý kiến kiến nghị"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"),
 Q("95% trở lên", 95, "%", "over")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW"),
 D("Quy chế phối hợp", "02", "QCPH/BDVTU-UBND", None, None, "Quy chế phối hợp số 02-QCPH/BDVTU-UBND"),
 D("Kế hoạch", "92", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 92-KH/TU"),
 D("Kế hoạch", "93", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "số 93-KH/TU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 15-HD/BDVTU")],
[prov("Bình Định"), com("An Toàn"), com("Tam Quan Bắc"), com("Vĩnh Kim"), com("Cát Hải"), com("Ghềnh Ráng")],
["Báo Bình Định - Cơ quan của Đảng bộ tỉnh Bình Định", "Chính trị » Dân vận » Điểm tin", "(BĐ)",
 "Đồng chí Đinh Thị Thu Hiền phát biểu khai mạc lớp tập huấn.", "Cán bộ dân vận bám làng", "Mái ấm nghĩa tình",
 "Dân vận khéo", "Trường Chính trị tỉnh"],
["21.08.2019 | 16:05", "2 ngày", "Huy hiệu 50 năm tuổi Đảng", "năm 2019", "1 năm", "tháng 8"]))

PAGES.append(page("b4670-kontum-mttq-diemtin-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM
Bạn đang ở: Trang chủ / Tin hoạt động / Điểm tin Mặt trận
Cập nhật: 09:42, 13/11/2020 (GMT+7)
Gặp mặt 250 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2020
Điểm tin Mặt trận tháng 11
Ngày 11/11/2020, Ủy ban MTTQ Việt Nam tỉnh Kon Tum phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2020. Dự có 250 đại biểu là già làng, trưởng thôn, người có uy tín của các dân tộc Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm. Đồng chí A Pớt, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đồng chí Y Ngọc, Phó Chủ tịch UBND tỉnh chủ trì.
Các đại biểu dự hội nghị. Ảnh: Ngọc Minh
Theo báo cáo, toàn tỉnh có 1.017 người có uy tín; năm qua, họ đã vận động đồng bào hiến 14,6 ha đất, tham gia hòa giải thành 86 vụ việc, tố giác 11 vụ việc vi phạm pháp luật. Tại hội nghị, già làng A Hơ, thôn Đăk Răng, xã Đăk Ang và bà Y Blưn, người có uy tín làng Kon Rờ Bàng, xã Vinh Quang, chia sẻ kinh nghiệm vận động bà con bỏ tục "bỏ mả", không nghe kẻ xấu xúi giục. UBND tỉnh tặng bằng khen cho 50 người có uy tín tiêu biểu, mỗi người kèm 1,5 triệu đồng.
Các hoạt động nổi bật khác:
- Hỗ trợ bão lũ: Sau bão số 9, Ủy ban MTTQ tỉnh tiếp nhận hơn 8,3 tỷ đồng ủng hộ; đã phân bổ cho 102 hộ có nhà bị sập hoàn toàn, mỗi hộ 30 triệu đồng và 1.450 hộ có nhà bị tốc mái, mỗi hộ 3 triệu đồng.
- Phản biện: Ban Thường trực tổ chức hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển sâm Ngọc Linh; 21 ý kiến góp ý được tiếp thu.
- Đăk Glei: Ủy ban MTTQ huyện trao 200 phần quà cho hộ khó khăn xã Đăk Choong; ông A Lương, Chủ tịch Ủy ban MTTQ xã Đăk Choong, cho biết xã có 164 hộ bị thiệt hại.
- Ngày hội: Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Thị Hoa, Hoàng Xuân Diện dự Ngày hội Đại đoàn kết toàn dân tộc tại thôn Kon Jơ Ri, phường Trường Chinh; trao 2 nhà Đại đoàn kết.
- Văn bản: Ban Thường trực ban hành Kế hoạch 142/KH-MTTQ-BTT triển khai Nghị quyết số 120/2020/QH14 của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Phát biểu tại hội nghị, đồng chí A Pớt đề nghị người có uy tín tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân, thực hiện tốt Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận và chính sách đối với người có uy tín.
Ngọc Minh
Lượt truy cập: 42.815
Tin khác
- Điểm tin Mặt trận tháng 10 (16/10/2020)
- Trao 500 suất quà cho người dân vùng lũ Tu Mơ Rông (02/11/2020)
""", "2020-11-13", "Gặp mặt 250 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2020",
E("hoi_nghi", "2020", "2020-11-11"),
[P("A Pớt", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc", "Phó Chủ tịch UBND tỉnh"),
 P("A Hơ", "già làng"),
 P("Y Blưn", "người có uy tín làng Kon Rờ Bàng"),
 P("A Lương", "Chủ tịch Ủy ban MTTQ xã Đăk Choong"),
 P("Y Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Xuân Diện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("250 người có uy tín tiêu biểu", 250, "người có uy tín tiêu biểu"), Q("1.017 người có uy tín", 1017, "người có uy tín"),
 Q("14,6 ha", 14.6, "ha"), Q("86 vụ việc", 86, "vụ việc"), Q("11 vụ việc vi phạm pháp luật", 11, "vụ việc vi phạm pháp luật"),
 Q("50 người có uy tín tiêu biểu", 50, "người có uy tín tiêu biểu"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("hơn 8,3 tỷ đồng", 8300000000, "đồng", "over"), Q("102 hộ", 102, "hộ"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("1.450 hộ", 1450, "hộ"), Q("3 triệu đồng", 3000000, "đồng"), Q("21 ý kiến góp ý", 21, "ý kiến"),
 Q("200 phần quà", 200, "phần quà"), Q("164 hộ", 164, "hộ"), Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết")],
[D("Kế hoạch", "142", "KH-MTTQ-BTT", None, "Ban Thường trực", "Kế hoạch 142/KH-MTTQ-BTT"),
 D("Nghị quyết", "120", "2020/QH14", None, "Quốc hội", "Nghị quyết số 120/2020/QH14"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg")],
[prov("Kon Tum"), com("Đăk Ang"), com("Vinh Quang"), com("Đăk Choong"), com("Trường Chinh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", "Bạn đang ở: Trang chủ / Tin hoạt động / Điểm tin Mặt trận", "Điểm tin Mặt trận tháng 11",
 "Các đại biểu dự hội nghị. Ảnh: Ngọc Minh", "bỏ mả", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt truy cập: 42.815"],
["Cập nhật: 09:42, 13/11/2020 (GMT+7)", "năm 2020", "bão số 9", "Lượt truy cập: 42.815"]))

PAGES.append(page("b4671-hungyen-bdv-bantin-2021", """
BAN DÂN VẬN TỈNH ỦY HƯNG YÊN
Trang chủ > Tin tức > Bản tin dân vận
Ngày 08/10/2021 | 09:15
Báo cáo tình hình nhân dân tháng 9/2021: Nhân dân đồng thuận với các biện pháp phòng, chống dịch COVID-19
BẢN TIN DÂN VẬN SỐ 10
Ngày 05/10/2021, Ban Dân vận Tỉnh ủy Hưng Yên ban hành Báo cáo số 215-BC/BDVTU về tình hình tư tưởng, dư luận trong nhân dân tháng 9/2021. Báo cáo do đồng chí Đỗ Tiến Sỹ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký, tổng hợp từ 161 xã, phường, thị trấn và 128 cộng tác viên dư luận xã hội.
Theo báo cáo, khoảng 92% ý kiến được hỏi đồng tình với việc tỉnh nới lỏng giãn cách từ ngày 16/9; nhân dân quan tâm tiến độ tiêm vắc xin, khi đến cuối tháng đã có hơn 780.000 người được tiêm ít nhất 1 mũi. Một bộ phận người dân, nhất là 3.400 lao động từ các tỉnh phía Nam trở về, lo lắng về việc làm, thu nhập.
Cán bộ dân vận hỗ trợ người dân khai báo y tế tại chốt kiểm soát. Ảnh: Thanh Hằng
Cùng trong tháng 9, khối dân vận ghi nhận:
- Giao ban: Ngày 28/9, Ban Dân vận Tỉnh ủy giao ban trực tuyến với 10 điểm cầu huyện, thị xã, thành phố; đồng chí Nguyễn Thị Kim Dung, Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị tăng cường vận động nhân dân thực hiện Chỉ thị 15/CT-TTg, Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ.
- Ân Thi: Ủy ban MTTQ huyện tiếp nhận 12,5 tấn nhãn lồng, rau củ do nông dân ủng hộ TP Hồ Chí Minh; ông Lê Văn Mạnh, Bí thư Đảng ủy, Chủ tịch HĐND xã Hồng Quang vận động 215 hộ góp gạo.
- Khoái Châu: Đảng ủy xã Đông Kết ban hành Nghị quyết 09, 10-NQ/ĐU về chuyển đổi cây trồng bãi bồi và về xây dựng xã nông thôn mới kiểu mẫu; 100% chi bộ thôn đã quán triệt.
- Văn Giang: Hội LHPN huyện trao 80 suất quà Trung thu cho trẻ em có hoàn cảnh khó khăn, mỗi suất 200.000 đồng; bà Phạm Thị Thu, Chủ tịch Hội LHPN huyện Văn Giang, Nguyễn Thị Hương, Phó Chủ tịch Hội LHPN huyện, tham gia trao quà.
- Tôn giáo: Linh mục Giuse Nguyễn Văn Trung, Chánh xứ giáo xứ Tiên Chu, cam kết vận động 1.200 giáo dân thực hiện 5K; phường Hiến Nam có 6 tổ COVID cộng đồng hoạt động hiệu quả.
- Văn bản: Ban Thường vụ Tỉnh ủy ban hành quy định 05-QĐ/TU về trách nhiệm người đứng đầu trong tiếp dân; Ban Dân vận Tỉnh ủy ban hành hướng dẫn số 23-HD/BDVTU về phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Báo cáo đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo các cấp quan tâm hỗ trợ người lao động mất việc theo Nghị quyết 68/NQ-CP của Chính phủ, giải quyết dứt điểm 7 vụ việc khiếu nại kéo dài ở cơ sở.
Thanh Hằng
Lượt đọc: 588
Tin liên quan
- Hưng Yên: 200 tấn nông sản ủng hộ các tỉnh phía Nam (15/09/2021)
- Bản tin dân vận số 9 (10/09/2021)
""", "2021-10-08", "Báo cáo tình hình nhân dân tháng 9/2021: Nhân dân đồng thuận với các biện pháp phòng, chống dịch COVID-19",
E("bao_cao", "2021-09", "2021-10-05"),
[P("Đỗ Tiến Sỹ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Mạnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hồng Quang"),
 P("Phạm Thị Thu", "Chủ tịch Hội LHPN huyện Văn Giang"),
 P("Nguyễn Thị Hương", "Phó Chủ tịch Hội LHPN huyện"),
 P("Giuse Nguyễn Văn Trung", "Linh mục", "Chánh xứ giáo xứ Tiên Chu")],
[Q("161 xã, phường, thị trấn", 161, "xã, phường, thị trấn"), Q("128 cộng tác viên dư luận xã hội", 128, "cộng tác viên dư luận xã hội"),
 Q("khoảng 92%", 92, "%", "approx"), Q("hơn 780.000 người", 780000, "người", "over"), Q("3.400 lao động", 3400, "lao động"),
 Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"), Q("12,5 tấn", 12.5, "tấn"),
 Q("215 hộ", 215, "hộ"), Q("100%", 100, "%"), Q("80 suất quà", 80, "suất quà"), Q("200.000 đồng", 200000, "đồng"),
 Q("1.200 giáo dân", 1200, "giáo dân"), Q("6 tổ COVID cộng đồng", 6, "tổ COVID cộng đồng"), Q("7 vụ việc khiếu nại kéo dài", 7, "vụ việc khiếu nại kéo dài")],
[D("Báo cáo", "215", "BC/BDVTU", "2021-10-05", "Ban Dân vận Tỉnh ủy Hưng Yên", "Báo cáo số 215-BC/BDVTU"),
 D("Chỉ thị", "15", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 15/CT-TTg"),
 D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg"),
 D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã Đông Kết", "Nghị quyết 09, 10-NQ/ĐU"),
 D("Nghị quyết", "10", "NQ/ĐU", None, "Đảng ủy xã Đông Kết", "Nghị quyết 09, 10-NQ/ĐU"),
 D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "quy định 05-QĐ/TU"),
 D("Hướng dẫn", "23", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 23-HD/BDVTU"),
 D("Nghị quyết", "68", "NQ-CP", None, "Chính phủ", "Nghị quyết 68/NQ-CP")],
[prov("Hưng Yên"), prov("Hồ Chí Minh"), com("Hồng Quang"), com("Đông Kết"), com("Hiến Nam")],
["BAN DÂN VẬN TỈNH ỦY HƯNG YÊN", "Trang chủ > Tin tức > Bản tin dân vận", "BẢN TIN DÂN VẬN SỐ 10",
 "Cán bộ dân vận hỗ trợ người dân khai báo y tế tại chốt kiểm soát. Ảnh: Thanh Hằng", "Dân vận khéo", "5K", "Lượt đọc: 588"],
["Ngày 08/10/2021 | 09:15", "tháng 9/2021", "SỐ 10", "1 mũi", "5K", "giai đoạn 2021 - 2025", "Lượt đọc: 588"]))

PAGES.append(page("b4672-angiang-bdv-diemtin-2022", """
Báo An Giang Online
Thời sự › Chính trị › Dân vận
06/05/2022 - 10:05
Điểm tin dân vận: giao ban tháng 4, ra mắt 27 mô hình "Dân vận khéo" gắn với Chương trình OCOP
Sáng 04/5, Ban Dân vận Tỉnh ủy An Giang tổ chức giao ban công tác dân vận tháng 4/2022 với Ban Dân vận 11 huyện, thị, thành ủy, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh. Đồng chí Nguyễn Thị Minh Thúy, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Quang cảnh buổi giao ban tháng 4.
Trong tháng, khối dân vận ra mắt 27 mô hình "Dân vận khéo" gắn với Chương trình OCOP, nâng tổng số mô hình toàn tỉnh lên 2.146; nắm tình hình tại 38 ấp có đông đồng bào Chăm, Khmer; tham mưu tổ chức 14 cuộc tiếp xúc, đối thoại với 1.025 lượt người dân. Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy ban hành Chương trình hành động số 38-CTr/TU thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận và Kế hoạch 150-KH/TU triển khai Kết luận 01-KL/TW của Bộ Chính trị.
Tin ngắn tháng 4:
- Tri Tôn: Ngày 14/4, Huyện ủy thăm, chúc Tết Chôl Chnăm Thmây tại 63 chùa Khmer; Ban Dân vận Huyện ủy phối hợp Hội Đoàn kết sư sãi yêu nước huyện tặng 250 phần quà Tết cho hộ Khmer nghèo, mỗi phần 400.000 đồng. Tham gia có Đại đức Chau Sóc Kha, Trụ trì chùa Tà Miệt, xã Châu Lăng.
- An Phú: Cộng đồng Hồi giáo (Islam) làng Chăm xã Khánh Bình được hỗ trợ 120 triệu đồng sửa thánh đường; ông Haji Musa Sa Man, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, cảm ơn Đảng ủy, chính quyền địa phương.
- Chợ Mới: Ban Thường vụ Huyện ủy giám sát việc thực hiện Quy định 1374, 1375-QĐ/HU tại 4 xã cù lao; xã Kiến An có 2 vụ việc tồn đọng đã được hòa giải.
- Châu Đốc: Phường Vĩnh Mỹ ra mắt tổ dân vận khóm với 7 thành viên; chi bộ khóm Vĩnh Tây 3 kết nạp 2 đảng viên mới.
- Tịnh Biên: Ủy ban MTTQ thị xã bàn giao 9 căn nhà Đại đoàn kết cho hộ nghèo người Khmer ở xã An Cư, tổng kinh phí khoảng 450 triệu đồng.
- Phú Tân: Hội Nông dân huyện phối hợp Ngân hàng Chính sách xã hội giải ngân 3,6 tỷ đồng cho khoảng 90 hộ vay vốn nuôi bò sinh sản, trồng nấm rơm.
Phát biểu tại giao ban, đồng chí Nguyễn Thị Minh Thúy yêu cầu tháng 5 tập trung vận động nhân dân tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới, chuẩn bị sơ kết 6 tháng đầu năm; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Sáu, Đặng Thị Mỹ Hạnh theo dõi, đôn đốc việc thực hiện Quyết định số 90/QĐ-TTg của Thủ tướng Chính phủ ở các huyện biên giới.
Thiện Khiêm
Lượt xem: 1.902
Tin liên quan
- Thoại Sơn ra mắt 5 mô hình dân vận khéo (28/04/2022)
- Điểm tin dân vận tháng 3 (08/04/2022)
- Hội nghị sơ kết công tác dân tộc, tôn giáo quý I (01/04/2022)
""", "2022-05-06", "Điểm tin dân vận: giao ban tháng 4, ra mắt 27 mô hình \"Dân vận khéo\" gắn với Chương trình OCOP",
E("giao_ban", "2022-04", "2022-05-04"),
[P("Nguyễn Thị Minh Thúy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Kha", "Đại đức", "Trụ trì chùa Tà Miệt"),
 P("Haji Musa Sa Man", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Nguyễn Văn Sáu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("27 mô hình", 27, "mô hình"), Q("11 huyện, thị, thành ủy", 11, "huyện, thị, thành ủy"), Q("2.146", 2146, "mô hình"),
 Q("38 ấp", 38, "ấp"), Q("14 cuộc tiếp xúc, đối thoại", 14, "cuộc tiếp xúc, đối thoại"), Q("1.025 lượt người dân", 1025, "lượt người dân"),
 Q("63 chùa Khmer", 63, "chùa Khmer"), Q("250 phần quà", 250, "phần quà"), Q("400.000 đồng", 400000, "đồng"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("4 xã cù lao", 4, "xã cù lao"), Q("2 vụ việc tồn đọng", 2, "vụ việc tồn đọng"),
 Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx"), Q("7 thành viên", 7, "thành viên"), Q("2 đảng viên mới", 2, "đảng viên mới"), Q("3,6 tỷ đồng", 3600000000, "đồng"),
 Q("khoảng 90 hộ", 90, "hộ", "approx")],
[D("Chương trình hành động", "38", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 38-CTr/TU"),
 D("Kế hoạch", "150", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 150-KH/TU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Quy định", "1374", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định 1374, 1375-QĐ/HU"),
 D("Quy định", "1375", "QĐ/HU", None, "Ban Thường vụ Huyện ủy", "Quy định 1374, 1375-QĐ/HU"),
 D("Quyết định", "90", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg")],
[prov("An Giang"), com("Châu Lăng"), com("Khánh Bình"), com("Kiến An"), com("Vĩnh Mỹ"), com("An Cư")],
["Báo An Giang Online", "Thời sự › Chính trị › Dân vận", "Quang cảnh buổi giao ban tháng 4.", "Dân vận khéo", "Chương trình OCOP",
 "Chôl Chnăm Thmây", "Hội Đoàn kết sư sãi yêu nước huyện", "Nghị quyết Đại hội XIII",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lượt xem: 1.902"],
["06/05/2022 - 10:05", "tháng 4/2022", "Tin ngắn tháng 4", "Đại hội XIII", "6 tháng đầu năm", "Lượt xem: 1.902"]))
