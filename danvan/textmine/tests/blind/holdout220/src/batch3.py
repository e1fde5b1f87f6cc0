from lib import *
PAGES = []

PAGES.append(page("b5249-caobang-bdv-giaoban-2021", """
Báo Cao Bằng điện tử
Thời sự - Chính trị › Xây dựng Đảng
02/04/2021 09:05
Giao ban khối dân vận tháng 3: tăng cường vận động phòng chống ma túy ở vùng biên
Chiều 31/3, Ban Dân vận Tỉnh ủy Cao Bằng tổ chức giao ban công tác dân vận tháng 3/2021. Đồng chí Nông Thị Tuyết, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Đàm Văn Pấu, Lý Thị Thoa cùng dự.
Quang cảnh buổi giao ban.
Báo cáo tháng 3 cho biết, khối dân vận đã phối hợp tổ chức 214 buổi tuyên truyền về phòng chống ma túy, mua bán người tại 9 huyện biên giới với gần 11.000 lượt người dự; vận động 26 người nghiện tự nguyện cai nghiện tại cộng đồng. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 305, 306-KH/TU về tăng cường công tác dân vận vùng đồng bào Mông, Dao và về phòng chống ma túy trong thanh niên giai đoạn 2021 - 2025.
Đồng chí Hoàng Văn Sình, HUV, Trưởng Ban Dân vận Huyện ủy Bảo Lâm, báo cáo huyện có 6 xã được công nhận "Xã không có ma túy"; đồng chí Chu Thị Mỷ, Bí thư Đảng ủy xã Lý Quốc, cho biết xã vận động 128 hộ ký cam kết không tiếp tay cho đối tượng vận chuyển ma túy qua biên giới. Thiếu tá Bế Văn Thanh, Phó Trưởng phòng Phòng chống ma túy và tội phạm Bộ Chỉ huy Bộ đội Biên phòng tỉnh, thông tin trong tháng đã bắt 5 vụ, thu giữ 2,5 kg ma túy tổng hợp.
Theo Quy chế phối hợp số 04-QC/BDVTU-BCHBĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh, lực lượng biên phòng đã giúp 34 hộ nghèo có người sau cai nghiện sửa nhà, trao 60 suất quà trị giá 300.000 đồng/suất.
Kết luận giao ban, đồng chí Nông Thị Tuyết đề nghị tháng 4 các huyện tập trung tuyên truyền bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, đồng thời thực hiện Quyết định số 2596/QĐ-TTg ngày 27/12/2013 của Thủ tướng Chính phủ về đổi mới công tác cai nghiện; phấn đấu mỗi huyện xây dựng ít nhất 2 mô hình dân vận khéo về phòng chống ma túy.
Đồng chí Nông Thị Tuyết cũng lưu ý các huyện biên giới cần chủ động nắm tình hình tư tưởng của đồng bào, nhất là ở các xóm có người đi làm ăn bên kia biên giới trở về; phối hợp kiểm tra, giám sát việc thực hiện hương ước, quy ước của các xóm; kịp thời biểu dương những gia đình, dòng họ có nhiều đóng góp trong công tác phòng chống ma túy, để nhân rộng trong toàn tỉnh.
Hoàng Yến
Xem thêm
- Giao ban khối dân vận tháng 2/2021 (26/02/2021)
- Trùng Khánh: ra mắt mô hình xóm không có ma túy (15/3/2021)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Cao Bằng (10/3/2021)
- Hà Quảng: vận động đồng bào Mông bỏ tục lệ lạc hậu trong đám cưới, đám ma (01/3/2021)
""", "2021-04-02", "Giao ban khối dân vận tháng 3: tăng cường vận động phòng chống ma túy ở vùng biên",
E("giao_ban", "2021-03", "2021-03-31"),
[P("Nông Thị Tuyết", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàm Văn Pấu", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Lý Thị Thoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Sình", "HUV", "Trưởng Ban Dân vận Huyện ủy Bảo Lâm"),
 P("Chu Thị Mỷ", "Bí thư Đảng ủy xã Lý Quốc"),
 P("Bế Văn Thanh", "Thiếu tá", "Phó Trưởng phòng Phòng chống ma túy và tội phạm Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
[Q("214 buổi tuyên truyền", 214, "buổi tuyên truyền"), Q("9 huyện biên giới", 9, "huyện biên giới"),
 Q("gần 11.000 lượt người", 11000, "lượt người", "approx"), Q("26 người nghiện", 26, "người nghiện"),
 Q("6 xã", 6, "xã"), Q("128 hộ", 128, "hộ"), Q("5 vụ", 5, "vụ"), Q("2,5 kg", 2.5, "kg"),
 Q("34 hộ nghèo", 34, "hộ nghèo"), Q("60 suất quà", 60, "suất quà"), Q("300.000 đồng/suất", 300000, "đồng"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kế hoạch", "305", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 305, 306-KH/TU"),
 D("Kế hoạch", "306", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 305, 306-KH/TU"),
 D("Quy chế phối hợp", "04", "QC/BDVTU-BCHBĐBP", None, None, "Quy chế phối hợp số 04-QC/BDVTU-BCHBĐBP"),
 D("Quyết định", "2596", "QĐ-TTg", "2013-12-27", "Thủ tướng Chính phủ", "Quyết định số 2596/QĐ-TTg ngày 27/12/2013")],
[prov("Cao Bằng"), com("Lý Quốc")],
["Báo Cao Bằng điện tử", "Thời sự - Chính trị › Xây dựng Đảng", "Quang cảnh buổi giao ban.", "Xã không có ma túy"],
["02/04/2021 09:05", "tháng 3/2021", "tháng 4", "giai đoạn 2021 - 2025", "khóa XV", "nhiệm kỳ 2021 - 2026"]))

PAGES.append(page("b5250-binhduong-phuong-doithoai-2021", """
BÁO BÌNH DƯƠNG ONLINE
Trang chủ - Xã hội - Đô thị
Thứ Sáu, 22/10/2021, 16:30
Chủ tịch UBND phường đối thoại với công nhân nhà trọ về phòng chống ma túy
Ngày 20/10, UBND phường Tân Đông Hiệp, thành phố Dĩ An phối hợp với Ủy ban MTTQ phường và Liên đoàn Lao động thành phố tổ chức hội nghị đối thoại với công nhân, chủ nhà trọ năm 2021 về phòng, chống ma túy và tệ nạn xã hội trong khu nhà trọ.
Đồng chí Trần Thanh Phong trả lời ý kiến công nhân. Ảnh: Kim Hà
Chủ trì đối thoại có ông Trần Thanh Phong, Phó Bí thư Đảng ủy, Chủ tịch UBND phường và bà Nguyễn Thị Bé Ba, Chủ tịch Ủy ban MTTQ Việt Nam phường. Tham dự có 150 công nhân, chủ nhà trọ đại diện cho hơn 38.000 người lao động ngoại tỉnh đang tạm trú trên địa bàn.
Phường có 2.140 dãy nhà trọ với khoảng 17.500 phòng. Sau đợt dịch Covid-19, tình trạng thanh niên tụ tập sử dụng ma túy tổng hợp trong phòng trọ gia tăng; 9 tháng năm 2021, Công an phường phát hiện 23 vụ với 61 đối tượng, trong đó 35 người là công nhân.
Công nhân Thạch Thị Sa Rết, quê Trà Vinh, đề nghị phường tổ chức sân chơi cuối tuần để công nhân trẻ không bị rủ rê. Ông Lê Văn Hạnh, chủ khu trọ ở khu phố Tân Long, phản ánh một số chủ trọ chưa được hướng dẫn khai báo tạm trú qua ứng dụng. Anh Y Phôn Mlô, Tổ trưởng Công đoàn bộ phận Công ty TNHH giày Tân Đông, kiến nghị doanh nghiệp phối hợp xét nghiệm ngẫu nhiên khi tuyển dụng.
Trả lời các ý kiến, ông Trần Thanh Phong cho biết phường thực hiện Kế hoạch số 3112/KH-UBND của UBND tỉnh và Nghị quyết 16-NQ/ĐU ngày 08/01/2021 của Đảng ủy phường về xây dựng "Khu nhà trọ an toàn, không ma túy", đến nay đã có 96 khu nhà trọ đạt tiêu chí. Phường sẽ dành 150 triệu đồng xây dựng 2 điểm sinh hoạt văn hóa cho công nhân; tổ chức tập huấn cho 100% chủ nhà trọ trong quý IV.
Bà Nguyễn Thị Bé Ba thông tin, Ủy ban MTTQ phường đã vận động trao 1.200 phần quà cho công nhân khó khăn trong dịch, mỗi phần trị giá khoảng 400.000 đồng; đề nghị các chủ trọ giảm 20% tiền phòng cho công nhân mất việc.
Đồng chí Hồ Thị Kim Liên, Phó Trưởng Ban Dân vận Thành ủy Dĩ An, đánh giá cao hình thức đối thoại và đề nghị phường duy trì đối thoại định kỳ 6 tháng một lần.
Theo Ban Dân vận Tỉnh ủy Bình Dương, đây là một trong những địa phương đầu tiên của tỉnh đưa nội dung phòng chống ma túy vào đối thoại với công nhân nhà trọ. Sau buổi đối thoại, nhiều công nhân cho biết họ được giải đáp những băn khoăn về thủ tục tạm trú, về quyền lợi khi bị mất việc, và biết rõ hơn nơi cần báo tin khi phát hiện người lạ mang ma túy vào khu trọ. Các chủ nhà trọ cũng cam kết phối hợp với Ban điều hành khu phố, Công an phường trong quản lý người thuê trọ.
Kim Hà
Tin khác
- Dĩ An: ra mắt 5 Mái ấm Công đoàn cho công nhân (14/10/2021)
- Phường Đông Hòa tổ chức tiêm vắc xin cho công nhân (05/10/2021)
- Hội nghị tổng kết phong trào "Nhà trọ văn hóa" (25/9/2021)
""", "2021-10-22", "Chủ tịch UBND phường đối thoại với công nhân nhà trọ về phòng chống ma túy",
E("doi_thoai", "2021", "2021-10-20"),
[P("Trần Thanh Phong", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Nguyễn Thị Bé Ba", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Thạch Thị Sa Rết"), P("Lê Văn Hạnh"),
 P("Y Phôn Mlô", "Tổ trưởng Công đoàn bộ phận Công ty TNHH giày Tân Đông"),
 P("Hồ Thị Kim Liên", "Phó Trưởng Ban Dân vận Thành ủy Dĩ An")],
[Q("150 công nhân, chủ nhà trọ", 150, "công nhân, chủ nhà trọ"), Q("hơn 38.000 người lao động ngoại tỉnh", 38000, "người lao động ngoại tỉnh", "over"),
 Q("2.140 dãy nhà trọ", 2140, "dãy nhà trọ"), Q("khoảng 17.500 phòng", 17500, "phòng", "approx"), Q("23 vụ", 23, "vụ"),
 Q("61 đối tượng", 61, "đối tượng"), Q("35 người", 35, "người"), Q("96 khu nhà trọ", 96, "khu nhà trọ"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("2 điểm sinh hoạt văn hóa", 2, "điểm sinh hoạt văn hóa"), Q("100% chủ nhà trọ", 100, "%"),
 Q("1.200 phần quà", 1200, "phần quà"), Q("khoảng 400.000 đồng", 400000, "đồng", "approx"), Q("20%", 20, "%")],
[D("Kế hoạch", "3112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 3112/KH-UBND"),
 D("Nghị quyết", "16", "NQ/ĐU", "2021-01-08", "Đảng ủy phường", "Nghị quyết 16-NQ/ĐU ngày 08/01/2021")],
[prov("Bình Dương"), com("Tân Đông Hiệp")],
["BÁO BÌNH DƯƠNG ONLINE", "Trang chủ - Xã hội - Đô thị", "Đồng chí Trần Thanh Phong trả lời ý kiến công nhân. Ảnh: Kim Hà",
 "Khu nhà trọ an toàn, không ma túy", "Covid-19"],
["Thứ Sáu, 22/10/2021, 16:30", "năm 2021", "9 tháng năm 2021", "quý IV", "6 tháng một lần"]))

PAGES.append(page("b5251-laichau-tinhdoan-taphuan-2022", """
TỈNH ĐOÀN LAI CHÂU
Trang chủ / Hoạt động Đoàn / Tin cơ sở
19/08/2022 - 14:45
Tập huấn kỹ năng phòng chống ma túy cho 120 bí thư chi đoàn bản
Trong 2 ngày 17 - 18/8/2022, Ban Thường vụ Tỉnh đoàn Lai Châu phối hợp với Công an tỉnh tổ chức lớp tập huấn năm 2022 về kỹ năng phòng, chống ma túy, tệ nạn xã hội và xây dựng "Bản không ma túy" cho 120 bí thư chi đoàn các bản vùng biên thuộc 5 huyện.
Học viên thực hành tình huống tại lớp tập huấn. Ảnh: Thu Phương
Đồng chí Tẩn Thị Mẩy, Phó Bí thư Tỉnh đoàn khai mạc lớp tập huấn. Báo cáo viên gồm: Trung tá Giàng A Tính, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh; bà Lò Thị Ánh, Phó Trưởng Ban Dân vận Tỉnh ủy; bác sĩ Vàng Thị Dế, Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh.
Lớp tập huấn thực hiện Kế hoạch số 2218/KH-UBND ngày 15/6/2022 của UBND tỉnh và Chương trình số 12-CTr/TĐTN về "Tuổi trẻ Lai Châu chung tay phòng chống ma túy giai đoạn 2022 - 2027". Học viên được cung cấp kiến thức về ma túy tổng hợp, kỹ năng nhận diện thanh thiếu niên có dấu hiệu nghiện, cách phối hợp với công an viên, người có uy tín để vận động.
Theo Tỉnh đoàn, 6 tháng đầu năm các cơ sở Đoàn đã tổ chức 312 buổi sinh hoạt chuyên đề với hơn 14.000 lượt đoàn viên tham gia; thành lập 28 đội thanh niên xung kích phòng chống ma túy; vận động 41 thanh niên nghiện đi cai; hỗ trợ 17 thanh niên sau cai vay vốn với tổng số tiền 850 triệu đồng từ nguồn ủy thác Ngân hàng Chính sách xã hội.
Tại lớp tập huấn, anh Lý A Sử, Bí thư Chi đoàn bản Phìn Hồ, xã Dào San, chia sẻ chi đoàn có 9 đoàn viên từng nghiện, nay đã bỏ được 7 người. Chị Chang Thị Pình, Bí thư Đoàn xã Ka Lăng, đề nghị Tỉnh đoàn in tờ rơi bằng tiếng Mông, Hà Nhì. Kết thúc lớp học, 100% học viên đạt yêu cầu.
Đồng chí Tẩn Thị Mẩy yêu cầu mỗi bí thư chi đoàn khi trở về tổ chức ít nhất 1 buổi tuyên truyền lại trong tháng 9, lập danh sách thanh thiếu niên có nguy cơ để cùng gia đình, dòng họ theo dõi, giúp đỡ. Tỉnh đoàn sẽ trao 5 giải thưởng cho chi đoàn có cách làm sáng tạo nhất vào cuối năm.
Theo đánh giá của Ban Thường vụ Tỉnh đoàn, Lai Châu có đường biên giới dài, nhiều lối mòn, các đối tượng thường lợi dụng thanh niên người dân tộc thiểu số để vận chuyển ma túy thuê. Vì vậy, vai trò của bí thư chi đoàn bản trong việc phát hiện sớm, báo tin kịp thời cho công an, bộ đội biên phòng là hết sức quan trọng.
Thu Phương
Tin liên quan
- Tuổi trẻ Mường Tè ra quân hưởng ứng Tháng hành động phòng chống ma túy (26/6/2022)
- Trao 50 suất học bổng cho học sinh vùng biên (10/6/2022)
- Sìn Hồ: Thành lập câu lạc bộ thanh niên tình nguyện (25/5/2022)
""", "2022-08-19", "Tập huấn kỹ năng phòng chống ma túy cho 120 bí thư chi đoàn bản",
E("tap_huan", "2022", "2022-08-17"),
[P("Tẩn Thị Mẩy", "Phó Bí thư Tỉnh đoàn"),
 P("Giàng A Tính", "Trung tá", "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"),
 P("Lò Thị Ánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Dế", "bác sĩ", "Phó Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh"),
 P("Lý A Sử", "Bí thư Chi đoàn bản Phìn Hồ"),
 P("Chang Thị Pình", "Bí thư Đoàn xã Ka Lăng")],
[Q("120 bí thư chi đoàn", 120, "bí thư chi đoàn"), Q("5 huyện", 5, "huyện"),
 Q("312 buổi sinh hoạt chuyên đề", 312, "buổi sinh hoạt chuyên đề"), Q("hơn 14.000 lượt đoàn viên", 14000, "lượt đoàn viên", "over"),
 Q("28 đội thanh niên xung kích", 28, "đội thanh niên xung kích"), Q("41 thanh niên", 41, "thanh niên"),
 Q("17 thanh niên sau cai", 17, "thanh niên sau cai"), Q("850 triệu đồng", 850000000, "đồng"),
 Q("9 đoàn viên", 9, "đoàn viên"), Q("7 người", 7, "người"), Q("100% học viên", 100, "%"), Q("5 giải thưởng", 5, "giải thưởng")],
[D("Kế hoạch", "2218", "KH-UBND", "2022-06-15", "UBND tỉnh", "Kế hoạch số 2218/KH-UBND ngày 15/6/2022"),
 D("Chương trình", "12", "CTr/TĐTN", None, None, "Chương trình số 12-CTr/TĐTN")],
[prov("Lai Châu"), com("Dào San"), com("Ka Lăng")],
["TỈNH ĐOÀN LAI CHÂU", "Trang chủ / Hoạt động Đoàn / Tin cơ sở", "Học viên thực hành tình huống tại lớp tập huấn. Ảnh: Thu Phương",
 "Bản không ma túy", "Tuổi trẻ Lai Châu chung tay phòng chống ma túy giai đoạn 2022 - 2027", "Ngân hàng Chính sách xã hội"],
["19/08/2022 - 14:45", "2 ngày", "năm 2022", "6 tháng đầu năm", "1 buổi tuyên truyền", "tháng 9", "giai đoạn 2022 - 2027"]))

PAGES.append(page("b5252-quangnam-mttq-giamsat-2022", """
Báo Quảng Nam Online
Trang chủ » Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 11/11/2022 - 08:50
Giám sát việc cai nghiện ma túy tại cộng đồng ở vùng miền núi
Ngày 9/11, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do đồng chí A Lăng Thị Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Phòng, chống ma túy năm 2021 và Nghị định số 116/2021/NĐ-CP của Chính phủ tại huyện Nam Giang, theo Kế hoạch giám sát năm 2022.
Đoàn giám sát làm việc với UBND huyện Nam Giang.
Tham gia đoàn có các đồng chí: Zơrâm Thị Bích, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh; Bùi Văn Minh, Phó Chủ tịch Hội Cựu chiến binh tỉnh; đại diện Sở Lao động - Thương binh và Xã hội, Công an tỉnh. Đoàn giám sát trực tiếp tại thị trấn Thạnh Mỹ và xã La Dêê.
Báo cáo của UBND huyện cho biết, toàn huyện có 47 người sử dụng trái phép chất ma túy, 29 người nghiện có hồ sơ quản lý, phần lớn là thanh niên người Cơ Tu, Gié Triêng. Năm 2022, huyện đã đưa 11 người đi cai nghiện bắt buộc, 6 người cai nghiện tự nguyện tại cộng đồng. Kinh phí bố trí cho công tác cai nghiện và quản lý sau cai là 386 triệu đồng, mới giải ngân khoảng 60%.
Đoàn giám sát nhận thấy, huyện đã ban hành Kế hoạch 88/KH-UBND và Quyết định 1452/QĐ-UBND ngày 12/5/2022 thành lập tổ công tác cai nghiện tại 12 xã, thị trấn; tuy nhiên nhiều thành viên tổ chưa được tập huấn, chưa có cán bộ chuyên trách. Có 3 xã chưa lập kế hoạch cai nghiện tại cộng đồng.
Ông Bh'riu Pố, Bí thư Đảng ủy xã La Dêê, cho biết xã dựa vào già làng, trưởng thôn để vận động. Già làng Alăng Ngược, thôn Đắc Ốc, kể chuyện cả thôn cùng bàn đưa hình thức phạt vạ vào hương ước khi có người sử dụng ma túy.
Kết luận, đồng chí A Lăng Thị Hoa đề nghị UBND huyện bố trí tối thiểu 1 cán bộ theo dõi công tác cai nghiện ở mỗi xã, giải ngân 100% kinh phí trước tháng 12; Ủy ban MTTQ huyện chỉ đạo Ban công tác Mặt trận ở 64 thôn phối hợp quản lý người sau cai. Kết quả giám sát sẽ được báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, kiến nghị UBND tỉnh theo Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội.
Đoàn giám sát cũng gặp gỡ 8 người đang cai nghiện tại cộng đồng và gia đình của họ. Nhiều người mong muốn được hỗ trợ giống cây, con, được học nghề để có thu nhập ổn định, tránh tái nghiện.
Thanh Hải
Tin liên quan
- Tây Giang: ra mắt mô hình "Thôn không ma túy" (28/10/2022)
- Mặt trận tỉnh giám sát chính sách hỗ trợ nhà ở cho hộ nghèo (14/10/2022)
- Hội nghị hiệp thương giới thiệu người ứng cử (02/10/2022)
- Đông Giang: trao nhà Đại đoàn kết cho hộ nghèo (20/9/2022)
""", "2022-11-11", "Giám sát việc cai nghiện ma túy tại cộng đồng ở vùng miền núi",
E("giam_sat", "2022", "2022-11-09"),
[P("A Lăng Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Zơrâm Thị Bích", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Minh", "Phó Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Bh'riu Pố", "Bí thư Đảng ủy xã La Dêê"),
 P("Alăng Ngược", "Già làng")],
[Q("47 người sử dụng trái phép chất ma túy", 47, "người sử dụng trái phép chất ma túy"), Q("29 người nghiện", 29, "người nghiện"),
 Q("11 người", 11, "người"), Q("6 người", 6, "người"), Q("386 triệu đồng", 386000000, "đồng"), Q("khoảng 60%", 60, "%", "approx"),
 Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("3 xã", 3, "xã"), Q("1 cán bộ", 1, "cán bộ"), Q("100% kinh phí", 100, "%"),
 Q("64 thôn", 64, "thôn"), Q("8 người", 8, "người")],
[D("Nghị định", "116", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2021/NĐ-CP"),
 D("Kế hoạch", "88", "KH-UBND", None, None, "Kế hoạch 88/KH-UBND"),
 D("Quyết định", "1452", "QĐ-UBND", "2022-05-12", None, "Quyết định 1452/QĐ-UBND ngày 12/5/2022"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Quảng Nam"), com("Thạnh Mỹ"), com("La Dêê")],
["Báo Quảng Nam Online", "Trang chủ » Chính trị » Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND huyện Nam Giang.",
 "Luật Phòng, chống ma túy", "Thôn không ma túy"],
["Thứ Sáu, 11/11/2022 - 08:50", "năm 2021", "năm 2022", "Năm 2022", "tháng 12"]))

PAGES.append(page("b5253-camau-bdv-traoqua-2023", """
Báo Cà Mau điện tử
Xã hội › Đời sống
Ngày 13/01/2023 | 10:35
Đồng chí Lâm Văn Bi trao quà cho gia đình anh Danh Hiền. Ảnh: Hồng Phượng
Trao 350 phần quà Tết cho người sau cai nghiện và hộ khó khăn ở U Minh
Chiều 12/1, Ban Dân vận Tỉnh ủy Cà Mau phối hợp với Hội Chữ thập đỏ tỉnh và Công ty CP Thủy sản Minh Phát đến thăm, chúc Tết và trao 350 phần quà cho người sau cai nghiện ma túy, hộ nghèo, hộ cận nghèo tại xã Khánh Thuận, huyện U Minh.
Tham dự có đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Trương Thị Diệu Hiền, Chủ tịch Hội Chữ thập đỏ tỉnh; đồng chí Quách Văn Ba, HUV, Trưởng Ban Dân vận Huyện ủy U Minh.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá khoảng 315 triệu đồng. Dịp này, đoàn trao thêm 15 suất học bổng cho học sinh có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng, và bàn giao 2 căn nhà Đại đoàn kết cho hộ có người sau cai, mỗi căn trị giá 60 triệu đồng do Quỹ "Vì người nghèo" tỉnh hỗ trợ.
Theo đồng chí Quách Văn Ba, thực hiện Nghị quyết 07-NQ/HU của Ban Chấp hành Đảng bộ huyện và Kế hoạch số 143-KH/BDVTU của Ban Dân vận Tỉnh ủy, năm 2022 U Minh đã vận động 38 người nghiện đi cai, giúp 21 người sau cai có việc làm tại các vuông tôm, trại cá. Xã Khánh Thuận có 4 ấp được công nhận "Ấp không có tệ nạn ma túy".
Anh Danh Hiền, ấp 5, xã Khánh Thuận, người đã cai nghiện được 2 năm, chia sẻ nhờ được Hội Nông dân xã cho vay 20 triệu đồng mua tôm giống, nay gia đình đã có thu nhập ổn định.
Phát biểu tại buổi trao quà, đồng chí Lâm Văn Bi mong các gia đình đón Tết vui tươi, đầm ấm, đề nghị chính quyền và các đoàn thể địa phương tiếp tục quan tâm, giúp đỡ người sau cai nghiện, không để họ tái nghiện; nhân rộng mô hình doanh nghiệp nhận người sau cai vào làm việc.
Cùng ngày, đoàn đến thăm, tặng quà Ban công tác Mặt trận và tổ an ninh nhân dân 9 ấp của xã Khánh Thuận, ghi nhận những đóng góp của các tổ trong việc giữ gìn an ninh trật tự ở địa bàn. Đại diện Công ty CP Thủy sản Minh Phát cho biết doanh nghiệp sẵn sàng tiếp nhận thêm người sau cai vào làm việc tại nhà máy chế biến.
Theo Ban Dân vận Tỉnh ủy, hoạt động thăm, tặng quà người sau cai nghiện dịp Tết được duy trì nhiều năm nay, vừa động viên về vật chất, vừa giúp người sau cai cảm nhận được sự quan tâm của cộng đồng, thêm quyết tâm làm lại cuộc đời. Nhiều gia đình xúc động khi được lãnh đạo tỉnh đến tận nhà hỏi thăm, trò chuyện.
Hồng Phượng
Tin liên quan
- Trần Văn Thời: vận động hơn 1 tỷ đồng chăm lo Tết cho người nghèo (10/01/2023)
- Hội nghị tổng kết công tác dân vận năm 2022 (28/12/2022)
- Ngọc Hiển ra mắt mô hình "Dân vận khéo" (15/12/2022)
""", "2023-01-13", "Trao 350 phần quà Tết cho người sau cai nghiện và hộ khó khăn ở U Minh",
E("trao_qua", None, "2023-01-12"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Diệu Hiền", "Chủ tịch Hội Chữ thập đỏ tỉnh"),
 P("Quách Văn Ba", "HUV", "Trưởng Ban Dân vận Huyện ủy U Minh"),
 P("Danh Hiền")],
[Q("350 phần quà", 350, "phần quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("khoảng 315 triệu đồng", 315000000, "đồng", "approx"), Q("15 suất học bổng", 15, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("38 người nghiện", 38, "người nghiện"), Q("21 người sau cai", 21, "người sau cai"), Q("4 ấp", 4, "ấp"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("9 ấp", 9, "ấp")],
[D("Nghị quyết", "07", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 07-NQ/HU"),
 D("Kế hoạch", "143", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 143-KH/BDVTU")],
[prov("Cà Mau"), com("Khánh Thuận")],
["Báo Cà Mau điện tử", "Xã hội › Đời sống", "Đồng chí Lâm Văn Bi trao quà cho gia đình anh Danh Hiền. Ảnh: Hồng Phượng",
 "Vì người nghèo", "Ấp không có tệ nạn ma túy", "Công ty CP Thủy sản Minh Phát"],
["Ngày 13/01/2023 | 10:35", "năm 2022", "2 năm", "ấp 5"]))

PAGES.append(page("b5254-kontum-chandung-khac-2023", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ > Xã hội > Gương sáng
Thứ Sáu, 23/06/2023
Già làng A Nhông với ông Y Bloanh bên nhà rông làng Kon Klor. Ảnh: Minh Trí
Già làng giữ làng sạch ma túy
Gần 20 năm làm người có uy tín, già làng A Nhông, làng Kon Klor, phường Thắng Lợi, thành phố Kon Tum, chưa để một thanh niên nào trong làng dính vào ma túy. Với ông, giữ làng là giữ từng đứa trẻ.
Làng Kon Klor có 214 hộ với hơn 1.000 nhân khẩu, hầu hết là người Ba Na. Nằm sát trung tâm thành phố, có nhiều quán xá, làng từng lo lắng khi có 3 thanh niên bị rủ đi "bay lắc" ở quán karaoke. Già A Nhông cùng ông Y Bloanh, Trưởng thôn Kon Klor, đến từng nhà, ngồi bên bếp lửa nói chuyện với cha mẹ, rồi đưa các em đi làm thuê ở rẫy cà phê để xa bạn xấu.
Theo bà Y Hằng, Chủ tịch Ủy ban MTTQ phường Thắng Lợi, từ khi có Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Chỉ thị 06-CT/TU của Ban Thường vụ Tỉnh ủy, già A Nhông được mời dự 12 buổi tập huấn; ông đã dịch tài liệu phòng chống ma túy ra tiếng Ba Na, đọc trong 48 buổi sinh hoạt làng. Làng Kon Klor 5 năm liền được công nhận "Làng không có ma túy".
Ông cũng vận động làng đưa vào luật tục: nhà nào có con sử dụng ma túy phải nộp phạt 1 con heo và làm lễ xin lỗi làng. Nhờ vậy, 95% hộ trong làng đạt gia đình văn hóa; thu nhập bình quân khoảng 42 triệu đồng/người/năm.
Đồng chí Nguyễn Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy, nhận xét: "Già A Nhông là người có uy tín tiêu biểu, nói ít làm nhiều. Những người như ông là cánh tay nối dài của Đảng với dân." Năm 2022, ông được Ủy ban Dân tộc tặng bằng khen, kèm 3 triệu đồng tiền thưởng.
Hỏi về bí quyết, già chỉ cười: "Mình nói bằng tiếng của làng, làm trước cho con cháu thấy, thì nó nghe."
Những ngày này, khi cả nước hưởng ứng Tháng hành động phòng, chống ma túy, già A Nhông lại cùng Đoàn Thanh niên phường đi khắp các nhà trong làng, phát tờ rơi bằng tiếng Ba Na và nhắc các gia đình để ý con cháu trong kỳ nghỉ hè. Ông bảo, đến khi nào không còn đi được nữa, ông mới thôi việc của làng.
Anh A Thuyên, Bí thư Chi đoàn làng Kon Klor, cho biết chi đoàn có 56 đoàn viên, tất cả đều ký cam kết không sử dụng ma túy và cùng già làng tham gia tổ an ninh tự quản của làng.
Nhiều năm qua, phường Thắng Lợi lấy làng Kon Klor làm điểm để các làng khác đến học cách làm. Cán bộ phường nói, chỗ dựa lớn nhất là lòng tin của dân làng với già, bởi già nói gì cũng làm trước, làm gương cho con cháu noi theo.
Minh Trí
Lượt xem: 3.208
Bài viết liên quan
- Tôn vinh 85 người có uy tín tiêu biểu năm 2022 (20/12/2022)
- Ngọc Hồi: ra mắt mô hình "Làng không có ma túy" (10/11/2022)
- Người có uy tín góp sức giữ yên biên giới (02/9/2022)
""", "2023-06-23", "Già làng giữ làng sạch ma túy",
E("khac", None, None),
[P("A Nhông", "Già làng", "người có uy tín"),
 P("Y Bloanh", "Trưởng thôn Kon Klor"),
 P("Y Hằng", "Chủ tịch Ủy ban MTTQ phường Thắng Lợi"),
 P("Nguyễn Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuyên", "Bí thư Chi đoàn làng Kon Klor")],
[Q("214 hộ", 214, "hộ"), Q("hơn 1.000 nhân khẩu", 1000, "nhân khẩu", "over"),
 Q("3 thanh niên", 3, "thanh niên"), Q("12 buổi tập huấn", 12, "buổi tập huấn"), Q("48 buổi sinh hoạt làng", 48, "buổi sinh hoạt làng"),
 Q("1 con heo", 1, "con heo"), Q("95% hộ", 95, "%"), Q("khoảng 42 triệu đồng/người/năm", 42000000, "đồng", "approx"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("56 đoàn viên", 56, "đoàn viên")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06-CT/TU")],
[prov("Kon Tum"), com("Thắng Lợi")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ > Xã hội > Gương sáng", "Già làng A Nhông với ông Y Bloanh bên nhà rông làng Kon Klor. Ảnh: Minh Trí",
 "Làng không có ma túy", "Ủy ban Dân tộc", "Lượt xem: 3.208", "Tháng hành động phòng, chống ma túy"],
["Thứ Sáu, 23/06/2023", "Gần 20 năm", "5 năm", "Năm 2022", "Lượt xem: 3.208"]))
