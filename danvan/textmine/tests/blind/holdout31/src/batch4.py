"""b719-b724: commune and ward sites, April - July 2026."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b719 Bắc Ninh, phường Kinh Bắc, March 2026 briefing
PAGES.append(page("b719-bacninh-kinhbac-danvan-giaoban-t3-2026", """
ĐẢNG BỘ PHƯỜNG KINH BẮC
Trang chủ | Công tác dân vận | Tin hoạt động
08:15 | 08/04/2026
Nắm chắc tình hình, giải quyết kịp thời kiến nghị của Nhân dân
Ngày 6/4, Đảng ủy phường Kinh Bắc tổ chức hội nghị giao ban công tác dân vận tháng 3 năm 2026. Đồng chí Ngô Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy phường chủ trì; hội nghị có 48 đồng chí là bí thư chi bộ, trưởng khu phố, trưởng các đoàn thể và khối dân vận phường tham dự.
Đồng chí Ngô Thị Thu Hà kết luận hội nghị.
Theo báo cáo của đồng chí Đỗ Văn Tiến, Phó Trưởng Ban Xây dựng Đảng - phụ trách công tác dân vận, trong tháng 3, các cơ quan của phường tiếp 26 lượt công dân, nhận 19 đơn, thư; đã giải quyết 15 đơn, đạt 78,9%. Nổi lên là kiến nghị của 14 hộ dân khu phố Thanh Sơn về đơn giá bồi thường khi mở rộng đường vành đai; vụ việc đã được phường đối thoại hai lần và báo cáo tỉnh xem xét. Theo báo cáo, dự án đường vành đai qua địa bàn phường có 212 hộ bị ảnh hưởng; đến nay 198 hộ đã bàn giao mặt bằng, số còn lại chủ yếu vướng về đơn giá đất ở và nguồn gốc đất. Ban Xây dựng Đảng đã phân công cán bộ phụ trách từng hộ, phối hợp Ban công tác Mặt trận khu phố đến nhà vận động, lắng nghe.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 41 mô hình được công nhận. Nhân dân các khu phố đã tự nguyện hiến 1.350 m2 đất, đóng góp 2,7 tỷ đồng chỉnh trang ngõ xóm; khu phố Hòa Đình giữ vững danh hiệu khu phố "2 không" (không tội phạm, không tệ nạn xã hội).
Tại hội nghị, bà Lê Thị Mận, Trưởng khu phố Thanh Sơn, đề nghị các ngành sớm trả lời để người dân yên tâm bàn giao mặt bằng. Ông Phạm Quang Vinh, Tổ trưởng Tổ hòa giải khu phố Hòa Đình, chia sẻ kinh nghiệm hòa giải các mâu thuẫn về ranh giới đất giữa các hộ. Ông Trịnh Văn Khoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Cựu chiến binh phường, thông tin Hội đã vận động hội viên gương mẫu thực hiện chủ trương sắp xếp.
Đồng chí Đỗ Văn Tiến cũng thông tin kết quả khảo sát sự hài lòng của người dân đối với cán bộ khu phố sau sắp xếp: 86,5% người được hỏi đánh giá hài lòng. Bà Nguyễn Thị Xuân, Bí thư Chi bộ khu phố Đọ Xá, đề nghị tăng cường tập huấn kỹ năng cho cán bộ khu phố mới được bầu. Về dân vận chính quyền, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 3.260 hồ sơ trong quý I, tỷ lệ giải quyết đúng hạn đạt 99,2%; cán bộ, công chức thực hiện nghiêm quy tắc ứng xử, không để xảy ra tình trạng gây phiền hà cho người dân.
Kết luận hội nghị, đồng chí Ngô Thị Thu Hà yêu cầu các chi bộ thực hiện nghiêm Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng và thực hiện quy chế số 05-QC/ĐU của Đảng ủy phường về tiếp xúc, đối thoại với Nhân dân. Phường Kinh Bắc được thành lập từ các phường Đại Phúc, Vũ Ninh, Suối Hoa, nay thuộc tỉnh Bắc Ninh sau khi hợp nhất với tỉnh Bắc Giang.
Thu Huyền
Lượt xem: 455
Tin cùng chuyên mục
- Hội nghị giao ban công tác dân vận tháng 2/2026 (06/03/2026)
- Ra mắt mô hình "Khu phố văn minh, sạch đẹp" (25/03/2026)
- Phường Kinh Bắc tiếp công dân định kỳ (15/03/2026)
""",
    "2026-04-08", "Nắm chắc tình hình, giải quyết kịp thời kiến nghị của Nhân dân",
    E("giao_ban", "2026-03", "2026-04-06"),
    [P("Ngô Thị Thu Hà", "Ủy viên Ban Thường vụ", "Trưởng Ban Xây dựng Đảng Đảng ủy phường"),
     P("Đỗ Văn Tiến", "Phó Trưởng Ban Xây dựng Đảng - phụ trách công tác dân vận"),
     P("Lê Thị Mận", "Trưởng khu phố Thanh Sơn"),
     P("Phạm Quang Vinh", "Tổ trưởng Tổ hòa giải khu phố Hòa Đình"),
     P("Trịnh Văn Khoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Cựu chiến binh phường"),
     P("Nguyễn Thị Xuân", "Bí thư Chi bộ khu phố Đọ Xá")],
    [Q("48 đồng chí", 48, "đồng chí"),
     Q("26 lượt công dân", 26, "lượt công dân"),
     Q("19 đơn, thư", 19, "đơn, thư"),
     Q("15 đơn", 15, "đơn"),
     Q("78,9%", 78.9, "%"),
     Q("14 hộ dân", 14, "hộ dân"),
     Q("41 mô hình", 41, "mô hình"),
     Q("1.350 m2", 1350, "m2"),
     Q("2,7 tỷ đồng", 2700000000, "đồng"),
     Q("3.260 hồ sơ", 3260, "hồ sơ"),
     Q("99,2%", 99.2, "%"),
     Q("86,5%", 86.5, "%"),
     Q("212 hộ", 212, "hộ"),
     Q("198 hộ", 198, "hộ")],
    [D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy"),
     D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU của Ban Thường vụ Tỉnh ủy"),
     D("Quy chế", "05", "QC/ĐU", None, "Đảng ủy phường", "quy chế số 05-QC/ĐU của Đảng ủy phường")],
    [prov("Bắc Ninh"), prov("Bắc Giang"), com("Kinh Bắc"), com("Đại Phúc"), com("Vũ Ninh"), com("Suối Hoa")],
    ["ĐẢNG BỘ PHƯỜNG KINH BẮC", "Trang chủ | Công tác dân vận | Tin hoạt động",
     "Đồng chí Ngô Thị Thu Hà kết luận hội nghị.", "Dân vận khéo", "Thanh Sơn", "Hòa Đình", "Thu Huyền", "Đọ Xá"],
    ["08:15 | 08/04/2026", "tháng 3 năm 2026", "trong tháng 3", "2 không", "Lượt xem: 455", "48 đồng chí", "quý I"]))

# ---------------------------------------------------------------- b720 Thái Nguyên, xã Bằng Thành, quarter I/2026 briefing
PAGES.append(page("b720-thainguyen-bangthanh-mttq-giaoban-q1-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẰNG THÀNH - TỈNH THÁI NGUYÊN
Hôm nay 23/04/2026
Trang chủ » Hoạt động Mặt trận và các đoàn thể
Đăng ngày: 21/04/2026 09:00
Quý I/2026: Mặt trận xã Bằng Thành vận động 1.800 ngày công làm đường
Ngày 17/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam xã Bằng Thành tổ chức hội nghị giao ban công tác quý I, bàn nhiệm vụ quý II. Đồng chí Đàm Văn Tình, Chủ tịch Ủy ban MTTQ Việt Nam xã chủ trì; dự có đồng chí Hà Văn Khiêm, Phó Bí thư Thường trực Đảng ủy xã, Chủ tịch HĐND xã.
Bà con thôn Nà Coóc góp công mở rộng đường liên thôn. Ảnh: Mặt trận xã
Báo cáo tại hội nghị cho biết, 3 tháng đầu năm, Mặt trận và các đoàn thể đã vận động Nhân dân đóng góp 1.800 ngày công, hiến 3.600 m2 đất để mở rộng 4,2 km đường liên thôn. Trận mưa đá chiều 2/3 làm hư hỏng mái 135 ngôi nhà ở 4 thôn; Mặt trận xã đã kịp thời trích quỹ cứu trợ 27 triệu đồng hỗ trợ các hộ khó khăn mua tấm lợp.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: Sầm Thị Hoa (Chủ tịch Hội Liên hiệp Phụ nữ xã), Lý Văn Tá (Chủ tịch Hội Nông dân xã) báo cáo kết quả hoạt động của từng tổ chức. Trong quý, Mặt trận tiếp nhận 8 ý kiến, kiến nghị, đã phối hợp UBND xã trả lời 6 ý kiến; Quỹ "Vì người nghèo" xã tiếp nhận 58,4 triệu đồng.
Ông Nông Văn Pó, Trưởng Ban công tác Mặt trận thôn Nà Coóc, cho biết thôn làm đường theo cách "dân làm, Nhà nước hỗ trợ xi măng", mỗi hộ góp công theo số khẩu. Bà Triệu Thị Mai, Bí thư Chi bộ thôn Khuổi Ún, người Dao, đề nghị sớm có kinh phí sửa nhà văn hóa thôn bị mưa đá làm hư hỏng.
Hội Nông dân xã hướng dẫn 46 hộ trồng cây quế, cây hồi dưới tán rừng; Đoàn xã tổ chức lớp dạy hát then, đàn tính cho thanh thiếu niên người Tày. Hội nghị đánh giá, sau sắp xếp, Mặt trận và các đoàn thể xã đã vận hành ổn định, nhưng địa bàn rộng, nhiều thôn cách xa trung tâm nên việc nắm tình hình còn khó khăn.
Quý II, Mặt trận xã tập trung thực hiện Chương trình phối hợp số 02/CTrPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam xã và UBND xã về giám sát các công trình hạ tầng; triển khai đề án số 03-ĐA/ĐU của Đảng ủy xã về phát triển du lịch cộng đồng; tiếp tục tuyên truyền Nghị quyết 60-NQ/TW ngày 12/4/2025 của BCH Trung ương về sắp xếp tổ chức bộ máy.
Phát biểu chỉ đạo, đồng chí Hà Văn Khiêm đề nghị Mặt trận xã sớm xây dựng quy chế phối hợp với các thôn mới sáp nhập, quan tâm người dân ở các thôn vùng cao xa trung tâm, kịp thời báo cáo những vụ việc phức tạp ngay từ cơ sở.
Xã Bằng Thành được hình thành từ các xã Bằng Thành, Nhạn Môn, Giáo Hiệu của tỉnh Bắc Kạn cũ, nay thuộc tỉnh Thái Nguyên.
Ma Thị Lụa
Lượt xem: 164
Tin khác
- Bằng Thành: ra quân làm đường giao thông nông thôn (12/02/2026)
- Hỗ trợ hộ dân bị thiệt hại do mưa đá (05/03/2026)
- Hội Nông dân xã trao 10 con lợn giống cho hội viên (28/03/2026)
""",
    "2026-04-21", "Quý I/2026: Mặt trận xã Bằng Thành vận động 1.800 ngày công làm đường",
    E("giao_ban", "2026-Q1", "2026-04-17"),
    [P("Đàm Văn Tình", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Hà Văn Khiêm", "Phó Bí thư Thường trực Đảng ủy xã", "Chủ tịch HĐND xã"),
     P("Sầm Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
     P("Lý Văn Tá", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Chủ tịch Hội Nông dân xã"),
     P("Nông Văn Pó", "Trưởng Ban công tác Mặt trận thôn Nà Coóc"),
     P("Triệu Thị Mai", "Bí thư Chi bộ thôn Khuổi Ún")],
    [Q("1.800 ngày công", 1800, "ngày công"),
     Q("3.600 m2", 3600, "m2"),
     Q("4,2 km", 4.2, "km"),
     Q("135 ngôi nhà", 135, "ngôi nhà"),
     Q("4 thôn", 4, "thôn"),
     Q("27 triệu đồng", 27000000, "đồng"),
     Q("8 ý kiến, kiến nghị", 8, "ý kiến, kiến nghị"),
     Q("6 ý kiến", 6, "ý kiến"),
     Q("58,4 triệu đồng", 58400000, "đồng"),
     Q("46 hộ", 46, "hộ")],
    [D("Chương trình phối hợp", "02", "CTrPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 02/CTrPH-MTTQ-UBND"),
     D("Đề án", "03", "ĐA/ĐU", None, "Đảng ủy xã", "đề án số 03-ĐA/ĐU của Đảng ủy xã"),
     D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "BCH Trung ương", "Nghị quyết 60-NQ/TW ngày 12/4/2025 của BCH Trung ương")],
    [prov("Thái Nguyên"), prov("Bắc Kạn"), com("Bằng Thành"), com("Nhạn Môn"), com("Giáo Hiệu")],
    ["CỔNG THÔNG TIN ĐIỆN TỬ XÃ BẰNG THÀNH - TỈNH THÁI NGUYÊN", "Trang chủ » Hoạt động Mặt trận và các đoàn thể",
     "Bà con thôn Nà Coóc góp công mở rộng đường liên thôn. Ảnh: Mặt trận xã", "Nà Coóc", "Khuổi Ún", "Dao",
     "Vì người nghèo", "Ma Thị Lụa", "Tày"],
    ["Hôm nay 23/04/2026", "Đăng ngày: 21/04/2026 09:00", "Quý I/2026", "quý I", "quý II", "Quý II", "3 tháng đầu năm",
     "chiều 2/3", "Lượt xem: 164"]))

# ---------------------------------------------------------------- b721 Nghệ An, xã Tri Lễ, dialogue 2026
PAGES.append(page("b721-nghean-trile-doithoai-2026", """
ĐẢNG ỦY XÃ TRI LỄ
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
15/5/2026 | 17:30
Bí thư Đảng ủy xã Tri Lễ đối thoại với Nhân dân
Ngày 13/5/2026, Đảng ủy xã Tri Lễ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Hơn 180 đại biểu là bí thư chi bộ, trưởng bản, người có uy tín và Nhân dân 17 bản đã tham dự. Tri Lễ là xã biên giới vùng cao của tỉnh Nghệ An, đồng bào Thái, Mông chiếm phần lớn dân số; nhiều bản vẫn đi lại khó khăn trong mùa mưa.
Chủ trì hội nghị có đồng chí Lang Văn Chiến, Bí thư Đảng ủy xã, Chủ tịch HĐND xã và đồng chí Nguyễn Đình Lợi, Phó Bí thư Đảng ủy, Chủ tịch UBND xã. Bà Lương Thị Thảo, Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành phần đối thoại.
Đồng chí Lang Văn Chiến trả lời kiến nghị của bà con bản Na Sai.
Trước hội nghị, Ủy ban MTTQ Việt Nam xã đã tổng hợp 29 ý kiến, kiến nghị; tại hội nghị có 12 ý kiến được nêu trực tiếp, các ý kiến còn lại được trả lời bằng văn bản gửi về các bản. Nội dung bà con quan tâm nhiều nhất là tiến độ hỗ trợ làm nhà và chế độ cho hộ nghèo theo Nghị định 07/2021/NĐ-CP của Chính phủ.
Ông Lữ Văn Pẩu, Trưởng bản Na Sai, phản ánh còn 22 hộ trong bản chưa nhận đủ tiền hỗ trợ làm nhà. Đồng chí Nguyễn Đình Lợi cho biết mỗi hộ được hỗ trợ 60 triệu đồng từ Chương trình xóa nhà tạm, nhà dột nát; phần còn lại sẽ được giải ngân trước ngày 30/6. Bà Vi Thị Nguyệt, Chi hội trưởng Chi hội Phụ nữ bản Piềng Khà, đề nghị sửa cầu treo dài 85 m đã xuống cấp. Ông Vừ Bá Chống, Bí thư Chi bộ bản Mường Hin, người Mông, kiến nghị hỗ trợ giống cây dược liệu. Anh Lô Văn Hạnh, Bí thư Chi đoàn bản Na Sai, hỏi về cơ hội việc làm cho thanh niên sau khi học nghề; đồng chí Nguyễn Đình Lợi cho biết xã đang phối hợp doanh nghiệp tuyển lao động đi làm việc tại các khu công nghiệp, đồng thời khuyến khích thanh niên ở lại phát triển kinh tế đồi rừng.
Về tranh chấp đất rừng giữa 2 bản Na Sai và Piềng Khà, đồng chí Lang Văn Chiến giao UBND xã, Ủy ban MTTQ Việt Nam xã và các già bản hoàn thành hòa giải trong tháng 6 theo Chỉ thị số 22-CT/TU ngày 03/01/2026 của Ban Thường vụ Tỉnh ủy về tăng cường đối thoại với Nhân dân.
Kết luận hội nghị, Bí thư Đảng ủy xã ghi nhận những kiến nghị xác đáng, cam kết đưa tỷ lệ hộ nghèo từ 38,5% xuống dưới mức bình quân của vùng miền núi trong năm 2026.
Ngay sau hội nghị, Ủy ban MTTQ Việt Nam xã sẽ công khai kết quả trả lời kiến nghị tại nhà văn hóa các bản và trên nhóm Zalo của từng bản để bà con theo dõi, giám sát.
Quang Đạt
Lượt xem: 538
Chia sẻ | In bài | Gửi email
Tin liên quan
- Tri Lễ: khởi công 30 nhà ở cho hộ nghèo (20/04/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã quý I/2026 (10/04/2026)
- Lễ hội Xăng Khan ở bản Piềng Khà (05/02/2026)
""",
    "2026-05-15", "Bí thư Đảng ủy xã Tri Lễ đối thoại với Nhân dân",
    E("doi_thoai", "2026", "2026-05-13"),
    [P("Lang Văn Chiến", "Bí thư Đảng ủy xã", "Chủ tịch HĐND xã"),
     P("Nguyễn Đình Lợi", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
     P("Lương Thị Thảo", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
     P("Lữ Văn Pẩu", "Trưởng bản Na Sai"),
     P("Vi Thị Nguyệt", "Chi hội trưởng Chi hội Phụ nữ bản Piềng Khà"),
     P("Vừ Bá Chống", "Bí thư Chi bộ bản Mường Hin"),
     P("Lô Văn Hạnh", "Bí thư Chi đoàn bản Na Sai")],
    [Q("Hơn 180 đại biểu", 180, "đại biểu", "over"),
     Q("17 bản", 17, "bản"),
     Q("29 ý kiến, kiến nghị", 29, "ý kiến, kiến nghị"),
     Q("12 ý kiến", 12, "ý kiến"),
     Q("22 hộ", 22, "hộ"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("85 m", 85, "m"),
     Q("2 bản", 2, "bản"),
     Q("38,5%", 38.5, "%")],
    [D("Nghị định", "07", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 07/2021/NĐ-CP của Chính phủ"),
     D("Chỉ thị", "22", "CT/TU", "2026-01-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 22-CT/TU ngày 03/01/2026 của Ban Thường vụ Tỉnh ủy")],
    [prov("Nghệ An"), com("Tri Lễ")],
    ["ĐẢNG ỦY XÃ TRI LỄ", "Trang chủ > Tin tức - Sự kiện > Công tác dân vận",
     "Đồng chí Lang Văn Chiến trả lời kiến nghị của bà con bản Na Sai.", "Na Sai", "Piềng Khà", "Mường Hin", "Mông",
     "xóa nhà tạm, nhà dột nát", "Quang Đạt", "Bí thư Đảng ủy xã Tri Lễ đối thoại với Nhân dân"],
    ["15/5/2026 | 17:30", "năm 2026", "ngày 30/6", "tháng 6", "Lượt xem: 538"]))

# ---------------------------------------------------------------- b722 Đà Nẵng, phường Hòa Khánh, first half of 2026
PAGES.append(page("b722-danang-hoakhanh-mttq-soket-6t-2026", """
ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA KHÁNH - THÀNH PHỐ ĐÀ NẴNG
Thứ Sáu, 19/06/2026 - 08:05
Đồng chí Trần Thị Thu Hiền phát biểu tại hội nghị.
Trang chủ » Tin tức » Mặt trận phường
Sơ kết 6 tháng: Mặt trận phường Hòa Khánh hoàn thành 9 chỉ tiêu
Ngày 17/6, Ủy ban MTTQ Việt Nam phường Hòa Khánh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đến nay, Mặt trận phường đã hoàn thành 9/12 chỉ tiêu cả năm.
Dự hội nghị có đồng chí Trần Thị Thu Hiền, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường; ông Lê Văn Cường, Chủ tịch Ủy ban MTTQ Việt Nam phường; các ông, bà Phan Thị Lài, Đặng Công Trí - Phó Chủ tịch Ủy ban MTTQ Việt Nam phường cùng trưởng Ban công tác Mặt trận các tổ dân phố.
Theo báo cáo, Quỹ "Vì người nghèo" phường vận động được 2,35 tỷ đồng, hỗ trợ xây mới, sửa chữa 14 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở. Mặt trận chủ trì 6 cuộc giám sát, tổ chức 2 hội nghị phản biện xã hội đối với dự thảo quy hoạch chi tiết khu dân cư. Qua các kênh tiếp nhận, Mặt trận đã nhận 57 ý kiến, kiến nghị của Nhân dân, đến nay đã có 49 ý kiến được trả lời.
Phong trào "Ngày Chủ nhật xanh" thu hút 4.500 lượt người tham gia; 68% hộ gia đình trên địa bàn đã phân loại rác tại nguồn. Bà Huỳnh Thị Ánh, Trưởng Ban công tác Mặt trận tổ dân phố số 15, chia sẻ kinh nghiệm vận động người thuê trọ là công nhân khu công nghiệp cùng tham gia giữ gìn vệ sinh. Hòa Khánh là phường có nhiều khu công nghiệp của thành phố Đà Nẵng, với hơn 30.000 công nhân lao động đang thuê trọ trên địa bàn.
Linh mục Giuse Nguyễn Văn Hòa, Chánh xứ giáo xứ Hòa Khánh, cho biết giáo xứ đã phối hợp Mặt trận phường tổ chức bữa cơm yêu thương hằng tuần cho công nhân khó khăn, đồng hành với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Phát biểu chỉ đạo, đồng chí Trần Thị Thu Hiền đề nghị Mặt trận phường thực hiện tốt Chỉ thị 18-CT/TW của Ban Bí thư, kế hoạch số 27-KH/MTTQ-BTT ngày 05/01/2026 về giám sát năm 2026 và Quy chế phối hợp số 03/QCPH-MTTQ-CA giữa Ủy ban MTTQ Việt Nam phường và Công an phường; chú trọng nắm tình hình khu nhà trọ công nhân. Phường Hòa Khánh được thành lập từ các phường Hòa Khánh Nam, Hòa Khánh Bắc và Hòa Hiệp Nam cũ.
Bà Phan Thị Lài, đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ phường, cho biết Hội đã trao 25 suất học bổng cho con công nhân và duy trì tổ vay vốn cho chị em buôn bán nhỏ.
Hội nghị cũng chỉ ra hạn chế: một số Ban công tác Mặt trận tổ dân phố chưa nắm kịp thời tâm tư của người lao động thuê trọ; việc giám sát sau phản biện chưa được theo dõi đến cùng.
Thanh Bình
Lượt xem: 392
Tin liên quan
- Hội nghị hiệp thương cử bổ sung Phó Chủ tịch Ủy ban MTTQ Việt Nam phường (28/05/2026)
- Phường Hòa Khánh trao 5 nhà Đại đoàn kết (19/05/2026)
- Ra quân "Ngày Chủ nhật xanh" tháng 6 (14/06/2026)
""",
    "2026-06-19", "Sơ kết 6 tháng: Mặt trận phường Hòa Khánh hoàn thành 9 chỉ tiêu",
    E("so_ket", "2026-H1", "2026-06-17"),
    [P("Trần Thị Thu Hiền", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
     P("Lê Văn Cường", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
     P("Phan Thị Lài", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
     P("Đặng Công Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
     P("Huỳnh Thị Ánh", "Trưởng Ban công tác Mặt trận tổ dân phố số 15"),
     P("Giuse Nguyễn Văn Hòa", "Linh mục", "Chánh xứ giáo xứ Hòa Khánh")],
    [Q("9 chỉ tiêu", 9, "chỉ tiêu"),
     Q("2,35 tỷ đồng", 2350000000, "đồng"),
     Q("14 căn nhà", 14, "căn nhà"),
     Q("6 cuộc giám sát", 6, "cuộc giám sát"),
     Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
     Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"),
     Q("49 ý kiến", 49, "ý kiến"),
     Q("4.500 lượt người", 4500, "lượt người"),
     Q("68% hộ gia đình", 68, "%"),
     Q("hơn 30.000 công nhân lao động", 30000, "công nhân lao động", "over"),
     Q("25 suất học bổng", 25, "suất học bổng")],
    [D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị 18-CT/TW của Ban Bí thư"),
     D("Kế hoạch", "27", "KH/MTTQ-BTT", "2026-01-05", None, "kế hoạch số 27-KH/MTTQ-BTT ngày 05/01/2026"),
     D("Quy chế phối hợp", "03", "QCPH-MTTQ-CA", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-CA")],
    [prov("Đà Nẵng"), com("Hòa Khánh"), com("Hòa Khánh Nam"), com("Hòa Khánh Bắc"), com("Hòa Hiệp Nam")],
    ["ỦY BAN MTTQ VIỆT NAM PHƯỜNG HÒA KHÁNH - THÀNH PHỐ ĐÀ NẴNG",
     "Đồng chí Trần Thị Thu Hiền phát biểu tại hội nghị.", "Trang chủ » Tin tức » Mặt trận phường",
     "Vì người nghèo", "Ngày Chủ nhật xanh", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Thanh Bình"],
    ["Thứ Sáu, 19/06/2026 - 08:05", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Sơ kết 6 tháng",
     "tổ dân phố số 15", "năm 2026", "Lượt xem: 392"]))

# ---------------------------------------------------------------- b723 Sơn La, xã Mường Bú, flash flood (no event)
PAGES.append(page("b723-sonla-muongbu-luquet-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG BÚ
Trang chủ >> Tin tức >> Phòng chống thiên tai
30-06-2026 11:20
Khẩn trương khắc phục hậu quả lũ quét tại bản Nà Lốc
Đêm 27, rạng sáng 28/6/2026, mưa lớn kéo dài gây lũ quét tại bản Nà Lốc, xã Mường Bú, làm 4 ngôi nhà bị cuốn trôi, 19 ngôi nhà bị ngập, hư hỏng; hơn 15 ha lúa, ngô bị vùi lấp, 120 con gia súc, gia cầm bị chết. Rất may không có thiệt hại về người. Theo Ban Chỉ huy phòng thủ dân sự tỉnh Sơn La, đây là trận lũ quét lớn nhất tại khu vực trong khoảng 10 năm trở lại đây.
Lực lượng chức năng giúp dân di chuyển tài sản ra khỏi vùng nguy hiểm.
Ngay trong đêm, Ban Chỉ huy phòng thủ dân sự xã đã huy động gần 300 cán bộ, chiến sĩ, đoàn viên và Nhân dân giúp di dời khẩn cấp 37 hộ với 164 nhân khẩu đến nhà văn hóa bản và nhà người thân. Tuyến đường vào bản bị sạt lở khoảng 700 m, nhiều đoạn ngập sâu, ách tắc giao thông. Thiệt hại ban đầu ước tính 6,4 tỷ đồng.
Sáng 28/6, đồng chí Lò Văn Thanh, Bí thư Đảng ủy xã và ông Cầm Văn Ín, Chủ tịch UBND xã có mặt tại hiện trường chỉ đạo khắc phục. Chiều cùng ngày, đồng chí Vì Văn Hặc, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh đã đến kiểm tra, yêu cầu xã thực hiện nghiêm Công điện số 08/CĐ-UBND của UBND tỉnh, tuyệt đối không để người dân quay về nhà ở khu vực có nguy cơ sạt lở.
Ông Lường Văn Sươi, Trưởng bản Nà Lốc, cho biết nước lên rất nhanh, cán bộ bản phải dùng loa cầm tay gọi từng nhà. Ông Tòng Văn Pấng, Bí thư Chi bộ bản Nà Lốc, cùng các đảng viên đã đưa người già, trẻ em ra khỏi vùng nguy hiểm. Đại úy Hà Văn Thiện, Phó Trưởng Công an xã, bố trí lực lượng chốt chặn 2 đầu ngầm tràn.
Bà Quàng Thị Hom, Chủ tịch Ủy ban MTTQ Việt Nam xã, cho biết Ban Thường trực đã phát động ủng hộ đồng bào bị thiệt hại; sau 2 ngày đã tiếp nhận 126 triệu đồng cùng nhiều nhu yếu phẩm. Theo Quyết định số 1142/QĐ-UBND ngày 28/6/2026 của Chủ tịch UBND xã, mỗi hộ có nhà bị cuốn trôi được hỗ trợ khẩn cấp 10 triệu đồng; các hộ khác được xem xét hỗ trợ theo Nghị định 20/2021/NĐ-CP của Chính phủ.
Đến chiều 29/6, lực lượng chức năng đã thông tuyến tạm thời đường vào bản; điện lưới được khôi phục ở phần lớn khu vực. Hiện xã đang chỉ đạo các bản rà soát các điểm có nguy cơ sạt lở, chuẩn bị phương án di dời khi có mưa lớn. Đoàn viên thanh niên, hội viên phụ nữ đã nấu cơm, dọn bùn đất giúp các gia đình; điểm trường tiểu học của bản được dùng làm nơi tạm trú cho các hộ mất nhà.
Chia sẻ | In bài | Gửi email
Cầm Thúy
Tin liên quan
- Xã Mường Bú diễn tập phòng thủ dân sự năm 2026 (12/05/2026)
- Sơn La: chủ động ứng phó mùa mưa lũ (02/06/2026)
- Hội nghị Ban Chỉ huy phòng thủ dân sự xã (20/04/2026)
""",
    "2026-06-30", "Khẩn trương khắc phục hậu quả lũ quét tại bản Nà Lốc",
    E(None, None, None),
    [P("Lò Văn Thanh", "Bí thư Đảng ủy xã"),
     P("Cầm Văn Ín", "Chủ tịch UBND xã"),
     P("Vì Văn Hặc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch Thường trực UBND tỉnh"),
     P("Lường Văn Sươi", "Trưởng bản Nà Lốc"),
     P("Tòng Văn Pấng", "Bí thư Chi bộ bản Nà Lốc"),
     P("Hà Văn Thiện", "Đại úy", "Phó Trưởng Công an xã"),
     P("Quàng Thị Hom", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
    [Q("4 ngôi nhà", 4, "ngôi nhà"),
     Q("19 ngôi nhà", 19, "ngôi nhà"),
     Q("hơn 15 ha", 15, "ha", "over"),
     Q("120 con gia súc, gia cầm", 120, "con gia súc, gia cầm"),
     Q("gần 300 cán bộ, chiến sĩ, đoàn viên và Nhân dân", 300, "cán bộ, chiến sĩ, đoàn viên và Nhân dân", "approx"),
     Q("37 hộ", 37, "hộ"),
     Q("164 nhân khẩu", 164, "nhân khẩu"),
     Q("khoảng 700 m", 700, "m", "approx"),
     Q("6,4 tỷ đồng", 6400000000, "đồng"),
     Q("126 triệu đồng", 126000000, "đồng"),
     Q("10 triệu đồng", 10000000, "đồng")],
    [D("Công điện", "08", "CĐ-UBND", None, "UBND tỉnh", "Công điện số 08/CĐ-UBND của UBND tỉnh"),
     D("Quyết định", "1142", "QĐ-UBND", "2026-06-28", "Chủ tịch UBND xã", "Quyết định số 1142/QĐ-UBND ngày 28/6/2026 của Chủ tịch UBND xã"),
     D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định 20/2021/NĐ-CP của Chính phủ")],
    [prov("Sơn La"), com("Mường Bú")],
    ["TRANG THÔNG TIN ĐIỆN TỬ XÃ MƯỜNG BÚ", "Trang chủ >> Tin tức >> Phòng chống thiên tai", "Nà Lốc",
     "Lực lượng chức năng giúp dân di chuyển tài sản ra khỏi vùng nguy hiểm.", "Cầm Thúy"],
    ["30-06-2026 11:20", "Đêm 27, rạng sáng 28/6/2026", "Sáng 28/6", "2 đầu ngầm tràn", "sau 2 ngày", "khoảng 10 năm"]))

# ---------------------------------------------------------------- b724 Tây Ninh, xã Hảo Đước, first half of 2026 (Party mobilisation work)
PAGES.append(page("b724-tayninh-haoduoc-danvan-soket-6t-2026", """
ĐẢNG ỦY XÃ HẢO ĐƯỚC - TỈNH TÂY NINH
Vị trí hiện tại: Trang chủ > Tin hoạt động > Dân vận
Thứ Ba, 7 tháng 7 năm 2026, 09:30
Dân vận khéo góp phần xây dựng xã Hảo Đước ổn định, phát triển
Ngày 3/7, Ban Xây dựng Đảng Đảng ủy xã Hảo Đước tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Phạm Văn Hậu, Ủy viên Ban Thường vụ Đảng ủy xã, Trưởng Ban Xây dựng Đảng Đảng ủy xã chủ trì; dự có đồng chí Lê Thị Bích Tuyền, Phó Bí thư Đảng ủy xã.
Sau hợp nhất tỉnh Tây Ninh và tỉnh Long An, xã Hảo Đước có 12 ấp, đông tín đồ Cao Đài. Trong 6 tháng, các chi bộ đã xây dựng 18 mô hình "Dân vận khéo"; Nhân dân hiến 2.450 m2 đất, đóng góp 3,9 tỷ đồng làm mới 4,6 km đường giao thông nông thôn. 100% ấp duy trì tổ hòa giải hoạt động hiệu quả.
Đại biểu tham quan mô hình "Dân vận khéo" tại ấp Bình Phong.
Công tác tiếp dân được thực hiện nghiêm: Thường trực Đảng ủy và UBND xã tiếp 34 lượt công dân, nhận 27 đơn, đã giải quyết 25 đơn. Vụ tranh chấp lối đi chung giữa các hộ ở ấp An Lợi được Ban công tác Mặt trận ấp hòa giải thành sau nhiều lần vận động.
Ông Nguyễn Văn Đệ, Chánh Trị Sự Họ đạo Hảo Đước, cho biết chức sắc, chức việc trong Họ đạo đã vận động tín đồ đóng góp xây 3 cây cầu bê tông trong năm nay. Họ đạo cũng duy trì bếp cơm chay miễn phí mỗi tháng hai lần cho bệnh nhân nghèo. Ông Võ Thành Nhơn, Trưởng Ban công tác Mặt trận ấp Bình Phong, chia sẻ kinh nghiệm đưa hương ước, quy ước vào sinh hoạt khu dân cư. Bà Trần Thị Kim Loan, Bí thư Chi bộ ấp An Lợi, cho biết chi bộ phân công mỗi đảng viên phụ trách từ 10 đến 15 hộ.
Tại hội nghị, đồng chí Ngô Minh Triết được phân công giữ chức Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã, phụ trách công tác dân vận.
Hội nghị cũng chỉ ra hạn chế: một số chi bộ ấp chưa chú trọng nắm tình hình tư tưởng của Nhân dân; việc phát huy vai trò người có uy tín, chức sắc tôn giáo trong tuyên truyền ở một vài nơi còn hạn chế. Phát biểu chỉ đạo, đồng chí Lê Thị Bích Tuyền đề nghị các chi bộ tiếp tục đổi mới phương thức dân vận gắn với chuyển đổi số, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của Nhân dân.
6 tháng cuối năm, Đảng ủy xã tập trung thực hiện Kết luận 07, 08-KL/ĐU của Ban Chấp hành Đảng bộ xã về công tác dân vận trong vùng đồng bào có đạo và Kế hoạch 22-KH/ĐU về nâng cao chất lượng phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030.
Minh Tâm
Lượt xem: 287
Chia sẻ: Facebook | Zalo | In bài
Tin khác
- Xã Hảo Đước tổ chức đối thoại với Nhân dân năm 2026 (18/06/2026)
- Mặt trận xã trao 20 căn nhà Đại đoàn kết (10/06/2026)
- Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 5 (26/06/2026)
""",
    "2026-07-07", "Dân vận khéo góp phần xây dựng xã Hảo Đước ổn định, phát triển",
    E("so_ket", "2026-H1", "2026-07-03"),
    [P("Phạm Văn Hậu", "Ủy viên Ban Thường vụ Đảng ủy xã", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
     P("Lê Thị Bích Tuyền", "Phó Bí thư Đảng ủy xã"),
     P("Nguyễn Văn Đệ", "Chánh Trị Sự Họ đạo Hảo Đước"),
     P("Võ Thành Nhơn", "Trưởng Ban công tác Mặt trận ấp Bình Phong"),
     P("Trần Thị Kim Loan", "Bí thư Chi bộ ấp An Lợi"),
     P("Ngô Minh Triết", "Phó Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
    [Q("12 ấp", 12, "ấp"),
     Q("18 mô hình", 18, "mô hình"),
     Q("2.450 m2", 2450, "m2"),
     Q("3,9 tỷ đồng", 3900000000, "đồng"),
     Q("4,6 km", 4.6, "km"),
     Q("100% ấp", 100, "%"),
     Q("34 lượt công dân", 34, "lượt công dân"),
     Q("27 đơn", 27, "đơn"),
     Q("25 đơn", 25, "đơn"),
     Q("3 cây cầu bê tông", 3, "cây cầu bê tông"),
     Q("10 đến 15 hộ", 10, "hộ"),
     Q("15 hộ", 15, "hộ")],
    [D("Kết luận", "07", "KL/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Kết luận 07, 08-KL/ĐU của Ban Chấp hành Đảng bộ xã"),
     D("Kết luận", "08", "KL/ĐU", None, "Ban Chấp hành Đảng bộ xã", "Kết luận 07, 08-KL/ĐU của Ban Chấp hành Đảng bộ xã"),
     D("Kế hoạch", "22", "KH/ĐU", None, None, "Kế hoạch 22-KH/ĐU")],
    [prov("Tây Ninh"), prov("Long An"), com("Hảo Đước")],
    ["ĐẢNG ỦY XÃ HẢO ĐƯỚC - TỈNH TÂY NINH", "Vị trí hiện tại: Trang chủ > Tin hoạt động > Dân vận",
     "Đại biểu tham quan mô hình \"Dân vận khéo\" tại ấp Bình Phong.", "Dân vận khéo", "Cao Đài", "Bình Phong",
     "An Lợi", "Minh Tâm", "Dân vận khéo góp phần xây dựng xã Hảo Đước ổn định, phát triển"],
    ["Thứ Ba, 7 tháng 7 năm 2026, 09:30", "6 tháng đầu năm 2026", "6 tháng cuối năm", "Trong 6 tháng",
     "giai đoạn 2026 - 2030", "Lượt xem: 287"]))
