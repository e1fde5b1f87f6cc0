from lib import *
PAGES = []

PAGES.append(page("b8825-hoabinh-mttq-giamsat-2021", """
Báo Hòa Bình điện tử
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Cập nhật: 09:42, 15/09/2021 (GMT+7)
Mặt trận xã Tú Sơn giám sát việc bình xét gia đình văn hóa ở khu dân cư
(HBĐT) - Ngày 13/9, Ban Thường trực Ủy ban MTTQ xã Tú Sơn (huyện Kim Bôi) tổ chức giám sát việc thực hiện quy ước và bình xét danh hiệu "Gia đình văn hóa" năm 2021 tại xóm Đồng Bài và xóm Mớ Đá. Bà Bùi Thị Lan, Phó Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn; các thành viên đoàn giám sát: Bùi Văn Khuyên - Chủ tịch Hội Nông dân xã, Xa Thị Thu - Chủ tịch Hội LHPN xã.
Cuộc giám sát được thực hiện theo Kế hoạch số 09/KH-MTTQ ngày 10/8/2021 của Ban Thường trực Ủy ban MTTQ xã, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của MTTQ Việt Nam.
Theo báo cáo của UBND xã, Tú Sơn có 9 xóm với 1.732 hộ, phần lớn là đồng bào Mường. Đầu năm 2021 có 1.598 hộ đăng ký xây dựng gia đình văn hóa. Năm 2020, xã có 1.529 hộ được công nhận, đạt 88,3%; 7/9 xóm đạt danh hiệu "Xóm văn hóa". Đến nay 6/9 xóm đã xây dựng lại quy ước theo Quyết định 22/2018/QĐ-TTg và được UBND huyện công nhận; 3 xóm đang lấy ý kiến nhân dân về dự thảo.
Qua giám sát tại xóm Đồng Bài, đoàn ghi nhận việc bình xét được tổ chức theo từng nhóm hộ, mỗi nhóm không quá 20 người để bảo đảm phòng, chống dịch Covid-19; biên bản, danh sách được niêm yết công khai tại nhà văn hóa xóm. Tuy nhiên, tại xóm Mớ Đá, quy ước cũ vẫn còn điều khoản phạt 200.000 đồng đối với hộ không tham gia lao động công ích, trái với quy định hiện hành; có 11 hộ chưa ký cam kết thực hiện quy ước nhưng vẫn có tên trong danh sách đề nghị công nhận.
Ông Đinh Công Sứ, Trưởng xóm Đồng Bài, cho biết: "Xóm có 214 hộ thì 196 hộ được bà con nhất trí đề nghị. Hộ nào để con em đánh nhau, uống rượu gây rối hay không giữ vệ sinh chuồng trại thì xóm đều nêu tên để sửa".
Đồng chí Bùi Văn Thắng, Đảng ủy viên, Chủ tịch Ủy ban MTTQ xã đề nghị UBND xã chỉ đạo xóm Mớ Đá bỏ ngay điều khoản phạt tiền trong quy ước, rà soát lại 11 hộ nêu trên; ông Quách Văn Nhỡn, Chủ tịch UBND xã tiếp thu và cam kết hoàn thành trước ngày 30/10/2021.
Kết thúc giám sát, đoàn đã có 4 kiến nghị với UBND xã, trong đó đề nghị bố trí kinh phí khoảng 15 triệu đồng hỗ trợ 3 xóm hoàn thiện, in ấn quy ước phát đến từng hộ. Mục tiêu năm 2021 của xã là ít nhất 89% hộ đạt danh hiệu gia đình văn hóa.
Bùi Minh
Tin liên quan
- Lạc Sơn: 87% xóm có quy ước phù hợp quy định (09/09/2021)
- Mặt trận huyện Kim Bôi giám sát hỗ trợ người dân gặp khó khăn do dịch (01/09/2021)
- Tân Lạc giữ gìn bản sắc văn hóa Mường trong hương ước (20/08/2021)
""", "2021-09-15", "Mặt trận xã Tú Sơn giám sát việc bình xét gia đình văn hóa ở khu dân cư",
E("giam_sat", "2021", "2021-09-13"),
[P("Bùi Thị Lan", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Bùi Văn Khuyên", "Chủ tịch Hội Nông dân xã"), P("Xa Thị Thu", "Chủ tịch Hội LHPN xã"),
 P("Đinh Công Sứ", "Trưởng xóm Đồng Bài"),
 P("Bùi Văn Thắng", "Đảng ủy viên", "Chủ tịch Ủy ban MTTQ xã"),
 P("Quách Văn Nhỡn", "Chủ tịch UBND xã")],
[Q("9 xóm", 9, "xóm"), Q("1.732 hộ", 1732, "hộ"), Q("1.598 hộ", 1598, "hộ"), Q("1.529 hộ", 1529, "hộ"), Q("88,3%", 88.3, "%"),
 Q("7/9 xóm", 7, "xóm"), Q("6/9 xóm", 6, "xóm"), Q("3 xóm", 3, "xóm"), Q("không quá 20 người", 20, "người"),
 Q("200.000 đồng", 200000, "đồng"), Q("11 hộ", 11, "hộ"), Q("214 hộ", 214, "hộ"), Q("196 hộ", 196, "hộ"),
 Q("4 kiến nghị", 4, "kiến nghị"), Q("khoảng 15 triệu đồng", 15000000, "đồng", "approx"), Q("ít nhất 89%", 89, "%", "over")],
[D("Kế hoạch", "09", "KH-MTTQ", "2021-08-10", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 09/KH-MTTQ ngày 10/8/2021"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "22", "2018/QĐ-TTg", None, None, "Quyết định 22/2018/QĐ-TTg")],
[prov("Hòa Bình"), com("Tú Sơn")],
["Báo Hòa Bình điện tử", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "(HBĐT)", "Gia đình văn hóa", "Xóm văn hóa",
 "Đồng Bài", "Mớ Đá", "Covid-19"],
["Cập nhật: 09:42, 15/09/2021 (GMT+7)", "năm 2021", "Năm 2020", "Covid-19", "ngày 30/10/2021"]))

PAGES.append(page("b8826-khanhhoa-phuong-soket-2021", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Thứ Sáu, 09/07/2021, 10:05
Xã hội - Văn hóa
Vĩnh Hòa: Tổ dân phố văn hóa chung sức phòng, chống dịch
Sáng 7/7, UBND phường Vĩnh Hòa, TP. Nha Trang tổ chức hội nghị trực tuyến sơ kết 6 tháng đầu năm 2021 phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" và cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Phó Chủ tịch UBND phường Nguyễn Thị Thanh Tâm chủ trì hội nghị tại điểm cầu chính; 22 tổ dân phố tham dự tại 22 điểm cầu.
Ảnh: Hội nghị được tổ chức theo hình thức trực tuyến.
Theo báo cáo, phường Vĩnh Hòa có 22 tổ dân phố với 5.130 hộ. 6 tháng đầu năm 2021, có 4.862 hộ đăng ký xây dựng gia đình văn hóa, đạt 94,8%; 21/22 tổ dân phố đăng ký danh hiệu "Tổ dân phố văn hóa". Thực hiện Nghị quyết số 12-NQ/ĐU và Kế hoạch số 27-KH/ĐU ngày 5/3/2021 của Đảng ủy phường về xây dựng tổ dân phố văn minh, các tổ dân phố đã bổ sung vào quy ước nội dung phòng, chống dịch, giữ gìn vệ sinh bãi biển, không lấn chiếm vỉa hè.
Trong đợt dịch từ cuối tháng 6, các tổ dân phố đã lập 22 tổ Covid cộng đồng với 176 thành viên, hỗ trợ 1.200 suất quà cho người lao động tự do, hộ kinh doanh nhỏ bị ảnh hưởng, tổng trị giá khoảng 360 triệu đồng. Thực hiện Chỉ thị 19/CT-UBND của UBND tỉnh Khánh Hòa, các hộ gia đình đã ký cam kết không tụ tập quá 10 người nơi công cộng.
Ông Phan Văn Hiếu, Trưởng ban công tác Mặt trận tổ dân phố Tây Bắc, chia sẻ: "Bình xét gia đình văn hóa năm nay chúng tôi đưa thêm tiêu chí chấp hành phòng dịch. Nhà nào vi phạm, bị xử phạt thì cuối năm khó được công nhận".
Tại hội nghị, bà Trần Thị Ngọc Hân, vừa được bầu làm Chủ tịch Ủy ban MTTQ phường, báo cáo kết quả vận động Quỹ "Vì người nghèo" 6 tháng đầu năm đạt 145 triệu đồng, tăng 20% so với cùng kỳ; đã sửa chữa 2 căn nhà cho hộ nghèo với kinh phí 60 triệu đồng. Các đồng chí Tổ trưởng tổ dân phố: Lê Thị Hoa, Nguyễn Văn Thành, Đỗ Minh Hải đề nghị phường hướng dẫn cách tổ chức họp tổ dân phố khi không được tập trung đông người.
Hội nghị cũng chỉ ra hạn chế: một số tổ dân phố tỷ lệ hộ đăng ký gia đình văn hóa còn thấp, chỉ đạt 86%; còn 14 hộ vi phạm trật tự đô thị nhiều lần.
Kết luận hội nghị, bà Nguyễn Thị Thanh Tâm yêu cầu 6 tháng cuối năm các tổ dân phố tiếp tục thực hiện nghiêm Nghị định số 122/2018/NĐ-CP của Chính phủ trong bình xét, không chạy theo số lượng; phấn đấu cuối năm có trên 92% hộ đạt danh hiệu gia đình văn hóa, 20 tổ dân phố đạt danh hiệu văn hóa.
Văn Tùng
Tin cùng chuyên mục
- Vạn Ninh: 93% thôn có quy ước sửa đổi (05/07/2021)
- Ninh Hòa biểu dương 45 gia đình văn hóa tiêu biểu (28/06/2021)
- Cam Lâm sơ kết công tác Mặt trận 6 tháng đầu năm (25/06/2021)
""", "2021-07-09", "Vĩnh Hòa: Tổ dân phố văn hóa chung sức phòng, chống dịch",
E("so_ket", "2021-H1", "2021-07-07"),
[P("Nguyễn Thị Thanh Tâm", "Phó Chủ tịch UBND phường"),
 P("Phan Văn Hiếu", "Trưởng ban công tác Mặt trận tổ dân phố Tây Bắc"),
 P("Trần Thị Ngọc Hân", "Chủ tịch Ủy ban MTTQ phường"),
 P("Lê Thị Hoa", "Tổ trưởng tổ dân phố"), P("Nguyễn Văn Thành", "Tổ trưởng tổ dân phố"), P("Đỗ Minh Hải", "Tổ trưởng tổ dân phố")],
[Q("22 tổ dân phố", 22, "tổ dân phố"), Q("22 điểm cầu", 22, "điểm cầu"), Q("5.130 hộ", 5130, "hộ"), Q("4.862 hộ", 4862, "hộ"),
 Q("94,8%", 94.8, "%"), Q("21/22 tổ dân phố", 21, "tổ dân phố"), Q("22 tổ Covid cộng đồng", 22, "tổ Covid cộng đồng"),
 Q("176 thành viên", 176, "thành viên"), Q("1.200 suất quà", 1200, "suất quà"), Q("khoảng 360 triệu đồng", 360000000, "đồng", "approx"),
 Q("quá 10 người", 10, "người"), Q("145 triệu đồng", 145000000, "đồng"), Q("20%", 20, "%"), Q("2 căn nhà", 2, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("86%", 86, "%"), Q("14 hộ", 14, "hộ"), Q("trên 92%", 92, "%", "over"),
 Q("20 tổ dân phố", 20, "tổ dân phố")],
[D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết số 12-NQ/ĐU"),
 D("Kế hoạch", "27", "KH/ĐU", "2021-03-05", "Đảng ủy phường", "Kế hoạch số 27-KH/ĐU ngày 5/3/2021"),
 D("Chỉ thị", "19", "CT-UBND", None, "UBND tỉnh Khánh Hòa", "Chỉ thị 19/CT-UBND"),
 D("Nghị định", "122", "2018/NĐ-CP", None, "Chính phủ", "Nghị định số 122/2018/NĐ-CP")],
[prov("Khánh Hòa"), com("Vĩnh Hòa")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội - Văn hóa", "Ảnh: Hội nghị được tổ chức theo hình thức trực tuyến.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
 "Tổ dân phố văn hóa", "Vì người nghèo", "Tây Bắc", "Covid"],
["Thứ Sáu, 09/07/2021, 10:05", "6 tháng đầu năm 2021", "6 tháng cuối năm", "cuối tháng 6"]))

PAGES.append(page("b8827-caobang-xa-tongket-2022", """
Báo Cao Bằng điện tử
Thời sự > Xã hội > Văn hóa cơ sở
Thứ Hai, 26/12/2022 | 16:40
Quang cảnh hội nghị. Ảnh: Bế Thu
Đức Long: 6/8 xóm đạt danh hiệu "Xóm văn hóa"
Ngày 23/12, UBND xã Đức Long (Thạch An) tổ chức hội nghị tổng kết phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2022 và biểu dương gia đình văn hóa tiêu biểu. Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã Nông Văn Mạy; ông Lục Văn Thiêm, Chủ tịch UBND xã dự và chủ trì hội nghị.
Đức Long là xã vùng cao, có 8 xóm với 792 hộ, đồng bào Tày, Nùng, Dao chiếm trên 98% dân số. Năm 2022, toàn xã có 701/792 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 88,5%; 6/8 xóm được công nhận "Xóm văn hóa", tăng 1 xóm so với năm 2021. Tất cả 8 xóm đã sửa đổi, bổ sung quy ước, đưa vào các nội dung về không tổ chức cỗ bàn linh đình trong đám cưới, đám ma, không tảo hôn, không thả rông gia súc.
Báo cáo do bà Hoàng Thị Pẻng, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo phong trào xã trình bày cho biết, từ nguồn vốn của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ, xã đã được đầu tư 1,85 tỷ đồng làm đường, sửa chữa 3 nhà văn hóa xóm; nhân dân hiến 1.250 m2 đất và góp hơn 2.100 ngày công. Tỷ lệ hộ nghèo giảm từ 31,6% xuống còn 26,4%.
Thực hiện Nghị quyết số 07-NQ/ĐU ngày 15/2/2022 của Đảng ủy xã về bảo tồn, phát huy bản sắc văn hóa các dân tộc, xã thành lập 2 câu lạc bộ hát then, đàn tính và 1 đội văn nghệ người Dao với 45 thành viên.
Bà Bàn Thị Nải, người Dao ở xóm Khau Khoang, chia sẻ: "Trước đây đám ma nhà người Dao làm cả tuần, giết nhiều lợn, nhiều nhà phải đi vay. Nay quy ước xóm quy định không quá 3 ngày, bà con đã làm theo, đỡ tốn kém nhiều".
Tại hội nghị, ông Triệu Văn Phấu, Trưởng xóm Khau Khoang và bà Đàm Thị Xuân, Bí thư Chi bộ xóm Nà Mười đề nghị xã tiếp tục hỗ trợ xây dựng nhà văn hóa cho 2 xóm còn lại, vì hiện bà con vẫn phải họp nhờ nhà dân.
Phát biểu chỉ đạo, đồng chí Nông Văn Mạy yêu cầu năm 2023 các xóm gắn bình xét gia đình văn hóa với thực hiện Kết luận 15, 16-KL/HU của Ban Thường vụ Huyện ủy Thạch An về giảm nghèo bền vững và xây dựng nông thôn mới; phấn đấu có từ 90% hộ trở lên đạt danh hiệu gia đình văn hóa, 7/8 xóm đạt danh hiệu văn hóa.
Dịp này, UBND xã khen thưởng 20 gia đình văn hóa tiêu biểu, mỗi gia đình được tặng giấy khen và 200.000 đồng.
Bế Thu
Tin liên quan
- Thạch An: 85,7% hộ đạt gia đình văn hóa (20/12/2022)
- Hà Quảng bảo tồn hát then trong cộng đồng (12/12/2022)
- Ngày hội Đại đoàn kết ở xóm Nà Pò (18/11/2022)
""", "2022-12-26", 'Đức Long: 6/8 xóm đạt danh hiệu "Xóm văn hóa"',
E("tong_ket", "2022", "2022-12-23"),
[P("Nông Văn Mạy", "Phó Bí thư Thường trực Đảng ủy - Chủ tịch HĐND xã"),
 P("Lục Văn Thiêm", "Chủ tịch UBND xã"),
 P("Hoàng Thị Pẻng", "Phó Chủ tịch UBND xã", "Trưởng Ban Chỉ đạo phong trào xã"),
 P("Bàn Thị Nải"),
 P("Triệu Văn Phấu", "Trưởng xóm Khau Khoang"),
 P("Đàm Thị Xuân", "Bí thư Chi bộ xóm Nà Mười")],
[Q("6/8 xóm", 6, "xóm"), Q("8 xóm", 8, "xóm"), Q("792 hộ", 792, "hộ"), Q("trên 98%", 98, "%", "over"),
 Q("701/792 hộ", 701, "hộ"), Q("88,5%", 88.5, "%"), Q("1,85 tỷ đồng", 1850000000, "đồng"),
 Q("3 nhà văn hóa xóm", 3, "nhà văn hóa xóm"), Q("1.250 m2", 1250, "m2"), Q("hơn 2.100 ngày công", 2100, "ngày công", "over"),
 Q("31,6%", 31.6, "%"), Q("26,4%", 26.4, "%"), Q("2 câu lạc bộ hát then, đàn tính", 2, "câu lạc bộ hát then, đàn tính"),
 Q("45 thành viên", 45, "thành viên"), Q("2 xóm", 2, "xóm"), Q("từ 90% hộ trở lên", 90, "%", "over"), Q("7/8 xóm", 7, "xóm"),
 Q("20 gia đình văn hóa tiêu biểu", 20, "gia đình văn hóa tiêu biểu"), Q("200.000 đồng", 200000, "đồng")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "07", "NQ/ĐU", "2022-02-15", "Đảng ủy xã", "Nghị quyết số 07-NQ/ĐU ngày 15/2/2022"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy Thạch An", "Kết luận 15, 16-KL/HU"),
 D("Kết luận", "16", "KL/HU", None, "Ban Thường vụ Huyện ủy Thạch An", "Kết luận 15, 16-KL/HU")],
[prov("Cao Bằng"), com("Đức Long")],
["Báo Cao Bằng điện tử", "Thời sự > Xã hội > Văn hóa cơ sở", "Quang cảnh hội nghị. Ảnh: Bế Thu", "Xóm văn hóa",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "Gia đình văn hóa", "Khau Khoang", "Nà Mười",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Hai, 26/12/2022 | 16:40", "năm 2022", "năm 2021", "năm 2023", "cả tuần", "3 ngày", "1 xóm"]))

PAGES.append(page("b8828-longan-mttq-giaoban-2022", """
BÁO LONG AN ONLINE
Chính trị - Xã hội | Mặt trận
04/11/2022 08:30 GMT+7
Cần Giuộc: Nâng chất danh hiệu gia đình văn hóa ở các xã
(LA) - Ngày 2/11, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Cần Giuộc tổ chức giao ban công tác Mặt trận tháng 10/2022 với Chủ tịch Ủy ban MTTQ các xã, thị trấn. Ông Võ Văn Tám, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện chủ trì.
Nội dung trọng tâm của buổi giao ban tháng 10 là rà soát kết quả bình xét gia đình văn hóa năm 2022 và chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư. Theo báo cáo nhanh của 15 xã, thị trấn, đến cuối tháng 10 toàn huyện có 49.870 hộ được các ấp, khu phố đề nghị công nhận gia đình văn hóa, đạt 95,1%; 117/120 ấp, khu phố đăng ký danh hiệu văn hóa.
Một số xã có tỷ lệ cao như xã Phước Lâm đạt 96,2%, xã Long Hậu đạt 93,5%; thị trấn Cần Giuộc đạt 91,8% do có nhiều hộ tạm trú là công nhân các khu công nghiệp. Các đồng chí Chủ tịch Ủy ban MTTQ xã: Nguyễn Thị Bé Năm (Phước Lâm), Trần Văn Sáu (Long Hậu) chia sẻ cách làm: bình xét ngay từ tổ nhân dân tự quản, mời cả hộ tạm trú dự họp; hộ nào chưa đạt được nêu rõ lý do và có người giúp đỡ.
Bà Huỳnh Thị Kiều, Chủ tịch Ủy ban MTTQ thị trấn Cần Giuộc, phản ánh việc vận động hộ tạm trú tham gia quy ước khu phố còn khó, nhiều người đi làm ca, không dự họp được. Ông Lê Hoàng Phong, Chủ tịch Ủy ban MTTQ xã Tân Tập, đề nghị huyện sớm có văn bản hướng dẫn bình xét đối với hộ tạm trú trên 12 tháng.
Ông Võ Văn Tám lưu ý các xã thực hiện đúng Nghị định 122/2018/NĐ-CP, Quyết định số 36/2019/QĐ-UBND ngày 12/8/2019 của UBND tỉnh Long An về tiêu chuẩn danh hiệu văn hóa và Hướng dẫn số 15/HD-MTTQ-BTT ngày 10/10/2022 của Ban Thường trực Ủy ban MTTQ huyện; không để tình trạng "cào bằng", "vận động cho đủ chỉ tiêu". Mỗi ấp, khu phố phải có ít nhất 2 cuộc họp dân bình xét, công khai danh sách 5 ngày trước khi gửi UBND xã.
Về Ngày hội Đại đoàn kết năm 2022, Mặt trận huyện chọn ấp Phước Thạnh, xã Phước Lâm làm điểm; các xã tổ chức tại 100% ấp, khu phố từ ngày 10 đến 18/11. Kinh phí hỗ trợ mỗi ấp, khu phố tổ chức ngày hội là 3 triệu đồng, riêng điểm của huyện được hỗ trợ 10 triệu đồng.
Trong tháng 10, Mặt trận các cấp trong huyện đã vận động Quỹ "Vì người nghèo" được 512 triệu đồng, khởi công 6 căn nhà Đại đoàn kết. Tháng 11, Ban Thường trực giao Mặt trận các xã hoàn thành tổng hợp danh sách hộ đạt gia đình văn hóa trước ngày 25/11.
Thanh Hương
Tin khác
- Bến Lức: 94% hộ đạt chuẩn gia đình văn hóa (31/10/2022)
- Cần Đước giao ban công tác Mặt trận quý III (14/10/2022)
- Trao 150 phần quà cho hộ nghèo ở xã Long Phụng (07/10/2022)
""", "2022-11-04", "Cần Giuộc: Nâng chất danh hiệu gia đình văn hóa ở các xã",
E("giao_ban", "2022-10", "2022-11-02"),
[P("Võ Văn Tám", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện"),
 P("Nguyễn Thị Bé Năm", "Chủ tịch Ủy ban MTTQ xã"), P("Trần Văn Sáu", "Chủ tịch Ủy ban MTTQ xã"),
 P("Huỳnh Thị Kiều", "Chủ tịch Ủy ban MTTQ thị trấn Cần Giuộc"),
 P("Lê Hoàng Phong", "Chủ tịch Ủy ban MTTQ xã Tân Tập")],
[Q("15 xã, thị trấn", 15, "xã, thị trấn"), Q("49.870 hộ", 49870, "hộ"), Q("95,1%", 95.1, "%"),
 Q("117/120 ấp, khu phố", 117, "ấp, khu phố"), Q("96,2%", 96.2, "%"), Q("93,5%", 93.5, "%"), Q("91,8%", 91.8, "%"),
 Q("ít nhất 2 cuộc họp dân", 2, "cuộc họp dân", "over"), Q("100% ấp, khu phố", 100, "%"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("512 triệu đồng", 512000000, "đồng"), Q("6 căn nhà Đại đoàn kết", 6, "căn nhà Đại đoàn kết")],
[D("Nghị định", "122", "2018/NĐ-CP", None, None, "Nghị định 122/2018/NĐ-CP"),
 D("Quyết định", "36", "2019/QĐ-UBND", "2019-08-12", "UBND tỉnh Long An", "Quyết định số 36/2019/QĐ-UBND ngày 12/8/2019"),
 D("Hướng dẫn", "15", "HD-MTTQ-BTT", "2022-10-10", "Ban Thường trực Ủy ban MTTQ huyện", "Hướng dẫn số 15/HD-MTTQ-BTT ngày 10/10/2022")],
[prov("Long An"), com("Phước Lâm"), com("Long Hậu"), com("Cần Giuộc"), com("Tân Tập")],
["BÁO LONG AN ONLINE", "Chính trị - Xã hội | Mặt trận", "(LA)", "Ngày hội Đại đoàn kết toàn dân tộc", "Vì người nghèo", "Phước Thạnh"],
["04/11/2022 08:30 GMT+7", "tháng 10/2022", "tháng 10", "năm 2022", "12 tháng", "5 ngày", "Tháng 11", "ngày 25/11", "từ ngày 10 đến 18/11"]))

PAGES.append(page("b8829-kontum-xa-hoinghi-2023", """
BÁO KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Kon Tum
Xã hội › Dân tộc - Tôn giáo
2023-08-11 09:20
Già làng A Hmưn phát biểu tại hội nghị.
Đăk Rơ Wa biểu dương người có uy tín và gia đình văn hóa tiêu biểu
Ngày 9/8, Đảng ủy - UBND - Ủy ban MTTQ Việt Nam xã Đăk Rơ Wa (TP. Kon Tum) tổ chức Hội nghị biểu dương người có uy tín, gia đình văn hóa tiêu biểu năm 2023. Dự hội nghị có đồng chí A Rin, Bí thư Đảng ủy xã; bà Y Blướch, Chủ tịch Ủy ban MTTQ xã cùng 12 người có uy tín và 35 gia đình văn hóa tiêu biểu trong xã.
Xã Đăk Rơ Wa có 7 thôn, làng với 1.562 hộ, trong đó đồng bào Ba Na chiếm 86%. Năm 2022, toàn xã có 1.398 hộ đạt danh hiệu "Gia đình văn hóa", đạt 89,5%; 6/7 thôn, làng được công nhận danh hiệu văn hóa. 7/7 thôn, làng đã xây dựng quy ước theo Quyết định số 22/2018/QĐ-TTg của Thủ tướng Chính phủ, trong đó có các nội dung giữ gìn nhà rông, cồng chiêng, nghề dệt thổ cẩm truyền thống.
Theo ông Nguyễn Văn Hưng, Phó Chủ tịch UBND xã, người có uy tín trong xã được hưởng chế độ theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ. Các già làng, người có uy tín đã trực tiếp tham gia hòa giải thành 9/10 vụ việc ở khu dân cư, vận động 23 hộ chuyển đổi sang trồng cây ăn quả, vận động 4 cặp nam nữ không kết hôn khi chưa đủ tuổi.
Già làng A Hmưn, làng Kon Klor 2, chia sẻ: "Quy ước của làng do bà con cùng làm ra nên ai cũng giữ. Làng tôi không còn ai uống rượu gây gổ, con cháu đi học đều, nhà rông được giữ gìn sạch sẽ để đón khách du lịch".
Nhiều gia đình văn hóa tiêu biểu là điển hình làm kinh tế giỏi như gia đình anh A Đoan, làng Kon Jơ Ri với thu nhập khoảng 250 triệu đồng mỗi năm từ dịch vụ du lịch cộng đồng; gia đình chị Y Ngọc, thôn 1 duy trì tổ dệt thổ cẩm với 15 chị em tham gia.
Các đồng chí A Hiên, Y Thương, A Khuôl - trưởng thôn cùng bày tỏ mong muốn được hỗ trợ kinh phí tu sửa nhà rông, mua thêm bộ chiêng cho đội văn nghệ thôn.
Phát biểu tại hội nghị, đồng chí A Rin đề nghị các thôn, làng tiếp tục thực hiện Kế hoạch số 88/KH-UBND ngày 3/7/2023 của UBND xã về xây dựng thôn, làng văn hóa gắn với phát triển du lịch cộng đồng; phấn đấu năm 2023 có trên 90% hộ đạt danh hiệu gia đình văn hóa, 7/7 thôn, làng đạt danh hiệu văn hóa.
Dịp này, UBND xã tặng giấy khen cho 12 người có uy tín và 35 gia đình văn hóa tiêu biểu, mỗi người, mỗi gia đình được thưởng 500.000 đồng; tổng kinh phí khen thưởng 23,5 triệu đồng.
Hải Yến
Tin liên quan
- Đăk Hà: 92% hộ đồng bào dân tộc thiểu số đạt gia đình văn hóa (04/08/2023)
- Kon Plông tập huấn nghiệp vụ cho người có uy tín (28/07/2023)
- Ngọc Hồi: làng Đăk Răng giữ gìn bản sắc văn hóa Gia Triêng (20/07/2023)
""", "2023-08-11", "Đăk Rơ Wa biểu dương người có uy tín và gia đình văn hóa tiêu biểu",
E("hoi_nghi", "2023", "2023-08-09"),
[P("A Hmưn", "Già làng"),
 P("A Rin", "Bí thư Đảng ủy xã"),
 P("Y Blướch", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Văn Hưng", "Phó Chủ tịch UBND xã"),
 P("A Đoan"), P("Y Ngọc"),
 P("A Hiên", "trưởng thôn"), P("Y Thương", "trưởng thôn"), P("A Khuôl", "trưởng thôn")],
[Q("12 người có uy tín", 12, "người có uy tín"), Q("35 gia đình văn hóa tiêu biểu", 35, "gia đình văn hóa tiêu biểu"),
 Q("7 thôn, làng", 7, "thôn, làng"), Q("1.562 hộ", 1562, "hộ"), Q("86%", 86, "%"), Q("1.398 hộ", 1398, "hộ"), Q("89,5%", 89.5, "%"),
 Q("6/7 thôn, làng", 6, "thôn, làng"), Q("7/7 thôn, làng", 7, "thôn, làng"), Q("9/10 vụ việc", 9, "vụ việc"), Q("23 hộ", 23, "hộ"),
 Q("4 cặp nam nữ", 4, "cặp nam nữ"), Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("15 chị em", 15, "chị em"),
 Q("trên 90%", 90, "%", "over"), Q("500.000 đồng", 500000, "đồng"), Q("23,5 triệu đồng", 23500000, "đồng")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/2018/QĐ-TTg"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kế hoạch", "88", "KH-UBND", "2023-07-03", "UBND xã", "Kế hoạch số 88/KH-UBND ngày 3/7/2023")],
[prov("Kon Tum"), com("Đăk Rơ Wa")],
["BÁO KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Kon Tum", "Xã hội › Dân tộc - Tôn giáo", "Già làng A Hmưn phát biểu tại hội nghị.",
 "Gia đình văn hóa", "Kon Klor 2", "Kon Jơ Ri"],
["2023-08-11 09:20", "năm 2023", "Năm 2022", "thôn 1", "Kon Klor 2"]))

PAGES.append(page("b8830-haiduong-mttq-traoqua-2023", """
Báo Hải Dương điện tử
Xã hội > Gia đình
29/06/2023 - 15:20
Thanh Hải tặng quà 40 gia đình văn hóa tiêu biểu có hoàn cảnh khó khăn
Nhân Ngày Gia đình Việt Nam 28/6, chiều 27/6, Ủy ban MTTQ xã Thanh Hải (Thanh Hà) phối hợp với Hội LHPN xã trao 40 suất quà cho các gia đình văn hóa tiêu biểu có hoàn cảnh khó khăn trên địa bàn.
Ảnh: Lãnh đạo xã Thanh Hải trao quà cho các gia đình.
Mỗi suất quà gồm 500.000 đồng tiền mặt, 10 kg gạo và một số nhu yếu phẩm, tổng trị giá hơn 30 triệu đồng, do các doanh nghiệp, nhà hảo tâm và con em quê hương xa quê ủng hộ. Đây là những gia đình có người ốm đau, bệnh tật hoặc neo đơn nhưng vẫn giữ vững danh hiệu "Gia đình văn hóa" nhiều năm liền, nuôi dạy con cái chăm ngoan, học giỏi.
Trao quà cho các gia đình, bà Nguyễn Thị Thu Hương, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Thanh Hải, ghi nhận sự nỗ lực của các gia đình trong xây dựng tổ ấm hạnh phúc. Bà cho biết, năm 2022 toàn xã có 2.634/2.812 hộ đạt danh hiệu "Gia đình văn hóa", chiếm 93,67%; 11/11 thôn đạt danh hiệu "Thôn văn hóa"; 100% thôn đã rà soát, sửa đổi hương ước theo Quyết định số 22/2018/QĐ-TTg.
Thực hiện Kết luận số 76-KL/TW ngày 4/6/2020 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 33-NQ/TW về xây dựng và phát triển văn hóa, con người Việt Nam, Đảng ủy xã Thanh Hải đã ban hành Nghị quyết số 15-NQ/ĐU về xây dựng nông thôn mới kiểu mẫu, trong đó đặt mục tiêu đến năm 2025 có 95% hộ đạt gia đình văn hóa. Vừa qua, UBND huyện Thanh Hà đã ban hành Quyết định số 1235/QĐ-UBND ngày 12/6/2023 khen thưởng 3 thôn có thành tích xuất sắc trong xây dựng thôn văn hóa giai đoạn 2018 - 2023.
Bà Phạm Thị Nụ, 74 tuổi, ở thôn Hà Liễu, chồng mất sớm, một mình nuôi 3 con ăn học thành đạt, xúc động nói: "Tôi cảm ơn Mặt trận, Hội Phụ nữ xã đã quan tâm. Gia đình tôi sẽ cố gắng giữ gìn danh hiệu gia đình văn hóa".
Theo ông Vũ Văn Khánh, Chủ tịch Ủy ban MTTQ xã, từ đầu năm 2023, Mặt trận và các đoàn thể đã trao 215 suất quà cho hộ nghèo, hộ cận nghèo, gia đình chính sách với tổng trị giá 107 triệu đồng; hỗ trợ xây mới 1 nhà Đại đoàn kết. Bà Đỗ Thị Hằng, Chủ tịch Hội LHPN xã, cho biết hội đã duy trì 11 câu lạc bộ "Gia đình hạnh phúc" ở 11 thôn với 330 thành viên, giúp các gia đình chia sẻ kinh nghiệm nuôi dạy con, phòng chống bạo lực gia đình.
Cùng ngày, các đồng chí Phó Chủ tịch UBND xã: Lê Văn Nam, Trần Thị Hòa đến thăm, trao quà tại nhà cho 5 gia đình có người già yếu không đến dự được.
Phương Thảo
Tin liên quan
- Thanh Hà: 91% hộ đạt gia đình văn hóa năm 2022 (15/06/2023)
- Tôn vinh 100 gia đình tiêu biểu nhân Ngày Gia đình Việt Nam (27/06/2023)
- Kim Thành sửa đổi hương ước ở 100% thôn (08/06/2023)
""", "2023-06-29", "Thanh Hải tặng quà 40 gia đình văn hóa tiêu biểu có hoàn cảnh khó khăn",
E("trao_qua", None, "2023-06-27"),
[P("Nguyễn Thị Thu Hương", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Thanh Hải"),
 P("Phạm Thị Nụ"),
 P("Vũ Văn Khánh", "Chủ tịch Ủy ban MTTQ xã"),
 P("Đỗ Thị Hằng", "Chủ tịch Hội LHPN xã"),
 P("Lê Văn Nam", "Phó Chủ tịch UBND xã"), P("Trần Thị Hòa", "Phó Chủ tịch UBND xã")],
[Q("40 gia đình văn hóa tiêu biểu", 40, "gia đình văn hóa tiêu biểu"), Q("40 suất quà", 40, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 kg", 10, "kg"), Q("hơn 30 triệu đồng", 30000000, "đồng", "over"),
 Q("2.634/2.812 hộ", 2634, "hộ"), Q("93,67%", 93.67, "%"), Q("11/11 thôn", 11, "thôn"), Q("100% thôn", 100, "%"),
 Q("95% hộ", 95, "%"), Q("3 thôn", 3, "thôn"), Q("3 con", 3, "con"), Q("215 suất quà", 215, "suất quà"),
 Q("107 triệu đồng", 107000000, "đồng"), Q("11 câu lạc bộ", 11, "câu lạc bộ"), Q("11 thôn", 11, "thôn"),
 Q("330 thành viên", 330, "thành viên"), Q("5 gia đình", 5, "gia đình")],
[D("Quyết định", "22", "2018/QĐ-TTg", None, None, "Quyết định số 22/2018/QĐ-TTg"),
 D("Kết luận", "76", "KL/TW", "2020-06-04", "Bộ Chính trị", "Kết luận số 76-KL/TW ngày 4/6/2020"),
 D("Nghị quyết", "33", "NQ/TW", None, None, "Nghị quyết số 33-NQ/TW"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã Thanh Hải", "Nghị quyết số 15-NQ/ĐU"),
 D("Quyết định", "1235", "QĐ-UBND", "2023-06-12", "UBND huyện Thanh Hà", "Quyết định số 1235/QĐ-UBND ngày 12/6/2023")],
[prov("Hải Dương"), com("Thanh Hải")],
["Báo Hải Dương điện tử", "Xã hội > Gia đình", "Ảnh: Lãnh đạo xã Thanh Hải trao quà cho các gia đình.", "Gia đình văn hóa",
 "Thôn văn hóa", "Gia đình hạnh phúc", "Ngày Gia đình Việt Nam", "Hà Liễu"],
["29/06/2023 - 15:20", "28/6", "năm 2022", "năm 2025", "năm 2023", "giai đoạn 2018 - 2023", "74 tuổi", "1 nhà Đại đoàn kết"]))
