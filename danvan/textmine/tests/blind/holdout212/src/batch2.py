from lib import *
PAGES = []

PAGES.append(page("b5051-nghean-tinhdoan-daihoi-2017", """
BÁO NGHỆ AN
Thời sự › Chính trị › Đoàn thể
Thứ Sáu, 06/10/2017, 16:45
Anh Trần Quốc Thành tái đắc cử Bí thư Tỉnh đoàn Nghệ An nhiệm kỳ 2017 - 2022
(Baonghean.vn) - Trong 2 ngày 5 - 6/10, Tỉnh đoàn Nghệ An tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XVIII, nhiệm kỳ 2017 - 2022. Về dự có chị Nguyễn Thị Thu Vân, Bí thư Trung ương Đoàn; đồng chí Hoàng Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, cùng 350 đại biểu chính thức thay mặt cho hơn 143.500 đoàn viên toàn tỉnh.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thành Duy
Báo cáo chính trị cho biết, nhiệm kỳ qua, các cấp bộ Đoàn đã triển khai Nghị quyết số 25-NQ/TW ngày 25/7/2008 của BCH Trung ương về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư về giáo dục lý tưởng cách mạng, đạo đức, lối sống văn hóa cho thế hệ trẻ và Chương trình hành động số 15-CTr/TĐ của Ban Chấp hành Tỉnh đoàn. Tuổi trẻ toàn tỉnh thực hiện khoảng 2.300 công trình, phần việc thanh niên, tổng trị giá trên 45 tỷ đồng; giới thiệu 12.640 đoàn viên ưu tú cho Đảng xem xét, trong đó 8.950 đoàn viên được kết nạp; hỗ trợ 1.540 thanh niên vay vốn lập nghiệp.
Tại đại hội, anh Lô Văn Thoại, Bí thư Đoàn xã Nậm Cắn, chia sẻ kinh nghiệm tập hợp thanh niên người Mông, Khơ Mú; chị Lương Thị Hoa, Bí thư Huyện đoàn Quế Phong, kiến nghị có chính sách cho cán bộ Đoàn vùng biên; Đại tá Hồ Sỹ Tuấn, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đề nghị Tỉnh đoàn phối hợp tốt công tác tuyển quân.
Phát biểu chỉ đạo, chị Nguyễn Thị Thu Vân đề nghị Tỉnh đoàn đổi mới phương thức tập hợp thanh niên trên không gian mạng, phấn đấu mỗi năm giới thiệu ít nhất 2.500 đoàn viên ưu tú cho Đảng. Đồng chí Hoàng Văn Kiên đề nghị Đoàn tiếp tục thực hiện tốt Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ về Chiến lược phát triển thanh niên Việt Nam.
Đại hội đã bầu Ban Chấp hành Tỉnh đoàn khóa XVIII gồm 45 đồng chí. Hội nghị lần thứ nhất Ban Chấp hành đã bầu Ban Thường vụ gồm 13 đồng chí; anh Trần Quốc Thành được tín nhiệm giữ chức Bí thư Tỉnh đoàn nhiệm kỳ 2017 - 2022. Các Phó Bí thư Tỉnh đoàn: Vi Văn Sơn, Hồ Thị Hằng Nga, Lê Văn Đạt. Ủy ban Kiểm tra Tỉnh đoàn gồm 7 đồng chí, chị Moong Thị Hoa giữ chức Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn. Đại hội cũng bầu 31 đại biểu chính thức dự Đại hội Đoàn toàn quốc lần thứ XI.
Trước đó, đại hội đã trao Giải thưởng Lý Tự Trọng cho 5 cán bộ Đoàn tiêu biểu và tặng 20 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh dân tộc thiểu số.
Thành Chung
Lượt xem: 3.118
Tin cùng chuyên mục
- Đại hội Đoàn huyện Kỳ Sơn lần thứ XXI (15/08/2017)
- 21/21 huyện đoàn hoàn thành đại hội điểm (01/08/2017)
- Tuổi trẻ Nghệ An xung kích, sáng tạo, tình nguyện (26/07/2017)
""", "2017-10-06", "Anh Trần Quốc Thành tái đắc cử Bí thư Tỉnh đoàn Nghệ An nhiệm kỳ 2017 - 2022",
E("dai_hoi", None, "2017-10-05"),
[P("Nguyễn Thị Thu Vân", "Bí thư Trung ương Đoàn"),
 P("Hoàng Văn Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lô Văn Thoại", "Bí thư Đoàn xã Nậm Cắn"),
 P("Lương Thị Hoa", "Bí thư Huyện đoàn Quế Phong"),
 P("Hồ Sỹ Tuấn", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Trần Quốc Thành", "Bí thư Tỉnh đoàn nhiệm kỳ 2017 - 2022", "Bí thư Tỉnh đoàn Nghệ An nhiệm kỳ 2017 - 2022"),
 P("Vi Văn Sơn", "Phó Bí thư Tỉnh đoàn"), P("Hồ Thị Hằng Nga", "Phó Bí thư Tỉnh đoàn"), P("Lê Văn Đạt", "Phó Bí thư Tỉnh đoàn"),
 P("Moong Thị Hoa", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh đoàn")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 143.500 đoàn viên", 143500, "đoàn viên", "over"),
 Q("khoảng 2.300 công trình, phần việc thanh niên", 2300, "công trình, phần việc thanh niên", "approx"),
 Q("trên 45 tỷ đồng", 45000000000, "đồng", "over"), Q("12.640 đoàn viên ưu tú", 12640, "đoàn viên ưu tú"),
 Q("8.950 đoàn viên", 8950, "đoàn viên"), Q("1.540 thanh niên", 1540, "thanh niên"),
 Q("ít nhất 2.500 đoàn viên ưu tú", 2500, "đoàn viên ưu tú", "over"), Q("45 đồng chí", 45, "đồng chí"),
 Q("13 đồng chí", 13, "đồng chí"), Q("7 đồng chí", 7, "đồng chí"), Q("31 đại biểu chính thức", 31, "đại biểu chính thức"),
 Q("5 cán bộ Đoàn tiêu biểu", 5, "cán bộ Đoàn tiêu biểu"), Q("20 suất học bổng", 20, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng")],
[D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "BCH Trung ương", "Nghị quyết số 25-NQ/TW ngày 25/7/2008"),
 D("Chỉ thị", "42", "CT/TW", "2015-03-24", "Ban Bí thư", "Chỉ thị số 42-CT/TW ngày 24/3/2015"),
 D("Chương trình hành động", "15", "CTr/TĐ", None, "Ban Chấp hành Tỉnh đoàn", "Chương trình hành động số 15-CTr/TĐ"),
 D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011")],
[prov("Nghệ An"), com("Nậm Cắn")],
["BÁO NGHỆ AN", "Thời sự › Chính trị › Đoàn thể", "(Baonghean.vn)",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Thành Duy", "Giải thưởng Lý Tự Trọng", "Lượt xem: 3.118"],
["Thứ Sáu, 06/10/2017, 16:45", "2 ngày", "lần thứ XVIII", "nhiệm kỳ 2017 - 2022", "45 đồng chí", "13 đồng chí", "7 đồng chí",
 "lần thứ XI", "Lượt xem: 3.118"]))

PAGES.append(page("b5052-soctrang-hnd-xa-daihoi-2018", """
Trang thông tin điện tử huyện Mỹ Xuyên - tỉnh Sóc Trăng
Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể
Thứ sáu, 25/5/2018 | 9:10
Đại hội Hội Nông dân xã Tham Đôn lần thứ IX, nhiệm kỳ 2018 - 2023
Ngày 24/5/2018, Hội Nông dân xã Tham Đôn tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2018 - 2023. Đến dự có bà Lâm Thị Sa Quy, Phó Chủ tịch Hội Nông dân huyện; ông Thạch Sô Phal, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 120 đại biểu đại diện cho 1.846 hội viên đang sinh hoạt tại 14 chi hội và 9 tổ hội nghề nghiệp.
Ông Thạch Sô Phal phát biểu chỉ đạo tại đại hội.
Nhiệm kỳ 2013 - 2018, Hội Nông dân xã đã bám sát Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương Đảng về nông nghiệp, nông dân, nông thôn, Kế hoạch số 76-KH/ĐU của Đảng ủy xã và Hướng dẫn số 55-HD/HNDTW của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về đại hội Hội Nông dân các cấp. Hội vận động hội viên giúp nhau làm kinh tế, giúp 62 hộ hội viên thoát nghèo; Quỹ Hỗ trợ nông dân của xã đạt 380 triệu đồng, cho 45 hộ vay nuôi bò, trồng màu. Hàng năm có 312 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp. Hội phối hợp mở 8 lớp chuyển giao khoa học kỹ thuật cho 460 lượt hội viên, chủ yếu là đồng bào Khmer.
Hội cũng tham gia hòa giải thành 11 vụ tranh chấp ranh đất giữa các hộ dân, vận động hội viên đóng góp gần 1,2 tỷ đồng và 3.600 ngày công làm 4 tuyến đường giao thông nông thôn. Tỷ lệ tập hợp nông dân vào Hội đạt 78,5%.
Tại đại hội, Đại đức Thạch Sóc Kha, trụ trì chùa Bưng Cốc, đề nghị Hội phối hợp với nhà chùa dạy chữ Khmer và tuyên truyền pháp luật cho bà con. Hội viên Sơn Thị Hồng Nhung, ấp Tham Đôn, chia sẻ mô hình nuôi tôm càng xanh trong ruộng lúa cho lợi nhuận trên 90 triệu đồng mỗi vụ.
Đại hội đã bầu Ban Chấp hành khóa IX gồm 15 đồng chí. Ông Kim Sóc Khanh, Phó Chủ tịch Hội Nông dân xã khóa VIII, được bầu giữ chức Chủ tịch Hội Nông dân xã Tham Đôn khóa IX; các ông Phó Chủ tịch Hội Nông dân xã: Trà Văn Chanh, Lý Sà Mết. Đại hội bầu 6 đại biểu đi dự Đại hội Hội Nông dân huyện lần thứ X.
Phát biểu chỉ đạo, bà Lâm Thị Sa Quy đề nghị tân Ban Chấp hành phấn đấu đến năm 2023 kết nạp từ 200 hội viên mới trở lên, phát triển thêm 3 tổ hợp tác, nâng Quỹ Hỗ trợ nông dân lên 500 triệu đồng.
Theo kế hoạch của Hội Nông dân huyện, đến cuối tháng 6, các cơ sở Hội trong huyện sẽ hoàn thành đại hội để chuẩn bị cho Đại hội Hội Nông dân huyện; Tham Đôn là một trong những xã tổ chức sớm, bảo đảm đúng hướng dẫn.
Kim Sa Ly
Tin liên quan
- Hội Nông dân xã Đại Tâm tổ chức đại hội điểm (10/5/2018)
- Mỹ Xuyên: 11/11 xã, thị trấn hoàn thành đại hội Hội Nông dân (03/5/2018)
- Trao 30 con bò cho hội viên nông dân nghèo (20/4/2018)
""", "2018-05-25", "Đại hội Hội Nông dân xã Tham Đôn lần thứ IX, nhiệm kỳ 2018 - 2023",
E("dai_hoi", None, "2018-05-24"),
[P("Lâm Thị Sa Quy", "Phó Chủ tịch Hội Nông dân huyện"),
 P("Thạch Sô Phal", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Thạch Sóc Kha", "Đại đức", "trụ trì chùa Bưng Cốc"),
 P("Sơn Thị Hồng Nhung"),
 P("Kim Sóc Khanh", "Phó Chủ tịch Hội Nông dân xã khóa VIII", "Chủ tịch Hội Nông dân xã Tham Đôn khóa IX"),
 P("Trà Văn Chanh", "Phó Chủ tịch Hội Nông dân xã"), P("Lý Sà Mết", "Phó Chủ tịch Hội Nông dân xã")],
[Q("120 đại biểu", 120, "đại biểu"), Q("1.846 hội viên", 1846, "hội viên"), Q("14 chi hội", 14, "chi hội"),
 Q("9 tổ hội nghề nghiệp", 9, "tổ hội nghề nghiệp"), Q("62 hộ hội viên", 62, "hộ hội viên"), Q("380 triệu đồng", 380000000, "đồng"),
 Q("45 hộ", 45, "hộ"), Q("312 hộ", 312, "hộ"), Q("8 lớp chuyển giao khoa học kỹ thuật", 8, "lớp chuyển giao khoa học kỹ thuật"),
 Q("460 lượt hội viên", 460, "lượt hội viên"), Q("11 vụ tranh chấp ranh đất", 11, "vụ tranh chấp ranh đất"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("3.600 ngày công", 3600, "ngày công"),
 Q("4 tuyến đường giao thông nông thôn", 4, "tuyến đường giao thông nông thôn"), Q("78,5%", 78.5, "%"),
 Q("trên 90 triệu đồng", 90000000, "đồng", "over"), Q("15 đồng chí", 15, "đồng chí"), Q("6 đại biểu", 6, "đại biểu"),
 Q("từ 200 hội viên mới trở lên", 200, "hội viên mới", "over"), Q("3 tổ hợp tác", 3, "tổ hợp tác"), Q("500 triệu đồng", 500000000, "đồng")],
[D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "76", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 76-KH/ĐU"),
 D("Hướng dẫn", "55", "HD/HNDTW", None, "Ban Thường vụ Trung ương Hội Nông dân Việt Nam", "Hướng dẫn số 55-HD/HNDTW")],
[prov("Sóc Trăng"), com("Tham Đôn")],
["Trang thông tin điện tử huyện Mỹ Xuyên - tỉnh Sóc Trăng", "Trang chủ | Tin tức - Sự kiện | Mặt trận và các đoàn thể",
 "Ông Thạch Sô Phal phát biểu chỉ đạo tại đại hội.", "Quỹ Hỗ trợ nông dân"],
["Thứ sáu, 25/5/2018 | 9:10", "lần thứ IX", "nhiệm kỳ 2018 - 2023", "Nhiệm kỳ 2013 - 2018", "15 đồng chí", "lần thứ X", "khóa IX", "khóa VIII"]))

PAGES.append(page("b5053-daklak-mttq-giamsat-2019", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Chính trị - Xã hội » Mặt trận
Cập nhật lúc 08:30 ngày 20/09/2019
Giám sát chính sách đối với người có uy tín tại Krông Bông
Ngày 19/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do bà H'Lim Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín và công tác cán bộ người dân tộc thiểu số tại huyện Krông Bông, theo chương trình giám sát năm 2019 của Mặt trận tỉnh.
Đoàn giám sát làm việc với UBND huyện Krông Bông.
Theo báo cáo do ông Y Kim Ayun, Phó Chủ tịch UBND huyện Krông Bông trình bày, huyện hiện có 94 người có uy tín được bình chọn theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ. Năm 2019, huyện đã chi hỗ trợ 187,6 triệu đồng cho người có uy tín, tổ chức thăm hỏi 38 người ốm đau; thay thế 8 trường hợp người có uy tín không còn đủ điều kiện. Huyện triển khai Kết luận 14, 15-KL/HU của Ban Thường vụ Huyện ủy về đào tạo cán bộ người dân tộc thiểu số và về củng cố hệ thống chính trị ở buôn; hiện cán bộ, công chức người dân tộc thiểu số chiếm 31,5% tổng số cán bộ, công chức cấp xã; 12/14 xã có cán bộ chủ chốt là người Êđê, Mnông.
Tại buổi giám sát, các ông Y Thông Mlô, Y Jút Buôn Yă - người có uy tín buôn Cư Păm, xã Cư Pui, phản ánh mức hỗ trợ còn thấp, đề nghị tăng số lần được tập huấn. Bà H'Bla Ksơr, Chủ tịch Ủy ban MTTQ xã Hòa Phong, cho biết xã còn 1.325 hộ đồng bào dân tộc thiểu số nghèo, nhiều buôn chưa có nhà sinh hoạt cộng đồng.
Kết luận buổi giám sát, bà H'Lim Niê ghi nhận huyện đã thực hiện đúng Kế hoạch số 45/KH-MTTQ-BTT ngày 2/4/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2019, đồng thời đề nghị huyện rà soát, kiện toàn đội ngũ người có uy tín trước ngày 30/11; chi trả đầy đủ, kịp thời chế độ; quan tâm quy hoạch, bổ nhiệm cán bộ nữ người dân tộc thiểu số. Việc giám sát được tiến hành theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận.
Cùng ngày, đoàn đã đến thăm, làm việc với Ban Công tác Mặt trận buôn Cư Păm và trao đổi với ông Y Sinh Bkrông, Trưởng buôn Cư Păm, về việc phát huy vai trò của luật tục trong hòa giải ở cơ sở. Theo ông Y Sinh Bkrông, năm qua buôn đã hòa giải thành 6 vụ việc mâu thuẫn trong nội bộ nhân dân.
Ông Ama Hin, người dân buôn Cư Păm, cho biết gia đình ông được người có uy tín vận động đưa 2 con trở lại lớp học.
H'Xíu
Tin khác
- Đắk Lắk: hội nghị người có uy tín năm 2019 (05/09/2019)
- Mặt trận tỉnh giám sát thực hiện chính sách tại M'Đrắk (28/08/2019)
- Tuyên dương 120 người có uy tín tiêu biểu (16/08/2019)
""", "2019-09-20", "Giám sát chính sách đối với người có uy tín tại Krông Bông",
E("giam_sat", "2019", "2019-09-19"),
[P("H'Lim Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Kim Ayun", "Phó Chủ tịch UBND huyện Krông Bông"),
 P("Y Thông Mlô", "người có uy tín buôn Cư Păm"), P("Y Jút Buôn Yă", "người có uy tín buôn Cư Păm"),
 P("H'Bla Ksơr", "Chủ tịch Ủy ban MTTQ xã Hòa Phong"),
 P("Y Sinh Bkrông", "Trưởng buôn Cư Păm"),
 P("Ama Hin")],
[Q("94 người có uy tín", 94, "người có uy tín"), Q("187,6 triệu đồng", 187600000, "đồng"), Q("38 người", 38, "người"),
 Q("8 trường hợp", 8, "trường hợp"), Q("31,5%", 31.5, "%"), Q("12/14 xã", 12, "xã"),
 Q("1.325 hộ đồng bào dân tộc thiểu số nghèo", 1325, "hộ đồng bào dân tộc thiểu số nghèo"),
 Q("6 vụ việc mâu thuẫn", 6, "vụ việc mâu thuẫn"), Q("2 con", 2, "con")],
[D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018"),
 D("Kết luận", "14", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU"),
 D("Kết luận", "15", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 14, 15-KL/HU"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2019-04-02", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 2/4/2019"),
 D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None,
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Chính trị - Xã hội » Mặt trận", "Đoàn giám sát làm việc với UBND huyện Krông Bông."],
["Cập nhật lúc 08:30 ngày 20/09/2019", "năm 2019", "ngày 30/11"]))

PAGES.append(page("b5054-quangtri-bdv-giaoban-2019", """
QUẢNG TRỊ ONLINE - Báo Quảng Trị điện tử
Vị trí: Trang chủ >> Chính trị >> Dân vận
10:40 - 11/10/2019
Khối dân vận Quảng Trị nhân rộng 56 mô hình "Dân vận khéo"
QTO - Chiều 10/10, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý III năm 2019 với Ban Dân vận các huyện, thị, thành ủy và Đảng ủy khối. Đồng chí Lê Thị Hương Giang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Đồng chí Lê Thị Hương Giang trao quyết định cho cán bộ được điều động.
Trong quý III, khối dân vận các cấp tham mưu cấp ủy sơ kết 4 năm thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp; triển khai Kế hoạch 112, 113-KH/BDVTU của Ban Dân vận Tỉnh ủy về phong trào thi đua "Dân vận khéo" và về công tác tôn giáo. Toàn tỉnh đã nhân rộng 56 mô hình "Dân vận khéo", nâng tổng số lên 1.214 mô hình; vận động 215 hộ hiến hơn 42.000 m2 đất làm đường; tiếp nhận 36 đơn thư, đã giải quyết 31 đơn.
Tại hội nghị, đồng chí Trần Hữu Lợi, Phó Trưởng Ban Nội chính Tỉnh ủy, thông tin tình hình an ninh nông thôn, trong đó có 3 vụ tụ tập đông người liên quan đến đền bù dự án điện gió. Đồng chí Hồ Văn Lìn, ĐUV, Chủ tịch Ủy ban MTTQ xã A Dơi, chia sẻ việc vận động đồng bào Vân Kiều, Pa Kô không di cư tự do sang nước bạn.
Cũng tại hội nghị, Ban Thường vụ Tỉnh ủy công bố Quyết định số 1872-QĐ/TU ngày 4/10/2019 điều động, bổ nhiệm đồng chí Hồ Thị Tuyết, HUV, Trưởng Ban Dân vận Huyện ủy Hướng Hóa giữ chức Phó Trưởng Ban Dân tộc tỉnh; và Quyết định số 1873-QĐ/TU ngày 4/10/2019 chỉ định đồng chí Pả Linh, Phó Bí thư Đảng ủy xã Hướng Lập, tham gia Ban Chấp hành, Ban Thường vụ Huyện ủy và giữ chức Trưởng Ban Dân vận Huyện ủy Hướng Hóa nhiệm kỳ 2015 - 2020.
Thay mặt lãnh đạo Ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Kăn Lý, Nguyễn Văn Bốn đã tặng hoa chúc mừng hai đồng chí. Đồng chí Kăn Lý lưu ý Ban Dân vận các huyện chuẩn bị tốt cho đại hội đảng bộ cấp cơ sở nhiệm kỳ 2020 - 2025, nắm chắc tư tưởng của 2.430 cán bộ, đảng viên ở 47 xã biên giới, miền núi.
Kết luận hội nghị, đồng chí Lê Thị Hương Giang yêu cầu 3 tháng cuối năm các cơ quan dân vận tập trung giải quyết dứt điểm 5 đơn thư còn tồn đọng, phấn đấu 100% xã, phường, thị trấn tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Hoàng Anh - Thanh Trúc
TIN CÙNG CHUYÊN MỤC
- Tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở (02/10/2019)
- Vĩnh Linh: 17 tập thể được khen thưởng (27/09/2019)
- Đakrông: Hỗ trợ đồng bào vùng lũ (18/09/2019)
""", "2019-10-11", "Khối dân vận Quảng Trị nhân rộng 56 mô hình \"Dân vận khéo\"",
E("giao_ban", "2019-Q3", "2019-10-10"),
[P("Lê Thị Hương Giang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Hữu Lợi", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Hồ Văn Lìn", "ĐUV", "Chủ tịch Ủy ban MTTQ xã A Dơi"),
 P("Hồ Thị Tuyết", "HUV", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Pả Linh", "Phó Bí thư Đảng ủy xã Hướng Lập", "Trưởng Ban Dân vận Huyện ủy Hướng Hóa nhiệm kỳ 2015 - 2020"),
 P("Kăn Lý", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Bốn", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("56 mô hình", 56, "mô hình"), Q("1.214 mô hình", 1214, "mô hình"), Q("215 hộ", 215, "hộ"),
 Q("hơn 42.000 m2", 42000, "m2", "over"), Q("36 đơn thư", 36, "đơn thư"), Q("31 đơn", 31, "đơn"),
 Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"), Q("2.430 cán bộ, đảng viên", 2430, "cán bộ, đảng viên"),
 Q("47 xã biên giới, miền núi", 47, "xã biên giới, miền núi"), Q("5 đơn thư", 5, "đơn thư"), Q("100%", 100, "%")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 112, 113-KH/BDVTU"),
 D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 112, 113-KH/BDVTU"),
 D("Quyết định", "1872", "QĐ/TU", "2019-10-04", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1872-QĐ/TU ngày 4/10/2019"),
 D("Quyết định", "1873", "QĐ/TU", "2019-10-04", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1873-QĐ/TU ngày 4/10/2019")],
[prov("Quảng Trị"), com("A Dơi"), com("Hướng Lập")],
["QUẢNG TRỊ ONLINE - Báo Quảng Trị điện tử", "Vị trí: Trang chủ >> Chính trị >> Dân vận", "QTO",
 "Đồng chí Lê Thị Hương Giang trao quyết định cho cán bộ được điều động.", "Dân vận khéo"],
["10:40 - 11/10/2019", "quý III năm 2019", "4 năm", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2020 - 2025", "3 tháng cuối năm"]))

PAGES.append(page("b5055-binhduong-mttq-hiepthuong-2020", """
Báo Bình Dương Online
Chính trị | Mặt trận - Đoàn thể
2020-07-31 17:05
Hiệp thương cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương
(BDO) Chiều 30/7, Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức Hội nghị Ủy ban MTTQ Việt Nam tỉnh lần thứ 12, khóa IX để hiệp thương về công tác nhân sự. Dự hội nghị có đồng chí Trịnh Văn Hòa, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; đồng chí Đặng Minh Sơn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.
Các đại biểu biểu quyết tại hội nghị. Ảnh: Quốc Chiến
Hội nghị có 76/82 vị Ủy viên Ủy ban MTTQ Việt Nam tỉnh tham dự. Căn cứ Thông báo số 1205-TB/TU ngày 20/7/2020 của Ban Thường vụ Tỉnh ủy và Thông tri số 08/TT-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, hội nghị đã hiệp thương cho bà Phạm Thị Ánh Tuyết, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh thôi tham gia Ủy ban, Ban Thường trực và thôi giữ chức Chủ tịch để nghỉ hưu theo chế độ.
Hội nghị đã hiệp thương cử bổ sung ông Võ Minh Triều, Tỉnh ủy viên, nguyên Bí thư Thị ủy Bến Cát, tham gia Ủy ban MTTQ Việt Nam tỉnh và giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương khóa IX, nhiệm kỳ 2019 - 2024 với 100% đại biểu tán thành. Hội nghị cũng hiệp thương cử bổ sung các ông, bà Lâm Quang Hùng, Điểu Thị Lan - Ủy viên Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu tại hội nghị, đồng chí Trịnh Văn Hòa đánh giá cao kết quả Mặt trận tỉnh đạt được trong phòng, chống dịch Covid-19: đã tiếp nhận và phân bổ trên 6,2 tỷ đồng, trao 12.400 phần quà cho người lao động mất việc làm ở 91 xã, phường, thị trấn; vận động 38 doanh nghiệp hỗ trợ bữa ăn cho công nhân tại các khu nhà trọ. Đồng chí đề nghị Mặt trận tỉnh chuẩn bị tốt cho việc lấy ý kiến góp ý dự thảo văn kiện Đại hội XIII của Đảng và thực hiện Kế hoạch số 09-KH/TU của Tỉnh ủy về phát huy vai trò giám sát của nhân dân.
Phát biểu nhận nhiệm vụ, ông Võ Minh Triều cảm ơn sự tín nhiệm, hứa sẽ cùng tập thể Ban Thường trực tiếp tục thực hiện Chương trình phối hợp thống nhất hành động số 02/CTr-MTTQ-BTT, chăm lo cho hơn 1,2 triệu công nhân, người lao động đang làm việc tại tỉnh. Hòa thượng Thích Huệ Thông, Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, bày tỏ sự tin tưởng vào lãnh đạo mới của Mặt trận.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam trao Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc" cho bà Phạm Thị Ánh Tuyết. Trong nhiệm kỳ, Mặt trận tỉnh đã xây dựng 1.650 căn nhà Đại đoàn kết và phối hợp tổ chức 24 hội nghị đối thoại tại các phường An Bình, Phú Cường.
Quốc Chiến
Tin liên quan
- Mặt trận tỉnh trao 5.000 túi an sinh cho người lao động (24/07/2020)
- Đại hội Mặt trận huyện Phú Giáo (10/07/2020)
- Gặp mặt chức sắc tôn giáo nhân dịp Đại lễ Phật đản (06/05/2020)
""", "2020-07-31", "Hiệp thương cử Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương",
E("hoi_nghi", None, "2020-07-30"),
[P("Trịnh Văn Hòa", "Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"),
 P("Đặng Minh Sơn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Phạm Thị Ánh Tuyết", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Minh Triều", "Tỉnh ủy viên", "nguyên Bí thư Thị ủy Bến Cát", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bình Dương khóa IX"),
 P("Lâm Quang Hùng", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"), P("Điểu Thị Lan", "Ủy viên Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thích Huệ Thông", "Hòa thượng", "Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh")],
[Q("76/82 vị", 76, "vị"), Q("100%", 100, "%"), Q("trên 6,2 tỷ đồng", 6200000000, "đồng", "over"),
 Q("12.400 phần quà", 12400, "phần quà"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("hơn 1,2 triệu công nhân, người lao động", 1200000, "công nhân, người lao động", "over"),
 Q("1.650 căn nhà Đại đoàn kết", 1650, "căn nhà Đại đoàn kết"), Q("24 hội nghị đối thoại", 24, "hội nghị đối thoại")],
[D("Thông báo", "1205", "TB/TU", "2020-07-20", "Ban Thường vụ Tỉnh ủy", "Thông báo số 1205-TB/TU ngày 20/7/2020"),
 D("Thông tri", "08", "TT-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 08/TT-MTTW-BTT"),
 D("Kế hoạch", "09", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 09-KH/TU"),
 D("Chương trình phối hợp thống nhất hành động", "02", "CTr-MTTQ-BTT", None, None,
   "Chương trình phối hợp thống nhất hành động số 02/CTr-MTTQ-BTT")],
[prov("Bình Dương"), com("An Bình"), com("Phú Cường")],
["Báo Bình Dương Online", "Chính trị | Mặt trận - Đoàn thể", "(BDO)", "Các đại biểu biểu quyết tại hội nghị. Ảnh: Quốc Chiến",
 "Vì sự nghiệp đại đoàn kết dân tộc", "Covid-19"],
["2020-07-31 17:05", "lần thứ 12", "khóa IX", "nhiệm kỳ 2019 - 2024", "Covid-19", "Đại hội XIII"]))

PAGES.append(page("b5056-haiphong-hlhpn-daihoi-2021", """
HẢI PHÒNG ĐIỆN TỬ
Tin tức > Chính trị > Đoàn thể
Thứ Sáu, 18/06/2021
Toàn cảnh phiên bế mạc Đại hội.
TS. Phạm Thị Mai Hương tái đắc cử Chủ tịch Hội LHPN thành phố
Ngày 17/6/2021, Hội Liên hiệp Phụ nữ thành phố Hải Phòng tổ chức phiên chính thức Đại hội đại biểu Phụ nữ thành phố lần thứ XV, nhiệm kỳ 2021 - 2026. Dự đại hội có bà Trần Thị Ánh Nguyệt, Phó Chủ tịch Hội LHPN Việt Nam; đồng chí Lê Văn Khoa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố cùng 300 đại biểu đại diện cho gần 273.000 hội viên phụ nữ.
Nhiệm kỳ 2016 - 2021, các cấp Hội triển khai Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới, Kết luận 37, 38-KL/TU của Ban Thường vụ Thành ủy và Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ. Các cấp Hội đã hỗ trợ 2.148 phụ nữ khởi nghiệp, trong đó 156 dự án khởi nghiệp được hỗ trợ vốn; giúp 1.025 hộ phụ nữ nghèo thoát nghèo; huy động trên 18,6 tỷ đồng xây, sửa 312 "Mái ấm tình thương". 98,2% cơ sở Hội được xếp loại khá trở lên.
Tham luận tại đại hội, bà Vũ Thị Lụa, Chủ tịch Hội LHPN xã Tân Liên, giới thiệu mô hình "Tổ phụ nữ tiết kiệm" với 45 thành viên; bà Đinh Thị Hải Yến, Chi hội trưởng Phụ nữ tổ dân phố 12, phường Lạch Tray, chia sẻ kinh nghiệm vận động 100% hộ phân loại rác tại nguồn.
Phát biểu chỉ đạo, bà Trần Thị Ánh Nguyệt đề nghị Hội LHPN thành phố chú trọng đào tạo cán bộ Hội trẻ, phấn đấu đến năm 2026 có ít nhất 35% cán bộ Hội cơ sở dưới 40 tuổi, tiếp tục phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Đại hội đã bầu Ban Chấp hành Hội LHPN thành phố khóa XV gồm 39 đồng chí. Hội nghị lần thứ nhất đã bầu Ban Thường vụ gồm 11 đồng chí; TS. Phạm Thị Mai Hương, Thành ủy viên, Chủ tịch Hội LHPN thành phố khóa XIV, tái đắc cử Chủ tịch Hội LHPN thành phố khóa XV. Các bà Vũ Thị Thu, Nguyễn Thị Hồng Vân, Đinh Thị Ngọc - Phó Chủ tịch Hội LHPN thành phố khóa XV. Đại hội cũng bầu 18 đại biểu chính thức dự Đại hội đại biểu Phụ nữ toàn quốc lần thứ XIII.
Do tình hình dịch bệnh, đại hội được tổ chức rút gọn trong 1 ngày, kết nối trực tuyến tới 15 điểm cầu quận, huyện.
Đại hội kêu gọi cán bộ, hội viên phụ nữ thành phố đoàn kết, sáng tạo, chung tay phòng, chống dịch bệnh, xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh.
Hà Linh
Các tin khác
- Hội LHPN quận Lê Chân tổ chức đại hội điểm (05/05/2021)
- Trao 200 suất quà cho phụ nữ nghèo (20/04/2021)
- Hải Phòng: 223/223 cơ sở Hội hoàn thành đại hội (15/03/2021)
""", "2021-06-18", "TS. Phạm Thị Mai Hương tái đắc cử Chủ tịch Hội LHPN thành phố",
E("dai_hoi", None, "2021-06-17"),
[P("Trần Thị Ánh Nguyệt", "Phó Chủ tịch Hội LHPN Việt Nam"),
 P("Lê Văn Khoa", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Thị Lụa", "Chủ tịch Hội LHPN xã Tân Liên"),
 P("Đinh Thị Hải Yến", "Chi hội trưởng Phụ nữ tổ dân phố 12"),
 P("Phạm Thị Mai Hương", "TS.", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố khóa XIV", "Chủ tịch Hội LHPN thành phố khóa XV",
   "Chủ tịch Hội LHPN thành phố"),
 P("Vũ Thị Thu", "Phó Chủ tịch Hội LHPN thành phố khóa XV"), P("Nguyễn Thị Hồng Vân", "Phó Chủ tịch Hội LHPN thành phố khóa XV"),
 P("Đinh Thị Ngọc", "Phó Chủ tịch Hội LHPN thành phố khóa XV")],
[Q("300 đại biểu", 300, "đại biểu"), Q("gần 273.000 hội viên phụ nữ", 273000, "hội viên phụ nữ", "approx"),
 Q("2.148 phụ nữ", 2148, "phụ nữ"), Q("156 dự án khởi nghiệp", 156, "dự án khởi nghiệp"), Q("1.025 hộ phụ nữ nghèo", 1025, "hộ phụ nữ nghèo"),
 Q("trên 18,6 tỷ đồng", 18600000000, "đồng", "over"), Q("312 \"Mái ấm tình thương\"", 312, "Mái ấm tình thương"),
 Q("98,2%", 98.2, "%"), Q("45 thành viên", 45, "thành viên"), Q("100%", 100, "%"), Q("ít nhất 35%", 35, "%", "over"),
 Q("39 đồng chí", 39, "đồng chí"), Q("11 đồng chí", 11, "đồng chí"), Q("18 đại biểu chính thức", 18, "đại biểu chính thức"),
 Q("15 điểm cầu quận, huyện", 15, "điểm cầu quận, huyện")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/1/2018"),
 D("Kết luận", "37", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 37, 38-KL/TU"),
 D("Kết luận", "38", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 37, 38-KL/TU"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017")],
[prov("Hải Phòng"), com("Tân Liên"), com("Lạch Tray")],
["HẢI PHÒNG ĐIỆN TỬ", "Tin tức > Chính trị > Đoàn thể", "Toàn cảnh phiên bế mạc Đại hội.",
 "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc",
 "Tổ phụ nữ tiết kiệm"],
["Thứ Sáu, 18/06/2021", "lần thứ XV", "nhiệm kỳ 2021 - 2026", "Nhiệm kỳ 2016 - 2021", "39 đồng chí", "11 đồng chí",
 "lần thứ XIII", "1 ngày", "40 tuổi", "tổ dân phố 12"]))
