"""b707-b712: province sites 2015-2016, then commune and ward sites from August to October 2025."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b707 Bạc Liêu 2015
PAGES.append(page("b707-baclieu-tinhdoan-tongket-he-2015", """
TỈNH ĐOÀN BẠC LIÊU
Trang chủ > Phong trào > Tình nguyện
25/08/2015 15:30 (GMT+7)
Tổng kết chiến dịch tình nguyện hè: 9.400 lượt đoàn viên ra quân
Sáng 22/8/2015, Ban Thường vụ Tỉnh đoàn Bạc Liêu tổ chức tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2015. Trong hơn 2 tháng triển khai, chiến dịch đã thu hút 9.400 lượt đoàn viên, thanh niên tham gia với nhiều công trình, phần việc thiết thực ở vùng sâu, vùng đồng bào Khmer.
Anh Trương Minh Hiếu trao cờ thi đua cho các đơn vị xuất sắc. Ảnh: Thanh Tùng
Dự hội nghị có anh Trương Minh Hiếu, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; các anh, chị Phó Bí thư Tỉnh đoàn: Lâm Thị Mỹ Duyên, Trần Hữu Nghĩa cùng đại diện các huyện, thị, thành đoàn và đoàn trực thuộc.
Thực hiện Hướng dẫn 12-HD/TĐTN-TNNT của Ban Bí thư Trung ương Đoàn và Kế hoạch số 41-KH/TĐTN ngày 15/5/2015 của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn đã làm mới 14 cây cầu giao thông nông thôn, bê tông hóa 8,6 km đường ấp với tổng trị giá công trình trên 3,2 tỷ đồng. Chương trình "Tiếp sức mùa thi" hỗ trợ 1.200 lượt thí sinh; ngày hội "Giọt hồng tình nguyện" tiếp nhận 320 đơn vị máu. Các đội hình trao 600 suất học bổng, trị giá 450 triệu đồng, và thăm, tặng quà 230 hộ gia đình chính sách.
Tại xã Hưng Hội, ông Lê Văn Sử, Trưởng ấp Cây Gừa, cho biết cây cầu do thanh niên làm giúp hơn 80 hộ dân không còn phải đi đò. Chị Thạch Thị Sô Phia, Bí thư Đoàn xã Vĩnh Hậu A, chia sẻ kinh nghiệm vận động thanh niên Khmer tham gia dạy chữ cho trẻ em trong dịp hè. Anh Danh Tươi, Đội trưởng đội hình thanh niên tình nguyện huyện Hồng Dân, nói tình nguyện là dịp để đoàn viên rèn luyện tinh thần "3 sẵn sàng".
Phát biểu bế mạc, anh Trương Minh Hiếu đề nghị các cơ sở Đoàn tiếp tục thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ; duy trì các công trình sau chiến dịch. Chiến dịch năm nay có điểm mới là các đội hình được phân công về tận ấp, ở cùng nhà dân, nên phần việc sát với nhu cầu của bà con. Dịp này, Tỉnh đoàn tặng bằng khen cho 19 tập thể và 34 cá nhân.
Bên cạnh kết quả đạt được, Ban Thường vụ Tỉnh đoàn cũng chỉ ra hạn chế: một số cơ sở Đoàn còn lúng túng trong huy động nguồn lực xã hội hóa; việc duy trì, bảo quản công trình sau chiến dịch chưa được quan tâm đúng mức; sự phối hợp với chính quyền địa phương ở một vài nơi chưa chặt chẽ, công tác tuyên truyền trên mạng xã hội còn chậm.
Thanh Tùng
Chia sẻ: Facebook | Google+ | In bài
Lượt truy cập: 2.317
Bài viết liên quan
- Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2015 (06/06/2015)
- Hồng Dân: khánh thành cầu thanh niên ấp Cây Gừa (30/07/2015)
- Tiếp sức mùa thi năm 2015 thành công tốt đẹp (05/07/2015)
""",
    "2015-08-25", "Tổng kết chiến dịch tình nguyện hè: 9.400 lượt đoàn viên ra quân",
    E("tong_ket", "2015", "2015-08-22"),
    [P("Trương Minh Hiếu", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
     P("Lâm Thị Mỹ Duyên", "Phó Bí thư Tỉnh đoàn"),
     P("Trần Hữu Nghĩa", "Phó Bí thư Tỉnh đoàn"),
     P("Lê Văn Sử", "Trưởng ấp Cây Gừa"),
     P("Thạch Thị Sô Phia", "Bí thư Đoàn xã Vĩnh Hậu A"),
     P("Danh Tươi", "Đội trưởng đội hình thanh niên tình nguyện huyện Hồng Dân")],
    [Q("9.400 lượt đoàn viên", 9400, "lượt đoàn viên"),
     Q("14 cây cầu giao thông nông thôn", 14, "cây cầu giao thông nông thôn"),
     Q("8,6 km", 8.6, "km"),
     Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
     Q("1.200 lượt thí sinh", 1200, "lượt thí sinh"),
     Q("320 đơn vị máu", 320, "đơn vị máu"),
     Q("600 suất học bổng", 600, "suất học bổng"),
     Q("450 triệu đồng", 450000000, "đồng"),
     Q("230 hộ gia đình chính sách", 230, "hộ gia đình chính sách"),
     Q("hơn 80 hộ dân", 80, "hộ dân", "over"),
     Q("19 tập thể", 19, "tập thể"),
     Q("34 cá nhân", 34, "cá nhân")],
    [D("Hướng dẫn", "12", "HD/TĐTN-TNNT", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn 12-HD/TĐTN-TNNT của Ban Bí thư Trung ương Đoàn"),
     D("Kế hoạch", "41", "KH/TĐTN", "2015-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 41-KH/TĐTN ngày 15/5/2015 của Ban Thường vụ Tỉnh đoàn"),
     D("Chỉ thị", "42", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 42-CT/TW của Bộ Chính trị")],
    [prov("Bạc Liêu"), com("Hưng Hội"), com("Vĩnh Hậu A")],
    ["TỈNH ĐOÀN BẠC LIÊU", "Trang chủ > Phong trào > Tình nguyện",
     "Anh Trương Minh Hiếu trao cờ thi đua cho các đơn vị xuất sắc. Ảnh: Thanh Tùng", "Tiếp sức mùa thi",
     "Giọt hồng tình nguyện", "Cây Gừa", "Thanh niên tình nguyện hè", "Ban Bí thư Trung ương Đoàn"],
    ["25/08/2015 15:30 (GMT+7)", "năm 2015", "hơn 2 tháng", "3 sẵn sàng", "Lượt truy cập: 2.317"]))

# ---------------------------------------------------------------- b708 Bến Tre 2016
PAGES.append(page("b708-bentre-hlhpn-hanman-traoqua-2016", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE
Thứ Hai, 11/04/2016
Trang chủ › Tin tức › Hoạt động Hội
Cập nhật: 10:12, 08/04/2016 (GMT+7)
Trao 500 bồn chứa nước cho phụ nữ vùng hạn mặn
Ngày 6/4/2016, Hội LHPN tỉnh Bến Tre phối hợp với Công ty TNHH Nhựa Tân Tiến trao 500 bồn chứa nước loại 1.000 lít cho hội viên phụ nữ nghèo ở các xã bị ảnh hưởng nặng do hạn hán, xâm nhập mặn thuộc huyện Thạnh Phú và Ba Tri. Tổng trị giá đợt hỗ trợ là 1,75 tỷ đồng.
Bà Huỳnh Thị Ngọc Điệp (thứ hai từ trái) trao bồn chứa nước cho hội viên xã Thạnh Hải.
Mùa khô năm nay, nước mặn xâm nhập sâu kéo dài gần 3 tháng, toàn tỉnh có hơn 14.000 hộ thiếu nước sinh hoạt. Thực hiện Quyết định số 619/QĐ-UBND ngày 16/3/2016 của UBND tỉnh công bố tình trạng thiên tai hạn hán, xâm nhập mặn và Công văn 98/HLHPN-CSLP của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội đã lập 45 điểm cấp nước miễn phí, chở 260 m3 nước ngọt đến tận ấp.
Phát biểu tại buổi trao tặng, bà Huỳnh Thị Ngọc Điệp, TUV, Chủ tịch Hội LHPN tỉnh cho biết bên cạnh vận động tài trợ, Hội còn hướng dẫn chị em cách trữ nước, tiết kiệm nước; đồng thời đề nghị các cơ sở Hội rà soát, không để hội viên nào thiếu nước ăn uống. Dự kiến trong tháng 4, Hội sẽ phối hợp các nhà tài trợ trao thêm lu, bồn chứa nước cho các huyện Bình Đại, Giồng Trôm. Bà Lê Thị Thanh Thủy, Phó Chủ tịch Hội LHPN tỉnh thông tin: đến nay các cấp Hội đã vận động được 2,6 tỷ đồng tiền mặt và hiện vật hỗ trợ người dân vùng hạn mặn.
Ông Trần Minh Tâm, Giám đốc Công ty TNHH Nhựa Tân Tiến, cho biết doanh nghiệp sẽ tiếp tục tài trợ thêm 200 bồn trong tháng 5. Ông Nguyễn Văn Tám, Phó Chủ tịch UBND huyện Thạnh Phú ghi nhận sự chung tay của Hội và doanh nghiệp với người dân huyện biển.
Nhận bồn nước, bà Phạm Thị Út, hội viên ấp Thạnh Hòa, xã Thạnh Hải, xúc động: "Nhà tôi 5 người, từ Tết tới giờ phải mua nước ngọt giá cao, nay có bồn chứa là yên tâm rồi". Bà Võ Thị Kim Hoa, Chủ tịch Hội LHPN xã Thạnh Hải, cho biết xã có 320 hội viên nghèo, cận nghèo cần hỗ trợ dụng cụ trữ nước. Cũng trong đợt này, Hội LHPN tỉnh trao 350 triệu đồng từ Quỹ "Phụ nữ nghèo" cho hội viên xã An Thủy.
Theo Hội LHPN tỉnh, điều lo ngại nhất hiện nay là nguồn nước ngọt dự trữ của nhiều hộ đã cạn trong khi mùa mưa còn khá xa. Hội đề nghị các cơ sở tiếp tục vận động nhà hảo tâm hỗ trợ dụng cụ trữ nước, đồng thời tuyên truyền chị em không dùng nước nhiễm mặn để nấu ăn, chăm sóc trẻ nhỏ và người già.
Kim Ngân
Chia sẻ | Bản in | Gửi bạn bè
Lượt xem: 689
Tin liên quan
- Phụ nữ Ba Tri chung tay ứng phó hạn mặn (01/04/2016)
- Hội LHPN tỉnh phát động ủng hộ người dân vùng hạn (22/03/2016)
- Giồng Trôm: tặng 100 lu chứa nước cho hộ nghèo (18/03/2016)
""",
    "2016-04-08", "Trao 500 bồn chứa nước cho phụ nữ vùng hạn mặn",
    E("trao_qua", None, "2016-04-06"),
    [P("Huỳnh Thị Ngọc Điệp", "TUV", "Chủ tịch Hội LHPN tỉnh"),
     P("Lê Thị Thanh Thủy", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Trần Minh Tâm", "Giám đốc Công ty TNHH Nhựa Tân Tiến"),
     P("Nguyễn Văn Tám", "Phó Chủ tịch UBND huyện Thạnh Phú"),
     P("Phạm Thị Út"),
     P("Võ Thị Kim Hoa", "Chủ tịch Hội LHPN xã Thạnh Hải")],
    [Q("500 bồn chứa nước", 500, "bồn chứa nước"),
     Q("1.000 lít", 1000, "lít"),
     Q("1,75 tỷ đồng", 1750000000, "đồng"),
     Q("hơn 14.000 hộ", 14000, "hộ", "over"),
     Q("45 điểm cấp nước miễn phí", 45, "điểm cấp nước miễn phí"),
     Q("260 m3", 260, "m3"),
     Q("2,6 tỷ đồng", 2600000000, "đồng"),
     Q("200 bồn", 200, "bồn"),
     Q("320 hội viên nghèo, cận nghèo", 320, "hội viên nghèo, cận nghèo"),
     Q("350 triệu đồng", 350000000, "đồng")],
    [D("Quyết định", "619", "QĐ-UBND", "2016-03-16", "UBND tỉnh", "Quyết định số 619/QĐ-UBND ngày 16/3/2016 của UBND tỉnh"),
     D("Công văn", "98", "HLHPN-CSLP", None, "Ban Thường vụ Hội LHPN tỉnh", "Công văn 98/HLHPN-CSLP của Ban Thường vụ Hội LHPN tỉnh")],
    [prov("Bến Tre"), com("Thạnh Hải"), com("An Thủy")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "Trang chủ › Tin tức › Hoạt động Hội",
     "Bà Huỳnh Thị Ngọc Điệp (thứ hai từ trái) trao bồn chứa nước cho hội viên xã Thạnh Hải.",
     "Công ty TNHH Nhựa Tân Tiến", "Thạnh Hòa", "Phụ nữ nghèo", "Kim Ngân"],
    ["Thứ Hai, 11/04/2016", "Cập nhật: 10:12, 08/04/2016 (GMT+7)", "gần 3 tháng", "tháng 5", "tháng 4", "5 người",
     "Lượt xem: 689"]))

# ---------------------------------------------------------------- b709 Lâm Đồng, xã Ka Đô, August 2025
PAGES.append(page("b709-lamdong-kado-mttq-giaoban-t7-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ KA ĐÔ - TỈNH LÂM ĐỒNG
Trang chủ > Hoạt động Mặt trận > Tin xã
Thứ Ba, 12/08/2025 - 15:10
Ảnh: Quang cảnh buổi giao ban.
Mặt trận xã Ka Đô giao ban tháng đầu vận hành chính quyền hai cấp
Chiều 8/8, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ka Đô tổ chức hội nghị giao ban đánh giá kết quả công tác Mặt trận và các tổ chức chính trị - xã hội tháng 7/2025, triển khai nhiệm vụ tháng 8. Bà Touneh Hàm Mai, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đồng chí Trần Văn Quang, Phó Bí thư Thường trực Đảng ủy xã.
Xã Ka Đô mới được thành lập trên cơ sở sắp xếp 3 xã cũ Ka Đô, Pró và Quảng Lập theo Nghị quyết số 202/2025/QH15 của Quốc hội và Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội; tỉnh Lâm Đồng mới được hợp nhất từ Lâm Đồng, Đắk Nông và Bình Thuận. Xã hiện có 34 thôn với đông đồng bào Chu Ru, K'Ho sinh sống.
Tháng đầu hoạt động, Ủy ban MTTQ Việt Nam xã đã kiện toàn bộ máy theo Hướng dẫn 03-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Ya Tuấn, Nguyễn Thị Thu Sương, Pinăng Ha Duyên được phân công phụ trách từng khối. Đồng chí Ya Tuấn đồng thời là Chủ tịch Hội Nông dân xã; đồng chí Nguyễn Thị Thu Sương là Chủ tịch Hội Liên hiệp Phụ nữ xã; đồng chí Pinăng Ha Duyên là Bí thư Đoàn xã.
Trong tháng, Ban Thường trực tiếp nhận 14 ý kiến, kiến nghị của cử tri, chủ yếu về thủ tục đất đai và chế độ chính sách sau sắp xếp; đã phối hợp UBND xã trả lời 11 ý kiến, số còn lại đang được xem xét. Vụ việc 6 hộ dân thôn Krăng Gọ tranh chấp ranh giới đất rẫy đã được Ban công tác Mặt trận thôn hòa giải thành. Ông Ma Hoàng Lộc, Trưởng Ban công tác Mặt trận thôn Krăng Gọ, cho biết thôn mời già làng cùng ngồi hòa giải nên bà con dễ nghe, dễ hiểu.
Đáng chú ý, sáng 21/7, một số phụ huynh thôn Próh Ngó kéo đến trụ sở xã Pró cũ để hỏi về việc sắp xếp lại điểm trường mầm non, lo con em phải đi học xa. Ngay trong buổi sáng, Ban Thường trực Ủy ban MTTQ Việt Nam xã cùng lãnh đạo UBND xã đã gặp gỡ, giải thích; xã quyết định giữ nguyên điểm trường đến hết năm học, bà con đồng tình ra về.
Mặt trận xã cũng trao 35 suất quà, tổng trị giá 17,5 triệu đồng cho hộ nghèo và tặng 120 lá cờ Tổ quốc cho các hộ dân ở thôn vùng sâu. Hưởng ứng "Ngày thứ Bảy tình nguyện", có 1.450 lượt người ra quân vệ sinh đường làng, khơi thông cống rãnh.
Phát biểu chỉ đạo, đồng chí Trần Văn Quang đề nghị Mặt trận tiếp tục bám sát thôn, nhân rộng mô hình "Dân vận khéo", triển khai Kế hoạch 08, 09-KH/ĐU của Đảng ủy xã về tổ chức Đại hội đại biểu Mặt trận và công tác nắm tình hình Nhân dân.
Hội nghị cũng nêu những khó khăn: trụ sở làm việc của Mặt trận xã còn chật; một số thôn cách trung tâm xã hơn 20 km nên việc đi lại, nắm tình hình còn vất vả. Dịp này, Ban Thường trực Ủy ban MTTQ Việt Nam xã cũng thông qua dự thảo quy chế làm việc nhiệm kỳ mới để lấy ý kiến các thành viên.
Ka Sô Ha Vân
Chia sẻ | In bài
Lượt xem: 318
Tin khác
- Ra mắt Ủy ban MTTQ Việt Nam xã Ka Đô (02/07/2025)
- Đoàn xã Ka Đô ra quân Chiến dịch tình nguyện hè (20/07/2025)
- Trao 20 con bò giống cho hộ nghèo thôn Próh Ngó (28/07/2025)
""",
    "2025-08-12", "Mặt trận xã Ka Đô giao ban tháng đầu vận hành chính quyền hai cấp",
    E("giao_ban", "2025-07", "2025-08-08"),
    [P("Touneh Hàm Mai", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Trần Văn Quang", "Phó Bí thư Thường trực Đảng ủy xã"),
     P("Ya Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
     P("Nguyễn Thị Thu Sương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
     P("Pinăng Ha Duyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Bí thư Đoàn xã"),
     P("Ma Hoàng Lộc", "Trưởng Ban công tác Mặt trận thôn Krăng Gọ")],
    [Q("3 xã cũ", 3, "xã cũ"),
     Q("34 thôn", 34, "thôn"),
     Q("14 ý kiến, kiến nghị", 14, "ý kiến, kiến nghị"),
     Q("11 ý kiến", 11, "ý kiến"),
     Q("6 hộ dân", 6, "hộ dân"),
     Q("35 suất quà", 35, "suất quà"),
     Q("17,5 triệu đồng", 17500000, "đồng"),
     Q("120 lá cờ Tổ quốc", 120, "lá cờ Tổ quốc"),
     Q("1.450 lượt người", 1450, "lượt người"),
     Q("hơn 20 km", 20, "km", "over")],
    [D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15 của Quốc hội"),
     D("Nghị quyết", "1671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"),
     D("Hướng dẫn", "03", "HD/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 03-HD/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 08, 09-KH/ĐU của Đảng ủy xã"),
     D("Kế hoạch", "09", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 08, 09-KH/ĐU của Đảng ủy xã")],
    [prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Ka Đô"), com("Pró"), com("Quảng Lập")],
    ["ỦY BAN MTTQ VIỆT NAM XÃ KA ĐÔ - TỈNH LÂM ĐỒNG", "Trang chủ > Hoạt động Mặt trận > Tin xã",
     "Ảnh: Quang cảnh buổi giao ban.", "Krăng Gọ", "Chu Ru", "K'Ho", "Ngày thứ Bảy tình nguyện", "Dân vận khéo",
     "Ka Sô Ha Vân", "Próh Ngó"],
    ["Thứ Ba, 12/08/2025 - 15:10", "tháng 7/2025", "tháng 8", "Lượt xem: 318", "Tháng đầu", "sáng 21/7"]))

# ---------------------------------------------------------------- b710 Đắk Lắk, xã Ea Kiết, September 2025
PAGES.append(page("b710-daklak-eakiet-doithoai-tranhchapdat-2025", """
ĐẢNG ỦY XÃ EA KIẾT
Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng
18 tháng 9, 2025 | 09:45
Giải quyết dứt điểm vụ tranh chấp đất rẫy ở buôn Ea Tar
Ngày 16/9/2025, Đảng ủy xã Ea Kiết chủ trì buổi đối thoại với 17 hộ dân buôn Ea Tar và đại diện Công ty TNHH MTV Cà phê 731 về việc tranh chấp 23,6 ha đất rẫy kéo dài nhiều năm. Sau hơn 3 giờ trao đổi thẳng thắn, các bên đã thống nhất phương án giải quyết.
Từ cuối tháng 8, khoảng 40 người dân buôn Ea Tar đã kéo đến khu vực rẫy, ngăn cản công nhân thu hái cà phê, cho rằng diện tích này là đất canh tác lâu đời của gia đình. Ngay khi nắm tình hình, Ban Thường vụ Đảng ủy xã chỉ đạo lực lượng vận động bà con giữ bình tĩnh, không để xảy ra xô xát; Ủy ban MTTQ Việt Nam xã phối hợp Công an xã xác minh nguồn gốc đất.
Chủ trì đối thoại, đồng chí Y Dhăm Ênuôl, Bí thư Đảng ủy xã, Chủ tịch HĐND xã khẳng định mọi vướng mắc phải được giải quyết theo Nghị định 102/2024/NĐ-CP của Chính phủ và Quy định 11-QĐi/TW của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân. Đồng chí Lê Đình Khôi, Phó Bí thư Đảng ủy xã, Chủ tịch UBND xã và ông Phan Quốc Bảo, Trưởng phòng Kinh tế xã trình bày kết quả đo đạc, đối chiếu hồ sơ giao khoán.
Già làng Ama Jư phát biểu: bà con chỉ mong có đất để sản xuất, không muốn làm trái pháp luật. Ông Y Pơr Ayŭn, Trưởng buôn Ea Tar, đề nghị công ty ưu tiên nhận con em trong buôn vào làm công nhân.
Theo kết luận của đối thoại, công ty trả lại 9,8 ha cho địa phương để giao 11 hộ có nguồn gốc canh tác rõ ràng, đồng thời hỗ trợ 1,2 tỷ đồng tiền đầu tư cây trồng trên diện tích này; 6 hộ còn lại tiếp tục nhận khoán với công ty theo hợp đồng mới. Bà H'Bích Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Mặt trận sẽ giám sát việc thực hiện thỏa thuận. Thượng tá Nguyễn Hữu Tín, Trưởng Công an xã đề nghị người dân không nghe theo kẻ xấu kích động.
Trước đó, ngày 10/9/2025, Ban Thường vụ Đảng ủy xã đã ban hành Kết luận số 15-KL/ĐU về giải quyết vụ việc. Xã Ea Kiết thuộc tỉnh Đắk Lắk sau hợp nhất với tỉnh Phú Yên.
Để chuẩn bị cho buổi đối thoại, tổ công tác của xã gồm cán bộ Mặt trận, địa chính và công an đã đến từng hộ lắng nghe ý kiến, trích lục hồ sơ giao khoán của công ty từ năm 1998. Theo lãnh đạo xã, việc để người dân tham gia xác minh ngay từ đầu giúp bà con tin tưởng, đồng thuận với kết quả đo đạc. Sau buổi đối thoại, các hộ dân đã tự giác rời khỏi khu vực rẫy, công ty tiếp tục thu hái cà phê bình thường.
H'Mai Niê
Chia sẻ: Facebook | Zalo
Tin liên quan
- Ea Kiết: đối thoại với Nhân dân về sắp xếp thôn, buôn (28/08/2025)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2 (05/09/2025)
- Mặt trận xã thăm hộ nghèo buôn Ea Tar (22/08/2025)
""",
    "2025-09-18", "Giải quyết dứt điểm vụ tranh chấp đất rẫy ở buôn Ea Tar",
    E("doi_thoai", None, "2025-09-16"),
    [P("Y Dhăm Ênuôl", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
     P("Lê Đình Khôi", "Phó Bí thư Đảng ủy xã", "Chủ tịch UBND xã"),
     P("Phan Quốc Bảo", "Trưởng phòng Kinh tế xã"),
     P("Ama Jư", "Già làng"),
     P("Y Pơr Ayŭn", "Trưởng buôn Ea Tar"),
     P("H'Bích Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Nguyễn Hữu Tín", "Thượng tá", "Trưởng Công an xã")],
    [Q("17 hộ dân", 17, "hộ dân"),
     Q("23,6 ha", 23.6, "ha"),
     Q("khoảng 40 người", 40, "người", "approx"),
     Q("9,8 ha", 9.8, "ha"),
     Q("11 hộ", 11, "hộ"),
     Q("1,2 tỷ đồng", 1200000000, "đồng"),
     Q("6 hộ", 6, "hộ")],
    [D("Nghị định", "102", "2024/NĐ-CP", None, "Chính phủ", "Nghị định 102/2024/NĐ-CP của Chính phủ"),
     D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW của Bộ Chính trị"),
     D("Kết luận", "15", "KL/ĐU", "2025-09-10", "Ban Thường vụ Đảng ủy xã", "Kết luận số 15-KL/ĐU")],
    [prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Kiết")],
    ["ĐẢNG ỦY XÃ EA KIẾT", "Trang chủ / Tin tức - Sự kiện / Xây dựng Đảng", "Ea Tar", "Công ty TNHH MTV Cà phê 731",
     "H'Mai Niê"],
    ["18 tháng 9, 2025 | 09:45", "Cà phê 731", "hơn 3 giờ", "cuối tháng 8", "năm 1998"]))

# ---------------------------------------------------------------- b711 Khánh Hòa, xã Bác Ái Tây, October 2025
PAGES.append(page("b711-khanhhoa-bacaitay-mttq-giaoban-t9-2025", """
ỦY BAN MTTQ VIỆT NAM XÃ BÁC ÁI TÂY
Hôm nay: Thứ Năm, 09/10/2025
Trang chủ » Mặt trận - Đoàn thể
Ngày đăng 07/10/2025 | 16:20
Giao ban tháng 9: tiếp nhận 21 kiến nghị, đã trả lời 16
Ngày 3/10, Ủy ban MTTQ Việt Nam xã Bác Ái Tây tổ chức giao ban công tác Mặt trận và các tổ chức chính trị - xã hội tháng 9/2025. Ông Pinăng Văn Nhã, Ủy viên Ban Thường vụ Đảng ủy xã, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đồng chí Trần Quang Hiếu, Phó Chủ tịch HĐND xã, và các bà Katơr Thị Hòa, Chamaléa Thị Liên - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.
Xã Bác Ái Tây được lập từ các xã Phước Tiến, Phước Thắng và một phần xã Phước Bình thuộc tỉnh Ninh Thuận cũ, nay là tỉnh Khánh Hòa; đồng bào Raglai chiếm hơn 90% dân số.
Trong tháng 9, Mặt trận xã tiếp nhận 21 ý kiến, kiến nghị của Nhân dân qua các Ban công tác Mặt trận thôn và hòm thư góp ý. Đến ngày giao ban, đã có 16 kiến nghị được UBND xã trả lời bằng văn bản hoặc trực tiếp; 5 kiến nghị liên quan đến cấp tỉnh đã được tổng hợp gửi Ủy ban MTTQ Việt Nam tỉnh.
Vấn đề nổi cộm là đường ống nước tự chảy ở thôn Tà Lọt bị lũ làm hư hỏng khiến 128 hộ thiếu nước sinh hoạt. Ông Bo Bo Dũng, Bí thư Chi bộ thôn Tà Lọt, cho biết chi bộ đã họp, vận động bà con góp công đào mương tạm; UBND xã bố trí 85 triệu đồng để sửa chữa, dự kiến xong trong tháng 10.
Bà Katơr Thị Hòa, kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã, thông tin Hội đã phối hợp trao 8 con bò giống cho 8 hộ nghèo theo Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Quỹ "Vì người nghèo" xã vận động được 46,3 triệu đồng.
Kết luận giao ban, ông Pinăng Văn Nhã đề nghị các Ban công tác Mặt trận thôn tiếp tục tuyên truyền Chỉ thị 08, 09 của Đảng ủy xã về phòng, chống cháy rừng và xóa bỏ tảo hôn; triển khai Kế hoạch 05-KH/MTTQ-BTT về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 ở các thôn.
Cũng trong tháng, Hội Nông dân xã phối hợp tập huấn kỹ thuật trồng mắc ca cho 65 hộ; Đoàn xã ra quân hỗ trợ học sinh trở lại trường sau mưa lũ. Ông Mấu Văn Sáu, Trưởng Ban công tác Mặt trận thôn Suối Rua, phản ánh còn tình trạng một số hộ cho thuê đất rẫy rồi thiếu đất sản xuất, đề nghị Mặt trận phối hợp chính quyền có giải pháp vận động bà con giữ đất. Đồng chí Trần Quang Hiếu đề nghị Mặt trận các thôn tiếp tục giám sát việc thực hiện chính sách hỗ trợ đất ở, nhà ở cho hộ đồng bào dân tộc thiểu số, kịp thời phản ánh những trường hợp chưa đúng đối tượng để xã xử lý.
Mấu Thị Thơm
Chia sẻ | In bài | Góp ý
Lượt xem: 207
Tin cùng chuyên mục
- Hội nghị hiệp thương Ủy ban MTTQ Việt Nam xã lần thứ nhất (15/07/2025)
- Ra quân dọn vệ sinh sau mưa lũ ở thôn Suối Rua (25/09/2025)
- Trao 15 suất học bổng cho học sinh Raglai (05/09/2025)
""",
    "2025-10-07", "Giao ban tháng 9: tiếp nhận 21 kiến nghị, đã trả lời 16",
    E("giao_ban", "2025-09", "2025-10-03"),
    [P("Pinăng Văn Nhã", "Ủy viên Ban Thường vụ Đảng ủy xã", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Trần Quang Hiếu", "Phó Chủ tịch HĐND xã"),
     P("Katơr Thị Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
     P("Chamaléa Thị Liên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Bo Bo Dũng", "Bí thư Chi bộ thôn Tà Lọt"),
     P("Mấu Văn Sáu", "Trưởng Ban công tác Mặt trận thôn Suối Rua")],
    [Q("21 kiến nghị", 21, "kiến nghị"),
     Q("16 kiến nghị", 16, "kiến nghị"),
     Q("hơn 90%", 90, "%", "over"),
     Q("5 kiến nghị", 5, "kiến nghị"),
     Q("128 hộ", 128, "hộ"),
     Q("85 triệu đồng", 85000000, "đồng"),
     Q("8 con bò giống", 8, "con bò giống"),
     Q("8 hộ nghèo", 8, "hộ nghèo"),
     Q("46,3 triệu đồng", 46300000, "đồng"),
     Q("65 hộ", 65, "hộ")],
    [D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ"),
     D("Chỉ thị", "08", None, None, "Đảng ủy xã", "Chỉ thị 08, 09 của Đảng ủy xã"),
     D("Chỉ thị", "09", None, None, "Đảng ủy xã", "Chỉ thị 08, 09 của Đảng ủy xã"),
     D("Kế hoạch", "05", "KH/MTTQ-BTT", None, None, "Kế hoạch 05-KH/MTTQ-BTT")],
    [prov("Khánh Hòa"), prov("Ninh Thuận"), com("Bác Ái Tây"), com("Phước Tiến"), com("Phước Thắng"), com("Phước Bình")],
    ["ỦY BAN MTTQ VIỆT NAM XÃ BÁC ÁI TÂY", "Trang chủ » Mặt trận - Đoàn thể", "Tà Lọt", "Raglai", "Vì người nghèo",
     "Mấu Thị Thơm", "Ngày hội Đại đoàn kết toàn dân tộc", "Suối Rua"],
    ["Hôm nay: Thứ Năm, 09/10/2025", "Ngày đăng 07/10/2025 | 16:20", "tháng 9/2025", "Trong tháng 9", "tháng 10",
     "năm 2025", "Lượt xem: 207", "Giao ban tháng 9"]))

# ---------------------------------------------------------------- b712 TP. Hồ Chí Minh, phường Thủ Dầu Một, October 2025
PAGES.append(page("b712-hcm-thudaumot-tiepxuccutri-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦ DẦU MỘT
Trang chủ - Tin tức - Hoạt động HĐND phường
2025-10-29 08:30
Cử tri phường Thủ Dầu Một kiến nghị 38 vấn đề trước kỳ họp
Tối 27/10, Ban Thường trực Ủy ban MTTQ Việt Nam phường Thủ Dầu Một phối hợp Thường trực HĐND phường tổ chức hội nghị tiếp xúc cử tri trước kỳ họp thứ tư HĐND phường tại hội trường khu phố 7. Hơn 150 cử tri đã dự và nêu 38 ý kiến, kiến nghị tập trung vào ngập nước, trật tự đô thị và thủ tục hành chính sau sắp xếp.
Cử tri khu phố 7 phát biểu tại hội nghị.
Tham dự có bà Nguyễn Thị Ngọc Hân, Phó Bí thư Đảng ủy phường, Chủ tịch HĐND phường; ông Lê Thanh Tùng, Chủ tịch UBND phường; các vị đại biểu HĐND phường: Trần Văn Bình, Lâm Thị Kim Phượng, Huỳnh Tấn Lộc. Phường Thủ Dầu Một được thành lập từ các phường Phú Cường, Hiệp Thành, Chánh Nghĩa cũ, nay thuộc Thành phố Hồ Chí Minh sau khi hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu theo Nghị quyết 202/2025/QH15 của Quốc hội.
Cử tri Phạm Văn Tư (khu phố 7) phản ánh đoạn đường dài 1,2 km trước chợ thường xuyên ngập sau mỗi cơn mưa. Bà Đặng Thị Mai, Tổ trưởng tổ dân phố 12, kiến nghị sớm hoàn thiện việc chuyển đổi địa chỉ trên giấy tờ cá nhân cho người dân. Ông Võ Minh Khang, Trưởng Ban công tác Mặt trận khu phố 7, đề nghị phường quan tâm chế độ cho người hoạt động không chuyên trách ở khu phố.
Trả lời cử tri, ông Lê Thanh Tùng cho biết thực hiện kế hoạch số 45/KH-UBND của UBND phường, tuyến cống thoát nước khu vực chợ sẽ được cải tạo trong quý I năm 2026; Thành phố đã bố trí vốn hơn 1,3 nghìn tỷ đồng cho dự án chống ngập lưu vực sông Sài Gòn đoạn qua địa bàn. Theo Nghị quyết 98/2023/QH15 của Quốc hội, Thành phố được áp dụng một số cơ chế đặc thù giúp đẩy nhanh các dự án này.
Tại hội nghị, 27 ý kiến được lãnh đạo phường trả lời trực tiếp; 11 ý kiến thuộc thẩm quyền Thành phố được Ủy ban MTTQ Việt Nam phường tổng hợp, chuyển đến Đoàn đại biểu Quốc hội và HĐND Thành phố.
Cử tri Nguyễn Thị Lan (khu phố 9) hỏi về thời gian giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất sau khi đổi địa giới. Ông Lê Thanh Tùng cho biết từ ngày 1/7 đến nay, Trung tâm Phục vụ hành chính công phường đã tiếp nhận hơn 2.400 hồ sơ đất đai; các hồ sơ trễ hạn đều được gửi thư xin lỗi và hẹn lại thời gian trả kết quả. Cử tri Trương Văn Hậu (khu phố 5) phản ánh tình trạng xe tải đậu lấn chiếm lòng đường, vỉa hè vào ban đêm. Thượng tá Lê Minh Quân, Trưởng Công an phường, cho biết trong tháng 10, Công an phường đã lập biên bản 43 trường hợp vi phạm và sẽ phối hợp Ban công tác Mặt trận các khu phố tuyên truyền, vận động chủ xe chấp hành. Hội nghị tiếp xúc cử tri được tổ chức đồng loạt ở các khu phố của phường trong tuần này.
Thanh Phong
Chia sẻ: Facebook | Zalo | In bài
Lượt xem: 1.584
Xem thêm
- Phường Thủ Dầu Một ra mắt Trung tâm Phục vụ hành chính công (02/07/2025)
- Trao 120 suất quà cho người lao động khó khăn (15/10/2025)
- Hội nghị Ủy ban MTTQ Việt Nam phường lần thứ 2 (10/10/2025)
""",
    "2025-10-29", "Cử tri phường Thủ Dầu Một kiến nghị 38 vấn đề trước kỳ họp",
    E("hoi_nghi", None, "2025-10-27"),
    [P("Nguyễn Thị Ngọc Hân", "Phó Bí thư Đảng ủy phường", "Chủ tịch HĐND phường"),
     P("Lê Thanh Tùng", "Chủ tịch UBND phường"),
     P("Trần Văn Bình", "đại biểu HĐND phường"),
     P("Lâm Thị Kim Phượng", "đại biểu HĐND phường"),
     P("Huỳnh Tấn Lộc", "đại biểu HĐND phường"),
     P("Phạm Văn Tư"),
     P("Đặng Thị Mai", "Tổ trưởng tổ dân phố 12"),
     P("Võ Minh Khang", "Trưởng Ban công tác Mặt trận khu phố 7"),
     P("Nguyễn Thị Lan"),
     P("Trương Văn Hậu"),
     P("Lê Minh Quân", "Thượng tá", "Trưởng Công an phường")],
    [Q("38 vấn đề", 38, "vấn đề"),
     Q("Hơn 150 cử tri", 150, "cử tri", "over"),
     Q("1,2 km", 1.2, "km"),
     Q("hơn 1,3 nghìn tỷ đồng", 1300000000000, "đồng", "over"),
     Q("27 ý kiến", 27, "ý kiến"),
     Q("11 ý kiến", 11, "ý kiến"),
     Q("hơn 2.400 hồ sơ đất đai", 2400, "hồ sơ đất đai", "over"),
     Q("43 trường hợp vi phạm", 43, "trường hợp vi phạm")],
    [D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết 202/2025/QH15 của Quốc hội"),
     D("Kế hoạch", "45", "KH-UBND", None, "UBND phường", "kế hoạch số 45/KH-UBND của UBND phường"),
     D("Nghị quyết", "98", "2023/QH15", None, "Quốc hội", "Nghị quyết 98/2023/QH15 của Quốc hội")],
    [prov("Hồ Chí Minh"), prov("Bình Dương"), prov("Bà Rịa - Vũng Tàu"), com("Thủ Dầu Một"), com("Phú Cường"),
     com("Hiệp Thành"), com("Chánh Nghĩa")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG THỦ DẦU MỘT", "Trang chủ - Tin tức - Hoạt động HĐND phường",
     "Cử tri khu phố 7 phát biểu tại hội nghị.", "Thanh Phong", "sông Sài Gòn", "Đoàn đại biểu Quốc hội"],
    ["2025-10-29 08:30", "khu phố 7", "tổ dân phố 12", "kỳ họp thứ tư", "quý I năm 2026", "Lượt xem: 1.584", "khu phố 9", "khu phố 5", "tháng 10"]))
