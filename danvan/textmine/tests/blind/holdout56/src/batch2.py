from lib import *
PAGES = []

PAGES.append(page("b1307-binhduong-phuong-giamsat-2021", """
Báo Bình Dương Online
Trang chủ >> Chính trị >> Mặt trận - Đoàn thể
18/06/2021 - 10:05
MTTQ phường Tân Định giám sát việc hỗ trợ người lao động khó khăn
(BDO) Ngày 16/6, Ủy ban MTTQ Việt Nam phường Tân Định, thị xã Bến Cát tổ chức giám sát việc thực hiện chính sách hỗ trợ người lao động gặp khó khăn do đại dịch Covid-19 tại UBND phường. Đây là nội dung nằm trong chương trình giám sát năm 2021 của Mặt trận phường.
Đoàn giám sát do ông Huỳnh Văn Nhân, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định làm trưởng đoàn; thành viên gồm đại diện Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Đoàn Thanh niên, Ban Thanh tra nhân dân phường.
Đoàn giám sát làm việc tại UBND phường. Ảnh: Thanh Tuấn
Theo báo cáo của UBND phường, thực hiện Nghị quyết số 42/NQ-CP của Chính phủ và Quyết định số 15/2020/QĐ-TTg của Thủ tướng Chính phủ, phường đã lập danh sách, đề nghị hỗ trợ cho 1.326 người lao động tự do, 87 hộ kinh doanh, 214 người thuộc hộ nghèo, hộ cận nghèo với tổng kinh phí hơn 2,1 tỷ đồng. Đến nay, 98,6% đối tượng đã nhận tiền hỗ trợ; còn 19 trường hợp là người lao động ngoại tỉnh đã về quê chưa liên hệ nhận.
Qua giám sát, đoàn đánh giá việc bình xét, lập danh sách được thực hiện công khai tại 6 khu phố, có sự tham gia của Ban công tác Mặt trận và tổ dân vận; danh sách được niêm yết đủ 7 ngày trước khi chi trả. Tuy nhiên, một số hồ sơ còn thiếu chữ ký xác nhận của chủ nhà trọ; việc thông báo đến người lao động thuê trọ có lúc chưa kịp thời, để người dân phải đi lại nhiều lần.
Đại diện Ban Thanh tra nhân dân phường cho biết trong quá trình thực hiện, Ban đã tiếp nhận 11 ý kiến phản ánh, chủ yếu đề nghị bổ sung đối tượng bán vé số dạo, phụ hồ, xe ôm; các ý kiến đã được chuyển UBND phường xem xét theo quy định.
Bà Nguyễn Thị Bích Thủy, Phó Chủ tịch UBND phường Tân Định tiếp thu ý kiến của đoàn, cho biết phường sẽ phối hợp với chủ nhà trọ rà soát lại danh sách, bố trí cán bộ chi trả vào ngày nghỉ để người lao động thuận tiện.
Kết luận buổi giám sát, ông Huỳnh Văn Nhân đề nghị UBND phường thực hiện đúng Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội, Kế hoạch số 08-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam phường; bảo đảm hỗ trợ "đúng đối tượng, đủ số lượng, không để lọt, không trùng lặp"; công khai kết quả chi trả tại trụ sở khu phố. Ủy ban MTTQ phường sẽ tiếp tục giám sát việc vận động, phân phối 1.500 phần quà từ Quỹ phòng, chống dịch Covid-19 của thị xã trong tháng 7.
Tin, ảnh: Thanh Tuấn
Lượt xem: 734
Tin khác
- Bến Cát: Mặt trận các cấp tiếp nhận hơn 3 tỷ đồng ủng hộ phòng chống dịch (15/06/2021)
- Thủ Dầu Một: ra mắt "Tổ Covid cộng đồng" ở khu phố (10/06/2021)
- Tân Uyên giám sát việc thực hiện quy chế dân chủ ở cơ sở (03/06/2021)
- Dĩ An: trao 500 phần quà cho công nhân nhà trọ (28/05/2021)
""", "2021-06-18", "MTTQ phường Tân Định giám sát việc hỗ trợ người lao động khó khăn",
E("giam_sat", "2021", "2021-06-16"),
[P("Huỳnh Văn Nhân", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định"),
 P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch UBND phường Tân Định")],
[Q("1.326 người lao động tự do", 1326, "người lao động tự do"), Q("87 hộ kinh doanh", 87, "hộ kinh doanh"),
 Q("214 người", 214, "người"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("98,6%", 98.6, "%"),
 Q("19 trường hợp", 19, "trường hợp"), Q("6 khu phố", 6, "khu phố"),
 Q("11 ý kiến phản ánh", 11, "ý kiến phản ánh"), Q("1.500 phần quà", 1500, "phần quà")],
[D("Nghị quyết", "42", "NQ-CP", None, "Chính phủ", "Nghị quyết số 42/NQ-CP"),
 D("Quyết định", "15", "2020/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "08", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 08-KH/MTTQ-BTT")],
[prov("Bình Dương"), com("Tân Định")],
["Báo Bình Dương Online", "Trang chủ >> Chính trị >> Mặt trận - Đoàn thể", "(BDO)", "Đoàn giám sát làm việc tại UBND phường. Ảnh: Thanh Tuấn",
 "đúng đối tượng, đủ số lượng, không để lọt, không trùng lặp", "Quỹ phòng, chống dịch Covid-19", "Lượt xem: 734"],
["18/06/2021 - 10:05", "năm 2021", "Covid-19", "7 ngày", "tháng 7", "Lượt xem: 734"]))

PAGES.append(page("b1308-namdinh-xa-danvankheo-2022", """
BÁO NAM ĐỊNH ĐIỆN TỬ
Chính trị - Xây dựng Đảng | Dân vận khéo
Thứ Sáu, 04/11/2022, 07:30
Ông Vũ Văn Khiêm (bên phải) trao đổi với người dân về làm đường.
Người "giữ lửa" dân vận ở xóm biển
Gần 20 năm làm công tác Mặt trận ở cơ sở, ông Vũ Văn Khiêm, Bí thư Chi bộ kiêm Trưởng xóm 7, xã Hải Lý (huyện Hải Hậu) được bà con quý mến gọi là "người giữ lửa" của xóm biển.
Xóm 7 có 268 hộ, phần đông làm nghề đánh bắt ven bờ và làm muối. Năm 2019, khi xã phát động làm đường bê tông liên xóm, nhiều hộ còn băn khoăn vì phải dịch hàng rào, chặt cây. Ông Khiêm cùng các đảng viên trong chi bộ bàn cách làm: hộ cán bộ, đảng viên làm trước, họp xóm công khai từng mét đất, từng khoản đóng góp. Nhờ vậy, chỉ sau 3 tháng, 57 hộ đã tự nguyện hiến tổng cộng 1.120 m2 đất, đóng góp 640 triệu đồng để làm 1,8 km đường trục xóm rộng 5 m.
Mô hình "Xóm biển sáng - xanh - sạch" do chi bộ xóm khởi xướng được Ban Thường vụ Huyện ủy công nhận là mô hình "Dân vận khéo" năm 2021. Đến nay, xóm đã lắp 142 bóng đèn chiếu sáng, trồng 1.300 cây phi lao chắn cát; 100% hộ có nhà tiêu hợp vệ sinh. Tổ tự quản an ninh của xóm với 12 thành viên duy trì tuần tra đêm, nhiều năm liền không để xảy ra trộm cắp tài sản của ngư dân.
Theo ông Đặng Văn Thiện, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Hải Lý, thành công ở xóm 7 là nhờ làm tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng". Từ cách làm của xóm, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU về vận động nhân dân chỉnh trang khu dân cư ven biển, nhân rộng ra 8 xóm.
Bà Trần Thị Nhung, người dân xóm 7, chia sẻ: "Ông Khiêm nói ít làm nhiều. Việc gì khó, ông đến từng nhà, ngồi uống nước, nghe dân nói rồi mới bàn. Có hộ ông đến năm, bảy lần mới xong."
Năm 2022, thực hiện Kế hoạch số 112-KH/HU ngày 10/3/2022 của Ban Thường vụ Huyện ủy Hải Hậu về đẩy mạnh phong trào thi đua "Dân vận khéo", xóm 7 tiếp tục đăng ký xây dựng mô hình "Nhà sạch, vườn đẹp, ngõ xóm văn minh". Bà Phạm Thị Hằng, HUV, Trưởng Ban Dân vận Huyện ủy Hải Hậu đánh giá: "Ở đâu có những người như ông Khiêm, ở đó việc khó cũng thành việc dễ".
Ông Vũ Văn Khiêm vừa được Ủy ban MTTQ Việt Nam tỉnh Nam Định tặng bằng khen vì có thành tích xuất sắc trong Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Bài, ảnh: Thu Hà
Tin liên quan
- Hải Hậu: 35 mô hình "Dân vận khéo" được biểu dương (28/10/2022)
- Giao Thủy: vận động ngư dân không khai thác hải sản trái phép (15/10/2022)
- Xã Nghĩa Hồng hoàn thành đường trục xã nhờ sức dân (02/10/2022)
- Trực Ninh: người có uy tín trong đồng bào Công giáo (20/09/2022)
""", "2022-11-04", "Người \"giữ lửa\" dân vận ở xóm biển",
E("khac", None, None),
[P("Vũ Văn Khiêm", "Bí thư Chi bộ kiêm Trưởng xóm 7"),
 P("Đặng Văn Thiện", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Hải Lý"),
 P("Trần Thị Nhung"),
 P("Phạm Thị Hằng", "HUV", "Trưởng Ban Dân vận Huyện ủy Hải Hậu")],
[Q("268 hộ", 268, "hộ"), Q("57 hộ", 57, "hộ"), Q("1.120 m2", 1120, "m2"), Q("640 triệu đồng", 640000000, "đồng"),
 Q("1,8 km", 1.8, "km"), Q("5 m", 5, "m"), Q("142 bóng đèn chiếu sáng", 142, "bóng đèn chiếu sáng"), Q("1.300 cây phi lao", 1300, "cây phi lao"),
 Q("100%", 100, "%"), Q("12 thành viên", 12, "thành viên"), Q("8 xóm", 8, "xóm")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Kế hoạch", "112", "KH/HU", "2022-03-10", "Ban Thường vụ Huyện ủy Hải Hậu", "Kế hoạch số 112-KH/HU ngày 10/3/2022")],
[prov("Nam Định"), com("Hải Lý")],
["BÁO NAM ĐỊNH ĐIỆN TỬ", "Chính trị - Xây dựng Đảng | Dân vận khéo", "Ông Vũ Văn Khiêm (bên phải) trao đổi với người dân về làm đường.",
 "Xóm biển sáng - xanh - sạch", "Dân vận khéo", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Nhà sạch, vườn đẹp, ngõ xóm văn minh", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Sáu, 04/11/2022, 07:30", "Gần 20 năm", "3 tháng", "Năm 2019", "xóm 7", "Năm 2022", "năm, bảy lần"]))

PAGES.append(page("b1309-hagiang-xa-soket-2023", """
Báo Hà Giang điện tử
Trang chủ › Chính trị › Công tác dân vận
Thứ Sáu, 14/07/2023 - 16:20
Ảnh: Đồng chí Ly Mí Sính phát biểu kết luận hội nghị.
Lũng Cú: Khối dân vận xã bám bản, vận động đồng bào giữ đất, giữ rừng
Ngày 12/7, Đảng ủy xã Lũng Cú (huyện Đồng Văn) tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023. Đồng chí Ly Mí Sính, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Vừ Thị Dung, HUV, Trưởng Ban Dân vận Huyện ủy Đồng Văn.
Lũng Cú là xã biên giới có 9 thôn, 1.021 hộ với hơn 5.400 khẩu, 97% là đồng bào Mông. 6 tháng qua, khối dân vận xã đã triển khai Kết luận số 43-KL/TU ngày 20/2/2023 của Ban Thường vụ Tỉnh ủy Hà Giang về công tác dân vận ở vùng đồng bào dân tộc thiểu số và Kế hoạch số 17-KH/ĐU ngày 3/3/2023 của Đảng ủy xã về vận động nhân dân thực hiện cải tạo vườn tạp, bảo vệ rừng đầu nguồn.
Các đoàn thể đã tổ chức 46 buổi tuyên truyền bằng tiếng Mông tại các thôn, thu hút 2.300 lượt người nghe; vận động 19 hộ dỡ bỏ nhà tạm để nhận hỗ trợ làm nhà theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, mỗi hộ được hỗ trợ 40 triệu đồng. Nhân dân đóng góp 1.700 ngày công, hiến 2.450 m2 đất mở rộng đường lên cột cờ.
Các tổ tự quản đường biên, cột mốc với 64 thành viên phối hợp với Đồn Biên phòng Lũng Cú tuần tra 38 lượt, không để xảy ra xuất, nhập cảnh trái phép. Xã không có đơn thư vượt cấp; các tổ hòa giải đã hòa giải thành 7/8 vụ việc mâu thuẫn đất đai trong dòng họ.
Thảo luận tại hội nghị, đồng chí Sùng Mí Chứ, Bí thư Chi bộ thôn Sèo Lủng, cho biết một số hộ vẫn còn tổ chức đám ma kéo dài; đồng chí Giàng Thị Mỷ, Chủ tịch Hội Liên hiệp Phụ nữ xã đề nghị có thêm lớp dạy nghề thêu dệt thổ cẩm cho phụ nữ. Ông Lù Mí Dình, người có uy tín thôn Lô Lô Chải chia sẻ kinh nghiệm vận động bà con làm homestay đón khách du lịch.
Những tồn tại được chỉ ra: việc nắm tình hình tư tưởng của bà con ở các thôn giáp biên còn chậm; một số chi hội đoàn thể sinh hoạt chưa đều; còn tình trạng thanh niên bỏ đi làm ăn ở nước ngoài theo đường mòn, lối mở.
Kết luận hội nghị, đồng chí Ly Mí Sính yêu cầu 6 tháng cuối năm tập trung vận động nhân dân thực hiện Nghị quyết số 22-NQ/TU của Tỉnh ủy về phát triển du lịch cộng đồng, không để phát sinh đạo lạ; phấn đấu giảm 5% hộ nghèo.
Mai Sương
Lượt xem: 918
Tin liên quan
- Đồng Văn: giao ban khối dân vận quý II (05/07/2023)
- Người Mông ở Sủng Là làm du lịch cộng đồng (28/06/2023)
- Mèo Vạc: ra mắt mô hình "Thôn bản không có tảo hôn" (20/06/2023)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại Yên Minh (12/06/2023)
""", "2023-07-14", "Lũng Cú: Khối dân vận xã bám bản, vận động đồng bào giữ đất, giữ rừng",
E("so_ket", "2023-H1", "2023-07-12"),
[P("Ly Mí Sính", "Bí thư Đảng ủy xã"),
 P("Vừ Thị Dung", "HUV", "Trưởng Ban Dân vận Huyện ủy Đồng Văn"),
 P("Sùng Mí Chứ", "Bí thư Chi bộ thôn Sèo Lủng"),
 P("Giàng Thị Mỷ", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Lù Mí Dình", "người có uy tín thôn Lô Lô Chải")],
[Q("9 thôn", 9, "thôn"), Q("1.021 hộ", 1021, "hộ"), Q("hơn 5.400 khẩu", 5400, "khẩu", "over"), Q("97%", 97, "%"),
 Q("46 buổi tuyên truyền", 46, "buổi tuyên truyền"), Q("2.300 lượt người nghe", 2300, "lượt người nghe"), Q("19 hộ", 19, "hộ"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("1.700 ngày công", 1700, "ngày công"), Q("2.450 m2", 2450, "m2"),
 Q("64 thành viên", 64, "thành viên"), Q("38 lượt", 38, "lượt"), Q("7/8 vụ việc mâu thuẫn đất đai", 7, "vụ việc mâu thuẫn đất đai"),
 Q("5%", 5, "%")],
[D("Kết luận", "43", "KL/TU", "2023-02-20", "Ban Thường vụ Tỉnh ủy Hà Giang", "Kết luận số 43-KL/TU ngày 20/2/2023"),
 D("Kế hoạch", "17", "KH/ĐU", "2023-03-03", "Đảng ủy xã", "Kế hoạch số 17-KH/ĐU ngày 3/3/2023"),
 D("Nghị quyết", "22", "NQ/TU", None, "Tỉnh ủy", "Nghị quyết số 22-NQ/TU")],
[prov("Hà Giang"), com("Lũng Cú")],
["Báo Hà Giang điện tử", "Trang chủ › Chính trị › Công tác dân vận", "Ảnh: Đồng chí Ly Mí Sính phát biểu kết luận hội nghị.",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Đồn Biên phòng Lũng Cú", "Lượt xem: 918"],
["Thứ Sáu, 14/07/2023 - 16:20", "6 tháng đầu năm", "6 tháng cuối năm 2023", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 918"]))

PAGES.append(page("b1310-vinhlong-xa-hoinghi-2024", """
BAN DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ | Hoạt động dân vận | Dân vận cơ sở
24/05/2024 06:00
Phú Quới biểu dương 24 mô hình, điển hình "Dân vận khéo"
Ngày 22/5/2024, Đảng ủy xã Phú Quới (huyện Long Hồ) tổ chức hội nghị biểu dương mô hình, điển hình "Dân vận khéo" năm 2024. Đồng chí Trần Văn Sang, Bí thư Đảng ủy, Chủ tịch HĐND xã Phú Quới chủ trì; dự có đồng chí Nguyễn Thị Mỹ Hạnh, Huyện ủy viên, Trưởng Ban Dân vận, Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Hồ.
Toàn cảnh hội nghị.
Thực hiện Kế hoạch số 235-KH/TU ngày 15/1/2024 của Tỉnh ủy Vĩnh Long và Hướng dẫn số 04-HD/BDVHU của Ban Dân vận Huyện ủy Long Hồ về thi đua "Dân vận khéo" giai đoạn 2021 - 2025, năm qua xã có 24 mô hình, điển hình được công nhận, gồm 15 mô hình tập thể và 9 điển hình cá nhân, trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị.
Nổi bật là mô hình "Tuyến đường hoa kiểu mẫu" ở ấp Phú Hòa 1 do Chi hội Phụ nữ ấp thực hiện, vận động 126 hộ trồng 4,5 km hàng rào hoa; mô hình "Nhà nhân ái" của Hội Cựu chiến binh xã vận động được 185 triệu đồng, xây tặng 3 căn nhà cho hội viên nghèo; mô hình "Dân vận khéo trong vận động hiến đất làm đường" của Chi bộ ấp Phước Yên B với 32 hộ hiến đất, tổng diện tích 1.600 m2.
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Mỹ Hạnh đánh giá cao sự vào cuộc của cả hệ thống chính trị xã; đề nghị Đảng ủy xã tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương ban hành Quy chế công tác dân vận của hệ thống chính trị; gắn thi đua "Dân vận khéo" với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh. Đồng chí lưu ý các mô hình cần được duy trì bền vững, tránh phong trào, hình thức; hằng năm phải rà soát, loại bỏ mô hình không còn hiệu quả.
Các đại biểu cũng nghe ông Lê Văn Bảy, Bí thư Chi bộ ấp Phước Yên B, trình bày tham luận về cách vận động bà con hiến đất; bà Võ Thị Kim Thoa, Chủ tịch Hội Liên hiệp Phụ nữ xã chia sẻ kinh nghiệm giúp hội viên vay vốn phát triển kinh tế.
Dịp này, Đảng ủy xã tặng giấy khen cho 8 tập thể và 12 cá nhân tiêu biểu; mỗi tập thể được thưởng 1 triệu đồng, mỗi cá nhân 500.000 đồng. Đảng ủy xã cũng phát động thi đua xây dựng thêm ít nhất 5 mô hình mới trong năm 2025, hướng đến kỷ niệm 95 năm Ngày truyền thống công tác dân vận của Đảng.
Ngọc Thảo
Lượt truy cập: 2.145
Tin cùng chuyên mục
- Long Hồ: tọa đàm Quy chế dân vận (16/05/2024)
- Mang Thít biểu dương 40 mô hình "Dân vận khéo" (09/05/2024)
- Xã Thanh Đức giao ban khối dân vận quý I (10/04/2024)
- Tam Bình: ra mắt tổ dân vận ấp (02/04/2024)
""", "2024-05-24", "Phú Quới biểu dương 24 mô hình, điển hình \"Dân vận khéo\"",
E("hoi_nghi", "2024", "2024-05-22"),
[P("Trần Văn Sang", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Phú Quới"),
 P("Nguyễn Thị Mỹ Hạnh", "Huyện ủy viên", "Trưởng Ban Dân vận", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Long Hồ"),
 P("Lê Văn Bảy", "Bí thư Chi bộ ấp Phước Yên B"),
 P("Võ Thị Kim Thoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã")],
[Q("24 mô hình, điển hình", 24, "mô hình, điển hình"), Q("15 mô hình tập thể", 15, "mô hình tập thể"), Q("9 điển hình cá nhân", 9, "điển hình cá nhân"),
 Q("126 hộ", 126, "hộ"), Q("4,5 km", 4.5, "km"), Q("185 triệu đồng", 185000000, "đồng"), Q("3 căn nhà", 3, "căn nhà"),
 Q("32 hộ", 32, "hộ"), Q("1.600 m2", 1600, "m2"), Q("8 tập thể", 8, "tập thể"), Q("12 cá nhân", 12, "cá nhân"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("500.000 đồng", 500000, "đồng"), Q("ít nhất 5 mô hình", 5, "mô hình", "over")],
[D("Kế hoạch", "235", "KH/TU", "2024-01-15", "Tỉnh ủy Vĩnh Long", "Kế hoạch số 235-KH/TU ngày 15/1/2024"),
 D("Hướng dẫn", "04", "HD/BDVHU", None, "Ban Dân vận Huyện ủy Long Hồ", "Hướng dẫn số 04-HD/BDVHU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW")],
[prov("Vĩnh Long"), com("Phú Quới")],
["BAN DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ | Hoạt động dân vận | Dân vận cơ sở", "Toàn cảnh hội nghị.", "Dân vận khéo",
 "Tuyến đường hoa kiểu mẫu", "Nhà nhân ái", "Dân vận khéo trong vận động hiến đất làm đường", "Quy chế công tác dân vận của hệ thống chính trị",
 "Lượt truy cập: 2.145"],
["24/05/2024 06:00", "năm 2024", "Phú Hòa 1", "giai đoạn 2021 - 2025", "năm 2025", "95 năm", "Lượt truy cập: 2.145"]))

PAGES.append(page("b1311-tuyenquang-xa-tongket-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Thứ Sáu, 19/12/2025 - 08:45
Ảnh: Toàn cảnh hội nghị tổng kết.
Thượng Lâm: Nửa năm đầu vận hành chính quyền hai cấp, dân vận đi trước một bước
Ngày 17/12, Đảng ủy xã Thượng Lâm tổ chức hội nghị tổng kết công tác dân vận năm 2025, triển khai nhiệm vụ năm 2026. Đồng chí Ma Thị Hằng, Bí thư Đảng ủy xã chủ trì; dự có đồng chí Hoàng Đình Lực, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang. Tham dự hội nghị có 85 đồng chí là cấp ủy viên, bí thư chi bộ, trưởng thôn và cán bộ khối dân vận.
Xã Thượng Lâm mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 2 xã Khuôn Hà và Thượng Lâm, có 34 thôn với 4.860 hộ, hơn 21.000 nhân khẩu, chủ yếu là đồng bào Tày, Dao, Mông. Ngay sau khi đi vào hoạt động, Đảng ủy xã ban hành Nghị quyết số 01-NQ/ĐU ngày 5/7/2025 về công tác dân vận trong giai đoạn đầu vận hành chính quyền địa phương hai cấp; UBND xã và Ủy ban MTTQ Việt Nam xã ký Quy chế phối hợp số 03/QC-UBND-MTTQ ngày 20/7/2025 giữa UBND xã và Ủy ban MTTQ Việt Nam xã.
Báo cáo do đồng chí Lý Thị Hiền, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã trình bày cho biết: thực hiện Hướng dẫn số 15-HD/BTGDVTU ngày 22/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, xã đã kiện toàn 34 tổ dân vận thôn với 170 thành viên. Trung tâm phục vụ hành chính công xã tiếp nhận hơn 6.200 hồ sơ, 99,2% được giải quyết đúng hạn; cán bộ dân vận hỗ trợ người cao tuổi, người không biết chữ phổ thông làm thủ tục trực tuyến.
Trong năm, Mặt trận và các tổ chức chính trị - xã hội vận động hoàn thành 156 căn nhà cho hộ nghèo, hộ cận nghèo theo chương trình xóa nhà tạm, nhà dột nát với tổng kinh phí 9,36 tỷ đồng; Quỹ "Vì người nghèo" xã tiếp nhận 418 triệu đồng. Nhân dân hiến 6.700 m2 đất, góp 3.900 ngày công làm 8,5 km đường bê tông. Tỷ lệ hộ nghèo giảm còn 11,8%.
Tại hội nghị, đồng chí Bàn Văn Ton, Bí thư Chi bộ, Trưởng thôn Khuổi Củng chia sẻ cách vận động 12 hộ người Dao chuyển từ trồng ngô trên đất dốc sang trồng cam, quế. Đồng chí Chẩu Văn Hoan, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã đề nghị tăng cường giám sát việc bố trí trụ sở, chế độ cho cán bộ thôn sau sắp xếp.
Phát biểu chỉ đạo, đồng chí Hoàng Đình Lực ghi nhận Thượng Lâm là một trong những xã sớm đưa công tác dân vận vào nền nếp sau hợp nhất. Đồng chí lưu ý xã nắm chắc tâm tư của cán bộ, công chức dôi dư, của người dân ở khu vực xa trung tâm xã mới, không để hình thành điểm nóng; thực hiện nghiêm Quyết định số 23-QĐ/TW của Ban Chấp hành Trung ương về Quy chế công tác dân vận của hệ thống chính trị.
Dịp này, Đảng ủy xã tặng giấy khen cho 6 tập thể và 14 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2025.
Thanh Hà
Lượt xem: 1.037
Tin liên quan
- Lâm Bình: các xã mới ra mắt tổ dân vận thôn (30/11/2025)
- Ban Tuyên giáo và Dân vận Tỉnh ủy kiểm tra công tác dân vận ở xã Minh Quang (20/11/2025)
- Hà Giang cũ - Tuyên Quang mới: những người gác cửa biên cương (10/11/2025)
- Xã Yên Hoa đối thoại với nhân dân (28/10/2025)
""", "2025-12-19", "Thượng Lâm: Nửa năm đầu vận hành chính quyền hai cấp, dân vận đi trước một bước",
E("tong_ket", "2025", "2025-12-17"),
[P("Ma Thị Hằng", "Bí thư Đảng ủy xã"),
 P("Hoàng Đình Lực", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy Tuyên Quang"),
 P("Lý Thị Hiền", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã"),
 P("Bàn Văn Ton", "Bí thư Chi bộ", "Trưởng thôn Khuổi Củng"),
 P("Chẩu Văn Hoan", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
[Q("85 đồng chí", 85, "đồng chí"), Q("34 thôn", 34, "thôn"), Q("4.860 hộ", 4860, "hộ"), Q("hơn 21.000 nhân khẩu", 21000, "nhân khẩu", "over"),
 Q("34 tổ dân vận thôn", 34, "tổ dân vận thôn"), Q("170 thành viên", 170, "thành viên"), Q("hơn 6.200 hồ sơ", 6200, "hồ sơ", "over"),
 Q("99,2%", 99.2, "%"), Q("156 căn nhà", 156, "căn nhà"), Q("9,36 tỷ đồng", 9360000000, "đồng"), Q("418 triệu đồng", 418000000, "đồng"),
 Q("6.700 m2", 6700, "m2"), Q("3.900 ngày công", 3900, "ngày công"), Q("8,5 km", 8.5, "km"), Q("11,8%", 11.8, "%"),
 Q("12 hộ người Dao", 12, "hộ người Dao"), Q("6 tập thể", 6, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Nghị quyết", "01", "NQ/ĐU", "2025-07-05", "Đảng ủy xã", "Nghị quyết số 01-NQ/ĐU ngày 5/7/2025"),
 D("Quy chế phối hợp", "03", "QC-UBND-MTTQ", "2025-07-20", "UBND xã và Ủy ban MTTQ Việt Nam xã", "Quy chế phối hợp số 03/QC-UBND-MTTQ ngày 20/7/2025"),
 D("Hướng dẫn", "15", "HD/BTGDVTU", "2025-08-22", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BTGDVTU ngày 22/8/2025"),
 D("Quyết định", "23", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW")],
[prov("Tuyên Quang"), com("Thượng Lâm"), com("Khuôn Hà")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Ảnh: Toàn cảnh hội nghị tổng kết.", "Vì người nghèo",
 "Trung tâm phục vụ hành chính công xã", "Quy chế công tác dân vận của hệ thống chính trị", "Lượt xem: 1.037"],
["Thứ Sáu, 19/12/2025 - 08:45", "năm 2025", "năm 2026", "85 đồng chí", "1/7/2025", "2 xã", "Lượt xem: 1.037"]))

PAGES.append(page("b1312-gialai-phuong-daihoi-mttq-2025", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI
Vị trí: Trang chủ :: Tin tức :: Mặt trận cơ sở
Ngày 12/09/2025 | 15:30
Quang cảnh đại hội. Ảnh: Hoài Nam
Đại hội đại biểu MTTQ Việt Nam phường Quy Nhơn Nam lần thứ I
Ngày 10/9, Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam phường lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên của Mặt trận phường sau khi tỉnh Gia Lai và tỉnh Bình Định hợp nhất, chính quyền địa phương hai cấp đi vào hoạt động.
Dự đại hội có bà Đinh Thị Hương Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai; ông Phan Quốc Bảo, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy phường Quy Nhơn Nam cùng 150 đại biểu chính thức đại diện cho hơn 62.000 người dân của 28 khu phố.
Phường Quy Nhơn Nam được thành lập trên cơ sở nhập các phường Ghềnh Ráng, Quang Trung và một phần phường Nguyễn Văn Cừ. Từ ngày 1/7/2025, thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương Đảng và Kết luận số 150-KL/TW của Bộ Chính trị, các tổ chức chính trị - xã hội phường đã được sắp xếp trực thuộc Mặt trận. Ban Thường trực Ủy ban MTTQ phường đã ban hành Kế hoạch số 07/KH-MTTQ-BTT về tổ chức đại hội theo Hướng dẫn số 21-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Nhìn lại giai đoạn vừa qua, Mặt trận và các đoàn thể trên địa bàn đã vận động xây dựng, sửa chữa 64 nhà Đại đoàn kết với tổng giá trị gần 3,8 tỷ đồng; trao hơn 2.600 suất quà Tết cho hộ nghèo, gia đình chính sách; 27/28 khu dân cư đạt danh hiệu văn hóa. Mô hình "Khu phố tự quản về an ninh trật tự" được duy trì ở 16 khu phố.
Phát biểu chỉ đạo, bà Đinh Thị Hương Lan đề nghị Mặt trận phường phát huy vai trò là tổ chức liên minh chính trị, liên hiệp tự nguyện; đổi mới nội dung, phương thức hoạt động cho phù hợp với mô hình chính quyền mới, sát dân, gần dân hơn; làm tốt giám sát, phản biện xã hội theo Quy định số 124-QĐ/TW của Ban Bí thư.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam phường nhiệm kỳ 2025 - 2030. Ông Trương Văn Lâm, Phó Bí thư Đảng ủy phường được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam. Các ông, bà: Nguyễn Thị Xuân Mai, Đỗ Thành Công, Huỳnh Văn Lực được hiệp thương giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam phường; trong đó bà Nguyễn Thị Xuân Mai đồng thời là Chủ tịch Hội Liên hiệp Phụ nữ phường, ông Huỳnh Văn Lực kiêm Chủ tịch Hội Cựu chiến binh phường.
Đại hội thông qua chương trình hành động nhiệm kỳ với 5 chỉ tiêu, trong đó phấn đấu 100% hộ nghèo có nhà ở an toàn.
Hoài Nam
Tin khác
- Phường Quy Nhơn Đông ra mắt Ban công tác Mặt trận khu phố (05/09/2025)
- Ủy ban MTTQ tỉnh hướng dẫn đại hội cấp xã (28/08/2025)
- Xã Ia Grai: Mặt trận vận động đồng bào Jrai làm nhà vệ sinh (20/08/2025)
- Hội nghị hiệp thương lần thứ nhất ở các xã miền núi (12/08/2025)
""", "2025-09-12", "Đại hội đại biểu MTTQ Việt Nam phường Quy Nhơn Nam lần thứ I",
E("dai_hoi", None, "2025-09-10"),
[P("Đinh Thị Hương Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Gia Lai"),
 P("Phan Quốc Bảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy phường Quy Nhơn Nam"),
 P("Trương Văn Lâm", "Phó Bí thư Đảng ủy phường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Quy Nhơn Nam"),
 P("Nguyễn Thị Xuân Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Đỗ Thành Công", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Huỳnh Văn Lực", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Cựu chiến binh phường")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("hơn 62.000 người dân", 62000, "người dân", "over"), Q("28 khu phố", 28, "khu phố"),
 Q("64 nhà Đại đoàn kết", 64, "nhà Đại đoàn kết"), Q("gần 3,8 tỷ đồng", 3800000000, "đồng", "approx"), Q("hơn 2.600 suất quà Tết", 2600, "suất quà Tết", "over"),
 Q("27/28 khu dân cư", 27, "khu dân cư"), Q("16 khu phố", 16, "khu phố"), Q("45 vị", 45, "vị"), Q("5 chỉ tiêu", 5, "chỉ tiêu"), Q("100%", 100, "%")],
[D("Nghị quyết", "60", "NQ/TW", "2025-04-12", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 60-NQ/TW ngày 12/4/2025"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW"),
 D("Kế hoạch", "07", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ phường", "Kế hoạch số 07/KH-MTTQ-BTT"),
 D("Hướng dẫn", "21", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 21-HD/MTTW-BTT"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Gia Lai"), prov("Bình Định"), com("Quy Nhơn Nam"), com("Ghềnh Ráng"), com("Quang Trung"), com("Nguyễn Văn Cừ")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIA LAI", "Vị trí: Trang chủ :: Tin tức :: Mặt trận cơ sở", "Quang cảnh đại hội. Ảnh: Hoài Nam",
 "Khu phố tự quản về an ninh trật tự"],
["Ngày 12/09/2025 | 15:30", "lần thứ I", "nhiệm kỳ 2025 - 2030", "1/7/2025"]))
