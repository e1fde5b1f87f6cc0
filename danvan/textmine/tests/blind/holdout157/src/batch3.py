from lib import *
PAGES = []

PAGES.append(page("b3737-caobang-xa-quangtrung-baocao-2021-06", """
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HÒA AN
Trang chủ > Chính trị > Dân vận
Thứ Ba, 29/06/2021, 15:30
Xã Quang Trung: tháng 6 tập trung vận động nhân dân phòng, chống dịch và phát triển sản xuất
Khối dân vận Đảng ủy xã Quang Trung, huyện Hòa An, tỉnh Cao Bằng vừa có báo cáo kết quả công tác dân vận tháng 6/2021, phương hướng nhiệm vụ tháng 7/2021. Báo cáo do đồng chí Nông Thị Tuyết, Phó Bí thư Đảng ủy, Trưởng khối dân vận xã ký ngày 25/6/2021.
Phần thứ nhất: Kết quả
1. Khối dân vận đã tham mưu Đảng ủy tổng kết công tác vận động bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tỷ lệ cử tri đi bầu của xã đạt 99,8%.
2. Phổ biến Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tới 100% chi bộ; 14 chi bộ đã đưa nội dung vào sinh hoạt định kỳ.
3. Tuyên truyền phòng, chống dịch Covid-19 bằng tiếng Tày, Nùng qua loa truyền thanh 30 buổi; vận động 112 người từ các tỉnh phía Nam về địa phương khai báo y tế, tự cách ly tại nhà.
4. Vận động nhân dân chăm sóc 215 ha lúa xuân, trồng 36 ha thuốc lá; Hội Nông dân hướng dẫn 25 hộ đăng ký sản phẩm OCOP "miến dong Quang Trung".
5. Ủy ban nhân dân xã tiếp 7 lượt công dân; nhận 2 đơn kiến nghị về đất đai, đã giải quyết 2/2 đơn.
6. Ủy ban MTTQ xã vận động ủng hộ Quỹ vắc-xin phòng Covid-19 được 18,7 triệu đồng; Hội LHPN xã tặng 40 suất quà cho phụ nữ nghèo (theo đồng chí Đàm Thị Nhòi, Chủ tịch Hội LHPN xã).
Ông Hoàng Văn Slằng, Bí thư Chi bộ xóm Nà Lũng, ông Lục Văn Pảo, Trưởng xóm Bó Tờ và các đồng chí trong khối đã đến từng hộ vận động giữ gìn an ninh, không tụ tập đông người.
Phần thứ hai: Đánh giá chung
Công tác dân vận trong tháng đã bám sát nhiệm vụ chính trị; tuy nhiên một số chi hội sinh hoạt chưa đều do ảnh hưởng của dịch; việc nắm tâm tư của lao động về từ vùng dịch có lúc chưa kịp thời. Thu nhập của người dân từ cây thuốc lá và miến dong giảm do khó tiêu thụ.
Phần thứ ba: Nhiệm vụ tháng 7/2021
1. Tiếp tục quán triệt Kết luận 01-KL/TW; xây dựng ít nhất 2 mô hình "Dân vận khéo" mới trong lĩnh vực phát triển kinh tế.
2. Vận động nhân dân tham gia tiêm vắc-xin khi được phân bổ; phát huy vai trò tổ Covid cộng đồng ở 14 xóm.
3. Triển khai Kế hoạch số 52-KH/ĐU ngày 21/6/2021 của Ban Thường vụ Đảng ủy xã về chỉnh trang nông thôn.
4. Phối hợp với Ban Dân vận Huyện ủy chuẩn bị sơ kết 6 tháng đầu năm 2021.
Nơi nhận: Ban Dân vận Huyện ủy; Thường trực Đảng ủy; Lưu.
Nông Tuyết
Lượt xem: 190
Các tin khác
- Hòa An: đối thoại giữa người đứng đầu cấp ủy với nhân dân (18/06/2021)
- Quang Trung: Khối dân vận báo cáo tháng 5/2021 (28/05/2021)
""", "2021-06-29", "Xã Quang Trung: tháng 6 tập trung vận động nhân dân phòng, chống dịch và phát triển sản xuất",
E("bao_cao", "2021-06", "2021-06-25"),
[P("Nông Thị Tuyết", "Phó Bí thư Đảng ủy", "Trưởng khối dân vận xã"),
 P("Đàm Thị Nhòi", "Chủ tịch Hội LHPN xã"),
 P("Hoàng Văn Slằng", "Bí thư Chi bộ xóm Nà Lũng"),
 P("Lục Văn Pảo", "Trưởng xóm Bó Tờ")],
[Q("99,8%", 99.8, "%"), Q("100%", 100, "%"), Q("14 chi bộ", 14, "chi bộ"), Q("30 buổi", 30, "buổi"), Q("112 người", 112, "người"),
 Q("215 ha", 215, "ha"), Q("36 ha", 36, "ha"), Q("25 hộ", 25, "hộ"), Q("7 lượt công dân", 7, "lượt công dân"),
 Q("2 đơn kiến nghị", 2, "đơn kiến nghị"), Q("2/2 đơn", 2, "đơn"), Q("18,7 triệu đồng", 18700000, "đồng"), Q("40 suất quà", 40, "suất quà"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("14 xóm", 14, "xóm")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "52", "KH/ĐU", "2021-06-21", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 52-KH/ĐU ngày 21/6/2021")],
[prov("Cao Bằng"), com("Quang Trung")],
["TRANG THÔNG TIN ĐIỆN TỬ HUYỆN HÒA AN", "Trang chủ > Chính trị > Dân vận", "miến dong Quang Trung", "Quỹ vắc-xin phòng Covid-19",
 "Dân vận khéo", "tổ Covid cộng đồng", "Lượt xem: 190", "OCOP"],
["Thứ Ba, 29/06/2021, 15:30", "tháng 6/2021", "tháng 7/2021", "khóa XV", "nhiệm kỳ 2021 - 2026", "6 tháng đầu năm 2021",
 "Covid-19", "Lượt xem: 190"]))

PAGES.append(page("b3738-kontum-xa-dakrowa-baocao-2021-11", """
THÀNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin cơ sở / Xã Đăk Rơ Wa
26/11/2021 - 07:50
Đăk Rơ Wa: Kết quả công tác dân vận tháng 11/2021
Thực hiện chế độ thông tin, báo cáo, ngày 24/11/2021 Khối dân vận Đảng ủy xã Đăk Rơ Wa (thành phố Kon Tum, tỉnh Kon Tum) đã có báo cáo số 21-BC/KDV về kết quả công tác dân vận tháng 11/2021 và phương hướng, nhiệm vụ tháng 12/2021. Xã có 6 thôn, trong đó 4 thôn đồng bào Ba Na, phần lớn theo đạo Công giáo.
I- KẾT QUẢ ĐẠT ĐƯỢC
1- Tổ chức học tập, quán triệt Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị cho 27 đồng chí là đảng ủy viên, bí thư chi bộ, trưởng thôn và trưởng các đoàn thể.
2- Vận động nhân dân tham gia tiêm vắc-xin phòng Covid-19: tỷ lệ người từ 18 tuổi trở lên tiêm mũi 1 đạt 97,6%, mũi 2 đạt 81%; Đoàn Thanh niên duy trì 6 đội tình nguyện hỗ trợ điểm tiêm.
3- Phối hợp với Ban Hành giáo giáo họ Kon Rơ Bàng tuyên truyền phòng dịch trong các buổi lễ; linh mục Phaolô Nguyễn Văn Hiền, quản xứ giáo xứ Tân Hương đồng hành vận động giáo dân hạn chế tụ tập.
4- Thực hiện Kế hoạch 112, 113-KH/ĐU của Đảng ủy xã về xây dựng thôn nông thôn mới và về vận động đồng bào dân tộc thiểu số giữ gìn bản sắc văn hóa: 2 thôn Kon Rơ Bàng 1, Kon Rơ Bàng 2 được công nhận thôn văn hóa; 1 đội cồng chiêng thiếu niên ra mắt.
5- Vận động nhân dân góp 1.350 ngày công, hiến 620 m2 đất làm đường; huy động hơn 215 triệu đồng xây dựng nhà rông thôn Kon Jơ Ri.
6- Tiếp 5 lượt công dân, nhận 2 đơn; hòa giải thành 3 vụ việc tranh chấp đất rẫy.
Già làng A Kâm và người có uy tín Y Phiên (thôn Kon Jơ Ri) được khối biểu dương vì đã vận động 9 hộ trả lại đất lấn chiếm hành lang đường.
* Tồn tại: việc chuyển đổi cây trồng của một số hộ còn tự phát; tình trạng tảo hôn vẫn xảy ra 2 trường hợp.
II- PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12/2021
1- Tổng kết công tác dân vận năm 2021; đề xuất khen thưởng các mô hình "Dân vận khéo" tiêu biểu.
2- Phối hợp các giáo xứ tổ chức Lễ Giáng sinh an toàn, tuân thủ quy định phòng dịch.
3- Tuyên truyền 91 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam gắn với Ngày hội Đại đoàn kết toàn dân tộc.
4- Vận động thu hoạch 340 ha cà phê; phòng, chống trộm cắp tài sản mùa thu hoạch.
Khối dân vận do đồng chí A Thuyên, Phó Bí thư Thường trực Đảng ủy, làm Trưởng khối. Tham gia khối có đồng chí Y Biêng, Chủ tịch Ủy ban MTTQ Việt Nam xã, và đồng chí Nguyễn Thị Thanh Vân, Chủ tịch Hội Liên hiệp Phụ nữ xã.
Y Hoa (Văn phòng Đảng ủy)
Lượt truy cập: 2.318.442
Tin liên quan
- Đăk Rơ Wa: Báo cáo công tác dân vận tháng 10/2021 (27/10/2021)
- Thành phố Kon Tum: 100% xã, phường có mô hình "Dân vận khéo" (05/11/2021)
""", "2021-11-26", "Đăk Rơ Wa: Kết quả công tác dân vận tháng 11/2021",
E("bao_cao", "2021-11", "2021-11-24"),
[P("Phaolô Nguyễn Văn Hiền", "linh mục", "quản xứ giáo xứ Tân Hương"),
 P("A Kâm", "Già làng"),
 P("Y Phiên", "người có uy tín"),
 P("A Thuyên", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối"),
 P("Y Biêng", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thanh Vân", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("6 thôn", 6, "thôn"), Q("4 thôn đồng bào Ba Na", 4, "thôn đồng bào Ba Na"), Q("27 đồng chí", 27, "đồng chí"),
 Q("97,6%", 97.6, "%"), Q("81%", 81, "%"), Q("6 đội tình nguyện", 6, "đội tình nguyện"), Q("2 thôn", 2, "thôn"),
 Q("1.350 ngày công", 1350, "ngày công"), Q("620 m2", 620, "m2"), Q("hơn 215 triệu đồng", 215000000, "đồng", "over"),
 Q("5 lượt công dân", 5, "lượt công dân"), Q("2 đơn", 2, "đơn"), Q("3 vụ việc tranh chấp đất rẫy", 3, "vụ việc tranh chấp đất rẫy"),
 Q("9 hộ", 9, "hộ"), Q("2 trường hợp", 2, "trường hợp"), Q("340 ha", 340, "ha")],
[D("Báo cáo", "21", "BC/KDV", "2021-11-24", "Khối dân vận Đảng ủy xã Đăk Rơ Wa", "báo cáo số 21-BC/KDV"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "112", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 112, 113-KH/ĐU của Đảng ủy xã"),
 D("Kế hoạch", "113", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 112, 113-KH/ĐU của Đảng ủy xã")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["THÀNH ỦY KON TUM - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Tin cơ sở / Xã Đăk Rơ Wa", "Dân vận khéo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Ban Hành giáo giáo họ Kon Rơ Bàng", "Lượt truy cập: 2.318.442"],
["26/11/2021 - 07:50", "tháng 11/2021", "tháng 12/2021", "THÁNG 12/2021", "18 tuổi trở lên", "mũi 1", "mũi 2", "91 năm",
 "1 đội cồng chiêng", "năm 2021", "Lượt truy cập: 2.318.442"]))

PAGES.append(page("b3739-travinh-xa-longhiep-giaoban-2022-03", """
Hôm nay: Thứ Sáu, 01/04/2022
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÀ CÚ
Trang chủ » Tin tức » Hoạt động xã, thị trấn
Thứ Năm, 31/03/2022
Ảnh: Đồng chí Kim Ngọc Thái chủ trì giao ban.
Long Hiệp: Chuẩn bị chu đáo cho Tết cổ truyền Chôl Chnăm Thmây
Ngày 29/3/2022, Khối dân vận Đảng ủy xã Long Hiệp (huyện Trà Cú, tỉnh Trà Vinh) tổ chức giao ban định kỳ đánh giá kết quả công tác dân vận tháng 3/2022, triển khai nhiệm vụ tháng 4/2022. Đồng chí Kim Ngọc Thái, Phó Bí thư Thường trực Đảng ủy - Trưởng khối dân vận xã chủ trì.
Theo báo cáo, trong tháng khối dân vận đạt một số kết quả:
Một là, tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới và Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; xã đã rà soát 312 hộ Khmer thuộc diện hỗ trợ đất sản xuất, nhà ở.
Hai là, phối hợp Ban quản trị 5 chùa Phật giáo Nam tông Khmer trên địa bàn vận động phật tử tiêm vắc-xin phòng Covid-19 mũi 3; tỷ lệ người dân tiêm đủ liều đạt hơn 95%.
Ba là, tổ chức 3 cuộc đối thoại giữa Chủ tịch UBND xã với nhân dân các ấp Ô Rung, Giồng Chùa, Sóc Chà; ghi nhận 27 ý kiến, đã trả lời tại chỗ 21 ý kiến.
Bốn là, vận động xây dựng 8 căn nhà đại đoàn kết, mỗi căn trị giá 50 triệu đồng; trao 150 phần quà Tết Chôl Chnăm Thmây cho hộ nghèo Khmer, tổng trị giá 75 triệu đồng.
Năm là, Hội Nông dân xã hướng dẫn 46 hộ chuyển đổi 21 ha đất lúa kém hiệu quả sang trồng màu.
Phát biểu tại giao ban, Achar Thạch Sol (chùa Ô Rung) cho biết các chùa đã sẵn sàng cho lễ hội; bà Thạch Thị Phươl, Chủ tịch Hội LHPN xã, đề nghị lồng ghép tuyên truyền phòng chống mua bán người trong dịp lễ; ông Sơn Chanh Đa, Trưởng ấp Sóc Chà, phản ánh tuyến đường đal dài 800 m xuống cấp.
Nhiệm vụ tháng 4/2022:
- Tổ chức thăm, chúc Tết các chùa, gia đình chính sách, người có uy tín nhân dịp Tết Chôl Chnăm Thmây năm 2022;
- Bảo đảm an ninh trật tự, phòng chống dịch trong dịp lễ hội; vận động nhân dân không đốt pháo, không sử dụng rượu bia khi tham gia giao thông;
- Triển khai Kế hoạch số 67-KH/ĐU ngày 22/3/2022 của Đảng ủy xã về phát huy vai trò người có uy tín trong đồng bào Khmer;
- Khảo sát, đề xuất sửa chữa 800 m đường đal ấp Sóc Chà.
Kết luận, đồng chí Kim Ngọc Thái đề nghị các thành viên khối giữ vững phương châm "nghe dân nói, nói dân hiểu, làm dân tin", bảo đảm đồng bào Khmer vui Tết an toàn, tiết kiệm.
Thạch Dara
Lượt xem: 87
Tin cùng chuyên mục
- Trà Cú: họp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (25/03/2022)
- Long Hiệp: giao ban khối dân vận tháng 2/2022 (28/02/2022)
""", "2022-03-31", "Long Hiệp: Chuẩn bị chu đáo cho Tết cổ truyền Chôl Chnăm Thmây",
E("giao_ban", "2022-03", "2022-03-29"),
[P("Kim Ngọc Thái", "Phó Bí thư Thường trực Đảng ủy - Trưởng khối dân vận xã"),
 P("Thạch Sol", "Achar"),
 P("Thạch Thị Phươl", "Chủ tịch Hội LHPN xã"),
 P("Sơn Chanh Đa", "Trưởng ấp Sóc Chà")],
[Q("312 hộ Khmer", 312, "hộ Khmer"), Q("5 chùa Phật giáo Nam tông Khmer", 5, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 95%", 95, "%", "over"), Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("27 ý kiến", 27, "ý kiến"), Q("21 ý kiến", 21, "ý kiến"),
 Q("8 căn nhà đại đoàn kết", 8, "căn nhà đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("150 phần quà", 150, "phần quà"),
 Q("75 triệu đồng", 75000000, "đồng"), Q("46 hộ", 46, "hộ"), Q("21 ha", 21, "ha"), Q("800 m", 800, "m")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Kế hoạch", "67", "KH/ĐU", "2022-03-22", "Đảng ủy xã", "Kế hoạch số 67-KH/ĐU ngày 22/3/2022")],
[prov("Trà Vinh"), com("Long Hiệp")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TRÀ CÚ", "Trang chủ » Tin tức » Hoạt động xã, thị trấn", "Ảnh: Đồng chí Kim Ngọc Thái chủ trì giao ban.",
 "Chôl Chnăm Thmây", "nghe dân nói, nói dân hiểu, làm dân tin",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 87"],
["Hôm nay: Thứ Sáu, 01/04/2022", "Thứ Năm, 31/03/2022", "tháng 3/2022", "tháng 4/2022", "mũi 3", "năm 2022", "Lượt xem: 87"]))

PAGES.append(page("b3740-lamdong-xa-dachais-baocao-2022-08", """
Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng
Trang chủ | Tin tức - Sự kiện | Tin từ các xã, thị trấn
Cập nhật: 08:45, 30/08/2022 (GMT+7)
Đạ Chais: Khối dân vận báo cáo công tác tháng 8 năm 2022
Khối dân vận Đảng ủy xã Đạ Chais vừa ban hành Báo cáo số 15-BC/KDV ngày 26/8/2022 về tình hình, kết quả công tác dân vận tháng 8 và nhiệm vụ tháng 9/2022. Đạ Chais là xã vùng sâu của huyện Lạc Dương, có 5 thôn với gần 87% dân số là đồng bào K'Ho, Cil.
I. Tình hình nhân dân
Tư tưởng nhân dân cơ bản ổn định, phấn khởi vì giá cà phê tăng; tuy nhiên một số hộ còn lo lắng về ranh giới đất giữa khu dân cư và đất lâm nghiệp. Hoạt động của các điểm nhóm Tin lành bình thường, không có hiện tượng truyền đạo trái pháp luật.
II. Kết quả công tác dân vận
1. Khối dân vận phối hợp Ủy ban MTTQ xã tổ chức tuyên truyền 11 buổi bằng tiếng K'Ho về Luật Lâm nghiệp, phòng cháy chữa cháy rừng, với khoảng 700 lượt người tham dự.
2. Thực hiện Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy Lạc Dương về bảo vệ rừng và về công tác dân vận trong giải quyết tranh chấp đất đai, khối đã phối hợp kiểm tra 4 tổ bảo vệ rừng cộng đồng; 213 hộ nhận khoán bảo vệ 6.480 ha rừng, chi trả dịch vụ môi trường rừng 1,05 tỷ đồng trong tháng.
3. Vận động 38 hộ tham gia mô hình trồng dâu nuôi tằm, 17 hộ trồng cà phê xen cây ăn quả; Hội Nông dân xã giải ngân 600 triệu đồng vốn vay cho 12 hội viên.
4. Tổ chức 2 buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân thôn Đưng K'Si và thôn Đạ Tro; tiếp nhận 19 kiến nghị, đã giải quyết 15 kiến nghị.
5. Ủy ban nhân dân xã tiếp 10 lượt công dân, nhận 4 đơn, giải quyết đúng hạn 3 đơn; đơn còn lại đang xác minh thực địa.
Già làng Cil K'Brốt (thôn Đưng K'Si) và người có uy tín Liêng Hót Ha Thuyên đã tích cực vận động 6 hộ tháo dỡ công trình xây dựng trái phép trên đất rừng.
III. Hạn chế
Công tác nắm tình hình ở thôn Đạ Tro có lúc chưa sát; chưa có giải pháp căn cơ cho lao động trẻ thiếu việc làm; mô hình "Dân vận khéo" ở một số chi hội còn hình thức.
IV. Nhiệm vụ tháng 9/2022
1. Tổ chức các hoạt động kỷ niệm 77 năm Cách mạng tháng Tám và Quốc khánh 2/9.
2. Tiếp tục thực hiện Chỉ thị 15, 16-CT/HU; phối hợp Hạt Kiểm lâm huyện tuần tra, phòng chống phá rừng.
3. Chuẩn bị hội nghị biểu dương người có uy tín tiêu biểu năm 2022; phấn đấu 100% thôn duy trì sinh hoạt tổ dân vận.
4. Thực hiện Hướng dẫn số 08-HD/BDVHU ngày 12/8/2022 của Ban Dân vận Huyện ủy về sơ kết 3 năm phong trào thi đua "Dân vận khéo".
Báo cáo do đồng chí Ka Thị Hờ, Ủy viên Ban Thường vụ Đảng ủy, Trưởng khối dân vận xã ký; đồng chí Cil Ha Nhớ, Chủ tịch Ủy ban MTTQ Việt Nam xã, là Phó Trưởng khối.
Ka Hiền
Lượt xem: 142
Tin khác
- Lạc Dương: 100% xã, thị trấn đối thoại với nhân dân năm 2022 (15/08/2022)
- Đạ Chais: báo cáo công tác dân vận tháng 7/2022 (28/07/2022)
""", "2022-08-30", "Đạ Chais: Khối dân vận báo cáo công tác tháng 8 năm 2022",
E("bao_cao", "2022-08", "2022-08-26"),
[P("Cil K'Brốt", "Già làng"),
 P("Liêng Hót Ha Thuyên", "người có uy tín"),
 P("Ka Thị Hờ", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng khối dân vận xã"),
 P("Cil Ha Nhớ", "Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Trưởng khối")],
[Q("5 thôn", 5, "thôn"), Q("gần 87%", 87, "%", "approx"), Q("11 buổi", 11, "buổi"), Q("khoảng 700 lượt người", 700, "lượt người", "approx"),
 Q("4 tổ bảo vệ rừng cộng đồng", 4, "tổ bảo vệ rừng cộng đồng"), Q("213 hộ", 213, "hộ"), Q("6.480 ha", 6480, "ha"),
 Q("1,05 tỷ đồng", 1050000000, "đồng"), Q("38 hộ", 38, "hộ"), Q("17 hộ", 17, "hộ"), Q("600 triệu đồng", 600000000, "đồng"),
 Q("12 hội viên", 12, "hội viên"), Q("2 buổi đối thoại", 2, "buổi đối thoại"), Q("19 kiến nghị", 19, "kiến nghị"),
 Q("15 kiến nghị", 15, "kiến nghị"), Q("10 lượt công dân", 10, "lượt công dân"), Q("4 đơn", 4, "đơn"), Q("3 đơn", 3, "đơn"),
 Q("6 hộ", 6, "hộ"), Q("100%", 100, "%")],
[D("Báo cáo", "15", "BC/KDV", "2022-08-26", "Khối dân vận Đảng ủy xã Đạ Chais", "Báo cáo số 15-BC/KDV ngày 26/8/2022"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy Lạc Dương", "Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy Lạc Dương"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy Lạc Dương", "Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy Lạc Dương"),
 D("Hướng dẫn", "08", "HD/BDVHU", "2022-08-12", "Ban Dân vận Huyện ủy", "Hướng dẫn số 08-HD/BDVHU ngày 12/8/2022")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng", "Trang chủ | Tin tức - Sự kiện | Tin từ các xã, thị trấn",
 "Luật Lâm nghiệp", "Dân vận khéo", "Hạt Kiểm lâm huyện", "Lượt xem: 142"],
["Cập nhật: 08:45, 30/08/2022 (GMT+7)", "tháng 9/2022", "77 năm", "Quốc khánh 2/9", "3 năm", "năm 2022", "Lượt xem: 142"]))

PAGES.append(page("b3741-quangbinh-xa-tronghoa-baocao-2023-05", """
Cổng thông tin điện tử huyện Minh Hóa
Bạn đang ở: Trang chủ / Hoạt động các xã / Trọng Hóa
Ngày đăng 31/05/2023 | 16:20
Trọng Hóa: Khối dân vận báo cáo kết quả tháng 5, tập trung tuyên truyền Luật Thực hiện dân chủ ở cơ sở
Ngày 29/5/2023, Khối dân vận Đảng ủy xã Trọng Hóa (huyện Minh Hóa, tỉnh Quảng Bình) ban hành Báo cáo số 09-BC/KDV kết quả công tác dân vận tháng 5/2023 và phương hướng tháng 6/2023. Trọng Hóa là xã biên giới, có 15 bản với đồng bào Chứt (nhóm Mã Liềng, Sách, Rục) và Bru - Vân Kiều chiếm hơn 95% dân số.
A. KẾT QUẢ THỰC HIỆN
1. Công tác tuyên truyền:
- Phối hợp tổ chức 6 hội nghị tuyên truyền Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội (có hiệu lực từ ngày 01/7/2023) cho cán bộ, đảng viên và nhân dân 6 bản, thu hút trên 480 lượt người.
- Tuyên truyền về chính sách theo Quyết định 1719/QĐ-TTg và Nghị quyết số 12-NQ/ĐU ngày 10/3/2023 của Đảng ủy xã về giảm nghèo bền vững giai đoạn 2023 - 2025.
2. Công tác vận động nhân dân:
- Vận động 27 hộ đồng bào Chứt ở bản Ra Mai, bản Hóa Lương vệ sinh nhà cửa, làm 27 chuồng trại chăn nuôi cách xa nhà ở; hỗ trợ 54 con bê giống từ nguồn vốn chương trình mục tiêu quốc gia.
- Đoàn xã và Đồn Biên phòng Cồn Roàng duy trì mô hình "Con nuôi đồn Biên phòng" giúp 8 em học sinh có hoàn cảnh khó khăn, mỗi em 500.000 đồng/tháng.
- Hội LHPN xã vận động 64 hội viên tham gia tổ tiết kiệm, tổng số tiền tiết kiệm khoảng 38 triệu đồng.
3. Công tác dân vận chính quyền:
- Ủy ban nhân dân xã tiếp 12 lượt công dân; nhận 3 đơn thư, giải quyết xong 3 đơn thư; không có đơn thư vượt cấp.
- Tổ chức 1 cuộc đối thoại giữa Chủ tịch UBND xã với già làng, trưởng bản về chia sẻ lợi ích từ rừng.
4. Nắm tình hình: an ninh chính trị ổn định; phát hiện 2 trường hợp vận động người dân sang Lào làm thuê không khai báo, đã phối hợp Đồn Biên phòng giải quyết.
Đồng chí Cao Xuân Lâm, Phó Bí thư Thường trực Đảng ủy, Trưởng Khối dân vận xã nhận định, kết quả tháng 5 có sự đóng góp lớn của già làng Hồ Văn Thoong và chị Hồ Thị Nhiên, Trưởng bản Ra Mai.
B. HẠN CHẾ
Tỷ lệ hộ nghèo còn cao (trên 60%); một số hộ vẫn còn tư tưởng trông chờ; việc duy trì tổ dân vận ở các bản xa như Yên Hợp, Ra Mai chưa thường xuyên do đường đi lại khó khăn.
C. NHIỆM VỤ THÁNG 6/2023
1. Tiếp tục tuyên truyền Luật Thực hiện dân chủ ở cơ sở trước ngày luật có hiệu lực; phấn đấu 100% bản tổ chức hội nghị nhân dân.
2. Vận động nhân dân trồng mới 40 ha rừng sản xuất, chăm sóc 120 ha cây ăn quả.
3. Tổ chức Ngày hội Gia đình Việt Nam 28/6 tại bản Hóa Lương.
4. Chuẩn bị sơ kết công tác dân vận 6 tháng đầu năm 2023 theo hướng dẫn của Ban Dân vận Huyện ủy.
Thanh Thủy
Lượt xem: 376
Tin liên quan
- Minh Hóa: đối thoại với người có uy tín vùng đồng bào Chứt (22/05/2023)
- Trọng Hóa: báo cáo công tác dân vận tháng 4/2023 (28/04/2023)
""", "2023-05-31", "Trọng Hóa: Khối dân vận báo cáo kết quả tháng 5, tập trung tuyên truyền Luật Thực hiện dân chủ ở cơ sở",
E("bao_cao", "2023-05", "2023-05-29"),
[P("Cao Xuân Lâm", "Phó Bí thư Thường trực Đảng ủy", "Trưởng Khối dân vận xã"),
 P("Hồ Văn Thoong", "già làng"),
 P("Hồ Thị Nhiên", "Trưởng bản Ra Mai")],
[Q("15 bản", 15, "bản"), Q("hơn 95%", 95, "%", "over"), Q("6 hội nghị tuyên truyền", 6, "hội nghị tuyên truyền"), Q("6 bản", 6, "bản"),
 Q("trên 480 lượt người", 480, "lượt người", "over"), Q("27 hộ đồng bào Chứt", 27, "hộ đồng bào Chứt"),
 Q("27 chuồng trại chăn nuôi", 27, "chuồng trại chăn nuôi"), Q("54 con bê giống", 54, "con bê giống"),
 Q("8 em học sinh", 8, "em học sinh"), Q("500.000 đồng", 500000, "đồng"), Q("64 hội viên", 64, "hội viên"),
 Q("khoảng 38 triệu đồng", 38000000, "đồng", "approx"), Q("12 lượt công dân", 12, "lượt công dân"), Q("3 đơn thư", 3, "đơn thư"), Q("3 đơn thư", 3, "đơn thư"),
 Q("2 trường hợp", 2, "trường hợp"), Q("trên 60%", 60, "%", "over"), Q("100%", 100, "%"), Q("40 ha", 40, "ha"), Q("120 ha", 120, "ha")],
[D("Báo cáo", "09", "BC/KDV", "2023-05-29", "Khối dân vận Đảng ủy xã Trọng Hóa", "Báo cáo số 09-BC/KDV"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định 1719/QĐ-TTg"),
 D("Nghị quyết", "12", "NQ/ĐU", "2023-03-10", "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU ngày 10/3/2023")],
[prov("Quảng Bình"), com("Trọng Hóa")],
["Cổng thông tin điện tử huyện Minh Hóa", "Bạn đang ở: Trang chủ / Hoạt động các xã / Trọng Hóa", "Con nuôi đồn Biên phòng",
 "Đồn Biên phòng Cồn Roàng", "Ngày hội Gia đình Việt Nam", "Lượt xem: 376"],
["Ngày đăng 31/05/2023 | 16:20", "tháng 5/2023", "tháng 6/2023", "THÁNG 6/2023", "01/7/2023", "giai đoạn 2023 - 2025",
 "1 cuộc đối thoại", "28/6", "6 tháng đầu năm 2023", "Lượt xem: 376"]))

PAGES.append(page("b3742-sonla-xa-chiengson-giaoban-2023-10", """
BÁO SƠN LA ĐIỆN TỬ
Xây dựng Đảng >> Dân vận
08:10 | 27/10/2023
Mộc Châu: Khối dân vận xã Chiềng Sơn giao ban tháng 10
Chiều 25/10, Khối dân vận Đảng ủy xã Chiềng Sơn, huyện Mộc Châu, tỉnh Sơn La tổ chức giao ban đánh giá công tác dân vận tháng 10/2023, triển khai nhiệm vụ tháng 11. Đồng chí Lò Văn Hịa, HUV, Bí thư Đảng ủy xã dự và chỉ đạo; đồng chí Cầm Thị Ơn, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã chủ trì.
Cán bộ khối dân vận xã Chiềng Sơn trao đổi với người dân bản Phiêng Cành. (Ảnh: Quàng Thu)
Báo cáo của khối nêu rõ, trong tháng 10, khối đã:
+ Tổ chức kỷ niệm 93 năm Ngày truyền thống công tác dân vận của Đảng (15/10/1930 - 15/10/2023) và 24 năm Ngày "Dân vận" của tỉnh; biểu dương 12 mô hình "Dân vận khéo" tiêu biểu, mỗi mô hình được thưởng 1,5 triệu đồng.
+ Tiếp tục thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI về công tác dân vận; các chi bộ đã tổ chức 16 buổi sinh hoạt chuyên đề.
+ Vận động nhân dân 4 bản Phiêng Cành, Tà Phình, Pà Phang, Nà Bó thu hoạch khoảng 1.100 tấn mận hậu, chanh leo; kết nối tiêu thụ 300 tấn qua 2 hợp tác xã.
+ Phối hợp Công an xã giải quyết dứt điểm 3 vụ việc tranh chấp đất nương, không để phát sinh điểm nóng; tiếp 8 lượt công dân, nhận 2 đơn.
+ Hội Nông dân, Hội Phụ nữ xã góp 250 ngày công làm 1,4 km đường nội đồng ở bản Tà Phình.
Giao ban cũng thẳng thắn chỉ ra hạn chế: giá nông sản xuống thấp khiến một bộ phận nhân dân băn khoăn; việc phối hợp giữa các đoàn thể trong nắm tình hình lao động đi làm việc ở nước ngoài chưa chặt chẽ; một số tổ dân vận bản sinh hoạt chưa đều.
Tại giao ban, đồng chí Mùa A Dê, Bí thư Chi bộ bản Pà Phang, đề nghị có thêm lớp dạy tiếng Mông cho cán bộ; ông Quàng Văn Thiêm, người có uy tín bản Nà Bó, chia sẻ cách vận động bà con thực hiện nếp sống văn minh trong việc cưới, việc tang.
Trong tháng 11/2023, khối dân vận tập trung:
+ Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 11/11 bản, kỷ niệm 93 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam;
+ Triển khai Kế hoạch số 94-KH/ĐU ngày 16/10/2023 của Đảng ủy xã về vận động nhân dân chỉnh trang bản văn hóa;
+ Thực hiện Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở, bảo đảm 100% bản tổ chức hội nghị nhân dân;
+ Chuẩn bị tổng kết công tác dân vận năm 2023.
Kết luận giao ban, đồng chí Lò Văn Hịa đề nghị mỗi thành viên khối "bám bản, bám dân", lắng nghe ý kiến người dân trước mùa thu hoạch chè, mận.
Quàng Thu
Tin cùng chuyên mục
- Thuận Châu: 35 mô hình "Dân vận khéo" được biểu dương (20/10/2023)
- Mộc Châu kỷ niệm 93 năm Ngày truyền thống công tác dân vận (13/10/2023)
""", "2023-10-27", "Mộc Châu: Khối dân vận xã Chiềng Sơn giao ban tháng 10",
E("giao_ban", "2023-10", "2023-10-25"),
[P("Lò Văn Hịa", "HUV", "Bí thư Đảng ủy xã"),
 P("Cầm Thị Ơn", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Mùa A Dê", "Bí thư Chi bộ bản Pà Phang"),
 P("Quàng Văn Thiêm", "người có uy tín bản Nà Bó")],
[Q("12 mô hình", 12, "mô hình"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("16 buổi sinh hoạt chuyên đề", 16, "buổi sinh hoạt chuyên đề"),
 Q("4 bản", 4, "bản"), Q("khoảng 1.100 tấn", 1100, "tấn", "approx"), Q("300 tấn", 300, "tấn"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("3 vụ việc tranh chấp đất nương", 3, "vụ việc tranh chấp đất nương"), Q("8 lượt công dân", 8, "lượt công dân"), Q("2 đơn", 2, "đơn"),
 Q("250 ngày công", 250, "ngày công"), Q("1,4 km", 1.4, "km"), Q("11/11 bản", 11, "bản"), Q("100%", 100, "%")],
[D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 07/01/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XI", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "94", "KH/ĐU", "2023-10-16", "Đảng ủy xã", "Kế hoạch số 94-KH/ĐU ngày 16/10/2023"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Sơn La"), com("Chiềng Sơn")],
["BÁO SƠN LA ĐIỆN TỬ", "Xây dựng Đảng >> Dân vận", "Cán bộ khối dân vận xã Chiềng Sơn trao đổi với người dân bản Phiêng Cành. (Ảnh: Quàng Thu)",
 "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "bám bản, bám dân", "Luật Thực hiện dân chủ ở cơ sở"],
["08:10 | 27/10/2023", "tháng 10/2023", "tháng 11/2023", "93 năm", "24 năm", "(15/10/1930 - 15/10/2023)", "năm 2023"]))
