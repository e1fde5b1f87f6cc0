from lib import *
PAGES = []

PAGES.append(page("b3497-gialai-hdnd-giamsat-cutru-2022", """
HĐND TỈNH GIA LAI - Cổng thông tin điện tử
Trang chủ | Hoạt động giám sát | Ban Pháp chế
22/09/2022 - 14:35
Đoàn giám sát làm việc tại UBND huyện Chư Prông.
Ban Pháp chế HĐND tỉnh giám sát việc đăng ký cư trú cho người di cư tự do
Từ ngày 19 đến 21/9/2022, Đoàn giám sát Ban Pháp chế HĐND tỉnh Gia Lai do bà Siu Hương, Phó Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Luật Cư trú năm 2020 và Nghị định số 62/2021/NĐ-CP ngày 29/6/2021 của Chính phủ đối với người dân di cư tự do tại các huyện Chư Prông, Ia Pa, Krông Pa.
Tham gia đoàn có các ông, bà: Rơ Châm Lâm, Trần Thị Thu Hà, Ksor Nham - Ủy viên Ban Pháp chế HĐND tỉnh; đại diện Công an tỉnh, Sở Tư pháp, Ban Dân tộc tỉnh.
Báo cáo của UBND huyện Chư Prông cho biết, huyện hiện có 2.143 hộ với 8.950 nhân khẩu di cư tự do đến từ năm 2000 đến nay, chủ yếu ở các xã Ia Mơr, Ia Púch, Ia Lâu. Sau khi làm sạch dữ liệu dân cư, Công an huyện đã đăng ký thường trú cho 1.712 hộ, đạt gần 80%; số còn lại chưa đủ điều kiện do ở trên đất rừng, đất quy hoạch quốc phòng. Huyện đã tổ chức 46 buổi tuyên truyền với khoảng 3.500 lượt người nghe.
Tại xã Ia Mơr, đoàn ghi nhận có 214 trẻ em của các hộ di cư chưa được đăng ký khai sinh đúng hạn. Ông Rah Lan Hiếu, Chủ tịch UBND xã Ia Mơr, kiến nghị tỉnh có hướng dẫn cụ thể về đăng ký tạm trú cho các hộ sống trong lâm phần; đồng thời bố trí kinh phí theo Quyết định số 590/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ phê duyệt Chương trình bố trí dân cư giai đoạn 2021 - 2025, định hướng đến năm 2030.
Thượng tá Lê Văn Bình, Phó Trưởng Công an huyện Chư Prông, giải trình: số hộ chưa đăng ký chủ yếu không có giấy tờ chứng minh chỗ ở hợp pháp; Công an huyện đã phối hợp UBND các xã xác nhận chỗ ở cho 329 hộ theo quy định tại Thông tư số 55/2021/TT-BCA.
Kết luận buổi giám sát, bà Siu Hương đề nghị UBND các huyện khẩn trương rà soát, phân loại từng trường hợp; phối hợp Ủy ban MTTQ cùng cấp và các đội công tác dân vận vận động người dân vào các điểm dân cư tập trung; báo cáo kết quả về Ban Pháp chế trước ngày 31/10/2022 để tổng hợp trình kỳ họp cuối năm.
Trong đợt giám sát, đoàn cũng đến thăm thực tế điểm dân cư làng Bò Ngo và làm việc với 2 xã Ia Broăi, Ia Tul của huyện Ia Pa.
Hoàng Ngọc
Lượt xem: 733
Tin liên quan
- Thường trực HĐND tỉnh tiếp xúc cử tri huyện Đức Cơ (15/09/2022)
- Ban Dân tộc HĐND tỉnh giám sát chính sách đối với người có uy tín (08/09/2022)
- HĐND tỉnh chất vấn về tình trạng tranh chấp đất đai (25/08/2022)
- Krông Pa: cử tri kiến nghị sớm cấp sổ đỏ cho người dân (11/08/2022)
""", "2022-09-22", "Ban Pháp chế HĐND tỉnh giám sát việc đăng ký cư trú cho người di cư tự do",
E("giam_sat", None, "2022-09-19"),
[P("Siu Hương", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Rơ Châm Lâm", "Ủy viên Ban Pháp chế HĐND tỉnh"),
 P("Trần Thị Thu Hà", "Ủy viên Ban Pháp chế HĐND tỉnh"),
 P("Ksor Nham", "Ủy viên Ban Pháp chế HĐND tỉnh"),
 P("Rah Lan Hiếu", "Chủ tịch UBND xã Ia Mơr"),
 P("Lê Văn Bình", "Thượng tá", "Phó Trưởng Công an huyện Chư Prông")],
[Q("2.143 hộ", 2143, "hộ"), Q("8.950 nhân khẩu", 8950, "nhân khẩu"), Q("1.712 hộ", 1712, "hộ"), Q("gần 80%", 80, "%", "approx"),
 Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("khoảng 3.500 lượt người nghe", 3500, "lượt người nghe", "approx"),
 Q("214 trẻ em", 214, "trẻ em"), Q("329 hộ", 329, "hộ"), Q("2 xã", 2, "xã")],
[D("Nghị định", "62", "2021/NĐ-CP", "2021-06-29", "Chính phủ", "Nghị định số 62/2021/NĐ-CP ngày 29/6/2021 của Chính phủ"),
 D("Quyết định", "590", "QĐ-TTg", "2022-05-18", "Thủ tướng Chính phủ", "Quyết định số 590/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ"),
 D("Thông tư", "55", "2021/TT-BCA", None, None, "Thông tư số 55/2021/TT-BCA")],
[prov("Gia Lai"), com("Ia Mơr"), com("Ia Púch"), com("Ia Lâu"), com("Ia Broăi"), com("Ia Tul")],
["HĐND TỈNH GIA LAI - Cổng thông tin điện tử", "Trang chủ | Hoạt động giám sát | Ban Pháp chế", "Đoàn giám sát làm việc tại UBND huyện Chư Prông.",
 "Luật Cư trú năm 2020", "Chương trình bố trí dân cư giai đoạn 2021 - 2025", "Lượt xem: 733", "làng Bò Ngo"],
["22/09/2022 - 14:35", "từ năm 2000", "giai đoạn 2021 - 2025", "đến năm 2030", "31/10/2022", "Lượt xem: 733"]))

PAGES.append(page("b3498-daknong-bdv-tongket-2022", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ » Hoạt động của Ban » Tin tức
Thứ Năm, 29/12/2022, 16:10
Ảnh: Đồng chí Điểu Xuân phát biểu kết luận.
Năm 2022, Đắk Nông giảm mạnh số hộ di cư tự do đến
Chiều 27/12, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Điểu Xuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, năm 2022 toàn tỉnh chỉ phát sinh 58 hộ với 236 khẩu di cư tự do đến, giảm 61% so với năm 2021. Ban đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 17, 18-CT/TU về công tác vận động đồng bào dân tộc thiểu số và về quản lý dân di cư tự do; ban hành Hướng dẫn số 09-HD/BDVTU về xây dựng mô hình "Dân vận khéo" trong ổn định dân cư. Toàn tỉnh hiện có 512 mô hình "Dân vận khéo", trong đó 87 mô hình gắn với vùng dân di cư.
Các huyện Tuy Đức, Đắk Glong, Đắk Song đã hoàn thành 3 dự án ổn định dân di cư tự do, bố trí cho khoảng 1.450 hộ; người dân hiến hơn 11 ha đất làm đường, góp trên 3,2 tỷ đồng xây dựng công trình công cộng. Khối dân vận đã phối hợp tiếp 214 lượt công dân, nhận 96 đơn thư; đã giải quyết 88 đơn, chủ yếu liên quan tranh chấp đất đai ở vùng dân di cư.
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Thanh Huyền, Y Ngọc Mlô trình bày các chuyên đề về dân vận chính quyền và công tác tôn giáo. Đồng chí Đàm Văn Thượng, HUV, Trưởng Ban Dân vận Huyện ủy Tuy Đức, cho biết huyện đã vận động 134 hộ người Mông ở xã Quảng Trực vào điểm dân cư tập trung, hoàn thành đăng ký thường trú cho 100% số hộ.
Phát biểu kết luận, đồng chí Điểu Xuân đề nghị năm 2023 tập trung thực hiện Nghị quyết số 32-NQ/TU ngày 06/9/2022 của Tỉnh ủy về ổn định dân di cư tự do đến năm 2025; phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh nắm chắc tình hình vùng biên giới; kiên quyết không để hình thành điểm dân cư tự phát mới.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 24 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022. Ông Triệu Văn Lìu, người có uy tín bon Bu Prăng 2, xã Quảng Trực, được biểu dương vì vận động 12 hộ trả lại đất lấn chiếm.
Thanh Nga
Lượt xem: 1.096
Các tin khác
- Giao ban khối dân vận quý III/2022 (30/09/2022)
- Tuy Đức: ra mắt mô hình "Bon không có hộ di cư tự do mới" (16/09/2022)
- Đắk Song tập huấn nghiệp vụ dân vận cho cán bộ cơ sở (02/09/2022)
- Sơ kết 6 tháng đầu năm công tác dân vận (15/07/2022)
- Đắk R'Lấp: đối thoại với người dân về bồi thường, giải phóng mặt bằng (01/07/2022)
- Gặp mặt người có uy tín tiêu biểu năm 2022 (17/06/2022)
""", "2022-12-29", "Năm 2022, Đắk Nông giảm mạnh số hộ di cư tự do đến",
E("tong_ket", "2022", "2022-12-27"),
[P("Điểu Xuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Huyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Ngọc Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Văn Thượng", "HUV", "Trưởng Ban Dân vận Huyện ủy Tuy Đức"),
 P("Triệu Văn Lìu", "người có uy tín bon Bu Prăng 2")],
[Q("58 hộ", 58, "hộ"), Q("236 khẩu", 236, "khẩu"), Q("61%", 61, "%"), Q("512 mô hình", 512, "mô hình"), Q("87 mô hình", 87, "mô hình"),
 Q("3 dự án ổn định dân di cư tự do", 3, "dự án ổn định dân di cư tự do"), Q("khoảng 1.450 hộ", 1450, "hộ", "approx"), Q("hơn 11 ha", 11, "ha", "over"),
 Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("214 lượt công dân", 214, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"), Q("88 đơn", 88, "đơn"),
 Q("134 hộ người Mông", 134, "hộ người Mông"), Q("100%", 100, "%"), Q("16 tập thể", 16, "tập thể"), Q("24 cá nhân", 24, "cá nhân"), Q("12 hộ", 12, "hộ")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Hướng dẫn", "09", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 09-HD/BDVTU"),
 D("Nghị quyết", "32", "NQ/TU", "2022-09-06", "Tỉnh ủy", "Nghị quyết số 32-NQ/TU ngày 06/9/2022 của Tỉnh ủy")],
[prov("Đắk Nông"), com("Quảng Trực")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ » Hoạt động của Ban » Tin tức", "Ảnh: Đồng chí Điểu Xuân phát biểu kết luận.", "Dân vận khéo", "Lượt xem: 1.096"],
["Thứ Năm, 29/12/2022, 16:10", "Năm 2022", "năm 2023", "năm 2021", "đến năm 2025", "Lượt xem: 1.096", "bon Bu Prăng 2"]))

PAGES.append(page("b3499-laocai-batxat-bdv-soket-2023", """
Hôm nay: Thứ Bảy, 22/07/2023
Đảng bộ huyện Bát Xát - tỉnh Lào Cai
Trang chủ / Tin tức / Công tác dân vận
Cập nhật: 08:40, 20/07/2023 (GMT+7)
Bát Xát triển khai nhiệm vụ dân vận 6 tháng cuối năm 2023
Ngày 18/7, Ban Dân vận Huyện ủy Bát Xát tổ chức hội nghị sơ kết công tác dân vận, vận động quần chúng 6 tháng đầu năm 2023, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hoàng Thị Thu, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Đồng chí Hoàng Thị Thu phát biểu tại hội nghị.
Báo cáo cho biết, 6 tháng đầu năm các cơ quan khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch 86, 87-KH/HU về nâng cao hiệu quả hoạt động của các tổ công tác dân vận bản và về ngăn chặn tình trạng di cư tự do, xuất cảnh trái phép. Toàn huyện duy trì 22 tổ công tác dân vận tại các xã vùng cao; tổ chức 146 buổi tuyên truyền cho hơn 9.000 lượt người dân.
Nhờ làm tốt công tác nắm tình hình, trong 6 tháng không có hộ di cư tự do mới; có 7 hộ với 38 khẩu người Mông ở các xã Y Tý, A Lù từng di cư vào Đắk Lắk, Bình Phước nay trở về được chính quyền hỗ trợ đăng ký lại thường trú, giao đất sản xuất. Huyện đã bố trí khoảng 1,8 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia để làm nhà cho các hộ hồi hương, mỗi hộ được hỗ trợ 40 triệu đồng.
Tại hội nghị, ông Vàng Seo Sử, Bí thư Đảng ủy xã Y Tý, chia sẻ cách làm "mỗi đảng viên phụ trách 5 hộ" để nắm tâm tư, kịp thời vận động những gia đình có ý định bán đất đi nơi khác. Bà Tẩn Lở Mẩy, Chủ tịch Hội Liên hiệp Phụ nữ xã Dền Sáng, cho biết hội đã vận động 26 phụ nữ người Dao tham gia tổ thêu thổ cẩm, có thu nhập ổn định. Ông Chảo Sử Lở, Trưởng thôn Sàng Ma Sáo, đề nghị sớm sửa chữa tuyến đường liên thôn bị sạt lở.
Đồng chí Lý Seo Chu, Phó Trưởng Ban Dân vận Huyện ủy, thông tin thêm: từ đầu năm các tổ công tác đã tham gia hòa giải thành 15 vụ mâu thuẫn trong nhân dân, ngăn chặn 3 trường hợp bị lôi kéo đi theo tà đạo.
Phát biểu kết luận, đồng chí Hoàng Thị Thu yêu cầu 6 tháng cuối năm 2023 tiếp tục thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị; bám sát Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận vùng đồng bào dân tộc thiểu số; phối hợp Đồn Biên phòng Y Tý, A Mú Sung quản lý chặt chẽ người qua lại biên giới.
Dương Thủy
Tin liên quan
- Bát Xát: gặp mặt người có uy tín năm 2023 (30/06/2023)
- Y Tý ra mắt mô hình "Thôn không có người di cư tự do" (15/06/2023)
- Trịnh Tường vận động nhân dân hiến đất làm đường nông thôn mới (02/06/2023)
- Huyện ủy Bát Xát quán triệt Kết luận của Trung ương (24/05/2023)
""", "2023-07-20", "Bát Xát triển khai nhiệm vụ dân vận 6 tháng cuối năm 2023",
E("so_ket", "2023-H1", "2023-07-18"),
[P("Hoàng Thị Thu", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng Seo Sử", "Bí thư Đảng ủy xã Y Tý"),
 P("Tẩn Lở Mẩy", "Chủ tịch Hội Liên hiệp Phụ nữ xã Dền Sáng"),
 P("Chảo Sử Lở", "Trưởng thôn Sàng Ma Sáo"),
 P("Lý Seo Chu", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("22 tổ công tác dân vận", 22, "tổ công tác dân vận"), Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"),
 Q("hơn 9.000 lượt người dân", 9000, "lượt người dân", "over"), Q("7 hộ", 7, "hộ"), Q("38 khẩu người Mông", 38, "khẩu người Mông"),
 Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("40 triệu đồng", 40000000, "đồng"), Q("26 phụ nữ người Dao", 26, "phụ nữ người Dao"),
 Q("15 vụ mâu thuẫn trong nhân dân", 15, "vụ mâu thuẫn trong nhân dân"), Q("3 trường hợp", 3, "trường hợp")],
[D("Kế hoạch", "86", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 86, 87-KH/HU"),
 D("Kế hoạch", "87", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 86, 87-KH/HU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Lào Cai"), prov("Đắk Lắk"), prov("Bình Phước"), com("Y Tý"), com("A Lù"), com("Dền Sáng")],
["Hôm nay: Thứ Bảy, 22/07/2023", "Đảng bộ huyện Bát Xát - tỉnh Lào Cai", "Trang chủ / Tin tức / Công tác dân vận",
 "Đồng chí Hoàng Thị Thu phát biểu tại hội nghị.", "Chương trình mục tiêu quốc gia", "mỗi đảng viên phụ trách 5 hộ", "Đồn Biên phòng Y Tý, A Mú Sung"],
["Hôm nay: Thứ Bảy, 22/07/2023", "Cập nhật: 08:40, 20/07/2023 (GMT+7)", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "mỗi đảng viên phụ trách 5 hộ"]))

PAGES.append(page("b3500-sonla-sopcop-doithoai-2023", """
UBND HUYỆN SỐP CỘP - TỈNH SƠN LA
Trang chủ | Tin tức - Sự kiện | Tin địa phương
10/11/2023 | 09:25
Lãnh đạo huyện trả lời ý kiến của người dân.
Đối thoại với người dân về đất ở, hộ khẩu cho hộ hồi hương
Ngày 8/11/2023, tại nhà văn hóa bản Huổi Lạn, xã Mường Lạn, Thường trực HĐND, UBND huyện Sốp Cộp, tỉnh Sơn La tổ chức hội nghị đối thoại trực tiếp với nhân dân năm 2023 về giải quyết đất ở, đất sản xuất và đăng ký cư trú cho các hộ di cư tự do trở về địa phương. Đồng chí Lò Văn Chung, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì.
Theo báo cáo của UBND xã Mường Lạn, giai đoạn 2015 - 2019 có 47 hộ người Mông trong xã bỏ đi các tỉnh Đắk Nông, Lâm Đồng, Bình Phước; đến nay đã có 29 hộ với 143 khẩu trở về. Các hộ hồi hương phần lớn không còn đất ở, đất sản xuất do đã bán trước khi đi, nhiều trẻ em chưa có giấy khai sinh.
Tại buổi đối thoại, 18 lượt ý kiến đã được nêu. Ông Hờ A Dia, bản Huổi Lạn, đề nghị được cấp lại đất nương cũ để trồng ngô, sắn. Bà Mùa Thị Dợ, người có uy tín bản Co Đứa, kiến nghị có chính sách hỗ trợ gạo trong thời gian chờ thu hoạch. Ông Lường Văn Lả, người Khơ Mú, Trưởng bản Nà Vạc, phản ánh việc một số hộ trở về dựng nhà trên đất rừng phòng hộ.
Trả lời các ý kiến, đồng chí Vì Văn Pằn, Phó Chủ tịch UBND huyện cho biết, thực hiện Kế hoạch số 184/KH-UBND ngày 12/7/2023 của UBND tỉnh về ổn định dân cư cho hộ di cư tự do trở về, huyện sẽ điều chỉnh quỹ đất công do xã quản lý để giao khoảng 25 ha cho các hộ; mỗi hộ được hỗ trợ 15 kg gạo/khẩu/tháng trong 6 tháng. Trưởng Công an huyện Sốp Cộp, Thượng tá Cầm Ngọc Hải cam kết hoàn thành đăng ký thường trú, cấp căn cước cho các hộ trước ngày 30/12/2023.
Kết luận, đồng chí Lò Văn Chung giao Ban Dân vận Huyện ủy phối hợp Ủy ban MTTQ huyện thành lập tổ công tác "bám bản, bám hộ" gồm 9 đồng chí, trực tiếp giúp bà con ổn định cuộc sống; đề nghị người dân không tiếp tục bán đất, không nghe lời rủ rê đi nơi khác.
Đây là lần thứ hai trong năm huyện tổ chức đối thoại ở xã Mường Lạn. Sau hội nghị, lãnh đạo huyện cùng cán bộ xã đã đến thăm 5 hộ vừa trở về, động viên bà con yên tâm làm ăn.
Cầm Thanh
Lượt xem: 468
Tin cùng chuyên mục
- Sốp Cộp: trao 60 con bò cho hộ nghèo (31/10/2023)
- Mường Lèo tổ chức Ngày hội đại đoàn kết toàn dân tộc (20/10/2023)
- Tuyên truyền pháp luật cho đồng bào vùng biên giới (06/10/2023)
- Sốp Cộp: rà soát hộ có nguy cơ di cư tự do (22/09/2023)
- Hội nghị giao ban công tác dân vận quý III năm 2023 (29/09/2023)
- Đoàn công tác tỉnh Đắk Nông trao đổi kinh nghiệm ổn định dân cư (08/09/2023)
- Nậm Lạnh: người dân hiến đất xây lớp học cho trẻ em (25/08/2023)
""", "2023-11-10", "Đối thoại với người dân về đất ở, hộ khẩu cho hộ hồi hương",
E("doi_thoai", "2023", "2023-11-08"),
[P("Lò Văn Chung", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hờ A Dia"),
 P("Mùa Thị Dợ", "người có uy tín bản Co Đứa"),
 P("Lường Văn Lả", "Trưởng bản Nà Vạc"),
 P("Vì Văn Pằn", "Phó Chủ tịch UBND huyện"),
 P("Cầm Ngọc Hải", "Trưởng Công an huyện Sốp Cộp", "Thượng tá")],
[Q("47 hộ người Mông", 47, "hộ người Mông"), Q("29 hộ", 29, "hộ"), Q("143 khẩu", 143, "khẩu"), Q("18 lượt ý kiến", 18, "lượt ý kiến"),
 Q("khoảng 25 ha", 25, "ha", "approx"), Q("15 kg gạo/khẩu/tháng", 15, "kg"), Q("9 đồng chí", 9, "đồng chí"), Q("5 hộ", 5, "hộ")],
[D("Kế hoạch", "184", "KH-UBND", "2023-07-12", "UBND tỉnh", "Kế hoạch số 184/KH-UBND ngày 12/7/2023 của UBND tỉnh")],
[prov("Sơn La"), prov("Đắk Nông"), prov("Lâm Đồng"), prov("Bình Phước"), com("Mường Lạn")],
["UBND HUYỆN SỐP CỘP - TỈNH SƠN LA", "Trang chủ | Tin tức - Sự kiện | Tin địa phương", "Lãnh đạo huyện trả lời ý kiến của người dân.",
 "bám bản, bám hộ", "Lượt xem: 468", "bản Huổi Lạn"],
["10/11/2023 | 09:25", "năm 2023", "giai đoạn 2015 - 2019", "trong 6 tháng", "9 đồng chí", "lần thứ hai", "30/12/2023", "Lượt xem: 468"]))

PAGES.append(page("b3501-lamdong-bdv-damrong-traoqua-2024", """
BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Trang chủ » Tin tức » Hoạt động dân vận các cấp
Ngày 31/01/2024 | 15:00
Đồng chí Nguyễn Thị Kim Loan trao quà cho đồng bào Mông xã Phi Liêng.
Mang Tết ấm đến đồng bào di cư tự do ở Đam Rông
Trong 2 ngày 29 và 30/1/2024, Đoàn công tác của Ban Dân vận Tỉnh ủy Lâm Đồng do đồng chí Nguyễn Thị Kim Loan, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng 400 phần quà Tết Giáp Thìn 2024 cho hộ di cư tự do có hoàn cảnh khó khăn tại các xã Phi Liêng, Đạ K'Nàng và Rô Men, huyện Đam Rông.
Cùng đi có đồng chí Cil Ha Bình, HUV, Trưởng Ban Dân vận Huyện ủy Đam Rông; đại diện Ngân hàng TMCP Công thương chi nhánh Lâm Đồng, đơn vị tài trợ. Mỗi phần quà trị giá 700.000 đồng gồm tiền mặt và nhu yếu phẩm; tổng giá trị quà tặng 280 triệu đồng.
Đam Rông là địa phương có nhiều đồng bào Mông, Dao, Tày từ các tỉnh Cao Bằng, Hà Giang, Lào Cai di cư tự do đến từ những năm 1990. Hiện huyện còn khoảng 1.100 hộ di cư tự do sống rải rác ở các tiểu khu rừng. Thực hiện Nghị quyết số 12-NQ/HU ngày 20/4/2022 của Huyện ủy Đam Rông về ổn định dân cư, huyện đã quy hoạch 2 điểm dân cư Phi Liêng và Đạ K'Nàng, bố trí cho 236 hộ, cấp giấy chứng nhận quyền sử dụng đất cho 198 hộ.
Ông Lý A Chá, người có uy tín thôn Păng Pế Nâm, xã Phi Liêng, chia sẻ: trước đây bà con ở trong rừng, đường đi lại khó khăn, không có điện; nay được vào khu tập trung, có đường bê tông, có trường học gần nhà. Bà Giàng Thị Pà, 58 tuổi, một trong những hộ đầu tiên vào Đạ K'Nàng, xúc động khi được tặng quà và được cán bộ đến tận nhà chúc Tết.
Tại buổi thăm, đồng chí Nguyễn Thị Kim Loan đề nghị cấp ủy, chính quyền địa phương tiếp tục quan tâm đời sống đồng bào, nhất là các hộ chưa có đất sản xuất; phát huy vai trò của 36 tổ công tác dân vận thôn trong việc vận động bà con ổn định cuộc sống, bảo vệ rừng, không tiếp nhận thêm người di cư mới.
Dịp này, Ban Dân vận Tỉnh ủy phối hợp Tỉnh đoàn tặng 50 chiếc xe đạp cho học sinh nghèo người Mông, mỗi chiếc trị giá 2,5 triệu đồng, và 120 suất học bổng cho học sinh đạt thành tích tốt trong học tập.
Ngọc Hân
Lượt xem: 812
Tin liên quan
- Lạc Dương: Ban Dân vận Huyện ủy thăm, chúc Tết người có uy tín (26/01/2024)
- Di Linh: ra mắt mô hình "Thôn không có hộ di cư tự do mới" (18/01/2024)
- Tổng kết công tác dân vận năm 2023 (29/12/2023)
- Bảo Lâm: giao ban khối dân vận tháng 12 (20/12/2023)
- Đạ Huoai vận động đồng bào chuyển đổi cây trồng (12/12/2023)
- Đam Rông: đồng bào Mông hiến đất làm đường vào thôn (30/11/2023)
- Hội nghị người có uy tín vùng đồng bào dân tộc thiểu số (16/11/2023)
""", "2024-01-31", "Mang Tết ấm đến đồng bào di cư tự do ở Đam Rông",
E("trao_qua", None, "2024-01-29"),
[P("Nguyễn Thị Kim Loan", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Cil Ha Bình", "HUV", "Trưởng Ban Dân vận Huyện ủy Đam Rông"),
 P("Lý A Chá", "người có uy tín thôn Păng Pế Nâm"),
 P("Giàng Thị Pà")],
[Q("400 phần quà", 400, "phần quà"), Q("700.000 đồng", 700000, "đồng"), Q("280 triệu đồng", 280000000, "đồng"),
 Q("khoảng 1.100 hộ di cư tự do", 1100, "hộ di cư tự do", "approx"), Q("2 điểm dân cư", 2, "điểm dân cư"), Q("236 hộ", 236, "hộ"), Q("198 hộ", 198, "hộ"),
 Q("36 tổ công tác dân vận thôn", 36, "tổ công tác dân vận thôn"), Q("50 chiếc xe đạp", 50, "chiếc xe đạp"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("120 suất học bổng", 120, "suất học bổng")],
[D("Nghị quyết", "12", "NQ/HU", "2022-04-20", "Huyện ủy Đam Rông", "Nghị quyết số 12-NQ/HU ngày 20/4/2022 của Huyện ủy Đam Rông")],
[prov("Lâm Đồng"), prov("Cao Bằng"), prov("Hà Giang"), prov("Lào Cai"), com("Phi Liêng"), com("Đạ K'Nàng"), com("Rô Men")],
["BAN DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ » Tin tức » Hoạt động dân vận các cấp",
 "Đồng chí Nguyễn Thị Kim Loan trao quà cho đồng bào Mông xã Phi Liêng.", "Ngân hàng TMCP Công thương chi nhánh Lâm Đồng", "Lượt xem: 812"],
["Ngày 31/01/2024 | 15:00", "Tết Giáp Thìn 2024", "những năm 1990", "58 tuổi", "Lượt xem: 812"]))

PAGES.append(page("b3502-laichau-namnhun-tiepxuccutri-2024", """
Báo Lai Châu điện tử
Thời sự | Chính trị
Thứ Năm, 17/10/2024 - 08:30
Quang cảnh hội nghị tiếp xúc cử tri tại xã Nậm Ban.
Cử tri Nậm Nhùn kiến nghị giải quyết đất ở cho hộ di cư tự do
Ngày 15/10, Đoàn đại biểu Quốc hội tỉnh Lai Châu tổ chức Hội nghị tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV tại xã Nậm Ban, huyện Nậm Nhùn. Dự hội nghị có các đại biểu Quốc hội: Lò Thị Thu, Phó Trưởng Đoàn đại biểu Quốc hội tỉnh; Tao Văn Pọng, Trưởng Ban Dân tộc tỉnh và khoảng 170 cử tri của 2 xã Nậm Ban, Trung Chải.
Các đại biểu đã thông tin tới cử tri dự kiến nội dung, chương trình Kỳ họp thứ 8, trong đó có việc xem xét dự án Luật Địa chất và khoáng sản, dự án Luật Quy hoạch đô thị và nông thôn.
Tại hội nghị, nhiều ý kiến của cử tri tập trung vào việc bố trí, ổn định dân cư cho các hộ di cư tự do. Cử tri Chang A Dếnh, bản Nậm Ngà, phản ánh bản có 34 hộ người Mông từ huyện Sìn Hồ, Phong Thổ chuyển đến từ năm 2016, đến nay vẫn chưa được giao đất sản xuất. Cử tri Lò Văn Hìn, Trưởng bản Nậm Ban, kiến nghị sớm triển khai Dự án bố trí ổn định dân cư tập trung bản Nậm Ngà theo Quyết định số 1205/QĐ-UBND ngày 25/8/2023 của UBND tỉnh, tổng mức đầu tư khoảng 39 tỷ đồng, để bà con yên tâm làm ăn.
Cử tri Pờ Xé Pu, người Hà Nhì, bản Lồng Thàng, xã Trung Chải, đề nghị Nhà nước nâng mức hỗ trợ làm nhà cho hộ di cư tự do lên tối thiểu 60 triệu đồng/hộ như quy định tại Nghị định số 27/2022/NĐ-CP của Chính phủ về cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia, vì giá vật liệu tăng cao.
Đồng chí Vàng A Khua, Phó Chủ tịch UBND huyện Nậm Nhùn, trả lời: huyện đã rà soát, lập danh sách 112 hộ di cư tự do cần bố trí, dự kiến hoàn thành san nền 60 lô đất ở trong năm 2025. Đối với đất sản xuất, huyện đang phối hợp Ban quản lý rừng phòng hộ giao khoán khoảng 85 ha cho bà con.
Thay mặt Đoàn, đồng chí Lò Thị Thu tiếp thu, giải trình các ý kiến thuộc thẩm quyền; đồng thời đề nghị các cơ quan tổng hợp 23 ý kiến, kiến nghị gửi tới các bộ, ngành Trung ương. Đoàn cũng đề nghị chính quyền địa phương phát huy vai trò của các đội công tác dân vận trong việc vận động người dân không di cư đi nơi khác.
Văn Hiếu
Lượt xem: 1.552
Tin liên quan
- Tân Uyên: tiếp xúc cử tri trước Kỳ họp thứ 8 (16/10/2024)
- Sìn Hồ: vận động nhân dân di dời khỏi vùng sạt lở (09/10/2024)
- Khai mạc Hội nghị Ban Chấp hành Đảng bộ tỉnh (03/10/2024)
- Mường Tè: vận động đồng bào La Hủ định canh, định cư (26/09/2024)
- Phong Thổ: trao nhà Đại đoàn kết cho hộ nghèo (19/09/2024)
- Than Uyên tuyên truyền Luật Cư trú cho đồng bào vùng cao (10/09/2024)
""", "2024-10-17", "Cử tri Nậm Nhùn kiến nghị giải quyết đất ở cho hộ di cư tự do",
E("hoi_nghi", None, "2024-10-15"),
[P("Lò Thị Thu", "Phó Trưởng Đoàn đại biểu Quốc hội tỉnh", "đại biểu Quốc hội"),
 P("Tao Văn Pọng", "Trưởng Ban Dân tộc tỉnh", "đại biểu Quốc hội"),
 P("Chang A Dếnh"),
 P("Lò Văn Hìn", "Trưởng bản Nậm Ban"),
 P("Pờ Xé Pu"),
 P("Vàng A Khua", "Phó Chủ tịch UBND huyện Nậm Nhùn")],
[Q("khoảng 170 cử tri", 170, "cử tri", "approx"), Q("2 xã", 2, "xã"), Q("34 hộ người Mông", 34, "hộ người Mông"),
 Q("khoảng 39 tỷ đồng", 39000000000, "đồng", "approx"), Q("tối thiểu 60 triệu đồng/hộ", 60000000, "đồng"), Q("112 hộ di cư tự do", 112, "hộ di cư tự do"),
 Q("60 lô đất ở", 60, "lô đất ở"), Q("khoảng 85 ha", 85, "ha", "approx"), Q("23 ý kiến, kiến nghị", 23, "ý kiến, kiến nghị")],
[D("Quyết định", "1205", "QĐ-UBND", "2023-08-25", "UBND tỉnh", "Quyết định số 1205/QĐ-UBND ngày 25/8/2023 của UBND tỉnh"),
 D("Nghị định", "27", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2022/NĐ-CP của Chính phủ")],
[prov("Lai Châu"), com("Nậm Ban"), com("Trung Chải")],
["Báo Lai Châu điện tử", "Thời sự | Chính trị", "Quang cảnh hội nghị tiếp xúc cử tri tại xã Nậm Ban.", "Luật Địa chất và khoáng sản",
 "Luật Quy hoạch đô thị và nông thôn", "Lượt xem: 1.552", "bản Nậm Ngà"],
["Thứ Năm, 17/10/2024 - 08:30", "Kỳ họp thứ 8", "Quốc hội khóa XV", "từ năm 2016", "năm 2025", "Lượt xem: 1.552"]))
