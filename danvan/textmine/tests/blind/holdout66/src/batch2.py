from lib import *
PAGES = []

PAGES.append(page("b1547-quangtri-taphuan-danvan-2023", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ » Xây dựng Đảng » Dân vận
Ngày 14/06/2023 | 15:30
Tập huấn nghiệp vụ công tác dân vận năm 2023
QTO - Trong 2 ngày 13 - 14/6, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Trường Chính trị Lê Duẩn tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 150 học viên là cán bộ làm công tác dân vận của các huyện, thị xã, thành phố và đảng ủy cơ sở.
Đồng chí Lê Thị Hương Giang phát biểu khai mạc lớp tập huấn - Ảnh: Thanh Trúc
Phát biểu khai mạc, đồng chí Lê Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: cán bộ dân vận phải "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", nhất là ở các xã vùng đồng bào Vân Kiều, Pa Kô dọc tuyến biên giới.
Tại lớp tập huấn, các học viên được nghe 4 chuyên đề: Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương; những nội dung cơ bản của Luật Thực hiện dân chủ ở cơ sở năm 2022; kỹ năng nắm tình hình, tham mưu giải quyết các vụ việc phức tạp; công tác vận động đồng bào dân tộc thiểu số và tôn giáo. Báo cáo viên là TS. Nguyễn Thị Thu Trang, Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương, và Phó Trưởng Ban Dân vận Tỉnh ủy Phan Văn Lộc.
Theo Phó Trưởng ban Phan Văn Lộc, thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư và Kế hoạch số 156-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2022 toàn tỉnh có 684 mô hình "Dân vận khéo" được công nhận, trong đó 57 mô hình cấp tỉnh; vận động nhân dân hiến hơn 32.000 m2 đất làm đường, trường học.
Trong buổi thảo luận, ông Hồ Văn Lai, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, chia sẻ kinh nghiệm phân công đảng viên phụ trách hộ gia đình ở các bản người Vân Kiều; ông Kăn Sương, Bí thư Đảng ủy xã A Dơi, cho rằng cần tập huấn bằng hình ảnh, ví dụ cụ thể để cán bộ thôn bản dễ tiếp thu. Bà Trần Thị Mỹ Linh, Phó Trưởng ban Thường trực Ban Dân vận Thị ủy Quảng Trị, đề nghị biên soạn tài liệu hỏi - đáp về dân chủ ở cơ sở.
Nhiều học viên cho biết nội dung tập huấn thiết thực, giúp cán bộ cơ sở tự tin hơn khi tiếp xúc, đối thoại với người dân, nhất là trong vận động giải phóng mặt bằng các công trình giao thông, thủy lợi.
Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch. Ban Dân vận Tỉnh ủy sẽ tiếp tục mở lớp tại huyện Đakrông và Gio Linh vào tháng 8.
Thanh Trúc
Lượt xem: 1.327
Tin liên quan
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2023 (05/06/2023)
- Hướng Hóa: 30 mô hình dân vận khéo vùng đồng bào Vân Kiều, Pa Kô (22/05/2023)
- Gặp mặt người có uy tín tiêu biểu năm 2023 (10/05/2023)
- Vĩnh Linh đối thoại với nông dân về chuyển đổi cây trồng (26/04/2023)
""", "2023-06-14", "Tập huấn nghiệp vụ công tác dân vận năm 2023",
E("tap_huan", "2023", "2023-06-13"),
[P("Lê Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Trang", "Phó Vụ trưởng Vụ Dân tộc Ban Dân vận Trung ương"),
 P("Phan Văn Lộc", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng ban"),
 P("Hồ Văn Lai", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Kăn Sương", "Bí thư Đảng ủy xã A Dơi"),
 P("Trần Thị Mỹ Linh", "Phó Trưởng ban Thường trực Ban Dân vận Thị ủy Quảng Trị")],
[Q("150 học viên", 150, "học viên"), Q("4 chuyên đề", 4, "chuyên đề"), Q("684 mô hình", 684, "mô hình"),
 Q("57 mô hình", 57, "mô hình"), Q("hơn 32.000 m2", 32000, "m2", "over"), Q("100%", 100, "%")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư"),
 D("Kế hoạch", "156", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 156-KH/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Quảng Trị"), com("A Dơi")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ » Xây dựng Đảng » Dân vận", "QTO",
 "Đồng chí Lê Thị Hương Giang phát biểu khai mạc lớp tập huấn - Ảnh: Thanh Trúc", "Trường Chính trị Lê Duẩn",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Luật Thực hiện dân chủ ở cơ sở năm 2022",
 "Dân vận khéo", "Lượt xem: 1.327"],
["Ngày 14/06/2023 | 15:30", "2 ngày", "năm 2023", "năm 2022", "tháng 8", "Lượt xem: 1.327"]))

PAGES.append(page("b1548-hoabinh-bdv-baocao-quy1-2024", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ | Tin tức | Thông tin - Báo cáo
02/04/2024 - 08:50
Kết quả công tác dân vận quý I năm 2024
Ban Dân vận Tỉnh ủy Hòa Bình vừa có Báo cáo số 215-BC/BDVTU ngày 28/3/2024 về kết quả công tác dân vận quý I, nhiệm vụ trọng tâm quý II năm 2024. Báo cáo do đồng chí Bùi Thị Minh Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký.
Theo báo cáo, tình hình tư tưởng của cán bộ, đảng viên và Nhân dân các dân tộc trong tỉnh cơ bản ổn định. Nhân dân phấn khởi đón Tết Giáp Thìn; các cấp, các ngành đã trao 16.460 suất quà Tết cho hộ nghèo, gia đình chính sách với tổng trị giá trên 9,6 tỷ đồng. Tuy nhiên, một bộ phận người dân vùng dự án đường cao tốc Hòa Bình - Mộc Châu còn băn khoăn về giá bồi thường, hỗ trợ.
Quý I, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác vận động quần chúng trong các dự án trọng điểm; hướng dẫn các huyện, thành ủy sơ kết 3 năm thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy. Khối dân vận phối hợp triển khai Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ tại 82 xã vùng đồng bào dân tộc thiểu số; vận động hỗ trợ xây mới 285 căn nhà cho hộ nghèo.
Ban Dân vận các cấp đã nắm 46 vụ việc phức tạp, phối hợp giải quyết xong 39 vụ việc; tiếp nhận 132 đơn thư, kiến nghị. Toàn tỉnh hiện có 2.315 mô hình "Dân vận khéo", trong đó 126 mô hình được đăng ký mới trong quý.
Báo cáo dẫn ví dụ xã Tân Pheo (huyện Đà Bắc), nơi đồng chí Xa Văn Thịnh, Bí thư Đảng ủy xã, cùng cán bộ đến từng hộ người Mường, Dao vận động hiến 4.200 m2 đất mở rộng đường liên xóm; và xã Đồng Ruộng, nơi Chi hội Phụ nữ xóm Tát duy trì tổ tiết kiệm với 48 hội viên.
Phối hợp giữa Ban Dân vận với Ủy ban MTTQ Việt Nam và các đoàn thể chính trị - xã hội tỉnh được duy trì thường xuyên; các buổi giao ban khối dân vận hằng tháng đều có nội dung nắm tình hình Nhân dân ở cơ sở.
Báo cáo cũng chỉ ra hạn chế: việc thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước ở một số nơi còn hình thức; đội ngũ cán bộ dân vận cấp xã còn thiếu kinh nghiệm.
Nhiệm vụ quý II, Ban Dân vận Tỉnh ủy đề ra 6 nhóm nhiệm vụ, trong đó trọng tâm là chuẩn bị tổng kết 10 năm thực hiện Kết luận 114-KL/TW, tổ chức đối thoại với nông dân vùng dự án và thực hiện tốt phong trào thi đua "Dân vận khéo" năm 2024.
BDV
Lượt xem: 512
Các tin khác
- Ban Dân vận Tỉnh ủy giao ban khối dân vận tháng 3 (25/03/2024)
- Lạc Sơn: vận động 120 hộ hiến đất làm đường (18/03/2024)
- Thăm, chúc Tết người có uy tín huyện Mai Châu (05/02/2024)
- Tổng kết công tác dân vận năm 2023 (29/12/2023)
""", "2024-04-02", "Kết quả công tác dân vận quý I năm 2024",
E("bao_cao", "2024-Q1", "2024-03-28"),
[P("Bùi Thị Minh Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Xa Văn Thịnh", "Bí thư Đảng ủy xã")],
[Q("16.460 suất quà Tết", 16460, "suất quà Tết"), Q("trên 9,6 tỷ đồng", 9600000000, "đồng", "over"),
 Q("82 xã", 82, "xã"), Q("285 căn nhà", 285, "căn nhà"), Q("46 vụ việc phức tạp", 46, "vụ việc phức tạp"),
 Q("39 vụ việc", 39, "vụ việc"), Q("132 đơn thư, kiến nghị", 132, "đơn thư, kiến nghị"), Q("2.315 mô hình", 2315, "mô hình"),
 Q("126 mô hình", 126, "mô hình"), Q("4.200 m2", 4200, "m2"), Q("48 hội viên", 48, "hội viên")],
[D("Báo cáo", "215", "BC/BDVTU", "2024-03-28", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 28/3/2024"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Hòa Bình"), com("Tân Pheo"), com("Đồng Ruộng")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ | Tin tức | Thông tin - Báo cáo", "Dân vận khéo", "Tết Giáp Thìn",
 "Chi hội Phụ nữ xóm Tát", "Lượt xem: 512"],
["02/04/2024 - 08:50", "quý I", "quý II năm 2024", "3 năm", "10 năm", "6 nhóm nhiệm vụ", "năm 2024", "Lượt xem: 512"]))

PAGES.append(page("b1549-tuyenquang-btgdv-soket-2025", """
Báo Tuyên Quang điện tử
Chính trị > Xây dựng Đảng
Thứ Tư, 16/07/2025 - 09:20
Toàn cảnh hội nghị.
Ban Tuyên giáo và Dân vận Tỉnh ủy: Ổn định tổ chức, bắt nhịp ngay nhiệm vụ sau hợp nhất
(BTQ) - Chiều 15/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025. Đây là hội nghị đầu tiên của Ban sau khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội.
Đồng chí Hoàng Thị Thu Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Lò Văn Pao, Nguyễn Thị Bích Thủy, Lý Thị Lan; lãnh đạo các phòng chuyên môn và đại diện đảng ủy một số xã, phường.
Báo cáo cho biết, 6 tháng đầu năm, ngành tuyên giáo và dân vận hai tỉnh (cũ) đã tuyên truyền sâu rộng Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp, tổ chức lại đơn vị hành chính các cấp; tạo đồng thuận trong Nhân dân khi bỏ cấp huyện, sắp xếp lại cấp xã. Toàn tỉnh mới có 124 xã, phường với hơn 1,8 triệu người. Các cơ quan báo chí đăng phát trên 1.950 tin, bài; 89,5% ý kiến cử tri tán thành chủ trương sắp xếp.
Khối dân vận đã phối hợp vận động xóa 3.412 căn nhà tạm, nhà dột nát, vượt kế hoạch đề ra. Ban Tuyên giáo và Dân vận Tỉnh ủy đã ban hành Quyết định số 01-QĐ/BTGDVTU quy định chức năng, nhiệm vụ các phòng và Kế hoạch 05-KH/BTGDVTU về nắm tình hình tư tưởng Nhân dân sau sắp xếp.
Tại hội nghị, đồng chí Vàng Thị Dính, Bí thư Đảng ủy xã Mèo Vạc, cho biết những ngày đầu vận hành chính quyền địa phương 2 cấp, người dân ở các thôn xa trung tâm còn gặp khó khi làm thủ tục; xã đã lập 12 tổ hỗ trợ lưu động. Đồng chí Ma Văn Thuận, Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân, kiến nghị sớm có hướng dẫn về tổ chức, hoạt động của Ban Công tác Mặt trận ở tổ dân phố mới sáp nhập.
Kết luận hội nghị, đồng chí Hoàng Thị Thu Hương yêu cầu 6 tháng cuối năm tập trung tuyên truyền đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030; nắm chắc dư luận xã hội; phát huy vai trò người có uy tín trong đồng bào Mông, Dao, Tày ở vùng biên giới; xây dựng quy chế làm việc mới của Ban.
Phương Thúy
Lượt xem: 2.486
Tin liên quan
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang (02/07/2025)
- Hà Giang: Tổng kết hoạt động Ban Dân vận Tỉnh ủy giai đoạn 1991 - 2025 (26/06/2025)
- Các xã vùng cao ổn định tổ chức bộ máy sau sắp xếp (08/07/2025)
- Hội nghị báo cáo viên tháng 7 (10/07/2025)
""", "2025-07-16", "Ban Tuyên giáo và Dân vận Tỉnh ủy: Ổn định tổ chức, bắt nhịp ngay nhiệm vụ sau hợp nhất",
E("so_ket", "2025-H1", "2025-07-15"),
[P("Hoàng Thị Thu Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lò Văn Pao", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lý Thị Lan", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vàng Thị Dính", "Bí thư Đảng ủy xã Mèo Vạc"),
 P("Ma Văn Thuận", "Chủ tịch Ủy ban MTTQ Việt Nam phường Minh Xuân")],
[Q("124 xã, phường", 124, "xã, phường"), Q("hơn 1,8 triệu người", 1800000, "người", "over"),
 Q("trên 1.950 tin, bài", 1950, "tin, bài", "over"), Q("89,5%", 89.5, "%"),
 Q("3.412 căn nhà tạm, nhà dột nát", 3412, "căn nhà tạm, nhà dột nát"), Q("12 tổ hỗ trợ lưu động", 12, "tổ hỗ trợ lưu động")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư"),
 D("Quyết định", "01", "QĐ/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Quyết định số 01-QĐ/BTGDVTU"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch 05-KH/BTGDVTU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Minh Xuân")],
["Báo Tuyên Quang điện tử", "Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị.", "(BTQ)", "Lượt xem: 2.486"],
["Thứ Tư, 16/07/2025 - 09:20", "6 tháng đầu năm", "6 tháng cuối năm 2025", "2 cấp", "2025 - 2030", "Lượt xem: 2.486"]))

PAGES.append(page("b1550-lamdong-xa-daihoi-dangbo-2025", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị | Đại hội Đảng các cấp
29/07/2025 - 17:05
Đại hội đại biểu Đảng bộ xã Hiệp Thạnh lần thứ I, nhiệm kỳ 2025 - 2030
Đồng chí K'Mák tặng hoa chúc mừng Ban Chấp hành Đảng bộ xã khóa I. Ảnh: Việt Quỳnh
Trong 2 ngày 28 và 29/7, Đảng bộ xã Hiệp Thạnh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự đại hội có 180 đại biểu chính thức đại diện cho 1.245 đảng viên trong toàn Đảng bộ.
Đến dự và chỉ đạo đại hội có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Phạm Thị Thu Sương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng.
Xã Hiệp Thạnh được thành lập trên cơ sở nhập xã Hiệp Thạnh, xã Liên Hiệp và một phần thị trấn Liên Nghĩa (huyện Đức Trọng cũ), theo Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội. Đảng bộ xã được thành lập theo Quyết định số 1568-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy.
Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ qua, thu nhập bình quân đầu người trên địa bàn đạt 68 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,2%; Nhân dân hiến 5.600 m2 đất, đóng góp 7,4 tỷ đồng làm đường giao thông. Công tác dân vận được chú trọng với 26 mô hình "Dân vận khéo", trong đó mô hình "Tổ tự quản an ninh trật tự trong đồng bào K'Ho" được nhân rộng.
Nhiệm kỳ 2025 - 2030, Đảng bộ xã đề ra 15 chỉ tiêu chủ yếu, 3 khâu đột phá, phấn đấu thu nhập bình quân đạt 110 triệu đồng/người/năm.
Phát biểu chỉ đạo, đồng chí K'Mák yêu cầu Đảng bộ xã quán triệt Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp; quan tâm công tác dân vận, bảo đảm chính quyền cơ sở gần dân, sát dân, phục vụ Nhân dân tốt hơn sau sắp xếp.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ gồm 11 đồng chí; đồng chí Trần Văn Hải được bầu giữ chức Bí thư Đảng ủy xã; các đồng chí Ka Thanh, Lê Đức Tài được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh lần thứ I gồm 6 đại biểu.
Đây là một trong những đại hội điểm cấp xã của tỉnh, được tổ chức trang trọng, dân chủ, đúng quy định; các văn kiện đã được lấy ý kiến rộng rãi của cán bộ, đảng viên và Nhân dân trước đại hội.
Trong phần thảo luận, bà Ka Điểu, Chủ tịch Hội Liên hiệp Phụ nữ xã, và ông Nguyễn Văn Bình, Bí thư Chi bộ thôn Phú Hiệp, nêu những việc cần làm để giữ vững niềm tin của Nhân dân.
Việt Quỳnh
Lượt xem: 1.904
Tin liên quan
- Đại hội Đảng bộ phường Xuân Hương - Đà Lạt lần thứ I (25/07/2025)
- Lâm Đồng: 100% đảng bộ cấp xã hoàn thành đại hội điểm (20/07/2025)
- Xã Tà Đùng tổ chức đại hội điểm (12/07/2025)
- Hội nghị triển khai Chỉ thị 45-CT/TW (02/05/2025)
""", "2025-07-29", "Đại hội đại biểu Đảng bộ xã Hiệp Thạnh lần thứ I, nhiệm kỳ 2025 - 2030",
E("dai_hoi", None, "2025-07-28"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
 P("Trần Văn Hải", "Bí thư Đảng ủy xã"),
 P("Ka Thanh", "Phó Bí thư Đảng ủy xã"),
 P("Lê Đức Tài", "Phó Bí thư Đảng ủy xã"),
 P("Ka Điểu", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Nguyễn Văn Bình", "Bí thư Chi bộ thôn Phú Hiệp")],
[Q("180 đại biểu chính thức", 180, "đại biểu chính thức"), Q("1.245 đảng viên", 1245, "đảng viên"),
 Q("68 triệu đồng", 68000000, "đồng"), Q("1,2%", 1.2, "%"), Q("5.600 m2", 5600, "m2"), Q("7,4 tỷ đồng", 7400000000, "đồng"),
 Q("26 mô hình", 26, "mô hình"), Q("15 chỉ tiêu chủ yếu", 15, "chỉ tiêu chủ yếu"), Q("3 khâu đột phá", 3, "khâu đột phá"),
 Q("110 triệu đồng", 110000000, "đồng"), Q("33 đồng chí", 33, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"),
 Q("6 đại biểu", 6, "đại biểu")],
[D("Nghị quyết", "1671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"),
 D("Quyết định", "1568", "QĐ/TU", "2025-06-30", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1568-QĐ/TU ngày 30/6/2025 của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")],
[prov("Lâm Đồng"), com("Hiệp Thạnh"), com("Liên Hiệp"), com("Liên Nghĩa")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị | Đại hội Đảng các cấp",
 "Đồng chí K'Mák tặng hoa chúc mừng Ban Chấp hành Đảng bộ xã khóa I. Ảnh: Việt Quỳnh", "Dân vận khéo",
 "Tổ tự quản an ninh trật tự trong đồng bào K'Ho", "Lượt xem: 1.904"],
["29/07/2025 - 17:05", "lần thứ I", "2025 - 2030", "2 ngày", "khóa I", "phiên họp thứ nhất", "Lượt xem: 1.904"]))

PAGES.append(page("b1551-vinhlong-mttq-traoqua-2025", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long
Trang chủ › Tin tức › Hoạt động Mặt trận
Thứ Hai, 29/09/2025 - 10:40
Mặt trận tỉnh trao 500 phần quà Trung thu và 15 căn nhà Đại đoàn kết
Ngày 27/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long phối hợp với các nhà hảo tâm tổ chức chương trình "Trung thu yêu thương" tại xã Cầu Ngang và phường Trà Vinh, trao 500 phần quà cho thiếu nhi có hoàn cảnh khó khăn, trong đó có nhiều em là con em đồng bào Khmer.
Bà Trần Thị Thanh Lâm trao quà cho các em thiếu nhi xã Cầu Ngang.
Tham dự có bà Trần Thị Thanh Lâm, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Thạch Ngọc Hoàng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Kim Sa Rát, Bí thư Đảng ủy, Chủ tịch HĐND xã Cầu Ngang.
Mỗi phần quà trị giá 400.000 đồng gồm bánh Trung thu, lồng đèn, sữa và tập vở; tổng trị giá 200 triệu đồng do Công ty TNHH Thủy sản Phúc An và các mạnh thường quân tài trợ. Dịp này, Mặt trận tỉnh cũng trao quyết định hỗ trợ xây dựng 15 căn nhà Đại đoàn kết cho hộ nghèo ở các xã Cầu Ngang, Hiệp Mỹ, Long Hữu, mỗi căn 60 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Chương trình được thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT ngày 5/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về các hoạt động an sinh xã hội sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Phát biểu tại buổi trao quà, bà Trần Thị Thanh Lâm cho biết từ sau ngày 1/7/2025, Mặt trận tỉnh mới đã tiếp nhận và quản lý Quỹ "Vì người nghèo" của ba tỉnh cũ với số dư hơn 18 tỷ đồng; đến nay đã hỗ trợ 1.240 hộ nghèo, cận nghèo sửa chữa nhà, sinh kế. Bà đề nghị Ủy ban MTTQ Việt Nam các xã, phường tiếp tục rà soát, không để sót hộ khó khăn, nhất là trong vùng đồng bào dân tộc Khmer.
Thay mặt các gia đình nhận nhà, ông Thạch Sà Phol ở ấp Sóc Chuối, xã Cầu Ngang, xúc động cho biết gia đình 5 người đã nhiều năm sống trong căn nhà lá dột nát, nay có thêm 20 triệu đồng vốn của con cháu góp vào sẽ xây được căn nhà kiên cố trước Tết.
Bà Sơn Thị Sa Ly, Chủ tịch Hội Liên hiệp Phụ nữ xã Cầu Ngang, cho biết Hội sẽ vận động hội viên góp ngày công giúp các gia đình xây nhà.
Ông Thạch Ngọc Hoàng cho biết từ nay đến cuối năm, Mặt trận tỉnh tiếp tục vận động nguồn lực để hỗ trợ các gia đình chính sách, hộ nghèo đón Tết Nguyên đán.
Cùng ngày, đoàn đến thăm, tặng 30 suất học bổng cho học sinh Trường Phổ thông Dân tộc nội trú Cầu Ngang, mỗi suất 1 triệu đồng.
Ngọc Hân
Tin khác
- Ra mắt Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long (01/07/2025)
- Phường Bến Tre hoàn thành xóa nhà tạm (20/09/2025)
- Trao 120 phần quà cho người dân vùng sạt lở (12/09/2025)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ hai (05/09/2025)
""", "2025-09-29", "Mặt trận tỉnh trao 500 phần quà Trung thu và 15 căn nhà Đại đoàn kết",
E("trao_qua", None, "2025-09-27"),
[P("Trần Thị Thanh Lâm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Ngọc Hoàng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sa Rát", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Cầu Ngang"),
 P("Thạch Sà Phol"),
 P("Sơn Thị Sa Ly", "Chủ tịch Hội Liên hiệp Phụ nữ xã Cầu Ngang")],
[Q("500 phần quà", 500, "phần quà"), Q("400.000 đồng", 400000, "đồng"), Q("200 triệu đồng", 200000000, "đồng"),
 Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("1.240 hộ nghèo, cận nghèo", 1240, "hộ nghèo, cận nghèo"),
 Q("5 người", 5, "người"), Q("20 triệu đồng", 20000000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-09-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 5/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Cầu Ngang"), com("Trà Vinh"), com("Hiệp Mỹ"), com("Long Hữu")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long", "Trang chủ › Tin tức › Hoạt động Mặt trận",
 "Bà Trần Thị Thanh Lâm trao quà cho các em thiếu nhi xã Cầu Ngang.", "Trung thu yêu thương", "Vì người nghèo",
 "Công ty TNHH Thủy sản Phúc An", "Trường Phổ thông Dân tộc nội trú Cầu Ngang"],
["Thứ Hai, 29/09/2025 - 10:40", "1/7/2025", "ba tỉnh", "nhiều năm"]))

PAGES.append(page("b1552-dongnai-mttq-giamsat-hcc-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự > Chính trị
Cập nhật: 15:10, 12/11/2025 (GMT+7)
Mặt trận giám sát hoạt động phục vụ hành chính công ở xã, phường
Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công phường Bình Phước. Ảnh: Hải Quân
Từ ngày 10 đến 11/11, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do ông Lê Hữu Thiện, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc tiếp nhận, giải quyết thủ tục hành chính cho người dân, doanh nghiệp tại phường Bình Phước và xã Bù Gia Mập - hai đơn vị thuộc tỉnh Bình Phước trước khi hợp nhất.
Cuộc giám sát thực hiện theo Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của MTTQ Việt Nam và các tổ chức chính trị - xã hội, và Kế hoạch số 27/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát chuyên đề năm 2025.
Theo báo cáo của UBND phường Bình Phước, từ ngày 1/7 đến nay, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 2.846 hồ sơ, giải quyết đúng hạn 98,7%; vẫn còn 37 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai do chưa kết nối đủ dữ liệu. Tại xã Bù Gia Mập, nơi có đông đồng bào S'tiêng, M'nông, xã bố trí 4 công chức nói được tiếng dân tộc hỗ trợ người dân kê khai.
Ông Điểu Minh Tân, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Bù Gia Mập, cho biết xã rộng hơn 540 km2, nhiều thôn cách trung tâm trên 30 km nên đã tổ chức 9 đợt tiếp nhận hồ sơ lưu động tại các thôn. Bà Thị Nhung, người dân thôn Bù Lư, phản ánh việc làm giấy chứng nhận quyền sử dụng đất còn phải đi lại nhiều lần.
Ông Phan Thanh Tùng, Phó Chủ tịch UBND phường Bình Phước, tiếp thu ý kiến của đoàn và cho biết phường đang phối hợp với Văn phòng Đăng ký đất đai để xử lý dứt điểm hồ sơ tồn đọng trước ngày 30/11.
Kết luận giám sát, ông Lê Hữu Thiện ghi nhận nỗ lực của hai địa phương trong vận hành chính quyền địa phương 2 cấp; đề nghị công khai quy trình, thời hạn giải quyết; phát huy vai trò Ban Công tác Mặt trận ở khu dân cư trong hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Ủy ban MTTQ Việt Nam phường, xã cần thường xuyên lắng nghe, tổng hợp ý kiến, kiến nghị của cử tri, phản ánh kịp thời đến cơ quan có thẩm quyền.
Kết quả giám sát sẽ được báo cáo Thường trực Tỉnh ủy và UBND tỉnh trong tháng 12.
Hải Quân
Tin liên quan
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (05/11/2025)
- Phường Trấn Biên: người dân hài lòng với thủ tục hành chính (28/10/2025)
- Hội nghị phản biện dự thảo Nghị quyết về học phí (15/10/2025)
- Ra mắt Ủy ban MTTQ Việt Nam 95 xã, phường (01/07/2025)
""", "2025-11-12", "Mặt trận giám sát hoạt động phục vụ hành chính công ở xã, phường",
E("giam_sat", "2025", "2025-11-10"),
[P("Lê Hữu Thiện", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Minh Tân", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Bù Gia Mập"),
 P("Thị Nhung"),
 P("Phan Thanh Tùng", "Phó Chủ tịch UBND phường Bình Phước")],
[Q("2.846 hồ sơ", 2846, "hồ sơ"), Q("98,7%", 98.7, "%"), Q("37 hồ sơ", 37, "hồ sơ"),
 Q("4 công chức", 4, "công chức"), Q("hơn 540 km2", 540, "km2", "over"), Q("trên 30 km", 30, "km", "over"),
 Q("9 đợt tiếp nhận hồ sơ lưu động", 9, "đợt tiếp nhận hồ sơ lưu động")],
[D("Quy định", "124", "QĐ/TW", "2023-10-04", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 4/10/2023 của Ban Bí thư"),
 D("Kế hoạch", "27", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bình Phước"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự > Chính trị",
 "Đoàn giám sát làm việc tại Trung tâm Phục vụ hành chính công phường Bình Phước. Ảnh: Hải Quân",
 "Văn phòng Đăng ký đất đai", "Trung tâm Phục vụ hành chính công"],
["Cập nhật: 15:10, 12/11/2025 (GMT+7)", "năm 2025", "1/7", "30/11", "2 cấp", "tháng 12"]))
