from lib import *
PAGES = []

PAGES.append(page("b2999-tuyenquang-tiepxuc-kyhop10-2025", """
Báo và Phát thanh, Truyền hình Tuyên Quang
Thời sự › Bầu cử - Dân cử
Thứ Sáu, 26/09/2025 | 10:05
Cử tri vùng cao Tuyên Quang mong sớm hoàn thiện hạ tầng sau sáp nhập
Ảnh: Đại biểu Quốc hội trao đổi với cử tri xã Lũng Cú.
Ngày 25/9, Đoàn đại biểu Quốc hội tỉnh Tuyên Quang tiếp xúc cử tri xã Lũng Cú và xã Đồng Văn trước kỳ họp thứ 10, Quốc hội khóa XV. Đây là đợt tiếp xúc cử tri đầu tiên ở khu vực tỉnh Hà Giang cũ sau khi hai tỉnh hợp nhất thành tỉnh Tuyên Quang từ ngày 1/7/2025 và vận hành chính quyền địa phương hai cấp.
Tham dự có các đồng chí: Sùng Thị Mẩy, Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh; Hầu Văn Lý, Tỉnh ủy viên, Bí thư Đảng ủy xã Lũng Cú; Triệu Thị Nhung, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh và gần 400 cử tri.
Bà Sùng Thị Mẩy thông báo dự kiến kỳ họp thứ 10 - kỳ họp cuối nhiệm kỳ khóa XV, Quốc hội sẽ xem xét, thông qua khoảng 49 dự án luật và tổng kết nhiệm kỳ; đồng thời quyết định ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.
Cử tri Vừ Mí Sính, thôn Lô Lô Chải, đề nghị sớm cứng hóa tuyến đường vào thôn dài hơn 6 km; hiện 85 hộ đồng bào Lô Lô, Mông phải đi lại khó khăn vào mùa mưa. Bà Sùng Thị Dợ, Chi hội trưởng phụ nữ thôn Thèn Ván, phản ánh sau sáp nhập, người dân xã phải đi xa hơn khoảng 20 km để làm thủ tục hành chính; đề nghị tăng cường dịch vụ công trực tuyến và điểm tiếp nhận lưu động.
Cử tri Đặng Văn Kiều (xã Đồng Văn) kiến nghị rà soát chế độ cho cán bộ không chuyên trách thôi việc sau sắp xếp theo Nghị định số 154/2025/NĐ-CP của Chính phủ; nhiều cử tri quan tâm chính sách hỗ trợ theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học, công nghệ và chuyển đổi số, mong được phủ sóng Internet đến tất cả 27 thôn của hai xã.
Ông Lù Mí Thề, Chủ tịch UBND xã Đồng Văn, trả lời các kiến nghị thuộc thẩm quyền: năm 2025 xã đã bố trí 3,8 tỷ đồng làm đường, hoàn thành 62 căn nhà trong Chương trình xóa nhà tạm, nhà dột nát; dự kiến trong quý IV sẽ có 2 điểm tiếp nhận hồ sơ lưu động.
Bà Sùng Thị Mẩy tiếp thu, giải trình thêm về chính sách bố trí cán bộ sau sắp xếp và cam kết các kiến nghị sẽ được tổng hợp, gửi đến kỳ họp.
Cử tri cũng đề nghị quan tâm giữ gìn bản sắc văn hóa các dân tộc ở Cao nguyên đá Đồng Văn, phát triển du lịch cộng đồng tại các thôn ven cột cờ Lũng Cú để người dân có thêm thu nhập ổn định.
Minh Hương - Lù Thị Hoa
Tin liên quan
- Cử tri phường Hà Giang 1 kiến nghị về quy hoạch đô thị (24/09/2025)
- Tuyên Quang tổng hợp 136 ý kiến cử tri gửi kỳ họp thứ 10 (20/09/2025)
- Đoàn ĐBQH tỉnh tiếp xúc cử tri xã Mèo Vạc (18/09/2025)
- Hội nghị giao ban Thường trực HĐND tỉnh quý III (12/09/2025)
""", "2025-09-26", "Cử tri vùng cao Tuyên Quang mong sớm hoàn thiện hạ tầng sau sáp nhập",
E("doi_thoai", None, "2025-09-25"),
[P("Sùng Thị Mẩy", "Phó Trưởng Đoàn ĐBQH chuyên trách tỉnh"),
 P("Hầu Văn Lý", "Tỉnh ủy viên", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Triệu Thị Nhung", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Vừ Mí Sính"), P("Sùng Thị Dợ", "Chi hội trưởng phụ nữ thôn Thèn Ván"), P("Đặng Văn Kiều"),
 P("Lù Mí Thề", "Chủ tịch UBND xã Đồng Văn")],
[Q("gần 400 cử tri", 400, "cử tri", "approx"), Q("khoảng 49 dự án luật", 49, "dự án luật", "approx"), Q("hơn 6 km", 6, "km", "over"),
 Q("85 hộ đồng bào Lô Lô, Mông", 85, "hộ đồng bào Lô Lô, Mông"), Q("khoảng 20 km", 20, "km", "approx"), Q("27 thôn", 27, "thôn"),
 Q("3,8 tỷ đồng", 3800000000, "đồng"), Q("62 căn nhà", 62, "căn nhà"), Q("2 điểm tiếp nhận hồ sơ lưu động", 2, "điểm tiếp nhận hồ sơ lưu động")],
[D("Nghị định", "154", "2025/NĐ-CP", None, "Chính phủ", "Nghị định số 154/2025/NĐ-CP"),
 D("Nghị quyết", "57", "NQ/TW", "2024-12-22", "Bộ Chính trị", "Nghị quyết số 57-NQ/TW ngày 22/12/2024")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Đồng Văn")],
["Báo và Phát thanh, Truyền hình Tuyên Quang", "Thời sự › Bầu cử - Dân cử", "Ảnh: Đại biểu Quốc hội trao đổi với cử tri xã Lũng Cú.",
 "Chương trình xóa nhà tạm, nhà dột nát", "Cao nguyên đá Đồng Văn", "thôn Lô Lô Chải"],
["Thứ Sáu, 26/09/2025 | 10:05", "kỳ họp thứ 10", "khóa XV", "khóa XVI", "nhiệm kỳ 2026 - 2031", "1/7/2025", "hai cấp", "quý IV", "năm 2025", "hai xã"]))

PAGES.append(page("b3000-lamdong-hiepthuong1-2025", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Tin tức | Bầu cử ĐBQH khóa XVI và HĐND các cấp
Thứ Sáu, 19/12/2025, 15:20
Ảnh: Các đại biểu biểu quyết thông qua biên bản hiệp thương.
Lâm Đồng dự kiến cơ cấu 105 người ứng cử đại biểu HĐND tỉnh
Chiều 18/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức hội nghị hiệp thương lần thứ nhất để thỏa thuận về cơ cấu, thành phần, số lượng người của cơ quan, tổ chức, đơn vị ở địa phương được giới thiệu ứng cử đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh nhiệm kỳ 2026 - 2031.
Chủ trì hội nghị có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: K'Điểu Thị Hạnh, Nguyễn Văn Dũng, Mang Thị Lan. Dự hội nghị có đồng chí Y Quang Knul, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh và 112 đại biểu đại diện Ủy ban MTTQ tỉnh, các cơ quan, tổ chức chính trị - xã hội.
Đây là cuộc bầu cử đầu tiên sau khi tỉnh Lâm Đồng mới được thành lập trên cơ sở hợp nhất các tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, với diện tích hơn 24.000 km2 và khoảng 3,8 triệu dân. Theo Nghị quyết số 1890/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội, tỉnh được bầu 13 đại biểu Quốc hội; số người được giới thiệu ứng cử ít nhất là 22 người.
Hội nghị đã thống nhất dự kiến cơ cấu 105 người ứng cử đại biểu HĐND tỉnh để bầu 85 đại biểu, trong đó người dân tộc thiểu số khoảng 18%, phụ nữ ít nhất 35%, người ngoài Đảng tối thiểu 10%, người dưới 40 tuổi khoảng 15%. Việc thỏa thuận thực hiện theo Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN và Kế hoạch số 14-KH/MTTQ-BTT ngày 28/11/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Góp ý tại hội nghị, ông Kră Jăn Ha Thoa, Chủ tịch Ủy ban MTTQ Việt Nam phường Lang Biang - Đà Lạt, đề nghị quan tâm cơ cấu người có uy tín trong đồng bào K'Ho, Mạ; bà Điểu Thị Bình, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, lưu ý bảo đảm tỷ lệ đại biểu từ 3 khu vực trước đây. Ông Thông Văn Khánh, đại diện đồng bào Chăm xã Phan Hiệp, kiến nghị có người ứng cử là người Chăm để nói tiếng nói của đồng bào vùng biển.
Phát biểu kết luận, bà K'Điểu Thị Hạnh đề nghị các cơ quan, tổ chức căn cứ kết quả hiệp thương để giới thiệu người ứng cử, gửi về Ban Thường trực trước ngày 5/1/2026; cuộc bầu cử sẽ diễn ra vào ngày 15/3/2026.
Mai Hương
Bài viết liên quan
- Triển khai công tác bầu cử tại 124 xã, phường, đặc khu (12/12/2025)
- Lâm Đồng thành lập Ủy ban bầu cử tỉnh (05/12/2025)
- Tập huấn nghiệp vụ công tác Mặt trận trong bầu cử (28/11/2025)
- MTTQ tỉnh lấy ý kiến về dự thảo kế hoạch hiệp thương (20/11/2025)
""", "2025-12-19", "Lâm Đồng dự kiến cơ cấu 105 người ứng cử đại biểu HĐND tỉnh",
E("hoi_nghi", None, "2025-12-18"),
[P("K'Điểu Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"), P("Nguyễn Văn Dũng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mang Thị Lan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Quang Knul", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Kră Jăn Ha Thoa", "Chủ tịch Ủy ban MTTQ Việt Nam phường Lang Biang - Đà Lạt"),
 P("Điểu Thị Bình", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"), P("Thông Văn Khánh")],
[Q("105 người ứng cử đại biểu HĐND tỉnh", 105, "người ứng cử đại biểu HĐND tỉnh"), Q("112 đại biểu", 112, "đại biểu"),
 Q("hơn 24.000 km2", 24000, "km2", "over"), Q("khoảng 3,8 triệu dân", 3800000, "dân", "approx"),
 Q("13 đại biểu Quốc hội", 13, "đại biểu Quốc hội"), Q("22 người", 22, "người", "over"), Q("85 đại biểu", 85, "đại biểu"),
 Q("khoảng 18%", 18, "%", "approx"), Q("ít nhất 35%", 35, "%", "over"), Q("tối thiểu 10%", 10, "%", "over"), Q("khoảng 15%", 15, "%", "approx"), Q("3 khu vực", 3, "khu vực")],
[D("Nghị quyết", "1890", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1890/NQ-UBTVQH15"),
 D("Nghị quyết liên tịch", "102", "2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
 D("Kế hoạch", "14", "KH/MTTQ-BTT", "2025-11-28", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 14-KH/MTTQ-BTT ngày 28/11/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Lang Biang - Đà Lạt"), com("Phan Hiệp")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức | Bầu cử ĐBQH khóa XVI và HĐND các cấp",
 "Ảnh: Các đại biểu biểu quyết thông qua biên bản hiệp thương."],
["Thứ Sáu, 19/12/2025, 15:20", "lần thứ nhất", "khóa XVI", "nhiệm kỳ 2026 - 2031", "dưới 40 tuổi", "5/1/2026", "15/3/2026"]))

PAGES.append(page("b3001-vinhlong-ngaybaucu-2026", """
BÁO VĨNH LONG ĐIỆN TỬ
Trang chủ > Thời sự > Bầu cử 2026
Thứ Hai, 16/03/2026 - 05:45
Hơn 2,7 triệu cử tri Vĩnh Long đi bầu cử, tỷ lệ đạt 99,3%
Cử tri Khmer xã Châu Thành đến khu vực bỏ phiếu từ sớm. Ảnh: Thạch Phol
Ngày 15/3, cử tri tỉnh Vĩnh Long đã tham gia bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031. Đây là cuộc bầu cử đầu tiên của tỉnh Vĩnh Long mới, được hợp nhất từ các tỉnh Vĩnh Long, Bến Tre và Trà Vinh.
Theo báo cáo của Ủy ban bầu cử tỉnh lúc 21 giờ ngày 15/3, toàn tỉnh có 2.754.630 cử tri trong danh sách; hơn 2,7 triệu cử tri đã bỏ phiếu, tỷ lệ đạt 99,3%. Tỉnh có 4.318 khu vực bỏ phiếu tại 124 xã, phường; bầu 17 đại biểu Quốc hội ở 6 đơn vị bầu cử với 29 người ứng cử và 95 đại biểu HĐND tỉnh với 158 người ứng cử.
Sáng 15/3, tại khu vực bỏ phiếu số 3, phường Long Châu, đồng chí Trần Hoàng Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh cùng cử tri thực hiện quyền bầu cử. Đồng chí cho biết Ủy ban bầu cử tỉnh đã in khoảng 8,6 triệu phiếu bầu, chuẩn bị 1.250 hòm phiếu phụ.
Tại xã Châu Thành, nơi có hơn 60% cử tri là đồng bào Khmer, Thượng tọa Thạch Sô Đa, Trụ trì chùa Âng, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cùng 34 vị sư sãi trong chùa đi bầu từ 7 giờ. Ông Kim Chanh Ri, Tổ trưởng Tổ bầu cử số 5, cho biết khu vực có 1.286 cử tri, 10 giờ sáng đã đạt 90%.
Ở các xã cù lao thuộc khu vực Bến Tre cũ như Phú Túc, Thạnh Phú, cử tri đi ghe, đò đến khu vực bỏ phiếu. Bà Nguyễn Thị Út, 101 tuổi, ở xã Phú Túc, được tổ bầu cử mang hòm phiếu phụ đến nhà. Xã Phú Túc đạt 100% cử tri đi bầu ngay trước 14 giờ.
Ông Lê Hữu Nghĩa, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, cho biết ngày bầu cử diễn ra an toàn; có 3 xã đề nghị kéo dài thời gian bỏ phiếu do cử tri đi làm ăn xa về muộn. Việc kiểm phiếu thực hiện theo Nghị quyết số 41/NQ-HĐBCQG của Hội đồng bầu cử quốc gia và Kế hoạch số 07/KH-UBBC ngày 10/1/2026 của Ủy ban bầu cử tỉnh.
Nhiều cử tri trẻ lần đầu đi bầu bày tỏ niềm vui khi được tự tay bỏ lá phiếu chọn người đại diện. Các tổ bầu cử đã chuẩn bị bảng hướng dẫn bằng chữ Khmer, bố trí lối đi riêng cho người khuyết tật và người cao tuổi; nhiều nơi đoàn viên thanh niên túc trực hỗ trợ từ sáng sớm đến khi kết thúc bỏ phiếu.
Kết quả chính thức sẽ được công bố chậm nhất sau 10 ngày. Lực lượng công an, quân sự đã bảo đảm an ninh tại tất cả các khu vực bỏ phiếu.
Nhóm phóng viên
Xem thêm
- Vĩnh Long sẵn sàng cho ngày hội non sông (13/03/2026)
- Người ứng cử đại biểu Quốc hội tiếp xúc cử tri phường Trà Vinh (05/03/2026)
- Cử tri vùng Khmer hiểu rõ quyền bầu cử (28/02/2026)
- Niêm yết danh sách cử tri tại 4.318 khu vực bỏ phiếu (15/02/2026)
""", "2026-03-16", "Hơn 2,7 triệu cử tri Vĩnh Long đi bầu cử, tỷ lệ đạt 99,3%",
E("khac", None, None),
[P("Trần Hoàng Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Thạch Sô Đa", "Thượng tọa", "Trụ trì chùa Âng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Chanh Ri", "Tổ trưởng Tổ bầu cử số 5"), P("Nguyễn Thị Út"),
 P("Lê Hữu Nghĩa", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("Hơn 2,7 triệu cử tri", 2700000, "cử tri", "over"), Q("99,3%", 99.3, "%"), Q("2.754.630 cử tri", 2754630, "cử tri"),
 Q("4.318 khu vực bỏ phiếu", 4318, "khu vực bỏ phiếu"), Q("124 xã, phường", 124, "xã, phường"), Q("17 đại biểu Quốc hội", 17, "đại biểu Quốc hội"),
 Q("6 đơn vị bầu cử", 6, "đơn vị bầu cử"), Q("29 người ứng cử", 29, "người ứng cử"), Q("95 đại biểu HĐND tỉnh", 95, "đại biểu HĐND tỉnh"),
 Q("158 người ứng cử", 158, "người ứng cử"), Q("khoảng 8,6 triệu phiếu bầu", 8600000, "phiếu bầu", "approx"), Q("1.250 hòm phiếu phụ", 1250, "hòm phiếu phụ"),
 Q("hơn 60%", 60, "%", "over"), Q("34 vị sư sãi", 34, "vị sư sãi"), Q("1.286 cử tri", 1286, "cử tri"), Q("90%", 90, "%"), Q("100%", 100, "%"), Q("3 xã", 3, "xã")],
[D("Nghị quyết", "41", "NQ-HĐBCQG", None, "Hội đồng bầu cử quốc gia", "Nghị quyết số 41/NQ-HĐBCQG"),
 D("Kế hoạch", "07", "KH-UBBC", "2026-01-10", "Ủy ban bầu cử tỉnh", "Kế hoạch số 07/KH-UBBC ngày 10/1/2026")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Châu Thành"), com("Long Châu"), com("Phú Túc"), com("Thạnh Phú")],
["BÁO VĨNH LONG ĐIỆN TỬ", "Trang chủ > Thời sự > Bầu cử 2026", "Cử tri Khmer xã Châu Thành đến khu vực bỏ phiếu từ sớm. Ảnh: Thạch Phol",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Âng", "Nhóm phóng viên"],
["Thứ Hai, 16/03/2026 - 05:45", "khóa XVI", "nhiệm kỳ 2026 - 2031", "21 giờ", "khu vực bỏ phiếu số 3", "7 giờ", "Tổ bầu cử số 5", "10 giờ", "101 tuổi", "14 giờ", "10 ngày"]))

PAGES.append(page("b3002-dongnai-ungcu-tiepxuc-2026", """
Cổng Thông tin điện tử tỉnh Đồng Nai
Tin tức - Sự kiện » Bầu cử đại biểu Quốc hội và HĐND
Ngày đăng 05/03/2026 | 16:10
Người ứng cử đại biểu Quốc hội khóa XVI vận động bầu cử tại xã Bù Gia Mập
Ủy ban MTTQ Việt Nam xã Bù Gia Mập phối hợp tổ chức hội nghị tiếp xúc cử tri.
Ngày 4/3, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ủy ban bầu cử xã Bù Gia Mập tổ chức hội nghị để những người ứng cử đại biểu Quốc hội khóa XVI tại đơn vị bầu cử số 5 tiếp xúc cử tri, vận động bầu cử. Hội nghị có khoảng 320 cử tri tham dự, phần lớn là đồng bào S'tiêng, M'nông ở khu vực tỉnh Bình Phước trước đây.
Đơn vị bầu cử số 5 có 5 người ứng cử để bầu 3 đại biểu, gồm: bà Điểu Thị Hiền, Phó Trưởng ban Dân tộc HĐND tỉnh; ông Lâm Văn Thạnh, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Hữu Phước, Phó Giám đốc Sở Nông nghiệp và Môi trường; bà Thị Mai Lý, Bí thư Đoàn xã Đak Ơ và ông Vũ Đức Toàn, Phó Hiệu trưởng Trường Cao đẳng Bình Phước.
Trình bày chương trình hành động, bà Điểu Thị Hiền cam kết nếu trúng cử sẽ theo đuổi đến cùng các kiến nghị về đất sản xuất cho hơn 1.100 hộ đồng bào dân tộc thiểu số thiếu đất; thúc đẩy thực hiện Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Bà Thị Mai Lý, người trẻ nhất trong danh sách, sinh năm 1994, vừa được tín nhiệm giữ chức Bí thư Đoàn xã Đak Ơ nhiệm kỳ 2025 - 2030, đề xuất dạy nghề cho thanh niên S'tiêng, phấn đấu mỗi năm có 300 thanh niên được đào tạo nghề.
Cử tri Điểu Lênh (thôn Bù Lư) đề nghị sớm làm đường ra khu sản xuất dài khoảng 7 km; cử tri Thị Rơi mong có chính sách hỗ trợ giá hạt điều, vì năm 2025 giá điều thô giảm còn khoảng 28.000 đồng/kg. Ông Điểu Xiêm, già làng thôn Bù Dốt, nói bà con muốn đại biểu về làng nghe dân nói nhiều hơn sau khi trúng cử.
Phát biểu tại hội nghị, ông Lâm Văn Thạnh cho biết toàn tỉnh Đồng Nai sau hợp nhất có 95 xã, phường và khoảng 3,1 triệu cử tri; tỉnh được bầu 16 đại biểu Quốc hội. Việc tổ chức tiếp xúc cử tri được thực hiện theo Kế hoạch số 36, 37-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Người ứng cử đã trả lời thẳng thắn nhiều câu hỏi của cử tri. Hội nghị là một trong 48 cuộc tiếp xúc cử tri của những người ứng cử đại biểu Quốc hội trên địa bàn tỉnh từ ngày 26/2 đến 13/3/2026.
Phương Hằng
Tin khác
- Cử tri phường Đồng Xoài nghe người ứng cử trình bày chương trình hành động (03/03/2026)
- Đồng Nai công bố danh sách chính thức người ứng cử (27/02/2026)
- Bù Đăng: chuẩn bị chu đáo cho ngày bầu cử (24/02/2026)
- Tuyên truyền bầu cử bằng tiếng S'tiêng (20/02/2026)
""", "2026-03-05", "Người ứng cử đại biểu Quốc hội khóa XVI vận động bầu cử tại xã Bù Gia Mập",
E("doi_thoai", None, "2026-03-04"),
[P("Điểu Thị Hiền", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("Lâm Văn Thạnh", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Phước", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
 P("Thị Mai Lý", "Bí thư Đoàn xã Đak Ơ"),
 P("Vũ Đức Toàn", "Phó Hiệu trưởng Trường Cao đẳng Bình Phước"),
 P("Điểu Lênh"), P("Thị Rơi"), P("Điểu Xiêm", "già làng thôn Bù Dốt")],
[Q("khoảng 320 cử tri", 320, "cử tri", "approx"), Q("5 người ứng cử", 5, "người ứng cử"), Q("3 đại biểu", 3, "đại biểu"),
 Q("hơn 1.100 hộ đồng bào dân tộc thiểu số", 1100, "hộ đồng bào dân tộc thiểu số", "over"), Q("300 thanh niên", 300, "thanh niên"),
 Q("khoảng 7 km", 7, "km", "approx"), Q("khoảng 28.000 đồng", 28000, "đồng", "approx"), Q("95 xã, phường", 95, "xã, phường"),
 Q("khoảng 3,1 triệu cử tri", 3100000, "cử tri", "approx"), Q("16 đại biểu Quốc hội", 16, "đại biểu Quốc hội"),
 Q("48 cuộc tiếp xúc cử tri", 48, "cuộc tiếp xúc cử tri")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "36", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36, 37-KH/MTTQ-BTT"),
 D("Kế hoạch", "37", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36, 37-KH/MTTQ-BTT")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Đak Ơ")],
["Cổng Thông tin điện tử tỉnh Đồng Nai", "Tin tức - Sự kiện » Bầu cử đại biểu Quốc hội và HĐND",
 "Ủy ban MTTQ Việt Nam xã Bù Gia Mập phối hợp tổ chức hội nghị tiếp xúc cử tri.", "thôn Bù Lư"],
["Ngày đăng 05/03/2026 | 16:10", "khóa XVI", "đơn vị bầu cử số 5", "năm 1994", "nhiệm kỳ 2025 - 2030", "mỗi năm", "năm 2025", "26/2", "13/3/2026"]))

PAGES.append(page("b3003-gialai-tongket-baucu-2026", """
BÁO GIA LAI
Trang chủ / Chính trị / Bầu cử 2026
2026-05-22 16:40
Ảnh: Toàn cảnh hội nghị tại điểm cầu Quy Nhơn.
Hoàn thành thắng lợi cuộc bầu cử đầu tiên của tỉnh Gia Lai mới
(GLO) - Chiều 21/5, Ủy ban bầu cử tỉnh Gia Lai tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, kết nối trực tuyến giữa điểm cầu phường Quy Nhơn và phường Pleiku. Đồng chí Rah Lan Hiệp, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh chủ trì.
Báo cáo tổng kết cho biết, thực hiện Chỉ thị số 46-CT/TW ngày 16/5/2025 của Bộ Chính trị và Hướng dẫn 05, 06-HD/UBBC của Ủy ban bầu cử tỉnh, tỉnh đã thành lập 16 Ban bầu cử đại biểu Quốc hội và 5.126 tổ bầu cử. Toàn tỉnh có 2.418.705 cử tri; số cử tri đi bầu là 2.403.377, đạt 99,37%. Cử tri đã bầu đủ 15 đại biểu Quốc hội, 100 đại biểu HĐND tỉnh và 3.872 đại biểu HĐND cấp xã ở 135 xã, phường.
Trong số đại biểu HĐND tỉnh trúng cử có 26 người dân tộc thiểu số, chủ yếu là người Jrai, Ba Na; 31 đại biểu là nữ. Trong quá trình bầu cử, các cấp tiếp nhận 42 đơn thư, đã giải quyết xong 40 đơn, 2 đơn chuyển cơ quan chức năng theo thẩm quyền.
Tại hội nghị, bà Đinh Thị Pơng, Bí thư Đảng ủy xã Kông Chro, chia sẻ việc tổ chức bầu cử ở những làng cách trung tâm xã hơn 30 km; ông Siu Văn Blơ, người vừa được bổ nhiệm làm Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, nêu kinh nghiệm cập nhật kết quả qua phần mềm. Ông Hồ Đức Trung, Chủ tịch UBND phường An Nhơn Đông, kiến nghị hướng dẫn lưu trữ hồ sơ bầu cử sau khi các đơn vị hành chính sắp xếp.
Phát biểu kết luận, đồng chí Rah Lan Hiệp biểu dương các cấp đã tổ chức thành công cuộc bầu cử trong điều kiện vừa hợp nhất hai tỉnh Gia Lai và Bình Định, vừa vận hành chính quyền hai cấp; yêu cầu HĐND các cấp nhiệm kỳ mới tổ chức tiếp xúc cử tri sau kỳ họp thứ nhất đúng quy định, trả lời kịp thời kiến nghị của cử tri.
Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 46 tập thể, 78 cá nhân; Ủy ban bầu cử tỉnh tặng giấy khen cho 120 tổ bầu cử tiêu biểu. Tổng kinh phí bầu cử toàn tỉnh khoảng 186 tỷ đồng, đã quyết toán hơn 92%.
Cuộc bầu cử cũng ghi nhận tỷ lệ cử tri trẻ tham gia cao; nhiều làng ở vùng sâu đạt 100% cử tri đi bầu trước buổi trưa.
Hồng Thi - Ksor H'Lin
Tin liên quan
- HĐND tỉnh khóa I tổ chức kỳ họp thứ nhất (15/05/2026)
- Gia Lai công bố kết quả bầu cử đại biểu HĐND tỉnh (24/03/2026)
- Cử tri vùng biên Ia Pnôn nô nức đi bầu (15/03/2026)
- Kiểm tra công tác chuẩn bị bầu cử tại phường Quy Nhơn (06/03/2026)
- Tuyên truyền bầu cử bằng tiếng Jrai, Ba Na trên sóng phát thanh (26/02/2026)
""", "2026-05-22", "Hoàn thành thắng lợi cuộc bầu cử đầu tiên của tỉnh Gia Lai mới",
E("tong_ket", "2026", "2026-05-21"),
[P("Rah Lan Hiệp", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Đinh Thị Pơng", "Bí thư Đảng ủy xã Kông Chro"),
 P("Siu Văn Blơ", "Phó Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
 P("Hồ Đức Trung", "Chủ tịch UBND phường An Nhơn Đông")],
[Q("16 Ban bầu cử đại biểu Quốc hội", 16, "Ban bầu cử đại biểu Quốc hội"), Q("5.126 tổ bầu cử", 5126, "tổ bầu cử"),
 Q("2.418.705 cử tri", 2418705, "cử tri"), Q("2.403.377", 2403377, "cử tri"), Q("99,37%", 99.37, "%"),
 Q("15 đại biểu Quốc hội", 15, "đại biểu Quốc hội"), Q("100 đại biểu HĐND tỉnh", 100, "đại biểu HĐND tỉnh"),
 Q("3.872 đại biểu HĐND cấp xã", 3872, "đại biểu HĐND cấp xã"), Q("135 xã, phường", 135, "xã, phường"),
 Q("26 người dân tộc thiểu số", 26, "người dân tộc thiểu số"), Q("31 đại biểu", 31, "đại biểu"), Q("42 đơn thư", 42, "đơn thư"),
 Q("40 đơn", 40, "đơn"), Q("2 đơn", 2, "đơn"), Q("hơn 30 km", 30, "km", "over"), Q("46 tập thể", 46, "tập thể"), Q("78 cá nhân", 78, "cá nhân"),
 Q("120 tổ bầu cử tiêu biểu", 120, "tổ bầu cử tiêu biểu"), Q("khoảng 186 tỷ đồng", 186000000000, "đồng", "approx"),
 Q("hơn 92%", 92, "%", "over"), Q("100%", 100, "%")],
[D("Chỉ thị", "46", "CT/TW", "2025-05-16", "Bộ Chính trị", "Chỉ thị số 46-CT/TW ngày 16/5/2025"),
 D("Hướng dẫn", "05", "HD/UBBC", None, "Ủy ban bầu cử tỉnh", "Hướng dẫn 05, 06-HD/UBBC"),
 D("Hướng dẫn", "06", "HD/UBBC", None, "Ủy ban bầu cử tỉnh", "Hướng dẫn 05, 06-HD/UBBC")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn"), com("Pleiku"), com("Kông Chro"), com("An Nhơn Đông")],
["BÁO GIA LAI", "Trang chủ / Chính trị / Bầu cử 2026", "Ảnh: Toàn cảnh hội nghị tại điểm cầu Quy Nhơn.", "(GLO)"],
["2026-05-22 16:40", "khóa XVI", "nhiệm kỳ 2026 - 2031", "hai tỉnh", "hai cấp", "kỳ họp thứ nhất"]))

PAGES.append(page("b3004-hoabinh-chandung-daibieu-2012", """
BÁO HÒA BÌNH ĐIỆN TỬ
Xã hội | Gương sáng
Thứ Ba, 20/11/2012 - 08:50
Bà Bùi Thị Chiên (thứ hai từ trái) trao đổi với người dân xóm Bưng.
Nữ đại biểu HĐND người Mường gần dân, sát dân
Hơn một năm làm đại biểu HĐND huyện Tân Lạc, bà Bùi Thị Chiên, Chủ tịch Hội LHPN xã Phong Phú, luôn được cử tri tin tưởng bởi sự tận tụy, nói được, làm được. Tại cuộc bầu cử ngày 22/5/2011, bà trúng cử với 96,8% số phiếu bầu, cao nhất đơn vị bầu cử số 4.
Sinh ra trong một gia đình người Mường ở xóm Bưng, bà Chiên hiểu rõ nỗi vất vả của bà con. Mỗi đợt tiếp xúc cử tri trước và sau kỳ họp HĐND huyện, bà đều ghi chép cẩn thận từng ý kiến. Riêng năm 2012, bà đã tiếp nhận 37 ý kiến, kiến nghị của cử tri 5 xóm, trong đó có 29 kiến nghị đã được các cơ quan chức năng trả lời, giải quyết.
Nhờ bà kiên trì kiến nghị tại kỳ họp, tuyến đường liên xóm dài 2,3 km đã được đầu tư gần 1,9 tỷ đồng theo Quyết định số 800/QĐ-TTg của Thủ tướng Chính phủ về Chương trình mục tiêu quốc gia xây dựng nông thôn mới; 14 hộ nghèo được hỗ trợ làm nhà theo Quyết định số 167/2008/QĐ-TTg, mỗi hộ được hỗ trợ 8 triệu đồng và vay thêm 8 triệu đồng.
Ông Bùi Văn Thởi, Bí thư Chi bộ xóm Bưng, kể: "Có lần bà Chiên đi bộ hơn 10 km vào xóm Khú nghe bà con phản ánh chuyện nước sinh hoạt, rồi về đề xuất huyện làm 3 bể nước tập trung". Ông Quách Văn Hùng, Phó Chủ tịch HĐND huyện Tân Lạc, đánh giá bà Chiên là một trong những đại biểu có nhiều chất vấn nhất tại các kỳ họp.
Ngoài công tác Hội, bà còn vận động 126 hội viên phụ nữ tham gia tổ tiết kiệm, vay vốn với tổng dư nợ hơn 2,1 tỷ đồng; giúp 18 hộ thoát nghèo trong năm 2012. Hội LHPN xã Phong Phú có 412 hội viên, trong đó 45 hội viên mới kết nạp.
Không chỉ chuyển ý kiến của cử tri lên trên, bà Chiên còn đi cùng cán bộ xã đến từng nhà giải thích chính sách, vận động bà con hiến đất làm đường, giữ gìn vệ sinh môi trường, đưa con đến trường đúng độ tuổi. Nhiều việc khó của xóm như hòa giải mâu thuẫn đất đai giữa các hộ, vận động bỏ tục lệ ma chay kéo dài, đều có dấu ấn của bà. Cán bộ tỉnh Hòa Bình về làm việc ở xã nhiều lần nhắc đến bà như một tấm gương của đại biểu dân cử ở cơ sở.
Chị Đinh Thị Lan, cử tri xóm Khú, nói: "Bà Chiên nói tiếng Mường với bà con nên ai cũng hiểu, có chuyện gì cũng muốn kể với bà". Với những đóng góp đó, bà Chiên được UBND tỉnh tặng bằng khen năm 2012 về thành tích trong công tác đại biểu dân cử.
Hoàng Yến
Các tin khác
- Tân Lạc: HĐND huyện tổ chức kỳ họp cuối năm (15/11/2012)
- Người có uy tín ở vùng cao Mai Châu (08/11/2012)
- Đại biểu HĐND tỉnh tiếp xúc cử tri huyện Lạc Sơn (01/11/2012)
- Phụ nữ Mường giữ nghề dệt thổ cẩm (25/10/2012)
- Kim Bôi: tiếp xúc cử tri trước kỳ họp HĐND huyện (20/10/2012)
- Đại biểu dân cử với công tác giảm nghèo ở vùng cao (12/10/2012)
""", "2012-11-20", "Nữ đại biểu HĐND người Mường gần dân, sát dân",
E("khac", None, None),
[P("Bùi Thị Chiên", "đại biểu HĐND huyện Tân Lạc", "Chủ tịch Hội LHPN xã Phong Phú"),
 P("Bùi Văn Thởi", "Bí thư Chi bộ xóm Bưng"), P("Quách Văn Hùng", "Phó Chủ tịch HĐND huyện Tân Lạc"), P("Đinh Thị Lan")],
[Q("96,8%", 96.8, "%"), Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("5 xóm", 5, "xóm"), Q("29 kiến nghị", 29, "kiến nghị"),
 Q("2,3 km", 2.3, "km"), Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("14 hộ nghèo", 14, "hộ nghèo"),
 Q("8 triệu đồng", 8000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("hơn 10 km", 10, "km", "over"), Q("3 bể nước tập trung", 3, "bể nước tập trung"),
 Q("126 hội viên phụ nữ", 126, "hội viên phụ nữ"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("18 hộ", 18, "hộ"),
 Q("412 hội viên", 412, "hội viên"), Q("45 hội viên mới", 45, "hội viên mới")],
[D("Quyết định", "800", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định số 167/2008/QĐ-TTg")],
[prov("Hòa Bình"), com("Phong Phú")],
["BÁO HÒA BÌNH ĐIỆN TỬ", "Xã hội | Gương sáng", "Bà Bùi Thị Chiên (thứ hai từ trái) trao đổi với người dân xóm Bưng.",
 "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "xóm Khú"],
["Thứ Ba, 20/11/2012 - 08:50", "Hơn một năm", "22/5/2011", "đơn vị bầu cử số 4", "năm 2012", "thứ hai từ trái"]))
