from lib import *
PAGES = []

PAGES.append(page("b9737-lamdong-bdv-tongket-2022", """
Báo Lâm Đồng điện tử
Trang chủ > Chính trị > Công tác dân vận
9 tháng 12, 2022 | 16:30
Đồng chí K'Mák phát biểu tại hội nghị.
Lâm Đồng: Hơn 4.600 lượt cán bộ dân vận được tập huấn, bồi dưỡng trong năm
Chiều 8/12, Ban Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác dân vận năm 2022, triển khai nhiệm vụ năm 2023. Điểm nhấn của năm là công tác đào tạo, bồi dưỡng nghiệp vụ cho đội ngũ cán bộ dân vận cơ sở, nhất là vùng đồng bào K'Ho, Mạ, Chu Ru.
Hội nghị do đồng chí K'Mák, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Bon Jốc Ha Thu, Nguyễn Văn Lực, Trần Thị Bích Hạnh - Phó Trưởng Ban Dân vận Tỉnh ủy, và lãnh đạo Ủy ban MTTQ, các đoàn thể chính trị - xã hội tỉnh.
Theo báo cáo, năm 2022 khối dân vận các cấp đã tổ chức 137 lớp tập huấn, bồi dưỡng cho hơn 4.600 lượt cán bộ, trong đó Ban Dân vận Tỉnh ủy trực tiếp mở 3 lớp cho 412 học viên là trưởng, phó khối dân vận và cán bộ Mặt trận, đoàn thể cấp xã. Nội dung bám sát Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về Quy chế công tác dân vận; Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về phòng, chống tín ngưỡng lạ; đề án 09-ĐA/TU về nâng cao chất lượng đội ngũ cán bộ dân vận cơ sở giai đoạn 2021 - 2025.
Lần đầu tiên, Ban phối hợp với Trường Chính trị tỉnh tổ chức lớp bồi dưỡng bằng tiếng K'Ho cho 65 cán bộ thôn, bon ở các huyện Lạc Dương, Lâm Hà, Di Linh. Qua khảo sát, 92% học viên đánh giá nội dung sát thực tế, dễ áp dụng.
Nhờ được trang bị kỹ năng, cán bộ dân vận cơ sở đã vận động nhân dân hiến 61.300 m2 đất làm đường giao thông nông thôn, đóng góp 26,5 tỷ đồng; phối hợp hòa giải thành 184 vụ việc mâu thuẫn, tranh chấp; toàn tỉnh công nhận thêm 312 mô hình "Dân vận khéo", nâng tổng số lên 2.045 mô hình.
Tại hội nghị, bà Liêng Hót Ha Phương, Trưởng khối dân vận xã Đạ Sar, huyện Lạc Dương, cho rằng lớp học bằng tiếng dân tộc giúp cán bộ bon hiểu sâu hơn. Ông Ya Tiếng, Bí thư Chi bộ kiêm Trưởng thôn Ma Đanh, xã Tà Năng, kiến nghị duy trì phụ cấp cho tổ trưởng tổ dân vận. Ông Phan Văn Đông, HUV, Trưởng Ban Dân vận Huyện ủy Đức Trọng, đề xuất tổ chức tập huấn theo cụm xã.
Phát biểu kết luận, đồng chí K'Mák yêu cầu năm 2023 tiếp tục đổi mới nội dung, phương pháp tập huấn; phấn đấu 100% cán bộ dân vận cấp xã được bồi dưỡng nghiệp vụ ít nhất 1 lần; tăng thời lượng thực hành, học tập mô hình ngay tại thôn, bon.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2022.
Hà Nguyên
Lượt xem: 734
Tin liên quan
- Đơn Dương: tập huấn nghiệp vụ cho tổ dân vận thôn (28/11/2022)
- Hội nghị giao ban dân vận quý III năm 2022 (05/10/2022)
- Đam Rông ra mắt mô hình "Bon không có đơn thư" (16/09/2022)
- Bảo Lâm: vận động đồng bào chuyển đổi cây trồng (02/09/2022)
""", "2022-12-09", "Lâm Đồng: Hơn 4.600 lượt cán bộ dân vận được tập huấn, bồi dưỡng trong năm",
E("tong_ket", "2022", "2022-12-08"),
[P("K'Mák", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bon Jốc Ha Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Lực", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Bích Hạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Liêng Hót Ha Phương", "Trưởng khối dân vận xã Đạ Sar"),
 P("Ya Tiếng", "Bí thư Chi bộ kiêm Trưởng thôn Ma Đanh"),
 P("Phan Văn Đông", "HUV", "Trưởng Ban Dân vận Huyện ủy Đức Trọng")],
[Q("Hơn 4.600 lượt cán bộ dân vận", 4600, "lượt cán bộ dân vận", "over"), Q("137 lớp tập huấn", 137, "lớp tập huấn"),
 Q("3 lớp", 3, "lớp"), Q("412 học viên", 412, "học viên"), Q("65 cán bộ thôn, bon", 65, "cán bộ thôn, bon"),
 Q("92%", 92, "%"), Q("61.300 m2", 61300, "m2"), Q("26,5 tỷ đồng", 26500000000, "đồng"),
 Q("184 vụ việc mâu thuẫn, tranh chấp", 184, "vụ việc mâu thuẫn, tranh chấp"), Q("312 mô hình", 312, "mô hình"),
 Q("2.045 mô hình", 2045, "mô hình"), Q("100%", 100, "%"), Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Đề án", "09", "ĐA/TU", None, None, "đề án 09-ĐA/TU")],
[prov("Lâm Đồng"), com("Đạ Sar"), com("Tà Năng")],
["Báo Lâm Đồng điện tử", "Trang chủ > Chính trị > Công tác dân vận", "Đồng chí K'Mák phát biểu tại hội nghị.",
 "Trường Chính trị tỉnh", "Dân vận khéo", "Lượt xem: 734"],
["9 tháng 12, 2022 | 16:30", "năm 2022", "năm 2023", "giai đoạn 2021 - 2025", "Lần đầu tiên", "ít nhất 1 lần", "Lượt xem: 734"]))

PAGES.append(page("b9738-dienbien-mttq-taphuan-dcs-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN
Trang chủ / Hoạt động / Tin Mặt trận các cấp
17/05/2023 - 10:05
Cán bộ Mặt trận cơ sở được tập huấn Luật Thực hiện dân chủ ở cơ sở
Ngày 15 và 16/5/2023, tại thành phố Điện Biên Phủ, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Điện Biên tổ chức hội nghị tập huấn nghiệp vụ công tác Mặt trận năm 2023. Tham dự có 258 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam 129 xã, phường, thị trấn và cán bộ chuyên trách Mặt trận cấp huyện.
Quang cảnh hội nghị tập huấn.
Đồng chí Lò Thị Tiên, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc. Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Giàng A Chớ, Quàng Văn Hặc trực tiếp truyền đạt các chuyên đề.
Theo đó, học viên được nghiên cứu Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội, có hiệu lực từ ngày 1/7/2023; vai trò của Mặt trận trong tổ chức để nhân dân bàn và quyết định, tham gia ý kiến, giám sát; Hướng dẫn số 31/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về nội dung, quy trình Ban Thanh tra nhân dân giám sát; cách thức tổ chức hội nghị đại biểu nhân dân ở các bản vùng cao. Ngoài ra, kế hoạch số 215/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về tổ chức cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" cũng được phổ biến.
Phát biểu tại lớp học, đồng chí Lò Thị Tiên cho biết: tỉnh có 19 dân tộc cùng sinh sống, nhiều bản còn khó khăn về giao thông, cán bộ Mặt trận ở cơ sở phải "đi từng ngõ, gõ từng nhà". Năm 2022, Mặt trận các cấp đã vận động xây dựng, sửa chữa 1.027 căn nhà Đại đoàn kết cho hộ nghèo với tổng kinh phí gần 51 tỷ đồng; các Ban Thanh tra nhân dân đã giám sát 386 cuộc.
Trong phần thảo luận, ông Vừ A Sính, Chủ tịch Ủy ban MTTQ xã Sín Chải, huyện Tủa Chùa, nêu kinh nghiệm họp bản theo nhóm dòng họ người Mông để lấy ý kiến nhân dân về quy ước bản. Bà Cà Thị Ơn, Phó Chủ tịch Ủy ban MTTQ xã Na Son, huyện Điện Biên Đông, người Khơ Mú, đề nghị có thêm tài liệu bằng hình ảnh, vì nhiều trưởng ban công tác Mặt trận bản chưa đọc thông viết thạo.
Ông Lường Văn Thanh, Trưởng ban công tác Mặt trận bản Co Mận, xã Thanh Chăn, được mời chia sẻ cách tổ chức để dân bàn việc làm đường nội đồng dài 1,2 km với 45 hộ góp ngày công.
Kết thúc đợt tập huấn, Ban Thường trực Ủy ban MTTQ tỉnh yêu cầu Mặt trận các huyện tổ chức tập huấn lại cho trưởng ban công tác Mặt trận 1.469 thôn, bản, tổ dân phố trước ngày 30/6/2023, bảo đảm khi Luật có hiệu lực, cán bộ cơ sở đã nắm vững quy trình, không lúng túng trong triển khai.
Trung Hiếu
Lượt truy cập: 12.940
Tin liên quan
- Mường Nhé: trao 20 nhà Đại đoàn kết (10/05/2023)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 8, khóa XV (27/04/2023)
- Tuần Giáo phát động Tháng cao điểm "Vì người nghèo" (14/04/2023)
""", "2023-05-17", "Cán bộ Mặt trận cơ sở được tập huấn Luật Thực hiện dân chủ ở cơ sở",
E("tap_huan", "2023", "2023-05-15"),
[P("Lò Thị Tiên", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Giàng A Chớ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quàng Văn Hặc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vừ A Sính", "Chủ tịch Ủy ban MTTQ xã Sín Chải"),
 P("Cà Thị Ơn", "Phó Chủ tịch Ủy ban MTTQ xã Na Son"),
 P("Lường Văn Thanh", "Trưởng ban công tác Mặt trận bản Co Mận")],
[Q("258 học viên", 258, "học viên"), Q("129 xã, phường, thị trấn", 129, "xã, phường, thị trấn"), Q("19 dân tộc", 19, "dân tộc"),
 Q("1.027 căn nhà Đại đoàn kết", 1027, "căn nhà Đại đoàn kết"), Q("gần 51 tỷ đồng", 51000000000, "đồng", "approx"),
 Q("386 cuộc", 386, "cuộc"), Q("1,2 km", 1.2, "km"), Q("45 hộ", 45, "hộ"),
 Q("1.469 thôn, bản, tổ dân phố", 1469, "thôn, bản, tổ dân phố")],
[D("Luật", "10", "2022/QH15", "2022-11-10", "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022"),
 D("Hướng dẫn", "31", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 31/HD-MTTW-BTT"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "kế hoạch số 215/KH-MTTQ-BTT")],
[prov("Điện Biên"), com("Sín Chải"), com("Na Son"), com("Thanh Chăn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN", "Trang chủ / Hoạt động / Tin Mặt trận các cấp", "Quang cảnh hội nghị tập huấn.",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "đi từng ngõ, gõ từng nhà", "Lượt truy cập: 12.940"],
["17/05/2023 - 10:05", "Ngày 15 và 16/5/2023", "năm 2023", "Năm 2022", "ngày 1/7/2023", "trước ngày 30/6/2023",
 "Lượt truy cập: 12.940"]))

PAGES.append(page("b9739-cantho-bdvqu-ninhkieu-taphuan-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức sự kiện | Xây dựng Đảng
20.10.2023 | 16:10
Trang bị kỹ năng cho tổ dân vận khu vực thực hiện dân chủ ở cơ sở
Sáng 19/10, Ban Dân vận Quận ủy Ninh Kiều phối hợp Trung tâm Chính trị quận tổ chức lớp tập huấn nghiệp vụ công tác dân vận cho 220 học viên là tổ trưởng, tổ phó tổ dân vận khu vực và cán bộ khối dân vận 11 phường trên địa bàn quận.
Đồng chí Huỳnh Thị Thu Trang, Quận ủy viên, Trưởng Ban Dân vận Quận ủy phát biểu khai giảng. Tham dự có đồng chí Lâm Văn Tuấn, Phó Trưởng Ban Dân vận Thành ủy Cần Thơ.
Tại lớp tập huấn, các học viên được nghe đồng chí Lê Minh Khoa, Phó Giám đốc Trung tâm Chính trị quận, giới thiệu Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở; hướng dẫn vai trò của tổ dân vận trong việc tổ chức cho nhân dân khu vực bàn, quyết định các công việc tự quản như xây dựng hương ước, quy ước, đóng góp sửa chữa hẻm, lắp đèn chiếu sáng, camera an ninh.
Chuyên đề thứ hai do đồng chí Trần Ngọc Hân, Phó Trưởng Ban Dân vận Quận ủy trình bày, tập trung vào kỹ năng tiếp xúc, lắng nghe và phản ánh kiến nghị của người dân lên cấp ủy, chính quyền; cách vận động các hộ kinh doanh ven sông Cần Thơ giữ vệ sinh môi trường, chấp hành quy định về trật tự đô thị. Học viên cũng được phổ biến Kế hoạch số 46-KH/QU của Ban Thường vụ Quận ủy và hướng dẫn 12-HD/BDVQU của Ban Dân vận Quận ủy về xây dựng "Khu vực dân vận khéo".
Theo đồng chí Huỳnh Thị Thu Trang, toàn quận hiện có 198 tổ dân vận khu vực với 1.036 thành viên; 9 tháng năm 2023, các tổ đã phối hợp vận động nhân dân đóng góp hơn 3,8 tỷ đồng sửa chữa 74 tuyến hẻm, lắp 126 camera an ninh. Tuy nhiên, phần lớn tổ trưởng là người cao tuổi, việc ứng dụng công nghệ thông tin còn hạn chế.
Ông Nguyễn Văn Tư, Tổ trưởng tổ dân vận khu vực 3, phường An Khánh, chia sẻ cách lập nhóm Zalo khu vực để thông tin nhanh đến 420 hộ dân. Bà Châu Thị Mỹ, Trưởng khối dân vận phường Tân An, đề nghị quận tổ chức thêm buổi tập huấn về kỹ năng hòa giải mâu thuẫn liên quan đến nhà trọ, lối đi chung.
Dịp này, Ban Dân vận Quận ủy trao giấy khen cho 15 tổ dân vận khu vực tiêu biểu. Sau lớp học, mỗi phường sẽ chọn 2 khu vực làm điểm để áp dụng quy trình "dân bàn, dân quyết" theo Nghị định 59.
Ngọc Thảo
Số lượt xem: 512
Tin cùng chuyên mục
- Phường Xuân Khánh ra mắt mô hình "Hẻm xanh, sạch, đẹp" (12/10/2023)
- Quận ủy Ninh Kiều sơ kết 9 tháng năm 2023 (06/10/2023)
- Hội nghị giao ban khối dân vận quý III (28/09/2023)
""", "2023-10-20", "Trang bị kỹ năng cho tổ dân vận khu vực thực hiện dân chủ ở cơ sở",
E("tap_huan", None, "2023-10-19"),
[P("Huỳnh Thị Thu Trang", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Lâm Văn Tuấn", "Phó Trưởng Ban Dân vận Thành ủy Cần Thơ"),
 P("Lê Minh Khoa", "Phó Giám đốc Trung tâm Chính trị quận"),
 P("Trần Ngọc Hân", "Phó Trưởng Ban Dân vận Quận ủy"),
 P("Nguyễn Văn Tư", "Tổ trưởng tổ dân vận khu vực 3"),
 P("Châu Thị Mỹ", "Trưởng khối dân vận phường Tân An")],
[Q("220 học viên", 220, "học viên"), Q("11 phường", 11, "phường"), Q("198 tổ dân vận khu vực", 198, "tổ dân vận khu vực"),
 Q("1.036 thành viên", 1036, "thành viên"), Q("hơn 3,8 tỷ đồng", 3800000000, "đồng", "over"), Q("74 tuyến hẻm", 74, "tuyến hẻm"),
 Q("126 camera an ninh", 126, "camera an ninh"), Q("420 hộ dân", 420, "hộ dân"),
 Q("15 tổ dân vận khu vực tiêu biểu", 15, "tổ dân vận khu vực tiêu biểu"), Q("2 khu vực", 2, "khu vực")],
[D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Kế hoạch", "46", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch số 46-KH/QU"),
 D("Hướng dẫn", "12", "HD/BDVQU", None, "Ban Dân vận Quận ủy", "hướng dẫn 12-HD/BDVQU")],
[prov("Cần Thơ"), com("An Khánh"), com("Tân An")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NINH KIỀU - THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức sự kiện | Xây dựng Đảng",
 "Khu vực dân vận khéo", "dân bàn, dân quyết", "Trung tâm Chính trị quận", "Số lượt xem: 512"],
["20.10.2023 | 16:10", "9 tháng năm 2023", "Chuyên đề thứ hai", "khu vực 3", "Số lượt xem: 512"]))

PAGES.append(page("b9740-quangtri-bdv-taphuan-mxh-2024", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Xã hội › Chính trị › Dân vận
Thứ Sáu, 06/09/2024, 14:12
Học viên thực hành xử lý tình huống tin giả trên mạng xã hội. Ảnh: K.S
Nâng kỹ năng "dân vận trên không gian mạng" cho cán bộ cơ sở
QTO - Trong 3 ngày, từ 3 - 5/9, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn kỹ năng công tác dân vận trên không gian mạng năm 2024 cho 150 cán bộ làm công tác dân vận, cán bộ Mặt trận và đoàn thể cấp xã, trong đó có 38 học viên là người Vân Kiều, Pa Kô.
Đồng chí Hồ Thị Minh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy dự và phát biểu khai mạc. Báo cáo viên gồm các đồng chí: Nguyễn Đăng Quang, Phó Trưởng Ban Dân vận Tỉnh ủy; Lê Thị Thanh Bình, Phó Giám đốc Sở Thông tin và Truyền thông; Thượng tá Trần Văn Huy, Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh.
Các học viên được quán triệt Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới; Chỉ thị số 31-CT/TU ngày 15/4/2024 của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận trên không gian mạng; được hướng dẫn lập và quản trị trang, nhóm cộng đồng; nhận diện tin giả, cách phản hồi thông tin chính thống khi có vụ việc phức tạp.
Đồng chí Hồ Thị Minh cho biết, thời gian qua các cấp đã lập 312 nhóm Zalo, Facebook của tổ dân vận thôn, khu phố với trên 48.000 thành viên. Nhờ đó, nhiều chủ trương như bồi thường, giải phóng mặt bằng dự án đường cao tốc Vạn Ninh - Cam Lộ được thông tin kịp thời; 96% hộ dân trong vùng dự án đồng thuận bàn giao mặt bằng.
Chia sẻ tại lớp học, anh Hồ Văn Năm, Phó Chủ tịch Ủy ban MTTQ xã Hướng Phùng, huyện Hướng Hóa, cho biết đã dùng tiếng Vân Kiều để làm video ngắn vận động bà con không nghe theo lời rủ rê sang nước bạn làm thuê trái phép. Chị Kăn Thị Xuân, Bí thư Đoàn xã A Bung, đề nghị hỗ trợ thiết bị, phủ sóng internet ở các bản vùng sâu.
Trong buổi thực hành, các học viên được chia thành 10 nhóm xử lý 5 tình huống giả định, từ tin đồn thất thiệt về thu hồi đất đến kêu gọi tụ tập đông người. Kết quả kiểm tra cuối khóa có 100% học viên đạt yêu cầu.
Bế mạc lớp học, đồng chí Nguyễn Đăng Quang đề nghị các học viên về địa phương tham mưu cấp ủy kiện toàn nhóm cộng đồng, phân công người quản trị; định kỳ hằng quý báo cáo tình hình dư luận trên mạng xã hội về Ban Dân vận Tỉnh ủy.
Khánh Sinh
Lượt đọc: 689
Tin liên quan
- Gio Linh: tổ dân vận thôn vận động nhân dân hiến đất (28/08/2024)
- Hội nghị người có uy tín tiêu biểu năm 2024 (16/08/2024)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm (11/07/2024)
""", "2024-09-06", "Nâng kỹ năng \"dân vận trên không gian mạng\" cho cán bộ cơ sở",
E("tap_huan", "2024", "2024-09-03"),
[P("Hồ Thị Minh", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đăng Quang", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Bình", "Phó Giám đốc Sở Thông tin và Truyền thông"),
 P("Trần Văn Huy", "Thượng tá", "Phó Trưởng phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"),
 P("Hồ Văn Năm", "Phó Chủ tịch Ủy ban MTTQ xã Hướng Phùng"),
 P("Kăn Thị Xuân", "Bí thư Đoàn xã A Bung")],
[Q("150 cán bộ", 150, "cán bộ"), Q("38 học viên", 38, "học viên"), Q("312 nhóm Zalo, Facebook", 312, "nhóm Zalo, Facebook"),
 Q("trên 48.000 thành viên", 48000, "thành viên", "over"), Q("96% hộ dân", 96, "%"),
 Q("10 nhóm", 10, "nhóm"), Q("5 tình huống giả định", 5, "tình huống giả định"), Q("100% học viên", 100, "%")],
[D("Nghị quyết", "35", "NQ/TW", "2018-10-22", "Bộ Chính trị", "Nghị quyết số 35-NQ/TW ngày 22/10/2018"),
 D("Chỉ thị", "31", "CT/TU", "2024-04-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 31-CT/TU ngày 15/4/2024")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Bung")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Xã hội › Chính trị › Dân vận",
 "Học viên thực hành xử lý tình huống tin giả trên mạng xã hội. Ảnh: K.S", "QTO", "Lượt đọc: 689"],
["Thứ Sáu, 06/09/2024, 14:12", "3 ngày", "từ 3 - 5/9", "năm 2024", "hằng quý", "Lượt đọc: 689"]))

PAGES.append(page("b9741-binhphuoc-bdv-phongsu-boiduong-2024", """
Báo Bình Phước Online
Trang chủ » Chính trị » Xây dựng Đảng
22/11/2024 07:30
Khi cán bộ dân vận "đi học"
BP - Từ năm 2021 đến nay, thực hiện Đề án số 07-ĐA/TU của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng cán bộ cơ sở giai đoạn 2021 - 2025, hàng nghìn cán bộ làm công tác dân vận ở các xã, ấp, sóc được tập huấn, bồi dưỡng nghiệp vụ. Những lớp học ngắn ngày nhưng thiết thực đã giúp đội ngũ này tự tin hơn khi "nói dân hiểu".
Cán bộ dân vận xã Đăk Ơ trao đổi với người dân tại sóc Bù Bưng.
Chị Thị Bích, người S'tiêng, được bầu làm Trưởng khối dân vận xã Đăk Ơ, huyện Bù Gia Mập từ năm 2020. Chị kể, ngày đầu nhận nhiệm vụ, đi họp ấp chỉ biết đọc lại văn bản, bà con nghe xong ra về không ai nhớ gì. Sau 2 lớp tập huấn của Ban Dân vận Huyện ủy, chị biết chia nhỏ nội dung, kể chuyện bằng tiếng S'tiêng, dẫn ví dụ ngay trong sóc. Năm 2023, chị cùng tổ dân vận vận động 32 hộ đồng bào hiến đất mở rộng đường vào sóc Bù Bưng.
Theo Ban Dân vận Tỉnh ủy, giai đoạn 2021 - 2024, khối dân vận các cấp đã mở 215 lớp tập huấn cho 14.320 lượt cán bộ; riêng Ban Dân vận Tỉnh ủy tổ chức 12 lớp chuyên đề về Quy chế công tác dân vận, công tác vận động đồng bào dân tộc thiểu số và tôn giáo, kỹ năng đối thoại. Kinh phí thực hiện khoảng 2,1 tỷ đồng.
Đồng chí Điểu Lanh, Phó Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Hội Đoàn kết các dân tộc tỉnh, cho biết nội dung các lớp được xây dựng từ chính những vướng mắc của cơ sở. Trước mỗi khóa học, Ban gửi phiếu khảo sát đến cán bộ xã, ấp để biết họ cần gì. Nhờ vậy, 89% học viên đánh giá tài liệu dễ hiểu, áp dụng được ngay.
Ông Điểu Xuân Hòa, người Mnông, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Bù Gia Mập, cho rằng điều quý nhất là được học cách lắng nghe. "Có những vụ tranh chấp đất rẫy giữa hai dòng họ kéo dài nhiều năm, nếu chỉ nói lý thì không xong. Phải ngồi nghe bà con nói hết, rồi mời già làng cùng hòa giải", ông chia sẻ. Năm 2024, xã đã hòa giải thành 9/11 vụ việc, không để phát sinh khiếu kiện vượt cấp.
Tuy vậy, đồng chí Điểu Lanh cũng thừa nhận: cán bộ ấp, sóc thay đổi thường xuyên, phụ cấp thấp; một số lớp học còn nặng lý thuyết; cán bộ người dân tộc thiểu số ở vùng biên giới vẫn khó tiếp cận lớp học tập trung. Thời gian tới, Ban Dân vận Tỉnh ủy sẽ đề xuất mở lớp lưu động tại cụm xã, tăng thời lượng thực hành và học tập mô hình "Dân vận khéo".
Thảo Duyên
Lượt xem: 1.118
Tin liên quan
- Bù Đốp: tập huấn cho người có uy tín (15/11/2024)
- Hội nghị giao ban công tác dân vận quý III năm 2024 (10/10/2024)
- Lộc Ninh ra mắt mô hình "Sóc không có đơn thư" (25/09/2024)
""", "2024-11-22", "Khi cán bộ dân vận \"đi học\"",
E("khac", None, None),
[P("Thị Bích", "Trưởng khối dân vận xã Đăk Ơ"),
 P("Điểu Lanh", "Phó Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Hội Đoàn kết các dân tộc tỉnh"),
 P("Điểu Xuân Hòa", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Bù Gia Mập")],
[Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("32 hộ đồng bào", 32, "hộ đồng bào"), Q("215 lớp tập huấn", 215, "lớp tập huấn"),
 Q("14.320 lượt cán bộ", 14320, "lượt cán bộ"), Q("12 lớp chuyên đề", 12, "lớp chuyên đề"),
 Q("khoảng 2,1 tỷ đồng", 2100000000, "đồng", "approx"), Q("89%", 89, "%"), Q("9/11 vụ việc", 9, "vụ việc")],
[D("Đề án", "07", "ĐA/TU", None, "Ban Thường vụ Tỉnh ủy", "Đề án số 07-ĐA/TU")],
[prov("Bình Phước"), com("Đăk Ơ"), com("Bù Gia Mập")],
["Báo Bình Phước Online", "Trang chủ » Chính trị » Xây dựng Đảng", "BP",
 "Cán bộ dân vận xã Đăk Ơ trao đổi với người dân tại sóc Bù Bưng.", "Dân vận khéo", "Lượt xem: 1.118"],
["22/11/2024 07:30", "Từ năm 2021", "giai đoạn 2021 - 2025", "giai đoạn 2021 - 2024", "từ năm 2020", "Năm 2023", "Năm 2024",
 "nhiều năm", "Lượt xem: 1.118"]))

PAGES.append(page("b9742-haiduong-btgdv-taphuan-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY HẢI DƯƠNG
Trang chủ > Tin tức - Sự kiện > Tuyên giáo và Dân vận
Cập nhật 20/03/2025 - 15:50
Bồi dưỡng nghiệp vụ tuyên giáo và dân vận sau khi hợp nhất cơ quan
Ngày 18 và 19/3/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Dương tổ chức hội nghị tập huấn nghiệp vụ công tác tuyên giáo và dân vận năm 2025. Đây là lớp tập huấn đầu tiên kể từ khi Ban Tuyên giáo Tỉnh ủy và Ban Dân vận Tỉnh ủy hợp nhất, đi vào hoạt động từ ngày 1/3/2025.
Tham dự có 245 học viên là cán bộ Ban Tuyên giáo và Dân vận các huyện ủy, thị ủy, thành ủy, trưởng khối dân vận và cán bộ phụ trách tuyên giáo các xã, phường, thị trấn.
Đồng chí Nguyễn Thị Ngọc Bích, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy khai mạc hội nghị. Các đồng chí Phạm Văn Thắng, Đoàn Thị Hồng Hạnh, Vũ Mạnh Cường - Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày các chuyên đề.
Nội dung tập huấn gồm: chức năng, nhiệm vụ của Ban Tuyên giáo và Dân vận theo Quyết định số 125-QĐ/TU ngày 28/2/2025 của Ban Thường vụ Tỉnh ủy; Kết luận 126, 127-KL/TW của Bộ Chính trị, Ban Bí thư về chủ trương tiếp tục sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị; những điểm mới về công tác dân vận trong giai đoạn sắp xếp đơn vị hành chính cấp xã; kỹ năng nắm bắt tư tưởng cán bộ, đảng viên và nhân dân, định hướng dư luận xã hội; nghiệp vụ thẩm định mô hình "Dân vận khéo".
Đồng chí Phạm Văn Thắng cho biết, năm 2024 khối dân vận toàn tỉnh đã xây dựng 1.362 mô hình "Dân vận khéo"; 93% khu dân cư đạt danh hiệu văn hóa. Qua khảo sát đầu năm 2025, 74% ý kiến cán bộ, đảng viên đồng tình với chủ trương sắp xếp bộ máy, song vẫn còn tâm tư về vị trí việc làm, chế độ chính sách.
Tại hội nghị, ông Lê Văn Hào, Trưởng khối dân vận xã Thanh Quang, huyện Nam Sách, đề nghị hướng dẫn cụ thể cách nắm tình hình khi sáp nhập thôn, xã. Bà Nguyễn Thị Thu, ĐUV, Phó Chủ tịch Ủy ban MTTQ phường Cộng Hòa, thành phố Chí Linh, đề xuất tổ chức thêm tập huấn về kỹ năng đối thoại với người dân về tên gọi, trụ sở của đơn vị hành chính mới.
Kết luận hội nghị, đồng chí Nguyễn Thị Ngọc Bích yêu cầu cán bộ tuyên giáo và dân vận các cấp chủ động nắm tình hình, kịp thời tham mưu cấp ủy giải quyết những vấn đề nảy sinh, tuyệt đối không để hình thành "điểm nóng"; đồng thời làm tốt công tác tuyên truyền để tạo đồng thuận trong nhân dân trước, trong và sau sắp xếp.
Hội nghị tập huấn kết thúc chiều 19/3/2025. Học viên được cấp tài liệu điện tử qua mã QR.
Thu Hằng
Lượt truy cập: 58.417
Tin liên quan
- Ban Tuyên giáo và Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2025 (05/03/2025)
- Công bố quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy (01/03/2025)
- Tổng kết công tác dân vận năm 2024 (20/12/2024)
""", "2025-03-20", "Bồi dưỡng nghiệp vụ tuyên giáo và dân vận sau khi hợp nhất cơ quan",
E("tap_huan", "2025", "2025-03-18"),
[P("Nguyễn Thị Ngọc Bích", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Văn Thắng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đoàn Thị Hồng Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Vũ Mạnh Cường", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Văn Hào", "Trưởng khối dân vận xã Thanh Quang"),
 P("Nguyễn Thị Thu", "ĐUV", "Phó Chủ tịch Ủy ban MTTQ phường Cộng Hòa")],
[Q("245 học viên", 245, "học viên"), Q("1.362 mô hình", 1362, "mô hình"), Q("93% khu dân cư", 93, "%"),
 Q("74% ý kiến", 74, "%")],
[D("Quyết định", "125", "QĐ/TU", "2025-02-28", "Ban Thường vụ Tỉnh ủy", "Quyết định số 125-QĐ/TU ngày 28/2/2025"),
 D("Kết luận", "126", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 126, 127-KL/TW")],
[prov("Hải Dương"), com("Thanh Quang"), com("Cộng Hòa")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY HẢI DƯƠNG", "Trang chủ > Tin tức - Sự kiện > Tuyên giáo và Dân vận", "Dân vận khéo",
 "Lượt truy cập: 58.417"],
["Cập nhật 20/03/2025 - 15:50", "Ngày 18 và 19/3/2025", "năm 2025", "ngày 1/3/2025", "năm 2024", "đầu năm 2025",
 "chiều 19/3/2025", "Lượt truy cập: 58.417"]))
