from lib import *
PAGES = []

PAGES.append(page("b6713-binhdinh-trao-co-phao-ngudan-2022", """
BÁO BÌNH ĐỊNH
Trang chủ - Xã hội - Từ thiện
Thứ Năm, 10/11/2022 - 16:40
Trao 2.000 lá cờ Tổ quốc và 500 áo phao cho ngư dân Hoài Nhơn
Chiều 9/11, tại cảng cá Tam Quan, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Hội Nghề cá tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Vì biển đảo quê hương", trao 2.000 lá cờ Tổ quốc, 500 áo phao cứu sinh và 80 suất quà cho ngư dân thị xã Hoài Nhơn.
Các đại biểu trao cờ Tổ quốc cho ngư dân phường Tam Quan Bắc.
Tham dự có đồng chí Hồ Thanh Bình, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Võ Đình Thân, Phó Chủ tịch Thường trực Hội Nghề cá tỉnh; Thượng tá Trần Văn Nhân, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Mỗi suất quà gồm 1 triệu đồng tiền mặt và một số nhu yếu phẩm, dành cho thuyền viên có hoàn cảnh khó khăn, gia đình có người bị nạn trên biển ở các phường Tam Quan Bắc, Tam Quan Nam, Hoài Hương và xã Hoài Mỹ. Tổng kinh phí chương trình hơn 420 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các doanh nghiệp thủy sản tài trợ.
Theo Hội Nghề cá tỉnh, thị xã Hoài Nhơn hiện có 2.143 tàu cá với khoảng 15.000 lao động, là địa phương có đội tàu khai thác xa bờ lớn nhất tỉnh Bình Định. Từ đầu năm, toàn thị xã đã có 3 vụ tai nạn trên biển làm 5 ngư dân mất tích; nhiều ngư dân chưa trang bị đủ áo phao khi ra khơi.
Phát biểu tại buổi trao tặng, đồng chí Hồ Thanh Bình đề nghị bà con thực hiện nghiêm Luật Thủy sản, các quy định về chống khai thác IUU, "không vì lợi ích trước mắt mà xâm phạm vùng biển nước ngoài", đồng thời luôn mặc áo phao và giữ liên lạc với bờ. Đồng chí cũng giao Mặt trận thị xã phối hợp chính quyền các phường rà soát hộ ngư dân khó khăn để hỗ trợ kịp thời theo Quyết định số 27/2022/QĐ-UBND của UBND tỉnh về chính sách hỗ trợ ngư dân.
Ngư dân Nguyễn Văn Lành, thuyền trưởng tàu BĐ 97468 TS, phường Tam Quan Bắc, bày tỏ: "Lá cờ Tổ quốc tung bay trên con tàu giúp anh em thêm vững lòng mỗi khi ra Trường Sa đánh bắt".
Cùng ngày, đoàn đã đến thăm, tặng 10 suất quà, mỗi suất 2 triệu đồng cho các gia đình có thân nhân bị nạn trên biển trong năm 2022 và trao 1 tủ thuốc cho Nghiệp đoàn nghề cá phường Tam Quan Bắc.
Theo kế hoạch, trong tháng 12, chương trình sẽ tiếp tục tổ chức tại huyện Phù Cát và thành phố Quy Nhơn với 1.500 lá cờ Tổ quốc và 300 áo phao cứu sinh.
Trọng Lợi
Lượt xem: 1.582
Tin liên quan
- Hoài Nhơn: Ngư dân trúng đậm cá ngừ sọc dưa (04/11/2022)
- Hội Nghề cá tỉnh tập huấn cho thuyền trưởng (26/10/2022)
- Phù Mỹ: Hỗ trợ ngư dân bị thiệt hại do bão số 5 (12/10/2022)
""", "2022-11-10", "Trao 2.000 lá cờ Tổ quốc và 500 áo phao cho ngư dân Hoài Nhơn",
E("trao_qua", None, "2022-11-09"),
[P("Hồ Thanh Bình", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Đình Thân", "Phó Chủ tịch Thường trực Hội Nghề cá tỉnh"),
 P("Trần Văn Nhân", "Thượng tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Nguyễn Văn Lành", "thuyền trưởng tàu BĐ 97468 TS")],
[Q("2.000 lá cờ Tổ quốc", 2000, "lá cờ Tổ quốc"), Q("500 áo phao cứu sinh", 500, "áo phao cứu sinh"), Q("80 suất quà", 80, "suất quà"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 420 triệu đồng", 420000000, "đồng", "over"), Q("2.143 tàu cá", 2143, "tàu cá"),
 Q("khoảng 15.000 lao động", 15000, "lao động", "approx"), Q("3 vụ tai nạn trên biển", 3, "vụ tai nạn trên biển"),
 Q("5 ngư dân", 5, "ngư dân"), Q("10 suất quà", 10, "suất quà"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("1.500 lá cờ Tổ quốc", 1500, "lá cờ Tổ quốc"), Q("300 áo phao cứu sinh", 300, "áo phao cứu sinh")],
[D("Quyết định", "27", "2022/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 27/2022/QĐ-UBND")],
[prov("Bình Định"), com("Tam Quan Bắc"), com("Tam Quan Nam"), com("Hoài Hương"), com("Hoài Mỹ")],
["BÁO BÌNH ĐỊNH", "Trang chủ - Xã hội - Từ thiện", "Các đại biểu trao cờ Tổ quốc cho ngư dân phường Tam Quan Bắc.",
 "Vì biển đảo quê hương", "Vì người nghèo", "Luật Thủy sản", "Lượt xem: 1.582", "BĐ 97468 TS"],
["Thứ Năm, 10/11/2022 - 16:40", "năm 2022", "trong tháng 12", "1 tủ thuốc", "Lượt xem: 1.582", "BĐ 97468 TS"]))

PAGES.append(page("b6714-phuyen-taphuan-tomhum-2023", """
Báo Phú Yên Online
Kinh tế › Nông - Lâm - Ngư nghiệp
Cập nhật: 18/05/2023 | 09:05
Người nuôi tôm hùm học cách chuyển sang lồng HDPE
Trong 2 ngày 16 - 17/5, Hội Nông dân tỉnh Phú Yên phối hợp với Chi cục Thủy sản tổ chức lớp tập huấn năm 2023 về kỹ thuật nuôi tôm hùm bằng lồng nhựa HDPE, phòng bệnh sữa và bảo vệ môi trường vùng nuôi cho 65 hội viên là chủ lồng bè ở thị xã Sông Cầu.
Học viên thực hành tại vùng nuôi vịnh Xuân Đài.
Theo ThS. Lê Thị Ngọc Hân, giảng viên Trường Đại học Nha Trang, lồng HDPE chịu được sóng gió cấp 10, tuổi thọ 15 - 20 năm, tuy giá đầu tư khoảng 40 triệu đồng/ô lồng, cao gấp đôi lồng gỗ truyền thống. Học viên được hướng dẫn bố trí mật độ nuôi không quá 40 con/ô lồng 3 x 3 m, thay lưới định kỳ, xử lý thức ăn thừa để tránh ô nhiễm.
Hiện thị xã Sông Cầu có khoảng 72.000 ô lồng tôm hùm, tập trung ở các phường Xuân Yên, Xuân Phú và xã Xuân Cảnh, Xuân Thịnh; năm 2022 có hơn 1.300 tấn tôm hùm được thu hoạch, trị giá trên 1.500 tỷ đồng. Tuy nhiên, vùng nuôi đang bị quá tải, nhiều lồng đặt sai vị trí, gây cản trở luồng lạch.
Ông Huỳnh Văn Bảy, chủ lồng bè ở thôn Dân Phước, xã Xuân Cảnh, cho biết gia đình có 120 ô lồng gỗ, dự định chuyển đổi 50 ô sang lồng HDPE trong năm nay nếu được vay vốn. Ông Trần Hữu Phước, Chi hội trưởng Chi hội nuôi trồng thủy sản phường Xuân Yên, kiến nghị các ngân hàng cho vay tín chấp qua Hội với mức 100 triệu đồng/hộ.
Phát biểu tại lớp tập huấn, bà Nguyễn Thị Hồng Thơ, Phó Chủ tịch Hội Nông dân tỉnh, cho biết thực hiện Nghị định số 11/2021/NĐ-CP ngày 10/2/2021 của Chính phủ về giao khu vực biển cho tổ chức, cá nhân nuôi trồng thủy sản và Kế hoạch số 142/KH-UBND của UBND tỉnh về sắp xếp lại vùng nuôi, các cấp Hội sẽ vận động hội viên đăng ký giao khu vực biển, chuyển đổi lồng bè đúng quy hoạch.
Bà Thơ cũng thông tin, từ đầu năm đến nay Quỹ Hỗ trợ nông dân tỉnh đã cho 32 hộ nuôi tôm hùm vay 3,2 tỷ đồng. Năm 2023, Hội đặt mục tiêu hỗ trợ ít nhất 100 hộ chuyển đổi sang lồng HDPE, tổ chức thêm 6 lớp tập huấn tại các huyện Tuy An, Đông Hòa.
Nhiều học viên cho rằng nội dung tập huấn thiết thực, nhất là phần thực hành nhận biết tôm bệnh sữa và cách pha chế thức ăn công nghiệp thay cá tạp. Tuy vậy, bà con vẫn lo ngại giá tôm giống nhập khẩu cao, chất lượng không ổn định, đề nghị cơ quan chức năng tăng cường kiểm dịch.
Cuối lớp học, 60/65 học viên đạt yêu cầu và được cấp giấy chứng nhận.
Minh Thư
Tin cùng chuyên mục
- Sông Cầu: tôm hùm chết do nước biển ô nhiễm (10/05/2023)
- Hội Nông dân tỉnh ra mắt tổ hợp tác nuôi ốc hương (28/04/2023)
- Đông Hòa: ngư dân trúng đậm cá cơm (15/04/2023)
- Trao vốn vay cho hộ nuôi trồng thủy sản (05/04/2023)
""", "2023-05-18", "Người nuôi tôm hùm học cách chuyển sang lồng HDPE",
E("tap_huan", "2023", "2023-05-16"),
[P("Lê Thị Ngọc Hân", "ThS.", "giảng viên Trường Đại học Nha Trang"),
 P("Huỳnh Văn Bảy", "chủ lồng bè ở thôn Dân Phước"),
 P("Trần Hữu Phước", "Chi hội trưởng Chi hội nuôi trồng thủy sản phường Xuân Yên"),
 P("Nguyễn Thị Hồng Thơ", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("65 hội viên", 65, "hội viên"), Q("khoảng 40 triệu đồng/ô lồng", 40000000, "đồng", "approx"),
 Q("không quá 40 con/ô lồng", 40, "con"), Q("khoảng 72.000 ô lồng tôm hùm", 72000, "ô lồng tôm hùm", "approx"),
 Q("hơn 1.300 tấn", 1300, "tấn", "over"), Q("trên 1.500 tỷ đồng", 1500000000000, "đồng", "over"),
 Q("120 ô lồng gỗ", 120, "ô lồng gỗ"), Q("50 ô", 50, "ô"), Q("100 triệu đồng/hộ", 100000000, "đồng"),
 Q("32 hộ", 32, "hộ"), Q("3,2 tỷ đồng", 3200000000, "đồng"), Q("ít nhất 100 hộ", 100, "hộ", "over"),
 Q("6 lớp tập huấn", 6, "lớp tập huấn"), Q("60/65 học viên", 60, "học viên")],
[D("Nghị định", "11", "2021/NĐ-CP", "2021-02-10", "Chính phủ", "Nghị định số 11/2021/NĐ-CP ngày 10/2/2021"),
 D("Kế hoạch", "142", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 142/KH-UBND")],
[prov("Phú Yên"), com("Xuân Yên"), com("Xuân Phú"), com("Xuân Cảnh"), com("Xuân Thịnh")],
["Báo Phú Yên Online", "Kinh tế › Nông - Lâm - Ngư nghiệp", "Học viên thực hành tại vùng nuôi vịnh Xuân Đài.", "Quỹ Hỗ trợ nông dân tỉnh",
 "Trường Đại học Nha Trang"],
["Cập nhật: 18/05/2023 | 09:05", "năm 2023", "cấp 10", "2 ngày", "15 - 20 năm", "3 x 3 m", "năm 2022", "trong năm nay"]))

PAGES.append(page("b6715-haiphong-hoinghecan-giaoban-thang7-2023", """
HẢI PHÒNG ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Thành phố Cảng
04/08/2023 - 10:30
Ảnh: Quang cảnh buổi giao ban.
Hội Nghề cá thành phố giao ban tháng 7
Ngày 3/8, Thường trực Hội Nghề cá thành phố Hải Phòng tổ chức giao ban công tác tháng 7/2023 với các hội nghề cá cơ sở. Ông Phạm Đức Lập, Chủ tịch Hội Nghề cá thành phố chủ trì; các ông Đào Văn Quý, Nguyễn Hữu Tiến - Phó Chủ tịch Hội Nghề cá thành phố cùng dự.
Báo cáo tại buổi giao ban cho biết, trong tháng 7, các cơ sở Hội đã kết nạp 57 hội viên mới; phối hợp với Chi cục Thủy sản tuyên truyền về chống khai thác IUU cho 640 lượt ngư dân ở huyện Cát Hải, Thủy Nguyên và quận Đồ Sơn. Đặc biệt, Hội đã vận động 17 chủ tàu cá chưa lắp thiết bị giám sát hành trình hoàn thành lắp đặt, nâng tỷ lệ tàu cá có chiều dài từ 15 m trở lên lắp thiết bị lên 98,6%.
Về nuôi trồng, đợt mưa lớn cuối tháng làm khoảng 46 ha ao nuôi tôm, cua ở xã Đại Hợp, xã Tân Thành và phường Ngọc Xuyên bị ngập, ước thiệt hại 2,3 tỷ đồng. Hội cơ sở đã cử cán bộ xuống nắm tình hình, hướng dẫn hội viên khôi phục sản xuất.
Bà Vũ Thị Nhung, Chủ tịch Hội Nghề cá huyện Cát Hải, phản ánh hiện tượng một số tàu ngoài thành phố vào khai thác bằng lưới kéo trong vùng biển ven bờ Cát Bà, gây bức xúc cho ngư dân. Ông Lương Văn Tám, Chi hội trưởng Chi hội nghề cá phường Ngọc Xuyên, đề nghị hỗ trợ kinh phí sửa chữa cống thủy lợi phục vụ vùng nuôi.
Kết luận giao ban, ông Phạm Đức Lập yêu cầu các cơ sở Hội tập trung triển khai Kế hoạch số 205/KH-UBND ngày 14/7/2023 của UBND thành phố về cao điểm chống khai thác IUU; phối hợp Bộ đội Biên phòng thành phố xử lý nghiêm tàu vi phạm; tiếp tục hướng dẫn hội viên thực hiện Nghị quyết số 07/2022/NQ-HĐND của HĐND thành phố về hỗ trợ phát triển nuôi trồng thủy sản.
Tháng 8, Hội đặt mục tiêu kết nạp thêm 50 hội viên, tổ chức 4 hội nghị tuyên truyền tại các xã đảo và chuẩn bị nội dung sơ kết 3 năm thực hiện Đề án phát triển tổ chức Hội.
Các đại biểu cũng thẳng thắn chỉ ra việc sinh hoạt của một số chi hội ở các xã đảo còn thưa, nội dung chưa hấp dẫn; chưa nắm chắc số lao động trên tàu cá đi làm thuê cho chủ tàu ở tỉnh khác.
Buổi giao ban cũng thống nhất giao Văn phòng Hội phối hợp với Hội cơ sở rà soát danh sách hội viên có tàu cá hoạt động ngoài vùng biển thành phố để kịp thời nắm tình hình, báo cáo Thường trực Hội trước ngày 20/8.
Thu Hằng
Bài viết liên quan
- Cát Hải: Ngư dân ra khơi sau bão (28/07/2023)
- Thủy Nguyên: Tập huấn nuôi hàu an toàn (19/07/2023)
- Hội Nghề cá thành phố sơ kết 6 tháng đầu năm (07/07/2023)
- Trao thẻ hội viên cho ngư dân Bạch Long Vĩ (30/06/2023)
""", "2023-08-04", "Hội Nghề cá thành phố giao ban tháng 7",
E("giao_ban", "2023-07", "2023-08-03"),
[P("Phạm Đức Lập", "Chủ tịch Hội Nghề cá thành phố"),
 P("Đào Văn Quý", "Phó Chủ tịch Hội Nghề cá thành phố"),
 P("Nguyễn Hữu Tiến", "Phó Chủ tịch Hội Nghề cá thành phố"),
 P("Vũ Thị Nhung", "Chủ tịch Hội Nghề cá huyện Cát Hải"),
 P("Lương Văn Tám", "Chi hội trưởng Chi hội nghề cá phường Ngọc Xuyên")],
[Q("57 hội viên mới", 57, "hội viên mới"), Q("640 lượt ngư dân", 640, "lượt ngư dân"), Q("17 chủ tàu cá", 17, "chủ tàu cá"),
 Q("từ 15 m trở lên", 15, "m", "over"), Q("98,6%", 98.6, "%"), Q("khoảng 46 ha", 46, "ha", "approx"),
 Q("2,3 tỷ đồng", 2300000000, "đồng", "approx"), Q("50 hội viên", 50, "hội viên"), Q("4 hội nghị tuyên truyền", 4, "hội nghị tuyên truyền")],
[D("Kế hoạch", "205", "KH-UBND", "2023-07-14", "UBND thành phố", "Kế hoạch số 205/KH-UBND ngày 14/7/2023"),
 D("Nghị quyết", "07", "2022/NQ-HĐND", None, "HĐND thành phố", "Nghị quyết số 07/2022/NQ-HĐND")],
[prov("Hải Phòng"), com("Đại Hợp"), com("Tân Thành"), com("Ngọc Xuyên")],
["HẢI PHÒNG ĐIỆN TỬ", "Chính trị | Kinh tế | Xã hội | Thành phố Cảng", "Ảnh: Quang cảnh buổi giao ban.", "Bộ đội Biên phòng thành phố",
 "Đề án phát triển tổ chức Hội"],
["04/08/2023 - 10:30", "tháng 7/2023", "trong tháng 7", "Tháng 8", "3 năm", "trước ngày 20/8"]))

PAGES.append(page("b6716-bariavungtau-bdv-giamsat-nghecanh-2024", """
BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ
Vị trí: Trang chủ > Chính trị > Xây dựng Đảng
Ngày 13/06/2024 | 08:10
Giám sát thực hiện chính sách hỗ trợ ngư dân tại Phước Tỉnh
Ngày 12/6, đoàn giám sát của Ban Thường vụ Tỉnh ủy Bà Rịa - Vũng Tàu do bà Nguyễn Thị Yến, Phó Bí thư Thường trực Tỉnh ủy làm trưởng đoàn đã giám sát việc lãnh đạo thực hiện Nghị quyết số 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển thủy sản bền vững tại Đảng ủy xã Phước Tỉnh và Hội Nghề cá huyện Long Điền. Tham gia đoàn có các đồng chí: Lê Thị Hồng Nhung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Trần Văn Hòa, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.
Đoàn giám sát làm việc với Đảng ủy xã Phước Tỉnh.
Theo báo cáo của Đảng ủy xã Phước Tỉnh, toàn xã hiện có 827 tàu cá, trong đó 392 tàu dài từ 15 m trở lên, với gần 6.000 lao động nghề biển. Giai đoạn 2021 - 2024, xã đã vận động 56 chủ tàu chuyển đổi nghề lưới kéo sang nghề câu, lưới rê; hỗ trợ 214 lượt ngư dân khó khăn với tổng kinh phí gần 1,6 tỷ đồng từ ngân sách và xã hội hóa. Chi hội nghề cá xã hiện có 1.120 hội viên, sinh hoạt theo 24 tổ đoàn kết trên biển.
Ông Phạm Văn Hải, Bí thư Đảng ủy xã Phước Tỉnh, cho biết địa phương đã thực hiện 100% tàu cá đủ điều kiện được cấp giấy phép khai thác; không có tàu vi phạm vùng biển nước ngoài từ năm 2022 đến nay. Tuy nhiên, cảng cá Phước Tỉnh quá tải, luồng lạch bị bồi lấp; giá nhiên liệu cao khiến khoảng 20% tàu phải nằm bờ.
Ông Đoàn Văn Minh, Chủ tịch Hội Nghề cá huyện Long Điền, đề nghị tỉnh sớm ban hành chính sách hỗ trợ chi phí bảo hiểm thân tàu, thuyền viên thay cho Quyết định số 48/2010/QĐ-TTg đã hết hiệu lực, đồng thời hỗ trợ ngư dân chuyển đổi sang nuôi hàu, nuôi cá lồng trên sông Dinh.
Kết luận buổi giám sát, bà Nguyễn Thị Yến ghi nhận những kết quả của xã Phước Tỉnh trong tuyên truyền, vận động ngư dân; đề nghị Đảng ủy xã tiếp tục quán triệt Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác chống khai thác IUU, rà soát hộ ngư dân có nguy cơ tái nghèo, phát huy vai trò của Mặt trận và các đoàn thể trong giám sát tàu cá. Đoàn sẽ tổng hợp kiến nghị, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 7.
Cùng ngày, đoàn giám sát kiểm tra thực tế tại Văn phòng đại diện kiểm soát nghề cá cảng Phước Tỉnh và thăm một số hộ ngư dân ở ấp Phước Lập. Tại đây, ông Huỳnh Văn Lượm, ngư dân, phản ánh chi phí một chuyến biển 10 ngày lên tới 150 triệu đồng, trong khi giá hải sản không tăng.
Đông Hiến
Tin khác
- Long Điền: Ngư dân ký cam kết không vi phạm vùng biển nước ngoài (05/06/2024)
- Hội Nghề cá tỉnh tập huấn cho cán bộ chi hội (29/05/2024)
- Xuyên Mộc: Phát triển nuôi tôm công nghệ cao (20/05/2024)
""", "2024-06-13", "Giám sát thực hiện chính sách hỗ trợ ngư dân tại Phước Tỉnh",
E("giam_sat", None, "2024-06-12"),
[P("Nguyễn Thị Yến", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Hồng Nhung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Hòa", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Phạm Văn Hải", "Bí thư Đảng ủy xã Phước Tỉnh"),
 P("Đoàn Văn Minh", "Chủ tịch Hội Nghề cá huyện Long Điền"),
 P("Huỳnh Văn Lượm", "ngư dân")],
[Q("827 tàu cá", 827, "tàu cá"), Q("392 tàu", 392, "tàu"), Q("từ 15 m trở lên", 15, "m", "over"),
 Q("gần 6.000 lao động nghề biển", 6000, "lao động nghề biển", "approx"), Q("56 chủ tàu", 56, "chủ tàu"),
 Q("214 lượt ngư dân khó khăn", 214, "lượt ngư dân khó khăn"), Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("1.120 hội viên", 1120, "hội viên"), Q("24 tổ đoàn kết trên biển", 24, "tổ đoàn kết trên biển"), Q("100%", 100, "%"),
 Q("khoảng 20%", 20, "%", "approx"), Q("150 triệu đồng", 150000000, "đồng")],
[D("Nghị quyết", "08", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 08-NQ/TU"),
 D("Quyết định", "48", "2010/QĐ-TTg", None, None, "Quyết định số 48/2010/QĐ-TTg"),
 D("Chỉ thị", "32", "CT/TW", "2024-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2024")],
[prov("Bà Rịa - Vũng Tàu"), com("Phước Tỉnh")],
["BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ", "Vị trí: Trang chủ > Chính trị > Xây dựng Đảng", "Đoàn giám sát làm việc với Đảng ủy xã Phước Tỉnh.",
 "Văn phòng đại diện kiểm soát nghề cá cảng Phước Tỉnh"],
["Ngày 13/06/2024 | 08:10", "Giai đoạn 2021 - 2024", "năm 2022", "trong tháng 7", "10 ngày"]))

PAGES.append(page("b6717-quangtri-mttq-hoinghi-iuu-2024", """
Báo Quảng Trị
Chính trị › Mặt trận - Đoàn thể
19/12/2024 15:45
Ngư dân Gio Linh, Vĩnh Linh cam kết nói không với khai thác IUU
Sáng 18/12, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị phối hợp với Hội Nghề cá tỉnh tổ chức hội nghị tuyên truyền, vận động ngư dân chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định năm 2024 tại xã Trung Giang, huyện Gio Linh. Dự hội nghị có đồng chí Nguyễn Đăng Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; hơn 180 ngư dân, chủ tàu đến từ các xã Trung Giang, Gio Hải, Vĩnh Thái và thị trấn Cửa Tùng.
Đồng chí Nguyễn Đăng Quang phát biểu tại hội nghị.
Tại hội nghị, ông Hoàng Văn Sơn, Phó Chi cục trưởng Chi cục Thủy sản tỉnh, thông tin: toàn tỉnh hiện có 2.216 tàu cá, trong đó 152 tàu dài từ 15 m trở lên; năm 2024 đã xử phạt 37 trường hợp vi phạm với tổng số tiền hơn 460 triệu đồng, chủ yếu do tàu mất kết nối thiết bị giám sát hành trình quá 6 giờ, không ghi nhật ký khai thác. Tỉnh chưa để xảy ra trường hợp tàu cá vi phạm vùng biển nước ngoài.
Các đại biểu được phổ biến Nghị định số 38/2024/NĐ-CP ngày 5/4/2024 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực thủy sản, với mức phạt tối đa 1 tỷ đồng đối với cá nhân, và Kế hoạch số 96/KH-UBND của UBND tỉnh về cao điểm chống khai thác IUU.
Ông Lê Văn Hùng, chủ tàu QT 94567 TS, xã Gio Hải, đề nghị hỗ trợ chi phí thuê bao thiết bị giám sát hành trình khoảng 3 triệu đồng/năm. Bà Trần Thị Lý, Chi hội trưởng Chi hội nghề cá thị trấn Cửa Tùng, cho biết chi hội có 96 hội viên, đã ký cam kết với 100% chủ tàu nhưng vẫn còn tình trạng tàu nhỏ khai thác ven bờ bằng nghề giã cào.
Nhiều ý kiến cho rằng việc tuyên truyền cần đổi mới, ngắn gọn, dễ hiểu, phát qua loa truyền thanh vào buổi chiều khi tàu cập bến; đồng thời cần có chính sách hỗ trợ ngư dân chuyển đổi nghề giã cào sang nghề ít xâm hại nguồn lợi.
Phát biểu kết luận, đồng chí Nguyễn Đăng Quang đề nghị các tổ chức thành viên của Mặt trận tiếp tục thực hiện Chỉ thị 32-CT/TW của Ban Bí thư và Kết luận 81, 82-KL/TU của Ban Thường vụ Tỉnh ủy, đưa nội dung chống khai thác IUU vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; mỗi chi hội nghề cá xây dựng ít nhất một mô hình tự quản về an ninh trật tự trên biển.
Dịp này, Ban tổ chức trao 50 bộ áo phao và 20 máy bộ đàm cho các tổ đoàn kết trên biển, tổng trị giá khoảng 75 triệu đồng. 180 ngư dân tham dự cùng ký cam kết không vi phạm vùng biển nước ngoài.
Hồng Nhung
Tin liên quan
- Vĩnh Linh: Hội Nông dân tổng kết năm 2024 (16/12/2024)
- Tàu cá Quảng Trị ra khơi sau bão (05/12/2024)
- Hội Nghề cá tỉnh tập huấn cho thuyền trưởng (26/11/2024)
""", "2024-12-19", "Ngư dân Gio Linh, Vĩnh Linh cam kết nói không với khai thác IUU",
E("hoi_nghi", "2024", "2024-12-18"),
[P("Nguyễn Đăng Quang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Sơn", "Phó Chi cục trưởng Chi cục Thủy sản tỉnh"),
 P("Lê Văn Hùng", "chủ tàu QT 94567 TS"),
 P("Trần Thị Lý", "Chi hội trưởng Chi hội nghề cá thị trấn Cửa Tùng")],
[Q("hơn 180 ngư dân, chủ tàu", 180, "ngư dân, chủ tàu", "over"), Q("2.216 tàu cá", 2216, "tàu cá"), Q("152 tàu", 152, "tàu"),
 Q("từ 15 m trở lên", 15, "m", "over"), Q("37 trường hợp", 37, "trường hợp"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"),
 Q("tối đa 1 tỷ đồng", 1000000000, "đồng"), Q("khoảng 3 triệu đồng/năm", 3000000, "đồng", "approx"), Q("96 hội viên", 96, "hội viên"),
 Q("100%", 100, "%"), Q("50 bộ áo phao", 50, "bộ áo phao"), Q("20 máy bộ đàm", 20, "máy bộ đàm"),
 Q("khoảng 75 triệu đồng", 75000000, "đồng", "approx")],
[D("Nghị định", "38", "2024/NĐ-CP", "2024-04-05", "Chính phủ", "Nghị định số 38/2024/NĐ-CP ngày 5/4/2024"),
 D("Kế hoạch", "96", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 96/KH-UBND"),
 D("Chỉ thị", "32", "CT/TW", None, "Ban Bí thư", "Chỉ thị 32-CT/TW"),
 D("Kết luận", "81", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 81, 82-KL/TU"),
 D("Kết luận", "82", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 81, 82-KL/TU")],
[prov("Quảng Trị"), com("Trung Giang"), com("Gio Hải"), com("Vĩnh Thái"), com("Cửa Tùng")],
["Báo Quảng Trị", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Nguyễn Đăng Quang phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "QT 94567 TS"],
["19/12/2024 15:45", "năm 2024", "6 giờ", "QT 94567 TS", "một mô hình"]))

PAGES.append(page("b6718-hatinh-hoinghecan-tongket-2024", """
BÁO HÀ TĨNH
Trang chủ / Kinh tế / Nông nghiệp
Thứ Sáu, 10/01/2025 - 17:05
Toàn cảnh hội nghị. Ảnh: Thu Hiền
Hội Nghề cá Hà Tĩnh kết nạp gần 900 hội viên mới
Chiều 9/1, Hội Nghề cá tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025. Ông Nguyễn Văn Thanh, Chủ tịch Hội Nghề cá tỉnh chủ trì. Dự hội nghị có bà Trần Thị Mỹ Hà, Phó Trưởng Ban Dân vận Tỉnh ủy; ông Nguyễn Hồng Lĩnh, HUV, Chủ tịch Hội Nghề cá huyện Thạch Hà.
Năm 2024, các cấp Hội đã kết nạp gần 900 hội viên mới, thành lập mới 4 chi hội nghề cá ở các xã Thạch Kim, Kỳ Xuân, Cẩm Lĩnh và Xuân Liên, nâng tổng số lên 43 chi hội với 11.250 hội viên. Sản lượng khai thác hải sản toàn tỉnh đạt 48.600 tấn, nuôi trồng đạt khoảng 11.000 tấn, tổng giá trị sản xuất thủy sản hơn 2.850 tỷ đồng.
Hội đã phối hợp tổ chức 46 hội nghị tuyên truyền về chống khai thác IUU cho trên 3.700 lượt hội viên; vận động 100% tàu cá có chiều dài từ 15 m trở lên duy trì kết nối thiết bị giám sát hành trình. Năm 2024, Hà Tĩnh không có tàu cá vi phạm vùng biển nước ngoài. Qua hoạt động của 61 tổ đoàn kết trên biển, ngư dân đã cứu hộ thành công 9 tàu và 42 thuyền viên gặp nạn.
Hội cũng tham gia giám sát, phản biện 2 dự thảo văn bản của UBND tỉnh về hỗ trợ ngư dân; hòa giải thành 6 vụ việc tranh chấp ngư trường. Quỹ Hội do các chi hội tự vận động đạt khoảng 1,2 tỷ đồng, giúp 58 hội viên vay vốn sửa chữa tàu thuyền, ngư lưới cụ.
Tại hội nghị, ông Trần Đình Lợi, Chi hội trưởng Chi hội nghề cá xã Thạch Kim và ông Nguyễn Văn Biên, Chi hội trưởng Chi hội nghề cá xã Kỳ Xuân chia sẻ kinh nghiệm tổ chức sinh hoạt chi hội trên biển qua nhóm Zalo, duy trì liên lạc giữa các tàu.
Hội nghị cũng chỉ ra những hạn chế: hoạt động của một số chi hội còn phụ thuộc vào chi hội trưởng; việc phát triển hội viên trong lao động trẻ, lao động làm thuê trên tàu cá gặp khó khăn; nguồn thu hội phí thấp, chưa đủ chi cho hoạt động thường xuyên.
Phát biểu tại hội nghị, bà Trần Thị Mỹ Hà đề nghị Hội tiếp tục bám sát Chỉ thị số 32-CT/TW ngày 10/4/2024 của Ban Bí thư, Quyết định số 1145-QĐ/TU và Kế hoạch số 286-KH/TU của Ban Thường vụ Tỉnh ủy, phát huy vai trò hội viên trong giám sát cộng đồng; chủ động nắm tình hình, không để phát sinh điểm nóng liên quan đến ngư trường và giải phóng mặt bằng các dự án ven biển.
Năm 2025, Hội phấn đấu kết nạp 800 hội viên, mỗi huyện ven biển có ít nhất 2 mô hình liên kết khai thác - tiêu thụ. Dịp này, 8 tập thể, 15 cá nhân được Hội Nghề cá tỉnh tặng giấy khen.
Thu Hiền
Xem thêm
- Cẩm Xuyên: Ngư dân ra khơi đầu năm (06/01/2025)
- Hội Nông dân tỉnh tổng kết năm 2024 (03/01/2025)
- Kỳ Anh: Tập huấn phòng chống thiên tai cho ngư dân (24/12/2024)
""", "2025-01-10", "Hội Nghề cá Hà Tĩnh kết nạp gần 900 hội viên mới",
E("tong_ket", "2024", "2025-01-09"),
[P("Nguyễn Văn Thanh", "Chủ tịch Hội Nghề cá tỉnh"),
 P("Trần Thị Mỹ Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hồng Lĩnh", "HUV", "Chủ tịch Hội Nghề cá huyện Thạch Hà"),
 P("Trần Đình Lợi", "Chi hội trưởng Chi hội nghề cá xã Thạch Kim"),
 P("Nguyễn Văn Biên", "Chi hội trưởng Chi hội nghề cá xã Kỳ Xuân")],
[Q("gần 900 hội viên mới", 900, "hội viên mới", "approx"), Q("4 chi hội nghề cá", 4, "chi hội nghề cá"), Q("43 chi hội", 43, "chi hội"),
 Q("11.250 hội viên", 11250, "hội viên"), Q("48.600 tấn", 48600, "tấn"), Q("khoảng 11.000 tấn", 11000, "tấn", "approx"),
 Q("hơn 2.850 tỷ đồng", 2850000000000, "đồng", "over"), Q("46 hội nghị tuyên truyền", 46, "hội nghị tuyên truyền"),
 Q("trên 3.700 lượt hội viên", 3700, "lượt hội viên", "over"), Q("100%", 100, "%"), Q("từ 15 m trở lên", 15, "m", "over"),
 Q("61 tổ đoàn kết trên biển", 61, "tổ đoàn kết trên biển"), Q("9 tàu", 9, "tàu"), Q("42 thuyền viên", 42, "thuyền viên"),
 Q("2 dự thảo văn bản", 2, "dự thảo văn bản"), Q("6 vụ việc tranh chấp ngư trường", 6, "vụ việc tranh chấp ngư trường"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("58 hội viên", 58, "hội viên"), Q("800 hội viên", 800, "hội viên"),
 Q("ít nhất 2 mô hình liên kết khai thác - tiêu thụ", 2, "mô hình liên kết khai thác - tiêu thụ", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "32", "CT/TW", "2024-04-10", "Ban Bí thư", "Chỉ thị số 32-CT/TW ngày 10/4/2024"),
 D("Quyết định", "1145", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1145-QĐ/TU"),
 D("Kế hoạch", "286", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 286-KH/TU")],
[prov("Hà Tĩnh"), com("Thạch Kim"), com("Kỳ Xuân"), com("Cẩm Lĩnh"), com("Xuân Liên")],
["BÁO HÀ TĨNH", "Trang chủ / Kinh tế / Nông nghiệp", "Toàn cảnh hội nghị. Ảnh: Thu Hiền", "Quỹ Hội", "Zalo"],
["Thứ Sáu, 10/01/2025 - 17:05", "năm 2024", "năm 2025", "Năm 2024", "Năm 2025"]))
