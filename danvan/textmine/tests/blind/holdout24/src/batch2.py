from lib import *
PAGES = []

PAGES.append(page("b539-hoabinh-bdv-doithoai-2020", """
BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ > Tin tức > Hoạt động dân vận
Cập nhật lúc 16:45 ngày 07/08/2020
Người dân xã Tân Minh trao đổi với lãnh đạo tỉnh tại buổi đối thoại.
Lắng nghe người dân vùng lòng hồ nói về đất sản xuất
Chiều 6/8, tại xã Tân Minh, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh Hòa Bình tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2020, tập trung vào vấn đề đất sản xuất và tái định cư vùng lòng hồ sông Đà.
Chủ trì đối thoại có đồng chí Bùi Văn Cửu, Phó Bí thư Tỉnh ủy; đồng chí Quách Thị Hồng Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Đinh Công Sứ, Chủ tịch Ủy ban MTTQ tỉnh. Cùng dự có các đồng chí Phó Chủ tịch UBND huyện Đà Bắc: Xa Văn Tâm, Lò Văn Khiêm và 230 người dân của 4 xã vùng hồ.
Buổi đối thoại được tổ chức theo Quy định số 124-QĐ/TU ngày 12/5/2018 của Ban Thường vụ Tỉnh ủy về tiếp xúc, đối thoại trực tiếp với nhân dân, thực hiện Kết luận 120-KL/TW của Ban Bí thư về tiếp tục đẩy mạnh xây dựng và thực hiện quy chế dân chủ ở cơ sở và Pháp lệnh 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội.
Tại hội nghị, 27 ý kiến của người dân được nêu trực tiếp. Ông Triệu Văn Sinh, người có uy tín xóm Mó Nẻ, xã Tiền Phong, phản ánh còn 146 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất sau hơn 20 năm di dân. Bà Lò Thị Hoa, hội viên phụ nữ xóm Bưa, xã Tân Minh, đề nghị sớm hoàn thành tuyến đường dài 7,5 km ra trung tâm xã.
Các ý kiến đều được lãnh đạo tỉnh, huyện trả lời cụ thể; 19/27 ý kiến được giải quyết ngay tại hội nghị. Đồng chí Bùi Văn Cửu cho biết, năm 2020 tỉnh bố trí 12,6 tỷ đồng để đo đạc, cấp giấy chứng nhận cho khoảng 1.800 thửa đất và hỗ trợ mỗi hộ tái định cư 5 triệu đồng mua giống cây trồng.
Kết luận đối thoại, đồng chí Trưởng Ban Dân vận Tỉnh ủy yêu cầu các ngành tiếp tục rà soát, trả lời bằng văn bản những kiến nghị chưa giải quyết xong trong vòng 30 ngày, đồng thời nhân rộng cách làm "nghe dân nói, nói dân hiểu, làm dân tin" ở các xã vùng cao.
Sau đối thoại, đoàn công tác trao 50 suất quà cho hộ nghèo xóm Bưa.
Thanh Hải
Lượt xem: 904
Tin liên quan
- Ban Dân vận Tỉnh ủy giao ban khối dân vận 6 tháng đầu năm 2020
- Mai Châu: Phát huy vai trò người có uy tín trong đồng bào Thái
- Tổng kết 5 năm phong trào thi đua "Dân vận khéo"
- Hòa Bình: Hơn 3.000 hộ dân hiến đất làm đường
- Lạc Sơn đối thoại với nông dân về chuyển đổi cây trồng
- Kim Bôi: Dân vận chính quyền gắn với cải cách hành chính
- Già làng, trưởng bản góp sức giữ bình yên vùng hồ
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách hỗ trợ người dân gặp khó khăn do Covid-19
""", "2020-08-07", "Lắng nghe người dân vùng lòng hồ nói về đất sản xuất",
E("doi_thoai", "2020", "2020-08-06"),
[P("Bùi Văn Cửu", "Phó Bí thư Tỉnh ủy"),
 P("Quách Thị Hồng Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Công Sứ", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Xa Văn Tâm", "Phó Chủ tịch UBND huyện Đà Bắc"),
 P("Lò Văn Khiêm", "Phó Chủ tịch UBND huyện Đà Bắc"),
 P("Triệu Văn Sinh", "người có uy tín xóm Mó Nẻ"),
 P("Lò Thị Hoa", "hội viên phụ nữ xóm Bưa")],
[Q("230 người dân", 230, "người dân"),
 Q("4 xã", 4, "xã"),
 Q("27 ý kiến", 27, "ý kiến"),
 Q("146 hộ", 146, "hộ"),
 Q("7,5 km", 7.5, "km"),
 Q("19/27 ý kiến", 19, "ý kiến"),
 Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("khoảng 1.800 thửa đất", 1800, "thửa đất", "approx"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("50 suất quà", 50, "suất quà")],
[D("Quy định", "124", "QĐ/TU", "2018-05-12", "Ban Thường vụ Tỉnh ủy", "Quy định số 124-QĐ/TU"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận 120-KL/TW"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh 34/2007/PL-UBTVQH11")],
[prov("Hòa Bình"), com("Tân Minh"), com("Tiền Phong")],
["BAN DÂN VẬN TỈNH ỦY HÒA BÌNH", "Trang chủ > Tin tức > Hoạt động dân vận",
 "Người dân xã Tân Minh trao đổi với lãnh đạo tỉnh tại buổi đối thoại.", "xóm Mó Nẻ", "xóm Bưa",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 904"],
["Cập nhật lúc 16:45 ngày 07/08/2020", "hơn 20 năm", "trong vòng 30 ngày", "Lượt xem: 904"]))

PAGES.append(page("b540-travinh-congdoan-traoqua-2021", """
LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH
Trang chủ » Tin tức » Chăm lo đời sống
29/01/2021 - 10:05
Trao 3.500 suất quà Tết cho đoàn viên, người lao động khó khăn
Sáng 28/1, Liên đoàn Lao động tỉnh Trà Vinh tổ chức chương trình "Tết Sum vầy - Xuân Tân Sửu 2021" và trao 3.500 suất quà cho đoàn viên công đoàn, người lao động có hoàn cảnh khó khăn, bị ảnh hưởng bởi dịch Covid-19.
Lãnh đạo tỉnh trao quà cho công nhân Khu công nghiệp Long Đức. Ảnh: Hữu Thọ
Đến dự có ông Thạch Sa Rinh, Phó Bí thư Tỉnh ủy; bà Kim Thị Sa Quyên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Hoàng Phúc, Chủ tịch Liên đoàn Lao động tỉnh và các Phó Chủ tịch Liên đoàn Lao động tỉnh: Sơn Thị Bích Vân, Lê Văn Nhựt.
Thực hiện Hướng dẫn 43/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam và Kế hoạch số 12/KH-LĐLĐ ngày 05/01/2021 của Ban Thường vụ Liên đoàn Lao động tỉnh, mỗi suất quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm, tổng trị giá 1,75 tỷ đồng. Nguồn kinh phí do công đoàn các cấp trích từ quỹ xã hội, vận động 21 doanh nghiệp đóng góp.
Tại chương trình, Liên đoàn Lao động tỉnh trao quyết định hỗ trợ xây dựng 6 "Mái ấm Công đoàn", mỗi căn 50 triệu đồng, cho công nhân chưa có nhà ở tại xã Long Đức và xã Nguyệt Hóa. Chị Thạch Thị Sô Phia, công nhân Công ty TNHH giày da Mỹ Phong, xúc động: "Năm nay con được đi học đủ, nhà sắp có mái tôn mới, Tết này là Tết ấm nhất của gia đình".
Ban tổ chức cũng bố trí 2 chuyến xe miễn phí đưa 90 công nhân về quê ăn Tết tại các tỉnh miền Tây. Công đoàn 15 doanh nghiệp tổ chức "Phiên chợ Tết Công đoàn" bán hàng bình ổn giá, giảm từ 10% đến 50% so với giá thị trường.
Phát biểu tại chương trình, bà Kim Thị Sa Quyên đề nghị các cấp công đoàn tiếp tục bám sát đời sống, việc làm của người lao động, thực hiện tốt "5 biết, 5 cùng" khi xuống cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng để tham mưu cấp ủy giải quyết. Ông Nguyễn Hoàng Phúc cho biết, trước Tết, công đoàn các cấp sẽ tiếp tục thăm, tặng quà công nhân ở lại làm việc trong những ngày Tết.
Theo Liên đoàn Lao động tỉnh, năm 2020 toàn tỉnh có nhiều lao động bị giảm giờ làm, mất việc do dịch bệnh; công đoàn các cấp đã kịp thời đề xuất chính sách hỗ trợ, đồng thời phối hợp với người sử dụng lao động bảo đảm việc làm ổn định sau Tết.
Ngọc Huyền
Lượt xem: 478
Các tin khác
- Công đoàn ngành Giáo dục trao quà cho giáo viên vùng khó
- Trà Vinh: Gần 10.000 công nhân được thưởng Tết
- Tập huấn kỹ năng thương lượng tập thể năm 2021
- LĐLĐ huyện Cầu Kè thăm hỏi đoàn viên bị tai nạn lao động
- Công đoàn Khu kinh tế Định An ra mắt Tổ tư vấn pháp luật
- Đại hội Công đoàn cơ sở điểm nhiệm kỳ 2021 - 2026
- Tuyên dương 30 công nhân lao động giỏi, sáng tạo
- Công đoàn Viên chức tỉnh hỗ trợ đoàn viên bị ảnh hưởng mưa lũ
- Trà Cú: Xây dựng "Mái ấm Công đoàn" cho đoàn viên người Khmer
""", "2021-01-29", "Trao 3.500 suất quà Tết cho đoàn viên, người lao động khó khăn",
E("trao_qua", None, "2021-01-28"),
[P("Thạch Sa Rinh", "Phó Bí thư Tỉnh ủy"),
 P("Kim Thị Sa Quyên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hoàng Phúc", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Sơn Thị Bích Vân", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Văn Nhựt", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Thạch Thị Sô Phia", "công nhân Công ty TNHH giày da Mỹ Phong")],
[Q("3.500 suất quà", 3500, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("1,75 tỷ đồng", 1750000000, "đồng"),
 Q("21 doanh nghiệp", 21, "doanh nghiệp"),
 Q('6 "Mái ấm Công đoàn"', 6, "Mái ấm Công đoàn"),
 Q("50 triệu đồng", 50000000, "đồng"),
 Q("2 chuyến xe", 2, "chuyến xe"),
 Q("90 công nhân", 90, "công nhân"),
 Q("15 doanh nghiệp", 15, "doanh nghiệp"),
 Q("từ 10%", 10, "%"),
 Q("đến 50%", 50, "%")],
[D("Hướng dẫn", "43", "HD-TLĐ", None, "Tổng Liên đoàn Lao động Việt Nam", "Hướng dẫn 43/HD-TLĐ"),
 D("Kế hoạch", "12", "KH-LĐLĐ", "2021-01-05", "Ban Thường vụ Liên đoàn Lao động tỉnh", "Kế hoạch số 12/KH-LĐLĐ")],
[prov("Trà Vinh"), com("Long Đức"), com("Nguyệt Hóa")],
["LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH", "Trang chủ » Tin tức » Chăm lo đời sống", "Tết Sum vầy - Xuân Tân Sửu 2021",
 "Lãnh đạo tỉnh trao quà cho công nhân Khu công nghiệp Long Đức. Ảnh: Hữu Thọ", "Mái ấm Công đoàn",
 "Công ty TNHH giày da Mỹ Phong", "Phiên chợ Tết Công đoàn", "Lượt xem: 478"],
["29/01/2021 - 10:05", "Xuân Tân Sửu 2021", "Covid-19", "5 biết, 5 cùng", "Lượt xem: 478"]))

PAGES.append(page("b541-yenbai-mttq-giamsat-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI
Thứ Năm, 24/11/2022 - 07:45
Trang chủ - Giám sát, phản biện xã hội
Toàn cảnh hội nghị.
Công bố kết quả giám sát Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số
Ngày 23/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Yên Bái tổ chức hội nghị thông báo kết quả giám sát việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi năm 2022 tại 3 huyện Mù Cang Chải, Trạm Tấu, Văn Chấn.
Dự hội nghị có đồng chí Giàng A Tông, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Hoàng Thị Vĩnh, Phó Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lò Văn Thưởng, Trưởng ban Dân tộc tỉnh; đồng chí Nông Thị Quyên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát.
Đồng chí Nông Thị Quyên thông báo kết quả giám sát. Ảnh: Thu Hằng
Căn cứ Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận, đoàn giám sát làm việc tại 9 xã, kiểm tra thực tế 14 công trình. Theo Nghị quyết 88/2019/QH14 của Quốc hội và Quyết định 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, năm 2022 tỉnh được giao hơn 486 tỷ đồng vốn đầu tư phát triển, đến ngày 31/10 mới giải ngân được 38%.
Đoàn ghi nhận tại xã Nậm Khắt và xã Púng Luông, 2 công trình nước sinh hoạt tập trung hoàn thành, phục vụ 412 hộ. Tuy nhiên, một số công trình chậm tiến độ; 1 tuyến đường bê tông dài 2,3 km tại xã Bản Mù mới hoàn thành 40% khối lượng. Ông Mùa A Vảng, Trưởng ban công tác Mặt trận thôn Háng Tày, kiến nghị nâng mức hỗ trợ làm nhà cho hộ nghèo lên 60 triệu đồng/hộ vì giá vật liệu tăng.
Qua giám sát, đoàn đưa ra 11 kiến nghị với UBND tỉnh và các sở, ngành, trong đó đề nghị đơn giản hóa thủ tục để người dân được tham gia thi công các hạng mục nhỏ theo cơ chế đặc thù, lấy ý kiến cộng đồng trước khi lựa chọn danh mục đầu tư.
Kết luận hội nghị, đồng chí Giàng A Tông yêu cầu Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng ở các xã tiếp tục theo dõi việc tiếp thu kiến nghị, báo cáo về Ủy ban MTTQ tỉnh trước ngày 15/12. Ủy ban MTTQ tỉnh sẽ giám sát lại việc thực hiện các kiến nghị trong quý I/2023.
Thu Hằng
Lượt xem: 612
Tin liên quan
- Mặt trận Lục Yên phát huy vai trò giám sát cộng đồng
- Hiệp thương dân chủ cử bổ sung Ủy viên Ủy ban MTTQ tỉnh
- Yên Bái: Hội nghị phản biện dự thảo Nghị quyết về hỗ trợ nhà ở
- Trạm Tấu ra mắt mô hình "Khu dân cư tự quản"
- Đồng bào Mông ở Mù Cang Chải bỏ hủ tục trong đám tang
- Văn Chấn: Ban Thanh tra nhân dân xã phát hiện sai phạm trong xây dựng nhà văn hóa
- Ủy ban MTTQ tỉnh tập huấn nghiệp vụ giám sát cho cán bộ cơ sở
""", "2022-11-24", "Công bố kết quả giám sát Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2022", "2022-11-23"),
[P("Giàng A Tông", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Vĩnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Thưởng", "Trưởng ban Dân tộc tỉnh"),
 P("Nông Thị Quyên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("Mùa A Vảng", "Trưởng ban công tác Mặt trận thôn Háng Tày")],
[Q("3 huyện", 3, "huyện"),
 Q("9 xã", 9, "xã"),
 Q("14 công trình", 14, "công trình"),
 Q("hơn 486 tỷ đồng", 486000000000, "đồng", "over"),
 Q("38%", 38, "%"),
 Q("2 công trình nước sinh hoạt tập trung", 2, "công trình nước sinh hoạt tập trung"),
 Q("412 hộ", 412, "hộ"),
 Q("1 tuyến đường bê tông", 1, "tuyến đường bê tông"),
 Q("2,3 km", 2.3, "km"),
 Q("40% khối lượng", 40, "%"),
 Q("60 triệu đồng/hộ", 60000000, "đồng"),
 Q("11 kiến nghị", 11, "kiến nghị")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Yên Bái"), com("Nậm Khắt"), com("Púng Luông"), com("Bản Mù")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH YÊN BÁI", "Trang chủ - Giám sát, phản biện xã hội", "Toàn cảnh hội nghị.",
 "Đồng chí Nông Thị Quyên thông báo kết quả giám sát. Ảnh: Thu Hằng",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "thôn Háng Tày", "Ban Thanh tra nhân dân", "Lượt xem: 612"],
["Thứ Năm, 24/11/2022 - 07:45", "ngày 31/10", "trước ngày 15/12", "quý I/2023", "Lượt xem: 612"]))

PAGES.append(page("b542-quangngai-bdv-giaoban-q2-2023", """
BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI
Trang chủ >> Hoạt động >> Tin trong tỉnh
Ngày đăng 13/07/2023 | 16:20
Giao ban khối dân vận: Tập trung vận động nhân dân bàn giao mặt bằng cao tốc
Chiều 12/7, Ban Dân vận Tỉnh ủy Quảng Ngãi chủ trì hội nghị giao ban công tác dân vận quý II/2023 với Ban cán sự đảng UBND tỉnh, Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, triển khai nhiệm vụ quý III.
Đồng chí Đinh Thị Hồng Minh phát biểu tại hội nghị.
Chủ trì hội nghị có đồng chí Đinh Thị Hồng Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Thị Thùy Dung, Hồ Văn Ngọc; đồng chí Võ Phiên, Phó Chủ tịch UBND tỉnh cùng 34 đồng chí là trưởng các ban, ngành, đoàn thể.
Quý II, khối dân vận tập trung triển khai Quyết định 23-QĐ/TW của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và Kết luận 43, 44-KL/TU của Ban Thường vụ Tỉnh ủy về giải phóng mặt bằng dự án đường bộ cao tốc Bắc - Nam. Các cấp đã vận động 1.286 hộ dân bàn giao 97% diện tích mặt bằng; tổ chức 62 cuộc đối thoại với người dân có đất bị thu hồi.
Ủy ban MTTQ tỉnh tiếp nhận hơn 9,4 tỷ đồng ủng hộ Quỹ "Vì người nghèo", hỗ trợ xây mới 214 căn nhà cho hộ nghèo. Hội Nông dân, Hội LHPN, Tỉnh đoàn và Hội CCB ra mắt thêm 38 mô hình "Dân vận khéo"; toàn tỉnh hiện có 1.047 mô hình được công nhận.
Tại huyện Ba Tơ, đồng chí Phạm Văn Hèo, người có uy tín thôn Làng Mâm, xã Ba Vì, cùng già làng Đinh Văn Ngó vận động 25 hộ đồng bào Hrê hiến đất làm điểm trường. Ở xã Trà Phong, chị Hồ Thị Liên, Bí thư Chi đoàn thôn Trà Khương, được biểu dương vì mô hình giữ rừng đầu nguồn.
Kết luận hội nghị, đồng chí Đinh Thị Hồng Minh đề nghị quý III tập trung tuyên truyền, vận động nhân dân thực hiện Chỉ thị 08 và Chỉ thị 09 của Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai và bảo vệ rừng, không để phát sinh điểm nóng; mỗi cơ quan khối dân vận chọn ít nhất 1 việc khó để làm chuyển biến.
Tại hội nghị, các đại biểu thảo luận những khó khăn trong công tác vận động người dân có đất bị thu hồi, nhất là việc xác định nguồn gốc đất, đơn giá bồi thường và bố trí khu tái định cư. Ủy ban MTTQ tỉnh đề nghị chính quyền các địa phương công khai phương án bồi thường, tổ chức đối thoại ngay khi phát sinh kiến nghị, không để người dân phải đi lại nhiều lần.
Hoàng Yến
Lượt xem: 801
Tin khác
- Ban Dân vận Tỉnh ủy tập huấn nghiệp vụ cho cán bộ dân vận cơ sở
- Sơn Hà: Hiệu quả mô hình "Dân vận khéo" trong vùng đồng bào Hrê
- Đức Phổ đối thoại với người dân về giải phóng mặt bằng
- Quảng Ngãi sơ kết 2 năm thực hiện Quyết định 23-QĐ/TW
- Hội CCB tỉnh trao nhà "Nghĩa tình đồng đội"
- Lý Sơn: Ngư dân chung tay bảo vệ chủ quyền biển, đảo
""", "2023-07-13", "Giao ban khối dân vận: Tập trung vận động nhân dân bàn giao mặt bằng cao tốc",
E("giao_ban", "2023-Q2", "2023-07-12"),
[P("Đinh Thị Hồng Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thùy Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Ngọc", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Phiên", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Hèo", "người có uy tín thôn Làng Mâm"),
 P("Đinh Văn Ngó", "già làng"),
 P("Hồ Thị Liên", "Bí thư Chi đoàn thôn Trà Khương")],
[Q("34 đồng chí", 34, "đồng chí"),
 Q("1.286 hộ dân", 1286, "hộ dân"),
 Q("97% diện tích", 97, "%"),
 Q("62 cuộc đối thoại", 62, "cuộc đối thoại"),
 Q("hơn 9,4 tỷ đồng", 9400000000, "đồng", "over"),
 Q("214 căn nhà", 214, "căn nhà"),
 Q("38 mô hình", 38, "mô hình"),
 Q("1.047 mô hình", 1047, "mô hình"),
 Q("25 hộ", 25, "hộ")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Kết luận", "43", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Kết luận", "44", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 43, 44-KL/TU"),
 D("Chỉ thị", "08", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08"),
 D("Chỉ thị", "09", None, None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 09")],
[prov("Quảng Ngãi"), com("Ba Vì"), com("Trà Phong")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG NGÃI", "Trang chủ >> Hoạt động >> Tin trong tỉnh",
 "Đồng chí Đinh Thị Hồng Minh phát biểu tại hội nghị.", "Vì người nghèo", "Dân vận khéo", "thôn Làng Mâm",
 "thôn Trà Khương", "Ban cán sự đảng UBND tỉnh", "Lượt xem: 801"],
["Ngày đăng 13/07/2023 | 16:20", "34 đồng chí", "quý III", "Bắc - Nam", "ít nhất 1 việc khó", "Lượt xem: 801"]))

PAGES.append(page("b543-binhthuan-lhpn-hocbong-2024", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN
Trang chủ | Tin tức | Hoạt động an sinh xã hội
Thứ Ba, 04/06/2024 | 08:45
Trao 150 suất học bổng và 20 con bò giống cho phụ nữ, trẻ em vùng đồng bào Chăm, Raglai
Ngày 3/6, tại xã Phan Hòa, huyện Bắc Bình, Hội Liên hiệp Phụ nữ tỉnh Bình Thuận phối hợp với các nhà tài trợ trao 150 suất học bổng "Nâng bước em đến trường" cho học sinh nghèo vượt khó và 20 con bò giống cho phụ nữ nghèo người dân tộc thiểu số.
Chị Thông Thị Ngọc Ánh (bìa trái) trao học bổng cho các em học sinh. Ảnh: Kim Yến
Tham dự có bà Đặng Hồng Sỹ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; bà Nguyễn Thị Kim Liên, Chủ tịch Hội LHPN tỉnh; chị Thông Thị Ngọc Ánh, Phó Chủ tịch Hội LHPN tỉnh; ông Bố Xuân Hổ, Trưởng ban Dân tộc tỉnh và Cả sư Lâm Gia Quế, Chủ tịch Hội đồng sư cả Bà-ni tỉnh.
Mỗi suất học bổng trị giá 1 triệu đồng kèm ba lô, sách vở. Mỗi con bò giống trị giá 12 triệu đồng; tổng giá trị chương trình hơn 400 triệu đồng. Hoạt động nằm trong Kế hoạch số 27-KH/HPN ngày 15/01/2024 của Ban Thường vụ Hội LHPN tỉnh về thực hiện Đề án 939 "Hỗ trợ phụ nữ khởi nghiệp" và Dự án 8 thuộc Chương trình mục tiêu quốc gia theo Quyết định 1719/QĐ-TTg.
Chị Thị Thanh Hà, hội viên thôn Tịnh Mỹ, xã Phan Hòa, cho biết: "Nhà có 3 đứa nhỏ, chồng đi làm thuê. Có con bò này, năm sau bán bê là có tiền cho con đi học". Chị Kiều Thị Mai, Chủ tịch Hội LHPN xã Phan Sơn, thay mặt hội viên Raglai cam kết chăm sóc tốt bò giống, luân chuyển bê cho hộ khác theo quy định của tổ.
Theo bà Nguyễn Thị Kim Liên, 5 tháng đầu năm, các cấp Hội trong tỉnh đã vận động trên 2,6 tỷ đồng chăm lo cho phụ nữ, trẻ em hoàn cảnh khó khăn; xây dựng 12 "Mái ấm tình thương"; duy trì 86 tổ tiết kiệm và vay vốn trong vùng đồng bào dân tộc thiểu số. Bà Đặng Hồng Sỹ đề nghị Hội tiếp tục phối hợp với chức sắc tôn giáo, người có uy tín vận động chị em xóa bỏ tảo hôn.
Theo kế hoạch, các con bò giống sẽ được giao cho tổ hội phụ nữ quản lý theo hình thức luân chuyển: hộ nhận bò có trách nhiệm chăm sóc, khi bò sinh bê thì trao bê cho hộ khó khăn khác trong tổ. Hội LHPN huyện Bắc Bình sẽ phối hợp với cán bộ thú y xã hướng dẫn kỹ thuật làm chuồng, trồng cỏ, tiêm phòng cho đàn bò.
Dịp này, các nhà tài trợ cũng tặng quà cho các em học sinh người Chăm, Raglai đạt thành tích cao trong năm học vừa qua, động viên các em tiếp tục vượt khó, học tốt.
Kim Yến
Lượt xem: 563
Tin liên quan
- Phụ nữ Tuy Phong học nghề làm bánh truyền thống Chăm
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2024
- Phan Thiết: Ra mắt câu lạc bộ "Phụ nữ với pháp luật"
- Trao 30 suất học bổng cho con hội viên ngư dân
- Hàm Thuận Bắc: Phụ nữ Raglai thoát nghèo nhờ nuôi dê
- Hội LHPN tỉnh tập huấn kỹ năng phòng, chống bạo lực gia đình
""", "2024-06-04", "Trao 150 suất học bổng và 20 con bò giống cho phụ nữ, trẻ em vùng đồng bào Chăm, Raglai",
E("trao_qua", None, "2024-06-03"),
[P("Đặng Hồng Sỹ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Kim Liên", "Chủ tịch Hội LHPN tỉnh"),
 P("Thông Thị Ngọc Ánh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bố Xuân Hổ", "Trưởng ban Dân tộc tỉnh"),
 P("Lâm Gia Quế", "Cả sư", "Chủ tịch Hội đồng sư cả Bà-ni tỉnh"),
 P("Thị Thanh Hà", "hội viên thôn Tịnh Mỹ"),
 P("Kiều Thị Mai", "Chủ tịch Hội LHPN xã Phan Sơn")],
[Q("150 suất học bổng", 150, "suất học bổng"),
 Q("20 con bò giống", 20, "con bò giống"),
 Q("1 triệu đồng", 1000000, "đồng"),
 Q("12 triệu đồng", 12000000, "đồng"),
 Q("hơn 400 triệu đồng", 400000000, "đồng", "over"),
 Q("3 đứa nhỏ", 3, "đứa nhỏ"),
 Q("trên 2,6 tỷ đồng", 2600000000, "đồng", "over"),
 Q('12 "Mái ấm tình thương"', 12, "Mái ấm tình thương"),
 Q("86 tổ tiết kiệm và vay vốn", 86, "tổ tiết kiệm và vay vốn")],
[D("Kế hoạch", "27", "KH/HPN", "2024-01-15", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 27-KH/HPN"),
 D("Đề án", "939", None, None, None, "Đề án 939"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg")],
[prov("Bình Thuận"), com("Phan Hòa"), com("Phan Sơn")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH THUẬN", "Trang chủ | Tin tức | Hoạt động an sinh xã hội", "Nâng bước em đến trường",
 "Chị Thông Thị Ngọc Ánh (bìa trái) trao học bổng cho các em học sinh. Ảnh: Kim Yến", "Hỗ trợ phụ nữ khởi nghiệp",
 "thôn Tịnh Mỹ", "Mái ấm tình thương", "Lượt xem: 563"],
["Thứ Ba, 04/06/2024 | 08:45", "Dự án 8", "5 tháng đầu năm", "Lượt xem: 563"]))

PAGES.append(page("b544-thaibinh-doan-tongket-2024", """
TỈNH ĐOÀN THÁI BÌNH
Trang chủ / Tin tức - Sự kiện / Hoạt động Đoàn
10/01/2025 - 17:10
Tuổi trẻ Thái Bình xung kích thực hiện nhiệm vụ năm 2025
Sáng 9/1, Ban Chấp hành Tỉnh đoàn Thái Bình tổ chức hội nghị lần thứ 12 tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024, triển khai chương trình công tác năm 2025.
Các đại biểu biểu quyết thông qua chương trình công tác năm 2025.
Dự hội nghị có đồng chí Vũ Thị Thanh Hương, UVBCH Trung ương Đoàn, Phó Trưởng ban Tuyên giáo Trung ương Đoàn; đồng chí Lại Văn Hoàn, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Phạm Đức Mạnh, Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Tỉnh đoàn: Trần Thị Thảo, Bùi Quang Vinh.
Năm 2024, các cấp bộ Đoàn tổ chức học tập, quán triệt Nghị quyết 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; triển khai Chương trình 15, 16-CTr/TĐTN của Ban Thường vụ Tỉnh đoàn. Toàn tỉnh kết nạp 7.420 đoàn viên mới, đạt 106% chỉ tiêu; ra mắt 52 "Tổ công nghệ số cộng đồng" với 1.860 đoàn viên tham gia.
Chiến dịch "Thanh niên tình nguyện hè" huy động 45.000 lượt đoàn viên, thanh niên; làm mới và tu sửa 126 công trình thanh niên trị giá gần 7,5 tỷ đồng. Sau cơn bão số 3 (Yagi), các cơ sở Đoàn hỗ trợ dọn dẹp 3.200 hộ dân và trao 900 suất quà cho học sinh vùng bị ngập lụt.
Tại hội nghị, Ban Chấp hành Tỉnh đoàn đã hiệp thương, bầu bổ sung đồng chí Bùi Quang Vinh, Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn, giữ chức Phó Bí thư Tỉnh đoàn; anh Nguyễn Văn Tùng, Bí thư Đoàn xã Thái Thượng, được tuyên dương "Gương mặt trẻ tiêu biểu" năm 2024.
Phát biểu tại hội nghị, đồng chí Lại Văn Hoàn đề nghị tuổi trẻ tỉnh đi đầu trong chuyển đổi số, tham gia sắp xếp tổ chức bộ máy theo Nghị quyết 18-NQ/TW, thực hiện tốt phong trào "Dân vận khéo" trong thanh niên. Năm 2025, Tỉnh đoàn phấn đấu thành lập mới 30 câu lạc bộ, đội, nhóm tình nguyện.
Dịp này, Trung ương Đoàn tặng Bằng khen cho 8 tập thể và cá nhân có thành tích xuất sắc.
Các đại biểu đã thảo luận, đóng góp nhiều ý kiến vào dự thảo chương trình công tác năm 2025, đề xuất các giải pháp nâng cao chất lượng sinh hoạt chi đoàn nông thôn, nơi nhiều đoàn viên đi làm ăn xa, và đổi mới cách tập hợp thanh niên công nhân tại các khu công nghiệp.
Minh Đức
Lượt xem: 930
Tin liên quan
- Đoàn xã Đông Hoàng ra mắt "Con đường bích họa"
- Tuổi trẻ Thái Bình tặng quà Tết cho thanh niên công nhân
- Tỉnh đoàn tổ chức hội thi Bí thư chi đoàn giỏi
- Tuyên dương 100 đoàn viên thanh niên tiêu biểu năm 2024
- Tiền Hải: Thanh niên khởi nghiệp từ mô hình nuôi ngao
""", "2025-01-10", "Tuổi trẻ Thái Bình xung kích thực hiện nhiệm vụ năm 2025",
E("tong_ket", "2024", "2025-01-09"),
[P("Vũ Thị Thanh Hương", "UVBCH Trung ương Đoàn", "Phó Trưởng ban Tuyên giáo Trung ương Đoàn"),
 P("Lại Văn Hoàn", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Đức Mạnh", "Bí thư Tỉnh đoàn"),
 P("Trần Thị Thảo", "Phó Bí thư Tỉnh đoàn"),
 P("Bùi Quang Vinh", "Phó Bí thư Tỉnh đoàn", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
 P("Nguyễn Văn Tùng", "Bí thư Đoàn xã Thái Thượng")],
[Q("7.420 đoàn viên mới", 7420, "đoàn viên"),
 Q("106% chỉ tiêu", 106, "%"),
 Q('52 "Tổ công nghệ số cộng đồng"', 52, "Tổ công nghệ số cộng đồng"),
 Q("1.860 đoàn viên", 1860, "đoàn viên"),
 Q("45.000 lượt đoàn viên", 45000, "lượt đoàn viên"),
 Q("126 công trình thanh niên", 126, "công trình thanh niên"),
 Q("gần 7,5 tỷ đồng", 7500000000, "đồng", "approx"),
 Q("3.200 hộ dân", 3200, "hộ dân"),
 Q("900 suất quà", 900, "suất quà"),
 Q("30 câu lạc bộ", 30, "câu lạc bộ"),
 Q("8 tập thể và cá nhân", 8, "tập thể và cá nhân")],
[D("Nghị quyết", "57", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 57-NQ/TW"),
 D("Chương trình", "15", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 15, 16-CTr/TĐTN"),
 D("Chương trình", "16", "CTr/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Chương trình 15, 16-CTr/TĐTN"),
 D("Nghị quyết", "18", "NQ/TW", None, None, "Nghị quyết 18-NQ/TW")],
[prov("Thái Bình"), com("Thái Thượng")],
["TỈNH ĐOÀN THÁI BÌNH", "Trang chủ / Tin tức - Sự kiện / Hoạt động Đoàn",
 "Các đại biểu biểu quyết thông qua chương trình công tác năm 2025.", "Tổ công nghệ số cộng đồng",
 "Thanh niên tình nguyện hè", "Gương mặt trẻ tiêu biểu", "Dân vận khéo", "Lượt xem: 930"],
["10/01/2025 - 17:10", "lần thứ 12", "bão số 3", "Yagi", "năm 2025", "Lượt xem: 930"]))
