from lib import *
PAGES = []

PAGES.append(page("b1253-laichau-bdbp-tongket-2011", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ > Quốc phòng - An ninh > Biên phòng
Cập nhật: 15:40, 28/12/2011 (GMT+7)
Quang cảnh hội nghị tổng kết. Ảnh: Minh Khang
BĐBP tỉnh Lai Châu: Vận động quần chúng góp phần giữ vững an ninh biên giới
(Báo Lai Châu) - Ngày 27/12, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh tổ chức hội nghị tổng kết công tác vận động quần chúng năm 2011, triển khai nhiệm vụ năm 2012. Đại tá Lò Văn Pọm, Chỉ huy trưởng BĐBP tỉnh chủ trì hội nghị. Dự có đồng chí Giàng Thị Dế, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đại diện Ban Dân tộc tỉnh, Ủy ban MTTQ Việt Nam tỉnh cùng 38 đồng chí là đồn trưởng, chính trị viên các đồn biên phòng và đội trưởng đội vận động quần chúng.
Báo cáo do Thượng tá Phạm Đức Hạnh, Phó Chính ủy BĐBP tỉnh trình bày nêu rõ: năm 2011, trên tuyến biên giới dài 265 km, các đồn biên phòng duy trì 12 tổ công tác thường xuyên bám bản, thực hiện "ba cùng" với đồng bào Hà Nhì, Mông, Dao, Lự. Thực hiện Chỉ thị số 01/CT-BTL ngày 10/1/2011 của Bộ Tư lệnh BĐBP và Kế hoạch số 72-KH/TU của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", BĐBP tỉnh đã phối hợp với cấp ủy, chính quyền 16 xã biên giới tổ chức 420 buổi tuyên truyền, thu hút hơn 21.500 lượt người tham gia; vận động 1.136 hộ ký cam kết tự quản đường biên, mốc quốc giới.
Cán bộ, chiến sĩ các đồn đã giúp nhân dân 3.200 ngày công, khai hoang 45 ha ruộng bậc thang, phối hợp làm 27 nhà Đại đoàn kết cho hộ nghèo với tổng kinh phí gần 1,1 tỷ đồng. Việc tuyên truyền Nghị định số 161/2003/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền được đẩy mạnh bằng tiếng dân tộc, nhờ đó tình trạng vượt biên trái phép, di cư tự do giảm rõ rệt. Tuy vậy, ở một số bản vùng sâu vẫn còn hiện tượng truyền đạo trái pháp luật, lôi kéo người dân bỏ sản xuất.
Tham luận tại hội nghị, Thiếu tá Vàng A Sử, Chính trị viên Đồn Biên phòng Ka Lăng cho biết, đồn đã phân công mỗi đảng viên phụ trách 5 hộ gia đình; ông Chu Văn Sì, Chủ tịch UBND xã Ka Lăng đề nghị tiếp tục duy trì tổ công tác tăng cường cho xã, nhất là trong mùa nương rẫy. Đại diện xã Pa Ủ (huyện Mường Tè) chia sẻ kinh nghiệm vận động đồng bào La Hủ định canh, định cư.
Phát biểu tại hội nghị, đồng chí Giàng Thị Dế ghi nhận kết quả BĐBP tỉnh đạt được, đề nghị năm 2012 các đồn tiếp tục làm tốt vai trò tham mưu cho cấp ủy, chính quyền cơ sở, gắn công tác vận động quần chúng với xây dựng "thế trận lòng dân" vững chắc nơi biên giới. Kết luận hội nghị, Đại tá Lò Văn Pọm yêu cầu các đơn vị rà soát, củng cố 12 tổ công tác, chú trọng bồi dưỡng cán bộ biết tiếng dân tộc.
Dịp này, Bộ Chỉ huy BĐBP tỉnh khen thưởng 9 tập thể và 17 cá nhân có thành tích xuất sắc.
Hoàng Lan
Lượt xem: 1.204
Tin liên quan
- Đồn Biên phòng Mù Cả giúp dân thu hoạch lúa nương (15/11/2011)
- Lai Châu: Giao ban công tác biên phòng quý III (10/10/2011)
- Trao 200 suất quà cho học sinh vùng biên (05/09/2011)
- Bộ đội Biên phòng với đồng bào La Hủ (22/08/2011)
""", "2011-12-28", "BĐBP tỉnh Lai Châu: Vận động quần chúng góp phần giữ vững an ninh biên giới",
E("tong_ket", "2011", "2011-12-27"),
[P("Lò Văn Pọm", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Giàng Thị Dế", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đức Hạnh", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Vàng A Sử", "Thiếu tá", "Chính trị viên Đồn Biên phòng Ka Lăng"),
 P("Chu Văn Sì", "Chủ tịch UBND xã Ka Lăng")],
[Q("38 đồng chí", 38, "đồng chí"), Q("265 km", 265, "km"), Q("12 tổ công tác", 12, "tổ công tác"),
 Q("16 xã biên giới", 16, "xã biên giới"), Q("420 buổi tuyên truyền", 420, "buổi tuyên truyền"),
 Q("hơn 21.500 lượt người", 21500, "lượt người", "over"), Q("1.136 hộ", 1136, "hộ"),
 Q("3.200 ngày công", 3200, "ngày công"), Q("45 ha", 45, "ha"), Q("27 nhà Đại đoàn kết", 27, "nhà Đại đoàn kết"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("5 hộ gia đình", 5, "hộ gia đình"),
 Q("9 tập thể", 9, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Chỉ thị", "01", "CT-BTL", "2011-01-10", "Bộ Tư lệnh BĐBP", "Chỉ thị số 01/CT-BTL ngày 10/1/2011"),
 D("Kế hoạch", "72", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 72-KH/TU"),
 D("Nghị định", "161", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 161/2003/NĐ-CP")],
[prov("Lai Châu"), com("Ka Lăng"), com("Pa Ủ")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Quốc phòng - An ninh > Biên phòng", "Quang cảnh hội nghị tổng kết. Ảnh: Minh Khang",
 "(Báo Lai Châu)", "ba cùng", "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia",
 "thế trận lòng dân", "Lượt xem: 1.204"],
["Cập nhật: 15:40, 28/12/2011 (GMT+7)", "38 đồng chí", "năm 2011", "năm 2012", "ba cùng", "Lượt xem: 1.204"]))

PAGES.append(page("b1254-quangtri-bdv-bdbp-soket-2012", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Trị
Trang chủ » Tin tức » Dân vận trong lực lượng vũ trang
Thứ Sáu, 20/07/2012 - 09:35
Sơ kết 6 tháng thực hiện Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy BĐBP tỉnh
Chiều 19/7, tại Đồn Biên phòng Cửa khẩu Lao Bảo, Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện Quy chế phối hợp số 02-QC/BDVTU-BCHBP về công tác dân vận vùng biên giới. Đồng chí Hồ Thị Thu Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Lê Văn Thanh, Chính ủy BĐBP tỉnh đồng chủ trì.
Đồng chí Hồ Thị Thu Hằng phát biểu tại hội nghị.
Theo báo cáo, 6 tháng qua hai cơ quan đã phối hợp chỉ đạo 11 đồn biên phòng và 13 xã, thị trấn biên giới thuộc hai huyện Hướng Hóa, Đakrông thực hiện Chỉ thị số 06-CT/TU của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới. Lực lượng biên phòng cử 54 cán bộ tăng cường về sinh hoạt tại các chi bộ thôn, bản; phối hợp mở 6 lớp xóa mù chữ cho 137 học viên là đồng bào Vân Kiều, Pa Kô. Từ nguồn vận động, các đơn vị đã hỗ trợ 320 con giống, 4,5 tấn lúa giống và xây dựng 3 cầu dân sinh với tổng trị giá 865 triệu đồng.
Việc vận động đồng bào thực hiện Hướng dẫn số 15-HD/BDVTU ngày 12/3/2012 của Ban Dân vận Tỉnh ủy về xây dựng "Bản văn hóa biên giới" được triển khai tại 8 bản. Ở xã Hướng Phùng, 95% hộ gia đình đăng ký đạt danh hiệu "Gia đình văn hóa"; xã A Ngo không còn tình trạng tảo hôn trong 6 tháng đầu năm.
Tại hội nghị, Thượng tá Hồ Văn Tiến, Đồn trưởng Đồn Biên phòng A Túc (xã A Túc), phản ánh tình trạng một số đối tượng từ bên kia biên giới sang tuyên truyền đạo trái phép; đồng chí Hồ Văn Lai, Bí thư Đảng ủy xã A Túc, đề nghị phân công cán bộ biên phòng phụ trách từng nhóm hộ theo dõi diễn biến tư tưởng. Đồng chí Nguyễn Thị Mai, Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa nêu khó khăn trong vận động người dân hiến đất mở đường tuần tra biên giới.
Kết luận hội nghị, Đại tá Lê Văn Thanh yêu cầu các đồn nắm chắc tình hình nhân dân, không để bị động, bất ngờ; phối hợp giải quyết dứt điểm 4 vụ việc tranh chấp đất đai ở khu vực biên giới. Đồng chí Hồ Thị Thu Hằng đề nghị 6 tháng cuối năm hai bên tiếp tục sinh hoạt định kỳ, đưa nội dung xây dựng mô hình "Dân vận khéo" vào chương trình công tác của các đồn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 5 tập thể, 8 cá nhân có thành tích trong thực hiện Quy chế phối hợp.
Lê Minh - Ban Dân vận Tỉnh ủy
Số lần xem: 647
Các tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Đakrông (10/07/2012)
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (28/06/2012)
- Tặng 100 suất quà cho hộ nghèo xã biên giới (15/06/2012)
""", "2012-07-20", "Sơ kết 6 tháng thực hiện Quy chế phối hợp giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy BĐBP tỉnh",
E("so_ket", "2012-H1", "2012-07-19"),
[P("Hồ Thị Thu Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Thanh", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Hồ Văn Tiến", "Thượng tá", "Đồn trưởng Đồn Biên phòng A Túc"),
 P("Hồ Văn Lai", "Bí thư Đảng ủy xã A Túc"),
 P("Nguyễn Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy Hướng Hóa")],
[Q("11 đồn biên phòng", 11, "đồn biên phòng"), Q("13 xã, thị trấn biên giới", 13, "xã, thị trấn biên giới"),
 Q("54 cán bộ", 54, "cán bộ"), Q("6 lớp xóa mù chữ", 6, "lớp xóa mù chữ"), Q("137 học viên", 137, "học viên"),
 Q("320 con giống", 320, "con giống"), Q("4,5 tấn", 4.5, "tấn"), Q("3 cầu dân sinh", 3, "cầu dân sinh"),
 Q("865 triệu đồng", 865000000, "đồng"), Q("8 bản", 8, "bản"), Q("95%", 95, "%"),
 Q("4 vụ việc tranh chấp đất đai", 4, "vụ việc tranh chấp đất đai"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân")],
[D("Quy chế phối hợp", "02", "QC/BDVTU-BCHBP", None, None, "Quy chế phối hợp số 02-QC/BDVTU-BCHBP"),
 D("Chỉ thị", "06", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 06-CT/TU"),
 D("Hướng dẫn", "15", "HD/BDVTU", "2012-03-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU ngày 12/3/2012")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Ngo"), com("A Túc")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Trị", "Trang chủ » Tin tức » Dân vận trong lực lượng vũ trang",
 "Đồng chí Hồ Thị Thu Hằng phát biểu tại hội nghị.", "Bản văn hóa biên giới", "Gia đình văn hóa", "Dân vận khéo",
 "Đồn Biên phòng Cửa khẩu Lao Bảo", "Số lần xem: 647"],
["Thứ Sáu, 20/07/2012 - 09:35", "Sơ kết 6 tháng", "6 tháng đầu năm 2012", "6 tháng đầu năm", "6 tháng cuối năm", "6 tháng qua", "Số lần xem: 647"]))


PAGES.append(page("b1255-dienbien-giaoban-biengioi-q3-2013", """
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Chính trị | Dân tộc - Tôn giáo | Quốc phòng
08:20 | 17/10/2013
Ảnh: Quang cảnh buổi giao ban.
Nắm chắc tình hình, không để phát sinh "điểm nóng" ở vùng biên
ĐBP - Ngày 16/10, tại huyện Mường Nhé, Ban Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận khu vực biên giới quý III năm 2013 với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy BĐBP tỉnh, Công an tỉnh và Ban Dân vận các huyện Mường Nhé, Điện Biên, Điện Biên Đông, Mường Chà. Đồng chí Lò Thị Hiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban.
Quý III, các lực lượng vũ trang đóng quân trên địa bàn đã phối hợp với cấp ủy, chính quyền cơ sở tổ chức 186 cuộc tuyên truyền, vận động nhân dân không nghe theo kẻ xấu lôi kéo, kích động; vận động 42 hộ với 231 nhân khẩu di cư tự do trở về nơi cư trú. Công an tỉnh triển khai Kế hoạch số 118/KH-CAT ngày 2/7/2013 của Công an tỉnh về vận động quần chúng ở các xã trọng điểm, xây dựng mới 7 tổ an ninh nhân dân tự quản.
Thượng tá Lý A Lử, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh cho biết, 2 đội công tác của Bộ Chỉ huy Quân sự tỉnh đã bám 9 bản đặc biệt khó khăn, giúp dân làm 14 km đường nội bản. Về phía BĐBP, Trung tá Hoàng Văn Dũng, Phó Chính ủy BĐBP tỉnh cho biết các đồn biên phòng đã quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới, nhận đỡ đầu 23 học sinh nghèo và cử 31 đảng viên về sinh hoạt tại chi bộ bản.
Theo Thượng tá Quàng Văn Hặc, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, tình hình tôn giáo trên địa bàn cơ bản ổn định, song vẫn còn 5 điểm nhóm Tin lành chưa đăng ký sinh hoạt; một số đối tượng lợi dụng việc truyền đạo để tuyên truyền "Giê sùa", gây hoang mang trong đồng bào Mông.
Ý kiến từ cơ sở, đồng chí Giàng A Chu, Bí thư Đảng ủy xã Chung Chải, đề nghị các lực lượng tiếp tục tăng cường cán bộ về bản; đồng chí Lầu Thị Dua, Trưởng Ban Dân vận Huyện ủy Mường Nhé, kiến nghị bố trí kinh phí cho tổ dân vận bản. Xã Sen Thượng báo cáo đã vận động 100% hộ ký cam kết không xuất cảnh trái phép.
Kết luận giao ban, đồng chí Lò Thị Hiên đề nghị các lực lượng vũ trang tiếp tục thực hiện nghiêm Quyết định số 1063/QĐ-UBND ngày 19/8/2013 của UBND tỉnh về Quy chế phối hợp giữa các lực lượng trong công tác vận động đồng bào vùng biên; quý IV tập trung nắm tình hình dịp cuối năm, trước Tết, chủ động đối thoại, giải quyết từ sớm những kiến nghị của nhân dân, không để kẻ xấu lợi dụng. Trưởng Ban Dân vận Tỉnh ủy cũng lưu ý các huyện rà soát, sớm kiện toàn tổ dân vận ở những bản mới tách, bản tái định cư.
Thu Hà
Lượt đọc: 932
Tin khác
- Mường Nhé: 60 hộ di cư tự do được hỗ trợ ổn định cuộc sống (03/10/2013)
- Quân - dân Điện Biên Đông chung sức làm đường (24/09/2013)
- Giao ban công tác dân vận quý II (12/07/2013)
""", "2013-10-17", "Nắm chắc tình hình, không để phát sinh \"điểm nóng\" ở vùng biên",
E("giao_ban", "2013-Q3", "2013-10-16"),
[P("Lò Thị Hiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý A Lử", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Hoàng Văn Dũng", "Trung tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Quàng Văn Hặc", "Thượng tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh"),
 P("Giàng A Chu", "Bí thư Đảng ủy xã Chung Chải"),
 P("Lầu Thị Dua", "Trưởng Ban Dân vận Huyện ủy Mường Nhé")],
[Q("186 cuộc tuyên truyền", 186, "cuộc tuyên truyền"), Q("42 hộ", 42, "hộ"), Q("231 nhân khẩu di cư tự do", 231, "nhân khẩu di cư tự do"),
 Q("7 tổ an ninh nhân dân tự quản", 7, "tổ an ninh nhân dân tự quản"), Q("2 đội công tác", 2, "đội công tác"),
 Q("9 bản đặc biệt khó khăn", 9, "bản đặc biệt khó khăn"), Q("14 km", 14, "km"),
 Q("23 học sinh nghèo", 23, "học sinh nghèo"), Q("31 đảng viên", 31, "đảng viên"),
 Q("5 điểm nhóm Tin lành", 5, "điểm nhóm Tin lành"), Q("100%", 100, "%")],
[D("Kế hoạch", "118", "KH-CAT", "2013-07-02", "Công an tỉnh", "Kế hoạch số 118/KH-CAT ngày 2/7/2013"),
 D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Quyết định", "1063", "QĐ-UBND", "2013-08-19", "UBND tỉnh", "Quyết định số 1063/QĐ-UBND ngày 19/8/2013")],
[prov("Điện Biên"), com("Chung Chải"), com("Sen Thượng")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Chính trị | Dân tộc - Tôn giáo | Quốc phòng", "Ảnh: Quang cảnh buổi giao ban.",
 "Giê sùa", "Lượt đọc: 932"],
["08:20 | 17/10/2013", "quý III năm 2013", "Quý III", "quý IV", "Lượt đọc: 932"]))

PAGES.append(page("b1256-caobang-bdbp-traoqua-tet-2014", """
Báo Cao Bằng
Trang chủ / Quốc phòng - An ninh / Biên giới
Thứ Hai, 20/01/2014 | 10:12
Bộ đội Biên phòng mang Tết sớm đến đồng bào vùng biên Hà Quảng
Cán bộ, chiến sĩ Đồn Biên phòng Sóc Hà trao quà cho đồng bào. Ảnh: Việt Hà
Ngày 18/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Hội Liên hiệp Phụ nữ tỉnh và UBND huyện Hà Quảng tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" tại xã Sóc Hà. Tới dự có Đại tá Nông Văn Dũng, Chỉ huy trưởng BĐBP tỉnh; đồng chí Triệu Thị Mai, Phó Chủ tịch Hội LHPN tỉnh; các đồng chí Phó Chủ tịch UBND huyện Hà Quảng: Đàm Văn Lượng, Lương Thị Thoa cùng đông đảo bà con các dân tộc Tày, Nùng, Mông của xã Sóc Hà và xã Trường Hà.
Tại chương trình, Ban tổ chức đã trao 300 suất quà, mỗi suất trị giá 500.000 đồng, gồm gạo, dầu ăn, bánh kẹo và tiền mặt cho các hộ nghèo, gia đình chính sách; trao 20 con bò giống cho 20 hộ nghèo người Mông ở các xóm Lũng Rì, Cốc Pàng; tặng 150 suất học bổng cho học sinh nghèo vượt khó. Đồn Biên phòng Sóc Hà còn tổ chức gói 200 chiếc bánh chưng xanh, cắt tóc miễn phí và khám bệnh, cấp thuốc cho 280 lượt người. Tổng trị giá chương trình hơn 350 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh đóng góp.
Phát biểu tại buổi trao quà, Đại tá Nông Văn Dũng cho biết, thực hiện Kế hoạch số 36/KH-BCH ngày 2/1/2014 của Bộ Chỉ huy BĐBP tỉnh, dịp Tết Giáp Ngọ năm nay các đồn biên phòng trong tỉnh tổ chức 9 điểm "Xuân Biên phòng ấm lòng dân bản" tại các xã biên giới của 7 huyện. Đại tá mong bà con đón Tết vui tươi, lành mạnh, tiếp tục phối hợp chặt chẽ với bộ đội biên phòng tự quản đường biên, mốc quốc giới, không vượt biên trái phép, không tham gia buôn lậu.
Xúc động nhận con bò giống, ông Lý Mí Sềnh ở xóm Lũng Rì nói: "Nhà tôi có 6 khẩu, năm nay mất mùa ngô, được bộ đội cho con bò, tôi sẽ chăm sóc để nó sinh sản, sang năm có bò kéo cày". Ông Vàng Seo Páo, người có uy tín xóm Cốc Pàng cho biết, cả xóm sẽ giữ gìn an ninh trật tự trong dịp Tết, động viên con cháu không nghe theo kẻ xấu.
Đồng chí Triệu Thị Mai đề nghị chi hội phụ nữ các xóm tiếp tục phối hợp với Đồn Biên phòng Sóc Hà thực hiện mô hình "Phụ nữ tự quản đường biên, mốc quốc giới", vận động chị em không kết hôn trái pháp luật với người nước ngoài.
Được biết, năm 2013 Đồn Biên phòng Sóc Hà đã vận động nhân dân tham gia 64 lượt tuần tra cùng bộ đội, phát hiện, cung cấp 17 nguồn tin có giá trị.
Việt Hà - Minh Tuấn
Lượt xem: 2.318
Tin liên quan
- Đồn Biên phòng Lý Vạn giúp dân dựng nhà (08/01/2014)
- Trao 500 suất quà Tết cho hộ nghèo biên giới (05/01/2014)
- Phụ nữ Trà Lĩnh tự quản đường biên (27/12/2013)
- Biên phòng Cao Bằng tổng kết năm 2013 (20/12/2013)
""", "2014-01-20", "Bộ đội Biên phòng mang Tết sớm đến đồng bào vùng biên Hà Quảng",
E("trao_qua", None, "2014-01-18"),
[P("Nông Văn Dũng", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Triệu Thị Mai", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Đàm Văn Lượng", "Phó Chủ tịch UBND huyện Hà Quảng"),
 P("Lương Thị Thoa", "Phó Chủ tịch UBND huyện Hà Quảng"),
 P("Lý Mí Sềnh"),
 P("Vàng Seo Páo", "người có uy tín xóm Cốc Pàng")],
[Q("300 suất quà", 300, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("20 con bò giống", 20, "con bò giống"),
 Q("20 hộ nghèo người Mông", 20, "hộ nghèo người Mông"), Q("150 suất học bổng", 150, "suất học bổng"),
 Q("200 chiếc bánh chưng xanh", 200, "chiếc bánh chưng xanh"), Q("280 lượt người", 280, "lượt người"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"), Q("9 điểm", 9, "điểm"), Q("7 huyện", 7, "huyện"),
 Q("6 khẩu", 6, "khẩu"), Q("64 lượt tuần tra", 64, "lượt tuần tra"), Q("17 nguồn tin", 17, "nguồn tin")],
[D("Kế hoạch", "36", "KH-BCH", "2014-01-02", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 36/KH-BCH ngày 2/1/2014")],
[prov("Cao Bằng"), com("Sóc Hà"), com("Trường Hà")],
["Báo Cao Bằng", "Trang chủ / Quốc phòng - An ninh / Biên giới",
 "Cán bộ, chiến sĩ Đồn Biên phòng Sóc Hà trao quà cho đồng bào. Ảnh: Việt Hà", "Xuân Biên phòng ấm lòng dân bản",
 "Phụ nữ tự quản đường biên, mốc quốc giới", "Tết Giáp Ngọ", "Lượt xem: 2.318"],
["Thứ Hai, 20/01/2014 | 10:12", "năm 2013", "Lượt xem: 2.318"]))

PAGES.append(page("b1257-sonla-hoinghi-nguoicouytin-2014", """
BAN DÂN TỘC TỈNH SƠN LA
Trang chủ >> Tin tức - Sự kiện >> Chính sách dân tộc
Ngày đăng: 14/11/2014 | 16:30
Biểu dương 160 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số
Ngày 13/11, Ban Dân tộc tỉnh phối hợp với Ban Dân vận Tỉnh ủy, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy BĐBP tỉnh và Công an tỉnh tổ chức Hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số tỉnh Sơn La năm 2014. Dự hội nghị có đồng chí Cầm Ngọc Minh, Phó Chủ tịch UBND tỉnh; đồng chí Lò Văn Mừng, Trưởng Ban Dân tộc tỉnh; Đại tá Trần Văn Hải, Chính ủy Bộ Chỉ huy Quân sự tỉnh cùng 160 người có uy tín đại diện cho 12 dân tộc.
Đại biểu người có uy tín tham quan khu trưng bày sản phẩm. Ảnh: BDT
Toàn tỉnh hiện có 1.326 người có uy tín ở 2.880 bản, tiểu khu. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ và Quyết định số 56/2013/QĐ-TTg sửa đổi, bổ sung, năm 2014 tỉnh đã cấp 5.304 tờ báo, tạp chí, tổ chức cho 240 người có uy tín đi tham quan, học tập kinh nghiệm tại các tỉnh đồng bằng; thăm hỏi, tặng quà 1.326 người dịp Tết Nguyên đán, mỗi suất 500.000 đồng; hỗ trợ 87 người ốm đau với mức 300.000 đồng/người. Tổng kinh phí thực hiện chính sách trong năm khoảng 2,3 tỷ đồng.
Người có uy tín đã cung cấp cho lực lượng công an, biên phòng 412 nguồn tin, giúp ngăn chặn 28 vụ vận chuyển trái phép ma túy qua biên giới; tham gia hòa giải thành 356 vụ việc mâu thuẫn trong cộng đồng; vận động 94 hộ đồng bào Mông từ bỏ tà đạo "Dương Văn Mình" trở lại sinh hoạt theo phong tục truyền thống. Nhiều người có uy tín còn đi đầu hiến đất làm đường, làm nhà văn hóa bản.
Tham luận tại hội nghị, ông Sồng A Tủa, người có uy tín bản Huổi Pá, xã Chiềng Sơn (huyện Mộc Châu) chia sẻ cách vận động con cháu không trồng cây thuốc phiện; bà Lò Thị Ón, người có uy tín bản Nà Khoang, xã Mường Lạn (huyện Sốp Cộp) kể chuyện cùng Đồn Biên phòng Mường Lạn giữ gìn cột mốc. Ông Lường Văn Pâng, dân tộc Khơ Mú, Bí thư Chi bộ kiêm Trưởng bản Pá Lâu, xã Nà Nghịu đề nghị tăng mức hỗ trợ cho người có uy tín.
Phát biểu tại hội nghị, đồng chí Cầm Ngọc Minh đánh giá người có uy tín là cầu nối quan trọng giữa Đảng, chính quyền với đồng bào các dân tộc, đề nghị các sở, ngành tiếp tục thực hiện tốt Kế hoạch số 95/KH-UBND ngày 8/5/2014 của UBND tỉnh về phát huy vai trò người có uy tín trong bảo đảm an ninh, trật tự vùng biên giới.
Dịp này, UBND tỉnh tặng Bằng khen cho 45 người có uy tín tiêu biểu; Ban Dân tộc tỉnh tặng giấy khen cho 115 người.
Minh Phượng (Ban Dân tộc tỉnh)
Số lượt xem: 1.057
Tin liên quan
- Sốp Cộp: Gặp mặt người có uy tín năm 2014 (30/10/2014)
- Tập huấn kiến thức pháp luật cho người có uy tín (12/09/2014)
- Sơn La cấp báo, tạp chí cho đồng bào vùng khó khăn (05/08/2014)
""", "2014-11-14", "Biểu dương 160 người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2014", "2014-11-13"),
[P("Cầm Ngọc Minh", "Phó Chủ tịch UBND tỉnh"),
 P("Lò Văn Mừng", "Trưởng Ban Dân tộc tỉnh"),
 P("Trần Văn Hải", "Đại tá", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Sồng A Tủa", "người có uy tín bản Huổi Pá"),
 P("Lò Thị Ón", "người có uy tín bản Nà Khoang"),
 P("Lường Văn Pâng", "Bí thư Chi bộ kiêm Trưởng bản Pá Lâu")],
[Q("160 người có uy tín", 160, "người có uy tín"), Q("12 dân tộc", 12, "dân tộc"),
 Q("1.326 người có uy tín", 1326, "người có uy tín"), Q("2.880 bản, tiểu khu", 2880, "bản, tiểu khu"),
 Q("5.304 tờ báo, tạp chí", 5304, "tờ báo, tạp chí"), Q("240 người có uy tín", 240, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("87 người", 87, "người"),
 Q("300.000 đồng/người", 300000, "đồng"),
 Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("412 nguồn tin", 412, "nguồn tin"),
 Q("28 vụ vận chuyển trái phép ma túy", 28, "vụ vận chuyển trái phép ma túy"),
 Q("356 vụ việc mâu thuẫn", 356, "vụ việc mâu thuẫn"), Q("94 hộ đồng bào Mông", 94, "hộ đồng bào Mông"),
 Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("115 người", 115, "người")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định số 56/2013/QĐ-TTg"),
 D("Kế hoạch", "95", "KH-UBND", "2014-05-08", "UBND tỉnh", "Kế hoạch số 95/KH-UBND ngày 8/5/2014")],
[prov("Sơn La"), com("Chiềng Sơn"), com("Mường Lạn"), com("Nà Nghịu")],
["BAN DÂN TỘC TỈNH SƠN LA", "Trang chủ >> Tin tức - Sự kiện >> Chính sách dân tộc",
 "Đại biểu người có uy tín tham quan khu trưng bày sản phẩm. Ảnh: BDT", "Dương Văn Mình", "Số lượt xem: 1.057"],
["Ngày đăng: 14/11/2014 | 16:30", "năm 2014", "Số lượt xem: 1.057"]))

PAGES.append(page("b1258-nghean-bchqs-taphuan-danvan-2015", """
Báo Nghệ An điện tử
Thời sự › Quân sự - Quốc phòng
26/06/2015 - 14:45
Bồi dưỡng kỹ năng dân vận cho cán bộ lực lượng vũ trang vùng biên
(Baonghean.vn) - Trong 2 ngày 24 và 25/6, Bộ Chỉ huy Quân sự tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn công tác dân vận, công tác dân tộc, tôn giáo năm 2015 cho 135 học viên là cán bộ chính trị các đơn vị, ban chỉ huy quân sự các huyện miền Tây và chính trị viên các đồn biên phòng.
Đại tá Nguyễn Văn Hiếu phát biểu khai mạc lớp tập huấn. Ảnh: Hoài Thu
Phát biểu khai mạc, Đại tá Nguyễn Văn Hiếu, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh nhấn mạnh: miền Tây Nghệ An có 27 xã biên giới với đường biên dài hơn 419 km, là địa bàn sinh sống của đồng bào Thái, Mông, Khơ Mú, Ơ Đu; các thế lực thù địch thường lợi dụng vấn đề dân tộc, tôn giáo để chống phá. Vì vậy, mỗi cán bộ trong lực lượng vũ trang phải thực sự là một "cán bộ dân vận".
Tại lớp học, các học viên được nghe các báo cáo viên: Lô Thị Kim Ngân, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy; Thượng tá Lữ Đình Thi, Trưởng phòng Chính trị BĐBP tỉnh; Lương Thị Hương, Phó Trưởng Ban Dân tộc tỉnh truyền đạt các chuyên đề: quán triệt Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương về công tác dân vận của Quân đội nhân dân Việt Nam trong tình hình mới; Chỉ thị số 02-CT/TU ngày 15/1/2015 của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào theo tôn giáo; kỹ năng nắm tình hình, giải quyết các vụ việc phức tạp liên quan đến đất đai, tôn giáo ở vùng đồng bào dân tộc thiểu số.
Theo số liệu của Bộ Chỉ huy Quân sự tỉnh, năm 2014 lực lượng vũ trang tỉnh đã giúp dân 18.500 ngày công, xây dựng 35 nhà tình nghĩa, tặng 1.200 suất quà trị giá gần 600 triệu đồng; các đồn biên phòng duy trì 46 lớp học tình thương với 870 học sinh. Toàn tỉnh hiện có khoảng 10% dân số theo đạo Công giáo, tập trung ở các huyện đồng bằng, song đang có xu hướng phát triển lên vùng núi.
Trao đổi tại lớp học, Thiếu tá Xồng Bá Dế, Chính trị viên Đồn Biên phòng Na Ngoi, chia sẻ kinh nghiệm vận động bà con xã Na Ngoi (huyện Kỳ Sơn) xóa bỏ tục thách cưới và sinh hoạt tôn giáo đúng pháp luật. Đồng chí Moong Văn Tình, Chính trị viên Ban Chỉ huy Quân sự huyện Tương Dương, nêu cách làm ở xã Mường Típ: mỗi cán bộ quân sự xã "bám" 10 hộ.
Bế giảng lớp tập huấn, đồng chí Vi Văn Sơn, Phó Trưởng Ban Dân vận Tỉnh ủy đề nghị học viên vận dụng kiến thức vào thực tiễn, tiếp tục thực hiện tốt Kế hoạch số 87-KH/BDVTU về xây dựng mô hình "Dân vận khéo" trong lực lượng vũ trang giai đoạn 2015 - 2020.
Hoài Thu
Lượt xem: 418
Tin cùng chuyên mục
- Bộ Chỉ huy Quân sự tỉnh giao ban công tác quý II (15/06/2015)
- Đồn Biên phòng Mường Ải giúp dân chống hạn (02/06/2015)
- Lực lượng vũ trang Nghệ An làm theo lời Bác (19/05/2015)
""", "2015-06-26", "Bồi dưỡng kỹ năng dân vận cho cán bộ lực lượng vũ trang vùng biên",
E("tap_huan", "2015", "2015-06-24"),
[P("Nguyễn Văn Hiếu", "Đại tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Lô Thị Kim Ngân", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Lữ Đình Thi", "Thượng tá", "Trưởng phòng Chính trị BĐBP tỉnh"),
 P("Lương Thị Hương", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Xồng Bá Dế", "Thiếu tá", "Chính trị viên Đồn Biên phòng Na Ngoi"),
 P("Moong Văn Tình", "Chính trị viên Ban Chỉ huy Quân sự huyện Tương Dương"),
 P("Vi Văn Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("135 học viên", 135, "học viên"), Q("27 xã biên giới", 27, "xã biên giới"), Q("hơn 419 km", 419, "km", "over"),
 Q("18.500 ngày công", 18500, "ngày công"), Q("35 nhà tình nghĩa", 35, "nhà tình nghĩa"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("gần 600 triệu đồng", 600000000, "đồng", "approx"),
 Q("46 lớp học tình thương", 46, "lớp học tình thương"), Q("870 học sinh", 870, "học sinh"),
 Q("khoảng 10%", 10, "%", "approx"), Q("10 hộ", 10, "hộ")],
[D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Chỉ thị", "02", "CT/TU", "2015-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 02-CT/TU ngày 15/1/2015"),
 D("Kế hoạch", "87", "KH/BDVTU", None, None, "Kế hoạch số 87-KH/BDVTU")],
[prov("Nghệ An"), com("Na Ngoi"), com("Mường Típ")],
["Báo Nghệ An điện tử", "Thời sự › Quân sự - Quốc phòng", "(Baonghean.vn)",
 "Đại tá Nguyễn Văn Hiếu phát biểu khai mạc lớp tập huấn. Ảnh: Hoài Thu", "cán bộ dân vận", "Dân vận khéo", "Lượt xem: 418"],
["26/06/2015 - 14:45", "2 ngày", "năm 2015", "năm 2014", "giai đoạn 2015 - 2020", "Lượt xem: 418"]))
