from lib import *
PAGES = []

PAGES.append(page("b3431-tuyenquang-quyuoc-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ › Xã hội › Vùng cao
Thứ Tư, 10/09/2025
Người dân thôn Lô Lô Chải biểu quyết thông qua quy ước. Ảnh: Vàng Thị Dính
Lũng Cú: thôn đầu tiên của xã mới thông qua quy ước theo Luật Thực hiện dân chủ ở cơ sở
Ngày 8/9/2025, thôn Lô Lô Chải, xã Lũng Cú, tỉnh Tuyên Quang tổ chức hội nghị cộng đồng dân cư để bàn và biểu quyết thông qua quy ước thôn. Đây là thôn đầu tiên trong 22 thôn của xã Lũng Cú mới (sau sắp xếp) hoàn thành việc sửa đổi quy ước từ khi tỉnh Tuyên Quang và tỉnh Hà Giang hợp nhất.
Dự hội nghị có ông Sình Dúng Pó, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Lũng Cú; bà Lù Thị Dìn, Phó Chủ tịch UBND xã; cùng 97 đại diện hộ gia đình người Lô Lô, Mông trong thôn.
Ông Sình Dúng Pó phát biểu tại hội nghị.
Bản quy ước gồm 5 chương, 27 điều, được xây dựng theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ. Dự thảo được niêm yết tại nhà văn hóa thôn 15 ngày, thu nhận 41 ý kiến góp ý. Một số nội dung mới được bổ sung như: giữ gìn trang phục, lễ hội truyền thống của người Lô Lô; không tảo hôn, không kết hôn cận huyết thống; mỗi hộ tham gia ít nhất 2 ngày công/năm làm vệ sinh đường thôn; không thả rông gia súc trong khu du lịch cộng đồng.
Kết quả biểu quyết có 94/97 đại diện hộ đồng ý, đạt 96,9%, vượt mức hơn một nửa số hộ theo quy định của Luật. Ông Lò Văn Chỉn, Trưởng thôn Lô Lô Chải, cho biết quy ước sẽ được gửi UBND xã để xem xét công nhận trong tháng 9.
Theo bà Lù Thị Dìn, thực hiện Kế hoạch số 15-KH/ĐU ngày 20/7/2025 của Ban Thường vụ Đảng ủy xã và Kế hoạch số 09/KH-UBND của UBND xã, đến hết năm 2025 toàn bộ 22 thôn sẽ hoàn thành sửa đổi quy ước; các quy ước trước đây do huyện Đồng Văn công nhận sẽ được rà soát lại vì tên đơn vị hành chính đã thay đổi. Xã cũng đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy hỗ trợ khoảng 50 triệu đồng để in quy ước song ngữ Việt - Mông cho 1.850 hộ.
Phát biểu, ông Sình Dúng Pó đề nghị Ban công tác Mặt trận thôn và người có uy tín thường xuyên nhắc nhở bà con thực hiện; chi bộ thôn đưa việc thực hiện quy ước vào sinh hoạt hằng tháng; cuối năm bình xét gia đình văn hóa gắn với thực hiện quy ước.
Ông Vàng Chí Sính, người có uy tín thôn Lô Lô Chải, 72 tuổi, chia sẻ: "Ngày trước người già nói thì con cháu nghe. Bây giờ có quy ước do cả thôn cùng bàn, cùng giơ tay, càng dễ nói hơn".
Vàng Thị Dính
Tin liên quan
- Tuyên Quang: 124 xã, phường tổ chức hội nghị cộng đồng dân cư (05/9/2025)
- Đồng Văn: Ra mắt tổ tự quản về an ninh trật tự ở thôn biên giới (28/8/2025)
""", "2025-09-10", "Lũng Cú: thôn đầu tiên của xã mới thông qua quy ước theo Luật Thực hiện dân chủ ở cơ sở",
E("hoi_nghi", None, "2025-09-08"),
[P("Sình Dúng Pó", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Lũng Cú"),
 P("Lù Thị Dìn", "Phó Chủ tịch UBND xã"),
 P("Lò Văn Chỉn", "Trưởng thôn Lô Lô Chải"),
 P("Vàng Chí Sính", "người có uy tín thôn Lô Lô Chải")],
[Q("22 thôn", 22, "thôn"), Q("97 đại diện hộ gia đình người Lô Lô, Mông", 97, "đại diện hộ gia đình người Lô Lô, Mông"),
 Q("5 chương", 5, "chương"), Q("27 điều", 27, "điều"), Q("41 ý kiến góp ý", 41, "ý kiến"),
 Q("ít nhất 2 ngày công/năm", 2, "ngày công", "over"), Q("94/97 đại diện hộ", 94, "đại diện hộ"), Q("96,9%", 96.9, "%"),
 Q("khoảng 50 triệu đồng", 50000000, "đồng", "approx"), Q("1.850 hộ", 1850, "hộ")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg"),
 D("Kế hoạch", "15", "KH/ĐU", "2025-07-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 15-KH/ĐU ngày 20/7/2025"),
 D("Kế hoạch", "09", "KH-UBND", None, "UBND xã", "Kế hoạch số 09/KH-UBND")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ › Xã hội › Vùng cao",
 "Người dân thôn Lô Lô Chải biểu quyết thông qua quy ước. Ảnh: Vàng Thị Dính", "Ông Sình Dúng Pó phát biểu tại hội nghị.",
 "Lô Lô Chải"],
["Thứ Tư, 10/09/2025", "15 ngày", "hơn một nửa số hộ", "tháng 9", "hết năm 2025", "72 tuổi"]))

PAGES.append(page("b3432-lamdong-mttq-giamsat-2025", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Thời sự | Mặt trận - Đoàn thể
Ngày 05/11/2025 | 15:45
Mặt trận xã Quảng Tín giám sát việc thực hiện dân chủ trong hỗ trợ xóa nhà tạm
Ngày 4/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam xã Quảng Tín, tỉnh Lâm Đồng tổ chức giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở trong triển khai chương trình hỗ trợ xóa nhà tạm, nhà dột nát tại các bon đồng bào Mnông. Đoàn do bà Thị Hoa, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn.
Đoàn giám sát kiểm tra căn nhà mới của gia đình ông Điểu Lơ ở bon Bu Prăng 2.
Cuộc giám sát được thực hiện theo Quyết định số 08/QĐ-MTTQ-BTT ngày 20/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam xã và Quy định số 124-QĐ/TW của Ban Bí thư. Thành viên đoàn gồm các ông, bà: Y Thuông Êban, Điểu Thị Ngọc, Trần Văn Thuận - Phó Chủ tịch Ủy ban MTTQ Việt Nam xã; đại diện Ban Thanh tra nhân dân xã và trưởng các bon.
Theo báo cáo của UBND xã Quảng Tín (được sắp xếp từ các xã Quảng Tín, Đắk Ru, Đắk Sin thuộc tỉnh Đắk Nông cũ), trong năm 2025 toàn xã có 146 hộ được hỗ trợ xây mới, sửa chữa nhà ở, trong đó 98 hộ là đồng bào Mnông, S'tiêng, Mạ. Mức hỗ trợ xây mới 60 triệu đồng/căn, sửa chữa 30 triệu đồng/căn; tổng kinh phí hơn 7,4 tỷ đồng. Đến cuối tháng 10, đã có 131 căn hoàn thành, đạt 89,7%.
Qua kiểm tra tại 6 bon, đoàn ghi nhận danh sách hộ được hỗ trợ đều được bình xét công khai tại hội nghị cộng đồng dân cư, niêm yết tại nhà sinh hoạt cộng đồng ít nhất 10 ngày; chưa phát hiện trường hợp thu tiền của người dân. Tuy nhiên, biên bản bình xét ở 2 bon còn thiếu chữ ký của đại diện Ban công tác Mặt trận; một số hộ chưa được thông báo rõ thời hạn giải ngân.
Ông Điểu Lơ, bon Bu Prăng 2, xúc động: "Nhà cũ dột hết, nay có nhà mới 48 m2, vợ con yên tâm đi làm rẫy". Ông Y Bhiêm, Trưởng Ban Thanh tra nhân dân xã, cho biết Ban đã giám sát 5 cuộc trong năm, kiến nghị 1 trường hợp đưa ra khỏi danh sách do đã có nhà kiên cố.
Kết luận, bà Thị Hoa đề nghị UBND xã chỉ đạo hoàn thành 15 căn còn lại trước ngày 31/12/2025; bổ sung biên bản còn thiếu; công khai kết quả giám sát tại các bon. Ông Nguyễn Văn Cường, Phó Chủ tịch UBND xã, tiếp thu và cam kết khắc phục.
Đắk Nông cũ, nay thuộc tỉnh Lâm Đồng, là địa phương có tỷ lệ hộ đồng bào dân tộc thiểu số cao; việc phát huy dân chủ trong thực hiện chính sách được Mặt trận các xã xác định là nội dung giám sát trọng tâm.
H'Luyến
Tin khác
- Lâm Đồng: 100% xã mới kiện toàn Ban Thanh tra nhân dân (30/10/2025)
- Bàn giao nhà Đại đoàn kết cho hộ nghèo tại xã Nhân Cơ (22/10/2025)
""", "2025-11-05", "Mặt trận xã Quảng Tín giám sát việc thực hiện dân chủ trong hỗ trợ xóa nhà tạm",
E("giam_sat", None, "2025-11-04"),
[P("Thị Hoa", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Lơ"),
 P("Y Thuông Êban", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Thị Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Thuận", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Bhiêm", "Trưởng Ban Thanh tra nhân dân xã"),
 P("Nguyễn Văn Cường", "Phó Chủ tịch UBND xã")],
[Q("146 hộ", 146, "hộ"), Q("98 hộ", 98, "hộ"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("hơn 7,4 tỷ đồng", 7400000000, "đồng", "over"), Q("131 căn", 131, "căn"), Q("89,7%", 89.7, "%"), Q("6 bon", 6, "bon"),
 Q("2 bon", 2, "bon"), Q("48 m2", 48, "m2"), Q("5 cuộc", 5, "cuộc"), Q("1 trường hợp", 1, "trường hợp"), Q("15 căn", 15, "căn")],
[D("Quyết định", "08", "QĐ-MTTQ-BTT", "2025-10-20", "Ban Thường trực Ủy ban MTTQ Việt Nam xã", "Quyết định số 08/QĐ-MTTQ-BTT ngày 20/10/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Tín"), com("Đắk Ru"), com("Đắk Sin")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Thời sự | Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra căn nhà mới của gia đình ông Điểu Lơ ở bon Bu Prăng 2.", "Luật Thực hiện dân chủ ở cơ sở",
 "Nhà cũ dột hết, nay có nhà mới 48 m2, vợ con yên tâm đi làm rẫy", "Bu Prăng 2"],
["Ngày 05/11/2025 | 15:45", "năm 2025", "tháng 10", "ít nhất 10 ngày", "31/12/2025", "Bu Prăng 2"]))

PAGES.append(page("b3433-cantho-danchu-soket-2025", """
BÁO CẦN THƠ ONLINE
Trang chủ » Chính trị » Dân vận
Cập nhật: 14:25, 24/07/2025 (GMT+7)
Toàn cảnh hội nghị tại phường Sóc Trăng.
Phường Sóc Trăng: phát huy dân chủ trong những ngày đầu vận hành chính quyền 2 cấp
Chiều 23/7, Đảng ủy phường Sóc Trăng, thành phố Cần Thơ tổ chức hội nghị sơ kết 6 tháng đầu năm 2025 về thực hiện dân chủ ở cơ sở và công tác dân vận, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lâm Thị Sa Rươl, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND phường, Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở phường chủ trì.
Phường Sóc Trăng mới được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường 1, 2, 3, 4 và 5 thuộc thành phố Sóc Trăng cũ, tỉnh Sóc Trăng (cũ) nay thuộc thành phố Cần Thơ. Theo báo cáo, 6 tháng đầu năm, các phường cũ đã thực hiện Kế hoạch 34, 35-KH/ĐU của Đảng ủy phường về thực hiện dân chủ trong quá trình sắp xếp đơn vị hành chính và về lấy ý kiến nhân dân về sửa đổi Hiến pháp năm 2013; đã có 28.415 cử tri, đạt 98,6%, tham gia lấy ý kiến về Đề án sắp xếp đơn vị hành chính.
Ban Thanh tra nhân dân các phường cũ đã giám sát 23 cuộc; hội nghị cộng đồng dân cư được tổ chức ở 47 khóm để bàn việc chỉnh trang đô thị, nhân dân đóng góp gần 2,1 tỷ đồng. Các chùa Phật giáo Nam tông Khmer trên địa bàn phối hợp tuyên truyền về chính quyền 2 cấp đến khoảng 3.500 phật tử.
Tại hội nghị, ông Thạch Sô Khom, Phó Chủ tịch UBND phường, cho biết từ ngày 1/7 đến nay, Trung tâm Phục vụ hành chính công phường đã tiếp nhận 1.264 hồ sơ, giải quyết đúng hạn 1.251 hồ sơ; thủ tục, lệ phí đều được niêm yết công khai. Bà Sơn Thị Ngọc Bích, Chủ tịch Ủy ban MTTQ Việt Nam phường, đề nghị sớm kiện toàn Ban Thanh tra nhân dân phường mới, vì các Ban cũ đã hết hoạt động từ khi nhập phường. Hòa thượng Lý Hùng, trụ trì chùa Khleang, mong chính quyền tiếp tục lắng nghe ý kiến đồng bào Khmer khi chỉnh trang khu vực quanh chùa.
Ông Triệu Văn Minh, Trưởng khóm 3, phản ánh một số người dân lớn tuổi còn lúng túng khi làm thủ tục trực tuyến. Ông đề nghị Đoàn Thanh niên phường bố trí tình nguyện viên hướng dẫn tại nhà văn hóa khóm vào các buổi sáng cuối tuần, để bà con không phải đi xa.
Kết luận, đồng chí Lâm Thị Sa Rươl đề nghị 6 tháng cuối năm, phường tổ chức bầu Ban Thanh tra nhân dân phường theo Nghị định số 59/2023/NĐ-CP; rà soát quy ước của 47 khóm cho phù hợp với địa giới mới; mỗi khóm tổ chức ít nhất 1 hội nghị cộng đồng dân cư; bảo đảm 100% thủ tục hành chính được công khai.
Trà My - Thạch Hải
Tin cùng chuyên mục
- Cần Thơ: kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở thành phố (18/7/2025)
- Xã Lịch Hội Thượng tiếp xúc, đối thoại với nhân dân (12/7/2025)
""", "2025-07-24", "Phường Sóc Trăng: phát huy dân chủ trong những ngày đầu vận hành chính quyền 2 cấp",
E("so_ket", "2025-H1", "2025-07-23"),
[P("Lâm Thị Sa Rươl", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND phường", "Trưởng Ban Chỉ đạo thực hiện dân chủ ở cơ sở phường"),
 P("Thạch Sô Khom", "Phó Chủ tịch UBND phường"),
 P("Sơn Thị Ngọc Bích", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lý Hùng", "Hòa thượng", "trụ trì chùa Khleang"),
 P("Triệu Văn Minh", "Trưởng khóm 3")],
[Q("28.415 cử tri", 28415, "cử tri"), Q("98,6%", 98.6, "%"), Q("23 cuộc", 23, "cuộc"), Q("47 khóm", 47, "khóm"),
 Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("khoảng 3.500 phật tử", 3500, "phật tử", "approx"),
 Q("1.264 hồ sơ", 1264, "hồ sơ"), Q("1.251 hồ sơ", 1251, "hồ sơ"), Q("ít nhất 1 hội nghị cộng đồng dân cư", 1, "hội nghị cộng đồng dân cư", "over"),
 Q("100% thủ tục hành chính", 100, "%")],
[D("Kế hoạch", "34", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 34, 35-KH/ĐU"),
 D("Kế hoạch", "35", "KH/ĐU", None, "Đảng ủy phường", "Kế hoạch 34, 35-KH/ĐU"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP")],
[prov("Cần Thơ"), prov("Sóc Trăng"), com("Sóc Trăng")],
["BÁO CẦN THƠ ONLINE", "Trang chủ » Chính trị » Dân vận", "Toàn cảnh hội nghị tại phường Sóc Trăng.", "Hiến pháp năm 2013",
 "Trung tâm Phục vụ hành chính công phường", "chùa Khleang"],
["Cập nhật: 14:25, 24/07/2025 (GMT+7)", "6 tháng đầu năm 2025", "6 tháng cuối năm", "chính quyền 2 cấp", "1/7/2025", "các phường 1, 2, 3, 4 và 5", "khóm 3"]))

PAGES.append(page("b3434-dongnai-danchu-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI
Hôm nay: Thứ Năm, 15/01/2026
Trang chủ > Dân vận > Dân chủ ở cơ sở
Ngày đăng 13/01/2026 | 09:10
Đồng Nai triển khai nhiệm vụ thực hiện dân chủ ở cơ sở năm 2026
Sáng 12/1, Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Hồ Thị Kim Loan, Tỉnh ủy viên, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, Phó Trưởng Ban Chỉ đạo tỉnh chủ trì hội nghị. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến đến 95 điểm cầu xã, phường.
Đồng chí Hồ Thị Kim Loan phát biểu kết luận hội nghị.
Năm 2025 là năm đặc biệt khi tỉnh Đồng Nai và tỉnh Bình Phước hợp nhất, chính quyền địa phương 2 cấp đi vào hoạt động từ ngày 1/7/2025. Ban Chỉ đạo tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 05, 06-CT/TU về phát huy dân chủ trong sắp xếp tổ chức bộ máy và về nâng cao chất lượng hội nghị cộng đồng dân cư; UBND tỉnh ban hành Quyết định số 1520/QĐ-UBND ngày 25/8/2025 kiện toàn Ban Chỉ đạo. Toàn tỉnh đã tổ chức 5.120 hội nghị cộng đồng dân cư; 1.986/2.013 ấp, khu phố có quy ước được công nhận, đạt 98,7%.
Các Ban Thanh tra nhân dân được kiện toàn ở 95/95 xã, phường sau sắp xếp với 1.045 thành viên; trong năm đã giám sát 412 cuộc, kiến nghị thu hồi khoảng 2,3 tỷ đồng. Người đứng đầu cấp ủy, chính quyền các cấp tổ chức 318 cuộc đối thoại với nhân dân; giải quyết 146/158 vụ việc khiếu nại, đạt 92,4%.
Tại hội nghị, các đồng chí Điểu Thị Hương, Điểu Khuê, Lâm Văn Tài - Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã, lần lượt của các xã Đak Ơ, Bù Gia Mập, Phú Nghĩa, đã trình bày kinh nghiệm vận động đồng bào S'tiêng sửa đổi quy ước sóc. Ông Nguyễn Hữu Phước, Bí thư Đảng ủy phường Bình Phước, cho biết phường đã xây dựng mô hình "Tổ dân phố 3 không" gắn với thực hiện dân chủ. Bà Thị Lành, người có uy tín sóc Bù Ka, đề nghị giữ lệ "cả sóc cùng ăn cơm mới" trong quy ước.
Hội nghị cũng chỉ ra hạn chế: ở một số xã mới, cán bộ chưa quen địa bàn nên việc nắm tình hình nhân dân còn chậm; nội dung công khai ở một số khu phố chưa được cập nhật theo tên đơn vị hành chính mới.
Phát biểu kết luận, đồng chí Hồ Thị Kim Loan đề nghị năm 2026 các địa phương thực hiện tốt Luật Thực hiện dân chủ ở cơ sở, Nghị định số 59/2023/NĐ-CP; phấn đấu 100% ấp, khu phố có quy ước phù hợp với đơn vị hành chính mới; bố trí kinh phí hoạt động cho Ban Thanh tra nhân dân không thấp hơn 15 triệu đồng/năm.
Dịp này, Ban Chỉ đạo tỉnh tặng giấy khen cho 18 tập thể và 25 cá nhân.
Thu Hiền
Lượt xem: 3.406
Tin liên quan
- Bù Đăng: đối thoại với đồng bào S'tiêng về đất sản xuất (08/01/2026)
- Tổng kết công tác Mặt trận năm 2025 (05/01/2026)
""", "2026-01-13", "Đồng Nai triển khai nhiệm vụ thực hiện dân chủ ở cơ sở năm 2026",
E("tong_ket", "2025", "2026-01-12"),
[P("Hồ Thị Kim Loan", "Tỉnh ủy viên", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Phó Trưởng Ban Chỉ đạo tỉnh"),
 P("Điểu Thị Hương", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã"),
 P("Điểu Khuê", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã"),
 P("Lâm Văn Tài", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Hữu Phước", "Bí thư Đảng ủy phường Bình Phước"),
 P("Thị Lành", "người có uy tín sóc Bù Ka")],
[Q("95 điểm cầu xã, phường", 95, "điểm cầu xã, phường"), Q("5.120 hội nghị cộng đồng dân cư", 5120, "hội nghị cộng đồng dân cư"),
 Q("1.986/2.013 ấp, khu phố", 1986, "ấp, khu phố"), Q("98,7%", 98.7, "%"), Q("95/95 xã, phường", 95, "xã, phường"),
 Q("1.045 thành viên", 1045, "thành viên"), Q("412 cuộc", 412, "cuộc"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx"),
 Q("318 cuộc đối thoại", 318, "cuộc đối thoại"), Q("146/158 vụ việc khiếu nại", 146, "vụ việc khiếu nại"), Q("92,4%", 92.4, "%"),
 Q("100% ấp, khu phố", 100, "%"), Q("không thấp hơn 15 triệu đồng/năm", 15000000, "đồng", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Quyết định", "1520", "QĐ-UBND", "2025-08-25", "UBND tỉnh", "Quyết định số 1520/QĐ-UBND ngày 25/8/2025"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đak Ơ"), com("Bù Gia Mập"), com("Phú Nghĩa"), com("Bình Phước")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Hôm nay: Thứ Năm, 15/01/2026", "Trang chủ > Dân vận > Dân chủ ở cơ sở",
 "Đồng chí Hồ Thị Kim Loan phát biểu kết luận hội nghị.", "Tổ dân phố 3 không", "cả sóc cùng ăn cơm mới",
 "Luật Thực hiện dân chủ ở cơ sở", "Lượt xem: 3.406", "Bù Ka"],
["Hôm nay: Thứ Năm, 15/01/2026", "năm 2025", "năm 2026", "chính quyền địa phương 2 cấp", "1/7/2025", "Tổ dân phố 3 không", "Lượt xem: 3.406"]))

PAGES.append(page("b3435-khanhhoa-nguoiuytin-hoinghi-2026", """
Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa
Chính trị › Dân tộc - Tôn giáo
Thứ Ba, 10/03/2026 - 17:05
Các vị chức sắc, người có uy tín dự hội nghị. Ảnh: Đàng Năng
Người có uy tín góp ý sửa đổi quy ước làng Chăm, thôn Raglai
Ngày 9/3, Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị năm 2026 lấy ý kiến người có uy tín, chức sắc, chức việc tôn giáo về việc sửa đổi quy ước các làng Chăm, thôn Raglai sau hợp nhất tỉnh. Dự có 164 đại biểu đến từ 21 xã, phường có đồng bào Chăm, Raglai, Cơ Ho sinh sống, chủ yếu thuộc địa bàn tỉnh Ninh Thuận cũ.
Chủ trì hội nghị có các đồng chí: Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Thập Thị Ngọc Lan; Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Pinăng Thị Thủy.
Theo báo cáo, thực hiện Kế hoạch số 27-KH/TU ngày 14/1/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy, đến nay 312/356 thôn, làng của các xã vùng đồng bào dân tộc thiểu số đã tổ chức hội nghị cộng đồng dân cư để sửa đổi quy ước; 44 thôn chưa hoàn thành do sáp nhập thôn, thay đổi tên gọi.
Góp ý tại hội nghị, Cả sư Thuận Văn Đẫu, Phó Chủ tịch Hội đồng chức sắc Bàlamôn tỉnh, đề nghị quy ước làng cần ghi rõ việc giữ gìn lễ hội Katê, Ramưwan, nhưng không đặt ra các khoản đóng góp bắt buộc. Ông Chamaléa Thị, người có uy tín thôn Tà Lọt, xã Phước Bình, phản ánh nhiều hộ Raglai chưa nắm quy định của Luật Thực hiện dân chủ ở cơ sở về quyền được bàn và quyết định. Ông Haji Đàng Thành Sơn, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, đề nghị dịch quy ước mẫu sang tiếng Chăm.
Bà Katơr Thị Nga, Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà, cho biết xã đã thí điểm "ngày hội quy ước" tại 5 thôn với hơn 1.200 lượt người tham gia; thôn nào đồng thuận trên 90% mới trình UBND xã công nhận.
Nhiều ý kiến cho rằng sau khi hợp nhất tỉnh và sắp xếp xã, không ít quy ước vẫn ghi tên huyện, xã cũ; một số thôn sáp nhập từ hai, ba thôn có phong tục khác nhau nên việc thống nhất nội dung quy ước cần thời gian, cần có sự tham gia của già làng, chức sắc ngay từ khâu dự thảo. Các đại biểu cũng đề nghị chính quyền xã lắng nghe ý kiến bà con về quản lý đất rẫy, nguồn nước sinh hoạt.
Phát biểu kết luận, đồng chí Thập Thị Ngọc Lan tiếp thu 37 ý kiến, đề nghị các xã hoàn thành công nhận quy ước trước quý III/2026; mỗi xã có ít nhất 1 người có uy tín tham gia tổ biên tập quy ước. Dịp này, Ủy ban MTTQ tỉnh tặng 164 phần quà, mỗi phần trị giá 500.000 đồng cho các đại biểu.
Đàng Năng
Tin khác
- Khánh Hòa: gặp mặt chức sắc Bàni, Bàlamôn nhân dịp Tết Ramưwan (25/02/2026)
- Xã Phước Hà đối thoại với người dân về đất rẫy (12/02/2026)
- Cam Ranh: ra mắt 3 tổ hòa giải kiểu mẫu (05/02/2026)
""", "2026-03-10", "Người có uy tín góp ý sửa đổi quy ước làng Chăm, thôn Raglai",
E("hoi_nghi", "2026", "2026-03-09"),
[P("Thập Thị Ngọc Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Pinăng Thị Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thuận Văn Đẫu", "Cả sư", "Phó Chủ tịch Hội đồng chức sắc Bàlamôn tỉnh"),
 P("Chamaléa Thị", "người có uy tín thôn Tà Lọt"),
 P("Haji Đàng Thành Sơn", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Katơr Thị Nga", "Chủ tịch Ủy ban MTTQ Việt Nam xã Phước Hà")],
[Q("164 đại biểu", 164, "đại biểu"), Q("21 xã, phường", 21, "xã, phường"), Q("312/356 thôn, làng", 312, "thôn, làng"),
 Q("44 thôn", 44, "thôn"), Q("5 thôn", 5, "thôn"), Q("hơn 1.200 lượt người", 1200, "lượt người", "over"),
 Q("trên 90%", 90, "%", "over"), Q("37 ý kiến", 37, "ý kiến"), Q("ít nhất 1 người có uy tín", 1, "người có uy tín", "over"),
 Q("164 phần quà", 164, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch", "27", "KH/TU", "2026-01-14", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU ngày 14/1/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Phước Bình"), com("Phước Hà")],
["Báo Khánh Hòa - Cơ quan của Đảng bộ tỉnh Khánh Hòa", "Chính trị › Dân tộc - Tôn giáo",
 "Các vị chức sắc, người có uy tín dự hội nghị. Ảnh: Đàng Năng", "Luật Thực hiện dân chủ ở cơ sở", "ngày hội quy ước",
 "Hội đồng chức sắc Bàlamôn tỉnh", "Katê", "Ramưwan"],
["Thứ Ba, 10/03/2026 - 17:05", "năm 2026", "quý III/2026"]))

PAGES.append(page("b3436-daklak-mttq-giaoban-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ / Tin hoạt động / Công tác giám sát
2026-04-03 16:40
Ảnh: Quang cảnh buổi giao ban.
Chuẩn bị bầu Ban Thanh tra nhân dân nhiệm kỳ mới ở 102 xã, phường
Ngày 2/4/2026, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức giao ban công tác tháng 3/2026 với Ủy ban MTTQ các xã, phường. Đồng chí H'Yâo Knul, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Cùng dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Y Ngông Niê Kdăm, Nguyễn Thị Thu Hà.
Theo báo cáo, trong tháng 3, Mặt trận các cấp tập trung hướng dẫn quy trình bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2031 theo Nghị quyết liên tịch số 01/2024/NQLT-CP-ĐCTUBTWMTTQVN và Hướng dẫn số 12/HD-MTTQ-BTT ngày 10/3/2026 của Ban Thường trực Ủy ban MTTQ tỉnh. Đến cuối tháng, đã có 38/102 xã, phường tổ chức hội nghị bầu, với 342 thành viên được bầu, trong đó 129 người là đồng bào Êđê, Jrai, Mnông; 27 xã thuộc địa bàn tỉnh Phú Yên cũ đã hoàn thành 100% khâu chuẩn bị.
Trong tháng, Mặt trận các xã, phường đã tổ chức 74 hội nghị cộng đồng dân cư ở buôn, thôn, khu phố để thông qua quy ước; tiếp nhận 56 kiến nghị của cử tri, chuyển cơ quan chức năng 49 kiến nghị. Qua giám sát, phát hiện 3 trường hợp hộ nghèo bị bỏ sót, đã kiến nghị bổ sung.
Tại buổi giao ban, bà H'Ngơn Byă, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Kly, cho biết xã gặp khó khăn vì nhiều buôn ở xa, người dân đi làm rẫy nên khó tập trung đủ số người dự hội nghị bầu. Ông Nguyễn Văn Thanh, Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa, đề nghị tỉnh sớm cấp kinh phí 20 triệu đồng cho mỗi xã, phường để tổ chức bầu. Ông Y Krông Mlô, Trưởng Ban Thanh tra nhân dân xã Ea Kly nhiệm kỳ 2024 - 2026, kiến nghị giữ lại các thành viên có kinh nghiệm.
Kết luận, đồng chí H'Yâo Knul yêu cầu đến ngày 30/4/2026 hoàn thành bầu Ban Thanh tra nhân dân ở 100% xã, phường; mỗi Ban có từ 5 đến 11 thành viên theo quy định; ưu tiên giới thiệu người có uy tín, người dân tộc thiểu số, phụ nữ; trong tháng 4 chuẩn bị giám sát việc thực hiện quy ước buôn sau hợp nhất.
Đồng chí lưu ý Ban Thanh tra nhân dân là tổ chức của nhân dân, do nhân dân bầu, vì vậy không được "chỉ định" người vào danh sách; hội nghị bầu phải bảo đảm đủ số đại biểu, biên bản ghi đầy đủ, gửi về Ủy ban MTTQ tỉnh để theo dõi. Các xã thuộc địa bàn Phú Yên cũ cần chia sẻ kinh nghiệm với các xã ở phía Tây, nơi có nhiều buôn đồng bào dân tộc thiểu số. Ban Thường trực Ủy ban MTTQ tỉnh sẽ cử cán bộ về dự hội nghị bầu tại các xã khó khăn.
Tin, ảnh: H'Xíu
Tin liên quan
- Đắk Lắk: 100% buôn có quy ước được công nhận (20/3/2026)
- Giao ban công tác Mặt trận tháng 2/2026 (04/3/2026)
""", "2026-04-03", "Chuẩn bị bầu Ban Thanh tra nhân dân nhiệm kỳ mới ở 102 xã, phường",
E("giao_ban", "2026-03", "2026-04-02"),
[P("H'Yâo Knul", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngông Niê Kdăm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Ngơn Byă", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Kly"),
 P("Nguyễn Văn Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tuy Hòa"),
 P("Y Krông Mlô", "Trưởng Ban Thanh tra nhân dân xã Ea Kly nhiệm kỳ 2024 - 2026")],
[Q("102 xã, phường", 102, "xã, phường"), Q("38/102 xã, phường", 38, "xã, phường"), Q("342 thành viên", 342, "thành viên"),
 Q("129 người", 129, "người"), Q("27 xã", 27, "xã"), Q("100% khâu chuẩn bị", 100, "%"),
 Q("74 hội nghị cộng đồng dân cư", 74, "hội nghị cộng đồng dân cư"), Q("56 kiến nghị", 56, "kiến nghị"), Q("49 kiến nghị", 49, "kiến nghị"),
 Q("3 trường hợp", 3, "trường hợp"), Q("20 triệu đồng", 20000000, "đồng"), Q("100% xã, phường", 100, "%"),
 Q("5", 5, "thành viên"), Q("11 thành viên", 11, "thành viên")],
[D("Nghị quyết liên tịch", "01", "2024/NQLT-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2024/NQLT-CP-ĐCTUBTWMTTQVN"),
 D("Hướng dẫn", "12", "HD-MTTQ-BTT", "2026-03-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 12/HD-MTTQ-BTT ngày 10/3/2026")],
[prov("Đắk Lắk"), prov("Phú Yên"), com("Ea Kly"), com("Tuy Hòa")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ / Tin hoạt động / Công tác giám sát", "Ảnh: Quang cảnh buổi giao ban.", "Tin, ảnh: H'Xíu"],
["2026-04-03 16:40", "tháng 3/2026", "tháng 3", "nhiệm kỳ 2026 - 2031", "nhiệm kỳ 2024 - 2026", "30/4/2026", "tháng 4"]))
