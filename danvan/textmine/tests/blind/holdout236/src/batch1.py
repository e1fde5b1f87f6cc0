from lib import *
PAGES = []

PAGES.append(page("b5621-langson-mttq-giamsat-2011", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN
Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện
Thứ Sáu, 14/10/2011 - 09:30
Đoàn giám sát làm việc tại Trại tạm giam Công an tỉnh. Ảnh: Hoàng Lan
Ủy ban MTTQ tỉnh giám sát việc thực hiện pháp luật về tạm giữ, tạm giam
Ngày 12/10/2011, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn do đồng chí Hoàng Văn Pác, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện pháp luật về tạm giữ, tạm giam và thi hành án năm 2011 tại Công an tỉnh và Cục Thi hành án dân sự tỉnh. Cùng tham gia đoàn có các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Lộc Thị Mến, Nguyễn Đức Hạnh và đại diện Hội Luật gia, Hội Cựu chiến binh tỉnh.
Cuộc giám sát được thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 8/8/2011 của Ban Thường trực Ủy ban MTTQ tỉnh và Chương trình phối hợp số 05/CTrPH-MTTQ-CA giữa Ủy ban MTTQ tỉnh với Công an tỉnh, nhằm góp phần thực hiện Nghị quyết số 49-NQ/TW ngày 2/6/2005 của Bộ Chính trị về Chiến lược cải cách tư pháp đến năm 2020.
Báo cáo của Công an tỉnh do Thượng tá Vi Văn Thắng, Phó Giám đốc Công an tỉnh trình bày cho biết, từ đầu năm đến 30/9/2011, các nhà tạm giữ và Trại tạm giam đã tiếp nhận, quản lý 1.247 lượt người bị tạm giữ, tạm giam; không để xảy ra trường hợp trốn khỏi nơi giam giữ. Chế độ ăn, mặc, thăm gặp được thực hiện theo Nghị định số 89/1998/NĐ-CP của Chính phủ; tuy nhiên buồng giam ở một số nhà tạm giữ cấp huyện đã xuống cấp, có nơi quá tải.
Về thi hành án dân sự, bà Hứa Thị Dung, Cục trưởng Cục Thi hành án dân sự tỉnh cho biết tổng số việc phải thi hành là 3.862 việc với số tiền trên 412 tỷ đồng; đến nay đã thi hành xong 2.519 việc, thu được 96,4 tỷ đồng. Số việc tồn đọng chủ yếu là các khoản phải thi hành của người đang chấp hành án phạt tù, không có tài sản.
Đoàn đã kiểm tra thực tế tại Nhà tạm giữ Công an huyện Cao Lộc và làm việc với UBND xã Hợp Thành về việc quản lý, giáo dục 14 người được hưởng án treo, cải tạo không giam giữ trên địa bàn. Ông Lương Văn Chiến, Chủ tịch Ủy ban MTTQ xã Hợp Thành cho biết, Mặt trận xã đã phân công các đoàn thể và trưởng thôn phối hợp theo dõi, giúp đỡ những người này ổn định cuộc sống.
Phát biểu kết luận, đồng chí Hoàng Văn Pác ghi nhận những cố gắng của các cơ quan tư pháp; đề nghị Công an tỉnh sớm sửa chữa, cải tạo buồng tạm giữ xuống cấp, bảo đảm quyền của người bị tạm giữ, tạm giam; Cục Thi hành án dân sự tỉnh tập trung giải quyết các vụ việc phức tạp, kéo dài. Đoàn giám sát sẽ tổng hợp kiến nghị gửi Thường trực Tỉnh ủy, Thường trực HĐND tỉnh trước ngày 31/10.
Hoàng Lan
Lượt xem: 1.204
Tin liên quan
- Hội nghị ký kết chương trình phối hợp với Viện Kiểm sát nhân dân tỉnh (20/9/2011)
- Ban Thanh tra nhân dân xã Tân Thành giám sát 3 công trình (05/9/2011)
- Tập huấn công tác giám sát cho 230 cán bộ Mặt trận cơ sở (18/8/2011)
""", "2011-10-14", "Ủy ban MTTQ tỉnh giám sát việc thực hiện pháp luật về tạm giữ, tạm giam",
E("giam_sat", "2011", "2011-10-12"),
[P("Hoàng Văn Pác", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lộc Thị Mến", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Đức Hạnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Thắng", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Hứa Thị Dung", "Cục trưởng Cục Thi hành án dân sự tỉnh"),
 P("Lương Văn Chiến", "Chủ tịch Ủy ban MTTQ xã Hợp Thành")],
[Q("1.247 lượt người", 1247, "lượt người"), Q("3.862 việc", 3862, "việc"),
 Q("trên 412 tỷ đồng", 412000000000, "đồng", "over"), Q("2.519 việc", 2519, "việc"),
 Q("96,4 tỷ đồng", 96400000000, "đồng"), Q("14 người", 14, "người")],
[D("Kế hoạch", "27", "KH-MTTQ-BTT", "2011-08-08", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 27/KH-MTTQ-BTT ngày 8/8/2011"),
 D("Chương trình phối hợp", "05", "CTrPH-MTTQ-CA", None, None, "Chương trình phối hợp số 05/CTrPH-MTTQ-CA"),
 D("Nghị quyết", "49", "NQ/TW", "2005-06-02", "Bộ Chính trị", "Nghị quyết số 49-NQ/TW ngày 2/6/2005"),
 D("Nghị định", "89", "1998/NĐ-CP", None, "Chính phủ", "Nghị định số 89/1998/NĐ-CP")],
[prov("Lạng Sơn"), com("Hợp Thành")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LẠNG SƠN", "Trang chủ > Hoạt động Mặt trận > Giám sát, phản biện",
 "Đoàn giám sát làm việc tại Trại tạm giam Công an tỉnh.", "Lượt xem: 1.204", "Hội Luật gia", "Chiến lược cải cách tư pháp đến năm 2020"],
["Thứ Sáu, 14/10/2011 - 09:30", "năm 2011", "đến năm 2020", "Lượt xem: 1.204", "30/9/2011"]))

PAGES.append(page("b5622-nghean-mttq-soket-2012", """
Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An
Thời sự | Chính trị | Mặt trận - Đoàn thể
Cập nhật: 16:40, 20/07/2012 (GMT+7)
Toàn cảnh hội nghị. Ảnh: Thành Duy
Nâng cao chất lượng giám sát hoạt động tư pháp ở cơ sở
(Baonghean) - Sáng 19/7, Ban Thường trực Ủy ban MTTQ tỉnh tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm, trong đó tập trung đánh giá việc tham gia giám sát hoạt động của các cơ quan tư pháp. Đồng chí Nguyễn Thị Hoài An, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Vi Văn Sơn, Phó Chủ tịch Ủy ban MTTQ tỉnh trình bày cho biết, 6 tháng qua, Mặt trận các cấp đã triển khai Kế hoạch 18, 19/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo và về giám sát công tác thi hành án hình sự tại cộng đồng. Mặt trận các cấp đã tổ chức 43 cuộc giám sát, cử đại diện dự 214 phiên tòa xét xử lưu động với khoảng 2.600 lượt người dự; qua đó phát hiện, kiến nghị 27 vụ việc có dấu hiệu vi phạm trong giải quyết đơn thư.
Thực hiện Thông tư liên tịch số 01/2012/TTLT-VKSTC-UBTWMTTQVN, Ban Thanh tra nhân dân ở 480 xã, phường, thị trấn đã tham gia giám sát việc quản lý người được hưởng án treo; 86,5% số người được giao về xã quản lý chấp hành tốt nghĩa vụ. Mặt trận các huyện miền Tây đã vận động được 312 đối tượng nghiện ma túy tự nguyện đi cai nghiện.
Tại hội nghị, các đồng chí Lô Thị Kim, Lương Văn Thành - Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh, làm rõ những khó khăn khi giám sát ở vùng đồng bào Thái, Khơ Mú. Ông Ngân Văn Hùng, Trưởng Ban Thanh tra nhân dân xã Châu Kim, cho biết nhiều cán bộ thanh tra nhân dân chưa được tập huấn nên còn lúng túng khi tiếp nhận phản ánh của người dân. Đại diện Ủy ban MTTQ xã Nghi Phú kiến nghị cần có kinh phí riêng cho hoạt động giám sát, mỗi cuộc khoảng 3 triệu đồng.
Phát biểu kết luận, đồng chí Nguyễn Thị Hoài An đề nghị 6 tháng cuối năm, Mặt trận các cấp bám sát Nghị quyết số 49-NQ/TW của Bộ Chính trị và Chỉ thị số 17-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp dân; phối hợp với Viện Kiểm sát nhân dân tỉnh tổ chức ít nhất 2 lớp tập huấn cho cán bộ Mặt trận cơ sở; không để xảy ra khiếu kiện đông người, vượt cấp.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 9 tập thể và 16 cá nhân có thành tích trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Thành Duy
Các tin khác
- Quỳ Châu: Mặt trận giám sát việc cấp giấy chứng nhận quyền sử dụng đất (12/07/2012)
- Hội nghị phối hợp giữa Ủy ban MTTQ tỉnh và Tòa án nhân dân tỉnh (03/07/2012)
- Trao 120 nhà "Đại đoàn kết" cho hộ nghèo huyện Tương Dương (26/06/2012)
""", "2012-07-20", "Nâng cao chất lượng giám sát hoạt động tư pháp ở cơ sở",
E("so_ket", "2012-H1", "2012-07-19"),
[P("Nguyễn Thị Hoài An", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Sơn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lô Thị Kim", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Lương Văn Thành", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Ngân Văn Hùng", "Trưởng Ban Thanh tra nhân dân xã Châu Kim")],
[Q("43 cuộc giám sát", 43, "cuộc giám sát"), Q("214 phiên tòa xét xử lưu động", 214, "phiên tòa xét xử lưu động"),
 Q("khoảng 2.600 lượt người", 2600, "lượt người", "approx"), Q("27 vụ việc", 27, "vụ việc"),
 Q("480 xã, phường, thị trấn", 480, "xã, phường, thị trấn"), Q("86,5%", 86.5, "%"),
 Q("312 đối tượng nghiện ma túy", 312, "đối tượng nghiện ma túy"), Q("khoảng 3 triệu đồng", 3000000, "đồng", "approx"),
 Q("ít nhất 2 lớp tập huấn", 2, "lớp tập huấn", "over"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19/KH-MTTQ-BTT"),
 D("Kế hoạch", "19", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19/KH-MTTQ-BTT"),
 D("Thông tư liên tịch", "01", "2012/TTLT-VKSTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 01/2012/TTLT-VKSTC-UBTWMTTQVN"),
 D("Nghị quyết", "49", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 49-NQ/TW"),
 D("Chỉ thị", "17", "CT/TU", "2012-03-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 12/3/2012")],
[prov("Nghệ An"), com("Châu Kim"), com("Nghi Phú")],
["Báo Nghệ An - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An", "Thời sự | Chính trị | Mặt trận - Đoàn thể",
 "Toàn cảnh hội nghị.", "(Baonghean)", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
["Cập nhật: 16:40, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm"]))

PAGES.append(page("b5623-daklak-mttq-taphuan-2013", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Bạn đang ở: Trang chủ / Tin tức / Hoạt động Mặt trận
08:15 | 24/05/2013
Tập huấn nghiệp vụ giám sát hoạt động tư pháp cho cán bộ Mặt trận cơ sở
Trong 2 ngày 22 và 23/5/2013, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk phối hợp với Viện Kiểm sát nhân dân tỉnh tổ chức lớp tập huấn nghiệp vụ giám sát hoạt động tư pháp năm 2013 cho hơn 180 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ của 184 xã, phường, thị trấn trong tỉnh.
Đồng chí Y Kông Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn.
Phát biểu khai mạc, đồng chí Y Kông Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh nhấn mạnh: lớp tập huấn nằm trong Kế hoạch số 112/KH-MTTQ-BTT ngày 10/4/2013 của Ban Thường trực Ủy ban MTTQ tỉnh, nhằm cụ thể hóa Kết luận số 79-KL/TW ngày 28/7/2010 của Bộ Chính trị và Chỉ thị số 09-CT/TU của Tỉnh ủy về công tác bảo đảm an ninh, trật tự vùng đồng bào dân tộc thiểu số.
Các học viên được nghe ông Nguyễn Văn Khiêm, Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh giới thiệu quy trình tiếp nhận, xử lý tin báo tội phạm và kiến nghị khởi tố; Thẩm phán Lê Thị Hòa, Phó Chánh án Tòa án nhân dân tỉnh hướng dẫn cách theo dõi phiên tòa, nhận diện các vi phạm về thời hạn tố tụng. Bà H'Nhi Ayŭn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh trao đổi về kỹ năng giám sát việc quản lý người chấp hành án tại xã, phường.
Theo số liệu của Ủy ban MTTQ tỉnh, năm 2012, Mặt trận các cấp đã tham gia giám sát 96 phiên tòa, góp ý 23 vụ việc khiếu nại kéo dài và phối hợp giúp đỡ 1.058 người chấp hành xong án phạt tù trở về địa phương; 73% trong số đó đã có việc làm ổn định. Tuy nhiên, khoảng 40% cán bộ Mặt trận cơ sở là người mới, chưa qua đào tạo về pháp luật.
Tại lớp học, bà H'Lim Byă, Chủ tịch Ủy ban MTTQ xã Ea Tul chia sẻ, xã có 11 buôn đồng bào Êđê, Jrai; Mặt trận xã đã phát huy vai trò của già làng, người có uy tín để vận động 8 thanh niên đang được giáo dục tại xã không tái phạm. Ông Y Blin Kbuôr, Phó Chủ tịch Ủy ban MTTQ xã Cư Né đề nghị biên soạn tài liệu song ngữ Việt - Êđê.
Nhiều học viên đề nghị Viện Kiểm sát nhân dân tỉnh cung cấp danh sách bị can, bị cáo được tại ngoại ở từng xã để Mặt trận phối hợp theo dõi, vận động gia đình giáo dục, không để tái phạm. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch. Ban Thường trực Ủy ban MTTQ tỉnh giao các huyện tổ chức lại lớp tập huấn cho Ban Thanh tra nhân dân và tổ hòa giải ở cơ sở trước ngày 30/9/2013.
H'Xíu - Minh Thuận
Tin khác
- Ủy ban MTTQ tỉnh giám sát công tác thi hành án dân sự tại huyện Krông Pắc (15/5/2013)
- Hội nghị hiệp thương lần thứ 6 Ủy ban MTTQ tỉnh khóa VII (08/5/2013)
- Trao 35 nhà "Đại đoàn kết" tại huyện Lắk (26/4/2013)
""", "2013-05-24", "Tập huấn nghiệp vụ giám sát hoạt động tư pháp cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2013", "2013-05-22"),
[P("Y Kông Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Khiêm", "Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh"),
 P("Lê Thị Hòa", "Thẩm phán", "Phó Chánh án Tòa án nhân dân tỉnh"),
 P("H'Nhi Ayŭn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("H'Lim Byă", "Chủ tịch Ủy ban MTTQ xã Ea Tul"),
 P("Y Blin Kbuôr", "Phó Chủ tịch Ủy ban MTTQ xã Cư Né")],
[Q("hơn 180 học viên", 180, "học viên", "over"), Q("184 xã, phường, thị trấn", 184, "xã, phường, thị trấn"),
 Q("96 phiên tòa", 96, "phiên tòa"), Q("23 vụ việc khiếu nại kéo dài", 23, "vụ việc khiếu nại kéo dài"),
 Q("1.058 người", 1058, "người"), Q("73%", 73, "%"), Q("khoảng 40%", 40, "%", "approx"),
 Q("11 buôn", 11, "buôn"), Q("8 thanh niên", 8, "thanh niên"), Q("100%", 100, "%")],
[D("Kế hoạch", "112", "KH-MTTQ-BTT", "2013-04-10", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 112/KH-MTTQ-BTT ngày 10/4/2013"),
 D("Kết luận", "79", "KL/TW", "2010-07-28", "Bộ Chính trị", "Kết luận số 79-KL/TW ngày 28/7/2010"),
 D("Chỉ thị", "09", "CT/TU", None, "Tỉnh ủy", "Chỉ thị số 09-CT/TU")],
[prov("Đắk Lắk"), com("Ea Tul"), com("Cư Né")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Bạn đang ở: Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Đồng chí Y Kông Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu khai mạc lớp tập huấn."],
["08:15 | 24/05/2013", "năm 2013", "năm 2012", "Trong 2 ngày"]))

PAGES.append(page("b5624-soctrang-myxuyen-doithoai-2014", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG
Hôm nay: Thứ Bảy, 13/09/2014
Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể
Đối thoại về cải cách thủ tục hành chính: người dân nói thẳng, chính quyền trả lời rõ
Ngày đăng 12/09/2014 | 15:30
Ngày 11/9/2014, Ủy ban MTTQ Việt Nam huyện Mỹ Xuyên (tỉnh Sóc Trăng) phối hợp với UBND huyện tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân về cải cách thủ tục hành chính năm 2014. Hơn 200 đại biểu là người dân, chức sắc tôn giáo, người có uy tín trong đồng bào Khmer của 11 xã, thị trấn dự.
Chủ trì đối thoại có ông Trần Minh Đức, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Mỹ Xuyên và ông Lý Văn Hùng, HUV, Chủ tịch Ủy ban MTTQ huyện.
Ông Trần Minh Đức phát biểu tại buổi đối thoại. Ảnh: Kim Hằng
Theo báo cáo, 8 tháng năm 2014, Bộ phận tiếp nhận và trả kết quả của huyện đã tiếp nhận 1.426 hồ sơ, giải quyết đúng hạn 98,7%; còn 19 hồ sơ trễ hạn, chủ yếu về đất đai. Huyện thực hiện cơ chế một cửa theo Quyết định số 93/2007/QĐ-TTg của Thủ tướng Chính phủ và Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ với UBND huyện về tiếp nhận phản ánh của người dân.
Tại buổi đối thoại, 32 ý kiến, kiến nghị được nêu trực tiếp. Ông Thạch Sô Phôl, người có uy tín ấp Đay Sô, xã Tham Đôn, phản ánh việc cấp đổi giấy chứng nhận quyền sử dụng đất còn chậm, có hồ sơ kéo dài trên 3 tháng. Bà Lâm Thị Sa Quênh, xã Đại Tâm, đề nghị niêm yết thủ tục bằng cả chữ Khmer. Đại đức Sơn Chanh Đa, trụ trì chùa Prếk Ba Sắc, kiến nghị đơn giản hóa thủ tục đăng ký sinh hoạt tôn giáo tập trung.
Các ông Nguyễn Văn Tám, Kim Ngọc Thái - Phó Chủ tịch UBND huyện, đã trả lời từng ý kiến, nhận trách nhiệm về những hồ sơ trễ hạn và cam kết rút ngắn thời gian giải quyết còn không quá 15 ngày đối với hồ sơ đất đai đơn giản; những trường hợp trễ hạn sẽ có văn bản xin lỗi và hẹn lại ngày trả kết quả cụ thể, đồng thời công chức để trễ hạn phải kiểm điểm trước tập thể. Ông Lý Văn Hùng đề nghị Ban Thanh tra nhân dân các xã tăng cường giám sát Bộ phận một cửa.
Kết luận buổi đối thoại, ông Trần Minh Đức yêu cầu các phòng, ban thực hiện nghiêm Chỉ thị 14, 15-CT/HU của Ban Thường vụ Huyện ủy về nâng cao trách nhiệm người đứng đầu trong tiếp dân và cải cách hành chính; công khai số điện thoại đường dây nóng tại 11 xã, thị trấn. Kết quả giải quyết kiến nghị sẽ được thông báo lại cho nhân dân qua Ủy ban MTTQ huyện.
Kim Hằng
Lượt truy cập: 358.291
Tin cùng chuyên mục
- Ra mắt Ban Thanh tra nhân dân xã Ngọc Tố (05/09/2014)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo (28/08/2014)
- Hội nghị chức sắc, chức việc Phật giáo Nam tông Khmer (20/08/2014)
""", "2014-09-12", "Đối thoại về cải cách thủ tục hành chính: người dân nói thẳng, chính quyền trả lời rõ",
E("doi_thoai", "2014", "2014-09-11"),
[P("Trần Minh Đức", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Mỹ Xuyên"),
 P("Lý Văn Hùng", "HUV", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Thạch Sô Phôl", "người có uy tín ấp Đay Sô"),
 P("Lâm Thị Sa Quênh"),
 P("Sơn Chanh Đa", "Đại đức", "trụ trì chùa Prếk Ba Sắc"),
 P("Nguyễn Văn Tám", "Phó Chủ tịch UBND huyện"),
 P("Kim Ngọc Thái", "Phó Chủ tịch UBND huyện")],
[Q("Hơn 200 đại biểu", 200, "đại biểu", "over"), Q("11 xã, thị trấn", 11, "xã, thị trấn"),
 Q("1.426 hồ sơ", 1426, "hồ sơ"), Q("98,7%", 98.7, "%"), Q("19 hồ sơ", 19, "hồ sơ"),
 Q("32 ý kiến, kiến nghị", 32, "ý kiến, kiến nghị")],
[D("Quyết định", "93", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 93/2007/QĐ-TTg"),
 D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND"),
 D("Chỉ thị", "14", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 14, 15-CT/HU")],
[prov("Sóc Trăng"), com("Tham Đôn"), com("Đại Tâm")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỸ XUYÊN - TỈNH SÓC TRĂNG", "Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể",
 "Ông Trần Minh Đức phát biểu tại buổi đối thoại.", "Lượt truy cập: 358.291", "Bộ phận tiếp nhận và trả kết quả"],
["Hôm nay: Thứ Bảy, 13/09/2014", "Ngày đăng 12/09/2014 | 15:30", "8 tháng năm 2014", "trên 3 tháng", "không quá 15 ngày", "Lượt truy cập: 358.291"]))

PAGES.append(page("b5625-thaibinh-mttq-tongket-2015", """
THÁI BÌNH ONLINE - Báo Thái Bình điện tử
Chính trị » Mặt trận
18/12/2015 - 10:05
Quang cảnh hội nghị tổng kết. Ảnh: Minh Hương
Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2015
Ngày 17/12, Ủy ban MTTQ Việt Nam tỉnh Thái Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2015, triển khai chương trình phối hợp thống nhất hành động năm 2016. Đồng chí Vũ Đình Khải, Phó Bí thư Thường trực Tỉnh ủy dự và chỉ đạo hội nghị. Đồng chí Phạm Thị Thu Hường, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Năm 2015, Mặt trận các cấp trong tỉnh tiếp tục triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát, phản biện xã hội và góp ý xây dựng Đảng, xây dựng chính quyền. Toàn tỉnh đã tổ chức 1.156 cuộc giám sát, trong đó 286 cuộc giám sát hoạt động tư pháp và dịch vụ công như thi hành án dân sự, quản lý người được đặc xá, cấp giấy chứng nhận quyền sử dụng đất, khám chữa bệnh bảo hiểm y tế; tiếp nhận hơn 3.400 ý kiến của cử tri và nhân dân.
Qua giám sát, Mặt trận đã kiến nghị xử lý 41 trường hợp cán bộ có biểu hiện gây phiền hà cho dân; 99,2% kiến nghị đã được cơ quan có thẩm quyền trả lời. Ban Thanh tra nhân dân 286 xã, phường, thị trấn đã thực hiện 1.920 cuộc giám sát; Ban giám sát đầu tư của cộng đồng giám sát 734 công trình với tổng vốn trên 1.200 tỷ đồng.
Thực hiện Kế hoạch số 36-KH/TU ngày 5/3/2015 của Tỉnh ủy, Mặt trận tỉnh đã tổ chức 3 hội nghị phản biện dự thảo quyết định của UBND tỉnh, trong đó có đề án nâng cao chất lượng phục vụ của Trung tâm Hành chính công tỉnh. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" thu hút trên 52.000 lượt người tham gia hiến kế.
Thảo luận tại hội nghị, đồng chí Mai Văn Tuấn, Chủ tịch Ủy ban MTTQ xã Đông Hợp, chia sẻ kinh nghiệm giám sát việc chi trả chế độ bảo trợ xã hội; đồng chí Đỗ Thị Hạnh, Trưởng Ban Thanh tra nhân dân xã Vũ Lạc, nêu mô hình "5 không" trong tiếp nhận hồ sơ hành chính.
Phát biểu chỉ đạo, đồng chí Vũ Đình Khải đề nghị năm 2016 Mặt trận các cấp tập trung giám sát việc giải quyết đơn thư và hoạt động của các cơ quan tư pháp theo tinh thần Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân. Các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Bùi Văn Toản, Trần Thị Lụa, Ngô Quang Vinh đã trình bày các chương trình phối hợp năm 2016.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 18 tập thể và 25 cá nhân.
Minh Hương
Tin liên quan
- Thái Thụy: Mặt trận giám sát việc chi trả chế độ chính sách (10/12/2015)
- Hội nghị phản biện dự thảo quy định về giá đất (02/12/2015)
- Ra mắt 12 mô hình khu dân cư tự quản (25/11/2015)
""", "2015-12-18", "Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2015",
E("tong_ket", "2015", "2015-12-17"),
[P("Vũ Đình Khải", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Phạm Thị Thu Hường", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Mai Văn Tuấn", "Chủ tịch Ủy ban MTTQ xã Đông Hợp"),
 P("Đỗ Thị Hạnh", "Trưởng Ban Thanh tra nhân dân xã Vũ Lạc"),
 P("Bùi Văn Toản", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Trần Thị Lụa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ngô Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("1.156 cuộc giám sát", 1156, "cuộc giám sát"), Q("286 cuộc giám sát hoạt động tư pháp và dịch vụ công", 286, "cuộc giám sát"),
 Q("hơn 3.400 ý kiến", 3400, "ý kiến", "over"), Q("41 trường hợp", 41, "trường hợp"), Q("99,2%", 99.2, "%"),
 Q("286 xã, phường, thị trấn", 286, "xã, phường, thị trấn"), Q("1.920 cuộc giám sát", 1920, "cuộc giám sát"),
 Q("734 công trình", 734, "công trình"), Q("trên 1.200 tỷ đồng", 1200000000000, "đồng", "over"),
 Q("3 hội nghị phản biện", 3, "hội nghị phản biện"), Q("trên 52.000 lượt người", 52000, "lượt người", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("25 cá nhân", 25, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "36", "KH/TU", "2015-03-05", "Tỉnh ủy", "Kế hoạch số 36-KH/TU ngày 5/3/2015"),
 D("Chỉ thị", "35", "CT/TW", "2014-05-26", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 26/5/2014")],
[prov("Thái Bình"), com("Đông Hợp"), com("Vũ Lạc")],
["THÁI BÌNH ONLINE - Báo Thái Bình điện tử", "Chính trị » Mặt trận", "Quang cảnh hội nghị tổng kết.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Trung tâm Hành chính công tỉnh"],
["18/12/2015 - 10:05", "năm 2015", "năm 2016", "5 không"]))

PAGES.append(page("b5626-quangnam-dienphuoc-giamsat-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐIỆN PHƯỚC
Thị xã Điện Bàn - Tỉnh Quảng Nam
Vị trí: Trang chủ :: Mặt trận - Đoàn thể
05-08-2016 14:20
Ban Thường trực Ủy ban MTTQ xã giám sát hoạt động của Bộ phận một cửa
Chiều 3/8, Ban Thường trực Ủy ban MTTQ Việt Nam xã Điện Phước tổ chức giám sát việc giải quyết thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả của UBND xã, theo chương trình giám sát năm 2016 của Mặt trận xã. Ông Trương Công Định, Chủ tịch Ủy ban MTTQ Việt Nam xã làm trưởng đoàn.
Đoàn giám sát làm việc với Bộ phận một cửa UBND xã.
Căn cứ giám sát là Quyết định số 217-QĐ/TW của Bộ Chính trị, Quyết định số 09/2015/QĐ-TTg của Thủ tướng Chính phủ về cơ chế một cửa, cơ chế một cửa liên thông và Kế hoạch số 12/KH-MTTQ ngày 15/7/2016 của Ban Thường trực Ủy ban MTTQ xã. Thành phần đoàn gồm 5 thành viên, có đại diện Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và Ban Thanh tra nhân dân xã.
Theo báo cáo của ông Lê Văn Bảy, Phó Chủ tịch UBND xã, từ tháng 1 đến tháng 7/2016, Bộ phận một cửa đã tiếp nhận 1.385 hồ sơ thuộc các lĩnh vực tư pháp - hộ tịch, đất đai, chính sách xã hội; đã giải quyết đúng hạn 1.372 hồ sơ, đạt 99,06%; 13 hồ sơ trễ hạn do phải xác minh nguồn gốc đất. Xã đã niêm yết công khai 112 thủ tục hành chính, bố trí hộp thư góp ý và số điện thoại của Chủ tịch UBND xã.
Bà Nguyễn Thị Thu Sương, công chức Tư pháp - Hộ tịch xã cho biết, riêng lĩnh vực chứng thực, hộ tịch, mỗi ngày tiếp nhận bình quân 25 lượt người; việc đăng ký khai sinh, kết hôn được giải quyết trong ngày. Lệ phí chứng thực thu đúng quy định, 7 tháng thu 18,6 triệu đồng, nộp ngân sách đầy đủ.
Qua kiểm tra thực tế và lấy ý kiến 30 người dân đến giao dịch, đoàn ghi nhận 28 người hài lòng với thái độ phục vụ. Các ông Phan Văn Lộc, Huỳnh Tấn Lực - Trưởng thôn, đề nghị xã bố trí thêm ghế ngồi, quạt và hướng dẫn người cao tuổi nộp hồ sơ qua mạng.
Kết luận buổi giám sát, ông Trương Công Định đề nghị UBND xã khắc phục tình trạng trễ hạn hồ sơ đất đai, xin lỗi người dân bằng văn bản khi giải quyết quá hạn, không để người dân phải đi lại nhiều lần. Mặt trận xã sẽ có văn bản kiến nghị và theo dõi việc thực hiện sau 3 tháng; đồng thời giao Ban Thanh tra nhân dân xã giám sát thường xuyên việc niêm yết, thu phí, lệ phí và thái độ của cán bộ, công chức khi tiếp dân, kịp thời phản ánh những biểu hiện nhũng nhiễu, gây phiền hà.
Văn phòng UBND xã
Số lượt truy cập: 45.117
Tin khác
- Hội nghị tiếp xúc cử tri sau kỳ họp thứ nhất HĐND thị xã (28/7/2016)
- Ra quân xây dựng 2 km đường giao thông nông thôn (15/7/2016)
- Xã Điện Phước trao 20 suất học bổng cho học sinh nghèo (02/7/2016)
""", "2016-08-05", "Ban Thường trực Ủy ban MTTQ xã giám sát hoạt động của Bộ phận một cửa",
E("giam_sat", "2016", "2016-08-03"),
[P("Trương Công Định", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lê Văn Bảy", "Phó Chủ tịch UBND xã"),
 P("Nguyễn Thị Thu Sương", "công chức Tư pháp - Hộ tịch xã"),
 P("Phan Văn Lộc", "Trưởng thôn"),
 P("Huỳnh Tấn Lực", "Trưởng thôn")],
[Q("5 thành viên", 5, "thành viên"), Q("1.385 hồ sơ", 1385, "hồ sơ"), Q("1.372 hồ sơ", 1372, "hồ sơ"),
 Q("99,06%", 99.06, "%"), Q("13 hồ sơ", 13, "hồ sơ"), Q("112 thủ tục hành chính", 112, "thủ tục hành chính"),
 Q("25 lượt người", 25, "lượt người"), Q("18,6 triệu đồng", 18600000, "đồng"), Q("30 người dân", 30, "người dân"),
 Q("28 người", 28, "người")],
[D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "09", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 09/2015/QĐ-TTg"),
 D("Kế hoạch", "12", "KH-MTTQ", "2016-07-15", "Ban Thường trực Ủy ban MTTQ xã", "Kế hoạch số 12/KH-MTTQ ngày 15/7/2016")],
[prov("Quảng Nam"), com("Điện Phước")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐIỆN PHƯỚC", "Thị xã Điện Bàn - Tỉnh Quảng Nam", "Vị trí: Trang chủ :: Mặt trận - Đoàn thể",
 "Đoàn giám sát làm việc với Bộ phận một cửa UBND xã.", "Số lượt truy cập: 45.117", "Văn phòng UBND xã"],
["05-08-2016 14:20", "năm 2016", "tháng 7/2016", "sau 3 tháng", "Số lượt truy cập: 45.117"]))
