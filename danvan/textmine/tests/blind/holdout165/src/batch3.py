from lib import *
PAGES = []

PAGES.append(page("b3929-hoabinh-lhpn-gopyluatbaoluc-2021", """
Báo Hòa Bình điện tử
Xã hội | Phụ nữ - Gia đình
Cập nhật lúc 17:20 ngày 03/11/2021
1.624 ý kiến góp ý dự thảo Luật Phòng, chống bạo lực gia đình (sửa đổi)
Ảnh: Chị em hội viên huyện Tân Lạc thảo luận dự thảo luật.
(BHB) - Ngày 02/11, Hội LHPN tỉnh Hòa Bình tổ chức hội nghị tổng hợp, góp ý dự thảo Luật Phòng, chống bạo lực gia đình (sửa đổi). Bà Bùi Thị Nguyệt, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì. Hội nghị được tổ chức trực tiếp kết hợp trực tuyến tới 10 điểm cầu huyện, thành phố với gần 300 đại biểu.
Thực hiện Công văn số 1085/ĐCT-LHPN của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, từ tháng 9 đến nay, các cấp Hội đã tổ chức 151 cuộc sinh hoạt chi hội chuyên đề, 38 tọa đàm, thu được 1.624 ý kiến góp ý, trong đó khoảng 420 ý kiến của nam giới là thành viên các câu lạc bộ “Ông bố trách nhiệm”. Trong năm 2020 và 9 tháng năm 2021, toàn tỉnh ghi nhận 87 vụ bạo lực gia đình, 71 nạn nhân là phụ nữ và trẻ em.
Bà Quách Thị Huyền, Chủ tịch Hội LHPN xã Ngọc Sơn, người Mường, đề nghị luật quy định cụ thể biện pháp cấm tiếp xúc trong thời gian tối đa 3 ngày và có địa chỉ tin cậy ở cộng đồng. Bà Xa Thị Pến, Phó Chủ tịch Hội LHPN huyện Mai Châu, cho rằng cần bổ sung hành vi bạo lực về kinh tế như kiểm soát thu nhập, cưỡng ép lao động quá sức.
Các bà Đinh Thị Thơm, Bùi Thị Lan, Nguyễn Thị Hà - Phó Chủ tịch Hội LHPN tỉnh lần lượt điều hành các nhóm thảo luận về hòa giải, về trách nhiệm của người đứng đầu thôn, xóm. Ông Hà Công Thắng, Trưởng xóm Lác, xã Chiềng Châu, đề nghị không bắt buộc hòa giải đối với những vụ bạo lực nghiêm trọng.
Theo Ban Chính sách - Luật pháp Hội LHPN tỉnh, 76% ý kiến tán thành mở rộng phạm vi điều chỉnh đối với thành viên gia đình đã ly hôn, sống chung như vợ chồng. Toàn tỉnh hiện có 214 địa chỉ tin cậy, 1.035 nhóm phòng chống bạo lực gia đình do Hội quản lý.
Đại diện Sở Văn hóa, Thể thao và Du lịch, ông Nguyễn Đức Hải, Phó Giám đốc Sở, cho biết ngành đang phối hợp xây dựng 5 mô hình điểm về phòng, chống bạo lực gia đình ở các xã vùng cao và đề nghị luật bố trí kinh phí cho hoạt động của địa chỉ tin cậy, khoảng 2 triệu đồng mỗi năm cho mỗi địa chỉ.
Kết luận hội nghị, bà Bùi Thị Nguyệt đề nghị các cấp Hội đưa nội dung phòng, chống bạo lực gia đình vào Kế hoạch số 19-KH/HLHPN năm 2022 và hưởng ứng cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”. Văn bản tổng hợp sẽ được gửi Trung ương Hội trước ngày 10/11/2021.
Thu Trang
Lượt xem: 1.117
Tin liên quan
- Tọa đàm “Phụ nữ với phòng, chống bạo lực gia đình” (20/10/2021)
- Hội LHPN tỉnh trao 200 suất quà cho phụ nữ nghèo (15/10/2021)
- Ra mắt 12 câu lạc bộ “Gia đình hạnh phúc” (04/10/2021)
""", "2021-11-03", "1.624 ý kiến góp ý dự thảo Luật Phòng, chống bạo lực gia đình (sửa đổi)",
E("hoi_nghi", None, "2021-11-02"),
[P("Bùi Thị Nguyệt", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Quách Thị Huyền", "Chủ tịch Hội LHPN xã Ngọc Sơn"),
 P("Xa Thị Pến", "Phó Chủ tịch Hội LHPN huyện Mai Châu"),
 P("Đinh Thị Thơm", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bùi Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Hà", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hà Công Thắng", "Trưởng xóm Lác"),
 P("Nguyễn Đức Hải", "Phó Giám đốc Sở")],
[Q("1.624 ý kiến góp ý", 1624, "ý kiến"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("151 cuộc sinh hoạt chi hội chuyên đề", 151, "cuộc sinh hoạt chi hội chuyên đề"),
 Q("38 tọa đàm", 38, "tọa đàm"), Q("khoảng 420 ý kiến", 420, "ý kiến", "approx"), Q("87 vụ bạo lực gia đình", 87, "vụ bạo lực gia đình"),
 Q("71 nạn nhân", 71, "nạn nhân"), Q("76%", 76, "%"), Q("214 địa chỉ tin cậy", 214, "địa chỉ tin cậy"),
 Q("1.035 nhóm phòng chống bạo lực gia đình", 1035, "nhóm phòng chống bạo lực gia đình"), Q("5 mô hình điểm", 5, "mô hình điểm"), Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx")],
[D("Công văn", "1085", "ĐCT-LHPN", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Công văn số 1085/ĐCT-LHPN"),
 D("Kế hoạch", "19", "KH/HLHPN", None, None, "Kế hoạch số 19-KH/HLHPN")],
[prov("Hòa Bình"), com("Ngọc Sơn"), com("Chiềng Châu")],
["Báo Hòa Bình điện tử", "Xã hội | Phụ nữ - Gia đình", "Ảnh: Chị em hội viên huyện Tân Lạc thảo luận dự thảo luật.", "(BHB)",
 "Ông bố trách nhiệm", "Xây dựng gia đình 5 không, 3 sạch", "Lượt xem: 1.117"],
["Cập nhật lúc 17:20 ngày 03/11/2021", "năm 2020", "9 tháng năm 2021", "tối đa 3 ngày", "5 không, 3 sạch", "năm 2022", "Lượt xem: 1.117"]))

PAGES.append(page("b3930-binhdinh-mttq-gopyluatdanchu-2022", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH
You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận tỉnh
2022-08-17 16:40
Để người dân thực sự “được biết, được bàn, được làm, được kiểm tra, được giám sát”
Toàn cảnh hội nghị.
Sáng 16/8, Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức hội nghị góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở. Đồng chí Hồ Quốc Dũng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh dự; đồng chí Trương Thị Thu Hằng, Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hội nghị có 95 đại biểu, trong đó 40 đại biểu là Trưởng ban Thanh tra nhân dân, Trưởng ban Giám sát đầu tư của cộng đồng ở các xã, phường.
Theo báo cáo, sau 15 năm thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 và Chỉ thị số 30-CT/TW của Bộ Chính trị, toàn tỉnh có 159 Ban Thanh tra nhân dân, 159 Ban Giám sát đầu tư của cộng đồng; riêng năm 2021 đã giám sát 1.286 công trình, kiến nghị xử lý 73 vụ việc sai phạm, thu hồi gần 1,2 tỷ đồng. Thực hiện Công văn số 1862/MTTW-BTT ngày 15/7/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận 11 huyện, thị xã, thành phố đã gửi về 236 ý kiến.
Phát biểu góp ý, ông Đinh Văn Thỏa, người Bahnar, Chủ tịch Ủy ban MTTQ xã An Toàn, đề nghị luật quy định rõ nội dung nhân dân bàn và quyết định trực tiếp như đóng góp xây dựng công trình công cộng, hương ước, quy ước. Bà Đinh Thị Hương, Bí thư Chi bộ kiêm Trưởng làng 5, xã Vĩnh Sơn, đề nghị hình thức hội nghị thôn có thể thay bằng phát phiếu lấy ý kiến hộ gia đình ở vùng sâu.
Luật sư Lê Văn Thành, Phó Chủ nhiệm Đoàn Luật sư tỉnh, góp ý về trách nhiệm giải trình của Chủ tịch UBND cấp xã; TS. Phan Ngọc Sơn, Trưởng khoa Lý luận chính trị Trường Đại học Quy Nhơn, đề nghị bổ sung dân chủ ở doanh nghiệp ngoài nhà nước. Các ông Nguyễn Tấn Lộc, Võ Văn Bình - Trưởng ban Thanh tra nhân dân phường, lần lượt ở Nhơn Bình và Bồng Sơn, phản ánh mức phụ cấp 200.000 đồng/tháng quá thấp.
Phát biểu tại hội nghị, đồng chí Hồ Quốc Dũng đánh giá cao các ý kiến thiết thực và đề nghị Mặt trận tiếp tục phát huy vai trò giám sát, phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị. Đồng chí yêu cầu các cấp ủy thực hiện tốt Kết luận 120, 121-KL/TU của Ban Thường vụ Tỉnh ủy về đối thoại giữa người đứng đầu với nhân dân.
Kết thúc hội nghị, Ủy ban MTTQ tỉnh tổng hợp 41 ý kiến tại chỗ, gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/8 để chuẩn bị trình Quốc hội tại kỳ họp thứ 4.
Ngọc Nhuận
Lượt xem: 829
TIN CÙNG CHUYÊN MỤC
- Phản biện dự thảo Nghị quyết HĐND tỉnh về hỗ trợ người có uy tín (09/08/2022)
- MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (28/07/2022)
- An Lão: trao 30 nhà Đại đoàn kết (15/07/2022)
""", "2022-08-17", "Để người dân thực sự “được biết, được bàn, được làm, được kiểm tra, được giám sát”",
E("hoi_nghi", None, "2022-08-16"),
[P("Hồ Quốc Dũng", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Trương Thị Thu Hằng", "Phó Chủ tịch Thường trực - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Văn Thỏa", "Chủ tịch Ủy ban MTTQ xã An Toàn"),
 P("Đinh Thị Hương", "Bí thư Chi bộ kiêm Trưởng làng 5"),
 P("Lê Văn Thành", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Phan Ngọc Sơn", "TS.", "Trưởng khoa Lý luận chính trị Trường Đại học Quy Nhơn"),
 P("Nguyễn Tấn Lộc", "Trưởng ban Thanh tra nhân dân phường"),
 P("Võ Văn Bình", "Trưởng ban Thanh tra nhân dân phường")],
[Q("95 đại biểu", 95, "đại biểu"), Q("40 đại biểu", 40, "đại biểu"), Q("159 Ban Thanh tra nhân dân", 159, "Ban Thanh tra nhân dân"),
 Q("159 Ban Giám sát đầu tư của cộng đồng", 159, "Ban Giám sát đầu tư của cộng đồng"), Q("1.286 công trình", 1286, "công trình"),
 Q("73 vụ việc sai phạm", 73, "vụ việc sai phạm"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("236 ý kiến", 236, "ý kiến"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("41 ý kiến", 41, "ý kiến")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Công văn", "1862", "MTTW-BTT", "2022-07-15", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 1862/MTTW-BTT ngày 15/7/2022"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU")],
[prov("Bình Định"), com("An Toàn"), com("Vĩnh Sơn"), com("Nhơn Bình"), com("Bồng Sơn")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH ĐỊNH", "You are here: Trang chủ / Tin tức - Sự kiện / Hoạt động Mặt trận tỉnh",
 "Toàn cảnh hội nghị.", "Luật Thực hiện dân chủ ở cơ sở", "được biết, được bàn, được làm, được kiểm tra, được giám sát", "Lượt xem: 829"],
["2022-08-17 16:40", "15 năm", "năm 2021", "kỳ họp thứ 4", "Lượt xem: 829"]))

PAGES.append(page("b3931-kontum-mttq-gopyluatdatdai-2023", """
Báo Kon Tum điện tử
Thời sự | Chính trị | Mặt trận
Thứ Sáu, 24/02/2023 - 08:30
Già làng, người có uy tín góp ý dự thảo Luật Đất đai (sửa đổi)
Già làng A Khang phát biểu tại hội nghị. Ảnh: H.N
Ngày 23/2, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị lấy ý kiến già làng, người có uy tín trong đồng bào dân tộc thiểu số góp ý dự thảo Luật Đất đai (sửa đổi). Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có đồng chí Y Ngọc, Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh.
Hơn 80 già làng, người có uy tín tiêu biểu người Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm đã dự. Thực hiện Nghị quyết số 671/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 112-KH/TU của Ban Thường vụ Tỉnh ủy, từ đầu tháng 1/2023, Mặt trận các cấp đã tổ chức 864 hội nghị ở thôn, làng, tổ dân phố, thu hút hơn 41.000 lượt người, tổng hợp 5.218 ý kiến; 102 xã, phường, thị trấn đã tổ chức xong việc lấy ý kiến.
Góp ý tại hội nghị, già làng A Khang, làng Kon Jri, xã Đăk Rơ Wa, đề nghị luật ghi nhận đất rừng, đất nương rẫy theo phong tục mà cộng đồng làng đã sử dụng ổn định để giao cho cộng đồng quản lý. Bà Y Lan, người có uy tín làng Đăk Răng, xã Đăk Dục, phản ánh ở nhiều làng còn khoảng 20% hộ thiếu đất sản xuất, đề nghị ưu tiên giao đất thu hồi từ nông, lâm trường cho đồng bào tại chỗ.
Ông A Hơ Ri, Bí thư Chi bộ kiêm Trưởng thôn Plei Klếch, xã Ia Chim, đề nghị nghiêm cấm việc mua bán, chuyển nhượng đất được Nhà nước hỗ trợ trong 10 năm. Các ông A Tiêu, A Sang, Y Brơm, người có uy tín huyện Sa Thầy, cùng đề nghị giá bồi thường phải công khai trước khi họp dân ít nhất 20 ngày.
Đồng chí Y Ngọc cho biết, Đoàn đại biểu Quốc hội tỉnh đã tiếp nhận 327 ý kiến qua các buổi tiếp xúc cử tri và sẽ đưa các ý kiến tâm huyết hôm nay vào báo cáo gửi Ủy ban Thường vụ Quốc hội.
Kết luận hội nghị, đồng chí A Pớt ghi nhận 24 ý kiến phát biểu trực tiếp, khẳng định Mặt trận tỉnh sẽ tổng hợp đầy đủ, báo cáo Ủy ban Trung ương MTTQ Việt Nam trước ngày 15/3/2023. Đồng chí đề nghị già làng, người có uy tín tiếp tục vận động bà con không nghe theo kẻ xấu, không bán đất, không di cư tự do; trong năm 2022, toàn tỉnh vẫn còn 46 hộ di cư tự do đến từ các tỉnh phía Bắc cần được ổn định.
Dịp này, Ủy ban MTTQ tỉnh tặng 80 suất quà, mỗi suất trị giá 500.000 đồng cho các già làng, người có uy tín dự hội nghị.
Hồng Nhung
Lượt xem: 1.902
Tin khác
- Đăk Glei: hơn 4.000 lượt người góp ý dự thảo Luật Đất đai (20/02/2023)
- Gặp mặt người có uy tín nhân dịp Tết Nguyên đán Quý Mão (13/01/2023)
- Ra mắt mô hình “Làng không có người di cư tự do” (06/01/2023)
""", "2023-02-24", "Già làng, người có uy tín góp ý dự thảo Luật Đất đai (sửa đổi)",
E("hoi_nghi", None, "2023-02-23"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Ngọc", "Phó Trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội tỉnh"),
 P("A Khang", "già làng"),
 P("Y Lan", "người có uy tín làng Đăk Răng"),
 P("A Hơ Ri", "Bí thư Chi bộ kiêm Trưởng thôn Plei Klếch"),
 P("A Tiêu", "người có uy tín huyện Sa Thầy"),
 P("A Sang", "người có uy tín huyện Sa Thầy"),
 P("Y Brơm", "người có uy tín huyện Sa Thầy")],
[Q("Hơn 80 già làng, người có uy tín tiêu biểu", 80, "già làng, người có uy tín tiêu biểu", "over"),
 Q("864 hội nghị", 864, "hội nghị"), Q("hơn 41.000 lượt người", 41000, "lượt người", "over"), Q("5.218 ý kiến", 5218, "ý kiến"),
 Q("102 xã, phường, thị trấn", 102, "xã, phường, thị trấn"), Q("khoảng 20% hộ", 20, "%", "approx"),
 Q("327 ý kiến", 327, "ý kiến"), Q("24 ý kiến", 24, "ý kiến"), Q("46 hộ di cư tự do", 46, "hộ di cư tự do"),
 Q("80 suất quà", 80, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "671", "NQ-UBTVQH15", None, "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 671/NQ-UBTVQH15"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Dục"), com("Ia Chim")],
["Báo Kon Tum điện tử", "Thời sự | Chính trị | Mặt trận", "Già làng A Khang phát biểu tại hội nghị.", "Luật Đất đai (sửa đổi)", "Lượt xem: 1.902"],
["Thứ Sáu, 24/02/2023 - 08:30", "10 năm", "ít nhất 20 ngày", "năm 2022", "Lượt xem: 1.902"]))

PAGES.append(page("b3932-dongnai-bdv-giaobanquy1-2023", """
BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI
Trang chủ » Hoạt động khối dân vận » Tin tức
30/03/2023 - 10:05
Khối dân vận tập trung vận động nhân dân góp ý dự thảo Luật Đất đai (sửa đổi)
Chiều 29/3, Ban Dân vận Tỉnh ủy Đồng Nai tổ chức giao ban khối dân vận quý I/2023 với chủ đề trọng tâm là kết quả vận động nhân dân tham gia góp ý dự thảo Luật Đất đai (sửa đổi). Đồng chí Quản Minh Cường, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hồ Thanh Sơn, Lê Thị Ngọc Loan, Điểu Văn Nhàn.
Các đại biểu dự giao ban.
Theo báo cáo, thực hiện Nghị quyết số 671/NQ-UBTVQH15 và Kế hoạch 212, 213-KH/TU của Ban Thường vụ Tỉnh ủy, quý I khối dân vận đã phối hợp tổ chức 1.940 hội nghị ở ấp, khu phố, thu hút hơn 96.000 lượt người; tổng hợp 12.615 ý kiến, trong đó khoảng 3.100 ý kiến về bồi thường, hỗ trợ, tái định cư. Riêng dự án Cảng hàng không quốc tế Long Thành có 5.138 hộ dân bị ảnh hưởng, nhiều hộ đã góp ý trực tiếp.
Mặt trận và các đoàn thể đã phát hành 320.000 tờ gấp hỏi - đáp, mở chuyên mục trên 171 cụm loa truyền thanh; Hội Nông dân tỉnh tổ chức 68 buổi góp ý riêng cho nông dân; Tỉnh đoàn tổ chức diễn đàn trực tuyến với 2.300 lượt đoàn viên tham gia.
Phát biểu tại giao ban, bà Điểu Thị Hằng, Chủ tịch Ủy ban MTTQ xã Phú Lý, người Chơ Ro, cho biết xã đã tổ chức 11 hội nghị, đồng bào Chơ Ro đề nghị giao đất rừng cho cộng đồng quản lý. Ông Phạm Văn Lực, HUV, Trưởng Ban Dân vận Huyện ủy Long Thành, kiến nghị chính sách đào tạo nghề cho lao động vùng dự án, hiện còn khoảng 2.000 người chưa có việc làm ổn định.
Kết luận giao ban, đồng chí Quản Minh Cường yêu cầu quý II/2023 khối dân vận hoàn thành tổng hợp ý kiến trước ngày 15/4, tiếp tục thực hiện Kết luận số 114-KL/TW của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận; nắm chắc tình hình 35 điểm có đơn thư liên quan đất đai, không để phát sinh điểm nóng; tiếp tục nhân rộng 1.265 mô hình “Dân vận khéo” trên địa bàn tỉnh.
Cũng tại giao ban, đồng chí Lê Thị Ngọc Loan thông qua dự thảo chương trình phối hợp năm 2023 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh. Theo dự thảo, năm 2023 hai bên phối hợp tổ chức 4 cuộc đối thoại giữa người đứng đầu chính quyền với nhân dân, kiểm tra việc thực hiện dân chủ ở 20 xã, phường và tiếp nhận, giải quyết kiến nghị của cử tri trong thời hạn không quá 30 ngày.
Trong quý I, khối dân vận các cấp cũng đã tham gia 14 đoàn giám sát việc thực hiện chính sách bồi thường, hỗ trợ tại các dự án trọng điểm và vận động 312 hộ bàn giao mặt bằng.
Hải Quân
Lượt xem: 956
Tin liên quan
- Định Quán: hơn 7.000 lượt người góp ý Luật Đất đai (24/03/2023)
- Tuyên dương 40 mô hình “Dân vận khéo” tiêu biểu năm 2022 (10/03/2023)
- Ban Dân vận Tỉnh ủy giao ban với các huyện, thành ủy (20/02/2023)
""", "2023-03-30", "Khối dân vận tập trung vận động nhân dân góp ý dự thảo Luật Đất đai (sửa đổi)",
E("giao_ban", "2023-Q1", "2023-03-29"),
[P("Quản Minh Cường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Thanh Sơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Ngọc Loan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Văn Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Thị Hằng", "Chủ tịch Ủy ban MTTQ xã Phú Lý"),
 P("Phạm Văn Lực", "HUV", "Trưởng Ban Dân vận Huyện ủy Long Thành")],
[Q("1.940 hội nghị", 1940, "hội nghị"), Q("hơn 96.000 lượt người", 96000, "lượt người", "over"), Q("12.615 ý kiến", 12615, "ý kiến"),
 Q("khoảng 3.100 ý kiến", 3100, "ý kiến", "approx"), Q("5.138 hộ dân", 5138, "hộ dân"), Q("320.000 tờ gấp hỏi - đáp", 320000, "tờ gấp hỏi - đáp"),
 Q("171 cụm loa truyền thanh", 171, "cụm loa truyền thanh"), Q("68 buổi góp ý", 68, "buổi góp ý"), Q("2.300 lượt đoàn viên", 2300, "lượt đoàn viên"),
 Q("11 hội nghị", 11, "hội nghị"), Q("khoảng 2.000 người", 2000, "người", "approx"), Q("35 điểm", 35, "điểm"),
 Q("1.265 mô hình", 1265, "mô hình"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"), Q("20 xã, phường", 20, "xã, phường"), Q("14 đoàn giám sát", 14, "đoàn giám sát"), Q("312 hộ", 312, "hộ")],
[D("Nghị quyết", "671", "NQ-UBTVQH15", None, None, "Nghị quyết số 671/NQ-UBTVQH15"),
 D("Kế hoạch", "212", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 212, 213-KH/TU"),
 D("Kế hoạch", "213", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 212, 213-KH/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW")],
[prov("Đồng Nai"), com("Phú Lý")],
["BAN DÂN VẬN TỈNH ỦY ĐỒNG NAI", "Trang chủ » Hoạt động khối dân vận » Tin tức", "Các đại biểu dự giao ban.",
 "Luật Đất đai (sửa đổi)", "Dân vận khéo", "Cảng hàng không quốc tế Long Thành", "Lượt xem: 956"],
["30/03/2023 - 10:05", "không quá 30 ngày", "quý I/2023", "quý II/2023", "năm 2023", "Lượt xem: 956"]))

PAGES.append(page("b3933-thanhhoa-mttq-phanbiennghiquyet-2024", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA
Trang chủ > Giám sát, phản biện xã hội > Tin hoạt động
Thứ Tư, 20/11/2024 - 15:30
Phản biện xã hội dự thảo Nghị quyết quy định mức hỗ trợ xóa nhà tạm, nhà dột nát
Ảnh: Quang cảnh hội nghị phản biện.
Sáng 19/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định mức hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo trên địa bàn tỉnh giai đoạn 2024 - 2025. Đồng chí Phạm Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Tham dự có 62 đại biểu là thành viên Hội đồng tư vấn, nhà khoa học, đại diện các sở, ngành và Mặt trận 26 huyện, thị xã, thành phố. Theo Tờ trình số 178/TTr-UBND của UBND tỉnh, toàn tỉnh còn 8.450 hộ nghèo, hộ cận nghèo đang ở nhà tạm, nhà dột nát, trong đó 5.210 căn nhà xây mới và 3.240 căn nhà sửa chữa. Dự thảo đề xuất mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa, tổng kinh phí khoảng 410 tỷ đồng.
Phản biện tại hội nghị, TS. Lê Văn Cường, Ủy viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh, đề nghị tính thêm mức hỗ trợ cho 12 xã đặc biệt khó khăn vùng bãi ngang ven biển. Ông Hà Văn Khiêm, người Thái, Phó Chủ tịch Ủy ban MTTQ huyện Quan Sơn, cho rằng chi phí vận chuyển vật liệu lên các bản vùng cao có nơi tăng thêm 20%; đề nghị cộng thêm 10 triệu đồng đối với hộ ở xã biên giới.
Bà Phạm Thị Nguyệt, Chủ tịch Ủy ban MTTQ xã Trung Xuân, và ông Lò Văn Sáng, Trưởng bản Bá, xã Na Mèo, đề nghị cho phép hộ dân góp ngày công thay vốn đối ứng. Ông Lê Ngọc Hải, Phó Giám đốc Sở Xây dựng, tiếp thu các ý kiến về thiết kế mẫu nhà “3 cứng” (nền cứng, khung - tường cứng, mái cứng).
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Đông, Lê Thị Hoa, Cầm Bá Tuấn điều hành phần thảo luận. Hội nghị đã có 19 ý kiến phản biện, 7 kiến nghị cụ thể.
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy đề nghị cơ quan soạn thảo tiếp thu ý kiến phản biện trước khi trình kỳ họp thứ 23 HĐND tỉnh khóa XVIII; đồng thời triển khai Kế hoạch số 229-KH/TU ngày 10/10/2024 của Ban Thường vụ Tỉnh ủy thực hiện phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát”. Đến nay, Quỹ “Vì người nghèo” các cấp đã tiếp nhận hơn 52 tỷ đồng ủng hộ, đã hỗ trợ khởi công 1.126 căn nhà.
Theo Báo cáo số 311/BC-MTTQ-BTT, năm 2024 Mặt trận tỉnh đã chủ trì 6 hội nghị phản biện xã hội, 92% kiến nghị được tiếp thu.
Trường Sơn
Lượt xem: 1.543
TIN CÙNG CHUYÊN MỤC
- Góp ý dự thảo Luật Đường bộ tại Hội đồng tư vấn (10/11/2024)
- Mường Lát: khởi công 40 căn nhà cho hộ nghèo (01/11/2024)
- Giám sát việc thực hiện chính sách đối với người có uy tín (18/10/2024)
""", "2024-11-20", "Phản biện xã hội dự thảo Nghị quyết quy định mức hỗ trợ xóa nhà tạm, nhà dột nát",
E("hoi_nghi", None, "2024-11-19"),
[P("Phạm Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Cường", "TS.", "Ủy viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh"),
 P("Hà Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ huyện Quan Sơn"),
 P("Phạm Thị Nguyệt", "Chủ tịch Ủy ban MTTQ xã Trung Xuân"),
 P("Lò Văn Sáng", "Trưởng bản Bá"),
 P("Lê Ngọc Hải", "Phó Giám đốc Sở Xây dựng"),
 P("Nguyễn Văn Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Cầm Bá Tuấn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("62 đại biểu", 62, "đại biểu"), Q("26 huyện, thị xã, thành phố", 26, "huyện, thị xã, thành phố"),
 Q("8.450 hộ nghèo, hộ cận nghèo", 8450, "hộ nghèo, hộ cận nghèo"), Q("5.210 căn nhà", 5210, "căn nhà"), Q("3.240 căn nhà", 3240, "căn nhà"),
 Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"), Q("khoảng 410 tỷ đồng", 410000000000, "đồng", "approx"),
 Q("12 xã đặc biệt khó khăn", 12, "xã đặc biệt khó khăn"), Q("20%", 20, "%"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("19 ý kiến phản biện", 19, "ý kiến phản biện"), Q("7 kiến nghị", 7, "kiến nghị"), Q("hơn 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("1.126 căn nhà", 1126, "căn nhà"), Q("6 hội nghị phản biện xã hội", 6, "hội nghị phản biện xã hội"), Q("92%", 92, "%")],
[D("Tờ trình", "178", "TTr-UBND", None, "UBND tỉnh", "Tờ trình số 178/TTr-UBND"),
 D("Kế hoạch", "229", "KH/TU", "2024-10-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 229-KH/TU ngày 10/10/2024"),
 D("Báo cáo", "311", "BC-MTTQ-BTT", None, None, "Báo cáo số 311/BC-MTTQ-BTT")],
[prov("Thanh Hóa"), com("Trung Xuân"), com("Na Mèo")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH THANH HÓA", "Trang chủ > Giám sát, phản biện xã hội > Tin hoạt động", "Ảnh: Quang cảnh hội nghị phản biện.",
 "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Vì người nghèo", "3 cứng", "Lượt xem: 1.543"],
["Thứ Tư, 20/11/2024 - 15:30", "giai đoạn 2024 - 2025", "3 cứng", "kỳ họp thứ 23", "khóa XVIII", "năm 2024", "Lượt xem: 1.543"]))

PAGES.append(page("b3934-angiang-mttq-soket6thang-2024", """
Báo An Giang Online
Chính trị > Mặt trận - Đoàn thể
Ngày 10/07/2024 | 14:10
3.786 ý kiến góp ý dự thảo luật, nghị quyết được gửi về Mặt trận
Toàn cảnh hội nghị. Ảnh: Hữu Huynh
Ngày 09/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh An Giang tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Ông Nguyễn Thanh Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Hồng Thắm, Chau Sóc Khanh.
Theo báo cáo, 6 tháng đầu năm, Mặt trận các cấp đã tổ chức 1.214 hội nghị lấy ý kiến nhân dân vào dự thảo Luật Mặt trận Tổ quốc Việt Nam, Luật Công chứng (sửa đổi), Luật Bảo hiểm xã hội (sửa đổi) và 14 dự thảo nghị quyết của HĐND tỉnh; tổng hợp 3.786 ý kiến góp ý, trong đó khoảng 2.100 ý kiến đã được tiếp thu. Mặt trận tỉnh chủ trì 3 cuộc phản biện xã hội, đưa ra 26 kiến nghị.
Thực hiện Quyết định số 99-QĐ/TW của Ban Bí thư và Kết luận 03, 04-KL/TU của Ban Thường vụ Tỉnh ủy, Mặt trận tỉnh đã phối hợp tổ chức 4 cuộc giám sát chuyên đề; Quỹ “Vì người nghèo” các cấp vận động được 38,5 tỷ đồng, xây dựng và sửa chữa 612 căn nhà Đại đoàn kết.
Tham luận tại hội nghị, ông Haji Mohamad Kasim, Phó Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh, cho biết 100% thánh đường trong tỉnh đã tổ chức cho tín đồ nghiên cứu dự thảo Luật Mặt trận; bà Néang Sa Phiên, Chủ tịch Ủy ban MTTQ xã Châu Lăng, nêu cách tổ chức góp ý song ngữ Việt - Khmer ở 6 phum, sóc. Ông Nguyễn Văn Tâm, Chủ tịch Ủy ban MTTQ phường Mỹ Long, chia sẻ cách lấy ý kiến qua nhóm Zalo của 42 khóm, tổ dân phố.
Báo cáo cũng chỉ ra hạn chế: một số hội nghị ở khu dân cư còn ít người dự, có nơi chỉ đạt khoảng 30% số hộ được mời; việc phản hồi kết quả tiếp thu ý kiến cho nhân dân chưa kịp thời. Ông Lê Văn Phước, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị cơ quan soạn thảo công khai bảng tiếp thu, giải trình để người dân biết ý kiến của mình được xử lý ra sao.
Phát biểu chỉ đạo, ông Nguyễn Thanh Hưng yêu cầu 6 tháng cuối năm Mặt trận các cấp chuẩn bị tốt Đại hội đại biểu MTTQ Việt Nam cấp xã nhiệm kỳ 2024 - 2029 ở 155 xã, phường, thị trấn; tiếp tục góp ý dự thảo luật theo chương trình của Quốc hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền theo Quyết định số 218-QĐ/TW của Bộ Chính trị.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 15 tập thể, 20 cá nhân có thành tích xuất sắc trong công tác vận động, góp ý xây dựng pháp luật.
Thanh Tiến
Lượt xem: 724
Tin liên quan
- Tri Tôn: hơn 600 ý kiến góp ý dự thảo Luật Mặt trận (25/06/2024)
- Đại hội điểm MTTQ xã Vĩnh Trung (18/06/2024)
- Mặt trận tỉnh trao 100 căn nhà Đại đoàn kết (05/06/2024)
""", "2024-07-10", "3.786 ý kiến góp ý dự thảo luật, nghị quyết được gửi về Mặt trận",
E("so_ket", "2024-H1", "2024-07-09"),
[P("Nguyễn Thanh Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Hồng Thắm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chau Sóc Khanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Haji Mohamad Kasim", "Phó Ban Đại diện Cộng đồng Hồi giáo (Islam) tỉnh"),
 P("Néang Sa Phiên", "Chủ tịch Ủy ban MTTQ xã Châu Lăng"),
 P("Nguyễn Văn Tâm", "Chủ tịch Ủy ban MTTQ phường Mỹ Long"),
 P("Lê Văn Phước", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.214 hội nghị", 1214, "hội nghị"), Q("14 dự thảo nghị quyết", 14, "dự thảo nghị quyết"), Q("3.786 ý kiến góp ý", 3786, "ý kiến"),
 Q("khoảng 2.100 ý kiến", 2100, "ý kiến", "approx"), Q("3 cuộc phản biện xã hội", 3, "cuộc phản biện xã hội"), Q("26 kiến nghị", 26, "kiến nghị"),
 Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("38,5 tỷ đồng", 38500000000, "đồng"),
 Q("612 căn nhà Đại đoàn kết", 612, "căn nhà Đại đoàn kết"), Q("100%", 100, "%"), Q("6 phum, sóc", 6, "phum, sóc"),
 Q("42 khóm, tổ dân phố", 42, "khóm, tổ dân phố"), Q("khoảng 30% số hộ", 30, "%", "approx"), Q("155 xã, phường, thị trấn", 155, "xã, phường, thị trấn"),
 Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân có thành tích xuất sắc", 20, "cá nhân")],
[D("Quyết định", "99", "QĐ/TW", None, "Ban Bí thư", "Quyết định số 99-QĐ/TW"),
 D("Kết luận", "03", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Kết luận", "04", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 03, 04-KL/TU"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 218-QĐ/TW")],
[prov("An Giang"), com("Châu Lăng"), com("Mỹ Long")],
["Báo An Giang Online", "Chính trị > Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Luật Mặt trận Tổ quốc Việt Nam",
 "Luật Công chứng (sửa đổi)", "Luật Bảo hiểm xã hội (sửa đổi)", "Vì người nghèo", "Lượt xem: 724"],
["Ngày 10/07/2024 | 14:10", "6 tháng đầu năm", "6 tháng cuối năm 2024", "nhiệm kỳ 2024 - 2029", "Lượt xem: 724"]))
