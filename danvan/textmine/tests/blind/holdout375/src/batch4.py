from lib import *
PAGES = []

PAGES.append(page("b8975-dongnai-longthanh-giaonhanquan-2024", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự › Quốc phòng - An ninh
2024-02-27 11:20
Long Thành: 236 thanh niên lên đường nhập ngũ
(ĐN) - Sáng 27/2, tại Trung tâm Văn hóa - Thể thao huyện, huyện Long Thành tổ chức lễ giao nhận quân năm 2024. Đây là một trong 11 điểm giao quân của tỉnh Đồng Nai trong ngày hội tòng quân năm nay.
Tham dự buổi lễ có các đồng chí: Nguyễn Thị Bích Ngọc, Tỉnh ủy viên, Bí thư Huyện ủy Long Thành; Lê Thanh Hải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện, Chủ tịch Hội đồng NVQS huyện; Thượng tá Võ Hoàng Minh, Chỉ huy trưởng Ban CHQS huyện. Đại diện đơn vị nhận quân có Đại tá Nguyễn Văn Lâm, Phó Sư đoàn trưởng Sư đoàn 302 (Quân khu 7).
Các tân binh huyện Long Thành tại lễ giao nhận quân.
Năm 2024, thực hiện Quyết định số 4685/QĐ-UBND ngày 25/12/2023 của UBND tỉnh, huyện Long Thành giao 236 công dân, trong đó 210 tân binh nhập ngũ quân đội, 26 công dân thực hiện nghĩa vụ tham gia Công an nhân dân, đạt 100% chỉ tiêu. Chất lượng tân binh năm nay được nâng lên rõ rệt: có 14 đảng viên, 52 tân binh có trình độ cao đẳng, đại học; 100% tân binh đạt sức khỏe loại 1, loại 2 theo Thông tư số 105/2023/TT-BQP ngày 6/12/2023 của Bộ Quốc phòng.
Theo Thượng tá Võ Hoàng Minh, dù là địa bàn có tốc độ đô thị hóa nhanh, dân nhập cư đông, Hội đồng NVQS huyện đã chỉ đạo 15 xã, thị trấn rà soát nguồn đến từng tổ dân cư. Thị trấn Long Thành giao 31 tân binh, nhiều nhất huyện; xã Long An và xã Phước Thái mỗi xã có trên 20 tân binh. Riêng xã Tam An có 8 thanh niên tình nguyện viết đơn nhập ngũ dù đang có việc làm ổn định tại các khu công nghiệp.
Phát biểu giao nhiệm vụ, đồng chí Lê Thanh Hải chúc mừng các tân binh và gia đình; mong các em luôn giữ vững ý chí, rèn luyện bản lĩnh, tích cực học tập để trưởng thành trong quân đội. Đồng chí đề nghị đơn vị nhận quân quan tâm, giúp đỡ các tân binh sớm thích nghi với môi trường mới.
Tân binh Phạm Minh Quân (xã Phước Thái), tốt nghiệp Trường Đại học Công nghệ Đồng Nai, cho biết: "Em tạm gác công việc kỹ sư để lên đường. Đi bộ đội là trách nhiệm và cũng là cơ hội để em rèn luyện bản thân".
Ghi nhận tại buổi lễ, nhiều gia đình đến tiễn con từ sáng sớm. Ông Trần Văn Sáu, ấp 5, xã Tam An, có cháu nội lên đường nhập ngũ, vui mừng: "Ba đời nhà tôi đều đi bộ đội. Thấy cháu khỏe mạnh, tự tin là tôi mừng rồi".
Kết thúc buổi lễ, các tân binh lên xe về đơn vị trong sự chào đón của đông đảo người dân và lực lượng đoàn viên thanh niên hai bên đường.
Hoàng Lộc
Tin liên quan
- Trảng Bom: 220 tân binh lên đường nhập ngũ (27/02/2024)
- Đồng Nai hoàn thành giao quân năm 2024 (27/02/2024)
- Nhơn Trạch gặp mặt, tặng quà tân binh (24/02/2024)
""", "2024-02-27", "Long Thành: 236 thanh niên lên đường nhập ngũ",
E("khac", None, "2024-02-27"),
[P("Nguyễn Thị Bích Ngọc", "Tỉnh ủy viên", "Bí thư Huyện ủy Long Thành"),
 P("Lê Thanh Hải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện", "Chủ tịch Hội đồng NVQS huyện"),
 P("Võ Hoàng Minh", "Thượng tá", "Chỉ huy trưởng Ban CHQS huyện"),
 P("Nguyễn Văn Lâm", "Đại tá", "Phó Sư đoàn trưởng Sư đoàn 302 (Quân khu 7)"),
 P("Phạm Minh Quân", "Tân binh"),
 P("Trần Văn Sáu")],
[Q("236 thanh niên", 236, "thanh niên"), Q("11 điểm giao quân", 11, "điểm giao quân"), Q("236 công dân", 236, "công dân"),
 Q("210 tân binh", 210, "tân binh"), Q("26 công dân", 26, "công dân"), Q("100% chỉ tiêu", 100, "%"),
 Q("14 đảng viên", 14, "đảng viên"), Q("52 tân binh", 52, "tân binh"), Q("100% tân binh", 100, "%"),
 Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("31 tân binh", 31, "tân binh"), Q("trên 20 tân binh", 20, "tân binh", "over"),
 Q("8 thanh niên", 8, "thanh niên")],
[D("Quyết định", "4685", "QĐ-UBND", "2023-12-25", "UBND tỉnh", "Quyết định số 4685/QĐ-UBND ngày 25/12/2023"),
 D("Thông tư", "105", "2023/TT-BQP", "2023-12-06", "Bộ Quốc phòng", "Thông tư số 105/2023/TT-BQP ngày 6/12/2023")],
[prov("Đồng Nai"), com("Long Thành"), com("Long An"), com("Phước Thái"), com("Tam An")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự › Quốc phòng - An ninh", "(ĐN)", "Các tân binh huyện Long Thành tại lễ giao nhận quân.",
 "Sư đoàn 302", "Trường Đại học Công nghệ Đồng Nai", "Trung tâm Văn hóa - Thể thao huyện"],
["2024-02-27 11:20", "năm 2024", "loại 1, loại 2", "Sư đoàn 302", "Quân khu 7", "ấp 5", "Ba đời"]))

PAGES.append(page("b8976-quangbinh-mttq-giamsat-chinhsach-danquan-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ > Giám sát, phản biện xã hội
Thứ Năm, 24/10/2024 - 15:00
Giám sát việc thực hiện chế độ, chính sách đối với dân quân tại huyện Minh Hóa
Ngày 23/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình do bà Phạm Thị Hân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chế độ, chính sách đối với lực lượng dân quân tại huyện Minh Hóa theo chương trình giám sát năm 2024.
Cùng tham gia đoàn có ông Trương Văn Lộc, Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh; đại diện Bộ CHQS tỉnh, Sở Tài chính, Sở Lao động - Thương binh và Xã hội.
Theo Kế hoạch số 210/KH-MTTQ-BTT ngày 15/8/2024 của Ban Thường trực Ủy ban MTTQ tỉnh, nội dung giám sát tập trung vào việc thực hiện Nghị định số 72/2020/NĐ-CP và Nghị định số 16/2024/NĐ-CP ngày 16/2/2024 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 72; Nghị quyết số 46/2021/NQ-HĐND của HĐND tỉnh quy định mức trợ cấp, phụ cấp cho dân quân.
Báo cáo của UBND huyện do ông Đinh Minh Tuấn, Phó Chủ tịch UBND huyện trình bày cho biết, huyện hiện có 1.090 dân quân, trong đó dân quân thường trực 2 tiểu đội ở các xã biên giới; có 121 thôn đội trưởng. Từ đầu năm 2024 đến nay, huyện đã chi trả trợ cấp ngày công lao động cho dân quân với mức 180.000 đồng/người/ngày, tổng kinh phí 1,86 tỷ đồng; 100% dân quân được mua bảo hiểm y tế, bảo hiểm xã hội theo quy định. Tuy nhiên, có 2 trường hợp dân quân bị tai nạn khi làm nhiệm vụ chưa được giải quyết chế độ kịp thời.
Đoàn đã giám sát trực tiếp tại xã Dân Hóa, xã Trọng Hóa và thị trấn Quy Đạt. Tại xã Dân Hóa, nơi có đông đồng bào Bru - Vân Kiều, Chứt sinh sống, ông Hồ Văn Phương, Chỉ huy trưởng Ban CHQS xã, cho biết xã có 74 dân quân, trong đó 41 dân quân là người dân tộc thiểu số. Anh Đinh Xuân Nhàn, Tiểu đội trưởng dân quân thường trực xã Trọng Hóa, chia sẻ mong muốn được hỗ trợ thêm tiền ăn khi tuần tra dài ngày trên biên giới.
Tại buổi làm việc, thành viên đoàn giám sát đã nêu 6 vấn đề đề nghị huyện làm rõ, trong đó có việc chậm bố trí kinh phí may sắm trang phục cho dân quân năm 2024 và việc chưa thanh toán phụ cấp trách nhiệm quản lý đơn vị dân quân quý III.
Kết luận buổi giám sát, bà Phạm Thị Hân ghi nhận huyện Minh Hóa đã quan tâm thực hiện chế độ, chính sách đối với dân quân, góp phần xây dựng lực lượng vững mạnh. Bà đề nghị UBND huyện chỉ đạo giải quyết dứt điểm chế độ cho 2 dân quân bị tai nạn trước ngày 30/11/2024; bố trí đủ kinh phí; phối hợp Ủy ban MTTQ huyện tuyên truyền chính sách để người dân, nhất là đồng bào dân tộc thiểu số hiểu và tích cực tham gia dân quân. Các kiến nghị sẽ được Ban Thường trực tổng hợp, báo cáo UBND tỉnh.
Ban Dân chủ - Pháp luật
Tin khác
- Giám sát công tác tuyển quân tại huyện Tuyên Hóa (18/10/2024)
- Hội nghị phản biện dự thảo nghị quyết về chính sách hỗ trợ hộ nghèo (09/10/2024)
- Ủy ban MTTQ tỉnh tổng kết 10 năm thực hiện Quyết định 217-QĐ/TW (26/09/2024)
""", "2024-10-24", "Giám sát việc thực hiện chế độ, chính sách đối với dân quân tại huyện Minh Hóa",
E("giam_sat", "2024", "2024-10-23"),
[P("Phạm Thị Hân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Lộc", "Ủy viên Ban Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Minh Tuấn", "Phó Chủ tịch UBND huyện"),
 P("Hồ Văn Phương", "Chỉ huy trưởng Ban CHQS xã"),
 P("Đinh Xuân Nhàn", "Tiểu đội trưởng dân quân thường trực xã Trọng Hóa")],
[Q("1.090 dân quân", 1090, "dân quân"), Q("2 tiểu đội", 2, "tiểu đội"), Q("121 thôn đội trưởng", 121, "thôn đội trưởng"),
 Q("180.000 đồng", 180000, "đồng"), Q("1,86 tỷ đồng", 1860000000, "đồng"), Q("100% dân quân", 100, "%"),
 Q("2 trường hợp", 2, "trường hợp"), Q("74 dân quân", 74, "dân quân"), Q("41 dân quân", 41, "dân quân"),
 Q("6 vấn đề", 6, "vấn đề"), Q("2 dân quân", 2, "dân quân")],
[D("Kế hoạch", "210", "KH-MTTQ-BTT", "2024-08-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 210/KH-MTTQ-BTT ngày 15/8/2024"),
 D("Nghị định", "72", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 72/2020/NĐ-CP"),
 D("Nghị định", "16", "2024/NĐ-CP", "2024-02-16", "Chính phủ", "Nghị định số 16/2024/NĐ-CP ngày 16/2/2024"),
 D("Nghị quyết", "46", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 46/2021/NQ-HĐND")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa"), com("Quy Đạt")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ > Giám sát, phản biện xã hội", "Ban Dân chủ - Pháp luật"],
["Thứ Năm, 24/10/2024 - 15:00", "năm 2024", "quý III", "ngày 30/11/2024", "Nghị định 72"]))

PAGES.append(page("b8977-ninhbinh-btgdv-quatanbinh-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH
Trang chủ » Hoạt động » Dân vận
Thứ Tư, 12/02/2025 | 08:00
Đồng chí Đinh Thị Lan Hương trao quà cho tân binh huyện Nho Quan.
Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà tân binh huyện Nho Quan
Chiều 11/2/2025, đoàn công tác của Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Đinh Thị Lan Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, động viên và tặng quà tân binh huyện Nho Quan chuẩn bị lên đường nhập ngũ năm 2025. Cùng đi có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Trần Văn Mạnh, Lã Thị Thu Trang.
Đây là hoạt động đầu tiên của Ban sau khi được thành lập trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy, thực hiện Kết luận 121-KL/TW của BCH Trung ương về tổng kết Nghị quyết số 18-NQ/TW.
Báo cáo với đoàn, đồng chí Quách Văn Tuấn, HUV, Phó Chủ tịch UBND huyện, Phó Chủ tịch Hội đồng NVQS huyện cho biết: năm 2025, huyện Nho Quan giao 165 tân binh, trong đó có 58 tân binh là người dân tộc Mường; 9 tân binh là đảng viên; 100% tân binh có trình độ văn hóa từ trung học phổ thông trở lên. Thực hiện Chỉ thị 38, 39-CT/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác tuyển quân và công tác hậu phương quân đội, huyện đã tổ chức 27 buổi gặp mặt tân binh tại 27 xã, thị trấn.
Tại buổi gặp mặt tổ chức ở thị trấn Nho Quan, đồng chí Đinh Thị Lan Hương chúc mừng các tân binh và gia đình; mong các em phát huy truyền thống quê hương Cố đô Hoa Lư, rèn luyện trở thành những quân nhân kỷ luật, bản lĩnh. "Nhiều đồng chí cán bộ của tỉnh hôm nay cũng từng là những tân binh như các em. Quân đội là trường học lớn, hãy học tập và rèn luyện hết mình", đồng chí nói.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 50 suất quà cho tân binh có hoàn cảnh khó khăn, mỗi suất gồm 1 triệu đồng tiền mặt và các vật dụng cá nhân; tổng trị giá quà gần 65 triệu đồng. Ủy ban MTTQ huyện cũng trao 165 suất quà, mỗi suất 500.000 đồng, theo Kế hoạch số 315-KH/BTGDVTU ngày 05/02/2025 về thăm, tặng quà tân binh và gia đình quân nhân.
Tân binh Bùi Văn Đạt, người Mường ở xã Cúc Phương, tâm sự: "Em mồ côi bố từ nhỏ. Hôm nay được lãnh đạo tỉnh đến tặng quà, em càng quyết tâm rèn luyện để mẹ vui lòng". Ông Đinh Văn Hùng, Chủ tịch UBND xã Gia Lâm, cho biết xã có 7 tân binh, đều tự nguyện viết đơn nhập ngũ.
Theo kế hoạch, lễ giao nhận quân năm 2025 của tỉnh Ninh Bình diễn ra đồng loạt vào sáng 13/2 tại 8 huyện, thành phố; toàn tỉnh giao 1.320 tân binh.
Phương Anh
Tin liên quan
- Hội nghị công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (03/02/2025)
- Yên Mô: gặp mặt, tặng quà 120 tân binh (10/02/2025)
- Thăm, chúc Tết gia đình chính sách huyện Kim Sơn (22/01/2025)
""", "2025-02-12", "Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà tân binh huyện Nho Quan",
E("trao_qua", None, "2025-02-11"),
[P("Đinh Thị Lan Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Mạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lã Thị Thu Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Quách Văn Tuấn", "HUV", "Phó Chủ tịch UBND huyện", "Phó Chủ tịch Hội đồng NVQS huyện"),
 P("Bùi Văn Đạt", "Tân binh"),
 P("Đinh Văn Hùng", "Chủ tịch UBND xã Gia Lâm")],
[Q("165 tân binh", 165, "tân binh"), Q("58 tân binh", 58, "tân binh"), Q("9 tân binh", 9, "tân binh"),
 Q("100% tân binh", 100, "%"), Q("27 buổi gặp mặt tân binh", 27, "buổi gặp mặt tân binh"),
 Q("27 xã, thị trấn", 27, "xã, thị trấn"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("gần 65 triệu đồng", 65000000, "đồng", "approx"), Q("165 suất quà", 165, "suất quà"), Q("500.000 đồng", 500000, "đồng"),
 Q("7 tân binh", 7, "tân binh"), Q("8 huyện, thành phố", 8, "huyện, thành phố"), Q("1.320 tân binh", 1320, "tân binh")],
[D("Kết luận", "121", "KL/TW", None, "BCH Trung ương", "Kết luận 121-KL/TW của BCH Trung ương"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết số 18-NQ/TW"),
 D("Chỉ thị", "38", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU"),
 D("Chỉ thị", "39", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 38, 39-CT/TU"),
 D("Kế hoạch", "315", "KH/BTGDVTU", "2025-02-05", None, "Kế hoạch số 315-KH/BTGDVTU ngày 05/02/2025")],
[prov("Ninh Bình"), com("Nho Quan"), com("Cúc Phương"), com("Gia Lâm")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY NINH BÌNH", "Trang chủ » Hoạt động » Dân vận",
 "Đồng chí Đinh Thị Lan Hương trao quà cho tân binh huyện Nho Quan.", "Cố đô Hoa Lư"],
["Thứ Tư, 12/02/2025 | 08:00", "năm 2025"]))

PAGES.append(page("b8978-lamdong-lamvien-bchqs-tongket-2025", """
Cổng thông tin điện tử phường Lâm Viên - Đà Lạt
Trang chủ | Tin tức | Quốc phòng - An ninh
19/12/2025 - 09:10
Phường Lâm Viên - Đà Lạt tổng kết công tác quân sự, quốc phòng năm 2025
Ngày 18/12/2025, Đảng ủy Quân sự - Ban CHQS phường Lâm Viên - Đà Lạt (tỉnh Lâm Đồng) tổ chức hội nghị tổng kết công tác quân sự, quốc phòng năm 2025 và triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của phường sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025.
Dự hội nghị có đồng chí Trần Minh Khoa, Bí thư Đảng ủy, Chủ tịch HĐND phường; đồng chí Liêng Hót Ha Thu, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; Trung tá Phạm Quốc Huy, Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Đà Lạt.
Trung tá Phạm Quốc Huy phát biểu tại hội nghị. Ảnh: Ngọc Hà
Báo cáo do Thiếu tá K'Bình, Chỉ huy trưởng Ban CHQS phường trình bày cho biết: năm 2025, phường đã tổ chức lễ giao nhận quân cho 58 tân binh (tháng 2/2025, trước khi sắp xếp), đạt 100% chỉ tiêu. Sau khi thành lập phường mới trên cơ sở 5 phường cũ, Ban CHQS phường đã kiện toàn lực lượng dân quân tự vệ với 245 đồng chí, biên chế thành 1 trung đội dân quân cơ động, 16 tổ dân quân tại chỗ ở 16 tổ dân phố, đạt 1,2% dân số; tỷ lệ đảng viên đạt 26,5%.
Thực hiện Nghị quyết số 01-NQ/ĐU ngày 15/7/2025 của Đảng ủy phường về lãnh đạo công tác quân sự, quốc phòng 6 tháng cuối năm 2025 và Kế hoạch số 35/KH-UBND ngày 20/8/2025 của UBND phường, lực lượng dân quân đã huấn luyện 100% đối tượng; tham gia bảo vệ an toàn Đại hội Đảng bộ phường lần thứ I và Đại hội Đảng bộ tỉnh lần thứ I nhiệm kỳ 2025 - 2030. Dân quân phối hợp Công an phường tuần tra 312 ca, giúp dân hơn 1.500 ngày công khắc phục sạt lở trong mùa mưa bão. Phường đăng ký nghĩa vụ quân sự cho 412 công dân, sơ tuyển 186 công dân chuẩn bị cho tuyển quân năm 2026.
Tại hội nghị, đồng chí Nguyễn Thị Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam phường, cho biết Mặt trận và các tổ chức chính trị - xã hội đã vận động trên 80 triệu đồng hỗ trợ 4 gia đình quân nhân khó khăn sửa chữa nhà ở. Ông Cil Ha Dũng, Tổ trưởng tổ dân phố Đa Thọ, nêu kiến nghị bố trí nơi sinh hoạt cho tổ dân quân tại chỗ.
Phát biểu chỉ đạo, đồng chí Trần Minh Khoa ghi nhận những kết quả trong điều kiện vừa vận hành bộ máy mới; yêu cầu năm 2026 Ban CHQS phường tham mưu tổ chức tốt tuyển quân với chỉ tiêu dự kiến 64 công dân, phối hợp phường Xuân Hương - Đà Lạt chuẩn bị diễn tập chiến đấu phòng thủ, làm tốt công tác hậu phương quân đội.
Dịp này, UBND phường tặng giấy khen cho 5 tập thể, 9 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ quân sự, quốc phòng năm 2025.
Ngọc Hà
Tin liên quan
- Phường Lâm Viên - Đà Lạt ra mắt Ban CHQS phường (02/07/2025)
- Lâm Đồng: các xã, phường sẵn sàng cho tuyển quân năm 2026 (12/12/2025)
- Huấn luyện dân quân cơ động năm 2025 (15/09/2025)
""", "2025-12-19", "Phường Lâm Viên - Đà Lạt tổng kết công tác quân sự, quốc phòng năm 2025",
E("tong_ket", "2025", "2025-12-18"),
[P("Trần Minh Khoa", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Liêng Hót Ha Thu", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Phạm Quốc Huy", "Trung tá", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Đà Lạt"),
 P("K'Bình", "Thiếu tá", "Chỉ huy trưởng Ban CHQS phường"),
 P("Nguyễn Thị Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Cil Ha Dũng", "Tổ trưởng tổ dân phố Đa Thọ")],
[Q("58 tân binh", 58, "tân binh"), Q("100% chỉ tiêu", 100, "%"), Q("5 phường cũ", 5, "phường cũ"),
 Q("245 đồng chí", 245, "đồng chí"), Q("1 trung đội dân quân cơ động", 1, "trung đội dân quân cơ động"),
 Q("16 tổ dân quân tại chỗ", 16, "tổ dân quân tại chỗ"), Q("16 tổ dân phố", 16, "tổ dân phố"), Q("1,2%", 1.2, "%"),
 Q("26,5%", 26.5, "%"), Q("100% đối tượng", 100, "%"), Q("312 ca", 312, "ca"), Q("hơn 1.500 ngày công", 1500, "ngày công", "over"),
 Q("412 công dân", 412, "công dân"), Q("186 công dân", 186, "công dân"), Q("trên 80 triệu đồng", 80000000, "đồng", "over"),
 Q("4 gia đình quân nhân", 4, "gia đình quân nhân"), Q("64 công dân", 64, "công dân"), Q("5 tập thể", 5, "tập thể"),
 Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "01", "NQ/ĐU", "2025-07-15", "Đảng ủy phường", "Nghị quyết số 01-NQ/ĐU ngày 15/7/2025"),
 D("Kế hoạch", "35", "KH-UBND", "2025-08-20", "UBND phường", "Kế hoạch số 35/KH-UBND ngày 20/8/2025")],
[prov("Lâm Đồng"), com("Lâm Viên - Đà Lạt"), com("Xuân Hương - Đà Lạt")],
["Cổng thông tin điện tử phường Lâm Viên - Đà Lạt", "Trang chủ | Tin tức | Quốc phòng - An ninh",
 "Trung tá Phạm Quốc Huy phát biểu tại hội nghị. Ảnh: Ngọc Hà"],
["19/12/2025 - 09:10", "năm 2025", "năm 2026", "ngày 1/7/2025", "tháng 2/2025", "6 tháng cuối năm 2025", "lần thứ I",
 "nhiệm kỳ 2025 - 2030", "245 đồng chí", "khu vực 1"]))

PAGES.append(page("b8979-angiang-hdnvqs-hoinghi-tuyenquan-2026", """
Hôm nay: Thứ Bảy, 17/01/2026
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG
Thời sự > Quốc phòng - An ninh
Thứ Sáu, 16/01/2026, 08:05
An Giang: 102 xã, phường, đặc khu sẵn sàng cho mùa tuyển quân đầu tiên sau hợp nhất
Chiều 15/1, Hội đồng Nghĩa vụ quân sự tỉnh An Giang tổ chức hội nghị triển khai nhiệm vụ tuyển chọn và gọi công dân nhập ngũ năm 2026. Đồng chí Lê Trung Hiếu, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng NVQS tỉnh chủ trì hội nghị, kết nối trực tuyến đến các điểm cầu xã, phường, đặc khu.
Đây là năm đầu tiên tỉnh An Giang (mới) thực hiện tuyển quân sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang, với mô hình chính quyền địa phương hai cấp; Hội đồng NVQS cấp xã trực tiếp tổ chức khám tuyển và giao quân.
Theo Quyết định số 120/QĐ-UBND ngày 8/1/2026 của UBND tỉnh, năm 2026 An Giang được giao 3.950 công dân nhập ngũ, gồm 3.520 công dân nhập ngũ quân đội và 430 công dân thực hiện nghĩa vụ tham gia Công an nhân dân. Đến nay, các địa phương đã khám sức khỏe cho hơn 14.600 công dân, chọn được trên 5.200 công dân đủ tiêu chuẩn theo Thông tư số 105/2023/TT-BQP của Bộ Quốc phòng, bằng khoảng 132% chỉ tiêu.
Báo cáo của Đại tá Chau Sóc Kha, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh cho biết, năm 2025 hai tỉnh cũ đã giao 3.880 tân binh, đạt 100% chỉ tiêu, trong đó có 126 đảng viên, 9 tân binh là người dân tộc Chăm. Tuy nhiên vẫn còn 37 công dân không chấp hành lệnh gọi khám; một số xã mới hợp nhất còn lúng túng trong quản lý hồ sơ nguồn.
Tại hội nghị, đại diện các địa phương: Néang Sa Phi - Chủ tịch UBND xã Tri Tôn, Danh Văn Lợi - Chủ tịch UBND đặc khu Phú Quốc, Huỳnh Thanh Tùng - Chủ tịch UBND phường Long Xuyên báo cáo tiến độ. Theo bà Néang Sa Phi, xã Tri Tôn đã phối hợp với các vị sư sãi ở 12 chùa Khmer vận động 100% thanh niên trúng tuyển sẵn sàng nhập ngũ. Ông Danh Văn Lợi cho biết đặc khu có nhiều thanh niên làm du lịch, đi biển dài ngày nên phải bố trí khám tuyển 3 đợt.
Phát biểu chỉ đạo, đồng chí Lê Trung Hiếu yêu cầu các địa phương quán triệt Chỉ thị số 03-CT/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về lãnh đạo công tác tuyển quân năm 2026; công khai, minh bạch trong xét duyệt tạm hoãn, miễn gọi nhập ngũ; tổ chức lễ giao nhận quân gọn nhẹ, trang trọng vào ngày 4/3/2026. Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội chuẩn bị chu đáo việc thăm, tặng quà gia đình tân binh, mỗi tân binh được hỗ trợ không dưới 1 triệu đồng.
Đồng chí Lê Trung Hiếu nhấn mạnh: "Tuyển quân năm nay là thước đo năng lực của bộ máy cấp xã mới. Chủ tịch UBND xã phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu không hoàn thành chỉ tiêu".
Mỹ Hạnh
Tin liên quan
- Rạch Giá: phường tổ chức gặp mặt quân nhân xuất ngũ (10/01/2026)
- An Giang tổng kết công tác quân sự, quốc phòng năm 2025 (26/12/2025)
- Thăm, chúc Tết Chôl Chnăm Thmây đồng bào Khmer (12/04/2025)
""", "2026-01-16", "An Giang: 102 xã, phường, đặc khu sẵn sàng cho mùa tuyển quân đầu tiên sau hợp nhất",
E("hoi_nghi", "2026", "2026-01-15"),
[P("Lê Trung Hiếu", "Phó Chủ tịch UBND tỉnh", "Chủ tịch Hội đồng NVQS tỉnh"),
 P("Chau Sóc Kha", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ CHQS tỉnh"),
 P("Néang Sa Phi", "Chủ tịch UBND xã Tri Tôn"),
 P("Danh Văn Lợi", "Chủ tịch UBND đặc khu Phú Quốc"),
 P("Huỳnh Thanh Tùng", "Chủ tịch UBND phường Long Xuyên")],
[Q("102 xã, phường, đặc khu", 102, "xã, phường, đặc khu"),
 Q("3.950 công dân", 3950, "công dân"), Q("3.520 công dân", 3520, "công dân"), Q("430 công dân", 430, "công dân"),
 Q("hơn 14.600 công dân", 14600, "công dân", "over"), Q("trên 5.200 công dân", 5200, "công dân", "over"),
 Q("khoảng 132%", 132, "%", "approx"), Q("3.880 tân binh", 3880, "tân binh"), Q("100% chỉ tiêu", 100, "%"),
 Q("126 đảng viên", 126, "đảng viên"), Q("9 tân binh", 9, "tân binh"), Q("37 công dân", 37, "công dân"),
 Q("12 chùa Khmer", 12, "chùa Khmer"), Q("100% thanh niên", 100, "%"), Q("3 đợt", 3, "đợt"),
 Q("không dưới 1 triệu đồng", 1000000, "đồng", "over")],
[D("Quyết định", "120", "QĐ-UBND", "2026-01-08", "UBND tỉnh", "Quyết định số 120/QĐ-UBND ngày 8/1/2026"),
 D("Thông tư", "105", "2023/TT-BQP", None, "Bộ Quốc phòng", "Thông tư số 105/2023/TT-BQP"),
 D("Chỉ thị", "03", "CT/TU", "2025-10-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/10/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Tri Tôn"), com("Phú Quốc"), com("Long Xuyên")],
["Hôm nay: Thứ Bảy, 17/01/2026", "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH AN GIANG", "Thời sự > Quốc phòng - An ninh"],
["Hôm nay: Thứ Bảy, 17/01/2026", "Thứ Sáu, 16/01/2026, 08:05", "năm 2026", "năm 2025", "ngày 4/3/2026"]))

PAGES.append(page("b8980-gialai-vinhthanh-giaonhanquan-quatanbinh-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ › Thời sự › Quốc phòng
Thứ Năm, 05/03/2026 | 06:45
Xã Vĩnh Thạnh tổ chức lễ giao nhận quân, tặng quà 45 tân binh
(GLO) - Sáng 4/3, xã Vĩnh Thạnh (tỉnh Gia Lai) tổ chức lễ giao nhận quân năm 2026. Đây là lần đầu tiên xã trực tiếp tổ chức giao quân theo mô hình chính quyền địa phương hai cấp, thay cho lễ giao quân tập trung của huyện Vĩnh Thạnh trước đây.
Tham dự buổi lễ có các đồng chí: Đinh Văn Phúc, Bí thư Đảng ủy, Chủ tịch HĐND xã; Trương Thị Bích Liên, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Chủ tịch Hội đồng NVQS xã; Trung tá Nguyễn Hữu Thọ, Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3 - Tây Sơn; Thiếu tá Lê Văn Quý, Phó Chính ủy Trung đoàn 739 (Bộ CHQS tỉnh), đại diện đơn vị nhận quân.
Các tân binh xã Vĩnh Thạnh làm lễ tuyên thệ trước khi lên đường.
Năm 2026, xã Vĩnh Thạnh giao 45 tân binh, đạt 100% chỉ tiêu; trong đó có 12 tân binh là người dân tộc Ba Na, 3 tân binh là đảng viên, 6 tân binh có trình độ cao đẳng, đại học. Theo Kế hoạch số 18/KH-UBND ngày 10/1/2026 của UBND xã, công tác khám tuyển được tổ chức tại 2 điểm, khám cho 168 công dân, chọn 71 công dân đủ tiêu chuẩn.
Đồng chí Trương Thị Bích Liên cho biết, sau sắp xếp, xã Vĩnh Thạnh mới được hình thành trên cơ sở 4 xã và thị trấn cũ, địa bàn rộng, nhiều làng đồng bào Ba Na ở xa trung tâm. Hội đồng NVQS xã đã phân công cán bộ bám từng làng, phối hợp với già làng, người có uy tín vận động. Già làng Đinh Văn Nhúc, làng K8, kể: "Tôi đến từng nhà nói với bà con: con mình đi bộ đội là được học, được rèn, về làng làm được việc".
Tại buổi lễ, Đảng ủy, UBND, Ủy ban MTTQ Việt Nam xã trao cho mỗi tân binh 1 suất quà trị giá 2 triệu đồng, tổng trị giá 90 triệu đồng, từ nguồn ngân sách xã và vận động xã hội hóa. Ủy ban MTTQ xã Vĩnh Sơn và xã Vĩnh Thịnh cũng gửi tặng 25 suất quà, mỗi suất 500.000 đồng cho tân binh người Ba Na có hoàn cảnh khó khăn.
Phát biểu giao nhiệm vụ, đồng chí Đinh Văn Phúc mong các tân binh phát huy truyền thống cách mạng của quê hương, của đồng bào Ba Na, vượt qua khó khăn những ngày đầu trong quân ngũ. Thay mặt tân binh, tân binh Đinh Thị Hoa, cô gái Ba Na duy nhất nhập ngũ năm nay, hứa rèn luyện để xứng đáng với niềm tin của gia đình và buôn làng.
Cùng ngày, 135 xã, phường trong tỉnh Gia Lai đồng loạt tổ chức lễ giao nhận quân, giao đủ 4.620 tân binh cho các đơn vị.
Ngọc Sơn - Văn Lưu
Tin liên quan
- Gia Lai: hoàn thành khám tuyển nghĩa vụ quân sự năm 2026 (28/01/2026)
- Phường Quy Nhơn tặng quà gia đình quân nhân nhân dịp Tết (10/02/2026)
- Xã Ia Grai: 38 thanh niên sẵn sàng lên đường (02/03/2026)
""", "2026-03-05", "Xã Vĩnh Thạnh tổ chức lễ giao nhận quân, tặng quà 45 tân binh",
E("trao_qua", None, "2026-03-04"),
[P("Đinh Văn Phúc", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Trương Thị Bích Liên", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Chủ tịch Hội đồng NVQS xã"),
 P("Nguyễn Hữu Thọ", "Trung tá", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 3 - Tây Sơn"),
 P("Lê Văn Quý", "Thiếu tá", "Phó Chính ủy Trung đoàn 739 (Bộ CHQS tỉnh)"),
 P("Đinh Văn Nhúc", "Già làng"),
 P("Đinh Thị Hoa", "tân binh")],
[Q("45 tân binh", 45, "tân binh"), Q("100% chỉ tiêu", 100, "%"), Q("12 tân binh", 12, "tân binh"), Q("3 tân binh", 3, "tân binh"),
 Q("6 tân binh", 6, "tân binh"), Q("2 điểm", 2, "điểm"), Q("168 công dân", 168, "công dân"), Q("71 công dân", 71, "công dân"),
 Q("4 xã", 4, "xã"), Q("2 triệu đồng", 2000000, "đồng"), Q("90 triệu đồng", 90000000, "đồng"), Q("25 suất quà", 25, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("135 xã, phường", 135, "xã, phường"), Q("4.620 tân binh", 4620, "tân binh")],
[D("Kế hoạch", "18", "KH-UBND", "2026-01-10", "UBND xã", "Kế hoạch số 18/KH-UBND ngày 10/1/2026")],
[prov("Gia Lai"), com("Vĩnh Thạnh"), com("Vĩnh Sơn"), com("Vĩnh Thịnh")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ › Thời sự › Quốc phòng", "(GLO)",
 "Các tân binh xã Vĩnh Thạnh làm lễ tuyên thệ trước khi lên đường.", "Trung đoàn 739"],
["Thứ Năm, 05/03/2026 | 06:45", "năm 2026", "1 suất quà", "làng K8", "Trung đoàn 739", "khu vực 3"]))
