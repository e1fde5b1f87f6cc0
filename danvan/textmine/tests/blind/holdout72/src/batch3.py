from lib import *
PAGES = []

PAGES.append(page("b1697-caobang-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Vị trí hiện tại: Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban
Thứ Tư, 28/12/2022 - 17:05
Toàn cảnh hội nghị.
Khối dân vận tỉnh Cao Bằng hoàn thành toàn diện nhiệm vụ năm 2022
Chiều 27/12, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Bế Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự hội nghị có đồng chí Lục Văn Quân, Phó Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Hội Nông dân tỉnh; lãnh đạo Ủy ban MTTQ, các đoàn thể và trưởng ban dân vận 10 huyện ủy, thành ủy.
Năm 2022, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy tổng kết 15 năm thực hiện Quy chế dân vận của hệ thống chính trị; sơ kết 3 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về công tác dân vận. Ban cũng ban hành Kế hoạch số 112-KH/BDVTU về công tác dân vận trong thực hiện Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.
Các cấp, các ngành đã vận động Quỹ "Vì người nghèo" được 28,5 tỷ đồng, hỗ trợ làm mới và sửa chữa 1.145 căn nhà cho hộ nghèo; nhân dân hiến hơn 96.000 m2 đất, đóng góp 73.000 ngày công làm đường, kênh mương. Toàn tỉnh có 1.298 người có uy tín, tham gia hòa giải thành 215 vụ việc ở thôn, xóm. Tỷ lệ hộ nghèo giảm 4,2% so với năm 2021.
Phong trào thi đua "Dân vận khéo" có thêm 312 mô hình, điển hình được công nhận. Tiêu biểu như mô hình "Xóm không có người vi phạm pháp luật" ở xã Quang Trung, huyện Hòa An; mô hình vận động đồng bào Mông trồng cây dược liệu ở xã Đức Long, huyện Thạch An.
Tại hội nghị, đồng chí Đàm Văn Thể, HUV, Trưởng Ban Dân vận Huyện ủy Trùng Khánh, nêu khó khăn trong vận động người dân giải phóng mặt bằng tuyến cao tốc Đồng Đăng - Trà Lĩnh. Đồng chí Lý Văn Nhất, Bí thư Chi bộ kiêm Trưởng xóm Khuổi Khoang, xã Đức Long, chia sẻ kinh nghiệm "cán bộ đi trước, làng nước theo sau".
Kết luận hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy Bế Thị Hồng Vân đề nghị năm 2023 khối dân vận tập trung tuyên truyền, vận động nhân dân ủng hộ dự án cao tốc; thực hiện tốt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; nâng cao chất lượng dân vận chính quyền, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 16 tập thể, 24 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022.
Hoàng Thị Sinh
Lượt xem: 1.147
Tin liên quan
- Hà Quảng: Giao ban khối dân vận quý IV năm 2022 (20/12/2022)
- Gặp mặt người có uy tín tiêu biểu năm 2022 (30/11/2022)
- Vận động nhân dân hiến đất làm đường cao tốc (18/11/2022)
""", "2022-12-28", "Khối dân vận tỉnh Cao Bằng hoàn thành toàn diện nhiệm vụ năm 2022",
E("tong_ket", "2022", "2022-12-27"),
[P("Bế Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Văn Quân", "Phó Trưởng Ban Dân vận Tỉnh ủy kiêm Chủ tịch Hội Nông dân tỉnh"),
 P("Đàm Văn Thể", "HUV", "Trưởng Ban Dân vận Huyện ủy Trùng Khánh"),
 P("Lý Văn Nhất", "Bí thư Chi bộ kiêm Trưởng xóm Khuổi Khoang")],
[Q("10 huyện ủy, thành ủy", 10, "huyện ủy, thành ủy"), Q("28,5 tỷ đồng", 28500000000, "đồng"), Q("1.145 căn nhà", 1145, "căn nhà"),
 Q("hơn 96.000 m2", 96000, "m2", "over"), Q("73.000 ngày công", 73000, "ngày công"), Q("1.298 người có uy tín", 1298, "người có uy tín"),
 Q("215 vụ việc", 215, "vụ việc"), Q("4,2%", 4.2, "%"), Q("312 mô hình, điển hình", 312, "mô hình, điển hình"),
 Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư"),
 D("Kế hoạch", "112", "KH/BDVTU", None, None, "Kế hoạch số 112-KH/BDVTU"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị")],
[prov("Cao Bằng"), com("Quang Trung"), com("Đức Long")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Vị trí hiện tại: Trang chủ » Tin tức - Sự kiện » Hoạt động của Ban", "Toàn cảnh hội nghị.",
 "Vì người nghèo", "Dân vận khéo", "Xóm không có người vi phạm pháp luật", "cán bộ đi trước, làng nước theo sau",
 "Quy chế dân vận", "Nghị quyết Trung ương 7 khóa XI", "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Lượt xem: 1.147"],
["Thứ Tư, 28/12/2022 - 17:05", "năm 2022", "năm 2023", "15 năm", "3 năm", "Nghị quyết Trung ương 7", "năm 2021", "giai đoạn 2021 - 2025", "Lượt xem: 1.147"]))

PAGES.append(page("b1698-binhduong-bdv-soket-2023", """
BÁO BÌNH DƯƠNG ONLINE
Thời sự | Chính trị | Xây dựng Đảng
Thứ Sáu, 14/07/2023 - 10:30
Bình Dương: Nắm chắc tâm tư công nhân lao động
(BDO) Sáng 13/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, triển khai nhiệm vụ những tháng cuối năm. Chủ trì hội nghị có đồng chí Phan Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, và các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đặng Văn Tài, Võ Thị Hồng.
Đồng chí Phan Thị Mỹ Hạnh phát biểu kết luận hội nghị. Ảnh: Q.Chiến
Theo báo cáo, Bình Dương hiện có hơn 1,2 triệu công nhân lao động, trong đó khoảng 60% là người ngoại tỉnh. Trước tình trạng nhiều doanh nghiệp thiếu đơn hàng, cắt giảm lao động, khối dân vận các cấp đã chủ động nắm tình hình, phối hợp tổ chức 356 cuộc đối thoại tại doanh nghiệp; kịp thời tham gia giải quyết 42 vụ ngừng việc tập thể, không để phát sinh thành điểm nóng.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 16-CT/TU ngày 6/3/2023 về tăng cường công tác dân vận đối với công nhân lao động trong tình hình mới; hướng dẫn triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW gắn với phong trào "Dân vận khéo" trong doanh nghiệp. Công đoàn các cấp đã trao 5.800 suất quà cho công nhân mất việc, tổng kinh phí gần 6,4 tỷ đồng.
Đồng chí Trần Minh Phụng, Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh, cho biết qua khảo sát tại 120 doanh nghiệp, tâm lý lo lắng mất việc vẫn còn lớn; đề nghị các địa phương hỗ trợ giảm tiền thuê phòng trọ cho công nhân. Đồng chí Lê Thị Bé Năm, Bí thư Đảng ủy phường An Phú, thành phố Thuận An, chia sẻ cách làm "tổ tự quản nhà trọ" giúp nắm chắc từng người lao động tạm trú.
Về dân vận chính quyền, 6 tháng qua các cấp đã tiếp 1.436 lượt công dân, tiếp nhận 512 đơn, đã giải quyết 447 đơn. Việc thực hiện Luật Thực hiện dân chủ ở cơ sở được quán triệt đến 100% chi bộ ấp, khu phố. Ở xã Lai Uyên, huyện Bàu Bàng, người dân đã hiến 3.200 m2 đất mở rộng đường ấp.
Phát biểu kết luận, đồng chí Phan Thị Mỹ Hạnh yêu cầu 6 tháng cuối năm tập trung nắm tình hình công nhân, nhất là khi doanh nghiệp cắt giảm lao động dịp cuối năm; phối hợp chăm lo Tết cho người lao động khó khăn; tổ chức tốt hội nghị biểu dương mô hình "Dân vận khéo" trong doanh nghiệp.
Nhiều ý kiến đề nghị cần phát huy hơn nữa vai trò của tổ chức công đoàn cơ sở, của các chi bộ trong doanh nghiệp tư nhân; đồng thời tăng cường đối thoại định kỳ giữa chủ doanh nghiệp với người lao động để kịp thời tháo gỡ vướng mắc.
Quang Chiến
Lượt xem: 1.532
Tin khác
- Thủ Dầu Một: Đối thoại với công nhân lao động năm 2023 (07/07/2023)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp (29/06/2023)
- Tân Uyên: Mái ấm công đoàn cho công nhân khó khăn (21/06/2023)
""", "2023-07-14", "Bình Dương: Nắm chắc tâm tư công nhân lao động",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Phan Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Tài", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Minh Phụng", "Tỉnh ủy viên", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Thị Bé Năm", "Bí thư Đảng ủy phường An Phú")],
[Q("hơn 1,2 triệu công nhân lao động", 1200000, "công nhân lao động", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("356 cuộc đối thoại", 356, "cuộc đối thoại"), Q("42 vụ ngừng việc tập thể", 42, "vụ ngừng việc tập thể"),
 Q("5.800 suất quà", 5800, "suất quà"), Q("gần 6,4 tỷ đồng", 6400000000, "đồng", "approx"), Q("120 doanh nghiệp", 120, "doanh nghiệp"),
 Q("1.436 lượt công dân", 1436, "lượt công dân"), Q("512 đơn", 512, "đơn"), Q("447 đơn", 447, "đơn"),
 Q("100% chi bộ ấp, khu phố", 100, "%"), Q("3.200 m2", 3200, "m2")],
[D("Chỉ thị", "16", "CT/TU", "2023-03-06", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 6/3/2023"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Bình Dương"), com("An Phú"), com("Lai Uyên")],
["BÁO BÌNH DƯƠNG ONLINE", "Thời sự | Chính trị | Xây dựng Đảng", "(BDO)", "Đồng chí Phan Thị Mỹ Hạnh phát biểu kết luận hội nghị. Ảnh: Q.Chiến",
 "Dân vận khéo", "tổ tự quản nhà trọ", "Luật Thực hiện dân chủ ở cơ sở", "Liên đoàn Lao động tỉnh", "Lượt xem: 1.532"],
["Thứ Sáu, 14/07/2023 - 10:30", "6 tháng đầu năm 2023", "6 tháng qua", "6 tháng cuối năm", "Lượt xem: 1.532"]))

PAGES.append(page("b1699-quangninh-binhlieu-dongbaodao-2023", """
Báo Quảng Ninh điện tử
Trang chủ > Chính trị > Dân vận
19/10/2023 | 07:45
Đồng Văn đổi thay từ lòng dân
Những con đường bê tông dẫn vào các thôn bản của đồng bào Dao Thanh Phán ở xã Đồng Văn (huyện Bình Liêu) hôm nay phẳng phiu, sạch đẹp. Để có được kết quả ấy là cả một quá trình kiên trì "mưa dầm thấm lâu" của cấp ủy, chính quyền và khối dân vận xã.
Đồng chí Tằng Văn Cường, ĐUV, Chủ tịch Ủy ban MTTQ xã Đồng Văn (bên phải) trao đổi với người dân thôn Sú Cáu. Ảnh: Lan Anh
Thực hiện Nghị quyết số 06-NQ/TU ngày 17/5/2021 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế - xã hội bền vững gắn với bảo đảm quốc phòng, an ninh ở các xã, thôn, bản vùng đồng bào dân tộc thiểu số, miền núi, biên giới, Đảng ủy xã Đồng Văn đã chỉ đạo khối dân vận phân công mỗi cán bộ, đảng viên phụ trách một nhóm hộ gia đình. Theo đồng chí Lý Thị Dung, Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Văn, từ năm 2021 đến nay, nhân dân trong xã đã hiến hơn 18.000 m2 đất, góp 2.600 ngày công để làm 14,5 km đường nội thôn.
Không chỉ hạ tầng, sinh kế của bà con cũng đổi khác. Xã vận động 135 hộ chuyển đổi diện tích đồi keo kém hiệu quả sang trồng 210 ha quế và hồi; nhiều hộ có thu nhập trên 100 triệu đồng mỗi năm. Thu nhập bình quân đầu người của xã năm 2022 đạt 48,6 triệu đồng; tỷ lệ hộ nghèo theo chuẩn tỉnh chỉ còn 0,8%.
Ông Đặng Văn Sáu, người có uy tín thôn Nà Ếch, cho biết: "Trước đây bà con còn ngại, thấy cán bộ về họp thì tránh. Giờ cán bộ xuống tận nhà, ngồi uống nước, hỏi chuyện nương quế, chuyện con cái đi học, nên có gì bà con cũng nói thật".
Đồng chí Lỷ Thị Sen, Phó Trưởng Ban Dân vận Huyện ủy Bình Liêu, cho biết huyện đang triển khai Kế hoạch số 143-KH/HU của Ban Thường vụ Huyện ủy về nhân rộng cách làm của Đồng Văn ra các xã biên giới Hoành Mô, Lục Hồn. Trong đó chú trọng phát huy vai trò của người có uy tín, trưởng dòng họ và các chi hội phụ nữ trong giữ gìn bản sắc văn hóa, bài trừ hủ tục, bảo vệ đường biên, mốc giới.
Năm 2023, Đồng Văn là một trong 6 xã của huyện được công nhận đạt chuẩn nông thôn mới nâng cao. Những ngày này, bà con các thôn đang tất bật chuẩn bị cho lễ hội truyền thống của đồng bào Dao, không khí đoàn kết, phấn khởi lan tỏa khắp các bản làng nơi phên giậu Tổ quốc.
Theo lãnh đạo xã, thời gian tới Đồng Văn sẽ tiếp tục vận động bà con phát triển du lịch cộng đồng gắn với bảo tồn nhà trình tường, trang phục truyền thống; đồng thời duy trì đều đặn lịch cán bộ xuống thôn nắm tình hình, tiếp thu kiến nghị của người dân mỗi tháng.
Lan Anh
Lượt xem: 764
Tin liên quan
- Tiên Yên: Người có uy tín góp sức xây dựng nông thôn mới (12/10/2023)
- Ba Chẽ nhân rộng mô hình "Dân vận khéo" (05/10/2023)
- Hải Hà: Đối thoại với người dân vùng dự án (28/09/2023)
""", "2023-10-19", "Đồng Văn đổi thay từ lòng dân",
E("khac", None, None),
[P("Tằng Văn Cường", "ĐUV", "Chủ tịch Ủy ban MTTQ xã Đồng Văn"),
 P("Lý Thị Dung", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đồng Văn"),
 P("Đặng Văn Sáu", "người có uy tín thôn Nà Ếch"),
 P("Lỷ Thị Sen", "Phó Trưởng Ban Dân vận Huyện ủy Bình Liêu")],
[Q("hơn 18.000 m2", 18000, "m2", "over"), Q("2.600 ngày công", 2600, "ngày công"), Q("14,5 km", 14.5, "km"),
 Q("135 hộ", 135, "hộ"), Q("210 ha", 210, "ha"), Q("trên 100 triệu đồng", 100000000, "đồng", "over"),
 Q("48,6 triệu đồng", 48600000, "đồng"), Q("0,8%", 0.8, "%"), Q("6 xã", 6, "xã")],
[D("Nghị quyết", "06", "NQ/TU", "2021-05-17", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU ngày 17/5/2021 của Ban Chấp hành Đảng bộ tỉnh"),
 D("Kế hoạch", "143", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 143-KH/HU của Ban Thường vụ Huyện ủy")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Hoành Mô"), com("Lục Hồn")],
["Báo Quảng Ninh điện tử", "Trang chủ > Chính trị > Dân vận",
 "Đồng chí Tằng Văn Cường, ĐUV, Chủ tịch Ủy ban MTTQ xã Đồng Văn (bên phải) trao đổi với người dân thôn Sú Cáu. Ảnh: Lan Anh",
 "mưa dầm thấm lâu", "Lượt xem: 764"],
["19/10/2023 | 07:45", "năm 2021", "năm 2022", "Năm 2023", "Lượt xem: 764"]))

PAGES.append(page("b1700-gialai-chupah-doithoai-2024", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ / Chính trị / Dân vận - Mặt trận
Thứ Sáu, 17/05/2024, 09:20
Chư Păh: Người đứng đầu đối thoại với nông dân về tái canh cà phê
(GLO)- Ngày 16/5, Ban Thường vụ Huyện ủy Chư Păh tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân năm 2024. Đồng chí Nguyễn Văn Thạch, Tỉnh ủy viên, Bí thư Huyện ủy Chư Păh, và đồng chí Rah Lan Hiếu, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, đồng chủ trì. Dự có đồng chí Rơ Mah Tuân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Gia Lai.
Quang cảnh buổi đối thoại. Ảnh: Ksor Hương
Đối thoại được tổ chức theo tinh thần Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở và Kế hoạch số 95-KH/HU ngày 2/4/2024 của Ban Thường vụ Huyện ủy. Hơn 150 nông dân, người có uy tín đến từ 14 xã, thị trấn đã gửi 36 ý kiến, tập trung vào vốn vay tái canh cà phê, giá vật tư nông nghiệp, nước tưới mùa khô và giấy chứng nhận quyền sử dụng đất.
Ông Siu Đuh, làng Klâñ, xã Ia Ka, cho biết gia đình có 2 ha cà phê già cỗi nhưng khó tiếp cận vốn vay vì chưa có sổ đỏ. Bà Ksor H'Nhoăn, Chi hội trưởng Chi hội Phụ nữ làng Bông Phun, xã Ia Nhin, kiến nghị hỗ trợ giống và hướng dẫn kỹ thuật cho chị em đồng bào Jrai.
Trả lời, đồng chí Rah Lan Hiếu cho biết từ đầu năm 2024 huyện đã hỗ trợ tái canh 450 ha; Ngân hàng Chính sách xã hội huyện đã giải ngân 45 tỷ đồng cho 1.320 hộ vay phát triển sản xuất. UBND huyện đang chỉ đạo cấp giấy chứng nhận cho 320 hộ dân ở xã Ia Ka trước tháng 9.
Đồng chí Puih Thu, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện, thông tin: qua 3 năm tổ chức đối thoại, các kiến nghị của nhân dân đã được giải quyết đạt 92,3%, số đơn thư vượt cấp giảm rõ rệt.
Kết luận hội nghị, Bí thư Huyện ủy Nguyễn Văn Thạch yêu cầu các cơ quan chuyên môn trả lời bằng văn bản những ý kiến chưa được giải đáp tại buổi đối thoại trong thời hạn 15 ngày; giao Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện giám sát việc thực hiện các cam kết; đồng thời đề nghị bà con tiếp tục đoàn kết, chủ động liên kết với doanh nghiệp để bao tiêu sản phẩm, không bán cà phê non.
Đồng chí Rơ Mah Tuân đánh giá cao cách làm của Chư Păh, đề nghị huyện duy trì đối thoại định kỳ, mở rộng hình thức đối thoại trực tiếp tại làng để người dân dễ tham gia và nói được những điều trăn trở.
Ksor Hương
Lượt xem: 1.093
Tin liên quan
- Ia Grai: Vận động đồng bào Jrai hiến đất làm đường (10/05/2024)
- Ban Dân vận Tỉnh ủy giao ban công tác tháng 4/2024 (03/05/2024)
- Đak Đoa: 100 người có uy tín được tập huấn kỹ năng (24/04/2024)
""", "2024-05-17", "Chư Păh: Người đứng đầu đối thoại với nông dân về tái canh cà phê",
E("doi_thoai", "2024", "2024-05-16"),
[P("Nguyễn Văn Thạch", "Tỉnh ủy viên", "Bí thư Huyện ủy Chư Păh", "Bí thư Huyện ủy"),
 P("Rah Lan Hiếu", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Rơ Mah Tuân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Gia Lai"),
 P("Siu Đuh"),
 P("Ksor H'Nhoăn", "Chi hội trưởng Chi hội Phụ nữ làng Bông Phun"),
 P("Puih Thu", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("Hơn 150 nông dân, người có uy tín", 150, "nông dân, người có uy tín", "over"), Q("14 xã, thị trấn", 14, "xã, thị trấn"),
 Q("36 ý kiến", 36, "ý kiến"), Q("2 ha", 2, "ha"), Q("450 ha", 450, "ha"), Q("45 tỷ đồng", 45000000000, "đồng"),
 Q("1.320 hộ", 1320, "hộ"), Q("320 hộ dân", 320, "hộ dân"), Q("92,3%", 92.3, "%")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ"),
 D("Kế hoạch", "95", "KH/HU", "2024-04-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 95-KH/HU ngày 2/4/2024 của Ban Thường vụ Huyện ủy")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ / Chính trị / Dân vận - Mặt trận", "(GLO)", "Quang cảnh buổi đối thoại. Ảnh: Ksor Hương",
 "Luật Thực hiện dân chủ ở cơ sở", "Ngân hàng Chính sách xã hội huyện", "Lượt xem: 1.093"],
["Thứ Sáu, 17/05/2024, 09:20", "năm 2024", "tháng 9", "3 năm", "15 ngày", "Lượt xem: 1.093"]))

PAGES.append(page("b1701-hanam-bdv-giamsat-thanhhai-2024", """
Hôm nay: Thứ Bảy, 23/11/2024
BÁO HÀ NAM ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 22/11/2024 - 15:45
Ban Dân vận Tỉnh ủy giám sát thực hiện dân chủ ở cơ sở tại xã Thanh Hải
Ngày 21/11, Đoàn giám sát của Ban Dân vận Tỉnh ủy Hà Nam do đồng chí Lại Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở tại Đảng ủy xã Thanh Hải, huyện Thanh Liêm, theo Chương trình kiểm tra, giám sát năm 2024.
Tham gia đoàn có các đồng chí: Trần Quốc Hưng, Phó Trưởng Ban Dân vận Tỉnh ủy; Phạm Đức Tâm, Phó Trưởng Ban Nội chính Tỉnh ủy; đại diện Ủy ban Kiểm tra Tỉnh ủy, Ủy ban MTTQ tỉnh.
Đồng chí Lại Thị Hằng phát biểu tại buổi giám sát.
Theo Kế hoạch số 18-KH/BDVTU ngày 12/3/2024 của Ban Dân vận Tỉnh ủy, nội dung giám sát tập trung vào việc lãnh đạo thực hiện Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở, cùng Luật Thực hiện dân chủ ở cơ sở năm 2022.
Báo cáo của Đảng ủy xã do đồng chí Đỗ Văn Khương, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Thanh Hải trình bày cho biết, xã đã công khai 26 công trình, dự án có sự đóng góp của nhân dân với tổng kinh phí 3,8 tỷ đồng; 14/14 thôn tổ chức hội nghị để nhân dân bàn và quyết định trực tiếp các nội dung theo luật. Ban Thanh tra nhân dân xã đã giám sát 9 cuộc, phát hiện và kiến nghị khắc phục 2 sai sót trong thu chi quỹ thôn. Năm 2024, xã tiếp nhận 17 đơn kiến nghị, đã giải quyết 15 đơn.
Qua giám sát, đoàn đánh giá Đảng ủy xã Thanh Hải đã quan tâm lãnh đạo, việc công khai, minh bạch được thực hiện khá nền nếp. Tuy nhiên, hồ sơ tài liệu về các hội nghị thôn chưa đầy đủ; việc lấy ý kiến nhân dân về quy hoạch khu vực khai thác đá ở một số thôn còn hình thức; chưa có mô hình hay về dân chủ trong cộng đồng dân cư.
Phát biểu kết luận, đồng chí Lại Thị Hằng đề nghị Đảng ủy xã tiếp tục quán triệt sâu rộng Luật Thực hiện dân chủ ở cơ sở đến từng chi bộ; phát huy vai trò giám sát của Mặt trận, Ban Thanh tra nhân dân; quan tâm giải quyết dứt điểm kiến nghị về ô nhiễm bụi tại các thôn gần mỏ đá. Xã Thanh Nghị lân cận cũng được đề nghị phối hợp xử lý tình trạng xe chở vật liệu làm hư hỏng đường liên xã.
Đoàn giám sát sẽ có văn bản thông báo kết quả; Đảng ủy xã Thanh Hải có trách nhiệm báo cáo việc khắc phục hạn chế trước ngày 31/12/2024.
Hải Yến
Số lượt xem: 506
Tin khác
- Duy Tiên: Giám sát công tác dân vận chính quyền (15/11/2024)
- Ban Dân vận Tỉnh ủy giao ban quý III (10/10/2024)
- Lý Nhân: Hiệu quả mô hình "Dân vận khéo" (01/10/2024)
""", "2024-11-22", "Ban Dân vận Tỉnh ủy giám sát thực hiện dân chủ ở cơ sở tại xã Thanh Hải",
E("giam_sat", "2024", "2024-11-21"),
[P("Lại Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Hưng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đức Tâm", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Đỗ Văn Khương", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Thanh Hải")],
[Q("26 công trình, dự án", 26, "công trình, dự án"), Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("14/14 thôn", 14, "thôn"),
 Q("9 cuộc", 9, "cuộc"), Q("2 sai sót", 2, "sai sót"), Q("17 đơn kiến nghị", 17, "đơn kiến nghị"), Q("15 đơn", 15, "đơn")],
[D("Kế hoạch", "18", "KH/BDVTU", "2024-03-12", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BDVTU ngày 12/3/2024 của Ban Dân vận Tỉnh ủy"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị")],
[prov("Hà Nam"), com("Thanh Hải"), com("Thanh Nghị")],
["Hôm nay: Thứ Bảy, 23/11/2024", "BÁO HÀ NAM ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Đồng chí Lại Thị Hằng phát biểu tại buổi giám sát.",
 "Luật Thực hiện dân chủ ở cơ sở", "Ban Thanh tra nhân dân", "Số lượt xem: 506"],
["Thứ Sáu, 22/11/2024 - 15:45", "năm 2024", "năm 2022", "Năm 2024", "31/12/2024", "Số lượt xem: 506"]))

PAGES.append(page("b1702-phutho-btgdv-giaoban-quy3-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Trang chủ › Thời sự › Chính trị
Thứ Tư, 08/10/2025 | 16:30
Quang cảnh hội nghị giao ban.
Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III
Chiều 7/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III, triển khai nhiệm vụ quý IV năm 2025. Đồng chí Trần Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Nguyễn Văn Khải, Đinh Thị Thu Hà, Hà Văn Dũng.
Quý III là quý đầu tiên tỉnh Phú Thọ mới vận hành sau khi hợp nhất với Vĩnh Phúc và Hòa Bình theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, đồng thời chính quyền địa phương hai cấp chính thức hoạt động từ ngày 1/7. Ban đã ban hành Hướng dẫn số 02-HD/BTGDVTU ngày 15/7/2025 về tổ chức bộ phận tham mưu công tác dân vận ở các xã, phường; Kế hoạch số 05-KH/BTGDVTU về tuyên truyền Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.
Qua tổng hợp, 148/148 xã, phường đã kiện toàn khối dân vận; 96,7% ý kiến nhân dân được khảo sát đồng tình với việc sắp xếp đơn vị hành chính. Các cấp đã tổ chức 1.260 hội nghị lấy ý kiến góp ý vào dự thảo văn kiện Đại hội XIV của Đảng với hơn 86.000 lượt người tham gia. Trong đợt mưa lũ sau bão số 3, khối dân vận vận động được 12,4 tỷ đồng hỗ trợ nhân dân vùng thiệt hại, giúp sửa chữa 214 ngôi nhà bị tốc mái.
Tại giao ban, đồng chí Bùi Văn Hợp, Bí thư Đảng ủy xã Cao Phong, nêu khó khăn khi bộ phận dân vận của xã mới chỉ có 2 công chức kiêm nhiệm, địa bàn rộng gấp 3 lần trước. Đồng chí Lê Minh Đức, Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban sẽ tham mưu sửa đổi Quyết định số 35/2024/QĐ-UBND về chế độ hỗ trợ cán bộ không chuyên trách cho phù hợp với mô hình mới.
Phát biểu kết luận, đồng chí Trần Thị Thanh Hương đề nghị quý IV tập trung tuyên truyền kết quả Đại hội Đảng bộ tỉnh; nắm chắc dư luận xã hội sau sắp xếp, nhất là tâm tư của cán bộ dôi dư; hướng dẫn các xã, phường xây dựng Quy chế phối hợp giữa Đảng ủy với Ủy ban MTTQ cùng cấp; chuẩn bị tổng kết công tác năm 2025.
Các đồng chí Phó Trưởng Ban cũng lưu ý các địa phương chủ động cung cấp thông tin chính thống trên các nền tảng mạng xã hội, kịp thời phản bác những luận điệu xuyên tạc về việc sắp xếp bộ máy; đồng thời biểu dương, nhân rộng những cách làm hay ở các xã, phường vùng đồng bào Mường.
Phương Thảo
Lượt xem: 1.318
Tin liên quan
- Phường Việt Trì: Đối thoại với nhân dân về chỉnh trang đô thị (03/10/2025)
- Hội nghị báo cáo viên tháng 9/2025 (25/09/2025)
- Xã Mai Châu ra mắt tổ dân vận thôn bản (18/09/2025)
""", "2025-10-08", "Ban Tuyên giáo và Dân vận Tỉnh ủy giao ban quý III",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Trần Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Khải", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hà Văn Dũng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bùi Văn Hợp", "Bí thư Đảng ủy xã Cao Phong"),
 P("Lê Minh Đức", "Trưởng phòng Dân vận, Dân tộc và Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("148/148 xã, phường", 148, "xã, phường"), Q("96,7%", 96.7, "%"), Q("1.260 hội nghị", 1260, "hội nghị"),
 Q("hơn 86.000 lượt người", 86000, "lượt người", "over"), Q("12,4 tỷ đồng", 12400000000, "đồng"),
 Q("214 ngôi nhà", 214, "ngôi nhà"), Q("2 công chức kiêm nhiệm", 2, "công chức kiêm nhiệm")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", "2025-07-15", None, "Hướng dẫn số 02-HD/BTGDVTU ngày 15/7/2025"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, None, "Kế hoạch số 05-KH/BTGDVTU"),
 D("Quyết định", "35", "2024/QĐ-UBND", None, None, "Quyết định số 35/2024/QĐ-UBND")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Cao Phong")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Trang chủ › Thời sự › Chính trị", "Quang cảnh hội nghị giao ban.",
 "Quy chế phối hợp giữa Đảng ủy với Ủy ban MTTQ cùng cấp", "Lượt xem: 1.318"],
["Thứ Tư, 08/10/2025 | 16:30", "quý III", "quý IV năm 2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "Đại hội XIV", "bão số 3",
 "gấp 3 lần", "năm 2025", "Lượt xem: 1.318"]))
