from lib import *
PAGES = []

PAGES.append(page("b6887-tayninh-bdvtu-taphuan-2024", """
BÁO TÂY NINH ONLINE
Chính trị - Xã hội » Dân vận
Thứ Năm, 24/10/2024
Bồi dưỡng kỹ năng dân vận cho nhân viên y tế cơ sở
Ngày 22 và 23/10, Ban Dân vận Tỉnh ủy phối hợp với Sở Y tế tỉnh Tây Ninh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2024 cho 186 học viên là trưởng, phó trạm y tế xã, phường, thị trấn, cán bộ phụ trách công tác xã hội của các bệnh viện và nhân viên y tế khu phố, ấp.
Quang cảnh lớp tập huấn. Ảnh: Hoàng Yến
Phát biểu khai mạc, đồng chí Nguyễn Thị Xuân Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: nhân viên y tế là lực lượng gần dân nhất, mỗi lần tiếp xúc với người bệnh là một lần làm công tác dân vận. Lớp tập huấn nhằm cụ thể hóa Kết luận số 43-KL/TW của Ban Bí thư và Kế hoạch số 265-KH/TU ngày 12/3/2024 của Tỉnh ủy về tiếp tục đẩy mạnh phong trào thi đua "Dân vận khéo" đến năm 2025.
Trong 2 ngày, học viên được nghe các chuyên đề: những vấn đề cơ bản về công tác dân vận của chính quyền do đồng chí Trần Văn Chiến, Phó Trưởng Ban Dân vận Tỉnh ủy, trình bày; kỹ năng truyền thông, vận động thay đổi hành vi sức khỏe và ứng phó với khủng hoảng truyền thông trên mạng xã hội do ThS. Lê Thị Hồng Nhung, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh, giảng dạy; công tác vận động chức sắc, chức việc, tín đồ các tôn giáo tham gia chăm sóc sức khỏe cộng đồng do đồng chí Võ Minh Khương, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, trình bày.
Theo Sở Y tế, hiện toàn tỉnh có 94 trạm y tế xã, phường, thị trấn; năm 2024 các trạm đã phối hợp với Ban điều hành ấp, khu phố vận động hơn 12.000 người cao tuổi khám sức khỏe định kỳ, lập hồ sơ sức khỏe điện tử cho trên 96% dân số. Tuy nhiên, vẫn còn khoảng 8% hộ gia đình ở vùng biên giới chưa tham gia bảo hiểm y tế.
Chia sẻ tại lớp học, chị Thạch Thị Sa Ly, Trưởng Trạm y tế xã Tân Đông, cho biết địa phương có 2 ấp đông đồng bào Khmer; trạm đã nhờ các vị sư cả trong chùa Khmer tuyên truyền bằng tiếng Khmer về tiêm chủng, nhờ vậy tỷ lệ trẻ được tiêm đủ mũi đã tăng từ 82% lên 95% sau một năm. Anh Đỗ Văn Hiếu, nhân viên Phòng Công tác xã hội Bệnh viện Đa khoa Tây Ninh, kể về việc phối hợp với các Hội thánh Cao Đài vận động 850 suất cơm chay miễn phí mỗi tuần cho bệnh nhân.
Kết thúc tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa. Ban tổ chức đề nghị mỗi trạm y tế xây dựng ít nhất 1 mô hình "Dân vận khéo" gắn với chăm sóc sức khỏe ban đầu trong năm 2025.
Hoàng Yến
Tin khác
- Tân Biên: khám bệnh miễn phí cho 300 đồng bào Khmer (16/10/2024)
- Hội nghị Ban Chỉ đạo Quy chế dân chủ tỉnh quý III/2024 (08/10/2024)
- Ra mắt mô hình "Ấp không có người nghiện ma túy" (30/09/2024)
""", "2024-10-24", "Bồi dưỡng kỹ năng dân vận cho nhân viên y tế cơ sở",
E("tap_huan", "2024", "2024-10-22"),
[P("Nguyễn Thị Xuân Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hồng Nhung", "ThS.", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Võ Minh Khương", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Ly", "Trưởng Trạm y tế xã Tân Đông"),
 P("Đỗ Văn Hiếu", "nhân viên Phòng Công tác xã hội Bệnh viện Đa khoa Tây Ninh")],
[Q("186 học viên", 186, "học viên"), Q("94 trạm y tế xã, phường, thị trấn", 94, "trạm y tế xã, phường, thị trấn"),
 Q("hơn 12.000 người cao tuổi", 12000, "người cao tuổi", "over"), Q("trên 96%", 96, "%", "over"), Q("khoảng 8%", 8, "%", "approx"),
 Q("2 ấp", 2, "ấp"), Q("82%", 82, "%"), Q("95%", 95, "%"), Q("850 suất cơm chay", 850, "suất cơm chay"), Q("100%", 100, "%")],
[D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Kế hoạch", "265", "KH/TU", "2024-03-12", "Tỉnh ủy", "Kế hoạch số 265-KH/TU ngày 12/3/2024")],
[prov("Tây Ninh"), com("Tân Đông")],
["BÁO TÂY NINH ONLINE", "Chính trị - Xã hội » Dân vận", "Quang cảnh lớp tập huấn. Ảnh: Hoàng Yến", "Dân vận khéo", "Hội thánh Cao Đài"],
["năm 2024", "2 ngày", "năm 2025", "một năm", "1 mô hình"]))

PAGES.append(page("b6888-binhdinh-dusyt-tongket-2024", """
Báo Bình Định
Trang chủ / Chính trị / Xây dựng Đảng
Ngày đăng: 08/01/2025 10:30
Ngành Y tế triển khai nhiệm vụ dân vận năm 2025
Sáng 6/1, Đảng ủy Sở Y tế Bình Định tổ chức hội nghị tổng kết công tác dân vận, công tác Mặt trận và các đoàn thể chính trị - xã hội năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lê Kim Toàn, TUV, Phó Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh, dự và chỉ đạo hội nghị.
Báo cáo do đồng chí Phạm Thị Thanh Hương, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Sở Y tế - Trưởng khối dân vận ngành trình bày cho biết, năm 2024 Đảng ủy Sở đã lãnh đạo 29 tổ chức cơ sở đảng quán triệt Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc và Quy chế dân vận của ngành; ban hành Hướng dẫn số 14-HD/ĐU về xây dựng mô hình "Dân vận khéo" trong các cơ sở khám, chữa bệnh.
Toàn ngành có 38 mô hình "Dân vận khéo" được công nhận, trong đó 6 mô hình tiêu biểu cấp tỉnh như "Bệnh viện không khói thuốc, không rác thải nhựa", "Khám chữa bệnh lưu động cho đồng bào Bana". Các đơn vị đã vận động hơn 5,2 tỷ đồng hỗ trợ bệnh nhân nghèo; tổ chức 64 đợt khám bệnh, phát thuốc miễn phí cho khoảng 21.000 lượt người ở các huyện miền núi Vân Canh, Vĩnh Thạnh, An Lão.
Đáng chú ý, hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", cán bộ, viên chức ngành đóng góp 1 ngày lương, được 1,18 tỷ đồng, cùng các nhà tài trợ xây mới 17 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở. Tỷ lệ hài lòng của người bệnh nội trú đạt 96,8%, ngoại trú 92,3%.
Tại hội nghị, ông Đinh Văn Thuận, Bí thư Đảng ủy xã Canh Liên, đề nghị Sở Y tế quan tâm bổ sung bác sĩ cho trạm y tế xã, vì trạm hiện chỉ có 1 y sĩ, 2 điều dưỡng phục vụ hơn 2.100 người dân Bana. Bác sĩ CKII Đặng Văn Hòa, Giám đốc Bệnh viện Đa khoa tỉnh, báo cáo bệnh viện đã triển khai thanh toán không dùng tiền mặt tại 100% quầy thu.
Phát biểu chỉ đạo, đồng chí Lê Kim Toàn đề nghị năm 2025 Đảng ủy Sở tập trung thực hiện Kết luận 114-KL/TW, 120-KL/TW của Ban Bí thư về nâng cao hiệu quả công tác dân vận của chính quyền; chủ động nắm bắt tâm tư của cán bộ, viên chức khi triển khai sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW; vận động người dân tham gia bảo hiểm y tế, hướng tới 95% dân số có thẻ.
Dịp này, Giám đốc Sở Y tế tặng giấy khen cho 7 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024.
Ngọc Nhi
Bài viết liên quan
- Bệnh viện Đa khoa tỉnh ra mắt Tổ công tác xã hội (26/12/2024)
- Vân Canh: khám bệnh miễn phí cho đồng bào Bana (15/12/2024)
- Hoài Nhơn: đối thoại với người bệnh (02/12/2024)
""", "2025-01-08", "Ngành Y tế triển khai nhiệm vụ dân vận năm 2025",
E("tong_ket", "2024", "2025-01-06"),
[P("Lê Kim Toàn", "TUV", "Phó Bí thư Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
 P("Phạm Thị Thanh Hương", "Ủy viên Ban Thường vụ Đảng ủy", "Phó Giám đốc Sở Y tế - Trưởng khối dân vận ngành"),
 P("Đinh Văn Thuận", "Bí thư Đảng ủy xã Canh Liên"),
 P("Đặng Văn Hòa", "Bác sĩ CKII", "Giám đốc Bệnh viện Đa khoa tỉnh")],
[Q("29 tổ chức cơ sở đảng", 29, "tổ chức cơ sở đảng"), Q("38 mô hình", 38, "mô hình"), Q("6 mô hình tiêu biểu cấp tỉnh", 6, "mô hình tiêu biểu cấp tỉnh"),
 Q("hơn 5,2 tỷ đồng", 5200000000, "đồng", "over"), Q("64 đợt khám bệnh", 64, "đợt khám bệnh"),
 Q("khoảng 21.000 lượt người", 21000, "lượt người", "approx"), Q("1,18 tỷ đồng", 1180000000, "đồng"),
 Q("17 căn nhà", 17, "căn nhà"), Q("96,8%", 96.8, "%"), Q("92,3%", 92.3, "%"), Q("2 điều dưỡng", 2, "điều dưỡng"),
 Q("hơn 2.100 người dân", 2100, "người dân", "over"), Q("100% quầy thu", 100, "%"), Q("95% dân số", 95, "%"),
 Q("7 tập thể", 7, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "43", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 43-NQ/TW"),
 D("Hướng dẫn", "14", "HD/ĐU", None, "Đảng ủy Sở", "Hướng dẫn số 14-HD/ĐU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "120-KL/TW"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW")],
[prov("Bình Định"), com("Canh Liên")],
["Báo Bình Định", "Trang chủ / Chính trị / Xây dựng Đảng", "Dân vận khéo", "Bệnh viện không khói thuốc, không rác thải nhựa",
 "Khám chữa bệnh lưu động cho đồng bào Bana", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Quy chế dân vận"],
["Ngày đăng: 08/01/2025 10:30", "năm 2024", "năm 2025", "1 ngày lương", "1 y sĩ"]))

PAGES.append(page("b6889-tuyenquang-syt-giaoban-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Thời sự | Xây dựng Đảng | Dân vận
Thứ Năm, 09/10/2025 16:10
Trạm y tế xã sau sắp xếp: gần dân, sát dân hơn
Ngày 7/10, Đảng ủy Sở Y tế tỉnh Tuyên Quang tổ chức giao ban công tác dân vận quý III năm 2025 - quý đầu tiên ngành y tế vận hành theo mô hình chính quyền địa phương hai cấp sau hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang. Đồng chí Nguyễn Văn Sơn, Phó Bí thư Đảng ủy, Giám đốc Sở Y tế chủ trì. Dự có đồng chí Sùng Thị Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Quang cảnh giao ban tại điểm cầu Sở Y tế.
Giao ban được tổ chức trực tuyến tới 124 điểm cầu là các trạm y tế xã, phường. Theo báo cáo, thực hiện Kết luận 137-KL/TW, 138-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp, tổ chức lại đơn vị hành chính và Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, ngành y tế đã sắp xếp còn 124 trạm y tế xã, phường với 628 điểm trạm; bố trí 1.340 viên chức, bảo đảm không để gián đoạn khám chữa bệnh cho người dân. Quý III, các trạm đã khám cho khoảng 186.000 lượt người, tiêm chủng đầy đủ cho 94,6% trẻ dưới 1 tuổi.
Tại các xã vùng cao, nhân viên y tế phối hợp với Mặt trận, đoàn thể và người có uy tín tuyên truyền về sáp nhập, giải đáp 1.036 lượt thắc mắc của người dân về nơi đăng ký khám bảo hiểm y tế ban đầu, cấp đổi thẻ. Không có đơn thư khiếu nại đông người liên quan lĩnh vực y tế.
Tham luận tại giao ban, đồng chí Sùng Mí Dính, Đảng ủy viên, Trưởng Trạm y tế xã Mèo Vạc, cho biết trạm phụ trách địa bàn rộng, có thôn cách trạm gần 20 km; trạm duy trì 3 buổi khám lưu động mỗi tháng và nhờ 46 nhân viên y tế thôn bản là người Mông vận động bà con. Bà Lù Thị Sính, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Minh, đề nghị bổ sung phụ cấp cho nhân viên y tế thôn sau sắp xếp.
Đồng chí Sùng Thị Mai đánh giá cao sự chủ động của ngành và đề nghị quý IV tiếp tục thực hiện Quy định 304-QĐ/TW của Ban Bí thư về công tác dân vận của hệ thống chính trị; phát huy vai trò phường Minh Xuân, phường Hà Giang 1 trong thí điểm sổ sức khỏe điện tử; tập trung vận động 100% người dân trên 60 tuổi khám sức khỏe định kỳ miễn phí theo Nghị quyết 72-NQ/TW của Bộ Chính trị.
Kết luận, đồng chí Nguyễn Văn Sơn yêu cầu các trạm rà soát ngay những nơi thiếu nhân lực; giao Phòng Tổ chức cán bộ tham mưu điều động 35 viên chức về tăng cường cho các xã biên giới trước ngày 31/10/2025.
Vân Anh
Tin liên quan
- Khai trương Trạm y tế phường Nông Tiến sau sắp xếp (25/09/2025)
- Tuyên Quang: 100% xã có trạm y tế hoạt động ổn định (15/08/2025)
- Khám bệnh miễn phí cho người cao tuổi xã Đồng Văn (01/08/2025)
""", "2025-10-09", "Trạm y tế xã sau sắp xếp: gần dân, sát dân hơn",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Nguyễn Văn Sơn", "Phó Bí thư Đảng ủy", "Giám đốc Sở Y tế"),
 P("Sùng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Dính", "Đảng ủy viên", "Trưởng Trạm y tế xã Mèo Vạc"),
 P("Lù Thị Sính", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Yên Minh")],
[Q("124 điểm cầu", 124, "điểm cầu"), Q("124 trạm y tế xã, phường", 124, "trạm y tế xã, phường"), Q("628 điểm trạm", 628, "điểm trạm"),
 Q("1.340 viên chức", 1340, "viên chức"), Q("khoảng 186.000 lượt người", 186000, "lượt người", "approx"), Q("94,6%", 94.6, "%"),
 Q("1.036 lượt thắc mắc", 1036, "lượt thắc mắc"), Q("gần 20 km", 20, "km", "approx"), Q("3 buổi khám lưu động", 3, "buổi khám lưu động"),
 Q("46 nhân viên y tế thôn bản", 46, "nhân viên y tế thôn bản"), Q("100% người dân", 100, "%"), Q("35 viên chức", 35, "viên chức")],
[D("Kết luận", "137", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 137-KL/TW"),
 D("Kết luận", "138", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "138-KL/TW"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định 304-QĐ/TW"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 72-NQ/TW")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Yên Minh"), com("Minh Xuân"), com("Hà Giang 1")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Thời sự | Xây dựng Đảng | Dân vận",
 "Quang cảnh giao ban tại điểm cầu Sở Y tế."],
["Thứ Năm, 09/10/2025 16:10", "quý III năm 2025", "quý IV", "1 tuổi", "60 tuổi", "hai cấp", "Hà Giang 1"]))

PAGES.append(page("b6890-vinhlong-bvkv-traoqua-2025", """
Báo Vĩnh Long điện tử
Trang chủ >> Xã hội >> Y tế
Cập nhật: 15:25, 21/11/2025 (GMT+7)
Trao 150 phần quà cho bệnh nhân chạy thận nghèo
Sáng 20/11, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long phối hợp với Bệnh viện Đa khoa khu vực Trà Vinh tổ chức thăm, tặng 150 phần quà cho bệnh nhân chạy thận nhân tạo có hoàn cảnh khó khăn, phần lớn là đồng bào Khmer ở các xã Tập Sơn, Long Hiệp, Trà Cú.
Đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy trao quà cho bệnh nhân.
Tham dự có đồng chí Thạch Thị Dân, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Hòa thượng Kim Sơn Hiếu, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh; đồng chí Nguyễn Văn Phúc, Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa khu vực Trà Vinh, cùng các nhà hảo tâm.
Mỗi phần quà trị giá 1,2 triệu đồng gồm tiền mặt, gạo, sữa và nhu yếu phẩm. Tổng kinh phí chương trình 180 triệu đồng, do các chùa Khmer, doanh nghiệp và cán bộ, công chức khối dân vận vận động. Ngoài ra, Hội Chữ thập đỏ tỉnh tặng thêm 40 suất học bổng, mỗi suất 2 triệu đồng, cho con em bệnh nhân đang đi học.
Theo bác sĩ Nguyễn Văn Phúc, hiện khoa Thận nhân tạo của bệnh viện có 72 máy lọc thận, điều trị thường xuyên cho hơn 310 bệnh nhân, mỗi người phải chạy thận 3 lần/tuần. Nhiều bệnh nhân ở xa, mỗi lần đến viện mất hàng chục cây số. Bệnh viện đã phối hợp với 2 chùa Khmer tổ chức "Chuyến xe nghĩa tình" đưa đón miễn phí và duy trì bếp ăn từ thiện phục vụ khoảng 250 suất cơm mỗi ngày.
Phát biểu tại buổi trao quà, đồng chí Thạch Thị Dân ân cần thăm hỏi sức khỏe, động viên người bệnh. Đồng chí cho biết, sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai Kế hoạch số 18-KH/BTGDVTU về vận động các tôn giáo, người có uy tín tham gia an sinh xã hội, trong đó chú trọng người bệnh nặng, bệnh mãn tính. Đồng chí đề nghị bệnh viện tiếp tục phát huy mô hình "Dân vận khéo" và "Tiếp sức người bệnh".
Ông Sơn Văn Thanh, 58 tuổi, ngụ ấp Chông Bát, xã Tập Sơn, đã chạy thận 6 năm, chia sẻ: "Nhà không có đất sản xuất, nhờ bệnh viện, nhà chùa và các cô chú giúp đỡ mà tôi còn đi chữa bệnh được".
Dịp này, Bệnh viện cũng trao 12 thẻ bảo hiểm y tế cho bệnh nhân chưa có thẻ, theo chỉ đạo tại Nghị quyết số 72-NQ/TW của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân.
Trúc Ly
Tin khác
- Bến Tre: phường An Hội ra mắt tổ tư vấn sức khỏe cộng đồng (14/11/2025)
- Tặng 500 thẻ bảo hiểm y tế cho hộ cận nghèo (06/11/2025)
- Trà Cú: vận động hiến máu tình nguyện tại chùa (30/10/2025)
""", "2025-11-21", "Trao 150 phần quà cho bệnh nhân chạy thận nghèo",
E("trao_qua", None, "2025-11-20"),
[P("Thạch Thị Dân", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Sơn Hiếu", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Nguyễn Văn Phúc", "Bí thư Đảng ủy", "Giám đốc Bệnh viện Đa khoa khu vực Trà Vinh", "bác sĩ"),
 P("Sơn Văn Thanh")],
[Q("150 phần quà", 150, "phần quà"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("72 máy lọc thận", 72, "máy lọc thận"),
 Q("hơn 310 bệnh nhân", 310, "bệnh nhân", "over"), Q("2 chùa Khmer", 2, "chùa Khmer"),
 Q("khoảng 250 suất cơm", 250, "suất cơm", "approx"), Q("12 thẻ bảo hiểm y tế", 12, "thẻ bảo hiểm y tế")],
[D("Kế hoạch", "18", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 18-KH/BTGDVTU"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 72-NQ/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Tập Sơn"), com("Long Hiệp"), com("Trà Cú")],
["Báo Vĩnh Long điện tử", "Trang chủ >> Xã hội >> Y tế", "Đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy trao quà cho bệnh nhân.",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Chuyến xe nghĩa tình", "Dân vận khéo", "Tiếp sức người bệnh"],
["Cập nhật: 15:25, 21/11/2025 (GMT+7)", "3 lần/tuần", "58 tuổi", "6 năm"]))

PAGES.append(page("b6891-dongnai-bvdk-tiepxuccutri-2026", """
ĐỒNG NAI ĐIỆN TỬ
Chính trị » Bầu cử đại biểu Quốc hội và HĐND các cấp
Thứ Sáu, 27/02/2026 - 07:50
Người ứng cử Đại biểu Quốc hội Trần Thị Thanh Hà trao đổi với cử tri. Ảnh: Khôi Nguyên
Cử tri ngành Y tế kiến nghị về nhân lực và giá dịch vụ khám chữa bệnh
Chiều 26/2, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai phối hợp với Bệnh viện Đa khoa Đồng Nai tổ chức hội nghị tiếp xúc cử tri nơi công tác với người ứng cử đại biểu Quốc hội khóa XVI. Gần 300 cử tri là bác sĩ, điều dưỡng, người lao động của Bệnh viện Đa khoa Đồng Nai, Bệnh viện Nhi đồng Đồng Nai và Bệnh viện Đa khoa khu vực Phước Long tham dự.
Hội nghị do bà Lê Thị Ngọc Loan, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chủ trì. Hai người ứng cử được giới thiệu là bà Trần Thị Thanh Hà, Phó Giám đốc Sở Y tế, và ông Điểu Đông, Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh. Đây là một trong 36 hội nghị tiếp xúc cử tri được tổ chức trên địa bàn tỉnh theo Chỉ thị số 46-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử và Kế hoạch số 05/KH-MTTQ-BTT ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Trình bày chương trình hành động, bà Trần Thị Thanh Hà cam kết nếu trúng cử sẽ kiến nghị hoàn thiện chính sách thu hút nhân lực y tế về các xã biên giới như Bù Đăng, Lộc Ninh; thúc đẩy thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị, trong đó có lộ trình miễn viện phí cơ bản cho người dân. Ông Điểu Đông nêu sẽ quan tâm chính sách y tế cho hơn 4.500 hộ đồng bào S'tiêng, M'nông ở vùng sâu.
Phát biểu tại hội nghị, 11 cử tri đã nêu 19 ý kiến. BSCKII Huỳnh Văn Lực, Trưởng khoa Hồi sức tích cực, phản ánh Bệnh viện Đa khoa Đồng Nai với 1.400 giường bệnh thường xuyên quá tải, nhân lực điều dưỡng thiếu khoảng 15%. Chị Thị Hạnh, điều dưỡng Bệnh viện Đa khoa khu vực Phước Long, đề nghị nâng phụ cấp ưu đãi nghề lên 100% cho nhân viên y tế làm việc ở khoa truyền nhiễm, hồi sức. Ông Nguyễn Quốc Tuấn, cử tri phường Trấn Biên, kiến nghị Quốc hội sớm sửa đổi quy định về đấu thầu thuốc để tránh tình trạng thiếu thuốc, vật tư cục bộ.
Thay mặt những người ứng cử, bà Trần Thị Thanh Hà tiếp thu và làm rõ nhiều nội dung thuộc thẩm quyền của ngành. Các ý kiến khác sẽ được Ủy ban MTTQ tỉnh tổng hợp, gửi cơ quan có thẩm quyền.
Thông qua biểu quyết, 100% cử tri có mặt tín nhiệm giới thiệu hai người ứng cử. Nhân dịp kỷ niệm 71 năm Ngày Thầy thuốc Việt Nam, lãnh đạo Ủy ban MTTQ tỉnh tặng hoa chúc mừng đội ngũ y, bác sĩ bệnh viện.
Khôi Nguyên
Tin liên quan
- Phường Bình Phước: tiếp xúc cử tri với người ứng cử đại biểu HĐND tỉnh (24/02/2026)
- Đồng Nai: 143 tổ bầu cử hoàn thành niêm yết danh sách cử tri (20/02/2026)
- Bệnh viện Nhi đồng Đồng Nai khám miễn phí cho trẻ em vùng biên (12/02/2026)
""", "2026-02-27", "Cử tri ngành Y tế kiến nghị về nhân lực và giá dịch vụ khám chữa bệnh",
E("hoi_nghi", None, "2026-02-26"),
[P("Lê Thị Ngọc Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thanh Hà", "Phó Giám đốc Sở Y tế"),
 P("Điểu Đông", "Phó Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Huỳnh Văn Lực", "BSCKII", "Trưởng khoa Hồi sức tích cực"),
 P("Thị Hạnh", "điều dưỡng Bệnh viện Đa khoa khu vực Phước Long"),
 P("Nguyễn Quốc Tuấn", "cử tri phường Trấn Biên")],
[Q("Gần 300 cử tri", 300, "cử tri", "approx"), Q("Hai người ứng cử", 2, "người ứng cử"), Q("36 hội nghị tiếp xúc cử tri", 36, "hội nghị tiếp xúc cử tri"),
 Q("hơn 4.500 hộ", 4500, "hộ", "over"), Q("11 cử tri", 11, "cử tri"), Q("19 ý kiến", 19, "ý kiến"),
 Q("1.400 giường bệnh", 1400, "giường bệnh"), Q("khoảng 15%", 15, "%", "approx"), Q("100% cho nhân viên y tế", 100, "%"),
 Q("100% cử tri", 100, "%")],
[D("Chỉ thị", "46", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 46-CT/TW"),
 D("Kế hoạch", "05", "KH-MTTQ-BTT", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 05/KH-MTTQ-BTT ngày 12/01/2026"),
 D("Nghị quyết", "72", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 72-NQ/TW")],
[prov("Đồng Nai"), com("Bù Đăng"), com("Lộc Ninh"), com("Trấn Biên")],
["ĐỒNG NAI ĐIỆN TỬ", "Chính trị » Bầu cử đại biểu Quốc hội và HĐND các cấp",
 "Người ứng cử Đại biểu Quốc hội Trần Thị Thanh Hà trao đổi với cử tri. Ảnh: Khôi Nguyên", "Ngày Thầy thuốc Việt Nam"],
["Thứ Sáu, 27/02/2026 - 07:50", "khóa XVI", "71 năm"]))

PAGES.append(page("b6892-hungyen-bvdk-chuctet-2026", """
Hôm nay: Thứ Ba, 17/02/2026
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ / Thời sự / Tin địa phương
16/02/2026 - 11:20
Ảnh: Đoàn công tác thăm khoa Cấp cứu.
Ấm áp những ca trực đêm giao thừa
Ngày 15/2 (tức 28 tháng Chạp năm Ất Tỵ), đoàn công tác của Tỉnh ủy Hưng Yên do đồng chí Phạm Văn Nghiêm, Phó Bí thư Tỉnh ủy, làm trưởng đoàn đã đến thăm, chúc Tết, động viên đội ngũ y, bác sĩ trực Tết tại Bệnh viện Đa khoa tỉnh Hưng Yên và Bệnh viện Đa khoa Thái Bình. Cùng đi có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Thị Thu Hằng, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đào Văn Khánh, Chánh Văn phòng Tỉnh ủy.
Đây là cái Tết đầu tiên sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình. Theo báo cáo của Sở Y tế, dịp Tết Nguyên đán Bính Ngọ 2026 toàn ngành bố trí khoảng 4.200 cán bộ, nhân viên y tế trực 4 cấp tại 19 bệnh viện tuyến tỉnh, 16 trung tâm y tế khu vực và 104 trạm y tế xã, phường; dự trữ đủ cơ số thuốc, máu, 68 xe cứu thương sẵn sàng ứng trực. Riêng Bệnh viện Đa khoa tỉnh Hưng Yên có hơn 350 người bệnh phải ở lại điều trị qua Tết.
Tại khoa Cấp cứu, TS.BS Lê Văn Quyết, Giám đốc Bệnh viện Đa khoa tỉnh Hưng Yên, cho biết bệnh viện duy trì đường dây nóng 24/7, công khai số điện thoại của Giám đốc tại 100% khoa, phòng; tổ công tác xã hội đến từng phòng bệnh thăm hỏi người bệnh và người nhà trong đêm giao thừa. Bác sĩ Trần Thị Hoa, Phó Trưởng khoa Sản, chia sẻ năm nay là năm thứ 9 chị đón giao thừa ở phòng sinh.
Thăm hỏi người bệnh đang điều trị tại khoa Thận nhân tạo, đồng chí Phạm Văn Nghiêm ân cần hỏi han sức khỏe, chúc bà con sớm bình phục. Ông Vũ Văn Hưởng, 67 tuổi, ở xã Tiên Lữ, xúc động: "Năm nào cũng ăn Tết trong viện, nhưng có các bác sĩ, điều dưỡng như người nhà nên cũng đỡ buồn".
Phát biểu tại các nơi đến thăm, đồng chí Phạm Văn Nghiêm ghi nhận sự tận tụy của đội ngũ thầy thuốc; đề nghị ngành Y tế thực hiện nghiêm Công văn số 128-CV/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết vui tươi, lành mạnh, an toàn, tiết kiệm; làm tốt công tác dân vận trong bệnh viện, chăm lo để người bệnh "ăn Tết trong viện mà vẫn ấm lòng"; bảo đảm không để người bệnh nào không được cấp cứu kịp thời.
Đồng chí Nguyễn Thị Thu Hằng đề nghị các cơ sở y tế tiếp tục triển khai phong trào "Dân vận khéo" gắn với thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá, tăng cường bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân; phối hợp với phường Phố Hiến, phường Thái Bình tổ chức khám sức khỏe miễn phí cho người cao tuổi ngay sau Tết.
Phương Thảo
Tin liên quan
- Tỉnh ủy thăm, chúc Tết các đơn vị lực lượng vũ trang (14/02/2026)
- Bệnh viện Nhi Thái Bình tổ chức "Tết yêu thương" cho bệnh nhi (10/02/2026)
- Ra mắt Trạm y tế phường Hồng Châu (05/02/2026)
""", "2026-02-16", "Ấm áp những ca trực đêm giao thừa",
E("khac", None, "2026-02-15"),
[P("Phạm Văn Nghiêm", "Phó Bí thư Tỉnh ủy", "trưởng đoàn"),
 P("Nguyễn Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đào Văn Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chánh Văn phòng Tỉnh ủy"),
 P("Lê Văn Quyết", "TS.BS", "Giám đốc Bệnh viện Đa khoa tỉnh Hưng Yên"),
 P("Trần Thị Hoa", "Bác sĩ", "Phó Trưởng khoa Sản"),
 P("Vũ Văn Hưởng")],
[Q("khoảng 4.200 cán bộ, nhân viên y tế", 4200, "cán bộ, nhân viên y tế", "approx"), Q("19 bệnh viện tuyến tỉnh", 19, "bệnh viện tuyến tỉnh"),
 Q("16 trung tâm y tế khu vực", 16, "trung tâm y tế khu vực"), Q("104 trạm y tế xã, phường", 104, "trạm y tế xã, phường"),
 Q("68 xe cứu thương", 68, "xe cứu thương"), Q("hơn 350 người bệnh", 350, "người bệnh", "over"), Q("100% khoa, phòng", 100, "%")],
[D("Công văn", "128", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 128-CV/TU"),
 D("Nghị quyết", "72", "NQ/TW", "2025-09-09", "Bộ Chính trị", "Nghị quyết số 72-NQ/TW ngày 09/9/2025")],
[prov("Hưng Yên"), prov("Thái Bình"), com("Tiên Lữ"), com("Phố Hiến"), com("Thái Bình")],
["Hôm nay: Thứ Ba, 17/02/2026", "BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ / Thời sự / Tin địa phương", "Ảnh: Đoàn công tác thăm khoa Cấp cứu.",
 "Dân vận khéo", "ăn Tết trong viện mà vẫn ấm lòng", "Tết Nguyên đán Bính Ngọ 2026"],
["16/02/2026 - 11:20", "28 tháng Chạp năm Ất Tỵ", "4 cấp", "24/7", "năm thứ 9", "67 tuổi", "Bính Ngọ 2026"]))
