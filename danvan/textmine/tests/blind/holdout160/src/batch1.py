from lib import *
PAGES = []

PAGES.append(page("b3797-thanhhoa-hnct-tongket-2011", """
HỘI NGƯỜI CAO TUỔI TỈNH THANH HÓA
Trang chủ » Hoạt động Hội » Tin tức
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Hội Người cao tuổi tỉnh tổng kết công tác năm 2011
Ngày 26/12/2011, Ban Đại diện Hội Người cao tuổi tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Hội và phong trào người cao tuổi năm 2011, triển khai nhiệm vụ năm 2012. Cụ Lê Đình Thuấn, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh chủ trì hội nghị. Dự có bà Phạm Thị Hằng, Phó Chủ tịch UBND tỉnh, và 64 đại biểu là trưởng ban đại diện hội các huyện, thị xã, thành phố.
Báo cáo do ông Hoàng Văn Luyện, Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh trình bày cho biết, toàn tỉnh hiện có hơn 360.000 người cao tuổi, trong đó 4.215 cụ từ 90 tuổi trở lên. Năm 2011, các cấp hội đã phối hợp tổ chức mừng thọ cho 52.460 người cao tuổi ở các tuổi 70, 75, 80, 85, 90 và trên 100 tuổi; Chủ tịch nước gửi thiếp và quà mừng thọ 100 tuổi cho 196 cụ, mỗi cụ 5 mét vải lụa và 500.000 đồng.
Quỹ chăm sóc và phát huy vai trò người cao tuổi ở cơ sở được duy trì tại 617/637 xã, phường, thị trấn, tổng số dư quỹ đạt khoảng 14,6 tỷ đồng. Hội đã vận động xây dựng và sửa chữa 83 ngôi nhà cho hội viên nghèo; 1.240 cụ được vay vốn phát triển kinh tế với tổng dư nợ gần 21 tỷ đồng. Tỷ lệ người cao tuổi có thẻ bảo hiểm y tế đạt 78,4%.
Ban Đại diện Hội tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 27-CT/TU ngày 12/5/2011 về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác người cao tuổi, và phối hợp Sở Lao động - Thương binh và Xã hội hướng dẫn thực hiện Nghị định 06/2011/NĐ-CP ngày 14/1/2011 của Chính phủ quy định chi tiết một số điều của Luật Người cao tuổi.
Tại hội nghị, cụ Cầm Bá Xiêm, Trưởng Ban Đại diện Hội Người cao tuổi huyện Bá Thước, chia sẻ kinh nghiệm vận động con cháu người Thái, người Mường phụng dưỡng ông bà, cha mẹ. Cụ Mai Thị Nhung, Chi hội trưởng Chi hội Người cao tuổi thôn Đông Hòa, xã Quảng Phong, đề nghị hỗ trợ kinh phí cho các câu lạc bộ "Ông bà cháu thảo hiền".
Phát biểu chỉ đạo, bà Phạm Thị Hằng ghi nhận những đóng góp của người cao tuổi trong phong trào "Tuổi cao - gương sáng" và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"; yêu cầu các ngành thực hiện đầy đủ chế độ trợ cấp xã hội cho người từ 80 tuổi trở lên không có lương hưu.
Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen cho 8 tập thể và 15 cá nhân; UBND tỉnh tặng Bằng khen cho 21 tập thể có thành tích xuất sắc.
Văn Thành
Lượt xem: 1.034
Tin liên quan
- Thọ Xuân: mừng thọ 2.100 người cao tuổi dịp đầu xuân (05/02/2011)
- Ra mắt 12 câu lạc bộ liên thế hệ tự giúp nhau (14/11/2011)
- Hội Người cao tuổi huyện Nga Sơn sơ kết 6 tháng (20/07/2011)
""", "2011-12-28", "Hội Người cao tuổi tỉnh tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Lê Đình Thuấn", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Phạm Thị Hằng", "Phó Chủ tịch UBND tỉnh"),
 P("Hoàng Văn Luyện", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Cầm Bá Xiêm", "Trưởng Ban Đại diện Hội Người cao tuổi huyện Bá Thước"),
 P("Mai Thị Nhung", "Chi hội trưởng Chi hội Người cao tuổi thôn Đông Hòa")],
[Q("64 đại biểu", 64, "đại biểu"), Q("hơn 360.000 người cao tuổi", 360000, "người cao tuổi", "over"),
 Q("4.215 cụ", 4215, "cụ"), Q("52.460 người cao tuổi", 52460, "người cao tuổi"), Q("196 cụ", 196, "cụ"),
 Q("5 mét vải lụa", 5, "mét"), Q("500.000 đồng", 500000, "đồng"), Q("617/637 xã, phường, thị trấn", 617, "xã, phường, thị trấn"),
 Q("khoảng 14,6 tỷ đồng", 14600000000, "đồng", "approx"), Q("83 ngôi nhà", 83, "ngôi nhà"), Q("1.240 cụ", 1240, "cụ"),
 Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("78,4%", 78.4, "%"), Q("8 tập thể", 8, "tập thể"),
 Q("15 cá nhân", 15, "cá nhân"), Q("21 tập thể", 21, "tập thể")],
[D("Chỉ thị", "27", "CT/TU", "2011-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 27-CT/TU ngày 12/5/2011"),
 D("Nghị định", "06", "2011/NĐ-CP", "2011-01-14", "Chính phủ", "Nghị định 06/2011/NĐ-CP ngày 14/1/2011 của Chính phủ")],
[prov("Thanh Hóa"), com("Quảng Phong")],
["HỘI NGƯỜI CAO TUỔI TỈNH THANH HÓA", "Trang chủ » Hoạt động Hội » Tin tức", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Ông bà cháu thảo hiền", "Tuổi cao - gương sáng", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
 "Luật Người cao tuổi", "Lượt xem: 1.034"],
["Thứ Tư, 28/12/2011 - 16:20", "năm 2011", "năm 2012", "90 tuổi trở lên", "70, 75, 80, 85, 90 và trên 100 tuổi",
 "100 tuổi", "80 tuổi trở lên", "Lượt xem: 1.034"]))

PAGES.append(page("b3798-quangnam-nhatinhnghia-me-2012", """
Cổng thông tin điện tử huyện Điện Bàn - Quảng Nam
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật: 09:42, 25/07/2012 (GMT+7)
Bí thư Huyện ủy Điện Bàn trao nhà tình nghĩa cho Mẹ Việt Nam anh hùng.
Trao 5 ngôi nhà tình nghĩa cho Mẹ Việt Nam anh hùng nhân kỷ niệm 65 năm Ngày Thương binh - Liệt sĩ
Sáng 24/7, tại xã Điện Thắng Bắc, Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện Điện Bàn tổ chức lễ bàn giao 5 ngôi nhà tình nghĩa cho 5 Mẹ Việt Nam anh hùng đang còn sống ở các xã Điện Thắng Bắc, Điện Phước, Điện Hòa và Điện Quang. Mỗi ngôi nhà được xây dựng với kinh phí 55 triệu đồng, trích từ Quỹ "Đền ơn đáp nghĩa" huyện và sự đóng góp của các doanh nghiệp.
Dự buổi lễ có ông Trần Văn Cận, Tỉnh ủy viên, Bí thư Huyện ủy Điện Bàn; bà Nguyễn Thị Thu Lan, Phó Chủ tịch UBND huyện; ông Lê Văn Dũng, Trưởng phòng Lao động - Thương binh và Xã hội huyện cùng đại diện các nhà tài trợ.
Theo ông Lê Văn Dũng, Điện Bàn là địa phương có số Mẹ Việt Nam anh hùng đông nhất tỉnh, với 1.122 mẹ được phong tặng, truy tặng danh hiệu; hiện còn 37 mẹ đang sống. Thực hiện Kế hoạch số 78/KH-UBND ngày 11/4/2012 của UBND huyện về phong trào "Đền ơn đáp nghĩa", từ đầu năm đến nay toàn huyện đã vận động trên 1,8 tỷ đồng, xây mới 26 nhà tình nghĩa, sửa chữa 41 nhà cho gia đình chính sách; 100% Mẹ Việt Nam anh hùng còn sống được các cơ quan, đơn vị nhận phụng dưỡng suốt đời.
Phát biểu tại buổi lễ, ông Trần Văn Cận bày tỏ lòng biết ơn vô hạn đối với sự hy sinh to lớn của các mẹ, đề nghị các xã, thị trấn tiếp tục rà soát, không để gia đình chính sách nào có mức sống thấp hơn mức sống trung bình của người dân nơi cư trú, theo tinh thần Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy.
Mẹ Nguyễn Thị Thứ (92 tuổi, xã Điện Thắng Bắc), có 6 người con và 2 cháu là liệt sĩ, xúc động cảm ơn Đảng, Nhà nước và các nhà hảo tâm. Mẹ Phan Thị Mót (89 tuổi, xã Điện Phước) nay đã có ngôi nhà kiên cố để ở với con cháu.
Dịp này, ông Huỳnh Tấn Phát, Giám đốc Công ty TNHH Tân Phát, trao 37 suất quà, mỗi suất 1 triệu đồng, cho 37 Mẹ Việt Nam anh hùng trong huyện.
Cũng trong dịp này, Ban Thường vụ Huyện đoàn Điện Bàn ra quân chiến dịch "Tri ân" với 120 đoàn viên, thanh niên tham gia dọn dẹp, chăm sóc phần mộ liệt sĩ tại nghĩa trang liệt sĩ huyện và thắp nến tri ân vào tối 26/7. Hội Liên hiệp Phụ nữ huyện nhận chăm sóc thêm 12 gia đình chính sách neo đơn.
Hoài Thương
Tin khác
- Điện Bàn: chi trả trợ cấp ưu đãi tháng 7 cho người có công (18/07/2012)
- Khởi công 10 nhà tình nghĩa tại xã Điện Ngọc (02/07/2012)
- Viếng nghĩa trang liệt sĩ huyện (27/07/2011)
""", "2012-07-25", "Trao 5 ngôi nhà tình nghĩa cho Mẹ Việt Nam anh hùng nhân kỷ niệm 65 năm Ngày Thương binh - Liệt sĩ",
E("trao_qua", None, "2012-07-24"),
[P("Trần Văn Cận", "Tỉnh ủy viên", "Bí thư Huyện ủy Điện Bàn"),
 P("Nguyễn Thị Thu Lan", "Phó Chủ tịch UBND huyện"),
 P("Lê Văn Dũng", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("Nguyễn Thị Thứ"),
 P("Phan Thị Mót"),
 P("Huỳnh Tấn Phát", "Giám đốc Công ty TNHH Tân Phát")],
[Q("5 ngôi nhà tình nghĩa", 5, "ngôi nhà tình nghĩa"), Q("5 Mẹ Việt Nam anh hùng", 5, "Mẹ Việt Nam anh hùng"),
 Q("55 triệu đồng", 55000000, "đồng"), Q("1.122 mẹ", 1122, "mẹ"), Q("37 mẹ", 37, "mẹ"),
 Q("trên 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("26 nhà tình nghĩa", 26, "nhà tình nghĩa"), Q("41 nhà", 41, "nhà"),
 Q("100%", 100, "%"), Q("6 người con", 6, "người con"), Q("2 cháu", 2, "cháu"), Q("37 suất quà", 37, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("120 đoàn viên, thanh niên", 120, "đoàn viên, thanh niên"),
 Q("12 gia đình chính sách neo đơn", 12, "gia đình chính sách neo đơn")],
[D("Kế hoạch", "78", "KH-UBND", "2012-04-11", "UBND huyện", "Kế hoạch số 78/KH-UBND ngày 11/4/2012 của UBND huyện"),
 D("Chỉ thị", "07", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy"),
 D("Chỉ thị", "08", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 07, 08-CT/HU của Ban Thường vụ Huyện ủy")],
[prov("Quảng Nam"), com("Điện Thắng Bắc"), com("Điện Phước"), com("Điện Hòa"), com("Điện Quang")],
["Cổng thông tin điện tử huyện Điện Bàn - Quảng Nam", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội",
 "Bí thư Huyện ủy Điện Bàn trao nhà tình nghĩa cho Mẹ Việt Nam anh hùng.", "Đền ơn đáp nghĩa", "Công ty TNHH Tân Phát", "Tri ân"],
["Cập nhật: 09:42, 25/07/2012 (GMT+7)", "65 năm", "92 tuổi", "89 tuổi"]))

PAGES.append(page("b3799-daklak-ea-tul-mungtho-2013", """
ỦY BAN NHÂN DÂN XÃ EA TUL - HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK
Trang chủ > Tin tức > Hoạt động đoàn thể
08:15 | 02/10/2013
Các cụ cao tuổi buôn Sut M'grư nhận quà mừng thọ. Ảnh: H'Nhi
Xã Ea Tul mừng thọ 146 người cao tuổi nhân Ngày Quốc tế Người cao tuổi
Sáng 30/9, Hội Người cao tuổi xã Ea Tul phối hợp với UBND xã tổ chức lễ mừng thọ, chúc thọ cho 146 người cao tuổi ở tuổi 70, 75, 80, 85, 90 và trên 90 tuổi, nhân kỷ niệm Ngày Quốc tế Người cao tuổi 1/10 và 72 năm Ngày truyền thống người cao tuổi Việt Nam.
Tới dự có ông Y Khuê Niê, Phó Chủ tịch UBND xã; bà H'Bia Êban, Chủ tịch Hội Liên hiệp Phụ nữ xã; cụ Y Blông Mlô, Chủ tịch Hội Người cao tuổi xã cùng đông đảo con cháu các cụ đến từ 18 buôn trên địa bàn.
Báo cáo tại buổi lễ, cụ Y Blông Mlô cho biết toàn xã có 712 người cao tuổi, chiếm 7,9% dân số, trong đó người đồng bào Êđê chiếm gần 60%. Hội có 18 chi hội với 604 hội viên; năm 2013 kết nạp 35 hội viên mới. Quỹ chăm sóc người cao tuổi của xã hiện có 46,2 triệu đồng, do hội viên đóng góp và các nhà hảo tâm hỗ trợ. Các chi hội đã thăm hỏi 57 lượt cụ ốm đau, tặng 2 xe lăn cho cụ bị tai biến.
Thực hiện Hướng dẫn số 05/HD-NCT ngày 15/8/2013 của Hội Người cao tuổi huyện, năm nay Hội xã chọn 9 cụ có nhiều đóng góp trong hòa giải tranh chấp đất đai, giữ gìn bản sắc văn hóa cồng chiêng để đề nghị biểu dương gương "Tuổi cao - gương sáng".
Tại buổi lễ, UBND xã trao quà mừng thọ cho các cụ, mỗi phần quà gồm khăn, áo và 200.000 đồng; riêng 4 cụ tròn 90 tuổi được nhận thiếp chúc thọ của UBND huyện. Già làng Y Djhang Byă, buôn Sut M'grư, 94 tuổi, thay mặt các cụ phát biểu cảm ơn, hứa tiếp tục động viên con cháu không nghe kẻ xấu xúi giục, giữ gìn buôn làng bình yên.
Dịp này, ông Y Khuê Niê trao 10 thẻ bảo hiểm y tế cho người cao tuổi thuộc hộ cận nghèo và đề nghị các buôn duy trì câu lạc bộ dưỡng sinh, cồng chiêng của người cao tuổi. Chương trình văn nghệ do đội chiêng buôn Ea Kmar biểu diễn đã góp phần tạo không khí vui tươi, ấm cúng.
Được biết, năm 2013, Hội Người cao tuổi tỉnh Đắk Lắk chọn xã Ea Tul là một trong những điểm xây dựng mô hình câu lạc bộ liên thế hệ tự giúp nhau ở vùng đồng bào dân tộc thiểu số. Sau buổi lễ, con cháu các cụ cùng ăn cơm thân mật, nhiều gia đình mời các cụ uống rượu cần, đánh chiêng mừng thọ theo phong tục của người Êđê, Mnông, trong không khí đầm ấm, vui vẻ.
H'Nhi Ayun
Số lượt truy cập: 20.417
Tin liên quan
- Ea Tul ra quân vệ sinh môi trường (20/09/2013)
- Xã Ea Tul tổ chức hội nghị tiếp xúc cử tri (11/09/2013)
- Hội Phụ nữ xã ra mắt tổ tiết kiệm (28/08/2013)
""", "2013-10-02", "Xã Ea Tul mừng thọ 146 người cao tuổi nhân Ngày Quốc tế Người cao tuổi",
E("trao_qua", None, "2013-09-30"),
[P("Y Khuê Niê", "Phó Chủ tịch UBND xã"),
 P("H'Bia Êban", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Y Blông Mlô", "Chủ tịch Hội Người cao tuổi xã"),
 P("Y Djhang Byă", "Già làng")],
[Q("146 người cao tuổi", 146, "người cao tuổi"), Q("18 buôn", 18, "buôn"), Q("712 người cao tuổi", 712, "người cao tuổi"),
 Q("7,9%", 7.9, "%"), Q("gần 60%", 60, "%", "approx"), Q("18 chi hội", 18, "chi hội"), Q("604 hội viên", 604, "hội viên"),
 Q("35 hội viên mới", 35, "hội viên mới"), Q("46,2 triệu đồng", 46200000, "đồng"), Q("57 lượt cụ", 57, "lượt cụ"),
 Q("2 xe lăn", 2, "xe lăn"), Q("9 cụ", 9, "cụ"), Q("200.000 đồng", 200000, "đồng"), Q("4 cụ", 4, "cụ"),
 Q("10 thẻ bảo hiểm y tế", 10, "thẻ bảo hiểm y tế")],
[D("Hướng dẫn", "05", "HD-NCT", "2013-08-15", "Hội Người cao tuổi huyện", "Hướng dẫn số 05/HD-NCT ngày 15/8/2013 của Hội Người cao tuổi huyện")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ỦY BAN NHÂN DÂN XÃ EA TUL - HUYỆN CƯ M'GAR - TỈNH ĐẮK LẮK", "Trang chủ > Tin tức > Hoạt động đoàn thể",
 "Các cụ cao tuổi buôn Sut M'grư nhận quà mừng thọ. Ảnh: H'Nhi", "Tuổi cao - gương sáng", "Số lượt truy cập: 20.417"],
["08:15 | 02/10/2013", "70, 75, 80, 85, 90 và trên 90 tuổi", "72 năm", "1/10", "90 tuổi", "94 tuổi", "năm 2013", "Số lượt truy cập: 20.417"]))

PAGES.append(page("b3800-soctrang-hnct-soket-2014", """
Báo Sóc Trăng Online
Xã hội » Người cao tuổi
Ngày đăng 09/07/2014 | 15:30
Hội Người cao tuổi tỉnh: nhiều hoạt động chăm lo hội viên khó khăn
(STO) - Ngày 8/7, Ban Đại diện Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lâm Văn Sên, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Kim Hằng
Theo báo cáo, 6 tháng qua, các cấp hội đã vận động xây dựng Quỹ chăm sóc và phát huy vai trò người cao tuổi được hơn 2,3 tỷ đồng, nâng tổng số dư quỹ toàn tỉnh lên 9,8 tỷ đồng. Hội đã phối hợp tổ chức mừng thọ cho 8.932 cụ, trong đó có 1.207 cụ là đồng bào Khmer; thăm, tặng 3.600 phần quà Tết cho hội viên nghèo, mỗi phần trị giá 300.000 đồng. Từ nguồn vận động, các cấp hội đã hỗ trợ xây dựng 14 căn nhà đại đoàn kết cho hội viên, trị giá 35 triệu đồng/căn.
Phong trào "Tuổi cao - gương sáng" tiếp tục lan tỏa, toàn tỉnh có 13.560 người cao tuổi tham gia các tổ hòa giải, tổ an ninh trật tự ở ấp, khóm; 286 câu lạc bộ liên thế hệ tự giúp nhau được duy trì sinh hoạt. Tỷ lệ chi hội đạt khá, tốt là 87%.
Tại hội nghị, đại biểu thảo luận về khó khăn trong việc thực hiện trợ cấp xã hội cho người cao tuổi theo Nghị định số 136/2013/NĐ-CP ngày 21/10/2013 của Chính phủ, nhất là việc xác nhận đối tượng ở vùng sâu. Đại đức Thạch Sô Phane, trụ trì chùa Bưng Cóc, Ủy viên Ban Đại diện Hội Người cao tuổi huyện Mỹ Xuyên, đề nghị Hội tỉnh hỗ trợ thêm tài liệu song ngữ Việt - Khmer cho các chi hội sinh hoạt tại chùa.
Bà Lý Thị Sa Quênh, Chi hội trưởng Chi hội Người cao tuổi ấp Bưng Cóc, xã Thạnh Phú, cho biết chi hội có 72 hội viên, đã vận động con cháu đóng góp được khoảng 18 triệu đồng để thăm hỏi hội viên ốm đau.
Phát biểu kết luận, ông Lâm Văn Sên yêu cầu 6 tháng cuối năm các cấp hội tiếp tục triển khai Kế hoạch số 12-KH/BĐD ngày 20/2/2014 của Ban Đại diện Hội Người cao tuổi tỉnh và Chương trình hành động số 34-CTr/TU của Tỉnh ủy về công tác người cao tuổi giai đoạn 2011 - 2015; chuẩn bị tốt các điều kiện tiến tới đại hội Hội Người cao tuổi các cấp nhiệm kỳ 2016 - 2021.
Dịp này, ông Kim Ngọc Thái, Phó Chủ tịch UBND tỉnh, trao Bằng khen của UBND tỉnh cho 6 tập thể, 11 cá nhân.
Hội nghị cũng thống nhất tổ chức các hoạt động hưởng ứng Tháng hành động vì người cao tuổi Việt Nam, vận động con cháu, dòng họ, các chùa Khmer cùng chăm lo cho những cụ cô đơn, không nơi nương tựa.
Kim Hằng
Tin cùng chuyên mục
- Mỹ Tú: hơn 1.000 người cao tuổi được cấp thẻ bảo hiểm y tế (03/07/2014)
- Ngã Năm trao 20 căn nhà tình thương (25/06/2014)
- Hội thao người cao tuổi thị xã Vĩnh Châu (12/06/2014)
""", "2014-07-09", "Hội Người cao tuổi tỉnh: nhiều hoạt động chăm lo hội viên khó khăn",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Lâm Văn Sên", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Thạch Sô Phane", "Đại đức", "trụ trì chùa Bưng Cóc", "Ủy viên Ban Đại diện Hội Người cao tuổi huyện Mỹ Xuyên"),
 P("Lý Thị Sa Quênh", "Chi hội trưởng Chi hội Người cao tuổi ấp Bưng Cóc"),
 P("Kim Ngọc Thái", "Phó Chủ tịch UBND tỉnh")],
[Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("8.932 cụ", 8932, "cụ"),
 Q("1.207 cụ", 1207, "cụ"), Q("3.600 phần quà", 3600, "phần quà"), Q("300.000 đồng", 300000, "đồng"),
 Q("14 căn nhà đại đoàn kết", 14, "căn nhà đại đoàn kết"), Q("35 triệu đồng", 35000000, "đồng"),
 Q("13.560 người cao tuổi", 13560, "người cao tuổi"), Q("286 câu lạc bộ liên thế hệ tự giúp nhau", 286, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("87%", 87, "%"), Q("72 hội viên", 72, "hội viên"), Q("khoảng 18 triệu đồng", 18000000, "đồng", "approx"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Nghị định", "136", "2013/NĐ-CP", "2013-10-21", "Chính phủ", "Nghị định số 136/2013/NĐ-CP ngày 21/10/2013 của Chính phủ"),
 D("Kế hoạch", "12", "KH/BĐD", "2014-02-20", "Ban Đại diện Hội Người cao tuổi tỉnh", "Kế hoạch số 12-KH/BĐD ngày 20/2/2014"),
 D("Chương trình hành động", "34", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 34-CTr/TU của Tỉnh ủy")],
[prov("Sóc Trăng"), com("Thạnh Phú")],
["Báo Sóc Trăng Online", "Xã hội » Người cao tuổi", "(STO)", "Quang cảnh hội nghị. Ảnh: Kim Hằng", "Tuổi cao - gương sáng", "Tháng hành động vì người cao tuổi Việt Nam"],
["Ngày đăng 09/07/2014 | 15:30", "6 tháng đầu năm 2014", "6 tháng cuối năm", "2011 - 2015", "2016 - 2021"]))

PAGES.append(page("b3801-nghean-hdnd-giamsat-nguoicocong-2015", """
HĐND TỈNH NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ
Hoạt động giám sát :: Ban Văn hóa - Xã hội
18-09-2015 10:40
Đoàn giám sát làm việc với UBND huyện Thanh Chương.
Giám sát việc thực hiện chính sách đối với người có công tại Thanh Chương
Ngày 16/9/2015, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Nguyễn Thị Lan Hương, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách ưu đãi người có công với cách mạng năm 2015 tại huyện Thanh Chương. Cùng dự có ông Đậu Văn Thanh, Phó Giám đốc Sở Lao động - Thương binh và Xã hội.
Báo cáo của UBND huyện cho biết, toàn huyện hiện có 9.846 đối tượng người có công đang hưởng trợ cấp ưu đãi hằng tháng, với tổng kinh phí chi trả mỗi tháng khoảng 14,2 tỷ đồng; có 148 Bà mẹ Việt Nam anh hùng, hiện còn sống 11 mẹ. Thực hiện Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ về hỗ trợ người có công với cách mạng về nhà ở, huyện đã hỗ trợ xây mới 312 nhà, sửa chữa 540 nhà với tổng kinh phí hơn 19,7 tỷ đồng, đạt 96,3% kế hoạch.
Phong trào "Đền ơn đáp nghĩa" được triển khai sâu rộng; Quỹ "Đền ơn đáp nghĩa" của huyện năm 2015 vận động được 1,26 tỷ đồng. 100% xã, thị trấn đạt tiêu chuẩn "Xã, phường làm tốt công tác thương binh, liệt sĩ và người có công". Huyện đã trao 45 sổ tiết kiệm tình nghĩa, mỗi sổ trị giá 3 triệu đồng.
Làm việc tại xã Thanh Lĩnh, đoàn ghi nhận còn 7 hồ sơ đề nghị xác nhận người hoạt động kháng chiến bị nhiễm chất độc hóa học tồn đọng từ nhiều năm. Ông Phan Đình Sâm, Chủ tịch UBND xã Thanh Lĩnh, kiến nghị tỉnh sớm có hướng dẫn giải quyết dứt điểm. Bà Lô Thị Kim Ngân, Phó Chủ tịch UBND xã Hạnh Lâm, đề nghị nâng mức hỗ trợ nhà ở cho gia đình chính sách người Thái ở vùng khó khăn.
Kết luận buổi giám sát, bà Nguyễn Thị Lan Hương đề nghị UBND huyện tiếp tục thực hiện Chỉ thị số 23-CT/TU ngày 05/3/2014 của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo công tác người có công; rà soát, không để sót đối tượng; công khai, minh bạch trong xét duyệt hỗ trợ nhà ở; quan tâm chăm sóc các Mẹ Việt Nam anh hùng còn sống, phân công cơ quan, đơn vị nhận phụng dưỡng các mẹ.
Theo kế hoạch, từ nay đến cuối tháng 10, đoàn sẽ giám sát tại 5 huyện, thị xã và các sở, ngành liên quan, tổng hợp báo cáo tại kỳ họp thứ 15 HĐND tỉnh khóa XVI. Nghệ An là một trong những địa phương có số lượng người có công đông nhất cả nước.
Thu Hà
Các tin đã đưa
- Ban Pháp chế HĐND tỉnh giám sát công tác thi hành án dân sự (11/09/2015)
- Thường trực HĐND tỉnh giao ban quý III (08/09/2015)
- Tiếp xúc cử tri trước kỳ họp thứ 15 (25/08/2015)
""", "2015-09-18", "Giám sát việc thực hiện chính sách đối với người có công tại Thanh Chương",
E("giam_sat", "2015", "2015-09-16"),
[P("Nguyễn Thị Lan Hương", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đậu Văn Thanh", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Phan Đình Sâm", "Chủ tịch UBND xã Thanh Lĩnh"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch UBND xã Hạnh Lâm")],
[Q("9.846 đối tượng người có công", 9846, "đối tượng người có công"), Q("khoảng 14,2 tỷ đồng", 14200000000, "đồng", "approx"),
 Q("148 Bà mẹ Việt Nam anh hùng", 148, "Bà mẹ Việt Nam anh hùng"), Q("11 mẹ", 11, "mẹ"), Q("312 nhà", 312, "nhà"),
 Q("540 nhà", 540, "nhà"), Q("hơn 19,7 tỷ đồng", 19700000000, "đồng", "over"), Q("96,3%", 96.3, "%"),
 Q("1,26 tỷ đồng", 1260000000, "đồng"), Q("100%", 100, "%"), Q("45 sổ tiết kiệm tình nghĩa", 45, "sổ tiết kiệm tình nghĩa"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("7 hồ sơ", 7, "hồ sơ"), Q("5 huyện, thị xã", 5, "huyện, thị xã")],
[D("Quyết định", "22", "2013/QĐ-TTg", "2013-04-26", "Thủ tướng Chính phủ", "Quyết định số 22/2013/QĐ-TTg ngày 26/4/2013 của Thủ tướng Chính phủ"),
 D("Chỉ thị", "23", "CT/TU", "2014-03-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 23-CT/TU ngày 05/3/2014 của Ban Thường vụ Tỉnh ủy")],
[prov("Nghệ An"), com("Thanh Lĩnh"), com("Hạnh Lâm")],
["HĐND TỈNH NGHỆ AN - TRANG THÔNG TIN ĐIỆN TỬ", "Hoạt động giám sát :: Ban Văn hóa - Xã hội",
 "Đoàn giám sát làm việc với UBND huyện Thanh Chương.", "Đền ơn đáp nghĩa",
 "Xã, phường làm tốt công tác thương binh, liệt sĩ và người có công"],
["18-09-2015 10:40", "năm 2015", "kỳ họp thứ 15", "khóa XVI", "tháng 10"]))

PAGES.append(page("b3802-hagiang-xa-daihoi-nct-2016", """
Trang thông tin điện tử xã Lũng Cú - huyện Đồng Văn
Trang chủ | Tin tức | Mặt trận - Đoàn thể
Thứ Ba, 22/03/2016
Đại biểu biểu quyết thông qua nghị quyết đại hội.
Đại hội đại biểu Hội Người cao tuổi xã Lũng Cú lần thứ IV, nhiệm kỳ 2016 - 2021
Trong 2 ngày 19 và 20/3/2016, Hội Người cao tuổi xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang long trọng tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2016 - 2021. Về dự có ông Vàng Mí Lử, Bí thư Đảng ủy xã; ông Sùng Đại Dếnh, Phó Trưởng Ban Đại diện Hội Người cao tuổi huyện Đồng Văn cùng 95 đại biểu đại diện cho hơn 480 hội viên của 9 chi hội.
Nhiệm kỳ 2011 - 2016, Hội đã phát triển thêm 116 hội viên; các chi hội duy trì sinh hoạt đều đặn, lồng ghép tuyên truyền xóa bỏ hủ tục trong ma chay, cưới xin. Quỹ chăm sóc người cao tuổi đạt hơn 31 triệu đồng. Nhiều cụ là người Mông, người Lô Lô gương mẫu đi đầu vận động con cháu không trồng cây thuốc phiện, không di cư tự do, tham gia hiến 3.200 m2 đất làm đường bê tông vào thôn. Hội đã phối hợp mừng thọ 207 lượt cụ và vận động xây 3 nhà tình nghĩa cho hội viên là thân nhân liệt sĩ.
Phát biểu chỉ đạo, ông Vàng Mí Lử đề nghị Hội tiếp tục thực hiện Nghị quyết số 05-NQ/ĐU ngày 10/1/2016 của Đảng ủy xã về phát triển kinh tế gắn với giữ gìn bản sắc văn hóa; phát huy vai trò người cao tuổi trong dòng họ, già làng, trưởng bản; phấn đấu đến năm 2021 có trên 90% người cao tuổi tham gia sinh hoạt hội.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 9 đồng chí. Cụ Lò Văn Páo được bầu làm Chủ tịch Hội Người cao tuổi xã Lũng Cú khóa IV; cụ Giàng Thị Dung được bầu làm Phó Chủ tịch Hội. Đại hội cũng bầu 3 đại biểu đi dự Đại hội Hội Người cao tuổi huyện Đồng Văn lần thứ IV.
Đại hội thống nhất các chỉ tiêu nhiệm kỳ 2016 - 2021: mỗi năm kết nạp ít nhất 40 hội viên mới; 100% chi hội xây dựng quỹ; 85% gia đình người cao tuổi đạt danh hiệu "Gia đình văn hóa".
Dịp này, UBND xã tặng Giấy khen cho 5 tập thể và 12 cá nhân có thành tích trong công tác Hội nhiệm kỳ qua.
Ngay sau phiên bế mạc, Ban Chấp hành khóa mới đã họp phiên thứ nhất, phân công nhiệm vụ cho từng ủy viên phụ trách các chi hội thôn. Các cụ cũng thống nhất duy trì nếp sinh hoạt vào ngày 15 hằng tháng, đưa nội dung tuyên truyền về Luật Người cao tuổi, về phòng, chống mua bán người và về giữ gìn an ninh biên giới vào sinh hoạt chi hội. Nhiều con cháu đã đến chúc mừng các cụ trong Ban Chấp hành mới, bày tỏ mong muốn được các cụ tiếp tục dìu dắt, truyền dạy tiếng nói, chữ viết, dân ca và nghề thêu của dân tộc mình.
Mua Mí Say - Cán bộ văn hóa xã
Lượt truy cập: 3.518
Tin khác
- Lũng Cú: ra quân trồng cây đầu xuân (15/02/2016)
- Hội Nông dân xã tổ chức đại hội chi hội (05/03/2016)
- Thăm, tặng quà gia đình chính sách dịp Tết (02/02/2016)
""", "2016-03-22", "Đại hội đại biểu Hội Người cao tuổi xã Lũng Cú lần thứ IV, nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-03-19"),
[P("Vàng Mí Lử", "Bí thư Đảng ủy xã"),
 P("Sùng Đại Dếnh", "Phó Trưởng Ban Đại diện Hội Người cao tuổi huyện Đồng Văn"),
 P("Lò Văn Páo", "Chủ tịch Hội Người cao tuổi xã Lũng Cú khóa IV"),
 P("Giàng Thị Dung", "Phó Chủ tịch Hội")],
[Q("95 đại biểu", 95, "đại biểu"), Q("hơn 480 hội viên", 480, "hội viên", "over"), Q("9 chi hội", 9, "chi hội"),
 Q("116 hội viên", 116, "hội viên"), Q("hơn 31 triệu đồng", 31000000, "đồng", "over"), Q("3.200 m2", 3200, "m2"),
 Q("207 lượt cụ", 207, "lượt cụ"), Q("3 nhà tình nghĩa", 3, "nhà tình nghĩa"), Q("trên 90%", 90, "%", "over"),
 Q("9 đồng chí", 9, "đồng chí"), Q("3 đại biểu", 3, "đại biểu"), Q("ít nhất 40 hội viên mới", 40, "hội viên mới", "over"),
 Q("100%", 100, "%"), Q("85%", 85, "%"), Q("5 tập thể", 5, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Nghị quyết", "05", "NQ/ĐU", "2016-01-10", "Đảng ủy xã", "Nghị quyết số 05-NQ/ĐU ngày 10/1/2016 của Đảng ủy xã")],
[prov("Hà Giang"), com("Lũng Cú")],
["Trang thông tin điện tử xã Lũng Cú - huyện Đồng Văn", "Trang chủ | Tin tức | Mặt trận - Đoàn thể",
 "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Gia đình văn hóa", "Luật Người cao tuổi", "Lượt truy cập: 3.518"],
["Thứ Ba, 22/03/2016", "lần thứ IV", "2016 - 2021", "2011 - 2016", "2 ngày", "9 đồng chí", "khóa IV", "Lượt truy cập: 3.518"]))
