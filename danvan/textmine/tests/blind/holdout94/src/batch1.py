from lib import *
PAGES = []

PAGES.append(page("b2213-nghean-qluu-dvcq-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY NGHỆ AN
Trang chủ > Hoạt động dân vận > Dân vận chính quyền
Thứ Tư, 28/12/2011 - 16:30
Quỳnh Lưu: Tổng kết công tác dân vận chính quyền năm 2011
Chiều 27/12, Ban Chỉ đạo công tác dân vận chính quyền huyện Quỳnh Lưu tổ chức hội nghị tổng kết công tác dân vận của chính quyền năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Hồ Văn Thắng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo chủ trì hội nghị. Dự hội nghị có đồng chí Lô Thị Kim Ngân, Phó Trưởng Ban Dân vận Tỉnh ủy và 96 đại biểu là lãnh đạo các phòng, ban, đoàn thể và Chủ tịch UBND 43 xã, thị trấn.
Quang cảnh hội nghị. Ảnh: Phan Hòa
Năm 2011, UBND huyện đã ban hành Kế hoạch số 27/KH-UBND ngày 14/3/2011 về thực hiện công tác dân vận của chính quyền, cụ thể hóa Chỉ thị 01/2011/CT-UBND của UBND tỉnh Nghệ An. Việc thực hiện Quy chế dân chủ ở cơ sở gắn với cải cách hành chính theo Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ bước đầu có chuyển biến. Bộ phận "một cửa" của huyện và các xã đã tiếp nhận 15.870 hồ sơ, trả kết quả đúng hạn đạt 98,2%; 100% xã, thị trấn niêm yết công khai thủ tục hành chính tại trụ sở.
Công tác tiếp dân được duy trì nền nếp. Lãnh đạo UBND huyện đã tiếp 1.246 lượt công dân; toàn huyện tiếp nhận 412 đơn thư, kiến nghị, đã giải quyết 389 đơn, đạt 94,4%. Đội ngũ cán bộ, công chức thực hiện phương châm "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"; đã có 58 mô hình "Dân vận khéo" được đăng ký, trong đó 7 mô hình cấp huyện.
Tuy vậy, một số cán bộ, công chức xã còn gây phiền hà cho dân; việc giải quyết đơn thư ở 5 xã vùng biển còn chậm, để người dân gửi đơn vượt cấp.
Tại hội nghị, đồng chí Vi Văn Sơn, Chủ tịch UBND xã Quỳnh Thạch, chia sẻ cách làm "3 công khai" trong thu chi ngân sách xã; bà Nguyễn Thị Hằng, cán bộ một cửa xã Quỳnh Lương, nêu kinh nghiệm hướng dẫn người dân làm hồ sơ đất đai. Các đồng chí Phó Chủ tịch UBND huyện: Nguyễn Đình Lực, Hồ Thị Thanh Mai giải trình các ý kiến liên quan đền bù, giải phóng mặt bằng tuyến đường ven biển.
Phát biểu chỉ đạo, đồng chí Lô Thị Kim Ngân đề nghị huyện tiếp tục thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"; người đứng đầu chính quyền phải trực tiếp tiếp dân, đối thoại với dân.
Dịp này, UBND huyện tặng giấy khen cho 8 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác dân vận chính quyền năm 2011.
Phan Hòa
Lượt truy cập: 120.566
Tin liên quan
- Diễn Châu: hội nghị dân vận chính quyền (22/12/2011)
- Ra mắt mô hình "Dân vận khéo" ở xã Quỳnh Thạch (02/12/2011)
- Con Cuông sơ kết 3 năm thực hiện Quyết định 290 (15/11/2011)
- Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở (03/11/2011)
""", "2011-12-28", "Quỳnh Lưu: Tổng kết công tác dân vận chính quyền năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Hồ Văn Thắng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Trưởng Ban Chỉ đạo"),
 P("Lô Thị Kim Ngân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Chủ tịch UBND xã Quỳnh Thạch"),
 P("Nguyễn Thị Hằng", "cán bộ một cửa xã Quỳnh Lương"),
 P("Nguyễn Đình Lực", "Phó Chủ tịch UBND huyện"),
 P("Hồ Thị Thanh Mai", "Phó Chủ tịch UBND huyện")],
[Q("96 đại biểu", 96, "đại biểu"), Q("43 xã, thị trấn", 43, "xã, thị trấn"), Q("15.870 hồ sơ", 15870, "hồ sơ"),
 Q("98,2%", 98.2, "%"), Q("100%", 100, "%"), Q("1.246 lượt công dân", 1246, "lượt công dân"),
 Q("412 đơn thư, kiến nghị", 412, "đơn thư, kiến nghị"), Q("389 đơn", 389, "đơn"), Q("94,4%", 94.4, "%"),
 Q("58 mô hình", 58, "mô hình"), Q("7 mô hình cấp huyện", 7, "mô hình cấp huyện"), Q("5 xã vùng biển", 5, "xã vùng biển"),
 Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Kế hoạch", "27", "KH-UBND", "2011-03-14", "UBND huyện", "Kế hoạch số 27/KH-UBND ngày 14/3/2011"),
 D("Chỉ thị", "01", "2011/CT-UBND", None, "UBND tỉnh Nghệ An", "Chỉ thị 01/2011/CT-UBND"),
 D("Nghị quyết", "30c", "NQ-CP", "2011-11-08", "Chính phủ", "Nghị quyết số 30c/NQ-CP ngày 08/11/2011"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Nghệ An"), com("Quỳnh Thạch"), com("Quỳnh Lương")],
["BAN DÂN VẬN TỈNH ỦY NGHỆ AN", "Trang chủ > Hoạt động dân vận > Dân vận chính quyền", "Quang cảnh hội nghị. Ảnh: Phan Hòa",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân", "Dân vận khéo", "một cửa",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Quy chế dân chủ ở cơ sở", "Lượt truy cập: 120.566"],
["Thứ Tư, 28/12/2011 - 16:30", "năm 2011", "năm 2012", "3 công khai", "Lượt truy cập: 120.566"]))

PAGES.append(page("b2214-thanhhoa-txuan-bdvhu-soket-2012", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự » Chính trị » Xây dựng Đảng
Cập nhật: 09:42, 10/07/2012 (GMT+7)
Đồng chí Cầm Bá Tuấn, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.
Thường Xuân: Nhiều cách làm hay trong vận động đồng bào Thái, Mường
(Baothanhhoa.vn) - Ngày 9/7, Ban Dân vận Huyện ủy Thường Xuân tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Cầm Bá Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; đồng chí Hà Văn Ngọ, Phó Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị. Cùng dự có 35 đồng chí là trưởng khối dân vận các xã, thị trấn và cán bộ chuyên trách.
Sáu tháng qua, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị số 05-CT/HU về tăng cường công tác dân vận ở 11 xã vùng cao và Kết luận 12, 13-KL/HU về vận động đồng bào xóa bỏ hủ tục trong việc cưới, việc tang và về bảo vệ rừng đầu nguồn. Ban Dân vận Huyện ủy cũng ban hành Hướng dẫn số 04-HD/BDVHU về xây dựng, nhân rộng mô hình "Dân vận khéo" trong cả hệ thống chính trị.
Toàn huyện đăng ký 47 mô hình "Dân vận khéo"; trong đó lĩnh vực phát triển kinh tế có 26 mô hình, văn hóa - xã hội có 13 mô hình, quốc phòng - an ninh có 8 mô hình. Nhân dân đã hiến 12.400 m2 đất, đóng góp trên 3,6 tỷ đồng và 5.200 ngày công làm 18,5 km đường giao thông nông thôn. Các xã đã kiện toàn 168 tổ dân vận ở các thôn, bản.
Thường trực Huyện ủy đã tiếp 64 lượt công dân, nhận 38 đơn thư; đến nay đã giải quyết 31 đơn, số còn lại đang được xác minh.
Tại hội nghị, bà Lò Thị Xuân, Chủ tịch Hội LHPN xã Bát Mọt, chia sẻ cách vận động chị em người Thái vay vốn phát triển chăn nuôi; ông Lữ Văn Phanh, Trưởng bản Vịn, xã Yên Nhân, kể lại việc bà con tự nguyện góp đất, góp công làm đường vào bản.
Phát biểu kết luận, đồng chí Cầm Bá Tuấn yêu cầu 6 tháng cuối năm cán bộ dân vận phải thực hiện tốt phương châm "3 cùng" với dân, tiếp tục quán triệt Nghị quyết Trung ương 4 (khóa XI), chủ động nắm tình hình ở các bản giáp ranh với tỉnh Nghệ An. Đồng chí Hà Văn Ngọ đề nghị huyện sớm tổng kết cách làm hay để nhân rộng ra toàn tỉnh Thanh Hóa.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể và 9 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo" 6 tháng đầu năm; mỗi tập thể được thưởng 500.000 đồng.
Lê Hợi
Bản in | Gửi bài cho bạn bè
Các tin khác
- Như Xuân: hội nghị dân vận chính quyền (06/07/2012)
- Lang Chánh ra mắt 5 mô hình "Dân vận khéo" (28/06/2012)
- Bá Thước: đối thoại với nhân dân về bồi thường thủy điện (20/06/2012)
- 200 cán bộ dân vận được tập huấn nghiệp vụ (12/06/2012)
""", "2012-07-10", "Thường Xuân: Nhiều cách làm hay trong vận động đồng bào Thái, Mường",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Cầm Bá Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hà Văn Ngọ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Thị Xuân", "Chủ tịch Hội LHPN xã Bát Mọt"),
 P("Lữ Văn Phanh", "Trưởng bản Vịn")],
[Q("35 đồng chí", 35, "đồng chí"), Q("11 xã vùng cao", 11, "xã vùng cao"), Q("47 mô hình", 47, "mô hình"),
 Q("26 mô hình", 26, "mô hình"), Q("13 mô hình", 13, "mô hình"), Q("8 mô hình", 8, "mô hình"),
 Q("12.400 m2", 12400, "m2"), Q("trên 3,6 tỷ đồng", 3600000000, "đồng", "over"), Q("5.200 ngày công", 5200, "ngày công"),
 Q("18,5 km", 18.5, "km"), Q("168 tổ dân vận", 168, "tổ dân vận"), Q("64 lượt công dân", 64, "lượt công dân"),
 Q("38 đơn thư", 38, "đơn thư"), Q("31 đơn", 31, "đơn"),
 Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU"),
 D("Kết luận", "13", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU"),
 D("Hướng dẫn", "04", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 04-HD/BDVHU")],
[prov("Thanh Hóa"), prov("Nghệ An"), com("Bát Mọt"), com("Yên Nhân")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự » Chính trị » Xây dựng Đảng",
 "Đồng chí Cầm Bá Tuấn, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị.", "(Baothanhhoa.vn)", "Dân vận khéo",
 "Nghị quyết Trung ương 4 (khóa XI)", "Bản in | Gửi bài cho bạn bè"],
["Cập nhật: 09:42, 10/07/2012 (GMT+7)", "35 đồng chí", "6 tháng đầu năm 2012", "6 tháng đầu năm;", "6 tháng cuối năm", "3 cùng",
 "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b2215-caobang-cannong-dux-tongket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẦN NÔNG - HUYỆN HÀ QUẢNG - TỈNH CAO BẰNG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy
Ngày đăng 20/12/2013 | 16:20
Ảnh: Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị.
Đảng ủy xã Cần Nông tổng kết công tác dân vận năm 2013
Ngày 18/12, Đảng ủy xã Cần Nông tổ chức hội nghị tổng kết công tác dân vận năm 2013 và triển khai phương hướng, nhiệm vụ năm 2014. Dự hội nghị có đồng chí Đàm Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy Hà Quảng; đồng chí Lục Văn Thuần, Bí thư Đảng ủy xã; các đồng chí trong Ban Thường vụ Đảng ủy, Thường trực HĐND, UBND, khối dân vận xã và 12 bí thư chi bộ, trưởng xóm.
Báo cáo do đồng chí Hoàng Thị Lụa, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã trình bày nêu rõ: năm 2013, Đảng ủy đã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về công tác dân vận trong xây dựng nông thôn mới và Quy chế phối hợp số 02-QC/ĐU giữa Đảng ủy với Mặt trận Tổ quốc và các đoàn thể. Khối dân vận xã duy trì giao ban hằng tháng, nắm chắc tình hình ở 9 xóm.
Nhờ làm tốt công tác vận động, nhân dân các xóm đã hiến 4.350 m2 đất, đóng góp 1.870 ngày công và trên 420 triệu đồng để làm 6,2 km đường bê tông liên xóm. Tổ hòa giải các xóm đã hòa giải thành 14/16 vụ việc, không để phát sinh điểm nóng. Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên kết nạp 26 hội viên mới. Tỷ lệ hộ nghèo của xã giảm còn 38,6%.
Xã đã xây dựng 3 mô hình "Dân vận khéo", tiêu biểu là mô hình "Xóm không có người nghiện ma túy" ở xóm Nà Mạ. Ông Lý Văn Páo, Trưởng xóm Nà Mạ, cho biết bà con người Dao, người Nùng trong xóm đã ký cam kết, tự quản an ninh trật tự từ đầu năm.
Tuy nhiên, hội nghị cũng chỉ ra: việc thực hiện Quy chế dân chủ ở cơ sở có nơi còn hình thức; một số cán bộ xóm chưa nhiệt tình; việc tiếp công dân của lãnh đạo xã có lúc chưa đúng lịch. Các ông Nông Văn Hảo, Đàm Văn Nghiêm - Phó Chủ tịch UBND xã đã giải trình, tiếp thu ý kiến về việc công khai danh sách hộ được hỗ trợ làm nhà. Bà Bế Thị Dịu, Chủ tịch Hội Phụ nữ xã, đề nghị tăng thời lượng sinh hoạt chuyên đề cho hội viên ở các xóm xa.
Kết luận hội nghị, đồng chí Lục Văn Thuần yêu cầu năm 2014 các chi bộ quán triệt Quyết định 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; mỗi đoàn thể xây dựng ít nhất một mô hình mới, góp phần đưa xã đạt chuẩn nông thôn mới của tỉnh Cao Bằng.
Nhân dịp này, Đảng ủy xã khen thưởng 4 tập thể, 7 cá nhân có thành tích trong công tác dân vận năm 2013.
Nông Thị Huệ - Văn phòng Đảng ủy
Số lượt truy cập: 45.208
Các tin khác
- Xã Cần Nông tổ chức Ngày hội Đại đoàn kết toàn dân tộc (18/11/2013)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND xã (05/11/2013)
- Ra quân làm đường bê tông xóm Nà Mạ (10/10/2013)
""", "2013-12-20", "Đảng ủy xã Cần Nông tổng kết công tác dân vận năm 2013",
E("tong_ket", "2013", "2013-12-18"),
[P("Đàm Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy Hà Quảng"),
 P("Lục Văn Thuần", "Bí thư Đảng ủy xã"),
 P("Hoàng Thị Lụa", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Lý Văn Páo", "Trưởng xóm Nà Mạ"),
 P("Nông Văn Hảo", "Phó Chủ tịch UBND xã"),
 P("Đàm Văn Nghiêm", "Phó Chủ tịch UBND xã"),
 P("Bế Thị Dịu", "Chủ tịch Hội Phụ nữ xã")],
[Q("12 bí thư chi bộ, trưởng xóm", 12, "bí thư chi bộ, trưởng xóm"), Q("9 xóm", 9, "xóm"), Q("4.350 m2", 4350, "m2"),
 Q("1.870 ngày công", 1870, "ngày công"), Q("trên 420 triệu đồng", 420000000, "đồng", "over"),
 Q("6,2 km", 6.2, "km"), Q("14/16 vụ việc", 14, "vụ việc"), Q("26 hội viên mới", 26, "hội viên mới"),
 Q("38,6%", 38.6, "%"), Q("3 mô hình", 3, "mô hình"), Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Quy chế phối hợp", "02", "QC/ĐU", None, "Đảng ủy", "Quy chế phối hợp số 02-QC/ĐU"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013")],
[prov("Cao Bằng"), com("Cần Nông")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẦN NÔNG - HUYỆN HÀ QUẢNG - TỈNH CAO BẰNG",
 "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động của Đảng ủy",
 "Ảnh: Đồng chí Bí thư Đảng ủy xã phát biểu kết luận hội nghị.", "Dân vận khéo", "Xóm không có người nghiện ma túy",
 "Quy chế dân chủ ở cơ sở", "Số lượt truy cập: 45.208"],
["Ngày đăng 20/12/2013 | 16:20", "năm 2013", "năm 2014", "Số lượt truy cập: 45.208", "một mô hình"]))

PAGES.append(page("b2216-quangtri-bdvtu-giaoban-q3-2014", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
You are here: Trang chủ >> Tin tức >> Hoạt động Ban Dân vận
08:15 | 08/10/2014
Ảnh: Quang cảnh buổi giao ban.
Khối dân vận tỉnh tập trung giải quyết kiến nghị chính đáng của nhân dân
Ngày 7/10, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban khối dân vận quý III/2014, triển khai nhiệm vụ quý IV. Đồng chí Trần Thị Minh Thu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh và Trưởng Ban Dân vận 10 huyện, thị, thành ủy.
Trong quý, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 112-KH/BDVTU ngày 04/8/2014 về kiểm tra việc thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào Vân Kiều, Pa Kô và về vận động nhân dân tham gia bảo vệ đường biên giới; ký Quy chế phối hợp số 03-QCPH/BDVTU-UBND với Ban cán sự đảng UBND tỉnh về công tác dân vận chính quyền.
Các cơ quan dân vận và chính quyền đã tiếp 126 lượt công dân, nhận 54 đơn thư; 9 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân đã được tổ chức. Ủy ban MTTQ các cấp vận động Quỹ "Vì người nghèo" được 1,28 tỷ đồng, hỗ trợ xây mới 37 căn nhà đại đoàn kết. Toàn tỉnh hiện có 1.104 mô hình "Dân vận khéo", trong đó 96 mô hình cấp tỉnh.
Thảo luận tại buổi giao ban, đồng chí Hồ Văn Lai, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa cho biết, huyện đã phối hợp với Bộ đội Biên phòng vận động 212 hộ đồng bào Vân Kiều định cư. Già làng Kăn Chuôn, người có uy tín bản Xa Rường, xã Hướng Lập, báo cáo cách vận động bà con không nghe kẻ xấu xúi giục. Đại diện xã Hướng Phùng phản ánh còn 18 hộ chưa có đất sản xuất.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Quang Chiến, Hồ Thị Pả thông tin về việc chuẩn bị Đại hội Đảng bộ các cấp và việc lấy ý kiến nhân dân đóng góp vào dự thảo văn kiện.
Ủy ban MTTQ Việt Nam tỉnh cho biết, trong quý đã tổ chức 14 cuộc giám sát việc thực hiện chính sách đối với hộ nghèo, hộ đồng bào dân tộc thiểu số; Hội Nông dân tỉnh phối hợp cho 1.350 hộ vay vốn với tổng dư nợ 46 tỷ đồng; Liên đoàn Lao động tỉnh bàn giao 4 Mái ấm Công đoàn.
Kết luận giao ban, đồng chí Trần Thị Minh Thu đề nghị quý IV các đơn vị tham mưu cấp ủy sơ kết Chỉ thị số 49-CT/TU ngày 20/3/2012 của Tỉnh ủy về công tác dân vận của chính quyền các cấp; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc 18/11; chủ động nắm tình hình, không để xảy ra khiếu kiện đông người.
Minh Thu
Lượt xem: 1.032
Tin liên quan
- Giao ban khối dân vận quý II/2014 (08/07/2014)
- Hướng Hóa: 15 mô hình "Dân vận khéo" được nhân rộng (19/06/2014)
- Tập huấn công tác dân vận cho người có uy tín (30/05/2014)
""", "2014-10-08", "Khối dân vận tỉnh tập trung giải quyết kiến nghị chính đáng của nhân dân",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Trần Thị Minh Thu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lai", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Kăn Chuôn", "Già làng", "người có uy tín bản Xa Rường"),
 P("Lê Quang Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thị Pả", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("10 huyện, thị, thành ủy", 10, "huyện, thị, thành ủy"), Q("126 lượt công dân", 126, "lượt công dân"),
 Q("54 đơn thư", 54, "đơn thư"), Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("1,28 tỷ đồng", 1280000000, "đồng"),
 Q("37 căn nhà đại đoàn kết", 37, "căn nhà đại đoàn kết"), Q("1.104 mô hình", 1104, "mô hình"),
 Q("96 mô hình cấp tỉnh", 96, "mô hình cấp tỉnh"), Q("212 hộ", 212, "hộ"), Q("18 hộ", 18, "hộ"),
 Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("1.350 hộ", 1350, "hộ"), Q("46 tỷ đồng", 46000000000, "đồng"),
 Q("4 Mái ấm Công đoàn", 4, "Mái ấm Công đoàn")],
[D("Kế hoạch", "112", "KH/BDVTU", "2014-08-04", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 04/8/2014"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-UBND", None, "Ban Dân vận Tỉnh ủy", "Quy chế phối hợp số 03-QCPH/BDVTU-UBND"),
 D("Chỉ thị", "49", "CT/TU", "2012-03-20", "Tỉnh ủy", "Chỉ thị số 49-CT/TU ngày 20/3/2012")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Phùng")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "You are here: Trang chủ >> Tin tức >> Hoạt động Ban Dân vận", "Ảnh: Quang cảnh buổi giao ban.",
 "Vì người nghèo", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.032"],
["08:15 | 08/10/2014", "quý III/2014", "quý IV", "18/11", "Lượt xem: 1.032"]))

PAGES.append(page("b2217-daklak-krongpac-doithoai-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Trang chủ | Tin tức sự kiện | Dân vận chính quyền
17/09/2015 - 10:05
Chủ tịch UBND huyện đối thoại với nhân dân xã Ea Phê
Sáng 16/9, tại hội trường UBND xã Ea Phê, đồng chí Y Suôn Buôn Yă, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Krông Pắc đã đối thoại trực tiếp với nhân dân năm 2015, thực hiện Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Quyết định số 1254/QĐ-UBND ngày 22/6/2015 của UBND huyện.
Đồng chí Y Suôn Buôn Yă trả lời ý kiến của người dân. Ảnh: H.Nguyên
Tham dự buổi đối thoại có 215 người dân đại diện cho 11 buôn, thôn; lãnh đạo các phòng, ban chuyên môn của huyện và Thường trực Đảng ủy, HĐND, UBND, Ủy ban MTTQ xã Ea Phê.
Tại buổi đối thoại, người dân đã nêu 19 ý kiến góp ý, tập trung vào cấp giấy chứng nhận quyền sử dụng đất, nâng cấp đường liên buôn, nước tưới cho cà phê mùa khô và chính sách hỗ trợ hộ nghèo đồng bào Êđê, vốn chiếm đông nhất trong các dân tộc thiểu số của huyện và của tỉnh Đắk Lắk. Bà H'Nhi Niê ở buôn Ea Kmar phản ánh hồ sơ cấp giấy chứng nhận của gia đình đã nộp hơn 1 năm chưa có kết quả. Ông Y Thông Mlô, Bí thư Chi bộ buôn Ea Kmar, đề nghị huyện sớm đầu tư đường vào khu sản xuất dài khoảng 3 km.
Ông Nguyễn Văn Hùng, Trưởng phòng Tài nguyên và Môi trường huyện, cho biết năm 2015 toàn huyện đã cấp 2.368 giấy chứng nhận quyền sử dụng đất, đạt 87% kế hoạch; riêng xã Ea Phê còn 146 hồ sơ tồn đọng do chưa thống nhất ranh giới. Bà Lê Thị Mai, Chủ tịch UBND xã Ea Phê, nhận trách nhiệm về việc chậm trả kết quả, hứa sẽ hoàn thành trước ngày 30/11.
Sau khi nghe các phòng giải trình, Chủ tịch UBND huyện đã trả lời trực tiếp 12 ý kiến; 7 ý kiến còn lại được giao các phòng chuyên môn xem xét, trả lời bằng văn bản trong 15 ngày. Đồng chí cho biết, đường giao thông buôn Ea Kmar đã được bố trí 1,5 tỷ đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới, khởi công trong quý IV.
Trong 8 tháng năm 2015, Chủ tịch UBND huyện đã tiếp 143 lượt công dân; Bộ phận tiếp nhận và trả kết quả của huyện giải quyết đúng hạn 96,7% hồ sơ. Đồng chí Y Suôn Buôn Yă yêu cầu cán bộ, công chức xã không được gây khó khăn, sách nhiễu khi người dân đến làm thủ tục; cán bộ nào vi phạm sẽ bị xử lý nghiêm.
Kết thúc đối thoại, nhiều người dân bày tỏ phấn khởi vì các kiến nghị được lắng nghe, giải đáp thấu đáo, đúng tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra".
H.Nguyên
Chia sẻ: Facebook | Zalo | In trang
Tin khác
- Hội nghị tổng kết 5 năm phong trào "Dân vận khéo" (10/09/2015)
- Xã Ea Kênh ra mắt tổ tự quản an ninh trật tự (28/08/2015)
- Tiếp xúc cử tri trước kỳ họp thứ 10 HĐND huyện (14/08/2015)
""", "2015-09-17", "Chủ tịch UBND huyện đối thoại với nhân dân xã Ea Phê",
E("doi_thoai", "2015", "2015-09-16"),
[P("Y Suôn Buôn Yă", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Krông Pắc", "Chủ tịch UBND huyện"),
 P("H'Nhi Niê"),
 P("Y Thông Mlô", "Bí thư Chi bộ buôn Ea Kmar"),
 P("Nguyễn Văn Hùng", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Lê Thị Mai", "Chủ tịch UBND xã Ea Phê")],
[Q("215 người dân", 215, "người dân"), Q("11 buôn, thôn", 11, "buôn, thôn"), Q("19 ý kiến", 19, "ý kiến"),
 Q("khoảng 3 km", 3, "km", "approx"), Q("2.368 giấy chứng nhận quyền sử dụng đất", 2368, "giấy chứng nhận quyền sử dụng đất"),
 Q("87%", 87, "%"), Q("146 hồ sơ tồn đọng", 146, "hồ sơ tồn đọng"), Q("12 ý kiến", 12, "ý kiến"), Q("7 ý kiến", 7, "ý kiến"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("143 lượt công dân", 143, "lượt công dân"), Q("96,7%", 96.7, "%")],
[D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Quyết định", "1254", "QĐ-UBND", "2015-06-22", "UBND huyện", "Quyết định số 1254/QĐ-UBND ngày 22/6/2015")],
[prov("Đắk Lắk"), com("Ea Phê")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK", "Trang chủ | Tin tức sự kiện | Dân vận chính quyền",
 "Đồng chí Y Suôn Buôn Yă trả lời ý kiến của người dân. Ảnh: H.Nguyên", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Chia sẻ: Facebook | Zalo | In trang"],
["17/09/2015 - 10:05", "năm 2015", "hơn 1 năm", "30/11", "15 ngày", "quý IV", "8 tháng năm 2015"]))

PAGES.append(page("b2218-soctrang-bieuduong-dvk-2016", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ › Tin tức - Sự kiện › Phong trào thi đua "Dân vận khéo"
26.08.2016 | 14:10
Biểu dương 85 điển hình "Dân vận khéo"
Ngày 25/8, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp với Ban Thi đua - Khen thưởng tỉnh tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào thi đua "Dân vận khéo" năm 2016. Đồng chí Lâm Văn Mẫn, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo. Đồng chí Thạch Thị Sô Phia, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Các đại biểu dự hội nghị biểu dương. Ảnh: Lý Hương
Theo báo cáo, thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Kế hoạch số 58-KH/TU ngày 15/4/2016 của Tỉnh ủy, phong trào "Dân vận khéo" đã lan tỏa trong cả hệ thống chính trị. Toàn tỉnh có 1.862 mô hình, điển hình "Dân vận khéo"; trong đó lĩnh vực kinh tế có 914 mô hình, văn hóa - xã hội có 532 mô hình, quốc phòng - an ninh có 215 mô hình, xây dựng hệ thống chính trị có 201 mô hình. Qua phong trào, nhân dân đã hiến hơn 86.000 m2 đất, đóng góp trên 41 tỷ đồng làm 312 cây cầu và 275 km đường nông thôn.
Nhiều mô hình gắn với đồng bào Khmer như "Phum sóc không có người nghiện", "Sư sãi tham gia giữ gìn an ninh trật tự" được nhân rộng. Hòa thượng Lâm Em, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ: 94 chùa Khmer trong tỉnh đều có tổ hòa giải và lớp dạy chữ Khmer cho con em đồng bào.
Tại hội nghị, các điển hình tiêu biểu đã trao đổi kinh nghiệm. Bà Kim Thị Sa Vy, Chủ tịch Hội Nông dân xã Lạc Hòa, kể việc vận động 67 hộ nghèo chuyển sang nuôi bò sinh sản; ông Sơn Sà Phonl, Trưởng ấp Tà Ân, xã Đại Ân 2, chia sẻ việc vận động bà con hiến đất mở rộng đường. Thượng tá Trần Văn Cừ, Chính trị viên Ban Chỉ huy Quân sự huyện Trần Đề, nêu cách làm "4 cùng" của cán bộ, chiến sĩ với đồng bào.
Phát biểu chỉ đạo, đồng chí Lâm Văn Mẫn đề nghị các cấp ủy tiếp tục đưa phong trào đi vào chiều sâu, gắn với thực hiện Quy chế dân chủ ở cơ sở, cải cách hành chính và giải quyết kịp thời đơn thư của dân.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 25 tập thể và 60 cá nhân theo Quyết định số 1925/QĐ-UBND ngày 18/8/2016, mỗi tập thể được thưởng 1,5 triệu đồng; Ban Thường vụ Tỉnh ủy tặng giấy khen cho 12 tập thể.
Lý Hương
Lượt xem: 2.417
Tin liên quan
- Mỹ Xuyên: tổng kết 5 năm phong trào "Dân vận khéo" (16/08/2016)
- Vĩnh Châu ra mắt mô hình "Phum sóc bình yên" (30/07/2016)
- Hội thi cán bộ dân vận giỏi lần thứ 2 (19/07/2016)
""", "2016-08-26", 'Biểu dương 85 điển hình "Dân vận khéo"',
E("hoi_nghi", "2016", "2016-08-25"),
[P("Lâm Văn Mẫn", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thạch Thị Sô Phia", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Em", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Sa Vy", "Chủ tịch Hội Nông dân xã Lạc Hòa"),
 P("Sơn Sà Phonl", "Trưởng ấp Tà Ân"),
 P("Trần Văn Cừ", "Thượng tá", "Chính trị viên Ban Chỉ huy Quân sự huyện Trần Đề")],
[Q("85 điển hình", 85, "điển hình"), Q("1.862 mô hình, điển hình", 1862, "mô hình, điển hình"),
 Q("914 mô hình", 914, "mô hình"), Q("532 mô hình", 532, "mô hình"), Q("215 mô hình", 215, "mô hình"),
 Q("201 mô hình", 201, "mô hình"), Q("hơn 86.000 m2", 86000, "m2", "over"), Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("312 cây cầu", 312, "cây cầu"), Q("275 km", 275, "km"), Q("94 chùa Khmer", 94, "chùa Khmer"),
 Q("67 hộ nghèo", 67, "hộ nghèo"), Q("25 tập thể", 25, "tập thể"), Q("60 cá nhân", 60, "cá nhân"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("12 tập thể", 12, "tập thể")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "58", "KH/TU", "2016-04-15", "Tỉnh ủy", "Kế hoạch số 58-KH/TU ngày 15/4/2016"),
 D("Quyết định", "1925", "QĐ-UBND", "2016-08-18", None, "Quyết định số 1925/QĐ-UBND ngày 18/8/2016")],
[prov("Sóc Trăng"), com("Lạc Hòa"), com("Đại Ân 2")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ › Tin tức - Sự kiện › Phong trào thi đua \"Dân vận khéo\"",
 "Các đại biểu dự hội nghị biểu dương. Ảnh: Lý Hương", "Dân vận khéo", "Phum sóc không có người nghiện",
 "Sư sãi tham gia giữ gìn an ninh trật tự", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Quy chế dân chủ ở cơ sở", "Lượt xem: 2.417"],
["26.08.2016 | 14:10", "năm 2016", "4 cùng", "Lượt xem: 2.417"]))
