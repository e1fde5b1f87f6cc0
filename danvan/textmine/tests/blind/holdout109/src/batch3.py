from lib import *
PAGES = []

PAGES.append(page("b2585-quangtri-bdv-baocao-caotoc-2021", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Trang chủ » Nghiên cứu - Trao đổi » Dân vận chính quyền
Cập nhật lúc 14:10 ngày 13/12/2021
Kết quả công tác dân vận trong giải phóng mặt bằng cao tốc Cam Lộ - La Sơn
Ban Dân vận Tỉnh ủy Quảng Trị vừa có Báo cáo số 112-BC/BDVTU ngày 10/12/2021 đánh giá kết quả công tác dân vận phục vụ giải phóng mặt bằng dự án đường bộ cao tốc Cam Lộ - La Sơn năm 2021.
Theo báo cáo, đoạn tuyến qua tỉnh dài 15,2 km, đi qua 3 xã Cam Thành, Cam Tuyền, Cam Chính, thu hồi 126,7 ha đất của 762 hộ gia đình, cá nhân; phải di dời 31 hộ có nhà ở, 1.284 ngôi mộ. Tổng kinh phí bồi thường, hỗ trợ được phê duyệt 198,5 tỷ đồng; đến ngày 30/11/2021 đã chi trả 193,2 tỷ đồng cho 748 hộ, đạt 98,2% số hộ.
Thực hiện Kế hoạch số 27-KH/TU của Tỉnh ủy và Hướng dẫn số 14-HD/BDVTU của Ban Dân vận Tỉnh ủy, các địa phương đã thành lập 18 tổ dân vận, huy động 216 cán bộ, đảng viên, đoàn viên, hội viên đến từng hộ tuyên truyền; tổ chức 23 buổi đối thoại với người dân. Các cơ quan đã tiếp nhận 67 đơn thư, kiến nghị, giải quyết 61 đơn, còn 6 đơn đang được xem xét.
Ở xã Cam Tuyền, đồng bào Vân Kiều ở bản Tân Hiệp đã hiến 2,3 ha đất rừng trồng để mở đường công vụ. Ông Hồ Văn Ngoan, Trưởng bản Tân Hiệp, là người đi đầu, vận động 16 hộ trong bản bàn giao đất trước thời hạn. Bà Nguyễn Thị Thu Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cam Lộ, cho biết Mặt trận các cấp đã tổ chức 5 cuộc giám sát việc kiểm đếm, chi trả, phát hiện và kiến nghị điều chỉnh 42 hồ sơ.
Báo cáo cũng chỉ ra hạn chế: việc xác định nguồn gốc đất ở một số thửa kéo dài; đơn giá bồi thường cây trồng chưa sát giá thị trường; khu tái định cư Cam Thành chậm hoàn thiện hạ tầng; vẫn còn 14 hộ chưa nhận tiền bồi thường.
Ban Dân vận Tỉnh ủy đề xuất Ban Thường vụ Tỉnh ủy chỉ đạo tiếp tục thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa XI và Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; UBND tỉnh sớm hoàn thiện khu tái định cư; nhân rộng mô hình "Dân vận khéo" trong giải phóng mặt bằng. Đồng chí Lê Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, nhấn mạnh: "Dân có đồng thuận thì dự án mới về đích".
Các địa phương được giao nhiệm vụ tiếp tục bám sát từng hộ còn vướng mắc, phối hợp với chủ đầu tư bảo đảm hoàn thành bàn giao mặt bằng trong quý I năm 2022.
Hương Giang
Lượt xem: 2.031
Tin khác
- Giao ban công tác dân vận quý IV năm 2021 (08/12/2021)
- Hướng Hóa: tặng 100 phần quà cho hộ nghèo (01/12/2021)
- Triệu Phong: đối thoại với người dân về chỉnh trang đô thị (24/11/2021)
""", "2021-12-13", "Kết quả công tác dân vận trong giải phóng mặt bằng cao tốc Cam Lộ - La Sơn",
E("bao_cao", "2021", "2021-12-10"),
[P("Hồ Văn Ngoan", "Trưởng bản Tân Hiệp"),
 P("Nguyễn Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cam Lộ"),
 P("Lê Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("15,2 km", 15.2, "km"), Q("3 xã", 3, "xã"), Q("126,7 ha", 126.7, "ha"), Q("762 hộ gia đình, cá nhân", 762, "hộ gia đình, cá nhân"),
 Q("31 hộ", 31, "hộ"), Q("1.284 ngôi mộ", 1284, "ngôi mộ"), Q("198,5 tỷ đồng", 198500000000, "đồng"),
 Q("193,2 tỷ đồng", 193200000000, "đồng"), Q("748 hộ", 748, "hộ"), Q("98,2%", 98.2, "%"), Q("18 tổ dân vận", 18, "tổ dân vận"),
 Q("216 cán bộ, đảng viên, đoàn viên, hội viên", 216, "cán bộ, đảng viên, đoàn viên, hội viên"), Q("23 buổi đối thoại", 23, "buổi đối thoại"),
 Q("67 đơn thư, kiến nghị", 67, "đơn thư, kiến nghị"), Q("61 đơn", 61, "đơn"), Q("6 đơn", 6, "đơn"), Q("2,3 ha", 2.3, "ha"),
 Q("16 hộ", 16, "hộ"), Q("14 hộ", 14, "hộ"), Q("5 cuộc giám sát", 5, "cuộc giám sát"), Q("42 hồ sơ", 42, "hồ sơ")],
[D("Báo cáo", "112", "BC/BDVTU", "2021-12-10", "Ban Dân vận Tỉnh ủy Quảng Trị", "Báo cáo số 112-BC/BDVTU ngày 10/12/2021"),
 D("Kế hoạch", "27", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 27-KH/TU"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương khóa XI", "Nghị quyết số 25-NQ/TW"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Quảng Trị"), com("Cam Thành"), com("Cam Tuyền"), com("Cam Chính")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Trang chủ » Nghiên cứu - Trao đổi » Dân vận chính quyền", "Dân vận khéo",
 "Dân có đồng thuận thì dự án mới về đích", "Lượt xem: 2.031", "Quy chế công tác dân vận của hệ thống chính trị"],
["Cập nhật lúc 14:10 ngày 13/12/2021", "năm 2021", "30/11/2021", "khóa XI", "quý I năm 2022", "Lượt xem: 2.031"]))

PAGES.append(page("b2586-daklak-mttq-giamsat-caotoc-2022", """
Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk - Cổng thông tin điện tử
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Thứ Năm, 09/06/2022
Giám sát bồi thường, hỗ trợ dự án cao tốc Khánh Hòa - Buôn Ma Thuột
Từ ngày 6 đến 8/6/2022, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk do ông Y Phôn Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát công tác bồi thường, hỗ trợ, tái định cư dự án đường bộ cao tốc Khánh Hòa - Buôn Ma Thuột giai đoạn 1 trên địa bàn tỉnh. Đây là nội dung giám sát chuyên đề năm 2022 của Mặt trận tỉnh.
Đoàn giám sát kiểm tra thực địa tại huyện M'Drắk. Ảnh: H'Xuân
Theo báo cáo, thực hiện Nghị quyết số 60/2022/QH15 của Quốc hội về chủ trương đầu tư dự án, đoạn qua tỉnh dài 48 km, đi qua 2 huyện M'Drắk, Krông Pắc và thành phố Buôn Ma Thuột, cần thu hồi khoảng 352 ha đất của 1.536 hộ. Đến nay đã kiểm đếm xong 1.124 hộ, phê duyệt phương án 412 hộ với kinh phí 298,6 tỷ đồng; dự kiến bố trí 4 khu tái định cư.
Qua tiếp xúc với người dân ở xã Ea Trang và xã Cư Prao, đoàn ghi nhận 36 ý kiến, kiến nghị. Ông Y Bhiông Êban, Trưởng buôn Đắk Phú, phản ánh đất rẫy của nhiều hộ chưa được cấp giấy chứng nhận nên lo ngại không được bồi thường. Bà H'Bình Mlô, Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Trang, đề nghị quan tâm việc làm cho phụ nữ khi gia đình bị thu hồi hết đất sản xuất. Ông Nông Văn Sình, người Tày ở thôn 6, đề nghị niêm yết công khai đơn giá cây cà phê, sầu riêng.
Ông Lương Xuân Bình, Phó Chủ tịch UBND huyện M'Drắk, cho biết huyện đã thành lập 6 tổ công tác, tổ chức 12 buổi đối thoại, đồng thời đề nghị tỉnh sớm ban hành đơn giá bồi thường cây trồng năm 2022.
Kết luận buổi giám sát, ông Y Phôn Niê đề nghị các địa phương thực hiện đúng Luật Đất đai, Nghị định số 47/2014/NĐ-CP và Nghị định số 06/2020/NĐ-CP của Chính phủ; công khai phương án bồi thường tại thôn, buôn; ưu tiên bố trí đất sản xuất thay vì chỉ bồi thường bằng tiền cho đồng bào dân tộc thiểu số; giải quyết dứt điểm các kiến nghị trước khi cưỡng chế. Đoàn giám sát sẽ ban hành văn bản kiến nghị theo Hướng dẫn số 12-HD/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.
Tại buổi làm việc với đoàn, đại diện Ban Quản lý dự án cho biết một số khó khăn: nguồn gốc đất phức tạp, nhiều thửa đất rẫy do người dân tự khai phá chưa được đo đạc bản đồ địa chính; giá cây cà phê, sầu riêng biến động mạnh; một số hộ chưa đồng thuận vì muốn được tái định cư tại chỗ.
Mặt trận các xã sẽ cử cán bộ tham gia 100% buổi kiểm đếm, áp giá, đồng thời vận động người dân sớm bàn giao mặt bằng để dự án khởi công đúng kế hoạch.
H'Xuân
Tin liên quan
- Krông Pắc: Mặt trận tiếp xúc người dân vùng dự án cao tốc (30/05/2022)
- Hội nghị phản biện dự thảo bảng giá đất (18/05/2022)
- Buôn Đôn trao 50 căn nhà Đại đoàn kết (09/05/2022)
""", "2022-06-09", "Giám sát bồi thường, hỗ trợ dự án cao tốc Khánh Hòa - Buôn Ma Thuột",
E("giam_sat", "2022", "2022-06-06"),
[P("Y Phôn Niê", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Bhiông Êban", "Trưởng buôn Đắk Phú"),
 P("H'Bình Mlô", "Phó Chủ tịch Hội Liên hiệp Phụ nữ xã Ea Trang"),
 P("Nông Văn Sình"),
 P("Lương Xuân Bình", "Phó Chủ tịch UBND huyện M'Drắk")],
[Q("48 km", 48, "km"), Q("2 huyện", 2, "huyện"), Q("khoảng 352 ha", 352, "ha", "approx"), Q("1.536 hộ", 1536, "hộ"),
 Q("1.124 hộ", 1124, "hộ"), Q("412 hộ", 412, "hộ"), Q("298,6 tỷ đồng", 298600000000, "đồng"),
 Q("4 khu tái định cư", 4, "khu tái định cư"), Q("36 ý kiến, kiến nghị", 36, "ý kiến, kiến nghị"), Q("6 tổ công tác", 6, "tổ công tác"),
 Q("12 buổi đối thoại", 12, "buổi đối thoại"), Q("100%", 100, "%")],
[D("Nghị quyết", "60", "2022/QH15", None, "Quốc hội", "Nghị quyết số 60/2022/QH15"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 47/2014/NĐ-CP"),
 D("Nghị định", "06", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 06/2020/NĐ-CP"),
 D("Hướng dẫn", "12", "HD/MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12-HD/MTTW-BTT")],
[prov("Đắk Lắk"), com("Ea Trang"), com("Cư Prao")],
["Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk - Cổng thông tin điện tử", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Đoàn giám sát kiểm tra thực địa tại huyện M'Drắk.", "Luật Đất đai", "thành phố Buôn Ma Thuột"],
["Thứ Năm, 09/06/2022", "năm 2022", "giai đoạn 1", "thôn 6"]))

PAGES.append(page("b2587-bacgiang-bdv-giaoban-kcn-2022", """
BAN DÂN VẬN TỈNH ỦY BẮC GIANG
Trang chủ › Tin tức - Sự kiện › Dân vận các cấp
Thứ Sáu, 07/10/2022, 10:20
Bàn giao 1.250 ha mặt bằng cho các khu công nghiệp
(BDV) - Sáng 6/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2022. Đồng chí Giáp Thị Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có các đồng chí: Nguyễn Văn Tuấn, Hà Văn Lệ - Phó Trưởng Ban Dân vận Tỉnh ủy.
Quý III, khối dân vận các cấp tập trung vận động nhân dân bàn giao mặt bằng cho các khu công nghiệp Quang Châu, Việt Hàn, Yên Lư và Hòa Phú mở rộng. Từ đầu năm đến nay, toàn tỉnh Bắc Giang đã bàn giao 1.250 ha mặt bằng, với 3.812 hộ nhận tiền bồi thường, hỗ trợ tổng số 1.940 tỷ đồng. Các doanh nghiệp trong 4 khu công nghiệp đã tuyển dụng khoảng 2.400 lao động là con em vùng dự án.
Thực hiện Nghị quyết 10, 11-NQ/TU của Ban Chấp hành Đảng bộ tỉnh và Quy chế phối hợp số 05-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy với UBND tỉnh, các huyện đã tổ chức 46 hội nghị đối thoại cấp xã, tiếp nhận 57 đơn thư, giải quyết 52 đơn. Trong quý xảy ra 2 vụ tụ tập đông người đòi nâng giá bồi thường ở huyện Việt Yên, đã được giải quyết ổn định.
Tại giao ban, đồng chí Vi Văn Pản, HUV, Trưởng Ban Dân vận Huyện ủy Lục Nam, đề xuất hỗ trợ học nghề cho lao động trên 35 tuổi mất đất sản xuất. Đồng chí Thân Thị Lụa, Huyện ủy viên, Phó Chủ tịch UBND huyện Việt Yên, cho biết huyện còn 127 hộ ở xã Nghĩa Trung chưa bàn giao mặt bằng dự án Khu công nghiệp Việt Hàn mở rộng, trong đó 36 hộ đề nghị được giao đất dịch vụ thay vì nhận tiền. Bà Hoàng Thị Sáu, Chủ tịch Hội Nông dân xã Nghĩa Trung, cho biết Hội đã vận động 85 hội viên bàn giao đất sớm.
Phát biểu kết luận, đồng chí Giáp Thị Thảo yêu cầu quý IV hoàn thành vận động số hộ còn lại; tiếp tục thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW; thực hiện đúng Luật Đất đai năm 2013; chuẩn bị tốt hội nghị tổng kết công tác dân vận năm 2022; biểu dương 12 tập thể và 20 cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo".
Ý kiến tại giao ban cũng nêu rõ một số tồn tại: việc xác định giá đất cụ thể ở một số dự án còn chậm; chính sách giao đất dịch vụ, đất tái định cư chưa đáp ứng nguyện vọng của người dân; một số chủ đầu tư chưa thực hiện cam kết tuyển dụng lao động địa phương. Công tác nắm tình hình dư luận ở cơ sở có lúc chưa kịp thời.
Thu Hằng
Tin liên quan
- Yên Dũng: đối thoại với người dân vùng dự án khu đô thị (29/09/2022)
- Hội thi "Dân vận khéo" tỉnh Bắc Giang năm 2022 (15/09/2022)
- Giao ban công tác dân vận quý II năm 2022 (08/07/2022)
""", "2022-10-07", "Bàn giao 1.250 ha mặt bằng cho các khu công nghiệp",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Giáp Thị Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tuấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Lệ", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Pản", "HUV", "Trưởng Ban Dân vận Huyện ủy Lục Nam"),
 P("Thân Thị Lụa", "Huyện ủy viên", "Phó Chủ tịch UBND huyện Việt Yên"),
 P("Hoàng Thị Sáu", "Chủ tịch Hội Nông dân xã Nghĩa Trung")],
[Q("1.250 ha", 1250, "ha"), Q("3.812 hộ", 3812, "hộ"), Q("1.940 tỷ đồng", 1940000000000, "đồng"),
 Q("4 khu công nghiệp", 4, "khu công nghiệp"), Q("khoảng 2.400 lao động", 2400, "lao động", "approx"),
 Q("46 hội nghị đối thoại cấp xã", 46, "hội nghị đối thoại cấp xã"), Q("57 đơn thư", 57, "đơn thư"), Q("52 đơn", 52, "đơn"),
 Q("2 vụ tụ tập đông người đòi nâng giá bồi thường", 2, "vụ tụ tập đông người đòi nâng giá bồi thường"),
 Q("127 hộ", 127, "hộ"), Q("36 hộ", 36, "hộ"), Q("85 hội viên", 85, "hội viên"), Q("12 tập thể", 12, "tập thể"),
 Q("20 cá nhân", 20, "cá nhân")],
[D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU"),
 D("Nghị quyết", "11", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10, 11-NQ/TU"),
 D("Quy chế phối hợp", "05", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 05-QC/BDVTU-UBND"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận số 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW")],
[prov("Bắc Giang"), com("Nghĩa Trung")],
["BAN DÂN VẬN TỈNH ỦY BẮC GIANG", "Trang chủ › Tin tức - Sự kiện › Dân vận các cấp", "(BDV)", "Dân vận khéo",
 "Luật Đất đai năm 2013", "Khu công nghiệp Việt Hàn mở rộng"],
["Thứ Sáu, 07/10/2022, 10:20", "quý III năm 2022", "Quý III", "quý IV", "năm 2022", "35 tuổi"]))

PAGES.append(page("b2588-laichau-hu-doithoai-thuydien-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NẬM NHÙN - TỈNH LAI CHÂU
Tin tức - Sự kiện / Chính trị / Xây dựng Đảng
Cập nhật lúc 17:20 ngày 16/06/2023
Ảnh: Quang cảnh hội nghị đối thoại.
Người đứng đầu cấp ủy, chính quyền đối thoại với Nhân dân vùng tái định cư thủy điện
Ngày 15/6/2023, Ban Thường vụ Huyện ủy Nậm Nhùn tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2023 tại xã Nậm Hàng. Đồng chí Lò Thị Kiều, Tỉnh ủy viên, Bí thư Huyện ủy và đồng chí Vàng A Dính, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện đồng chủ trì. Dự hội nghị có hơn 200 đại biểu đại diện 14 điểm tái định cư thủy điện Lai Châu.
Theo báo cáo, toàn huyện có 1.420 hộ tái định cư; sau hơn 10 năm về nơi ở mới, hạ tầng cơ bản đã hoàn thiện nhưng đời sống còn khó khăn, tỷ lệ hộ nghèo ở các điểm tái định cư là 38,4%; còn 356 hộ thiếu đất sản xuất. Thực hiện Quyết định số 2055/QĐ-TTg của Thủ tướng Chính phủ, huyện đã được bố trí 18,5 tỷ đồng để khai hoang 86 ha ruộng bậc thang, hỗ trợ 1.200 con giống gia súc.
Tại hội nghị, bà con nêu 62 ý kiến. Ông Lỳ Gò Xá ở bản Nậm Ngà 2 đề nghị làm lại 3 km đường nội đồng bị sạt lở. Bà Tẩn Mý Mẩy ở bản Huổi Dạo đề nghị cấp giấy chứng nhận quyền sử dụng đất cho 48 hộ trong bản. Ông Chìn A Pồ, Trưởng bản Nậm Cày, phản ánh 27 hộ chưa được nhận tiền hỗ trợ di dân bổ sung với tổng số 1,35 tỷ đồng.
Các đồng chí trong thường trực Huyện ủy, UBND huyện đã trả lời trực tiếp 47 ý kiến; 15 ý kiến được giao các cơ quan chuyên môn trả lời bằng văn bản trước ngày 30/7/2023. Đồng chí Lù Văn Thắm, Phó Chủ tịch UBND huyện, cho biết sẽ khởi công tuyến đường Nậm Ngà 2 trong quý III và hoàn thành việc cấp giấy chứng nhận cho bản Huổi Dạo trong năm 2023.
Kết luận hội nghị, đồng chí Lò Thị Kiều yêu cầu các cơ quan thực hiện nghiêm Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân; triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 và Kế hoạch số 142-KH/HU của Ban Thường vụ Huyện ủy; định kỳ 6 tháng báo cáo kết quả giải quyết kiến nghị của Nhân dân.
Được biết, đây là lần thứ 2 trong năm 2023 lãnh đạo huyện đối thoại trực tiếp với người dân vùng tái định cư. Sau hội nghị, nhiều hộ dân bày tỏ phấn khởi vì các kiến nghị được lắng nghe, trả lời cụ thể, có thời hạn rõ ràng.
Thu Trang - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
Bài viết liên quan
- Nậm Nhùn: giao ban công tác dân vận quý II năm 2023 (09/06/2023)
- Trao 30 con bò giống cho hộ nghèo xã Trung Chải (25/05/2023)
- Hội nghị người có uy tín huyện năm 2023 (11/05/2023)
""", "2023-06-16", "Người đứng đầu cấp ủy, chính quyền đối thoại với Nhân dân vùng tái định cư thủy điện",
E("doi_thoai", "2023", "2023-06-15"),
[P("Lò Thị Kiều", "Tỉnh ủy viên", "Bí thư Huyện ủy"),
 P("Vàng A Dính", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lỳ Gò Xá"), P("Tẩn Mý Mẩy"),
 P("Chìn A Pồ", "Trưởng bản Nậm Cày"),
 P("Lù Văn Thắm", "Phó Chủ tịch UBND huyện")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("14 điểm tái định cư", 14, "điểm tái định cư"), Q("1.420 hộ tái định cư", 1420, "hộ tái định cư"),
 Q("38,4%", 38.4, "%"), Q("356 hộ", 356, "hộ"), Q("18,5 tỷ đồng", 18500000000, "đồng"), Q("86 ha", 86, "ha"),
 Q("1.200 con giống gia súc", 1200, "con giống gia súc"), Q("62 ý kiến", 62, "ý kiến"), Q("3 km", 3, "km"), Q("48 hộ", 48, "hộ"),
 Q("27 hộ", 27, "hộ"), Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("47 ý kiến", 47, "ý kiến"), Q("15 ý kiến", 15, "ý kiến")],
[D("Quyết định", "2055", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2055/QĐ-TTg"),
 D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Luật", "10", "2022/QH15", None, None, "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Kế hoạch", "142", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 142-KH/HU")],
[prov("Lai Châu"), com("Nậm Hàng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NẬM NHÙN - TỈNH LAI CHÂU", "Tin tức - Sự kiện / Chính trị / Xây dựng Đảng",
 "Ảnh: Quang cảnh hội nghị đối thoại.", "thủy điện Lai Châu", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện"],
["Cập nhật lúc 17:20 ngày 16/06/2023", "năm 2023", "hơn 10 năm", "30/7/2023", "quý III", "6 tháng", "lần thứ 2"]))

PAGES.append(page("b2589-dongnai-mttq-giamsat-longthanh-2023", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI
Trang chủ :: Giám sát - Phản biện :: Tin hoạt động
Thứ Năm, 28/09/2023 | 08:00
Giám sát khu tái định cư Lộc An - Bình Sơn phục vụ dự án sân bay Long Thành
Ngày 26/9/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Đồng Nai do bà Trịnh Thị Kim Yến, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc bố trí tái định cư, hỗ trợ ổn định đời sống cho người dân bị thu hồi đất thực hiện dự án Cảng hàng không quốc tế Long Thành. Đây là 1 trong 5 cuộc giám sát chuyên đề năm 2023 của Mặt trận tỉnh.
Đoàn giám sát khảo sát tại khu tái định cư. Ảnh: Bảo Ngọc
Theo báo cáo của UBND huyện Long Thành, thực hiện Nghị quyết số 94/2015/QH13 ngày 25/6/2015 và Nghị quyết số 53/2017/QH14 của Quốc hội, dự án thu hồi 5.000 ha đất, ảnh hưởng đến 4.732 hộ, trong đó 3.810 hộ phải tái định cư. Khu tái định cư Lộc An - Bình Sơn rộng 282 ha, có 4.935 lô đất; đến nay đã giao 3.640 lô, 2.116 hộ đã xây dựng nhà ở. Tổng kinh phí bồi thường, hỗ trợ, tái định cư khoảng 18.000 tỷ đồng, đã chi trả 17.430 tỷ đồng, đạt 96,8%.
Qua tiếp xúc, người dân nêu 22 ý kiến, kiến nghị. Ông Lưu Quốc Tài ở khu tái định cư đề nghị sớm hoàn thành trường học, chợ và trạm y tế. Bà Nguyễn Thị Hạnh, Chi hội trưởng Chi hội Phụ nữ ấp Bình Lâm, đề nghị tiếp tục đào tạo nghề cho hơn 1.100 lao động nữ mất việc làm nông nghiệp. Ông Đào Văn Tiến, người dân tộc Chơ Ro, cho biết gia đình đã nhận đất nhưng chưa có tiền xây nhà.
Ông Võ Văn Phi, Phó Chủ tịch UBND huyện Long Thành, cho biết huyện đã đào tạo nghề cho 6.237 lao động, giới thiệu việc làm cho 4.118 người; mỗi nhân khẩu được hỗ trợ lương thực 30 kg gạo/tháng trong 12 tháng. Còn 41 trường hợp khiếu nại về giá bồi thường đang được xem xét.
Ông Hà Minh Trí, Ủy viên Ban Thường vụ, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị huyện công khai danh sách các hộ chưa được giao lô, có lộ trình giải quyết dứt điểm các khiếu nại.
Kết luận, bà Trịnh Thị Kim Yến đề nghị UBND huyện thực hiện Kế hoạch số 142/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2023; tập trung hoàn thiện 3 trường học và trạm y tế trước năm học mới; đối thoại định kỳ với người dân xã Lộc An và xã Bình Sơn; phát huy vai trò Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.
Bảo Ngọc
Tin liên quan
- Nhơn Trạch: Mặt trận giám sát bồi thường dự án đường vành đai 3 (19/09/2023)
- Hội nghị phản biện dự thảo bảng giá đất tỉnh Đồng Nai (08/09/2023)
- Trao 120 căn nhà Đại đoàn kết cho hộ nghèo (30/08/2023)
""", "2023-09-28", "Giám sát khu tái định cư Lộc An - Bình Sơn phục vụ dự án sân bay Long Thành",
E("giam_sat", "2023", "2023-09-26"),
[P("Trịnh Thị Kim Yến", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lưu Quốc Tài"),
 P("Nguyễn Thị Hạnh", "Chi hội trưởng Chi hội Phụ nữ ấp Bình Lâm"),
 P("Đào Văn Tiến"),
 P("Võ Văn Phi", "Phó Chủ tịch UBND huyện Long Thành"),
 P("Hà Minh Trí", "Ủy viên Ban Thường vụ", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề"), Q("5.000 ha", 5000, "ha"), Q("4.732 hộ", 4732, "hộ"),
 Q("3.810 hộ", 3810, "hộ"), Q("282 ha", 282, "ha"), Q("4.935 lô đất", 4935, "lô đất"), Q("3.640 lô", 3640, "lô"),
 Q("2.116 hộ", 2116, "hộ"), Q("khoảng 18.000 tỷ đồng", 18000000000000, "đồng", "approx"), Q("17.430 tỷ đồng", 17430000000000, "đồng"),
 Q("96,8%", 96.8, "%"), Q("22 ý kiến, kiến nghị", 22, "ý kiến, kiến nghị"), Q("hơn 1.100 lao động nữ", 1100, "lao động nữ", "over"),
 Q("6.237 lao động", 6237, "lao động"), Q("4.118 người", 4118, "người"), Q("30 kg", 30, "kg"), Q("41 trường hợp", 41, "trường hợp"),
 Q("3 trường học", 3, "trường học")],
[D("Nghị quyết", "94", "2015/QH13", "2015-06-25", "Quốc hội", "Nghị quyết số 94/2015/QH13 ngày 25/6/2015"),
 D("Nghị quyết", "53", "2017/QH14", None, "Quốc hội", "Nghị quyết số 53/2017/QH14"),
 D("Kế hoạch", "142", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 142/KH-MTTQ-BTT")],
[prov("Đồng Nai"), com("Lộc An"), com("Bình Sơn")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐỒNG NAI", "Trang chủ :: Giám sát - Phản biện :: Tin hoạt động", "Đoàn giám sát khảo sát tại khu tái định cư.",
 "Cảng hàng không quốc tế Long Thành", "Ban Thanh tra nhân dân", "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Năm, 28/09/2023 | 08:00", "1 trong 5", "năm 2023", "12 tháng"]))

PAGES.append(page("b2590-haugiang-bdv-soket-caotoc-2024", """
Ban Dân vận Tỉnh ủy Hậu Giang
Trang chủ > Tin tức > Hoạt động dân vận
Thứ Hai, 22/07/2024 - 06:00
Toàn cảnh hội nghị.
Dân vận góp phần đẩy nhanh tiến độ cao tốc qua địa bàn tỉnh
Ngày 19/7/2024, Ban Dân vận Tỉnh ủy Hậu Giang tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Đồng chí Lê Thị Mỹ Duyên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì; tham dự có 31 đồng chí là lãnh đạo ban dân vận các huyện, thị, thành ủy và khối dân vận.
Theo báo cáo, 6 tháng đầu năm, khối dân vận tập trung phối hợp giải phóng mặt bằng dự án đường bộ cao tốc Châu Đốc - Cần Thơ - Sóc Trăng. Thực hiện Nghị quyết số 58/2022/QH15 của Quốc hội và Chương trình hành động số 14-CTr/TU của Tỉnh ủy, đoạn qua tỉnh dài 37,1 km, thu hồi khoảng 310 ha đất của 1.645 hộ; đến ngày 30/6/2024 đã chi trả 2.218 tỷ đồng cho 1.591 hộ, bàn giao mặt bằng đạt 96,7%. Tỉnh đã xây dựng 5 khu tái định cư với 642 nền.
Các cấp đã tiếp 438 lượt công dân, nhận 83 đơn thư khiếu nại, kiến nghị liên quan đến bồi thường, giải quyết 75 đơn. Hệ thống dân vận đã vận động 126 hộ hiến đất làm đường dẫn vào khu tái định cư với diện tích 18.400 m2.
Tại hội nghị, Hòa thượng Lý Sa Khone, Trụ trì chùa Xẻo Môn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, chia sẻ việc vận động 43 hộ đồng bào Khmer ở ấp Xẻo Môn di dời, trong đó có 2 hộ là gia đình chức sắc. Đồng chí Kim Sa Quân, HUV, Trưởng Ban Dân vận Huyện ủy Châu Thành A, đề nghị sớm ban hành giá đất tái định cư. Bà Danh Thị Sa Bol, người dân ấp Tân Long, cho biết gia đình mất 3.200 m2 ruộng nhưng được hỗ trợ chuyển đổi nghề 312 triệu đồng.
Hội nghị đã chúc mừng đồng chí Trần Văn Út vừa được tín nhiệm giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Phát biểu kết luận, đồng chí Lê Thị Mỹ Duyên yêu cầu 6 tháng cuối năm hoàn thành bàn giao 100% mặt bằng; tiếp tục thực hiện Kết luận số 43-KL/TU ngày 12/3/2024 của Ban Thường vụ Tỉnh ủy về công tác dân vận trong các công trình trọng điểm; phát động phong trào "Dân vận khéo" gắn với giải phóng mặt bằng; nhân rộng cách làm "3 cùng, 4 biết" của cán bộ dân vận cơ sở.
Ý kiến các đại biểu cũng cho rằng một số hộ còn so bì mức bồi thường giữa các dự án; việc xác định giá đất cụ thể còn chậm; khu tái định cư tại xã Tân Phú Thạnh chưa có hệ thống thoát nước, cần sớm hoàn thiện trước mùa mưa.
Phương Thảo
Tin khác
- Phụng Hiệp: đối thoại với người dân vùng dự án cao tốc (12/07/2024)
- Giao ban khối dân vận quý II năm 2024 (04/07/2024)
- Vị Thanh trao 50 căn nhà Đại đoàn kết (27/06/2024)
""", "2024-07-22", "Dân vận góp phần đẩy nhanh tiến độ cao tốc qua địa bàn tỉnh",
E("so_ket", "2024-H1", "2024-07-19"),
[P("Lê Thị Mỹ Duyên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Sa Khone", "Hòa thượng", "Trụ trì chùa Xẻo Môn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sa Quân", "HUV", "Trưởng Ban Dân vận Huyện ủy Châu Thành A"),
 P("Danh Thị Sa Bol"),
 P("Trần Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("31 đồng chí", 31, "đồng chí"), Q("37,1 km", 37.1, "km"), Q("khoảng 310 ha", 310, "ha", "approx"), Q("1.645 hộ", 1645, "hộ"),
 Q("2.218 tỷ đồng", 2218000000000, "đồng"), Q("1.591 hộ", 1591, "hộ"), Q("96,7%", 96.7, "%"),
 Q("5 khu tái định cư", 5, "khu tái định cư"), Q("642 nền", 642, "nền"), Q("438 lượt công dân", 438, "lượt công dân"),
 Q("83 đơn thư khiếu nại, kiến nghị", 83, "đơn thư khiếu nại, kiến nghị"), Q("75 đơn", 75, "đơn"), Q("126 hộ", 126, "hộ"),
 Q("18.400 m2", 18400, "m2"), Q("43 hộ đồng bào Khmer", 43, "hộ đồng bào Khmer"), Q("2 hộ", 2, "hộ"), Q("3.200 m2", 3200, "m2"),
 Q("312 triệu đồng", 312000000, "đồng"), Q("100%", 100, "%")],
[D("Nghị quyết", "58", "2022/QH15", None, "Quốc hội", "Nghị quyết số 58/2022/QH15"),
 D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 14-CTr/TU"),
 D("Kết luận", "43", "KL/TU", "2024-03-12", "Ban Thường vụ Tỉnh ủy", "Kết luận số 43-KL/TU ngày 12/3/2024")],
[prov("Hậu Giang"), com("Tân Phú Thạnh")],
["Ban Dân vận Tỉnh ủy Hậu Giang", "Trang chủ > Tin tức > Hoạt động dân vận", "Toàn cảnh hội nghị.", "Dân vận khéo", "3 cùng, 4 biết"],
["Thứ Hai, 22/07/2024 - 06:00", "6 tháng đầu năm", "6 tháng cuối năm 2024", "31 đồng chí", "30/6/2024", "3 cùng, 4 biết"]))
