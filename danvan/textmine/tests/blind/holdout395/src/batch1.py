from lib import *
PAGES = []

PAGES.append(page("b9437-yenbai-tinhdoan-tongket-he-2011", """
TỈNH ĐOÀN YÊN BÁI - Cổng thông tin điện tử Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái
Trang chủ » Phong trào » Thanh niên tình nguyện
Thứ Ba, 23/08/2011 - 16:20
Ảnh: Quang cảnh hội nghị tổng kết.
Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011
Chiều 22/8, Ban Thường vụ Tỉnh đoàn Yên Bái tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011. Dự hội nghị có đồng chí Hà Đức Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nông Thị Thu Hà, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn cùng 85 đồng chí là bí thư, phó bí thư các huyện, thị, thành đoàn và đoàn trực thuộc.
Chiến dịch năm nay được triển khai theo Kế hoạch số 52-KH/TĐTN ngày 12/5/2011 của Ban Thường vụ Tỉnh đoàn, thực hiện Hướng dẫn số 14-HD/TWĐTN của Ban Bí thư Trung ương Đoàn, với 4 chương trình: "Mùa hè xanh", "Tiếp sức mùa thi", "Hoa phượng đỏ" và "Kỳ nghỉ hồng".
Toàn tỉnh đã thành lập 146 đội hình thanh niên tình nguyện với trên 4.200 lượt đoàn viên, thanh niên tham gia. Các đội hình đã làm mới 23 km đường giao thông nông thôn, nạo vét 18 km kênh mương nội đồng, tu sửa 31 nhà văn hóa; xây dựng 12 nhà nhân ái cho thanh niên có hoàn cảnh khó khăn với tổng trị giá gần 480 triệu đồng. Chương trình "Tiếp sức mùa thi" hỗ trợ chỗ ở miễn phí cho 1.350 thí sinh; các đội hình y tế tình nguyện khám bệnh, cấp thuốc miễn phí cho 2.600 lượt người ở các xã vùng cao.
Đồng chí Nông Thị Thu Hà phát biểu tại hội nghị.
Tại hội nghị, anh Giàng A Chu, Bí thư Đoàn xã Nậm Có, chia sẻ: đoàn viên trong xã đã vận động bà con người Mông góp 1.400 ngày công mở đường lên bản Háng Đay; nhiều thanh niên trước đây ngại tham gia sinh hoạt nay đã xung kích trong các đội hình. Chị Lò Thị Mai, Bí thư Huyện đoàn Văn Chấn, cho biết huyện đoàn đã phối hợp mở 9 lớp xóa mù chữ cho thanh niên dân tộc Thái, Mường tại xã Suối Giàng. Anh Đinh Công Sơn, Đội trưởng đội hình sinh viên tình nguyện Trường Cao đẳng Sư phạm Yên Bái, đề nghị Tỉnh đoàn sớm giao địa bàn để đội hình chuẩn bị tốt hơn.
Phát biểu chỉ đạo, đồng chí Hà Đức Minh ghi nhận tinh thần xung kích của tuổi trẻ; đề nghị các cấp bộ Đoàn tiếp tục quán triệt Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác thanh niên, gắn hoạt động tình nguyện với xây dựng nông thôn mới và công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể và 27 cá nhân có thành tích xuất sắc trong Chiến dịch Thanh niên tình nguyện hè năm 2011.
Minh Huyền
Lượt xem: 642
Tin liên quan
- Văn Yên: ra quân "Mùa hè xanh" năm 2011 (05/06/2011)
- Trao 50 suất học bổng cho học sinh nghèo vượt khó (28/07/2011)
- Tỉnh đoàn giao ban công tác Đoàn quý II (12/07/2011)
- Mù Cang Chải: thanh niên làm đường vào bản (30/06/2011)
""", "2011-08-23", "Tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2011",
E("tong_ket", "2011", "2011-08-22"),
[P("Hà Đức Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Thị Thu Hà", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Giàng A Chu", "Bí thư Đoàn xã Nậm Có"),
 P("Lò Thị Mai", "Bí thư Huyện đoàn Văn Chấn"),
 P("Đinh Công Sơn", "Đội trưởng đội hình sinh viên tình nguyện Trường Cao đẳng Sư phạm Yên Bái")],
[Q("85 đồng chí", 85, "đồng chí"), Q("4 chương trình", 4, "chương trình"),
 Q("146 đội hình thanh niên tình nguyện", 146, "đội hình thanh niên tình nguyện"),
 Q("trên 4.200 lượt đoàn viên, thanh niên", 4200, "lượt đoàn viên, thanh niên", "over"),
 Q("23 km", 23, "km"), Q("18 km", 18, "km"), Q("31 nhà văn hóa", 31, "nhà văn hóa"),
 Q("12 nhà nhân ái", 12, "nhà nhân ái"), Q("gần 480 triệu đồng", 480000000, "đồng", "approx"),
 Q("1.350 thí sinh", 1350, "thí sinh"), Q("2.600 lượt người", 2600, "lượt người"),
 Q("1.400 ngày công", 1400, "ngày công"), Q("9 lớp xóa mù chữ", 9, "lớp xóa mù chữ"),
 Q("15 tập thể", 15, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Kế hoạch", "52", "KH/TĐTN", "2011-05-12", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 52-KH/TĐTN ngày 12/5/2011"),
 D("Hướng dẫn", "14", "HD/TWĐTN", None, "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 14-HD/TWĐTN"),
 D("Nghị quyết", "25", "NQ/TW", "2008-07-25", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 25/7/2008")],
[prov("Yên Bái"), com("Nậm Có"), com("Suối Giàng")],
["TỈNH ĐOÀN YÊN BÁI - Cổng thông tin điện tử Đoàn TNCS Hồ Chí Minh tỉnh Yên Bái", "Trang chủ » Phong trào » Thanh niên tình nguyện",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Đồng chí Nông Thị Thu Hà phát biểu tại hội nghị.", "Mùa hè xanh", "Tiếp sức mùa thi",
 "Hoa phượng đỏ", "Kỳ nghỉ hồng", "Lượt xem: 642"],
["Thứ Ba, 23/08/2011 - 16:20", "85 đồng chí", "năm 2011", "khóa X", "Lượt xem: 642"]))

PAGES.append(page("b9438-soctrang-doithoai-thanhnien-2012", """
BÁO SÓC TRĂNG ONLINE - Cơ quan của Đảng bộ tỉnh Sóc Trăng
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Cập nhật lúc 08:40 ngày 26/03/2012
Thanh niên bày tỏ nguyện vọng về học nghề, việc làm
Sáng 24/3, nhân kỷ niệm 81 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, Tỉnh đoàn Sóc Trăng phối hợp UBND tỉnh tổ chức buổi đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2012. Ông Huỳnh Văn Phúc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Trần Minh Lộc, Thạch Sô Phal và hơn 250 đoàn viên, thanh niên tiêu biểu của 11 huyện, thị xã, thành phố.
Chủ tịch UBND tỉnh Huỳnh Văn Phúc trả lời ý kiến của thanh niên. Ảnh: Tuấn Kiệt
Mở đầu buổi đối thoại, đồng chí Lâm Văn Sà Rây, Bí thư Tỉnh đoàn, báo cáo: năm 2011 các cấp bộ Đoàn đã phối hợp tư vấn hướng nghiệp cho 7.600 lượt thanh niên; giới thiệu việc làm cho 2.150 thanh niên; hỗ trợ 38 tổ hợp tác thanh niên vay vốn từ nguồn ủy thác Ngân hàng Chính sách xã hội với dư nợ 18,4 tỷ đồng. Tuy vậy, tỷ lệ thanh niên nông thôn qua đào tạo nghề mới đạt 31,5%, nhiều thanh niên Khmer bỏ học sớm đi làm thuê ở các tỉnh miền Đông.
Trong 42 ý kiến gửi đến buổi đối thoại, phần lớn tập trung vào học nghề, vay vốn và đất sản xuất. Anh Sơn Chanh Đa, Bí thư Chi đoàn ấp Tà Ân A, xã Vĩnh Hải, hỏi về điều kiện vay vốn nuôi tôm cho thanh niên không có tài sản thế chấp. Em Lý Thị Ngọc Hân ở xã Đại Tâm mong tỉnh mở thêm lớp dạy nghề may công nghiệp ngay tại xã để nữ thanh niên không phải đi xa.
Trả lời các ý kiến, ông Đỗ Quốc Tuấn, Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết tỉnh đang triển khai Quyết định số 1956/QĐ-TTg ngày 27/11/2009 của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn, năm 2012 dự kiến mở 120 lớp nghề ngắn hạn, ưu tiên các xã có đông đồng bào Khmer. Ông Kim Thanh Sơn, Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh, thông tin mức cho vay giải quyết việc làm tối đa 20 triệu đồng/lao động, không phải thế chấp tài sản.
Kết luận buổi đối thoại, Chủ tịch UBND tỉnh Huỳnh Văn Phúc giao các sở, ngành trả lời bằng văn bản những ý kiến chưa được giải đáp trước ngày 30/4; đề nghị Tỉnh đoàn xây dựng Chương trình phối hợp số 03-CTr/TĐTN-SLĐ với Sở Lao động - Thương binh và Xã hội để thanh niên được tư vấn, giới thiệu việc làm ngay tại ấp, phum, sóc. Đồng chí cũng yêu cầu thực hiện tốt Kế hoạch số 18/KH-UBND ngày 5/3/2012 của UBND tỉnh về công tác thanh niên năm 2012.
Kim Ngân
Các tin khác
- Ra mắt 5 câu lạc bộ thanh niên khởi nghiệp (20/03/2012)
- Tỉnh đoàn phát động Tháng Thanh niên năm 2012 (02/03/2012)
- Trao 100 suất học bổng cho học sinh Khmer (25/02/2012)
""", "2012-03-26", "Thanh niên bày tỏ nguyện vọng về học nghề, việc làm",
E("doi_thoai", "2012", "2012-03-24"),
[P("Huỳnh Văn Phúc", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Trần Minh Lộc", "Phó Chủ tịch UBND tỉnh"), P("Thạch Sô Phal", "Phó Chủ tịch UBND tỉnh"),
 P("Lâm Văn Sà Rây", "Bí thư Tỉnh đoàn"),
 P("Sơn Chanh Đa", "Bí thư Chi đoàn ấp Tà Ân A"),
 P("Lý Thị Ngọc Hân"),
 P("Đỗ Quốc Tuấn", "Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Kim Thanh Sơn", "Giám đốc Chi nhánh Ngân hàng Chính sách xã hội tỉnh")],
[Q("hơn 250 đoàn viên, thanh niên tiêu biểu", 250, "đoàn viên, thanh niên tiêu biểu", "over"),
 Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("7.600 lượt thanh niên", 7600, "lượt thanh niên"), Q("2.150 thanh niên", 2150, "thanh niên"),
 Q("38 tổ hợp tác thanh niên", 38, "tổ hợp tác thanh niên"), Q("18,4 tỷ đồng", 18400000000, "đồng"),
 Q("31,5%", 31.5, "%"), Q("42 ý kiến", 42, "ý kiến"), Q("120 lớp nghề ngắn hạn", 120, "lớp nghề ngắn hạn"),
 Q("tối đa 20 triệu đồng", 20000000, "đồng")],
[D("Quyết định", "1956", "QĐ-TTg", "2009-11-27", "Thủ tướng Chính phủ", "Quyết định số 1956/QĐ-TTg ngày 27/11/2009"),
 D("Chương trình phối hợp", "03", "CTr/TĐTN-SLĐ", None, None, "Chương trình phối hợp số 03-CTr/TĐTN-SLĐ"),
 D("Kế hoạch", "18", "KH-UBND", "2012-03-05", "UBND tỉnh", "Kế hoạch số 18/KH-UBND ngày 5/3/2012")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Đại Tâm")],
["BÁO SÓC TRĂNG ONLINE - Cơ quan của Đảng bộ tỉnh Sóc Trăng", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Chủ tịch UBND tỉnh Huỳnh Văn Phúc trả lời ý kiến của thanh niên. Ảnh: Tuấn Kiệt", "Ngân hàng Chính sách xã hội"],
["Cập nhật lúc 08:40 ngày 26/03/2012", "81 năm", "năm 2011", "năm 2012", "ngày 30/4"]))

PAGES.append(page("b9439-nghean-raquan-muahexanh-2012", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự / Xã hội / Đoàn - Hội
18/06/2012 - 09:15
Các đội hình tình nguyện diễu hành sau lễ ra quân. Ảnh: Hải Đăng
Hơn 3.000 đoàn viên ra quân Chiến dịch "Mùa hè xanh" 2012
(Baonghean) - Sáng 17/6, tại sân vận động xã Diễn Kỷ (huyện Diễn Châu), Tỉnh đoàn Nghệ An tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2012 với sự tham gia của hơn 3.000 đoàn viên đến từ các huyện, thành, thị đoàn và các trường đại học, cao đẳng trên địa bàn.
Dự lễ ra quân có đồng chí Lê Quang Huy, Phó Chủ tịch UBND tỉnh; đồng chí Lữ Thị Hiền, Bí thư Tỉnh đoàn; đại diện các sở, ngành và lãnh đạo huyện Diễn Châu.
Theo Kế hoạch số 38-KH/TĐTN ngày 20/5/2012 của Ban Thường vụ Tỉnh đoàn, chiến dịch năm nay kéo dài từ ngày 15/6 đến ngày 20/8, tập trung vào 5 nội dung: tham gia xây dựng nông thôn mới; bảo vệ môi trường, ứng phó biến đổi khí hậu; tình nguyện vì an sinh xã hội; chăm lo thiếu nhi dịp hè; hỗ trợ thí sinh trong kỳ thi tuyển sinh. Toàn tỉnh thành lập 112 đội hình tình nguyện, trong đó có 1.200 sinh viên tình nguyện của Trường Đại học Vinh sẽ hoạt động tại 14 xã miền núi của các huyện Kỳ Sơn, Tương Dương, Con Cuông.
Phát biểu tại lễ ra quân, đồng chí Lê Quang Huy đề nghị tuổi trẻ Nghệ An tiếp tục cụ thể hóa Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020 ban hành theo Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ; mỗi đội hình phải có ít nhất 1 công trình, phần việc cụ thể để lại cho địa phương.
Đồng chí Lô Văn Thắng, Bí thư Huyện đoàn Quế Phong, cho biết huyện đoàn đăng ký 7 công trình thanh niên như làm đường vào bản Piêng Luống, xây 2 cầu treo dân sinh và kéo điện sinh hoạt cho 46 hộ đồng bào Thái. Em Vi Thị Hoa, Phó Bí thư Liên chi đoàn khoa Sư phạm Ngữ văn, Trường Đại học Vinh, chia sẻ: "Đây là năm thứ hai em tham gia Mùa hè xanh, chúng em sẽ mở lớp dạy hè cho các em nhỏ ở xã Mường Típ".
Ngay sau lễ ra quân, các đội hình đã ra quân làm vệ sinh môi trường, trồng 5.000 cây xanh dọc tuyến đường liên xã và tặng 150 suất quà cho thiếu nhi có hoàn cảnh khó khăn tại xã Diễn Kỷ. Tổng kinh phí dự kiến cho toàn chiến dịch khoảng 2,3 tỷ đồng, chủ yếu do các đơn vị tự huy động.
Cũng trong chiến dịch, Tỉnh đoàn giao các cơ sở Đoàn ở vùng biên giới phối hợp với đồn Biên phòng tổ chức các buổi tuyên truyền về phòng, chống ma túy, mua bán người cho thanh niên người Thái, Khơ Mú, Mông; các đội hình y tế tình nguyện của Trường Đại học Y khoa Vinh sẽ khám bệnh, cấp thuốc miễn phí tại các bản xa trung tâm. Ban tổ chức cũng lưu ý các đội hình bảo đảm an toàn trong mùa mưa lũ, không tự ý vượt suối khi nước dâng cao.
Thanh Lê
Bài viết liên quan
- Trường Đại học Vinh tập huấn 500 sinh viên tình nguyện (12/06/2012)
- Thanh niên Kỳ Sơn làm đường vào bản (05/06/2012)
- Trao 200 suất học bổng "Thắp sáng ước mơ" (01/06/2012)
""", "2012-06-18", 'Hơn 3.000 đoàn viên ra quân Chiến dịch "Mùa hè xanh" 2012',
E("khac", None, "2012-06-17"),
[P("Lê Quang Huy", "Phó Chủ tịch UBND tỉnh"), P("Lữ Thị Hiền", "Bí thư Tỉnh đoàn"),
 P("Lô Văn Thắng", "Bí thư Huyện đoàn Quế Phong"), P("Vi Thị Hoa", "Phó Bí thư Liên chi đoàn khoa Sư phạm Ngữ văn")],
[Q("Hơn 3.000 đoàn viên", 3000, "đoàn viên", "over"), Q("5 nội dung", 5, "nội dung"),
 Q("112 đội hình tình nguyện", 112, "đội hình tình nguyện"), Q("1.200 sinh viên tình nguyện", 1200, "sinh viên tình nguyện"),
 Q("14 xã miền núi", 14, "xã miền núi"), Q("7 công trình thanh niên", 7, "công trình thanh niên"),
 Q("2 cầu treo dân sinh", 2, "cầu treo dân sinh"), Q("46 hộ", 46, "hộ"), Q("5.000 cây xanh", 5000, "cây xanh"),
 Q("150 suất quà", 150, "suất quà"), Q("khoảng 2,3 tỷ đồng", 2300000000, "đồng", "approx")],
[D("Kế hoạch", "38", "KH/TĐTN", "2012-05-20", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 38-KH/TĐTN ngày 20/5/2012"),
 D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011")],
[prov("Nghệ An"), com("Diễn Kỷ"), com("Mường Típ")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự / Xã hội / Đoàn - Hội", "Các đội hình tình nguyện diễu hành sau lễ ra quân. Ảnh: Hải Đăng",
 "(Baonghean)", "Mùa hè xanh", "Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020"],
["18/06/2012 - 09:15", "ít nhất 1 công trình", "năm thứ hai", "giai đoạn 2011 - 2020", "ngày 15/6", "ngày 20/8"]))

PAGES.append(page("b9440-daklak-taphuan-tinhnguyen-2013", """
TỈNH ĐOÀN ĐẮK LẮK
Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn
29-05-2013 10:05
Tập huấn kỹ năng cho 180 học viên chỉ huy đội hình tình nguyện
Trong 2 ngày 27 và 28/5, tại Nhà Thiếu nhi tỉnh, Tỉnh đoàn Đắk Lắk tổ chức lớp tập huấn kỹ năng hoạt động tình nguyện năm 2013 cho 180 học viên là cán bộ chỉ huy các đội hình thanh niên tình nguyện hè của 15 huyện, thị xã, thành phố và các trường đại học, cao đẳng.
Lớp tập huấn do đồng chí H'Nga Byă, Phó Bí thư Thường trực Tỉnh đoàn, khai mạc. Theo đồng chí H'Nga Byă, việc tập huấn nhằm triển khai Hướng dẫn số 22-HD/TWĐTN ngày 10/4/2013 của Ban Bí thư Trung ương Đoàn và Kế hoạch 41, 42-KH/TĐTN của Ban Thường vụ Tỉnh đoàn về Chiến dịch Thanh niên tình nguyện hè và chương trình "Tiếp sức mùa thi" năm 2013.
Học viên thực hành kỹ năng sơ cấp cứu ban đầu.
Các học viên được nghe 6 chuyên đề: kỹ năng tổ chức đội hình và lập kế hoạch; kỹ năng vận động quần chúng ở vùng đồng bào dân tộc thiểu số; sơ cấp cứu ban đầu; phòng, chống đuối nước; tổ chức sinh hoạt hè cho thiếu nhi; tuyên truyền pháp luật. ThS. Nguyễn Thị Lan Anh, giảng viên Trường Đại học Tây Nguyên, lưu ý học viên khi xuống buôn phải tìm hiểu phong tục của người Êđê, M'nông, gặp già làng, trưởng buôn trước khi triển khai công việc.
Chia sẻ tại lớp học, anh Y Phi Knul, Bí thư Đoàn xã Ea Tul, kể về kinh nghiệm huy động 120 đoàn viên làm 3 km đường bê tông vào buôn Ea Pốk năm trước. Chị H'Yim Kđoh, Phó Bí thư Huyện đoàn Krông Bông, đề nghị Tỉnh đoàn hỗ trợ thêm tủ sách cho các điểm sinh hoạt hè ở xã Yang Mao.
Năm 2013, toàn tỉnh dự kiến thành lập 65 đội hình với khoảng 2.500 đoàn viên, thanh niên tham gia; phấn đấu làm mới hoặc sửa chữa 40 km đường giao thông nông thôn, xây 10 nhà nhân ái. Kinh phí tập huấn và hỗ trợ các đội hình là 350 triệu đồng từ nguồn ngân sách tỉnh và xã hội hóa.
Bế mạc lớp tập huấn, đồng chí Y Thuyên Êban, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn, yêu cầu các đội hình thực hiện nghiêm quy định về an toàn, không tổ chức tắm sông, suối; giữ liên lạc thường xuyên với Văn phòng Tỉnh đoàn.
Kết thúc lớp tập huấn, các học viên được cấp giấy chứng nhận và tham gia buổi thực hành dựng trại, tổ chức trò chơi tập thể cho thiếu nhi ngay tại sân Nhà Thiếu nhi tỉnh. Nhiều học viên cho biết những kỹ năng được trang bị sẽ giúp các đội hình chủ động hơn khi về buôn, nhất là trong việc tuyên truyền cho bà con về vệ sinh môi trường, nước sạch và phòng, chống sốt rét trong mùa mưa.
Y Khoa
Lượt truy cập: 18.406
Tin khác
- Buôn Ma Thuột: ra quân "Ngày thứ bảy tình nguyện" (25/05/2013)
- Trao 70 suất học bổng cho học sinh dân tộc thiểu số (18/05/2013)
- Tỉnh đoàn sơ kết 3 năm thực hiện Nghị quyết Đại hội Đoàn (10/05/2013)
""", "2013-05-29", "Tập huấn kỹ năng cho 180 học viên chỉ huy đội hình tình nguyện",
E("tap_huan", "2013", "2013-05-27"),
[P("H'Nga Byă", "Phó Bí thư Thường trực Tỉnh đoàn"),
 P("Nguyễn Thị Lan Anh", "ThS.", "giảng viên Trường Đại học Tây Nguyên"),
 P("Y Phi Knul", "Bí thư Đoàn xã Ea Tul"), P("H'Yim Kđoh", "Phó Bí thư Huyện đoàn Krông Bông"),
 P("Y Thuyên Êban", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn")],
[Q("180 học viên", 180, "học viên"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("120 đoàn viên", 120, "đoàn viên"), Q("3 km", 3, "km"),
 Q("65 đội hình", 65, "đội hình"), Q("khoảng 2.500 đoàn viên, thanh niên", 2500, "đoàn viên, thanh niên", "approx"),
 Q("40 km", 40, "km"), Q("10 nhà nhân ái", 10, "nhà nhân ái"), Q("350 triệu đồng", 350000000, "đồng")],
[D("Hướng dẫn", "22", "HD/TWĐTN", "2013-04-10", "Ban Bí thư Trung ương Đoàn", "Hướng dẫn số 22-HD/TWĐTN ngày 10/4/2013"),
 D("Kế hoạch", "41", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 41, 42-KH/TĐTN"),
 D("Kế hoạch", "42", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 41, 42-KH/TĐTN")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Yang Mao")],
["TỈNH ĐOÀN ĐẮK LẮK", "Bạn đang ở: Trang chủ › Tin tức › Hoạt động Đoàn", "Học viên thực hành kỹ năng sơ cấp cứu ban đầu.",
 "Tiếp sức mùa thi", "Nhà Thiếu nhi tỉnh", "Lượt truy cập: 18.406"],
["29-05-2013 10:05", "2 ngày", "năm 2013", "năm trước", "Lượt truy cập: 18.406"]))

PAGES.append(page("b9441-quangtri-xuantinhnguyen-2014", """
Báo Quảng Trị Online
Xã hội | Đoàn thể | Thanh niên
Thứ Hai, 20/01/2014 08:30
Xuân tình nguyện ấm áp nơi vùng cao Hướng Hóa
QTO - Ngày 18/1, Tỉnh đoàn Quảng Trị phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức chương trình "Xuân tình nguyện - Tết vì người nghèo" năm 2014 tại xã Hướng Lập, huyện Hướng Hóa, trao 400 suất quà Tết cho các hộ nghèo đồng bào Vân Kiều, Pa Kô.
Đồng chí Lê Thị Hương trao quà cho bà con bản Cù Bai. Ảnh: Q.H
Tham dự có đồng chí Lê Thị Hương, Phó Chủ tịch UBND tỉnh; đồng chí Trần Quốc Việt, Bí thư Tỉnh đoàn; đại tá Phan Văn Minh, Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh và lãnh đạo huyện Hướng Hóa.
Mỗi suất quà gồm gạo, dầu ăn, bánh chưng và tiền mặt, trị giá 300.000 đồng. Cùng với đó, đoàn thanh niên Bệnh viện Đa khoa tỉnh đã khám bệnh, cấp thuốc miễn phí cho 350 lượt người; các đoàn viên tặng 200 chiếc áo ấm và 150 bộ sách vở cho học sinh Trường Tiểu học và THCS Hướng Lập. Tổng trị giá chương trình trên 150 triệu đồng, do các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh ủng hộ.
Theo Kế hoạch số 105-KH/TĐTN ngày 2/12/2013 của Ban Thường vụ Tỉnh đoàn, Chiến dịch Xuân tình nguyện năm 2014 được triển khai từ ngày 5/1 đến ngày 15/2 trên toàn tỉnh, tập trung ở 2 huyện miền núi Hướng Hóa, Đakrông và các xã bãi ngang ven biển. Dự kiến các cấp bộ Đoàn sẽ trao khoảng 2.000 suất quà, xây 5 nhà nhân ái và tổ chức "Tết quê hương" cho thanh niên công nhân không về quê đón Tết.
Phát biểu tại buổi trao quà, đồng chí Lê Thị Hương ghi nhận sự đồng hành của tuổi trẻ và cán bộ, chiến sĩ Biên phòng với đồng bào vùng biên giới; đề nghị chính quyền xã Hướng Lập quan tâm hơn nữa đến đời sống của bà con, vận động con em đến trường đầy đủ sau Tết.
Đại diện bà con, Già làng Hồ Văn Pỏ ở bản Cù Bai cảm ơn các đoàn viên đã vượt gần 60 km đường núi để mang Tết đến với dân bản. Ông Hồ Văn Thông, Chủ tịch UBND xã Hướng Lập, cho biết xã hiện còn 312 hộ nghèo trên tổng số 540 hộ, nhiều hộ thiếu đói vào dịp giáp hạt.
Cùng ngày, Huyện đoàn Đakrông tổ chức trao 120 suất quà cho hộ nghèo ở xã A Ngo và xã Tà Rụt.
Trước đó, trong tuần đầu của chiến dịch, các cơ sở Đoàn ở thành phố Đông Hà và thị xã Quảng Trị đã tổ chức phiên chợ "0 đồng", dọn vệ sinh các nghĩa trang liệt sĩ, thăm hỏi gia đình chính sách. Ban Thường vụ Tỉnh đoàn cũng kêu gọi đoàn viên, thanh niên đang học tập, làm việc xa quê tham gia ủng hộ quỹ "Tết vì người nghèo" để kịp trao quà trước ngày 23 tháng Chạp.
Hương Quỳnh
Tin liên quan
- Trao 30 con bò giống cho hộ nghèo Vân Kiều (10/01/2014)
- Thanh niên Vĩnh Linh dọn vệ sinh nghĩa trang liệt sĩ (08/01/2014)
- Tỉnh đoàn tổng kết công tác Đoàn năm 2013 (28/12/2013)
""", "2014-01-20", "Xuân tình nguyện ấm áp nơi vùng cao Hướng Hóa",
E("trao_qua", None, "2014-01-18"),
[P("Lê Thị Hương", "Phó Chủ tịch UBND tỉnh"), P("Trần Quốc Việt", "Bí thư Tỉnh đoàn"),
 P("Phan Văn Minh", "đại tá", "Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Pỏ", "Già làng"), P("Hồ Văn Thông", "Chủ tịch UBND xã Hướng Lập")],
[Q("400 suất quà", 400, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("350 lượt người", 350, "lượt người"),
 Q("200 chiếc áo ấm", 200, "chiếc áo ấm"), Q("150 bộ sách vở", 150, "bộ sách vở"),
 Q("trên 150 triệu đồng", 150000000, "đồng", "over"), Q("2 huyện miền núi", 2, "huyện miền núi"),
 Q("khoảng 2.000 suất quà", 2000, "suất quà", "approx"), Q("5 nhà nhân ái", 5, "nhà nhân ái"),
 Q("gần 60 km", 60, "km", "approx"), Q("312 hộ nghèo", 312, "hộ nghèo"), Q("540 hộ", 540, "hộ"),
 Q("120 suất quà", 120, "suất quà")],
[D("Kế hoạch", "105", "KH/TĐTN", "2013-12-02", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 105-KH/TĐTN ngày 2/12/2013")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Ngo"), com("Tà Rụt")],
["Báo Quảng Trị Online", "Xã hội | Đoàn thể | Thanh niên", "Đồng chí Lê Thị Hương trao quà cho bà con bản Cù Bai. Ảnh: Q.H",
 "QTO", "Xuân tình nguyện - Tết vì người nghèo", "Tết quê hương", "0 đồng", "Tết vì người nghèo"],
["Thứ Hai, 20/01/2014 08:30", "năm 2014", "ngày 5/1", "ngày 15/2", "0 đồng", "23 tháng Chạp"]))

PAGES.append(page("b9442-hagiang-tinhdoan-soket-2014", """
BÁO HÀ GIANG ĐIỆN TỬ
Vị trí: Trang chủ >> Chính trị >> Đoàn thể
08:15 | 10/07/2014
Tuổi trẻ Hà Giang xung kích trên các công trình thanh niên
(HGĐT) - Ngày 8/7, Tỉnh đoàn Hà Giang tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2014. Đồng chí Vàng Thị Sính, Bí thư Tỉnh đoàn chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Báo cáo do đồng chí Hoàng Văn Thàng trình bày cho biết, 6 tháng qua các cấp bộ Đoàn đã triển khai Nghị quyết số 04-NQ/TĐTN của Ban Chấp hành Tỉnh đoàn về nâng cao chất lượng sinh hoạt chi đoàn vùng cao và Chỉ thị số 17-CT/TU ngày 3/1/2014 của Ban Thường vụ Tỉnh ủy về tăng cường công tác thanh niên vùng biên giới. Toàn tỉnh khởi công 27 công trình thanh niên với giá trị trên 1,2 tỷ đồng, trong đó có 9 nhà văn hóa thôn và 11 km đường bê tông. Các cấp bộ Đoàn đã kết nạp 1.120 đoàn viên mới; 95,5% chi đoàn được xếp loại khá trở lên.
Trong Tháng Thanh niên, các cơ sở Đoàn đã tổ chức 84 buổi tuyên truyền về phòng, chống ma túy, mua bán người và di cư tự do; hỗ trợ 15 dự án khởi nghiệp của thanh niên dân tộc thiểu số, giải ngân 4,6 tỷ đồng vốn vay ủy thác.
Thảo luận tại hội nghị, đồng chí Sùng Mí Chớ, Bí thư Huyện đoàn Mèo Vạc, kiến nghị bố trí thêm kinh phí cho các đội hình tình nguyện hè vì nhiều xã như Pả Vi, Xín Cái còn thiếu nước sinh hoạt. Đồng chí Triệu Tiến Sinh, Bí thư Đoàn xã Thuận Hòa, cho biết xã đã thành lập tổ thanh niên xung kích giúp 32 hộ người Dao dời nhà khỏi vùng sạt lở.
6 tháng cuối năm, Tỉnh đoàn xác định trọng tâm là tổ chức tốt Chiến dịch Thanh niên tình nguyện hè với chủ đề "Tuổi trẻ Hà Giang chung sức xây dựng nông thôn mới"; phấn đấu hoàn thành ít nhất 20 công trình thanh niên và mở 10 lớp xóa mù chữ cho thanh niên vùng cao. Các đồng chí Hoàng Văn Thàng, Lù Thị Sao - Phó Bí thư Tỉnh đoàn được phân công theo dõi các đội hình ở 4 huyện vùng cao núi đá phía Bắc.
Kết luận hội nghị, đồng chí Vàng Thị Sính đề nghị bám sát Kết luận số 80-KL/TW ngày 25/12/2013 của Ban Bí thư, gắn hoạt động tình nguyện với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" và giữ vững an ninh khu vực biên giới.
Tại hội nghị, các đại biểu cũng thống nhất nhiều giải pháp để nâng cao chất lượng sinh hoạt chi đoàn ở các thôn xa trung tâm, như luân phiên tổ chức sinh hoạt tại nhà văn hóa thôn, lồng ghép sinh hoạt với các buổi lao động công ích, dạy chữ và tuyên truyền pháp luật bằng tiếng Mông, tiếng Dao; phân công đoàn viên là giáo viên, bộ đội biên phòng kèm cặp các chi đoàn yếu.
Minh Tâm
Lượt xem: 1.205
Tin liên quan
- Đồng Văn: thanh niên ra quân làm đường vào thôn Sảng Pả (02/07/2014)
- Trao 40 suất học bổng cho học sinh nghèo (25/06/2014)
- Hội thi "Thanh niên với pháp luật" năm 2014 (18/06/2014)
""", "2014-07-10", "Tuổi trẻ Hà Giang xung kích trên các công trình thanh niên",
E("so_ket", "2014-H1", "2014-07-08"),
[P("Vàng Thị Sính", "Bí thư Tỉnh đoàn"), P("Hoàng Văn Thàng", "Phó Bí thư Tỉnh đoàn"),
 P("Lù Thị Sao", "Phó Bí thư Tỉnh đoàn"), P("Sùng Mí Chớ", "Bí thư Huyện đoàn Mèo Vạc"),
 P("Triệu Tiến Sinh", "Bí thư Đoàn xã Thuận Hòa")],
[Q("27 công trình thanh niên", 27, "công trình thanh niên"), Q("trên 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("9 nhà văn hóa thôn", 9, "nhà văn hóa thôn"), Q("11 km", 11, "km"), Q("1.120 đoàn viên mới", 1120, "đoàn viên mới"),
 Q("95,5%", 95.5, "%"), Q("84 buổi tuyên truyền", 84, "buổi tuyên truyền"), Q("15 dự án khởi nghiệp", 15, "dự án khởi nghiệp"),
 Q("4,6 tỷ đồng", 4600000000, "đồng"), Q("32 hộ", 32, "hộ"),
 Q("ít nhất 20 công trình thanh niên", 20, "công trình thanh niên", "over"), Q("10 lớp xóa mù chữ", 10, "lớp xóa mù chữ"),
 Q("4 huyện vùng cao núi đá", 4, "huyện vùng cao núi đá")],
[D("Nghị quyết", "04", "NQ/TĐTN", None, "Ban Chấp hành Tỉnh đoàn", "Nghị quyết số 04-NQ/TĐTN"),
 D("Chỉ thị", "17", "CT/TU", "2014-01-03", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 3/1/2014"),
 D("Kết luận", "80", "KL/TW", "2013-12-25", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 25/12/2013")],
[prov("Hà Giang"), com("Pả Vi"), com("Xín Cái"), com("Thuận Hòa")],
["BÁO HÀ GIANG ĐIỆN TỬ", "Vị trí: Trang chủ >> Chính trị >> Đoàn thể", "(HGĐT)", "Toàn cảnh hội nghị sơ kết.",
 "Tuổi trẻ Hà Giang chung sức xây dựng nông thôn mới", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Lượt xem: 1.205"],
["08:15 | 10/07/2014", "6 tháng đầu năm", "6 tháng cuối năm 2014", "khá trở lên", "Lượt xem: 1.205"]))
