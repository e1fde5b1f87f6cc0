from lib import *
PAGES = []

PAGES.append(page("b6149-thanhhoa-bcd-qcdc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THANH HÓA
Trang chủ » Hoạt động » Quy chế dân chủ ở cơ sở
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Thanh Hóa tổng kết thực hiện Quy chế dân chủ ở cơ sở năm 2011
Ngày 27/12/2011, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở (QCDC) tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Lê Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Chỉ đạo: Hoàng Thị Lan, Trịnh Xuân Phú, Cầm Bá Tuyến và 86 đại biểu là thành viên Ban Chỉ đạo các huyện, thị xã, thành phố.
Theo báo cáo, năm 2011 Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 38-KH/TU ngày 12/4/2011 về tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị (khóa VIII) về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; UBND tỉnh ban hành Quyết định số 1125/QĐ-UBND về kiện toàn Ban Chỉ đạo các cấp. Các ngành, các địa phương thực hiện nghiêm Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn và các Nghị định 71/1998/NĐ-CP, 07/1999/NĐ-CP của Chính phủ.
Đến nay, 637 xã, phường, thị trấn (đạt 100%) đã xây dựng, niêm yết công khai quy chế thực hiện dân chủ; 4.826 thôn, bản, khu phố có hương ước, quy ước được UBND cấp huyện phê duyệt. Ban Chỉ đạo các cấp đã tổ chức 1.245 cuộc kiểm tra, giám sát. Thực hiện phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra", trong năm nhân dân đóng góp trên 215 tỷ đồng, hiến 1,2 triệu m2 đất và gần 18.000 ngày công để xây dựng đường giao thông nông thôn, nhà văn hóa. Số đơn thư khiếu nại, tố cáo giảm 12,5% so với năm 2010.
Bên cạnh kết quả đạt được, hội nghị chỉ ra một số hạn chế: việc công khai các khoản thu, chi ở một số xã còn hình thức; hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng ở nhiều nơi hiệu quả chưa cao.
Tham luận tại hội nghị, ông Lò Văn Piềng, HUV, Phó Chủ tịch UBND huyện Quan Hóa, cho biết huyện đã chỉ đạo 18 xã công khai danh sách hộ nghèo ngay tại nhà văn hóa bản, nhờ vậy việc bình xét được người dân đồng tình. Bà Hà Thị Nguyệt, Chủ tịch Ủy ban MTTQ xã Thành Sơn, nêu kinh nghiệm vận động 312 hộ hiến đất mở rộng đường liên bản.
Phát biểu kết luận, đồng chí Lê Văn Thắng yêu cầu năm 2012 các cấp ủy, chính quyền tiếp tục đưa việc thực hiện QCDC vào nghị quyết hằng năm; gắn QCDC với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; nâng cao chất lượng tiếp công dân, đối thoại trực tiếp của người đứng đầu.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc trong thực hiện QCDC giai đoạn 2009 - 2011.
Minh Hằng
Lượt xem: 1.204
Tin liên quan
- Như Xuân: ra mắt mô hình "Bản không có đơn thư vượt cấp" (15/12/2011)
- Hậu Lộc hiến 42.000 m2 đất làm đường giao thông (01/12/2011)
- Kiểm tra thực hiện QCDC tại 6 xã miền núi (18/11/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (07/10/2011)
""", "2011-12-28", "Thanh Hóa tổng kết thực hiện Quy chế dân chủ ở cơ sở năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Lê Văn Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("Hoàng Thị Lan", "Phó Trưởng Ban Chỉ đạo"),
 P("Trịnh Xuân Phú", "Phó Trưởng Ban Chỉ đạo"),
 P("Cầm Bá Tuyến", "Phó Trưởng Ban Chỉ đạo"),
 P("Lò Văn Piềng", "HUV", "Phó Chủ tịch UBND huyện Quan Hóa"),
 P("Hà Thị Nguyệt", "Chủ tịch Ủy ban MTTQ xã Thành Sơn")],
[Q("86 đại biểu", 86, "đại biểu"), Q("637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"), Q("100%", 100, "%"),
 Q("4.826 thôn, bản, khu phố", 4826, "thôn, bản, khu phố"), Q("1.245 cuộc kiểm tra, giám sát", 1245, "cuộc kiểm tra, giám sát"),
 Q("trên 215 tỷ đồng", 215000000000, "đồng", "over"), Q("1,2 triệu m2", 1200000, "m2"),
 Q("gần 18.000 ngày công", 18000, "ngày công", "approx"), Q("12,5%", 12.5, "%"), Q("18 xã", 18, "xã"),
 Q("312 hộ", 312, "hộ"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Kế hoạch", "38", "KH/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 12/4/2011"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Quyết định", "1125", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1125/QĐ-UBND"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Nghị định", "71", "1998/NĐ-CP", None, "Chính phủ", "Nghị định 71/1998/NĐ-CP"),
 D("Nghị định", "07", "1999/NĐ-CP", None, "Chính phủ", "07/1999/NĐ-CP")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ » Hoạt động » Quy chế dân chủ ở cơ sở",
 "Ảnh: Quang cảnh hội nghị.", "Dân biết, dân bàn, dân làm, dân kiểm tra",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ban Thanh tra nhân dân", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "khóa VIII", "giai đoạn 2009 - 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b6150-sonla-maison-bcd-soket-2012", """
Báo Sơn La điện tử
Trang chủ | Chính trị | Xây dựng Đảng
Cập nhật: 15:20, 06/07/2012 (GMT+7)
Mai Sơn: Phát huy quyền làm chủ của nhân dân ở vùng tái định cư
(Báo Sơn La) - Ngày 5/7, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Mai Sơn tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Cầm Văn Chính, HUV, Trưởng Ban Dân vận Huyện ủy, Trưởng Ban Chỉ đạo thực hiện QCDC huyện chủ trì hội nghị.
Đồng chí Cầm Văn Chính phát biểu chỉ đạo hội nghị. Ảnh: Lò Hằng
Sáu tháng qua, Ban Chỉ đạo huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành kế hoạch số 112-KH/HU ngày 10/1/2012 về thực hiện QCDC năm 2012; triển khai Hướng dẫn 05-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng "bản điểm" thực hiện dân chủ. Các cơ quan, đơn vị đã thực hiện tốt Quyết định số 1776/QĐ-UBND của UBND tỉnh về công khai chính sách bồi thường, hỗ trợ tái định cư.
Toàn huyện có 22 xã, thị trấn tổ chức hội nghị nhân dân bàn và quyết định trực tiếp các công việc ở bản; 1.850 hộ tái định cư được phổ biến đầy đủ chính sách. Các xã đã tổ chức 35 cuộc họp dân với hơn 3.400 lượt người tham dự, tiếp thu 68 ý kiến đóng góp. Nhân dân tự nguyện đóng góp 2,3 tỷ đồng và khoảng 4.500 ngày công làm đường nội bản, kênh mương. Tỷ lệ hộ được công khai các khoản đóng góp đạt 96%.
Tại hội nghị, đồng chí Sùng A Páo, Bí thư Đảng ủy xã Chiềng Lương, cho biết xã đã thực hiện "4 công khai" ở 17 bản, nhờ vậy không còn đơn thư vượt cấp. Ông Quàng Văn Lả, Trưởng bản Nà Hường, xã Nà Bó, chia sẻ cách họp bản để bà con tự bình xét hộ nghèo, hộ cận nghèo. Bà Tòng Thị Ơn, Chủ tịch Hội LHPN huyện, đề nghị tăng cường đối thoại với hội viên ở các điểm tái định cư.
Đồng chí Lường Thị Xuân, Phó Chủ tịch UBND huyện, thừa nhận một số dự án chậm công khai quy hoạch, làm người dân băn khoăn; đề nghị các phòng chuyên môn khắc phục ngay trong quý III; các xã phải niêm yết bản đồ quy hoạch tại nhà văn hóa bản và trụ sở xã để bà con theo dõi, góp ý trước khi triển khai.
Kết luận hội nghị, đồng chí Cầm Văn Chính yêu cầu 6 tháng cuối năm tiếp tục quán triệt Chỉ thị 30-CT/TW của Bộ Chính trị; kiện toàn Ban Thanh tra nhân dân ở 100% xã, thị trấn; phát huy vai trò trưởng bản, người có uy tín; giải quyết dứt điểm 9 vụ việc tồn đọng liên quan đến đất sản xuất.
Lò Hằng
Các tin khác
- Thuận Châu: Tập huấn QCDC cho cán bộ bản (28/06/2012)
- Ra mắt 12 bản điểm thực hiện dân chủ (15/06/2012)
- Yên Châu đối thoại với nhân dân về đất sản xuất (04/06/2012)
- Sông Mã: Phát huy vai trò người có uy tín (22/05/2012)
""", "2012-07-06", "Mai Sơn: Phát huy quyền làm chủ của nhân dân ở vùng tái định cư",
E("so_ket", "2012-H1", "2012-07-05"),
[P("Cầm Văn Chính", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Trưởng Ban Chỉ đạo thực hiện QCDC huyện"),
 P("Sùng A Páo", "Bí thư Đảng ủy xã Chiềng Lương"),
 P("Quàng Văn Lả", "Trưởng bản Nà Hường"),
 P("Tòng Thị Ơn", "Chủ tịch Hội LHPN huyện"),
 P("Lường Thị Xuân", "Phó Chủ tịch UBND huyện")],
[Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("1.850 hộ tái định cư", 1850, "hộ tái định cư"),
 Q("35 cuộc họp dân", 35, "cuộc họp dân"), Q("hơn 3.400 lượt người", 3400, "lượt người", "over"),
 Q("68 ý kiến", 68, "ý kiến"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("khoảng 4.500 ngày công", 4500, "ngày công", "approx"),
 Q("96%", 96, "%"), Q("17 bản", 17, "bản"), Q("100%", 100, "%"), Q("9 vụ việc tồn đọng", 9, "vụ việc tồn đọng")],
[D("Kế hoạch", "112", "KH/HU", "2012-01-10", "Ban Thường vụ Huyện ủy", "kế hoạch số 112-KH/HU ngày 10/1/2012"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05-HD/BDVTU"),
 D("Quyết định", "1776", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1776/QĐ-UBND"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 30-CT/TW")],
[prov("Sơn La"), com("Chiềng Lương"), com("Nà Bó")],
["Báo Sơn La điện tử", "Trang chủ | Chính trị | Xây dựng Đảng", "(Báo Sơn La)",
 "Đồng chí Cầm Văn Chính phát biểu chỉ đạo hội nghị. Ảnh: Lò Hằng", "bản điểm", "4 công khai", "Ban Thanh tra nhân dân"],
["Cập nhật: 15:20, 06/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Sáu tháng qua", "4 công khai", "quý III", "năm 2012"]))

PAGES.append(page("b6151-quangnam-mttq-giamsat-2013", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Bạn đang ở: Trang chủ > Giám sát và phản biện xã hội
08:45 | 17/10/2013
Đoàn giám sát làm việc tại xã Đại Sơn.
Giám sát thực hiện Pháp lệnh dân chủ tại huyện Đại Lộc
Từ ngày 14 đến 16/10/2013, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Quảng Nam do ông Trần Đình Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 tại huyện Đại Lộc và các xã Đại Hiệp, Đại Sơn, theo chương trình giám sát năm 2013 của Ban Thường trực.
Cùng tham gia đoàn có bà Võ Thị Mỹ Dung, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, và đại diện Ban Dân vận Tỉnh ủy, Sở Nội vụ, Thanh tra tỉnh.
Việc giám sát được tiến hành theo Kế hoạch số 42/KH-MTTQ-BTT ngày 2/8/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN hướng dẫn thi hành Pháp lệnh. Báo cáo của UBND huyện Đại Lộc cho thấy, 18/18 xã, thị trấn đã niêm yết công khai những nội dung phải công khai để nhân dân biết; 100% thôn tổ chức hội nghị nhân dân mỗi năm 2 lần. Trong 3 năm 2011 - 2013, nhân dân bàn và quyết định đầu tư 27 công trình với tổng kinh phí hơn 5,6 tỷ đồng, trong đó dân đóng góp 1,9 tỷ đồng.
Tại xã Đại Sơn, vùng có đông đồng bào Cơ Tu sinh sống, ông Bh'riu Văn Lếch, Phó Chủ tịch UBND xã, cho biết xã đã thành lập Ban Giám sát đầu tư của cộng đồng ở 7 thôn, giám sát 12 công trình. Tuy vậy, đoàn ghi nhận việc công khai dự toán các công trình nhà nước và nhân dân cùng làm còn chậm; biên bản họp thôn chưa lưu đầy đủ; có 34 đơn thư liên quan đến bồi thường thủy điện chưa được trả lời đúng hạn.
Tại xã Đại Hiệp, bà Nguyễn Thị Thu Ba, Chủ tịch Ủy ban MTTQ xã, phản ánh kinh phí hoạt động của Ban Thanh tra nhân dân chỉ 1,5 triệu đồng/năm, không đủ để tổ chức các cuộc giám sát. Ông Alăng Ngước, Trưởng thôn Pà Dấu 1, đề nghị UBND xã công khai thêm danh sách hộ được hỗ trợ gạo.
Kết luận buổi làm việc, ông Trần Đình Khải đề nghị UBND huyện chỉ đạo các xã khắc phục hạn chế trước ngày 31/12/2013; thực hiện nghiêm Quyết định số 2910/QĐ-UBND của UBND tỉnh về quy chế tiếp công dân; chú trọng lấy ý kiến nhân dân trước khi phê duyệt dự án. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và kiến nghị UBND tỉnh.
Hoài Thương
Tin khác
- Phản biện dự thảo quy định thu phí chợ (10/10/2013)
- Tam Kỳ: Hội nghị đại biểu nhân dân (01/10/2013)
- Ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới tại 5 xã (20/09/2013)
- Tiên Phước góp ý xây dựng Đảng, xây dựng chính quyền (11/09/2013)
""", "2013-10-17", "Giám sát thực hiện Pháp lệnh dân chủ tại huyện Đại Lộc",
E("giam_sat", "2013", "2013-10-14"),
[P("Trần Đình Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Mỹ Dung", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bh'riu Văn Lếch", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Thị Thu Ba", "Chủ tịch Ủy ban MTTQ xã"),
 P("Alăng Ngước", "Trưởng thôn Pà Dấu 1")],
[Q("18/18 xã, thị trấn", 18, "xã, thị trấn"), Q("100%", 100, "%"), Q("27 công trình", 27, "công trình"),
 Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("1,9 tỷ đồng", 1900000000, "đồng"), Q("7 thôn", 7, "thôn"),
 Q("12 công trình", 12, "công trình"), Q("34 đơn thư", 34, "đơn thư"), Q("1,5 triệu đồng/năm", 1500000, "đồng")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "42", "KH-MTTQ-BTT", "2013-08-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 42/KH-MTTQ-BTT ngày 2/8/2013"),
 D("Nghị quyết liên tịch", "09", "2008/NQLT-CP-UBTWMTTQVN", None, None, "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN"),
 D("Quyết định", "2910", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 2910/QĐ-UBND")],
[prov("Quảng Nam"), com("Đại Hiệp"), com("Đại Sơn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Bạn đang ở: Trang chủ > Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Đại Sơn.", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng", "Cơ Tu"],
["08:45 | 17/10/2013", "năm 2013", "2 lần", "3 năm 2011 - 2013", "31/12/2013"]))

PAGES.append(page("b6152-gialai-bdv-taphuan-2014", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Chính trị
22/05/2014 - 14:10
Tập huấn nghiệp vụ thực hiện Quy chế dân chủ cho cán bộ cơ sở
(GLO)- Trong 2 ngày 20 và 21/5, Ban Dân vận Tỉnh ủy Gia Lai phối hợp với Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ về thực hiện Quy chế dân chủ ở cơ sở năm 2014 cho 145 học viên là chủ tịch Ủy ban MTTQ, trưởng ban thanh tra nhân dân và cán bộ văn phòng của 48 xã vùng đồng bào dân tộc thiểu số.
Các học viên tham gia lớp tập huấn. Ảnh: Hà Phương
Dự khai mạc có đồng chí Ksor Y Thơn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Nguyễn Hữu Lợi, Đinh Văn Mưk - Phó Trưởng Ban Dân vận Tỉnh ủy; ông Rơ Châm Phin, Phó Giám đốc Sở Nội vụ.
Phát biểu khai mạc, đồng chí Ksor Y Thơn nhấn mạnh: sau 16 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị và 4 năm thực hiện Kết luận số 65-KL/TW ngày 4/3/2010 của Ban Bí thư, việc thực hiện dân chủ ở cơ sở trên địa bàn tỉnh có nhiều chuyển biến. Toàn tỉnh có 222 xã, phường, thị trấn và 2.176 thôn, làng, tổ dân phố đã xây dựng quy ước, hương ước; khoảng 85% làng đồng bào Jrai, Bahnar đưa nội dung bảo vệ rừng, giữ gìn an ninh vào hương ước. Tuy nhiên, ở một số xã vùng sâu, người dân còn ít được bàn bạc về các chương trình hỗ trợ.
Tại lớp học, học viên được báo cáo viên quán triệt Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn; Kế hoạch số 21-KH/BDVTU ngày 5/3/2014 của Ban Dân vận Tỉnh ủy về nâng cao chất lượng hội nghị nhân dân ở thôn, làng; kỹ năng tổ chức họp dân, lấy phiếu tín nhiệm trưởng thôn và tiếp nhận kiến nghị của người dân. Bà Siu Thị Hlim, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, giới thiệu cách công khai các khoản hỗ trợ theo Chương trình 135 bằng tiếng Jrai tại nhà rông.
Nhiều học viên chia sẻ kinh nghiệm thực tế. Ông Đinh Hmek, Chủ tịch Ủy ban MTTQ xã Kon Chiêng, cho biết nhờ họp làng công khai, năm 2013 xã đã bình xét đúng 326 hộ nghèo, không có khiếu nại. Bà Puih H'Nhưn, Trưởng ban Thanh tra nhân dân xã Ia Dreng, đề nghị bổ sung phụ cấp cho thành viên ban vì hiện mỗi người chỉ được 100.000 đồng/tháng.
Dịp này, Ban tổ chức cấp phát 1.500 cuốn sổ tay "Hỏi - đáp về dân chủ ở cơ sở" song ngữ Việt - Jrai và Việt - Bahnar cho các xã. Theo kế hoạch, năm 2014 Ban Dân vận Tỉnh ủy sẽ mở thêm 3 lớp tại các huyện phía Đông của tỉnh.
Hà Phương
Bài viết liên quan
- Ia Grai: Phát huy vai trò già làng trong hòa giải (14/05/2014)
- Hội nghị người có uy tín tiêu biểu năm 2014 (06/05/2014)
- Đak Đoa kiện toàn Ban Chỉ đạo QCDC (25/04/2014)
- Chư Prông giao ban công tác dân vận quý I (10/04/2014)
""", "2014-05-22", "Tập huấn nghiệp vụ thực hiện Quy chế dân chủ cho cán bộ cơ sở",
E("tap_huan", "2014", "2014-05-20"),
[P("Ksor Y Thơn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Văn Mưk", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm Phin", "Phó Giám đốc Sở Nội vụ"),
 P("Siu Thị Hlim", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Đinh Hmek", "Chủ tịch Ủy ban MTTQ xã Kon Chiêng"),
 P("Puih H'Nhưn", "Trưởng ban Thanh tra nhân dân xã Ia Dreng")],
[Q("145 học viên", 145, "học viên"), Q("48 xã vùng đồng bào dân tộc thiểu số", 48, "xã vùng đồng bào dân tộc thiểu số"),
 Q("222 xã, phường, thị trấn", 222, "xã, phường, thị trấn"), Q("2.176 thôn, làng, tổ dân phố", 2176, "thôn, làng, tổ dân phố"),
 Q("khoảng 85%", 85, "%", "approx"), Q("326 hộ nghèo", 326, "hộ nghèo"), Q("100.000 đồng/tháng", 100000, "đồng"),
 Q("1.500 cuốn sổ tay", 1500, "cuốn sổ tay"), Q("3 lớp", 3, "lớp")],
[D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Kết luận", "65", "KL/TW", "2010-03-04", "Ban Bí thư", "Kết luận số 65-KL/TW ngày 4/3/2010"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "21", "KH/BDVTU", "2014-03-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 21-KH/BDVTU ngày 5/3/2014")],
[prov("Gia Lai"), com("Kon Chiêng"), com("Ia Dreng")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Chính trị", "(GLO)", "Các học viên tham gia lớp tập huấn. Ảnh: Hà Phương",
 "Chương trình 135", "Hỏi - đáp về dân chủ ở cơ sở"],
["22/05/2014 - 14:10", "2 ngày", "16 năm", "4 năm", "năm 2014", "năm 2013", "Chương trình 135"]))

PAGES.append(page("b6153-soctrang-bdv-giaoban-2015", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Hôm nay: Thứ Hai, 19/10/2015
Trang chủ :: Tin tức - Sự kiện :: Dân vận chính quyền
Ngày đăng 09/10/2015 | 10:30
Giao ban công tác dân vận và thực hiện Quy chế dân chủ quý III
Chiều 8/10, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức hội nghị giao ban công tác dân vận và thực hiện Quy chế dân chủ ở cơ sở quý III năm 2015, triển khai nhiệm vụ quý IV. Đồng chí Thạch Thị Sà Ranh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện QCDC tỉnh chủ trì.
Theo báo cáo do đồng chí Lý Sóc Khiêng, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, trong quý, Ban đã tham mưu Ban Thường vụ Tỉnh ủy triển khai Quyết định 217, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền; hướng dẫn các cơ quan thực hiện Nghị định 04/2015/NĐ-CP ngày 9/1/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Nghị định 60/2013/NĐ-CP về dân chủ ở nơi làm việc. Ban cũng ban hành kế hoạch số 57-KH/BDVTU kiểm tra việc thực hiện QCDC tại 109 xã, phường, thị trấn.
Trong quý, các địa phương tổ chức 214 hội nghị nhân dân ở ấp, khóm; vận động 12.600 hộ đồng bào Khmer tham gia bàn bạc, giám sát các công trình thuộc Chương trình 135. Ban Dân vận các cấp đã phối hợp hòa giải thành 28 vụ việc mâu thuẫn trong nhân dân; các chùa Phật giáo Nam tông Khmer đóng góp khoảng 1,6 tỷ đồng làm cầu, đường nông thôn.
Ảnh: Đồng chí Thạch Thị Sà Ranh phát biểu kết luận hội nghị.
Tại hội nghị, đồng chí Sơn Văn Ninh, Thị ủy viên, Trưởng Ban Dân vận Thị ủy Vĩnh Châu, cho biết thị xã đã chỉ đạo phường 2 và xã Vĩnh Hải thí điểm niêm yết công khai danh sách hộ được hỗ trợ vay vốn bằng song ngữ Việt - Khmer. Đồng chí Trần Văn Đức, HUV, Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên, đề nghị tỉnh sớm ban hành quy định về chế độ cho thành viên Ban Thanh tra nhân dân, vì hiện 3/11 xã chưa bố trí được kinh phí.
Ông Kim Ngọc Thái, Chủ tịch Hội Đoàn kết sư sãi yêu nước xã Tham Đôn, kiến nghị tăng số buổi đối thoại giữa chính quyền với sư sãi, đồng bào phật tử.
Phát biểu kết luận, đồng chí Thạch Thị Sà Ranh đề nghị trong quý IV các ngành, địa phương tập trung chuẩn bị tổng kết công tác năm 2015; chú trọng thực hiện dân chủ trong công tác cán bộ, lấy ý kiến nhân dân góp ý dự thảo văn kiện; giải quyết kịp thời kiến nghị của đồng bào, không để phát sinh điểm nóng dịp cuối năm.
Ngọc Hân
Lượt truy cập: 352.118
Tin cùng chuyên mục
- Long Phú hội nghị đối thoại với nông dân (01/10/2015)
- Ngã Năm tập huấn công tác dân vận chính quyền (22/09/2015)
- Biểu dương 45 mô hình "Dân vận khéo" (08/09/2015)
- Kế Sách kiện toàn Ban Chỉ đạo QCDC huyện (26/08/2015)
""", "2015-10-09", "Giao ban công tác dân vận và thực hiện Quy chế dân chủ quý III",
E("giao_ban", "2015-Q3", "2015-10-08"),
[P("Thạch Thị Sà Ranh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban Thường trực Ban Chỉ đạo thực hiện QCDC tỉnh"),
 P("Lý Sóc Khiêng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Văn Ninh", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy Vĩnh Châu"),
 P("Trần Văn Đức", "HUV", "Trưởng Ban Dân vận Huyện ủy Mỹ Xuyên"),
 P("Kim Ngọc Thái", "Chủ tịch Hội Đoàn kết sư sãi yêu nước xã Tham Đôn")],
[Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"), Q("214 hội nghị nhân dân", 214, "hội nghị nhân dân"),
 Q("12.600 hộ đồng bào Khmer", 12600, "hộ đồng bào Khmer"), Q("28 vụ việc mâu thuẫn", 28, "vụ việc mâu thuẫn"),
 Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("3/11 xã", 3, "xã")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Nghị định", "04", "2015/NĐ-CP", "2015-01-09", "Chính phủ", "Nghị định 04/2015/NĐ-CP ngày 9/1/2015"),
 D("Nghị định", "60", "2013/NĐ-CP", None, None, "Nghị định 60/2013/NĐ-CP"),
 D("Kế hoạch", "57", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 57-KH/BDVTU")],
[prov("Sóc Trăng"), com("phường 2"), com("Vĩnh Hải"), com("Tham Đôn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Hôm nay: Thứ Hai, 19/10/2015", "Trang chủ :: Tin tức - Sự kiện :: Dân vận chính quyền",
 "Ảnh: Đồng chí Thạch Thị Sà Ranh phát biểu kết luận hội nghị.", "Chương trình 135", "Ban Thanh tra nhân dân", "Lượt truy cập: 352.118"],
["Ngày đăng 09/10/2015 | 10:30", "quý III năm 2015", "quý IV", "năm 2015", "Chương trình 135", "Lượt truy cập: 352.118"]))

PAGES.append(page("b6154-nghean-nghithiet-doithoai-2016", """
UBND XÃ NGHI THIẾT - HUYỆN NGHI LỘC - TỈNH NGHỆ AN
Trang chủ / Tin tức / Hoạt động của UBND xã
25-11-2016 16:05
Chủ tịch UBND xã Nghi Thiết đối thoại với nhân dân năm 2016
Sáng 24/11/2016, UBND xã Nghi Thiết (huyện Nghi Lộc, tỉnh Nghệ An) phối hợp với Ủy ban MTTQ xã tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân năm 2016. Chủ trì đối thoại có ông Nguyễn Văn Hiền, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; bà Trần Thị Lam, Chủ tịch Ủy ban MTTQ xã. Cùng dự có các ông Phạm Văn Dũng, Hồ Sỹ Lâm - Phó Chủ tịch UBND xã và hơn 150 đại biểu là bí thư chi bộ, xóm trưởng, trưởng ban công tác Mặt trận 11 xóm cùng đông đảo bà con nhân dân.
Toàn cảnh buổi đối thoại tại hội trường UBND xã.
Hội nghị được tổ chức theo Kế hoạch số 96/KH-UBND ngày 3/10/2016 của UBND xã, nhằm thực hiện Pháp lệnh 34/2007/PL-UBTVQH11 và Chỉ thị số 23-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại, tiếp công dân của người đứng đầu; cụ thể hóa Quy chế số 03-QC/ĐU của Đảng ủy xã về dân chủ trong sinh hoạt của hệ thống chính trị. Trước đó, Ủy ban MTTQ xã đã tổng hợp 26 ý kiến, kiến nghị của cử tri gửi đến UBND xã.
Tại buổi đối thoại, bà con tập trung phản ánh các vấn đề: tiến độ làm 3,4 km đường ven biển, việc thu các khoản đóng góp xây dựng nông thôn mới, cấp giấy chứng nhận quyền sử dụng đất, môi trường ở khu chế biến hải sản. Ông Võ Văn Thành (xóm 3) đề nghị xã công khai chi tiết số tiền 1,85 tỷ đồng nhân dân đã đóng góp làm đường. Bà Nguyễn Thị Hoa (xóm 7) phản ánh 14 hộ ở xóm chưa được cấp giấy chứng nhận dù đã nộp hồ sơ từ năm 2014.
Trả lời các ý kiến, ông Nguyễn Văn Hiền cho biết: toàn bộ khoản đóng góp đã được niêm yết tại nhà văn hóa các xóm và trụ sở UBND xã; đến nay có 1.320 hộ hoàn thành đóng góp, đạt 92%. Đối với hồ sơ đất đai, xã sẽ phối hợp với Văn phòng đăng ký đất đai huyện giải quyết trước ngày 31/12. Ông Phạm Văn Dũng, Phó Chủ tịch UBND xã, cam kết xử lý dứt điểm 2 cơ sở chế biến gây ô nhiễm, đồng thời yêu cầu các chủ cơ sở ký cam kết bảo vệ môi trường với xóm, có sự chứng kiến của Ban công tác Mặt trận và đại diện người dân.
Kết thúc đối thoại, 18 ý kiến đã được trả lời trực tiếp; các ý kiến còn lại được UBND xã ghi nhận, trả lời bằng văn bản. Bà Trần Thị Lam đề nghị Ban Thanh tra nhân dân và các xóm tiếp tục giám sát việc thực hiện những nội dung Chủ tịch UBND xã đã cam kết, thực hiện tốt phương châm "Dân biết, dân bàn, dân làm, dân kiểm tra".
Văn phòng UBND xã
Số lượt truy cập: 48.327
Tin khác
- Xã Nghi Thiết ra quân làm đường giao thông nông thôn (10/11/2016)
- Hội nghị nhân dân xóm 5 bầu trưởng xóm (28/10/2016)
- Công khai danh sách hộ nghèo năm 2016 (14/10/2016)
- Đại hội chi hội nông dân xóm 9 (30/09/2016)
""", "2016-11-25", "Chủ tịch UBND xã Nghi Thiết đối thoại với nhân dân năm 2016",
E("doi_thoai", "2016", "2016-11-24"),
[P("Nguyễn Văn Hiền", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Trần Thị Lam", "Chủ tịch Ủy ban MTTQ xã"),
 P("Phạm Văn Dũng", "Phó Chủ tịch UBND xã"),
 P("Hồ Sỹ Lâm", "Phó Chủ tịch UBND xã"),
 P("Võ Văn Thành"),
 P("Nguyễn Thị Hoa")],
[Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("11 xóm", 11, "xóm"), Q("26 ý kiến", 26, "ý kiến"),
 Q("3,4 km", 3.4, "km"), Q("1,85 tỷ đồng", 1850000000, "đồng"), Q("14 hộ", 14, "hộ"), Q("1.320 hộ", 1320, "hộ"),
 Q("92%", 92, "%"), Q("2 cơ sở chế biến", 2, "cơ sở chế biến"), Q("18 ý kiến", 18, "ý kiến")],
[D("Kế hoạch", "96", "KH-UBND", "2016-10-03", "UBND xã", "Kế hoạch số 96/KH-UBND ngày 3/10/2016"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU"),
 D("Quy chế", "03", "QC/ĐU", None, "Đảng ủy xã", "Quy chế số 03-QC/ĐU")],
[prov("Nghệ An"), com("Nghi Thiết")],
["UBND XÃ NGHI THIẾT - HUYỆN NGHI LỘC - TỈNH NGHỆ AN", "Trang chủ / Tin tức / Hoạt động của UBND xã",
 "Toàn cảnh buổi đối thoại tại hội trường UBND xã.", "Văn phòng UBND xã", "Dân biết, dân bàn, dân làm, dân kiểm tra",
 "Ban Thanh tra nhân dân", "Số lượt truy cập: 48.327"],
["25-11-2016 16:05", "năm 2016", "năm 2014", "31/12", "xóm 3", "xóm 7", "Số lượt truy cập: 48.327"]))
