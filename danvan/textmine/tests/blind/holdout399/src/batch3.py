from lib import *
PAGES = []

PAGES.append(page("b9545-hoabinh-mttq-gopy-luatdanchu-2022", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH
Trang chủ » Tin tức - Sự kiện » Dân chủ - Pháp luật
Thứ Sáu, 03/06/2022 - 08:45
Bà Bùi Thị Nhung phát biểu tại hội nghị. Ảnh: Đinh Thắng
Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở: Cần quy định rõ cách người dân giám sát
Ngày 1/6, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị lấy ý kiến góp ý vào dự thảo Luật Thực hiện dân chủ ở cơ sở. Bà Bùi Thị Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hơn 70 đại biểu là thành viên Hội đồng tư vấn về dân chủ - pháp luật, đại diện các tổ chức thành viên, trưởng ban công tác Mặt trận và người có uy tín dự.
Thực hiện Công văn số 2054/MTTW-BTT ngày 12/5/2022 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Mặt trận tỉnh đã gửi dự thảo đến 151 xã, phường, thị trấn để lấy ý kiến nhân dân. Dự thảo gồm 6 chương, 91 điều, được xây dựng để thay thế Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 và thể chế hóa Kết luận số 120-KL/TW ngày 7/1/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở.
Góp ý vào dự thảo, ông Quách Văn Tèo, Trưởng ban Công tác Mặt trận xóm Bưng, xã Phú Vinh, cho rằng quy định hội nghị thôn, tổ dân phố phải có trên 50% số hộ tham dự là phù hợp, nhưng cần cho phép lấy ý kiến bằng phiếu đối với những hộ đi làm ăn xa. "Ở xóm tôi có 112 hộ thì gần 40 hộ có người đi làm công nhân, họp rất khó đủ", ông nói.
Bà Hà Thị Phiến, Phó Chủ tịch UBND xã Mai Hạ, đề nghị làm rõ những nội dung nhân dân bàn và quyết định trực tiếp, tránh tình trạng "dân biết" nhưng không được "dân bàn". Ông Triệu Văn Hành, người có uy tín xóm Sưng, xã Hang Kia, đề nghị dự thảo bổ sung trách nhiệm phổ biến luật bằng tiếng dân tộc cho đồng bào Mông, Dao.
Ông Đinh Công Sứ, Phó Giám đốc Sở Tư pháp, góp ý về kỹ thuật lập pháp: một số điều còn trùng lặp với Luật Tổ chức chính quyền địa phương, Luật Tiếp cận thông tin; đề nghị quy định rõ chế tài khi người đứng đầu không tổ chức đối thoại với nhân dân theo định kỳ. Nhiều ý kiến cũng đề nghị nâng vai trò của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng; toàn tỉnh hiện có 210 Ban Thanh tra nhân dân nhưng kinh phí hoạt động chỉ khoảng 5 triệu đồng/ban/năm.
Phát biểu kết luận, bà Bùi Thị Nhung cảm ơn 52 ý kiến góp ý tâm huyết, cụ thể. Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp đầy đủ, báo cáo Ủy ban Trung ương MTTQ Việt Nam trước ngày 15/6/2022 để phục vụ việc chỉnh lý dự thảo trình Quốc hội tại kỳ họp thứ 4.
Bùi Minh
Lượt xem: 1.126
Tin liên quan
- Hội đồng tư vấn Dân chủ - Pháp luật họp phiên thường kỳ (20/05/2022)
- Mai Châu: Ra mắt mô hình "Xóm không có đơn thư vượt cấp" (11/05/2022)
- Giám sát việc thực hiện chính sách đối với người có uy tín năm 2022 (28/04/2022)
- Lạc Sơn: Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (15/04/2022)
""", "2022-06-03", "Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở: Cần quy định rõ cách người dân giám sát",
E("hoi_nghi", None, "2022-06-01"),
[P("Bùi Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Văn Tèo", "Trưởng ban Công tác Mặt trận xóm Bưng"),
 P("Hà Thị Phiến", "Phó Chủ tịch UBND xã Mai Hạ"),
 P("Triệu Văn Hành", "người có uy tín xóm Sưng"),
 P("Đinh Công Sứ", "Phó Giám đốc Sở Tư pháp")],
[Q("Hơn 70 đại biểu", 70, "đại biểu", "over"), Q("151 xã, phường, thị trấn", 151, "xã, phường, thị trấn"),
 Q("6 chương", 6, "chương"), Q("91 điều", 91, "điều"), Q("trên 50% số hộ", 50, "%", "over"), Q("112 hộ", 112, "hộ"),
 Q("gần 40 hộ", 40, "hộ", "approx"), Q("210 Ban Thanh tra nhân dân", 210, "Ban Thanh tra nhân dân"),
 Q("khoảng 5 triệu đồng", 5000000, "đồng", "approx"), Q("52 ý kiến góp ý", 52, "ý kiến")],
[D("Công văn", "2054", "MTTW-BTT", "2022-05-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 2054/MTTW-BTT ngày 12/5/2022"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "số 34/2007/PL-UBTVQH11"),
 D("Kết luận", "120", "KL/TW", "2016-01-07", "Bộ Chính trị", "Kết luận số 120-KL/TW ngày 7/1/2016")],
[prov("Hòa Bình"), com("Phú Vinh"), com("Mai Hạ"), com("Hang Kia")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ » Tin tức - Sự kiện » Dân chủ - Pháp luật",
 "Bà Bùi Thị Nhung phát biểu tại hội nghị. Ảnh: Đinh Thắng", "Lượt xem: 1.126", "Luật Thực hiện dân chủ ở cơ sở",
 "Luật Tổ chức chính quyền địa phương", "Luật Tiếp cận thông tin", "dân biết", "dân bàn"],
["Thứ Sáu, 03/06/2022 - 08:45", "kỳ họp thứ 4", "ngày 15/6/2022", "Lượt xem: 1.126"]))

PAGES.append(page("b9546-vinhphuc-bdv-gopy-luatdatdai-2023", """
BÁO VĨNH PHÚC - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Vĩnh Phúc
Thời sự | Chính trị | Xã hội | Kinh tế | Pháp luật | Bạn đọc
Thứ Ba, 21/2/2023 16:45
Chính trị > Công tác dân vận
Đoàn viên, hội viên góp ý dự thảo Luật Đất đai (sửa đổi)
Chiều 20/2, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến của đoàn viên, hội viên các tổ chức chính trị - xã hội vào dự thảo Luật Đất đai (sửa đổi). Đồng chí Trịnh Thị Thanh Huyền, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Dương Văn Tâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đồng chủ trì.
Các đại biểu dự hội nghị.
Hội nghị được tổ chức theo Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 36/KH-UBND ngày 6/1/2023 của UBND tỉnh về tổ chức lấy ý kiến nhân dân đối với dự thảo Luật Đất đai (sửa đổi). Dự thảo gồm 16 chương, 237 điều, thể chế hóa Nghị quyết 18-NQ/TW ngày 16/6/2022 của BCH Trung ương (khóa XIII) về đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất.
Theo đồng chí Trịnh Thị Thanh Huyền, đến nay dự thảo đã được niêm yết công khai tại 136 xã, phường, thị trấn; các cấp đã tổ chức hơn 1.200 hội nghị ở khu dân cư, thu được khoảng 86.000 lượt ý kiến.
Tại hội nghị, hơn 150 đại biểu tập trung góp ý vào các chương về thu hồi đất, bồi thường, hỗ trợ, tái định cư và giá đất. Ông Lưu Văn Sáng, người có uy tín thôn Đồng Bùa, xã Tam Quan, cho rằng đồng bào Sán Dìu vùng chân núi Tam Đảo chủ yếu sống nhờ đất rừng sản xuất, đề nghị ưu tiên giao đất, giao rừng cho hộ tại chỗ. Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, đề nghị ghi tên cả vợ và chồng trên giấy chứng nhận quyền sử dụng đất là tài sản chung.
Luật sư Đỗ Xuân Thắng, Phó Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị quy định rõ nguyên tắc định giá đất sát giá thị trường, tránh để "hai giá"; ông dẫn chứng nhiều dự án khu công nghiệp trong tỉnh có giá bồi thường đất nông nghiệp chỉ khoảng 140.000 đồng/m2, thấp hơn nhiều lần giá chuyển nhượng. Ông Nguyễn Văn Toản, Chủ tịch Hội Nông dân xã Tề Lỗ, kiến nghị tăng hạn mức nhận chuyển quyền sử dụng đất nông nghiệp để nông dân tích tụ ruộng đất.
Ông Kim Ngọc Thái, Phó Giám đốc Sở Tài nguyên và Môi trường, đã giải đáp các vấn đề đại biểu nêu, đồng thời thông tin thêm về quy định đất dành cho khu tái định cư.
Kết luận hội nghị, đồng chí Dương Văn Tâm đề nghị các tổ chức thành viên tiếp tục vận động đoàn viên, hội viên góp ý trực tiếp trên Cổng thông tin điện tử của Quốc hội đến hết ngày 15/3/2023; Ban Thường trực Ủy ban MTTQ tỉnh sẽ tổng hợp 41 ý kiến tại hội nghị gửi Ủy ban Trung ương MTTQ Việt Nam.
Minh Hải
Bình luận
Tin liên quan
- Tam Dương: Lấy ý kiến nhân dân vào dự thảo Luật Đất đai (sửa đổi) (15/02/2023)
- Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2023 (10/02/2023)
- Tặng 500 suất quà Tết cho đoàn viên công đoàn có hoàn cảnh khó khăn (12/01/2023)
""", "2023-02-21", "Đoàn viên, hội viên góp ý dự thảo Luật Đất đai (sửa đổi)",
E("hoi_nghi", None, "2023-02-20"),
[P("Trịnh Thị Thanh Huyền", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Dương Văn Tâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Văn Sáng", "người có uy tín thôn Đồng Bùa"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Đỗ Xuân Thắng", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Nguyễn Văn Toản", "Chủ tịch Hội Nông dân xã Tề Lỗ"),
 P("Kim Ngọc Thái", "Phó Giám đốc Sở Tài nguyên và Môi trường")],
[Q("16 chương", 16, "chương"), Q("237 điều", 237, "điều"), Q("136 xã, phường, thị trấn", 136, "xã, phường, thị trấn"),
 Q("hơn 1.200 hội nghị", 1200, "hội nghị", "over"), Q("khoảng 86.000 lượt ý kiến", 86000, "lượt ý kiến", "approx"),
 Q("hơn 150 đại biểu", 150, "đại biểu", "over"), Q("khoảng 140.000 đồng", 140000, "đồng", "approx"), Q("41 ý kiến", 41, "ý kiến")],
[D("Nghị quyết", "671", "NQ-UBTVQH15", "2022-12-22", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022"),
 D("Kế hoạch", "36", "KH-UBND", "2023-01-06", "UBND tỉnh", "Kế hoạch số 36/KH-UBND ngày 6/1/2023"),
 D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết 18-NQ/TW ngày 16/6/2022")],
[prov("Vĩnh Phúc"), com("Tam Quan"), com("Tề Lỗ")],
["BÁO VĨNH PHÚC - Cơ quan của Đảng bộ, Chính quyền, Nhân dân tỉnh Vĩnh Phúc", "Thời sự | Chính trị | Xã hội | Kinh tế | Pháp luật | Bạn đọc",
 "Chính trị > Công tác dân vận", "Các đại biểu dự hội nghị.", "Luật Đất đai (sửa đổi)", "hai giá", "Cổng thông tin điện tử của Quốc hội"],
["Thứ Ba, 21/2/2023 16:45", "khóa XIII", "ngày 15/3/2023"]))

PAGES.append(page("b9547-binhphuoc-phanbien-xahoi-binhluan-2023", """
BÁO BÌNH PHƯỚC ĐIỆN TỬ
Trang chủ | Chính trị | Mặt trận - Đoàn thể | Xây dựng Đảng | Bình Phước 24h
Thứ Tư, 11/10/2023 | 07:30
Phản biện xã hội: từ "góp cho có" đến "góp cho trúng"
Mười năm thực hiện Quyết định 217, 218-QĐ/TW của Bộ Chính trị, hoạt động phản biện xã hội của Mặt trận Tổ quốc các cấp ở tỉnh Bình Phước đã có bước chuyển rõ rệt: nhiều dự thảo chính sách được điều chỉnh nhờ ý kiến của người dân, chuyên gia. Nhưng để phản biện thực sự "trúng" và được tiếp thu, vẫn còn không ít việc phải làm.
Một buổi phản biện xã hội tại Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Hoàng Phúc
Theo số liệu của Ủy ban MTTQ Việt Nam tỉnh, từ năm 2019 đến nay, Mặt trận các cấp đã tổ chức 214 hội nghị phản biện xã hội, tham gia góp ý 1.126 dự thảo văn bản của cấp ủy, chính quyền; khoảng 80% ý kiến phản biện được cơ quan soạn thảo tiếp thu hoặc giải trình bằng văn bản. Hướng dẫn khung ban hành kèm Quyết định 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư đã giúp cấp cơ sở có quy trình rõ ràng hơn.
Bà Trần Thị Ánh Thu, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhớ lại: khi phản biện dự thảo nghị quyết về giá dịch vụ thu gom rác, Mặt trận đã lấy ý kiến của 11 hộ kinh doanh và 3 tổ dân phố, chỉ ra mức thu dự kiến 35.000 đồng/hộ/tháng là cao so với vùng nông thôn. UBND tỉnh sau đó đã điều chỉnh, chia mức thu theo khu vực.
Ở cơ sở, chuyện "góp cho có" vẫn còn. Ông Điểu Ngọc Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ, thừa nhận: "Có dự thảo gửi về xã chỉ cho 3 ngày, Mặt trận xã phải tranh thủ họp các trưởng ban công tác Mặt trận, chưa kịp hỏi bà con ở các sóc đã phải gửi văn bản". Xã có 10 thôn, sóc với gần 60% dân số là đồng bào S'tiêng, M'nông; muốn lấy được ý kiến thật phải đến tận nhà, nói bằng tiếng của bà con.
TS. Lâm Văn Tiến, giảng viên Trường Chính trị tỉnh, cho rằng điểm nghẽn lớn nhất là thiếu đội ngũ chuyên gia và kinh phí; nhiều hội nghị phản biện chỉ có 2 - 3 ý kiến mang tính chuyên môn. Ông đề xuất mỗi huyện nên có một hội đồng tư vấn với ít nhất 5 thành viên là luật gia, kỹ sư, bác sĩ nghỉ hưu.
Để khắc phục, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 27-CT/TU ngày 20/4/2022 về nâng cao chất lượng giám sát, phản biện xã hội, yêu cầu cơ quan soạn thảo gửi dự thảo cho Mặt trận chậm nhất 15 ngày trước khi trình. Ông Vi Văn Thuận, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, cho biết năm 2023 Mặt trận tỉnh ưu tiên phản biện các đề án về tái định cư, thu hồi đất phục vụ đường cao tốc.
"Người dân chỉ thật sự tin khi thấy ý kiến mình được trả lời", bà Trần Thị Ánh Thu nói.
Bài và ảnh: Hoàng Phúc
Lượt xem: 884
Tin cùng chuyên mục
- Đồng Xoài: Hội nghị phản biện xã hội về giá đất tái định cư (05/10/2023)
- Bù Đốp: Giám sát việc thực hiện Quy chế dân chủ ở cơ sở (26/09/2023)
- Mặt trận vận động xây 420 căn nhà Đại đoàn kết (20/09/2023)
""", "2023-10-11", "Phản biện xã hội: từ \"góp cho có\" đến \"góp cho trúng\"",
E("khac", None, None),
[P("Trần Thị Ánh Thu", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Điểu Ngọc Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đắk Ơ"),
 P("Lâm Văn Tiến", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Vi Văn Thuận", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("214 hội nghị phản biện xã hội", 214, "hội nghị phản biện xã hội"), Q("1.126 dự thảo văn bản", 1126, "dự thảo văn bản"),
 Q("khoảng 80%", 80, "%", "approx"), Q("11 hộ kinh doanh", 11, "hộ kinh doanh"), Q("3 tổ dân phố", 3, "tổ dân phố"),
 Q("35.000 đồng", 35000, "đồng"), Q("10 thôn, sóc", 10, "thôn, sóc"), Q("gần 60%", 60, "%", "approx"),
 Q("ít nhất 5 thành viên", 5, "thành viên", "over")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định 99-QĐ/TW ngày 3/10/2017"),
 D("Chỉ thị", "27", "CT/TU", "2022-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 27-CT/TU ngày 20/4/2022")],
[prov("Bình Phước"), com("Đắk Ơ")],
["BÁO BÌNH PHƯỚC ĐIỆN TỬ", "Trang chủ | Chính trị | Mặt trận - Đoàn thể | Xây dựng Đảng | Bình Phước 24h",
 "Một buổi phản biện xã hội tại Ủy ban MTTQ Việt Nam tỉnh. Ảnh: Hoàng Phúc", "góp cho có", "góp cho trúng", "Lượt xem: 884"],
["Thứ Tư, 11/10/2023 | 07:30", "Mười năm", "từ năm 2019", "3 ngày", "2 - 3 ý kiến", "15 ngày", "năm 2023", "Lượt xem: 884"]))

PAGES.append(page("b9548-quangnam-mttq-tongket-giamsat-2024", """
Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Nam
Trang chủ >> Hoạt động >> Giám sát, phản biện xã hội
Thứ Sáu, 20/12/2024, 09:15
Toàn cảnh hội nghị.
Hơn 92% kiến nghị sau giám sát được tiếp thu, giải quyết
Ngày 19/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội và tham gia góp ý xây dựng Đảng, xây dựng chính quyền năm 2024. Bà Huỳnh Thị Ngọc Sương, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự có đồng chí Lê Văn Dũng, Phó Bí thư Tỉnh ủy.
Báo cáo của Ban Thường trực cho thấy, năm 2024 Mặt trận và các tổ chức chính trị - xã hội các cấp chủ trì 1.324 cuộc giám sát, tổ chức 96 hội nghị phản biện xã hội, góp ý 2.158 dự thảo văn bản. Qua giám sát đã đưa ra 3.610 kiến nghị, trong đó hơn 92% kiến nghị được tiếp thu, giải quyết. Mặt trận tỉnh chủ trì phản biện dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ sắp xếp dân cư vùng thiên tai miền núi, đề nghị nâng mức hỗ trợ làm nhà từ 40 triệu đồng lên 60 triệu đồng/hộ; đề xuất này đã được tiếp thu khi HĐND tỉnh ban hành Nghị quyết số 27/NQ-HĐND ngày 12/7/2024.
Việc giám sát đối với người đứng đầu theo Quy định 124-QĐ/TW của Ban Bí thư được triển khai ở 18/18 huyện, thị xã, thành phố. Nhân dân đã góp ý 1.045 ý kiến đối với tổ chức đảng, đảng viên thông qua hội nghị góp ý xây dựng Đảng theo Kế hoạch số 48-KH/TU của Ban Thường vụ Tỉnh ủy.
Tại hội nghị, bà Alăng Thị Nhi, Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng, chia sẻ việc Mặt trận xã giám sát thi công công trình nước sinh hoạt tập trung: phát hiện đường ống chôn không đủ độ sâu, kiến nghị chủ đầu tư khắc phục ngay. Ông Hồ Văn Thanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My, đề nghị có chế độ hỗ trợ cho người tham gia đoàn giám sát ở các thôn vùng cao, nơi đi lại mất cả ngày đường.
Ông Trần Ngọc Phương, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, lưu ý công tác nắm bắt dư luận trước khi phản biện; nhiều dự thảo liên quan đến đất đai, tái định cư cần được lấy ý kiến trực tiếp người dân chịu tác động.
Phát biểu chỉ đạo, đồng chí Lê Văn Dũng ghi nhận kết quả năm 2024 và đề nghị năm 2025 Mặt trận chuẩn bị tốt việc tổ chức lấy ý kiến nhân dân góp ý dự thảo văn kiện đại hội đảng bộ các cấp, tiến tới Đại hội XIV của Đảng.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 12 tập thể, 18 cá nhân.
Ngọc Ánh
Tin liên quan
- Phản biện xã hội dự thảo Nghị quyết về chính sách hỗ trợ người dân vùng sạt lở (05/07/2024)
- Đại Lộc: Giám sát việc thực hiện Quy chế dân chủ ở cơ sở (18/06/2024)
- Trao 1.000 suất quà cho hộ nghèo đồng bào dân tộc thiểu số (26/01/2024)
""", "2024-12-20", "Hơn 92% kiến nghị sau giám sát được tiếp thu, giải quyết",
E("tong_ket", "2024", "2024-12-19"),
[P("Huỳnh Thị Ngọc Sương", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Dũng", "Phó Bí thư Tỉnh ủy"),
 P("Alăng Thị Nhi", "Chủ tịch Ủy ban MTTQ Việt Nam xã Lăng"),
 P("Hồ Văn Thanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Nam Trà My"),
 P("Trần Ngọc Phương", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh")],
[Q("Hơn 92% kiến nghị", 92, "%", "over"), Q("1.324 cuộc giám sát", 1324, "cuộc giám sát"),
 Q("96 hội nghị phản biện xã hội", 96, "hội nghị phản biện xã hội"), Q("2.158 dự thảo văn bản", 2158, "dự thảo văn bản"),
 Q("3.610 kiến nghị", 3610, "kiến nghị"), Q("40 triệu đồng", 40000000, "đồng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("18/18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố"), Q("1.045 ý kiến", 1045, "ý kiến"),
 Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Nghị quyết", "27", "NQ-HĐND", "2024-07-12", "HĐND tỉnh", "Nghị quyết số 27/NQ-HĐND ngày 12/7/2024"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định 124-QĐ/TW"),
 D("Kế hoạch", "48", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU")],
[prov("Quảng Nam"), com("Lăng")],
["Cổng Thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Quảng Nam", "Trang chủ >> Hoạt động >> Giám sát, phản biện xã hội", "Toàn cảnh hội nghị."],
["Thứ Sáu, 20/12/2024, 09:15", "năm 2024", "năm 2025", "Đại hội XIV"]))

PAGES.append(page("b9549-baclieu-bdv-giaoban-q3-2024", """
BAN DÂN VẬN TỈNH ỦY BẠC LIÊU
Giới thiệu | Tin tức | Văn bản chỉ đạo | Gương dân vận khéo | Thư viện ảnh
Trang chủ / Tin tức / Hoạt động khối dân vận
Thứ Ba, 08/10/2024 14:20
Đồng chí Thạch Thị Phi Ly chủ trì hội nghị giao ban.
Khối dân vận tập trung lấy ý kiến nhân dân vào dự thảo văn kiện
Chiều 7/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III/2024, triển khai nhiệm vụ quý IV. Đồng chí Thạch Thị Phi Ly, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Trong quý III, khối dân vận các cấp tiếp tục nắm tình hình nhân dân trước những vấn đề được dư luận quan tâm như giá điện, giá lúa, sạt lở bờ biển Đông. Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU về tổ chức lấy ý kiến đóng góp của nhân dân vào dự thảo văn kiện Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030, và Hướng dẫn số 19-HD/BDVTU về quy trình tổng hợp ý kiến ở cơ sở.
Ủy ban MTTQ và các đoàn thể đã tham gia góp ý 11 dự thảo văn bản của tỉnh; tổ chức 2 hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về hỗ trợ chuyển đổi nghề cho lao động vùng ven biển và dự thảo Đề án đặt tên đường tại thành phố Bạc Liêu. Qua 6 cuộc khảo sát dư luận xã hội với 1.200 phiếu, có trên 85% người được hỏi đồng tình với định hướng phát triển điện gió, tôm công nghệ cao trong dự thảo văn kiện.
Phát biểu tại giao ban, ông Lý Hoàng Minh, Trưởng Ban Dân vận Huyện ủy Vĩnh Lợi, đề xuất lấy ý kiến góp ý văn kiện tại các chùa Khmer, chùa người Hoa vào những ngày lễ để tiếp cận đông đảo đồng bào. Bà Danh Thị Mỹ Linh, Chủ tịch Hội Liên hiệp Phụ nữ xã Hưng Thành, cho biết hội đã tổ chức 14 buổi sinh hoạt chi hội chuyên đề góp ý văn kiện, thu được 230 ý kiến, nhiều ý kiến đề nghị quan tâm nước sạch ở vùng nông thôn ven biển.
Ông Nguyễn Quốc Bình, Phó Trưởng Ban Dân vận Tỉnh ủy, thông tin thêm: thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị, Ban đã tham mưu kiểm tra tại 4 đảng bộ huyện.
Kết luận giao ban, đồng chí Thạch Thị Phi Ly yêu cầu quý IV các cơ quan trong khối tổng hợp trung thực, đầy đủ ý kiến nhân dân, kể cả ý kiến trái chiều, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/11/2024; đồng thời chuẩn bị tổng kết công tác dân vận năm 2024.
Kim Ngân
Lượt xem: 367
Tin liên quan
- Gặp mặt chức sắc, chức việc nhân dịp lễ Sene Dolta (26/09/2024)
- Hồng Dân: 35 mô hình "Dân vận khéo" được công nhận (12/09/2024)
- Giao ban khối dân vận quý II/2024 (09/07/2024)
""", "2024-10-08", "Khối dân vận tập trung lấy ý kiến nhân dân vào dự thảo văn kiện",
E("giao_ban", "2024-Q3", "2024-10-07"),
[P("Thạch Thị Phi Ly", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Hoàng Minh", "Trưởng Ban Dân vận Huyện ủy Vĩnh Lợi"),
 P("Danh Thị Mỹ Linh", "Chủ tịch Hội Liên hiệp Phụ nữ xã Hưng Thành"),
 P("Nguyễn Quốc Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("11 dự thảo văn bản", 11, "dự thảo văn bản"), Q("2 hội nghị phản biện xã hội", 2, "hội nghị phản biện xã hội"),
 Q("6 cuộc khảo sát dư luận xã hội", 6, "cuộc khảo sát dư luận xã hội"), Q("1.200 phiếu", 1200, "phiếu"),
 Q("trên 85%", 85, "%", "over"), Q("14 buổi sinh hoạt chi hội chuyên đề", 14, "buổi sinh hoạt chi hội chuyên đề"),
 Q("230 ý kiến", 230, "ý kiến"), Q("4 đảng bộ huyện", 4, "đảng bộ huyện")],
[D("Kế hoạch", "215", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 215-KH/TU"),
 D("Hướng dẫn", "19", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 19-HD/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021")],
[prov("Bạc Liêu"), com("Hưng Thành")],
["BAN DÂN VẬN TỈNH ỦY BẠC LIÊU", "Giới thiệu | Tin tức | Văn bản chỉ đạo | Gương dân vận khéo | Thư viện ảnh",
 "Trang chủ / Tin tức / Hoạt động khối dân vận", "Đồng chí Thạch Thị Phi Ly chủ trì hội nghị giao ban.", "Lượt xem: 367",
 "Quy chế công tác dân vận của hệ thống chính trị"],
["Thứ Ba, 08/10/2024 14:20", "quý III/2024", "quý IV", "lần thứ XVII", "nhiệm kỳ 2025 - 2030", "ngày 30/11/2024", "năm 2024", "Lượt xem: 367"]))

PAGES.append(page("b9550-haiduong-btgdv-gopy-hienphap-2025", """
BÁO HẢI DƯƠNG ĐIỆN TỬ
Thời sự | Chính trị | Xây dựng Đảng | Kinh tế | Xã hội | Pháp luật
Thứ Năm, 22/5/2025 - 10:40
Trang chủ › Chính trị › Góp ý sửa đổi Hiến pháp
Cán bộ, nhân dân góp ý dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 2013
Sáng 21/5, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Hải Dương tổ chức hội nghị lấy ý kiến các tầng lớp nhân dân về dự thảo Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp năm 2013. Đồng chí Phạm Thị Hồng Hạnh, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.
Đại biểu phát biểu ý kiến tại hội nghị. Ảnh: Thành Chung
Việc lấy ý kiến thực hiện theo Nghị quyết số 194/2025/QH15 ngày 5/5/2025 của Quốc hội và Kế hoạch số 326-KH/TU ngày 7/5/2025 của Ban Thường vụ Tỉnh ủy. Dự thảo sửa đổi, bổ sung 8 điều của Hiến pháp, tập trung vào các quy định về Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội và tổ chức chính quyền địa phương 2 cấp. Thời gian lấy ý kiến nhân dân từ ngày 6/5 đến hết ngày 5/6/2025.
Đến nay, toàn tỉnh đã có hơn 1,5 triệu lượt ý kiến góp ý qua phiếu, qua ứng dụng VNeID và qua các hội nghị ở khu dân cư; tỷ lệ đồng tình với chủ trương không tổ chức cấp huyện đạt 99,6%.
Góp ý tại hội nghị, ông Vũ Đức Cường, Chủ tịch Ủy ban MTTQ Việt Nam phường Tứ Minh, đồng tình việc đưa các tổ chức chính trị - xã hội trực thuộc Mặt trận nhưng đề nghị Hiến pháp vẫn ghi nhận vai trò đại diện riêng của Công đoàn, Hội Nông dân, Đoàn Thanh niên, Hội Phụ nữ, Hội Cựu chiến binh. Bà Nguyễn Thị Lụa, Bí thư Chi bộ kiêm Trưởng thôn An Lại, xã Hồng Phong, đề nghị chính quyền cấp xã sau sắp xếp phải đặt người dân ở trung tâm, giải quyết thủ tục hành chính "tại chỗ, một lần".
Thượng tọa Thích Chiếu Tuệ, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, nhất trí với việc giảm số lượng chữ ký cần thiết để đề xuất sửa đổi Hiến pháp từ ít nhất 2/3 xuống ít nhất 1/3 tổng số đại biểu Quốc hội, coi đây là bước tạo linh hoạt cho việc hoàn thiện thể chế. Luật sư Đào Văn Khoa, Chủ nhiệm Đoàn Luật sư tỉnh, đề nghị bổ sung quy định chuyển tiếp về nhiệm kỳ của HĐND cấp xã mới thành lập.
Phát biểu kết luận, đồng chí Phạm Thị Hồng Hạnh cho biết hội nghị ghi nhận 27 ý kiến trực tiếp; Ban Tuyên giáo và Dân vận Tỉnh ủy sẽ tổng hợp gửi Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp trước ngày 5/6/2025. Đồng chí đề nghị các đảng ủy cơ sở đẩy mạnh tuyên truyền để nhân dân hiểu rõ, đồng thuận với chủ trương sắp xếp đơn vị hành chính, xây dựng chính quyền địa phương 2 cấp.
Thành Chung
Tin liên quan
- Hải Dương lấy ý kiến nhân dân về đề án sáp nhập tỉnh với Hải Phòng (28/04/2025)
- Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (03/03/2025)
- Tứ Kỳ: Hội nghị đối thoại giữa Bí thư Huyện ủy với nông dân (14/02/2025)
""", "2025-05-22", "Cán bộ, nhân dân góp ý dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 2013",
E("hoi_nghi", None, "2025-05-21"),
[P("Phạm Thị Hồng Hạnh", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Đức Cường", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tứ Minh"),
 P("Nguyễn Thị Lụa", "Bí thư Chi bộ kiêm Trưởng thôn An Lại"),
 P("Thích Chiếu Tuệ", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
 P("Đào Văn Khoa", "Luật sư", "Chủ nhiệm Đoàn Luật sư tỉnh")],
[Q("8 điều", 8, "điều"), Q("hơn 1,5 triệu lượt ý kiến góp ý", 1500000, "lượt ý kiến", "over"), Q("99,6%", 99.6, "%"),
 Q("27 ý kiến", 27, "ý kiến")],
[D("Nghị quyết", "194", "2025/QH15", "2025-05-05", "Quốc hội", "Nghị quyết số 194/2025/QH15 ngày 5/5/2025"),
 D("Kế hoạch", "326", "KH/TU", "2025-05-07", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 326-KH/TU ngày 7/5/2025")],
[prov("Hải Dương"), com("Tứ Minh"), com("Hồng Phong")],
["BÁO HẢI DƯƠNG ĐIỆN TỬ", "Thời sự | Chính trị | Xây dựng Đảng | Kinh tế | Xã hội | Pháp luật", "Trang chủ › Chính trị › Góp ý sửa đổi Hiến pháp",
 "Đại biểu phát biểu ý kiến tại hội nghị. Ảnh: Thành Chung", "Hiến pháp năm 2013", "VNeID", "tại chỗ, một lần"],
["Thứ Năm, 22/5/2025 - 10:40", "năm 2013", "2 cấp", "ngày 6/5", "ngày 5/6/2025", "2/3", "1/3"]))
