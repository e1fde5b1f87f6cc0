from lib import *
PAGES = []

PAGES.append(page("b8069-thaibinh-bdv-nhavanhoa-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Trang chủ > Tin tức > Dân vận cơ sở
Cập nhật: 14:05, 16/12/2011 (GMT+7)
Thái Bình: Tổng kết phong trào xây dựng nhà văn hóa thôn, làng năm 2011
Ngày 15/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác vận động nhân dân xây dựng và quản lý nhà văn hóa thôn, làng năm 2011. Đồng chí Phạm Thị Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Vũ Đức Kiên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Các đại biểu tham quan nhà văn hóa thôn Thượng Phú, xã Vũ Hội.
Theo báo cáo, thực hiện Kế hoạch số 27-KH/TU ngày 12/4/2010 của Tỉnh ủy về vận động nhân dân xây dựng nhà văn hóa thôn gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", năm 2011 toàn tỉnh đã xây mới 96 nhà văn hóa thôn, làng, tổ dân phố, cải tạo, nâng cấp 143 nhà; nâng tổng số lên 1.628/1.953 thôn, làng có nhà văn hóa, đạt 83,4%. Tổng kinh phí xây dựng khoảng 87,5 tỷ đồng, trong đó nhân dân đóng góp trên 61 tỷ đồng và hơn 42.000 ngày công lao động; ngân sách tỉnh hỗ trợ mỗi nhà văn hóa 50 triệu đồng, riêng các thôn thuộc xã khó khăn được hỗ trợ 80 triệu đồng.
Nhiều nơi nhân dân tự nguyện hiến đất, dịch chuyển tường rào để mở rộng khuôn viên; 214 hộ đã hiến tổng cộng 11.600 m2 đất. Xã Đông Xá có 9/9 thôn xây dựng nhà văn hóa hoàn toàn bằng nguồn xã hội hóa.
Hội nghị nghe các tham luận: ông Nguyễn Văn Lừng, Bí thư Chi bộ, Trưởng thôn Thượng Phú, xã Vũ Hội chia sẻ cách công khai thu chi trên loa truyền thanh và bảng tin của thôn; bà Trần Thị Huế, Chủ tịch Ủy ban MTTQ xã An Ninh, nêu kinh nghiệm thành lập ban quản lý nhà văn hóa gồm 5 - 7 thành viên do nhân dân bầu; đồng chí Lê Quang Điệp, HUV, Trưởng Ban Dân vận Huyện ủy Kiến Xương, kiến nghị sớm ban hành quy chế mẫu về sử dụng nhà văn hóa.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: còn 325 thôn, làng chưa có nhà văn hóa hoặc nhà đã xuống cấp; một số nhà văn hóa xây xong nhưng ít sinh hoạt, chủ yếu dùng để họp; việc huy động đóng góp ở vài nơi chưa thật sự dân chủ, vượt quá khả năng của hộ nghèo.
Phát biểu kết luận, đồng chí Phạm Thị Thoa đề nghị các cấp ủy tiếp tục thực hiện Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy; quán triệt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; không huy động quá sức dân; năm 2012 phấn đấu xây mới ít nhất 120 nhà văn hóa, đưa tỷ lệ thôn, làng có nhà văn hóa lên trên 88%.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 18 tập thể và 27 cá nhân có nhiều đóng góp trong phong trào.
Minh Hằng
Tin liên quan
- Vũ Thư: khánh thành 12 nhà văn hóa thôn dịp Quốc khánh (05/09/2011)
- Hội nghị giao ban công tác dân vận quý III (14/10/2011)
- Quỳnh Phụ vận động nhân dân hiến 3.000 m2 đất làm đường (22/08/2011)
- Tiền Hải ra mắt câu lạc bộ dân vận khéo (30/07/2011)
""", "2011-12-16", "Thái Bình: Tổng kết phong trào xây dựng nhà văn hóa thôn, làng năm 2011",
E("tong_ket", "2011", "2011-12-15"),
[P("Phạm Thị Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Kiên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Lừng", "Bí thư Chi bộ", "Trưởng thôn Thượng Phú"),
 P("Trần Thị Huế", "Chủ tịch Ủy ban MTTQ xã An Ninh"),
 P("Lê Quang Điệp", "HUV", "Trưởng Ban Dân vận Huyện ủy Kiến Xương")],
[Q("96 nhà văn hóa thôn, làng, tổ dân phố", 96, "nhà văn hóa thôn, làng, tổ dân phố"), Q("143 nhà", 143, "nhà"),
 Q("1.628/1.953 thôn, làng", 1628, "thôn, làng"), Q("83,4%", 83.4, "%"),
 Q("khoảng 87,5 tỷ đồng", 87500000000, "đồng", "approx"), Q("trên 61 tỷ đồng", 61000000000, "đồng", "over"),
 Q("hơn 42.000 ngày công lao động", 42000, "ngày công lao động", "over"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("214 hộ", 214, "hộ"), Q("11.600 m2", 11600, "m2"), Q("9/9 thôn", 9, "thôn"),
 Q("5 - 7 thành viên", 5, "thành viên"), Q("5 - 7 thành viên", 7, "thành viên"), Q("325 thôn, làng", 325, "thôn, làng"),
 Q("ít nhất 120 nhà văn hóa", 120, "nhà văn hóa", "over"), Q("trên 88%", 88, "%", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "27", "KH/TU", "2010-04-12", "Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 12/4/2010 của Tỉnh ủy"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU")],
[prov("Thái Bình"), com("Vũ Hội"), com("Đông Xá"), com("An Ninh")],
["BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Trang chủ > Tin tức > Dân vận cơ sở",
 "Các đại biểu tham quan nhà văn hóa thôn Thượng Phú, xã Vũ Hội.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "nhà văn hóa thôn Thượng Phú"],
["Cập nhật: 14:05, 16/12/2011 (GMT+7)", "năm 2011", "năm 2012"]))

PAGES.append(page("b8070-tuyenquang-nhavanhoa-khanhthanh-2012", """
Báo Tuyên Quang điện tử
Thời sự | Xã hội | Văn hóa cơ sở
Thứ Sáu, 06/04/2012 08:20
Đại biểu cắt băng khánh thành nhà văn hóa thôn Nà Khá.
Nà Khá khánh thành nhà văn hóa do dân tự làm
(BTQ) - Ngày 5/4, thôn Nà Khá, xã Kim Quan (Yên Sơn) tổ chức lễ khánh thành nhà văn hóa thôn. Đây là công trình được 127 hộ đồng bào Tày, Dao trong thôn góp công, góp của xây dựng trong gần 4 tháng.
Dự lễ có đồng chí Hoàng Văn Pác, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Ma Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ huyện Yên Sơn; các đồng chí Thường trực Đảng ủy xã Kim Quan: Nông Văn Cường, Bàn Thị Liên; cùng đông đảo nhân dân.
Nhà văn hóa thôn Nà Khá được xây dựng theo kiểu nhà sàn truyền thống, diện tích 96 m2, có sân khấu, khu vệ sinh, sân bóng chuyền và khuôn viên rộng hơn 600 m2. Tổng kinh phí xây dựng là 218,5 triệu đồng, trong đó Nhà nước hỗ trợ 60 triệu đồng theo Quyết định số 112/QĐ-UBND ngày 14/2/2011 của UBND tỉnh Tuyên Quang; phần còn lại do nhân dân đóng góp: mỗi hộ góp 500.000 đồng, 2 cây gỗ và 6 ngày công. Các hộ khá giả, con em đi làm xa ủng hộ thêm gần 40 triệu đồng cùng 120 tấm lợp, 3 bộ loa đài.
Ông Ma Văn Toàn, Trưởng thôn, Trưởng ban vận động xây dựng nhà văn hóa cho biết: "Bàn từ cuộc họp thôn tháng 11 năm ngoái, bà con thống nhất không vay nợ, việc gì cũng công khai. Ngày đổ mái có hơn 80 người đến làm, ai có gì góp nấy". Ông Hà Văn Đông, 72 tuổi, người có uy tín trong thôn, tự nguyện hiến 150 m2 đất vườn để làm sân.
Thôn Nà Khá cũng ra mắt Ban quản lý nhà văn hóa gồm 5 người do hội nghị thôn bầu; bà Triệu Thị Hoa, Chi hội trưởng Chi hội Phụ nữ thôn, làm Trưởng ban. Ban đã xây dựng nội quy, lịch sinh hoạt: đội văn nghệ tập tối thứ Bảy, câu lạc bộ hát then - đàn tính và lớp học chữ Tày vào Chủ nhật hằng tuần.
Phát biểu tại buổi lễ, đồng chí Hoàng Văn Pác biểu dương tinh thần tự lực của bà con và đề nghị xã Kim Quan nhân rộng cách làm này ra 13 thôn còn lại, gắn với thực hiện Nghị quyết 07, 08-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới. Nhân dịp này, Ban Dân vận Tỉnh ủy tặng thôn 1 bộ âm thanh trị giá 15 triệu đồng.
Lâm Hà
Tin cùng chuyên mục
- Chiêm Hóa: 9 thôn hoàn thành nhà văn hóa trước mùa mưa (30/03/2012)
- Hàm Yên sơ kết 5 năm phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" (21/03/2012)
- Na Hang: người dân hiến đất làm sân thể thao thôn (12/03/2012)
- Yên Sơn trao 200 suất quà cho hộ nghèo dịp Tết (15/01/2012)
- Sơn Dương: nhà văn hóa thôn thành nơi sinh hoạt câu lạc bộ hát then (08/01/2012)
- Lâm Bình ra mắt đội văn nghệ quần chúng ở 6 thôn vùng cao (27/12/2011)
- Kim Quan đón nhận danh hiệu xã văn hóa (19/12/2011)
""", "2012-04-06", "Nà Khá khánh thành nhà văn hóa do dân tự làm",
E("khac", None, "2012-04-05"),
[P("Hoàng Văn Pác", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ma Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ huyện Yên Sơn"),
 P("Nông Văn Cường", "Thường trực Đảng ủy xã Kim Quan"),
 P("Bàn Thị Liên", "Thường trực Đảng ủy xã Kim Quan"),
 P("Ma Văn Toàn", "Trưởng thôn", "Trưởng ban vận động xây dựng nhà văn hóa"),
 P("Hà Văn Đông", "người có uy tín trong thôn"),
 P("Triệu Thị Hoa", "Chi hội trưởng Chi hội Phụ nữ thôn", "Trưởng ban")],
[Q("127 hộ đồng bào Tày, Dao", 127, "hộ đồng bào Tày, Dao"), Q("96 m2", 96, "m2"), Q("hơn 600 m2", 600, "m2", "over"),
 Q("218,5 triệu đồng", 218500000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"), Q("500.000 đồng", 500000, "đồng"),
 Q("2 cây gỗ", 2, "cây gỗ"), Q("6 ngày công", 6, "ngày công"), Q("gần 40 triệu đồng", 40000000, "đồng", "approx"),
 Q("120 tấm lợp", 120, "tấm lợp"), Q("3 bộ loa đài", 3, "bộ loa đài"), Q("hơn 80 người", 80, "người", "over"),
 Q("150 m2", 150, "m2"), Q("5 người", 5, "người"), Q("13 thôn", 13, "thôn"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Quyết định", "112", "QĐ-UBND", "2011-02-14", "UBND tỉnh Tuyên Quang", "Quyết định số 112/QĐ-UBND ngày 14/2/2011"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 07, 08-NQ/ĐU"),
 D("Nghị quyết", "08", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết 07, 08-NQ/ĐU")],
[prov("Tuyên Quang"), com("Kim Quan")],
["Báo Tuyên Quang điện tử", "Thời sự | Xã hội | Văn hóa cơ sở", "Đại biểu cắt băng khánh thành nhà văn hóa thôn Nà Khá.",
 "(BTQ)", "Nhà văn hóa thôn Nà Khá", "Ban quản lý nhà văn hóa"],
["Thứ Sáu, 06/04/2012 08:20", "gần 4 tháng", "72 tuổi", "1 bộ âm thanh"]))

PAGES.append(page("b8071-nghean-mttq-nhavanhoaban-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Cơ sở
Ngày đăng 09/07/2013 | 16:40
Con Cuông: Hơn 70% bản có nhà văn hóa đạt chuẩn
Chiều 8/7, Ban Thường trực Ủy ban MTTQ huyện Con Cuông (Nghệ An) tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", trong đó trọng tâm là vận động nhân dân xây dựng, quản lý nhà văn hóa bản.
Chủ trì hội nghị có ông Lô Văn Thành, HUV, Chủ tịch Ủy ban MTTQ huyện; bà Vi Thị Hương, Phó Chủ tịch Ủy ban MTTQ huyện. Đến dự có ông Lang Văn Chung, Phó Ban Dân vận Huyện ủy và Chủ tịch Ủy ban MTTQ 13 xã, thị trấn.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các xã đã vận động nhân dân xây mới 7 nhà văn hóa bản, sửa chữa 11 nhà, nâng số bản có nhà văn hóa đạt chuẩn theo Thông tư 12/2010/TT-BVHTTDL lên 88/124 bản, chiếm 70,9%. Tổng kinh phí huy động khoảng 3,2 tỷ đồng, trong đó nhân dân đóng góp 1,15 tỷ đồng, các doanh nghiệp, nhà hảo tâm ủng hộ 640 triệu đồng, còn lại từ Chương trình 135 và ngân sách huyện. Bình quân mỗi nhà văn hóa bản có diện tích từ 80 đến 120 m2.
Hoạt động ở nhà văn hóa bản ngày càng nền nếp. Toàn huyện có 96 đội văn nghệ, 42 câu lạc bộ dân ca Thái, 17 câu lạc bộ thể thao sinh hoạt thường xuyên tại nhà văn hóa; 6 tháng qua có hơn 1.300 buổi sinh hoạt, họp bản. Bản Xiềng, xã Môn Sơn được chọn làm điểm du lịch cộng đồng, nhà văn hóa bản trở thành nơi đón khách, biểu diễn múa lăm, hát nhuôn.
Tuy vậy, vẫn còn 36 bản chưa có nhà văn hóa hoặc chỉ có nhà tạm bằng tre, nứa, chủ yếu ở các xã Châu Khê, Lạng Khê; một số ban quản lý chưa có quy chế hoạt động.
Tại hội nghị, bà Lữ Thị Mai, Trưởng ban Công tác Mặt trận bản Xiềng, chia sẻ: bản có 146 hộ thì 100% hộ tham gia góp quỹ duy trì nhà văn hóa, mỗi hộ 20.000 đồng/tháng để trả tiền điện, nước. Ông Kha Văn Tám, Bí thư Chi bộ bản Nưa, xã Châu Khê đề nghị huyện ưu tiên hỗ trợ xi măng theo Kế hoạch số 36/KH-UBND và Kế hoạch số 41/KH-UBND của UBND huyện.
Kết luận hội nghị, ông Lô Văn Thành đề nghị 6 tháng cuối năm Mặt trận các xã tập trung vận động xây mới ít nhất 10 nhà văn hóa bản; mỗi xã xây dựng 1 mô hình điểm về sinh hoạt cộng đồng; phối hợp thực hiện Quy chế phối hợp số 03-QCPH/MTTQ-UBND giữa Ủy ban MTTQ và UBND huyện.
Hồ Lê
Tin khác
- Anh Sơn: Mặt trận vận động 1.200 ngày công làm đường (02/07/2013)
- Quế Phong tổ chức ngày hội đại đoàn kết điểm (24/06/2013)
- Tương Dương: trao 50 nhà Đại đoàn kết (11/06/2013)
- Kỳ Sơn: nhà văn hóa bản thành lớp học xóa mù chữ cho phụ nữ Mông (30/05/2013)
- Con Cuông tập huấn nghiệp vụ công tác Mặt trận cơ sở (17/05/2013)
""", "2013-07-09", "Con Cuông: Hơn 70% bản có nhà văn hóa đạt chuẩn",
E("so_ket", "2013-H1", "2013-07-08"),
[P("Lô Văn Thành", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Vi Thị Hương", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Lang Văn Chung", "Phó Ban Dân vận Huyện ủy"),
 P("Lữ Thị Mai", "Trưởng ban Công tác Mặt trận bản Xiềng"),
 P("Kha Văn Tám", "Bí thư Chi bộ bản Nưa")],
[Q("Hơn 70%", 70, "%", "over"), Q("13 xã, thị trấn", 13, "xã, thị trấn"), Q("7 nhà văn hóa bản", 7, "nhà văn hóa bản"),
 Q("11 nhà", 11, "nhà"), Q("88/124 bản", 88, "bản"), Q("70,9%", 70.9, "%"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("1,15 tỷ đồng", 1150000000, "đồng"),
 Q("640 triệu đồng", 640000000, "đồng"), Q("từ 80 đến 120 m2", 80, "m2"), Q("từ 80 đến 120 m2", 120, "m2"),
 Q("96 đội văn nghệ", 96, "đội văn nghệ"), Q("42 câu lạc bộ dân ca Thái", 42, "câu lạc bộ dân ca Thái"),
 Q("17 câu lạc bộ thể thao", 17, "câu lạc bộ thể thao"),
 Q("hơn 1.300 buổi sinh hoạt, họp bản", 1300, "buổi sinh hoạt, họp bản", "over"), Q("36 bản", 36, "bản"),
 Q("146 hộ", 146, "hộ"), Q("100%", 100, "%"), Q("20.000 đồng", 20000, "đồng"),
 Q("ít nhất 10 nhà văn hóa bản", 10, "nhà văn hóa bản", "over")],
[D("Thông tư", "12", "2010/TT-BVHTTDL", None, None, "Thông tư 12/2010/TT-BVHTTDL"),
 D("Kế hoạch", "36", "KH-UBND", None, "UBND huyện", "Kế hoạch số 36/KH-UBND"),
 D("Kế hoạch", "41", "KH-UBND", None, "UBND huyện", "Kế hoạch số 41/KH-UBND"),
 D("Quy chế phối hợp", "03", "QCPH/MTTQ-UBND", None, None, "Quy chế phối hợp số 03-QCPH/MTTQ-UBND")],
[prov("Nghệ An"), com("Môn Sơn"), com("Châu Khê"), com("Lạng Khê")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Cơ sở",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chương trình 135", "Bản Xiềng"],
["Ngày đăng 09/07/2013 | 16:40", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Chương trình 135", "1 mô hình điểm"]))

PAGES.append(page("b8072-quangtri-mttq-giamsat-nhasinhhoat-2014", """
Hôm nay: Thứ Năm, 23/10/2014
BÁO QUẢNG TRỊ ONLINE
Chính trị » Mặt trận - Đoàn thể
22-10-2014 15:32
Giám sát việc sử dụng nhà sinh hoạt cộng đồng ở Hướng Hóa
QTO - Từ ngày 20 đến 21/10/2014, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị do ông Nguyễn Hữu Thắng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc đầu tư, quản lý và sử dụng nhà sinh hoạt cộng đồng thôn, bản năm 2014 tại huyện Hướng Hóa.
Cùng đi có bà Hồ Thị Bích, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh; ông Lê Văn Ba, Phó Trưởng phòng Văn hóa và Thông tin huyện Hướng Hóa.
Đoàn đã kiểm tra thực tế tại 6 thôn, bản thuộc các xã Hướng Phùng, Tân Thành và thị trấn Khe Sanh; làm việc với UBND xã, Ban công tác Mặt trận và ban quản lý nhà sinh hoạt cộng đồng các thôn. Theo báo cáo của UBND huyện, từ năm 2011 đến nay, thực hiện Quyết định số 1208/QĐ-UBND và Quyết định số 1466/QĐ-UBND của UBND tỉnh, toàn huyện đã đầu tư xây dựng 34 nhà sinh hoạt cộng đồng với tổng vốn 9,86 tỷ đồng; mức đầu tư mỗi nhà từ 250 đến 320 triệu đồng. Hiện 119/131 thôn, bản, khối phố có nhà sinh hoạt cộng đồng, đạt 90,8%.
Qua giám sát cho thấy, phần lớn công trình được xây dựng đúng thiết kế, phát huy hiệu quả: là nơi họp thôn, sinh hoạt văn nghệ, tập luyện thể thao, tổ chức lễ hội truyền thống của đồng bào Vân Kiều, Pa Kô. Ở bản Cợp, xã Hướng Phùng, nhà sinh hoạt cộng đồng được dùng cả làm lớp học mẫu giáo cho 27 cháu. Ông Hồ Văn Pâu, Trưởng bản Cợp, cho biết người dân đã góp 410 ngày công san nền, làm hàng rào.
Tuy nhiên, đoàn cũng chỉ ra một số tồn tại: 3 nhà sinh hoạt cộng đồng xây xong hơn 2 năm nhưng chưa có điện lưới; 5 nhà thiếu bàn ghế, loa đài; có nơi giao cho trưởng thôn giữ chìa khóa, ít mở cửa; nhiều nơi chưa thành lập ban quản lý theo Thông tư số 12/2010/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch. Một số hạng mục phụ như nhà vệ sinh, giếng nước xuống cấp; tỷ lệ người dân tham gia sinh hoạt thường xuyên mới đạt khoảng 45%.
Ông Kăn Tiêng, người có uy tín bản A Xing, xã Tân Thành kiến nghị được hỗ trợ nhạc cụ truyền thống, 2 bộ chiêng và trang phục cho đội văn nghệ.
Kết luận buổi giám sát, ông Nguyễn Hữu Thắng đề nghị UBND huyện chỉ đạo các xã rà soát, lập danh sách nhà sinh hoạt cộng đồng xuống cấp trước ngày 30/11/2014; kiện toàn ban quản lý với sự tham gia của người có uy tín, đoàn viên thanh niên. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh theo Quy chế phối hợp số 02/QCPH-UBND-MTTQ.
Hoàng Sơn
Các tin khác
- Đakrông: Mặt trận giám sát 18 công trình đầu tư công (15/10/2014)
- Hội nghị người có uy tín vùng đồng bào dân tộc thiểu số năm 2014 (08/10/2014)
- Vĩnh Linh: ra mắt 4 ban giám sát đầu tư của cộng đồng (29/09/2014)
""", "2014-10-22", "Giám sát việc sử dụng nhà sinh hoạt cộng đồng ở Hướng Hóa",
E("giam_sat", "2014", "2014-10-20"),
[P("Nguyễn Hữu Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Hồ Thị Bích", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh"),
 P("Lê Văn Ba", "Phó Trưởng phòng Văn hóa và Thông tin huyện Hướng Hóa"),
 P("Hồ Văn Pâu", "Trưởng bản Cợp"),
 P("Kăn Tiêng", "người có uy tín bản A Xing")],
[Q("6 thôn, bản", 6, "thôn, bản"), Q("34 nhà sinh hoạt cộng đồng", 34, "nhà sinh hoạt cộng đồng"),
 Q("9,86 tỷ đồng", 9860000000, "đồng"), Q("từ 250 đến 320 triệu đồng", 250000000, "đồng"),
 Q("từ 250 đến 320 triệu đồng", 320000000, "đồng"), Q("119/131 thôn, bản, khối phố", 119, "thôn, bản, khối phố"),
 Q("90,8%", 90.8, "%"), Q("27 cháu", 27, "cháu"), Q("410 ngày công", 410, "ngày công"),
 Q("3 nhà sinh hoạt cộng đồng", 3, "nhà sinh hoạt cộng đồng"), Q("5 nhà", 5, "nhà"),
 Q("khoảng 45%", 45, "%", "approx"), Q("2 bộ chiêng", 2, "bộ chiêng")],
[D("Quyết định", "1208", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1208/QĐ-UBND"),
 D("Quyết định", "1466", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1466/QĐ-UBND"),
 D("Thông tư", "12", "2010/TT-BVHTTDL", None, "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 12/2010/TT-BVHTTDL"),
 D("Quy chế phối hợp", "02", "QCPH-UBND-MTTQ", None, None, "Quy chế phối hợp số 02/QCPH-UBND-MTTQ")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("Tân Thành"), com("Khe Sanh")],
["Hôm nay: Thứ Năm, 23/10/2014", "BÁO QUẢNG TRỊ ONLINE", "Chính trị » Mặt trận - Đoàn thể", "QTO"],
["Hôm nay: Thứ Năm, 23/10/2014", "22-10-2014 15:32", "hơn 2 năm", "ngày 30/11/2014", "năm 2014"]))

PAGES.append(page("b8073-daklak-bandantoc-nhasinhhoat-toadam-2015", """
BÁO ĐẮK LẮK ĐIỆN TỬ
You are here: Trang chủ > Xã hội > Dân tộc - Miền núi
Cập nhật lúc 17:20 ngày 27/08/2015
Già làng Y Khu Niê phát biểu tại buổi tọa đàm.
Phát huy nhà sinh hoạt cộng đồng – "ngôi nhà chung" của buôn làng
Ngày 26/8, Ban Dân tộc tỉnh Đắk Lắk phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tọa đàm "Phát huy vai trò nhà sinh hoạt cộng đồng trong giữ gìn bản sắc văn hóa các dân tộc" năm 2015. Đến dự có đồng chí H'Luyến Byă, Tỉnh ủy viên, Trưởng Ban Dân tộc tỉnh; đồng chí Trần Quốc Bảo, Phó Trưởng Ban Dân vận Tỉnh ủy cùng 115 đại biểu là già làng, trưởng buôn, người có uy tín và cán bộ văn hóa xã.
Theo Ban Dân tộc tỉnh, đến nay toàn tỉnh có 612 buôn đồng bào dân tộc thiểu số tại chỗ, trong đó 547 buôn đã có nhà sinh hoạt cộng đồng, nhiều nơi làm theo kiến trúc nhà dài truyền thống của người Êđê. Giai đoạn 2011 - 2015, tỉnh đã dành trên 48 tỷ đồng từ Chương trình 135 và Quyết định số 1677/QĐ-TTg của Thủ tướng Chính phủ để xây mới, sửa chữa 203 nhà sinh hoạt cộng đồng; nhân dân đóng góp trên 19.000 ngày công, hiến gần 4,3 ha đất.
Nhiều ý kiến tại tọa đàm cho rằng nhà sinh hoạt cộng đồng chỉ thực sự "sống" khi do chính người dân quản lý. Già làng Y Khu Niê, buôn Kô Siêr, xã Cư Suê chia sẻ: buôn bầu ra ban quản lý 7 người, trong đó có 2 nghệ nhân đánh chiêng; mỗi tháng vào ngày rằm, buôn sinh hoạt tại nhà dài, dạy 24 cháu thiếu niên đánh chiêng, múa xoang. Bà H'Ngơn Mlô, Chi hội trưởng Phụ nữ buôn Ea Bông, xã Ea Bông, cho biết chị em tổ chức lớp dệt thổ cẩm tại nhà sinh hoạt cộng đồng, mỗi tấm vải bán được từ 1,2 đến 1,5 triệu đồng.
Ông Y Bhim Êban, Phó Chủ tịch UBND xã Ea Tu, thành phố Buôn Ma Thuột, nêu thực trạng: một số nhà sinh hoạt cộng đồng bị bỏ trống, xuống cấp do thiếu kinh phí duy trì; có nơi người dân mượn làm kho chứa nông sản. Các đại biểu kiến nghị tỉnh có cơ chế hỗ trợ mỗi nhà sinh hoạt cộng đồng 3 - 5 triệu đồng/năm để chi điện, nước và mua sắm chiêng, trống.
Kết luận tọa đàm, đồng chí H'Luyến Byă ghi nhận các ý kiến và cho biết Ban Dân tộc sẽ tham mưu UBND tỉnh sửa đổi Quyết định số 18/2013/QĐ-UBND về quản lý tài sản cộng đồng buôn; đồng thời phối hợp triển khai Chỉ thị 04, 05-CT/TU của Tỉnh ủy. Ban tổ chức cũng tặng 20 bộ chiêng cho 20 buôn có nhà sinh hoạt cộng đồng hoạt động tốt.
Hoài Thu
Tin liên quan
- Krông Bông: bàn giao 6 nhà sinh hoạt cộng đồng (18/08/2015)
- Lắk: lễ hội cúng bến nước buôn Jun (05/08/2015)
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2015 (24/07/2015)
- Ea H'leo vận động hiến đất làm nhà dài (10/07/2015)
""", "2015-08-27", "Phát huy nhà sinh hoạt cộng đồng – \"ngôi nhà chung\" của buôn làng",
E("hoi_nghi", "2015", "2015-08-26"),
[P("H'Luyến Byă", "Tỉnh ủy viên", "Trưởng Ban Dân tộc tỉnh"),
 P("Trần Quốc Bảo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Khu Niê", "Già làng"),
 P("H'Ngơn Mlô", "Chi hội trưởng Phụ nữ buôn Ea Bông"),
 P("Y Bhim Êban", "Phó Chủ tịch UBND xã Ea Tu")],
[Q("115 đại biểu", 115, "đại biểu"),
 Q("612 buôn đồng bào dân tộc thiểu số tại chỗ", 612, "buôn đồng bào dân tộc thiểu số tại chỗ"),
 Q("547 buôn", 547, "buôn"), Q("trên 48 tỷ đồng", 48000000000, "đồng", "over"),
 Q("203 nhà sinh hoạt cộng đồng", 203, "nhà sinh hoạt cộng đồng"), Q("trên 19.000 ngày công", 19000, "ngày công", "over"),
 Q("gần 4,3 ha", 4.3, "ha", "approx"), Q("7 người", 7, "người"), Q("2 nghệ nhân", 2, "nghệ nhân"),
 Q("24 cháu thiếu niên", 24, "cháu thiếu niên"), Q("từ 1,2 đến 1,5 triệu đồng", 1200000, "đồng"),
 Q("từ 1,2 đến 1,5 triệu đồng", 1500000, "đồng"), Q("3 - 5 triệu đồng", 3000000, "đồng"),
 Q("3 - 5 triệu đồng", 5000000, "đồng"), Q("20 bộ chiêng", 20, "bộ chiêng"), Q("20 buôn", 20, "buôn")],
[D("Quyết định", "1677", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1677/QĐ-TTg"),
 D("Quyết định", "18", "2013/QĐ-UBND", None, None, "Quyết định số 18/2013/QĐ-UBND"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 04, 05-CT/TU"),
 D("Chỉ thị", "05", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 04, 05-CT/TU")],
[prov("Đắk Lắk"), com("Cư Suê"), com("Ea Bông"), com("Ea Tu")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "You are here: Trang chủ > Xã hội > Dân tộc - Miền núi",
 "Già làng Y Khu Niê phát biểu tại buổi tọa đàm.", "Chương trình 135",
 "Phát huy vai trò nhà sinh hoạt cộng đồng trong giữ gìn bản sắc văn hóa các dân tộc"],
["Cập nhật lúc 17:20 ngày 27/08/2015", "Giai đoạn 2011 - 2015", "Chương trình 135", "năm 2015"]))

PAGES.append(page("b8074-soctrang-daukuy-doithoai-nhasinhhoat-2016", """
ĐẢNG BỘ TỈNH SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ :: Dân vận :: Tin cơ sở
12/05/2016 | 08:45
Lịch Hội Thượng: đối thoại với nhân dân về nhà sinh hoạt cộng đồng ấp
Ngày 10/5/2016, Đảng ủy xã Lịch Hội Thượng, huyện Trần Đề, tỉnh Sóc Trăng tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2016, chủ đề "Xây dựng và phát huy nhà sinh hoạt cộng đồng ấp". Tham dự có 186 người dân của 9 ấp, trong đó gần một nửa là đồng bào Khmer.
Chủ trì đối thoại có đồng chí Thạch Sô Phal, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Lâm Văn Hoàng, Phó Bí thư Đảng ủy, Chủ tịch UBND xã và đồng chí Sơn Thị Chanh Đa, Chủ tịch Ủy ban MTTQ xã. Dự và theo dõi có đồng chí Trương Minh Luân, HUV, Phó Trưởng Ban Dân vận Huyện ủy Trần Đề.
Mở đầu, đồng chí Lâm Văn Hoàng thông tin: thực hiện Nghị quyết số 06-NQ/ĐU ngày 15/01/2016 của Đảng ủy xã, năm 2016 xã phấn đấu mỗi ấp có một nhà sinh hoạt cộng đồng. Hiện 5/9 ấp đã có nhà, 4 ấp còn sinh hoạt nhờ ở sala chùa hoặc nhà dân. Dự toán mỗi nhà khoảng 350 triệu đồng, ngân sách huyện hỗ trợ 40%, phần còn lại vận động xã hội hóa.
Tại buổi đối thoại, 14 lượt người dân nêu ý kiến. Ông Kim Sa Phon, ấp Bưng Sa, hỏi: ấp nghèo, nhiều hộ đi làm ăn xa, việc đóng góp tính thế nào cho công bằng? Bà Lý Thị Sa Rên, ấp Lịch Trung, đề nghị nhà sinh hoạt cộng đồng có chỗ cho lớp dạy chữ Khmer hè và tủ sách. Ông Danh Út, người có uy tín ấp Giồng Chát, sẵn sàng hiến 400 m2 đất nếu xã xây nhà ở vị trí trung tâm ấp.
Trả lời, đồng chí Thạch Sô Phal khẳng định không bắt buộc đóng góp theo định mức; hộ nghèo, hộ cận nghèo được miễn; hộ khá tùy tâm; mọi khoản thu chi được niêm yết công khai tại nhà sinh hoạt cộng đồng và báo cáo trong cuộc họp ấp. Đối với ý kiến hiến đất, xã giao Ban công tác Mặt trận ấp Giồng Chát cùng cán bộ địa chính đo đạc, hoàn tất thủ tục trong tháng 6/2016.
Kết thúc buổi đối thoại, Đảng ủy xã tiếp thu 9 kiến nghị, trong đó 6 kiến nghị được giải đáp ngay tại chỗ, 3 kiến nghị giao bộ phận chuyên môn nghiên cứu. Ngay sau hội nghị, các chùa Khmer, Hội Đoàn kết sư sãi yêu nước xã và 12 doanh nghiệp đã đăng ký ủng hộ 265 triệu đồng cùng 30 tấn xi măng cho công trình nhà sinh hoạt cộng đồng ấp Bưng Sa.
Lâm Phúc
Tin liên quan
- Mỹ Xuyên: đối thoại về giải phóng mặt bằng (28/04/2016)
- Trần Đề: 7 ấp đạt chuẩn văn hóa năm 2015 (19/04/2016)
- Vĩnh Châu khai giảng 35 lớp dạy chữ Khmer hè (06/04/2016)
- Châu Thành: nhà sinh hoạt cộng đồng ấp Phước Thuận đi vào hoạt động (25/03/2016)
- Long Phú tổ chức Ngày hội Đại đoàn kết toàn dân tộc điểm (11/03/2016)
- Thạnh Trị vận động 500 hộ tham gia tổ tự quản an ninh trật tự (26/02/2016)
""", "2016-05-12", "Lịch Hội Thượng: đối thoại với nhân dân về nhà sinh hoạt cộng đồng ấp",
E("doi_thoai", "2016", "2016-05-10"),
[P("Thạch Sô Phal", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lâm Văn Hoàng", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sơn Thị Chanh Đa", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trương Minh Luân", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Trần Đề"),
 P("Kim Sa Phon"), P("Lý Thị Sa Rên"),
 P("Danh Út", "người có uy tín ấp Giồng Chát")],
[Q("186 người dân", 186, "người dân"), Q("9 ấp", 9, "ấp"), Q("5/9 ấp", 5, "ấp"), Q("4 ấp", 4, "ấp"),
 Q("khoảng 350 triệu đồng", 350000000, "đồng", "approx"), Q("40%", 40, "%"), Q("14 lượt người dân", 14, "lượt người dân"),
 Q("400 m2", 400, "m2"), Q("9 kiến nghị", 9, "kiến nghị"), Q("6 kiến nghị", 6, "kiến nghị"), Q("3 kiến nghị", 3, "kiến nghị"),
 Q("12 doanh nghiệp", 12, "doanh nghiệp"), Q("265 triệu đồng", 265000000, "đồng"), Q("30 tấn", 30, "tấn")],
[D("Nghị quyết", "06", "NQ/ĐU", "2016-01-15", "Đảng ủy xã", "Nghị quyết số 06-NQ/ĐU ngày 15/01/2016")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["ĐẢNG BỘ TỈNH SÓC TRĂNG - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ :: Dân vận :: Tin cơ sở",
 "Xây dựng và phát huy nhà sinh hoạt cộng đồng ấp", "Hội Đoàn kết sư sãi yêu nước xã"],
["12/05/2016 | 08:45", "năm 2016", "tháng 6/2016"]))
