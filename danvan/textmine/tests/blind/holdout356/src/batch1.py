from lib import *
PAGES = []

PAGES.append(page("b8501-tiengiang-bdv-tongket-sxh-2011", """
BAN DÂN VẬN TỈNH ỦY TIỀN GIANG
Trang chủ » Hoạt động » Dân vận các cấp
Thứ Năm, 22/12/2011 - 09:30
Tiền Giang: Tổng kết công tác vận động nhân dân phòng, chống sốt xuất huyết năm 2011
Ngày 20/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Y tế tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia phòng, chống sốt xuất huyết năm 2011, triển khai kế hoạch năm 2012. Đồng chí Nguyễn Thị Kim Phượng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và BS.CKII Trần Văn Hòa, Phó Giám đốc Sở Y tế đồng chủ trì hội nghị.
Toàn cảnh hội nghị tổng kết.
Theo báo cáo, năm 2011 toàn tỉnh ghi nhận 3.214 ca sốt xuất huyết, giảm 41,5% so với năm 2010; có 2 trường hợp tử vong. Thực hiện Kế hoạch số 38/KH-UBND ngày 14/3/2011 của UBND tỉnh về phòng, chống dịch bệnh và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy, các cấp đã tổ chức 4 đợt cao điểm diệt lăng quăng với hơn 1.250 lượt cán bộ, đoàn viên, hội viên tham gia, kiểm tra 286.400 lượt hộ gia đình, thu gom trên 35 tấn vật phế thải.
Mô hình "Tổ phụ nữ diệt lăng quăng" do Hội Liên hiệp Phụ nữ các cấp triển khai đã nhân rộng lên 412 tổ với 6.180 thành viên. Ủy ban MTTQ các xã, phường, thị trấn đưa nội dung phòng, chống sốt xuất huyết vào cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; nhiều ấp duy trì ngày "Chủ nhật xanh - sạch - đẹp" hằng tuần. Tổng kinh phí vận động xã hội hóa đạt gần 1,8 tỷ đồng, trong đó Ủy ban MTTQ tỉnh hỗ trợ 120 triệu đồng mua hóa chất và bình phun cho các xã có nhiều ca bệnh.
Tại hội nghị, bà Lê Thị Ngọc Hạnh, Phó Chủ tịch Hội LHPN tỉnh, cho biết các cấp Hội đã phát 24.000 tờ rơi, tổ chức 318 buổi nói chuyện chuyên đề tại chi, tổ hội. Ông Võ Văn Tám, Bí thư Đảng ủy xã Bình Phục Nhất, chia sẻ kinh nghiệm giao 15 tổ nhân dân tự quản phụ trách từng cụm dân cư, mỗi tháng kiểm tra hai lần nên 100% hộ được giám sát; năm 2011 xã chỉ có 6 ca mắc, không có ổ dịch. Đại diện xã Tân Mỹ Chánh nêu khó khăn khi vận động các hộ trồng hoa kiểng, chậu cảnh có nhiều vật chứa nước.
Ông Trần Văn Hòa đánh giá, sự vào cuộc của khối dân vận đã làm thay đổi nhận thức của người dân: từ chỗ trông chờ ngành y tế phun hóa chất, nay nhiều gia đình tự giác đậy kín lu, khạp, thả cá ăn lăng quăng.
Phát biểu kết luận, đồng chí Nguyễn Thị Kim Phượng đề nghị năm 2012 tiếp tục thực hiện Chỉ thị số 05-CT/TU ngày 10/5/2010 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác phòng, chống dịch bệnh; phấn đấu giảm 10% số ca mắc so với năm 2011; mỗi ấp, khu phố có ít nhất 1 tổ phụ nữ diệt lăng quăng hoạt động thường xuyên.
Dịp này, UBND tỉnh tặng bằng khen cho 9 tập thể và 14 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 21 tập thể, 36 cá nhân có thành tích xuất sắc trong công tác phòng, chống sốt xuất huyết năm 2011.
Minh Thư
Tin liên quan
- Chợ Gạo ra quân diệt lăng quăng đợt 4 năm 2011 (12/11/2011)
- Hội LHPN tỉnh tập huấn cho 120 tổ trưởng tổ phụ nữ (28/10/2011)
- Gò Công Tây: 3.000 hộ cam kết không để lăng quăng trong nhà (15/9/2011)
- Sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (30/8/2011)
""", "2011-12-22", "Tiền Giang: Tổng kết công tác vận động nhân dân phòng, chống sốt xuất huyết năm 2011",
E("tong_ket", "2011", "2011-12-20"),
[P("Nguyễn Thị Kim Phượng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hòa", "BS.CKII", "Phó Giám đốc Sở Y tế"),
 P("Lê Thị Ngọc Hạnh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Võ Văn Tám", "Bí thư Đảng ủy xã Bình Phục Nhất")],
[Q("3.214 ca sốt xuất huyết", 3214, "ca sốt xuất huyết"), Q("41,5%", 41.5, "%"), Q("2 trường hợp", 2, "trường hợp"),
 Q("4 đợt cao điểm", 4, "đợt cao điểm"), Q("hơn 1.250 lượt cán bộ, đoàn viên, hội viên", 1250, "lượt cán bộ, đoàn viên, hội viên", "over"),
 Q("286.400 lượt hộ gia đình", 286400, "lượt hộ gia đình"), Q("trên 35 tấn", 35, "tấn", "over"),
 Q("412 tổ", 412, "tổ"), Q("6.180 thành viên", 6180, "thành viên"),
 Q("gần 1,8 tỷ đồng", 1800000000, "đồng", "approx"), Q("120 triệu đồng", 120000000, "đồng"),
 Q("24.000 tờ rơi", 24000, "tờ rơi"), Q("318 buổi nói chuyện chuyên đề", 318, "buổi nói chuyện chuyên đề"),
 Q("15 tổ nhân dân tự quản", 15, "tổ nhân dân tự quản"), Q("100% hộ", 100, "%"), Q("6 ca mắc", 6, "ca"),
 Q("giảm 10%", 10, "%"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân"),
 Q("21 tập thể", 21, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Kế hoạch", "38", "KH-UBND", "2011-03-14", "UBND tỉnh", "Kế hoạch số 38/KH-UBND ngày 14/3/2011"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Chỉ thị", "05", "CT/TU", "2010-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 10/5/2010")],
[prov("Tiền Giang"), com("Bình Phục Nhất"), com("Tân Mỹ Chánh")],
["BAN DÂN VẬN TỈNH ỦY TIỀN GIANG", "Trang chủ » Hoạt động » Dân vận các cấp", "Toàn cảnh hội nghị tổng kết.",
 "Tổ phụ nữ diệt lăng quăng", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Chủ nhật xanh - sạch - đẹp",
 "Hội Liên hiệp Phụ nữ", "Sở Y tế"],
["Thứ Năm, 22/12/2011 - 09:30", "năm 2011", "năm 2012", "năm 2010", "ít nhất 1 tổ phụ nữ", "hai lần"]))

PAGES.append(page("b8502-hanoi-dinhcong-raquan-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỊNH CÔNG - QUẬN HOÀNG MAI
Trang chủ > Tin tức > Hoạt động Mặt trận - đoàn thể
Cập nhật: 14:05, 17/09/2012 (GMT+7)
Ảnh: Đoàn viên thanh niên thu gom phế thải tại khu tập thể Định Công.
Phường Định Công ra quân tổng vệ sinh môi trường, diệt bọ gậy phòng, chống sốt xuất huyết
Sáng Chủ nhật 16/9, Ủy ban MTTQ phường phối hợp với UBND phường và Trạm Y tế phường Định Công tổ chức lễ ra quân tổng vệ sinh môi trường, diệt bọ gậy phòng, chống dịch sốt xuất huyết đợt 2 năm 2012. Tham dự có ông Phạm Quang Huy, Phó Chủ tịch Ủy ban MTTQ quận Hoàng Mai; đại diện Thường trực Đảng ủy, HĐND, UBND phường cùng hơn 600 cán bộ, hội viên, đoàn viên và nhân dân của 28 tổ dân phố.
Theo Trạm Y tế phường, từ đầu năm đến nay trên địa bàn ghi nhận 47 ca mắc sốt xuất huyết, tập trung ở các tổ dân phố 5, 9, 17 và khu nhà trọ sinh viên ven sông Lừ. Toàn quận Hoàng Mai đã có hơn 900 ca, là một trong những địa bàn có số mắc cao nhất thành phố Hà Nội. Qua kiểm tra 3.540 hộ gia đình, cán bộ y tế phát hiện 412 ổ bọ gậy trong bể nước, lốp xe, chậu cây cảnh.
Thực hiện Chỉ thị số 15/CT-UBND ngày 3/8/2012 của UBND thành phố Hà Nội, Kế hoạch số 112/KH-UBND ngày 20/8/2012 của UBND quận Hoàng Mai và Công văn số 1532/SYT-NVY của Sở Y tế Hà Nội về tăng cường phòng, chống dịch sốt xuất huyết, phường đã thành lập 28 đội xung kích diệt bọ gậy do tổ trưởng dân phố làm đội trưởng.
Phát biểu phát động, Chủ tịch Ủy ban MTTQ phường Trần Minh Đức kêu gọi mỗi gia đình dành 15 phút mỗi ngày kiểm tra, lật úp vật dụng chứa nước, thay nước bình hoa, thả cá vào bể chứa. "Diệt bọ gậy là việc của từng nhà, không ai làm thay được" - ông Đức nói.
Bà Nguyễn Thị Thu Hà, Bí thư Đảng ủy phường, đề nghị các chi bộ đưa nội dung phòng, chống sốt xuất huyết vào sinh hoạt định kỳ; đảng viên phải gương mẫu đi đầu. Ông Đỗ Văn Khải, Chủ tịch UBND phường Định Công, giao Trạm Y tế phối hợp với công an khu vực kiểm tra các dãy nhà trọ, công trình xây dựng, xử phạt trường hợp cố tình để phát sinh bọ gậy.
Trong buổi sáng, lực lượng tham gia đã thu gom khoảng 12 tấn rác thải, phế thải, phát quang 3,5 km ngõ xóm. Đoàn Thanh niên phường ra quân 15 đội hình thanh niên tình nguyện hỗ trợ các hộ neo đơn, người cao tuổi dọn dẹp nhà cửa. UBND phường trích 45 triệu đồng mua 20 bình phun và cloramin B; mỗi tổ dân phố được hỗ trợ 500.000 đồng để tổ chức tổng vệ sinh hằng tuần.
Ông Phạm Quang Huy đề nghị phường duy trì "Ngày thứ Bảy tình nguyện" trong suốt mùa mưa, tránh tình trạng ra quân rầm rộ rồi để đâu lại vào đấy.
Thu Hằng (Ban Văn hóa - Thông tin phường)
Tin khác
- Hoàng Mai: Phun hóa chất diệt muỗi tại 6 phường có dịch (10/09/2012)
- Phường Định Công tổ chức Hội nghị biểu dương người cao tuổi làm kinh tế giỏi (05/09/2012)
- Hội Phụ nữ phường ra mắt CLB "Gia đình không bọ gậy" (28/08/2012)
- Kỷ niệm 82 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (20/08/2012)
""", "2012-09-17", "Phường Định Công ra quân tổng vệ sinh môi trường, diệt bọ gậy phòng, chống sốt xuất huyết",
E("khac", None, "2012-09-16"),
[P("Phạm Quang Huy", "Phó Chủ tịch Ủy ban MTTQ quận Hoàng Mai"),
 P("Trần Minh Đức", "Chủ tịch Ủy ban MTTQ phường"),
 P("Nguyễn Thị Thu Hà", "Bí thư Đảng ủy phường"),
 P("Đỗ Văn Khải", "Chủ tịch UBND phường Định Công")],
[Q("hơn 600 cán bộ, hội viên, đoàn viên", 600, "cán bộ, hội viên, đoàn viên", "over"), Q("28 tổ dân phố", 28, "tổ dân phố"),
 Q("47 ca mắc", 47, "ca"), Q("hơn 900 ca", 900, "ca", "over"), Q("3.540 hộ gia đình", 3540, "hộ gia đình"),
 Q("412 ổ bọ gậy", 412, "ổ bọ gậy"), Q("28 đội xung kích diệt bọ gậy", 28, "đội xung kích"),
 Q("khoảng 12 tấn", 12, "tấn", "approx"), Q("3,5 km", 3.5, "km"), Q("15 đội hình thanh niên tình nguyện", 15, "đội hình thanh niên tình nguyện"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("20 bình phun", 20, "bình phun"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "15", "CT-UBND", "2012-08-03", "UBND thành phố Hà Nội", "Chỉ thị số 15/CT-UBND ngày 3/8/2012"),
 D("Kế hoạch", "112", "KH-UBND", "2012-08-20", "UBND quận Hoàng Mai", "Kế hoạch số 112/KH-UBND ngày 20/8/2012"),
 D("Công văn", "1532", "SYT-NVY", None, "Sở Y tế Hà Nội", "Công văn số 1532/SYT-NVY")],
[prov("Hà Nội"), com("Định Công")],
["CỔNG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐỊNH CÔNG - QUẬN HOÀNG MAI", "Trang chủ > Tin tức > Hoạt động Mặt trận - đoàn thể",
 "Ảnh: Đoàn viên thanh niên thu gom phế thải tại khu tập thể Định Công.", "Trạm Y tế phường Định Công", "Ngày thứ Bảy tình nguyện",
 "Ban Văn hóa - Thông tin phường"],
["Cập nhật: 14:05, 17/09/2012 (GMT+7)", "đợt 2 năm 2012", "các tổ dân phố 5, 9, 17", "15 phút mỗi ngày"]))

PAGES.append(page("b8503-khanhhoa-hlhpn-soket-sxh-2013", """
BÁO KHÁNH HÒA ĐIỆN TỬ
Xã hội | Y tế - Sức khỏe
08:15 | 11/07/2013
Phụ nữ Khánh Hòa chung tay đẩy lùi sốt xuất huyết
(BKH) - Ngày 10/7, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 thực hiện mô hình "Phụ nữ tham gia phòng, chống sốt xuất huyết tại cộng đồng", triển khai nhiệm vụ 6 tháng cuối năm. Bà Trương Thị Thu Hằng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo. Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Mỹ Dung, Hồ Thị Kim Oanh đồng chủ trì hội nghị.
Chị em hội viên phường Ngọc Hiệp ra quân dọn vệ sinh. Ảnh: K.Linh
6 tháng đầu năm, toàn tỉnh có 1.872 ca mắc sốt xuất huyết, riêng thành phố Nha Trang chiếm hơn 60%. Trước diễn biến phức tạp của dịch, các cấp Hội đã triển khai Chương trình phối hợp số 05/CTr-HLHPN của Hội LHPN tỉnh với Sở Y tế và Kế hoạch số 3012/KH-UBND ngày 17/4/2013 của UBND tỉnh về phòng, chống sốt xuất huyết. Mô hình được nhân rộng tại 186 chi hội với 2.340 hội viên nòng cốt, vận động 9.800 hộ gia đình ký cam kết không để lăng quăng trong nhà; phát 15.000 tờ rơi, treo 230 băng rôn.
Các cơ sở Hội còn vận động được 215 triệu đồng, trao hơn 2.000 nắp lu và hỗ trợ 48 hộ khó khăn có người mắc bệnh, mỗi hộ 500.000 đồng. Kiểm tra tại các chi hội cho thấy chỉ số nhà có lăng quăng ở khu dân cư có mô hình giảm từ 32% xuống còn 11%.
Tại hội nghị, nhiều ý kiến cho rằng phong trào ở vùng đồng bào dân tộc thiểu số còn khó khăn. Chị Bo Bo Thị Nhẫn, Chi hội trưởng phụ nữ thôn Tà Lương, xã Khánh Trung, chia sẻ: "Bà con Raglai quen trữ nước trong can nhựa, thùng phuy để dùng mùa khô. Chị em phải đến từng nhà hướng dẫn đậy kín, mỗi tuần rửa một lần". Bà Lê Thị Sương, Chủ tịch Hội LHPN xã Vĩnh Hiệp, cho biết xã giao mỗi tổ phụ nữ phụ trách 20 hộ, cuối tuần báo cáo về chi hội.
Phát biểu chỉ đạo, bà Trương Thị Thu Hằng ghi nhận những đóng góp của các cấp Hội, đồng thời lưu ý mùa mưa ở Khánh Hòa bắt đầu từ tháng 9, là thời điểm dịch thường bùng phát. "Không thể đợi có ổ dịch rồi mới ra quân. Mỗi chị em phải là một tuyên truyền viên trong chính gia đình, khu phố mình" - bà Hằng nhấn mạnh. Bà đề nghị Hội tiếp tục gắn mô hình với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phối hợp với Ủy ban MTTQ các cấp để nhân rộng.
6 tháng cuối năm, Hội LHPN tỉnh phấn đấu thành lập thêm 40 tổ phụ nữ diệt lăng quăng, 100% chi hội ở các phường, xã trọng điểm tổ chức ra quân ít nhất mỗi tháng một lần.
Kim Linh
Tin cùng chuyên mục
- Cam Lâm: Phun hóa chất diệt muỗi tại 3 xã (08/07/2013)
- Khánh Vĩnh tập huấn phòng chống dịch cho y tế thôn bản (02/07/2013)
- Ngành Y tế ra quân chiến dịch diệt lăng quăng đợt 1 (20/06/2013)
""", "2013-07-11", "Phụ nữ Khánh Hòa chung tay đẩy lùi sốt xuất huyết",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Trương Thị Thu Hằng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Mỹ Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Thị Kim Oanh", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Bo Bo Thị Nhẫn", "Chi hội trưởng phụ nữ thôn Tà Lương"),
 P("Lê Thị Sương", "Chủ tịch Hội LHPN xã Vĩnh Hiệp")],
[Q("1.872 ca mắc", 1872, "ca"), Q("hơn 60%", 60, "%", "over"), Q("186 chi hội", 186, "chi hội"),
 Q("2.340 hội viên nòng cốt", 2340, "hội viên nòng cốt"), Q("9.800 hộ gia đình", 9800, "hộ gia đình"),
 Q("15.000 tờ rơi", 15000, "tờ rơi"), Q("230 băng rôn", 230, "băng rôn"), Q("215 triệu đồng", 215000000, "đồng"),
 Q("hơn 2.000 nắp lu", 2000, "nắp lu", "over"), Q("48 hộ khó khăn", 48, "hộ khó khăn"),
 Q("500.000 đồng", 500000, "đồng"), Q("32%", 32, "%"), Q("11%", 11, "%"), Q("20 hộ", 20, "hộ"),
 Q("40 tổ phụ nữ diệt lăng quăng", 40, "tổ phụ nữ"), Q("100% chi hội", 100, "%")],
[D("Chương trình phối hợp", "05", "CTr-HLHPN", None, "Hội LHPN tỉnh", "Chương trình phối hợp số 05/CTr-HLHPN"),
 D("Kế hoạch", "3012", "KH-UBND", "2013-04-17", "UBND tỉnh", "Kế hoạch số 3012/KH-UBND ngày 17/4/2013")],
[prov("Khánh Hòa"), com("Ngọc Hiệp"), com("Khánh Trung"), com("Vĩnh Hiệp")],
["BÁO KHÁNH HÒA ĐIỆN TỬ", "Xã hội | Y tế - Sức khỏe", "(BKH)", "Chị em hội viên phường Ngọc Hiệp ra quân dọn vệ sinh. Ảnh: K.Linh",
 "Phụ nữ tham gia phòng, chống sốt xuất huyết tại cộng đồng", "Xây dựng gia đình 5 không, 3 sạch", "Sở Y tế"],
["08:15 | 11/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "5 không, 3 sạch", "tháng 9", "mỗi tháng một lần",
 "mỗi tuần rửa một lần"]))

PAGES.append(page("b8504-daklak-krongpac-taphuan-2014", """
Báo Đắk Lắk điện tử
Trang chủ / Xã hội / Y tế
22-05-2014 10:40
Krông Pắc: Tập huấn kỹ năng vận động đồng bào phòng, chống sốt xuất huyết
Trong 2 ngày 20 và 21/5, Ban Dân vận Huyện ủy Krông Pắc phối hợp với Trung tâm Y tế huyện tổ chức lớp tập huấn kỹ năng vận động nhân dân phòng, chống sốt xuất huyết năm 2014 cho 85 học viên là già làng, người có uy tín, trưởng buôn và cộng tác viên y tế buôn ở 16 xã, thị trấn.
Học viên thực hành kiểm tra lăng quăng tại buôn Ea Kmar. Ảnh: H.Y
Phát biểu khai mạc, đồng chí Y Khoan Niê, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, từ đầu năm đến nay toàn huyện ghi nhận 318 ca sốt xuất huyết, 2 ổ dịch tại xã Ea Kênh và thị trấn Phước An; số mắc trong đồng bào dân tộc thiểu số chiếm gần 35%. Nhiều buôn chưa có nước máy, người dân phải trữ nước trong chum, thùng, dễ phát sinh lăng quăng.
Thực hiện Kế hoạch số 42-KH/HU ngày 3/3/2014 của Ban Thường vụ Huyện ủy và Kế hoạch số 1156/KH-UBND của UBND tỉnh về phòng, chống dịch bệnh năm 2014, lớp tập huấn tập trung vào đặc điểm muỗi vằn, cách nhận biết dấu hiệu bệnh, kỹ năng nói chuyện tại nhà rông, tại các buổi sinh hoạt buôn bằng tiếng Êđê.
BS. Nguyễn Thị Thanh Hương, Phó Giám đốc Trung tâm Y tế huyện, hướng dẫn học viên thực hành kiểm tra lăng quăng trong dụng cụ chứa nước và cách tính chỉ số nhà có lăng quăng. Chị H'Bla Niê, Trạm trưởng Trạm Y tế xã Ea Yông, giới thiệu cách làm ở xã: mỗi cộng tác viên phụ trách khoảng 30 hộ, mỗi tuần đi kiểm tra một lần.
Già làng Y Ngông Mlô, buôn Ea Kmar, xã Ea Kênh, chia sẻ: "Trước đây bà con nghĩ sốt là do ma, không đưa đi trạm y tế. Bây giờ già làng nói, trưởng buôn nói, bà con nghe theo, tự dọn vườn, lấp vũng nước". Ông Y Thuôn Êban, người có uy tín buôn Cư Knia, xã Ea Phê, đề nghị huyện hỗ trợ thêm thùng có nắp đậy cho các hộ nghèo.
Kết thúc lớp học, các học viên được cấp tài liệu bằng hai thứ tiếng Việt - Êđê; Trung tâm Y tế huyện trao 200 thùng nhựa có nắp cho 4 buôn đặc biệt khó khăn. Kinh phí tổ chức lớp tập huấn khoảng 62 triệu đồng từ nguồn Chương trình mục tiêu quốc gia y tế, mỗi học viên được hỗ trợ 100.000 đồng/ngày.
Đồng chí Y Khoan Niê yêu cầu sau tập huấn, mỗi học viên tổ chức ít nhất 2 buổi tuyên truyền tại buôn trong tháng 6, trước cao điểm mùa mưa; Ban Dân vận Huyện ủy sẽ phối hợp Ủy ban MTTQ huyện kiểm tra việc thực hiện.
Hoàng Yến
Tin liên quan
- Buôn Đôn: Ra quân diệt lăng quăng tại 7 xã (15/05/2014)
- Đắk Lắk ghi nhận hơn 1.200 ca sốt xuất huyết (08/05/2014)
- Phát huy vai trò người có uy tín trong vùng đồng bào DTTS (25/04/2014)
""", "2014-05-22", "Krông Pắc: Tập huấn kỹ năng vận động đồng bào phòng, chống sốt xuất huyết",
E("tap_huan", "2014", "2014-05-20"),
[P("Y Khoan Niê", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Thị Thanh Hương", "BS.", "Phó Giám đốc Trung tâm Y tế huyện"),
 P("H'Bla Niê", "Trạm trưởng Trạm Y tế xã Ea Yông"),
 P("Y Ngông Mlô", "Già làng"),
 P("Y Thuôn Êban", "người có uy tín buôn Cư Knia")],
[Q("85 học viên", 85, "học viên"), Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("318 ca sốt xuất huyết", 318, "ca sốt xuất huyết"),
 Q("2 ổ dịch", 2, "ổ dịch"), Q("gần 35%", 35, "%", "approx"), Q("khoảng 30 hộ", 30, "hộ", "approx"),
 Q("200 thùng nhựa có nắp", 200, "thùng nhựa"), Q("4 buôn đặc biệt khó khăn", 4, "buôn đặc biệt khó khăn"),
 Q("khoảng 62 triệu đồng", 62000000, "đồng", "approx"), Q("100.000 đồng", 100000, "đồng"),
 Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over")],
[D("Kế hoạch", "42", "KH/HU", "2014-03-03", "Ban Thường vụ Huyện ủy", "Kế hoạch số 42-KH/HU ngày 3/3/2014"),
 D("Kế hoạch", "1156", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 1156/KH-UBND")],
[prov("Đắk Lắk"), com("Ea Kênh"), com("Phước An"), com("Ea Yông"), com("Ea Phê")],
["Báo Đắk Lắk điện tử", "Trang chủ / Xã hội / Y tế", "Học viên thực hành kiểm tra lăng quăng tại buôn Ea Kmar. Ảnh: H.Y",
 "Chương trình mục tiêu quốc gia y tế", "Trung tâm Y tế huyện"],
["22-05-2014 10:40", "2 ngày 20 và 21/5", "năm 2014", "tháng 6", "mỗi tuần đi kiểm tra một lần", "hai thứ tiếng"]))

PAGES.append(page("b8505-binhduong-hdnd-giamsat-sxh-2015", """
HĐND TỈNH BÌNH DƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Bạn đang ở: Trang chủ | Hoạt động giám sát
Ngày đăng 19/08/2015 | 16:20
Quang cảnh buổi giám sát tại UBND thị xã Dĩ An.
Giám sát công tác phòng, chống sốt xuất huyết tại thị xã Dĩ An
Ngày 18/8, Đoàn giám sát Ban Văn hóa - Xã hội HĐND tỉnh Bình Dương do bà Nguyễn Thị Hồng Nhung, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện công tác phòng, chống dịch bệnh sốt xuất huyết năm 2015 tại UBND thị xã Dĩ An và phường Tân Đông Hiệp. Cùng đi có đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh, Sở Y tế.
Báo cáo với đoàn, ông Trần Văn Nam, Phó Chủ tịch UBND thị xã Dĩ An cho biết, 7 tháng đầu năm thị xã ghi nhận 1.126 ca sốt xuất huyết, tăng 18% so với cùng kỳ, trong đó 412 ca ở phường Tân Đông Hiệp và phường Đông Hòa. Địa bàn có hơn 3.800 dãy nhà trọ với khoảng 210.000 người lao động từ nơi khác đến, nhiều khu trọ thiếu hệ thống thoát nước, chủ trọ chưa quan tâm vệ sinh.
Thực hiện Kế hoạch số 1023/KH-UBND ngày 15/4/2015 của UBND tỉnh và Quyết định số 3711/QĐ-BYT ngày 19/9/2014 của Bộ Y tế về hướng dẫn giám sát và phòng, chống bệnh sốt xuất huyết, thị xã đã thành lập 10 đội phản ứng nhanh, xử lý 27 ổ dịch, phun hóa chất diện rộng 2 đợt; tổ chức 6 đợt chiến dịch diệt lăng quăng với 4.500 lượt người tham gia. Kinh phí chi cho công tác phòng, chống dịch đến nay khoảng 1,2 tỷ đồng.
Bà Lê Thị Thanh Thủy, Giám đốc Trung tâm Y tế thị xã, kiến nghị tỉnh bổ sung biên chế cán bộ y tế phường, vì mỗi trạm y tế phường phải quản lý trung bình trên 40.000 dân. Chủ tịch UBND phường Tân Đông Hiệp Nguyễn Văn Lộc cho biết phường đã ký cam kết với 1.150 chủ nhà trọ, xử phạt 9 trường hợp vi phạm quy định vệ sinh môi trường với tổng số tiền 13,5 triệu đồng.
Ông Huỳnh Minh Trí, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đề nghị phát huy vai trò Ban Công tác Mặt trận khu phố, đưa tiêu chí không để lăng quăng vào bình xét "Khu phố văn hóa", "Gia đình văn hóa"; các doanh nghiệp cần vận động công nhân tham gia tổng vệ sinh tại nơi ở trọ.
Kết luận buổi giám sát, bà Nguyễn Thị Hồng Nhung đánh giá thị xã Dĩ An đã chủ động, quyết liệt nhưng số ca mắc vẫn ở mức cao. Đoàn đề nghị UBND thị xã tăng cường kiểm tra, xử lý nghiêm các chủ nhà trọ, công trình xây dựng để phát sinh lăng quăng; phấn đấu đến cuối năm giảm ít nhất 20% số ca mắc so với năm 2014. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 13 HĐND tỉnh khóa VIII.
Cùng ngày, đoàn đã khảo sát thực tế tại khu nhà trọ của bà Phạm Thị Lụa ở khu phố Tân Long, phường Tân Đông Hiệp.
Ngọc Thủy
Tin khác
- Giám sát việc thực hiện chính sách bảo hiểm y tế tại Thuận An (12/08/2015)
- Thường trực HĐND tỉnh tiếp xúc cử tri phường Bình An (30/07/2015)
- Ban Văn hóa - Xã hội HĐND tỉnh khảo sát bệnh viện tuyến huyện (15/07/2015)
""", "2015-08-19", "Giám sát công tác phòng, chống sốt xuất huyết tại thị xã Dĩ An",
E("giam_sat", "2015", "2015-08-18"),
[P("Nguyễn Thị Hồng Nhung", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trần Văn Nam", "Phó Chủ tịch UBND thị xã Dĩ An"),
 P("Lê Thị Thanh Thủy", "Giám đốc Trung tâm Y tế thị xã"),
 P("Nguyễn Văn Lộc", "Chủ tịch UBND phường Tân Đông Hiệp"),
 P("Huỳnh Minh Trí", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Lụa")],
[Q("1.126 ca sốt xuất huyết", 1126, "ca sốt xuất huyết"), Q("18%", 18, "%"), Q("412 ca", 412, "ca"),
 Q("hơn 3.800 dãy nhà trọ", 3800, "dãy nhà trọ", "over"), Q("khoảng 210.000 người lao động", 210000, "người lao động", "approx"),
 Q("10 đội phản ứng nhanh", 10, "đội phản ứng nhanh"), Q("27 ổ dịch", 27, "ổ dịch"),
 Q("2 đợt", 2, "đợt"), Q("6 đợt chiến dịch", 6, "đợt chiến dịch"), Q("4.500 lượt người", 4500, "lượt người"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("trên 40.000 dân", 40000, "dân", "over"),
 Q("1.150 chủ nhà trọ", 1150, "chủ nhà trọ"), Q("9 trường hợp", 9, "trường hợp"),
 Q("13,5 triệu đồng", 13500000, "đồng"), Q("ít nhất 20%", 20, "%", "over")],
[D("Kế hoạch", "1023", "KH-UBND", "2015-04-15", "UBND tỉnh", "Kế hoạch số 1023/KH-UBND ngày 15/4/2015"),
 D("Quyết định", "3711", "QĐ-BYT", "2014-09-19", "Bộ Y tế", "Quyết định số 3711/QĐ-BYT ngày 19/9/2014")],
[prov("Bình Dương"), com("Tân Đông Hiệp"), com("Đông Hòa")],
["HĐND TỈNH BÌNH DƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ", "Bạn đang ở: Trang chủ | Hoạt động giám sát",
 "Quang cảnh buổi giám sát tại UBND thị xã Dĩ An.", "Ban Công tác Mặt trận khu phố", "Khu phố văn hóa", "Gia đình văn hóa",
 "Trung tâm Y tế thị xã"],
["Ngày đăng 19/08/2015 | 16:20", "7 tháng đầu năm", "năm 2015", "kỳ họp thứ 13", "khóa VIII", "năm 2014"]))

PAGES.append(page("b8506-quangngai-binhson-giaoban-q2-2016", """
Báo Quảng Ngãi điện tử
Chính trị | Dân vận | Huyện - Thành phố
06/07/2016 - 10:05
Bình Sơn: Dồn sức vận động nhân dân phòng, chống sốt xuất huyết và vi rút Zika
(Báo Quảng Ngãi) - Ngày 5/7, Ban Dân vận Huyện ủy Bình Sơn tổ chức giao ban khối dân vận quý II năm 2016, tập trung bàn giải pháp vận động nhân dân phòng, chống dịch sốt xuất huyết và bệnh do vi rút Zika trong mùa mưa sắp tới. Đồng chí Lê Thị Thu Trang, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Các đại biểu dự giao ban khối dân vận huyện Bình Sơn quý II.
Theo báo cáo, quý II toàn huyện ghi nhận 146 ca sốt xuất huyết, tăng gần gấp đôi so với quý I, tập trung ở các xã Bình Thạnh, Bình Chánh, Bình Trị và thị trấn Châu Ổ. Khối dân vận đã tham mưu Ban Thường vụ Huyện ủy ban hành Chỉ thị 07, 08-CT/HU về tăng cường lãnh đạo phòng, chống dịch bệnh mùa mưa và về vận động nhân dân giữ gìn vệ sinh môi trường khu dân cư; thực hiện Công văn số 568-CV/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò Mặt trận, đoàn thể trong phòng, chống dịch bệnh do vi rút Zika.
Các đoàn thể đã tổ chức 52 buổi tuyên truyền với hơn 3.600 lượt người nghe; Huyện đoàn ra quân 24 đợt "Ngày thứ Bảy tình nguyện", thu gom trên 18 tấn rác thải. Hội Nông dân huyện vận động hội viên phát quang 27 km đường làng, khai thông cống rãnh. Trung tâm Y tế huyện cấp 120 lít hóa chất và 30 bình phun cho các xã có ổ dịch; Ủy ban MTTQ huyện in 5.000 tờ rơi phát đến từng hộ gia đình.
Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Nguyễn Văn Thành, Trương Thị Mỹ Lệ thông tin, Mặt trận các xã đã đưa tiêu chí phòng, chống dịch vào bình xét khu dân cư văn hóa. Đồng chí Võ Minh Châu, Bí thư Đảng ủy xã Bình Thạnh, cho biết xã phân công 142 đảng viên phụ trách 1.420 hộ, mỗi đảng viên theo dõi 10 hộ; sau 3 tháng xã không có ca mắc mới.
Ông Đặng Văn Quý, Trưởng thôn Vạn Tường, xã Bình Hải, nêu khó khăn: "Người dân làm nghề biển đi vắng nhiều ngày, nhà chỉ còn người già, trẻ em nên việc đổ bỏ nước đọng không thường xuyên". Đồng chí Phạm Thị Nga, Chủ tịch Hội LHPN huyện, đề nghị hỗ trợ 50 triệu đồng mua lưới, nắp đậy cho hộ nghèo ở các xã ven biển.
Kết luận giao ban, đồng chí Lê Thị Thu Trang yêu cầu quý III khối dân vận tập trung phối hợp ngành y tế kiểm tra 100% hộ ở các thôn có ca bệnh; mỗi tổ chức đoàn thể nhận đỡ đầu ít nhất 1 khu dân cư; thực hiện tốt phong trào "Dân vận khéo" gắn với "2 không" (không có lăng quăng, không có muỗi trong nhà).
Thanh Phương
Các tin khác
- Tư Nghĩa: ra quân diệt lăng quăng tại 15 xã (30/06/2016)
- Quảng Ngãi chủ động ứng phó với vi rút Zika (24/06/2016)
- Sơn Tịnh: giao ban công tác dân vận 6 tháng đầu năm (17/06/2016)
""", "2016-07-06", "Bình Sơn: Dồn sức vận động nhân dân phòng, chống sốt xuất huyết và vi rút Zika",
E("giao_ban", "2016-Q2", "2016-07-05"),
[P("Lê Thị Thu Trang", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Thành", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Trương Thị Mỹ Lệ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Minh Châu", "Bí thư Đảng ủy xã Bình Thạnh"),
 P("Đặng Văn Quý", "Trưởng thôn Vạn Tường"),
 P("Phạm Thị Nga", "Chủ tịch Hội LHPN huyện")],
[Q("146 ca sốt xuất huyết", 146, "ca sốt xuất huyết"), Q("52 buổi tuyên truyền", 52, "buổi tuyên truyền"),
 Q("hơn 3.600 lượt người nghe", 3600, "lượt người nghe", "over"), Q("24 đợt", 24, "đợt"),
 Q("trên 18 tấn", 18, "tấn", "over"), Q("27 km", 27, "km"), Q("142 đảng viên", 142, "đảng viên"),
 Q("1.420 hộ", 1420, "hộ"), Q("10 hộ", 10, "hộ"), Q("50 triệu đồng", 50000000, "đồng"), Q("100% hộ", 100, "%"),
 Q("120 lít", 120, "lít"), Q("30 bình phun", 30, "bình phun"), Q("5.000 tờ rơi", 5000, "tờ rơi")],
[D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU"),
 D("Công văn", "568", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 568-CV/BDVTU")],
[prov("Quảng Ngãi"), com("Bình Thạnh"), com("Bình Chánh"), com("Bình Trị"), com("Châu Ổ"), com("Bình Hải")],
["Báo Quảng Ngãi điện tử", "Chính trị | Dân vận | Huyện - Thành phố", "(Báo Quảng Ngãi)",
 "Các đại biểu dự giao ban khối dân vận huyện Bình Sơn quý II.", "Ngày thứ Bảy tình nguyện", "Dân vận khéo",
 "2 không"],
["06/07/2016 - 10:05", "quý II năm 2016", "quý I", "quý III", "2 không", "3 tháng", "ít nhất 1 khu dân cư", "gần gấp đôi"]))
