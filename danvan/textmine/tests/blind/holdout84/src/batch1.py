from lib import *
PAGES = []

PAGES.append(page("b1973-langson-bdbp-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ > Dân vận lực lượng vũ trang > Tin hoạt động
Thứ Năm, 22/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Bộ đội Biên phòng Lạng Sơn làm tốt công tác dân vận vùng biên
Ngày 20/12/2011, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Hoàng Văn Thắm, Chính ủy BĐBP tỉnh chủ trì hội nghị; dự có đồng chí Lộc Thị Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo do Thượng tá Nông Đức Lịch, Phó Chính ủy BĐBP tỉnh trình bày nêu rõ: năm 2011, thực hiện Kế hoạch số 85/KH-BĐBP ngày 10/3/2011 của Bộ Chỉ huy BĐBP tỉnh, các đồn biên phòng đã cử 126 cán bộ, chiến sĩ tăng cường cho 21 xã biên giới; giúp nhân dân 3.450 ngày công làm đường giao thông nông thôn, nạo vét kênh mương; vận động 2.318 hộ dân ký cam kết tham gia tự quản đường biên, mốc quốc giới. Đơn vị tiếp tục thực hiện nghiêm Nghị định số 34/2000/NĐ-CP ngày 18/8/2000 của Chính phủ về Quy chế khu vực biên giới đất liền và Quy chế phối hợp số 02/QCPH-BDV-BĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy BĐBP tỉnh.
Các tổ quân y đồn đã khám bệnh, cấp thuốc miễn phí cho trên 4.600 lượt người, trị giá khoảng 185 triệu đồng; mở 12 lớp xóa mù chữ với 264 học viên người Nùng, Tày, Dao. Từ nguồn vận động, BĐBP tỉnh trao tặng 38 con bò giống cho hộ nghèo ở các xã biên giới.
Tại hội nghị, Thiếu tá Chu Văn Khâm, Chính trị viên Đồn Biên phòng Chi Ma, chia sẻ cách làm "3 bám, 4 cùng" của tổ công tác đồn; ông Hoàng Văn Pao, Bí thư Đảng ủy xã Thanh Lòa, đề nghị đồn tiếp tục cử cán bộ tham gia sinh hoạt với chi bộ các thôn giáp biên.
Phát biểu, đồng chí Lộc Thị Huyền đánh giá cao sự phối hợp giữa khối dân vận và BĐBP tỉnh, đề nghị năm 2012 các đồn tiếp tục thấm nhuần phương châm "Đồn là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt", bám địa bàn, giúp dân xóa đói giảm nghèo.
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng giấy khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình ở một số địa bàn giáp biên chưa sâu; phối hợp giữa đồn biên phòng với cấp ủy, chính quyền xã có lúc chưa chặt chẽ; công tác tuyên truyền bằng tiếng dân tộc còn ít, hình thức chưa phong phú.
Minh Hằng - Đức Thọ
Lượt xem: 1.042
Tin liên quan
- Đồn Biên phòng Chi Ma giúp dân làm đường vào thôn (05/12/2011)
- Gặp mặt người có uy tín khu vực biên giới (24/11/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Lộc Bình (10/11/2011)
- Tuyên truyền pháp luật cho đồng bào các xã giáp biên (14/10/2011)
- Tràng Định: Xây dựng cụm dân cư an toàn khu vực biên giới (03/10/2011)
- Phát huy vai trò tổ tự quản đường biên, mốc quốc giới (28/10/2011)
""", "2011-12-22", "Bộ đội Biên phòng Lạng Sơn làm tốt công tác dân vận vùng biên",
E("tong_ket", "2011", "2011-12-20"),
[P("Hoàng Văn Thắm", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Lộc Thị Huyền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Đức Lịch", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Chu Văn Khâm", "Thiếu tá", "Chính trị viên Đồn Biên phòng Chi Ma"),
 P("Hoàng Văn Pao", "Bí thư Đảng ủy xã Thanh Lòa")],
[Q("126 cán bộ, chiến sĩ", 126, "cán bộ, chiến sĩ"), Q("21 xã biên giới", 21, "xã biên giới"),
 Q("3.450 ngày công", 3450, "ngày công"), Q("2.318 hộ dân", 2318, "hộ dân"),
 Q("trên 4.600 lượt người", 4600, "lượt người", "over"), Q("khoảng 185 triệu đồng", 185000000, "đồng", "approx"),
 Q("12 lớp xóa mù chữ", 12, "lớp xóa mù chữ"), Q("264 học viên", 264, "học viên"),
 Q("38 con bò giống", 38, "con bò giống"), Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "85", "KH-BĐBP", "2011-03-10", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 85/KH-BĐBP ngày 10/3/2011"),
 D("Nghị định", "34", "2000/NĐ-CP", "2000-08-18", "Chính phủ", "Nghị định số 34/2000/NĐ-CP ngày 18/8/2000"),
 D("Quy chế phối hợp", "02", "QCPH-BDV-BĐBP", None, None, "Quy chế phối hợp số 02/QCPH-BDV-BĐBP")],
[prov("Lạng Sơn"), com("Thanh Lòa")],
["BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ > Dân vận lực lượng vũ trang > Tin hoạt động", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Đồn là nhà, biên giới là quê hương, đồng bào các dân tộc là anh em ruột thịt", "3 bám, 4 cùng", "Lượt xem: 1.042",
 "Quy chế khu vực biên giới đất liền"],
["Thứ Năm, 22/12/2011 - 16:20", "năm 2011", "năm 2012", "3 bám, 4 cùng", "Lượt xem: 1.042"]))

PAGES.append(page("b1974-caobang-xuanbienphong-2012", """
Báo Cao Bằng điện tử
Thời sự | Quốc phòng - An ninh | Biên giới
Cập nhật: 08:30, 16/01/2012 (GMT+7)
Đại tá Bế Văn Kiên trao quà Tết cho hộ nghèo xã Đàm Thủy.
Ấm áp "Xuân Biên phòng ấm lòng dân" ở Đàm Thủy
(Báo Cao Bằng) - Ngày 14/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Huyện ủy, UBND huyện Trùng Khánh tổ chức chương trình "Xuân Biên phòng ấm lòng dân" Tết Nhâm Thìn 2012 tại xã Đàm Thủy. Dự có Đại tá Bế Văn Kiên, Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh; bà Nông Thị Phấy, Phó Chủ tịch UBND huyện Trùng Khánh cùng đông đảo bà con các dân tộc Tày, Nùng, Mông trong vùng.
Tại chương trình, Ban tổ chức trao 300 suất quà Tết cho hộ nghèo, gia đình chính sách, mỗi suất trị giá 300.000 đồng gồm gạo, bánh kẹo, chăn ấm; trao 12 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó. Tổ quân y Đồn Biên phòng Đàm Thủy phối hợp Trung tâm Y tế huyện khám bệnh, cấp thuốc miễn phí cho 420 lượt người. Tổng giá trị chương trình trên 150 triệu đồng, do cán bộ, chiến sĩ đơn vị đóng góp và vận động các doanh nghiệp ủng hộ.
Cũng trong dịp này, đơn vị tổ chức "Gian hàng Tết miễn phí" với hàng trăm mặt hàng thiết yếu; các chiến sĩ cùng bà con gói 200 chiếc bánh chưng xanh, giao lưu văn nghệ, thi đẩy gậy, kéo co.
Phát biểu tại chương trình, Đại tá Bế Văn Kiên mong muốn cấp ủy, chính quyền và nhân dân xã Đàm Thủy tiếp tục phối hợp chặt chẽ với đồn biên phòng, giữ vững an ninh trật tự khu vực biên giới, tích cực tham gia phong trào quần chúng tự quản đường biên, mốc quốc giới.
Thiếu tá Lương Văn Chúng, Đồn trưởng Đồn Biên phòng Đàm Thủy cho biết: năm 2011, đơn vị đã giúp nhân dân 1.200 ngày công, làm mới 4 km đường liên thôn và vận động 57 hộ đăng ký tham gia tổ tự quản.
Xúc động khi nhận quà, bà Hoàng Thị Lẻ ở xóm Bản Giốc chia sẻ: "Năm nay nhà tôi có thêm cái Tết đủ đầy, cảm ơn bộ đội biên phòng nhiều lắm".
Theo lãnh đạo huyện Trùng Khánh, chương trình là hoạt động ý nghĩa, thể hiện tình quân dân gắn bó, góp phần củng cố thế trận biên phòng toàn dân nơi địa đầu Tổ quốc. Sau chương trình, các chiến sĩ còn đến từng nhà các hộ neo đơn, gia đình có công với cách mạng ở các xóm giáp biên để thăm hỏi, động viên bà con đón Tết an toàn, tiết kiệm.
Hoàng Yến
Ảnh: Các chiến sĩ biên phòng cùng bà con gói bánh chưng.
Các tin khác
- Trùng Khánh: Ra quân trồng cây đầu xuân (12/01/2012)
- Bộ đội Biên phòng tỉnh thăm, chúc Tết các già làng, trưởng bản (10/01/2012)
- Bảo Lạc: Vận động đồng bào không di cư tự do (02/01/2012)
- Hội Cựu chiến binh tỉnh tổng kết công tác Hội năm 2011 (28/12/2011)
- Hà Quảng: Trao 50 suất quà cho học sinh nghèo (06/01/2012)
""", "2012-01-16", "Ấm áp \"Xuân Biên phòng ấm lòng dân\" ở Đàm Thủy",
E("trao_qua", None, "2012-01-14"),
[P("Bế Văn Kiên", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Nông Thị Phấy", "Phó Chủ tịch UBND huyện Trùng Khánh"),
 P("Lương Văn Chúng", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Đàm Thủy"),
 P("Hoàng Thị Lẻ")],
[Q("300 suất quà Tết", 300, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("12 suất học bổng", 12, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("420 lượt người", 420, "lượt người"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("200 chiếc bánh chưng", 200, "chiếc bánh chưng"),
 Q("1.200 ngày công", 1200, "ngày công"), Q("4 km", 4, "km"), Q("57 hộ", 57, "hộ")],
[],
[prov("Cao Bằng"), com("Đàm Thủy")],
["Báo Cao Bằng điện tử", "Thời sự | Quốc phòng - An ninh | Biên giới", "Đại tá Bế Văn Kiên trao quà Tết cho hộ nghèo xã Đàm Thủy.",
 "(Báo Cao Bằng)", "Xuân Biên phòng ấm lòng dân", "Gian hàng Tết miễn phí", "Ảnh: Các chiến sĩ biên phòng cùng bà con gói bánh chưng.", "Bản Giốc"],
["Cập nhật: 08:30, 16/01/2012 (GMT+7)", "Tết Nhâm Thìn 2012", "năm 2011", "hàng trăm mặt hàng"]))

PAGES.append(page("b1975-hagiang-bdv-giaoban-q3-2013", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ | Hoạt động dân vận | Dân vận lực lượng vũ trang
08:15 | 10/10/2013
Khối dân vận và lực lượng vũ trang tỉnh phối hợp chặt chẽ vùng biên
Sáng 8/10, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận quý III năm 2013 với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Công an tỉnh. Đồng chí Lục Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vàng Thị Chu, Sèn Văn Hạnh.
Toàn cảnh buổi giao ban.
Trong quý III, các lực lượng vũ trang đã cử 198 lượt cán bộ, chiến sĩ xuống thôn, bản giúp dân thu hoạch mùa màng, khắc phục hậu quả mưa lũ; phối hợp xây dựng 46 căn nhà đại đoàn kết cho hộ nghèo ở các xã vùng cao núi đá. Bộ Chỉ huy BĐBP tỉnh đã vận động 35 hộ dân di cư tự do trở về nơi cư trú ổn định cuộc sống; các đồn biên phòng tiếp 62 lượt công dân đến phản ánh, kiến nghị. Tổng kinh phí huy động cho các hoạt động an sinh trong quý đạt 2,8 tỷ đồng.
Khối dân vận các cấp tiếp tục thực hiện Chỉ thị 03, 04-CT/TU của Tỉnh ủy về công tác dân vận ở vùng đồng bào Mông và về vận động nhân dân khu vực biên giới; Ban Dân vận Tỉnh ủy ban hành kế hoạch số 27-KH/BDVTU về kiểm tra việc thực hiện Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh.
Tại buổi giao ban, Thượng tá Lù Văn Khánh, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, thông báo kết quả mô hình "Dân vận khéo" của lực lượng dân quân tự vệ; Trung tá Thào Mí Sính, Chính trị viên Đồn Biên phòng Lũng Cú, kiến nghị tăng cường phối hợp tuyên truyền pháp luật về biên giới cho bà con ở xã Lũng Cú và xã Ma Lé.
Kết luận buổi giao ban, đồng chí Lục Thị Mai đề nghị quý IV các đơn vị tập trung vận động nhân dân thực hiện "3 không" trong mùa khô, chuẩn bị tốt các hoạt động chăm lo Tết cho đồng bào vùng biên; thống nhất chọn 7 xã biên giới để xây dựng mô hình điểm dân vận lực lượng vũ trang năm 2014.
Các ý kiến cũng chỉ ra khó khăn: địa bàn rộng, chia cắt, giao thông đi lại vất vả; một bộ phận đồng bào còn nghe theo kẻ xấu di cư tự do; việc phối hợp nắm tình hình giữa cơ sở và đơn vị đóng quân có lúc chưa kịp thời. Ban Dân vận Tỉnh ủy Hà Giang đề nghị các đơn vị tăng cường trao đổi thông tin định kỳ.
Sùng Mí Páo
Số lượt xem: 512
Tin cùng chuyên mục
- Đồng Văn: Bộ đội giúp dân làm nhà sau lũ (25/09/2013)
- Hội nghị báo cáo viên tháng 9/2013 (18/09/2013)
- Gặp mặt người có uy tín tiêu biểu các huyện vùng cao (05/09/2013)
- Yên Minh: Đẩy mạnh vận động đồng bào phát triển kinh tế (20/08/2013)
- Mèo Vạc: Ra mắt tổ tự quản đường biên, mốc quốc giới (27/08/2013)
""", "2013-10-10", "Khối dân vận và lực lượng vũ trang tỉnh phối hợp chặt chẽ vùng biên",
E("giao_ban", "2013-Q3", "2013-10-08"),
[P("Lục Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Chu", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Sèn Văn Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Khánh", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Thào Mí Sính", "Trung tá", "Chính trị viên Đồn Biên phòng Lũng Cú")],
[Q("198 lượt cán bộ, chiến sĩ", 198, "lượt cán bộ, chiến sĩ"), Q("46 căn nhà đại đoàn kết", 46, "căn nhà đại đoàn kết"),
 Q("35 hộ dân", 35, "hộ dân"), Q("62 lượt công dân", 62, "lượt công dân"), Q("2,8 tỷ đồng", 2800000000, "đồng"),
 Q("7 xã biên giới", 7, "xã biên giới")],
[D("Chỉ thị", "03", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Chỉ thị", "04", "CT/TU", None, "Tỉnh ủy", "Chỉ thị 03, 04-CT/TU của Tỉnh ủy"),
 D("Kế hoạch", "27", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 27-KH/BDVTU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ | Hoạt động dân vận | Dân vận lực lượng vũ trang", "Toàn cảnh buổi giao ban.",
 "Dân vận khéo", "3 không", "Số lượt xem: 512"],
["08:15 | 10/10/2013", "quý III năm 2013", "quý IV", "3 không", "năm 2014", "Số lượt xem: 512"]))

PAGES.append(page("b1976-laichau-bdbp-soket-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU
Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận
17/07/2014 - 10:05
Sơ kết 6 tháng phong trào toàn dân tự quản đường biên, mốc quốc giới
Ngày 15/7, Ủy ban MTTQ Việt Nam tỉnh phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2014 phong trào "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản". Đồng chí Lò Văn Hặc, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh và Đại tá Trần Quang Vinh, Phó Chính ủy BĐBP tỉnh đồng chủ trì.
Các đại biểu dự hội nghị sơ kết.
Lai Châu có 265,095 km đường biên giới với Trung Quốc, 8 xã biên giới. Theo báo cáo, 6 tháng qua đã có 1.268 hộ tham gia tự quản 92 mốc quốc giới và các đoạn đường biên; toàn tuyến duy trì 246 tổ tự quản an ninh trật tự. Quần chúng đã cung cấp cho các đồn biên phòng 14 vụ việc liên quan đến xuất nhập cảnh trái phép, buôn bán người. Thực hiện Kế hoạch 45/KH-BĐBP của Bộ Chỉ huy BĐBP tỉnh và Quyết định số 1123/QĐ-UBND ngày 12/9/2013 của UBND tỉnh, các đồn phối hợp cấp ủy xã mở 23 buổi tuyên truyền cho 3.150 lượt người.
Tại hội nghị, ông Chu Chà Pứ, Chủ tịch Ủy ban MTTQ xã Ka Lăng, cho biết các tổ tự quản của bà con người Hà Nhì đều tuần tra mốc mỗi tuần một lần. Ông Tẩn Láo San, Trưởng bản Tả Ngảo, xã Dào San, đề nghị hỗ trợ đèn pin, áo mưa cho tổ viên. Ông Giàng A Dình, Bí thư Chi bộ bản Tả Phìn, xã Mù Cả, chia sẻ kinh nghiệm vận động đồng bào không nghe kẻ xấu kích động.
Kết luận hội nghị, đồng chí Lò Văn Hặc đề nghị 6 tháng cuối năm Mặt trận các cấp tiếp tục phối hợp với BĐBP nhân rộng các mô hình tự quản, gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng giấy khen cho 9 tổ tự quản, mỗi tổ 2 triệu đồng tiền thưởng.
Hội nghị thẳng thắn chỉ ra hạn chế: một số tổ tự quản hoạt động còn hình thức, chưa có quy chế rõ ràng; kinh phí hỗ trợ cho tổ viên còn thấp; việc tuyên truyền bằng tiếng Hà Nhì, Dao, Mông chưa được thường xuyên. Nhiều ý kiến đề nghị Bộ Chỉ huy BĐBP tỉnh biên soạn tờ gấp song ngữ để phát đến từng hộ gia đình ở các bản giáp biên.
Lò Thị Thu
Tin liên quan
- Phong Thổ: Ra mắt 5 tổ tự quản mốc quốc giới (30/06/2014)
- Mường Tè: Tặng quà người có uy tín dịp Tết Độc lập (12/06/2014)
- Sìn Hồ: Tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở (20/06/2014)
- Tam Đường: Biểu dương gia đình văn hóa tiêu biểu (16/06/2014)
- Than Uyên: Hội nghị điển hình tiên tiến (10/06/2014)
- Giao ban công tác Mặt trận quý II năm 2014 (05/06/2014)
""", "2014-07-17", "Sơ kết 6 tháng phong trào toàn dân tự quản đường biên, mốc quốc giới",
E("so_ket", "2014-H1", "2014-07-15"),
[P("Lò Văn Hặc", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quang Vinh", "Đại tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Chu Chà Pứ", "Chủ tịch Ủy ban MTTQ xã Ka Lăng"),
 P("Tẩn Láo San", "Trưởng bản Tả Ngảo"),
 P("Giàng A Dình", "Bí thư Chi bộ bản Tả Phìn")],
[Q("265,095 km", 265.095, "km"), Q("8 xã biên giới", 8, "xã biên giới"), Q("1.268 hộ", 1268, "hộ"),
 Q("92 mốc quốc giới", 92, "mốc quốc giới"), Q("246 tổ tự quản an ninh trật tự", 246, "tổ tự quản an ninh trật tự"),
 Q("14 vụ việc", 14, "vụ việc"), Q("23 buổi tuyên truyền", 23, "buổi tuyên truyền"), Q("3.150 lượt người", 3150, "lượt người"),
 Q("9 tổ tự quản", 9, "tổ tự quản"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Kế hoạch", "45", "KH-BĐBP", None, "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch 45/KH-BĐBP"),
 D("Quyết định", "1123", "QĐ-UBND", "2013-09-12", "UBND tỉnh", "Quyết định số 1123/QĐ-UBND ngày 12/9/2013")],
[prov("Lai Châu"), com("Ka Lăng"), com("Dào San"), com("Mù Cả")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LAI CHÂU", "Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận",
 "Các đại biểu dự hội nghị sơ kết.", "Toàn dân tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự thôn, bản",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Trung Quốc"],
["17/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "mỗi tuần một lần"]))

PAGES.append(page("b1977-dienbien-bdbp-nguoicouytin-2015", """
Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Bạn đang ở: Trang chủ › Quốc phòng - An ninh
Ngày đăng 14/08/2015 | 16:20
Ảnh: Đại biểu người có uy tín dự hội nghị.
Gặp mặt người có uy tín khu vực biên giới năm 2015
Ngày 13/8, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, biểu dương người có uy tín khu vực biên giới năm 2015. Dự hội nghị có 150 người có uy tín đến từ các bản giáp biên với Lào và Trung Quốc. Đại tá Vũ Đức Thọ, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh và đồng chí Lầu Thị Dua, Phó Trưởng Ban Dân tộc tỉnh chủ trì.
Những năm qua, thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số và Chỉ thị số 01/CT-TTg ngày 9/1/2015 của Thủ tướng Chính phủ về tổ chức phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia, đội ngũ người có uy tín đã cùng các đồn biên phòng vận động bà con giữ gìn an ninh bản làng. 7 tháng đầu năm, người có uy tín đã cung cấp 42 nguồn tin có giá trị, giúp lực lượng chức năng bắt giữ 17 đối tượng mua bán trái phép chất ma túy, thu 3,2 kg heroin.
Tại hội nghị, nhiều ý kiến phát biểu tâm huyết. Ông Lò Văn Pánh, người có uy tín bản Huổi Lụ, xã Sen Thượng, kể việc vận động 12 thanh niên trong bản cai nghiện thành công. Các ông Vàng A Chứ, Quàng Văn Sinh, Pờ Sừ Hừ - người có uy tín xã Mường Nhé đề nghị các đồn tăng cường tuyên truyền bằng tiếng dân tộc. Già làng Chang A Dế ở bản Nậm Vì kiến nghị hỗ trợ giống cây trồng cho bà con thay thế cây thuốc phiện.
Phát biểu, Đại tá Vũ Đức Thọ ghi nhận những đóng góp của đội ngũ người có uy tín, khẳng định BĐBP tỉnh sẽ tiếp tục thực hiện tốt phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới" và mô hình "Con nuôi đồn Biên phòng".
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho 8 người có uy tín tiêu biểu; tặng 150 suất quà, mỗi suất trị giá 500.000 đồng cho các đại biểu dự hội nghị.
Nhiều đại biểu bày tỏ niềm vui khi được gặp mặt, trao đổi trực tiếp với lãnh đạo các cơ quan của tỉnh, đồng thời hứa sẽ tiếp tục là cầu nối giữa cấp ủy, chính quyền với bà con, vận động con cháu không vượt biên trái phép, không tàng trữ, sử dụng ma túy.
Quàng Hương
Tin khác
- Mường Nhé: Bộ đội biên phòng giúp dân thu hoạch lúa (07/08/2015)
- Đồn Biên phòng A Pa Chải ra mắt tổ tự quản (29/07/2015)
- Tủa Chùa: Nâng cao chất lượng sinh hoạt chi bộ bản (09/07/2015)
- Nậm Pồ: Tuyên truyền Luật Biên giới quốc gia cho bà con (15/07/2015)
""", "2015-08-14", "Gặp mặt người có uy tín khu vực biên giới năm 2015",
E("hoi_nghi", "2015", "2015-08-13"),
[P("Vũ Đức Thọ", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Lầu Thị Dua", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lò Văn Pánh", "người có uy tín bản Huổi Lụ"),
 P("Vàng A Chứ", "người có uy tín xã Mường Nhé"), P("Quàng Văn Sinh", "người có uy tín xã Mường Nhé"),
 P("Pờ Sừ Hừ", "người có uy tín xã Mường Nhé"),
 P("Chang A Dế", "Già làng")],
[Q("150 người có uy tín", 150, "người có uy tín"), Q("42 nguồn tin", 42, "nguồn tin"), Q("17 đối tượng", 17, "đối tượng"),
 Q("3,2 kg", 3.2, "kg"), Q("12 thanh niên", 12, "thanh niên"), Q("8 người có uy tín tiêu biểu", 8, "người có uy tín tiêu biểu"),
 Q("150 suất quà", 150, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 9/1/2015")],
[prov("Điện Biên"), com("Sen Thượng"), com("Mường Nhé")],
["Báo Điện Biên Phủ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Bạn đang ở: Trang chủ › Quốc phòng - An ninh",
 "Ảnh: Đại biểu người có uy tín dự hội nghị.", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Con nuôi đồn Biên phòng",
 "Lào", "Trung Quốc"],
["Ngày đăng 14/08/2015 | 16:20", "năm 2015", "7 tháng đầu năm"]))

PAGES.append(page("b1978-quangbinh-bdv-taphuan-2016", """
BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH
Vị trí: Trang chủ :: Tin tức - Sự kiện :: Tập huấn, bồi dưỡng
2016-05-20 09:40
Nâng cao kỹ năng dân vận cho cán bộ Biên phòng và cơ sở
Trong 2 ngày 18 và 19/5/2016, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp tập huấn nghiệp vụ công tác dân vận năm 2016 cho 120 học viên là cán bộ các đồn biên phòng và cán bộ dân vận của 16 xã biên giới, ven biển.
Đồng chí Trần Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Trần Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: vùng biên giới, ven biển của tỉnh có đông đồng bào Bru - Vân Kiều, Chứt sinh sống, đời sống còn nhiều khó khăn, vì vậy cán bộ làm công tác dân vận phải thật sự "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Các học viên được quán triệt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ về Quy chế khu vực biên giới đất liền; Hướng dẫn số 12-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" trong lực lượng vũ trang. Đại tá Đinh Công Thưởng, Phó Chính ủy BĐBP tỉnh, giới thiệu kinh nghiệm vận động ngư dân tham gia "Tổ tàu thuyền đoàn kết" với 214 tổ, 1.630 tàu cá.
Trong buổi thảo luận, ông Hồ Văn Lai, Bí thư Đảng ủy xã Thượng Trạch, chia sẻ cách phối hợp với Đồn Biên phòng Cà Roòng vận động bà con Bru - Vân Kiều đưa con em đến trường; bà Hồ Thị Xuân, Chủ tịch Hội LHPN xã Dân Hóa, nêu mô hình "Mẹ đỡ đầu" giúp 25 học sinh có hoàn cảnh khó khăn. Thiếu tá Đinh Xuân Thanh, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Cha Lo, trình bày cách "3 cùng" với dân ở bản người Chứt.
Bế mạc lớp tập huấn, Ban tổ chức phát tài liệu và giao 16 xã đăng ký xây dựng ít nhất một mô hình dân vận khéo trong năm. Được biết, năm 2015, toàn tỉnh có 38 mô hình "Dân vận khéo" trong lực lượng vũ trang được công nhận.
Theo Ban Dân vận Tỉnh ủy Quảng Bình, lớp tập huấn giúp cán bộ cơ sở nắm vững phương pháp vận động quần chúng, biết cách tổ chức đối thoại, giải quyết kiến nghị của nhân dân ngay từ thôn, bản.
Phan Phương
Tin liên quan
- Quảng Ninh: Gặp mặt già làng, trưởng bản người Bru - Vân Kiều (10/05/2016)
- Sơ kết 5 năm phong trào thi đua "Dân vận khéo" (28/04/2016)
- Minh Hóa: Gặp mặt cán bộ dân vận cơ sở (06/04/2016)
- Lệ Thủy: Ra mắt mô hình "Dân vận khéo" ở xã biên giới (01/04/2016)
- Bộ đội Biên phòng tỉnh trao 50 suất học bổng cho học sinh nghèo (15/04/2016)
""", "2016-05-20", "Nâng cao kỹ năng dân vận cho cán bộ Biên phòng và cơ sở",
E("tap_huan", "2016", "2016-05-18"),
[P("Trần Thị Thu Hà", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Thưởng", "Đại tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Hồ Văn Lai", "Bí thư Đảng ủy xã Thượng Trạch"),
 P("Hồ Thị Xuân", "Chủ tịch Hội LHPN xã Dân Hóa"),
 P("Đinh Xuân Thanh", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Cha Lo")],
[Q("120 học viên", 120, "học viên"), Q("16 xã biên giới, ven biển", 16, "xã biên giới, ven biển"),
 Q("214 tổ", 214, "tổ"), Q("1.630 tàu cá", 1630, "tàu cá"), Q("25 học sinh", 25, "học sinh"),
 Q("38 mô hình", 38, "mô hình")],
[D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Nghị định", "34", "2014/NĐ-CP", "2014-04-29", "Chính phủ", "Nghị định số 34/2014/NĐ-CP ngày 29/4/2014"),
 D("Hướng dẫn", "12", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BDVTU")],
[prov("Quảng Bình"), com("Thượng Trạch"), com("Dân Hóa")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG BÌNH", "Vị trí: Trang chủ :: Tin tức - Sự kiện :: Tập huấn, bồi dưỡng",
 "Đồng chí Trần Thị Thu Hà, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Dân vận khéo", "Tổ tàu thuyền đoàn kết", "Mẹ đỡ đầu", "3 cùng",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["2016-05-20 09:40", "2 ngày", "năm 2016", "3 cùng", "năm 2015"]))
