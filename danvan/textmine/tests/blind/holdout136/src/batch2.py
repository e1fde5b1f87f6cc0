from lib import *
PAGES = []

PAGES.append(page("b3227-thanhhoa-xa-ngayhoi-2017", """
UBND XÃ THÀNH SƠN - HUYỆN BÁ THƯỚC
Trang chủ › Tin tức › Tin an ninh - quốc phòng
Thứ Bảy, 19/08/2017
Xã Thành Sơn tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc
Ngày 18/8/2017, tại sân vận động bản Đôn, xã Thành Sơn (huyện Bá Thước, tỉnh Thanh Hóa) đã diễn ra Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2017, hướng tới kỷ niệm 72 năm Ngày truyền thống lực lượng Công an nhân dân. Đây là ngày hội điểm của huyện, thu hút hơn 600 người dân 5 bản tham gia.
Toàn cảnh Ngày hội tại bản Đôn.
Dự ngày hội có các đồng chí: Hà Văn Ngải, Phạm Thị Thoa - Phó Chủ tịch UBND huyện; Trung tá Lò Văn Hùng, Phó Trưởng Công an huyện; đồng chí Cao Thị Xuân, Chủ tịch Ủy ban MTTQ huyện.
Báo cáo tại ngày hội, ông Hà Văn Lả, Phó Chủ tịch UBND xã, Trưởng Công an xã, cho biết xã có 1.086 hộ, hơn 4.700 nhân khẩu, trong đó đồng bào Thái, Mường chiếm 96%. Thực hiện Kế hoạch 79/KH-UBND của UBND huyện, xã đã thành lập 8 tổ tự quản an ninh trật tự, 16 tổ hòa giải; năm qua, nhân dân phát hiện, tố giác 4 vụ trộm cắp, giúp công an thu hồi 3 con trâu bị mất. Xã đã vận động 12 người nghiện ma túy đi cai nghiện, không để phát sinh người nghiện mới.
Bà Lương Thị Hoan, Trưởng bản Đôn, chia sẻ: "Bản đã đưa việc giữ gìn an ninh, không trồng cây thuốc phiện vào hương ước, ai vi phạm bị nhắc nhở trước bản".
Phát biểu tại ngày hội, đồng chí Hà Văn Ngải biểu dương những cố gắng của cấp ủy, chính quyền và nhân dân xã Thành Sơn, đề nghị xã tiếp tục thực hiện Chỉ thị 09-CT/TW và Kết luận 44-KL/TW của Ban Bí thư về phong trào toàn dân bảo vệ an ninh Tổ quốc; giữ vững danh hiệu xã "An toàn về an ninh trật tự".
Nhân dịp này, UBND huyện tặng giấy khen cho 3 tập thể và 7 cá nhân; Công an huyện tặng 20 suất quà, mỗi suất trị giá 300.000 đồng cho các gia đình chính sách. Ngày hội kết thúc với các trò chơi dân gian như ném còn, đẩy gậy, bắn nỏ và liên hoan văn nghệ với những làn điệu khặp Thái, hát xường Mường.
Theo Ban Chỉ đạo ngày hội, từ đầu năm đến nay trên địa bàn không xảy ra trọng án; công tác quản lý nhân khẩu, lưu trú được thực hiện chặt chẽ; các chi hội đoàn thể đều đăng ký thi đua gắn với giữ gìn an ninh bản làng.
Tuy vậy, ngày hội cũng chỉ ra những việc còn phải làm: một số bản giáp ranh còn tình trạng người lạ vào thu mua gia súc, nông sản không khai báo tạm trú; thanh niên đi làm ăn xa nhiều nên việc nắm tình hình gặp khó khăn; kinh phí cho hoạt động của các tổ tự quản chủ yếu do nhân dân đóng góp.
Hà Thị Phương
Bài viết liên quan
- Bá Thước: tập huấn nghiệp vụ cho công an viên các xã (02/08/2017)
- Thành Sơn ra quân phát quang đường giao thông nông thôn (20/07/2017)
- Hội nghị tuyên truyền pháp luật cho phụ nữ dân tộc Thái (05/07/2017)
- Xã Thành Sơn đón nhận danh hiệu xã đạt chuẩn văn hóa (15/06/2017)
- Công an huyện Bá Thước bắt đối tượng trộm cắp trâu bò (02/06/2017)
""", "2017-08-19", "Xã Thành Sơn tổ chức điểm Ngày hội toàn dân bảo vệ an ninh Tổ quốc",
E("khac", "2017", "2017-08-18"),
[P("Hà Văn Ngải", "Phó Chủ tịch UBND huyện"),
 P("Phạm Thị Thoa", "Phó Chủ tịch UBND huyện"),
 P("Lò Văn Hùng", "Trung tá", "Phó Trưởng Công an huyện"),
 P("Cao Thị Xuân", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Hà Văn Lả", "Phó Chủ tịch UBND xã", "Trưởng Công an xã"),
 P("Lương Thị Hoan", "Trưởng bản Đôn")],
[Q("hơn 600 người dân", 600, "người dân", "over"), Q("5 bản", 5, "bản"), Q("1.086 hộ", 1086, "hộ"),
 Q("hơn 4.700 nhân khẩu", 4700, "nhân khẩu", "over"), Q("96%", 96, "%"), Q("8 tổ tự quản an ninh trật tự", 8, "tổ tự quản an ninh trật tự"),
 Q("16 tổ hòa giải", 16, "tổ hòa giải"), Q("4 vụ trộm cắp", 4, "vụ trộm cắp"), Q("3 con trâu", 3, "con trâu"),
 Q("12 người nghiện ma túy", 12, "người nghiện ma túy"), Q("3 tập thể", 3, "tập thể"), Q("7 cá nhân", 7, "cá nhân"),
 Q("20 suất quà", 20, "suất quà"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "79", "KH-UBND", None, "UBND huyện", "Kế hoạch 79/KH-UBND"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị 09-CT/TW"),
 D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 44-KL/TW")],
[prov("Thanh Hóa"), com("Thành Sơn")],
["UBND XÃ THÀNH SƠN - HUYỆN BÁ THƯỚC", "Trang chủ › Tin tức › Tin an ninh - quốc phòng", "Toàn cảnh Ngày hội tại bản Đôn.",
 "An toàn về an ninh trật tự", "bản Đôn"],
["Thứ Bảy, 19/08/2017", "72 năm", "năm 2017"]))

PAGES.append(page("b3228-binhthuan-ca-tongket-2018", """
Báo Bình Thuận Online
Thời sự > An ninh - Quốc phòng
Cập nhật lúc 17:20 ngày 27/12/2018
Ảnh: Quang cảnh hội nghị tổng kết.
Tuy Phong: 214 tổ tự quản góp phần giữ bình yên khu dân cư
BT- Ngày 26/12, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc huyện Tuy Phong tổ chức hội nghị tổng kết công tác năm 2018. Đồng chí Lê Văn Tâm, Phó Bí thư Thường trực Huyện ủy, Trưởng ban Chỉ đạo chủ trì.
Năm 2018, toàn huyện có 214 tổ tự quản về an ninh trật tự với hơn 1.900 thành viên; 100% thôn, khu phố duy trì tổ hòa giải. Nhân dân đã cung cấp khoảng 540 nguồn tin liên quan an ninh trật tự, giúp cơ quan công an điều tra làm rõ 61 vụ phạm pháp hình sự. Đáng chú ý, tại các thôn đồng bào Chăm ở xã Phan Hòa, Phong Phú, mô hình "Tổ tự quản an ninh trật tự thôn Chăm" phát huy hiệu quả, 2 năm liền không có vụ việc phức tạp.
Về ma túy, Công an huyện bắt 27 vụ, 41 đối tượng, thu giữ 12,5 gam heroin và 86 gam ma túy đá; lập hồ sơ đưa 19 người đi cai nghiện bắt buộc. Công tác phòng, chống tội phạm trên biển được tăng cường với sự tham gia của 35 tổ đoàn kết ngư dân.
Tại hội nghị, ông Thông Ba, Trưởng thôn Bình Minh, xã Phan Hòa, chia sẻ: thôn phối hợp với chức sắc Bàni, Bà-la-môn vận động bà con không nghe theo kẻ xấu kích động. Ông Đàng Thanh Hải, Chủ tịch UBND xã Phong Phú, kiến nghị bố trí thêm công an viên thường trực ở các thôn xa trung tâm.
Ban Chỉ đạo cũng đánh giá việc thực hiện Nghị định 06/2014/NĐ-CP của Chính phủ về biện pháp vận động quần chúng bảo vệ an ninh quốc gia, giữ gìn trật tự an toàn xã hội và Thông tư 23/2012/TT-BCA của Bộ Công an quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn "An toàn về an ninh, trật tự"; cho biết có 11/12 xã, thị trấn được công nhận đạt chuẩn.
Kết luận hội nghị, đồng chí Lê Văn Tâm đề nghị năm 2019 tập trung thực hiện Chỉ thị 21-CT/HU của Ban Thường vụ Huyện ủy về phòng, chống ma túy trong tình hình mới. Dịp này, UBND huyện tặng giấy khen cho 14 tập thể, 26 cá nhân, với tổng số tiền thưởng hơn 18 triệu đồng.
Các ý kiến tại hội nghị cũng thẳng thắn chỉ ra tồn tại: tình trạng trộm cắp tài sản của ngư dân, cho vay lãi nặng, tụ tập gây rối ở khu vực chợ, bến cá vẫn còn; một số tổ tự quản hoạt động hình thức, chưa được tập huấn kỹ năng; sự phối hợp giữa chính quyền xã với các đoàn thể trong nắm tình hình có lúc chưa kịp thời.
Nguyên Thảo
Tin cùng chuyên mục
- Bắc Bình ra mắt mô hình "Camera an ninh" tại thôn Bình Tiến (20/12/2018)
- Phan Thiết: bắt nhóm đối tượng tàng trữ ma túy (14/12/2018)
- Công an tỉnh tổng kết đợt cao điểm tấn công trấn áp tội phạm (07/12/2018)
- Hàm Thuận Bắc đối thoại với người dân về bồi thường (30/11/2018)
""", "2018-12-27", "Tuy Phong: 214 tổ tự quản góp phần giữ bình yên khu dân cư",
E("tong_ket", "2018", "2018-12-26"),
[P("Lê Văn Tâm", "Phó Bí thư Thường trực Huyện ủy", "Trưởng ban Chỉ đạo"),
 P("Thông Ba", "Trưởng thôn Bình Minh"),
 P("Đàng Thanh Hải", "Chủ tịch UBND xã Phong Phú")],
[Q("214 tổ tự quản về an ninh trật tự", 214, "tổ tự quản về an ninh trật tự"),
 Q("hơn 1.900 thành viên", 1900, "thành viên", "over"), Q("100%", 100, "%"), Q("khoảng 540 nguồn tin", 540, "nguồn tin", "approx"),
 Q("61 vụ phạm pháp hình sự", 61, "vụ phạm pháp hình sự"), Q("27 vụ", 27, "vụ"), Q("41 đối tượng", 41, "đối tượng"),
 Q("12,5 gam", 12.5, "gam"), Q("86 gam", 86, "gam"), Q("19 người", 19, "người"), Q("35 tổ đoàn kết ngư dân", 35, "tổ đoàn kết ngư dân"),
 Q("11/12 xã, thị trấn", 11, "xã, thị trấn"), Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân"),
 Q("hơn 18 triệu đồng", 18000000, "đồng", "over")],
[D("Nghị định", "06", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 06/2014/NĐ-CP"),
 D("Thông tư", "23", "2012/TT-BCA", None, "Bộ Công an", "Thông tư 23/2012/TT-BCA"),
 D("Chỉ thị", "21", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 21-CT/HU")],
[prov("Bình Thuận"), com("Phan Hòa"), com("Phong Phú")],
["Báo Bình Thuận Online", "Thời sự > An ninh - Quốc phòng", "Ảnh: Quang cảnh hội nghị tổng kết.", "BT-",
 "Tổ tự quản an ninh trật tự thôn Chăm", "An toàn về an ninh, trật tự"],
["Cập nhật lúc 17:20 ngày 27/12/2018", "năm 2018", "Năm 2018", "2 năm", "năm 2019"]))

PAGES.append(page("b3229-sonla-ca-soket-matuy-2019", """
SƠN LA ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA
Pháp luật | Phòng chống ma túy
27.06.2019 | 16:05
Thu giữ hơn 1.100 bánh heroin trong 6 tháng
Sáng 26/6, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Sơn La họp sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2019. Đồng chí Cầm Ngọc Thắng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo chủ trì hội nghị.
Đại tá Lò Văn Thành, Phó Giám đốc Công an tỉnh báo cáo kết quả công tác.
Theo báo cáo, 6 tháng qua lực lượng chức năng đã phát hiện, bắt giữ 486 vụ, 621 đối tượng phạm tội về ma túy; thu giữ hơn 1.100 bánh heroin, 168 kg ma túy đá, hơn 240.000 viên ma túy tổng hợp cùng 9 khẩu súng các loại. Đã triệt phá 14 đường dây mua bán ma túy lớn xuyên biên giới. Toàn tỉnh hiện có 8.926 người nghiện có hồ sơ quản lý, giảm 312 người so với cùng kỳ.
Phong trào toàn dân bảo vệ an ninh Tổ quốc tiếp tục được đẩy mạnh với 3.218 tổ an ninh nhân dân, 1.465 tổ tự quản, 2.864 tổ hòa giải. Các huyện biên giới Sốp Cộp, Sông Mã, Mộc Châu, Yên Châu duy trì 67 mô hình "Bản không có ma túy". Tổng kinh phí chi cho công tác phòng, chống ma túy trong 6 tháng đạt 12,6 tỷ đồng.
Tại hội nghị, ông Quàng Văn Nọi, Chủ tịch UBND xã Mường Lạn, huyện Sốp Cộp, đề nghị tăng cường lực lượng trinh sát ở các đường mòn, lối mở. Bà Vì Thị Dung, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, thông tin về mô hình "Mẹ khuyên con tránh xa ma túy".
Kết luận hội nghị, đồng chí Cầm Ngọc Thắng yêu cầu các ngành tiếp tục thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy, Kết luận 12, 13-KL/TU của Ban Thường vụ Tỉnh ủy; đưa ít nhất 500 người nghiện đi cai nghiện trong 6 tháng cuối năm. Các địa phương thực hiện nghiêm Quyết định 1001/QĐ-TTg của Thủ tướng Chính phủ.
Hội nghị cũng đánh giá tình hình tội phạm ma túy có vũ khí nóng ở khu vực biên giới còn diễn biến phức tạp; một số xã chưa quyết liệt trong quản lý người nghiện sau cai, tình trạng tái nghiện còn cao; việc phối hợp giữa các lực lượng ở một số nơi chưa nhịp nhàng.
Nhiều đại biểu đề nghị tỉnh có chính sách hỗ trợ người sau cai nghiện tìm việc làm, đưa người có uy tín trong các bản người Thái, Mông, Khơ Mú tham gia vận động; đồng thời tăng cường tuyên truyền bằng tiếng dân tộc trên loa truyền thanh của bản.
Quỳnh Anh
Các tin đã đưa
- Bắt đối tượng vận chuyển 60 bánh heroin tại Mộc Châu (20/06/2019)
- Sông Mã: ra mắt mô hình "Bản không có ma túy" (12/06/2019)
- Hưởng ứng Tháng hành động phòng, chống ma túy (01/06/2019)
- Thuận Châu: ra mắt tổ tự quản về an ninh trật tự bản Bó Mạy (24/05/2019)
- Phù Yên tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc điểm (10/05/2019)
""", "2019-06-27", "Thu giữ hơn 1.100 bánh heroin trong 6 tháng",
E("so_ket", "2019-H1", "2019-06-26"),
[P("Cầm Ngọc Thắng", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng ban Chỉ đạo"),
 P("Lò Văn Thành", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Quàng Văn Nọi", "Chủ tịch UBND xã Mường Lạn"),
 P("Vì Thị Dung", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")],
[Q("hơn 1.100 bánh heroin", 1100, "bánh heroin", "over"), Q("486 vụ", 486, "vụ"), Q("621 đối tượng", 621, "đối tượng"),
 Q("168 kg", 168, "kg"), Q("hơn 240.000 viên ma túy tổng hợp", 240000, "viên ma túy tổng hợp", "over"),
 Q("9 khẩu súng", 9, "khẩu súng"), Q("14 đường dây mua bán ma túy", 14, "đường dây mua bán ma túy"),
 Q("8.926 người nghiện", 8926, "người nghiện"), Q("312 người", 312, "người"),
 Q("3.218 tổ an ninh nhân dân", 3218, "tổ an ninh nhân dân"), Q("1.465 tổ tự quản", 1465, "tổ tự quản"), Q("2.864 tổ hòa giải", 2864, "tổ hòa giải"),
 Q("67 mô hình", 67, "mô hình"), Q("12,6 tỷ đồng", 12600000000, "đồng"), Q("ít nhất 500 người nghiện", 500, "người nghiện", "over")],
[D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW"),
 D("Kết luận", "12", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Kết luận", "13", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 12, 13-KL/TU"),
 D("Quyết định", "1001", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1001/QĐ-TTg")],
[prov("Sơn La"), com("Mường Lạn")],
["SƠN LA ĐIỆN TỬ - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN CÁC DÂN TỘC TỈNH SƠN LA", "Pháp luật | Phòng chống ma túy",
 "Đại tá Lò Văn Thành, Phó Giám đốc Công an tỉnh báo cáo kết quả công tác.", "Bản không có ma túy", "Mẹ khuyên con tránh xa ma túy"],
["27.06.2019 | 16:05", "6 tháng đầu năm", "6 tháng cuối năm 2019", "trong 6 tháng"]))

PAGES.append(page("b3230-lamdong-ca-daihoi-2019", """
CÔNG AN TỈNH LÂM ĐỒNG
Trang chủ >> Tin tức - Sự kiện >> Phong trào toàn dân BVANTQ
Ngày 29/11/2019 | 10:20
Đồng chí K'Brơi phát biểu chỉ đạo đại hội.
Đại hội điển hình tiên tiến phong trào toàn dân bảo vệ an ninh Tổ quốc lần thứ IV
Ngày 28/11/2019, tại thành phố Đà Lạt, Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Lâm Đồng long trọng tổ chức Đại hội điển hình tiên tiến phong trào toàn dân bảo vệ an ninh Tổ quốc lần thứ IV, giai đoạn 2014 - 2019. Dự đại hội có 280 đại biểu là điển hình tiên tiến đại diện cho các dân tộc K'Ho, Mạ, Chu Ru và các tầng lớp nhân dân trong tỉnh.
Tham dự có đồng chí K'Brơi, Phó Chủ tịch UBND tỉnh; Đại tá Lê Vĩnh Quang, Giám đốc Công an tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo; đồng chí Ka Sêm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại đại hội cho thấy, 5 năm qua, nhân dân trong tỉnh đã cung cấp hơn 12.500 nguồn tin, giúp lực lượng công an khám phá 1.874 vụ án hình sự, bắt 2.360 đối tượng; vận động 126 đối tượng truy nã ra đầu thú; giao nộp 1.215 khẩu súng săn, súng tự chế. Toàn tỉnh xây dựng, nhân rộng 312 mô hình tự phòng, tự quản, tự bảo vệ, trong đó có 41 mô hình cấp tỉnh. Nhân dân đóng góp khoảng 35 tỷ đồng cho hoạt động bảo đảm an ninh trật tự ở cơ sở.
Thực hiện Kết luận số 44-KL/TW ngày 22/1/2019 của Ban Bí thư và Chương trình hành động số 27-CTr/TU của Tỉnh ủy, các địa phương đã đưa nội dung phong trào vào nghị quyết của cấp ủy; 95,6% khu dân cư đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Tham luận tại đại hội, bà Ka Thanh, người có uy tín thôn Đạ Tro, xã Đạ Chais, kể lại việc vận động con cháu bỏ hủ tục, không nghe theo lời dụ dỗ đi theo "Tin lành Đấng Christ" trái pháp luật. Ông Rơ Ông Ha Ri, Chủ tịch Hội Cựu chiến binh xã Liêng Srônh, nói về mô hình "Cựu chiến binh tham gia giữ gìn an ninh buôn làng". Linh mục Phêrô Nguyễn Văn Lực, Quản xứ giáo xứ Đà Loan, chia sẻ cách phối hợp giữa giáo xứ với công an xã Đà Loan.
Phát biểu chỉ đạo, đồng chí K'Brơi ghi nhận những đóng góp của các điển hình, đề nghị các cấp tiếp tục thực hiện tốt Quyết định 521/QĐ-TTg của Thủ tướng Chính phủ về Ngày hội toàn dân bảo vệ an ninh Tổ quốc.
Tại đại hội, Bộ trưởng Bộ Công an tặng bằng khen cho 12 tập thể, 15 cá nhân; Chủ tịch UBND tỉnh tặng bằng khen cho 38 tập thể, 67 cá nhân. Tổng giá trị tiền thưởng gần 280 triệu đồng.
Đại hội đã bầu đoàn đại biểu của tỉnh đi dự Đại hội điển hình tiên tiến toàn quốc gồm 8 đại biểu.
Minh Châu
Tin liên quan
- Đức Trọng ra mắt tổ tự quản an ninh trật tự thôn Ma Đanh (22/11/2019)
- Lạc Dương: đại hội điển hình tiên tiến cấp huyện (15/11/2019)
- Di Linh tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (18/08/2019)
- Lâm Hà: vận động 5 đối tượng truy nã ra đầu thú (02/08/2019)
""", "2019-11-29", "Đại hội điển hình tiên tiến phong trào toàn dân bảo vệ an ninh Tổ quốc lần thứ IV",
E("dai_hoi", None, "2019-11-28"),
[P("K'Brơi", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Vĩnh Quang", "Đại tá", "Giám đốc Công an tỉnh", "Phó Trưởng ban Thường trực Ban Chỉ đạo"),
 P("Ka Sêm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ka Thanh", "người có uy tín thôn Đạ Tro"),
 P("Rơ Ông Ha Ri", "Chủ tịch Hội Cựu chiến binh xã Liêng Srônh"),
 P("Phêrô Nguyễn Văn Lực", "Linh mục", "Quản xứ giáo xứ Đà Loan")],
[Q("280 đại biểu", 280, "đại biểu"), Q("hơn 12.500 nguồn tin", 12500, "nguồn tin", "over"), Q("1.874 vụ án hình sự", 1874, "vụ án hình sự"),
 Q("2.360 đối tượng", 2360, "đối tượng"), Q("126 đối tượng truy nã", 126, "đối tượng truy nã"),
 Q("1.215 khẩu súng săn, súng tự chế", 1215, "khẩu súng săn, súng tự chế"),
 Q("312 mô hình tự phòng, tự quản, tự bảo vệ", 312, "mô hình tự phòng, tự quản, tự bảo vệ"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"), Q("95,6%", 95.6, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("38 tập thể", 38, "tập thể"), Q("67 cá nhân", 67, "cá nhân"),
 Q("gần 280 triệu đồng", 280000000, "đồng", "approx"), Q("8 đại biểu", 8, "đại biểu")],
[D("Kết luận", "44", "KL/TW", "2019-01-22", "Ban Bí thư", "Kết luận số 44-KL/TW ngày 22/1/2019"),
 D("Chương trình hành động", "27", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 27-CTr/TU"),
 D("Quyết định", "521", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 521/QĐ-TTg")],
[prov("Lâm Đồng"), com("Đạ Chais"), com("Liêng Srônh"), com("Đà Loan")],
["CÔNG AN TỈNH LÂM ĐỒNG", "Trang chủ >> Tin tức - Sự kiện >> Phong trào toàn dân BVANTQ", "Đồng chí K'Brơi phát biểu chỉ đạo đại hội.",
 "An toàn về an ninh, trật tự", "Tin lành Đấng Christ", "Cựu chiến binh tham gia giữ gìn an ninh buôn làng"],
["Ngày 29/11/2019 | 10:20", "lần thứ IV", "giai đoạn 2014 - 2019", "5 năm"]))

PAGES.append(page("b3231-kiengiang-mttq-traoqua-2020", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang
Bạn đang xem: Trang chủ - Hoạt động - Công tác vận động
16/01/2020 - 15:30
Trao 300 phần quà Tết cho lực lượng dân phòng, tổ tự quản
Ngày 15/1/2020, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Kiên Giang phối hợp Công an tỉnh tổ chức thăm, tặng quà Tết Canh Tý 2020 cho thành viên các tổ nhân dân tự quản, lực lượng dân phòng, bảo vệ dân phố có hoàn cảnh khó khăn tại huyện Châu Thành và huyện Gò Quao.
Bà Danh Thị Sa Rết (thứ hai từ trái) trao quà cho tổ tự quản ấp Vĩnh Phước.
Đoàn do bà Danh Thị Sa Rết, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Đại tá Nguyễn Văn Hận, Phó Giám đốc Công an tỉnh làm trưởng đoàn. Tại xã Vĩnh Hòa Hưng Nam, huyện Gò Quao, đoàn đã trao 150 phần quà, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt. Tại xã Minh Hòa, huyện Châu Thành, đoàn trao 150 phần quà còn lại cho thành viên 36 tổ nhân dân tự quản của 6 ấp. Tổng trị giá quà là 135 triệu đồng, do Quỹ "Vì người nghèo" tỉnh và các nhà hảo tâm đóng góp.
Báo cáo với đoàn, ông Thạch Sóc, Trưởng ban Nhân dân ấp Vĩnh Phước, xã Vĩnh Hòa Hưng Nam, cho biết ấp có 428 hộ, trong đó hơn 60% là đồng bào Khmer. Năm 2019, tổ tự quản của ấp đã phối hợp công an xã bắt quả tang 3 vụ trộm cắp, vận động 5 thanh niên từ bỏ ma túy. Ấp giữ vững danh hiệu "Ấp văn hóa" 4 năm liền.
Bà Danh Thị Sa Rết ghi nhận những đóng góp thầm lặng của các tổ tự quản, đề nghị các thành viên tiếp tục phát huy vai trò "tai mắt" của nhân dân, thực hiện tốt Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN và Chương trình phối hợp số 08/CTr-MTTQ-CA giữa Ủy ban MTTQ tỉnh và Công an tỉnh; giữ gìn an ninh trật tự trong dịp Tết Nguyên đán và lễ hội mùa xuân.
Đại tá Nguyễn Văn Hận thông tin, năm 2019 Công an tỉnh đã tiếp nhận khoảng 1.200 tin báo tố giác tội phạm từ nhân dân, kéo giảm 8,5% số vụ phạm pháp hình sự so với năm 2018.
Thay mặt các thành viên, ông Lâm Văn Khiêm, Tổ trưởng tổ nhân dân tự quản số 4, ấp Minh Phong, bày tỏ xúc động trước sự quan tâm của tỉnh, hứa sẽ cùng bà con giữ yên bình xóm ấp trong những ngày Tết, kịp thời báo tin cho công an khi phát hiện người lạ có biểu hiện nghi vấn.
Trong chuyến đi, đoàn cũng đến thăm hỏi, động viên gia đình các thành viên tổ tự quản bị thương khi tham gia truy bắt tội phạm, ân cần hỏi han tình hình sức khỏe, đời sống và chúc các gia đình đón một cái Tết đầm ấm, an vui.
Tin, ảnh: Kim Ngân
Số lượt truy cập: 98.112
Tin khác
- Mặt trận tỉnh trao 40 căn nhà Đại đoàn kết cho hộ Khmer nghèo (10/01/2020)
- Phú Quốc ra mắt mô hình "Camera an ninh" tại khu phố 7 (04/01/2020)
- Hội nghị tổng kết công tác Mặt trận năm 2019 (27/12/2019)
- Giồng Riềng: đối thoại với người dân về chính sách an sinh (20/12/2019)
- Hòn Đất ra mắt tổ tự quản bảo vệ môi trường ở ấp Vàm Rầy (12/12/2019)
""", "2020-01-16", "Trao 300 phần quà Tết cho lực lượng dân phòng, tổ tự quản",
E("trao_qua", None, "2020-01-15"),
[P("Danh Thị Sa Rết", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "trưởng đoàn"),
 P("Nguyễn Văn Hận", "Đại tá", "Phó Giám đốc Công an tỉnh", "trưởng đoàn"),
 P("Thạch Sóc", "Trưởng ban Nhân dân ấp Vĩnh Phước"),
 P("Lâm Văn Khiêm", "Tổ trưởng tổ nhân dân tự quản số 4")],
[Q("300 phần quà", 300, "phần quà"), Q("150 phần quà", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("150 phần quà còn lại", 150, "phần quà"), Q("36 tổ nhân dân tự quản", 36, "tổ nhân dân tự quản"), Q("6 ấp", 6, "ấp"),
 Q("135 triệu đồng", 135000000, "đồng"), Q("428 hộ", 428, "hộ"), Q("hơn 60%", 60, "%", "over"), Q("3 vụ trộm cắp", 3, "vụ trộm cắp"),
 Q("5 thanh niên", 5, "thanh niên"), Q("khoảng 1.200 tin báo tố giác tội phạm", 1200, "tin báo tố giác tội phạm", "approx"), Q("8,5%", 8.5, "%")],
[D("Nghị quyết liên tịch", "01", "2012/NQLT-BCA-BTTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2012/NQLT-BCA-BTTUBTWMTTQVN"),
 D("Chương trình phối hợp", "08", "CTr-MTTQ-CA", None, None, "Chương trình phối hợp số 08/CTr-MTTQ-CA")],
[prov("Kiên Giang"), com("Vĩnh Hòa Hưng Nam"), com("Minh Hòa")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang", "Bạn đang xem: Trang chủ - Hoạt động - Công tác vận động",
 "Bà Danh Thị Sa Rết (thứ hai từ trái) trao quà cho tổ tự quản ấp Vĩnh Phước.", "Vì người nghèo", "Ấp văn hóa", "Số lượt truy cập: 98.112"],
["16/01/2020 - 15:30", "Tết Canh Tý 2020", "Năm 2019", "4 năm", "năm 2018", "tổ nhân dân tự quản số 4", "Số lượt truy cập: 98.112"]))

PAGES.append(page("b3232-quangnam-ca-taphuan-2021", """
BÁO QUẢNG NAM ONLINE
Xã hội | Pháp luật - An ninh
Thứ Sáu, 09/04/2021, 07:45
Học viên tham dự lớp tập huấn tại huyện Tây Giang.
Bồi dưỡng kỹ năng cho người có uy tín, tổ trưởng tổ tự quản vùng biên giới
(QNO) - Ngày 8/4, tại thị trấn Prao, Công an tỉnh phối hợp Ban Dân tộc tỉnh khai mạc lớp tập huấn nghiệp vụ xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2021 cho người có uy tín, tổ trưởng tổ an ninh trật tự các thôn thuộc 3 huyện miền núi Tây Giang, Đông Giang, Nam Giang. Lớp tập huấn diễn ra trong 2 ngày với 165 học viên, phần lớn là đồng bào Cơ Tu, Tà Riềng, Ve.
Phát biểu khai mạc, Thượng tá Alăng Hoan, Phó Giám đốc Công an tỉnh Quảng Nam nhấn mạnh: tuyến biên giới Việt - Lào của tỉnh dài hơn 140 km, địa hình hiểm trở, các đối tượng lợi dụng đường mòn để vận chuyển ma túy, gỗ lậu; vì vậy vai trò "cột mốc sống" của già làng, người có uy tín là rất quan trọng.
Các học viên được các báo cáo viên Phòng Tham mưu Công an tỉnh, Ban Dân tộc tỉnh truyền đạt các chuyên đề: Nghị định 06/2014/NĐ-CP của Chính phủ; Quyết định 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín; Kế hoạch 2115/KH-UBND ngày 10/3/2021 của UBND tỉnh về xây dựng mô hình "Tổ an ninh trật tự thôn biên giới"; kỹ năng hòa giải, nhận diện tội phạm ma túy và mua bán người.
Theo đồng chí Bríu Thị Liên, Phó Trưởng Ban Dân tộc tỉnh, toàn tỉnh hiện có 348 người có uy tín, mỗi người được hỗ trợ 2,4 triệu đồng/năm tiền thăm hỏi và cấp 1 tờ báo. Năm 2020, người có uy tín đã tham gia hòa giải thành 86 vụ việc, vận động 19 hộ đồng bào bỏ tập tục chôn chung.
Tại lớp học, già làng Coor Blao, thôn Arooi, xã A Vương, chia sẻ: "Ngày trước bà con chưa hiểu, có người còn giúp người lạ mang hàng qua rừng. Nay được công an hướng dẫn, thôn lập tổ tuần tra, phát hiện là báo ngay cho đồn biên phòng". Ông Zơrâm Bốn, Trưởng thôn Pứt, xã Ch'ơm, đề nghị trang bị thêm đèn pin, áo mưa cho tổ tuần tra.
Kết thúc lớp tập huấn, Công an tỉnh trao giấy chứng nhận cho các học viên và tặng 165 bộ tài liệu tuyên truyền song ngữ Việt - Cơ Tu. Trong năm 2021, Công an tỉnh dự kiến mở thêm 4 lớp tập huấn tương tự cho các huyện Phước Sơn, Nam Trà My, Bắc Trà My.
Alăng Ngước
Tin liên quan
- Tây Giang: ra mắt mô hình "Thôn biên giới an toàn" (30/03/2021)
- Bắt đối tượng vận chuyển trái phép 2 kg ma túy đá qua cửa khẩu (22/03/2021)
- Quảng Nam biểu dương 50 người có uy tín tiêu biểu (12/03/2021)
- Công an tỉnh tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2020 (28/12/2020)
- Nam Giang: trao tặng cờ Tổ quốc cho ngư dân và bà con vùng biên (15/12/2020)
""", "2021-04-09", "Bồi dưỡng kỹ năng cho người có uy tín, tổ trưởng tổ tự quản vùng biên giới",
E("tap_huan", "2021", "2021-04-08"),
[P("Alăng Hoan", "Thượng tá", "Phó Giám đốc Công an tỉnh Quảng Nam"),
 P("Bríu Thị Liên", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Coor Blao", "già làng"),
 P("Zơrâm Bốn", "Trưởng thôn Pứt")],
[Q("3 huyện miền núi", 3, "huyện miền núi"), Q("165 học viên", 165, "học viên"), Q("hơn 140 km", 140, "km", "over"),
 Q("348 người có uy tín", 348, "người có uy tín"), Q("2,4 triệu đồng", 2400000, "đồng"), Q("86 vụ việc", 86, "vụ việc"),
 Q("19 hộ đồng bào", 19, "hộ đồng bào"), Q("165 bộ tài liệu tuyên truyền song ngữ", 165, "bộ tài liệu tuyên truyền song ngữ"),
 Q("4 lớp tập huấn", 4, "lớp tập huấn")],
[D("Nghị định", "06", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 06/2014/NĐ-CP"),
 D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 12/2018/QĐ-TTg"),
 D("Kế hoạch", "2115", "KH-UBND", "2021-03-10", "UBND tỉnh", "Kế hoạch 2115/KH-UBND ngày 10/3/2021")],
[prov("Quảng Nam"), com("Prao"), com("A Vương"), com("Ch'ơm")],
["BÁO QUẢNG NAM ONLINE", "Xã hội | Pháp luật - An ninh", "Học viên tham dự lớp tập huấn tại huyện Tây Giang.", "(QNO)",
 "cột mốc sống", "Tổ an ninh trật tự thôn biên giới"],
["Thứ Sáu, 09/04/2021, 07:45", "2 ngày", "năm 2021", "Năm 2020", "1 tờ báo", "Việt - Lào"]))
