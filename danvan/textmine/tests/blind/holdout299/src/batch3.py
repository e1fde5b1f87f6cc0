from lib import *
PAGES = []

PAGES.append(page("b7145-ninhthuan-traogao-hanhan-phuochoa-2019", """
BÁO NINH THUẬN ĐIỆN TỬ
Trang nhất » Xã hội » Chính sách - An sinh
Thứ Ba, 21/05/2019 | 09:05
Trao 40 tấn gạo cho đồng bào Raglai vùng hạn Bác Ái
Sáng 20/5, tại xã Phước Hòa, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Ngân hàng TMCP Công Thương Việt Nam (VietinBank) chi nhánh Ninh Thuận tổ chức trao 40 tấn gạo hỗ trợ đồng bào bị ảnh hưởng hạn hán tại huyện Bác Ái.
Đồng chí Pinăng Thị Hồng Sương trao gạo cho hộ nghèo xã Phước Hòa.
Dự buổi trao có đồng chí Pinăng Thị Hồng Sương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; bà Đàng Thị Mỹ Hương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; lãnh đạo Huyện ủy, UBND huyện Bác Ái.
Từ đầu năm đến nay, nắng nóng gay gắt, các hồ chứa cạn kiệt khiến hơn 2.100 ha cây trồng vụ Đông Xuân trên địa bàn huyện không có nước tưới, nhiều diện tích lúa, bắp mất trắng. Theo UBND huyện Bác Ái, toàn huyện hiện có 2.695 hộ với 10.532 khẩu thiếu đói giáp hạt, chiếm khoảng 37% dân số, trong đó hơn 90% là đồng bào Raglai.
Đợt này, 40 tấn gạo được chia cho 1.600 hộ thiếu đói ở 4 xã Phước Hòa, Phước Tân, Phước Bình và Phước Thắng, mỗi hộ 25 kg; mỗi hộ còn nhận thêm 1 thùng mì tôm và 100.000 đồng tiền mặt. Tổng giá trị đợt hỗ trợ gần 850 triệu đồng, trong đó VietinBank chi nhánh Ninh Thuận tài trợ 600 triệu đồng.
Phát biểu tại buổi trao, đồng chí Pinăng Thị Hồng Sương chia sẻ với những khó khăn của đồng bào và cho biết tỉnh đã đề nghị Trung ương hỗ trợ 1.276 tấn gạo cứu đói trong 3 tháng mùa khô; UBND tỉnh đã ban hành Kế hoạch số 1872/KH-UBND ngày 10/5/2019 về ứng phó với hạn hán, thiếu nước năm 2019. Đồng chí đề nghị cấp ủy, chính quyền các xã vận động đồng bào chuyển đổi sang cây trồng chịu hạn, không để người dân đói, không để học sinh bỏ học vì thiếu ăn.
Ông Katơr Lâm, Chủ tịch UBND xã Phước Hòa, cho biết xã có 612 hộ thì 480 hộ thiếu đói. "Trước đây gặp hạn, bà con vào rừng đào củ, hái rau rừng. Nay có gạo của Đảng, Nhà nước và các nhà hảo tâm, bà con yên tâm chờ mùa mưa xuống giống", ông Lâm nói.
Ông Chamaléa Ninh, người có uy tín thôn Ma Ty, xã Phước Tân, thay mặt bà con cảm ơn và hứa sẽ vận động đồng bào giữ rừng, tích nước, không phát rừng làm rẫy.
Theo kế hoạch, thời gian tới Ban Dân vận Tỉnh ủy sẽ tiếp tục phối hợp với các doanh nghiệp vận động thêm nguồn lực, ưu tiên các thôn vùng sâu, nơi đồng bào gặp nhiều khó khăn nhất về nước sinh hoạt và lương thực.
Cùng dịp này, Ban Dân vận Tỉnh ủy trao tặng 30 suất học bổng, mỗi suất 1 triệu đồng cho học sinh Raglai vượt khó học giỏi.
Đàng Năng Thọ
Tin liên quan
- Thuận Bắc: cấp gạo cứu đói cho hơn 3.000 khẩu (14/05/2019)
- Hạn hán gây thiệt hại nặng vụ Đông Xuân (06/05/2019)
- Trao 500 bồn chứa nước cho hộ nghèo vùng hạn (25/04/2019)
""", "2019-05-21", "Trao 40 tấn gạo cho đồng bào Raglai vùng hạn Bác Ái",
E("trao_qua", None, "2019-05-20"),
[P("Pinăng Thị Hồng Sương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đàng Thị Mỹ Hương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Katơr Lâm", "Chủ tịch UBND xã Phước Hòa"),
 P("Chamaléa Ninh", "người có uy tín thôn Ma Ty")],
[Q("40 tấn", 40, "tấn"), Q("hơn 2.100 ha", 2100, "ha", "over"), Q("2.695 hộ", 2695, "hộ"),
 Q("10.532 khẩu thiếu đói", 10532, "khẩu thiếu đói"), Q("khoảng 37%", 37, "%", "approx"), Q("hơn 90%", 90, "%", "over"),
 Q("1.600 hộ thiếu đói", 1600, "hộ thiếu đói"), Q("4 xã", 4, "xã"), Q("25 kg", 25, "kg"), Q("100.000 đồng", 100000, "đồng"),
 Q("gần 850 triệu đồng", 850000000, "đồng", "approx"), Q("600 triệu đồng", 600000000, "đồng"), Q("1.276 tấn", 1276, "tấn"),
 Q("612 hộ", 612, "hộ"), Q("480 hộ thiếu đói", 480, "hộ thiếu đói"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "1872", "KH-UBND", "2019-05-10", "UBND tỉnh", "Kế hoạch số 1872/KH-UBND ngày 10/5/2019")],
[prov("Ninh Thuận"), com("Phước Hòa"), com("Phước Tân"), com("Phước Bình"), com("Phước Thắng")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Trang nhất » Xã hội » Chính sách - An sinh",
 "Đồng chí Pinăng Thị Hồng Sương trao gạo cho hộ nghèo xã Phước Hòa.", "Ngân hàng TMCP Công Thương Việt Nam (VietinBank)",
 "VietinBank"],
["Thứ Ba, 21/05/2019 | 09:05", "3 tháng", "năm 2019", "1 thùng mì tôm"]))

PAGES.append(page("b7146-daklak-mttq-giamsat-gao-covid-2020", """
MTTQ ĐẮK LẮK - Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk
Tin tức > Giám sát và phản biện xã hội
Ngày 14/04/2020 | 10:30
Giám sát việc hỗ trợ gạo cho người dân khó khăn do hạn hán, dịch Covid-19
Ngày 13/4/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk tổ chức đoàn giám sát việc tiếp nhận, cấp phát gạo hỗ trợ người dân bị ảnh hưởng bởi hạn hán và dịch Covid-19 tại huyện Ea Súp và huyện Buôn Đôn. Ông Y Ngông Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, làm trưởng đoàn.
Đoàn giám sát kiểm tra kho gạo tại xã Ea Rốk.
Mùa khô 2019 - 2020, hai huyện Ea Súp, Buôn Đôn có hơn 9.400 ha cây trồng bị khô hạn, hàng nghìn hộ thiếu nước sinh hoạt; dịch Covid-19 làm nhiều lao động đi làm ăn xa phải trở về, mất thu nhập. Thực hiện Quyết định số 422/QĐ-TTg ngày 25/3/2020 của Thủ tướng Chính phủ, tỉnh được xuất cấp 1.839 tấn gạo; UBND tỉnh phân bổ cho huyện Ea Súp 512 tấn, huyện Buôn Đôn 318 tấn.
Theo báo cáo của UBND huyện Ea Súp, đến ngày 10/4, huyện đã cấp xong 100% số gạo cho 8.640 nhân khẩu thuộc 2.213 hộ. Ông Nguyễn Văn Tuấn, Phó Chủ tịch UBND huyện Ea Súp, cho biết khi cấp gạo, các xã bố trí nhiều điểm nhận, giãn cách theo hướng dẫn phòng, chống dịch; mỗi điểm không quá 20 người.
Kiểm tra thực tế tại xã Ea Rốk, đoàn ghi nhận danh sách hộ nhận gạo được niêm yết công khai tại nhà văn hóa các buôn. Bà H'Liên Byă, Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Rốk, cho biết, Mặt trận xã phối hợp với trưởng buôn, già làng bình xét từng hộ; 36 hộ không còn người ở địa phương đã được loại khỏi danh sách. Ông Y Jôn Ê Ban, già làng buôn Ea Rốk, đánh giá bà con rất phấn khởi, "gạo tốt, cấp đủ, không ai phải trả tiền".
Tại huyện Buôn Đôn, đoàn ghi nhận còn 2 xã cấp gạo chậm so với kế hoạch do thiếu phương tiện vận chuyển; một số hộ phản ánh chưa nắm được chính sách hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ về các biện pháp hỗ trợ người dân gặp khó khăn do đại dịch Covid-19.
Kết luận giám sát, ông Y Ngông Niê đề nghị UBND hai huyện chỉ đạo hoàn thành việc cấp gạo trước ngày 20/4; tuyên truyền để người dân hiểu rõ chính sách hỗ trợ theo Nghị quyết 42; Mặt trận các xã tiếp tục giám sát theo Quyết định số 217-QĐ/TW của Bộ Chính trị, kịp thời phát hiện, kiến nghị xử lý những trường hợp trục lợi chính sách.
Cũng trong đợt này, Ủy ban MTTQ Việt Nam tỉnh đã trao 300 suất quà, mỗi suất gồm 20 kg gạo và các nhu yếu phẩm trị giá 500.000 đồng, cho hộ nghèo đồng bào Êđê, Mnông, Tày, Nùng ở hai huyện.
Thu Hiền - Ban Phong trào
Lượt truy cập: 85.214
Tin khác
- Ủy ban MTTQ tỉnh tiếp nhận ủng hộ phòng, chống dịch Covid-19 (10/04/2020)
- Hướng dẫn giám sát thực hiện Nghị quyết 42/NQ-CP (08/04/2020)
- Trao nước sạch cho người dân vùng hạn Ea Súp (30/03/2020)
""", "2020-04-14", "Giám sát việc hỗ trợ gạo cho người dân khó khăn do hạn hán, dịch Covid-19",
E("giam_sat", None, "2020-04-13"),
[P("Y Ngông Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Tuấn", "Phó Chủ tịch UBND huyện Ea Súp"),
 P("H'Liên Byă", "Chủ tịch Ủy ban MTTQ Việt Nam xã Ea Rốk"),
 P("Y Jôn Ê Ban", "già làng buôn Ea Rốk")],
[Q("hơn 9.400 ha", 9400, "ha", "over"), Q("1.839 tấn", 1839, "tấn"), Q("512 tấn", 512, "tấn"), Q("318 tấn", 318, "tấn"),
 Q("100%", 100, "%"), Q("8.640 nhân khẩu", 8640, "nhân khẩu"), Q("2.213 hộ", 2213, "hộ"), Q("không quá 20 người", 20, "người"),
 Q("36 hộ", 36, "hộ"), Q("2 xã", 2, "xã"), Q("300 suất quà", 300, "suất quà"), Q("20 kg", 20, "kg"),
 Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "422", "QĐ-TTg", "2020-03-25", "Thủ tướng Chính phủ", "Quyết định số 422/QĐ-TTg ngày 25/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Đắk Lắk"), com("Ea Rốk")],
["MTTQ ĐẮK LẮK - Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", "Tin tức > Giám sát và phản biện xã hội",
 "Đoàn giám sát kiểm tra kho gạo tại xã Ea Rốk.", "Covid-19", "Lượt truy cập: 85.214"],
["Ngày 14/04/2020 | 10:30", "Mùa khô 2019 - 2020", "Covid-19", "Nghị quyết 42", "Lượt truy cập: 85.214"]))

PAGES.append(page("b7147-baclieu-atmgao-covid-2020", """
Báo Bạc Liêu
Trang chủ | Thời sự | Xã hội | Kinh tế | Văn hóa | Thể thao
17.04.2020 | 15:40
Xã hội
"ATM gạo" đầu tiên ở Bạc Liêu: mỗi ngày trao 2 tấn gạo cho người nghèo
Người dân nhận gạo tại "ATM gạo" ở phường 7. Ảnh: Hữu Thọ
(BL) - Sáng 16/4, tại trụ sở Ủy ban MTTQ Việt Nam phường 7, TP. Bạc Liêu, "ATM gạo" đầu tiên của tỉnh chính thức hoạt động, phục vụ người nghèo, người lao động mất việc làm do dịch Covid-19. Máy hoạt động từ 7 giờ đến 17 giờ mỗi ngày, mỗi lượt người được nhận 2 kg gạo.
"ATM gạo" do nhóm thiện nguyện "Chia sẻ yêu thương" phối hợp với Ủy ban MTTQ phường 7 thực hiện. Anh Trần Minh Khoa, trưởng nhóm, cho biết chỉ sau 2 ngày kêu gọi, nhóm đã nhận được 12 tấn gạo và hơn 60 triệu đồng từ các doanh nghiệp, tiểu thương, Việt kiều. Mỗi ngày máy cấp 2 tấn gạo cho gần 1.000 lượt người.
Có mặt từ sớm, bà Thạch Thị Sà Ranh, ngụ khóm 2, phường 7, mừng rỡ ôm túi gạo: "Chồng tôi bán vé số, từ hôm có dịch không ai mua, nhà 5 miệng ăn. Có gạo này đỡ được mấy bữa".
Ông Lâm Văn Hên, Chủ tịch Ủy ban MTTQ Việt Nam phường 7, cho biết phường có 318 hộ nghèo, hộ cận nghèo, phần lớn là đồng bào Khmer; ngoài "ATM gạo", Mặt trận phường còn trao 250 phần quà, mỗi phần gồm 10 kg gạo và nhu yếu phẩm. Để bảo đảm phòng dịch, người nhận đứng cách nhau 2 m, rửa tay bằng dung dịch sát khuẩn trước khi vào nhận gạo.
Cùng ngày, đồng chí Lê Thị Ái Nam, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã đến thăm, động viên nhóm thiện nguyện. Đồng chí đánh giá cao tinh thần "lá lành đùm lá rách" và đề nghị Mặt trận các cấp nhân rộng mô hình ra các huyện, thị xã; thực hiện tốt Hướng dẫn số 54/HD-MTTW-BTT ngày 30/3/2020 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về việc vận động, tiếp nhận, phân phối nguồn ủng hộ phòng, chống dịch Covid-19, bảo đảm công khai, minh bạch.
Theo Ủy ban MTTQ Việt Nam tỉnh, đến nay toàn tỉnh đã tiếp nhận hơn 4,3 tỷ đồng và 86 tấn gạo ủng hộ phòng, chống dịch; đã trao hỗ trợ cho 7.160 hộ khó khăn. Ngoài "ATM gạo" ở phường 7, huyện Hòa Bình và thị xã Giá Rai cũng đang chuẩn bị lắp đặt 2 máy tương tự.
Ông Danh Sơn, Phó Bí thư Thường trực Đảng ủy phường 7, cho biết phường đã phân công cán bộ, đoàn viên túc trực tại điểm phát gạo, hỗ trợ người già, người khuyết tật. Nhiều người dân cho biết, họ chỉ lấy vừa đủ phần của mình để nhường cho người đến sau; có người nhận gạo xong còn quay lại góp thêm ít tiền lẻ vào thùng ủng hộ đặt cạnh máy.
Hữu Thọ
Tin cùng chuyên mục
- Trao 500 phần quà cho người lao động mất việc do Covid-19 (15.04.2020)
- Hỗ trợ gạo cho 1.200 hộ đồng bào Khmer (12.04.2020)
- Bạc Liêu triển khai gói hỗ trợ theo Nghị quyết 42 (10.04.2020)
""", "2020-04-17", "\"ATM gạo\" đầu tiên ở Bạc Liêu: mỗi ngày trao 2 tấn gạo cho người nghèo",
E("trao_qua", None, "2020-04-16"),
[P("Trần Minh Khoa", "trưởng nhóm"),
 P("Thạch Thị Sà Ranh"),
 P("Lâm Văn Hên", "Chủ tịch Ủy ban MTTQ Việt Nam phường 7"),
 P("Lê Thị Ái Nam", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Sơn", "Phó Bí thư Thường trực Đảng ủy phường 7")],
[Q("2 tấn", 2, "tấn"), Q("2 kg", 2, "kg"), Q("12 tấn", 12, "tấn"), Q("hơn 60 triệu đồng", 60000000, "đồng", "over"),
 Q("gần 1.000 lượt người", 1000, "lượt người", "approx"), Q("5 miệng ăn", 5, "miệng ăn"),
 Q("318 hộ nghèo, hộ cận nghèo", 318, "hộ nghèo, hộ cận nghèo"), Q("250 phần quà", 250, "phần quà"), Q("10 kg", 10, "kg"),
 Q("2 m", 2, "m"), Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("86 tấn", 86, "tấn"),
 Q("7.160 hộ khó khăn", 7160, "hộ khó khăn"), Q("2 máy", 2, "máy")],
[D("Hướng dẫn", "54", "HD-MTTW-BTT", "2020-03-30", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 54/HD-MTTW-BTT ngày 30/3/2020")],
[prov("Bạc Liêu"), com("phường 7")],
["Báo Bạc Liêu", "Trang chủ | Thời sự | Xã hội | Kinh tế | Văn hóa | Thể thao", "(BL)",
 "Người dân nhận gạo tại \"ATM gạo\" ở phường 7. Ảnh: Hữu Thọ", "ATM gạo", "Chia sẻ yêu thương", "lá lành đùm lá rách", "Covid-19"],
["17.04.2020 | 15:40", "7 giờ đến 17 giờ", "2 ngày", "khóm 2", "phường 7", "Covid-19"]))

PAGES.append(page("b7148-yenbai-taphuan-ratsoat-thieudoi-2021", """
YÊN BÁI ONLINE
Xã hội » Lao động - Việc làm » Chính sách
Cập nhật: 09/03/2021 08:00
Tập huấn nghiệp vụ rà soát hộ thiếu đói, cấp phát gạo hỗ trợ năm 2021
YBĐT - Ngày 8/3, Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái phối hợp với Ban Dân vận Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ rà soát hộ thiếu đói, tiếp nhận, cấp phát gạo hỗ trợ và giám sát thực hiện chính sách năm 2021. Tham gia lớp tập huấn có gần 180 học viên là cán bộ phụ trách lao động - thương binh và xã hội, chủ tịch Ủy ban MTTQ các xã, phường, thị trấn của 9 huyện, thị xã, thành phố.
Các học viên tham gia lớp tập huấn.
Trong 2 ngày, các học viên được truyền đạt các nội dung: quy trình rà soát, xác định hộ thiếu đói dịp Tết và giáp hạt; thủ tục đề nghị hỗ trợ gạo theo Nghị định số 136/2013/NĐ-CP ngày 21/10/2013 của Chính phủ và các văn bản hướng dẫn; quy trình tiếp nhận, bảo quản, cấp phát gạo từ nguồn dự trữ quốc gia; vai trò giám sát của Mặt trận, đoàn thể và người dân. Theo ban tổ chức, năm nay lần đầu tiên nội dung giám sát cộng đồng được đưa vào chương trình, nhằm bảo đảm việc hỗ trợ gạo công khai, minh bạch, đúng đối tượng, tránh tình trạng cào bằng, chia đều như ở một số nơi trước đây.
Khai mạc lớp tập huấn, ông Nông Văn Lường, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết dịp Tết Nguyên đán Tân Sửu và giáp hạt năm 2021, tỉnh có 1.487 hộ với 6.120 khẩu thiếu đói; Trung ương đã hỗ trợ 91,8 tấn gạo theo Quyết định số 214/QĐ-TTg ngày 9/2/2021 của Thủ tướng Chính phủ. Qua kiểm tra năm 2020, vẫn còn 5 xã lập danh sách chưa đúng quy trình, có hộ đủ ăn vẫn được đưa vào danh sách.
Bà Hoàng Thị Vịnh, Phó Trưởng ban Dân vận Tỉnh ủy, đề nghị học viên khi về cơ sở phải công khai danh sách, tổ chức họp thôn, bản bình xét dân chủ; phát huy vai trò Tổ giám sát cộng đồng theo Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái.
Chia sẻ tại lớp tập huấn, ông Giàng A Chu, Chủ tịch UBND xã Lao Chải, huyện Mù Cang Chải, cho biết xã có 126 hộ được nhận gạo giáp hạt năm nay, 100% là đồng bào Mông. "Cái khó là nhiều hộ đông con, khai báo nhân khẩu chưa chính xác, cán bộ phải đến từng nhà đối chiếu sổ hộ khẩu", ông Chu nói. Bà Hà Thị Thoa, cán bộ Lao động - Thương binh và Xã hội xã Nghĩa Sơn, huyện Văn Chấn, đề nghị có mẫu biểu thống nhất để các xã dễ thực hiện.
Kết thúc lớp tập huấn, 176 học viên đã làm bài thu hoạch; ban tổ chức phát 180 bộ tài liệu hướng dẫn nghiệp vụ cho các xã.
Thanh Ba
Tin liên quan
- Mù Cang Chải: cấp phát 38 tấn gạo cứu đói (25/02/2021)
- Hỗ trợ gạo cho hộ nghèo dịp Tết Tân Sửu (05/02/2021)
- Tổng kết công tác lao động, người có công và xã hội năm 2020 (28/01/2021)
""", "2021-03-09", "Tập huấn nghiệp vụ rà soát hộ thiếu đói, cấp phát gạo hỗ trợ năm 2021",
E("tap_huan", "2021", "2021-03-08"),
[P("Nông Văn Lường", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Hoàng Thị Vịnh", "Phó Trưởng ban Dân vận Tỉnh ủy"),
 P("Giàng A Chu", "Chủ tịch UBND xã Lao Chải"),
 P("Hà Thị Thoa", "cán bộ Lao động - Thương binh và Xã hội xã Nghĩa Sơn")],
[Q("gần 180 học viên", 180, "học viên", "approx"), Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"),
 Q("1.487 hộ", 1487, "hộ"), Q("6.120 khẩu thiếu đói", 6120, "khẩu thiếu đói"), Q("91,8 tấn", 91.8, "tấn"),
 Q("5 xã", 5, "xã"), Q("126 hộ", 126, "hộ"), Q("100%", 100, "%"), Q("176 học viên", 176, "học viên"),
 Q("180 bộ tài liệu", 180, "bộ tài liệu")],
[D("Nghị định", "136", "2013/NĐ-CP", "2013-10-21", "Chính phủ", "Nghị định số 136/2013/NĐ-CP ngày 21/10/2013"),
 D("Quyết định", "214", "QĐ-TTg", "2021-02-09", "Thủ tướng Chính phủ", "Quyết định số 214/QĐ-TTg ngày 9/2/2021"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017")],
[prov("Yên Bái"), com("Lao Chải"), com("Nghĩa Sơn")],
["YÊN BÁI ONLINE", "Xã hội » Lao động - Việc làm » Chính sách", "YBĐT", "Các học viên tham gia lớp tập huấn.",
 "Tết Nguyên đán Tân Sửu", "Tổ giám sát cộng đồng"],
["Cập nhật: 09/03/2021 08:00", "2 ngày", "năm 2021", "năm 2020"]))

PAGES.append(page("b7149-quangnam-daihoi-chuthapdo-namtramy-2022", """
QUẢNG NAM ONLINE - BÁO QUẢNG NAM
Thời sự > Xã hội
Thứ Sáu, 24/6/2022, 16:45 (GMT+7)
Đồng chí Hồ Thị Kim Liên (thứ 3 từ trái sang) tặng hoa chúc mừng Ban Chấp hành khóa mới.
Đại hội Hội Chữ thập đỏ huyện Nam Trà My lần thứ V: Gần 480 tấn gạo đến với người nghèo trong 5 năm
(QNO) - Ngày 23/6, Hội Chữ thập đỏ huyện Nam Trà My tổ chức đại hội đại biểu lần thứ V, nhiệm kỳ 2022 - 2027. Dự đại hội có bà Hồ Thị Kim Liên, Phó Chủ tịch Hội Chữ thập đỏ tỉnh Quảng Nam; ông Hồ Văn Lợi, Phó Bí thư Thường trực Huyện ủy Nam Trà My cùng 95 đại biểu đại diện cho hơn 2.600 hội viên trong toàn huyện.
Nhiệm kỳ 2017 - 2022, Nam Trà My - huyện nghèo nhất tỉnh với hơn 90% dân số là đồng bào Xê Đăng, Ca Dong, Mơ Nông - thường xuyên có hộ thiếu đói vào mùa giáp hạt từ tháng 3 đến tháng 6. Hội Chữ thập đỏ các cấp đã vận động, tiếp nhận gần 480 tấn gạo và hàng hóa, tiền mặt trị giá hơn 21 tỷ đồng để cứu trợ, cứu đói, hỗ trợ sinh kế; riêng năm 2020, sau các trận bão, lũ, sạt lở, Hội đã trao 312 tấn gạo cho 6.240 hộ ở 10 xã.
Báo cáo do bà Hồ Thị Dung, Chủ tịch Hội Chữ thập đỏ huyện khóa IV trình bày cho biết, Hội đã duy trì mô hình "Hũ gạo tình thương" tại 42 chi hội, mỗi năm góp được khoảng 6 tấn gạo giúp hội viên khó khăn trong những ngày giáp hạt; phối hợp với các đơn vị tổ chức 28 đợt khám bệnh, cấp thuốc cho hơn 9.000 lượt người. Phong trào "Tết Nhân ái" hằng năm trao từ 1.500 đến 2.000 suất quà cho hộ nghèo.
Tham luận tại đại hội, bà Hồ Thị Kiều, Chủ tịch Hội Chữ thập đỏ xã Trà Leng, chia sẻ: sau thảm họa sạt lở năm 2020, nhờ gạo và hàng cứu trợ kịp thời, không người dân nào trong xã bị đói. Ông Trần Văn Mười, Chủ tịch Hội Chữ thập đỏ xã Trà Cang, đề nghị tăng cường nguồn lực cho mô hình "Hũ gạo tình thương" ở các thôn xa trung tâm.
Phát biểu chỉ đạo, ông Hồ Văn Lợi đề nghị Hội tiếp tục thực hiện tốt Chỉ thị số 43-CT/TW ngày 28/5/2020 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác của Hội Chữ thập đỏ Việt Nam trong tình hình mới; chủ động nắm tình hình đời sống nhân dân, nhất là vào mùa giáp hạt, mùa mưa bão, để kịp thời hỗ trợ.
Đại hội đã bầu Ban Chấp hành khóa V gồm 19 ủy viên; bà Hồ Thị Dung được bầu lại giữ chức Chủ tịch Hội Chữ thập đỏ huyện nhiệm kỳ 2022 - 2027. Đại hội cũng bầu 5 đại biểu đi dự Đại hội Hội Chữ thập đỏ tỉnh lần thứ VIII.
Hoàng Liên
Các tin khác
- Bắc Trà My: trao 20 tấn gạo cho hộ nghèo giáp hạt (15/06/2022)
- Hội Chữ thập đỏ tỉnh triển khai Tháng Nhân đạo năm 2022 (10/05/2022)
- Nam Trà My: cứu đói giáp hạt cho hơn 3.000 khẩu (20/04/2022)
""", "2022-06-24", "Đại hội Hội Chữ thập đỏ huyện Nam Trà My lần thứ V: Gần 480 tấn gạo đến với người nghèo trong 5 năm",
E("dai_hoi", None, "2022-06-23"),
[P("Hồ Thị Kim Liên", "Phó Chủ tịch Hội Chữ thập đỏ tỉnh Quảng Nam"),
 P("Hồ Văn Lợi", "Phó Bí thư Thường trực Huyện ủy Nam Trà My"),
 P("Hồ Thị Dung", "Chủ tịch Hội Chữ thập đỏ huyện khóa IV", "Chủ tịch Hội Chữ thập đỏ huyện nhiệm kỳ 2022 - 2027"),
 P("Hồ Thị Kiều", "Chủ tịch Hội Chữ thập đỏ xã Trà Leng"),
 P("Trần Văn Mười", "Chủ tịch Hội Chữ thập đỏ xã Trà Cang")],
[Q("Gần 480 tấn", 480, "tấn", "approx"), Q("95 đại biểu", 95, "đại biểu"), Q("hơn 2.600 hội viên", 2600, "hội viên", "over"),
 Q("hơn 90%", 90, "%", "over"), Q("hơn 21 tỷ đồng", 21000000000, "đồng", "over"), Q("312 tấn", 312, "tấn"),
 Q("6.240 hộ", 6240, "hộ"), Q("10 xã", 10, "xã"), Q("42 chi hội", 42, "chi hội"), Q("khoảng 6 tấn", 6, "tấn", "approx"),
 Q("28 đợt", 28, "đợt"), Q("hơn 9.000 lượt người", 9000, "lượt người", "over"),
 Q("từ 1.500 đến 2.000 suất quà", 1500, "suất quà", "approx"), Q("19 ủy viên", 19, "ủy viên"), Q("5 đại biểu", 5, "đại biểu")],
[D("Chỉ thị", "43", "CT/TW", "2020-05-28", "Ban Bí thư", "Chỉ thị số 43-CT/TW ngày 28/5/2020")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Cang")],
["QUẢNG NAM ONLINE - BÁO QUẢNG NAM", "Thời sự > Xã hội", "(QNO)",
 "Đồng chí Hồ Thị Kim Liên (thứ 3 từ trái sang) tặng hoa chúc mừng Ban Chấp hành khóa mới.", "Hũ gạo tình thương",
 "Tết Nhân ái"],
["Thứ Sáu, 24/6/2022, 16:45 (GMT+7)", "lần thứ V", "nhiệm kỳ 2022 - 2027", "Nhiệm kỳ 2017 - 2022", "5 năm", "năm 2020",
 "khóa IV", "khóa V", "lần thứ VIII", "thứ 3", "từ tháng 3 đến tháng 6"]))

PAGES.append(page("b7150-laocai-bdv-giaoban-thang3-2023", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ › Tin tức › Hoạt động của Ban
Thứ Tư, 05/04/2023 - 14:10
Giao ban công tác dân vận tháng 3/2023
Chiều 4/4, Ban Dân vận Tỉnh ủy Lào Cai tổ chức giao ban đánh giá kết quả công tác dân vận tháng 3, triển khai nhiệm vụ tháng 4 năm 2023. Đồng chí Vũ Thị Hiền Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Trong tháng 3/2023, Ban đã chủ động nắm tình hình đời sống, tư tưởng nhân dân dịp giáp hạt, nhất là tại các huyện Si Ma Cai, Bắc Hà, Mường Khương, Bát Xát. Qua nắm bắt, toàn tỉnh có 1.126 hộ với 4.985 nhân khẩu có nguy cơ thiếu đói; UBND tỉnh đã chỉ đạo xuất ngân sách, phối hợp Ủy ban MTTQ tỉnh hỗ trợ 74,8 tấn gạo, bảo đảm không để hộ dân nào bị đói. Ban đã ban hành Công văn số 215-CV/BDVTU ngày 7/3/2023 đề nghị ban dân vận các huyện ủy, thị ủy, thành ủy phối hợp giám sát việc cấp gạo tại cơ sở.
Khối dân vận các cấp tiếp tục thực hiện phong trào thi đua "Dân vận khéo"; trong tháng có 16 mô hình mới được công nhận, trong đó mô hình "Nắm gạo tiết kiệm" của Hội Phụ nữ xã Tả Van Chư (Bắc Hà) đã giúp 23 hộ vượt qua giáp hạt. Ban cũng phối hợp tổ chức 2 đoàn công tác nắm tình hình tôn giáo, di cư tự do tại xã Bản Lầu, xã Nậm Chạc. Ban cũng phối hợp với Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh hướng dẫn cơ sở công khai danh sách hộ được hỗ trợ, tiếp nhận phản ánh của nhân dân qua đường dây nóng; đến nay chưa có đơn thư, khiếu nại nào liên quan đến việc cấp gạo giáp hạt.
Tại giao ban, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lù Văn Chiến, Hoàng Thị Thúy Vân báo cáo kết quả phụ trách các lĩnh vực; đồng chí Sần Thị Lan, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, cho biết đã rà soát 38 hộ di cư tự do, trong đó 12 hộ có nguy cơ thiếu lương thực và đã được hỗ trợ kịp thời.
Kết luận giao ban, đồng chí Vũ Thị Hiền Hạnh yêu cầu trong tháng 4, các phòng chuyên môn tiếp tục nắm chắc tình hình giáp hạt, phối hợp với Sở Lao động - Thương binh và Xã hội đề xuất bổ sung gạo cứu đói khi cần; tham mưu sơ kết 5 năm thực hiện Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI; tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị. Đồng chí cũng đề nghị tăng cường tuyên truyền về Kế hoạch số 160-KH/TU, 161-KH/TU của Tỉnh ủy về phát triển kinh tế vùng cao và giảm nghèo bền vững.
Văn phòng Ban
Số lượt truy cập: 204.771
Tin liên quan
- Giao ban công tác dân vận tháng 2/2023 (06/03/2023)
- Bắc Hà: trao 5 tấn gạo hỗ trợ hộ nghèo (22/03/2023)
- Hội nghị tổng kết công tác dân vận năm 2022 (30/12/2022)
""", "2023-04-05", "Giao ban công tác dân vận tháng 3/2023",
E("giao_ban", "2023-03", "2023-04-04"),
[P("Vũ Thị Hiền Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Chiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thúy Vân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sần Thị Lan", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("1.126 hộ", 1126, "hộ"), Q("4.985 nhân khẩu", 4985, "nhân khẩu"), Q("74,8 tấn", 74.8, "tấn"),
 Q("16 mô hình mới", 16, "mô hình mới"), Q("23 hộ", 23, "hộ"), Q("2 đoàn công tác", 2, "đoàn công tác"),
 Q("38 hộ di cư tự do", 38, "hộ di cư tự do"), Q("12 hộ", 12, "hộ")],
[D("Công văn", "215", "CV/BDVTU", "2023-03-07", "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU ngày 7/3/2023"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận số 43-KL/TW ngày 7/1/2019"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương Đảng khóa XI", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "160", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 160-KH/TU"),
 D("Kế hoạch", "161", "KH/TU", None, "Tỉnh ủy", "161-KH/TU của Tỉnh ủy")],
[prov("Lào Cai"), com("Tả Van Chư"), com("Bản Lầu"), com("Nậm Chạc")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ › Tin tức › Hoạt động của Ban", "Dân vận khéo", "Nắm gạo tiết kiệm",
 "Văn phòng Ban", "Số lượt truy cập: 204.771"],
["Thứ Tư, 05/04/2023 - 14:10", "tháng 3", "tháng 4 năm 2023", "tháng 3/2023", "tháng 4", "5 năm",
 "khóa XI", "Số lượt truy cập: 204.771"]))
