from lib import *
PAGES = []

PAGES.append(page("b2993-longan-ngaybaucu-2021", """
BÁO LONG AN ONLINE
Thời sự | Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp
Thứ Hai, 24/05/2021 - 06:30
Long An: 99,46% cử tri đi bầu cử
Cử tri ấp 3, xã Mỹ Yên bỏ phiếu. Ảnh: Ngọc Mẫn
Ngày 23/5, cử tri tỉnh Long An đã nô nức đi bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 trong điều kiện thực hiện nghiêm các biện pháp phòng, chống dịch Covid-19.
Theo báo cáo nhanh của Ủy ban bầu cử tỉnh lúc 19 giờ, toàn tỉnh có 1.213.478 cử tri, đã có 1.206.952 cử tri đi bầu, đạt 99,46%. Tất cả 1.842 khu vực bỏ phiếu đều kết thúc bỏ phiếu đúng quy định, không có khu vực nào phải bỏ phiếu lại. Ủy ban bầu cử đã chuẩn bị 215 hòm phiếu phụ cho người già yếu, bệnh tật và 14 khu vực bỏ phiếu riêng cho các khu cách ly tập trung.
Tỉnh Long An bầu 8 đại biểu Quốc hội ở 3 đơn vị bầu cử với 13 người ứng cử; bầu 60 đại biểu HĐND tỉnh ở 20 đơn vị bầu cử với 99 người ứng cử.
Tại khu vực bỏ phiếu số 7, xã Hướng Thọ Phú, thành phố Tân An, đồng chí Nguyễn Văn Hưởng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh cùng cử tri thực hiện quyền bầu cử. Trước đó, đồng chí đã kiểm tra công tác bầu cử tại các xã biên giới Bình Hiệp, Bình Tân, thị xã Kiến Tường.
Tại xã Mỹ Yên, huyện Bến Lức, bà Phạm Thị Ba, 92 tuổi, được các thành viên tổ bầu cử đưa hòm phiếu phụ đến tận nhà. Ông Võ Văn Tám, Tổ trưởng Tổ bầu cử số 12, cho biết khu vực có 1.137 cử tri, đến 11 giờ đã có hơn 95% cử tri đi bầu.
Ông Trần Minh Lộc, Phó Chủ tịch Thường trực UBND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, cho biết các tổ bầu cử đã bố trí nước rửa tay sát khuẩn, khẩu trang, đo thân nhiệt cho cử tri; các khu vực bỏ phiếu giãn cách khoảng 2 m giữa các cử tri.
Các tổ bầu cử đang kiểm phiếu. Kết quả bầu cử sẽ được Ủy ban bầu cử tỉnh công bố chậm nhất là ngày 2/6 đối với HĐND tỉnh; Hội đồng bầu cử quốc gia công bố kết quả bầu cử đại biểu Quốc hội theo quy định tại Nghị quyết số 133/NQ-HĐBCQG.
Tại các xã vùng Đồng Tháp Mười, nhiều tổ bầu cử đã dùng loa lưu động, xuồng máy đi dọc kênh rạch nhắc cử tri đi bầu; đoàn viên thanh niên hỗ trợ người cao tuổi, người khuyết tật đến khu vực bỏ phiếu. Lực lượng công an, dân quân bảo đảm an ninh trật tự suốt ngày bầu cử, không để xảy ra tình huống phức tạp.
Cử tri nhiều nơi bày tỏ niềm tin các đại biểu trúng cử sẽ nói lên tiếng nói của người dân, đặc biệt về hạ tầng giao thông, chống ngập, ô nhiễm môi trường trong các khu công nghiệp và chăm lo đời sống công nhân, người lao động.
Nhóm PV
Tin khác
- Long An: Hoàn tất công tác chuẩn bị bầu cử (21/05/2021)
- Cử tri khu cách ly tập trung tham gia bầu cử sớm (20/05/2021)
- Người ứng cử đại biểu Quốc hội tiếp xúc cử tri huyện Đức Hòa (12/05/2021)
- Bến Lức: Diễn tập công tác bầu cử an toàn phòng dịch (08/05/2021)
- Kiểm tra công tác bầu cử tại thị xã Kiến Tường (05/05/2021)
""", "2021-05-24", "Long An: 99,46% cử tri đi bầu cử",
E("khac", None, None),
[P("Nguyễn Văn Hưởng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Ba"), P("Võ Văn Tám", "Tổ trưởng Tổ bầu cử số 12"),
 P("Trần Minh Lộc", "Phó Chủ tịch Thường trực UBND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("1.213.478 cử tri", 1213478, "cử tri"),
 Q("1.206.952 cử tri", 1206952, "cử tri"), Q("99,46%", 99.46, "%"), Q("1.842 khu vực bỏ phiếu", 1842, "khu vực bỏ phiếu"),
 Q("215 hòm phiếu phụ", 215, "hòm phiếu phụ"), Q("14 khu vực bỏ phiếu riêng", 14, "khu vực bỏ phiếu riêng"),
 Q("8 đại biểu Quốc hội", 8, "đại biểu Quốc hội"), Q("3 đơn vị bầu cử", 3, "đơn vị bầu cử"), Q("13 người ứng cử", 13, "người ứng cử"),
 Q("60 đại biểu HĐND tỉnh", 60, "đại biểu HĐND tỉnh"), Q("20 đơn vị bầu cử", 20, "đơn vị bầu cử"), Q("99 người ứng cử", 99, "người ứng cử"),
 Q("1.137 cử tri", 1137, "cử tri"), Q("hơn 95%", 95, "%", "over"), Q("khoảng 2 m", 2, "m", "approx")],
[D("Nghị quyết", "133", "NQ-HĐBCQG", None, None, "Nghị quyết số 133/NQ-HĐBCQG")],
[prov("Long An"), com("Hướng Thọ Phú"), com("Mỹ Yên"), com("Bình Hiệp"), com("Bình Tân")],
["BÁO LONG AN ONLINE", "Thời sự | Bầu cử đại biểu Quốc hội khóa XV và HĐND các cấp", "Cử tri ấp 3, xã Mỹ Yên bỏ phiếu. Ảnh: Ngọc Mẫn",
 "Hội đồng bầu cử quốc gia", "Nhóm PV"],
["Thứ Hai, 24/05/2021 - 06:30", "khóa XV", "nhiệm kỳ 2021 - 2026", "19 giờ", "khu vực bỏ phiếu số 7", "92 tuổi", "Tổ bầu cử số 12", "11 giờ", "2/6", "ấp 3", "Covid-19"]))

PAGES.append(page("b2994-langson-tongket-baucu-2021", """
Báo Lạng Sơn
Trang chủ › Thời sự › Chính trị
25/06/2021 | 10:20
Cuộc bầu cử ở Lạng Sơn thành công tốt đẹp, an toàn
Đồng chí Lộc Văn Thái phát biểu kết luận hội nghị.
LSO - Sáng 24/6, Ủy ban bầu cử tỉnh tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026. Đồng chí Lộc Văn Thái, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh chủ trì hội nghị. Hội nghị được tổ chức trực tuyến đến 11 điểm cầu các huyện, thành phố.
Báo cáo tổng kết cho biết, thực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị và Kế hoạch số 12, 13-KH/UBBC của Ủy ban bầu cử tỉnh, công tác chuẩn bị và tổ chức bầu cử được triển khai bài bản. Toàn tỉnh có 560.314 cử tri; số cử tri đã tham gia bỏ phiếu là 559.102 người, đạt 99,78%. Có 1.417 khu vực bỏ phiếu, 100% khu vực bỏ phiếu kết thúc đúng thời gian.
Kết quả, cử tri đã bầu đủ 6 đại biểu Quốc hội khóa XV; 50 đại biểu HĐND tỉnh; 319 đại biểu HĐND cấp huyện và 3.928 đại biểu HĐND cấp xã. Trong số đại biểu HĐND tỉnh trúng cử, có 41 đại biểu là người dân tộc thiểu số, chủ yếu là người Tày, Nùng, Dao; 15 đại biểu là nữ. Có 2 xã phải tổ chức bầu cử thêm đại biểu HĐND xã.
Trong quá trình bầu cử, các cấp đã tiếp nhận 27 đơn thư liên quan đến người ứng cử; đã xem xét, giải quyết xong 27/27 đơn theo đúng quy định. Công tác phòng, chống dịch Covid-19 được bảo đảm, không có trường hợp lây nhiễm tại khu vực bỏ phiếu.
Tại hội nghị, bà Hoàng Thị Nhạn, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, đánh giá Mặt trận các cấp đã tổ chức tốt 5 bước hiệp thương. Ông Vi Văn Páo, Bí thư Đảng ủy xã Thanh Lòa, chia sẻ cách vận động cử tri người Nùng ở các thôn giáp biên đi bầu sớm; ông Lương Văn Mạnh, Chủ tịch UBND thị trấn Na Sầm, nêu kinh nghiệm rà soát cử tri là lao động đi làm ăn xa.
Phát biểu kết luận, đồng chí Lộc Văn Thái yêu cầu các cấp hoàn thiện hồ sơ, nộp lưu trữ tài liệu bầu cử; HĐND các cấp nhiệm kỳ mới phát huy vai trò, tiếp xúc cử tri thường xuyên, giải quyết kịp thời kiến nghị chính đáng của nhân dân.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 35 tập thể và 52 cá nhân có thành tích xuất sắc trong tổ chức cuộc bầu cử; mỗi tập thể được thưởng 1,5 triệu đồng.
Nông Thị Hằng
Tin liên quan
- HĐND tỉnh khóa XVII tổ chức kỳ họp thứ nhất (22/06/2021)
- Lạng Sơn công bố kết quả bầu cử đại biểu HĐND tỉnh (02/06/2021)
- Cử tri vùng biên đi bầu cử (23/05/2021)
- Ủy ban bầu cử tỉnh kiểm tra công tác chuẩn bị bầu cử tại Cao Lộc (15/05/2021)
- Tuyên truyền bầu cử bằng tiếng Tày, Nùng trên sóng phát thanh (05/05/2021)
""", "2021-06-25", "Cuộc bầu cử ở Lạng Sơn thành công tốt đẹp, an toàn",
E("tong_ket", "2021", "2021-06-24"),
[P("Lộc Văn Thái", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Hoàng Thị Nhạn", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Vi Văn Páo", "Bí thư Đảng ủy xã Thanh Lòa"),
 P("Lương Văn Mạnh", "Chủ tịch UBND thị trấn Na Sầm")],
[Q("11 điểm cầu", 11, "điểm cầu"), Q("560.314 cử tri", 560314, "cử tri"), Q("559.102 người", 559102, "người"), Q("99,78%", 99.78, "%"),
 Q("1.417 khu vực bỏ phiếu", 1417, "khu vực bỏ phiếu"), Q("100%", 100, "%"), Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"),
 Q("50 đại biểu HĐND tỉnh", 50, "đại biểu HĐND tỉnh"), Q("319 đại biểu HĐND cấp huyện", 319, "đại biểu HĐND cấp huyện"),
 Q("3.928 đại biểu HĐND cấp xã", 3928, "đại biểu HĐND cấp xã"), Q("41 đại biểu", 41, "đại biểu"), Q("15 đại biểu", 15, "đại biểu"),
 Q("2 xã", 2, "xã"), Q("27 đơn thư", 27, "đơn thư"), Q("27/27 đơn", 27, "đơn"),
 Q("35 tập thể", 35, "tập thể"), Q("52 cá nhân", 52, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 45-CT/TW"),
 D("Kế hoạch", "12", "KH/UBBC", None, "Ủy ban bầu cử tỉnh", "Kế hoạch số 12, 13-KH/UBBC"),
 D("Kế hoạch", "13", "KH/UBBC", None, "Ủy ban bầu cử tỉnh", "Kế hoạch số 12, 13-KH/UBBC")],
[prov("Lạng Sơn"), com("Thanh Lòa"), com("Na Sầm")],
["Báo Lạng Sơn", "Trang chủ › Thời sự › Chính trị", "Đồng chí Lộc Văn Thái phát biểu kết luận hội nghị.", "LSO"],
["25/06/2021 | 10:20", "khóa XV", "nhiệm kỳ 2021 - 2026", "5 bước hiệp thương", "Covid-19"]))

PAGES.append(page("b2995-ninhthuan-tiepxuc-2022", """
Báo Ninh Thuận điện tử
Thời sự > Quốc hội - HĐND
Thứ Ba, 19/07/2022, 16:35
Đại biểu Quốc hội tiếp xúc cử tri huyện Ninh Phước và Bác Ái
Đồng chí Đàng Thị Mỹ Trinh thông tin kết quả kỳ họp thứ 3.
(NTO) Ngày 18-7, Đoàn đại biểu Quốc hội tỉnh do bà Đàng Thị Mỹ Trinh, Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh dẫn đầu, đã tiếp xúc cử tri xã Phước Hải, huyện Ninh Phước và xã Phước Bình, huyện Bác Ái để thông báo kết quả kỳ họp thứ 3, Quốc hội khóa XV.
Tham dự có ông Chamaléa Điều, Phó Chủ tịch UBND huyện Bác Ái; ông Thông Minh Tuấn, Chủ tịch Hội đồng Cả sư Bàlamôn giáo tỉnh, cùng khoảng 250 cử tri là đồng bào Chăm, Raglai.
Theo thông báo, kỳ họp thứ 3 đã thông qua 8 luật và 21 nghị quyết, trong đó có Luật Thi đua, khen thưởng (sửa đổi) và Nghị quyết số 62/2022/QH15 về việc thành lập Đoàn giám sát chuyên đề; cho ý kiến 8 dự án luật khác. Quốc hội cũng dành 2,5 ngày chất vấn 4 thành viên Chính phủ.
Tại buổi tiếp xúc, cử tri Pinăng Thị Lựu (thôn Hành Rạc 1, xã Phước Hải) đề nghị có giải pháp bình ổn giá xăng dầu, phân bón vì chi phí sản xuất tăng hơn 30%. Ông Thiên Sanh Thanh, Trưởng thôn Hiếu Thiện, kiến nghị sớm đầu tư hệ thống kênh mương cho khoảng 150 ha đất sản xuất; cử tri Katơr Nhung (xã Phước Bình) đề nghị hỗ trợ nhà ở cho 32 hộ nghèo đang ở nhà tạm theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Nhiều cử tri đề nghị sớm triển khai Nghị định số 28/2022/NĐ-CP về chính sách tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; mỗi hộ được vay tối đa 100 triệu đồng để làm nhà ở.
Thay mặt Đoàn ĐBQH, bà Đàng Thị Mỹ Trinh tiếp thu, giải trình; đồng thời đề nghị các địa phương trả lời ngay những kiến nghị thuộc thẩm quyền. Ông Chamaléa Điều cho biết năm 2022 huyện Bác Ái đã phân bổ hơn 12 tỷ đồng từ các chương trình mục tiêu quốc gia cho các xã đặc biệt khó khăn; trong đó xã Phước Bình được đầu tư 3 công trình thủy lợi nhỏ.
Cử tri Chăm ở Phước Hải cũng mong các cấp quan tâm bảo tồn tháp Po Klong Garai, lễ hội Katê và nghề gốm Bàu Trúc, tạo điều kiện cho đồng bào phát triển du lịch, có thêm việc làm cho thanh niên sau khi tốt nghiệp.
Kim Ngân
Các tin khác
- Cử tri Thuận Nam quan tâm giá điện, nước sinh hoạt (15/07/2022)
- Đoàn ĐBQH tỉnh tiếp xúc cử tri thành phố Phan Rang - Tháp Chàm (13/07/2022)
- HĐND tỉnh tổ chức kỳ họp thứ 6 (08/07/2022)
- Giám sát thực hiện chính sách cho đồng bào dân tộc thiểu số (30/06/2022)
- Ninh Sơn: cử tri kiến nghị về đất sản xuất ven hồ Sông Sắt (24/06/2022)
""", "2022-07-19", "Đại biểu Quốc hội tiếp xúc cử tri huyện Ninh Phước và Bác Ái",
E("doi_thoai", None, "2022-07-18"),
[P("Đàng Thị Mỹ Trinh", "Phó Trưởng Đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Chamaléa Điều", "Phó Chủ tịch UBND huyện Bác Ái"),
 P("Thông Minh Tuấn", "Chủ tịch Hội đồng Cả sư Bàlamôn giáo tỉnh"),
 P("Pinăng Thị Lựu"), P("Thiên Sanh Thanh", "Trưởng thôn Hiếu Thiện"), P("Katơr Nhung")],
[Q("khoảng 250 cử tri", 250, "cử tri", "approx"), Q("8 luật", 8, "luật"), Q("21 nghị quyết", 21, "nghị quyết"),
 Q("8 dự án luật", 8, "dự án luật"), Q("4 thành viên Chính phủ", 4, "thành viên Chính phủ"), Q("hơn 30%", 30, "%", "over"),
 Q("khoảng 150 ha", 150, "ha", "approx"), Q("32 hộ nghèo", 32, "hộ nghèo"), Q("100 triệu đồng", 100000000, "đồng"),
 Q("hơn 12 tỷ đồng", 12000000000, "đồng", "over"), Q("3 công trình thủy lợi nhỏ", 3, "công trình thủy lợi nhỏ")],
[D("Nghị quyết", "62", "2022/QH15", None, None, "Nghị quyết số 62/2022/QH15"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị định", "28", "2022/NĐ-CP", None, None, "Nghị định số 28/2022/NĐ-CP")],
[prov("Ninh Thuận"), com("Phước Hải"), com("Phước Bình")],
["Báo Ninh Thuận điện tử", "Thời sự > Quốc hội - HĐND", "Đồng chí Đàng Thị Mỹ Trinh thông tin kết quả kỳ họp thứ 3.", "(NTO)",
 "Luật Thi đua, khen thưởng", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Po Klong Garai", "Katê", "Bàu Trúc"],
["Thứ Ba, 19/07/2022, 16:35", "18-7", "kỳ họp thứ 3", "khóa XV", "2,5 ngày", "Hành Rạc 1", "năm 2022"]))

PAGES.append(page("b2996-sonla-hdnd-giamsat-2023", """
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
Trang chủ - Hoạt động giám sát - Tin tức
Ngày 21/09/2023 | 09:00
Giám sát kết quả giải quyết kiến nghị cử tri tại huyện Thuận Châu
Ảnh: Đoàn giám sát làm việc với UBND huyện Thuận Châu.
Ngày 20/9/2023, Đoàn giám sát của Thường trực HĐND tỉnh do đồng chí Lò Văn Khiêm, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn đã giám sát kết quả giải quyết ý kiến, kiến nghị của cử tri gửi đến kỳ họp thứ năm, HĐND tỉnh khóa XV tại huyện Thuận Châu. Cùng tham gia đoàn có bà Cầm Thị Xuân, Trưởng Ban Dân tộc HĐND tỉnh; ông Quàng Văn Hặc, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh.
Cuộc giám sát thực hiện theo Nghị quyết số 215/NQ-HĐND ngày 28/7/2023 của Thường trực HĐND tỉnh. Theo báo cáo của UBND huyện, từ đầu nhiệm kỳ đến nay cử tri huyện Thuận Châu đã gửi 186 ý kiến, kiến nghị tới HĐND tỉnh; đã giải quyết xong 161 kiến nghị, đạt 86,6%; còn 25 kiến nghị đang giải quyết, chủ yếu liên quan đến đường giao thông, thủy lợi và đất sản xuất cho đồng bào tái định cư thủy điện Sơn La.
Riêng trước kỳ họp thứ năm, cử tri 17 xã, thị trấn đã kiến nghị 43 nội dung. Đến nay, đường từ trung tâm xã Co Mạ đến bản Co Đứa dài 9,3 km đã được khởi công với tổng mức đầu tư khoảng 28 tỷ đồng; 11 công trình nước sinh hoạt tập trung đã được sửa chữa. Tuy nhiên, việc hỗ trợ đất sản xuất cho 76 hộ tái định cư tại xã Chiềng Pấc vẫn chưa thực hiện được do thiếu quỹ đất.
Tại buổi làm việc, ông Lừ Văn Hoan, Chủ tịch UBND xã Co Mạ, cho biết người dân bản vùng cao rất mong đường được hoàn thành trước mùa mưa năm sau. Ông Hà Văn Sướng, Phó Chủ tịch UBND huyện Thuận Châu, đề nghị tỉnh bố trí thêm khoảng 15 tỷ đồng từ Chương trình mục tiêu quốc gia giảm nghèo bền vững để hoàn thành 6 công trình thủy lợi theo kiến nghị của cử tri.
Kết luận buổi giám sát, đồng chí Lò Văn Khiêm đề nghị UBND huyện rà soát từng kiến nghị, trả lời cụ thể, công khai cho cử tri biết; những kiến nghị vượt thẩm quyền phải báo cáo, đề xuất UBND tỉnh. Đoàn giám sát sẽ tổng hợp báo cáo tại kỳ họp thường lệ cuối năm 2023 của HĐND tỉnh.
Đoàn cũng đã khảo sát thực tế tại bản Nà Lốc, xã Chiềng Pấc, nơi có nhiều hộ tái định cư phản ánh thiếu nước tưới cho ruộng lúa vào mùa khô.
Quàng Hương
Tin khác
- Giám sát việc thực hiện chính sách đối với người có uy tín tại Quỳnh Nhai (15/09/2023)
- Thường trực HĐND tỉnh tiếp công dân định kỳ tháng 9 (12/09/2023)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Mường La (30/08/2023)
- Hội nghị giao ban Thường trực HĐND tỉnh với HĐND các huyện quý III (25/08/2023)
- Cử tri Sốp Cộp kiến nghị về đường giao thông liên bản (18/08/2023)
""", "2023-09-21", "Giám sát kết quả giải quyết kiến nghị cử tri tại huyện Thuận Châu",
E("giam_sat", None, "2023-09-20"),
[P("Lò Văn Khiêm", "Phó Chủ tịch HĐND tỉnh"), P("Cầm Thị Xuân", "Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Quàng Văn Hặc", "Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Lừ Văn Hoan", "Chủ tịch UBND xã Co Mạ"), P("Hà Văn Sướng", "Phó Chủ tịch UBND huyện Thuận Châu")],
[Q("186 ý kiến, kiến nghị", 186, "ý kiến, kiến nghị"), Q("161 kiến nghị", 161, "kiến nghị"), Q("86,6%", 86.6, "%"),
 Q("25 kiến nghị", 25, "kiến nghị"), Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("43 nội dung", 43, "nội dung"),
 Q("9,3 km", 9.3, "km"), Q("khoảng 28 tỷ đồng", 28000000000, "đồng", "approx"), Q("11 công trình nước sinh hoạt tập trung", 11, "công trình nước sinh hoạt tập trung"),
 Q("76 hộ tái định cư", 76, "hộ tái định cư"), Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("6 công trình thủy lợi", 6, "công trình thủy lợi")],
[D("Nghị quyết", "215", "NQ-HĐND", "2023-07-28", "Thường trực HĐND tỉnh", "Nghị quyết số 215/NQ-HĐND ngày 28/7/2023")],
[prov("Sơn La"), com("Co Mạ"), com("Chiềng Pấc")],
["HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", "Trang chủ - Hoạt động giám sát - Tin tức", "Ảnh: Đoàn giám sát làm việc với UBND huyện Thuận Châu.",
 "Chương trình mục tiêu quốc gia giảm nghèo bền vững", "bản Co Đứa", "bản Nà Lốc"],
["Ngày 21/09/2023 | 09:00", "kỳ họp thứ năm", "khóa XV", "năm 2023"]))

PAGES.append(page("b2997-travinh-tiepxuc-kyhop8-2024", """
BÁO TRÀ VINH ONLINE
Trang chủ » Chính trị » Hoạt động Quốc hội
08:15 | 08/10/2024
Cử tri Trà Cú kiến nghị về xâm nhập mặn và đào tạo nghề cho lao động Khmer
Hòa thượng Kim Sa Rinh phát biểu tại buổi tiếp xúc cử tri.
TVO - Ngày 7/10, Tổ đại biểu Quốc hội đơn vị tỉnh Trà Vinh gồm các đồng chí Ủy viên Ủy ban Xã hội của Quốc hội: Thạch Phước An, Nguyễn Thị Yến Nhi đã tiếp xúc cử tri xã Ngãi Xuyên và xã Kim Sơn, huyện Trà Cú, trước kỳ họp thứ 8, Quốc hội khóa XV.
Dự buổi tiếp xúc có ông Kiên Sóc Khanh, HUV, Phó Chủ tịch UBND huyện Trà Cú; Hòa thượng Kim Sa Rinh, Trụ trì chùa Ba Sát, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh và khoảng 230 cử tri, trong đó hơn 70% là đồng bào Khmer.
Đồng chí Thạch Phước An thông báo dự kiến chương trình kỳ họp thứ 8: Quốc hội sẽ xem xét, thông qua 18 dự án luật và 3 dự thảo nghị quyết; cho ý kiến 13 dự án luật khác; xem xét việc thực hiện Nghị quyết số 111/2024/QH15 về một số cơ chế, chính sách đặc thù thực hiện các chương trình mục tiêu quốc gia.
Cử tri Thạch Thị Sô Phia (ấp Cà Tum, xã Ngãi Xuyên) phản ánh mùa khô năm 2024 xâm nhập mặn làm khoảng 650 ha lúa bị thiệt hại; đề nghị đầu tư cống ngăn mặn, hỗ trợ giống cho nông dân. Ông Sơn Ngọc Thanh, Trưởng ấp Chợ, kiến nghị mở thêm lớp dạy nghề cho thanh niên Khmer, vì ấp có hơn 120 lao động phải đi làm công nhân ở Bình Dương, TP Hồ Chí Minh.
Hòa thượng Kim Sa Rinh đề nghị quan tâm hỗ trợ kinh phí sửa chữa chánh điện cho 5 chùa Phật giáo Nam tông Khmer đã xuống cấp và tiếp tục thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ ở các ấp đặc biệt khó khăn. Cử tri Lâm Thị Sa Pha (xã Kim Sơn) mong có chính sách vay vốn ưu đãi theo Nghị định số 28/2022/NĐ-CP để làm nhà ở.
Ông Kiên Sóc Khanh cho biết năm 2024 huyện đã giải ngân hơn 47 tỷ đồng vốn các chương trình mục tiêu quốc gia, xây dựng 38 căn nhà cho hộ nghèo đồng bào Khmer, mỗi căn hỗ trợ 60 triệu đồng.
Nhiều cử tri còn phản ánh tình trạng cho vay nặng lãi qua mạng, lừa đảo chiếm đoạt tài sản nhắm vào người lao động Khmer ít biết chữ; đề nghị cơ quan công an tăng cường tuyên truyền bằng tiếng Khmer trên loa truyền thanh ấp và tại các chùa để bà con cảnh giác.
Thay mặt Tổ đại biểu, bà Nguyễn Thị Yến Nhi tiếp thu, giải trình; khẳng định các ý kiến sẽ được tổng hợp, gửi đến Quốc hội và các bộ, ngành.
Tin, ảnh: Sóc Tha
Tin cùng chuyên mục
- Đoàn ĐBQH tỉnh tiếp xúc cử tri thị xã Duyên Hải (05/10/2024)
- Cử tri Cầu Ngang quan tâm chính sách cho người có uy tín (04/10/2024)
- Tổng hợp kiến nghị cử tri trước kỳ họp thứ 8 (30/09/2024)
- HĐND tỉnh giám sát công tác phòng, chống xâm nhập mặn (20/09/2024)
- Trà Vinh tổ chức lễ Sene Dolta cho đồng bào Khmer (01/10/2024)
""", "2024-10-08", "Cử tri Trà Cú kiến nghị về xâm nhập mặn và đào tạo nghề cho lao động Khmer",
E("doi_thoai", None, "2024-10-07"),
[P("Thạch Phước An", "Ủy viên Ủy ban Xã hội của Quốc hội"), P("Nguyễn Thị Yến Nhi", "Ủy viên Ủy ban Xã hội của Quốc hội"),
 P("Kiên Sóc Khanh", "HUV", "Phó Chủ tịch UBND huyện Trà Cú"),
 P("Kim Sa Rinh", "Hòa thượng", "Trụ trì chùa Ba Sát", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Thạch Thị Sô Phia"), P("Sơn Ngọc Thanh", "Trưởng ấp Chợ"), P("Lâm Thị Sa Pha")],
[Q("khoảng 230 cử tri", 230, "cử tri", "approx"), Q("hơn 70%", 70, "%", "over"), Q("18 dự án luật", 18, "dự án luật"),
 Q("3 dự thảo nghị quyết", 3, "dự thảo nghị quyết"), Q("13 dự án luật", 13, "dự án luật"), Q("khoảng 650 ha", 650, "ha", "approx"),
 Q("hơn 120 lao động", 120, "lao động", "over"), Q("5 chùa Phật giáo Nam tông Khmer", 5, "chùa Phật giáo Nam tông Khmer"),
 Q("hơn 47 tỷ đồng", 47000000000, "đồng", "over"), Q("38 căn nhà", 38, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng")],
[D("Nghị quyết", "111", "2024/QH15", None, None, "Nghị quyết số 111/2024/QH15"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Nghị định", "28", "2022/NĐ-CP", None, None, "Nghị định số 28/2022/NĐ-CP")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Kim Sơn"), prov("Bình Dương"), prov("Hồ Chí Minh")],
["BÁO TRÀ VINH ONLINE", "Trang chủ » Chính trị » Hoạt động Quốc hội", "Hòa thượng Kim Sa Rinh phát biểu tại buổi tiếp xúc cử tri.", "TVO",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "ấp Cà Tum", "chùa Ba Sát"],
["08:15 | 08/10/2024", "kỳ họp thứ 8", "khóa XV", "năm 2024"]))

PAGES.append(page("b2998-hue-giaoban-hdnd-q2-2024", """
HĐND TỈNH THỪA THIÊN HUẾ
Trang chủ / Tin hoạt động / Thường trực HĐND
12/07/2024 - 14:30
Nâng cao chất lượng tiếp xúc cử tri, giải quyết kiến nghị của cử tri
Quang cảnh hội nghị giao ban.
Ngày 11/7/2024, Thường trực HĐND tỉnh tổ chức hội nghị giao ban với Thường trực HĐND các huyện, thị xã, thành phố quý II năm 2024. Chủ trì hội nghị có các đồng chí: Lê Văn Tám, Hồ Thị Ánh Tuyết - Phó Chủ tịch HĐND tỉnh.
Báo cáo tại hội nghị cho thấy, trong quý II, đại biểu HĐND các cấp đã tổ chức 214 cuộc tiếp xúc cử tri với hơn 11.500 lượt cử tri tham dự; tiếp nhận 1.046 ý kiến, kiến nghị, trong đó 389 kiến nghị thuộc thẩm quyền cấp tỉnh. Đến nay, UBND các cấp đã trả lời 912 ý kiến, kiến nghị, đạt 87,2%.
Thường trực HĐND cấp huyện đã tổ chức 19 cuộc giám sát, khảo sát; 27 phiên giải trình về các vấn đề cử tri quan tâm như sạt lở bờ biển, cấp giấy chứng nhận quyền sử dụng đất, ô nhiễm môi trường ở các làng nghề. Riêng huyện A Lưới đã tổ chức tiếp xúc cử tri chuyên đề với đồng bào Tà Ôi, Cơ Tu tại các xã Hồng Thượng, A Roàng.
TS. Phan Văn Hòa, Trưởng Ban Pháp chế HĐND tỉnh, đề nghị thực hiện nghiêm Nghị quyết số 594/NQ-UBTVQH15 ngày 12/9/2022 của Ủy ban Thường vụ Quốc hội hướng dẫn hoạt động giám sát của HĐND và Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN về tiếp xúc cử tri. Ông Hồ Văn Lành, Chủ tịch HĐND huyện A Lưới, chia sẻ kinh nghiệm tổ chức tiếp xúc cử tri tại các thôn ở xa, kết hợp phiên dịch tiếng Tà Ôi.
Nhiều ý kiến cho rằng việc tiếp xúc cử tri ở một số nơi còn hình thức, thành phần chủ yếu là cán bộ thôn, tổ dân phố; có nơi kiến nghị đã được trả lời nhưng chưa thông tin lại cho cử tri. Thường trực HĐND các huyện đề nghị tỉnh Thừa Thiên Huế sớm xây dựng phần mềm theo dõi kiến nghị cử tri dùng chung cho các cấp.
Bà Trần Thị Mỹ Linh, Phó Chủ tịch HĐND phường Thuận An, kiến nghị tỉnh sớm bố trí khoảng 120 tỷ đồng xây kè chống sạt lở bờ biển, bảo vệ hơn 300 hộ dân; cử tri phường đã nhiều lần kiến nghị nội dung này.
Kết luận hội nghị, đồng chí Lê Văn Tám đề nghị Thường trực HĐND các cấp quý III tập trung chuẩn bị kỳ họp thường lệ; phối hợp với Ủy ban MTTQ tổ chức tiếp xúc cử tri theo Kế hoạch số 116/KH-HĐND của Thường trực HĐND tỉnh; đôn đốc giải quyết 134 kiến nghị còn tồn đọng, công khai kết quả trả lời cử tri trên trang thông tin điện tử. Đồng chí cũng lưu ý chuẩn bị các điều kiện để tỉnh trở thành thành phố trực thuộc Trung ương.
Hoàng Hải
Các tin đã đưa
- Thường trực HĐND tỉnh giám sát tại huyện Phong Điền (05/07/2024)
- Kỳ họp chuyên đề HĐND tỉnh khóa VIII (28/06/2024)
- Tiếp xúc cử tri chuyên đề về chỉnh trang đô thị (20/06/2024)
- Giao ban quý I: tăng cường giám sát sau tiếp xúc cử tri (10/04/2024)
""", "2024-07-12", "Nâng cao chất lượng tiếp xúc cử tri, giải quyết kiến nghị của cử tri",
E("giao_ban", "2024-Q2", "2024-07-11"),
[P("Lê Văn Tám", "Phó Chủ tịch HĐND tỉnh"), P("Hồ Thị Ánh Tuyết", "Phó Chủ tịch HĐND tỉnh"),
 P("Phan Văn Hòa", "TS.", "Trưởng Ban Pháp chế HĐND tỉnh"), P("Hồ Văn Lành", "Chủ tịch HĐND huyện A Lưới"),
 P("Trần Thị Mỹ Linh", "Phó Chủ tịch HĐND phường Thuận An")],
[Q("214 cuộc tiếp xúc cử tri", 214, "cuộc tiếp xúc cử tri"), Q("hơn 11.500 lượt cử tri", 11500, "lượt cử tri", "over"),
 Q("1.046 ý kiến, kiến nghị", 1046, "ý kiến, kiến nghị"), Q("389 kiến nghị", 389, "kiến nghị"), Q("912 ý kiến, kiến nghị", 912, "ý kiến, kiến nghị"),
 Q("87,2%", 87.2, "%"), Q("19 cuộc giám sát, khảo sát", 19, "cuộc giám sát, khảo sát"), Q("27 phiên giải trình", 27, "phiên giải trình"),
 Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx"), Q("hơn 300 hộ dân", 300, "hộ dân", "over"), Q("134 kiến nghị", 134, "kiến nghị")],
[D("Nghị quyết", "594", "NQ-UBTVQH15", "2022-09-12", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 594/NQ-UBTVQH15 ngày 12/9/2022"),
 D("Nghị quyết liên tịch", "525", "2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 525/2012/NQLT/UBTVQH13-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "116", "KH-HĐND", None, "Thường trực HĐND tỉnh", "Kế hoạch số 116/KH-HĐND")],
[prov("Thừa Thiên Huế"), com("Hồng Thượng"), com("A Roàng"), com("Thuận An")],
["HĐND TỈNH THỪA THIÊN HUẾ", "Trang chủ / Tin hoạt động / Thường trực HĐND", "Quang cảnh hội nghị giao ban."],
["12/07/2024 - 14:30", "quý II năm 2024", "quý III", "trực thuộc Trung ương"]))
