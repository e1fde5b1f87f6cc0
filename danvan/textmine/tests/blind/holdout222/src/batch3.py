from lib import *
PAGES = []

PAGES.append(page("b5297-quangnam-anmy-giaoban-thang5-2022", """
ĐẢNG BỘ PHƯỜNG AN MỸ - THÀNH PHỐ TAM KỲ
Bạn đang ở: Trang chủ / Dân vận cơ sở
03/06/2022 - 16:10
Phường An Mỹ giao ban dân vận tháng 5
Chiều 2/6, Khối dân vận phường An Mỹ (thành phố Tam Kỳ, tỉnh Quảng Nam) tổ chức giao ban công tác dân vận tháng 5/2022, tập trung vào việc vận động nhân dân giữ gìn trật tự an toàn giao thông, lòng lề đường. Đồng chí Trần Văn Phú, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận phường chủ trì. Dự có đồng chí Zơrâm Thị Hoa, Phó Trưởng Ban Dân vận Thành ủy Tam Kỳ.
Đồng chí Trần Văn Phú phát biểu tại buổi giao ban.
Theo báo cáo, thực hiện Kế hoạch 41, 42-KH/ĐU của Ban Thường vụ Đảng ủy phường và Hướng dẫn số 09-HD/BDVTU ngày 4/3/2022 của Ban Dân vận Thành ủy, trong tháng 5 các tổ dân vận của 7 khối phố đã tổ chức 11 buổi sinh hoạt chuyên đề với 640 lượt người tham dự. Qua vận động, 23 hộ kinh doanh trên đường Phan Chu Trinh, Hùng Vương đã tự thu dọn hàng hóa lấn chiếm vỉa hè; các khối phố trồng thêm 150 cây xanh và sơn lại vạch qua đường tại 2 điểm đen tai nạn giao thông. Đoàn Thanh niên phường huy động hơn 40 đoàn viên tham gia hướng dẫn phân luồng tại các trường học trong kỳ thi học kỳ II.
Mặt trận và các đoàn thể đã vận động được 12,5 triệu đồng để lắp biển cảnh báo tại ngã ba Mỹ Thạch; 86% hộ gia đình ở các tuyến phố chính ký cam kết không buôn bán dưới lòng đường. Tổ dân vận khối phố Mỹ Thạch Bắc nhận được 6 ý kiến phản ánh về xe tải đỗ trên đường ban đêm, đã chuyển Công an phường xử lý.
Tại buổi giao ban, bà Nguyễn Thị Xuân, Bí thư Chi bộ khối phố Mỹ Thạch Bắc, phường An Mỹ đề nghị phường sớm có bãi đỗ xe cho chợ. Các ông Nguyễn Văn Lộc, Trần Công Thu - Tổ trưởng tổ dân vận khối phố nêu khó khăn khi vận động các hộ thuê mặt bằng kinh doanh vì chủ nhà ở xa. Thiếu tá Phan Quốc Việt, Trưởng Công an phường thông tin trong tháng 5 lực lượng công an đã nhắc nhở 35 trường hợp, lập biên bản 9 trường hợp lấn chiếm.
Phát biểu tại buổi giao ban, đồng chí Zơrâm Thị Hoa đánh giá An Mỹ là một trong 4 phường làm tốt mô hình "Tuyến phố văn minh" của thành phố, đề nghị phường tiếp tục gắn việc vận động với phong trào thi đua "Dân vận khéo", chú trọng vai trò nêu gương của đảng viên.
Kết luận, đồng chí Trần Văn Phú giao các tổ dân vận trong tháng 6 tập trung vận động nhân dân giữ gìn trật tự giao thông dịp hè, không để trẻ em tắm sông, chơi trên đường; phối hợp tổ chức ra quân "Ngày Chủ nhật xanh" vào cuối tháng.
Hoàng Liên
Tin liên quan
- Phường Hòa Hương giao ban dân vận tháng 4 (06/05/2022)
- Tam Kỳ tổ chức Hội thi Dân vận khéo (20/04/2022)
- An Mỹ ra mắt tuyến phố văn minh Nguyễn Du (11/04/2022)
""", "2022-06-03", "Phường An Mỹ giao ban dân vận tháng 5",
E("giao_ban", "2022-05", "2022-06-02"),
[P("Trần Văn Phú", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận phường"),
 P("Zơrâm Thị Hoa", "Phó Trưởng Ban Dân vận Thành ủy Tam Kỳ"),
 P("Nguyễn Thị Xuân", "Bí thư Chi bộ khối phố Mỹ Thạch Bắc"),
 P("Nguyễn Văn Lộc", "Tổ trưởng tổ dân vận khối phố"),
 P("Trần Công Thu", "Tổ trưởng tổ dân vận khối phố"),
 P("Phan Quốc Việt", "Thiếu tá", "Trưởng Công an phường")],
[Q("7 khối phố", 7, "khối phố"), Q("11 buổi sinh hoạt chuyên đề", 11, "buổi sinh hoạt chuyên đề"), Q("640 lượt người", 640, "lượt người"),
 Q("23 hộ kinh doanh", 23, "hộ kinh doanh"), Q("150 cây xanh", 150, "cây xanh"),
 Q("2 điểm đen tai nạn giao thông", 2, "điểm đen tai nạn giao thông"), Q("hơn 40 đoàn viên", 40, "đoàn viên", "over"),
 Q("12,5 triệu đồng", 12500000, "đồng"), Q("86%", 86, "%"), Q("6 ý kiến phản ánh", 6, "ý kiến phản ánh"),
 Q("35 trường hợp", 35, "trường hợp"), Q("9 trường hợp", 9, "trường hợp"), Q("4 phường", 4, "phường")],
[D("Kế hoạch", "41", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 41, 42-KH/ĐU"),
 D("Kế hoạch", "42", "KH/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Kế hoạch 41, 42-KH/ĐU"),
 D("Hướng dẫn", "09", "HD/BDVTU", "2022-03-04", "Ban Dân vận Thành ủy", "Hướng dẫn số 09-HD/BDVTU ngày 4/3/2022 của Ban Dân vận Thành ủy")],
[prov("Quảng Nam"), com("An Mỹ")],
["ĐẢNG BỘ PHƯỜNG AN MỸ - THÀNH PHỐ TAM KỲ", "Bạn đang ở: Trang chủ / Dân vận cơ sở", "Đồng chí Trần Văn Phú phát biểu tại buổi giao ban.",
 "Tuyến phố văn minh", "Dân vận khéo", "Ngày Chủ nhật xanh"],
["03/06/2022 - 16:10", "tháng 5/2022", "tháng 5", "tháng 6", "học kỳ II"]))

PAGES.append(page("b5298-laocai-bacha-taphuan-uytin-2022", """
Báo Lào Cai điện tử
Trang chủ » Chính trị » Dân tộc - Tôn giáo
Thứ Sáu, 19/8/2022, 10:30
Bắc Hà: tập huấn tuyên truyền an toàn giao thông cho người có uy tín
Ngày 18 và 19/8, Ban Dân vận Huyện ủy Bắc Hà phối hợp với Công an huyện tổ chức lớp tập huấn kỹ năng tuyên truyền, vận động đồng bào dân tộc thiểu số chấp hành pháp luật về trật tự an toàn giao thông năm 2022 cho 85 học viên là người có uy tín, trưởng thôn, bí thư chi bộ của 21 xã, thị trấn.
Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Thanh Bình
Khai mạc lớp tập huấn, đồng chí Sùng A Páo, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết: toàn huyện có hơn 320 km đường liên xã, liên thôn, nhiều đoạn đèo dốc, trong khi người dân quen đi xe máy không biển số chở hàng nặng. 7 tháng đầu năm 2022, trên địa bàn huyện xảy ra 9 vụ tai nạn giao thông, làm chết 7 người; 5 nạn nhân là đồng bào Mông, Dao dưới 25 tuổi.
Lớp tập huấn giới thiệu Nghị quyết chuyên đề số 10-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển hạ tầng giao thông nông thôn, Kế hoạch số 76-KH/HU ngày 2/3/2022 của Ban Thường vụ Huyện ủy và chính sách theo Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ đối với người có uy tín. Trung tá Giàng Seo Phử, Phó Trưởng Công an huyện hướng dẫn cách nhận biết các hành vi vi phạm thường gặp; các học viên được thực hành kỹ năng nói chuyện trước đám đông bằng tiếng Mông, tiếng Tày.
Chia sẻ tại lớp, ông Vàng Seo Dín, người có uy tín thôn Sín Chải, xã Tả Văn Chư kể thôn đã đưa quy định "không uống rượu khi đi xe" vào hương ước, ai vi phạm phải nộp phạt cho quỹ thôn. Bà Lù Thị Mai, Bí thư Chi bộ thôn Na Hối Tày, xã Na Hối cho biết chi bộ giao mỗi đảng viên phụ trách 5 hộ để nhắc nhở. Các ông Trưởng thôn: Ma Seo Chứ, Thào A Lử, Lý Seo Vàng cùng đề nghị huyện hỗ trợ thêm biển báo ở các khúc cua gấp.
Theo đồng chí Hoàng Thị Liên, Phó Trưởng Ban Dân vận Huyện ủy, từ năm 2020 đến nay các xã đã xây dựng được 46 mô hình "Thôn, bản an toàn giao thông", vận động người dân hiến trên 12.000 m2 đất mở đường; khoảng 90% người có uy tín tham gia tuyên truyền ở cơ sở. Ban tổ chức cấp phát 85 bộ tài liệu song ngữ và hỗ trợ mỗi học viên 200.000 đồng tiền đi lại.
Bế mạc lớp học, học viên cam kết mỗi người sẽ tổ chức ít nhất 3 buổi nói chuyện tại thôn trước Tết Nguyên đán Quý Mão.
Minh Thu
Tin liên quan
- Si Ma Cai: hội nghị người có uy tín năm 2022 (10/08/2022)
- Trao 300 mũ bảo hiểm cho học sinh Mường Khương (28/07/2022)
- Bảo Thắng sơ kết công tác dân vận 6 tháng đầu năm (15/07/2022)
""", "2022-08-19", "Bắc Hà: tập huấn tuyên truyền an toàn giao thông cho người có uy tín",
E("tap_huan", "2022", "2022-08-18"),
[P("Sùng A Páo", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Giàng Seo Phử", "Trung tá", "Phó Trưởng Công an huyện"),
 P("Vàng Seo Dín", "người có uy tín thôn Sín Chải"),
 P("Lù Thị Mai", "Bí thư Chi bộ thôn Na Hối Tày"),
 P("Ma Seo Chứ", "Trưởng thôn"),
 P("Thào A Lử", "Trưởng thôn"),
 P("Lý Seo Vàng", "Trưởng thôn"),
 P("Hoàng Thị Liên", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("85 học viên", 85, "học viên"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("hơn 320 km", 320, "km", "over"),
 Q("9 vụ tai nạn giao thông", 9, "vụ tai nạn giao thông"), Q("7 người", 7, "người"), Q("5 nạn nhân", 5, "nạn nhân"),
 Q("5 hộ", 5, "hộ"), Q("46 mô hình", 46, "mô hình"), Q("trên 12.000 m2", 12000, "m2", "over"), Q("khoảng 90%", 90, "%", "approx"),
 Q("85 bộ tài liệu song ngữ", 85, "bộ tài liệu song ngữ"), Q("200.000 đồng", 200000, "đồng"),
 Q("ít nhất 3 buổi nói chuyện", 3, "buổi nói chuyện", "over")],
[D("Nghị quyết", "10", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết chuyên đề số 10-NQ/HU"),
 D("Kế hoạch", "76", "KH/HU", "2022-03-02", "Ban Thường vụ Huyện ủy", "Kế hoạch số 76-KH/HU ngày 2/3/2022"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 6/3/2018 của Thủ tướng Chính phủ")],
[prov("Lào Cai"), com("Tả Văn Chư"), com("Na Hối")],
["Báo Lào Cai điện tử", "Trang chủ » Chính trị » Dân tộc - Tôn giáo", "Học viên thảo luận nhóm tại lớp tập huấn. Ảnh: Thanh Bình",
 "Thôn, bản an toàn giao thông", "không uống rượu khi đi xe"],
["Thứ Sáu, 19/8/2022, 10:30", "năm 2022", "7 tháng đầu năm 2022", "dưới 25 tuổi", "từ năm 2020", "Quý Mão"]))

PAGES.append(page("b5299-angiang-anphu-traoqua-aophao-2023", """
BÁO AN GIANG ONLINE
Xã hội / Mặt trận - Đoàn thể
14/04/2023 09:15 GMT+7
Trao 500 áo phao và 60 xe đạp cho học sinh vùng sông nước An Phú
Sáng 13/4, Ủy ban MTTQ Việt Nam huyện An Phú phối hợp với Sở Giao thông vận tải tỉnh An Giang trao tặng 500 áo phao và 60 xe đạp cho học sinh các xã Quốc Thái, Nhơn Hội, Khánh Bình, nơi nhiều em phải đi đò qua sông đến trường. Tổng trị giá các phần quà khoảng 165 triệu đồng, do các nhà hảo tâm và doanh nghiệp vận tải đóng góp.
Học sinh người Chăm xã Quốc Thái nhận áo phao.
Đến dự có ông Võ Thành Đông, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Huỳnh Tấn Lợi, Phó Giám đốc Sở Giao thông vận tải; các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện: Nguyễn Thị Bé Ba, Ha Ri Sa.
Theo ông Ha Ri Sa, hoạt động thực hiện Chương trình phối hợp số 05/CTPH-MTTQ-SGTVT giữa Ủy ban MTTQ Việt Nam tỉnh và Sở Giao thông vận tải, Kế hoạch số 245/KH-UBND ngày 3/3/2023 của UBND tỉnh về bảo đảm trật tự an toàn giao thông đường thủy nội địa và Quyết định 1062, 1063/QĐ-UBND của UBND huyện về hỗ trợ học sinh vùng khó khăn. Toàn huyện hiện có 34 bến đò ngang, mỗi ngày đưa khoảng 2.600 lượt học sinh qua sông; năm 2022 Mặt trận đã vận động 100% chủ đò ký cam kết trang bị đủ áo phao, không chở quá số người quy định.
Theo Ban An toàn giao thông huyện, An Phú có hơn 200 km sông, kênh rạch; mùa nước nổi nhiều tuyến đường nông thôn bị ngập, học sinh phải đi đò, xuồng. Năm 2022, trên địa bàn huyện xảy ra 2 vụ lật xuồng, may mắn không có thiệt hại về người. Từ năm 2020 đến nay, Mặt trận và các đoàn thể huyện đã vận động trao tặng tổng cộng 1.850 áo phao, 240 xe đạp cho học sinh.
Mỗi xe đạp trị giá 1,5 triệu đồng; mỗi áo phao trị giá 150.000 đồng. Ngoài ra, Ban tổ chức trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh người Chăm có hoàn cảnh khó khăn.
Ông Sa Ly Ma, Trưởng ban đại diện Cộng đồng Hồi giáo (Islam) xã Quốc Thái, thay mặt phụ huynh cảm ơn các nhà tài trợ, cho biết thánh đường sẽ tiếp tục nhắc nhở bà con cho con em mặc áo phao khi đi đò. Bà Trần Thị Mỹ Dung, Hiệu trưởng Trường THCS Quốc Thái cho biết trường có 182 học sinh thường xuyên đi đò.
Ông Võ Thành Đông đề nghị chính quyền các xã tăng cường kiểm tra bến đò trong mùa nước nổi; Ủy ban MTTQ các cấp tiếp tục vận động nguồn lực để đến cuối năm 2023 trao thêm khoảng 1.000 áo phao cho học sinh vùng biên giới.
Em Mohamad Sa Ri, học sinh lớp 7, vui mừng nói: "Có xe đạp mới, em không phải đi bộ 4 km ra bến đò nữa".
Ý Nhi
Tin khác
- Tịnh Biên trao 30 căn nhà Đại đoàn kết (08/04/2023)
- Mặt trận xã Phú Hữu ra mắt tổ tự quản bến đò (01/04/2023)
- Châu Đốc: vận động người dân giữ gìn vệ sinh kênh rạch (25/03/2023)
""", "2023-04-14", "Trao 500 áo phao và 60 xe đạp cho học sinh vùng sông nước An Phú",
E("trao_qua", None, "2023-04-13"),
[P("Võ Thành Đông", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Tấn Lợi", "Phó Giám đốc Sở Giao thông vận tải"),
 P("Nguyễn Thị Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Ha Ri Sa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Sa Ly Ma", "Trưởng ban đại diện Cộng đồng Hồi giáo (Islam) xã Quốc Thái"),
 P("Trần Thị Mỹ Dung", "Hiệu trưởng Trường THCS Quốc Thái"),
 P("Mohamad Sa Ri")],
[Q("500 áo phao", 500, "áo phao"), Q("60 xe đạp", 60, "xe đạp"), Q("khoảng 165 triệu đồng", 165000000, "đồng", "approx"),
 Q("34 bến đò ngang", 34, "bến đò ngang"), Q("khoảng 2.600 lượt học sinh", 2600, "lượt học sinh", "approx"), Q("100%", 100, "%"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("150.000 đồng", 150000, "đồng"), Q("20 suất học bổng", 20, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("182 học sinh", 182, "học sinh"), Q("khoảng 1.000 áo phao", 1000, "áo phao", "approx"),
Q("hơn 200 km", 200, "km", "over"), Q("2 vụ lật xuồng", 2, "vụ lật xuồng"), Q("1.850 áo phao", 1850, "áo phao"), Q("240 xe đạp", 240, "xe đạp"),
 Q("4 km", 4, "km")],
[D("Chương trình phối hợp", "05", "CTPH-MTTQ-SGTVT", None, None, "Chương trình phối hợp số 05/CTPH-MTTQ-SGTVT"),
 D("Kế hoạch", "245", "KH-UBND", "2023-03-03", "UBND tỉnh", "Kế hoạch số 245/KH-UBND ngày 3/3/2023 của UBND tỉnh"),
 D("Quyết định", "1062", "QĐ-UBND", None, "UBND huyện", "Quyết định 1062, 1063/QĐ-UBND của UBND huyện"),
 D("Quyết định", "1063", "QĐ-UBND", None, "UBND huyện", "Quyết định 1062, 1063/QĐ-UBND của UBND huyện")],
[prov("An Giang"), com("Quốc Thái"), com("Nhơn Hội"), com("Khánh Bình")],
["BÁO AN GIANG ONLINE", "Xã hội / Mặt trận - Đoàn thể", "Học sinh người Chăm xã Quốc Thái nhận áo phao."],
["14/04/2023 09:15 GMT+7", "năm 2022", "năm 2023", "lớp 7", "Năm 2022", "Từ năm 2020"]))

PAGES.append(page("b5300-thanhhoa-mttq-giamsat-ct23-2023", """
Báo Thanh Hóa
Thời sự › Mặt trận
Thứ Sáu, 27/10/2023 - 15:00
Toàn cảnh buổi giám sát tại UBND huyện Bá Thước.
Ủy ban MTTQ tỉnh giám sát thực hiện Chỉ thị 23-CT/TW tại Bá Thước
Ngày 26/10, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do ông Lê Văn Thụ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an toàn giao thông trong tình hình mới, năm 2023 tại huyện Bá Thước.
Cuộc giám sát thực hiện theo Kế hoạch số 58/KH-MTTQ-BTT ngày 15/9/2023 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham gia đoàn có bà Hà Thị Phương, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban An toàn giao thông tỉnh.
Báo cáo của UBND huyện do ông Lương Văn Hặc, Phó Chủ tịch UBND huyện trình bày cho biết, Huyện ủy đã ban hành Kế hoạch số 190-KH/HU triển khai Chỉ thị; tổ chức 4 hội nghị quán triệt cho hơn 1.100 cán bộ, đảng viên. 9 tháng năm 2023, trên địa bàn huyện xảy ra 12 vụ tai nạn giao thông, làm chết 10 người, bị thương 6 người; lực lượng công an đã xử lý 2.146 trường hợp vi phạm, phạt tiền trên 3,4 tỷ đồng, trong đó có 318 trường hợp vi phạm nồng độ cồn. Thực hiện Luật Phòng, chống tác hại của rượu, bia, 23 xã, thị trấn đã đưa nội dung "đã uống rượu, bia thì không lái xe" vào hương ước.
Ông Bùi Văn Thanh, Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết Mặt trận các cấp đã phối hợp tổ chức 58 buổi tuyên truyền ở các bản đồng bào Mường, Thái; vận động 4.200 hộ ký cam kết. Bà Lò Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Niêm phản ánh đường lên các bản vùng cao còn hẹp, nhiều đoạn sạt lở sau mưa lũ.
Đoàn cũng ghi nhận nhiều cách làm hay như mô hình "Cổng trường an toàn giao thông" ở 15 trường học và tổ thanh niên xung kích đưa đón học sinh qua các ngầm tràn mùa mưa.
Qua giám sát, đoàn đánh giá huyện đã quan tâm chỉ đạo, song việc xử lý vi phạm nồng độ cồn ở cơ sở còn hạn chế; khoảng 30% thôn, bản chưa có tổ tự quản về an toàn giao thông; kinh phí cho công tác tuyên truyền bằng tiếng dân tộc còn thấp.
Kết luận, ông Lê Văn Thụ đề nghị huyện bổ sung kế hoạch cụ thể, nâng tỷ lệ thôn, bản có tổ tự quản lên 100% trong năm 2024; xử lý nghiêm cán bộ, đảng viên vi phạm. Đoàn đã tổng hợp 7 kiến nghị gửi UBND tỉnh và các sở, ngành.
Trước đó, đoàn đã khảo sát thực tế tại xã Điền Quang và thị trấn Cành Nàng.
Lê Hoa
Tin cùng chuyên mục
- Giám sát thực hiện chính sách bảo hiểm y tế tại Quan Hóa (20/10/2023)
- Trao 100 nhà Đại đoàn kết cho hộ nghèo miền núi (12/10/2023)
- Hội nghị Ủy ban MTTQ Việt Nam tỉnh quý III (06/10/2023)
""", "2023-10-27", "Ủy ban MTTQ tỉnh giám sát thực hiện Chỉ thị 23-CT/TW tại Bá Thước",
E("giam_sat", "2023", "2023-10-26"),
[P("Lê Văn Thụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Thị Phương", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lương Văn Hặc", "Phó Chủ tịch UBND huyện"),
 P("Bùi Văn Thanh", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lò Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lũng Niêm")],
[Q("4 hội nghị quán triệt", 4, "hội nghị quán triệt"), Q("hơn 1.100 cán bộ, đảng viên", 1100, "cán bộ, đảng viên", "over"),
 Q("12 vụ tai nạn giao thông", 12, "vụ tai nạn giao thông"), Q("10 người", 10, "người"), Q("6 người", 6, "người"),
 Q("2.146 trường hợp", 2146, "trường hợp"), Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("318 trường hợp", 318, "trường hợp"),
 Q("23 xã, thị trấn", 23, "xã, thị trấn"), Q("58 buổi tuyên truyền", 58, "buổi tuyên truyền"), Q("4.200 hộ", 4200, "hộ"),
Q("15 trường học", 15, "trường học"),  Q("khoảng 30%", 30, "%", "approx"), Q("100%", 100, "%"), Q("7 kiến nghị", 7, "kiến nghị")],
[D("Chỉ thị", "23", "CT/TW", "2023-05-25", "Ban Bí thư", "Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư"),
 D("Kế hoạch", "58", "KH-MTTQ-BTT", "2023-09-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 58/KH-MTTQ-BTT ngày 15/9/2023"),
 D("Kế hoạch", "190", "KH/HU", None, "Huyện ủy", "Kế hoạch số 190-KH/HU")],
[prov("Thanh Hóa"), com("Lũng Niêm"), com("Điền Quang"), com("Cành Nàng")],
["Báo Thanh Hóa", "Thời sự › Mặt trận", "Toàn cảnh buổi giám sát tại UBND huyện Bá Thước.", "Luật Phòng, chống tác hại của rượu, bia",
 "đã uống rượu, bia thì không lái xe", "Cổng trường an toàn giao thông"],
["Thứ Sáu, 27/10/2023 - 15:00", "năm 2023", "9 tháng năm 2023", "năm 2024"]))

PAGES.append(page("b5301-lamdong-kho-chandung-atgt-2024", """
BÁO LÂM ĐỒNG ĐIỆN TỬ
Trang chủ > Xã hội > Gương sáng
17/05/2024 06:00
Già làng K'Brel (bên phải) nhắc nhở thanh niên đội mũ bảo hiểm. Ảnh: Đăng Khoa
Già làng K'Brel và con đường không còn tai nạn
Ở thôn Đạ Nghịt, xã Lát, huyện Lạc Dương, ai cũng biết già làng K'Brel, người có uy tín thôn Đạ Nghịt, người hơn 10 năm nay ngày nào cũng đứng ở đầu dốc Đạ Nghịt nhắc bà con đi chậm, đội mũ bảo hiểm.
Năm 2013, con trai thứ hai của ông bị tai nạn khi chở cà phê xuống dốc vào ban đêm. Từ nỗi đau đó, ông cùng Bí thư Chi bộ thôn Đạ Nghịt Liêng Jrang K'Ha Thuận và Trưởng thôn Cil Múp Ha Sơn đi vận động từng nhà. "Mình nói một lần người ta chưa nghe thì nói mười lần", già K'Brel kể.
Nhờ kiên trì vận động, thôn đã đưa quy định về an toàn giao thông vào hương ước; 186 hộ trong thôn ký cam kết không để con em chưa đủ tuổi đi xe máy, không uống rượu khi điều khiển phương tiện. Bà con góp hơn 60 triệu đồng và 400 ngày công để mở rộng đoạn dốc, làm 2 điểm tránh xe. Từ năm 2019 đến nay, thôn không còn vụ tai nạn giao thông nghiêm trọng nào.
Bà Cil Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã Lát cho biết, mô hình của thôn Đạ Nghịt được nhân rộng ra 7 thôn khác trong xã, theo tinh thần Kế hoạch số 168-KH/HU của Ban Thường vụ Huyện ủy Lạc Dương về vận động đồng bào K'Ho tham gia bảo đảm trật tự an toàn giao thông. Ông Nguyễn Văn Toàn, Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương nhận xét: "Già làng K'Brel là minh chứng cho cách làm "Dân vận khéo" ở buôn làng: lấy cái tình, cái gương của mình để người dân làm theo".
Năm 2023, già làng K'Brel là một trong 12 người có uy tín tiêu biểu của tỉnh được tuyên dương theo Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ. Ông còn được Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen vì thành tích vận động nhân dân hiến hơn 3.000 m2 đất làm đường liên thôn.
Theo Ban Dân vận Tỉnh ủy Lâm Đồng, hiện toàn tỉnh có 527 người có uy tín trong đồng bào dân tộc thiểu số, khoảng 95% trong số đó tham gia tuyên truyền về an toàn giao thông ở cơ sở. Cùng với già làng K'Brel, những người như ông Ha Nghĩa ở xã Đạ Sar, bà K'Thị Miên ở xã Lát đang ngày ngày góp phần giữ bình yên trên những cung đường đèo dốc Lang Biang.
Trên đoạn dốc dài gần 2 km, ông cùng thanh niên trong thôn còn cắm biển nhắc nhở viết bằng tiếng K'Ho.
Hơn 70 tuổi, già K'Brel vẫn mỗi chiều ra đầu dốc. Với ông, mỗi chuyến xe về làng bình an là một niềm vui.
Khánh Phúc
Lượt xem: 2.418
Tin liên quan
- Lạc Dương: 50 năm đường lên Lang Biang (10/05/2024)
- Người có uy tín góp sức xây dựng nông thôn mới (02/05/2024)
- Trao 200 mũ bảo hiểm cho học sinh Đam Rông (22/04/2024)
""", "2024-05-17", "Già làng K'Brel và con đường không còn tai nạn",
E("khac", None, None),
[P("K'Brel", "Già làng", "người có uy tín thôn Đạ Nghịt"),
 P("Liêng Jrang K'Ha Thuận", "Bí thư Chi bộ thôn Đạ Nghịt"),
 P("Cil Múp Ha Sơn", "Trưởng thôn"),
 P("Cil Thị Hoa", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lát"),
 P("Nguyễn Văn Toàn", "Phó Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Ha Nghĩa"),
 P("K'Thị Miên")],
[Q("186 hộ", 186, "hộ"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"), Q("400 ngày công", 400, "ngày công"),
 Q("2 điểm tránh xe", 2, "điểm tránh xe"), Q("7 thôn", 7, "thôn"), Q("12 người có uy tín tiêu biểu", 12, "người có uy tín tiêu biểu"),
 Q("hơn 3.000 m2", 3000, "m2", "over"), Q("527 người có uy tín", 527, "người có uy tín"), Q("khoảng 95%", 95, "%", "approx"), Q("gần 2 km", 2, "km", "approx")],
[D("Kế hoạch", "168", "KH/HU", None, "Ban Thường vụ Huyện ủy Lạc Dương", "Kế hoạch số 168-KH/HU của Ban Thường vụ Huyện ủy Lạc Dương"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Lâm Đồng"), com("Lát"), com("Đạ Sar")],
["BÁO LÂM ĐỒNG ĐIỆN TỬ", "Trang chủ > Xã hội > Gương sáng", "Già làng K'Brel (bên phải) nhắc nhở thanh niên đội mũ bảo hiểm.",
 "Dân vận khéo", "Lang Biang", "Lượt xem: 2.418"],
["17/05/2024 06:00", "hơn 10 năm", "Năm 2013", "mười lần", "Từ năm 2019", "Năm 2023", "Hơn 70 tuổi", "Lượt xem: 2.418"]))

PAGES.append(page("b5302-bacninh-mttq-hoinghi-luatATGT-2024", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh
Hôm nay: Thứ Bảy, 16/11/2024
Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận
Thứ Sáu, 15/11/2024 - 08:20
Hội nghị tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho cán bộ Mặt trận cơ sở
Ngày 14/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh tổ chức hội nghị tuyên truyền, phổ biến Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 của Quốc hội năm 2024 cho gần 300 đại biểu là Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và Trưởng ban công tác Mặt trận các thôn, khu phố.
Đại biểu dự hội nghị tại điểm cầu tỉnh.
Hội nghị được kết nối trực tuyến tới 8 điểm cầu huyện, thị xã, thành phố với tổng số hơn 1.200 người tham dự. Phát biểu khai mạc, bà Nguyễn Thị Thu Hương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: Luật có hiệu lực từ ngày 1/1/2025, cùng với Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư và Kế hoạch số 512-KH/TU của Ban Thường vụ Tỉnh ủy, là cơ sở để Mặt trận các cấp đẩy mạnh vận động nhân dân, nhất là công nhân ở 16 khu công nghiệp, chấp hành nghiêm quy định về nồng độ cồn.
Báo cáo viên là Thượng tá Ngô Quang Minh, Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh, đã giới thiệu những điểm mới của Luật như quy định về thiết bị an toàn cho trẻ em, tích điểm giấy phép lái xe. Theo ông, 10 tháng năm 2024, toàn tỉnh xảy ra 87 vụ tai nạn giao thông, làm chết 64 người; lực lượng chức năng đã xử lý hơn 41.000 trường hợp, nộp kho bạc trên 52 tỷ đồng.
Tại hội nghị, bà Trần Thị Nguyệt, Chủ tịch Ủy ban MTTQ Việt Nam phường Đình Bảng chia sẻ kinh nghiệm vận động 320 hộ kinh doanh ký cam kết không lấn chiếm vỉa hè. Ông Đỗ Văn Khánh, Trưởng ban công tác Mặt trận thôn Đông Xuyên, xã Yên Phụ kiến nghị lắp đèn tín hiệu ở nút giao giữa đường tỉnh 295 và đường vào khu công nghiệp.
Các ông Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Văn Quý, Lê Đình Thắng phát động phong trào "Gia đình văn hóa - không vi phạm luật giao thông"; đề ra chỉ tiêu năm 2025 có ít nhất 85% khu dân cư đăng ký "Khu dân cư an toàn giao thông". Ủy ban MTTQ tỉnh cũng cấp phát 5.000 cuốn tài liệu hỏi đáp về Luật cho các khu dân cư.
Kết thúc hội nghị, bà Nguyễn Thị Thu Hương đề nghị Ủy ban MTTQ các cấp xây dựng kế hoạch tuyên truyền trước ngày 15/12/2024, lồng ghép vào Ngày hội Đại đoàn kết toàn dân tộc, họp khu dân cư và các buổi sinh hoạt của đoàn thể.
Hải Yến
Tin liên quan
- Ngày hội Đại đoàn kết toàn dân tộc tại khu phố Đa Hội (13/11/2024)
- Hội nghị Ủy ban MTTQ tỉnh quý IV (05/11/2024)
- Trao 20 nhà Đại đoàn kết tại Lương Tài (28/10/2024)
""", "2024-11-15", "Hội nghị tuyên truyền Luật Trật tự, an toàn giao thông đường bộ cho cán bộ Mặt trận cơ sở",
E("hoi_nghi", "2024", "2024-11-14"),
[P("Nguyễn Thị Thu Hương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Quang Minh", "Thượng tá", "Phó Trưởng phòng Cảnh sát giao thông Công an tỉnh"),
 P("Trần Thị Nguyệt", "Chủ tịch Ủy ban MTTQ Việt Nam phường Đình Bảng"),
 P("Đỗ Văn Khánh", "Trưởng ban công tác Mặt trận thôn Đông Xuyên"),
 P("Nguyễn Văn Quý", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Đình Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("gần 300 đại biểu", 300, "đại biểu", "approx"), Q("8 điểm cầu huyện, thị xã, thành phố", 8, "điểm cầu huyện, thị xã, thành phố"),
 Q("hơn 1.200 người", 1200, "người", "over"), Q("16 khu công nghiệp", 16, "khu công nghiệp"),
 Q("87 vụ tai nạn giao thông", 87, "vụ tai nạn giao thông"), Q("64 người", 64, "người"),
 Q("hơn 41.000 trường hợp", 41000, "trường hợp", "over"), Q("trên 52 tỷ đồng", 52000000000, "đồng", "over"),
 Q("320 hộ kinh doanh", 320, "hộ kinh doanh"), Q("ít nhất 85%", 85, "%", "over"), Q("5.000 cuốn tài liệu hỏi đáp", 5000, "cuốn tài liệu hỏi đáp")],
[D("Luật", "36", "2024/QH15", None, "Quốc hội", "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 của Quốc hội"),
 D("Chỉ thị", "23", "CT/TW", "2023-05-25", "Ban Bí thư", "Chỉ thị số 23-CT/TW ngày 25/5/2023 của Ban Bí thư"),
 D("Kế hoạch", "512", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 512-KH/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Bắc Ninh"), com("Đình Bảng"), com("Yên Phụ")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Bắc Ninh", "Hôm nay: Thứ Bảy, 16/11/2024",
 "Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận", "Đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Gia đình văn hóa - không vi phạm luật giao thông", "Khu dân cư an toàn giao thông", "Ngày hội Đại đoàn kết toàn dân tộc"],
["Hôm nay: Thứ Bảy, 16/11/2024", "Thứ Sáu, 15/11/2024 - 08:20", "năm 2024", "ngày 1/1/2025", "10 tháng năm 2024",
 "năm 2025", "đường tỉnh 295", "ngày 15/12/2024"]))
