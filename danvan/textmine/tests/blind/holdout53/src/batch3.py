from lib import *
PAGES = []

PAGES.append(page("b1241-brvt-mttq-phatdong-vinguoingheo-2020", """
BÁO BÀ RỊA - VŨNG TÀU
Chính trị | Xã hội | Mặt trận - Đoàn thể
Cập nhật: 09:42, 15/10/2020 (GMT+7)
Hơn 9,3 tỷ đồng ủng hộ Quỹ "Vì người nghèo" ngay tại hội nghị phát động
BR-VT - Sáng 14/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị phát động Tháng cao điểm "Vì người nghèo" và an sinh xã hội năm 2020, kết hợp trao quà cho người lao động bị ảnh hưởng bởi dịch Covid-19. Dự hội nghị có đồng chí Phạm Thị Kim Chi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trịnh Hoàng Phúc, Phó Chủ tịch UBND tỉnh cùng đại diện lãnh đạo 113 doanh nghiệp trên địa bàn.
Các doanh nghiệp đăng ký ủng hộ Quỹ "Vì người nghèo" tại hội nghị. Ảnh: Quang Vinh
Báo cáo tại hội nghị, bà Lâm Thị Ngọc Hạnh, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng Ban Vận động Quỹ "Vì người nghèo" tỉnh cho biết, từ đầu năm đến nay Quỹ các cấp đã vận động được 28,6 tỷ đồng. Thực hiện Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ về thực hiện các chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19, Mặt trận các cấp đã phối hợp rà soát, hỗ trợ 3.200 lao động tự do mất việc làm; trao 52.000 phần quà cho hộ nghèo, hộ cận nghèo và người lao động khó khăn.
Từ nguồn quỹ, tỉnh đã xây dựng mới 150 căn nhà Đại đoàn kết, sửa chữa 47 căn; hỗ trợ cây, con giống cho 620 hộ nghèo có điều kiện sản xuất. Tỷ lệ hộ nghèo của tỉnh còn 0,68%, hộ cận nghèo còn 1,02%.
Theo Kế hoạch số 103/KH-MTTQ-BTT ngày 1/10/2020 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, Tháng cao điểm năm nay diễn ra từ ngày 17/10 đến 18/11, với mục tiêu vận động trên 30 tỷ đồng; vận động mỗi cán bộ, công chức, viên chức, người lao động đóng góp ít nhất 1 ngày lương.
Phát biểu tại hội nghị, đồng chí Phạm Thị Kim Chi đề nghị các cấp ủy đảng lãnh đạo chặt chẽ việc vận động, bảo đảm tự nguyện, công khai; ưu tiên hỗ trợ hộ nghèo ở các xã ven biển, các xã có đông đồng bào Chơ Ro như xã Bàu Chinh, xã Bưng Riềng; quan tâm người dân làm nghề nuôi trồng thủy sản ở xã Long Sơn bị thiệt hại do dịch bệnh.
Ngay tại hội nghị, các doanh nghiệp, cơ quan, đơn vị đã đăng ký ủng hộ hơn 9,3 tỷ đồng. Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 500 phần quà, mỗi phần trị giá 1 triệu đồng, cho người lao động tự do khó khăn của phường Phước Hưng và một số xã thuộc huyện Xuyên Mộc, Châu Đức.
Ông Nguyễn Văn Tư, ở khu phố Hải Trung, phường Phước Hưng, làm nghề chạy xe ôm, có vợ bị bệnh nặng, xúc động cho biết từ khi có dịch, thu nhập của gia đình giảm hơn một nửa; phần quà của Mặt trận giúp gia đình trang trải thêm chi phí thuốc men cho vợ.
Quang Vinh
Tin liên quan
- Xuyên Mộc: bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo (08/10/2020)
- Châu Đức trao hơn 1.000 phần quà cho người lao động mất việc (25/09/2020)
- Ủy ban MTTQ tỉnh tiếp nhận 2 tỷ đồng hỗ trợ phòng, chống dịch Covid-19 (12/08/2020)
""", "2020-10-15", "Hơn 9,3 tỷ đồng ủng hộ Quỹ \"Vì người nghèo\" ngay tại hội nghị phát động",
E("hoi_nghi", "2020", "2020-10-14"),
[P("Phạm Thị Kim Chi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trịnh Hoàng Phúc", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Thị Ngọc Hạnh", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh kiêm Trưởng Ban Vận động Quỹ \"Vì người nghèo\" tỉnh"),
 P("Nguyễn Văn Tư")],
[Q("hơn 9,3 tỷ đồng", 9300000000, "đồng", "over"), Q("113 doanh nghiệp", 113, "doanh nghiệp"),
 Q("28,6 tỷ đồng", 28600000000, "đồng"), Q("3.200 lao động tự do", 3200, "lao động tự do"),
 Q("52.000 phần quà", 52000, "phần quà"), Q("150 căn nhà Đại đoàn kết", 150, "căn nhà Đại đoàn kết"),
 Q("47 căn", 47, "căn"), Q("620 hộ nghèo", 620, "hộ nghèo"), Q("0,68%", 0.68, "%"), Q("1,02%", 1.02, "%"),
 Q("trên 30 tỷ đồng", 30000000000, "đồng", "over"), Q("500 phần quà", 500, "phần quà"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Kế hoạch", "103", "KH-MTTQ-BTT", "2020-10-01", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 103/KH-MTTQ-BTT ngày 1/10/2020")],
[prov("Bà Rịa - Vũng Tàu"), com("Bàu Chinh"), com("Bưng Riềng"), com("Long Sơn"), com("Phước Hưng")],
["BÁO BÀ RỊA - VŨNG TÀU", "Chính trị | Xã hội | Mặt trận - Đoàn thể", "BR-VT",
 "Các doanh nghiệp đăng ký ủng hộ Quỹ \"Vì người nghèo\" tại hội nghị. Ảnh: Quang Vinh", "Vì người nghèo"],
["Cập nhật: 09:42, 15/10/2020 (GMT+7)", "năm 2020", "từ đầu năm đến nay", "từ ngày 17/10 đến 18/11", "1 ngày lương",
 "hơn một nửa", "Covid-19"]))

PAGES.append(page("b1242-hcm-binhhunghoaa-tuiansinh-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BÌNH TÂN
Trang chủ / Tin tức / Phường - Khu phố
Cập nhật: 03-09-2021 | 11:20
"Túi an sinh" đến từng ngõ hẻm ở Bình Hưng Hòa A
Những ngày giãn cách xã hội, các tổ COVID cộng đồng, tổ tình nguyện ở phường Bình Hưng Hòa A (quận Bình Tân, TP Hồ Chí Minh) vẫn ngày đêm gõ cửa từng phòng trọ, đưa "túi an sinh" đến tay những người đang gặp khó khăn.
Tình nguyện viên phường Bình Hưng Hòa A chuyển túi an sinh đến khu nhà trọ. Ảnh: Minh Khang
Là phường đông dân nhất quận với khoảng 150.000 người, phần lớn là công nhân, lao động tự do ở trọ, Bình Hưng Hòa A là một trong những địa bàn chịu ảnh hưởng nặng nề nhất của đợt bùng phát dịch lần thứ 4. Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và các chỉ đạo tăng cường giãn cách của Thành phố, người dân được yêu cầu "ai ở đâu ở yên đó", nhiều gia đình mất hoàn toàn thu nhập.
Ông Nguyễn Văn Hùng, Bí thư Đảng ủy phường Bình Hưng Hòa A, cho biết từ đầu tháng 7 đến nay, phường đã thành lập 42 tổ COVID cộng đồng với 185 tình nguyện viên; phát 12.600 túi an sinh, mỗi túi gồm gạo, mì, dầu ăn, rau củ trị giá khoảng 300.000 đồng. Nguồn hàng chủ yếu do Ủy ban MTTQ Việt Nam Thành phố phân bổ và các mạnh thường quân đóng góp.
Bên cạnh đó, thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Nghị quyết số 09/NQ-HĐND của HĐND Thành phố, phường đã chi hỗ trợ cho 8.450 người lao động tự do, mỗi người 1,5 triệu đồng, tổng số tiền hơn 12,6 tỷ đồng. Đến nay đã có 97,5% hồ sơ đủ điều kiện được chi trả.
Bà Trần Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường, kể về những chuyến đi đến tận nửa đêm: "Có hôm tổ nhận được 70 cuộc điện thoại báo hết gạo. Chúng tôi chia nhau đi, không để ai bị bỏ lại phía sau". Ủy ban MTTQ phường cũng vận động được hơn 3,4 tỷ đồng tiền mặt và 68 tấn lương thực, thực phẩm từ các doanh nghiệp, cơ sở tôn giáo, các cá nhân.
Trong con hẻm nhỏ ở khu phố 9, bà Hồ Thị Tư, 72 tuổi, sống một mình trong căn phòng trọ chưa đầy 12 m2, nhận túi an sinh mà rơm rớm nước mắt. "Mấy tháng nay không đi bán vé số được, may có mấy cháu tình nguyện mang gạo tới", bà nói.
Phường cũng phối hợp với phường Bình Trị Đông tổ chức "Siêu thị 0 đồng" lưu động, mỗi tuần phục vụ hơn 2.000 lượt người. Những ngày này, các "ATM gạo" đặt tại nhà văn hóa khu phố vẫn đều đặn hoạt động, góp phần giúp người dân yên tâm ở nhà, chung tay cùng Thành phố chống dịch.
Minh Khang
Tin khác
- Quận Bình Tân tiếp nhận 200 tấn gạo hỗ trợ người dân (30/08/2021)
- Phường Tân Tạo chi hỗ trợ theo Nghị quyết 68 (26/08/2021)
- Bình Tân ra mắt 10 "ATM gạo" miễn phí (18/08/2021)
""", "2021-09-03", "\"Túi an sinh\" đến từng ngõ hẻm ở Bình Hưng Hòa A",
E("khac", None, None),
[P("Nguyễn Văn Hùng", "Bí thư Đảng ủy phường Bình Hưng Hòa A"),
 P("Trần Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Hồ Thị Tư")],
[Q("khoảng 150.000 người", 150000, "người", "approx"), Q("42 tổ COVID cộng đồng", 42, "tổ COVID cộng đồng"),
 Q("185 tình nguyện viên", 185, "tình nguyện viên"), Q("12.600 túi an sinh", 12600, "túi an sinh"),
 Q("khoảng 300.000 đồng", 300000, "đồng", "approx"), Q("8.450 người lao động tự do", 8450, "người lao động tự do"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("97,5%", 97.5, "%"),
 Q("70 cuộc điện thoại", 70, "cuộc điện thoại"), Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"),
 Q("68 tấn", 68, "tấn"), Q("12 m2", 12, "m2", "approx"), Q("hơn 2.000 lượt người", 2000, "lượt người", "over")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Nghị quyết", "09", "NQ-HĐND", None, "HĐND Thành phố", "Nghị quyết số 09/NQ-HĐND")],
[prov("Hồ Chí Minh"), com("Bình Hưng Hòa A"), com("Bình Trị Đông")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN BÌNH TÂN", "Trang chủ / Tin tức / Phường - Khu phố",
 "Tình nguyện viên phường Bình Hưng Hòa A chuyển túi an sinh đến khu nhà trọ. Ảnh: Minh Khang", "ai ở đâu ở yên đó",
 "Siêu thị 0 đồng", "ATM gạo"],
["Cập nhật: 03-09-2021 | 11:20", "lần thứ 4", "từ đầu tháng 7 đến nay", "72 tuổi", "Siêu thị 0 đồng", "Mấy tháng nay",
 "khu phố 9"]))

PAGES.append(page("b1243-daklak-cumgar-mttq-soket-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị >> Mặt trận - Đoàn thể
14:30 | 15/07/2022
Cư M'gar: Hơn 1,8 tỷ đồng hỗ trợ hộ nghèo làm nhà, phát triển sản xuất
Ngày 14/7, Ủy ban MTTQ Việt Nam huyện Cư M'gar (tỉnh Đắk Lắk) tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Nguyễn Thị Thu Hằng, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện dự và phát biểu chỉ đạo.
Đồng chí Y Krao Mlô, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu tại hội nghị.
Theo báo cáo do đồng chí Y Krao Mlô, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện trình bày, 6 tháng qua, thực hiện Kết luận 05, 06-KL/HU của Ban Thường vụ Huyện ủy về công tác giảm nghèo bền vững và về phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số, Mặt trận các cấp đã vận động hơn 1,8 tỷ đồng để hỗ trợ xây dựng 18 căn nhà Đại đoàn kết, mỗi căn 50 triệu đồng; trao 24 con bò giống cho hộ nghèo đồng bào Êđê; trao 650 suất quà cho hộ nghèo, gia đình chính sách dịp Tết Nhâm Dần.
Mặt trận huyện đã phối hợp triển khai Kế hoạch số 45/KH-MTTQ-BTT ngày 20/1/2022 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện về giám sát việc thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; tổ chức 5 cuộc giám sát, tiếp nhận 11 ý kiến, kiến nghị của cử tri. Tỷ lệ hộ nghèo toàn huyện còn 7,26%, giảm 1,4% so với cuối năm 2021.
Tại hội nghị, các đồng chí Y Thuôm Knul, H'Dyên Niê - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện điều hành phần thảo luận. Bà H'Zim Êban, Chủ tịch Ủy ban MTTQ xã Cư Suê, cho biết xã đã vận động 36 hộ khá giả nhận giúp đỡ hộ nghèo bằng cây giống, ngày công. Ông Y Bhim Ayun, người có uy tín buôn Kram, xã Ea Tul, chia sẻ cách vận động con cháu trong buôn không nghe theo kẻ xấu, không bán đất rẫy, tích cực trồng cà phê tái canh.
Hội nghị cũng chỉ ra hạn chế: nguồn quỹ chủ yếu dựa vào cán bộ, công chức, chưa huy động được nhiều doanh nghiệp; một số xã như xã Ea Kiết còn chậm báo cáo, việc bình xét hộ nghèo có nơi chưa sát thực tế.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Hằng đề nghị 6 tháng cuối năm, Mặt trận các cấp tập trung vận động xây dựng thêm 20 căn nhà Đại đoàn kết; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 100% thôn, buôn, tổ dân phố; tăng cường giám sát chính sách đối với đồng bào dân tộc thiểu số tại 17 xã, thị trấn.
H'Xíu
Tin liên quan
- Krông Búk: sơ kết công tác Mặt trận 6 tháng đầu năm 2022 (13/07/2022)
- Ủy ban MTTQ tỉnh trao nhà Đại đoàn kết tại Ea Súp (07/07/2022)
- Buôn Đôn: phát huy vai trò người có uy tín (30/06/2022)
""", "2022-07-15", "Cư M'gar: Hơn 1,8 tỷ đồng hỗ trợ hộ nghèo làm nhà, phát triển sản xuất",
E("so_ket", "2022-H1", "2022-07-14"),
[P("Nguyễn Thị Thu Hằng", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Y Krao Mlô", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Y Thuôm Knul", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("H'Dyên Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("H'Zim Êban", "Chủ tịch Ủy ban MTTQ xã Cư Suê"),
 P("Y Bhim Ayun", "người có uy tín buôn Kram")],
[Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("18 căn nhà Đại đoàn kết", 18, "căn nhà Đại đoàn kết"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("24 con bò giống", 24, "con bò giống"), Q("650 suất quà", 650, "suất quà"),
 Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("11 ý kiến, kiến nghị", 11, "ý kiến, kiến nghị"),
 Q("7,26%", 7.26, "%"), Q("1,4%", 1.4, "%"), Q("36 hộ khá giả", 36, "hộ khá giả"),
 Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"),
 Q("17 xã, thị trấn", 17, "xã, thị trấn")],
[D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2022-01-20", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/1/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Đắk Lắk"), com("Cư Suê"), com("Ea Tul"), com("Ea Kiết")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị >> Mặt trận - Đoàn thể",
 "Đồng chí Y Krao Mlô, Chủ tịch Ủy ban MTTQ Việt Nam huyện phát biểu tại hội nghị.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["14:30 | 15/07/2022", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng qua", "Tết Nhâm Dần", "cuối năm 2021",
 "6 tháng cuối năm"]))

PAGES.append(page("b1244-gialai-iagrai-trao-nhadaidoanket-2022", """
BÁO GIA LAI ĐIỆN TỬ
Trang chủ » Xã hội » Chung tay vì người nghèo
Thứ Sáu, 09/12/2022
Ia Grai: Bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Jrai
(GLO)- Ngày 8/12, Ủy ban MTTQ Việt Nam tỉnh Gia Lai phối hợp với Ngân hàng TMCP Phát triển Cao Nguyên tổ chức lễ bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Jrai tại các xã Ia Pếch, Ia Sao (huyện Ia Grai).
Đồng chí Rơ Châm Hiền trao quyết định bàn giao nhà cho hộ nghèo xã Ia Pếch. Ảnh: Hoài Nam
Dự buổi lễ có đồng chí Rơ Châm Hiền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Quốc Thịnh, Phó Tổng Giám đốc Ngân hàng TMCP Phát triển Cao Nguyên; đồng chí Kpă Thuyên, người vừa được hiệp thương cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Huyện ủy, UBND huyện Ia Grai.
Các căn nhà được xây dựng theo thiết kế mẫu, diện tích 45 m2, kết cấu móng đá, tường gạch, mái lợp tôn; mỗi căn trị giá 60 triệu đồng, trong đó ngân hàng tài trợ 50 triệu đồng, phần còn lại do gia đình, dòng họ và bà con trong làng góp công, góp vật liệu. Tổng kinh phí ngân hàng tài trợ là 1 tỷ đồng.
Thực hiện Chỉ thị số 19-CT/TU ngày 25/3/2022 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác xóa nhà tạm cho hộ nghèo đồng bào dân tộc thiểu số và Quyết định số 90/QĐ-TTg ngày 18/1/2022 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025, năm 2022 Mặt trận các cấp trong tỉnh đã vận động hơn 64 tỷ đồng, xây mới và sửa chữa 1.347 căn nhà Đại đoàn kết, vượt 34,7% kế hoạch.
Phát biểu tại buổi lễ, đồng chí Rơ Châm Hiền cảm ơn sự đồng hành của doanh nghiệp và đề nghị chính quyền xã Ia Pếch, xã Ia Sao tiếp tục giúp các hộ vay vốn, chuyển đổi cây trồng, để "có nhà rồi thì phải có sinh kế, không để tái nghèo". Đồng chí cũng lưu ý các hộ nhận nhà giữ gìn, bảo quản căn nhà, không sang nhượng, cầm cố.
Dịp này, ông Siu Thành, HUV, Bí thư Đảng ủy xã Ia Pếch thay mặt Đảng ủy, chính quyền xã cảm ơn tỉnh và nhà tài trợ; ông Puih Chăn, Bí thư Chi bộ kiêm Trưởng làng Bông, cam kết vận động bà con giữ gìn nhà cửa, đưa con đến trường đầy đủ. Ngân hàng cũng trao 20 suất quà, mỗi suất 2 triệu đồng, cho 20 hộ nhận nhà.
Chị Kpă H'Yul, ở làng Bông, xã Ia Pếch, có chồng mất sớm, một mình nuôi 3 con nhỏ, bày tỏ: "Trước đây nhà mình làm bằng tre, mùa mưa gió lùa khắp nơi. Giờ có nhà mới, các con có chỗ học bài, mình yên tâm đi làm rẫy".
Hoài Nam
Lượt xem: 1.538
Tin khác
- Chư Păh: trao 15 căn nhà Đại đoàn kết dịp Ngày hội Đại đoàn kết (18/11/2022)
- Đak Đoa: vận động hơn 2 tỷ đồng ủng hộ Quỹ "Vì người nghèo" (10/11/2022)
- Ủy ban MTTQ tỉnh phát động Tháng cao điểm "Vì người nghèo" năm 2022 (17/10/2022)
""", "2022-12-09", "Ia Grai: Bàn giao 20 căn nhà Đại đoàn kết cho hộ nghèo đồng bào Jrai",
E("trao_qua", None, "2022-12-08"),
[P("Rơ Châm Hiền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Thịnh", "Phó Tổng Giám đốc Ngân hàng TMCP Phát triển Cao Nguyên"),
 P("Kpă Thuyên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Siu Thành", "HUV", "Bí thư Đảng ủy xã Ia Pếch"),
 P("Puih Chăn", "Bí thư Chi bộ kiêm Trưởng làng Bông"),
 P("Kpă H'Yul")],
[Q("20 căn nhà Đại đoàn kết", 20, "căn nhà Đại đoàn kết"), Q("45 m2", 45, "m2"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("50 triệu đồng", 50000000, "đồng"), Q("1 tỷ đồng", 1000000000, "đồng"), Q("hơn 64 tỷ đồng", 64000000000, "đồng", "over"),
 Q("1.347 căn nhà Đại đoàn kết", 1347, "căn nhà Đại đoàn kết"), Q("34,7%", 34.7, "%"),
 Q("20 suất quà", 20, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("20 hộ", 20, "hộ"), Q("3 con nhỏ", 3, "con nhỏ")],
[D("Chỉ thị", "19", "CT/TU", "2022-03-25", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 19-CT/TU ngày 25/3/2022"),
 D("Quyết định", "90", "QĐ-TTg", "2022-01-18", "Thủ tướng Chính phủ", "Quyết định số 90/QĐ-TTg ngày 18/1/2022")],
[prov("Gia Lai"), com("Ia Pếch"), com("Ia Sao")],
["BÁO GIA LAI ĐIỆN TỬ", "Trang chủ » Xã hội » Chung tay vì người nghèo", "(GLO)",
 "Đồng chí Rơ Châm Hiền trao quyết định bàn giao nhà cho hộ nghèo xã Ia Pếch. Ảnh: Hoài Nam",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025", "Lượt xem: 1.538"],
["Thứ Sáu, 09/12/2022", "giai đoạn 2021-2025", "năm 2022", "Lượt xem: 1.538"]))

PAGES.append(page("b1245-binhphuoc-mttq-giamsat-1719-2023", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Chính trị / Mặt trận - Đoàn thể
Ngày 21/09/2023 | 09:15
Giám sát hỗ trợ nhà ở cho đồng bào dân tộc thiểu số tại Bù Đăng
Ngày 19/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Phước do đồng chí Điểu Minh Hoàng, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo đồng bào dân tộc thiểu số thuộc Chương trình mục tiêu quốc gia tại huyện Bù Đăng. Cùng tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Lê Thị Xuân Trang, Điểu Thị Thanh.
Đoàn giám sát kiểm tra thực tế căn nhà của hộ ông Điểu Bân. Ảnh: Thanh Thủy
Cuộc giám sát thực hiện theo Kế hoạch số 118/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư ban hành Hướng dẫn khung để các cấp ủy tiếp tục thực hiện Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Theo báo cáo do Phó Chủ tịch UBND huyện Bù Đăng Hoàng Văn Dũng trình bày, giai đoạn 2022 - 2023, huyện được giao hỗ trợ nhà ở cho 417 hộ theo Thông tư số 02/2022/TT-UBDT của Ủy ban Dân tộc. Mỗi hộ được hỗ trợ 40 triệu đồng từ ngân sách trung ương và 4 triệu đồng từ ngân sách tỉnh theo Quyết định số 35/2022/QĐ-UBND của UBND tỉnh. Đến nay, huyện đã giải ngân 12,9 tỷ đồng, đạt 71,8% kế hoạch vốn; 298 căn đã hoàn thành, 81 căn đang thi công, còn 38 hộ chưa khởi công do chưa có đất ở hoặc đất nằm trong quy hoạch rừng phòng hộ.
Bà Thị Bích Liên, Trưởng Phòng Dân tộc huyện, cho biết khó khăn lớn nhất là giá vật liệu xây dựng tăng, trong khi nhiều hộ không có khả năng đối ứng. Huyện đã chỉ đạo Ủy ban MTTQ và các đoàn thể vận động 1.260 ngày công hỗ trợ các hộ.
Kiểm tra thực tế tại xã Đường 10, xã Đăk Nhau và xã Bom Bo, đoàn ghi nhận phần lớn nhà được xây đúng quy mô, chất lượng. Tuy nhiên, một số căn chưa hoàn thiện nhà vệ sinh, có hộ xây lớn hơn khả năng tài chính dẫn đến nợ tiền vật liệu. Ông Điểu Bân, ở sóc Bù Khơn, xã Đường 10, cho biết gia đình vay thêm 30 triệu đồng để hoàn thiện nhà.
Kết luận buổi giám sát, đồng chí Điểu Minh Hoàng đề nghị UBND huyện khẩn trương giải quyết đất ở cho 38 hộ còn lại; công khai danh sách, mức hỗ trợ tại thôn, sóc; chỉ đạo các xã hướng dẫn người dân xây nhà phù hợp khả năng, không để phát sinh nợ nần. Ủy ban MTTQ huyện cần phát huy vai trò Ban Giám sát đầu tư của cộng đồng ở các xã.
Thanh Thủy
Tin liên quan
- Lộc Ninh: 95% hộ được hỗ trợ nhà ở đã hoàn thành (12/09/2023)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (29/08/2023)
- Bù Gia Mập: trao 10 căn nhà Đại đoàn kết (15/08/2023)
""", "2023-09-21", "Giám sát hỗ trợ nhà ở cho đồng bào dân tộc thiểu số tại Bù Đăng",
E("giam_sat", None, "2023-09-19"),
[P("Điểu Minh Hoàng", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Xuân Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Thị Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Dũng", "Phó Chủ tịch UBND huyện Bù Đăng"),
 P("Thị Bích Liên", "Trưởng Phòng Dân tộc huyện"),
 P("Điểu Bân")],
[Q("417 hộ", 417, "hộ"), Q("40 triệu đồng", 40000000, "đồng"), Q("4 triệu đồng", 4000000, "đồng"),
 Q("12,9 tỷ đồng", 12900000000, "đồng"), Q("71,8%", 71.8, "%"), Q("298 căn", 298, "căn"), Q("81 căn", 81, "căn"),
 Q("38 hộ", 38, "hộ"), Q("1.260 ngày công", 1260, "ngày công"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "118", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 118/KH-MTTQ-BTT"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Thông tư", "02", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 02/2022/TT-UBDT"),
 D("Quyết định", "35", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2022/QĐ-UBND")],
[prov("Bình Phước"), com("Đường 10"), com("Đăk Nhau"), com("Bom Bo")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Chính trị / Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra thực tế căn nhà của hộ ông Điểu Bân. Ảnh: Thanh Thủy",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội",
 "Ban Giám sát đầu tư của cộng đồng"],
["Ngày 21/09/2023 | 09:15", "giai đoạn 2022 - 2023", "xã Đường 10"]))

PAGES.append(page("b1246-lamdong-damrong-doithoai-2023", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Chính trị | Xây dựng Đảng | Dân vận
Thứ Sáu, 26/05/2023 | 06:00
Bí thư Huyện ủy Đam Rông đối thoại với đồng bào về đất ở, nhà ở
(LĐ online) - Ngày 25/5, tại xã Đạ M'Rông, Ban Thường vụ Huyện ủy Đam Rông (tỉnh Lâm Đồng) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2023, chủ đề "Thực hiện chính sách hỗ trợ đất ở, nhà ở cho đồng bào dân tộc thiểu số".
Đồng chí Nguyễn Văn Tân trả lời ý kiến của người dân.
Đồng chí Nguyễn Văn Tân, Tỉnh ủy viên, Bí thư Huyện ủy chủ trì hội nghị. Cùng tham gia đối thoại có các đồng chí: Liêng Jrang K'Bình, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Ka Hường, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện; Phạm Quốc Thái, Phó Chủ tịch UBND huyện. Tham dự có hơn 200 người dân của 3 xã Đạ M'Rông, Đạ Tông, Liêng S'rônh.
Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân và Kế hoạch số 132-KH/HU của Ban Thường vụ Huyện ủy.
Thông tin tại hội nghị cho biết, toàn huyện còn 342 hộ đồng bào dân tộc thiểu số thiếu đất ở, 515 hộ có nhà ở xuống cấp. Thực hiện Nghị quyết số 05-NQ/HU ngày 10/3/2021 của Ban Chấp hành Đảng bộ huyện về giảm nghèo bền vững, từ năm 2021 đến nay huyện đã hỗ trợ xây dựng 187 căn nhà; tỷ lệ hộ nghèo giảm còn 16,8%, song vẫn thuộc nhóm cao nhất tỉnh.
Tại hội nghị, 22 ý kiến đã được người dân nêu trực tiếp. Ông Cil Múp, ở thôn Đạ Nhinh 1, xã Đạ M'Rông, đề nghị giải quyết dứt điểm việc chồng lấn đất giữa người dân với ban quản lý rừng phòng hộ. Bà Hoàng Thị Ngân, người dân tộc Mông ở xã Liêng S'rônh, hỏi về điều kiện để hộ di cư tự do được hỗ trợ làm nhà. Ông Ya Tiếu, Bí thư Chi bộ thôn Păng Pế Nâm, xã Đạ Tông, kiến nghị nâng mức hỗ trợ vì 40 triệu đồng mỗi căn không đủ để làm nhà kiên cố ở vùng xa.
Trả lời người dân, đồng chí Nguyễn Văn Tân khẳng định huyện sẽ rà soát quỹ đất từ các công ty lâm nghiệp để bố trí đất ở cho các hộ; giao Ủy ban MTTQ huyện vận động thêm nguồn xã hội hóa, phấn đấu mỗi căn nhà được hỗ trợ thêm 10 triệu đồng. Đồng chí Ka Hường cho biết Mặt trận huyện sẽ phối hợp với các đoàn thể giúp ngày công, vận chuyển vật liệu cho các hộ khó khăn.
Kết thúc hội nghị, 18/22 ý kiến được giải đáp tại chỗ; 4 ý kiến được giao các phòng, ban nghiên cứu, trả lời bằng văn bản trước ngày 30/6.
Khánh Phúc
Tin khác
- Lạc Dương: đối thoại với thanh niên đồng bào K'Ho (19/05/2023)
- Di Linh: 50 căn nhà Đại đoàn kết được bàn giao (11/05/2023)
- Đam Rông đẩy mạnh vận động đồng bào Mông ổn định cuộc sống (28/04/2023)
""", "2023-05-26", "Bí thư Huyện ủy Đam Rông đối thoại với đồng bào về đất ở, nhà ở",
E("doi_thoai", "2023", "2023-05-25"),
[P("Nguyễn Văn Tân", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Liêng Jrang K'Bình", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Ka Hường", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Phạm Quốc Thái", "Phó Chủ tịch UBND huyện"),
 P("Cil Múp"),
 P("Hoàng Thị Ngân"),
 P("Ya Tiếu", "Bí thư Chi bộ thôn Păng Pế Nâm")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("3 xã", 3, "xã"),
 Q("342 hộ đồng bào dân tộc thiểu số", 342, "hộ đồng bào dân tộc thiểu số"), Q("515 hộ", 515, "hộ"),
 Q("187 căn nhà", 187, "căn nhà"), Q("16,8%", 16.8, "%"), Q("22 ý kiến", 22, "ý kiến"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"), Q("18/22 ý kiến", 18, "ý kiến"),
 Q("4 ý kiến", 4, "ý kiến")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "132", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 132-KH/HU"),
 D("Nghị quyết", "05", "NQ/HU", "2021-03-10", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 05-NQ/HU ngày 10/3/2021")],
[prov("Lâm Đồng"), com("Đạ M'Rông"), com("Đạ Tông"), com("Liêng S'rônh")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Chính trị | Xây dựng Đảng | Dân vận", "(LĐ online)",
 "Đồng chí Nguyễn Văn Tân trả lời ý kiến của người dân.",
 "Thực hiện chính sách hỗ trợ đất ở, nhà ở cho đồng bào dân tộc thiểu số"],
["Thứ Sáu, 26/05/2023 | 06:00", "năm 2023", "từ năm 2021 đến nay", "trước ngày 30/6", "thôn Đạ Nhinh 1"]))
