"""holdout35 batch 2: b803-b808 (Điện Biên 2017, Cà Mau 2017, Quảng Trị 2018, Long An 2019, Hòa Bình 2019, Khánh Hòa 2020)."""
from lib import Q, D, P, page, E, prov, com

PAGES = []

# ---------------------------------------------------------------- b803
PAGES.append(page(
"b803-dienbien-traoqua-tet-nguoicouytin-2017",
"""
BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ
Trang chủ » Chính trị » Dân tộc - Tôn giáo
Cập nhật lúc: 09:20 - 17/01/2017
Mang Tết đến với người có uy tín vùng biên Mường Nhé
Ngày 16/1, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lò Văn Piếng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà người có uy tín, hộ nghèo tại các xã Chung Chải, Sín Thầu, huyện Mường Nhé nhân dịp Tết Nguyên đán Đinh Dậu 2017.
Đồng chí Lò Văn Piếng tặng quà người có uy tín xã Sín Thầu.
Tại trụ sở Đảng ủy xã Chung Chải, đoàn đã tặng 72 suất quà cho người có uy tín của các bản trong xã và các xã lân cận, mỗi suất trị giá 700.000 đồng, tổng trị giá 50,4 triệu đồng. Cùng đi với đoàn, Đồn Biên phòng Sín Thầu trao thêm 1,5 tấn gạo hỗ trợ các hộ thiếu đói giáp hạt.
Báo cáo với đoàn, đồng chí Giàng A Chu, Bí thư Đảng ủy xã Chung Chải cho biết: năm 2016, xã có 14 bản với 1.126 hộ, tỷ lệ hộ nghèo còn trên 60%. Nhờ vai trò của người có uy tín, tình trạng di cư tự do giảm hẳn; không còn hộ nào theo đạo trái pháp luật; 3 vụ tranh chấp đất nương được hòa giải ngay tại bản. Trưởng bản Huổi Lụ Sùng A Nủ kể, có thời điểm cả bản có 9 hộ định bỏ đi nơi khác, ông cùng cán bộ biên phòng đến từng nhà giải thích, vận động, đến nay các hộ đã ở lại làm ăn ổn định.
Ông Lỳ Xà Phứ (dân tộc Hà Nhì), người có uy tín bản Tả Ló San bày tỏ vui mừng khi được lãnh đạo tỉnh đến thăm; ông hứa sẽ tiếp tục vận động con cháu không nghe theo kẻ xấu, giữ gìn đường biên, cột mốc. Trung tá Lò Văn Toản, Chính trị viên Đồn Biên phòng Sín Thầu thông tin, năm qua đồn đã phối hợp với 26 người có uy tín tổ chức 48 buổi tuyên truyền tại các bản.
Thay mặt đoàn, đồng chí Lò Văn Piếng ghi nhận sự đóng góp của đội ngũ người có uy tín trong giữ gìn an ninh vùng biên. Theo đồng chí, toàn tỉnh hiện có 1.672 người có uy tín; các chế độ thăm hỏi, tặng quà được thực hiện theo Quyết định 18/2011/QĐ-TTg, Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch 245-KH/TU của Tỉnh ủy về tổ chức Tết Đinh Dậu năm 2017. Đồng chí đề nghị cấp ủy, chính quyền xã quan tâm để đồng bào đón Tết vui tươi, an toàn, không để hộ nào thiếu đói trong dịp Tết.
Trước đó, đoàn đã thăm, tặng 40 suất quà, mỗi suất 500.000 đồng cho các hộ nghèo ở bản Huổi Lụ. Theo kế hoạch, từ nay đến ngày 25/1, các đoàn công tác của tỉnh Điện Biên sẽ tiếp tục thăm, tặng quà người có uy tín ở 10 huyện, thị xã, thành phố.
Tin, ảnh: Quàng Hương
Tin cùng chuyên mục
- Tủa Chùa: 230 người có uy tín được thăm, tặng quà Tết (13/01/2017)
- Mường Ảng tổ chức hội nghị cung cấp thông tin cho người có uy tín (06/01/2017)
- Ban Dân vận Tỉnh ủy tổng kết công tác năm 2016 (28/12/2016)
""",
"2017-01-17",
"Mang Tết đến với người có uy tín vùng biên Mường Nhé",
E("trao_qua", None, "2017-01-16"),
[
    P("Lò Văn Piếng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Giàng A Chu", "Bí thư Đảng ủy xã Chung Chải"),
    P("Sùng A Nủ", "Trưởng bản Huổi Lụ"),
    P("Lỳ Xà Phứ", "người có uy tín bản Tả Ló San"),
    P("Lò Văn Toản", "Trung tá", "Chính trị viên Đồn Biên phòng Sín Thầu"),
],
[
    Q("72 suất quà", 72, "suất quà"),
    Q("700.000 đồng", 700000, "đồng"),
    Q("50,4 triệu đồng", 50400000, "đồng"),
    Q("1,5 tấn gạo", 1.5, "tấn"),
    Q("14 bản", 14, "bản"),
    Q("1.126 hộ", 1126, "hộ"),
    Q("trên 60%", 60, "%", "over"),
    Q("3 vụ tranh chấp", 3, "vụ tranh chấp đất nương"),
    Q("9 hộ", 9, "hộ"),
    Q("26 người có uy tín", 26, "người có uy tín"),
    Q("48 buổi tuyên truyền", 48, "buổi tuyên truyền"),
    Q("1.672 người có uy tín", 1672, "người có uy tín"),
    Q("40 suất quà", 40, "suất quà"),
    Q("500.000 đồng", 500000, "đồng"),
    Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
],
[
    D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 18/2011/QĐ-TTg"),
    D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", surface="Quyết định 56/2013/QĐ-TTg của Thủ tướng Chính phủ"),
    D("Kế hoạch", "245", "KH/TU", None, "Tỉnh ủy", surface="Kế hoạch 245-KH/TU của Tỉnh ủy"),
],
[prov("Điện Biên"), com("Chung Chải"), com("Sín Thầu")],
["BÁO ĐIỆN BIÊN PHỦ ĐIỆN TỬ", "Trang chủ » Chính trị » Dân tộc - Tôn giáo",
 "Đồng chí Lò Văn Piếng tặng quà người có uy tín xã Sín Thầu.", "Đồn Biên phòng Sín Thầu", "Huổi Lụ", "Tả Ló San"],
["Cập nhật lúc: 09:20 - 17/01/2017", "Tết Nguyên đán Đinh Dậu 2017", "năm 2016", "Tết Đinh Dậu năm 2017", "ngày 25/1"],
))

# ---------------------------------------------------------------- b804
PAGES.append(page(
"b804-camau-bdv-giaoban-thang10-2017",
"""
Ban Dân vận Tỉnh ủy Cà Mau - Trang thông tin điện tử
Trang chủ - Tin hoạt động - Công tác dân vận
Thứ Sáu, ngày 03/11/2017 - 14:30
Chủ động nắm tình hình nhân dân vùng sạt lở và vùng dự án
Sáng 2/11, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận tháng 10/2017 với Ban Dân vận các huyện ủy, thành ủy và Đảng ủy khối. Đồng chí Trần Quốc Khởi, TUV, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo nhanh của các địa phương, trong tháng tình hình tư tưởng nhân dân cơ bản ổn định; người nuôi tôm phấn khởi vì giá tôm thẻ tăng. Tuy nhiên, nhân dân ven biển Tây lo lắng trước tình trạng sạt lở bờ biển diễn biến nhanh: tại xã Khánh Bình Tây, huyện Trần Văn Thời, khoảng 3,2 km đê biển bị sạt lở nghiêm trọng, 126 hộ dân phải di dời khẩn cấp. Ban Dân vận Huyện ủy đã phối hợp với Mặt trận, các đoàn thể vận động 58 hộ tự nguyện tháo dỡ nhà, chuyển vào khu tạm cư; các hộ còn lại được bố trí ở nhờ nhà người thân.
Ở vùng dự án khu du lịch tại xã Đất Mũi, huyện Ngọc Hiển, còn 27 hộ chưa đồng thuận với phương án bồi thường. Đồng chí Danh Tươi, Trưởng Ban Dân vận Huyện ủy Ngọc Hiển cho biết, huyện đã tổ chức 2 cuộc đối thoại, chủ đầu tư đồng ý nâng mức hỗ trợ chuyển đổi nghề lên 15 triệu đồng/lao động; dự kiến trong tháng 11 sẽ đối thoại tiếp với các hộ còn lại.
Trong tháng, các cơ quan dân vận và chính quyền tiếp 212 lượt công dân, nhận 58 đơn; trong đó 41 đơn thuộc lĩnh vực đất đai. Tại thành phố Cà Mau, một số hộ tiểu thương chợ Phường 7 có đơn kiến nghị về việc di dời chợ, đã được UBND phường đối thoại, giải thích.
Đại đức Lý Sà Ranh, trụ trì chùa Cao Dân, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, phản ánh tâm tư của đồng bào Khmer về việc hỗ trợ sửa chữa sala chùa bị dông lốc làm tốc mái. Đồng chí Trần Quốc Khởi đề nghị Ban Dân vận Thành ủy phối hợp Ban Dân tộc tỉnh kiểm tra, đề xuất hỗ trợ ngay.
Kết luận giao ban, đồng chí Trần Quốc Khởi yêu cầu: tháng 11, khối dân vận tập trung thực hiện Chỉ thị 12-CT/TU ngày 05/6/2017 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong giải phóng mặt bằng; triển khai chương trình số 07-CTr/BDVTU của Ban Dân vận Tỉnh ủy về phát huy vai trò người có uy tín trong đồng bào Khmer; rà soát, hoàn thiện hồ sơ đề nghị khen thưởng 5 năm phong trào thi đua "Dân vận khéo". Ban Dân vận các huyện ủy báo cáo tình hình nhân dân trước ngày 25 hằng tháng, vụ việc đột xuất báo cáo ngay trong ngày.
Hải Yến
Tin khác
- Năm Căn: Vận động 35 hộ dân hiến đất xây cầu nông thôn (27/10/2017)
- Gặp mặt chức sắc, chức việc Cao Đài nhân lễ Hội Yến Diêu Trì Cung (18/10/2017)
- U Minh: Dân vận khéo trong giải quyết tranh chấp đất rừng (06/10/2017)
""",
"2017-11-03",
"Chủ động nắm tình hình nhân dân vùng sạt lở và vùng dự án",
E("giao_ban", "2017-10", "2017-11-02"),
[
    P("Trần Quốc Khởi", "TUV", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
    P("Danh Tươi", "Trưởng Ban Dân vận Huyện ủy Ngọc Hiển"),
    P("Lý Sà Ranh", "Đại đức", "trụ trì chùa Cao Dân", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
],
[
    Q("khoảng 3,2 km", 3.2, "km", "approx"),
    Q("126 hộ dân", 126, "hộ dân"),
    Q("58 hộ", 58, "hộ"),
    Q("27 hộ", 27, "hộ"),
    Q("2 cuộc đối thoại", 2, "cuộc đối thoại"),
    Q("15 triệu đồng", 15000000, "đồng"),
    Q("212 lượt công dân", 212, "lượt công dân"),
    Q("58 đơn", 58, "đơn"),
    Q("41 đơn", 41, "đơn"),
],
[
    D("Chỉ thị", "12", "CT/TU", "2017-06-05", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 12-CT/TU ngày 05/6/2017 của Ban Thường vụ Tỉnh ủy"),
    D("Chương trình", "07", "CTr/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="chương trình số 07-CTr/BDVTU của Ban Dân vận Tỉnh ủy"),
],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Đất Mũi"), com("Phường 7")],
["Ban Dân vận Tỉnh ủy Cà Mau - Trang thông tin điện tử", "Trang chủ - Tin hoạt động - Công tác dân vận",
 "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước tỉnh", "chùa Cao Dân", "Ban Dân tộc tỉnh", "Trần Văn Thời"],
["Thứ Sáu, ngày 03/11/2017 - 14:30", "tháng 10/2017", "tháng 11", "trước ngày 25 hằng tháng", "5 năm",
 "15 triệu đồng/lao động"],
))

# ---------------------------------------------------------------- b805
PAGES.append(page(
"b805-quangtri-tuyenduong-giaolang-bienphong-2018",
"""
Báo Quảng Trị Online
Thời sự › Quốc phòng - An ninh
26/10/2018 14:22 GMT+7
Tuyên dương 120 già làng, trưởng bản, người có uy tín khu vực biên giới
QTO - Ngày 25/10, tại huyện Hướng Hóa, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tuyên dương già làng, trưởng bản, người có uy tín tiêu biểu khu vực biên giới năm 2018.
Đại tá Hồ Thanh Bình trao giấy khen cho các già làng, trưởng bản.
Dự hội nghị có đồng chí Hồ Thị Kim Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Hồ Thanh Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh cùng 120 già làng, trưởng bản, người có uy tín đồng bào Vân Kiều, Pa Kô ở 11 xã biên giới thuộc 2 huyện Hướng Hóa và Đakrông.
Báo cáo tại hội nghị, Thượng tá Lê Văn Sửu, Phó Chính ủy Bộ đội Biên phòng tỉnh cho biết: từ đầu năm đến nay, các đồn biên phòng đã phối hợp với người có uy tín tổ chức 312 buổi tuyên truyền cho hơn 9.800 lượt người; già làng, trưởng bản đã tham gia cùng bộ đội tuần tra 146 lần, phát hiện 17 vụ việc vi phạm quy chế biên giới; vận động 235 hộ không trồng cây thuốc phiện, không tàng trữ vũ khí, vật liệu nổ. Nhờ sự tham gia của người có uy tín, 11/11 xã biên giới không có khiếu kiện đông người, không phát sinh điểm nóng.
Tại hội nghị, nhiều già làng chia sẻ kinh nghiệm. Già làng Hồ Văn Lìa ở bản A Xóc, xã A Dơi kể việc ông vận động con cháu trả lại 2 ha đất rẫy lấn chiếm trong hành lang biên giới. Ông Kăn Tiến, trưởng bản Cu Pua, xã A Vao đề nghị tiếp tục cử cán bộ biên phòng tăng cường về bản giúp dân làm kinh tế. Bà Hồ Thị Pi Rinh, Bí thư Chi bộ thôn Ra Ly, xã Thanh, đề nghị có thêm lớp học xóa mù chữ cho phụ nữ.
Phát biểu tại hội nghị, đồng chí Hồ Thị Kim Thu ghi nhận vai trò cầu nối của người có uy tín giữa Đảng, chính quyền với đồng bào. Đồng chí đề nghị Bộ đội Biên phòng tỉnh tiếp tục thực hiện tốt Quy chế phối hợp số 05-QC/BDVTU-BCHBĐBP giữa Ban Dân vận Tỉnh ủy và Bộ Chỉ huy Bộ đội Biên phòng tỉnh; các địa phương triển khai đầy đủ chính sách đối với người có uy tín theo Quyết định 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ, vận động bà con tích cực tham gia phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia".
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng giấy khen cho 25 già làng, trưởng bản tiêu biểu; mỗi đại biểu dự hội nghị được tặng 1 chiếc radio và 300.000 đồng tiền mặt.
Trúc Lâm
Bài viết liên quan
- Đakrông: Đối thoại với nhân dân vùng thủy điện (12/10/2018)
- Gặp mặt 200 người có uy tín tiêu biểu năm 2018 (28/09/2018)
- Ban Dân vận Tỉnh ủy sơ kết công tác 9 tháng (05/10/2018)
""",
"2018-10-26",
"Tuyên dương 120 già làng, trưởng bản, người có uy tín khu vực biên giới",
E("hoi_nghi", "2018", "2018-10-25"),
[
    P("Hồ Thị Kim Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Hồ Thanh Bình", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
    P("Lê Văn Sửu", "Thượng tá", "Phó Chính ủy Bộ đội Biên phòng tỉnh"),
    P("Hồ Văn Lìa", "Già làng"),
    P("Kăn Tiến", "trưởng bản Cu Pua"),
    P("Hồ Thị Pi Rinh", "Bí thư Chi bộ thôn Ra Ly"),
],
[
    Q("120 già làng", 120, "già làng, trưởng bản, người có uy tín"),
    Q("11 xã biên giới", 11, "xã biên giới"),
    Q("2 huyện", 2, "huyện"),
    Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"),
    Q("hơn 9.800 lượt người", 9800, "lượt người", "over"),
    Q("146 lần", 146, "lần"),
    Q("17 vụ việc", 17, "vụ việc vi phạm quy chế biên giới"),
    Q("235 hộ", 235, "hộ"),
    Q("2 ha", 2, "ha"),
    Q("25 già làng", 25, "già làng, trưởng bản tiêu biểu"),
    Q("300.000 đồng", 300000, "đồng"),
],
[
    D("Quy chế", "05", "QC/BDVTU-BCHBĐBP", None, None, surface="Quy chế phối hợp số 05-QC/BDVTU-BCHBĐBP"),
    D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", surface="Quyết định 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ"),
],
[prov("Quảng Trị"), com("A Dơi"), com("A Vao"), com("Thanh")],
["Báo Quảng Trị Online", "Thời sự › Quốc phòng - An ninh", "QTO",
 "Đại tá Hồ Thanh Bình trao giấy khen cho các già làng, trưởng bản.",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia", "A Xóc", "Ra Ly"],
["26/10/2018 14:22 GMT+7", "năm 2018", "11/11 xã biên giới", "1 chiếc radio"],
))

# ---------------------------------------------------------------- b806
PAGES.append(page(
"b806-longan-xa-doithoai-moitruong-2019",
"""
BÁO LONG AN ONLINE
Trang chủ / Chính trị / Xây dựng Đảng
Thứ Bảy, 11/05/2019, 07:30
Bến Lức: Đối thoại về ô nhiễm, doanh nghiệp cam kết khắc phục trong 90 ngày
Chiều 10/5, Đảng ủy, UBND xã Lương Hòa, huyện Bến Lức tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2019. Nội dung được bà con quan tâm nhất là tình trạng ô nhiễm mùi hôi, khói bụi từ một nhà máy sản xuất giấy đóng trên địa bàn ấp 3.
Ông Trần Văn Lợi, ấp 3, phát biểu tại hội nghị đối thoại.
Hội nghị do đồng chí Võ Văn Mười, Bí thư Đảng ủy xã và ông Phạm Hữu Tài, Phó Bí thư Đảng ủy, Chủ tịch UBND xã chủ trì; dự có bà Đỗ Thị Thu Hà, Phó Trưởng Ban Dân vận Huyện ủy Bến Lức, đại diện Phòng Tài nguyên và Môi trường huyện, lãnh đạo doanh nghiệp và khoảng 250 người dân.
Trước đó, từ tháng 2/2019, người dân 3 ấp gồm ấp 2, ấp 3 và ấp 4 đã nhiều lần gửi đơn phản ánh; có thời điểm khoảng 40 người tụ tập trước cổng nhà máy. Qua nắm tình hình, Đảng ủy xã đã báo cáo Ban Thường vụ Huyện ủy, đồng thời giao Mặt trận và các đoàn thể đến từng hộ lắng nghe ý kiến, không để vụ việc phức tạp thêm.
Tại buổi đối thoại, 14 lượt ý kiến đã được nêu. Ông Trần Văn Lợi bức xúc: "Mùi hôi nặng nhất vào ban đêm, nhà tôi có 2 đứa nhỏ ho suốt mấy tháng nay". Bà Nguyễn Thị Bé Năm, Trưởng ban công tác Mặt trận ấp 4 phản ánh nước thải chảy ra kênh làm chết cá của 6 hộ nuôi. Đại diện Phòng Tài nguyên và Môi trường cho biết, kết quả quan trắc cho thấy nồng độ bụi vượt 1,6 lần quy chuẩn; UBND huyện đã xử phạt doanh nghiệp 180 triệu đồng.
Đại diện doanh nghiệp, ông Lâm Quốc Hưng, Giám đốc nhà máy, xin lỗi bà con và cam kết trong 90 ngày hoàn thành lắp đặt hệ thống xử lý khí thải với kinh phí khoảng 4,5 tỷ đồng, đồng thời hỗ trợ 6 hộ nuôi cá tổng cộng 48 triệu đồng. Người dân đề nghị xã thành lập tổ giám sát cộng đồng; ngay tại hội nghị, xã thống nhất thành lập tổ gồm 7 thành viên là đại diện các ấp.
Kết luận hội nghị, đồng chí Võ Văn Mười khẳng định việc tổ chức đối thoại được thực hiện theo Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và Kế hoạch 52-KH/ĐU của Đảng ủy xã. Đảng ủy xã sẽ giám sát việc thực hiện cam kết của doanh nghiệp, định kỳ mỗi tháng thông tin kết quả cho nhân dân qua hệ thống loa truyền thanh.
Bà Đỗ Thị Thu Hà đánh giá, đây là hội nghị đối thoại thực chất, giải quyết đúng vấn đề người dân bức xúc, góp ý xã cần phối hợp với doanh nghiệp tiếp tục công khai kết quả quan trắc. Theo Ban Dân vận Tỉnh ủy Long An, từ đầu năm đến nay, cấp ủy các xã, phường, thị trấn trong tỉnh đã tổ chức 96 hội nghị đối thoại với nhân dân.
Thanh Nga
Tin cùng chuyên mục
- Đức Hòa: Ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (07/05/2019)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I/2019 (12/04/2019)
- Cần Giuộc: Vận động 120 hộ giao đất làm đường vành đai (03/04/2019)
""",
"2019-05-11",
"Bến Lức: Đối thoại về ô nhiễm, doanh nghiệp cam kết khắc phục trong 90 ngày",
E("doi_thoai", "2019", "2019-05-10"),
[
    P("Trần Văn Lợi"),
    P("Võ Văn Mười", "Bí thư Đảng ủy xã"),
    P("Phạm Hữu Tài", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
    P("Đỗ Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy Bến Lức"),
    P("Nguyễn Thị Bé Năm", "Trưởng ban công tác Mặt trận ấp 4"),
    P("Lâm Quốc Hưng", "Giám đốc nhà máy"),
],
[
    Q("khoảng 250 người dân", 250, "người dân", "approx"),
    Q("3 ấp", 3, "ấp"),
    Q("khoảng 40 người", 40, "người", "approx"),
    Q("14 lượt ý kiến", 14, "lượt ý kiến"),
    Q("6 hộ nuôi", 6, "hộ nuôi cá"),
    Q("180 triệu đồng", 180000000, "đồng"),
    Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"),
    Q("48 triệu đồng", 48000000, "đồng"),
    Q("7 thành viên", 7, "thành viên"),
    Q("96 hội nghị đối thoại", 96, "hội nghị đối thoại"),
],
[
    D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", surface="Quy định 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị"),
    D("Kế hoạch", "52", "KH/ĐU", None, "Đảng ủy xã", surface="Kế hoạch 52-KH/ĐU của Đảng ủy xã"),
],
[prov("Long An"), com("Lương Hòa")],
["BÁO LONG AN ONLINE", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Ông Trần Văn Lợi, ấp 3, phát biểu tại hội nghị đối thoại.", "Phòng Tài nguyên và Môi trường huyện", "Dân vận khéo"],
["Thứ Bảy, 11/05/2019, 07:30", "trong 90 ngày", "tháng 2/2019", "ấp 3", "ấp 4", "2 đứa nhỏ", "mấy tháng", "năm 2019", "1,6 lần"],
))

# ---------------------------------------------------------------- b807
PAGES.append(page(
"b807-hoabinh-dankheo-tongket-2019",
"""
HÒA BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Trang chủ :: Tin tức :: Phong trào thi đua "Dân vận khéo"
Đăng ngày: 21/12/2019 - 16:05
Tổng kết công tác dân vận và phong trào thi đua "Dân vận khéo" năm 2019
Ngày 20/12, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức hội nghị tổng kết công tác dân vận, phong trào thi đua "Dân vận khéo" năm 2019 và triển khai nhiệm vụ năm 2020. Đồng chí Bùi Thị Xuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị; dự có đồng chí Quách Văn Hùng, Phó Bí thư Tỉnh ủy.
Toàn cảnh hội nghị tổng kết. Ảnh: BDV
Năm 2019, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận số 215-KL/TU về tiếp tục thực hiện Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương khóa XI; ban hành hướng dẫn số 18-HD/BDVTU về xây dựng mô hình "Dân vận khéo" gắn với Chương trình mục tiêu quốc gia xây dựng nông thôn mới. Toàn tỉnh xây dựng mới 412 mô hình, điển hình "Dân vận khéo", trong đó cấp tỉnh 36 mô hình, cấp huyện 118 mô hình, cấp cơ sở 258 mô hình.
Các cấp ủy đã lãnh đạo tổ chức 184 hội nghị đối thoại giữa người đứng đầu với nhân dân, qua đó giải quyết dứt điểm nhiều vụ việc tồn đọng. Điển hình, tại xã Yên Mông, thành phố Hòa Bình, vụ việc 43 hộ dân khiếu nại về giá bồi thường dự án đường cao tốc Hòa Lạc - Hòa Bình kéo dài 2 năm đã được giải quyết sau 3 lần đối thoại. Nhân dân toàn tỉnh hiến hơn 186.000 m2 đất, đóng góp trên 27 tỷ đồng xây dựng đường giao thông nông thôn, nhà văn hóa xóm.
Khối dân vận đã phối hợp tiếp 1.042 lượt công dân; nhận 526 đơn thư, đã giải quyết 497 đơn, đạt 94,5%. Công tác vận động đồng bào các dân tộc Mường, Thái, Dao, Mông được chú trọng; 1.163 người có uy tín được cung cấp thông tin định kỳ.
Tại hội nghị, đồng chí Xa Văn Nghịt, Bí thư Đảng ủy xã Mai Hạ, huyện Mai Châu chia sẻ kinh nghiệm vận động nhân dân làm du lịch cộng đồng; bà Đinh Thị Mến, trưởng xóm Lũy Ải, xã Phong Phú, huyện Tân Lạc kể cách vận động bà con hiến 1.200 m2 đất mở rộng đường xóm. Đồng chí Hà Văn Nhuận, HUV, Trưởng Ban Dân vận Huyện ủy Đà Bắc đề nghị tỉnh có cơ chế hỗ trợ kinh phí cho tổ dân vận xóm.
Phát biểu chỉ đạo, đồng chí Quách Văn Hùng biểu dương kết quả khối dân vận đạt được; đề nghị năm 2020 tập trung vận động nhân dân tham gia đóng góp ý kiến vào dự thảo văn kiện đại hội đảng bộ các cấp; nhân rộng các mô hình "Dân vận khéo" thiết thực, tránh hình thức. Đồng chí Bùi Thị Xuyến quán triệt Chỉ thị 16-CT/TU ngày 12/9/2019 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội đảng bộ các cấp và phân công nhiệm vụ năm 2020.
Dịp này, Ban Dân vận Tỉnh ủy trao giấy khen cho 30 tập thể, 45 cá nhân tiêu biểu, mỗi tập thể được thưởng 1,2 triệu đồng, mỗi cá nhân 600.000 đồng.
Minh Thúy
Các tin đã đưa
- Lạc Sơn: 32 mô hình "Dân vận khéo" được biểu dương (17/12/2019)
- Kim Bôi: Đối thoại với nhân dân về dự án sân golf (10/12/2019)
- Gặp mặt người có uy tín tiêu biểu năm 2019 (29/11/2019)
""",
"2019-12-21",
"Tổng kết công tác dân vận và phong trào thi đua \"Dân vận khéo\" năm 2019",
E("tong_ket", "2019", "2019-12-20"),
[
    P("Bùi Thị Xuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Quách Văn Hùng", "Phó Bí thư Tỉnh ủy"),
    P("Xa Văn Nghịt", "Bí thư Đảng ủy xã Mai Hạ"),
    P("Đinh Thị Mến", "trưởng xóm Lũy Ải"),
    P("Hà Văn Nhuận", "HUV", "Trưởng Ban Dân vận Huyện ủy Đà Bắc"),
],
[
    Q("412 mô hình", 412, "mô hình, điển hình"),
    Q("36 mô hình", 36, "mô hình"),
    Q("118 mô hình", 118, "mô hình"),
    Q("258 mô hình", 258, "mô hình"),
    Q("184 hội nghị đối thoại", 184, "hội nghị đối thoại"),
    Q("43 hộ dân", 43, "hộ dân"),
    Q("3 lần đối thoại", 3, "lần đối thoại"),
    Q("hơn 186.000 m2", 186000, "m2", "over"),
    Q("trên 27 tỷ đồng", 27000000000, "đồng", "over"),
    Q("1.042 lượt công dân", 1042, "lượt công dân"),
    Q("526 đơn thư", 526, "đơn thư"),
    Q("497 đơn", 497, "đơn"),
    Q("94,5%", 94.5, "%"),
    Q("1.163 người có uy tín", 1163, "người có uy tín"),
    Q("1.200 m2", 1200, "m2"),
    Q("30 tập thể", 30, "tập thể"),
    Q("45 cá nhân", 45, "cá nhân"),
    Q("1,2 triệu đồng", 1200000, "đồng"),
    Q("600.000 đồng", 600000, "đồng"),
],
[
    D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", surface="Kết luận số 215-KL/TU"),
    D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", surface="Nghị quyết 25-NQ/TW của Ban Chấp hành Trung ương"),
    D("Hướng dẫn", "18", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", surface="hướng dẫn số 18-HD/BDVTU"),
    D("Chỉ thị", "16", "CT/TU", "2019-09-12", "Ban Thường vụ Tỉnh ủy", surface="Chỉ thị 16-CT/TU ngày 12/9/2019 của Ban Thường vụ Tỉnh ủy"),
],
[prov("Hòa Bình"), com("Yên Mông"), com("Mai Hạ"), com("Phong Phú")],
["HÒA BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Trang chủ :: Tin tức :: Phong trào thi đua \"Dân vận khéo\"",
 "Toàn cảnh hội nghị tổng kết. Ảnh: BDV", "Dân vận khéo", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Lũy Ải"],
["Đăng ngày: 21/12/2019 - 16:05", "năm 2020", "2 năm", "khóa XI"],
))

# ---------------------------------------------------------------- b808
PAGES.append(page(
"b808-khanhhoa-gopy-duthao-vankien-2020",
"""
Báo Khánh Hòa điện tử
Chính trị - Xây dựng Đảng | Hướng tới Đại hội Đảng
03/07/2020 | 15:02
Nhân dân, chức sắc tôn giáo góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh
Sáng 2/7, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị lấy ý kiến của đại diện các tầng lớp nhân dân, người có uy tín, chức sắc tôn giáo đóng góp vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2020 - 2025. Đây là hội nghị nằm trong chuỗi hoạt động lấy ý kiến nhân dân năm 2020, được tổ chức theo Kế hoạch 198-KH/TU ngày 15/5/2020 của Ban Thường vụ Tỉnh ủy.
Đại biểu góp ý tại hội nghị. Ảnh: Văn Kỳ
Chủ trì hội nghị có đồng chí Nguyễn Khắc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Võ Thị Mai Phương, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh. Hơn 90 đại biểu tham dự, trong đó có 26 chức sắc, chức việc các tôn giáo và 18 người có uy tín đồng bào Raglai, Ê Đê, Cơ Ho.
Các ý kiến đều đánh giá cao dự thảo báo cáo; đồng thời đề nghị làm rõ hơn những hạn chế, nhất là trong quản lý đất đai, môi trường. Thượng tọa Thích Minh Hiếu, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, đề nghị bổ sung giải pháp giữ gìn, phát huy giá trị văn hóa truyền thống, xử lý nghiêm các trang mạng xuyên tạc. Linh mục Phêrô Trần Văn Thiện, quản xứ giáo xứ Cam Ranh, góp ý cần có chỉ tiêu cụ thể về nhà ở cho công nhân, người lao động thu nhập thấp.
Ông Mấu Văn Xíu, người có uy tín thôn Tà Lương, xã Sơn Bình, huyện Khánh Sơn, cho rằng dự thảo nên bổ sung mục tiêu giảm nghèo bền vững vùng đồng bào dân tộc thiểu số, vì tỷ lệ hộ nghèo ở 2 huyện miền núi Khánh Sơn, Khánh Vĩnh còn trên 30%. Bà Cao Thị Lành, Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Thượng, đề nghị quan tâm đầu tư trường học, trạm y tế cho các thôn vùng sâu.
Một số đại biểu là hộ dân vùng dự án đề nghị văn kiện cần có giải pháp dứt điểm các vụ việc khiếu kiện kéo dài liên quan đến thu hồi đất ở Cam Lâm, Vân Phong. Ông Lê Văn Tám, tổ dân phố 5, phường Vĩnh Hòa, TP Nha Trang, phản ánh 47 hộ dân khu quy hoạch treo hơn 10 năm chưa được giải quyết.
Phát biểu kết luận, đồng chí Nguyễn Khắc Hà tiếp thu, cảm ơn 37 ý kiến tâm huyết của các đại biểu. Ban Dân vận Tỉnh ủy sẽ tổng hợp đầy đủ, báo cáo Tiểu ban Văn kiện; những kiến nghị cụ thể về đất đai sẽ được chuyển cơ quan chức năng xem xét, trả lời. Việc lấy ý kiến nhân dân được thực hiện theo tinh thần Quyết định 217-QĐ/TW của Bộ Chính trị và Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XIII của Đảng.
Trước đó, Ban Dân vận các huyện ủy, thị ủy, thành ủy đã tổ chức 9 hội nghị tương tự ở cấp huyện với hơn 700 lượt người tham gia.
Văn Kỳ
Tin liên quan
- Khánh Vĩnh: Lấy ý kiến người có uy tín vào dự thảo văn kiện (24/06/2020)
- Cam Ranh: Đối thoại với ngư dân về quy hoạch cảng cá (15/06/2020)
- Ban Dân vận Tỉnh ủy sơ kết công tác 6 tháng đầu năm (30/06/2020)
""",
"2020-07-03",
"Nhân dân, chức sắc tôn giáo góp ý dự thảo văn kiện Đại hội Đảng bộ tỉnh",
E("hoi_nghi", "2020", "2020-07-02"),
[
    P("Nguyễn Khắc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
    P("Võ Thị Mai Phương", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
    P("Thích Minh Hiếu", "Thượng tọa", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh"),
    P("Phêrô Trần Văn Thiện", "Linh mục", "quản xứ giáo xứ Cam Ranh"),
    P("Mấu Văn Xíu", "người có uy tín thôn Tà Lương"),
    P("Cao Thị Lành", "Chủ tịch Hội Liên hiệp Phụ nữ xã Khánh Thượng"),
    P("Lê Văn Tám"),
],
[
    Q("Hơn 90 đại biểu", 90, "đại biểu", "over"),
    Q("26 chức sắc", 26, "chức sắc, chức việc"),
    Q("18 người có uy tín", 18, "người có uy tín"),
    Q("2 huyện miền núi", 2, "huyện miền núi"),
    Q("trên 30%", 30, "%", "over"),
    Q("47 hộ dân", 47, "hộ dân"),
    Q("37 ý kiến", 37, "ý kiến"),
    Q("9 hội nghị", 9, "hội nghị"),
    Q("hơn 700 lượt người", 700, "lượt người", "over"),
],
[
    D("Kế hoạch", "198", "KH/TU", "2020-05-15", "Ban Thường vụ Tỉnh ủy", surface="Kế hoạch 198-KH/TU ngày 15/5/2020 của Ban Thường vụ Tỉnh ủy"),
    D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", surface="Quyết định 217-QĐ/TW của Bộ Chính trị"),
    D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", surface="Chỉ thị 35-CT/TW ngày 30/5/2019 của Bộ Chính trị"),
],
[prov("Khánh Hòa"), com("Sơn Bình"), com("Khánh Thượng"), com("Vĩnh Hòa")],
["Báo Khánh Hòa điện tử", "Chính trị - Xây dựng Đảng | Hướng tới Đại hội Đảng", "Đại biểu góp ý tại hội nghị. Ảnh: Văn Kỳ",
 "Tiểu ban Văn kiện", "Tà Lương", "Vân Phong", "Cam Lâm"],
["03/07/2020 | 15:02", "lần thứ XVIII", "nhiệm kỳ 2020 - 2025", "hơn 10 năm", "tổ dân phố 5", "Đại hội XIII"],
))
