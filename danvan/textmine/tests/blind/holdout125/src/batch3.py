from lib import *
PAGES = []

PAGES.append(page("b2969-binhphuoc-tinlanh-gapmat-2022", """
BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC
Trang chủ / Hoạt động dân vận / Dân tộc - Tôn giáo
Ngày 16/12/2022 | 09:05
Hôm nay: Thứ Sáu, 16/12/2022
Đồng chí Điểu Xuân tặng quà các chức sắc Tin lành.
Gặp mặt chức sắc, chức việc, tín đồ tiêu biểu đạo Tin lành năm 2022
Ngày 15/12/2022, Ban Dân vận Tỉnh ủy phối hợp với Ban Tôn giáo Sở Nội vụ tỉnh Bình Phước tổ chức hội nghị gặp mặt chức sắc, chức việc, tín đồ tiêu biểu đạo Tin lành năm 2022 nhân dịp Lễ Giáng sinh. Hội nghị có 180 đại biểu là mục sư, truyền đạo, thành viên ban trị sự các chi hội, điểm nhóm trên địa bàn tỉnh.
Dự hội nghị có đồng chí Điểu Xuân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Trần Văn Lực, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo; Mục sư Điểu Brêl, Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Bình Phước.
Theo báo cáo, Bình Phước hiện có hơn 43.000 tín đồ Tin lành, chủ yếu là đồng bào S'tiêng, M'nông và đồng bào dân tộc phía Bắc di cư vào lập nghiệp, sinh hoạt tại 26 chi hội và 54 điểm nhóm. Năm 2022, các chi hội, điểm nhóm đã tích cực hưởng ứng phong trào "Sống tốt đời, đẹp đạo": đóng góp trên 620 triệu đồng xây dựng nông thôn mới, tham gia mô hình "Tự quản đường giao thông" ở 17 thôn, sóc; nhiều tín đồ là người có uy tín trong đồng bào.
Tại hội nghị, Truyền đạo Thị Lanh, Chi hội trưởng Chi hội Tin lành Bù Tam, xã Lộc Thành, chia sẻ việc chi hội vận động 23 hộ tín đồ đưa con em trở lại trường. Ông Y Dồn, người có uy tín sóc Bù Dốt, xã Đồng Nai, đề nghị tạo điều kiện cho điểm nhóm sớm có nơi sinh hoạt ổn định. Mục sư Lâm Văn Sang, Quản nhiệm Chi hội Tin lành Lộc Ninh, cho biết chi hội đã mở 3 lớp xóa mù chữ cho tín đồ trung niên.
Phát biểu tại hội nghị, đồng chí Điểu Xuân ghi nhận những đóng góp của đồng bào Tin lành, đề nghị các chức sắc tiếp tục hướng dẫn tín đồ thực hiện Luật Tín ngưỡng, tôn giáo và Nghị định 162/2017/NĐ-CP của Chính phủ; các cấp ủy, chính quyền cơ sở thực hiện tốt Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về vận động đồng bào dân tộc thiểu số trong tình hình mới.
Dịp này, Ban Dân vận Tỉnh ủy trao 180 phần quà cho các đại biểu, mỗi phần trị giá 500.000 đồng; tặng giấy khen cho 8 tập thể và 12 cá nhân tiêu biểu.
Nhật Hà
Lượt xem: 915
Tin liên quan
- Bù Đăng: gặp mặt người có uy tín trong đồng bào S'tiêng (08/12/2022)
- Phú Riềng vận động tín đồ Tin lành tham gia bảo vệ an ninh trật tự (25/11/2022)
- Ban Dân vận Tỉnh ủy làm việc với Ban Đại diện Hội thánh Tin lành (10/11/2022)
- Hớn Quản: tín đồ Tin lành hiến đất làm đường vào sóc (28/10/2022)
- Lộc Ninh tập huấn nghiệp vụ công tác tôn giáo cho cán bộ xã (12/10/2022)
""", "2022-12-16", "Gặp mặt chức sắc, chức việc, tín đồ tiêu biểu đạo Tin lành năm 2022",
E("hoi_nghi", "2022", "2022-12-15"),
[P("Điểu Xuân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lực", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo"),
 P("Điểu Brêl", "Mục sư", "Ủy viên Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh Bình Phước"),
 P("Thị Lanh", "Truyền đạo", "Chi hội trưởng Chi hội Tin lành Bù Tam"),
 P("Y Dồn", "người có uy tín sóc Bù Dốt"),
 P("Lâm Văn Sang", "Mục sư", "Quản nhiệm Chi hội Tin lành Lộc Ninh")],
[Q("180 đại biểu", 180, "đại biểu"), Q("hơn 43.000 tín đồ Tin lành", 43000, "tín đồ Tin lành", "over"),
 Q("26 chi hội", 26, "chi hội"), Q("54 điểm nhóm", 54, "điểm nhóm"), Q("trên 620 triệu đồng", 620000000, "đồng", "over"),
 Q("17 thôn, sóc", 17, "thôn, sóc"), Q("23 hộ tín đồ", 23, "hộ tín đồ"), Q("3 lớp xóa mù chữ", 3, "lớp xóa mù chữ"),
 Q("180 phần quà", 180, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị định", "162", "2017/NĐ-CP", None, "Chính phủ", "Nghị định 162/2017/NĐ-CP của Chính phủ"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 04, 05-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bình Phước"), com("Lộc Thành"), com("Đồng Nai")],
["BAN DÂN VẬN TỈNH ỦY BÌNH PHƯỚC", "Trang chủ / Hoạt động dân vận / Dân tộc - Tôn giáo", "Hôm nay: Thứ Sáu, 16/12/2022",
 "Đồng chí Điểu Xuân tặng quà các chức sắc Tin lành.", "Sống tốt đời, đẹp đạo", "Tự quản đường giao thông",
 "Luật Tín ngưỡng, tôn giáo", "Lượt xem: 915"],
["Ngày 16/12/2022 | 09:05", "Hôm nay: Thứ Sáu, 16/12/2022", "năm 2022", "Lượt xem: 915"]))

PAGES.append(page("b2970-thaibinh-bdv-soket-congiao-2023", """
BÁO THÁI BÌNH ĐIỆN TỬ
Chính trị » Xây dựng Đảng
21.07.2023 | 14:55
Thái Bình: 97% hộ giáo dân đạt danh hiệu gia đình văn hóa
Ngày 20/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận vùng đồng bào Công giáo 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vũ Thị Thanh Nhàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Ngô Thị Hạnh.
Đại biểu dự hội nghị.
Thái Bình có khoảng 150.000 đồng bào Công giáo, sinh hoạt tại 71 giáo xứ thuộc Giáo phận Thái Bình. 6 tháng đầu năm, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Đề án số 01-ĐA/TU về nâng cao hiệu quả công tác vận động đồng bào Công giáo giai đoạn 2023 - 2025; ký Quy chế phối hợp số 05-QCPH/BDV với Sở Nội vụ trong công tác tôn giáo. Phong trào "Sống tốt đời, đẹp đạo" tiếp tục lan tỏa: 97% hộ giáo dân đạt danh hiệu gia đình văn hóa, 52 giáo họ đạt khu dân cư kiểu mẫu; bà con đóng góp hơn 23 tỷ đồng và hiến khoảng 15.000 m2 đất xây dựng nông thôn mới nâng cao.
Tại hội nghị, Linh mục Phêrô Phạm Văn Nghị, Quản hạt Tiền Hải, cho biết các giáo xứ trong hạt đã tổ chức 6 buổi tuyên truyền Luật Thực hiện dân chủ ở cơ sở cho hơn 2.000 giáo dân. Đồng chí Bùi Văn Tuấn, Bí thư Đảng ủy xã Nam Thịnh, chia sẻ kinh nghiệm phối hợp với hội đồng mục vụ giáo xứ trong vận động 34 hộ di chuyển mồ mả để làm đường ven biển. Bà Phạm Thị Thu, Phó Trưởng Ban Dân vận Huyện ủy Kiến Xương, đề nghị tỉnh hỗ trợ kinh phí cho các mô hình "Giáo họ bình yên".
Hội nghị cũng chỉ ra những hạn chế: một số nơi chưa chủ động nắm tình hình, còn để xảy ra 2 vụ việc khiếu kiện đông người liên quan đất đai của giáo xứ; việc phát huy vai trò ban hành giáo ở một số giáo họ chưa thường xuyên.
Phát biểu kết luận, đồng chí Vũ Thị Thanh Nhàn yêu cầu 6 tháng cuối năm các huyện, thành ủy tiếp tục thực hiện Kết luận số 57-KL/TU ngày 10/02/2023 của Ban Thường vụ Tỉnh ủy, tổ chức tốt các đợt thăm, chúc mừng dịp Lễ Giáng sinh; chủ động đối thoại, giải quyết dứt điểm các kiến nghị của giáo dân ngay từ cơ sở, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 10 tập thể, 15 cá nhân có thành tích trong công tác vận động đồng bào Công giáo.
Thu Hằng
Lượt xem: 2.064
Tin liên quan
- Vũ Thư: giáo xứ Bồ Trang ra mắt mô hình "Giáo họ bình yên" (12/7/2023)
- Giao ban khối dân vận quý II năm 2023 (30/6/2023)
- Tiền Hải: hơn 300 giáo dân tham gia hiến máu tình nguyện (15/6/2023)
""", "2023-07-21", "Thái Bình: 97% hộ giáo dân đạt danh hiệu gia đình văn hóa",
E("so_ket", "2023-H1", "2023-07-20"),
[P("Vũ Thị Thanh Nhàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ngô Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phêrô Phạm Văn Nghị", "Linh mục", "Quản hạt Tiền Hải"),
 P("Bùi Văn Tuấn", "Bí thư Đảng ủy xã Nam Thịnh"),
 P("Phạm Thị Thu", "Phó Trưởng Ban Dân vận Huyện ủy Kiến Xương")],
[Q("97%", 97, "%"), Q("khoảng 150.000 đồng bào Công giáo", 150000, "đồng bào Công giáo", "approx"), Q("71 giáo xứ", 71, "giáo xứ"),
 Q("52 giáo họ", 52, "giáo họ"), Q("hơn 23 tỷ đồng", 23000000000, "đồng", "over"), Q("khoảng 15.000 m2", 15000, "m2", "approx"),
 Q("6 buổi tuyên truyền", 6, "buổi tuyên truyền"), Q("hơn 2.000 giáo dân", 2000, "giáo dân", "over"), Q("34 hộ", 34, "hộ"),
 Q("2 vụ việc khiếu kiện đông người", 2, "vụ việc khiếu kiện đông người"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Đề án", "01", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 01-ĐA/TU"),
 D("Quy chế phối hợp", "05", "QCPH/BDV", None, "Ban Dân vận Tỉnh ủy", "Quy chế phối hợp số 05-QCPH/BDV"),
 D("Kết luận", "57", "KL/TU", "2023-02-10", "Ban Thường vụ Tỉnh ủy", "Kết luận số 57-KL/TU ngày 10/02/2023 của Ban Thường vụ Tỉnh ủy")],
[prov("Thái Bình"), com("Nam Thịnh")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Chính trị » Xây dựng Đảng", "Đại biểu dự hội nghị.", "Sống tốt đời, đẹp đạo", "Giáo họ bình yên",
 "Luật Thực hiện dân chủ ở cơ sở", "Giáo phận Thái Bình", "Lượt xem: 2.064"],
["21.07.2023 | 14:55", "6 tháng đầu năm 2023", "6 tháng cuối năm", "giai đoạn 2023 - 2025", "Lượt xem: 2.064"]))

PAGES.append(page("b2971-lamdong-lacduong-giaoban-thang11-2023", """
HUYỆN ỦY LẠC DƯƠNG - TỈNH LÂM ĐỒNG
Trang chủ > Tin tức > Công tác dân vận
Thứ Tư, 29/11/2023
Khối dân vận Lạc Dương giao ban tháng 11
Chiều 28/11/2023, Ban Dân vận Huyện ủy Lạc Dương tổ chức giao ban khối dân vận tháng 11/2023, tập trung bàn các giải pháp chuẩn bị cho dịp Lễ Giáng sinh tại các giáo xứ vùng đồng bào K'Ho, Chil. Đồng chí Kră Jăn Ha Thuận, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Dự có đồng chí Liêng Hót Ha Nhi, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Cil Duk, Chủ tịch Hội Nông dân huyện; đại diện Phòng Nội vụ, Công an huyện và lãnh đạo Đảng ủy các xã, thị trấn.
Lạc Dương là huyện vùng cao của tỉnh Lâm Đồng, nơi đạo Công giáo đã gắn bó với đồng bào K'Ho, Chil từ nhiều thế hệ; nhà thờ, nhà nguyện có mặt ở hầu hết các thôn, buôn. Toàn huyện có trên 18.000 giáo dân, chiếm khoảng 70% dân số, phần lớn là đồng bào dân tộc thiểu số tại chỗ, sinh hoạt tại 5 giáo xứ và 12 giáo họ. Trong tháng, khối dân vận đã phối hợp tổ chức 9 buổi tiếp xúc với linh mục, ban hành giáo; tuyên truyền Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy về công tác tôn giáo và về phát huy vai trò người có uy tín; hướng dẫn các xã thực hiện Kế hoạch số 118-KH/HU về thăm, chúc mừng Lễ Giáng sinh năm 2023.
Tại giao ban, đồng chí Rơ Ông Ha Huân, Bí thư Đảng ủy xã Đưng K'Nớ, cho biết xã có 97% dân số theo Công giáo; Linh mục Giuse Nguyễn Xuân Lộc, Chánh xứ giáo xứ Đưng K'Nớ đã phối hợp vận động 41 hộ trồng cà phê xen cây ăn trái, không phá rừng làm rẫy. Ông Bon Yô Sép, người có uy tín thôn Đạ Sar, xã Lát, phản ánh một số hộ còn tổ chức ăn uống linh đình trong dịp lễ. Đồng chí Đa Cát Ha Mai, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận thị trấn Lạc Dương, đề xuất tăng cường lực lượng bảo đảm an ninh khi giáo dân và du khách đổ về nhà thờ Đêm Giáng sinh.
Kết luận giao ban, đồng chí Kră Jăn Ha Thuận đề nghị các đoàn thể phân công cán bộ bám địa bàn, nắm tình hình trước, trong và sau dịp lễ; chuẩn bị 250 phần quà tặng các gia đình giáo dân khó khăn, mỗi phần trị giá 400.000 đồng; phối hợp với các giáo xứ tổ chức "Đêm hội Giáng sinh" an toàn, tiết kiệm. Đồng chí cũng lưu ý khẩn trương tổng hợp ý kiến cử tri là giáo dân gửi kỳ họp HĐND huyện cuối năm.
Cũng trong tháng 11, huyện đã hoàn thành hỗ trợ 6 căn nhà cho hộ nghèo là giáo dân ở xã Đạ Chais, mỗi căn 50 triệu đồng từ Quỹ "Vì người nghèo".
Ka Sương
Lượt truy cập: 356.118
Các tin khác
- Giao ban khối dân vận tháng 10/2023 (27/10/2023)
- Đạ Chais tổ chức ngày hội đại đoàn kết tại thôn Đưng K'Si (18/11/2023)
- Lạc Dương vận động đồng bào giữ gìn nhà dài truyền thống (06/11/2023)
- Hội nghị gặp mặt chức sắc, chức việc các tôn giáo huyện Lạc Dương (20/10/2023)
""", "2023-11-29", "Khối dân vận Lạc Dương giao ban tháng 11",
E("giao_ban", "2023-11", "2023-11-28"),
[P("Kră Jăn Ha Thuận", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Liêng Hót Ha Nhi", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Cil Duk", "Chủ tịch Hội Nông dân huyện"),
 P("Rơ Ông Ha Huân", "Bí thư Đảng ủy xã Đưng K'Nớ"),
 P("Giuse Nguyễn Xuân Lộc", "Linh mục", "Chánh xứ giáo xứ Đưng K'Nớ"),
 P("Bon Yô Sép", "người có uy tín thôn Đạ Sar"),
 P("Đa Cát Ha Mai", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận thị trấn Lạc Dương")],
[Q("trên 18.000 giáo dân", 18000, "giáo dân", "over"), Q("khoảng 70%", 70, "%", "approx"), Q("5 giáo xứ", 5, "giáo xứ"),
 Q("12 giáo họ", 12, "giáo họ"), Q("9 buổi tiếp xúc", 9, "buổi tiếp xúc"), Q("97%", 97, "%"), Q("41 hộ", 41, "hộ"),
 Q("250 phần quà", 250, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("6 căn nhà", 6, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Kế hoạch", "118", "KH/HU", None, None, "Kế hoạch số 118-KH/HU")],
[prov("Lâm Đồng"), com("Đưng K'Nớ"), com("Lát"), com("Lạc Dương"), com("Đạ Chais")],
["HUYỆN ỦY LẠC DƯƠNG - TỈNH LÂM ĐỒNG", "Trang chủ > Tin tức > Công tác dân vận", "Đêm hội Giáng sinh", "Vì người nghèo",
 "thôn Đạ Sar", "Lượt truy cập: 356.118"],
["Thứ Tư, 29/11/2023", "tháng 11/2023", "năm 2023", "tháng 11", "Lượt truy cập: 356.118"]))

PAGES.append(page("b2972-dongnai-honai-baocao-tongiao-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HỐ NAI - THÀNH PHỐ BIÊN HÒA
Trang chủ :: Văn bản - Báo cáo :: Dân tộc, tôn giáo
Ngày đăng 30/12/2024 | 16:20
Kết quả công tác tôn giáo năm 2024 trên địa bàn phường Hố Nai
Ngày 25/12/2024, UBND phường Hố Nai, thành phố Biên Hòa, tỉnh Đồng Nai ban hành Báo cáo số 215/BC-UBND về kết quả thực hiện công tác tôn giáo năm 2024 và phương hướng, nhiệm vụ năm 2025. Cổng thông tin điện tử phường trích đăng nội dung chính của báo cáo.
1. Tình hình chung
Phường Hố Nai có 27.640 nhân khẩu, trong đó trên 24.000 người theo đạo Công giáo, chiếm khoảng 87% dân số, sinh hoạt tại 6 giáo xứ thuộc Giáo phận Xuân Lộc; ngoài ra có 1 chi hội Tin lành với khoảng 120 tín hữu và 2 cơ sở Phật giáo. Các giáo xứ có 9 linh mục, 46 tu sĩ đang phục vụ. Tình hình các tôn giáo ổn định, các hoạt động đều tuân thủ Luật Tín ngưỡng, tôn giáo và Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ.
2. Kết quả thực hiện
Năm 2024, UBND phường đã thực hiện Kế hoạch số 34/KH-UBND ngày 05/3/2024 của UBND thành phố Biên Hòa về công tác tôn giáo; giải quyết 14 hồ sơ thông báo sinh hoạt, sửa chữa cơ sở thờ tự đúng thời hạn. Phong trào "Sống tốt đời, đẹp đạo" gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được các giáo xứ hưởng ứng: đóng góp trên 5,6 tỷ đồng cho công tác từ thiện, xây 11 căn nhà tình thương, trao 2.350 suất quà cho người nghèo; 98,2% hộ gia đình đạt danh hiệu gia đình văn hóa.
Giáo xứ Kẻ Sặt do Linh mục Phêrô Trần Minh Tiến làm Chánh xứ tiếp tục duy trì bếp ăn 0 đồng phục vụ hơn 300 suất mỗi tuần cho người lao động nghèo. Chi hội Tin lành Hố Nai, Mục sư Y Nhim Hđơk quản nhiệm, tổ chức 2 đợt khám bệnh, cấp thuốc miễn phí.
Trong năm, phường tổ chức 4 cuộc gặp mặt, đối thoại với chức sắc, ban hành giáo; tiếp nhận 3 đơn kiến nghị liên quan trật tự xây dựng tại cơ sở tôn giáo, đã giải quyết xong 3/3 đơn.
3. Phương hướng năm 2025
Tiếp tục quán triệt Kết luận số 76, 77-KL/TU của Ban Thường vụ Thành ủy Biên Hòa; chuẩn bị chu đáo các hoạt động thăm, chúc mừng Lễ Giáng sinh, Lễ Phục sinh; phối hợp giữ gìn an ninh trật tự trong các đợt lễ lớn.
Báo cáo do ông Nguyễn Văn Hậu, Chủ tịch UBND phường ký ban hành.
Văn phòng HĐND - UBND phường
Lượt truy cập: 98.214
Tin liên quan
- Phường Hố Nai gặp mặt chức sắc các tôn giáo nhân dịp Giáng sinh 2024 (21/12/2024)
- Họp mặt kỷ niệm 94 năm Ngày truyền thống Mặt trận (15/11/2024)
- Phường tổ chức Ngày hội Đại đoàn kết tại khu phố 5 (10/11/2024)
- Giáo xứ trên địa bàn phường chung tay hỗ trợ người dân vùng bão lũ phía Bắc (20/9/2024)
""", "2024-12-30", "Kết quả công tác tôn giáo năm 2024 trên địa bàn phường Hố Nai",
E("bao_cao", "2024", "2024-12-25"),
[P("Phêrô Trần Minh Tiến", "Linh mục", "Chánh xứ"),
 P("Y Nhim Hđơk", "Mục sư"),
 P("Nguyễn Văn Hậu", "Chủ tịch UBND phường")],
[Q("27.640 nhân khẩu", 27640, "nhân khẩu"), Q("trên 24.000 người", 24000, "người", "over"), Q("khoảng 87%", 87, "%", "approx"),
 Q("6 giáo xứ", 6, "giáo xứ"), Q("khoảng 120 tín hữu", 120, "tín hữu", "approx"),
 Q("2 cơ sở Phật giáo", 2, "cơ sở Phật giáo"), Q("9 linh mục", 9, "linh mục"), Q("46 tu sĩ", 46, "tu sĩ"),
 Q("14 hồ sơ", 14, "hồ sơ"), Q("trên 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("11 căn nhà tình thương", 11, "căn nhà tình thương"),
 Q("2.350 suất quà", 2350, "suất quà"), Q("98,2%", 98.2, "%"), Q("hơn 300 suất", 300, "suất", "over"), Q("2 đợt khám bệnh", 2, "đợt khám bệnh"),
 Q("4 cuộc gặp mặt, đối thoại", 4, "cuộc gặp mặt, đối thoại"), Q("3 đơn kiến nghị", 3, "đơn kiến nghị"), Q("3/3 đơn", 3, "đơn")],
[D("Báo cáo", "215", "BC-UBND", "2024-12-25", "UBND phường Hố Nai", "Báo cáo số 215/BC-UBND"),
 D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ"),
 D("Kế hoạch", "34", "KH-UBND", "2024-03-05", "UBND thành phố Biên Hòa", "Kế hoạch số 34/KH-UBND ngày 05/3/2024 của UBND thành phố Biên Hòa"),
 D("Kết luận", "76", "KL/TU", None, "Ban Thường vụ Thành ủy Biên Hòa", "Kết luận số 76, 77-KL/TU của Ban Thường vụ Thành ủy Biên Hòa"),
 D("Kết luận", "77", "KL/TU", None, "Ban Thường vụ Thành ủy Biên Hòa", "Kết luận số 76, 77-KL/TU của Ban Thường vụ Thành ủy Biên Hòa")],
[prov("Đồng Nai"), com("Hố Nai")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HỐ NAI - THÀNH PHỐ BIÊN HÒA", "Trang chủ :: Văn bản - Báo cáo :: Dân tộc, tôn giáo",
 "Sống tốt đời, đẹp đạo", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Luật Tín ngưỡng, tôn giáo",
 "Văn phòng HĐND - UBND phường", "Giáo phận Xuân Lộc", "Lượt truy cập: 98.214"],
["Ngày đăng 30/12/2024 | 16:20", "1 chi hội Tin lành", "1. Tình hình chung", "2. Kết quả thực hiện", "3. Phương hướng năm 2025", "năm 2024", "năm 2025", "bếp ăn 0 đồng", "Lượt truy cập: 98.214"]))

PAGES.append(page("b2973-hanam-giangsinh-2024", """
Báo Hà Nam điện tử
Thời sự - Chính trị / Tin tức
Thứ Hai, 23/12/2024 - 07:30
Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh các giáo xứ
Ảnh: Đồng chí Đinh Xuân Tùng tặng quà Linh mục Giuse Đặng Văn Tuyến.
(Báo Hà Nam) - Nhân dịp Lễ Giáng sinh năm 2024, ngày 21 và 22/12, các đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Hà Nam đã đến thăm, chúc mừng các giáo hạt, giáo xứ và Hội thánh Tin lành trên địa bàn tỉnh.
Đoàn do đồng chí Đinh Xuân Tùng, Phó Bí thư Tỉnh ủy dẫn đầu đã đến thăm giáo xứ Kẻ Sở, xã Thanh Tâm và giáo hạt Phủ Lý. Tiếp đoàn có Linh mục Giuse Đặng Văn Tuyến, Quản hạt Phủ Lý, Chánh xứ giáo xứ Kẻ Sở.
Thông tin tới các linh mục và giáo dân về kết quả phát triển kinh tế - xã hội năm 2024, đồng chí Đinh Xuân Tùng cho biết tăng trưởng GRDP của tỉnh ước đạt 10,8%, thu ngân sách đạt hơn 17.800 tỷ đồng. Toàn tỉnh có trên 54.000 đồng bào Công giáo, sinh hoạt tại 48 giáo xứ. Những năm qua, bà con giáo dân luôn đồng hành cùng chính quyền: năm 2024 đã hiến gần 12.000 m2 đất, góp khoảng 9,5 tỷ đồng xây dựng nông thôn mới kiểu mẫu; ủng hộ đồng bào bị thiệt hại do bão số 3 hơn 1,2 tỷ đồng.
Đồng chí đề nghị các linh mục tiếp tục động viên giáo dân thực hiện tốt phong trào "Sống tốt đời, đẹp đạo", Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư về phát huy vai trò người có uy tín và Nghị quyết số 12-NQ/TU ngày 28/6/2022 của Tỉnh ủy về xây dựng nông thôn mới giai đoạn 2021 - 2025.
Cùng ngày, đoàn do đồng chí Trần Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã thăm, chúc mừng giáo xứ Bút Đông, phường Thanh Châu và Hội thánh Tin lành Phủ Lý. Mục sư Nguyễn Thanh Bình, Quản nhiệm Hội thánh, bày tỏ cảm ơn sự quan tâm của lãnh đạo tỉnh; cho biết hội thánh có khoảng 200 tín hữu, năm qua đã trao 40 suất học bổng cho học sinh nghèo.
Cũng trong dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 300 suất quà Giáng sinh cho các gia đình giáo dân có hoàn cảnh khó khăn, mỗi suất trị giá 1 triệu đồng. Bà Lại Thị Kim Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết nguồn quà được trích từ Quỹ "Vì người nghèo" các cấp.
Đại diện các giáo xứ đều khẳng định sẽ tổ chức các hoạt động mừng Chúa Giáng sinh an toàn, tiết kiệm, đúng quy định; tiếp tục động viên giáo dân sống "kính Chúa, yêu nước".
Minh Hiển
Lượt xem: 1.422
Tin liên quan
- Duy Tiên: gặp mặt chức sắc, chức việc các tôn giáo (18/12/2024)
- Kim Bảng: giáo xứ Bút Sơn xây dựng khu dân cư kiểu mẫu (05/12/2024)
- Ban Dân vận Tỉnh ủy tổng kết phong trào thi đua "Dân vận khéo" (28/11/2024)
""", "2024-12-23", "Lãnh đạo tỉnh thăm, chúc mừng Giáng sinh các giáo xứ",
E("khac", None, None),
[P("Đinh Xuân Tùng", "Phó Bí thư Tỉnh ủy"),
 P("Giuse Đặng Văn Tuyến", "Linh mục", "Quản hạt Phủ Lý", "Chánh xứ giáo xứ Kẻ Sở"),
 P("Trần Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thanh Bình", "Mục sư", "Quản nhiệm Hội thánh"),
 P("Lại Thị Kim Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("10,8%", 10.8, "%"), Q("hơn 17.800 tỷ đồng", 17800000000000, "đồng", "over"),
 Q("trên 54.000 đồng bào Công giáo", 54000, "đồng bào Công giáo", "over"), Q("48 giáo xứ", 48, "giáo xứ"),
 Q("gần 12.000 m2", 12000, "m2", "approx"), Q("khoảng 9,5 tỷ đồng", 9500000000, "đồng", "approx"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"), Q("khoảng 200 tín hữu", 200, "tín hữu", "approx"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("300 suất quà Giáng sinh", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/01/2018 của Ban Bí thư"),
 D("Nghị quyết", "12", "NQ/TU", "2022-06-28", "Tỉnh ủy", "Nghị quyết số 12-NQ/TU ngày 28/6/2022 của Tỉnh ủy")],
[prov("Hà Nam"), com("Thanh Tâm"), com("Thanh Châu")],
["Báo Hà Nam điện tử", "Thời sự - Chính trị / Tin tức", "Ảnh: Đồng chí Đinh Xuân Tùng tặng quà Linh mục Giuse Đặng Văn Tuyến.",
 "(Báo Hà Nam)", "Sống tốt đời, đẹp đạo", "Vì người nghèo", "kính Chúa, yêu nước", "Lượt xem: 1.422"],
["Thứ Hai, 23/12/2024 - 07:30", "ngày 21 và 22/12", "năm 2024", "bão số 3", "giai đoạn 2021 - 2025", "Lượt xem: 1.422"]))

PAGES.append(page("b2974-sonla-tinlanh-bieuduong-2024", """
BAN DÂN VẬN TỈNH ỦY SƠN LA
Trang chủ » Tin tức - Sự kiện » Công tác tôn giáo
27/09/2024 - 10:15
Toàn cảnh hội nghị.
Biểu dương 85 tín đồ Tin lành tiêu biểu "Sống tốt đời, đẹp đạo"
Ngày 26/9/2024, tại thành phố Sơn La, Ban Dân vận Tỉnh ủy phối hợp với Sở Nội vụ tổ chức hội nghị biểu dương chức sắc, chức việc, tín đồ Tin lành tiêu biểu trong phong trào thi đua "Sống tốt đời, đẹp đạo" năm 2024. Dự hội nghị có 85 tín đồ tiêu biểu đến từ các huyện Mộc Châu, Bắc Yên, Sốp Cộp, Thuận Châu.
Dự và chỉ đạo có đồng chí Lò Văn Mạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Cầm Thị Phương, Phó Giám đốc Sở Nội vụ, Trưởng Ban Tôn giáo; Mục sư Mùa A Sính, Ủy viên Ban Trị sự Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc).
Theo báo cáo, Sơn La có khoảng 35.500 tín đồ Tin lành, chủ yếu là đồng bào Mông, sinh hoạt tại 126 điểm nhóm, trong đó 101 điểm nhóm đã được cấp chứng nhận đăng ký sinh hoạt tôn giáo tập trung. Thực hiện Kết luận số 08-KL/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy và Đề án số 06-ĐA/UBND về nâng cao hiệu quả quản lý nhà nước đối với đạo Tin lành, các điểm nhóm đã vận động tín đồ xóa bỏ tục lệ lạc hậu, hiến hơn 8 ha đất làm đường, trường học; 2.120 hộ tín đồ đạt danh hiệu gia đình văn hóa; hơn 65% hộ thoát nghèo bền vững nhờ trồng cây ăn quả.
Tại hội nghị, ông Vàng A Chớ, Trưởng điểm nhóm Tin lành bản Pá Khôm, xã Chiềng Sơn, chia sẻ: "Tôi vận động bà con trong điểm nhóm không nghe kẻ xấu xúi giục di cư tự do, cùng nhau trồng 20 ha mận hậu". Bà Lầu Thị Dê, Chủ tịch Hội LHPN xã Phiêng Côn, cho biết chị em tín đồ tham gia tích cực mô hình "Nói không với tảo hôn". Đồng chí Sồng A Lử, Bí thư Đảng ủy xã Mường Lèo, kiến nghị có thêm chính sách hỗ trợ sinh kế cho hộ tín đồ ở vùng biên.
Phát biểu tại hội nghị, đồng chí Lò Văn Mạnh khẳng định đồng bào Tin lành ngày càng gắn bó, tin tưởng vào sự lãnh đạo của Đảng; đề nghị các chức sắc tiếp tục hướng dẫn tín đồ thực hiện Nghị định số 95/2023/NĐ-CP và Hướng dẫn 19-HD/BDVTW của Ban Dân vận Trung ương; kiên quyết đấu tranh với các hoạt động lợi dụng đạo Tin lành để chia rẽ khối đại đoàn kết.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 85 cá nhân tiêu biểu, mỗi cá nhân kèm 1 triệu đồng tiền thưởng.
Hạng A Tủa
Lượt xem: 1.807
Tin liên quan
- Mộc Châu: gặp mặt người có uy tín trong đồng bào Mông (15/9/2024)
- Sốp Cộp tập huấn nghiệp vụ công tác tôn giáo (30/8/2024)
- Thuận Châu: điểm nhóm Tin lành chung tay làm đường bản (12/8/2024)
- Hội nghị giao ban công tác dân vận quý II năm 2024 (25/7/2024)
""", "2024-09-27", 'Biểu dương 85 tín đồ Tin lành tiêu biểu "Sống tốt đời, đẹp đạo"',
E("hoi_nghi", "2024", "2024-09-26"),
[P("Lò Văn Mạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Thị Phương", "Phó Giám đốc Sở Nội vụ", "Trưởng Ban Tôn giáo"),
 P("Mùa A Sính", "Mục sư", "Ủy viên Ban Trị sự Tổng Liên hội Hội thánh Tin lành Việt Nam (miền Bắc)"),
 P("Vàng A Chớ", "Trưởng điểm nhóm Tin lành bản Pá Khôm"),
 P("Lầu Thị Dê", "Chủ tịch Hội LHPN xã Phiêng Côn"),
 P("Sồng A Lử", "Bí thư Đảng ủy xã Mường Lèo")],
[Q("85 tín đồ Tin lành tiêu biểu", 85, "tín đồ Tin lành tiêu biểu"),
 Q("khoảng 35.500 tín đồ Tin lành", 35500, "tín đồ Tin lành", "approx"), Q("126 điểm nhóm", 126, "điểm nhóm"),
 Q("101 điểm nhóm", 101, "điểm nhóm"), Q("hơn 8 ha", 8, "ha", "over"), Q("2.120 hộ tín đồ", 2120, "hộ tín đồ"),
 Q("hơn 65%", 65, "%", "over"), Q("20 ha", 20, "ha"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kết luận", "08", "KL/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Kết luận số 08-KL/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy"),
 D("Đề án", "06", "ĐA/UBND", None, None, "Đề án số 06-ĐA/UBND"),
 D("Nghị định", "95", "2023/NĐ-CP", None, None, "Nghị định số 95/2023/NĐ-CP"),
 D("Hướng dẫn", "19", "HD/BDVTW", None, "Ban Dân vận Trung ương", "Hướng dẫn 19-HD/BDVTW của Ban Dân vận Trung ương")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Phiêng Côn"), com("Mường Lèo")],
["BAN DÂN VẬN TỈNH ỦY SƠN LA", "Trang chủ » Tin tức - Sự kiện » Công tác tôn giáo", "Toàn cảnh hội nghị.", "Sống tốt đời, đẹp đạo",
 "Nói không với tảo hôn", "bản Pá Khôm", "Lượt xem: 1.807"],
["27/09/2024 - 10:15", "năm 2024", "Lượt xem: 1.807"]))
