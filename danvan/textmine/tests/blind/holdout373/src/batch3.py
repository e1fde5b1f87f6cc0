from lib import *
PAGES = []

PAGES.append(page("b8921-khanhhoa-mttq-doithoai-thuhoidat-2021", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Chính trị - Xã hội › Mặt trận
2021-04-09 16:40
Đối thoại với người dân có đất bị thu hồi tại dự án khu đô thị ven vịnh Cam Ranh
Ngày 8/4, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa phối hợp với UBND tỉnh tổ chức hội nghị đối thoại năm 2021 giữa Chủ tịch UBND tỉnh với người dân có đất bị thu hồi tại dự án Khu đô thị ven vịnh Cam Ranh. Chủ tịch UBND tỉnh Phạm Minh Đạo và Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Võ Thị Kim Thoa đồng chủ trì.
Hội nghị có hơn 200 người dân của phường Cam Nghĩa và xã Cam Thành Bắc tham dự. Đây là cuộc đối thoại được tổ chức theo Kế hoạch số 32/KH-MTTQ-BTT ngày 15/3/2021 của Ban Thường trực Ủy ban MTTQ tỉnh, sau khi Mặt trận tỉnh giám sát và nhận được 57 đơn kiến nghị của các hộ dân.
Theo báo cáo của UBND thành phố Cam Ranh, dự án thu hồi 312 ha đất của 326 hộ dân; đến nay đã chi trả 187 tỷ đồng tiền bồi thường, hỗ trợ cho 281 hộ. Giá bồi thường đất ở áp dụng theo Quyết định số 04/2021/QĐ-UBND ngày 20/1/2021 của UBND tỉnh, bình quân 4,5 triệu đồng/m2; người dân cho rằng thấp hơn giá thị trường khoảng 3 lần.
Tại hội nghị, 48 ý kiến của người dân được nêu ra, tập trung vào 5 nhóm vấn đề: giá đất bồi thường, xác định nguồn gốc đất, bố trí tái định cư, hỗ trợ chuyển đổi nghề và tiến độ cấp giấy chứng nhận. Ông Nguyễn Văn Thuận ở tổ dân phố Nghĩa Phú, phường Cam Nghĩa, đề nghị cho các hộ làm nghề nuôi tôm hùm được hỗ trợ chuyển đổi nghề như hộ sản xuất nông nghiệp. Bà Lê Thị Hường ở thôn Văn Thủy 1, xã Cam Thành Bắc, đề nghị bố trí đất tái định cư tại chỗ.
Ông Bo Bo Thanh, Trưởng thôn Tà Gụ, xã Cam Phước Tây, người có đất sản xuất giáp ranh dự án, đề nghị làm rõ ranh giới thu hồi để bà con Raglai yên tâm canh tác.
Ông Trịnh Quang Minh, vừa được bổ nhiệm làm Giám đốc Trung tâm Phát triển quỹ đất tỉnh, giải trình những nội dung thuộc thẩm quyền. Chủ tịch UBND tỉnh Phạm Minh Đạo giao Sở Tài nguyên và Môi trường rà soát lại hệ số điều chỉnh giá đất, báo cáo UBND tỉnh trước ngày 30/5/2021; đồng ý bố trí 2 khu tái định cư tại chỗ với khoảng 450 lô đất và hỗ trợ chuyển đổi nghề 50 triệu đồng/hộ cho các hộ nuôi trồng thủy sản.
Phát biểu tại hội nghị, bà Võ Thị Kim Thoa, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết Mặt trận sẽ tiếp tục giám sát việc thực hiện các cam kết tại hội nghị đối thoại và thông tin công khai kết quả đến người dân.
Phan Sông Ngân
Tin liên quan
- Cam Lâm: Mặt trận huyện giám sát việc cấp giấy chứng nhận quyền sử dụng đất (30/03/2021)
- Hội nghị hiệp thương giới thiệu người ứng cử đại biểu HĐND tỉnh (19/03/2021)
- Khánh Sơn: trao 40 suất quà cho hộ nghèo đồng bào Raglai (05/02/2021)
""", "2021-04-09", "Đối thoại với người dân có đất bị thu hồi tại dự án khu đô thị ven vịnh Cam Ranh",
E("doi_thoai", "2021", "2021-04-08"),
[P("Phạm Minh Đạo", "Chủ tịch UBND tỉnh"),
 P("Võ Thị Kim Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh ủy viên"),
 P("Nguyễn Văn Thuận"),
 P("Lê Thị Hường"),
 P("Bo Bo Thanh", "Trưởng thôn Tà Gụ"),
 P("Trịnh Quang Minh", "Giám đốc Trung tâm Phát triển quỹ đất tỉnh")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("57 đơn kiến nghị", 57, "đơn kiến nghị"),
 Q("312 ha", 312, "ha"), Q("326 hộ dân", 326, "hộ dân"), Q("187 tỷ đồng", 187000000000, "đồng"), Q("281 hộ", 281, "hộ"),
 Q("4,5 triệu đồng/m2", 4500000, "đồng"), Q("48 ý kiến", 48, "ý kiến"), Q("5 nhóm vấn đề", 5, "nhóm vấn đề"),
 Q("2 khu tái định cư", 2, "khu tái định cư"), Q("khoảng 450 lô đất", 450, "lô đất", "approx"),
 Q("50 triệu đồng/hộ", 50000000, "đồng")],
[D("Kế hoạch", "32", "KH-MTTQ-BTT", "2021-03-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 32/KH-MTTQ-BTT ngày 15/3/2021"),
 D("Quyết định", "04", "2021/QĐ-UBND", "2021-01-20", "UBND tỉnh", "Quyết định số 04/2021/QĐ-UBND ngày 20/1/2021")],
[prov("Khánh Hòa"), com("Cam Nghĩa"), com("Cam Thành Bắc"), com("Cam Phước Tây")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Chính trị - Xã hội › Mặt trận", "Khu đô thị ven vịnh Cam Ranh", "tổ dân phố Nghĩa Phú"],
["2021-04-09 16:40", "khoảng 3 lần", "thôn Văn Thủy 1"]))

PAGES.append(page("b8922-thanhhoa-mttq-phanbien-disansatlo-2021", """
BÁO THANH HÓA
Thời sự | Chính trị | Mặt trận - Đoàn thể
24/11/2021 06:00
Phản biện dự thảo nghị quyết hỗ trợ di dời hộ dân khỏi vùng sạt lở, lũ quét
Chiều 22/11, Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ di dời các hộ dân ra khỏi khu vực có nguy cơ sạt lở đất, lũ quét, lũ ống giai đoạn 2022 - 2025. Dự hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Phạm Thị Thanh Thủy, Lê Văn Phong.
Chủ trì hội nghị là đồng chí Hà Văn Ban, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh.
Trình bày tóm tắt dự thảo, ông Cầm Bá Xuân, Trưởng Ban Dân tộc tỉnh cho biết, qua rà soát, 11 huyện miền núi có 1.875 hộ đang sinh sống ở 96 điểm có nguy cơ sạt lở cao cần di dời khẩn cấp. Theo dự thảo, mỗi hộ di dời xen ghép được hỗ trợ 60 triệu đồng; hộ nghèo, hộ cận nghèo, hộ chính sách được hỗ trợ thêm 10 triệu đồng; mỗi điểm tái định cư tập trung được hỗ trợ tối đa 3 tỷ đồng làm hạ tầng. Tổng kinh phí khoảng 135 tỷ đồng, lồng ghép với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Hội nghị ghi nhận 9 ý kiến phản biện. Ông Lò Văn Tằng, Chủ tịch UBND xã Mường Lý, đề nghị nâng mức hỗ trợ vì chi phí vận chuyển vật liệu lên bản vùng cao cao hơn 40% so với vùng thấp. Bà Phạm Thị Tuyết, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, lưu ý ưu tiên hộ có người già, trẻ nhỏ và người khuyết tật. Ông Phạm Bá Thủy, người có uy tín bản Hin Phăn, xã Tam Chung, cho rằng cần hỏi ý kiến bà con về địa điểm tái định cư, tránh chọn nơi xa nương rẫy khiến dân bỏ về chỗ cũ.
TS. Lê Minh Khôi, Phó Viện trưởng Viện Nông nghiệp Thanh Hóa, đề nghị bổ sung tiêu chí đánh giá nguy cơ dựa trên bản đồ phân vùng thiên tai, thay cho báo cáo thủ công của các xã.
Tiếp thu ý kiến, ông Cầm Bá Xuân cho biết dự thảo sẽ được bổ sung quy định ưu tiên theo mức độ nguy hiểm và cơ chế lấy ý kiến cộng đồng dân cư.
Kết luận hội nghị, đồng chí Hà Văn Ban đề nghị cơ quan soạn thảo tiếp thu, hoàn chỉnh dự thảo bảo đảm phù hợp với Nghị quyết số 58-NQ/TW ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa. Văn bản phản biện sẽ được gửi HĐND tỉnh trước kỳ họp thứ 4, HĐND tỉnh khóa XVIII, theo Kế hoạch số 186/KH-MTTQ-BTT ngày 2/11/2021 của Ban Thường trực Ủy ban MTTQ tỉnh.
Minh Hằng
Tin liên quan
- Mường Lát: Mặt trận huyện trao 30 suất quà cho hộ dân vùng lũ (15/11/2021)
- Giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do COVID-19 (08/11/2021)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 2, khóa XVIII (28/10/2021)
""", "2021-11-24", "Phản biện dự thảo nghị quyết hỗ trợ di dời hộ dân khỏi vùng sạt lở, lũ quét",
E("hoi_nghi", None, "2021-11-22"),
[P("Phạm Thị Thanh Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Phong", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ban", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Xuân", "Trưởng Ban Dân tộc tỉnh"),
 P("Lò Văn Tằng", "Chủ tịch UBND xã Mường Lý"),
 P("Phạm Thị Tuyết", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Phạm Bá Thủy", "người có uy tín bản Hin Phăn"),
 P("Lê Minh Khôi", "TS.", "Phó Viện trưởng Viện Nông nghiệp Thanh Hóa")],
[Q("11 huyện miền núi", 11, "huyện miền núi"), Q("1.875 hộ", 1875, "hộ"), Q("96 điểm", 96, "điểm"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("tối đa 3 tỷ đồng", 3000000000, "đồng"), Q("khoảng 135 tỷ đồng", 135000000000, "đồng", "approx"),
 Q("9 ý kiến phản biện", 9, "ý kiến phản biện"), Q("40%", 40, "%")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị quyết", "58", "NQ/TW", "2020-08-05", "Bộ Chính trị", "Nghị quyết số 58-NQ/TW ngày 5/8/2020"),
 D("Kế hoạch", "186", "KH-MTTQ-BTT", "2021-11-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 186/KH-MTTQ-BTT ngày 2/11/2021")],
[prov("Thanh Hóa"), com("Mường Lý"), com("Tam Chung")],
["BÁO THANH HÓA", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["24/11/2021 06:00", "giai đoạn 2022 - 2025", "kỳ họp thứ 4", "khóa XVIII"]))

PAGES.append(page("b8923-quangninh-mttq-giamsat-banggiadat-2022", """
BÁO QUẢNG NINH ĐIỆN TỬ
Chính trị > Mặt trận > Giám sát, phản biện
Thứ Sáu, 22/07/2022, 08:05
Giám sát việc áp dụng bảng giá đất trong bồi thường, giải phóng mặt bằng tại Quảng Yên, Tiên Yên
Từ ngày 18 đến 20/7/2022, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh Quảng Ninh do đồng chí Vũ Thị Thanh Bình, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc áp dụng Bảng giá đất ban hành theo Nghị quyết số 21/2019/NQ-HĐND ngày 12/12/2019 của HĐND tỉnh trong công tác bồi thường, hỗ trợ, tái định cư tại thị xã Quảng Yên và huyện Tiên Yên.
Tham gia đoàn có các ông Lê Văn Tiến, Nguyễn Đức Hùng - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh; bà Hoàng Thị Xuân, UVBCH Hội Nông dân tỉnh, Chủ tịch Hội Nông dân thị xã Quảng Yên và đại diện Ban Kinh tế - Ngân sách HĐND tỉnh. Cuộc giám sát thực hiện theo Quy chế phối hợp số 05/QCPH-MTTQ-HĐND-UBND ngày 10/3/2021 giữa Ban Thường trực Ủy ban MTTQ tỉnh, Thường trực HĐND tỉnh và UBND tỉnh.
Đoàn đã làm việc với UBND 2 địa phương và 3 xã, phường: Sông Khoai, Đông Mai, Đông Ngũ; khảo sát thực tế tại khu công nghiệp Sông Khoai và tuyến cao tốc Vân Đồn - Móng Cái.
Theo báo cáo, tại thị xã Quảng Yên, từ năm 2020 đến nay có 2.186 hộ bị ảnh hưởng bởi các dự án, đã chi trả hơn 1.020 tỷ đồng; tại huyện Tiên Yên, 648 hộ được bồi thường với tổng số tiền 215,6 tỷ đồng. Giá đất nông nghiệp áp dụng khi bồi thường được nhân với hệ số điều chỉnh giá đất 1,2 nhưng vẫn thấp hơn giá chuyển nhượng thực tế; còn 23 hộ chưa bàn giao mặt bằng.
Ông Chíu Văn Sáng, Phó Chủ tịch UBND huyện Tiên Yên, cho biết huyện đã tổ chức 14 buổi đối thoại, giải quyết dứt điểm 11 đơn kiến nghị. Bà Đặng Thị Mai, Bí thư Chi bộ thôn Khe Lục, xã Đông Ngũ, phản ánh nhiều hộ đồng bào Dao bị thu hồi gần hết đất rừng sản xuất, đề nghị được giao đất rừng ở khu vực khác để ổn định sinh kế. Ông Vi Văn Thắng ở thôn Đồng Đình, xã Hải Lạng, đề nghị sớm chi trả tiền hỗ trợ đối với đất vườn liền kề.
Qua giám sát, đoàn đánh giá các địa phương thực hiện đúng quy trình, công khai phương án bồi thường; song việc xác định vị trí, loại đất ở một số thửa chưa thống nhất, thời gian chi trả kéo dài. Đoàn đưa ra 6 kiến nghị, trong đó đề nghị UBND tỉnh chỉ đạo rà soát bảng giá đất tại các khu vực có tốc độ đô thị hóa nhanh, bảo đảm quyền lợi chính đáng của người dân theo Luật Đất đai.
Phát biểu kết luận, đồng chí Vũ Thị Thanh Bình đề nghị Ủy ban MTTQ thị xã Quảng Yên và huyện Tiên Yên tiếp tục phối hợp giám sát, báo cáo kết quả thực hiện kiến nghị về Ban Thường trực trước ngày 30/9/2022.
Thu Nguyệt
Tin liên quan
- Ba Chẽ: đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân (15/07/2022)
- Hội nghị phản biện dự thảo nghị quyết về chính sách đặc thù cho vùng đồng bào dân tộc (05/07/2022)
- Uông Bí: trao 20 nhà Đại đoàn kết (28/06/2022)
""", "2022-07-22", "Giám sát việc áp dụng bảng giá đất trong bồi thường, giải phóng mặt bằng tại Quảng Yên, Tiên Yên",
E("giam_sat", None, "2022-07-18"),
[P("Vũ Thị Thanh Bình", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lê Văn Tiến", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đức Hùng", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Xuân", "UVBCH Hội Nông dân tỉnh", "Chủ tịch Hội Nông dân thị xã Quảng Yên"),
 P("Chíu Văn Sáng", "Phó Chủ tịch UBND huyện Tiên Yên"),
 P("Đặng Thị Mai", "Bí thư Chi bộ thôn Khe Lục"),
 P("Vi Văn Thắng")],
[Q("2 địa phương", 2, "địa phương"), Q("3 xã, phường", 3, "xã, phường"), Q("2.186 hộ", 2186, "hộ"),
 Q("hơn 1.020 tỷ đồng", 1020000000000, "đồng", "over"), Q("648 hộ", 648, "hộ"), Q("215,6 tỷ đồng", 215600000000, "đồng"),
 Q("23 hộ", 23, "hộ"), Q("14 buổi đối thoại", 14, "buổi đối thoại"), Q("11 đơn kiến nghị", 11, "đơn kiến nghị"),
 Q("6 kiến nghị", 6, "kiến nghị")],
[D("Nghị quyết", "21", "2019/NQ-HĐND", "2019-12-12", "HĐND tỉnh", "Nghị quyết số 21/2019/NQ-HĐND ngày 12/12/2019"),
 D("Quy chế phối hợp", "05", "QCPH-MTTQ-HĐND-UBND", "2021-03-10",
   "Ban Thường trực Ủy ban MTTQ tỉnh, Thường trực HĐND tỉnh và UBND tỉnh", "Quy chế phối hợp số 05/QCPH-MTTQ-HĐND-UBND ngày 10/3/2021")],
[prov("Quảng Ninh"), com("Sông Khoai"), com("Đông Mai"), com("Đông Ngũ"), com("Hải Lạng")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Chính trị > Mặt trận > Giám sát, phản biện", "Luật Đất đai", "Vân Đồn - Móng Cái"],
["Thứ Sáu, 22/07/2022, 08:05", "Từ ngày 18 đến 20/7/2022", "hệ số điều chỉnh giá đất 1,2", "từ năm 2020"]))

PAGES.append(page("b8924-bentre-mttq-giaoban-quy3-2022", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ » Chính trị » Mặt trận
Thứ Sáu, 07/10/2022
Quang cảnh hội nghị giao ban.
Giao ban công tác Mặt trận quý III: Tập trung giám sát việc thực hiện nghị quyết của HĐND tỉnh
(ĐK) - Sáng 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị giao ban công tác Mặt trận quý III/2022 với Ban Thường trực Ủy ban MTTQ các huyện, thành phố. Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Huỳnh Thị Thu Trang chủ trì. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Liêm, Võ Thị Ngọc Ánh và 25 đồng chí là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ cấp huyện.
Theo báo cáo, trong quý III, Mặt trận các cấp tổ chức 126 cuộc giám sát. Mặt trận tỉnh chủ trì giám sát việc thực hiện Nghị quyết số 07/2020/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ khi Nhà nước thu hồi đất đối với các hộ bị ảnh hưởng bởi dự án cầu Rạch Miễu 2 và đường dẫn; qua đó kiến nghị bổ sung hỗ trợ cho 27 hộ chưa được tính đất vườn liền kề.
Về phản biện xã hội, Ủy ban MTTQ tỉnh đã tổ chức hội nghị phản biện dự thảo Nghị quyết của HĐND tỉnh sửa đổi, bổ sung Bảng giá các loại đất giai đoạn 2020 - 2024, với 14 ý kiến phản biện; cơ quan soạn thảo tiếp thu 11 ý kiến. Mặt trận các cấp tổng hợp 312 ý kiến, kiến nghị của cử tri gửi đến kỳ họp HĐND cuối năm; Quỹ "Vì người nghèo" tiếp nhận 8,5 tỷ đồng, hỗ trợ xây dựng 46 căn nhà Đại đoàn kết.
Tại hội nghị, ông Nguyễn Văn Tám, Chủ tịch Ủy ban MTTQ huyện Ba Tri, đề nghị tỉnh sớm có hướng dẫn về giám sát việc thực hiện Kết luận 04, 05-KL/TU của Ban Thường vụ Tỉnh ủy về chuyển đổi cơ cấu cây trồng thích ứng xâm nhập mặn. Ông Lê Văn Hòa, Chủ tịch Ủy ban MTTQ huyện Châu Thành, cho biết huyện đã giám sát việc chi trả bồi thường tại xã Phú Túc, phát hiện 9 trường hợp áp sai vị trí đất.
Bà Trần Thị Hồng Loan, Chủ tịch Ủy ban MTTQ xã An Ngãi Trung, chia sẻ cách Ban Thanh tra nhân dân xã giám sát công trình nước sạch trị giá 1,8 tỷ đồng do dân góp 20% vốn. Ông Nguyễn Văn Liêm cho biết trong quý IV, Mặt trận tỉnh dự kiến phản biện thêm 3 dự thảo nghị quyết trình kỳ họp cuối năm của HĐND tỉnh.
Phát biểu chỉ đạo, bà Huỳnh Thị Thu Trang đề nghị quý IV, Mặt trận các cấp thực hiện Hướng dẫn số 44/HD-MTTQ-BTT ngày 15/8/2022 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc tiếp thu ý kiến phản biện; theo dõi việc giải quyết kiến nghị sau giám sát, kịp thời phản ánh tâm tư của nhân dân vùng dự án.
Hữu Hiệp
Tin liên quan
- Mỏ Cày Nam: đối thoại giữa người đứng đầu cấp ủy với nhân dân (30/09/2022)
- Ủy ban MTTQ tỉnh phản biện dự thảo bảng giá đất sửa đổi (20/09/2022)
- Giồng Trôm: trao 15 căn nhà Đại đoàn kết (12/09/2022)
""", "2022-10-07", "Giao ban công tác Mặt trận quý III: Tập trung giám sát việc thực hiện nghị quyết của HĐND tỉnh",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Huỳnh Thị Thu Trang", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Ngọc Ánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tám", "Chủ tịch Ủy ban MTTQ huyện Ba Tri"),
 P("Lê Văn Hòa", "Chủ tịch Ủy ban MTTQ huyện Châu Thành"),
 P("Trần Thị Hồng Loan", "Chủ tịch Ủy ban MTTQ xã An Ngãi Trung")],
[Q("25 đồng chí", 25, "đồng chí"), Q("126 cuộc giám sát", 126, "cuộc giám sát"), Q("27 hộ", 27, "hộ"),
 Q("14 ý kiến phản biện", 14, "ý kiến phản biện"), Q("11 ý kiến", 11, "ý kiến"),
 Q("312 ý kiến, kiến nghị", 312, "ý kiến, kiến nghị"), Q("8,5 tỷ đồng", 8500000000, "đồng"),
 Q("46 căn nhà Đại đoàn kết", 46, "căn nhà Đại đoàn kết"), Q("9 trường hợp", 9, "trường hợp"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("20%", 20, "%"),
 Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết")],
[D("Nghị quyết", "07", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 07/2020/NQ-HĐND"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 04, 05-KL/TU"),
 D("Hướng dẫn", "44", "HD-MTTQ-BTT", "2022-08-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 44/HD-MTTQ-BTT ngày 15/8/2022")],
[prov("Bến Tre"), com("Phú Túc"), com("An Ngãi Trung")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ » Chính trị » Mặt trận", "Quang cảnh hội nghị giao ban.", "(ĐK)", "Vì người nghèo",
 "cầu Rạch Miễu 2", "Ban Thanh tra nhân dân"],
["Thứ Sáu, 07/10/2022", "25 đồng chí", "quý III/2022", "quý IV", "giai đoạn 2020 - 2024", "Rạch Miễu 2"]))

PAGES.append(page("b8925-daklak-mttq-phanbien-duan1-2023", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
Cập nhật: 09:42, 16/06/2023 (GMT+7)
Phản biện dự thảo nghị quyết hỗ trợ đất ở, đất sản xuất cho đồng bào dân tộc thiểu số
Sáng 14/6/2023, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định nội dung, mức hỗ trợ đất ở, nhà ở, đất sản xuất, nước sinh hoạt thực hiện Dự án 1 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi trên địa bàn tỉnh. Ông Y Bhim Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Hội nghị có sự tham dự của Ủy viên Ban Thường trực, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh Y Kông Niê; Phó Trưởng Ban Dân tộc tỉnh H'Loan Niê cùng đại diện các sở, ngành, người có uy tín trong đồng bào dân tộc thiểu số.
Theo dự thảo, toàn tỉnh còn 8.245 hộ thiếu đất sản xuất và 2.310 hộ thiếu đất ở. Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ và Thông tư số 02/2022/TT-UBDT của Ủy ban Dân tộc, mỗi hộ thiếu đất ở được hỗ trợ tối đa 40 triệu đồng để tạo mặt bằng, làm hạ tầng; hộ thiếu đất sản xuất được hỗ trợ chuyển đổi nghề 10 triệu đồng/hộ; hỗ trợ nước sinh hoạt phân tán 3 triệu đồng/hộ. Tổng kinh phí dự kiến khoảng 186 tỷ đồng.
Với 11 ý kiến phản biện, các đại biểu cơ bản thống nhất với dự thảo, đồng thời đề nghị làm rõ nguồn quỹ đất. Ông Nguyễn Công Bằng, Phó Chủ tịch Hội Luật gia tỉnh, cho rằng dự thảo quy định "tạo quỹ đất từ đất do các công ty nông, lâm nghiệp bàn giao" nhưng chưa có lộ trình; thực tế hơn 3.000 ha đất các công ty trả về địa phương còn đang tranh chấp.
Ông Y Thuôn Êban, người có uy tín buôn Tơng Jú, xã Ea Kao, đề nghị hỗ trợ bằng hiện vật như máy bơm, giống cây thay vì tiền mặt để tránh sử dụng sai mục đích. Bà H'Ngơn Byă, Chủ tịch Hội LHPN xã Ea Hu, phản ánh nhiều hộ trẻ mới tách hộ ở buôn chưa có tên trong danh sách rà soát năm 2022. Ông Hoàng Văn Sình, Chủ tịch UBND xã Cư Pui, cho biết xã có 214 hộ đồng bào Mông di cư tự do chưa được bố trí đất ở ổn định.
Tiếp thu ý kiến, đại diện Ban Dân tộc tỉnh cho biết sẽ bổ sung đối tượng hộ di cư tự do và điều chỉnh mức hỗ trợ nước sinh hoạt.
Kết luận hội nghị, ông Y Bhim Mlô đề nghị cơ quan soạn thảo tiếp thu đầy đủ, trình HĐND tỉnh tại kỳ họp giữa năm. Ban Thường trực Ủy ban MTTQ tỉnh sẽ có văn bản phản biện theo Kế hoạch số 45/KH-MTTQ-BTT ngày 2/6/2023.
H'Xíu
Tin liên quan
- Krông Bông: giám sát việc thực hiện chính sách đối với người có uy tín (08/06/2023)
- Ủy ban MTTQ tỉnh trao 30 nhà Đại đoàn kết cho hộ nghèo (31/05/2023)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 5 (20/05/2023)
""", "2023-06-16", "Phản biện dự thảo nghị quyết hỗ trợ đất ở, đất sản xuất cho đồng bào dân tộc thiểu số",
E("hoi_nghi", None, "2023-06-14"),
[P("Y Bhim Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kông Niê", "Ủy viên Ban Thường trực", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Loan Niê", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Công Bằng", "Phó Chủ tịch Hội Luật gia tỉnh"),
 P("Y Thuôn Êban", "người có uy tín buôn Tơng Jú"),
 P("H'Ngơn Byă", "Chủ tịch Hội LHPN xã Ea Hu"),
 P("Hoàng Văn Sình", "Chủ tịch UBND xã Cư Pui")],
[Q("8.245 hộ", 8245, "hộ"), Q("2.310 hộ", 2310, "hộ"), Q("tối đa 40 triệu đồng", 40000000, "đồng"),
 Q("10 triệu đồng/hộ", 10000000, "đồng"), Q("3 triệu đồng/hộ", 3000000, "đồng"),
 Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"), Q("11 ý kiến phản biện", 11, "ý kiến phản biện"),
 Q("hơn 3.000 ha", 3000, "ha", "over"), Q("214 hộ đồng bào Mông di cư tự do", 214, "hộ đồng bào Mông di cư tự do")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Thông tư", "02", "2022/TT-UBDT", None, "Ủy ban Dân tộc", "Thông tư số 02/2022/TT-UBDT"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2023-06-02", None, "Kế hoạch số 45/KH-MTTQ-BTT ngày 2/6/2023")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Ea Hu"), com("Cư Pui")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Cập nhật: 09:42, 16/06/2023 (GMT+7)", "Dự án 1", "năm 2022"]))

PAGES.append(page("b8926-langson-mttq-tongket-10nam-217-2023", """
BÁO LẠNG SƠN ĐIỆN TỬ
Bạn đang ở: Trang chủ > Chính trị > Mặt trận
Thứ Năm, 14/12/2023
10 năm thực hiện Quyết định 217, 218: Mặt trận các cấp tổ chức 3.512 cuộc giám sát
LSO - Ngày 12/12, Ban Thường trực Ủy ban MTTQ tỉnh Lạng Sơn tổ chức hội nghị tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (2013 - 2023), đồng thời quán triệt Quy định số 124-QĐ/TW ngày 10/10/2023 của Bộ Chính trị về giám sát, phản biện xã hội của Mặt trận và các tổ chức chính trị - xã hội.
Dự hội nghị có đồng chí Chu Văn Pẩu, Phó Bí thư Tỉnh ủy; đồng chí Lương Thị Sim, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đồng chí Chu Văn Pẩu, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Hà Vi
Báo cáo do Phó Chủ tịch Ủy ban MTTQ tỉnh Vi Văn Tuấn trình bày cho biết, sau 10 năm, Mặt trận và các đoàn thể chính trị - xã hội các cấp đã tổ chức 3.512 cuộc giám sát và 486 hội nghị phản biện xã hội, trong đó cấp tỉnh 38 hội nghị, chủ yếu đối với dự thảo nghị quyết của HĐND tỉnh về bảng giá đất, chính sách hỗ trợ giảm nghèo, bồi thường khi thu hồi đất. Qua giám sát đã đưa ra 2.145 kiến nghị, 78% được tiếp thu, giải quyết.
Thực hiện Quyết định 218, các cấp đã tổ chức 1.236 hội nghị lấy ý kiến góp ý xây dựng Đảng, chính quyền với hơn 8.600 ý kiến góp ý; nhân dân đã góp ý cho 415 cán bộ, đảng viên trong thực hiện nêu gương. Ban Thanh tra nhân dân 200 xã, phường, thị trấn hoạt động thường xuyên.
Hội nghị nghe 7 tham luận. Ông Nông Văn Hiển, Chủ tịch Ủy ban MTTQ thị trấn Na Sầm, chia sẻ việc giám sát xây dựng chợ, nhờ đó phát hiện nhà thầu thi công sai thiết kế. Bà Hoàng Thị Thu, Trưởng Ban Thanh tra nhân dân xã Hoàng Đồng, cho biết khi phản biện phương án bồi thường dự án khu đô thị, ý kiến của 63 hộ dân được tiếp thu.
Đồng chí Lộc Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, nêu rõ hạn chế: một số cấp ủy chưa quan tâm chỉ đạo, kiến nghị sau giám sát ở một số nơi chậm được trả lời; hoạt động phản biện ở cấp huyện, cấp xã còn ít, nội dung chưa sâu.
Phát biểu chỉ đạo, đồng chí Chu Văn Pẩu đề nghị thời gian tới thực hiện nghiêm Quy định 124 và Chỉ thị số 18-CT/TW của Ban Bí thư; chọn nội dung giám sát, phản biện sát thực tiễn, nhất là việc xây dựng bảng giá đất theo Luật Đất đai sửa đổi.
Dịp này, Ủy ban MTTQ tỉnh khen thưởng 15 tập thể và 20 cá nhân có thành tích xuất sắc trong 10 năm thực hiện Quyết định 217, 218.
Hà Vi
Tin liên quan
- Cao Lộc: Mặt trận huyện giám sát việc thực hiện chính sách bảo hiểm xã hội (06/12/2023)
- Hội nghị phản biện dự thảo nghị quyết về hỗ trợ phát triển du lịch cộng đồng (28/11/2023)
- Trao 50 nhà Đại đoàn kết cho hộ nghèo huyện Đình Lập (20/11/2023)
""", "2023-12-14", "10 năm thực hiện Quyết định 217, 218: Mặt trận các cấp tổ chức 3.512 cuộc giám sát",
E("tong_ket", None, "2023-12-12"),
[P("Chu Văn Pẩu", "Phó Bí thư Tỉnh ủy"),
 P("Lương Thị Sim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nông Văn Hiển", "Chủ tịch Ủy ban MTTQ thị trấn Na Sầm"),
 P("Hoàng Thị Thu", "Trưởng Ban Thanh tra nhân dân xã Hoàng Đồng"),
 P("Lộc Thị Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("3.512 cuộc giám sát", 3512, "cuộc giám sát"), Q("486 hội nghị phản biện xã hội", 486, "hội nghị phản biện xã hội"),
 Q("38 hội nghị", 38, "hội nghị"), Q("2.145 kiến nghị", 2145, "kiến nghị"), Q("78%", 78, "%"),
 Q("1.236 hội nghị", 1236, "hội nghị"), Q("hơn 8.600 ý kiến góp ý", 8600, "ý kiến", "over"),
 Q("415 cán bộ, đảng viên", 415, "cán bộ, đảng viên"), Q("200 xã, phường, thị trấn", 200, "xã, phường, thị trấn"),
 Q("7 tham luận", 7, "tham luận"), Q("63 hộ dân", 63, "hộ dân"), Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013"),
 D("Quy định", "124", "QĐ/TW", "2023-10-10", "Bộ Chính trị", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Chỉ thị", "18", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 18-CT/TW")],
[prov("Lạng Sơn"), com("Na Sầm"), com("Hoàng Đồng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Bạn đang ở: Trang chủ > Chính trị > Mặt trận", "LSO",
 "Đồng chí Chu Văn Pẩu, Phó Bí thư Tỉnh ủy phát biểu chỉ đạo hội nghị. Ảnh: Hà Vi", "Luật Đất đai sửa đổi"],
["Thứ Năm, 14/12/2023", "10 năm", "(2013 - 2023)", "Quyết định 217, 218", "Quy định 124", "Quyết định 218"]))
