from lib import *
PAGES = []

PAGES.append(page("b3527-kontum-bdbp-soket-2024", """
BÁO KON TUM ĐIỆN TỬ
Quốc phòng - An ninh › Biên phòng
Thứ Sáu, 12/07/2024, 14:35
Ảnh: Đồng chí A Pái phát biểu tại hội nghị.
"Đồn Biên phòng là nhà, biên giới là quê hương"
Ngày 11/7, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết công tác vận động quần chúng 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Nguyễn Văn Hòa, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh chủ trì; dự có đồng chí A Pái, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo cho biết, 6 tháng qua, các đồn biên phòng trên tuyến biên giới tỉnh Kon Tum đã cử 73 cán bộ, đảng viên tham gia sinh hoạt tại 52 chi bộ thôn, làng; 9 đồng chí tham gia cấp ủy xã. Lực lượng giúp đồng bào Xơ Đăng, Gia Rai, Brâu, Giẻ Triêng trên 3.200 ngày công; bàn giao 8 căn nhà "Mái ấm biên cương", mỗi căn trị giá 60 triệu đồng; trao 35 con bò giống cho hộ nghèo theo mô hình "Bò giống cho hộ nghèo biên giới". Các đồn duy trì 15 lớp xóa mù chữ với 342 học viên, đạt 112% kế hoạch.
Thực hiện Kế hoạch số 95-KH/TU ngày 14/3/2024 của Tỉnh ủy về triển khai phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát" và Chỉ thị 08/CT-BTL của Tư lệnh Bộ đội Biên phòng, các đồn đã khảo sát 116 căn nhà tạm của hộ nghèo ở 16 xã biên giới để đề xuất hỗ trợ.
Tại hội nghị, Thiếu tá A Ngọc, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đăk Long, chia sẻ kinh nghiệm vận động người dân làng Đăk Ba không nghe theo đối tượng xấu tuyên truyền "Tin lành Đề Ga". Trung tá Y Ngân, Chính trị viên Đồn Biên phòng Bờ Y, cho biết mô hình "Ngôi nhà nhân ái" đã hỗ trợ 11 hộ với tổng giá trị khoảng 190 triệu đồng. Ông A Tuyến, già làng làng Đăk Ba, xã Đăk Long, đề nghị bộ đội tiếp tục dạy chữ cho người lớn.
Đồng chí A Pái đề nghị lực lượng Biên phòng tiếp tục phối hợp với Mặt trận các cấp thực hiện Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội, gắn với phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới". Kết luận, Đại tá Nguyễn Văn Hòa yêu cầu các đơn vị 6 tháng cuối năm chủ động hoàn thành xây dựng 20 căn nhà cho hộ nghèo trước ngày 30/11, duy trì mô hình "Con nuôi đồn Biên phòng".
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng giấy khen cho 4 tập thể, 9 cá nhân.
Những năm gần đây, tuyến biên giới tỉnh giáp Lào và Campuchia cơ bản ổn định; nhiều thôn, làng ven biên đã có đường bê tông, điện lưới, trường học kiên cố. Cán bộ, chiến sĩ biên phòng được đồng bào tin yêu coi như người thân trong gia đình, gọi là "bộ đội của làng".
Y Thị Hạnh
Tin liên quan
- Đồn Biên phòng Đăk Nhoong trao 100 suất quà cho học sinh (05/07/2024)
- Bờ Y: khám bệnh miễn phí cho 250 người dân (20/06/2024)
- Ra mắt mô hình "Ngôi nhà nhân ái" (30/05/2024)
""", "2024-07-12", "\"Đồn Biên phòng là nhà, biên giới là quê hương\"",
E("so_ket", "2024-H1", "2024-07-11"),
[P("Nguyễn Văn Hòa", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("A Pái", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Ngọc", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đăk Long"),
 P("Y Ngân", "Trung tá", "Chính trị viên Đồn Biên phòng Bờ Y"),
 P("A Tuyến", "già làng làng Đăk Ba")],
[Q("73 cán bộ, đảng viên", 73, "cán bộ, đảng viên"), Q("52 chi bộ thôn, làng", 52, "chi bộ thôn, làng"), Q("9 đồng chí", 9, "đồng chí"),
 Q("trên 3.200 ngày công", 3200, "ngày công", "over"), Q("8 căn nhà", 8, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("35 con bò giống", 35, "con bò giống"), Q("15 lớp xóa mù chữ", 15, "lớp xóa mù chữ"), Q("342 học viên", 342, "học viên"),
 Q("112%", 112, "%"), Q("116 căn nhà tạm", 116, "căn nhà tạm"), Q("16 xã biên giới", 16, "xã biên giới"), Q("11 hộ", 11, "hộ"),
 Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"), Q("20 căn nhà", 20, "căn nhà"), Q("4 tập thể", 4, "tập thể"),
 Q("9 cá nhân", 9, "cá nhân")],
[D("Kế hoạch", "95", "KH/TU", "2024-03-14", "Tỉnh ủy", "Kế hoạch số 95-KH/TU ngày 14/3/2024"),
 D("Chỉ thị", "08", "CT-BTL", None, "Tư lệnh Bộ đội Biên phòng", "Chỉ thị 08/CT-BTL"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Long")],
["BÁO KON TUM ĐIỆN TỬ", "Quốc phòng - An ninh › Biên phòng", "Ảnh: Đồng chí A Pái phát biểu tại hội nghị.",
 "Đồn Biên phòng là nhà, biên giới là quê hương", "Mái ấm biên cương", "Bò giống cho hộ nghèo biên giới",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Tin lành Đề Ga", "Ngôi nhà nhân ái", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới",
 "Con nuôi đồn Biên phòng", "bộ đội của làng"],
["Thứ Sáu, 12/07/2024, 14:35", "6 tháng đầu năm 2024", "6 tháng cuối năm", "9 đồng chí", "30/11"]))

PAGES.append(page("b3528-soctrang-bchqs-xoanhatam-2024", """
Báo Sóc Trăng Online
Trang chủ » Xã hội » Xóa nhà tạm, nhà dột nát
08:15 | 08/11/2024
Bộ Chỉ huy Quân sự tỉnh bàn giao 20 căn nhà cho hộ nghèo
Các đại biểu cắt băng bàn giao nhà tại xã Lâm Tân.
(STO) - Ngày 07/11/2024, Bộ Chỉ huy Quân sự tỉnh Sóc Trăng tổ chức lễ bàn giao 20 căn nhà cho hộ nghèo, hộ cận nghèo ở các xã Lâm Tân, Tham Đôn và phường Vĩnh Phước, hưởng ứng phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025".
Các căn nhà có diện tích khoảng 50 m2, mỗi căn được hỗ trợ 60 triệu đồng từ Quỹ "Vì người nghèo" của Bộ Tư lệnh Quân khu 9 và nguồn xã hội hóa; tổng kinh phí hơn 1,3 tỷ đồng. Cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh, Ban Chỉ huy Quân sự các huyện Thạnh Trị, Trần Đề và thị xã Vĩnh Châu góp khoảng 1.600 ngày công, hoàn thành nhà trong 45 ngày.
Dự lễ có Đại tá Lâm Hoàng Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh; đồng chí Thạch Thị Mỹ Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy; Thượng tá Sơn Ngọc Sang, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh; Hòa thượng Lý Sà Rinh, Trụ trì chùa Tà Âm, xã Lâm Tân.
Đại tá Lâm Hoàng Anh cho biết, thực hiện Kế hoạch số 2207/KH-BTL ngày 20/6/2024 của Bộ Tư lệnh Quân khu 9 và Kế hoạch số 140-KH/TU của Ban Thường vụ Tỉnh ủy, năm 2024 Bộ Chỉ huy Quân sự tỉnh nhận xây 45 căn nhà; đến nay đã bàn giao 38/45 căn, đạt hơn 84%. Các căn còn lại sẽ hoàn thành trước Tết Nguyên đán Ất Tỵ.
Bà Kim Thị Sa Quel, ở ấp Tà Âm A, xã Lâm Tân, chồng mất, một mình nuôi mẹ già và 3 con nhỏ, xúc động nói: "Nhà cũ dột, mưa là phải lấy thau hứng nước. Giờ có nhà mới, tôi không còn lo mỗi mùa mưa bão". Ông Danh Thol, người có uy tín ấp Tà Âm A, cho biết bà con người Khmer trong ấp đã góp hơn 200 ngày công phụ giúp bộ đội.
Đồng chí Thạch Thị Mỹ Hạnh đánh giá cao vai trò nòng cốt của lực lượng vũ trang tỉnh trong phong trào; đề nghị Ủy ban MTTQ và các đoàn thể phối hợp theo dõi, giúp các hộ sinh kế bền vững; mỗi hộ được tặng thêm 1 bình nước lọc và 2 bao gạo.
Cùng ngày, đoàn đã thăm và tặng 50 suất quà cho học sinh nghèo người Khmer tại trường tiểu học Lâm Tân B, mỗi suất gồm 10 quyển tập và 200.000 đồng. Theo kế hoạch, từ nay đến cuối năm, lực lượng vũ trang tỉnh sẽ tiếp tục phối hợp các địa phương rà soát, hỗ trợ xây dựng nhà cho các hộ nghèo là đồng bào dân tộc thiểu số.
Nguyễn Phúc
Chia sẻ | In bài
Tin cùng chuyên mục
- Vĩnh Châu: 100% hộ nghèo có nhà ở kiên cố (01/11/2024)
- Bộ đội Biên phòng tỉnh trao 5 căn nhà cho ngư dân (25/10/2024)
- Tỉnh hoàn thành 1.200 căn nhà đại đoàn kết (15/10/2024)
""", "2024-11-08", "Bộ Chỉ huy Quân sự tỉnh bàn giao 20 căn nhà cho hộ nghèo",
E("trao_qua", None, "2024-11-07"),
[P("Lâm Hoàng Anh", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Thạch Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Ngọc Sang", "Thượng tá", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Lý Sà Rinh", "Hòa thượng", "Trụ trì chùa Tà Âm"),
 P("Kim Thị Sa Quel"),
 P("Danh Thol", "người có uy tín ấp Tà Âm A")],
[Q("20 căn nhà", 20, "căn nhà"), Q("khoảng 50 m2", 50, "m2", "approx"), Q("60 triệu đồng", 60000000, "đồng"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("khoảng 1.600 ngày công", 1600, "ngày công", "approx"), Q("45 căn nhà", 45, "căn nhà"), Q("38/45 căn", 38, "căn"),
 Q("hơn 84%", 84, "%", "over"), Q("3 con nhỏ", 3, "con nhỏ"), Q("hơn 200 ngày công", 200, "ngày công", "over"),
 Q("50 suất quà", 50, "suất quà"), Q("10 quyển tập", 10, "quyển tập"), Q("200.000 đồng", 200000, "đồng"),
 Q("2 bao gạo", 2, "bao gạo")],
[D("Kế hoạch", "2207", "KH-BTL", "2024-06-20", "Bộ Tư lệnh Quân khu 9", "Kế hoạch số 2207/KH-BTL ngày 20/6/2024"),
 D("Kế hoạch", "140", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 140-KH/TU")],
[prov("Sóc Trăng"), com("Lâm Tân"), com("Tham Đôn"), com("Vĩnh Phước")],
["Báo Sóc Trăng Online", "Trang chủ » Xã hội » Xóa nhà tạm, nhà dột nát", "Các đại biểu cắt băng bàn giao nhà tại xã Lâm Tân.",
 "(STO)", "Cả nước chung tay xóa nhà tạm, nhà dột nát trong năm 2025", "Vì người nghèo", "Chia sẻ | In bài"],
["08:15 | 08/11/2024", "1 bình nước lọc", "45 ngày", "năm 2024", "Quân khu 9", "Chia sẻ | In bài", "Tết Nguyên đán Ất Tỵ"]))

PAGES.append(page("b3529-tuyenquang-bdbp-giaoban-q3-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG
Hôm nay: Thứ Bảy, 04/10/2025
Trang chủ | Dân vận | Dân vận lực lượng vũ trang
2025-10-03 09:15
Ảnh: Quang cảnh buổi giao ban tại điểm cầu Đồng Văn.
Vùng cao nguyên đá sau sáp nhập: bộ đội "3 bám, 4 cùng" với dân
Ngày 02/10/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì giao ban công tác dân vận khối lực lượng vũ trang quý III năm 2025, kết nối trực tuyến đến 4 điểm cầu Đồng Văn, Mèo Vạc, Hoàng Su Phì, Lâm Bình. Đồng chí Ma Thị Thúy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý III, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tuyên Quang (mới) cùng Bộ Chỉ huy Quân sự tỉnh và các Ban Chỉ huy Phòng thủ khu vực đã giúp nhân dân hơn 6.700 ngày công khắc phục hậu quả mưa lũ, sạt lở đất; làm mới 9,4 km đường và 3 cầu treo; hoàn thành 68 căn nhà cho hộ nghèo, hộ có nhà tạm theo Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ, mỗi căn được hỗ trợ 60 triệu đồng. Các xã Lũng Cú, Sơn Vĩ, Xín Cái có 100% hộ nghèo có nhà tạm được xóa.
Sau khi sắp xếp đơn vị hành chính, thực hiện Hướng dẫn số 07-HD/BTGDVTW ngày 18/7/2025 của Ban Tuyên giáo và Dân vận Trung ương, các đồn biên phòng đã rà soát, phân công lại 187 cán bộ, đảng viên phụ trách hộ tại 41 thôn giáp biên; 12 đồng chí được chỉ định tham gia Ban Chấp hành Đảng bộ các xã mới.
Thượng tá Sùng Mí Vừ, Phó Chính ủy Bộ đội Biên phòng tỉnh; Trung tá Nguyễn Thị Hà, Trợ lý Dân vận Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh, và đồng chí Lù Thị Dín, Bí thư Đảng ủy xã Lũng Cú, báo cáo các mô hình "Tổ liên gia tự quản an ninh trật tự", "Con nuôi đồn Biên phòng". Ông Vàng Chúng Dình, người có uy tín thôn Sán Trồ, đề nghị tiếp tục vận động bà con không di cư tự do.
Kết luận, đồng chí Ma Thị Thúy đề nghị khối lực lượng vũ trang tiếp tục thực hiện Kết luận số 127-KL/TW, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; Quy chế phối hợp số 02-QC/BTGDVTU-BCHQS năm 2025; quý IV tập trung giúp đồng bào khắc phục thiên tai, chuẩn bị Tết cho hộ nghèo, phấn đấu hoàn thành 100% nhà tạm trước 31/10/2025.
Tại giao ban, nhiều ý kiến phản ánh sau sáp nhập, địa bàn nhiều xã rộng gấp đôi, giao thông cách trở, số cán bộ biết tiếng Mông, Dao còn mỏng; đề nghị có chính sách tăng cường cán bộ biên phòng về xã, duy trì đội công tác thường xuyên ở thôn. Đại diện các Ban Chỉ huy Phòng thủ khu vực cũng kiến nghị sớm ban hành quy chế phối hợp giữa lực lượng quân sự với Đảng ủy các xã mới, bảo đảm thống nhất trong nắm tình hình và vận động nhân dân.
Mai Anh
Tin liên quan
- Bàn giao 15 căn nhà cho đồng bào Mông ở Mèo Vạc (25/09/2025)
- Giao ban công tác dân vận quý II năm 2025 (03/07/2025)
- Bộ đội Biên phòng giúp dân khắc phục sạt lở (20/08/2025)
""", "2025-10-03", "Vùng cao nguyên đá sau sáp nhập: bộ đội \"3 bám, 4 cùng\" với dân",
E("giao_ban", "2025-Q3", "2025-10-02"),
[P("Ma Thị Thúy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Sùng Mí Vừ", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Nguyễn Thị Hà", "Trung tá", "Trợ lý Dân vận Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Lù Thị Dín", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Vàng Chúng Dình", "người có uy tín thôn Sán Trồ")],
[Q("4 điểm cầu", 4, "điểm cầu"), Q("hơn 6.700 ngày công", 6700, "ngày công", "over"), Q("9,4 km", 9.4, "km"),
 Q("3 cầu treo", 3, "cầu treo"), Q("68 căn nhà", 68, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("100% hộ nghèo", 100, "%"), Q("187 cán bộ, đảng viên", 187, "cán bộ, đảng viên"), Q("41 thôn giáp biên", 41, "thôn giáp biên"),
 Q("12 đồng chí", 12, "đồng chí"), Q("100% nhà tạm", 100, "%")],
[D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Hướng dẫn", "07", "HD/BTGDVTW", "2025-07-18", "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 07-HD/BTGDVTW ngày 18/7/2025"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW, 128-KL/TW"),
 D("Quy chế phối hợp", "02", "QC/BTGDVTU-BCHQS", None, None, "Quy chế phối hợp số 02-QC/BTGDVTU-BCHQS")],
[prov("Tuyên Quang"), com("Lũng Cú"), com("Sơn Vĩ"), com("Xín Cái")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY TUYÊN QUANG", "Hôm nay: Thứ Bảy, 04/10/2025", "Trang chủ | Dân vận | Dân vận lực lượng vũ trang",
 "Ảnh: Quang cảnh buổi giao ban tại điểm cầu Đồng Văn.", "3 bám, 4 cùng", "Tổ liên gia tự quản an ninh trật tự", "Con nuôi đồn Biên phòng"],
["Hôm nay: Thứ Bảy, 04/10/2025", "3 bám, 4 cùng", "quý III năm 2025", "quý IV", "12 đồng chí", "31/10/2025", "gấp đôi"]))

PAGES.append(page("b3530-lamdong-bchqs-tongket-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Chính trị › Quốc phòng - An ninh
19 tháng 12, 2025 | 15:00
Lực lượng vũ trang Lâm Đồng: 1.250 căn nhà và một chữ "tin"
Đại tá Điểu Sơn trao bằng khen cho các tập thể. Ảnh: K.Phương
Ngày 18/12/2025, Bộ Chỉ huy Quân sự tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới" năm 2025 - năm đầu tiên sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Dự hội nghị có đồng chí K'Mák, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Điểu Sơn, Phó Bí thư Đảng ủy, Chính ủy Bộ Chỉ huy Quân sự tỉnh.
Báo cáo cho biết, năm 2025, các cơ quan, đơn vị đã cùng Ủy ban MTTQ Việt Nam các cấp hoàn thành 1.250 căn nhà cho hộ nghèo, gia đình chính sách theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", trong đó trực tiếp xây 312 căn; huy động 9.800 lượt cán bộ, chiến sĩ với khoảng 36.000 ngày công. Tổng kinh phí vận động của lực lượng vũ trang đạt 18,7 tỷ đồng.
Đồng chí Nguyễn Văn Lực, Chỉ huy trưởng Ban Chỉ huy Quân sự xã Quảng Trực, cho biết xã biên giới có 62% dân số là đồng bào M'nông; dân quân xã cùng Đồn Biên phòng Bu Prăng đã làm 48 căn nhà trong 3 tháng. Bà Thị Bích, người có uy tín bon Bu Dăr, xã Quảng Trực, kể bộ đội "làm như làm nhà cho chính mình".
Thực hiện Nghị quyết số 05-NQ/ĐU ngày 12/7/2025 của Đảng ủy Quân sự tỉnh và Chỉ thị số 03-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy, các Ban Chỉ huy Phòng thủ khu vực đã cử 146 cán bộ về sinh hoạt tại các xã; 100% xã, phường, đặc khu có cán bộ quân sự tham gia tổ công tác dân vận. Thượng tá K'Brăk, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3 - Di Linh, và Thiếu tá Ma Thị Sương, Trợ lý Dân vận Phòng Chính trị, báo cáo mô hình "Bếp ăn quân dân" và "Vườn rau quân dân" giúp 1.500 học sinh bán trú.
Phát biểu, đồng chí K'Mák ghi nhận lực lượng vũ trang là "lực lượng nòng cốt, xung kích" trong xóa nhà tạm; đề nghị năm 2026 tiếp tục thực hiện Quy định số 304-QĐ/TW của Ban Bí thư về quy chế công tác dân vận của hệ thống chính trị, chú trọng vận động đồng bào Raglai, Chăm, K'Ho, M'nông phát triển sinh kế, giữ gìn an ninh ở vùng giáp ranh.
Dịp này, Bộ Chỉ huy Quân sự tỉnh đề nghị Bộ Quốc phòng tặng bằng khen cho 5 tập thể, 8 cá nhân; Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tặng giấy khen cho 26 tập thể, 41 cá nhân. Hội nghị cũng phát động thi đua năm 2026, đề ra chỉ tiêu mỗi đơn vị có ít nhất 1 công trình "dân vận" gắn với xây dựng nông thôn mới, đô thị văn minh.
Khánh Phương
Tin liên quan
- Đồn Biên phòng Bu Prăng bàn giao 10 căn nhà (10/12/2025)
- Tuy Phong: bộ đội giúp ngư dân khắc phục bão số 13 (20/11/2025)
- Ra mắt "Bếp ăn quân dân" tại Đam Rông (05/11/2025)
""", "2025-12-19", "Lực lượng vũ trang Lâm Đồng: 1.250 căn nhà và một chữ \"tin\"",
E("tong_ket", "2025", "2025-12-18"),
[P("K'Mák", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Sơn", "Đại tá", "Phó Bí thư Đảng ủy", "Chính ủy Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Văn Lực", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Quảng Trực"),
 P("Thị Bích", "người có uy tín bon Bu Dăr"),
 P("K'Brăk", "Thượng tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 3 - Di Linh"),
 P("Ma Thị Sương", "Thiếu tá", "Trợ lý Dân vận Phòng Chính trị")],
[Q("1.250 căn nhà", 1250, "căn nhà"), Q("312 căn", 312, "căn"), Q("9.800 lượt cán bộ, chiến sĩ", 9800, "lượt cán bộ, chiến sĩ"),
 Q("khoảng 36.000 ngày công", 36000, "ngày công", "approx"), Q("18,7 tỷ đồng", 18700000000, "đồng"), Q("62%", 62, "%"),
 Q("48 căn nhà", 48, "căn nhà"), Q("146 cán bộ", 146, "cán bộ"), Q("100%", 100, "%"), Q("1.500 học sinh bán trú", 1500, "học sinh bán trú"),
 Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"), Q("26 tập thể", 26, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", "2025-07-12", "Đảng ủy Quân sự tỉnh", "Nghị quyết số 05-NQ/ĐU ngày 12/7/2025"),
 D("Chỉ thị", "03", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 03-CT/TU ngày 20/8/2025"),
 D("Quy định", "304", "QĐ/TW", None, "Ban Bí thư", "Quy định số 304-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Chính trị › Quốc phòng - An ninh", "Đại tá Điểu Sơn trao bằng khen cho các tập thể. Ảnh: K.Phương",
 "Quân đội chung sức xây dựng nông thôn mới", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Bếp ăn quân dân", "Vườn rau quân dân",
 "lực lượng nòng cốt, xung kích"],
["19 tháng 12, 2025 | 15:00", "năm 2025", "ba tỉnh", "3 tháng", "năm 2026", "ít nhất 1 công trình", "khu vực 3", "bão số 13"]))

PAGES.append(page("b3531-dongnai-bchqs-tongket-2025", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Thời sự / Quốc phòng - An ninh
Thứ Sáu, 16/01/2026 - 07:30
Đồng chí Điểu Thị Hồng Nhung và Đại tá Trần Văn Thắng trao giấy khen. Ảnh: Văn Trường
Lực lượng vũ trang tỉnh triển khai nhiệm vụ công tác dân vận năm 2026
Ngày 15/01/2026, Đảng ủy Quân sự tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Dự hội nghị có đồng chí Điểu Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Trần Văn Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.
Năm 2025, trong điều kiện vừa hợp nhất hai tỉnh Đồng Nai và Bình Phước, vừa tổ chức lại lực lượng quân sự địa phương theo mô hình chính quyền hai cấp, các cơ quan, đơn vị vẫn duy trì tốt công tác dân vận. Lực lượng vũ trang tỉnh đã giúp nhân dân hơn 27.000 ngày công; xây mới và sửa chữa 214 căn nhà, trong đó 86 căn cho đồng bào S'tiêng, M'nông, Khmer ở các xã biên giới; làm 19 km đường và 7 cây cầu bê tông; tổng giá trị khoảng 15,2 tỷ đồng.
Thực hiện Kết luận số 150-KL/TW, 151-KL/TW của Bộ Chính trị và Kế hoạch 12-KH/ĐU ngày 05/8/2025 của Đảng ủy Quân sự tỉnh, các đơn vị phân công 312 cán bộ, đảng viên theo dõi, giúp đỡ 1.040 hộ nghèo, hộ cận nghèo. Tại xã Bù Gia Mập và xã Đăk Ơ, 2 đội công tác dân vận của Trung đoàn 736 đã ở lại dân 4 tháng, giúp 63 hộ ổn định cuộc sống.
Tại hội nghị, Trung tá Điểu Hoàng, Chính trị viên Ban Chỉ huy Phòng thủ khu vực 5 - Phước Long; Thiếu tá Lâm Thị Sa Rây, Trợ lý Dân vận Phòng Chính trị; ông Điểu Lứt, người có uy tín sóc Bù Ka, xã Đăk Ơ, phát biểu ý kiến. Đồng chí Thị Loan, Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập, đề nghị tiếp tục duy trì đội công tác ở thôn.
Theo báo cáo, năm 2025 cấp ủy, chỉ huy các đơn vị tổ chức 96 cuộc tiếp xúc, đối thoại với nhân dân; tiếp nhận 31 ý kiến, kiến nghị, giải quyết xong 29/31 ý kiến.
Kết luận, Đại tá Trần Văn Thắng yêu cầu năm 2026 thực hiện tốt Chỉ thị số 07-CT/ĐU của Đảng ủy Quân sự tỉnh về đẩy mạnh phong trào thi đua "Quân đội chung sức xây dựng nông thôn mới" giai đoạn mới; mỗi Ban Chỉ huy Phòng thủ khu vực làm ít nhất 5 căn nhà đồng đội. Đảng ủy Quân sự tỉnh tặng giấy khen 15 tập thể, 22 cá nhân.
Các đại biểu nhấn mạnh, sau hợp nhất, địa bàn tỉnh rộng, có tuyến biên giới dài với Campuchia, nhiều đồng bào dân tộc thiểu số; vì vậy công tác dân vận của lực lượng vũ trang càng phải gần dân, sát dân, góp phần xây dựng thế trận lòng dân vững chắc.
Văn Trường
Tin cùng chuyên mục
- Bàn giao 20 căn nhà cho đồng bào S'tiêng (30/12/2025)
- Trung đoàn 736 ra quân giúp dân (20/12/2025)
- Hội nghị người có uy tín vùng biên giới (10/12/2025)
""", "2026-01-16", "Lực lượng vũ trang tỉnh triển khai nhiệm vụ công tác dân vận năm 2026",
E("tong_ket", "2025", "2026-01-15"),
[P("Điểu Thị Hồng Nhung", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Văn Thắng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Điểu Hoàng", "Trung tá", "Chính trị viên Ban Chỉ huy Phòng thủ khu vực 5 - Phước Long"),
 P("Lâm Thị Sa Rây", "Thiếu tá", "Trợ lý Dân vận Phòng Chính trị"),
 P("Điểu Lứt", "người có uy tín sóc Bù Ka"),
 P("Thị Loan", "Phó Bí thư Thường trực Đảng ủy xã Bù Gia Mập")],
[Q("hơn 27.000 ngày công", 27000, "ngày công", "over"), Q("214 căn nhà", 214, "căn nhà"), Q("86 căn", 86, "căn"), Q("19 km", 19, "km"),
 Q("7 cây cầu bê tông", 7, "cây cầu bê tông"), Q("khoảng 15,2 tỷ đồng", 15200000000, "đồng", "approx"),
 Q("312 cán bộ, đảng viên", 312, "cán bộ, đảng viên"), Q("1.040 hộ nghèo, hộ cận nghèo", 1040, "hộ nghèo, hộ cận nghèo"),
 Q("2 đội công tác dân vận", 2, "đội công tác dân vận"), Q("63 hộ", 63, "hộ"), Q("96 cuộc tiếp xúc, đối thoại", 96, "cuộc tiếp xúc, đối thoại"),
 Q("31 ý kiến, kiến nghị", 31, "ý kiến, kiến nghị"), Q("29/31 ý kiến", 29, "ý kiến"),
 Q("ít nhất 5 căn nhà đồng đội", 5, "căn nhà đồng đội", "over"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW, 151-KL/TW"),
 D("Kết luận", "151", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW, 151-KL/TW"),
 D("Kế hoạch", "12", "KH/ĐU", "2025-08-05", "Đảng ủy Quân sự tỉnh", "Kế hoạch 12-KH/ĐU ngày 05/8/2025"),
 D("Chỉ thị", "07", "CT/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chỉ thị số 07-CT/ĐU")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Thời sự / Quốc phòng - An ninh",
 "Đồng chí Điểu Thị Hồng Nhung và Đại tá Trần Văn Thắng trao giấy khen. Ảnh: Văn Trường",
 "Quân đội chung sức xây dựng nông thôn mới", "Trung đoàn 736"],
["Thứ Sáu, 16/01/2026 - 07:30", "năm 2025", "năm 2026", "hai tỉnh", "hai cấp", "4 tháng", "khu vực 5", "Trung đoàn 736"]))

PAGES.append(page("b3532-vinhlong-taphson-doithoai-2026", """
ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy
Ngày đăng 27/03/2026 | 10:20
Toàn cảnh buổi đối thoại.
Xã Tập Sơn đối thoại với thanh niên về nghĩa vụ quân sự và xây dựng nông thôn mới
Sáng 26/3/2026, Đảng ủy, UBND xã Tập Sơn phối hợp với Ban Chỉ huy Quân sự xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với đoàn viên, thanh niên năm 2026. Đồng chí Thạch Thị Sô Phia, Bí thư Đảng ủy xã chủ trì; cùng dự có các đồng chí Phó Bí thư Đảng ủy xã: Kim Văn Tươi, Nguyễn Hoàng Khải; Trung tá Sơn Minh Thành, Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4 - Trà Cú.
Tập Sơn là xã mới của tỉnh Vĩnh Long, được thành lập sau sắp xếp đơn vị hành chính năm 2025, có hơn một nửa dân số là đồng bào Khmer. Tham dự có 95 đoàn viên, thanh niên, trong đó 28 thanh niên vừa nhập ngũ tháng 3/2026 và 14 quân nhân xuất ngũ. Thanh niên đã nêu 17 ý kiến, tập trung vào chính sách hậu phương quân đội, học nghề, việc làm sau xuất ngũ, hỗ trợ vốn khởi nghiệp.
Trả lời các ý kiến, Thượng úy Danh Hiếu, Chỉ huy trưởng Ban Chỉ huy Quân sự xã, cho biết năm 2026 xã giao 28 thanh niên, đạt 100% chỉ tiêu; mỗi tân binh được xã, các đoàn thể tặng quà trị giá 2 triệu đồng. Theo Nghị định số 27/2016/NĐ-CP của Chính phủ, quân nhân xuất ngũ được hỗ trợ học nghề, vay vốn từ Ngân hàng Chính sách xã hội tối đa 100 triệu đồng.
Đồng chí Thạch Thị Sô Phia thông tin, thực hiện Nghị quyết số 03-NQ/ĐU ngày 10/01/2026 của Đảng ủy xã về xây dựng xã nông thôn mới nâng cao, năm 2025 Ban Chỉ huy Quân sự xã đã phối hợp với bộ đội Trung đoàn 892 giúp dân làm 3,2 km đường bê tông ấp Đông Sơn, sửa 2 cây cầu, xây 4 căn nhà đại đoàn kết cho hộ Khmer nghèo. Năm 2026, xã phấn đấu có thêm 2 mô hình "Dân vận khéo" trong lực lượng dân quân.
Anh Thạch Sa Rết, đoàn viên ấp Ô Rung, kiến nghị có lớp dạy nghề sửa xe, điện dân dụng cho quân nhân xuất ngũ. Chị Kim Thị Chanh Thi, Bí thư Chi đoàn ấp Đông Sơn, đề nghị Ban Chỉ huy Quân sự xã duy trì các buổi sinh hoạt chuyên đề về "Thanh niên với an ninh mạng".
Kết thúc đối thoại, đồng chí Bí thư Đảng ủy xã giao các ngành rà soát 5 kiến nghị thuộc thẩm quyền, trả lời bằng văn bản trước ngày 30/4/2026; đồng thời đề nghị Trung tá Sơn Minh Thành báo cáo Ban Chỉ huy Phòng thủ khu vực hỗ trợ xã mở lớp dạy nghề. Hội nghị là dịp để chính quyền lắng nghe tâm tư của thanh niên theo tinh thần Quy định số 144-QĐ/TW của Bộ Chính trị.
Huỳnh Nhi
Lượt xem: 317
Tin khác
- Lễ giao nhận quân năm 2026 (05/03/2026)
- Ban Chỉ huy Quân sự xã ra mắt tổ dân quân tự quản (20/02/2026)
- Xã Tập Sơn trao 120 phần quà Tết (10/02/2026)
""", "2026-03-27", "Xã Tập Sơn đối thoại với thanh niên về nghĩa vụ quân sự và xây dựng nông thôn mới",
E("doi_thoai", "2026", "2026-03-26"),
[P("Thạch Thị Sô Phia", "Bí thư Đảng ủy xã"),
 P("Kim Văn Tươi", "Phó Bí thư Đảng ủy xã"),
 P("Nguyễn Hoàng Khải", "Phó Bí thư Đảng ủy xã"),
 P("Sơn Minh Thành", "Trung tá", "Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 4 - Trà Cú"),
 P("Danh Hiếu", "Thượng úy", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"),
 P("Thạch Sa Rết"),
 P("Kim Thị Chanh Thi", "Bí thư Chi đoàn ấp Đông Sơn")],
[Q("95 đoàn viên, thanh niên", 95, "đoàn viên, thanh niên"), Q("28 thanh niên", 28, "thanh niên"), Q("14 quân nhân xuất ngũ", 14, "quân nhân xuất ngũ"),
 Q("17 ý kiến", 17, "ý kiến"), Q("100%", 100, "%"), Q("2 triệu đồng", 2000000, "đồng"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("3,2 km", 3.2, "km"), Q("2 cây cầu", 2, "cây cầu"), Q("4 căn nhà đại đoàn kết", 4, "căn nhà đại đoàn kết"), Q("2 mô hình", 2, "mô hình"),
 Q("5 kiến nghị", 5, "kiến nghị")],
[D("Nghị định", "27", "2016/NĐ-CP", None, "Chính phủ", "Nghị định số 27/2016/NĐ-CP"),
 D("Nghị quyết", "03", "NQ/ĐU", "2026-01-10", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 10/01/2026"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 144-QĐ/TW")],
[prov("Vĩnh Long"), com("Tập Sơn")],
["ĐẢNG ỦY XÃ TẬP SƠN - TỈNH VĨNH LONG", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy", "Toàn cảnh buổi đối thoại.",
 "Dân vận khéo", "Thanh niên với an ninh mạng", "Ngân hàng Chính sách xã hội", "Lượt xem: 317", "Trung đoàn 892"],
["Ngày đăng 27/03/2026 | 10:20", "hơn một nửa", "năm 2026", "tháng 3/2026", "năm 2025", "khu vực 4", "30/4/2026", "Lượt xem: 317", "Trung đoàn 892"]))
