"""holdout45 batch 1: b1037-b1042 (2011-2016). Page text and labels side by side."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b1037
PAGES.append(page(
"b1037-laocai-bdvhu-bacha-tongket-2011",
"""
Cổng thông tin điện tử huyện Bắc Hà - tỉnh Lào Cai
Trang chủ » Tin tức - Sự kiện » Dân vận - Mặt trận
Đăng nhập | Liên hệ | Sơ đồ cổng | English
Ảnh: Quang cảnh hội nghị tổng kết.
Thứ năm, 29/12/2011 - 08:42
Bắc Hà: Vận động đồng bào Mông xây dựng nếp sống mới ở 14 xã vùng cao
Ngày 27/12, Ban Dân vận Huyện ủy Bắc Hà tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có đồng chí Lù Văn Thắng, TUV, Bí thư Huyện ủy Bắc Hà; đồng chí Hoàng Thị Pẻn, HUV, Trưởng Ban Dân vận Huyện ủy, cùng 38 đồng chí là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, thị trấn.
Theo báo cáo, năm 2011 khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 03, 04-CT/HU về tăng cường công tác dân vận ở các xã vùng cao và về vận động nhân dân thực hiện nếp sống văn minh trong việc cưới, việc tang; tiếp tục quán triệt Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị. Thực hiện kế hoạch số 12-KH/HU về nắm tình hình nhân dân vùng giáp ranh với các huyện Si Ma Cai, Mường Khương, các cấp ủy cơ sở đã phân công đảng viên phụ trách từng nhóm hộ.
Qua vận động, nhân dân 14 xã vùng cao đã hiến hơn 4.200 m2 đất, đóng góp gần 6.500 ngày công làm mới 37 km đường liên thôn; 1.150 hộ đăng ký xây dựng gia đình văn hóa; 312 hộ đồng bào Mông đã di chuyển chuồng trại ra xa nhà ở. Toàn huyện có 96% số thôn, bản xây dựng được hương ước, quy ước. Các xã đã giải quyết 21/24 đơn thư của công dân, không để phát sinh đơn thư vượt cấp.
Tại hội nghị, các đại biểu đã thảo luận, làm rõ nguyên nhân một số hộ ở xã Bản Liền, Nậm Đét còn nghe theo kẻ xấu tuyên truyền, tổ chức sinh hoạt tôn giáo trái pháp luật. Đồng chí Giàng Seo Vần, Bí thư Đảng ủy xã Lùng Phình, chia sẻ cách vận động thông qua trưởng các dòng họ Giàng, Sùng, Vàng. Ông Sùng A Páo, người có uy tín thôn Lùng Sán, kiến nghị huyện hỗ trợ thêm bò giống cho hộ nghèo và mở lớp xóa mù chữ cho phụ nữ.
Phát biểu chỉ đạo, đồng chí Bí thư Huyện ủy Lù Văn Thắng ghi nhận kết quả khối dân vận đạt được, đồng thời chỉ rõ công tác nắm tình hình ở một số thôn còn chậm, có nơi chưa phát huy vai trò người có uy tín. Năm 2012, đồng chí yêu cầu các cấp ủy thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra", gắn công tác dân vận với Chương trình 135 và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Dịp này, Ban Thường vụ Huyện ủy đã tặng giấy khen cho 8 tập thể và 15 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Vàng Hương
Tin liên quan
- Si Ma Cai: Hội nghị người có uy tín năm 2011 (20/12/2011)
- Bắc Hà tổ chức Tết Độc lập cho đồng bào các dân tộc (05/09/2011)
- Xã Bản Phố hoàn thành hương ước thôn bản (18/08/2011)
- Khối dân vận huyện giao ban 6 tháng đầu năm (12/07/2011)
""",
"2011-12-29",
"Bắc Hà: Vận động đồng bào Mông xây dựng nếp sống mới ở 14 xã vùng cao",
E("tong_ket", "2011", "2011-12-27"),
[
    P("Lù Văn Thắng", "TUV", "Bí thư Huyện ủy Bắc Hà", "Bí thư Huyện ủy"),
    P("Hoàng Thị Pẻn", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Giàng Seo Vần", "Bí thư Đảng ủy xã Lùng Phình"),
    P("Sùng A Páo", "người có uy tín thôn Lùng Sán"),
],
[
    Q("38 đồng chí", 38, "đồng chí"),
    Q("14 xã vùng cao", 14, "xã vùng cao"),
    Q("hơn 4.200 m2 đất", 4200, "m2", "over"),
    Q("gần 6.500 ngày công", 6500, "ngày công", "approx"),
    Q("37 km", 37, "km"),
    Q("1.150 hộ", 1150, "hộ"),
    Q("312 hộ đồng bào Mông", 312, "hộ đồng bào Mông"),
    Q("96% số thôn", 96, "%"),
    Q("21/24 đơn thư", 21, "đơn thư"),
    Q("8 tập thể", 8, "tập thể"),
    Q("15 cá nhân", 15, "cá nhân"),
],
[
    D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 03, 04-CT/HU"),
    D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy", surface="Chỉ thị 03, 04-CT/HU"),
    D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", surface="Quyết định 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị"),
    D("Kế hoạch", "12", "KH/HU", None, None, surface="kế hoạch số 12-KH/HU"),
],
[prov("Lào Cai"), com("Bản Liền"), com("Nậm Đét"), com("Lùng Phình")],
["Cổng thông tin điện tử huyện Bắc Hà - tỉnh Lào Cai", "Trang chủ » Tin tức - Sự kiện » Dân vận - Mặt trận",
 "Đăng nhập | Liên hệ | Sơ đồ cổng | English", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Chương trình 135",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Si Ma Cai, Mường Khương"],
["Thứ năm, 29/12/2011 - 08:42", "năm 2011", "năm 2012", "38 đồng chí", "Chương trình 135", "290-QĐ/TW"],
))

# ---------------------------------------------------------------- b1038
PAGES.append(page(
"b1038-thaibinh-thaithuy-doithoai-2012",
"""
BÁO THÁI BÌNH ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc
Chính trị » Xây dựng Đảng
Ngày cập nhật: 07/06/2012 15:20
Thái Thụy: Đối thoại với nhân dân xã Thụy Trường về bồi thường giải phóng mặt bằng
Chiều 5/6, UBND huyện Thái Thụy phối hợp với Uỷ ban MTTQ huyện tổ chức đối thoại với nhân dân xã Thụy Trường về những vướng mắc trong bồi thường, hỗ trợ giải phóng mặt bằng dự án nâng cấp đê biển và khu neo đậu tàu thuyền. Đồng chí Phạm Văn Khiêm, Phó Chủ tịch UBND huyện chủ trì buổi đối thoại. Cùng dự có các đồng chí: Bùi Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy; Đỗ Xuân Trường, Chủ tịch Uỷ ban MTTQ huyện; lãnh đạo Phòng Tài nguyên và Môi trường, Ban Quản lý dự án và gần 200 hộ dân có đất bị thu hồi.
Theo báo cáo của Ban Quản lý dự án, toàn xã có 236 hộ bị ảnh hưởng với tổng diện tích thu hồi 18,6 ha; đến nay đã chi trả 11,4 tỷ đồng tiền bồi thường, hỗ trợ cho 191 hộ, đạt 81%. Còn 45 hộ chưa nhận tiền, chủ yếu do chưa thống nhất đơn giá cây lâu năm và diện tích đất ao xen kẽ trong khu dân cư.
Tại buổi đối thoại, 14 ý kiến của người dân được nêu thẳng thắn. Ông Nguyễn Văn Hưởng (thôn Quang Lang) cho rằng mức hỗ trợ chuyển đổi nghề 25.000 đồng/m2 là thấp so với các dự án lân cận. Bà Vũ Thị Nụ (thôn Tân Bồi) đề nghị huyện xem xét lại việc xác định nguồn gốc đất của 3 hộ đã sử dụng ổn định từ trước năm 1993. Một số hộ phản ánh phương án bồi thường chưa được niêm yết công khai tại nhà văn hóa thôn.
Trả lời các ý kiến, đồng chí Phạm Văn Khiêm giải thích việc áp dụng Nghị định 69/2009/NĐ-CP của Chính phủ và Quyết định số 2258/2010/QĐ-UBND ngày 15/11/2010 của UBND tỉnh Thái Bình quy định về bồi thường, hỗ trợ, tái định cư; khẳng định đơn giá cây trồng được áp dụng thống nhất trên địa bàn. Đối với các trường hợp còn vướng mắc về nguồn gốc đất, huyện giao UBND xã Thụy Trường phối hợp Văn phòng đăng ký quyền sử dụng đất kiểm tra lại hồ sơ, trả lời bằng văn bản trước ngày 30/6.
Đồng chí Bùi Thị Lan đề nghị MTTQ và các đoàn thể xã cử cán bộ bám thôn, gặp gỡ từng hộ còn vướng mắc; phát huy vai trò của Tổ dân vận thôn và các chi hội trong vận động nhân dân chấp hành chủ trương của Đảng, chính sách pháp luật của Nhà nước. Ông Đỗ Xuân Trường cho biết Uỷ ban MTTQ huyện sẽ giám sát việc thực hiện các nội dung đã kết luận tại buổi đối thoại và thông báo kết quả tới nhân dân qua hệ thống truyền thanh xã.
Kết thúc buổi đối thoại, 28 hộ đã ký biên bản nhất trí nhận tiền bồi thường và bàn giao mặt bằng cho đơn vị thi công.
Kim Chi
Tin liên quan
- Quỳnh Phụ: Tiếp xúc cử tri trước kỳ họp thứ 4 HĐND huyện (04/06/2012)
- Đông Hưng hoàn thành giải phóng mặt bằng đường 39 mới (28/05/2012)
- Vũ Thư: 95% hộ dân đồng thuận dồn điền đổi thửa (17/05/2012)
""",
"2012-06-07",
"Thái Thụy: Đối thoại với nhân dân xã Thụy Trường về bồi thường giải phóng mặt bằng",
E("doi_thoai", None, "2012-06-05"),
[
    P("Phạm Văn Khiêm", "Phó Chủ tịch UBND huyện"),
    P("Bùi Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
    P("Đỗ Xuân Trường", "Chủ tịch Uỷ ban MTTQ huyện"),
    P("Nguyễn Văn Hưởng"),
    P("Vũ Thị Nụ"),
],
[
    Q("gần 200 hộ dân", 200, "hộ dân", "approx"),
    Q("236 hộ", 236, "hộ"),
    Q("18,6 ha", 18.6, "ha"),
    Q("11,4 tỷ đồng", 11400000000, "đồng"),
    Q("191 hộ", 191, "hộ"),
    Q("81%", 81, "%"),
    Q("45 hộ", 45, "hộ"),
    Q("14 ý kiến", 14, "ý kiến"),
    Q("25.000 đồng/m2", 25000, "đồng"),
    Q("3 hộ", 3, "hộ"),
    Q("28 hộ", 28, "hộ"),
],
[
    D("Nghị định", "69", "2009/NĐ-CP", None, "Chính phủ", surface="Nghị định 69/2009/NĐ-CP của Chính phủ"),
    D("Quyết định", "2258", "2010/QĐ-UBND", "2010-11-15", "UBND tỉnh Thái Bình",
      surface="Quyết định số 2258/2010/QĐ-UBND ngày 15/11/2010 của UBND tỉnh Thái Bình"),
],
[prov("Thái Bình"), com("Thụy Trường")],
["BÁO THÁI BÌNH ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc",
 "Chính trị » Xây dựng Đảng", "Phòng Tài nguyên và Môi trường", "Tổ dân vận thôn"],
["Ngày cập nhật: 07/06/2012 15:20", "năm 1993", "ngày 30/6", "69/2009/NĐ-CP"],
))

# ---------------------------------------------------------------- b1039
PAGES.append(page(
"b1039-hagiang-bdvtu-soket-2013",
"""
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Hôm nay: Thứ Ba, 23/07/2013
Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
Hà Giang: Nắm chắc tình hình nhân dân khu vực biên giới
Cập nhật ngày: 19-07-2013 | Lượt xem: 612
Ngày 17/7, Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013. Đồng chí Vàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Vương Thị Dung, Hầu Mí Lử; trưởng ban dân vận các huyện ủy, thành ủy.
6 tháng qua, Ban Dân vận Tỉnh ủy đã tham mưu Tỉnh ủy tổ chức quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới; sơ kết 3 năm thực hiện Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng biên giới và vùng có đạo. Ban Dân vận Tỉnh ủy đã ban hành hướng dẫn số 07-HD/BDVTU về xây dựng mô hình "Dân vận khéo" ở thôn, bản và phối hợp kiểm tra việc thực hiện Kết luận 62-KL/TW của Bộ Chính trị tại 4 huyện.
Khối dân vận các cấp đã nắm chắc tình hình tư tưởng của nhân dân ở 7 huyện biên giới. Tình hình cơ bản ổn định, tuy nhiên vẫn còn 37 hộ với 186 khẩu di cư tự do đến các tỉnh Tây Nguyên; ở một số thôn của huyện Mèo Vạc, Đồng Văn xuất hiện đối tượng tuyên truyền hiện tượng "Dương Văn Mình", vận động người dân bỏ thờ cúng tổ tiên. Các cơ quan dân vận đã tiếp 215 lượt người đến phản ánh, nhận 19 đơn thư, chuyển cơ quan chức năng giải quyết 17 đơn.
Tại hội nghị, Thượng tá Lý Văn Chắn, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin tình hình an ninh trật tự khu vực biên giới và kết quả mô hình "Đồn Biên phòng kết nghĩa với thôn bản". Đồng chí Lò Thị Dín, Trưởng Ban Dân vận Huyện ủy Mèo Vạc, đề nghị tăng cường cán bộ biết tiếng Mông về các xã Sơn Vĩ, Xín Cái. Đồng chí Hoàng Quang Tứ, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh, cho biết cuộc vận động "Chung sức xây dựng nông thôn mới" 6 tháng qua đã huy động được 8,7 tỷ đồng và hơn 12.000 ngày công.
Kết luận hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy Vàng Thị Dua yêu cầu 6 tháng cuối năm tập trung xây dựng chương trình hành động thực hiện Nghị quyết 25-NQ/TW; chủ động nắm tình hình, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo gây mất ổn định; nhân rộng 26 mô hình "Dân vận khéo" đã được công nhận; phối hợp với chính quyền giải quyết dứt điểm các vụ việc tồn đọng ngay từ cơ sở.
Minh Hải
Tin liên quan
- Hội nghị trưởng ban dân vận các huyện ủy, thành ủy (05/07/2013)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Hà Giang (21/06/2013)
- Quản Bạ: Ra mắt mô hình "Dân vận khéo" tại thôn Nặm Đăm (10/06/2013)
""",
"2013-07-19",
"Hà Giang: Nắm chắc tình hình nhân dân khu vực biên giới",
E("so_ket", "2013-H1", "2013-07-17"),
[
    P("Vàng Thị Dua", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Vương Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Hầu Mí Lử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lý Văn Chắn", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    P("Lò Thị Dín", "Trưởng Ban Dân vận Huyện ủy Mèo Vạc"),
    P("Hoàng Quang Tứ", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
],
[
    Q("4 huyện", 4, "huyện"),
    Q("7 huyện biên giới", 7, "huyện biên giới"),
    Q("37 hộ", 37, "hộ"),
    Q("186 khẩu", 186, "khẩu"),
    Q("215 lượt người", 215, "lượt người"),
    Q("19 đơn thư", 19, "đơn thư"),
    Q("17 đơn", 17, "đơn"),
    Q("8,7 tỷ đồng", 8700000000, "đồng"),
    Q("hơn 12.000 ngày công", 12000, "ngày công", "over"),
    Q("26 mô hình", 26, "mô hình"),
],
[
    D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "BCH Trung ương",
      surface="Nghị quyết số 25-NQ/TW ngày 03/6/2013 của BCH Trung ương"),
    D("Chỉ thị", "15", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy"),
    D("Chỉ thị", "16", None, None, "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 15, 16 của Ban Thường vụ Tỉnh ủy"),
    D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="hướng dẫn số 07-HD/BDVTU"),
    D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", surface="Kết luận 62-KL/TW của Bộ Chính trị"),
],
[prov("Hà Giang"), com("Sơn Vĩ"), com("Xín Cái")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh", "Dương Văn Mình",
 "Dân vận khéo", "Đồn Biên phòng kết nghĩa với thôn bản", "Chung sức xây dựng nông thôn mới", "Tây Nguyên"],
["Hôm nay: Thứ Ba, 23/07/2013", "Cập nhật ngày: 19-07-2013 | Lượt xem: 612", "6 tháng đầu năm",
 "6 tháng cuối năm 2013", "3 năm", "khóa XI"],
))

# ---------------------------------------------------------------- b1040
PAGES.append(page(
"b1040-namdinh-mttq-haihau-giamsat-2014",
"""
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tỉnh Nam Định
Giới thiệu | Tin tức - Sự kiện | Mặt trận - Đoàn thể | Văn bản | Hỏi đáp
Bạn đang xem: Tin tức - Sự kiện > Mặt trận - Đoàn thể
Đăng lúc: 09:12 - 18/07/2014
MTTQ huyện giám sát việc thực hiện Quy chế dân chủ ở xã Hải Đông
Ngày 16/7, Đoàn giám sát của Ủy ban MTTQ huyện Hải Hậu do đồng chí Trần Thị Hạnh, HUV, Chủ tịch Ủy ban MTTQ huyện, Trưởng đoàn giám sát, đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và công khai các khoản đóng góp của nhân dân tại xã Hải Đông. Đây là một trong 4 cuộc giám sát theo chương trình giám sát năm 2014 của Ủy ban MTTQ huyện. Tham gia đoàn có các đồng chí Vũ Văn Tuân, Đặng Thị Hoa - Ủy viên Ban Thường trực Ủy ban MTTQ huyện, đại diện Hội Nông dân, Hội Cựu chiến binh huyện.
Căn cứ Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của MTTQ Việt Nam và các đoàn thể chính trị - xã hội, Kế hoạch số 09/KH-MTTQ-BTT ngày 02/7/2014 của Ban Thường trực Ủy ban MTTQ huyện, đoàn đã nghe UBND xã báo cáo việc thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn; kiểm tra hồ sơ, sổ sách và làm việc trực tiếp với Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng của xã.
Báo cáo cho thấy, năm 2013 và 6 tháng đầu năm 2014, xã Hải Đông đã công khai 23 nội dung theo quy định; tổ chức lấy ý kiến nhân dân về quy hoạch nông thôn mới tại 100% xóm. Thực hiện Nghị quyết 07, 08/NQ-HĐND của HĐND xã, nhân dân đã đóng góp hơn 2,3 tỷ đồng, hiến 3.150 m2 đất để cứng hóa 9,5 km đường trục xóm; mức đóng góp bình quân 350.000 đồng/khẩu, được bàn bạc công khai tại các hội nghị xóm. Có 1.240/1.262 hộ ký cam kết thực hiện, đạt 98,3%.
Qua giám sát, đoàn đánh giá UBND xã đã thực hiện nghiêm các nội dung công khai, chưa có đơn thư khiếu nại về thu, chi. Tuy nhiên, việc niêm yết quyết toán công trình ở một số xóm còn chậm; Ban Thanh tra nhân dân chưa được tập huấn nghiệp vụ; biên bản họp xóm chưa ghi đầy đủ ý kiến của người dân.
Tại buổi làm việc, Linh mục Đaminh Phạm Văn Thiện, Chánh xứ giáo xứ Hải Đông, đánh giá cao việc chính quyền tôn trọng ý kiến của bà con giáo dân và cho biết 412 hộ giáo dân đã tích cực hiến đất làm đường. Đồng chí Phạm Văn Sơn, Chủ tịch UBND xã Hải Đông, tiếp thu và cam kết khắc phục các hạn chế trước ngày 30/9/2014.
Kết luận buổi giám sát, đồng chí Trần Thị Hạnh đề nghị xã tiếp tục thực hiện tốt phương châm "3 công khai" trong huy động đóng góp của nhân dân; kiện toàn, tập huấn cho Ban Thanh tra nhân dân; gửi báo cáo khắc phục về Ủy ban MTTQ huyện để tổng hợp, báo cáo Ban Thường vụ Huyện ủy.
Thu Trang (MTTQ huyện)
Tin liên quan
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ huyện (10/07/2014)
- Xã Hải Lý ra mắt mô hình "Khu dân cư tự quản" (02/07/2014)
- Trao 25 nhà Đại đoàn kết cho hộ nghèo (20/06/2014)
""",
"2014-07-18",
"MTTQ huyện giám sát việc thực hiện Quy chế dân chủ ở xã Hải Đông",
E("giam_sat", "2014", "2014-07-16"),
[
    P("Trần Thị Hạnh", "HUV", "Chủ tịch Ủy ban MTTQ huyện", "Trưởng đoàn giám sát"),
    P("Vũ Văn Tuân", "Ủy viên Ban Thường trực Ủy ban MTTQ huyện"),
    P("Đặng Thị Hoa", "Ủy viên Ban Thường trực Ủy ban MTTQ huyện"),
    P("Đaminh Phạm Văn Thiện", "Linh mục", "Chánh xứ giáo xứ Hải Đông"),
    P("Phạm Văn Sơn", "Chủ tịch UBND xã Hải Đông"),
],
[
    Q("4 cuộc giám sát", 4, "cuộc giám sát"),
    Q("23 nội dung", 23, "nội dung"),
    Q("100% xóm", 100, "%"),
    Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"),
    Q("3.150 m2", 3150, "m2"),
    Q("9,5 km", 9.5, "km"),
    Q("350.000 đồng/khẩu", 350000, "đồng"),
    Q("1.240/1.262 hộ", 1240, "hộ"),
    Q("98,3%", 98.3, "%"),
    Q("412 hộ giáo dân", 412, "hộ giáo dân"),
],
[
    D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị",
      surface="Quyết định 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
    D("Kế hoạch", "09", "KH-MTTQ-BTT", "2014-07-02", "Ban Thường trực Ủy ban MTTQ huyện",
      surface="Kế hoạch số 09/KH-MTTQ-BTT ngày 02/7/2014 của Ban Thường trực Ủy ban MTTQ huyện"),
    D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, surface="Pháp lệnh số 34/2007/PL-UBTVQH11"),
    D("Nghị quyết", "07", "NQ-HĐND", None, "HĐND xã", surface="Nghị quyết 07, 08/NQ-HĐND của HĐND xã"),
    D("Nghị quyết", "08", "NQ-HĐND", None, "HĐND xã", surface="Nghị quyết 07, 08/NQ-HĐND của HĐND xã"),
],
[prov("Nam Định"), com("Hải Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU", "Giới thiệu | Tin tức - Sự kiện | Mặt trận - Đoàn thể | Văn bản | Hỏi đáp",
 "Bạn đang xem: Tin tức - Sự kiện > Mặt trận - Đoàn thể", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư cộng đồng",
 "Hội Cựu chiến binh huyện"],
["Đăng lúc: 09:12 - 18/07/2014", "năm 2013 và 6 tháng đầu năm 2014", "3 công khai", "ngày 30/9/2014",
 "chương trình giám sát năm 2014"],
))

# ---------------------------------------------------------------- b1041
PAGES.append(page(
"b1041-vinhphuc-bdvhu-tamdao-soket-2015",
"""
Ban Dân vận Tỉnh ủy Vĩnh Phúc
Trang chủ > Tin tức > Dân vận các huyện, thành, thị
Thứ Ba, 21/07/2015 | 10:30 | Lượt xem: 1.245
Tam Đảo: 6 tháng đầu năm xây dựng 18 mô hình "Dân vận khéo"
(BDV) - Ngày 20/7, Ban Dân vận Huyện ủy Tam Đảo tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2015. Đồng chí Diệp Văn Sình, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và chỉ đạo hội nghị.
6 tháng đầu năm 2015, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy sơ kết Kết luận 02, 03-KL/HU về công tác dân vận trong giải phóng mặt bằng và về vận động đồng bào dân tộc Sán Dìu phát triển kinh tế đồi rừng; tham mưu Huyện ủy ban hành đề án 03 "Nâng cao hiệu quả công tác dân vận vùng đồng bào dân tộc thiểu số giai đoạn 2015-2020". Khối dân vận các xã đã xây dựng được 18 mô hình "Dân vận khéo" trên các lĩnh vực, trong đó có 7 mô hình về phát triển kinh tế, 5 mô hình về bảo vệ môi trường.
Thực hiện công tác dân vận chính quyền, UBND huyện và các xã đã tổ chức 6 cuộc đối thoại với nhân dân về giải phóng mặt bằng, cấp giấy chứng nhận quyền sử dụng đất; tiếp khoảng 1.300 lượt công dân; giải quyết 41/46 đơn thư thuộc thẩm quyền. Qua vận động, 76 hộ ở xã Hợp Châu, Minh Quang đã tự nguyện bàn giao 5,8 ha đất cho dự án đường vành đai, với số tiền bồi thường hơn 9,2 tỷ đồng. Nhân dân xã Đạo Trù đóng góp 620 triệu đồng và hơn 1.500 ngày công làm đường giao thông nông thôn.
Tại hội nghị, các đại biểu đã nghe đồng chí Lam Thị Sáng, vừa được bổ nhiệm làm Phó Trưởng Ban Dân vận Huyện ủy, thông qua dự thảo kế hoạch kiểm tra việc thực hiện Quy chế dân vận. Đại đức Thích Quảng Tâm, trụ trì chùa Thanh Lanh, đề nghị chính quyền tiếp tục quan tâm tu bổ di tích gắn với bảo vệ rừng đặc dụng. Đồng chí Trương Văn Dẩu, Bí thư Đảng ủy xã Đạo Trù, chia sẻ kinh nghiệm vận động đồng bào Sán Dìu chuyển sang trồng rừng gỗ lớn.
Phát biểu chỉ đạo, đồng chí Diệp Văn Sình đề nghị các cấp ủy tập trung quán triệt Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; nâng cao trách nhiệm của người đứng đầu trong tiếp dân, đối thoại với dân; phấn đấu mỗi xã, thị trấn có thêm một mô hình "Dân vận khéo" gắn với xây dựng nông thôn mới.
Thay mặt Ban Dân vận Huyện ủy, đồng chí Nguyễn Thị Thu Hà, HUV, Trưởng Ban Dân vận Huyện ủy tiếp thu ý kiến chỉ đạo và đề nghị các đồng chí trưởng khối dân vận xã bám sát cơ sở, kịp thời báo cáo những vấn đề nảy sinh trong nhân dân.
Hoàng Yến
Tin liên quan
- Lập Thạch: Hội nghị giao ban công tác dân vận quý II (10/07/2015)
- Phúc Yên biểu dương 12 gương điển hình "Dân vận khéo" (30/06/2015)
- Tọa đàm "Công tác dân vận chính quyền - thực trạng và giải pháp" (16/06/2015)
""",
"2015-07-21",
"Tam Đảo: 6 tháng đầu năm xây dựng 18 mô hình \"Dân vận khéo\"",
E("so_ket", "2015-H1", "2015-07-20"),
[
    P("Diệp Văn Sình", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
    P("Lam Thị Sáng", "Phó Trưởng Ban Dân vận Huyện ủy"),
    P("Thích Quảng Tâm", "Đại đức", "trụ trì chùa Thanh Lanh"),
    P("Trương Văn Dẩu", "Bí thư Đảng ủy xã Đạo Trù"),
    P("Nguyễn Thị Thu Hà", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
],
[
    Q("18 mô hình", 18, "mô hình"),
    Q("7 mô hình", 7, "mô hình"),
    Q("5 mô hình", 5, "mô hình"),
    Q("6 cuộc đối thoại", 6, "cuộc đối thoại"),
    Q("khoảng 1.300 lượt công dân", 1300, "lượt công dân", "approx"),
    Q("41/46 đơn thư", 41, "đơn thư"),
    Q("76 hộ", 76, "hộ"),
    Q("5,8 ha", 5.8, "ha"),
    Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
    Q("620 triệu đồng", 620000000, "đồng"),
    Q("hơn 1.500 ngày công", 1500, "ngày công", "over"),
],
[
    D("Kết luận", "02", "KL/HU", None, "Ban Thường vụ Huyện ủy", surface="Kết luận 02, 03-KL/HU"),
    D("Kết luận", "03", "KL/HU", None, "Ban Thường vụ Huyện ủy", surface="Kết luận 02, 03-KL/HU"),
    D("Đề án", "03", None, None, "Huyện ủy", surface="đề án 03"),
    D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", surface="Kết luận 114-KL/TW ngày 14/7/2015 của Ban Bí thư"),
],
[prov("Vĩnh Phúc"), com("Hợp Châu"), com("Minh Quang"), com("Đạo Trù")],
["Ban Dân vận Tỉnh ủy Vĩnh Phúc", "Trang chủ > Tin tức > Dân vận các huyện, thành, thị", "(BDV)", "Dân vận khéo",
 "Nâng cao hiệu quả công tác dân vận vùng đồng bào dân tộc thiểu số giai đoạn 2015-2020", "Quy chế dân vận", "Sán Dìu"],
["Thứ Ba, 21/07/2015 | 10:30 | Lượt xem: 1.245", "6 tháng đầu năm", "6 tháng cuối năm 2015", "giai đoạn 2015-2020",
 "đề án 03"],
))

# ---------------------------------------------------------------- b1042
PAGES.append(page(
"b1042-caobang-xa-damthuy-baocao-2016",
"""
TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐÀM THỦY
Huyện Trùng Khánh - Tỉnh Cao Bằng
Trang chủ / Tin hoạt động / Báo cáo - Thống kê
Kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2016
Ngày đăng: 17/06/2016 | Người đăng: Quản trị | Lượt xem: 87
Ngày 15/6/2016, UBND xã Đàm Thủy ban hành Báo cáo số 52/BC-UBND về kết quả thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền 6 tháng đầu năm 2016, phương hướng nhiệm vụ 6 tháng cuối năm. Báo cáo do đồng chí Nông Văn Pính, Phó Bí thư Đảng ủy, Chủ tịch UBND xã ký. Trang thông tin điện tử xã trích đăng những nội dung chính.
1. Công tác lãnh đạo, chỉ đạo
Đảng ủy xã đã ban hành Chỉ thị 08, 09 của Đảng ủy xã về tăng cường công tác dân vận trong phát triển du lịch khu vực thác Bản Giốc và về giữ gìn an ninh trật tự khu vực biên giới; UBND xã ban hành Kế hoạch số 18/KH-UBND ngày 20/01/2016 về thực hiện Pháp lệnh dân chủ ở xã năm 2016. Các nội dung công khai được niêm yết tại trụ sở UBND xã, nhà văn hóa của 15/15 xóm và thông báo trên hệ thống loa truyền thanh.
2. Kết quả thực hiện
- Những việc phải công khai để dân biết: xã đã công khai 11 nội dung theo quy định, trong đó có danh sách 214 hộ nghèo, 97 hộ cận nghèo được hỗ trợ theo chính sách; kế hoạch sử dụng đất và các khoản thu, chi ngân sách.
- Những việc dân bàn và quyết định trực tiếp: nhân dân 9 xóm đã bàn và thống nhất đóng góp 215 triệu đồng, hiến 1.800 m2 đất, làm 4,2 km đường bê tông; mức đóng góp bình quân khoảng 500.000 đồng/hộ.
- Những việc dân tham gia ý kiến, giám sát: Ban Thanh tra nhân dân xã đã giám sát 3 công trình; Ban Giám sát đầu tư cộng đồng giám sát 6 công trình với tổng vốn hơn 3,4 tỷ đồng.
- Công tác tiếp dân, đối thoại: Chủ tịch UBND xã đã tiếp 16 lượt công dân, tổ chức 2 cuộc đối thoại với người dân xóm Đàm Thủy và xóm Bản Giốc về quản lý dịch vụ du lịch; nhận 5 đơn, đã giải quyết 5 đơn. Tổ hòa giải các xóm hòa giải thành 7/8 vụ việc.
3. Tình hình nhân dân
Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn ổn định. Lượng khách đến tham quan thác Bản Giốc 6 tháng ước đạt 62.000 lượt, tăng 18% so với cùng kỳ; một số hộ kinh doanh tự phát ở khu vực bến thuyền gây bức xúc trong nhân dân. Theo Thiếu tá Lục Văn Thành, Đồn trưởng Đồn Biên phòng Đàm Thủy, nhân dân các xóm giáp biên đã tích cực tham gia tự quản đường biên, mốc giới. Nhân dân xóm Khuổi Ky đồng thuận giữ gìn làng đá cổ để phát triển du lịch cộng đồng.
4. Phương hướng 6 tháng cuối năm 2016
Tiếp tục thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng"; sắp xếp lại các điểm kinh doanh khu vực thác; phối hợp với Ủy ban MTTQ xã, do bà Hoàng Thị Mấy, Chủ tịch Ủy ban MTTQ xã phụ trách, tổ chức đối thoại với các hộ kinh doanh trước mùa du lịch cao điểm.
Tin liên quan
- Xã Đàm Thủy tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2015 (19/11/2015)
- Hội nghị nhân dân xóm Phja Khao bàn làm đường (08/04/2016)
- Tuyên truyền Luật Biên giới quốc gia cho đồng bào giáp biên (22/03/2016)
""",
"2016-06-17",
"Kết quả thực hiện Quy chế dân chủ ở cơ sở 6 tháng đầu năm 2016",
E("bao_cao", "2016-H1", "2016-06-15"),
[
    P("Nông Văn Pính", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Lục Văn Thành", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Đàm Thủy"),
    P("Hoàng Thị Mấy", "Chủ tịch Ủy ban MTTQ xã"),
],
[
    Q("15/15 xóm", 15, "xóm"),
    Q("11 nội dung", 11, "nội dung"),
    Q("214 hộ nghèo", 214, "hộ nghèo"),
    Q("97 hộ cận nghèo", 97, "hộ cận nghèo"),
    Q("9 xóm", 9, "xóm"),
    Q("215 triệu đồng", 215000000, "đồng"),
    Q("1.800 m2", 1800, "m2"),
    Q("4,2 km", 4.2, "km"),
    Q("khoảng 500.000 đồng/hộ", 500000, "đồng", "approx"),
    Q("3 công trình", 3, "công trình"),
    Q("6 công trình", 6, "công trình"),
    Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
    Q("16 lượt công dân", 16, "lượt công dân"),
    Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
    Q("nhận 5 đơn", 5, "đơn"),
    Q("giải quyết 5 đơn", 5, "đơn"),
    Q("7/8 vụ việc", 7, "vụ việc"),
    Q("ước đạt 62.000 lượt", 62000, "lượt", "approx"),
    Q("18%", 18, "%"),
],
[
    D("Báo cáo", "52", "BC-UBND", "2016-06-15", "UBND xã Đàm Thủy", surface="Báo cáo số 52/BC-UBND"),
    D("Chỉ thị", "08", None, None, "Đảng ủy xã", surface="Chỉ thị 08, 09 của Đảng ủy xã"),
    D("Chỉ thị", "09", None, None, "Đảng ủy xã", surface="Chỉ thị 08, 09 của Đảng ủy xã"),
    D("Kế hoạch", "18", "KH-UBND", "2016-01-20", "UBND xã", surface="Kế hoạch số 18/KH-UBND ngày 20/01/2016"),
],
[prov("Cao Bằng"), com("Đàm Thủy")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ ĐÀM THỦY", "Huyện Trùng Khánh - Tỉnh Cao Bằng",
 "Trang chủ / Tin hoạt động / Báo cáo - Thống kê", "Người đăng: Quản trị", "Pháp lệnh dân chủ ở xã",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng", "thác Bản Giốc", "Đồn Biên phòng Đàm Thủy"],
["Ngày đăng: 17/06/2016 | Người đăng: Quản trị | Lượt xem: 87", "6 tháng đầu năm 2016", "6 tháng cuối năm 2016",
 "1. Công tác lãnh đạo, chỉ đạo", "2. Kết quả thực hiện", "năm 2016"],
))
