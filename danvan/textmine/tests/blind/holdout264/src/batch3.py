from lib import *
PAGES = []

PAGES.append(page("b6305-daklak-xa-soket-h1-2022", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ EA SÔ - HUYỆN EA KAR
Trang chủ / Tin tức - Sự kiện / Hoạt động Đảng ủy
Thứ Ba, 12/07/2022
Đồng chí Y Wim Niê phát biểu kết luận hội nghị.
Ea Sô giữ vững 3 năm không có cháy rừng
Sáng 11/7/2022, Đảng ủy xã Ea Sô (huyện Ea Kar, tỉnh Đắk Lắk) tổ chức hội nghị sơ kết công tác lãnh đạo 6 tháng đầu năm 2022, triển khai nhiệm vụ 6 tháng cuối năm, trong đó dành nhiều thời gian đánh giá công tác dân vận trong bảo vệ rừng và phòng cháy, chữa cháy rừng mùa khô. Đồng chí Y Wim Niê, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị; dự có đồng chí Nguyễn Thị Thu Hà, HUV, Phó Trưởng Ban Dân vận Huyện ủy Ea Kar.
Theo báo cáo, 6 tháng đầu năm xã đã vận động 1.046 hộ ở 4 buôn và 6 thôn giáp Khu bảo tồn thiên nhiên Ea Sô ký cam kết không đốt rẫy, không mang lửa vào rừng; 10/10 thôn, buôn đã bổ sung nội dung giữ rừng vào hương ước, quy ước theo Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ. Xã duy trì 10 tổ đội xung kích với 154 thành viên trực 24/24 giờ trong những tháng cao điểm; mùa khô 2021 - 2022 không xảy ra vụ cháy rừng nào, đánh dấu 3 năm liên tiếp xã giữ được rừng.
Khối dân vận xã đã tổ chức 32 buổi tuyên truyền bằng tiếng Êđê và tiếng Việt với khoảng 2.100 lượt người tham dự; phối hợp với Ban quản lý Khu bảo tồn tổ chức cho 15 người có uy tín đi tham quan mô hình cộng đồng giữ rừng ở huyện Lắk. Hội Nông dân xã vận động 62 hộ chuyển đổi từ làm rẫy trên đất dốc sang trồng cây ăn quả, hỗ trợ vốn vay khoảng 1,8 tỷ đồng từ Ngân hàng Chính sách xã hội.
Tại hội nghị, bà H'Bliêm Mlô, Chủ tịch Ủy ban MTTQ Việt Nam xã, đề nghị các chi bộ chỉ đạo họp buôn để bình xét những hộ thực hiện tốt cam kết, biểu dương ngay tại nhà sinh hoạt cộng đồng. Ông Y Kông Êban, người có uy tín buôn Ea Rốk, cho biết buôn đã đưa luật tục "phạt vạ" vào quy ước: người làm cháy rừng phải nộp 1 con heo, 1 ché rượu và trồng lại cây. Ông Trần Văn Quý, Bí thư Chi bộ kiêm Trưởng thôn 7, phản ánh còn tình trạng người từ nơi khác đến lấn chiếm đất rừng, đề nghị Ủy ban kiểm tra Đảng ủy xã và công an xã phối hợp xử lý.
Các đồng chí Phó Bí thư Đảng ủy xã: Lê Văn Hòa, H'Nga Byă giải trình một số ý kiến về kinh phí cho tổ đội xung kích và việc cấp giấy chứng nhận quyền sử dụng đất cho 38 hộ đồng bào tại chỗ.
Kết luận hội nghị, đồng chí Y Wim Niê yêu cầu 6 tháng cuối năm các chi bộ tiếp tục thực hiện Nghị quyết chuyên đề số 07-NQ/ĐU của Đảng ủy xã về công tác dân vận trong quản lý, bảo vệ rừng; Kế hoạch số 25-KH/ĐU và Kế hoạch số 26-KH/ĐU của Ban Thường vụ Đảng ủy xã về thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư; phấn đấu 100% hộ ven rừng ký lại cam kết trước mùa khô 2022 - 2023 và xây dựng ít nhất 2 mô hình "Dân vận khéo" về giữ rừng.
Ban Tuyên giáo Đảng ủy xã
Lượt truy cập: 56.318
Tin khác
- Hội nghị giao ban khối dân vận xã quý II năm 2022 (28/06/2022)
- Ea Sô tổ chức Ngày hội Đại đoàn kết ở buôn Ea Rốk (10/06/2022)
- Huyện Ea Kar ra quân trồng cây đầu mùa mưa (20/05/2022)
""", "2022-07-12", "Ea Sô giữ vững 3 năm không có cháy rừng",
E("so_ket", "2022-H1", "2022-07-11"),
[P("Y Wim Niê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Nguyễn Thị Thu Hà", "HUV", "Phó Trưởng Ban Dân vận Huyện ủy Ea Kar"),
 P("H'Bliêm Mlô", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Kông Êban", "người có uy tín buôn Ea Rốk"),
 P("Trần Văn Quý", "Bí thư Chi bộ kiêm Trưởng thôn 7"),
 P("Lê Văn Hòa", "Phó Bí thư Đảng ủy xã"),
 P("H'Nga Byă", "Phó Bí thư Đảng ủy xã")],
[Q("1.046 hộ", 1046, "hộ"), Q("4 buôn", 4, "buôn"), Q("6 thôn", 6, "thôn"), Q("10/10 thôn, buôn", 10, "thôn, buôn"),
 Q("10 tổ đội xung kích", 10, "tổ đội xung kích"), Q("154 thành viên", 154, "thành viên"),
 Q("32 buổi tuyên truyền", 32, "buổi tuyên truyền"), Q("khoảng 2.100 lượt người", 2100, "lượt người", "approx"),
 Q("15 người có uy tín", 15, "người có uy tín"), Q("62 hộ", 62, "hộ"), Q("khoảng 1,8 tỷ đồng", 1800000000, "đồng", "approx"),
 Q("1 con heo", 1, "con heo"), Q("1 ché rượu", 1, "ché rượu"), Q("38 hộ đồng bào tại chỗ", 38, "hộ đồng bào tại chỗ"),
 Q("100%", 100, "%"), Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "25", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 25-KH/ĐU"),
 D("Kế hoạch", "26", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 26-KH/ĐU"),
 D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW")],
[prov("Đắk Lắk"), com("Ea Sô")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ EA SÔ - HUYỆN EA KAR", "Trang chủ / Tin tức - Sự kiện / Hoạt động Đảng ủy",
 "Đồng chí Y Wim Niê phát biểu kết luận hội nghị.", "Khu bảo tồn thiên nhiên Ea Sô", "phạt vạ", "Dân vận khéo", "Lượt truy cập: 56.318"],
["Thứ Ba, 12/07/2022", "6 tháng đầu năm 2022", "6 tháng cuối năm", "3 năm", "24/24 giờ", "mùa khô 2021 - 2022", "mùa khô 2022 - 2023", "Lượt truy cập: 56.318"]))

PAGES.append(page("b6306-binhthuan-bdv-giaoban-thang4-2022", """
Báo Bình Thuận điện tử
Chính trị » Xây dựng Đảng » Dân vận
2022-05-05 09:10
Ảnh: Quang cảnh buổi giao ban.
Chuyển biến từ các bản cam kết giữ rừng ở vùng đồng bào Chăm, Raglai
Ngày 04/5/2022, Ban Dân vận Tỉnh ủy Bình Thuận tổ chức giao ban công tác dân vận tháng 4/2022 với Ban Dân vận các huyện, thị xã, thành ủy và Ủy ban MTTQ Việt Nam tỉnh, tập trung vào công tác vận động đồng bào dân tộc thiểu số tham gia phòng cháy, chữa cháy rừng trong cao điểm nắng nóng. Đồng chí Đàng Thị Mỹ Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại buổi giao ban cho thấy, trong tháng 4 các huyện Bắc Bình, Hàm Thuận Bắc, Tánh Linh đã vận động thêm 1.380 hộ ven rừng ký cam kết, nâng tổng số hộ ký cam kết từ đầu mùa khô lên 7.926 hộ; 53 thôn, bản có đồng bào Chăm, Raglai, K'Ho bổ sung điều khoản cấm đốt rẫy vào quy ước. Trong tháng, toàn tỉnh xảy ra 3 vụ cháy rừng, thiệt hại khoảng 5,4 ha, chủ yếu là cháy thảm cỏ, cây bụi; lực lượng tại chỗ đã huy động gần 400 người tham gia dập lửa.
Đồng chí Katơr Thị Sóa, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết Ban đã phối hợp với Chi cục Kiểm lâm triển khai Kế hoạch liên tịch số 04-KHLT/BDVTU-CCKL ngày 10/01/2022 của Ban Dân vận Tỉnh ủy và Chi cục Kiểm lâm về vận động nhân dân bảo vệ rừng giai đoạn 2022 - 2025. Qua kiểm tra ở xã Phan Sơn, xã Phan Lâm (huyện Bắc Bình), 100% hộ người Raglai được tuyên truyền, nhưng vẫn còn 9 hộ chưa ký cam kết vì đi làm rẫy xa.
Phát biểu tại giao ban, ông Bố Xuân Hổ, người có uy tín thôn Tân Điền, xã Phan Sơn, cho biết ông đã cùng trưởng thôn đến từng chòi rẫy nhắc bà con dọn sạch thực bì trước khi đốt, chỉ đốt vào buổi sáng sớm và phải báo cho tổ bảo vệ rừng. Ông Thông Minh Tuấn, chức sắc Hội đồng Giáo sĩ Hồi giáo Bàni, thôn Lâm Giáo, xã Phan Hiệp, đề nghị đưa nội dung giữ rừng vào các buổi sinh hoạt tôn giáo của đồng bào Chăm.
Kết luận buổi giao ban, đồng chí Đàng Thị Mỹ Hương yêu cầu trong tháng 5 Ban Dân vận các cấp tiếp tục bám sát địa bàn, thực hiện tốt Chỉ thị 19, 20-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng cháy rừng mùa khô và về phát huy vai trò người có uy tín; hướng dẫn các xã tổ chức ký lại hương ước theo Nghị định số 156/2018/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp. Các Ban Dân vận huyện phải báo cáo nhanh về Ban Dân vận Tỉnh ủy trong vòng 24 giờ khi có cháy rừng xảy ra.
Buổi giao ban cũng thống nhất đề xuất Thường trực Tỉnh ủy khen thưởng 6 tập thể và 11 cá nhân có thành tích trong vận động đồng bào giữ rừng mùa khô năm 2022, mỗi cá nhân được thưởng 1,5 triệu đồng.
Ngọc Lân
Tin liên quan
- Tánh Linh: 600 hộ ký cam kết không đốt rẫy (27/04/2022)
- Hàm Thuận Bắc diễn tập chữa cháy rừng cấp huyện (19/04/2022)
- Giao ban dân vận tháng 3/2022 (06/04/2022)
""", "2022-05-05", "Chuyển biến từ các bản cam kết giữ rừng ở vùng đồng bào Chăm, Raglai",
E("giao_ban", "2022-04", "2022-05-04"),
[P("Đàng Thị Mỹ Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Katơr Thị Sóa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bố Xuân Hổ", "người có uy tín thôn Tân Điền"),
 P("Thông Minh Tuấn", "chức sắc Hội đồng Giáo sĩ Hồi giáo Bàni")],
[Q("1.380 hộ", 1380, "hộ"), Q("7.926 hộ", 7926, "hộ"), Q("53 thôn, bản", 53, "thôn, bản"), Q("3 vụ cháy rừng", 3, "vụ cháy rừng"),
 Q("khoảng 5,4 ha", 5.4, "ha", "approx"), Q("gần 400 người", 400, "người", "approx"), Q("100%", 100, "%"),
 Q("9 hộ", 9, "hộ"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Kế hoạch liên tịch", "04", "KHLT/BDVTU-CCKL", "2022-01-10", "Ban Dân vận Tỉnh ủy và Chi cục Kiểm lâm", "Kế hoạch liên tịch số 04-KHLT/BDVTU-CCKL ngày 10/01/2022"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Chỉ thị", "20", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19, 20-CT/TU"),
 D("Nghị định", "156", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 156/2018/NĐ-CP")],
[prov("Bình Thuận"), com("Phan Sơn"), com("Phan Lâm"), com("Phan Hiệp")],
["Báo Bình Thuận điện tử", "Chính trị » Xây dựng Đảng » Dân vận", "Ảnh: Quang cảnh buổi giao ban.", "Luật Lâm nghiệp"],
["2022-05-05 09:10", "tháng 4/2022", "giai đoạn 2022 - 2025", "24 giờ", "năm 2022", "tháng 3/2022"]))

PAGES.append(page("b6307-yenbai-huyen-doithoai-2023", """
Báo Yên Bái điện tử
Thời sự | Chính trị | Dân vận
Cập nhật: 09:42, 21/03/2023 (GMT+7)
Mù Cang Chải: Chủ tịch UBND huyện đối thoại với người dân về phòng cháy rừng
YBĐT - Ngày 20/3, tại xã Chế Tạo, huyện Mù Cang Chải tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023 về công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng. Đồng chí Giàng A Tông, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mù Cang Chải chủ trì; dự có đồng chí Sùng Thị Mỷ, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện cùng hơn 300 người dân các xã Chế Tạo, Lao Chải, Dế Xu Phình.
Đồng chí Giàng A Tông trả lời ý kiến của người dân.
Mở đầu, đồng chí Thào A Vàng, Hạt trưởng Hạt Kiểm lâm huyện, thông tin huyện có 64.800 ha rừng, trong đó Khu bảo tồn loài và sinh cảnh Mù Cang Chải rộng khoảng 20.000 ha; năm 2022 huyện chi trả dịch vụ môi trường rừng cho 3.650 hộ với tổng số tiền trên 26 tỷ đồng. Mùa khô 2022 - 2023 huyện xảy ra 2 vụ cháy, thiệt hại 1,6 ha rừng tái sinh.
Tại buổi đối thoại, người dân nêu 19 ý kiến. Ông Lý A Dơ, người có uy tín bản Mù Cang, xã Chế Tạo, đề nghị tăng mức chi trả vì người dân phải đi tuần rừng xa nhà nhiều ngày. Bà Hờ Thị Dua, Chi hội trưởng Phụ nữ bản Háng Đề Dê, xã Lao Chải, đề nghị hỗ trợ giống cây dược liệu trồng dưới tán rừng để chị em có thu nhập, không phải phát rừng làm nương. Anh Vàng A Chu, Bí thư Đoàn xã Dế Xu Phình, kiến nghị trang bị thêm máy thổi gió cho đội thanh niên xung kích.
Trả lời người dân, đồng chí Giàng A Tông cho biết năm 2023 huyện sẽ dành khoảng 1,2 tỷ đồng từ nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ để hỗ trợ giống cây dược liệu cho khoảng 250 hộ; mua bổ sung 15 máy thổi gió cho các xã trọng điểm. Các đồng chí Phó Chủ tịch UBND huyện: Lù Văn Hòa, Nông Thị Nga trả lời các ý kiến về giao đất, giao rừng và tiến độ chi trả.
Kết luận, đồng chí Giàng A Tông đề nghị các bản thực hiện nghiêm hương ước, quy ước đã sửa đổi theo Kế hoạch số 48-KH/HU của Ban Thường vụ Huyện ủy thực hiện Chỉ thị số 13-CT/TW; mỗi hộ ký cam kết "không đốt nương khi chưa báo bản, không để cháy lan vào rừng". Những ý kiến chưa trả lời tại chỗ sẽ được trả lời bằng văn bản trong 15 ngày.
Thanh Tâm
Bài viết liên quan
- Mù Cang Chải: 100% bản sửa đổi quy ước bảo vệ rừng (10/03/2023)
- Trạm Tấu tập huấn phòng cháy rừng cho 120 người (02/03/2023)
- Yên Bái cảnh báo cháy rừng cấp nguy hiểm (24/02/2023)
""", "2023-03-21", "Mù Cang Chải: Chủ tịch UBND huyện đối thoại với người dân về phòng cháy rừng",
E("doi_thoai", "2023", "2023-03-20"),
[P("Giàng A Tông", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Mù Cang Chải"),
 P("Sùng Thị Mỷ", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Thào A Vàng", "Hạt trưởng Hạt Kiểm lâm huyện"),
 P("Lý A Dơ", "người có uy tín bản Mù Cang"),
 P("Hờ Thị Dua", "Chi hội trưởng Phụ nữ bản Háng Đề Dê"),
 P("Vàng A Chu", "Bí thư Đoàn xã Dế Xu Phình"),
 P("Lù Văn Hòa", "Phó Chủ tịch UBND huyện"),
 P("Nông Thị Nga", "Phó Chủ tịch UBND huyện")],
[Q("hơn 300 người dân", 300, "người dân", "over"), Q("64.800 ha", 64800, "ha"), Q("khoảng 20.000 ha", 20000, "ha", "approx"),
 Q("3.650 hộ", 3650, "hộ"), Q("trên 26 tỷ đồng", 26000000000, "đồng", "over"), Q("2 vụ cháy", 2, "vụ cháy"), Q("1,6 ha", 1.6, "ha"),
 Q("19 ý kiến", 19, "ý kiến"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("khoảng 250 hộ", 250, "hộ", "approx"),
 Q("15 máy thổi gió", 15, "máy thổi gió")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "48", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 48-KH/HU"),
 D("Chỉ thị", "13", "CT/TW", None, None, "Chỉ thị số 13-CT/TW")],
[prov("Yên Bái"), com("Chế Tạo"), com("Lao Chải"), com("Dế Xu Phình")],
["Báo Yên Bái điện tử", "Thời sự | Chính trị | Dân vận", "YBĐT", "Đồng chí Giàng A Tông trả lời ý kiến của người dân.",
 "Khu bảo tồn loài và sinh cảnh Mù Cang Chải", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "không đốt nương khi chưa báo bản, không để cháy lan vào rừng"],
["Cập nhật: 09:42, 21/03/2023 (GMT+7)", "năm 2023", "năm 2022", "Mùa khô 2022 - 2023", "15 ngày"]))

PAGES.append(page("b6308-kontum-mttq-giamsat-2023", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM
You are here: Trang chủ » Giám sát và phản biện xã hội
Ngày 16/10/2023 | 14:30
Giám sát việc chi trả tiền dịch vụ môi trường rừng và thực hiện quy ước bảo vệ rừng tại Tu Mơ Rông
Từ ngày 11 đến 13/10/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kon Tum do đồng chí A Hrim, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách chi trả dịch vụ môi trường rừng và quy ước bảo vệ rừng năm 2023 tại huyện Tu Mơ Rông và các xã Đăk Hà, Tu Mơ Rông, Ngọk Lây.
Đoàn giám sát làm việc với UBND xã Ngọk Lây.
Tham gia đoàn có các đồng chí Y Nhiêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Nguyễn Thị Bích Thủy, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Quỹ Bảo vệ và Phát triển rừng tỉnh. Làm việc với đoàn có đồng chí A Dũng, Phó Bí thư Thường trực Huyện ủy Tu Mơ Rông và đồng chí Hồ Văn Tiến, Phó Chủ tịch UBND huyện.
Theo báo cáo, năm 2022 huyện Tu Mơ Rông nhận hơn 47,3 tỷ đồng tiền dịch vụ môi trường rừng để chi trả cho 2.714 hộ, 64 cộng đồng thôn và 11 nhóm hộ nhận khoán bảo vệ khoảng 42.500 ha rừng; bình quân mỗi hộ nhận khoảng 9,6 triệu đồng/năm. 9 tháng năm 2023, huyện xảy ra 5 vụ phá rừng làm rẫy với diện tích 2,8 ha; đã xử lý hành chính 7 trường hợp vi phạm.
Qua giám sát thực tế, đoàn ghi nhận 100% cộng đồng thôn đã đưa nội dung bảo vệ rừng, phòng cháy rừng vào quy ước; nhiều thôn dùng một phần tiền dịch vụ môi trường rừng để làm đường, sửa nhà rông. Tuy vậy, còn 6 thôn chưa công khai danh sách, số tiền chi trả tại nhà rông; việc ghi chép tuần tra của một số tổ còn sơ sài. Ông A Khiêm, già làng thôn Long Leo, xã Tu Mơ Rông, phản ánh có hộ nhận tiền nhưng không đi tuần, làm mất đoàn kết trong thôn. Bà Y Bích, Trưởng thôn Đăk Ter, xã Đăk Hà, đề nghị được trả tiền mỗi quý thay vì cuối năm.
Kết luận, đồng chí A Hrim đề nghị huyện thực hiện đúng Nghị định số 156/2018/NĐ-CP của Chính phủ; công khai kết quả chi trả tại các kỳ họp thôn theo tinh thần Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội; phát huy vai trò Ban Công tác Mặt trận thôn trong theo dõi việc thực hiện quy ước. Đoàn sẽ ban hành văn bản kiến nghị gửi UBND huyện trong tháng 11/2023 và theo dõi việc giải quyết ở các kỳ giám sát sau.
Thùy Dương
Tin liên quan
- Đăk Glei: 1.200 hộ ký cam kết không phát rừng làm rẫy (05/10/2023)
- Kon Plông tập huấn phòng cháy rừng cho người có uy tín (22/09/2023)
- Sa Thầy: giám sát thực hiện hương ước ở 12 thôn (14/09/2023)
""", "2023-10-16", "Giám sát việc chi trả tiền dịch vụ môi trường rừng và thực hiện quy ước bảo vệ rừng tại Tu Mơ Rông",
E("giam_sat", "2023", "2023-10-11"),
[P("A Hrim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Nhiêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bích Thủy", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Dũng", "Phó Bí thư Thường trực Huyện ủy Tu Mơ Rông"),
 P("Hồ Văn Tiến", "Phó Chủ tịch UBND huyện"),
 P("A Khiêm", "già làng thôn Long Leo"),
 P("Y Bích", "Trưởng thôn Đăk Ter")],
[Q("hơn 47,3 tỷ đồng", 47300000000, "đồng", "over"), Q("2.714 hộ", 2714, "hộ"), Q("64 cộng đồng thôn", 64, "cộng đồng thôn"),
 Q("11 nhóm hộ", 11, "nhóm hộ"), Q("khoảng 42.500 ha", 42500, "ha", "approx"), Q("khoảng 9,6 triệu đồng/năm", 9600000, "đồng", "approx"),
 Q("5 vụ phá rừng làm rẫy", 5, "vụ phá rừng làm rẫy"), Q("2,8 ha", 2.8, "ha"), Q("7 trường hợp", 7, "trường hợp"),
 Q("100%", 100, "%"), Q("6 thôn", 6, "thôn")],
[D("Nghị định", "156", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 156/2018/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Kon Tum"), com("Đăk Hà"), com("Tu Mơ Rông"), com("Ngọk Lây")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH KON TUM", "You are here: Trang chủ » Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Ngọk Lây.", "Quỹ Bảo vệ và Phát triển rừng tỉnh"],
["Ngày 16/10/2023 | 14:30", "năm 2023", "năm 2022", "9 tháng năm 2023", "tháng 11/2023"]))

PAGES.append(page("b6309-dongnai-hnd-taphuan-2024", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ › Thời sự › Mặt trận - Đoàn thể
08:15 | 11/03/2024
Tập huấn phòng cháy, chữa cháy rừng cho hội viên nông dân vùng đệm Vườn quốc gia Cát Tiên
Trong 2 ngày 8 và 9/3, Hội Nông dân tỉnh Đồng Nai phối hợp với Vườn quốc gia Cát Tiên và Chi cục Kiểm lâm tỉnh tổ chức lớp tập huấn năm 2024 về kỹ năng phòng cháy, chữa cháy rừng và xây dựng quy ước bảo vệ rừng cho 150 hội viên nông dân, người có uy tín ở các xã vùng đệm Tà Lài, Phú Lý, Mã Đà.
Các học viên thực hành dập lửa bằng bàn dập và máy thổi gió.
Phát biểu khai mạc, đồng chí Hồ Văn Hà, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Chủ tịch Hội Nông dân tỉnh cho biết Đồng Nai có gần 180.000 ha rừng, trong đó hơn 60.000 ha thuộc Vườn quốc gia Cát Tiên và Khu bảo tồn thiên nhiên - văn hóa Đồng Nai. Mùa khô 2023 - 2024 được dự báo kéo dài, nguy cơ cháy rừng ở cấp V (cấp cực kỳ nguy hiểm) có thể xuất hiện ở nhiều nơi.
Tại lớp học, ông Trần Văn Thanh, Phó Giám đốc Vườn quốc gia Cát Tiên, giới thiệu các nguyên nhân gây cháy thường gặp: đốt ong lấy mật, đốt dọn rẫy, hút thuốc khi đi vào rừng. Đồng chí Lê Minh Tuấn, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh, quán triệt Luật Lâm nghiệp năm 2017, Nghị định số 156/2018/NĐ-CP và Chỉ thị số 03/CT-UBND ngày 29/01/2024 của UBND tỉnh về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô. Bà Điểu Thị Lan, Phó Chủ tịch Hội Nông dân xã Tà Lài, người dân tộc S'tiêng, chia sẻ cách ấp Tà Lài đưa nội dung "không đốt ong, không mang lửa vào rừng" vào quy ước từ năm 2020.
Học viên được thực hành dập lửa bằng bàn dập, máy thổi gió, làm đường băng cản lửa; mỗi chi hội được cấp 1 bộ tài liệu và 5 bàn dập lửa. Ông Điểu Khiêm, Chi hội trưởng Nông dân ấp 4, xã Tà Lài, cho biết chi hội có 48 hội viên, trong đó 32 hộ nhận khoán bảo vệ rừng với mức khoảng 600.000 đồng/ha/năm; sau tập huấn chi hội sẽ tổ chức họp hội viên để cùng ký lại bản cam kết.
Theo Hội Nông dân tỉnh, năm 2023 các cấp Hội đã vận động 4.120 hộ hội viên ký cam kết bảo vệ rừng; phối hợp tổ chức 46 buổi tuyên truyền; xây dựng 12 tổ hội nghề nghiệp nuôi ong dưới tán rừng. Năm 2024, Hội phấn đấu 100% chi hội ở xã có rừng đưa nội dung phòng cháy rừng vào sinh hoạt, thực hiện Kế hoạch số 220-KH/HNDT của Ban Thường vụ Hội Nông dân tỉnh.
Kết thúc tập huấn, các học viên được cấp giấy chứng nhận và được hỗ trợ 150.000 đồng/người/ngày.
Hạnh Dung
Tin khác
- Định Quán: 300 đoàn viên ra quân giữ rừng mùa khô (06/03/2024)
- Vĩnh Cửu ký quy chế phối hợp bảo vệ rừng giáp ranh (28/02/2024)
- Tân Phú: Mặt trận trao 100 phần quà cho hộ nghèo vùng rừng (20/02/2024)
""", "2024-03-11", "Tập huấn phòng cháy, chữa cháy rừng cho hội viên nông dân vùng đệm Vườn quốc gia Cát Tiên",
E("tap_huan", "2024", "2024-03-08"),
[P("Hồ Văn Hà", "Ủy viên Ban Chấp hành Đảng bộ tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Trần Văn Thanh", "Phó Giám đốc Vườn quốc gia Cát Tiên"),
 P("Lê Minh Tuấn", "Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh"),
 P("Điểu Thị Lan", "Phó Chủ tịch Hội Nông dân xã Tà Lài"),
 P("Điểu Khiêm", "Chi hội trưởng Nông dân ấp 4")],
[Q("150 hội viên nông dân", 150, "hội viên nông dân"), Q("gần 180.000 ha", 180000, "ha", "approx"), Q("hơn 60.000 ha", 60000, "ha", "over"),
 Q("5 bàn dập lửa", 5, "bàn dập lửa"), Q("48 hội viên", 48, "hội viên"), Q("32 hộ", 32, "hộ"),
 Q("khoảng 600.000 đồng/ha/năm", 600000, "đồng", "approx"), Q("4.120 hộ hội viên", 4120, "hộ hội viên"),
 Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("12 tổ hội nghề nghiệp", 12, "tổ hội nghề nghiệp"), Q("100%", 100, "%"),
 Q("150.000 đồng/người/ngày", 150000, "đồng")],
[D("Nghị định", "156", "2018/NĐ-CP", None, None, "Nghị định số 156/2018/NĐ-CP"),
 D("Chỉ thị", "03", "CT-UBND", "2024-01-29", "UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 29/01/2024"),
 D("Kế hoạch", "220", "KH/HNDT", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 220-KH/HNDT")],
[prov("Đồng Nai"), com("Tà Lài"), com("Phú Lý"), com("Mã Đà")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ › Thời sự › Mặt trận - Đoàn thể", "Các học viên thực hành dập lửa bằng bàn dập và máy thổi gió.",
 "Vườn quốc gia Cát Tiên", "Khu bảo tồn thiên nhiên - văn hóa Đồng Nai", "Luật Lâm nghiệp năm 2017", "không đốt ong, không mang lửa vào rừng"],
["08:15 | 11/03/2024", "2 ngày", "năm 2024", "Mùa khô 2023 - 2024", "cấp V", "năm 2020", "1 bộ tài liệu", "năm 2023", "Năm 2024"]))

PAGES.append(page("b6310-quangtri-bdv-giaoban-q2-2024", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Hôm nay: Thứ Hai, 08/07/2024
Chính trị - Xã hội / Dân vận
Thứ Sáu, 05/07/2024 - 15:30
Ảnh: Đồng chí Hồ Thị Thu Hằng phát biểu kết luận buổi giao ban.
Phát huy hương ước, cam kết trong bảo vệ rừng ở vùng đồng bào Vân Kiều, Pa Kô
Chiều 04/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý II năm 2024 với Ban Dân vận các huyện ủy, thị ủy, thành ủy, Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Báo cáo tại giao ban cho biết, quý II, khối dân vận đã tập trung vận động đồng bào Vân Kiều, Pa Kô ở hai huyện Hướng Hóa, Đakrông tham gia phòng cháy rừng trong cao điểm gió Lào. Đã có 3.180 hộ ký cam kết không đốt rẫy trong những ngày nắng nóng; 96 thôn, bản rà soát, bổ sung hương ước; 27 tổ "Dân vận khéo" trong bảo vệ rừng được thành lập. Toàn tỉnh xảy ra 4 vụ cháy rừng với diện tích khoảng 12,4 ha, giảm 3 vụ so với cùng kỳ năm 2023.
Đồng chí Hồ Văn Nhân, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông, cho biết huyện đã phối hợp với Ban Quản lý Khu bảo tồn thiên nhiên Đakrông tổ chức 18 buổi họp thôn để người dân tự bàn, tự ký cam kết. Ông Hồ Văn Khiêm, người có uy tín thôn A Vao, xã A Vao, chia sẻ: "Cam kết bà con tự viết ra thì bà con nhớ; ai vi phạm thì cả thôn cùng nhắc". Bà Kăn Thị Rôi, Phó Chủ tịch Hội LHPN xã Hướng Lập, đề nghị có thêm lớp tập huấn cho tổ phụ nữ giữ rừng.
Đồng chí Lê Văn Bình, Phó Trưởng Ban Dân vận Tỉnh ủy, cho biết quý II các cơ quan dân vận đã tiếp 29 lượt công dân, nhận 14 đơn thư, trong đó 5 đơn liên quan đến tranh chấp đất rừng; đã phối hợp giải quyết dứt điểm 11 đơn. Ban đã hướng dẫn thực hiện Kết luận 44, 45-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về giữ rừng đầu nguồn; Hướng dẫn số 06-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo".
Kết luận, đồng chí Hồ Thị Thu Hằng yêu cầu quý III các cấp tiếp tục thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; duy trì tổ tuần tra ở các thôn giáp rừng, phấn đấu không để xảy ra cháy rừng lớn; chuẩn bị tổ chức Hội nghị biểu dương người có uy tín năm 2024. Ban Dân vận các huyện miền núi báo cáo tình hình cháy rừng về Ban Dân vận Tỉnh ủy hằng tuần.
Hoàng Trang
Tin liên quan
- Hướng Hóa: 1.200 hộ Vân Kiều ký cam kết giữ rừng (24/06/2024)
- Giao ban dân vận quý I năm 2024 (02/04/2024)
- Đakrông ra mắt mô hình "Thôn không cháy rừng" (18/03/2024)
""", "2024-07-05", "Phát huy hương ước, cam kết trong bảo vệ rừng ở vùng đồng bào Vân Kiều, Pa Kô",
E("giao_ban", "2024-Q2", "2024-07-04"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Nhân", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông"),
 P("Hồ Văn Khiêm", "người có uy tín thôn A Vao"),
 P("Kăn Thị Rôi", "Phó Chủ tịch Hội LHPN xã Hướng Lập"),
 P("Lê Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3.180 hộ", 3180, "hộ"), Q("96 thôn, bản", 96, "thôn, bản"), Q("27 tổ", 27, "tổ"), Q("4 vụ cháy rừng", 4, "vụ cháy rừng"),
 Q("khoảng 12,4 ha", 12.4, "ha", "approx"), Q("3 vụ", 3, "vụ"), Q("18 buổi họp thôn", 18, "buổi họp thôn"),
 Q("29 lượt công dân", 29, "lượt công dân"), Q("14 đơn thư", 14, "đơn thư"), Q("5 đơn", 5, "đơn"), Q("11 đơn", 11, "đơn")],
[D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 44, 45-KL/TU"),
 D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 44, 45-KL/TU"),
 D("Hướng dẫn", "06", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 06-HD/BDVTU"),
 D("Chỉ thị", "13", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 13-CT/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Quảng Trị"), com("A Vao"), com("Hướng Lập")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị - Xã hội / Dân vận", "Ảnh: Đồng chí Hồ Thị Thu Hằng phát biểu kết luận buổi giao ban.",
 "Dân vận khéo", "Khu bảo tồn thiên nhiên Đakrông", "Cam kết bà con tự viết ra thì bà con nhớ; ai vi phạm thì cả thôn cùng nhắc",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["Hôm nay: Thứ Hai, 08/07/2024", "Thứ Sáu, 05/07/2024 - 15:30", "quý II năm 2024", "năm 2023", "năm 2024"]))
