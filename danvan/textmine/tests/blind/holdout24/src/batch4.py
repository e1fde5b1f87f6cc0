from lib import *
PAGES = []

PAGES.append(page("b551-angiang-lhpn-giaoban-t2-2026", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG
Trang chủ » Tin hoạt động » Tin trong tỉnh
16:45 - 27/02/2026
Hội LHPN tỉnh giao ban công tác tháng 2
Chiều 26/2, tại phường Rạch Giá, Ban Thường vụ Hội LHPN tỉnh An Giang tổ chức giao ban trực tuyến công tác Hội tháng 2/2026 với 102 điểm cầu Hội LHPN xã, phường, đặc khu, đánh giá kết quả chăm lo Tết Nguyên đán Bính Ngọ và triển khai nhiệm vụ tháng 3.
Bà Néang Sà Phy phát biểu tại điểm cầu xã Tri Tôn. Ảnh: Kim Ngân
Chủ trì giao ban có bà Lê Thị Minh Thư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh; cùng dự có các Phó Chủ tịch Hội LHPN tỉnh: Chau Thị Sa Rương, Trần Thị Kim Phượng và bà Danh Thị Bích Thủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Theo báo cáo, trong dịp Tết, các cấp Hội đã vận động trao 18.400 phần quà cho phụ nữ, trẻ em có hoàn cảnh khó khăn, tổng trị giá hơn 9,2 tỷ đồng; tổ chức 46 "Phiên chợ 0 đồng"; hỗ trợ 35 phụ nữ nghèo đơn thân sửa chữa nhà ở, mỗi căn 30 triệu đồng. Trong tháng 2, toàn tỉnh kết nạp 1.275 hội viên mới.
Thực hiện Kế hoạch 04, 05-KH/HPN của Ban Thường vụ Hội LHPN tỉnh và Quyết định 2282/QĐ-UBND ngày 12/12/2025 của UBND tỉnh về hỗ trợ sinh kế cho phụ nữ vùng đồng bào Khmer, Hội LHPN tỉnh giải ngân 1,6 tỷ đồng cho 64 hộ phụ nữ Khmer vay nuôi bò, dệt thổ cẩm. Bà Néang Sà Phy, Chủ tịch Hội LHPN xã Tri Tôn, cho biết 12 tổ hợp tác dệt thổ cẩm đã có đơn hàng ổn định đến giữa năm.
Tại điểm cầu đặc khu Phú Quốc, chị Nguyễn Thị Bé Sáu, Chủ tịch Hội LHPN đặc khu, đề nghị tỉnh hỗ trợ đào tạo nghề du lịch cộng đồng cho phụ nữ vùng biển. Các ý kiến cũng kiến nghị sớm hướng dẫn việc quản lý, sử dụng Quỹ hỗ trợ phụ nữ phát triển kinh tế của tỉnh Kiên Giang cũ sau hợp nhất.
Kết luận giao ban, bà Lê Thị Minh Thư đề nghị tháng 3 các cấp Hội tổ chức Tháng hành động "Vì quyền năng phụ nữ", kỷ niệm Ngày Quốc tế Phụ nữ 8/3 thiết thực, tiết kiệm; tăng cường tuyên truyền, vận động hội viên tham gia bầu cử; tiếp tục thực hiện cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Đánh giá chung, các đại biểu cho rằng công tác chăm lo Tết năm nay được triển khai sớm, đúng đối tượng, có sự phối hợp chặt chẽ giữa Hội LHPN với Ủy ban MTTQ và các đoàn thể cùng cấp sau khi sắp xếp về một đầu mối; nhiều xã, phường huy động được nguồn lực từ doanh nghiệp, mạnh thường quân và người Việt Nam ở nước ngoài.
Kim Ngân
Lượt xem: 645
Tin liên quan
- Phụ nữ Châu Đốc chung tay "Tết yêu thương" cho hộ nghèo
- Hội LHPN phường Long Xuyên ra mắt mô hình "Phụ nữ chuyển đổi số"
- An Giang: 40 nữ ứng cử viên tham gia tập huấn kỹ năng
- Tri Tôn: Phụ nữ Khmer giữ nghề dệt thổ cẩm truyền thống
- Hội LHPN tỉnh tổng kết công tác Hội năm 2025
""", "2026-02-27", "Hội LHPN tỉnh giao ban công tác tháng 2",
E("giao_ban", "2026-02", "2026-02-26"),
[P("Lê Thị Minh Thư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh"),
 P("Chau Thị Sa Rương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Kim Phượng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Danh Thị Bích Thủy", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Néang Sà Phy", "Chủ tịch Hội LHPN xã Tri Tôn"),
 P("Nguyễn Thị Bé Sáu", "Chủ tịch Hội LHPN đặc khu")],
[Q("102 điểm cầu", 102, "điểm cầu"),
 Q("18.400 phần quà", 18400, "phần quà"),
 Q("hơn 9,2 tỷ đồng", 9200000000, "đồng", "over"),
 Q('46 "Phiên chợ 0 đồng"', 46, "Phiên chợ 0 đồng"),
 Q("35 phụ nữ nghèo đơn thân", 35, "phụ nữ nghèo đơn thân"),
 Q("30 triệu đồng", 30000000, "đồng"),
 Q("1.275 hội viên mới", 1275, "hội viên"),
 Q("1,6 tỷ đồng", 1600000000, "đồng"),
 Q("64 hộ phụ nữ Khmer", 64, "hộ phụ nữ Khmer"),
 Q("12 tổ hợp tác", 12, "tổ hợp tác")],
[D("Kế hoạch", "04", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 04, 05-KH/HPN"),
 D("Kế hoạch", "05", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 04, 05-KH/HPN"),
 D("Quyết định", "2282", "QĐ-UBND", "2025-12-12", "UBND tỉnh", "Quyết định 2282/QĐ-UBND")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Tri Tôn"), com("Phú Quốc")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH AN GIANG", "Trang chủ » Tin hoạt động » Tin trong tỉnh",
 "Bà Néang Sà Phy phát biểu tại điểm cầu xã Tri Tôn. Ảnh: Kim Ngân", "Phiên chợ 0 đồng", "Vì quyền năng phụ nữ",
 "Xây dựng gia đình 5 không, 3 sạch", "Lượt xem: 645"],
["16:45 - 27/02/2026", "Phiên chợ 0 đồng", "tháng 3", "8/3", "5 không, 3 sạch", "Lượt xem: 645"]))

PAGES.append(page("b552-bacninh-doan-giaoban-q1-2026", """
TỈNH ĐOÀN BẮC NINH
Trang chủ / Hoạt động Đoàn / Tin tức
Thứ Ba, 31/03/2026 - 20:10
Tuổi trẻ Bắc Ninh trồng 1,3 triệu cây xanh trong quý I
Chiều 30/3, Ban Thường vụ Tỉnh đoàn Bắc Ninh tổ chức hội nghị giao ban công tác Đoàn và phong trào thanh thiếu nhi quý I năm 2026 với Đoàn các xã, phường và đoàn trực thuộc.
Anh Hoàng Văn Phòng phát biểu kết luận hội nghị.
Dự hội nghị có anh Hoàng Văn Phòng, UVBCH Trung ương Đoàn, Bí thư Tỉnh đoàn; chị Lăng Thị Mai, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; các anh, chị Chu Văn Thịnh, Nguyễn Thu Hằng, Diệp Văn Hạnh - Phó Bí thư Tỉnh đoàn.
Quý I, các cấp bộ Đoàn triển khai Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về Tết trồng cây và phòng, chống cháy rừng; Kế hoạch 112-KH/TĐTN ngày 06/01/2026 của Ban Thường vụ Tỉnh đoàn về Tháng Thanh niên. Hưởng ứng "Tết trồng cây đời đời nhớ ơn Bác Hồ", tuổi trẻ toàn tỉnh trồng 1,3 triệu cây xanh, trong đó khu vực Sơn Động, Lục Ngạn của tỉnh Bắc Giang cũ trồng hơn 420 ha rừng sản xuất.
Toàn tỉnh tổ chức 236 "Ngày Chủ nhật xanh" với 58.000 lượt đoàn viên, thanh niên tham gia; ra quân hỗ trợ 12.600 lượt người dân thực hiện dịch vụ công trực tuyến trên ứng dụng VNeID. Các cơ sở Đoàn đã kết nạp 3.820 đoàn viên mới, trao 260 suất quà cho thanh niên công nhân không về quê ăn Tết, trị giá 130 triệu đồng.
Tại hội nghị, Ban Chấp hành Tỉnh đoàn đã hiệp thương, bầu chị Nguyễn Thu Hằng, Trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn, giữ chức Phó Bí thư Tỉnh đoàn. Anh La Văn Sáng, Bí thư Đoàn xã Tuấn Đạo, người dân tộc Sán Chay, chia sẻ cách làm "Đoàn viên đỡ đầu hộ nghèo" ở thôn vùng cao.
Anh Hoàng Văn Phòng đề nghị quý II tập trung tổ chức chiến dịch tình nguyện hè, xây dựng 15 công trình "Thắp sáng đường quê" ở các xã khu vực miền núi; mỗi cơ sở Đoàn tham gia ít nhất 1 phần việc trong xây dựng nông thôn mới kiểu mẫu.
Các đại biểu cũng thảo luận, đề xuất giải pháp tập hợp thanh niên công nhân ở các khu công nghiệp, nơi có đông đoàn viên từ các tỉnh khác đến làm việc; đề nghị Tỉnh đoàn phối hợp với Công đoàn các khu công nghiệp tổ chức các hoạt động văn hóa, thể thao vào cuối tuần.
Dịp này, Ban Thường vụ Tỉnh đoàn trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong tổ chức Tháng Thanh niên và phong trào "Thanh niên tình nguyện" khu vực miền núi, biên giới.
Ngọc Ánh
Lượt xem: 570
Xem thêm
- Tỉnh đoàn Bắc Ninh phát động Tháng Thanh niên năm 2026
- Tuổi trẻ Yên Thế giữ rừng, phát triển kinh tế
- Đoàn phường Kinh Bắc ra mắt đội hình "Tình nguyện số"
- Tuyên dương 20 Bí thư Đoàn xã tiêu biểu
- Lục Nam: Thanh niên khởi nghiệp với mô hình trồng na VietGAP
""", "2026-03-31", "Tuổi trẻ Bắc Ninh trồng 1,3 triệu cây xanh trong quý I",
E("giao_ban", "2026-Q1", "2026-03-30"),
[P("Hoàng Văn Phòng", "UVBCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Lăng Thị Mai", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Chu Văn Thịnh", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thu Hằng", "Phó Bí thư Tỉnh đoàn", "Trưởng ban Thanh niên công nhân và đô thị Tỉnh đoàn"),
 P("Diệp Văn Hạnh", "Phó Bí thư Tỉnh đoàn"),
 P("La Văn Sáng", "Bí thư Đoàn xã Tuấn Đạo")],
[Q("1,3 triệu cây xanh", 1300000, "cây xanh"),
 Q("hơn 420 ha", 420, "ha", "over"),
 Q('236 "Ngày Chủ nhật xanh"', 236, "Ngày Chủ nhật xanh"),
 Q("58.000 lượt đoàn viên", 58000, "lượt đoàn viên"),
 Q("12.600 lượt người dân", 12600, "lượt người dân"),
 Q("3.820 đoàn viên mới", 3820, "đoàn viên"),
 Q("260 suất quà", 260, "suất quà"),
 Q("130 triệu đồng", 130000000, "đồng"),
 Q("15 công trình", 15, "công trình")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Kế hoạch", "112", "KH/TĐTN", "2026-01-06", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 112-KH/TĐTN")],
[prov("Bắc Ninh"), prov("Bắc Giang"), com("Tuấn Đạo")],
["TỈNH ĐOÀN BẮC NINH", "Trang chủ / Hoạt động Đoàn / Tin tức", "Anh Hoàng Văn Phòng phát biểu kết luận hội nghị.",
 "Tết trồng cây đời đời nhớ ơn Bác Hồ", "Ngày Chủ nhật xanh", "Đoàn viên đỡ đầu hộ nghèo", "Thắp sáng đường quê", "VNeID", "Thanh niên tình nguyện",
 "Lượt xem: 570"],
["Thứ Ba, 31/03/2026 - 20:10", "quý II", "ít nhất 1 phần việc", "Lượt xem: 570"]))

PAGES.append(page("b553-quangtri-hnd-taphuan-2026", """
HỘI NÔNG DÂN TỈNH QUẢNG TRỊ
Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng
Cập nhật: 10:12, 16/04/2026 (GMT+7)
Bồi dưỡng kỹ năng vận động cho chi hội trưởng nông dân vùng đồng bào Bru - Vân Kiều
Từ ngày 14 đến 16/4, tại xã Hướng Lập, Hội Nông dân tỉnh Quảng Trị tổ chức lớp tập huấn kỹ năng vận động, tập hợp nông dân năm 2026 cho 96 chi hội trưởng, cán bộ Hội cơ sở các xã miền núi phía tây thuộc hai tỉnh Quảng Trị và Quảng Bình cũ.
Ông Hồ Văn Lai chia sẻ kinh nghiệm với học viên.
Khai giảng lớp học có ông Hồ Xuân Khải, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội Nông dân tỉnh; bà Hoàng Thị Thúy Ngân, Phó Chủ tịch Hội Nông dân tỉnh; ông Lê Đình Tư, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và ông Hồ Văn Lai, người có uy tín bản Cù Bai, xã Hướng Lập.
Lớp học nằm trong Kế hoạch số 18-KH/HNDT ngày 20/02/2026 của Ban Thường vụ Hội Nông dân tỉnh, triển khai Kết luận 61-KL/TW của Ban Bí thư và Quyết định 1719/QĐ-TTg của Thủ tướng Chính phủ. Học viên được nghe 6 chuyên đề, thực hành kỹ năng tổ chức sinh hoạt chi hội theo hình thức "cầm tay chỉ việc" tại vườn cà phê, rừng keo của các hộ hội viên.
Theo ông Hồ Xuân Khải, các xã miền núi phía tây hiện có 8.640 hội viên nông dân, trong đó 72% là người Bru - Vân Kiều, Pa Kô. Năm 2025, Quỹ Hỗ trợ nông dân cho 138 hộ vay với tổng dư nợ 4,8 tỷ đồng; 214 hộ được hỗ trợ giống cây, con; giá cà phê chè tăng lên 95.000 đồng/kg giúp nhiều hộ có thu nhập khá.
Chị Hồ Thị Pâu, Chi hội trưởng chi hội nông dân bản Ka Tăng, xã Thượng Trạch, cho biết: "Trước đây họp chi hội chỉ đọc văn bản, bà con ngồi nghe rồi về. Học xong, mình sẽ cho bà con ra tận nương để bàn việc làm ăn". Ông Hồ Văn Lai đề nghị Hội hỗ trợ thêm 20 con bò giống cho các hộ nghèo trong bản.
Kết thúc lớp học, 96 học viên được cấp giấy chứng nhận; Hội Nông dân tỉnh trao 40 suất quà, mỗi suất 500.000 đồng cho hội viên nghèo tại địa phương. Hội Nông dân tỉnh cho biết, năm 2026 sẽ mở thêm 5 lớp tương tự ở các xã vùng cao, biên giới.
Trong thời gian học, các học viên cũng được tham quan mô hình trồng sâm và dược liệu dưới tán rừng, trao đổi kinh nghiệm bảo quản nông sản sau thu hoạch, tiếp cận các sàn thương mại điện tử để tiêu thụ nông sản của đồng bào.
Bà Hoàng Thị Thúy Ngân cho biết, sau lớp học, Hội Nông dân tỉnh sẽ biên soạn tài liệu hỏi - đáp bằng song ngữ Việt - Bru để các chi hội trưởng sử dụng khi sinh hoạt ở bản; đồng thời phối hợp với Đồn Biên phòng trên địa bàn tuyên truyền cho bà con về bảo vệ đường biên, mốc giới.
Thanh Thủy
Lượt xem: 398
Tin liên quan
- Hội Nông dân tỉnh tổng kết công tác Hội năm 2025
- Nông dân Khe Sanh liên kết trồng cà phê đặc sản
- Hội thi "Nhà nông đua tài" vùng Bru - Vân Kiều
""", "2026-04-16", "Bồi dưỡng kỹ năng vận động cho chi hội trưởng nông dân vùng đồng bào Bru - Vân Kiều",
E("tap_huan", "2026", "2026-04-14"),
[P("Hồ Xuân Khải", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Hoàng Thị Thúy Ngân", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Đình Tư", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Lai", "người có uy tín bản Cù Bai"),
 P("Hồ Thị Pâu", "Chi hội trưởng chi hội nông dân bản Ka Tăng")],
[Q("96 chi hội trưởng", 96, "chi hội trưởng"),
 Q("6 chuyên đề", 6, "chuyên đề"),
 Q("8.640 hội viên nông dân", 8640, "hội viên nông dân"),
 Q("72%", 72, "%"),
 Q("138 hộ vay", 138, "hộ vay"),
 Q("4,8 tỷ đồng", 4800000000, "đồng"),
 Q("214 hộ", 214, "hộ"),
 Q("95.000 đồng/kg", 95000, "đồng"),
 Q("20 con bò giống", 20, "con bò giống"),
 Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"),
 Q("5 lớp", 5, "lớp")],
[D("Kế hoạch", "18", "KH/HNDT", "2026-02-20", "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 18-KH/HNDT"),
 D("Kết luận", "61", "KL/TW", None, "Ban Bí thư", "Kết luận 61-KL/TW"),
 D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1719/QĐ-TTg")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Hướng Lập"), com("Thượng Trạch")],
["HỘI NÔNG DÂN TỈNH QUẢNG TRỊ", "Trang chủ >> Tin tức >> Đào tạo, bồi dưỡng", "Ông Hồ Văn Lai chia sẻ kinh nghiệm với học viên.",
 "cầm tay chỉ việc", "Đồn Biên phòng", "bản Cù Bai", "bản Ka Tăng", "Lượt xem: 398"],
["Cập nhật: 10:12, 16/04/2026 (GMT+7)", "Từ ngày 14 đến 16/4", "Năm 2025", "Lượt xem: 398"]))

PAGES.append(page("b554-camau-mttq-soket-2026", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CÀ MAU
Trang chủ | Tin tức | Hoạt động Mặt trận
09/07/2026 - 07:30
Mặt trận tỉnh sơ kết công tác 6 tháng
Ngày 8/7, Ủy ban MTTQ Việt Nam tỉnh Cà Mau tổ chức hội nghị sơ kết công tác Mặt trận và các đoàn thể chính trị - xã hội 6 tháng đầu năm 2026, triển khai nhiệm vụ 6 tháng cuối năm, với 64 điểm cầu trực tuyến tại các xã, phường.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Lâm Văn Bi, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Thạch Thị Sa Na, Huỳnh Quốc Việt, Lê Văn Sử; Hòa thượng Danh Đức, Phó Chủ tịch Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh.
Sáu tháng đầu năm, Mặt trận các cấp đã tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, tỷ lệ cử tri đi bầu đạt 99,3%. Thực hiện Nghị quyết 03-NQ/TU của Tỉnh ủy và Chương trình phối hợp 12/CTrPH-MTTQ-UBND ngày 05/3/2026 giữa Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh, Quỹ "Vì người nghèo" các cấp tiếp nhận hơn 21,6 tỷ đồng; hỗ trợ xây mới 318 căn nhà Đại đoàn kết, sửa chữa 95 căn; trao 6.200 suất học bổng.
Ban Thường trực Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề, trong đó có giám sát dự án đê biển Tây và việc bồi thường cho 286 hộ dân có đất bị thu hồi ở xã Khánh Bình và xã Vĩnh Trạch. Qua giám sát đã kiến nghị 17 nội dung, đến nay phần lớn kiến nghị đã được các cơ quan chức năng tiếp thu, giải quyết.
Ông Tăng Văn Thuận, Trưởng ban công tác Mặt trận ấp Biển Tây, được biểu dương vì vận động 52 hộ ngư dân không khai thác thủy sản bất hợp pháp. Dịp này, Ủy ban MTTQ tỉnh trao Giấy khen cho 18 tập thể, 27 cá nhân.
Kết luận hội nghị, đồng chí Lâm Văn Bi đề nghị 6 tháng cuối năm 2026, Mặt trận các cấp tập trung giám sát việc thực hiện chính sách đối với người dân vùng bị sạt lở, chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc; mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" của Ban công tác Mặt trận.
Các đại biểu cũng thảo luận về việc nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng sau sắp xếp; đề xuất tăng cường ứng dụng chuyển đổi số trong tiếp nhận ý kiến, kiến nghị của cử tri.
Đại diện Ủy ban MTTQ các xã, phường thuộc tỉnh Bạc Liêu cũ đề nghị Ban Thường trực sớm thống nhất quy chế phối hợp, biểu mẫu báo cáo giữa các địa bàn, thuận lợi cho việc theo dõi, tổng hợp kết quả vận động Quỹ "Vì người nghèo".
Huỳnh Như
Lượt xem: 721
Các tin khác
- Mặt trận tỉnh Cà Mau trao nhà Đại đoàn kết cho hộ nghèo Khmer
- Phường Bạc Liêu ra mắt mô hình "Khu dân cư không rác thải nhựa"
- Hội nghị phản biện dự thảo quy hoạch khu tái định cư
- Tuyên truyền phòng, chống khai thác IUU cho ngư dân
""", "2026-07-09", "Mặt trận tỉnh sơ kết công tác 6 tháng",
E("so_ket", "2026-H1", "2026-07-08"),
[P("Lâm Văn Bi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Thị Sa Na", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Quốc Việt", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Sử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Đức", "Hòa thượng", "Phó Chủ tịch Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Tăng Văn Thuận", "Trưởng ban công tác Mặt trận ấp Biển Tây")],
[Q("64 điểm cầu", 64, "điểm cầu"),
 Q("99,3%", 99.3, "%"),
 Q("hơn 21,6 tỷ đồng", 21600000000, "đồng", "over"),
 Q("318 căn nhà Đại đoàn kết", 318, "căn nhà Đại đoàn kết"),
 Q("95 căn", 95, "căn"),
 Q("6.200 suất học bổng", 6200, "suất học bổng"),
 Q("4 cuộc giám sát", 4, "cuộc giám sát"),
 Q("286 hộ dân", 286, "hộ dân"),
 Q("17 nội dung", 17, "nội dung"),
 Q("52 hộ ngư dân", 52, "hộ ngư dân"),
 Q("18 tập thể", 18, "tập thể"),
 Q("27 cá nhân", 27, "cá nhân")],
[D("Nghị quyết", "03", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết 03-NQ/TU"),
 D("Chương trình phối hợp", "12", "CTrPH-MTTQ-UBND", "2026-03-05", "Ban Thường trực Ủy ban MTTQ tỉnh và UBND tỉnh", "Chương trình phối hợp 12/CTrPH-MTTQ-UBND")],
[prov("Cà Mau"), prov("Bạc Liêu"), com("Khánh Bình"), com("Vĩnh Trạch")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH CÀ MAU", "Trang chủ | Tin tức | Hoạt động Mặt trận", "Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Vì người nghèo", "ấp Biển Tây", "Dân vận khéo", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 721"],
["09/07/2026 - 07:30", "6 tháng đầu năm 2026", "6 tháng cuối năm 2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "ít nhất 1 mô hình", "Lượt xem: 721"]))

PAGES.append(page("b555-sonla-bao-danvankheo-2026", """
BÁO SƠN LA ĐIỆN TỬ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Dân tộc - Miền núi
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Tư, 02/09/2026 | 05:30
Ông Lò Văn Panh (giữa) trao đổi với bà con bản Hua Pát.
Người "gõ cửa" từng nhà ở bản Hua Pát
Gần 20 năm làm Bí thư Chi bộ, ông Lò Văn Panh đã vận động bà con bản Hua Pát, xã Mường Bú hiến đất, bỏ cây ngô trên đất dốc để trồng xoài, nhãn. Cách làm của ông vừa được công nhận là mô hình "Dân vận khéo" cấp tỉnh năm 2026.
Bản Hua Pát có 148 hộ người Thái, người Mông. Năm 2015, bản còn 62 hộ nghèo, đường vào bản lầy lội mỗi khi mưa. Ông Lò Văn Panh, Bí thư Chi bộ, Trưởng ban công tác Mặt trận bản Hua Pát, kể: "Muốn dân làm thì mình phải làm trước. Tôi hiến đất vườn nhà mình trước, rồi đến từng nhà nói chuyện, nhà nào chưa thông thì đến lần thứ hai, lần thứ ba".
Theo ông Cầm Văn Chung, Bí thư Đảng ủy xã Mường Bú, thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị và Kết luận 09-KL/ĐU ngày 10/3/2026 của Ban Thường vụ Đảng ủy xã, từ năm 2021 đến nay bản Hua Pát đã có 36 hộ hiến tổng cộng 4.800 m2 đất, góp 1.250 ngày công làm 3,2 km đường bê tông. Toàn bản chuyển đổi 85 ha đất dốc sang trồng cây ăn quả; thu nhập bình quân đạt 52 triệu đồng/người/năm. Số hộ nghèo nay chỉ còn 4 hộ.
Anh Sồng A Dê, thanh niên người Mông ở bản, nói mô hình tổ hợp tác xoài do ông Panh khởi xướng đã giúp các hộ trồng xoài có đầu ra ổn định; mỗi năm tổ bán khoảng 350 tấn xoài, doanh thu hơn 4 tỷ đồng. Bà Quàng Thị Ương, Chủ tịch Hội LHPN xã, cho biết phụ nữ trong bản cũng tham gia tổ chế biến xoài sấy.
Bà Hà Thị Thu Hương, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đánh giá: mô hình ở Hua Pát thể hiện rõ tinh thần "lấy dân làm gốc", cán bộ gần dân, hiểu dân. Ban đang đề xuất nhân rộng cách làm này ra các bản vùng cao của tỉnh trong thời gian tới.
Những năm gần đây, phong trào thi đua "Dân vận khéo" ở tỉnh Sơn La được các cấp ủy quan tâm chỉ đạo, gắn với xây dựng nông thôn mới và giữ gìn an ninh trật tự ở vùng đồng bào dân tộc thiểu số. Ở nhiều bản, người đứng đầu chi bộ đồng thời là người có uy tín, nói được tiếng của đồng bào, hiểu phong tục từng dòng họ nên việc vận động có sức thuyết phục.
Với ông Panh, "khéo" không phải là nói hay. Ông thường họp dân vào buổi tối, khi bà con đã đi nương về; bàn việc gì cũng để các dòng họ cử người tham gia, việc gì chưa thống nhất thì hoãn lại, không ép. Nhờ vậy, nhiều năm liền bản không có đơn thư vượt cấp.
Ông Panh năm nay 61 tuổi, đã có 35 năm tuổi Đảng. Điều ông mong nhất là con đường nội bản còn lại dài 800 m sớm được đổ bê tông trước Tết.
Bài, ảnh: Lò Minh
Tin liên quan
- Sơn La: 512 mô hình "Dân vận khéo" được công nhận
- Mường La: Đồng bào Thái hiến đất làm đường nội bản
- Phát huy vai trò người có uy tín ở vùng đồng bào dân tộc thiểu số
- Thuận Châu: Khéo vận động để dân đồng thuận
""", "2026-09-02", 'Người "gõ cửa" từng nhà ở bản Hua Pát',
E(None, None, None),
[P("Lò Văn Panh", "Bí thư Chi bộ", "Trưởng ban công tác Mặt trận bản Hua Pát"),
 P("Cầm Văn Chung", "Bí thư Đảng ủy xã Mường Bú"),
 P("Sồng A Dê", "thanh niên người Mông"),
 P("Quàng Thị Ương", "Chủ tịch Hội LHPN xã"),
 P("Hà Thị Thu Hương", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("148 hộ", 148, "hộ"),
 Q("62 hộ nghèo", 62, "hộ nghèo"),
 Q("36 hộ", 36, "hộ"),
 Q("4.800 m2", 4800, "m2"),
 Q("1.250 ngày công", 1250, "ngày công"),
 Q("3,2 km", 3.2, "km"),
 Q("85 ha", 85, "ha"),
 Q("52 triệu đồng/người/năm", 52000000, "đồng"),
 Q("còn 4 hộ", 4, "hộ"),
 Q("dài 800 m", 800, "m"),
 Q("khoảng 350 tấn", 350, "tấn", "approx"),
 Q("hơn 4 tỷ đồng", 4000000000, "đồng", "over")],
[D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Kết luận", "09", "KL/ĐU", "2026-03-10", "Ban Thường vụ Đảng ủy xã", "Kết luận 09-KL/ĐU")],
[prov("Sơn La"), com("Mường Bú")],
["BÁO SƠN LA ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Dân tộc - Miền núi", "Trang chủ > Chính trị > Xây dựng Đảng",
 "Ông Lò Văn Panh (giữa) trao đổi với bà con bản Hua Pát.", "Dân vận khéo", "bản Hua Pát", "lấy dân làm gốc", "Bài, ảnh: Lò Minh"],
["Thứ Tư, 02/09/2026 | 05:30", "Gần 20 năm", "Năm 2015", "lần thứ hai, lần thứ ba", "từ năm 2021", "61 tuổi", "35 năm tuổi Đảng"]))

PAGES.append(page("b556-hue-dangu-phuong-giaoban-q3-2026", """
ĐẢNG ỦY PHƯỜNG PHÚ XUÂN - THÀNH PHỐ HUẾ
Trang chủ > Tin tức - Sự kiện > Công tác dân vận
13 tháng 10, 2026 | 14:05
Khối dân vận phường giao ban, bàn giải pháp vận động người dân chỉnh trang đô thị
Sáng 12/10, Ban Thường vụ Đảng ủy phường Phú Xuân tổ chức hội nghị giao ban công tác dân vận quý III/2026, đánh giá kết quả vận động nhân dân tham gia chỉnh trang đô thị, bảo tồn di sản và triển khai nhiệm vụ quý IV.
Đồng chí Tôn Nữ Thị Hoài An phát biểu chỉ đạo.
Chủ trì hội nghị có đồng chí Tôn Nữ Thị Hoài An, Thành ủy viên, Bí thư Đảng ủy phường; đồng chí Nguyễn Phước Bảo, Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường; đồng chí Trần Thị Mỹ Lệ, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường. Dự hội nghị có 28 đồng chí là bí thư chi bộ, trưởng ban công tác Mặt trận các tổ dân phố.
Theo báo cáo, trong quý III, phường đã triển khai Kế hoạch số 31-KH/ĐU ngày 02/7/2026 của Ban Thường vụ Đảng ủy phường về công tác dân vận trong di dời, tái định cư các hộ dân trong Kinh thành Huế, thực hiện Kết luận 48-KL/TW của Bộ Chính trị về xây dựng và phát triển Thừa Thiên Huế, nay là thành phố Huế. Khối dân vận đã tổ chức 42 cuộc tiếp xúc, vận động; 176 hộ đồng ý di dời, bàn giao mặt bằng, đạt 88% kế hoạch. Kinh phí bồi thường, hỗ trợ đã chi trả hơn 215 tỷ đồng.
Ủy ban MTTQ phường vận động các nhà hảo tâm ủng hộ 1,2 tỷ đồng sửa chữa 24 căn nhà cho hộ nghèo, hộ chính sách; Hội CCB phường ra mắt 3 tổ tự quản "Tuyến phố văn minh". Ông Lê Văn Thọ, 74 tuổi, Trưởng ban công tác Mặt trận tổ dân phố 5, được biểu dương vì vận động 19 hộ tự nguyện tháo dỡ công trình lấn chiếm trên bờ sông Ngự Hà.
Tại hội nghị, Đại đức Thích Minh Tuệ, trụ trì chùa Diệu Đế, đề nghị phường quan tâm bố trí nơi đỗ xe cho Phật tử vào dịp lễ lớn. Nhiều bí thư chi bộ kiến nghị đẩy nhanh tiến độ xây dựng khu tái định cư, công khai tiêu chí bố trí căn hộ để người dân yên tâm.
Kết luận hội nghị, đồng chí Tôn Nữ Thị Hoài An đề nghị quý IV các chi bộ tập trung thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng"; phấn đấu đến cuối năm 2026 vận động thêm 40 hộ di dời; mỗi chi bộ đăng ký ít nhất 1 mô hình "Dân vận khéo".
Các đại biểu thống nhất sẽ tổ chức đối thoại định kỳ với các hộ dân thuộc diện di dời ngay tại tổ dân phố, mời đại diện các phòng chuyên môn cùng dự để giải đáp tại chỗ những vướng mắc về chính sách.
Văn phòng Đảng ủy phường
Lượt xem: 284
Tin liên quan
- Phường Phú Xuân ra mắt mô hình "Chi bộ 4 tốt"
- Hội LHPN phường trao 30 suất học bổng cho học sinh nghèo
- Đảng ủy phường học tập chuyên đề năm 2026
- Người dân Kinh thành Huế đồng thuận di dời, giữ gìn di sản
""", "2026-10-13", "Khối dân vận phường giao ban, bàn giải pháp vận động người dân chỉnh trang đô thị",
E("giao_ban", "2026-Q3", "2026-10-12"),
[P("Tôn Nữ Thị Hoài An", "Thành ủy viên", "Bí thư Đảng ủy phường"),
 P("Nguyễn Phước Bảo", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND phường"),
 P("Trần Thị Mỹ Lệ", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Văn Thọ", "Trưởng ban công tác Mặt trận tổ dân phố 5"),
 P("Thích Minh Tuệ", "Đại đức", "trụ trì chùa Diệu Đế")],
[Q("28 đồng chí", 28, "đồng chí"),
 Q("42 cuộc tiếp xúc", 42, "cuộc tiếp xúc"),
 Q("176 hộ", 176, "hộ"),
 Q("88% kế hoạch", 88, "%"),
 Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("24 căn nhà", 24, "căn nhà"),
 Q("3 tổ tự quản", 3, "tổ tự quản"),
 Q("19 hộ", 19, "hộ"),
 Q("40 hộ", 40, "hộ")],
[D("Kế hoạch", "31", "KH/ĐU", "2026-07-02", "Ban Thường vụ Đảng ủy phường", "Kế hoạch số 31-KH/ĐU"),
 D("Kết luận", "48", "KL/TW", None, "Bộ Chính trị", "Kết luận 48-KL/TW")],
[prov("Huế"), prov("Thừa Thiên Huế"), com("Phú Xuân")],
["ĐẢNG ỦY PHƯỜNG PHÚ XUÂN - THÀNH PHỐ HUẾ", "Trang chủ > Tin tức - Sự kiện > Công tác dân vận",
 "Đồng chí Tôn Nữ Thị Hoài An phát biểu chỉ đạo.", "Kinh thành Huế", "Tuyến phố văn minh", "chùa Diệu Đế",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "Dân vận khéo", "Văn phòng Đảng ủy phường", "Lượt xem: 284"],
["13 tháng 10, 2026 | 14:05", "quý IV", "tổ dân phố 5", "74 tuổi", "ít nhất 1 mô hình", "Lượt xem: 284"]))
