from lib import *
PAGES = []

PAGES.append(page("b4241-quangnam-quansu-tongket-2021", """
BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM
Quốc phòng - An ninh / Tin tức
28/12/2021 06:00
Lực lượng vũ trang tỉnh: Làm tốt công tác dân vận trong phòng, chống dịch Covid-19
(QNO) - Chiều 27/12, Đảng ủy Quân sự tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai nhiệm vụ năm 2022. Đại tá Nguyễn Hữu Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh chủ trì; dự có đồng chí Alăng Thị Mai, Tỉnh ủy viên, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2021, thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương, Chỉ thị số 35-CT/QUTW ngày 20/5/2021 của Thường vụ Quân ủy Trung ương về tăng cường công tác dân vận của Quân đội trong tình hình mới và Kế hoạch 310, 311/KH-BCH của Bộ CHQS tỉnh, lực lượng vũ trang tỉnh đã huy động trên 18.500 lượt cán bộ, chiến sĩ, dân quân tham gia phòng, chống dịch Covid-19; tiếp nhận, quản lý 27 khu cách ly tập trung với 9.864 công dân; vận chuyển gần 3.200 người dân từ các tỉnh phía Nam về quê an toàn.
Đại tá Nguyễn Hữu Thắng trao Giấy khen cho các tập thể có thành tích xuất sắc.
Các cơ quan, đơn vị đã giúp đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng ở 9 huyện miền núi làm 16.300 ngày công, xóa 41 nhà tạm, xây mới 7 "Nhà đồng đội" trị giá 420 triệu đồng; quyên góp 1,65 tỷ đồng ủng hộ Quỹ vắc-xin phòng Covid-19. Chương trình "Nâng bước em đến trường" duy trì nhận đỡ đầu 68 học sinh, mỗi em 500.000 đồng/tháng.
Tại hội nghị, Trung tá Clâu Nhím, Chính trị viên Ban CHQS huyện Tây Giang, báo cáo kinh nghiệm phát huy vai trò già làng trong vận động người dân xã A Xan, xã Ch'ơm tiêm vắc-xin: đến nay 96,5% người trong độ tuổi ở 2 xã đã tiêm mũi 1. Ông Hốih Đàn, Chủ tịch UBND xã Tr'hy, đề nghị Bộ CHQS tỉnh duy trì tổ công tác tại các chốt biên giới. Các đồng chí Chính trị viên Ban CHQS huyện: Zơ Râm Bảy (Nam Giang), Hồ Văn Lanh (Phước Sơn) phát biểu về giữ vững đường biên, cột mốc.
Phát biểu chỉ đạo, đồng chí Alăng Thị Mai ghi nhận lực lượng vũ trang đã thực hiện tốt phương châm "4 tại chỗ", là chỗ dựa tin cậy của nhân dân. Năm 2022, LLVT tỉnh cần phấn đấu 100% đơn vị có mô hình "Dân vận khéo"; mỗi Ban CHQS huyện xây dựng ít nhất 2 "Nhà đồng đội".
Dịp này, Bộ CHQS tỉnh tặng Giấy khen cho 14 tập thể, 26 cá nhân có thành tích tiêu biểu trong công tác dân vận năm 2021.
Hoàng Anh
Lượt xem: 1.612
Tin liên quan
- Bộ CHQS tỉnh bàn giao "Nhà đồng đội" tại Nông Sơn (20/12/2021)
- Biên phòng Quảng Nam tặng quà người dân khu vực biên giới (10/12/2021)
- Hội nghị quân chính Bộ CHQS tỉnh năm 2021 (03/12/2021)
""", "2021-12-28", "Lực lượng vũ trang tỉnh: Làm tốt công tác dân vận trong phòng, chống dịch Covid-19",
E("tong_ket", "2021", "2021-12-27"),
[P("Nguyễn Hữu Thắng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chính ủy Bộ CHQS tỉnh"),
 P("Alăng Thị Mai", "Tỉnh ủy viên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Clâu Nhím", "Trung tá", "Chính trị viên Ban CHQS huyện Tây Giang"),
 P("Hốih Đàn", "Chủ tịch UBND xã Tr'hy"),
 P("Zơ Râm Bảy", "Chính trị viên Ban CHQS huyện"),
 P("Hồ Văn Lanh", "Chính trị viên Ban CHQS huyện")],
[Q("trên 18.500 lượt cán bộ, chiến sĩ, dân quân", 18500, "lượt cán bộ, chiến sĩ, dân quân", "over"),
 Q("27 khu cách ly tập trung", 27, "khu cách ly tập trung"), Q("9.864 công dân", 9864, "công dân"),
 Q("gần 3.200 người dân", 3200, "người dân", "approx"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("16.300 ngày công", 16300, "ngày công"), Q("41 nhà tạm", 41, "nhà tạm"), Q('7 "Nhà đồng đội"', 7, "Nhà đồng đội"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("1,65 tỷ đồng", 1650000000, "đồng"), Q("68 học sinh", 68, "học sinh"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("96,5%", 96.5, "%"), Q("2 xã", 2, "xã"), Q("100% đơn vị", 100, "%"),
 Q('ít nhất 2 "Nhà đồng đội"', 2, "Nhà đồng đội", "over"), Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân")],
[D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Chỉ thị", "35", "CT/QUTW", "2021-05-20", "Thường vụ Quân ủy Trung ương", "Chỉ thị số 35-CT/QUTW ngày 20/5/2021"),
 D("Kế hoạch", "310", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch 310, 311/KH-BCH"),
 D("Kế hoạch", "311", "KH-BCH", None, "Bộ CHQS tỉnh", "Kế hoạch 310, 311/KH-BCH")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Tr'hy")],
["BÁO QUẢNG NAM - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH QUẢNG NAM", "Quốc phòng - An ninh / Tin tức", "(QNO)",
 "Đại tá Nguyễn Hữu Thắng trao Giấy khen cho các tập thể có thành tích xuất sắc.", "Nâng bước em đến trường", "4 tại chỗ",
 "Dân vận khéo", "Quỹ vắc-xin phòng Covid-19", "Lượt xem: 1.612"],
["28/12/2021 06:00", "năm 2021", "năm 2022", "Năm 2022", "4 tại chỗ", "mũi 1", "Covid-19", "Lượt xem: 1.612"]))

PAGES.append(page("b4242-baclieu-congan-giaoban-2022", """
CÔNG AN TỈNH BẠC LIÊU
Trang chủ > Tin tức - Sự kiện > Hoạt động Công an tỉnh
Ngày 07/09/2022 | 14:30
Công an tỉnh giao ban công tác dân vận và cải cách hành chính tháng 8
Ngày 6/9, Công an tỉnh Bạc Liêu tổ chức giao ban công tác dân vận, cải cách hành chính tháng 8/2022. Đại tá Trần Hoàng Khởi, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh chủ trì.
Theo báo cáo, trong tháng 8, thực hiện Đề án 06 của Chính phủ (Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ) và Kế hoạch số 142/KH-CAT-PV01 của Công an tỉnh, công an các địa phương đã tổ chức 52 đợt cấp căn cước công dân lưu động tại ấp, khóm, thu nhận 18.764 hồ sơ, trong đó có 2.310 hồ sơ của người cao tuổi, người khuyết tật được cấp tại nhà; kích hoạt 41.250 tài khoản định danh điện tử, nâng tổng số lên hơn 203.000 tài khoản. Bộ phận một cửa công an tỉnh tiếp nhận 4.186 hồ sơ thủ tục hành chính, trả đúng hạn 100%; khảo sát 1.500 người dân, 97,8% hài lòng.
Cán bộ Công an xã Vĩnh Trạch làm căn cước cho người dân tại ấp. Ảnh: Bảo Ngọc
Công tác dân vận gắn với phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh. Công an các xã Vĩnh Trạch, Hưng Thành và thị trấn Châu Hưng đã phối hợp với Ban Trị sự các chùa Khmer vận động 126 thanh niên đồng bào Khmer tham gia tổ tự quản; tiếp nhận 34 tin báo về tội phạm. Thiếu tá Thạch Sô Phanh, Trưởng Công an xã Hưng Thành, cho biết đơn vị thực hiện mô hình "Mỗi tuần một ngày đến từng hộ dân", trong tháng đã đến 214 hộ, giải quyết 9 vụ việc mâu thuẫn ngay tại ấp.
Trung tá Lâm Thị Sa Ri, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, báo cáo còn 3.400 trường hợp sai lệch thông tin dân cư cần chỉnh sửa; đề nghị Mặt trận, đoàn thể các xã hỗ trợ vận động. Các đồng chí Thượng tá Lý Văn Chiến, Thượng tá Tô Minh Quân - Phó Giám đốc Công an tỉnh phân tích nguyên nhân hồ sơ còn tồn đọng ở huyện Đông Hải.
Kết luận giao ban, Đại tá Trần Hoàng Khởi yêu cầu trong tháng 9 hoàn thành cấp căn cước cho 100% công dân đủ điều kiện; mỗi cán bộ công an xã "nói tiếng Khmer cơ bản"; thực hiện nghiêm Chỉ thị 12, 13/CT-CAT của Giám đốc Công an tỉnh về văn hóa ứng xử, tiếp công dân; phấn đấu tỷ lệ hài lòng không dưới 98%.
Cũng tại buổi giao ban, Công an tỉnh biểu dương 6 tập thể, 11 cá nhân có cách làm hay trong công tác dân vận; trao 20 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Khmer nghèo hiếu học do cán bộ, chiến sĩ đóng góp.
Bảo Ngọc
Lượt truy cập: 3.904
Tin cùng chuyên mục
- Công an Hồng Dân ra quân tấn công trấn áp tội phạm (31/08/2022)
- Trao 40 căn nhà "Mái ấm Công an" cho hộ nghèo (23/08/2022)
- Giao ban công tác Công an tháng 7/2022 (05/08/2022)
""", "2022-09-07", "Công an tỉnh giao ban công tác dân vận và cải cách hành chính tháng 8",
E("giao_ban", "2022-08", "2022-09-06"),
[P("Trần Hoàng Khởi", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
 P("Thạch Sô Phanh", "Thiếu tá", "Trưởng Công an xã Hưng Thành"),
 P("Lâm Thị Sa Ri", "Trung tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
 P("Lý Văn Chiến", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Tô Minh Quân", "Thượng tá", "Phó Giám đốc Công an tỉnh")],
[Q("52 đợt", 52, "đợt"), Q("18.764 hồ sơ", 18764, "hồ sơ"), Q("2.310 hồ sơ", 2310, "hồ sơ"),
 Q("41.250 tài khoản định danh điện tử", 41250, "tài khoản định danh điện tử"), Q("hơn 203.000 tài khoản", 203000, "tài khoản", "over"),
 Q("4.186 hồ sơ thủ tục hành chính", 4186, "hồ sơ thủ tục hành chính"), Q("100%", 100, "%"), Q("1.500 người dân", 1500, "người dân"),
 Q("97,8%", 97.8, "%"), Q("126 thanh niên đồng bào Khmer", 126, "thanh niên đồng bào Khmer"), Q("34 tin báo", 34, "tin báo"),
 Q("214 hộ", 214, "hộ"), Q("9 vụ việc mâu thuẫn", 9, "vụ việc mâu thuẫn"), Q("3.400 trường hợp", 3400, "trường hợp"),
 Q("100% công dân", 100, "%"), Q("không dưới 98%", 98, "%", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 6/1/2022"),
 D("Kế hoạch", "142", "KH-CAT-PV01", None, "Công an tỉnh", "Kế hoạch số 142/KH-CAT-PV01"),
 D("Chỉ thị", "12", "CT-CAT", None, "Giám đốc Công an tỉnh", "Chỉ thị 12, 13/CT-CAT"),
 D("Chỉ thị", "13", "CT-CAT", None, "Giám đốc Công an tỉnh", "Chỉ thị 12, 13/CT-CAT")],
[prov("Bạc Liêu"), com("Vĩnh Trạch"), com("Hưng Thành"), com("Châu Hưng")],
["CÔNG AN TỈNH BẠC LIÊU", "Trang chủ > Tin tức - Sự kiện > Hoạt động Công an tỉnh",
 "Cán bộ Công an xã Vĩnh Trạch làm căn cước cho người dân tại ấp. Ảnh: Bảo Ngọc", "Đề án 06", "Mỗi tuần một ngày đến từng hộ dân",
 "nói tiếng Khmer cơ bản", "Lượt truy cập: 3.904"],
["Ngày 07/09/2022 | 14:30", "tháng 8/2022", "tháng 8", "tháng 9", "Đề án 06", "Lượt truy cập: 3.904"]))

PAGES.append(page("b4243-hagiang-bienphong-traoqua-2023", """
BÁO HÀ GIANG ĐIỆN TỬ
Trang chủ › Quốc phòng - An ninh
Thứ Hai, 16/01/2023 - 08:40
"Xuân Biên phòng ấm lòng dân bản" tại Lũng Cú: Trao 500 suất quà Tết cho hộ nghèo
Ngày 15/1/2023, Bộ Chỉ huy BĐBP tỉnh Hà Giang phối hợp với Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2023 tại xã Lũng Cú, huyện Đồng Văn. Tham dự có đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Hoàng Văn Sơn, Chỉ huy trưởng BĐBP tỉnh; Thượng tá Sùng A Chứ, Đồn trưởng Đồn Biên phòng Lũng Cú.
Các đại biểu trao quà Tết cho đồng bào xã Lũng Cú. Ảnh: Mạnh Hùng
Tại chương trình, các đơn vị đã trao 500 suất quà cho hộ nghèo, hộ cận nghèo người Mông, Lô Lô ở các xã Lũng Cú, Ma Lé, Sủng Là, mỗi suất trị giá 600.000 đồng gồm gạo, bánh chưng, tiền mặt; tặng 150 áo ấm cho học sinh, 30 suất học bổng "Nâng bước em tới trường" mỗi suất 1,5 triệu đồng; trao 2 con bò giống cho 2 hộ đặc biệt khó khăn. Tổng giá trị quà tặng trên 420 triệu đồng, do các doanh nghiệp, nhà hảo tâm đóng góp qua Quỹ "Vì người nghèo" của tỉnh.
Hoạt động "Gian hàng 0 đồng" phục vụ gần 1.000 lượt người dân; đội văn nghệ của đồn và thanh niên xã biểu diễn các tiết mục mừng Xuân. Lực lượng quân y đã khám bệnh, cấp thuốc miễn phí cho 320 người dân.
Phát biểu tại chương trình, đồng chí Vàng Thị Mai đánh giá thời gian qua, thực hiện Chỉ thị số 01/CT-BTL ngày 4/1/2023 của Tư lệnh BĐBP về công tác vận động quần chúng năm 2023 và Quy chế phối hợp số 195/QC-BDVTU-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy BĐBP tỉnh, các đồn biên phòng đã có 86 cán bộ tham gia cấp ủy xã, 104 đảng viên về sinh hoạt tại chi bộ thôn; 100% thôn, bản biên giới có tổ tự quản đường biên, cột mốc. Riêng năm 2022, các đồn đã giúp dân xóa 58 nhà tạm, nhận đỡ đầu 41 "Con nuôi đồn Biên phòng".
Ông Giàng Mí Ly, người có uy tín thôn Lô Lô Chải, xã Lũng Cú, bày tỏ: bà con nơi địa đầu Tổ quốc "coi bộ đội biên phòng như người nhà", sẽ vận động con cháu giữ đường biên, không vượt biên trái phép. Bà Lò Thị Dì, Chủ tịch Hội LHPN xã Lũng Cú, cảm ơn đồn đã giúp chị em thành lập 3 tổ hợp tác dệt lanh.
Cùng ngày, đoàn đến thăm, chúc Tết và tặng quà 15 gia đình chính sách ở xã Ma Lé.
Theo kế hoạch, từ nay đến hết tháng Giêng, các đồn biên phòng trên tuyến biên giới tỉnh sẽ tổ chức 12 điểm chương trình tương tự, dự kiến trao khoảng 3.000 suất quà với tổng trị giá hơn 1,8 tỷ đồng.
Mạnh Hùng - Thu Phương
Lượt đọc: 2.671
Tin khác
- Đồn Biên phòng Phó Bảng tổ chức "Tết sớm" cho dân bản (13/01/2023)
- Trao 200 suất quà cho học sinh vùng cao Mèo Vạc (10/01/2023)
- Hà Giang tổng kết công tác dân vận năm 2022 (06/01/2023)
""", "2023-01-16", '"Xuân Biên phòng ấm lòng dân bản" tại Lũng Cú: Trao 500 suất quà Tết cho hộ nghèo',
E("trao_qua", None, "2023-01-15"),
[P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sơn", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Sùng A Chứ", "Thượng tá", "Đồn trưởng Đồn Biên phòng Lũng Cú"),
 P("Giàng Mí Ly", "người có uy tín thôn Lô Lô Chải"),
 P("Lò Thị Dì", "Chủ tịch Hội LHPN xã Lũng Cú")],
[Q("500 suất quà", 500, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("150 áo ấm", 150, "áo ấm"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("2 con bò giống", 2, "con bò giống"),
 Q("2 hộ đặc biệt khó khăn", 2, "hộ đặc biệt khó khăn"), Q("trên 420 triệu đồng", 420000000, "đồng", "over"),
 Q("gần 1.000 lượt người dân", 1000, "lượt người dân", "approx"), Q("320 người dân", 320, "người dân"),
 Q("86 cán bộ", 86, "cán bộ"), Q("104 đảng viên", 104, "đảng viên"), Q("100% thôn, bản biên giới", 100, "%"),
 Q("58 nhà tạm", 58, "nhà tạm"), Q('41 "Con nuôi đồn Biên phòng"', 41, "Con nuôi đồn Biên phòng"),
 Q("3 tổ hợp tác dệt lanh", 3, "tổ hợp tác dệt lanh"), Q("15 gia đình chính sách", 15, "gia đình chính sách"),
 Q("12 điểm", 12, "điểm"), Q("khoảng 3.000 suất quà", 3000, "suất quà", "approx"), Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over")],
[D("Chỉ thị", "01", "CT-BTL", "2023-01-04", "Tư lệnh BĐBP", "Chỉ thị số 01/CT-BTL ngày 4/1/2023"),
 D("Quy chế phối hợp", "195", "QC-BDVTU-BĐBP", None, None, "Quy chế phối hợp số 195/QC-BDVTU-BĐBP")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Sủng Là")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Trang chủ › Quốc phòng - An ninh", "Xuân Biên phòng ấm lòng dân bản",
 "Các đại biểu trao quà Tết cho đồng bào xã Lũng Cú. Ảnh: Mạnh Hùng", "Nâng bước em tới trường", "Vì người nghèo",
 "Gian hàng 0 đồng", "coi bộ đội biên phòng như người nhà", "Lượt đọc: 2.671"],
["Thứ Hai, 16/01/2023 - 08:40", "năm 2023", "năm 2022", "Gian hàng 0 đồng", "Lượt đọc: 2.671"]))

PAGES.append(page("b4244-tiengiang-dvcq-soket-2024", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Tiền Giang
Trang chủ | Dân vận chính quyền | Tin hoạt động
Thứ Năm, 11/07/2024 - 16:00
Tiền Giang: 98,6% hồ sơ thủ tục hành chính được giải quyết đúng hạn
Ngày 10/7, Ban Dân vận Tỉnh ủy phối hợp với Ban cán sự đảng UBND tỉnh tổ chức hội nghị sơ kết công tác dân vận chính quyền 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Trần Thị Kim Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Phạm Văn Trọng, Phó Chủ tịch UBND tỉnh đồng chủ trì.
Quang cảnh hội nghị sơ kết. Ảnh: Thanh Tâm
Báo cáo cho biết, 6 tháng đầu năm, các cơ quan hành chính trong tỉnh tiếp nhận 286.410 hồ sơ, giải quyết đúng hạn 98,6%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 63,2%; số hóa kết quả giải quyết thủ tục hành chính đạt trên 85%. Tỉnh đã cắt giảm, đơn giản hóa 47 thủ tục hành chính; chỉ số SIPAS năm 2023 của tỉnh đạt 84,15%, tăng 11 bậc.
Thực hiện Kết luận số 114-KL/TW của Ban Bí thư, Chỉ thị số 16-CT/TU ngày 5/1/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch 95, 96/KH-UBND của UBND tỉnh về công tác dân vận chính quyền năm 2024, người đứng đầu cấp ủy, chính quyền các cấp đã tiếp 2.173 lượt công dân, tổ chức 168 cuộc đối thoại; tiếp nhận 1.024 đơn thư, đã giải quyết 946 đơn, đạt 92,4%. Có 23 mô hình "Dân vận khéo" trong lĩnh vực cải cách hành chính, chuyển đổi số được công nhận, trong đó 4 mô hình cấp tỉnh.
Tại hội nghị, bà Lê Thị Mỹ Hạnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, chia sẻ mô hình "Thứ Bảy cùng dân" giải quyết 3.860 hồ sơ ngoài giờ; ông Nguyễn Văn Sang, Chủ tịch UBND xã Tân Mỹ Chánh, giới thiệu tổ công nghệ số cộng đồng với 112 thành viên đi từng nhà hướng dẫn cài đặt VNeID. Đồng chí Võ Thị Ngọc Hân, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy, nêu hạn chế: còn 4.215 hồ sơ trễ hạn, chủ yếu lĩnh vực đất đai ở thị trấn Chợ Gạo và xã Bình Đức; một số cán bộ còn thiếu văn hóa ứng xử.
Kết luận hội nghị, đồng chí Trần Thị Kim Thoa đề nghị 6 tháng cuối năm tiếp tục thực hiện Luật Thực hiện dân chủ ở cơ sở, Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; mỗi cơ quan, đơn vị có ít nhất 1 mô hình "Dân vận khéo"; tỷ lệ hài lòng của người dân từ 90% trở lên; xử lý nghiêm cán bộ gây phiền hà, nhũng nhiễu. Đồng chí Phạm Văn Trọng giao Sở Nội vụ tham mưu khảo sát sự hài lòng năm 2024 với 6.000 phiếu.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 12 cá nhân có thành tích tiêu biểu.
Thanh Tâm
Lượt xem: 836
Tin liên quan
- Cái Bè ra mắt Trung tâm Phục vụ hành chính công cấp huyện (28/06/2024)
- Tập huấn dân vận chính quyền cho cán bộ một cửa (14/06/2024)
- Hội thi "Dân vận khéo" năm 2024 (30/05/2024)
""", "2024-07-11", "Tiền Giang: 98,6% hồ sơ thủ tục hành chính được giải quyết đúng hạn",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Trần Thị Kim Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Trọng", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Mỹ Hạnh", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh"),
 P("Nguyễn Văn Sang", "Chủ tịch UBND xã Tân Mỹ Chánh"),
 P("Võ Thị Ngọc Hân", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("98,6%", 98.6, "%"), Q("286.410 hồ sơ", 286410, "hồ sơ"), Q("63,2%", 63.2, "%"), Q("trên 85%", 85, "%", "over"),
 Q("47 thủ tục hành chính", 47, "thủ tục hành chính"), Q("84,15%", 84.15, "%"), Q("2.173 lượt công dân", 2173, "lượt công dân"),
 Q("168 cuộc đối thoại", 168, "cuộc đối thoại"), Q("1.024 đơn thư", 1024, "đơn thư"), Q("946 đơn", 946, "đơn"), Q("92,4%", 92.4, "%"),
 Q("23 mô hình", 23, "mô hình"), Q("4 mô hình cấp tỉnh", 4, "mô hình cấp tỉnh"), Q("3.860 hồ sơ", 3860, "hồ sơ"),
 Q("112 thành viên", 112, "thành viên"), Q("4.215 hồ sơ", 4215, "hồ sơ"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("từ 90% trở lên", 90, "%", "over"), Q("6.000 phiếu", 6000, "phiếu"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW"),
 D("Chỉ thị", "16", "CT/TU", "2024-01-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU ngày 5/1/2024"),
 D("Kế hoạch", "95", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 95, 96/KH-UBND"),
 D("Kế hoạch", "96", "KH-UBND", None, "UBND tỉnh", "Kế hoạch 95, 96/KH-UBND"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Tiền Giang"), com("Tân Mỹ Chánh"), com("Chợ Gạo"), com("Bình Đức")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Tiền Giang", "Trang chủ | Dân vận chính quyền | Tin hoạt động",
 "Quang cảnh hội nghị sơ kết. Ảnh: Thanh Tâm", "Dân vận khéo", "Thứ Bảy cùng dân", "Luật Thực hiện dân chủ ở cơ sở", "SIPAS", "VNeID",
 "Lượt xem: 836"],
["Thứ Năm, 11/07/2024 - 16:00", "6 tháng đầu năm 2024", "6 tháng cuối năm", "năm 2023", "11 bậc", "năm 2024", "Lượt xem: 836"]))

PAGES.append(page("b4245-thuathienhue-doithoai-2024", """
BÁO THỪA THIÊN HUẾ ONLINE
Chính trị - Xã hội :: Cải cách hành chính
Cập nhật: 09:05, 24/10/2024 (GMT+7)
Người đứng đầu chính quyền tỉnh đối thoại với người dân về thủ tục hành chính
Sáng 23/10, Chủ tịch UBND tỉnh Thừa Thiên Huế tổ chức hội nghị đối thoại với người dân, doanh nghiệp năm 2024 về cải cách thủ tục hành chính và chuyển đổi số. Hội nghị được kết nối trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố và 141 điểm cầu xã, phường, thị trấn với gần 5.600 đại biểu tham dự.
Chủ tịch UBND tỉnh Lê Quang Trường trả lời ý kiến của người dân. Ảnh: Bảo Phước
Chủ trì hội nghị có ông Lê Quang Trường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; bà Nguyễn Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Trước hội nghị, Sở Nội vụ đã tổng hợp 286 câu hỏi, ý kiến của người dân, doanh nghiệp gửi qua Hue-S, đường dây nóng và Cổng dịch vụ công. Theo báo cáo, thực hiện Kế hoạch số 412/KH-UBND ngày 12/9/2024 của UBND tỉnh về đối thoại và Chỉ thị số 27-CT/TU của Ban Thường vụ Tỉnh ủy, 9 tháng năm 2024 tỉnh đã tiếp nhận 612.430 hồ sơ, trong đó 78,4% nộp trực tuyến; trả đúng hạn 99,1%; có 1.312 hồ sơ trễ hẹn, 100% đã gửi thư xin lỗi. Trên nền tảng Hue-S, người dân đã phản ánh 24.560 lượt, được xử lý 97%.
Tại hội nghị, ông Hồ Văn Năm, người có uy tín thôn Pa Ring, xã Hồng Thủy (huyện A Lưới), phản ánh việc đồng bào Pa Kô, Tà Ôi lớn tuổi chưa quen nộp hồ sơ qua điện thoại. Bà Lê Thị Hoa (phường Thủy Vân) kiến nghị rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất, hiện còn 23 ngày. Ông Trần Đình Lộc, Giám đốc Công ty TNHH Lộc Phát, đề nghị công khai tiến độ xử lý hồ sơ đầu tư.
Trả lời các ý kiến, ông Lê Quang Trường cùng các ông Trần Hữu Bình, Võ Đức Lâm - Phó Chủ tịch UBND tỉnh đã nhận trách nhiệm về những chậm trễ; giao Sở Tài nguyên và Môi trường giảm thời gian cấp giấy chứng nhận xuống còn 15 ngày; giao Sở Thông tin và Truyền thông cùng Tỉnh đoàn duy trì 152 tổ công nghệ số cộng đồng hỗ trợ người dân tại xã Hồng Thủy, xã Hương Phong và các xã miền núi.
Bà Nguyễn Thị Thu Trang đề nghị các cấp chính quyền tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị, xem đối thoại là việc thường xuyên; Ủy ban MTTQ các cấp giám sát việc thực hiện những nội dung đã cam kết tại hội nghị.
Kết thúc đối thoại, 48 ý kiến đã được trả lời trực tiếp; 17 ý kiến còn lại sẽ được trả lời bằng văn bản trước ngày 15/11/2024.
Bảo Phước
Số lượt xem: 4.108
Các tin khác
- A Lưới: 100% xã có tổ công nghệ số cộng đồng (18/10/2024)
- Công bố chỉ số DDCI năm 2024 (11/10/2024)
- Phú Vang đối thoại với người dân vùng dự án (02/10/2024)
""", "2024-10-24", "Người đứng đầu chính quyền tỉnh đối thoại với người dân về thủ tục hành chính",
E("doi_thoai", "2024", "2024-10-23"),
[P("Lê Quang Trường", "Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Thị Thu Trang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Năm", "người có uy tín thôn Pa Ring"),
 P("Lê Thị Hoa"),
 P("Trần Đình Lộc", "Giám đốc Công ty TNHH Lộc Phát"),
 P("Trần Hữu Bình", "Phó Chủ tịch UBND tỉnh"),
 P("Võ Đức Lâm", "Phó Chủ tịch UBND tỉnh")],
[Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("141 điểm cầu xã, phường, thị trấn", 141, "điểm cầu xã, phường, thị trấn"), Q("gần 5.600 đại biểu", 5600, "đại biểu", "approx"),
 Q("286 câu hỏi, ý kiến", 286, "câu hỏi, ý kiến"), Q("612.430 hồ sơ", 612430, "hồ sơ"), Q("78,4%", 78.4, "%"), Q("99,1%", 99.1, "%"),
 Q("1.312 hồ sơ", 1312, "hồ sơ"), Q("100%", 100, "%"), Q("24.560 lượt", 24560, "lượt"), Q("97%", 97, "%"),
 Q("152 tổ công nghệ số cộng đồng", 152, "tổ công nghệ số cộng đồng"), Q("48 ý kiến", 48, "ý kiến"), Q("17 ý kiến", 17, "ý kiến")],
[D("Kế hoạch", "412", "KH-UBND", "2024-09-12", "UBND tỉnh", "Kế hoạch số 412/KH-UBND ngày 12/9/2024"),
 D("Chỉ thị", "27", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Thừa Thiên Huế"), com("Hồng Thủy"), com("Thủy Vân"), com("Hương Phong")],
["BÁO THỪA THIÊN HUẾ ONLINE", "Chính trị - Xã hội :: Cải cách hành chính",
 "Chủ tịch UBND tỉnh Lê Quang Trường trả lời ý kiến của người dân. Ảnh: Bảo Phước", "Hue-S", "Cổng dịch vụ công", "Số lượt xem: 4.108"],
["Cập nhật: 09:05, 24/10/2024 (GMT+7)", "năm 2024", "9 tháng năm 2024", "23 ngày", "15 ngày", "Số lượt xem: 4.108"]))

PAGES.append(page("b4246-thainguyen-mttq-giamsat-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN
Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Cập nhật ngày 18 tháng 12 năm 2024
Ảnh: Toàn cảnh hội nghị thông báo kết quả giám sát.
Thông báo kết quả giám sát tại Trung tâm Phục vụ hành chính công tỉnh
Ngày 17/12/2024, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên tổ chức hội nghị thông báo kết quả giám sát việc giải quyết thủ tục hành chính và thái độ phục vụ nhân dân của cán bộ, công chức năm 2024 tại Trung tâm Phục vụ hành chính công tỉnh và bộ phận một cửa 6 xã, phường.
Chủ trì hội nghị có đồng chí Hà Thị Bích Liên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; bà Hoàng Thị Tuyết Hạnh, Phó Chủ tịch Ủy ban MTTQ tỉnh, Trưởng đoàn giám sát; ông Lăng Văn Tài, Phó Chánh Văn phòng UBND tỉnh, Giám đốc Trung tâm Phục vụ hành chính công tỉnh.
Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, Kế hoạch số 58/KH-MTTQ-BTT ngày 10/9/2024 của Ban Thường trực Ủy ban MTTQ tỉnh và Quyết định 112, 113/QĐ-MTTQ-BTT thành lập đoàn giám sát. Đoàn đã làm việc trực tiếp tại phường Phan Đình Phùng, phường Tân Thịnh, xã Phú Đô, xã Yên Ninh, xã Quân Chu và thị trấn Hùng Sơn; phát ra 1.200 phiếu khảo sát, thu về 1.168 phiếu.
Kết quả cho thấy, 11 tháng năm 2024 Trung tâm tiếp nhận 96.780 hồ sơ, trả đúng hạn 99,4%; 1.978 thủ tục hành chính được cung cấp trực tuyến; có 91,6% người dân được hỏi đánh giá hài lòng và rất hài lòng; 6,1% chưa hài lòng về thời gian chờ đợi. Tại 6 xã, phường, đoàn phát hiện 214 hồ sơ trễ hạn, 9 trường hợp yêu cầu bổ sung giấy tờ không đúng quy định.
Bà Hoàng Thị Tuyết Hạnh nêu 5 nhóm kiến nghị: bố trí đủ công chức tại bộ phận một cửa, trong đó có người biết tiếng Tày, Nùng, Dao; công khai số điện thoại người đứng đầu; xử lý dứt điểm 214 hồ sơ trễ hạn trước ngày 31/12/2024.
Ông Lăng Văn Tài tiếp thu, cho biết Trung tâm đã lắp 24 màn hình đánh giá mức độ hài lòng tại quầy. Ông Nông Văn Chính, Chủ tịch UBND xã Yên Ninh, thừa nhận còn để 37 hồ sơ đất đai quá hạn. Bà Triệu Thị Lai, công chức văn phòng - thống kê xã Quân Chu, kể việc trả kết quả tại nhà cho người Dao ở vùng cao.
Kết luận hội nghị, đồng chí Hà Thị Bích Liên đề nghị UBND tỉnh chỉ đạo tiếp thu đầy đủ 5 nhóm kiến nghị, báo cáo kết quả về Ủy ban MTTQ tỉnh trong quý I/2025; các đoàn thể tiếp tục giám sát theo Quy định 124-QĐ/TW của Ban Bí thư.
Thu Hà
Lượt truy cập: 1.390
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh (05/12/2024)
- Đại Từ: giám sát việc thực hiện chính sách với người có uy tín (26/11/2024)
- Ngày hội Đại đoàn kết toàn dân tộc tại xóm Khuôn Lặng (15/11/2024)
""", "2024-12-18", "Thông báo kết quả giám sát tại Trung tâm Phục vụ hành chính công tỉnh",
E("giam_sat", "2024", "2024-12-17"),
[P("Hà Thị Bích Liên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Tuyết Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh", "Trưởng đoàn giám sát"),
 P("Lăng Văn Tài", "Phó Chánh Văn phòng UBND tỉnh", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh"),
 P("Nông Văn Chính", "Chủ tịch UBND xã Yên Ninh"),
 P("Triệu Thị Lai", "công chức văn phòng - thống kê xã Quân Chu")],
[Q("6 xã, phường", 6, "xã, phường"), Q("1.200 phiếu khảo sát", 1200, "phiếu khảo sát"), Q("1.168 phiếu", 1168, "phiếu"),
 Q("96.780 hồ sơ", 96780, "hồ sơ"), Q("99,4%", 99.4, "%"), Q("1.978 thủ tục hành chính", 1978, "thủ tục hành chính"),
 Q("91,6%", 91.6, "%"), Q("6,1%", 6.1, "%"), Q("214 hồ sơ", 214, "hồ sơ"), Q("9 trường hợp", 9, "trường hợp"),
 Q("5 nhóm kiến nghị", 5, "nhóm kiến nghị"), Q("24 màn hình", 24, "màn hình"), Q("37 hồ sơ đất đai", 37, "hồ sơ đất đai")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2024-09-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 58/KH-MTTQ-BTT ngày 10/9/2024"),
 D("Quyết định", "112", "QĐ-MTTQ-BTT", None, None, "Quyết định 112, 113/QĐ-MTTQ-BTT"),
 D("Quyết định", "113", "QĐ-MTTQ-BTT", None, None, "Quyết định 112, 113/QĐ-MTTQ-BTT"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW")],
[prov("Thái Nguyên"), com("Phan Đình Phùng"), com("Tân Thịnh"), com("Phú Đô"), com("Yên Ninh"), com("Quân Chu"), com("Hùng Sơn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI NGUYÊN", "Bạn đang ở: Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện",
 "Ảnh: Toàn cảnh hội nghị thông báo kết quả giám sát.", "Lượt truy cập: 1.390"],
["Cập nhật ngày 18 tháng 12 năm 2024", "năm 2024", "11 tháng năm 2024", "quý I/2025", "Lượt truy cập: 1.390"]))
