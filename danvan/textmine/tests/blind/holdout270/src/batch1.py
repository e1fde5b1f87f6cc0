from lib import *
PAGES = []

PAGES.append(page("b6437-laocai-bdv-traohocbong-2011", """
BÁO LÀO CAI ĐIỆN TỬ
Trang chủ » Xã hội » Giáo dục
Thứ Năm, 08/09/2011 - 09:30
Trao 250 suất học bổng và 120 xe đạp cho học sinh nghèo vùng cao
Ngày 6/9, tại thành phố Lào Cai, Ban Dân vận Tỉnh ủy phối hợp với Hội Khuyến học tỉnh tổ chức lễ trao 250 suất học bổng và 120 xe đạp cho học sinh nghèo vượt khó thuộc 9 huyện, thành phố nhân dịp khai giảng năm học 2011-2012.
Học sinh người Mông nhận xe đạp tại buổi lễ.
Mỗi suất học bổng trị giá 500.000 đồng, mỗi xe đạp trị giá 1,2 triệu đồng; tổng trị giá quà tặng hơn 270 triệu đồng, do các doanh nghiệp, cán bộ, công chức trong khối dân vận và các nhà hảo tâm đóng góp. Phần lớn các em được nhận là con em đồng bào Mông, Dao, Hà Nhì, Giáy ở các xã vùng cao, nhiều em phải đi bộ hơn 7 km mỗi ngày để đến lớp.
Phát biểu tại buổi lễ, đồng chí Vàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: thực hiện Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập, những năm qua khối dân vận đã vận động được nhiều nguồn lực chăm lo cho học sinh vùng khó. Đồng chí mong các em cố gắng vượt qua khó khăn, chăm ngoan, học giỏi, không bỏ học giữa chừng.
Theo ông Lý Seo Chứ, Phó Chủ tịch Hội Khuyến học tỉnh, số học bổng năm nay được xét chọn theo Kế hoạch số 27-KH/BDVTU của Ban Dân vận Tỉnh ủy, ưu tiên học sinh mồ côi, học sinh thuộc hộ nghèo có thành tích học tập khá trở lên. Riêng xe đạp được dành cho các em ở xa trường, chủ yếu ở xã Y Tý, xã Bản Hồ và xã Pha Long.
Em Thào Thị Mai, học sinh lớp 9 Trường PTDT bán trú THCS Bản Hồ, xúc động chia sẻ: "Nhà em có 5 anh chị em, bố mẹ làm nương quanh năm vẫn không đủ ăn. Có xe đạp, em không phải dậy từ 4 giờ sáng để đi bộ đến trường nữa".
Cũng tại buổi lễ, bà Giàng Thị Say, Hiệu trưởng Trường PTDT bán trú THCS Y Tý, thay mặt các nhà trường cảm ơn sự quan tâm của các cấp, các ngành và cam kết sử dụng đúng mục đích phần quà, theo dõi, động viên các em trong suốt năm học.
Được biết, từ đầu năm đến nay, chương trình "Tiếp sức đến trường" do khối dân vận tỉnh phát động đã huy động được gần 1,1 tỷ đồng, hỗ trợ 1.840 học sinh khó khăn trên địa bàn tỉnh.
Theo đánh giá của ngành giáo dục tỉnh, những năm gần đây tình trạng học sinh vùng cao bỏ học giữa chừng đã giảm rõ rệt nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị. Cán bộ dân vận, giáo viên và trưởng thôn thường xuyên đến từng nhà vận động phụ huynh cho con em đi học; các trường bán trú tổ chức nấu ăn trưa, bố trí chỗ ngủ cho học sinh ở xa. Tuy vậy, điều kiện kinh tế của nhiều gia đình còn rất khó khăn, việc duy trì sĩ số vẫn cần sự chung tay của toàn xã hội.
Thu Hường
Lượt xem: 1.204
Tin liên quan
- Bát Xát: trao 50 suất quà cho học sinh nghèo (30/08/2011)
- Hội Khuyến học tỉnh tổng kết năm học 2010-2011 (12/08/2011)
- Sa Pa vận động học sinh ra lớp đầu năm học (05/08/2011)
- Trao học bổng cho sinh viên nghèo Lào Cai học tại Hà Nội (20/07/2011)
""", "2011-09-08", "Trao 250 suất học bổng và 120 xe đạp cho học sinh nghèo vùng cao",
E("trao_qua", None, "2011-09-06"),
[P("Vàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Seo Chứ", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Thào Thị Mai", "học sinh lớp 9 Trường PTDT bán trú THCS Bản Hồ"),
 P("Giàng Thị Say", "Hiệu trưởng Trường PTDT bán trú THCS Y Tý")],
[Q("250 suất học bổng", 250, "suất học bổng"), Q("120 xe đạp", 120, "xe đạp"),
 Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("500.000 đồng", 500000, "đồng"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("hơn 270 triệu đồng", 270000000, "đồng", "over"),
 Q("hơn 7 km", 7, "km", "over"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
 Q("1.840 học sinh khó khăn", 1840, "học sinh khó khăn")],
[D("Chỉ thị", "11", "CT/TW", "2007-04-13", "Bộ Chính trị", "Chỉ thị số 11-CT/TW ngày 13/4/2007"),
 D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU")],
[prov("Lào Cai"), com("Y Tý"), com("Bản Hồ"), com("Pha Long")],
["BÁO LÀO CAI ĐIỆN TỬ", "Trang chủ » Xã hội » Giáo dục", "Học sinh người Mông nhận xe đạp tại buổi lễ.",
 "Tiếp sức đến trường", "Lượt xem: 1.204"],
["Thứ Năm, 08/09/2011 - 09:30", "năm học 2011-2012", "lớp 9", "5 anh chị em", "4 giờ sáng", "Lượt xem: 1.204"]))

PAGES.append(page("b6438-nghean-khuyenhoc-tongket-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Xã hội / Giáo dục - Khuyến học
27/12/2012 16:40
Quỹ Khuyến học Nghệ An huy động gần 14 tỷ đồng trong năm 2012
(Baonghean) - Chiều 25/12, Hội Khuyến học tỉnh tổ chức hội nghị tổng kết công tác khuyến học, khuyến tài năm 2012 và triển khai nhiệm vụ năm 2013. Dự hội nghị có bà Nguyễn Thị Thanh Bình, Phó Chủ tịch UBND tỉnh.
Năm 2012, các cấp hội trong tỉnh đã huy động gần 14 tỷ đồng vào quỹ khuyến học, trao 15.600 suất học bổng và 2.350 xe đạp cho học sinh nghèo, học sinh vùng đồng bào dân tộc thiểu số miền Tây. 100% xã, phường, thị trấn đã có Hội Khuyến học; toàn tỉnh có 1.250 dòng họ hiếu học và hơn 38.000 gia đình được công nhận "Gia đình hiếu học".
Báo cáo do ông Lê Văn Quế, Phó Chủ tịch Hội Khuyến học tỉnh, trình bày nêu rõ: Hội đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 17, 18-CT/TU về phát triển quỹ khuyến học và về xây dựng mô hình "Dòng họ khuyến học". Thực hiện Kế hoạch số 112/KH-UBND ngày 14/3/2012 của UBND tỉnh, các huyện miền núi đã dành 30% nguồn quỹ cho học sinh bán trú.
Nhiều địa phương có cách làm sáng tạo. Ông Vi Văn Sơn, Chủ tịch Hội Khuyến học xã Châu Hạnh (Quỳ Châu), cho biết mỗi bản đều có "hũ gạo khuyến học", năm qua góp được 4,5 tấn gạo giúp học sinh bán trú. Thầy Lô Văn Khăm, Hiệu trưởng Trường PTDT nội trú huyện Kỳ Sơn, kiến nghị tăng mức học bổng cho học sinh người Mông, Khơ Mú ở xã Mường Lống, xã Na Ngoi vì các em phải ở trọ xa nhà.
Phát biểu tại hội nghị, bà Nguyễn Thị Thanh Bình ghi nhận những kết quả Hội đạt được, đề nghị năm 2013 tiếp tục xã hội hóa nguồn lực, công khai, minh bạch việc sử dụng quỹ, không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn.
Dịp này, UBND tỉnh tặng bằng khen cho 24 tập thể, 36 cá nhân; Trung ương Hội Khuyến học Việt Nam tặng kỷ niệm chương cho các đồng chí Phó Chủ tịch Hội Khuyến học tỉnh: Lê Văn Quế, Trần Thị Hoa.
Theo đánh giá chung, công tác khuyến học ở Nghệ An đã đi vào chiều sâu, huy động được sức mạnh của cả cộng đồng, từ dòng họ, gia đình đến các doanh nghiệp, người con quê hương xa xứ. Phong trào đã góp phần giữ vững tỷ lệ học sinh ra lớp ở các huyện miền núi, giảm tình trạng bỏ học giữa chừng. Tuy nhiên, hoạt động của một số chi hội cơ sở còn hình thức, việc quản lý quỹ ở vài nơi chưa chặt chẽ; sự phối hợp giữa Hội với nhà trường và chính quyền cơ sở có lúc chưa thường xuyên.
Ngọc Anh
Các tin khác
- Trao 300 suất học bổng cho học sinh miền Tây Nghệ An (10/12/2012)
- Diễn Châu: ra mắt 12 dòng họ khuyến học (28/11/2012)
- Hội Khuyến học huyện Tương Dương đại hội nhiệm kỳ mới (15/11/2012)
- Tặng 100 xe đạp cho học sinh Kỳ Sơn (05/09/2012)
- Tuyên dương 250 học sinh giỏi cấp tỉnh (20/08/2012)
- Quỹ khuyến học dòng họ Nguyễn Cảnh đạt 1 tỷ đồng (02/08/2012)
""", "2012-12-27", "Quỹ Khuyến học Nghệ An huy động gần 14 tỷ đồng trong năm 2012",
E("tong_ket", "2012", "2012-12-25"),
[P("Nguyễn Thị Thanh Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Văn Quế", "Phó Chủ tịch Hội Khuyến học tỉnh"),
 P("Vi Văn Sơn", "Chủ tịch Hội Khuyến học xã Châu Hạnh"),
 P("Lô Văn Khăm", "Hiệu trưởng Trường PTDT nội trú huyện Kỳ Sơn"),
 P("Trần Thị Hoa", "Phó Chủ tịch Hội Khuyến học tỉnh")],
[Q("gần 14 tỷ đồng", 14000000000, "đồng", "approx"), Q("15.600 suất học bổng", 15600, "suất học bổng"),
 Q("2.350 xe đạp", 2350, "xe đạp"), Q("100%", 100, "%"), Q("1.250 dòng họ hiếu học", 1250, "dòng họ hiếu học"),
 Q("hơn 38.000 gia đình", 38000, "gia đình", "over"), Q("30%", 30, "%"), Q("4,5 tấn gạo", 4.5, "tấn"),
 Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kế hoạch", "112", "KH-UBND", "2012-03-14", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 14/3/2012")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Mường Lống"), com("Na Ngoi")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Xã hội / Giáo dục - Khuyến học",
 "(Baonghean)", "Gia đình hiếu học", "Dòng họ khuyến học", "hũ gạo khuyến học", "Trung ương Hội Khuyến học Việt Nam"],
["27/12/2012 16:40", "năm 2012", "năm 2013"]))

PAGES.append(page("b6439-thuathienhue-mttq-xedap-2013", """
Báo Thừa Thiên Huế Online
Xã hội | Giáo dục | Nhân ái
Cập nhật lúc 15:20 30/08/2013
Tỉnh đoàn và Mặt trận trao 200 xe đạp "Thắp sáng ước mơ" cho học sinh nghèo
TTH - Sáng 29/8, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Tỉnh đoàn Thừa Thiên Huế tổ chức trao 200 xe đạp cho học sinh có hoàn cảnh khó khăn ở các huyện A Lưới, Nam Đông và Phong Điền, trước thềm năm học mới.
Các em học sinh A Lưới nhận xe đạp. Ảnh: Hoàng Phước
Chương trình "Thắp sáng ước mơ" được tổ chức theo Chương trình phối hợp số 06-CTr/MTTQ-TĐ giữa Ủy ban MTTQ Việt Nam tỉnh và Tỉnh đoàn. Mỗi chiếc xe trị giá 1,5 triệu đồng, tổng kinh phí 300 triệu đồng, trích từ Quỹ "Vì người nghèo" tỉnh và đóng góp của đoàn viên, thanh niên. Ngoài xe đạp, Ban tổ chức còn trao 80 suất học bổng, mỗi suất 1 triệu đồng.
Trong số học sinh được nhận quà, có gần 60 học sinh dân tộc thiểu số người Tà Ôi, Cơ Tu, Pa Cô ở các xã Hồng Vân, Hồng Thủy, Thượng Quảng. Nhiều em nhà cách trường từ 5 đến 8 km, đường đèo dốc.
Bà Nguyễn Thị Lệ Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho biết, từ năm 2011, Mặt trận các cấp đã dành một phần Quỹ "Vì người nghèo" để hỗ trợ học sinh theo tinh thần Quyết định số 2397/QĐ-UBND ngày 15/11/2012 của UBND tỉnh về chăm lo cho học sinh vùng khó. "Một chiếc xe đạp có thể giúp các em đi học đều đặn cả năm, giảm nguy cơ bỏ học", bà nói.
Anh Hồ Văn Tuấn, Phó Bí thư Tỉnh đoàn, kêu gọi các cơ sở Đoàn tiếp tục vận động thanh niên góp sức để mỗi năm có thêm ít nhất 100 xe đạp đến với học sinh nghèo.
Ông Pả Kôi, Chủ tịch UBND xã Hồng Thủy, thay mặt phụ huynh cảm ơn chương trình. Em Kăn Thị Mến, học sinh lớp 8 Trường THCS xã Hồng Vân, cho hay trước đây em phải đi nhờ xe bạn, có hôm nghỉ học vì trời mưa to.
Được biết, trong dịp khai giảng năm học 2013-2014, Ủy ban MTTQ các huyện, thị xã, thành phố Huế cũng đã trao hơn 1.500 suất quà cho học sinh nghèo với tổng trị giá khoảng 450 triệu đồng.
Đông đảo phụ huynh có mặt tại buổi trao quà bày tỏ vui mừng khi con em mình được quan tâm đúng lúc. Theo đại diện Tỉnh đoàn, danh sách học sinh nhận xe đạp được các trường học và chính quyền cơ sở bình xét công khai, ưu tiên các em mồ côi, các em thuộc hộ nghèo và nhà ở xa điểm trường. Sau buổi lễ, đoàn viên thanh niên tình nguyện còn kiểm tra, bơm hơi, điều chỉnh yên xe cho từng em và hướng dẫn các em cách giữ an toàn khi tham gia giao thông trên đường đèo dốc, nhất là vào mùa mưa lũ sắp tới.
Minh Văn
Bài viết liên quan
- Thừa Thiên Huế: 120 thanh niên tình nguyện hè (12/08/2013)
- Trao học bổng "Tiếp bước cho em đến trường" (05/08/2013)
- A Lưới: sửa chữa 30 phòng học trước năm học mới (28/07/2013)
""", "2013-08-30", "Tỉnh đoàn và Mặt trận trao 200 xe đạp \"Thắp sáng ước mơ\" cho học sinh nghèo",
E("trao_qua", None, "2013-08-29"),
[P("Nguyễn Thị Lệ Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Tuấn", "Phó Bí thư Tỉnh đoàn"),
 P("Pả Kôi", "Chủ tịch UBND xã Hồng Thủy"),
 P("Kăn Thị Mến", "học sinh lớp 8 Trường THCS xã Hồng Vân")],
[Q("200 xe đạp", 200, "xe đạp"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("300 triệu đồng", 300000000, "đồng"),
 Q("80 suất học bổng", 80, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("gần 60 học sinh dân tộc thiểu số", 60, "học sinh dân tộc thiểu số", "approx"),
 Q("ít nhất 100 xe đạp", 100, "xe đạp", "over"),
 Q("hơn 1.500 suất quà", 1500, "suất quà", "over"), Q("khoảng 450 triệu đồng", 450000000, "đồng", "approx")],
[D("Chương trình phối hợp", "06", "CTr/MTTQ-TĐ", None, None, "Chương trình phối hợp số 06-CTr/MTTQ-TĐ"),
 D("Quyết định", "2397", "QĐ-UBND", "2012-11-15", "UBND tỉnh", "Quyết định số 2397/QĐ-UBND ngày 15/11/2012")],
[prov("Thừa Thiên Huế"), com("Hồng Vân"), com("Hồng Thủy"), com("Thượng Quảng")],
["Báo Thừa Thiên Huế Online", "Xã hội | Giáo dục | Nhân ái", "TTH", "Các em học sinh A Lưới nhận xe đạp. Ảnh: Hoàng Phước",
 "Thắp sáng ước mơ", "Vì người nghèo"],
["Cập nhật lúc 15:20 30/08/2013", "từ 5 đến 8 km", "lớp 8", "năm học 2013-2014", "từ năm 2011"]))

PAGES.append(page("b6440-camau-bdv-hocbong-2014", """
BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ TỈNH CÀ MAU
Trang chủ > Giáo dục > Khuyến học
03-09-2014 08:45
Hơn 1,2 tỷ đồng học bổng đến với học sinh nghèo Đất Mũi
(CMO) Ngày 2/9, tại xã Đất Mũi, huyện Ngọc Hiển, Ban Dân vận Tỉnh ủy, Hội Khuyến học tỉnh và Công ty Điện lực Cà Mau tổ chức trao 850 suất học bổng, 150 chiếc xe đạp và 2.000 bộ sách giáo khoa cho học sinh nghèo vùng bãi ngang ven biển. Tổng trị giá hơn 1,2 tỷ đồng.
Trao học bổng cho học sinh xã Đất Mũi và xã Viên An.
Đến dự và trao quà có đồng chí Lâm Văn Bi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Danh Hồng Phúc, Phó Chủ tịch UBND huyện Ngọc Hiển; đại diện lãnh đạo Công ty Điện lực Cà Mau.
Mỗi suất học bổng gồm 1 triệu đồng tiền mặt và bộ dụng cụ học tập; riêng 120 suất dành cho học sinh dân tộc Khmer, học sinh con hộ nghèo có thành tích xuất sắc, trị giá 2 triệu đồng mỗi suất. Xe đạp được trao tận tay các em phải vượt sông, đi đò đến trường ở các ấp Rạch Tàu, Mũi, Kênh Năm.
Đồng chí Lâm Văn Bi cho biết, triển khai Quyết định số 281/QĐ-TTg ngày 20/2/2014 của Thủ tướng Chính phủ về đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng đến năm 2020 và Kế hoạch số 19-KH/BDVTU của Ban Dân vận Tỉnh ủy, khối dân vận đã phân công mỗi cơ quan nhận đỡ đầu ít nhất 2 học sinh nghèo đến hết bậc trung học cơ sở. Đến nay, đã có 64 cơ quan, đơn vị tham gia, nhận đỡ đầu 218 em.
Ông Danh Hồng Phúc cho biết, năm học 2013-2014 tỷ lệ học sinh bỏ học ở huyện Ngọc Hiển đã giảm còn 1,8%, thấp nhất từ trước đến nay. Tuy vậy, ở một số xã ven biển vẫn còn tình trạng học sinh nghỉ học theo cha mẹ đi làm thuê, đi biển.
Thay mặt các em được nhận học bổng, em Thạch Thị Sa Mây, học sinh lớp 11 Trường THPT Viên An, cảm ơn các cô chú và hứa sẽ cố gắng học tốt. Thầy Nguyễn Văn Tường, Hiệu trưởng Trường THCS Đất Mũi, đề nghị các đơn vị tiếp tục hỗ trợ áo phao cho học sinh đi đò.
Dịp này, Công ty Điện lực Cà Mau trao thêm 30 chiếc áo phao và 200 ba lô cho Trường THCS Đất Mũi.
Theo Ban tổ chức, danh sách học sinh nhận học bổng được các trường lập từ đầu tháng 8, có xác nhận của ấp, xã và được niêm yết công khai. Các em được chọn đều là con hộ nghèo, hộ cận nghèo, gia đình làm nghề biển gặp rủi ro hoặc mồ côi, có ý thức vươn lên trong học tập. Nhiều phụ huynh đi đò từ sáng sớm để kịp dự buổi lễ, ai cũng vui mừng vì con em mình có thêm điều kiện đến lớp. Khối dân vận tỉnh sẽ tiếp tục theo dõi, động viên các em trong suốt năm học, đồng thời vận động thêm doanh nghiệp cùng tham gia chương trình.
Bài, ảnh: Trúc Linh
TIN CÙNG CHUYÊN MỤC
- Năm Căn: trao 100 phần quà cho học sinh nghèo (29/08/2014)
- U Minh khai giảng lớp học tình thương (25/08/2014)
- Cà Mau có thêm 12 trường đạt chuẩn quốc gia (18/08/2014)
""", "2014-09-03", "Hơn 1,2 tỷ đồng học bổng đến với học sinh nghèo Đất Mũi",
E("trao_qua", None, "2014-09-02"),
[P("Lâm Văn Bi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Hồng Phúc", "Phó Chủ tịch UBND huyện Ngọc Hiển"),
 P("Thạch Thị Sa Mây", "học sinh lớp 11 Trường THPT Viên An"),
 P("Nguyễn Văn Tường", "Hiệu trưởng Trường THCS Đất Mũi")],
[Q("850 suất học bổng", 850, "suất học bổng"), Q("150 chiếc xe đạp", 150, "chiếc xe đạp"),
 Q("2.000 bộ sách giáo khoa", 2000, "bộ sách giáo khoa"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("120 suất", 120, "suất"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("ít nhất 2 học sinh nghèo", 2, "học sinh nghèo", "over"), Q("64 cơ quan, đơn vị", 64, "cơ quan, đơn vị"),
 Q("218 em", 218, "em"), Q("1,8%", 1.8, "%"), Q("30 chiếc áo phao", 30, "chiếc áo phao"), Q("200 ba lô", 200, "ba lô")],
[D("Quyết định", "281", "QĐ-TTg", "2014-02-20", "Thủ tướng Chính phủ", "Quyết định số 281/QĐ-TTg ngày 20/2/2014"),
 D("Kế hoạch", "19", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 19-KH/BDVTU")],
[prov("Cà Mau"), com("Đất Mũi"), com("Viên An")],
["BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ TỈNH CÀ MAU", "Trang chủ > Giáo dục > Khuyến học", "(CMO)",
 "Trao học bổng cho học sinh xã Đất Mũi và xã Viên An.", "Công ty Điện lực Cà Mau"],
["03-09-2014 08:45", "năm 2020", "năm học 2013-2014", "lớp 11", "Kênh Năm"]))

PAGES.append(page("b6441-hatinh-hoilhpn-soket-2015", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH
Trang chủ :: Hoạt động Hội :: Tin tức - Sự kiện
Ngày đăng: 16/07/2015 | 10:12
Ảnh: Lãnh đạo Hội LHPN tỉnh trao xe đạp cho học sinh.
Hơn 1.100 trẻ em khó khăn có "mẹ đỡ đầu"
Ngày 15/7, Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 chương trình "Nâng bước em đến trường", triển khai nhiệm vụ 6 tháng cuối năm. Bà Trần Thị Nhung, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị.
Chương trình được triển khai theo Kế hoạch số 08-KH/HPN của Ban Thường vụ Hội LHPN tỉnh, nhằm cụ thể hóa Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước. Sau 6 tháng, các cấp Hội đã vận động 1.146 hội viên, cán bộ nhận đỡ đầu 1.146 trẻ em có hoàn cảnh đặc biệt khó khăn, trong đó có 213 trẻ mồ côi cả cha lẫn mẹ; trao 312 suất học bổng và 45 xe đạp, tổng giá trị hơn 680 triệu đồng.
Tại 13 huyện, thành phố, thị xã, 95% cơ sở Hội đã có ít nhất một "mẹ đỡ đầu". Nhiều nơi làm tốt như Hội Phụ nữ xã Hương Trạch (Hương Khê) vận động được 26 hội viên đỡ đầu 31 em, mỗi tháng hỗ trợ từ 200.000 đến 300.000 đồng/em. Bà Phan Thị Lài, Chủ tịch Hội LHPN xã Kỳ Lạc, chia sẻ cách vận động hội viên tiểu thương góp "heo đất" nuôi em đến trường.
Theo các đồng chí Nguyễn Thị Thu, Lê Thị Hạnh, Võ Thị Bích - Phó Chủ tịch Hội LHPN tỉnh, khó khăn lớn nhất là nguồn lực không đều giữa các địa bàn; một số cơ sở còn trông chờ vào hỗ trợ của cấp trên, việc theo dõi kết quả học tập của các em chưa thường xuyên.
Phát biểu chỉ đạo, bà Trần Thị Nhung yêu cầu 6 tháng cuối năm mỗi chi hội nhận đỡ đầu thêm ít nhất 1 em, phấn đấu đến cuối năm 2015 toàn tỉnh có 1.500 trẻ em được đỡ đầu; đồng thời phối hợp với ngành giáo dục rà soát học sinh có nguy cơ bỏ học trước năm học mới.
Tại hội nghị, Hội LHPN tỉnh trao 20 xe đạp cho học sinh nghèo huyện Kỳ Anh và tặng giấy khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc trong chương trình.
Các đại biểu dự hội nghị thống nhất đánh giá chương trình đã lan tỏa tinh thần tương thân tương ái trong hội viên, phụ nữ; nhiều mẹ đỡ đầu không chỉ hỗ trợ tiền mà còn thường xuyên đến thăm, kèm cặp việc học, động viên các em lúc ốm đau. Một số cơ sở Hội đã chủ động kết nối với doanh nghiệp, nhà hảo tâm để có nguồn lực ổn định, lâu dài. Bên cạnh đó, việc lựa chọn đối tượng được bảo đảm công khai, dân chủ, có sự tham gia của nhà trường và chính quyền cơ sở, nên nhận được sự đồng tình của người dân.
Thu Hà
Tin khác
- Hội LHPN tỉnh tập huấn kỹ năng tuyên truyền (08/07/2015)
- Can Lộc: 40 hội viên được vay vốn phát triển kinh tế (01/07/2015)
- Ra mắt 5 câu lạc bộ "Phụ nữ với pháp luật" (24/06/2015)
""", "2015-07-16", "Hơn 1.100 trẻ em khó khăn có \"mẹ đỡ đầu\"",
E("so_ket", "2015-H1", "2015-07-15"),
[P("Trần Thị Nhung", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Phan Thị Lài", "Chủ tịch Hội LHPN xã Kỳ Lạc"),
 P("Nguyễn Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Võ Thị Bích", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.146 hội viên, cán bộ", 1146, "hội viên, cán bộ"),
 Q("1.146 trẻ em có hoàn cảnh đặc biệt khó khăn", 1146, "trẻ em"),
 Q("Hơn 1.100 trẻ em", 1100, "trẻ em", "over"),
 Q("213 trẻ mồ côi", 213, "trẻ mồ côi"), Q("312 suất học bổng", 312, "suất học bổng"), Q("45 xe đạp", 45, "xe đạp"),
 Q("hơn 680 triệu đồng", 680000000, "đồng", "over"), Q("13 huyện, thành phố, thị xã", 13, "huyện, thành phố, thị xã"),
 Q("95%", 95, "%"), Q("26 hội viên", 26, "hội viên"), Q("31 em", 31, "em"),
 Q("từ 200.000 đến 300.000 đồng/em", 200000, "đồng"), Q("300.000 đồng/em", 300000, "đồng"),
 Q("ít nhất 1 em", 1, "em", "over"), Q("1.500 trẻ em", 1500, "trẻ em"),
 Q("20 xe đạp", 20, "xe đạp"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kế hoạch", "08", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 08-KH/HPN"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007")],
[prov("Hà Tĩnh"), com("Hương Trạch"), com("Kỳ Lạc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ TĨNH", "Trang chủ :: Hoạt động Hội :: Tin tức - Sự kiện",
 "Ảnh: Lãnh đạo Hội LHPN tỉnh trao xe đạp cho học sinh.", "Nâng bước em đến trường", "mẹ đỡ đầu", "heo đất"],
["Ngày đăng: 16/07/2015 | 10:12", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Sau 6 tháng", "cuối năm 2015",
 "một \"mẹ đỡ đầu\""]))

PAGES.append(page("b6442-daklak-bdvhu-xedap-2016", """
Cổng thông tin điện tử huyện Krông Bông - tỉnh Đắk Lắk
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động các đoàn thể
25/08/2016 - 14:35
Tặng xe đạp, cặp sách cho học sinh đồng bào Êđê ở Krông Bông
Sáng 24/8, tại xã Yang Mao, Ban Dân vận Huyện ủy Krông Bông phối hợp với Ủy ban MTTQ Việt Nam huyện và Hội Doanh nhân trẻ tỉnh trao tặng 100 xe đạp, 500 cặp sách và 3.000 quyển vở cho học sinh người đồng bào dân tộc thiểu số, tổng trị giá khoảng 230 triệu đồng.
Ông Y Khuê Niê, HUV, Trưởng Ban Dân vận Huyện ủy Krông Bông cho biết: Yang Mao, Cư Pui, Cư Drăm là những xã đặc biệt khó khăn của huyện, hơn 80% dân số là đồng bào Êđê, Mnông, tỷ lệ hộ nghèo còn trên 40%. Mỗi năm học vẫn có vài chục em nghỉ học giữa chừng vì nhà xa, không có phương tiện đi lại.
Các em học sinh xã Yang Mao nhận xe đạp.
Thực hiện Kế hoạch số 46-KH/HU của Huyện ủy về vận động học sinh ra lớp, khối dân vận huyện đã phối hợp với ngành giáo dục, già làng, người có uy tín đến từng buôn vận động; đồng thời kết nối nhà hảo tâm hỗ trợ phương tiện đi học. Việc hỗ trợ gạo, tiền ăn cho học sinh bán trú theo Nghị định số 116/2016/NĐ-CP ngày 18/7/2016 của Chính phủ cũng đang được các trường rà soát, lập danh sách.
Tại buổi trao quà, ông Y Bhim Êban, người có uy tín buôn Tơ Lơ, hứa sẽ cùng cán bộ thôn, buôn đến từng nhà nhắc nhở phụ huynh cho con em đi học đầy đủ. Bà H'Hiên Mlô, Chủ tịch Hội LHPN xã Yang Mao, đề nghị tiếp tục hỗ trợ áo ấm cho học sinh vào mùa mưa.
Em H'Nhi Byă, học sinh lớp 7 Trường THCS Lê Đình Chinh, vui mừng: "Từ nay em có thể đạp xe 6 cây số tới trường, không phải nghỉ học khi trời mưa nữa".
Dịp này, Hội Doanh nhân trẻ tỉnh trao tặng 20 suất học bổng, mỗi suất 1,5 triệu đồng, cho học sinh nghèo học giỏi tại xã Cư Pui. Ông Trần Quốc Huy, Phó Chủ tịch Hội Doanh nhân trẻ tỉnh, cam kết sẽ đồng hành với huyện trong 3 năm học tới.
Theo Phòng Giáo dục và Đào tạo huyện, năm học 2015-2016 toàn huyện có gần 20 học sinh bỏ học, chủ yếu là học sinh trung học cơ sở ở các buôn xa trung tâm. Để khắc phục, các trường đã tăng cường phối hợp với buôn trưởng, già làng, tổ chức các buổi sinh hoạt cộng đồng tại nhà rông, tuyên truyền cho phụ huynh hiểu về ý nghĩa của việc học. Nhiều giáo viên trẻ còn tình nguyện đến tận nhà đón học sinh đến lớp trong những ngày đầu năm học, chia sẻ gạo, quần áo cho các em có hoàn cảnh đặc biệt.
Hồng Nhung (Ban Dân vận Huyện ủy)
Số lượt xem: 352
Tin cùng chuyên mục
- Krông Bông ra mắt mô hình "Dân vận khéo" tại buôn Ja (18/08/2016)
- Hội nghị người có uy tín năm 2016 (10/08/2016)
- Hỗ trợ 15 căn nhà cho hộ nghèo đồng bào Mnông (28/07/2016)
""", "2016-08-25", "Tặng xe đạp, cặp sách cho học sinh đồng bào Êđê ở Krông Bông",
E("trao_qua", None, "2016-08-24"),
[P("Y Khuê Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy Krông Bông"),
 P("Y Bhim Êban", "người có uy tín buôn Tơ Lơ"),
 P("H'Hiên Mlô", "Chủ tịch Hội LHPN xã Yang Mao"),
 P("H'Nhi Byă", "học sinh lớp 7 Trường THCS Lê Đình Chinh"),
 P("Trần Quốc Huy", "Phó Chủ tịch Hội Doanh nhân trẻ tỉnh")],
[Q("100 xe đạp", 100, "xe đạp"), Q("500 cặp sách", 500, "cặp sách"), Q("3.000 quyển vở", 3000, "quyển vở"),
 Q("khoảng 230 triệu đồng", 230000000, "đồng", "approx"), Q("hơn 80%", 80, "%", "over"),
 Q("trên 40%", 40, "%", "over"), Q("6 cây số", 6, "cây số"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("gần 20 học sinh", 20, "học sinh", "approx")],
[D("Kế hoạch", "46", "KH/HU", None, "Huyện ủy", "Kế hoạch số 46-KH/HU"),
 D("Nghị định", "116", "2016/NĐ-CP", "2016-07-18", "Chính phủ", "Nghị định số 116/2016/NĐ-CP ngày 18/7/2016")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui"), com("Cư Drăm")],
["Cổng thông tin điện tử huyện Krông Bông - tỉnh Đắk Lắk",
 "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động các đoàn thể", "Các em học sinh xã Yang Mao nhận xe đạp.",
 "Số lượt xem: 352", "Hội Doanh nhân trẻ tỉnh"],
["25/08/2016 - 14:35", "năm học 2015-2016", "vài chục em", "lớp 7", "3 năm học", "Số lượt xem: 352"]))
