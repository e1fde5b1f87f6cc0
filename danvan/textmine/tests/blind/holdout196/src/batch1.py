from lib import *
PAGES = []

PAGES.append(page("b4661-laocai-bdv-diemtin-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức - Sự kiện > Điểm tin dân vận
08:15 | 04/11/2011
Điểm tin công tác dân vận tháng 10/2011
Ngày 02/11/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban công tác dân vận tháng 10/2011 với Ban Dân vận các huyện ủy, thành ủy và khối dân vận cấp tỉnh. Đồng chí Vàng Seo Dín, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự giao ban có 38 đồng chí. Dưới đây là một số tin chính trong tháng.
Ảnh: Đồng chí Vàng Seo Dín phát biểu tại giao ban.
* Giao ban tháng 10: Theo báo cáo, trong tháng các cơ quan dân vận đã nắm tình hình tại 27 xã vùng cao, tiếp nhận 19 đơn thư, đã phối hợp giải quyết 15 đơn; 96% thôn, bản duy trì sinh hoạt tổ dân vận. Đồng chí Vàng Seo Dín yêu cầu tập trung vận động nhân dân thu hoạch vụ mùa, phòng chống đói, rét cho gia súc, thực hiện tốt Chỉ thị số 21-CT/TU ngày 12/8/2011 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong xây dựng nông thôn mới.
* Bắc Hà: Ngày 25/10, Ban Dân vận Huyện ủy phối hợp Ủy ban MTTQ huyện đối thoại với 64 người có uy tín trong đồng bào Mông, Dao, Tày. Đồng chí Lù Văn Pao, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà và ông Thào Seo Chư, Phó Chủ tịch UBND huyện đã trả lời 12 ý kiến về giao đất, giao rừng, hỗ trợ giống cây trồng.
* Sa Pa: Hội LHPN huyện ra mắt 3 mô hình "Phụ nữ không sinh con thứ ba" tại xã Tả Van và xã Lao Chải; mỗi mô hình có từ 20 thành viên trở lên. Bà Giàng Thị Mai, Chủ tịch Hội LHPN xã Tả Van cho biết hội đã được huyện hỗ trợ 5 triệu đồng làm quỹ sinh hoạt.
* Văn Bàn: Thực hiện Kế hoạch 33, 34-KH/HU của Ban Thường vụ Huyện ủy về vận động đồng bào hiến đất làm đường, nhân dân xã Khánh Yên Hạ đã hiến gần 4.200 m2 đất, góp 1.350 ngày công; tổng giá trị ước trên 600 triệu đồng.
* Mặt trận: Ủy ban MTTQ tỉnh bàn giao 45 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn hỗ trợ 20 triệu đồng từ Quỹ "Vì người nghèo". Dự lễ bàn giao có bà Hoàng Thị Thu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
* Tập huấn: Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Hùng, Lục Thị Thảo chủ trì lớp tập huấn cho 120 cán bộ dân vận cấp xã, hướng dẫn thực hiện Quyết định số 290-QĐ/TW của Bộ Chính trị và Nghị định 79/2003/NĐ-CP của Chính phủ về Quy chế thực hiện dân chủ ở xã.
Giao ban thống nhất tháng 11 tập trung tuyên truyền Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư, chuẩn bị điều kiện cho nhân dân đón Tết Nhâm Thìn 2012.
Minh Hải (tổng hợp)
Lượt xem: 1.024
Tin liên quan
- Bảo Thắng: ra mắt tổ dân vận thôn (20/10/2011)
- Mường Khương tổng kết Ngày hội Đại đoàn kết (18/10/2011)
- Điểm tin công tác dân vận tháng 9/2011 (05/10/2011)
""", "2011-11-04", "Điểm tin công tác dân vận tháng 10/2011",
E("giao_ban", "2011-10", "2011-11-02"),
[P("Vàng Seo Dín", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Pao", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Thào Seo Chư", "Phó Chủ tịch UBND huyện"),
 P("Giàng Thị Mai", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Hoàng Thị Thu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Hùng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lục Thị Thảo", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("38 đồng chí", 38, "đồng chí"), Q("27 xã vùng cao", 27, "xã vùng cao"), Q("19 đơn thư", 19, "đơn thư"),
 Q("15 đơn", 15, "đơn"), Q("96%", 96, "%"), Q("64 người có uy tín", 64, "người có uy tín"), Q("12 ý kiến", 12, "ý kiến"),
 Q("3 mô hình", 3, "mô hình"), Q("từ 20 thành viên trở lên", 20, "thành viên", "over"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("gần 4.200 m2", 4200, "m2", "approx"), Q("1.350 ngày công", 1350, "ngày công"),
 Q("trên 600 triệu đồng", 600000000, "đồng", "over"), Q("45 căn nhà Đại đoàn kết", 45, "căn nhà Đại đoàn kết"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("120 cán bộ dân vận cấp xã", 120, "cán bộ dân vận cấp xã")],
[D("Chỉ thị", "21", "CT/TU", "2011-08-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/8/2011"),
 D("Kế hoạch", "33", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 33, 34-KH/HU"),
 D("Kế hoạch", "34", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 33, 34-KH/HU"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW"),
 D("Nghị định", "79", "2003/NĐ-CP", None, "Chính phủ", "Nghị định 79/2003/NĐ-CP")],
[prov("Lào Cai"), com("Tả Van"), com("Lao Chải"), com("Khánh Yên Hạ")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Điểm tin dân vận",
 "Ảnh: Đồng chí Vàng Seo Dín phát biểu tại giao ban.", "Phụ nữ không sinh con thứ ba", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.024"],
["08:15 | 04/11/2011", "38 đồng chí", "tháng 10/2011", "Giao ban tháng 10", "Lượt xem: 1.024", "Tết Nhâm Thìn 2012"]))

PAGES.append(page("b4662-nghean-mttq-bantin-2012", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Thứ Bảy, 29/12/2012
Trang chủ | Hoạt động Mặt trận | Bản tin Mặt trận
Cập nhật: 16:40, 28/12/2012 (GMT+7)
Bản tin Mặt trận tháng 12: Tổng kết năm, vận động Quỹ "Vì người nghèo" vượt chỉ tiêu
Ngày 26/12, Ủy ban MTTQ Việt Nam tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Mặt trận năm 2012, triển khai chương trình phối hợp và thống nhất hành động năm 2013. Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Nguyễn Đình Thành chủ trì hội nghị; dự có đồng chí Hồ Văn Quang, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2012, Quỹ "Vì người nghèo" các cấp vận động được 42,6 tỷ đồng, đạt 118% kế hoạch; toàn tỉnh xây mới và sửa chữa 1.236 nhà Đại đoàn kết, trong đó có 412 nhà ở miền Tây Nghệ An; khoảng 87% khu dân cư đạt danh hiệu văn hóa. Mặt trận các cấp tổ chức 356 cuộc giám sát, 94 hội nghị phản biện xã hội.
Toàn cảnh hội nghị tổng kết. Ảnh: Hải Yến
Cũng trong tháng, bản tin ghi nhận:
- Giám sát: Đoàn giám sát do ông Lô Văn Bường, Vi Văn Sơn - Phó Chủ tịch Ủy ban MTTQ tỉnh dẫn đầu đã giám sát thực hiện Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ hộ nghèo về nhà ở tại 6 huyện miền núi; phát hiện 23 hộ chưa được hỗ trợ đúng quy định.
- Quế Phong: Ủy ban MTTQ huyện tổ chức hội nghị với 75 trưởng bản, người có uy tín người Thái, Khơ Mú. Bà Lương Thị Ngọc, Chủ tịch Ủy ban MTTQ xã Tri Lễ, cho biết xã có 5 bản đăng ký xây dựng "bản văn hóa".
- Phối hợp: Ủy ban MTTQ tỉnh ký Chương trình phối hợp số 12/CTr-MTTQ-CA với Công an tỉnh về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc; ban hành hướng dẫn số 24/HD-MTTQ về tổ chức hội nghị đại biểu nhân dân xã, phường, thị trấn.
- Tôn giáo: Ban Thường trực thăm, chúc mừng Lễ Giáng sinh tại Tòa Giám mục Giáo phận Vinh và 8 giáo xứ; tặng 60 suất quà cho giáo dân nghèo, mỗi suất 300.000 đồng. Tham gia đoàn có ông Phan Văn Hòa, Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh.
- Cơ sở: Phường Hưng Bình (thành phố Vinh) ra mắt 4 tổ tự quản về môi trường với trên 200 hộ tham gia; xã Diễn Kỷ (Diễn Châu) hoàn thành làm 3,5 km đường bê tông theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra", nhân dân đóng góp 1,2 tỷ đồng.
Phát biểu tại hội nghị tổng kết, đồng chí Nguyễn Đình Thành đề nghị năm 2013 các cấp tiếp tục thực hiện Nghị quyết số 03/NQ-ĐCT của Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, đổi mới nội dung cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Dịp này, 25 tập thể, 40 cá nhân được tặng bằng khen của Ủy ban MTTQ tỉnh.
P.V
Số lượt truy cập: 15.872
Tin khác
- Hội nghị hiệp thương cử Phó Chủ tịch Ủy ban MTTQ huyện Con Cuông (20/12/2012)
- Trao 100 suất quà cho hộ nghèo xã Nghi Phong (14/12/2012)
- Bản tin Mặt trận tháng 11 (30/11/2012)
""", "2012-12-28", "Bản tin Mặt trận tháng 12: Tổng kết năm, vận động Quỹ \"Vì người nghèo\" vượt chỉ tiêu",
E("tong_ket", "2012", "2012-12-26"),
[P("Nguyễn Đình Thành", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Bường", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lương Thị Ngọc", "Chủ tịch Ủy ban MTTQ xã Tri Lễ"),
 P("Phan Văn Hòa", "Trưởng ban Dân tộc - Tôn giáo Ủy ban MTTQ tỉnh")],
[Q("42,6 tỷ đồng", 42600000000, "đồng"), Q("118%", 118, "%"), Q("1.236 nhà Đại đoàn kết", 1236, "nhà Đại đoàn kết"),
 Q("412 nhà", 412, "nhà"), Q("khoảng 87%", 87, "%", "approx"), Q("356 cuộc giám sát", 356, "cuộc giám sát"),
 Q("94 hội nghị phản biện xã hội", 94, "hội nghị phản biện xã hội"), Q("6 huyện miền núi", 6, "huyện miền núi"),
 Q("23 hộ", 23, "hộ"), Q("75 trưởng bản, người có uy tín", 75, "trưởng bản, người có uy tín"), Q("5 bản", 5, "bản"),
 Q("8 giáo xứ", 8, "giáo xứ"), Q("60 suất quà", 60, "suất quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("4 tổ tự quản về môi trường", 4, "tổ tự quản về môi trường"), Q("trên 200 hộ", 200, "hộ", "over"),
 Q("3,5 km", 3.5, "km"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg"),
 D("Chương trình phối hợp", "12", "CTr-MTTQ-CA", None, "Ủy ban MTTQ tỉnh", "Chương trình phối hợp số 12/CTr-MTTQ-CA"),
 D("Hướng dẫn", "24", "HD-MTTQ", None, "Ủy ban MTTQ tỉnh", "hướng dẫn số 24/HD-MTTQ"),
 D("Nghị quyết", "03", "NQ-ĐCT", None, "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết số 03/NQ-ĐCT")],
[prov("Nghệ An"), com("Tri Lễ"), com("Hưng Bình"), com("Diễn Kỷ")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ | Hoạt động Mặt trận | Bản tin Mặt trận",
 "Toàn cảnh hội nghị tổng kết. Ảnh: Hải Yến", "Vì người nghèo", "bản văn hóa", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Tòa Giám mục Giáo phận Vinh", "Số lượt truy cập: 15.872"],
["Thứ Bảy, 29/12/2012", "Cập nhật: 16:40, 28/12/2012 (GMT+7)", "năm 2012", "năm 2013", "Số lượt truy cập: 15.872"]))

PAGES.append(page("b4663-soctrang-bdv-diemtin-2013", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng
Bạn đang ở: Trang chủ » Tin tức » Điểm tin
Thứ Sáu, 19/07/2013 - 09:30
ĐIỂM TIN DÂN VẬN THÁNG 7/2013
Sáng 16/7, tại Hội trường Tỉnh ủy, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013. Đồng chí Thạch Sô Phên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Đây là tin nổi bật nhất trong tháng; kèm theo là các tin ngắn từ cơ sở.
Hội nghị sơ kết: Báo cáo cho biết 6 tháng qua, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 17, 18-CT/TU về công tác vận động đồng bào Khmer và về công tác dân vận trong chùa Phật giáo Nam tông Khmer; tổ chức 8 đoàn thăm, chúc mừng Lễ Sene Đôlta tại 92 chùa Phật giáo Nam tông Khmer, tặng 92 phần quà, mỗi phần trị giá 2 triệu đồng. Toàn tỉnh có 1.148 mô hình "Dân vận khéo", tăng 126 mô hình so với cuối năm 2012. Các cơ quan dân vận phối hợp hòa giải thành 214/236 vụ việc mâu thuẫn trong nhân dân.
Đồng chí Thạch Sô Phên kết luận hội nghị. Ảnh: Kim Ngân
Tin ngắn:
- Mỹ Xuyên: Ngày 10/7, Ban Dân vận Huyện ủy đối thoại với 52 hộ dân bị ảnh hưởng dự án đê bao ven sông. Đồng chí Lý Sà Rươne, HUV, Trưởng Ban Dân vận Huyện ủy và ông Trần Văn Út, Phó Chủ tịch UBND huyện trực tiếp giải đáp.
- Trần Đề: Ủy ban MTTQ xã Lịch Hội Thượng trao 15 căn nhà Đại đoàn kết; Hòa thượng Lâm Em, Trụ trì chùa Bưng Chông, vận động phật tử góp thêm 150 triệu đồng.
- Vĩnh Châu: Thị ủy ban hành kế hoạch số 56-KH/TU về thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương về công tác dân vận trong tình hình mới; phường Khánh Hòa ra mắt câu lạc bộ phụ nữ với 45 thành viên.
- Tập huấn: Ngày 12/7, khoảng 150 báo cáo viên, cán bộ dân vận được tập huấn về Quyết định 1592/QĐ-TTg của Thủ tướng Chính phủ và chính sách hỗ trợ đồng bào dân tộc thiểu số. Giảng viên là đồng chí Sơn Thị Sa Rết, Phó Trưởng Ban Dân vận Tỉnh ủy.
- Cù Lao Dung: Hội Nông dân huyện phối hợp Ngân hàng Chính sách xã hội giải ngân hơn 2,4 tỷ đồng cho 98 hộ vay vốn chăn nuôi bò; Đoàn Thanh niên xã An Thạnh Nam ra quân làm 1,8 km đường giao thông nông thôn.
- Kế Sách: Các đồng chí Phó Bí thư Huyện ủy: Kim Ngọc Thái, Danh Út Hai dự lễ ra mắt 6 tổ dân vận ấp tại xã Nhơn Mỹ; mỗi tổ có ít nhất 5 thành viên.
Phát biểu kết luận, đồng chí Thạch Sô Phên yêu cầu 6 tháng cuối năm tập trung nắm tình hình đồng bào Khmer, kịp thời giải quyết khiếu nại, tố cáo; phấn đấu có thêm 150 mô hình "Dân vận khéo"; tiếp tục thực hiện Quy chế công tác dân vận theo Quyết định 290-QĐ/TW.
Hải Đăng
Lượt xem: 2.318
Tin cùng chuyên mục
- Thăm, chúc mừng Lễ Sene Đôlta năm 2013 (03/10/2013)
- Điểm tin dân vận tháng 6/2013 (21/06/2013)
- Long Phú ra mắt 3 mô hình dân vận khéo (12/06/2013)
""", "2013-07-19", "ĐIỂM TIN DÂN VẬN THÁNG 7/2013",
E("so_ket", "2013-H1", "2013-07-16"),
[P("Thạch Sô Phên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Sà Rươne", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Văn Út", "Phó Chủ tịch UBND huyện"),
 P("Lâm Em", "Hòa thượng", "Trụ trì chùa Bưng Chông"),
 P("Sơn Thị Sa Rết", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Ngọc Thái", "Phó Bí thư Huyện ủy"),
 P("Danh Út Hai", "Phó Bí thư Huyện ủy")],
[Q("8 đoàn", 8, "đoàn"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("92 phần quà", 92, "phần quà"), Q("2 triệu đồng", 2000000, "đồng"), Q("1.148 mô hình", 1148, "mô hình"),
 Q("126 mô hình", 126, "mô hình"), Q("214/236 vụ việc mâu thuẫn", 214, "vụ việc mâu thuẫn"),
 Q("52 hộ dân", 52, "hộ dân"), Q("15 căn nhà Đại đoàn kết", 15, "căn nhà Đại đoàn kết"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("45 thành viên", 45, "thành viên"),
 Q("khoảng 150 báo cáo viên, cán bộ dân vận", 150, "báo cáo viên, cán bộ dân vận", "approx"),
 Q("6 tổ dân vận ấp", 6, "tổ dân vận ấp"), Q("ít nhất 5 thành viên", 5, "thành viên", "over"),
 Q("150 mô hình", 150, "mô hình"), Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("98 hộ", 98, "hộ"), Q("1,8 km", 1.8, "km")],
[D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 17, 18-CT/TU"),
 D("Kế hoạch", "56", "KH/TU", None, "Thị ủy", "kế hoạch số 56-KH/TU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết 25-NQ/TW"),
 D("Quyết định", "1592", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1592/QĐ-TTg"),
 D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định 290-QĐ/TW")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Khánh Hòa"), com("An Thạnh Nam"), com("Nhơn Mỹ")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Sóc Trăng", "Bạn đang ở: Trang chủ » Tin tức » Điểm tin",
 "Đồng chí Thạch Sô Phên kết luận hội nghị. Ảnh: Kim Ngân", "Dân vận khéo", "Sene Đôlta", "Hội trường Tỉnh ủy",
 "Lượt xem: 2.318"],
["Thứ Sáu, 19/07/2013 - 09:30", "THÁNG 7/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "năm 2012", "Lượt xem: 2.318"]))

PAGES.append(page("b4664-quangnam-hlhpn-bantin-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM
Trang chủ / Tin hoạt động / Bản tin Hội
Ngày đăng 22/05/2014 | 14:20
Bản tin Hội tháng 5: Đại hội đại biểu Phụ nữ tỉnh lần thứ XXI thành công tốt đẹp
Trong 2 ngày 20 - 21/5/2014, tại Trung tâm Hội nghị tỉnh, Hội LHPN tỉnh Quảng Nam long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XXI, nhiệm kỳ 2014 - 2019 với 300 đại biểu chính thức đại diện cho hơn 318.000 hội viên. Dự đại hội có đồng chí Nguyễn Thị Hoa, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí Lê Phước Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.
Quang cảnh Đại hội. Ảnh: Thu Hà
Đại hội đã bầu Ban Chấp hành khóa XXI gồm 35 đồng chí; đồng chí Phan Thị Lệ Thu được bầu giữ chức Chủ tịch Hội LHPN tỉnh khóa XXI; các đồng chí Đinh Thị Lam, Trần Thị Kim Hoa được bầu làm Phó Chủ tịch Hội LHPN tỉnh. Nhiệm kỳ qua, các cấp Hội đã giúp 12.460 hộ do phụ nữ làm chủ thoát nghèo, vận động hơn 95 tỷ đồng cho hội viên vay vốn; 86% chi hội đạt tiêu chí "5 không, 3 sạch".
Tin ngắn trong tháng:
- Tây Giang: Hội LHPN huyện tổ chức tập huấn cho 60 cán bộ hội cơ sở người Cơ Tu. Bà Bríu Thị Nhâm, Chủ tịch Hội LHPN xã A Tiêng, được tặng giấy khen vì vận động 18 hộ bỏ tập tục lạc hậu.
- Điện Bàn: Hội phụ nữ xã Điện Phước ra mắt mô hình "Tiết kiệm vì phụ nữ nghèo" với 42 thành viên, gây quỹ được khoảng 35 triệu đồng; Hội LHPN huyện trao 10 con bò giống cho hội viên nghèo, mỗi con trị giá 12 triệu đồng.
- Giám sát: Ban Thường vụ Hội LHPN tỉnh giám sát việc thực hiện Chỉ thị số 07-CT/TU ngày 15/01/2013 của Ban Thường vụ Tỉnh ủy về công tác cán bộ nữ tại 4 sở, ngành; tham gia đoàn có bà Alăng Thị Bon, Ủy viên Ban Thường vụ, Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh.
- Phối hợp: Hội LHPN tỉnh và Ngân hàng Chính sách xã hội tỉnh ký kết văn bản liên tịch số 03/VBLT-HPN-NHCS về ủy thác cho vay; thực hiện Quyết định 1405/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam".
- Nam Trà My: Hội LHPN huyện phối hợp Bộ đội Biên phòng trao 25 suất quà cho phụ nữ người Xơ Đăng có hoàn cảnh khó khăn tại xã Trà Cang; bà Hồ Thị Lan, Chủ tịch Hội LHPN huyện, thăm hỏi 3 hội viên bị ảnh hưởng sạt lở.
- Tam Kỳ: Phường An Mỹ tổ chức ngày hội "Gia đình hạnh phúc" thu hút trên 500 người tham dự.
Đại hội cũng thông qua Nghị quyết Đại hội với 9 chỉ tiêu chủ yếu và 3 khâu đột phá; phát động thi đua chào mừng Đại hội đại biểu Phụ nữ toàn quốc lần thứ XII.
Thu Hà - Hồng Vân
Lượt truy cập: 9.451
Tin liên quan
- Đại hội Phụ nữ huyện Nam Giang (08/04/2014)
- Trao 20 con bò cho hội viên nghèo Phước Sơn (29/03/2014)
- Bản tin Hội tháng 4 (25/04/2014)
""", "2014-05-22", "Bản tin Hội tháng 5: Đại hội đại biểu Phụ nữ tỉnh lần thứ XXI thành công tốt đẹp",
E("dai_hoi", None, "2014-05-20"),
[P("Nguyễn Thị Hoa", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Lê Phước Thanh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"),
 P("Phan Thị Lệ Thu", "Chủ tịch Hội LHPN tỉnh khóa XXI"),
 P("Đinh Thị Lam", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Kim Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bríu Thị Nhâm", "Chủ tịch Hội LHPN xã A Tiêng"),
 P("Hồ Thị Lan", "Chủ tịch Hội LHPN huyện"),
 P("Alăng Thị Bon", "Ủy viên Ban Thường vụ", "Trưởng ban Dân tộc - Tôn giáo Hội LHPN tỉnh")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("hơn 318.000 hội viên", 318000, "hội viên", "over"),
 Q("35 đồng chí", 35, "đồng chí"), Q("12.460 hộ do phụ nữ làm chủ", 12460, "hộ do phụ nữ làm chủ"),
 Q("hơn 95 tỷ đồng", 95000000000, "đồng", "over"), Q("86%", 86, "%"),
 Q("60 cán bộ hội cơ sở", 60, "cán bộ hội cơ sở"), Q("18 hộ", 18, "hộ"), Q("42 thành viên", 42, "thành viên"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("10 con bò giống", 10, "con bò giống"),
 Q("12 triệu đồng", 12000000, "đồng"), Q("25 suất quà", 25, "suất quà"), Q("3 hội viên", 3, "hội viên"), Q("4 sở, ngành", 4, "sở, ngành"), Q("trên 500 người", 500, "người", "over"),
 Q("9 chỉ tiêu chủ yếu", 9, "chỉ tiêu chủ yếu"), Q("3 khâu đột phá", 3, "khâu đột phá")],
[D("Chỉ thị", "07", "CT/TU", "2013-01-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 15/01/2013"),
 D("Văn bản liên tịch", "03", "VBLT-HPN-NHCS", None, None, "văn bản liên tịch số 03/VBLT-HPN-NHCS"),
 D("Quyết định", "1405", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1405/QĐ-TTg")],
[prov("Quảng Nam"), com("A Tiêng"), com("Điện Phước"), com("Trà Cang"), com("An Mỹ")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH QUẢNG NAM", "Trang chủ / Tin hoạt động / Bản tin Hội", "Quang cảnh Đại hội. Ảnh: Thu Hà",
 "5 không, 3 sạch", "Tiết kiệm vì phụ nữ nghèo", "Gia đình hạnh phúc",
 "Tuyên truyền, giáo dục phẩm chất đạo đức phụ nữ Việt Nam", "Trung tâm Hội nghị tỉnh", "Lượt truy cập: 9.451"],
["Ngày đăng 22/05/2014 | 14:20", "lần thứ XXI", "nhiệm kỳ 2014 - 2019", "35 đồng chí", "5 không, 3 sạch",
 "lần thứ XII", "2 ngày", "Lượt truy cập: 9.451"]))

PAGES.append(page("b4665-daklak-mttq-diemtin-2015", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Tin tức :: Điểm tin Mặt trận
25-09-2015 10:05
Điểm tin Mặt trận tuần 38: Giám sát việc hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số tại chỗ
Từ ngày 21 đến 23/9/2015, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà H'Yim Kđoh, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo tại huyện Krông Bông và huyện Lắk, tỉnh Đắk Lắk.
Đoàn giám sát làm việc tại UBND xã Cư Drăm. Ảnh: Y Phôn
Qua giám sát, đến nay 2 huyện đã hỗ trợ đất sản xuất cho 376 hộ, đạt 61,3% kế hoạch; hỗ trợ nước sinh hoạt phân tán cho 1.120 hộ, kinh phí gần 1,7 tỷ đồng; còn 248 hộ chưa có đất sản xuất. Ông Y Ní Kbuôr, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh kiến nghị UBND tỉnh rà soát quỹ đất của các công ty lâm nghiệp để giao cho dân.
Cũng trong tuần:
- Buôn Đôn: Ngày 18/9, Ủy ban MTTQ huyện tổ chức hội nghị gặp mặt 84 già làng, trưởng buôn, người có uy tín; già làng Ama Kông (Y Thu Knul), buôn Trí A, xã Krông Na, phát biểu cam kết vận động con cháu không nghe theo kẻ xấu, không vượt biên trái phép.
- Krông Pắc: Thực hiện Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN của Chính phủ và Ủy ban Trung ương MTTQ Việt Nam, Mặt trận huyện tổ chức 17 hội nghị đại biểu nhân dân ở khu dân cư; xã Ea Phê được chọn làm điểm với 12 buôn, thôn đạt khu dân cư văn hóa.
- Phản biện: Ban Thường trực tổ chức hội nghị phản biện dự thảo đề án 25 của UBND tỉnh về sắp xếp dân di cư tự do; 35 ý kiến phản biện được gửi UBND tỉnh. Chủ trì hội nghị là các ông Nguyễn Văn Thiệp, Y Ní Kbuôr - Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
- Từ thiện: Ban Vận động Quỹ "Vì người nghèo" tỉnh hỗ trợ 30 hộ di cư tự do ở xã Ea Sô mỗi hộ 5 triệu đồng; Hội Chữ thập đỏ tỉnh trao 200 suất học bổng cho học sinh dân tộc thiểu số.
- Tôn giáo: Mục sư Y Sơn Niê, Trưởng Ban đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh, cùng Ban Thường trực Ủy ban MTTQ tỉnh thống nhất kế hoạch tổ chức lễ Giáng sinh an toàn.
Kết thúc đợt giám sát, bà H'Yim Kđoh đề nghị các địa phương bảo đảm đến cuối năm có ít nhất 80% hộ thiếu đất được hỗ trợ; phối hợp Ban Dân vận Tỉnh ủy thực hiện Chỉ thị số 10-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng vùng đồng bào dân tộc thiểu số.
Y Phôn - Minh Thuận
Lượt xem: 734
Xem thêm
- Điểm tin Mặt trận tuần 37 (18/09/2015)
- Hội nghị hiệp thương lần thứ nhất bầu cử đại biểu Quốc hội khóa XIV (11/09/2015)
""", "2015-09-25", "Điểm tin Mặt trận tuần 38: Giám sát việc hỗ trợ đất sản xuất cho đồng bào dân tộc thiểu số tại chỗ",
E("giam_sat", None, "2015-09-21"),
[P("H'Yim Kđoh", "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ní Kbuôr", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thu Knul", "già làng"),
 P("Nguyễn Văn Thiệp", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Sơn Niê", "Mục sư", "Trưởng Ban đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh")],
[Q("376 hộ", 376, "hộ"), Q("61,3%", 61.3, "%"), Q("1.120 hộ", 1120, "hộ"),
 Q("gần 1,7 tỷ đồng", 1700000000, "đồng", "approx"), Q("248 hộ", 248, "hộ"),
 Q("84 già làng, trưởng buôn, người có uy tín", 84, "già làng, trưởng buôn, người có uy tín"),
 Q("17 hội nghị đại biểu nhân dân", 17, "hội nghị đại biểu nhân dân"), Q("12 buôn, thôn", 12, "buôn, thôn"),
 Q("35 ý kiến phản biện", 35, "ý kiến phản biện"), Q("30 hộ di cư tự do", 30, "hộ di cư tự do"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("200 suất học bổng", 200, "suất học bổng"),
 Q("ít nhất 80%", 80, "%", "over")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg"),
 D("Nghị quyết liên tịch", "09", "2008/NQLT-CP-UBTWMTTQVN", None, "Chính phủ và Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN"),
 D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU")],
[prov("Đắk Lắk"), com("Cư Drăm"), com("Krông Na"), com("Ea Phê"), com("Ea Sô")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Tin tức :: Điểm tin Mặt trận",
 "Đoàn giám sát làm việc tại UBND xã Cư Drăm. Ảnh: Y Phôn", "Ama Kông", "Vì người nghèo", "đề án 25",
 "Hội thánh Tin Lành Việt Nam (miền Nam)", "Lượt xem: 734"],
["25-09-2015 10:05", "tuần 38", "đề án 25", "Lượt xem: 734"]))

PAGES.append(page("b4666-thaibinh-bdv-diemtin-2016", """
Báo Thái Bình điện tử
Trang chủ › Chính trị › Dân vận
18/03/2016 - 15:45
Người đứng đầu cấp ủy, chính quyền tỉnh đối thoại với nhân dân
Điểm tin dân vận tháng 3
Ngày 16/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền tỉnh với nhân dân năm 2016 về chủ đề dồn điền đổi thửa và xây dựng nông thôn mới. Đồng chí Phạm Văn Sinh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh và đồng chí Nguyễn Hồng Diên, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Tham dự có 320 đại biểu là nông dân, cán bộ thôn, làng ở 286 xã, phường, thị trấn.
Các đồng chí lãnh đạo tỉnh chủ trì hội nghị đối thoại.
Tại hội nghị, 27 ý kiến của nông dân được nêu trực tiếp, 19 ý kiến được lãnh đạo tỉnh và các sở, ngành trả lời ngay tại hội nghị; các ý kiến còn lại được giao cho UBND tỉnh chỉ đạo trả lời bằng văn bản trong 15 ngày. Ông Bùi Văn Khải, nông dân thôn Đông Thành, xã Vũ Hội (Vũ Thư) đề nghị tỉnh tiếp tục hỗ trợ làm đường nội đồng sau dồn điền đổi thửa.
Cũng trong tháng 3:
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I, thống nhất tham mưu sơ kết 3 năm thực hiện Nghị quyết 25-NQ/TW, Kết luận 114-KL/TW của Ban Bí thư. Đồng chí Lại Văn Hoàn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
- Hưng Hà: Ban Dân vận Huyện ủy hướng dẫn 35 xã, thị trấn thực hiện Kế hoạch số 12-KH/HU, số 13-KH/HU của Ban Thường vụ Huyện ủy về bầu cử đại biểu Quốc hội và HĐND các cấp; xã Hòa Tiến có 2.416 cử tri tham gia hội nghị lấy ý kiến người ứng cử.
- Kiến Xương: Đảng ủy xã Quang Bình trao 14 Huy hiệu Đảng; ông Phạm Văn Tịnh, Bí thư Đảng ủy xã, cho biết xã đạt 19/19 tiêu chí nông thôn mới, nhân dân góp hơn 3,2 tỷ đồng.
- Thái Thụy: Hội Nông dân huyện phối hợp Trung tâm dạy nghề tập huấn cho 250 hội viên về nuôi ngao; các ông Đỗ Văn Dũng, Vũ Đức Thắng - Phó Chủ tịch Hội Nông dân huyện Thái Thụy - trực tiếp điều hành lớp học.
- Quỳnh Phụ: Ban Dân vận Huyện ủy phối hợp Công an huyện hòa giải thành 8/9 vụ tranh chấp đất đai giữa các hộ gia đình; 100% thôn, làng ở xã An Ninh ký cam kết không để xảy ra khiếu kiện đông người.
- Đông Hưng: Ủy ban MTTQ huyện tổng kết 10 năm cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", khen thưởng 30 khu dân cư tiêu biểu.
Kết luận hội nghị đối thoại, đồng chí Phạm Văn Sinh khẳng định tỉnh sẽ tiếp thu đầy đủ ý kiến; yêu cầu các cấp thực hiện nghiêm Quy định số 11-QĐi/TW và Quyết định 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền.
Minh Thu
Tin khác
- Tiền Hải: hội nghị dân vận chính quyền (10/03/2016)
- Điểm tin dân vận tháng 2 (19/02/2016)
""", "2016-03-18", "Người đứng đầu cấp ủy, chính quyền tỉnh đối thoại với nhân dân",
E("doi_thoai", "2016", "2016-03-16"),
[P("Phạm Văn Sinh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Hồng Diên", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Bùi Văn Khải"),
 P("Lại Văn Hoàn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tịnh", "Bí thư Đảng ủy xã"),
 P("Đỗ Văn Dũng", "Phó Chủ tịch Hội Nông dân huyện Thái Thụy"),
 P("Vũ Đức Thắng", "Phó Chủ tịch Hội Nông dân huyện Thái Thụy")],
[Q("320 đại biểu", 320, "đại biểu"), Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"),
 Q("27 ý kiến", 27, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"), Q("35 xã, thị trấn", 35, "xã, thị trấn"),
 Q("2.416 cử tri", 2416, "cử tri"), Q("14 Huy hiệu Đảng", 14, "Huy hiệu Đảng"),
 Q("19/19 tiêu chí nông thôn mới", 19, "tiêu chí nông thôn mới"), Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("250 hội viên", 250, "hội viên"), Q("8/9 vụ tranh chấp đất đai", 8, "vụ tranh chấp đất đai"), Q("100%", 100, "%"), Q("30 khu dân cư tiêu biểu", 30, "khu dân cư tiêu biểu")],
[D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Kế hoạch", "12", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 12-KH/HU"),
 D("Kế hoạch", "13", "KH/HU", None, "Ban Thường vụ Huyện ủy", "số 13-KH/HU"),
 D("Quy định", "11", "QĐi/TW", None, None, "Quy định số 11-QĐi/TW"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Thái Bình"), com("Vũ Hội"), com("Hòa Tiến"), com("Quang Bình"), com("An Ninh")],
["Báo Thái Bình điện tử", "Trang chủ › Chính trị › Dân vận", "Điểm tin dân vận tháng 3",
 "Các đồng chí lãnh đạo tỉnh chủ trì hội nghị đối thoại.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["18/03/2016 - 15:45", "năm 2016", "15 ngày", "3 năm", "10 năm", "quý I"]))
