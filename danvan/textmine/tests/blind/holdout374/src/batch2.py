from lib import *
PAGES = []

PAGES.append(page("b8939-binhdinh-baobinhdinh-soket-2017", """
BÁO BÌNH ĐỊNH ONLINE
Trang chủ >> Chính trị >> Đoàn thể - Mặt trận
14-07-2017 15:45
Tuổi trẻ Bình Định hoàn thành 52 công trình thanh niên
(BĐ) - Ngày 13/7, Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh niên 6 tháng đầu năm 2017, triển khai nhiệm vụ 6 tháng cuối năm. Dự hội nghị có đồng chí Đoàn Văn Phi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Bí thư Tỉnh đoàn Trần Thị Kim Loan chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm, các cấp bộ Đoàn đã thực hiện 52 công trình thanh niên với tổng trị giá 5,8 tỷ đồng, tập trung vào đường giao thông nông thôn, nhà văn hóa thôn và sân chơi thiếu nhi. Tháng Thanh niên thu hút trên 65.000 lượt đoàn viên, thanh niên tham gia. Toàn tỉnh kết nạp 2.150 đoàn viên mới, giới thiệu 312 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó 205 đoàn viên đã được kết nạp Đảng.
Chiến dịch thanh niên tình nguyện hè năm 2017 ra quân từ ngày 28/5 với 84 đội hình và 3.600 chiến sĩ. Các đội hình "Mùa hè xanh" của sinh viên Trường Đại học Quy Nhơn đã về xã Vĩnh Sơn và xã An Toàn, cùng bà con đồng bào Ba Na làm 4,2 km đường lên khu sản xuất, mở 18 lớp ôn tập hè cho học sinh. Chương trình "Tiếp sức mùa thi" huy động 1.100 tình nguyện viên tại 27 điểm thi.
Tỉnh đoàn đã ban hành Chương trình hành động số 08-CTr/TĐTN thực hiện Nghị quyết Đại hội Đoàn toàn quốc lần thứ XI và phối hợp tham mưu UBND tỉnh ban hành Quyết định số 1258/QĐ-UBND ngày 12/4/2017 phê duyệt Đề án hỗ trợ thanh niên khởi nghiệp giai đoạn 2017 - 2020; qua đó hỗ trợ 46 dự án khởi nghiệp của thanh niên với tổng vốn vay 3,2 tỷ đồng.
Tại hội nghị, các đồng chí: Nguyễn Hữu Phước, Bí thư Huyện đoàn Hoài Nhơn; Đinh Văn Tá, Bí thư Huyện đoàn Vĩnh Thạnh; Đinh Thị Hoa, Bí thư Đoàn xã An Toàn đã chia sẻ kinh nghiệm huy động nguồn lực xã hội hóa cho công trình thanh niên. Đồng chí Đinh Văn Tá cho biết, tỷ lệ đóng góp của nhân dân ở Vĩnh Thạnh đạt gần 40% giá trị các công trình.
Phát biểu chỉ đạo, đồng chí Đoàn Văn Phi đề nghị Tỉnh đoàn 6 tháng cuối năm tập trung tổng kết chiến dịch hè, đẩy mạnh công tác dân vận của tổ chức Đoàn ở vùng đồng bào dân tộc thiểu số, phấn đấu hoàn thành vượt 100% chỉ tiêu công trình thanh niên cả năm.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể và 23 cá nhân có thành tích xuất sắc trong công tác Đoàn 6 tháng đầu năm.
Hoàng Quân
Tin liên quan
- Hoài Nhơn: khánh thành cầu thanh niên tình nguyện (05/07/2017)
- Ra quân chiến dịch Thanh niên tình nguyện hè năm 2017 (29/05/2017)
- Tỉnh đoàn tuyên dương 30 thanh niên tiên tiến làm theo lời Bác (15/05/2017)
- Quy Nhơn: hơn 2.000 đoàn viên tham gia Ngày Chủ nhật xanh (02/04/2017)
""", "2017-07-14", "Tuổi trẻ Bình Định hoàn thành 52 công trình thanh niên",
E("so_ket", "2017-H1", "2017-07-13"),
[P("Đoàn Văn Phi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Kim Loan", "Bí thư Tỉnh đoàn"),
 P("Nguyễn Hữu Phước", "Bí thư Huyện đoàn Hoài Nhơn"),
 P("Đinh Văn Tá", "Bí thư Huyện đoàn Vĩnh Thạnh"),
 P("Đinh Thị Hoa", "Bí thư Đoàn xã An Toàn")],
[Q("52 công trình thanh niên", 52, "công trình thanh niên"), Q("5,8 tỷ đồng", 5800000000, "đồng"),
 Q("trên 65.000 lượt đoàn viên, thanh niên", 65000, "lượt đoàn viên, thanh niên", "over"),
 Q("2.150 đoàn viên mới", 2150, "đoàn viên mới"), Q("312 đoàn viên ưu tú", 312, "đoàn viên ưu tú"),
 Q("205 đoàn viên", 205, "đoàn viên"), Q("84 đội hình", 84, "đội hình"), Q("3.600 chiến sĩ", 3600, "chiến sĩ"),
 Q("4,2 km", 4.2, "km"), Q("18 lớp ôn tập hè", 18, "lớp ôn tập hè"), Q("1.100 tình nguyện viên", 1100, "tình nguyện viên"),
 Q("27 điểm thi", 27, "điểm thi"), Q("46 dự án khởi nghiệp", 46, "dự án khởi nghiệp"), Q("3,2 tỷ đồng", 3200000000, "đồng"),
 Q("gần 40%", 40, "%", "approx"), Q("100% chỉ tiêu", 100, "%"), Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Chương trình hành động", "08", "CTr/TĐTN", None, "Tỉnh đoàn", "Chương trình hành động số 08-CTr/TĐTN"),
 D("Quyết định", "1258", "QĐ-UBND", "2017-04-12", "UBND tỉnh", "Quyết định số 1258/QĐ-UBND ngày 12/4/2017")],
[prov("Bình Định"), com("Vĩnh Sơn"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ONLINE", "Trang chủ >> Chính trị >> Đoàn thể - Mặt trận", "(BĐ)", "Mùa hè xanh", "Tiếp sức mùa thi",
 "Tháng Thanh niên"],
["14-07-2017 15:45", "6 tháng đầu năm 2017", "6 tháng cuối năm", "từ ngày 28/5", "lần thứ XI", "giai đoạn 2017 - 2020"]))

PAGES.append(page("b8940-daklak-bdv-giamsat-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban
Thứ Tư, 25/07/2018 - 09:12
Giám sát việc thực hiện công trình thanh niên tại huyện Krông Bông
Từ ngày 23 đến 24/7/2018, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí H'Bla Niê, Phó Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc triển khai chiến dịch thanh niên tình nguyện hè và các công trình thanh niên tại huyện Krông Bông. Tham gia đoàn có các đồng chí Nguyễn Thị Hạnh, Trương Văn Tài - Phó Bí thư Tỉnh đoàn và đại diện Ủy ban MTTQ Việt Nam tỉnh.
Cuộc giám sát được tiến hành theo Kế hoạch số 112-KH/BDVTU ngày 3/7/2018 của Ban Dân vận Tỉnh ủy và Quy chế phối hợp số 03-QCPH/BDVTU-TĐTN giữa Ban Dân vận Tỉnh ủy và Ban Thường vụ Tỉnh đoàn về công tác dân vận của tổ chức Đoàn.
Theo báo cáo của đồng chí Y Thông Mlô, HUV, Bí thư Huyện đoàn Krông Bông, hè năm 2018 huyện có 11 đội hình với 530 đoàn viên, thanh niên tham gia; đang thực hiện 6 công trình thanh niên tổng trị giá khoảng 1,35 tỷ đồng, gồm cầu dân sinh buôn Ea Lang, xã Cư Pui trị giá 480 triệu đồng; 2,4 km đường bê tông tại xã Yang Mao trị giá 620 triệu đồng; 3 sân chơi cho thiếu nhi trị giá 150 triệu đồng và hệ thống đèn chiếu sáng tại trung tâm xã Cư Pui. Đến nay, 4 công trình đã hoàn thành, đạt 66,7%.
Theo Tỉnh đoàn, hè năm 2018 toàn tỉnh Đắk Lắk có 168 đội hình tình nguyện, thực hiện 97 công trình thanh niên trị giá trên 9 tỷ đồng; Krông Bông là một trong 5 huyện được Ban Dân vận Tỉnh ủy chọn giám sát năm nay.
Đoàn giám sát đã kiểm tra thực tế tại công trường, gặp gỡ người dân. Ông Y Nguôn Êban, già làng buôn Ea Lang nói: "Cây cầu làm xong thì mùa mưa con cháu đi học không phải lội suối nữa, bà con rất mừng, ai cũng góp công". Bà H'Luyến Bkrông, Chủ tịch Hội LHPN xã Cư Pui cho biết, Hội đã vận động 120 hộ góp 1.500 ngày công cho công trình.
Qua giám sát, đoàn ghi nhận việc lựa chọn công trình đã xuất phát từ nhu cầu của người dân, công khai kinh phí tại nhà văn hóa buôn. Tuy nhiên, hồ sơ quyết toán một số công trình còn chậm; 2 công trình chưa có phương án bàn giao cho địa phương quản lý.
Kết luận buổi giám sát, đồng chí H'Bla Niê đề nghị Huyện đoàn phối hợp với UBND các xã hoàn thiện hồ sơ, bàn giao công trình trước ngày 20/8; phát huy vai trò của già làng, người có uy tín trong vận động đồng bào Êđê, Mnông tham gia xây dựng nông thôn mới.
Tin, ảnh: Hồng Nhung
Các tin đã đưa
- Ban Dân vận Tỉnh ủy giám sát thực hiện Quy chế dân chủ tại Ea Kar (12/07/2018)
- Hội nghị giao ban khối dân vận 6 tháng đầu năm 2018 (05/07/2018)
- Lắk: 300 sinh viên tình nguyện về buôn làng (28/06/2018)
""", "2018-07-25", "Giám sát việc thực hiện công trình thanh niên tại huyện Krông Bông",
E("giam_sat", None, "2018-07-23"),
[P("H'Bla Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hạnh", "Phó Bí thư Tỉnh đoàn"),
 P("Trương Văn Tài", "Phó Bí thư Tỉnh đoàn"),
 P("Y Thông Mlô", "HUV", "Bí thư Huyện đoàn Krông Bông"),
 P("Y Nguôn Êban", "già làng buôn Ea Lang"),
 P("H'Luyến Bkrông", "Chủ tịch Hội LHPN xã Cư Pui")],
[Q("11 đội hình", 11, "đội hình"), Q("530 đoàn viên, thanh niên", 530, "đoàn viên, thanh niên"),
 Q("6 công trình thanh niên", 6, "công trình thanh niên"), Q("khoảng 1,35 tỷ đồng", 1350000000, "đồng", "approx"),
 Q("480 triệu đồng", 480000000, "đồng"), Q("2,4 km", 2.4, "km"), Q("620 triệu đồng", 620000000, "đồng"),
 Q("3 sân chơi", 3, "sân chơi"), Q("150 triệu đồng", 150000000, "đồng"), Q("4 công trình", 4, "công trình"),
 Q("66,7%", 66.7, "%"), Q("168 đội hình tình nguyện", 168, "đội hình tình nguyện"),
 Q("97 công trình thanh niên", 97, "công trình thanh niên"), Q("trên 9 tỷ đồng", 9000000000, "đồng", "over"), Q("5 huyện", 5, "huyện"), Q("120 hộ", 120, "hộ"), Q("1.500 ngày công", 1500, "ngày công"), Q("2 công trình", 2, "công trình")],
[D("Kế hoạch", "112", "KH/BDVTU", "2018-07-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 3/7/2018"),
 D("Quy chế phối hợp", "03", "QCPH/BDVTU-TĐTN", None, None, "Quy chế phối hợp số 03-QCPH/BDVTU-TĐTN")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ › Tin tức - Sự kiện › Hoạt động của Ban"],
["Thứ Tư, 25/07/2018 - 09:12", "Từ ngày 23 đến 24/7/2018", "năm 2018", "ngày 20/8"]))

PAGES.append(page("b8941-thaibinh-baothaibinh-tongket-2019", """
Báo Thái Bình điện tử
Hôm nay: Thứ Hai, 02/09/2019
Thời sự › Chính trị › Đoàn thể
Cập nhật lúc 17:20 ngày 30/08/2019
Tuổi trẻ Thái Bình hoàn thành 146 công trình, phần việc thanh niên trong hè
Ngày 29/8, Tỉnh đoàn Thái Bình tổ chức hội nghị tổng kết chiến dịch thanh niên tình nguyện hè năm 2019. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Quang Thiều; đồng chí Phạm Văn Nghiêm, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Toàn cảnh hội nghị tổng kết.
Báo cáo tổng kết nêu rõ: thực hiện Kế hoạch số 68-KH/TĐTN ngày 15/5/2019 của Ban Thường vụ Tỉnh đoàn, chiến dịch năm nay tập trung vào 4 nội dung: tình nguyện xây dựng nông thôn mới, đô thị văn minh; vì an sinh xã hội; bảo vệ môi trường; tiếp sức mùa thi. Hơn 95.000 lượt đoàn viên, thanh niên đã tham gia 146 công trình, phần việc thanh niên với tổng trị giá trên 12 tỷ đồng.
Các cơ sở Đoàn đã làm mới và chỉnh trang 52 tuyến đường hoa thanh niên, trồng 18.500 cây xanh, thu gom khoảng 380 tấn rác thải; ra mắt 36 mô hình "Thanh niên phân loại rác thải tại nguồn". Hưởng ứng Chỉ thị số 28-CT/TU ngày 10/4/2017 của Ban Thường vụ Tỉnh ủy về tăng cường công tác bảo vệ môi trường nông thôn, Đoàn các xã ven biển Thái Thụy, Tiền Hải tổ chức 24 đợt ra quân dọn vệ sinh bãi biển.
Trong hoạt động vì an sinh xã hội, tuổi trẻ toàn tỉnh đã tặng 1.650 suất quà cho thiếu nhi có hoàn cảnh khó khăn, xây 7 nhà nhân ái trị giá 350 triệu đồng; chương trình "Tiếp sức mùa thi" có 1.870 tình nguyện viên hỗ trợ 4.200 thí sinh. Các đội hình sinh viên Trường Đại học Thái Bình về xã Thụy Trường và xã Nam Thịnh dạy hè cho 650 học sinh.
Chị Vũ Thị Hoa - Bí thư Đoàn xã Thụy Trường chia sẻ cách vận động 120 hộ dân hiến đất, cây cối làm tuyến đường hoa dài 2,5 km. Anh Đỗ Văn Khải - Bí thư Huyện đoàn Tiền Hải cho biết, huyện đã huy động trên 1 tỷ đồng từ doanh nghiệp cho các công trình thanh niên.
Đồng chí Phạm Văn Nghiêm cho biết, so với năm 2018, số công trình tăng 18 công trình, giá trị tăng khoảng 15%.
Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Nguyễn Quang Thiều biểu dương tuổi trẻ tỉnh nhà và đề nghị UBND các huyện tiếp tục hỗ trợ kinh phí, tạo điều kiện để thanh niên đảm nhận các phần việc trong xây dựng nông thôn mới kiểu mẫu.
Dịp này, UBND tỉnh tặng bằng khen cho 20 tập thể, 35 cá nhân; Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 46 tập thể, 78 cá nhân có thành tích xuất sắc trong chiến dịch.
Ngọc Lan
Tin khác
- Đông Hưng: bàn giao nhà nhân ái cho đoàn viên nghèo (25/08/2019)
- Tiền Hải: 300 thanh niên ra quân làm sạch bãi biển (10/08/2019)
- Thái Bình ra quân chiến dịch tình nguyện hè 2019 (20/05/2019)
""", "2019-08-30", "Tuổi trẻ Thái Bình hoàn thành 146 công trình, phần việc thanh niên trong hè",
E("tong_ket", "2019", "2019-08-29"),
[P("Nguyễn Quang Thiều", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Nghiêm", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Vũ Thị Hoa", "Bí thư Đoàn xã Thụy Trường"),
 P("Đỗ Văn Khải", "Bí thư Huyện đoàn Tiền Hải")],
[Q("146 công trình, phần việc thanh niên", 146, "công trình, phần việc thanh niên"),
 Q("4 nội dung", 4, "nội dung"),
 Q("Hơn 95.000 lượt đoàn viên, thanh niên", 95000, "lượt đoàn viên, thanh niên", "over"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over"), Q("52 tuyến đường hoa thanh niên", 52, "tuyến đường hoa thanh niên"),
 Q("18.500 cây xanh", 18500, "cây xanh"), Q("khoảng 380 tấn", 380, "tấn", "approx"), Q("36 mô hình", 36, "mô hình"),
 Q("24 đợt", 24, "đợt"), Q("1.650 suất quà", 1650, "suất quà"), Q("7 nhà nhân ái", 7, "nhà nhân ái"),
 Q("350 triệu đồng", 350000000, "đồng"), Q("1.870 tình nguyện viên", 1870, "tình nguyện viên"), Q("4.200 thí sinh", 4200, "thí sinh"),
 Q("650 học sinh", 650, "học sinh"), Q("120 hộ dân", 120, "hộ dân"), Q("2,5 km", 2.5, "km"),
 Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("18 công trình", 18, "công trình"), Q("khoảng 15%", 15, "%", "approx"), Q("20 tập thể", 20, "tập thể"), Q("35 cá nhân", 35, "cá nhân"),
 Q("46 tập thể", 46, "tập thể"), Q("78 cá nhân", 78, "cá nhân")],
[D("Kế hoạch", "68", "KH/TĐTN", "2019-05-15", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 68-KH/TĐTN ngày 15/5/2019"),
 D("Chỉ thị", "28", "CT/TU", "2017-04-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 28-CT/TU ngày 10/4/2017")],
[prov("Thái Bình"), com("Thụy Trường"), com("Nam Thịnh")],
["Báo Thái Bình điện tử", "Hôm nay: Thứ Hai, 02/09/2019", "Thời sự › Chính trị › Đoàn thể", "Toàn cảnh hội nghị tổng kết.",
 "Thanh niên phân loại rác thải tại nguồn", "Tiếp sức mùa thi"],
["Hôm nay: Thứ Hai, 02/09/2019", "Cập nhật lúc 17:20 ngày 30/08/2019", "năm 2019", "năm 2018"]))

PAGES.append(page("b8942-binhduong-baobinhduong-hoinghi-2019", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị - Xã hội | Đoàn thể
24/05/2019 06:00
Ảnh: Đại biểu tham dự hội nghị.
Triển khai chiến dịch Thanh niên tình nguyện hè năm 2019
(BDO) Chiều 23-5, Tỉnh đoàn tổ chức hội nghị triển khai chiến dịch Thanh niên tình nguyện hè năm 2019. Đồng chí Lê Thị Bích Thủy, Bí thư Tỉnh đoàn chủ trì hội nghị; cùng dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn: Huỳnh Ngọc Vân, Trần Minh Thuận, Phạm Thị Lan.
Theo Kế hoạch số 215-KH/TĐTN ngày 10/5/2019 của Ban Thường vụ Tỉnh đoàn, được xây dựng trên cơ sở Kế hoạch số 390-KH/TWĐTN-TNNT của Ban Bí thư Trung ương Đoàn, chiến dịch năm nay diễn ra từ ngày 1/6 đến 31/8 với 5 chương trình: "Mùa hè xanh", "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Tiếp sức mùa thi" và "Hành quân xanh". Chiến dịch huy động khoảng 25.000 lượt đoàn viên, thanh niên, sinh viên, học sinh tham gia.
Chỉ tiêu đặt ra là mỗi huyện, thị, thành đoàn thực hiện ít nhất 30 công trình thanh niên cấp huyện; toàn tỉnh xây dựng 10 nhà nhân ái, trồng 20.000 cây xanh, tổ chức 150 điểm sinh hoạt hè cho thiếu nhi. Đội hình "Mùa hè xanh" gồm 1.200 sinh viên của 6 trường đại học, cao đẳng sẽ về các xã Tân Thành, An Bình và phường Phú Cường. Mỗi đội hình được hỗ trợ tối đa 15 triệu đồng từ nguồn kinh phí của Tỉnh đoàn; tổng kinh phí dự kiến của chiến dịch là 4,5 tỷ đồng, trong đó 80% vận động xã hội hóa.
Bình Dương hiện có hơn 1 triệu công nhân lao động nhập cư, trong đó khoảng 60% là thanh niên, vì vậy năm nay Tỉnh đoàn chú trọng đội hình "Thanh niên công nhân tình nguyện" với 35 đội hình tại các khu nhà trọ, khu công nghiệp.
Đồng chí Võ Hoàng Sơn, Phó Bí thư Tỉnh đoàn lưu ý các đơn vị chủ động phương án bảo đảm an toàn, nhất là với đội hình sinh viên làm việc ở các công trình giao thông, đồng thời phối hợp với Hội Nông dân, Hội LHPN tỉnh để gắn công trình thanh niên với chương trình xây dựng nông thôn mới.
Tại hội nghị, anh Nguyễn Thành Đạt, Bí thư Đoàn xã An Bình đề xuất Tỉnh đoàn ưu tiên đội hình y tế tình nguyện vì xã có đông công nhân và hộ dân nhập cư. Chị Đặng Thị Mỹ Duyên, Chủ tịch Hội Sinh viên Việt Nam Trường Đại học Thủ Dầu Một cho biết trường đã đăng ký 12 đội hình với 420 chiến sĩ.
Năm 2018, chiến dịch của tỉnh đã thực hiện 218 công trình, phần việc thanh niên trị giá hơn 7,2 tỷ đồng. Năm nay, Tỉnh đoàn giao chỉ tiêu cao hơn 10% so với năm trước.
Thanh Tuấn
Xem thêm
- Bình Dương: 300 thanh niên tham gia Ngày hội Thanh niên với văn hóa giao thông (19/05/2019)
- Tuyên dương 45 cán bộ Đoàn tiêu biểu năm 2018 (26/03/2019)
- Tháng Thanh niên năm 2019: nhiều công trình ý nghĩa (29/03/2019)
""", "2019-05-24", "Triển khai chiến dịch Thanh niên tình nguyện hè năm 2019",
E("hoi_nghi", "2019", "2019-05-23"),
[P("Lê Thị Bích Thủy", "Bí thư Tỉnh đoàn"),
 P("Huỳnh Ngọc Vân", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Trần Minh Thuận", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Phạm Thị Lan", "Ủy viên Ban Thường vụ Tỉnh đoàn"),
 P("Võ Hoàng Sơn", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thành Đạt", "Bí thư Đoàn xã An Bình"),
 P("Đặng Thị Mỹ Duyên", "Chủ tịch Hội Sinh viên Việt Nam Trường Đại học Thủ Dầu Một")],
[Q("5 chương trình", 5, "chương trình"),
 Q("khoảng 25.000 lượt đoàn viên, thanh niên, sinh viên, học sinh", 25000, "lượt đoàn viên, thanh niên, sinh viên, học sinh", "approx"),
 Q("ít nhất 30 công trình thanh niên cấp huyện", 30, "công trình thanh niên cấp huyện", "over"),
 Q("10 nhà nhân ái", 10, "nhà nhân ái"), Q("20.000 cây xanh", 20000, "cây xanh"),
 Q("150 điểm sinh hoạt hè", 150, "điểm sinh hoạt hè"), Q("1.200 sinh viên", 1200, "sinh viên"),
 Q("6 trường đại học, cao đẳng", 6, "trường đại học, cao đẳng"), Q("tối đa 15 triệu đồng", 15000000, "đồng"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("80%", 80, "%"),
 Q("hơn 1 triệu công nhân lao động nhập cư", 1000000, "công nhân lao động nhập cư", "over"), Q("khoảng 60%", 60, "%", "approx"),
 Q("35 đội hình", 35, "đội hình"), Q("12 đội hình", 12, "đội hình"), Q("420 chiến sĩ", 420, "chiến sĩ"),
 Q("218 công trình, phần việc thanh niên", 218, "công trình, phần việc thanh niên"),
 Q("hơn 7,2 tỷ đồng", 7200000000, "đồng", "over"), Q("10%", 10, "%")],
[D("Kế hoạch", "215", "KH/TĐTN", "2019-05-10", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 215-KH/TĐTN ngày 10/5/2019"),
 D("Kế hoạch", "390", "KH/TWĐTN-TNNT", None, "Ban Bí thư Trung ương Đoàn", "Kế hoạch số 390-KH/TWĐTN-TNNT")],
[prov("Bình Dương"), com("Tân Thành"), com("An Bình"), com("Phú Cường")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị - Xã hội | Đoàn thể", "Ảnh: Đại biểu tham dự hội nghị.", "(BDO)", "Mùa hè xanh",
 "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Tiếp sức mùa thi", "Hành quân xanh", "Thanh niên công nhân tình nguyện"],
["24/05/2019 06:00", "Chiều 23-5", "năm 2019", "từ ngày 1/6 đến 31/8", "Năm 2018"]))

PAGES.append(page("b8943-hatinh-xacamquang-baocao-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM QUANG - HUYỆN CẨM XUYÊN - TỈNH HÀ TĨNH
Trang chủ / Đoàn thể / Đoàn Thanh niên
Thứ Năm, 10/09/2020 - 08:40
Đoàn xã báo cáo kết quả chiến dịch thanh niên tình nguyện hè năm 2020
Ngày 8/9/2020, Ban Chấp hành Đoàn xã Cẩm Quang ban hành Báo cáo số 25-BC/ĐTN về kết quả thực hiện chiến dịch thanh niên tình nguyện hè năm 2020. Theo báo cáo, dù chịu ảnh hưởng của dịch Covid-19, chiến dịch vẫn được triển khai đồng bộ ở 13 chi đoàn với 286 đoàn viên, thanh niên tham gia.
Thực hiện Kế hoạch số 42-KH/HĐTN ngày 20/5/2020 của Ban Thường vụ Huyện đoàn Cẩm Xuyên và Kế hoạch số 07-KH/ĐTN ngày 25/5/2020 của Ban Chấp hành Đoàn xã, Đoàn xã đã tổ chức lễ ra quân ngày 12/6 với chủ đề "Tuổi trẻ Cẩm Quang chung tay xây dựng nông thôn mới kiểu mẫu".
Kết quả cụ thể như sau: các chi đoàn đã lắp đặt 1,8 km đường điện "Thắp sáng đường quê" với 64 bóng điện, kinh phí 38 triệu đồng do đoàn viên và nhân dân đóng góp; nạo vét 3 km kênh mương; trồng và chăm sóc 1.200 cây hoa dọc các tuyến đường liên thôn. Đoàn xã hoàn thành 2 công trình thanh niên là tuyến "Đường hoa thanh niên" thôn Quang Trung và "Sân chơi thiếu nhi" thôn Yên Hòa, tổng trị giá 85 triệu đồng.
Trong phòng, chống dịch Covid-19, đoàn viên thanh niên tham gia trực tại 4 chốt kiểm soát dịch, hỗ trợ khai báo y tế cho 356 người về từ vùng dịch. Chương trình "Tiếp sức mùa thi" có 15 tình nguyện viên hỗ trợ 92 thí sinh của xã dự thi tốt nghiệp THPT. Đoàn xã cũng phối hợp Hội LHPN xã trao 30 suất quà cho thiếu nhi có hoàn cảnh khó khăn, mỗi suất trị giá 200.000 đồng.
Báo cáo đánh giá: 100% chi đoàn đăng ký và thực hiện ít nhất một phần việc thanh niên; có 11/13 chi đoàn được xếp loại hoàn thành xuất sắc. Tuy nhiên, một số chi đoàn thôn còn thiếu đoàn viên do thanh niên đi làm ăn xa, việc huy động nguồn lực còn khó khăn.
Năm 2020, Đoàn xã Cẩm Quang được Tỉnh đoàn Hà Tĩnh chọn làm điểm mô hình "Thanh niên với văn minh đô thị, nông thôn mới kiểu mẫu", được hỗ trợ 20 triệu đồng để làm tuyến đường hoa. Theo Huyện đoàn, hè năm nay toàn huyện Cẩm Xuyên thực hiện 54 công trình, phần việc thanh niên. Báo cáo cũng đề ra 5 nhiệm vụ trọng tâm thời gian tới.
Anh Nguyễn Văn Hùng, Bí thư Đoàn xã cho biết: "Năm nay không có sinh viên tình nguyện về xã vì dịch, đoàn viên ở nhà phải làm thay nhiều việc, nhưng các thôn đều ủng hộ". Bà Trần Thị Lan, Phó Bí thư Thường trực Đảng ủy xã đề nghị Đoàn xã duy trì tuyến đường hoa sau chiến dịch.
Ban Biên tập
Tin khác
- Xã Cẩm Quang tổ chức Hội nghị cán bộ, công chức năm 2020 (05/08/2020)
- Hội LHPN xã ra mắt mô hình "5 không, 3 sạch" (20/07/2020)
- Thông báo lịch tiếp công dân tháng 9 năm 2020 (01/09/2020)
""", "2020-09-10", "Đoàn xã báo cáo kết quả chiến dịch thanh niên tình nguyện hè năm 2020",
E("bao_cao", "2020", "2020-09-08"),
[P("Nguyễn Văn Hùng", "Bí thư Đoàn xã"),
 P("Trần Thị Lan", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("13 chi đoàn", 13, "chi đoàn"), Q("286 đoàn viên, thanh niên", 286, "đoàn viên, thanh niên"),
 Q("1,8 km", 1.8, "km"), Q("64 bóng điện", 64, "bóng điện"), Q("38 triệu đồng", 38000000, "đồng"), Q("3 km", 3, "km"),
 Q("1.200 cây hoa", 1200, "cây hoa"), Q("2 công trình thanh niên", 2, "công trình thanh niên"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("4 chốt kiểm soát dịch", 4, "chốt kiểm soát dịch"), Q("356 người", 356, "người"),
 Q("15 tình nguyện viên", 15, "tình nguyện viên"), Q("92 thí sinh", 92, "thí sinh"), Q("30 suất quà", 30, "suất quà"),
 Q("200.000 đồng", 200000, "đồng"), Q("100% chi đoàn", 100, "%"), Q("11/13 chi đoàn", 11, "chi đoàn"),
 Q("20 triệu đồng", 20000000, "đồng"), Q("54 công trình, phần việc thanh niên", 54, "công trình, phần việc thanh niên"),
 Q("5 nhiệm vụ trọng tâm", 5, "nhiệm vụ trọng tâm")],
[D("Báo cáo", "25", "BC/ĐTN", "2020-09-08", "Ban Chấp hành Đoàn xã Cẩm Quang", "Báo cáo số 25-BC/ĐTN"),
 D("Kế hoạch", "42", "KH/HĐTN", "2020-05-20", "Ban Thường vụ Huyện đoàn Cẩm Xuyên", "Kế hoạch số 42-KH/HĐTN ngày 20/5/2020"),
 D("Kế hoạch", "07", "KH/ĐTN", "2020-05-25", "Ban Chấp hành Đoàn xã", "Kế hoạch số 07-KH/ĐTN ngày 25/5/2020")],
[prov("Hà Tĩnh"), com("Cẩm Quang")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CẨM QUANG - HUYỆN CẨM XUYÊN - TỈNH HÀ TĨNH", "Trang chủ / Đoàn thể / Đoàn Thanh niên",
 "Tuổi trẻ Cẩm Quang chung tay xây dựng nông thôn mới kiểu mẫu", "Thắp sáng đường quê", "Đường hoa thanh niên",
 "Sân chơi thiếu nhi", "Tiếp sức mùa thi", "Ban Biên tập", "Thanh niên với văn minh đô thị, nông thôn mới kiểu mẫu"],
["Covid-19", "Thứ Năm, 10/09/2020 - 08:40", "năm 2020", "ngày 12/6", "ít nhất một phần việc", "5 không, 3 sạch"]))

PAGES.append(page("b8944-kontum-baokontum-raquan-2020", """
Báo Kon Tum điện tử
Trang chủ - Xã hội - Đoàn thể
05/06/2020 - 16:30
Lễ ra quân tại xã Đăk Tờ Kan.
Kon Tum: Ra quân chiến dịch Thanh niên tình nguyện hè năm 2020
Sáng 4/6, tại xã Đăk Tờ Kan, huyện Tu Mơ Rông, Tỉnh đoàn Kon Tum tổ chức lễ ra quân chiến dịch Thanh niên tình nguyện hè năm 2020. Tham dự lễ ra quân có các đồng chí: Nguyễn Văn Đông - Phó Bí thư Tỉnh đoàn; Y Liên - Phó Chủ tịch Hội LHTN Việt Nam tỉnh cùng gần 400 đoàn viên, thanh niên.
Do ảnh hưởng của dịch Covid-19, năm nay lễ ra quân được tổ chức gọn nhẹ, bảo đảm các biện pháp phòng, chống dịch theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ. Chiến dịch diễn ra từ tháng 6 đến hết tháng 8, tập trung vào các xã đặc biệt khó khăn, xã biên giới.
Theo Kế hoạch số 87-KH/TĐTN ngày 18/5/2020 của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn phấn đấu thực hiện 45 công trình thanh niên với tổng kinh phí khoảng 2,1 tỷ đồng; làm mới, sửa chữa 15 km đường giao thông nông thôn; trồng 12.000 cây xanh; mở 40 lớp dạy tiếng Việt cho trẻ em người Xơ Đăng, Ba Na trước khi vào lớp 1.
Ngay sau lễ ra quân, các đội hình đã khởi công 3 công trình thanh niên tại xã Đăk Tờ Kan và xã Đăk Rơ Ông, gồm 1,2 km đường bê tông nội thôn, sân bê tông nhà rông thôn Đăk Dring và hệ thống nước tự chảy phục vụ 75 hộ; tổng trị giá 560 triệu đồng, trong đó nhân dân đóng góp 800 ngày công. Đoàn viên cũng trồng 1.200 cây giống dọc các tuyến đường.
Đồng chí A Dũng, Bí thư Đoàn xã Đăk Tờ Kan cho biết, toàn xã có 9 chi đoàn thôn, trên 60% đoàn viên là người Xơ Đăng; nhiều thanh niên đi làm thuê ở tỉnh khác nên đội hình tình nguyện của xã chủ yếu là đoàn viên ở nhà và đoàn viên dân quân. Ông A Chiêm, già làng thôn Đăk Dring, phấn khởi: "Đường bê tông làm xong, mùa mưa lúa, mì chở về được, không phải cõng nữa".
Năm 2019, tuổi trẻ Kon Tum đã thực hiện 52 công trình thanh niên trị giá hơn 2,5 tỷ đồng; nhiều công trình như cầu treo, nhà rông, đường bê tông nội thôn vẫn được bà con giữ gìn, sử dụng hiệu quả.
Phát biểu tại lễ ra quân, đồng chí Nguyễn Văn Đông đề nghị các đội hình ăn ở cùng đồng bào, tôn trọng phong tục của bà con, đồng thời tuyên truyền cho nhân dân các biện pháp phòng, chống dịch bệnh và phòng, chống xâm hại trẻ em trong dịp hè.
Dịp này, Tỉnh đoàn trao cờ chiến dịch cho 10 huyện, thành đoàn và 4 đội hình sinh viên tình nguyện.
Bài, ảnh: Thanh Hương
Tin cùng chuyên mục
- Đăk Hà: ra mắt mô hình "Thanh niên tham gia bảo vệ rừng" (28/05/2020)
- Tỉnh đoàn hỗ trợ 200 suất quà cho học sinh nghèo (20/05/2020)
- Kon Plông: Đoàn viên tham gia phòng, chống dịch Covid-19 (10/04/2020)
""", "2020-06-05", "Kon Tum: Ra quân chiến dịch Thanh niên tình nguyện hè năm 2020",
E("khac", None, "2020-06-04"),
[P("Nguyễn Văn Đông", "Phó Bí thư Tỉnh đoàn"),
 P("Y Liên", "Phó Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("A Dũng", "Bí thư Đoàn xã Đăk Tờ Kan"),
 P("A Chiêm", "già làng thôn Đăk Dring")],
[Q("gần 400 đoàn viên, thanh niên", 400, "đoàn viên, thanh niên", "approx"),
 Q("45 công trình thanh niên", 45, "công trình thanh niên"), Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("15 km", 15, "km"), Q("12.000 cây xanh", 12000, "cây xanh"), Q("40 lớp dạy tiếng Việt", 40, "lớp dạy tiếng Việt"),
 Q("3 công trình thanh niên", 3, "công trình thanh niên"), Q("1,2 km", 1.2, "km"), Q("75 hộ", 75, "hộ"),
 Q("560 triệu đồng", 560000000, "đồng"), Q("800 ngày công", 800, "ngày công"), Q("1.200 cây giống", 1200, "cây giống"),
 Q("9 chi đoàn thôn", 9, "chi đoàn thôn"), Q("trên 60%", 60, "%", "over"),
 Q("52 công trình thanh niên", 52, "công trình thanh niên"), Q("hơn 2,5 tỷ đồng", 2500000000, "đồng", "over"),
 Q("10 huyện, thành đoàn", 10, "huyện, thành đoàn"), Q("4 đội hình sinh viên tình nguyện", 4, "đội hình sinh viên tình nguyện")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "87", "KH/TĐTN", "2020-05-18", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 87-KH/TĐTN ngày 18/5/2020")],
[prov("Kon Tum"), com("Đăk Tờ Kan"), com("Đăk Rơ Ông")],
["Báo Kon Tum điện tử", "Trang chủ - Xã hội - Đoàn thể", "Lễ ra quân tại xã Đăk Tờ Kan."],
["Covid-19", "05/06/2020 - 16:30", "năm 2020", "từ tháng 6 đến hết tháng 8", "lớp 1", "Năm 2019"]))
