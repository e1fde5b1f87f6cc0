from lib import *
PAGES = []

PAGES.append(page("b6539-longan-khoidv-tongket-2017", """
Báo Long An Online
Thời sự › Xây dựng Đảng › Công tác dân vận
Ngày đăng 22/12/2017 | 14:05
Khối dân vận tỉnh Long An: Năm 2017 vận động nhân dân đóng góp trên 312 tỷ đồng xây dựng nông thôn mới
BLA - Ngày 21/12, Ban Dân vận Tỉnh ủy Long An tổ chức hội nghị tổng kết công tác dân vận, Mặt trận và các đoàn thể chính trị - xã hội năm 2017. Đồng chí Trần Văn Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Võ Thị Ngọc Yến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Quang cảnh hội nghị. Ảnh: Thanh Nhã
Năm 2017, khối dân vận các cấp tập trung triển khai Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư và Chỉ thị số 17-CT/TU ngày 15/3/2017 của Tỉnh ủy về công tác dân vận trong giải phóng mặt bằng. Những con số nổi bật trong năm:
- Nhân dân đóng góp trên 312 tỷ đồng, hiến 186.500 m2 đất xây dựng nông thôn mới; 9 xã được công nhận đạt chuẩn, nâng tổng số lên 64 xã.
- Vận động 3.420 hộ dân tái định cư bàn giao mặt bằng các dự án khu công nghiệp, đường tỉnh 830.
- Xây dựng và sửa chữa 512 căn nhà Đại đoàn kết, tổng kinh phí hơn 20 tỷ đồng.
- Hội Nông dân các cấp giải ngân 186 tỷ đồng vốn vay cho 4.100 hộ; Hội LHPN giúp 1.260 phụ nữ nghèo có việc làm.
- Các cấp hội kết nạp 7.845 hội viên mới; Đoàn Thanh niên kết nạp 2.310 đoàn viên mới.
- Có 248 mô hình "Dân vận khéo" được công nhận, trong đó 41 mô hình cấp tỉnh.
- Tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,98%.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: ở một số dự án, việc vận động nhân dân bàn giao mặt bằng còn kéo dài; hoạt động giám sát, phản biện xã hội của Mặt trận và các đoàn thể ở cơ sở chưa sâu.
Đồng chí Nguyễn Thanh Phong, Bí thư Đảng ủy xã Long Hậu, chia sẻ: xã đã vận động 215 hộ giao đất cho khu công nghiệp mà không phát sinh khiếu kiện đông người, nhờ tổ chức đối thoại công khai ngay từ đầu. Ông Lê Văn Tư, Trưởng ấp 3, xã Tân Trạch, cho biết ấp có 96% hộ tham gia tổ tự quản an ninh trật tự.
Phát biểu kết luận, đồng chí Trần Văn Cường yêu cầu năm 2018 các cấp tiếp tục thực hiện Quy chế công tác dân vận, nâng chất phong trào "Dân vận khéo", phấn đấu mỗi xã có ít nhất 3 mô hình hiệu quả; kịp thời nắm bắt tâm tư nguyện vọng của nhân dân vùng dự án.
Dịp này, 20 tập thể, 31 cá nhân được UBND tỉnh tặng bằng khen.
Minh Trí
Tin liên quan
- Cần Giuộc: đối thoại với hộ dân vùng dự án đường vành đai (15/12/2017)
- Ban Dân vận Tỉnh ủy giao ban quý III (05/10/2017)
- Bến Lức: 150 suất quà cho người có uy tín (20/09/2017)
- Tân An: Hội nghị đối thoại giữa Chủ tịch UBND thành phố với nhân dân (12/09/2017)
- Đức Hòa ra mắt 12 tổ dân vận khu công nghiệp (30/08/2017)
""", "2017-12-22", "Khối dân vận tỉnh Long An: Năm 2017 vận động nhân dân đóng góp trên 312 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", "2017", "2017-12-21"),
[P("Trần Văn Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Thị Ngọc Yến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thanh Phong", "Bí thư Đảng ủy xã Long Hậu"),
 P("Lê Văn Tư", "Trưởng ấp 3")],
[Q("trên 312 tỷ đồng", 312000000000, "đồng", "over"), Q("186.500 m2", 186500, "m2"), Q("9 xã", 9, "xã"), Q("64 xã", 64, "xã"),
 Q("3.420 hộ dân tái định cư", 3420, "hộ dân tái định cư"), Q("512 căn nhà Đại đoàn kết", 512, "căn nhà Đại đoàn kết"),
 Q("hơn 20 tỷ đồng", 20000000000, "đồng", "over"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("4.100 hộ", 4100, "hộ"),
 Q("1.260 phụ nữ nghèo", 1260, "phụ nữ nghèo"), Q("7.845 hội viên mới", 7845, "hội viên mới"), Q("2.310 đoàn viên mới", 2310, "đoàn viên mới"),
 Q("248 mô hình", 248, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"), Q("1,98%", 1.98, "%"), Q("215 hộ", 215, "hộ"),
 Q("96%", 96, "%"), Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("20 tập thể", 20, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 03/10/2017"),
 D("Chỉ thị", "17", "CT/TU", "2017-03-15", "Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 15/3/2017")],
[prov("Long An"), com("Long Hậu"), com("Tân Trạch")],
["Báo Long An Online", "Thời sự › Xây dựng Đảng › Công tác dân vận", "BLA", "Quang cảnh hội nghị. Ảnh: Thanh Nhã", "Dân vận khéo",
 "Quy chế công tác dân vận"],
["Ngày đăng 22/12/2017 | 14:05", "năm 2017", "Năm 2017", "năm 2018", "đường tỉnh 830", "ấp 3"]))

PAGES.append(page("b6540-quangbinh-bdv-baocao-2018", """
QUẢNG BÌNH ONLINE - BÁO QUẢNG BÌNH
Trang chủ | Chính trị | Xây dựng Đảng
Cập nhật lúc 10:12 ngày 26/12/2018
Công tác dân vận năm 2018 qua những con số
(QBĐT) - Báo cáo kết quả công tác dân vận năm 2018 mà Ban Dân vận Tỉnh ủy vừa gửi Ban Thường vụ Tỉnh ủy (Báo cáo số 142-BC/BDVTU ngày 20/12/2018) cho thấy khối dân vận toàn tỉnh Quảng Bình hoàn thành 11/11 chỉ tiêu. Dưới đây là những con số đáng chú ý.
Về tham mưu, hướng dẫn
- Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành 4 văn bản, trong đó có Chỉ thị số 26-CT/TU về tăng cường công tác dân vận trong tình hình mới và Kết luận số 51-KL/TU về công tác tôn giáo.
- Hướng dẫn các huyện, thị, thành ủy sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI); có 159/159 xã, phường, thị trấn hoàn thành sơ kết.
Về vận động nhân dân
- Khắc phục hậu quả bão số 4 và mưa lũ tháng 9, các tổ chức đã tiếp nhận 14,6 tỷ đồng tiền ủng hộ, hơn 28 tấn gạo, 3.400 thùng mì tôm.
- Nhân dân đóng góp 96,5 tỷ đồng và 212.000 ngày công xây dựng nông thôn mới; toàn tỉnh có thêm 11 xã đạt chuẩn.
- Các huyện miền núi vận động 1.052 hộ đồng bào Bru - Vân Kiều bỏ tập quán du canh, định cư ổn định.
- Quỹ "Vì người nghèo" xây 276 nhà Đại đoàn kết.
Về dân vận chính quyền và quy chế dân chủ
- Lãnh đạo các cấp tiếp 3.218 lượt công dân; giải quyết 447/482 đơn thư thuộc thẩm quyền, đạt 92,7%.
- Xử lý 9 vụ việc đông người liên quan đến môi trường biển, không để kéo dài.
- 76 mô hình "Dân vận khéo" được công nhận; tổng số mô hình toàn tỉnh đến nay là 1.034.
Những người làm nên kết quả
Theo ông Hoàng Đình Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, kết quả trên có phần đóng góp lớn của những cán bộ bám bản như ông Hồ Văn Xoan, Bí thư Chi bộ bản Cây Sú, xã Thượng Trạch, người đã vận động 32 hộ về khu tái định cư mới. Bà Đinh Thị Hà, Phó Trưởng Ban Dân vận Huyện ủy Minh Hóa, cho biết 100% bản có tổ dân vận hoạt động hiệu quả.
Hạn chế được báo cáo chỉ ra là công tác nắm tình hình nhân dân ở một số xã ven biển Quảng Ninh, Lệ Thủy còn chậm, chưa dự báo sát diễn biến dư luận.
Năm 2019, Ban Dân vận Tỉnh ủy đề ra 10 nhiệm vụ trọng tâm, trước hết là vận động nhân dân tham gia xây dựng Đảng, chính quyền.
Phan Phương
Tin khác
- Bố Trạch: tổng kết công tác dân vận năm 2018 (24/12/2018)
- Ra mắt mô hình "Bản không có người hút thuốc lá" (10/12/2018)
- Hội nghị người có uy tín đồng bào dân tộc thiểu số năm 2018 (30/11/2018)
- Lệ Thủy: vận động nhân dân hiến đất làm đường liên xã (21/11/2018)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối các cơ quan tỉnh (08/11/2018)
""", "2018-12-26", "Công tác dân vận năm 2018 qua những con số",
E("bao_cao", "2018", "2018-12-20"),
[P("Hoàng Đình Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Xoan", "Bí thư Chi bộ bản Cây Sú"),
 P("Đinh Thị Hà", "Phó Trưởng Ban Dân vận Huyện ủy Minh Hóa")],
[Q("11/11 chỉ tiêu", 11, "chỉ tiêu"), Q("4 văn bản", 4, "văn bản"), Q("159/159 xã, phường, thị trấn", 159, "xã, phường, thị trấn"),
 Q("14,6 tỷ đồng", 14600000000, "đồng"), Q("hơn 28 tấn", 28, "tấn", "over"), Q("3.400 thùng mì tôm", 3400, "thùng mì tôm"),
 Q("96,5 tỷ đồng", 96500000000, "đồng"), Q("212.000 ngày công", 212000, "ngày công"), Q("11 xã", 11, "xã"),
 Q("1.052 hộ đồng bào Bru - Vân Kiều", 1052, "hộ đồng bào Bru - Vân Kiều"), Q("276 nhà Đại đoàn kết", 276, "nhà Đại đoàn kết"),
 Q("3.218 lượt công dân", 3218, "lượt công dân"), Q("447/482 đơn thư", 447, "đơn thư"), Q("92,7%", 92.7, "%"),
 Q("9 vụ việc đông người", 9, "vụ việc đông người"), Q("76 mô hình", 76, "mô hình"), Q("1.034", 1034, "mô hình"),
 Q("32 hộ", 32, "hộ"), Q("100%", 100, "%"), Q("10 nhiệm vụ trọng tâm", 10, "nhiệm vụ trọng tâm")],
[D("Báo cáo", "142", "BC/BDVTU", "2018-12-20", "Ban Dân vận Tỉnh ủy", "Báo cáo số 142-BC/BDVTU ngày 20/12/2018"),
 D("Chỉ thị", "26", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU"),
 D("Kết luận", "51", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 51-KL/TU"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 03/6/2013")],
[prov("Quảng Bình"), com("Thượng Trạch")],
["QUẢNG BÌNH ONLINE - BÁO QUẢNG BÌNH", "Trang chủ | Chính trị | Xây dựng Đảng", "(QBĐT)", "Vì người nghèo", "Dân vận khéo",
 "Những người làm nên kết quả", "Về tham mưu, hướng dẫn", "Về vận động nhân dân"],
["Cập nhật lúc 10:12 ngày 26/12/2018", "năm 2018", "5 năm", "khóa XI", "bão số 4", "tháng 9", "Năm 2019"]))

PAGES.append(page("b6541-thainguyen-bdvthu-tongket-2019", """
THÁI NGUYÊN ĐIỆN TỬ
Hôm nay: Thứ Hai, 30/12/2019
Thời sự - Chính trị » Xây dựng Đảng
Thứ Sáu, 27/12/2019 - 08:30
Ban Dân vận Thành ủy Thái Nguyên triển khai nhiệm vụ năm 2020
TN - Chiều 26/12, Ban Dân vận Thành ủy Thái Nguyên tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có đồng chí Hoàng Thị Thu Hà, Phó Bí thư Thường trực Thành ủy. Đồng chí Dương Văn Quyết, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì.
Năm 2019, khối dân vận thành phố đạt nhiều kết quả, cụ thể:
1. Tham mưu Ban Thường vụ Thành ủy ban hành Kế hoạch số 186-KH/TU ngày 05/3/2019 về thực hiện năm "Dân vận chính quyền"; sơ kết 3 năm thực hiện Chỉ thị 05-CT/TW.
2. Tổ chức 28 hội nghị đối thoại giữa Bí thư cấp ủy, Chủ tịch UBND phường, xã với nhân dân, thu hút khoảng 4.500 lượt người tham dự; tiếp nhận 612 ý kiến, kiến nghị, đã giải quyết 578 ý kiến.
3. Vận động nhân dân hiến 14.200 m2 đất, đóng góp 38,6 tỷ đồng chỉnh trang đô thị, làm 57 tuyến đường ngõ xóm.
4. Hỗ trợ xây dựng 74 nhà Đại đoàn kết cho hộ nghèo, mỗi nhà 50 triệu đồng.
5. 100% tổ dân phố, xóm xây dựng hương ước, quy ước; 92,4% hộ đạt danh hiệu gia đình văn hóa.
6. Công nhận 35 mô hình "Dân vận khéo" năm 2019, trong đó 7 mô hình cấp thành phố được đề nghị tỉnh biểu dương.
Đồng chí Dương Văn Quyết cho biết, năm 2019 các phòng, ban giải quyết 1.326 hồ sơ đất đai tồn đọng, đưa tỷ lệ cấp giấy chứng nhận quyền sử dụng đất lên 96%.
Trong phần thảo luận, các đồng chí Bí thư Đảng ủy phường: Lương Văn Tâm (phường Gia Sàng), Ma Thị Hường (phường Tân Lập) chia sẻ kinh nghiệm vận động nhân dân giải phóng mặt bằng dự án đường Bắc Sơn kéo dài. Ông Nông Đức Lợi, Trưởng xóm Cây Thị, xã Phúc Xuân, đề nghị thành phố sớm chi trả tiền bồi thường cho 43 hộ.
Phát biểu chỉ đạo, đồng chí Hoàng Thị Thu Hà đánh giá cao kết quả khối dân vận đạt được; đề nghị năm 2020 tập trung làm tốt công tác dân vận phục vụ đại hội đảng bộ các cấp, nắm chắc dư luận ở những nơi có dự án, không để phát sinh điểm nóng; mỗi phường, xã phải có ít nhất 1 mô hình dân vận khéo trong lĩnh vực văn minh đô thị.
Tại hội nghị, Ban Thường vụ Thành ủy tặng giấy khen cho 10 tập thể, 15 cá nhân.
Hồng Nhung
Bài viết liên quan
- Đối thoại giữa Bí thư Thành ủy với đoàn viên thanh niên (19/12/2019)
- Phường Túc Duyên ra mắt mô hình "Ngõ phố văn minh" (05/12/2019)
- Thành phố gặp mặt 80 người có uy tín (22/11/2019)
- Hội nghị giao ban khối dân vận quý III năm 2019 (10/10/2019)
- Xã Phúc Trìu vận động nhân dân hiến đất mở rộng đường liên xóm (28/09/2019)
- Phường Gia Sàng tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2019)
""", "2019-12-27", "Ban Dân vận Thành ủy Thái Nguyên triển khai nhiệm vụ năm 2020",
E("tong_ket", "2019", "2019-12-26"),
[P("Hoàng Thị Thu Hà", "Phó Bí thư Thường trực Thành ủy"),
 P("Dương Văn Quyết", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Lương Văn Tâm", "Bí thư Đảng ủy phường"),
 P("Ma Thị Hường", "Bí thư Đảng ủy phường"),
 P("Nông Đức Lợi", "Trưởng xóm Cây Thị")],
[Q("28 hội nghị đối thoại", 28, "hội nghị đối thoại"), Q("khoảng 4.500 lượt người", 4500, "lượt người", "approx"),
 Q("612 ý kiến, kiến nghị", 612, "ý kiến, kiến nghị"), Q("578 ý kiến", 578, "ý kiến"), Q("14.200 m2", 14200, "m2"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("57 tuyến đường ngõ xóm", 57, "tuyến đường ngõ xóm"), Q("74 nhà Đại đoàn kết", 74, "nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("100%", 100, "%"), Q("92,4%", 92.4, "%"), Q("35 mô hình", 35, "mô hình"),
 Q("7 mô hình cấp thành phố", 7, "mô hình cấp thành phố"), Q("1.326 hồ sơ đất đai tồn đọng", 1326, "hồ sơ đất đai tồn đọng"), Q("96%", 96, "%"),
 Q("43 hộ", 43, "hộ"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Kế hoạch", "186", "KH/TU", "2019-03-05", "Ban Thường vụ Thành ủy", "Kế hoạch số 186-KH/TU ngày 05/3/2019"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Thái Nguyên"), com("Gia Sàng"), com("Tân Lập"), com("Phúc Xuân")],
["THÁI NGUYÊN ĐIỆN TỬ", "Thời sự - Chính trị » Xây dựng Đảng", "Dân vận chính quyền", "Dân vận khéo", "TN"],
["ít nhất 1 mô hình", "Hôm nay: Thứ Hai, 30/12/2019", "Thứ Sáu, 27/12/2019 - 08:30", "năm 2019", "năm 2020", "3 năm"]))

PAGES.append(page("b6542-gialai-bdv-tongket-2020", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị | Thời sự | Dân vận - Mặt trận
30.12.2020 | 16:45
Đồng chí Rah Lan Thị Blới phát biểu kết luận hội nghị. Ảnh: Hồng Thi
Gia Lai: Hơn 1.200 người có uy tín góp sức giữ vững an ninh buôn làng
(GLO)- Sáng 29-12, Ban Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2020 với 18 điểm cầu huyện, thị xã, thành phố. Đồng chí Rah Lan Thị Blới, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19 và bão số 9, khối dân vận các cấp vẫn hoàn thành tốt nhiệm vụ. Báo cáo do đồng chí Nguyễn Văn Phương, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày nêu các kết quả:
– Phát huy vai trò của hơn 1.200 người có uy tín trong vận động đồng bào Jrai, Bahnar; tổ chức 4 hội nghị gặp mặt người có uy tín cấp tỉnh.
– Vận động 85 hộ với 412 khẩu theo "Tin lành Đê Ga" từ bỏ hoạt động, trở về sinh hoạt tôn giáo hợp pháp.
– Các cấp đã xây dựng 426 mô hình "Dân vận khéo", trong đó 58 mô hình cấp tỉnh; vận động nhân dân hiến 71.300 m2 đất, đóng góp 43,2 tỷ đồng làm đường.
– Trao 5.600 suất quà cho hộ nghèo, người dân bị ảnh hưởng bởi dịch Covid-19, trị giá khoảng 2,8 tỷ đồng.
– Tiếp nhận và phối hợp giải quyết 147/158 đơn thư, đạt 93%; không có vụ việc phức tạp kéo dài.
– Tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 88-KH/TU ngày 14/02/2020 về công tác dân vận phục vụ đại hội đảng bộ các cấp và Hướng dẫn số 21-HD/BDVTU về xây dựng mô hình "Dân vận khéo".
Trong năm, Ban Dân vận Tỉnh ủy cũng phối hợp tổ chức 36 lớp bồi dưỡng cho 2.150 cán bộ dân vận cơ sở, trong đó khoảng 40% là người dân tộc thiểu số.
Tại điểm cầu huyện Chư Păh, ông Siu Hyưn, Bí thư Chi bộ làng Klăh, xã Ia Ka, cho biết nhờ vận động bà con hiến đất mà làng đã có 3,5 km đường bê tông. Bà Ksor H'Nhí, Phó Chủ tịch Hội LHPN xã Ia Pếch, chia sẻ mô hình "Tổ phụ nữ tiết kiệm" giúp 46 chị em có vốn làm ăn.
Kết luận hội nghị, đồng chí Rah Lan Thị Blới đề nghị năm 2021 khối dân vận tập trung tuyên truyền Nghị quyết Đại hội XIII của Đảng, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp nhiệm kỳ 2021-2026; không để các đối tượng lợi dụng tôn giáo gây mất ổn định.
Dịp này, 12 tập thể và 16 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Hồng Thi
Tin cùng chuyên mục
- Chư Sê gặp mặt người có uy tín năm 2020 (24/12/2020)
- Đak Đoa: tổ chức Ngày hội Đại đoàn kết ở làng Groi (16/11/2020)
- Ia Grai ra mắt 5 tổ dân vận tự quản (05/11/2020)
- Khối dân vận tỉnh giao ban quý III năm 2020 (08/10/2020)
""", "2020-12-30", "Gia Lai: Hơn 1.200 người có uy tín góp sức giữ vững an ninh buôn làng",
E("tong_ket", "2020", "2020-12-29"),
[P("Rah Lan Thị Blới", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Phương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Hyưn", "Bí thư Chi bộ làng Klăh"),
 P("Ksor H'Nhí", "Phó Chủ tịch Hội LHPN xã Ia Pếch")],
[Q("18 điểm cầu huyện, thị xã, thành phố", 18, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 1.200 người có uy tín", 1200, "người có uy tín", "over"), Q("4 hội nghị gặp mặt người có uy tín cấp tỉnh", 4, "hội nghị gặp mặt người có uy tín cấp tỉnh"),
 Q("85 hộ", 85, "hộ"), Q("412 khẩu", 412, "khẩu"), Q("426 mô hình", 426, "mô hình"), Q("58 mô hình cấp tỉnh", 58, "mô hình cấp tỉnh"),
 Q("71.300 m2", 71300, "m2"), Q("43,2 tỷ đồng", 43200000000, "đồng"), Q("5.600 suất quà", 5600, "suất quà"),
 Q("khoảng 2,8 tỷ đồng", 2800000000, "đồng", "approx"), Q("147/158 đơn thư", 147, "đơn thư"), Q("93%", 93, "%"),
 Q("36 lớp bồi dưỡng", 36, "lớp bồi dưỡng"), Q("2.150 cán bộ dân vận cơ sở", 2150, "cán bộ dân vận cơ sở"), Q("khoảng 40%", 40, "%", "approx"),
 Q("3,5 km", 3.5, "km"), Q("46 chị em", 46, "chị em"), Q("12 tập thể", 12, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch", "88", "KH/TU", "2020-02-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 88-KH/TU ngày 14/02/2020"),
 D("Hướng dẫn", "21", "HD/BDVTU", None, None, "Hướng dẫn số 21-HD/BDVTU")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Pếch")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị | Thời sự | Dân vận - Mặt trận", "Đồng chí Rah Lan Thị Blới phát biểu kết luận hội nghị. Ảnh: Hồng Thi",
 "(GLO)", "Tin lành Đê Ga", "Dân vận khéo", "Tổ phụ nữ tiết kiệm"],
["30.12.2020 | 16:45", "năm 2020", "Năm 2020", "bão số 9", "năm 2021", "Đại hội XIII", "khóa XV", "nhiệm kỳ 2021-2026", "Covid-19"]))

PAGES.append(page("b6543-cantho-bdvtu-tongket-2021", """
CẦN THƠ ONLINE - Báo Đảng bộ thành phố Cần Thơ
Chính trị > Xây dựng Đảng > Công tác dân vận
2021-12-28 15:20
Khối dân vận TP Cần Thơ: Chung tay cùng người dân vượt qua đại dịch
Sáng 27-12, Ban Dân vận Thành ủy Cần Thơ tổ chức hội nghị tổng kết công tác dân vận năm 2021 và triển khai phương hướng, nhiệm vụ năm 2022 theo hình thức trực tiếp kết hợp trực tuyến. Đồng chí Trần Thị Xuân Mai, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị.
Theo báo cáo, năm 2021, trước diễn biến phức tạp của dịch Covid-19, khối dân vận đã kịp thời tham mưu Ban Thường vụ Thành ủy ban hành Công văn số 1245-CV/TU và Kế hoạch số 40-KH/TU ngày 09/8/2021 về huy động hệ thống chính trị hỗ trợ người dân. Các kết quả chính:
▪ Huy động được gần 186 tỷ đồng và hơn 2.000 tấn hàng hóa, nhu yếu phẩm hỗ trợ người dân.
▪ Thành lập 2.376 tổ Covid cộng đồng với khoảng 11.900 thành viên.
▪ Hỗ trợ 41.580 người lao động tự do gặp khó khăn theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ, tổng kinh phí 61,3 tỷ đồng.
▪ Đón 5.120 người dân từ TP Hồ Chí Minh và các tỉnh phía Nam trở về quê an toàn.
▪ Vận động 100% chức sắc, chức việc các tôn giáo tạm dừng sinh hoạt tập trung đông người khi có yêu cầu.
▪ Hoàn thành công tác dân vận phục vụ bầu cử; tỷ lệ cử tri đi bầu đạt 99,65%.
▪ Kết nạp 3.214 hội viên, đoàn viên mới; ra mắt 84 mô hình "Dân vận khéo".
Bên cạnh kết quả đạt được, công tác nắm tình hình tư tưởng của nhân dân có lúc chưa kịp thời, nhất là khi thực hiện giãn cách; một số mô hình còn hình thức.
Phát biểu tại hội nghị, đồng chí Huỳnh Văn Năm, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, kiến nghị tiếp tục duy trì các "ATM gạo" và "Siêu thị 0 đồng" sau dịch. Đồng chí Lâm Thị Sa Ry, Bí thư Đảng ủy phường An Khánh, cho biết phường đã vận động 28 mạnh thường quân hỗ trợ 1.040 phần quà cho người lao động thuê trọ.
Đồng chí Trần Thị Xuân Mai đề nghị năm 2022 tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị; chú trọng vận động nhân dân phục hồi sản xuất, thực hiện "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19".
Hội nghị trao giấy khen cho 17 tập thể, 24 cá nhân có thành tích trong công tác phòng, chống dịch.
Gia Bảo
Tin liên quan
- Phong Điền: 300 phần quà cho hộ nghèo (20/12/2021)
- Ninh Kiều đối thoại với tiểu thương chợ Tân An (10/12/2021)
- Gặp mặt chức sắc tôn giáo nhân dịp Giáng sinh (06/12/2021)
- Thốt Nốt: ra mắt 6 tổ Covid cộng đồng kiểu mẫu (25/11/2021)
- Cái Răng hỗ trợ người lao động thuê trọ trở lại làm việc (15/11/2021)
""", "2021-12-28", "Khối dân vận TP Cần Thơ: Chung tay cùng người dân vượt qua đại dịch",
E("tong_ket", "2021", "2021-12-27"),
[P("Trần Thị Xuân Mai", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Huỳnh Văn Năm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lâm Thị Sa Ry", "Bí thư Đảng ủy phường An Khánh")],
[Q("gần 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("hơn 2.000 tấn", 2000, "tấn", "over"), Q("2.376 tổ Covid cộng đồng", 2376, "tổ Covid cộng đồng"),
 Q("khoảng 11.900 thành viên", 11900, "thành viên", "approx"), Q("41.580 người lao động tự do", 41580, "người lao động tự do"),
 Q("61,3 tỷ đồng", 61300000000, "đồng"), Q("5.120 người dân", 5120, "người dân"), Q("100%", 100, "%"), Q("99,65%", 99.65, "%"),
 Q("3.214 hội viên, đoàn viên mới", 3214, "hội viên, đoàn viên mới"), Q("84 mô hình", 84, "mô hình"), Q("28 mạnh thường quân", 28, "mạnh thường quân"),
 Q("1.040 phần quà", 1040, "phần quà"), Q("17 tập thể", 17, "tập thể"), Q("24 cá nhân", 24, "cá nhân")],
[D("Công văn", "1245", "CV/TU", None, "Ban Thường vụ Thành ủy", "Công văn số 1245-CV/TU"),
 D("Kế hoạch", "40", "KH/TU", "2021-08-09", "Ban Thường vụ Thành ủy", "Kế hoạch số 40-KH/TU ngày 09/8/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Cần Thơ"), prov("Hồ Chí Minh"), com("An Khánh")],
["CẦN THƠ ONLINE - Báo Đảng bộ thành phố Cần Thơ", "Chính trị > Xây dựng Đảng > Công tác dân vận", "Dân vận khéo", "ATM gạo", "Siêu thị 0 đồng",
 "thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19", "Quy chế công tác dân vận của hệ thống chính trị"],
["2021-12-28 15:20", "năm 2021", "năm 2022", "Siêu thị 0 đồng", "Covid-19"]))

PAGES.append(page("b6544-haiphong-bdvthu-giamsat-2021", """
Báo Hải Phòng điện tử
Thứ Sáu, 07/01/2022, 09:10
Thời sự / Chính trị / Dân vận
Giám sát việc thực hiện Quy chế dân chủ năm 2021 tại Đảng bộ quận Lê Chân: 14/15 phường đạt yêu cầu
(HP) - Ngày 06/01, Đoàn giám sát của Ban Thường vụ Thành ủy do đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, làm trưởng đoàn đã làm việc với Ban Thường vụ Quận ủy Lê Chân về kết quả thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận năm 2021.
Đoàn giám sát làm việc với Quận ủy Lê Chân. Ảnh: Ngọc Lan
Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Vũ Đức Hạnh, Lê Thị Thanh Thủy. Về phía quận có đồng chí Nguyễn Hữu Khoa, Thành ủy viên, Bí thư Quận ủy.
Báo cáo của Quận ủy Lê Chân tại buổi giám sát cho biết, năm 2021 quận đã thực hiện Kế hoạch số 35-KH/QU ngày 18/3/2021 của Ban Thường vụ Quận ủy và Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước. Các số liệu chính được báo cáo gồm:
- 14/15 phường đạt yêu cầu về thực hiện Quy chế dân chủ ở cơ sở; phường Dư Hàng Kênh được đánh giá tốt nhất.
- Tổ chức 47 hội nghị lấy ý kiến nhân dân về quy hoạch, dự án, với trên 6.300 lượt người tham dự.
- Công khai 126 dự án, công trình tại trụ sở phường và nhà văn hóa tổ dân phố.
- Tiếp nhận 389 đơn thư; đã giải quyết 361 đơn, đạt 92,8%; còn 28 đơn đang xem xét.
- Ban Thanh tra nhân dân các phường giám sát 212 công trình, phát hiện và kiến nghị xử lý 9 sai phạm.
- Nhân dân đóng góp khoảng 14,5 tỷ đồng chỉnh trang 86 ngõ, ngách.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc công khai tài chính ở một số tổ dân phố chưa đầy đủ; hoạt động của Ban Giám sát đầu tư cộng đồng tại phường Trại Cau còn hình thức; một số kiến nghị của cử tri chậm được trả lời.
Phát biểu tại buổi làm việc, ông Đào Văn Phúc, Tổ trưởng tổ dân phố số 12, phường Dư Hàng Kênh, cho biết tổ đã tổ chức 4 cuộc họp dân để thống nhất phương án mở rộng ngõ.
Kết luận buổi giám sát, đồng chí Phạm Thị Thu Trang đề nghị Quận ủy chỉ đạo khắc phục hạn chế trong quý I/2022, thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở khi được ban hành và nhân rộng 5 mô hình tiêu biểu của quận.
Đoàn sẽ tổng hợp kết quả giám sát tại 8 quận, huyện để báo cáo Ban Thường vụ Thành ủy.
Tùng Lâm
Tin khác
- Kiến An tổng kết công tác dân vận năm 2021 (05/01/2022)
- Thủy Nguyên: đối thoại với người dân vùng dự án khu đô thị (29/12/2021)
- Ban Dân vận Thành ủy giao ban khối quý IV (24/12/2021)
- Hồng Bàng: Hội nghị đối thoại giữa Bí thư Quận ủy với nhân dân (20/12/2021)
- Ngô Quyền ra mắt mô hình 'Tổ dân phố văn minh' (10/12/2021)
""", "2022-01-07", "Giám sát việc thực hiện Quy chế dân chủ năm 2021 tại Đảng bộ quận Lê Chân: 14/15 phường đạt yêu cầu",
E("giam_sat", "2021", "2022-01-06"),
[P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Vũ Đức Hạnh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Lê Thị Thanh Thủy", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Hữu Khoa", "Thành ủy viên", "Bí thư Quận ủy"),
 P("Đào Văn Phúc", "Tổ trưởng tổ dân phố số 12")],
[Q("14/15 phường", 14, "phường"), Q("47 hội nghị", 47, "hội nghị"), Q("trên 6.300 lượt người", 6300, "lượt người", "over"),
 Q("126 dự án, công trình", 126, "dự án, công trình"), Q("389 đơn thư", 389, "đơn thư"), Q("361 đơn", 361, "đơn"), Q("92,8%", 92.8, "%"),
 Q("28 đơn", 28, "đơn"), Q("212 công trình", 212, "công trình"), Q("9 sai phạm", 9, "sai phạm"),
 Q("khoảng 14,5 tỷ đồng", 14500000000, "đồng", "approx"), Q("86 ngõ, ngách", 86, "ngõ, ngách"), Q("4 cuộc họp dân", 4, "cuộc họp dân"),
 Q("5 mô hình tiêu biểu", 5, "mô hình tiêu biểu"), Q("8 quận, huyện", 8, "quận, huyện")],
[D("Kế hoạch", "35", "KH/QU", "2021-03-18", "Ban Thường vụ Quận ủy", "Kế hoạch số 35-KH/QU ngày 18/3/2021"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Trại Cau")],
["Báo Hải Phòng điện tử", "Thời sự / Chính trị / Dân vận", "(HP)", "Đoàn giám sát làm việc với Quận ủy Lê Chân. Ảnh: Ngọc Lan",
 "Quy chế dân chủ ở cơ sở", "Luật Thực hiện dân chủ ở cơ sở", "Ban Giám sát đầu tư cộng đồng"],
["Thứ Sáu, 07/01/2022, 09:10", "năm 2021", "quý I/2022", "tổ dân phố số 12"]))
