from lib import *
PAGES = []

PAGES.append(page("b6197-quangninh-coto-bdvhu-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ - TỈNH QUẢNG NINH
Trang chủ » Tin tức - Sự kiện » Công tác dân vận
Thứ Năm, 29/12/2011 - 09:30
Toàn cảnh hội nghị tại Hội trường Huyện ủy.
Huyện đảo Cô Tô: Khối dân vận tổng kết năm 2011
Ngày 27/12/2011, Ban Dân vận Huyện ủy Cô Tô tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Vi Văn Lực, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện chủ trì. Dự hội nghị có đồng chí Nguyễn Hữu Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Ninh, cùng 47 đồng chí là cán bộ khối dân vận, Mặt trận và đoàn thể của huyện, thị trấn Cô Tô, xã Thanh Lân và xã Đồng Tiến.
Năm 2011, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 05, 06-CT/HU về tăng cường công tác dân vận đối với ngư dân khai thác xa bờ và về vận động nhân dân giữ gìn vệ sinh môi trường biển đảo. Ban cũng triển khai Kế hoạch số 31-KH/BDVHU ngày 14/4/2011 về thực hiện Quy chế dân chủ ở cơ sở tại 3 xã, thị trấn.
Toàn huyện có 412 hộ ngư dân với 186 tàu cá, trong đó 37 tàu công suất trên 90 CV. Các đoàn thể đã vận động thành lập 14 tổ đoàn kết trên biển, thu hút hơn 600 lao động nghề cá tham gia. Hội Liên hiệp Phụ nữ huyện giúp 58 hộ nghèo vay vốn với tổng dư nợ gần 2,3 tỷ đồng; Hội Nông dân phối hợp mở 4 lớp dạy nghề cho 125 lao động nông thôn. Tỷ lệ hộ nghèo của huyện giảm còn 6,8%.
Tại hội nghị, bà Đỗ Thị Hương, Chủ tịch Hội Liên hiệp Phụ nữ huyện, đề nghị tăng nguồn vốn ủy thác cho hội viên làm dịch vụ hậu cần nghề cá. Ông Lý Văn Sần, Bí thư Đảng ủy xã Đồng Tiến, nêu khó khăn khi vận động bà con người Sán Dìu chuyển từ nghề lưới kéo ven bờ sang nuôi trồng thủy sản.
Phát biểu chỉ đạo, đồng chí Nguyễn Hữu Thắng ghi nhận Cô Tô là địa phương có nhiều cách làm sáng tạo trong phong trào thi đua "Dân vận khéo", đồng thời đề nghị huyện tiếp tục quán triệt Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 9 tập thể và 15 cá nhân tiêu biểu. Đồng chí Phạm Thanh Bình, Chánh Văn phòng Huyện ủy, đọc quyết định khen thưởng.
Năm 2012, huyện phấn đấu có thêm 3 tổ đoàn kết trên biển, giảm tỷ lệ hộ nghèo thêm 1,5%, 100% thôn, khu phố có tổ hòa giải hoạt động thường xuyên. Ban Dân vận Huyện ủy sẽ phối hợp với Đồn Biên phòng Cô Tô tổ chức 2 đợt tuyên truyền về chủ quyền biển, đảo cho ngư dân trước mùa biển.
Mạnh Trường
Lượt xem: 1.204
Tin liên quan
- Cô Tô: ra mắt tổ đoàn kết trên biển thứ 14 (12/12/2011)
- Hội Nông dân huyện tổng kết 5 năm phong trào sản xuất giỏi (02/12/2011)
- Thanh Lân: vận động 100% hộ dân ký cam kết giữ vệ sinh bãi biển (18/11/2011)
""", "2011-12-29", "Huyện đảo Cô Tô: Khối dân vận tổng kết năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Vi Văn Lực", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Nguyễn Hữu Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy Quảng Ninh"),
 P("Đỗ Thị Hương", "Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
 P("Lý Văn Sần", "Bí thư Đảng ủy xã Đồng Tiến"),
 P("Phạm Thanh Bình", "Chánh Văn phòng Huyện ủy")],
[Q("47 đồng chí", 47, "đồng chí"), Q("3 xã, thị trấn", 3, "xã, thị trấn"), Q("412 hộ ngư dân", 412, "hộ ngư dân"),
 Q("186 tàu cá", 186, "tàu cá"), Q("37 tàu", 37, "tàu"), Q("trên 90 CV", 90, "CV", "over"),
 Q("14 tổ đoàn kết trên biển", 14, "tổ đoàn kết trên biển"), Q("hơn 600 lao động nghề cá", 600, "lao động nghề cá", "over"),
 Q("58 hộ nghèo", 58, "hộ nghèo"), Q("gần 2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("4 lớp", 4, "lớp"),
 Q("125 lao động nông thôn", 125, "lao động nông thôn"), Q("6,8%", 6.8, "%"),
 Q("3 tổ đoàn kết trên biển", 3, "tổ đoàn kết trên biển"), Q("1,5%", 1.5, "%"), Q("100% thôn, khu phố", 100, "%"),
 Q("2 đợt tuyên truyền", 2, "đợt tuyên truyền"), Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Kế hoạch", "31", "KH/BDVHU", "2011-04-14", "Ban Dân vận Huyện ủy", "Kế hoạch số 31-KH/BDVHU ngày 14/4/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Quảng Ninh"), com("Cô Tô"), com("Thanh Lân"), com("Đồng Tiến")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔ TÔ - TỈNH QUẢNG NINH", "Trang chủ » Tin tức - Sự kiện » Công tác dân vận",
 "Toàn cảnh hội nghị tại Hội trường Huyện ủy.", "Dân vận khéo", "Lượt xem: 1.204", "Quy chế dân chủ ở cơ sở"],
["Thứ Năm, 29/12/2011 - 09:30", "47 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b6198-quangngai-lyson-mttq-traoqua-2012", """
Báo Quảng Ngãi điện tử
Xã hội | Nhân ái
Cập nhật: 14:05, 18/01/2012 (GMT+7)
Ảnh: Lãnh đạo MTTQ tỉnh trao quà cho ngư dân Lý Sơn.
Mang Tết sớm đến với ngư dân huyện đảo Lý Sơn
(Báo Quảng Ngãi) - Ngày 16/1, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do đồng chí Trương Quang Nghĩa, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và trao 350 suất quà Tết cho gia đình ngư dân có hoàn cảnh khó khăn ở xã An Vĩnh, xã An Hải và xã An Bình, huyện Lý Sơn.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và nhu yếu phẩm. Đoàn cũng trao 40 phần quà cho thân nhân của 12 ngư dân gặp nạn trên biển trong năm 2011, mỗi phần trị giá 2 triệu đồng, và hỗ trợ 3 gia đình có tàu cá bị chìm tại vùng biển Hoàng Sa, mỗi gia đình 20 triệu đồng từ Quỹ "Vì người nghèo" tỉnh.
Cùng đi với đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Đinh Thị Loan, Lê Văn Hiền; bà Võ Thị Mỹ, Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh. Tiếp đoàn có đồng chí Dương Văn Trọng, Bí thư Huyện ủy, Chủ tịch HĐND huyện Lý Sơn và đồng chí Phạm Thị Bé, Chủ tịch Ủy ban MTTQ Việt Nam huyện.
Báo cáo với đoàn, đồng chí Phạm Thị Bé cho biết năm 2011 toàn huyện có 1.320 lao động trực tiếp bám biển, trên 400 tàu cá, trong đó 96 tàu đánh bắt xa bờ thường xuyên hoạt động tại Hoàng Sa, Trường Sa. Thực hiện Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010 của Thủ tướng Chính phủ về một số chính sách khuyến khích, hỗ trợ khai thác, nuôi trồng hải sản và dịch vụ khai thác hải sản trên các vùng biển xa, Mặt trận huyện đã phối hợp rà soát, đề nghị hỗ trợ nhiên liệu cho 87 chủ tàu với tổng số tiền hơn 4,6 tỷ đồng.
Phát biểu tại buổi trao quà, đồng chí Trương Quang Nghĩa mong muốn bà con tiếp tục đoàn kết, bám biển, vừa sản xuất vừa góp phần bảo vệ chủ quyền biển, đảo của Tổ quốc; đề nghị Mặt trận huyện tiếp tục thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và Kế hoạch liên tịch số 05/KHLT-MTTQ-HLHPN về chăm lo Tết cho hộ nghèo.
Tổng giá trị quà trong đợt này khoảng 275 triệu đồng, do Ủy ban MTTQ tỉnh vận động từ các doanh nghiệp và nhà hảo tâm.
Cũng trong chuyến công tác, đoàn đã đến thăm Đồn Biên phòng Lý Sơn, tặng 20 suất quà cho cán bộ, chiến sĩ; thăm hỏi gia đình ông Nguyễn Văn Lộc, người có uy tín thôn Đông, xã An Vĩnh, có con trai mất tích trên biển tháng 10/2011. Ông Lê Tấn Phát, Chủ tịch Ủy ban MTTQ xã An Hải, cho biết xã đang vận động thành lập thêm 5 tổ đoàn kết trên biển với khoảng 60 tàu tham gia.
Thanh Hà
Tin liên quan
- Trao 200 suất quà cho ngư dân Bình Sơn (14/01/2012)
- Lý Sơn: thêm 6 tàu cá được hỗ trợ đóng mới (09/01/2012)
- Quỹ "Vì người nghèo" tỉnh tiếp nhận 3,2 tỷ đồng (05/01/2012)
""", "2012-01-18", "Mang Tết sớm đến với ngư dân huyện đảo Lý Sơn",
E("trao_qua", None, "2012-01-16"),
[P("Trương Quang Nghĩa", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Thị Loan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Mỹ", "Phó Giám đốc Ngân hàng Chính sách xã hội tỉnh"),
 P("Dương Văn Trọng", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Lý Sơn"),
 P("Phạm Thị Bé", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Lộc", "người có uy tín thôn Đông"),
 P("Lê Tấn Phát", "Chủ tịch Ủy ban MTTQ xã An Hải")],
[Q("350 suất quà", 350, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"),
 Q("40 phần quà", 40, "phần quà"), Q("12 ngư dân", 12, "ngư dân"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("3 gia đình", 3, "gia đình"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("1.320 lao động", 1320, "lao động"), Q("trên 400 tàu cá", 400, "tàu cá", "over"), Q("96 tàu", 96, "tàu"),
 Q("87 chủ tàu", 87, "chủ tàu"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("khoảng 275 triệu đồng", 275000000, "đồng", "approx"), Q("20 suất quà", 20, "suất quà"),
 Q("5 tổ đoàn kết trên biển", 5, "tổ đoàn kết trên biển"), Q("khoảng 60 tàu", 60, "tàu", "approx")],
[D("Quyết định", "48", "2010/QĐ-TTg", "2010-07-13", "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg ngày 13/7/2010"),
 D("Kế hoạch liên tịch", "05", "KHLT-MTTQ-HLHPN", None, None, "Kế hoạch liên tịch số 05/KHLT-MTTQ-HLHPN")],
[prov("Quảng Ngãi"), com("An Vĩnh"), com("An Hải"), com("An Bình")],
["Báo Quảng Ngãi điện tử", "Xã hội | Nhân ái", "Ảnh: Lãnh đạo MTTQ tỉnh trao quà cho ngư dân Lý Sơn.", "(Báo Quảng Ngãi)",
 "Vì người nghèo", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Hoàng Sa", "Trường Sa"],
["Cập nhật: 14:05, 18/01/2012 (GMT+7)", "năm 2011", "tháng 10/2011"]))

PAGES.append(page("b6199-baclieu-ganhhao-bdvhu-giaoban-2013q3", """
BÁO BẠC LIÊU ONLINE
Trang chủ > Chính trị > Xây dựng Đảng
08:15 | 04/10/2013
Đông Hải: Giao ban khối dân vận quý III
Chiều 2/10, tại thị trấn Gành Hào, Ban Dân vận Huyện ủy Đông Hải tổ chức giao ban khối dân vận quý III/2013, triển khai nhiệm vụ quý IV. Đồng chí Lâm Văn Út, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì giao ban.
Đồng chí Lâm Văn Út (giữa) chủ trì giao ban. Ảnh: K.Duy
Theo báo cáo, trong quý III khối dân vận huyện đã phối hợp tổ chức 26 cuộc tuyên truyền tại các ấp ven biển, thu hút hơn 2.100 lượt người dự; vận động 94 chủ tàu ký cam kết không vi phạm vùng biển nước ngoài. Ủy ban MTTQ và các đoàn thể đã vận động xây dựng 11 căn nhà Đại đoàn kết, tổng kinh phí 440 triệu đồng, trong đó có 5 căn cho hộ ngư dân người Khmer ở xã An Phúc và xã Long Điền Tây.
Thực hiện Chỉ thị số 12-CT/TU ngày 8/5/2013 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong vùng ven biển, Ban Dân vận Huyện ủy đã xây dựng kế hoạch số 18-KH/BDVHU, chọn thị trấn Gành Hào làm điểm. Qua đó, 3 vụ việc tranh chấp ngư trường giữa các hộ đóng đáy đã được hòa giải thành; 76% hộ dân ven biển tham gia trồng và bảo vệ rừng phòng hộ.
Tại giao ban, bà Thạch Thị Sa Phin, Phó Chủ tịch Ủy ban MTTQ huyện, đề nghị các xã quan tâm hơn đến đồng bào Khmer làm thuê trên tàu cá. Ông Trần Minh Nhựt, Bí thư Đảng ủy thị trấn Gành Hào, kiến nghị hỗ trợ ngư dân chuyển đổi nghề đóng đáy sang nuôi sò huyết dưới tán rừng.
Các đồng chí Ủy viên Ban Thường vụ Ủy ban MTTQ huyện: Huỳnh Văn Tư, Danh Sà Rênh báo cáo kết quả thực hiện Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" ở vùng biển, trong đó có 8 mô hình đã được công nhận.
Kết luận giao ban, đồng chí Lâm Văn Út yêu cầu quý IV tập trung vận động ngư dân chuẩn bị phương tiện ứng phó bão, chăm lo Tết cho 230 hộ nghèo và hộ cận nghèo, hoàn thành chỉ tiêu 15 mô hình "Dân vận khéo" cấp huyện.
Theo đồng chí Lâm Văn Út, Đông Hải là huyện có bờ biển dài nhất tỉnh Bạc Liêu với hơn 1.100 tàu cá và trên 8.000 lao động nghề biển; cảng cá Gành Hào mỗi năm đón khoảng 15.000 lượt tàu ra vào. Vì vậy, công tác dân vận phải gắn với vận động ngư dân lắp thiết bị giám sát hành trình và tham gia 4 tổ đoàn kết trên biển mới thành lập trong quý.
Khánh Duy
Lượt xem: 532 | Bản in | Gửi email
Các tin khác
- Bạc Liêu: Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận ở Hòa Bình (03/10/2013)
- Giá Rai: ra mắt mô hình "Ngư dân tự quản" (01/10/2013)
- Đông Hải trao 20 căn nhà tình thương (26/09/2013)
- Hội Nông dân tỉnh tập huấn nuôi tôm an toàn (20/09/2013)
- Ban Dân vận Tỉnh ủy giao ban với các huyện ven biển (13/09/2013)
""", "2013-10-04", "Đông Hải: Giao ban khối dân vận quý III",
E("giao_ban", "2013-Q3", "2013-10-02"),
[P("Lâm Văn Út", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thạch Thị Sa Phin", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Trần Minh Nhựt", "Bí thư Đảng ủy thị trấn Gành Hào"),
 P("Huỳnh Văn Tư", "Ủy viên Ban Thường vụ Ủy ban MTTQ huyện"),
 P("Danh Sà Rênh", "Ủy viên Ban Thường vụ Ủy ban MTTQ huyện")],
[Q("26 cuộc tuyên truyền", 26, "cuộc tuyên truyền"), Q("hơn 2.100 lượt người", 2100, "lượt người", "over"),
 Q("94 chủ tàu", 94, "chủ tàu"), Q("11 căn nhà Đại đoàn kết", 11, "căn nhà Đại đoàn kết"),
 Q("440 triệu đồng", 440000000, "đồng"), Q("5 căn", 5, "căn"),
 Q("3 vụ việc tranh chấp ngư trường", 3, "vụ việc tranh chấp ngư trường"), Q("76%", 76, "%"),
 Q("8 mô hình", 8, "mô hình"), Q("230 hộ nghèo và hộ cận nghèo", 230, "hộ nghèo và hộ cận nghèo"),
 Q("15 mô hình", 15, "mô hình"), Q("hơn 1.100 tàu cá", 1100, "tàu cá", "over"),
 Q("trên 8.000 lao động nghề biển", 8000, "lao động nghề biển", "over"), Q("khoảng 15.000 lượt tàu", 15000, "lượt tàu", "approx"),
 Q("4 tổ đoàn kết trên biển", 4, "tổ đoàn kết trên biển")],
[D("Chỉ thị", "12", "CT/TU", "2013-05-08", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 8/5/2013"),
 D("Kế hoạch", "18", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "kế hoạch số 18-KH/BDVHU"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Bạc Liêu"), com("Gành Hào"), com("An Phúc"), com("Long Điền Tây")],
["BÁO BẠC LIÊU ONLINE", "Trang chủ > Chính trị > Xây dựng Đảng", "Lượt xem: 532 | Bản in | Gửi email", "Đồng chí Lâm Văn Út (giữa) chủ trì giao ban. Ảnh: K.Duy",
 "Dân vận khéo"],
["08:15 | 04/10/2013", "quý III/2013", "quý IV"]))

PAGES.append(page("b6200-binhthuan-phuquy-ubnd-doithoai-2014", """
BÌNH THUẬN ONLINE - Báo Bình Thuận
Thời sự > Địa phương
16/08/2014 - 10:05
Ảnh: Toàn cảnh buổi đối thoại tại xã Tam Thanh.
Phú Quý: Chủ tịch UBND huyện đối thoại với ngư dân
Ngày 14/8, UBND huyện Phú Quý phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với ngư dân năm 2014 tại xã Tam Thanh. Đồng chí Nguyễn Văn Khải, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì; cùng dự có bà Hồ Thị Ngọc Thu, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện, và gần 180 ngư dân, chủ tàu của 3 xã Tam Thanh, Ngũ Phụng, Long Hải.
Mở đầu, đồng chí Nguyễn Văn Khải thông tin về việc triển khai Nghị định số 67/2014/NĐ-CP ngày 7/7/2014 của Chính phủ về một số chính sách phát triển thủy sản và Kế hoạch số 2950/KH-UBND của UBND tỉnh thực hiện nghị định này. Hiện huyện có 1.014 tàu cá với hơn 5.200 lao động, trong đó 312 tàu khai thác vùng khơi; đã có 41 hồ sơ đề nghị vay vốn đóng mới tàu vỏ thép.
Có 23 ý kiến được nêu tại đối thoại. Ông Trần Văn Sáu (thôn Mỹ Khê) phản ánh giá dầu tăng, chi phí mỗi chuyến biển lên tới 150 triệu đồng; ông đề nghị huyện kiến nghị tỉnh hỗ trợ thêm. Bà Nguyễn Thị Lựu, Chi hội trưởng Chi hội Phụ nữ thôn Mỹ Khê, đề nghị mở lớp dạy nghề chế biến hải sản cho phụ nữ ven biển. Ông Ngô Văn Út, Tổ trưởng tổ đoàn kết trên biển số 7, kiến nghị nạo vét luồng cảng cá Phú Quý vì nhiều tàu trên 400 CV phải chờ con nước mới vào được cảng.
Trả lời các ý kiến, Chủ tịch UBND huyện cho biết huyện đã đề nghị tỉnh bố trí khoảng 12 tỷ đồng nạo vét luồng trong năm 2015; giao Phòng Nông nghiệp và PTNT phối hợp Ngân hàng Chính sách xã hội giải quyết hồ sơ vay vốn trước ngày 30/9. Các đồng chí Phó Chủ tịch UBND huyện: Trương Văn Dũng, Lê Thị Hoa trả lời các ý kiến về đất ở, điện lưới và học phí cho con em ngư dân.
Theo bà Hồ Thị Ngọc Thu, qua 2 năm thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc Mặt trận và các đoàn thể tham gia góp ý xây dựng Đảng, xây dựng chính quyền, Mặt trận huyện đã tổng hợp 96 ý kiến của cử tri và ngư dân gửi các cơ quan chức năng; 85% ý kiến đã được trả lời.
Kết thúc buổi đối thoại, huyện tặng 50 áo phao cho các tổ đoàn kết trên biển.
Tính đến tháng 7/2014, Ủy ban MTTQ và các đoàn thể huyện đã vận động thành lập 52 tổ đoàn kết trên biển với 486 tàu tham gia; Hội Liên hiệp Phụ nữ huyện duy trì 9 câu lạc bộ "Phụ nữ với biển, đảo quê hương" với 270 hội viên. Huyện cũng đã tiếp nhận 1.500 lá cờ Tổ quốc do một cơ quan báo chí trao tặng để cấp cho ngư dân.
Minh Tuấn
Tin liên quan
- Phú Quý: 6 tháng đầu năm sản lượng khai thác đạt 14.000 tấn (20/07/2014)
- Ngư dân Phú Quý bám biển Trường Sa (02/07/2014)
- Hội nghị Mặt trận huyện đảo lắng nghe ý kiến cử tri (11/06/2014)
""", "2014-08-16", "Phú Quý: Chủ tịch UBND huyện đối thoại với ngư dân",
E("doi_thoai", "2014", "2014-08-14"),
[P("Nguyễn Văn Khải", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Hồ Thị Ngọc Thu", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trần Văn Sáu"),
 P("Nguyễn Thị Lựu", "Chi hội trưởng Chi hội Phụ nữ thôn Mỹ Khê"),
 P("Ngô Văn Út", "Tổ trưởng tổ đoàn kết trên biển số 7"),
 P("Trương Văn Dũng", "Phó Chủ tịch UBND huyện"),
 P("Lê Thị Hoa", "Phó Chủ tịch UBND huyện")],
[Q("gần 180 ngư dân, chủ tàu", 180, "ngư dân, chủ tàu", "approx"), Q("3 xã", 3, "xã"),
 Q("1.014 tàu cá", 1014, "tàu cá"), Q("hơn 5.200 lao động", 5200, "lao động", "over"), Q("312 tàu", 312, "tàu"),
 Q("41 hồ sơ", 41, "hồ sơ"), Q("23 ý kiến", 23, "ý kiến"), Q("150 triệu đồng", 150000000, "đồng"),
 Q("trên 400 CV", 400, "CV", "over"), Q("khoảng 12 tỷ đồng", 12000000000, "đồng", "approx"),
 Q("52 tổ đoàn kết trên biển", 52, "tổ đoàn kết trên biển"), Q("486 tàu", 486, "tàu"), Q("9 câu lạc bộ", 9, "câu lạc bộ"),
 Q("270 hội viên", 270, "hội viên"), Q("1.500 lá cờ Tổ quốc", 1500, "lá cờ Tổ quốc"), Q("96 ý kiến", 96, "ý kiến"), Q("85%", 85, "%"), Q("50 áo phao", 50, "áo phao")],
[D("Nghị định", "67", "2014/NĐ-CP", "2014-07-07", "Chính phủ", "Nghị định số 67/2014/NĐ-CP ngày 7/7/2014"),
 D("Kế hoạch", "2950", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 2950/KH-UBND"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Bình Thuận"), com("Tam Thanh"), com("Ngũ Phụng"), com("Long Hải")],
["BÌNH THUẬN ONLINE - Báo Bình Thuận", "Thời sự > Địa phương", "Ảnh: Toàn cảnh buổi đối thoại tại xã Tam Thanh.",
 "Phụ nữ với biển, đảo quê hương"],
["16/08/2014 - 10:05", "năm 2014", "2 năm", "tổ đoàn kết trên biển số 7", "ngày 30/9", "năm 2015"]))

PAGES.append(page("b6201-haiphong-bachlongvi-mttq-daihoi-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC THÀNH PHỐ HẢI PHÒNG
Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Quận, huyện
Cập nhật lúc 16:30 ngày 24/06/2014
Đại hội MTTQ Việt Nam huyện Bạch Long Vĩ lần thứ IV
Trong 2 ngày 22 và 23/6/2014, Ủy ban MTTQ Việt Nam huyện Bạch Long Vĩ tổ chức Đại hội đại biểu MTTQ Việt Nam huyện lần thứ IV, nhiệm kỳ 2014 - 2019. Dự đại hội có đồng chí Trần Quang Vinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố; đồng chí Bùi Đức Hạnh, Bí thư Huyện ủy, Chủ tịch UBND huyện, cùng 65 đại biểu đại diện cho hơn 900 nhân dân, cán bộ, chiến sĩ đang sinh sống, làm nhiệm vụ trên đảo.
Quang cảnh Đại hội. Ảnh: Hoàng Phương
Báo cáo tại đại hội cho biết, nhiệm kỳ 2009 - 2014, Mặt trận huyện đã vận động nhân dân thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; 100% khu dân cư đạt danh hiệu khu dân cư văn hóa, 96,5% hộ gia đình đạt gia đình văn hóa. Quỹ "Vì người nghèo" của huyện vận động được trên 780 triệu đồng, hỗ trợ xây mới và sửa chữa 18 nhà ở cho ngư dân và hộ thanh niên xung phong ra đảo lập nghiệp. Mặt trận đã tổ chức 14 cuộc giám sát theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, tập trung vào chính sách hỗ trợ nhiên liệu cho tàu khai thác xa bờ.
Đại hội đã hiệp thương cử 25 vị vào Ủy ban MTTQ Việt Nam huyện khóa IV. Tại hội nghị lần thứ nhất, bà Lê Thị Nguyệt, HUV, Trưởng Ban Dân vận Huyện ủy được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa IV; các ông Phạm Văn Hòa, Đoàn Văn Chiến được hiệp thương làm Phó Chủ tịch Ủy ban MTTQ huyện. Đại hội cũng bầu 9 đại biểu dự Đại hội MTTQ Việt Nam thành phố lần thứ XIV.
Phát biểu chỉ đạo, đồng chí Trần Quang Vinh đề nghị Mặt trận huyện tiếp tục quán triệt Chỉ thị số 30-CT/TU của Ban Thường vụ Thành ủy về lãnh đạo đại hội Mặt trận các cấp, chủ động phối hợp Đồn Biên phòng Bạch Long Vĩ và Hải đoàn 28 vận động ngư dân không vi phạm vùng biển nước ngoài; phấn đấu đến năm 2019 có thêm ít nhất 3 tổ đoàn kết trên biển.
Nhân dịp này, Ủy ban MTTQ thành phố tặng 30 suất quà, mỗi suất 1 triệu đồng, cho gia đình chính sách và hộ thanh niên xung phong có hoàn cảnh khó khăn; Hội Liên hiệp Phụ nữ thành phố tặng huyện 200 lá cờ Tổ quốc.
Bạch Long Vĩ là huyện đảo xa nhất của thành phố Hải Phòng, cách đất liền khoảng 110 km. Hiện trên đảo có 112 hộ dân với 445 nhân khẩu, sinh sống tại 3 khu dân cư; năm 2013, sản lượng khai thác của ngư dân và các tàu dịch vụ hậu cần đạt gần 6.000 tấn.
Hoàng Phương
Tin liên quan
- Đại hội MTTQ huyện Cát Hải lần thứ XXII (20/06/2014)
- Hải Phòng: 100% xã, phường hoàn thành đại hội Mặt trận cấp cơ sở (10/06/2014)
- Bạch Long Vĩ đón nhận thêm 12 hộ thanh niên xung phong (28/05/2014)
""", "2014-06-24", "Đại hội MTTQ Việt Nam huyện Bạch Long Vĩ lần thứ IV",
E("dai_hoi", None, "2014-06-22"),
[P("Trần Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Bùi Đức Hạnh", "Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Thị Nguyệt", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa IV"),
 P("Phạm Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Đoàn Văn Chiến", "Phó Chủ tịch Ủy ban MTTQ huyện")],
[Q("65 đại biểu", 65, "đại biểu"), Q("hơn 900 nhân dân, cán bộ, chiến sĩ", 900, "nhân dân, cán bộ, chiến sĩ", "over"),
 Q("100% khu dân cư", 100, "%"), Q("96,5%", 96.5, "%"), Q("trên 780 triệu đồng", 780000000, "đồng", "over"),
 Q("18 nhà ở", 18, "nhà ở"), Q("14 cuộc giám sát", 14, "cuộc giám sát"), Q("25 vị", 25, "vị"),
 Q("9 đại biểu", 9, "đại biểu"), Q("ít nhất 3 tổ đoàn kết trên biển", 3, "tổ đoàn kết trên biển", "over"),
 Q("khoảng 110 km", 110, "km", "approx"), Q("112 hộ dân", 112, "hộ dân"), Q("445 nhân khẩu", 445, "nhân khẩu"),
 Q("3 khu dân cư", 3, "khu dân cư"), Q("gần 6.000 tấn", 6000, "tấn", "approx"), Q("30 suất quà", 30, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Chỉ thị", "30", "CT/TU", None, "Ban Thường vụ Thành ủy", "Chỉ thị số 30-CT/TU")],
[prov("Hải Phòng")],
["CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC THÀNH PHỐ HẢI PHÒNG", "Bạn đang ở: Trang chủ / Hoạt động Mặt trận / Quận, huyện",
 "Quang cảnh Đại hội. Ảnh: Hoàng Phương", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Vì người nghèo",
 "Đồn Biên phòng Bạch Long Vĩ", "Hải đoàn 28"],
["Cập nhật lúc 16:30 ngày 24/06/2014", "lần thứ IV", "nhiệm kỳ 2014 - 2019", "nhiệm kỳ 2009 - 2014", "khóa IV", "lần thứ XIV",
 "2 ngày", "Hải đoàn 28", "năm 2019"]))

PAGES.append(page("b6202-nghean-cualo-bdvtu-taphuan-2015", """
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Chính trị › Xây dựng Đảng
Ngày đăng 10/04/2015 | 16:20
Cửa Lò tập huấn nghiệp vụ dân vận cho cán bộ cơ sở vùng biển
(Baonghean.vn) - Ngày 9/4, Ban Dân vận Thị ủy Cửa Lò tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2015 cho 136 học viên là bí thư chi bộ, khối trưởng, trưởng ban công tác Mặt trận và chi hội trưởng các đoàn thể của 7 phường.
Đồng chí Hoàng Thị Thu Hà phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Hoàng Thị Thu Hà, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ thị xã nhấn mạnh: Cửa Lò có gần 40% dân số sống bằng nghề biển với 623 tàu thuyền, trong đó 158 tàu công suất từ 90 CV trở lên; công tác dân vận ở các khối ven biển phải gắn với việc giữ ổn định ngư trường, bảo vệ chủ quyền biển, đảo.
Trong một ngày, học viên được nghe đồng chí Trần Đình Quế, Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An, truyền đạt chuyên đề về Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và Kế hoạch số 12-KH/TU của Tỉnh ủy thực hiện nghị quyết. Đồng chí Lô Thị Kim Ngân, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, giới thiệu kỹ năng vận động đồng bào Công giáo ở các giáo họ ven biển.
Các đồng chí Phó Trưởng Ban Dân vận Thị ủy: Nguyễn Văn Chương, Võ Thị Hằng hướng dẫn thực hiện Hướng dẫn số 04-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" và quy trình tiếp nhận, xử lý đơn thư tại khối, xóm.
Theo báo cáo, năm 2014 khối dân vận thị xã đã phối hợp hòa giải thành 21 vụ việc mâu thuẫn trong ngư dân, vận động 96 hộ kinh doanh ven biển ký cam kết không chèo kéo du khách; phường Nghi Thủy và phường Nghi Hải có 12 mô hình "Dân vận khéo" được công nhận. Ông Phan Văn Lợi, Bí thư Chi bộ khối Hải Giang 1, phường Nghi Hải, chia sẻ cách vận động 34 hộ ngư dân góp hơn 300 triệu đồng mở rộng bến neo đậu tàu thuyền.
Bế mạc lớp tập huấn, Ban Dân vận Thị ủy trao giấy chứng nhận cho 136 học viên.
Thị xã hiện có 7 phường, 2 xã với 4 giáo họ Công giáo và 3 ban công tác Mặt trận ở khu vực giáo dân. Năm 2015, Ban Dân vận Thị ủy đặt mục tiêu mỗi phường có ít nhất 2 mô hình "Dân vận khéo", 100% khối, xóm ven biển có tổ tự quản an ninh trật tự.
Quang Thành
Tin liên quan
- Nghi Lộc: đối thoại với ngư dân về quy hoạch cảng cá (02/04/2015)
- Diễn Châu: 5 năm thực hiện Quy chế dân vận (25/03/2015)
- Quỳnh Lưu ra mắt tổ dân vận ven biển (18/03/2015)
""", "2015-04-10", "Cửa Lò tập huấn nghiệp vụ dân vận cho cán bộ cơ sở vùng biển",
E("tap_huan", "2015", "2015-04-09"),
[P("Hoàng Thị Thu Hà", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ thị xã"),
 P("Trần Đình Quế", "Phó Trưởng Ban Dân vận Tỉnh ủy Nghệ An"),
 P("Lô Thị Kim Ngân", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Chương", "Phó Trưởng Ban Dân vận Thị ủy"),
 P("Võ Thị Hằng", "Phó Trưởng Ban Dân vận Thị ủy"),
 P("Phan Văn Lợi", "Bí thư Chi bộ khối Hải Giang 1")],
[Q("136 học viên", 136, "học viên"), Q("7 phường", 7, "phường"), Q("gần 40%", 40, "%", "approx"),
 Q("623 tàu thuyền", 623, "tàu thuyền"), Q("158 tàu", 158, "tàu"), Q("từ 90 CV trở lên", 90, "CV", "over"),
 Q("21 vụ việc mâu thuẫn", 21, "vụ việc mâu thuẫn"), Q("96 hộ kinh doanh ven biển", 96, "hộ kinh doanh ven biển"),
 Q("12 mô hình", 12, "mô hình"), Q("2 xã", 2, "xã"), Q("4 giáo họ Công giáo", 4, "giáo họ Công giáo"),
 Q("3 ban công tác Mặt trận", 3, "ban công tác Mặt trận"), Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("100% khối, xóm", 100, "%"), Q("34 hộ ngư dân", 34, "hộ ngư dân"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013"),
 D("Kế hoạch", "12", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 12-KH/TU"),
 D("Hướng dẫn", "04", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 04-HD/BDVTU")],
[prov("Nghệ An"), com("Nghi Thủy"), com("Nghi Hải")],
["BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Chính trị › Xây dựng Đảng", "(Baonghean.vn)",
 "Đồng chí Hoàng Thị Thu Hà phát biểu khai mạc lớp tập huấn.", "Dân vận khéo"],
["Ngày đăng 10/04/2015 | 16:20", "năm 2015", "một ngày", "khóa XI", "năm 2014"]))
