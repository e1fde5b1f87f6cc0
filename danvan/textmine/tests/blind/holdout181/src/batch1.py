from lib import *
PAGES = []

PAGES.append(page("b4301-laocai-medodau-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Hoạt động Hội » Gia đình - Trẻ em
Thứ Sáu, 16/12/2011 - 09:20
Ảnh: Các "mẹ đỡ đầu" nhận quà cho con nuôi.
Lào Cai: 412 trẻ em có hoàn cảnh đặc biệt có "mẹ đỡ đầu"
Ngày 15/12/2011, Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, trong đó dành riêng một phiên đánh giá hoạt động nhận đỡ đầu trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt khó khăn. Bà Vàng Thị Mai, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì; dự có bà Lý Thị Chiều, Phó Trưởng Ban Dân vận Tỉnh ủy và 95 đại biểu là chủ tịch hội phụ nữ các huyện, thành phố và cơ sở.
Theo báo cáo, thực hiện Kế hoạch số 37-KH/HPN ngày 02/3/2011 của Ban Thường vụ Hội LHPN tỉnh và Chỉ thị 03, 04-CT/TU của Tỉnh ủy về công tác bảo vệ, chăm sóc trẻ em vùng cao, năm qua các cấp hội đã vận động 386 cán bộ, hội viên nhận đỡ đầu 412 trẻ em có hoàn cảnh đặc biệt, tăng 57 em so với năm 2010. Mỗi "mẹ đỡ đầu" hỗ trợ con nuôi từ 100.000 đồng đến 300.000 đồng mỗi tháng, cùng sách vở, quần áo, chăn ấm mùa đông. Tổng kinh phí các cấp hội vận động cho trẻ em trong năm ước đạt gần 1,2 tỷ đồng.
Các huyện vùng cao Bắc Hà, Mường Khương, Si Ma Cai có tỷ lệ trẻ em được đỡ đầu cao nhất. Hội LHPN xã Lùng Phình duy trì 3 câu lạc bộ "Mẹ đỡ đầu" với 48 thành viên; xã Bản Lầu thành lập 2 nhóm phụ nữ tình nguyện đưa đón trẻ qua suối mùa mưa lũ.
Tại hội nghị, bà Giàng Thị Dung, Chủ tịch Hội LHPN xã Lùng Phình, chia sẻ: nhiều chị em người Mông dù còn nghèo vẫn tự nguyện nhận thêm con nuôi, góp gạo, góp ngô để các cháu yên tâm ở bán trú. Bà Sần Thị Páo, Ủy viên Ban Chấp hành, Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh, đề nghị các ngành quan tâm cấp thẻ bảo hiểm y tế cho toàn bộ 412 trẻ.
Năm 2011, các cấp hội cũng phối hợp ngành lao động - thương binh và xã hội phát hiện, can thiệp 9 vụ bạo lực gia đình có liên quan đến trẻ em, tư vấn cho 136 lượt phụ nữ và trẻ em gái; 97% chi hội phụ nữ có tổ hòa giải hoặc nhóm "Địa chỉ tin cậy".
Phát biểu chỉ đạo, bà Lý Thị Chiều ghi nhận những kết quả Hội đạt được, đề nghị năm 2012 tiếp tục thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước, nhân rộng mô hình "Mẹ đỡ đầu" đến 100% cơ sở hội.
Dịp này, Hội LHPN tỉnh tặng giấy khen cho 15 tập thể và 32 cá nhân có thành tích xuất sắc; trao 60 suất học bổng, mỗi suất 500.000 đồng cho con nuôi học giỏi.
Hồng Ngọc
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: 120 phần quà cho trẻ em vùng cao (02/12/2011)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2011 (15/07/2011)
- Phụ nữ Sa Pa tích cực tham gia xây dựng nông thôn mới (20/06/2011)
""", "2011-12-16", 'Lào Cai: 412 trẻ em có hoàn cảnh đặc biệt có "mẹ đỡ đầu"',
E("tong_ket", "2011", "2011-12-15"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Chiều", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Dung", "Chủ tịch Hội LHPN xã Lùng Phình"),
 P("Sần Thị Páo", "Ủy viên Ban Chấp hành", "Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh")],
[Q("412 trẻ em có hoàn cảnh đặc biệt", 412, "trẻ em"),
 Q("95 đại biểu", 95, "đại biểu"), Q("386 cán bộ, hội viên", 386, "cán bộ, hội viên"),
 Q("57 em", 57, "em"), Q("100.000 đồng", 100000, "đồng"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("3 câu lạc bộ", 3, "câu lạc bộ"),
 Q("48 thành viên", 48, "thành viên"), Q("2 nhóm phụ nữ tình nguyện", 2, "nhóm phụ nữ tình nguyện"),
 Q("9 vụ bạo lực gia đình", 9, "vụ bạo lực gia đình"), Q("136 lượt phụ nữ và trẻ em gái", 136, "lượt phụ nữ và trẻ em gái"),
 Q("97%", 97, "%"), Q("100%", 100, "%"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân"),
 Q("60 suất học bổng", 60, "suất học bổng"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "37", "KH/HPN", "2011-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 37-KH/HPN ngày 02/3/2011"),
 D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007")],
[prov("Lào Cai"), com("Lùng Phình"), com("Bản Lầu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Hoạt động Hội » Gia đình - Trẻ em",
 'Ảnh: Các "mẹ đỡ đầu" nhận quà cho con nuôi.', "Mẹ đỡ đầu", "Địa chỉ tin cậy", "Lượt xem: 1.204"],
["Thứ Sáu, 16/12/2011 - 09:20", "năm 2011", "năm 2010", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b4302-quangbinh-dayboi-2012", """
Báo Quảng Bình điện tử
Xã hội | Giáo dục | Thanh niên
Cập nhật: 16:40, 27/07/2012 (GMT+7)
Gần 1.500 trẻ em vùng lũ được học bơi miễn phí
(QBĐT) - Ngày 26/7, Tỉnh đoàn Quảng Bình tổ chức bế giảng các lớp dạy bơi miễn phí cho trẻ em hè năm 2012 tại hồ bơi xã Quảng Thuận. Dự có đồng chí Trần Văn Tuân, Phó Bí thư Thường trực Tỉnh đoàn; đồng chí Hoàng Thị Thu Hà, Phó Chủ tịch Hội LHPN tỉnh và đại diện Sở Văn hóa, Thể thao và Du lịch.
Ảnh: Các em nhỏ thực hành bơi tại hồ bơi di động.
Hè năm nay, thực hiện Kế hoạch số 112-KH/TĐTN ngày 15/5/2012 của Ban Thường vụ Tỉnh đoàn về tổ chức hoạt động hè và phòng, chống đuối nước cho thanh thiếu nhi, các cơ sở đoàn đã mở 64 lớp dạy bơi tại 11 xã, phường ven sông Gianh, sông Nhật Lệ và vùng thường xuyên ngập lụt. Tổng số trẻ em tham gia học bơi là 1.486 em, trong đó 1.320 em biết bơi thành thạo sau khóa học, đạt 88,8%.
Để có kinh phí, Tỉnh đoàn đã vận động các doanh nghiệp, nhà hảo tâm tài trợ trên 350 triệu đồng, mua sắm 6 bể bơi di động, 400 áo phao và dụng cụ cứu hộ. Đoàn xã Quảng Thuận, Đoàn phường Bảo Ninh và Đoàn xã Hiền Ninh được đánh giá là những đơn vị làm tốt nhất, mỗi nơi có trên 150 em biết bơi.
Đồng chí Trần Văn Tuân cho biết, năm 2011 toàn tỉnh vẫn còn 23 trẻ em tử vong do đuối nước; việc dạy bơi vì vậy được Tỉnh đoàn xác định là một trong 5 công trình trọng tâm của "Chiến dịch Thanh niên tình nguyện hè". Đoàn viên, giáo viên thể dục và 72 tình nguyện viên là sinh viên Trường Đại học Quảng Bình trực tiếp hướng dẫn các em.
Phụ huynh em Lê Thị Ngọc Ánh, lớp 4, xã Quảng Thuận, chia sẻ: "Nhà ở sát sông, mùa lũ nào cũng lo. Giờ cháu đã bơi được 25 mét, gia đình yên tâm hơn nhiều".
Tại buổi bế giảng, đồng chí Hoàng Thị Thu Hà đề nghị các cấp hội phụ nữ phối hợp với đoàn thanh niên duy trì các câu lạc bộ bơi trong năm học, không chỉ dịp hè; đồng thời tuyên truyền cho các bà mẹ về kỹ năng trông giữ trẻ nhỏ, che chắn ao hồ, giếng nước. Các chị em trong Chi hội phụ nữ thôn Tân Mỹ đã tự nguyện rào 14 ao, hố nguy hiểm quanh khu dân cư.
Dịp này, Tỉnh đoàn trao giấy khen cho 8 tập thể và 21 cá nhân có thành tích trong tổ chức lớp học bơi; tặng 100 chiếc áo phao cho trẻ em xã Hiền Ninh.
Đồng chí Nguyễn Hữu Thắng, Bí thư Đoàn xã Quảng Thuận, cho biết đoàn xã sẽ duy trì 2 câu lạc bộ bơi vào các ngày cuối tuần, ưu tiên con em hộ nghèo.
Phan Phương
Tin khác
- Tuyên dương 45 "Cháu ngoan Bác Hồ" tiêu biểu năm học 2011-2012 (20/07/2012)
- Bố Trạch: ra quân chiến dịch tình nguyện hè (10/06/2012)
- Tặng 200 suất quà cho thiếu nhi nghèo dịp 1/6 (01/06/2012)
""", "2012-07-27", "Gần 1.500 trẻ em vùng lũ được học bơi miễn phí",
E("khac", None, None),
[P("Trần Văn Tuân", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Hoàng Thị Thu Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lê Thị Ngọc Ánh"),
 P("Nguyễn Hữu Thắng", "Bí thư Đoàn xã Quảng Thuận")],
[Q("Gần 1.500 trẻ em vùng lũ", 1500, "trẻ em vùng lũ", "approx"),
 Q("64 lớp dạy bơi", 64, "lớp dạy bơi"), Q("11 xã, phường", 11, "xã, phường"),
 Q("1.486 em", 1486, "em"), Q("1.320 em", 1320, "em"), Q("88,8%", 88.8, "%"),
 Q("trên 350 triệu đồng", 350000000, "đồng", "over"), Q("6 bể bơi di động", 6, "bể bơi di động"),
 Q("400 áo phao", 400, "áo phao"), Q("trên 150 em", 150, "em", "over"),
 Q("23 trẻ em", 23, "trẻ em"), Q("72 tình nguyện viên", 72, "tình nguyện viên"), Q("5 công trình trọng tâm", 5, "công trình trọng tâm"),
 Q("14 ao, hố nguy hiểm", 14, "ao, hố nguy hiểm"), Q("8 tập thể", 8, "tập thể"), Q("21 cá nhân", 21, "cá nhân"),
 Q("100 chiếc áo phao", 100, "chiếc áo phao"), Q("2 câu lạc bộ bơi", 2, "câu lạc bộ bơi")],
[D("Kế hoạch", "112", "KH/TĐTN", "2012-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN ngày 15/5/2012")],
[prov("Quảng Bình"), com("Quảng Thuận"), com("Bảo Ninh"), com("Hiền Ninh")],
["Báo Quảng Bình điện tử", "Xã hội | Giáo dục | Thanh niên", "(QBĐT)", "Ảnh: Các em nhỏ thực hành bơi tại hồ bơi di động.",
 "Chiến dịch Thanh niên tình nguyện hè", "Trường Đại học Quảng Bình"],
["Cập nhật: 16:40, 27/07/2012 (GMT+7)", "hè năm 2012", "25 mét", "lớp 4"]))

PAGES.append(page("b4303-hagiang-comcothit-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN HÀ GIANG
Bạn đang ở: Trang chủ > Hoạt động Đoàn > Công tác thiếu nhi
Thứ Sáu, 22/11/2013 - 10:15
Hôm nay: Thứ Sáu, 29/11/2013
Trao 1.200 suất "Cơm có thịt" cho học sinh bán trú Mèo Vạc
Ngày 21/11/2013, Tỉnh đoàn Hà Giang phối hợp với Hội LHPN tỉnh và Quỹ Bảo trợ trẻ em tỉnh trao tặng 1.200 suất "Cơm có thịt" và 350 chăn ấm cho học sinh bán trú tại các trường tiểu học, trung học cơ sở xã Pả Vi và xã Sủng Trà. Tham dự có đồng chí Lầu Thị Dính, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; đồng chí Nguyễn Thị Hồng Vân, Phó Chủ tịch Thường trực Hội LHPN tỉnh.
Ảnh: Bữa trưa của học sinh bán trú Trường PTDTBT Tiểu học Pả Vi.
Theo Ban Thường vụ Tỉnh đoàn, chương trình "Cơm có thịt" do Trung ương Đoàn phát động theo Kế hoạch số 205-KH/TWĐTN, được Tỉnh đoàn cụ thể hóa bằng Kế hoạch 88-KH/TĐTN; ngày 10/9/2013 Ban Thường vụ Tỉnh đoàn tiếp tục ban hành hướng dẫn số 21-HD/TĐTN về vận động nguồn lực cho học sinh vùng cao. Đến nay, các cơ sở đoàn toàn tỉnh đã vận động được gần 2,1 tỷ đồng, duy trì bữa ăn có thịt, cá mỗi tuần 3 lần cho 5.640 học sinh tại 47 điểm trường; mỗi suất được hỗ trợ 10.000 đồng.
Tại xã Pả Vi, hiện có 318 học sinh ăn, ở bán trú, phần lớn là con em đồng bào Mông. Trước đây, bữa ăn của các em chủ yếu là cơm trắng với canh rau, muối ớt. Nhờ nguồn hỗ trợ, nhà trường đã xây được 2 bếp ăn, 1 nhà tắm nước nóng; phụ huynh góp 3 tấn ngô, hơn 800 kg rau xanh từ vườn trường.
Cô Sùng Thị Mỷ, Hiệu trưởng Trường PTDTBT Tiểu học Sủng Trà, cho biết tỷ lệ học sinh đi học chuyên cần của trường đã tăng từ 91% lên 98,5% kể từ khi có bữa cơm có thịt. Em Giàng Mí Sử, lớp 5, nói ngắn gọn: "Con thích ở lại trường vì được ăn no".
Phát biểu tại buổi trao quà, đồng chí Lầu Thị Dính đề nghị các cơ sở đoàn, hội phụ nữ tiếp tục thực hiện Chỉ thị số 20-CT/TW ngày 05/11/2012 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác chăm sóc, giáo dục và bảo vệ trẻ em; mỗi chi đoàn nhận hỗ trợ ít nhất 1 điểm trường. Đồng chí Nguyễn Thị Hồng Vân cho biết Hội LHPN tỉnh sẽ vận động 150 "mẹ đỡ đầu" cho học sinh mồ côi ở hai xã trong năm học này.
Dịp này, đoàn công tác trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó và 2 tủ sách cho thư viện nhà trường. Đồng chí Vàng Mí Chứ, Chủ tịch UBND xã Sủng Trà, cảm ơn sự quan tâm của tổ chức đoàn, hội.
Đức Thịnh
Lượt truy cập: 38.556
Tin liên quan
- Đồng Văn: khánh thành điểm trường do đoàn viên góp công (15/11/2013)
- Tặng 500 áo ấm cho trẻ em vùng cao (08/11/2013)
- Ra mắt câu lạc bộ "Thủ lĩnh của sự thay đổi" (20/10/2013)
""", "2013-11-22", 'Trao 1.200 suất "Cơm có thịt" cho học sinh bán trú Mèo Vạc',
E("trao_qua", None, "2013-11-21"),
[P("Lầu Thị Dính", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Sùng Thị Mỷ", "Hiệu trưởng Trường PTDTBT Tiểu học Sủng Trà"),
 P("Giàng Mí Sử"),
 P("Vàng Mí Chứ", "Chủ tịch UBND xã Sủng Trà")],
[Q("1.200 suất", 1200, "suất"), Q("350 chăn ấm", 350, "chăn ấm"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("5.640 học sinh", 5640, "học sinh"),
 Q("47 điểm trường", 47, "điểm trường"), Q("10.000 đồng", 10000, "đồng"),
 Q("318 học sinh", 318, "học sinh"), Q("2 bếp ăn", 2, "bếp ăn"), Q("1 nhà tắm nước nóng", 1, "nhà tắm nước nóng"),
 Q("3 tấn", 3, "tấn"), Q("hơn 800 kg", 800, "kg", "over"), Q("91%", 91, "%"), Q("98,5%", 98.5, "%"),
 Q("ít nhất 1 điểm trường", 1, "điểm trường", "over"), Q('150 "mẹ đỡ đầu"', 150, "mẹ đỡ đầu"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 tủ sách", 2, "tủ sách")],
[D("Kế hoạch", "205", "KH/TWĐTN", None, "Trung ương Đoàn", "Kế hoạch số 205-KH/TWĐTN"),
 D("Kế hoạch", "88", "KH/TĐTN", None, "Tỉnh đoàn", "Kế hoạch 88-KH/TĐTN"),
 D("Hướng dẫn", "21", "HD/TĐTN", "2013-09-10", "Ban Thường vụ Tỉnh đoàn", "hướng dẫn số 21-HD/TĐTN"),
 D("Chỉ thị", "20", "CT/TW", "2012-11-05", "Bộ Chính trị", "Chỉ thị số 20-CT/TW ngày 05/11/2012")],
[prov("Hà Giang"), com("Pả Vi"), com("Sủng Trà")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐOÀN HÀ GIANG", "Bạn đang ở: Trang chủ > Hoạt động Đoàn > Công tác thiếu nhi",
 "Ảnh: Bữa trưa của học sinh bán trú Trường PTDTBT Tiểu học Pả Vi.", "Cơm có thịt", "Lượt truy cập: 38.556", "Mèo Vạc"],
["Hôm nay: Thứ Sáu, 29/11/2013", "Thứ Sáu, 22/11/2013 - 10:15", "lớp 5", "mỗi tuần 3 lần", "Lượt truy cập: 38.556"]))

PAGES.append(page("b4304-nghean-thanghanhdong-2014", """
Báo Nghệ An
Thời sự > Xã hội
29/05/2014 - 17:05
Nghệ An triển khai Tháng hành động vì trẻ em năm 2014
(Baonghean) - Sáng 28/5, UBND tỉnh phối hợp Tỉnh đoàn, Hội LHPN tỉnh tổ chức hội nghị triển khai Tháng hành động vì trẻ em năm 2014 với chủ đề "Vì một môi trường sống an toàn cho trẻ em". Đồng chí Đinh Thị Lệ Hằng, Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Bảo trợ Quỹ Bảo trợ trẻ em tỉnh dự và phát biểu chỉ đạo.
Đồng chí Đinh Thị Lệ Hằng trao quà cho trẻ em có hoàn cảnh đặc biệt.
Báo cáo của Sở Lao động - Thương binh và Xã hội cho biết, toàn tỉnh hiện có hơn 1 triệu trẻ em dưới 16 tuổi, trong đó 12.473 trẻ em có hoàn cảnh đặc biệt; năm 2013 có 263 trẻ em bị tai nạn thương tích, 41 vụ xâm hại tình dục trẻ em được phát hiện, xử lý. Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em là 72,5%.
Thực hiện Quyết định số 1555/QĐ-TTg ngày 17/10/2012 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2012 - 2020 và Kế hoạch số 214/KH-UBND của UBND tỉnh, Tháng hành động năm nay tập trung vào phòng, chống tai nạn đuối nước, xâm hại trẻ em. Tỉnh đoàn đặt chỉ tiêu mở 120 lớp dạy bơi, Hội LHPN tỉnh vận động nhận đỡ đầu thêm 300 trẻ em mồ côi, trẻ khuyết tật.
Tại hội nghị, các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Thu Hường, Lô Thị Kim Ngân báo cáo kết quả 3 năm thực hiện mô hình "Ngôi nhà an toàn phòng, chống bạo lực gia đình" với 48 mô hình, tiếp nhận, hỗ trợ 215 lượt phụ nữ, trẻ em bị bạo lực. Đồng chí Lương Thị Hoa, Bí thư Đoàn xã Tam Hợp, huyện Tương Dương, chia sẻ cách vận động đoàn viên dựng 3 nhà bán trú dân nuôi cho học sinh người Thái, người Khơ Mú.
Phát biểu chỉ đạo, đồng chí Đinh Thị Lệ Hằng yêu cầu các ngành, đoàn thể triển khai Chỉ thị 20-CT/TW của Bộ Chính trị và Chỉ thị 34, 35-CT/TU của Ban Thường vụ Tỉnh ủy về chăm sóc, giáo dục trẻ em; mỗi xã có ít nhất 1 điểm vui chơi cho trẻ em; không để xảy ra các vụ đuối nước tập thể trong mùa hè.
Tại hội nghị, Quỹ Bảo trợ trẻ em tỉnh tiếp nhận 1,6 tỷ đồng ủng hộ của 27 doanh nghiệp và trao 200 suất quà, mỗi suất 500.000 đồng cho trẻ em có hoàn cảnh đặc biệt; trao 50 chiếc xe đạp cho học sinh nghèo các huyện miền Tây. Ông Vi Văn Sơn, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, Phó Chủ tịch Hội đồng Bảo trợ Quỹ, công bố chương trình hành động của tỉnh.
Ngay sau hội nghị, 1.000 đoàn viên, thanh niên, học sinh đã diễu hành cổ động qua các tuyến phố chính thành phố Vinh.
Thanh Lê
Tin cùng chuyên mục
- Khai mạc trại hè "Cháu ngoan Bác Hồ" (27/05/2014)
- Quỳ Châu: trao 70 suất quà cho trẻ em mồ côi (26/05/2014)
- Tập huấn kỹ năng phòng chống xâm hại trẻ em (20/05/2014)
""", "2014-05-29", "Nghệ An triển khai Tháng hành động vì trẻ em năm 2014",
E("hoi_nghi", "2014", "2014-05-28"),
[P("Đinh Thị Lệ Hằng", "Phó Chủ tịch UBND tỉnh - Chủ tịch Hội đồng Bảo trợ Quỹ Bảo trợ trẻ em tỉnh"),
 P("Nguyễn Thị Thu Hường", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lương Thị Hoa", "Bí thư Đoàn xã Tam Hợp"),
 P("Vi Văn Sơn", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Chủ tịch Hội đồng Bảo trợ Quỹ")],
[Q("hơn 1 triệu trẻ em", 1000000, "trẻ em", "over"), Q("12.473 trẻ em có hoàn cảnh đặc biệt", 12473, "trẻ em"),
 Q("263 trẻ em", 263, "trẻ em"), Q("41 vụ xâm hại tình dục trẻ em", 41, "vụ xâm hại tình dục trẻ em"),
 Q("72,5%", 72.5, "%"), Q("120 lớp dạy bơi", 120, "lớp dạy bơi"), Q("300 trẻ em mồ côi, trẻ khuyết tật", 300, "trẻ em mồ côi, trẻ khuyết tật"),
 Q("48 mô hình", 48, "mô hình"), Q("215 lượt phụ nữ, trẻ em", 215, "lượt phụ nữ, trẻ em"),
 Q("3 nhà bán trú dân nuôi", 3, "nhà bán trú dân nuôi"), Q("ít nhất 1 điểm vui chơi", 1, "điểm vui chơi", "over"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"), Q("27 doanh nghiệp", 27, "doanh nghiệp"), Q("200 suất quà", 200, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("50 chiếc xe đạp", 50, "chiếc xe đạp"), Q("1.000 đoàn viên, thanh niên, học sinh", 1000, "đoàn viên, thanh niên, học sinh")],
[D("Quyết định", "1555", "QĐ-TTg", "2012-10-17", "Thủ tướng Chính phủ", "Quyết định số 1555/QĐ-TTg ngày 17/10/2012"),
 D("Kế hoạch", "214", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 214/KH-UBND"),
 D("Chỉ thị", "20", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 20-CT/TW"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34, 35-CT/TU")],
[prov("Nghệ An"), com("Tam Hợp")],
["Báo Nghệ An", "Thời sự > Xã hội", "(Baonghean)", "Đồng chí Đinh Thị Lệ Hằng trao quà cho trẻ em có hoàn cảnh đặc biệt.",
 "Vì một môi trường sống an toàn cho trẻ em", "Ngôi nhà an toàn phòng, chống bạo lực gia đình", "Tháng hành động vì trẻ em", "Chương trình hành động quốc gia vì trẻ em"],
["29/05/2014 - 17:05", "dưới 16 tuổi", "3 năm", "giai đoạn 2012 - 2020", "năm 2013"]))

PAGES.append(page("b4305-daklak-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ | Giám sát và phản biện xã hội
Thứ Sáu, 25/09/2015, 14:30
Giám sát việc thực hiện chính sách đối với trẻ em có hoàn cảnh đặc biệt tại Krông Bông
Từ ngày 22 đến 24/9/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do bà H'Yim Kđoh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách bảo vệ, chăm sóc trẻ em có hoàn cảnh đặc biệt năm 2015 tại huyện Krông Bông và các xã Yang Mao, Cư Pui, Hòa Phong.
Ảnh: Đoàn giám sát làm việc với UBND xã Yang Mao.
Tham gia đoàn có các đồng chí: Y Jut Buôn Krông, Phó Trưởng ban Dân tộc HĐND tỉnh; H'Bia Niê, Ủy viên Ban Thường vụ, Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh; đại diện Tỉnh đoàn và Sở Lao động - Thương binh và Xã hội.
Việc giám sát được thực hiện theo Kế hoạch số 18/KH-MTTQ-BTT ngày 10/8/2015 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định 217-QĐ/TW và Quyết định 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Theo báo cáo của UBND huyện, toàn huyện có 1.937 trẻ em có hoàn cảnh đặc biệt, trong đó 84 trẻ em mồ côi cả cha lẫn mẹ, 312 trẻ em khuyết tật; 1.652 em đã được hưởng trợ cấp xã hội hằng tháng theo Nghị định số 136/2013/NĐ-CP của Chính phủ, đạt 85,3%.
Tại xã Yang Mao, xã đặc biệt khó khăn của huyện, có 146 trẻ em người Êđê, Mnông bỏ học giữa chừng trong 3 năm học gần đây. Hội LHPN xã đã vận động 27 hội viên nhận đỡ đầu 31 trẻ em, mỗi tháng hỗ trợ 200.000 đồng/em; Đoàn xã duy trì 2 lớp học tình thương với 58 em. Tuy vậy, vẫn còn 65 hồ sơ trẻ em chưa được xét trợ cấp do thiếu giấy khai sinh.
Ông Y Khoa Mlô, Chủ tịch UBND xã Yang Mao, giải trình: cán bộ lao động - thương binh xã hội xã kiêm nhiệm nhiều việc, buôn ở xa, nhiều gia đình không đăng ký khai sinh cho con. Bà H'Nhi Ayun, Chủ tịch Hội LHPN xã Cư Pui, kiến nghị có cơ chế hỗ trợ bữa trưa cho học sinh bán trú vượt 10 km đến trường.
Kết luận đợt giám sát, bà H'Yim Kđoh đề nghị UBND huyện rà soát, hoàn thiện hồ sơ cho toàn bộ 65 trẻ em trong quý IV/2015; phối hợp Hội LHPN, Huyện đoàn phân công mỗi chi hội, chi đoàn theo dõi ít nhất 2 trẻ em có hoàn cảnh đặc biệt; kiên quyết xử lý các trường hợp tảo hôn. Đoàn giám sát sẽ tổng hợp 9 kiến nghị gửi UBND tỉnh.
Được biết, năm 2015 Ủy ban MTTQ Việt Nam tỉnh chủ trì 4 cuộc giám sát chuyên đề, đây là cuộc thứ ba.
H.Gia
Lượt xem: 642
Tin khác
- Hội nghị hiệp thương giới thiệu người ứng cử (18/09/2015)
- Buôn Đôn: trao 40 nhà "Đại đoàn kết" (10/09/2015)
- MTTQ tỉnh phản biện dự thảo nghị quyết về chính sách dân tộc (02/09/2015)
""", "2015-09-25", "Giám sát việc thực hiện chính sách đối với trẻ em có hoàn cảnh đặc biệt tại Krông Bông",
E("giam_sat", "2015", "2015-09-22"),
[P("H'Yim Kđoh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Jut Buôn Krông", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("H'Bia Niê", "Ủy viên Ban Thường vụ", "Trưởng Ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Y Khoa Mlô", "Chủ tịch UBND xã Yang Mao"),
 P("H'Nhi Ayun", "Chủ tịch Hội LHPN xã Cư Pui")],
[Q("1.937 trẻ em có hoàn cảnh đặc biệt", 1937, "trẻ em"),
 Q("84 trẻ em mồ côi", 84, "trẻ em mồ côi"), Q("312 trẻ em khuyết tật", 312, "trẻ em khuyết tật"),
 Q("1.652 em", 1652, "em"), Q("85,3%", 85.3, "%"), Q("146 trẻ em người Êđê, Mnông", 146, "trẻ em người Êđê, Mnông"),
 Q("27 hội viên", 27, "hội viên"), Q("31 trẻ em", 31, "trẻ em"), Q("200.000 đồng", 200000, "đồng"),
 Q("2 lớp học tình thương", 2, "lớp học tình thương"), Q("58 em", 58, "em"), Q("65 hồ sơ trẻ em", 65, "hồ sơ"),
 Q("10 km", 10, "km"), Q("ít nhất 2 trẻ em có hoàn cảnh đặc biệt", 2, "trẻ em", "over"),
 Q("9 kiến nghị", 9, "kiến nghị"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2015-08-10", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 10/8/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 218-QĐ/TW ngày 12/12/2013"),
 D("Nghị định", "136", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 136/2013/NĐ-CP")],
[prov("Đắk Lắk"), com("Yang Mao"), com("Cư Pui"), com("Hòa Phong")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ | Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc với UBND xã Yang Mao.", "Krông Bông", "Lượt xem: 642"],
["Thứ Sáu, 25/09/2015, 14:30", "3 năm học", "quý IV/2015", "cuộc thứ ba", "năm 2015"]))

PAGES.append(page("b4306-soctrang-doithoai-2016", """
HỘI LHPN TỈNH SÓC TRĂNG - Vì sự tiến bộ của phụ nữ
Tin tức - Sự kiện / Hoạt động các cấp Hội
Ngày đăng 25/11/2016 | 15:45
Ảnh: Chị em Khmer nêu ý kiến tại buổi đối thoại.
Hơn 200 phụ nữ đối thoại về phòng, chống bạo lực gia đình và xâm hại trẻ em
Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới, ngày 24/11, Hội LHPN tỉnh Sóc Trăng phối hợp UBND huyện Trần Đề tổ chức đối thoại chính sách năm 2016 với hội viên phụ nữ tại xã Lịch Hội Thượng. Bà Lâm Thị Sa Phone, Phó Chủ tịch Hội LHPN tỉnh và ông Trần Hữu Danh, HUV, Phó Chủ tịch UBND huyện Trần Đề đồng chủ trì.
Hơn 200 hội viên, phụ nữ người Kinh, Khmer, Hoa của các xã Lịch Hội Thượng, Trung Bình, Đại Ân 2 tham dự, nêu 17 ý kiến. Nhiều ý kiến băn khoăn việc trẻ em bị xâm hại ngay tại gia đình nhưng người mẹ không dám tố giác, việc trẻ em bỏ học theo cha mẹ đi làm thuê ở Bình Dương, TP Hồ Chí Minh.
Chị Thạch Thị Sa Rết, ấp Chợ, cho biết con gái chị 13 tuổi bị người hàng xóm dụ dỗ, đến nay vụ việc vẫn đang điều tra. Trả lời, Thượng tá Kim Sóc Khanh, Phó Trưởng Công an huyện, cho biết năm 2016 Công an huyện đã thụ lý 5 vụ xâm hại tình dục trẻ em, khởi tố 4 vụ với 4 bị can; vụ việc của chị đã được chuyển Cơ quan điều tra Công an tỉnh.
Theo báo cáo của Hội LHPN huyện, 10 tháng năm 2016, các cấp hội đã phát hiện 23 vụ bạo lực gia đình, hòa giải thành 19 vụ, đạt 82,6%; thành lập mới 6 câu lạc bộ "Gia đình hạnh phúc" với 180 thành viên và 2 "Địa chỉ tin cậy" tại cộng đồng. Thực hiện Đề án 704 và Quyết định số 1893/QĐ-UBND ngày 15/8/2016 của UBND tỉnh, hội đã vận động 64 cán bộ, hội viên nhận đỡ đầu 71 trẻ em mồ côi, trẻ em nghèo, mỗi tháng hỗ trợ từ 150.000 đồng trở lên.
Bà Lâm Thị Sa Phone tiếp thu, giải đáp 11 ý kiến tại chỗ, các ý kiến còn lại được chuyển UBND huyện. Bà đề nghị các chi hội tăng cường tuyên truyền Luật Phòng, chống bạo lực gia đình, Luật Bảo vệ, chăm sóc và giáo dục trẻ em; mỗi hội viên là một "tai mắt" phát hiện sớm nguy cơ xâm hại trẻ. Ông Trần Hữu Danh cam kết chỉ đạo các ngành giải quyết dứt điểm 6 trường hợp trẻ em chưa có giấy khai sinh trong tháng 12.
Kết thúc đối thoại, Hội LHPN tỉnh trao 30 suất quà, mỗi suất trị giá 400.000 đồng cho trẻ em có hoàn cảnh đặc biệt; bà Sơn Thị Hồng Nhung, Chủ tịch Hội LHPN xã Lịch Hội Thượng, nhận 5 tủ thuốc cho các chi hội.
Ngọc Hân
Lượt truy cập: 2.517
Tin liên quan
- Long Phú ra mắt mô hình "Phụ nữ Khmer giữ gìn mái ấm" (18/11/2016)
- Tập huấn kỹ năng làm mẹ cho phụ nữ dân tộc thiểu số (04/11/2016)
- Trao 50 con bò giống cho phụ nữ nghèo (20/10/2016)
""", "2016-11-25", "Hơn 200 phụ nữ đối thoại về phòng, chống bạo lực gia đình và xâm hại trẻ em",
E("doi_thoai", "2016", "2016-11-24"),
[P("Lâm Thị Sa Phone", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Hữu Danh", "HUV", "Phó Chủ tịch UBND huyện Trần Đề"),
 P("Thạch Thị Sa Rết"),
 P("Kim Sóc Khanh", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Sơn Thị Hồng Nhung", "Chủ tịch Hội LHPN xã Lịch Hội Thượng")],
[Q("Hơn 200 phụ nữ", 200, "phụ nữ", "over"), Q("17 ý kiến", 17, "ý kiến"),
 Q("5 vụ xâm hại tình dục trẻ em", 5, "vụ xâm hại tình dục trẻ em"), Q("4 vụ", 4, "vụ"), Q("4 bị can", 4, "bị can"),
 Q("23 vụ bạo lực gia đình", 23, "vụ bạo lực gia đình"), Q("19 vụ", 19, "vụ"), Q("82,6%", 82.6, "%"),
 Q("6 câu lạc bộ", 6, "câu lạc bộ"), Q("180 thành viên", 180, "thành viên"), Q('2 "Địa chỉ tin cậy"', 2, "Địa chỉ tin cậy"),
 Q("64 cán bộ, hội viên", 64, "cán bộ, hội viên"), Q("71 trẻ em mồ côi, trẻ em nghèo", 71, "trẻ em mồ côi, trẻ em nghèo"),
 Q("từ 150.000 đồng trở lên", 150000, "đồng", "over"), Q("11 ý kiến", 11, "ý kiến"),
 Q("6 trường hợp", 6, "trường hợp"), Q("30 suất quà", 30, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("5 tủ thuốc", 5, "tủ thuốc")],
[D("Đề án", "704", None, None, None, "Đề án 704"),
 D("Quyết định", "1893", "QĐ-UBND", "2016-08-15", "UBND tỉnh", "Quyết định số 1893/QĐ-UBND ngày 15/8/2016")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Trung Bình"), com("Đại Ân 2")],
["HỘI LHPN TỈNH SÓC TRĂNG - Vì sự tiến bộ của phụ nữ", "Tin tức - Sự kiện / Hoạt động các cấp Hội",
 "Ảnh: Chị em Khmer nêu ý kiến tại buổi đối thoại.", "Gia đình hạnh phúc", "Địa chỉ tin cậy",
 "Luật Phòng, chống bạo lực gia đình", "Luật Bảo vệ, chăm sóc và giáo dục trẻ em", "Lượt truy cập: 2.517", "Bình Dương"],
["Ngày đăng 25/11/2016 | 15:45", "13 tuổi", "10 tháng năm 2016", "tháng 12", "Lượt truy cập: 2.517"]))
