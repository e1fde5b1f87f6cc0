from lib import *
PAGES = []

PAGES.append(page("b2651-quangninh-coto-taphuan-2018", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh
Trang chủ >> Hoạt động dân vận >> Dân vận cơ sở
2018-08-16 10:20
Học viên thực hành kỹ năng tuyên truyền trên tàu cá.
Cô Tô: tập huấn kỹ năng vận động ngư dân cho cán bộ cơ sở
Trong 2 ngày 14 và 15/8, Ban Dân vận Huyện ủy Cô Tô phối hợp với Đồn Biên phòng Cô Tô, Hội Nông dân huyện tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động ngư dân năm 2018 cho 85 học viên là cán bộ dân vận, trưởng thôn, tổ trưởng tổ đoàn kết trên biển và đoàn viên thanh niên của thị trấn Cô Tô, xã Thanh Lân và xã Đồng Tiến.
Phát biểu khai mạc, đồng chí Vi Thị Thu Hường, HUV, Trưởng Ban Dân vận Huyện ủy, nhấn mạnh: Cô Tô có trên 3.200 lao động nghề cá, với 468 tàu thuyền, trong đó 72 tàu thường xuyên hoạt động ở vùng biển xa. Việc vận động ngư dân tuân thủ pháp luật, không xâm phạm vùng biển nước ngoài, đồng thời là "cột mốc sống" giữ chủ quyền, là nhiệm vụ thường xuyên của cả hệ thống chính trị.
Các học viên được nghe Trung tá Đinh Quang Huy, Chính trị viên Đồn Biên phòng Cô Tô, giới thiệu Luật Biển Việt Nam, Hiệp định phân định Vịnh Bắc Bộ và những tình huống thường gặp khi tàu cá bị tàu nước ngoài kiểm tra; ông Hoàng Văn Sáng, Phó Chủ tịch Hội Nông dân huyện, hướng dẫn cách tổ chức sinh hoạt tổ đoàn kết, lập sổ theo dõi tàu ra vào bến. Đại diện Trạm Kiểm soát Biên phòng Thanh Lân hướng dẫn quy trình làm thủ tục xuất, nhập bến.
Theo báo cáo, thực hiện Kế hoạch số 36-KH/HU ngày 02/3/2018 của Ban Thường vụ Huyện ủy về công tác dân vận trên địa bàn đảo, 7 tháng năm 2018, các lực lượng đã tổ chức 46 buổi tuyên truyền cho 2.130 lượt ngư dân; cấp phát 600 tờ gấp song ngữ, 150 cuốn sổ tay pháp luật; vận động ngư dân phát hiện, báo tin 4 vụ tàu lạ hoạt động trái phép. Trong năm, 100% tàu cá khai thác xa bờ đã lắp thiết bị giám sát hành trình.
Trong phần thảo luận, ông Lý A Sềnh, trưởng thôn Nam Hà, xã Đồng Tiến, nêu khó khăn khi vận động bà con người Sán Dìu, người Dao mới ra đảo lập nghiệp; bà Trần Thị Lụa, Chủ tịch Hội LHPN thị trấn Cô Tô, đề xuất thành lập thêm các câu lạc bộ vợ ngư dân. Một số học viên kiến nghị hỗ trợ kinh phí mua máy bộ đàm cho các tổ đoàn kết còn khó khăn.
Bế giảng lớp học, đồng chí Vi Thị Thu Hường đề nghị học viên vận dụng kiến thức vào thực tế, mỗi tổ đoàn kết xây dựng ít nhất 1 mô hình "Dân vận khéo" trong năm; Ban Dân vận Huyện ủy sẽ trao giấy khen cho 10 học viên đạt kết quả xuất sắc, mỗi học viên được thưởng 500.000 đồng.
Hải Yến
Lượt đọc: 389
Tin cùng chuyên mục
- Vân Đồn: 12 tổ đoàn kết trên biển ra mắt (30/07/2018)
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2018 (12/07/2018)
- Móng Cái tổ chức ngày hội đại đoàn kết tại thôn biên giới (04/07/2018)
""", "2018-08-16", "Cô Tô: tập huấn kỹ năng vận động ngư dân cho cán bộ cơ sở",
E("tap_huan", "2018", "2018-08-14"),
[P("Vi Thị Thu Hường", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Đinh Quang Huy", "Trung tá", "Chính trị viên Đồn Biên phòng Cô Tô"),
 P("Hoàng Văn Sáng", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Lý A Sềnh", "trưởng thôn Nam Hà"),
 P("Trần Thị Lụa", "Chủ tịch Hội LHPN thị trấn Cô Tô")],
[Q("85 học viên", 85, "học viên"), Q("trên 3.200 lao động nghề cá", 3200, "lao động nghề cá", "over"),
 Q("468 tàu thuyền", 468, "tàu thuyền"), Q("72 tàu", 72, "tàu"),
 Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("2.130 lượt ngư dân", 2130, "lượt ngư dân"),
 Q("600 tờ gấp song ngữ", 600, "tờ gấp song ngữ"), Q("150 cuốn sổ tay pháp luật", 150, "cuốn sổ tay pháp luật"),
 Q("4 vụ tàu lạ hoạt động trái phép", 4, "vụ tàu lạ hoạt động trái phép"), Q("100%", 100, "%"),
 Q("10 học viên", 10, "học viên"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "36", "KH/HU", "2018-03-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 36-KH/HU ngày 02/3/2018")],
[prov("Quảng Ninh"), com("Cô Tô"), com("Thanh Lân"), com("Đồng Tiến")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh", "Trang chủ >> Hoạt động dân vận >> Dân vận cơ sở",
 "Học viên thực hành kỹ năng tuyên truyền trên tàu cá.", "cột mốc sống", "Luật Biển Việt Nam",
 "Hiệp định phân định Vịnh Bắc Bộ", "Dân vận khéo", "Lượt đọc: 389"],
["2018-08-16 10:20", "2 ngày", "năm 2018", "7 tháng năm 2018", "1 mô hình", "Lượt đọc: 389"]))

PAGES.append(page("b2652-binhdinh-hoingheca-tongket-2019", """
HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH
Trang chủ / Tin tức / Nông dân với biển đảo
Ngày đăng 27/12/2019 | 16:20
Hội Nghề cá tỉnh Bình Định tổng kết năm 2019: ngư dân vững tâm bám biển
Ngày 26/12/2019, Hội Nghề cá tỉnh Bình Định tổ chức hội nghị tổng kết công tác Hội và phong trào ngư dân năm 2019, triển khai nhiệm vụ năm 2020. Dự hội nghị có ông Nguyễn Thanh Tùng, Phó Trưởng Ban Dân vận Tỉnh ủy; Đại tá Trần Ngọc Quý, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh; ông Phan Văn Lượng, Chủ tịch Hội Nghề cá tỉnh chủ trì.
Đại tá Trần Ngọc Quý trao bằng khen cho các tổ đoàn kết tiêu biểu. Ảnh: Ngọc Tú
Năm 2019, toàn tỉnh có 6.128 tàu cá với khoảng 42.000 lao động; trong đó 3.270 tàu khai thác xa bờ. Hội đã củng cố 412 tổ đoàn kết sản xuất trên biển với 2.468 tàu tham gia; các tổ đã ứng cứu 37 tàu bị nạn, cứu sống 214 ngư dân. Sản lượng khai thác hải sản đạt gần 230.000 tấn, trong đó cá ngừ đại dương khoảng 11.500 tấn.
Thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), Hội phối hợp Bộ đội Biên phòng tỉnh tuyên truyền cho trên 9.000 lượt ngư dân, ký cam kết với 3.270 chủ tàu không vi phạm vùng biển nước ngoài. Năm 2019, tỉnh không có tàu cá vi phạm bị nước ngoài bắt giữ; tỷ lệ tàu lắp thiết bị giám sát hành trình đạt 96,4%.
Hội Nghề cá các xã Nhơn Châu, Cát Khánh, Hoài Hương vận động hội viên đóng góp xây dựng "Quỹ tương trợ ngư dân" với số dư trên 1,2 tỷ đồng; hỗ trợ 58 gia đình ngư dân gặp rủi ro trên biển, mỗi gia đình từ 5 đến 10 triệu đồng. Tổ đoàn kết số 3 xã Nhơn Châu do ông Huỳnh Văn Tám làm tổ trưởng có 14 tàu, năm nay đã 2 lần lai dắt tàu bạn bị hỏng máy ở ngư trường Trường Sa về bờ.
Phát biểu tại hội nghị, ông Nguyễn Thanh Tùng ghi nhận vai trò "cột mốc sống" của ngư dân, đề nghị Hội tiếp tục thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam; chú ý vận động ngư dân có thẻ BHYT, trang bị đầy đủ áo phao, phao cứu sinh.
Ông Phan Văn Lượng cho biết năm 2020 Hội phấn đấu phát triển mới 25 tổ đoàn kết, 1.000 hội viên mới; phối hợp tổ chức chương trình "Tiếp sức ngư dân bám biển" trao 300 suất quà Tết cho ngư dân nghèo, mỗi suất 1 triệu đồng.
Dịp này, UBND tỉnh tặng bằng khen cho 8 tổ đoàn kết và 15 ngư dân; Hội Nghề cá Việt Nam tặng bằng khen cho 2 tập thể.
Ngọc Tú
Lượt xem: 2.115
Xem thêm
- Ngư dân Hoài Nhơn trúng đậm cá ngừ (18/12/2019)
- Trao 20 máy thông tin liên lạc cho ngư dân Phù Cát (05/12/2019)
- Ra mắt Hội Nghề cá xã Nhơn Châu (20/11/2019)
""", "2019-12-27", "Hội Nghề cá tỉnh Bình Định tổng kết năm 2019: ngư dân vững tâm bám biển",
E("tong_ket", "2019", "2019-12-26"),
[P("Nguyễn Thanh Tùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Ngọc Quý", "Đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Phan Văn Lượng", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Huỳnh Văn Tám", "tổ trưởng")],
[Q("6.128 tàu cá", 6128, "tàu cá"), Q("khoảng 42.000 lao động", 42000, "lao động", "approx"),
 Q("3.270 tàu", 3270, "tàu"), Q("412 tổ đoàn kết sản xuất", 412, "tổ đoàn kết sản xuất"), Q("2.468 tàu", 2468, "tàu"),
 Q("37 tàu", 37, "tàu"), Q("214 ngư dân", 214, "ngư dân"), Q("gần 230.000 tấn", 230000, "tấn", "approx"),
 Q("khoảng 11.500 tấn", 11500, "tấn", "approx"), Q("trên 9.000 lượt ngư dân", 9000, "lượt ngư dân", "over"),
 Q("3.270 chủ tàu", 3270, "chủ tàu"), Q("96,4%", 96.4, "%"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("58 gia đình ngư dân", 58, "gia đình ngư dân"), Q("5 đến 10 triệu đồng", 5000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("14 tàu", 14, "tàu"),
 Q("25 tổ đoàn kết", 25, "tổ đoàn kết"), Q("1.000 hội viên mới", 1000, "hội viên mới"), Q("300 suất quà", 300, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("8 tổ đoàn kết", 8, "tổ đoàn kết"), Q("15 ngư dân", 15, "ngư dân"),
 Q("2 tập thể", 2, "tập thể")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Nghị quyết", "36", "NQ/TW", "2018-10-22", "Ban Chấp hành Trung ương", "Nghị quyết số 36-NQ/TW ngày 22/10/2018")],
[prov("Bình Định"), com("Nhơn Châu"), com("Cát Khánh"), com("Hoài Hương")],
["HỘI NÔNG DÂN TỈNH BÌNH ĐỊNH", "Trang chủ / Tin tức / Nông dân với biển đảo",
 "Đại tá Trần Ngọc Quý trao bằng khen cho các tổ đoàn kết tiêu biểu. Ảnh: Ngọc Tú", "Quỹ tương trợ ngư dân",
 "cột mốc sống", "Tiếp sức ngư dân bám biển", "Lượt xem: 2.115", "Trường Sa"],
["Ngày đăng 27/12/2019 | 16:20", "năm 2019", "năm 2020", "Tổ đoàn kết số 3", "2 lần", "Lượt xem: 2.115"]))

PAGES.append(page("b2653-langson-mttq-giamsat-2020", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn
Trang chủ - Giám sát, phản biện xã hội
17/09/2020 - 10:05
Giám sát chính sách hỗ trợ người dân tại 2 xã biên giới huyện Cao Lộc
Thực hiện Chương trình giám sát năm 2020, ngày 15/9/2020, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn do ông Hoàng Văn Nghiệm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do đại dịch Covid-19 và chính sách đối với hộ nghèo tại xã Bảo Lâm và xã Thụy Hùng, huyện Cao Lộc. Tham gia đoàn có đại diện Ban Dân vận Tỉnh ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Sở Lao động - Thương binh và Xã hội.
Đoàn giám sát làm việc tại UBND xã Thụy Hùng.
Theo báo cáo của UBND xã Bảo Lâm, thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, xã đã lập danh sách, đề nghị hỗ trợ cho 318 người thuộc hộ nghèo, hộ cận nghèo, mỗi người 250.000 đồng/tháng trong 3 tháng; 27 lao động tự do mất việc làm, mỗi người 1 triệu đồng/tháng. Tổng kinh phí đã chi trả hơn 319 triệu đồng. Xã Thụy Hùng đã chi trả cho 402 người với số tiền trên 380 triệu đồng; còn 6 trường hợp chưa nhận được hỗ trợ do đang đi làm ăn xa.
Qua giám sát, đoàn đánh giá việc rà soát, bình xét đối tượng được thực hiện công khai, dân chủ, có sự tham gia của Ban Công tác Mặt trận 14 thôn; không có đơn thư khiếu nại. Tuy nhiên, việc niêm yết danh sách ở một số thôn chưa đủ thời gian quy định; hồ sơ của 11 hộ còn thiếu chữ ký xác nhận.
Trung tá Nông Văn Tiến, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị, cho biết trong thời gian giãn cách, đơn vị đã huy động 215 lượt cán bộ, chiến sĩ cùng dân quân, người dân lập 38 chốt kiểm soát dịch trên tuyến biên giới; tặng 1.200 khẩu trang, 450 kg gạo cho các hộ khó khăn ở thôn Nà Phai, thôn Khòn Khuyên. Bà Hoàng Thị Mai, Chủ tịch Ủy ban MTTQ xã Bảo Lâm, đề nghị cấp trên sớm hướng dẫn thủ tục hỗ trợ cho người lao động không có hợp đồng lao động.
Kết luận buổi giám sát, ông Hoàng Văn Nghiệm đề nghị UBND 2 xã khắc phục ngay những tồn tại, hoàn thiện hồ sơ, công khai kết quả chi trả tại nhà văn hóa thôn; Ban Công tác Mặt trận các thôn tiếp tục phát huy vai trò giám sát cộng đồng, nắm bắt tâm tư nhân dân để kịp thời phản ánh.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao 40 suất quà cho hộ nghèo của 2 xã, mỗi suất trị giá 500.000 đồng; Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị tặng 20 chiếc xe đạp cho học sinh nghèo.
Hoàng Lan
Các tin đã đưa
- Ủy ban MTTQ tỉnh giám sát việc hỗ trợ hộ nghèo ở Đình Lập (10/09/2020)
- Lạng Sơn: hiệp thương lần thứ nhất Đại hội MTTQ cấp huyện (28/08/2020)
- Trao 100 suất quà cho người dân vùng biên (15/08/2020)
""", "2020-09-17", "Giám sát chính sách hỗ trợ người dân tại 2 xã biên giới huyện Cao Lộc",
E("giam_sat", "2020", "2020-09-15"),
[P("Hoàng Văn Nghiệm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nông Văn Tiến", "Trung tá", "Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Hữu Nghị"),
 P("Hoàng Thị Mai", "Chủ tịch Ủy ban MTTQ xã Bảo Lâm")],
[Q("2 xã biên giới", 2, "xã biên giới"), Q("318 người", 318, "người"), Q("250.000 đồng", 250000, "đồng"),
 Q("27 lao động tự do", 27, "lao động tự do"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 319 triệu đồng", 319000000, "đồng", "over"), Q("402 người", 402, "người"),
 Q("trên 380 triệu đồng", 380000000, "đồng", "over"), Q("6 trường hợp", 6, "trường hợp"), Q("14 thôn", 14, "thôn"),
 Q("11 hộ", 11, "hộ"), Q("215 lượt cán bộ, chiến sĩ", 215, "lượt cán bộ, chiến sĩ"), Q("38 chốt kiểm soát dịch", 38, "chốt kiểm soát dịch"),
 Q("1.200 khẩu trang", 1200, "khẩu trang"), Q("450 kg", 450, "kg"), Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("20 chiếc xe đạp", 20, "chiếc xe đạp")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020")],
[prov("Lạng Sơn"), com("Bảo Lâm"), com("Thụy Hùng")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn", "Trang chủ - Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Thụy Hùng.", "Chương trình giám sát năm 2020", "Hữu Nghị"],
["17/09/2020 - 10:05", "năm 2020", "3 tháng", "Covid-19"]))

PAGES.append(page("b2654-haiphong-bachlongvi-daihoi-2019", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Thời sự › Chính trị › Mặt trận
Cập nhật lúc 17:20 ngày 20/06/2019
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội MTTQ huyện đảo Bạch Long Vĩ: "Đoàn kết - Dân chủ - Đổi mới - Phát triển"
Ngày 19/6, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam huyện Bạch Long Vĩ lần thứ V, nhiệm kỳ 2019 - 2024 được tổ chức tại Trung tâm Văn hóa huyện đảo, với sự tham dự của 80 đại biểu chính thức, đại diện cho hơn 900 nhân khẩu và gần 1.000 cán bộ, chiến sĩ các lực lượng đóng quân trên đảo. Dự đại hội có ông Đỗ Mạnh Hiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hải Phòng; ông Bùi Xuân Thắng, Bí thư Huyện ủy, Chủ tịch UBND huyện Bạch Long Vĩ.
Nhiệm kỳ 2014 - 2019, Mặt trận huyện và các tổ chức thành viên đã vận động nhân dân, cán bộ, chiến sĩ đóng góp gần 560 triệu đồng ủng hộ Quỹ "Vì người nghèo", Quỹ "Vì biển, đảo Việt Nam"; vận động xây dựng 12 căn nhà cho hộ khó khăn, mỗi căn 50 triệu đồng. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai tới 5 khu dân cư; 98% hộ gia đình đạt danh hiệu "Gia đình văn hóa".
Trên huyện đảo có 60 tàu cá của ngư dân địa phương và hàng trăm tàu của ngư dân các tỉnh vào neo đậu, tránh trú bão. Mặt trận phối hợp với Đồn Biên phòng Bạch Long Vĩ, Đoàn Kinh tế - Quốc phòng và Bộ Chỉ huy quân sự huyện vận động thành lập 9 tổ đoàn kết trên biển; giúp đỡ 164 lượt ngư dân các tỉnh gặp nạn được cấp cứu, sửa chữa tàu thuyền. Đồn Biên phòng Bạch Long Vĩ đã thực hiện mô hình "Con nuôi Đồn Biên phòng", nhận đỡ đầu 3 cháu có hoàn cảnh khó khăn.
Thiếu tá Phạm Văn Dũng, Đồn trưởng Đồn Biên phòng Bạch Long Vĩ, tham luận về sự phối hợp giữa Mặt trận với lực lượng Biên phòng trong quản lý tàu thuyền ra vào đảo. Ông Vũ Văn Tuân, Trưởng khu dân cư số 2, chia sẻ kinh nghiệm vận động bà con giữ vệ sinh môi trường và tham gia tuần tra bờ biển.
Đại hội đã hiệp thương cử 31 người vào Ủy ban MTTQ Việt Nam huyện khóa V. Bà Nguyễn Thị Hải Yến được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông Trần Văn Hùng, Đoàn Văn Tiệp giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện. Đại hội cũng bầu 5 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam thành phố lần thứ XVI.
Phát biểu chỉ đạo, ông Đỗ Mạnh Hiến đề nghị Mặt trận huyện đảo tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2017 của Ban Bí thư về nâng cao vai trò, hiệu quả công tác giám sát, phản biện xã hội, tập hợp rộng rãi các tầng lớp nhân dân, xây dựng Bạch Long Vĩ vững mạnh về kinh tế, vững chắc về quốc phòng, an ninh.
Ngọc Quang
TIN CÙNG CHUYÊN MỤC
- Đại hội MTTQ quận Đồ Sơn nhiệm kỳ 2019-2024 (18/06/2019)
- Đại hội MTTQ huyện Cát Hải thành công tốt đẹp (14/06/2019)
- Hải Phòng: 217 xã, phường hoàn thành đại hội Mặt trận (05/06/2019)
""", "2019-06-20", "Đại hội MTTQ huyện đảo Bạch Long Vĩ: \"Đoàn kết - Dân chủ - Đổi mới - Phát triển\"",
E("dai_hoi", None, "2019-06-19"),
[P("Đỗ Mạnh Hiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố Hải Phòng"),
 P("Bùi Xuân Thắng", "Bí thư Huyện ủy", "Chủ tịch UBND huyện Bạch Long Vĩ"),
 P("Phạm Văn Dũng", "Thiếu tá", "Đồn trưởng Đồn Biên phòng Bạch Long Vĩ"),
 P("Vũ Văn Tuân", "Trưởng khu dân cư số 2"),
 P("Nguyễn Thị Hải Yến", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Đoàn Văn Tiệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện")],
[Q("80 đại biểu chính thức", 80, "đại biểu chính thức"), Q("hơn 900 nhân khẩu", 900, "nhân khẩu", "over"),
 Q("gần 1.000 cán bộ, chiến sĩ", 1000, "cán bộ, chiến sĩ", "approx"),
 Q("gần 560 triệu đồng", 560000000, "đồng", "approx"), Q("12 căn nhà", 12, "căn nhà"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("5 khu dân cư", 5, "khu dân cư"), Q("98%", 98, "%"), Q("60 tàu cá", 60, "tàu cá"), Q("9 tổ đoàn kết", 9, "tổ đoàn kết"),
 Q("164 lượt ngư dân", 164, "lượt ngư dân"), Q("3 cháu", 3, "cháu"), Q("31 người", 31, "người"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "18", "CT/TW", "2017-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2017")],
[prov("Hải Phòng")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Thời sự › Chính trị › Mặt trận", "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Đoàn kết - Dân chủ - Đổi mới - Phát triển", "Vì người nghèo", "Vì biển, đảo Việt Nam",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Gia đình văn hóa", "Con nuôi Đồn Biên phòng", "Bạch Long Vĩ"],
["Cập nhật lúc 17:20 ngày 20/06/2019", "lần thứ V", "nhiệm kỳ 2019 - 2024", "Nhiệm kỳ 2014 - 2019", "khu dân cư số 2",
 "khóa V", "lần thứ XVI", "hàng trăm tàu"]))

PAGES.append(page("b2655-quangtri-bdv-giaoban-2021", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang
08:15 | 09/04/2021
Toàn cảnh hội nghị giao ban.
Dân vận vùng biên giới, hải đảo: bám dân, nắm chắc tình hình từ cơ sở
Ngày 8/4, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Đảng ủy Bộ đội Biên phòng tỉnh tổ chức giao ban công tác dân vận quý I năm 2021 khu vực biên giới, hải đảo. Đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Lê Văn Hải, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh đồng chủ trì.
Quý I, lực lượng Biên phòng đã cử 112 đảng viên tham gia sinh hoạt tại 54 chi bộ thôn, bản thuộc 12 xã biên giới của 2 huyện Hướng Hóa, Đakrông; phối hợp làm 7 căn nhà "Mái ấm biên cương" cho hộ nghèo người Vân Kiều, Pa Kô, mỗi căn trị giá 60 triệu đồng. Chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2021 trao 650 suất quà với tổng trị giá hơn 390 triệu đồng. Tại huyện đảo Cồn Cỏ, Đồn Biên phòng Cồn Cỏ phối hợp cứu nạn 4 tàu cá, 23 ngư dân gặp sự cố do gió mùa Đông Bắc.
Đồng chí Hồ Văn Lăm, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa, cho biết qua nắm tình hình, có 5 hộ ở xã Hướng Lập, xã Hướng Phùng có biểu hiện nghe theo đối tượng xấu tuyên truyền đạo trái pháp luật; khối dân vận đã phối hợp với Đồn Biên phòng Cù Bai, già làng, người có uy tín vận động các hộ ổn định tư tưởng. Thiếu tá Côn Văn Bình, Chính trị viên Đồn Biên phòng A Vao, đề nghị hỗ trợ thêm 300 triệu đồng để duy trì lớp học tình thương ở bản A Sau. Đại diện Hội Nông dân tỉnh cho biết đã phối hợp với Đồn Biên phòng Cồn Cỏ ra mắt 2 tổ đoàn kết trên biển với 26 tàu cá của ngư dân xã Vĩnh Thái, thường xuyên đánh bắt ở vùng biển quanh đảo.
Già làng Hồ Văn Pỏi, bản Cù Bai, người có uy tín xã Hướng Lập, phát biểu: bộ đội Biên phòng như con em trong bản, giúp đồng bào trồng lúa nước, nuôi bò, tháng nào cũng có mặt ở các buổi họp bản.
Phát biểu kết luận, đồng chí Hồ Thị Thu Hằng đề nghị quý II tiếp tục thực hiện Nghị quyết số 33-NQ/TW ngày 28/9/2018 của Bộ Chính trị về Chiến lược bảo vệ biên giới quốc gia và Kế hoạch số 64-KH/TU ngày 15/01/2021 của Tỉnh ủy về công tác dân vận năm 2021; chủ động nắm bắt tâm tư của đồng bào trước, trong và sau bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; tiếp tục giúp 100% hộ nghèo ở bản biên giới có nhà ở an toàn trước mùa mưa bão.
Hoài Nam
Lượt xem: 518
Tin liên quan
- Trao 30 con bò giống cho hộ nghèo Đakrông (25/03/2021)
- Ra mắt mô hình "Đồn Biên phòng cùng dân làm kinh tế" (10/03/2021)
- Giao ban khối dân vận năm 2020 (30/12/2020)
""", "2021-04-09", "Dân vận vùng biên giới, hải đảo: bám dân, nắm chắc tình hình từ cơ sở",
E("giao_ban", "2021-Q1", "2021-04-08"),
[P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hải", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Lăm", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa"),
 P("Côn Văn Bình", "Thiếu tá", "Chính trị viên Đồn Biên phòng A Vao"),
 P("Hồ Văn Pỏi", "Già làng", "người có uy tín xã Hướng Lập")],
[Q("112 đảng viên", 112, "đảng viên"), Q("54 chi bộ thôn, bản", 54, "chi bộ thôn, bản"), Q("12 xã biên giới", 12, "xã biên giới"),
 Q("2 huyện", 2, "huyện"), Q("7 căn nhà", 7, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("650 suất quà", 650, "suất quà"), Q("hơn 390 triệu đồng", 390000000, "đồng", "over"), Q("4 tàu cá", 4, "tàu cá"),
 Q("23 ngư dân", 23, "ngư dân"), Q("5 hộ", 5, "hộ"), Q("300 triệu đồng", 300000000, "đồng"), Q("2 tổ đoàn kết", 2, "tổ đoàn kết"), Q("26 tàu cá", 26, "tàu cá"), Q("100%", 100, "%")],
[D("Nghị quyết", "33", "NQ/TW", "2018-09-28", "Bộ Chính trị", "Nghị quyết số 33-NQ/TW ngày 28/9/2018"),
 D("Kế hoạch", "64", "KH/TU", "2021-01-15", "Tỉnh ủy", "Kế hoạch số 64-KH/TU ngày 15/01/2021")],
[prov("Quảng Trị"), com("Hướng Lập"), com("Hướng Phùng"), com("Vĩnh Thái")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang", "Toàn cảnh hội nghị giao ban.",
 "Mái ấm biên cương", "Xuân Biên phòng ấm lòng dân bản", "Cồn Cỏ", "Lượt xem: 518"],
["08:15 | 09/04/2021", "quý I năm 2021", "năm 2021", "quý II", "khóa XV", "nhiệm kỳ 2021 - 2026", "Lượt xem: 518"]))

PAGES.append(page("b2656-angiang-bdv-baocao-biengioi-2022", """
Trang thông tin điện tử Ban Dân vận Tỉnh ủy An Giang
Trang chủ | Chuyên đề | Dân vận vùng biên giới
Thứ Sáu, 30/12/2022, 14:10
Kết quả năm 2022: 1.347 tổ tự quản giữ bình yên đường biên An Giang
Theo báo cáo của Ban Dân vận Tỉnh ủy An Giang, năm 2022, công tác dân vận ở 22 xã, phường, thị trấn biên giới của tỉnh tiếp tục có nhiều chuyển biến; các tầng lớp nhân dân tích cực tham gia phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia" theo Chỉ thị số 01/CT-TTg của Thủ tướng Chính phủ.
Bộ đội Biên phòng tặng quà cho đồng bào Khmer xã An Cư. Ảnh: BĐBP
Toàn tuyến biên giới dài gần 100 km hiện có 1.347 tổ tự quản với 26.480 thành viên tham gia tự quản đường biên, mốc quốc giới và an ninh trật tự. Năm 2022, nhân dân đã cung cấp cho lực lượng chức năng 486 nguồn tin có giá trị, giúp phát hiện, bắt giữ 213 vụ buôn lậu, vận chuyển hàng cấm và 57 vụ xuất nhập cảnh trái phép. Các đồn Biên phòng phân công 164 cán bộ, đảng viên phụ trách 1.120 hộ gia đình ở khu vực biên giới; tổ chức 92 buổi tuyên truyền bằng tiếng Khmer, tiếng Chăm cho hơn 7.600 lượt người.
Chương trình "Xuân Biên phòng ấm lòng dân bản" và các hoạt động an sinh đã trao 2.350 phần quà, tổng trị giá trên 1,4 tỷ đồng; xây mới 36 căn nhà "Mái ấm tình thương", mỗi căn từ 50 đến 70 triệu đồng; trao 85 suất học bổng "Nâng bước em tới trường" cho học sinh nghèo. Đồn Biên phòng Vĩnh Xương duy trì mô hình "Con nuôi Đồn Biên phòng" với 18 cháu, hỗ trợ mỗi cháu 1 triệu đồng/tháng.
Tại xã Khánh Bình, đồng chí Chau Sóc Kha, Bí thư Đảng ủy xã, cho biết địa phương đã xây dựng mô hình "Tổ liên gia tự quản biên giới" gắn với 14 tổ dân vận; tỷ lệ hộ nghèo giảm còn 2,8%. Ở xã Nhơn Hội, ông Ha Rôn, người có uy tín ấp Hà Bao 1, tích cực vận động bà con người Chăm không vượt biên trái phép sang làm thuê. Bà Néang Sà Phiên, Phó Chủ tịch Hội LHPN xã An Cư, vận động 120 hội viên mới tham gia tổ tiết kiệm vay vốn.
Theo đánh giá, bên cạnh kết quả đạt được, vẫn còn 9 vụ việc tranh chấp đất đai ở khu vực biên giới chưa được giải quyết dứt điểm; một số tổ tự quản hoạt động chưa đều. Năm 2023, Ban Dân vận Tỉnh ủy sẽ tham mưu Ban Thường vụ Tỉnh ủy sơ kết Kết luận 14, 15-KL/TU về công tác dân vận vùng đồng bào dân tộc thiểu số và về tăng cường vai trò của lực lượng vũ trang trong công tác dân vận ở khu vực biên giới, đồng thời thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ ở các xã biên giới.
Ông Lê Văn Phước, Phó Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: mỗi người dân vùng biên là một "cột mốc sống", mỗi tổ tự quản là một "tai mắt" của Đồn Biên phòng.
Kim Ngân
Số lượt truy cập: 1.856.204
Tin khác
- Tịnh Biên: 200 phần quà cho hộ nghèo biên giới (20/12/2022)
- Đồn Biên phòng Khánh An ra mắt mô hình "Bếp ăn tình thương" (12/12/2022)
- Hội thi "Dân vận khéo" khu vực biên giới (28/11/2022)
""", "2022-12-30", "Kết quả năm 2022: 1.347 tổ tự quản giữ bình yên đường biên An Giang",
E("bao_cao", "2022", None),
[P("Chau Sóc Kha", "Bí thư Đảng ủy xã"),
 P("Ha Rôn", "người có uy tín ấp Hà Bao 1"),
 P("Néang Sà Phiên", "Phó Chủ tịch Hội LHPN xã An Cư"),
 P("Lê Văn Phước", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("22 xã, phường, thị trấn biên giới", 22, "xã, phường, thị trấn biên giới"), Q("gần 100 km", 100, "km", "approx"),
 Q("1.347 tổ tự quản", 1347, "tổ tự quản"), Q("26.480 thành viên", 26480, "thành viên"), Q("486 nguồn tin", 486, "nguồn tin"),
 Q("213 vụ buôn lậu, vận chuyển hàng cấm", 213, "vụ buôn lậu, vận chuyển hàng cấm"),
 Q("57 vụ xuất nhập cảnh trái phép", 57, "vụ xuất nhập cảnh trái phép"), Q("164 cán bộ, đảng viên", 164, "cán bộ, đảng viên"),
 Q("1.120 hộ gia đình", 1120, "hộ gia đình"), Q("92 buổi tuyên truyền", 92, "buổi tuyên truyền"),
 Q("hơn 7.600 lượt người", 7600, "lượt người", "over"), Q("2.350 phần quà", 2350, "phần quà"),
 Q("trên 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("36 căn nhà", 36, "căn nhà"), Q("50 đến 70 triệu đồng", 50000000, "đồng"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("85 suất học bổng", 85, "suất học bổng"), Q("18 cháu", 18, "cháu"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("14 tổ dân vận", 14, "tổ dân vận"), Q("2,8%", 2.8, "%"),
 Q("120 hội viên mới", 120, "hội viên mới"), Q("9 vụ việc tranh chấp đất đai", 9, "vụ việc tranh chấp đất đai")],
[D("Chỉ thị", "01", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 14, 15-KL/TU"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg")],
[prov("An Giang"), com("An Cư"), com("Vĩnh Xương"), com("Khánh Bình"), com("Nhơn Hội")],
["Trang thông tin điện tử Ban Dân vận Tỉnh ủy An Giang", "Trang chủ | Chuyên đề | Dân vận vùng biên giới",
 "Bộ đội Biên phòng tặng quà cho đồng bào Khmer xã An Cư. Ảnh: BĐBP",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "Xuân Biên phòng ấm lòng dân bản",
 "Mái ấm tình thương", "Nâng bước em tới trường", "Con nuôi Đồn Biên phòng", "Tổ liên gia tự quản biên giới",
 "cột mốc sống", "tai mắt", "Số lượt truy cập: 1.856.204"],
["Thứ Sáu, 30/12/2022, 14:10", "năm 2022", "Năm 2023", "ấp Hà Bao 1", "Số lượt truy cập: 1.856.204"]))
