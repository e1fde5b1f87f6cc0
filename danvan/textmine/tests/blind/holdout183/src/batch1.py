from lib import *
PAGES = []

PAGES.append(page("b4349-dongthap-sotxuathuyet-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG THÁP
Trang chủ » Hoạt động Hội » Chăm sóc sức khỏe
Thứ Sáu, 22/04/2011 - 09:30
Ảnh: Chị em phụ nữ ấp Tân Phú ra quân diệt lăng quăng.
Phụ nữ Đồng Tháp chung tay phòng, chống sốt xuất huyết
Sáng 20/4, Hội LHPN tỉnh phối hợp Sở Y tế tổ chức hội nghị triển khai công tác phòng, chống sốt xuất huyết năm 2011 và phát động chiến dịch "Diệt lăng quăng, bọ gậy" trong hội viên, phụ nữ. Dự hội nghị có bà Nguyễn Thị Kim Hoa, Phó Chủ tịch UBND tỉnh; bà Lê Thị Mỹ Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cùng 215 đại biểu là chủ tịch hội phụ nữ các xã, phường, thị trấn.
Theo báo cáo của Trung tâm Y tế dự phòng tỉnh, năm 2010 toàn tỉnh ghi nhận 4.126 ca mắc sốt xuất huyết, 3 ca tử vong; từ đầu năm 2011 đến nay đã có 612 ca mắc, tăng 18% so với cùng kỳ. Các ổ dịch tập trung ở xã Tân Phú Đông, phường Mỹ Phú và xã An Bình.
Thực hiện Kế hoạch số 37/KH-UBND ngày 04/3/2011 của UBND tỉnh về phòng, chống dịch bệnh năm 2011 và Chỉ thị 06, 07/CT-UBND về tăng cường phòng, chống sốt xuất huyết và tay chân miệng, thời gian qua các cấp Hội đã thành lập 1.348 tổ phụ nữ tự quản "Diệt lăng quăng", vận động trên 86.000 hộ gia đình thả cá ăn lăng quăng, đậy kín dụng cụ chứa nước. Hội cũng phối hợp ngành y tế tổ chức 420 cuộc nói chuyện chuyên đề với khoảng 12.500 lượt hội viên dự.
Chị Trần Thị Bé Sáu, Chủ tịch Hội LHPN xã Tân Phú Đông, cho biết: "Mỗi chi hội được giao phụ trách từ 30 hộ trở lên, sáng thứ Bảy hàng tuần chị em đi từng nhà kiểm tra lu, khạp, chén nước kê chân tủ. Nhờ vậy, 6 tháng qua xã giảm 40 ca mắc so với cùng kỳ".
Phát biểu tại hội nghị, bà Nguyễn Thị Kim Hoa đề nghị Hội LHPN các cấp tiếp tục phối hợp ngành y tế đưa nội dung phòng bệnh vào sinh hoạt chi, tổ hội; phấn đấu 100% hộ có phụ nữ là hội viên được hướng dẫn cách diệt lăng quăng; mỗi xã, phường duy trì ít nhất 1 đội xung kích phòng, chống dịch. Đồng chí cũng lưu ý các địa phương bố trí kinh phí, không để thiếu hóa chất phun xịt khi có ổ dịch.
Dịp này, Hội LHPN tỉnh trao 2.000 bể cá giống và 300 bộ tài liệu tuyên truyền cho các cơ sở Hội, tổng trị giá 85 triệu đồng. Bà Võ Thị Ngọc Lan, Phó Chủ tịch Hội LHPN tỉnh, phát động đợt cao điểm ra quân từ ngày 20/4 đến 20/5/2011.
Ngay sau hội nghị, gần 500 hội viên phụ nữ, đoàn viên thanh niên phường Mỹ Phú ra quân thu gom 3,5 tấn vật dụng phế thải có thể chứa nước đọng.
Ngọc Trâm
Số lượt xem: 1.204
Tin liên quan
- Hội phụ nữ Cao Lãnh ra quân vệ sinh môi trường (15/04/2011)
- Tập huấn kỹ năng truyền thông phòng bệnh cho 120 cán bộ Hội (08/04/2011)
- Hồng Ngự: phụ nữ giúp nhau làm nhà tiêu hợp vệ sinh (30/03/2011)
""", "2011-04-22", "Phụ nữ Đồng Tháp chung tay phòng, chống sốt xuất huyết",
E("hoi_nghi", "2011", "2011-04-20"),
[P("Nguyễn Thị Kim Hoa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Mỹ Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Thị Bé Sáu", "Chủ tịch Hội LHPN xã Tân Phú Đông"),
 P("Võ Thị Ngọc Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("215 đại biểu", 215, "đại biểu"), Q("4.126 ca mắc sốt xuất huyết", 4126, "ca mắc sốt xuất huyết"), Q("3 ca tử vong", 3, "ca tử vong"),
 Q("612 ca mắc", 612, "ca mắc"), Q("18%", 18, "%"), Q("1.348 tổ phụ nữ tự quản", 1348, "tổ phụ nữ tự quản"),
 Q("trên 86.000 hộ gia đình", 86000, "hộ gia đình", "over"), Q("420 cuộc nói chuyện chuyên đề", 420, "cuộc nói chuyện chuyên đề"),
 Q("khoảng 12.500 lượt hội viên", 12500, "lượt hội viên", "approx"), Q("từ 30 hộ trở lên", 30, "hộ", "over"),
 Q("40 ca mắc", 40, "ca mắc"), Q("100%", 100, "%"), Q("ít nhất 1 đội xung kích", 1, "đội xung kích", "over"),
 Q("2.000 bể cá giống", 2000, "bể cá giống"), Q("300 bộ tài liệu tuyên truyền", 300, "bộ tài liệu tuyên truyền"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("gần 500 hội viên phụ nữ, đoàn viên thanh niên", 500, "hội viên phụ nữ, đoàn viên thanh niên", "approx"),
 Q("3,5 tấn", 3.5, "tấn")],
[D("Kế hoạch", "37", "KH-UBND", "2011-03-04", "UBND tỉnh", "Kế hoạch số 37/KH-UBND ngày 04/3/2011"),
 D("Chỉ thị", "06", "CT-UBND", None, None, "Chỉ thị 06, 07/CT-UBND"),
 D("Chỉ thị", "07", "CT-UBND", None, None, "Chỉ thị 06, 07/CT-UBND")],
[prov("Đồng Tháp"), com("Tân Phú Đông"), com("Mỹ Phú"), com("An Bình")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐỒNG THÁP", "Trang chủ » Hoạt động Hội » Chăm sóc sức khỏe",
 "Ảnh: Chị em phụ nữ ấp Tân Phú ra quân diệt lăng quăng.", "Diệt lăng quăng, bọ gậy", "Số lượt xem: 1.204"],
["Thứ Sáu, 22/04/2011 - 09:30", "năm 2011", "năm 2010", "6 tháng qua", "Số lượt xem: 1.204"]))

PAGES.append(page("b4350-thanhhoa-nuocsach-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa
Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện
Cập nhật: 14:20, 18/10/2012 (GMT+7)
Giám sát thực hiện Chương trình nước sạch và vệ sinh môi trường nông thôn tại huyện Quan Hóa
Từ ngày 15 đến 17/10/2012, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do ông Lò Văn Tiến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn giai đoạn 2011 - 2015 tại huyện Quan Hóa.
Quang cảnh buổi giám sát tại xã Phú Nghiêm. Ảnh: Hà Phương
Cùng đi có các ông, bà: Phạm Thị Thu, Hà Văn Bằng - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh; ông Cầm Bá Xuân, Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh.
Theo báo cáo của UBND huyện, thực hiện Quyết định số 366/QĐ-TTg ngày 31/3/2012 của Thủ tướng Chính phủ và Kế hoạch số 52/KH-UBND của UBND tỉnh, từ năm 2011 đến nay huyện đã đầu tư xây dựng 14 công trình cấp nước sinh hoạt tập trung với tổng kinh phí hơn 11,6 tỷ đồng, trong đó nhân dân đóng góp 1,2 tỷ đồng và trên 3.400 ngày công. Tỷ lệ dân cư nông thôn được sử dụng nước hợp vệ sinh đạt 71,5%; tuy vậy mới có 38% số hộ có nhà tiêu hợp vệ sinh.
Ủy ban MTTQ huyện và các đoàn thể đã vận động 1.126 hộ đồng bào Thái, Mường xây dựng nhà tiêu hai ngăn, đưa chuồng trại gia súc ra xa nhà ở. Tại xã Phú Nghiêm, 9/12 bản đã có công trình nước tự chảy; bà Hà Thị Nhung, Chủ tịch Ủy ban MTTQ xã Phú Nghiêm, cho biết nhiều gia đình đã tự nguyện hiến đất, góp công làm bể lọc.
Qua giám sát thực tế tại các xã Phú Nghiêm, Nam Xuân và thị trấn Quan Hóa, đoàn ghi nhận 4 công trình hoạt động kém hiệu quả, 2 công trình hư hỏng chưa được sửa chữa; việc quản lý sau đầu tư còn giao cho thôn, bản nhưng thiếu kinh phí duy tu. Người dân bản Chiềng, xã Nam Xuân phản ánh mùa khô có tới 60 hộ thiếu nước.
Kết luận buổi giám sát, ông Lò Văn Tiến đề nghị UBND huyện rà soát, có phương án khắc phục ngay các công trình hư hỏng; gắn việc xây nhà tiêu hợp vệ sinh với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; công khai kinh phí để nhân dân cùng giám sát. Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh, Sở Nông nghiệp và Phát triển nông thôn trước ngày 30/11/2012.
Trước đó, đoàn đã làm việc với ông Phạm Văn Hưng, Phó Chủ tịch UBND huyện Quan Hóa và đại diện các phòng, ban chuyên môn.
Hà Phương
Lượt xem: 642
Các tin khác
- Mặt trận Như Xuân giám sát đầu tư xây dựng cơ bản (09/10/2012)
- Hội nghị phản biện dự thảo đề án giảm nghèo bền vững (28/09/2012)
- Ngọc Lặc: trao 20 nhà Đại đoàn kết cho hộ nghèo (20/09/2012)
""", "2012-10-18", "Giám sát thực hiện Chương trình nước sạch và vệ sinh môi trường nông thôn tại huyện Quan Hóa",
E("giam_sat", None, "2012-10-15"),
[P("Lò Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Thị Thu", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Hà Văn Bằng", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Xuân", "Phó Giám đốc Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"),
 P("Hà Thị Nhung", "Chủ tịch Ủy ban MTTQ xã Phú Nghiêm"),
 P("Phạm Văn Hưng", "Phó Chủ tịch UBND huyện Quan Hóa")],
[Q("14 công trình cấp nước sinh hoạt tập trung", 14, "công trình cấp nước sinh hoạt tập trung"),
 Q("hơn 11,6 tỷ đồng", 11600000000, "đồng", "over"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("trên 3.400 ngày công", 3400, "ngày công", "over"), Q("71,5%", 71.5, "%"), Q("38%", 38, "%"),
 Q("1.126 hộ đồng bào Thái, Mường", 1126, "hộ đồng bào Thái, Mường"), Q("9/12 bản", 9, "bản"),
 Q("4 công trình", 4, "công trình"), Q("2 công trình hư hỏng", 2, "công trình"), Q("60 hộ", 60, "hộ")],
[D("Quyết định", "366", "QĐ-TTg", "2012-03-31", "Thủ tướng Chính phủ", "Quyết định số 366/QĐ-TTg ngày 31/3/2012"),
 D("Kế hoạch", "52", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 52/KH-UBND")],
[prov("Thanh Hóa"), com("Phú Nghiêm"), com("Nam Xuân"), com("Quan Hóa")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa", "Trang chủ > Hoạt động Mặt trận > Giám sát - Phản biện",
 "Quang cảnh buổi giám sát tại xã Phú Nghiêm. Ảnh: Hà Phương", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Chương trình mục tiêu quốc gia nước sạch và vệ sinh môi trường nông thôn", "Lượt xem: 642"],
["Cập nhật: 14:20, 18/10/2012 (GMT+7)", "giai đoạn 2011 - 2015", "nhà tiêu hai ngăn", "Lượt xem: 642"]))

PAGES.append(page("b4351-daklak-tiemchung-2013", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội | Y tế
08:15 | 16/07/2013
Quang cảnh hội nghị. Ảnh: H.Gia
Vận động đồng bào đưa trẻ đi tiêm chủng đầy đủ
Ngày 15/7, Sở Y tế phối hợp Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị sơ kết công tác tiêm chủng mở rộng 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Y Dhăm Ênuôl, Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh và bà H'Yim Kđoh, Phó Giám đốc Sở Y tế đồng chủ trì.
6 tháng qua, toàn tỉnh đã tiêm chủng đầy đủ 8 loại vắc xin cho 17.842 trẻ dưới 1 tuổi, đạt 46,3% kế hoạch năm; tỷ lệ phụ nữ có thai được tiêm uốn ván đạt 44,8%. Tuy nhiên, tại 23 xã vùng sâu, vùng xa tỷ lệ tiêm chủng còn thấp, có thôn, buôn chỉ đạt khoảng 60%, nguy cơ bùng phát sởi, ho gà là rất cao.
Thực hiện Chỉ thị số 17/CT-UBND ngày 12/3/2013 của UBND tỉnh và Hướng dẫn số 05/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp đã phối hợp trạm y tế xã tổ chức 312 buổi truyền thông tại nhà rông, nhà văn hóa buôn; huy động 486 già làng, người có uy tín cùng cán bộ y tế thôn, buôn đến từng hộ vận động. Nhờ vậy có 1.035 trẻ trước đây bỏ mũi tiêm đã được tiêm bù.
Tại hội nghị, ông Y Ngông Niê, già làng buôn Tơng Jú, xã Ea Kao, chia sẻ: "Trước đây bà con sợ con bị sốt sau khi tiêm nên giấu con. Già làng phải đi trước, đưa cháu mình đi tiêm, bà con thấy không sao mới theo". Bà Nguyễn Thị Hiền, Trưởng Trạm Y tế xã Cư Pui, đề nghị tăng phụ cấp cho 27 nhân viên y tế thôn, buôn của xã vì mức hiện nay chỉ 195.000 đồng/tháng.
Các đại biểu cũng phản ánh tình trạng một số hộ theo đạo Tin lành Đê Ga không cho con đi tiêm; xã Krông Na còn 4 buôn chưa có điểm tiêm cố định.
Kết luận hội nghị, đồng chí Y Dhăm Ênuôl yêu cầu Mặt trận các cấp đưa chỉ tiêu tiêm chủng vào bình xét "Buôn văn hóa", phấn đấu đến cuối năm 2013 tỷ lệ tiêm chủng đầy đủ đạt trên 95%. Bà H'Yim Kđoh đề nghị các trung tâm y tế huyện bảo đảm dây chuyền lạnh, không để thiếu vắc xin tại 184 điểm tiêm.
Theo ông Lê Văn Thịnh, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh Đắk Lắk, năm 2013 Mặt trận lần đầu đưa nội dung tiêm chủng vào chương trình giám sát chuyên đề; qua giám sát tại 6 huyện đã kiến nghị bổ sung tủ lạnh bảo quản vắc xin cho 11 trạm y tế xã và bố trí người phiên dịch tiếng Êđê, Mnông tại các buổi tiêm.
Dịp này, Ủy ban MTTQ tỉnh tặng giấy khen cho 9 tập thể, 16 cá nhân có thành tích trong vận động tiêm chủng.
H.Gia
Số lần xem: 1.877
Tin liên quan
- Buôn Đôn: tiêm vắc xin sởi - rubella cho trẻ em vùng biên (10/07/2013)
- Phát huy vai trò già làng trong xây dựng buôn văn hóa (02/07/2013)
- Krông Bông ra quân phòng, chống sốt xuất huyết (21/06/2013)
""", "2013-07-16", "Vận động đồng bào đưa trẻ đi tiêm chủng đầy đủ",
E("so_ket", "2013-H1", "2013-07-15"),
[P("Y Dhăm Ênuôl", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Yim Kđoh", "Phó Giám đốc Sở Y tế"),
 P("Lê Văn Thịnh", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh Đắk Lắk"),
 P("Y Ngông Niê", "già làng buôn Tơng Jú"),
 P("Nguyễn Thị Hiền", "Trưởng Trạm Y tế xã Cư Pui")],
[Q("8 loại vắc xin", 8, "loại vắc xin"), Q("17.842 trẻ dưới 1 tuổi", 17842, "trẻ dưới 1 tuổi"), Q("46,3%", 46.3, "%"),
 Q("44,8%", 44.8, "%"), Q("23 xã vùng sâu, vùng xa", 23, "xã vùng sâu, vùng xa"), Q("khoảng 60%", 60, "%", "approx"),
 Q("312 buổi truyền thông", 312, "buổi truyền thông"), Q("486 già làng, người có uy tín", 486, "già làng, người có uy tín"),
 Q("1.035 trẻ", 1035, "trẻ"), Q("27 nhân viên y tế thôn, buôn", 27, "nhân viên y tế thôn, buôn"),
 Q("195.000 đồng/tháng", 195000, "đồng"), Q("4 buôn", 4, "buôn"), Q("trên 95%", 95, "%", "over"),
 Q("184 điểm tiêm", 184, "điểm tiêm"), Q("6 huyện", 6, "huyện"), Q("11 trạm y tế xã", 11, "trạm y tế xã"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Chỉ thị", "17", "CT-UBND", "2013-03-12", "UBND tỉnh", "Chỉ thị số 17/CT-UBND ngày 12/3/2013"),
 D("Hướng dẫn", "05", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 05/HD-MTTQ-BTT")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Cư Pui"), com("Krông Na")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Xã hội | Y tế", "Quang cảnh hội nghị. Ảnh: H.Gia", "Tin lành Đê Ga", "Buôn văn hóa", "Số lần xem: 1.877"],
["08:15 | 16/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "dưới 1 tuổi", "Số lần xem: 1.877"]))

PAGES.append(page("b4352-hagiang-dinhduong-2014", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động các cấp Hội
29-12-2014 10:40
Tổng kết dự án cải thiện dinh dưỡng trẻ em vùng cao
Hội LHPN tỉnh vừa tổ chức hội nghị tổng kết công tác năm 2014 và dự án "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi" tại 4 huyện vùng cao núi đá Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, triển khai nhiệm vụ năm 2015.
Các đại biểu tham quan góc dinh dưỡng tại hội nghị.
Dự hội nghị có đồng chí Vàng Thị Mai, UVBCH Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh; đồng chí Lý Thị Lan, TUV, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Nguyễn Thị Hằng, Sùng Thị Chu, Hoàng Thị Dung.
Năm 2014, các cấp Hội đã thành lập 256 câu lạc bộ "Làm mẹ an toàn - Nuôi con khỏe", thu hút 6.842 thành viên là bà mẹ người Mông, Dao, Lô Lô; tổ chức 1.120 buổi thực hành nấu ăn dinh dưỡng từ sản phẩm địa phương. Hội phối hợp trạm y tế cân, đo định kỳ cho 21.560 trẻ; tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể thấp còi tại các xã dự án giảm từ 41,2% xuống 36,7%.
Dự án do Tổ chức Tầm nhìn Thế giới tài trợ với tổng kinh phí trên 4,3 tỷ đồng, đã hỗ trợ 1.500 hộ nghèo có trẻ suy dinh dưỡng mỗi hộ 10 con gà giống, 2 triệu đồng làm vườn rau; xây 35 bể nước và 120 nhà tiêu hợp vệ sinh cho các điểm trường mầm non.
Tại hội nghị, chị Giàng Thị Sua, Chủ tịch Hội LHPN xã Sủng Là, chia sẻ: các chi hội phân công mỗi hội viên nòng cốt kèm 5 bà mẹ, đến tận nhà hướng dẫn cho trẻ bú sớm, ăn bổ sung đúng cách. Ông Thào Mí Sính, Trưởng thôn Lủng Cẩm Trên, xã Sủng Là, cho biết thôn đã không còn trẻ suy dinh dưỡng thể nhẹ cân nặng.
Phát biểu chỉ đạo, đồng chí Lý Thị Lan đề nghị các cấp Hội tiếp tục bám sát Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh CNH, HĐH đất nước và Kế hoạch số 125-KH/TU ngày 10/4/2014 của Ban Thường vụ Tỉnh ủy; lồng ghép nội dung dinh dưỡng vào cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Đánh giá chung, sau 3 năm triển khai tại 18 xã của tỉnh Hà Giang, dự án đã làm thay đổi rõ thói quen chăm sóc trẻ của bà con: nhiều gia đình đã biết làm vườn rau, ao cá, chuồng trại xa nhà; trên 70% bà mẹ đi khám thai ít nhất 3 lần. Bà Vàng Thị Mai nêu rõ, khó khăn lớn nhất là nước sinh hoạt mùa khô và hủ tục tảo hôn, khiến nhiều bà mẹ trẻ chưa đủ kiến thức nuôi con.
Năm 2015, Hội LHPN tỉnh phấn đấu giảm 1,5% tỷ lệ trẻ suy dinh dưỡng, duy trì không dưới 90% bà mẹ được tư vấn dinh dưỡng. Dịp này, Hội tặng 14 tập thể và 22 cá nhân xuất sắc.
Thanh Hoa
Lượt truy cập: 530
Các tin khác
- Mèo Vạc: tặng 200 suất quà cho trẻ em nghèo (20/12/2014)
- Hội thi "Bữa ăn dinh dưỡng cho con" (05/12/2014)
- Tập huấn kỹ năng truyền thông cho chi hội trưởng (25/11/2014)
""", "2014-12-29", "Tổng kết dự án cải thiện dinh dưỡng trẻ em vùng cao",
E("tong_ket", "2014", None),
[P("Vàng Thị Mai", "UVBCH Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Thị Lan", "TUV", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Chu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Giàng Thị Sua", "Chủ tịch Hội LHPN xã Sủng Là"),
 P("Thào Mí Sính", "Trưởng thôn Lủng Cẩm Trên")],
[Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"), Q("256 câu lạc bộ", 256, "câu lạc bộ"),
 Q("6.842 thành viên", 6842, "thành viên"), Q("1.120 buổi thực hành nấu ăn dinh dưỡng", 1120, "buổi thực hành nấu ăn dinh dưỡng"),
 Q("21.560 trẻ", 21560, "trẻ"), Q("41,2%", 41.2, "%"), Q("36,7%", 36.7, "%"), Q("trên 4,3 tỷ đồng", 4300000000, "đồng", "over"),
 Q("1.500 hộ nghèo", 1500, "hộ nghèo"), Q("10 con gà giống", 10, "con gà giống"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("35 bể nước", 35, "bể nước"), Q("120 nhà tiêu hợp vệ sinh", 120, "nhà tiêu hợp vệ sinh"), Q("5 bà mẹ", 5, "bà mẹ"),
 Q("18 xã", 18, "xã"), Q("trên 70% bà mẹ", 70, "%", "over"), Q("1,5%", 1.5, "%"), Q("không dưới 90%", 90, "%", "over"), Q("14 tập thể", 14, "tập thể"), Q("22 cá nhân xuất sắc", 22, "cá nhân xuất sắc")],
[D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Kế hoạch", "125", "KH/TU", "2014-04-10", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 125-KH/TU ngày 10/4/2014")],
[prov("Hà Giang"), com("Sủng Là")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Hoạt động các cấp Hội",
 "Các đại biểu tham quan góc dinh dưỡng tại hội nghị.", "Cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi",
 "Làm mẹ an toàn - Nuôi con khỏe", "Tổ chức Tầm nhìn Thế giới", "Xây dựng gia đình 5 không, 3 sạch", "Lượt truy cập: 530"],
["29-12-2014 10:40", "ít nhất 3 lần", "sau 3 năm", "năm 2014", "năm 2015", "dưới 5 tuổi", "5 không, 3 sạch", "Lượt truy cập: 530"]))

PAGES.append(page("b4353-soctrang-taychanmieng-2015", """
TỈNH ĐOÀN SÓC TRĂNG
Trang chủ | Tin hoạt động | Đoàn - Hội - Đội
Ngày đăng 20/03/2015 | 15:45
Tập huấn phòng, chống bệnh tay chân miệng cho 150 cán bộ Đoàn, giáo viên mầm non
Ngày 19/3/2015, Tỉnh đoàn Sóc Trăng phối hợp Trung tâm Y tế dự phòng tỉnh tổ chức lớp tập huấn kỹ năng tuyên truyền phòng, chống bệnh tay chân miệng năm 2015 cho 150 cán bộ Đoàn cơ sở, giáo viên mầm non và cộng tác viên dân số của 11 huyện, thị xã, thành phố.
Ảnh: Bác sĩ hướng dẫn cách rửa tay bằng xà phòng cho học viên.
Đến dự và phát biểu khai mạc có đồng chí Lâm Hoàng Nghiệp, Bí thư Tỉnh đoàn; đồng chí Thạch Thị Sa Rên, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; bác sĩ Sơn Chanh Đa, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh.
Theo số liệu của ngành y tế, năm 2014 toàn tỉnh có 1.462 ca mắc tay chân miệng, trong đó 87% là trẻ dưới 3 tuổi; riêng 2 tháng đầu năm 2015 đã ghi nhận 203 ca, nhiều nhất ở phường Khánh Hòa, xã Đại Tâm và xã Lịch Hội Thượng. Điểm đáng lo là tỷ lệ hộ gia đình người Khmer ở vùng sâu biết cách phòng bệnh mới khoảng 45%.
Trong 2 ngày, học viên được bác sĩ Sơn Chanh Đa và ThS. Trần Quốc Khởi, Trưởng khoa Kiểm soát bệnh truyền nhiễm, truyền đạt các nội dung: đặc điểm bệnh, dấu hiệu chuyển độ nặng, cách khử khuẩn đồ chơi, sàn nhà bằng Cloramin B; kỹ năng nói chuyện bằng tiếng Khmer tại chùa, phum, sóc. Học viên cũng thực hành 6 bước rửa tay bằng xà phòng và quy trình xử lý ổ dịch tại nhóm trẻ gia đình.
Thực hiện Kế hoạch số 58-KH/TĐTN ngày 02/3/2015 của Ban Thường vụ Tỉnh đoàn, sau tập huấn mỗi cơ sở Đoàn sẽ thành lập ít nhất 1 đội hình "Thanh niên tình nguyện vì sức khỏe cộng đồng", phấn đấu trong năm tuyên truyền đến 35.000 hộ gia đình có trẻ nhỏ và phát 50.000 tờ rơi song ngữ Việt - Khmer. Các cơ sở Đoàn cũng ra quân vệ sinh 120 điểm trường mầm non, nhóm trẻ tư thục trước mùa dịch.
Chị Thị Sa Quol, Bí thư Đoàn xã Lịch Hội Thượng, cho biết: "Năm qua, đoàn viên xã phối hợp chùa Phnô Sà Lôn mở 12 buổi sinh hoạt, phát xà phòng cho 400 hộ nghèo. Có cán bộ Đoàn giỏi tiếng Khmer đi cùng thì bà con nghe và làm theo nhanh hơn".
Phát biểu bế mạc, đồng chí Lâm Hoàng Nghiệp đề nghị các huyện đoàn đưa chỉ tiêu phòng, chống tay chân miệng vào Chương trình công tác Đoàn năm 2015; gắn với thực hiện Chỉ thị 45, 46-CT/TU của Ban Thường vụ Tỉnh ủy về y tế cơ sở và phong trào "Xanh - Sạch - Đẹp" ở ấp, khóm.
Dịp này, Tỉnh đoàn trao 500 bộ dụng cụ rửa tay, trị giá khoảng 60 triệu đồng, cho 10 cơ sở Đoàn có nhiều hộ nghèo.
Phương Thảo
Lượt xem: 711
Tin liên quan
- Ra quân "Ngày Chủ nhật xanh" tại thị xã Vĩnh Châu (14/03/2015)
- Tuổi trẻ Sóc Trăng hiến 1.200 đơn vị máu (07/03/2015)
- Họp mặt kỷ niệm 84 năm Ngày thành lập Đoàn (26/02/2015)
""", "2015-03-20", "Tập huấn phòng, chống bệnh tay chân miệng cho 150 cán bộ Đoàn, giáo viên mầm non",
E("tap_huan", "2015", "2015-03-19"),
[P("Lâm Hoàng Nghiệp", "Bí thư Tỉnh đoàn"),
 P("Thạch Thị Sa Rên", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Sơn Chanh Đa", "bác sĩ", "Phó Giám đốc Trung tâm Y tế dự phòng tỉnh"),
 P("Trần Quốc Khởi", "ThS.", "Trưởng khoa Kiểm soát bệnh truyền nhiễm"),
 P("Thị Sa Quol", "Bí thư Đoàn xã Lịch Hội Thượng")],
[Q("150 cán bộ Đoàn cơ sở, giáo viên mầm non và cộng tác viên dân số", 150, "cán bộ Đoàn cơ sở, giáo viên mầm non và cộng tác viên dân số"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"), Q("1.462 ca mắc tay chân miệng", 1462, "ca mắc tay chân miệng"),
 Q("87%", 87, "%"), Q("203 ca", 203, "ca"), Q("khoảng 45%", 45, "%", "approx"), Q("ít nhất 1 đội hình", 1, "đội hình", "over"),
 Q("35.000 hộ gia đình", 35000, "hộ gia đình"), Q("50.000 tờ rơi song ngữ Việt - Khmer", 50000, "tờ rơi song ngữ Việt - Khmer"),
 Q("120 điểm trường mầm non, nhóm trẻ tư thục", 120, "điểm trường mầm non, nhóm trẻ tư thục"), Q("12 buổi sinh hoạt", 12, "buổi sinh hoạt"),
 Q("400 hộ nghèo", 400, "hộ nghèo"), Q("500 bộ dụng cụ rửa tay", 500, "bộ dụng cụ rửa tay"),
 Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"), Q("10 cơ sở Đoàn", 10, "cơ sở Đoàn")],
[D("Kế hoạch", "58", "KH/TĐTN", "2015-03-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 58-KH/TĐTN ngày 02/3/2015"),
 D("Chỉ thị", "45", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU"),
 D("Chỉ thị", "46", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 45, 46-CT/TU")],
[prov("Sóc Trăng"), com("Khánh Hòa"), com("Đại Tâm"), com("Lịch Hội Thượng")],
["TỈNH ĐOÀN SÓC TRĂNG", "Trang chủ | Tin hoạt động | Đoàn - Hội - Đội", "Ảnh: Bác sĩ hướng dẫn cách rửa tay bằng xà phòng cho học viên.",
 "Thanh niên tình nguyện vì sức khỏe cộng đồng", "Xanh - Sạch - Đẹp", "chùa Phnô Sà Lôn", "Lượt xem: 711"],
["Ngày đăng 20/03/2015 | 15:45", "năm 2014", "2 tháng đầu năm 2015", "dưới 3 tuổi", "Trong 2 ngày", "6 bước", "Lượt xem: 711"]))

PAGES.append(page("b4354-quangnam-vesinh-2016", """
Ban Dân vận Tỉnh ủy Quảng Nam
Vị trí: Trang chủ >> Dân vận chính quyền >> Tin địa phương
Thứ Sáu, 07/10/2016 - 16:05
Đồng chí Huỳnh Thị Kim Liên phát biểu tại giao ban.
Giao ban khối dân vận quý III: tập trung vận động xây nhà tiêu hợp vệ sinh
Chiều 5/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tỉnh quý III/2016 với chuyên đề vận động nhân dân xây dựng nhà tiêu hợp vệ sinh, cải thiện vệ sinh môi trường nông thôn. Đồng chí Huỳnh Thị Kim Liên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Báo cáo tại giao ban, đồng chí Alăng Thị Bích, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết, sau 9 tháng thực hiện Kế hoạch liên tịch số 12/KHLT-BDVTU-SYT ngày 18/01/2016 giữa Ban Dân vận Tỉnh ủy và Sở Y tế, các đoàn thể đã vận động 3.214 hộ xây mới, cải tạo nhà tiêu hợp vệ sinh, vượt 7% chỉ tiêu; nâng tỷ lệ hộ gia đình nông thôn có nhà tiêu hợp vệ sinh toàn tỉnh lên 68,4%. Riêng 9 huyện miền núi có 1.080 hộ đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng xóa bỏ tập quán đi vệ sinh ngoài rừng.
Hội LHPN tỉnh duy trì 146 mô hình "5 không, 3 sạch" gắn với nhà tiêu hợp vệ sinh; Hội Nông dân tỉnh giải ngân 2,45 tỷ đồng vốn vay từ Quỹ hỗ trợ nông dân cho 245 hộ, mức vay tối đa 10 triệu đồng/hộ; Đoàn Thanh niên tổ chức 38 đợt ra quân, làm giúp 92 nhà tiêu cho gia đình chính sách.
Đồng chí Bhling Mia, Bí thư Đảng ủy xã A Tiêng, cho biết xã đã đạt "xã sạch" với 100% hộ có nhà tiêu, nhờ mỗi thôn có 1 tổ dân vận do già làng làm tổ trưởng. Ông Nguyễn Văn Cường, Chủ tịch Ủy ban MTTQ xã Tam Thăng, đề nghị có cơ chế hỗ trợ vật liệu cho hộ cận nghèo.
Các đại biểu cũng chỉ ra hạn chế: còn 12 xã chưa đạt tiêu chí môi trường; tỷ lệ nhà tiêu được sử dụng và bảo quản đúng cách chỉ đạt khoảng 75%; hơn 600 hộ nghèo chưa có khả năng đối ứng.
Kết luận giao ban, đồng chí Huỳnh Thị Kim Liên đề nghị các cơ quan khối dân vận tham mưu cấp ủy thực hiện Kết luận số 62-KL/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể, Quyết định số 2570/QĐ-UBND ngày 21/7/2016 của UBND tỉnh về Đề án "Quảng Nam xanh - sạch - đẹp". Quý IV, khối dân vận phấn đấu vận động thêm trên 1.000 hộ xây nhà tiêu hợp vệ sinh, tuyên dương 20 gương điển hình.
Dịp này, đồng chí Lê Trí Thanh, Phó Chủ tịch UBND tỉnh trao tặng 50 triệu đồng cho Quỹ vệ sinh của 5 xã khó khăn.
Thu Hà
Lượt xem: 968
TIN CÙNG CHUYÊN MỤC
- Tiên Phước: sơ kết 3 năm phong trào "Dân vận khéo" (30/09/2016)
- Núi Thành: vận động nhân dân hiến đất làm đường giao thông nông thôn (22/09/2016)
- Tập huấn công tác dân vận cho cán bộ cơ sở (12/09/2016)
""", "2016-10-07", "Giao ban khối dân vận quý III: tập trung vận động xây nhà tiêu hợp vệ sinh",
E("giao_ban", "2016-Q3", "2016-10-05"),
[P("Huỳnh Thị Kim Liên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Alăng Thị Bích", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bhling Mia", "Bí thư Đảng ủy xã A Tiêng"),
 P("Nguyễn Văn Cường", "Chủ tịch Ủy ban MTTQ xã Tam Thăng"),
 P("Lê Trí Thanh", "Phó Chủ tịch UBND tỉnh")],
[Q("3.214 hộ", 3214, "hộ"), Q("7%", 7, "%"), Q("68,4%", 68.4, "%"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("1.080 hộ đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng", 1080, "hộ đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng"), Q("146 mô hình", 146, "mô hình"),
 Q("2,45 tỷ đồng", 2450000000, "đồng"), Q("245 hộ", 245, "hộ"), Q("tối đa 10 triệu đồng/hộ", 10000000, "đồng"),
 Q("38 đợt ra quân", 38, "đợt ra quân"), Q("92 nhà tiêu", 92, "nhà tiêu"), Q("100%", 100, "%"), Q("1 tổ dân vận", 1, "tổ dân vận"),
 Q("12 xã", 12, "xã"), Q("khoảng 75%", 75, "%", "approx"), Q("hơn 600 hộ nghèo", 600, "hộ nghèo", "over"),
 Q("trên 1.000 hộ", 1000, "hộ", "over"), Q("20 gương điển hình", 20, "gương điển hình"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("5 xã khó khăn", 5, "xã khó khăn")],
[D("Kế hoạch liên tịch", "12", "KHLT-BDVTU-SYT", "2016-01-18", "Ban Dân vận Tỉnh ủy và Sở Y tế", "Kế hoạch liên tịch số 12/KHLT-BDVTU-SYT ngày 18/01/2016"),
 D("Kết luận", "62", "KL/TW", None, "Bộ Chính trị", "Kết luận số 62-KL/TW"),
 D("Quyết định", "2570", "QĐ-UBND", "2016-07-21", "UBND tỉnh", "Quyết định số 2570/QĐ-UBND ngày 21/7/2016")],
[prov("Quảng Nam"), com("A Tiêng"), com("Tam Thăng")],
["Ban Dân vận Tỉnh ủy Quảng Nam", "Vị trí: Trang chủ >> Dân vận chính quyền >> Tin địa phương",
 "Đồng chí Huỳnh Thị Kim Liên phát biểu tại giao ban.", "5 không, 3 sạch", "Quỹ hỗ trợ nông dân", "Quảng Nam xanh - sạch - đẹp", "Lượt xem: 968"],
["Thứ Sáu, 07/10/2016 - 16:05", "quý III/2016", "9 tháng", "5 không, 3 sạch", "Quý IV", "Lượt xem: 968"]))
