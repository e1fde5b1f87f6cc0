from lib import *
PAGES = []

PAGES.append(page("b6899-hanam-bdv-giamsat-chamloTet-2017", """
BAN DÂN VẬN TỈNH ỦY HÀ NAM
Vị trí: Trang chủ - Hoạt động - Công tác giám sát
17/01/2017 - 10:05
Giám sát việc chăm lo Tết cho công nhân tại Khu công nghiệp Đồng Văn
Ngày 16/1/2017, Đoàn giám sát của Ban Dân vận Tỉnh ủy và Ủy ban MTTQ Việt Nam tỉnh Hà Nam do đồng chí Trần Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện chế độ tiền lương, thưởng Tết và chương trình đưa công nhân về quê đón Tết Đinh Dậu tại 4 doanh nghiệp trong Khu công nghiệp Đồng Văn II, thị xã Duy Tiên.
Cùng tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lại Văn Bình, Nguyễn Thị Mến và đồng chí Đỗ Văn Thuận, Chủ tịch Liên đoàn Lao động tỉnh.
Việc giám sát được thực hiện theo Kế hoạch số 36-KH/BDVTU ngày 28/12/2016 của Ban Dân vận Tỉnh ủy và Quyết định số 217-QĐi/TW của Bộ Chính trị về Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Theo báo cáo của các doanh nghiệp, đến ngày 15/1 cả 4 đơn vị đã trả đủ lương tháng 12 cho 9.640 lao động; mức thưởng Tết bình quân 3,2 triệu đồng/người, cao nhất 18 triệu đồng. Công ty TNHH Hoya Glass Disk Việt Nam II thuê 15 xe khách đưa khoảng 600 công nhân quê Thanh Hóa, Nghệ An, Ninh Bình về quê và đón trở lại vào mùng 6 Tết. Công ty TNHH Jaguar Hà Nam hỗ trợ mỗi công nhân ngoại tỉnh 500.000 đồng tiền tàu xe.
Qua giám sát, đoàn ghi nhận các doanh nghiệp thực hiện nghiêm túc các quy định; công đoàn cơ sở đã đối thoại với người sử dụng lao động về thưởng Tết. Tuy nhiên, một doanh nghiệp chưa công khai mức thưởng, 2 doanh nghiệp còn nợ tổng cộng gần 1,1 tỷ đồng tiền đóng bảo hiểm xã hội; khu nhà trọ công nhân ở xã Bạch Thượng còn thiếu điện chiếu sáng.
Anh Trịnh Văn Đông, Chủ tịch Công đoàn Công ty TNHH Hoya Glass Disk Việt Nam II, đề nghị tỉnh sớm có thiết chế công đoàn, nhà ở xã hội cho công nhân để người lao động yên tâm gắn bó lâu dài với doanh nghiệp.
Kết luận buổi giám sát, đồng chí Trần Thị Thu Hằng đề nghị các doanh nghiệp khắc phục ngay những tồn tại; công đoàn cơ sở bám sát cơ sở, kịp thời phản ánh tâm tư, nguyện vọng của công nhân, không để xảy ra tranh chấp lao động trước và sau Tết. Đoàn sẽ tổng hợp, báo cáo Thường trực Tỉnh ủy theo quy định trước ngày 25/1.
Ngay sau buổi giám sát, Liên đoàn Lao động tỉnh đã trao 200 vé xe hỗ trợ công nhân có hoàn cảnh khó khăn của 4 doanh nghiệp nói trên về quê, mỗi vé trị giá 350.000 đồng.
Nguyễn Hà (Ban Dân vận Tỉnh ủy)
Tin liên quan
- Hội nghị giao ban khối dân vận quý IV năm 2016 (10/01/2017)
- Hà Nam: 2.000 suất quà Tết cho công nhân (06/01/2017)
- Tọa đàm về dân vận chính quyền (20/12/2016)
""", "2017-01-17", "Giám sát việc chăm lo Tết cho công nhân tại Khu công nghiệp Đồng Văn",
E("giam_sat", None, "2017-01-16"),
[P("Trần Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Văn Bình", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Mến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Văn Thuận", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Trịnh Văn Đông", "Chủ tịch Công đoàn Công ty TNHH Hoya Glass Disk Việt Nam II")],
[Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("9.640 lao động", 9640, "lao động"), Q("3,2 triệu đồng/người", 3200000, "đồng"),
 Q("18 triệu đồng", 18000000, "đồng"), Q("15 xe khách", 15, "xe khách"), Q("khoảng 600 công nhân", 600, "công nhân", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("200 vé xe", 200, "vé xe"), Q("350.000 đồng", 350000, "đồng")],
[D("Kế hoạch", "36", "KH/BDVTU", "2016-12-28", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 36-KH/BDVTU ngày 28/12/2016"),
 D("Quyết định", "217", "QĐi/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐi/TW")],
[prov("Hà Nam"), prov("Thanh Hóa"), prov("Nghệ An"), prov("Ninh Bình"), com("Bạch Thượng")],
["BAN DÂN VẬN TỈNH ỦY HÀ NAM", "Vị trí: Trang chủ - Hoạt động - Công tác giám sát", "Khu công nghiệp Đồng Văn II",
 "Công ty TNHH Jaguar Hà Nam"],
["17/01/2017 - 10:05", "Tết Đinh Dậu", "ngày 15/1", "tháng 12", "mùng 6 Tết", "ngày 25/1"]))

PAGES.append(page("b6900-vinhphuc-ldld-soket-6thang-2018", """
Báo Vĩnh Phúc điện tử
Chính trị - Xã hội >> Công đoàn
Cập nhật lúc 16:40 ngày 13/07/2018
Công đoàn Vĩnh Phúc: Nhiều kết quả nổi bật trong chăm lo đời sống đoàn viên
Chiều 12/7, Liên đoàn Lao động tỉnh tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2018. Chủ trì hội nghị có đồng chí Trần Văn Bình, Chủ tịch Liên đoàn Lao động tỉnh; đồng chí Lưu Thị Hải Yến, Phó Chủ tịch Liên đoàn Lao động tỉnh.
Đồng chí Trần Văn Bình phát biểu tại hội nghị. Ảnh: Khánh Linh
6 tháng đầu năm, các cấp công đoàn trong tỉnh đã phát triển mới 4.125 đoàn viên, thành lập 23 công đoàn cơ sở. Hoạt động nổi bật nhất là chương trình "Tết sum vầy" Xuân Mậu Tuất: toàn tỉnh chăm lo Tết cho trên 56.000 đoàn viên, người lao động với tổng kinh phí gần 25,6 tỷ đồng. Lần đầu tiên Liên đoàn Lao động tỉnh phối hợp Sở Giao thông vận tải tổ chức "Chuyến xe mùa xuân" với 12 xe giường nằm đưa 480 công nhân các khu công nghiệp Khai Quang, Bá Thiện, Bình Xuyên về quê ở Điện Biên, Lai Châu, Sơn La và một số tỉnh miền Trung; sau Tết, xe tiếp tục đón công nhân trở lại làm việc.
Bên cạnh đó, các cấp công đoàn đã tổ chức 18 cuộc đối thoại định kỳ, tham gia giải quyết 3 cuộc ngừng việc tập thể; 92% doanh nghiệp có tổ chức công đoàn đã ký thỏa ước lao động tập thể. Liên đoàn Lao động tỉnh tiếp tục thực hiện Chương trình hành động số 21-CTr/TU ngày 10/8/2017 của Tỉnh ủy về phát huy vai trò giai cấp công nhân và Kế hoạch số 19/KH-LĐLĐ về phát triển đoàn viên giai đoạn 2018 - 2023.
Thảo luận tại hội nghị, đồng chí Đỗ Thị Nụ, Chủ tịch Công đoàn các Khu công nghiệp tỉnh, đề nghị duy trì "Chuyến xe mùa xuân" thành hoạt động thường niên và mở rộng lên ít nhất 20 xe. Đồng chí Khổng Minh Tuấn, HUV, Chủ tịch Liên đoàn Lao động huyện Bình Xuyên, phản ánh một số công nhân vì muốn lấy vé xe miễn phí đã nghỉ việc sớm 3 ngày, cần có quy định chặt chẽ hơn.
Dự hội nghị, đồng chí Nguyễn Thị Minh Thu, Phó Trưởng Ban Dân vận Tỉnh ủy, đánh giá cao sự phối hợp giữa công đoàn và khối dân vận trong nắm bắt tư tưởng công nhân, đặc biệt qua thời điểm Tết. Đồng chí đề nghị 6 tháng cuối năm 2018, Liên đoàn Lao động tỉnh tập trung chuẩn bị Đại hội Công đoàn tỉnh lần thứ XIII, nhiệm kỳ 2018 - 2023, đồng thời xây dựng sớm kế hoạch "Tết sum vầy" năm 2019.
Dịp này, 10 tập thể và 15 cá nhân được nhận Bằng khen của Liên đoàn Lao động tỉnh vì thành tích xuất sắc trong chương trình "Tết sum vầy" năm 2018.
Khánh Linh
In trang | Gửi email
TIN CÙNG CHUYÊN MỤC
- Khai giảng lớp bồi dưỡng nghiệp vụ công tác công đoàn (10/07/2018)
- Phúc Yên: trao 50 suất học bổng cho con công nhân (05/07/2018)
- Vĩnh Phúc đẩy mạnh thành lập công đoàn cơ sở (28/06/2018)
""", "2018-07-13", "Công đoàn Vĩnh Phúc: Nhiều kết quả nổi bật trong chăm lo đời sống đoàn viên",
E("so_ket", "2018-H1", "2018-07-12"),
[P("Trần Văn Bình", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lưu Thị Hải Yến", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đỗ Thị Nụ", "Chủ tịch Công đoàn các Khu công nghiệp tỉnh"),
 P("Khổng Minh Tuấn", "HUV", "Chủ tịch Liên đoàn Lao động huyện Bình Xuyên"),
 P("Nguyễn Thị Minh Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("4.125 đoàn viên", 4125, "đoàn viên"), Q("23 công đoàn cơ sở", 23, "công đoàn cơ sở"),
 Q("trên 56.000 đoàn viên, người lao động", 56000, "đoàn viên, người lao động", "over"),
 Q("gần 25,6 tỷ đồng", 25600000000, "đồng", "approx"), Q("12 xe giường nằm", 12, "xe giường nằm"),
 Q("480 công nhân", 480, "công nhân"), Q("18 cuộc đối thoại định kỳ", 18, "cuộc đối thoại định kỳ"),
 Q("3 cuộc ngừng việc tập thể", 3, "cuộc ngừng việc tập thể"), Q("92%", 92, "%"),
 Q("ít nhất 20 xe", 20, "xe", "over"), Q("10 tập thể", 10, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/TU", "2017-08-10", "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU ngày 10/8/2017"),
 D("Kế hoạch", "19", "KH-LĐLĐ", None, None, "Kế hoạch số 19/KH-LĐLĐ")],
[prov("Vĩnh Phúc"), prov("Điện Biên"), prov("Lai Châu"), prov("Sơn La")],
["Báo Vĩnh Phúc điện tử", "Chính trị - Xã hội >> Công đoàn", "Đồng chí Trần Văn Bình phát biểu tại hội nghị. Ảnh: Khánh Linh",
 "Tết sum vầy", "Chuyến xe mùa xuân", "In trang | Gửi email"],
["Cập nhật lúc 16:40 ngày 13/07/2018", "6 tháng đầu năm", "6 tháng cuối năm 2018", "Xuân Mậu Tuất", "3 ngày",
 "lần thứ XIII", "2018 - 2023", "năm 2019", "năm 2018"]))

PAGES.append(page("b6901-haiduong-danvan-giaoban-quyI-2019", """
BÁO HẢI DƯƠNG
Trang chủ | Chính trị | Dân vận
12.04.2019 | 08:30
Toàn cảnh buổi giao ban.
Khối dân vận giao ban: Chú trọng nắm tư tưởng công nhân sau Tết
BHD - Sáng 11/4, Ban Dân vận Tỉnh ủy Hải Dương tổ chức giao ban khối dân vận quý I năm 2019. Đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý I, khối dân vận các cấp tập trung tuyên truyền, vận động nhân dân đón Tết Kỷ Hợi vui tươi, an toàn. Liên đoàn Lao động tỉnh triển khai chương trình "Tết sum vầy", chăm lo cho 41.300 đoàn viên, người lao động, trong đó tổ chức 9 chuyến xe đưa đón 396 công nhân ở Khu công nghiệp Đại An, Phúc Điền về quê tại các tỉnh Thanh Hóa, Quảng Trị, Thừa Thiên Huế. Ủy ban MTTQ các cấp trao 16.500 suất quà, trị giá hơn 8 tỷ đồng, cho hộ nghèo, gia đình chính sách.
Sau Tết, 97,6% công nhân trở lại làm việc đúng hẹn, cao hơn cùng kỳ năm trước 1,4%. Tuy nhiên vẫn còn 2 vụ ngừng việc tập thể ở huyện Cẩm Giàng với khoảng 350 công nhân tham gia do không đồng tình với cách tính thưởng Tết.
Các cơ quan khối dân vận cũng đã tham mưu cấp ủy sơ kết 2 năm thực hiện Chỉ thị số 16-CT/TU ngày 2/6/2017 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong doanh nghiệp; Hội Nông dân tỉnh ra mắt 12 tổ hợp tác; Tỉnh đoàn tổ chức "Tháng Thanh niên" với 85 công trình thanh niên.
Phát biểu tại giao ban, đồng chí Lương Văn Tuấn, Phó Chủ tịch Liên đoàn Lao động tỉnh, đề nghị các huyện hỗ trợ sớm quỹ đất xây nhà ở cho công nhân, bởi "công nhân ở trọ chật chội, xa quê lâu ngày, dịp Tết là lúc họ dễ tổn thương nhất".
Đồng chí Đào Văn Thắng, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Dân vận Huyện ủy Cẩm Giàng, cho biết sau 2 vụ ngừng việc, huyện đã thành lập tổ công tác gồm dân vận, công đoàn, lao động - thương binh và xã hội, đối thoại với doanh nghiệp và người lao động; đến nay công nhân đã trở lại làm việc bình thường, doanh nghiệp điều chỉnh lại cách tính thưởng và cam kết trả bổ sung trong tháng 4.
Bà Phạm Thị Huệ, Chủ tịch Ủy ban MTTQ thị trấn Lai Cách, chia sẻ cách làm của địa phương khi thành lập tổ tự quản khu nhà trọ, gắn trách nhiệm của chủ nhà trọ với an ninh khu dân cư.
Kết luận giao ban, đồng chí Nguyễn Thị Ngọc Bích đề nghị quý II tập trung triển khai Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư, rà soát các mô hình "Dân vận khéo" trong doanh nghiệp; các cơ quan khối dân vận chuẩn bị sớm kế hoạch tổ chức Tết cho công nhân năm 2020, phấn đấu nâng số chuyến xe lên từ 15 chuyến trở lên.
Minh Nguyệt
Bình luận
Tin khác
- Thanh Hà: 100% khu dân cư ra mắt tổ tự quản (09/04/2019)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 24 (05/04/2019)
- Kinh Môn tiếp xúc cử tri trước kỳ họp HĐND (01/04/2019)
""", "2019-04-12", "Khối dân vận giao ban: Chú trọng nắm tư tưởng công nhân sau Tết",
E("giao_ban", "2019-Q1", "2019-04-11"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Tuấn", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Đào Văn Thắng", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Dân vận Huyện ủy Cẩm Giàng"),
 P("Phạm Thị Huệ", "Chủ tịch Ủy ban MTTQ thị trấn Lai Cách")],
[Q("41.300 đoàn viên, người lao động", 41300, "đoàn viên, người lao động"), Q("9 chuyến xe", 9, "chuyến xe"),
 Q("396 công nhân", 396, "công nhân"), Q("16.500 suất quà", 16500, "suất quà"), Q("hơn 8 tỷ đồng", 8000000000, "đồng", "over"),
 Q("97,6%", 97.6, "%"), Q("1,4%", 1.4, "%"), Q("2 vụ ngừng việc tập thể", 2, "vụ ngừng việc tập thể"),
 Q("khoảng 350 công nhân", 350, "công nhân", "approx"), Q("12 tổ hợp tác", 12, "tổ hợp tác"),
 Q("85 công trình thanh niên", 85, "công trình thanh niên"), Q("từ 15 chuyến trở lên", 15, "chuyến", "over")],
[D("Chỉ thị", "16", "CT/TU", "2017-06-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 2/6/2017"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019")],
[prov("Hải Dương"), prov("Thanh Hóa"), prov("Quảng Trị"), prov("Thừa Thiên Huế"), com("Lai Cách")],
["BÁO HẢI DƯƠNG", "Trang chủ | Chính trị | Dân vận", "Toàn cảnh buổi giao ban.", "BHD -", "Tết sum vầy", "Tháng Thanh niên", "Dân vận khéo"],
["12.04.2019 | 08:30", "quý I năm 2019", "Tết Kỷ Hợi", "2 năm", "quý II", "năm 2020"]))

PAGES.append(page("b6902-hcm-ldld-chuyentau-2020", """
NGƯỜI LAO ĐỘNG ONLINE
Chủ Nhật, 19/01/2020, 07:45
Công đoàn > Chăm lo đoàn viên
Gần 1.000 công nhân lên "Chuyến tàu mùa xuân" về quê ăn Tết
Tối 18-1, tại ga Sài Gòn, Liên đoàn Lao động TP HCM phối hợp Công ty CP Vận tải Đường sắt Sài Gòn tổ chức tiễn gần 1.000 công nhân, lao động có hoàn cảnh khó khăn về quê đón Tết Canh Tý trên đoàn tàu SE22 "Chuyến tàu mùa xuân".
Những toa tàu chở đầy niềm vui của người lao động rời ga Sài Gòn. Ảnh: HOÀNG TRIỀU
Tham dự có ông Nguyễn Hồ Hải, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; bà Trần Kim Yến, Chủ tịch Ủy ban MTTQ Việt Nam TP HCM; ông Trần Đoàn Trung, Chủ tịch Liên đoàn Lao động TP HCM.
Năm nay là năm thứ 4 thành phố tổ chức chương trình. Mỗi người lao động được tặng vé tàu 2 chiều trị giá trung bình 1,6 triệu đồng, 1 phần quà 500.000 đồng và suất ăn trên tàu. Tổng kinh phí gần 2,4 tỷ đồng do Quỹ Xã hội Công đoàn và các nhà tài trợ đóng góp. Đoàn tàu gồm 14 toa, dừng tại 18 ga từ Phú Yên đến Nghệ An.
Ông Trần Đoàn Trung cho biết, ngoài chuyến tàu, Liên đoàn Lao động TP HCM còn tổ chức 160 chuyến xe đưa 8.000 công nhân về các tỉnh miền Trung, miền Tây; các công đoàn cơ sở tự tổ chức thêm hơn 300 chuyến. Trong dịp Tết Canh Tý, toàn thành phố chăm lo cho hơn 420.000 lượt đoàn viên, người lao động với kinh phí trên 250 tỷ đồng, thực hiện theo Kế hoạch số 65/KH-LĐLĐ ngày 15/10/2019 về chăm lo Tết cho đoàn viên, người lao động.
Phát biểu tiễn đoàn, ông Nguyễn Hồ Hải chúc người lao động một năm mới an khang và mong sau Tết mọi người trở lại thành phố, tiếp tục gắn bó với doanh nghiệp. Ông nhấn mạnh việc chăm lo cho công nhân là cụ thể hóa Chỉ thị số 23-CT/TU ngày 24/5/2018 của Thành ủy về công tác dân vận trong tình hình mới.
Anh Y Thuân Byă, người Êđê, công nhân Công ty TNHH Pou Yuen Việt Nam (phường Tân Tạo, quận Bình Tân), cùng vợ và con nhỏ về buôn ở tỉnh Đắk Lắk. Anh chia sẻ: "3 năm nay vợ chồng em mới có dịp về quê vì vé xe Tết lên cả 1,2 triệu đồng mỗi người". Chị Nguyễn Thị Bích Liên, quê Quảng Ngãi, công nhân Khu chế xuất Tân Thuận, nói chuyến tàu giúp chị tiết kiệm được khoảng 3 triệu đồng.
Ông Trần Văn Thi, Trưởng ga Sài Gòn, cho biết ngành đường sắt bố trí 20 nhân viên phục vụ riêng đoàn tàu, lên phương án bảo đảm an toàn, vệ sinh suốt hành trình. Thành phố Hồ Chí Minh hiện có khoảng 2,5 triệu công nhân, lao động, phần lớn là người từ các tỉnh khác đến làm việc.
Theo kế hoạch, đoàn tàu sẽ đến ga Vinh vào chiều 20-1. Sau Tết, Liên đoàn Lao động thành phố tiếp tục tổ chức chuyến tàu đón người lao động trở lại.
Thanh Nga
Tin liên quan
- 400 công nhân được tặng vé xe về quê (17/01/2020)
- Chợ Tết Công đoàn: hàng hóa giảm giá đến 50% (14/01/2020)
- Thưởng Tết cao nhất 1,6 tỉ đồng (10/01/2020)
""", "2020-01-19", "Gần 1.000 công nhân lên \"Chuyến tàu mùa xuân\" về quê ăn Tết",
E("trao_qua", None, "2020-01-18"),
[P("Nguyễn Hồ Hải", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Kim Yến", "Chủ tịch Ủy ban MTTQ Việt Nam TP HCM"),
 P("Trần Đoàn Trung", "Chủ tịch Liên đoàn Lao động TP HCM"),
 P("Y Thuân Byă", "công nhân Công ty TNHH Pou Yuen Việt Nam"),
 P("Nguyễn Thị Bích Liên", "công nhân Khu chế xuất Tân Thuận"),
 P("Trần Văn Thi", "Trưởng ga Sài Gòn")],
[Q("gần 1.000 công nhân, lao động", 1000, "công nhân, lao động", "approx"), Q("1,6 triệu đồng", 1600000, "đồng", "approx"),
 Q("500.000 đồng", 500000, "đồng"), Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("14 toa", 14, "toa"),
 Q("18 ga", 18, "ga"), Q("160 chuyến xe", 160, "chuyến xe"), Q("8.000 công nhân", 8000, "công nhân"),
 Q("hơn 300 chuyến", 300, "chuyến", "over"), Q("hơn 420.000 lượt đoàn viên, người lao động", 420000, "lượt đoàn viên, người lao động", "over"),
 Q("trên 250 tỷ đồng", 250000000000, "đồng", "over"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"), Q("20 nhân viên", 20, "nhân viên"),
 Q("khoảng 2,5 triệu công nhân, lao động", 2500000, "công nhân, lao động", "approx")],
[D("Kế hoạch", "65", "KH-LĐLĐ", "2019-10-15", None, "Kế hoạch số 65/KH-LĐLĐ ngày 15/10/2019"),
 D("Chỉ thị", "23", "CT/TU", "2018-05-24", "Thành ủy", "Chỉ thị số 23-CT/TU ngày 24/5/2018")],
[prov("Hồ Chí Minh"), prov("Phú Yên"), prov("Nghệ An"), prov("Đắk Lắk"), prov("Quảng Ngãi"), com("Tân Tạo")],
["NGƯỜI LAO ĐỘNG ONLINE", "Công đoàn > Chăm lo đoàn viên", "Chuyến tàu mùa xuân",
 "Những toa tàu chở đầy niềm vui của người lao động rời ga Sài Gòn. Ảnh: HOÀNG TRIỀU", "Quỹ Xã hội Công đoàn", "ga Sài Gòn", "SE22"],
["Chủ Nhật, 19/01/2020, 07:45", "Tết Canh Tý", "năm thứ 4", "2 chiều", "1 phần quà", "3 năm", "chiều 20-1", "SE22"]))

PAGES.append(page("b6903-bacgiang-ldld-tetolai-2021", """
Báo Bắc Giang
T2, 08/02/2021 - 14:22
Xã hội | Lao động - Việc làm
Bắc Giang: 1.950 suất quà cho công nhân ở lại đón Tết
BBG - Ngày 7/2, Liên đoàn Lao động tỉnh phối hợp Ban Dân vận Tỉnh ủy, Ban Quản lý các khu công nghiệp tỉnh tổ chức chương trình "Tết sum vầy - Tết ở lại an toàn" năm 2021, thăm và tặng 1.950 suất quà cho công nhân ở lại đón Tết Tân Sửu tại các khu nhà trọ.
Do diễn biến phức tạp của dịch Covid-19, đặc biệt ở tỉnh Hải Dương giáp ranh, năm nay tỉnh không tổ chức chuyến xe đưa công nhân về quê. Theo khảo sát của Công đoàn các khu công nghiệp, khoảng 6.500 công nhân ngoại tỉnh đã đăng ký ở lại, chủ yếu quê Hà Giang, Cao Bằng, Điện Biên và Thanh Hóa.
Các đồng chí: Lâm Thị Hương Thành, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Nguyễn Văn Mạnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Thân Đức Thành, Chủ tịch Liên đoàn Lao động tỉnh đã đến thăm các khu nhà trọ tại xã Đình Trám, xã Hoàng Ninh và thị trấn Nếnh (huyện Việt Yên). Mỗi suất quà trị giá 700.000 đồng gồm tiền mặt, bánh chưng, gạo và khẩu trang y tế.
Tổng kinh phí chương trình gần 1,4 tỷ đồng, trong đó Tổng Liên đoàn Lao động Việt Nam hỗ trợ 500 triệu đồng theo Công văn số 1398/TLĐ ngày 1/2/2021. Ngoài quà, công đoàn còn tặng 100% công nhân ở lại mỗi người 1 thẻ điện thoại trị giá 100.000 đồng để gọi về gia đình.
Thăm hỏi công nhân, đồng chí Lâm Thị Hương Thành ghi nhận sự hy sinh của người lao động khi chấp nhận xa nhà vì an toàn chung. Đồng chí đề nghị các doanh nghiệp tổ chức bữa cơm tất niên, các xã bố trí điểm vui chơi, thông tin kịp thời về phòng, chống dịch theo Chỉ thị số 05/CT-TTg ngày 28/1/2021 của Thủ tướng Chính phủ.
Chị Vàng Thị Dua, người Mông, công nhân Công ty TNHH Hosiden Việt Nam, lần đầu đón Tết xa nhà. Chị nói: "Em nhớ bố mẹ lắm nhưng ở lại cho an toàn. Có quà của Công đoàn, tối 30 cả phòng trọ sẽ gói bánh chưng cùng nhau".
Ông Đặng Văn Khoa, chủ khu nhà trọ thôn Trung Đồng, xã Đình Trám, có 42 phòng cho thuê, cho biết đã giảm 50% tiền phòng tháng 2 cho công nhân ở lại. "Các cháu ở xa, không về được thì mình coi như con cháu trong nhà", ông nói.
Theo đồng chí Thân Đức Thành, từ nay đến hết mùng 5 Tết, Liên đoàn Lao động tỉnh duy trì đường dây nóng tiếp nhận phản ánh của công nhân; các công đoàn cơ sở được giao nắm danh sách từng người ở lại, kịp thời hỗ trợ khi có trường hợp ốm đau, khó khăn đột xuất. Sau Tết, nếu tình hình dịch được kiểm soát, Liên đoàn sẽ hỗ trợ tiền vé xe cho công nhân về thăm quê.
Nguyễn Thủy
Lượt xem: 1.735
Tin liên quan
- Việt Yên: bảo đảm an toàn cho 60.000 công nhân dịp Tết (05/02/2021)
- Hỗ trợ 800 lao động mất việc do dịch (01/02/2021)
""", "2021-02-08", "Bắc Giang: 1.950 suất quà cho công nhân ở lại đón Tết",
E("trao_qua", None, "2021-02-07"),
[P("Lâm Thị Hương Thành", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Văn Mạnh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thân Đức Thành", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Vàng Thị Dua", "công nhân Công ty TNHH Hosiden Việt Nam"),
 P("Đặng Văn Khoa", "chủ khu nhà trọ thôn Trung Đồng")],
[Q("1.950 suất quà", 1950, "suất quà"), Q("khoảng 6.500 công nhân ngoại tỉnh", 6500, "công nhân ngoại tỉnh", "approx"),
 Q("700.000 đồng", 700000, "đồng"), Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("100%", 100, "%"), Q("100.000 đồng", 100000, "đồng"), Q("42 phòng", 42, "phòng"), Q("50%", 50, "%")],
[D("Công văn", "1398", "TLĐ", "2021-02-01", None, "Công văn số 1398/TLĐ ngày 1/2/2021"),
 D("Chỉ thị", "05", "CT-TTg", "2021-01-28", "Thủ tướng Chính phủ", "Chỉ thị số 05/CT-TTg ngày 28/1/2021")],
[prov("Bắc Giang"), prov("Hải Dương"), prov("Hà Giang"), prov("Cao Bằng"), prov("Điện Biên"), prov("Thanh Hóa"),
 com("Đình Trám"), com("Hoàng Ninh"), com("Nếnh")],
["Báo Bắc Giang", "Xã hội | Lao động - Việc làm", "BBG -", "Tết sum vầy - Tết ở lại an toàn", "Covid-19", "Lượt xem: 1.735"],
["T2, 08/02/2021 - 14:22", "mùng 5 Tết", "năm 2021", "Tết Tân Sửu", "1 thẻ điện thoại", "tối 30", "tháng 2", "Covid-19", "Lượt xem: 1.735"]))

PAGES.append(page("b6904-nghean-ldld-baocao-tetsumvay-2022", """
CÔNG ĐOÀN NGHỆ AN - Trang thông tin điện tử Liên đoàn Lao động tỉnh Nghệ An
Tin tức > Chính sách - Pháp luật
25 tháng 1, 2022 | 09:10
Báo cáo nhanh kết quả Chương trình "Tết sum vầy" năm 2022
Ngày 24/1/2022, Liên đoàn Lao động tỉnh Nghệ An ban hành Báo cáo số 21/BC-LĐLĐ về kết quả thực hiện Chương trình "Tết sum vầy" năm 2022 và công tác chăm lo Tết Nguyên đán Nhâm Dần cho đoàn viên, người lao động.
Theo báo cáo, tính đến ngày 23/1, các cấp công đoàn trong tỉnh đã thăm, tặng quà cho 52.486 đoàn viên, người lao động, tổng kinh phí hơn 31,7 tỷ đồng, tăng 12% so với năm trước. Trong đó, Liên đoàn Lao động tỉnh trao 2.100 suất quà, mỗi suất từ 500.000 đồng đến 1 triệu đồng; công đoàn cơ sở và chuyên môn đồng cấp chi khoảng 27 tỷ đồng. Thực hiện Kế hoạch số 328/KH-TLĐ ngày 18/10/2021 của Tổng Liên đoàn Lao động Việt Nam, tỉnh đã tổ chức 7 chuyến xe trong chương trình "Chuyến xe nghĩa tình", đón 284 lao động Nghệ An làm việc tại Bình Dương, Đồng Nai về quê ăn Tết sau thời gian dài chưa về quê vì dịch Covid-19.
Các chuyến xe xuất phát từ Bình Dương ngày 19/1 và về đến thành phố Vinh ngày 21/1. Tại đây, người lao động được đón, xét nghiệm nhanh và đưa về tận 12 huyện, thị. Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh cử cán bộ cùng đi, phối hợp chính quyền các xã Diễn Thành, Quỳnh Lập, Hưng Lộc đón người lao động theo đúng quy định phòng dịch.
Báo cáo nêu rõ, đồng chí Kha Văn Tám, Chủ tịch Liên đoàn Lao động tỉnh đã trực tiếp chỉ đạo, cùng đồng chí Nguyễn Thị Hà, Phó Chủ tịch Liên đoàn Lao động tỉnh theo dõi các đoàn xe. Đồng chí Hồ Thị Châu Loan, Phó Trưởng Ban Dân vận Tỉnh ủy, phụ trách việc phối hợp với các địa phương nơi người lao động trở về.
Chương trình cũng triển khai "Tết Công đoàn" với 3 điểm bán hàng bình ổn giá tại Khu công nghiệp Nam Cấm, Khu công nghiệp VSIP Nghệ An và thị xã Hoàng Mai, thu hút hơn 6.000 lượt đoàn viên. 100% doanh nghiệp có tổ chức công đoàn đã thông báo kế hoạch thưởng Tết; mức thưởng bình quân 4,1 triệu đồng/người, thấp nhất 600.000 đồng.
Theo đánh giá, khó khăn lớn nhất năm nay là số lao động mất việc do dịch còn nhiều: khoảng 17.000 người từ các tỉnh phía Nam về quê chưa quay lại làm việc. Liên đoàn Lao động tỉnh kiến nghị tỉnh có chính sách hỗ trợ học nghề, kết nối việc làm tại chỗ cho số lao động này, đồng thời đề xuất Tổng Liên đoàn duy trì chuyến xe đón người lao động trở lại làm việc sau Tết theo tinh thần Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ.
Phòng Chính sách - Pháp luật
Tin liên quan
- Lãnh đạo tỉnh thăm, chúc Tết công nhân Khu công nghiệp VSIP (22/01/2022)
- Khai mạc "Tết Công đoàn" năm 2022 (15/01/2022)
- Hỗ trợ 1.500 lao động mất việc do dịch Covid-19 (10/01/2022)
""", "2022-01-25", "Báo cáo nhanh kết quả Chương trình \"Tết sum vầy\" năm 2022",
E("bao_cao", "2022", "2022-01-24"),
[P("Kha Văn Tám", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Thị Hà", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Hồ Thị Châu Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("52.486 đoàn viên, người lao động", 52486, "đoàn viên, người lao động"), Q("hơn 31,7 tỷ đồng", 31700000000, "đồng", "over"),
 Q("12%", 12, "%"), Q("2.100 suất quà", 2100, "suất quà"), Q("từ 500.000 đồng đến 1 triệu đồng", 500000, "đồng", "approx"),
 Q("khoảng 27 tỷ đồng", 27000000000, "đồng", "approx"), Q("7 chuyến xe", 7, "chuyến xe"),
 Q("284 lao động", 284, "lao động"), Q("12 huyện, thị", 12, "huyện, thị"), Q("3 điểm bán hàng bình ổn giá", 3, "điểm bán hàng bình ổn giá"),
 Q("hơn 6.000 lượt đoàn viên", 6000, "lượt đoàn viên", "over"), Q("100%", 100, "%"), Q("4,1 triệu đồng/người", 4100000, "đồng"),
 Q("600.000 đồng", 600000, "đồng"), Q("khoảng 17.000 người", 17000, "người", "approx")],
[D("Báo cáo", "21", "BC-LĐLĐ", "2022-01-24", "Liên đoàn Lao động tỉnh Nghệ An", "Báo cáo số 21/BC-LĐLĐ"),
 D("Kế hoạch", "328", "KH-TLĐ", "2021-10-18", "Tổng Liên đoàn Lao động Việt Nam", "Kế hoạch số 328/KH-TLĐ ngày 18/10/2021"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021")],
[prov("Nghệ An"), prov("Bình Dương"), prov("Đồng Nai"), com("Diễn Thành"), com("Quỳnh Lập"), com("Hưng Lộc")],
["CÔNG ĐOÀN NGHỆ AN - Trang thông tin điện tử Liên đoàn Lao động tỉnh Nghệ An", "Tin tức > Chính sách - Pháp luật",
 "Tết sum vầy", "Chuyến xe nghĩa tình", "Tết Công đoàn", "Phòng Chính sách - Pháp luật", "Covid-19"],
["25 tháng 1, 2022 | 09:10", "năm 2022", "Tết Nguyên đán Nhâm Dần", "ngày 23/1", "ngày 19/1", "ngày 21/1", "Covid-19"]))
