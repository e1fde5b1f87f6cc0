from lib import *
PAGES = []

# b65 Hậu Giang 2017 Đoàn tổng kết
t = """TỈNH ĐOÀN HẬU GIANG
Trang thông tin điện tử
Trang chủ > Tin tức > Hoạt động Đoàn - Hội - Đội
Đăng lúc: 27/12/2017 09:30

Tuổi trẻ Hậu Giang tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2017

Sáng 26/12, Ban Chấp hành Tỉnh Đoàn Hậu Giang tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2017, triển khai chương trình công tác năm 2018. Dự hội nghị có anh Nguyễn Ngọc Lương, Ủy viên Ban Thường vụ Trung ương Đoàn, Chủ tịch Hội đồng Đội Trung ương; chị Trương Cảnh Tuyên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.

Năm 2017, các cấp bộ Đoàn trong tỉnh tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với phong trào "Tuổi trẻ Hậu Giang chung sức xây dựng nông thôn mới và văn minh đô thị". Toàn tỉnh có 3.412 đoàn viên ưu tú được giới thiệu cho Đảng xem xét, trong đó 1.093 đoàn viên được kết nạp Đảng.

Chiến dịch thanh niên tình nguyện hè thu hút hơn 18.000 lượt đoàn viên, thanh niên tham gia; các cơ sở Đoàn đã xây dựng 26 cây cầu nông thôn, làm mới và sửa chữa 41,5 km đường giao thông, trồng 12.600 cây xanh; tổng giá trị các công trình khoảng 9,75 tỷ đồng. Chương trình "Ngôi nhà khăn quàng đỏ" trao tặng 14 căn nhà cho thiếu nhi có hoàn cảnh khó khăn.

Anh Huỳnh Văn Dũng, Bí thư Tỉnh Đoàn cho biết, công tác hỗ trợ thanh niên khởi nghiệp có chuyển biến rõ nét: Tỉnh Đoàn phối hợp Ngân hàng Chính sách xã hội cho 278 thanh niên vay vốn với tổng số tiền 7,2 tỷ đồng. Tuy nhiên, tỷ lệ tập hợp thanh niên ở khu vực nông thôn mới đạt 68%, còn thấp so với chỉ tiêu.

Tại hội nghị, chị Lê Thị Thảo Nguyên, Bí thư Đoàn xã Vị Thủy chia sẻ mô hình "Chợ phiên nông sản sạch" do đoàn viên tự quản; anh Trần Minh Khoa, Phó Bí thư Thành đoàn Ngã Bảy báo cáo kết quả "Tuyến đường thanh niên tự quản".

Phát biểu chỉ đạo, chị Trương Cảnh Tuyên đề nghị tuổi trẻ Hậu Giang tiếp tục phát huy vai trò xung kích trong thực hiện Nghị quyết số 45-NQ/TU ngày 02/6/2016 của Tỉnh ủy về phát triển nông nghiệp ứng dụng công nghệ cao. Anh Nguyễn Ngọc Lương biểu dương Tỉnh Đoàn Hậu Giang đã hoàn thành xuất sắc nhiệm vụ năm 2017 sau 5 năm liên tục dẫn đầu cụm thi đua.

Dịp này, Ban Chấp hành Trung ương Đoàn tặng Cờ thi đua cho Tỉnh Đoàn Hậu Giang; Tỉnh Đoàn tặng Bằng khen cho 32 tập thể và 57 cá nhân.

Ảnh: Các đại biểu tham dự hội nghị.
Ảnh: Trao Bằng khen cho các tập thể xuất sắc. (Ảnh: Hoàng Vũ)

Tin, ảnh: Bảo Trân
Lượt xem: 657

Tin liên quan
- Hậu Giang: Khai mạc Liên hoan thiếu nhi 2017 (10/12/2017)
- Trao 50 suất học bổng "Thắp sáng ước mơ" (01/12/2017)
"""
lab = L("2017-12-27", "Tuổi trẻ Hậu Giang tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2017", "tong_ket", "2017", "2017-12-26",
 [P("Nguyễn Ngọc Lương", "Ủy viên Ban Thường vụ Trung ương Đoàn", "Chủ tịch Hội đồng Đội Trung ương"),
  P("Trương Cảnh Tuyên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Huỳnh Văn Dũng", "Bí thư Tỉnh Đoàn"),
  P("Lê Thị Thảo Nguyên", "Bí thư Đoàn xã Vị Thủy"),
  P("Trần Minh Khoa", "Phó Bí thư Thành đoàn Ngã Bảy")],
 [Q(3412, "đoàn viên ưu tú"), Q(1093, "đoàn viên"), Q(18000, "lượt đoàn viên, thanh niên", "over"), Q(26, "cây cầu nông thôn"),
  Q(41.5, "km"), Q(12600, "cây xanh"), Q(9750000000, "đồng", "approx"), Q(14, "căn nhà"), Q(278, "thanh niên"),
  Q(7200000000, "đồng"), Q(68, "%"), Q(32, "tập thể"), Q(57, "cá nhân")],
 [D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị"),
  D("Nghị quyết", "45", "NQ/TU", "2016-06-02", "Tỉnh ủy")],
 [PL("Hậu Giang"), PL("Vị Thủy", "commune")],
 ["TỈNH ĐOÀN HẬU GIANG", "Lượt xem", "Ngôi nhà khăn quàng đỏ", "Chợ phiên nông sản sạch", "Tuyến đường thanh niên tự quản",
  "Tuổi trẻ Hậu Giang chung sức xây dựng nông thôn mới và văn minh đô thị", "Các đại biểu tham dự hội nghị"],
 ["5 năm"])
PAGES.append(("b65-haugiang-doan-tongket-2017", t, lab))

# b66 Yên Bái 2018 Dân vận khéo biểu dương
t = """BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ > Chính trị > Công tác dân vận
16/11/2018 | 14:48

Yên Bái biểu dương 120 điển hình "Dân vận khéo"

YênBái - Ngày 15/11, Ban Dân vận Tỉnh ủy Yên Bái tổ chức Hội nghị biểu dương điển hình "Dân vận khéo" giai đoạn 2016 - 2018. Đồng chí Phạm Thị Thanh Trà, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu.

Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp, và Chỉ thị số 28-CT/TU ngày 30/6/2017 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào thi đua "Dân vận khéo", toàn tỉnh đã có 3.685 mô hình, điển hình được công nhận; trong đó lĩnh vực kinh tế chiếm 46%.

Nhiều mô hình mang lại hiệu quả rõ rệt như mô hình "Vận động đồng bào Mông trồng quế" ở xã Phình Hồ, huyện Trạm Tấu, giúp 215 hộ thoát nghèo; mô hình "Dòng họ không có người vi phạm pháp luật" ở xã Minh An, huyện Văn Chấn với 31 dòng họ tham gia. Nhân dân các dân tộc trong tỉnh đã hiến trên 420.000 m2 đất và đóng góp 83 tỷ đồng xây dựng nông thôn mới.

Đồng chí Hoàng Xuân Nguyên, Phó Bí thư Tỉnh ủy trình bày báo cáo tổng hợp kết quả. Trước đó, hội nghị nghe các tham luận: ông Sùng A Lềnh, Bí thư Chi bộ thôn Háng Đề Dê, xã Phình Hồ kể lại cách "cầm tay chỉ việc" cho bà con làm kinh tế; thượng tá Đỗ Văn Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh nêu kinh nghiệm làm dân vận của lực lượng vũ trang; bà Nông Thị Hường, Chủ tịch Hội LHPN huyện Lục Yên chia sẻ mô hình "Phụ nữ nói không với vay nặng lãi".

Phát biểu tại hội nghị, Bí thư Tỉnh ủy Phạm Thị Thanh Trà khẳng định: phong trào "Dân vận khéo" đã thực sự đi vào cuộc sống. Đồng chí yêu cầu các cấp ủy tiếp tục thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", mỗi cán bộ, đảng viên phải là một tuyên truyền viên; tránh chạy theo thành tích, số lượng.

Dịp này, Ban Thường vụ Tỉnh ủy tặng Bằng khen cho 120 tập thể, cá nhân điển hình "Dân vận khéo"; mỗi điển hình nhận kèm phần thưởng 2 triệu đồng.

Ảnh: Bí thư Tỉnh ủy Phạm Thị Thanh Trà trao Bằng khen cho các điển hình.

Thanh Ba
Lượt đọc: 2.915

Tin liên quan
- Trạm Tấu: 40 hộ Mông hiến đất làm đường (02/11/2018)
- Văn Chấn sơ kết 3 năm thực hiện Chỉ thị 28 (20/10/2018)
"""
lab = L("2018-11-16", 'Yên Bái biểu dương 120 điển hình "Dân vận khéo"', "hoi_nghi", None, "2018-11-15",
 [P("Phạm Thị Thanh Trà", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Hoàng Xuân Nguyên", "Phó Bí thư Tỉnh ủy"),
  P("Sùng A Lềnh", "Bí thư Chi bộ thôn Háng Đề Dê"),
  P("Đỗ Văn Tuấn", "thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
  P("Nông Thị Hường", "Chủ tịch Hội LHPN huyện Lục Yên")],
 [Q(3685, "mô hình, điển hình"), Q(46, "%"), Q(215, "hộ"), Q(31, "dòng họ"), Q(420000, "m2", "over"), Q(83000000000, "đồng"),
  Q(120, "tập thể, cá nhân"), Q(2000000, "đồng")],
 [D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư"),
  D("Chỉ thị", "28", "CT/TU", "2017-06-30", "Ban Thường vụ Tỉnh ủy")],
 [PL("Yên Bái"), PL("Phình Hồ", "commune"), PL("Minh An", "commune")],
 ["BÁO YÊN BÁI ĐIỆN TỬ", "Lượt đọc", "Dân vận khéo", "Vận động đồng bào Mông trồng quế", "Dòng họ không có người vi phạm pháp luật",
  "Phụ nữ nói không với vay nặng lãi", "Trạm Tấu"],
 ["2016 - 2018", "31 dòng họ"])
PAGES.append(("b66-yenbai-dvk-bieuduong-2018", t, lab))

# b67 Bạc Liêu 2019 giao ban tháng 9
t = """ĐẢNG BỘ TỈNH BẠC LIÊU - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin hoạt động > Dân vận
Ngày 03/10/2019

Giao ban công tác dân vận tháng 9/2019

Chiều ngày 02/10, Ban Dân vận Tỉnh ủy Bạc Liêu tổ chức giao ban khối dân vận định kỳ tháng 9 năm 2019. Đồng chí Lữ Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Trần Thị Nhanh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.

Báo cáo tại giao ban cho biết, trong tháng các cấp, các ngành đã tổ chức tuyên truyền kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng và 20 năm Ngày "Dân vận" của tỉnh, tiến tới sơ kết 5 năm thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới.

Ủy ban MTTQ và các đoàn thể đã vận động 2.830 hộ dân ven biển tham gia trồng và bảo vệ rừng phòng hộ; tổ chức 56 buổi tiếp xúc, đối thoại với người dân về tình hình xâm thực, sạt lở bờ biển. Qua đó đã hỗ trợ di dời 73 hộ dân ra khỏi vùng sạt lở, với kinh phí khoảng 2,19 tỷ đồng. Hội Nông dân tỉnh giải ngân 4,6 tỷ đồng từ Quỹ Hỗ trợ nông dân cho 152 hộ vay nuôi tôm siêu thâm canh.

Ông Võ Văn Dũng, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị các đoàn thể tập trung chuẩn bị cho cơn bão số 5 có thể ảnh hưởng trong tháng 10, vận động ngư dân không ra khơi khi có cảnh báo. Bà Lâm Thị Thu, Chủ tịch Hội LHPN tỉnh cho biết, toàn tỉnh còn 3 vụ khiếu nại đông người về đất đai chưa được giải quyết dứt điểm.

Kết luận giao ban, đồng chí Lữ Văn Hùng đề nghị khối dân vận tiếp tục thực hiện Quy chế dân chủ ở cơ sở, chủ động nắm tình hình nhân dân, đặc biệt ở các khu vực có dự án điện gió, điện khí. Đồng chí yêu cầu trong tháng 10 phải hoàn thành việc chấm điểm thi đua "Dân vận khéo" năm 2019 và đẩy mạnh tuyên truyền cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tới 100% ấp, khóm.

Ảnh: Quang cảnh giao ban công tác dân vận tháng 9/2019.

Hữu Thọ
Lượt xem: 412

Tin liên quan
- Bạc Liêu: Ra mắt 64 mô hình dân vận khéo (25/9/2019)
- Hòa Bình: Đối thoại với 200 hộ dân vùng dự án điện gió (18/9/2019)
"""
lab = L("2019-10-03", "Giao ban công tác dân vận tháng 9/2019", "giao_ban", "2019-09", "2019-10-02",
 [P("Lữ Văn Hùng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
  P("Trần Thị Nhanh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
  P("Võ Văn Dũng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
  P("Lâm Thị Thu", "Chủ tịch Hội LHPN tỉnh")],
 [Q(2830, "hộ dân"), Q(56, "buổi tiếp xúc, đối thoại"), Q(73, "hộ dân"), Q(2190000000, "đồng", "approx"), Q(4600000000, "đồng"),
  Q(152, "hộ"), Q(3, "vụ khiếu nại"), Q(100, "%")],
 [D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng khóa XI")],
 [PL("Bạc Liêu")],
 ["ĐẢNG BỘ TỈNH BẠC LIÊU - TRANG THÔNG TIN ĐIỆN TỬ", "Lượt xem", "Dân vận khéo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
  "Quang cảnh giao ban công tác dân vận tháng 9/2019", "Quỹ Hỗ trợ nông dân"],
 ["90 năm", "20 năm", "5 năm", "bão số 5", "tháng 10"])
PAGES.append(("b67-baclieu-dv-giaoban-2019-09", t, lab))

# b68 Hải Dương 2020 HND sơ kết 6 tháng
t = """HỘI NÔNG DÂN TỈNH HẢI DƯƠNG
Trang chủ › Tin tức › Hoạt động Hội
Thứ hai, 20/07/2020 - 08:12

Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2020

Ngày 17/7, Ban Thường vụ Hội Nông dân tỉnh Hải Dương tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm 2020.

Báo cáo do ông Vũ Văn Thưởng, Phó Chủ tịch Hội Nông dân tỉnh trình bày cho biết, dù chịu ảnh hưởng nặng nề của dịch COVID-19, các cấp Hội đã vận động hội viên nông dân vượt khó, duy trì sản xuất. Toàn tỉnh có 61.284 hộ đăng ký danh hiệu hộ sản xuất kinh doanh giỏi các cấp. Các cấp Hội phối hợp tiêu thụ hơn 1.500 tấn vải thiều Thanh Hà qua các sàn thương mại điện tử trong mùa vải năm nay.

Thực hiện Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư và Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ, Hội Nông dân các cấp đã mở 87 lớp dạy nghề cho 2.610 lao động nông thôn. Nguồn Quỹ Hỗ trợ nông dân toàn tỉnh đạt 34,8 tỷ đồng, tăng 2,3 tỷ đồng so với cuối năm 2019, hiện có 1.396 hộ đang vay.

Các cấp Hội cũng vận động hội viên ủng hộ phòng, chống dịch với tổng số tiền và hiện vật trị giá khoảng 870 triệu đồng; tham gia 312 "Tổ COVID cộng đồng" ở thôn, khu dân cư.

Tại hội nghị, ông Phạm Văn Hạnh, Chủ tịch Hội Nông dân huyện Thanh Hà chia sẻ cách làm trong kết nối tiêu thụ vải; bà Nguyễn Thị Lệ, hội viên Chi hội nông dân thôn Đông Phan, xã Tân Việt đề xuất Hội tiếp tục hỗ trợ xây dựng mã số vùng trồng để xuất khẩu.

Phát biểu kết luận, ông Trần Văn Quân, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội Nông dân tỉnh yêu cầu các cấp Hội tập trung chuẩn bị tổ chức thành công Đại hội Đảng bộ các cấp, nhiệm kỳ 2020 - 2025; tuyên truyền hội viên thực hiện nghiêm việc "5K" phòng dịch, không lơ là chủ quan. Chủ tịch Hội Nông dân tỉnh đề nghị 6 tháng cuối năm phải kết nạp thêm 1.000 hội viên mới.

Ảnh: Đại biểu dự hội nghị sơ kết.

Tin: Hải Yến
Lượt xem: 738

Tin liên quan
- Thanh Hà: Nông dân trúng mùa vải thiều (10/7/2020)
- Hội Nông dân tỉnh trao 300 suất quà cho hội viên khó khăn (22/6/2020)
"""
lab = L("2020-07-20", "Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2020", "so_ket", "2020-H1", "2020-07-17",
 [P("Vũ Văn Thưởng", "Phó Chủ tịch Hội Nông dân tỉnh"),
  P("Phạm Văn Hạnh", "Chủ tịch Hội Nông dân huyện Thanh Hà"),
  P("Nguyễn Thị Lệ", "hội viên Chi hội nông dân thôn Đông Phan"),
  P("Trần Văn Quân", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội Nông dân tỉnh")],
 [Q(61284, "hộ"), Q(1500, "tấn vải thiều", "over"), Q(87, "lớp dạy nghề"), Q(2610, "lao động nông thôn"), Q(34800000000, "đồng"),
  Q(2300000000, "đồng"), Q(1396, "hộ"), Q(870000000, "đồng", "approx"), Q(312, "Tổ COVID cộng đồng"), Q(1000, "hội viên mới")],
 [D("Kết luận", "61", "KL/TW", "2009-12-03", "Ban Bí thư"),
  D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ")],
 [PL("Hải Dương"), PL("Tân Việt", "commune")],
 ["HỘI NÔNG DÂN TỈNH HẢI DƯƠNG", "Lượt xem", "Đại biểu dự hội nghị sơ kết", "Thanh Hà", "Quỹ Hỗ trợ nông dân", "Tổ COVID cộng đồng"],
 ["6 tháng", "2020 - 2025", "5K", "COVID-19"])
PAGES.append(("b68-haiduong-hnd-soket-2020", t, lab))
