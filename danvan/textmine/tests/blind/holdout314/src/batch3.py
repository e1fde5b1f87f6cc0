from lib import *
PAGES = []

PAGES.append(page("b7505-daklak-ttnd-taphuan-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị | Mặt trận - Đoàn thể
14/04/2022 06:00
Học viên trao đổi tại lớp tập huấn. Ảnh: H.Gia
Bồi dưỡng kỹ năng giám sát cho hơn 300 thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng
Trong 2 ngày (12 - 13/4), Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức lớp tập huấn nghiệp vụ năm 2022 cho các thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng cấp xã tại thị xã Buôn Hồ và huyện Krông Búk. Tham gia tập huấn có hơn 300 học viên, trong đó gần 40% là người đồng bào dân tộc thiểu số tại chỗ.
Đồng chí Y Khoa Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, phát biểu khai mạc cho biết, hiện toàn tỉnh có 184 Ban Thanh tra nhân dân cấp xã với 1.471 thành viên và 184 Ban Giám sát đầu tư của cộng đồng. Năm 2021, các ban đã giám sát 512 cuộc, 389 công trình, dự án; kiến nghị xử lý 58 vụ việc, thu hồi cho nhà nước và nhân dân gần 1,9 tỷ đồng.
Tại lớp tập huấn, các học viên được nghe bà H'Ly Byă, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, và ông Nguyễn Xuân Hiếu, Phó Trưởng phòng Thanh tra, giải quyết khiếu nại, tố cáo Thanh tra tỉnh, truyền đạt các chuyên đề: quy trình giám sát của Ban Thanh tra nhân dân theo Nghị định số 159/2016/NĐ-CP; giám sát đầu tư của cộng đồng theo Nghị định 29/2021/NĐ-CP; kỹ năng tiếp nhận, xử lý ý kiến phản ánh của nhân dân; cách lập biên bản giám sát.
Ông Y Wưn Mlô, Trưởng ban Thanh tra nhân dân xã Ea Ngai, kể lại việc ban phát hiện công trình kênh mương ở buôn Ea Drông đổ bê tông mỏng hơn thiết kế 3 cm và kiến nghị làm lại 120 m. Bà H'Ngơn Ênuôl, Phó Trưởng ban Giám sát đầu tư của cộng đồng phường An Lạc, chia sẻ ban dịch bảng công khai dự toán sang tiếng Êđê để bà con đọc được.
Nhiều học viên cho biết nội dung tập huấn thiết thực, có nhiều tình huống cụ thể, giúp các ban tự tin hơn khi làm việc với chủ đầu tư và nhà thầu. Trong giờ thảo luận, các học viên được chia thành 6 nhóm để thực hành lập kế hoạch giám sát một công trình đường giao thông nông thôn.
Ông Đinh Văn Khoa, Chủ tịch Ủy ban MTTQ Việt Nam thị xã Buôn Hồ, đề nghị tỉnh sớm có hướng dẫn mức chi cụ thể; hiện mỗi Ban Giám sát đầu tư của cộng đồng được hỗ trợ tối đa 5 triệu đồng/năm.
Bế mạc lớp tập huấn, đồng chí Y Khoa Niê yêu cầu Ủy ban MTTQ các huyện, thị xã, thành phố tiếp tục thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 02/3/2022 của Ban Thường trực Ủy ban MTTQ tỉnh, tổ chức tập huấn cho 100% thành viên ban còn lại trước tháng 9/2022, chú trọng thành viên mới được kiện toàn, người đồng bào Êđê, M'nông, Gia Rai và già làng, người có uy tín.
Hoàng Gia
Tin liên quan
- Krông Pắc: giám sát thực hiện Chương trình 135 (08/04/2022)
- Ea H'leo kiện toàn 12 Ban Thanh tra nhân dân (30/03/2022)
- MTTQ tỉnh giám sát việc hỗ trợ người lao động khó khăn do Covid-19 (22/03/2022)
""", "2022-04-14", "Bồi dưỡng kỹ năng giám sát cho hơn 300 thành viên Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
E("tap_huan", "2022", "2022-04-12"),
[P("Y Khoa Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Ly Byă", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Nguyễn Xuân Hiếu", "Phó Trưởng phòng Thanh tra, giải quyết khiếu nại, tố cáo Thanh tra tỉnh"),
 P("Y Wưn Mlô", "Trưởng ban Thanh tra nhân dân xã Ea Ngai"),
 P("H'Ngơn Ênuôl", "Phó Trưởng ban Giám sát đầu tư của cộng đồng phường An Lạc"),
 P("Đinh Văn Khoa", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã Buôn Hồ")],
[Q("hơn 300 học viên", 300, "học viên", "over"),
 Q("gần 40%", 40, "%", "approx"), Q("184 Ban Thanh tra nhân dân cấp xã", 184, "Ban Thanh tra nhân dân cấp xã"),
 Q("1.471 thành viên", 1471, "thành viên"), Q("184 Ban Giám sát đầu tư của cộng đồng", 184, "Ban Giám sát đầu tư của cộng đồng"),
 Q("512 cuộc", 512, "cuộc"), Q("389 công trình, dự án", 389, "công trình, dự án"), Q("58 vụ việc", 58, "vụ việc"),
 Q("gần 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("3 cm", 3, "cm"), Q("120 m", 120, "m"),
 Q("tối đa 5 triệu đồng/năm", 5000000, "đồng"), Q("6 nhóm", 6, "nhóm"), Q("100% thành viên", 100, "%")],
[D("Nghị định", "159", "2016/NĐ-CP", None, None, "Nghị định số 159/2016/NĐ-CP"),
 D("Nghị định", "29", "2021/NĐ-CP", None, None, "Nghị định 29/2021/NĐ-CP"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2022-03-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 02/3/2022")],
[prov("Đắk Lắk"), com("Ea Ngai"), com("An Lạc")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị | Mặt trận - Đoàn thể", "Học viên trao đổi tại lớp tập huấn. Ảnh: H.Gia"],
["14/04/2022 06:00", "2 ngày (12 - 13/4)", "năm 2022", "Năm 2021", "tháng 9/2022"]))

PAGES.append(page("b7506-bacgiang-ttnd-hoinghi-2022", """
Báo Bắc Giang
Thứ Năm, 08/12/2022, 08:05
You are here: Trang chủ > Chính trị > Mặt trận Tổ quốc
Toàn cảnh hội nghị.
Biểu dương 45 Ban Thanh tra nhân dân tiêu biểu
BG - Ngày 6/12, Ủy ban MTTQ tỉnh, Thanh tra tỉnh và Liên đoàn Lao động tỉnh Bắc Giang tổ chức hội nghị biểu dương Ban Thanh tra nhân dân tiêu biểu năm 2022. Dự hội nghị có đồng chí Lâm Thị Hương Thành, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Giáp Văn Thịnh, Chánh Thanh tra tỉnh; đồng chí Ngô Văn Phúc, Phó Chủ tịch Liên đoàn Lao động tỉnh.
Theo báo cáo tại hội nghị, năm 2022 toàn tỉnh có 209 Ban Thanh tra nhân dân xã, phường, thị trấn và 1.023 Ban Thanh tra nhân dân tại cơ quan, đơn vị, doanh nghiệp. Các ban đã giám sát 2.157 cuộc, phát hiện 304 vụ việc, kiến nghị cấp có thẩm quyền xử lý 281 vụ việc; kiến nghị thu hồi trên 2,3 tỷ đồng. Hầu hết các ban đã có quy chế hoạt động, chương trình công tác năm.
Nhiều ban tiêu biểu được nêu tên. Ban Thanh tra nhân dân xã Tân Mộc (Lục Ngạn) phát hiện việc lập hồ sơ hỗ trợ trồng cây ăn quả trùng lặp ở 2 thôn, kiến nghị thu hồi 36 triệu đồng. Ban Thanh tra nhân dân Công ty TNHH Fuhong Precision Component giám sát việc trả lương làm thêm giờ cho gần 5.000 công nhân. Ban Thanh tra nhân dân thị trấn Chũ kiến nghị điều chỉnh giá thu tiền vệ sinh ở 14 tổ dân phố.
Phát biểu tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh Nguyễn Văn Chung, Thân Thị Thu Hà giới thiệu những điểm mới của Luật Thanh tra số 11/2022/QH15 được Quốc hội thông qua ngày 14/11/2022, có hiệu lực từ 1/7/2023, và Luật Thực hiện dân chủ ở cơ sở vừa được Quốc hội thông qua, trong đó Ban Thanh tra nhân dân được quy định là một chủ thể quan trọng trong giám sát ở cơ sở.
Đồng chí Lâm Thị Hương Thành đề nghị các cấp ủy chỉ đạo thực hiện tốt Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả hoạt động giám sát và phản biện xã hội, nhất là giám sát người đứng đầu; chính quyền các cấp bố trí kinh phí, kịp thời trả lời kiến nghị của Ban Thanh tra nhân dân.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 45 Ban Thanh tra nhân dân tiêu biểu và 52 cá nhân có thành tích xuất sắc. Thanh tra tỉnh tặng giấy khen cho 18 cá nhân.
Ông Hoàng Văn Nghĩa, Trưởng ban Thanh tra nhân dân xã Tân Mộc, bày tỏ: "Phần thưởng là động lực để chúng tôi làm tốt hơn, tận tâm hơn vì quyền lợi của bà con".
Bảo Ngọc
Bài viết liên quan
- Lạng Giang: tập huấn nghiệp vụ cho Ban Giám sát đầu tư của cộng đồng (01/12/2022)
- Hiệp Hòa sơ kết 5 năm thực hiện Quyết định 217, 218 của Bộ Chính trị (24/11/2022)
- Yên Thế: giám sát việc thực hiện chính sách bảo hiểm y tế (17/11/2022)
""", "2022-12-08", "Biểu dương 45 Ban Thanh tra nhân dân tiêu biểu",
E("hoi_nghi", "2022", "2022-12-06"),
[P("Lâm Thị Hương Thành", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giáp Văn Thịnh", "Chánh Thanh tra tỉnh"),
 P("Ngô Văn Phúc", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Nguyễn Văn Chung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Thân Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Văn Nghĩa", "Trưởng ban Thanh tra nhân dân xã Tân Mộc")],
[Q("45 Ban Thanh tra nhân dân tiêu biểu", 45, "Ban Thanh tra nhân dân tiêu biểu"),
 Q("209 Ban Thanh tra nhân dân", 209, "Ban Thanh tra nhân dân"), Q("1.023 Ban Thanh tra nhân dân", 1023, "Ban Thanh tra nhân dân"),
 Q("2.157 cuộc", 2157, "cuộc"), Q("304 vụ việc", 304, "vụ việc"), Q("281 vụ việc", 281, "vụ việc"),
 Q("trên 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("2 thôn", 2, "thôn"), Q("36 triệu đồng", 36000000, "đồng"),
 Q("gần 5.000 công nhân", 5000, "công nhân", "approx"), Q("14 tổ dân phố", 14, "tổ dân phố"),
 Q("52 cá nhân", 52, "cá nhân"), Q("18 cá nhân", 18, "cá nhân")],
[D("Luật", "11", "2022/QH15", "2022-11-14", "Quốc hội", "Luật Thanh tra số 11/2022/QH15"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bắc Giang"), com("Tân Mộc"), com("Chũ")],
["Báo Bắc Giang", "You are here: Trang chủ > Chính trị > Mặt trận Tổ quốc", "Toàn cảnh hội nghị.", "BG",
 "Công ty TNHH Fuhong Precision Component", "Luật Thực hiện dân chủ ở cơ sở"],
["Thứ Năm, 08/12/2022, 08:05", "năm 2022", "1/7/2023"]))

PAGES.append(page("b7507-soctrang-ttnd-soket-2023", """
Báo Sóc Trăng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng
Cập nhật: 07:45, 06/07/2023 (GMT+7)
Thời sự - Chính trị
Phát huy vai trò Ban Thanh tra nhân dân trong thực hiện dân chủ ở cơ sở
(STO) - Ngày 4/7, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác giám sát, hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.
Ông Lâm Văn Mẫn dự hội nghị. Ảnh: Thạch Hiền
Dự hội nghị có ông Lâm Văn Mẫn, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; ông Sơn Thanh Liêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Thanh tra tỉnh, Liên đoàn Lao động tỉnh và lãnh đạo Ủy ban MTTQ các huyện, thị xã, thành phố.
6 tháng đầu năm 2023, Ban Thanh tra nhân dân 108 xã, phường, thị trấn đã thực hiện 231 cuộc giám sát, tiếp nhận 67 đơn thư, kiến nghị của người dân; qua đó kiến nghị chính quyền giải quyết 59 trường hợp, trong đó có việc xét duyệt hộ nghèo, hộ cận nghèo, cấp thẻ bảo hiểm y tế, trợ cấp cho đồng bào Khmer nghèo. Ban Giám sát đầu tư của cộng đồng giám sát 147 công trình với tổng vốn hơn 215 tỷ đồng, phát hiện 12 công trình thi công chậm tiến độ.
Ông Thạch Sô Phol, Trưởng ban Thanh tra nhân dân xã Viên An (Trần Đề), cho biết ban thường xuyên phối hợp với Ban Quản trị các chùa Khmer, sư cả, Achar để nắm ý kiến của bà con. Bà Lý Thị Sa Phia, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường 5 (TP Sóc Trăng), đề nghị tập huấn kỹ năng giám sát dự án chỉnh trang đô thị.
Phát biểu kết luận, ông Lâm Văn Mẫn yêu cầu từ nay đến cuối năm, Mặt trận các cấp tập trung triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, có hiệu lực từ ngày 01/7/2023; tổ chức kiện toàn Ban Thanh tra nhân dân theo quy định mới; thực hiện Kế hoạch 28, 29/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát thực hiện chính sách dân tộc và giám sát đầu tư công năm 2023. Ông đề nghị mỗi huyện chọn ít nhất 1 xã làm điểm về Ban Thanh tra nhân dân hoạt động hiệu quả.
Hội nghị cũng chỉ ra một số hạn chế: ở một số nơi việc kiện toàn Ban Thanh tra nhân dân còn chậm, thành viên chủ yếu là người cao tuổi, ít được tập huấn; kiến nghị sau giám sát chưa được chính quyền trả lời đầy đủ; một số chủ đầu tư chưa gửi hồ sơ, chưa mời Ban Giám sát đầu tư của cộng đồng tham gia nghiệm thu.
Ông Sơn Thanh Liêm thông tin thêm, tỉnh có 6 Ban Thanh tra nhân dân và 9 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen giai đoạn 2018 - 2023.
Lý Thị Ngọc Thơ
TIN CÙNG CHUYÊN MỤC
- Mỹ Xuyên: đối thoại với người có uy tín (29/06/2023)
- Châu Thành giám sát chương trình nông thôn mới (21/06/2023)
- Kế Sách: ra mắt tổ tự quản an ninh trật tự (14/06/2023)
""", "2023-07-06", "Phát huy vai trò Ban Thanh tra nhân dân trong thực hiện dân chủ ở cơ sở",
E("so_ket", "2023-H1", "2023-07-04"),
[P("Lâm Văn Mẫn", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sơn Thanh Liêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phol", "Trưởng ban Thanh tra nhân dân xã Viên An"),
 P("Lý Thị Sa Phia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường 5")],
[Q("108 xã, phường, thị trấn", 108, "xã, phường, thị trấn"), Q("231 cuộc giám sát", 231, "cuộc giám sát"),
 Q("67 đơn thư, kiến nghị", 67, "đơn thư, kiến nghị"), Q("59 trường hợp", 59, "trường hợp"),
 Q("147 công trình", 147, "công trình"), Q("hơn 215 tỷ đồng", 215000000000, "đồng", "over"),
 Q("12 công trình", 12, "công trình"), Q("ít nhất 1 xã", 1, "xã", "over"),
 Q("6 Ban Thanh tra nhân dân", 6, "Ban Thanh tra nhân dân"), Q("9 cá nhân", 9, "cá nhân")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "28", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 28, 29/KH-MTTQ-BTT"),
 D("Kế hoạch", "29", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 28, 29/KH-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Viên An"), com("phường 5")],
["Báo Sóc Trăng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng", "Thời sự - Chính trị", "(STO)",
 "Ông Lâm Văn Mẫn dự hội nghị. Ảnh: Thạch Hiền", "Ban Quản trị các chùa Khmer"],
["Cập nhật: 07:45, 06/07/2023 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2023", "6 tháng đầu năm 2023",
 "ngày 01/7/2023", "giai đoạn 2018 - 2023", "năm 2023"]))

PAGES.append(page("b7508-ninhbinh-ttnd-giamsat-2023", """
Báo Ninh Bình điện tử
22/09/2023 - 10:05
Trang chủ › Xã hội › Dân chủ ở cơ sở
Ban Thanh tra nhân dân phường Ninh Phong giám sát thu, chi quỹ đóng góp xây dựng nhà văn hóa
Thành viên Ban Thanh tra nhân dân phường Ninh Phong kiểm tra chứng từ thu chi.
Ngày 20/9, Ban Thanh tra nhân dân phường Ninh Phong (thành phố Ninh Bình) tiến hành giám sát việc huy động, sử dụng các khoản đóng góp của nhân dân để xây dựng nhà văn hóa phố Phong Đoài và phố Phong Sơn. Đây là nội dung giám sát được nhiều người dân trong phường quan tâm sau khi có ý kiến phản ánh tại hội nghị tiếp xúc cử tri hồi tháng 7.
Theo bà Vũ Thị Thu Hằng, Trưởng ban Thanh tra nhân dân phường, đoàn giám sát gồm 5 thành viên đã kiểm tra sổ sách, chứng từ và đối chiếu với danh sách các hộ đóng góp. Tổng kinh phí 2 công trình là 2,86 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 1,2 tỷ đồng, nhân dân đóng góp hơn 1,4 tỷ đồng, còn lại là nguồn xã hội hóa từ con em xa quê và doanh nghiệp trên địa bàn. Có 412 hộ tham gia đóng góp, mức bình quân 3,5 triệu đồng/hộ.
Qua giám sát, ban ghi nhận Ban vận động xây dựng của 2 phố đã công khai danh sách đóng góp tại bảng tin, mở sổ thu chi riêng. Tuy nhiên, vẫn còn 3 khoản chi tiếp khách, mua vật tư với tổng số khoảng 18 triệu đồng chưa có hóa đơn, chứng từ hợp lệ; phố Phong Sơn chưa công khai quyết toán phần hạng mục sân, cổng. Ban đã kiến nghị Ban vận động bổ sung chứng từ trong 15 ngày và niêm yết công khai quyết toán tại nhà văn hóa.
Ông Đinh Văn Tiến, Trưởng phố Phong Sơn, tiếp thu và cho biết phố sẽ tổ chức họp dân để báo cáo lại. Ông Trương Quốc Việt, Phó Chủ tịch UBND phường, đề nghị Ban Thanh tra nhân dân tiếp tục theo dõi đến khi hoàn thành quyết toán.
Bà Nguyễn Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Phong, cho biết giám sát được thực hiện theo Luật Thực hiện dân chủ ở cơ sở năm 2022 và Chương trình giám sát số 03/CTr-TTND ngày 15/01/2023 của Ban Thanh tra nhân dân phường. Từ đầu năm, ban đã thực hiện 6 cuộc giám sát, tiếp nhận 9 ý kiến của nhân dân, kiến nghị 7 nội dung và đều được UBND phường trả lời.
Theo Ủy ban MTTQ tỉnh Ninh Bình, từ khi Luật Thực hiện dân chủ ở cơ sở có hiệu lực, nhiều Ban Thanh tra nhân dân đã chủ động lựa chọn nội dung giám sát gần với đời sống như các khoản đóng góp tự nguyện, quỹ khuyến học, tiền điện chiếu sáng ngõ xóm, thay vì chờ đơn thư như trước. Tỉnh đang thực hiện Hướng dẫn số 27/HD-MTTQ-BTT về tổ chức, hoạt động của Ban Thanh tra nhân dân theo quy định mới.
Thu Trang
Tin khác
- Kim Sơn: hơn 1.000 hộ đóng góp làm đường giao thông nông thôn (15/09/2023)
- Hoa Lư tập huấn nghiệp vụ cho Ban Thanh tra nhân dân (08/09/2023)
- Yên Mô: đối thoại giữa Bí thư Huyện ủy với nhân dân (31/08/2023)
""", "2023-09-22", "Ban Thanh tra nhân dân phường Ninh Phong giám sát thu, chi quỹ đóng góp xây dựng nhà văn hóa",
E("giam_sat", None, "2023-09-20"),
[P("Vũ Thị Thu Hằng", "Trưởng ban Thanh tra nhân dân phường"),
 P("Đinh Văn Tiến", "Trưởng phố Phong Sơn"),
 P("Trương Quốc Việt", "Phó Chủ tịch UBND phường"),
 P("Nguyễn Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam phường Ninh Phong")],
[Q("5 thành viên", 5, "thành viên"), Q("2 công trình", 2, "công trình"), Q("2,86 tỷ đồng", 2860000000, "đồng"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("hơn 1,4 tỷ đồng", 1400000000, "đồng", "over"), Q("412 hộ", 412, "hộ"),
 Q("3,5 triệu đồng/hộ", 3500000, "đồng"), Q("2 phố", 2, "phố"), Q("3 khoản chi", 3, "khoản chi"),
 Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"), Q("6 cuộc giám sát", 6, "cuộc giám sát"),
 Q("9 ý kiến", 9, "ý kiến"), Q("7 nội dung", 7, "nội dung")],
[D("Chương trình giám sát", "03", "CTr-TTND", "2023-01-15", "Ban Thanh tra nhân dân phường",
   "Chương trình giám sát số 03/CTr-TTND ngày 15/01/2023"),
 D("Hướng dẫn", "27", "HD-MTTQ-BTT", None, None, "Hướng dẫn số 27/HD-MTTQ-BTT")],
[prov("Ninh Bình"), com("Ninh Phong")],
["Báo Ninh Bình điện tử", "Trang chủ › Xã hội › Dân chủ ở cơ sở",
 "Thành viên Ban Thanh tra nhân dân phường Ninh Phong kiểm tra chứng từ thu chi.", "Luật Thực hiện dân chủ ở cơ sở năm 2022"],
["22/09/2023 - 10:05", "tháng 7", "15 ngày", "Từ đầu năm"]))

PAGES.append(page("b7509-gialai-gsdtcd-tongket-2024", """
BÁO GIA LAI ĐIỆN TỬ
Chính trị › Mặt trận
08:15 | 27/12/2024
Gia Lai: Ban Giám sát đầu tư của cộng đồng giám sát hơn 700 công trình trong năm 2024
(GLO)- Chiều 25/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác giám sát và hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng năm 2024. Đồng chí Rơ Châm H'Mai, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2024, Ban Giám sát đầu tư của cộng đồng ở 218 xã, phường, thị trấn đã giám sát 716 công trình, dự án, chủ yếu thuộc 3 chương trình mục tiêu quốc gia, với tổng vốn khoảng 1.050 tỷ đồng. Qua giám sát, các ban kiến nghị 94 nội dung về chất lượng, khối lượng, tiến độ, trong đó đã được tiếp thu, khắc phục 88 nội dung. Ban Thanh tra nhân dân các xã, phường, thị trấn thực hiện 639 cuộc giám sát, tham gia hòa giải 146 vụ việc, kiến nghị xử lý 41 trường hợp sai phạm.
Trong năm, Mặt trận tỉnh chủ trì giám sát chuyên đề việc thực hiện Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi tại 4 huyện Krông Pa, Ia Pa, Chư Sê, Kông Chro. Đoàn đã phát hiện 27 hộ được hỗ trợ bò giống nhưng bò chết, bị bán, kiến nghị các địa phương rà soát, thu hồi.
Tại hội nghị, ông Ksor Thoan, Trưởng ban Giám sát đầu tư của cộng đồng xã Ia Rsai (Krông Pa), cho biết nhờ giám sát sát sao, công trình nước sinh hoạt làng Ma Giai được nhà thầu bổ sung 2 bồn chứa. Ông Đinh Văn Bol, Phó Trưởng ban Thanh tra nhân dân xã Đak Pling (Kông Chro), nêu khó khăn: nhiều công trình ở làng xa, ban không có phương tiện đi lại. Bà Siu H'Hlưn, Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Tiêm (Chư Sê), đề nghị tỉnh nâng mức hỗ trợ thành viên.
Phát biểu kết luận, đồng chí Rơ Châm H'Mai đề nghị năm 2025 tiếp tục thực hiện Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư về phát huy vai trò, nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội của Mặt trận; thực hiện Kế hoạch 76, 77-KH/MTTQ-BTT về giám sát các chương trình mục tiêu quốc gia và về kiện toàn Ban Thanh tra nhân dân năm 2025.
Hội nghị cũng thẳng thắn nhìn nhận một số hạn chế: một số ban hoạt động còn hình thức, thành viên kiêm nhiệm nhiều việc; kinh phí hỗ trợ thấp, chậm; việc trả lời kiến nghị của chủ đầu tư ở vài nơi chưa kịp thời. Với các xã vùng sâu, rào cản ngôn ngữ khiến việc nắm ý kiến của bà con Jrai, Bahnar còn khó khăn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 10 tập thể và 14 cá nhân.
Vũ Chi
Tin liên quan
- Chư Prông giám sát việc hỗ trợ nhà ở cho hộ nghèo (20/12/2024)
- Ia Grai: 23 xã kiện toàn Ban Thanh tra nhân dân (12/12/2024)
- Đak Pơ đối thoại giữa người đứng đầu cấp ủy với nhân dân (05/12/2024)
""", "2024-12-27", "Gia Lai: Ban Giám sát đầu tư của cộng đồng giám sát hơn 700 công trình trong năm 2024",
E("tong_ket", "2024", "2024-12-25"),
[P("Rơ Châm H'Mai", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ksor Thoan", "Trưởng ban Giám sát đầu tư của cộng đồng xã Ia Rsai"),
 P("Đinh Văn Bol", "Phó Trưởng ban Thanh tra nhân dân xã Đak Pling"),
 P("Siu H'Hlưn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ia Tiêm")],
[Q("hơn 700 công trình", 700, "công trình", "over"), Q("218 xã, phường, thị trấn", 218, "xã, phường, thị trấn"),
 Q("716 công trình, dự án", 716, "công trình, dự án"), Q("3 chương trình mục tiêu quốc gia", 3, "chương trình mục tiêu quốc gia"),
 Q("khoảng 1.050 tỷ đồng", 1050000000000, "đồng", "approx"), Q("94 nội dung", 94, "nội dung"), Q("88 nội dung", 88, "nội dung"),
 Q("639 cuộc giám sát", 639, "cuộc giám sát"), Q("146 vụ việc", 146, "vụ việc"), Q("41 trường hợp", 41, "trường hợp"),
 Q("4 huyện", 4, "huyện"), Q("27 hộ", 27, "hộ"), Q("2 bồn chứa", 2, "bồn chứa"),
 Q("10 tập thể", 10, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "18", "CT/TW", "2022-10-26", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 26/10/2022 của Ban Bí thư"),
 D("Kế hoạch", "76", "KH/MTTQ-BTT", None, None, "Kế hoạch 76, 77-KH/MTTQ-BTT"),
 D("Kế hoạch", "77", "KH/MTTQ-BTT", None, None, "Kế hoạch 76, 77-KH/MTTQ-BTT")],
[prov("Gia Lai"), com("Ia Rsai"), com("Đak Pling"), com("Ia Tiêm")],
["BÁO GIA LAI ĐIỆN TỬ", "Chính trị › Mặt trận", "(GLO)",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["08:15 | 27/12/2024", "năm 2024", "năm 2025"]))

PAGES.append(page("b7510-hanoi-ttnd-phathien-2024", """
HÀ NỘI MỚI
Ngày đăng 10/05/2024 | 16:20
Thứ Sáu, 10/05/2024
Thời sự | Hà Nội | Xã hội | Dân chủ cơ sở
Nhờ Ban Thanh tra nhân dân, 62 hộ ở phường Phúc Đồng được nhận lại tiền đóng góp thu sai
Ông Nguyễn Văn Khải trao đổi với người dân tổ dân phố số 11. Ảnh: Lan Hương
Sau hơn 2 tháng kiên trì xác minh, Ban Thanh tra nhân dân phường Phúc Đồng (quận Long Biên) đã làm rõ việc một tổ dân phố thu thêm tiền của người dân ngoài mức đã được hội nghị nhân dân biểu quyết. Đến đầu tháng 5, toàn bộ 62 hộ đã được hoàn trả tổng cộng hơn 49 triệu đồng.
Câu chuyện bắt đầu từ đơn phản ánh của một số hộ dân tổ dân phố số 11 gửi Ủy ban MTTQ phường hồi tháng 2. Theo đơn, khi triển khai lát lại vỉa hè, lắp đèn chiếu sáng ngõ, ngoài khoản đóng góp 500.000 đồng/hộ theo biên bản họp, tổ còn thu thêm 800.000 đồng/hộ gọi là "tiền phát sinh" nhưng không công khai.
Ông Nguyễn Văn Khải, Trưởng ban Thanh tra nhân dân phường Phúc Đồng, cho biết ban đã phân công 3 thành viên làm việc với tổ trưởng, kế toán tổ, đối chiếu sổ thu với hóa đơn mua vật tư và lấy ý kiến 35 hộ. Kết quả cho thấy phần "phát sinh" không được hội nghị tổ dân phố thông qua, một phần được chi cho việc không thuộc công trình. Ban đã có văn bản kiến nghị UBND phường chỉ đạo hoàn trả.
Bà Đặng Thị Ngọc Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường, nhấn mạnh: theo Luật Thực hiện dân chủ ở cơ sở, những khoản đóng góp của nhân dân đều phải được bàn, quyết định và công khai; Ban Thanh tra nhân dân có quyền giám sát. Ông Lê Minh Đức, Phó Chủ tịch UBND phường Phúc Đồng, cho biết UBND phường đã chấn chỉnh, yêu cầu các tổ dân phố rà soát lại toàn bộ khoản thu năm 2023 - 2024 và thực hiện đúng Quyết định số 09/2024/QĐ-UBND của UBND thành phố Hà Nội về quản lý các khoản đóng góp tự nguyện.
Một số người dân cho biết họ "rất bất ngờ" khi được trả lại tiền. Bà Hoàng Thị Tâm, 72 tuổi, nói: "Tôi cứ nghĩ nộp rồi thì thôi, không ngờ Ban Thanh tra nhân dân làm đến cùng".
Theo Ủy ban MTTQ thành phố, năm 2023 Ban Thanh tra nhân dân 579 xã, phường, thị trấn của Hà Nội đã giám sát khoảng 3.200 cuộc, kiến nghị thu hồi gần 5 tỷ đồng. Thực hiện Kế hoạch số 112/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ thành phố, quý II/2024 các ban tập trung giám sát các khoản thu tại tổ dân phố, thôn.
Lan Hương
Lượt xem: 4.507
Tin khác
- Gia Lâm: Ban Giám sát đầu tư cộng đồng phát hiện công trình chậm tiến độ (06/05/2024)
- Đống Đa tập huấn cho 210 thành viên Ban Thanh tra nhân dân (29/04/2024)
- Thanh Oai: người dân giám sát chương trình nông thôn mới (22/04/2024)
""", "2024-05-10", "Nhờ Ban Thanh tra nhân dân, 62 hộ ở phường Phúc Đồng được nhận lại tiền đóng góp thu sai",
E("khac", None, None),
[P("Nguyễn Văn Khải", "Trưởng ban Thanh tra nhân dân phường Phúc Đồng"),
 P("Đặng Thị Ngọc Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Lê Minh Đức", "Phó Chủ tịch UBND phường Phúc Đồng"),
 P("Hoàng Thị Tâm")],
[Q("62 hộ", 62, "hộ"), Q("hơn 49 triệu đồng", 49000000, "đồng", "over"), Q("500.000 đồng/hộ", 500000, "đồng"),
 Q("800.000 đồng/hộ", 800000, "đồng"), Q("3 thành viên", 3, "thành viên"), Q("35 hộ", 35, "hộ"),
 Q("579 xã, phường, thị trấn", 579, "xã, phường, thị trấn"), Q("khoảng 3.200 cuộc", 3200, "cuộc", "approx"),
 Q("gần 5 tỷ đồng", 5000000000, "đồng", "approx")],
[D("Quyết định", "09", "2024/QĐ-UBND", None, "UBND thành phố Hà Nội", "Quyết định số 09/2024/QĐ-UBND của UBND thành phố Hà Nội"),
 D("Kế hoạch", "112", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ thành phố", "Kế hoạch số 112/KH-MTTQ-BTT")],
[prov("Hà Nội"), com("Phúc Đồng")],
["HÀ NỘI MỚI", "Thời sự | Hà Nội | Xã hội | Dân chủ cơ sở",
 "Ông Nguyễn Văn Khải trao đổi với người dân tổ dân phố số 11. Ảnh: Lan Hương", "Luật Thực hiện dân chủ ở cơ sở",
 "tiền phát sinh", "Lượt xem: 4.507"],
["Ngày đăng 10/05/2024 | 16:20", "Thứ Sáu, 10/05/2024", "hơn 2 tháng", "tổ dân phố số 11", "tháng 2", "năm 2023 - 2024",
 "72 tuổi", "năm 2023", "quý II/2024", "Lượt xem: 4.507"]))
