from lib import *
PAGES = []

PAGES.append(page("b1427-langson-huyen-doithoai-2018", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
Thứ Năm, 15/11/2018 - 16:30
Chủ tịch UBND huyện Văn Lãng đối thoại với nhân dân năm 2018
Ảnh: Quang cảnh buổi đối thoại.
LSO - Ngày 13/11/2018, tại hội trường UBND xã Tân Mỹ, Ban Thường vụ Huyện ủy Văn Lãng (tỉnh Lạng Sơn) phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2018 theo Quyết định số 1047-QĐ/TU ngày 4/6/2018 của Ban Thường vụ Tỉnh ủy ban hành Quy định về tiếp dân, đối thoại trực tiếp với dân.
Chủ trì đối thoại có các đồng chí: Hoàng Văn Nghĩa, Bí thư Huyện ủy, Chủ tịch HĐND huyện; Lộc Văn Thắng, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện. Tham dự có đồng chí Nông Thị Hường, Phó Trưởng Ban Dân vận Tỉnh ủy; các đồng chí trong Ban Thường vụ Huyện ủy, lãnh đạo các phòng, ban chuyên môn của huyện và gần 200 người dân, người có uy tín của các xã Tân Mỹ, Tân Thanh, Hoàng Việt.
Tại buổi đối thoại, 17 lượt ý kiến của người dân đã được nêu, tập trung vào bồi thường giải phóng mặt bằng khu kinh tế cửa khẩu, cấp giấy chứng nhận quyền sử dụng đất, quản lý chợ biên giới và hỗ trợ giống cây trồng theo Nghị quyết số 05-NQ/HU của Huyện ủy về phát triển vùng hồi, quế.
Ông Lương Văn Sỹ, thôn Nà Lầy, xã Tân Mỹ phản ánh việc 14 hộ trong thôn chưa được nhận tiền bồi thường phần đất nằm trong dự án mở rộng đường. Bà Hoàng Thị Lả, người có uy tín thôn Khun Khe, kiến nghị sửa chữa tuyến kênh mương nội đồng dài 2,5 km đã xuống cấp. Đồng chí Vi Văn Quý, Trưởng phòng Tài nguyên và Môi trường huyện, trả lời tiền bồi thường khoảng 1,26 tỷ đồng sẽ được chi trả xong trong tháng 12/2018.
Các ý kiến đều được lãnh đạo huyện trả lời thẳng thắn, cụ thể; những nội dung chưa thể trả lời ngay được giao cho cơ quan chuyên môn nghiên cứu, trả lời bằng văn bản trong thời hạn 15 ngày. Nhiều người dân bày tỏ đồng tình, cho rằng hình thức đối thoại trực tiếp giúp tháo gỡ vướng mắc từ cơ sở, hạn chế tình trạng khiếu kiện vượt cấp.
Phát biểu kết luận, Bí thư Huyện ủy Hoàng Văn Nghĩa yêu cầu các cơ quan liên quan khẩn trương giải quyết những kiến nghị thuộc thẩm quyền; UBND huyện bố trí 600 triệu đồng từ nguồn ngân sách để sửa chữa kênh mương trước vụ xuân; chính quyền các xã phải công khai tiến độ giải quyết để nhân dân được biết, giám sát.
Năm 2018, huyện Văn Lãng đã tổ chức 3 hội nghị đối thoại cấp huyện và 20 hội nghị đối thoại cấp xã, giải quyết dứt điểm 41 kiến nghị của công dân.
Hoàng Minh
Lượt xem: 1.567
Tin liên quan
- Cao Lộc: Ban Dân vận Huyện ủy giao ban khối dân vận quý III (08/10/2018)
- Tràng Định: hiệu quả mô hình "Dân vận khéo" trong xây dựng nông thôn mới (26/09/2018)
- Lạng Sơn: 120 đại biểu dự tập huấn nghiệp vụ dân vận (14/09/2018)
- Bình Gia: vận động nhân dân hiến 4.000 m2 đất làm đường (29/08/2018)
""", "2018-11-15", "Chủ tịch UBND huyện Văn Lãng đối thoại với nhân dân năm 2018",
E("doi_thoai", "2018", "2018-11-13"),
[P("Hoàng Văn Nghĩa", "Bí thư Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Lộc Văn Thắng", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Nông Thị Hường", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lương Văn Sỹ"),
 P("Hoàng Thị Lả", "người có uy tín thôn Khun Khe"),
 P("Vi Văn Quý", "Trưởng phòng Tài nguyên và Môi trường huyện")],
[Q("gần 200 người dân, người có uy tín", 200, "người dân, người có uy tín", "approx"), Q("17 lượt ý kiến", 17, "lượt ý kiến"),
 Q("14 hộ", 14, "hộ"), Q("2,5 km", 2.5, "km"), Q("khoảng 1,26 tỷ đồng", 1260000000, "đồng", "approx"),
 Q("600 triệu đồng", 600000000, "đồng"), Q("3 hội nghị đối thoại cấp huyện", 3, "hội nghị đối thoại cấp huyện"),
 Q("20 hội nghị đối thoại cấp xã", 20, "hội nghị đối thoại cấp xã"), Q("41 kiến nghị", 41, "kiến nghị")],
[D("Quyết định", "1047", "QĐ/TU", "2018-06-04", "Ban Thường vụ Tỉnh ủy", "Quyết định số 1047-QĐ/TU ngày 4/6/2018 của Ban Thường vụ Tỉnh ủy"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 05-NQ/HU của Huyện ủy")],
[prov("Lạng Sơn"), com("Tân Mỹ"), com("Tân Thanh"), com("Hoàng Việt")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng", "Ảnh: Quang cảnh buổi đối thoại.", "LSO",
 "Quy định về tiếp dân, đối thoại trực tiếp với dân", "Lượt xem: 1.567"],
["Thứ Năm, 15/11/2018 - 16:30", "năm 2018", "15 ngày", "tháng 12/2018", "Năm 2018", "Lượt xem: 1.567"]))

PAGES.append(page("b1428-binhduong-bdv-soket-2019", """
Báo Bình Dương Online
Chính trị » Dân vận
Cập nhật lúc 17:20 ngày 12/07/2019
Công tác dân vận góp phần giữ vững ổn định tình hình ở khu công nghiệp
Đồng chí Phạm Văn Thành phát biểu chỉ đạo hội nghị.
(BDO) Chiều 11/7, Ban Dân vận Tỉnh ủy Bình Dương tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2019. Đồng chí Phạm Văn Thành, Phó Bí thư Thường trực Tỉnh ủy dự, chỉ đạo. Đồng chí Nguyễn Thị Kim Yến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 139-KH/TU thực hiện Chỉ thị số 33-CT/TW ngày 18/3/2019 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác xây dựng và phát huy vai trò của Công đoàn. Ban cũng phối hợp sơ kết 5 năm thực hiện Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh về công tác dân vận chính quyền.
Trên địa bàn tỉnh xảy ra 27 cuộc ngừng việc tập thể với khoảng 9.600 công nhân tham gia, giảm 11 cuộc so với cùng kỳ. Các cấp công đoàn đã phối hợp vận động công nhân trở lại làm việc, bảo vệ quyền lợi hợp pháp cho người lao động. Khối dân vận đã vận động xây dựng 52 nhà Đại đoàn kết, trao 1.850 suất học bổng cho con công nhân khó khăn, với tổng trị giá hơn 5,7 tỷ đồng.
Tại hội nghị, các đồng chí: Lê Văn Hòa, Trưởng Ban Dân vận Thị ủy Thuận An; Trần Thị Thu Hà, Trưởng Ban Dân vận Thị ủy Dĩ An; Huỳnh Thanh Phong, Trưởng Ban Dân vận Huyện ủy Bàu Bàng đã trình bày tham luận về vận động người lao động ngoại tỉnh tham gia giữ gìn an ninh trật tự ở khu nhà trọ. Phường An Phú và phường Tân Đông Hiệp được nêu là nơi có cách làm hay trong thành lập tổ tự quản nhà trọ.
Hội nghị cũng chỉ ra một số hạn chế: việc nắm tình hình công nhân ở một số doanh nghiệp có vốn nước ngoài còn khó khăn, tổ chức đảng và công đoàn cơ sở chưa phát huy hết vai trò; việc giải quyết kiến nghị về bồi thường ở một số dự án còn kéo dài.
Phát biểu chỉ đạo, đồng chí Phạm Văn Thành đề nghị các cấp quan tâm hơn nữa đến đời sống của hơn 1,1 triệu công nhân lao động; chủ động nắm tình hình, đối thoại kịp thời, không để xảy ra đình công tự phát kéo dài. Đồng chí Trưởng Ban Dân vận Tỉnh ủy Nguyễn Thị Kim Yến tiếp thu và đề nghị các huyện, thị, thành ủy chuẩn bị tốt việc tổng kết 20 năm thực hiện Nghị quyết Trung ương 8B (khóa VI).
Minh Duy
Tin cùng chuyên mục
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số (05/07/2019)
- Thủ Dầu Một: ra mắt mô hình "Khu phố 4 an" (28/06/2019)
- Ban Dân vận Trung ương khảo sát tại Bình Dương (17/06/2019)
""", "2019-07-12", "Công tác dân vận góp phần giữ vững ổn định tình hình ở khu công nghiệp",
E("so_ket", "2019-H1", "2019-07-11"),
[P("Phạm Văn Thành", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Nguyễn Thị Kim Yến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hòa", "Trưởng Ban Dân vận Thị ủy Thuận An"),
 P("Trần Thị Thu Hà", "Trưởng Ban Dân vận Thị ủy Dĩ An"),
 P("Huỳnh Thanh Phong", "Trưởng Ban Dân vận Huyện ủy Bàu Bàng")],
[Q("27 cuộc ngừng việc tập thể", 27, "cuộc ngừng việc tập thể"), Q("khoảng 9.600 công nhân", 9600, "công nhân", "approx"),
 Q("11 cuộc", 11, "cuộc"), Q("52 nhà Đại đoàn kết", 52, "nhà Đại đoàn kết"), Q("1.850 suất học bổng", 1850, "suất học bổng"),
 Q("hơn 5,7 tỷ đồng", 5700000000, "đồng", "over"), Q("hơn 1,1 triệu công nhân lao động", 1100000, "công nhân lao động", "over")],
[D("Kế hoạch", "139", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 139-KH/TU"),
 D("Chỉ thị", "33", "CT/TW", "2019-03-18", "Ban Bí thư", "Chỉ thị số 33-CT/TW ngày 18/3/2019 của Ban Bí thư"),
 D("Quy chế phối hợp", "06", "QC/BDVTU-BCSĐUBND", None, None, "Quy chế phối hợp số 06-QC/BDVTU-BCSĐUBND")],
[prov("Bình Dương"), com("An Phú"), com("Tân Đông Hiệp")],
["Báo Bình Dương Online", "Chính trị » Dân vận", "Đồng chí Phạm Văn Thành phát biểu chỉ đạo hội nghị.", "(BDO)",
 "Nghị quyết Trung ương 8B (khóa VI)"],
["Cập nhật lúc 17:20 ngày 12/07/2019", "6 tháng đầu năm", "6 tháng cuối năm 2019", "6 tháng đầu năm 2019", "5 năm", "20 năm",
 "Nghị quyết Trung ương 8B", "khóa VI"]))

PAGES.append(page("b1429-thanhhoa-bdv-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử
Trang chủ | Tin tức - Sự kiện | Công tác dân vận
Ngày 08/01/2021 | 09:15
Kết quả công tác dân vận năm 2020: nhiều chỉ tiêu vượt kế hoạch
Ngày 5/1/2021, Ban Dân vận Tỉnh ủy Thanh Hóa ban hành Báo cáo số 248-BC/BDVTU về kết quả công tác dân vận năm 2020, phương hướng, nhiệm vụ năm 2021, gửi Thường trực Tỉnh ủy và Ban Dân vận Trung ương. Báo cáo do đồng chí Lê Quang Hưng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy ký.
Theo báo cáo, năm 2020, trong bối cảnh dịch COVID-19 diễn biến phức tạp, Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 12-CT/TU ngày 20/4/2020 về tăng cường công tác dân vận trong phòng, chống dịch; Kế hoạch số 215-KH/TU về thực hiện Kết luận 43-KL/TW ngày 7/1/2019 của Ban Bí thư về tiếp tục đẩy mạnh công tác dân vận trong tình hình mới. Ban Dân vận các huyện, thị, thành ủy đã chỉ đạo tổ chức 578 hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa với 4.215 mô hình được công nhận, trong đó cấp tỉnh 72 mô hình. Nhân dân đã hiến 356.000 m2 đất, đóng góp 184,5 tỷ đồng xây dựng nông thôn mới; 26 xã được công nhận đạt chuẩn nông thôn mới nâng cao. Các cấp Mặt trận, đoàn thể tiếp nhận ủng hộ phòng, chống dịch COVID-19 gần 96 tỷ đồng và 1.240 tấn gạo.
Về công tác nắm tình hình, toàn tỉnh xảy ra 9 vụ việc tụ tập đông người liên quan đến đất đai, môi trường ở các huyện Tĩnh Gia, Như Thanh; khối dân vận đã phối hợp vận động, giải quyết ổn định 8 vụ việc. Khối dân vận tiếp nhận 1.137 lượt công dân đến phản ánh, chuyển cơ quan có thẩm quyền giải quyết 312 đơn thư.
Báo cáo cũng nêu rõ các điển hình ở cơ sở: xã Yên Thọ vận động 100% hộ dân ký cam kết thực hiện giãn cách; thị trấn Hồi Xuân có mô hình "Bản không ma túy" do ông Hà Văn Dũng, Bí thư Chi bộ bản Poọng làm nòng cốt.
Bên cạnh kết quả đạt được, báo cáo chỉ ra hạn chế: một số cấp ủy chưa quan tâm đúng mức đến công tác dân vận chính quyền; năng lực tham mưu của một bộ phận cán bộ dân vận cấp xã còn hạn chế; việc tổng kết, nhân rộng các mô hình chưa đồng đều giữa miền núi và đồng bằng.
Năm 2021, Ban đề ra 8 nhiệm vụ trọng tâm, trong đó tập trung tuyên truyền, vận động nhân dân tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026.
Phòng Tổng hợp
Lượt truy cập: 3.085
Tin liên quan
- Hội nghị giao ban khối dân vận quý IV năm 2020 (30/12/2020)
- Nga Sơn: tuyên dương 45 điển hình "Dân vận khéo" (18/12/2020)
- Thọ Xuân: đối thoại với nhân dân về chuyển đổi đất lúa (04/12/2020)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Lát (20/11/2020)
""", "2021-01-08", "Kết quả công tác dân vận năm 2020: nhiều chỉ tiêu vượt kế hoạch",
E("bao_cao", "2020", "2021-01-05"),
[P("Lê Quang Hưng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Dũng", "Bí thư Chi bộ bản Poọng")],
[Q("578 hội nghị đối thoại", 578, "hội nghị đối thoại"), Q("4.215 mô hình", 4215, "mô hình"), Q("72 mô hình", 72, "mô hình"),
 Q("356.000 m2", 356000, "m2"), Q("184,5 tỷ đồng", 184500000000, "đồng"),
 Q("26 xã", 26, "xã"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("1.240 tấn", 1240, "tấn"),
 Q("9 vụ việc tụ tập đông người", 9, "vụ việc tụ tập đông người"), Q("8 vụ việc", 8, "vụ việc"),
 Q("1.137 lượt công dân", 1137, "lượt công dân"), Q("312 đơn thư", 312, "đơn thư"), Q("100%", 100, "%"),
 Q("8 nhiệm vụ trọng tâm", 8, "nhiệm vụ trọng tâm")],
[D("Báo cáo", "248", "BC/BDVTU", "2021-01-05", "Ban Dân vận Tỉnh ủy Thanh Hóa", "Báo cáo số 248-BC/BDVTU"),
 D("Chỉ thị", "12", "CT/TU", "2020-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU ngày 20/4/2020"),
 D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
 D("Kết luận", "43", "KL/TW", "2019-01-07", "Ban Bí thư", "Kết luận 43-KL/TW ngày 7/1/2019 của Ban Bí thư")],
[prov("Thanh Hóa"), com("Yên Thọ"), com("Hồi Xuân")],
["BAN DÂN VẬN TỈNH ỦY THANH HÓA - Cổng thông tin điện tử", "Trang chủ | Tin tức - Sự kiện | Công tác dân vận",
 "Dân vận khéo", "Bản không ma túy", "Phòng Tổng hợp", "Lượt truy cập: 3.085"],
["Ngày 08/01/2021 | 09:15", "năm 2020", "năm 2021", "COVID-19", "khóa XV", "nhiệm kỳ 2021 - 2026", "Lượt truy cập: 3.085"]))

PAGES.append(page("b1430-sonla-guongsang-bithu-chibo-2021", """
BÁO SƠN LA
Trang chủ - Xã hội - Gương sáng
21.06.2021 | 16:05
Người "giữ lửa" ở bản Pá Hốc
Ông Lò Văn Ún (thứ hai từ trái) trao đổi với bà con về trồng xoài ghép.
Bản Pá Hốc, xã Chiềng Khoang, huyện Quỳnh Nhai, tỉnh Sơn La những năm trước là bản nghèo nhất xã, đường vào mùa mưa lầy lội, trẻ em bỏ học nhiều. Giờ đây, bản đã có đường bê tông đến từng ngõ, có nhà văn hóa khang trang và 45 ha cây ăn quả cho thu nhập ổn định. Người có công lớn trong sự đổi thay ấy là ông Lò Văn Ún, Bí thư Chi bộ kiêm Trưởng bản Pá Hốc.
Năm 2015, khi được bà con tín nhiệm bầu làm trưởng bản, ông Ún cùng chi bộ xây dựng nghị quyết chuyên đề về chuyển đổi cơ cấu cây trồng, đưa cây xoài, nhãn ghép lên đất dốc thay cho cây ngô. Để bà con tin, ông mạnh dạn vay 80 triệu đồng trồng thử 2 ha trên đất nhà mình. Ba năm sau, vườn xoài cho thu hoạch, lãi hơn 150 triệu đồng mỗi năm, nhiều hộ xin giống làm theo.
Ông còn vận động 63 hộ trong bản hiến hơn 3.200 m2 đất, góp 1.400 ngày công làm đường. Thực hiện Nghị quyết số 11-NQ/ĐU của Đảng ủy xã Chiềng Khoang về xây dựng nông thôn mới, bản Pá Hốc là bản đầu tiên của xã về đích. Số hộ nghèo của bản giảm từ 58 hộ năm 2015 xuống còn 9 hộ.
Bà Quàng Thị Xuân, Chủ tịch Hội LHPN xã Chiềng Khoang, nhận xét: "Ông Ún nói ít làm nhiều, việc gì khó ông đứng ra trước, nên dân nghe theo". Còn ông Cầm Văn Chính, Phó Bí thư Thường trực Đảng ủy xã, cho biết mô hình "Dân vận khéo trong chuyển đổi cây trồng" của bản Pá Hốc đã được Ban Dân vận Huyện ủy chọn để nhân rộng ra 12 bản.
Nói về việc giữ gìn bản sắc, ông Ún kể chi bộ đã thành lập đội văn nghệ 25 thành viên, duy trì múa xòe, hát khắp vào các dịp lễ, Tết. Ông thường đến từng nhà nhắc nhở con cháu giữ gìn tiếng Thái, chữ Thái, không để mai một.
Với những đóng góp đó, năm 2020 ông Lò Văn Ún được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2020. Ông tâm sự chỉ mong bà con trong bản đoàn kết, con cháu được học hành đến nơi đến chốn, không ai phải bỏ bản ra đi.
Những năm qua, bản Pá Hốc không có người mắc tệ nạn xã hội, không có đơn thư vượt cấp; các gia đình đều ký cam kết giữ gìn an ninh trật tự, bảo vệ rừng đầu nguồn. Mỗi khi có việc chung, từ làm đường, sửa nhà văn hóa đến giúp nhau lúc ốm đau, hoạn nạn, chỉ cần chi bộ họp bàn, loa bản thông báo là bà con đến đông đủ.
Chia tay chúng tôi, ông Ún vẫn còn bận rộn với kế hoạch mở thêm lớp dạy ghép cây cho thanh niên trong bản vào mùa mưa tới.
Bài, ảnh: Quàng Hương
Lượt xem: 948
Tin khác
- Mộc Châu: ra mắt 20 mô hình "Dân vận khéo" (15/06/2021)
- Phù Yên: gặp mặt người có uy tín năm 2021 (08/06/2021)
- Thuận Châu: vận động di dời 14 hộ khỏi vùng sạt lở (29/05/2021)
""", "2021-06-21", "Người \"giữ lửa\" ở bản Pá Hốc",
E("khac", None, None),
[P("Lò Văn Ún", "Bí thư Chi bộ kiêm Trưởng bản Pá Hốc"),
 P("Quàng Thị Xuân", "Chủ tịch Hội LHPN xã Chiềng Khoang"),
 P("Cầm Văn Chính", "Phó Bí thư Thường trực Đảng ủy xã")],
[Q("45 ha", 45, "ha"), Q("80 triệu đồng", 80000000, "đồng"), Q("2 ha", 2, "ha"),
 Q("hơn 150 triệu đồng", 150000000, "đồng", "over"), Q("63 hộ", 63, "hộ"), Q("hơn 3.200 m2", 3200, "m2", "over"),
 Q("1.400 ngày công", 1400, "ngày công"), Q("58 hộ", 58, "hộ"), Q("9 hộ", 9, "hộ"), Q("12 bản", 12, "bản"),
 Q("25 thành viên", 25, "thành viên")],
[D("Nghị quyết", "11", "NQ/ĐU", None, "Đảng ủy xã Chiềng Khoang", "Nghị quyết số 11-NQ/ĐU của Đảng ủy xã Chiềng Khoang")],
[prov("Sơn La"), com("Chiềng Khoang")],
["BÁO SƠN LA", "Trang chủ - Xã hội - Gương sáng", "Ông Lò Văn Ún (thứ hai từ trái) trao đổi với bà con về trồng xoài ghép.",
 "Dân vận khéo trong chuyển đổi cây trồng", "Dân vận khéo", "Lượt xem: 948"],
["21.06.2021 | 16:05", "Năm 2015", "Ba năm sau", "năm 2015", "năm 2020", "2016 - 2020", "Lượt xem: 948"]))

PAGES.append(page("b1431-khanhhoa-bdv-hoinghi-dvkheo-2022", """
Báo Khánh Hòa điện tử
Chính trị - Xã hội / Dân vận
18/11/2022 - 15:45
Ảnh: Đồng chí Lê Hải Nam trao Bằng khen cho các tập thể.
Biểu dương 68 điển hình "Dân vận khéo" năm 2022
(BKH) - Sáng 17/11, Ban Dân vận Tỉnh ủy Khánh Hòa tổ chức hội nghị biểu dương điển hình "Dân vận khéo" năm 2022. Dự hội nghị có đồng chí Lê Hải Nam, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh; đồng chí Hồ Quốc Thịnh, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Nguyễn Khắc Trung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Năm 2022, các cấp, các ngành trong tỉnh đã đăng ký 1.126 mô hình, điển hình "Dân vận khéo"; qua đánh giá, có 68 điển hình tiêu biểu được chọn biểu dương, gồm 41 tập thể và 27 cá nhân. Nhiều mô hình mang lại giá trị lớn như vận động nhân dân hiến gần 28.000 m2 đất mở rộng đường, đóng góp hơn 17 tỷ đồng xây dựng công trình phúc lợi; mô hình "Ngư dân bám biển" ở phường Vĩnh Phước giúp 146 tàu cá có tổ đoàn kết khai thác trên biển.
Tại hội nghị, đại diện các điển hình đã chia sẻ cách làm: ông Cao Văn Sáu, người có uy tín thôn Suối Cát, xã Khánh Phú (huyện Khánh Vĩnh) kể việc vận động đồng bào Raglai bỏ tập quán đốt rừng làm rẫy; bà Phạm Thị Thu Hiền, Chủ tịch Hội LHPN phường Cam Nghĩa (TP Cam Ranh) chia sẻ mô hình "Tổ phụ nữ tiết kiệm" giúp 38 chị em vay vốn không lãi; Thượng úy Trần Minh Nhật, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ninh Hải, giới thiệu mô hình "Nâng bước em tới trường" nhận đỡ đầu 24 học sinh.
Phát biểu tại hội nghị, Bí thư Tỉnh ủy Lê Hải Nam đánh giá phong trào thi đua "Dân vận khéo" đã đi vào chiều sâu, gắn với thực hiện nhiệm vụ chính trị của từng địa phương, đơn vị. Đồng chí đề nghị tiếp tục thực hiện tốt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Kế hoạch số 84-KH/TU của Tỉnh ủy về thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2025.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 15 cá nhân; Ban Dân vận Tỉnh ủy tặng Giấy khen cho 21 tập thể, 12 cá nhân.
Việc lựa chọn điển hình năm nay được thực hiện chặt chẽ, từ cơ sở, có sự tham gia đánh giá của nhân dân nơi cư trú. Ban Dân vận Tỉnh ủy cho biết sẽ biên soạn tài liệu giới thiệu các cách làm hay để phổ biến rộng rãi.
Ngọc Diệp
Lượt xem: 2.054
Bài viết liên quan
- Hội nghị người có uy tín trong đồng bào dân tộc thiểu số năm 2022 (04/11/2022)
- Cam Lâm: đối thoại với người dân về dự án sân bay (21/10/2022)
- Khánh Sơn: 12 mô hình dân vận khéo được nhân rộng (07/10/2022)
""", "2022-11-18", "Biểu dương 68 điển hình \"Dân vận khéo\" năm 2022",
E("hoi_nghi", "2022", "2022-11-17"),
[P("Lê Hải Nam", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Hồ Quốc Thịnh", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Khắc Trung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Cao Văn Sáu", "người có uy tín thôn Suối Cát"),
 P("Phạm Thị Thu Hiền", "Chủ tịch Hội LHPN phường Cam Nghĩa"),
 P("Trần Minh Nhật", "Thượng úy", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Ninh Hải")],
[Q("1.126 mô hình, điển hình", 1126, "mô hình, điển hình"), Q("68 điển hình", 68, "điển hình"),
 Q("41 tập thể", 41, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("gần 28.000 m2", 28000, "m2", "approx"),
 Q("hơn 17 tỷ đồng", 17000000000, "đồng", "over"), Q("146 tàu cá", 146, "tàu cá"), Q("38 chị em", 38, "chị em"),
 Q("24 học sinh", 24, "học sinh"), Q("20 tập thể", 20, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("21 tập thể", 21, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Kế hoạch", "84", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 84-KH/TU của Tỉnh ủy")],
[prov("Khánh Hòa"), com("Vĩnh Phước"), com("Khánh Phú"), com("Cam Nghĩa")],
["Báo Khánh Hòa điện tử", "Chính trị - Xã hội / Dân vận", "Ảnh: Đồng chí Lê Hải Nam trao Bằng khen cho các tập thể.", "(BKH)",
 "Dân vận khéo", "Ngư dân bám biển", "Tổ phụ nữ tiết kiệm", "Nâng bước em tới trường", "Lượt xem: 2.054"],
["18/11/2022 - 15:45", "năm 2022", "Năm 2022", "2021 - 2025", "Lượt xem: 2.054"]))

PAGES.append(page("b1432-longan-huyen-giaoban-thang5-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN
Trang chủ › Tin tức sự kiện › Hoạt động Mặt trận - Đoàn thể
2023-06-02 16:40
Giao ban khối dân vận huyện tháng 5/2023
Chiều ngày 31/5/2023, Ban Dân vận Huyện ủy Đức Hòa (tỉnh Long An) tổ chức giao ban khối dân vận định kỳ tháng 5/2023, đánh giá kết quả công tác tháng 5 và triển khai nhiệm vụ tháng 6/2023. Đồng chí Nguyễn Thị Kim Loan, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy chủ trì. Dự giao ban có đồng chí Võ Văn Lâm, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện và lãnh đạo các đoàn thể chính trị - xã hội huyện, trưởng khối dân vận 20 xã, thị trấn.
Trong tháng, khối dân vận huyện đã tổ chức sơ kết 2 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư; triển khai Hướng dẫn số 23-HD/BDVHU của Ban Dân vận Huyện ủy về đánh giá, công nhận mô hình "Dân vận khéo" năm 2023. Các ngành, đoàn thể phối hợp vận động 117 hộ dân bàn giao mặt bằng dự án đường vành đai 4 qua xã Đức Lập Hạ và xã Mỹ Hạnh Nam; tiếp nhận 15 đơn thư, giải quyết 11 đơn.
Ủy ban MTTQ huyện đã vận động Quỹ "Vì người nghèo" được 1,35 tỷ đồng, hỗ trợ xây mới 9 căn nhà Đại đoàn kết, mỗi căn 60 triệu đồng. Hội Nông dân huyện giải ngân 2,1 tỷ đồng vốn Quỹ hỗ trợ nông dân cho 42 hội viên. Đoàn Thanh niên ra quân Chiến dịch Thanh niên tình nguyện hè với 1.500 lượt đoàn viên tham gia.
Tại giao ban, đồng chí Lê Hoàng Phúc, Chủ tịch Hội Nông dân huyện, phản ánh tình trạng thương lái ép giá thanh long; đồng chí Trần Thị Bé Ba, Chủ tịch Hội LHPN huyện, đề nghị phối hợp tuyên truyền phòng chống mua bán người trong lao động nữ ở các khu công nghiệp. Đồng chí Huỳnh Văn Tốt, Trưởng khối dân vận thị trấn Hậu Nghĩa, báo cáo việc 3 hộ dân ở khu phố Lộc Thuận còn khiếu nại về giá bồi thường.
Kết luận giao ban, Trưởng Ban Dân vận Huyện ủy Nguyễn Thị Kim Loan yêu cầu trong tháng 6 tiếp tục bám sát cơ sở, phối hợp vận động các hộ còn lại bàn giao mặt bằng; chuẩn bị sơ kết công tác dân vận 6 tháng đầu năm 2023; hướng dẫn các xã đăng ký mô hình, điển hình mới.
Nhìn chung, các thành viên khối dân vận đã bám sát nhiệm vụ chính trị của huyện, chủ động nắm tình hình nhân dân ở các địa bàn có dự án, kịp thời phản ánh với cấp ủy những vấn đề người dân quan tâm. Tuy nhiên, việc phối hợp thông tin giữa các đoàn thể có lúc còn chậm, báo cáo của một số xã chưa đúng thời gian quy định.
Mỗi thành viên khối dân vận được phân công theo dõi địa bàn cụ thể, định kỳ báo cáo tình hình tại giao ban tháng; những vụ việc phức tạp phải báo cáo ngay cho Thường trực Huyện ủy.
Kim Ngân - Ban Dân vận Huyện ủy
Tin khác
- Hội nghị đối thoại giữa Bí thư Huyện ủy với đoàn viên thanh niên (25/05/2023)
- Xã Hòa Khánh Đông ra mắt tổ tự quản đường hoa (18/05/2023)
- Giao ban khối dân vận huyện tháng 4/2023 (28/04/2023)
- Đức Hòa: trao 50 suất học bổng cho học sinh nghèo (20/04/2023)
""", "2023-06-02", "Giao ban khối dân vận huyện tháng 5/2023",
E("giao_ban", "2023-05", "2023-05-31"),
[P("Nguyễn Thị Kim Loan", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy"),
 P("Võ Văn Lâm", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Hoàng Phúc", "Chủ tịch Hội Nông dân huyện"),
 P("Trần Thị Bé Ba", "Chủ tịch Hội LHPN huyện"),
 P("Huỳnh Văn Tốt", "Trưởng khối dân vận thị trấn Hậu Nghĩa")],
[Q("20 xã, thị trấn", 20, "xã, thị trấn"), Q("117 hộ dân", 117, "hộ dân"), Q("15 đơn thư", 15, "đơn thư"), Q("11 đơn", 11, "đơn"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("9 căn nhà Đại đoàn kết", 9, "căn nhà Đại đoàn kết"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("42 hội viên", 42, "hội viên"), Q("1.500 lượt đoàn viên", 1500, "lượt đoàn viên"),
 Q("3 hộ dân", 3, "hộ dân")],
[D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận số 114-KL/TW của Ban Bí thư"),
 D("Hướng dẫn", "23", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn số 23-HD/BDVHU của Ban Dân vận Huyện ủy")],
[prov("Long An"), com("Đức Lập Hạ"), com("Mỹ Hạnh Nam"), com("Hậu Nghĩa")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA - TỈNH LONG AN", "Trang chủ › Tin tức sự kiện › Hoạt động Mặt trận - Đoàn thể",
 "Dân vận khéo", "Vì người nghèo", "Chiến dịch Thanh niên tình nguyện hè"],
["2023-06-02 16:40", "tháng 5/2023", "tháng 6/2023", "2 năm", "năm 2023", "6 tháng đầu năm 2023", "đường vành đai 4"]))
