from lib import *
PAGES = []

PAGES.append(page("b8831-baclieu-xa-tongket-2024", """
BÁO BẠC LIÊU ĐIỆN TỬ
Thứ Sáu, 20/12/2024, 07:30
Văn hóa - Xã hội :: Đời sống
Xã Long Điền tổng kết phong trào xây dựng đời sống văn hóa năm 2024
Ngày 18/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Long Điền (huyện Đông Hải, tỉnh Bạc Liêu) tổ chức hội nghị tổng kết phong trào năm 2024, triển khai phương hướng năm 2025. Ông Lâm Hoàng Nam, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo chủ trì; dự có bà Trương Thị Kim Thoa, Phó Trưởng phòng Văn hóa và Thông tin huyện Đông Hải.
Năm 2024 là năm đầu tiên xã thực hiện bình xét theo Nghị định số 86/2023/NĐ-CP ngày 7/12/2023 của Chính phủ quy định khung tiêu chuẩn và trình tự, thủ tục, hồ sơ xét tặng danh hiệu "Gia đình văn hóa"; "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu" và Quyết định số 25/2024/QĐ-UBND của UBND tỉnh quy định chi tiết tiêu chuẩn trên địa bàn tỉnh. Theo đó, toàn xã có 4.012/4.326 hộ đạt danh hiệu "Gia đình văn hóa", đạt 92,74%, tăng 0,9% so với năm 2023; 11/12 ấp đạt danh hiệu "Ấp văn hóa".
Long Điền là xã ven biển có đông đồng bào Khmer, Hoa sinh sống, kinh tế chủ yếu dựa vào nuôi tôm, làm muối. Trong năm, nhân dân đã đóng góp hơn 2,3 tỷ đồng làm 8 cây cầu và 6,5 km đường giao thông nông thôn; Quỹ "Vì người nghèo" xã vận động được 186 triệu đồng, xây dựng 7 căn nhà Đại đoàn kết. Số hộ nghèo theo chuẩn mới giảm còn 96 hộ, chiếm 2,2%.
Thực hiện Kế hoạch 20, 21-KH/ĐU của Đảng ủy xã về xây dựng ấp văn hóa và bảo tồn văn hóa đồng bào Khmer, xã đã hỗ trợ 2 chùa Khmer mở 6 lớp dạy chữ Khmer hè cho 168 em học sinh; 12/12 ấp đã rà soát, bổ sung quy ước theo quy định mới.
Ông Thạch Sa Rương, Trưởng ban công tác Mặt trận ấp Cái Cùng, chia sẻ: "Muốn ấp giữ được danh hiệu thì phải làm cho bà con thấy được lợi ích. Từ khi có quy ước cấm xả nước thải ao tôm ra kênh, tôm ít bệnh hơn, bà con tự giác chấp hành".
Hội nghị chỉ ra một số hạn chế: ấp Diêm Điền chưa đạt danh hiệu do còn xảy ra 4 vụ trộm cắp tài sản; một số hộ còn đăng ký gia đình văn hóa mang tính hình thức. Bà Lý Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ xã kiêm Chủ tịch Hội LHPN xã, đề nghị tăng cường vai trò tổ nhân dân tự quản trong việc nhắc nhở các hộ.
Kết luận hội nghị, ông Lâm Hoàng Nam đề nghị năm 2025 các ấp thực hiện tốt Chỉ thị số 08-CT/HU của Ban Thường vụ Huyện ủy Đông Hải về nâng cao chất lượng phong trào; phấn đấu trên 93% hộ đạt gia đình văn hóa, 12/12 ấp đạt danh hiệu văn hóa.
Dịp này, UBND xã tặng giấy khen cho 3 ấp và 40 hộ gia đình văn hóa tiêu biểu, mỗi hộ được tặng 300.000 đồng. Các ông Kim Văn Phước, Tăng Văn Hỷ, Huỳnh Văn Bé - Trưởng ấp nhận giấy khen cho tập thể ấp.
Trúc Ly
Tin liên quan
- Vĩnh Lợi: 94% hộ đạt danh hiệu gia đình văn hóa (16/12/2024)
- Hòa Bình tổ chức Ngày hội Đại đoàn kết điểm tại ấp Láng Giài (15/11/2024)
- Đông Hải bàn giao 30 căn nhà Đại đoàn kết (08/11/2024)
""", "2024-12-20", "Xã Long Điền tổng kết phong trào xây dựng đời sống văn hóa năm 2024",
E("tong_ket", "2024", "2024-12-18"),
[P("Lâm Hoàng Nam", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo"),
 P("Trương Thị Kim Thoa", "Phó Trưởng phòng Văn hóa và Thông tin huyện Đông Hải"),
 P("Thạch Sa Rương", "Trưởng ban công tác Mặt trận ấp Cái Cùng"),
 P("Lý Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ xã kiêm Chủ tịch Hội LHPN xã"),
 P("Kim Văn Phước", "Trưởng ấp"), P("Tăng Văn Hỷ", "Trưởng ấp"), P("Huỳnh Văn Bé", "Trưởng ấp")],
[Q("4.012/4.326 hộ", 4012, "hộ"), Q("92,74%", 92.74, "%"), Q("0,9%", 0.9, "%"), Q("11/12 ấp", 11, "ấp"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("8 cây cầu", 8, "cây cầu"), Q("6,5 km", 6.5, "km"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("7 căn nhà Đại đoàn kết", 7, "căn nhà Đại đoàn kết"), Q("96 hộ", 96, "hộ"),
 Q("2,2%", 2.2, "%"), Q("2 chùa Khmer", 2, "chùa Khmer"), Q("6 lớp dạy chữ Khmer hè", 6, "lớp dạy chữ Khmer hè"),
 Q("168 em học sinh", 168, "em học sinh"), Q("12/12 ấp", 12, "ấp"), Q("4 vụ trộm cắp tài sản", 4, "vụ trộm cắp tài sản"),
 Q("trên 93%", 93, "%", "over"), Q("3 ấp", 3, "ấp"), Q("40 hộ gia đình văn hóa tiêu biểu", 40, "hộ gia đình văn hóa tiêu biểu"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "86", "2023/NĐ-CP", "2023-12-07", "Chính phủ", "Nghị định số 86/2023/NĐ-CP ngày 7/12/2023"),
 D("Quyết định", "25", "2024/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 25/2024/QĐ-UBND"),
 D("Kế hoạch", "20", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 20, 21-KH/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 20, 21-KH/ĐU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy Đông Hải", "Chỉ thị số 08-CT/HU")],
[prov("Bạc Liêu"), com("Long Điền")],
["BÁO BẠC LIÊU ĐIỆN TỬ", "Văn hóa - Xã hội :: Đời sống", "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa",
 "Thôn, tổ dân phố văn hóa", "Xã, phường, thị trấn tiêu biểu", "Ấp văn hóa", "Vì người nghèo", "Cái Cùng", "Diêm Điền"],
["Thứ Sáu, 20/12/2024, 07:30", "năm 2024", "năm 2025", "năm 2023"]))

PAGES.append(page("b8832-ninhthuan-xa-hoinghi-2024", """
Báo Ninh Thuận điện tử
Trang chủ > Xã hội > Văn hóa
29/05/2024 06:00
Các đại biểu dự hội nghị.
Xuân Hải: Triển khai tiêu chuẩn mới về danh hiệu "Gia đình văn hóa" đến từng thôn
Ngày 27/5, UBND xã Xuân Hải (huyện Ninh Hải) tổ chức hội nghị triển khai Nghị định số 86/2023/NĐ-CP ngày 7/12/2023 của Chính phủ về khung tiêu chuẩn, trình tự xét tặng danh hiệu "Gia đình văn hóa", "Thôn, tổ dân phố văn hóa" năm 2024 cho 85 đại biểu là cán bộ thôn, chức sắc tôn giáo, người có uy tín trong đồng bào Chăm.
Đồng chí Châu Văn Lộc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Xuân Hải chủ trì; ông Nguyễn Đình Khoa, Phó Trưởng phòng Văn hóa và Thông tin huyện Ninh Hải trực tiếp phổ biến các nội dung của Nghị định và Quyết định số 18/2024/QĐ-UBND ngày 15/4/2024 của UBND tỉnh Ninh Thuận hướng dẫn thực hiện trên địa bàn tỉnh.
Điểm mới là danh hiệu "Gia đình văn hóa" được xét tặng hằng năm theo 3 tiêu chuẩn với các tiêu chí cụ thể; hộ không đạt danh hiệu nếu có thành viên vi phạm pháp luật bị xử lý. Danh hiệu "Thôn văn hóa" xét tặng 2 năm một lần, yêu cầu tỷ lệ hộ gia đình văn hóa đạt từ 70% trở lên.
Xuân Hải có 6 thôn, 2.950 hộ; riêng 2 thôn Phước Nhơn 1 và Phước Nhơn 2 là làng Chăm với hơn 1.100 hộ. Năm 2023, xã có 2.714 hộ đạt gia đình văn hóa, chiếm 92%; 6/6 thôn đạt danh hiệu văn hóa. Đồng bào Chăm theo đạo Bà-la-môn và Hồi giáo Bani đã đưa nhiều phong tục tốt đẹp vào quy ước làng như tôn trọng người già, giữ gìn tháp, đền thờ, tiết kiệm trong lễ Katê, Ramưwan.
Cả sư Lưu Văn Xuân, chức sắc Bà-la-môn thôn Phước Nhơn 2, cho biết: "Chức sắc chúng tôi sẽ cùng ban nhân dân thôn giải thích cho bà con hiểu tiêu chuẩn mới, nhất là việc giữ gìn vệ sinh chung và nuôi dạy con cháu".
Ông Thập Văn Tánh, Trưởng thôn Phước Nhơn 1 và bà Đàng Thị Mỹ Hạnh, Bí thư Chi bộ thôn Phước Nhơn 2 đề nghị xã hỗ trợ in tài liệu song ngữ Việt - Chăm để phát đến từng hộ. Bà Phú Thị Ngọc, Chủ tịch Ủy ban MTTQ xã cho biết, Mặt trận sẽ phối hợp các thôn tổ chức 12 buổi tuyên truyền tại nhà văn hóa trong tháng 6 và tháng 7, bảo đảm 100% hộ được phổ biến.
Theo Kế hoạch số 102/KH-UBND ngày 10/5/2024 của UBND xã, năm 2024 Xuân Hải phấn đấu có trên 92,5% hộ đạt danh hiệu "Gia đình văn hóa", hỗ trợ 30 triệu đồng cho 6 thôn tổ chức bình xét. Cũng tại hội nghị, 6 thôn đã ký giao ước thi đua thực hiện phong trào năm 2024.
Hoàng Nhung
Tin liên quan
- Ninh Phước: 88% hộ đồng bào Chăm đạt gia đình văn hóa (22/05/2024)
- Thuận Bắc tập huấn nghiệp vụ cho cán bộ văn hóa xã (15/05/2024)
- Lễ hội Katê được công nhận di sản văn hóa phi vật thể quốc gia (03/05/2024)
""", "2024-05-29", 'Xuân Hải: Triển khai tiêu chuẩn mới về danh hiệu "Gia đình văn hóa" đến từng thôn',
E("hoi_nghi", "2024", "2024-05-27"),
[P("Châu Văn Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Xuân Hải"),
 P("Nguyễn Đình Khoa", "Phó Trưởng phòng Văn hóa và Thông tin huyện Ninh Hải"),
 P("Lưu Văn Xuân", "Cả sư", "chức sắc Bà-la-môn thôn Phước Nhơn 2"),
 P("Thập Văn Tánh", "Trưởng thôn Phước Nhơn 1"),
 P("Đàng Thị Mỹ Hạnh", "Bí thư Chi bộ thôn Phước Nhơn 2"),
 P("Phú Thị Ngọc", "Chủ tịch Ủy ban MTTQ xã")],
[Q("85 đại biểu", 85, "đại biểu"), Q("3 tiêu chuẩn", 3, "tiêu chuẩn"), Q("từ 70% trở lên", 70, "%", "over"),
 Q("6 thôn", 6, "thôn"), Q("2.950 hộ", 2950, "hộ"), Q("2 thôn", 2, "thôn"), Q("hơn 1.100 hộ", 1100, "hộ", "over"),
 Q("2.714 hộ", 2714, "hộ"), Q("92%", 92, "%"), Q("6/6 thôn", 6, "thôn"), Q("12 buổi tuyên truyền", 12, "buổi tuyên truyền"),
 Q("100% hộ", 100, "%"), Q("trên 92,5%", 92.5, "%", "over"), Q("30 triệu đồng", 30000000, "đồng")],
[D("Nghị định", "86", "2023/NĐ-CP", "2023-12-07", "Chính phủ", "Nghị định số 86/2023/NĐ-CP ngày 7/12/2023"),
 D("Quyết định", "18", "2024/QĐ-UBND", "2024-04-15", "UBND tỉnh Ninh Thuận", "Quyết định số 18/2024/QĐ-UBND ngày 15/4/2024"),
 D("Kế hoạch", "102", "KH-UBND", "2024-05-10", "UBND xã", "Kế hoạch số 102/KH-UBND ngày 10/5/2024")],
[prov("Ninh Thuận"), com("Xuân Hải")],
["Báo Ninh Thuận điện tử", "Trang chủ > Xã hội > Văn hóa", "Các đại biểu dự hội nghị.", "Gia đình văn hóa",
 "Thôn, tổ dân phố văn hóa", "Thôn văn hóa", "Phước Nhơn 1", "Phước Nhơn 2", "Katê", "Ramưwan"],
["29/05/2024 06:00", "năm 2024", "Năm 2023", "2 năm một lần", "tháng 6 và tháng 7"]))

PAGES.append(page("b8833-quangtri-btgdv-giaoban-2025", """
Báo Quảng Trị điện tử
Bạn đang ở: Trang chủ / Chính trị / Dân vận
Ngày đăng 08/04/2025 | 14:10
Hải Lăng: 92,8% hộ đạt danh hiệu "Gia đình văn hóa" năm 2024
QTO - Ngày 4/4, Ban Tuyên giáo và Dân vận Huyện ủy Hải Lăng tổ chức giao ban công tác dân vận quý I năm 2025 với khối dân vận các xã, thị trấn. Đồng chí Trần Quang Vinh, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo và Dân vận Huyện ủy chủ trì.
Đây là lần giao ban đầu tiên sau khi Ban Tuyên giáo và Dân vận Huyện ủy được thành lập theo Quyết định số 2156-QĐ/HU ngày 20/1/2025 của Ban Thường vụ Huyện ủy trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận Huyện ủy, thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy.
Báo cáo do đồng chí Lê Thị Thu Sương, HUV, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Huyện ủy trình bày cho biết: kết quả bình xét năm 2024 theo Nghị định số 86/2023/NĐ-CP, toàn huyện có 19.640/21.165 hộ đạt danh hiệu "Gia đình văn hóa", đạt 92,8%; 73/92 thôn, khu phố được công nhận danh hiệu văn hóa; 86/92 thôn, khu phố có hương ước, quy ước được công nhận, 6 thôn đang sửa đổi. Quý I, khối dân vận các xã đã nắm tình hình, phối hợp giải quyết 12/14 đơn thư của công dân; vận động nhân dân hiến hơn 4.500 m2 đất làm đường.
Tại giao ban, Phó Bí thư Thường trực Đảng ủy xã Hải Trường Nguyễn Văn Lương cho biết xã đã đưa việc thực hiện hương ước vào tiêu chí bình xét đảng viên; thôn Trường Thọ có 100% hộ đạt gia đình văn hóa. Đồng chí Hoàng Thị Lệ, Trưởng khối dân vận xã Hải Chánh, nêu băn khoăn về việc giữ gìn hương ước, tên làng khi sắp xếp đơn vị hành chính cấp xã.
Các đại biểu cũng phản ánh một số thôn đang chờ sáp nhập nên tâm lý cán bộ chưa ổn định, kinh phí sinh hoạt ở khu dân cư còn hạn chế, chỉ khoảng 5 triệu đồng/thôn/năm.
Phát biểu kết luận, đồng chí Trần Quang Vinh yêu cầu quý II khối dân vận các xã chủ động nắm tư tưởng cán bộ, đảng viên và nhân dân trước việc sắp xếp đơn vị hành chính; thực hiện Kế hoạch số 05-KH/BTGDVHU của Ban Tuyên giáo và Dân vận Huyện ủy; bảo đảm không để gián đoạn các phong trào ở khu dân cư, phấn đấu năm 2025 có trên 93% hộ đạt gia đình văn hóa.
Tại buổi giao ban, đồng chí Hồ Văn Thọ, vừa được bổ nhiệm làm Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy, quán triệt nội dung Quy định số 124-QĐ/TW của Ban Bí thư về vai trò của MTTQ, các đoàn thể trong phát huy dân chủ ở cơ sở.
Thanh Trúc
Tin liên quan
- Triệu Phong: giao ban công tác dân vận quý I (03/04/2025)
- Vĩnh Linh sơ kết 3 năm mô hình "Dân vận khéo" (28/03/2025)
- Cam Lộ: 96% thôn có hương ước phù hợp (20/03/2025)
- Gio Linh tổ chức tọa đàm về sắp xếp thôn, khu phố (14/03/2025)
""", "2025-04-08", 'Hải Lăng: 92,8% hộ đạt danh hiệu "Gia đình văn hóa" năm 2024',
E("giao_ban", "2025-Q1", "2025-04-04"),
[P("Trần Quang Vinh", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Lê Thị Thu Sương", "HUV", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Huyện ủy"),
 P("Nguyễn Văn Lương", "Phó Bí thư Thường trực Đảng ủy xã Hải Trường"),
 P("Hoàng Thị Lệ", "Trưởng khối dân vận xã Hải Chánh"),
 P("Hồ Văn Thọ", "Phó Trưởng Ban Tuyên giáo và Dân vận Huyện ủy")],
[Q("92,8%", 92.8, "%"), Q("19.640/21.165 hộ", 19640, "hộ"), Q("73/92 thôn, khu phố", 73, "thôn, khu phố"),
 Q("86/92 thôn, khu phố", 86, "thôn, khu phố"), Q("6 thôn", 6, "thôn"), Q("12/14 đơn thư", 12, "đơn thư"),
 Q("hơn 4.500 m2", 4500, "m2", "over"), Q("100% hộ", 100, "%"), Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"),
 Q("trên 93%", 93, "%", "over")],
[D("Quyết định", "2156", "QĐ/HU", "2025-01-20", "Ban Thường vụ Huyện ủy", "Quyết định số 2156-QĐ/HU ngày 20/1/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định số 86/2023/NĐ-CP"),
 D("Kế hoạch", "05", "KH/BTGDVHU", None, "Ban Tuyên giáo và Dân vận Huyện ủy", "Kế hoạch số 05-KH/BTGDVHU"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Quảng Trị"), com("Hải Trường"), com("Hải Chánh")],
["Báo Quảng Trị điện tử", "Bạn đang ở: Trang chủ / Chính trị / Dân vận", "QTO", "Gia đình văn hóa", "Trường Thọ"],
["Ngày đăng 08/04/2025 | 14:10", "quý I năm 2025", "năm 2024", "quý II", "năm 2025"]))

PAGES.append(page("b8834-vinhlong-ngayhoi-2025", """
Báo và Phát thanh, Truyền hình Vĩnh Long
Hôm nay: Thứ Ba, 18/11/2025
Chính trị › Mặt trận - Đoàn thể
17/11/2025 - 19:45
Niềm vui Ngày hội Đại đoàn kết ở ấp Ô Mịch
Sáng 16/11, Ban công tác Mặt trận ấp Ô Mịch, xã Cầu Kè tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. Đây là ngày hội đầu tiên của ấp kể từ khi xã Cầu Kè mới được thành lập trên cơ sở sắp xếp thị trấn Cầu Kè, xã Hòa Ân và xã Châu Điền của tỉnh Trà Vinh (cũ), theo Nghị quyết số 1687/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội.
Dự ngày hội có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long Lê Quang Thịnh; đồng chí Thạch Thị Ngọc Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè cùng đông đảo bà con trong ấp.
Ấp Ô Mịch có 486 hộ, trong đó đồng bào Khmer chiếm 78%. Năm 2025, ấp có 462/486 hộ đạt danh hiệu "Gia đình văn hóa", đạt 95,06%; ấp được công nhận danh hiệu "Ấp văn hóa" theo Nghị định số 86/2023/NĐ-CP. Trong năm, bà con trong ấp góp hơn 300 triệu đồng và nhiều ngày công nâng cấp 1,8 km đường nông thôn, lắp 120 bóng đèn chiếu sáng; ấp không còn hộ nghèo theo chuẩn của tỉnh.
Theo ông Sơn Văn Thươl, Trưởng ban công tác Mặt trận ấp, quy ước của ấp vừa được sửa đổi để phù hợp với tổ chức chính quyền địa phương hai cấp; bổ sung các nội dung về phòng chống ma túy, giữ gìn vệ sinh kênh mương, tổ chức lễ Sene Dolta, Ok Om Bok tiết kiệm.
Hòa thượng Thạch Sô Khem, trụ trì chùa Ô Mịch, chia sẻ: "Mỗi dịp lễ, nhà chùa đều nhắc bà con giữ gìn đoàn kết, chăm lo làm ăn. Chùa cũng mở lớp dạy chữ Khmer cho 85 em trong dịp hè".
Phát biểu tại ngày hội, đồng chí Lê Quang Thịnh biểu dương những kết quả ấp đạt được; đề nghị Ban công tác Mặt trận ấp tiếp tục vận động bà con thực hiện tốt cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và phong trào "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau".
Dịp này, Ủy ban MTTQ Việt Nam xã Cầu Kè tặng giấy khen cho 15 hộ gia đình văn hóa tiêu biểu. Bà Kim Thị Sô Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã, trao giấy khen cho 4 chi hội phụ nữ có thành tích trong vận động hội viên xây dựng gia đình "5 không, 3 sạch". Ngày hội còn có các hoạt động văn nghệ, múa Rô băm, đua ghe ngo truyền thống.
Theo Ủy ban MTTQ Việt Nam xã, đến ngày 20/11, toàn xã hoàn thành tổ chức ngày hội ở 28/28 ấp, khóm.
Sa Ry
Tin liên quan
- Vĩnh Long: 100% ấp, khóm tổ chức Ngày hội Đại đoàn kết (14/11/2025)
- Phường Trà Vinh ra mắt mô hình "Khóm văn minh" (10/11/2025)
- Xã Mỏ Cày vận động xây 20 căn nhà Đại đoàn kết (05/11/2025)
""", "2025-11-17", "Niềm vui Ngày hội Đại đoàn kết ở ấp Ô Mịch",
E("khac", None, "2025-11-16"),
[P("Lê Quang Thịnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long"),
 P("Thạch Thị Ngọc Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã Cầu Kè"),
 P("Sơn Văn Thươl", "Trưởng ban công tác Mặt trận ấp"),
 P("Thạch Sô Khem", "Hòa thượng", "trụ trì chùa Ô Mịch"),
 P("Kim Thị Sô Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã - Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("486 hộ", 486, "hộ"), Q("78%", 78, "%"), Q("462/486 hộ", 462, "hộ"), Q("95,06%", 95.06, "%"),
 Q("hơn 300 triệu đồng", 300000000, "đồng", "over"), Q("1,8 km", 1.8, "km"), Q("120 bóng đèn chiếu sáng", 120, "bóng đèn chiếu sáng"),
 Q("85 em", 85, "em"), Q("15 hộ gia đình văn hóa tiêu biểu", 15, "hộ gia đình văn hóa tiêu biểu"), Q("4 chi hội phụ nữ", 4, "chi hội phụ nữ"),
 Q("28/28 ấp, khóm", 28, "ấp, khóm")],
[D("Nghị quyết", "1687", "NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1687/NQ-UBTVQH15 ngày 16/6/2025"),
 D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định số 86/2023/NĐ-CP")],
[prov("Vĩnh Long"), prov("Trà Vinh"), com("Cầu Kè"), com("Hòa Ân"), com("Châu Điền")],
["Báo và Phát thanh, Truyền hình Vĩnh Long", "Hôm nay: Thứ Ba, 18/11/2025", "Chính trị › Mặt trận - Đoàn thể", "Ô Mịch",
 "Gia đình văn hóa", "Ấp văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "5 không, 3 sạch", "Sene Dolta", "Ok Om Bok", "Rô băm",
 "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Ba, 18/11/2025", "17/11/2025 - 19:45", "năm 2025", "5 không, 3 sạch", "hai cấp", "ngày 20/11"]))

PAGES.append(page("b8835-lamdong-mttq-tongket-2026", """
Báo và Phát thanh, Truyền hình Lâm Đồng
Xã hội | Văn hóa | Mặt trận
Cập nhật: 14/01/2026 10:12
Toàn cảnh hội nghị tại xã Quảng Khê.
Xã Quảng Khê triển khai nhiệm vụ xây dựng đời sống văn hóa năm 2026
Ngày 12/1, Ủy ban MTTQ Việt Nam xã Quảng Khê phối hợp với UBND xã tổ chức hội nghị tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Điểu Đông, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã và bà Nguyễn Thị Thanh Xuân, Phó Chủ tịch UBND xã đồng chủ trì.
Xã Quảng Khê (mới) được thành lập từ ngày 1/7/2025 trên cơ sở nhập xã Quảng Khê và xã Đắk Plao thuộc tỉnh Đắk Nông (cũ), theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội, nay thuộc tỉnh Lâm Đồng. Xã có 26 thôn, bon với 5.914 hộ, đồng bào dân tộc thiểu số chiếm khoảng 41%, gồm người Mnông, Mạ, Dao, Tày, Nùng.
Năm 2025, toàn xã có 5.230/5.914 hộ đạt danh hiệu "Gia đình văn hóa", đạt 88,43%; 21/26 thôn, bon được công nhận danh hiệu "Thôn văn hóa" theo Nghị định số 86/2023/NĐ-CP. Sau sắp xếp, Ủy ban MTTQ xã đã hướng dẫn 26/26 thôn, bon rà soát quy ước, bỏ các nội dung không còn phù hợp như tên huyện, thẩm quyền của UBND huyện.
Trong năm, Mặt trận và các tổ chức chính trị - xã hội trực thuộc đã vận động xây dựng 14 căn nhà Đại đoàn kết, trị giá 840 triệu đồng; trao 620 suất quà Tết cho hộ nghèo, hộ cận nghèo. Nhân dân hiến gần 6.000 m2 đất, góp trên 1,9 tỷ đồng làm đường vào khu sản xuất. Tỷ lệ hộ nghèo giảm còn 4,7%.
Già làng Điểu Blông, bon B'Tầu, chia sẻ: "Bon tôi trước kia còn tục đâm trâu, uống rượu nhiều ngày. Nay quy ước bon quy định lễ hội chỉ trong 1 ngày, bà con thấy hợp lý nên làm theo. Năm nay bon có 94 hộ thì 87 hộ đạt gia đình văn hóa".
Bà Triệu Thị Mai, Trưởng ban công tác Mặt trận thôn 6, người Dao, đề nghị xã quan tâm hỗ trợ các hộ mới di cư đến có việc làm ổn định để đủ điều kiện đạt danh hiệu. Các thôn, bon còn gặp khó khăn do 5 thôn chưa có nhà văn hóa đạt chuẩn, còn 31 hộ di cư tự do chưa có đất sản xuất.
Phát biểu chỉ đạo, bà Nguyễn Thị Thanh Xuân đề nghị năm 2026 các thôn, bon thực hiện tốt Kế hoạch số 14-KH/ĐU ngày 2/12/2025 của Đảng ủy xã về xây dựng đời sống văn hóa ở khu dân cư; phấn đấu có trên 90% hộ đạt gia đình văn hóa, 100% thôn, bon có quy ước phù hợp với chính quyền địa phương hai cấp.
Dịp này, Ủy ban MTTQ Việt Nam xã tặng giấy khen cho 4 thôn, bon và 36 hộ gia đình văn hóa tiêu biểu. Các đồng chí Y Thanh, H'Bốt, Lò Văn Tuấn - Trưởng thôn đã ký giao ước thi đua năm 2026.
Phương Quyên
Tin liên quan
- Phường Gia Nghĩa: 91% hộ đạt danh hiệu gia đình văn hóa (09/01/2026)
- Xã Đức Trọng tổng kết công tác Mặt trận năm 2025 (07/01/2026)
- Trao 1.000 suất quà Tết cho hộ nghèo vùng đồng bào dân tộc (05/01/2026)
""", "2026-01-14", "Xã Quảng Khê triển khai nhiệm vụ xây dựng đời sống văn hóa năm 2026",
E("tong_ket", "2025", "2026-01-12"),
[P("Điểu Đông", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Thị Thanh Xuân", "Phó Chủ tịch UBND xã"),
 P("Điểu Blông", "Già làng"),
 P("Triệu Thị Mai", "Trưởng ban công tác Mặt trận thôn 6"),
 P("Y Thanh", "Trưởng thôn"), P("H'Bốt", "Trưởng thôn"), P("Lò Văn Tuấn", "Trưởng thôn")],
[Q("26 thôn, bon", 26, "thôn, bon"), Q("5.914 hộ", 5914, "hộ"), Q("khoảng 41%", 41, "%", "approx"),
 Q("5.230/5.914 hộ", 5230, "hộ"), Q("88,43%", 88.43, "%"), Q("21/26 thôn, bon", 21, "thôn, bon"), Q("26/26 thôn, bon", 26, "thôn, bon"),
 Q("14 căn nhà Đại đoàn kết", 14, "căn nhà Đại đoàn kết"), Q("840 triệu đồng", 840000000, "đồng"), Q("620 suất quà", 620, "suất quà"),
 Q("gần 6.000 m2", 6000, "m2", "approx"), Q("trên 1,9 tỷ đồng", 1900000000, "đồng", "over"), Q("4,7%", 4.7, "%"),
 Q("94 hộ", 94, "hộ"), Q("87 hộ", 87, "hộ"), Q("5 thôn", 5, "thôn"), Q("31 hộ di cư tự do", 31, "hộ di cư tự do"),
 Q("trên 90%", 90, "%", "over"), Q("100% thôn, bon", 100, "%"), Q("4 thôn, bon", 4, "thôn, bon"),
 Q("36 hộ gia đình văn hóa tiêu biểu", 36, "hộ gia đình văn hóa tiêu biểu")],
[D("Nghị quyết", "202", "2025/QH15", "2025-06-12", "Quốc hội", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025"),
 D("Nghị định", "86", "2023/NĐ-CP", None, None, "Nghị định số 86/2023/NĐ-CP"),
 D("Kế hoạch", "14", "KH/ĐU", "2025-12-02", "Đảng ủy xã", "Kế hoạch số 14-KH/ĐU ngày 2/12/2025")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Khê"), com("Đắk Plao")],
["Báo và Phát thanh, Truyền hình Lâm Đồng", "Xã hội | Văn hóa | Mặt trận", "Toàn cảnh hội nghị tại xã Quảng Khê.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Thôn văn hóa", "B'Tầu"],
["Cập nhật: 14/01/2026 10:12", "năm 2025", "năm 2026", "1 ngày", "nhiều ngày", "thôn 6", "hai cấp", "từ ngày 1/7/2025"]))

PAGES.append(page("b8836-phutho-xa-phongsu-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ
Thứ Năm, 12/03/2026 - 06:30
Xã hội » Phóng sự
Chị Bùi Thị Mỏ (bìa phải) hướng dẫn các cháu tập hát ví Mường.
Xã Cao Phong: Gần 95% hộ đạt danh hiệu "Gia đình văn hóa"
Về xã Cao Phong những ngày đầu xuân, đi qua các xóm Mường, dễ nhận thấy những con đường bê tông sạch sẽ, hai bên là hàng rào cây xanh, những nhà sàn được giữ gìn, những bảng quy ước xóm dựng ngay đầu nhà văn hóa. Năm 2025, toàn xã có 4.518/4.760 hộ đạt danh hiệu "Gia đình văn hóa", đạt 94,92%, cao nhất trong các xã vùng đồng bào Mường của tỉnh Phú Thọ.
Xã Cao Phong được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp thị trấn Cao Phong, xã Hợp Phong và xã Thu Phong thuộc tỉnh Hòa Bình (cũ). Ông Bùi Văn Thượng, Chủ tịch UBND xã cho biết: "Sau sắp xếp, điều chúng tôi lo nhất là các xóm mới nhập chưa quen nhau, quy ước mỗi nơi mỗi khác. Vì vậy xã chỉ đạo 34 xóm, khu rà soát lại toàn bộ quy ước ngay trong quý III/2025".
Thực hiện Chương trình hành động số 05-CTr/ĐU của Đảng ủy xã thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, xã đặt mục tiêu mỗi năm có ít nhất 95% hộ đạt danh hiệu gia đình văn hóa, 90% xóm, khu đạt danh hiệu văn hóa. Bà Quách Thị Hiền, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã nói rằng cái được lớn nhất là người dân tự giác: "Năm 2025 có 27/34 xóm, khu được công nhận văn hóa. Nhiều xóm tự đóng góp hơn 100 triệu đồng để sửa nhà văn hóa, mua loa, mua trang phục cho đội văn nghệ".
Ở xóm Dằm, Bí thư Chi bộ, Trưởng xóm Bùi Văn Hải đưa chúng tôi đi thăm những vườn cam đã cho thu hoạch. Xóm có 168 hộ thì 163 hộ đạt gia đình văn hóa, không còn hộ nghèo. Ông Hải kể, quy ước xóm có điều khoản mỗi hộ phải giữ vệ sinh chuồng trại, không đốt rơm rạ, nhà nào có đám cưới thì mâm cỗ không quá 15 mâm. "Ai cũng làm được nên cả xóm đều làm", ông nói.
Nghệ nhân Ưu tú Bùi Thị Mỏ, người xóm Chiềng, đang duy trì câu lạc bộ hát ví, hát đang Mường với 32 thành viên, trong đó có 18 cháu thiếu nhi. Theo bà, việc giữ tiếng nói, lời ca của người Mường cũng là một tiêu chí để bình xét gia đình văn hóa trong quy ước xóm Chiềng.
Bên cạnh kết quả đạt được, xã vẫn còn 242 hộ chưa đạt danh hiệu, phần lớn do có người vi phạm pháp luật hoặc chưa chấp hành quy định về vệ sinh môi trường. Ông Bùi Văn Thượng cho biết năm 2026 xã sẽ thực hiện Nghị định số 86/2023/NĐ-CP của Chính phủ một cách thực chất, gắn danh hiệu với xây dựng xã nông thôn mới nâng cao.
Bài và ảnh: Đinh Thắng
Tin liên quan
- Xã Tân Lạc biểu dương 50 gia đình văn hóa tiêu biểu (02/03/2026)
- Phú Thọ: 91% hộ gia đình đạt danh hiệu văn hóa năm 2025 (20/02/2026)
- Mường Bi giữ gìn lễ hội Khai hạ (10/02/2026)
""", "2026-03-12", 'Xã Cao Phong: Gần 95% hộ đạt danh hiệu "Gia đình văn hóa"',
E("khac", None, None),
[P("Bùi Văn Thượng", "Chủ tịch UBND xã"),
 P("Quách Thị Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Bùi Văn Hải", "Bí thư Chi bộ", "Trưởng xóm"),
 P("Bùi Thị Mỏ", "Nghệ nhân Ưu tú")],
[Q("Gần 95%", 95, "%", "approx"), Q("4.518/4.760 hộ", 4518, "hộ"), Q("94,92%", 94.92, "%"), Q("34 xóm, khu", 34, "xóm, khu"),
 Q("ít nhất 95%", 95, "%", "over"), Q("90% xóm, khu", 90, "%"), Q("27/34 xóm, khu", 27, "xóm, khu"),
 Q("hơn 100 triệu đồng", 100000000, "đồng", "over"), Q("168 hộ", 168, "hộ"), Q("163 hộ", 163, "hộ"), Q("15 mâm", 15, "mâm"),
 Q("32 thành viên", 32, "thành viên"), Q("18 cháu thiếu nhi", 18, "cháu thiếu nhi"), Q("242 hộ", 242, "hộ")],
[D("Chương trình hành động", "05", "CTr/ĐU", None, "Đảng ủy xã", "Chương trình hành động số 05-CTr/ĐU"),
 D("Nghị định", "86", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 86/2023/NĐ-CP")],
[prov("Phú Thọ"), prov("Hòa Bình"), com("Cao Phong"), com("Hợp Phong"), com("Thu Phong")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH PHÚ THỌ", "Xã hội » Phóng sự", "Chị Bùi Thị Mỏ (bìa phải) hướng dẫn các cháu tập hát ví Mường.",
 "Gia đình văn hóa", "Dằm", "Chiềng", "Nghị quyết Đại hội Đảng bộ xã lần thứ I"],
["Thứ Năm, 12/03/2026 - 06:30", "Năm 2025", "quý III/2025", "lần thứ I", "nhiệm kỳ 2025 - 2030", "năm 2026", "từ ngày 1/7/2025"]))
