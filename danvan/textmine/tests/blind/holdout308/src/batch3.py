from lib import *
PAGES = []

PAGES.append(page("b7361-bentre-hlhtn-tongket-2022", """
BÁO ĐỒNG KHỞI ONLINE
Trang chủ >> Chính trị >> Đoàn thể
Thứ Ba, 27/12/2022 - 08:30
Toàn cảnh hội nghị.
Hơn 1.200 thanh niên được hỗ trợ khởi nghiệp
Ngày 26/12, Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Bến Tre tổ chức hội nghị tổng kết công tác Hội và phong trào thanh niên năm 2022, triển khai nhiệm vụ năm 2023. Dự hội nghị có đồng chí Huỳnh Thanh Lợi, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2022, các cấp Hội đã tập trung thực hiện Chương trình hành động số 09-CTr/TU của Tỉnh ủy về phát triển kinh tế số và Kế hoạch số 45-KH/HLHTN của Ủy ban Hội về hỗ trợ thanh niên khởi nghiệp, lập nghiệp. Toàn tỉnh đã hỗ trợ hơn 1.200 thanh niên khởi nghiệp, thành lập mới 17 hợp tác xã, tổ hợp tác thanh niên, nâng tổng số lên 85 mô hình kinh tế tập thể do thanh niên làm chủ.
Nổi bật là chương trình "Mỗi tuần một phiên livestream nông sản" được duy trì đều đặn với 52 phiên, tiêu thụ hơn 180 tấn dừa, bưởi da xanh, chôm chôm, kẹo dừa, doanh thu khoảng 6,4 tỷ đồng. Nhiều nhóm thanh niên ở Chợ Lách, Mỏ Cày Nam đã xây dựng được kênh TikTok riêng với hàng chục nghìn lượt theo dõi. Toàn tỉnh có 2.340 đoàn viên được tập huấn kỹ năng số; 100% cơ sở Hội cấp xã có nhóm Zalo kết nối tiêu thụ nông sản.
Tại hội nghị, anh Võ Văn Tài, Chủ nhiệm Hợp tác xã dừa hữu cơ thanh niên Thành Thới B, xã Thành Thới B, chia sẻ: nhờ livestream, hợp tác xã bán được 350.000 trái dừa uống nước, giá cao hơn thị trường 10%. Chị Trần Thị Kim Ngân, Phó Chủ tịch Hội LHTN huyện Chợ Lách, nêu khó khăn về vốn và mặt bằng đóng gói; đề nghị tỉnh hỗ trợ xây dựng kho lạnh dùng chung cho các hợp tác xã thanh niên.
Báo cáo do anh Nguyễn Minh Khoa, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh, trình bày cũng chỉ ra hạn chế: chất lượng các phiên livestream chưa đồng đều, một số mô hình hoạt động cầm chừng sau khi hết hỗ trợ; việc phát triển hội viên ở khu vực nông thôn còn khó do thanh niên đi làm ăn xa.
Phát biểu chỉ đạo, đồng chí Huỳnh Thanh Lợi biểu dương những kết quả nổi bật, đề nghị năm 2023 các cấp Hội gắn hỗ trợ khởi nghiệp với Chương trình Mỗi xã một sản phẩm (OCOP), thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư; phấn đấu hỗ trợ ít nhất 1.500 thanh niên khởi nghiệp và 30 sản phẩm của thanh niên đạt chuẩn OCOP.
Dịp này, Ủy ban Hội LHTN Việt Nam tỉnh tặng bằng khen cho 15 tập thể và 28 cá nhân tiêu biểu; tuyên dương 10 gương thanh niên khởi nghiệp tiêu biểu năm 2022.
Kim Ngân - Hữu Hiệp
TIN CÙNG CHUYÊN MỤC
- Tỉnh đoàn sơ kết 5 năm thực hiện Đề án khởi nghiệp (20/12/2022)
- Ba Tri: livestream bán 5 tấn bưởi giúp nông dân (10/12/2022)
- Thanh niên Giồng Trôm làm giàu từ kẹo dừa (28/11/2022)
""", "2022-12-27", "Hơn 1.200 thanh niên được hỗ trợ khởi nghiệp",
E("tong_ket", "2022", "2022-12-26"),
[P("Huỳnh Thanh Lợi", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Văn Tài", "Chủ nhiệm Hợp tác xã dừa hữu cơ thanh niên Thành Thới B"),
 P("Trần Thị Kim Ngân", "Phó Chủ tịch Hội LHTN huyện Chợ Lách"),
 P("Nguyễn Minh Khoa", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội Liên hiệp Thanh niên Việt Nam tỉnh")],
[Q("hơn 1.200 thanh niên khởi nghiệp", 1200, "thanh niên", "over"),
 Q("17 hợp tác xã, tổ hợp tác thanh niên", 17, "hợp tác xã, tổ hợp tác thanh niên"),
 Q("85 mô hình kinh tế tập thể", 85, "mô hình kinh tế tập thể"), Q("52 phiên", 52, "phiên"),
 Q("hơn 180 tấn", 180, "tấn", "over"), Q("khoảng 6,4 tỷ đồng", 6400000000, "đồng", "approx"),
 Q("2.340 đoàn viên", 2340, "đoàn viên"), Q("100%", 100, "%"), Q("350.000 trái dừa uống nước", 350000, "trái dừa uống nước"),
 Q("10%", 10, "%"), Q("ít nhất 1.500 thanh niên khởi nghiệp", 1500, "thanh niên", "over"),
 Q("30 sản phẩm", 30, "sản phẩm"), Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân tiêu biểu", 28, "cá nhân tiêu biểu"),
 Q("10 gương thanh niên khởi nghiệp tiêu biểu", 10, "gương thanh niên khởi nghiệp tiêu biểu")],
[D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Kế hoạch", "45", "KH/HLHTN", None, "Ủy ban Hội", "Kế hoạch số 45-KH/HLHTN"),
 D("Nghị quyết", "52", "NQ/TW", "2019-09-27", "Bộ Chính trị", "Nghị quyết số 52-NQ/TW ngày 27/9/2019")],
[prov("Bến Tre"), com("Thành Thới B")],
["BÁO ĐỒNG KHỞI ONLINE", "Trang chủ >> Chính trị >> Đoàn thể", "Toàn cảnh hội nghị.", "Mỗi tuần một phiên livestream nông sản",
 "Hợp tác xã dừa hữu cơ thanh niên Thành Thới B", "Chương trình Mỗi xã một sản phẩm (OCOP)", "TikTok", "Zalo"],
["Thứ Ba, 27/12/2022 - 08:30", "năm 2022", "năm 2023", "hàng chục nghìn", "lần thứ tư"]))

PAGES.append(page("b7362-soctrang-thietbi-traoqua-2022", """
Báo Sóc Trăng
Xã hội | Thanh niên
Ngày 18/08/2022 - 14:25
Trao 40 bộ thiết bị livestream cho thanh niên khởi nghiệp vùng đồng bào Khmer
Chiều 17/8, tại Nhà văn hóa xã Viên Bình, huyện Trần Đề, Tỉnh đoàn Sóc Trăng phối hợp với Công ty cổ phần Viễn thông số Mekong tổ chức trao 40 bộ thiết bị livestream và 40 điện thoại thông minh cho thanh niên khởi nghiệp, chủ yếu là thanh niên đồng bào Khmer.
Các bạn trẻ nhận thiết bị livestream. Ảnh: Thạch Sang
Mỗi phần quà gồm điện thoại, giá đỡ, đèn, micro thu âm trị giá 6 triệu đồng; tổng giá trị 240 triệu đồng. Trước khi nhận quà, các bạn trẻ đã tham gia buổi hướng dẫn dựng kênh bán hàng, quay video ngắn giới thiệu sản phẩm hành tím, gạo ST25, bánh pía, mắm bò hóc.
Dự lễ trao có ông Lâm Hoàng Nghiệp, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Thạch Sô Phol, Phó Trưởng ban Ban Dân tộc tỉnh; chị Lý Thị Ngọc Hân, Phó Bí thư Tỉnh đoàn; các đồng chí Phó Bí thư Huyện đoàn Trần Đề: Sơn Thanh Tùng, Trương Quốc Huy, Lâm Thị Sà Phone.
Anh Thạch Ngọc Sơn (29 tuổi, ấp Bưng Tróp, xã Tài Văn) trồng 1,5 ha hành tím, cho biết vụ trước anh thử livestream bằng điện thoại cũ, mỗi phiên chỉ bán được vài chục ký vì hình ảnh mờ, mất sóng. "Có thiết bị mới, tôi sẽ livestream ngay tại ruộng để khách thấy hành mình sạch", anh nói. Chị Kim Thị Sô Phia ở xã Vĩnh Hải, Chủ nhiệm Tổ hợp tác phụ nữ làm mắm, dự định bán mắm bò hóc qua kênh TikTok cho khách ở TP Hồ Chí Minh.
Theo Tỉnh đoàn, từ đầu năm đến nay, Tỉnh đoàn đã thực hiện Kế hoạch số 88-KH/TĐTN ngày 10/3/2022 về "Thanh niên Sóc Trăng chuyển đổi số", tập huấn kỹ năng bán hàng trực tuyến cho 650 đoàn viên, hỗ trợ 46 mô hình đưa sản phẩm lên sàn thương mại điện tử. Toàn tỉnh có khoảng 30% thanh niên khởi nghiệp đã bán hàng qua mạng xã hội.
Phát biểu tại buổi trao quà, ông Lâm Hoàng Nghiệp đề nghị các bạn trẻ sử dụng thiết bị hiệu quả, chia sẻ kỹ năng cho thanh niên trong phum, sóc; Tỉnh đoàn tiếp tục phối hợp với Ban Dân vận Tỉnh ủy thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, ưu tiên hỗ trợ thanh niên Khmer tiêu thụ nông sản.
Đại diện doanh nghiệp, ông Nguyễn Văn Lực, Giám đốc chi nhánh Sóc Trăng của công ty, cam kết hỗ trợ miễn phí đường truyền 4G trong 12 tháng cho các bạn trẻ nhận thiết bị.
Ngọc Thúy
Tin khác
- Vĩnh Châu: ra mắt Câu lạc bộ thanh niên khởi nghiệp (05/08/2022)
- Tuổi trẻ Sóc Trăng tiếp sức mùa thi (22/07/2022)
- Thanh niên Khmer làm giàu từ nuôi tôm (12/07/2022)
""", "2022-08-18", "Trao 40 bộ thiết bị livestream cho thanh niên khởi nghiệp vùng đồng bào Khmer",
E("trao_qua", None, "2022-08-17"),
[P("Lâm Hoàng Nghiệp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phol", "Phó Trưởng ban Ban Dân tộc tỉnh"),
 P("Lý Thị Ngọc Hân", "Phó Bí thư Tỉnh đoàn"),
 P("Sơn Thanh Tùng", "Phó Bí thư Huyện đoàn Trần Đề"),
 P("Trương Quốc Huy", "Phó Bí thư Huyện đoàn Trần Đề"),
 P("Lâm Thị Sà Phone", "Phó Bí thư Huyện đoàn Trần Đề"),
 P("Thạch Ngọc Sơn"),
 P("Kim Thị Sô Phia", "Chủ nhiệm Tổ hợp tác phụ nữ làm mắm"),
 P("Nguyễn Văn Lực", "Giám đốc chi nhánh Sóc Trăng của công ty")],
[Q("40 bộ thiết bị livestream", 40, "bộ thiết bị livestream"), Q("40 điện thoại thông minh", 40, "điện thoại thông minh"),
 Q("6 triệu đồng", 6000000, "đồng"), Q("240 triệu đồng", 240000000, "đồng"), Q("1,5 ha", 1.5, "ha"),
 Q("650 đoàn viên", 650, "đoàn viên"), Q("46 mô hình", 46, "mô hình"), Q("khoảng 30%", 30, "%", "approx")],
[D("Kế hoạch", "88", "KH/TĐTN", "2022-03-10", "Tỉnh đoàn", "Kế hoạch số 88-KH/TĐTN ngày 10/3/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("Sóc Trăng"), prov("Hồ Chí Minh"), com("Viên Bình"), com("Tài Văn"), com("Vĩnh Hải")],
["Báo Sóc Trăng", "Xã hội | Thanh niên", "Các bạn trẻ nhận thiết bị livestream. Ảnh: Thạch Sang", "Công ty cổ phần Viễn thông số Mekong",
 "Thanh niên Sóc Trăng chuyển đổi số", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Nhà văn hóa xã Viên Bình", "gạo ST25", "TikTok"],
["Ngày 18/08/2022 - 14:25", "29 tuổi", "12 tháng", "4G", "ST25", "vài chục ký"]))

PAGES.append(page("b7363-sonla-livestream-taphuan-2023", """
Báo Sơn La điện tử
Trang chủ › Kinh tế › Nông nghiệp
2023-05-19 16:20
Tập huấn livestream bán xoài, mận cho thanh niên vùng cao
Ngày 17 và 18/5, Tỉnh đoàn Sơn La phối hợp với Sở Công Thương và một sàn thương mại điện tử tổ chức lớp tập huấn "Kỹ năng livestream bán nông sản" năm 2023 cho thanh niên các huyện Mộc Châu, Yên Châu, Mai Sơn, Vân Hồ.
Giảng viên hướng dẫn học viên thực hành livestream tại vườn mận.
Tham gia lớp học có 120 học viên là đoàn viên, thanh niên, chủ hộ kinh doanh, thành viên hợp tác xã người Thái, Mông, Mường, Dao. Ngoài lý thuyết, các học viên được chia thành 12 nhóm, trực tiếp livestream tại các vườn mận hậu, xoài tròn Yên Châu đang vào vụ. Sau hai buổi thực hành, các nhóm đã bán được khoảng 3,5 tấn mận và 1,2 tấn xoài, thu về hơn 95 triệu đồng.
Anh Lò Văn Thương, Phó Bí thư Đoàn xã Chiềng Pằn, cho biết năm 2022 anh đã cùng 9 đoàn viên lập nhóm "Nông sản Chiềng Pằn" trên Facebook, nhưng lượng khách chưa nhiều. "Lần này được học cách lên kịch bản, chọn khung giờ, chạy quảng cáo, chúng tôi tự tin hơn", anh nói. Còn chị Sồng Thị Dợ, thành viên Hợp tác xã mận Nà Ka ở xã Mường Sang, lần đầu livestream đã chốt được 47 đơn hàng.
Theo chị Cầm Thị Phương, Phó Bí thư Thường trực Tỉnh đoàn, lớp tập huấn thực hiện Nghị quyết số 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số và Kế hoạch số 215-KH/TĐTN ngày 3/3/2023 của Ban Thường vụ Tỉnh đoàn. Năm 2023, Tỉnh đoàn đặt mục tiêu mỗi huyện, thành đoàn có ít nhất 2 "tổ livestream thanh niên", hỗ trợ tiêu thụ 500 tấn nông sản qua kênh trực tuyến.
Ông Quàng Văn Bình, Phó Giám đốc Sở Công Thương, thông tin: vụ xoài, mận năm 2023 toàn tỉnh dự kiến đạt gần 180.000 tấn, trong đó sản lượng tiêu thụ qua thương mại điện tử năm 2022 mới chiếm khoảng 3%. Sở sẽ phối hợp với Tỉnh đoàn tổ chức "Tuần lễ nông sản Sơn La trên sàn thương mại điện tử" vào tháng 6.
Nhiều học viên kiến nghị cần có chính sách hỗ trợ chi phí vận chuyển, hộp đóng gói chuyên dụng cho trái cây tươi, bởi mận chín rất nhanh hỏng nếu giao hàng xa. Một số bạn trẻ ở vùng cao cho biết điểm giao nhận hàng của các đơn vị vận chuyển còn cách bản hàng chục cây số.
Đại diện sàn thương mại điện tử cho biết sẽ mở gian hàng miễn phí phí sàn trong ba tháng đầu cho các hợp tác xã có học viên tham gia lớp học, đồng thời cử nhân viên hướng dẫn trực tuyến khi các bạn gặp khó khăn trong quá trình vận hành gian hàng.
Bế mạc lớp học, Ban tổ chức trao giấy chứng nhận cho 114 học viên và tặng 10 bộ đèn, giá đỡ livestream cho các nhóm có kết quả bán hàng tốt nhất.
Quỳnh Anh
Tin liên quan
- Mộc Châu: thanh niên khởi nghiệp từ chè, cà phê (10/05/2023)
- Tỉnh đoàn ra mắt "Góc nông sản thanh niên" (26/04/2023)
- Đại hội Đoàn xã Chiềng Hặc nhiệm kỳ 2022 - 2027 (14/04/2023)
""", "2023-05-19", "Tập huấn livestream bán xoài, mận cho thanh niên vùng cao",
E("tap_huan", "2023", "2023-05-17"),
[P("Lò Văn Thương", "Phó Bí thư Đoàn xã Chiềng Pằn"),
 P("Sồng Thị Dợ", "thành viên Hợp tác xã mận Nà Ka"),
 P("Cầm Thị Phương", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Quàng Văn Bình", "Phó Giám đốc Sở Công Thương")],
[Q("120 học viên", 120, "học viên"), Q("12 nhóm", 12, "nhóm"), Q("khoảng 3,5 tấn", 3.5, "tấn", "approx"),
 Q("1,2 tấn", 1.2, "tấn"), Q("hơn 95 triệu đồng", 95000000, "đồng", "over"), Q("9 đoàn viên", 9, "đoàn viên"),
 Q("47 đơn hàng", 47, "đơn hàng"), Q("ít nhất 2", 2, "tổ livestream thanh niên", "over"), Q("500 tấn", 500, "tấn"),
 Q("gần 180.000 tấn", 180000, "tấn", "approx"), Q("khoảng 3%", 3, "%", "approx"), Q("114 học viên", 114, "học viên"),
 Q("10 bộ đèn, giá đỡ livestream", 10, "bộ đèn, giá đỡ livestream")],
[D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 10-NQ/TU"),
 D("Kế hoạch", "215", "KH/TĐTN", "2023-03-03", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN ngày 3/3/2023")],
[prov("Sơn La"), com("Chiềng Pằn"), com("Mường Sang")],
["Báo Sơn La điện tử", "Trang chủ › Kinh tế › Nông nghiệp", "Giảng viên hướng dẫn học viên thực hành livestream tại vườn mận.",
 "Kỹ năng livestream bán nông sản", "Nông sản Chiềng Pằn", "Hợp tác xã mận Nà Ka", "tổ livestream thanh niên",
 "Tuần lễ nông sản Sơn La trên sàn thương mại điện tử"],
["2023-05-19 16:20", "năm 2023", "năm 2022", "hai buổi", "tháng 6", "hàng chục cây số"]))

PAGES.append(page("b7364-hagiang-tinhdoan-giaoban-2023", """
HÀ GIANG ĐIỆN TỬ
Vị trí: Trang chủ - Xã hội - Thanh niên
Thứ Sáu, 06/10/2023
Giao ban công tác Đoàn tháng 9: đẩy mạnh livestream bán cam sành, chè Shan tuyết
BHG - Sáng 5/10, Ban Thường vụ Tỉnh đoàn Hà Giang tổ chức giao ban công tác Đoàn và phong trào thanh thiếu nhi tháng 9/2023, triển khai nhiệm vụ tháng 10. Đồng chí Vàng Thị Dung, Bí thư Tỉnh đoàn, chủ trì giao ban; dự có các đồng chí Phó Bí thư Tỉnh đoàn: Hoàng Văn Long, Lý Thị Huệ và bí thư 11 huyện, thành đoàn.
Quang cảnh buổi giao ban.
Trong tháng 9, các cấp bộ Đoàn đã tổ chức 18 phiên livestream giới thiệu, bán cam sành Bắc Quang, chè Shan tuyết Hoàng Su Phì, mật ong bạc hà, tiêu thụ khoảng 42 tấn nông sản. Tỉnh đoàn hướng dẫn các cơ sở thực hiện Hướng dẫn số 08-HD/TĐTN về xây dựng "Đội hình thanh niên hỗ trợ chuyển đổi số" ở 193 xã, phường, thị trấn; đã có 1.050 đoàn viên tham gia tổ công nghệ số cộng đồng.
Về hỗ trợ thanh niên khởi nghiệp, tháng 9 Tỉnh đoàn phối hợp với Ngân hàng Chính sách xã hội giải ngân 3,2 tỷ đồng cho 41 thanh niên vay vốn; 5 sản phẩm của thanh niên được công nhận OCOP 3 sao. Anh Giàng Mí Sính, Bí thư Đoàn xã Lũng Cú, báo cáo mô hình homestay kết hợp bán sản vật của 6 đoàn viên người Mông đã đón gần 700 lượt khách trong dịp nghỉ lễ 2/9.
Đồng chí Đặng Văn Quyết, Bí thư Huyện đoàn Hoàng Su Phì, kiến nghị Tỉnh đoàn kết nối các nhà vườn chè với những kênh bán hàng lớn vì mùa chè thu sắp tới sản lượng tăng; đồng chí Nông Thị Hạnh, Bí thư Huyện đoàn Bắc Quang, cho biết huyện chuẩn bị "Ngày hội livestream cam sành" với 30 gian hàng của thanh niên vào đầu tháng 11.
Giao ban cũng chỉ ra một số tồn tại: việc triển khai Kế hoạch số 156-KH/TĐTN ngày 15/6/2023 của Ban Thường vụ Tỉnh đoàn về hỗ trợ thanh niên khởi nghiệp ở một số huyện còn chậm; số liệu báo cáo chưa thống nhất; nhiều phiên livestream chưa có kịch bản, thời lượng ngắn, lượng người xem thấp.
Nhiều ý kiến tại giao ban cho rằng cần có cơ chế khen thưởng kịp thời cho những chi đoàn làm tốt việc hỗ trợ bà con tiêu thụ nông sản, đồng thời chia sẻ kinh nghiệm giữa các huyện vùng cao núi đá và các huyện vùng thấp.
Kết luận giao ban, đồng chí Vàng Thị Dung yêu cầu tháng 10 các đơn vị tập trung tổ chức các hoạt động chào mừng Đại hội Hội LHTN Việt Nam các cấp; hoàn thành khảo sát nhu cầu vốn của thanh niên; mỗi huyện, thành đoàn tổ chức ít nhất 2 phiên livestream nông sản; phối hợp với Hội Nông dân tỉnh hỗ trợ nông dân tiêu thụ cam vụ mới, không để xảy ra tình trạng ùn ứ, "giải cứu".
Minh Thu
Bài viết liên quan
- Bắc Quang: hơn 100 thanh niên tham gia tập huấn bán hàng trực tuyến (26/09/2023)
- Đồng Văn: thanh niên Mông khởi nghiệp du lịch cộng đồng (14/09/2023)
- Giao ban công tác Đoàn tháng 8/2023 (07/09/2023)
""", "2023-10-06", "Giao ban công tác Đoàn tháng 9: đẩy mạnh livestream bán cam sành, chè Shan tuyết",
E("giao_ban", "2023-09", "2023-10-05"),
[P("Vàng Thị Dung", "Bí thư Tỉnh đoàn"),
 P("Hoàng Văn Long", "Phó Bí thư Tỉnh đoàn"), P("Lý Thị Huệ", "Phó Bí thư Tỉnh đoàn"),
 P("Giàng Mí Sính", "Bí thư Đoàn xã Lũng Cú"),
 P("Đặng Văn Quyết", "Bí thư Huyện đoàn Hoàng Su Phì"),
 P("Nông Thị Hạnh", "Bí thư Huyện đoàn Bắc Quang")],
[Q("11 huyện, thành đoàn", 11, "huyện, thành đoàn"), Q("18 phiên livestream", 18, "phiên livestream"),
 Q("khoảng 42 tấn", 42, "tấn", "approx"), Q("193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"),
 Q("1.050 đoàn viên", 1050, "đoàn viên"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("41 thanh niên", 41, "thanh niên"),
 Q("5 sản phẩm", 5, "sản phẩm"), Q("6 đoàn viên người Mông", 6, "đoàn viên người Mông"),
 Q("gần 700 lượt khách", 700, "lượt khách", "approx"), Q("30 gian hàng", 30, "gian hàng"),
 Q("ít nhất 2 phiên livestream nông sản", 2, "phiên livestream nông sản", "over")],
[D("Hướng dẫn", "08", "HD/TĐTN", None, None, "Hướng dẫn số 08-HD/TĐTN"),
 D("Kế hoạch", "156", "KH/TĐTN", "2023-06-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 156-KH/TĐTN ngày 15/6/2023")],
[prov("Hà Giang"), com("Lũng Cú")],
["HÀ GIANG ĐIỆN TỬ", "Vị trí: Trang chủ - Xã hội - Thanh niên", "Quang cảnh buổi giao ban.", "BHG",
 "Đội hình thanh niên hỗ trợ chuyển đổi số", "Ngày hội livestream cam sành", "cam sành Bắc Quang"],
["Thứ Sáu, 06/10/2023", "tháng 9/2023", "tháng 10", "3 sao", "2/9", "tháng 11"]))

PAGES.append(page("b7365-kiengiang-doithoai-2024", """
Báo Kiên Giang - Cơ quan của Đảng bộ tỉnh Kiên Giang
Chính trị | Xã hội | Thanh niên
Thứ Sáu, 12/04/2024, 07:45
Thanh niên khởi nghiệp kiến nghị gỡ khó về vốn, mặt bằng, bán hàng trực tuyến
Ngày 11/4, UBND tỉnh Kiên Giang tổ chức Hội nghị đối thoại giữa lãnh đạo UBND tỉnh với thanh niên năm 2024, chủ đề "Thanh niên khởi nghiệp, chuyển đổi số trong nông nghiệp". Ông Lâm Minh Thành, Phó Chủ tịch UBND tỉnh, chủ trì đối thoại.
Phó Chủ tịch UBND tỉnh Lâm Minh Thành trả lời ý kiến của thanh niên.
Tham dự đối thoại có hơn 300 đoàn viên, thanh niên tiêu biểu, chủ doanh nghiệp trẻ, chủ hợp tác xã và đại diện các sở, ngành. Trước đối thoại, Tỉnh đoàn đã tổng hợp 54 câu hỏi, kiến nghị gửi đến các cơ quan chức năng.
Mở đầu, chị Danh Thị Sa Vy, Bí thư Đoàn xã Vĩnh Phong, hỏi về chính sách hỗ trợ vốn cho thanh niên người Khmer trồng lúa - nuôi tôm theo mô hình hữu cơ. Anh Trần Quốc Bảo, chủ cơ sở sản xuất nước mắm ở thành phố Phú Quốc, kiến nghị tỉnh hỗ trợ chứng nhận chỉ dẫn địa lý cho các cơ sở nhỏ và đào tạo livestream bằng tiếng Anh để bán cho khách du lịch. Anh Lê Thanh Tâm, Giám đốc Hợp tác xã khóm Tắc Cậu, xã Bình An, cho biết mỗi ngày hợp tác xã bán được 2.000 - 3.000 trái khóm qua livestream nhưng phí sàn và phí vận chuyển chiếm tới 25% giá bán.
Trả lời các ý kiến, ông Lâm Minh Thành cho biết tỉnh đang triển khai Kế hoạch số 142/KH-UBND ngày 26/6/2023 về phát triển kinh tế số và Quyết định số 1462/QĐ-UBND của UBND tỉnh về Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2023 - 2025. Theo đó, mỗi dự án khởi nghiệp của thanh niên được hỗ trợ tối đa 200 triệu đồng cho hoạt động ươm tạo, xây dựng thương hiệu, quảng bá sản phẩm.
Đại diện Ngân hàng Chính sách xã hội chi nhánh tỉnh thông tin, thực hiện Nghị định số 74/2019/NĐ-CP của Chính phủ, thanh niên có thể vay tối đa 100 triệu đồng từ Quỹ quốc gia về việc làm mà không cần tài sản bảo đảm. Năm 2023, chi nhánh đã cho 1.860 lao động trẻ vay với tổng số tiền 88 tỷ đồng.
Bà Hà Thị Thanh Trúc, Giám đốc Sở Công Thương, cho biết năm 2024 Sở phối hợp Tỉnh đoàn mở 10 lớp kỹ năng bán hàng trực tuyến; hỗ trợ miễn phí 50 cơ sở của thanh niên đưa sản phẩm lên sàn thương mại điện tử.
Kết luận, ông Lâm Minh Thành giao Tỉnh đoàn phối hợp các sở, ngành trả lời bằng văn bản 19 kiến nghị chưa được giải đáp tại hội nghị; đề nghị các địa phương dành quỹ đất, mặt bằng cho thanh niên làm điểm trưng bày, đóng gói nông sản. Phát biểu bế mạc, anh Nguyễn Hữu Phước, Bí thư Tỉnh đoàn, cam kết tiếp tục làm cầu nối để thanh niên tiếp cận chính sách.
Hồng Thúy
Tin cùng chuyên mục
- Tỉnh đoàn ra mắt Câu lạc bộ thanh niên khởi nghiệp (30/03/2024)
- 12 dự án vào vòng chung kết Cuộc thi khởi nghiệp (20/03/2024)
- Thanh niên U Minh Thượng làm giàu từ mật ong rừng (05/03/2024)
""", "2024-04-12", "Thanh niên khởi nghiệp kiến nghị gỡ khó về vốn, mặt bằng, bán hàng trực tuyến",
E("doi_thoai", "2024", "2024-04-11"),
[P("Lâm Minh Thành", "Phó Chủ tịch UBND tỉnh"),
 P("Danh Thị Sa Vy", "Bí thư Đoàn xã Vĩnh Phong"),
 P("Trần Quốc Bảo", "chủ cơ sở sản xuất nước mắm"),
 P("Lê Thanh Tâm", "Giám đốc Hợp tác xã khóm Tắc Cậu"),
 P("Hà Thị Thanh Trúc", "Giám đốc Sở Công Thương"),
 P("Nguyễn Hữu Phước", "Bí thư Tỉnh đoàn")],
[Q("hơn 300 đoàn viên, thanh niên tiêu biểu", 300, "đoàn viên, thanh niên tiêu biểu", "over"),
 Q("54 câu hỏi, kiến nghị", 54, "câu hỏi, kiến nghị"), Q("2.000 - 3.000 trái khóm", 2000, "trái khóm", "approx"),
 Q("25%", 25, "%"), Q("tối đa 200 triệu đồng", 200000000, "đồng"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("1.860 lao động trẻ", 1860, "lao động trẻ"), Q("88 tỷ đồng", 88000000000, "đồng"), Q("10 lớp", 10, "lớp"),
 Q("50 cơ sở", 50, "cơ sở"), Q("19 kiến nghị", 19, "kiến nghị")],
[D("Kế hoạch", "142", "KH-UBND", "2023-06-26", None, "Kế hoạch số 142/KH-UBND ngày 26/6/2023"),
 D("Quyết định", "1462", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1462/QĐ-UBND"),
 D("Nghị định", "74", "2019/NĐ-CP", None, "Chính phủ", "Nghị định số 74/2019/NĐ-CP")],
[prov("Kiên Giang"), com("Vĩnh Phong"), com("Bình An")],
["Báo Kiên Giang - Cơ quan của Đảng bộ tỉnh Kiên Giang", "Chính trị | Xã hội | Thanh niên",
 "Phó Chủ tịch UBND tỉnh Lâm Minh Thành trả lời ý kiến của thanh niên.", "Thanh niên khởi nghiệp, chuyển đổi số trong nông nghiệp",
 "Hợp tác xã khóm Tắc Cậu", "Quỹ quốc gia về việc làm", "Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo giai đoạn 2023 - 2025"],
["Thứ Sáu, 12/04/2024, 07:45", "năm 2024", "Năm 2023", "2023 - 2025"]))

PAGES.append(page("b7366-haiduong-tinhdoan-soket-2024", """
BÁO HẢI DƯƠNG
Thời sự › Chính trị › Đoàn thể
10/07/2024 | 18:10
Tuổi trẻ Hải Dương livestream bán hơn 300 tấn vải thiều
Đồng chí Phạm Thị Thu Trang, Bí thư Tỉnh đoàn phát biểu kết luận.
Sáng 9/7, Tỉnh đoàn Hải Dương tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Phạm Thị Thu Trang, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, chủ trì hội nghị.
Điểm nhấn nổi bật 6 tháng đầu năm 2024 là hoạt động hỗ trợ tiêu thụ vải thiều Thanh Hà, vải sớm Phú Hộ. Trong mùa vải, Tỉnh đoàn phối hợp với Sở Công Thương, Sở Nông nghiệp và Phát triển nông thôn tổ chức 36 phiên livestream trên TikTok, Facebook và sàn Shopee, bán được hơn 300 tấn vải, doanh thu trên 9 tỷ đồng. Phiên livestream cao điểm ngày 12/6 có gần 1,5 triệu lượt xem, chốt khoảng 26.000 đơn hàng.
Theo báo cáo do đồng chí Vũ Đức Hiếu, Phó Bí thư Tỉnh đoàn, trình bày, thực hiện Kế hoạch số 298-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về "Thanh niên Hải Dương tiên phong chuyển đổi số", các cơ sở Đoàn đã thành lập 24 "Tổ livestream thanh niên" ở cấp xã với 190 đoàn viên nòng cốt. Nhiều bạn trẻ như anh Nguyễn Văn Đông, Bí thư Đoàn xã Thanh Xá, đã trở thành "người bán hàng" quen thuộc của các nhà vườn: năm nay anh giúp 45 hộ bán gần 40 tấn vải.
Trong 6 tháng, Tỉnh đoàn cũng hỗ trợ 68 thanh niên vay vốn khởi nghiệp với tổng số tiền 5,6 tỷ đồng; tổ chức 3 diễn đàn khởi nghiệp cho khoảng 650 đoàn viên; tư vấn, giới thiệu việc làm cho 1.340 lượt thanh niên.
Tại hội nghị, chị Trần Thị Hằng, Phó Bí thư Huyện đoàn Thanh Hà, nêu khó khăn khi hàng trăm đơn hàng bị hoàn do vải dập; đồng chí Lê Văn Khánh, Bí thư Đoàn phường Hải Tân, đề nghị tập huấn thêm kỹ năng quay dựng video ngắn.
Kết luận hội nghị, đồng chí Phạm Thị Thu Trang ghi nhận cách làm sáng tạo của các cơ sở, yêu cầu 6 tháng cuối năm các đơn vị tiếp tục thực hiện Chỉ thị số 14-CT/TU ngày 20/2/2024 của Ban Thường vụ Tỉnh ủy về đẩy mạnh chuyển đổi số; chuẩn bị livestream hỗ trợ tiêu thụ cà rốt, hành tỏi Kinh Môn vào cuối năm; hướng dẫn thanh niên thực hiện Nghị định số 85/2021/NĐ-CP của Chính phủ về thương mại điện tử, chú ý bảo vệ quyền lợi người tiêu dùng, tránh bán hàng kém chất lượng làm mất uy tín nông sản địa phương.
Dịp này, Ban Thường vụ Tỉnh đoàn khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc trong hỗ trợ tiêu thụ vải thiều năm 2024.
Thùy Dương
Các tin khác
- Hội LHTN tỉnh tổ chức Ngày hội thanh niên khởi nghiệp (28/06/2024)
- Ninh Giang: ra mắt mô hình "Chợ nông sản thanh niên" (15/06/2024)
- Tỉnh đoàn tập huấn kỹ năng số cho cán bộ Đoàn (03/05/2024)
""", "2024-07-10", "Tuổi trẻ Hải Dương livestream bán hơn 300 tấn vải thiều",
E("so_ket", "2024-H1", "2024-07-09"),
[P("Phạm Thị Thu Trang", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Vũ Đức Hiếu", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Văn Đông", "Bí thư Đoàn xã Thanh Xá"),
 P("Trần Thị Hằng", "Phó Bí thư Huyện đoàn Thanh Hà"),
 P("Lê Văn Khánh", "Bí thư Đoàn phường Hải Tân")],
[Q("hơn 300 tấn", 300, "tấn", "over"), Q("36 phiên livestream", 36, "phiên livestream"),
 Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("gần 1,5 triệu lượt xem", 1500000, "lượt xem", "approx"),
 Q("khoảng 26.000 đơn hàng", 26000, "đơn hàng", "approx"), Q("24", 24, "Tổ livestream thanh niên"),
 Q("190 đoàn viên nòng cốt", 190, "đoàn viên nòng cốt"), Q("45 hộ", 45, "hộ"), Q("gần 40 tấn", 40, "tấn", "approx"),
 Q("68 thanh niên", 68, "thanh niên"), Q("5,6 tỷ đồng", 5600000000, "đồng"), Q("3 diễn đàn khởi nghiệp", 3, "diễn đàn khởi nghiệp"),
 Q("khoảng 650 đoàn viên", 650, "đoàn viên", "approx"), Q("1.340 lượt thanh niên", 1340, "lượt thanh niên"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "298", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 298-KH/TĐTN"),
 D("Chỉ thị", "14", "CT/TU", "2024-02-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU ngày 20/2/2024"),
 D("Nghị định", "85", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 85/2021/NĐ-CP")],
[prov("Hải Dương"), com("Thanh Xá"), com("Hải Tân")],
["BÁO HẢI DƯƠNG", "Thời sự › Chính trị › Đoàn thể", "Đồng chí Phạm Thị Thu Trang, Bí thư Tỉnh đoàn phát biểu kết luận.",
 "Thanh niên Hải Dương tiên phong chuyển đổi số", "Tổ livestream thanh niên", "vải thiều Thanh Hà", "Shopee", "TikTok"],
["10/07/2024 | 18:10", "6 tháng đầu năm 2024", "6 tháng cuối năm", "12/6", "năm 2024", "hàng trăm"]))
