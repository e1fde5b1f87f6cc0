from lib import *
PAGES = []

PAGES.append(page("b3485-daklak-bdv-tongket-ditu-2011", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ » Tin tức » Công tác dân tộc
Thứ Sáu, 16/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Đắk Lắk: Tổng kết công tác vận động đồng bào di cư tự do năm 2011
Ngày 14/12/2011, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp Ban Dân tộc tỉnh tổ chức hội nghị tổng kết công tác vận động, ổn định đồng bào di cư tự do năm 2011. Đồng chí Y Khuê Niê, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, trong năm toàn tỉnh có 1.126 hộ với 4.870 khẩu di cư tự do đến, chủ yếu từ các tỉnh Cao Bằng, Hà Giang, Thanh Hóa; tập trung ở các huyện Ea Súp, Krông Bông, M'Drắk. Thực hiện Chỉ thị số 39/2004/CT-TTg của Thủ tướng Chính phủ và Quyết định 1342/QĐ-TTg ngày 25/8/2009, tỉnh đã bố trí ổn định cho 612 hộ tại 4 điểm dân cư tập trung; đăng ký hộ khẩu cho hơn 2.300 nhân khẩu.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 27-KH/TU về tăng cường công tác dân vận vùng đồng bào di cư tự do; thành lập 18 tổ công tác dân vận bám thôn, buôn. Các tổ đã vận động 214 hộ trả lại đất lấn chiếm rừng phòng hộ, tổng diện tích khoảng 380 ha.
Tại hội nghị, đồng chí Hoàng Văn Pủ, HUV, Trưởng Ban Dân vận Huyện ủy Ea Súp, cho biết huyện còn 7 điểm dân cư tự phát chưa có điện, nước sạch. Bà H'Nhi Ayun, Chủ tịch UBND xã Ia Rvê, đề nghị sớm đo đạc, cấp giấy chứng nhận quyền sử dụng đất để bà con yên tâm sản xuất. Ông Lò Văn Tính, người có uy tín thôn 10, xã Ia Lốp, chia sẻ cách vận động bà con người Thái không bỏ đi nơi khác.
Phát biểu kết luận, đồng chí Y Khuê Niê đề nghị năm 2012 các cấp ủy tập trung rà soát số hộ di cư chưa đăng ký thường trú; phối hợp các tỉnh đi để nắm số người chuẩn bị di chuyển; không để phát sinh điểm nóng về tranh chấp đất đai. Dịp này, Ban tặng giấy khen cho 9 tập thể và 14 cá nhân.
Nhiều ý kiến cho rằng nguyên nhân chính của tình trạng di cư tự do là thiếu đất sản xuất, thu nhập thấp và tâm lý muốn tìm vùng đất mới; một bộ phận bị kẻ xấu lôi kéo, hứa hẹn. Việc phối hợp giữa nơi đi và nơi đến còn lỏng lẻo, thông tin về số hộ chuẩn bị di chuyển thường chậm, khi người dân đã đến nơi mới báo cáo.
Mai Hương
Lượt xem: 1.204
Tin liên quan
- Ea Súp: ra quân giúp đồng bào di cư làm nhà trước mùa mưa (02/12/2011)
- Krông Bông rà soát hộ di cư tự do chưa có đất sản xuất (18/11/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy M'Drắk về ổn định dân cư (04/11/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (14/10/2011)
- Buôn Đôn: vận động người dân không phá rừng lấy đất làm rẫy (29/09/2011)
""", "2011-12-16", "Đắk Lắk: Tổng kết công tác vận động đồng bào di cư tự do năm 2011",
E("tong_ket", "2011", "2011-12-14"),
[P("Y Khuê Niê", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Pủ", "HUV", "Trưởng Ban Dân vận Huyện ủy Ea Súp"),
 P("H'Nhi Ayun", "Chủ tịch UBND xã Ia Rvê"),
 P("Lò Văn Tính", "người có uy tín thôn 10")],
[Q("1.126 hộ", 1126, "hộ"), Q("4.870 khẩu", 4870, "khẩu"), Q("612 hộ", 612, "hộ"), Q("4 điểm dân cư tập trung", 4, "điểm dân cư tập trung"),
 Q("hơn 2.300 nhân khẩu", 2300, "nhân khẩu", "over"), Q("18 tổ công tác dân vận", 18, "tổ công tác dân vận"), Q("214 hộ", 214, "hộ"),
 Q("khoảng 380 ha", 380, "ha", "approx"), Q("7 điểm dân cư tự phát", 7, "điểm dân cư tự phát"), Q("9 tập thể", 9, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Chỉ thị", "39", "2004/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 39/2004/CT-TTg của Thủ tướng Chính phủ"),
 D("Quyết định", "1342", "QĐ-TTg", "2009-08-25", None, "Quyết định 1342/QĐ-TTg ngày 25/8/2009"),
 D("Kế hoạch", "27", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 27-KH/TU")],
[prov("Đắk Lắk"), prov("Cao Bằng"), prov("Hà Giang"), prov("Thanh Hóa"), com("Ia Rvê"), com("Ia Lốp")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ » Tin tức » Công tác dân tộc", "Ảnh: Quang cảnh hội nghị tổng kết.", "Lượt xem: 1.204"],
["Thứ Sáu, 16/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.204", "thôn 10"]))

PAGES.append(page("b3486-dienbien-mttq-giamsat-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Điện Biên
Bạn đang ở: Trang chủ / Hoạt động giám sát
Cập nhật: 15:20, 12/10/2012 (GMT+7)
Đồng chí Lầu A Chớ phát biểu tại buổi giám sát.
Giám sát việc sắp xếp, ổn định dân di cư tự do tại Mường Nhé
Từ ngày 8 đến 10/10/2012, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Lầu A Chớ, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Dự án sắp xếp, ổn định dân cư, phát triển kinh tế - xã hội huyện Mường Nhé theo Quyết định số 79/2010/QĐ-TTg của Thủ tướng Chính phủ tại các xã Chung Chải, Leng Su Sìn và Sín Thầu.
Báo cáo của UBND huyện cho biết, sau sự việc tập trung đông người năm 2011, huyện đã vận động được 936 hộ với 5.012 nhân khẩu về lại quê cũ hoặc vào các điểm tái định cư; hiện còn khoảng 400 hộ di cư tự do cần bố trí đất ở, đất sản xuất. Tổng vốn dự án đã giải ngân hơn 165 tỷ đồng, làm được 21 km đường liên bản, 6 công trình nước sinh hoạt tập trung và 3 lớp học cắm bản.
Qua giám sát thực tế tại bản Huổi Lếch, đoàn ghi nhận nhiều hộ đã có nhà ở ổn định; tuy nhiên diện tích đất lúa nước khai hoang mới đạt khoảng 60%, việc cấp đất sản xuất còn chậm, một số hộ chưa được đăng ký thường trú nên con em gặp khó khăn khi đi học. Ông Giàng A Sùng, Trưởng bản Huổi Lếch, kiến nghị hỗ trợ giống cây trồng và làm thêm bể chứa nước.
Đồng chí Vàng A Dế, Phó Chủ tịch UBND huyện Mường Nhé, tiếp thu và cho biết huyện sẽ đẩy nhanh việc đăng ký hộ khẩu cho 188 hộ còn lại trước ngày 31/12/2012. Đồng chí Sùng Thị Mỷ, Chủ tịch Ủy ban MTTQ xã Leng Su Sìn, đề nghị giao thêm cán bộ bám bản.
Kết thúc đợt giám sát, đồng chí Lầu A Chớ đề nghị UBND huyện công khai danh sách hộ được hỗ trợ, phát huy vai trò Mặt trận trong vận động nhân dân; đồng thời thực hiện nghiêm Kế hoạch số 42-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát các chương trình, dự án vùng đồng bào dân tộc thiểu số.
Đoàn cũng ghi nhận sự vào cuộc của các tổ công tác, đội công tác dân vận bám bản; nhân dân phấn khởi khi được hỗ trợ làm nhà, khai hoang ruộng nước. Tuy vậy, tình trạng phát nương làm rẫy trái phép vẫn còn xảy ra ở một số nơi, cần tiếp tục tuyên truyền để người dân chấp hành pháp luật về bảo vệ rừng.
Quàng Hương
Lượt truy cập: 58.214
Tin khác
- Mặt trận huyện Điện Biên Đông vận động xóa nhà tạm (05/10/2012)
- Tuần Giáo: ra mắt mô hình khu dân cư tự quản (27/09/2012)
- Hội nghị hiệp thương lần thứ nhất bầu cử bổ sung (19/09/2012)
- Tổ chức ngày hội đại đoàn kết toàn dân tộc tại bản Na Pheo (12/09/2012)
""", "2012-10-12", "Giám sát việc sắp xếp, ổn định dân di cư tự do tại Mường Nhé",
E("giam_sat", None, "2012-10-08"),
[P("Lầu A Chớ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Sùng", "Trưởng bản Huổi Lếch"),
 P("Vàng A Dế", "Phó Chủ tịch UBND huyện Mường Nhé"),
 P("Sùng Thị Mỷ", "Chủ tịch Ủy ban MTTQ xã Leng Su Sìn")],
[Q("936 hộ", 936, "hộ"), Q("5.012 nhân khẩu", 5012, "nhân khẩu"), Q("khoảng 400 hộ di cư tự do", 400, "hộ di cư tự do", "approx"),
 Q("hơn 165 tỷ đồng", 165000000000, "đồng", "over"), Q("21 km", 21, "km"), Q("6 công trình nước sinh hoạt tập trung", 6, "công trình nước sinh hoạt tập trung"),
 Q("3 lớp học cắm bản", 3, "lớp học cắm bản"), Q("khoảng 60%", 60, "%", "approx"), Q("188 hộ", 188, "hộ")],
[D("Quyết định", "79", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 79/2010/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "42", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 42-KH/MTTQ-BTT")],
[prov("Điện Biên"), com("Chung Chải"), com("Leng Su Sìn"), com("Sín Thầu")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Điện Biên", "Bạn đang ở: Trang chủ / Hoạt động giám sát",
 "Đồng chí Lầu A Chớ phát biểu tại buổi giám sát.", "Lượt truy cập: 58.214", "bản Huổi Lếch"],
["Cập nhật: 15:20, 12/10/2012 (GMT+7)", "năm 2011", "31/12/2012", "Lượt truy cập: 58.214"]))

PAGES.append(page("b3487-daknong-huyenuy-dakglong-soket-2013", """
Huyện ủy Đắk Glong - Đảng bộ tỉnh Đắk Nông
Trang chủ > Tin tức - Sự kiện > Dân vận
08:15 | 09/07/2013
Đắk Glong: Hơn 1.000 hộ di cư tự do từng bước ổn định cuộc sống
Ngày 5/7, Ban Chỉ đạo giải quyết vấn đề di cư tự do huyện Đắk Glong tổ chức hội nghị sơ kết 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đến nay, hơn 1.000 hộ di cư tự do trên địa bàn đã được bố trí đất ở, từng bước ổn định cuộc sống.
Toàn cảnh hội nghị. Ảnh: Đình Thắng
Đồng chí Nông Văn Khiêm, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị. Cùng dự có đồng chí Triệu Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy, Phó Trưởng Ban Chỉ đạo.
Theo báo cáo, 6 tháng đầu năm 2013 huyện tiếp nhận thêm 87 hộ với 402 khẩu di cư tự do, phần lớn là đồng bào Mông, Dao, Tày từ Cao Bằng, Lạng Sơn, Hà Giang. Huyện đã thực hiện Dự án ổn định dân cư tự do tại xã Quảng Sơn và xã Đắk R'Măng theo Quyết định số 1815/QĐ-UBND ngày 12/11/2012 của UBND tỉnh, với tổng mức đầu tư khoảng 48,6 tỷ đồng; đã giao đất sản xuất cho 326 hộ, bình quân mỗi hộ 1 ha. Công an các xã đã đăng ký thường trú cho 1.412 nhân khẩu, cấp mới 295 sổ hộ khẩu.
Các đội công tác dân vận của huyện được duy trì ở 7 xã, thường xuyên phối hợp với già làng, người có uy tín vận động bà con không phá rừng, không bán đất rồi đi nơi khác. Trong kỳ đã phát hiện, ngăn chặn 12 vụ phá rừng làm rẫy trái phép, lập biên bản 19 trường hợp mua bán đất rừng không đúng quy định.
Thảo luận tại hội nghị, đồng chí Vàng Seo Lử, Chủ tịch UBND xã Quảng Sơn, cho biết xã còn 140 hộ sống rải rác trong rừng phòng hộ, việc vận động về điểm tập trung gặp khó khăn vì chưa có nước. Đồng chí Điểu Ron, Bí thư Đảng ủy xã Đắk R'Măng, kiến nghị sớm làm đường vào bon Phi Mur.
Kết luận hội nghị, đồng chí Nông Văn Khiêm yêu cầu các thành viên Ban Chỉ đạo bám địa bàn được phân công, thực hiện nghiêm Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy về tăng cường lãnh đạo công tác quản lý dân di cư tự do; kiên quyết xử lý cán bộ tiếp tay cho việc mua bán, sang nhượng đất trái phép.
Hội nghị cũng thống nhất mức hỗ trợ 3 triệu đồng mỗi hộ làm nhà tạm cho các hộ mới đến có hoàn cảnh khó khăn.
Đình Thắng
Tin liên quan
- Quảng Sơn: đồng bào Mông chung tay làm đường liên thôn (28/06/2013)
- Hội nghị giao ban công tác dân vận quý II/2013 (21/06/2013)
- Đắk Glong ra mắt 3 tổ tự quản về an ninh trật tự ở bon Ka Nur (06/06/2013)
- Huyện ủy làm việc với Đảng ủy xã Đắk Ha về công tác dân vận (22/05/2013)
- Trao nhà đại đoàn kết cho hộ nghèo ở thôn 2, xã Quảng Khê (10/05/2013)
- Đắk Glong tuyên truyền Luật Đất đai cho đồng bào vùng sâu (24/04/2013)
""", "2013-07-09", "Đắk Glong: Hơn 1.000 hộ di cư tự do từng bước ổn định cuộc sống",
E("so_ket", "2013-H1", "2013-07-05"),
[P("Nông Văn Khiêm", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Chỉ đạo"),
 P("Triệu Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Phó Trưởng Ban Chỉ đạo"),
 P("Vàng Seo Lử", "Chủ tịch UBND xã Quảng Sơn"),
 P("Điểu Ron", "Bí thư Đảng ủy xã Đắk R'Măng")],
[Q("Hơn 1.000 hộ di cư tự do", 1000, "hộ di cư tự do", "over"), Q("87 hộ", 87, "hộ"), Q("402 khẩu", 402, "khẩu"),
 Q("khoảng 48,6 tỷ đồng", 48600000000, "đồng", "approx"), Q("326 hộ", 326, "hộ"), Q("1 ha", 1, "ha"),
 Q("1.412 nhân khẩu", 1412, "nhân khẩu"), Q("295 sổ hộ khẩu", 295, "sổ hộ khẩu"), Q("7 xã", 7, "xã"),
 Q("12 vụ phá rừng làm rẫy trái phép", 12, "vụ phá rừng làm rẫy trái phép"), Q("19 trường hợp", 19, "trường hợp"),
 Q("140 hộ", 140, "hộ"), Q("3 triệu đồng", 3000000, "đồng")],
[D("Quyết định", "1815", "QĐ-UBND", "2012-11-12", "UBND tỉnh", "Quyết định số 1815/QĐ-UBND ngày 12/11/2012"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU")],
[prov("Đắk Nông"), prov("Cao Bằng"), prov("Lạng Sơn"), prov("Hà Giang"), com("Quảng Sơn"), com("Đắk R'Măng")],
["Huyện ủy Đắk Glong - Đảng bộ tỉnh Đắk Nông", "Trang chủ > Tin tức - Sự kiện > Dân vận", "Toàn cảnh hội nghị. Ảnh: Đình Thắng", "bon Phi Mur"],
["08:15 | 09/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm"]))

PAGES.append(page("b3488-kontum-bdv-giaoban-q3-2014", """
Ban Dân vận Tỉnh ủy Kon Tum
Vị trí: Trang chủ :: Hoạt động dân vận
08/10/2014 - 16:40
Đồng chí A Hơ phát biểu chỉ đạo tại giao ban.
Tập trung vận động đồng bào di cư tự do ổn định tại chỗ
Sáng 7/10/2014, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2014. Đồng chí A Hơ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Y Thị Hoa, Trần Văn Nhân và đại diện Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội.
Báo cáo tại giao ban cho biết, trong quý III toàn tỉnh phát sinh 63 hộ với 271 khẩu di cư tự do đến các huyện Sa Thầy, Ngọc Hồi, Kon Plông; đồng thời có 22 hộ đồng bào Xơ Đăng ở huyện Tu Mơ Rông di chuyển sang các tỉnh Gia Lai, Đắk Lắk. Khối dân vận đã phối hợp vận động 41 hộ trở về nơi cư trú cũ, hỗ trợ 15 hộ làm thủ tục nhập khẩu tại xã Mô Rai.
Thực hiện Kế hoạch số 112-KH/TU ngày 04/6/2014 của Ban Thường vụ Tỉnh ủy về công tác vận động quần chúng ở vùng đồng bào dân tộc thiểu số, Ban đã cử 4 đoàn công tác xuống cơ sở; phối hợp Sở Nông nghiệp và Phát triển nông thôn rà soát danh sách hộ thuộc diện hưởng chính sách theo Quyết định số 33/2007/QĐ-TTg và Quyết định 1776/QĐ-TTg của Thủ tướng Chính phủ về bố trí dân cư.
Tại giao ban, ông Siu Bin, Trưởng Ban Dân vận Huyện ủy Sa Thầy, phản ánh tình trạng một số đối tượng môi giới đất rẫy cho người từ nơi khác đến với giá chỉ khoảng 15 triệu đồng/ha, gây mất ổn định. Bà Y Ngọc, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, cho biết Hội đã vận động 230 phụ nữ di cư tham gia tổ tiết kiệm, vay vốn.
Kết luận, đồng chí A Hơ đề nghị quý IV các cơ quan khối dân vận tiếp tục nắm chắc tình hình, kịp thời báo cáo số hộ có ý định di chuyển; phối hợp lực lượng công an, bộ đội biên phòng tuyên truyền để đồng bào không nghe theo kẻ xấu kích động, lôi kéo. Đồng chí cũng giao Văn phòng Ban tổng hợp kết quả thực hiện mô hình "Dân vận khéo" trong vận động đồng bào định canh, định cư.
Nhìn chung, tư tưởng của đồng bào các dân tộc ổn định; tuy nhiên đời sống của một số hộ mới đến còn rất khó khăn, thiếu đất sản xuất, nhà ở tạm bợ, con em chưa được đến trường đầy đủ.
Y Thương
Các tin đã đưa
- Kon Plông: vận động đồng bào bỏ tập quán du canh (26/09/2014)
- Tu Mơ Rông tập huấn kỹ năng dân vận cho cán bộ thôn (12/09/2014)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Đắk Hà (29/08/2014)
- Gặp mặt người có uy tín nhân dịp Quốc khánh 2/9 (27/08/2014)
- Sa Thầy: đối thoại với người dân về tranh chấp đất rẫy (14/08/2014)
- Ngọc Hồi ra mắt mô hình thôn không có người di cư tự do (31/07/2014)
""", "2014-10-08", "Tập trung vận động đồng bào di cư tự do ổn định tại chỗ",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("A Hơ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Nhân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Bin", "Trưởng Ban Dân vận Huyện ủy Sa Thầy"),
 P("Y Ngọc", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("63 hộ", 63, "hộ"), Q("271 khẩu", 271, "khẩu"), Q("22 hộ đồng bào Xơ Đăng", 22, "hộ đồng bào Xơ Đăng"), Q("41 hộ", 41, "hộ"),
 Q("15 hộ", 15, "hộ"), Q("4 đoàn công tác", 4, "đoàn công tác"), Q("khoảng 15 triệu đồng/ha", 15000000, "đồng", "approx"),
 Q("230 phụ nữ di cư", 230, "phụ nữ di cư")],
[D("Kế hoạch", "112", "KH/TU", "2014-06-04", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 112-KH/TU ngày 04/6/2014"),
 D("Quyết định", "33", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2007/QĐ-TTg"),
 D("Quyết định", "1776", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1776/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Kon Tum"), prov("Gia Lai"), prov("Đắk Lắk"), com("Mô Rai")],
["Ban Dân vận Tỉnh ủy Kon Tum", "Vị trí: Trang chủ :: Hoạt động dân vận", "Đồng chí A Hơ phát biểu chỉ đạo tại giao ban.", "Dân vận khéo"],
["08/10/2014 - 16:40", "quý III năm 2014", "quý IV", "Quốc khánh 2/9"]))

PAGES.append(page("b3489-laichau-huyen-doithoai-2015", """
Cổng thông tin điện tử huyện Mường Tè - tỉnh Lai Châu
Trang chủ | Tin tức | Chính trị - Xã hội
Ngày đăng 20/11/2015 | 10:12
Chủ tịch UBND huyện đối thoại với hộ di cư tự do ở Pa Vệ Sủ
Ngày 18/11, tại trụ sở UBND xã Pa Vệ Sủ, Thường trực Huyện ủy, UBND huyện Mường Tè tổ chức hội nghị đối thoại với nhân dân về việc bố trí, sắp xếp dân cư tự do năm 2015. Đồng chí Lò Văn Hặc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì buổi đối thoại.
Tham dự có 126 đại biểu là người có uy tín, trưởng bản và đại diện các hộ dân đến từ 5 bản: Pa Vệ Sủ, Xì Thâu Chải, Phìn Khò, Sín Chải, Nhú Ma.
Quang cảnh buổi đối thoại. (Ảnh: Lò Tâm)
Theo báo cáo của UBND xã, từ năm 2012 đến nay trên địa bàn có 57 hộ với 318 nhân khẩu người Mông từ Điện Biên, Hà Giang di cư tự do đến sinh sống, dựng nhà trong rừng phòng hộ đầu nguồn. Thực hiện Quyết định số 1123/QĐ-UBND ngày 02/10/2014 của UBND tỉnh Lai Châu phê duyệt dự án bố trí, ổn định dân cư, huyện đã san nền 42 lô đất ở tại điểm tái định cư Nhú Ma và hỗ trợ mỗi hộ 20 triệu đồng làm nhà.
Tại buổi đối thoại, ông Giàng A Pó, bản Phìn Khò, hỏi khi nào các hộ được đăng ký thường trú để con đi học, được cấp thẻ bảo hiểm y tế. Bà Lý Mé Chà, người có uy tín bản Xì Thâu Chải, đề nghị giao rừng cho cộng đồng bản quản lý để bà con có thu nhập từ tiền dịch vụ môi trường rừng. Ông Pờ Gò Xá, Trưởng bản Sín Chải, kiến nghị sửa đường từ trung tâm xã vào bản trước mùa mưa.
Trả lời các ý kiến, đồng chí Lò Văn Hặc khẳng định hộ nào đã ở ổn định, chấp hành quy hoạch sẽ được Công an huyện phối hợp xã làm thủ tục đăng ký thường trú ngay trong tháng 12; thẻ bảo hiểm y tế sẽ cấp theo Quyết định số 705/QĐ-TTg của Thủ tướng Chính phủ. Đồng chí Tẩn Văn Kiều, Phó Chủ tịch UBND huyện, cho biết năm 2016 huyện bố trí khoảng 2,4 tỷ đồng sửa chữa đường vào các bản.
Đồng chí Chủ tịch UBND huyện đề nghị bà con không tiếp tục phát rừng làm nương, không đón thêm người thân từ nơi khác đến khi chưa báo chính quyền; giao Ban Dân vận Huyện ủy và Ủy ban MTTQ huyện thành lập 3 tổ vận động bám bản. Kết thúc buổi đối thoại, 31 ý kiến của người dân đã được trả lời trực tiếp.
Lò Tâm
Lượt xem: 642
Tin liên quan
- Mường Tè: bàn giao 28 căn nhà cho hộ nghèo người La Hủ (10/11/2015)
- Ka Lăng tổ chức ngày hội đại đoàn kết toàn dân tộc (02/11/2015)
- Huyện ủy Mường Tè sơ kết 5 năm thực hiện Quy chế dân chủ ở cơ sở (21/10/2015)
- Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ bản (09/10/2015)
- Bum Nưa: vận động đồng bào Cống giữ rừng đầu nguồn (25/09/2015)
- Đoàn công tác tỉnh Điện Biên trao đổi về quản lý dân di cư (11/09/2015)
""", "2015-11-20", "Chủ tịch UBND huyện đối thoại với hộ di cư tự do ở Pa Vệ Sủ",
E("doi_thoai", "2015", "2015-11-18"),
[P("Lò Văn Hặc", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Giàng A Pó"),
 P("Lý Mé Chà", "người có uy tín bản Xì Thâu Chải"),
 P("Pờ Gò Xá", "Trưởng bản Sín Chải"),
 P("Tẩn Văn Kiều", "Phó Chủ tịch UBND huyện")],
[Q("126 đại biểu", 126, "đại biểu"), Q("5 bản", 5, "bản"), Q("57 hộ", 57, "hộ"), Q("318 nhân khẩu người Mông", 318, "nhân khẩu người Mông"),
 Q("42 lô đất ở", 42, "lô đất ở"), Q("20 triệu đồng", 20000000, "đồng"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"),
 Q("3 tổ vận động", 3, "tổ vận động"), Q("31 ý kiến", 31, "ý kiến")],
[D("Quyết định", "1123", "QĐ-UBND", "2014-10-02", "UBND tỉnh Lai Châu", "Quyết định số 1123/QĐ-UBND ngày 02/10/2014 của UBND tỉnh Lai Châu"),
 D("Quyết định", "705", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 705/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Lai Châu"), prov("Điện Biên"), prov("Hà Giang"), com("Pa Vệ Sủ")],
["Cổng thông tin điện tử huyện Mường Tè - tỉnh Lai Châu", "Trang chủ | Tin tức | Chính trị - Xã hội", "Quang cảnh buổi đối thoại. (Ảnh: Lò Tâm)",
 "Lượt xem: 642", "bản Phìn Khò", "Nhú Ma"],
["Ngày đăng 20/11/2015 | 10:12", "năm 2015", "từ năm 2012", "tháng 12", "năm 2016", "Lượt xem: 642"]))

PAGES.append(page("b3490-gialai-congan-taphuan-cutru-2016", """
BAN DÂN VẬN TỈNH ỦY GIA LAI
Trang chủ › Tin tức › Dân vận chính quyền
25.08.2016 | 14:05
Ảnh: Các học viên tại lớp tập huấn.
Tập huấn nghiệp vụ quản lý cư trú vùng có dân di cư tự do
Trong 2 ngày 23 và 24/8/2016, Ban Dân vận Tỉnh ủy phối hợp Công an tỉnh tổ chức lớp tập huấn nghiệp vụ đăng ký, quản lý cư trú và công tác dân vận năm 2016 cho 95 học viên là trưởng công an xã, cán bộ dân vận, tư pháp của 22 xã có đông dân di cư tự do thuộc các huyện Chư Păh, Ia Grai, Krông Pa, Ia Pa.
Đến dự và phát biểu khai mạc có đồng chí Rơ Mah Tuân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Đồng chí cho biết, từ năm 2005 đến nay Gia Lai đã tiếp nhận gần 4.000 hộ di cư tự do, trong đó khoảng 1.300 hộ đến nay vẫn chưa đăng ký thường trú, gây khó khăn cho việc thực hiện các chính sách an sinh xã hội.
Các học viên được Thượng tá Nguyễn Văn Hùng, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, truyền đạt Luật Cư trú và Nghị định số 31/2014/NĐ-CP ngày 18/4/2014 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú; Thông tư số 35/2014/TT-BCA của Bộ Công an. Đồng chí Ksor H'Bơ Khăp, Phó Trưởng Ban Dân vận Tỉnh ủy, giới thiệu kỹ năng dân vận khi tiếp xúc hộ mới đến; hướng dẫn thực hiện Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ vùng dân tộc thiểu số giai đoạn 2017 - 2020.
Tại lớp học, nhiều học viên nêu vướng mắc: hộ di cư không có giấy chuyển hộ khẩu, không có giấy tờ nhà đất hợp pháp, con sinh ra chưa làm giấy khai sinh. Ông Siu Đoan, Trưởng Công an xã Ia Khươl, cho biết xã mới lập được hồ sơ cho 64 hộ trong tổng số 151 hộ di cư.
Bế mạc lớp tập huấn, Ban Dân vận Tỉnh ủy đề nghị các địa phương hoàn thành rà soát, lập danh sách hộ di cư chưa đăng ký cư trú trước ngày 30/10/2016 để tỉnh có phương án giải quyết dứt điểm. Mỗi học viên được cấp 1 bộ tài liệu hỏi đáp về cư trú bằng tiếng Việt và tiếng Jrai.
Theo kế hoạch, trong tháng 9, Ban sẽ phối hợp mở thêm 2 lớp cho cán bộ thôn, làng ở các huyện phía Đông của tỉnh.
H.Thu
Tin cùng chuyên mục
- Gia Lai: 17 tập thể, cá nhân được khen thưởng phong trào "Dân vận khéo" (18/08/2016)
- Ia Grai vận động đồng bào hiến đất làm đường (05/08/2016)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Bộ đội Biên phòng tỉnh (22/07/2016)
- Krông Pa: gần 200 hộ đồng bào được hỗ trợ bò giống (08/07/2016)
- Chư Păh tuyên truyền pháp luật cho đồng bào ở làng Kép (24/06/2016)
- Ia Pa: già làng vận động con cháu không bỏ làng đi nơi khác (10/06/2016)
- Hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016 (30/06/2016)
""", "2016-08-25", "Tập huấn nghiệp vụ quản lý cư trú vùng có dân di cư tự do",
E("tap_huan", "2016", "2016-08-23"),
[P("Rơ Mah Tuân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hùng", "Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Ksor H'Bơ Khăp", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu Đoan", "Trưởng Công an xã Ia Khươl")],
[Q("95 học viên", 95, "học viên"), Q("22 xã", 22, "xã"), Q("gần 4.000 hộ di cư tự do", 4000, "hộ di cư tự do", "approx"),
 Q("khoảng 1.300 hộ", 1300, "hộ", "approx"), Q("64 hộ", 64, "hộ"), Q("151 hộ di cư", 151, "hộ di cư"), Q("2 lớp", 2, "lớp")],
[D("Nghị định", "31", "2014/NĐ-CP", "2014-04-18", "Chính phủ", "Nghị định số 31/2014/NĐ-CP ngày 18/4/2014 của Chính phủ"),
 D("Thông tư", "35", "2014/TT-BCA", None, "Bộ Công an", "Thông tư số 35/2014/TT-BCA của Bộ Công an"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ")],
[prov("Gia Lai"), com("Ia Khươl")],
["BAN DÂN VẬN TỈNH ỦY GIA LAI", "Trang chủ › Tin tức › Dân vận chính quyền", "Ảnh: Các học viên tại lớp tập huấn.", "Luật Cư trú"],
["25.08.2016 | 14:05", "2 ngày", "năm 2016", "từ năm 2005", "giai đoạn 2017 - 2020", "1 bộ tài liệu", "tháng 9", "30/10/2016"]))
