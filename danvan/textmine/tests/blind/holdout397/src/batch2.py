from lib import *
PAGES = []

PAGES.append(page("b9491-hanam-ubnd-doithoai-2017", """
BÁO HÀ NAM ĐIỆN TỬ
Vị trí: Trang chủ / Chính trị / Dân vận
08:15 | 23/06/2017
Chủ tịch UBND tỉnh đối thoại với công nhân Khu công nghiệp Đồng Văn II
Sáng 21/6, trong khuôn khổ Tháng Công nhân, UBND tỉnh Hà Nam phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với công nhân lao động năm 2017. Đồng chí Trương Quốc Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì hội nghị. Cùng dự có đồng chí Đinh Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Trần Thị Thu Hường, Vũ Văn Khánh; đại diện lãnh đạo 46 doanh nghiệp và hơn 300 công nhân.
Đồng chí Trương Quốc Hiếu trả lời ý kiến của công nhân. Ảnh: Văn Lâm
Báo cáo tại hội nghị cho biết, hiện 8 khu công nghiệp của tỉnh thu hút khoảng 63.000 lao động, trong đó 70% là lao động nữ, nhiều người đến từ các tỉnh Ninh Bình, Nam Định, Thanh Hóa, Hòa Bình. Năm 2016, thu nhập bình quân của công nhân đạt 5,1 triệu đồng/tháng; tuy nhiên vẫn xảy ra 6 cuộc ngừng việc tập thể tại các doanh nghiệp có vốn đầu tư nước ngoài.
Trong gần 3 giờ đối thoại, 42 ý kiến của công nhân được nêu trực tiếp và qua phiếu hỏi. Chị Lường Thị Hoa, người Mường quê Hòa Bình, công nhân Công ty TNHH Khải Hưng, phản ánh phòng trọ quanh khu công nghiệp chật chội, giá thuê 1,2 triệu đồng/tháng, chưa có nhà trẻ cho con công nhân. Anh Đào Văn Quyết, Tổ trưởng Công đoàn Công ty TNHH Sao Việt, kiến nghị nâng giá trị bữa ăn ca vốn chỉ 15.000 đồng/suất và có chế độ nghỉ mát hằng năm cho công nhân.
Trả lời công nhân, đồng chí Trương Quốc Hiếu cho biết mức lương tối thiểu vùng năm 2017 theo Nghị định số 153/2016/NĐ-CP ngày 14/11/2016 của Chính phủ đối với địa bàn các khu công nghiệp là 2.900.000 đồng/tháng; tỉnh sẽ giao Sở Lao động - Thương binh và Xã hội kiểm tra việc xây dựng thang, bảng lương tại 30 doanh nghiệp trong quý III. Về nhà ở, UBND tỉnh đã có Kế hoạch số 1250/KH-UBND ngày 10/5/2017 về phát triển nhà ở cho công nhân, đến năm 2020 hoàn thành 5 khu nhà ở xã hội với khoảng 1.600 căn hộ tại thị trấn Đồng Văn và xã Hoàng Đông; đồng thời đề nghị doanh nghiệp nâng giá trị bữa ăn ca lên tối thiểu 18.000 đồng/suất.
Ông Kim Young Soo, Giám đốc Công ty TNHH Khải Hưng, cam kết dành 500 triệu đồng xây nhà trẻ trong khuôn viên công ty vào cuối năm nay.
Phát biểu tại hội nghị, đồng chí Đinh Thị Lụa đề nghị các cấp công đoàn tiếp tục thực hiện Chỉ thị số 37-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp, phối hợp chặt chẽ với khối dân vận các cấp nắm bắt tâm tư của công nhân, giải quyết kịp thời những kiến nghị chính đáng, không để phát sinh điểm nóng.
Sau hội nghị, các sở, ngành sẽ trả lời bằng văn bản 14 ý kiến chưa được giải đáp tại chỗ. LĐLĐ tỉnh trao 100 suất quà cho công nhân có hoàn cảnh khó khăn, mỗi suất 500.000 đồng.
Văn Lâm
Lượt xem: 957
Tin liên quan
- Phát động Tháng Công nhân năm 2017 (02/05/2017)
- Duy Tiên: khánh thành 3 Mái ấm Công đoàn (20/04/2017)
- Công nhân Khu công nghiệp Châu Sơn được khám bệnh miễn phí (07/04/2017)
""", "2017-06-23", "Chủ tịch UBND tỉnh đối thoại với công nhân Khu công nghiệp Đồng Văn II",
E("doi_thoai", "2017", "2017-06-21"),
[P("Trương Quốc Hiếu", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Đinh Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Thu Hường", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Vũ Văn Khánh", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lường Thị Hoa", "công nhân Công ty TNHH Khải Hưng"),
 P("Đào Văn Quyết", "Tổ trưởng Công đoàn Công ty TNHH Sao Việt"),
 P("Kim Young Soo", "Giám đốc Công ty TNHH Khải Hưng")],
[Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("hơn 300 công nhân", 300, "công nhân", "over"),
 Q("8 khu công nghiệp", 8, "khu công nghiệp"), Q("khoảng 63.000 lao động", 63000, "lao động", "approx"),
 Q("70%", 70, "%"), Q("5,1 triệu đồng", 5100000, "đồng"), Q("6 cuộc ngừng việc tập thể", 6, "cuộc ngừng việc tập thể"),
 Q("42 ý kiến", 42, "ý kiến"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("15.000 đồng", 15000, "đồng"),
 Q("2.900.000 đồng", 2900000, "đồng"), Q("30 doanh nghiệp", 30, "doanh nghiệp"),
 Q("5 khu nhà ở xã hội", 5, "khu nhà ở xã hội"), Q("khoảng 1.600 căn hộ", 1600, "căn hộ", "approx"),
 Q("tối thiểu 18.000 đồng", 18000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"), Q("14 ý kiến", 14, "ý kiến"),
 Q("100 suất quà", 100, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị định", "153", "2016/NĐ-CP", "2016-11-14", "Chính phủ", "Nghị định số 153/2016/NĐ-CP ngày 14/11/2016"),
 D("Kế hoạch", "1250", "KH-UBND", "2017-05-10", "UBND tỉnh", "Kế hoạch số 1250/KH-UBND ngày 10/5/2017"),
 D("Chỉ thị", "37", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 37-CT/TU")],
[prov("Hà Nam"), prov("Ninh Bình"), prov("Nam Định"), prov("Thanh Hóa"), prov("Hòa Bình"),
 com("Đồng Văn"), com("Hoàng Đông")],
["BÁO HÀ NAM ĐIỆN TỬ", "Vị trí: Trang chủ / Chính trị / Dân vận", "Đồng chí Trương Quốc Hiếu trả lời ý kiến của công nhân. Ảnh: Văn Lâm",
 "Tháng Công nhân", "Khu công nghiệp Đồng Văn II", "Lượt xem: 957"],
["08:15 | 23/06/2017", "Đồng Văn II", "năm 2017", "Năm 2016", "gần 3 giờ", "quý III", "năm 2020", "Lượt xem: 957"]))

PAGES.append(page("b9492-quangnam-bdv-giaoban-q1-2018", """
BÁO QUẢNG NAM ONLINE
Thời sự › Chính trị › Dân vận
Thứ Năm, 12/04/2018, 16:40
Quang cảnh buổi giao ban. Ảnh: N.Đ
Công đoàn các khu công nghiệp tăng cường nắm tình hình công nhân
(QNO) - Chiều 11/4, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức giao ban công tác dân vận với Liên đoàn Lao động tỉnh và Công đoàn các khu công nghiệp quý I/2018. Đồng chí Phan Thị Thanh Thủy, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; đồng chí Nguyễn Công Tâm, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh cùng dự.
Theo báo cáo, trong quý I, các cấp công đoàn đã tổ chức thăm, tặng 9.300 suất quà cho công nhân dịp Tết Mậu Tuất với tổng trị giá 4,6 tỷ đồng; phối hợp đưa đón 1.250 công nhân về quê và trở lại làm việc bằng 28 chuyến xe miễn phí. Sau Tết, tỷ lệ công nhân trở lại làm việc tại các khu công nghiệp đạt 96%. Các cấp công đoàn cũng phát triển 2.140 đoàn viên, thành lập mới 17 công đoàn cơ sở.
Tuy nhiên, trong quý đã xảy ra 2 cuộc ngừng việc tập thể tại Khu công nghiệp Điện Nam - Điện Ngọc với gần 1.800 công nhân tham gia, do doanh nghiệp chậm chi trả lương tháng 13. Ban Dân vận Thị ủy Điện Bàn đã phối hợp với công đoàn khu công nghiệp, chính quyền phường Điện Nam Bắc vận động công nhân trở lại làm việc sau 2 ngày. Đồng chí Lê Văn Thanh, Trưởng Ban Dân vận Thị ủy Điện Bàn, cho biết thị xã đã thành lập tổ nắm tình hình ở các khu nhà trọ công nhân.
Tại buổi giao ban, đồng chí Huỳnh Văn Lợi, Chủ tịch Công đoàn các khu công nghiệp tỉnh, đề nghị các ngành sớm xử lý tình trạng doanh nghiệp nợ bảo hiểm xã hội kéo dài, hiện 31 doanh nghiệp nợ với số tiền hơn 12 tỷ đồng. Bà Zơrâm Thị Hạnh, Chủ tịch Công đoàn cơ sở Công ty CP Dệt may Tam Thăng, cho biết công ty có hơn 200 lao động là người Cơ Tu ở các xã Sông Kôn, Tà Lu, nhiều người chưa quen tác phong công nghiệp nên công đoàn phải kèm cặp, giúp đỡ.
Các đại biểu cũng thảo luận về việc vận động công nhân tham gia các cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam", phòng, chống tệ nạn xã hội tại khu nhà trọ; đề xuất xây dựng mô hình "Khu trọ văn minh" ở các phường, xã có đông công nhân.
Kết luận buổi giao ban, đồng chí Phan Thị Thanh Thủy yêu cầu quý II tập trung triển khai Kế hoạch số 85-KH/BDVTU ngày 02/3/2018 của Ban Dân vận Tỉnh ủy về thực hiện Kết luận số 13-KL/TU của Ban Thường vụ Tỉnh ủy về xây dựng quan hệ lao động hài hòa; phối hợp tổ chức tốt Tháng Công nhân và Tháng hành động về an toàn, vệ sinh lao động năm 2018; hằng tháng nắm tình hình tư tưởng công nhân, báo cáo về Ban Dân vận Tỉnh ủy trước ngày 25.
Ngọc Diệp
Tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Tây Giang (05/04/2018)
- Núi Thành: ra mắt mô hình "Khu trọ văn minh" (28/03/2018)
- Giao ban khối dân vận tháng 3 (26/03/2018)
""", "2018-04-12", "Công đoàn các khu công nghiệp tăng cường nắm tình hình công nhân",
E("giao_ban", "2018-Q1", "2018-04-11"),
[P("Phan Thị Thanh Thủy", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Công Tâm", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Lê Văn Thanh", "Trưởng Ban Dân vận Thị ủy Điện Bàn"),
 P("Huỳnh Văn Lợi", "Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Zơrâm Thị Hạnh", "Chủ tịch Công đoàn cơ sở Công ty CP Dệt may Tam Thăng")],
[Q("9.300 suất quà", 9300, "suất quà"), Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("1.250 công nhân", 1250, "công nhân"),
 Q("28 chuyến xe", 28, "chuyến xe"), Q("96%", 96, "%"), Q("2.140 đoàn viên", 2140, "đoàn viên"),
 Q("17 công đoàn cơ sở", 17, "công đoàn cơ sở"), Q("2 cuộc ngừng việc tập thể", 2, "cuộc ngừng việc tập thể"),
 Q("gần 1.800 công nhân", 1800, "công nhân", "approx"), Q("31 doanh nghiệp", 31, "doanh nghiệp"),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("hơn 200 lao động", 200, "lao động", "over")],
[D("Kế hoạch", "85", "KH/BDVTU", "2018-03-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 85-KH/BDVTU ngày 02/3/2018"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 13-KL/TU")],
[prov("Quảng Nam"), com("Điện Nam Bắc"), com("Sông Kôn"), com("Tà Lu")],
["BÁO QUẢNG NAM ONLINE", "Thời sự › Chính trị › Dân vận", "Quang cảnh buổi giao ban. Ảnh: N.Đ", "(QNO)",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Khu trọ văn minh", "Tháng Công nhân",
 "Tháng hành động về an toàn, vệ sinh lao động"],
["Thứ Năm, 12/04/2018, 16:40", "quý I/2018", "quý I", "quý II", "lương tháng 13", "sau 2 ngày", "năm 2018", "trước ngày 25"]))

PAGES.append(page("b9493-thainguyen-btv-giamsat-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản
25.10.2019 | 10:05
Đoàn giám sát làm việc với Ban Quản lý các khu công nghiệp tỉnh.
Giám sát việc thực hiện chính sách đối với người lao động tại Khu công nghiệp Yên Bình
Thực hiện Chương trình giám sát năm 2019 của Ban Thường vụ Tỉnh ủy Thái Nguyên, ngày 23/10, Đoàn giám sát số 5 theo Quyết định số 2156-QĐ/TU ngày 12/9/2019 của Ban Thường vụ Tỉnh ủy do đồng chí Ma Thị Nguyệt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc lãnh đạo thực hiện chính sách, pháp luật đối với công nhân lao động tại Khu công nghiệp Yên Bình.
Tham gia đoàn có đồng chí Nông Thị Hồng Thúy, Phó Chủ tịch LĐLĐ tỉnh; đồng chí Lục Văn Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo của Ban Quản lý các khu công nghiệp, Khu công nghiệp Yên Bình hiện có 12 doanh nghiệp đang hoạt động với khoảng 72.000 lao động, trong đó trên 80% là lao động nữ. Thu nhập bình quân của công nhân năm 2019 đạt 7,2 triệu đồng/tháng. Tỷ lệ người lao động được ký hợp đồng lao động đạt 98,5%; có 11/12 doanh nghiệp đã thành lập công đoàn cơ sở với 64.300 đoàn viên.
Qua kiểm tra thực tế tại 6 doanh nghiệp, đoàn giám sát ghi nhận các doanh nghiệp cơ bản thực hiện đúng quy định về tiền lương, bảo hiểm xã hội, bữa ăn ca; đã xây dựng 1.200 phòng ký túc xá cho công nhân ở phường Đồng Tiến. Tuy vậy, vẫn còn 2 doanh nghiệp chậm đóng bảo hiểm xã hội với số tiền gần 2,3 tỷ đồng; nhà trẻ, nơi sinh hoạt văn hóa cho công nhân còn thiếu; nhiều lao động người Tày, Nùng, Dao từ các huyện vùng cao chưa được bồi dưỡng kỹ năng sống ở đô thị.
Chị Hoàng Thị Dung, công nhân Công ty TNHH Điện tử Yên Bình, quê xã Tân Phú, kiến nghị có thêm tuyến xe buýt đưa đón công nhân; anh Đặng Văn Sinh, Chủ tịch Công đoàn cơ sở Công ty TNHH Cơ khí Phổ Yên, đề nghị doanh nghiệp tạo điều kiện thời gian cho cán bộ công đoàn hoạt động.
Kết luận buổi giám sát, đồng chí Ma Thị Nguyệt đề nghị Ban Quản lý các khu công nghiệp và các doanh nghiệp tiếp tục thực hiện Chỉ thị số 22-CT/TW ngày 05/6/2008 của Ban Bí thư; làm tốt công tác dân vận trong doanh nghiệp theo Quy chế công tác dân vận; phối hợp với công đoàn tổ chức đối thoại định kỳ; sớm xây dựng nhà trẻ cho con công nhân. Đoàn cũng đề nghị LĐLĐ tỉnh thực hiện tốt quy định giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, kịp thời phát hiện, kiến nghị xử lý doanh nghiệp vi phạm.
Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 11/2019.
Minh Hằng
Tin cùng chuyên mục
- Đoàn giám sát số 3 làm việc với Huyện ủy Đại Từ (18/10/2019)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với công nhân (10/10/2019)
- Ra mắt 4 Mái ấm Công đoàn tại Sông Công (01/10/2019)
""", "2019-10-25", "Giám sát việc thực hiện chính sách đối với người lao động tại Khu công nghiệp Yên Bình",
E("giam_sat", "2019", "2019-10-23"),
[P("Ma Thị Nguyệt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Hồng Thúy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lục Văn Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Dung", "công nhân Công ty TNHH Điện tử Yên Bình"),
 P("Đặng Văn Sinh", "Chủ tịch Công đoàn cơ sở Công ty TNHH Cơ khí Phổ Yên")],
[Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("khoảng 72.000 lao động", 72000, "lao động", "approx"),
 Q("trên 80%", 80, "%", "over"), Q("7,2 triệu đồng", 7200000, "đồng"), Q("98,5%", 98.5, "%"),
 Q("11/12 doanh nghiệp", 11, "doanh nghiệp"), Q("64.300 đoàn viên", 64300, "đoàn viên"),
 Q("6 doanh nghiệp", 6, "doanh nghiệp"), Q("1.200 phòng ký túc xá", 1200, "phòng ký túc xá"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx")],
[D("Quyết định", "2156", "QĐ/TU", "2019-09-12", "Ban Thường vụ Tỉnh ủy", "Quyết định số 2156-QĐ/TU ngày 12/9/2019"),
 D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 05/6/2008"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Thái Nguyên"), com("Đồng Tiến"), com("Tân Phú")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản",
 "Đoàn giám sát làm việc với Ban Quản lý các khu công nghiệp tỉnh.", "Chương trình giám sát năm 2019", "Quy chế công tác dân vận"],
["25.10.2019 | 10:05", "năm 2019", "Đoàn giám sát số 5", "tháng 11/2019"]))

PAGES.append(page("b9494-danang-ldld-hotro-covid-2020", """
BÁO ĐÀ NẴNG ĐIỆN TỬ
Trang chủ › Xã hội › Lao động - Việc làm
Thứ Sáu, 17/4/2020 10:05 (GMT+7)
Tiếp sức 1.500 công nhân mất việc do dịch Covid-19
Công nhân nhận quà hỗ trợ tại Khu công nghiệp Hòa Khánh. Ảnh: Xuân Sơn
Ngày 16/4, Liên đoàn Lao động thành phố Đà Nẵng phối hợp với Ban Quản lý các khu công nghiệp và chế xuất tổ chức trao quà hỗ trợ cho 1.500 công nhân bị chấm dứt hợp đồng lao động, ngừng việc do ảnh hưởng của dịch Covid-19. Đến dự có đồng chí Đặng Văn Mùi, Phó Chủ tịch UBND thành phố; đồng chí Phan Thị Thúy Hà, Thành ủy viên, Chủ tịch LĐLĐ thành phố.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và các nhu yếu phẩm thiết yếu, tổng trị giá hơn 1,1 tỷ đồng, trong đó 15 tấn gạo do các doanh nghiệp và nhà hảo tâm ủng hộ. Đây là đợt hỗ trợ thứ hai của tổ chức công đoàn thành phố kể từ khi dịch bệnh bùng phát.
Theo đồng chí Phan Thị Thúy Hà, đến giữa tháng 4, trên địa bàn thành phố có 147 doanh nghiệp phải thu hẹp sản xuất, hơn 9.600 người lao động bị giảm giờ làm, ngừng việc, trong đó khoảng 2.300 người mất việc làm. Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch, LĐLĐ thành phố đã chỉ đạo các công đoàn cơ sở rà soát, lập danh sách đoàn viên đủ điều kiện để đề nghị hỗ trợ 1.800.000 đồng/người/tháng đối với người lao động tạm hoãn hợp đồng, nghỉ việc không lương.
Cùng với đó, theo Công văn số 412/LĐLĐ ngày 02/4/2020 của LĐLĐ thành phố, các công đoàn cơ sở không thu đoàn phí của đoàn viên bị ngừng việc trong 3 tháng, dành kinh phí tối thiểu 50% tổng thu tài chính để chăm lo cho đoàn viên khó khăn.
Chị Hồ Thị Xuân, người Cơ Tu quê xã A Ting, công nhân Công ty TNHH May mặc Hòa Khánh, cho biết từ đầu tháng 3 công ty chỉ bố trí việc làm 10 ngày mỗi tháng, tiền thuê trọ ở phường Hòa Khánh Bắc không giảm nên cuộc sống rất chật vật. "Suất quà này giúp mẹ con tôi có thêm gạo, thức ăn trong những ngày khó khăn nhất", chị Xuân chia sẻ.
Phát biểu tại buổi trao quà, đồng chí Đặng Văn Mùi đề nghị các doanh nghiệp chủ động duy trì sản xuất, giữ chân người lao động; các chủ nhà trọ chia sẻ, giảm giá phòng cho công nhân. Ông Trần Văn Hòa, chủ khu nhà trọ 60 phòng ở phường Hòa Hiệp Nam, đã tự nguyện giảm 30% tiền thuê trong 2 tháng cho công nhân thuê trọ.
Cùng ngày, LĐLĐ thành phố ra mắt "Siêu thị 0 đồng" tại Nhà văn hóa công nhân, phục vụ miễn phí các mặt hàng thiết yếu cho công nhân lao động đang thuê trọ.
Xuân Sơn
Tin liên quan
- Hơn 2.000 đoàn viên công đoàn được hỗ trợ trong đợt 1 (06/04/2020)
- Công nhân thực hiện giãn cách trong nhà máy (01/04/2020)
- LĐLĐ thành phố hoãn các hoạt động tập trung đông người (20/03/2020)
""", "2020-04-17", "Tiếp sức 1.500 công nhân mất việc do dịch Covid-19",
E("trao_qua", None, "2020-04-16"),
[P("Đặng Văn Mùi", "Phó Chủ tịch UBND thành phố"),
 P("Phan Thị Thúy Hà", "Thành ủy viên", "Chủ tịch LĐLĐ thành phố"),
 P("Hồ Thị Xuân", "công nhân Công ty TNHH May mặc Hòa Khánh"),
 P("Trần Văn Hòa")],
[Q("1.500 công nhân", 1500, "công nhân"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("15 tấn", 15, "tấn"), Q("147 doanh nghiệp", 147, "doanh nghiệp"),
 Q("hơn 9.600 người lao động", 9600, "người lao động", "over"), Q("khoảng 2.300 người", 2300, "người", "approx"),
 Q("1.800.000 đồng", 1800000, "đồng"), Q("tối thiểu 50%", 50, "%"), Q("60 phòng", 60, "phòng"), Q("30%", 30, "%")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Công văn", "412", "LĐLĐ", "2020-04-02", "LĐLĐ thành phố", "Công văn số 412/LĐLĐ ngày 02/4/2020")],
[prov("Đà Nẵng"), com("A Ting"), com("Hòa Khánh Bắc"), com("Hòa Hiệp Nam")],
["BÁO ĐÀ NẴNG ĐIỆN TỬ", "Trang chủ › Xã hội › Lao động - Việc làm",
 "Công nhân nhận quà hỗ trợ tại Khu công nghiệp Hòa Khánh. Ảnh: Xuân Sơn", "Siêu thị 0 đồng", "Nhà văn hóa công nhân"],
["Thứ Sáu, 17/4/2020 10:05 (GMT+7)", "đợt hỗ trợ thứ hai", "trong 3 tháng", "10 ngày mỗi tháng", "trong 2 tháng",
 "Siêu thị 0 đồng", "tháng 4", "tháng 3"]))

PAGES.append(page("b9495-bacgiang-ldld-soket-2021", """
BÁO BẮC GIANG ĐIỆN TỬ
Trang chủ - Chính trị - Công đoàn
Ngày 09/07/2021 | 09:15
Đồng chí Thân Văn Khởi phát biểu tại hội nghị.
Công đoàn Bắc Giang đồng hành cùng công nhân vượt qua đợt dịch
BGĐT - Ngày 8/7, Liên đoàn Lao động tỉnh tổ chức hội nghị trực tuyến sơ kết công tác công đoàn 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm với 11 điểm cầu huyện, thành phố và công đoàn các khu công nghiệp. Đồng chí Thân Văn Khởi, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì; dự tại điểm cầu tỉnh có đồng chí Hoàng Thị Xuân, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy.
6 tháng đầu năm, đợt bùng phát dịch Covid-19 tại các khu công nghiệp Quang Châu, Vân Trung, Đình Trám, Song Khê - Nội Hoàng đã khiến hơn 4.800 công nhân mắc bệnh, hơn 150.000 lao động phải tạm nghỉ việc. Các cấp công đoàn đã huy động gần 24 tỷ đồng, trao 62.000 suất quà, hỗ trợ 3.500 tấn gạo và nhu yếu phẩm cho công nhân lưu trú tại các khu nhà trọ; phối hợp bố trí 38 khu lưu trú tập trung với sức chứa 21.000 chỗ để doanh nghiệp vừa sản xuất vừa phòng dịch.
Công tác phát triển đoàn viên vẫn đạt kết quả khả quan: kết nạp 6.120 đoàn viên, thành lập mới 39 công đoàn cơ sở. Đến nay, các công đoàn cơ sở đã tổ chức 418 hội nghị người lao động, ký mới 57 thỏa ước lao động tập thể.
Tại hội nghị, đồng chí Lâm Văn Dầu, Chủ tịch Công đoàn các khu công nghiệp tỉnh, cho biết nhiều công nhân người Nùng, Sán Chay ở các xã vùng cao huyện Sơn Động, Lục Ngạn mất việc làm tạm thời, đời sống khó khăn. Đồng chí đề nghị sớm triển khai chính sách theo Nghị quyết số 68/NQ-CP ngày 01/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021 của Thủ tướng Chính phủ về hỗ trợ người lao động gặp khó khăn do đại dịch. Bà Nguyễn Thị Thơm, Chủ tịch Công đoàn xã Quang Châu, đề nghị hỗ trợ tiền thuê nhà cho khoảng 3.000 công nhân đang thuê trọ trên địa bàn xã.
Phát biểu kết luận, đồng chí Thân Văn Khởi yêu cầu 6 tháng cuối năm, các cấp công đoàn thực hiện nghiêm Chỉ thị số 15-CT/TU ngày 10/5/2021 của Ban Thường vụ Tỉnh ủy về tăng cường các biện pháp phòng, chống dịch trong khu công nghiệp; phối hợp thực hiện tốt chính sách hỗ trợ đoàn viên theo Quyết định số 2511/QĐ-TLĐ ngày 02/7/2021 của Tổng Liên đoàn Lao động Việt Nam, mỗi đoàn viên mắc Covid-19 được hỗ trợ 3 triệu đồng; không để công nhân nào bị thiếu đói.
Dịp này, LĐLĐ tỉnh tặng bằng khen cho 24 tập thể, 36 cá nhân có thành tích xuất sắc trong phòng, chống dịch.
Thu Hà
Lượt xem: 2.041
TIN CÙNG CHUYÊN MỤC
- Công nhân Khu công nghiệp Vân Trung trở lại làm việc (05/07/2021)
- Trao 500 suất quà cho công nhân cách ly (28/06/2021)
- Hỗ trợ công nhân lưu trú tại doanh nghiệp (15/06/2021)
""", "2021-07-09", "Công đoàn Bắc Giang đồng hành cùng công nhân vượt qua đợt dịch",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Thân Văn Khởi", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Hoàng Thị Xuân", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lâm Văn Dầu", "Chủ tịch Công đoàn các khu công nghiệp tỉnh"),
 P("Nguyễn Thị Thơm", "Chủ tịch Công đoàn xã Quang Châu")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("hơn 4.800 công nhân", 4800, "công nhân", "over"),
 Q("hơn 150.000 lao động", 150000, "lao động", "over"), Q("gần 24 tỷ đồng", 24000000000, "đồng", "approx"),
 Q("62.000 suất quà", 62000, "suất quà"), Q("3.500 tấn", 3500, "tấn"), Q("38 khu lưu trú tập trung", 38, "khu lưu trú tập trung"),
 Q("21.000 chỗ", 21000, "chỗ"), Q("6.120 đoàn viên", 6120, "đoàn viên"), Q("39 công đoàn cơ sở", 39, "công đoàn cơ sở"),
 Q("418 hội nghị người lao động", 418, "hội nghị người lao động"), Q("57 thỏa ước lao động tập thể", 57, "thỏa ước lao động tập thể"),
 Q("khoảng 3.000 công nhân", 3000, "công nhân", "approx"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 07/7/2021"),
 D("Chỉ thị", "15", "CT/TU", "2021-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 10/5/2021"),
 D("Quyết định", "2511", "QĐ-TLĐ", "2021-07-02", "Tổng Liên đoàn Lao động Việt Nam", "Quyết định số 2511/QĐ-TLĐ ngày 02/7/2021")],
[prov("Bắc Giang"), com("Quang Châu")],
["BÁO BẮC GIANG ĐIỆN TỬ", "Trang chủ - Chính trị - Công đoàn", "Đồng chí Thân Văn Khởi phát biểu tại hội nghị.", "BGĐT",
 "Lượt xem: 2.041"],
["Ngày 09/07/2021 | 09:15", "6 tháng đầu năm 2021", "6 tháng cuối năm", "6 tháng đầu năm", "Lượt xem: 2.041"]))

PAGES.append(page("b9496-vinhphuc-dbqh-tiepxuc-congnhan-2022", """
VĨNH PHÚC ONLINE - Đài Phát thanh và Truyền hình Vĩnh Phúc
Tin tức >> Thời sự >> Chính trị
17-06-2022 15:20
Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri là công nhân lao động
Toàn cảnh buổi tiếp xúc cử tri.
Chiều 16/6, tại Nhà văn hóa công nhân Khu công nghiệp Bá Thiện, Đoàn đại biểu Quốc hội tỉnh phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị tiếp xúc cử tri là công nhân lao động sau Kỳ họp thứ ba, Quốc hội khóa XV. Tham dự có các đại biểu Quốc hội: Nguyễn Thị Minh Thu, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh; Dương Văn Phúc, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh; cùng gần 250 cử tri là công nhân của 30 doanh nghiệp.
Đại biểu Nguyễn Thị Minh Thu thông báo kết quả kỳ họp, trong đó Quốc hội đã thông qua 8 luật và 9 nghị quyết; nhiều chính sách liên quan trực tiếp đến người lao động như hỗ trợ tiền thuê nhà theo Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022 của Thủ tướng Chính phủ, với mức 500.000 đồng/người/tháng cho lao động đang làm việc trong doanh nghiệp và 1.000.000 đồng/người/tháng cho lao động quay trở lại thị trường lao động.
Tại hội nghị, 17 ý kiến của cử tri được gửi đến đoàn. Cử tri Hà Thị Nhung, công nhân Công ty TNHH Điện tử Bá Thiện, phản ánh nhiều doanh nghiệp chậm lập hồ sơ hỗ trợ tiền thuê nhà, đến nay vẫn còn công nhân chưa nhận được tiền. Cử tri Triệu Văn Quý, người Dao ở xã Đồng Thịnh, huyện Sông Lô, công nhân Công ty CP Cơ khí Tam Dương, đề nghị Quốc hội sớm sửa Luật Bảo hiểm xã hội theo hướng hạn chế người lao động rút bảo hiểm xã hội một lần. Nhiều cử tri cũng mong muốn có thêm nhà ở xã hội, trường mầm non cho con công nhân ở xã Thiện Kế, xã Bá Hiến.
Giải đáp ý kiến cử tri, đại biểu Dương Văn Phúc cho biết, đến ngày 15/6, toàn tỉnh đã có 2.150 doanh nghiệp lập hồ sơ đề nghị hỗ trợ tiền thuê nhà cho hơn 112.000 lượt người lao động với số tiền khoảng 176 tỷ đồng. Từ ngày 1/7/2022, mức lương tối thiểu vùng tăng 6% theo Nghị định số 38/2022/NĐ-CP ngày 12/6/2022 của Chính phủ, trong đó vùng II là 4.160.000 đồng/tháng; công đoàn sẽ giám sát doanh nghiệp điều chỉnh lương đúng hạn.
Đại biểu Nguyễn Thị Minh Thu tiếp thu các ý kiến thuộc thẩm quyền của Quốc hội để tổng hợp, gửi đến các cơ quan có thẩm quyền; những ý kiến thuộc thẩm quyền của tỉnh được chuyển tới UBND tỉnh xem xét, trả lời theo quy định.
Ngay sau hội nghị, LĐLĐ tỉnh trao 50 suất quà cho công nhân có hoàn cảnh đặc biệt khó khăn, mỗi suất trị giá 1 triệu đồng.
Hải Yến - Minh Quân
Tin khác
- Tháng Công nhân năm 2022: trao 1.000 suất quà cho đoàn viên (20/05/2022)
- Cử tri Bình Xuyên kiến nghị về ô nhiễm môi trường (10/06/2022)
- LĐLĐ tỉnh ký kết chương trình phúc lợi cho đoàn viên (02/06/2022)
""", "2022-06-17", "Đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri là công nhân lao động",
E("hoi_nghi", None, "2022-06-16"),
[P("Nguyễn Thị Minh Thu", "đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("Dương Văn Phúc", "đại biểu Quốc hội", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Hà Thị Nhung", "công nhân Công ty TNHH Điện tử Bá Thiện"),
 P("Triệu Văn Quý", "công nhân Công ty CP Cơ khí Tam Dương")],
[Q("gần 250 cử tri", 250, "cử tri", "approx"), Q("30 doanh nghiệp", 30, "doanh nghiệp"), Q("8 luật", 8, "luật"),
 Q("9 nghị quyết", 9, "nghị quyết"), Q("500.000 đồng", 500000, "đồng"), Q("1.000.000 đồng", 1000000, "đồng"),
 Q("17 ý kiến", 17, "ý kiến"), Q("2.150 doanh nghiệp", 2150, "doanh nghiệp"),
 Q("hơn 112.000 lượt người lao động", 112000, "lượt người lao động", "over"),
 Q("khoảng 176 tỷ đồng", 176000000000, "đồng", "approx"), Q("6%", 6, "%"), Q("4.160.000 đồng", 4160000, "đồng"),
 Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "08", "2022/QĐ-TTg", "2022-03-28", "Thủ tướng Chính phủ", "Quyết định số 08/2022/QĐ-TTg ngày 28/3/2022"),
 D("Nghị định", "38", "2022/NĐ-CP", "2022-06-12", "Chính phủ", "Nghị định số 38/2022/NĐ-CP ngày 12/6/2022")],
[prov("Vĩnh Phúc"), com("Đồng Thịnh"), com("Thiện Kế"), com("Bá Hiến")],
["VĨNH PHÚC ONLINE - Đài Phát thanh và Truyền hình Vĩnh Phúc", "Tin tức >> Thời sự >> Chính trị",
 "Toàn cảnh buổi tiếp xúc cử tri.", "Nhà văn hóa công nhân Khu công nghiệp Bá Thiện", "Luật Bảo hiểm xã hội"],
["17-06-2022 15:20", "Kỳ họp thứ ba", "khóa XV", "ngày 15/6", "ngày 1/7/2022", "vùng II"]))
