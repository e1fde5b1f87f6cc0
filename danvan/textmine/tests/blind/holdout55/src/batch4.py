from lib import *
PAGES = []

PAGES.append(page("b1295-tuyenquang-mttq-giamsat-nhatam-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 09/10/2025 - 15:45
Giám sát xóa nhà tạm, nhà dột nát tại các xã vùng cao núi đá
Đoàn giám sát kiểm tra thực tế nhà ở của hộ dân tại xã Lũng Cú. Ảnh: Quang Minh
Từ ngày 6 đến 8/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang do bà Hầu Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát năm 2025 tại các xã Đồng Văn, Lũng Cú và Mèo Vạc.
Cuộc giám sát thực hiện theo Kế hoạch số 12/KH-MTTQ-BTT ngày 25/8/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, là một trong những cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh sau khi hợp nhất tỉnh Tuyên Quang và tỉnh Hà Giang, tổ chức chính quyền địa phương hai cấp.
Theo báo cáo, thực hiện Chỉ thị số 42/CT-TTg ngày 3/12/2024 của Thủ tướng Chính phủ về đẩy mạnh phong trào thi đua "Cả nước chung tay xóa nhà tạm, nhà dột nát" và Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy, đến hết tháng 8/2025 toàn tỉnh đã hoàn thành 9.846 căn nhà, đạt 100% kế hoạch. Mức hỗ trợ thực hiện theo Quyết định số 35/2025/QĐ-UBND của UBND tỉnh: 60 triệu đồng/căn xây mới và 30 triệu đồng/căn sửa chữa. Riêng 3 xã được giám sát đã xây mới 531 căn nhà, sửa chữa 97 căn nhà với tổng kinh phí gần 34,8 tỷ đồng.
Ông Vàng Mí Súa, Bí thư Đảng ủy xã Đồng Văn cho biết, nhiều hộ ở thôn xa phải vận chuyển cát, xi măng bằng sức người, bằng ngựa thồ; lực lượng quân đội, công an, đoàn viên thanh niên đã hỗ trợ hơn 4.200 ngày công. Ông Sình Dì Páo, Phó Chủ tịch UBND xã Lũng Cú, đề nghị tỉnh bố trí thêm kinh phí làm bể chứa nước cho các hộ vừa có nhà mới.
Qua kiểm tra thực tế 46 hộ, đoàn ghi nhận các căn nhà cơ bản bảo đảm tiêu chí "ba cứng", việc bình xét công khai, có sự tham gia giám sát của Ban Công tác Mặt trận thôn. Bà Ly Thị Dở, ở thôn Lô Lô Chải, xúc động: "Cả đời nhà tôi chưa bao giờ ở nhà xây, năm nay được Nhà nước hỗ trợ, con cháu không còn lo gió rét".
Tuy nhiên, vẫn còn 23 hộ chưa hoàn thiện công trình phụ, một số hộ phải vay thêm tiền để làm nhà vượt quy mô. Kết luận buổi giám sát, bà Hầu Thị Dung đề nghị UBND các xã rà soát, hỗ trợ các hộ hoàn thiện nhà trước mùa đông; phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; tiếp tục vận động doanh nghiệp, nhà hảo tâm chung tay giúp hộ khó khăn. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh Tuyên Quang và Sở Xây dựng.
Quang Minh
Lượt xem: 938
Tin liên quan
- Mặt trận tỉnh ra mắt sau hợp nhất (02/07/2025)
- Xã Mèo Vạc khánh thành 120 căn nhà Đại đoàn kết (20/08/2025)
- Hướng dẫn nghiệp vụ giám sát cho Mặt trận cấp xã (15/09/2025)
""", "2025-10-09", "Giám sát xóa nhà tạm, nhà dột nát tại các xã vùng cao núi đá",
E("giam_sat", "2025", "2025-10-06"),
[P("Hầu Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Vàng Mí Súa", "Bí thư Đảng ủy xã Đồng Văn"),
 P("Sình Dì Páo", "Phó Chủ tịch UBND xã Lũng Cú"),
 P("Ly Thị Dở")],
[Q("9.846 căn nhà", 9846, "căn nhà"), Q("100%", 100, "%"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("30 triệu đồng", 30000000, "đồng"), Q("3 xã", 3, "xã"), Q("531 căn nhà", 531, "căn nhà"), Q("97 căn nhà", 97, "căn nhà"),
 Q("gần 34,8 tỷ đồng", 34800000000, "đồng", "approx"), Q("hơn 4.200 ngày công", 4200, "ngày công", "over"),
 Q("46 hộ", 46, "hộ"), Q("23 hộ", 23, "hộ")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-08-25", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 25/8/2025"),
 D("Chỉ thị", "42", "CT-TTg", "2024-12-03", "Thủ tướng Chính phủ", "Chỉ thị số 42/CT-TTg ngày 3/12/2024"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 18-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "35", "2025/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 35/2025/QĐ-UBND của UBND tỉnh")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Đồng Văn"), com("Lũng Cú"), com("Mèo Vạc")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Đoàn giám sát kiểm tra thực tế nhà ở của hộ dân tại xã Lũng Cú. Ảnh: Quang Minh",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "ba cứng", "thôn Lô Lô Chải", "Ban Thanh tra nhân dân",
 "Ban Giám sát đầu tư của cộng đồng", "Lượt xem: 938"],
["Thứ Năm, 09/10/2025 - 15:45", "năm 2025", "tháng 8/2025", "hai cấp", "ba cứng", "Lượt xem: 938"]))

PAGES.append(page("b1296-vinhlong-phuong-nguyethoa-doithoai-2025", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Cập nhật: 08:30, 15/11/2025 (GMT+7)
Bí thư Đảng ủy phường Nguyệt Hóa đối thoại với Nhân dân
Quang cảnh buổi đối thoại. Ảnh: Thạch Duy
Chiều 14/11, Đảng ủy phường Nguyệt Hóa phối hợp Ủy ban MTTQ Việt Nam phường tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2025. Đồng chí Sơn Minh Thắng, Bí thư Đảng ủy phường và đồng chí Lê Văn Đức, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì. Tham dự có đồng chí Kim Thị Sa Vân, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long, cùng 180 đại biểu là người có uy tín, chức sắc, chức việc và Nhân dân các khóm.
Phường Nguyệt Hóa được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp 3 phường của thành phố Trà Vinh cũ, có diện tích 23,5 km2, dân số hơn 41.000 người, trong đó đồng bào Khmer chiếm 38%. Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 27-KH/ĐU ngày 20/10/2025 của Đảng ủy phường.
Tại hội nghị, 12 ý kiến của người dân tập trung vào việc chuyển đổi giấy tờ sau khi đổi tên đơn vị hành chính, tình trạng ngập nước ở một số tuyến hẻm, trật tự đô thị khu vực chợ và chính sách đối với người có uy tín. Ông Thạch Sa Rết (khóm 4) phản ánh tuyến hẻm vào chùa Âng ngập sâu mỗi khi triều cường. Đại đức Thạch Sa Vây, trụ trì chùa Âng, đề nghị phường quan tâm hỗ trợ lớp dạy chữ Khmer hè cho con em đồng bào. Bà Lê Thị Hồng Nhung (khóm 2) hỏi về thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất có ghi địa chỉ cũ.
Trả lời các ý kiến, đồng chí Lê Văn Đức cho biết người dân không bắt buộc phải đổi giấy tờ khi thay đổi địa giới hành chính; phường đã cấp đổi 320 giấy chứng nhận theo nhu cầu. Năm 2026, phường dự kiến đầu tư 4,2 tỷ đồng nâng cấp 6 tuyến hẻm, trong đó có hẻm vào chùa Âng. Đồng chí Nguyễn Hoàng Phúc, ĐUV, Trưởng Công an phường, thông tin về việc lập lại trật tự lòng lề đường khu vực chợ.
Phát biểu kết luận, Bí thư Đảng ủy phường Sơn Minh Thắng ghi nhận các ý kiến tâm huyết của Nhân dân; 9 ý kiến đã được giải đáp tại chỗ, các ý kiến còn lại sẽ được phường trả lời bằng văn bản trong 15 ngày. Đồng chí đề nghị cán bộ, đảng viên gương mẫu, gần dân, sát dân; Ủy ban MTTQ Việt Nam phường giám sát việc giải quyết kiến nghị sau đối thoại.
Dịp này, Đảng ủy phường trao 15 suất hỗ trợ, mỗi suất 10 triệu đồng, để sửa chữa nhà ở cho hộ nghèo đồng bào Khmer.
Thạch Duy
Lượt xem: 605
Tin liên quan
- Phường Long Đức đối thoại với hộ kinh doanh (10/11/2025)
- Vĩnh Long: Ngày hội Đại đoàn kết toàn dân tộc tại các khóm, ấp (05/11/2025)
- Tập huấn công tác dân vận cho cán bộ cấp xã sau sắp xếp (28/10/2025)
""", "2025-11-15", "Bí thư Đảng ủy phường Nguyệt Hóa đối thoại với Nhân dân",
E("doi_thoai", "2025", "2025-11-14"),
[P("Sơn Minh Thắng", "Bí thư Đảng ủy phường"),
 P("Lê Văn Đức", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Kim Thị Sa Vân", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Thạch Sa Rết"),
 P("Thạch Sa Vây", "Đại đức", "trụ trì chùa Âng"),
 P("Lê Thị Hồng Nhung"),
 P("Nguyễn Hoàng Phúc", "ĐUV", "Trưởng Công an phường")],
[Q("180 đại biểu", 180, "đại biểu"), Q("3 phường", 3, "phường"), Q("23,5 km2", 23.5, "km2"), Q("hơn 41.000 người", 41000, "người", "over"),
 Q("38%", 38, "%"), Q("12 ý kiến", 12, "ý kiến"), Q("320 giấy chứng nhận", 320, "giấy chứng nhận"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("6 tuyến hẻm", 6, "tuyến hẻm"), Q("9 ý kiến", 9, "ý kiến"),
 Q("15 suất hỗ trợ", 15, "suất hỗ trợ"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị"),
 D("Kế hoạch", "27", "KH/ĐU", "2025-10-20", "Đảng ủy phường", "Kế hoạch số 27-KH/ĐU ngày 20/10/2025 của Đảng ủy phường")],
[prov("Vĩnh Long"), com("Nguyệt Hóa")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Quang cảnh buổi đối thoại. Ảnh: Thạch Duy",
 "chùa Âng", "khóm 4", "khóm 2", "thành phố Trà Vinh cũ", "Lượt xem: 605"],
["Cập nhật: 08:30, 15/11/2025 (GMT+7)", "năm 2025", "1/7/2025", "Năm 2026",
 "15 ngày", "khóm 4", "khóm 2", "Lượt xem: 605"]))

PAGES.append(page("b1297-lamdong-btgdv-tongket-2025", """
BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Hôm nay: Thứ Hai, 12/01/2026
Trang chủ | Chính trị | Tuyên giáo - Dân vận
Thứ Sáu, 09/01/2026, 17:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Giữ vững đồng thuận xã hội sau sắp xếp bộ máy, đơn vị hành chính
Ngày 8/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026. Hội nghị được kết nối trực tuyến đến 124 điểm cầu xã, phường, đặc khu. Đồng chí Phan Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: K'Bình, Điểu Thị Lam, Nguyễn Văn Thiện.
Năm 2025 là năm toàn hệ thống chính trị thực hiện sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng và Kết luận số 137-KL/TW ngày 28/3/2025 của Bộ Chính trị, Ban Bí thư; hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 03, 04-CT/TU về công tác dân vận trong thời gian vận hành chính quyền địa phương hai cấp và về công tác tôn giáo; tham mưu xây dựng Chương trình hành động số 05-CTr/TU của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I.
Khối dân vận các cấp đã tổ chức 2.840 hội nghị tiếp xúc, đối thoại; vận động nhân dân hiến hơn 126.000 m2 đất làm đường; hoàn thành xóa 3.916 căn nhà tạm, nhà dột nát trước thời hạn. Quỹ "Vì người nghèo" các cấp vận động được 186,5 tỷ đồng. Toàn tỉnh có 1.214 người có uy tín trong đồng bào dân tộc thiểu số, đã tham gia hòa giải thành 318 vụ việc mâu thuẫn ở cơ sở.
Tại hội nghị, đồng chí Ka Sô Liêng, TUV, Giám đốc Sở Dân tộc và Tôn giáo cho biết, sở đã phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy rà soát, kiện toàn đội ngũ người có uy tín ở 47 xã vùng đồng bào dân tộc thiểu số. Bà Trần Thị Ngọc Ánh, Trưởng Ban Xây dựng Đảng Đảng ủy phường Lâm Viên - Đà Lạt, chia sẻ kinh nghiệm đưa "Tổ dân phố tự quản" vào hoạt động ngay sau sắp xếp. Ông Điểu K'Hưng, Bí thư Đảng ủy xã Đắk Song, nêu khó khăn khi cán bộ phải phụ trách địa bàn rộng, nhiều bon ở xa.
Kết luận hội nghị, đồng chí Phan Thị Hoài Thu đề nghị năm 2026 khối tuyên giáo và dân vận tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện hiệu quả Quy chế phối hợp số 02-QCPH/BTGDVTU-ĐUUBND về công tác dân vận chính quyền; phấn đấu 100% xã, phường, đặc khu có mô hình "Dân vận khéo" được công nhận.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 32 cá nhân có thành tích xuất sắc năm 2025.
Hồng Thắm
Lượt xem: 2.064
Tin liên quan
- Hội nghị báo cáo viên tháng 12/2025 (26/12/2025)
- Đơn Dương: Ngày hội văn hóa các dân tộc (19/12/2025)
- Phường Bắc Gia Nghĩa ra mắt mô hình "Camera an ninh" (12/12/2025)
""", "2026-01-09", "Giữ vững đồng thuận xã hội sau sắp xếp bộ máy, đơn vị hành chính",
E("tong_ket", "2025", "2026-01-08"),
[P("Phan Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("K'Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Thị Lam", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Thiện", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ka Sô Liêng", "TUV", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Trần Thị Ngọc Ánh", "Trưởng Ban Xây dựng Đảng Đảng ủy phường Lâm Viên - Đà Lạt"),
 P("Điểu K'Hưng", "Bí thư Đảng ủy xã Đắk Song")],
[Q("124 điểm cầu xã, phường, đặc khu", 124, "điểm cầu xã, phường, đặc khu"), Q("2.840 hội nghị tiếp xúc, đối thoại", 2840, "hội nghị tiếp xúc, đối thoại"),
 Q("hơn 126.000 m2", 126000, "m2", "over"), Q("3.916 căn nhà tạm, nhà dột nát", 3916, "căn nhà tạm, nhà dột nát"),
 Q("186,5 tỷ đồng", 186500000000, "đồng"), Q("1.214 người có uy tín", 1214, "người có uy tín"),
 Q("318 vụ việc mâu thuẫn", 318, "vụ việc mâu thuẫn"), Q("47 xã vùng đồng bào dân tộc thiểu số", 47, "xã vùng đồng bào dân tộc thiểu số"),
 Q("100%", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Kết luận", "137", "KL/TW", "2025-03-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 137-KL/TW ngày 28/3/2025"),
 D("Chỉ thị", "03", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chỉ thị", "04", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 03, 04-CT/TU"),
 D("Chương trình hành động", "05", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 05-CTr/TU của Tỉnh ủy"),
 D("Quy chế phối hợp", "02", "QCPH/BTGDVTU-ĐUUBND", None, None, "Quy chế phối hợp số 02-QCPH/BTGDVTU-ĐUUBND")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lâm Viên - Đà Lạt"), com("Đắk Song")],
["BÁO LÂM ĐỒNG - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Hôm nay: Thứ Hai, 12/01/2026",
 "Trang chủ | Chính trị | Tuyên giáo - Dân vận", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Vì người nghèo",
 "Tổ dân phố tự quản", "Dân vận khéo", "Lượt xem: 2.064"],
["Hôm nay: Thứ Hai, 12/01/2026", "Thứ Sáu, 09/01/2026, 17:05", "năm 2025", "năm 2026", "Năm 2025", "hai cấp",
 "lần thứ I", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 2.064"]))

PAGES.append(page("b1298-dongnai-btgdv-taphuan-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI
Trang chủ › Thời sự › Chính trị
19/3/2026 10:15
Bồi dưỡng kỹ năng dân vận cho 260 cán bộ cấp xã
Đồng chí Điểu Minh Tuấn phát biểu khai mạc lớp tập huấn. Ảnh: Bích Nhàn
(ĐN) - Ngày 18 và 19/3, tại phường Đồng Xoài, Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 260 cán bộ cấp xã là trưởng khối dân vận, cán bộ phụ trách công tác dân vận của 95 xã, phường trong tỉnh.
Phát biểu khai mạc, đồng chí Điểu Minh Tuấn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy nhấn mạnh: sau hợp nhất tỉnh Đồng Nai và tỉnh Bình Phước, địa bàn cấp xã rộng hơn, dân số đông hơn, nhiều cán bộ dân vận mới được điều động từ các cơ quan cấp huyện cũ, chưa có kinh nghiệm làm việc trực tiếp với dân. Vì vậy, lớp tập huấn tập trung vào kỹ năng thực hành hơn là lý thuyết.
Trong 2 ngày, các học viên được đồng chí Nguyễn Hữu Lộc, Phó Vụ trưởng Vụ Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Trung ương truyền đạt chuyên đề về Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị và công tác vận động đồng bào dân tộc thiểu số, đồng bào có đạo. Đồng chí Lê Minh Tâm, người vừa được bổ nhiệm làm Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy, hướng dẫn triển khai Kế hoạch số 15-KH/TU ngày 5/1/2026 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 03-HD/BTGDVTU ngày 10/2/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" giai đoạn 2026 - 2030.
Theo báo cáo, năm 2025 toàn tỉnh có 1.050 mô hình "Dân vận khéo" được công nhận, trong đó 214 mô hình ở vùng đồng bào dân tộc thiểu số; các cấp đã vận động xây dựng 1.380 căn nhà Đại đoàn kết với tổng kinh phí hơn 82 tỷ đồng.
Buổi thảo luận nhóm diễn ra sôi nổi. Bà Thị Bích, Trưởng khối dân vận xã Bù Gia Mập, kể về cách vận động đồng bào S'tiêng không bán đất sản xuất; ông Điểu Lành, Phó Bí thư Thường trực Đảng ủy xã Đak Ơ, chia sẻ kinh nghiệm phối hợp với đồn biên phòng nắm tình hình khu vực biên giới. Một số học viên phường Trấn Biên đề nghị có tài liệu hướng dẫn dân vận trong giải phóng mặt bằng các dự án giao thông, sân bay Long Thành.
Kết thúc lớp học, 100% học viên hoàn thành bài kiểm tra, 38 học viên đạt kết quả xuất sắc. Năm 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ tổ chức thêm 3 lớp bồi dưỡng cho cán bộ Mặt trận và các đoàn thể ở cơ sở.
Bích Nhàn
Lượt xem: 517
Tin liên quan
- Hội nghị báo cáo viên tháng 3/2026 (12/03/2026)
- Xã Bù Đăng ra mắt mô hình "Dân vận khéo" (06/03/2026)
- Giao ban khối dân vận quý I/2026 (27/02/2026)
""", "2026-03-19", "Bồi dưỡng kỹ năng dân vận cho 260 cán bộ cấp xã",
E("tap_huan", "2026", "2026-03-18"),
[P("Điểu Minh Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Lộc", "Phó Vụ trưởng Vụ Dân tộc - Tôn giáo Ban Tuyên giáo và Dân vận Trung ương"),
 P("Lê Minh Tâm", "Trưởng phòng Dân vận Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thị Bích", "Trưởng khối dân vận xã Bù Gia Mập"),
 P("Điểu Lành", "Phó Bí thư Thường trực Đảng ủy xã Đak Ơ")],
[Q("260 cán bộ cấp xã", 260, "cán bộ cấp xã"), Q("95 xã, phường", 95, "xã, phường"), Q("1.050 mô hình", 1050, "mô hình"),
 Q("214 mô hình", 214, "mô hình"), Q("1.380 căn nhà Đại đoàn kết", 1380, "căn nhà Đại đoàn kết"),
 Q("hơn 82 tỷ đồng", 82000000000, "đồng", "over"), Q("100%", 100, "%"), Q("38 học viên", 38, "học viên"),
 Q("3 lớp bồi dưỡng", 3, "lớp bồi dưỡng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Kế hoạch", "15", "KH/TU", "2026-01-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 15-KH/TU ngày 5/1/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", "2026-02-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 03-HD/BTGDVTU ngày 10/2/2026")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Đồng Xoài"), com("Bù Gia Mập"), com("Đak Ơ"), com("Trấn Biên")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐỒNG NAI", "Trang chủ › Thời sự › Chính trị",
 "Đồng chí Điểu Minh Tuấn phát biểu khai mạc lớp tập huấn. Ảnh: Bích Nhàn", "(ĐN)", "Dân vận khéo", "sân bay Long Thành",
 "Lượt xem: 517"],
["19/3/2026 10:15", "năm 2026", "2 ngày", "giai đoạn 2026 - 2030", "năm 2025", "Năm 2026", "Lượt xem: 517"]))

PAGES.append(page("b1299-gialai-btvtu-baocao-q1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI
Trang chủ >> Chính trị >> Xây dựng Đảng
10/04/2026 15:30 GMT+7
Ban Thường vụ Tỉnh ủy nghe báo cáo công tác dân vận quý I/2026
Quang cảnh cuộc họp. Ảnh: Đức Thụy
(GL) - Ngày 9/4, tại phường Quy Nhơn, Ban Thường vụ Tỉnh ủy Gia Lai họp nghe Ban Tuyên giáo và Dân vận Tỉnh ủy báo cáo kết quả công tác dân vận quý I/2026, nhiệm vụ trọng tâm quý II. Đồng chí Đinh Văn Thuận, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì. Dự họp có đồng chí Lê Văn Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy; đồng chí Nay H'Lim, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy.
Báo cáo do đồng chí Nguyễn Thị Bích Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày nêu rõ: quý I, khối dân vận các cấp đã tập trung tuyên truyền, vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; tỷ lệ cử tri đi bầu toàn tỉnh đạt 99,6%. Dịp Tết Nguyên đán Bính Ngọ, các cấp, các ngành trao 48.500 phần quà với tổng trị giá 28,4 tỷ đồng cho hộ nghèo, gia đình chính sách, người có uy tín, trong đó thực hiện theo Quyết định số 125/QĐ-UBND ngày 20/1/2026 của UBND tỉnh về tặng quà Tết.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 08, 09-KH/TU thực hiện Nghị quyết số 01-NQ/TU ngày 2/12/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào dân tộc thiểu số và về nâng cao hiệu quả công tác dân vận chính quyền ở cấp xã. Toàn tỉnh có 2.130 người có uy tín; trong quý, người có uy tín tham gia hòa giải thành 37 vụ việc, vận động 52 hộ ở các xã Ia Grai, Ia O, Kbang không nghe theo đối tượng xấu.
Thảo luận tại cuộc họp, đồng chí Ksor Tin, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết còn 6 vụ việc tranh chấp đất đai ở khu vực giáp ranh các xã phía Tây chưa giải quyết dứt điểm. Đồng chí Rơ Mah Thị Hlên, Bí thư Đảng ủy xã Ia Grai, đề nghị tỉnh sớm bố trí biên chế cán bộ chuyên trách công tác dân vận cho các xã có đông đồng bào Jrai.
Kết luận cuộc họp, đồng chí Đinh Văn Thuận đánh giá cao kết quả công tác dân vận quý I; yêu cầu quý II tập trung nắm tình hình nhân dân ở vùng biên giới, vùng có đạo; giải quyết dứt điểm 6 vụ việc tồn đọng; tiếp tục thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về công tác dân vận của cơ quan nhà nước các cấp.
Đức Thụy
Lượt xem: 1.402
Tin liên quan
- Hội nghị người có uy tín khu vực phía Tây tỉnh (02/04/2026)
- Bầu cử thành công đại biểu Quốc hội khóa XVI (17/03/2026)
- Trao quà Tết cho người có uy tín tại xã Ia Grai (10/02/2026)
""", "2026-04-10", "Ban Thường vụ Tỉnh ủy nghe báo cáo công tác dân vận quý I/2026",
E("bao_cao", "2026-Q1", "2026-04-09"),
[P("Đinh Văn Thuận", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lê Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Nội chính Tỉnh ủy"),
 P("Nay H'Lim", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Nguyễn Thị Bích Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ksor Tin", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Rơ Mah Thị Hlên", "Bí thư Đảng ủy xã Ia Grai")],
[Q("99,6%", 99.6, "%"), Q("48.500 phần quà", 48500, "phần quà"), Q("28,4 tỷ đồng", 28400000000, "đồng"),
 Q("2.130 người có uy tín", 2130, "người có uy tín"), Q("37 vụ việc", 37, "vụ việc"), Q("52 hộ", 52, "hộ"),
 Q("6 vụ việc tranh chấp đất đai", 6, "vụ việc tranh chấp đất đai")],
[D("Quyết định", "125", "QĐ-UBND", "2026-01-20", "UBND tỉnh", "Quyết định số 125/QĐ-UBND ngày 20/1/2026 của UBND tỉnh"),
 D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 08, 09-KH/TU"),
 D("Nghị quyết", "01", "NQ/TU", "2025-12-02", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 01-NQ/TU ngày 2/12/2025"),
 D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
[prov("Gia Lai"), com("Quy Nhơn"), com("Ia Grai"), com("Ia O"), com("Kbang")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Quang cảnh cuộc họp. Ảnh: Đức Thụy",
 "(GL)", "Lượt xem: 1.402"],
["10/04/2026 15:30 GMT+7", "quý I/2026", "quý II", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Tết Nguyên đán Bính Ngọ",
 "quý I", "Lượt xem: 1.402"]))

PAGES.append(page("b1300-ninhbinh-mttq-gapmat-tongiao-2026", """
BÁO NINH BÌNH ĐIỆN TỬ
Trang chủ / Mặt trận - Đoàn thể / Dân tộc - Tôn giáo
Thứ Năm, 05/02/2026 | 19:20
Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Xuân Bính Ngọ
Các đại biểu dự hội nghị. Ảnh: Minh Quang
Chiều 5/2, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức hội nghị gặp mặt chức sắc, chức việc, người tiêu biểu các tôn giáo năm 2026, nhân dịp đón Xuân Bính Ngọ. Đây là lần đầu tiên hội nghị được tổ chức sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình, với 220 đại biểu tham dự.
Dự hội nghị có đồng chí Đặng Thị Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Trần Văn Khải, Vũ Thị Minh Huệ, Phạm Quang Vinh - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Trần Quốc Hưng, Giám đốc Sở Dân tộc và Tôn giáo. Về phía các tôn giáo có Linh mục Phêrô Nguyễn Văn Khiêm, Tổng Đại diện Giáo phận Phát Diệm; Linh mục Giuse Trần Đức Lượng, Quản xứ giáo xứ Bùi Chu; Thượng tọa Thích Minh Hiền, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Theo báo cáo, tỉnh hiện có hơn 1,1 triệu tín đồ các tôn giáo, chiếm khoảng 25% dân số; 1.312 cơ sở thờ tự. Năm 2025, các tổ chức tôn giáo đã đóng góp hơn 35 tỷ đồng cho công tác an sinh xã hội, tham gia xóa 640 căn nhà tạm, nhà dột nát; nhiều giáo xứ, nhà chùa tổ chức phát cơm miễn phí tại bệnh viện, trao học bổng cho học sinh nghèo. Hoạt động tôn giáo tuân thủ Luật Tín ngưỡng, tôn giáo, không để xảy ra điểm nóng.
Phát biểu tại hội nghị, đồng chí Đặng Thị Thanh Bình trân trọng những đóng góp của đồng bào các tôn giáo; đề nghị các chức sắc tiếp tục hướng dẫn tín đồ "sống tốt đời, đẹp đạo", tích cực tham gia bầu cử đại biểu Quốc hội và HĐND các cấp sắp tới. Bà cũng thông tin việc Ủy ban MTTQ Việt Nam tỉnh tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 12/3/2003 của Ban Chấp hành Trung ương Đảng khóa IX về công tác tôn giáo và Kế hoạch số 09/KH-MTTQ-BTT ngày 15/1/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về công tác vận động đồng bào có đạo năm 2026.
Linh mục Phêrô Nguyễn Văn Khiêm bày tỏ vui mừng trước sự quan tâm của cấp ủy, chính quyền; cho biết giáo phận sẽ tiếp tục phối hợp với chính quyền xã Phát Diệm trong việc trùng tu, bảo tồn quần thể nhà thờ đá. Thượng tọa Thích Minh Hiền mong tỉnh tạo điều kiện để Giáo hội Phật giáo tỉnh sớm ổn định tổ chức sau hợp nhất, tổ chức Đại hội đại biểu Phật giáo tỉnh nhiệm kỳ 2026 - 2031 tại chùa Bái Đính, xã Gia Sinh.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng 150 phần quà Tết cho các cơ sở tôn giáo.
Minh Quang
Lượt xem: 884
Tin liên quan
- Phường Nam Định gặp mặt đồng bào Công giáo dịp Giáng sinh (23/12/2025)
- Trao 500 suất quà cho hộ nghèo tại phường Hoa Lư (02/02/2026)
- Mặt trận tỉnh giám sát việc thực hiện chính sách người có công (20/01/2026)
""", "2026-02-05", "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Xuân Bính Ngọ",
E("hoi_nghi", "2026", "2026-02-05"),
[P("Đặng Thị Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vũ Thị Minh Huệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Hưng", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Phêrô Nguyễn Văn Khiêm", "Linh mục", "Tổng Đại diện Giáo phận Phát Diệm"),
 P("Giuse Trần Đức Lượng", "Linh mục", "Quản xứ giáo xứ Bùi Chu"),
 P("Thích Minh Hiền", "Thượng tọa", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("220 đại biểu", 220, "đại biểu"), Q("hơn 1,1 triệu tín đồ", 1100000, "tín đồ", "over"), Q("khoảng 25%", 25, "%", "approx"),
 Q("1.312 cơ sở thờ tự", 1312, "cơ sở thờ tự"), Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"),
 Q("640 căn nhà tạm, nhà dột nát", 640, "căn nhà tạm, nhà dột nát"), Q("150 phần quà", 150, "phần quà")],
[D("Nghị quyết", "25", "NQ/TW", "2003-03-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 25-NQ/TW ngày 12/3/2003"),
 D("Kế hoạch", "09", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 09/KH-MTTQ-BTT ngày 15/1/2026")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Phát Diệm"), com("Gia Sinh")],
["BÁO NINH BÌNH ĐIỆN TỬ", "Trang chủ / Mặt trận - Đoàn thể / Dân tộc - Tôn giáo", "Các đại biểu dự hội nghị. Ảnh: Minh Quang",
 "Luật Tín ngưỡng, tôn giáo", "sống tốt đời, đẹp đạo", "chùa Bái Đính", "Giáo phận Phát Diệm", "Lượt xem: 884"],
["Thứ Năm, 05/02/2026 | 19:20", "Xuân Bính Ngọ", "năm 2026", "Năm 2025", "khóa IX", "nhiệm kỳ 2026 - 2031",
 "lần đầu tiên", "Lượt xem: 884"]))
