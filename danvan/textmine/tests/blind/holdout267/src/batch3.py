from lib import *
PAGES = []

PAGES.append(page("b6377-thanhhoa-hdatvsld-tongket-2022", """
BÁO THANH HÓA
Thứ Ba, 10/01/2023 - 17:30
Trang chủ › Xã hội › Lao động - Việc làm
Triển khai nhiệm vụ an toàn, vệ sinh lao động năm 2023
Toàn cảnh hội nghị. Ảnh: Lê Hợi
Chiều 9/1, Hội đồng An toàn, vệ sinh lao động tỉnh tổ chức hội nghị tổng kết công tác an toàn, vệ sinh lao động năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Lê Thị Hạnh Nguyên, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh chủ trì hội nghị.
Năm 2022, toàn tỉnh Thanh Hóa xảy ra 58 vụ tai nạn lao động làm 61 người bị nạn, trong đó 29 người chết; so với năm 2021 giảm 7 vụ nhưng số người chết tăng 3 người. Các vụ tai nạn nghiêm trọng tập trung ở lĩnh vực xây dựng, khai thác đá và vận hành thiết bị nâng tại Khu kinh tế Nghi Sơn. Các cơ quan chức năng đã thanh tra, kiểm tra 412 doanh nghiệp, xử phạt 38 doanh nghiệp với tổng số tiền trên 1,9 tỷ đồng; huấn luyện an toàn cho 46.500 người lao động, khám sức khỏe định kỳ cho khoảng 210.000 lượt người.
Thực hiện Quyết định số 2730/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia về an toàn, vệ sinh lao động giai đoạn 2021 - 2025, UBND tỉnh đã ban hành Kế hoạch số 45/KH-UBND ngày 2/3/2022; Ban Thường vụ Tỉnh ủy ban hành Kết luận 25, 26-KL/TU về tăng cường lãnh đạo công tác an toàn lao động tại các dự án công nghiệp và tại các huyện miền núi.
Tại hội nghị, ông Bùi Văn Thìn, HUV, Phó Chủ tịch UBND huyện Bá Thước, cho biết nhiều lao động người Mường, người Thái đi làm ở các tỉnh phía Nam bị tai nạn nhưng gia đình không biết cách đòi quyền lợi; huyện đã giao UBND xã Lương Ngoại lập tổ tư vấn pháp luật miễn phí. Bà Hà Thị Ngọc, Chủ tịch Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp, kiến nghị bố trí 3 tỷ đồng để xây nhà sơ cứu tại các công trường lớn. Ông Trịnh Xuân Hiệp, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, Phó Chủ tịch Thường trực Hội đồng, thông tin: 100% vụ tai nạn chết người đã được điều tra, có 4 vụ chuyển cơ quan công an xem xét xử lý hình sự.
Phát biểu kết luận, đồng chí Lê Thị Hạnh Nguyên yêu cầu năm 2023 các ngành, địa phương phấn đấu giảm ít nhất 5% tần suất tai nạn lao động chết người; tăng cường kiểm tra các công trình xây dựng tại phường Hải Thượng, xã Tân Trường và các xã ven biển; phát huy vai trò của Mặt trận, các đoàn thể trong giám sát việc chấp hành pháp luật về an toàn lao động ở các cơ sở sản xuất nhỏ.
Dịp này, UBND tỉnh tặng bằng khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác an toàn, vệ sinh lao động năm 2022; Hội đồng cũng giao chỉ tiêu tổ chức ít nhất 120 lớp huấn luyện cho người lao động làm việc không theo hợp đồng.
Minh Hằng
Tin liên quan
- Nghi Sơn: Công nhân tử vong khi lắp dựng nhà xưởng (28/12/2022)
- LĐLĐ tỉnh trao 1.200 suất quà Tết cho đoàn viên (20/12/2022)
- Tuyên truyền pháp luật lao động cho đồng bào miền núi (05/12/2022)
""", "2023-01-10", "Triển khai nhiệm vụ an toàn, vệ sinh lao động năm 2023",
E("tong_ket", "2022", "2023-01-09"),
[P("Lê Thị Hạnh Nguyên", "Tỉnh ủy viên", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng An toàn, vệ sinh lao động tỉnh"),
 P("Bùi Văn Thìn", "HUV", "Phó Chủ tịch UBND huyện Bá Thước"),
 P("Hà Thị Ngọc", "Chủ tịch Công đoàn Khu kinh tế Nghi Sơn và các khu công nghiệp"),
 P("Trịnh Xuân Hiệp", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Chủ tịch Thường trực Hội đồng")],
[Q("58 vụ tai nạn lao động", 58, "vụ tai nạn lao động"), Q("61 người", 61, "người"), Q("29 người", 29, "người"),
 Q("7 vụ", 7, "vụ"), Q("3 người", 3, "người"), Q("412 doanh nghiệp", 412, "doanh nghiệp"), Q("38 doanh nghiệp", 38, "doanh nghiệp"),
 Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("46.500 người lao động", 46500, "người lao động"),
 Q("khoảng 210.000 lượt người", 210000, "lượt người", "approx"), Q("3 tỷ đồng", 3000000000, "đồng"), Q("100%", 100, "%"),
 Q("4 vụ", 4, "vụ"), Q("ít nhất 5%", 5, "%", "over"), Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân"),
 Q("ít nhất 120 lớp huấn luyện", 120, "lớp huấn luyện", "over")],
[D("Quyết định", "2730", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2730/QĐ-TTg"),
 D("Kế hoạch", "45", "KH-UBND", "2022-03-02", "UBND tỉnh", "Kế hoạch số 45/KH-UBND ngày 2/3/2022"),
 D("Kết luận", "25", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU"),
 D("Kết luận", "26", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 25, 26-KL/TU")],
[prov("Thanh Hóa"), com("Lương Ngoại"), com("Hải Thượng"), com("Tân Trường")],
["BÁO THANH HÓA", "Trang chủ › Xã hội › Lao động - Việc làm", "Toàn cảnh hội nghị. Ảnh: Lê Hợi",
 "Chương trình quốc gia về an toàn, vệ sinh lao động giai đoạn 2021 - 2025", "Khu kinh tế Nghi Sơn"],
["Thứ Ba, 10/01/2023 - 17:30", "năm 2022", "năm 2023", "năm 2021", "giai đoạn 2021 - 2025"]))

PAGES.append(page("b6378-bacninh-yenphong-soket-2023", """
Cổng thông tin điện tử huyện Yên Phong
Hôm nay: Thứ Hai, 24/07/2023
Trang chủ > Tin tức - Sự kiện > Hoạt động các đoàn thể
Thứ Sáu, 21/07/2023 | 10:30
Ảnh: Quang cảnh hội nghị.
Yên Phong: Vận động hơn 4.000 công nhân nhà trọ chấp hành an toàn lao động, phòng cháy
Ngày 20/7, Ban Dân vận Huyện ủy Yên Phong (tỉnh Bắc Ninh) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023, trong đó tập trung đánh giá kết quả vận động công nhân, người lao động ở các khu nhà trọ chấp hành pháp luật về an toàn lao động, phòng cháy, chữa cháy. Đồng chí Ngô Thị Thanh Hương, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Theo báo cáo, 6 tháng đầu năm khối dân vận đã phối hợp tổ chức 36 hội nghị tuyên truyền tại các khu nhà trọ, thu hút hơn 4.000 công nhân tham dự; vận động 312 chủ nhà trọ ký cam kết bảo đảm an toàn. Thực hiện Nghị quyết chuyên đề số 05-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển công nghiệp gắn với chăm lo đời sống công nhân, huyện đã hỗ trợ 1,2 tỷ đồng lắp đặt hệ thống báo cháy tại 58 dãy trọ. Chương trình "Mái ấm công nhân" của LĐLĐ huyện đã trao 12 căn nhà trọ sửa chữa cho công nhân khó khăn.
Các xã Đông Phong, Yên Trung, Long Châu đã thành lập 27 tổ an toàn nhà trọ do trưởng thôn làm tổ trưởng. Đồng chí Nguyễn Thị Mai, ĐUV, Chủ tịch Hội LHPN xã Đông Phong, chia sẻ: Hội đã vận động 95% chủ trọ là hội viên không cho thuê phòng kết hợp kinh doanh hàng dễ cháy. Ông Trần Văn Khởi, Bí thư Chi bộ thôn Phú Mẫn, xã Đông Phong, đề nghị các doanh nghiệp phối hợp cung cấp danh sách công nhân thuê trọ để chính quyền nắm tình hình.
Đồng chí Hoàng Đức Tâm, Phó Chủ tịch LĐLĐ huyện, cho biết trong 6 tháng, trên địa bàn xảy ra 3 vụ tai nạn lao động tại các doanh nghiệp vệ tinh, không có người chết; công đoàn đã hướng dẫn 2 người lao động làm thủ tục hưởng chế độ theo Luật An toàn, vệ sinh lao động. Theo Kế hoạch số 137-KH/HU của Huyện ủy và Kế hoạch số 88/KH-UBND của UBND huyện, quý III sẽ kiểm tra ít nhất 40 doanh nghiệp có sử dụng hóa chất.
Kết luận hội nghị, đồng chí Ngô Thị Thanh Hương đề nghị 6 tháng cuối năm nhân rộng mô hình "Khu trọ an toàn - văn minh" ở tất cả các xã có khu công nghiệp; phát huy vai trò của 14 tổ công đoàn tự quản; các đồng chí Phó Trưởng Ban Dân vận Huyện ủy Lê Văn Quân, Nguyễn Thị Thu Hà theo dõi, đôn đốc từng địa bàn.
Hội nghị đã khen thưởng 8 tập thể, 15 cá nhân có thành tích trong 6 tháng đầu năm, mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng.
Thu Trang
Tin khác
- Hội thi "Công nhân với an toàn phòng cháy" (12/07/2023)
- Yên Phong đối thoại với công nhân Khu công nghiệp (30/06/2023)
- Trao 50 suất quà cho công nhân bị tai nạn lao động (10/06/2023)
""", "2023-07-21", "Yên Phong: Vận động hơn 4.000 công nhân nhà trọ chấp hành an toàn lao động, phòng cháy",
E("so_ket", "2023-H1", "2023-07-20"),
[P("Ngô Thị Thanh Hương", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Thị Mai", "ĐUV", "Chủ tịch Hội LHPN xã Đông Phong"),
 P("Trần Văn Khởi", "Bí thư Chi bộ thôn Phú Mẫn"),
 P("Hoàng Đức Tâm", "Phó Chủ tịch LĐLĐ huyện"),
 P("Lê Văn Quân", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("hơn 4.000 công nhân", 4000, "công nhân", "over"), Q("36 hội nghị tuyên truyền", 36, "hội nghị tuyên truyền"),
 Q("312 chủ nhà trọ", 312, "chủ nhà trọ"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("58 dãy trọ", 58, "dãy trọ"),
 Q("12 căn nhà trọ", 12, "căn nhà trọ"), Q("27 tổ an toàn nhà trọ", 27, "tổ an toàn nhà trọ"), Q("95%", 95, "%"),
 Q("3 vụ tai nạn lao động", 3, "vụ tai nạn lao động"), Q("2 người lao động", 2, "người lao động"),
 Q("ít nhất 40 doanh nghiệp", 40, "doanh nghiệp", "over"), Q("14 tổ công đoàn tự quản", 14, "tổ công đoàn tự quản"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết chuyên đề số 05-NQ/HU"),
 D("Kế hoạch", "137", "KH/HU", None, "Huyện ủy", "Kế hoạch số 137-KH/HU"),
 D("Kế hoạch", "88", "KH-UBND", None, "UBND huyện", "Kế hoạch số 88/KH-UBND")],
[prov("Bắc Ninh"), com("Đông Phong"), com("Yên Trung"), com("Long Châu")],
["Cổng thông tin điện tử huyện Yên Phong", "Trang chủ > Tin tức - Sự kiện > Hoạt động các đoàn thể", "Ảnh: Quang cảnh hội nghị.",
 "Mái ấm công nhân", "Khu trọ an toàn - văn minh", "Luật An toàn, vệ sinh lao động"],
["Hôm nay: Thứ Hai, 24/07/2023", "Thứ Sáu, 21/07/2023 | 10:30", "6 tháng đầu năm 2023", "6 tháng cuối năm", "quý III"]))

PAGES.append(page("b6379-kontum-daklong-doithoai-2023", """
Báo Kon Tum điện tử
Cập nhật: 09:42, 17/11/2023 (GMT+7)
Chính trị - Xã hội » Dân tộc - Miền núi
Ảnh: Lãnh đạo xã Đắk Long đối thoại với người lao động.
Đắk Long đối thoại với người lao động làm thuê tại các công trình thủy điện
KTO - Ngày 16/11, Đảng ủy, UBND xã Đắk Long (huyện Đắk Glei) tổ chức hội nghị đối thoại năm 2023 giữa người đứng đầu cấp ủy, chính quyền xã với người lao động đang làm thuê tại các công trình thủy điện, các trang trại trồng sâm trên địa bàn về an toàn lao động và quyền lợi của người lao động. Đồng chí A Dương, Bí thư Đảng ủy, Chủ tịch HĐND xã Đắk Long và đồng chí Y Nhuôi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì.
Tham dự có khoảng 90 người lao động là đồng bào Giẻ Triêng, Xơ Đăng ở 7 thôn; đại diện LĐLĐ huyện, Phòng Lao động - Thương binh và Xã hội huyện và 4 doanh nghiệp đang thi công trên địa bàn.
Tại hội nghị, anh A Khiêm ở thôn Đắk Ung phản ánh đã làm thuê cho một nhà thầu phụ gần 8 tháng nhưng không được ký hợp đồng, không được phát mũ, dây an toàn khi làm việc trên mái đập. Chị Y Lan, thôn Đắk Lây, đề nghị chủ trang trại trồng sâm có biện pháp bảo đảm an toàn cho lao động nữ khi đi đường rừng về đêm. Ông A Bình, người có uy tín thôn Đắk Ung, kiến nghị doanh nghiệp trả lương đúng hạn cho 23 lao động của thôn còn bị nợ tổng cộng khoảng 96 triệu đồng.
Ông Phạm Văn Lộc, Phó Giám đốc Công ty cổ phần Thủy điện Sông Pô Kô, tiếp thu và cam kết trong tháng 12 sẽ rà soát, ký hợp đồng cho 100% lao động đang làm việc; trang bị đầy đủ phương tiện bảo vệ cá nhân. Đại diện LĐLĐ huyện, bà Nguyễn Thị Thu Thảo, Phó Chủ tịch LĐLĐ huyện Đắk Glei, giải đáp các quy định của Luật An toàn, vệ sinh lao động và Nghị định số 88/2020/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật An toàn, vệ sinh lao động về bảo hiểm tai nạn lao động, bệnh nghề nghiệp bắt buộc.
Trong năm 2023, trên địa bàn xã xảy ra 2 vụ tai nạn lao động làm 1 người chết, 2 người bị thương. Thực hiện Kế hoạch số 12-KH/ĐU của Đảng ủy xã và Quyết định số 1088/QĐ-UBND của UBND huyện về hỗ trợ lao động dân tộc thiểu số tham gia thị trường lao động, xã đã vận động 146 lao động tham gia bảo hiểm xã hội tự nguyện, đạt 73% kế hoạch.
Kết thúc đối thoại, đồng chí A Dương đề nghị các doanh nghiệp thực hiện đúng cam kết; giao Ủy ban MTTQ xã giám sát việc trả nợ lương, báo cáo Đảng ủy trước ngày 31/12/2023. Đồng chí cũng đề nghị người lao động chủ động từ chối làm việc khi không được trang bị bảo hộ, kịp thời báo cho chính quyền thôn khi phát hiện vi phạm.
Hồ Mai
Các tin khác
- Đắk Glei: Tập huấn kỹ năng cho 60 lao động đi làm việc ngoài tỉnh (08/11/2023)
- Trao 45 suất quà cho hộ nghèo xã Đắk Long (25/10/2023)
- Kon Tum: 3 công nhân bị thương khi thi công thủy điện (12/10/2023)
""", "2023-11-17", "Đắk Long đối thoại với người lao động làm thuê tại các công trình thủy điện",
E("doi_thoai", "2023", "2023-11-16"),
[P("A Dương", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đắk Long"),
 P("Y Nhuôi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("A Khiêm"), P("Y Lan"),
 P("A Bình", "người có uy tín thôn Đắk Ung"),
 P("Phạm Văn Lộc", "Phó Giám đốc Công ty cổ phần Thủy điện Sông Pô Kô"),
 P("Nguyễn Thị Thu Thảo", "Phó Chủ tịch LĐLĐ huyện Đắk Glei")],
[Q("khoảng 90 người lao động", 90, "người lao động", "approx"), Q("7 thôn", 7, "thôn"), Q("4 doanh nghiệp", 4, "doanh nghiệp"),
 Q("23 lao động", 23, "lao động"), Q("khoảng 96 triệu đồng", 96000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("2 vụ tai nạn lao động", 2, "vụ tai nạn lao động"), Q("1 người", 1, "người"), Q("2 người", 2, "người"),
 Q("146 lao động", 146, "lao động"), Q("73%", 73, "%")],
[D("Nghị định", "88", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2020/NĐ-CP"),
 D("Kế hoạch", "12", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 12-KH/ĐU"),
 D("Quyết định", "1088", "QĐ-UBND", None, "UBND huyện", "Quyết định số 1088/QĐ-UBND")],
[prov("Kon Tum"), com("Đắk Long")],
["Báo Kon Tum điện tử", "Chính trị - Xã hội » Dân tộc - Miền núi", "Ảnh: Lãnh đạo xã Đắk Long đối thoại với người lao động.", "KTO",
 "Luật An toàn, vệ sinh lao động"],
["Cập nhật: 09:42, 17/11/2023 (GMT+7)", "năm 2023", "gần 8 tháng", "tháng 12", "31/12/2023"]))

PAGES.append(page("b6380-binhthuan-mttq-phanbien-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH THUẬN
Thứ Năm, 25/04/2024
Trang chủ / Giám sát - Phản biện xã hội
Góp ý bảo đảm an toàn lao động cho ngư dân và lao động nghề muối
Ngày 24/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Thuận tổ chức hội nghị phản biện xã hội năm 2024 đối với dự thảo Kế hoạch thực hiện Chương trình an toàn, vệ sinh lao động trong lĩnh vực khai thác thủy sản và sản xuất muối giai đoạn 2024 - 2025 do Sở Lao động - Thương binh và Xã hội soạn thảo. Đồng chí Bố Thị Xuân Linh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Đại biểu phát biểu góp ý tại hội nghị.
Dự thảo nêu rõ toàn tỉnh hiện có khoảng 8.100 tàu cá với trên 35.000 lao động; năm 2023 xảy ra 14 vụ tai nạn trên biển làm 11 ngư dân chết và mất tích. Mục tiêu đến năm 2025 có ít nhất 90% chủ tàu được tập huấn an toàn, 100% tàu từ 15 m trở lên trang bị đủ phao cứu sinh; hỗ trợ mỗi tàu tối đa 5 triệu đồng để mua thiết bị cứu sinh, tổng kinh phí dự kiến 4,6 tỷ đồng.
Hội nghị nhận được 17 ý kiến góp ý. Ông Quảng Văn Hồng, Phó Trưởng Ban Dân tộc tỉnh, đề nghị bổ sung nhóm lao động người Chăm, Raglai làm thuê trên các tàu lưới kéo và các đồng muối ở huyện Tuy Phong vào đối tượng được hỗ trợ. Bà Bá Thị Kim Liên, Chủ tịch Hội LHPN xã Phước Thể, cho biết nhiều phụ nữ làm muối bị bỏng da, đau mắt do làm việc lâu dưới nắng, kiến nghị tổ chức khám sàng lọc bệnh nghề nghiệp. Ông Trần Văn Thông, Chủ tịch Nghiệp đoàn nghề cá phường Phú Hài, cho rằng mức hỗ trợ 5 triệu đồng là thấp so với giá một bè cứu sinh.
Các luật gia trong Hội Luật gia tỉnh góp ý dự thảo cần dẫn chiếu đúng Luật Thủy sản, Nghị định số 37/2024/NĐ-CP của Chính phủ và Quyết định số 11/2024/QĐ-UBND của UBND tỉnh; đồng thời làm rõ cơ chế phối hợp giữa Sở với Bộ đội Biên phòng tỉnh trong việc kiểm tra tàu trước khi xuất bến.
Kết luận hội nghị, đồng chí Bố Thị Xuân Linh cho biết Ban Thường trực sẽ tổng hợp đầy đủ các ý kiến, gửi văn bản phản biện tới UBND tỉnh theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội. Đồng chí đề nghị cơ quan soạn thảo tiếp thu, bổ sung những nhóm lao động dễ bị tổn thương và có cơ chế để các nghiệp đoàn nghề cá tham gia giám sát thực hiện.
Theo kế hoạch, sau hội nghị, Ủy ban MTTQ tỉnh sẽ phối hợp với LĐLĐ tỉnh khảo sát thực tế tại 6 nghiệp đoàn nghề cá và 2 hợp tác xã muối trước khi hoàn thiện văn bản phản biện.
Minh Tâm
Tin liên quan
- Tuy Phong: Hỗ trợ 26 gia đình ngư dân gặp nạn trên biển (10/04/2024)
- Giám sát thực hiện chính sách bảo hiểm y tế cho ngư dân (28/03/2024)
- Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ nhà ở (15/03/2024)
""", "2024-04-25", "Góp ý bảo đảm an toàn lao động cho ngư dân và lao động nghề muối",
E("hoi_nghi", "2024", "2024-04-24"),
[P("Bố Thị Xuân Linh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quảng Văn Hồng", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Bá Thị Kim Liên", "Chủ tịch Hội LHPN xã Phước Thể"),
 P("Trần Văn Thông", "Chủ tịch Nghiệp đoàn nghề cá phường Phú Hài")],
[Q("khoảng 8.100 tàu cá", 8100, "tàu cá", "approx"), Q("trên 35.000 lao động", 35000, "lao động", "over"),
 Q("14 vụ tai nạn trên biển", 14, "vụ tai nạn trên biển"), Q("11 ngư dân", 11, "ngư dân"), Q("ít nhất 90%", 90, "%", "over"),
 Q("100%", 100, "%"), Q("tối đa 5 triệu đồng", 5000000, "đồng"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("17 ý kiến", 17, "ý kiến"),
 Q("6 nghiệp đoàn nghề cá", 6, "nghiệp đoàn nghề cá"), Q("2 hợp tác xã muối", 2, "hợp tác xã muối")],
[D("Nghị định", "37", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 37/2024/NĐ-CP"),
 D("Quyết định", "11", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 11/2024/QĐ-UBND"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bình Thuận"), com("Phước Thể"), com("Phú Hài")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH THUẬN", "Trang chủ / Giám sát - Phản biện xã hội", "Đại biểu phát biểu góp ý tại hội nghị.",
 "Luật Thủy sản", "Hội Luật gia tỉnh"],
["Thứ Năm, 25/04/2024", "năm 2024", "giai đoạn 2024 - 2025", "năm 2023", "năm 2025", "15 m"]))

PAGES.append(page("b6381-hanoi-yennghia-giamsat-2024", """
Hà Nội mới điện tử
Thứ Tư, 16/10/2024, 11:20 (GMT+7)
Thời sự » Mặt trận - Đoàn thể
MTTQ phường Yên Nghĩa giám sát an toàn lao động tại công trình xây dựng
Ngày 15/10, Ban Thường trực Ủy ban MTTQ Việt Nam phường Yên Nghĩa (quận Hà Đông, TP Hà Nội) tổ chức giám sát việc bảo đảm an toàn lao động, vệ sinh môi trường tại 5 công trình xây dựng trên địa bàn, theo chương trình giám sát năm 2024. Đoàn do bà Đỗ Thị Thu Hương, Chủ tịch Ủy ban MTTQ Việt Nam phường làm trưởng đoàn; thành viên gồm đại diện Ban Thanh tra nhân dân, các tổ dân phố và 3 chuyên gia của Hội Xây dựng quận.
Đoàn giám sát kiểm tra giàn giáo tại công trình nhà ở thấp tầng khu đô thị Đồng Mai.
Qua giám sát, 5 công trình đều có biển báo, nội quy công trường; 4 công trình đã mua bảo hiểm tai nạn cho người lao động. Tuy nhiên, đoàn phát hiện 2 công trình để công nhân làm việc trên cao không đeo dây an toàn, 1 công trình để vật liệu lấn chiếm vỉa hè. Tổng số công nhân làm việc tại các công trình khoảng 320 người, trong đó chỉ 68% được huấn luyện an toàn theo quy định.
Ông Nguyễn Quang Trường, chỉ huy trưởng công trường Công ty cổ phần Đầu tư Xây dựng Hà Tây Mới, cho biết đơn vị đã chi hơn 700 triệu đồng cho lưới chắn, giàn giáo, nhưng lực lượng thợ thời vụ thay đổi liên tục nên khó quản lý. Ông Lê Văn Tuyến, Tổ trưởng tổ dân phố 7, phản ánh 2 vụ rơi vật liệu xuống nhà dân trong tháng 8, đề nghị chủ đầu tư bồi thường.
Theo bà Đỗ Thị Thu Hương, việc giám sát thực hiện theo Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam phường và Chỉ thị số 09-CT/QU của Ban Thường vụ Quận ủy Hà Đông về tăng cường công tác bảo đảm trật tự xây dựng, an toàn lao động. Trước đó, UBND phường đã ban hành Quyết định số 203/QĐ-UBND thành lập tổ kiểm tra liên ngành gồm 9 thành viên.
Kết thúc giám sát, đoàn kiến nghị chủ đầu tư khắc phục ngay các tồn tại, hoàn thành huấn luyện cho 100% công nhân trước ngày 15/11/2024; đề nghị UBND phường xử lý nghiêm các trường hợp vi phạm. Ông Trịnh Văn Sinh, Phó Chủ tịch UBND phường Yên Nghĩa, tiếp thu và cho biết phường sẽ tái kiểm tra trong tháng 11.
Dịp này, Ủy ban MTTQ phường phối hợp với Công đoàn cơ sở phường trao 20 mũ bảo hộ, 20 bộ quần áo bảo hộ cho các tổ thợ tự do đang làm việc tại khu dân cư, tổng trị giá khoảng 9 triệu đồng. Bà Hương cho biết sau đợt giám sát, Mặt trận phường sẽ đưa nội dung an toàn lao động vào hội nghị đại biểu nhân dân ở 11 tổ dân phố trong quý IV.
Hà Phương
Tin khác
- Hà Đông: 1 công nhân tử vong do rơi từ tầng 9 (02/10/2024)
- Mặt trận quận Hà Đông giám sát bữa ăn bán trú (20/09/2024)
- Ra mắt mô hình "Tổ dân phố không có công trình vi phạm" (05/09/2024)
""", "2024-10-16", "MTTQ phường Yên Nghĩa giám sát an toàn lao động tại công trình xây dựng",
E("giam_sat", "2024", "2024-10-15"),
[P("Đỗ Thị Thu Hương", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Nguyễn Quang Trường", "chỉ huy trưởng công trường Công ty cổ phần Đầu tư Xây dựng Hà Tây Mới"),
 P("Lê Văn Tuyến", "Tổ trưởng tổ dân phố 7"),
 P("Trịnh Văn Sinh", "Phó Chủ tịch UBND phường Yên Nghĩa")],
[Q("5 công trình xây dựng", 5, "công trình xây dựng"), Q("3 chuyên gia", 3, "chuyên gia"), Q("4 công trình", 4, "công trình"),
 Q("2 công trình", 2, "công trình"), Q("1 công trình", 1, "công trình"), Q("khoảng 320 người", 320, "người", "approx"),
 Q("68%", 68, "%"), Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("2 vụ rơi vật liệu", 2, "vụ rơi vật liệu"),
 Q("9 thành viên", 9, "thành viên"), Q("100%", 100, "%"), Q("20 mũ bảo hộ", 20, "mũ bảo hộ"),
 Q("20 bộ quần áo bảo hộ", 20, "bộ quần áo bảo hộ"), Q("khoảng 9 triệu đồng", 9000000, "đồng", "approx"), Q("11 tổ dân phố", 11, "tổ dân phố")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 18/KH-MTTQ-BTT"),
 D("Chỉ thị", "09", "CT/QU", None, "Ban Thường vụ Quận ủy Hà Đông", "Chỉ thị số 09-CT/QU"),
 D("Quyết định", "203", "QĐ-UBND", None, "UBND phường", "Quyết định số 203/QĐ-UBND")],
[prov("Hà Nội"), com("Yên Nghĩa")],
["Hà Nội mới điện tử", "Thời sự » Mặt trận - Đoàn thể", "Đoàn giám sát kiểm tra giàn giáo tại công trình nhà ở thấp tầng khu đô thị Đồng Mai.",
 "Hội Xây dựng quận"],
["Thứ Tư, 16/10/2024, 11:20 (GMT+7)", "năm 2024", "tổ dân phố 7", "tháng 8", "15/11/2024", "tháng 11", "quý IV"]))

PAGES.append(page("b6382-cantho-cdxd-traoqua-2024", """
BÁO CẦN THƠ ONLINE
Thứ Hai, 11/11/2024
Xã hội » Công đoàn
Tặng 80 phần quà cho công nhân xây dựng bị tai nạn lao động
Đồng chí Thạch Thị Phi (thứ hai từ trái) trao quà cho công nhân.
(CT) - Ngày 10/11, Công đoàn ngành Xây dựng TP Cần Thơ phối hợp với Ban Dân vận Thành ủy tổ chức thăm, tặng 80 phần quà cho công nhân xây dựng bị tai nạn lao động, bệnh nghề nghiệp và công nhân có hoàn cảnh khó khăn. Đến dự có đồng chí Thạch Thị Phi, Thành ủy viên, Phó Trưởng Ban Dân vận Thành ủy; đồng chí Lâm Văn Sóc, Phó Chủ tịch LĐLĐ thành phố.
Mỗi phần quà trị giá 1,5 triệu đồng gồm tiền mặt và nhu yếu phẩm, tổng trị giá 120 triệu đồng do các doanh nghiệp xây dựng, Quỹ "Vì đoàn viên công đoàn" và nhà hảo tâm đóng góp. Trong số công nhân nhận quà có 26 người đang điều trị di chứng tai nạn lao động, 9 người mắc bệnh bụi phổi silic.
Theo bà Võ Thị Kim Xuyến, Chủ tịch Công đoàn ngành Xây dựng thành phố, 10 tháng năm 2024 toàn ngành xảy ra 6 vụ tai nạn lao động làm 4 người chết, chủ yếu do ngã từ trên cao và điện giật tại công trình nhà ở. Công đoàn ngành đã phối hợp huấn luyện an toàn cho hơn 2.300 công nhân, cấp 1.500 thẻ an toàn lao động; vận động 42 doanh nghiệp thành viên tham gia ký Thỏa thuận hợp tác về an toàn lao động. Hoạt động này thực hiện Kế hoạch số 56/KH-CĐXD của Ban Thường vụ Công đoàn ngành và Kế hoạch số 112-KH/TU của Ban Thường vụ Thành ủy về thực hiện Chỉ thị số 29-CT/TW của Ban Bí thư.
Tại buổi trao quà ở phường An Khánh, anh Danh Minh Hoàng, công nhân Công ty TNHH Xây dựng Tây Đô, bị gãy chân khi thi công cầu hồi tháng 6, xúc động cho biết công ty đã chi trả đủ chi phí điều trị gần 40 triệu đồng và trợ cấp theo quy định. Đồng chí Lâm Văn Sóc thông tin thêm, LĐLĐ thành phố sẽ hỗ trợ 3 trường hợp khó khăn nhất mỗi trường hợp 10 triệu đồng từ Quỹ Xã hội.
Đồng chí Thạch Thị Phi đề nghị các cấp công đoàn tiếp tục vận động doanh nghiệp thực hiện đầy đủ chính sách; phát huy vai trò các an toàn vệ sinh viên; đồng thời quan tâm công nhân là đồng bào Khmer ở xã Thới Hưng và các xã ngoại thành đi làm thuê tại các công trình.
Dịp này, Ban Dân vận Thành ủy trao tặng 20 chiếc xe đạp cho con công nhân bị tai nạn lao động đang học tiểu học, trung học cơ sở.
Trước đó, ngày 8/11, Công đoàn ngành cũng đã tổ chức hội thi "An toàn vệ sinh viên giỏi" năm 2024 với 18 đội tham gia.
Ngọc Thảo
Tin liên quan
- Ninh Kiều: Công nhân tử vong khi thi công nhà 5 tầng (25/10/2024)
- Tặng 300 suất quà cho đoàn viên có hoàn cảnh khó khăn (12/10/2024)
- Tập huấn an toàn điện cho công nhân (20/09/2024)
""", "2024-11-11", "Tặng 80 phần quà cho công nhân xây dựng bị tai nạn lao động",
E("trao_qua", None, "2024-11-10"),
[P("Thạch Thị Phi", "Thành ủy viên", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lâm Văn Sóc", "Phó Chủ tịch LĐLĐ thành phố"),
 P("Võ Thị Kim Xuyến", "Chủ tịch Công đoàn ngành Xây dựng thành phố"),
 P("Danh Minh Hoàng", "công nhân Công ty TNHH Xây dựng Tây Đô")],
[Q("80 phần quà", 80, "phần quà"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("26 người", 26, "người"), Q("9 người", 9, "người"), Q("6 vụ tai nạn lao động", 6, "vụ tai nạn lao động"), Q("4 người", 4, "người"),
 Q("hơn 2.300 công nhân", 2300, "công nhân", "over"), Q("1.500 thẻ an toàn lao động", 1500, "thẻ an toàn lao động"),
 Q("42 doanh nghiệp thành viên", 42, "doanh nghiệp thành viên"), Q("gần 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("3 trường hợp", 3, "trường hợp"), Q("10 triệu đồng", 10000000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp"), Q("18 đội", 18, "đội")],
[D("Kế hoạch", "56", "KH-CĐXD", None, "Ban Thường vụ Công đoàn ngành", "Kế hoạch số 56/KH-CĐXD"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 112-KH/TU"),
 D("Chỉ thị", "29", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 29-CT/TW")],
[prov("Cần Thơ"), com("An Khánh"), com("Thới Hưng")],
["BÁO CẦN THƠ ONLINE", "Xã hội » Công đoàn", "Đồng chí Thạch Thị Phi (thứ hai từ trái) trao quà cho công nhân.", "(CT)",
 "Vì đoàn viên công đoàn", "An toàn vệ sinh viên giỏi", "Quỹ Xã hội"],
["Thứ Hai, 11/11/2024", "10 tháng năm 2024", "tháng 6", "ngày 8/11", "năm 2024"]))
