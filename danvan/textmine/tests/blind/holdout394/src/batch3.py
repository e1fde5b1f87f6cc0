from lib import *
PAGES = []

PAGES.append(page("b9425-soctrang-bdv-giaoban-thang9-2022", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Hôm nay: Thứ Tư, 12/10/2022
Trang chủ | Tin tức - Sự kiện | Hoạt động dân vận
Ngày 07/10/2022 | 15:10
Chăm lo để đồng bào Khmer đón lễ Ok Om Bok vui tươi, an toàn
Sáng 6/10, Ban Dân vận Tỉnh ủy Sóc Trăng tổ chức giao ban công tác dân vận tháng 9/2022, triển khai nhiệm vụ tháng 10. Đồng chí Lâm Thị Sa Phol, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Trần Văn Lâu, Sơn Thị Ngọc Diễm, Phó Trưởng Ban Dân vận Tỉnh ủy.
Đồng chí Lâm Thị Sa Phol phát biểu kết luận buổi giao ban.
Trong tháng 9, khối dân vận đã phối hợp tổ chức thăm, chúc mừng 93 chùa Phật giáo Nam tông Khmer và các gia đình tiêu biểu nhân lễ Sene Dolta; trao 3.450 phần quà cho hộ nghèo đồng bào Khmer với tổng trị giá khoảng 1,7 tỷ đồng. Tình hình an ninh trật tự trong dịp lễ được giữ vững, không phát sinh vụ việc phức tạp.
Ban đã tham mưu tổ chức sơ kết 5 năm thực hiện Chỉ thị số 19-CT/TW ngày 10/01/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer; qua đó toàn tỉnh đã hỗ trợ xây dựng 1.268 căn nhà cho hộ nghèo Khmer, bê tông hóa 214 km đường nông thôn. Ban cũng ban hành kế hoạch số 118-KH/BDVTU về tổ chức các hoạt động Ngày hội Đại đoàn kết toàn dân tộc năm 2022.
Về công tác hòa giải ở cơ sở, các tổ hòa giải đã tiếp nhận 128 vụ việc mâu thuẫn, tranh chấp trong nhân dân, hòa giải thành 116 vụ, đạt 90,6%. Các cơ quan dân vận chính quyền tiếp 264 lượt công dân.
Tại giao ban, Hòa thượng Lâm Sơn Ny, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, đề nghị quan tâm bồi dưỡng cho 40 sư sãi đang theo học lớp Pali trung cấp. Đồng chí Quách Minh Phát, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy Vĩnh Châu cho biết nông dân xã Lai Hòa đang lo lắng vì giá hành tím giảm mạnh; thị xã đã vận động các doanh nghiệp thu mua 1.500 tấn hành cho bà con. Ông Thạch Sóc Khênh, Trưởng Ban Quản trị chùa Chrôi Tum Chas, xã Tham Đôn, chia sẻ việc chùa vận động phật tử xây 3 cây cầu nông thôn.
Kết luận giao ban, đồng chí Lâm Thị Sa Phol đề nghị tháng 10 các cơ quan tiếp tục thực hiện Nghị quyết 07, 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển vùng đồng bào Khmer và về công tác dân vận trong xây dựng nông thôn mới; chuẩn bị chu đáo cho Lễ hội Ok Om Bok - Đua ghe Ngo; nắm chắc tâm tư nông dân trồng hành, trồng lúa; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
Hữu Thọ
Lượt xem: 842
Tin cùng chuyên mục
- Trần Đề: giao ban khối dân vận quý III (03/10/2022)
- Thăm, chúc mừng các chùa Khmer nhân lễ Sene Dolta (22/09/2022)
- Hội thi "Dân vận khéo" năm 2022 (15/09/2022)
""", "2022-10-07", "Chăm lo để đồng bào Khmer đón lễ Ok Om Bok vui tươi, an toàn",
E("giao_ban", "2022-09", "2022-10-06"),
[P("Lâm Thị Sa Phol", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lâu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sơn Thị Ngọc Diễm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lâm Sơn Ny", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Quách Minh Phát", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy Vĩnh Châu"),
 P("Thạch Sóc Khênh", "Trưởng Ban Quản trị chùa Chrôi Tum Chas")],
[Q("93 chùa Phật giáo Nam tông Khmer", 93, "chùa Phật giáo Nam tông Khmer"), Q("3.450 phần quà", 3450, "phần quà"),
 Q("khoảng 1,7 tỷ đồng", 1700000000, "đồng", "approx"), Q("1.268 căn nhà", 1268, "căn nhà"), Q("214 km", 214, "km"),
 Q("128 vụ việc mâu thuẫn, tranh chấp", 128, "vụ việc mâu thuẫn, tranh chấp"), Q("116 vụ", 116, "vụ"),
 Q("90,6%", 90.6, "%"), Q("264 lượt công dân", 264, "lượt công dân"), Q("40 sư sãi", 40, "sư sãi"),
 Q("1.500 tấn", 1500, "tấn"), Q("3 cây cầu nông thôn", 3, "cây cầu nông thôn")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/01/2018"),
 D("Kế hoạch", "118", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 118-KH/BDVTU"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 07, 08-NQ/TU"),
 D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 07, 08-NQ/TU")],
[prov("Sóc Trăng"), com("Lai Hòa"), com("Tham Đôn")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Hoạt động dân vận",
 "Đồng chí Lâm Thị Sa Phol phát biểu kết luận buổi giao ban.", "Sene Dolta", "Ok Om Bok",
 "Ngày hội Đại đoàn kết toàn dân tộc", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Lượt xem: 842"],
["Hôm nay: Thứ Tư, 12/10/2022", "Ngày 07/10/2022 | 15:10", "tháng 9/2022", "5 năm", "năm 2022", "Lượt xem: 842"]))

PAGES.append(page("b9426-daknong-bdv-giaoban-quy2-2022", """
Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông
Chính trị » Xây dựng Đảng
2022-07-08 16:40
Khối dân vận giao ban quý II/2022: tập trung giải quyết tình trạng di cư tự do
Ngày 7/7, Ban Dân vận Tỉnh ủy Đắk Nông tổ chức hội nghị giao ban khối dân vận quý II năm 2022. Đồng chí Hồ Thị Thanh Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; cùng dự có các đồng chí Y Thơ Mlô, Thị Hương - Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị giao ban khối dân vận quý II. Ảnh: Ngọc Diệp
Theo báo cáo, trong quý II toàn tỉnh phát sinh 112 hộ di cư tự do với 486 khẩu, chủ yếu là đồng bào Mông từ các tỉnh phía Bắc đến các huyện Đắk Glong, Tuy Đức. Khối dân vận đã phối hợp với chính quyền vận động, sắp xếp ổn định cho 230 hộ vào các điểm quy hoạch dân cư; hỗ trợ 58 hộ làm thủ tục đăng ký thường trú. Tỉnh đang triển khai các dự án thuộc Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 144, 145-KH/TU về công tác dân vận đối với đồng bào di cư tự do và về vận động nhân dân trong vùng dự án bauxite; ban hành Hướng dẫn số 05-HD/BDVTU ngày 12/4/2022 về xây dựng mô hình "Bon, buôn không có đơn thư vượt cấp". Các hộ dân trong vùng dự án Alumin Nhân Cơ đã nhận khoảng 52 tỷ đồng tiền bồi thường, hỗ trợ.
Trong quý, các cơ quan khối dân vận đã tiếp 193 lượt công dân, tiếp nhận 87 đơn thư; đến nay đã giải quyết 64 đơn. Một số vụ tranh chấp đất giữa người dân với các công ty lâm nghiệp ở huyện Đắk Song, Tuy Đức vẫn tiềm ẩn nguy cơ phức tạp.
Tại hội nghị, đồng chí Lầu A Sinh, HUV, Trưởng Ban Dân vận Huyện ủy Đắk Glong cho biết huyện đã thành lập 6 tổ công tác bám các thôn có đông hộ di cư. Già làng Điểu Sóc, người có uy tín bon Bu Prăng, xã Quảng Trực, chia sẻ: bon đã có 27 hộ được giao đất làm nhà, bà con người Mnông và người mới đến sống đoàn kết. Đồng chí Nông Văn Quý, Bí thư Đảng ủy xã Đắk R'Măng, đề nghị tỉnh sớm bố trí vốn làm đường vào 2 thôn tái định cư.
Đồng chí Y Thơ Mlô thông tin về việc chuẩn bị tổ chức hội nghị gặp mặt 276 người có uy tín trong đồng bào dân tộc thiểu số toàn tỉnh vào tháng 8.
Kết luận hội nghị, đồng chí Hồ Thị Thanh Loan yêu cầu quý III, khối dân vận tập trung thực hiện các giải pháp ổn định dân di cư tự do; đẩy mạnh phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới; tăng cường nắm tình hình tôn giáo, nhất là các nhóm sinh hoạt đạo trái pháp luật; phối hợp giải quyết dứt điểm các vụ tranh chấp đất đai kéo dài, không để hình thành điểm nóng.
Đồng chí cũng yêu cầu các ban dân vận huyện ủy, thành ủy thực hiện nghiêm chế độ báo cáo định kỳ, báo cáo đột xuất khi có vụ việc phát sinh.
Minh Thanh
Lượt đọc: 1.305
Tin khác
- Tuy Đức: vận động đồng bào di cư tự do ổn định cuộc sống (29/06/2022)
- Giao ban khối dân vận quý I năm 2022 (08/04/2022)
- Gặp mặt người có uy tín huyện Krông Nô (17/05/2022)
""", "2022-07-08", "Khối dân vận giao ban quý II/2022: tập trung giải quyết tình trạng di cư tự do",
E("giao_ban", "2022-Q2", "2022-07-07"),
[P("Hồ Thị Thanh Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thơ Mlô", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thị Hương", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lầu A Sinh", "HUV", "Trưởng Ban Dân vận Huyện ủy Đắk Glong"),
 P("Điểu Sóc", "Già làng", "người có uy tín bon Bu Prăng"),
 P("Nông Văn Quý", "Bí thư Đảng ủy xã Đắk R'Măng")],
[Q("112 hộ di cư tự do", 112, "hộ di cư tự do"), Q("486 khẩu", 486, "khẩu"), Q("230 hộ", 230, "hộ"),
 Q("58 hộ", 58, "hộ"), Q("khoảng 52 tỷ đồng", 52000000000, "đồng", "approx"), Q("193 lượt công dân", 193, "lượt công dân"),
 Q("87 đơn thư", 87, "đơn thư"), Q("64 đơn", 64, "đơn"), Q("6 tổ công tác", 6, "tổ công tác"), Q("27 hộ", 27, "hộ"),
 Q("2 thôn tái định cư", 2, "thôn tái định cư"), Q("276 người có uy tín", 276, "người có uy tín")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg"),
 D("Kế hoạch", "144", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 144, 145-KH/TU"),
 D("Kế hoạch", "145", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 144, 145-KH/TU"),
 D("Hướng dẫn", "05", "HD/BDVTU", "2022-04-12", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 05-HD/BDVTU ngày 12/4/2022")],
[prov("Đắk Nông"), com("Quảng Trực"), com("Đắk R'Măng")],
["Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông", "Chính trị » Xây dựng Đảng",
 "Quang cảnh hội nghị giao ban khối dân vận quý II. Ảnh: Ngọc Diệp",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Bon, buôn không có đơn thư vượt cấp", "Alumin Nhân Cơ", "Dân vận khéo", "Lượt đọc: 1.305"],
["2022-07-08 16:40", "quý II năm 2022", "quý III", "Lượt đọc: 1.305"]))

PAGES.append(page("b9427-dienbien-bdv-giaoban-thang3-2023", """
Báo Điện Biên Phủ điện tử
Thời sự › Chính trị
Thứ Năm, 06/04/2023 - 10:30
Điện Biên: Ban Dân vận Tỉnh ủy giao ban tháng 3/2023
ĐBP - Sáng 5/4, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 3, triển khai nhiệm vụ tháng 4/2023. Đồng chí Lò Thị Bun, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì giao ban. Tham dự có đồng chí Tỉnh ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh Lò Văn Lả và lãnh đạo các tổ chức chính trị - xã hội tỉnh.
Tháng 3, khối dân vận tập trung tuyên truyền Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 sẽ có hiệu lực từ ngày 01/7/2023; tổ chức 36 hội nghị quán triệt cho trên 2.700 cán bộ, đảng viên. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quyết định số 1430-QĐ/TU ngày 14/3/2023 về kiện toàn Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh; ban hành hướng dẫn số 14-HD/BDVTU về xây dựng mô hình "Dân vận khéo" năm 2023.
Phong trào hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo tiếp tục được đẩy mạnh; từ đầu năm, các cấp đã hỗ trợ làm mới 540 căn nhà với tổng kinh phí 21,6 tỷ đồng, mỗi căn được hỗ trợ 40 triệu đồng. Đồng bào các dân tộc Thái, Mông, Khơ Mú, Hà Nhì tích cực tham gia hiến đất, góp công làm đường giao thông; 11 bản đã hoàn thành đường nội bản.
Tình hình tôn giáo cơ bản ổn định; tuy nhiên, tại xã Mường Nhé vẫn còn 4 nhóm sinh hoạt đạo trái pháp luật. Khối dân vận đã phối hợp với Bộ đội Biên phòng tỉnh vận động 18 hộ không nghe theo đối tượng xấu tuyên truyền "Nhà nước Mông". Trong tháng, các cơ quan dân vận tiếp nhận 23 đơn thư, đã chuyển cơ quan chức năng giải quyết 20 đơn.
Tại giao ban, đồng chí Thào A Tủa, Phó Trưởng Ban Dân vận Tỉnh ủy cho biết Ban đang khảo sát thực trạng đội ngũ 1.367 người có uy tín trên địa bàn tỉnh. Đồng chí Lò Văn Piêng, HUV, Trưởng Ban Dân vận Huyện ủy Mường Chà đề nghị bố trí kinh phí cho các tổ hòa giải ở bản. Chị Chu Thị Pứ, Bí thư Đoàn xã Sín Thầu, chia sẻ cách vận động thanh niên Hà Nhì không kết hôn sớm. Ông Vàng A Chứ, người có uy tín bản Che Phìn, xã Mường Phăng, cho biết bà con đã giải quyết xong 2 vụ tranh chấp đất rẫy giữa hai dòng họ.
Kết luận giao ban, đồng chí Lò Thị Bun đề nghị tháng 4 các đơn vị tiếp tục triển khai Luật Thực hiện dân chủ ở cơ sở; tổ chức tốt các hoạt động kỷ niệm 69 năm Chiến thắng Điện Biên Phủ; kiểm tra việc thực hiện Quy chế dân vận tại các cơ quan nhà nước; nắm chắc tình hình đồng bào ở các xã biên giới.
Hoàng Châu
Lượt xem: 716
Tin liên quan
- Nậm Pồ: giao ban khối dân vận quý I năm 2023 (31/03/2023)
- Tủa Chùa ra mắt mô hình "Dân vận khéo" (22/03/2023)
- Giao ban công tác dân vận tháng 2/2023 (07/03/2023)
""", "2023-04-06", "Điện Biên: Ban Dân vận Tỉnh ủy giao ban tháng 3/2023",
E("giao_ban", "2023-03", "2023-04-05"),
[P("Lò Thị Bun", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Lả", "Tỉnh ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thào A Tủa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Piêng", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Chà"),
 P("Chu Thị Pứ", "Bí thư Đoàn xã Sín Thầu"),
 P("Vàng A Chứ", "người có uy tín bản Che Phìn")],
[Q("36 hội nghị", 36, "hội nghị"), Q("trên 2.700 cán bộ, đảng viên", 2700, "cán bộ, đảng viên", "over"),
 Q("540 căn nhà", 540, "căn nhà"), Q("21,6 tỷ đồng", 21600000000, "đồng"), Q("40 triệu đồng", 40000000, "đồng"),
 Q("11 bản", 11, "bản"), Q("4 nhóm sinh hoạt đạo trái pháp luật", 4, "nhóm sinh hoạt đạo trái pháp luật"),
 Q("18 hộ", 18, "hộ"), Q("23 đơn thư", 23, "đơn thư"), Q("20 đơn", 20, "đơn"), Q("1.367 người có uy tín", 1367, "người có uy tín"),
 Q("2 vụ tranh chấp đất rẫy", 2, "vụ tranh chấp đất rẫy")],
[D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Quyết định", "1430", "QĐ/TU", "2023-03-14", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1430-QĐ/TU ngày 14/3/2023"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "hướng dẫn số 14-HD/BDVTU")],
[prov("Điện Biên"), com("Mường Nhé"), com("Sín Thầu"), com("Mường Phăng")],
["Báo Điện Biên Phủ điện tử", "Thời sự › Chính trị", "ĐBP", "Dân vận khéo", "Nhà nước Mông",
 "Chiến thắng Điện Biên Phủ", "Quy chế dân vận", "Lượt xem: 716"],
["Thứ Năm, 06/04/2023 - 10:30", "tháng 4/2023", "ngày 01/7/2023", "năm 2023", "69 năm", "Lượt xem: 716"]))

PAGES.append(page("b9428-binhphuoc-bdv-giaoban-quy1-2024", """
BÁO BÌNH PHƯỚC ONLINE
Chính trị » Dân vận
05/04/2024 16:20
Các đại biểu dự hội nghị giao ban. Ảnh: Thanh Xuân
Khối dân vận tỉnh giao ban quý I/2024
BP - Chiều 4/4, Ban Dân vận Tỉnh ủy Bình Phước tổ chức hội nghị giao ban khối dân vận quý I/2024. Đồng chí Lê Thị Kim Chi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng chủ trì có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Điểu Hiển, Nguyễn Văn Nam, Trương Thị Hà.
Quý I, khối dân vận các cấp đã phối hợp tổ chức chu đáo các hoạt động chăm lo Tết Giáp Thìn; trao 24.300 phần quà cho hộ nghèo, công nhân, người lao động với tổng trị giá hơn 14,5 tỷ đồng. Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 62-CTr/TU thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của BCH Trung ương về tiếp tục phát huy truyền thống, sức mạnh khối đại đoàn kết toàn dân tộc; tham mưu sơ kết Kết luận 12, 13-KL/TU về công tác vận động đồng bào dân tộc thiểu số tại chỗ và về công tác dân vận trong các doanh nghiệp có vốn đầu tư nước ngoài.
Theo kết quả rà soát, toàn tỉnh còn 1.526 hộ đồng bào dân tộc thiểu số thiếu đất sản xuất, tập trung ở các huyện Bù Gia Mập, Bù Đăng, Lộc Ninh. Chương trình "Mái ấm cho người nghèo" đã bàn giao 35 căn nhà cho đồng bào S'tiêng, Mnông.
Về tình hình công nhân, lao động, quý I có 4 cuộc ngừng việc tập thể tại các doanh nghiệp với khoảng 1.800 người tham gia; các cấp công đoàn đã phối hợp giải quyết ổn định, không để kéo dài. Các cơ quan trong khối tiếp nhận 76 đơn thư.
Tại hội nghị, đồng chí Điểu Minh Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Bù Đăng cho biết mô hình "Sóc không có người vi phạm pháp luật" đã được nhân rộng ra 17 sóc. Bà Thị Lợi, người có uy tín sóc Bom Bo, xã Bình Minh, kể việc vận động con cháu không bán đất, giữ đất sản xuất. Đồng chí Lâm Thị Sa Vy, Phó Bí thư Thường trực Đảng ủy xã Lộc Thành, đề nghị hỗ trợ giống cây trồng cho đồng bào Khmer.
Kết luận hội nghị, đồng chí Lê Thị Kim Chi đề nghị trong quý II các cơ quan tập trung tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ; tổ chức các hoạt động chào mừng Đại hội Mặt trận Tổ quốc các cấp; chủ động nắm tình hình trong công nhân, lao động, nhất là tại các khu công nghiệp; tiếp tục thực hiện phong trào thi đua "Dân vận khéo" gắn với xây dựng nông thôn mới, đô thị văn minh.
Đồng chí cũng nhấn mạnh yêu cầu làm tốt công tác dân vận của chính quyền, nhất là trong giải phóng mặt bằng các dự án giao thông trọng điểm; lắng nghe, tiếp thu ý kiến của nhân dân, giải quyết kịp thời những kiến nghị chính đáng.
Ngọc Bích
Lượt xem: 1.027
Tin liên quan
- Bù Gia Mập: giao ban khối dân vận quý I (02/04/2024)
- Tổng kết công tác dân vận năm 2023 (11/01/2024)
- Hớn Quản ra mắt mô hình "Dân vận khéo" (25/03/2024)
""", "2024-04-05", "Khối dân vận tỉnh giao ban quý I/2024",
E("giao_ban", "2024-Q1", "2024-04-04"),
[P("Lê Thị Kim Chi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Hiển", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Nam", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trương Thị Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Điểu Minh Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bù Đăng"),
 P("Thị Lợi", "người có uy tín sóc Bom Bo"),
 P("Lâm Thị Sa Vy", "Phó Bí thư Thường trực Đảng ủy xã Lộc Thành")],
[Q("24.300 phần quà", 24300, "phần quà"), Q("hơn 14,5 tỷ đồng", 14500000000, "đồng", "over"),
 Q("1.526 hộ đồng bào dân tộc thiểu số", 1526, "hộ đồng bào dân tộc thiểu số"), Q("35 căn nhà", 35, "căn nhà"),
 Q("4 cuộc ngừng việc tập thể", 4, "cuộc ngừng việc tập thể"), Q("khoảng 1.800 người", 1800, "người", "approx"),
 Q("76 đơn thư", 76, "đơn thư"), Q("17 sóc", 17, "sóc")],
[D("Chương trình hành động", "62", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "Chương trình hành động số 62-CTr/TU"),
 D("Nghị quyết", "43", "NQ/TW", "2023-11-24", "BCH Trung ương", "Nghị quyết số 43-NQ/TW ngày 24/11/2023"),
 D("Kết luận", "12", "KL/TU", None, None, "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, None, "Kết luận 12, 13-KL/TU")],
[prov("Bình Phước"), com("Bình Minh"), com("Lộc Thành")],
["BÁO BÌNH PHƯỚC ONLINE", "Chính trị » Dân vận", "Các đại biểu dự hội nghị giao ban. Ảnh: Thanh Xuân", "BP",
 "Mái ấm cho người nghèo", "Sóc không có người vi phạm pháp luật", "Dân vận khéo", "Chiến thắng Điện Biên Phủ",
 "Lượt xem: 1.027"],
["05/04/2024 16:20", "quý I/2024", "Tết Giáp Thìn", "70 năm", "quý II", "Lượt xem: 1.027"]))

PAGES.append(page("b9429-yenbai-bdv-giaoban-thang9-2024", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ > Tin tức > Hoạt động của Ban Dân vận
Thứ Ba, 08/10/2024 | 07:05
Giao ban công tác dân vận tháng 9: dồn sức giúp dân khắc phục hậu quả bão số 3
Ngày 7/10, Ban Dân vận Tỉnh ủy Yên Bái tổ chức giao ban công tác dân vận tháng 9/2024. Đồng chí Hà Thị Xuân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự giao ban có 32 đồng chí là lãnh đạo, chuyên viên Ban Dân vận Tỉnh ủy và trưởng ban dân vận các huyện ủy, thị ủy, thành ủy.
Toàn cảnh buổi giao ban.
Tháng 9, hoàn lưu bão số 3 gây mưa lớn, lũ quét, sạt lở đất trên diện rộng, làm 4.380 căn nhà bị hư hỏng, 146 hộ phải di dời khẩn cấp. Khối dân vận các cấp đã huy động 1.920 lượt đoàn viên, hội viên cùng 12.600 ngày công giúp nhân dân dọn dẹp, sửa chữa nhà cửa, trường học. Ủy ban MTTQ tỉnh đã tiếp nhận khoảng 58,6 tỷ đồng ủng hộ; phân bổ 3.500 suất quà cho các hộ bị thiệt hại nặng, mỗi suất trị giá 1 triệu đồng.
Ban đã hướng dẫn các huyện tuyên truyền Nghị quyết số 143/NQ-CP của Chính phủ về các giải pháp khắc phục hậu quả bão số 3; ban hành Hướng dẫn 26, 27-HD/BDVTU về vận động nhân dân di dời khỏi vùng nguy cơ sạt lở và về phát huy vai trò người có uy tín trong tái thiết sau bão. Tại huyện Mù Cang Chải, Trạm Tấu, cán bộ dân vận đã xuống từng thôn, bản vận động 62 hộ người Mông đến nơi ở tạm an toàn.
Tại giao ban, đồng chí Giàng A Khua, Phó Trưởng Ban Dân vận Tỉnh ủy báo cáo nhanh kết quả khảo sát tại xã Cao Phạ, nơi có 27 hộ mất toàn bộ nhà cửa; đề nghị ưu tiên bố trí quỹ đất tái định cư. Đồng chí Triệu Tiến Dùng, HUV, Trưởng Ban Dân vận Huyện ủy Văn Yên cho biết huyện đã vận động được 1,3 tỷ đồng từ các dòng họ, doanh nghiệp. Đồng chí Lò Văn Phiên, Bí thư Đảng ủy xã Nậm Có, đề xuất hỗ trợ giống lúa, ngô cho bà con sản xuất vụ đông.
Một số ý kiến cho rằng việc phân bổ tiền, hàng cứu trợ ở một vài nơi chưa kịp thời, chưa công khai đầy đủ, gây thắc mắc trong nhân dân; cần phát huy vai trò giám sát của Ban Thanh tra nhân dân ở xã, phường.
Kết luận giao ban, đồng chí Hà Thị Xuân yêu cầu tháng 10 khối dân vận tiếp tục tập trung giúp nhân dân ổn định đời sống; bảo đảm tiền, hàng ủng hộ đến đúng đối tượng, công khai, minh bạch; phối hợp vận động nhân dân phường Yên Ninh và các địa bàn ven sông Hồng chủ động phòng, tránh khi có mưa lũ; tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc năm 2024 theo hướng tiết kiệm, thiết thực.
Thu Trang
Lượt xem: 1.593
Các tin đã đưa
- Trao 200 suất quà cho người dân vùng lũ Lục Yên (30/09/2024)
- Văn Chấn: dân vận khéo giúp dân sau bão (24/09/2024)
- Giao ban công tác dân vận tháng 8/2024 (06/09/2024)
""", "2024-10-08", "Giao ban công tác dân vận tháng 9: dồn sức giúp dân khắc phục hậu quả bão số 3",
E("giao_ban", "2024-09", "2024-10-07"),
[P("Hà Thị Xuân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Khua", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Tiến Dùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Yên"),
 P("Lò Văn Phiên", "Bí thư Đảng ủy xã Nậm Có")],
[Q("32 đồng chí", 32, "đồng chí"), Q("4.380 căn nhà", 4380, "căn nhà"), Q("146 hộ", 146, "hộ"),
 Q("1.920 lượt đoàn viên, hội viên", 1920, "lượt đoàn viên, hội viên"), Q("12.600 ngày công", 12600, "ngày công"),
 Q("khoảng 58,6 tỷ đồng", 58600000000, "đồng", "approx"), Q("3.500 suất quà", 3500, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("62 hộ", 62, "hộ"), Q("27 hộ", 27, "hộ"), Q("1,3 tỷ đồng", 1300000000, "đồng")],
[D("Nghị quyết", "143", "NQ-CP", None, "Chính phủ", "Nghị quyết số 143/NQ-CP"),
 D("Hướng dẫn", "26", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 26, 27-HD/BDVTU"),
 D("Hướng dẫn", "27", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 26, 27-HD/BDVTU")],
[prov("Yên Bái"), com("Cao Phạ"), com("Nậm Có"), com("Yên Ninh")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ > Tin tức > Hoạt động của Ban Dân vận", "Toàn cảnh buổi giao ban.",
 "Ban Thanh tra nhân dân", "Ngày hội Đại đoàn kết toàn dân tộc", "Lượt xem: 1.593"],
["Thứ Ba, 08/10/2024 | 07:05", "bão số 3", "tháng 9/2024", "32 đồng chí", "năm 2024", "Lượt xem: 1.593"]))

PAGES.append(page("b9430-quangnam-btgdv-giaoban-quy1-2025", """
Báo Quảng Nam điện tử
Chính trị > Xây dựng Đảng
Thứ Sáu, 11/04/2025 | 14:30
Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ quý II/2025
(QNO) - Chiều 10/4, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức giao ban công tác tuyên giáo và dân vận quý I, triển khai nhiệm vụ quý II năm 2025. Đồng chí Lê Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Arất Thị Blưu, Trần Minh Quang, Phan Thị Nhàn - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Lê Thị Mỹ Hạnh phát biểu tại hội nghị. Ảnh: N.Đ
Đây là lần giao ban đầu tiên sau khi Ban được thành lập trên cơ sở hợp nhất Ban Tuyên giáo và Ban Dân vận Tỉnh ủy theo Quyết định số 08-QĐ/TU ngày 20/2/2025 của Ban Thường vụ Tỉnh ủy. Quý I, Ban đã tập trung tuyên truyền chủ trương sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW ngày 25/10/2017 của BCH Trung ương; nắm bắt tâm tư của cán bộ, đảng viên trước chủ trương sáp nhập tỉnh, không tổ chức cấp huyện. Toàn tỉnh đã có 812 cán bộ, công chức, viên chức đăng ký nghỉ theo Nghị định số 178/2024/NĐ-CP của Chính phủ.
Ban đã ban hành Kế hoạch số 05-KH/BTGDVTU về công tác dân vận năm 2025 và Hướng dẫn số 02-HD/BTGDVTU về tổ chức phong trào thi đua "Dân vận khéo" trong giai đoạn mới; tham mưu tổ chức 184 buổi đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân. Hệ thống Mặt trận các cấp đã vận động xây dựng 1.135 căn nhà cho hộ nghèo, hộ khó khăn về nhà ở, đạt 61,3% kế hoạch năm.
Ở khu vực miền núi, đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng cơ bản ổn định; tuy nhiên tình trạng khai thác vàng trái phép tại một số xã vùng cao vẫn còn diễn biến phức tạp.
Tại hội nghị, đồng chí Hồ Văn Tiến, Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy cho biết đã có 39 điển hình được đề nghị biểu dương. Đồng chí Bríu Thị Lan, Bí thư Đảng ủy xã A Tiêng, nêu việc vận động người dân ở 3 thôn giữ rừng, không phát nương trái phép. Đồng chí Đinh Thị Luyến, HUV, Trưởng Ban Dân vận Huyện ủy Nam Trà My, đề nghị sớm có hướng dẫn kiện toàn tổ dân vận thôn sau khi sắp xếp.
Phát biểu kết luận, đồng chí Lê Thị Mỹ Hạnh đề nghị quý II, Ban tập trung tuyên truyền, định hướng dư luận về việc sắp xếp đơn vị hành chính; thực hiện Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy; nắm chắc tình hình tư tưởng cán bộ dôi dư; chuẩn bị các hoạt động kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Văn Sự
Lượt xem: 2.066
Tin liên quan
- Tây Giang: giao ban khối dân vận quý I (07/04/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (21/02/2025)
- Tổng kết công tác dân vận năm 2024 (10/01/2025)
""", "2025-04-11", "Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ quý II/2025",
E("giao_ban", "2025-Q1", "2025-04-10"),
[P("Lê Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Arất Thị Blưu", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Trần Minh Quang", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phan Thị Nhàn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Tiến", "Trưởng phòng Dân vận chính quyền - Dân tộc, Tôn giáo Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Bríu Thị Lan", "Bí thư Đảng ủy xã A Tiêng"),
 P("Đinh Thị Luyến", "HUV", "Trưởng Ban Dân vận Huyện ủy Nam Trà My")],
[Q("812 cán bộ, công chức, viên chức", 812, "cán bộ, công chức, viên chức"),
 Q("184 buổi đối thoại", 184, "buổi đối thoại"), Q("1.135 căn nhà", 1135, "căn nhà"), Q("61,3%", 61.3, "%"),
 Q("39 điển hình", 39, "điển hình"), Q("3 thôn", 3, "thôn")],
[D("Quyết định", "08", "QĐ/TU", "2025-02-20", "Ban Thường vụ Tỉnh ủy", "Quyết định số 08-QĐ/TU ngày 20/2/2025"),
 D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "BCH Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Nghị định", "178", "2024/NĐ-CP", None, "Chính phủ", "Nghị định số 178/2024/NĐ-CP"),
 D("Kế hoạch", "05", "KH/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 05-KH/BTGDVTU"),
 D("Hướng dẫn", "02", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 02-HD/BTGDVTU"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Quảng Nam"), com("A Tiêng")],
["Báo Quảng Nam điện tử", "Chính trị > Xây dựng Đảng", "(QNO)", "Đồng chí Lê Thị Mỹ Hạnh phát biểu tại hội nghị. Ảnh: N.Đ",
 "Dân vận khéo", "Ngày giải phóng miền Nam, thống nhất đất nước", "Lượt xem: 2.066"],
["Thứ Sáu, 11/04/2025 | 14:30", "quý II/2025", "quý II năm 2025", "năm 2025", "50 năm", "Lượt xem: 2.066"]))
