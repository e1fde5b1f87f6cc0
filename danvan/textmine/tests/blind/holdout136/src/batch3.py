from lib import *
PAGES = []

PAGES.append(page("b3233-dienbien-ca-giaoban-2022", """
Cổng TTĐT Công an tỉnh Điện Biên
Trang chủ | Hoạt động | Xây dựng phong trào toàn dân BVANTQ
26/08/2022 09:10
Ảnh: Quang cảnh buổi giao ban.
Giao ban tháng 8: Đấu tranh quyết liệt với tội phạm ma túy khu vực biên giới
Chiều 25/8, Công an tỉnh Điện Biên tổ chức giao ban công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và phòng, chống ma túy tháng 8/2022 bằng hình thức trực tuyến tới 10 điểm cầu huyện, thị xã, thành phố. Đại tá Lò Văn Quân, Phó Giám đốc Công an tỉnh chủ trì.
Dự tại điểm cầu tỉnh có các đồng chí Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc: Thượng tá Vừ A Páo; Trưởng phòng Cảnh sát điều tra tội phạm về ma túy: Thượng tá Quàng Văn Thiêm; đồng chí Mùa Thị Dở, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, trong tháng, lực lượng công an đã phát hiện, bắt giữ 58 vụ, 71 đối tượng phạm tội về ma túy, thu giữ 46,2 kg heroin, hơn 52.000 viên ma túy tổng hợp; triệt phá 2 đường dây mua bán ma túy xuyên quốc gia. Qua phong trào, nhân dân đã cung cấp 117 nguồn tin có giá trị; vận động 6 đối tượng truy nã ra đầu thú.
Trên địa bàn tỉnh có 1.683 tổ tự quản an ninh trật tự, 1.219 tổ an ninh nhân dân và 142 mô hình "Bản không ma túy". Thực hiện Kế hoạch 45, 46-KH/CAT của Công an tỉnh, các đơn vị đã tổ chức 38 hội nghị tuyên truyền ở bản vùng cao với khoảng 4.600 lượt người dự.
Tại buổi giao ban, đồng chí Giàng A Dế, Trưởng Công an xã Mường Mươn, huyện Mường Chà, báo cáo mô hình "Dòng họ Giàng không ma túy" với 54 hộ tham gia ký cam kết. Ông Lường Văn Piếng, Chủ tịch UBND xã Thanh Luông, huyện Điện Biên, đề nghị hỗ trợ sinh kế cho người sau cai nghiện.
Đại tá Lò Văn Quân yêu cầu các đơn vị tiếp tục thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị và Chỉ thị 12-CT/TU ngày 10/5/2022 của Ban Thường vụ Tỉnh ủy; phấn đấu 100% xã, phường, thị trấn có tổ tự quản hoạt động hiệu quả; triển khai đợt cao điểm tấn công, trấn áp tội phạm ma túy tháng 9.
Các ý kiến tại giao ban cũng chỉ ra khó khăn: địa bàn biên giới rộng, dân cư thưa thớt, đường mòn lối mở nhiều; một số đối tượng lợi dụng quan hệ họ hàng hai bên biên giới để vận chuyển ma túy; lực lượng công an xã chính quy mới bố trí, chưa thông thạo tiếng dân tộc.
Kết thúc giao ban, Công an tỉnh biểu dương Công an huyện Mường Nhé và Công an huyện Nậm Pồ đã có cách làm sáng tạo trong vận động quần chúng, đồng thời nhắc nhở các đơn vị còn chậm gửi báo cáo.
Ngọc Anh
Lượt xem: 2.317
Tin liên quan
- Mường Nhé: bắt đối tượng vận chuyển 6 bánh heroin (18/08/2022)
- Ngày hội toàn dân bảo vệ an ninh Tổ quốc điểm tại bản Huổi Hốc (15/08/2022)
- Giao ban tháng 7 công tác xây dựng phong trào (28/07/2022)
""", "2022-08-26", "Giao ban tháng 8: Đấu tranh quyết liệt với tội phạm ma túy khu vực biên giới",
E("giao_ban", "2022-08", "2022-08-25"),
[P("Lò Văn Quân", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Vừ A Páo", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc", "Thượng tá"),
 P("Quàng Văn Thiêm", "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy", "Thượng tá"),
 P("Mùa Thị Dở", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Dế", "Trưởng Công an xã Mường Mươn"),
 P("Lường Văn Piếng", "Chủ tịch UBND xã Thanh Luông")],
[Q("10 điểm cầu huyện, thị xã, thành phố", 10, "điểm cầu huyện, thị xã, thành phố"), Q("58 vụ", 58, "vụ"), Q("71 đối tượng", 71, "đối tượng"),
 Q("46,2 kg", 46.2, "kg"), Q("hơn 52.000 viên ma túy tổng hợp", 52000, "viên ma túy tổng hợp", "over"),
 Q("2 đường dây mua bán ma túy xuyên quốc gia", 2, "đường dây mua bán ma túy xuyên quốc gia"), Q("117 nguồn tin", 117, "nguồn tin"),
 Q("6 đối tượng truy nã", 6, "đối tượng truy nã"), Q("1.683 tổ tự quản an ninh trật tự", 1683, "tổ tự quản an ninh trật tự"),
 Q("1.219 tổ an ninh nhân dân", 1219, "tổ an ninh nhân dân"), Q("142 mô hình", 142, "mô hình"), Q("38 hội nghị tuyên truyền", 38, "hội nghị tuyên truyền"),
 Q("khoảng 4.600 lượt người", 4600, "lượt người", "approx"), Q("54 hộ", 54, "hộ"), Q("100%", 100, "%")],
[D("Kế hoạch", "45", "KH/CAT", None, "Công an tỉnh", "Kế hoạch 45, 46-KH/CAT"),
 D("Kế hoạch", "46", "KH/CAT", None, "Công an tỉnh", "Kế hoạch 45, 46-KH/CAT"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 36-CT/TW"),
 D("Chỉ thị", "12", "CT/TU", "2022-05-10", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12-CT/TU ngày 10/5/2022")],
[prov("Điện Biên"), com("Mường Mươn"), com("Thanh Luông")],
["Cổng TTĐT Công an tỉnh Điện Biên", "Trang chủ | Hoạt động | Xây dựng phong trào toàn dân BVANTQ", "Ảnh: Quang cảnh buổi giao ban.",
 "Bản không ma túy", "Dòng họ Giàng không ma túy", "Lượt xem: 2.317"],
["26/08/2022 09:10", "tháng 8/2022", "Giao ban tháng 8", "tháng 9", "Lượt xem: 2.317"]))

PAGES.append(page("b3234-bacgiang-xa-doithoai-2022", """
Trang thông tin điện tử xã Tân Sơn - huyện Lục Ngạn
Tin tức - Sự kiện » Chính trị - An ninh
Ngày 14 tháng 10, 2022 | 15:40
Bí thư, Chủ tịch xã đối thoại với Nhân dân về an ninh trật tự
Sáng 13/10/2022, Ban Thường vụ Đảng ủy xã Tân Sơn (huyện Lục Ngạn, tỉnh Bắc Giang) phối hợp Ủy ban MTTQ xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân về công tác bảo đảm an ninh trật tự, phòng, chống ma túy năm 2022. Đồng chí Hoàng Văn Páo, Bí thư Đảng ủy xã và đồng chí Lý Văn Thắng, Chủ tịch UBND xã chủ trì.
Tham dự có khoảng 150 đại biểu là bí thư chi bộ, trưởng thôn, người có uy tín, đại diện các hộ gia đình đồng bào Tày, Nùng, Sán Dìu và Hoa của 14 thôn trong xã.
Mở đầu, Thiếu tá Vi Văn Lực, Trưởng Công an xã, thông tin: 9 tháng năm 2022, trên địa bàn xảy ra 6 vụ trộm cắp tài sản, 2 vụ đánh bạc, phát hiện 4 người nghiện mới. Công an xã đã giải quyết 31 tin báo; 7 tổ an ninh trật tự cơ sở tuần tra 520 lượt. Thực hiện Kế hoạch số 84-KH/ĐU ngày 20/2/2022 của Đảng ủy xã, xã đã lắp đặt 26 camera an ninh tại các trục đường chính với kinh phí hơn 130 triệu đồng do nhân dân đóng góp.
Tại hội nghị có 12 lượt ý kiến. Ông Dương Văn Sình, thôn Đồng Mậm, phản ánh tình trạng xe chở vải thiều chạy quá tốc độ vào mùa thu hoạch. Bà Nịnh Thị Lan, Chi hội trưởng Chi hội Phụ nữ thôn Khuôn Vạc, đề nghị xử lý nghiêm việc tụ tập đánh bạc ở khu vực chợ Tân Sơn. Ông Lỷ A Sáu, người Hoa ở thôn Nà Hông, hỏi về thủ tục làm căn cước công dân cho người cao tuổi.
Trả lời các ý kiến, đồng chí Hoàng Văn Páo cho biết xã sẽ phối hợp Công an huyện lập chốt kiểm tra tốc độ vào mùa vải; giao Công an xã xử lý dứt điểm điểm đánh bạc, báo cáo Đảng ủy trong tháng 11. Đồng chí Lý Văn Thắng tiếp thu, cam kết đến cuối năm lắp thêm 10 camera và tổ chức cấp căn cước tại nhà cho người già yếu.
Kết luận, đồng chí Hoàng Văn Páo đề nghị các chi bộ tiếp tục thực hiện Nghị quyết số 12-NQ/HU của Huyện ủy Lục Ngạn và Quy chế số 03-QC/ĐU về tiếp xúc, đối thoại trực tiếp với Nhân dân; phát huy vai trò người có uy tín trong phát hiện, tố giác tội phạm.
Nhiều người dân bày tỏ sự phấn khởi vì lần đầu được trực tiếp trao đổi với lãnh đạo xã về chuyện an ninh thôn xóm; nhiều kiến nghị được trả lời ngay tại hội nghị, những nội dung vượt thẩm quyền được xã ghi nhận, báo cáo cấp trên xem xét giải quyết.
Văn phòng Đảng ủy
Tin khác
- Xã Tân Sơn tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2022)
- Ra mắt mô hình "Camera an ninh" thôn Nà Hông (25/07/2022)
- Hội nghị sơ kết công tác 6 tháng đầu năm 2022 (08/07/2022)
- Hội Nông dân xã tập huấn kỹ thuật chăm sóc vải thiều (20/06/2022)
""", "2022-10-14", "Bí thư, Chủ tịch xã đối thoại với Nhân dân về an ninh trật tự",
E("doi_thoai", "2022", "2022-10-13"),
[P("Hoàng Văn Páo", "Bí thư Đảng ủy xã"),
 P("Lý Văn Thắng", "Chủ tịch UBND xã"),
 P("Vi Văn Lực", "Thiếu tá", "Trưởng Công an xã"),
 P("Dương Văn Sình"),
 P("Nịnh Thị Lan", "Chi hội trưởng Chi hội Phụ nữ thôn Khuôn Vạc"),
 P("Lỷ A Sáu")],
[Q("khoảng 150 đại biểu", 150, "đại biểu", "approx"), Q("14 thôn", 14, "thôn"), Q("6 vụ trộm cắp tài sản", 6, "vụ trộm cắp tài sản"),
 Q("2 vụ đánh bạc", 2, "vụ đánh bạc"), Q("4 người nghiện mới", 4, "người nghiện mới"), Q("31 tin báo", 31, "tin báo"),
 Q("7 tổ an ninh trật tự cơ sở", 7, "tổ an ninh trật tự cơ sở"), Q("520 lượt", 520, "lượt"), Q("26 camera an ninh", 26, "camera an ninh"),
 Q("hơn 130 triệu đồng", 130000000, "đồng", "over"), Q("12 lượt ý kiến", 12, "lượt ý kiến"), Q("10 camera", 10, "camera")],
[D("Kế hoạch", "84", "KH/ĐU", "2022-02-20", "Đảng ủy xã", "Kế hoạch số 84-KH/ĐU ngày 20/2/2022"),
 D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy Lục Ngạn", "Nghị quyết số 12-NQ/HU"),
 D("Quy chế", "03", "QC/ĐU", None, None, "Quy chế số 03-QC/ĐU")],
[prov("Bắc Giang"), com("Tân Sơn")],
["Trang thông tin điện tử xã Tân Sơn - huyện Lục Ngạn", "Tin tức - Sự kiện » Chính trị - An ninh"],
["Ngày 14 tháng 10, 2022 | 15:40", "9 tháng năm 2022", "năm 2022", "tháng 11"]))

PAGES.append(page("b3235-hanoi-phuong-ngayhoi-2023", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Hôm nay: Chủ Nhật, 20/08/2023
Trang chủ / Tin tức / Tin phường
19/08/2023 - 18:30
Phường Định Công: Ngày hội toàn dân bảo vệ an ninh Tổ quốc gắn với ra mắt 12 tổ bảo vệ an ninh, trật tự ở cơ sở
Sáng 19/8/2023, UBND phường Định Công (quận Hoàng Mai, Hà Nội) tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2023, chào mừng 78 năm Ngày truyền thống lực lượng Công an nhân dân Việt Nam, 18 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc.
Các đại biểu trao quyết định, tặng hoa các tổ bảo vệ an ninh, trật tự.
Dự ngày hội có Đại tá Đỗ Văn Tuyến, Phó Trưởng Công an quận Hoàng Mai; bà Nguyễn Thị Thu Hà, Quận ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam quận; cùng khoảng 500 cán bộ, hội viên và nhân dân 16 tổ dân phố.
Báo cáo tại ngày hội, Thiếu tá Phạm Quang Vinh, Trưởng Công an phường cho biết, năm qua nhân dân đã cung cấp 87 tin báo có giá trị; 45 mô hình tự quản, trong đó có mô hình "Camera an ninh khu dân cư" với 212 camera kết nối, hoạt động hiệu quả. Tội phạm về trật tự xã hội giảm 14,3% so với cùng kỳ; phường đã lập hồ sơ quản lý 26 người nghiện, đưa 9 người đi cai nghiện bắt buộc.
Thực hiện Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở năm 2023 và Kế hoạch số 215/KH-UBND của UBND thành phố Hà Nội, phường ra mắt 12 tổ bảo vệ an ninh, trật tự ở cơ sở với 36 thành viên, mỗi tổ gồm tổ trưởng, tổ phó và tổ viên. Đồng chí Trần Quốc Hưng, Bí thư Đảng ủy, Chủ tịch HĐND phường trao quyết định thành lập các tổ.
Tại ngày hội, các tổ dân phố trình diễn kỹ năng phòng cháy, chữa cháy, bắt cướp; nhiều hội viên phụ nữ tham gia hội thi "Phụ nữ với an ninh khu phố". Ông Vũ Đình Thái, Tổ trưởng tổ dân phố số 7, chia sẻ cách vận động các hộ kinh doanh nhà trọ khai báo tạm trú cho 340 người thuê trọ.
Nhân dịp này, UBND phường khen thưởng 8 tập thể, 15 cá nhân; Công an quận tặng 10 bình chữa cháy cho các khu nhà trọ. Tổng kinh phí tổ chức ngày hội khoảng 60 triệu đồng, chủ yếu từ xã hội hóa.
Phát biểu tại ngày hội, Đại tá Đỗ Văn Tuyến đề nghị phường tiếp tục thực hiện Chỉ thị 01-CT/QU của Ban Thường vụ Quận ủy về tăng cường công tác bảo đảm an ninh trật tự trên địa bàn dân cư, quản lý chặt chẽ các cơ sở kinh doanh có điều kiện về an ninh, trật tự.
Ngày hội khép lại bằng chương trình văn nghệ do các câu lạc bộ dưỡng sinh, dân vũ của phường biểu diễn, để lại ấn tượng đẹp về tình làng nghĩa xóm.
Thu Trang
Lượt truy cập: 1.052.331
Tin cùng chuyên mục
- Phường Hoàng Liệt tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (18/08/2023)
- Quận Hoàng Mai tập huấn nghiệp vụ cho lực lượng bảo vệ dân phố (10/08/2023)
- Phường Thịnh Liệt ra mắt mô hình "Tổ dân phố an toàn" (02/08/2023)
""", "2023-08-19", "Phường Định Công: Ngày hội toàn dân bảo vệ an ninh Tổ quốc gắn với ra mắt 12 tổ bảo vệ an ninh, trật tự ở cơ sở",
E("khac", "2023", "2023-08-19"),
[P("Đỗ Văn Tuyến", "Đại tá", "Phó Trưởng Công an quận Hoàng Mai"),
 P("Nguyễn Thị Thu Hà", "Quận ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
 P("Phạm Quang Vinh", "Thiếu tá", "Trưởng Công an phường"),
 P("Trần Quốc Hưng", "Bí thư Đảng ủy", "Chủ tịch HĐND phường"),
 P("Vũ Đình Thái", "Tổ trưởng tổ dân phố số 7")],
[Q("12 tổ bảo vệ an ninh, trật tự ở cơ sở", 12, "tổ bảo vệ an ninh, trật tự ở cơ sở"), Q("khoảng 500 cán bộ, hội viên và nhân dân", 500, "cán bộ, hội viên và nhân dân", "approx"),
 Q("16 tổ dân phố", 16, "tổ dân phố"), Q("87 tin báo", 87, "tin báo"), Q("45 mô hình tự quản", 45, "mô hình tự quản"),
 Q("212 camera", 212, "camera"), Q("14,3%", 14.3, "%"), Q("26 người nghiện", 26, "người nghiện"), Q("9 người", 9, "người"),
 Q("36 thành viên", 36, "thành viên"), Q("340 người", 340, "người"), Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"),
 Q("10 bình chữa cháy", 10, "bình chữa cháy"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx")],
[D("Kế hoạch", "215", "KH-UBND", None, "UBND thành phố Hà Nội", "Kế hoạch số 215/KH-UBND"),
 D("Chỉ thị", "01", "CT/QU", None, "Ban Thường vụ Quận ủy", "Chỉ thị 01-CT/QU")],
[prov("Hà Nội"), com("Định Công")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI", "Hôm nay: Chủ Nhật, 20/08/2023", "Trang chủ / Tin tức / Tin phường",
 "Các đại biểu trao quyết định, tặng hoa các tổ bảo vệ an ninh, trật tự.", "Camera an ninh khu dân cư", "Phụ nữ với an ninh khu phố",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Lượt truy cập: 1.052.331"],
["19/08/2023 - 18:30", "78 năm", "18 năm", "năm 2023", "tổ dân phố số 7", "Lượt truy cập: 1.052.331"]))

PAGES.append(page("b3236-kontum-huyen-baocao-2023", """
UBND HUYỆN ĐĂK GLEI - TỈNH KON TUM
Văn bản - Báo cáo › An ninh trật tự
Ngày đăng: 06/10/2023 | 08:00
Báo cáo kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc quý III năm 2023
Ngày 5/10/2023, UBND huyện Đăk Glei ban hành báo cáo kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc quý III năm 2023 trên địa bàn huyện, gửi Ban Chỉ đạo phong trào tỉnh Kon Tum. Trang thông tin điện tử huyện đăng tải nội dung chính của báo cáo.
I. Tình hình chung. Trong quý III năm 2023, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn huyện cơ bản ổn định. Huyện có 12 xã, thị trấn với 97 thôn, trong đó đồng bào Xơ Đăng, Giẻ Triêng chiếm trên 85% dân số. Không xảy ra tình trạng tụ tập đông người, khiếu kiện vượt cấp.
II. Kết quả thực hiện. Thực hiện Kế hoạch 1856/KH-UBND ngày 15/6/2023 của UBND tỉnh, Công an huyện phối hợp Ủy ban MTTQ huyện tổ chức 64 buổi tuyên truyền với 5.120 lượt người nghe; củng cố 97 tổ tự quản an ninh trật tự thôn; xây dựng mới 3 mô hình "Thôn tự quản về an ninh trật tự" tại các xã Đăk Man, Đăk Pék, Xốp. Nhân dân đã cung cấp 42 nguồn tin; công an huyện làm rõ 11/13 vụ phạm pháp hình sự, đạt 84,6%. Vận động giao nộp 18 khẩu súng tự chế, 4 kg thuốc nổ. Phát hiện 2 vụ, 3 đối tượng tàng trữ trái phép chất ma túy.
Trong quý, huyện tổ chức 12 Ngày hội toàn dân bảo vệ an ninh Tổ quốc cấp xã, trong đó điểm cấp huyện tại xã Đăk Man ngày 18/8/2023. Tổng kinh phí hỗ trợ từ ngân sách huyện là 96 triệu đồng, mỗi xã 8 triệu đồng.
III. Người có uy tín. Các già làng A Hoan, A Dét, Y Nhan đã tham gia hòa giải thành 5 vụ tranh chấp đất rẫy. Già làng A Lưu, thôn Đăk Sút, vận động 2 thanh niên bỏ đi làm thuê trái phép ở biên giới trở về.
IV. Phương hướng quý IV. Tiếp tục thực hiện Nghị quyết 22-NQ/HU của Ban Chấp hành Đảng bộ huyện; chuẩn bị các điều kiện triển khai Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; phấn đấu 100% thôn đạt tiêu chuẩn "An toàn về an ninh, trật tự".
V. Đề xuất, kiến nghị. Đề nghị tỉnh quan tâm bố trí kinh phí hoạt động thường xuyên cho các tổ tự quản, hỗ trợ trang phục, đèn pin, áo mưa cho lực lượng tuần tra ở các thôn vùng sâu, vùng xa; có hình thức khen thưởng kịp thời già làng, người có uy tín có đóng góp trong giữ gìn an ninh trật tự; tiếp tục mở các lớp bồi dưỡng tiếng Xơ Đăng cho cán bộ công an xã chính quy.
Báo cáo do đồng chí A Kiêm, Phó Chủ tịch UBND huyện, ký.
Tổng lượt xem: 4.887
Tin khác
- Đăk Glei tổng kết công tác dân tộc năm 2022 (20/01/2023)
- Ra mắt tổ tự quản an ninh trật tự thôn Đăk Wất (12/07/2023)
- Xã Đăk Man tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (18/08/2023)
- Huyện đối thoại với người dân về chính sách hỗ trợ nhà ở (05/07/2023)
""", "2023-10-06", "Báo cáo kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc quý III năm 2023",
E("bao_cao", "2023-Q3", "2023-10-05"),
[P("A Hoan", "già làng"),
 P("A Dét", "già làng"),
 P("Y Nhan", "già làng"),
 P("A Lưu", "Già làng"),
 P("A Kiêm", "Phó Chủ tịch UBND huyện")],
[Q("12 xã, thị trấn", 12, "xã, thị trấn"), Q("97 thôn", 97, "thôn"), Q("trên 85%", 85, "%", "over"),
 Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("5.120 lượt người nghe", 5120, "lượt người nghe"),
 Q("97 tổ tự quản an ninh trật tự thôn", 97, "tổ tự quản an ninh trật tự thôn"), Q("3 mô hình", 3, "mô hình"),
 Q("42 nguồn tin", 42, "nguồn tin"), Q("11/13 vụ phạm pháp hình sự", 11, "vụ phạm pháp hình sự"), Q("84,6%", 84.6, "%"),
 Q("18 khẩu súng tự chế", 18, "khẩu súng tự chế"), Q("4 kg", 4, "kg"), Q("2 vụ", 2, "vụ"), Q("3 đối tượng", 3, "đối tượng"),
 Q("12 Ngày hội toàn dân bảo vệ an ninh Tổ quốc cấp xã", 12, "Ngày hội toàn dân bảo vệ an ninh Tổ quốc cấp xã"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("5 vụ tranh chấp đất rẫy", 5, "vụ tranh chấp đất rẫy"),
 Q("2 thanh niên", 2, "thanh niên"), Q("100%", 100, "%")],
[D("Kế hoạch", "1856", "KH-UBND", "2023-06-15", "UBND tỉnh", "Kế hoạch 1856/KH-UBND ngày 15/6/2023"),
 D("Nghị quyết", "22", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết 22-NQ/HU")],
[prov("Kon Tum"), com("Đăk Man"), com("Đăk Pék"), com("Xốp")],
["UBND HUYỆN ĐĂK GLEI - TỈNH KON TUM", "Văn bản - Báo cáo › An ninh trật tự", "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "Thôn tự quản về an ninh trật tự",
 "An toàn về an ninh, trật tự", "Tổng lượt xem: 4.887"],
["Ngày đăng: 06/10/2023 | 08:00", "quý III năm 2023", "quý IV", "ngày 18/8/2023", "Tổng lượt xem: 4.887"]))

PAGES.append(page("b3237-camau-bdv-soket-2024", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Bạn đang ở: Trang chủ » Hoạt động » Dân vận chính quyền
Thứ Sáu, 05/07/2024 - 14:00
Ảnh: Toàn cảnh hội nghị.
Phối hợp giữ vững an ninh nông thôn, vùng biển
Ngày 4/7/2024, Ban Dân vận Tỉnh ủy và Đảng ủy Công an tỉnh Cà Mau tổ chức hội nghị sơ kết 6 tháng đầu năm 2024 thực hiện Quy chế phối hợp số 05-QC/BDVTU-ĐUCA về công tác dân vận và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc. Đồng chí Lâm Văn Bé, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và Đại tá Tô Minh Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy, Giám đốc Công an tỉnh đồng chủ trì.
Theo báo cáo, 6 tháng qua hai bên đã phối hợp vận động nhân dân tham gia 1.972 tổ nhân dân tự quản, 486 tổ đoàn kết sản xuất trên biển; tổ chức 246 cuộc đối thoại, tiếp xúc với người dân tại ấp, khóm. Lực lượng công an đã tiếp nhận 428 tin báo, tố giác tội phạm, giải quyết 401 tin, đạt 93,7%. Tội phạm ma túy được kéo giảm: phát hiện 36 vụ, 52 đối tượng, giảm 9 vụ so với cùng kỳ.
Các cấp đã triển khai mô hình "Dân vận khéo" trong lĩnh vực an ninh trật tự, công nhận 58 mô hình cấp huyện và 7 mô hình cấp tỉnh. Nhân dân tự nguyện đóng góp hơn 4,3 tỷ đồng lắp đặt 1.150 camera an ninh và hệ thống đèn chiếu sáng đường ấp.
Tại hội nghị, ông Danh Hồng Em, Phó Trưởng ban Nhân dân ấp Cái Cấm, xã Khánh Bình Tây, cho biết tổ tự quản của ấp đã hòa giải thành 14 vụ tranh chấp đất giữa các hộ, không để phát sinh khiếu kiện. Bà Quách Thị Mỹ, Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Sông Đốc, kiến nghị hỗ trợ vốn cho các gia đình có người sau cai nghiện.
Kết luận hội nghị, đồng chí Lâm Văn Bé đề nghị 6 tháng cuối năm tập trung thực hiện Kết luận 68, 69-KL/TU của Ban Thường vụ Tỉnh ủy; Kế hoạch 112-KH/BDVTU của Ban Dân vận Tỉnh ủy; chuẩn bị tốt các điều kiện thi hành Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở có hiệu lực từ 1/7/2024, bảo đảm 100% ấp, khóm có tổ bảo vệ an ninh, trật tự. Đại tá Tô Minh Phước đề nghị Mặt trận, các đoàn thể phối hợp vận động ngư dân không vi phạm vùng biển nước ngoài.
Dịp này, Ban Dân vận Tỉnh ủy và Công an tỉnh tặng giấy khen cho 10 tập thể, 12 cá nhân.
Các đại biểu cũng chỉ ra hạn chế: công tác nắm tình hình ở một số ấp vùng sâu chưa kịp thời; vẫn còn tình trạng tàu cá vi phạm khai thác thủy sản bất hợp pháp; một số tổ tự quản hoạt động cầm chừng.
Hồng Nhung
Tin liên quan
- Trần Văn Thời: ra mắt mô hình "Ấp không ma túy" (25/06/2024)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý II (20/06/2024)
- Năm Căn tổ chức đối thoại với ngư dân (12/06/2024)
""", "2024-07-05", "Phối hợp giữ vững an ninh nông thôn, vùng biển",
E("so_ket", "2024-H1", "2024-07-04"),
[P("Lâm Văn Bé", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tô Minh Phước", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Đảng ủy", "Giám đốc Công an tỉnh"),
 P("Danh Hồng Em", "Phó Trưởng ban Nhân dân ấp Cái Cấm"),
 P("Quách Thị Mỹ", "Chủ tịch Hội Liên hiệp Phụ nữ thị trấn Sông Đốc")],
[Q("1.972 tổ nhân dân tự quản", 1972, "tổ nhân dân tự quản"), Q("486 tổ đoàn kết sản xuất trên biển", 486, "tổ đoàn kết sản xuất trên biển"),
 Q("246 cuộc đối thoại, tiếp xúc", 246, "cuộc đối thoại, tiếp xúc"), Q("428 tin báo, tố giác tội phạm", 428, "tin báo, tố giác tội phạm"),
 Q("401 tin", 401, "tin"), Q("93,7%", 93.7, "%"), Q("36 vụ", 36, "vụ"), Q("52 đối tượng", 52, "đối tượng"), Q("9 vụ", 9, "vụ"),
 Q("58 mô hình cấp huyện", 58, "mô hình cấp huyện"), Q("7 mô hình cấp tỉnh", 7, "mô hình cấp tỉnh"),
 Q("hơn 4,3 tỷ đồng", 4300000000, "đồng", "over"), Q("1.150 camera an ninh", 1150, "camera an ninh"),
 Q("14 vụ tranh chấp đất", 14, "vụ tranh chấp đất"), Q("100%", 100, "%"), Q("10 tập thể", 10, "tập thể"), Q("12 cá nhân", 12, "cá nhân")],
[D("Quy chế phối hợp", "05", "QC/BDVTU-ĐUCA", None, None, "Quy chế phối hợp số 05-QC/BDVTU-ĐUCA"),
 D("Kết luận", "68", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Kết luận", "69", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 112-KH/BDVTU")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Sông Đốc")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Bạn đang ở: Trang chủ » Hoạt động » Dân vận chính quyền", "Ảnh: Toàn cảnh hội nghị.", "Dân vận khéo",
 "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở"],
["Thứ Sáu, 05/07/2024 - 14:00", "6 tháng đầu năm 2024", "6 tháng cuối năm", "1/7/2024"]))

PAGES.append(page("b3238-yenbai-baoyb-guongmat-2024", """
Báo Yên Bái điện tử
Xã hội › Gương sáng
18/10/2024 06:00
Người "giữ bình yên" bản Mông ở Mù Cang Chải
Ông Giàng A Thào (thứ hai từ phải) cùng tổ tự quản tuần tra trong bản.
YBĐT - Hơn 20 năm làm Trưởng bản Háng Tày, xã Lao Chải, huyện Mù Cang Chải, tỉnh Yên Bái, ông Giàng A Thào đã trở thành chỗ dựa của bà con người Mông trong việc giữ gìn an ninh trật tự, phòng, chống ma túy. Năm 2024, ông được Bộ trưởng Bộ Công an tặng bằng khen vì thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc.
Bản Háng Tày có 132 hộ với hơn 800 nhân khẩu, 100% là đồng bào Mông. Mười năm trước, bản có tới 17 người nghiện ma túy, nhiều vụ trộm cắp, tranh chấp đất đai xảy ra. Ông Thào cùng chi bộ, ban công tác Mặt trận bản thành lập tổ tự quản gồm 9 thành viên là trưởng các dòng họ Giàng, Sùng, Mùa, Hờ.
"Nói với người Mông phải bằng tiếng Mông, phải qua trưởng họ thì bà con mới nghe", ông Thào chia sẻ. Nhờ kiên trì vận động, đến nay bản đã đưa 14 người đi cai nghiện thành công; 3 năm liền bản không có người nghiện mới, không có đơn thư vượt cấp.
Theo đồng chí Sùng A Chứ, Bí thư Đảng ủy xã Lao Chải, mô hình "Dòng họ tự quản về an ninh trật tự" của bản Háng Tày đã được nhân rộng ra 11 bản trong xã. Thiếu tá Hờ A Dình, Trưởng Công an xã Lao Chải, cho biết từ khi có tổ tự quản, ông Thào và các thành viên đã cung cấp 26 nguồn tin giúp công an bắt giữ 4 đối tượng vận chuyển ma túy.
Không chỉ giữ an ninh, ông Thào còn vận động bà con hiến hơn 3.000 m2 đất mở đường vào bản, bỏ tục thách cưới và chuyển đổi khoảng 15 ha ruộng ngô kém hiệu quả sang trồng sơn tra. Thu nhập bình quân của bản đã tăng lên khoảng 28 triệu đồng/người/năm.
Bà Mùa Thị Dua, Chủ tịch Hội Liên hiệp Phụ nữ xã Lao Chải, kể: nhiều lần ông Thào đi bộ hàng chục cây số sang bản bên để đón người bị lừa bán trở về.
Thực hiện Kết luận 44-KL/TW của Ban Bí thư và Chỉ thị 15-CT/HU của Ban Thường vụ Huyện ủy Mù Cang Chải, xã đang xây dựng bản Háng Tày thành bản điểm "An toàn về an ninh, trật tự" của huyện. Khi được hỏi về mong muốn, ông Thào chỉ cười: "Bản mình không còn ai nghiện, con cháu được đi học là vui rồi".
Những ngày cuối thu, trên con đường bê tông uốn lượn dẫn vào bản, tiếng loa truyền thanh bằng tiếng Mông vẫn đều đặn vang lên mỗi sáng. Đó là giọng của ông Thào, người mà cả bản gọi thân mật là "bố Thào", nhắc bà con cảnh giác với người lạ, giữ gìn nương rẫy và cho con em đến trường đúng giờ. Với ông, giữ bình yên cho bản là việc của cả đời, chẳng có ngày nghỉ.
Thanh Chi
Tin khác
- Trạm Tấu: ra mắt tổ bảo vệ an ninh, trật tự ở cơ sở (10/10/2024)
- Yên Bái biểu dương 120 người có uy tín tiêu biểu (02/10/2024)
- Văn Chấn tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/08/2024)
- Lục Yên: người dân hiến đất làm đường liên thôn (05/08/2024)
""", "2024-10-18", 'Người "giữ bình yên" bản Mông ở Mù Cang Chải',
E("khac", None, None),
[P("Giàng A Thào", "Trưởng bản Háng Tày"),
 P("Sùng A Chứ", "Bí thư Đảng ủy xã Lao Chải"),
 P("Hờ A Dình", "Thiếu tá", "Trưởng Công an xã Lao Chải"),
 P("Mùa Thị Dua", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lao Chải")],
[Q("132 hộ", 132, "hộ"), Q("hơn 800 nhân khẩu", 800, "nhân khẩu", "over"), Q("100%", 100, "%"), Q("17 người nghiện ma túy", 17, "người nghiện ma túy"),
 Q("9 thành viên", 9, "thành viên"), Q("14 người", 14, "người"), Q("11 bản", 11, "bản"), Q("26 nguồn tin", 26, "nguồn tin"),
 Q("4 đối tượng", 4, "đối tượng"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("khoảng 15 ha", 15, "ha", "approx"),
 Q("khoảng 28 triệu đồng", 28000000, "đồng", "approx")],
[D("Kết luận", "44", "KL/TW", None, "Ban Bí thư", "Kết luận 44-KL/TW"),
 D("Chỉ thị", "15", "CT/HU", None, "Ban Thường vụ Huyện ủy Mù Cang Chải", "Chỉ thị 15-CT/HU")],
[prov("Yên Bái"), com("Lao Chải")],
["Báo Yên Bái điện tử", "Xã hội › Gương sáng", "Ông Giàng A Thào (thứ hai từ phải) cùng tổ tự quản tuần tra trong bản.", "YBĐT",
 "Dòng họ tự quản về an ninh trật tự", "An toàn về an ninh, trật tự", "giữ bình yên"],
["18/10/2024 06:00", "Hơn 20 năm", "Năm 2024", "Mười năm trước", "3 năm", "hàng chục cây số"]))
