from lib import *
PAGES = []

PAGES.append(page("b6521-thuathienhue-traoqua-caosu-namdong-2019", """
BÁO THỪA THIÊN HUẾ ONLINE
Xã hội | Đời sống
Thứ Năm, 24/01/2019, 14:05
Mang Tết đến với công nhân cao su vùng cao Nam Đông
Sáng 23/1, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Hoàng Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dẫn đầu đã đến thăm, chúc Tết và tặng quà công nhân, người lao động Công ty cổ phần Cao su Thừa Thiên Huế tại huyện Nam Đông nhân dịp Tết Kỷ Hợi 2019.
Đồng chí Hoàng Thị Hồng Vân tặng quà công nhân Nông trường cao su Khe Tre.
Tại hội trường Nông trường cao su Khe Tre, đoàn đã trao 150 suất quà Tết, mỗi suất gồm 500.000 đồng tiền mặt và các nhu yếu phẩm, tổng trị giá trên 100 triệu đồng cho công nhân có hoàn cảnh khó khăn, trong đó có 62 công nhân là người Cơ Tu ở các xã Thượng Long, Hương Hữu.
Theo ông Trương Văn Bảy, Giám đốc Công ty cổ phần Cao su Thừa Thiên Huế, năm 2018, công ty có 418 lao động, quản lý gần 2.000 ha cao su. Do giá mủ giảm sâu, thu nhập bình quân của công nhân chỉ còn khoảng 4,2 triệu đồng/tháng, nhiều gia đình rất vất vả. Công ty đã cố gắng bảo đảm có thưởng Tết cho toàn bộ công nhân, tổ chức xe đưa đón người lao động ở xa về quê ăn Tết và bố trí lực lượng bảo vệ vườn cây trong những ngày nghỉ.
Chia sẻ với đoàn, bà Hồ Thị Bôn, công nhân tổ 2 nông trường Khe Tre, người đã gắn bó với vườn cao su hơn 18 năm, bày tỏ: "Được lãnh đạo tỉnh lên tận nông trường thăm hỏi, chúng tôi rất cảm động. Năm nay mủ xuống giá nhưng bà con vẫn quyết giữ cây".
Cùng ngày, đoàn đến thăm, tặng quà gia đình già làng Hồ Văn Dứt, người có uy tín thôn A Rích, xã Thượng Long; gia đình ông Alăng Vân, nguyên đội trưởng đội sản xuất cao su đã nghỉ hưu; tặng 20 suất quà cho các hộ nghèo tại xã Thượng Lộ, mỗi suất trị giá 700.000 đồng.
Đồng chí Hoàng Thị Hồng Vân ghi nhận những nỗ lực của công ty trong duy trì việc làm cho người lao động, nhất là lao động người đồng bào; đề nghị cấp ủy, chính quyền huyện Nam Đông tiếp tục phối hợp với công ty thực hiện tốt Quy chế phối hợp số 09-QC/HU-CTCS về công tác dân vận, giữ ổn định vùng nguyên liệu; quan tâm chăm lo Tết cho công nhân theo tinh thần Chỉ thị số 28-CT/TU ngày 27/12/2018 của Ban Thường vụ Tỉnh ủy về tổ chức Tết Kỷ Hợi 2019, bảo đảm "không để ai không có Tết".
Dịp này, Ủy ban MTTQ Việt Nam huyện Nam Đông cũng trao 5 nhà Đại đoàn kết cho công nhân cao su nghèo, mỗi nhà được hỗ trợ 50 triệu đồng từ Quỹ "Vì người nghèo" của tỉnh.
Hoài Thương
Tin cùng chuyên mục
- A Lưới: Trao 300 suất quà cho đồng bào biên giới (22/01/2019)
- Nam Đông: xây 40 nhà cho hộ nghèo (18/01/2019)
- Phong Điền: Công nhân cao su đón Tết sớm (15/01/2019)
""", "2019-01-24", "Mang Tết đến với công nhân cao su vùng cao Nam Đông",
E("trao_qua", None, "2019-01-23"),
[P("Hoàng Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Văn Bảy", "Giám đốc Công ty cổ phần Cao su Thừa Thiên Huế"),
 P("Hồ Thị Bôn", "công nhân tổ 2 nông trường Khe Tre"),
 P("Hồ Văn Dứt", "già làng", "người có uy tín thôn A Rích"),
 P("Alăng Vân", "nguyên đội trưởng đội sản xuất cao su")],
[Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("trên 100 triệu đồng", 100000000, "đồng", "over"),
 Q("62 công nhân", 62, "công nhân"), Q("418 lao động", 418, "lao động"), Q("gần 2.000 ha", 2000, "ha", "approx"),
 Q("khoảng 4,2 triệu đồng", 4200000, "đồng", "approx"), Q("20 suất quà", 20, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("5 nhà Đại đoàn kết", 5, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng")],
[D("Quy chế phối hợp", "09", "QC/HU-CTCS", None, None, "Quy chế phối hợp số 09-QC/HU-CTCS"),
 D("Chỉ thị", "28", "CT/TU", "2018-12-27", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 27/12/2018")],
[prov("Thừa Thiên Huế"), com("Thượng Long"), com("Hương Hữu"), com("Thượng Lộ")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Xã hội | Đời sống", "Đồng chí Hoàng Thị Hồng Vân tặng quà công nhân Nông trường cao su Khe Tre.",
 "Nông trường cao su Khe Tre", "không để ai không có Tết", "Vì người nghèo", "Tết Kỷ Hợi 2019"],
["Thứ Năm, 24/01/2019, 14:05", "Tết Kỷ Hợi 2019", "năm 2018", "hơn 18 năm", "tổ 2"]))

PAGES.append(page("b6522-quangngai-xasonthanh-tongket-2019", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ SƠN THÀNH - HUYỆN SƠN HÀ - TỈNH QUẢNG NGÃI
Trang chủ - Tin tức sự kiện - Công tác dân vận
20 tháng 12, 2019 | 16:30
Toàn cảnh hội nghị.
Khối dân vận xã Sơn Thành triển khai nhiệm vụ năm 2020
Chiều 19/12, Đảng ủy xã Sơn Thành (huyện Sơn Hà, tỉnh Quảng Ngãi) tổ chức hội nghị tổng kết công tác dân vận năm 2019, triển khai phương hướng, nhiệm vụ năm 2020. Dự hội nghị có đồng chí Đinh Văn Lưu, HUV, Phó Trưởng Ban Dân vận Huyện ủy Sơn Hà; đồng chí Đinh Thị Mười, Bí thư Đảng ủy xã cùng 46 đại biểu là bí thư chi bộ, trưởng thôn, tổ trưởng tổ dân vận và người có uy tín trong đồng bào Hrê.
Báo cáo do đồng chí Phạm Văn Trí, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trình bày cho thấy, năm 2019 khối dân vận đã tập trung vận động bà con phát triển cây cao su tiểu điền gắn với chương trình giảm nghèo. Toàn xã hiện có 635 ha cao su, trong đó 410 ha đã cho khai thác; khoảng 380 hộ có thu nhập từ cạo mủ bình quân 2,5 - 3 triệu đồng/tháng. Tỷ lệ hộ nghèo giảm từ 38,7% xuống còn 31,2%.
Thực hiện Kết luận số 43-KL/HU và kế hoạch số 21-KH/ĐU của Đảng ủy xã về xây dựng mô hình "Dân vận khéo", xã đã công nhận 7 mô hình, nổi bật là mô hình "Tổ liên kết trồng, chăm sóc cao su" ở thôn Gò Da với 26 hộ tham gia. Nhân dân đã hiến 3.600 m2 đất, đóng góp 420 ngày công làm 2 tuyến đường vào vườn cao su.
Khối dân vận đã phối hợp tổ chức 2 hội nghị đối thoại giữa Chủ tịch UBND xã với người dân; tiếp nhận 12 đơn thư, kiến nghị, chủ yếu về tranh chấp ranh giới đất trồng cao su, đã hòa giải thành 10 vụ việc.
Tại hội nghị, các đồng chí Đinh Văn Xinh, Đinh Thị Yên - Phó Chủ tịch UBND xã đã làm rõ thêm một số nội dung liên quan việc hỗ trợ giống cao su theo Quyết định số 2085/QĐ-TTg ngày 31/10/2016 của Thủ tướng Chính phủ cũng như tiến độ giải ngân vốn vay ưu đãi. Ông Đinh Văn Ngàn, người có uy tín thôn Gò Da, đề nghị xã mời cán bộ kỹ thuật của Công ty cao su về hướng dẫn bà con cạo mủ đúng kỹ thuật để vườn cây bền hơn.
Phát biểu chỉ đạo, đồng chí Đinh Văn Lưu ghi nhận kết quả của khối dân vận xã; đề nghị năm 2020 tập trung tuyên truyền Đại hội Đảng bộ các cấp tiến tới Đại hội XIII của Đảng, thực hiện tốt Quyết định 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị về thực hiện Quy chế dân vận của hệ thống chính trị.
Dịp này, Đảng ủy xã khen thưởng 3 tập thể và 8 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2019.
Đinh Thị Thanh Tuyền
Lượt truy cập: 48.217
Các tin khác
- Sơn Thành ra mắt tổ liên kết trồng cao su (05/11/2019)
- Hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân (22/08/2019)
- Sơn Hà: Trao 35 suất học bổng cho học sinh nghèo (12/08/2019)
""", "2019-12-20", "Khối dân vận xã Sơn Thành triển khai nhiệm vụ năm 2020",
E("tong_ket", "2019", "2019-12-19"),
[P("Đinh Văn Lưu", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Sơn Hà"),
 P("Đinh Thị Mười", "Bí thư Đảng ủy xã"),
 P("Phạm Văn Trí", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Đinh Văn Xinh", "Phó Chủ tịch UBND xã"),
 P("Đinh Thị Yên", "Phó Chủ tịch UBND xã"),
 P("Đinh Văn Ngàn", "người có uy tín thôn Gò Da")],
[Q("46 đại biểu", 46, "đại biểu"), Q("635 ha", 635, "ha"), Q("410 ha", 410, "ha"), Q("khoảng 380 hộ", 380, "hộ", "approx"),
 Q("2,5 - 3 triệu đồng", 2500000, "đồng"), Q("3 triệu đồng", 3000000, "đồng"), Q("38,7%", 38.7, "%"), Q("31,2%", 31.2, "%"),
 Q("7 mô hình", 7, "mô hình"), Q("26 hộ", 26, "hộ"), Q("3.600 m2", 3600, "m2"), Q("420 ngày công", 420, "ngày công"),
 Q("2 tuyến đường", 2, "tuyến đường"), Q("2 hội nghị đối thoại", 2, "hội nghị đối thoại"),
 Q("12 đơn thư, kiến nghị", 12, "đơn thư, kiến nghị"), Q("10 vụ việc", 10, "vụ việc"), Q("3 tập thể", 3, "tập thể"),
 Q("8 cá nhân", 8, "cá nhân")],
[D("Kết luận", "43", "KL/HU", None, None, "Kết luận số 43-KL/HU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "kế hoạch số 21-KH/ĐU"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2016")],
[prov("Quảng Ngãi"), com("Sơn Thành")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ SƠN THÀNH - HUYỆN SƠN HÀ - TỈNH QUẢNG NGÃI", "Trang chủ - Tin tức sự kiện - Công tác dân vận",
 "Toàn cảnh hội nghị.", "Dân vận khéo", "Tổ liên kết trồng, chăm sóc cao su", "Lượt truy cập: 48.217"],
["20 tháng 12, 2019 | 16:30", "năm 2019", "năm 2020", "Đại hội XIII", "Lượt truy cập: 48.217"]))

PAGES.append(page("b6523-quangbinh-hoinghi-nguoicouytin-2020", """
Báo Quảng Bình điện tử
Tìm kiếm...
Chính trị » Dân tộc - Miền núi
Cập nhật lúc 10:40 ngày 15/10/2020
Phát huy vai trò người có uy tín ở vùng cao su Bru - Vân Kiều
(QBĐT) - Ngày 14/10, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức Hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2020. Hội nghị có sự tham gia của 112 già làng, trưởng bản, người có uy tín đến từ các huyện Lệ Thủy, Quảng Ninh, Bố Trạch, Minh Hóa.
Đồng chí Trần Thắng Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Nguyễn Văn Thiệp, Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Những năm qua, được sự hỗ trợ của Công ty TNHH MTV Cao su Lệ Ninh và Công ty cổ phần Cao su Việt Trung, nhiều hộ đồng bào Bru - Vân Kiều ở xã Kim Thủy, Lâm Thủy đã trồng cao su tiểu điền hoặc nhận khoán chăm sóc vườn cây của công ty. Đến nay, khoảng 1.300 hộ có thu nhập từ cây cao su; 217 người đồng bào đã trở thành công nhân của các nông trường.
Theo báo cáo, năm 2020 người có uy tín đã tham gia hòa giải thành 34 vụ việc mâu thuẫn trong cộng đồng, vận động 58 hộ không tái lấn chiếm đất rừng, đất vườn cây, vận động 145 học sinh bỏ học trở lại lớp. Tỉnh đã thực hiện đầy đủ chế độ theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ, với tổng kinh phí hơn 890 triệu đồng.
Tham luận tại hội nghị, các già làng: Hồ Xả, Hồ Văn Hoa, Cao Thị Tím đã chia sẻ kinh nghiệm vận động con cháu giữ đất, giữ vườn cao su, không bán cây non cho thương lái. Ông Hồ Tiến Cứ, người có uy tín bản Hôi Rấy, xã Trường Sơn, kể lại việc cùng cán bộ Đồn Biên phòng Làng Ho vận động 9 hộ bỏ tập tục chôn người chết trong rừng cao su của công ty.
Phát biểu tại hội nghị, đồng chí Trần Thắng Lợi đánh giá cao những đóng góp của người có uy tín; đề nghị tiếp tục thực hiện Chỉ thị số 49-CT/TU của Ban Thường vụ Tỉnh ủy và Kế hoạch số 109-KH/BDVTU ngày 20/3/2020 về phát huy vai trò người có uy tín trong tình hình mới; vận động đồng bào tham gia ứng phó thiên tai, mưa lũ đang diễn biến phức tạp.
Nhân dịp này, Ban Dân vận Tỉnh ủy, Ban Dân tộc tỉnh tặng giấy khen cho 25 người có uy tín tiêu biểu, mỗi suất kèm 1 triệu đồng; Công ty cổ phần Cao su Việt Trung trao 30 suất học bổng cho học sinh người Bru - Vân Kiều, Chứt.
Hồng Thắm
Ảnh: Người có uy tín tham luận tại hội nghị
Tin liên quan
- Lệ Thủy: Trao nhà Đại đoàn kết cho hộ nghèo đồng bào Bru - Vân Kiều (08/10/2020)
- Minh Hóa: Tập huấn kiến thức cho người có uy tín (29/09/2020)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận ở Bố Trạch (16/09/2020)
""", "2020-10-15", "Phát huy vai trò người có uy tín ở vùng cao su Bru - Vân Kiều",
E("hoi_nghi", "2020", "2020-10-14"),
[P("Trần Thắng Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thiệp", "Trưởng Ban Dân tộc tỉnh"),
 P("Hồ Xả", "già làng"), P("Hồ Văn Hoa", "già làng"), P("Cao Thị Tím", "già làng"),
 P("Hồ Tiến Cứ", "người có uy tín bản Hôi Rấy")],
[Q("112 già làng, trưởng bản, người có uy tín", 112, "già làng, trưởng bản, người có uy tín"),
 Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("217 người đồng bào", 217, "người đồng bào"),
 Q("34 vụ việc mâu thuẫn", 34, "vụ việc mâu thuẫn"), Q("58 hộ", 58, "hộ"), Q("145 học sinh", 145, "học sinh"),
 Q("hơn 890 triệu đồng", 890000000, "đồng", "over"), Q("9 hộ", 9, "hộ"),
 Q("25 người có uy tín tiêu biểu", 25, "người có uy tín tiêu biểu"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("30 suất học bổng", 30, "suất học bổng")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Chỉ thị", "49", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 49-CT/TU"),
 D("Kế hoạch", "109", "KH/BDVTU", "2020-03-20", None, "Kế hoạch số 109-KH/BDVTU ngày 20/3/2020")],
[prov("Quảng Bình"), com("Kim Thủy"), com("Lâm Thủy"), com("Trường Sơn")],
["Báo Quảng Bình điện tử", "Tìm kiếm...", "Chính trị » Dân tộc - Miền núi", "(QBĐT)", "Đồn Biên phòng Làng Ho",
 "Ảnh: Người có uy tín tham luận tại hội nghị"],
["Cập nhật lúc 10:40 ngày 15/10/2020", "năm 2020"]))

PAGES.append(page("b6524-phuyen-songhinh-soket-6thang-2021", """
HUYỆN ỦY SÔNG HINH - TỈNH PHÚ YÊN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
09/07/2021 08:00
Khối dân vận chung tay phòng, chống dịch ở vùng cao su, mì Sông Hinh
Sáng 8/7, Ban Dân vận Huyện ủy Sông Hinh (Phú Yên) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 theo hình thức trực tuyến tại 11 điểm cầu xã, thị trấn. Đồng chí Ksor Y Phước, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Hội nghị được tổ chức trực tuyến để bảo đảm phòng, chống dịch Covid-19.
6 tháng qua, khối dân vận đã vận động nhân dân thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19, nhất là tại các nông trường cao su, các điểm thu mua mủ và nhà máy tinh bột sắn tập trung đông lao động. Ủy ban MTTQ và các đoàn thể đã tiếp nhận hơn 640 triệu đồng và 18 tấn gạo ủng hộ phòng, chống dịch; hỗ trợ 1.250 lao động là công nhân thời vụ bị mất việc.
Thực hiện Nghị quyết 03, 04-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển cây cao su tiểu điền và về xây dựng đội ngũ cán bộ người dân tộc thiểu số, các cơ quan dân vận đã vận động 214 hộ đồng bào Ê Đê, Ba Na ở xã Ea Bar, Ea Bia chuyển 365 ha đất trồng mì kém hiệu quả sang trồng cao su. Đến nay toàn huyện có khoảng 4.700 ha cao su, trong đó 1.900 ha của Công ty TNHH MTV Cao su Sông Hinh.
Trong công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, khối dân vận đã phối hợp vận động cử tri đi bầu đạt tỷ lệ 99,8%.
Tại hội nghị, bà H' Nguyệt Niê, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện, đề nghị các nông trường cao su phối hợp với Mặt trận xã rà soát hộ công nhân khó khăn để hỗ trợ kịp thời. Đồng chí Nay Y Blim, Bí thư Đảng ủy xã Ea Lâm, phản ánh giá mì xuống thấp, một số hộ có ý định chặt bỏ vườn cao su mới trồng để trồng lại mì. Ông đề nghị huyện sớm có cơ chế hỗ trợ phân bón, cây giống và liên kết bao tiêu mủ để bà con yên tâm.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở các khu lán trại công nhân thời vụ còn chưa chặt chẽ; một số tổ dân vận thôn, buôn chưa duy trì sinh hoạt định kỳ do ảnh hưởng của dịch; công tác tuyên truyền bằng tiếng Ê Đê, Ba Na ở một số nơi chưa thường xuyên.
Kết luận hội nghị, đồng chí Ksor Y Phước yêu cầu 6 tháng cuối năm tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; chuẩn bị triển khai Nghị quyết số 88/2019/QH14 của Quốc hội về đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số; theo dõi sát tư tưởng công nhân cao su trong đợt dịch; phấn đấu xây dựng mới ít nhất 10 mô hình "Dân vận khéo" năm 2021.
Phương Anh
Tin liên quan
- Sông Hinh: 100% người có uy tín được tặng quà (01/07/2021)
- Ea Bar ra mắt tổ tự quản phòng, chống dịch (23/06/2021)
- Hội nghị trực tuyến tổng kết công tác bầu cử (11/06/2021)
""", "2021-07-09", "Khối dân vận chung tay phòng, chống dịch ở vùng cao su, mì Sông Hinh",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Ksor Y Phước", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("H' Nguyệt Niê", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Nay Y Blim", "Bí thư Đảng ủy xã Ea Lâm")],
[Q("11 điểm cầu xã, thị trấn", 11, "điểm cầu xã, thị trấn"), Q("hơn 640 triệu đồng", 640000000, "đồng", "over"),
 Q("18 tấn", 18, "tấn"), Q("1.250 lao động", 1250, "lao động"),
 Q("214 hộ đồng bào Ê Đê, Ba Na", 214, "hộ đồng bào Ê Đê, Ba Na"), Q("365 ha", 365, "ha"),
 Q("khoảng 4.700 ha", 4700, "ha", "approx"), Q("1.900 ha", 1900, "ha"), Q("99,8%", 99.8, "%"),
 Q("ít nhất 10 mô hình", 10, "mô hình", "over")],
[D("Nghị quyết", "03", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 03, 04-NQ/HU"),
 D("Nghị quyết", "04", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 03, 04-NQ/HU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Phú Yên"), com("Ea Bar"), com("Ea Bia"), com("Ea Lâm")],
["HUYỆN ỦY SÔNG HINH - TỈNH PHÚ YÊN", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
 "Hội nghị được tổ chức trực tuyến để bảo đảm phòng, chống dịch Covid-19.", "Dân vận khéo"],
["09/07/2021 08:00", "6 tháng đầu năm", "6 tháng cuối năm 2021", "Covid-19", "khóa XV", "nhiệm kỳ 2021 - 2026",
 "6 tháng cuối năm", "năm 2021"]))

PAGES.append(page("b6525-hatinh-huongkhe-doithoai-datnongtruong-2022", """
Báo Hà Tĩnh
Chính trị | Kinh tế | Xã hội | Pháp luật | Thể thao
Ngày 12/08/2022 | 15:45
Hương Khê đối thoại với dân về đất nông trường cao su bàn giao địa phương
Chiều 11/8, UBND huyện Hương Khê (Hà Tĩnh) tổ chức hội nghị đối thoại năm 2022 giữa người đứng đầu chính quyền với nhân dân các xã Phúc Đồng, Hà Linh, Phúc Trạch về việc quản lý, sử dụng đất do Công ty TNHH MTV Cao su Hà Tĩnh bàn giao về địa phương.
Chủ trì đối thoại là ông Lê Văn Minh, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Cùng dự có ông Trần Đình Toàn, TUV, Trưởng Ban Dân vận Huyện ủy; bà Nguyễn Thị Thúy, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Sở Tài nguyên và Môi trường, Công ty TNHH MTV Cao su Hà Tĩnh.
Ông Lê Văn Minh phát biểu tại buổi đối thoại. Ảnh: Phúc Quang
Theo Phương án sắp xếp, đổi mới công ty nông, lâm nghiệp theo Nghị định số 118/2014/NĐ-CP, công ty đã bàn giao cho huyện Hương Khê 1.186,5 ha đất, trong đó có 427 ha đất vườn cây cao su đã hết chu kỳ khai thác. Tuy nhiên, việc giao lại đất cho người dân còn chậm, có nơi phát sinh tranh chấp giữa các hộ từng nhận khoán với nhau.
Tại buổi đối thoại, 19 lượt ý kiến của cử tri đã được nêu, tập trung vào việc đo đạc, cấp giấy chứng nhận quyền sử dụng đất, mức thu tiền sử dụng đất và hỗ trợ cho 236 hộ công nhân đã nghỉ hưu. Ông Phan Văn Hợi ở thôn Phúc Hòa, xã Phúc Đồng bức xúc: "Gia đình tôi nhận khoán cạo mủ cho nông trường hơn 20 năm, nay đất trả về địa phương mà chưa biết mình được giao bao nhiêu". Bà Võ Thị Lành, xã Hà Linh, đề nghị ưu tiên giao đất cho hộ nghèo, hộ cận nghèo.
Trả lời các ý kiến, ông Lê Văn Minh cho biết huyện sẽ hoàn thành đo đạc toàn bộ diện tích trong quý IV/2022; các hộ đang trực tiếp sử dụng sẽ được xem xét giao đất theo hạn mức, không quá 2 ha/hộ với đất trồng cây lâu năm. Ông Đặng Quốc Hùng, vừa được bổ nhiệm làm Phó Giám đốc Công ty TNHH MTV Cao su Hà Tĩnh, cam kết công ty sẽ bàn giao hồ sơ, bản đồ và hỗ trợ 150 triệu đồng cho công tác đo đạc.
Kết luận đối thoại, Chủ tịch UBND huyện giao Phòng Tài nguyên và Môi trường phối hợp với UBND các xã tổ chức lấy ý kiến nhân dân về phương án giao đất, niêm yết công khai tại 14 thôn; thực hiện đúng Quyết định số 23/2022/QĐ-UBND ngày 17/5/2022 của UBND tỉnh và Nghị định số 04/2015/NĐ-CP về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước. Ông Trần Đình Toàn đề nghị khối dân vận các xã bám sát cơ sở, nắm tình hình tư tưởng, không để xảy ra khiếu kiện đông người.
Thiên Vỹ - Phúc Quang
Lượt xem: 2.087
Tin liên quan
- Vũ Quang: Đối thoại với dân về đất lâm trường (05/08/2022)
- Hà Tĩnh hoàn thành sắp xếp công ty nông, lâm nghiệp (20/07/2022)
- Hương Khê: Người dân phấn khởi nhận sổ đỏ (12/07/2022)
""", "2022-08-12", "Hương Khê đối thoại với dân về đất nông trường cao su bàn giao địa phương",
E("doi_thoai", "2022", "2022-08-11"),
[P("Lê Văn Minh", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Trần Đình Toàn", "TUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Hợi"), P("Võ Thị Lành"),
 P("Đặng Quốc Hùng", "Phó Giám đốc Công ty TNHH MTV Cao su Hà Tĩnh")],
[Q("1.186,5 ha", 1186.5, "ha"), Q("427 ha", 427, "ha"), Q("19 lượt ý kiến", 19, "lượt ý kiến"),
 Q("236 hộ công nhân", 236, "hộ công nhân"), Q("không quá 2 ha", 2, "ha"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("14 thôn", 14, "thôn")],
[D("Nghị định", "118", "2014/NĐ-CP", None, None, "Nghị định số 118/2014/NĐ-CP"),
 D("Quyết định", "23", "2022/QĐ-UBND", "2022-05-17", "UBND tỉnh", "Quyết định số 23/2022/QĐ-UBND ngày 17/5/2022"),
 D("Nghị định", "04", "2015/NĐ-CP", None, None, "Nghị định số 04/2015/NĐ-CP")],
[prov("Hà Tĩnh"), com("Phúc Đồng"), com("Hà Linh"), com("Phúc Trạch")],
["Báo Hà Tĩnh", "Chính trị | Kinh tế | Xã hội | Pháp luật | Thể thao", "Ông Lê Văn Minh phát biểu tại buổi đối thoại. Ảnh: Phúc Quang",
 "Lượt xem: 2.087"],
["Ngày 12/08/2022 | 15:45", "năm 2022", "hơn 20 năm", "quý IV/2022", "Lượt xem: 2.087"]))

PAGES.append(page("b6526-dienbien-bdv-giamsat-caosu-2023", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Thứ Ba, 17/10/2023 - 17:20
Chính trị > Xây dựng Đảng
Giám sát thực hiện dân chủ ở cơ sở tại Công ty cổ phần Cao su Điện Biên
ĐBP - Ngày 16/10, Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Lò Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện dân chủ ở cơ sở tại Đảng bộ Công ty cổ phần Cao su Điện Biên, theo Chương trình kiểm tra, giám sát năm 2023 của Ban Thường vụ Tỉnh ủy.
Tham gia đoàn có đồng chí Giàng A Dế, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Quàng Văn Pọm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy và đại diện Liên đoàn Lao động tỉnh.
Báo cáo của Đảng ủy công ty cho biết, từ năm 2008 đến nay, công ty đã trồng được 4.016 ha cao su tại 6 huyện, trong đó có hơn 3.000 ha trồng trên đất của người dân góp vốn. Hiện nay có khoảng 2.800 hộ đồng bào Mông, Thái, Khơ Mú góp đất với công ty; 1.312 người trong các hộ góp đất đã được tuyển dụng làm công nhân, phần lớn là người Mông ở các xã Pa Ham, Sá Tổng, Mường Mươn.
Công ty đã công khai phương án ăn chia sản phẩm, chi trả tiền thuê đất góp vốn 6 tháng đầu năm 2023 với tổng số tiền hơn 2,1 tỷ đồng; tổ chức 12 hội nghị người lao động ở các đội sản xuất. Việc thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022 được quán triệt đến 100% chi bộ.
Tuy nhiên, qua giám sát cho thấy, việc chi trả cổ tức cho các hộ góp đất từ năm 2020 đến nay còn chậm; 47 hộ ở xã Sá Tổng có đơn kiến nghị đề nghị trả lại đất do vườn cao su phát triển kém; việc đối thoại giữa giám đốc công ty với người lao động chưa được tổ chức định kỳ.
Trao đổi với đoàn, anh Sùng A Lử, công nhân đội sản xuất số 5, bản Huổi Lóng, cho biết: "Mỗi tháng em cạo được khoảng 4,5 triệu đồng, cũng đủ sống, nhưng bà con góp đất thì vẫn chờ tiền chia lâu quá". Ông Mùa A Chu, người có uy tín bản Huổi Lóng, đề nghị công ty thường xuyên về bản giải thích cho bà con hiểu.
Kết luận buổi giám sát, đồng chí Lò Thị Hương đề nghị Đảng ủy công ty tiếp tục thực hiện Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; ban hành quy chế đối thoại định kỳ ít nhất 2 lần/năm; giải quyết dứt điểm kiến nghị của các hộ góp đất trước ngày 31/12/2023.
Đồng chí Nguyễn Hoàng Nam, Bí thư Đảng ủy, Chủ tịch Hội đồng quản trị công ty tiếp thu và cho biết sẽ báo cáo kết quả khắc phục với Ban Thường vụ Tỉnh ủy trong quý I/2024.
Thanh Bình
Tin liên quan
- Mường Chà: Giám sát thực hiện chính sách đối với người có uy tín (10/10/2023)
- Cao su Điện Biên: Hộ góp đất nhận tiền chia sản phẩm (25/09/2023)
- Tủa Chùa tổ chức đối thoại với nông dân (18/09/2023)
""", "2023-10-17", "Giám sát thực hiện dân chủ ở cơ sở tại Công ty cổ phần Cao su Điện Biên",
E("giam_sat", "2023", "2023-10-16"),
[P("Lò Thị Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dế", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Pọm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Sùng A Lử", "công nhân đội sản xuất số 5"),
 P("Mùa A Chu", "người có uy tín bản Huổi Lóng"),
 P("Nguyễn Hoàng Nam", "Bí thư Đảng ủy", "Chủ tịch Hội đồng quản trị công ty")],
[Q("4.016 ha", 4016, "ha"), Q("6 huyện", 6, "huyện"), Q("hơn 3.000 ha", 3000, "ha", "over"),
 Q("khoảng 2.800 hộ đồng bào Mông, Thái, Khơ Mú", 2800, "hộ đồng bào Mông, Thái, Khơ Mú", "approx"),
 Q("1.312 người", 1312, "người"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("12 hội nghị người lao động", 12, "hội nghị người lao động"), Q("100% chi bộ", 100, "%"), Q("47 hộ", 47, "hộ"),
 Q("khoảng 4,5 triệu đồng", 4500000, "đồng", "approx")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Điện Biên"), com("Pa Ham"), com("Sá Tổng"), com("Mường Mươn")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị > Xây dựng Đảng", "ĐBP -", "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Ba, 17/10/2023 - 17:20", "Đoàn giám sát số 3", "năm 2023", "năm 2008", "6 tháng đầu năm 2023", "năm 2022", "năm 2020",
 "số 5", "2 lần/năm", "quý I/2024"]))
