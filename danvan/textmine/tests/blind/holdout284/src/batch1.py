from lib import *
PAGES = []

PAGES.append(page("b6773-yenbai-huyenuy-bieuduong-2011", """
BÁO YÊN BÁI ĐIỆN TỬ
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn
18/11/2011 | 09:20
Văn Chấn biểu dương 85 đảng viên làm kinh tế giỏi
YBĐT - Ngày 16/11, Huyện ủy Văn Chấn tổ chức hội nghị biểu dương đảng viên làm kinh tế giỏi năm 2011. Dự hội nghị có đồng chí Nông Thị Hạnh, Phó Trưởng Ban Dân vận Tỉnh ủy Yên Bái; đồng chí Lò Văn Chiến, Bí thư Huyện ủy, Chủ tịch HĐND huyện Văn Chấn.
Các đảng viên làm kinh tế giỏi nhận giấy khen của Huyện ủy. (Ảnh: Thanh Hà)
Thực hiện Chỉ thị 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh và Kết luận số 33-KL/HU của Ban Thường vụ Huyện ủy về phát huy vai trò đảng viên trong phát triển kinh tế hộ, năm qua toàn huyện có 1.264 đảng viên đăng ký phấn đấu làm kinh tế giỏi. Qua bình xét, 412 đảng viên đạt tiêu chuẩn, chiếm 32,6% số đăng ký; nhiều hộ đảng viên có thu nhập từ 100 triệu đồng/năm trở lên nhờ trồng chè, quế, nuôi cá và làm dịch vụ.
Điều đáng ghi nhận là các đảng viên không chỉ làm giàu cho gia đình mà còn tận tình giúp đỡ người nghèo. Trong năm, đảng viên trong huyện đã giúp 536 hộ nghèo về giống, vốn và kỹ thuật sản xuất, cho vay không lấy lãi hơn 1,3 tỷ đồng; 148 hộ thoát nghèo. Các trang trại, xưởng chế biến chè của đảng viên tạo việc làm thường xuyên cho gần 2.000 lao động ở địa phương.
Tiêu biểu như đồng chí Hà Văn Khiêm, Bí thư Chi bộ thôn Nậm Tộc, xã Nậm Búng. Từ 3 ha quế và 2 ha chè, gia đình anh mở rộng thêm xưởng sơ chế, mỗi năm thu lãi khoảng 250 triệu đồng. Anh nhận đỡ đầu 7 hộ nghèo trong thôn, cho mượn cây giống và hướng dẫn cách chăm sóc; đến nay 5 hộ đã có nhà xây kiên cố. Hay chị Đặng Thị Sỉu, đảng viên chi bộ thôn Khe Căng, xã Sùng Đô, người Dao đầu tiên trong xã mở cửa hàng vật tư nông nghiệp, bán chịu phân bón cho bà con đến mùa thu hoạch mới trả.
Phát biểu tại hội nghị, đồng chí Lò Văn Chiến đánh giá phong trào đã khẳng định vai trò tiên phong của người đảng viên ở nông thôn, góp phần đưa tỷ lệ hộ nghèo toàn huyện giảm còn 27,4%. Đồng chí đề nghị các tổ chức cơ sở đảng tiếp tục nhân rộng cách làm hay, gắn phong trào với việc đánh giá, phân loại đảng viên cuối năm; các hội đoàn thể phối hợp với Ngân hàng Chính sách xã hội huyện tạo điều kiện để hộ nghèo tiếp cận vốn vay.
Đồng chí Nông Thị Hạnh đề nghị Ban Dân vận Huyện ủy chủ động tham mưu xây dựng mô hình "Đảng viên giúp hộ nghèo" ở các xã vùng cao, kịp thời phát hiện, bồi dưỡng nhân tố mới.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 85 đảng viên và 6 chi bộ có thành tích xuất sắc trong phong trào; mỗi đảng viên được thưởng 500.000 đồng.
Minh Huyền
Lượt đọc: 1.032
Tin liên quan
- Trấn Yên: 92 đảng viên được công nhận làm kinh tế giỏi (10/11/2011)
- Lục Yên vận động nhân dân hiến đất làm đường (02/11/2011)
- Mù Cang Chải: phát huy vai trò người có uy tín (25/10/2011)
""", "2011-11-18", "Văn Chấn biểu dương 85 đảng viên làm kinh tế giỏi",
E("hoi_nghi", "2011", "2011-11-16"),
[P("Nông Thị Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy Yên Bái"),
 P("Lò Văn Chiến", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện Văn Chấn"),
 P("Hà Văn Khiêm", "Bí thư Chi bộ thôn Nậm Tộc"),
 P("Đặng Thị Sỉu", "đảng viên chi bộ thôn Khe Căng")],
[Q("85 đảng viên", 85, "đảng viên"), Q("1.264 đảng viên", 1264, "đảng viên"), Q("412 đảng viên", 412, "đảng viên"),
 Q("32,6%", 32.6, "%"), Q("từ 100 triệu đồng/năm trở lên", 100000000, "đồng", "over"),
 Q("536 hộ nghèo", 536, "hộ nghèo"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("148 hộ", 148, "hộ"),
 Q("gần 2.000 lao động", 2000, "lao động", "approx"), Q("3 ha", 3, "ha"), Q("2 ha", 2, "ha"),
 Q("khoảng 250 triệu đồng", 250000000, "đồng", "approx"), Q("7 hộ nghèo", 7, "hộ nghèo"), Q("5 hộ", 5, "hộ"),
 Q("27,4%", 27.4, "%"), Q("6 chi bộ", 6, "chi bộ"), Q("500.000 đồng", 500000, "đồng")],
[D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị 03-CT/TW ngày 14/5/2011"),
 D("Kết luận", "33", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận số 33-KL/HU")],
[prov("Yên Bái"), com("Nậm Búng"), com("Sùng Đô")],
["BÁO YÊN BÁI ĐIỆN TỬ", "Trang chủ > Kinh tế > Nông nghiệp - Nông thôn", "YBĐT",
 "Các đảng viên làm kinh tế giỏi nhận giấy khen của Huyện ủy. (Ảnh: Thanh Hà)", "Đảng viên giúp hộ nghèo",
 "Ngân hàng Chính sách xã hội huyện", "Lượt đọc: 1.032"],
["18/11/2011 | 09:20", "năm 2011", "Lượt đọc: 1.032"]))

PAGES.append(page("b6774-hungyen-chandung-dangvien-2012", """
Báo Hưng Yên
Bạn đang ở: Trang chủ / Xây dựng Đảng / Gương sáng
Thứ Hai, 09/04/2012 - 07:45
Ông Đỗ Văn Lực (bên phải) giới thiệu với cán bộ xã mô hình nuôi cá.
Người đảng viên "dẫn đường" cho hộ nghèo vượt khó
Hơn 10 năm gắn bó với vùng trũng ven sông, ông Đỗ Văn Lực, Phó Bí thư Chi bộ thôn Đông Kim, xã Phụng Công, không chỉ làm giàu cho gia đình mà còn kéo nhiều hộ nghèo trong thôn cùng đi lên.
Năm 2001, khi xã có chủ trương chuyển đổi ruộng trũng cấy lúa bấp bênh sang nuôi trồng thủy sản, ông Lực là người đầu tiên nhận thầu 6 ha ao. Những năm đầu cá chết vì dịch bệnh, vốn liếng gần như mất trắng, nhiều người khuyên ông bỏ cuộc. "Mình là đảng viên, mình bỏ thì bà con còn tin ai", ông kể. Ông tìm đến các trung tâm giống ở Hải Dương học cách ương cá, xử lý nước, rồi mạnh dạn đầu tư máy sục khí.
Đến nay, trang trại của ông mỗi năm xuất bán khoảng 60 tấn cá thương phẩm, doanh thu khoảng 3 tỷ đồng, trừ chi phí lãi hơn 700 triệu đồng; tạo việc làm thường xuyên cho 12 lao động với mức lương từ 2,5 đến 3 triệu đồng/tháng.
Điều khiến người dân Đông Kim quý trọng ông là tấm lòng với người nghèo. Từ năm 2008, ông nhận giúp đỡ 17 hộ nghèo trong thôn: mỗi hộ được ông cho 5.000 con cá giống, cho vay không lấy lãi 20 triệu đồng và đến tận ao hướng dẫn cách chăm sóc. Bà Lê Thị Nụ, một trong những hộ được giúp, xúc động: "Chồng mất sớm, hai con còn nhỏ, nhờ ông Lực cho cá giống, chỉ cách nuôi mà nay tôi đã trả hết nợ, sửa được nhà". Đến nay đã có 11 hộ thoát nghèo, trong đó 3 hộ trở thành hộ khá.
Thực hiện Nghị quyết số 03-NQ/ĐU ngày 15/1/2011 của Đảng ủy xã về phát triển kinh tế thủy sản giai đoạn 2011 - 2015, ông Lực còn cùng Hội Nông dân xã thành lập tổ hợp tác nuôi cá với 24 thành viên, chia sẻ kinh nghiệm và liên kết tiêu thụ sản phẩm.
Chủ tịch Hội Nông dân xã Phụng Công Nguyễn Thị Thoan cho biết: ông Lực nhiều năm liền đạt danh hiệu nông dân sản xuất kinh doanh giỏi cấp tỉnh; ông cũng là người vận động bà con hiến đất mở rộng đường trục thôn. Năm 2011, gia đình ông hiến gần 300 m2 đất và góp 15 triệu đồng để làm nhà văn hóa thôn. Mỗi dịp Tết, ông đều dành tiền mua quà tặng các gia đình chính sách, người già neo đơn trong xã.
Theo đồng chí Trần Văn Tiến, Bí thư Đảng ủy xã Phụng Công, từ tấm gương ông Lực, Đảng ủy đã phát động phong trào mỗi đảng viên giúp đỡ ít nhất 1 hộ nghèo. Nhờ đó, tỷ lệ hộ nghèo của xã giảm từ 9,8% năm 2008 xuống còn 4,2% hiện nay.
Việt Hà
Tin khác
- Văn Lâm: Đảng viên tiên phong dồn điền đổi thửa (03/04/2012)
- Khoái Châu nâng cao chất lượng sinh hoạt chi bộ (28/03/2012)
- Gương đảng viên trẻ khởi nghiệp từ cây nhãn (20/03/2012)
""", "2012-04-09", "Người đảng viên \"dẫn đường\" cho hộ nghèo vượt khó",
E("khac", None, None),
[P("Đỗ Văn Lực", "Phó Bí thư Chi bộ thôn Đông Kim"),
 P("Lê Thị Nụ"),
 P("Nguyễn Thị Thoan", "Chủ tịch Hội Nông dân xã Phụng Công"),
 P("Trần Văn Tiến", "Bí thư Đảng ủy xã Phụng Công")],
[Q("6 ha", 6, "ha"), Q("khoảng 60 tấn", 60, "tấn", "approx"), Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"),
 Q("hơn 700 triệu đồng", 700000000, "đồng", "over"), Q("12 lao động", 12, "lao động"),
 Q("2,5 đến 3 triệu đồng/tháng", 2500000, "đồng"), Q("3 triệu đồng/tháng", 3000000, "đồng"),
 Q("17 hộ nghèo", 17, "hộ nghèo"), Q("5.000 con cá giống", 5000, "con cá giống"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("11 hộ", 11, "hộ"), Q("3 hộ", 3, "hộ"), Q("24 thành viên", 24, "thành viên"),
 Q("9,8%", 9.8, "%"), Q("4,2%", 4.2, "%"), Q("gần 300 m2", 300, "m2", "approx"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Nghị quyết", "03", "NQ/ĐU", "2011-01-15", "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU ngày 15/1/2011")],
[prov("Hưng Yên"), com("Phụng Công")],
["Báo Hưng Yên", "Bạn đang ở: Trang chủ / Xây dựng Đảng / Gương sáng",
 "Ông Đỗ Văn Lực (bên phải) giới thiệu với cán bộ xã mô hình nuôi cá.", "Hải Dương", "Hội Nông dân xã"],
["Thứ Hai, 09/04/2012 - 07:45", "Hơn 10 năm", "Năm 2001", "năm 2008", "1 hộ nghèo", "2011 - 2015"]))

PAGES.append(page("b6775-nghean-bdvhu-tongket-2013", """
BÁO NGHỆ AN
Thời sự | Chính trị | Xây dựng Đảng
Cập nhật: 16:10, 27/12/2013 (GMT+7)
Ảnh: Quang cảnh hội nghị.
Quỳnh Lưu: Đảng viên làm kinh tế giỏi góp sức giảm nghèo
(Baonghean) - Chiều 25/12, Ban Dân vận Huyện ủy Quỳnh Lưu tổ chức hội nghị tổng kết phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" năm 2013. Dự hội nghị có đồng chí Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ huyện Nguyễn Đình Phú; các đồng chí Phó Bí thư Huyện ủy: Hồ Văn Lâm, Trần Thị Hương.
Năm 2013, thực hiện Nghị quyết 05, 06-NQ/HU của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế biển và xây dựng nông thôn mới, các chi bộ đã vận động 1.860 đảng viên đăng ký làm kinh tế giỏi; cuối năm có 734 đảng viên được công nhận, tăng 96 đảng viên so với năm 2012. Nhiều mô hình nuôi tôm thẻ chân trắng, đóng tàu cá vỏ thép, làm muối sạch của đảng viên cho thu nhập từ 300 đến 500 triệu đồng mỗi năm.
Phong trào gắn chặt với việc thực hiện Nghị quyết 80/NQ-CP ngày 19/5/2011 của Chính phủ về định hướng giảm nghèo bền vững và Quyết định số 1489/QĐ-TTg ngày 8/10/2012 của Thủ tướng Chính phủ. Các đảng viên đã hỗ trợ hộ nghèo 2.350 ngày công, 48 con bò giống, 11 tấn phân bón và cho vay không lãi khoảng 2,1 tỷ đồng. Toàn huyện có 412 hộ thoát nghèo, tỷ lệ hộ nghèo còn 11,36%, giảm 3,02% so với đầu năm.
Tại xã Quỳnh Thuận, đồng chí Hồ Sỹ Toàn, Bí thư Chi bộ xóm Tân Lộc, chủ 2 tàu khai thác xa bờ, nhận 9 ngư dân nghèo vào làm bạn thuyền, thu nhập bình quân mỗi người 6 triệu đồng/tháng. Ở xã Quỳnh Lập, nữ đảng viên Phan Thị Hòa, Chi hội trưởng Chi hội phụ nữ xóm 3, vận động chị em lập tổ tiết kiệm, giúp 14 chị có vốn mua lưới, mua giống gà.
Báo cáo cũng chỉ ra hạn chế: một số chi bộ đăng ký còn hình thức, chưa gắn chỉ tiêu giúp hộ nghèo với đánh giá đảng viên; việc hỗ trợ còn nặng cho không, chưa chú trọng dạy nghề. Một số hộ đã thoát nghèo nhưng thu nhập chưa ổn định, nguy cơ tái nghèo cao khi gặp thiên tai, dịch bệnh. Ở các xã vùng bãi ngang, nhiều đảng viên có vốn nhưng ngại mở rộng sản xuất vì đầu ra sản phẩm bấp bênh, giá cả thất thường.
Phát biểu chỉ đạo, đồng chí Hồ Văn Lâm đề nghị năm 2014 mỗi tổ chức cơ sở đảng xây dựng ít nhất 2 mô hình đảng viên giúp hộ nghèo; phấn đấu giảm thêm 2,5% hộ nghèo.
Nghệ An hiện là một trong những địa phương có phong trào đảng viên làm kinh tế giỏi phát triển rộng khắp; kinh nghiệm của Quỳnh Lưu sẽ được Ban Dân vận Tỉnh ủy tổng hợp, nhân rộng.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 27 đảng viên và 8 tổ chức cơ sở đảng tiêu biểu.
Hoài Thu - Phan Quỳnh
Lượt xem: 2.415
Tin liên quan
- Diễn Châu: Tôn vinh 50 nông dân sản xuất giỏi (20/12/2013)
- Nghi Lộc tổng kết công tác dân vận năm 2013 (18/12/2013)
- Con Cuông: đảng viên trẻ làm giàu từ rừng keo (10/12/2013)
""", "2013-12-27", "Quỳnh Lưu: Đảng viên làm kinh tế giỏi góp sức giảm nghèo",
E("tong_ket", "2013", "2013-12-25"),
[P("Nguyễn Đình Phú", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hồ Văn Lâm", "Phó Bí thư Huyện ủy"), P("Trần Thị Hương", "Phó Bí thư Huyện ủy"),
 P("Hồ Sỹ Toàn", "Bí thư Chi bộ xóm Tân Lộc"),
 P("Phan Thị Hòa", "Chi hội trưởng Chi hội phụ nữ xóm 3")],
[Q("1.860 đảng viên", 1860, "đảng viên"), Q("734 đảng viên", 734, "đảng viên"), Q("96 đảng viên", 96, "đảng viên"),
 Q("300 đến 500 triệu đồng", 300000000, "đồng"), Q("500 triệu đồng", 500000000, "đồng"),
 Q("2.350 ngày công", 2350, "ngày công"), Q("48 con bò giống", 48, "con bò giống"), Q("11 tấn", 11, "tấn"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("412 hộ", 412, "hộ"), Q("11,36%", 11.36, "%"),
 Q("3,02%", 3.02, "%"), Q("2 tàu khai thác xa bờ", 2, "tàu khai thác xa bờ"), Q("9 ngư dân nghèo", 9, "ngư dân nghèo"),
 Q("6 triệu đồng/tháng", 6000000, "đồng"), Q("14 chị", 14, "chị"),
 Q("ít nhất 2 mô hình", 2, "mô hình", "over"), Q("2,5%", 2.5, "%"),
 Q("27 đảng viên", 27, "đảng viên"), Q("8 tổ chức cơ sở đảng tiêu biểu", 8, "tổ chức cơ sở đảng tiêu biểu")],
[D("Nghị quyết", "05", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "06", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 05, 06-NQ/HU"),
 D("Nghị quyết", "80", "NQ-CP", "2011-05-19", "Chính phủ", "Nghị quyết 80/NQ-CP ngày 19/5/2011"),
 D("Quyết định", "1489", "QĐ-TTg", "2012-10-08", "Thủ tướng Chính phủ", "Quyết định số 1489/QĐ-TTg ngày 8/10/2012")],
[prov("Nghệ An"), com("Quỳnh Thuận"), com("Quỳnh Lập")],
["BÁO NGHỆ AN", "Thời sự | Chính trị | Xây dựng Đảng", "Ảnh: Quang cảnh hội nghị.", "(Baonghean)",
 "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo", "Lượt xem: 2.415"],
["Cập nhật: 16:10, 27/12/2013 (GMT+7)", "năm 2013", "năm 2012", "năm 2014", "xóm 3", "Lượt xem: 2.415"]))

PAGES.append(page("b6776-soctrang-bdvtu-giaoluu-khmer-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo
08:30 | 22/08/2014
Giao lưu đảng viên người Khmer làm kinh tế giỏi
Ngày 20/8/2014, tại hội trường Huyện ủy Trần Đề, Ban Dân vận Tỉnh ủy Sóc Trăng phối hợp với Huyện ủy tổ chức hội nghị giao lưu đảng viên người dân tộc Khmer làm kinh tế giỏi, giúp nhau thoát nghèo năm 2014. Đến dự có đồng chí Thạch Sô Phal, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; các đồng chí Kim Văn Sang, Triệu Thị Sa Ry, Lâm Văn Hên - Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề cùng 120 đảng viên, người có uy tín trong đồng bào Khmer.
Các đại biểu tham quan ruộng hành tím của đảng viên Sơn Thị Mỹ Linh.
Qua 5 năm thực hiện Chỉ thị 68-CT/TW ngày 18/4/1991 của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và kế hoạch số 12-KH/BDVTU của Ban Dân vận Tỉnh ủy, toàn tỉnh đã có 2.317 đảng viên người Khmer đăng ký làm kinh tế giỏi; 946 đồng chí đạt danh hiệu, trong đó 58 đảng viên có thu nhập trên 200 triệu đồng/năm. Các đảng viên đã giúp đỡ 1.125 hộ Khmer nghèo về cây con giống, vốn, ngày công; góp phần đưa tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 13,8%.
Tại buổi giao lưu, đồng chí Lý Sóc Khom, Bí thư Chi bộ ấp Prey Chóp, xã Lịch Hội Thượng, chia sẻ: gia đình anh có 4 ha trồng hành tím, củ cải và nuôi 15 con bò, mỗi năm lãi khoảng 320 triệu đồng. Anh cho 6 hộ nghèo mượn bò giống, khi bò đẻ thì hộ nghèo giữ bê con, trả lại bò mẹ. Bằng cách này, đã có 4 hộ thoát nghèo bền vững.
Chị Sơn Thị Mỹ Linh, Phó Chủ tịch Hội Liên hiệp phụ nữ xã Liêu Tú, kể về tổ hợp tác se lạp xưởng với 18 chị em, phần lớn thuộc hộ nghèo, cận nghèo. Mỗi chị có thêm 1,5 đến 2 triệu đồng/tháng. Đại đức Kim Sóc Khon, trụ trì chùa Prey Chóp, cho biết nhà chùa sẵn sàng phối hợp vận động bà con áp dụng tiến bộ kỹ thuật, tiếp cận vốn vay theo Quyết định 29/2013/QĐ-TTg của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất cho đồng bào dân tộc thiểu số.
Các ý kiến đề nghị tỉnh có cơ chế hỗ trợ đảng viên đầu tư máy móc nông nghiệp, xây dựng thương hiệu hành tím Vĩnh Châu - Trần Đề; tăng cường lớp dạy tiếng Khmer cho cán bộ.
Kết luận buổi giao lưu, đồng chí Thạch Sô Phal ghi nhận những đóng góp của đảng viên người Khmer trong phong trào "Sóc Trăng chung tay vì người nghèo", đề nghị mỗi chi bộ ấp có đông đồng bào Khmer chọn ít nhất 1 đảng viên làm kinh tế giỏi để nhận đỡ đầu hộ nghèo.
Dịp này, Ban Dân vận Tỉnh ủy tặng 30 phần quà, mỗi phần trị giá 400.000 đồng cho các đảng viên tiêu biểu.
Tú Quyên
Số lượt truy cập: 356.812
Các tin đã đưa
- Mỹ Xuyên: vận động đồng bào Khmer chuyển đổi cây trồng (12/08/2014)
- Thăm, chúc mừng lễ Sene Dolta (05/08/2014)
- Ngã Năm tổng kết mô hình "Dân vận khéo" (25/07/2014)
""", "2014-08-22", "Giao lưu đảng viên người Khmer làm kinh tế giỏi",
E("hoi_nghi", "2014", "2014-08-20"),
[P("Thạch Sô Phal", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Kim Văn Sang", "Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Triệu Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Lâm Văn Hên", "Phó Chủ tịch Ủy ban MTTQ huyện Trần Đề"),
 P("Lý Sóc Khom", "Bí thư Chi bộ ấp Prey Chóp"),
 P("Sơn Thị Mỹ Linh", "Phó Chủ tịch Hội Liên hiệp phụ nữ xã Liêu Tú"),
 P("Kim Sóc Khon", "Đại đức", "trụ trì chùa Prey Chóp")],
[Q("120 đảng viên, người có uy tín", 120, "đảng viên, người có uy tín"),
 Q("2.317 đảng viên người Khmer", 2317, "đảng viên người Khmer"), Q("946 đồng chí", 946, "đồng chí"),
 Q("58 đảng viên", 58, "đảng viên"), Q("trên 200 triệu đồng/năm", 200000000, "đồng", "over"),
 Q("1.125 hộ Khmer nghèo", 1125, "hộ Khmer nghèo"), Q("13,8%", 13.8, "%"), Q("4 ha", 4, "ha"),
 Q("15 con bò", 15, "con bò"), Q("khoảng 320 triệu đồng", 320000000, "đồng", "approx"), Q("6 hộ nghèo", 6, "hộ nghèo"),
 Q("4 hộ", 4, "hộ"), Q("18 chị em", 18, "chị em"), Q("1,5 đến 2 triệu đồng/tháng", 1500000, "đồng"),
 Q("2 triệu đồng/tháng", 2000000, "đồng"), Q("30 phần quà", 30, "phần quà"), Q("400.000 đồng", 400000, "đồng")],
[D("Chỉ thị", "68", "CT/TW", "1991-04-18", "Ban Bí thư", "Chỉ thị 68-CT/TW ngày 18/4/1991"),
 D("Kế hoạch", "12", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 12-KH/BDVTU"),
 D("Quyết định", "29", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 29/2013/QĐ-TTg")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Liêu Tú")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ :: Tin tức - Sự kiện :: Dân tộc - Tôn giáo",
 "Các đại biểu tham quan ruộng hành tím của đảng viên Sơn Thị Mỹ Linh.", "Sóc Trăng chung tay vì người nghèo",
 "Vĩnh Châu - Trần Đề", "Số lượt truy cập: 356.812"],
["08:30 | 22/08/2014", "946 đồng chí", "5 năm", "năm 2014", "1 đảng viên", "Số lượt truy cập: 356.812"]))

PAGES.append(page("b6777-laocai-chandung-bithu-mong-2015", """
laocai.gov.vn - Cổng Thông tin điện tử tỉnh Lào Cai
Tin tức > Tin địa phương > Bắc Hà
05-10-2015 08:10
Anh Giàng Seo Phử (thứ hai từ trái) trao đổi kinh nghiệm trồng mận với bà con.
Bí thư chi bộ người Mông làm giàu từ mận Tam hoa
Ở thôn Sín Chải, xã Bản Phố, nhắc đến anh Giàng Seo Phử, Bí thư Chi bộ thôn, ai cũng nhớ ngay người đảng viên trẻ đã mạnh dạn thay ngô, lúa nương bằng cây mận Tam hoa và dẫn dắt cả thôn cùng làm theo.
Năm 2006, khi mới 26 tuổi, Phử được kết nạp vào Đảng. Thấy bà con quanh năm vất vả với nương ngô mà vẫn thiếu ăn, anh lặn lội sang các xã Thải Giàng Phố, Lầu Thí Ngài học cách ghép mận, rồi vay 30 triệu đồng từ Ngân hàng Chính sách xã hội trồng thử trên 1,5 ha đất đồi. Ba năm sau, vườn mận cho thu hoạch, mỗi vụ anh bán được hơn 8 tấn quả.
Đến nay gia đình anh có 3,2 ha mận, 1 ha chè và 12 con trâu, bò; thu nhập bình quân khoảng 180 triệu đồng/năm - con số mơ ước với nhiều gia đình vùng cao. Anh còn mở lò nấu rượu ngô men lá, tạo việc làm cho 5 lao động trong thôn.
Không giữ bí quyết cho riêng mình, anh Phử cho 23 hộ trong thôn mượn hơn 2.000 cành mận ghép, hướng dẫn tận nơi từ khâu đào hố, bón phân đến cắt tỉa. Anh còn đứng ra liên hệ với thương lái dưới xuôi thu mua quả, để bà con không bị ép giá. Ông Vàng Seo Sử, Trưởng thôn Sín Chải, cho biết: năm 2010 thôn có 41 hộ nghèo trên tổng số 76 hộ; đến cuối năm 2014 chỉ còn 9 hộ nghèo.
Theo đồng chí Lù Văn Thào, Phó Bí thư Thường trực Đảng ủy xã Bản Phố, thực hiện Nghị quyết số 10-NQ/HU của Ban Chấp hành Đảng bộ huyện Bắc Hà về phát triển cây ăn quả ôn đới và Đề án 14 của UBND huyện, xã đã có 286 ha mận Tam hoa, cho thu khoảng 15 tỷ đồng mỗi vụ. Đảng ủy xã chọn anh Phử làm điển hình để các chi bộ học tập, gắn với việc thực hiện Chỉ thị 03-CT/TW của Bộ Chính trị.
Năm 2015, anh Phử là một trong 19 đảng viên được Huyện ủy Bắc Hà biểu dương là đảng viên làm kinh tế giỏi tiêu biểu. "Làm Bí thư chi bộ mà nhà mình còn đói thì nói bà con không nghe. Mình phải làm được trước, rồi giúp mọi người cùng làm", anh Phử nói giản dị.
Năm nay, anh dự định cùng 10 hộ trong thôn thành lập tổ hợp tác trồng và tiêu thụ mận, đăng ký nhãn hiệu "Mận Tam hoa Bản Phố" để nâng giá trị sản phẩm. Anh cũng đề xuất với Đảng ủy xã mở lớp hướng dẫn kỹ thuật ghép mận cho thanh niên trong thôn, để lớp trẻ ở lại quê làm kinh tế thay vì đi làm thuê nơi xa.
Bài, ảnh: Lý Hùng
Bài viết liên quan
- Si Ma Cai: Đảng viên tiên phong xóa đói giảm nghèo (28/09/2015)
- Mường Khương: hiệu quả từ cây chè Shan tuyết (15/09/2015)
- Bát Xát phát huy vai trò người có uy tín (04/09/2015)
""", "2015-10-05", "Bí thư chi bộ người Mông làm giàu từ mận Tam hoa",
E("khac", None, None),
[P("Giàng Seo Phử", "Bí thư Chi bộ thôn"),
 P("Vàng Seo Sử", "Trưởng thôn Sín Chải"),
 P("Lù Văn Thào", "Phó Bí thư Thường trực Đảng ủy xã Bản Phố")],
[Q("30 triệu đồng", 30000000, "đồng"), Q("1,5 ha", 1.5, "ha"), Q("hơn 8 tấn", 8, "tấn", "over"),
 Q("3,2 ha", 3.2, "ha"), Q("1 ha", 1, "ha"), Q("12 con trâu, bò", 12, "con trâu, bò"),
 Q("khoảng 180 triệu đồng/năm", 180000000, "đồng", "approx"), Q("5 lao động", 5, "lao động"),
 Q("23 hộ", 23, "hộ"), Q("hơn 2.000 cành mận ghép", 2000, "cành mận ghép", "over"), Q("41 hộ nghèo", 41, "hộ nghèo"),
 Q("76 hộ", 76, "hộ"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("286 ha", 286, "ha"),
 Q("khoảng 15 tỷ đồng", 15000000000, "đồng", "approx"), Q("19 đảng viên", 19, "đảng viên"), Q("10 hộ", 10, "hộ")],
[D("Nghị quyết", "10", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện Bắc Hà", "Nghị quyết số 10-NQ/HU"),
 D("Đề án", "14", None, None, "UBND huyện", "Đề án 14 của UBND huyện"),
 D("Chỉ thị", "03", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 03-CT/TW")],
[prov("Lào Cai"), com("Bản Phố"), com("Thải Giàng Phố"), com("Lầu Thí Ngài")],
["laocai.gov.vn - Cổng Thông tin điện tử tỉnh Lào Cai", "Tin tức > Tin địa phương > Bắc Hà",
 "Anh Giàng Seo Phử (thứ hai từ trái) trao đổi kinh nghiệm trồng mận với bà con.", "Ngân hàng Chính sách xã hội",
 "Mận Tam hoa Bản Phố"],
["05-10-2015 08:10", "Năm 2006", "26 tuổi", "Ba năm", "năm 2010", "năm 2014", "Năm 2015"]))

PAGES.append(page("b6778-binhdinh-bdvtu-giamsat-2016", """
Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định
Vị trí: Trang chủ » Chính trị » Xây dựng Đảng
Ngày đăng 14/09/2016 | 15:30
Giám sát phong trào đảng viên làm kinh tế giỏi tại Hoài Nhơn
Theo chương trình giám sát năm 2016, ngày 13/9, Đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Võ Thị Kim Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Huyện ủy Hoài Nhơn về kết quả thực hiện phong trào "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo" giai đoạn 2014 - 2016.
Báo cáo của Huyện ủy do đồng chí Huỳnh Tấn Phát, Phó Bí thư Thường trực Huyện ủy, trình bày cho biết: thực hiện Kết luận số 21-KL/TU ngày 6/3/2014 của Ban Thường vụ Tỉnh ủy và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy, 100% tổ chức cơ sở đảng trong huyện đã triển khai phong trào. Đến nay, có 1.582 đảng viên được công nhận làm kinh tế giỏi, chiếm 23,5% tổng số đảng viên; nhiều đảng viên là chủ tàu cá, chủ trang trại, doanh nghiệp nhỏ với doanh thu hàng tỷ đồng mỗi năm.
Trong 3 năm, đảng viên toàn huyện đã giúp đỡ 2.046 hộ nghèo, hộ cận nghèo; hỗ trợ gần 18.000 ngày công, hơn 4,6 tỷ đồng tiền mặt và vật tư; giới thiệu việc làm cho 1.317 lao động. Tỷ lệ hộ nghèo của huyện giảm từ 8,12% xuống còn 4,67%. Các đảng viên chủ tàu ở các xã Tam Quan Bắc, Hoài Hương đã nhận khoảng 350 ngư dân nghèo đi bạn, bình quân mỗi chuyến biển thu nhập 7 - 10 triệu đồng/người.
Tuy vậy, báo cáo cũng nêu một số chi bộ thôn chưa bám sát hướng dẫn, việc bình xét còn chạy theo số lượng; chưa có cơ chế theo dõi hộ đã được giúp, dẫn đến 37 hộ tái nghèo trong năm 2015.
Đoàn giám sát đã đi kiểm tra thực tế tại xã Hoài Hương và làm việc với Chi bộ thôn Thạnh Xuân. Ông Lê Văn Chín, Bí thư Chi bộ thôn Thạnh Xuân, cho biết chi bộ có 31 đảng viên thì 14 đồng chí đạt danh hiệu làm kinh tế giỏi, mỗi người nhận giúp ít nhất 2 hộ nghèo.
Kết luận buổi giám sát, đồng chí Võ Thị Kim Loan đánh giá cao sự chỉ đạo của Huyện ủy, đồng thời đề nghị thời gian tới huyện rà soát lại tiêu chí, gắn kết quả giúp đỡ hộ nghèo với xếp loại chất lượng đảng viên hằng năm theo Hướng dẫn số 27-HD/BTCTW của Ban Tổ chức Trung ương; chú trọng hỗ trợ sinh kế, dạy nghề thay vì hỗ trợ cho không; phối hợp với Ủy ban MTTQ huyện triển khai cuộc vận động "Ngày vì người nghèo".
Đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, thành viên đoàn giám sát, đề nghị huyện sớm tổng hợp, gửi danh sách các điển hình để Ban Dân vận Tỉnh ủy biểu dương vào cuối năm.
Ngọc Tú
Tin cùng chuyên mục
- Phù Cát: sơ kết 3 năm thực hiện Quy chế dân chủ ở cơ sở (10/09/2016)
- An Lão: đảng viên người Ba Na làm kinh tế giỏi (02/09/2016)
- Tây Sơn vận động nhân dân hiến đất làm đường (26/08/2016)
""", "2016-09-14", "Giám sát phong trào đảng viên làm kinh tế giỏi tại Hoài Nhơn",
E("giam_sat", "2016", "2016-09-13"),
[P("Võ Thị Kim Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Tấn Phát", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lê Văn Chín", "Bí thư Chi bộ thôn Thạnh Xuân"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy", "thành viên đoàn giám sát")],
[Q("100%", 100, "%"), Q("1.582 đảng viên", 1582, "đảng viên"), Q("23,5%", 23.5, "%"),
 Q("2.046 hộ nghèo, hộ cận nghèo", 2046, "hộ nghèo, hộ cận nghèo"), Q("gần 18.000 ngày công", 18000, "ngày công", "approx"),
 Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"), Q("1.317 lao động", 1317, "lao động"), Q("8,12%", 8.12, "%"),
 Q("4,67%", 4.67, "%"), Q("khoảng 350 ngư dân nghèo", 350, "ngư dân nghèo", "approx"),
 Q("7 - 10 triệu đồng/người", 7000000, "đồng"), Q("10 triệu đồng/người", 10000000, "đồng"),
 Q("37 hộ", 37, "hộ"), Q("31 đảng viên", 31, "đảng viên"), Q("14 đồng chí", 14, "đồng chí"),
 Q("ít nhất 2 hộ nghèo", 2, "hộ nghèo", "over")],
[D("Kết luận", "21", "KL/TU", "2014-03-06", "Ban Thường vụ Tỉnh ủy", "Kết luận số 21-KL/TU ngày 6/3/2014"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU"),
 D("Hướng dẫn", "27", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 27-HD/BTCTW")],
[prov("Bình Định"), com("Tam Quan Bắc"), com("Hoài Hương")],
["Báo Bình Định - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định", "Vị trí: Trang chủ » Chính trị » Xây dựng Đảng",
 "Đảng viên làm kinh tế giỏi, giúp nhau thoát nghèo", "Ngày vì người nghèo", "Ủy ban MTTQ huyện"],
["Ngày đăng 14/09/2016 | 15:30", "năm 2016", "2014 - 2016", "3 năm", "năm 2015", "14 đồng chí"]))
