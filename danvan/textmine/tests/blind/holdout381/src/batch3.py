from lib import *
PAGES = []

PAGES.append(page("b9113-yenbai-khuyenhoc-daihoi-2020", """
BÁO YÊN BÁI
Trang chủ > Xã hội > Giáo dục
Thứ Sáu, 24/07/2020 - 14:10
Mù Cang Chải: Đại hội Hội Khuyến học huyện lần thứ IV
Ngày 23/7, Hội Khuyến học huyện Mù Cang Chải (Yên Bái) tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2020 - 2025. Về dự có ông Lý A Sử, Phó Bí thư Thường trực Huyện ủy; bà Nguyễn Thị Hạnh, Phó Chủ tịch Hội Khuyến học tỉnh cùng 115 đại biểu đại diện cho hơn 12.600 hội viên của 14 xã, thị trấn.
Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Thanh Tùng
Báo cáo của Ban Chấp hành khóa III cho thấy, nhiệm kỳ qua, các cấp hội đã vận động xây dựng quỹ khuyến học được hơn 3,2 tỷ đồng; trao 2.050 suất học bổng cho học sinh nghèo vượt khó, phần lớn là học sinh người Mông ở các trường phổ thông dân tộc bán trú. Hội phối hợp ngành giáo dục vận động 1.376 lượt học sinh bỏ học trở lại lớp; hỗ trợ gần 40 tấn gạo cho bếp ăn bán trú trong những đợt giáp hạt. Toàn huyện có 8.450 hộ đạt danh hiệu "Gia đình học tập", 96 dòng họ đạt "Dòng họ học tập".
Thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy về nâng cao chất lượng giáo dục vùng cao, Hội Khuyến học xã Nậm Khắt đã vận động mỗi hội viên nuôi 1 con gà, trồng 1 luống rau gửi trường; xã Khao Mang lập "Tủ gạo khuyến học" tại trường bán trú, mỗi tháng góp được khoảng 300 kg gạo.
Phát biểu tại đại hội, ông Lý A Sử ghi nhận kết quả nhiệm kỳ qua; đề nghị Hội tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị và Kết luận số 49-KL/TW của Ban Bí thư; phối hợp chăm lo học sinh bán trú theo Nghị định 116/2016/NĐ-CP; phấn đấu đến năm 2025 có 100% thôn, bản có chi hội khuyến học.
Đại hội đã bầu Ban Chấp hành khóa IV gồm 21 ủy viên. Bà Sùng Thị Mỷ, Phó Chủ tịch UBND huyện được tín nhiệm giữ chức Chủ tịch Hội Khuyến học huyện khóa IV; các ông Hờ A Lử, Giàng A Chớ được bầu làm Phó Chủ tịch Hội. Ông Thào A Súa, Chủ tịch Hội Khuyến học huyện khóa III, nghỉ theo nguyên tắc, được Hội Khuyến học tỉnh tặng bằng khen.
Thảo luận tại đại hội, nhiều đại biểu cho rằng ở vùng cao, khuyến học trước hết là giữ được học sinh ở lại trường bán trú: có bữa ăn đủ no, có chăn ấm mùa đông, có thầy cô quan tâm thì phụ huynh mới yên tâm cho con theo học lên cao.
Đại hội đề ra 6 chỉ tiêu chủ yếu, trong đó phấn đấu mỗi năm trao không dưới 400 suất học bổng; 90% xã có quỹ khuyến học từ 30 triệu đồng trở lên; huy động 99% trẻ trong độ tuổi ra lớp. Cũng tại đại hội, Hội trao 50 suất học bổng, mỗi suất 500.000 đồng cho học sinh Trường PTDT bán trú THCS Púng Luông.
Thanh Tùng
Tin liên quan
- Trạm Tấu: Hội Khuyến học huyện tổ chức đại hội nhiệm kỳ 2020 - 2025 (15/7/2020)
- Yên Bái hỗ trợ học sinh bán trú mùa giáp hạt (02/6/2020)
- Văn Chấn trao 300 suất học bổng (20/5/2020)
""", "2020-07-24", "Mù Cang Chải: Đại hội Hội Khuyến học huyện lần thứ IV",
E("dai_hoi", None, "2020-07-23"),
[P("Lý A Sử", "Phó Bí thư Thường trực Huyện ủy"),
 P("Nguyễn Thị Hạnh", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Sùng Thị Mỷ", "Phó Chủ tịch UBND huyện", "Chủ tịch Hội Khuyến học huyện khóa IV"),
 P("Hờ A Lử", "Phó Chủ tịch Hội"),
 P("Giàng A Chớ", "Phó Chủ tịch Hội"),
 P("Thào A Súa", "Chủ tịch Hội Khuyến học huyện khóa III")],
[Q("115 đại biểu", 115, "đại biểu"), Q("hơn 12.600 hội viên", 12600, "hội viên", "over"),
 Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("2.050 suất học bổng", 2050, "suất học bổng"), Q("1.376 lượt học sinh", 1376, "lượt học sinh"),
 Q("gần 40 tấn", 40, "tấn", "approx"), Q("8.450 hộ", 8450, "hộ"), Q("96 dòng họ", 96, "dòng họ"),
 Q("khoảng 300 kg", 300, "kg", "approx"), Q("100%", 100, "%"), Q("21 ủy viên", 21, "ủy viên"),
 Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu"), Q("không dưới 400 suất học bổng", 400, "suất học bổng", "over"),
 Q("90%", 90, "%"), Q("từ 30 triệu đồng trở lên", 30000000, "đồng", "over"), Q("99%", 99, "%"),
 Q("50 suất học bổng", 50, "suất học bổng"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 12-NQ/HU"),
 D("Chỉ thị", "11", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 11-CT/TW"),
 D("Kết luận", "49", "KL/TW", None, "Ban Bí thư", "Kết luận số 49-KL/TW"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP")],
[prov("Yên Bái"), com("Nậm Khắt"), com("Khao Mang"), com("Púng Luông")],
["BÁO YÊN BÁI", "Trang chủ > Xã hội > Giáo dục", "Đại biểu biểu quyết thông qua chương trình đại hội. Ảnh: Thanh Tùng",
 "Gia đình học tập", "Dòng họ học tập", "Tủ gạo khuyến học"],
["Thứ Sáu, 24/07/2020 - 14:10", "lần thứ IV", "nhiệm kỳ 2020 - 2025", "khóa III", "khóa IV", "1 con gà", "1 luống rau",
 "năm 2025"]))

PAGES.append(page("b9114-binhphuoc-mttq-giamsat-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH PHƯỚC
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội
14/05/2021 08:50
Ảnh: Đoàn giám sát làm việc với UBND huyện Bù Gia Mập.
Giám sát chính sách hỗ trợ học sinh dân tộc thiểu số tại Bù Gia Mập
Thực hiện chương trình giám sát năm 2021, ngày 12/5, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Bình Phước do bà Điểu Thị Hằng, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh bán trú, học sinh dân tộc thiểu số tại huyện Bù Gia Mập.
Theo báo cáo của UBND huyện, năm học 2020-2021 huyện có 2.318 học sinh hưởng chính sách theo Nghị định số 116/2016/NĐ-CP, trong đó 1.042 học sinh bán trú; tổng kinh phí hỗ trợ hơn 21,7 tỷ đồng và 312,6 tấn gạo. Ngoài ra, thực hiện Nghị quyết số 10/2019/NQ-HĐND ngày 16/7/2019 của HĐND tỉnh, 684 học sinh dân tộc thiểu số tại chỗ được hỗ trợ thêm 150.000 đồng/tháng.
Ông Nguyễn Văn Thuận, Phó Chủ tịch UBND huyện Bù Gia Mập cho biết, trong thời gian học sinh nghỉ học phòng, chống dịch COVID-19, huyện đã chỉ đạo các trường cấp gạo về tận nhà cho học sinh; không để tồn đọng kinh phí. Tuy nhiên, chỉ có 9 trường có nhà ở bán trú, còn 214 học sinh phải ở nhờ nhà người quen gần trường.
Đoàn đã khảo sát tại xã Đắk Ơ và xã Bù Gia Mập, trò chuyện với phụ huynh người S'tiêng, M'nông. Ông Điểu Lên, người có uy tín ấp Bù Lư, xã Đắk Ơ, phản ánh tiền hỗ trợ về chậm, có học kỳ phụ huynh phải đợi 2 tháng mới nhận được. Bà Thị Bích, phụ huynh ở ấp Bù Lư, đề nghị nhà trường thông báo công khai số gạo mỗi em được nhận. Ông Lê Văn Hào, Hiệu trưởng Trường PTDT bán trú THCS Đắk Ơ, cho biết nhà trường đã lập 3 tổ tự quản bán trú, tổ chức nấu ăn tập trung cho 186 học sinh.
Cùng tham gia đoàn có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh: Trần Văn Nghĩa, Điểu Thị Thanh Hà.
Kết luận buổi giám sát, bà Điểu Thị Hằng đề nghị UBND huyện chỉ đạo chi trả chế độ đúng thời gian; ưu tiên nguồn lực xây dựng thêm nhà ở bán trú; Ủy ban MTTQ huyện phối hợp các đoàn thể vận động học sinh trở lại trường sau thời gian nghỉ dịch. Kết quả giám sát sẽ được tổng hợp, kiến nghị với UBND tỉnh và các sở, ngành liên quan.
Qua giám sát cho thấy, tỷ lệ học sinh dân tộc thiểu số bỏ học của huyện đã giảm còn 0,9%, song vẫn có 37 học sinh bỏ học từ đầu năm học, phần lớn theo gia đình đi làm rẫy, làm thuê. Đoàn đề nghị huyện sớm rà soát, có giải pháp vận động các em trở lại lớp.
Điểu Hà
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách người có uy tín (20/4/2021)
- Trao 150 suất học bổng cho học sinh S'tiêng (05/4/2021)
- Bù Đăng: Vận động học sinh trở lại trường sau Tết (01/3/2021)
""", "2021-05-14", "Giám sát chính sách hỗ trợ học sinh dân tộc thiểu số tại Bù Gia Mập",
E("giam_sat", "2021", "2021-05-12"),
[P("Điểu Thị Hằng", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Thuận", "Phó Chủ tịch UBND huyện Bù Gia Mập"),
 P("Điểu Lên", "người có uy tín ấp Bù Lư"),
 P("Thị Bích"),
 P("Lê Văn Hào", "Hiệu trưởng Trường PTDT bán trú THCS Đắk Ơ"),
 P("Trần Văn Nghĩa", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Thanh Hà", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("2.318 học sinh", 2318, "học sinh"), Q("1.042 học sinh bán trú", 1042, "học sinh bán trú"),
 Q("hơn 21,7 tỷ đồng", 21700000000, "đồng", "over"), Q("312,6 tấn", 312.6, "tấn"),
 Q("684 học sinh dân tộc thiểu số tại chỗ", 684, "học sinh dân tộc thiểu số tại chỗ"), Q("150.000 đồng", 150000, "đồng"),
 Q("9 trường", 9, "trường"), Q("214 học sinh", 214, "học sinh"), Q("3 tổ tự quản bán trú", 3, "tổ tự quản bán trú"),
 Q("186 học sinh", 186, "học sinh"), Q("0,9%", 0.9, "%"), Q("37 học sinh", 37, "học sinh")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định số 116/2016/NĐ-CP"),
 D("Nghị quyết", "10", "2019/NQ-HĐND", "2019-07-16", "HĐND tỉnh", "Nghị quyết số 10/2019/NQ-HĐND ngày 16/7/2019")],
[prov("Bình Phước"), com("Đắk Ơ"), com("Bù Gia Mập")],
["ỦY BAN MTTQ VIỆT NAM TỈNH BÌNH PHƯỚC", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc với UBND huyện Bù Gia Mập.", "COVID-19"],
["14/05/2021 08:50", "năm học 2020-2021", "COVID-19", "2 tháng"]))

PAGES.append(page("b9115-thanhhoa-bdvhu-soket-2021", """
Trang thông tin điện tử Huyện ủy Mường Lát
Tin tức | Công tác dân vận
Ngày 09/07/2021 | 09:15
Mường Lát: Vận động 100% học sinh bán trú trở lại trường sau dịch
Ngày 8/7, Ban Dân vận Huyện ủy Mường Lát (Thanh Hóa) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hà Văn Ban, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì hội nghị.
Đồng chí Hà Văn Ban phát biểu tại hội nghị.
6 tháng đầu năm, khối dân vận huyện đã tập trung vận động nhân dân thực hiện các biện pháp phòng, chống dịch COVID-19, đồng thời vận động học sinh trở lại trường sau thời gian nghỉ học. Kết quả, 100% học sinh bán trú của 8 xã, thị trấn đã trở lại lớp; các đoàn thể đã vận động 134 học sinh có nguy cơ bỏ học tiếp tục đi học. Ban Dân vận Huyện ủy đã ban hành Kế hoạch số 15-KH/BDVHU về phối hợp với Phòng Giáo dục và Đào tạo thực hiện "Năm dân vận trong trường học" năm 2021.
Theo báo cáo, năm học 2020-2021 toàn huyện có 3.906 học sinh hưởng chế độ hỗ trợ tiền ăn, gạo theo Nghị định 116/2016/NĐ-CP; 11 trường tổ chức nấu ăn tập trung. Hội LHPN huyện đã vận động 1.240 hội viên góp rau xanh, củi; Đoàn Thanh niên huyện sửa chữa 16 phòng ở bán trú với hơn 850 ngày công. Các đoàn thể cũng huy động được khoảng 215 triệu đồng ủng hộ học sinh nghèo.
Tại hội nghị, đồng chí Lò Thị Lả, Chủ tịch Hội LHPN huyện chia sẻ kinh nghiệm vận động phụ nữ Mông, Thái ở xã Trung Lý, xã Pù Nhi không cho con nghỉ học lấy chồng sớm; năm học qua đã ngăn chặn được 5 trường hợp tảo hôn. Đồng chí Vi Văn Thành, Bí thư Đảng ủy xã Tam Chung nêu cách làm "cán bộ, đảng viên nhận đỡ đầu học sinh", mỗi đảng viên theo dõi 2 em.
Hội nghị cũng chỉ ra hạn chế: một số nhà ở bán trú xuống cấp; bữa ăn của học sinh ở vài điểm trường còn đơn điệu; việc triển khai Nghị quyết số 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi còn chậm ở cơ sở.
Phát biểu kết luận, đồng chí Hà Văn Ban đề nghị 6 tháng cuối năm tiếp tục chủ động nắm tình hình nhân dân, phòng chống dịch; chuẩn bị tốt công tác vận động học sinh ra lớp năm học 2021-2022 với chỉ tiêu không để học sinh bán trú bỏ học; nhân rộng mô hình "Dân vận khéo" trong giáo dục ở xã Mường Chanh. Dịp này, Ban Dân vận Huyện ủy khen thưởng 6 tập thể, 9 cá nhân tiêu biểu.
Ban Dân vận Huyện ủy
Tin liên quan
- Mường Lát: Hội nghị giao ban công tác dân vận quý I năm 2021 (06/4/2021)
- Trao 200 suất quà cho học sinh bán trú (20/01/2021)
- Tổng kết công tác dân vận năm 2020 (28/12/2020)
""", "2021-07-09", "Mường Lát: Vận động 100% học sinh bán trú trở lại trường sau dịch",
E("so_ket", "2021-H1", "2021-07-08"),
[P("Hà Văn Ban", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lò Thị Lả", "Chủ tịch Hội LHPN huyện"),
 P("Vi Văn Thành", "Bí thư Đảng ủy xã Tam Chung")],
[Q("100% học sinh bán trú", 100, "%"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("134 học sinh", 134, "học sinh"),
 Q("3.906 học sinh", 3906, "học sinh"), Q("11 trường", 11, "trường"), Q("1.240 hội viên", 1240, "hội viên"),
 Q("16 phòng ở bán trú", 16, "phòng ở bán trú"), Q("hơn 850 ngày công", 850, "ngày công", "over"),
 Q("khoảng 215 triệu đồng", 215000000, "đồng", "approx"), Q("5 trường hợp tảo hôn", 5, "trường hợp"),
 Q("2 em", 2, "em"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân tiêu biểu", 9, "cá nhân tiêu biểu")],
[D("Kế hoạch", "15", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 15-KH/BDVHU"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi"), com("Tam Chung"), com("Mường Chanh")],
["Trang thông tin điện tử Huyện ủy Mường Lát", "Tin tức | Công tác dân vận", "Đồng chí Hà Văn Ban phát biểu tại hội nghị.",
 "Năm dân vận trong trường học", "Dân vận khéo", "COVID-19"],
["Ngày 09/07/2021 | 09:15", "6 tháng đầu năm 2021", "6 tháng cuối năm", "6 tháng đầu năm", "năm học 2020-2021",
 "năm học 2021-2022", "COVID-19"]))

PAGES.append(page("b9116-laocai-tinhdoan-traoqua-2022", """
BÁO LÀO CAI
Trang chủ / Xã hội / Giáo dục
Cập nhật: 16:45, 14/01/2022 (GMT+7)
Mang Tết sớm đến với học sinh bán trú vùng biên Bát Xát
Ngày 13/1, Tỉnh đoàn Lào Cai phối hợp với Hội LHPN tỉnh, Ban Dân tộc tỉnh tổ chức chương trình "Xuân biên giới - Tết ấm cho em" tại các xã Y Tý, A Lù, Dền Sáng, huyện Bát Xát, trao 500 phần quà Tết, 3 tấn gạo và 400 chăn ấm cho học sinh bán trú.
Bí thư Tỉnh đoàn Lý Seo Dín trao quà cho học sinh Trường PTDT bán trú Tiểu học và THCS Y Tý.
Mỗi phần quà gồm áo ấm, giày, bánh kẹo và 200.000 đồng tiền mặt, tổng trị giá chương trình hơn 420 triệu đồng. Tham dự có anh Lý Seo Dín, Bí thư Tỉnh đoàn; chị Phàn Thị Mai, Phó Chủ tịch Hội LHPN tỉnh; ông Sần Văn Hiếu, Phó Trưởng Ban Dân tộc tỉnh; lãnh đạo UBND huyện Bát Xát.
Theo báo cáo của Phòng Giáo dục và Đào tạo huyện, năm học 2021-2022 huyện Bát Xát có 5.870 học sinh bán trú tại 32 trường, trong đó các xã vùng cao Y Tý, A Lù, Dền Sáng chiếm gần 40%. Học sinh được hưởng chế độ hỗ trợ tiền ăn, 15 kg gạo/tháng theo Nghị định 116/2016/NĐ-CP. Mùa đông năm nay nhiệt độ ở Y Tý có ngày xuống thấp, băng giá xuất hiện, các trường phải tổ chức sưởi ấm, nấu nước nóng cho học sinh.
Thầy Ma Seo Chứ, Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS Y Tý, cho biết trường có 612 học sinh, trong đó 438 em ở bán trú, chủ yếu là con em người Hà Nhì, Mông. "Nhiều em ở cách trường hơn 10 km, cuối tuần mới về nhà một lần. Những phần quà, chiếc chăn hôm nay giúp các em yên tâm ở lại trường qua mùa rét", thầy Chứ nói.
Chị Phàn Thị Mai cho biết, năm 2021, các cấp hội phụ nữ đã nhận đỡ đầu 356 học sinh bán trú có hoàn cảnh khó khăn; duy trì 28 "Bếp ăn yêu thương" tại các trường vùng cao. Thời gian tới, tỉnh sẽ triển khai Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, trong đó có nội dung cải tạo, xây mới nhà ở bán trú, nhà ăn cho học sinh.
Anh Lý Seo Dín đề nghị các cơ sở đoàn phát huy vai trò "Tình nguyện mùa đông", duy trì các đội hình thanh niên tình nguyện hỗ trợ bếp ăn bán trú, dạy kỹ năng sống cho học sinh. Dịp này, Tỉnh đoàn bàn giao 2 công trình "Bếp ăn ấm áp" trị giá 150 triệu đồng cho Trường PTDT bán trú THCS A Lù. Các đoàn viên thanh niên cũng tổ chức nấu bữa cơm liên hoan, vui chơi, tặng sách vở cho học sinh trước khi các em nghỉ Tết về với gia đình ở các thôn, bản.
Tiến Dũng
Tin liên quan
- Lào Cai: Hơn 40.000 học sinh bán trú được hỗ trợ gạo học kỳ I (05/01/2022)
- Si Ma Cai trao 300 áo ấm cho học sinh (28/12/2021)
- Bắc Hà tổng kết năm 2021 công tác dân tộc (25/12/2021)
""", "2022-01-14", "Mang Tết sớm đến với học sinh bán trú vùng biên Bát Xát",
E("trao_qua", None, "2022-01-13"),
[P("Lý Seo Dín", "Bí thư Tỉnh đoàn"),
 P("Phàn Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sần Văn Hiếu", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Ma Seo Chứ", "Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS Y Tý")],
[Q("500 phần quà Tết", 500, "phần quà"), Q("3 tấn", 3, "tấn"), Q("400 chăn ấm", 400, "chăn ấm"),
 Q("200.000 đồng", 200000, "đồng"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
 Q("5.870 học sinh bán trú", 5870, "học sinh bán trú"), Q("32 trường", 32, "trường"), Q("gần 40%", 40, "%", "approx"),
 Q("15 kg", 15, "kg"), Q("612 học sinh", 612, "học sinh"), Q("438 em", 438, "em"), Q("hơn 10 km", 10, "km", "over"),
 Q("356 học sinh bán trú", 356, "học sinh bán trú"), Q('28 "Bếp ăn yêu thương"', 28, "Bếp ăn yêu thương"),
 Q("2 công trình", 2, "công trình"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Dền Sáng")],
["BÁO LÀO CAI", "Trang chủ / Xã hội / Giáo dục",
 "Bí thư Tỉnh đoàn Lý Seo Dín trao quà cho học sinh Trường PTDT bán trú Tiểu học và THCS Y Tý.",
 "Xuân biên giới - Tết ấm cho em", "Tình nguyện mùa đông", "Bếp ăn ấm áp", "Bếp ăn yêu thương"],
["Cập nhật: 16:45, 14/01/2022 (GMT+7)", "năm học 2021-2022", "năm 2021"]))

PAGES.append(page("b9117-kiengiang-bdv-nguoiuytin-2022", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Bạn đang ở: Trang chủ | Công tác dân tộc, tôn giáo
26 tháng 8, 2022 | 10:20
Hội nghị người có uy tín với công tác vận động học sinh Khmer đến trường
Ngày 24/8, Ban Dân vận Tỉnh ủy Kiên Giang phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị năm 2022 gặp mặt người có uy tín, chức sắc, sư sãi trong đồng bào Khmer về công tác vận động học sinh ra lớp, chuẩn bị năm học 2022-2023. Đồng chí Danh Út, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị với 180 đại biểu.
Toàn cảnh hội nghị. Ảnh: Thanh Tuấn
Theo Ban Dân tộc tỉnh, năm học 2021-2022 toàn tỉnh có hơn 52.000 học sinh dân tộc Khmer; tỷ lệ học sinh bỏ học ở cấp trung học cơ sở là 2,3%, cao hơn bình quân chung của tỉnh. Nguyên nhân chủ yếu là gia đình khó khăn, đưa con theo đi làm thuê ở các tỉnh, thành phố khác sau dịch COVID-19. Trường PTDT nội trú tỉnh và 6 trường PTDT nội trú huyện hiện có 2.145 học sinh.
Báo cáo nêu rõ, thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kết luận 08, 09-KL/TU của Ban Thường vụ Tỉnh ủy, các cấp đã vận động được 1.028 học sinh trở lại lớp; các chùa Phật giáo Nam tông Khmer đã trao 460 suất học bổng, mỗi suất từ 500.000 đồng đến 1 triệu đồng. Người có uy tín được hưởng chính sách theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ; toàn tỉnh hiện có 214 người có uy tín.
Tại hội nghị, Đại đức Danh Hùng, trụ trì chùa Láng Cát, xã Hòa Điền, cho biết chùa đã mở lớp học hè, dạy chữ Khmer cho 120 em, đồng thời cùng ấp vận động 17 em bỏ học quay lại trường. Ông Danh Sa Pha, người có uy tín ấp Vĩnh Đông, xã Vĩnh Phong, kiến nghị tăng mức hỗ trợ cho học sinh nội trú, có chính sách xe đưa đón học sinh ở xa. Bà Thị Sa Ly, người có uy tín ấp Thạnh Lợi, xã Thạnh Lộc, đề nghị có thêm học bổng cho học sinh nữ.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn Khởi và Phó Trưởng Ban Dân tộc tỉnh Danh Thị Hiền đã trả lời, làm rõ các kiến nghị. Tỉnh sẽ triển khai Quyết định 1719/QĐ-TTg, ưu tiên đầu tư ký túc xá cho các trường PTDT nội trú.
Kết luận hội nghị, đồng chí Danh Út đề nghị các vị người có uy tín, sư sãi tiếp tục là cầu nối giữa Đảng, chính quyền với đồng bào; cùng nhà trường vận động không để học sinh Khmer bỏ học; mỗi chùa, mỗi ấp phấn đấu có ít nhất 1 quỹ học bổng. Dịp này, Ban Dân vận Tỉnh ủy tặng 200 phần quà, mỗi phần quà trị giá 500.000 đồng cho người có uy tín.
Thanh Tuấn
Tin liên quan
- Gò Quao: Trao 100 suất học bổng cho học sinh Khmer (15/8/2022)
- Lễ Sene Dolta năm 2022 (05/9/2022)
- Tập huấn kiến thức cho người có uy tín năm 2022 (22/7/2022)
""", "2022-08-26", "Hội nghị người có uy tín với công tác vận động học sinh Khmer đến trường",
E("hoi_nghi", "2022", "2022-08-24"),
[P("Danh Út", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hùng", "Đại đức", "trụ trì chùa Láng Cát"),
 P("Danh Sa Pha", "người có uy tín ấp Vĩnh Đông"),
 P("Thị Sa Ly", "người có uy tín ấp Thạnh Lợi"),
 P("Nguyễn Văn Khởi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Thị Hiền", "Phó Trưởng Ban Dân tộc tỉnh")],
[Q("180 đại biểu", 180, "đại biểu"), Q("hơn 52.000 học sinh dân tộc Khmer", 52000, "học sinh dân tộc Khmer", "over"),
 Q("2,3%", 2.3, "%"), Q("6 trường PTDT nội trú huyện", 6, "trường PTDT nội trú huyện"), Q("2.145 học sinh", 2145, "học sinh"),
 Q("1.028 học sinh", 1028, "học sinh"), Q("460 suất học bổng", 460, "suất học bổng"), Q("500.000 đồng", 500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("214 người có uy tín", 214, "người có uy tín"), Q("120 em", 120, "em"),
 Q("17 em", 17, "em"), Q("ít nhất 1 quỹ học bổng", 1, "quỹ học bổng", "over"), Q("200 phần quà", 200, "phần quà")],
[D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Kiên Giang"), com("Hòa Điền"), com("Vĩnh Phong"), com("Thạnh Lộc")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Bạn đang ở: Trang chủ | Công tác dân tộc, tôn giáo", "Toàn cảnh hội nghị. Ảnh: Thanh Tuấn",
 "COVID-19", "Trường PTDT nội trú tỉnh"],
["26 tháng 8, 2022 | 10:20", "năm 2022", "năm học 2022-2023", "năm học 2021-2022", "COVID-19"]))

PAGES.append(page("b9118-quangtri-hdnd-baocao-bantru-2023", """
Báo Quảng Trị
Chính trị | Kỳ họp HĐND tỉnh
Thứ Tư, 12/07/2023 - 17:30
Còn nhiều vướng mắc trong thực hiện chính sách hỗ trợ học sinh bán trú
Chiều 11/7, tại kỳ họp thứ 16, HĐND tỉnh Quảng Trị khóa VIII, bà Hồ Thị Minh, Trưởng Ban Dân tộc HĐND tỉnh đã trình bày báo cáo kết quả khảo sát việc thực hiện chính sách hỗ trợ học sinh bán trú và trường phổ thông ở xã, thôn đặc biệt khó khăn trên địa bàn tỉnh.
Bà Hồ Thị Minh trình bày báo cáo tại kỳ họp. Ảnh: Lê Trường
Theo báo cáo, năm học 2022-2023 toàn tỉnh có 4.281 học sinh được hưởng chính sách theo Nghị định 116/2016/NĐ-CP tại 47 trường thuộc các huyện Hướng Hóa, Đakrông, Vĩnh Linh, Gio Linh; kinh phí chi trả khoảng 38,6 tỷ đồng và 512 tấn gạo. Tỉnh đã ban hành Nghị quyết số 164/2021/NQ-HĐND ngày 10/12/2021 hỗ trợ thêm tiền ăn trưa cho trẻ mẫu giáo vùng đồng bào Vân Kiều, Pa Kô, với mức 160.000 đồng/trẻ/tháng.
Báo cáo chỉ ra 4 nhóm vướng mắc: danh sách thôn đặc biệt khó khăn thay đổi theo Quyết định số 861/QĐ-TTg ngày 4/6/2021 của Thủ tướng Chính phủ khiến 623 học sinh ở các xã đã hoàn thành nông thôn mới bị cắt chế độ giữa năm học; định mức hỗ trợ người nấu ăn thấp; 35% nhà ở bán trú xuống cấp; việc cấp gạo ở một số điểm trường còn chậm.
Tại xã A Ngo và xã A Dơi, huyện Đakrông, qua khảo sát có 128 học sinh phải tự nấu ăn tại phòng ở. Ông Hồ Văn Năm, Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS A Dơi, cho biết nhiều phụ huynh người Pa Kô muốn con ở lại trường nhưng trường chỉ còn 14 phòng ở, mỗi phòng phải xếp 10 học sinh. Ông Kăn Sương, Bí thư Đảng ủy xã Hướng Phùng, kiến nghị ưu tiên nguồn vốn Chương trình mục tiêu quốc gia cho các trường bán trú.
Ban Dân tộc HĐND tỉnh kiến nghị UBND tỉnh bố trí khoảng 12 tỷ đồng sửa chữa nhà ở, nhà ăn bán trú trong năm 2023 - 2024; có cơ chế hỗ trợ cho học sinh bị cắt chế độ; đề nghị Bộ Giáo dục và Đào tạo sớm trình Chính phủ sửa đổi Nghị định 116.
Giải trình tại kỳ họp, ông Hoàng Nam, Phó Chủ tịch UBND tỉnh, cho biết UBND tỉnh đã giao Sở Giáo dục và Đào tạo phối hợp Sở Tài chính rà soát, đề xuất trong tháng 8 để kịp năm học mới. Các đại biểu Pả Thị Hoa, Hồ Xuân Hiếu - Đại biểu HĐND tỉnh đơn vị Hướng Hóa đề nghị công khai danh sách học sinh được hỗ trợ tại thôn, bản; tăng cường vai trò giám sát của Ủy ban MTTQ và Ban Thanh tra nhân dân xã đối với bếp ăn bán trú, bảo đảm học sinh được hưởng đúng, đủ chế độ.
Lê Trường
Tin liên quan
- Kỳ họp thứ 16 HĐND tỉnh khóa VIII khai mạc (10/7/2023)
- Đakrông: Sửa chữa nhà bán trú trước năm học mới (28/6/2023)
- Ban Dân tộc HĐND tỉnh khảo sát tại Hướng Hóa (15/5/2023)
""", "2023-07-12", "Còn nhiều vướng mắc trong thực hiện chính sách hỗ trợ học sinh bán trú",
E("bao_cao", None, "2023-07-11"),
[P("Hồ Thị Minh", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Hồ Văn Năm", "Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS A Dơi"),
 P("Kăn Sương", "Bí thư Đảng ủy xã Hướng Phùng"),
 P("Hoàng Nam", "Phó Chủ tịch UBND tỉnh"),
 P("Pả Thị Hoa", "Đại biểu HĐND tỉnh đơn vị Hướng Hóa"),
 P("Hồ Xuân Hiếu", "Đại biểu HĐND tỉnh đơn vị Hướng Hóa")],
[Q("4.281 học sinh", 4281, "học sinh"), Q("47 trường", 47, "trường"), Q("khoảng 38,6 tỷ đồng", 38600000000, "đồng", "approx"),
 Q("512 tấn", 512, "tấn"), Q("160.000 đồng", 160000, "đồng"), Q("4 nhóm vướng mắc", 4, "nhóm vướng mắc"),
 Q("623 học sinh", 623, "học sinh"), Q("35%", 35, "%"), Q("128 học sinh", 128, "học sinh"), Q("14 phòng ở", 14, "phòng ở"),
 Q("10 học sinh", 10, "học sinh"), Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Nghị quyết", "164", "2021/NQ-HĐND", "2021-12-10", None, "Nghị quyết số 164/2021/NQ-HĐND ngày 10/12/2021"),
 D("Quyết định", "861", "QĐ-TTg", "2021-06-04", "Thủ tướng Chính phủ", "Quyết định số 861/QĐ-TTg ngày 4/6/2021")],
[prov("Quảng Trị"), com("A Ngo"), com("A Dơi"), com("Hướng Phùng")],
["Báo Quảng Trị", "Chính trị | Kỳ họp HĐND tỉnh", "Bà Hồ Thị Minh trình bày báo cáo tại kỳ họp. Ảnh: Lê Trường",
 "Chương trình mục tiêu quốc gia"],
["Thứ Tư, 12/07/2023 - 17:30", "kỳ họp thứ 16", "khóa VIII", "năm học 2022-2023", "năm 2023 - 2024", "tháng 8",
 "Nghị định 116."]))
