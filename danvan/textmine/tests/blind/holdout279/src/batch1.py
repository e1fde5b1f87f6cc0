from lib import *
PAGES = []

PAGES.append(page("b6653-thainguyen-hdnvqs-tongket-2011", """
BÁO THÁI NGUYÊN ĐIỆN TỬ
Trang chủ › Quốc phòng - An ninh › Tin tức
Thứ Năm, 21/04/2011 - 16:20
Thái Nguyên: Tổng kết công tác tuyển quân năm 2011
(TN) - Ngày 20/4, Hội đồng Nghĩa vụ quân sự tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác tuyển chọn và gọi công dân nhập ngũ năm 2011. Đồng chí Nguyễn Văn Khôi, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Đức Thịnh
Năm 2011, tỉnh được giao chỉ tiêu tuyển 1.950 công dân. Thực hiện Chỉ thị số 07-CT/TU ngày 18/10/2010 của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác tuyển quân năm 2011 và Quyết định số 2215/QĐ-UBND ngày 25/10/2010 của UBND tỉnh về giao chỉ tiêu tuyển quân, các huyện, thành phố, thị xã đã triển khai đồng bộ từ khâu đăng ký, sơ tuyển đến khám tuyển. Toàn tỉnh có 11.428 nam công dân được đăng ký nghĩa vụ quân sự; các hội đồng khám sức khỏe cho 4.310 công dân, trong đó 2.604 người đạt tiêu chuẩn sức khỏe.
Ngày 18/2/2011, 9/9 huyện, thành, thị đồng loạt tổ chức lễ giao nhận quân gọn, an toàn, đúng thời gian chỉ đạo, giao đủ quân cho Sư đoàn 346 và các đơn vị nhận quân, đạt 100% chỉ tiêu. Chất lượng tân binh được nâng lên: có 212 thanh niên có trình độ cao đẳng, đại học; 38 đảng viên tình nguyện lên đường.
Công tác tuyên truyền Luật Nghĩa vụ quân sự được đẩy mạnh qua hệ thống loa truyền thanh cơ sở và các buổi sinh hoạt chi đoàn. Ủy ban MTTQ và các đoàn thể cấp xã đã tổ chức thăm hỏi, tặng quà gia đình thanh niên nhập ngũ với tổng trị giá hơn 1,2 tỷ đồng; nhiều xã trích ngân sách hỗ trợ mỗi tân binh từ 500.000 đến 1 triệu đồng.
Tại hội nghị, ông Hoàng Đức Lâm, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Đại Từ, chia sẻ cách phân công cán bộ phụ trách từng xóm, nắm chắc từng thanh niên trong diện gọi nhập ngũ. Bà Lưu Thị Hằng, Chủ tịch Hội Liên hiệp Phụ nữ xã Phú Thượng, cho biết hội đã tổ chức 7 buổi gặp mặt các bà mẹ có con trong diện nhập ngũ, nhờ vậy năm nay xã không có thanh niên chây ì.
Bên cạnh kết quả đạt được, hội nghị chỉ ra vẫn còn 6 trường hợp không chấp hành lệnh gọi khám sức khỏe; một số xã phường còn để thanh niên đi làm ăn xa không nắm được địa chỉ. Việc xử lý vi phạm có nơi còn nể nang.
Kết luận hội nghị, đồng chí Nguyễn Văn Khôi yêu cầu Hội đồng Nghĩa vụ quân sự các cấp rút kinh nghiệm, chuẩn bị sớm cho năm 2012; làm tốt chính sách hậu phương quân đội, quan tâm giải quyết việc làm cho quân nhân xuất ngũ. Dịp này, UBND tỉnh tặng Bằng khen cho 14 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác tuyển quân năm 2011.
Đức Thịnh
Tin liên quan
- Đại Từ: 258 thanh niên lên đường nhập ngũ (18/02/2011)
- Phổ Yên gặp mặt tân binh trước ngày nhập ngũ (15/02/2011)
- Thành phố Thái Nguyên khám tuyển nghĩa vụ quân sự (10/12/2010)
- Bộ CHQS tỉnh diễn tập khu vực phòng thủ (05/11/2010)
""", "2011-04-21", "Thái Nguyên: Tổng kết công tác tuyển quân năm 2011",
E("tong_ket", "2011", "2011-04-20"),
[P("Nguyễn Văn Khôi", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh"),
 P("Hoàng Đức Lâm", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Đại Từ"),
 P("Lưu Thị Hằng", "Chủ tịch Hội Liên hiệp Phụ nữ xã Phú Thượng")],
[Q("1.950 công dân", 1950, "công dân"), Q("11.428 nam công dân", 11428, "nam công dân"), Q("4.310 công dân", 4310, "công dân"),
 Q("2.604 người", 2604, "người"), Q("9/9 huyện, thành, thị", 9, "huyện, thành, thị"), Q("100%", 100, "%"),
 Q("212 thanh niên", 212, "thanh niên"), Q("38 đảng viên", 38, "đảng viên"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("500.000", 500000, "đồng"), Q("1 triệu đồng", 1000000, "đồng"), Q("7 buổi gặp mặt", 7, "buổi gặp mặt"),
 Q("6 trường hợp", 6, "trường hợp"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân có thành tích xuất sắc", 22, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", "2010-10-18", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 18/10/2010"),
 D("Quyết định", "2215", "QĐ-UBND", "2010-10-25", "UBND tỉnh", "Quyết định số 2215/QĐ-UBND ngày 25/10/2010")],
[prov("Thái Nguyên"), com("Phú Thượng")],
["BÁO THÁI NGUYÊN ĐIỆN TỬ", "Trang chủ › Quốc phòng - An ninh › Tin tức", "Quang cảnh hội nghị. Ảnh: Đức Thịnh", "(TN)",
 "Luật Nghĩa vụ quân sự", "Sư đoàn 346"],
["Thứ Năm, 21/04/2011 - 16:20", "năm 2011", "năm 2012", "Sư đoàn 346"]))

PAGES.append(page("b6654-nghean-giaonhanquan-2012", """
Báo Nghệ An | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự >> Quốc phòng
Cập nhật: 08:30, 24/02/2012 (GMT+7)
Ảnh: Tân binh huyện Quỳnh Lưu nhận hoa của người thân trước giờ lên đường.
Rộn ràng ngày hội tòng quân ở xứ Nghệ
(Baonghean) - Sáng 23/2, hơn 3.400 thanh niên Nghệ An đã lên đường nhập ngũ trong không khí phấn khởi. Lễ giao nhận quân được tổ chức đồng loạt tại 20 huyện, thành, thị, trang trọng, nhanh gọn, đúng nghi thức quân đội.
Tại huyện Quỳnh Lưu, nơi có số tân binh đông nhất tỉnh với 312 thanh niên, đồng chí Trần Quốc Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đến dự và tặng hoa động viên. Đồng chí nhắc lại lời căn dặn của các thế hệ cha anh, mong các tân binh nhanh chóng hòa nhập môi trường quân ngũ, rèn luyện thành những chiến sĩ tốt.
Theo Ban Chỉ huy Quân sự huyện, năm nay Quỳnh Lưu có 27 thanh niên tình nguyện viết đơn xin nhập ngũ, trong đó 4 người viết đơn bằng máu; 19 tân binh có trình độ đại học, cao đẳng. Xã Quỳnh Thắng giao 18 tân binh, xã Quỳnh Hậu giao 15 tân binh, đều vượt chỉ tiêu được giao.
Ông Hồ Sỹ Đoàn, Chủ tịch UBND xã Quỳnh Thắng, kiêm Chủ tịch Hội đồng Nghĩa vụ quân sự xã, kể: "Có gia đình hai con liên tiếp lên đường. Xã đã trao cho mỗi tân binh 1,5 triệu đồng cùng bộ quân nhu cá nhân, động viên các em yên tâm".
Ở huyện miền núi Tương Dương, 145 thanh niên lên đường, phần lớn là người Thái, Khơ Mú, Mông. Trước giờ giao quân, nhiều gia đình đã đi xe máy, đi bộ hàng chục cây số từ các bản xa về thị trấn Hòa Bình để tiễn con. Anh Lô Văn Thành, tân binh xã Tam Quang, là con trai của trưởng bản Xốp Pu. Mẹ anh, bà Vi Thị Lan, nắm tay con: "Đi bộ đội rồi về làm cán bộ cho bản". Tại đây, Hội Cựu chiến binh huyện tặng 145 suất quà cho tân binh, mỗi suất 300.000 đồng.
Năm 2012, Nghệ An được giao chỉ tiêu cao nhất khu vực Quân khu 4. Thực hiện Kế hoạch số 85/KH-UBND ngày 2/11/2011 của UBND tỉnh, các địa phương khám tuyển sức khỏe cho gần 9.000 công dân, chọn đủ số đạt tiêu chuẩn; các xã, thị trấn đã công khai danh sách công dân gọi nhập ngũ tại trụ sở và nhà văn hóa các xóm, bản để nhân dân giám sát. Theo đại tá Lê Văn Nghĩa, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, tỷ lệ tân binh là đảng viên năm nay đạt 2,1%, cao hơn năm trước.
Cũng trong ngày, các đơn vị nhận quân gồm Sư đoàn 324, Lữ đoàn 414 và Bộ đội Biên phòng tỉnh đã tiếp nhận đủ quân, đưa tân binh về đơn vị an toàn trước 11 giờ.
Nhóm PV Thời sự
Tin khác
- Huấn luyện tân binh năm 2012: chú trọng chất lượng (20/02/2012)
- Thanh Chương: 156 thanh niên sẵn sàng lên đường (17/02/2012)
- Nghi Lộc khám tuyển nghĩa vụ quân sự (12/12/2011)
- Đô Lương tặng quà gia đình chính sách (09/02/2012)
""", "2012-02-24", "Rộn ràng ngày hội tòng quân ở xứ Nghệ",
E("khac", None, "2012-02-23"),
[P("Trần Quốc Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hồ Sỹ Đoàn", "Chủ tịch UBND xã Quỳnh Thắng", "Chủ tịch Hội đồng Nghĩa vụ quân sự xã"),
 P("Lô Văn Thành", "tân binh xã Tam Quang"),
 P("Vi Thị Lan"),
 P("Lê Văn Nghĩa", "đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")],
[Q("hơn 3.400 thanh niên", 3400, "thanh niên", "over"), Q("20 huyện, thành, thị", 20, "huyện, thành, thị"),
 Q("312 thanh niên", 312, "thanh niên"), Q("27 thanh niên", 27, "thanh niên"), Q("4 người", 4, "người"),
 Q("19 tân binh", 19, "tân binh"), Q("18 tân binh", 18, "tân binh"), Q("15 tân binh", 15, "tân binh"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("145 thanh niên", 145, "thanh niên"),
 Q("145 suất quà", 145, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("gần 9.000 công dân", 9000, "công dân", "approx"),
 Q("2,1%", 2.1, "%")],
[D("Kế hoạch", "85", "KH-UBND", "2011-11-02", "UBND tỉnh", "Kế hoạch số 85/KH-UBND ngày 2/11/2011")],
[prov("Nghệ An"), com("Quỳnh Thắng"), com("Quỳnh Hậu"), com("Tam Quang"), com("Hòa Bình")],
["Báo Nghệ An | Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự >> Quốc phòng",
 "Ảnh: Tân binh huyện Quỳnh Lưu nhận hoa của người thân trước giờ lên đường.", "(Baonghean)", "Quân khu 4",
 "Sư đoàn 324", "Lữ đoàn 414", "Bộ đội Biên phòng tỉnh", "Xốp Pu"],
["Cập nhật: 08:30, 24/02/2012 (GMT+7)", "Quân khu 4", "Sư đoàn 324", "Lữ đoàn 414", "11 giờ", "Năm 2012"]))

PAGES.append(page("b6655-quangnam-mttq-tangqua-tanbinh-2013", """
QUẢNG NAM ONLINE
Trang chủ / Xã hội / Chính sách
08:15 | 20/02/2013
Mặt trận tỉnh thăm, tặng quà tân binh trước ngày nhập ngũ
QNO - Chiều 19/2, đoàn công tác Ủy ban MTTQ Việt Nam tỉnh Quảng Nam do bà Phan Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, dẫn đầu đã đến thăm, tặng quà thanh niên chuẩn bị lên đường nhập ngũ tại các huyện Quế Sơn, Duy Xuyên và Nông Sơn.
Dịp này, đoàn trao 120 suất quà cho tân binh có hoàn cảnh khó khăn, mỗi suất gồm 500.000 đồng tiền mặt và một bộ đồ dùng cá nhân. Tổng trị giá quà tặng là 72 triệu đồng, được trích từ Quỹ "Vì người nghèo" và vận động các doanh nghiệp trên địa bàn.
Tại xã Quế Xuân 1, bà Phan Thị Thu Vân thăm gia đình ông Lê Văn Sáu, có hai con trai cùng lên đường trong đợt này. Ông Sáu nói vợ chồng ông làm ruộng, nhà còn nghèo nhưng "con đủ tuổi thì phải đi, nhà nước đã lo cho mình rồi". Xã Quế Xuân 1 năm nay giao 14 thanh niên, trong đó 3 em đã có bằng trung cấp nghề.
Ở huyện Duy Xuyên, đoàn đến thăm tân binh Trần Minh Quang ở xã Duy Trung, mồ côi cha từ nhỏ, đang ở với bà nội. Ông Nguyễn Văn Thạnh, Phó Bí thư Thường trực Huyện ủy Duy Xuyên, cho biết huyện năm nay giao 168 tân binh; Ủy ban MTTQ và các đoàn thể huyện đã vận động được gần 80 triệu đồng để tặng quà, hỗ trợ gia đình tân binh khó khăn.
Theo ông Đỗ Văn Hòa, Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 10/1/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ đầu tháng 2, Mặt trận các cấp phối hợp với Hội đồng Nghĩa vụ quân sự tổ chức gặp mặt, động viên thanh niên tại 241 xã, phường, thị trấn. Toàn tỉnh năm 2013 tuyển 2.350 công dân nhập ngũ, khoảng 15% là con em đồng bào dân tộc thiểu số ở các huyện miền núi.
Đến huyện Nông Sơn, đoàn trao 20 suất quà cho tân binh người Cơ Tu và Ca Dong. Tân binh Hồ Văn Bảy, thôn Trung Hạ, xã Quế Lâm, chia sẻ: "Em sẽ cố gắng rèn luyện để không phụ lòng bà con".
Bà Phan Thị Thu Vân đề nghị Mặt trận cơ sở tiếp tục quan tâm gia đình tân binh, nhất là các hộ nghèo; kịp thời nắm tâm tư, giúp đỡ để thanh niên yên tâm thực hiện nghĩa vụ với Tổ quốc. Bà cũng lưu ý các địa phương phối hợp với đơn vị nhận quân tổ chức cho gia đình thăm tân binh trong thời gian huấn luyện, đồng thời chuẩn bị tốt việc tiếp nhận, bố trí việc làm cho quân nhân hoàn thành nghĩa vụ trở về, để thanh niên thấy rõ đi bộ đội là cơ hội rèn luyện, trưởng thành.
Hoàng Liên
Tin liên quan
- Quế Sơn: 95 thanh niên sẵn sàng lên đường (18/02/2013)
- Hội Nông dân tỉnh tặng 300 suất quà Tết (05/02/2013)
- Tam Kỳ khám tuyển nghĩa vụ quân sự năm 2013 (12/12/2012)
""", "2013-02-20", "Mặt trận tỉnh thăm, tặng quà tân binh trước ngày nhập ngũ",
E("trao_qua", None, "2013-02-19"),
[P("Phan Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sáu"),
 P("Trần Minh Quang", "tân binh"),
 P("Nguyễn Văn Thạnh", "Phó Bí thư Thường trực Huyện ủy Duy Xuyên"),
 P("Đỗ Văn Hòa", "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Bảy", "Tân binh")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("72 triệu đồng", 72000000, "đồng"),
 Q("hai con trai", 2, "con trai"), Q("14 thanh niên", 14, "thanh niên"), Q("3 em", 3, "em"), Q("168 tân binh", 168, "tân binh"),
 Q("gần 80 triệu đồng", 80000000, "đồng", "approx"), Q("241 xã, phường, thị trấn", 241, "xã, phường, thị trấn"),
 Q("2.350 công dân", 2350, "công dân"), Q("khoảng 15%", 15, "%", "approx"), Q("20 suất quà", 20, "suất quà")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2013-01-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 10/1/2013")],
[prov("Quảng Nam"), com("Quế Xuân 1"), com("Duy Trung"), com("Quế Lâm")],
["QUẢNG NAM ONLINE", "Trang chủ / Xã hội / Chính sách", "QNO", "Vì người nghèo", "Trung Hạ"],
["08:15 | 20/02/2013", "năm 2013", "một bộ đồ dùng cá nhân"]))

PAGES.append(page("b6656-cantho-hoinghi-trienkhai-tuyenquan-2015", """
Cổng Thông tin điện tử thành phố Cần Thơ
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Quốc phòng, an ninh
Ngày đăng 14/11/2014 | 10:40
Triển khai nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2015
Sáng ngày 13/11, Hội đồng Nghĩa vụ quân sự thành phố Cần Thơ tổ chức hội nghị triển khai nhiệm vụ tuyển chọn và gọi công dân nhập ngũ năm 2015. Ông Lê Hùng Dũng, Phó Chủ tịch UBND thành phố - Chủ tịch Hội đồng Nghĩa vụ quân sự thành phố chủ trì hội nghị.
Năm 2015, thành phố phấn đấu giao 1.650 công dân nhập ngũ (kể cả chỉ tiêu công an nhân dân). Theo Quyết định số 3120/QĐ-UBND ngày 5/11/2014 của UBND thành phố, quận Ninh Kiều được giao 215 chỉ tiêu, quận Cái Răng 140 chỉ tiêu, huyện Phong Điền 130 chỉ tiêu; các quận, huyện còn lại từ 150 đến 190 chỉ tiêu.
Theo báo cáo của Bộ Chỉ huy Quân sự thành phố, công tác tuyển quân năm 2014 đạt 100% chỉ tiêu, giao quân một đợt gọn trong 1 buổi sáng. Có 94 tân binh là đảng viên, chiếm 5,8%; hơn 300 thanh niên có trình độ cao đẳng, đại học. Đặc biệt có 412 thanh niên tình nguyện viết đơn xin nhập ngũ. Tuy nhiên, vẫn còn 23 công dân bỏ khám, phải xử phạt hành chính; một số phường chưa quản lý chặt nguồn công dân là lao động tự do, đi làm ăn xa.
Đại tá Trần Văn Quang, Chỉ huy trưởng Bộ Chỉ huy Quân sự thành phố, đề nghị các quận, huyện thực hiện nghiêm Chỉ thị số 13-CT/TU ngày 20/10/2014 của Ban Thường vụ Thành ủy về lãnh đạo công tác tuyển quân năm 2015; thực hiện khám sức khỏe tập trung theo Thông tư liên tịch số 36/2011/TTLT-BYT-BQP của Bộ Y tế - Bộ Quốc phòng; công khai số lượng, tiêu chuẩn, chính sách tại 85 xã, phường, thị trấn.
Phát biểu tại hội nghị, bà Nguyễn Thị Kim Chi, Phó Bí thư Thành đoàn, cho biết Đoàn sẽ tổ chức các chương trình "Tiễn bạn lên đường" tại tất cả các quận, huyện. Ông Phạm Văn Tám, Chủ tịch UBND phường An Khánh, kiến nghị có chính sách ưu tiên tuyển dụng đối với quân nhân xuất ngũ có tay nghề.
Kết luận hội nghị, ông Lê Hùng Dũng yêu cầu các thành viên Hội đồng Nghĩa vụ quân sự theo dõi, phụ trách địa bàn, kiểm tra chặt các khâu; xử lý nghiêm các trường hợp trốn tránh, gian lận; chăm lo chính sách hậu phương, mỗi tân binh được thành phố hỗ trợ 2 triệu đồng khi lên đường. Lễ giao nhận quân năm 2015 dự kiến tổ chức vào ngày 27/2/2015.
Ngọc Thảo
Tin khác
- Cần Thơ diễn tập khu vực phòng thủ năm 2014 (05/11/2014)
- Thốt Nốt: gặp mặt quân nhân xuất ngũ (22/10/2014)
- Bình Thủy tổng kết công tác quân sự, quốc phòng (17/10/2014)
- Ô Môn: ra quân huấn luyện dân quân tự vệ (02/10/2014)
- Cờ Đỏ trao nhà tình nghĩa cho gia đình chính sách (26/09/2014)
""", "2014-11-14", "Triển khai nhiệm vụ tuyển chọn, gọi công dân nhập ngũ năm 2015",
E("hoi_nghi", "2015", "2014-11-13"),
[P("Lê Hùng Dũng", "Phó Chủ tịch UBND thành phố - Chủ tịch Hội đồng Nghĩa vụ quân sự thành phố"),
 P("Trần Văn Quang", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy Quân sự thành phố"),
 P("Nguyễn Thị Kim Chi", "Phó Bí thư Thành đoàn"),
 P("Phạm Văn Tám", "Chủ tịch UBND phường An Khánh")],
[Q("1.650 công dân", 1650, "công dân"), Q("215 chỉ tiêu", 215, "chỉ tiêu"), Q("140 chỉ tiêu", 140, "chỉ tiêu"),
 Q("130 chỉ tiêu", 130, "chỉ tiêu"), Q("150", 150, "chỉ tiêu"), Q("190 chỉ tiêu", 190, "chỉ tiêu"), Q("100%", 100, "%"),
 Q("94 tân binh", 94, "tân binh"), Q("5,8%", 5.8, "%"), Q("hơn 300 thanh niên", 300, "thanh niên", "over"),
 Q("412 thanh niên", 412, "thanh niên"), Q("23 công dân", 23, "công dân"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"),
 Q("2 triệu đồng", 2000000, "đồng")],
[D("Quyết định", "3120", "QĐ-UBND", "2014-11-05", "UBND thành phố", "Quyết định số 3120/QĐ-UBND ngày 5/11/2014"),
 D("Chỉ thị", "13", "CT/TU", "2014-10-20", "Ban Thường vụ Thành ủy", "Chỉ thị số 13-CT/TU ngày 20/10/2014"),
 D("Thông tư liên tịch", "36", "2011/TTLT-BYT-BQP", None, "Bộ Y tế - Bộ Quốc phòng", "Thông tư liên tịch số 36/2011/TTLT-BYT-BQP")],
[prov("Cần Thơ"), com("An Khánh")],
["Cổng Thông tin điện tử thành phố Cần Thơ", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Quốc phòng, an ninh",
 "Tiễn bạn lên đường"],
["Ngày đăng 14/11/2014 | 10:40", "năm 2015", "năm 2014", "1 buổi sáng", "27/2/2015"]))

PAGES.append(page("b6657-hatinh-hdnd-giamsat-tuyenquan-2015", """
BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh
Chính trị - Quốc phòng
09-01-2015 14:25
Giám sát công tác tuyển quân tại Hương Khê, Can Lộc
(Baohatinh.vn) - Ngày 8/1, đoàn giám sát của Ban Pháp chế HĐND tỉnh do ông Nguyễn Đình Lâm, Trưởng ban Pháp chế HĐND tỉnh làm trưởng đoàn, đã giám sát công tác tuyển chọn, gọi công dân nhập ngũ năm 2015 tại huyện Hương Khê và Can Lộc.
Đoàn giám sát làm việc với Hội đồng Nghĩa vụ quân sự huyện Hương Khê. Ảnh: Thu Hà
Theo báo cáo, năm 2015 Hương Khê được giao 220 chỉ tiêu. Huyện đã tổ chức sơ tuyển tại 22 xã, thị trấn, khám tuyển cho 680 công dân, có 346 người đủ điều kiện sức khỏe, trong đó 71 người có sức khỏe loại 1. Ông Trần Quang Vinh, Phó Chủ tịch UBND huyện Hương Khê, Chủ tịch Hội đồng Nghĩa vụ quân sự huyện, cho biết năm nay huyện chọn đủ quân sớm, đã phát lệnh gọi nhập ngũ trước ngày 10/1.
Tại Can Lộc, huyện khám tuyển 590 công dân, chọn 245 người đạt tiêu chuẩn cho 185 chỉ tiêu. Bà Lê Thị Minh, Phó Chủ tịch HĐND huyện Can Lộc, phản ánh còn khoảng 40 thanh niên đi làm ăn xa ở các tỉnh phía Nam và nước ngoài chưa về khám; một số gia đình xin hoãn không có căn cứ.
Qua giám sát tại xã Phú Gia (Hương Khê) và xã Thiên Lộc (Can Lộc), đoàn ghi nhận các xã thực hiện đúng quy trình, công khai danh sách ở 3 vòng: đăng ký, sơ tuyển và khám tuyển; chính sách đối với gia đình quân nhân tại ngũ được bảo đảm, mỗi tân binh được huyện và xã hỗ trợ tổng cộng 1,5 - 2 triệu đồng. Tuy vậy, việc lập hồ sơ miễn, hoãn ở một số thôn, xóm chưa chặt; hệ thống loa truyền thanh của nhiều thôn xuống cấp.
Kết luận buổi giám sát, ông Nguyễn Đình Lâm đề nghị UBND hai huyện chỉ đạo rà soát, xét duyệt chính xác các trường hợp tạm hoãn, miễn gọi nhập ngũ theo Luật Nghĩa vụ quân sự và Nghị định số 38/2007/NĐ-CP của Chính phủ; thực hiện tốt Chỉ thị số 29-CT/TU ngày 15/10/2014 của Ban Thường vụ Tỉnh ủy về công tác tuyển quân năm 2015. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 12 HĐND tỉnh khóa XVI.
Toàn tỉnh Hà Tĩnh năm 2015 có chỉ tiêu 1.800 công dân nhập ngũ; lễ giao nhận quân dự kiến ngày 25/2.
Trước đó, đoàn giám sát đã nghe đại diện Ban Chỉ huy Quân sự các huyện báo cáo việc phối hợp với trạm y tế, trung tâm y tế huyện trong khám sơ tuyển; việc thẩm định tiêu chuẩn chính trị của công an xã và việc tuyên truyền trên hệ thống đài truyền thanh. Các thành viên đoàn đề nghị bổ sung kinh phí cho hoạt động của Hội đồng Nghĩa vụ quân sự cấp xã.
Thu Hà
Tin cùng chuyên mục
- Lộc Hà: 132 thanh niên đạt tiêu chuẩn nhập ngũ (06/01/2015)
- Hội đồng NVQS tỉnh kiểm tra tại Kỳ Anh (29/12/2014)
- Cẩm Xuyên: chuẩn bị chu đáo cho ngày giao quân (24/12/2014)
""", "2015-01-09", "Giám sát công tác tuyển quân tại Hương Khê, Can Lộc",
E("giam_sat", "2015", "2015-01-08"),
[P("Nguyễn Đình Lâm", "Trưởng ban Pháp chế HĐND tỉnh"),
 P("Trần Quang Vinh", "Phó Chủ tịch UBND huyện Hương Khê", "Chủ tịch Hội đồng Nghĩa vụ quân sự huyện"),
 P("Lê Thị Minh", "Phó Chủ tịch HĐND huyện Can Lộc")],
[Q("220 chỉ tiêu", 220, "chỉ tiêu"), Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("680 công dân", 680, "công dân"),
 Q("346 người", 346, "người"), Q("71 người", 71, "người"), Q("590 công dân", 590, "công dân"), Q("245 người", 245, "người"),
 Q("185 chỉ tiêu", 185, "chỉ tiêu"), Q("khoảng 40 thanh niên", 40, "thanh niên", "approx"), Q("3 vòng", 3, "vòng"),
 Q("1,5", 1500000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("1.800 công dân", 1800, "công dân")],
[D("Nghị định", "38", "2007/NĐ-CP", None, "Chính phủ", "Nghị định số 38/2007/NĐ-CP"),
 D("Chỉ thị", "29", "CT/TU", "2014-10-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 29-CT/TU ngày 15/10/2014")],
[prov("Hà Tĩnh"), com("Phú Gia"), com("Thiên Lộc")],
["BÁO HÀ TĨNH - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Tĩnh", "Chính trị - Quốc phòng", "(Baohatinh.vn)",
 "Đoàn giám sát làm việc với Hội đồng Nghĩa vụ quân sự huyện Hương Khê. Ảnh: Thu Hà", "Luật Nghĩa vụ quân sự"],
["09-01-2015 14:25", "năm 2015", "sức khỏe loại 1", "kỳ họp thứ 12", "khóa XVI", "ngày 10/1", "hai huyện"]))

PAGES.append(page("b6658-sonla-giaoban-hdnvqs-quy1-2016", """
SƠN LA ONLINE - Báo Sơn La
Trang chủ :: Quốc phòng - An ninh
Thứ Sáu, 08/04/2016 - 07:50
Ảnh: Đồng chí Lò Văn Thoan phát biểu kết luận giao ban.
Tuyển quân năm 2016: các huyện giao đủ quân, an toàn
Ngày 7/4, Hội đồng Nghĩa vụ quân sự tỉnh Sơn La tổ chức giao ban quý I/2016, đánh giá kết quả tuyển chọn, gọi công dân nhập ngũ và triển khai nhiệm vụ quý II. Đồng chí Lò Văn Thoan, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh chủ trì.
Năm 2016 là năm đầu tiên thực hiện Luật Nghĩa vụ quân sự năm 2015 và Nghị định số 13/2016/NĐ-CP của Chính phủ quy định trình tự, thủ tục đăng ký và chế độ chính sách của công dân trong thời gian đăng ký, khám, kiểm tra sức khỏe nghĩa vụ quân sự. Theo báo cáo, toàn tỉnh đã giao 2.100 công dân nhập ngũ, trong đó quân đội 1.960 người, công an 140 người; đạt 100% chỉ tiêu. Tân binh người dân tộc thiểu số chiếm trên 70%, chủ yếu là người Thái, Mông, Mường, Dao.
Ông Quàng Văn Pọm, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Thuận Châu, cho biết huyện giao 235 tân binh, trong đó có 48 thanh niên người Mông ở các xã vùng cao. Để vận động các gia đình, huyện đã cử 12 tổ công tác về bản, phối hợp với người có uy tín. Ông Giàng A Chư, người có uy tín bản Phổng Lăng, xã Co Mạ, trực tiếp đến từng nhà giải thích chính sách.
Bà Lường Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, thành viên Hội đồng, thông tin Mặt trận các cấp đã tổ chức 204 buổi gặp mặt tân binh, tặng 2.100 suất quà, tổng trị giá khoảng 630 triệu đồng. Tại huyện Mộc Châu, Ban Dân vận Huyện ủy phối hợp Huyện đoàn tổ chức "Đêm hội tòng quân" tại thị trấn Nông trường Mộc Châu.
Bên cạnh đó, giao ban chỉ ra một số hạn chế: việc đăng ký nghĩa vụ quân sự cho công dân nữ có chuyên môn phù hợp còn lúng túng; 7 công dân có lệnh gọi nhưng không có mặt, phải điều động nguồn dự phòng; ở xã Chiềng Khoa còn có trường hợp khai báo tạm hoãn sai quy định.
Phát biểu kết luận, đồng chí Lò Văn Thoan yêu cầu quý II, Hội đồng các cấp phối hợp đơn vị nhận quân nắm tình hình tư tưởng tân binh, giải quyết kịp thời các trường hợp tân binh bị bệnh phải trả về; chuẩn bị sơ kết Chỉ thị số 22-CT/TU ngày 10/8/2015 của Tỉnh ủy về tăng cường lãnh đạo công tác tuyển quân; tiếp nhận, giới thiệu việc làm cho quân nhân xuất ngũ. Đồng chí cũng lưu ý các huyện biên giới không để người dân bị kẻ xấu lôi kéo tuyên truyền sai lệch về chế độ nghĩa vụ quân sự.
Quang Minh
Tin liên quan
- Sông Mã: 190 thanh niên lên đường nhập ngũ (27/02/2016)
- Yên Châu gặp mặt tân binh (25/02/2016)
- Sơn La khám tuyển nghĩa vụ quân sự năm 2016 (15/12/2015)
""", "2016-04-08", "Tuyển quân năm 2016: các huyện giao đủ quân, an toàn",
E("giao_ban", "2016-Q1", "2016-04-07"),
[P("Lò Văn Thoan", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng Nghĩa vụ quân sự tỉnh"),
 P("Quàng Văn Pọm", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Thuận Châu"),
 P("Giàng A Chư", "người có uy tín bản Phổng Lăng"),
 P("Lường Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "thành viên Hội đồng")],
[Q("2.100 công dân", 2100, "công dân"), Q("1.960 người", 1960, "người"), Q("140 người", 140, "người"), Q("100%", 100, "%"),
 Q("trên 70%", 70, "%", "over"), Q("235 tân binh", 235, "tân binh"), Q("48 thanh niên người Mông", 48, "thanh niên người Mông"),
 Q("12 tổ công tác", 12, "tổ công tác"), Q("204 buổi gặp mặt", 204, "buổi gặp mặt"), Q("2.100 suất quà", 2100, "suất quà"),
 Q("khoảng 630 triệu đồng", 630000000, "đồng", "approx"), Q("7 công dân", 7, "công dân")],
[D("Nghị định", "13", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 13/2016/NĐ-CP"),
 D("Chỉ thị", "22", "CT/TU", "2015-08-10", "Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 10/8/2015")],
[prov("Sơn La"), com("Co Mạ"), com("Nông trường Mộc Châu"), com("Chiềng Khoa")],
["SƠN LA ONLINE - Báo Sơn La", "Trang chủ :: Quốc phòng - An ninh", "Ảnh: Đồng chí Lò Văn Thoan phát biểu kết luận giao ban.",
 "Luật Nghĩa vụ quân sự năm 2015", "Đêm hội tòng quân", "Phổng Lăng"],
["Thứ Sáu, 08/04/2016 - 07:50", "quý I/2016", "quý II", "Năm 2016", "năm 2015"]))
