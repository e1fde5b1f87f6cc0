from lib import *
PAGES = []

PAGES.append(page("b3689-lamdong-btcd-baocao-2022", """
Cổng Thông tin điện tử tỉnh Lâm Đồng
Trang chủ » Tin tức » Tin địa phương
30 tháng 12, 2022 | 10:15
Năm 2022: Lâm Đồng tiếp hơn 4.000 lượt công dân
Theo Báo cáo số 118/BC-BTCD ngày 28/12/2022 của Ban Tiếp công dân tỉnh về kết quả công tác tiếp công dân, xử lý đơn năm 2022, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp hơn 4.000 lượt công dân (chính xác là 4.126 lượt) với 2.873 vụ việc, tăng khoảng 21% so với năm 2021 do các hoạt động tiếp dân trực tiếp được khôi phục sau dịch.
Trong năm, có 31 đoàn đông người đến các trụ sở tiếp công dân, chủ yếu liên quan đến tranh chấp đất lâm nghiệp, dự án hồ chứa nước Đạ Sị và việc cấp giấy chứng nhận cho đồng bào dân tộc thiểu số tại chỗ. Lãnh đạo UBND tỉnh đã tiếp định kỳ 12 buổi, tiếp 104 lượt công dân; Bí thư Tỉnh ủy tiếp 4 buổi theo Quy định số 11-QĐi/TW. Toàn tỉnh tiếp nhận 3.512 đơn; đã giải quyết 408/446 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 91,5%; qua giải quyết đã trả lại cho công dân khoảng 760 triệu đồng và 6,8 ha đất.
Bà Ka Hoàng, Phó Trưởng Ban Tiếp công dân tỉnh, cho biết nhiều vụ việc ở các huyện Lạc Dương, Đam Rông, Di Linh đã được giải quyết nhờ phối hợp với già làng, người có uy tín. Điển hình, ông K'Brèo, già làng thôn Đạ Nghịt, xã Lát, đã cùng tổ hòa giải vận động 9 hộ trả lại 3,2 ha đất rừng lấn chiếm.
Cũng theo báo cáo, việc tiếp công dân trực tuyến được thí điểm tại 3 huyện theo Kế hoạch số 4127/KH-UBND ngày 19/5/2022 của UBND tỉnh; công dân ở xa có thể gửi ý kiến qua Cổng dịch vụ công. Hệ thống phần mềm quản lý đơn thư được triển khai tại 142/142 xã, phường, thị trấn theo Thông tư số 05/2021/TT-TTCP ngày 1/10/2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn.
Ông Kơ Să Ha Thuyên, Chủ tịch UBND xã Đạ Sar (huyện Lạc Dương), được Ban đánh giá là người đứng đầu cấp xã tiếp dân đều đặn nhất, với 24 buổi trong năm. Bà Bon Niêng Ha Diệp, công chức Tư pháp - Hộ tịch xã Đạ Chais, là 1 trong 5 cá nhân được đề nghị tặng bằng khen.
Hạn chế được báo cáo chỉ ra: một số người đứng đầu còn ủy quyền tiếp dân; 38 vụ việc quá hạn giải quyết; nhiều trụ sở tiếp dân cấp xã xuống cấp. Năm 2023, Ban Tiếp công dân tỉnh kiến nghị UBND tỉnh bố trí 1,5 tỷ đồng sửa chữa trụ sở tiếp dân cấp huyện, tiếp tục thực hiện Chỉ thị số 03/CT-UBND ngày 14/2/2022 của Chủ tịch UBND tỉnh về nâng cao trách nhiệm người đứng đầu.
P.V
Lượt xem: 2.318
Tin liên quan
- Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 11 (18/11/2022)
- Đối thoại với người dân vùng dự án hồ Đạ Sị (04/11/2022)
- Lạc Dương: hòa giải thành 56 vụ việc tranh chấp đất (21/10/2022)
""", "2022-12-30", "Năm 2022: Lâm Đồng tiếp hơn 4.000 lượt công dân",
E("bao_cao", "2022", "2022-12-28"),
[P("Ka Hoàng", "Phó Trưởng Ban Tiếp công dân tỉnh"),
 P("K'Brèo", "già làng thôn Đạ Nghịt"),
 P("Kơ Să Ha Thuyên", "Chủ tịch UBND xã Đạ Sar"),
 P("Bon Niêng Ha Diệp", "công chức Tư pháp - Hộ tịch xã Đạ Chais")],
[Q("hơn 4.000 lượt công dân", 4000, "lượt công dân", "over"), Q("4.126 lượt", 4126, "lượt"), Q("2.873 vụ việc", 2873, "vụ việc"),
 Q("khoảng 21%", 21, "%", "approx"), Q("31 đoàn đông người", 31, "đoàn đông người"), Q("12 buổi", 12, "buổi"),
 Q("104 lượt công dân", 104, "lượt công dân"), Q("4 buổi", 4, "buổi"), Q("3.512 đơn", 3512, "đơn"),
 Q("408/446 vụ việc khiếu nại, tố cáo", 408, "vụ việc khiếu nại, tố cáo"), Q("91,5%", 91.5, "%"),
 Q("khoảng 760 triệu đồng", 760000000, "đồng", "approx"), Q("6,8 ha", 6.8, "ha"), Q("9 hộ", 9, "hộ"), Q("3,2 ha", 3.2, "ha"),
 Q("3 huyện", 3, "huyện"), Q("142/142 xã, phường, thị trấn", 142, "xã, phường, thị trấn"), Q("24 buổi", 24, "buổi"),
 Q("5 cá nhân", 5, "cá nhân"), Q("38 vụ việc", 38, "vụ việc"), Q("1,5 tỷ đồng", 1500000000, "đồng")],
[D("Báo cáo", "118", "BC-BTCD", "2022-12-28", "Ban Tiếp công dân tỉnh", "Báo cáo số 118/BC-BTCD ngày 28/12/2022"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Kế hoạch", "4127", "KH-UBND", "2022-05-19", "UBND tỉnh", "Kế hoạch số 4127/KH-UBND ngày 19/5/2022"),
 D("Thông tư", "05", "2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", "Thông tư số 05/2021/TT-TTCP ngày 1/10/2021"),
 D("Chỉ thị", "03", "CT-UBND", "2022-02-14", "Chủ tịch UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 14/2/2022")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Sar"), com("Đạ Chais")],
["Cổng Thông tin điện tử tỉnh Lâm Đồng", "Trang chủ » Tin tức » Tin địa phương", "Cổng dịch vụ công", "Lượt xem: 2.318", "hồ chứa nước Đạ Sị"],
["30 tháng 12, 2022 | 10:15", "năm 2022", "năm 2021", "Năm 2023", "Lượt xem: 2.318"]))

PAGES.append(page("b3690-dienbien-bthu-tiepdan-2022", """
ĐIỆN BIÊN PHỦ ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Chính trị > Xây dựng Đảng
2022-08-24 09:30
Bí thư Huyện ủy Mường Chà tiếp dân tại xã vùng cao
Ảnh: Đồng chí Lò Văn Phương lắng nghe ý kiến của người dân bản Huổi Lếch.
(ĐBP) - Ngày 23/8, đồng chí Lò Văn Phương, Tỉnh ủy viên, Bí thư Huyện ủy Mường Chà đã tiếp công dân định kỳ tại trụ sở UBND xã Sa Lông. Cùng dự có đồng chí Giàng A Dê, Phó Chủ tịch UBND huyện; đồng chí Quàng Thị Ín, Trưởng Ban Dân vận Huyện ủy; đồng chí Vàng A Chứ, Bí thư Đảng ủy xã Sa Lông cùng đại diện các phòng: Tài nguyên và Môi trường, Lao động - Thương binh và Xã hội, Văn phòng HĐND và UBND huyện.
Đây là lần đầu tiên Bí thư Huyện ủy tổ chức tiếp dân tại xã, thay vì tại Trụ sở tiếp công dân huyện, nhằm giúp người dân vùng cao không phải đi xa hơn 40 km. Buổi tiếp có 23 lượt công dân của 6 bản đến phản ánh, kiến nghị 15 nội dung, chủ yếu về chính sách hỗ trợ nhà ở, cấp đất sản xuất, chi trả tiền dịch vụ môi trường rừng.
Ông Thào A Sinh (bản Huổi Lếch) phản ánh gia đình có tên trong danh sách hộ nghèo được hỗ trợ làm nhà theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ nhưng đến nay chưa nhận được 40 triệu đồng hỗ trợ. Bà Lường Thị Kim (bản Phi Giàng 1) đề nghị làm rõ việc chi trả tiền dịch vụ môi trường rừng năm 2021, mỗi ha chỉ được khoảng 300.000 đồng, thấp hơn các bản lân cận.
Trả lời các ý kiến, đồng chí Giàng A Dê cho biết toàn huyện có 418 hộ được phê duyệt hỗ trợ nhà ở, trong đó 136 hộ đã nhận tiền đợt 1; các hộ còn lại sẽ được chi trả trước ngày 30/9/2022. Việc chênh lệch đơn giá dịch vụ môi trường rừng là do hệ số K khác nhau theo trạng thái rừng; Hạt Kiểm lâm sẽ niêm yết công khai tại bản.
Kết luận buổi tiếp, đồng chí Lò Văn Phương đánh giá cao sự thẳng thắn của bà con; yêu cầu các cơ quan trả lời bằng văn bản 8 nội dung chưa giải quyết ngay trong vòng 15 ngày. Đồng chí đề nghị Đảng ủy xã Sa Lông thực hiện nghiêm Quy định số 03-QĐi/HU ngày 7/3/2022 của Ban Thường vụ Huyện ủy về người đứng đầu cấp ủy tiếp dân, đối thoại trực tiếp với dân; mỗi tháng Bí thư Đảng ủy xã tiếp dân ít nhất 1 buổi.
Theo Ban Dân vận Huyện ủy, 7 tháng đầu năm 2022, Bí thư Huyện ủy đã tiếp dân 7 buổi với 64 lượt người; 100% ý kiến đã được xem xét, trả lời. Huyện Mường Chà hiện có 12 xã, thị trấn với hơn 11.000 hộ, người Mông chiếm trên 70% dân số.
Lò Hương
Tin cùng chuyên mục
- Tuần Giáo: đối thoại với người dân về chính sách đất đai (15/08/2022)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm (20/07/2022)
- Nậm Pồ triển khai mô hình "Dân vận khéo" ở bản biên giới (08/07/2022)
""", "2022-08-24", "Bí thư Huyện ủy Mường Chà tiếp dân tại xã vùng cao",
E("doi_thoai", None, "2022-08-23"),
[P("Lò Văn Phương", "Tỉnh ủy viên", "Bí thư Huyện ủy Mường Chà"),
 P("Giàng A Dê", "Phó Chủ tịch UBND huyện"),
 P("Quàng Thị Ín", "Trưởng Ban Dân vận Huyện ủy"),
 P("Vàng A Chứ", "Bí thư Đảng ủy xã Sa Lông"),
 P("Thào A Sinh"), P("Lường Thị Kim")],
[Q("hơn 40 km", 40, "km", "over"), Q("23 lượt công dân", 23, "lượt công dân"), Q("6 bản", 6, "bản"), Q("15 nội dung", 15, "nội dung"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("khoảng 300.000 đồng", 300000, "đồng", "approx"), Q("418 hộ", 418, "hộ"), Q("136 hộ", 136, "hộ"),
 Q("8 nội dung", 8, "nội dung"), Q("ít nhất 1 buổi", 1, "buổi", "over"), Q("7 buổi", 7, "buổi"), Q("64 lượt người", 64, "lượt người"),
 Q("100%", 100, "%"), Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("hơn 11.000 hộ", 11000, "hộ", "over"), Q("trên 70%", 70, "%", "over")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Quy định", "03", "QĐi/HU", "2022-03-07", "Ban Thường vụ Huyện ủy", "Quy định số 03-QĐi/HU ngày 7/3/2022")],
[prov("Điện Biên"), com("Sa Lông")],
["ĐIỆN BIÊN PHỦ ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Chính trị > Xây dựng Đảng",
 "Ảnh: Đồng chí Lò Văn Phương lắng nghe ý kiến của người dân bản Huổi Lếch.", "(ĐBP)", "hệ số K", "Trụ sở tiếp công dân huyện"],
["2022-08-24 09:30", "năm 2021", "ngày 30/9/2022", "đợt 1", "15 ngày", "7 tháng đầu năm 2022", "lần đầu tiên"]))

PAGES.append(page("b3691-camau-soket-6thang-2023", """
BÁO CÀ MAU ĐIỆN TỬ
Trang chủ | Chính trị | Pháp luật | Kinh tế | Văn hóa - Xã hội
20/07/2023 - 15:40
Khiếu nại về đất đai vẫn chiếm hơn 70% vụ việc
Quang cảnh hội nghị sơ kết. (Ảnh: Hữu Nghĩa)
(CMO) Sáng 19/7, Thanh tra tỉnh phối hợp với Ban Tiếp công dân tỉnh Cà Mau tổ chức hội nghị sơ kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Ông Lâm Văn Bi, Phó Chủ tịch UBND tỉnh, dự và chỉ đạo hội nghị.
Theo báo cáo, 6 tháng đầu năm 2023, các cơ quan hành chính trong tỉnh đã tiếp 1.694 lượt người với 1.208 vụ việc, trong đó có 11 đoàn đông người; khiếu nại, tranh chấp về đất đai chiếm hơn 70%. Chủ tịch UBND tỉnh và các Phó Chủ tịch tiếp định kỳ 6 buổi, tiếp 47 lượt công dân; người đứng đầu UBND 9 huyện, thành phố tiếp 54 buổi. Toàn tỉnh tiếp nhận 2.231 đơn; đã giải quyết 179/214 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 83,6%, tăng 4,2% so với cùng kỳ.
Ông Trịnh Văn Lâm, Trưởng Ban Tiếp công dân tỉnh, cho biết nhiều vụ việc phát sinh từ việc thu hồi đất làm tuyến cao tốc Cần Thơ - Cà Mau và dự án điện gió ven biển; khoảng 350 hộ dân có kiến nghị về giá bồi thường. Ban đã tham mưu UBND tỉnh tổ chức 5 cuộc đối thoại tại các xã Tân Thuận, Khánh Hải, Đất Mũi.
Tại hội nghị, bà Danh Thị Sà Rươne, Phó Chủ tịch UBND xã Khánh Bình Tây Bắc (huyện Trần Văn Thời), chia sẻ kinh nghiệm tiếp dân trong đồng bào Khmer: cán bộ xã phối hợp với Ban quản trị chùa và người có uy tín ấp Cơi Năm để hòa giải, 6 tháng qua xã không có đơn vượt cấp. Ông Thạch Ngọc Sơn, Chánh Thanh tra huyện Thới Bình, đề nghị tăng cường đào tạo cán bộ địa chính xã vì nhiều sai sót trong đo đạc là nguồn gốc khiếu kiện.
Phát biểu chỉ đạo, ông Lâm Văn Bi yêu cầu các địa phương thực hiện nghiêm Luật Tiếp công dân, Nghị định số 31/2019/NĐ-CP của Chính phủ và Kết luận số 12-KL/TU ngày 10/2/2023 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tiếp công dân; giải quyết dứt điểm 35 vụ việc còn tồn đọng trước ngày 30/9/2023. Các đơn vị phải lập danh sách cán bộ có năng lực, mỗi huyện bố trí ít nhất 2 công chức chuyên trách tiếp dân.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 4 tập thể và 7 cá nhân đạt thành tích xuất sắc trong công tác tiếp công dân 6 tháng đầu năm.
Hội nghị cũng thống nhất lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh trong quý III vào ngày 15 hằng tháng.
Hữu Nghĩa
Tin liên quan
- Bí thư Tỉnh ủy tiếp công dân định kỳ tháng 6 (15/06/2023)
- Đối thoại với 28 hộ dân vùng dự án cao tốc ở huyện Cái Nước (02/06/2023)
- Thanh tra tỉnh công bố kết luận thanh tra tại Sở Xây dựng (25/05/2023)
- Năm Căn: hòa giải thành 47 vụ tranh chấp đất nuôi tôm (12/05/2023)
""", "2023-07-20", "Khiếu nại về đất đai vẫn chiếm hơn 70% vụ việc",
E("so_ket", "2023-H1", "2023-07-19"),
[P("Lâm Văn Bi", "Phó Chủ tịch UBND tỉnh"),
 P("Trịnh Văn Lâm", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Danh Thị Sà Rươne", "Phó Chủ tịch UBND xã Khánh Bình Tây Bắc"),
 P("Thạch Ngọc Sơn", "Chánh Thanh tra huyện Thới Bình")],
[Q("1.694 lượt người", 1694, "lượt người"), Q("1.208 vụ việc", 1208, "vụ việc"), Q("11 đoàn đông người", 11, "đoàn đông người"),
 Q("hơn 70%", 70, "%", "over"), Q("6 buổi", 6, "buổi"), Q("47 lượt công dân", 47, "lượt công dân"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("54 buổi", 54, "buổi"), Q("2.231 đơn", 2231, "đơn"), Q("179/214 vụ việc khiếu nại, tố cáo", 179, "vụ việc khiếu nại, tố cáo"),
 Q("83,6%", 83.6, "%"), Q("4,2%", 4.2, "%"), Q("khoảng 350 hộ dân", 350, "hộ dân", "approx"), Q("5 cuộc đối thoại", 5, "cuộc đối thoại"),
 Q("35 vụ việc", 35, "vụ việc"), Q("ít nhất 2 công chức chuyên trách", 2, "công chức chuyên trách", "over"),
 Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân")],
[D("Nghị định", "31", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 31/2019/NĐ-CP"),
 D("Kết luận", "12", "KL/TU", "2023-02-10", "Ban Thường vụ Tỉnh ủy", "Kết luận số 12-KL/TU ngày 10/2/2023")],
[prov("Cà Mau"), com("Tân Thuận"), com("Khánh Hải"), com("Đất Mũi"), com("Khánh Bình Tây Bắc")],
["BÁO CÀ MAU ĐIỆN TỬ", "Trang chủ | Chính trị | Pháp luật | Kinh tế | Văn hóa - Xã hội", "Quang cảnh hội nghị sơ kết. (Ảnh: Hữu Nghĩa)", "(CMO)",
 "Luật Tiếp công dân", "Cần Thơ - Cà Mau"],
["20/07/2023 - 15:40", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "6 tháng qua", "ngày 30/9/2023", "quý III", "ngày 15 hằng tháng"]))

PAGES.append(page("b3692-hoabinh-hdnd-giamsat-2023", """
Báo Hòa Bình điện tử
Chính trị | Kinh tế | Xã hội | Văn hóa | Miền núi
Thứ Năm, 12/10/2023
Giám sát công tác tiếp công dân tại huyện Tân Lạc
Ảnh: Đoàn giám sát làm việc với UBND xã Mỹ Hòa.
Ngày 11/10, Ban Pháp chế HĐND tỉnh do ông Bùi Văn Khánh, Ủy viên Thường trực HĐND tỉnh, Trưởng ban Pháp chế HĐND tỉnh khóa XVII làm trưởng đoàn đã giám sát việc tiếp công dân, xử lý đơn và giải quyết khiếu nại, tố cáo tại huyện Tân Lạc, theo chương trình giám sát năm 2023 của Ban. Tham gia đoàn có bà Quách Thị Nhung, Phó Trưởng ban Pháp chế HĐND tỉnh; ông Xa Văn Hùng, Phó Trưởng Ban Tiếp công dân tỉnh.
Báo cáo của UBND huyện Tân Lạc cho biết, từ ngày 1/10/2022 đến 30/9/2023, Chủ tịch UBND huyện tiếp định kỳ 12 buổi, Ban Tiếp công dân huyện tiếp thường xuyên 347 lượt người với 268 vụ việc; huyện tiếp nhận 296 đơn, đã xử lý 291 đơn. Các vụ việc khiếu nại thuộc thẩm quyền được giải quyết 23/25 vụ, đạt 92%; không có đoàn đông người. Huyện đã thực hiện tiếp công dân trực tuyến thí điểm theo Quyết định số 1421/QĐ-UBND ngày 22/6/2023 của UBND tỉnh.
Tại xã Mỹ Hòa, đoàn kiểm tra sổ tiếp công dân, hồ sơ giải quyết đơn. Ông Đinh Công Thượng, Chủ tịch UBND xã, cho biết 9 tháng năm 2023, xã tiếp 41 lượt công dân, nhận 19 đơn, trong đó 17 đơn đã giải quyết xong; phần lớn là tranh chấp ranh giới đất đồi, đất rừng giữa các hộ đồng bào Mường. Bà Bùi Thị Nương, người có uy tín xóm Bưng, cho biết tổ hòa giải ở xóm hoạt động tốt nhờ lồng ghép vào sinh hoạt dòng họ.
Qua giám sát, đoàn chỉ ra một số hạn chế: việc ghi sổ tiếp công dân ở một số xã chưa đúng mẫu theo Thông tư số 04/2021/TT-TTCP ngày 1/10/2021 của Thanh tra Chính phủ; có 2 vụ việc quá thời hạn giải quyết; một số phòng tiếp dân cấp xã chưa có camera giám sát. Mức chi bồi dưỡng cho người tiếp dân thực hiện theo Nghị quyết số 135/2021/NQ-HĐND của HĐND tỉnh là 100.000 đồng/người/ngày.
Kết luận buổi giám sát, ông Bùi Văn Khánh đề nghị UBND huyện chỉ đạo các xã khắc phục hạn chế trước ngày 31/12/2023; tăng cường phối hợp với Mặt trận, các đoàn thể trong hòa giải ở cơ sở; kiến nghị UBND tỉnh hỗ trợ 5 xã đặc biệt khó khăn trang bị máy tính phục vụ tiếp công dân trực tuyến.
Kết quả giám sát sẽ được Ban Pháp chế báo cáo tại kỳ họp thường lệ cuối năm 2023 của HĐND tỉnh.
Đại diện Ủy ban MTTQ huyện Tân Lạc cho biết sẽ đưa nội dung giám sát việc giải quyết đơn thư của người dân vào chương trình phối hợp năm 2024 với HĐND huyện.
Đinh Thắng
Tin khác
- Thường trực HĐND tỉnh giám sát tại huyện Mai Châu (05/10/2023)
- Lạc Sơn: đối thoại với người dân về bồi thường đường cao tốc (27/09/2023)
- Kỳ họp chuyên đề HĐND tỉnh khóa XVII (20/09/2023)
- Tân Lạc: ra mắt tổ hòa giải kiểu mẫu ở xóm Bưng (14/09/2023)
""", "2023-10-12", "Giám sát công tác tiếp công dân tại huyện Tân Lạc",
E("giam_sat", "2023", "2023-10-11"),
[P("Bùi Văn Khánh", "Ủy viên Thường trực HĐND tỉnh", "Trưởng ban Pháp chế HĐND tỉnh khóa XVII"),
 P("Quách Thị Nhung", "Phó Trưởng ban Pháp chế HĐND tỉnh"),
 P("Xa Văn Hùng", "Phó Trưởng Ban Tiếp công dân tỉnh"),
 P("Đinh Công Thượng", "Chủ tịch UBND xã"),
 P("Bùi Thị Nương", "người có uy tín xóm Bưng")],
[Q("12 buổi", 12, "buổi"), Q("347 lượt người", 347, "lượt người"), Q("268 vụ việc", 268, "vụ việc"), Q("296 đơn", 296, "đơn"),
 Q("291 đơn", 291, "đơn"), Q("23/25 vụ", 23, "vụ"), Q("92%", 92, "%"), Q("41 lượt công dân", 41, "lượt công dân"), Q("19 đơn", 19, "đơn"),
 Q("17 đơn", 17, "đơn"), Q("2 vụ việc", 2, "vụ việc"), Q("100.000 đồng", 100000, "đồng"), Q("5 xã đặc biệt khó khăn", 5, "xã đặc biệt khó khăn")],
[D("Quyết định", "1421", "QĐ-UBND", "2023-06-22", "UBND tỉnh", "Quyết định số 1421/QĐ-UBND ngày 22/6/2023"),
 D("Thông tư", "04", "2021/TT-TTCP", "2021-10-01", "Thanh tra Chính phủ", "Thông tư số 04/2021/TT-TTCP ngày 1/10/2021"),
 D("Nghị quyết", "135", "2021/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 135/2021/NQ-HĐND")],
[prov("Hòa Bình"), com("Mỹ Hòa")],
["Báo Hòa Bình điện tử", "Chính trị | Kinh tế | Xã hội | Văn hóa | Miền núi", "Ảnh: Đoàn giám sát làm việc với UBND xã Mỹ Hòa."],
["Thứ Năm, 12/10/2023", "năm 2023", "từ ngày 1/10/2022 đến 30/9/2023", "9 tháng năm 2023", "ngày 31/12/2023", "khóa XVII", "năm 2024"]))

PAGES.append(page("b3693-hanoi-phuong-btdu-tiepdan-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚC LA - QUẬN HÀ ĐÔNG - THÀNH PHỐ HÀ NỘI
Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy
16/05/2024 06:00
Bí thư Đảng ủy phường tiếp công dân định kỳ tháng 5/2024
Quang cảnh buổi tiếp công dân tại trụ sở Đảng ủy - HĐND - UBND phường Phúc La.
Thực hiện Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị và Kế hoạch số 52-KH/QU ngày 5/1/2024 của Ban Thường vụ Quận ủy Hà Đông, chiều ngày 15/5/2024, đồng chí Nguyễn Thị Thanh Mai, Quận ủy viên, Bí thư Đảng ủy phường Phúc La đã chủ trì buổi tiếp công dân định kỳ tháng 5/2024.
Tham dự có các đồng chí: Phạm Đức Toàn, Phó Bí thư Đảng ủy, Chủ tịch UBND phường; Trần Văn Hòa, Phó Chủ tịch UBND phường; Đỗ Thị Minh Hằng, Chủ tịch Ủy ban MTTQ Việt Nam phường; lãnh đạo Công an phường và bộ phận địa chính - xây dựng - đô thị.
Buổi tiếp có 8 công dân đến trình bày 5 nội dung. Ông Vũ Quang Lâm (tổ dân phố 7) phản ánh tình trạng xe tải đỗ trên vỉa hè đường Văn Phú; bà Lê Thị Hạnh (tổ dân phố 12) kiến nghị về việc một hộ xây dựng lấn ra ngõ chung khoảng 4 m2; đại diện 16 hộ dân khu tập thể Phúc La đề nghị sớm cải tạo hệ thống thoát nước đã xuống cấp; ông Ngô Văn Tư, cựu chiến binh, đề nghị xem xét chế độ cho thân nhân liệt sĩ.
Trả lời các kiến nghị, đồng chí Phạm Đức Toàn cho biết UBND phường đã lập biên bản, yêu cầu hộ vi phạm tháo dỡ phần công trình lấn chiếm trong 7 ngày; việc cải tạo thoát nước khu tập thể đã được quận bố trí 1,8 tỷ đồng, dự kiến thi công trong quý III/2024. Về chế độ chính sách, phường sẽ hướng dẫn ông Tư hoàn thiện hồ sơ gửi phòng Lao động - Thương binh và Xã hội quận.
Kết luận buổi tiếp, đồng chí Nguyễn Thị Thanh Mai giao Công an phường phối hợp với Đội Quản lý trật tự xây dựng đô thị kiểm tra, xử lý dứt điểm vi phạm trật tự đô thị trên đường Văn Phú; giao các chi bộ tổ dân phố nắm chắc tình hình, hòa giải ngay từ cơ sở, không để phát sinh đơn thư vượt cấp.
Theo Văn phòng Đảng ủy phường, từ đầu năm 2024 đến nay, Bí thư Đảng ủy phường đã tiếp dân 5 buổi, tiếp 31 lượt công dân với 22 nội dung; đã giải quyết xong 19 nội dung, đạt 86,4%, còn 3 nội dung đang được xem xét. Phường Phúc La có 21 tổ dân phố với khoảng 32.000 nhân khẩu, là một trong những phường đông dân của quận Hà Đông, thành phố Hà Nội; tốc độ đô thị hóa nhanh khiến các kiến nghị về trật tự xây dựng, hạ tầng và môi trường chiếm phần lớn nội dung người dân nêu tại các buổi tiếp.
Ban Biên tập
Lượt truy cập: 1.052.364
Tin liên quan
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 16 HĐND thành phố (08/05/2024)
- Phường Phúc La tổng kết công tác năm 2023 (12/01/2024)
- Ra quân giải tỏa vi phạm lòng đường, vỉa hè (26/04/2024)
- Chi bộ tổ dân phố 5 sinh hoạt chuyên đề về quy tắc ứng xử nơi công cộng (19/04/2024)
""", "2024-05-16", "Bí thư Đảng ủy phường tiếp công dân định kỳ tháng 5/2024",
E("doi_thoai", "2024-05", "2024-05-15"),
[P("Nguyễn Thị Thanh Mai", "Quận ủy viên", "Bí thư Đảng ủy phường Phúc La"),
 P("Phạm Đức Toàn", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Trần Văn Hòa", "Phó Chủ tịch UBND phường"),
 P("Đỗ Thị Minh Hằng", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Vũ Quang Lâm"), P("Lê Thị Hạnh"), P("Ngô Văn Tư")],
[Q("8 công dân", 8, "công dân"), Q("5 nội dung", 5, "nội dung"), Q("khoảng 4 m2", 4, "m2", "approx"), Q("16 hộ dân", 16, "hộ dân"),
 Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("5 buổi", 5, "buổi"), Q("31 lượt công dân", 31, "lượt công dân"), Q("22 nội dung", 22, "nội dung"),
 Q("19 nội dung", 19, "nội dung"), Q("86,4%", 86.4, "%"), Q("3 nội dung", 3, "nội dung"), Q("21 tổ dân phố", 21, "tổ dân phố"),
 Q("khoảng 32.000 nhân khẩu", 32000, "nhân khẩu", "approx")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "52", "KH/QU", "2024-01-05", "Ban Thường vụ Quận ủy Hà Đông", "Kế hoạch số 52-KH/QU ngày 5/1/2024")],
[prov("Hà Nội"), com("Phúc La")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG PHÚC LA - QUẬN HÀ ĐÔNG - THÀNH PHỐ HÀ NỘI", "Trang chủ > Tin tức - Sự kiện > Hoạt động Đảng ủy",
 "Quang cảnh buổi tiếp công dân tại trụ sở Đảng ủy - HĐND - UBND phường Phúc La.", "Lượt truy cập: 1.052.364", "tổ dân phố 7", "tổ dân phố 12"],
["16/05/2024 06:00", "tháng 5/2024", "7 ngày", "quý III/2024", "năm 2024", "Lượt truy cập: 1.052.364", "tổ dân phố 7", "tổ dân phố 12"]))

PAGES.append(page("b3694-angiang-tongket-tiepcongdan-2024", """
BÁO AN GIANG ONLINE
Trang chủ :: Thời sự :: Chính quyền
Thứ Sáu, 27/12/2024 - 14:10
Ảnh: Phó Chủ tịch UBND tỉnh Lê Trung Hiếu phát biểu tại hội nghị.
An Giang nâng cao chất lượng tiếp công dân ở cơ sở
Ngày 26-12, UBND tỉnh An Giang tổ chức hội nghị tổng kết công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2024, triển khai nhiệm vụ năm 2025. Ông Lê Trung Hiếu, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Báo cáo của Thanh tra tỉnh cho biết, năm 2024 các cơ quan hành chính nhà nước trong tỉnh đã tiếp 5.382 lượt người với 3.947 vụ việc; có 19 đoàn đông người, giảm 6 đoàn so với năm 2023. Chủ tịch UBND tỉnh tiếp công dân định kỳ 12 buổi, tiếp 139 lượt công dân, chỉ đạo giải quyết 64 vụ việc. Ban Tiếp công dân tỉnh tiếp nhận, xử lý 4.716 đơn, trong đó 3.980 đơn đủ điều kiện xử lý. Các cơ quan đã giải quyết 602/637 vụ việc khiếu nại, tố cáo thuộc thẩm quyền, đạt 94,5%; qua đó trả lại cho Nhà nước và công dân gần 3,6 tỷ đồng, 21.400 m2 đất.
Bà Nguyễn Thị Ngọc Hân, Trưởng Ban Tiếp công dân tỉnh, cho biết các vụ việc tập trung ở các huyện Châu Phú, Thoại Sơn, Tịnh Biên, liên quan thu hồi đất làm cao tốc Châu Đốc - Cần Thơ - Sóc Trăng. Có 7 vụ việc phức tạp, kéo dài trên 10 năm đã được giải quyết dứt điểm sau khi UBND tỉnh tổ chức đối thoại.
Chia sẻ tại hội nghị, ông Chau Sóc Khonl, Phó Chủ tịch UBND xã Văn Giáo (thị xã Tịnh Biên), cho biết xã đã mời các vị Achar, sư cả chùa Khmer và người có uy tín tham gia tiếp dân; năm 2024 xã hòa giải thành 27/29 vụ việc. Ông Haji Mohamad Sết, Phó Ban đại diện Cộng đồng Hồi giáo tỉnh kiêm Trưởng Ban quản trị thánh đường Mubarak (xã Châu Phong), đề nghị các địa phương tiếp tục bố trí cán bộ biết tiếng Chăm tại bộ phận tiếp dân. Bà Néang Sa Phonl, công chức Tư pháp - Hộ tịch xã An Cư, kiến nghị tăng mức bồi dưỡng cho người tiếp dân cấp xã lên 100.000 đồng/ngày.
Phát biểu kết luận, ông Lê Trung Hiếu yêu cầu năm 2025, khi thực hiện sắp xếp đơn vị hành chính, các địa phương không để gián đoạn việc tiếp công dân; thực hiện nghiêm Luật Tiếp công dân, Nghị định số 55/2024/NĐ-CP ngày 16/5/2024 của Chính phủ về tổ chức bộ máy thanh tra và Chỉ thị số 15-CT/TU ngày 20/3/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo trước Đại hội Đảng bộ các cấp. Các huyện phải giải quyết dứt điểm 35 vụ việc còn tồn đọng trong quý I/2025.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 6 tập thể, 11 cá nhân có thành tích xuất sắc.
Hữu Huynh
Tin liên quan
- Chủ tịch UBND tỉnh tiếp công dân định kỳ tháng 11 (15/11/2024)
- Tịnh Biên đối thoại với người dân vùng dự án cao tốc (30/10/2024)
- Ban Tiếp công dân tỉnh tập huấn nghiệp vụ cho cán bộ xã (17/10/2024)
""", "2024-12-27", "An Giang nâng cao chất lượng tiếp công dân ở cơ sở",
E("tong_ket", "2024", "2024-12-26"),
[P("Lê Trung Hiếu", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Ngọc Hân", "Trưởng Ban Tiếp công dân tỉnh"),
 P("Chau Sóc Khonl", "Phó Chủ tịch UBND xã Văn Giáo"),
 P("Haji Mohamad Sết", "Phó Ban đại diện Cộng đồng Hồi giáo tỉnh kiêm Trưởng Ban quản trị thánh đường Mubarak"),
 P("Néang Sa Phonl", "công chức Tư pháp - Hộ tịch xã An Cư")],
[Q("5.382 lượt người", 5382, "lượt người"), Q("3.947 vụ việc", 3947, "vụ việc"), Q("19 đoàn đông người", 19, "đoàn đông người"),
 Q("6 đoàn", 6, "đoàn"), Q("12 buổi", 12, "buổi"), Q("139 lượt công dân", 139, "lượt công dân"), Q("64 vụ việc", 64, "vụ việc"),
 Q("4.716 đơn", 4716, "đơn"), Q("3.980 đơn", 3980, "đơn"), Q("602/637 vụ việc khiếu nại, tố cáo", 602, "vụ việc khiếu nại, tố cáo"),
 Q("94,5%", 94.5, "%"), Q("gần 3,6 tỷ đồng", 3600000000, "đồng", "approx"), Q("21.400 m2", 21400, "m2"),
 Q("7 vụ việc phức tạp", 7, "vụ việc phức tạp"), Q("27/29 vụ việc", 27, "vụ việc"), Q("100.000 đồng", 100000, "đồng"),
 Q("35 vụ việc", 35, "vụ việc"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị định", "55", "2024/NĐ-CP", "2024-05-16", "Chính phủ", "Nghị định số 55/2024/NĐ-CP ngày 16/5/2024"),
 D("Chỉ thị", "15", "CT/TU", "2024-03-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 20/3/2024")],
[prov("An Giang"), com("Văn Giáo"), com("Châu Phong"), com("An Cư")],
["BÁO AN GIANG ONLINE", "Trang chủ :: Thời sự :: Chính quyền", "Ảnh: Phó Chủ tịch UBND tỉnh Lê Trung Hiếu phát biểu tại hội nghị.",
 "Luật Tiếp công dân", "Châu Đốc - Cần Thơ - Sóc Trăng", "thánh đường Mubarak"],
["Thứ Sáu, 27/12/2024 - 14:10", "năm 2024", "năm 2025", "năm 2023", "trên 10 năm", "quý I/2025"]))
