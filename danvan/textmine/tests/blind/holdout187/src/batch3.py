from lib import *
PAGES = []

PAGES.append(page("b4457-haiphong-tttn-taphuan-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức > Hoạt động của Mặt trận các cấp
Thứ Sáu, 10/06/2022 | 08:30
Ảnh: Quang cảnh lớp tập huấn.
Hơn 600 thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được bồi dưỡng nghiệp vụ
Từ ngày 7 đến 9/6, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Hải Phòng phối hợp với Thanh tra thành phố tổ chức 3 lớp tập huấn nghiệp vụ năm 2022 cho hơn 600 học viên là Trưởng ban, Phó Trưởng ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) và cán bộ Mặt trận ở 217 xã, phường, thị trấn.
Phát biểu khai mạc, đồng chí Bùi Thị Hương Giang, Thành ủy viên, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố nhấn mạnh: Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 sẽ có hiệu lực từ ngày 1/7/2023, đặt ra yêu cầu mới với Ban TTND; thành viên Ban phải nắm vững quy trình giám sát, biết lập hồ sơ, biên bản, không để kiến nghị "rơi vào im lặng".
Các học viên được PGS.TS. Đoàn Văn Khải, giảng viên Học viện Chính trị khu vực I và ThS. Phạm Thị Hồng Nhung, Phó Trưởng phòng Tiếp công dân, xử lý đơn thư Thanh tra thành phố truyền đạt các chuyên đề: tổ chức và hoạt động của Ban TTND theo Nghị định số 159/2016/NĐ-CP; kinh phí hoạt động theo Thông tư số 63/2017/TT-BTC của Bộ Tài chính; giám sát đầu tư của cộng đồng theo Nghị định 29/2021/NĐ-CP; kỹ năng tiếp nhận, phân loại đơn thư và giám sát việc giải quyết khiếu nại, tố cáo ở cơ sở.
Theo báo cáo của Ban Thường trực, năm 2021 các Ban TTND của thành phố đã thực hiện 1.654 cuộc giám sát, tiếp nhận 482 đơn thư, kiến nghị; các Ban GSĐTCĐ giám sát 936 công trình, dự án với tổng vốn khoảng 4.120 tỷ đồng, phát hiện 57 công trình có sai sót. Tuy nhiên, còn khoảng 15% thành viên mới được bầu chưa qua tập huấn.
Chia sẻ tại lớp học, bà Vũ Thị Thu, Trưởng ban TTND phường Lam Sơn cho biết Ban đã giám sát việc cải tạo 2 tuyến ngõ với kinh phí 1,8 tỷ đồng do nhân dân và ngân sách cùng đóng góp; ông Đỗ Mạnh Cường, Trưởng ban GSĐTCĐ xã Đại Hợp kể việc phát hiện thép không đúng chủng loại ở công trình trạm y tế xã, kiến nghị nhà thầu thay thế 3,5 tấn thép.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận. Ban Thường trực Ủy ban MTTQ thành phố cũng phát cho mỗi Ban TTND 1 bộ tài liệu nghiệp vụ và sổ tay giám sát, thực hiện theo Kế hoạch số 119/KH-MTTQ-BTT ngày 15/4/2022 về nâng cao chất lượng hoạt động của Ban TTND giai đoạn 2022 - 2025.
Thanh Hà
Lượt xem: 1.318
Tin liên quan
- Kiến An: Hội nghị biểu dương Ban TTND tiêu biểu (30/05/2022)
- Ủy ban MTTQ thành phố giám sát việc thực hiện chính sách hỗ trợ người lao động (20/05/2022)
- Thủy Nguyên: 37 Ban GSĐTCĐ được kiện toàn (12/05/2022)
""", "2022-06-10", "Hơn 600 thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng được bồi dưỡng nghiệp vụ",
E("tap_huan", "2022", "2022-06-07"),
[P("Bùi Thị Hương Giang", "Thành ủy viên", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Đoàn Văn Khải", "PGS.TS.", "giảng viên Học viện Chính trị khu vực I"),
 P("Phạm Thị Hồng Nhung", "ThS.", "Phó Trưởng phòng Tiếp công dân, xử lý đơn thư Thanh tra thành phố"),
 P("Vũ Thị Thu", "Trưởng ban TTND phường Lam Sơn"),
 P("Đỗ Mạnh Cường", "Trưởng ban GSĐTCĐ xã Đại Hợp")],
[Q("3 lớp tập huấn", 3, "lớp tập huấn"), Q("hơn 600 học viên", 600, "học viên", "over"),
 Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn"), Q("1.654 cuộc giám sát", 1654, "cuộc giám sát"),
 Q("482 đơn thư, kiến nghị", 482, "đơn thư, kiến nghị"), Q("936 công trình, dự án", 936, "công trình, dự án"),
 Q("khoảng 4.120 tỷ đồng", 4120000000000, "đồng", "approx"), Q("57 công trình", 57, "công trình"),
 Q("khoảng 15%", 15, "%", "approx"), Q("2 tuyến ngõ", 2, "tuyến ngõ"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("3,5 tấn", 3.5, "tấn"), Q("100% học viên", 100, "%")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "159", "2016/NĐ-CP", None, None, "Nghị định số 159/2016/NĐ-CP"),
 D("Thông tư", "63", "2017/TT-BTC", None, "Bộ Tài chính", "Thông tư số 63/2017/TT-BTC"),
 D("Nghị định", "29", "2021/NĐ-CP", None, None, "Nghị định 29/2021/NĐ-CP"),
 D("Kế hoạch", "119", "KH-MTTQ-BTT", "2022-04-15", "Ban Thường trực Ủy ban MTTQ thành phố", "Kế hoạch số 119/KH-MTTQ-BTT ngày 15/4/2022")],
[prov("Hải Phòng"), com("Lam Sơn"), com("Đại Hợp")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức > Hoạt động của Mặt trận các cấp",
 "Ảnh: Quang cảnh lớp tập huấn.", "Học viện Chính trị khu vực I", "Lượt xem: 1.318"],
["Thứ Sáu, 10/06/2022 | 08:30", "Từ ngày 7 đến 9/6", "năm 2022", "ngày 1/7/2023", "năm 2021", "1 bộ tài liệu", "giai đoạn 2022 - 2025", "Lượt xem: 1.318"]))

PAGES.append(page("b4458-quangtri-gsdtcd-giamsat-2023", """
BÁO QUẢNG TRỊ
Trang chủ / Chính trị / Mặt trận - Đoàn thể
2023-08-25 16:40
Giám sát cộng đồng ở công trình nước sạch bản Ra Ly
Sáng 23/8, Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) xã Hướng Lập, huyện Hướng Hóa phối hợp với Ban Thanh tra nhân dân xã tiến hành giám sát công trình cấp nước sinh hoạt tập trung bản Ra Ly thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Công trình có tổng vốn 2,85 tỷ đồng, cấp nước cho 146 hộ với khoảng 620 nhân khẩu người Vân Kiều.
Thành viên Ban GSĐTCĐ kiểm tra bể chứa nước bản Ra Ly. Ảnh: Hồ Nguyên
Đoàn giám sát do ông Hồ Văn Ngoan, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, Trưởng ban GSĐTCĐ xã Hướng Lập làm trưởng đoàn; thành viên có bà Hồ Thị Kim Loan, Chủ tịch Hội LHPN xã, ông Pả Ky, người có uy tín bản Ra Ly và 4 đại diện hộ dân. Tham gia buổi giám sát còn có ông Nguyễn Quang Huy, Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện, đại diện chủ đầu tư.
Qua kiểm tra, đoàn ghi nhận công trình cơ bản đúng hồ sơ, đã hoàn thành khoảng 80% khối lượng; tuy nhiên 1 bể lọc có vết thấm, đường ống dẫn qua suối chưa được chôn đủ độ sâu 0,7 m theo thiết kế, dài khoảng 120 m. Người dân bản Ra Ly cũng phản ánh vị trí 3 vòi nước công cộng chưa thuận tiện cho các hộ ở cuối bản.
Ông Hồ Văn Ngoan cho biết, căn cứ Nghị định số 29/2021/NĐ-CP ngày 26/3/2021 của Chính phủ và Nghị định 27/2022/NĐ-CP về cơ chế quản lý, tổ chức thực hiện các chương trình mục tiêu quốc gia, Ban đã gửi văn bản kiến nghị chủ đầu tư xử lý dứt điểm các tồn tại trước khi nghiệm thu; đồng thời đề nghị bố trí tối đa 2 tuần để người dân góp ý vị trí vòi nước.
Ông Nguyễn Quang Huy tiếp thu và cam kết yêu cầu đơn vị thi công khắc phục trong 10 ngày. Ông cho biết, năm 2023 huyện Hướng Hóa có 47 công trình thuộc các chương trình mục tiêu quốc gia, trong đó 31 công trình có sự giám sát của Ban GSĐTCĐ.
Theo ông Hồ Sỹ Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, thực hiện Hướng dẫn số 25/HD-MTTQ-BTT ngày 20/3/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, từ đầu năm đến nay các Ban GSĐTCĐ trên địa bàn tỉnh đã giám sát 328 công trình, dự án, kiến nghị khắc phục 42 công trình. Đáng chú ý, ở các xã miền núi Hướng Hóa, Đakrông, nhiều người có uy tín như ông Pả Ky đã tham gia Ban, giúp việc giám sát sát với nhu cầu thực tế của đồng bào.
Hồ Nguyên
Lượt xem: 684
Tin khác
- Đakrông: giám sát việc hỗ trợ nhà ở cho hộ nghèo (18/08/2023)
- Ủy ban MTTQ tỉnh sơ kết 6 tháng đầu năm 2023 (12/07/2023)
- Gio Linh tập huấn nghiệp vụ giám sát đầu tư cộng đồng (04/07/2023)
""", "2023-08-25", "Giám sát cộng đồng ở công trình nước sạch bản Ra Ly",
E("giam_sat", None, "2023-08-23"),
[P("Hồ Văn Ngoan", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Trưởng ban GSĐTCĐ xã Hướng Lập"),
 P("Hồ Thị Kim Loan", "Chủ tịch Hội LHPN xã"),
 P("Pả Ky", "người có uy tín bản Ra Ly"),
 P("Nguyễn Quang Huy", "Phó Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện"),
 P("Hồ Sỹ Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Quảng Trị")],
[Q("2,85 tỷ đồng", 2850000000, "đồng"), Q("146 hộ", 146, "hộ"), Q("khoảng 620 nhân khẩu", 620, "nhân khẩu", "approx"),
 Q("4 đại diện hộ dân", 4, "đại diện hộ dân"), Q("khoảng 80%", 80, "%", "approx"), Q("0,7 m", 0.7, "m"),
 Q("khoảng 120 m", 120, "m", "approx"), Q("3 vòi nước công cộng", 3, "vòi nước công cộng"),
 Q("47 công trình", 47, "công trình"), Q("31 công trình", 31, "công trình"), Q("328 công trình, dự án", 328, "công trình, dự án"),
 Q("42 công trình", 42, "công trình")],
[D("Nghị định", "29", "2021/NĐ-CP", "2021-03-26", "Chính phủ", "Nghị định số 29/2021/NĐ-CP ngày 26/3/2021"),
 D("Nghị định", "27", "2022/NĐ-CP", None, None, "Nghị định 27/2022/NĐ-CP"),
 D("Hướng dẫn", "25", "HD-MTTQ-BTT", "2023-03-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 25/HD-MTTQ-BTT ngày 20/3/2023")],
[prov("Quảng Trị"), com("Hướng Lập")],
["BÁO QUẢNG TRỊ", "Trang chủ / Chính trị / Mặt trận - Đoàn thể", "Thành viên Ban GSĐTCĐ kiểm tra bể chứa nước bản Ra Ly. Ảnh: Hồ Nguyên",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 684"],
["2023-08-25 16:40", "1 bể lọc", "tối đa 2 tuần", "10 ngày", "năm 2023", "Lượt xem: 684"]))

PAGES.append(page("b4459-kiengiang-tttn-soket-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG
Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện xã hội
14/07/2023 - 10:05
Ảnh: Đồng chí Danh Út phát biểu tại hội nghị.
Ban Thanh tra nhân dân phát hiện 23 vụ việc sai phạm trong 6 tháng
Ngày 12/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết hoạt động giám sát của Ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng 6 tháng đầu năm 2023. Đồng chí Danh Út, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, 144 Ban TTND xã, phường, thị trấn với 1.075 thành viên đã tổ chức 516 cuộc giám sát; phát hiện 23 vụ việc sai phạm, chủ yếu về quản lý đất công, thu chi quỹ, bình xét hộ nghèo; kiến nghị thu hồi hơn 460 triệu đồng. Các Ban TTND tiếp nhận 194 đơn thư, kiến nghị, đã chuyển và được giải quyết 178 đơn, đạt 91,75%. Các Ban GSĐTCĐ giám sát 402 công trình, dự án, trong đó 96 công trình do nhân dân đóng góp kinh phí, tổng giá trị khoảng 38,6 tỷ đồng.
Hội nghị đã nghe các tham luận của ông Thạch Sa Ron, Trưởng ban TTND xã Vĩnh Hòa Hiệp về việc giám sát thực hiện chính sách đối với đồng bào Khmer; bà Danh Thị Sa Lý, Trưởng ban GSĐTCĐ xã Bàn Tân Định về giám sát 3 công trình cầu bê tông nông thôn; ông Lâm Minh Phước, Trưởng ban TTND thị trấn Dương Đông về giám sát việc lấn chiếm đất công ven biển.
Một số ý kiến cho rằng ở các xã vùng đồng bào Khmer của tỉnh Kiên Giang, nhiều thành viên Ban TTND còn ngại va chạm, chưa mạnh dạn kiến nghị; có nơi kết quả giám sát chưa được thông báo lại cho người dân tại các buổi họp ấp, sóc.
Các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Hồng Nga, Danh Thị Diệu Hiền cùng trả lời các ý kiến của đại biểu về việc chậm chi kinh phí hoạt động cho Ban TTND ở 11 xã; kiến nghị Sở Tài chính hướng dẫn địa phương bố trí đủ kinh phí theo Thông tư số 63/2017/TT-BTC, mức tối thiểu 5 triệu đồng/Ban/năm.
Phát biểu kết luận, đồng chí Danh Út đề nghị 6 tháng cuối năm các cấp Mặt trận tập trung giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 của Quốc hội, chuẩn bị điều kiện để Ban TTND hoạt động theo quy định mới từ ngày 1/7/2023; thực hiện Kế hoạch 112, 113-KH/TU của Ban Thường vụ Tỉnh ủy về phòng, chống tham nhũng, tiêu cực ở cơ sở; phấn đấu cuối năm có ít nhất 95% Ban TTND hoạt động đạt loại khá trở lên.
Thu Sương
Lượt xem: 529
Các tin đã đưa
- Hội nghị giao ban công tác Mặt trận quý II/2023 (07/07/2023)
- Phú Quốc: giám sát việc thực hiện chính sách hỗ trợ ngư dân (28/06/2023)
- Giồng Riềng tập huấn kỹ năng cho 120 thành viên Ban TTND (15/06/2023)
""", "2023-07-14", "Ban Thanh tra nhân dân phát hiện 23 vụ việc sai phạm trong 6 tháng",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Danh Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sa Ron", "Trưởng ban TTND xã Vĩnh Hòa Hiệp"),
 P("Danh Thị Sa Lý", "Trưởng ban GSĐTCĐ xã Bàn Tân Định"),
 P("Lâm Minh Phước", "Trưởng ban TTND thị trấn Dương Đông"),
 P("Nguyễn Thị Hồng Nga", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Thị Diệu Hiền", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("23 vụ việc sai phạm", 23, "vụ việc sai phạm"), Q("144 Ban TTND xã, phường, thị trấn", 144, "Ban TTND xã, phường, thị trấn"),
 Q("1.075 thành viên", 1075, "thành viên"), Q("516 cuộc giám sát", 516, "cuộc giám sát"),
 Q("hơn 460 triệu đồng", 460000000, "đồng", "over"), Q("194 đơn thư, kiến nghị", 194, "đơn thư, kiến nghị"),
 Q("178 đơn", 178, "đơn"), Q("91,75%", 91.75, "%"), Q("402 công trình, dự án", 402, "công trình, dự án"),
 Q("96 công trình", 96, "công trình"), Q("khoảng 38,6 tỷ đồng", 38600000000, "đồng", "approx"),
 Q("3 công trình cầu bê tông nông thôn", 3, "công trình cầu bê tông nông thôn"), Q("11 xã", 11, "xã"),
 Q("tối thiểu 5 triệu đồng", 5000000, "đồng"), Q("ít nhất 95%", 95, "%", "over")],
[D("Thông tư", "63", "2017/TT-BTC", None, None, "Thông tư số 63/2017/TT-BTC"),
 D("Luật", "10", "2022/QH15", None, "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "112", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU"),
 D("Kế hoạch", "113", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 112, 113-KH/TU")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hiệp"), com("Bàn Tân Định"), com("Dương Đông")],
["ỦY BAN MTTQ VIỆT NAM TỈNH KIÊN GIANG", "Trang chủ - Hoạt động Mặt trận - Giám sát, phản biện xã hội",
 "Ảnh: Đồng chí Danh Út phát biểu tại hội nghị.", "Lượt xem: 529"],
["14/07/2023 - 10:05", "6 tháng đầu năm 2023", "6 tháng cuối năm", "trong 6 tháng", "ngày 1/7/2023", "Lượt xem: 529"]))

PAGES.append(page("b4460-bacgiang-tttn-tongket-2024", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN YÊN THẾ
Hôm nay: Thứ Bảy, 21/12/2024
Trang chủ » Tin tức » Giám sát và phản biện xã hội
Thứ Sáu, 20/12/2024 - 15:20
Yên Thế: Hơn 90% kiến nghị của Ban Thanh tra nhân dân được giải quyết
Chiều 19/12, Ủy ban MTTQ Việt Nam huyện Yên Thế tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) năm 2024. Dự hội nghị có đồng chí Lương Văn Chình, Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Bắc Giang; đồng chí Hoàng Thị Lìu, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện và 75 đại biểu là Chủ tịch Ủy ban MTTQ, Trưởng ban TTND, Trưởng ban GSĐTCĐ 17 xã, thị trấn.
Đồng chí Hoàng Thị Lìu phát biểu tại hội nghị.
Năm 2024, các Ban TTND đã tiến hành 93 cuộc giám sát, tập trung vào việc quản lý, sử dụng đất công ích, thực hiện chính sách hỗ trợ xóa nhà tạm, nhà dột nát, thu chi các loại quỹ ở thôn, bản; đưa ra 148 kiến nghị, trong đó 134 kiến nghị đã được xem xét, giải quyết, đạt 90,5%. Ban TTND các xã đã tiếp nhận 41 đơn thư, phối hợp hòa giải thành 29 vụ việc mâu thuẫn, tranh chấp trong nhân dân.
Các Ban GSĐTCĐ đã giám sát 126 công trình với tổng mức đầu tư trên 287 tỷ đồng, trong đó có 18 công trình đầu tư từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; kiến nghị khắc phục 11 công trình chưa bảo đảm chất lượng. Sau cơn bão số 3 (Yagi), Ban TTND các xã còn giám sát việc phân bổ hơn 4,2 tỷ đồng hỗ trợ khắc phục hậu quả cho 1.362 hộ bị thiệt hại.
Tại hội nghị, ông Lăng Văn Tiến, người Nùng, Trưởng ban TTND xã Canh Nậu chia sẻ việc Ban phát hiện 5 hộ được hỗ trợ sửa nhà không đúng đối tượng, kiến nghị thu hồi 60 triệu đồng để chuyển cho các hộ đủ điều kiện. Bà Ninh Thị Hảo, người Sán Chay, Trưởng ban GSĐTCĐ xã Đồng Vương đề nghị chủ đầu tư công khai dự toán tại nhà văn hóa thôn để người dân cùng giám sát.
Phát biểu chỉ đạo, đồng chí Lương Văn Chình đề nghị năm 2025 các Ban TTND thực hiện đúng Luật Thực hiện dân chủ ở cơ sở, Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Kết luận 06, 07-KL/HU của Ban Thường vụ Huyện ủy về tăng cường giám sát ở cơ sở; tập trung giám sát Chương trình "Xóa nhà tạm, nhà dột nát" và việc sắp xếp đơn vị hành chính cấp xã. Dịp này, Ủy ban MTTQ Việt Nam huyện tặng giấy khen cho 6 Ban TTND tiêu biểu và 15 cá nhân xuất sắc.
Theo Kế hoạch số 86/KH-MTTQ-BTT ngày 10/12/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện, quý I/2025 sẽ tổ chức tập huấn cho khoảng 170 thành viên Ban TTND, Ban GSĐTCĐ.
Nguyễn Lan
Lượt xem: 318
Tin liên quan
- Hội nghị Ủy ban MTTQ Việt Nam huyện lần thứ 5 (12/12/2024)
- Trao 40 nhà Đại đoàn kết cho hộ nghèo (28/11/2024)
- Yên Thế: Ngày hội Đại đoàn kết toàn dân tộc ở bản Ven (15/11/2024)
""", "2024-12-20", "Yên Thế: Hơn 90% kiến nghị của Ban Thanh tra nhân dân được giải quyết",
E("tong_ket", "2024", "2024-12-19"),
[P("Lương Văn Chình", "Phó Chủ tịch - Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh Bắc Giang"),
 P("Hoàng Thị Lìu", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lăng Văn Tiến", "Trưởng ban TTND xã Canh Nậu"),
 P("Ninh Thị Hảo", "Trưởng ban GSĐTCĐ xã Đồng Vương")],
[Q("Hơn 90%", 90, "%", "over"), Q("75 đại biểu", 75, "đại biểu"), Q("17 xã, thị trấn", 17, "xã, thị trấn"),
 Q("93 cuộc giám sát", 93, "cuộc giám sát"), Q("148 kiến nghị", 148, "kiến nghị"), Q("134 kiến nghị", 134, "kiến nghị"),
 Q("90,5%", 90.5, "%"), Q("41 đơn thư", 41, "đơn thư"), Q("29 vụ việc mâu thuẫn, tranh chấp", 29, "vụ việc mâu thuẫn, tranh chấp"),
 Q("126 công trình", 126, "công trình"), Q("trên 287 tỷ đồng", 287000000000, "đồng", "over"), Q("18 công trình", 18, "công trình"),
 Q("11 công trình", 11, "công trình"), Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("1.362 hộ", 1362, "hộ"),
 Q("5 hộ", 5, "hộ"), Q("60 triệu đồng", 60000000, "đồng"), Q("6 Ban TTND tiêu biểu", 6, "Ban TTND tiêu biểu"),
 Q("15 cá nhân xuất sắc", 15, "cá nhân xuất sắc"), Q("khoảng 170 thành viên Ban TTND, Ban GSĐTCĐ", 170, "thành viên Ban TTND, Ban GSĐTCĐ", "approx")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Kết luận", "07", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 06, 07-KL/HU"),
 D("Kế hoạch", "86", "KH-MTTQ-BTT", "2024-12-10", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "Kế hoạch số 86/KH-MTTQ-BTT ngày 10/12/2024")],
[prov("Bắc Giang"), com("Canh Nậu"), com("Đồng Vương")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN YÊN THẾ", "Hôm nay: Thứ Bảy, 21/12/2024", "Trang chủ » Tin tức » Giám sát và phản biện xã hội",
 "Đồng chí Hoàng Thị Lìu phát biểu tại hội nghị.", "Xóa nhà tạm, nhà dột nát", "Luật Thực hiện dân chủ ở cơ sở",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Lượt xem: 318"],
["Thứ Sáu, 20/12/2024 - 15:20", "năm 2024", "bão số 3", "năm 2025", "quý I/2025", "Lượt xem: 318"]))

PAGES.append(page("b4461-phuyen-gsdtcd-giaoban-2024", """
BÁO PHÚ YÊN ONLINE
Chính trị | Mặt trận - Đoàn thể
Ngày 06/11/2024 | 09:15
Giao ban giám sát tháng 10: còn 27 kiến nghị quá hạn chưa được trả lời
Ngày 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức giao ban công tác giám sát tháng 10/2024 với Ủy ban MTTQ các huyện, thị xã, thành phố, tập trung vào hoạt động của Ban Thanh tra nhân dân (TTND) và Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ). Đồng chí Huỳnh Thị Ngọc Thảo, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Yên chủ trì.
Quang cảnh giao ban trực tuyến tại điểm cầu tỉnh. Ảnh: Ngọc Hân
Giao ban được tổ chức trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố. Theo báo cáo, trong tháng 10, các Ban TTND đã tổ chức 61 cuộc giám sát; tiếp nhận 34 đơn thư, kiến nghị, đã chuyển cơ quan chức năng 30 đơn. Các Ban GSĐTCĐ giám sát 52 công trình, trong đó có 14 công trình khắc phục hậu quả mưa lũ với tổng kinh phí gần 46 tỷ đồng. Tuy nhiên, qua rà soát, toàn tỉnh còn 27 kiến nghị của Ban TTND đã quá 30 ngày nhưng chưa được chính quyền trả lời, tập trung ở thị xã Đông Hòa và huyện Sông Hinh.
Tại giao ban, đồng chí Ksor Y Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh giải trình: nhiều kiến nghị liên quan đến đất sản xuất của đồng bào Ê Đê ở xã Ea Bá, cần thời gian đo đạc. Bà La Ơ H'Rin, Trưởng ban TTND xã Ea Bá cho biết Ban đã giám sát việc cấp phát 8,5 tấn gạo hỗ trợ 170 hộ trong mùa mưa bão, không phát hiện sai sót.
Ông Nguyễn Hoài Nam, Trưởng ban GSĐTCĐ phường Hòa Hiệp Trung phản ánh việc nhà thầu công trình kè chống sạt lở dài 320 m chậm tiến độ gần 2 tháng; Ban đã kiến nghị chủ đầu tư áp dụng chế tài theo hợp đồng.
Kết luận giao ban, đồng chí Huỳnh Thị Ngọc Thảo yêu cầu Ủy ban MTTQ cấp huyện đôn đốc chính quyền trả lời dứt điểm các kiến nghị quá hạn trước ngày 30/11; thực hiện Kế hoạch số 203/KH-MTTQ-BTT ngày 12/9/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát công trình khắc phục thiên tai; bám sát Nghị định số 59/2023/NĐ-CP và Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN. Đồng chí cũng lưu ý chuẩn bị tổng kết năm 2024, đề xuất khen thưởng ít nhất 10 Ban TTND, Ban GSĐTCĐ tiêu biểu.
Các Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam huyện: Trần Văn Hưng, Lê Thị Ánh Tuyết cũng báo cáo tiến độ giám sát nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn; hiện 2 huyện có 86 căn nhà đang xây dựng, dự kiến hoàn thành trước Tết Nguyên đán.
Ngọc Hân
Lượt xem: 457
Tin khác
- Ủy ban MTTQ Việt Nam tỉnh giao ban tháng 9/2024 (04/10/2024)
- Đồng Xuân: giám sát việc hỗ trợ nhà ở cho người có công (25/10/2024)
- Tuy An trao 30 phần quà cho hộ bị thiệt hại do mưa lũ (18/10/2024)
""", "2024-11-06", "Giao ban giám sát tháng 10: còn 27 kiến nghị quá hạn chưa được trả lời",
E("giao_ban", "2024-10", "2024-11-05"),
[P("Huỳnh Thị Ngọc Thảo", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Phú Yên"),
 P("Ksor Y Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Sông Hinh"),
 P("La Ơ H'Rin", "Trưởng ban TTND xã Ea Bá"),
 P("Nguyễn Hoài Nam", "Trưởng ban GSĐTCĐ phường Hòa Hiệp Trung"),
 P("Trần Văn Hưng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Thị Ánh Tuyết", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam huyện")],
[Q("27 kiến nghị", 27, "kiến nghị"), Q("9 điểm cầu huyện, thị xã, thành phố", 9, "điểm cầu huyện, thị xã, thành phố"),
 Q("61 cuộc giám sát", 61, "cuộc giám sát"), Q("34 đơn thư, kiến nghị", 34, "đơn thư, kiến nghị"), Q("30 đơn", 30, "đơn"),
 Q("52 công trình", 52, "công trình"), Q("14 công trình", 14, "công trình"), Q("gần 46 tỷ đồng", 46000000000, "đồng", "approx"),
 Q("8,5 tấn", 8.5, "tấn"), Q("170 hộ", 170, "hộ"), Q("320 m", 320, "m"),
 Q("ít nhất 10 Ban TTND, Ban GSĐTCĐ tiêu biểu", 10, "Ban TTND, Ban GSĐTCĐ tiêu biểu", "over"), Q("86 căn nhà", 86, "căn nhà")],
[D("Kế hoạch", "203", "KH-MTTQ-BTT", "2024-09-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 203/KH-MTTQ-BTT ngày 12/9/2024"),
 D("Nghị định", "59", "2023/NĐ-CP", None, None, "Nghị định số 59/2023/NĐ-CP"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Phú Yên"), com("Ea Bá"), com("Hòa Hiệp Trung")],
["BÁO PHÚ YÊN ONLINE", "Chính trị | Mặt trận - Đoàn thể", "Quang cảnh giao ban trực tuyến tại điểm cầu tỉnh. Ảnh: Ngọc Hân", "Lượt xem: 457"],
["Ngày 06/11/2024 | 09:15", "tháng 10/2024", "tháng 10", "30 ngày", "gần 2 tháng", "ngày 30/11", "năm 2024", "2 huyện", "Lượt xem: 457"]))

PAGES.append(page("b4462-tiengiang-tttn-doithoai-2025", """
Cổng thông tin điện tử xã Tân Thuận Bình - huyện Chợ Gạo - tỉnh Tiền Giang
Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận, đoàn thể
Thứ 6, 21/03/2025 - 14:00
Ảnh: Đồng chí Bí thư Đảng ủy xã trả lời ý kiến của người dân.
Xã Tân Thuận Bình đối thoại với nhân dân về kết quả giám sát của Ban Thanh tra nhân dân
Sáng 20/3/2025, Đảng ủy - UBND - Ủy ban MTTQ Việt Nam xã Tân Thuận Bình tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Tham dự có 126 đại biểu là người dân tiêu biểu ở 7 ấp, thành viên Ban Thanh tra nhân dân (TTND), Ban Giám sát đầu tư của cộng đồng (GSĐTCĐ) xã và đồng chí Phan Văn Lực, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Chợ Gạo.
Chủ trì đối thoại có các đồng chí: Nguyễn Thành Tâm, Bí thư Đảng ủy xã; Võ Thị Kim Yến, Phó Bí thư Đảng ủy, Chủ tịch UBND xã; Lê Hữu Phước, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Mở đầu, ông Trần Văn Bé Tư, Trưởng ban TTND xã thông báo kết quả giám sát năm 2024: Ban đã giám sát 9 cuộc, trong đó có việc thu, chi quỹ đền ơn đáp nghĩa, việc xét duyệt 23 hộ cận nghèo, việc nâng cấp 2,4 km đê bao ngăn mặn; phát hiện 1 khoản chi tiếp khách chưa đúng định mức, kiến nghị hoàn trả 4,6 triệu đồng. Ban TTND đã tiếp nhận 12 đơn thư, kiến nghị, đến nay đã giải quyết xong 11 đơn.
Tại buổi đối thoại, 17 ý kiến được nêu lên. Bà Huỳnh Thị Lệ, người dân ấp Thuận Trị hỏi về việc công trình cống ngăn mặn đã nghiệm thu nhưng cửa cống bị rò nước. Ông Đặng Văn Sáu, Trưởng ban GSĐTCĐ xã cho biết Ban đã lập biên bản, đề nghị nhà thầu sửa chữa trong thời gian bảo hành. Một số ý kiến đề nghị công khai danh sách 45 hộ được hỗ trợ nước sạch mùa khô với mức 1,2 triệu đồng/hộ.
Đồng chí Võ Thị Kim Yến trả lời trực tiếp 15 ý kiến, còn 2 ý kiến thuộc thẩm quyền cấp huyện được ghi nhận để chuyển UBND huyện. Kết luận hội nghị, đồng chí Nguyễn Thành Tâm yêu cầu các ngành thực hiện nghiêm Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Quy định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị và Kế hoạch số 27-KH/ĐU ngày 14/2/2025 của Đảng ủy xã về đối thoại năm 2025; giao Ban TTND giám sát việc thực hiện các nội dung đã hứa với dân, báo cáo tại kỳ họp cuối năm.
Nhiều người dân đánh giá, từ khi kết quả giám sát của Ban TTND được công bố công khai tại hội nghị đối thoại, bà con tin tưởng hơn và tích cực tham gia đóng góp ý kiến xây dựng chính quyền.
Cuối buổi, Ủy ban MTTQ Việt Nam xã trao 20 phần quà, mỗi phần trị giá 500.000 đồng, cho hộ khó khăn về nước sinh hoạt.
Bảo Trân
Lượt truy cập: 23.517
Tin khác
- Tân Thuận Bình ra quân làm sạch kênh, mương (10/03/2025)
- Hội nghị sơ kết công tác Mặt trận năm 2024 (15/01/2025)
- Trao 5 căn nhà Đại đoàn kết cho hộ nghèo (05/01/2025)
""", "2025-03-21", "Xã Tân Thuận Bình đối thoại với nhân dân về kết quả giám sát của Ban Thanh tra nhân dân",
E("doi_thoai", "2025", "2025-03-20"),
[P("Phan Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Chợ Gạo"),
 P("Nguyễn Thành Tâm", "Bí thư Đảng ủy xã"),
 P("Võ Thị Kim Yến", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lê Hữu Phước", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trần Văn Bé Tư", "Trưởng ban TTND xã"),
 P("Huỳnh Thị Lệ"),
 P("Đặng Văn Sáu", "Trưởng ban GSĐTCĐ xã")],
[Q("126 đại biểu", 126, "đại biểu"), Q("7 ấp", 7, "ấp"), Q("9 cuộc", 9, "cuộc"), Q("23 hộ cận nghèo", 23, "hộ cận nghèo"),
 Q("2,4 km", 2.4, "km"), Q("4,6 triệu đồng", 4600000, "đồng"), Q("12 đơn thư, kiến nghị", 12, "đơn thư, kiến nghị"),
 Q("11 đơn", 11, "đơn"), Q("17 ý kiến", 17, "ý kiến"), Q("45 hộ", 45, "hộ"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("15 ý kiến", 15, "ý kiến"), Q("2 ý kiến", 2, "ý kiến"), Q("20 phần quà", 20, "phần quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quy định", "144", "QĐ/TW", "2024-05-09", "Bộ Chính trị", "Quy định số 144-QĐ/TW ngày 09/5/2024"),
 D("Kế hoạch", "27", "KH/ĐU", "2025-02-14", "Đảng ủy xã", "Kế hoạch số 27-KH/ĐU ngày 14/2/2025")],
[prov("Tiền Giang"), com("Tân Thuận Bình")],
["Cổng thông tin điện tử xã Tân Thuận Bình - huyện Chợ Gạo - tỉnh Tiền Giang", "Trang chủ > Tin tức - Sự kiện > Hoạt động Mặt trận, đoàn thể",
 "Ảnh: Đồng chí Bí thư Đảng ủy xã trả lời ý kiến của người dân.", "Lượt truy cập: 23.517"],
["Thứ 6, 21/03/2025 - 14:00", "năm 2025", "năm 2024", "1 khoản chi", "Lượt truy cập: 23.517"]))
