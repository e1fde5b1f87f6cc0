from lib import *
PAGES = []

PAGES.append(page("b5609-thanhhoa-bchqs-giaoban-2024", """
Hôm nay: Thứ Hai, 07/10/2024
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Quốc phòng - An ninh :: Lực lượng vũ trang
Thứ Năm, 03/10/2024 - 15:30
Toàn cảnh hội nghị giao ban.
Đẩy mạnh công tác dân vận giúp đồng bào vùng lũ Mường Lát
Ngày 1/10, Phòng Chính trị Bộ CHQS tỉnh Thanh Hóa tổ chức giao ban công tác dân vận tháng 9/2024 với 27 điểm cầu Ban CHQS các huyện, thị xã, thành phố. Đại tá Lê Văn Chiến, Phó Chính ủy Bộ CHQS tỉnh chủ trì; dự có đồng chí Cầm Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy.
Trong tháng 9, thực hiện Công văn số 2315/BCH-CT của Bộ CHQS tỉnh về khắc phục hậu quả bão số 3, lực lượng vũ trang tỉnh đã huy động 3.620 lượt cán bộ, chiến sĩ, dân quân tự vệ và 58 lượt phương tiện giúp dân các huyện miền núi; sơ tán 412 hộ với 1.530 nhân khẩu khỏi vùng sạt lở; dọn 26.000 m3 đất đá, khôi phục 14 km đường giao thông. Quân y tổ chức 7 đợt khám bệnh, cấp thuốc cho 1.180 lượt người, phun khử khuẩn 9 bản.
Tại xã Trung Lý, huyện Mường Lát, Ban CHQS huyện phối hợp Đồn Biên phòng Trung Lý dựng tạm 35 căn nhà cho các hộ bị mất nhà, trao 500 suất quà, mỗi suất 1 triệu đồng. Thiếu tá Lò Văn Phiến, Chính trị viên Ban CHQS huyện Mường Lát, cho biết còn khoảng 60 hộ người Mông ở bản Pù Toong cần di dời khẩn cấp.
Trung tá Hà Văn Thành, Chính trị viên Ban CHQS huyện Quan Sơn, và Trung tá Phạm Bá Dũng, Chính trị viên Ban CHQS huyện Quan Hóa, báo cáo kết quả vận động nhân dân hiến 6.200 m2 đất làm khu tái định cư; ông Vi Văn Lường, Chủ tịch UBND xã Trung Lý, đề nghị bộ đội tiếp tục hỗ trợ làm 3 cầu tạm qua suối.
Theo báo cáo, 9 tháng năm 2024 lực lượng vũ trang tỉnh đã xây dựng 56 mô hình "Dân vận khéo", đạt 112% kế hoạch; thực hiện Kế hoạch 145, 146-KH/ĐU của Đảng ủy Quân sự tỉnh về công tác dân vận vùng biên giới và vùng đồng bào có đạo.
Kết luận, Đại tá Lê Văn Chiến yêu cầu tháng 10 các đơn vị tập trung giúp dân ổn định đời sống sau lũ, thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 10-CT/TU ngày 8/8/2022 của Ban Thường vụ Tỉnh ủy; chuẩn bị giao ban quý IV và tổng kết năm.
Dịp này, Bộ CHQS tỉnh khen thưởng 6 tập thể, 18 cá nhân có thành tích đột xuất trong khắc phục hậu quả bão lũ.
Đồng chí Cầm Thị Hoa đề nghị Ban CHQS các huyện phối hợp với Ủy ban MTTQ cùng cấp rà soát, ưu tiên hỗ trợ các hộ nghèo, hộ có người khuyết tật, không để người dân nào thiếu ăn, thiếu chỗ ở trong mùa mưa lũ.
Lê Hà
Tin khác
- Mường Lát: Bộ đội giúp dân dựng lại nhà sau lũ (28/09/2024)
- Thanh Hóa: 3.000 chiến sĩ giúp dân khắc phục hậu quả bão số 3 (15/09/2024)
- Khám bệnh miễn phí cho đồng bào xã Pù Nhi (02/09/2024)
""", "2024-10-03", "Đẩy mạnh công tác dân vận giúp đồng bào vùng lũ Mường Lát",
E("giao_ban", "2024-09", "2024-10-01"),
[P("Lê Văn Chiến", "Đại tá", "Phó Chính ủy Bộ CHQS tỉnh"),
 P("Cầm Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Phiến", "Thiếu tá", "Chính trị viên Ban CHQS huyện Mường Lát"),
 P("Hà Văn Thành", "Trung tá", "Chính trị viên Ban CHQS huyện Quan Sơn"),
 P("Phạm Bá Dũng", "Trung tá", "Chính trị viên Ban CHQS huyện Quan Hóa"),
 P("Vi Văn Lường", "Chủ tịch UBND xã Trung Lý")],
[Q("27 điểm cầu", 27, "điểm cầu"), Q("3.620 lượt cán bộ, chiến sĩ, dân quân tự vệ", 3620, "lượt cán bộ, chiến sĩ, dân quân tự vệ"),
 Q("58 lượt phương tiện", 58, "lượt phương tiện"), Q("412 hộ", 412, "hộ"), Q("1.530 nhân khẩu", 1530, "nhân khẩu"),
 Q("26.000 m3", 26000, "m3"), Q("14 km", 14, "km"), Q("7 đợt khám bệnh", 7, "đợt khám bệnh"), Q("1.180 lượt người", 1180, "lượt người"),
 Q("9 bản", 9, "bản"), Q("35 căn nhà", 35, "căn nhà"), Q("500 suất quà", 500, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("khoảng 60 hộ", 60, "hộ", "approx"), Q("6.200 m2", 6200, "m2"), Q("3 cầu tạm", 3, "cầu tạm"), Q("56 mô hình", 56, "mô hình"),
 Q("112%", 112, "%"), Q("6 tập thể", 6, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Công văn", "2315", "BCH-CT", None, "Bộ CHQS tỉnh", "Công văn số 2315/BCH-CT"),
 D("Kế hoạch", "145", "KH/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch 145, 146-KH/ĐU"),
 D("Kế hoạch", "146", "KH/ĐU", None, "Đảng ủy Quân sự tỉnh", "Kế hoạch 145, 146-KH/ĐU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "10", "CT/TU", "2022-08-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU ngày 8/8/2022")],
[prov("Thanh Hóa"), com("Trung Lý")],
["Hôm nay: Thứ Hai, 07/10/2024", "BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA",
 "Quốc phòng - An ninh :: Lực lượng vũ trang", "Toàn cảnh hội nghị giao ban.", "Dân vận khéo", "Pù Toong", "Mường Lát"],
["Hôm nay: Thứ Hai, 07/10/2024", "Thứ Năm, 03/10/2024 - 15:30", "tháng 9/2024", "bão số 3", "9 tháng năm 2024", "tháng 10", "quý IV"]))

PAGES.append(page("b5610-angiang-bchqs-baocao-2023", """
AN GIANG ONLINE
Trang chủ - Quốc phòng - Dân vận
29-11-2023 09:40
Bộ CHQS tỉnh báo cáo kết quả công tác dân vận với Đoàn công tác Quân khu 9
Đoàn công tác Quân khu 9 làm việc với Bộ CHQS tỉnh An Giang.
Ngày 27/11, Đoàn công tác của Cục Chính trị Quân khu 9 do Đại tá Nguyễn Thanh Phong, Phó Chủ nhiệm Chính trị Quân khu làm Trưởng đoàn đã làm việc, nghe Bộ CHQS tỉnh An Giang báo cáo kết quả công tác dân vận năm 2023.
Tiếp và làm việc với đoàn có Đại tá Chau Sóc Thanh, Ủy viên Ban Thường vụ Tỉnh ủy, Chính ủy Bộ CHQS tỉnh; đồng chí Néang Sa Vy, Phó Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Chỉ đạo công tác dân tộc, tôn giáo của tỉnh.
Báo cáo do Thượng tá Đỗ Hoàng Nam, Chủ nhiệm Chính trị Bộ CHQS tỉnh trình bày cho biết: năm 2023, Đảng ủy Quân sự tỉnh đã ban hành Nghị quyết số 86-NQ/ĐU về lãnh đạo công tác dân vận và Kế hoạch số 3120/KH-BCH triển khai Chỉ thị số 125/CT-BQP của Bộ trưởng Bộ Quốc phòng về phong trào thi đua "Dân vận khéo". Lực lượng vũ trang tỉnh phối hợp với 38 xã, thị trấn biên giới và vùng đồng bào Khmer, Chăm tổ chức 46 đợt làm công tác dân vận; giúp dân trên 12.500 ngày công, xây dựng 86 "Nhà đồng đội", "Nhà đại đoàn kết", mỗi căn từ 50 đến 70 triệu đồng.
Các đơn vị phối hợp Bệnh viện Quân y 121 khám, cấp thuốc miễn phí cho hơn 9.800 lượt người, trị giá khoảng 1,2 tỷ đồng; phẫu thuật mắt cho 74 bệnh nhân nghèo. Lực lượng vũ trang tỉnh đã giúp 112 hộ thoát nghèo, hỗ trợ 35 con bò giống cho các hộ nghèo đồng bào Khmer ở huyện Tri Tôn, Tịnh Biên.
Ông Haji Mohamad Sa Ly, Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh, đánh giá cao việc bộ đội thăm hỏi 14 thánh đường Hồi giáo trong tháng Ramadan. Đại đức Chau Ty, Phó Trưởng ban Trị sự Phật giáo tỉnh, cho biết các chùa Khmer đã phối hợp tổ chức 23 buổi tuyên truyền pháp luật cho sư sãi, phật tử.
Tuy vậy, báo cáo cũng chỉ ra có 3 vụ việc tranh chấp đất quốc phòng với 19 hộ dân chưa được giải quyết; khoảng 8% cán bộ dân vận cấp huyện chưa qua bồi dưỡng nghiệp vụ.
Đại tá Nguyễn Thanh Phong ghi nhận kết quả và đề nghị Bộ CHQS tỉnh tiếp tục thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương, Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa IX về công tác dân tộc; sớm giải quyết dứt điểm các vụ việc tranh chấp đất, không để phát sinh điểm nóng.
Cũng trong chuyến công tác, đoàn đã làm việc tại xã Vĩnh Trung và Đồn Biên phòng Vĩnh Gia.
Thanh Tâm
Tin liên quan
- Tri Tôn: Trao 10 căn "Nhà đồng đội" (15/11/2023)
- Bộ CHQS tỉnh thăm, tặng quà các chùa Khmer dịp lễ Sene Dolta (10/10/2023)
- Khám bệnh cấp thuốc miễn phí tại xã Ô Lâm (22/09/2023)
""", "2023-11-29", "Bộ CHQS tỉnh báo cáo kết quả công tác dân vận với Đoàn công tác Quân khu 9",
E("bao_cao", "2023", "2023-11-27"),
[P("Nguyễn Thanh Phong", "Đại tá", "Phó Chủ nhiệm Chính trị Quân khu", "Trưởng đoàn"),
 P("Chau Sóc Thanh", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Néang Sa Vy", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo công tác dân tộc, tôn giáo của tỉnh"),
 P("Đỗ Hoàng Nam", "Thượng tá", "Chủ nhiệm Chính trị Bộ CHQS tỉnh"),
 P("Haji Mohamad Sa Ly", "Trưởng Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Chau Ty", "Đại đức", "Phó Trưởng ban Trị sự Phật giáo tỉnh")],
[Q("38 xã, thị trấn biên giới", 38, "xã, thị trấn biên giới"), Q("46 đợt", 46, "đợt"), Q("trên 12.500 ngày công", 12500, "ngày công", "over"),
 Q("86 \"Nhà đồng đội\"", 86, "\"Nhà đồng đội\", \"Nhà đại đoàn kết\""), Q("50 đến 70 triệu đồng", 50000000, "đồng"), Q("70 triệu đồng", 70000000, "đồng"),
 Q("hơn 9.800 lượt người", 9800, "lượt người", "over"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("74 bệnh nhân nghèo", 74, "bệnh nhân nghèo"), Q("112 hộ", 112, "hộ"), Q("35 con bò giống", 35, "con bò giống"),
 Q("14 thánh đường Hồi giáo", 14, "thánh đường Hồi giáo"), Q("23 buổi tuyên truyền pháp luật", 23, "buổi tuyên truyền pháp luật"),
 Q("3 vụ việc tranh chấp đất quốc phòng", 3, "vụ việc tranh chấp đất quốc phòng"), Q("19 hộ dân", 19, "hộ dân"),
 Q("khoảng 8%", 8, "%", "approx")],
[D("Nghị quyết", "86", "NQ/ĐU", None, "Đảng ủy Quân sự tỉnh", "Nghị quyết số 86-NQ/ĐU"),
 D("Kế hoạch", "3120", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch số 3120/KH-BCH"),
 D("Chỉ thị", "125", "CT-BQP", None, "Bộ trưởng Bộ Quốc phòng", "Chỉ thị số 125/CT-BQP"),
 D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019")],
[prov("An Giang"), com("Vĩnh Trung")],
["AN GIANG ONLINE", "Trang chủ - Quốc phòng - Dân vận", "Đoàn công tác Quân khu 9 làm việc với Bộ CHQS tỉnh An Giang.",
 "Dân vận khéo", "Nhà đồng đội", "Nhà đại đoàn kết", "Bệnh viện Quân y 121", "Nghị quyết Trung ương 7 khóa IX",
 "Đồn Biên phòng Vĩnh Gia", "Tri Tôn"],
["29-11-2023 09:40", "năm 2023", "Nghị quyết Trung ương 7", "khóa IX", "Quân khu 9"]))

PAGES.append(page("b5611-laocai-yty-taphuan-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT
Trang chủ > Tin tức - Sự kiện > Tin xã, thị trấn
Cập nhật: 08:30, 16/05/2023 (GMT+7)
Xã Y Tý tập huấn công tác dân vận cho dân quân và cán bộ thôn năm 2023
Học viên thảo luận nhóm tại lớp tập huấn.
Ngày 15/5/2023, Đảng ủy xã Y Tý (tỉnh Lào Cai) phối hợp với Ban CHQS huyện Bát Xát và Đồn Biên phòng Y Tý tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2023 cho 78 học viên là dân quân thường trực, trưởng thôn, bí thư chi bộ và chi hội trưởng các đoàn thể của 8 thôn.
Lớp tập huấn thực hiện Kế hoạch số 35-KH/ĐU ngày 3/4/2023 của Đảng ủy xã và Hướng dẫn số 12-HD/BDVHU của Ban Dân vận Huyện ủy Bát Xát. Khai mạc lớp học, đồng chí Sần Chà Chơ, Bí thư Đảng ủy xã Y Tý, nhấn mạnh xã có 1.162 hộ với hơn 6.300 nhân khẩu, 99% là đồng bào Hà Nhì, Mông, Dao; tỷ lệ hộ nghèo còn 38,6%; trên địa bàn còn 2 điểm nhóm người theo tà đạo với khoảng 40 hộ.
Trung tá Phàn Văn Sinh, Chính trị viên Ban CHQS huyện Bát Xát, giới thiệu chuyên đề về vai trò của dân quân trong công tác dân vận và mô hình "Dân quân 3 bám, 4 cùng" theo Chỉ thị số 09-CT/ĐU của Đảng ủy Quân sự tỉnh. Thiếu tá Hoàng Văn Dùng, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Y Tý, hướng dẫn kỹ năng nắm tình hình, tuyên truyền pháp luật về biên giới bằng tiếng Hà Nhì.
Các đồng chí Phó Chủ tịch UBND xã Y Tý: Lý Gạ Ngói, Chảo Láo Tả thông tin về các chính sách hỗ trợ theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; mỗi hộ nghèo thiếu đất sản xuất được hỗ trợ tối đa 22,5 triệu đồng để chuyển đổi nghề.
Theo báo cáo, năm 2022 dân quân xã đã giúp dân 1.850 ngày công, làm 4 km đường nội thôn, tham gia vận động 26 hộ bỏ tục ma chay kéo dài; Đồn Biên phòng Y Tý đỡ đầu 12 "Con nuôi đồn Biên phòng" và duy trì 3 lớp xóa mù chữ với 54 học viên.
Bà Ly Mé Chừ, Chi hội trưởng Chi hội Phụ nữ thôn Lao Chải, chia sẻ: "Học xong, tôi biết cách nói để chị em hiểu, không nghe kẻ xấu xúi giục". Kết thúc lớp học, 100% học viên đạt yêu cầu, 15 học viên đạt loại giỏi.
Đồng chí Sần Chà Chơ đề nghị các học viên về thôn triển khai ngay, gắn với thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về xây dựng "Thôn bản bình yên" và chuẩn bị tổ chức đối thoại với nhân dân trong quý III.
Văn phòng Đảng ủy xã
Lượt xem: 412
Tin liên quan
- Y Tý ra quân làm đường giao thông nông thôn (05/05/2023)
- Đồn Biên phòng Y Tý khám bệnh cho đồng bào Hà Nhì (20/04/2023)
- Huyện Bát Xát sơ kết quý I công tác dân vận (10/04/2023)
""", "2023-05-16", "Xã Y Tý tập huấn công tác dân vận cho dân quân và cán bộ thôn năm 2023",
E("tap_huan", "2023", "2023-05-15"),
[P("Sần Chà Chơ", "Bí thư Đảng ủy xã Y Tý"),
 P("Phàn Văn Sinh", "Trung tá", "Chính trị viên Ban CHQS huyện Bát Xát"),
 P("Hoàng Văn Dùng", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Y Tý"),
 P("Lý Gạ Ngói", "Phó Chủ tịch UBND xã Y Tý"),
 P("Chảo Láo Tả", "Phó Chủ tịch UBND xã Y Tý"),
 P("Ly Mé Chừ", "Chi hội trưởng Chi hội Phụ nữ thôn Lao Chải")],
[Q("78 học viên", 78, "học viên"), Q("8 thôn", 8, "thôn"), Q("1.162 hộ", 1162, "hộ"), Q("hơn 6.300 nhân khẩu", 6300, "nhân khẩu", "over"),
 Q("99%", 99, "%"), Q("38,6%", 38.6, "%"), Q("2 điểm nhóm người", 2, "điểm nhóm người"), Q("khoảng 40 hộ", 40, "hộ", "approx"),
 Q("tối đa 22,5 triệu đồng", 22500000, "đồng"), Q("1.850 ngày công", 1850, "ngày công"), Q("4 km", 4, "km"), Q("26 hộ", 26, "hộ"),
 Q("12 \"Con nuôi đồn Biên phòng\"", 12, "Con nuôi đồn Biên phòng"), Q("3 lớp xóa mù chữ", 3, "lớp xóa mù chữ"),
 Q("54 học viên", 54, "học viên"), Q("100%", 100, "%"), Q("15 học viên", 15, "học viên")],
[D("Kế hoạch", "35", "KH/ĐU", "2023-04-03", "Đảng ủy xã", "Kế hoạch số 35-KH/ĐU ngày 3/4/2023"),
 D("Hướng dẫn", "12", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Bát Xát", "Hướng dẫn số 12-HD/BDVHU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị số 09-CT/ĐU"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU")],
[prov("Lào Cai"), com("Y Tý")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÁT XÁT", "Trang chủ > Tin tức - Sự kiện > Tin xã, thị trấn", "Học viên thảo luận nhóm tại lớp tập huấn.",
 "Dân quân 3 bám, 4 cùng", "Con nuôi đồn Biên phòng", "Thôn bản bình yên", "Lượt xem: 412", "Lao Chải"],
["Cập nhật: 08:30, 16/05/2023 (GMT+7)", "năm 2023", "năm 2022", "3 bám, 4 cùng", "quý III", "Lượt xem: 412"]))

PAGES.append(page("b5612-quangnam-ccb-daihoi-2022", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ TAM THANH
Vị trí: Trang chủ » Mặt trận - Đoàn thể
Thứ Bảy, 12/03/2022 - 07:30
Đại hội Hội Cựu chiến binh xã Tam Thanh lần thứ VII, nhiệm kỳ 2022 - 2027
Ra mắt Ban Chấp hành Hội CCB xã khóa VII.
Ngày 10/3/2022, Hội Cựu chiến binh (CCB) xã Tam Thanh tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Dự đại hội có đồng chí Trần Văn Hạnh, Phó Chủ tịch Hội CCB huyện Núi Thành; đồng chí Nguyễn Thị Bích Lệ, Bí thư Đảng ủy xã; Thiếu tá Võ Minh Trí, Chính trị viên phó Ban CHQS huyện Núi Thành; cùng 96 đại biểu đại diện cho 412 hội viên của 9 chi hội.
Báo cáo của BCH Hội nhiệm kỳ 2017 - 2022 cho biết, Hội đã thực hiện tốt Chỉ thị số 46-CT/TW ngày 27/7/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với Hội Cựu chiến binh Việt Nam và Nghị quyết số 07-NQ/ĐU của Đảng ủy xã; kết nạp 58 hội viên mới, nâng tỷ lệ tập hợp CCB vào Hội đạt 97%. Hội phối hợp Ban CHQS xã tham gia phong trào "Cựu chiến binh gương mẫu", "Dân vận khéo", xây dựng 6 mô hình "Cựu chiến binh giúp nhau giảm nghèo"; vận động hội viên đóng góp trên 185 triệu đồng, hiến 2.600 m2 đất làm đường bê tông; giúp 17 hộ hội viên thoát nghèo, đến nay xã chỉ còn 5 hộ CCB nghèo.
Quỹ hỗ trợ hội viên đạt 320 triệu đồng, cho 46 hội viên vay phát triển kinh tế, mỗi hộ từ 5 đến 10 triệu đồng. Hội còn tham gia hòa giải thành 12 vụ việc mâu thuẫn ở khu dân cư và phối hợp với Đội khám bệnh quân dân y huyện khám cho 260 lượt hội viên cao tuổi.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bích Lệ đề nghị Hội tiếp tục phát huy bản chất "Bộ đội Cụ Hồ", tham gia công tác dân vận, xây dựng nông thôn mới nâng cao; phấn đấu không để hội viên tái nghèo và có ít nhất 8 mô hình kinh tế tiêu biểu trong nhiệm kỳ.
Đại hội đã bầu BCH Hội CCB xã khóa VII gồm 7 đồng chí. Ông Lê Văn Thân được tín nhiệm giữ chức Chủ tịch Hội CCB xã Tam Thanh; các ông Phạm Văn Tụ, Huỳnh Tấn Lực được bầu làm Phó Chủ tịch Hội CCB xã. Ông Lê Văn Thân, nguyên Đại đội trưởng, từng 3 nhiệm kỳ là UVBCH Hội CCB huyện Núi Thành.
Đại hội bầu 4 đại biểu đi dự Đại hội Hội CCB huyện lần thứ VII, nhiệm kỳ 2022 - 2027, theo Hướng dẫn số 15-HD/CCB của Hội CCB huyện. Dịp này, Ủy ban MTTQ Việt Nam xã Tam Thanh tặng giấy khen cho 3 tập thể chi hội và 8 hội viên tiêu biểu.
Hội CCB xã Tam Thanh, huyện Núi Thành, tỉnh Quảng Nam hiện có 9 chi hội ở 9 thôn ven biển; nhiều năm liền Hội được Hội CCB tỉnh tặng cờ thi đua và bằng khen vì thành tích trong công tác hội và phong trào CCB.
Ban Văn hóa - Thông tin xã
Tin khác
- Tam Thanh ra mắt Ban Chỉ huy Quân sự xã (01/03/2022)
- Hội LHPN xã Tam Thanh tổ chức Đại hội điểm (20/02/2022)
- Đồn Biên phòng Tam Thanh tặng quà Tết cho ngư dân (25/01/2022)
""", "2022-03-12", "Đại hội Hội Cựu chiến binh xã Tam Thanh lần thứ VII, nhiệm kỳ 2022 - 2027",
E("dai_hoi", None, "2022-03-10"),
[P("Trần Văn Hạnh", "Phó Chủ tịch Hội CCB huyện Núi Thành"),
 P("Nguyễn Thị Bích Lệ", "Bí thư Đảng ủy xã"),
 P("Võ Minh Trí", "Thiếu tá", "Chính trị viên phó Ban CHQS huyện Núi Thành"),
 P("Lê Văn Thân", "Chủ tịch Hội CCB xã Tam Thanh", "nguyên Đại đội trưởng", "UVBCH Hội CCB huyện Núi Thành"),
 P("Phạm Văn Tụ", "Phó Chủ tịch Hội CCB xã"),
 P("Huỳnh Tấn Lực", "Phó Chủ tịch Hội CCB xã")],
[Q("96 đại biểu", 96, "đại biểu"), Q("412 hội viên", 412, "hội viên"), Q("9 chi hội", 9, "chi hội"),
 Q("58 hội viên mới", 58, "hội viên mới"), Q("97%", 97, "%"), Q("6 mô hình", 6, "mô hình"),
 Q("trên 185 triệu đồng", 185000000, "đồng", "over"), Q("2.600 m2", 2600, "m2"), Q("17 hộ hội viên", 17, "hộ hội viên"),
 Q("5 hộ CCB nghèo", 5, "hộ CCB nghèo"), Q("320 triệu đồng", 320000000, "đồng"), Q("46 hội viên", 46, "hội viên"),
 Q("5 đến 10 triệu đồng", 5000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("12 vụ việc mâu thuẫn", 12, "vụ việc mâu thuẫn"),
 Q("260 lượt hội viên cao tuổi", 260, "lượt hội viên cao tuổi"), Q("ít nhất 8 mô hình kinh tế tiêu biểu", 8, "mô hình kinh tế tiêu biểu", "over"),
 Q("7 đồng chí", 7, "đồng chí"), Q("4 đại biểu", 4, "đại biểu"), Q("3 tập thể chi hội", 3, "tập thể chi hội"),
 Q("8 hội viên tiêu biểu", 8, "hội viên tiêu biểu"), Q("9 thôn ven biển", 9, "thôn ven biển")],
[D("Chỉ thị", "46", "CT/TW", "2020-07-27", "Ban Bí thư", "Chỉ thị số 46-CT/TW ngày 27/7/2020"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU"),
 D("Hướng dẫn", "15", "HD/CCB", None, "Hội CCB huyện", "Hướng dẫn số 15-HD/CCB")],
[prov("Quảng Nam"), com("Tam Thanh")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ TAM THANH", "Vị trí: Trang chủ » Mặt trận - Đoàn thể", "Ra mắt Ban Chấp hành Hội CCB xã khóa VII.",
 "Cựu chiến binh gương mẫu", "Dân vận khéo", "Cựu chiến binh giúp nhau giảm nghèo", "Bộ đội Cụ Hồ"],
["Thứ Bảy, 12/03/2022 - 07:30", "lần thứ VII", "2022 - 2027", "2017 - 2022", "khóa VII", "3 nhiệm kỳ", "7 đồng chí"]))

PAGES.append(page("b5613-longan-mttq-giamsat-2024", """
Báo Long An Online
Chính trị - Xã hội / Mặt trận
24/05/2024 06:00
Ủy ban MTTQ tỉnh giám sát thực hiện chính sách đối với dân quân tự vệ
(BLA) - Ngày 22/5, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An do ông Lê Hữu Nghĩa, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm Trưởng đoàn, giám sát việc thực hiện chính sách đối với lực lượng dân quân tự vệ theo Luật Dân quân tự vệ năm 2019 tại Bộ CHQS tỉnh.
Ông Lê Hữu Nghĩa phát biểu kết luận buổi giám sát. Ảnh: Thanh Nga
Cuộc giám sát nằm trong Kế hoạch số 128/KH-MTTQ-BTT ngày 15/1/2024 về giám sát năm 2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN. Tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Kim Loan, Nguyễn Văn Đởm; đại diện Ban Dân vận Tỉnh ủy, Hội Cựu chiến binh tỉnh.
Báo cáo của Bộ CHQS tỉnh do Đại tá Phan Công Thành, Tỉnh ủy viên, Chỉ huy trưởng Bộ CHQS tỉnh trình bày cho biết, toàn tỉnh có 15.470 cán bộ, chiến sĩ dân quân tự vệ, đạt tỷ lệ 1,8% dân số; 188 xã, phường, thị trấn đều có trụ sở Ban CHQS. Thực hiện Nghị quyết số 08/2020/NQ-HĐND của HĐND tỉnh, các địa phương đã chi trả trên 96 tỷ đồng tiền phụ cấp, trợ cấp cho dân quân; mỗi dân quân thường trực được hưởng 186.000 đồng/ngày. Có 1.240 dân quân được hỗ trợ đóng bảo hiểm y tế, 320 lượt dân quân được khám, điều trị tại Bệnh xá Bộ CHQS tỉnh.
Lực lượng dân quân tham gia công tác dân vận tích cực, giúp dân hơn 28.000 ngày công, xây dựng 43 "Nhà đồng đội", hỗ trợ 210 hộ nghèo phát triển sản xuất. Trung tá Nguyễn Thanh Tùng, Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh, cho biết mô hình "Dân quân chung tay xây dựng nông thôn mới" đã được nhân rộng ra 65 xã.
Qua giám sát, đoàn đề nghị Bộ CHQS tỉnh tham mưu UBND tỉnh sửa đổi mức hỗ trợ đối với khoảng 2.000 dân quân tại chỗ, cơ động; quan tâm hơn đến chế độ cho dân quân bị tai nạn khi làm nhiệm vụ (năm 2023 có 7 trường hợp). Đồng chí Trần Thị Kim Loan đề nghị các Ban CHQS cấp xã phối hợp với Ủy ban MTTQ cùng cấp công khai chế độ, chính sách tại 100% khu dân cư.
Phát biểu kết luận, ông Lê Hữu Nghĩa ghi nhận kết quả và đề nghị tiếp tục thực hiện Chỉ thị số 16-CT/TW ngày 5/10/2002 của Ban Bí thư về tăng cường lãnh đạo đối với lực lượng dân quân tự vệ và lực lượng dự bị động viên; Ủy ban MTTQ tỉnh sẽ tổng hợp, kiến nghị UBND tỉnh trong tháng 6.
Trong năm 2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thực hiện 4 cuộc giám sát chuyên đề, trong đó có cuộc giám sát tại xã Mỹ Quý Đông.
Thanh Nga
Tin cùng chuyên mục
- Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội (17/05/2024)
- Đức Huệ: Dân quân giúp dân thu hoạch lúa (10/05/2024)
- Long An trao 50 căn nhà đại đoàn kết (03/05/2024)
""", "2024-05-24", "Ủy ban MTTQ tỉnh giám sát thực hiện chính sách đối với dân quân tự vệ",
E("giam_sat", "2024", "2024-05-22"),
[P("Lê Hữu Nghĩa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn"),
 P("Trần Thị Kim Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Đởm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Công Thành", "Đại tá", "Tỉnh ủy viên", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Nguyễn Thanh Tùng", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ CHQS tỉnh")],
[Q("15.470 cán bộ, chiến sĩ dân quân tự vệ", 15470, "cán bộ, chiến sĩ dân quân tự vệ"), Q("1,8%", 1.8, "%"),
 Q("188 xã, phường, thị trấn", 188, "xã, phường, thị trấn"), Q("trên 96 tỷ đồng", 96000000000, "đồng", "over"),
 Q("186.000 đồng/ngày", 186000, "đồng"), Q("1.240 dân quân", 1240, "dân quân"), Q("320 lượt dân quân", 320, "lượt dân quân"),
 Q("hơn 28.000 ngày công", 28000, "ngày công", "over"), Q("43 \"Nhà đồng đội\"", 43, "Nhà đồng đội"), Q("210 hộ nghèo", 210, "hộ nghèo"),
 Q("65 xã", 65, "xã"), Q("khoảng 2.000 dân quân tại chỗ, cơ động", 2000, "dân quân tại chỗ, cơ động", "approx"),
 Q("7 trường hợp", 7, "trường hợp"), Q("100% khu dân cư", 100, "%"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Kế hoạch", "128", "KH-MTTQ-BTT", "2024-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 128/KH-MTTQ-BTT ngày 15/1/2024"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Nghị quyết", "08", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 08/2020/NQ-HĐND"),
 D("Chỉ thị", "16", "CT/TW", "2002-10-05", "Ban Bí thư", "Chỉ thị số 16-CT/TW ngày 5/10/2002")],
[prov("Long An"), com("Mỹ Quý Đông")],
["Báo Long An Online", "Chính trị - Xã hội / Mặt trận", "(BLA)", "Ông Lê Hữu Nghĩa phát biểu kết luận buổi giám sát. Ảnh: Thanh Nga",
 "Luật Dân quân tự vệ năm 2019", "Dân quân chung tay xây dựng nông thôn mới", "Nhà đồng đội"],
["24/05/2024 06:00", "năm 2024", "năm 2023", "tháng 6", "năm 2019"]))

PAGES.append(page("b5614-dienbien-quandany-traoqua-2024", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ › Quốc phòng - An ninh › Quân dân y
Thứ Sáu, 20/12/2024
Khám bệnh, cấp thuốc và tặng quà đồng bào biên giới Mường Nhé
Bác sĩ quân y Sư đoàn 316 khám bệnh cho người dân bản Nậm Pố.
Ngày 18/12, Bộ CHQS tỉnh Điện Biên phối hợp với Sư đoàn 316 (Quân khu 2) và Ban Dân vận Tỉnh ủy tổ chức chương trình khám bệnh quân dân y kết hợp, cấp thuốc miễn phí và tặng quà cho đồng bào các dân tộc xã Chung Chải, huyện Mường Nhé, nhân kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam.
Tham dự có Đại tá Lò Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Chính ủy Bộ CHQS tỉnh; Đại tá Nguyễn Trọng Kha, Phó Chính ủy Sư đoàn 316; bà Lầu Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Pờ Dần Xá, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Chung Chải.
Đoàn gồm 32 y, bác sĩ của Bệnh xá Sư đoàn 316, Bệnh xá Bộ CHQS tỉnh và Trung tâm Y tế huyện đã khám, tư vấn sức khỏe, cấp thuốc cho 740 lượt người, trong đó có 180 trẻ em và 65 người cao tuổi; siêu âm, xét nghiệm cho 210 trường hợp. Tổng giá trị thuốc và vật tư y tế khoảng 95 triệu đồng.
Dịp này, đoàn trao 300 suất quà cho hộ nghèo, hộ có hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 500.000 đồng; tặng 150 bộ quần áo ấm, 200 chăn và 6 xe đạp cho học sinh Trường PTDTBT Tiểu học Chung Chải. Ban Dân vận Tỉnh ủy trao 20 triệu đồng hỗ trợ xây dựng nhà văn hóa bản Nậm Pố.
Theo Đại tá Lò Văn Hùng, năm 2024, thực hiện Kế hoạch số 412/KH-BCH của Bộ CHQS tỉnh và Hướng dẫn số 2136/HD-CT của Cục Chính trị Quân khu 2, lực lượng vũ trang tỉnh đã tổ chức 16 đợt khám quân dân y ở các xã biên giới, khám cho hơn 8.200 lượt người; cùng địa phương xóa 124 căn nhà tạm, nhà dột nát theo Chương trình "Chung tay xóa nhà tạm, nhà dột nát".
Ông Pờ Dần Xá cho biết, xã có 11 bản với 1.096 hộ người Hà Nhì, Mông, Cống; tỷ lệ hộ nghèo còn 52%. Chị Chu Thị Chà, người dân bản Nậm Pố, xúc động: "Lần đầu cả nhà được bác sĩ bộ đội khám tận nơi".
Phát biểu, bà Lầu Thị Mai đề nghị lực lượng vũ trang tiếp tục thực hiện Nghị quyết số 14-NQ/TU ngày 20/10/2022 của Tỉnh ủy về công tác dân vận vùng biên giới và phong trào thi đua "Dân vận khéo", gắn với mô hình "Bộ đội Cụ Hồ - Đoàn kết biên cương". Các đồng chí Phó Chỉ huy trưởng Bộ CHQS tỉnh: Thượng tá Giàng A Chu, Thượng tá Vừ A Sình cùng đoàn trực tiếp trao quà tại bản Nậm Pố.
Quỳnh Anh
Lượt xem: 2.318
Tin liên quan
- Sư đoàn 316 giúp dân xây nhà ở Mường Nhé (10/12/2024)
- Điện Biên: 300 chiến sĩ trẻ giúp dân xóa nhà tạm (28/11/2024)
- Khám bệnh miễn phí cho đồng bào xã Sen Thượng (15/11/2024)
""", "2024-12-20", "Khám bệnh, cấp thuốc và tặng quà đồng bào biên giới Mường Nhé",
E("trao_qua", None, "2024-12-18"),
[P("Lò Văn Hùng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Nguyễn Trọng Kha", "Đại tá", "Phó Chính ủy Sư đoàn 316"),
 P("Lầu Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Pờ Dần Xá", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Chung Chải"),
 P("Chu Thị Chà"),
 P("Giàng A Chu", "Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Thượng tá"),
 P("Vừ A Sình", "Phó Chỉ huy trưởng Bộ CHQS tỉnh", "Thượng tá")],
[Q("32 y, bác sĩ", 32, "y, bác sĩ"), Q("740 lượt người", 740, "lượt người"), Q("180 trẻ em", 180, "trẻ em"),
 Q("65 người cao tuổi", 65, "người cao tuổi"), Q("210 trường hợp", 210, "trường hợp"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("150 bộ quần áo ấm", 150, "bộ quần áo ấm"),
 Q("200 chăn", 200, "chăn"), Q("6 xe đạp", 6, "xe đạp"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("16 đợt khám quân dân y", 16, "đợt khám quân dân y"), Q("hơn 8.200 lượt người", 8200, "lượt người", "over"),
 Q("124 căn nhà tạm, nhà dột nát", 124, "căn nhà tạm, nhà dột nát"), Q("11 bản", 11, "bản"), Q("1.096 hộ", 1096, "hộ"),
 Q("52%", 52, "%")],
[D("Kế hoạch", "412", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch số 412/KH-BCH"),
 D("Hướng dẫn", "2136", "HD-CT", None, "Cục Chính trị Quân khu 2", "Hướng dẫn số 2136/HD-CT"),
 D("Nghị quyết", "14", "NQ/TU", "2022-10-20", "Tỉnh ủy", "Nghị quyết số 14-NQ/TU ngày 20/10/2022")],
[prov("Điện Biên"), com("Chung Chải")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ › Quốc phòng - An ninh › Quân dân y",
 "Bác sĩ quân y Sư đoàn 316 khám bệnh cho người dân bản Nậm Pố.", "Chung tay xóa nhà tạm, nhà dột nát", "Dân vận khéo",
 "Bộ đội Cụ Hồ - Đoàn kết biên cương", "Trường PTDTBT Tiểu học Chung Chải", "Lượt xem: 2.318", "Mường Nhé", "Nậm Pố"],
["Thứ Sáu, 20/12/2024", "80 năm", "năm 2024", "Sư đoàn 316", "Quân khu 2", "Lượt xem: 2.318"]))
