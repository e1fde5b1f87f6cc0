from lib import *
PAGES = []

PAGES.append(page("b7085-namdinh-nepsong-tongket-2011", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Trang chủ » Văn hóa - Xã hội » Đời sống
Thứ Tư, 28/12/2011 - 09:20
Nam Định: Tổng kết thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2011
Ngày 27/12, Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác vận động thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2011. Đồng chí Trần Thị Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị.
Quang cảnh hội nghị tổng kết.
Theo báo cáo do ông Vũ Đức Thuận, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch trình bày, năm 2011 các cấp, các ngành trong tỉnh tiếp tục quán triệt Chỉ thị số 27-CT/TW ngày 12/1/1998 của Bộ Chính trị và Kết luận số 51-KL/TW ngày 22/7/2009 của Ban Bí thư về thực hiện nếp sống văn minh trong việc cưới, việc tang, lễ hội. UBND tỉnh ban hành Kế hoạch số 36/KH-UBND triển khai Thông tư số 04/2011/TT-BVHTTDL ngày 21/1/2011 của Bộ Văn hóa, Thể thao và Du lịch.
Toàn tỉnh có 3.714 đám cưới, trong đó 3.528 đám cưới được tổ chức theo nếp sống mới, đạt 95%; không có trường hợp nào tổ chức ăn uống kéo dài nhiều ngày. Trong 6.902 đám tang, việc để người chết quá 36 giờ, rải vàng mã trên đường cơ bản được khắc phục; có 412 đám tang thực hiện hỏa táng, tăng gần gấp đôi so với năm trước. Nhân dân đã tự nguyện đóng góp hơn 4,6 tỷ đồng xây dựng, chỉnh trang nghĩa trang nhân dân theo quy hoạch.
Nhiều địa phương đưa nội dung cưới, tang vào hương ước, quy ước của làng, tổ dân phố. Xã Hải Đông và xã Xuân Thành được nêu là điểm sáng khi 100% đám tang không sử dụng kèn tây, không mời nhà sư tụng kinh qua đêm. Tuy nhiên, ở một số nơi vẫn còn tình trạng mời khách tràn lan, tổ chức cỗ bàn linh đình, nhất là đối với đám cưới của con em cán bộ.
Phát biểu tại hội nghị, bà Đỗ Thị Lụa, Chủ tịch Hội Liên hiệp Phụ nữ xã Nam Thanh, cho biết Chi hội phụ nữ các xóm đã vận động 86 gia đình hội viên tổ chức cưới "không thách cưới, không mâm cao cỗ đầy". Ông Phạm Văn Khoái, Trưởng ban Công tác Mặt trận xóm 4, xã Trực Đại, kiến nghị tỉnh sớm có mức quy định cụ thể về số mâm cỗ để các xóm làm căn cứ.
Kết luận hội nghị, đồng chí Trần Thị Hòa đề nghị cấp ủy, chính quyền các cấp coi việc cưới, việc tang văn minh là tiêu chí bình xét gia đình văn hóa, làng văn hóa; cán bộ, đảng viên phải gương mẫu, người đứng đầu phải chịu trách nhiệm nếu để xảy ra vi phạm ở địa phương mình. Năm 2012, tỉnh phấn đấu 98% đám cưới, 90% đám tang thực hiện đúng quy định.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân.
Minh Thư
Số lần xem: 1.043
Tin liên quan
- Giao Thủy: 40 làng ký cam kết không tổ chức cưới linh đình (12/12/2011)
- Hỏa táng - xu hướng mới ở thành phố Nam Định (30/11/2011)
- Tọa đàm về tang lễ văn minh (15/11/2011)
""", "2011-12-28", "Nam Định: Tổng kết thực hiện nếp sống văn minh trong việc cưới, việc tang năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Thị Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Đức Thuận", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Đỗ Thị Lụa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nam Thanh"),
 P("Phạm Văn Khoái", "Trưởng ban Công tác Mặt trận xóm 4")],
[Q("3.714 đám cưới", 3714, "đám cưới"), Q("3.528 đám cưới", 3528, "đám cưới"), Q("95%", 95, "%"),
 Q("6.902 đám tang", 6902, "đám tang"), Q("412 đám tang", 412, "đám tang"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("86 gia đình hội viên", 86, "gia đình hội viên"), Q("98%", 98, "%"), Q("90%", 90, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "27", "CT/TW", "1998-01-12", "Bộ Chính trị", "Chỉ thị số 27-CT/TW ngày 12/1/1998"),
 D("Kết luận", "51", "KL/TW", "2009-07-22", "Ban Bí thư", "Kết luận số 51-KL/TW ngày 22/7/2009"),
 D("Kế hoạch", "36", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 36/KH-UBND"),
 D("Thông tư", "04", "2011/TT-BVHTTDL", "2011-01-21", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 04/2011/TT-BVHTTDL ngày 21/1/2011")],
[prov("Nam Định"), com("Hải Đông"), com("Xuân Thành"), com("Nam Thanh"), com("Trực Đại")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Trang chủ » Văn hóa - Xã hội » Đời sống", "Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa", "không thách cưới, không mâm cao cỗ đầy", "Số lần xem: 1.043"],
["Thứ Tư, 28/12/2011 - 09:20", "năm 2011", "36 giờ", "Năm 2012", "Số lần xem: 1.043", "xóm 4"]))

PAGES.append(page("b7086-thanhhoa-huongoc-hoinghi-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa
Trang chủ > Hoạt động Mặt trận > Cuộc vận động
Cập nhật: 16:05, 18/04/2012 (GMT+7)
Ảnh: Các đại biểu dự hội nghị.
Đưa quy định về việc cưới, việc tang vào hương ước làng, bản
MTTQ - Sáng 17/4, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị bàn giải pháp đưa quy định về việc cưới, việc tang văn minh vào hương ước, quy ước của thôn, bản, tổ dân phố năm 2012. Dự hội nghị có ông Lê Văn Tuấn, Phó Chủ tịch Ủy ban MTTQ tỉnh; bà Hoàng Thị Xuân, Trưởng phòng Nếp sống văn hóa và Gia đình Sở Văn hóa, Thể thao và Du lịch cùng 118 đại biểu là trưởng ban công tác Mặt trận, già làng, trưởng bản các huyện miền núi.
Đến nay, toàn tỉnh có 5.211 thôn, bản, tổ dân phố đã xây dựng hương ước, quy ước, trong đó khoảng 4.300 bản có nội dung về việc cưới, việc tang. Thực hiện Quyết định số 308/2005/QĐ-TTg ngày 25/11/2005 của Thủ tướng Chính phủ ban hành Quy chế thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội, nhiều bản người Mường, người Thái đã bỏ tục để người chết trong nhà nhiều ngày, giảm số lần cúng; lễ cưới ở vùng thấp chỉ còn tổ chức trong một ngày.
Ông Hà Văn Pảng, già làng bản Na Tạo, xã Phú Nghiêm, kể: "Trước kia nhà có người mất phải mổ trâu, mổ lợn mời cả bản ăn ba, bốn ngày, có nhà bán cả ruộng để lo ma. Nay bản quy định đám ma không quá 2 ngày, không mổ trâu, bà con thấy nhẹ gánh". Theo ông, năm 2011 cả bản có 7 đám ma, không nhà nào phải vay nợ.
Bà Phạm Thị Nhung, Trưởng ban Công tác Mặt trận khu phố 3, phường Đông Sơn, cho biết khu phố đã thành lập tổ tang lễ gồm 12 thành viên, hỗ trợ các gia đình lo hậu sự gọn nhẹ; mỗi đám tang được quỹ khu phố hỗ trợ 500.000 đồng.
Tuy vậy, các ý kiến tại hội nghị cũng thẳng thắn nêu: một số hương ước sao chép lẫn nhau, chưa sát phong tục từng dân tộc; việc xử lý người vi phạm còn nể nang; ở một số xã ven biển, tục thách cưới bằng vàng, tiền mặt vẫn còn. Có nơi chi phí cho một đám cưới lên tới 150 triệu đồng.
Phát biểu kết luận, ông Lê Văn Tuấn đề nghị Ban Thường trực Ủy ban MTTQ các huyện phối hợp với phòng Văn hóa - Thông tin rà soát, bổ sung hương ước trước ngày 30/9; gắn việc thực hiện với Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và Kế hoạch số 17-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh. Những thôn, bản thực hiện tốt sẽ được biểu dương vào dịp Ngày hội Đại đoàn kết toàn dân tộc 18/11.
Lê Hà
Các tin khác
- Quan Hóa: bản Mường vận động bỏ tục mổ trâu trong đám ma (02/04/2012)
- Triển khai Cuộc vận động năm 2012 (10/03/2012)
- Ngọc Lặc khen thưởng 25 khu dân cư tiêu biểu (20/02/2012)
""", "2012-04-18", "Đưa quy định về việc cưới, việc tang vào hương ước làng, bản",
E("hoi_nghi", "2012", "2012-04-17"),
[P("Lê Văn Tuấn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hoàng Thị Xuân", "Trưởng phòng Nếp sống văn hóa và Gia đình Sở Văn hóa, Thể thao và Du lịch"),
 P("Hà Văn Pảng", "già làng bản Na Tạo"),
 P("Phạm Thị Nhung", "Trưởng ban Công tác Mặt trận khu phố 3")],
[Q("118 đại biểu", 118, "đại biểu"), Q("5.211 thôn, bản, tổ dân phố", 5211, "thôn, bản, tổ dân phố"),
 Q("khoảng 4.300 bản", 4300, "bản", "approx"), Q("7 đám ma", 7, "đám ma"), Q("12 thành viên", 12, "thành viên"),
 Q("500.000 đồng", 500000, "đồng"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Quyết định", "308", "2005/QĐ-TTg", "2005-11-25", "Thủ tướng Chính phủ", "Quyết định số 308/2005/QĐ-TTg ngày 25/11/2005"),
 D("Kế hoạch", "17", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 17-KH/MTTQ-BTT")],
[prov("Thanh Hóa"), com("Phú Nghiêm"), com("Đông Sơn")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa", "Trang chủ > Hoạt động Mặt trận > Cuộc vận động",
 "Ảnh: Các đại biểu dự hội nghị.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày hội Đại đoàn kết toàn dân tộc", "MTTQ -"],
["Cập nhật: 16:05, 18/04/2012 (GMT+7)", "năm 2012", "2 ngày", "năm 2011", "ngày 30/9", "18/11", "khu phố 3"]))

PAGES.append(page("b7087-hagiang-huytuc-taphuan-2013", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc, tôn giáo
08:40 | 12/09/2013
Tập huấn vận động đồng bào Mông xóa bỏ hủ tục trong cưới hỏi, ma chay
Trong hai ngày 10 và 11/9/2013, tại huyện Đồng Văn, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn nghiệp vụ vận động xóa bỏ hủ tục lạc hậu trong việc cưới, việc tang năm 2013 cho 96 học viên là người có uy tín, trưởng thôn, cán bộ Mặt trận và đoàn thể xã của 4 huyện vùng cao núi đá phía Bắc tỉnh Hà Giang: Đồng Văn, Mèo Vạc, Yên Minh và Quản Bạ.
Đồng chí Sùng Mí Lử, Phó Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn.
Khai mạc lớp học, đồng chí Sùng Mí Lử, Phó Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: tảo hôn, kết hôn cận huyết thống, tục để người chết trong nhà 5 - 7 ngày, giết nhiều trâu bò trong đám ma vẫn đang là gánh nặng đối với đồng bào Mông. Chỉ riêng năm 2012, toàn tỉnh vẫn còn 217 cặp tảo hôn; nhiều gia đình mổ tới 4 - 5 con trâu trong một đám ma, chi phí có khi lên tới 80 - 100 triệu đồng.
Các học viên được nghe ông Vàng Seo Chúng, Trưởng phòng Tuyên truyền - Địa bàn Ban Dân tộc tỉnh, giới thiệu Luật Hôn nhân và gia đình, Quyết định số 1231/QĐ-UBND của UBND tỉnh về quy định mức trần chi phí đám cưới, đám ma trong đồng bào dân tộc thiểu số, và phương pháp vận động "mưa dầm thấm lâu". Bà Lý Thị Mai, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, trao đổi chuyên đề phòng, chống tảo hôn trong thanh niên người Mông, người Dao.
Chia sẻ tại lớp học, ông Giàng Chứ Sính, người có uy tín thôn Lũng Cú, xã Lũng Cú, cho biết dòng họ Giàng trong thôn đã thống nhất: đám ma chỉ để tối đa 3 ngày, mỗi đám chỉ mổ 1 con trâu, không bắt con cháu ở xa phải mang trâu đến cúng. Nhờ đó, từ đầu năm đến nay thôn có 6 đám ma đều làm gọn, tiết kiệm. Ông Thào Mí Dính, Bí thư Chi bộ thôn Sủng Là, xã Sủng Là, kể đã 3 lần đến nhà vận động gia đình có con gái 15 tuổi hoãn việc cưới.
Theo Ban Dân vận Tỉnh ủy, sau lớp tập huấn, các học viên sẽ về tuyên truyền tại 193 thôn, bản. Năm 2013, tỉnh đặt mục tiêu giảm ít nhất 20% số cặp tảo hôn so với năm 2012 và không để xảy ra việc đám ma kéo dài quá 3 ngày ở các thôn đã ký cam kết.
Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 15-CT/TU về tăng cường lãnh đạo công tác vận động đồng bào thực hiện nếp sống văn minh, xóa bỏ hủ tục.
Ngọc Mai
Tin cùng chuyên mục
- Mèo Vạc: 120 hộ ký cam kết không tảo hôn (28/08/2013)
- Yên Minh họp mặt người có uy tín (15/08/2013)
- Quản Bạ: hiệu quả từ mô hình dòng họ tự quản (30/07/2013)
""", "2013-09-12", "Tập huấn vận động đồng bào Mông xóa bỏ hủ tục trong cưới hỏi, ma chay",
E("tap_huan", "2013", "2013-09-10"),
[P("Sùng Mí Lử", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Seo Chúng", "Trưởng phòng Tuyên truyền - Địa bàn Ban Dân tộc tỉnh"),
 P("Lý Thị Mai", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Giàng Chứ Sính", "người có uy tín thôn Lũng Cú"),
 P("Thào Mí Dính", "Bí thư Chi bộ thôn Sủng Là")],
[Q("96 học viên", 96, "học viên"), Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá"),
 Q("217 cặp tảo hôn", 217, "cặp tảo hôn"), Q("4 - 5 con trâu", 4, "con trâu"), Q("4 - 5 con trâu", 5, "con trâu"),
 Q("80 - 100 triệu đồng", 80000000, "đồng"), Q("80 - 100 triệu đồng", 100000000, "đồng"),
 Q("6 đám ma", 6, "đám ma"), Q("193 thôn, bản", 193, "thôn, bản"), Q("ít nhất 20%", 20, "%", "over")],
[D("Quyết định", "1231", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1231/QĐ-UBND"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Công tác dân tộc, tôn giáo",
 "Đồng chí Sùng Mí Lử, Phó Trưởng Ban Dân vận Tỉnh ủy, phát biểu khai mạc lớp tập huấn.", "Luật Hôn nhân và gia đình", "mưa dầm thấm lâu"],
["08:40 | 12/09/2013", "năm 2013", "5 - 7 ngày", "năm 2012", "3 ngày", "1 con trâu", "15 tuổi", "3 lần", "hai ngày"]))

PAGES.append(page("b7088-thaibinh-viectang-soket-2014", """
Báo Thái Bình Online
Thời sự | Chính trị | Văn hóa | Xã hội | Kinh tế
Ngày đăng 09/07/2014 | 15:30
Hội nghị sơ kết.
Nhiều chuyển biến trong thực hiện việc tang văn minh
(BTB) - Ngày 8/7, Ban Chỉ đạo thực hiện nếp sống văn minh trong việc cưới, việc tang tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Văn Khiêm - Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Thái Bình là một trong những tỉnh đi đầu thực hiện Nghị quyết số 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về việc cưới, việc tang, lễ hội và Đề án 05 của UBND tỉnh về quy hoạch, cải tạo nghĩa trang nhân dân. Sáu tháng qua, toàn tỉnh có 5.126 đám tang, 100% đám tang không để người chết quá 24 giờ, không rắc tiền âm phủ, vàng mã trên đường đưa tang; có 1.847 ca hỏa táng, chiếm 36%, cao hơn cùng kỳ 9 điểm phần trăm. 278/286 xã, phường, thị trấn đã có nhà tang lễ hoặc khu nhà đại thể.
Các địa phương cũng đã vận động 2.361 đám cưới thực hiện đúng quy định, số mâm cỗ mỗi đám cưới bình quân giảm còn khoảng 28 mâm. Một số xã như Thụy Ninh, Vũ Thắng, Đông Hợp đã xây dựng quy ước mỗi đám cưới không quá 2 bữa chính, không dựng rạp che kín lòng đường.
Tại hội nghị, đại biểu các huyện Kiến Xương, Thái Thụy nêu khó khăn: kinh phí đầu tư xây dựng nhà tang lễ ở xã lớn, mỗi công trình từ 700 triệu đến 1,2 tỷ đồng; một số gia đình còn e ngại hỏa táng vì tập quán hung táng, cải táng. Bà Trần Thị Liên, Chủ tịch Hội Người cao tuổi xã Đông Hợp, đề xuất phát huy vai trò các cụ cao tuổi trong dòng họ, vì "các cụ nói con cháu mới nghe".
Ông Lại Thế Cường, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo, cho biết tỉnh sẽ tiếp tục hỗ trợ 2 triệu đồng cho mỗi ca hỏa táng của người có hộ khẩu trong tỉnh và xem xét nâng mức hỗ trợ xây dựng nhà tang lễ xã.
Kết luận hội nghị, đồng chí Nguyễn Văn Khiêm yêu cầu các cấp ủy, chính quyền tiếp tục thực hiện nghiêm Kết luận 51-KL/TW của Ban Bí thư; đưa kết quả thực hiện việc cưới, việc tang vào tiêu chí đánh giá tổ chức cơ sở đảng và đảng viên cuối năm; 6 tháng cuối năm phấn đấu 100% xã có tổ nghi lễ tang lễ, tỷ lệ hỏa táng đạt trên 40%.
Đồng chí cũng lưu ý Ban Dân vận, Ủy ban MTTQ và các đoàn thể tỉnh Thái Bình tăng cường giám sát việc tổ chức cưới, tang của cán bộ, đảng viên; kịp thời biểu dương gia đình thực hiện tốt, phê bình trên hệ thống loa truyền thanh những trường hợp vi phạm. Các huyện cần rà soát quy hoạch nghĩa trang, dành quỹ đất xây dựng nhà tang lễ, không để tình trạng chôn cất tự phát ngoài đồng.
Hoàng Hà - Đức Lực
Bài viết liên quan
- Vũ Thư: 100% thôn, tổ dân phố có hương ước mới (20/06/2014)
- Hỏa táng đã trở thành nếp nghĩ mới (05/05/2014)
- Đông Hưng xây dựng 12 nhà tang lễ (18/04/2014)
""", "2014-07-09", "Nhiều chuyển biến trong thực hiện việc tang văn minh",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Nguyễn Văn Khiêm", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Trần Thị Liên", "Chủ tịch Hội Người cao tuổi xã Đông Hợp"),
 P("Lại Thế Cường", "Phó Chủ tịch UBND tỉnh", "Phó Trưởng Ban Chỉ đạo")],
[Q("5.126 đám tang", 5126, "đám tang"), Q("100% đám tang", 100, "%"), Q("1.847 ca hỏa táng", 1847, "ca hỏa táng"),
 Q("36%", 36, "%"), Q("9 điểm phần trăm", 9, "điểm phần trăm"), Q("278/286 xã, phường, thị trấn", 278, "xã, phường, thị trấn"),
 Q("2.361 đám cưới", 2361, "đám cưới"), Q("khoảng 28 mâm", 28, "mâm", "approx"),
 Q("từ 700 triệu", 700000000, "đồng"), Q("đến 1,2 tỷ đồng", 1200000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("100% xã", 100, "%"), Q("trên 40%", 40, "%", "over")],
[D("Nghị quyết", "03", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 03-NQ/TU"),
 D("Kết luận", "51", "KL/TW", None, "Ban Bí thư", "Kết luận 51-KL/TW")],
[prov("Thái Bình"), com("Thụy Ninh"), com("Vũ Thắng"), com("Đông Hợp")],
["Báo Thái Bình Online", "Thời sự | Chính trị | Văn hóa | Xã hội | Kinh tế", "Hội nghị sơ kết.", "(BTB)", "các cụ nói con cháu mới nghe", "Đề án 05"],
["Ngày đăng 09/07/2014 | 15:30", "6 tháng đầu năm 2014", "6 tháng cuối năm", "24 giờ", "2 bữa chính", "Đề án 05"]))

PAGES.append(page("b7089-quangtri-tangle-doithoai-2015", """
ĐẢNG BỘ TỈNH QUẢNG TRỊ - Trang thông tin điện tử Ban Dân vận
Tin tức › Dân vận chính quyền
Thứ Năm, 22/10/2015
Lãnh đạo huyện đối thoại với nhân dân về quy hoạch nghĩa trang và tang lễ văn minh
Chiều 21/10/2015, tại hội trường UBND xã Triệu Độ, huyện Triệu Phong (tỉnh Quảng Trị) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền huyện với nhân dân năm 2015 về chủ đề "Quy hoạch nghĩa trang tập trung và thực hiện việc tang văn minh". Tham gia đối thoại có đồng chí Lê Quang Chiến, Bí thư Huyện ủy; đồng chí Nguyễn Thị Bé, HUV, Trưởng Ban Dân vận Huyện ủy và hơn 200 cử tri, đại diện các dòng họ của 3 xã Triệu Độ, Triệu Thuận, Triệu Đại.
Thực hiện Quyết định số 308/2005/QĐ-TTg của Thủ tướng Chính phủ và Nghị định số 35/2008/NĐ-CP của Chính phủ về xây dựng, quản lý và sử dụng nghĩa trang, huyện đã quy hoạch 14 nghĩa trang tập trung. Tuy vậy, tình trạng xây lăng mộ, "cồn họ" to, chiếm nhiều đất ở vùng cát vẫn diễn ra; có dòng họ bỏ ra 1,5 tỷ đồng xây khu lăng mộ giữa đồng.
Tại buổi đối thoại, ông Hoàng Văn Lịch, trưởng họ Hoàng làng An Lưu, xã Triệu Độ, bày tỏ: bà con sẵn sàng di dời mộ về nghĩa trang chung nhưng đề nghị huyện hỗ trợ kinh phí cất bốc và làm đường vào nghĩa trang. Bà Trần Thị Vân, thôn Đại Hào, xã Triệu Đại, phản ánh việc một số đám tang vẫn thuê nhạc kèn, hát karaoke đến khuya, gây ồn ào.
Trả lời các ý kiến, đồng chí Lê Quang Chiến cho biết năm 2016 huyện dành khoảng 3 tỷ đồng hỗ trợ di dời mộ, mức hỗ trợ 1,5 triệu đồng/mộ; các xã chỉ đạo tổ dân vận thôn, trưởng họ vận động con cháu không xây mộ vượt quá diện tích quy định 5 m2. Ông Phan Văn Hùng, Phó Chủ tịch UBND huyện, đề nghị UBND xã đưa quy định về giờ giấc nhạc tang lễ vào hương ước, không sử dụng loa công suất lớn sau 22 giờ.
Trong buổi đối thoại có 17 ý kiến, kiến nghị của nhân dân, 15 ý kiến được trả lời trực tiếp, 2 ý kiến được giao các phòng chuyên môn nghiên cứu, trả lời bằng văn bản.
Phát biểu kết thúc, Bí thư Huyện ủy đề nghị các dòng họ phát huy truyền thống hiếu nghĩa nhưng tránh phô trương; đảng viên, cán bộ phải đi đầu trong di dời mộ và không xây cồn họ mới. Huyện sẽ tiếp tục tổ chức đối thoại ở các xã vùng cát trong năm 2016.
Theo Ban Dân vận Huyện ủy, sau đối thoại, trưởng các dòng họ ở 3 xã đã ký cam kết không xây mới lăng mộ ngoài khu quy hoạch, vận động con cháu đóng góp cải tạo nghĩa trang chung. Đây là lần thứ hai huyện tổ chức đối thoại chuyên đề về tang lễ, sau buổi đối thoại tại xã Triệu Thuận hồi tháng 5.
Hương Giang
Tin khác
- Gio Linh ra mắt mô hình "Tổ tang lễ thôn" (05/10/2015)
- Vĩnh Linh: hiệu quả đối thoại ở cơ sở (18/09/2015)
- Ban Dân vận Tỉnh ủy sơ kết 9 tháng (28/09/2015)
""", "2015-10-22", "Lãnh đạo huyện đối thoại với nhân dân về quy hoạch nghĩa trang và tang lễ văn minh",
E("doi_thoai", "2015", "2015-10-21"),
[P("Lê Quang Chiến", "Bí thư Huyện ủy"),
 P("Nguyễn Thị Bé", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hoàng Văn Lịch", "trưởng họ Hoàng làng An Lưu"),
 P("Trần Thị Vân"),
 P("Phan Văn Hùng", "Phó Chủ tịch UBND huyện")],
[Q("hơn 200 cử tri", 200, "cử tri", "over"), Q("3 xã", 3, "xã"), Q("14 nghĩa trang tập trung", 14, "nghĩa trang tập trung"),
 Q("1,5 tỷ đồng", 1500000000, "đồng"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("5 m2", 5, "m2"), Q("17 ý kiến", 17, "ý kiến"),
 Q("15 ý kiến", 15, "ý kiến"), Q("2 ý kiến", 2, "ý kiến")],
[D("Quyết định", "308", "2005/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 308/2005/QĐ-TTg"),
 D("Nghị định", "35", "2008/NĐ-CP", None, "Chính phủ", "Nghị định số 35/2008/NĐ-CP")],
[prov("Quảng Trị"), com("Triệu Độ"), com("Triệu Thuận"), com("Triệu Đại")],
["ĐẢNG BỘ TỈNH QUẢNG TRỊ - Trang thông tin điện tử Ban Dân vận", "Tin tức › Dân vận chính quyền",
 "Quy hoạch nghĩa trang tập trung và thực hiện việc tang văn minh", "cồn họ"],
["Thứ Năm, 22/10/2015", "năm 2015", "năm 2016", "22 giờ"]))

PAGES.append(page("b7090-daklak-buon-nepsong-2016", """
Báo Đắk Lắk điện tử
Xã hội > Dân tộc - Miền núi
15/03/2016 - 07:45
Buôn Êđê thay đổi nếp nghĩ trong cưới xin, tang ma
Những năm gần đây, ở buôn Kô Siêr, xã Ea Tu, thành phố Buôn Ma Thuột, chuyện đám cưới kéo dài cả tuần, đám tang mổ trâu, mổ bò đãi cả buôn đã dần lùi vào quá khứ. Có được sự thay đổi ấy là nhờ sự kiên trì của già làng, người có uy tín và đoàn thể trong buôn.
Già làng Y Ngông Niê Kdăm trò chuyện với thanh niên trong buôn. Ảnh: H'Xuân
Già làng Y Ngông Niê Kdăm, năm nay 78 tuổi, nhớ lại: trước đây, theo tục lệ, nhà có người chết phải để 4, 5 ngày, con cháu giết trâu, heo cúng tế, nhiều nhà kiệt quệ sau một đám tang. Cũng theo tục "nối dây" (chuê nuê), người vợ hoặc chồng góa phải lấy người trong dòng họ của người đã mất, gây nhiều cảnh éo le. "Mình phải nói cho bà con hiểu, cái gì tốt thì giữ, cái gì làm khổ con cháu thì bỏ", ông nói.
Ông Y Khoa Mlô, Trưởng buôn Kô Siêr, cho biết buôn có 312 hộ với hơn 1.400 nhân khẩu, 98% là đồng bào Êđê. Từ năm 2013, buôn đưa vào quy ước: đám tang tổ chức không quá 3 ngày, không mổ trâu, bò; đám cưới làm gọn trong một ngày, không ép cưới người dưới tuổi. Hai năm qua, buôn có 19 đám cưới, 11 đám tang, không đám nào vi phạm quy ước.
Chị H'Luyến Êban, Chi hội trưởng Chi hội Phụ nữ buôn Kô Siêr, kể chi hội đã lập nhóm "Phụ nữ nói không với tảo hôn", đến từng nhà có con gái tuổi 14 - 16 để vận động. Năm 2015, buôn không còn trường hợp tảo hôn nào, trong khi năm 2012 vẫn có 5 cặp.
Theo bà Nguyễn Thị Thu Hằng, Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột, thành phố hiện có 33 buôn đồng bào dân tộc tại chỗ; thực hiện Chỉ thị số 11-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào thực hiện nếp sống văn minh, 27 buôn đã xây dựng quy ước mới về việc cưới, việc tang. Mặt trận và các đoàn thể thành phố cũng hỗ trợ mỗi buôn 10 triệu đồng để mua sắm rạp, bàn ghế, dụng cụ phục vụ tang lễ.
Trong nhà dài của gia đình ông Y Ngông, chiếc chiêng treo trên vách vẫn được giữ gìn. Ông bảo, bỏ hủ tục không có nghĩa là bỏ văn hóa của cha ông: lễ cúng bến nước, lễ mừng lúa mới vẫn được buôn tổ chức, chỉ là làm vừa sức, đúng lúc, không để ai phải vay nợ.
Hôm chúng tôi đến, cả buôn đang chuẩn bị đám cưới của đôi trẻ Y Phong và H'Mai. Theo quy ước, nhà gái chỉ mổ 2 con heo, mời họ hàng và bà con trong buôn dự một bữa trưa, buổi chiều thanh niên đánh chiêng, múa xoang rồi tan. Không còn cảnh say xỉn nhiều ngày như trước, cũng không ai phải vay lãi để lo cỗ.
Bài, ảnh: H'Xuân - Thế Anh
Lượt xem: 2.117
Tin liên quan
- Krông Pắc: 60 buôn có quy ước mới (03/03/2016)
- Người có uy tín góp sức xây dựng buôn văn hóa (22/02/2016)
- Lễ bỏ mả - nên giữ gì, bỏ gì? (10/01/2016)
""", "2016-03-15", "Buôn Êđê thay đổi nếp nghĩ trong cưới xin, tang ma",
E("khac", None, None),
[P("Y Ngông Niê Kdăm", "Già làng"),
 P("Y Khoa Mlô", "Trưởng buôn Kô Siêr"),
 P("H'Luyến Êban", "Chi hội trưởng Chi hội Phụ nữ buôn Kô Siêr"),
 P("Nguyễn Thị Thu Hằng", "Phó Trưởng Ban Dân vận Thành ủy Buôn Ma Thuột"),
 P("Y Phong"), P("H'Mai")],
[Q("312 hộ", 312, "hộ"), Q("hơn 1.400 nhân khẩu", 1400, "nhân khẩu", "over"), Q("98%", 98, "%"),
 Q("19 đám cưới", 19, "đám cưới"), Q("11 đám tang", 11, "đám tang"), Q("5 cặp", 5, "cặp"),
 Q("33 buôn đồng bào dân tộc tại chỗ", 33, "buôn đồng bào dân tộc tại chỗ"), Q("27 buôn", 27, "buôn"),
 Q("10 triệu đồng", 10000000, "đồng"), Q("2 con heo", 2, "con heo")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tu")],
["Báo Đắk Lắk điện tử", "Xã hội > Dân tộc - Miền núi", "Già làng Y Ngông Niê Kdăm trò chuyện với thanh niên trong buôn. Ảnh: H'Xuân",
 "nối dây", "Phụ nữ nói không với tảo hôn", "Lượt xem: 2.117"],
["15/03/2016 - 07:45", "78 tuổi", "4, 5 ngày", "năm 2013", "3 ngày", "Hai năm", "14 - 16", "Năm 2015", "năm 2012", "Lượt xem: 2.117"]))
