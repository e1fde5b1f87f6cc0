from lib import *
PAGES = []

PAGES.append(page("b4145-camau-caucau-2021", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ » Gương người tốt, việc tốt
Ngày 09/04/2021 | 14:45
Ông Trương Văn Bé và 14 cây cầu cho xóm nghèo
Hơn 10 năm qua, ông Trương Văn Bé, 68 tuổi, Tổ trưởng Tổ nhân dân tự quản ấp Kinh Hòn, xã Khánh Bình Tây, đã vận động bà con, mạnh thường quân góp trên 1,9 tỷ đồng làm 14 cây cầu bê tông và gần 6 km lộ nông thôn, xóa những cây cầu khỉ chênh vênh.
Ông Trương Văn Bé (bìa trái) kiểm tra cây cầu thứ 14 trước ngày khánh thành. Ảnh: Hoàng Vũ
Ấp Kinh Hòn có 436 hộ, trong đó 47 hộ nghèo, 29 hộ đồng bào Khmer. Trước đây con em trong ấp đi học phải qua 3 cây cầu khỉ, mùa nước lớn nhiều em nghỉ học. Năm 2010, ông Bé bán 2 công đất ruộng được 80 triệu đồng, góp vào làm cây cầu đầu tiên. "Mình làm trước thì bà con mới tin", ông nói. Từ đó, mỗi khi làm cầu, ông đi từng nhà vận động; có hộ góp 50.000 đồng, có hộ góp ngày công, cây tràm.
Ông Phan Văn Khởi, Bí thư Chi bộ ấp Kinh Hòn, cho biết tổng cộng đã có 312 lượt hộ dân hiến đất với khoảng 9.800 m2 để mở lộ; riêng 14 cây cầu có tổng chiều dài 286 m. Nhờ lộ, cầu thông suốt, 22 hộ trong ấp đã thoát nghèo nhờ nuôi tôm - lúa, mua bán nông sản. Bà Lâm Thị Sa Ra, Chi hội trưởng Phụ nữ ấp Kinh Hòn, người Khmer, bảo: "Ông Bé nói ít mà làm nhiều, bà con thương lắm".
Bà Trần Thị Mỹ Dung, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây, cho biết xã đã chọn cách làm của ông Bé để nhân rộng ra 11 ấp, với mô hình "Mỗi ấp một công trình dân vận khéo"; năm 2020, nhân dân trong xã đóng góp hơn 3,2 tỷ đồng xây 9 cây cầu và sửa 14,5 km lộ.
Theo đồng chí Nguyễn Hoàng Nam, Phó Trưởng Ban Dân vận Tỉnh ủy Cà Mau, thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kế hoạch số 108-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2020 toàn tỉnh ghi nhận 287 mô hình "Dân vận khéo", trong đó 42 mô hình cấp tỉnh; nhân dân hiến trên 120.000 m2 đất, đóng góp khoảng 85 tỷ đồng làm đường, cầu nông thôn. Ông Trương Văn Bé là 1 trong 25 cá nhân được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 488/QĐ-UBND ngày 18/3/2021.
Nói về dự định, ông Bé cho biết còn 2 cây cầu gỗ ở cuối ấp, ông đang vận động bà con góp khoảng 250 triệu đồng để làm trong năm nay. "Còn sức thì còn làm, cho con cháu đi lại đỡ khổ", ông cười hiền.
Đồng chí Lê Văn Sử, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, nhận xét: những người như ông Bé là "cánh tay nối dài" của Mặt trận, đoàn thể ở cơ sở.
Hoàng Vũ
Lượt xem: 1.732
Tin liên quan
- U Minh: Tuyên dương 30 gương điển hình (02/04/2021)
- Cụ bà 80 tuổi hiến đất làm trường học (25/03/2021)
- Nông dân Năm Căn góp vốn làm lộ (16/03/2021)
""", "2021-04-09", "Ông Trương Văn Bé và 14 cây cầu cho xóm nghèo",
E("khac", None, None),
[P("Trương Văn Bé", "Tổ trưởng Tổ nhân dân tự quản ấp Kinh Hòn"),
 P("Phan Văn Khởi", "Bí thư Chi bộ ấp Kinh Hòn"),
 P("Lâm Thị Sa Ra", "Chi hội trưởng Phụ nữ ấp Kinh Hòn"),
 P("Trần Thị Mỹ Dung", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây"),
 P("Nguyễn Hoàng Nam", "Phó Trưởng Ban Dân vận Tỉnh ủy Cà Mau"),
 P("Lê Văn Sử", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời")],
[Q("14 cây cầu bê tông", 14, "cây cầu bê tông"), Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("gần 6 km", 6, "km", "approx"),
 Q("436 hộ", 436, "hộ"), Q("47 hộ nghèo", 47, "hộ nghèo"), Q("29 hộ đồng bào Khmer", 29, "hộ đồng bào Khmer"),
 Q("3 cây cầu khỉ", 3, "cây cầu khỉ"), Q("2 công đất ruộng", 2, "công đất ruộng"), Q("80 triệu đồng", 80000000, "đồng"),
 Q("50.000 đồng", 50000, "đồng"), Q("312 lượt hộ dân", 312, "lượt hộ dân"), Q("khoảng 9.800 m2", 9800, "m2", "approx"),
 Q("286 m", 286, "m"), Q("22 hộ", 22, "hộ"), Q("11 ấp", 11, "ấp"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("9 cây cầu", 9, "cây cầu"), Q("14,5 km", 14.5, "km"), Q("287 mô hình", 287, "mô hình"), Q("42 mô hình cấp tỉnh", 42, "mô hình cấp tỉnh"),
 Q("trên 120.000 m2", 120000, "m2", "over"), Q("khoảng 85 tỷ đồng", 85000000000, "đồng", "approx"), Q("25 cá nhân", 25, "cá nhân"),
 Q("2 cây cầu gỗ", 2, "cây cầu gỗ"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "108", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 108-KH/BDVTU"),
 D("Quyết định", "488", "QĐ-UBND", "2021-03-18", "Chủ tịch UBND tỉnh", "Quyết định số 488/QĐ-UBND ngày 18/3/2021")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ » Gương người tốt, việc tốt",
 "Ông Trương Văn Bé (bìa trái) kiểm tra cây cầu thứ 14 trước ngày khánh thành. Ảnh: Hoàng Vũ",
 "Mỗi ấp một công trình dân vận khéo", "Dân vận khéo", "cánh tay nối dài", "Lượt xem: 1.732"],
["Ngày 09/04/2021 | 14:45", "Hơn 10 năm qua", "68 tuổi", "Năm 2010", "năm 2020", "cây cầu thứ 14", "1 trong 25", "Lượt xem: 1.732"]))

PAGES.append(page("b4146-hoabinh-danvankheo-2021", """
Báo Hòa Bình điện tử
Chính trị › Dân vận
Thứ Sáu, 03/12/2021
Ảnh: Các điển hình "Dân vận khéo" nhận Bằng khen của UBND tỉnh.
Tôn vinh 96 điển hình "Dân vận khéo"
(HBĐT) - Chiều 2/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2021, tôn vinh 96 điển hình tiêu biểu. Do tình hình dịch Covid-19, hội nghị được tổ chức trực tuyến tới 10 điểm cầu huyện, thành phố với 420 đại biểu.
Dự hội nghị có các đồng chí: Đinh Văn Thuấn, Phó Bí thư Thường trực Tỉnh ủy; Quách Thị Lựu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đinh Công Sứ, Bạch Thị Mai.
Năm 2021, toàn tỉnh có 1.284 mô hình, điển hình "Dân vận khéo" được đăng ký, trong đó 365 tập thể, 919 cá nhân; nhân dân hiến hơn 21 ha đất, đóng góp trên 46 tỷ đồng và 118.000 ngày công xây dựng nông thôn mới. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 03, 04-KL/TU về nâng cao chất lượng phong trào và về công tác dân vận chính quyền; phối hợp UBND tỉnh ban hành Quy chế phối hợp số 08-QCPH/BDVTU-UBND.
Trong 96 điển hình được tôn vinh, nhiều người là đồng bào Mường, Dao. Ông Bùi Văn Khiển, người có uy tín xóm Mường Khến, xã Phong Phú, hiến 1.400 m2 đất làm nhà văn hóa và vận động 18 hộ cùng hiến đất mở đường. Bà Quách Thị Nghiêm, Chi hội trưởng Chi hội Nông dân xóm Bưng, xã Cao Sơn, lập tổ hợp tác trồng cam với 32 thành viên, thu nhập bình quân 120 triệu đồng/hộ/năm. Ông Triệu Tiến Lùng, người Dao, Bí thư Chi bộ, Trưởng xóm Thung Mặn, xã Hiền Lương, vận động 100% hộ ký cam kết không tảo hôn.
Phát biểu tại hội nghị, đồng chí Đinh Văn Thuấn đề nghị các cấp tiếp tục thực hiện Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của chính quyền các cấp và Quyết định 23-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị.
Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 30 tập thể, 34 cá nhân. Đồng chí Bạch Thị Mai công bố các quyết định khen thưởng; tổng mức thưởng trên 160 triệu đồng.
Đồng chí Quách Thị Lựu yêu cầu năm 2022 mỗi cơ quan, đơn vị đăng ký ít nhất 1 mô hình, mỗi xã ít nhất 2 mô hình "Dân vận khéo"; phấn đấu 80% trở lên số mô hình được đánh giá hiệu quả, gắn với thực hiện Quy chế dân chủ ở cơ sở. Đồng chí Đinh Công Sứ cho biết Ban sẽ tổ chức đoàn kiểm tra tại 6 huyện trong quý I/2022.
P.V
Lượt truy cập: 38.112
Tin khác
- Lạc Sơn: Sơ kết 5 năm phong trào "Dân vận khéo" (26/11/2021)
- Ban Dân vận Tỉnh ủy giao ban quý III (08/10/2021)
""", "2021-12-03", 'Tôn vinh 96 điển hình "Dân vận khéo"',
E("tong_ket", "2021", "2021-12-02"),
[P("Đinh Văn Thuấn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Quách Thị Lựu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sứ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bạch Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bùi Văn Khiển", "người có uy tín xóm Mường Khến"),
 P("Quách Thị Nghiêm", "Chi hội trưởng Chi hội Nông dân xóm Bưng"),
 P("Triệu Tiến Lùng", "Bí thư Chi bộ", "Trưởng xóm Thung Mặn")],
[Q("96 điển hình tiêu biểu", 96, "điển hình tiêu biểu"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("420 đại biểu", 420, "đại biểu"), Q("1.284 mô hình, điển hình", 1284, "mô hình, điển hình"), Q("365 tập thể", 365, "tập thể"),
 Q("919 cá nhân", 919, "cá nhân"), Q("hơn 21 ha", 21, "ha", "over"), Q("trên 46 tỷ đồng", 46000000000, "đồng", "over"),
 Q("118.000 ngày công", 118000, "ngày công"), Q("1.400 m2", 1400, "m2"), Q("18 hộ", 18, "hộ"), Q("32 thành viên", 32, "thành viên"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("100% hộ", 100, "%"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"),
 Q("30 tập thể", 30, "tập thể"), Q("34 cá nhân", 34, "cá nhân"), Q("trên 160 triệu đồng", 160000000, "đồng", "over"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("80% trở lên", 80, "%", "over"),
 Q("6 huyện", 6, "huyện")],
[D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Quy chế phối hợp", "08", "QCPH/BDVTU-UBND", None, None, "Quy chế phối hợp số 08-QCPH/BDVTU-UBND"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận 114-KL/TW ngày 14/7/2015"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW")],
[prov("Hòa Bình"), com("Phong Phú"), com("Cao Sơn"), com("Hiền Lương")],
["Báo Hòa Bình điện tử", "Chính trị › Dân vận", 'Ảnh: Các điển hình "Dân vận khéo" nhận Bằng khen của UBND tỉnh.', "(HBĐT)",
 "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "P.V", "Lượt truy cập: 38.112"],
["Thứ Sáu, 03/12/2021", "năm 2021", "năm 2022", "quý I/2022", "Covid-19", "Lượt truy cập: 38.112"]))

PAGES.append(page("b4147-kontum-thanhnien-2022", """
TỈNH ĐOÀN KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Hoạt động Đoàn / Gương mặt trẻ
24/06/2022 - 16:30
Ảnh: Đồng chí A Pháp trao giấy khen cho các thanh niên tiêu biểu.
Kon Tum: 35 "Gương mặt trẻ tiêu biểu" vùng dân tộc thiểu số được tuyên dương
Ngày 23/6, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm; tuyên dương 35 đoàn viên, thanh niên dân tộc thiểu số tiêu biểu.
Dự hội nghị có đồng chí A Pháp, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí Y Thị Hồng Thu, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trần Minh Quang, Bí thư Tỉnh đoàn.
6 tháng đầu năm, các cấp bộ Đoàn đã kết nạp 1.136 đoàn viên mới, trong đó 61% là người dân tộc thiểu số; tổ chức 214 buổi tuyên truyền về Luật Thanh niên năm 2020 cho hơn 12.000 lượt đoàn viên. Thực hiện Chỉ thị 42-CT/TW và Kế hoạch số 187-KH/TĐTN, Tỉnh đoàn đã ra mắt 18 mô hình "Thanh niên phát triển kinh tế" với tổng vốn khoảng 2,4 tỷ đồng; 47 dự án khởi nghiệp của thanh niên được hỗ trợ vay vốn. Đặc biệt, Đoàn các cấp đã vận động 126 hộ đồng bào Xơ Đăng, Ba Na sửa chữa nhà, làm 34 nhà tiêu hợp vệ sinh.
Trong số 35 thanh niên được tuyên dương, anh A Thuyên, người Xơ Đăng, Bí thư Chi đoàn thôn Đăk Dring, xã Đăk Na, dẫn đầu tổ thanh niên trồng 12 ha sâm dây, vận động 40 thanh niên bỏ rượu bia, tham gia tổ tự quản. Chị Y Bích, người Ba Na, Phó Bí thư Đoàn xã Đăk Rơ Wa, mở lớp dạy cồng chiêng cho 60 thiếu nhi. Anh Nguyễn Văn Hưng, Chỉ huy trưởng Đội hình thanh niên tình nguyện "Tiếp sức hồi hương", cùng 25 tình nguyện viên giúp hơn 300 lao động trở về từ các tỉnh phía Nam.
Các đồng chí Phó Bí thư Tỉnh đoàn: A Sang, Phạm Thị Thu Hằng báo cáo kết quả và trình bày dự thảo kế hoạch 6 tháng cuối năm. Theo đó, Tỉnh đoàn phấn đấu kết nạp thêm không dưới 800 đoàn viên mới, ra mắt ít nhất 10 câu lạc bộ thanh niên khởi nghiệp.
Phát biểu tại hội nghị, đồng chí A Pháp đề nghị Tỉnh đoàn phối hợp chặt chẽ với Ban Dân tộc thực hiện Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phát huy vai trò thanh niên là người có uy tín trẻ ở thôn, làng. Đồng chí Y Thị Hồng Thu lưu ý Đoàn các cấp tham gia thực hiện tốt Quy chế dân chủ ở cơ sở và phong trào "Dân vận khéo".
Dịp này, Ban Chấp hành Tỉnh đoàn tặng Bằng khen cho 12 tập thể và 35 cá nhân; mỗi cá nhân được tặng 1 triệu đồng từ nguồn xã hội hóa.
Minh Thư
Lượt xem: 841
Tin cùng chuyên mục
- Ra quân Chiến dịch Thanh niên tình nguyện hè 2022 (10/06/2022)
- Ngày hội thanh niên với văn hóa các dân tộc (26/05/2022)
""", "2022-06-24", 'Kon Tum: 35 "Gương mặt trẻ tiêu biểu" vùng dân tộc thiểu số được tuyên dương',
E("so_ket", "2022-H1", "2022-06-23"),
[P("A Pháp", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Thị Hồng Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Quang", "Bí thư Tỉnh đoàn"),
 P("A Thuyên", "Bí thư Chi đoàn thôn Đăk Dring"),
 P("Y Bích", "Phó Bí thư Đoàn xã Đăk Rơ Wa"),
 P("Nguyễn Văn Hưng", 'Chỉ huy trưởng Đội hình thanh niên tình nguyện "Tiếp sức hồi hương"'),
 P("A Sang", "Phó Bí thư Tỉnh đoàn"),
 P("Phạm Thị Thu Hằng", "Phó Bí thư Tỉnh đoàn")],
[Q("35 đoàn viên, thanh niên dân tộc thiểu số tiêu biểu", 35, "đoàn viên, thanh niên dân tộc thiểu số tiêu biểu"),
 Q("1.136 đoàn viên mới", 1136, "đoàn viên mới"), Q("61%", 61, "%"), Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"),
 Q("hơn 12.000 lượt đoàn viên", 12000, "lượt đoàn viên", "over"), Q("18 mô hình", 18, "mô hình"),
 Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("47 dự án khởi nghiệp", 47, "dự án khởi nghiệp"),
 Q("126 hộ đồng bào Xơ Đăng, Ba Na", 126, "hộ đồng bào Xơ Đăng, Ba Na"), Q("34 nhà tiêu hợp vệ sinh", 34, "nhà tiêu hợp vệ sinh"),
 Q("12 ha", 12, "ha"), Q("40 thanh niên", 40, "thanh niên"), Q("60 thiếu nhi", 60, "thiếu nhi"), Q("25 tình nguyện viên", 25, "tình nguyện viên"),
 Q("hơn 300 lao động", 300, "lao động", "over"), Q("không dưới 800 đoàn viên mới", 800, "đoàn viên mới", "over"),
 Q("ít nhất 10 câu lạc bộ thanh niên khởi nghiệp", 10, "câu lạc bộ thanh niên khởi nghiệp", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "42", "CT/TW", None, None, "Chỉ thị 42-CT/TW"),
 D("Kế hoạch", "187", "KH/TĐTN", None, None, "Kế hoạch số 187-KH/TĐTN"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Kon Tum"), com("Đăk Na"), com("Đăk Rơ Wa")],
["TỈNH ĐOÀN KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Hoạt động Đoàn / Gương mặt trẻ",
 "Ảnh: Đồng chí A Pháp trao giấy khen cho các thanh niên tiêu biểu.", "Gương mặt trẻ tiêu biểu", "Thanh niên phát triển kinh tế",
 "Tiếp sức hồi hương", "Luật Thanh niên năm 2020", "Dân vận khéo", "Lượt xem: 841"],
["24/06/2022 - 16:30", "6 tháng đầu năm 2022", "6 tháng cuối năm", "Luật Thanh niên năm 2020", "Lượt xem: 841"]))

PAGES.append(page("b4148-bentre-tutuquan-2022", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Chính trị > Mặt trận - Đoàn thể
11/11/2022 09:05 GMT+7
"Bà Tư tự quản" của khu phố 3, phường Phú Khương
Hơn 15 năm làm Tổ trưởng tổ nhân dân tự quản số 7, khu phố 3, phường Phú Khương, thành phố Bến Tre, bà Nguyễn Thị Tư (Tư Ngọc) đã giúp tổ của mình 12 năm liền đạt "Tổ tự quản tiêu biểu", vận động 62 hộ đóng góp xây 3 căn nhà tình thương.
Bà Nguyễn Thị Tư (phải) thăm hỏi một hộ khó khăn trong tổ. Ảnh: Thanh Đồng
Tổ nhân dân tự quản số 7 có 78 hộ với 296 nhân khẩu, nhiều hộ buôn bán nhỏ, làm thuê. Theo bà Tư, cái khó nhất là giữ được nếp sống văn minh trong một khu dân cư đông đúc. Bà lập "Tổ hòa giải 5 nhà" với 5 thành viên; 5 năm qua hòa giải thành 19 vụ việc mâu thuẫn hàng xóm, không có vụ nào phải chuyển lên phường.
Mỗi năm, bà Tư cùng Ban Công tác Mặt trận khu phố vận động bà con đóng góp khoảng 40 triệu đồng cho Quỹ "Vì người nghèo"; tặng 120 phần quà Tết cho hộ nghèo, cận nghèo. Năm 2021, khi dịch Covid-19 bùng phát, tổ của bà lập "Bếp ăn 0 đồng" nấu 7.500 suất cơm cho lực lượng tuyến đầu và người cách ly. "Có người góp bó rau, có người góp 100.000 đồng, cái quý là cái tình", bà nói.
Ông Võ Văn Hải, Bí thư Chi bộ khu phố 3, cho biết nhờ những tổ trưởng như bà Tư, khu phố 3 có 98,7% hộ đạt gia đình văn hóa, 3 năm liền không có tội phạm hình sự. Bà Trương Thị Mỹ Lệ, Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương, cho biết phường có 56 tổ nhân dân tự quản; năm 2022 đã có 9 tổ trưởng được biểu dương tại Ngày hội Đại đoàn kết toàn dân tộc.
Bà Nguyễn Thị Tư là 1 trong 22 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen nhân kỷ niệm 92 năm Ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam. Đồng chí Cao Văn Trọng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhận định: thực hiện Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN và Chỉ thị 17-CT/TU của Tỉnh ủy, toàn tỉnh có 3.921 tổ nhân dân tự quản; năm 2022 Mặt trận các cấp vận động xây dựng, sửa chữa trên 1.100 căn nhà Đại đoàn kết với tổng kinh phí hơn 55 tỷ đồng.
Theo bà Đặng Thị Kim Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, từ các tổ như của bà Tư, tỉnh đã chọn 120 tổ nhân dân tự quản tiêu biểu để nhân rộng, mỗi tổ được hỗ trợ 2 triệu đồng làm quỹ hoạt động. Ở tuổi 71, bà Tư vẫn chưa muốn nghỉ: "Còn khỏe thì còn đi, bà con tin mình thì mình phải làm".
Thanh Đồng
Lượt đọc: 3.016
Tin liên quan
- Giồng Trôm: 100% khu dân cư tổ chức Ngày hội Đại đoàn kết (09/11/2022)
- Phường Phú Tân ra mắt mô hình "Khu phố văn minh" (02/11/2022)
""", "2022-11-11", '"Bà Tư tự quản" của khu phố 3, phường Phú Khương',
E("khac", None, None),
[P("Nguyễn Thị Tư", "Tổ trưởng tổ nhân dân tự quản số 7"),
 P("Võ Văn Hải", "Bí thư Chi bộ khu phố 3"),
 P("Trương Thị Mỹ Lệ", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phú Khương"),
 P("Cao Văn Trọng", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("62 hộ", 62, "hộ"), Q("3 căn nhà tình thương", 3, "căn nhà tình thương"), Q("78 hộ", 78, "hộ"), Q("296 nhân khẩu", 296, "nhân khẩu"),
 Q("5 thành viên", 5, "thành viên"), Q("19 vụ việc mâu thuẫn hàng xóm", 19, "vụ việc mâu thuẫn hàng xóm"),
 Q("khoảng 40 triệu đồng", 40000000, "đồng", "approx"), Q("120 phần quà Tết", 120, "phần quà"), Q("7.500 suất cơm", 7500, "suất cơm"),
 Q("100.000 đồng", 100000, "đồng"), Q("98,7%", 98.7, "%"), Q("56 tổ nhân dân tự quản", 56, "tổ nhân dân tự quản"),
 Q("9 tổ trưởng", 9, "tổ trưởng"), Q("22 cá nhân", 22, "cá nhân"), Q("3.921 tổ nhân dân tự quản", 3921, "tổ nhân dân tự quản"),
 Q("trên 1.100 căn nhà Đại đoàn kết", 1100, "căn nhà Đại đoàn kết", "over"), Q("hơn 55 tỷ đồng", 55000000000, "đồng", "over"),
 Q("120 tổ nhân dân tự quản tiêu biểu", 120, "tổ nhân dân tự quản tiêu biểu"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết liên tịch", "09", "2008/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN"),
 D("Chỉ thị", "17", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 17-CT/TU")],
[prov("Bến Tre"), com("Phú Khương")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Chính trị > Mặt trận - Đoàn thể",
 "Bà Nguyễn Thị Tư (phải) thăm hỏi một hộ khó khăn trong tổ. Ảnh: Thanh Đồng", "Bà Tư tự quản", "Tư Ngọc", "Tổ tự quản tiêu biểu",
 "Tổ hòa giải 5 nhà", "Vì người nghèo", "Bếp ăn 0 đồng", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt đọc: 3.016"],
["11/11/2022 09:05 GMT+7", "Hơn 15 năm", "12 năm liền", "Tổ hòa giải 5 nhà", "5 năm qua", "Bếp ăn 0 đồng", "3 năm liền",
 "92 năm", "tuổi 71", "khu phố 3", "số 7", "Lượt đọc: 3.016"]))

PAGES.append(page("b4149-quangtri-bogiong-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ » Tin tức » Dân vận các cấp
Thứ Năm, 30/03/2023 - 15:00
Trao 50 con bò giống cho hộ nghèo đồng bào Vân Kiều, Pa Kô
Sáng 29/3, tại xã Hướng Lộc, Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ Việt Nam tỉnh và Công ty CP Đầu tư Phong điện Trường Sơn trao 50 con bò giống cho 50 hộ nghèo đồng bào Vân Kiều, Pa Kô ở 2 xã Hướng Lộc và Húc, tổng trị giá 750 triệu đồng.
Các đại biểu trao bò giống cho hộ nghèo xã Hướng Lộc. Ảnh: Lê Minh
Tham dự có các đồng chí: Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Văn Tân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Phạm Quốc Toản, Giám đốc Công ty CP Đầu tư Phong điện Trường Sơn.
Mỗi con bò trị giá 15 triệu đồng. Các hộ nhận bò do người có uy tín các thôn bình xét công khai. Ông Hồ Văn Pả, người có uy tín thôn Xa Re, xã Hướng Lộc, cho biết thôn có 24 hộ được nhận, ông cam kết theo dõi, hướng dẫn bà con làm chuồng trại, không để bò thả rông. Ông Hồ Văn Chiến, Bí thư Chi bộ, Trưởng thôn Ta Nua, xã Húc, nói thêm: "Có con bò, bà con có cái vốn để thoát nghèo, phải giữ cho tốt".
Chương trình nằm trong mô hình "Trao sinh kế - giúp thoát nghèo" do Ban Dân vận Tỉnh ủy khởi xướng từ năm 2020. Đến nay, mô hình đã vận động 14 doanh nghiệp hỗ trợ 386 con bò, 1.200 con dê, lợn giống cho khoảng 620 hộ nghèo ở các huyện miền núi tỉnh Quảng Trị, tổng trị giá hơn 6,3 tỷ đồng; 137 hộ đã thoát nghèo. Năm 2022, mô hình được công nhận là 1 trong 15 mô hình "Dân vận khéo" tiêu biểu cấp tỉnh.
Phát biểu tại buổi trao bò, đồng chí Hồ Thị Thu Hằng đánh giá cao trách nhiệm xã hội của doanh nghiệp; đề nghị cấp ủy, chính quyền 2 xã thực hiện tốt Nghị quyết 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về giảm nghèo bền vững vùng đồng bào dân tộc thiểu số và Kế hoạch 46-KH/BDVTU của Ban Dân vận Tỉnh ủy; giao người có uy tín, đoàn thể thôn theo dõi để hộ nhận bò sử dụng đúng mục đích, quay vòng bê con cho hộ khác.
Ông Hồ Văn Sinh, Chủ tịch UBND xã Hướng Lộc, cho biết xã còn 412 hộ nghèo, chiếm 47,3%; năm 2023 xã phấn đấu giảm ít nhất 6% hộ nghèo. Cùng ngày, đoàn thăm, tặng 30 suất quà, mỗi suất 500.000 đồng, cho các người có uy tín và hộ đặc biệt khó khăn trên địa bàn.
Theo đồng chí Nguyễn Văn Tân, thực hiện Quyết định 90/QĐ-TTg phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025, Mặt trận các cấp đã vận động trên 3.000 hộ nghèo đăng ký thoát nghèo.
Lê Minh
Lượt xem: 514
Tin khác
- Đakrông: Ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (22/03/2023)
- Gặp mặt người có uy tín nhân dịp Tết Quý Mão (13/01/2023)
""", "2023-03-30", "Trao 50 con bò giống cho hộ nghèo đồng bào Vân Kiều, Pa Kô",
E("trao_qua", None, "2023-03-29"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quốc Toản", "Giám đốc Công ty CP Đầu tư Phong điện Trường Sơn"),
 P("Hồ Văn Pả", "người có uy tín thôn Xa Re"),
 P("Hồ Văn Chiến", "Bí thư Chi bộ", "Trưởng thôn Ta Nua"),
 P("Hồ Văn Sinh", "Chủ tịch UBND xã Hướng Lộc")],
[Q("50 con bò giống", 50, "con bò giống"), Q("50 hộ nghèo đồng bào Vân Kiều, Pa Kô", 50, "hộ nghèo đồng bào Vân Kiều, Pa Kô"),
 Q("2 xã", 2, "xã"), Q("750 triệu đồng", 750000000, "đồng"), Q("15 triệu đồng", 15000000, "đồng"), Q("24 hộ", 24, "hộ"),
 Q("14 doanh nghiệp", 14, "doanh nghiệp"), Q("386 con bò", 386, "con bò"), Q("1.200 con dê, lợn giống", 1200, "con dê, lợn giống"),
 Q("khoảng 620 hộ nghèo", 620, "hộ nghèo", "approx"), Q("hơn 6,3 tỷ đồng", 6300000000, "đồng", "over"), Q("137 hộ", 137, "hộ"),
 Q("15 mô hình", 15, "mô hình"), Q("412 hộ nghèo", 412, "hộ nghèo"), Q("47,3%", 47.3, "%"), Q("ít nhất 6%", 6, "%", "over"),
 Q("30 suất quà", 30, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("trên 3.000 hộ nghèo", 3000, "hộ nghèo", "over")],
[D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10-NQ/TU"),
 D("Kế hoạch", "46", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 46-KH/BDVTU"),
 D("Quyết định", "90", "QĐ-TTg", None, None, "Quyết định 90/QĐ-TTg")],
[prov("Quảng Trị"), com("Hướng Lộc"), com("Húc")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ » Tin tức » Dân vận các cấp", "Các đại biểu trao bò giống cho hộ nghèo xã Hướng Lộc. Ảnh: Lê Minh",
 "Công ty CP Đầu tư Phong điện Trường Sơn", "Trao sinh kế - giúp thoát nghèo", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Lượt xem: 514"],
["Thứ Năm, 30/03/2023 - 15:00", "từ năm 2020", "Năm 2022", "năm 2023", "1 trong 15", "giai đoạn 2021 - 2025", "Lượt xem: 514"]))

PAGES.append(page("b4150-yenbai-uytin-2023", """
Báo Yên Bái điện tử
Trang chủ > Chính trị > Công tác dân tộc
15 Tháng 9, 2023 | 10:20
Yên Bái tôn vinh 120 người có uy tín tiêu biểu năm 2023
YBĐT - Ngày 14/9, Ban Dân tộc tỉnh phối hợp Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh tổ chức Hội nghị gặp mặt, biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023.
Đồng chí Giàng A Tông phát biểu tại hội nghị.
Dự hội nghị có các đồng chí: Giàng A Tông, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh; Hoàng Thị Vĩnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Lò Văn Lụa - Trưởng Ban Dân tộc tỉnh; các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Hà Văn Khoa, Vàng Thị Sinh, Đinh Văn Hào.
Toàn tỉnh hiện có 1.284 người có uy tín, trong đó 512 người là đồng bào Mông, 298 người Dao, 276 người Tày, Thái. Năm 2023, người có uy tín đã vận động nhân dân hiến trên 35.000 m2 đất, đóng góp hơn 4,7 tỷ đồng làm đường, nhà văn hóa; tham gia hòa giải thành 187 vụ việc; vận động 64 hộ bỏ theo tà đạo "Dương Văn Mình" trở về phong tục truyền thống; phát hiện, cung cấp 39 nguồn tin có giá trị cho cơ quan chức năng.
Tại hội nghị, 120 người có uy tín tiêu biểu được biểu dương. Ông Sùng A Lử, người có uy tín thôn Làng Sang, xã Mồ Dề, hiến 1.200 m2 đất làm điểm trường, vận động 27 hộ trồng 40 ha quế. Ông Hoàng Văn Quyết, người có uy tín thôn Khe Hóp, xã Đông An, là thành viên Tổ hòa giải thôn, 10 năm liền không để xảy ra đơn thư vượt cấp. Bà Lò Thị Tươi, Trưởng bản Ta Tiu, xã Phù Nham, người Thái, mở lớp dạy xòe cho 85 học viên.
Phát biểu tại hội nghị, đồng chí Giàng A Tông đề nghị các cấp, các ngành thực hiện tốt Quyết định 12/2018/QĐ-TTg ngày 6/3/2018 và Quyết định 28/2023/QĐ-TTg của Thủ tướng Chính phủ sửa đổi, bổ sung một số điều về tiêu chí lựa chọn, công nhận người có uy tín; Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc; Chỉ thị 26, 27-CT/TU của Ban Thường vụ Tỉnh ủy.
Đồng chí Hoàng Thị Vĩnh đề nghị người có uy tín tiếp tục là "cầu nối" giữa Đảng với dân, tham gia giám sát thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi ở cơ sở.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 người có uy tín; Ban Dân tộc tỉnh tặng giấy khen cho 90 người. Mỗi đại biểu được tặng 1 phần quà trị giá 1 triệu đồng. Tổng kinh phí hỗ trợ người có uy tín năm 2023 của tỉnh khoảng 2,5 tỷ đồng, tăng 18% so với năm 2022.
Thanh Chi
Lượt xem: 1.129
Tin liên quan
- Mù Cang Chải: Gặp mặt 115 người có uy tín (05/09/2023)
- Văn Chấn: Biểu dương 45 người có uy tín (29/08/2023)
""", "2023-09-15", "Yên Bái tôn vinh 120 người có uy tín tiêu biểu năm 2023",
E("hoi_nghi", "2023", "2023-09-14"),
[P("Giàng A Tông", "Tỉnh ủy viên", "Phó Chủ tịch HĐND tỉnh"),
 P("Hoàng Thị Vĩnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Lụa", "Trưởng Ban Dân tộc tỉnh"),
 P("Hà Văn Khoa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Vàng Thị Sinh", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Đinh Văn Hào", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Sùng A Lử", "người có uy tín thôn Làng Sang"),
 P("Hoàng Văn Quyết", "người có uy tín thôn Khe Hóp", "thành viên Tổ hòa giải thôn"),
 P("Lò Thị Tươi", "Trưởng bản Ta Tiu")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("1.284 người có uy tín", 1284, "người có uy tín"),
 Q("512 người", 512, "người"), Q("298 người Dao", 298, "người Dao"), Q("276 người Tày, Thái", 276, "người Tày, Thái"),
 Q("trên 35.000 m2", 35000, "m2", "over"), Q("hơn 4,7 tỷ đồng", 4700000000, "đồng", "over"), Q("187 vụ việc", 187, "vụ việc"),
 Q("64 hộ", 64, "hộ"), Q("39 nguồn tin", 39, "nguồn tin"), Q("1.200 m2", 1200, "m2"), Q("27 hộ", 27, "hộ"), Q("40 ha", 40, "ha"),
 Q("85 học viên", 85, "học viên"), Q("30 người có uy tín", 30, "người có uy tín"), Q("90 người", 90, "người"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("18%", 18, "%")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 28/2023/QĐ-TTg"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 26, 27-CT/TU")],
[prov("Yên Bái"), com("Mồ Dề"), com("Đông An"), com("Phù Nham")],
["Báo Yên Bái điện tử", "Trang chủ > Chính trị > Công tác dân tộc", "YBĐT", "Đồng chí Giàng A Tông phát biểu tại hội nghị.",
 "Dương Văn Mình", "cầu nối", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 1.129"],
["15 Tháng 9, 2023 | 10:20", "năm 2023", "10 năm liền", "1 phần quà", "năm 2022", "Lượt xem: 1.129"]))
