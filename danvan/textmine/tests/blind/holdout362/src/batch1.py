from lib import *
PAGES = []

PAGES.append(page("b8645-dienbien-bdv-tongket-hiv-2011", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ » Tin tức » Hoạt động dân vận
Thứ Sáu, 02/12/2011 - 09:20
Ảnh: Quang cảnh hội nghị.
Điện Biên: Khối dân vận chung tay đẩy lùi HIV/AIDS ở bản vùng cao
Ngày 30/11/2011, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Sở Y tế tổ chức hội nghị tổng kết công tác phối hợp vận động nhân dân phòng, chống HIV/AIDS năm 2011. Đồng chí Lò Thị Xuân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Quàng Văn Bình, Phó Giám đốc Sở Y tế đồng chủ trì hội nghị.
Đồng chí Lò Thị Xuân phát biểu tại hội nghị.
Theo báo cáo, năm 2011 toàn tỉnh phát hiện mới 412 người nhiễm HIV, nâng tổng số người nhiễm HIV còn sống lên 4.870 người, tập trung ở thành phố Điện Biên Phủ và các huyện Điện Biên, Tuần Giáo, Mường Ảng. Thực hiện Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 54-CT/TW ngày 30/11/2005 của Ban Bí thư về tăng cường lãnh đạo công tác phòng, chống HIV/AIDS trong tình hình mới, các cấp đã thành lập 36 nhóm giáo dục viên đồng đẳng với 214 thành viên là người từng sử dụng ma túy, phụ nữ bán dâm và người nhiễm HIV.
Các nhóm đồng đẳng đã tổ chức 1.150 buổi truyền thông tại bản, thu hút trên 46.000 lượt người nghe; phát miễn phí gần 180.000 bao cao su và 95.000 bơm kim tiêm sạch; vận động 3.260 lượt người đến tư vấn, xét nghiệm HIV tự nguyện miễn phí. Tỷ lệ người nhiễm HIV được điều trị ARV đạt 86%. Tổng kinh phí hỗ trợ từ Dự án Quỹ Toàn cầu và ngân sách tỉnh hơn 1,2 tỷ đồng.
Cuộc vận động "Toàn dân tham gia phòng, chống HIV/AIDS tại cộng đồng dân cư" được triển khai đến 112 xã, phường, thị trấn. Ở nhiều bản người Mông, người có uy tín đã đứng ra nhận người nghiện về gia đình quản lý, giúp đỡ.
Tại hội nghị, ông Vàng A Dình, Bí thư Chi bộ bản Huổi Só, xã Huổi Só, chia sẻ: "Trước đây bà con sợ người nhiễm HIV, không cho vào nhà. Nay cán bộ, già làng đi từng nhà nói cho dân hiểu, người nhiễm đã được đi làm nương cùng mọi người". Bà Lường Thị Hoa, Chủ tịch Hội LHPN xã Thanh Chăn, đề nghị tăng phụ cấp cho giáo dục viên đồng đẳng vì nhiều chị em phải tự bỏ tiền đi lại.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Cầm Văn Ơn, Tòng Thị Lả cùng lãnh đạo Trung tâm Phòng, chống HIV/AIDS tỉnh giải đáp các kiến nghị của cơ sở.
Kết luận hội nghị, đồng chí Lò Thị Xuân đề nghị năm 2012 các cấp ủy đưa chỉ tiêu phòng, chống HIV/AIDS vào nghị quyết hằng năm; khối dân vận gắn cuộc vận động với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; hội, đoàn thể mỗi xã duy trì ít nhất 2 nhóm đồng đẳng.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 8 tập thể và 15 cá nhân tiêu biểu.
Minh Thu
Lượt xem: 1.024
Tin liên quan
- Tuần Giáo ra mắt nhóm đồng đẳng "Bản không ma túy" (15/11/2011)
- Mít tinh hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS (10/11/2011)
- Hội LHPN tỉnh tập huấn giáo dục viên đồng đẳng (20/10/2011)
""", "2011-12-02", "Điện Biên: Khối dân vận chung tay đẩy lùi HIV/AIDS ở bản vùng cao",
E("tong_ket", "2011", "2011-11-30"),
[P("Lò Thị Xuân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Bình", "Phó Giám đốc Sở Y tế"),
 P("Vàng A Dình", "Bí thư Chi bộ bản Huổi Só"),
 P("Lường Thị Hoa", "Chủ tịch Hội LHPN xã Thanh Chăn"),
 P("Cầm Văn Ơn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Tòng Thị Lả", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("412 người nhiễm HIV", 412, "người nhiễm HIV"), Q("4.870 người", 4870, "người"),
 Q("36 nhóm giáo dục viên đồng đẳng", 36, "nhóm giáo dục viên đồng đẳng"), Q("214 thành viên", 214, "thành viên"),
 Q("1.150 buổi truyền thông", 1150, "buổi truyền thông"), Q("trên 46.000 lượt người", 46000, "lượt người", "over"),
 Q("gần 180.000 bao cao su", 180000, "bao cao su", "approx"), Q("95.000 bơm kim tiêm sạch", 95000, "bơm kim tiêm sạch"),
 Q("3.260 lượt người", 3260, "lượt người"), Q("86%", 86, "%"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("112 xã, phường, thị trấn", 112, "xã, phường, thị trấn"), Q("ít nhất 2 nhóm đồng đẳng", 2, "nhóm đồng đẳng", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân tiêu biểu", 15, "cá nhân tiêu biểu")],
[D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Chỉ thị", "54", "CT/TW", "2005-11-30", "Ban Bí thư", "Chỉ thị số 54-CT/TW ngày 30/11/2005")],
[prov("Điện Biên"), com("Huổi Só"), com("Thanh Chăn")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ » Tin tức » Hoạt động dân vận", "Ảnh: Quang cảnh hội nghị.",
 "Đồng chí Lò Thị Xuân phát biểu tại hội nghị.", "Toàn dân tham gia phòng, chống HIV/AIDS tại cộng đồng dân cư",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Dự án Quỹ Toàn cầu", "Lượt xem: 1.024"],
["Thứ Sáu, 02/12/2011 - 09:20", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b8646-nghean-lhpn-taphuan-dongdang-2012", """
Báo Nghệ An điện tử
Xã hội | Y tế | Phụ nữ
Cập nhật: 16:40, 10/08/2012 (GMT+7)
Tập huấn kỹ năng truyền thông phòng, chống HIV/AIDS cho 60 tuyên truyền viên đồng đẳng
(Baonghean) - Trong 2 ngày 8 và 9/8, Hội LHPN tỉnh phối hợp với Trung tâm Phòng, chống HIV/AIDS tỉnh tổ chức lớp tập huấn kỹ năng truyền thông thay đổi hành vi năm 2012 cho 60 tuyên truyền viên đồng đẳng là hội viên phụ nữ ở các xã biên giới thuộc huyện Kỳ Sơn, Tương Dương.
Học viên thực hành kỹ năng tư vấn theo nhóm. Ảnh: Thu Huyền
Lớp tập huấn nằm trong Kế hoạch số 112/KH-HPN ngày 15/3/2012 của Hội LHPN tỉnh về triển khai dự án "Phụ nữ vùng biên tham gia phòng, chống HIV/AIDS dựa vào cộng đồng". Phát biểu khai mạc, bà Nguyễn Thị Thu Hằng, Phó Chủ tịch Hội LHPN tỉnh cho biết: đến tháng 6/2012, Nghệ An có 9.125 người nhiễm HIV còn sống, trong đó khoảng 30% là phụ nữ; tại hai huyện Kỳ Sơn, Tương Dương tỷ lệ người nhiễm trong độ tuổi 20 - 39 rất cao, nhiều bản có người chồng đi làm ăn xa trở về mang theo bệnh.
Học viên được Bác sĩ Hoàng Văn Thắng, Phó Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh, giới thiệu những điểm mới của Quyết định số 608/QĐ-TTg ngày 25/5/2012 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phòng, chống HIV/AIDS đến năm 2020 và tầm nhìn 2030; được hướng dẫn cách tiếp cận phụ nữ mang thai để vận động xét nghiệm HIV miễn phí, dự phòng lây truyền từ mẹ sang con, nhận biết dấu hiệu lao ở người nhiễm HIV và cách chuyển gửi người bệnh lên tuyến trên.
Chị Vừ Thị Dợ, Chủ tịch Hội LHPN xã Mường Lống, huyện Kỳ Sơn, chia sẻ: "Nhiều chị em người Mông ngại nói chuyện này, mình là người trong bản, nói tiếng của bà con thì chị em mới nghe". Theo chị Lữ Thị Mai, Chi hội trưởng Phụ nữ bản Huồi Giảng 1, xã Tam Hợp, năm 2011 chi hội đã vận động được 23 thai phụ đi xét nghiệm.
Mỗi học viên sau lớp học sẽ phụ trách khoảng 20 hộ gia đình, được hỗ trợ 150.000 đồng/tháng tiền đi lại. Kinh phí tổ chức lớp học và tài liệu 45 triệu đồng do dự án tài trợ.
Theo báo cáo của Hội, sau 3 năm thực hiện dự án, các chi hội ở 4 xã điểm đã tổ chức 186 buổi nói chuyện tại bản với hơn 5.200 lượt hội viên tham dự; 41 phụ nữ nhiễm HIV được giới thiệu vào câu lạc bộ "Vòng tay ấm" để được hỗ trợ tâm lý, học nghề và vay vốn.
Năm 2012, Hội LHPN tỉnh phấn đấu 100% cơ sở Hội ở 4 xã điểm có tổ truyền thông phòng, chống HIV/AIDS; ít nhất 80% phụ nữ mang thai ở các xã dự án được tư vấn, xét nghiệm HIV.
Thu Huyền
Tin khác
- Quỳ Châu: tư vấn, xét nghiệm HIV miễn phí cho 200 phụ nữ (02/08/2012)
- Gần 1.500 người tham gia chạy hưởng ứng phòng, chống ma túy (26/06/2012)
- Tương Dương ra mắt câu lạc bộ "Gia đình không có người nghiện" (14/06/2012)
""", "2012-08-10", "Tập huấn kỹ năng truyền thông phòng, chống HIV/AIDS cho 60 tuyên truyền viên đồng đẳng",
E("tap_huan", "2012", "2012-08-08"),
[P("Nguyễn Thị Thu Hằng", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Hoàng Văn Thắng", "Bác sĩ", "Phó Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh"),
 P("Vừ Thị Dợ", "Chủ tịch Hội LHPN xã Mường Lống"),
 P("Lữ Thị Mai", "Chi hội trưởng Phụ nữ bản Huồi Giảng 1")],
[Q("60 tuyên truyền viên đồng đẳng", 60, "tuyên truyền viên đồng đẳng"), Q("9.125 người nhiễm HIV", 9125, "người nhiễm HIV"),
 Q("khoảng 30%", 30, "%", "approx"), Q("23 thai phụ", 23, "thai phụ"),
 Q("khoảng 20 hộ gia đình", 20, "hộ gia đình", "approx"),
 Q("150.000 đồng", 150000, "đồng"), Q("45 triệu đồng", 45000000, "đồng"),
 Q("186 buổi nói chuyện", 186, "buổi nói chuyện"), Q("hơn 5.200 lượt hội viên", 5200, "lượt hội viên", "over"),
 Q("41 phụ nữ nhiễm HIV", 41, "phụ nữ nhiễm HIV"), Q("100%", 100, "%"), Q("4 xã điểm", 4, "xã điểm"), Q("ít nhất 80%", 80, "%", "over")],
[D("Kế hoạch", "112", "KH-HPN", "2012-03-15", "Hội LHPN tỉnh", "Kế hoạch số 112/KH-HPN ngày 15/3/2012"),
 D("Quyết định", "608", "QĐ-TTg", "2012-05-25", "Thủ tướng Chính phủ", "Quyết định số 608/QĐ-TTg ngày 25/5/2012")],
[prov("Nghệ An"), com("Mường Lống"), com("Tam Hợp")],
["Báo Nghệ An điện tử", "Xã hội | Y tế | Phụ nữ", "(Baonghean)", "Học viên thực hành kỹ năng tư vấn theo nhóm. Ảnh: Thu Huyền",
 "Phụ nữ vùng biên tham gia phòng, chống HIV/AIDS dựa vào cộng đồng",
 "Chiến lược quốc gia phòng, chống HIV/AIDS đến năm 2020 và tầm nhìn 2030", "Vòng tay ấm"],
["Cập nhật: 16:40, 10/08/2012 (GMT+7)", "2 ngày", "tháng 6/2012", "20 - 39", "3 năm", "năm 2011", "Năm 2012", "năm 2012", "năm 2020", "2 ngày 8 và 9/8"]))

PAGES.append(page("b8647-angiang-mttq-giamsat-lao-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
08:15 | 21/06/2013
Giám sát việc thực hiện Chương trình chống lao tại huyện An Phú
Ngày 19/6, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Thanh Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng đoàn giám sát dẫn đầu đã làm việc với UBND huyện An Phú về việc thực hiện Chương trình chống lao và công tác phòng, chống HIV/AIDS tại cộng đồng, theo Kế hoạch số 18/KH-MTTQ-BTT ngày 5/3/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2013.
An Phú là huyện đầu nguồn biên giới của tỉnh An Giang, có 3 xã có đồng bào Chăm sinh sống. Tiếp và làm việc với đoàn có đồng chí Phó Chủ tịch UBND huyện An Phú Trần Văn Hùng cùng lãnh đạo Trung tâm Y tế huyện, Phòng Lao động - Thương binh và Xã hội huyện.
Theo báo cáo, năm 2012 và 5 tháng đầu năm 2013, ngành y tế huyện đã khám sàng lọc miễn phí cho 2.340 người có triệu chứng nghi lao, phát hiện 126 bệnh nhân lao phổi, đưa vào điều trị theo phác đồ DOTS 100% số bệnh nhân; tỷ lệ điều trị khỏi đạt 91,5%. Mạng lưới 58 tình nguyện viên chống lao là cộng tác viên y tế ấp, hội viên Hội Chữ thập đỏ được duy trì ở 14 xã, thị trấn; người bệnh nghèo được hỗ trợ 200.000 đồng/tháng trong thời gian điều trị. Tổng kinh phí dành cho hai chương trình hơn 350 triệu đồng.
Qua giám sát thực tế tại xã Khánh Bình và xã Nhơn Hội, đoàn ghi nhận vai trò của nhóm giáo dục đồng đẳng trong việc tìm người bệnh, nhắc nhở uống thuốc hằng ngày. Ông Mohamad Ka Sim, Phó Ban đại diện cộng đồng Hồi giáo ấp Koh Khanh, cho biết bà con người Chăm đã quen đưa người ho kéo dài đến trạm y tế. Ông Lê Văn Sáu, Trưởng ấp Búng Lớn, đề nghị tăng thêm cơ số thuốc cho trạm y tế xã.
Bên cạnh kết quả đạt được, đoàn chỉ ra một số hạn chế: tỷ lệ người bệnh bỏ trị còn 4,2%; việc tuyên truyền ở các ấp biên giới chưa thường xuyên; chưa phát hiện hết người đồng nhiễm lao/HIV; kinh phí cho tình nguyện viên còn thấp.
Kết luận buổi giám sát, bà Nguyễn Thị Thanh Vân đề nghị UBND huyện tiếp tục thực hiện Quyết định số 1208/QĐ-TTg ngày 4/9/2012 của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia y tế giai đoạn 2012 - 2015; phát huy vai trò Ban công tác Mặt trận ở khu dân cư trong vận động người bệnh tuân thủ điều trị; phấn đấu mỗi ấp có ít nhất 2 tình nguyện viên chống lao.
Phạm Hiếu
Tin liên quan
- Tân Châu: Mặt trận giám sát thực hiện chính sách bảo hiểm y tế (12/06/2013)
- Hội nghị phản biện dự thảo đề án giảm nghèo (30/05/2013)
- Tịnh Biên: trao 50 thẻ bảo hiểm y tế cho người nghèo (22/05/2013)
""", "2013-06-21", "Giám sát việc thực hiện Chương trình chống lao tại huyện An Phú",
E("giam_sat", "2013", "2013-06-19"),
[P("Nguyễn Thị Thanh Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng đoàn giám sát"),
 P("Trần Văn Hùng", "Phó Chủ tịch UBND huyện An Phú"),
 P("Mohamad Ka Sim", "Phó Ban đại diện cộng đồng Hồi giáo ấp Koh Khanh"),
 P("Lê Văn Sáu", "Trưởng ấp Búng Lớn")],
[Q("3 xã", 3, "xã"), Q("2.340 người", 2340, "người"), Q("126 bệnh nhân lao phổi", 126, "bệnh nhân lao phổi"), Q("100%", 100, "%"),
 Q("91,5%", 91.5, "%"), Q("58 tình nguyện viên chống lao", 58, "tình nguyện viên chống lao"),
 Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 350 triệu đồng", 350000000, "đồng", "over"), Q("4,2%", 4.2, "%"),
 Q("ít nhất 2 tình nguyện viên chống lao", 2, "tình nguyện viên chống lao", "over")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", "2013-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT ngày 5/3/2013"),
 D("Quyết định", "1208", "QĐ-TTg", "2012-09-04", "Thủ tướng Chính phủ", "Quyết định số 1208/QĐ-TTg ngày 4/9/2012")],
[prov("An Giang"), com("Khánh Bình"), com("Nhơn Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "Bạn đang ở: Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện",
 "Chương trình chống lao", "Chương trình mục tiêu quốc gia y tế giai đoạn 2012 - 2015", "DOTS"],
["08:15 | 21/06/2013", "năm 2012", "5 tháng đầu năm 2013", "năm 2013", "2012 - 2015"]))

PAGES.append(page("b8648-thainguyen-tinhdoan-clb-dongdang-2014", """
Tỉnh đoàn Thái Nguyên - Cổng thông tin điện tử
Trang chủ / Hoạt động Đoàn / Công tác xã hội
28-11-2014 10:15
Ra mắt Câu lạc bộ thanh niên đồng đẳng, xét nghiệm HIV miễn phí cho thanh niên công nhân
Sáng 26/11, tại Nhà văn hóa phường Trung Thành, Tỉnh đoàn phối hợp với Trung tâm Phòng, chống HIV/AIDS tỉnh tổ chức lễ ra mắt Câu lạc bộ thanh niên đồng đẳng và ngày hội tư vấn, xét nghiệm HIV miễn phí hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2014.
Các thành viên Câu lạc bộ ra mắt tại buổi lễ.
Dự buổi lễ có đồng chí Ma Thị Thu Hà, Phó Bí thư Thường trực Tỉnh đoàn; bác sĩ Đinh Quang Vinh, Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh; lãnh đạo Đảng ủy, UBND phường Trung Thành và 350 đoàn viên, thanh niên là công nhân các khu công nghiệp, học sinh, sinh viên.
Câu lạc bộ có 25 thành viên, trong đó 9 người đang điều trị nghiện bằng thuốc thay thế methadone theo Nghị định số 96/2012/NĐ-CP ngày 15/11/2012 của Chính phủ. Anh Hoàng Văn Tú, công nhân Công ty Cổ phần Gang thép, được bầu làm Chủ nhiệm Câu lạc bộ; chị Dương Thị Lan và anh Nông Văn Quý được bầu làm Phó Chủ nhiệm Câu lạc bộ. Anh Tú chia sẻ: "Tôi từng lầm lỡ, nay muốn dùng chính câu chuyện của mình để bạn trẻ không đi vào vết xe đổ".
Theo bác sĩ Đinh Quang Vinh, đến cuối tháng 10/2014, toàn tỉnh có 6.470 người nhiễm HIV còn sống; số người nhiễm mới trong nhóm 16 - 29 tuổi chiếm hơn 40%. Tỉnh đang triển khai mục tiêu "90-90-90" nên rất cần lực lượng thanh niên đồng đẳng tiếp cận người có hành vi nguy cơ cao để đưa đi xét nghiệm sớm.
Trong ngày hội, các bác sĩ đã tư vấn và xét nghiệm HIV miễn phí cho 312 đoàn viên, thanh niên; phát 2.000 tờ rơi và 5.000 bao cao su. Ban tổ chức trao 20 suất học bổng, mỗi suất 1 triệu đồng cho con em người nhiễm HIV có hoàn cảnh khó khăn ở thành phố Thái Nguyên và thị xã Sông Công.
Theo kế hoạch, Câu lạc bộ sinh hoạt định kỳ mỗi tháng một lần; các thành viên được tập huấn kỹ năng tư vấn và được hỗ trợ 200.000 đồng/tháng tiền điện thoại, đi lại từ nguồn Dự án Quỹ Toàn cầu. Năm 2014, Tỉnh đoàn đã phối hợp tổ chức 46 buổi truyền thông tại các khu nhà trọ công nhân với trên 4.000 lượt thanh niên tham gia.
Đồng chí Ma Thị Thu Hà đề nghị các cơ sở Đoàn thực hiện tốt Kế hoạch số 95-KH/TĐTN-BTG ngày 20/10/2014 của Ban Thường vụ Tỉnh đoàn; năm 2015 mỗi huyện, thành phố, thị xã thành lập ít nhất 2 câu lạc bộ đồng đẳng; Đoàn phường Trung Thành và Đoàn xã Tân Quang nhận đỡ đầu câu lạc bộ.
Hải Yến
Bài viết liên quan
- Thanh niên Đồng Hỷ ra quân phòng, chống ma túy (18/11/2014)
- Tập huấn kỹ năng sống cho học sinh trung học phổ thông (06/11/2014)
- Hội thi tuyên truyền viên trẻ phòng, chống HIV/AIDS (24/10/2014)
""", "2014-11-28", "Ra mắt Câu lạc bộ thanh niên đồng đẳng, xét nghiệm HIV miễn phí cho thanh niên công nhân",
E("khac", None, "2014-11-26"),
[P("Ma Thị Thu Hà", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Đinh Quang Vinh", "bác sĩ", "Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh"),
 P("Hoàng Văn Tú", "công nhân Công ty Cổ phần Gang thép", "Chủ nhiệm Câu lạc bộ"),
 P("Dương Thị Lan", "Phó Chủ nhiệm Câu lạc bộ"),
 P("Nông Văn Quý", "Phó Chủ nhiệm Câu lạc bộ")],
[Q("350 đoàn viên, thanh niên", 350, "đoàn viên, thanh niên"), Q("25 thành viên", 25, "thành viên"),
 Q("9 người", 9, "người"), Q("6.470 người nhiễm HIV", 6470, "người nhiễm HIV"), Q("hơn 40%", 40, "%", "over"),
 Q("312 đoàn viên, thanh niên", 312, "đoàn viên, thanh niên"), Q("2.000 tờ rơi", 2000, "tờ rơi"),
 Q("5.000 bao cao su", 5000, "bao cao su"), Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("200.000 đồng", 200000, "đồng"), Q("46 buổi truyền thông", 46, "buổi truyền thông"),
 Q("trên 4.000 lượt thanh niên", 4000, "lượt thanh niên", "over"), Q("ít nhất 2 câu lạc bộ đồng đẳng", 2, "câu lạc bộ đồng đẳng", "over")],
[D("Nghị định", "96", "2012/NĐ-CP", "2012-11-15", "Chính phủ", "Nghị định số 96/2012/NĐ-CP ngày 15/11/2012"),
 D("Kế hoạch", "95", "KH/TĐTN-BTG", "2014-10-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 95-KH/TĐTN-BTG ngày 20/10/2014")],
[prov("Thái Nguyên"), com("Trung Thành"), com("Tân Quang")],
["Tỉnh đoàn Thái Nguyên - Cổng thông tin điện tử", "Trang chủ / Hoạt động Đoàn / Công tác xã hội",
 "Các thành viên Câu lạc bộ ra mắt tại buổi lễ.", "Tháng hành động quốc gia phòng, chống HIV/AIDS", "90-90-90", "Dự án Quỹ Toàn cầu"],
["28-11-2014 10:15", "năm 2014", "tháng 10/2014", "16 - 29 tuổi", "90-90-90", "Năm 2014", "năm 2015"]))

PAGES.append(page("b8649-sonla-bdvhu-maison-soket-2015", """
BAN DÂN VẬN HUYỆN ỦY MAI SƠN
Trang chủ › Tin tức - Sự kiện › Dân vận cơ sở
Ngày đăng 08/07/2015 | 14:20
Đồng chí Cầm Thị Phong phát biểu tại hội nghị.
Mai Sơn: Vận động đồng bào phòng bệnh lao, HIV/AIDS từ bản
Ngày 6/7/2015, Ban Dân vận Huyện ủy Mai Sơn tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2015, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Cầm Thị Phong, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị; dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Lò Văn Hặc, Quàng Thị Tiên và 44 đồng chí là trưởng khối dân vận, chủ tịch Ủy ban MTTQ các xã, thị trấn.
Mai Sơn là một trong những huyện có số người nhiễm HIV cao của tỉnh Sơn La, với 1.152 người nhiễm HIV còn sống; số người mắc lao phát hiện mới mỗi năm khoảng 120 người. 6 tháng qua, khối dân vận đã tập trung tham mưu cấp ủy triển khai Chỉ thị 15, 16-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác phòng, chống ma túy, HIV/AIDS và về vận động đồng bào dân tộc phát hiện sớm bệnh lao tại cộng đồng. Ban Dân vận Huyện ủy ban hành Hướng dẫn số 07-HD/BDVHU ngày 12/2/2015 về xây dựng mô hình "Dân vận khéo" trong phòng, chống dịch bệnh ở bản.
Toàn huyện đã xây dựng 5 mô hình nhóm đồng đẳng do người có uy tín và thanh niên bản làm nòng cốt, hoạt động ở 27 bản người Mông, người Thái. Các nhóm đã vận động 1.436 lượt người đến trạm y tế khám sàng lọc lao và xét nghiệm HIV miễn phí, phát hiện 38 người bệnh lao và 17 người nhiễm HIV mới; đưa 64 người nghiện vào điều trị methadone tại cơ sở điều trị huyện. Nhân dân đóng góp 82 triệu đồng cùng ngân sách xã sửa chữa 3 nhà văn hóa bản làm điểm sinh hoạt nhóm.
Thảo luận tại hội nghị, ông Giàng A Chư, Bí thư Chi bộ bản Phiêng Cại, xã Chiềng Lương, cho biết bản đã thực hiện phong trào "3 không": không ma túy, không trộm cắp, không tảo hôn. Bà Lò Thị Ún, Trưởng khối dân vận xã Cò Nòi, kiến nghị bố trí kinh phí cho nhóm đồng đẳng vì hiện các thành viên hoạt động không có phụ cấp.
Hội nghị chỉ ra hạn chế: một số cấp ủy chưa quan tâm công tác dân vận trong phòng, chống dịch bệnh; tỷ lệ người bệnh lao bỏ điều trị còn 6%; còn tâm lý kỳ thị người nhiễm HIV ở một số bản vùng sâu.
Kết luận hội nghị, đồng chí Cầm Thị Phong yêu cầu 6 tháng cuối năm 2015, khối dân vận phối hợp với ngành y tế nhân rộng mô hình nhóm đồng đẳng ra 10 xã; Ủy ban MTTQ và các đoàn thể đưa nội dung phòng, chống lao, HIV/AIDS vào sinh hoạt chi hội; phấn đấu giảm tỷ lệ bỏ điều trị xuống dưới 3%.
Lò Hương
Tin khác
- Thuận Châu: 2.000 người dân được khám bệnh miễn phí (30/06/2015)
- Hội thi "Dân vận khéo" huyện Mai Sơn năm 2015 (18/06/2015)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (05/06/2015)
""", "2015-07-08", "Mai Sơn: Vận động đồng bào phòng bệnh lao, HIV/AIDS từ bản",
E("so_ket", "2015-H1", "2015-07-06"),
[P("Cầm Thị Phong", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Văn Hặc", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Quàng Thị Tiên", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Giàng A Chư", "Bí thư Chi bộ bản Phiêng Cại"),
 P("Lò Thị Ún", "Trưởng khối dân vận xã Cò Nòi")],
[Q("44 đồng chí", 44, "đồng chí"), Q("1.152 người nhiễm HIV", 1152, "người nhiễm HIV"), Q("khoảng 120 người", 120, "người", "approx"), Q("5 mô hình nhóm đồng đẳng", 5, "mô hình nhóm đồng đẳng"),
 Q("27 bản", 27, "bản"), Q("1.436 lượt người", 1436, "lượt người"), Q("38 người bệnh lao", 38, "người bệnh lao"),
 Q("17 người nhiễm HIV mới", 17, "người nhiễm HIV mới"), Q("64 người nghiện", 64, "người nghiện"),
 Q("82 triệu đồng", 82000000, "đồng"), Q("3 nhà văn hóa bản", 3, "nhà văn hóa bản"), Q("6%", 6, "%"),
 Q("10 xã", 10, "xã"), Q("dưới 3%", 3, "%")],
[D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Chỉ thị", "16", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 15, 16-CT/HU"),
 D("Hướng dẫn", "07", "HD/BDVHU", "2015-02-12", "Ban Dân vận Huyện ủy", "Hướng dẫn số 07-HD/BDVHU ngày 12/2/2015")],
[prov("Sơn La"), com("Chiềng Lương"), com("Cò Nòi")],
["BAN DÂN VẬN HUYỆN ỦY MAI SƠN", "Trang chủ › Tin tức - Sự kiện › Dân vận cơ sở",
 "Đồng chí Cầm Thị Phong phát biểu tại hội nghị.", "Dân vận khéo", "3 không"],
["Ngày đăng 08/07/2015 | 14:20", "6 tháng đầu năm 2015", "6 tháng cuối năm", "44 đồng chí", "3 không", "6 tháng qua", "6 tháng cuối năm 2015"]))

PAGES.append(page("b8650-cantho-mttq-traoqua-hiv-lao-2016", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở
Thứ Sáu, 29/01/2016
Ninh Kiều: Trao 150 phần quà Tết cho người nhiễm HIV, bệnh nhân lao nghèo
Ngày 28/1/2016, Ủy ban MTTQ Việt Nam quận Ninh Kiều phối hợp với Hội Chữ thập đỏ quận và nhóm đồng đẳng "Bến bờ yêu thương" tổ chức trao 150 phần quà Tết cho người nhiễm HIV, bệnh nhân lao có hoàn cảnh khó khăn trên địa bàn quận.
Ông Nguyễn Văn Hồng trao quà cho người nhiễm HIV tại phường An Cư.
Mỗi phần quà gồm 10 kg gạo, dầu ăn, bánh mứt và 300.000 đồng tiền mặt, trị giá 500.000 đồng; tổng trị giá 75 triệu đồng, do Quỹ "Vì người nghèo" quận và các nhà hảo tâm đóng góp. Trong số người nhận quà có 112 người nhiễm HIV đang điều trị ARV và 38 bệnh nhân lao đang điều trị tại nhà.
Phát biểu tại buổi trao quà, ông Nguyễn Văn Hồng, Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều, cho biết thực hiện Kế hoạch số 05/KH-MTTQ-BTT ngày 4/1/2016 về vận động chăm lo Tết Bính Thân, năm nay Mặt trận quận ưu tiên những người bị xã hội xa lánh, để "không ai bị bỏ lại phía sau".
Theo Trung tâm Phòng, chống HIV/AIDS thành phố Cần Thơ, quận Ninh Kiều hiện có hơn 1.900 người nhiễm HIV còn sống, chiếm khoảng 35% số người nhiễm của thành phố; năm 2015, quận phát hiện 96 bệnh nhân lao mới, trong đó nhiều người ở các khu nhà trọ ven sông, đời sống rất khó khăn.
Nhóm đồng đẳng "Bến bờ yêu thương" thành lập năm 2009, hiện có 18 thành viên là người nhiễm HIV. Năm 2015, nhóm đã đến từng nhà tư vấn, đưa 426 người có hành vi nguy cơ cao đi xét nghiệm HIV miễn phí, phát hiện 21 người nhiễm HIV mới và kết nối toàn bộ vào điều trị; đồng thời nhắc nhở người bệnh lao uống thuốc đúng giờ. Chị Trần Thị Bích Ngọc, trưởng nhóm đồng đẳng, chia sẻ: "Mình từng được người khác giúp nên giờ muốn giúp lại. Có người mới biết kết quả là muốn bỏ hết, mình ngồi cả buổi nói chuyện thì họ mới chịu đi điều trị".
Bà Võ Thị Kim Loan, Phó Chủ tịch Hội Chữ thập đỏ quận kiêm Chủ tịch Hội Chữ thập đỏ phường Xuân Khánh, cho biết Hội sẽ vận động thêm nguồn lực để hỗ trợ vốn cho 5 hộ có người nhiễm HIV làm ăn, mỗi hộ 5 triệu đồng.
Dịp này, Ban Thường trực Ủy ban MTTQ Việt Nam quận đề nghị Ban công tác Mặt trận các khu vực phối hợp với nhóm đồng đẳng nắm danh sách người nhiễm HIV, người bệnh lao nghèo để kịp thời thăm hỏi, vận động gia đình và hàng xóm không kỳ thị, phân biệt đối xử; đưa nội dung này vào sinh hoạt của cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Cùng ngày, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam quận: Lê Thị Mỹ Hạnh, Huỳnh Văn Tâm đã đến thăm, tặng quà 6 gia đình có người nhiễm HIV ở phường An Cư và phường Hưng Lợi.
Kim Ngân
Tin liên quan
- Cái Răng: Tổng kết cuộc vận động "Ngày vì người nghèo" (15/01/2016)
- Trao 200 thẻ bảo hiểm y tế cho hộ cận nghèo (08/01/2016)
- Mặt trận phường Tân An chăm lo Tết cho 80 hộ nghèo (05/01/2016)
""", "2016-01-29", "Ninh Kiều: Trao 150 phần quà Tết cho người nhiễm HIV, bệnh nhân lao nghèo",
E("trao_qua", None, "2016-01-28"),
[P("Nguyễn Văn Hồng", "Chủ tịch Ủy ban MTTQ Việt Nam quận Ninh Kiều"),
 P("Trần Thị Bích Ngọc", "trưởng nhóm đồng đẳng"),
 P("Võ Thị Kim Loan", "Phó Chủ tịch Hội Chữ thập đỏ quận kiêm Chủ tịch Hội Chữ thập đỏ phường Xuân Khánh"),
 P("Lê Thị Mỹ Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Huỳnh Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận")],
[Q("150 phần quà", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("500.000 đồng", 500000, "đồng"), Q("75 triệu đồng", 75000000, "đồng"),
 Q("112 người nhiễm HIV", 112, "người nhiễm HIV"), Q("hơn 1.900 người nhiễm HIV", 1900, "người nhiễm HIV", "over"),
 Q("khoảng 35%", 35, "%", "approx"), Q("96 bệnh nhân lao mới", 96, "bệnh nhân lao mới"), Q("38 bệnh nhân lao", 38, "bệnh nhân lao"),
 Q("18 thành viên", 18, "thành viên"), Q("426 người", 426, "người"), Q("21 người nhiễm HIV mới", 21, "người nhiễm HIV mới"),
 Q("5 hộ", 5, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("6 gia đình", 6, "gia đình")],
[D("Kế hoạch", "05", "KH-MTTQ-BTT", "2016-01-04", None, "Kế hoạch số 05/KH-MTTQ-BTT ngày 4/1/2016")],
[prov("Cần Thơ"), com("An Cư"), com("Xuân Khánh"), com("Hưng Lợi")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức | Hoạt động Mặt trận cơ sở", "Bến bờ yêu thương",
 "Ông Nguyễn Văn Hồng trao quà cho người nhiễm HIV tại phường An Cư.", "Vì người nghèo", "không ai bị bỏ lại phía sau", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Thứ Sáu, 29/01/2016", "năm 2009", "Năm 2015", "năm 2015", "Tết Bính Thân"]))
