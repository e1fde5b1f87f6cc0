from lib import *
PAGES = []

PAGES.append(page("b1625-angiang-traoqua-chotbienphong-2020", """
BÁO AN GIANG ONLINE
Trang chủ / Chính trị / Dân vận
Thứ Hai, 14/09/2020 - 17:30
Ấm lòng cán bộ, chiến sĩ các chốt phòng, chống dịch tuyến biên giới
Đoàn trao quà cho cán bộ, chiến sĩ chốt Vĩnh Hội Đông.
Ngày 12/9, đoàn công tác của Ban Dân vận Tỉnh ủy An Giang do đồng chí Lê Văn Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, tặng quà các tổ, chốt phòng, chống dịch Covid-19 trên tuyến biên giới thuộc thị xã Tân Châu và các huyện An Phú, Tịnh Biên.
Cùng đi có các đồng chí: Nguyễn Thị Minh Thúy, Phó Trưởng Ban Dân vận Tỉnh ủy; Võ Văn Phong - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Nguyễn Văn Hiệp, Phó Chính ủy Bộ đội Biên phòng tỉnh.
Tại các chốt ở xã Vĩnh Hội Đông, xã Phú Hữu, phường Long Phú và xã Nhơn Hưng, đoàn đã trao 64 phần quà cho các tổ, chốt, mỗi phần gồm 5 triệu đồng tiền mặt cùng nhu yếu phẩm, thuốc chống muỗi, khẩu trang. Tổng giá trị quà trong đợt là 410 triệu đồng, do Ủy ban MTTQ Việt Nam tỉnh vận động từ các doanh nghiệp, tổ chức tôn giáo và nhà hảo tâm.
Theo báo cáo của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, toàn tuyến biên giới dài gần 100 km của tỉnh hiện duy trì 121 tổ, chốt với 1.206 cán bộ, chiến sĩ biên phòng, quân sự, công an và dân quân tham gia. Từ đầu mùa dịch, các lực lượng đã phát hiện, xử lý 1.358 trường hợp xuất, nhập cảnh trái phép; vận động 46 "đường dây" đưa người qua biên giới tự giải tán.
Thượng úy Châu Văn Sang, Tổ trưởng chốt kênh Vĩnh Hội Đông, chia sẻ: anh em đóng chốt đã hơn 5 tháng, nhiều người chưa về thăm nhà. Mùa nước nổi, chốt thường bị ngập, cán bộ, chiến sĩ phải ngủ võng, đi xuồng tuần tra trong đêm. Nhờ bà con trong ấp thường xuyên mang rau, cá, nước uống đến chốt, anh em thêm ấm lòng.
Phát biểu tại chốt biên giới xã Nhơn Hưng, đồng chí Lê Văn Phước ghi nhận sự vất vả, hy sinh của các lực lượng; đề nghị tiếp tục thực hiện nghiêm Chỉ thị số 19-CT/TU ngày 10/4/2020 của Ban Thường vụ Tỉnh ủy về tăng cường các biện pháp phòng, chống dịch; phối hợp với khối dân vận các địa phương vận động nhân dân tố giác người nhập cảnh trái phép, thực hiện mô hình "Mỗi người dân là một chiến sĩ biên phòng". Ban Dân vận Tỉnh ủy sẽ phối hợp với Ủy ban MTTQ tỉnh triển khai Kế hoạch số 73-KH/BDVTU về vận động nhân dân hỗ trợ các chốt trong mùa nước nổi.
Đồng chí Chau Sóc Khonl, Chủ tịch UBND xã Nhơn Hưng, cho biết đồng bào Khmer trong xã đã tự nguyện đóng góp 2 tấn gạo, 30 bồn chứa nước cho các chốt trên địa bàn.
Thanh Hưng
Tin liên quan
- Trao 1.000 phần quà cho người dân khó khăn do dịch (05/09/2020)
- Tịnh Biên: vận động nhân dân tố giác người xuất, nhập cảnh trái phép (28/08/2020)
- Phụ nữ biên giới nấu cơm cho chiến sĩ (15/08/2020)
""", "2020-09-14", "Ấm lòng cán bộ, chiến sĩ các chốt phòng, chống dịch tuyến biên giới",
E("trao_qua", None, "2020-09-12"),
[P("Lê Văn Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Nguyễn Thị Minh Thúy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Võ Văn Phong", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hiệp", "Đại tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Châu Văn Sang", "Thượng úy", "Tổ trưởng chốt kênh Vĩnh Hội Đông"),
 P("Chau Sóc Khonl", "Chủ tịch UBND xã Nhơn Hưng")],
[Q("64 phần quà", 64, "phần quà"), Q("5 triệu đồng", 5000000, "đồng"), Q("410 triệu đồng", 410000000, "đồng"),
 Q("gần 100 km", 100, "km", "approx"), Q("121 tổ, chốt", 121, "tổ, chốt"), Q("1.206 cán bộ, chiến sĩ", 1206, "cán bộ, chiến sĩ"),
 Q("1.358 trường hợp", 1358, "trường hợp"), Q('46 "đường dây"', 46, "đường dây"), Q("2 tấn", 2, "tấn"), Q("30 bồn chứa nước", 30, "bồn chứa nước")],
[D("Chỉ thị", "19", "CT/TU", "2020-04-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 10/4/2020"),
 D("Kế hoạch", "73", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 73-KH/BDVTU")],
[prov("An Giang"), com("Vĩnh Hội Đông"), com("Phú Hữu"), com("Long Phú"), com("Nhơn Hưng")],
["BÁO AN GIANG ONLINE", "Trang chủ / Chính trị / Dân vận", "Đoàn trao quà cho cán bộ, chiến sĩ chốt Vĩnh Hội Đông.",
 "Mỗi người dân là một chiến sĩ biên phòng", "Covid-19"],
["Thứ Hai, 14/09/2020 - 17:30", "hơn 5 tháng", "Covid-19"]))

PAGES.append(page("b1626-thanhhoa-bochqs-tongket-danvan-2021", """
Báo Thanh Hóa điện tử
Quốc phòng - An ninh | Dân vận
Thứ Sáu, 24/12/2021 - 10:10
Hội nghị tổng kết công tác dân vận.
Năm 2021, lực lượng vũ trang tỉnh giúp dân hơn 41.000 ngày công
Ngày 23/12, Đảng ủy Quân sự tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác dân vận năm 2021 và triển khai nhiệm vụ năm 2022. Đồng chí Đại tá Lê Văn Dũng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh chủ trì; dự có đồng chí Lê Quang Tiến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Trong năm, Đảng ủy Quân sự tỉnh đã lãnh đạo các cơ quan, đơn vị thực hiện Nghị quyết số 49-NQ/QUTW của Quân ủy Trung ương, Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW, và Chương trình hành động số 08-CTr/ĐU của Đảng ủy Quân sự tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX. Các đơn vị tích cực tham gia phòng, chống dịch Covid-19, hỗ trợ đưa hơn 7.800 công dân từ các tỉnh phía Nam về quê an toàn.
Lực lượng vũ trang tỉnh đã giúp nhân dân hơn 41.000 ngày công, làm mới và sửa chữa 68 km đường giao thông nông thôn, 27 nhà văn hóa thôn; xây dựng 35 nhà "Đồng đội" với tổng kinh phí 2,1 tỷ đồng. Bộ đội Biên phòng tỉnh duy trì 31 cán bộ tăng cường cho các xã biên giới Mường Lát, Quan Sơn và 28 cán bộ "Quân hàm xanh" tham gia cấp ủy xã ven biển; phối hợp vận động ngư dân các xã Hải Bình, Nghi Sơn, Ngư Lộc không khai thác hải sản bất hợp pháp.
Năm 2021, 100% cơ quan, đơn vị đăng ký và thực hiện mô hình "Dân vận khéo", trong đó 14 mô hình được UBND tỉnh khen thưởng. Đơn vị nhận đỡ đầu 126 con em hộ nghèo theo chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng.
Tại hội nghị, Thượng tá Hà Văn Khuyên, Chính trị viên Ban CHQS huyện Mường Lát, và Trung tá Phạm Thị Thu, Trợ lý dân vận Phòng Chính trị, tham luận về kinh nghiệm vận động đồng bào Mông, Thái ở vùng cao. Đồng chí Lê Quang Tiến đề nghị lực lượng vũ trang tiếp tục phối hợp thực hiện Quy chế phối hợp số 128-QC/BDVTU-ĐUQS giữa Ban Dân vận Tỉnh ủy và Đảng ủy Quân sự tỉnh.
Kết luận hội nghị, Đại tá Lê Văn Dũng yêu cầu năm 2022 các đơn vị gắn công tác dân vận với xây dựng khu vực phòng thủ vững chắc; duy trì các đội công tác, tổ công tác ở địa bàn trọng điểm; làm tốt công tác hậu phương quân đội. Dịp này, Bộ CHQS tỉnh tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.
Lê Hà
Lượt xem: 1.865
Tin liên quan
- Bộ CHQS tỉnh trao nhà "Đồng đội" tại huyện Quan Hóa (15/12/2021)
- Hội thao dân vận khéo lực lượng vũ trang năm 2021 (26/11/2021)
- Bộ đội giúp dân khắc phục hậu quả mưa lũ (20/10/2021)
""", "2021-12-24", "Năm 2021, lực lượng vũ trang tỉnh giúp dân hơn 41.000 ngày công",
E("tong_ket", "2021", "2021-12-23"),
[P("Lê Văn Dũng", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Lê Quang Tiến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Khuyên", "Thượng tá", "Chính trị viên Ban CHQS huyện Mường Lát"),
 P("Phạm Thị Thu", "Trung tá", "Trợ lý dân vận Phòng Chính trị")],
[Q("hơn 41.000 ngày công", 41000, "ngày công", "over"), Q("hơn 7.800 công dân", 7800, "công dân", "over"), Q("68 km", 68, "km"),
 Q("27 nhà văn hóa thôn", 27, "nhà văn hóa thôn"), Q("35 nhà", 35, "nhà"), Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("31 cán bộ tăng cường", 31, "cán bộ tăng cường"), Q("28 cán bộ", 28, "cán bộ"), Q("100%", 100, "%"), Q("14 mô hình", 14, "mô hình"),
 Q("126 con em hộ nghèo", 126, "con em hộ nghèo"), Q("500.000 đồng", 500000, "đồng"), Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Nghị quyết", "49", "NQ/QUTW", None, "Quân ủy Trung ương", "Nghị quyết số 49-NQ/QUTW"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Chương trình hành động", "08", "CTr/ĐU", None, "Đảng ủy Quân sự tỉnh", "Chương trình hành động số 08-CTr/ĐU"),
 D("Quy chế phối hợp", "128", "QC/BDVTU-ĐUQS", None, None, "Quy chế phối hợp số 128-QC/BDVTU-ĐUQS")],
[prov("Thanh Hóa"), com("Hải Bình"), com("Nghi Sơn"), com("Ngư Lộc")],
["Báo Thanh Hóa điện tử", "Quốc phòng - An ninh | Dân vận", "Hội nghị tổng kết công tác dân vận.", "Đồng đội", "Quân hàm xanh",
 "Dân vận khéo", "Nâng bước em tới trường", "Covid-19", "Lượt xem: 1.865"],
["Thứ Sáu, 24/12/2021 - 10:10", "năm 2021", "năm 2022", "lần thứ XIX", "Lượt xem: 1.865"]))

PAGES.append(page("b1627-bariavungtau-condao-canhsatbien-soket-2021", """
BÁO BÀ RỊA - VŨNG TÀU
Trang chủ » Chính trị » Quốc phòng - An ninh
16/07/2021 - 15:25
Cảnh sát biển đồng hành cùng ngư dân
Bộ Tư lệnh Vùng Cảnh sát biển 3 sơ kết phong trào "Cảnh sát biển đồng hành với ngư dân" 6 tháng đầu năm 2021
Sáng 15/7, tại Côn Đảo, Bộ Tư lệnh Vùng Cảnh sát biển 3 phối hợp với Ban Dân vận Tỉnh ủy Bà Rịa - Vũng Tàu tổ chức hội nghị sơ kết 6 tháng đầu năm 2021 thực hiện phong trào "Cảnh sát biển đồng hành với ngư dân" và Quy chế phối hợp số 09/QCPH-BTL-BDVTU giữa hai đơn vị. Do ảnh hưởng dịch Covid-19, hội nghị được tổ chức trực tiếp kết hợp trực tuyến tại 3 điểm cầu.
Dự hội nghị có Thiếu tướng Trần Văn Sơn, Phó Tư lệnh, Tham mưu trưởng Vùng Cảnh sát biển 3; đồng chí Huỳnh Thị Kim Thoa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Đỗ Minh Quang, Chính ủy Vùng Cảnh sát biển 3.
Theo báo cáo, 6 tháng đầu năm, Vùng Cảnh sát biển 3 đã tổ chức 22 đợt tuyên truyền tại các cảng cá, bến cá, với 5.400 lượt ngư dân tham dự; phát 12.000 tờ rơi, 850 cuốn sổ tay pháp luật và tặng 1.500 lá cờ Tổ quốc. Các tàu làm nhiệm vụ đã cứu nạn 17 ngư dân, lai dắt 4 tàu cá gặp sự cố về bờ an toàn; cấp nước ngọt, lương thực cho hơn 60 tàu cá hoạt động xa bờ.
Ở Côn Đảo, lực lượng Cảnh sát biển phối hợp với Đồn Biên phòng Côn Sơn, Ban Dân vận Huyện ủy Côn Đảo tặng 200 suất quà cho ngư dân, hộ nghèo, mỗi suất trị giá 700.000 đồng; trao 10 suất học bổng "Cảnh sát biển nâng bước em tới trường" cho học sinh vùng biển ở xã Phước Tỉnh, thị trấn Phước Hải.
Đồng chí Huỳnh Thị Kim Thoa đánh giá cao sự phối hợp của Vùng Cảnh sát biển 3 trong thực hiện Chỉ thị số 45/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 126-KH/TU ngày 9/3/2021 của Tỉnh ủy về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định. Tính đến nay, 100% tàu cá có chiều dài từ 15 m trở lên của tỉnh đã lắp thiết bị giám sát hành trình.
Đại diện ngư dân, ông Lê Văn Đực, Tổ trưởng Tổ đoàn kết trên biển số 7 xã Phước Tỉnh, mong muốn Cảnh sát biển tăng cường tuần tra ở những ngư trường thường xuyên có tàu nước ngoài xâm phạm. Ông cho biết tổ có 12 tàu, thường xuyên liên lạc với nhau qua máy thông tin và với trạm bờ.
Kết luận hội nghị, Thiếu tướng Trần Văn Sơn yêu cầu 6 tháng cuối năm các đơn vị vừa phòng, chống dịch vừa duy trì tuyên truyền ngư dân, chú trọng xây dựng mô hình "Cảnh sát biển đồng hành với ngư dân" tại xã Long Hải và phường Thắng Nhì, thành phố Vũng Tàu.
Quang Vũ
Lượt xem: 769
Tin liên quan
- Côn Đảo: vận động ngư dân tiêm vắc xin Covid-19 (10/07/2021)
- Trao 500 túi thuốc cho ngư dân vùng biển (28/06/2021)
- Ký kết phối hợp tuyên truyền biển, đảo năm 2021 (04/03/2021)
""", "2021-07-16", "Cảnh sát biển đồng hành cùng ngư dân",
E("so_ket", "2021-H1", "2021-07-15"),
[P("Trần Văn Sơn", "Thiếu tướng", "Phó Tư lệnh", "Tham mưu trưởng Vùng Cảnh sát biển 3"),
 P("Huỳnh Thị Kim Thoa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Minh Quang", "Đại tá", "Chính ủy Vùng Cảnh sát biển 3"),
 P("Lê Văn Đực", "Tổ trưởng Tổ đoàn kết trên biển số 7 xã Phước Tỉnh")],
[Q("3 điểm cầu", 3, "điểm cầu"), Q("22 đợt tuyên truyền", 22, "đợt tuyên truyền"), Q("5.400 lượt ngư dân", 5400, "lượt ngư dân"),
 Q("12.000 tờ rơi", 12000, "tờ rơi"), Q("850 cuốn sổ tay pháp luật", 850, "cuốn sổ tay pháp luật"), Q("1.500 lá cờ Tổ quốc", 1500, "lá cờ Tổ quốc"),
 Q("17 ngư dân", 17, "ngư dân"), Q("4 tàu cá", 4, "tàu cá"), Q("hơn 60 tàu cá", 60, "tàu cá", "over"), Q("200 suất quà", 200, "suất quà"),
 Q("700.000 đồng", 700000, "đồng"), Q("10 suất học bổng", 10, "suất học bổng"), Q("100%", 100, "%"), Q("12 tàu", 12, "tàu")],
[D("Quy chế phối hợp", "09", "QCPH-BTL-BDVTU", None, None, "Quy chế phối hợp số 09/QCPH-BTL-BDVTU"),
 D("Chỉ thị", "45", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg"),
 D("Kế hoạch", "126", "KH/TU", "2021-03-09", "Tỉnh ủy", "Kế hoạch số 126-KH/TU ngày 9/3/2021")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Tỉnh"), com("Phước Hải"), com("Long Hải"), com("Thắng Nhì")],
["BÁO BÀ RỊA - VŨNG TÀU", "Trang chủ » Chính trị » Quốc phòng - An ninh",
 'Bộ Tư lệnh Vùng Cảnh sát biển 3 sơ kết phong trào "Cảnh sát biển đồng hành với ngư dân" 6 tháng đầu năm 2021',
 "Cảnh sát biển đồng hành với ngư dân", "Cảnh sát biển nâng bước em tới trường", "Covid-19", "Lượt xem: 769"],
["16/07/2021 - 15:25", "6 tháng đầu năm 2021", "6 tháng cuối năm", "Vùng Cảnh sát biển 3", "15 m", "số 7", "Lượt xem: 769"]))

PAGES.append(page("b1628-gialai-congan-doithoai-2022", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự › Dân vận
20/05/2022 | 06:30
Công an xã chính quy đối thoại với người dân vùng biên
Đối thoại tại xã Ia O.
Ngày 18/5, Công an huyện Ia Grai phối hợp với Đảng ủy, UBND xã Ia O tổ chức buổi đối thoại giữa lực lượng Công an xã chính quy với người dân năm 2022. Đây là một trong những hoạt động triển khai Kế hoạch số 156/KH-CAT của Công an tỉnh Gia Lai về thực hiện công tác dân vận và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc khu vực biên giới.
Tham dự có đồng chí Rah Lan Thơm, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai; Thượng tá Nguyễn Văn Thiện, Phó Trưởng Công an huyện; Thiếu tá Ksor Nguyên, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ia O cùng 150 người dân là già làng, người có uy tín, trưởng thôn, đại diện các hộ dân các làng Bi, Mít Jép, Đía.
Mở đầu buổi đối thoại, Đại úy Siu Đoàn, Trưởng Công an xã Ia O, báo cáo kết quả bảo đảm an ninh trật tự năm 2021 và 4 tháng đầu năm 2022: xã không có người vượt biên trái phép, đã hòa giải thành 11/13 vụ mâu thuẫn, vận động người dân giao nộp 14 khẩu súng tự chế và 3 kg vật liệu nổ.
Nhiều ý kiến được người dân thẳng thắn nêu lên. Ông Rơ Mah Nghiu, người có uy tín làng Mít Jép, phản ánh tình trạng một số thanh niên trong làng đi làm thuê ở nước ngoài theo đường không chính thức. Bà Ksor H'Ly, Chi hội trưởng Chi hội Phụ nữ làng Bi, đề nghị tăng cường tuần tra vào ban đêm ở khu vực rẫy giáp biên, nơi bà con thường ở lại trông rẫy mùa thu hoạch cà phê, điều.
Trả lời các kiến nghị, Thượng tá Nguyễn Văn Thiện cho biết Công an huyện sẽ phối hợp với Đồn Biên phòng Ia O lập thêm 2 tổ tuần tra liên ngành, duy trì 4 tổ tự quản an ninh trật tự ở các làng; tuyên truyền Luật Xuất cảnh, nhập cảnh của công dân Việt Nam bằng tiếng Jrai. Đồng chí Rah Lan Thơm đề nghị thực hiện tốt Chỉ thị số 21-CT/HU ngày 15/3/2022 của Ban Thường vụ Huyện ủy về công tác dân vận ở địa bàn biên giới.
Toàn huyện Ia Grai hiện có 12 Công an xã chính quy với 96 cán bộ, chiến sĩ; từ đầu năm, lực lượng đã tổ chức 5 buổi đối thoại với gần 700 lượt người dân tham gia, tiếp nhận 48 ý kiến, kiến nghị, trong đó 41 ý kiến đã được giải quyết.
Kết thúc buổi đối thoại, đoàn trao 30 suất quà, mỗi suất trị giá 400.000 đồng cho các hộ nghèo làng Đía và 2 chiếc xe đạp cho học sinh vượt khó.
Hồng Thi
Lượt xem: 1.012
Tin liên quan
- Đức Cơ: người có uy tín góp sức giữ yên làng (12/05/2022)
- Công an tỉnh trao nhà tình nghĩa tại xã Ia Chía (04/05/2022)
- Hội nghị gặp mặt già làng, người có uy tín năm 2022 (25/04/2022)
""", "2022-05-20", "Công an xã chính quy đối thoại với người dân vùng biên",
E("doi_thoai", "2022", "2022-05-18"),
[P("Rah Lan Thơm", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Ia Grai"),
 P("Nguyễn Văn Thiện", "Thượng tá", "Phó Trưởng Công an huyện"),
 P("Ksor Nguyên", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ia O"),
 P("Siu Đoàn", "Đại úy", "Trưởng Công an xã Ia O"),
 P("Rơ Mah Nghiu", "người có uy tín làng Mít Jép"),
 P("Ksor H'Ly", "Chi hội trưởng Chi hội Phụ nữ làng Bi")],
[Q("150 người dân", 150, "người dân"), Q("11/13 vụ mâu thuẫn", 11, "vụ mâu thuẫn"), Q("14 khẩu súng tự chế", 14, "khẩu súng tự chế"),
 Q("3 kg", 3, "kg"), Q("2 tổ tuần tra liên ngành", 2, "tổ tuần tra liên ngành"), Q("4 tổ tự quản an ninh trật tự", 4, "tổ tự quản an ninh trật tự"),
 Q("12 Công an xã chính quy", 12, "Công an xã chính quy"), Q("96 cán bộ, chiến sĩ", 96, "cán bộ, chiến sĩ"), Q("5 buổi đối thoại", 5, "buổi đối thoại"),
 Q("gần 700 lượt người dân", 700, "lượt người dân", "approx"), Q("48 ý kiến, kiến nghị", 48, "ý kiến, kiến nghị"), Q("41 ý kiến", 41, "ý kiến"),
 Q("30 suất quà", 30, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("2 chiếc xe đạp", 2, "chiếc xe đạp")],
[D("Kế hoạch", "156", "KH-CAT", None, "Công an tỉnh Gia Lai", "Kế hoạch số 156/KH-CAT"),
 D("Chỉ thị", "21", "CT/HU", "2022-03-15", "Ban Thường vụ Huyện ủy", "Chỉ thị số 21-CT/HU ngày 15/3/2022")],
[prov("Gia Lai"), com("Ia O")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự › Dân vận", "Đối thoại tại xã Ia O.", "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam", "Lượt xem: 1.012"],
["20/05/2022 | 06:30", "năm 2022", "năm 2021", "4 tháng đầu năm 2022", "Lượt xem: 1.012"]))

PAGES.append(page("b1629-haiphong-bachlongvi-danquan-2022", """
Cổng Thông tin điện tử thành phố Hải Phòng
Trang chủ > Tin tức - Sự kiện > Quận, huyện
Ngày 09/11/2022 | 14:00
Bạch Long Vĩ: bộ đội, dân quân cùng ngư dân giữ đảo
Trên đảo tiền tiêu Bạch Long Vĩ, cách đất liền hơn 130 km, mối quan hệ giữa các lực lượng vũ trang với 1.027 nhân khẩu đang sinh sống, làm ăn đã trở thành nét đẹp riêng. Ở đây, nói đến dân vận là nói đến những việc cụ thể mỗi ngày: sửa giúp mái nhà sau bão, vận chuyển hàng hóa lên xuống cầu cảng, dạy bơi cho các cháu nhỏ.
Dân quân thường trực huyện đảo Bạch Long Vĩ trực sẵn sàng chiến đấu.
Ông Phạm Văn Thuận, Bí thư Huyện ủy, Chủ tịch HĐND huyện đảo Bạch Long Vĩ, cho biết: thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của BCH Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam và Chương trình hành động số 45-CTr/TU của Thành ủy Hải Phòng, huyện đảo xác định công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó các lực lượng vũ trang là nòng cốt.
Trên đảo hiện có Đoàn đặc nhiệm Vùng 1 Hải quân, Đồn Biên phòng Bạch Long Vĩ, Tiểu đoàn dân quân thường trực và Trạm Kiểm soát Biên phòng cảng cá. Năm 2022, các lực lượng đã phối hợp hỗ trợ 4.300 lượt tàu cá ra vào âu cảng tránh trú; cấp cứu 29 ngư dân bị ốm, tai nạn; tổ chức 18 buổi tuyên truyền về chủ quyền biển, đảo cho khoảng 1.600 lượt người dân, ngư dân.
Trung tá Vũ Văn Hải, Chính trị viên Đồn Biên phòng Bạch Long Vĩ, kể, đơn vị duy trì tổ công tác tăng cường về khu dân cư, 100% đảng viên của đồn được phân công theo dõi, giúp đỡ 1 - 2 hộ dân. Mô hình "Ngư dân bám biển, giữ đảo" do đồn phối hợp xây dựng đã thu hút 42 tàu cá với 210 ngư dân tham gia.
Tiểu đoàn dân quân thường trực với lực lượng chủ yếu là những thanh niên đến từ các xã, phường của thành phố, thời gian phục vụ 2 năm. Thiếu tá Nguyễn Văn Huấn, Chính trị viên Tiểu đoàn, cho biết nhiều chiến sĩ sau khi hết nghĩa vụ đã đăng ký ở lại đảo lập nghiệp, làm nghề câu mực, buôn bán nhỏ. Năm nay có 7 gia đình trẻ được UBND huyện hỗ trợ 50 triệu đồng mỗi hộ để ổn định cuộc sống, theo Quyết định số 1845/QĐ-UBND ngày 6/7/2022 của UBND thành phố.
Bà Lê Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ huyện, chia sẻ, hội phối hợp với bộ đội tổ chức các buổi giao lưu văn nghệ, thể thao, gói bánh chưng ngày Tết; đoàn viên thanh niên của Đồn Biên phòng nhận đỡ đầu 8 cháu học sinh có hoàn cảnh khó khăn.
Theo kế hoạch, cuối năm nay, huyện sẽ phối hợp với các lực lượng trên đảo tổng kết 5 năm thực hiện phong trào "Bạch Long Vĩ chung sức xây dựng đảo xanh, sạch, đẹp".
Đức Anh
Lượt xem: 2.306
Tin liên quan
- Trao 100 lá cờ Tổ quốc cho ngư dân Bạch Long Vĩ (28/10/2022)
- Hải Phòng tổng kết phong trào thi đua quyết thắng (15/10/2022)
- Cát Hải: vận động ngư dân chống khai thác IUU (03/10/2022)
""", "2022-11-09", "Bạch Long Vĩ: bộ đội, dân quân cùng ngư dân giữ đảo",
E("khac", None, None),
[P("Phạm Văn Thuận", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện đảo Bạch Long Vĩ"),
 P("Vũ Văn Hải", "Trung tá", "Chính trị viên Đồn Biên phòng Bạch Long Vĩ"),
 P("Nguyễn Văn Huấn", "Thiếu tá", "Chính trị viên Tiểu đoàn"),
 P("Lê Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ huyện")],
[Q("hơn 130 km", 130, "km", "over"), Q("1.027 nhân khẩu", 1027, "nhân khẩu"), Q("4.300 lượt tàu cá", 4300, "lượt tàu cá"),
 Q("29 ngư dân", 29, "ngư dân"), Q("18 buổi tuyên truyền", 18, "buổi tuyên truyền"), Q("khoảng 1.600 lượt người dân, ngư dân", 1600, "lượt người dân, ngư dân", "approx"),
 Q("100%", 100, "%"), Q("42 tàu cá", 42, "tàu cá"), Q("210 ngư dân", 210, "ngư dân"), Q("7 gia đình trẻ", 7, "gia đình trẻ"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("8 cháu học sinh", 8, "cháu học sinh")],
[D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "BCH Trung ương", "Nghị quyết số 36-NQ/TW ngày 22/10/2018"),
 D("Chương trình hành động", "45", "CTr/TU", None, "Thành ủy Hải Phòng", "Chương trình hành động số 45-CTr/TU"),
 D("Quyết định", "1845", "QĐ-UBND", "2022-07-06", "UBND thành phố", "Quyết định số 1845/QĐ-UBND ngày 6/7/2022")],
[prov("Hải Phòng")],
["Cổng Thông tin điện tử thành phố Hải Phòng", "Trang chủ > Tin tức - Sự kiện > Quận, huyện",
 "Dân quân thường trực huyện đảo Bạch Long Vĩ trực sẵn sàng chiến đấu.", "Ngư dân bám biển, giữ đảo",
 "Bạch Long Vĩ chung sức xây dựng đảo xanh, sạch, đẹp", "Vùng 1 Hải quân", "Lượt xem: 2.306"],
["Ngày 09/11/2022 | 14:00", "Năm 2022", "1 - 2 hộ dân", "2 năm", "5 năm", "Vùng 1", "Lượt xem: 2.306"]))

PAGES.append(page("b1630-tayninh-taphuan-danvankheo-bdbp-2023", """
BAN DÂN VẬN TỈNH ỦY TÂY NINH
You are here: Trang chủ › Tin hoạt động › Dân vận lực lượng vũ trang
24/03/2023 09:05
Ảnh: Quang cảnh lớp tập huấn.
Nâng cao kỹ năng dân vận cho cán bộ, chiến sĩ biên phòng
Trong 2 ngày 22 - 23/3/2023, Ban Dân vận Tỉnh ủy Tây Ninh phối hợp với Đảng ủy Bộ đội Biên phòng tỉnh tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2023 cho 120 cán bộ, chiến sĩ là chính trị viên, đội trưởng vận động quần chúng và đảng viên các đồn biên phòng tham gia cấp ủy xã.
Phát biểu khai mạc, đồng chí Phạm Hùng Tài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh, tỉnh có đường biên giới dài 240 km tiếp giáp Vương quốc Campuchia, với 20 xã, phường, thị trấn biên giới; cán bộ biên phòng phải thực sự là "cầu nối" giữa Đảng với nhân dân vùng biên.
Tại lớp tập huấn, các học viên được nghe đồng chí Nguyễn Thị Mỹ Duyên, Phó Trưởng Ban Dân vận Tỉnh ủy, truyền đạt chuyên đề Kết luận số 43-KL/TW của Ban Bí thư và Quyết định số 23-QĐ/TW ngày 30/7/2021 của BCH Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; đồng chí Đặng Văn Hùng, Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Kế hoạch số 112-KH/BDVTU ngày 10/2/2023 về phong trào thi đua "Dân vận khéo" giai đoạn 2023 - 2025.
Học viên cũng được trao đổi kinh nghiệm vận động đồng bào Khmer, Chăm và người dân có đạo ở khu vực biên giới; kỹ năng đối thoại, tiếp xúc, giải quyết tại chỗ các vụ việc phức tạp về đất đai, ranh giới canh tác giáp biên. Trung tá Trần Thanh Liêm, Chính trị viên Đồn Biên phòng Tống Lê Chân, chia sẻ cách đồn vận động 35 hộ dân xã Tân Hòa tự nguyện hiến 1,2 ha đất mở đường tuần tra biên giới.
Theo Đại tá Võ Văn Hòa, Phó Bí thư Thường trực Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh, năm 2022 các đồn biên phòng đã xây dựng 21 mô hình "Dân vận khéo", trong đó 6 mô hình được Ban Thường vụ Tỉnh ủy tặng bằng khen; phối hợp với địa phương trao 45 căn nhà "Mái ấm biên cương" với tổng kinh phí gần 2,7 tỷ đồng; duy trì 92 tổ nhân dân tự quản đường biên, cột mốc với hơn 2.400 thành viên.
Bế mạc lớp tập huấn, đồng chí Nguyễn Thị Mỹ Duyên đề nghị các học viên tiếp tục phát huy vai trò của mình ở cơ sở, gắn công tác dân vận với thực hiện Nghị định số 106/2014/NĐ-CP của Chính phủ về công tác biên phòng; chủ động nắm tình hình, báo cáo kịp thời những vấn đề phát sinh. Kết thúc lớp học, có 118 học viên đạt yêu cầu.
Ngọc Bích
Lượt truy cập: 683
Tin liên quan
- Châu Thành: giao ban khối dân vận quý I/2023 (17/03/2023)
- Ra mắt mô hình "Phụ nữ biên giới tự quản" (08/03/2023)
- Tân Biên: đối thoại với nông dân về giá mía (23/02/2023)
""", "2023-03-24", "Nâng cao kỹ năng dân vận cho cán bộ, chiến sĩ biên phòng",
E("tap_huan", "2023", "2023-03-22"),
[P("Phạm Hùng Tài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Duyên", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Hùng", "Trưởng phòng Dân vận chính quyền Ban Dân vận Tỉnh ủy"),
 P("Trần Thanh Liêm", "Trung tá", "Chính trị viên Đồn Biên phòng Tống Lê Chân"),
 P("Võ Văn Hòa", "Đại tá", "Phó Bí thư Thường trực Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh")],
[Q("120 cán bộ, chiến sĩ", 120, "cán bộ, chiến sĩ"), Q("240 km", 240, "km"), Q("20 xã, phường, thị trấn biên giới", 20, "xã, phường, thị trấn biên giới"),
 Q("35 hộ dân", 35, "hộ dân"), Q("1,2 ha", 1.2, "ha"), Q("21 mô hình", 21, "mô hình"), Q("6 mô hình", 6, "mô hình"),
 Q("45 căn nhà", 45, "căn nhà"), Q("gần 2,7 tỷ đồng", 2700000000, "đồng", "approx"), Q("92 tổ nhân dân tự quản đường biên, cột mốc", 92, "tổ nhân dân tự quản đường biên, cột mốc"),
 Q("hơn 2.400 thành viên", 2400, "thành viên", "over"), Q("118 học viên", 118, "học viên")],
[D("Kết luận", "43", "KL/TW", None, "Ban Bí thư", "Kết luận số 43-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "112", "KH/BDVTU", "2023-02-10", None, "Kế hoạch số 112-KH/BDVTU ngày 10/2/2023"),
 D("Nghị định", "106", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 106/2014/NĐ-CP")],
[prov("Tây Ninh"), com("Tân Hòa")],
["BAN DÂN VẬN TỈNH ỦY TÂY NINH", "You are here: Trang chủ › Tin hoạt động › Dân vận lực lượng vũ trang", "Ảnh: Quang cảnh lớp tập huấn.",
 "cầu nối", "Dân vận khéo", "Mái ấm biên cương", "Vương quốc Campuchia", "Lượt truy cập: 683"],
["24/03/2023 09:05", "2 ngày", "năm 2023", "2023 - 2025", "năm 2022", "Lượt truy cập: 683"]))
