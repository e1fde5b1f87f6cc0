from lib import *
PAGES = []

PAGES.append(page("b7463-kiengiang-ca-doithoai-2024", """
Báo Kiên Giang Online
Thời sự - Chính trị | An ninh trật tự
12/11/2024 - 16:35
Công an xã Vĩnh Phong đối thoại với đồng bào Khmer
Ngày 11-11, Công an xã Vĩnh Phong (huyện Vĩnh Thuận) phối hợp với Ủy ban MTTQ Việt Nam xã tổ chức đối thoại với nhân dân năm 2024, tập trung vào đồng bào Khmer ở 3 ấp Vĩnh Đông 1, Vĩnh Đông 2 và Phong Đông. Trung tá Danh Hoàng Sơn, Trưởng Công an xã chủ trì buổi đối thoại.
Trung tá Danh Hoàng Sơn trả lời ý kiến của người dân.
Hơn 150 người dân, cùng đại diện Ban quản trị chùa Khmer trong xã đến dự. Trước buổi đối thoại, Công an xã đã tiếp nhận 27 ý kiến qua hòm thư góp ý, nhóm Zalo của các ấp và qua tổ an ninh, trật tự cơ sở.
Ông Danh Thị, người dân ấp Vĩnh Đông 1, phản ánh tình trạng một số thanh niên tụ tập uống rượu, chạy xe máy lạng lách vào ban đêm. Bà Thị Sà Ra, ấp Phong Đông, hỏi về thủ tục làm căn cước cho người già không đi lại được. Đại đức Danh Lợi, Trụ trì chùa Phong Đông, đề nghị Công an xã phối hợp giữ gìn trật tự trong lễ Ok Om Bok sắp tới, khi dự kiến có khoảng 3.000 lượt khách đến chùa.
Trả lời từng ý kiến, Trung tá Danh Hoàng Sơn cho biết từ đầu năm, Công an xã đã xử lý 14 trường hợp vi phạm trật tự an toàn giao thông, lập biên bản 6 vụ gây rối trật tự công cộng; sẽ thành lập thêm 2 tổ tuần tra phối hợp với lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở theo Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Đối với người già yếu, Công an xã đã làm căn cước tại nhà cho 63 người, sẽ tiếp tục đến tận nhà đối với những trường hợp còn lại.
Thiếu tá Lê Văn Cường, Phó Trưởng Công an xã, thông tin Công an xã đang thực hiện Kế hoạch số 217/KH-CAT của Công an tỉnh về phát huy vai trò người có uy tín trong đồng bào Khmer, và Chỉ thị số 31-CT/HU của Ban Thường vụ Huyện ủy Vĩnh Thuận về bảo đảm an ninh nông thôn. Năm 2024, Công an xã phấn đấu 100% ấp đạt chuẩn "an toàn về an ninh, trật tự".
Ông Danh Văn Bé, Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Phong, đánh giá buổi đối thoại thẳng thắn, nhiều vấn đề bà con quan tâm được giải đáp ngay. Mặt trận sẽ giám sát việc thực hiện các nội dung Công an xã đã hứa trước dân.
Kết thúc đối thoại, Công an xã trao 20 phần quà cho hộ nghèo đồng bào Khmer, mỗi phần trị giá 500.000 đồng. Được biết, đây là mô hình đối thoại định kỳ Công an tỉnh Kiên Giang chọn làm điểm để nhân rộng ra các xã có đông đồng bào Khmer trong tỉnh.
Danh Thành
Tin cùng chuyên mục
- Gò Quao: Công an xã giúp dân sửa 12 căn nhà (05/11/2024)
- Ra mắt mô hình "Chùa Khmer an toàn" (28/10/2024)
- U Minh Thượng phát động phong trào toàn dân bảo vệ an ninh Tổ quốc (20/10/2024)
""", "2024-11-12", "Công an xã Vĩnh Phong đối thoại với đồng bào Khmer",
E("doi_thoai", "2024", "2024-11-11"),
[P("Danh Hoàng Sơn", "Trung tá", "Trưởng Công an xã"),
 P("Danh Thị", "người dân ấp Vĩnh Đông 1"),
 P("Thị Sà Ra"),
 P("Danh Lợi", "Đại đức", "Trụ trì chùa Phong Đông"),
 P("Lê Văn Cường", "Thiếu tá", "Phó Trưởng Công an xã"),
 P("Danh Văn Bé", "Chủ tịch Ủy ban MTTQ Việt Nam xã Vĩnh Phong")],
[Q("3 ấp", 3, "ấp"), Q("Hơn 150 người dân", 150, "người dân", "over"), Q("27 ý kiến", 27, "ý kiến"),
 Q("khoảng 3.000 lượt khách", 3000, "lượt khách", "approx"), Q("14 trường hợp", 14, "trường hợp"),
 Q("6 vụ gây rối trật tự công cộng", 6, "vụ gây rối trật tự công cộng"), Q("2 tổ tuần tra", 2, "tổ tuần tra"),
 Q("63 người", 63, "người"), Q("100% ấp", 100, "%"), Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "217", "KH-CAT", None, "Công an tỉnh", "Kế hoạch số 217/KH-CAT của Công an tỉnh"),
 D("Chỉ thị", "31", "CT/HU", None, "Ban Thường vụ Huyện ủy Vĩnh Thuận", "Chỉ thị số 31-CT/HU của Ban Thường vụ Huyện ủy Vĩnh Thuận")],
[prov("Kiên Giang"), com("Vĩnh Phong")],
["Báo Kiên Giang Online", "Thời sự - Chính trị | An ninh trật tự", "Trung tá Danh Hoàng Sơn trả lời ý kiến của người dân.",
 "Ok Om Bok", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Chùa Khmer an toàn"],
["12/11/2024 - 16:35", "năm 2024", "Năm 2024"]))

PAGES.append(page("b7464-quangtri-ca-giaoban-2025", """
CÔNG AN TỈNH QUẢNG TRỊ
Trang chủ » Hoạt động » Xây dựng lực lượng
Ngày đăng 09/04/2025 | 08:30
Toàn cảnh hội nghị giao ban.
Công an xã "gánh" thêm việc sau khi không tổ chức Công an cấp huyện
Ngày 8/4, Công an tỉnh Quảng Trị tổ chức hội nghị giao ban công tác quý I năm 2025, đánh giá hơn một tháng vận hành mô hình Công an 2 cấp (tỉnh, xã) sau khi không tổ chức Công an cấp huyện từ ngày 1/3/2025. Đại tá Nguyễn Đức Dũng, Giám đốc Công an tỉnh chủ trì; dự có đồng chí Hồ Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho biết, thực hiện Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương và Kế hoạch số 46/KH-CAT ngày 20/2/2025 của Công an tỉnh, đơn vị đã bổ sung 312 cán bộ từ Công an cấp huyện về 125 xã, phường, thị trấn, nâng tổng số cán bộ Công an cấp xã lên 1.487 đồng chí, bình quân gần 12 đồng chí/xã. Trong quý I, Công an cấp xã đã tiếp nhận 2.146 hồ sơ thủ tục hành chính thuộc lĩnh vực cư trú, căn cước, giải quyết đúng hạn 99,2%; thụ lý 186 tin báo về tội phạm.
Đáng chú ý, công tác dân vận tiếp tục được chú trọng: Công an xã đã tổ chức 245 buổi tuyên truyền tại thôn, bản; vận động 19 hộ đồng bào Vân Kiều, Pa Kô ở các xã Hướng Lập, A Bung tháo dỡ nhà tạm ven suối, di dời đến nơi ở an toàn; phối hợp hòa giải thành 73 vụ việc.
Thượng tá Hồ Văn Páo, Trưởng Công an xã Hướng Lập, cho biết Công an xã hiện có 9 cán bộ, trong đó 4 đồng chí là người Vân Kiều, giúp bà con hiểu và làm theo. Còn Thiếu tá Lê Thị Hồng Nhung, Trưởng Công an phường Đông Lương (thành phố Đông Hà), kiến nghị bổ sung máy tính, máy in vì khối lượng hồ sơ tăng gần 40% so với trước.
Phát biểu tại hội nghị, đồng chí Hồ Thị Thu Hằng đề nghị Công an các xã thực hiện tốt Quy chế phối hợp số 07-QC/BDVTU-CAT giữa Ban Dân vận Tỉnh ủy và Công an tỉnh, tham gia sinh hoạt khối dân vận xã đầy đủ, "lắng nghe dân, nói dân hiểu, làm dân tin".
Kết luận hội nghị, Đại tá Nguyễn Đức Dũng yêu cầu quý II, Công an các xã chuẩn bị phương án bảo đảm an ninh, trật tự khi sắp xếp đơn vị hành chính cấp xã, không để gián đoạn việc phục vụ người dân; chủ động nắm tình hình tư tưởng cán bộ, nhân dân, kịp thời báo cáo những vấn đề phát sinh.
Lực lượng Công an tỉnh cũng được giao xây dựng phương án bố trí trụ sở Công an các xã sau sắp xếp, ưu tiên tận dụng trụ sở của Công an cấp huyện cũ và trụ sở dôi dư của các cơ quan, bảo đảm điều kiện làm việc và tiếp công dân.
Hải Phong
Tin khác
- Công an tỉnh trao quyết định điều động cán bộ về xã (28/02/2025)
- Hướng Hóa: Công an xã giúp dân khắc phục sạt lở (15/02/2025)
- Gặp mặt người có uy tín đồng bào Vân Kiều, Pa Kô (20/01/2025)
""", "2025-04-09", "Công an xã \"gánh\" thêm việc sau khi không tổ chức Công an cấp huyện",
E("giao_ban", "2025-Q1", "2025-04-08"),
[P("Nguyễn Đức Dũng", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Hồ Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Páo", "Thượng tá", "Trưởng Công an xã Hướng Lập"),
 P("Lê Thị Hồng Nhung", "Thiếu tá", "Trưởng Công an phường Đông Lương")],
[Q("312 cán bộ", 312, "cán bộ"), Q("125 xã, phường, thị trấn", 125, "xã, phường, thị trấn"), Q("1.487 đồng chí", 1487, "đồng chí"),
 Q("gần 12 đồng chí/xã", 12, "đồng chí", "approx"), Q("2.146 hồ sơ thủ tục hành chính", 2146, "hồ sơ thủ tục hành chính"),
 Q("99,2%", 99.2, "%"), Q("186 tin báo", 186, "tin báo"), Q("245 buổi tuyên truyền", 245, "buổi tuyên truyền"),
 Q("19 hộ đồng bào Vân Kiều, Pa Kô", 19, "hộ đồng bào Vân Kiều, Pa Kô"), Q("73 vụ việc", 73, "vụ việc"),
 Q("9 cán bộ", 9, "cán bộ"), Q("4 đồng chí", 4, "đồng chí"), Q("gần 40%", 40, "%", "approx")],
[D("Kết luận", "121", "KL/TW", "2025-01-24", "Ban Chấp hành Trung ương", "Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương"),
 D("Kế hoạch", "46", "KH-CAT", "2025-02-20", "Công an tỉnh", "Kế hoạch số 46/KH-CAT ngày 20/2/2025 của Công an tỉnh"),
 D("Quy chế phối hợp", "07", "QC/BDVTU-CAT", None, None, "Quy chế phối hợp số 07-QC/BDVTU-CAT")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Bung"), com("Đông Lương")],
["CÔNG AN TỈNH QUẢNG TRỊ", "Trang chủ » Hoạt động » Xây dựng lực lượng", "Toàn cảnh hội nghị giao ban.",
 "lắng nghe dân, nói dân hiểu, làm dân tin"],
["Ngày đăng 09/04/2025 | 08:30", "quý I năm 2025", "hơn một tháng", "1.487 đồng chí", "gần 12 đồng chí/xã", "4 đồng chí", "quý II",
 "Công an 2 cấp"]))

PAGES.append(page("b7465-tuyenquang-ca-xamoi-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự › Chính trị
15/07/2025 | 11:10
Công an xã Lũng Cú sẵn sàng phục vụ nhân dân sau sắp xếp
Sau gần 2 tuần chính quyền địa phương 2 cấp đi vào hoạt động, Công an xã Lũng Cú, tỉnh Tuyên Quang (được thành lập trên cơ sở sắp xếp các xã Lũng Cú, Ma Lé, Lũng Táo cũ của huyện Đồng Văn, tỉnh Hà Giang trước đây) đã ổn định tổ chức, phục vụ nhân dân thông suốt.
Cán bộ Công an xã Lũng Cú hướng dẫn người dân làm thủ tục tại trụ sở.
Theo Trung tá Vàng Mí Dính, Trưởng Công an xã Lũng Cú, sau sắp xếp, xã có diện tích hơn 120 km2, 31 thôn với gần 4.300 hộ, hơn 98% là đồng bào Mông, Lô Lô. Công an xã hiện có 21 cán bộ, chiến sĩ, được chia thành 3 tổ công tác phụ trách địa bàn 3 xã cũ để người dân không phải đi xa. Chỉ trong 2 tuần, Công an xã đã tiếp nhận, giải quyết 418 hồ sơ cư trú, căn cước; hướng dẫn khoảng 600 người dân điều chỉnh thông tin địa chỉ mới trên ứng dụng VNeID.
"Nhiều bà con chưa biết chữ, không sử dụng điện thoại thông minh nên anh em phải đến từng nhà hướng dẫn, có hôm đi bộ hơn 10 km", Trung tá Vàng Mí Dính chia sẻ.
Ông Sùng Mí Chá, Bí thư Đảng ủy xã Lũng Cú, cho biết thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Nghị quyết số 1684/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp các đơn vị hành chính cấp xã của tỉnh Tuyên Quang, Đảng ủy xã đã ban hành Nghị quyết số 03-NQ/ĐU về lãnh đạo bảo đảm an ninh, trật tự trong giai đoạn đầu vận hành bộ máy mới, giao Công an xã làm nòng cốt phong trào toàn dân bảo vệ an ninh Tổ quốc ở khu vực biên giới.
Tại trụ sở Công an xã, bộ phận tiếp nhận hồ sơ được bố trí ngay tầng một, có biển hướng dẫn bằng tiếng Việt và tiếng Mông. Những ngày phiên chợ, cán bộ Công an xã trực cả buổi trưa để bà con ở xa làm xong thủ tục trong ngày, không phải ở lại qua đêm.
Ông Lò Văn Pủa, người có uy tín thôn Lô Lô Chải, nói: "Công an xã ở gần dân, có việc gì bà con gọi là các chú đến ngay. Bà con yên tâm".
Bên cạnh nhiệm vụ chuyên môn, các chiến sĩ Công an xã còn giúp 15 hộ nghèo sửa lại nhà bị hư hỏng do mưa lớn, hỗ trợ khoảng 200 ngày công. Đoàn Thanh niên Công an tỉnh cũng trao tặng 50 chăn ấm, 30 bộ quần áo cho học sinh Trường Phổ thông dân tộc bán trú xã.
Theo Đại tá Nguyễn Văn Long, Phó Giám đốc Công an tỉnh Tuyên Quang, toàn tỉnh mới hiện có 124 xã, phường; Công an tỉnh đã bố trí đủ lực lượng, trong đó ưu tiên các xã biên giới như Lũng Cú, Phố Bảng mỗi xã từ 20 cán bộ trở lên.
Việt Hà - Giàng Sử
Tin liên quan
- Công an tỉnh Tuyên Quang ra mắt Công an 124 xã, phường (01/07/2025)
- Mèo Vạc: Công an xã giúp dân khắc phục thiên tai (10/07/2025)
- Hàm Yên: tuyên truyền phòng, chống mua bán người (08/07/2025)
""", "2025-07-15", "Công an xã Lũng Cú sẵn sàng phục vụ nhân dân sau sắp xếp",
E("khac", None, None),
[P("Vàng Mí Dính", "Trung tá", "Trưởng Công an xã Lũng Cú"),
 P("Sùng Mí Chá", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Văn Pủa", "người có uy tín thôn Lô Lô Chải"),
 P("Nguyễn Văn Long", "Đại tá", "Phó Giám đốc Công an tỉnh Tuyên Quang")],
[Q("hơn 120 km2", 120, "km2", "over"), Q("31 thôn", 31, "thôn"), Q("gần 4.300 hộ", 4300, "hộ", "approx"),
 Q("hơn 98%", 98, "%", "over"), Q("21 cán bộ, chiến sĩ", 21, "cán bộ, chiến sĩ"), Q("3 tổ công tác", 3, "tổ công tác"), Q("3 xã cũ", 3, "xã"),
 Q("418 hồ sơ cư trú, căn cước", 418, "hồ sơ cư trú, căn cước"), Q("khoảng 600 người dân", 600, "người dân", "approx"),
 Q("hơn 10 km", 10, "km", "over"), Q("15 hộ nghèo", 15, "hộ nghèo"), Q("khoảng 200 ngày công", 200, "ngày công", "approx"),
 Q("50 chăn ấm", 50, "chăn ấm"), Q("30 bộ quần áo", 30, "bộ quần áo"), Q("124 xã, phường", 124, "xã, phường"),
 Q("từ 20 cán bộ trở lên", 20, "cán bộ", "over")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"),
 D("Nghị quyết", "1684", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1684/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội"),
 D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé"), com("Lũng Táo"), com("Phố Bảng")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự › Chính trị",
 "Cán bộ Công an xã Lũng Cú hướng dẫn người dân làm thủ tục tại trụ sở.", "VNeID"],
["15/07/2025 | 11:10", "gần 2 tuần", "2 tuần", "chính quyền địa phương 2 cấp"]))

PAGES.append(page("b7466-lamdong-ca-daihoi-2025", """
BÁO LÂM ĐỒNG
Chính trị > Xây dựng Đảng
Thứ Năm, 21/08/2025, 15:20
Đảng bộ Công an xã Quảng Trực tổ chức Đại hội lần thứ I
Ngày 20/8, Đảng bộ Công an xã Quảng Trực tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là một trong những đảng bộ Công an xã biên giới đầu tiên của tỉnh Lâm Đồng (mới) tổ chức đại hội sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Dự và chỉ đạo đại hội có Thiếu tướng Lê Quang Đạo, Phó Giám đốc Công an tỉnh; đồng chí Điểu Thị Mai, Bí thư Đảng ủy xã Quảng Trực. Đại hội có 32 đại biểu đại diện cho 47 đảng viên của 3 chi bộ trực thuộc.
Báo cáo chính trị nêu rõ, nhiệm kỳ qua Công an các xã Quảng Trực, Đắk Ngo (trước sắp xếp) đã phối hợp với Đồn Biên phòng vận động 126 hộ đồng bào Mnông, S'tiêng ký cam kết không di cư tự do, không vượt biên trái phép; hòa giải thành 58 vụ tranh chấp đất rẫy giữa các hộ dân; triệt phá 9 vụ khai thác, vận chuyển lâm sản trái phép. Công an xã cũng xây dựng 4 mô hình "Dân vận khéo", trong đó mô hình "Bon an toàn, đoàn kết" ở bon Bu Prăng 1 được Ban Dân vận Tỉnh ủy Đắk Nông (cũ) khen thưởng.
Nhiệm kỳ 2025 - 2030, Đảng bộ phấn đấu 100% bon, thôn đạt tiêu chuẩn an toàn về an ninh, trật tự; mỗi năm kết nạp ít nhất 3 đảng viên mới; giải quyết 100% tin báo đúng thời hạn. Đảng bộ sẽ tổ chức thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII và Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.
Đại hội cũng thẳng thắn nhìn nhận hạn chế: một số cán bộ mới điều động về xã chưa thông thạo địa bàn, chưa biết tiếng đồng bào; việc phối hợp với các đoàn thể trong tuyên truyền ở các bon xa có lúc chưa thường xuyên.
Phát biểu chỉ đạo, Thiếu tướng Lê Quang Đạo đề nghị Đảng bộ chú trọng công tác dân vận, "mỗi cán bộ Công an xã là một cán bộ dân vận", học tiếng Mnông để gần gũi đồng bào.
Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2025 - 2030 gồm 7 đồng chí. Thượng tá Y Sơn Niê, Trưởng Công an xã Quảng Trực được bầu giữ chức Bí thư Đảng ủy Công an xã; Thiếu tá Điểu K'Rớt được bầu làm Phó Bí thư Đảng ủy Công an xã. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Đảng bộ Công an tỉnh.
Đồng chí Điểu Thị Mai đánh giá cao sự gắn bó của cán bộ Công an với bà con ở các bon biên giới, đề nghị Đảng bộ Công an xã tiếp tục tham mưu Đảng ủy xã lãnh đạo bảo đảm an ninh, trật tự trên tuyến biên giới dài gần 30 km của xã.
K'Dịu - Quang Minh
Tin khác
- Lâm Đồng: ra mắt Công an 124 xã, phường, đặc khu (02/07/2025)
- Công an xã Đắk Wil trao nhà cho hộ nghèo (14/08/2025)
- Bảo Lộc: tuyên truyền pháp luật cho đồng bào K'Ho (06/08/2025)
""", "2025-08-21", "Đảng bộ Công an xã Quảng Trực tổ chức Đại hội lần thứ I",
E("dai_hoi", None, "2025-08-20"),
[P("Lê Quang Đạo", "Thiếu tướng", "Phó Giám đốc Công an tỉnh"),
 P("Điểu Thị Mai", "Bí thư Đảng ủy xã Quảng Trực"),
 P("Y Sơn Niê", "Thượng tá", "Trưởng Công an xã Quảng Trực", "Bí thư Đảng ủy Công an xã"),
 P("Điểu K'Rớt", "Thiếu tá", "Phó Bí thư Đảng ủy Công an xã")],
[Q("32 đại biểu", 32, "đại biểu"), Q("47 đảng viên", 47, "đảng viên"), Q("3 chi bộ trực thuộc", 3, "chi bộ trực thuộc"),
 Q("126 hộ đồng bào Mnông, S'tiêng", 126, "hộ đồng bào Mnông, S'tiêng"), Q("58 vụ tranh chấp đất rẫy", 58, "vụ tranh chấp đất rẫy"),
 Q("9 vụ khai thác, vận chuyển lâm sản trái phép", 9, "vụ khai thác, vận chuyển lâm sản trái phép"), Q("4 mô hình", 4, "mô hình"),
 Q("100% bon, thôn", 100, "%"), Q("ít nhất 3 đảng viên mới", 3, "đảng viên mới", "over"), Q("100% tin báo", 100, "%"),
 Q("7 đồng chí", 7, "đồng chí"), Q("3 đại biểu", 3, "đại biểu"), Q("gần 30 km", 30, "km", "approx")],
[D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII"),
 D("Chỉ thị", "45", "CT/TW", "2025-04-14", "Bộ Chính trị", "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Đắk Ngo")],
["BÁO LÂM ĐỒNG", "Chính trị > Xây dựng Đảng", "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Dân vận khéo",
 "Bon an toàn, đoàn kết", "mỗi cán bộ Công an xã là một cán bộ dân vận"],
["Thứ Năm, 21/08/2025, 15:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "khóa XII", "lần thứ XIV", "7 đồng chí", "mỗi năm"]))

PAGES.append(page("b7467-dongnai-ca-tongket-2026", """
ĐỒNG NAI ĐIỆN TỬ - Báo Đồng Nai
Hôm nay: Thứ Bảy, 10/01/2026
Trang chủ / Thời sự / An ninh - Trật tự
Thứ Sáu, 09/01/2026 - 18:30
Đồng chí Vũ Hồng Văn phát biểu chỉ đạo hội nghị.
Công an tỉnh triển khai nhiệm vụ năm 2026
Sáng 8-1, Công an tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác Công an năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Công an tỉnh tổng kết sau khi hợp nhất hai tỉnh Đồng Nai và Bình Phước. Dự và chỉ đạo có đồng chí Vũ Hồng Văn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Thiếu tướng Nguyễn Sỹ Quang, Giám đốc Công an tỉnh chủ trì.
Theo báo cáo, năm 2025 Công an tỉnh đã hoàn thành sắp xếp bộ máy theo mô hình Công an 2 cấp, kiện toàn Công an 95 xã, phường với gần 4.800 cán bộ, chiến sĩ; 100% Công an xã có trụ sở làm việc. Tội phạm về trật tự xã hội giảm 14,7%; Công an cấp xã trực tiếp giải quyết 86% tin báo, tố giác tội phạm ngay tại cơ sở.
Công tác dân vận đạt nhiều kết quả: Công an các xã đã phối hợp Mặt trận, đoàn thể hỗ trợ xóa 420 căn nhà tạm, nhà dột nát với tổng kinh phí hơn 25 tỷ đồng; vận động đồng bào S'tiêng ở các xã Bù Gia Mập, Đăk Ơ góp ý xây dựng 36 hương ước, quy ước gắn với bảo đảm an ninh, trật tự. Toàn tỉnh duy trì 5.216 tổ bảo vệ an ninh, trật tự ở cơ sở.
Thượng tá Điểu Minh Tâm, Trưởng Công an xã Bù Gia Mập, cho biết xã đã xây dựng mô hình "Sóc bình yên" ở 8 sóc đồng bào S'tiêng, giúp 54 thanh niên có việc làm ổn định. Trung tá Phạm Thị Thanh Xuân, Trưởng Công an phường Trấn Biên, báo cáo kết quả giải quyết 1.320 hồ sơ trực tuyến trên Cổng dịch vụ công.
Phát biểu chỉ đạo, đồng chí Vũ Hồng Văn ghi nhận những kết quả Công an tỉnh đạt được năm 2025, yêu cầu năm 2026 tiếp tục thực hiện Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị về đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại, và Chương trình hành động số 05-CTr/TU của Tỉnh ủy; Công an xã phải là "điểm tựa" của nhân dân, gắn chặt với công tác dân vận.
Hội nghị cũng chỉ ra những khó khăn sau sắp xếp: địa bàn nhiều xã rộng, giao thông cách trở; khối lượng thủ tục hành chính tăng mạnh trong khi trang thiết bị ở một số Công an xã chưa đáp ứng; tình hình tranh chấp đất đai ở các xã giáp ranh còn tiềm ẩn phức tạp.
Thiếu tướng Nguyễn Sỹ Quang cho biết năm 2026, Công an tỉnh phấn đấu giảm ít nhất 5% tội phạm về trật tự xã hội, giải quyết trên 90% tin báo tại cấp xã.
Dịp này, Bộ trưởng Bộ Công an tặng Cờ thi đua cho 3 tập thể; Giám đốc Công an tỉnh tặng giấy khen cho 112 tập thể, 245 cá nhân có thành tích xuất sắc.
Bùi Lâm
Tin liên quan
- Công an xã Lộc Ninh ra mắt mô hình "Camera an ninh" (05/01/2026)
- Trao 200 phần quà Tết cho hộ nghèo biên giới (30/12/2025)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại phường Long Bình (25/12/2025)
""", "2026-01-09", "Công an tỉnh triển khai nhiệm vụ năm 2026",
E("tong_ket", "2025", "2026-01-08"),
[P("Vũ Hồng Văn", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Nguyễn Sỹ Quang", "Thiếu tướng", "Giám đốc Công an tỉnh"),
 P("Điểu Minh Tâm", "Thượng tá", "Trưởng Công an xã Bù Gia Mập"),
 P("Phạm Thị Thanh Xuân", "Trung tá", "Trưởng Công an phường Trấn Biên")],
[Q("95 xã, phường", 95, "xã, phường"), Q("gần 4.800 cán bộ, chiến sĩ", 4800, "cán bộ, chiến sĩ", "approx"),
 Q("100% Công an xã", 100, "%"), Q("14,7%", 14.7, "%"), Q("86%", 86, "%"),
 Q("420 căn nhà tạm, nhà dột nát", 420, "căn nhà tạm, nhà dột nát"), Q("hơn 25 tỷ đồng", 25000000000, "đồng", "over"),
 Q("36 hương ước, quy ước", 36, "hương ước, quy ước"), Q("5.216 tổ bảo vệ an ninh, trật tự", 5216, "tổ bảo vệ an ninh, trật tự"),
 Q("8 sóc", 8, "sóc"), Q("54 thanh niên", 54, "thanh niên"), Q("1.320 hồ sơ trực tuyến", 1320, "hồ sơ trực tuyến"),
 Q("ít nhất 5%", 5, "%", "over"), Q("trên 90%", 90, "%", "over"), Q("3 tập thể", 3, "tập thể"), Q("112 tập thể", 112, "tập thể"),
 Q("245 cá nhân", 245, "cá nhân")],
[D("Nghị quyết", "12", "NQ/TW", "2022-03-16", "Bộ Chính trị", "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU của Tỉnh ủy")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đăk Ơ"), com("Trấn Biên")],
["ĐỒNG NAI ĐIỆN TỬ - Báo Đồng Nai", "Hôm nay: Thứ Bảy, 10/01/2026", "Trang chủ / Thời sự / An ninh - Trật tự",
 "Đồng chí Vũ Hồng Văn phát biểu chỉ đạo hội nghị.", "Sóc bình yên", "điểm tựa"],
["Thứ Sáu, 09/01/2026 - 18:30", "năm 2025", "năm 2026", "Công an 2 cấp"]))

PAGES.append(page("b7468-vinhlong-bdv-giamsat-2026", """
VĨNH LONG ONLINE
Chính trị - Xã hội » Dân vận
17/03/2026 - 21:05
Giám sát việc thực hiện dân chủ ở cơ sở tại Công an phường Nguyệt Hóa
Chiều 17/3, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Thạch Thị Kim Phượng, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn, giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở và công tác dân vận tại Công an phường Nguyệt Hóa.
Đoàn giám sát làm việc với Công an phường Nguyệt Hóa. Ảnh: Sơn Lâm
Theo báo cáo, Công an phường Nguyệt Hóa được kiện toàn từ ngày 1/7/2025 trên cơ sở Công an các xã, phường cũ thuộc thành phố Trà Vinh và huyện Châu Thành (tỉnh Trà Vinh trước đây), hiện có 34 cán bộ, chiến sĩ, phụ trách địa bàn 18 khóm, ấp với hơn 11.200 hộ, trong đó khoảng 35% là đồng bào Khmer.
Thực hiện Kế hoạch số 26-KH/BDVTU ngày 5/1/2026 của Ban Dân vận Tỉnh ủy và Quy định số 11-QĐ/ĐU của Đảng ủy phường về thực hiện dân chủ trong hoạt động của cơ quan, đơn vị, Công an phường đã công khai 100% thủ tục hành chính tại trụ sở và trên trang thông tin của phường; niêm yết số điện thoại đường dây nóng ở 18 khóm, ấp. Từ tháng 7/2025 đến nay, đơn vị tiếp 415 lượt công dân, tiếp nhận 23 đơn thư, giải quyết xong 21 đơn; không có khiếu nại về thái độ phục vụ của cán bộ.
Thiếu tá Kim Sa Phol, Trưởng Công an phường, cho biết đơn vị phân công mỗi cán bộ phụ trách 1 khóm, ấp, phối hợp với 12 chùa Phật giáo Nam tông Khmer giữ gìn an ninh, trật tự; vận động 6 hộ tháo dỡ công trình lấn chiếm hành lang kênh. Ông Sơn Thanh Tú, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, đánh giá Công an phường thực hiện tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Đoàn giám sát cũng chỉ ra một số hạn chế: việc lấy ý kiến nhân dân về kế hoạch tuần tra chưa thường xuyên; hồ sơ tiếp công dân ở 2 ấp còn ghi chép chưa đầy đủ. Bà Lê Thị Ngọc Hân, Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Dân vận Tỉnh ủy, đề nghị Công an phường tổ chức ít nhất 2 cuộc đối thoại với nhân dân trong năm.
Kết luận buổi giám sát, đồng chí Thạch Thị Kim Phượng ghi nhận những kết quả Công an phường đã đạt được trong điều kiện vừa sắp xếp bộ máy, đề nghị tiếp tục thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện quy chế dân chủ ở cơ sở, Kết luận số 120-KL/TW của Ban Bí thư, phát huy vai trò người có uy tín trong đồng bào Khmer.
Theo kế hoạch của Ban Dân vận tỉnh Vĩnh Long, kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trong quý II.
Trong tháng 3, Đoàn giám sát còn làm việc tại Công an các xã Long Hồ, Tiểu Cần và phường Phú Khương.
Sơn Lâm
Tin liên quan
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2026 (12/01/2026)
- Gặp mặt chức sắc, chức việc Phật giáo Nam tông Khmer (05/03/2026)
- Giao ban khối dân vận quý I (10/03/2026)
""", "2026-03-17", "Giám sát việc thực hiện dân chủ ở cơ sở tại Công an phường Nguyệt Hóa",
E("giam_sat", None, "2026-03-17"),
[P("Thạch Thị Kim Phượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Sa Phol", "Thiếu tá", "Trưởng Công an phường"),
 P("Sơn Thanh Tú", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"),
 P("Lê Thị Ngọc Hân", "Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("34 cán bộ, chiến sĩ", 34, "cán bộ, chiến sĩ"), Q("18 khóm, ấp", 18, "khóm, ấp"), Q("hơn 11.200 hộ", 11200, "hộ", "over"),
 Q("khoảng 35%", 35, "%", "approx"), Q("100% thủ tục hành chính", 100, "%"), Q("415 lượt công dân", 415, "lượt công dân"),
 Q("23 đơn thư", 23, "đơn thư"), Q("21 đơn", 21, "đơn"), Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"),
 Q("6 hộ", 6, "hộ"), Q("2 ấp", 2, "ấp"), Q("ít nhất 2 cuộc đối thoại", 2, "cuộc đối thoại", "over")],
[D("Kế hoạch", "26", "KH/BDVTU", "2026-01-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 26-KH/BDVTU ngày 5/1/2026 của Ban Dân vận Tỉnh ủy"),
 D("Quy định", "11", "QĐ/ĐU", None, "Đảng ủy phường", "Quy định số 11-QĐ/ĐU của Đảng ủy phường"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW của Bộ Chính trị"),
 D("Kết luận", "120", "KL/TW", None, "Ban Bí thư", "Kết luận số 120-KL/TW của Ban Bí thư")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Nguyệt Hóa"), com("Long Hồ"), com("Tiểu Cần"), com("Phú Khương")],
["VĨNH LONG ONLINE", "Chính trị - Xã hội » Dân vận", "Đoàn giám sát làm việc với Công an phường Nguyệt Hóa. Ảnh: Sơn Lâm",
 "Luật Thực hiện dân chủ ở cơ sở", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"],
["17/03/2026 - 21:05", "tháng 7/2025", "1 khóm, ấp", "tháng 3"]))
