"""holdout35 batch 4: b815-b820 (Hưng Yên 2024, Cao Bằng 2024, Phú Thọ 2025, Gia Lai 2025, An Giang 2026, Thái Nguyên 2026)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b815
PAGES.append(page(
"b815-hungyen-chandung-truongthon-2024",
"""
BÁO HƯNG YÊN ĐIỆN TỬ
Trang chủ » Xây dựng Đảng » Gương sáng dân vận
Thứ Hai, 16/09/2024 | 07:00
Nữ trưởng thôn "dân vận khéo" ở Đông Khê
Bà Nguyễn Thị Thoa trao đổi với người dân thôn Đông Khê. Ảnh: Thu Trang
Hơn 10 năm làm Bí thư Chi bộ, Trưởng thôn Đông Khê, xã Tân Việt, huyện Yên Mỹ (Hưng Yên), bà Nguyễn Thị Thoa đã cùng nhân dân biến một thôn từng "nóng" về đơn thư đất đai thành thôn văn hóa tiêu biểu của huyện.
Năm 2013, khi bà Thoa được bầu làm trưởng thôn, Đông Khê có tới 17 đơn thư liên quan tranh chấp ranh giới đất, lối đi chung. Có vụ 2 gia đình anh em ruột không nhìn mặt nhau suốt nhiều năm chỉ vì 1 mét đất ngõ. "Tôi xác định phải nghe cho hết, hỏi cho kỹ, rồi mới nói. Có nhà tôi đến 9 lần, lần nào cũng bị đuổi về", bà kể. Cách làm kiên trì ấy giúp thôn hòa giải thành công 15 vụ việc; đến nay thôn không còn đơn thư vượt cấp.
Năm 2022, thực hiện chủ trương mở rộng đường trục thôn, bà Thoa cùng chi ủy họp dân 4 lần, công khai thiết kế, dự toán. Bản thân bà gương mẫu hiến 65 m2 đất vườn, phá dỡ tường bao. Noi theo, 47 hộ đã tự nguyện hiến tổng cộng hơn 2.300 m2 đất, tháo dỡ công trình trị giá khoảng 1,1 tỷ đồng mà không nhận bồi thường. Tuyến đường dài 1,8 km được hoàn thành sau 5 tháng.
Ông Đào Văn Huấn, Chủ tịch UBND xã Tân Việt nhận xét: "Chị Thoa làm dân vận bằng cái tình. Nhiều việc xã giải quyết chưa xong, chị về thôn nói chuyện là bà con nghe". Cũng nhờ sự vận động của bà, năm 2023, 100% hộ gia đình trong thôn đóng góp xây nhà văn hóa mới với số tiền hơn 600 triệu đồng; thôn được công nhận khu dân cư nông thôn mới kiểu mẫu.
Bà Thoa còn là người thường xuyên nắm bắt tâm tư của người dân để phản ánh kịp thời tới Đảng ủy xã. Mỗi tháng, chi bộ thôn dành một buổi sinh hoạt để nghe các tổ dân vận báo cáo tình hình nhân dân; những vướng mắc được ghi sổ, có người theo dõi đến khi giải quyết xong.
Mô hình "Chi bộ lắng nghe dân" của thôn Đông Khê đã được Ban Thường vụ Huyện ủy công nhận là mô hình "Dân vận khéo" cấp huyện năm 2023. Bà Lê Thị Thu Hương, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy Yên Mỹ đánh giá: "Mô hình không cầu kỳ nhưng thực chất, có thể nhân rộng ra các thôn khác trong huyện".
Tháng 7/2024, bà Nguyễn Thị Thoa vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1672/QĐ-UBND ngày 05/7/2024 vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2019 - 2024, kèm theo tiền thưởng 1,5 triệu đồng. Bà cho biết, sắp tới thôn sẽ tiếp tục vận động 12 hộ còn lại trong ngõ xóm Chùa hiến đất để hoàn thành tuyến đường nhánh cuối cùng.
Bài, ảnh: Thu Trang
Tin liên quan
- Ân Thi: Biểu dương 60 điển hình "Dân vận khéo" (10/09/2024)
- Văn Giang: Đối thoại với nhân dân về dự án khu đô thị (04/09/2024)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm 2024 (12/07/2024)
""",
"2024-09-16",
"Nữ trưởng thôn \"dân vận khéo\" ở Đông Khê",
E(None, None, None),
[
    P("Nguyễn Thị Thoa", "Bí thư Chi bộ", "Trưởng thôn Đông Khê", "trưởng thôn"),
    P("Đào Văn Huấn", "Chủ tịch UBND xã Tân Việt"),
    P("Lê Thị Thu Hương", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy Yên Mỹ"),
],
[
    Q("17 đơn thư", 17, "đơn thư"),
    Q("2 gia đình", 2, "gia đình"),
    Q("15 vụ việc", 15, "vụ việc"),
    Q("9 lần", 9, "lần"),
    Q("4 lần", 4, "lần"),
    Q("65 m2", 65, "m2"),
    Q("47 hộ", 47, "hộ"),
    Q("hơn 2.300 m2", 2300, "m2", "over"),
    Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"),
    Q("1,8 km", 1.8, "km"),
    Q("100% hộ gia đình", 100, "%"),
    Q("hơn 600 triệu đồng", 600000000, "đồng", "over"),
    Q("1,5 triệu đồng", 1500000, "đồng"),
    Q("12 hộ", 12, "hộ"),
],
[
    D("Quyết định", "1672", "QĐ-UBND", "2024-07-05", "Chủ tịch UBND tỉnh", surface="Quyết định số 1672/QĐ-UBND ngày 05/7/2024"),
],
[prov("Hưng Yên"), com("Tân Việt")],
["BÁO HƯNG YÊN ĐIỆN TỬ", "Trang chủ » Xây dựng Đảng » Gương sáng dân vận",
 "Bà Nguyễn Thị Thoa trao đổi với người dân thôn Đông Khê. Ảnh: Thu Trang", "Dân vận khéo", "Chi bộ lắng nghe dân",
 "Đông Khê", "xóm Chùa"],
["Thứ Hai, 16/09/2024 | 07:00", "Hơn 10 năm", "Năm 2013", "1 mét đất ngõ", "sau 5 tháng", "Tháng 7/2024",
 "giai đoạn 2019 - 2024", "nhiều năm"],
))

# ---------------------------------------------------------------- b816
PAGES.append(page(
"b816-caobang-bdv-tongket-2024",
"""
Báo Cao Bằng điện tử
Chính trị | Xây dựng Đảng
19.12.2024 16:15
Ban Dân vận Tỉnh ủy tổng kết công tác năm 2024
Ngày 18/12, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Đàm Văn Thoòng, Phó Bí thư Tỉnh ủy; đồng chí Hoàng Thị Mỵ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Bế Thị Khuyên, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Ban Dân vận các huyện ủy, thành ủy và Đảng ủy khối.
Đồng chí Đàm Văn Thoòng phát biểu chỉ đạo hội nghị.
Năm 2024, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 63, 64-KL/TU về công tác dân vận trong xây dựng nông thôn mới và trong xóa nhà tạm, nhà dột nát; hướng dẫn triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; sơ kết 2 năm thực hiện Chỉ thị 18-CT/TW ngày 26/10/2022 của Ban Bí thư. Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 356 mô hình được công nhận ở các cấp.
Sau cơn bão số 3 (Yagi), khối dân vận đã vận động các tầng lớp nhân dân ủng hộ đồng bào bị thiệt hại hơn 12,6 tỷ đồng; huy động gần 8.500 ngày công giúp dân dọn dẹp, di dời 214 hộ ra khỏi vùng nguy hiểm. Chương trình xóa nhà tạm, nhà dột nát đã hỗ trợ xây mới, sửa chữa 1.238 căn nhà, mỗi căn xây mới được hỗ trợ từ 50 triệu đồng.
Công tác tiếp dân, đối thoại được duy trì. Người đứng đầu cấp ủy các cấp đã tổ chức 176 cuộc đối thoại với nhân dân; các cơ quan tiếp nhận 418 đơn thư, giải quyết 396 đơn, đạt 94,7%. Vụ việc tranh chấp đất rừng giữa xóm Nà Ngàm và xóm Bản Khuông, xã Quang Long, huyện Hạ Lang kéo dài gần 20 năm đã được giải quyết sau 6 lần đối thoại, với sự tham gia của các già làng và người có uy tín 2 xóm.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy Nông Văn Tuấn, Lương Thị Yến trình bày báo cáo và dự thảo chương trình công tác năm 2025. Đồng chí Lý Văn Phềnh, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lạc chia sẻ kinh nghiệm vận động đồng bào Mông, Dao không di cư tự do; ông Triệu Tòn Phin, người có uy tín xóm Khuổi Khon, xã Cốc Pàng, kể việc cùng cán bộ đồn biên phòng vận động 11 hộ ở lại định cư. Bà Ma Thị Lầu, trưởng xóm Nà Ngàm, bày tỏ: "Hai xóm giờ đã ngồi chung mâm, cùng nhau làm đường vào rừng".
Phát biểu chỉ đạo, đồng chí Đàm Văn Thoòng đề nghị năm 2025, các cấp chuẩn bị tốt công tác dân vận phục vụ sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương; chủ động nắm tình hình tư tưởng cán bộ, nhân dân, không để bị động, bất ngờ; vận động nhân dân tham gia góp ý dự thảo văn kiện đại hội đảng bộ các cấp. Dịp này, 18 tập thể, 26 cá nhân được Ban Dân vận Tỉnh ủy tặng giấy khen.
Mai Hương
Tin cùng chuyên mục
- Trùng Khánh: Gặp mặt người có uy tín năm 2024 (13/12/2024)
- Hà Quảng: Đối thoại với nhân dân về dự án khu du lịch (05/12/2024)
- Nguyên Bình: 45 mô hình "Dân vận khéo" được biểu dương (28/11/2024)
""",
"2024-12-19",
"Ban Dân vận Tỉnh ủy tổng kết công tác năm 2024",
E("tong_ket", "2024", "2024-12-18"),
[
    P("Đàm Văn Thoòng", "Phó Bí thư Tỉnh ủy"),
    P("Hoàng Thị Mỵ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Bế Thị Khuyên", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
    P("Nông Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lương Thị Yến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
    P("Lý Văn Phềnh", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lạc"),
    P("Triệu Tòn Phin", "người có uy tín xóm Khuổi Khon"),
    P("Ma Thị Lầu", "trưởng xóm Nà Ngàm"),
],
[
    Q("356 mô hình", 356, "mô hình"),
    Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"),
    Q("gần 8.500 ngày công", 8500, "ngày công", "approx"),
    Q("214 hộ", 214, "hộ"),
    Q("1.238 căn nhà", 1238, "căn nhà"),
    Q("từ 50 triệu đồng", 50000000, "đồng", "over"),
    Q("176 cuộc đối thoại", 176, "cuộc đối thoại"),
    Q("418 đơn thư", 418, "đơn thư"),
    Q("396 đơn", 396, "đơn"),
    Q("94,7%", 94.7, "%"),
    Q("6 lần đối thoại", 6, "lần đối thoại"),
    Q("2 xóm", 2, "xóm"),
    Q("11 hộ", 11, "hộ"),
    Q("18 tập thể", 18, "tập thể"),
    Q("26 cá nhân", 26, "cá nhân"),
],
[
    D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận 63, 64-KL/TU"),
    D("Kết luận", "64", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="64-KL/TU"),
    D("Luật", "10", "2022/QH15", None, None, surface="Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
    D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", surface="Chỉ thị 18-CT/TW ngày 26/10/2022 của Ban Bí thư"),
    D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết 18-NQ/TW của Ban Chấp hành Trung ương"),
],
[prov("Cao Bằng"), com("Quang Long"), com("Cốc Pàng")],
["Báo Cao Bằng điện tử", "Chính trị | Xây dựng Đảng", "Đồng chí Đàm Văn Thoòng phát biểu chỉ đạo hội nghị.",
 "Dân vận khéo", "Nà Ngàm", "Bản Khuông", "Khuổi Khon", "Yagi"],
["19.12.2024 16:15", "năm 2025", "2 năm", "bão số 3", "gần 20 năm"],
))

# ---------------------------------------------------------------- b817
PAGES.append(page(
"b817-phutho-xa-yenlac-gopy-vankien-2025",
"""
CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN LẠC - TỈNH PHÚ THỌ
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Ngày đăng: 29/10/2025 | Lượt xem: 318
Xã Yên Lạc lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội XIV của Đảng
Sáng 28/10, Đảng ủy xã Yên Lạc phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức hội nghị lấy ý kiến đóng góp của nhân dân vào dự thảo các văn kiện trình Đại hội đại biểu toàn quốc lần thứ XIV của Đảng. Đây là hội nghị lấy ý kiến nhân dân lớn nhất của xã trong năm 2025, được tổ chức sau khi xã Yên Lạc mới đi vào hoạt động từ ngày 01/7/2025 trên cơ sở sắp xếp thị trấn Yên Lạc và các xã Đồng Cương, Yên Đồng, Tam Hồng của huyện Yên Lạc, tỉnh Vĩnh Phúc cũ, nay thuộc tỉnh Phú Thọ.
Đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy xã phát biểu khai mạc hội nghị.
Dự hội nghị có các đồng chí: Nguyễn Văn Hòa, Bí thư Đảng ủy xã; Trần Thị Minh Huệ, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã; Phùng Văn Khải, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã cùng 215 đại biểu là bí thư chi bộ, trưởng khu dân cư, người có uy tín, chức sắc tôn giáo, cựu chiến binh, doanh nhân, đoàn viên thanh niên đại diện cho 26 khu dân cư.
Hội nghị được tổ chức theo Kế hoạch số 38-KH/ĐU ngày 16/10/2025 của Đảng ủy xã và Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về tổ chức lấy ý kiến nhân dân đối với dự thảo văn kiện. Trước hội nghị, toàn văn dự thảo đã được đăng tải trên trang thông tin điện tử của xã, đọc trên hệ thống loa của 26 khu dân cư; các chi bộ đã tổ chức 32 hội nghị tại cơ sở với hơn 3.400 lượt đảng viên, nhân dân tham gia.
Tại hội nghị, 18 ý kiến phát biểu trực tiếp, tập trung vào các nội dung: đổi mới phương thức lãnh đạo của Đảng, chính quyền địa phương hai cấp, phát triển kinh tế tư nhân, chăm lo đời sống nhân dân. Đại tá Nguyễn Văn Thư, nguyên Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh, hội viên Chi hội Cựu chiến binh khu Đông Thượng, đề nghị văn kiện nhấn mạnh hơn yêu cầu kiểm soát quyền lực ở cơ sở sau khi bỏ cấp huyện. Linh mục Đaminh Lê Văn Hùng, chánh xứ giáo xứ Yên Lạc, đề nghị tiếp tục quan tâm bảo đảm quyền tự do tín ngưỡng, tôn giáo gắn với trách nhiệm công dân.
Ông Lê Văn Sơn, Bí thư Chi bộ, Trưởng khu dân cư Yên Đồng 3 phản ánh: nhiều thủ tục hành chính về đất đai nay người dân phải đến trung tâm phục vụ hành chính công của xã, khoảng cách xa hơn; đề nghị dự thảo bổ sung giải pháp chuyển đổi số phục vụ người cao tuổi. Bà Đỗ Thị Nhung, chủ hộ kinh doanh, góp ý cần có chính sách hỗ trợ vốn cho hộ kinh doanh chuyển lên doanh nghiệp.
Kết luận hội nghị, đồng chí Nguyễn Văn Hòa ghi nhận 18 ý kiến trực tiếp và 46 phiếu góp ý bằng văn bản. Đảng ủy xã giao Ban Xây dựng Đảng phối hợp với Ủy ban MTTQ Việt Nam xã tổng hợp đầy đủ, trung thực, gửi Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 05/11/2025; những kiến nghị thuộc thẩm quyền của xã sẽ được giải quyết, trả lời công khai tại kỳ họp cuối năm của HĐND xã.
Văn phòng Đảng ủy xã
Tin liên quan
- Xã Yên Lạc tiếp công dân định kỳ tháng 10/2025 (20/10/2025)
- Ra mắt Trung tâm phục vụ hành chính công xã (02/07/2025)
- Đại hội Đảng bộ xã Yên Lạc lần thứ I, nhiệm kỳ 2025 - 2030 (15/08/2025)
""",
"2025-10-29",
"Xã Yên Lạc lấy ý kiến nhân dân góp ý dự thảo văn kiện Đại hội XIV của Đảng",
E("hoi_nghi", "2025", "2025-10-28"),
[
    P("Nguyễn Văn Hòa", "Bí thư Đảng ủy xã"),
    P("Trần Thị Minh Huệ", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
    P("Phùng Văn Khải", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
    P("Nguyễn Văn Thư", "Đại tá", "nguyên Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh", "hội viên Chi hội Cựu chiến binh khu Đông Thượng"),
    P("Đaminh Lê Văn Hùng", "Linh mục", "chánh xứ giáo xứ Yên Lạc"),
    P("Lê Văn Sơn", "Bí thư Chi bộ", "Trưởng khu dân cư Yên Đồng 3"),
    P("Đỗ Thị Nhung", "chủ hộ kinh doanh"),
],
[
    Q("215 đại biểu", 215, "đại biểu"),
    Q("26 khu dân cư", 26, "khu dân cư"),
    Q("32 hội nghị", 32, "hội nghị"),
    Q("hơn 3.400 lượt đảng viên", 3400, "lượt đảng viên, nhân dân", "over"),
    Q("18 ý kiến", 18, "ý kiến"),
    Q("46 phiếu góp ý", 46, "phiếu góp ý"),
],
[
    D("Kế hoạch", "38", "KH/ĐU", "2025-10-16", "Đảng ủy xã", surface="Kế hoạch số 38-KH/ĐU ngày 16/10/2025 của Đảng ủy xã"),
    D("Hướng dẫn", "05", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Hướng dẫn 05-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), com("Yên Lạc"), com("Đồng Cương"), com("Yên Đồng"), com("Tam Hồng")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ YÊN LẠC - TỈNH PHÚ THỌ", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy xã phát biểu khai mạc hội nghị.", "Văn phòng Đảng ủy xã", "Đông Thượng",
 "Yên Đồng 3"],
["Ngày đăng: 29/10/2025 | Lượt xem: 318", "năm 2025", "lần thứ XIV", "Đại hội XIV", "ngày 01/7/2025", "hai cấp", "trước ngày 05/11/2025",
 "Yên Đồng 3"],
))

# ---------------------------------------------------------------- b818
PAGES.append(page(
"b818-gialai-btgdv-giaoban-quy3-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Thời sự / Chính trị
Thứ Bảy, 04/10/2025 09:00
Giao ban công tác tuyên giáo và dân vận quý III: Kịp thời nắm bắt, giải quyết những vấn đề nhân dân quan tâm
(GLO) - Chiều 3/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai tổ chức hội nghị giao ban công tác tuyên giáo và dân vận quý III năm 2025 theo hình thức trực tiếp kết hợp trực tuyến đến 135 điểm cầu xã, phường.
Quang cảnh hội nghị tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy.
Chủ trì hội nghị có đồng chí Hồ Thị Kim Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Rah Lan Hiếu, Trần Quang Bửu, Nguyễn Thị Thanh Thảo.
Theo báo cáo, quý III là quý đầu tiên vận hành chính quyền địa phương hai cấp; nhìn chung cán bộ, đảng viên và nhân dân đồng tình với chủ trương sắp xếp. Tuy nhiên, một bộ phận người dân ở các xã vùng sâu phản ánh khó khăn khi đi lại làm thủ tục hành chính; giá cà phê, hồ tiêu giảm làm ảnh hưởng đời sống. Một số đối tượng lợi dụng mạng xã hội kích động đồng bào dân tộc thiểu số về vấn đề đất đai.
Công tác dân vận góp phần giải quyết nhiều vụ việc phức tạp. Tại xã Ia Hrung, vụ tranh chấp hơn 42 ha đất giữa 37 hộ đồng bào Jrai ở làng Ốp và một công ty cao su kéo dài từ năm 2018 đã được giải quyết sau 4 buổi đối thoại do Đảng ủy xã chủ trì; công ty đồng ý giao lại 18,5 ha cho địa phương để cấp cho các hộ thiếu đất sản xuất. Đồng chí Kpă Thị Thơm, Bí thư Đảng ủy xã Ia Hrung cho biết: "Chúng tôi mời già làng, người có uy tín ngồi cùng bàn với doanh nghiệp, nói bằng tiếng Jrai để bà con hiểu đúng".
Tại phường Quy Nhơn Nam, 26 hộ dân có đơn phản ánh việc san lấp mặt bằng dự án khu dân cư làm ngập úng nhà dân; phường đã đối thoại, yêu cầu chủ đầu tư làm mương thoát nước, hỗ trợ mỗi hộ từ 10 đến 15 triệu đồng sửa chữa nhà.
Trong quý, các cơ quan, đơn vị tiếp 1.964 lượt công dân, tiếp nhận 827 đơn thư; tỷ lệ giải quyết đạt 88,2%. Toàn tỉnh có 2.416 người có uy tín, trong đó 1.302 người là đồng bào Jrai, Bahnar, H'rê, Chăm H'roi; Ban đã phối hợp cung cấp thông tin cho người có uy tín tại 68 xã.
Đồng chí Đinh Văn Hlun, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Kông Chro, người Bahnar, đề nghị tăng thời lượng phát thanh tiếng dân tộc trên hệ thống loa của xã. Đồng chí Nay Y Phin, Trưởng phòng Dân vận - Dân tộc - Tôn giáo thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy, thông tin về tình hình hoạt động của các điểm nhóm Tin lành chưa được công nhận.
Kết luận hội nghị, đồng chí Hồ Thị Kim Vân yêu cầu quý IV, các đảng ủy xã, phường tập trung tuyên truyền Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; triển khai Chỉ thị 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới và Kế hoạch 25-KH/BTGDVTU của Ban về phong trào thi đua "Dân vận khéo" năm 2025; chủ động đối thoại, không để phát sinh "điểm nóng".
Ngọc Minh
Tin liên quan
- Ia Pa: Gặp mặt người có uy tín sau sắp xếp đơn vị hành chính (26/09/2025)
- Phường Pleiku đối thoại với tiểu thương chợ Trung tâm (18/09/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn lấy ý kiến dự thảo văn kiện Đại hội XIV (10/09/2025)
""",
"2025-10-04",
"Giao ban công tác tuyên giáo và dân vận quý III: Kịp thời nắm bắt, giải quyết những vấn đề nhân dân quan tâm",
E("giao_ban", "2025-Q3", "2025-10-03"),
[
    P("Hồ Thị Kim Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Rah Lan Hiếu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Trần Quang Bửu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Nguyễn Thị Thanh Thảo", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
    P("Kpă Thị Thơm", "Bí thư Đảng ủy xã Ia Hrung"),
    P("Đinh Văn Hlun", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Kông Chro"),
    P("Nay Y Phin", "Trưởng phòng Dân vận - Dân tộc - Tôn giáo thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy"),
],
[
    Q("135 điểm cầu", 135, "điểm cầu xã, phường"),
    Q("hơn 42 ha", 42, "ha", "over"),
    Q("37 hộ", 37, "hộ"),
    Q("4 buổi đối thoại", 4, "buổi đối thoại"),
    Q("18,5 ha", 18.5, "ha"),
    Q("26 hộ dân", 26, "hộ dân"),
    Q("từ 10", 10000000, "đồng", "approx"),
    Q("15 triệu đồng", 15000000, "đồng", "approx"),
    Q("1.964 lượt công dân", 1964, "lượt công dân"),
    Q("827 đơn thư", 827, "đơn thư"),
    Q("88,2%", 88.2, "%"),
    Q("2.416 người có uy tín", 2416, "người có uy tín"),
    Q("1.302 người", 1302, "người"),
    Q("68 xã", 68, "xã"),
],
[
    D("Chỉ thị", "03", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy"),
    D("Kế hoạch", "25", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", surface="Kế hoạch 25-KH/BTGDVTU của Ban"),
],
[prov("Gia Lai"), com("Ia Hrung"), com("Quy Nhơn Nam"), com("Kông Chro")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Thời sự / Chính trị", "(GLO)",
 "Quang cảnh hội nghị tại điểm cầu Ban Tuyên giáo và Dân vận Tỉnh ủy.", "Dân vận khéo", "làng Ốp", "Tin lành"],
["Thứ Bảy, 04/10/2025 09:00", "quý III năm 2025", "quý IV", "năm 2018", "lần thứ I", "nhiệm kỳ 2025 - 2030", "hai cấp",
 "năm 2025"],
))

# ---------------------------------------------------------------- b819
PAGES.append(page(
"b819-angiang-phuong-rachgia-doithoai-2026",
"""
Hôm nay: Thứ Năm, 26/03/2026
TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG
Trang chủ › Tin tức › Hoạt động Đảng ủy - Chính quyền
Ngày đăng: 25/03/2026 14:10
Bí thư Đảng ủy phường Rạch Giá đối thoại với nhân dân về đất đai, môi trường đô thị
Chiều 24/3, Đảng ủy phường Rạch Giá, tỉnh An Giang tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy phường với nhân dân năm 2026. Chủ trì hội nghị có đồng chí Lâm Vĩnh Phát, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Danh Sơn, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; các đồng chí Trần Thị Kim Loan, Nguyễn Minh Đức - Ủy viên Ban Thường vụ Đảng ủy phường. Tham dự có gần 180 đại biểu là cán bộ khu phố, người có uy tín, chức sắc tôn giáo và nhân dân các khu phố.
Đồng chí Lâm Vĩnh Phát trả lời ý kiến của người dân.
Trước hội nghị, Ủy ban MTTQ Việt Nam phường đã tổng hợp 29 ý kiến, kiến nghị của nhân dân gửi về qua hộp thư góp ý và ứng dụng phản ánh hiện trường; tại hội nghị có thêm 12 ý kiến phát biểu trực tiếp. Nội dung tập trung vào tiến độ cấp giấy chứng nhận quyền sử dụng đất tại khu lấn biển, bồi thường dự án chỉnh trang kênh Nhánh và tình trạng ô nhiễm do rác thải, nước thải sinh hoạt.
Ông Thạch Văn Nhiên, khu phố Vĩnh Hiệp, phản ánh 64 hộ tái định cư tại khu lấn biển đã ở ổn định hơn 10 năm nhưng chưa được cấp giấy chứng nhận. Bà Huỳnh Thị Mỹ, Trưởng khu phố Vĩnh Thanh, cho biết đoạn kênh Nhánh qua khu phố bốc mùi hôi, nhất là khi triều thấp; nhiều hộ dân đã nhiều lần có đơn. Đại đức Danh Sóc Khanh, trụ trì chùa Láng Cát, đề nghị phường quan tâm chỉnh trang tuyến hẻm vào chùa để đồng bào Khmer thuận tiện đi lễ dịp Tết Chôl Chnăm Thmây.
Trả lời các ý kiến, đồng chí Danh Sơn cho biết: với 64 hộ tại khu lấn biển, phường đã hoàn thiện hồ sơ, đề nghị Sở Nông nghiệp và Môi trường thẩm định; dự kiến trong quý II/2026 sẽ cấp giấy cho 41 hộ đủ điều kiện. Dự án chỉnh trang kênh Nhánh có tổng vốn hơn 86 tỷ đồng, đang lập phương án bồi thường cho 137 hộ theo Luật Đất đai năm 2024 và Nghị định 88/2024/NĐ-CP của Chính phủ; phường cam kết tổ chức lấy ý kiến công khai từng hộ trước khi phê duyệt.
Về ô nhiễm kênh Nhánh, đồng chí Lâm Vĩnh Phát ghi nhận đây là vấn đề bức xúc kéo dài. Phường sẽ phối hợp với đơn vị thu gom huy động 3 đợt ra quân nạo vét, vớt rác trong tháng 4; đồng thời phát động phong trào "Khu phố sạch, kênh xanh", vận động 100% hộ ven kênh ký cam kết không xả rác xuống kênh.
Kết luận hội nghị, đồng chí Lâm Vĩnh Phát yêu cầu các ý kiến đã được trả lời phải công khai trên trang thông tin điện tử phường; những nội dung vượt thẩm quyền được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy, UBND tỉnh. Việc đối thoại được thực hiện theo Quy định 11-QĐi/TW của Bộ Chính trị và Kế hoạch 07-KH/ĐU ngày 15/01/2026 của Đảng ủy phường về tiếp công dân, đối thoại năm 2026.
Văn phòng HĐND và UBND phường
Tin khác
- Phường Rạch Giá trao 120 phần quà cho hộ Khmer khó khăn dịp Tết Chôl Chnăm Thmây (20/03/2026)
- Đảng ủy phường tổng kết công tác dân vận năm 2025 (12/01/2026)
- Ra mắt mô hình "Dân vận khéo" khu phố Vĩnh Lạc (05/01/2026)
""",
"2026-03-25",
"Bí thư Đảng ủy phường Rạch Giá đối thoại với nhân dân về đất đai, môi trường đô thị",
E("doi_thoai", "2026", "2026-03-24"),
[
    P("Lâm Vĩnh Phát", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
    P("Danh Sơn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
    P("Trần Thị Kim Loan", "Ủy viên Ban Thường vụ Đảng ủy phường"),
    P("Nguyễn Minh Đức", "Ủy viên Ban Thường vụ Đảng ủy phường"),
    P("Thạch Văn Nhiên"),
    P("Huỳnh Thị Mỹ", "Trưởng khu phố Vĩnh Thanh"),
    P("Danh Sóc Khanh", "Đại đức", "trụ trì chùa Láng Cát"),
],
[
    Q("gần 180 đại biểu", 180, "đại biểu", "approx"),
    Q("29 ý kiến", 29, "ý kiến, kiến nghị"),
    Q("12 ý kiến", 12, "ý kiến"),
    Q("64 hộ", 64, "hộ tái định cư"),
    Q("41 hộ", 41, "hộ"),
    Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
    Q("137 hộ", 137, "hộ"),
    Q("3 đợt", 3, "đợt"),
    Q("100% hộ", 100, "%"),
],
[
    D("Nghị định", "88", "2024/NĐ-CP", None, "Chính phủ", surface="Nghị định 88/2024/NĐ-CP của Chính phủ"),
    D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", surface="Quy định 11-QĐi/TW của Bộ Chính trị"),
    D("Kế hoạch", "07", "KH/ĐU", "2026-01-15", "Đảng ủy phường", surface="Kế hoạch 07-KH/ĐU ngày 15/01/2026 của Đảng ủy phường"),
],
[prov("An Giang"), com("Rạch Giá")],
["TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG RẠCH GIÁ - TỈNH AN GIANG", "Trang chủ › Tin tức › Hoạt động Đảng ủy - Chính quyền",
 "Đồng chí Lâm Vĩnh Phát trả lời ý kiến của người dân.", "Văn phòng HĐND và UBND phường", "Khu phố sạch, kênh xanh",
 "Luật Đất đai năm 2024", "kênh Nhánh", "chùa Láng Cát", "Chôl Chnăm Thmây", "Vĩnh Hiệp"],
["Hôm nay: Thứ Năm, 26/03/2026", "Ngày đăng: 25/03/2026 14:10", "hơn 10 năm", "quý II/2026", "tháng 4", "năm 2026",
 "Luật Đất đai năm 2024"],
))

# ---------------------------------------------------------------- b820
PAGES.append(page(
"b820-thainguyen-xa-babe-tongket-2025",
"""
Xã Ba Bể - Tỉnh Thái Nguyên | Cổng thông tin điện tử
Trang chủ / Tin tức / Xây dựng Đảng
Thứ Sáu, 09/01/2026 - 10:20
Đảng ủy xã Ba Bể triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026
Ngày 8/1, Đảng ủy xã Ba Bể tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Hoàng Văn Páo, Bí thư Đảng ủy xã chủ trì hội nghị. Dự hội nghị có đồng chí Ma Thị Hằng, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên; các đồng chí trong Ban Thường vụ Đảng ủy, bí thư các chi bộ trực thuộc và trưởng các thôn.
Đồng chí Ma Thị Hằng phát biểu tại hội nghị.
Năm 2025 là năm đặc biệt với xã Ba Bể: xã mới được thành lập trên cơ sở sắp xếp thị trấn Chợ Rã và các xã Thượng Giáo, Địa Linh, Yến Dương; Đảng bộ xã tổ chức thành công Đại hội lần thứ I, nhiệm kỳ 2025 - 2030. Công tác dân vận đã góp phần tạo đồng thuận trong nhân dân khi sắp xếp 41 thôn, tổ dân phố thành 29 thôn, tổ dân phố.
Báo cáo do đồng chí Nông Văn Chỉnh, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã trình bày cho biết: Ban Thường vụ Đảng ủy đã ban hành Chỉ thị 01, 02-CT/ĐU về tăng cường công tác dân vận trong thực hiện chính quyền địa phương hai cấp và trong phát triển du lịch cộng đồng hồ Ba Bể; Nghị quyết 05-NQ/ĐU về xây dựng thôn "4 không". Toàn xã xây dựng được 14 mô hình "Dân vận khéo"; vận động nhân dân hiến gần 9.600 m2 đất, đóng góp hơn 2.100 ngày công làm đường, nhà văn hóa thôn.
Hưởng ứng phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", xã đã vận động, hỗ trợ xây mới, sửa chữa 86 căn nhà cho hộ nghèo, hộ cận nghèo với tổng kinh phí trên 4,3 tỷ đồng. Đảng ủy, UBND xã đã tiếp 126 lượt công dân, tổ chức 4 hội nghị đối thoại; tiếp nhận 38 đơn thư, đã giải quyết 35 đơn. Vụ tranh chấp ranh giới đất rừng giữa thôn Pác Ngòi và thôn Bó Lù được hòa giải thành công nhờ sự tham gia của người có uy tín hai thôn.
Tại hội nghị, ông Triệu Văn Dồn, người có uy tín thôn Bó Lù, chia sẻ: "Đảng ủy mời người có uy tín ngồi cùng với hai bên, đo lại ranh giới theo bản đồ cũ, bà con thấy công bằng thì tự thống nhất". Bà Lý Thị Mai, trưởng thôn Pác Ngòi, đề nghị hỗ trợ tập huấn kỹ năng làm du lịch cho 22 hộ homestay.
Phát biểu tại hội nghị, đồng chí Ma Thị Hằng ghi nhận cách làm bài bản của Đảng ủy xã Ba Bể, đề nghị năm 2026 tập trung tuyên truyền Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh; thực hiện tốt Quy chế dân vận theo Quyết định 21-QĐ/ĐU của Ban Thường vụ Đảng ủy xã; chủ động nắm tình hình, giải quyết kịp thời những vấn đề nảy sinh từ cơ sở. Dịp này, Đảng ủy xã tặng giấy khen cho 6 tập thể, 11 cá nhân, mỗi tập thể được thưởng 1.000.000 đồng.
Ban Xây dựng Đảng
Bài viết liên quan
- Xã Ba Bể gặp mặt người có uy tín đầu năm 2026 (06/01/2026)
- Hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân năm 2025 (18/12/2025)
- Bàn giao 12 căn nhà cho hộ nghèo tại thôn Khuổi Luông (25/11/2025)
""",
"2026-01-09",
"Đảng ủy xã Ba Bể triển khai nhiệm vụ công tác tuyên giáo và dân vận năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[
    P("Hoàng Văn Páo", "Bí thư Đảng ủy xã"),
    P("Ma Thị Hằng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên"),
    P("Nông Văn Chỉnh", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
    P("Triệu Văn Dồn", "người có uy tín thôn Bó Lù"),
    P("Lý Thị Mai", "trưởng thôn Pác Ngòi"),
],
[
    Q("41 thôn", 41, "thôn, tổ dân phố"),
    Q("29 thôn", 29, "thôn, tổ dân phố"),
    Q("14 mô hình", 14, "mô hình"),
    Q("gần 9.600 m2", 9600, "m2", "approx"),
    Q("hơn 2.100 ngày công", 2100, "ngày công", "over"),
    Q("86 căn nhà", 86, "căn nhà"),
    Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
    Q("126 lượt công dân", 126, "lượt công dân"),
    Q("4 hội nghị đối thoại", 4, "hội nghị đối thoại"),
    Q("38 đơn thư", 38, "đơn thư"),
    Q("35 đơn", 35, "đơn"),
    Q("22 hộ", 22, "hộ homestay"),
    Q("6 tập thể", 6, "tập thể"),
    Q("11 cá nhân", 11, "cá nhân"),
    Q("1.000.000 đồng", 1000000, "đồng"),
],
[
    D("Chỉ thị", "01", "CT/ĐU", None, "Ban Thường vụ Đảng ủy", surface="Chỉ thị 01, 02-CT/ĐU"),
    D("Chỉ thị", "02", "CT/ĐU", None, "Ban Thường vụ Đảng ủy", surface="02-CT/ĐU"),
    D("Nghị quyết", "05", "NQ/ĐU", None, "Ban Thường vụ Đảng ủy", surface="Nghị quyết 05-NQ/ĐU"),
    D("Quyết định", "21", "QĐ/ĐU", None, "Ban Thường vụ Đảng ủy xã", surface="Quyết định 21-QĐ/ĐU của Ban Thường vụ Đảng ủy xã"),
],
[prov("Thái Nguyên"), com("Ba Bể"), com("Chợ Rã"), com("Thượng Giáo"), com("Địa Linh"), com("Yến Dương")],
["Xã Ba Bể - Tỉnh Thái Nguyên | Cổng thông tin điện tử", "Trang chủ / Tin tức / Xây dựng Đảng",
 "Đồng chí Ma Thị Hằng phát biểu tại hội nghị.", "Ban Xây dựng Đảng", "Dân vận khéo",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Pác Ngòi", "Bó Lù", "hồ Ba Bể", "Quy chế dân vận"],
["Thứ Sáu, 09/01/2026 - 10:20", "năm 2026", "lần thứ I", "nhiệm kỳ 2025 - 2030", "\"4 không\"", "hai cấp", "Đại hội XIV",
 "hai thôn"],
))
