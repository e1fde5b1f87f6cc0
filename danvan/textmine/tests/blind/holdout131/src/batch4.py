from lib import *
PAGES = []

PAGES.append(page("b3119-danang-soket-2024", """
Báo Đà Nẵng điện tử
Trang chủ » Chính trị » Xây dựng Đảng
Ngày đăng 12/07/2024 | 10:20
Ứng dụng Góp ý Đà Nẵng: kênh lắng nghe dân hiệu quả
Ngày 11/7/2024, Ban Dân vận Thành ủy Đà Nẵng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lê Thị Bích Thuận, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Đồng chí Lê Thị Bích Thuận phát biểu kết luận hội nghị. Ảnh: X.D
Báo cáo sơ kết cho biết, 6 tháng đầu năm, thành phố tiếp nhận hơn 42.600 phản ánh của người dân qua ứng dụng Góp ý Đà Nẵng và Tổng đài 1022, tăng khoảng 18% so với cùng kỳ; 95,3% phản ánh được xử lý đúng hạn. Ban Dân vận Thành ủy tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 36-CT/TU ngày 05/3/2024 về nâng cao chất lượng đối thoại với nhân dân và Kế hoạch số 221-KH/TU triển khai Kết luận 65, 66-KL/TW của Bộ Chính trị, Ban Bí thư.
Khối dân vận đã vận động 1.045 hộ dân bàn giao mặt bằng các dự án trọng điểm như đường vành đai phía Tây, khu công nghệ cao mở rộng; 86 mô hình "Dân vận khéo" cấp cơ sở được công nhận. Nhân dân đóng góp gần 15 tỷ đồng xây dựng các công trình dân sinh ở khu dân cư.
Tại hội nghị, bà Pơloong Thị Ngân, Phó Chủ tịch UBND huyện Hòa Vang, nêu kết quả vận động 29 hộ đồng bào Cơ Tu thôn Giàn Bí nhận đất sản xuất ở khu tái định cư mới; ông Huỳnh Bá Lộc, Trưởng Ban Dân vận Quận ủy Ngũ Hành Sơn, chia sẻ mô hình "Chủ tịch phường gặp dân sáng thứ Bảy" tại phường Hòa Hải. Ông Nguyễn Văn Tâm, Chủ tịch UBND phường Hòa Minh, kiến nghị bổ sung biên chế cho bộ phận một cửa.
Phát biểu kết luận, đồng chí Lê Thị Bích Thuận đề nghị 6 tháng cuối năm các cấp tiếp tục thực hiện Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương, Quy định 11-QĐi/TW của Bộ Chính trị; chủ động nắm tình hình dư luận trong quá trình sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025; mỗi tháng ít nhất 1 lần người đứng đầu UBND phường, xã tiếp dân định kỳ.
Dịp này, Ban Dân vận Thành ủy khen thưởng 11 tập thể và 16 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm.
Nhiều ý kiến cho rằng vẫn còn tình trạng một phản ánh phải chuyển qua nhiều đơn vị; có phản ánh được báo "đã xử lý" nhưng thực tế chưa giải quyết; cần công khai đánh giá mức độ hài lòng của người dân đối với từng cơ quan. Một số phường chưa phân công rõ cán bộ theo dõi ứng dụng ngoài giờ hành chính.
X.Dũng
Tin cùng chuyên mục
- Hòa Vang đối thoại với đồng bào Cơ Tu thôn Giàn Bí (05/07/2024)
- Thanh Khê lấy ý kiến nhân dân về sắp xếp phường (28/06/2024)
- Cẩm Lệ: vận động hơn 200 hộ hiến đất mở kiệt (20/06/2024)
""", "2024-07-12", "Ứng dụng Góp ý Đà Nẵng: kênh lắng nghe dân hiệu quả",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Lê Thị Bích Thuận", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Pơloong Thị Ngân", "Phó Chủ tịch UBND huyện Hòa Vang"),
 P("Huỳnh Bá Lộc", "Trưởng Ban Dân vận Quận ủy Ngũ Hành Sơn"),
 P("Nguyễn Văn Tâm", "Chủ tịch UBND phường Hòa Minh")],
[Q("hơn 42.600 phản ánh", 42600, "phản ánh", "over"), Q("khoảng 18%", 18, "%", "approx"), Q("95,3%", 95.3, "%"),
 Q("1.045 hộ dân", 1045, "hộ dân"), Q("86 mô hình", 86, 'mô hình "Dân vận khéo" cấp cơ sở'), Q("gần 15 tỷ đồng", 15000000000, "đồng", "approx"),
 Q("29 hộ đồng bào Cơ Tu", 29, "hộ đồng bào Cơ Tu"), Q("11 tập thể", 11, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Chỉ thị", "36", "CT/TU", "2024-03-05", "Ban Thường vụ Thành ủy", "Chỉ thị 36-CT/TU ngày 05/3/2024"),
 D("Kế hoạch", "221", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 221-KH/TU"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 65, 66-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "66", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 65, 66-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW của Bộ Chính trị")],
[prov("Đà Nẵng"), com("Hòa Hải"), com("Hòa Minh")],
["Báo Đà Nẵng điện tử", "Trang chủ » Chính trị » Xây dựng Đảng", "Đồng chí Lê Thị Bích Thuận phát biểu kết luận hội nghị. Ảnh: X.D",
 "Góp ý Đà Nẵng", "Dân vận khéo", "Chủ tịch phường gặp dân sáng thứ Bảy"],
["Ngày đăng 12/07/2024 | 10:20", "6 tháng đầu năm 2024", "6 tháng cuối năm", "Tổng đài 1022", "giai đoạn 2023-2025", "ít nhất 1 lần"]))

PAGES.append(page("b3120-haiphong-traoqua-tet-2024", """
HẢI PHÒNG - Cổng thông tin điện tử Ban Dân vận Thành ủy
Trang chủ - Tin tức - Hoạt động
Thứ Ba, 06/02/2024 - 17:10
Ban Dân vận Thành ủy thăm, tặng quà Tết tại huyện Vĩnh Bảo và Tiên Lãng
Ngày 05/02/2024, đoàn công tác của Ban Dân vận Thành ủy Hải Phòng do đồng chí Đỗ Mạnh Hiến, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố dẫn đầu đã đến thăm, chúc Tết và tặng quà các gia đình chính sách, hộ nghèo, người có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Giáp Thìn 2024.
Đồng chí Đỗ Mạnh Hiến tặng quà gia đình chính sách tại xã Tiền Phong.
Tại huyện Vĩnh Bảo, đoàn trao 150 suất quà Tết cho hộ nghèo, hộ cận nghèo của các xã Tiền Phong, Vĩnh An, mỗi suất gồm 500.000 đồng tiền mặt và hàng hóa thiết yếu trị giá 300.000 đồng. Đoàn cũng thăm, tặng quà 12 thương binh nặng, thân nhân liệt sĩ tiêu biểu.
Tại huyện Tiên Lãng, đoàn trao 100 suất quà cho công nhân lao động có hoàn cảnh khó khăn không về quê đón Tết tại khu công nghiệp Tiên Thanh và bàn giao 2 căn nhà "Đại đoàn kết" cho hộ nghèo ở xã Quang Phục, mỗi căn hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo" thành phố.
Đi cùng đoàn có các đồng chí: Lê Văn Hoàng, Phó Trưởng Ban Dân vận Thành ủy; Nguyễn Thị Mai Hương, Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố; lãnh đạo Huyện ủy, UBND các huyện. Ông Phạm Văn Tư, Chủ tịch UBND xã Quang Phục, cho biết xã còn 23 hộ nghèo, phấn đấu đến cuối năm 2024 giảm còn dưới 15 hộ.
Theo Ban Dân vận Thành ủy, Tết Giáp Thìn 2024 các cấp, các ngành thành phố đã trao khoảng 185.000 suất quà với tổng giá trị hơn 96 tỷ đồng, thực hiện Chỉ thị 26-CT/TW ngày 09/11/2023 của Ban Bí thư về tổ chức Tết Nguyên đán Giáp Thìn 2024 và Kế hoạch số 315-KH/TU của Thành ủy, bảo đảm mọi người, mọi nhà đều có Tết.
Phát biểu tại các buổi thăm hỏi, đồng chí Đỗ Mạnh Hiến đề nghị cấp ủy, chính quyền địa phương tiếp tục quan tâm, lắng nghe tâm tư, nguyện vọng của người dân; thực hiện tốt Kết luận 114-KL/TW về công tác dân vận của cơ quan nhà nước, chính quyền các cấp; công khai, minh bạch danh sách người được nhận quà, không để xảy ra tình trạng trục lợi chính sách, bỏ sót đối tượng.
Bà Đoàn Thị Tẹo, 78 tuổi, ở thôn Bắc Hà, xã Tiền Phong, xúc động cảm ơn sự quan tâm của thành phố.
Minh Anh
Lượt xem: 934
Tin liên quan
- Ủy ban MTTQ thành phố trao 4.000 suất quà Tết cho công nhân (02/02/2024)
- Kiến An: vận động xây dựng 15 nhà Đại đoàn kết (26/01/2024)
- Ban Dân vận Thành ủy tổng kết công tác năm 2023 (18/01/2024)
- Thủy Nguyên trao quà cho người có công dịp Tết (15/01/2024)
- Đối thoại với hộ dân bị ảnh hưởng dự án đường ven biển (10/01/2024)
""", "2024-02-06", "Ban Dân vận Thành ủy thăm, tặng quà Tết tại huyện Vĩnh Bảo và Tiên Lãng",
E("trao_qua", None, "2024-02-05"),
[P("Đỗ Mạnh Hiến", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Văn Hoàng", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Mai Hương", "Phó Chủ tịch Hội Liên hiệp Phụ nữ thành phố"),
 P("Phạm Văn Tư", "Chủ tịch UBND xã Quang Phục"),
 P("Đoàn Thị Tẹo")],
[Q("150 suất quà Tết", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("12 thương binh nặng, thân nhân liệt sĩ tiêu biểu", 12, "thương binh nặng, thân nhân liệt sĩ tiêu biểu"),
 Q("100 suất quà", 100, "suất quà"), Q("2 căn nhà", 2, 'căn nhà "Đại đoàn kết"'), Q("60 triệu đồng", 60000000, "đồng"),
 Q("23 hộ nghèo", 23, "hộ nghèo"), Q("dưới 15 hộ", 15, "hộ"),
 Q("khoảng 185.000 suất quà", 185000, "suất quà", "approx"), Q("hơn 96 tỷ đồng", 96000000000, "đồng", "over")],
[D("Chỉ thị", "26", "CT/TW", "2023-11-09", "Ban Bí thư", "Chỉ thị 26-CT/TW ngày 09/11/2023 của Ban Bí thư"),
 D("Kế hoạch", "315", "KH/TU", None, "Thành ủy", "Kế hoạch số 315-KH/TU của Thành ủy"),
 D("Kết luận", "114", "KL/TW", None, None, "Kết luận 114-KL/TW")],
[prov("Hải Phòng"), com("Tiền Phong"), com("Vĩnh An"), com("Quang Phục")],
["HẢI PHÒNG - Cổng thông tin điện tử Ban Dân vận Thành ủy", "Trang chủ - Tin tức - Hoạt động",
 "Đồng chí Đỗ Mạnh Hiến tặng quà gia đình chính sách tại xã Tiền Phong.", "Đại đoàn kết", "Vì người nghèo", "Lượt xem: 934"],
["Thứ Ba, 06/02/2024 - 17:10", "Tết Nguyên đán Giáp Thìn 2024", "năm 2024", "78 tuổi", "Lượt xem: 934"]))

PAGES.append(page("b3121-hanoi-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI
Trang chủ » Dân vận » Tin hoạt động
Thứ Sáu, 19/12/2025 - 11:45
Ảnh: Toàn cảnh hội nghị tổng kết.
Dân vận chính quyền hai cấp: gần dân, sát dân hơn
Sáng 18/12/2025, Ban Tuyên giáo và Dân vận Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Thị Thu Trang, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì; cùng dự có các Phó Trưởng Ban: Hà Minh Hải, Vàng Thị Dợ, Đặng Quốc Khánh.
Năm 2025, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Kết luận 05, 06-KL/TU về công tác dân vận trong thực hiện mô hình chính quyền địa phương hai cấp và về vận động nhân dân đồng thuận với việc sắp xếp 126 xã, phường. Từ ngày 01/7/2025, 126 trung tâm phục vụ hành chính công cấp xã đi vào hoạt động, tiếp nhận hơn 2,1 triệu hồ sơ, tỷ lệ đúng hạn đạt 98,6%.
Trong năm, người đứng đầu cấp ủy, chính quyền các xã, phường đã tổ chức 463 cuộc đối thoại với nhân dân; qua nền tảng iHanoi, thành phố tiếp nhận khoảng 57.000 phản ánh, kiến nghị. Thực hiện Luật Thực hiện dân chủ ở cơ sở và Nghị định 59/2023/NĐ-CP của Chính phủ, 100% xã, phường công khai các nội dung theo quy định.
Tham luận tại hội nghị, ông Đinh Văn Mừng, Chủ tịch UBND xã Ba Vì, cho biết xã mới có gần 4.000 đồng bào Mường, Dao; xã thành lập 18 tổ công nghệ số cộng đồng hướng dẫn người dân làm thủ tục trực tuyến. Bà Ngô Thị Hải Vân, Bí thư Đảng ủy phường Hoàn Kiếm, chia sẻ mô hình "Chủ tịch phường trực tuyến tối thứ Sáu". Ông Lê Quang Hưng, Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy, trình bày dự thảo Hướng dẫn số 14-HD/BTGDVTU về đánh giá dân vận chính quyền năm 2026.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Phúc, Phó Bí thư Thành ủy, ghi nhận sự chủ động của Ban trong giai đoạn sắp xếp bộ máy; yêu cầu năm 2026 thực hiện tốt Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về chuyển đổi số; lấy sự hài lòng của người dân, doanh nghiệp làm thước đo. Thành phố phấn đấu năm 2026 có trên 90% hồ sơ được giải quyết trực tuyến toàn trình.
Dịp này, Ban khen thưởng 32 tập thể, 47 cá nhân có thành tích xuất sắc; 21 đồng chí được tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Hội nghị cũng chỉ ra hạn chế: một số xã, phường mới sau sắp xếp còn lúng túng trong tiếp dân, phân công cán bộ chưa phù hợp; người cao tuổi còn gặp khó khi sử dụng dịch vụ công trực tuyến; đường truyền tại một số điểm phục vụ hành chính công chưa ổn định.
Thu Hà
Tin liên quan
- Xã Ba Vì ra mắt tổ công nghệ số cộng đồng (10/12/2025)
- Phường Hoàn Kiếm đối thoại với hộ kinh doanh phố cổ (03/12/2025)
- Hà Nội giao ban công tác dân vận quý III (08/10/2025)
""", "2025-12-19", "Dân vận chính quyền hai cấp: gần dân, sát dân hơn",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Thị Thu Trang", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Hà Minh Hải", "Phó Trưởng Ban"), P("Vàng Thị Dợ", "Phó Trưởng Ban"), P("Đặng Quốc Khánh", "Phó Trưởng Ban"),
 P("Đinh Văn Mừng", "Chủ tịch UBND xã Ba Vì"),
 P("Ngô Thị Hải Vân", "Bí thư Đảng ủy phường Hoàn Kiếm"),
 P("Lê Quang Hưng", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Nguyễn Văn Phúc", "Phó Bí thư Thành ủy")],
[Q("126 xã, phường", 126, "xã, phường"), Q("126 trung tâm phục vụ hành chính công cấp xã", 126, "trung tâm phục vụ hành chính công cấp xã"),
 Q("hơn 2,1 triệu hồ sơ", 2100000, "hồ sơ", "over"), Q("98,6%", 98.6, "%"), Q("463 cuộc đối thoại", 463, "cuộc đối thoại"),
 Q("khoảng 57.000 phản ánh, kiến nghị", 57000, "phản ánh, kiến nghị", "approx"), Q("100%", 100, "%"),
 Q("gần 4.000 đồng bào Mường, Dao", 4000, "đồng bào Mường, Dao", "approx"), Q("18 tổ công nghệ số cộng đồng", 18, "tổ công nghệ số cộng đồng"),
 Q("trên 90%", 90, "%", "over"), Q("32 tập thể", 32, "tập thể"), Q("47 cá nhân", 47, "cá nhân"), Q("21 đồng chí", 21, "đồng chí")],
[D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 05, 06-KL/TU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP của Chính phủ"),
 D("Hướng dẫn", "14", "HD/BTGDVTU", None, None, "Hướng dẫn số 14-HD/BTGDVTU"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
[prov("Hà Nội"), com("Ba Vì"), com("Hoàn Kiếm")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HÀ NỘI", "Trang chủ » Dân vận » Tin hoạt động", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "iHanoi", "Luật Thực hiện dân chủ ở cơ sở", "Chủ tịch phường trực tuyến tối thứ Sáu", "Vì sự nghiệp Dân vận"],
["Thứ Sáu, 19/12/2025 - 11:45", "năm 2025", "năm 2026", "hai cấp", "01/7/2025", "21 đồng chí"]))

PAGES.append(page("b3122-hcm-btgdv-giaoban-q3-2025", """
Báo Người Lao Động Online
Thời sự › Chính trị
2025-10-08 16:40
TP HCM: Hơn 8.700 ý kiến người dân gửi chính quyền xã, phường mới
NLĐO - Ngày 7-10, Ban Tuyên giáo và Dân vận Thành ủy TP HCM tổ chức hội nghị giao ban công tác dân vận quý III năm 2025 với các đảng ủy xã, phường, đặc khu. Đây là lần giao ban đầu tiên sau khi TP HCM, tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu hợp nhất thành TP Hồ Chí Minh mới.
Đồng chí Trần Thị Kim Thoa phát biểu tại hội nghị. Ảnh: KIM HÀ
Chủ trì hội nghị có đồng chí Trần Thị Kim Thoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Ka Sô Liễng, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Theo báo cáo, sau 3 tháng vận hành chính quyền địa phương hai cấp, 168 xã, phường, đặc khu của thành phố đã tiếp nhận hơn 8.700 ý kiến, kiến nghị của người dân, chủ yếu về thủ tục đất đai, hộ tịch, đăng ký doanh nghiệp; 91,5% đã được trả lời. Các trung tâm phục vụ hành chính công tiếp nhận khoảng 1,9 triệu hồ sơ. Ban đã ban hành Kế hoạch số 09-KH/BTGDVTU ngày 15/7/2025 về nắm tình hình dư luận xã hội sau sắp xếp và Hướng dẫn số 04-HD/BTGDVTU về tổ chức đối thoại ở cấp xã.
Tại hội nghị, bà Huỳnh Thị Mỹ Dung, Phó Bí thư Thường trực Đảng ủy phường Thủ Dầu Một, cho biết phường bố trí 12 cán bộ hướng dẫn người dân tại trung tâm phục vụ hành chính công; ông Mohamad Ka Sim, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn, phản ánh bà con người Chăm, người Hoa cần tài liệu hướng dẫn song ngữ. Ông Nguyễn Văn Lộc, Bí thư Đảng ủy đặc khu Côn Đảo, đề xuất có cơ chế đặc thù cho cán bộ đặc khu tiếp dân qua video.
Kết luận hội nghị, đồng chí Trần Thị Kim Thoa yêu cầu quý IV các đảng ủy xã, phường, đặc khu tiếp tục thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; Quy định 295-QĐ/TW ngày 11/4/2025 của Bộ Chính trị; tổ chức ít nhất 1 cuộc đối thoại với nhân dân trước ngày 31/12/2025; giải quyết dứt điểm các kiến nghị chậm trả lời.
Ban cũng khen thưởng 9 tập thể có mô hình "Dân vận khéo" trong xây dựng chính quyền hai cấp, trong đó có phường Vũng Tàu với mô hình "Tổ hỗ trợ thủ tục cho ngư dân".
Theo các đại biểu, khó khăn hiện nay là nhiều cán bộ cấp xã mới chuyển đổi vị trí việc làm, chưa quen địa bàn; người dân ở các khu vực xa trung tâm phải đi lại xa hơn; một số phần mềm dùng chung giữa ba địa phương cũ chưa kết nối dữ liệu.
Kim Hà
Tin liên quan
- TP HCM ra mắt 168 trung tâm phục vụ hành chính công (01/07/2025)
- Phường Thủ Dầu Một đối thoại với người lao động (25/09/2025)
- Côn Đảo: tiếp dân qua video (18/09/2025)
""", "2025-10-08", "TP HCM: Hơn 8.700 ý kiến người dân gửi chính quyền xã, phường mới",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Trần Thị Kim Thoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Ka Sô Liễng", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Huỳnh Thị Mỹ Dung", "Phó Bí thư Thường trực Đảng ủy phường Thủ Dầu Một"),
 P("Mohamad Ka Sim", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Chợ Lớn"),
 P("Nguyễn Văn Lộc", "Bí thư Đảng ủy đặc khu Côn Đảo")],
[Q("hơn 8.700 ý kiến, kiến nghị", 8700, "ý kiến, kiến nghị", "over"), Q("168 xã, phường, đặc khu", 168, "xã, phường, đặc khu"),
 Q("91,5%", 91.5, "%"), Q("khoảng 1,9 triệu hồ sơ", 1900000, "hồ sơ", "approx"), Q("12 cán bộ", 12, "cán bộ"),
 Q("ít nhất 1 cuộc đối thoại", 1, "cuộc đối thoại", "over"), Q("9 tập thể", 9, "tập thể")],
[D("Kế hoạch", "09", "KH/BTGDVTU", "2025-07-15", "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 09-KH/BTGDVTU ngày 15/7/2025"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", "Hướng dẫn số 04-HD/BTGDVTU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Quy định", "295", "QĐ/TW", "2025-04-11", "Bộ Chính trị", "Quy định 295-QĐ/TW ngày 11/4/2025 của Bộ Chính trị")],
[prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Thủ Dầu Một"), com("Chợ Lớn"), com("Côn Đảo"), com("Vũng Tàu")],
["Báo Người Lao Động Online", "Thời sự › Chính trị", "NLĐO", "Đồng chí Trần Thị Kim Thoa phát biểu tại hội nghị. Ảnh: KIM HÀ",
 "Dân vận khéo", "Tổ hỗ trợ thủ tục cho ngư dân"],
["2025-10-08 16:40", "Ngày 7-10", "quý III năm 2025", "3 tháng", "quý IV", "31/12/2025"]))

PAGES.append(page("b3123-danang-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG
Trang chủ / Tin tức / Dân vận
Cập nhật 15/01/2026 09:30
Đà Nẵng triển khai nhiệm vụ dân vận năm 2026
Ngày 14/01/2026, Ban Tuyên giáo và Dân vận Thành ủy Đà Nẵng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên sau khi thành phố Đà Nẵng và tỉnh Quảng Nam hợp nhất. Chủ trì hội nghị có đồng chí Phan Thị Minh Nguyệt, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy.
Toàn cảnh hội nghị.
Năm 2025, Ban đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị 02, 03-CT/TU về công tác dân vận trong sắp xếp đơn vị hành chính và về vận động đồng bào dân tộc thiểu số miền núi phía Tây; Quy chế phối hợp số 01-QC/BTGDVTU giữa Ban Tuyên giáo và Dân vận Thành ủy với Đảng ủy UBND thành phố. Toàn thành phố có 94 xã, phường, đặc khu; người đứng đầu đã tổ chức 312 cuộc đối thoại trực tiếp với nhân dân.
Qua ứng dụng Góp ý Đà Nẵng mở rộng đến địa bàn Quảng Nam cũ, thành phố tiếp nhận hơn 61.000 phản ánh, 94,2% đã được xử lý. Nhân dân các xã miền núi hiến hơn 12 ha đất làm đường, trường học; 1.320 căn nhà tạm, nhà dột nát được xóa với tổng kinh phí khoảng 79 tỷ đồng.
Tham luận, ông Bhriu Pố, Bí thư Đảng ủy xã Tây Giang, nêu kinh nghiệm phát huy vai trò già làng, người có uy tín trong đồng bào Cơ Tu; bà Hồ Thị Nước, Chủ tịch UBND xã Trà Linh, người Xơ Đăng, cho biết xã đã vận động 146 hộ di dời khỏi vùng nguy cơ sạt lở. Ông Alăng Văn Pác, già làng thôn Arớh, chia sẻ việc cùng cán bộ xã hòa giải 7 vụ tranh chấp đất rẫy. Bà Trần Thị Diễm Phương, Chủ tịch UBND phường Hội An, nói về việc thu thập ý kiến du khách và người dân qua mã QR.
Phát biểu chỉ đạo, đồng chí Nguyễn Đình Vĩnh, Phó Bí thư Thường trực Thành ủy, yêu cầu năm 2026 khối tuyên giáo và dân vận tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026-2031; thực hiện Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương; nâng chất lượng dân vận chính quyền ở 94 xã, phường, đặc khu.
Dịp này, Ban trao giấy khen cho 28 tập thể, 35 cá nhân; 17 đồng chí được tặng Kỷ niệm chương "Vì sự nghiệp Dân vận".
Nhiều ý kiến tại hội nghị cho rằng cán bộ ở các xã miền núi phía Tây còn thiếu, địa bàn rộng, đi lại khó khăn; việc tiếp nhận phản ánh trực tuyến ở vùng sâu còn hạn chế do sóng điện thoại yếu.
Diệu Linh
Tin cùng chuyên mục
- Tây Giang: già làng, người có uy tín góp sức giữ bình yên bản làng (08/01/2026)
- Hội An lấy ý kiến người dân qua mã QR (30/12/2025)
- Ban Tuyên giáo và Dân vận Thành ủy giao ban quý IV (26/12/2025)
""", "2026-01-15", "Đà Nẵng triển khai nhiệm vụ dân vận năm 2026",
E("tong_ket", "2025", "2026-01-14"),
[P("Phan Thị Minh Nguyệt", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Bhriu Pố", "Bí thư Đảng ủy xã Tây Giang"),
 P("Hồ Thị Nước", "Chủ tịch UBND xã Trà Linh"),
 P("Alăng Văn Pác", "già làng thôn Arớh"),
 P("Trần Thị Diễm Phương", "Chủ tịch UBND phường Hội An"),
 P("Nguyễn Đình Vĩnh", "Phó Bí thư Thường trực Thành ủy")],
[Q("94 xã, phường, đặc khu", 94, "xã, phường, đặc khu"), Q("312 cuộc đối thoại", 312, "cuộc đối thoại"),
 Q("hơn 61.000 phản ánh", 61000, "phản ánh", "over"), Q("94,2%", 94.2, "%"), Q("hơn 12 ha", 12, "ha", "over"),
 Q("1.320 căn nhà tạm, nhà dột nát", 1320, "căn nhà tạm, nhà dột nát"), Q("khoảng 79 tỷ đồng", 79000000000, "đồng", "approx"),
 Q("146 hộ", 146, "hộ"), Q("7 vụ tranh chấp đất rẫy", 7, "vụ tranh chấp đất rẫy"),
 Q("28 tập thể", 28, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("17 đồng chí", 17, "đồng chí")],
[D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị 02, 03-CT/TU"),
 D("Quy chế phối hợp", "01", "QC/BTGDVTU", None, None, "Quy chế phối hợp số 01-QC/BTGDVTU"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang"), com("Trà Linh"), com("Hội An")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY ĐÀ NẴNG", "Trang chủ / Tin tức / Dân vận", "Toàn cảnh hội nghị.", "Góp ý Đà Nẵng", "Vì sự nghiệp Dân vận"],
["Cập nhật 15/01/2026 09:30", "năm 2025", "năm 2026", "khóa XVI", "nhiệm kỳ 2026-2031", "mã QR", "17 đồng chí"]))

PAGES.append(page("b3124-cantho-chandung-2026", """
Báo Cần Thơ điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ
Chính trị › Gương sáng dân vận
Chủ Nhật, 19/04/2026
Thứ Sáu, 17/04/2026 - 07:50
Chị Lâm Thị Sa Rây trò chuyện với người dân tại trung tâm phục vụ hành chính công.
Nữ cán bộ Khmer "gỡ rối" thủ tục cho bà con
Gần 10 năm gắn bó với bộ phận một cửa, chị Lâm Thị Sa Rây, Phó Chủ tịch UBND phường Phú Lợi, thành phố Cần Thơ (thuộc tỉnh Sóc Trăng cũ), được người dân gọi thân mật là "cô Sa Rây một cửa". Với chị, làm dân vận chính quyền là "nói cho dân hiểu bằng tiếng của dân".
Phường Phú Lợi hiện có hơn 9.600 hộ, trong đó khoảng 34% là đồng bào Khmer. Từ khi chính quyền địa phương hai cấp vận hành ngày 01/7/2025, trung tâm phục vụ hành chính công phường tiếp nhận khoảng 180 hồ sơ mỗi ngày. Chị Sa Rây đề xuất lập tổ hỗ trợ song ngữ Việt - Khmer gồm 6 thành viên, trong đó có 2 sư sãi chùa Khleang, để hướng dẫn bà con làm thủ tục trên điện thoại.
Nhờ cách làm này, năm 2025 phường có 71% hồ sơ được nộp trực tuyến, cao hơn mức bình quân của thành phố; 25 ý kiến phàn nàn về thái độ phục vụ năm 2024 giảm còn 4 ý kiến. Mô hình được Ban Tuyên giáo và Dân vận Thành ủy công nhận là mô hình "Dân vận khéo" cấp thành phố và được nhân rộng ra 14 phường, xã có đông đồng bào Khmer.
Ông Thạch Sô Phênh, 67 tuổi, ở khu phố 5, kể: "Trước đây tôi làm giấy tờ đất phải đi 3, 4 lần. Giờ có cô Sa Rây chỉ bằng tiếng Khmer, một lần là xong". Đại đức Danh Sóc Khum, trụ trì chùa Khleang, cho biết nhà chùa sẵn sàng dành phòng học để tổ song ngữ mở lớp hướng dẫn dịch vụ công cho người cao tuổi.
Đồng chí Trầm Thị Kim Huệ, Bí thư Đảng ủy phường Phú Lợi, đánh giá: chị Sa Rây là cán bộ "nói dân nghe, làm dân tin". Năm 2025, chị được Chủ tịch UBND thành phố tặng bằng khen theo Quyết định số 318/QĐ-UBND ngày 20/01/2026 vì thành tích trong thực hiện Quy chế dân chủ ở cơ sở.
Theo đồng chí Trương Văn Khởi, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy, thành phố đang triển khai Kế hoạch số 27-KH/BTGDVTU về nhân rộng các mô hình dân vận chính quyền ở 103 xã, phường sau hợp nhất, trong đó các tổ hỗ trợ song ngữ là một trọng tâm. Chị Sa Rây chia sẻ mong muốn được đào tạo thêm về chuyển đổi số để hỗ trợ bà con tốt hơn.
Thu Sương
Các tin khác
- Cần Thơ: 103 trung tâm phục vụ hành chính công đi vào nền nếp (10/04/2026)
- Phường Sóc Trăng đối thoại với tiểu thương chợ trung tâm (02/04/2026)
- Gương sáng dân vận: người trưởng ấp Khmer 20 năm vận động hiến đất (25/03/2026)
- Ban Tuyên giáo và Dân vận Thành ủy thăm chùa Khmer dịp Chôl Chnăm Thmây (12/04/2026)
""", "2026-04-17", 'Nữ cán bộ Khmer "gỡ rối" thủ tục cho bà con',
E("khac", None, None),
[P("Lâm Thị Sa Rây", "Phó Chủ tịch UBND phường Phú Lợi"),
 P("Thạch Sô Phênh"),
 P("Danh Sóc Khum", "Đại đức", "trụ trì chùa Khleang"),
 P("Trầm Thị Kim Huệ", "Bí thư Đảng ủy phường Phú Lợi"),
 P("Trương Văn Khởi", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy")],
[Q("hơn 9.600 hộ", 9600, "hộ", "over"), Q("khoảng 34%", 34, "%", "approx"), Q("khoảng 180 hồ sơ", 180, "hồ sơ", "approx"),
 Q("6 thành viên", 6, "thành viên"), Q("2 sư sãi", 2, "sư sãi"), Q("71%", 71, "%"), Q("25 ý kiến", 25, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến"), Q("14 phường, xã", 14, "phường, xã"), Q("103 xã, phường", 103, "xã, phường")],
[D("Quyết định", "318", "QĐ-UBND", "2026-01-20", "Chủ tịch UBND thành phố", "Quyết định số 318/QĐ-UBND ngày 20/01/2026"),
 D("Kế hoạch", "27", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch số 27-KH/BTGDVTU")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Phú Lợi")],
["Báo Cần Thơ điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ", "Chính trị › Gương sáng dân vận",
 "Chủ Nhật, 19/04/2026", "Chị Lâm Thị Sa Rây trò chuyện với người dân tại trung tâm phục vụ hành chính công.",
 "cô Sa Rây một cửa", "nói dân nghe, làm dân tin", "Dân vận khéo", "chùa Khleang"],
["Chủ Nhật, 19/04/2026", "Thứ Sáu, 17/04/2026 - 07:50", "Gần 10 năm", "67 tuổi", "khu phố 5", "3, 4 lần", "năm 2025", "năm 2024", "01/7/2025"]))
