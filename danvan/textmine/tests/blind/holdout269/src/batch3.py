from lib import *
PAGES = []

PAGES.append(page("b6425-binhduong-bdv-giaoban-quy1-2021", """
BÁO BÌNH DƯƠNG ĐIỆN TỬ
Chính trị >> Xây dựng Đảng >> Công tác dân vận
Thứ Hai, 05/04/2021 08:15
Bắc Tân Uyên, Phú Giáo dẫn đầu phong trào hiến đất mở rộng đường
(BDO) Chiều 2/4, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị giao ban công tác dân vận quý I năm 2021. Đồng chí Lê Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Đồng chí Lê Thị Hồng Nhung phát biểu kết luận hội nghị giao ban. Ảnh: H.Đ
Quý I, dù chịu ảnh hưởng của dịch Covid-19 và dịp Tết Nguyên đán Tân Sửu, khối dân vận các cấp vẫn duy trì tốt công tác vận động nhân dân tham gia làm đường giao thông nông thôn. Toàn tỉnh có 417 hộ hiến trên 38.000 m2 đất để mở rộng, nâng cấp 23 tuyến đường với tổng chiều dài 31,6 km; nhân dân đóng góp khoảng 9,8 tỷ đồng. Hai huyện Bắc Tân Uyên và Phú Giáo chiếm gần 70% diện tích đất được hiến.
Báo cáo nêu rõ, Ban Dân vận Tỉnh ủy đã phối hợp Ban cán sự đảng UBND tỉnh triển khai Kế hoạch số 03-KH/BDVTU ngày 15/1/2021 về công tác dân vận chính quyền năm 2021, trong đó có nội dung vận động hiến đất làm đường theo phương thức "Nhà nước và nhân dân cùng làm"; đồng thời hướng dẫn các huyện, thị xã, thành phố sơ kết Chỉ thị 23, 24-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển giao thông nông thôn và về phát huy vai trò của Mặt trận trong xây dựng nông thôn mới nâng cao.
Tại hội nghị, đồng chí Nguyễn Thị Minh Tâm, Trưởng Ban Dân vận Huyện ủy Bắc Tân Uyên, cho biết huyện vừa hoàn thành tuyến đường ĐH 411 mở rộng lên 12 m, có 86 hộ hiến đất, không phải chi bồi thường. Đồng chí Trần Văn Chín, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Tân Long, huyện Phú Giáo, chia sẻ kinh nghiệm "đi từng ngõ, gõ từng nhà", mời các hộ đã hiến đất đến nói chuyện với các hộ còn băn khoăn.
Một số ý kiến phản ánh giá đất tăng nhanh khiến việc vận động hiến đất ở các xã giáp ranh đô thị khó khăn hơn trước; có nơi người dân yêu cầu hỗ trợ chi phí xây lại tường rào, cổng ngõ. Đại biểu đề nghị tỉnh nghiên cứu mức hỗ trợ phù hợp, tối thiểu 500.000 đồng/m tường rào.
Phát biểu kết luận, đồng chí Lê Thị Hồng Nhung đề nghị trong quý II, các cấp tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026, đồng thời tiếp tục vận động nhân dân hiến đất, phấn đấu đến cuối năm có thêm ít nhất 50 km đường nông thôn được mở rộng; mỗi huyện xây dựng ít nhất 2 mô hình "Dân vận khéo" về giao thông nông thôn để nhân rộng.
Hồng Điệp
Tin cùng chuyên mục
- Dầu Tiếng: Hơn 200 hộ hiến đất làm đường (28/03/2021)
- Ra mắt mô hình "Dân vận khéo" ở xã An Bình (15/03/2021)
- Giao ban công tác dân vận quý IV/2020 (30/12/2020)
""", "2021-04-05", "Bắc Tân Uyên, Phú Giáo dẫn đầu phong trào hiến đất mở rộng đường",
E("giao_ban", "2021-Q1", "2021-04-02"),
[P("Lê Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Minh Tâm", "Trưởng Ban Dân vận Huyện ủy Bắc Tân Uyên"),
 P("Trần Văn Chín", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Tân Long")],
[Q("417 hộ", 417, "hộ"), Q("trên 38.000 m2", 38000, "m2", "over"), Q("23 tuyến đường", 23, "tuyến đường"), Q("31,6 km", 31.6, "km"),
 Q("khoảng 9,8 tỷ đồng", 9800000000, "đồng", "approx"), Q("Hai huyện", 2, "huyện"), Q("gần 70%", 70, "%", "approx"), Q("12 m", 12, "m"), Q("86 hộ", 86, "hộ"),
 Q("tối thiểu 500.000 đồng/m", 500000, "đồng"), Q("ít nhất 50 km", 50, "km", "over"), Q("ít nhất 2 mô hình", 2, "mô hình", "over")],
[D("Kế hoạch", "03", "KH/BDVTU", "2021-01-15", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 03-KH/BDVTU ngày 15/1/2021"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23, 24-CT/TU")],
[prov("Bình Dương"), com("Tân Long")],
["BÁO BÌNH DƯƠNG ĐIỆN TỬ", "Chính trị >> Xây dựng Đảng >> Công tác dân vận", "(BDO)",
 "Đồng chí Lê Thị Hồng Nhung phát biểu kết luận hội nghị giao ban. Ảnh: H.Đ", "Nhà nước và nhân dân cùng làm",
 "đi từng ngõ, gõ từng nhà", "Dân vận khéo"],
["Thứ Hai, 05/04/2021 08:15", "quý I năm 2021", "năm 2021", "quý II", "khóa XV", "nhiệm kỳ 2021 - 2026", "Covid-19"]))

PAGES.append(page("b6426-sonla-ban-thai-mo-duong-2021", """
Báo Sơn La
Trang chủ | Xã hội | Phóng sự - Ghi chép
Cập nhật: 11:05, 23/09/2021
Bản Thái góp đất, mở đường ra cánh đồng
Chúng tôi về bản Nà Sành, xã Chiềng Ngần, thành phố Sơn La vào một ngày cuối tháng 9. Con đường bê tông rộng 4 m uốn lượn dưới chân đồi, hai bên là những nếp nhà sàn và hàng rào hoa dâm bụt mới trồng. Ít ai biết, chỉ hơn một năm trước, đây còn là lối mòn nhỏ, mùa mưa trơn trượt, xe máy chở ngô, sắn phải đẩy bộ.
Con đường bê tông mới mở qua bản Nà Sành.
Ông Lò Văn Ún, Bí thư Chi bộ, Trưởng bản Nà Sành, kể: Bản có 112 hộ, 100% là đồng bào Thái. Khi xã có chủ trương hỗ trợ xi măng theo Nghị quyết số 124/2020/NQ-HĐND của HĐND tỉnh, chi bộ họp bàn ngay, thống nhất làm tuyến đường nội bản dài 1,8 km. Nhưng muốn đạt chuẩn thì phải mở rộng nền đường, lấn vào đất vườn của 39 hộ.
"Lúc đầu có mấy hộ chưa chịu, vì đất ở bản chật. Chi bộ phân công mỗi đảng viên đến nói chuyện với 2 - 3 hộ, mời cả người cao tuổi có uy tín trong dòng họ cùng đi. Đảng viên nhà nào cũng hiến trước", ông Ún nói. Kết quả, sau ba tháng vận động, 39 hộ đã hiến gần 2.600 m2 đất, tự tháo dỡ 410 m hàng rào.
Nhà bà Cà Thị Panh hiến nhiều nhất, 180 m2. Bà Panh bảo: "Đường đẹp thì con cháu đi học, đi chợ đỡ vất vả. Đất mất một ít nhưng được cái lớn hơn". Nhiều gia đình còn góp thêm tiền mua cát, đá; thanh niên trong bản chia ca trộn bê tông. Tổng cộng bà con góp 1.050 ngày công và khoảng 180 triệu đồng.
Theo ông Quàng Văn Thanh, Chủ tịch UBND xã Chiềng Ngần, từ năm 2020 đến nay, xã đã làm được 9,4 km đường bê tông nội bản, trong đó nhân dân hiến trên 11.000 m2 đất. Xã thực hiện tốt Kết luận số 12-KL/TU của Ban Thường vụ Thành ủy về công tác dân vận trong xây dựng nông thôn mới, lấy bản làm đơn vị, lấy người dân làm chủ thể.
Bà Lường Thị Hoa, Trưởng Ban Dân vận Thành ủy Sơn La, cho rằng câu chuyện ở Nà Sành cho thấy vai trò của chi bộ và người có uy tín trong đồng bào Thái. Thành ủy đang chỉ đạo nhân rộng cách làm này ra 7 xã còn lại.
Con đường hoàn thành cũng là lúc bản Nà Sành xây dựng quy ước giữ gìn vệ sinh, mỗi tháng tổng dọn dẹp một lần. Thanh niên trong bản nhận trồng và chăm sóc hàng hoa ban dọc hai bên đường, các cụ cao tuổi nhắc nhau không để trâu bò thả rông làm hỏng mặt đường.
Giờ đây, mỗi sáng, những chiếc xe tải nhỏ đã vào tận đầu bản thu mua xoài, nhãn. Bà con Nà Sành tính chuyện làm tiếp đường ra khu sản xuất tập trung, dài chừng 2,5 km, dự kiến khởi công sau vụ thu hoạch.
Bài, ảnh: Ngọc Yến
Bình luận
Tin khác
- Mai Sơn: Hiến đất làm đường ở vùng tái định cư (15/09/2021)
- Thuận Châu khánh thành 3 cầu dân sinh (05/09/2021)
- Người có uy tín bản Mông (28/08/2021)
""", "2021-09-23", "Bản Thái góp đất, mở đường ra cánh đồng",
E("khac", None, None),
[P("Lò Văn Ún", "Bí thư Chi bộ", "Trưởng bản Nà Sành"),
 P("Cà Thị Panh"),
 P("Quàng Văn Thanh", "Chủ tịch UBND xã Chiềng Ngần"),
 P("Lường Thị Hoa", "Trưởng Ban Dân vận Thành ủy Sơn La")],
[Q("4 m", 4, "m"), Q("112 hộ", 112, "hộ"), Q("100%", 100, "%"), Q("1,8 km", 1.8, "km"), Q("39 hộ", 39, "hộ"),
 Q("2 - 3 hộ", 2, "hộ", "approx"), Q("gần 2.600 m2", 2600, "m2", "approx"), Q("410 m", 410, "m"), Q("180 m2", 180, "m2"),
 Q("1.050 ngày công", 1050, "ngày công"), Q("khoảng 180 triệu đồng", 180000000, "đồng", "approx"), Q("9,4 km", 9.4, "km"),
 Q("trên 11.000 m2", 11000, "m2", "over"), Q("7 xã", 7, "xã"), Q("chừng 2,5 km", 2.5, "km", "approx")],
[D("Nghị quyết", "124", "2020/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 124/2020/NQ-HĐND"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 12-KL/TU")],
[prov("Sơn La"), com("Chiềng Ngần")],
["Báo Sơn La", "Trang chủ | Xã hội | Phóng sự - Ghi chép", "Con đường bê tông mới mở qua bản Nà Sành.", "Bình luận"],
["Cập nhật: 11:05, 23/09/2021", "tháng 9", "một năm", "ba tháng", "năm 2020"]))

PAGES.append(page("b6427-nghean-mttq-tongket-2022", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Tin hoạt động > Mặt trận cơ sở
Đăng ngày 29 tháng 12 năm 2022
Nghĩa Đàn: Hơn 2.000 hộ hiến đất, 186 km đường nông thôn được bê tông hóa
Chiều 27/12, Ủy ban MTTQ Việt Nam huyện Nghĩa Đàn tổ chức hội nghị tổng kết công tác Mặt trận năm 2022 và triển khai chương trình phối hợp thống nhất hành động năm 2023. Nội dung được các đại biểu quan tâm nhiều nhất là kết quả vận động nhân dân hiến đất, góp công làm đường giao thông nông thôn.
Dự hội nghị có ông Phan Đức Thịnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An; ông Nguyễn Hữu Lợi, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện Nghĩa Đàn chủ trì hội nghị.
Theo báo cáo, năm 2022, thực hiện Chỉ thị số 18-CT/TW ngày 10/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận và Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện về xây dựng nông thôn mới nâng cao, Mặt trận các cấp đã phối hợp vận động 2.046 hộ hiến trên 97.500 m2 đất; nhân dân đóng góp 38,6 tỷ đồng, hơn 45.000 ngày công, cùng chính quyền bê tông hóa 186,2 km đường giao thông nông thôn. Toàn huyện có 17/23 xã đạt chuẩn nông thôn mới, trong đó 4 xã đạt chuẩn nâng cao.
Điển hình là xã Nghĩa Lộc, nhân dân hiến gần 14.000 m2 đất, xây 21 km đường, được UBND tỉnh tặng bằng khen. Bà Trần Thị Hương, Chủ tịch Ủy ban MTTQ xã Nghĩa Lộc, cho biết xã làm theo cách "xóm nào đồng thuận 100% thì làm trước", tạo sức lan tỏa giữa các xóm. Ông Lô Văn Phượng, Trưởng ban công tác Mặt trận xóm Mới, xã Nghĩa Lâm, chia sẻ xóm vận động đồng bào Thái hiến 3.200 m2 đất trồng mía để mở đường vào vùng nguyên liệu.
Cũng trong năm, Ủy ban MTTQ huyện đã chủ trì giám sát 6 cuộc, phản biện 3 dự thảo văn bản, trong đó có dự thảo Đề án phát triển giao thông nông thôn huyện giai đoạn 2022 - 2025; tiếp nhận, chuyển 27 đơn thư liên quan đến đất đai, đền bù.
Phát biểu tại hội nghị, ông Phan Đức Thịnh ghi nhận kết quả nổi bật của Nghĩa Đàn, đề nghị năm 2023 Mặt trận huyện tiếp tục thực hiện hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", quan tâm giám sát chất lượng công trình do dân đóng góp.
Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân tiêu biểu trong công tác Mặt trận năm 2022.
Ngay sau hội nghị, các đại biểu ký kết chương trình phối hợp thống nhất hành động năm 2023 giữa Ủy ban MTTQ huyện và các tổ chức thành viên.
Văn Tuấn - Ban Tuyên giáo MTTQ huyện
Bài viết liên quan
- Quỳ Hợp: Vận động làm 60 km đường bê tông (20/12/2022)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 6 (15/12/2022)
- Tân Kỳ ra mắt khu dân cư kiểu mẫu (08/12/2022)
""", "2022-12-29", "Nghĩa Đàn: Hơn 2.000 hộ hiến đất, 186 km đường nông thôn được bê tông hóa",
E("tong_ket", "2022", "2022-12-27"),
[P("Phan Đức Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nghệ An"),
 P("Nguyễn Hữu Lợi", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Nghĩa Đàn"),
 P("Trần Thị Hương", "Chủ tịch Ủy ban MTTQ xã Nghĩa Lộc"),
 P("Lô Văn Phượng", "Trưởng ban công tác Mặt trận xóm Mới")],
[Q("186,2 km", 186.2, "km"), Q("2.046 hộ", 2046, "hộ"), Q("trên 97.500 m2", 97500, "m2", "over"),
 Q("38,6 tỷ đồng", 38600000000, "đồng"), Q("hơn 45.000 ngày công", 45000, "ngày công", "over"), Q("17/23 xã", 17, "xã"),
 Q("4 xã", 4, "xã"), Q("gần 14.000 m2", 14000, "m2", "approx"), Q("21 km", 21, "km"), Q("100%", 100, "%"), Q("3.200 m2", 3200, "m2"),
 Q("6 cuộc", 6, "cuộc"), Q("3 dự thảo văn bản", 3, "dự thảo văn bản"), Q("27 đơn thư", 27, "đơn thư"), Q("12 tập thể", 12, "tập thể"),
 Q("25 cá nhân tiêu biểu", 25, "cá nhân tiêu biểu")],
[D("Chỉ thị", "18", "CT/TW", "2022-10-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/10/2022"),
 D("Nghị quyết", "12", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU")],
[prov("Nghệ An"), com("Nghĩa Lộc"), com("Nghĩa Lâm")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Tin hoạt động > Mặt trận cơ sở",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "xóm nào đồng thuận 100% thì làm trước"],
["Đăng ngày 29 tháng 12 năm 2022", "năm 2022", "năm 2023", "giai đoạn 2022 - 2025"]))

PAGES.append(page("b6428-kiengiang-bdvhu-soket-2022", """
BÁO KIÊN GIANG
Thời sự | Chính trị | Xây dựng Đảng
2022-07-15 09:30
Giồng Riềng: Vận động đồng bào Khmer hiến đất làm lộ nông thôn
Ngày 13/7, Ban Dân vận Huyện ủy Giồng Riềng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Danh Sóc Kha, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị.
Trong 6 tháng đầu năm 2022, khối dân vận huyện đã tập trung vận động nhân dân tham gia Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025 theo Quyết định số 263/QĐ-TTg ngày 22/2/2022 của Thủ tướng Chính phủ. Kết quả, có 318 hộ, trong đó 127 hộ đồng bào Khmer, tự nguyện hiến 24.650 m2 đất để mở rộng 19 tuyến lộ giao thông nông thôn, tổng chiều dài 27,4 km; 9 hộ di dời nhà ở. Các mạnh thường quân, chùa Khmer và nhân dân đóng góp khoảng 3,2 tỷ đồng xây 7 cây cầu bê tông.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 64-KH/HU về thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với xây dựng mô hình "Dân vận khéo" trong giao thông nông thôn; hướng dẫn các xã sơ kết Quy chế phối hợp số 03-QCPH giữa Ban Dân vận Huyện ủy với UBND huyện.
Tại hội nghị, Đại đức Danh Sà Rết, trụ trì chùa Cà Môn, cho biết nhà chùa đã vận động phật tử góp 420 triệu đồng làm con lộ dẫn vào sóc. Ông Thạch Văn Hên, người có uy tín ấp Vĩnh Hòa, xã Vĩnh Phú, kể chuyện vận động 14 hộ Khmer dời hàng rào, chặt tre để mở rộng lộ lên 5 m.
Bà Lê Thị Diễm, Phó Trưởng Ban Dân vận Huyện ủy, nêu hạn chế: một số xã chưa chú trọng họp dân trước khi làm, có nơi người dân chưa được biết rõ phương án thiết kế nên còn thắc mắc; 2 tuyến lộ ở xã Ngọc Thành phải dừng thi công do chưa thống nhất với hộ dân.
Kết luận hội nghị, đồng chí Danh Sóc Kha yêu cầu 6 tháng cuối năm tiếp tục vận động hiến đất cho 12 tuyến lộ còn lại, phấn đấu đạt trên 95% số hộ đồng thuận; mỗi xã có ít nhất một công trình dân vận khéo về giao thông; quan tâm hỗ trợ hộ nghèo Khmer sau khi hiến đất.
Cũng tại hội nghị, Ban Dân vận Huyện ủy khen thưởng 8 tập thể, 15 cá nhân, trong đó có 4 vị sư sãi có thành tích xuất sắc trong vận động đồng bào làm lộ nông thôn.
Giồng Riềng là huyện có đông đồng bào Khmer nhất tỉnh Kiên Giang, với nhiều ấp, sóc nằm sâu trong nội đồng. Những năm trước, bà con chủ yếu đi lại bằng xuồng, ghe; mùa khô kênh cạn thì phải lội bộ. Nhờ các tuyến lộ mới, lúa, khóm, cá đồng được thương lái mua tận nơi, học sinh đến trường thuận lợi hơn.
Quốc Trung
Tin khác
- Hòn Đất: Khánh thành cầu giao thông nông thôn (10/07/2022)
- Châu Thành vận động 200 hộ hiến đất (03/07/2022)
- Tuyên dương 30 người có uy tín (25/06/2022)
""", "2022-07-15", "Giồng Riềng: Vận động đồng bào Khmer hiến đất làm lộ nông thôn",
E("so_ket", "2022-H1", "2022-07-13"),
[P("Danh Sóc Kha", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Danh Sà Rết", "Đại đức", "trụ trì chùa Cà Môn"),
 P("Thạch Văn Hên", "người có uy tín ấp Vĩnh Hòa"),
 P("Lê Thị Diễm", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("318 hộ", 318, "hộ"), Q("127 hộ đồng bào Khmer", 127, "hộ đồng bào Khmer"), Q("24.650 m2", 24650, "m2"),
 Q("19 tuyến lộ giao thông nông thôn", 19, "tuyến lộ giao thông nông thôn"), Q("27,4 km", 27.4, "km"), Q("9 hộ", 9, "hộ"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"), Q("7 cây cầu bê tông", 7, "cây cầu bê tông"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("14 hộ Khmer", 14, "hộ Khmer"), Q("5 m", 5, "m"), Q("2 tuyến lộ", 2, "tuyến lộ"),
 Q("12 tuyến lộ", 12, "tuyến lộ"), Q("trên 95%", 95, "%", "over"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("4 vị sư sãi", 4, "vị sư sãi")],
[D("Quyết định", "263", "QĐ-TTg", "2022-02-22", "Thủ tướng Chính phủ", "Quyết định số 263/QĐ-TTg ngày 22/2/2022"),
 D("Kế hoạch", "64", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 64-KH/HU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị số 05-CT/TW"),
 D("Quy chế phối hợp", "03", "QCPH", None, None, "Quy chế phối hợp số 03-QCPH")],
[prov("Kiên Giang"), com("Vĩnh Phú"), com("Ngọc Thành")],
["BÁO KIÊN GIANG", "Thời sự | Chính trị | Xây dựng Đảng", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Dân vận khéo",
 "dân vận khéo"],
["2022-07-15 09:30", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022", "giai đoạn 2021 - 2025", "một công trình"]))

PAGES.append(page("b6429-thainguyen-hdnd-giamsat-2023", """
HĐND TỈNH THÁI NGUYÊN - TRANG THÔNG TIN ĐIỆN TỬ
Hoạt động HĐND » Giám sát
Ngày 12/05/2023 - 15:40
Ảnh: Đoàn giám sát khảo sát thực tế tuyến đường xóm Khuôn Lặng.
Giám sát thực hiện chính sách hỗ trợ làm đường giao thông nông thôn tại Định Hóa
Trong 2 ngày 10 - 11/5, Đoàn giám sát Ban Kinh tế - Ngân sách HĐND tỉnh do bà Nông Thị Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Nghị quyết số 02/2022/NQ-HĐND ngày 25/3/2022 của HĐND tỉnh quy định chính sách hỗ trợ xây dựng đường giao thông nông thôn giai đoạn 2022 - 2025 tại huyện Định Hóa. Đây là nội dung trong chương trình giám sát năm 2023 của HĐND tỉnh.
Theo báo cáo của UBND huyện, năm 2022 và quý I/2023, huyện được phân bổ 46,7 tỷ đồng để hỗ trợ xây dựng 83,5 km đường trục xóm, liên xóm; đến nay đã hoàn thành 61,2 km, đạt 73,3%. Người dân 24 xã, thị trấn đã tự nguyện hiến khoảng 57.000 m2 đất và đóng góp trên 9 tỷ đồng, hơn 30.000 ngày công. Định mức hỗ trợ tối đa 700 triệu đồng/km đối với đường rộng 3,5 m.
Đoàn đã khảo sát thực tế tại các xã Phượng Tiến, Trung Hội và thị trấn Chợ Chu. Ông Ma Văn Thủy, Chủ tịch UBND xã Phượng Tiến, cho biết xã có 11 tuyến đường được hỗ trợ; nhân dân người Tày, Nùng hiến đất rất tích cực, nhiều hộ hiến cả đất trồng chè. Tuy nhiên, ông cũng nêu khó khăn về giá vật liệu tăng cao khiến phần đối ứng của người dân lớn hơn dự kiến. Bà Hà Thị Dung, Bí thư Đảng ủy xã Trung Hội, kiến nghị tăng mức hỗ trợ cho các xóm đặc biệt khó khăn.
Qua giám sát, đoàn đánh giá huyện đã triển khai nghị quyết kịp thời, công khai danh mục công trình; công tác dân vận được làm tốt nên không có khiếu kiện về đất. Tuy vậy, vẫn còn 14 tuyến đường chậm tiến độ; hồ sơ thanh toán ở một số xã chưa đầy đủ; việc duy tu, bảo dưỡng sau đầu tư chưa được quan tâm.
Kết luận buổi giám sát, bà Nông Thị Lan đề nghị UBND huyện chỉ đạo đẩy nhanh tiến độ, hoàn thành các tuyến còn lại trong năm 2023; thực hiện nghiêm Kết luận số 22-KL/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong xây dựng nông thôn mới. Ông Lương Văn Hậu, Phó Chủ tịch UBND huyện Định Hóa, tiếp thu và cam kết khắc phục.
Cũng trong đợt này, đoàn đã làm việc với Sở Giao thông vận tải và Văn phòng Điều phối nông thôn mới tỉnh; kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ giữa năm của HĐND tỉnh.
Theo Thường trực HĐND tỉnh, chính sách hỗ trợ làm đường giao thông nông thôn là một trong những nghị quyết được cử tri Thái Nguyên đồng tình cao, nhất là ở các huyện miền núi phía bắc của tỉnh.
Minh Thu
Các tin khác
- Thường trực HĐND tỉnh giám sát tại Võ Nhai (05/05/2023)
- Đại Từ: 500 hộ hiến đất làm đường (26/04/2023)
- Phú Lương mở rộng đường liên xã (15/04/2023)
""", "2023-05-12", "Giám sát thực hiện chính sách hỗ trợ làm đường giao thông nông thôn tại Định Hóa",
E("giam_sat", "2023", "2023-05-10"),
[P("Nông Thị Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch HĐND tỉnh"),
 P("Ma Văn Thủy", "Chủ tịch UBND xã Phượng Tiến"),
 P("Hà Thị Dung", "Bí thư Đảng ủy xã Trung Hội"),
 P("Lương Văn Hậu", "Phó Chủ tịch UBND huyện Định Hóa")],
[Q("46,7 tỷ đồng", 46700000000, "đồng"), Q("83,5 km", 83.5, "km"), Q("61,2 km", 61.2, "km"), Q("73,3%", 73.3, "%"),
 Q("24 xã, thị trấn", 24, "xã, thị trấn"), Q("khoảng 57.000 m2", 57000, "m2", "approx"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"),
 Q("hơn 30.000 ngày công", 30000, "ngày công", "over"), Q("tối đa 700 triệu đồng/km", 700000000, "đồng"), Q("3,5 m", 3.5, "m"),
 Q("11 tuyến đường", 11, "tuyến đường"), Q("14 tuyến đường", 14, "tuyến đường")],
[D("Nghị quyết", "02", "2022/NQ-HĐND", "2022-03-25", "HĐND tỉnh", "Nghị quyết số 02/2022/NQ-HĐND ngày 25/3/2022"),
 D("Kết luận", "22", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 22-KL/TU")],
[prov("Thái Nguyên"), com("Phượng Tiến"), com("Trung Hội"), com("Chợ Chu")],
["HĐND TỈNH THÁI NGUYÊN - TRANG THÔNG TIN ĐIỆN TỬ", "Hoạt động HĐND » Giám sát",
 "Ảnh: Đoàn giám sát khảo sát thực tế tuyến đường xóm Khuôn Lặng."],
["Ngày 12/05/2023 - 15:40", "2 ngày", "giai đoạn 2022 - 2025", "năm 2023", "năm 2022", "quý I/2023"]))

PAGES.append(page("b6430-camau-doithoai-mo-lo-2023", """
Báo Cà Mau điện tử
Trang chủ › Thời sự › Dân vận
Thứ Năm, 26/10/2023 - 14:00
Lắng nghe dân, "gỡ vướng" mở rộng lộ giao thông nông thôn
(CMO) Sáng 25/10, ông Huỳnh Văn Bảy, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Trần Văn Thời, tổ chức đối thoại với nhân dân xã Khánh Bình Tây Bắc năm 2023, tập trung vào việc mở rộng tuyến lộ bê tông Kênh Hai - Đá Bạc.
Quang cảnh buổi đối thoại tại hội trường UBND xã.
Tuyến lộ dài 7,6 km, hiện mặt lộ chỉ rộng 1,5 m, nhiều đoạn sụp lún. Theo dự án, lộ được nâng cấp lên mặt rộng 3,5 m, kết hợp gia cố bờ kênh, tổng vốn gần 19 tỷ đồng từ ngân sách tỉnh và huyện. Dọc tuyến có 241 hộ dân, đến nay đã có 198 hộ ký biên bản hiến đất, còn 43 hộ chưa đồng thuận.
Tại buổi đối thoại, 21 lượt người dân phát biểu. Ông Lê Văn Thới, ấp Kênh Hai, đề nghị được hỗ trợ chi phí di dời cây dừa, hàng rào; bà Nguyễn Thị Ngọc Hân, ấp Đá Bạc, hỏi vì sao đoạn qua nhà bà phải lấy sâu hơn 2 m trong khi đoạn khác chỉ 1 m. Một số hộ lo ngại khi làm lộ, nước ròng làm sạt lở đất vườn.
Trả lời các ý kiến, ông Huỳnh Văn Bảy cho biết huyện sẽ hỗ trợ di dời vật kiến trúc, cây trồng theo Quyết định số 25/2020/QĐ-UBND của UBND tỉnh, mức 2 triệu đồng/hộ đối với hộ nghèo; đồng thời giao đơn vị tư vấn rà soát lại tim tuyến, bảo đảm lấy đất đều hai bên. Ông Trần Minh Luân, Trưởng phòng Kinh tế và Hạ tầng huyện, giải thích thêm về thiết kế kè chống sạt lở.
Bà Phạm Thị Cẩm Vân, Trưởng Ban Dân vận Huyện ủy Trần Văn Thời, đề nghị Đảng ủy xã phát huy vai trò tổ dân vận ấp, thực hiện tốt Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân.
Kết thúc đối thoại, thêm 29 hộ đăng ký hiến đất, nâng tổng số hộ đồng thuận lên 227 hộ, đạt 94,2%. Ông Lâm Văn Sơn, Bí thư Đảng ủy xã Khánh Bình Tây Bắc, cam kết trong tháng 11 xã sẽ vận động xong các hộ còn lại để khởi công công trình trước Tết.
Đây là cuộc đối thoại thứ ba trong năm nay của người đứng đầu UBND huyện với nhân dân, thực hiện Kết luận số 14-KL/TU của Ban Thường vụ Tỉnh ủy và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở.
Theo người dân ấp Kênh Hai, mùa mưa năm nào tuyến lộ cũ cũng ngập, học sinh phải xắn quần lội nước đến trường, xe chở lúa, chở tôm không vào được. Vì vậy, dù phải hiến đất, phần lớn bà con đều mong công trình sớm khởi công.
Hoàng Vũ
Tin liên quan
- U Minh: vận động hộ dân hiến đất làm lộ (18/10/2023)
- Đầm Dơi khởi công lộ giao thông nông thôn (10/10/2023)
- Dân vận khéo trong xây dựng nông thôn mới (02/10/2023)
""", "2023-10-26", "Lắng nghe dân, \"gỡ vướng\" mở rộng lộ giao thông nông thôn",
E("doi_thoai", "2023", "2023-10-25"),
[P("Huỳnh Văn Bảy", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Trần Văn Thời"),
 P("Lê Văn Thới"), P("Nguyễn Thị Ngọc Hân"),
 P("Trần Minh Luân", "Trưởng phòng Kinh tế và Hạ tầng huyện"),
 P("Phạm Thị Cẩm Vân", "Trưởng Ban Dân vận Huyện ủy Trần Văn Thời"),
 P("Lâm Văn Sơn", "Bí thư Đảng ủy xã Khánh Bình Tây Bắc")],
[Q("7,6 km", 7.6, "km"), Q("1,5 m", 1.5, "m"), Q("3,5 m", 3.5, "m"), Q("gần 19 tỷ đồng", 19000000000, "đồng", "approx"),
 Q("241 hộ dân", 241, "hộ dân"), Q("198 hộ", 198, "hộ"), Q("43 hộ", 43, "hộ"), Q("21 lượt người dân", 21, "lượt người dân"),
 Q("hơn 2 m", 2, "m", "over"), Q("1 m", 1, "m"), Q("2 triệu đồng/hộ", 2000000, "đồng"), Q("29 hộ", 29, "hộ"), Q("227 hộ", 227, "hộ"),
 Q("94,2%", 94.2, "%")],
[D("Quyết định", "25", "2020/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 25/2020/QĐ-UBND"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kết luận", "14", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 14-KL/TU"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["Báo Cà Mau điện tử", "Trang chủ › Thời sự › Dân vận", "(CMO)", "Quang cảnh buổi đối thoại tại hội trường UBND xã.",
 "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Năm, 26/10/2023 - 14:00", "năm 2023", "tháng 11", "thứ ba", "năm nay"]))
