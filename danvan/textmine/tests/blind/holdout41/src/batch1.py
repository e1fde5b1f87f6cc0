"""holdout41 batch 1: b941-b946."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b941 Hà Nội 2011, tổng kết, Ban Dân vận Thành ủy
PAGES.append(page("b941-hanoi-bdvtu-tongket-2011", """
HÀ NỘI MỚI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Năm, 29/12/2011 - 16:20
Khối dân vận Thủ đô: Dân vận chính quyền có chuyển biến rõ nét
(HNMO) - Chiều 28/12, Ban Dân vận Thành ủy Hà Nội tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Đào Thị Thu Hằng, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì hội nghị. Dự hội nghị có đồng chí Trần Văn Mạnh, Phó Bí thư Thành ủy.
Năm 2011 là năm đầu thực hiện Nghị quyết Đại hội XV Đảng bộ thành phố. Ban Dân vận Thành ủy đã tham mưu Ban Thường vụ Thành ủy ban hành Chỉ thị số 03-CT/TU ngày 22/4/2011 về tăng cường công tác dân vận trong công tác giải phóng mặt bằng và Kế hoạch số 12-KH/TU về thực hiện Quy chế dân chủ ở cơ sở năm 2011. Ban cũng phối hợp với Ban cán sự đảng UBND thành phố xây dựng Quy chế phối hợp số 05-QC/BDVTU-BCS về công tác dân vận chính quyền.
Các cấp ủy, chính quyền đã vận động 1.245 hộ dân bàn giao mặt bằng cho 86 dự án trọng điểm, trong đó có đường vành đai 2 và dự án mở rộng quốc lộ 32. Khối dân vận các quận, huyện, thị xã đã tiếp 3.120 lượt công dân, tham gia giải quyết 412 vụ việc khiếu nại, tố cáo ngay từ cơ sở. Quỹ "Vì người nghèo" các cấp vận động được 58,6 tỷ đồng, hỗ trợ xây mới và sửa chữa 1.370 nhà Đại đoàn kết. Toàn thành phố có 86,5% hộ gia đình đạt danh hiệu "Gia đình văn hóa".
Phong trào thi đua "Dân vận khéo" được các cơ quan, đơn vị hưởng ứng với hơn 2.100 mô hình, điển hình được đăng ký. Nhiều mô hình hay như vận động hiến đất làm đường giao thông nông thôn ở huyện Ba Vì, "Tổ dân phố tự quản về an ninh trật tự" ở quận Hoàn Kiếm.
Tại hội nghị, đồng chí Ngô Văn Hùng, Quận ủy viên, Trưởng Ban Dân vận Quận ủy Hoàng Mai chia sẻ kinh nghiệm vận động nhân dân trong dự án cải tạo sông Tô Lịch. Bà Nguyễn Thị Lan Anh, Phó Chủ tịch Ủy ban MTTQ thành phố, đề nghị tăng cường giám sát việc thực hiện chính sách bồi thường. Đồng chí Kiều Văn Sơn, Bí thư Đảng ủy xã Tam Hiệp (huyện Phúc Thọ), nêu kinh nghiệm đối thoại trực tiếp với nông dân có đất bị thu hồi.
Phát biểu chỉ đạo, đồng chí Trần Văn Mạnh đánh giá cao kết quả khối dân vận đạt được, yêu cầu năm 2012 tập trung vận động nhân dân thực hiện Chương trình xây dựng nông thôn mới, làm tốt công tác dân vận trong giải phóng mặt bằng, không để phát sinh điểm nóng.
Dịp này, Ban Dân vận Thành ủy tặng giấy khen cho 25 tập thể và 40 cá nhân có thành tích xuất sắc.
Ảnh: Đồng chí Trần Văn Mạnh phát biểu chỉ đạo hội nghị.
Minh Châu
Tin liên quan
- Hoàn Kiếm: Hiệu quả từ tổ dân phố tự quản (20/12/2011)
- Gặp mặt người có uy tín huyện Ba Vì (12/12/2011)
- Hơn 300 hộ dân Long Biên bàn giao mặt bằng sớm (05/12/2011)
""",
    "2011-12-29",
    "Khối dân vận Thủ đô: Dân vận chính quyền có chuyển biến rõ nét",
    E("tong_ket", "2011", "2011-12-28"),
    [P("Đào Thị Thu Hằng", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
     P("Trần Văn Mạnh", "Phó Bí thư Thành ủy"),
     P("Ngô Văn Hùng", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy Hoàng Mai"),
     P("Nguyễn Thị Lan Anh", "Phó Chủ tịch Ủy ban MTTQ thành phố"),
     P("Kiều Văn Sơn", "Bí thư Đảng ủy xã Tam Hiệp")],
    [Q("1.245 hộ dân", 1245, "hộ dân"),
     Q("86 dự án trọng điểm", 86, "dự án trọng điểm"),
     Q("3.120 lượt công dân", 3120, "lượt công dân"),
     Q("412 vụ việc khiếu nại, tố cáo", 412, "vụ việc khiếu nại, tố cáo"),
     Q("58,6 tỷ đồng", 58600000000, "đồng"),
     Q("1.370 nhà Đại đoàn kết", 1370, "nhà Đại đoàn kết"),
     Q("86,5%", 86.5, "%"),
     Q("hơn 2.100 mô hình", 2100, "mô hình", "over"),
     Q("25 tập thể", 25, "tập thể"),
     Q("40 cá nhân", 40, "cá nhân")],
    [D("Chỉ thị", "03", "CT/TU", "2011-04-22", "Ban Thường vụ Thành ủy", "Chỉ thị số 03-CT/TU ngày 22/4/2011"),
     D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 12-KH/TU"),
     D("Quy chế", "05", "QC/BDVTU-BCS", None, None, "Quy chế phối hợp số 05-QC/BDVTU-BCS")],
    [prov("Hà Nội"), com("Tam Hiệp")],
    ["HÀ NỘI MỚI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Trang chủ » Chính trị » Xây dựng Đảng",
     "(HNMO)", "Vì người nghèo", "Gia đình văn hóa", "Dân vận khéo", "Tổ dân phố tự quản về an ninh trật tự",
     "Ảnh: Đồng chí Trần Văn Mạnh phát biểu chỉ đạo hội nghị.", "Chương trình xây dựng nông thôn mới", "Nghị quyết Đại hội XV"],
    ["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "Đại hội XV", "vành đai 2", "quốc lộ 32"]))

# ---------------------------------------------------------------- b942 Nam Định 2012, trao quà Tết, Hội Nông dân
PAGES.append(page("b942-namdinh-hnd-traoqua-2012", """
NAM ĐỊNH ONLINE | Cổng thông tin điện tử Báo Nam Định
Xã hội > Nhân đạo - Từ thiện
Ngày đăng: 16/01/2012 - 09:45 | Lượt xem: 1.284
Hội Nông dân tỉnh trao 600 suất quà Tết cho hội viên nghèo
Những ngày giáp Tết Nhâm Thìn, Hội Nông dân tỉnh Nam Định phối hợp với Công ty Phân bón Sông Gianh và Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Nam Định tổ chức trao 600 suất quà cho hội viên nông dân nghèo, gia đình chính sách tại 6 huyện ven biển.
Mỗi suất quà gồm 1 bao phân bón NPK, 10 kg gạo và 300.000 đồng tiền mặt, tổng trị giá khoảng 420 triệu đồng. Chiều 14/1, tại xã Giao Thiện (huyện Giao Thủy), đồng chí Vũ Đức Thắng, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh, trực tiếp trao 80 suất quà cho hội viên nghèo của các xã Giao Thiện, Giao An, Giao Lạc.
Theo báo cáo của Ban Thường vụ Hội Nông dân tỉnh, năm 2011 các cấp hội đã thực hiện Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông thôn. Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 31,4 tỷ đồng, cho 2.860 hộ hội viên vay phát triển sản xuất. Toàn tỉnh có 48.712 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Phát biểu tại buổi trao quà, đồng chí Vũ Đức Thắng mong bà con vui Xuân, đón Tết đầm ấm, tiếp tục hăng hái thi đua lao động sản xuất, tham gia xây dựng nông thôn mới theo Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn.
Cùng dịp, đồng chí Trần Thị Nhung, Phó Chủ tịch Hội Nông dân tỉnh dẫn đầu đoàn công tác trao 120 suất quà tại xã Nghĩa Thành, Nghĩa Lạc (huyện Nghĩa Hưng). Ông Phạm Văn Tuyến, Chủ tịch Hội Nông dân xã Nghĩa Thành cho biết, xã còn 213 hộ nghèo, phần lớn là người cao tuổi, neo đơn.
Nhận quà, cụ Đỗ Văn Lãm (84 tuổi, xóm 5, xã Giao Thiện) xúc động: "Tết năm nay gia đình tôi có thêm bao phân bón cho vụ chiêm, thật là quý".
Được biết, từ nay đến Tết, các cấp hội trong tỉnh còn vận động trao hơn 1.500 suất quà khác cho hội viên khó khăn.
Ảnh: Đồng chí Vũ Đức Thắng trao quà cho hội viên nông dân xã Giao Thiện.
Những năm qua, các cấp hội nông dân trong tỉnh đã phát huy tốt vai trò nòng cốt trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững. Nhiều chi hội đã vận động hội viên dồn điền đổi thửa, góp công làm đường nội đồng, nạo vét kênh mương, tạo điều kiện cơ giới hóa sản xuất. Hoạt động trao quà dịp Tết được các cấp hội duy trì hằng năm, thể hiện tinh thần tương thân tương ái, "lá lành đùm lá rách" của hội viên nông dân.
Hoàng Long
Tin cùng chuyên mục
- Mỹ Lộc: Ra mắt câu lạc bộ nông dân sản xuất giỏi (04/01/2012)
- Ý Yên tổng kết phong trào nông dân thi đua sản xuất giỏi (28/12/2011)
- Vụ Bản: Vận động hội viên đóng góp xây dựng nông thôn mới (22/12/2011)
- Xuân Trường: Hội Chữ thập đỏ trao 200 suất quà (13/01/2012)
- Nông dân Hải Hậu được vay vốn phát triển sản xuất (09/01/2012)
""",
    "2012-01-16",
    "Hội Nông dân tỉnh trao 600 suất quà Tết cho hội viên nghèo",
    E("trao_qua", None, "2012-01-14"),
    [P("Vũ Đức Thắng", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
     P("Trần Thị Nhung", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Phạm Văn Tuyến", "Chủ tịch Hội Nông dân xã Nghĩa Thành"),
     P("Đỗ Văn Lãm")],
    [Q("600 suất quà", 600, "suất quà"),
     Q("6 huyện ven biển", 6, "huyện ven biển"),
     Q("10 kg gạo", 10, "kg gạo"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("khoảng 420 triệu đồng", 420000000, "đồng", "approx"),
     Q("80 suất quà", 80, "suất quà"),
     Q("31,4 tỷ đồng", 31400000000, "đồng"),
     Q("2.860 hộ hội viên", 2860, "hộ hội viên"),
     Q("48.712 hộ", 48712, "hộ"),
     Q("120 suất quà", 120, "suất quà"),
     Q("213 hộ nghèo", 213, "hộ nghèo"),
     Q("hơn 1.500 suất quà", 1500, "suất quà", "over")],
    [D("Quyết định", "673", "QĐ-TTg", "2011-05-10", "Thủ tướng Chính phủ", "Quyết định số 673/QĐ-TTg ngày 10/5/2011 của Thủ tướng Chính phủ"),
     D("Nghị quyết", "26", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương")],
    [prov("Nam Định"), com("Giao Thiện"), com("Giao An"), com("Giao Lạc"), com("Nghĩa Thành"), com("Nghĩa Lạc")],
    ["NAM ĐỊNH ONLINE | Cổng thông tin điện tử Báo Nam Định", "Xã hội > Nhân đạo - Từ thiện", "Công ty Phân bón Sông Gianh",
     "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Nam Định", "Quỹ Hỗ trợ nông dân", "Tết Nhâm Thìn",
     "Ảnh: Đồng chí Vũ Đức Thắng trao quà cho hội viên nông dân xã Giao Thiện.", "xóm 5"],
    ["Lượt xem: 1.284", "1 bao phân bón NPK", "84 tuổi", "xóm 5", "năm 2011", "Ngày đăng: 16/01/2012 - 09:45"]))

# ---------------------------------------------------------------- b943 Thanh Hóa 2013, giao ban quý III, Ban Dân vận Huyện ủy Ngọc Lặc
PAGES.append(page("b943-thanhhoa-ngoclac-giaoban-2013", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Bạn đang ở: Trang chủ / Chính trị / Dân vận
08:30 | 27/09/2013
Toàn cảnh buổi giao ban.
Ngọc Lặc: Khối dân vận bám cơ sở, vận động đồng bào Mường hiến đất làm đường
(Baothanhhoa.vn) - Ngày 26/9, Ban Dân vận Huyện ủy Ngọc Lặc tổ chức giao ban công tác dân vận quý III năm 2013 với khối dân vận huyện và Đảng ủy các xã, thị trấn. Đồng chí Bùi Văn Thạo, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì giao ban.
Trong quý III, khối dân vận huyện đã tập trung vận động nhân dân thực hiện Chỉ thị 12, 13-CT/HU của Ban Thường vụ Huyện ủy về phát triển rừng sản xuất và về phòng, chống ma túy vùng giáp ranh. Các xã đã vận động 427 hộ hiến 18.300 m2 đất, góp gần 9.000 ngày công để làm 14,5 km đường giao thông nông thôn. Riêng xã Minh Sơn có 96 hộ hiến đất, không phải bồi thường.
Ủy ban MTTQ và các đoàn thể huyện phối hợp giải ngân 2,3 tỷ đồng vốn vay ưu đãi cho 115 hộ cận nghèo; Hội Liên hiệp Phụ nữ huyện duy trì 37 tổ phụ nữ tiết kiệm. Tuy nhiên, toàn huyện vẫn còn 5 vụ việc tranh chấp đất lâm nghiệp kéo dài; việc thực hiện Kế hoạch số 31-KH/BDVHU về kiểm tra dân vận chính quyền ở một số xã còn chậm.
Tại buổi giao ban, bà Phạm Thị Hiền, Chủ tịch Hội LHPN huyện, kiến nghị tăng kinh phí cho các tổ hòa giải ở thôn. Ông Quách Văn Toàn, Bí thư Đảng ủy xã Thúy Sơn, phản ánh một số hộ còn chưa đồng thuận khi mở rộng đường liên thôn. Đồng chí Lê Văn Lực, Trưởng Công an thị trấn Ngọc Lặc, thông tin tình hình an ninh nông thôn.
Các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Trương Thị Mai, Bùi Đức Hải báo cáo kết quả kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở tại 6 xã.
Kết luận giao ban, đồng chí Bùi Văn Thạo đề nghị quý IV tập trung tổng kết 15 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; chuẩn bị tổ chức hội nghị người có uy tín trong đồng bào dân tộc Mường, Thái cuối năm; đẩy mạnh phong trào "Dân vận khéo" ở 22 xã, thị trấn.
Nhiều ý kiến tại buổi giao ban cho rằng, để công tác dân vận ở vùng đồng bào dân tộc thiểu số đạt hiệu quả, cán bộ phải nói được tiếng dân tộc, hiểu phong tục, tập quán, thường xuyên "cùng ăn, cùng ở, cùng làm" với đồng bào. Việc phát huy vai trò của già làng, trưởng bản, người có uy tín trong cộng đồng được xác định là khâu then chốt. Một số xã đã đưa nội dung dân vận vào sinh hoạt chi bộ định kỳ, gắn trách nhiệm của đảng viên với từng hộ gia đình ở khu dân cư.
Xuân Thủy
Tin khác
- Lang Chánh: Khối dân vận vận động nhân dân trồng rừng (18/09/2013)
- Bá Thước tổ chức tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (12/09/2013)
- Cẩm Thủy: Phát huy vai trò người có uy tín trong vùng đồng bào Mường (05/09/2013)
- Thường Xuân gặp mặt già làng, trưởng bản (25/09/2013)
- Như Thanh: Sơ kết 3 năm thực hiện Quyết định 290 (20/09/2013)
""",
    "2013-09-27",
    "Ngọc Lặc: Khối dân vận bám cơ sở, vận động đồng bào Mường hiến đất làm đường",
    E("giao_ban", "2013-Q3", "2013-09-26"),
    [P("Bùi Văn Thạo", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
     P("Phạm Thị Hiền", "Chủ tịch Hội LHPN huyện"),
     P("Quách Văn Toàn", "Bí thư Đảng ủy xã Thúy Sơn"),
     P("Lê Văn Lực", "Trưởng Công an thị trấn Ngọc Lặc"),
     P("Trương Thị Mai", "Phó Trưởng Ban Dân vận Huyện ủy"),
     P("Bùi Đức Hải", "Phó Trưởng Ban Dân vận Huyện ủy")],
    [Q("427 hộ", 427, "hộ"),
     Q("18.300 m2", 18300, "m2"),
     Q("gần 9.000 ngày công", 9000, "ngày công", "approx"),
     Q("14,5 km", 14.5, "km"),
     Q("96 hộ", 96, "hộ"),
     Q("2,3 tỷ đồng", 2300000000, "đồng"),
     Q("115 hộ cận nghèo", 115, "hộ cận nghèo"),
     Q("37 tổ phụ nữ tiết kiệm", 37, "tổ phụ nữ tiết kiệm"),
     Q("5 vụ việc tranh chấp đất lâm nghiệp", 5, "vụ việc tranh chấp đất lâm nghiệp"),
     Q("6 xã", 6, "xã"),
     Q("22 xã, thị trấn", 22, "xã, thị trấn")],
    [D("Chỉ thị", "12", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 12, 13-CT/HU của Ban Thường vụ Huyện ủy"),
     D("Chỉ thị", "13", "CT/HU", None, "Ban Thường vụ Huyện ủy", "13-CT/HU"),
     D("Kế hoạch", "31", "KH/BDVHU", None, None, "Kế hoạch số 31-KH/BDVHU"),
     D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW của Bộ Chính trị")],
    [prov("Thanh Hóa"), com("Minh Sơn"), com("Thúy Sơn"), com("Ngọc Lặc")],
    ["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Bạn đang ở: Trang chủ / Chính trị / Dân vận",
     "Toàn cảnh buổi giao ban.", "(Baothanhhoa.vn)", "Dân vận khéo", "Quy chế dân chủ ở cơ sở"],
    ["08:30 | 27/09/2013", "quý III năm 2013", "quý IV", "15 năm", "08:30"]))

# ---------------------------------------------------------------- b944 Nghệ An 2014, đối thoại nông dân
PAGES.append(page("b944-nghean-quynhluu-doithoai-2014", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự - Chính trị › Dân vận
Cập nhật lúc 15:40 ngày 11/07/2014
Chủ tịch UBND huyện Quỳnh Lưu đối thoại với hơn 200 nông dân
(Baonghean) - Ngày 10/7, Hội Nông dân huyện Quỳnh Lưu phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa Chủ tịch UBND huyện với nông dân năm 2014. Hơn 200 hội viên nông dân đại diện cho 33 xã, thị trấn tham dự.
Chủ trì đối thoại có ông Hồ Sỹ Nguyên, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; bà Nguyễn Thị Hoa, Chủ tịch Hội Nông dân huyện. Cùng dự có ông Thái Văn Hào, Phó Chủ tịch Hội Nông dân tỉnh Nghệ An.
Buổi đối thoại được tổ chức theo Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và Kế hoạch số 45-KH/HND của Ban Thường vụ Hội Nông dân tỉnh. Trước đó, Hội đã tổng hợp 37 ý kiến, kiến nghị của hội viên gửi tới UBND huyện.
Tại buổi đối thoại, nông dân xã Quỳnh Thuận phản ánh tình trạng thiếu nước tưới cho 120 ha lúa hè thu do kênh tiêu úng xuống cấp; hội viên xã Tân Thắng đề nghị hỗ trợ giống ngô, lạc sau đợt rét đậm. Ông Hồ Văn Thành, nông dân xóm 7 xã Quỳnh Bảng, đề nghị huyện sớm có cơ chế hỗ trợ nuôi tôm trên cát, giảm ô nhiễm môi trường ven biển.
Trả lời các ý kiến, ông Hồ Sỹ Nguyên cho biết năm 2014 huyện dành 4,5 tỷ đồng để nạo vét, kiên cố hóa 12 km kênh mương; hỗ trợ 50% giá giống cho các hộ bị thiệt hại do rét. Ông cũng giao Phòng Nông nghiệp và Phát triển nông thôn phối hợp với UBND các xã ven biển rà soát, quy hoạch lại vùng nuôi tôm.
Ông Nguyễn Văn Quang, Trưởng phòng Tài nguyên và Môi trường huyện, giải đáp thắc mắc về cấp giấy chứng nhận quyền sử dụng đất. Đến nay huyện đã cấp được 91,2% số giấy chứng nhận lần đầu.
Kết thúc đối thoại, đã có 30/37 ý kiến được trả lời trực tiếp; các ý kiến còn lại được giao cho các phòng, ban chuyên môn trả lời bằng văn bản trước ngày 30/7.
Phát biểu tại hội nghị, ông Thái Văn Hào đánh giá cao cách làm của Quỳnh Lưu, đề nghị các cấp hội tiếp tục làm tốt vai trò cầu nối, tham gia giám sát và phản biện xã hội.
Theo đánh giá của Hội Nông dân huyện, hội nghị đối thoại là dịp để người đứng đầu chính quyền trực tiếp lắng nghe tâm tư, nguyện vọng của nông dân, kịp thời tháo gỡ khó khăn trong sản xuất. Sau mỗi buổi đối thoại, Hội đều theo dõi, đôn đốc việc thực hiện các cam kết của chính quyền và thông báo kết quả tới hội viên qua sinh hoạt chi hội. Nhờ vậy, niềm tin của hội viên đối với tổ chức hội ngày càng được nâng lên, nhiều vướng mắc được giải quyết ngay từ cơ sở, hạn chế đơn thư vượt cấp.
Hữu Nguyên
Tin liên quan
- Diễn Châu: Nông dân góp ý xây dựng Đảng, xây dựng chính quyền (02/07/2014)
- Nghi Lộc ra mắt mô hình chi hội nông dân nghề nghiệp (25/06/2014)
- Thanh Chương: Vận động nông dân chuyển đổi cây trồng (18/06/2014)
- Yên Thành: Hơn 1.000 hội viên nông dân được tập huấn (07/07/2014)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm (30/06/2014)
""",
    "2014-07-11",
    "Chủ tịch UBND huyện Quỳnh Lưu đối thoại với hơn 200 nông dân",
    E("doi_thoai", "2014", "2014-07-10"),
    [P("Hồ Sỹ Nguyên", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
     P("Nguyễn Thị Hoa", "Chủ tịch Hội Nông dân huyện"),
     P("Thái Văn Hào", "Phó Chủ tịch Hội Nông dân tỉnh Nghệ An"),
     P("Hồ Văn Thành"),
     P("Nguyễn Văn Quang", "Trưởng phòng Tài nguyên và Môi trường huyện")],
    [Q("Hơn 200 hội viên nông dân", 200, "hội viên nông dân", "over"),
     Q("33 xã, thị trấn", 33, "xã, thị trấn"),
     Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"),
     Q("120 ha", 120, "ha"),
     Q("4,5 tỷ đồng", 4500000000, "đồng"),
     Q("12 km", 12, "km"),
     Q("50%", 50, "%"),
     Q("91,2%", 91.2, "%"),
     Q("30/37 ý kiến", 30, "ý kiến")],
    [D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị"),
     D("Kế hoạch", "45", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 45-KH/HND của Ban Thường vụ Hội Nông dân tỉnh")],
    [prov("Nghệ An"), com("Quỳnh Thuận"), com("Tân Thắng"), com("Quỳnh Bảng")],
    ["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự - Chính trị › Dân vận", "(Baonghean)", "Phòng Nông nghiệp và Phát triển nông thôn", "xóm 7"],
    ["Cập nhật lúc 15:40 ngày 11/07/2014", "năm 2014", "xóm 7", "ngày 30/7"]))

# ---------------------------------------------------------------- b945 Hà Tĩnh 2015, Đại hội Đảng bộ xã
PAGES.append(page("b945-hatinh-kyphuong-daihoi-2015", """
Báo Hà Tĩnh điện tử
Chính trị › Chào mừng Đại hội Đảng các cấp
Thứ Hai, 08/06/2015 | 07:15
Đồng chí Phan Văn Kỳ tái đắc cử Bí thư Đảng ủy xã Kỳ Phương
Trong 2 ngày 5 và 6/6, Đảng bộ xã Kỳ Phương (thị xã Kỳ Anh) tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2015 - 2020. Về dự có đồng chí Nguyễn Văn Bình, Tỉnh ủy viên, Bí thư Thị ủy Kỳ Anh; đồng chí Lê Thị Thanh, Thị ủy viên, Trưởng Ban Dân vận Thị ủy. 120 đại biểu thay mặt cho 386 đảng viên trong toàn Đảng bộ tham dự đại hội.
Nhiệm kỳ 2010 - 2015, xã Kỳ Phương có nhiều biến động do nằm trong vùng quy hoạch Khu kinh tế Vũng Áng. Đảng ủy xã đã lãnh đạo vận động 1.126 hộ dân di dời, bàn giao 412 ha đất cho các dự án; 100% hộ tái định cư đã nhận đất ở và tiền hỗ trợ. Thu nhập bình quân đầu người năm 2014 đạt 24,8 triệu đồng/người, tỷ lệ hộ nghèo giảm còn 4,3%.
Thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương về tăng cường và đổi mới công tác dân vận, Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về công tác dân vận trong giải phóng mặt bằng và thành lập 11 tổ dân vận thôn. Ủy ban MTTQ và các đoàn thể xã đã tổ chức 38 cuộc đối thoại với nhân dân, giải quyết dứt điểm 27 đơn thư.
Phát biểu chỉ đạo, đồng chí Nguyễn Văn Bình đề nghị Đảng bộ xã tiếp tục quan tâm công tác dân vận, làm tốt việc ổn định đời sống người dân tái định cư, nhất là giải quyết việc làm cho lao động trẻ.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 5 đồng chí; đồng chí Phan Văn Kỳ tái đắc cử Bí thư Đảng ủy xã, các đồng chí Nguyễn Đình Tuấn, Võ Thị Hương được bầu giữ chức Phó Bí thư Đảng ủy xã. Đại hội cũng bầu 7 đại biểu đi dự Đại hội Đảng bộ thị xã.
Ảnh: Các đồng chí trong Ban Chấp hành Đảng bộ xã khóa mới ra mắt đại hội.
Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo văn kiện Đại hội Đảng bộ thị xã và Đại hội Đảng bộ tỉnh lần thứ XVIII. Nhiều đại biểu cho rằng, trong nhiệm kỳ tới Đảng bộ xã cần tiếp tục đổi mới nội dung, phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ; gắn công tác dân vận với nhiệm vụ phát triển kinh tế, bảo đảm việc làm, đời sống cho người dân vùng dự án; kiên quyết xử lý các biểu hiện gây mất đoàn kết nội bộ.
Đại hội thông qua nghị quyết với các chỉ tiêu chủ yếu về phát triển kinh tế - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị trong nhiệm kỳ tới; trong đó phấn đấu xây dựng xã đạt chuẩn nông thôn mới, Đảng bộ hằng năm đạt trong sạch, vững mạnh.
Thu Hà
Tin liên quan
- Hương Sơn: Đại hội điểm Đảng bộ xã Sơn Kim 1 (29/05/2015)
- Cẩm Xuyên: Tập huấn công tác tổ chức đại hội cho cơ sở (15/05/2015)
- Vũ Quang: Hoàn thành đại hội chi bộ trực thuộc (08/05/2015)
- Thạch Hà: 100% đảng bộ cơ sở hoàn thành đại hội (05/06/2015)
- Can Lộc chọn 2 xã đại hội điểm (20/04/2015)
""",
    "2015-06-08",
    "Đồng chí Phan Văn Kỳ tái đắc cử Bí thư Đảng ủy xã Kỳ Phương",
    E("dai_hoi", None, "2015-06-05"),
    [P("Phan Văn Kỳ", "Bí thư Đảng ủy xã Kỳ Phương", "Bí thư Đảng ủy xã"),
     P("Nguyễn Văn Bình", "Tỉnh ủy viên", "Bí thư Thị ủy Kỳ Anh"),
     P("Lê Thị Thanh", "Thị ủy viên", "Trưởng Ban Dân vận Thị ủy"),
     P("Nguyễn Đình Tuấn", "Phó Bí thư Đảng ủy xã"),
     P("Võ Thị Hương", "Phó Bí thư Đảng ủy xã")],
    [Q("120 đại biểu", 120, "đại biểu"),
     Q("386 đảng viên", 386, "đảng viên"),
     Q("1.126 hộ dân", 1126, "hộ dân"),
     Q("412 ha", 412, "ha"),
     Q("100% hộ tái định cư", 100, "%"),
     Q("24,8 triệu đồng", 24800000, "đồng"),
     Q("4,3%", 4.3, "%"),
     Q("11 tổ dân vận thôn", 11, "tổ dân vận thôn"),
     Q("38 cuộc đối thoại", 38, "cuộc đối thoại"),
     Q("27 đơn thư", 27, "đơn thư"),
     Q("15 đồng chí", 15, "đồng chí"),
     Q("5 đồng chí", 5, "đồng chí"),
     Q("7 đại biểu", 7, "đại biểu")],
    [D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương"),
     D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU")],
    [prov("Hà Tĩnh"), com("Kỳ Phương")],
    ["Báo Hà Tĩnh điện tử", "Chính trị › Chào mừng Đại hội Đảng các cấp", "Khu kinh tế Vũng Áng",
     "Ảnh: Các đồng chí trong Ban Chấp hành Đảng bộ xã khóa mới ra mắt đại hội."],
    ["Thứ Hai, 08/06/2015 | 07:15", "lần thứ XXIV", "nhiệm kỳ 2015 - 2020", "Nhiệm kỳ 2010 - 2015", "2 ngày", "15 đồng chí", "5 đồng chí",
     "lần thứ nhất", "năm 2014"]))

# ---------------------------------------------------------------- b946 Quảng Bình 2016, giám sát MTTQ
PAGES.append(page("b946-quangbinh-mttq-giamsat-2016", """
Báo Quảng Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
14-10-2016 10:05
MTTQ tỉnh giám sát việc hỗ trợ người dân bị ảnh hưởng sự cố môi trường biển
(QBĐT) - Ngày 13/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Trần Quốc Bảo, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã làm việc với UBND huyện Quảng Trạch về việc thực hiện chính sách hỗ trợ người dân bị ảnh hưởng bởi sự cố môi trường biển. Đây là cuộc giám sát thứ 3 trong chương trình giám sát năm 2016 của Ủy ban MTTQ tỉnh.
Cùng tham gia đoàn có bà Đinh Thị Lài, Phó Chủ tịch Hội LHPN tỉnh; ông Hoàng Minh Tâm, Phó Chủ tịch Hội Nông dân tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Sở Nông nghiệp và Phát triển nông thôn.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 1880/QĐ-TTg ngày 29/9/2016 của Thủ tướng Chính phủ và Quyết định số 772/QĐ-TTg ngày 26/5/2016, huyện đã rà soát 4.812 hộ dân thuộc 7 xã ven biển; đã cấp 690 tấn gạo hỗ trợ cho 19.214 nhân khẩu. Các xã Quảng Đông, Cảnh Dương, Quảng Phú có số hộ bị ảnh hưởng nhiều nhất, trong đó xã Cảnh Dương có hơn 1.000 hộ làm nghề khai thác hải sản gần bờ.
Qua giám sát trực tiếp tại xã Cảnh Dương, đoàn ghi nhận việc kê khai thiệt hại cơ bản được công khai ở thôn, có sự tham gia của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng. Tuy vậy, một số hộ chưa được xác nhận đúng nghề; còn 26 đơn kiến nghị chưa được trả lời.
Ông Nguyễn Hữu Phước, Chủ tịch UBND xã Cảnh Dương, cho biết xã đã tổ chức 14 cuộc họp dân để công khai danh sách, lấy ý kiến người dân. Ông Trần Văn Lượng, trưởng thôn Tân Cảnh, kiến nghị rút ngắn thời gian thẩm định để người dân sớm nhận tiền bồi thường.
Kết luận buổi giám sát, ông Trần Quốc Bảo đề nghị huyện chỉ đạo các xã rà soát lại hồ sơ, bảo đảm công khai, minh bạch, đúng đối tượng; giải quyết dứt điểm các kiến nghị trước ngày 30/10; phối hợp với MTTQ vận động ngư dân sớm trở lại biển. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Thời gian qua, Ủy ban MTTQ Việt Nam các cấp trong tỉnh đã phát động cuộc vận động ủng hộ ngư dân các địa phương bị ảnh hưởng, đồng thời phối hợp với chính quyền tổ chức các buổi tiếp xúc, lắng nghe ý kiến của bà con. Qua giám sát, Mặt trận đã kịp thời phát hiện những thiếu sót trong công tác kê khai, thống kê, góp phần giúp chính quyền điều chỉnh, bảo đảm chính sách đến đúng người, đúng đối tượng, tạo sự đồng thuận trong nhân dân vùng biển.
Phan Phương
TIN CÙNG CHUYÊN MỤC
- Bố Trạch: Ngư dân vươn khơi bám biển (01/10/2016)
- Đồng Hới: MTTQ phường Bảo Ninh thăm hỏi ngư dân gặp nạn (26/09/2016)
- Tuyên Hóa: Vận động nhân dân khắc phục hậu quả mưa lũ (20/09/2016)
- Lệ Thủy: MTTQ tiếp nhận hơn 2 tỷ đồng ủng hộ (10/10/2016)
- Hội CCB tỉnh giao ban quý III (06/10/2016)
""",
    "2016-10-14",
    "MTTQ tỉnh giám sát việc hỗ trợ người dân bị ảnh hưởng sự cố môi trường biển",
    E("giam_sat", "2016", "2016-10-13"),
    [P("Trần Quốc Bảo", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đinh Thị Lài", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Hoàng Minh Tâm", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Nguyễn Hữu Phước", "Chủ tịch UBND xã Cảnh Dương"),
     P("Trần Văn Lượng", "trưởng thôn Tân Cảnh")],
    [Q("4.812 hộ dân", 4812, "hộ dân"),
     Q("7 xã ven biển", 7, "xã ven biển"),
     Q("690 tấn gạo", 690, "tấn gạo"),
     Q("19.214 nhân khẩu", 19214, "nhân khẩu"),
     Q("hơn 1.000 hộ", 1000, "hộ", "over"),
     Q("26 đơn kiến nghị", 26, "đơn kiến nghị"),
     Q("14 cuộc họp dân", 14, "cuộc họp dân")],
    [D("Quyết định", "1880", "QĐ-TTg", "2016-09-29", "Thủ tướng Chính phủ", "Quyết định số 1880/QĐ-TTg ngày 29/9/2016 của Thủ tướng Chính phủ"),
     D("Quyết định", "772", "QĐ-TTg", "2016-05-26", None, "Quyết định số 772/QĐ-TTg ngày 26/5/2016"),
     D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
    [prov("Quảng Bình"), com("Quảng Đông"), com("Cảnh Dương"), com("Quảng Phú")],
    ["Báo Quảng Bình - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Bình", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể",
     "(QBĐT)", "Ban Thanh tra nhân dân", "Ban giám sát đầu tư của cộng đồng", "Sở Lao động - Thương binh và Xã hội"],
    ["14-10-2016 10:05", "cuộc giám sát thứ 3", "năm 2016", "ngày 30/10"]))
