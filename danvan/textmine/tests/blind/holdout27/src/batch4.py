from lib import *
PAGES = []

PAGES.append(page("b621-ninhbinh-mttq-tongket-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH
Trang chủ / Tin tức / Hoạt động Mặt trận
Ngày 26/12/2025 | 14:05
Toàn cảnh hội nghị tại điểm cầu trung tâm.
Mặt trận tỉnh Ninh Bình vượt qua năm đầu hợp nhất
Sáng 25/12, Ủy ban MTTQ Việt Nam tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên Mặt trận tỉnh hoạt động theo mô hình mới sau khi hợp nhất 3 tỉnh Hà Nam, Nam Định và Ninh Bình, đồng thời các tổ chức chính trị - xã hội trực thuộc Ủy ban MTTQ. Hội nghị được kết nối tới 129 điểm cầu xã, phường.
Dự hội nghị có đồng chí Đinh Văn Điến, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Trần Thị Thanh Hương, Bùi Văn Mạnh, Phạm Quang Vinh; đồng chí Nguyễn Thị Minh Nguyệt, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh.
Đồng chí Đinh Văn Điến trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Hoàng Hiếu
Năm 2025, Quỹ "Vì người nghèo" các cấp vận động được hơn 86 tỷ đồng; cùng với nguồn xã hội hóa, toàn tỉnh hoàn thành xóa 2.947 căn nhà tạm, nhà dột nát trước ngày 31/8/2025. Mặt trận các cấp đã chủ trì 842 cuộc giám sát, tổ chức 96 hội nghị phản biện xã hội theo Quyết định 99-QĐ/TW của Ban Bí thư; tiếp nhận, tổng hợp 3.510 ý kiến, kiến nghị của cử tri.
Thực hiện Kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn 05/HD-MTTQ-BTT ngày 14/7/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, việc sắp xếp tổ chức bộ máy Mặt trận và các đoàn thể được hoàn thành đúng thời hạn; 100% xã, phường đã kiện toàn Ban Thường trực Ủy ban MTTQ.
Tại hội nghị, đồng chí Lã Thị Ngân, Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu, chia sẻ kinh nghiệm vận động kiều bào và doanh nghiệp ủng hộ xây nhà cho hộ nghèo. Ông Đinh Công Quý, Trưởng Ban công tác Mặt trận thôn Kỳ Lão, xã Gia Vân, được đề nghị Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen.
Kết luận hội nghị, đồng chí Đinh Văn Điến yêu cầu năm 2026 tập trung tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; thực hiện hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dịp này, 32 tập thể và 45 cá nhân được Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen.
Hoàng Hiếu
Lượt xem: 2.276
Tin liên quan
- Ngày hội Đại đoàn kết toàn dân tộc tại phường Nam Định (17/11/2025)
- Trao 120 nhà Đại đoàn kết cho hộ nghèo các xã ven biển (03/11/2025)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XVI (20/10/2025)
""", "2025-12-26", "Mặt trận tỉnh Ninh Bình vượt qua năm đầu hợp nhất",
E("tong_ket", "2025", "2025-12-25"),
[P("Đinh Văn Điến", "Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Thanh Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Văn Mạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Minh Nguyệt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Lã Thị Ngân", "Chủ tịch Ủy ban MTTQ Việt Nam xã Hải Hậu"),
 P("Đinh Công Quý", "Trưởng Ban công tác Mặt trận thôn Kỳ Lão")],
[Q("129 điểm cầu", 129, "điểm cầu"),
 Q("hơn 86 tỷ đồng", 86000000000, "đồng", "over"),
 Q("2.947 căn nhà tạm, nhà dột nát", 2947, "căn nhà tạm, nhà dột nát"),
 Q("842 cuộc giám sát", 842, "cuộc giám sát"),
 Q("96 hội nghị phản biện xã hội", 96, "hội nghị phản biện xã hội"),
 Q("3.510 ý kiến", 3510, "ý kiến"),
 Q("100% xã, phường", 100, "%"),
 Q("32 tập thể", 32, "tập thể"),
 Q("45 cá nhân", 45, "cá nhân"),
 Q("3 tỉnh", 3, "tỉnh")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định 99-QĐ/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", "2025-07-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn 05/HD-MTTQ-BTT")],
[prov("Ninh Bình"), prov("Hà Nam"), prov("Nam Định"), com("Hải Hậu"), com("Gia Vân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH", "Trang chủ / Tin tức / Hoạt động Mặt trận", "Toàn cảnh hội nghị tại điểm cầu trung tâm.",
 "Đồng chí Đinh Văn Điến trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Hoàng Hiếu", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "thôn Kỳ Lão", "Lượt xem: 2.276"],
["Ngày 26/12/2025 | 14:05", "năm 2025", "năm 2026", "ngày 31/8/2025", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt xem: 2.276"]))

PAGES.append(page("b622-phutho-hnd-traoqua-2026", """
BÁO PHÚ THỌ ĐIỆN TỬ
Thứ Sáu, 30/01/2026
Trang chủ » Xã hội » Nông nghiệp - Nông thôn
9/1/2026 | 18:20
Ông Hà Văn Thượng trao quà cho hội viên nông dân xã Đà Bắc. Ảnh: Thanh Nga
Mang Tết sớm với 1.200 suất quà cho nông dân khó khăn
(Báo Phú Thọ) - Ngày 08/01/2026, Hội Nông dân tỉnh Phú Thọ phối hợp với các doanh nghiệp tổ chức chương trình "Tết sum vầy - Xuân gắn kết", trao 1.200 suất quà cho hội viên nông dân có hoàn cảnh khó khăn tại các xã Đà Bắc, Tân Lạc, Lập Thạch và Thanh Sơn.
Tham dự có ông Hà Văn Thượng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; các ông: Kim Văn Chiến, Đỗ Hồng Quang - Phó Chủ tịch Hội Nông dân tỉnh; bà Xa Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam xã Đà Bắc.
Mỗi suất quà trị giá 700.000 đồng, gồm 500.000 đồng tiền mặt và nhu yếu phẩm; tổng trị giá chương trình 840 triệu đồng. Đây là hoạt động đầu tiên của Hội Nông dân tỉnh Phú Thọ mới (hợp nhất từ Hội Nông dân các tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình) trong dịp Tết Nguyên đán Bính Ngọ 2026, thực hiện Kế hoạch 12-KH/HNDT ngày 22/12/2025 của Ban Thường vụ Hội Nông dân tỉnh và Chỉ thị 05-CT/TU của Ban Thường vụ Tỉnh ủy về tổ chức Tết vì người nghèo.
Ông Hà Văn Thượng cho biết năm 2025, toàn tỉnh có 18.460 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; Quỹ Hỗ trợ nông dân các cấp có tổng nguồn vốn 126,5 tỷ đồng, giúp 4.830 hộ hội viên vay vốn. Hội cũng phối hợp với Ngân hàng Chính sách xã hội duy trì 1.652 tổ tiết kiệm và vay vốn với dư nợ trên 3.100 tỷ đồng.
Bà Bàn Thị Mùi, người dân tộc Dao ở xóm Sơn Phú, xã Đà Bắc, xúc động nhận quà: "Năm nay lũ làm mất hết sắn, có quà của Hội, nhà tôi có Tết ấm hơn". Cũng trong dịp này, ông Đinh Công Sứ, hội viên xóm Mu, xã Tân Lạc, được tặng 1 con bò giống theo chương trình "Nông dân giúp nhau thoát nghèo".
Được biết, từ nay đến Tết, các cấp Hội trong tỉnh dự kiến trao thêm khoảng 5.000 suất quà. Chương trình "Tết sum vầy - Xuân gắn kết" năm nay còn tổ chức gian hàng nông sản an toàn để hội viên giới thiệu sản phẩm OCOP của các xã vùng cao.
Phát biểu tại buổi trao quà, ông Hà Văn Thượng đề nghị các cấp Hội ở cơ sở rà soát kỹ danh sách hội viên khó khăn, nhất là những hộ bị thiệt hại do mưa lũ năm qua, bảo đảm không để hội viên nào không có Tết; đồng thời vận động hội viên tham gia giữ gìn an ninh trật tự, đón Tết vui tươi, lành mạnh, tiết kiệm.
Thanh Nga
Tin cùng chuyên mục
- Nông dân Lập Thạch ra quân sản xuất vụ đông xuân (05/01/2026)
- Trao 50 nhà tình nghĩa cho hội viên nông dân nghèo (28/12/2025)
- Hội nghị tổng kết công tác Hội Nông dân tỉnh năm 2025 (22/12/2025)
- Thanh Sơn: tôn vinh nông dân sản xuất, kinh doanh giỏi (15/12/2025)
""", "2026-01-09", "Mang Tết sớm với 1.200 suất quà cho nông dân khó khăn",
E("trao_qua", None, "2026-01-08"),
[P("Hà Văn Thượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Kim Văn Chiến", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Đỗ Hồng Quang", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Xa Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đà Bắc"),
 P("Bàn Thị Mùi"),
 P("Đinh Công Sứ", "hội viên xóm Mu")],
[Q("1.200 suất quà", 1200, "suất quà"),
 Q("700.000 đồng", 700000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("840 triệu đồng", 840000000, "đồng"),
 Q("18.460 hộ nông dân", 18460, "hộ nông dân"),
 Q("126,5 tỷ đồng", 126500000000, "đồng"),
 Q("4.830 hộ hội viên", 4830, "hộ hội viên"),
 Q("1.652 tổ tiết kiệm và vay vốn", 1652, "tổ tiết kiệm và vay vốn"),
 Q("trên 3.100 tỷ đồng", 3100000000000, "đồng", "over"),
 Q("khoảng 5.000 suất quà", 5000, "suất quà", "approx")],
[D("Kế hoạch", "12", "KH/HNDT", "2025-12-22", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch 12-KH/HNDT"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05-CT/TU")],
[prov("Phú Thọ"), prov("Vĩnh Phúc"), prov("Hòa Bình"), com("Đà Bắc"), com("Tân Lạc"), com("Lập Thạch"), com("Thanh Sơn")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Trang chủ » Xã hội » Nông nghiệp - Nông thôn",
 "Ông Hà Văn Thượng trao quà cho hội viên nông dân xã Đà Bắc. Ảnh: Thanh Nga", "Tết sum vầy - Xuân gắn kết",
 "Nông dân giúp nhau thoát nghèo", "Ngân hàng Chính sách xã hội", "xóm Sơn Phú", "(Báo Phú Thọ)"],
["Thứ Sáu, 30/01/2026", "9/1/2026 | 18:20", "năm 2025", "1 con bò giống"]))

PAGES.append(page("b623-hungyen-xa-doithoai-2026", """
TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY XÃ ĐÔNG HƯNG - TỈNH HƯNG YÊN
Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng
2026-03-05 16:40
Người đứng đầu cấp ủy, chính quyền xã đối thoại với Nhân dân
Chiều 04/3/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Đông Hưng (tỉnh Hưng Yên) tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2026. Tham dự có 186 đại biểu là bí thư chi bộ, trưởng thôn, trưởng ban công tác Mặt trận và người dân của 27 thôn.
Đồng chí Trần Văn Hậu trả lời ý kiến của cử tri. Ảnh: Minh Đức
Chủ trì hội nghị có đồng chí Trần Văn Hậu, Bí thư Đảng ủy, Chủ tịch HĐND xã; đồng chí Phạm Thị Huệ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; đồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã. Cùng dự có các đồng chí Phó Chủ tịch UBND xã: Vũ Văn Tâm, Lương Thị Hằng.
Hội nghị được tổ chức theo Kế hoạch 15-KH/ĐU ngày 10/02/2026 của Ban Thường vụ Đảng ủy xã, thực hiện Quy định 11-QĐi/TW của Bộ Chính trị và Nghị định 59/2023/NĐ-CP của Chính phủ. Trước hội nghị, Ủy ban MTTQ xã đã tổng hợp 34 ý kiến, kiến nghị, chủ yếu về thủ tục hành chính sau khi hợp nhất 4 xã cũ, hạ tầng giao thông nội đồng và vệ sinh môi trường.
Ông Đỗ Văn Kiên, thôn Phú Lương, phản ánh tuyến đường trục xã dài 3,2 km xuống cấp nhưng chậm được sửa chữa. Bà Ngô Thị Lụa, thôn An Bình, hỏi về việc chi trả tiền hỗ trợ cho 48 hộ bị ảnh hưởng bởi dự án mở rộng khu công nghiệp. Đồng chí Phạm Thị Huệ cho biết UBND xã đã bố trí 4,5 tỷ đồng để sửa chữa tuyến đường, khởi công trong quý II; số tiền hỗ trợ 2,16 tỷ đồng sẽ được chi trả dứt điểm trước ngày 30/4/2026.
Kết quả, 31/34 ý kiến được trả lời trực tiếp tại hội nghị. Đồng chí Trần Văn Hậu yêu cầu các bộ phận chuyên môn tiếp thu, giải quyết dứt điểm; Ủy ban MTTQ xã giám sát việc thực hiện các cam kết và báo cáo kết quả tại kỳ họp HĐND xã giữa năm.
Hội nghị cũng thông tin về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, đề nghị các thôn tuyên truyền để 100% cử tri đi bỏ phiếu.
Nhiều người dân đánh giá hội nghị được tổ chức dân chủ, cởi mở; các ý kiến được lãnh đạo xã trả lời rõ ràng, có hẹn thời gian giải quyết cụ thể. Sau hội nghị, Văn phòng Đảng ủy xã sẽ đăng tải toàn bộ nội dung trả lời trên trang thông tin điện tử và niêm yết công khai tại nhà văn hóa các thôn để nhân dân theo dõi, giám sát.
Minh Đức
Lượt truy cập: 4.065
Tin khác
- Đảng ủy xã Đông Hưng tổng kết công tác xây dựng Đảng năm 2025 (15/01/2026)
- Ra mắt mô hình "Thôn sáng - xanh - sạch - đẹp" (08/01/2026)
- Hội nghị cử tri giới thiệu người ứng cử đại biểu HĐND xã (02/03/2026)
""", "2026-03-05", "Người đứng đầu cấp ủy, chính quyền xã đối thoại với Nhân dân",
E("doi_thoai", "2026", "2026-03-04"),
[P("Trần Văn Hậu", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Phạm Thị Huệ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Nguyễn Văn Hùng", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Vũ Văn Tâm", "Phó Chủ tịch UBND xã"),
 P("Lương Thị Hằng", "Phó Chủ tịch UBND xã"),
 P("Đỗ Văn Kiên"),
 P("Ngô Thị Lụa")],
[Q("186 đại biểu", 186, "đại biểu"),
 Q("27 thôn", 27, "thôn"),
 Q("34 ý kiến", 34, "ý kiến"),
 Q("3,2 km", 3.2, "km"),
 Q("48 hộ", 48, "hộ"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("2,16 tỷ đồng", 2160000000, "đồng"),
 Q("31/34 ý kiến", 31, "ý kiến"),
 Q("100% cử tri", 100, "%"),
 Q("4 xã cũ", 4, "xã cũ")],
[D("Kế hoạch", "15", "KH/ĐU", "2026-02-10", "Ban Thường vụ Đảng ủy xã", "Kế hoạch 15-KH/ĐU"),
 D("Quy định", "11", "QĐi/TW", None, "Bộ Chính trị", "Quy định 11-QĐi/TW"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định 59/2023/NĐ-CP")],
[prov("Hưng Yên"), com("Đông Hưng")],
["TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY XÃ ĐÔNG HƯNG - TỈNH HƯNG YÊN", "Trang chủ > Tin tức - Sự kiện > Xây dựng Đảng",
 "Đồng chí Trần Văn Hậu trả lời ý kiến của cử tri. Ảnh: Minh Đức", "thôn Phú Lương", "thôn An Bình", "Lượt truy cập: 4.065"],
["2026-03-05 16:40", "năm 2026", "quý II", "ngày 30/4/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "Lượt truy cập: 4.065"]))

PAGES.append(page("b624-haiphong-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HẢI PHÒNG
Hôm nay: Thứ Hai, 13/04/2026
Vị trí: Trang chủ >> Công tác dân vận >> Tin tức
03/04/2026, 08:05
Khối dân vận thành phố giao ban quý I
Ngày 02/4/2026, Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng tổ chức hội nghị giao ban công tác dân vận quý I năm 2026. Hội nghị được kết nối trực tuyến đến 114 điểm cầu xã, phường, đặc khu, trong đó có 46 điểm cầu thuộc khu vực tỉnh Hải Dương trước đây.
Đồng chí Lê Văn Hiệu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo và Dân vận Thành ủy chủ trì hội nghị. Tham dự có các đồng chí: Phạm Thị Thu Trang, Nguyễn Đình Chuyến, Đồng Thị Hà - Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy; đồng chí Bùi Đức Quân, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố, Chủ tịch Liên đoàn Lao động thành phố.
Các đại biểu dự hội nghị tại điểm cầu Thành ủy. Ảnh: Thu Hương
Trong quý I, khối dân vận các cấp đã tổ chức 1.240 hội nghị tuyên truyền Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII với hơn 158.000 lượt người tham dự. Phong trào "Dân vận khéo" có thêm 312 mô hình được công nhận. Các cấp công đoàn trao 8.600 suất quà Tết cho công nhân có hoàn cảnh khó khăn với tổng trị giá 6,45 tỷ đồng; tổ chức 35 chuyến xe đưa 1.750 công nhân về quê ăn Tết.
Hội nghị đánh giá việc thực hiện Chỉ thị 45-CT/TW của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, Kế hoạch 21, 22-KH/BTGDVTU của Ban Tuyên giáo và Dân vận Thành ủy về công tác dân vận phục vụ bầu cử. Tỷ lệ cử tri đi bầu cử toàn thành phố đạt 99,7%.
Đồng chí Đỗ Văn Thắm, Bí thư Đảng ủy đặc khu Cát Hải, đề xuất cơ chế hỗ trợ ngư dân chuyển đổi nghề. Bà Vũ Thị Xoan, Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông, phản ánh nhân dân còn băn khoăn về tiến độ giải phóng mặt bằng dự án đường vành đai.
Kết luận hội nghị, đồng chí Lê Văn Hiệu yêu cầu quý II tập trung nắm tình hình nhân dân ở các dự án lớn, làm tốt công tác dân vận trong giải phóng mặt bằng, tuyệt đối không để phát sinh điểm nóng. Dịp này, Ban Tuyên giáo và Dân vận Thành ủy trao giấy khen cho các tập thể có thành tích trong công tác bầu cử.
Thu Hương
Lượt xem: 1.094
Tin liên quan
- Sơ kết 3 năm thực hiện Kết luận 43 về "Dân vận khéo" (25/03/2026)
- Kiểm tra công tác dân vận tại đặc khu Bạch Long Vĩ (16/03/2026)
- Hội nghị quán triệt Nghị quyết Đại hội XIV cho cán bộ dân vận (05/02/2026)
- Phường Hồng Bàng ra mắt mô hình "Tổ dân phố không rác thải nhựa" (28/01/2026)
- Chúc Tết đồng bào Công giáo và các chức sắc tôn giáo trên địa bàn thành phố (20/01/2026)
""", "2026-04-03", "Khối dân vận thành phố giao ban quý I",
E("giao_ban", "2026-Q1", "2026-04-02"),
[P("Lê Văn Hiệu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Phạm Thị Thu Trang", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Nguyễn Đình Chuyến", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Đồng Thị Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy"),
 P("Bùi Đức Quân", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố", "Chủ tịch Liên đoàn Lao động thành phố"),
 P("Đỗ Văn Thắm", "Bí thư Đảng ủy đặc khu Cát Hải"),
 P("Vũ Thị Xoan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Thành Đông")],
[Q("114 điểm cầu", 114, "điểm cầu"),
 Q("46 điểm cầu", 46, "điểm cầu"),
 Q("1.240 hội nghị", 1240, "hội nghị"),
 Q("hơn 158.000 lượt người", 158000, "lượt người", "over"),
 Q("312 mô hình", 312, "mô hình"),
 Q("8.600 suất quà Tết", 8600, "suất quà Tết"),
 Q("6,45 tỷ đồng", 6450000000, "đồng"),
 Q("35 chuyến xe", 35, "chuyến xe"),
 Q("1.750 công nhân", 1750, "công nhân"),
 Q("99,7%", 99.7, "%")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW"),
 D("Kế hoạch", "21", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch 21, 22-KH/BTGDVTU"),
 D("Kế hoạch", "22", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Thành ủy", "Kế hoạch 21, 22-KH/BTGDVTU")],
[prov("Hải Phòng"), prov("Hải Dương"), com("Cát Hải"), com("Thành Đông")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN THÀNH ỦY HẢI PHÒNG", "Vị trí: Trang chủ >> Công tác dân vận >> Tin tức",
 "Các đại biểu dự hội nghị tại điểm cầu Thành ủy. Ảnh: Thu Hương", "Dân vận khéo", "Lượt xem: 1.094"],
["Hôm nay: Thứ Hai, 13/04/2026", "03/04/2026, 08:05", "quý I năm 2026", "Đại hội XIV", "lần thứ XVII", "khóa XVI", "quý II", "Lượt xem: 1.094"]))

PAGES.append(page("b625-hue-xa-taphuan-2026", """
ĐẢNG ỦY XÃ A LƯỚI 2 - THÀNH PHỐ HUẾ
Trang thông tin điện tử
Trang chủ › Tin tức › Công tác dân vận
Ngày đăng 11/06/2026 | 09:30
Nâng cao kỹ năng dân vận cho cán bộ thôn vùng đồng bào dân tộc
Trong 2 ngày 09 và 10/6/2026, Đảng ủy xã A Lưới 2 (thành phố Huế) tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2026 cho 96 học viên là bí thư chi bộ, trưởng thôn, trưởng ban công tác Mặt trận, chi hội trưởng các đoàn thể của 18 thôn trên địa bàn xã.
Đồng chí Hồ Văn Ngưn phát biểu khai giảng lớp tập huấn. Ảnh: Kăn Đức
Phát biểu khai giảng, đồng chí Hồ Văn Ngưn, ĐUV, Trưởng Ban Xây dựng Đảng - Phụ trách công tác dân vận Đảng ủy xã, cho biết xã A Lưới 2 được thành lập trên cơ sở sáp nhập các xã cũ, có 82% dân số là đồng bào Tà Ôi, Pa Cô, Cơ Tu. Báo cáo viên lớp học gồm đồng chí Lê Thị Ka Rin, Phó Bí thư Thường trực Đảng ủy xã; đồng chí Kê Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã; đồng chí Nguyễn Thị Thanh Nhàn, Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Huế.
Học viên được quán triệt Quyết định 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị, Kế hoạch 09-KH/ĐU ngày 20/5/2026 của Ban Thường vụ Đảng ủy xã về thực hiện phong trào thi đua "Dân vận khéo"; kỹ năng nắm bắt tình hình, hòa giải ở cơ sở, tuyên truyền phòng chống tà đạo và vận động đồng bào giữ rừng.
Năm 2025, nhân dân trong xã đã hiến 8.500 m2 đất, đóng góp 1.260 ngày công làm đường vào khu sản xuất; 145 hộ được hỗ trợ xây nhà mới từ chương trình xóa nhà tạm với mức 60 triệu đồng/hộ. Toàn xã còn 214 hộ nghèo, chiếm 9,6%.
Tại lớp học, ông Hồ Văn Pây, già làng thôn Pa Ay, vừa được bầu giữ chức Trưởng ban công tác Mặt trận thôn, chia sẻ kinh nghiệm vận động bà con bỏ tục chôn chung, làm nhà mồ tốn kém. Chị Quỳnh Thị Bung, được bổ nhiệm làm công chức Văn phòng - Thống kê xã từ tháng 3, cho biết sẽ hỗ trợ người dân làm thủ tục trực tuyến bằng tiếng Tà Ôi.
Kết thúc lớp tập huấn, tất cả học viên hoàn thành bài kiểm tra; 6 học viên đạt kết quả xuất sắc được Đảng ủy xã tặng giấy khen. Đồng chí Lê Thị Ka Rin đề nghị mỗi thôn xây dựng ít nhất 1 mô hình "Dân vận khéo" trong năm 2026.
Theo đồng chí Hồ Văn Ngưn, sau khi sáp nhập, địa bàn xã rộng, nhiều thôn ở cách xa trung tâm xã, nên đội ngũ cán bộ thôn giữ vai trò cầu nối quan trọng giữa cấp ủy, chính quyền với nhân dân. Lớp tập huấn dành nhiều thời gian cho thảo luận nhóm, xử lý tình huống thực tế ở cơ sở như tranh chấp đất rẫy, mâu thuẫn trong dòng họ, vận động con em đi học đều.
Kăn Đức
Lượt xem: 397
Tin liên quan
- Xã A Lưới 2 tổ chức Lễ hội Aza Koonh (20/05/2026)
- Ra mắt tổ tự quản bảo vệ rừng thôn Pa Ay (12/04/2026)
- Đại hội Đảng bộ xã A Lưới 2 nhiệm kỳ 2025 - 2030 (25/08/2025)
""", "2026-06-11", "Nâng cao kỹ năng dân vận cho cán bộ thôn vùng đồng bào dân tộc",
E("tap_huan", "2026", "2026-06-09"),
[P("Hồ Văn Ngưn", "ĐUV", "Trưởng Ban Xây dựng Đảng - Phụ trách công tác dân vận Đảng ủy xã"),
 P("Lê Thị Ka Rin", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Kê Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thanh Nhàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Thành ủy Huế"),
 P("Hồ Văn Pây", "già làng thôn Pa Ay", "Trưởng ban công tác Mặt trận thôn"),
 P("Quỳnh Thị Bung", "công chức Văn phòng - Thống kê xã")],
[Q("96 học viên", 96, "học viên"),
 Q("18 thôn", 18, "thôn"),
 Q("82%", 82, "%"),
 Q("8.500 m2", 8500, "m2"),
 Q("1.260 ngày công", 1260, "ngày công"),
 Q("145 hộ", 145, "hộ"),
 Q("60 triệu đồng/hộ", 60000000, "đồng"),
 Q("214 hộ nghèo", 214, "hộ nghèo"),
 Q("9,6%", 9.6, "%"),
 Q("6 học viên", 6, "học viên")],
[D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định 23-QĐ/TW"),
 D("Kế hoạch", "09", "KH/ĐU", "2026-05-20", "Ban Thường vụ Đảng ủy xã", "Kế hoạch 09-KH/ĐU")],
[prov("Huế"), com("A Lưới 2")],
["ĐẢNG ỦY XÃ A LƯỚI 2 - THÀNH PHỐ HUẾ", "Trang chủ › Tin tức › Công tác dân vận",
 "Đồng chí Hồ Văn Ngưn phát biểu khai giảng lớp tập huấn. Ảnh: Kăn Đức", "Dân vận khéo", "thôn Pa Ay", "Lượt xem: 397"],
["Ngày đăng 11/06/2026 | 09:30", "2 ngày", "năm 2026", "tháng 3", "1 mô hình", "Lượt xem: 397"]))

PAGES.append(page("b626-quangtri-lhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ
Trang chủ » Hoạt động Hội » Tin tức
Thứ Sáu, 10/07/2026 - 15:10
Phụ nữ Quảng Trị sơ kết công tác 6 tháng
Ngày 09/7, Ban Thường vụ Hội LHPN tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Hội nghị kết nối trực tuyến với 78 xã, phường, đặc khu trên địa bàn tỉnh Quảng Trị mới (hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị).
Bà Hồ Thị Minh phát biểu chỉ đạo hội nghị. Ảnh: Diệu Linh
Dự và chỉ đạo hội nghị có bà Hồ Thị Minh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; các bà Đinh Thị Thanh Huyền, Trần Thị Hoài Thương, Hồ Thị Pả - Phó Chủ tịch Hội LHPN tỉnh; bà Nguyễn Thị Lệ Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Sáu tháng đầu năm, các cấp Hội đã vận động 3.410 hội viên tham gia các mô hình sinh kế; giải ngân 182,6 tỷ đồng vốn ủy thác từ Ngân hàng Chính sách xã hội cho 4.270 hộ; hỗ trợ 62 hộ phụ nữ nghèo làm nhà theo chương trình "Mái ấm tình thương". Thực hiện Đề án 938 của Thủ tướng Chính phủ và Kế hoạch 18-KH/HLHPN ngày 06/02/2026 của Ban Thường vụ Hội LHPN tỉnh, các cấp Hội tổ chức 540 buổi truyền thông về bình đẳng giới, phòng chống bạo lực gia đình.
Tại hội nghị, bà Hồ Thị Xuân, Chủ tịch Hội LHPN xã Dân Hóa, người dân tộc Chứt, chia sẻ kinh nghiệm vận động chị em bản Ra Mai không tảo hôn. Bà Kăn Thị Lan, Chủ tịch Hội LHPN xã Lìa, người dân tộc Vân Kiều, đề nghị hỗ trợ thêm nguồn vốn cho các tổ hợp tác trồng chuối, mỗi tổ cần khoảng 200 triệu đồng.
Bà Nguyễn Thị Lệ Thủy ghi nhận những kết quả nổi bật của Hội LHPN tỉnh trong năm đầu hợp nhất; đề nghị các cấp Hội thực hiện tốt Chỉ thị 21-CT/TW của Ban Bí thư, chăm lo cho phụ nữ vùng đồng bào dân tộc thiểu số, vùng biên giới.
Kết luận hội nghị, bà Hồ Thị Minh yêu cầu 6 tháng cuối năm tập trung chuẩn bị Đại hội đại biểu phụ nữ cấp xã, hoàn thành chỉ tiêu giúp 150 hộ phụ nữ thoát nghèo. Dịp này, 9 tập thể và 15 cá nhân được tặng giấy khen.
Các ý kiến tại hội nghị cũng kiến nghị tỉnh sớm có cơ chế hỗ trợ chi hội trưởng phụ nữ ở các thôn, bản vùng sâu, vùng xa; tăng cường ứng dụng công nghệ số trong quản lý hội viên và sinh hoạt chi hội trực tuyến, nhất là ở những địa bàn rộng, đi lại khó khăn sau khi sắp xếp đơn vị hành chính cấp xã.
Diệu Linh
Lượt xem: 726
Tin liên quan
- Ngày hội phụ nữ biên giới tại xã Hướng Lập (25/06/2026)
- Trao 20 mái ấm tình thương cho phụ nữ nghèo Lệ Thủy (15/06/2026)
- Hội LHPN tỉnh tập huấn cho chi hội trưởng phụ nữ vùng cao (02/06/2026)
- Phụ nữ Đồng Hới chung tay bảo vệ môi trường biển (20/05/2026)
""", "2026-07-10", "Phụ nữ Quảng Trị sơ kết công tác 6 tháng",
E("so_ket", "2026-H1", "2026-07-09"),
[P("Hồ Thị Minh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Đinh Thị Thanh Huyền", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Hoài Thương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Thị Pả", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Lệ Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Thị Xuân", "Chủ tịch Hội LHPN xã Dân Hóa"),
 P("Kăn Thị Lan", "Chủ tịch Hội LHPN xã Lìa")],
[Q("78 xã, phường, đặc khu", 78, "xã, phường, đặc khu"),
 Q("3.410 hội viên", 3410, "hội viên"),
 Q("182,6 tỷ đồng", 182600000000, "đồng"),
 Q("4.270 hộ", 4270, "hộ"),
 Q("62 hộ phụ nữ nghèo", 62, "hộ phụ nữ nghèo"),
 Q("540 buổi truyền thông", 540, "buổi truyền thông"),
 Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"),
 Q("150 hộ phụ nữ", 150, "hộ phụ nữ"),
 Q("9 tập thể", 9, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân")],
[D("Đề án", "938", None, None, "Thủ tướng Chính phủ", "Đề án 938"),
 D("Kế hoạch", "18", "KH/HLHPN", "2026-02-06", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 18-KH/HLHPN"),
 D("Chỉ thị", "21", "CT/TW", None, "Ban Bí thư", "Chỉ thị 21-CT/TW")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Dân Hóa"), com("Lìa")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG TRỊ", "Trang chủ » Hoạt động Hội » Tin tức",
 "Bà Hồ Thị Minh phát biểu chỉ đạo hội nghị. Ảnh: Diệu Linh", "Mái ấm tình thương", "Ngân hàng Chính sách xã hội",
 "bản Ra Mai", "Lượt xem: 726"],
["Thứ Sáu, 10/07/2026 - 15:10", "sơ kết công tác 6 tháng", "6 tháng đầu năm", "6 tháng cuối năm 2026", "6 tháng cuối năm", "Lượt xem: 726"]))

PAGES.append(page("b627-danang-mttq-hoinghi-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Trang chủ - Tin tức - Công tác dân tộc, tôn giáo
Chủ Nhật, 20/09/2026 06:00 (GMT+7)
Già làng Bhriu Liếc (giữa) nhận Bằng khen. Ảnh: Alăng Ngước
Tôn vinh người có uy tín vùng đồng bào dân tộc thiểu số
Ngày 18/9/2026, tại xã Tây Giang, Ủy ban MTTQ Việt Nam thành phố Đà Nẵng tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2026. Đây là lần đầu hội nghị được tổ chức sau khi thành phố Đà Nẵng và tỉnh Quảng Nam hợp nhất, với 240 đại biểu là già làng, trưởng bản, người có uy tín đến từ 28 xã miền núi.
Dự hội nghị có ông Lê Văn Trung, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố; ông Bling Vân, Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam thành phố; bà A Lăng Thị Bình, Thành ủy viên, Bí thư Đảng ủy xã Tây Giang. Tại hội nghị, ông Hồ Văn Dũng được công bố quyết định bổ nhiệm làm Phó Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam thành phố.
Toàn thành phố hiện có 386 người có uy tín, chủ yếu là đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng, Ca Dong. Thực hiện Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 64/KH-MTTQ-BTT ngày 02/3/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố, năm 2026 thành phố đã cấp kinh phí 1,93 tỷ đồng thăm hỏi, tặng quà Tết cho người có uy tín, mỗi người 5 triệu đồng.
Người có uy tín đã vận động nhân dân hiến hơn 42 ha đất để làm đường, trường học; tham gia hòa giải thành 87 vụ việc và vận động 236 hộ ký cam kết bảo vệ rừng với diện tích 12.500 ha.
Già làng Bhriu Liếc, thôn A Rầng, xã Tây Giang, kể việc thuyết phục nhiều hộ dời nhà khỏi vùng sạt lở. Ông Hồ Văn Thân, người dân tộc Xơ Đăng ở xã Trà Linh, vừa được bà con tín nhiệm bầu giữ chức Trưởng thôn 2, chia sẻ mô hình trồng sâm Ngọc Linh dưới tán rừng.
Phát biểu kết luận, ông Lê Văn Trung đề nghị các cấp Mặt trận tiếp tục thực hiện Kết luận 65-KL/TW của Bộ Chính trị về công tác dân tộc; phát huy vai trò người có uy tín trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Dịp này, Ủy ban MTTQ Việt Nam thành phố tặng Bằng khen cho 40 người có uy tín tiêu biểu.
Các đại biểu cũng thảo luận những khó khăn trong thực hiện chính sách đối với người có uy tín sau khi sắp xếp đơn vị hành chính, như địa bàn xã rộng, đi lại xa, việc nắm bắt tình hình ở các thôn giáp biên còn chậm; đề nghị thành phố sớm ban hành chế độ hỗ trợ thường xuyên để người có uy tín yên tâm gắn bó với cộng đồng.
Alăng Ngước
Lượt xem: 1.378
Tin liên quan
- Lễ hội mừng lúa mới của đồng bào Cơ Tu tại xã Hùng Sơn (10/09/2026)
- Trao 60 nhà Đại đoàn kết cho hộ nghèo miền núi (28/08/2026)
- Hội nghị tiếp xúc người có uy tín xã Trà Tập (15/08/2026)
""", "2026-09-20", "Tôn vinh người có uy tín vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2026", "2026-09-18"),
[P("Lê Văn Trung", "Phó Bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bling Vân", "Phó Chủ tịch - Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam thành phố"),
 P("A Lăng Thị Bình", "Thành ủy viên", "Bí thư Đảng ủy xã Tây Giang"),
 P("Hồ Văn Dũng", "Phó Trưởng ban Dân tộc, Tôn giáo Ủy ban MTTQ Việt Nam thành phố"),
 P("Bhriu Liếc", "Già làng"),
 P("Hồ Văn Thân", "Trưởng thôn 2")],
[Q("240 đại biểu", 240, "đại biểu"),
 Q("28 xã", 28, "xã"),
 Q("386 người có uy tín", 386, "người có uy tín"),
 Q("1,93 tỷ đồng", 1930000000, "đồng"),
 Q("5 triệu đồng", 5000000, "đồng"),
 Q("hơn 42 ha", 42, "ha", "over"),
 Q("87 vụ việc", 87, "vụ việc"),
 Q("236 hộ", 236, "hộ"),
 Q("12.500 ha", 12500, "ha"),
 Q("40 người có uy tín", 40, "người có uy tín")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "64", "KH-MTTQ-BTT", "2026-03-02", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch 64/KH-MTTQ-BTT"),
 D("Kết luận", "65", "KL/TW", None, "Bộ Chính trị", "Kết luận 65-KL/TW")],
[prov("Đà Nẵng"), prov("Quảng Nam"), com("Tây Giang"), com("Trà Linh")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "Trang chủ - Tin tức - Công tác dân tộc, tôn giáo",
 "Già làng Bhriu Liếc (giữa) nhận Bằng khen. Ảnh: Alăng Ngước", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "thôn A Rầng", "sâm Ngọc Linh", "Lượt xem: 1.378"],
["Chủ Nhật, 20/09/2026 06:00 (GMT+7)", "năm 2026", "thôn 2", "Lượt xem: 1.378"]))

PAGES.append(page("b628-langson-baolangson-chandung-2026", """
BÁO LẠNG SƠN ĐIỆN TỬ
Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao
Trang chủ > Xã hội > Gương sáng
Thứ Tư, 11/11/2026 - 07:30
Người phụ nữ Nùng "giữ lửa" Mặt trận ở vùng biên
Chị Hoàng Thị Slao (bên trái) trò chuyện với người dân thôn Bản Vàng. Ảnh: Lương Giang
(LSO) - Gần 20 năm gắn bó với công tác Mặt trận ở cơ sở, chị Hoàng Thị Slao, người dân tộc Nùng, vừa được tín nhiệm bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Đăng, đã cùng nhân dân các thôn biên giới của tỉnh Lạng Sơn xây dựng nhiều công trình dân sinh.
Năm 2025, khi xã Đồng Đăng mới được thành lập trên cơ sở hợp nhất thị trấn Đồng Đăng và 3 xã lân cận, chị được phân công làm Phó Chủ tịch Ủy ban MTTQ Việt Nam xã. Chỉ sau một năm, chị cùng Ban Thường trực Ủy ban MTTQ xã vận động nhân dân hiến 6.800 m2 đất, đóng góp 1,47 tỷ đồng và 3.200 ngày công làm 9,5 km đường bê tông liên thôn. Toàn xã hoàn thành xóa 37 căn nhà tạm, nhà dột nát theo Kế hoạch 29-KH/ĐU của Ban Thường vụ Đảng ủy xã.
Ông Lộc Văn Pình, Bí thư Đảng ủy, Chủ tịch HĐND xã Đồng Đăng, nhận xét: "Chị Slao nói ít, làm nhiều, dân tin". Bà Nông Thị Mai Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, trong chuyến công tác tại xã hồi tháng 8 đã biểu dương cách làm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" của xã.
Bí quyết của chị là đến từng nhà vào buổi tối, khi bà con đi nương về. Ở thôn Bản Vàng, chị vận động 24 hộ người Tày, Nùng góp tiền mua 120 cây đèn năng lượng mặt trời thắp sáng đường biên. Chị Chu Thị Phương, Trưởng ban công tác Mặt trận thôn Bản Vàng, kể: "Có lần chị Slao ngủ lại nhà dân ba đêm để hòa giải vụ tranh chấp đất rừng".
Với những đóng góp đó, chị Hoàng Thị Slao là 1 trong 12 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen năm 2026 theo Quyết định 1520/QĐ-MTTW-ĐCT. Anh Vi Văn Toàn, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Đăng, cho biết năm tới xã phấn đấu xây dựng thêm 2 khu dân cư kiểu mẫu.
Giờ đây, mỗi khi có việc khó ở thôn, bà con lại tìm đến chị. Chị bảo, làm Mặt trận ở vùng biên không chỉ là vận động người dân làm đường, xây nhà, mà còn là giữ cho bà con yên tâm bám bản, cùng bộ đội biên phòng giữ gìn đường biên, mốc giới. Những đêm mưa lũ, chị lại cùng tổ tự quản đi từng nhà nhắc bà con phòng sạt lở.
Lương Giang
Tin liên quan
- Lạng Sơn: 200 người có uy tín được tôn vinh năm 2026 (05/11/2026)
- Cao Lộc: Ngày hội Đại đoàn kết ở thôn Nà Pàn (25/10/2026)
- Chi Lăng: trao nhà Đại đoàn kết cho hộ nghèo (18/10/2026)
- Tràng Định: ra mắt mô hình tự quản đường biên, mốc giới (10/10/2026)
""", "2026-11-11", "Người phụ nữ Nùng \"giữ lửa\" Mặt trận ở vùng biên",
E(None, None, None),
[P("Hoàng Thị Slao", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Đăng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lộc Văn Pình", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Đồng Đăng"),
 P("Nông Thị Mai Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chu Thị Phương", "Trưởng ban công tác Mặt trận thôn Bản Vàng"),
 P("Vi Văn Toàn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã Đồng Đăng")],
[Q("6.800 m2", 6800, "m2"),
 Q("1,47 tỷ đồng", 1470000000, "đồng"),
 Q("3.200 ngày công", 3200, "ngày công"),
 Q("9,5 km", 9.5, "km"),
 Q("37 căn nhà tạm, nhà dột nát", 37, "căn nhà tạm, nhà dột nát"),
 Q("24 hộ", 24, "hộ"),
 Q("120 cây đèn năng lượng mặt trời", 120, "cây đèn năng lượng mặt trời"),
 Q("12 cá nhân", 12, "cá nhân"),
 Q("2 khu dân cư kiểu mẫu", 2, "khu dân cư kiểu mẫu"),
 Q("3 xã lân cận", 3, "xã lân cận")],
[D("Kế hoạch", "29", "KH/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Kế hoạch 29-KH/ĐU"),
 D("Quyết định", "1520", "QĐ-MTTW-ĐCT", None, None, "Quyết định 1520/QĐ-MTTW-ĐCT")],
[prov("Lạng Sơn"), com("Đồng Đăng")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Thời sự | Chính trị | Xã hội | Kinh tế | Văn hóa | Thể thao", "Trang chủ > Xã hội > Gương sáng",
 "Chị Hoàng Thị Slao (bên trái) trò chuyện với người dân thôn Bản Vàng. Ảnh: Lương Giang", "(LSO)", "thôn Bản Vàng",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Chị Slao nói ít, làm nhiều, dân tin"],
["Thứ Tư, 11/11/2026 - 07:30", "Gần 20 năm", "một năm", "tháng 8", "ba đêm", "1 trong 12", "năm 2026"]))
