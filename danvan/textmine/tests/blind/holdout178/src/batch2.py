from lib import *
PAGES = []

PAGES.append(page("b4235-haiphong-phuong-doithoai-2017", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - HẢI PHÒNG
Trang chủ | Tin tức - Sự kiện | Cải cách hành chính
20/06/2017 - 10:05
Phường Dư Hàng Kênh đối thoại với nhân dân về thủ tục hành chính
Chiều 19/6, UBND phường Dư Hàng Kênh, quận Lê Chân, thành phố Hải Phòng tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền với nhân dân năm 2017, chuyên đề giải quyết thủ tục hành chính về đất đai, xây dựng và chứng thực. Ông Bùi Quang Huy, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì; dự có đồng chí Phạm Thị Thanh Nga, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận.
Hơn 150 cử tri, đại diện 48 tổ dân phố đã dự đối thoại.
Ông Bùi Quang Huy trả lời ý kiến của người dân. Ảnh: Thu Hà
Theo báo cáo, thực hiện Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông và Kế hoạch số 58/KH-UBND của UBND quận, 5 tháng đầu năm phường đã tiếp nhận 2.416 hồ sơ, trả đúng hạn 2.391 hồ sơ (98,9%); còn 25 hồ sơ trễ hẹn đều có thư xin lỗi gửi công dân. Phường đã cắt giảm thời gian chứng thực bản sao từ 2 ngày xuống trong ngày; 100% hồ sơ được nhập vào phần mềm một cửa điện tử.
Tại buổi đối thoại, 17 ý kiến của người dân tập trung vào việc cấp giấy chứng nhận quyền sử dụng đất cho 32 hộ ở khu tập thể cũ, hồ sơ xin phép xây dựng và thái độ của một số công chức. Bà Nguyễn Thị Lụa, tổ trưởng tổ dân phố số 12, phản ánh việc phải bổ sung giấy tờ nhiều lần. Ông Đào Văn Thịnh, Bí thư Chi bộ tổ dân phố số 7, đề nghị công khai tiến độ giải quyết hồ sơ trên bảng điện tử.
Ông Bùi Quang Huy cùng các ông Vũ Minh Đức, Trần Văn Hải - Phó Chủ tịch UBND phường đã trực tiếp giải đáp, nhận lỗi với những trường hợp chậm; cam kết trong tháng 7 hoàn thành việc cấp giấy cho ít nhất 20 hộ. Bà Hoàng Thị Thu, công chức địa chính - xây dựng phường, giải thích quy trình và hẹn lịch xuống tận nhà đo đạc.
Phát biểu tại hội nghị, đồng chí Phạm Thị Thanh Nga đề nghị phường tiếp tục thực hiện Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và Chỉ thị số 22-CT/QU ngày 6/3/2017 của Ban Thường vụ Quận ủy về tăng cường đối thoại giữa người đứng đầu với nhân dân; Ủy ban MTTQ phường giám sát việc thực hiện các nội dung đã cam kết.
Cũng trong năm 2017, phường đặt mục tiêu tỷ lệ hài lòng của người dân đạt từ 90% trở lên, đưa 35 thủ tục hành chính ra tiếp nhận qua dịch vụ bưu chính công ích.
Phương Thảo
Lượt xem: 743
Tin khác
- Quận Lê Chân sơ kết 5 tháng cải cách hành chính (12/06/2017)
- Ra mắt bộ phận một cửa hiện đại phường Niệm Nghĩa (30/05/2017)
- Hội nghị tiếp xúc cử tri trước kỳ họp HĐND thành phố (22/05/2017)
""", "2017-06-20", "Phường Dư Hàng Kênh đối thoại với nhân dân về thủ tục hành chính",
E("doi_thoai", "2017", "2017-06-19"),
[P("Bùi Quang Huy", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("Phạm Thị Thanh Nga", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Nguyễn Thị Lụa", "tổ trưởng tổ dân phố số 12"),
 P("Đào Văn Thịnh", "Bí thư Chi bộ tổ dân phố số 7"),
 P("Vũ Minh Đức", "Phó Chủ tịch UBND phường"),
 P("Trần Văn Hải", "Phó Chủ tịch UBND phường"),
 P("Hoàng Thị Thu", "công chức địa chính - xây dựng phường")],
[Q("Hơn 150 cử tri", 150, "cử tri", "over"), Q("48 tổ dân phố", 48, "tổ dân phố"),
 Q("2.416 hồ sơ", 2416, "hồ sơ"), Q("2.391 hồ sơ", 2391, "hồ sơ"), Q("98,9%", 98.9, "%"), Q("25 hồ sơ", 25, "hồ sơ"),
 Q("100% hồ sơ", 100, "%"), Q("17 ý kiến", 17, "ý kiến"), Q("32 hộ", 32, "hộ"), Q("ít nhất 20 hộ", 20, "hộ", "over"),
 Q("từ 90% trở lên", 90, "%", "over"), Q("35 thủ tục hành chính", 35, "thủ tục hành chính")],
[D("Quyết định", "09", "2015/QĐ-TTg", "2015-03-25", "Thủ tướng Chính phủ", "Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015"),
 D("Kế hoạch", "58", "KH-UBND", None, "UBND quận", "Kế hoạch số 58/KH-UBND"),
 D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Chỉ thị", "22", "CT/QU", "2017-03-06", "Ban Thường vụ Quận ủy", "Chỉ thị số 22-CT/QU ngày 6/3/2017")],
[prov("Hải Phòng"), com("Dư Hàng Kênh")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LÊ CHÂN - HẢI PHÒNG", "Trang chủ | Tin tức - Sự kiện | Cải cách hành chính",
 "Ông Bùi Quang Huy trả lời ý kiến của người dân. Ảnh: Thu Hà", "Lượt xem: 743"],
["20/06/2017 - 10:05", "năm 2017", "5 tháng đầu năm", "2 ngày", "tổ dân phố số 12", "tổ dân phố số 7", "tháng 7", "Lượt xem: 743"]))

PAGES.append(page("b4236-sonla-dvcq-taphuan-2018", """
Ban Dân vận Tỉnh ủy Sơn La
Trang chủ >> Tin tức >> Hoạt động của Ban
Hôm nay: Thứ Ba, 18/09/2018
Cập nhật lúc 17:20 ngày 17/09/2018
Tập huấn nghiệp vụ công tác dân vận chính quyền cho 210 cán bộ, công chức
Trong 2 ngày 17 - 18/9/2018, Ban Dân vận Tỉnh ủy phối hợp với Sở Nội vụ tổ chức lớp tập huấn nghiệp vụ công tác dân vận chính quyền năm 2018 cho 210 cán bộ, công chức bộ phận một cửa, văn phòng - thống kê, tư pháp - hộ tịch các xã, phường, thị trấn thuộc 12 huyện, thành phố.
Đồng chí Cầm Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Cầm Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: Sơn La có 12 dân tộc cùng sinh sống, 204 xã, phường, thị trấn, trong đó 95 xã đặc biệt khó khăn; vì vậy cán bộ một cửa phải biết tiếng dân tộc, hiểu phong tục, "nói để dân hiểu, làm để dân tin".
Các học viên được nghe đồng chí Quàng Văn Ún, Phó Trưởng Ban Dân vận Tỉnh ủy quán triệt Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước, chính quyền các cấp và Chương trình hành động số 31-CTr/TU của Tỉnh ủy thực hiện Kết luận này; ông Lò Văn Chiến, Phó Giám đốc Sở Nội vụ giới thiệu Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.
Theo số liệu của Sở Nội vụ, 8 tháng năm 2018 bộ phận một cửa cấp xã toàn tỉnh tiếp nhận 186.540 hồ sơ, giải quyết đúng hạn 97,3%; tỉnh đã đưa 1.208 thủ tục lên Cổng dịch vụ công, trong đó 46 thủ tục ở mức độ 3, 4. Tuy nhiên, vẫn còn 18 xã chưa có máy tính kết nối mạng tại bộ phận một cửa, gần 30% công chức cấp xã chưa qua đào tạo kỹ năng giao tiếp với đồng bào dân tộc thiểu số.
Lớp học dành nhiều thời gian để thảo luận tình huống. Chị Lường Thị Xuân, công chức tư pháp - hộ tịch xã Chiềng Mung, kể việc đi bộ 8 km đến bản Tả Sẳng để làm giấy khai sinh cho 14 trẻ em người Mông; anh Sồng A Dình, công chức văn phòng - thống kê xã Chiềng Khoong, chia sẻ kinh nghiệm dịch thủ tục ra tiếng Mông và dán ở nhà văn hóa bản.
Kết thúc lớp, 100% học viên được cấp giấy chứng nhận. Ban Dân vận Tỉnh ủy đề nghị mỗi xã đăng ký ít nhất 1 mô hình "Dân vận khéo" trong cải cách hành chính và báo cáo kết quả trước ngày 30/11/2018.
Thu Trang
Lượt truy cập: 1.058
TIN CÙNG CHUYÊN MỤC
- Mai Sơn: đối thoại với nhân dân về bồi thường, giải phóng mặt bằng (11/09/2018)
- Giao ban khối dân vận quý III/2018 (05/09/2018)
- Sốp Cộp ra mắt 3 mô hình "Dân vận khéo" (28/08/2018)
""", "2018-09-17", "Tập huấn nghiệp vụ công tác dân vận chính quyền cho 210 cán bộ, công chức",
E("tap_huan", "2018", "2018-09-17"),
[P("Cầm Thị Hương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Ún", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Chiến", "Phó Giám đốc Sở Nội vụ"),
 P("Lường Thị Xuân", "công chức tư pháp - hộ tịch xã Chiềng Mung"),
 P("Sồng A Dình", "công chức văn phòng - thống kê xã Chiềng Khoong")],
[Q("210 cán bộ, công chức", 210, "cán bộ, công chức"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("12 dân tộc", 12, "dân tộc"), Q("204 xã, phường, thị trấn", 204, "xã, phường, thị trấn"),
 Q("95 xã đặc biệt khó khăn", 95, "xã đặc biệt khó khăn"), Q("186.540 hồ sơ", 186540, "hồ sơ"), Q("97,3%", 97.3, "%"),
 Q("1.208 thủ tục", 1208, "thủ tục"), Q("46 thủ tục", 46, "thủ tục"), Q("18 xã", 18, "xã"), Q("gần 30%", 30, "%", "approx"),
 Q("8 km", 8, "km"), Q("14 trẻ em người Mông", 14, "trẻ em người Mông"), Q("100% học viên", 100, "%"),
 Q("ít nhất 1 mô hình", 1, "mô hình", "over")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Chương trình hành động", "31", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 31-CTr/TU"),
 D("Nghị định", "61", "2018/NĐ-CP", "2018-04-23", "Chính phủ", "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018")],
[prov("Sơn La"), com("Chiềng Mung"), com("Chiềng Khoong")],
["Ban Dân vận Tỉnh ủy Sơn La", "Trang chủ >> Tin tức >> Hoạt động của Ban", "Hôm nay: Thứ Ba, 18/09/2018",
 "Đồng chí Cầm Thị Hương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn.",
 "nói để dân hiểu, làm để dân tin", "Dân vận khéo", "Lượt truy cập: 1.058"],
["Cập nhật lúc 17:20 ngày 17/09/2018", "2 ngày", "năm 2018", "8 tháng năm 2018", "mức độ 3, 4", "Lượt truy cập: 1.058"]))

PAGES.append(page("b4237-binhduong-dvcq-baocao-2018", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị › Xây dựng Đảng
26.12.2018 | 08:30
Vị trí: Trang chủ › Chính trị
Dân vận chính quyền: Hơn 1,24 triệu hồ sơ được giải quyết đúng hạn
(BDO) Theo Báo cáo số 215-BC/BDVTU ngày 20/12/2018 của Ban Dân vận Tỉnh ủy về kết quả công tác dân vận chính quyền năm 2018, cơ quan nhà nước các cấp trong tỉnh đã tiếp nhận hơn 1,24 triệu hồ sơ thủ tục hành chính, giải quyết đúng hạn đạt 99,2%.
Báo cáo nêu rõ, thực hiện Chỉ thị 24, 25-CT/TU của Ban Thường vụ Tỉnh ủy về nâng cao hiệu quả công tác dân vận của chính quyền và về tiếp công dân, đối thoại với nhân dân, năm 2018 tỉnh Bình Dương đã công bố, chuẩn hóa 1.816 thủ tục hành chính, trong đó 512 thủ tục cung cấp trực tuyến mức độ 3, 4. Thực hiện Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ, có 38.400 hồ sơ được tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích. Chỉ số hài lòng của người dân (SIPAS) đạt 86,35%; tiết kiệm khoảng 3,2 tỷ đồng chi phí in ấn nhờ sử dụng văn bản điện tử.
Người dân làm thủ tục tại Trung tâm Hành chính công tỉnh. Ảnh: Q.Chiến
Lãnh đạo các cấp đã tiếp 4.128 lượt công dân, tổ chức 324 cuộc đối thoại; tiếp nhận 2.056 đơn thư, giải quyết 1.940 đơn, đạt 94,4%. Phong trào thi đua "Dân vận khéo" trong khối chính quyền có 97 mô hình cấp tỉnh và 312 mô hình cấp huyện được công nhận.
Đánh giá về kết quả này, đồng chí Nguyễn Thị Hồng Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh cho rằng chuyển biến rõ nhất là tinh thần "phục vụ" thay cho "ban phát" ở bộ phận một cửa. Theo Giám đốc Trung tâm Hành chính công tỉnh Trương Thị Bích Hạnh, từ khi đi vào hoạt động, trung tâm chưa để xảy ra trường hợp nào gây phiền hà phải xử lý kỷ luật.
Tuy vậy, báo cáo cũng chỉ ra tồn tại: còn 1.284 hồ sơ đất đai trễ hẹn; 6 vụ khiếu nại đông người liên quan bồi thường dự án; một số nơi đối thoại còn hình thức. Tại phường Phú Hòa, phường Lái Thiêu và xã An Bình, Ban Dân vận các cấp đã kiểm tra theo kế hoạch số 96-KH/BDVTU, chỉ ra 9 hạn chế và yêu cầu khắc phục trong quý I/2019.
Ông Lâm Văn Phát, Chủ tịch UBND phường Lái Thiêu, cho biết phường đã áp dụng phiếu đánh giá điện tử tại quầy một cửa, mỗi tháng tổng hợp trên 2.000 lượt đánh giá của người dân.
Năm 2019, Ban Dân vận Tỉnh ủy đề ra mục tiêu tỷ lệ hồ sơ đúng hạn đạt không dưới 99,5%, 100% cơ quan hành chính cấp huyện tổ chức đối thoại định kỳ ít nhất 2 lần/năm.
Quang Chiến
Lượt xem: 1.876
Bài viết liên quan
- Bến Cát: hội nghị giao ban khối dân vận (18/12/2018)
- Ra mắt Trung tâm Hành chính công tỉnh (03/12/2018)
- Tân Uyên đối thoại với công nhân khu công nghiệp (22/11/2018)
""", "2018-12-26", "Dân vận chính quyền: Hơn 1,24 triệu hồ sơ được giải quyết đúng hạn",
E("bao_cao", "2018", "2018-12-20"),
[P("Nguyễn Thị Hồng Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Thị Bích Hạnh", "Giám đốc Trung tâm Hành chính công tỉnh"),
 P("Lâm Văn Phát", "Chủ tịch UBND phường Lái Thiêu")],
[Q("hơn 1,24 triệu hồ sơ", 1240000, "hồ sơ", "over"), Q("99,2%", 99.2, "%"),
 Q("1.816 thủ tục hành chính", 1816, "thủ tục hành chính"), Q("512 thủ tục", 512, "thủ tục"),
 Q("38.400 hồ sơ", 38400, "hồ sơ"), Q("86,35%", 86.35, "%"), Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx"),
 Q("4.128 lượt công dân", 4128, "lượt công dân"), Q("324 cuộc đối thoại", 324, "cuộc đối thoại"),
 Q("2.056 đơn thư", 2056, "đơn thư"), Q("1.940 đơn", 1940, "đơn"), Q("94,4%", 94.4, "%"),
 Q("97 mô hình cấp tỉnh", 97, "mô hình cấp tỉnh"), Q("312 mô hình cấp huyện", 312, "mô hình cấp huyện"),
 Q("1.284 hồ sơ đất đai", 1284, "hồ sơ đất đai"), Q("6 vụ khiếu nại đông người", 6, "vụ khiếu nại đông người"),
 Q("9 hạn chế", 9, "hạn chế"), Q("trên 2.000 lượt đánh giá", 2000, "lượt đánh giá", "over"),
 Q("không dưới 99,5%", 99.5, "%", "over"), Q("100% cơ quan hành chính", 100, "%"), Q("ít nhất 2 lần/năm", 2, "lần", "over")],
[D("Báo cáo", "215", "BC/BDVTU", "2018-12-20", "Ban Dân vận Tỉnh ủy", "Báo cáo số 215-BC/BDVTU ngày 20/12/2018"),
 D("Chỉ thị", "24", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Chỉ thị", "25", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 24, 25-CT/TU"),
 D("Quyết định", "45", "2016/QĐ-TTg", "2016-10-19", "Thủ tướng Chính phủ", "Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016"),
 D("Kế hoạch", "96", "KH/BDVTU", None, None, "kế hoạch số 96-KH/BDVTU")],
[prov("Bình Dương"), com("Phú Hòa"), com("Lái Thiêu"), com("An Bình")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị › Xây dựng Đảng", "Vị trí: Trang chủ › Chính trị", "(BDO)",
 "Người dân làm thủ tục tại Trung tâm Hành chính công tỉnh. Ảnh: Q.Chiến", "Dân vận khéo", "SIPAS", "Lượt xem: 1.876"],
["26.12.2018 | 08:30", "năm 2018", "mức độ 3, 4", "quý I/2019", "Năm 2019", "Lượt xem: 1.876"]))

PAGES.append(page("b4238-ninhthuan-bienphong-hoinghi-2019", """
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH NINH THUẬN
Tin tức / Công tác vận động quần chúng
Ngày đăng: 07/05/2019 15:20
Ảnh: Đại biểu dự hội nghị chụp ảnh lưu niệm.
Gặp mặt 120 chức sắc, người có uy tín khu vực biên giới biển
Ngày 6/5, Bộ Chỉ huy BĐBP tỉnh Ninh Thuận phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt chức sắc, chức việc, người có uy tín khu vực biên giới biển năm 2019. Đại tá Lê Minh Sáu, Chỉ huy trưởng BĐBP tỉnh và bà Quảng Thị Xuân Trang, Phó Trưởng Ban Dân tộc tỉnh đồng chủ trì. Dự hội nghị có 120 đại biểu là chức sắc Bà-la-môn, Bà Ni, Hồi giáo, già làng, trưởng thôn và người có uy tín ở 8 xã, phường ven biển.
Hội nghị đã nghe Thượng tá Châu Văn Lộc - Chính ủy BĐBP tỉnh thông tin tình hình biên giới biển và kết quả thực hiện Chỉ thị số 45/CT-TTg ngày 13/12/2017 của Thủ tướng Chính phủ về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU), Nghị định số 71/2015/NĐ-CP của Chính phủ về quản lý hoạt động của người, phương tiện trong khu vực biên giới biển.
Theo đó, năm 2018 và 4 tháng đầu năm 2019, các đồn biên phòng đã phối hợp với người có uy tín tổ chức 236 buổi tuyên truyền cho trên 14.000 lượt ngư dân; vận động thành lập 17 tổ đoàn kết khai thác hải sản với 312 tàu cá; 96% tàu cá có chiều dài từ 15 m trở lên đã lắp thiết bị giám sát hành trình. Nhờ nhân dân cung cấp thông tin, lực lượng biên phòng bắt giữ 11 vụ vận chuyển hàng cấm, 3 vụ khai thác hải sản bằng chất nổ.
Thực hiện Quy chế phối hợp số 02/QCPH-BĐBP-BDT giữa BĐBP tỉnh và Ban Dân tộc tỉnh, mỗi đồn biên phòng nhận đỡ đầu ít nhất 3 người có uy tín; cán bộ đồn tham gia sinh hoạt với 26 chi bộ thôn, khu phố ven biển.
Phát biểu tại hội nghị, Cả sư Thập Thành, Chánh Thư ký Hội đồng Chức sắc Bà-la-môn tỉnh, cam kết vận động tín đồ chấp hành quy định khu vực biên giới biển. Ông Pinăng Văn Bế, người có uy tín thôn Đá Hang, xã Phước Dinh, đề nghị biên phòng tiếp tục mở lớp dạy nghề cho thanh niên Raglai bỏ học. Bà Đàng Thị Hòa, Chủ tịch UBND xã Vĩnh Hải, và ông Lưu Văn Tâm, Chủ tịch UBND xã Nhơn Hải, kiến nghị hỗ trợ ngư dân chuyển đổi nghề.
Kết luận hội nghị, Đại tá Lê Minh Sáu ghi nhận những đóng góp của đội ngũ người có uy tín; giao các đồn biên phòng Phước Diêm, Ninh Chữ, Cà Ná tiếp tục "3 bám, 4 cùng" với nhân dân, phối hợp với xã Phước Diêm xây dựng mô hình "Bến cá văn minh".
Dịp này, Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho 12 người có uy tín có thành tích tiêu biểu.
Hoàng Thanh
Lượt truy cập: 562
Tin liên quan
- Đồn Biên phòng Cà Ná tặng 30 suất học bổng (25/04/2019)
- Ký kết phối hợp giữa BĐBP tỉnh và Hội Liên hiệp Phụ nữ tỉnh (12/04/2019)
- Ra quân cao điểm tuyên truyền chống khai thác IUU (01/04/2019)
""", "2019-05-07", "Gặp mặt 120 chức sắc, người có uy tín khu vực biên giới biển",
E("hoi_nghi", "2019", "2019-05-06"),
[P("Lê Minh Sáu", "Đại tá", "Chỉ huy trưởng BĐBP tỉnh"),
 P("Quảng Thị Xuân Trang", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Châu Văn Lộc", "Thượng tá", "Chính ủy BĐBP tỉnh"),
 P("Thập Thành", "Cả sư", "Chánh Thư ký Hội đồng Chức sắc Bà-la-môn tỉnh"),
 P("Pinăng Văn Bế", "người có uy tín thôn Đá Hang"),
 P("Đàng Thị Hòa", "Chủ tịch UBND xã Vĩnh Hải"),
 P("Lưu Văn Tâm", "Chủ tịch UBND xã Nhơn Hải")],
[Q("120 chức sắc, người có uy tín", 120, "chức sắc, người có uy tín"), Q("8 xã, phường ven biển", 8, "xã, phường ven biển"),
 Q("236 buổi tuyên truyền", 236, "buổi tuyên truyền"), Q("trên 14.000 lượt ngư dân", 14000, "lượt ngư dân", "over"),
 Q("17 tổ đoàn kết khai thác hải sản", 17, "tổ đoàn kết khai thác hải sản"), Q("312 tàu cá", 312, "tàu cá"), Q("96%", 96, "%"),
 Q("15 m trở lên", 15, "m", "over"), Q("11 vụ vận chuyển hàng cấm", 11, "vụ vận chuyển hàng cấm"),
 Q("3 vụ khai thác hải sản bằng chất nổ", 3, "vụ khai thác hải sản bằng chất nổ"),
 Q("ít nhất 3 người có uy tín", 3, "người có uy tín", "over"), Q("26 chi bộ thôn, khu phố ven biển", 26, "chi bộ thôn, khu phố ven biển"),
 Q("12 người có uy tín", 12, "người có uy tín")],
[D("Chỉ thị", "45", "CT-TTg", "2017-12-13", "Thủ tướng Chính phủ", "Chỉ thị số 45/CT-TTg ngày 13/12/2017"),
 D("Nghị định", "71", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 71/2015/NĐ-CP"),
 D("Quy chế phối hợp", "02", "QCPH-BĐBP-BDT", None, None, "Quy chế phối hợp số 02/QCPH-BĐBP-BDT")],
[prov("Ninh Thuận"), com("Phước Dinh"), com("Vĩnh Hải"), com("Nhơn Hải"), com("Phước Diêm")],
["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH NINH THUẬN", "Tin tức / Công tác vận động quần chúng",
 "Ảnh: Đại biểu dự hội nghị chụp ảnh lưu niệm.", "3 bám, 4 cùng", "Bến cá văn minh", "Lượt truy cập: 562"],
["Ngày đăng: 07/05/2019 15:20", "năm 2019", "năm 2018", "4 tháng đầu năm 2019", "3 bám, 4 cùng", "Lượt truy cập: 562"]))

PAGES.append(page("b4239-kontum-bienphong-chandung-2019", """
BÁO KON TUM ĐIỆN TỬ
Trang chủ - Xã hội - Gương sáng
Thứ Ba, 05/11/2019, 09:10
"Người con nuôi" của làng biên giới Đắk Long
Hơn 10 năm gắn bó với các làng biên giới xã Đắk Long, huyện Đắk Glei, Thiếu tá Y Thương, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đắk Long, được đồng bào Giẻ Triêng gọi thân mật là "con nuôi của làng".
Thiếu tá Y Thương (bên phải) cùng già làng A Thút kiểm tra vườn sâm. Ảnh: Đức Thành
Sinh ra ở xã Đắk Nông, huyện Ngọc Hồi, năm 2008 anh nhận quyết định về đồn. Thực hiện Kế hoạch số 1350/KH-BCH của Bộ Chỉ huy BĐBP tỉnh Kon Tum về tăng cường cán bộ đồn biên phòng tham gia cấp ủy cơ sở, anh được cử làm Phó Bí thư Chi bộ làng Đắk Tăng. Mỗi tháng anh ở lại làng ít nhất 20 ngày, cùng dân phát rẫy, trồng sâm dây, dạy chữ cho người lớn tuổi.
Từ lớp xóa mù chữ đầu tiên với 18 học viên năm 2011, đến nay anh và đồng đội đã mở 7 lớp, giúp 146 người đọc thông, viết thạo. Anh vận động 52 hộ bỏ tập quán sinh con tại rẫy, 31 hộ chuyển sang trồng sâm dây, mỗi năm thu nhập tăng thêm khoảng 40 triệu đồng/hộ. Làng Đắk Tăng từ 68 hộ nghèo năm 2014 nay chỉ còn 19 hộ.
Già làng A Thút kể: "Trước đây bà con còn tin thầy cúng, ốm đau không đi trạm xá. Thằng Thương nói mãi, dắt đi khám, giờ cả làng tin bộ đội như tin con mình". Ông A Vân, Chủ tịch UBND xã Đắk Long, cho biết năm 2018, nhờ có cán bộ đồn vận động, xã không có hộ nào di cư tự do, không có người theo đạo trái pháp luật.
Theo Đại tá Nguyễn Đình Hồng, Phó Chính ủy BĐBP tỉnh, phong trào "Bộ đội Biên phòng chung sức xây dựng nông thôn mới" theo Chỉ thị số 1094/CT-BTL của Bộ Tư lệnh BĐBP và Kế hoạch 27, 28/KH-ĐU của Đảng ủy BĐBP tỉnh đã có 35 cán bộ đồn biên phòng tham gia cấp ủy xã, 42 cán bộ phụ trách hộ gia đình. Các đơn vị đã giúp dân làm 4.600 ngày công, xây dựng 9 căn nhà "Mái ấm biên cương" trị giá 540 triệu đồng.
Năm 2019, Thiếu tá Y Thương là một trong 10 gương mặt được tuyên dương "Người tốt, việc tốt" của Bộ đội Biên phòng tỉnh; Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" giai đoạn 2015 - 2019.
Những ngày cuối năm, anh cùng tổ công tác đến từng hộ vận động bà con tham gia tổ tự quản đường biên, cột mốc; đến nay làng đã có 3 tổ với 24 thành viên, mỗi tháng tuần tra 2 lần cùng bộ đội.
Dù đã có gia đình ở thị trấn Plei Kần, anh vẫn xem làng Đắk Tăng là nhà. "Ở với dân lâu thì dân thương, dân tin, mình nói gì dân cũng nghe", anh nói.
Đức Thành
Lượt đọc: 2.114
Tin khác
- Đắk Glei: 150 suất quà cho học sinh nghèo vùng biên giới (30/10/2019)
- Kon Plông tổng kết 10 năm chương trình "Con nuôi đồn biên phòng" (22/10/2019)
- Đồn Biên phòng Đắk Nhoong khám bệnh cho 300 người dân (14/10/2019)
""", "2019-11-05", '"Người con nuôi" của làng biên giới Đắk Long',
E("khac", None, None),
[P("Y Thương", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Đắk Long", "Phó Bí thư Chi bộ làng Đắk Tăng"),
 P("A Thút", "Già làng"), P("A Vân", "Chủ tịch UBND xã Đắk Long"),
 P("Nguyễn Đình Hồng", "Đại tá", "Phó Chính ủy BĐBP tỉnh")],
[Q("ít nhất 20 ngày", 20, "ngày", "over"), Q("18 học viên", 18, "học viên"), Q("7 lớp", 7, "lớp"),
 Q("146 người", 146, "người"), Q("52 hộ", 52, "hộ"), Q("31 hộ", 31, "hộ"), Q("khoảng 40 triệu đồng/hộ", 40000000, "đồng", "approx"),
 Q("68 hộ nghèo", 68, "hộ nghèo"), Q("19 hộ", 19, "hộ"), Q("35 cán bộ đồn biên phòng", 35, "cán bộ đồn biên phòng"),
 Q("42 cán bộ", 42, "cán bộ"), Q("4.600 ngày công", 4600, "ngày công"), Q("9 căn nhà", 9, "căn nhà"),
 Q("540 triệu đồng", 540000000, "đồng"), Q("10 gương mặt", 10, "gương mặt"), Q("3 tổ", 3, "tổ"), Q("24 thành viên", 24, "thành viên"), Q("2 lần", 2, "lần")],
[D("Kế hoạch", "1350", "KH-BCH", None, "Bộ Chỉ huy BĐBP tỉnh Kon Tum", "Kế hoạch số 1350/KH-BCH"),
 D("Chỉ thị", "1094", "CT-BTL", None, "Bộ Tư lệnh BĐBP", "Chỉ thị số 1094/CT-BTL"),
 D("Kế hoạch", "27", "KH-ĐU", None, "Đảng ủy BĐBP tỉnh", "Kế hoạch 27, 28/KH-ĐU"),
 D("Kế hoạch", "28", "KH-ĐU", None, "Đảng ủy BĐBP tỉnh", "Kế hoạch 27, 28/KH-ĐU")],
[prov("Kon Tum"), com("Đắk Long"), com("Đắk Nông"), com("Plei Kần")],
["BÁO KON TUM ĐIỆN TỬ", "Trang chủ - Xã hội - Gương sáng", "Thiếu tá Y Thương (bên phải) cùng già làng A Thút kiểm tra vườn sâm. Ảnh: Đức Thành",
 "con nuôi của làng", "Bộ đội Biên phòng chung sức xây dựng nông thôn mới", "Mái ấm biên cương", "Người tốt, việc tốt", "Dân vận khéo",
 "Lượt đọc: 2.114"],
["Thứ Ba, 05/11/2019, 09:10", "Hơn 10 năm", "năm 2008", "năm 2011", "năm 2014", "năm 2018", "Năm 2019", "giai đoạn 2015 - 2019", "Lượt đọc: 2.114"]))

PAGES.append(page("b4240-hanam-congan-daihoi-2020", """
Báo Hà Nam điện tử
Chính trị | Đại hội Đảng các cấp
23/06/2020 - 17:30
Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đảng bộ Công an tỉnh: Lấy sự hài lòng của nhân dân làm thước đo
Trong 2 ngày 22 - 23/6, Đảng bộ Công an tỉnh Hà Nam tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2020 - 2025. Dự có đồng chí Trần Đức Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy; Thiếu tướng Phạm Quốc Hùng, Phó Chánh Văn phòng Đảng ủy Công an Trung ương, cùng 250 đại biểu thay mặt cho 1.146 đảng viên của 58 tổ chức cơ sở đảng.
Báo cáo chính trị nêu rõ, nhiệm kỳ 2015 - 2020, thực hiện Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của Bộ Công an, Công an tỉnh đã bố trí công an chính quy về 98/98 xã, thị trấn, sớm nhất cả nước. Công tác dân vận của lực lượng công an có nhiều chuyển biến: đã vận động nhân dân cung cấp 3.420 tin báo có giá trị; xây dựng 287 mô hình tự quản về an ninh trật tự; phối hợp xây dựng 12 căn nhà tình nghĩa trị giá 1,2 tỷ đồng. Kết quả khảo sát của Ủy ban MTTQ tỉnh cho thấy hơn 96% người dân hài lòng với thái độ phục vụ của công an khi làm thủ tục đăng ký, quản lý cư trú.
Đại tá Trần Văn Hòa phát biểu khai mạc Đại hội.
Thượng tá Vũ Thị Lan, Trưởng phòng Công tác đảng và công tác chính trị, cho biết việc thực hiện Quyết định 05, 06-QĐ/ĐUCA của Đảng ủy Công an tỉnh về quy chế dân vận và về trách nhiệm của cán bộ, chiến sĩ nơi cư trú đã đưa 1.380 cán bộ, chiến sĩ về sinh hoạt tại 312 tổ dân phố, thôn, xóm. Ở xã Liêm Cần, phường Lam Hạ, xã Nhân Nghĩa, công an chính quy phối hợp với Mặt trận, đoàn thể tổ chức 46 buổi "Công an lắng nghe ý kiến nhân dân", tiếp thu 215 ý kiến.
Phát biểu chỉ đạo, đồng chí Trần Đức Minh đề nghị Đảng bộ quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp, tiếp tục thực hiện nghiêm "Sáu điều Bác Hồ dạy Công an nhân dân", gắn xây dựng Đảng với công tác dân vận, lấy sự hài lòng của nhân dân làm thước đo.
Đại hội đã bầu Ban Chấp hành Đảng bộ nhiệm kỳ 2020 - 2025 gồm 15 đồng chí; Đại tá Trần Văn Hòa, Tỉnh ủy viên, Giám đốc Công an tỉnh tái đắc cử Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2020 - 2025; các đồng chí Đại tá Đỗ Văn Tuyến, Thượng tá Nguyễn Hoàng Anh - Phó Giám đốc Công an tỉnh được bầu làm Phó Bí thư Đảng ủy. Đại hội bầu 7 đại biểu dự Đại hội Đảng bộ tỉnh.
Nhiệm kỳ mới, Đảng bộ phấn đấu hằng năm trên 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, tỷ lệ người dân hài lòng từ 98% trở lên.
Minh Tuấn
Lượt xem: 1.325
Các tin đã đưa
- Đại hội Đảng bộ Quân sự tỉnh nhiệm kỳ 2020 - 2025 (17/06/2020)
- Công an Duy Tiên ra mắt mô hình "Camera an ninh" (08/06/2020)
- Kim Bảng: Đại hội điểm đảng bộ cấp huyện (29/05/2020)
""", "2020-06-23", "Đảng bộ Công an tỉnh: Lấy sự hài lòng của nhân dân làm thước đo",
E("dai_hoi", None, "2020-06-22"),
[P("Trần Đức Minh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Phạm Quốc Hùng", "Thiếu tướng", "Phó Chánh Văn phòng Đảng ủy Công an Trung ương"),
 P("Trần Văn Hòa", "Đại tá", "Tỉnh ủy viên", "Giám đốc Công an tỉnh", "Bí thư Đảng ủy Công an tỉnh nhiệm kỳ 2020 - 2025"),
 P("Vũ Thị Lan", "Thượng tá", "Trưởng phòng Công tác đảng và công tác chính trị"),
 P("Đỗ Văn Tuyến", "Đại tá", "Phó Giám đốc Công an tỉnh", "Phó Bí thư Đảng ủy"),
 P("Nguyễn Hoàng Anh", "Thượng tá", "Phó Giám đốc Công an tỉnh", "Phó Bí thư Đảng ủy")],
[Q("250 đại biểu", 250, "đại biểu"), Q("1.146 đảng viên", 1146, "đảng viên"), Q("58 tổ chức cơ sở đảng", 58, "tổ chức cơ sở đảng"),
 Q("98/98 xã, thị trấn", 98, "xã, thị trấn"), Q("3.420 tin báo", 3420, "tin báo"), Q("287 mô hình", 287, "mô hình"),
 Q("12 căn nhà tình nghĩa", 12, "căn nhà tình nghĩa"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("hơn 96%", 96, "%", "over"),
 Q("1.380 cán bộ, chiến sĩ", 1380, "cán bộ, chiến sĩ"), Q("312 tổ dân phố, thôn, xóm", 312, "tổ dân phố, thôn, xóm"),
 Q("46 buổi", 46, "buổi"), Q("215 ý kiến", 215, "ý kiến"), Q("15 đồng chí", 15, "đồng chí"), Q("7 đại biểu", 7, "đại biểu"),
 Q("trên 95%", 95, "%", "over"), Q("từ 98% trở lên", 98, "%", "over")],
[D("Nghị quyết", "22", "NQ/TW", "2018-03-15", "Bộ Chính trị", "Nghị quyết số 22-NQ/TW ngày 15/3/2018"),
 D("Quyết định", "05", "QĐ/ĐUCA", None, "Đảng ủy Công an tỉnh", "Quyết định 05, 06-QĐ/ĐUCA"),
 D("Quyết định", "06", "QĐ/ĐUCA", None, "Đảng ủy Công an tỉnh", "Quyết định 05, 06-QĐ/ĐUCA"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Hà Nam"), com("Liêm Cần"), com("Lam Hạ"), com("Nhân Nghĩa")],
["Báo Hà Nam điện tử", "Chính trị | Đại hội Đảng các cấp", "Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội.",
 "Đại tá Trần Văn Hòa phát biểu khai mạc Đại hội.", "Công an lắng nghe ý kiến nhân dân", "Sáu điều Bác Hồ dạy Công an nhân dân",
 "Lượt xem: 1.325"],
["23/06/2020 - 17:30", "2 ngày", "lần thứ XXIII", "nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2015 - 2020", "15 đồng chí", "Lượt xem: 1.325"]))
