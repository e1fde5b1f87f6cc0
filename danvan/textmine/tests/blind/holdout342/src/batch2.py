from lib import *
PAGES = []

PAGES.append(page("b8171-quangninh-mttq-tongket-2017", """
BÁO QUẢNG NINH ĐIỆN TỬ
Chính trị / Mặt trận - Đoàn thể
29-12-2017 09:40
Toàn cảnh hội nghị.
Mặt trận các cấp Quảng Ninh hoàn thành toàn diện nhiệm vụ năm 2017
Chiều 28/12, Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Đỗ Thị Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Vũ Văn Diện, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh.
Theo báo cáo do đồng chí Phạm Thị Hằng, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh trình bày, năm 2017 Mặt trận các cấp đã cụ thể hóa Nghị quyết số 11-NQ/TU ngày 11/5/2017 của Ban Chấp hành Đảng bộ tỉnh bằng các chương trình hành động thiết thực. Chương trình "Mùa xuân nghĩa tình" vận động được trên 28 tỷ đồng, trao 12.600 suất quà cho hộ nghèo, gia đình chính sách. Quỹ "Vì người nghèo" ba cấp tiếp nhận 36,4 tỷ đồng, hỗ trợ xây mới 1.029 nhà đại đoàn kết, góp phần giảm tỷ lệ hộ nghèo của tỉnh xuống còn 1,25%.
Các cấp Mặt trận đã chủ trì tổ chức 283 cuộc giám sát, 46 hội nghị phản biện xã hội; tổ chức 9 cuộc đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Toàn tỉnh có 1.431 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc, đạt 100%.
Tại hội nghị, bà Triệu Thị Mùi, Chủ tịch Ủy ban MTTQ huyện Ba Chẽ, chia sẻ kinh nghiệm vận động đồng bào Dao, Sán Chỉ tham gia trồng rừng gỗ lớn; ông Lý Văn Sáng, Trưởng ban công tác Mặt trận thôn Khe Tiền, xã Đồn Đạc, cho biết thôn đã vận động nhân dân hiến 7.200 m2 đất để mở rộng đường liên thôn.
Phát biểu chỉ đạo, đồng chí Vũ Văn Diện ghi nhận những kết quả Mặt trận các cấp đạt được, đề nghị năm 2018 tiếp tục thực hiện Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát của MTTQ Việt Nam đối với việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng Cờ thi đua cho 2 tập thể và tặng Bằng khen cho 5 tập thể, 8 cá nhân theo Quyết định số 1523/QĐ-MTTW-BTT ngày 08/12/2017 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Ủy ban MTTQ tỉnh tặng Bằng khen cho 37 tập thể và 51 cá nhân, tổng số tiền thưởng hơn 96 triệu đồng. Các tập thể nhận Cờ thi đua là Ủy ban MTTQ thành phố Hạ Long và Ủy ban MTTQ phường Hồng Hải. Cá nhân nhận Bằng khen của Trung ương có các ông, bà: Lý Văn Sáng; Chìu Thị Hạnh, Chủ tịch Ủy ban MTTQ xã Quảng Lâm; Nguyễn Văn Toản, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Tiên Yên.
Đồng chí Vũ Văn Diện trao Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam cho các tập thể.
Hội nghị cũng chỉ ra những hạn chế: phương thức tập hợp đoàn viên, hội viên ở khu công nghiệp, doanh nghiệp ngoài nhà nước chưa nhiều đổi mới; hoạt động phản biện xã hội ở cấp huyện còn ít.
Thu Trang
Tin liên quan
- Ba Chẽ trao 50 nhà đại đoàn kết cho hộ nghèo (20/12/2017)
- Mặt trận tỉnh giám sát công tác bồi thường, giải phóng mặt bằng (14/11/2017)
- Hạ Long tổ chức Ngày hội Đại đoàn kết ở 100% khu phố (18/11/2017)
""", "2017-12-29", "Mặt trận các cấp Quảng Ninh hoàn thành toàn diện nhiệm vụ năm 2017",
E("tong_ket", "2017", "2017-12-28"),
[P("Đỗ Thị Hoàng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vũ Văn Diện", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Phạm Thị Hằng", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
 P("Triệu Thị Mùi", "Chủ tịch Ủy ban MTTQ huyện Ba Chẽ"),
 P("Lý Văn Sáng", "Trưởng ban công tác Mặt trận thôn Khe Tiền"),
 P("Chìu Thị Hạnh", "Chủ tịch Ủy ban MTTQ xã Quảng Lâm"),
 P("Nguyễn Văn Toản", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Tiên Yên")],
[Q("trên 28 tỷ đồng", 28000000000, "đồng", "over"), Q("12.600 suất quà", 12600, "suất quà"),
 Q("36,4 tỷ đồng", 36400000000, "đồng"), Q("1.029 nhà đại đoàn kết", 1029, "nhà đại đoàn kết"), Q("1,25%", 1.25, "%"),
 Q("283 cuộc giám sát", 283, "cuộc giám sát"), Q("46 hội nghị phản biện xã hội", 46, "hội nghị phản biện xã hội"),
 Q("9 cuộc đối thoại", 9, "cuộc đối thoại"), Q("1.431 khu dân cư", 1431, "khu dân cư"), Q("100%", 100, "%"),
 Q("7.200 m2", 7200, "m2"), Q("2 tập thể", 2, "tập thể"), Q("5 tập thể", 5, "tập thể"), Q("8 cá nhân", 8, "cá nhân"),
 Q("37 tập thể", 37, "tập thể"), Q("51 cá nhân", 51, "cá nhân"), Q("hơn 96 triệu đồng", 96000000, "đồng", "over")],
[D("Nghị quyết", "11", "NQ/TU", "2017-05-11", "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 11-NQ/TU ngày 11/5/2017"),
 D("Quy định", "124", "QĐ/TW", "2018-02-02", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 02/02/2018"),
 D("Quyết định", "1523", "QĐ-MTTW-BTT", "2017-12-08", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Quyết định số 1523/QĐ-MTTW-BTT ngày 08/12/2017")],
[prov("Quảng Ninh"), com("Đồn Đạc"), com("Hồng Hải"), com("Quảng Lâm")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Chính trị / Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "Mùa xuân nghĩa tình", "Vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Đồng chí Vũ Văn Diện trao Cờ thi đua của Ủy ban Trung ương MTTQ Việt Nam cho các tập thể."],
["29-12-2017 09:40", "năm 2017", "năm 2018"]))

PAGES.append(page("b8172-hagiang-mttq-tongket-2018", """
Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hà Giang
Trang chủ >> Tin hoạt động >> Mặt trận tỉnh
21.12.2018 | 16:05
Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các tập thể xuất sắc.
Ủy ban MTTQ tỉnh tổng kết năm 2018: Dấu ấn từ những ngôi nhà đại đoàn kết
Ngày 20/12/2018, Ủy ban MTTQ tỉnh Hà Giang tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển khai phương hướng nhiệm vụ năm 2019. Chủ trì hội nghị có đồng chí Vàng Seo Chứ, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh và các đồng chí Sùng Mí Dế, Lù Thị Say - Phó Chủ tịch Ủy ban MTTQ tỉnh. Đến dự có đồng chí Ly Mí Chớ, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2018, thực hiện Kế hoạch số 96, 97/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, Mặt trận các cấp tiếp tục phát động phong trào "Chung sức xây dựng nhà ở cho hộ nghèo"; toàn tỉnh làm mới và sửa chữa 2.317 nhà đại đoàn kết, tổng kinh phí khoảng 92 tỷ đồng, trong đó nhân dân góp hơn 46.000 ngày công. Mỗi căn nhà được hỗ trợ tối đa 40 triệu đồng. Có 1.873 hộ nghèo người Mông, Dao, Lô Lô được hỗ trợ xóa nhà tạm.
Mặt trận các cấp đã vận động 145 thôn bản ký cam kết không tảo hôn, không kết hôn cận huyết thống; trên 90% khu dân cư xây dựng quy ước, hương ước. Ủy ban MTTQ tỉnh chủ trì 11 cuộc giám sát chuyên đề, tiếp nhận 62 đơn thư, kiến nghị của nhân dân.
Tham luận tại hội nghị, đồng chí Giàng Thị Dở, HUV, Chủ tịch Ủy ban MTTQ huyện Mèo Vạc, cho biết huyện đã vận động được từ 30 hộ trở lên ở mỗi xã tham gia mô hình "Hũ gạo tình thương". Ông Hoàng Văn Nhìa, người có uy tín thôn Lùng Tám Cao, xã Lùng Tám, chia sẻ cách vận động bà con bỏ hủ tục trong việc cưới, việc tang.
Phát biểu chỉ đạo, đồng chí Ly Mí Chớ đề nghị năm 2019 Mặt trận các cấp bám sát Chỉ thị số 08-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở vùng đồng bào Mông, làm tốt vai trò giám sát việc thực hiện các chính sách dân tộc.
Dịp này, 34 tập thể và 47 cá nhân được Ủy ban MTTQ tỉnh tặng Bằng khen; 3 tập thể, 5 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen. Các tập thể được khen: Ủy ban MTTQ xã Sủng Là, Ủy ban MTTQ xã Lũng Cú, Ủy ban MTTQ thị trấn Yên Minh, Ủy ban MTTQ phường Quang Trung... Các cá nhân: Sùng Mí Pó, Chủ tịch Ủy ban MTTQ xã Lũng Cú; Vừ Thị Mai, Trưởng ban công tác Mặt trận thôn Há Súng; Ma Văn Thành, Phó Chủ tịch Ủy ban MTTQ huyện Bắc Quang. Mỗi tập thể được thưởng 1.000.000 đồng, mỗi cá nhân 600.000 đồng.
Hội nghị cũng đánh giá: nguồn lực xã hội hóa cho xóa nhà tạm ở vùng cao còn hạn chế; một bộ phận đồng bào còn trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; cán bộ Mặt trận cấp xã thường xuyên thay đổi, kỹ năng vận động còn yếu.
Vàng Linh
Xem thêm
- Mèo Vạc khánh thành 45 nhà đại đoàn kết (14/12/2018)
- Hội nghị người có uy tín tiêu biểu năm 2018 (02/11/2018)
- Đồng Văn: Ngày hội Đại đoàn kết ở thôn Sà Phìn A (15/11/2018)
""", "2018-12-21", "Ủy ban MTTQ tỉnh tổng kết năm 2018: Dấu ấn từ những ngôi nhà đại đoàn kết",
E("tong_ket", "2018", "2018-12-20"),
[P("Vàng Seo Chứ", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Sùng Mí Dế", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Lù Thị Say", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ly Mí Chớ", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng Thị Dở", "HUV", "Chủ tịch Ủy ban MTTQ huyện Mèo Vạc"),
 P("Hoàng Văn Nhìa", "người có uy tín thôn Lùng Tám Cao"),
 P("Sùng Mí Pó", "Chủ tịch Ủy ban MTTQ xã Lũng Cú"),
 P("Vừ Thị Mai", "Trưởng ban công tác Mặt trận thôn Há Súng"),
 P("Ma Văn Thành", "Phó Chủ tịch Ủy ban MTTQ huyện Bắc Quang")],
[Q("2.317 nhà đại đoàn kết", 2317, "nhà đại đoàn kết"), Q("khoảng 92 tỷ đồng", 92000000000, "đồng", "approx"),
 Q("hơn 46.000 ngày công", 46000, "ngày công", "over"), Q("tối đa 40 triệu đồng", 40000000, "đồng"),
 Q("1.873 hộ nghèo", 1873, "hộ nghèo"), Q("145 thôn bản", 145, "thôn bản"), Q("trên 90%", 90, "%", "over"),
 Q("11 cuộc giám sát chuyên đề", 11, "cuộc giám sát chuyên đề"), Q("62 đơn thư, kiến nghị", 62, "đơn thư, kiến nghị"),
 Q("từ 30 hộ trở lên", 30, "hộ", "over"), Q("34 tập thể", 34, "tập thể"), Q("47 cá nhân", 47, "cá nhân"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("1.000.000 đồng", 1000000, "đồng"), Q("600.000 đồng", 600000, "đồng")],
[D("Kế hoạch", "96", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 96, 97/KH-MTTQ-BTT"),
 D("Kế hoạch", "97", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 96, 97/KH-MTTQ-BTT"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU")],
[prov("Hà Giang"), com("Lùng Tám"), com("Sủng Là"), com("Lũng Cú"), com("Yên Minh"), com("Quang Trung")],
["Cổng TTĐT Ủy ban MTTQ Việt Nam tỉnh Hà Giang", "Trang chủ >> Tin hoạt động >> Mặt trận tỉnh",
 "Ảnh: Lãnh đạo tỉnh trao Bằng khen cho các tập thể xuất sắc.", "Chung sức xây dựng nhà ở cho hộ nghèo", "Hũ gạo tình thương"],
["21.12.2018 | 16:05", "năm 2018", "năm 2019"]))

PAGES.append(page("b8173-bentre-mttq-tongket-2019", """
Hôm nay: Thứ Hai, 30/12/2019
BÁO ĐỒNG KHỞI ONLINE
Thời sự › Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 26/12/2019
Đồng chí Huỳnh Văn Bé (thứ hai từ trái sang) trao Kỷ niệm chương cho các cá nhân.
Khen thưởng 118 tập thể, cá nhân trong công tác Mặt trận
Sáng 26/12/2019, tại hội trường Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị tổng kết công tác Mặt trận năm 2019, triển khai chương trình phối hợp và thống nhất hành động năm 2020. Dự hội nghị có đồng chí Huỳnh Văn Bé, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Lê Thị Kim Loan, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2019, Mặt trận các cấp đã tổ chức thành công đại hội đại biểu nhiệm kỳ 2019 - 2024 ở 164/164 xã, phường, thị trấn, 9/9 huyện, thành phố và Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI. Quỹ "Vì người nghèo" các cấp vận động được 43,7 tỷ đồng; xây dựng 697 căn nhà đại đoàn kết, sửa chữa 128 căn; hỗ trợ 2.350 hộ nghèo phương tiện sinh kế. Mặt trận phối hợp trao 6.480 phần quà Tết cho hộ nghèo với tổng trị giá 3,2 tỷ đồng. Toàn tỉnh có 96,5% khu dân cư được công nhận khu dân cư văn hóa.
Hoạt động giám sát, phản biện xã hội được đẩy mạnh, Mặt trận các cấp đã tổ chức 512 cuộc giám sát và 37 hội nghị phản biện xã hội, có 214 kiến nghị sau giám sát được cơ quan chức năng tiếp thu.
Tại hội nghị, đại biểu tập trung thảo luận các giải pháp nâng chất lượng hoạt động của Ban công tác Mặt trận ở ấp, khu phố. Bà Nguyễn Thị Bé Tư, Chủ tịch Ủy ban MTTQ xã An Thủy, nêu kinh nghiệm vận động kiều bào góp 1,5 tỷ đồng làm cầu bê tông; ông Trần Văn Hùng, Trưởng ban công tác Mặt trận ấp Thạnh Hòa, xã Phú Khánh, chia sẻ mô hình "Tổ nhân dân tự quản".
Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí Huỳnh Văn Bé ghi nhận, biểu dương kết quả Mặt trận các cấp đạt được.
Tại hội nghị, 12 cá nhân được tặng Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"; 43 tập thể, 63 cá nhân được Ủy ban MTTQ tỉnh tặng Bằng khen theo Quyết định số 45, 46, 47/QĐ-MTTQ-BTT ngày 20/12/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, kèm tiền thưởng 700.000 đồng mỗi tập thể, 400.000 đồng mỗi cá nhân. Tập thể được khen có Ủy ban MTTQ các xã An Thủy, Phú Khánh, Tân Xuân; cá nhân có các ông: Trần Văn Hùng, Võ Minh Quang - Phó Chủ tịch Ủy ban MTTQ huyện Ba Tri.
Hội nghị cũng chỉ ra hạn chế: hoạt động giám sát ở một số xã còn hình thức, chưa theo dõi việc giải quyết kiến nghị sau giám sát đến cùng.
Thanh Đồng
Tin khác
- Ba Tri: bàn giao 40 căn nhà đại đoàn kết (22/12/2019)
- Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI thành công tốt đẹp (12/09/2019)
- Chợ Lách tổ chức Ngày hội Đại đoàn kết (16/11/2019)
""", "2019-12-26", "Khen thưởng 118 tập thể, cá nhân trong công tác Mặt trận",
E("tong_ket", "2019", "2019-12-26"),
[P("Huỳnh Văn Bé", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Kim Loan", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Bé Tư", "Chủ tịch Ủy ban MTTQ xã An Thủy"),
 P("Trần Văn Hùng", "Trưởng ban công tác Mặt trận ấp Thạnh Hòa"),
 P("Võ Minh Quang", "Phó Chủ tịch Ủy ban MTTQ huyện Ba Tri")],
[Q("118 tập thể, cá nhân", 118, "tập thể, cá nhân"), Q("164/164 xã, phường, thị trấn", 164, "xã, phường, thị trấn"),
 Q("9/9 huyện, thành phố", 9, "huyện, thành phố"), Q("43,7 tỷ đồng", 43700000000, "đồng"),
 Q("697 căn nhà đại đoàn kết", 697, "căn nhà đại đoàn kết"), Q("128 căn", 128, "căn"), Q("2.350 hộ nghèo", 2350, "hộ nghèo"),
 Q("6.480 phần quà", 6480, "phần quà"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("96,5%", 96.5, "%"),
 Q("512 cuộc giám sát", 512, "cuộc giám sát"), Q("37 hội nghị phản biện xã hội", 37, "hội nghị phản biện xã hội"),
 Q("214 kiến nghị", 214, "kiến nghị"), Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("12 cá nhân", 12, "cá nhân"),
 Q("43 tập thể", 43, "tập thể"), Q("63 cá nhân", 63, "cá nhân"), Q("700.000 đồng", 700000, "đồng"), Q("400.000 đồng", 400000, "đồng")],
[D("Quyết định", "45", "QĐ-MTTQ-BTT", "2019-12-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45, 46, 47/QĐ-MTTQ-BTT"),
 D("Quyết định", "46", "QĐ-MTTQ-BTT", "2019-12-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45, 46, 47/QĐ-MTTQ-BTT"),
 D("Quyết định", "47", "QĐ-MTTQ-BTT", "2019-12-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Quyết định số 45, 46, 47/QĐ-MTTQ-BTT")],
[prov("Bến Tre"), com("An Thủy"), com("Phú Khánh"), com("Tân Xuân")],
["Hôm nay: Thứ Hai, 30/12/2019", "BÁO ĐỒNG KHỞI ONLINE", "Thời sự › Mặt trận - Đoàn thể",
 "Đồng chí Huỳnh Văn Bé (thứ hai từ trái sang) trao Kỷ niệm chương cho các cá nhân.", "Vì người nghèo",
 "Tổ nhân dân tự quản", "Vì sự nghiệp đại đoàn kết dân tộc", "Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XI"],
["Hôm nay: Thứ Hai, 30/12/2019", "Cập nhật lúc 17:20 ngày 26/12/2019", "năm 2019", "năm 2020", "nhiệm kỳ 2019 - 2024", "lần thứ XI"]))

PAGES.append(page("b8174-ninhthuan-mttq-tongket-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN
Trang chủ - Tin tức - Hoạt động Mặt trận
Ngày 24/12/2020 | 09:15
Năm 2020: Mặt trận Ninh Thuận vận động gần 41 tỷ đồng chung tay phòng, chống dịch và giúp người nghèo
Ngày 23/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2020 và triển khai chương trình phối hợp thống nhất hành động năm 2021. Đồng chí Đàng Văn Tới, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị; đồng chí Nguyễn Bắc Việt, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo.
Đồng chí Đàng Văn Tới phát biểu khai mạc hội nghị. Ảnh: Văn Miên
Năm 2020, trong bối cảnh dịch Covid-19 diễn biến phức tạp, Mặt trận các cấp đã kịp thời phát động ủng hộ phòng, chống dịch theo tinh thần Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ; tiếp nhận 32,6 tỷ đồng và nhiều hiện vật, phân bổ hỗ trợ cho 14.200 lượt hộ nghèo, người lao động mất việc làm. Quỹ "Vì người nghèo" các cấp vận động được khoảng 8,3 tỷ đồng, xây mới 184 nhà đại đoàn kết, mỗi căn 40 triệu đồng. Cùng với gói hỗ trợ theo Nghị quyết số 42/NQ-CP của Chính phủ, Mặt trận tham gia giám sát việc chi trả cho trên 58.000 đối tượng bảo đảm đúng người, đúng chế độ.
Mặt trận các cấp tổ chức thành công đại hội nhiệm kỳ 2019 - 2024 và góp ý vào dự thảo văn kiện Đại hội XIII của Đảng với hơn 1.100 ý kiến góp ý. Ban Thanh tra nhân dân và Ban Giám sát đầu tư cộng đồng ở 65/65 xã, phường, thị trấn hoạt động đều đặn.
Tại hội nghị, ông Quảng Văn Ngọ, Chủ tịch Ủy ban MTTQ xã Phước Hà, chia sẻ kinh nghiệm vận động đồng bào Raglai giữ rừng; Cả sư Thông Minh Hòa, Phó Chủ tịch Hội đồng Chức sắc Bàlamôn tỉnh, nêu việc vận động chức sắc, chức việc tham gia phòng dịch khi tổ chức lễ hội Katê.
Phát biểu chỉ đạo, đồng chí Nguyễn Bắc Việt đề nghị năm 2021 Mặt trận các cấp làm tốt công tác hiệp thương, lựa chọn, giới thiệu người ứng cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.
Nhân dịp này, Ủy ban MTTQ tỉnh tặng Bằng khen cho các tập thể: Ủy ban MTTQ xã Phước Hà, Ủy ban MTTQ phường Đô Vinh, Ủy ban MTTQ xã Phước Dinh... và các cá nhân: Quảng Văn Ngọ; Chamaléa Thị Đẹp, Trưởng ban công tác Mặt trận thôn Ma Oai; Phú Thị Lài, cán bộ Ban Tuyên giáo Ủy ban MTTQ tỉnh. Tổng cộng 29 tập thể, 35 cá nhân được khen với mức thưởng từ 450.000 đồng đến 1,2 triệu đồng.
Hội nghị cũng thẳng thắn chỉ ra những hạn chế: một số nơi còn lúng túng trong giám sát việc thực hiện chính sách hỗ trợ người dân gặp khó khăn do dịch.
Văn Miên
Các tin đã đưa
- Mặt trận tỉnh tiếp nhận 2 tỷ đồng ủng hộ phòng, chống dịch (15/04/2020)
- Hội nghị góp ý dự thảo văn kiện Đại hội XIII của Đảng (10/09/2020)
- Thuận Nam bàn giao 12 nhà đại đoàn kết (03/12/2020)
""", "2020-12-24", "Năm 2020: Mặt trận Ninh Thuận vận động gần 41 tỷ đồng chung tay phòng, chống dịch và giúp người nghèo",
E("tong_ket", "2020", "2020-12-23"),
[P("Đàng Văn Tới", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Bắc Việt", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Quảng Văn Ngọ", "Chủ tịch Ủy ban MTTQ xã Phước Hà"),
 P("Thông Minh Hòa", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bàlamôn tỉnh"),
 P("Chamaléa Thị Đẹp", "Trưởng ban công tác Mặt trận thôn Ma Oai"),
 P("Phú Thị Lài", "cán bộ Ban Tuyên giáo Ủy ban MTTQ tỉnh")],
[Q("gần 41 tỷ đồng", 41000000000, "đồng", "approx"), Q("32,6 tỷ đồng", 32600000000, "đồng"),
 Q("14.200 lượt hộ nghèo, người lao động", 14200, "lượt hộ nghèo, người lao động"),
 Q("khoảng 8,3 tỷ đồng", 8300000000, "đồng", "approx"), Q("184 nhà đại đoàn kết", 184, "nhà đại đoàn kết"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("trên 58.000 đối tượng", 58000, "đối tượng", "over"),
 Q("hơn 1.100 ý kiến", 1100, "ý kiến", "over"), Q("65/65 xã, phường, thị trấn", 65, "xã, phường, thị trấn"),
 Q("29 tập thể", 29, "tập thể"), Q("35 cá nhân", 35, "cá nhân"), Q("từ 450.000 đồng", 450000, "đồng"), Q("1,2 triệu đồng", 1200000, "đồng")],
[D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
 D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP")],
[prov("Ninh Thuận"), com("Phước Hà"), com("Đô Vinh"), com("Phước Dinh")],
["CỔNG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NINH THUẬN", "Trang chủ - Tin tức - Hoạt động Mặt trận",
 "Đồng chí Đàng Văn Tới phát biểu khai mạc hội nghị. Ảnh: Văn Miên", "Vì người nghèo", "Katê"],
["Ngày 24/12/2020 | 09:15", "Năm 2020", "năm 2020", "năm 2021", "nhiệm kỳ 2019 - 2024", "Đại hội XIII", "khóa XV", "nhiệm kỳ 2021 - 2026"]))

PAGES.append(page("b8175-hatinh-mttq-bieuduong-2021", """
Báo Hà Tĩnh
Trang chủ > Chính trị > Mặt trận
30 tháng 12, 2021 | 17:45
Biểu dương 120 gương điển hình trong Cuộc vận động xây dựng nông thôn mới, đô thị văn minh
Sáng 30/12, Ủy ban MTTQ tỉnh tổ chức hội nghị biểu dương các tập thể, cá nhân điển hình tiên tiến trong thực hiện Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" năm 2021. Đồng chí Trần Nhật Tân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì; dự có đồng chí Hoàng Trung Dũng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh.
Các đại biểu dự hội nghị biểu dương.
Năm 2021, dù chịu tác động của dịch Covid-19, Mặt trận các cấp vẫn huy động được 318 tỷ đồng và 2,4 triệu ngày công cho xây dựng nông thôn mới; nhân dân hiến trên 380.000 m2 đất, tháo dỡ 1.650 m tường rào để mở rộng đường làng. Toàn tỉnh có thêm 14 xã đạt chuẩn nông thôn mới nâng cao, 6 xã đạt chuẩn nông thôn mới kiểu mẫu và 312 khu dân cư đạt chuẩn khu dân cư kiểu mẫu. Tỷ lệ hộ nghèo giảm còn 2,1%.
Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" tiếp tục lan tỏa, 100% xã, phường, thị trấn tổ chức điểm bán hàng Việt về nông thôn. Mặt trận phối hợp vận động ủng hộ Quỹ vắc-xin phòng Covid-19 trên 25 tỷ đồng.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Nguyễn Thị Thu Hà, Đặng Văn Tuấn đã trình bày kết quả thẩm định, lựa chọn điển hình; nhiều gương điển hình chia sẻ kinh nghiệm. Ông Trần Đình Lục, Trưởng ban công tác Mặt trận thôn Tân Thủy, xã Thạch Trị, đã vận động 42 hộ hiến đất, góp tiền làm 1,8 km đường bê tông. Bà Lê Thị Nga, Chủ tịch Ủy ban MTTQ phường Kỳ Trinh, nói về mô hình "Khu phố văn minh, không rác thải nhựa".
Phát biểu chỉ đạo, đồng chí Hoàng Trung Dũng đề nghị Mặt trận các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, gắn Cuộc vận động với thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX và Chương trình hành động số 12-CTr/TU ngày 20/10/2021 của Tỉnh ủy.
Ủy ban MTTQ tỉnh tặng Bằng khen cho 50 tập thể và 70 cá nhân điển hình; mỗi tập thể được thưởng 1,5 triệu đồng, mỗi cá nhân 1 triệu đồng. Trong đó có Ủy ban MTTQ xã Thạch Trị, Ủy ban MTTQ phường Kỳ Trinh, Ban công tác Mặt trận thôn Tân Thủy và các ông, bà: Trần Đình Lục, Lê Thị Nga, Phan Văn Hòe - Chủ tịch Ủy ban MTTQ thị trấn Vũ Quang. Trước đó, Ủy ban Trung ương MTTQ Việt Nam đã tặng Bằng khen cho 6 tập thể, 9 cá nhân của tỉnh theo Quyết định số 2120, 2121/QĐ-MTTW-BTT.
Thu Phương
Tin liên quan
- Can Lộc: 98 khu dân cư đạt chuẩn kiểu mẫu (20/12/2021)
- Mặt trận tỉnh tiếp nhận ủng hộ Quỹ vắc-xin (15/06/2021)
- Hương Khê trao 30 nhà đại đoàn kết (08/11/2021)
""", "2021-12-30", "Biểu dương 120 gương điển hình trong Cuộc vận động xây dựng nông thôn mới, đô thị văn minh",
E("hoi_nghi", "2021", "2021-12-30"),
[P("Trần Nhật Tân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Trung Dũng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ tỉnh"), P("Đặng Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Đình Lục", "Trưởng ban công tác Mặt trận thôn Tân Thủy"),
 P("Lê Thị Nga", "Chủ tịch Ủy ban MTTQ phường Kỳ Trinh"),
 P("Phan Văn Hòe", "Chủ tịch Ủy ban MTTQ thị trấn Vũ Quang")],
[Q("120 gương điển hình", 120, "gương điển hình"), Q("318 tỷ đồng", 318000000000, "đồng"),
 Q("2,4 triệu ngày công", 2400000, "ngày công"), Q("trên 380.000 m2", 380000, "m2", "over"), Q("1.650 m", 1650, "m"),
 Q("14 xã", 14, "xã"), Q("6 xã", 6, "xã"), Q("312 khu dân cư", 312, "khu dân cư"), Q("2,1%", 2.1, "%"), Q("100%", 100, "%"),
 Q("trên 25 tỷ đồng", 25000000000, "đồng", "over"), Q("42 hộ", 42, "hộ"), Q("1,8 km", 1.8, "km"),
 Q("50 tập thể", 50, "tập thể"), Q("70 cá nhân điển hình", 70, "cá nhân điển hình"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Chương trình hành động", "12", "CTr/TU", "2021-10-20", "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU ngày 20/10/2021"),
 D("Quyết định", "2120", "QĐ-MTTW-BTT", None, None, "Quyết định số 2120, 2121/QĐ-MTTW-BTT"),
 D("Quyết định", "2121", "QĐ-MTTW-BTT", None, None, "Quyết định số 2120, 2121/QĐ-MTTW-BTT")],
[prov("Hà Tĩnh"), com("Thạch Trị"), com("Kỳ Trinh"), com("Vũ Quang")],
["Báo Hà Tĩnh", "Trang chủ > Chính trị > Mặt trận", "Các đại biểu dự hội nghị biểu dương.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Khu phố văn minh, không rác thải nhựa", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX"],
["30 tháng 12, 2021 | 17:45", "năm 2021", "lần thứ XIX"]))

PAGES.append(page("b8176-kontum-mttq-tongket-2022", """
BÁO KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Kon Tum
Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể
2022-12-20 16:40
Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác năm 2022
Ngày 20/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2022, triển khai nhiệm vụ năm 2023. Đồng chí Y Ngọc, TUV, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự hội nghị có đồng chí A Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị tổng kết công tác Mặt trận năm 2022.
Năm 2022, thực hiện Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN, Mặt trận các cấp chủ trì 148 cuộc giám sát, trong đó cấp tỉnh 4 cuộc; tổ chức 21 hội nghị phản biện xã hội. Quỹ "Vì người nghèo" ba cấp vận động được 6,7 tỷ đồng; hỗ trợ xây mới 156 nhà đại đoàn kết, sửa chữa 48 nhà; trao 3.900 suất quà cho hộ nghèo với tổng trị giá khoảng 1,95 tỷ đồng. Toàn tỉnh có 654/712 thôn, làng, tổ dân phố đạt danh hiệu khu dân cư văn hóa, đạt 91,9%.
Mặt trận các cấp phát huy vai trò 1.380 người có uy tín; vận động 27 hộ từ bỏ hoạt động tà đạo "Hà Mòn", ổn định cuộc sống. Công tác đoàn kết tôn giáo được quan tâm, Ủy ban MTTQ tỉnh đã thăm, chúc mừng 68 cơ sở tôn giáo nhân các ngày lễ lớn.
Tại hội nghị, đồng chí Y Thanh, UVBCH Đảng bộ huyện, Chủ tịch Ủy ban MTTQ huyện Đăk Glei, chia sẻ kinh nghiệm vận động đồng bào Xơ Đăng chuyển đổi cây trồng; ông A Hrin, người có uy tín làng Kon Klor, phường Thắng Lợi, nêu cách vận động thanh niên trong làng không tảo hôn. Linh mục Phêrô Nguyễn Văn Thiện, Phó Chủ tịch Ủy ban MTTQ tỉnh, nói về phong trào "Sống tốt đời, đẹp đạo" trong các giáo xứ.
Phát biểu chỉ đạo, đồng chí A Khang đề nghị năm 2023 Mặt trận tiếp tục triển khai Quy định 124-QĐ/TW và thực hiện tốt Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào dân tộc thiểu số và công tác tôn giáo.
Dịp này, 4 tập thể và 7 cá nhân được Ủy ban Trung ương MTTQ Việt Nam tặng Bằng khen; Ủy ban MTTQ tỉnh tặng Bằng khen cho 31 tập thể, 46 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2022 và các đợt thi đua. Các tập thể tiêu biểu gồm: Ủy ban MTTQ xã Đăk Pék, Ủy ban MTTQ phường Thắng Lợi, Ban công tác Mặt trận thôn Kon Rbàng. Các cá nhân tiêu biểu: các đồng chí Chủ tịch Ủy ban MTTQ xã: A Tiu, Y Hiên, Nguyễn Văn Lành. Mức thưởng mỗi tập thể 900.000 đồng, mỗi cá nhân 540.000 đồng, tổng giá trị gần 53 triệu đồng.
Hội nghị cũng nêu hạn chế: một số Ban công tác Mặt trận thôn, làng hoạt động chưa đều, việc theo dõi sau giám sát còn chậm.
Hải Yến
Tin khác
- Đăk Glei: trao 20 nhà đại đoàn kết cho hộ nghèo (05/12/2022)
- Ngày hội Đại đoàn kết ở làng Kon Hra Chót (18/11/2022)
- Mặt trận tỉnh giám sát thực hiện chính sách hỗ trợ nhà ở (20/10/2022)
""", "2022-12-20", "Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác năm 2022",
E("tong_ket", "2022", "2022-12-20"),
[P("Y Ngọc", "TUV", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thanh", "UVBCH Đảng bộ huyện", "Chủ tịch Ủy ban MTTQ huyện Đăk Glei"),
 P("A Hrin", "người có uy tín làng Kon Klor"),
 P("Phêrô Nguyễn Văn Thiện", "Linh mục", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("A Tiu", "Chủ tịch Ủy ban MTTQ xã"), P("Y Hiên", "Chủ tịch Ủy ban MTTQ xã"), P("Nguyễn Văn Lành", "Chủ tịch Ủy ban MTTQ xã")],
[Q("148 cuộc giám sát", 148, "cuộc giám sát"), Q("4 cuộc", 4, "cuộc"), Q("21 hội nghị phản biện xã hội", 21, "hội nghị phản biện xã hội"),
 Q("6,7 tỷ đồng", 6700000000, "đồng"), Q("156 nhà đại đoàn kết", 156, "nhà đại đoàn kết"), Q("48 nhà", 48, "nhà"),
 Q("3.900 suất quà", 3900, "suất quà"), Q("khoảng 1,95 tỷ đồng", 1950000000, "đồng", "approx"),
 Q("654/712 thôn, làng, tổ dân phố", 654, "thôn, làng, tổ dân phố"), Q("91,9%", 91.9, "%"),
 Q("1.380 người có uy tín", 1380, "người có uy tín"), Q("27 hộ", 27, "hộ"), Q("68 cơ sở tôn giáo", 68, "cơ sở tôn giáo"),
 Q("4 tập thể", 4, "tập thể"), Q("7 cá nhân", 7, "cá nhân"), Q("31 tập thể", 31, "tập thể"), Q("46 cá nhân", 46, "cá nhân"),
 Q("900.000 đồng", 900000, "đồng"), Q("540.000 đồng", 540000, "đồng"), Q("gần 53 triệu đồng", 53000000, "đồng", "approx")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"),
 D("Quy định", "124", "QĐ/TW", None, None, "Quy định 124-QĐ/TW"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Kon Tum"), com("Thắng Lợi"), com("Đăk Pék")],
["BÁO KON TUM ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Kon Tum", "Vị trí: Trang chủ / Chính trị / Mặt trận - Đoàn thể",
 "Quang cảnh hội nghị tổng kết công tác Mặt trận năm 2022.", "Vì người nghèo", "Hà Mòn", "Sống tốt đời, đẹp đạo"],
["2022-12-20 16:40", "năm 2022", "năm 2023"]))
