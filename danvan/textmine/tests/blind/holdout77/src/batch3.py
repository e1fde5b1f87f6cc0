from lib import *
PAGES = []

PAGES.append(page("b1817-binhduong-bdv-trungthu-covid-2021", """
BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG
Trang chủ > Tin tức > Dân vận tham gia phòng, chống dịch COVID-19
Cập nhật: 09:42, 20/09/2021 (GMT+7)
Trẻ em phường An Phú nhận quà Trung thu từ đoàn công tác.
Trung thu yêu thương cho con em công nhân trong vùng dịch
Chiều 19/9, Ban Dân vận Tỉnh ủy Bình Dương phối hợp với Tỉnh đoàn, Hội LHPN tỉnh tổ chức chương trình "Trung thu yêu thương - Vượt qua đại dịch" tại phường An Phú và phường Thới Hòa. Đoàn do đồng chí Trần Thị Kim Loan, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lý Tắc Phong, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu.
Chương trình đã trao 3.000 phần quà Trung thu, gồm bánh, lồng đèn, sữa và tập vở, cho con em công nhân lao động, trẻ em mồ côi do dịch COVID-19; đồng thời trao 1.500 túi an sinh, mỗi túi trị giá 350.000 đồng, cho các gia đình công nhân mất việc làm đang thuê trọ. Ba em mồ côi cả cha lẫn mẹ vì dịch bệnh được nhận sổ tiết kiệm 10 triệu đồng mỗi em và được đỡ đầu đến năm 18 tuổi.
Phát biểu tại chương trình, đồng chí Trần Thị Kim Loan chia sẻ những mất mát mà các gia đình phải gánh chịu trong đợt dịch thứ tư; đề nghị các cấp ủy, chính quyền, đoàn thể tiếp tục thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Nghị quyết 126/NQ-CP về chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch, bảo đảm không để ai bị bỏ lại phía sau.
Theo báo cáo của Ban Dân vận Tỉnh ủy, từ đầu đợt dịch đến nay, khối dân vận và MTTQ các cấp trong tỉnh đã vận động, tiếp nhận hơn 412 tỷ đồng tiền và hàng hóa; trao trên 1,2 triệu túi an sinh cho người dân; tổ chức 346 điểm "ATM gạo", "Siêu thị 0 đồng". Các phường, xã đã thành lập 2.865 tổ COVID cộng đồng với hơn 14.000 thành viên.
Chị Lò Thị Duyên, công nhân người Thái quê Sơn La đang thuê trọ tại khu phố Bình Phước A, phường An Phú, xúc động khi hai con được nhận quà. Bà Nguyễn Thị Ngọc Sương, Chủ tịch Ủy ban MTTQ phường An Phú, cho biết phường có 41.000 công nhân thuê trọ, trong đợt dịch phường đã cấp 26.400 phần quà và 380 tấn gạo.
Ông Trịnh Văn Đức, Bí thư Đảng ủy phường Thới Hòa, cho biết các chủ nhà trọ trên địa bàn đã giảm, miễn tiền phòng cho 5.200 lượt người thuê với tổng số tiền khoảng 6 tỷ đồng; đây là nghĩa cử đẹp được Ủy ban MTTQ tỉnh biểu dương.
Ban tổ chức cho biết, chương trình Trung thu năm nay được thực hiện theo hình thức trao quà tận nơi, bảo đảm yêu cầu phòng, chống dịch "5K"; các tình nguyện viên mặc đồ bảo hộ đến từng dãy trọ để trao quà cho các em.
Kim Hà
Tin liên quan
- Bình Dương: trao 5.000 túi an sinh cho công nhân khó khăn (15/09/2021)
- Dĩ An vận động các chủ nhà trọ giảm tiền phòng (08/09/2021)
- Tổ COVID cộng đồng - cánh tay nối dài của chính quyền (30/08/2021)
- Ra mắt "Siêu thị 0 đồng" tại Tân Uyên (25/08/2021)
- Ban Dân vận Tỉnh ủy phát động ủng hộ Quỹ phòng, chống dịch (10/08/2021)
""", "2021-09-20", "Trung thu yêu thương cho con em công nhân trong vùng dịch",
E("trao_qua", None, "2021-09-19"),
[P("Trần Thị Kim Loan", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Tắc Phong", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Duyên"),
 P("Nguyễn Thị Ngọc Sương", "Chủ tịch Ủy ban MTTQ phường An Phú"),
 P("Trịnh Văn Đức", "Bí thư Đảng ủy phường Thới Hòa")],
[Q("3.000 phần quà", 3000, "phần quà"), Q("1.500 túi an sinh", 1500, "túi an sinh"), Q("350.000 đồng", 350000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("hơn 412 tỷ đồng", 412000000000, "đồng", "over"),
 Q("trên 1,2 triệu túi an sinh", 1200000, "túi an sinh", "over"), Q("346 điểm", 346, "điểm"),
 Q("2.865 tổ COVID cộng đồng", 2865, "tổ COVID cộng đồng"), Q("hơn 14.000 thành viên", 14000, "thành viên", "over"),
 Q("41.000 công nhân", 41000, "công nhân"), Q("26.400 phần quà", 26400, "phần quà"), Q("380 tấn", 380, "tấn"),
 Q("5.200 lượt người thuê", 5200, "lượt người thuê"), Q("khoảng 6 tỷ đồng", 6000000000, "đồng", "approx")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Nghị quyết", "126", "NQ-CP", None, "Chính phủ", "Nghị quyết 126/NQ-CP")],
[prov("Bình Dương"), prov("Sơn La"), com("An Phú"), com("Thới Hòa")],
["BAN DÂN VẬN TỈNH ỦY BÌNH DƯƠNG", "Trang chủ > Tin tức > Dân vận tham gia phòng, chống dịch COVID-19",
 "Trẻ em phường An Phú nhận quà Trung thu từ đoàn công tác.", "Trung thu yêu thương - Vượt qua đại dịch",
 "ATM gạo", "Siêu thị 0 đồng", "5K"],
["Cập nhật: 09:42, 20/09/2021 (GMT+7)", "Ba em", "18 tuổi", "đợt dịch thứ tư", "Siêu thị 0 đồng", "5K"]))

PAGES.append(page("b1818-kontum-bdv-giaoban-q1-2022", """
Ban Dân vận Tỉnh ủy Kon Tum - Trang thông tin điện tử
Trang chủ » Hoạt động » Tin trong tỉnh
12/04/2022 - 17:05
Ảnh: Đồng chí A Pớt phát biểu tại hội nghị.
Khối dân vận Kon Tum: chung sức giúp đồng bào thoát nghèo
Ngày 11/4/2022, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị giao ban công tác dân vận quý I năm 2022. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có các đồng chí: Y Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Hữu Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy; trưởng ban dân vận các huyện ủy, thành ủy.
Báo cáo tại hội nghị cho biết, dịp Tết Nhâm Dần, khối dân vận phối hợp với MTTQ và các đoàn thể trao 31.270 suất quà cho hộ nghèo, người có uy tín, gia đình chính sách, tổng trị giá hơn 12,5 tỷ đồng. Quỹ "Vì người nghèo" các cấp hỗ trợ xây mới 98 nhà Đại đoàn kết, mỗi nhà 50 triệu đồng, và sửa chữa 27 nhà. Các cấp đã vận động nhân dân hiến 14.300 m2 đất, đóng góp 6.820 ngày công làm đường, xây nhà văn hóa thôn.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 88-KH/TU ngày 10/1/2022 thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; ban hành Hướng dẫn 14, 15-HD/BDVTU về nhân rộng mô hình "Dân vận khéo" trong giảm nghèo.
Tại hội nghị, bà Y Nhung, HUV, Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông, cho biết huyện có 2.463 hộ nghèo, chiếm 41,7%; năm 2022 phấn đấu giảm 8% hộ nghèo. Ông A Khuyên, Bí thư Đảng ủy xã Măng Ri, chia sẻ cách vận động bà con Xơ Đăng trồng sâm dây, đảng viên nhận đỡ đầu 36 hộ nghèo. Già làng A Lênh, người có uy tín làng Kon Tuôn, xã Đăk Na, kể việc dòng họ góp 120 bao xi măng giúp hộ nghèo làm nhà.
Kết luận hội nghị, đồng chí A Pớt đề nghị quý II tập trung thực hiện Chỉ thị số 15-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong thực hiện các chương trình mục tiêu quốc gia; theo dõi sát việc phân bổ vốn hỗ trợ nhà ở, đất sản xuất, không để xảy ra tiêu cực; phát huy vai trò người có uy tín trong vận động đồng bào thoát nghèo bền vững.
Hội nghị cũng đã thống nhất lịch kiểm tra, khảo sát của Ban Dân vận Tỉnh ủy tại các huyện Kon Plông, Sa Thầy, Ia H'Drai trong quý II; giao Văn phòng Ban tổng hợp kiến nghị của cơ sở gửi Thường trực Tỉnh ủy.
Hải Yến
Các tin khác
- Đăk Glei: bàn giao 20 nhà Đại đoàn kết cho hộ nghèo (05/04/2022)
- Ngọc Hồi tổ chức gặp mặt người có uy tín (25/03/2022)
- Hội nghị tổng kết công tác dân vận năm 2021 (28/12/2021)
- Kon Rẫy ra mắt mô hình "Thôn văn hóa, không có hộ nghèo" (15/12/2021)
- Sa Thầy: Dân vận khéo giúp đồng bào bỏ tập tục lạc hậu (10/12/2021)
""", "2022-04-12", "Khối dân vận Kon Tum: chung sức giúp đồng bào thoát nghèo",
E("giao_ban", "2022-Q1", "2022-04-11"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy Tu Mơ Rông"),
 P("A Khuyên", "Bí thư Đảng ủy xã Măng Ri"),
 P("A Lênh", "Già làng", "người có uy tín làng Kon Tuôn")],
[Q("31.270 suất quà", 31270, "suất quà"), Q("hơn 12,5 tỷ đồng", 12500000000, "đồng", "over"),
 Q("98 nhà Đại đoàn kết", 98, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("27 nhà", 27, "nhà"),
 Q("14.300 m2", 14300, "m2"), Q("6.820 ngày công", 6820, "ngày công"), Q("2.463 hộ nghèo", 2463, "hộ nghèo"),
 Q("41,7%", 41.7, "%"), Q("8%", 8, "%"), Q("36 hộ nghèo", 36, "hộ nghèo"), Q("120 bao xi măng", 120, "bao xi măng")],
[D("Kế hoạch", "88", "KH/TU", "2022-01-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 88-KH/TU ngày 10/1/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU")],
[prov("Kon Tum"), com("Măng Ri"), com("Đăk Na")],
["Ban Dân vận Tỉnh ủy Kon Tum - Trang thông tin điện tử", "Trang chủ » Hoạt động » Tin trong tỉnh",
 "Ảnh: Đồng chí A Pớt phát biểu tại hội nghị.", "Vì người nghèo", "Dân vận khéo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["12/04/2022 - 17:05", "quý I năm 2022", "quý II", "năm 2022"]))

PAGES.append(page("b1819-hoabinh-mttq-taphuan-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH
Trang chủ | Tin tức | Tập huấn - Bồi dưỡng
Ngày đăng 19/08/2022 | 16:20
Tập huấn nghiệp vụ quản lý, sử dụng Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở
Học viên tham dự lớp tập huấn.
Trong 2 ngày 17 và 18/8/2022, Ban Thường trực Ủy ban MTTQ tỉnh Hòa Bình tổ chức lớp tập huấn nghiệp vụ vận động, quản lý, sử dụng Quỹ "Vì người nghèo" và giám sát thực hiện chính sách an sinh xã hội năm 2022 cho 165 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận khu dân cư.
Phát biểu khai mạc, bà Bùi Thị Nhàn, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh, nhấn mạnh việc quản lý Quỹ phải đúng Nghị định số 93/2021/NĐ-CP ngày 27/10/2021 của Chính phủ về vận động, tiếp nhận, phân phối và sử dụng các nguồn đóng góp tự nguyện hỗ trợ khắc phục khó khăn do thiên tai, dịch bệnh, sự cố; Thông tư số 41/2022/TT-BTC của Bộ Tài chính hướng dẫn chế độ kế toán áp dụng cho các hoạt động xã hội, từ thiện; và Quy chế số 12/QC-MTTQ-BTT ngày 5/4/2022 của Ban Thường trực Ủy ban MTTQ tỉnh.
Các học viên đã được ông Quách Văn Hợi, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, hướng dẫn cách lập sổ theo dõi thu, chi Quỹ; cách công khai danh sách hộ được hỗ trợ tại nhà văn hóa xóm. Bà Đinh Thị Dung, Chánh Văn phòng Ủy ban MTTQ tỉnh, giới thiệu quy trình giám sát việc xây dựng nhà Đại đoàn kết, với 5 bước từ bình xét đến nghiệm thu.
Theo báo cáo, năm 2021 Quỹ "Vì người nghèo" các cấp trong tỉnh tiếp nhận 23,9 tỷ đồng, hỗ trợ xây mới 382 nhà Đại đoàn kết với mức 40 triệu đồng/nhà, sửa chữa 96 nhà với mức 20 triệu đồng/nhà; hỗ trợ 1.640 hộ nghèo phát triển sản xuất và 3.250 lượt học sinh nghèo. Tuy nhiên, qua kiểm tra, còn 11 xã mở sổ sách chưa đúng quy định, 4 xã chậm công khai.
Tại lớp học, ông Xa Văn Thắm, Chủ tịch Ủy ban MTTQ xã Pà Cò, chia sẻ: xã vùng cao có 71,2% hộ nghèo, việc vận động Quỹ chủ yếu bằng ngày công và vật liệu tại chỗ. Bà Bùi Thị Thơm, Trưởng ban công tác Mặt trận xóm Bưa, xã Tú Sơn, cho biết lớp tập huấn giúp chị tự tin hơn khi giám sát việc chia quà, chia gạo.
Kết thúc lớp tập huấn, các học viên làm bài kiểm tra; 100% học viên đạt yêu cầu, trong đó 57 học viên đạt loại giỏi.
Bích Ngọc
Bài viết liên quan
- Lạc Sơn: bàn giao 25 nhà Đại đoàn kết (10/08/2022)
- Hội nghị giao ban công tác Mặt trận 6 tháng đầu năm 2022 (15/07/2022)
- Mai Châu: vận động hơn 500 triệu đồng xây nhà cho hộ nghèo (20/06/2022)
- Tập huấn kỹ năng giám sát, phản biện xã hội (25/05/2022)
- Đà Bắc: ra mắt tổ hòa giải ở cơ sở (12/05/2022)
- Kim Bôi trao quà cho hộ nghèo dịp Tết Nhâm Dần (25/01/2022)
""", "2022-08-19", 'Tập huấn nghiệp vụ quản lý, sử dụng Quỹ "Vì người nghèo" cho cán bộ Mặt trận cơ sở',
E("tap_huan", "2022", "2022-08-17"),
[P("Bùi Thị Nhàn", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Quách Văn Hợi", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Đinh Thị Dung", "Chánh Văn phòng Ủy ban MTTQ tỉnh"),
 P("Xa Văn Thắm", "Chủ tịch Ủy ban MTTQ xã Pà Cò"),
 P("Bùi Thị Thơm", "Trưởng ban công tác Mặt trận xóm Bưa")],
[Q("165 học viên", 165, "học viên"), Q("5 bước", 5, "bước"), Q("23,9 tỷ đồng", 23900000000, "đồng"),
 Q("382 nhà Đại đoàn kết", 382, "nhà Đại đoàn kết"), Q("40 triệu đồng", 40000000, "đồng"), Q("96 nhà", 96, "nhà"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("1.640 hộ nghèo", 1640, "hộ nghèo"), Q("3.250 lượt học sinh nghèo", 3250, "lượt học sinh nghèo"),
 Q("11 xã", 11, "xã"), Q("4 xã", 4, "xã"), Q("71,2%", 71.2, "%"), Q("100%", 100, "%"), Q("57 học viên", 57, "học viên")],
[D("Nghị định", "93", "2021/NĐ-CP", "2021-10-27", "Chính phủ", "Nghị định số 93/2021/NĐ-CP ngày 27/10/2021"),
 D("Thông tư", "41", "2022/TT-BTC", None, "Bộ Tài chính", "Thông tư số 41/2022/TT-BTC"),
 D("Quy chế", "12", "QC-MTTQ-BTT", "2022-04-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Quy chế số 12/QC-MTTQ-BTT ngày 5/4/2022")],
[prov("Hòa Bình"), com("Pà Cò"), com("Tú Sơn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ | Tin tức | Tập huấn - Bồi dưỡng", "Học viên tham dự lớp tập huấn.",
 "Vì người nghèo"],
["Ngày đăng 19/08/2022 | 16:20", "2 ngày", "năm 2022", "năm 2021"]))

PAGES.append(page("b1820-caobang-bdv-soket-2023", """
BAN DÂN VẬN TỈNH ỦY CAO BẰNG
Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận
08:15 | 14/07/2023
Đồng chí Nông Thị Tuyết phát biểu kết luận hội nghị.
Khối dân vận sơ kết 6 tháng: vận động làm mới 415 nhà cho hộ nghèo
Ngày 13/7/2023, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
6 tháng đầu năm, khối dân vận các cấp đã tham mưu cấp ủy lãnh đạo thực hiện phong trào xóa nhà tạm, nhà dột nát; vận động làm mới 415 nhà, sửa chữa 128 nhà cho hộ nghèo với tổng kinh phí hơn 21,6 tỷ đồng, trong đó nhân dân đóng góp 9.870 ngày công. Dịp Tết Quý Mão, các cấp trao 46.200 suất quà cho hộ nghèo, trị giá trên 16 tỷ đồng. Toàn tỉnh có 1.214 mô hình "Dân vận khéo", tăng 86 mô hình so với cuối năm 2022.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 26-CT/TU ngày 9/2/2023 về tăng cường sự lãnh đạo của Đảng trong công tác giảm nghèo bền vững và Kết luận số 72, 73-KL/TU về công tác dân vận trong thực hiện các chương trình mục tiêu quốc gia; phối hợp triển khai Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.
Tại hội nghị, các đồng chí Trưởng Ban Dân vận Huyện ủy: Hoàng Văn Slam (Hà Quảng), Lục Văn Pẻn (Bảo Lâm), Mã Thị Hoa (Trùng Khánh) đã chia sẻ cách vận động dòng họ, anh em góp công, góp vật liệu làm nhà. Riêng huyện Bảo Lâm có 212 hộ Mông, Dao được làm nhà mới; xã Lý Bôn vận động 47 hộ hiến đất làm nền nhà cho hộ nghèo. Ông Sầm Văn Đoàn, Bí thư Chi bộ kiêm Trưởng xóm Nà Mạ, xã Lý Bôn, đề nghị nâng mức hỗ trợ lên 60 triệu đồng/căn vì vận chuyển vật liệu lên núi rất tốn kém.
Phát biểu kết luận, đồng chí Nông Thị Tuyết đề nghị 6 tháng cuối năm tập trung hoàn thành mục tiêu xóa nhà tạm trước ngày 31/12/2023, mỗi căn nhà bảo đảm "3 cứng"; nhân rộng các mô hình "Dân vận khéo" trong giảm nghèo; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
Hội nghị cũng thông qua kế hoạch tổ chức đoàn công tác của Ban Dân vận Tỉnh ủy kiểm tra tiến độ xây nhà tại các huyện Bảo Lạc, Nguyên Bình, Thạch An trong tháng 8.
Thu Hà
Tin liên quan
- Hà Quảng: bàn giao 30 nhà cho hộ nghèo (05/07/2023)
- Hội nghị giao ban khối dân vận quý I năm 2023 (15/04/2023)
- Thạch An: người dân hiến đất làm đường (20/03/2023)
- Ra mắt mô hình "Dân vận khéo" ở xóm Lũng Rì (10/03/2023)
""", "2023-07-14", "Khối dân vận sơ kết 6 tháng: vận động làm mới 415 nhà cho hộ nghèo",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Slam", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lục Văn Pẻn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Mã Thị Hoa", "Trưởng Ban Dân vận Huyện ủy"),
 P("Sầm Văn Đoàn", "Bí thư Chi bộ kiêm Trưởng xóm Nà Mạ")],
[Q("415 nhà", 415, "nhà"), Q("128 nhà", 128, "nhà"), Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("9.870 ngày công", 9870, "ngày công"), Q("46.200 suất quà", 46200, "suất quà"), Q("trên 16 tỷ đồng", 16000000000, "đồng", "over"),
 Q("1.214 mô hình", 1214, "mô hình"), Q("86 mô hình", 86, "mô hình"), Q("212 hộ Mông, Dao", 212, "hộ Mông, Dao"),
 Q("47 hộ", 47, "hộ"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Chỉ thị", "26", "CT/TU", "2023-02-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 26-CT/TU ngày 9/2/2023"),
 D("Kết luận", "72", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 72, 73-KL/TU"),
 D("Kết luận", "73", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 72, 73-KL/TU"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022")],
[prov("Cao Bằng"), com("Lý Bôn")],
["BAN DÂN VẬN TỈNH ỦY CAO BẰNG", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động dân vận",
 "Đồng chí Nông Thị Tuyết phát biểu kết luận hội nghị.", "Dân vận khéo", "3 cứng", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"],
["08:15 | 14/07/2023", "6 tháng đầu năm", "6 tháng cuối năm", "6 tháng cuối năm 2023", "năm 2022", "3 cứng", "giai đoạn 2021 - 2025", "tháng 8"]))

PAGES.append(page("b1821-angiang-xa-baocao-quyvnn-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÂU PHONG - THỊ XÃ TÂN CHÂU - TỈNH AN GIANG
Trang chủ / Văn bản - Thông báo / Mặt trận và các đoàn thể
29-12-2023 10:10
Lượt xem: 348
Báo cáo kết quả vận động, sử dụng Quỹ "Vì người nghèo" năm 2023
Ngày 28/12/2023, Ban Thường trực Ủy ban MTTQ Việt Nam xã Châu Phong ban hành Báo cáo số 45/BC-MTTQ về kết quả vận động, quản lý và sử dụng Quỹ "Vì người nghèo" và an sinh xã hội năm 2023. Báo cáo do ông Haji Mu Sa, Chủ tịch Ủy ban MTTQ Việt Nam xã ký.
Thực hiện Hướng dẫn số 08/HD-MTTQ-BTT ngày 15/2/2023 của Ban Thường trực Ủy ban MTTQ thị xã Tân Châu và Kế hoạch số 03/KH-MTTQ ngày 1/3/2023 của Ban Thường trực Ủy ban MTTQ xã, năm 2023 Quỹ "Vì người nghèo" xã vận động được 1.286.500.000 đồng, đạt 128,6% chỉ tiêu; trong đó cán bộ, công chức, người lao động đóng góp 42,3 triệu đồng, các cơ sở kinh doanh 318 triệu đồng, bà con xa quê ủng hộ trên 600 triệu đồng. Tồn quỹ năm 2022 chuyển sang 57.420.000 đồng.
Từ nguồn Quỹ, Ban Thường trực đã phối hợp xây mới 11 căn nhà Đại đoàn kết với mức 60 triệu đồng/căn, sửa chữa 6 căn với mức 25 triệu đồng/căn; trao 820 phần quà Tết cho hộ nghèo, hộ cận nghèo, mỗi phần 500.000đ; hỗ trợ 34 học sinh nghèo học bổng, mỗi suất 2 triệu đồng; hỗ trợ chi phí điều trị cho 19 người bệnh nặng. Nhân dịp tháng Ramadan, Ủy ban MTTQ xã phối hợp Ban Đại diện cộng đồng Hồi giáo (Islam) trao 150 phần quà cho hộ nghèo người Chăm.
Theo số liệu rà soát của UBND xã Châu Phong, thị xã Tân Châu, tỉnh An Giang, cuối năm 2023, xã còn 96 hộ nghèo, chiếm 2,18%, giảm 41 hộ so với đầu năm; 152 hộ cận nghèo. Các ấp Phũm Soài, Hà Bao 1 không còn nhà tạm.
Báo cáo ghi nhận sự đóng góp của ông Ka Sơ Man, Trưởng Ban Quản trị Thánh đường Mubarak, đã vận động bà con tín đồ ủng hộ 85 triệu đồng; bà Mã Ly Sa, Chi hội trưởng Chi hội Phụ nữ ấp Phũm Soài, vận động 12 hội viên góp vốn giúp nhau. Ông Nguyễn Văn Tư Cường, Phó Chủ tịch Ủy ban MTTQ xã, được giao theo dõi thu, chi và công khai Quỹ hằng quý tại trụ sở Ủy ban MTTQ xã.
Phương hướng năm 2024: phấn đấu vận động Quỹ đạt trên 1,3 tỷ đồng; xây mới 10 căn nhà Đại đoàn kết; thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Nơi nhận: Ban Thường trực Ủy ban MTTQ thị xã; Đảng ủy, UBND xã; lưu VT.
Tin khác
- Xã Châu Phong bàn giao 4 căn nhà Đại đoàn kết (15/12/2023)
- Họp mặt chức sắc cộng đồng Hồi giáo nhân tháng Ramadan (30/03/2023)
- Ngày hội Đại đoàn kết ấp Hà Bao 2 (18/11/2023)
- Ủy ban MTTQ xã phát động Tháng cao điểm "Vì người nghèo" (17/10/2023)
- Trao học bổng cho học sinh nghèo vượt khó (05/09/2023)
""", "2023-12-29", 'Báo cáo kết quả vận động, sử dụng Quỹ "Vì người nghèo" năm 2023',
E("bao_cao", "2023", "2023-12-28"),
[P("Haji Mu Sa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ka Sơ Man", "Trưởng Ban Quản trị Thánh đường Mubarak"),
 P("Mã Ly Sa", "Chi hội trưởng Chi hội Phụ nữ ấp Phũm Soài"),
 P("Nguyễn Văn Tư Cường", "Phó Chủ tịch Ủy ban MTTQ xã")],
[Q("1.286.500.000 đồng", 1286500000, "đồng"), Q("128,6%", 128.6, "%"), Q("42,3 triệu đồng", 42300000, "đồng"),
 Q("318 triệu đồng", 318000000, "đồng"), Q("trên 600 triệu đồng", 600000000, "đồng", "over"), Q("57.420.000 đồng", 57420000, "đồng"),
 Q("11 căn nhà Đại đoàn kết", 11, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"), Q("6 căn", 6, "căn"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("820 phần quà", 820, "phần quà"), Q("500.000đ", 500000, "đồng"),
 Q("34 học sinh nghèo", 34, "học sinh nghèo"), Q("2 triệu đồng", 2000000, "đồng"), Q("19 người bệnh nặng", 19, "người bệnh nặng"),
 Q("150 phần quà", 150, "phần quà"), Q("96 hộ nghèo", 96, "hộ nghèo"), Q("2,18%", 2.18, "%"), Q("41 hộ", 41, "hộ"),
 Q("152 hộ cận nghèo", 152, "hộ cận nghèo"), Q("85 triệu đồng", 85000000, "đồng"), Q("12 hội viên", 12, "hội viên"),
 Q("trên 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("10 căn nhà Đại đoàn kết", 10, "căn nhà Đại đoàn kết")],
[D("Báo cáo", "45", "BC-MTTQ", "2023-12-28", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Châu Phong", "Báo cáo số 45/BC-MTTQ"),
 D("Hướng dẫn", "08", "HD-MTTQ-BTT", "2023-02-15", "Ban Thường trực Ủy ban MTTQ thị xã Tân Châu", "Hướng dẫn số 08/HD-MTTQ-BTT ngày 15/2/2023"),
 D("Kế hoạch", "03", "KH-MTTQ", "2023-03-01", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 03/KH-MTTQ ngày 1/3/2023")],
[prov("An Giang"), com("Châu Phong")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÂU PHONG - THỊ XÃ TÂN CHÂU - TỈNH AN GIANG", "Trang chủ / Văn bản - Thông báo / Mặt trận và các đoàn thể",
 "Lượt xem: 348", "Vì người nghèo", "Ban Đại diện cộng đồng Hồi giáo (Islam)", "Thánh đường Mubarak",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
 "Nơi nhận: Ban Thường trực Ủy ban MTTQ thị xã; Đảng ủy, UBND xã; lưu VT."],
["29-12-2023 10:10", "Lượt xem: 348", "năm 2023", "năm 2022", "năm 2024", "tháng Ramadan", "Hà Bao 1"]))

PAGES.append(page("b1822-yenbai-mttq-cuutro-bao3-2024", """
Báo Yên Bái điện tử
Xã hội | Mặt trận | Khắc phục hậu quả bão số 3
Thứ Hai, 16/09/2024 - 19:30
Bà con thôn Khe Tiên nhận hàng cứu trợ. Ảnh: Thanh Chi
Chia sẻ khó khăn với người dân vùng lũ quét Văn Yên, Lục Yên
YBĐT - Ngày 15/9, Ủy ban MTTQ tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức đoàn công tác đến thăm, trao quà cho người dân bị thiệt hại do hoàn lưu bão số 3 tại xã Châu Quế Hạ và xã Minh Chuẩn. Đoàn do bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ tỉnh và ông Hoàng Văn Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy dẫn đầu.
Đoàn đã trao 2.040 suất quà, mỗi suất gồm 25 kg gạo, nhu yếu phẩm và 1.000.000đ tiền mặt; trao 18 suất hỗ trợ cho các hộ có nhà bị sập, trôi hoàn toàn, mỗi suất 50 triệu đồng. Tổng giá trị quà trao đợt này trên 3,2 tỷ đồng, trích từ nguồn ủng hộ do Ban Vận động cứu trợ tỉnh tiếp nhận theo Nghị định số 93/2021/NĐ-CP của Chính phủ.
Theo thống kê của UBND tỉnh, hoàn lưu bão số 3 đã làm 55 người chết, 16 người mất tích; 4.372 ngôi nhà bị hư hỏng, trong đó 638 nhà phải di dời khẩn cấp; hơn 9.200 ha lúa, hoa màu bị ngập. Đến ngày 15/9, Ủy ban MTTQ tỉnh đã tiếp nhận trên 86,5 tỷ đồng và 210 tấn hàng hóa ủng hộ từ các tỉnh, thành phố và nhà hảo tâm.
Tại xã Minh Chuẩn, ông Triệu Văn Chiêu, Chủ tịch Ủy ban MTTQ xã, cho biết toàn xã có 127 hộ phải sơ tán, 32 nhà bị vùi lấp; người dân đang ở tạm tại nhà văn hóa và nhà người thân. Bà Bàn Thị Liên, người có uy tín thôn Khe Tiên, xúc động kể lại cảnh cả thôn thức trắng đêm dìu nhau chạy lũ.
Thực hiện Công điện số 88/CĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 137-KH/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy về khắc phục hậu quả bão số 3, Ban Dân vận Tỉnh ủy đã đề nghị khối dân vận phát động phong trào "Nhà nhà giúp nhau, thôn thôn giúp thôn", huy động đoàn viên, hội viên giúp dân dọn dẹp, dựng lại nhà; vận động nhân dân ở vùng nguy cơ sạt lở di dời đến nơi an toàn.
Cùng ngày, nhiều đoàn thiện nguyện từ Hà Nội, Phú Thọ, Thái Nguyên cũng đã đến các thôn vùng lũ của tỉnh Yên Bái trao hàng cứu trợ; lực lượng quân đội, công an tiếp tục tìm kiếm người mất tích và mở đường vào các thôn bị chia cắt.
Ông Hoàng Văn Tiến đề nghị Ban Thường trực Ủy ban MTTQ các xã lập danh sách hộ bị thiệt hại công khai, minh bạch; phân bổ tiền, hàng đúng đối tượng, ưu tiên hộ mất nhà, hộ có người chết; không để bà con thiếu đói, không có chỗ ở.
Thanh Chi
Tin liên quan
- Lục Yên: 1.000 đoàn viên ra quân giúp dân sau lũ (14/09/2024)
- Tiếp nhận 10 tỷ đồng ủng hộ đồng bào vùng bão lũ (13/09/2024)
- Văn Yên: khẩn trương tìm kiếm người mất tích (11/09/2024)
- Mù Cang Chải bảo đảm an toàn cho người dân (09/09/2024)
- Trấn Yên: nước sông Hồng dâng cao, hàng trăm hộ phải sơ tán (08/09/2024)
""", "2024-09-16", "Chia sẻ khó khăn với người dân vùng lũ quét Văn Yên, Lục Yên",
E("trao_qua", None, "2024-09-15"),
[P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Văn Chiêu", "Chủ tịch Ủy ban MTTQ xã"),
 P("Bàn Thị Liên", "người có uy tín thôn Khe Tiên")],
[Q("2.040 suất quà", 2040, "suất quà"), Q("25 kg", 25, "kg"), Q("1.000.000đ", 1000000, "đồng"),
 Q("18 suất hỗ trợ", 18, "suất hỗ trợ"), Q("50 triệu đồng", 50000000, "đồng"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("55 người", 55, "người"), Q("16 người", 16, "người"), Q("4.372 ngôi nhà", 4372, "ngôi nhà"), Q("638 nhà", 638, "nhà"),
 Q("hơn 9.200 ha", 9200, "ha", "over"), Q("trên 86,5 tỷ đồng", 86500000000, "đồng", "over"), Q("210 tấn", 210, "tấn"),
 Q("127 hộ", 127, "hộ"), Q("32 nhà", 32, "nhà")],
[D("Nghị định", "93", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 93/2021/NĐ-CP"),
 D("Kế hoạch", "137", "KH/TU", "2024-09-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 137-KH/TU ngày 12/9/2024")],
[prov("Yên Bái"), prov("Hà Nội"), prov("Phú Thọ"), prov("Thái Nguyên"), com("Châu Quế Hạ"), com("Minh Chuẩn")],
["Báo Yên Bái điện tử", "Xã hội | Mặt trận | Khắc phục hậu quả bão số 3", "Bà con thôn Khe Tiên nhận hàng cứu trợ. Ảnh: Thanh Chi",
 "YBĐT", "Nhà nhà giúp nhau, thôn thôn giúp thôn", "Công điện số 88/CĐ-TTg"],
["Thứ Hai, 16/09/2024 - 19:30", "bão số 3", "Nhà nhà giúp nhau, thôn thôn giúp thôn"]))
