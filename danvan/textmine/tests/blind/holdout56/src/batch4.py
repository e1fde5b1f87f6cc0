from lib import *
PAGES = []

PAGES.append(page("b1319-quangtri-xa-giamsat-2026", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
10/04/2026 - 14:30
Ảnh: Đoàn giám sát kiểm tra thực tế tại điểm trường bản Ra Mai.
Mặt trận xã Kim Điền giám sát việc thực hiện chính sách cho học sinh dân tộc thiểu số
Ngày 8/4, Ủy ban MTTQ Việt Nam xã Kim Điền tổ chức giám sát việc thực hiện chính sách hỗ trợ học sinh dân tộc thiểu số và các khoản thu đầu năm học 2025 - 2026 tại 3 trường học trên địa bàn xã.
Đoàn giám sát do bà Đinh Thị Hồng Nhung, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Kim Điền làm trưởng đoàn; tham gia có đại diện Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Ban Thanh tra nhân dân và 2 người có uy tín trong đồng bào Chứt, Bru - Vân Kiều.
Xã Kim Điền được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập các xã Hóa Phúc, Hồng Hóa, Hóa Thanh và Hóa Tiến của huyện Minh Hóa (tỉnh Quảng Bình cũ), nay thuộc tỉnh Quảng Trị. Toàn xã có 1.164 học sinh, trong đó 642 em là con em đồng bào dân tộc thiểu số, 318 em ở bán trú.
Qua giám sát cho thấy, các trường đã chi trả đầy đủ tiền hỗ trợ ăn trưa, hỗ trợ gạo theo Nghị định số 66/2025/NĐ-CP của Chính phủ với tổng kinh phí học kỳ I là hơn 1,9 tỷ đồng; mỗi học sinh bán trú được hỗ trợ 15 kg gạo/tháng. Các khoản thu thỏa thuận được công khai, thu đúng mức quy định tại Nghị quyết số 14/2025/NQ-HĐND của HĐND tỉnh; không có khoản thu ngoài quy định.
Tuy nhiên, đoàn cũng chỉ ra hạn chế: bếp ăn bán trú tại điểm trường bản Ra Mai còn chật, xuống cấp; 27 học sinh nhà xa phải đi bộ hơn 6 km mỗi ngày; việc phối hợp giữa nhà trường với trưởng bản trong vận động học sinh bỏ học trở lại lớp chưa thường xuyên, hiện còn 5 em nghỉ học dài ngày.
Ông Hồ Văn Thơm, người có uy tín bản Ra Mai, đề nghị xã vận động hỗ trợ xe đạp cho học sinh ở xa. Thầy Cao Xuân Lực, Hiệu trưởng Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Kim Điền, tiếp thu ý kiến, cho biết nhà trường sẽ phân công giáo viên chủ nhiệm đến từng nhà vận động 5 học sinh trở lại lớp trước ngày 30/4.
Kết luận giám sát, bà Đinh Thị Hồng Nhung đề nghị UBND xã báo cáo tỉnh bổ sung kinh phí sửa chữa bếp ăn bán trú; Ủy ban MTTQ xã sẽ phát động vận động ủng hộ 40 chiếc xe đạp cho học sinh nghèo và theo dõi việc thực hiện các kiến nghị theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội.
Anh Tuấn
Lượt xem: 512
Tin khác
- Quảng Trị: Mặt trận cấp xã giám sát xóa nhà tạm (02/04/2026)
- Xã Dân Hóa trao quà cho đồng bào Chứt (25/03/2026)
- Phường Đồng Hới ra mắt Ban công tác Mặt trận khu phố (18/03/2026)
- Người có uy tín ở biên giới Quảng Trị (10/03/2026)
""", "2026-04-10", "Mặt trận xã Kim Điền giám sát việc thực hiện chính sách cho học sinh dân tộc thiểu số",
E("giam_sat", None, "2026-04-08"),
[P("Đinh Thị Hồng Nhung", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã Kim Điền"),
 P("Hồ Văn Thơm", "người có uy tín bản Ra Mai"),
 P("Cao Xuân Lực", "Hiệu trưởng Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Kim Điền")],
[Q("3 trường học", 3, "trường học"), Q("2 người có uy tín", 2, "người có uy tín"), Q("1.164 học sinh", 1164, "học sinh"),
 Q("642 em", 642, "em"), Q("318 em", 318, "em"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("15 kg", 15, "kg"),
 Q("27 học sinh", 27, "học sinh"), Q("hơn 6 km", 6, "km", "over"), Q("5 em", 5, "em"), Q("40 chiếc xe đạp", 40, "chiếc xe đạp")],
[D("Nghị định", "66", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 66/2025/NĐ-CP"),
 D("Nghị quyết", "14", "2025/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14/2025/NQ-HĐND"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Kim Điền"), com("Hóa Phúc"), com("Hồng Hóa"), com("Hóa Thanh"), com("Hóa Tiến")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát kiểm tra thực tế tại điểm trường bản Ra Mai.",
 "Trường Phổ thông Dân tộc bán trú Tiểu học và THCS Kim Điền", "Lượt xem: 512"],
["10/04/2026 - 14:30", "năm học 2025 - 2026", "1/7/2025", "học kỳ I", "30/4", "Lượt xem: 512"]))

PAGES.append(page("b1320-angiang-xa-baocao-q1-2026", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒN ĐẤT
Tỉnh An Giang
Trang chủ > Hoạt động của Đảng ủy > Công tác dân vận
Ngày 17/04/2026 | 08:30
Kết quả công tác dân vận quý I năm 2026
Ngày 14/4/2026, Ban Thường vụ Đảng ủy xã Hòn Đất ban hành Báo cáo số 45-BC/ĐU về kết quả công tác dân vận quý I năm 2026, phương hướng nhiệm vụ quý II năm 2026. Trang thông tin điện tử xã trích đăng một số nội dung chính.
1. Công tác lãnh đạo, chỉ đạo
Ban Thường vụ Đảng ủy xã đã ban hành Kế hoạch số 31-KH/ĐU ngày 12/1/2026 về công tác dân vận năm 2026; Ban Xây dựng Đảng Đảng ủy xã hướng dẫn các chi bộ ấp thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy An Giang về tăng cường công tác dân vận ở vùng đồng bào Khmer. UBND xã triển khai Quyết định số 35/2024/QĐ-UBND của UBND tỉnh Kiên Giang (cũ) về quy chế tiếp công dân, đến nay vẫn được áp dụng trong thời gian chờ văn bản mới của tỉnh An Giang.
2. Kết quả thực hiện
Trong quý, khối dân vận xã đã phối hợp tổ chức 18 cuộc họp dân ở 12 ấp, với 2.160 lượt người tham dự; tuyên truyền về bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, tỷ lệ cử tri đi bầu đạt 99,6%. Mặt trận và các tổ chức thành viên trao 1.850 phần quà Tết với tổng trị giá trên 740 triệu đồng; bàn giao 9 căn nhà đại đoàn kết cho hộ nghèo, mỗi căn trị giá 70 triệu đồng.
Ủy ban MTTQ Việt Nam xã phối hợp vận động 36 hộ trong vùng dự án đê biển Hòn Đất - Kiên Lương bàn giao mặt bằng; tiếp nhận 14 đơn thư, đã hướng dẫn, giải quyết 12 đơn. Các ấp đăng ký 6 mô hình "Dân vận khéo" mới, trong đó có mô hình "Phum sóc bình yên" ở ấp Vàm Răng.
3. Hạn chế
Một số chi bộ ấp chưa đưa nội dung dân vận vào sinh hoạt định kỳ; việc nắm tình hình lao động đi làm ăn ở Campuchia chưa đầy đủ; kinh phí cho tổ dân vận ấp còn thấp, mỗi tổ 300.000 đồng/quý.
4. Phương hướng quý II
Tiếp tục triển khai Chương trình hành động số 05-CTr/ĐU của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I; tổ chức hội nghị đối thoại giữa Bí thư Đảng ủy xã với nhân dân; thăm, chúc mừng 7 chùa Phật giáo Nam tông Khmer nhân lễ Chôl Chnăm Thmây.
Báo cáo do đồng chí Danh Sóc, Phó Bí thư Thường trực Đảng ủy xã ký; gửi Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang, các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã. Ông Trần Quốc Toản, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã cho biết báo cáo đã được gửi đến 12 chi bộ ấp để quán triệt trong sinh hoạt tháng 5.
BBT
Lượt truy cập: 96.214
Tin liên quan
- Xã Hòn Đất tổ chức lễ ra quân bầu cử (10/03/2026)
- Ban Xây dựng Đảng hướng dẫn sinh hoạt chi bộ ấp (20/02/2026)
- Trao quà Tết cho đồng bào Khmer ấp Vàm Răng (25/01/2026)
- Xã Sơn Kiên giao ban khối dân vận (15/01/2026)
""", "2026-04-17", "Kết quả công tác dân vận quý I năm 2026",
E("bao_cao", "2026-Q1", "2026-04-14"),
[P("Danh Sóc", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Trần Quốc Toản", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("18 cuộc họp dân", 18, "cuộc họp dân"), Q("12 ấp", 12, "ấp"), Q("2.160 lượt người", 2160, "lượt người"), Q("99,6%", 99.6, "%"),
 Q("1.850 phần quà Tết", 1850, "phần quà Tết"), Q("trên 740 triệu đồng", 740000000, "đồng", "over"), Q("9 căn nhà đại đoàn kết", 9, "căn nhà đại đoàn kết"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("36 hộ", 36, "hộ"), Q("14 đơn thư", 14, "đơn thư"), Q("12 đơn", 12, "đơn"),
 Q("6 mô hình", 6, "mô hình"), Q("300.000 đồng", 300000, "đồng"), Q("7 chùa Phật giáo Nam tông Khmer", 7, "chùa Phật giáo Nam tông Khmer"),
 Q("12 chi bộ ấp", 12, "chi bộ ấp")],
[D("Báo cáo", "45", "BC/ĐU", "2026-04-14", "Ban Thường vụ Đảng ủy xã", "Báo cáo số 45-BC/ĐU"),
 D("Kế hoạch", "31", "KH/ĐU", "2026-01-12", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 31-KH/ĐU ngày 12/1/2026"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy An Giang", "Chỉ thị số 12-CT/TU"),
 D("Quyết định", "35", "2024/QĐ-UBND", None, "UBND tỉnh Kiên Giang", "Quyết định số 35/2024/QĐ-UBND"),
 D("Chương trình hành động", "05", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 05-CTr/ĐU")],
[prov("An Giang"), prov("Kiên Giang"), com("Hòn Đất")],
["TRANG THÔNG TIN ĐIỆN TỬ XÃ HÒN ĐẤT", "Tỉnh An Giang", "Trang chủ > Hoạt động của Đảng ủy > Công tác dân vận", "1. Công tác lãnh đạo, chỉ đạo",
 "Dân vận khéo", "Phum sóc bình yên", "Nghị quyết Đại hội Đảng bộ xã lần thứ I", "Chôl Chnăm Thmây", "BBT", "Lượt truy cập: 96.214"],
["Ngày 17/04/2026 | 08:30", "quý I năm 2026", "quý II năm 2026", "năm 2026", "khóa XVI", "lần thứ I", "tháng 5", "1. Công tác lãnh đạo, chỉ đạo",
 "2. Kết quả thực hiện", "3. Hạn chế", "4. Phương hướng quý II", "Lượt truy cập: 96.214"]))

PAGES.append(page("b1321-daklak-xa-nguoicouytin-2026", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Bạn đang ở: Trang chủ / Chính trị / Dân tộc - Tôn giáo
Thứ Sáu, 08/05/2026 - 09:00
Đồng chí Y Khuê Niê trao giấy khen cho người có uy tín tiêu biểu.
Xã Ea Súp gặp mặt 64 già làng, người có uy tín
Ngày 6/5, Đảng ủy xã Ea Súp tổ chức hội nghị gặp mặt, đối thoại với già làng, người có uy tín trong đồng bào dân tộc thiểu số năm 2026. Đồng chí Y Khuê Niê, Bí thư Đảng ủy, Chủ tịch HĐND xã Ea Súp chủ trì hội nghị; dự có đồng chí H'Nga Ksơr, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk.
Tham dự hội nghị có 64 già làng, người có uy tín của 37 thôn, buôn thuộc các dân tộc Êđê, Jrai, Mông, Tày, Nùng. Xã Ea Súp hiện có gần 9.800 hộ, trong đó trên 38% là hộ đồng bào dân tộc thiểu số; 1.240 hộ theo đạo Tin lành sinh hoạt tại 11 điểm nhóm.
Báo cáo tại hội nghị cho biết, thời gian qua người có uy tín đã tích cực vận động bà con thực hiện chủ trương của Đảng, chính sách của Nhà nước; tham gia hòa giải thành 23 vụ việc tranh chấp đất đai, mâu thuẫn trong buôn; vận động 15 thanh niên đi khám tuyển nghĩa vụ quân sự; phát hiện, báo cáo kịp thời 4 trường hợp tuyên truyền tà đạo "Hà Mòn" và tổ chức bất hợp pháp "Tin lành Đấng Christ". Theo Quyết định số 12/2018/QĐ-TTg và Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ, mỗi người có uy tín được hỗ trợ 700.000 đồng/quý.
Tại hội nghị, các già làng, người có uy tín đã nêu 21 ý kiến. Già làng Y Drăm Mlô, người có uy tín buôn Ea Rớt đề nghị xã sớm giải quyết tình trạng thiếu đất sản xuất của 52 hộ đồng bào Êđê; ông Ksor Y Phin, buôn Ea Lâm phản ánh tuyến đường liên buôn dài 4,7 km xuống cấp nghiêm trọng. Ông Vàng Seo Pao, người có uy tín thôn 14, kiến nghị có chính sách hỗ trợ cho bà con người Mông di cư tự do đã ổn định sinh sống.
Đồng chí Phạm Ngọc Tú, Phó Bí thư Đảng ủy, Chủ tịch UBND xã trả lời trực tiếp các ý kiến; cho biết UBND xã đã lập phương án giao 68 ha đất thu hồi từ công ty lâm nghiệp cho hộ thiếu đất theo Kế hoạch số 102/KH-UBND của UBND tỉnh Đắk Lắk.
Phát biểu tại hội nghị, đồng chí H'Nga Ksơr đề nghị Đảng ủy xã thực hiện tốt Kết luận số 65-KL/TW của Bộ Chính trị về công tác dân tộc và Chỉ thị số 18-CT/TW của Ban Bí thư về phát huy vai trò của người có uy tín; các già làng tiếp tục là "cánh tay nối dài" của cấp ủy, chính quyền ở buôn làng.
Dịp này, Đảng ủy xã tặng giấy khen cho 12 người có uy tín tiêu biểu và trao 64 phần quà, mỗi phần trị giá 1 triệu đồng.
H'Xuân - Quang Nhật
Tin khác
- Đắk Lắk: hoàn thành rà soát, công nhận người có uy tín năm 2026 (28/04/2026)
- Xã Tuy An Đông vận động ngư dân tham gia tổ đoàn kết trên biển (20/04/2026)
- Phường Buôn Ma Thuột tổ chức Lễ hội cà phê (12/03/2026)
- Người có uy tín góp sức gìn giữ bình yên buôn làng (05/03/2026)
""", "2026-05-08", "Xã Ea Súp gặp mặt 64 già làng, người có uy tín",
E("hoi_nghi", "2026", "2026-05-06"),
[P("Y Khuê Niê", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Ea Súp"),
 P("H'Nga Ksơr", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk"),
 P("Y Drăm Mlô", "Già làng", "người có uy tín buôn Ea Rớt"),
 P("Ksor Y Phin"),
 P("Vàng Seo Pao", "người có uy tín thôn 14"),
 P("Phạm Ngọc Tú", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã")],
[Q("64 già làng, người có uy tín", 64, "già làng, người có uy tín"), Q("37 thôn, buôn", 37, "thôn, buôn"), Q("gần 9.800 hộ", 9800, "hộ", "approx"),
 Q("trên 38%", 38, "%", "over"), Q("1.240 hộ", 1240, "hộ"), Q("11 điểm nhóm", 11, "điểm nhóm"),
 Q("23 vụ việc tranh chấp đất đai, mâu thuẫn", 23, "vụ việc tranh chấp đất đai, mâu thuẫn"), Q("15 thanh niên", 15, "thanh niên"),
 Q("4 trường hợp", 4, "trường hợp"), Q("700.000 đồng", 700000, "đồng"), Q("21 ý kiến", 21, "ý kiến"),
 Q("52 hộ đồng bào Êđê", 52, "hộ đồng bào Êđê"), Q("4,7 km", 4.7, "km"), Q("68 ha", 68, "ha"),
 Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu"), Q("64 phần quà", 64, "phần quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Quyết định", "28", "2023/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 28/2023/QĐ-TTg"),
 D("Kế hoạch", "102", "KH-UBND", None, "UBND tỉnh Đắk Lắk", "Kế hoạch số 102/KH-UBND"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận số 65-KL/TW"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Đắk Lắk"), com("Ea Súp")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Chính trị / Dân tộc - Tôn giáo", "Đồng chí Y Khuê Niê trao giấy khen cho người có uy tín tiêu biểu.",
 "Hà Mòn", "Tin lành Đấng Christ", "cánh tay nối dài"],
["Thứ Sáu, 08/05/2026 - 09:00", "năm 2026", "thôn 14"]))

PAGES.append(page("b1322-haiphong-phuong-danvankheo-2026", """
Báo Hải Phòng điện tử
Chính trị | Xây dựng Đảng | Dân vận khéo
05/06/2026 16:40
"Dân vận số" ở phường Thành Đông
Một năm sau khi vận hành chính quyền hai cấp, phường Thành Đông (thành phố Hải Phòng) có cách làm riêng để "gần dân" hơn: đưa công tác dân vận lên môi trường số, nhưng không bỏ việc đến từng nhà.
Cán bộ phường hướng dẫn người cao tuổi làm thủ tục trên ứng dụng. Ảnh: Minh Hải
Phường Thành Đông được thành lập trên cơ sở sáp nhập các phường Thanh Bình, Lê Thanh Nghị, Tân Bình của thành phố Hải Dương (tỉnh Hải Dương cũ), với 42 khu dân cư và gần 68.000 nhân khẩu. Địa bàn rộng, đông dân, trong khi số cán bộ chuyên trách khối dân vận chỉ có 6 người.
Theo đồng chí Vũ Thị Minh Nguyệt, Thành ủy viên, Bí thư Đảng ủy phường Thành Đông, ngay từ tháng 7/2025, Đảng ủy phường đã ban hành Nghị quyết chuyên đề số 04-NQ/ĐU về chuyển đổi số trong công tác dân vận. Mỗi khu dân cư lập một nhóm Zalo do bí thư chi bộ làm trưởng nhóm; đến nay 42 nhóm đã thu hút hơn 19.500 thành viên. Ý kiến của người dân gửi qua nhóm được tổng hợp hằng tuần, chuyển bộ phận chuyên môn trả lời trong 5 ngày làm việc.
Trong 11 tháng, phường đã tiếp nhận 1.362 ý kiến phản ánh qua các kênh trực tuyến, giải quyết dứt điểm 1.297 ý kiến, đạt 95,2%. Phần lớn là những việc nhỏ, gần dân: đèn đường hỏng, rác thải ùn ứ, lấn chiếm vỉa hè, thủ tục cấp giấy khai sinh.
Song song với "dân vận số", Ủy ban MTTQ Việt Nam phường vẫn duy trì mô hình "Tổ dân vận - tổ tự quản" với 210 tổ viên. Ông Đoàn Văn Lợi, Bí thư Chi bộ, Trưởng khu dân cư số 9, cho biết: "Người trẻ thì nhắn tin, còn các cụ vẫn muốn gặp mặt. Tổ dân vận phải đến nhà, ngồi nói chuyện thì mới hiểu được dân".
Đồng chí Nguyễn Thị Phương, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông, cho biết Mặt trận phường đã vận động được 2,35 tỷ đồng làm 3,6 km đường ngõ, xóm; xây, sửa 7 căn nhà cho hộ nghèo, hộ cận nghèo. Năm 2025, mô hình "Dân vận số" của phường được Ban Thường vụ Thành ủy công nhận là mô hình "Dân vận khéo" cấp thành phố.
Đánh giá về mô hình, đồng chí Trần Văn Sơn, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng cho rằng cách làm của Thành Đông phù hợp với tinh thần Kết luận số 09-KL/TU của Ban Thường vụ Thành ủy về đổi mới phương thức công tác dân vận trong giai đoạn mới, có thể nhân rộng ra các phường nội thành.
Bài, ảnh: Minh Hải
Lượt xem: 2.034
Tin liên quan
- Hải Phòng: biểu dương 150 mô hình "Dân vận khéo" năm 2025 (20/05/2026)
- Phường Ngô Quyền ra mắt "Tổ công nghệ số cộng đồng" (12/05/2026)
- Xã Kiến Thụy vận động nhân dân hiến đất làm đường (30/04/2026)
- Đối thoại giữa Bí thư Thành ủy với đoàn viên, thanh niên (26/03/2026)
""", "2026-06-05", '"Dân vận số" ở phường Thành Đông',
E("khac", None, None),
[P("Vũ Thị Minh Nguyệt", "Thành ủy viên", "Bí thư Đảng ủy phường Thành Đông"),
 P("Đoàn Văn Lợi", "Bí thư Chi bộ", "Trưởng khu dân cư số 9"),
 P("Nguyễn Thị Phương", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông"),
 P("Trần Văn Sơn", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng")],
[Q("42 khu dân cư", 42, "khu dân cư"), Q("gần 68.000 nhân khẩu", 68000, "nhân khẩu", "approx"), Q("6 người", 6, "người"),
 Q("42 nhóm", 42, "nhóm"), Q("hơn 19.500 thành viên", 19500, "thành viên", "over"), Q("1.362 ý kiến phản ánh", 1362, "ý kiến phản ánh"),
 Q("1.297 ý kiến", 1297, "ý kiến"), Q("95,2%", 95.2, "%"), Q("210 tổ viên", 210, "tổ viên"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("3,6 km", 3.6, "km"), Q("7 căn nhà", 7, "căn nhà")],
[D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết chuyên đề số 04-NQ/ĐU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 09-KL/TU")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Thành Đông"), com("Thanh Bình"), com("Lê Thanh Nghị"), com("Tân Bình")],
["Báo Hải Phòng điện tử", "Chính trị | Xây dựng Đảng | Dân vận khéo", "Cán bộ phường hướng dẫn người cao tuổi làm thủ tục trên ứng dụng. Ảnh: Minh Hải",
 "Dân vận số", "Tổ dân vận - tổ tự quản", "Dân vận khéo", "Zalo", "Lượt xem: 2.034"],
["05/06/2026 16:40", "Một năm", "tháng 7/2025", "5 ngày làm việc", "Trong 11 tháng", "Năm 2025", "khu dân cư số 9", "Lượt xem: 2.034"]))

PAGES.append(page("b1323-laocai-xa-soket-2026", """
BÁO LÀO CAI
Trang chủ » Chính trị » Công tác dân vận
Thứ Sáu, 10/07/2026 - 15:50
Mường Khương: Dân vận góp phần giữ ổn định vùng biên
Sáng 8/7, Đảng ủy xã Mường Khương tổ chức hội nghị sơ kết công tác dân vận, Mặt trận và các tổ chức chính trị - xã hội 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Vàng Seo Phủ, Tỉnh ủy viên, Bí thư Đảng ủy xã Mường Khương chủ trì hội nghị.
Đồng chí Vàng Seo Phủ phát biểu kết luận hội nghị.
Dự hội nghị có các đồng chí: Hoàng Thị Thắm, Đặng Văn Khe - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai; đồng chí Lù Thị Chư, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã cùng 96 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín.
Xã Mường Khương có 41 thôn với hơn 5.300 hộ, đồng bào Mông, Nùng, Dao, Phù Lá chiếm 91,5%. 6 tháng qua, thực hiện Kết luận số 14-KL/TU ngày 22/1/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận ở xã biên giới và Kế hoạch số 52-KH/ĐU của Đảng ủy xã, khối dân vận đã tổ chức 124 buổi tuyên truyền tại thôn với hơn 7.600 lượt người nghe; duy trì 41 tổ tự quản đường biên, cột mốc với 287 thành viên; phối hợp Đồn Biên phòng Mường Khương tuần tra 62 lượt.
Nhân dân đã hiến 12.400 m2 đất, đóng góp 5.200 ngày công, 1,15 tỷ đồng để làm 11,3 km đường bê tông nội thôn. Mặt trận xã vận động trao 420 suất quà cho hộ nghèo; bàn giao 18 căn nhà đại đoàn kết, mỗi căn được hỗ trợ 60 triệu đồng. Tỷ lệ hộ nghèo giảm từ 21,7% xuống còn 17,4%.
Tuy nhiên, việc nắm tình hình ở một số thôn giáp biên còn chậm; còn 3 vụ tảo hôn, 2 trường hợp xuất cảnh trái phép sang Trung Quốc làm thuê; việc vận động bà con ở thôn Lao Chải di dời khỏi vùng nguy cơ sạt lở gặp khó khăn, mới có 9/23 hộ đồng ý di chuyển.
Tại hội nghị, ông Thào A Sử, người có uy tín thôn Pạc Ngam chia sẻ cách vận động bà con bỏ tục thách cưới; bà Tẩn Thị Mây, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã đề nghị tăng cường phối hợp với nhà trường để ngăn chặn tảo hôn.
Phát biểu, đồng chí Hoàng Thị Thắm đề nghị xã quán triệt Chỉ thị số 07-CT/TU của Tỉnh ủy về tăng cường công tác dân vận trong tình hình mới; tập trung vận động các hộ còn lại di dời trước mùa mưa lũ.
Kết luận hội nghị, đồng chí Vàng Seo Phủ yêu cầu 6 tháng cuối năm hoàn thành di dời 14 hộ còn lại ở thôn Lao Chải; xây dựng ít nhất 3 mô hình "Dân vận khéo" trong lĩnh vực bảo vệ biên giới; phấn đấu giảm 4% hộ nghèo.
Hoàng Anh
Lượt xem: 657
Tin liên quan
- Lào Cai: sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm (06/07/2026)
- Xã Bản Lầu ra mắt tổ tự quản đường biên (25/06/2026)
- Xã Si Ma Cai đối thoại với người dân về bồi thường (18/06/2026)
- Người có uy tín ở vùng biên Mường Khương (05/06/2026)
""", "2026-07-10", "Mường Khương: Dân vận góp phần giữ ổn định vùng biên",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Vàng Seo Phủ", "Tỉnh ủy viên", "Bí thư Đảng ủy xã Mường Khương"),
 P("Hoàng Thị Thắm", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai"),
 P("Đặng Văn Khe", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai"),
 P("Lù Thị Chư", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Thào A Sử", "người có uy tín thôn Pạc Ngam"),
 P("Tẩn Thị Mây", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã kiêm Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("96 đại biểu", 96, "đại biểu"), Q("41 thôn", 41, "thôn"), Q("hơn 5.300 hộ", 5300, "hộ", "over"), Q("91,5%", 91.5, "%"),
 Q("124 buổi tuyên truyền", 124, "buổi tuyên truyền"), Q("hơn 7.600 lượt người nghe", 7600, "lượt người nghe", "over"),
 Q("41 tổ tự quản đường biên, cột mốc", 41, "tổ tự quản đường biên, cột mốc"), Q("287 thành viên", 287, "thành viên"), Q("62 lượt", 62, "lượt"),
 Q("12.400 m2", 12400, "m2"), Q("5.200 ngày công", 5200, "ngày công"), Q("1,15 tỷ đồng", 1150000000, "đồng"), Q("11,3 km", 11.3, "km"),
 Q("420 suất quà", 420, "suất quà"), Q("18 căn nhà đại đoàn kết", 18, "căn nhà đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("21,7%", 21.7, "%"), Q("17,4%", 17.4, "%"), Q("3 vụ tảo hôn", 3, "vụ tảo hôn"), Q("2 trường hợp", 2, "trường hợp"),
 Q("9/23 hộ", 9, "hộ"), Q("14 hộ", 14, "hộ"), Q("ít nhất 3 mô hình", 3, "mô hình", "over"), Q("4%", 4, "%")],
[D("Kết luận", "14", "KL/TU", "2026-01-22", "Ban Thường vụ Tỉnh ủy", "Kết luận số 14-KL/TU ngày 22/1/2026"),
 D("Kế hoạch", "52", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 52-KH/ĐU"),
 D("Chỉ thị", "07", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 07-CT/TU")],
[prov("Lào Cai"), com("Mường Khương")],
["BÁO LÀO CAI", "Trang chủ » Chính trị » Công tác dân vận", "Đồng chí Vàng Seo Phủ phát biểu kết luận hội nghị.", "Đồn Biên phòng Mường Khương",
 "Dân vận khéo", "Trung Quốc", "Lượt xem: 657"],
["Thứ Sáu, 10/07/2026 - 15:50", "6 tháng đầu năm 2026", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 657"]))

PAGES.append(page("b1324-ninhbinh-phuong-giaoban-q2-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HOA LƯ - TỈNH NINH BÌNH
Trang chủ > Tin tức > Hoạt động khối dân vận
17/07/2026 - 08:20
Giao ban công tác dân vận, tôn giáo quý II
Chiều 15/7, Đảng ủy phường Hoa Lư tổ chức giao ban công tác dân vận và công tác tôn giáo quý II năm 2026 với Ủy ban MTTQ Việt Nam phường, đại diện các cơ sở tôn giáo và bí thư chi bộ các tổ dân phố. Đồng chí Đinh Văn Hùng, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường chủ trì.
Các đại biểu dự hội nghị giao ban.
Phường Hoa Lư có 57 tổ dân phố với 15.840 hộ; trong đó có 4 giáo xứ với hơn 9.200 giáo dân và 12 chùa, cơ sở Phật giáo. Báo cáo của Ban Xây dựng Đảng Đảng ủy phường cho biết, trong quý II, các tổ chức thành viên của Mặt trận đã tuyên truyền Quy chế dân chủ ở cơ sở đến 57 tổ dân phố; vận động 112 hộ ở khu vực Đinh Tiên Hoàng bàn giao mặt bằng mở rộng tuyến phố đi bộ; tiếp nhận 28 đơn thư, kiến nghị, đã giải quyết 25 đơn.
Nhân dịp lễ Phật đản, đoàn công tác của phường đã thăm, chúc mừng 12 chùa; phối hợp với các giáo xứ tổ chức 3 đợt hiến máu tình nguyện thu được 416 đơn vị máu. Các chức sắc tôn giáo đã vận động tín đồ đóng góp 635 triệu đồng ủng hộ Quỹ "Vì người nghèo" và xây dựng 5 căn nhà đại đoàn kết.
Tại giao ban, Linh mục Giuse Trần Văn Hiến, Quản xứ giáo xứ Phúc Nhạc, cho biết giáo xứ đã đăng ký mô hình "Giáo xứ bình yên"; Thượng tọa Thích Minh Quang, Trụ trì chùa Bái Đính Cổ, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam phường Hoa Lư đề nghị phường quan tâm tu bổ đường vào chùa. Đồng chí Phạm Thị Thu Trang, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy phường thông tin kết quả thực hiện Quy chế phối hợp số 02-QCPH/ĐU-MTTQ giữa Đảng ủy phường và Ủy ban MTTQ Việt Nam phường trong công tác tôn giáo.
Kết luận giao ban, đồng chí Đinh Văn Hùng đề nghị quý III tập trung thực hiện Kế hoạch số 63-KH/ĐU ngày 5/6/2026 của Ban Thường vụ Đảng ủy phường về tăng cường công tác dân vận đối với đồng bào theo tôn giáo; quán triệt Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư và Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng về công tác tôn giáo. Phường sẽ rà soát 47 hộ nghèo, cận nghèo có đạo để hỗ trợ sinh kế; chuẩn bị tổ chức đối thoại giữa Bí thư Đảng ủy phường với chức sắc, chức việc các tôn giáo trong tháng 9.
Phường Hoa Lư được thành lập ngày 1/7/2025 trên cơ sở nhập các phường Ninh Khánh, Đông Thành, Tân Thành, Ninh Mỹ và xã Ninh Nhất; là trung tâm hành chính của tỉnh Ninh Bình mới sau hợp nhất với Hà Nam và Nam Định.
Phương Thảo
Lượt xem: 389
Các tin khác
- Phường Hoa Lư giao ban khối dân vận quý I (10/04/2026)
- Hội nghị đại biểu chức sắc các tôn giáo tỉnh Ninh Bình (25/06/2026)
- Phường Nam Định ra mắt mô hình "Khu phố văn minh" (20/06/2026)
- Xã Kim Sơn vận động giáo dân xây dựng nông thôn mới (12/06/2026)
""", "2026-07-17", "Giao ban công tác dân vận, tôn giáo quý II",
E("giao_ban", "2026-Q2", "2026-07-15"),
[P("Đinh Văn Hùng", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường"),
 P("Giuse Trần Văn Hiến", "Linh mục", "Quản xứ giáo xứ Phúc Nhạc"),
 P("Thích Minh Quang", "Thượng tọa", "Trụ trì chùa Bái Đính Cổ", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam phường Hoa Lư"),
 P("Phạm Thị Thu Trang", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy phường")],
[Q("57 tổ dân phố", 57, "tổ dân phố"), Q("15.840 hộ", 15840, "hộ"), Q("4 giáo xứ", 4, "giáo xứ"), Q("hơn 9.200 giáo dân", 9200, "giáo dân", "over"),
 Q("12 chùa, cơ sở Phật giáo", 12, "chùa, cơ sở Phật giáo"), Q("112 hộ", 112, "hộ"), Q("28 đơn thư, kiến nghị", 28, "đơn thư, kiến nghị"),
 Q("25 đơn", 25, "đơn"), Q("3 đợt hiến máu tình nguyện", 3, "đợt hiến máu tình nguyện"), Q("416 đơn vị máu", 416, "đơn vị máu"),
 Q("635 triệu đồng", 635000000, "đồng"), Q("5 căn nhà đại đoàn kết", 5, "căn nhà đại đoàn kết"), Q("47 hộ nghèo, cận nghèo có đạo", 47, "hộ nghèo, cận nghèo có đạo")],
[D("Quy chế phối hợp", "02", "QCPH/ĐU-MTTQ", None, "Đảng ủy phường và Ủy ban MTTQ Việt Nam phường", "Quy chế phối hợp số 02-QCPH/ĐU-MTTQ"),
 D("Kế hoạch", "63", "KH/ĐU", "2026-06-05", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 63-KH/ĐU ngày 5/6/2026"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hoa Lư"), com("Ninh Khánh"), com("Đông Thành"), com("Tân Thành"), com("Ninh Mỹ"), com("Ninh Nhất")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG HOA LƯ - TỈNH NINH BÌNH", "Trang chủ > Tin tức > Hoạt động khối dân vận", "Các đại biểu dự hội nghị giao ban.",
 "Quy chế dân chủ ở cơ sở", "Vì người nghèo", "Giáo xứ bình yên", "Giáo hội Phật giáo Việt Nam", "Lượt xem: 389"],
["17/07/2026 - 08:20", "quý II năm 2026", "quý III", "tháng 9", "1/7/2025", "Lượt xem: 389"]))
