from lib import *
PAGES = []

PAGES.append(page("b6953-hanoi-doanhoitham-tongket-2021", """
HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội
Chính trị › Hội đồng nhân dân
30 tháng 12, 2021 | 17:10
Hội thẩm nhân dân Thủ đô vượt khó, bảo đảm xét xử trong dịch bệnh
(HNM) - Chiều 29-12, Đoàn Hội thẩm nhân dân Tòa án nhân dân thành phố Hà Nội tổ chức hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022. Dự hội nghị có đồng chí Phùng Thị Hồng Hà, Phó Chủ tịch HĐND thành phố; đồng chí Lê Quang Thái, Chánh án Tòa án nhân dân thành phố.
Năm 2021 là năm đầu của nhiệm kỳ 2021 - 2026. Tại kỳ họp thứ nhất, HĐND thành phố khóa XVI đã bầu 156 Hội thẩm nhân dân Tòa án nhân dân thành phố, trong đó 68 người lần đầu được bầu; HĐND 30 quận, huyện, thị xã bầu 1.214 Hội thẩm nhân dân cấp huyện. Ông Trần Đức Mạnh, nguyên Phó Chánh án Tòa án nhân dân quận Hoàn Kiếm, được Đoàn Hội thẩm tín nhiệm bầu giữ chức Trưởng đoàn Hội thẩm nhân dân Tòa án nhân dân thành phố nhiệm kỳ 2021 - 2026.
Do ảnh hưởng của dịch Covid-19, nhiều thời điểm Tòa án phải tạm dừng xét xử. Dù vậy, Hội thẩm nhân dân hai cấp đã tham gia xét xử 11.368 vụ án, đạt khoảng 96% số vụ án phải có Hội thẩm tham gia; trong đó có 43 phiên tòa xét xử trực tuyến và 126 phiên tòa rút kinh nghiệm. Không có Hội thẩm nào vi phạm quy chế, không có bản án bị hủy vì lỗi chủ quan của Hội thẩm.
Báo cáo tổng kết do bà Vũ Thị Minh Nguyệt, Phó Trưởng đoàn Hội thẩm trình bày nêu rõ: việc thực hiện Nghị quyết số 05/NQ-HĐND ngày 20/7/2021 của HĐND thành phố về bầu Hội thẩm nhân dân được tiến hành chặt chẽ; chế độ bồi dưỡng, trang phục cho Hội thẩm được chi trả đầy đủ với tổng kinh phí hơn 2,1 tỷ đồng. Tuy nhiên, do phần lớn Hội thẩm kiêm nhiệm, có người cùng lúc được triệu tập ở hai phiên tòa, nên việc bố trí lịch còn khó khăn.
Chia sẻ kinh nghiệm, Hội thẩm Nguyễn Thị Lan Phương, cán bộ Hội Liên hiệp Phụ nữ phường Cửa Nam, cho biết chị thường dành 2 - 3 buổi tối nghiên cứu hồ sơ mỗi vụ án về bạo lực gia đình, xâm hại trẻ em để chuẩn bị câu hỏi tại phiên tòa. Ông Đinh Công Sơn, Hội thẩm nhân dân Tòa án nhân dân thành phố, đề nghị tăng số lớp bồi dưỡng kỹ năng xét xử trực tuyến.
Phát biểu chỉ đạo, đồng chí Phùng Thị Hồng Hà đề nghị Đoàn Hội thẩm tiếp tục quán triệt Nghị quyết số 49-NQ/TW của Bộ Chính trị về Chiến lược cải cách tư pháp, Kết luận số 84-KL/TW của Bộ Chính trị về tiếp tục thực hiện Nghị quyết 49; mỗi Hội thẩm phải "vững về chính trị, giỏi về pháp luật, gần gũi với nhân dân". Thường trực HĐND thành phố sẽ phối hợp Tòa án thành phố tổ chức tập huấn định kỳ cho Hội thẩm, tối thiểu 2 đợt mỗi năm.
Dịp này, Đoàn Hội thẩm đề nghị Chánh án Tòa án nhân dân tối cao tặng bằng khen cho 8 Hội thẩm và Tòa án nhân dân thành phố tặng giấy khen cho 25 Hội thẩm có thành tích xuất sắc.
Hội nghị cũng thống nhất năm 2022 tập trung vào công tác quản lý, đánh giá Hội thẩm; tăng cường trao đổi nghiệp vụ giữa Hội thẩm với Thẩm phán trước mỗi phiên tòa; phấn đấu mỗi Hội thẩm tham gia đủ số phiên tòa theo phân công.
Ngọc Lan
Tin khác
- Quận Ba Đình: HĐND giám sát công tác thi hành án dân sự (22/12/2021)
- Tòa án thành phố xét xử trực tuyến 12 vụ án trong tháng 11 (15/12/2021)
- Hội thẩm nhân dân huyện Sóc Sơn tập huấn kỹ năng xét xử (03/12/2021)
""", "2021-12-30", "Hội thẩm nhân dân Thủ đô vượt khó, bảo đảm xét xử trong dịch bệnh",
E("tong_ket", "2021", "2021-12-29"),
[P("Phùng Thị Hồng Hà", "Phó Chủ tịch HĐND thành phố"),
 P("Lê Quang Thái", "Chánh án Tòa án nhân dân thành phố"),
 P("Trần Đức Mạnh", "nguyên Phó Chánh án Tòa án nhân dân quận Hoàn Kiếm", "Trưởng đoàn Hội thẩm nhân dân Tòa án nhân dân thành phố nhiệm kỳ 2021 - 2026"),
 P("Vũ Thị Minh Nguyệt", "Phó Trưởng đoàn Hội thẩm"),
 P("Nguyễn Thị Lan Phương", "Hội thẩm", "cán bộ Hội Liên hiệp Phụ nữ phường Cửa Nam"),
 P("Đinh Công Sơn", "Hội thẩm nhân dân Tòa án nhân dân thành phố")],
[Q("156 Hội thẩm nhân dân", 156, "Hội thẩm nhân dân"), Q("68 người", 68, "người"), Q("30 quận, huyện, thị xã", 30, "quận, huyện, thị xã"),
 Q("1.214 Hội thẩm nhân dân cấp huyện", 1214, "Hội thẩm nhân dân cấp huyện"), Q("11.368 vụ án", 11368, "vụ án"),
 Q("khoảng 96%", 96, "%", "approx"), Q("43 phiên tòa", 43, "phiên tòa"), Q("126 phiên tòa rút kinh nghiệm", 126, "phiên tòa rút kinh nghiệm"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("tối thiểu 2 đợt", 2, "đợt"),
 Q("8 Hội thẩm", 8, "Hội thẩm"), Q("25 Hội thẩm có thành tích xuất sắc", 25, "Hội thẩm")],
[D("Nghị quyết", "05", "NQ-HĐND", "2021-07-20", "HĐND thành phố", "Nghị quyết số 05/NQ-HĐND ngày 20/7/2021"),
 D("Nghị quyết", "49", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 49-NQ/TW"),
 D("Kết luận", "84", "KL/TW", None, "Bộ Chính trị", "Kết luận số 84-KL/TW")],
[prov("Hà Nội"), com("Cửa Nam")],
["HÀ NỘI MỚI - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "Chính trị › Hội đồng nhân dân", "(HNM)",
 "vững về chính trị, giỏi về pháp luật, gần gũi với nhân dân", "Đoàn Hội thẩm nhân dân Tòa án nhân dân thành phố Hà Nội"],
["30 tháng 12, 2021 | 17:10", "năm 2022", "nhiệm kỳ 2021 - 2026", "kỳ họp thứ nhất", "khóa XVI", "2 - 3 buổi tối", "Nghị quyết 49"]))

PAGES.append(page("b6954-bentre-tuphapxa-giaoban-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỎ CÀY NAM
Tin tức - Sự kiện | Cải cách hành chính | Tư pháp
Ngày 03/11/2021 | 08:45
Giao ban công tác tư pháp tháng 10: đẩy nhanh đăng ký hộ tịch trực tuyến
Sáng 02/11, Phòng Tư pháp huyện Mỏ Cày Nam tổ chức giao ban công tác tư pháp tháng 10/2021 với công chức tư pháp - hộ tịch của 17 xã, thị trấn. Bà Lê Thị Bích Vân, Trưởng phòng Tư pháp huyện chủ trì; dự có ông Huỳnh Văn Tài, Phó Chủ tịch UBND huyện Mỏ Cày Nam, tỉnh Bến Tre.
Công chức tư pháp - hộ tịch các xã dự giao ban.
Trong tháng, các xã, thị trấn đã đăng ký khai sinh 214 trường hợp, khai tử 97 trường hợp, kết hôn 61 cặp; chứng thực 2.346 bản sao, chữ ký. Đáng chú ý, tỷ lệ hồ sơ hộ tịch nộp trực tuyến mức độ 3, 4 đạt 38,6%, tăng gấp đôi so với tháng 9 nhờ các xã cử đoàn viên thanh niên hỗ trợ người dân tại nhà. Xã An Thạnh dẫn đầu với 71% hồ sơ nộp trực tuyến.
Về hòa giải ở cơ sở, 97 tổ hòa giải đã tiếp nhận 23 vụ việc, hòa giải thành 19 vụ việc; 4 vụ việc đang tiếp tục vận động. Phòng Tư pháp cũng phối hợp Trung tâm Văn hóa - Thể thao và Truyền thông huyện phát 30 chuyên mục "Pháp luật và đời sống" trên đài truyền thanh.
Bà Lê Thị Bích Vân cho biết, thực hiện Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ quy định về xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật và Kế hoạch số 5672/KH-UBND của UBND tỉnh, huyện sẽ tổ chức tự đánh giá theo bộ tiêu chí mới ngay trong quý IV. Các xã phải rà soát 5 tiêu chí, 25 chỉ tiêu, hoàn thiện hồ sơ minh chứng trước ngày 15/12.
Tại giao ban, ông Nguyễn Văn Út, công chức tư pháp - hộ tịch xã Định Thủy, phản ánh phần mềm đăng ký hộ tịch nhiều lần bị lỗi, người dân phải chờ. Chị Phan Thị Kiều Oanh, công chức tư pháp - hộ tịch xã Phước Hiệp, đề nghị được tập huấn sử dụng chữ ký số để cấp bản sao điện tử.
Phát biểu chỉ đạo, ông Huỳnh Văn Tài yêu cầu trong tháng 11, mỗi xã tổ chức ít nhất 2 buổi tuyên truyền hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, bảo đảm an toàn phòng dịch, khuyến khích hình thức trực tuyến qua nhóm Zalo ấp; phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ tuyên truyền Luật Đất đai, Luật Hôn nhân và gia đình đến các ấp có tranh chấp kéo dài. Ông cũng nhắc các xã thực hiện Công văn số 1810/STP-HCTP của Sở Tư pháp về số hóa sổ hộ tịch, phấn đấu hoàn thành khoảng 70% số sổ lưu trữ trong năm 2021.
Cuối buổi giao ban, Phòng Tư pháp nhận xét việc nhập dữ liệu hộ tịch của một số xã chưa kịp thời, còn sai sót về ngày tháng, quê quán; nhắc các công chức ký số đúng quy trình, không giao mật khẩu cho người khác sử dụng. Giao ban tháng 11 dự kiến tổ chức tại xã Cẩm Sơn, kết hợp kiểm tra sổ sách hộ tịch.
Minh Thảo (Phòng Tư pháp)
Các tin khác
- Mỏ Cày Nam: 15 xã được tập huấn Luật Tiếp cận thông tin (25/10/2021)
- Tổng kết 5 năm thực hiện Luật Hộ tịch (12/10/2021)
- Giao ban công tác tư pháp tháng 9/2021 (05/10/2021)
""", "2021-11-03", "Giao ban công tác tư pháp tháng 10: đẩy nhanh đăng ký hộ tịch trực tuyến",
E("giao_ban", "2021-10", "2021-11-02"),
[P("Lê Thị Bích Vân", "Trưởng phòng Tư pháp huyện"),
 P("Huỳnh Văn Tài", "Phó Chủ tịch UBND huyện Mỏ Cày Nam"),
 P("Nguyễn Văn Út", "công chức tư pháp - hộ tịch xã Định Thủy"),
 P("Phan Thị Kiều Oanh", "công chức tư pháp - hộ tịch xã Phước Hiệp")],
[Q("17 xã, thị trấn", 17, "xã, thị trấn"), Q("214 trường hợp", 214, "trường hợp"), Q("97 trường hợp", 97, "trường hợp"),
 Q("61 cặp", 61, "cặp"), Q("2.346 bản sao, chữ ký", 2346, "bản sao, chữ ký"), Q("38,6%", 38.6, "%"), Q("71%", 71, "%"),
 Q("97 tổ hòa giải", 97, "tổ hòa giải"), Q("23 vụ việc", 23, "vụ việc"), Q("19 vụ việc", 19, "vụ việc"), Q("4 vụ việc", 4, "vụ việc"),
 Q("30 chuyên mục", 30, "chuyên mục"), Q("5 tiêu chí", 5, "tiêu chí"), Q("25 chỉ tiêu", 25, "chỉ tiêu"),
 Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over"), Q("khoảng 70%", 70, "%", "approx")],
[D("Quyết định", "25", "2021/QĐ-TTg", "2021-07-22", "Thủ tướng Chính phủ", "Quyết định số 25/2021/QĐ-TTg ngày 22/7/2021"),
 D("Kế hoạch", "5672", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 5672/KH-UBND"),
 D("Công văn", "1810", "STP-HCTP", None, "Sở Tư pháp", "Công văn số 1810/STP-HCTP")],
[prov("Bến Tre"), com("An Thạnh"), com("Định Thủy"), com("Phước Hiệp"), com("Cẩm Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỎ CÀY NAM", "Tin tức - Sự kiện | Cải cách hành chính | Tư pháp",
 "Công chức tư pháp - hộ tịch các xã dự giao ban.", "Pháp luật và đời sống", "Luật Đất đai", "Luật Hôn nhân và gia đình",
 "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"],
["Ngày 03/11/2021 | 08:45", "tháng 10/2021", "mức độ 3, 4", "tháng 9", "quý IV", "tháng 11", "năm 2021"]))

PAGES.append(page("b6955-daklak-ngayphapluat-2022", """
Hôm nay: Thứ Sáu, 11/11/2022
BÁO ĐẮK LẮK ĐIỆN TỬ
Thời sự > Pháp luật
09:15 | 09/11/2022
Ảnh: Các đại biểu tham quan gian trưng bày sách pháp luật.
Krông Búk: Mít tinh hưởng ứng Ngày Pháp luật, ra mắt "Buôn tiếp cận pháp luật"
Sáng 8/11, tại xã Cư Pơng, UBND huyện Krông Búk tổ chức lễ mít tinh hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam (9/11) năm 2022 với chủ đề "Thượng tôn Hiến pháp và pháp luật". Hơn 500 cán bộ, hội viên các đoàn thể và người dân các buôn dự buổi lễ.
Dự buổi lễ có ông Y Jut Niê, Phó Giám đốc Sở Tư pháp tỉnh Đắk Lắk; ông Nguyễn Hữu Phước, Huyện ủy viên, Phó Chủ tịch UBND huyện, Chủ tịch Hội đồng phối hợp PBGDPL huyện; các đồng chí Ủy viên Ban Thường vụ Huyện ủy: H'Lim Byă, Trần Văn Quang.
Theo báo cáo của Phòng Tư pháp huyện, năm 2022 các cơ quan, đơn vị đã tổ chức 184 buổi tuyên truyền pháp luật cho gần 21.000 lượt người, trong đó 62 buổi bằng tiếng Êđê. 7/7 xã của huyện đạt chuẩn tiếp cận pháp luật theo Quyết định số 25/2021/QĐ-TTg của Thủ tướng Chính phủ. 68 tổ hòa giải với 432 hòa giải viên đã hòa giải thành 77 vụ việc, đạt tỷ lệ 89,5%.
Tại buổi lễ, huyện ra mắt mô hình "Buôn tiếp cận pháp luật" ở buôn Cư Kroa. Buôn có 146 hộ Êđê, trước đây thường xảy ra tranh chấp đất rẫy và tình trạng "bắt chồng" khi chưa đủ tuổi kết hôn. Mô hình gồm tổ hòa giải, tủ sách pháp luật và 12 tuyên truyền viên là người trong buôn, được duy trì bằng kinh phí 30 triệu đồng từ ngân sách xã và khoản đóng góp của các hộ.
Già làng Y Brăk Mlô, Trưởng buôn Cư Kroa, phát biểu bằng tiếng Êđê, hứa vận động bà con "nói theo luật, làm theo luật", không để con cháu tảo hôn. Bà H'Dơk Ayun, công chức tư pháp - hộ tịch xã Cư Pơng, giới thiệu quy trình đăng ký khai sinh, kết hôn và giải đáp hơn 20 câu hỏi của người dân về sổ đỏ, thừa kế.
Ông Nguyễn Hữu Phước đề nghị các xã, thị trấn nhân rộng mô hình tại ít nhất 1 buôn mỗi xã trong năm 2023; phát huy vai trò người có uy tín, già làng trong hòa giải; tiếp tục thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về đổi mới, nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật. Dịp này, UBND huyện khen thưởng 6 tập thể, 11 cá nhân có thành tích trong công tác PBGDPL và trao 50 bộ sách pháp luật cho xã Ea Ngai.
Sau lễ mít tinh, đoàn viên thanh niên xã Cư Pơng biểu diễn tiểu phẩm về phòng, chống bạo lực gia đình và tổ chức trò chơi "Rung chuông vàng" tìm hiểu pháp luật cho học sinh.
H'Xíu - Thanh Hòa
Tin liên quan
- Buôn Ma Thuột: cuộc thi "Hòa giải viên giỏi" năm 2022 (04/11/2022)
- Sở Tư pháp tập huấn cho báo cáo viên pháp luật (27/10/2022)
""", "2022-11-09", "Krông Búk: Mít tinh hưởng ứng Ngày Pháp luật, ra mắt \"Buôn tiếp cận pháp luật\"",
E("khac", None, "2022-11-08"),
[P("Y Jut Niê", "Phó Giám đốc Sở Tư pháp tỉnh Đắk Lắk"),
 P("Nguyễn Hữu Phước", "Huyện ủy viên", "Phó Chủ tịch UBND huyện", "Chủ tịch Hội đồng phối hợp PBGDPL huyện"),
 P("H'Lim Byă", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Trần Văn Quang", "Ủy viên Ban Thường vụ Huyện ủy"),
 P("Y Brăk Mlô", "Già làng", "Trưởng buôn Cư Kroa"),
 P("H'Dơk Ayun", "công chức tư pháp - hộ tịch xã Cư Pơng")],
[Q("Hơn 500 cán bộ, hội viên", 500, "cán bộ, hội viên", "over"), Q("184 buổi tuyên truyền pháp luật", 184, "buổi tuyên truyền pháp luật"),
 Q("gần 21.000 lượt người", 21000, "lượt người", "approx"), Q("62 buổi", 62, "buổi"), Q("7/7 xã", 7, "xã"),
 Q("68 tổ hòa giải", 68, "tổ hòa giải"), Q("432 hòa giải viên", 432, "hòa giải viên"), Q("77 vụ việc", 77, "vụ việc"),
 Q("89,5%", 89.5, "%"), Q("146 hộ Êđê", 146, "hộ Êđê"), Q("12 tuyên truyền viên", 12, "tuyên truyền viên"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("hơn 20 câu hỏi", 20, "câu hỏi", "over"),
 Q("ít nhất 1 buôn", 1, "buôn", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"),
 Q("50 bộ sách pháp luật", 50, "bộ sách pháp luật")],
[D("Quyết định", "25", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 25/2021/QĐ-TTg"),
 D("Kết luận", "80", "KL/TW", "2020-06-20", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 20/6/2020")],
[prov("Đắk Lắk"), com("Cư Pơng"), com("Ea Ngai")],
["Hôm nay: Thứ Sáu, 11/11/2022", "BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự > Pháp luật",
 "Ảnh: Các đại biểu tham quan gian trưng bày sách pháp luật.", "Buôn tiếp cận pháp luật", "Thượng tôn Hiến pháp và pháp luật",
 "nói theo luật, làm theo luật", "Rung chuông vàng", "Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"],
["09:15 | 09/11/2022", "(9/11)", "năm 2022", "năm 2023"]))

PAGES.append(page("b6956-thainguyen-hdnd-giamsat-pbgdpl-2022", """
Báo Thái Nguyên điện tử
Trang chủ / Thời sự / Chính trị
Thứ Năm, 25/08/2022, 15:20
Ban Pháp chế HĐND tỉnh giám sát công tác phổ biến, giáo dục pháp luật tại Võ Nhai
Ngày 24/8, Đoàn giám sát Ban Pháp chế HĐND tỉnh Thái Nguyên do ông Hoàng Văn Hùng, Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn đã giám sát công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở tại huyện Võ Nhai, theo Chương trình giám sát năm 2022 của Ban. Cùng tham gia đoàn có bà Ma Thị Nguyệt, Phó Trưởng Ban Pháp chế HĐND tỉnh và ông La Văn Tiến, Phó Giám đốc Sở Tư pháp.
Đoàn giám sát làm việc tại UBND xã La Hiên.
Báo cáo của UBND huyện cho thấy, từ đầu năm 2021 đến hết tháng 6/2022, huyện đã tổ chức 238 hội nghị, buổi tuyên truyền pháp luật với hơn 17.500 lượt người tham dự; cấp phát khoảng 9.000 tờ gấp, tài liệu song ngữ Việt - Mông. Toàn huyện có 164 tổ hòa giải với 1.047 hòa giải viên; đã hòa giải thành 211/236 vụ việc. 15/15 xã, thị trấn được công nhận đạt chuẩn tiếp cận pháp luật năm 2021.
Tuy nhiên, kinh phí bố trí cho công tác PBGDPL cấp xã còn thấp, bình quân mỗi xã chỉ khoảng 8 triệu đồng/năm; 38 tổ hòa giải chưa được chi thù lao theo Nghị quyết số 10/2019/NQ-HĐND của HĐND tỉnh. Ở vùng cao, tình trạng kết hôn chưa đủ tuổi, tranh chấp đất rừng vẫn diễn ra.
Tại buổi làm việc với UBND xã La Hiên, ông Lý Văn Thành, công chức tư pháp - hộ tịch xã, cho biết xã có 2 công chức tư pháp nhưng một người được điều động sang bộ phận một cửa, nên việc tuyên truyền phải dựa nhiều vào trưởng xóm. Bà Hà Thị Xuân, Tổ trưởng tổ hòa giải xóm Cây Thị, đề nghị hỗ trợ thêm tài liệu bằng tiếng Dao và tiếng Mông.
Kết luận buổi giám sát, ông Hoàng Văn Hùng đánh giá cao cách làm "Chợ phiên pháp luật" của xã Thần Sa, đồng thời đề nghị UBND huyện quan tâm bố trí kinh phí theo đúng quy định, kiện toàn đội ngũ báo cáo viên, tuyên truyền viên pháp luật; thực hiện tốt Kế hoạch số 158/KH-UBND của UBND tỉnh triển khai Kết luận số 80-KL/TW của Ban Bí thư; ưu tiên tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 khi có hiệu lực. Ý kiến của đoàn sẽ được tổng hợp vào báo cáo trình kỳ họp cuối năm của HĐND tỉnh.
Đoàn đề nghị Sở Tư pháp tham mưu UBND tỉnh sửa đổi mức chi hỗ trợ cho hòa giải viên, nâng mức thù lao lên không quá 400.000 đồng/vụ việc để phù hợp thực tế.
Theo kế hoạch, từ nay đến ngày 15/9, Đoàn tiếp tục giám sát tại 4 địa phương: Định Hóa, Phú Lương, Đại Từ và thành phố Sông Công.
Ngân Hà
Bài viết liên quan
- Đồng Hỷ: 100% xã đạt chuẩn tiếp cận pháp luật (16/08/2022)
- Tuyên truyền Luật Phòng, chống bạo lực gia đình năm 2022 (09/08/2022)
""", "2022-08-25", "Ban Pháp chế HĐND tỉnh giám sát công tác phổ biến, giáo dục pháp luật tại Võ Nhai",
E("giam_sat", "2022", "2022-08-24"),
[P("Hoàng Văn Hùng", "Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Ma Thị Nguyệt", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("La Văn Tiến", "Phó Giám đốc Sở Tư pháp"),
 P("Lý Văn Thành", "công chức tư pháp - hộ tịch xã"),
 P("Hà Thị Xuân", "Tổ trưởng tổ hòa giải xóm Cây Thị")],
[Q("238 hội nghị, buổi tuyên truyền pháp luật", 238, "hội nghị, buổi tuyên truyền pháp luật"),
 Q("hơn 17.500 lượt người", 17500, "lượt người", "over"), Q("khoảng 9.000 tờ gấp, tài liệu", 9000, "tờ gấp, tài liệu", "approx"),
 Q("164 tổ hòa giải", 164, "tổ hòa giải"), Q("1.047 hòa giải viên", 1047, "hòa giải viên"), Q("211/236 vụ việc", 211, "vụ việc"),
 Q("15/15 xã, thị trấn", 15, "xã, thị trấn"), Q("khoảng 8 triệu đồng", 8000000, "đồng", "approx"), Q("38 tổ hòa giải", 38, "tổ hòa giải"),
 Q("2 công chức tư pháp", 2, "công chức tư pháp"), Q("không quá 400.000 đồng", 400000, "đồng"), Q("4 địa phương", 4, "địa phương")],
[D("Nghị quyết", "10", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 10/2019/NQ-HĐND"),
 D("Kế hoạch", "158", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 158/KH-UBND"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW")],
[prov("Thái Nguyên"), com("La Hiên"), com("Thần Sa")],
["Báo Thái Nguyên điện tử", "Trang chủ / Thời sự / Chính trị", "Đoàn giám sát làm việc tại UBND xã La Hiên.",
 "Chợ phiên pháp luật", "Luật Thực hiện dân chủ ở cơ sở", "Chương trình giám sát năm 2022"],
["Thứ Năm, 25/08/2022, 15:20", "năm 2021", "tháng 6/2022", "một người"]))

PAGES.append(page("b6957-binhdinh-sotuphap-soket-2023", """
BÁO BÌNH ĐỊNH
Chính trị » Pháp luật - Nội chính
14/07/2023 - 10:05
Quang cảnh hội nghị sơ kết.
Sở Tư pháp sơ kết 6 tháng: Hòa giải thành gần 87% vụ việc ở cơ sở
(BĐ) - Chiều 13.7, Sở Tư pháp tỉnh Bình Định tổ chức hội nghị sơ kết công tác tư pháp 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2023. Ông Trần Quang Huy, Giám đốc Sở Tư pháp chủ trì; dự có lãnh đạo Phòng Tư pháp 11 huyện, thị xã, thành phố.
Theo báo cáo, 6 tháng đầu năm 2023, các cơ quan, đơn vị trong tỉnh đã tổ chức 2.640 cuộc tuyên truyền, phổ biến pháp luật cho hơn 158.000 lượt người; riêng Sở Tư pháp biên soạn 12 đề cương giới thiệu luật mới, trong đó có Luật Thực hiện dân chủ ở cơ sở. Tổng kinh phí bố trí cho PBGDPL, hòa giải ở cơ sở và chuẩn tiếp cận pháp luật của tỉnh năm 2023 là 1,25 tỷ đồng.
Toàn tỉnh có 1.182 tổ hòa giải với 7.934 hòa giải viên. Từ đầu năm, các tổ đã tiếp nhận 645 vụ việc, hòa giải thành 561 vụ việc, đạt gần 87%. Các địa phương đã triển khai Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác hòa giải ở cơ sở và công tác tiếp công dân. Thực hiện Quyết định số 1742/QĐ-UBND ngày 2/6/2023 của UBND tỉnh, Sở đã đánh giá, công nhận 150/155 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật năm 2022.
Về công chức tư pháp - hộ tịch cấp xã, toàn tỉnh có 318 người, trong đó 94% có trình độ đại học luật trở lên. Tuy nhiên, còn 7 xã chỉ bố trí được 1 công chức tư pháp - hộ tịch do biến động nhân sự.
Tham luận tại hội nghị, bà Đặng Thị Tuyết Mai, Trưởng phòng Tư pháp huyện Hoài Nhơn, giới thiệu mô hình thôn "3 không": không tảo hôn, không ma túy, không đơn thư vượt cấp ở xã Hoài Châu Bắc. Ông Đinh Văn Hiếu, công chức tư pháp - hộ tịch xã An Toàn, huyện An Lão, người Bana, chia sẻ kinh nghiệm tuyên truyền pháp luật bằng tiếng Bana qua loa phát thanh của làng.
Ông Nguyễn Công Minh, Phó Giám đốc Sở Tư pháp, cho rằng một số nơi việc đánh giá chuẩn tiếp cận pháp luật còn chạy theo hồ sơ; nhiều tổ hòa giải chưa được bồi dưỡng kỹ năng, hòa giải viên cao tuổi, khó tiếp cận văn bản mới.
Kết luận hội nghị, ông Trần Quang Huy yêu cầu 6 tháng cuối năm, các phòng chuyên môn tập trung triển khai Kết luận số 80-KL/TW của Ban Bí thư; tổ chức tốt Ngày Pháp luật năm 2023; hoàn thành số hóa dữ liệu hộ tịch trước ngày 30/11/2023, phấn đấu tỷ lệ hòa giải thành đạt trên 85%.
Hội nghị đã trao giấy khen của Giám đốc Sở Tư pháp cho 9 tập thể và 14 cá nhân có thành tích trong công tác tư pháp 6 tháng đầu năm.
Ngọc Nhuận
TIN CÙNG CHUYÊN MỤC
- Quy Nhơn: Hội thi Hòa giải viên giỏi lần thứ III (06/07/2023)
- Tập huấn Luật Thực hiện dân chủ ở cơ sở cho cán bộ xã (28/06/2023)
- Vân Canh tuyên truyền pháp luật cho đồng bào Chăm H'roi (19/06/2023)
""", "2023-07-14", "Sở Tư pháp sơ kết 6 tháng: Hòa giải thành gần 87% vụ việc ở cơ sở",
E("so_ket", "2023-H1", "2023-07-13"),
[P("Trần Quang Huy", "Giám đốc Sở Tư pháp"),
 P("Đặng Thị Tuyết Mai", "Trưởng phòng Tư pháp huyện Hoài Nhơn"),
 P("Đinh Văn Hiếu", "công chức tư pháp - hộ tịch xã An Toàn"),
 P("Nguyễn Công Minh", "Phó Giám đốc Sở Tư pháp")],
[Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("2.640 cuộc tuyên truyền", 2640, "cuộc tuyên truyền"),
 Q("hơn 158.000 lượt người", 158000, "lượt người", "over"), Q("12 đề cương", 12, "đề cương"), Q("1,25 tỷ đồng", 1250000000, "đồng"),
 Q("1.182 tổ hòa giải", 1182, "tổ hòa giải"), Q("7.934 hòa giải viên", 7934, "hòa giải viên"), Q("645 vụ việc", 645, "vụ việc"),
 Q("561 vụ việc", 561, "vụ việc"), Q("gần 87%", 87, "%", "approx"), Q("150/155 xã, phường, thị trấn", 150, "xã, phường, thị trấn"),
 Q("318 người", 318, "người"), Q("94%", 94, "%"), Q("7 xã", 7, "xã"), Q("trên 85%", 85, "%", "over"),
 Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Quyết định", "1742", "QĐ-UBND", "2023-06-02", "UBND tỉnh", "Quyết định số 1742/QĐ-UBND ngày 2/6/2023"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW")],
[prov("Bình Định"), com("Hoài Châu Bắc"), com("An Toàn")],
["BÁO BÌNH ĐỊNH", "Chính trị » Pháp luật - Nội chính", "Quang cảnh hội nghị sơ kết.", "(BĐ)", "Luật Thực hiện dân chủ ở cơ sở",
 "Ngày Pháp luật"],
["14/07/2023 - 10:05", "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "năm 2023", "năm 2022", "1 công chức tư pháp - hộ tịch",
 "3 không", "6 tháng đầu năm"]))

PAGES.append(page("b6958-haiphong-hoiluatgia-daihoi-2023", """
BÁO HẢI PHÒNG
Thời sự | Chính trị | Pháp luật | Kinh tế
Thứ Hai, 17/4/2023 | 11:00
Đại hội đại biểu Hội Luật gia thành phố lần thứ VI, nhiệm kỳ 2023 - 2028
Ngày 15-4, Hội Luật gia thành phố Hải Phòng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 - 2028. Dự đại hội có ông Trịnh Văn Phúc, Phó Chủ tịch Trung ương Hội Luật gia Việt Nam; ông Đào Khánh Hà, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Nội chính Thành ủy cùng 150 đại biểu đại diện cho gần 2.400 hội viên thuộc 46 chi hội.
Các đại biểu bấm nút biểu quyết thông qua nghị quyết đại hội. Ảnh: Đức Trung
Nhiệm kỳ 2018 - 2023, Hội đã tích cực tham gia công tác phổ biến, giáo dục pháp luật với 1.126 buổi tuyên truyền cho hơn 86.000 lượt người; Trung tâm tư vấn pháp luật của Hội tư vấn 3.518 lượt, nhận trợ giúp pháp lý miễn phí cho 212 người thuộc hộ nghèo, người có công. Hội phát triển thêm 520 hội viên mới, thành lập mới 5 chi hội ở các phường và doanh nghiệp.
Đội ngũ hội viên là Hội thẩm nhân dân có 137 người, tham gia xét xử trên 6.000 vụ án; nhiều hội viên là cán bộ tư pháp phường, xã nghỉ hưu tiếp tục làm hòa giải viên. Hội đã tham gia góp ý 43 dự thảo văn bản quy phạm pháp luật của trung ương và thành phố, tổ chức 6 hội thảo khoa học về cải cách tư pháp, hòa giải thương mại.
Phát biểu chỉ đạo, ông Đào Khánh Hà đề nghị Hội tiếp tục quán triệt Nghị quyết số 27-NQ/TW ngày 9/11/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục xây dựng và hoàn thiện Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam; thực hiện Kết luận số 80-KL/TW của Ban Bí thư; phát huy trí tuệ đội ngũ luật gia trong phản biện xã hội, hòa giải ngoài tòa án.
Đại hội đã bầu Ban Chấp hành khóa VI gồm 31 ủy viên. Tại phiên họp thứ nhất, ông Phạm Văn Mạnh, nguyên Phó Chánh án Tòa án nhân dân thành phố, được bầu giữ chức Chủ tịch Hội Luật gia thành phố khóa VI; các ông Lê Hồng Sơn - Giám đốc Sở Tư pháp, Vũ Quang Tuấn - Phó Viện trưởng Viện Kiểm sát nhân dân thành phố được bầu làm Phó Chủ tịch Hội.
Đại hội thông qua nghị quyết với các chỉ tiêu: mỗi năm phát triển ít nhất 100 hội viên mới; 100% chi hội tham gia tuyên truyền pháp luật tại cơ sở; mỗi quận, huyện có ít nhất 1 điểm tư vấn pháp luật miễn phí của Hội. Trước đó, chi hội Luật gia phường Lạch Tray và chi hội Luật gia xã Tân Trào được biểu dương vì đã phối hợp với tổ hòa giải giải quyết dứt điểm nhiều vụ tranh chấp đất đai kéo dài.
Dịp này, 18 hội viên được tặng Kỷ niệm chương "Vì sự nghiệp Luật gia Việt Nam", 12 tập thể và 25 cá nhân nhận bằng khen của Trung ương Hội Luật gia Việt Nam.
Thu Hằng
Tin liên quan
- Hải Phòng: tổng kết 10 năm thi hành Luật Hòa giải ở cơ sở (28/03/2023)
- Trợ giúp pháp lý lưu động cho ngư dân Cát Hải (16/03/2023)
- Hội Luật gia quận Lê Chân đại hội nhiệm kỳ mới (08/03/2023)
""", "2023-04-17", "Đại hội đại biểu Hội Luật gia thành phố lần thứ VI, nhiệm kỳ 2023 - 2028",
E("dai_hoi", None, "2023-04-15"),
[P("Trịnh Văn Phúc", "Phó Chủ tịch Trung ương Hội Luật gia Việt Nam"),
 P("Đào Khánh Hà", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Nội chính Thành ủy"),
 P("Phạm Văn Mạnh", "nguyên Phó Chánh án Tòa án nhân dân thành phố", "Chủ tịch Hội Luật gia thành phố khóa VI"),
 P("Lê Hồng Sơn", "Giám đốc Sở Tư pháp", "Phó Chủ tịch Hội"),
 P("Vũ Quang Tuấn", "Phó Viện trưởng Viện Kiểm sát nhân dân thành phố", "Phó Chủ tịch Hội")],
[Q("150 đại biểu", 150, "đại biểu"), Q("gần 2.400 hội viên", 2400, "hội viên", "approx"), Q("46 chi hội", 46, "chi hội"),
 Q("1.126 buổi tuyên truyền", 1126, "buổi tuyên truyền"), Q("hơn 86.000 lượt người", 86000, "lượt người", "over"),
 Q("3.518 lượt", 3518, "lượt"), Q("212 người", 212, "người"), Q("520 hội viên mới", 520, "hội viên mới"), Q("5 chi hội", 5, "chi hội"),
 Q("137 người", 137, "người"), Q("trên 6.000 vụ án", 6000, "vụ án", "over"),
 Q("43 dự thảo văn bản quy phạm pháp luật", 43, "dự thảo văn bản quy phạm pháp luật"), Q("6 hội thảo khoa học", 6, "hội thảo khoa học"),
 Q("31 ủy viên", 31, "ủy viên"), Q("ít nhất 100 hội viên mới", 100, "hội viên mới", "over"), Q("100%", 100, "%"),
 Q("ít nhất 1 điểm tư vấn pháp luật miễn phí", 1, "điểm tư vấn pháp luật miễn phí", "over"),
 Q("18 hội viên", 18, "hội viên"), Q("12 tập thể", 12, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Nghị quyết", "27", "NQ/TW", "2022-11-09", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 27-NQ/TW ngày 9/11/2022"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW")],
[prov("Hải Phòng"), com("Lạch Tray"), com("Tân Trào")],
["BÁO HẢI PHÒNG", "Thời sự | Chính trị | Pháp luật | Kinh tế",
 "Các đại biểu bấm nút biểu quyết thông qua nghị quyết đại hội. Ảnh: Đức Trung", "Vì sự nghiệp Luật gia Việt Nam"],
["Thứ Hai, 17/4/2023 | 11:00", "lần thứ VI", "nhiệm kỳ 2023 - 2028", "Nhiệm kỳ 2018 - 2023", "khóa VI", "khóa XIII", "phiên họp thứ nhất",
 "mỗi năm"]))
