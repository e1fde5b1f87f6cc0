from lib import *
PAGES = []

PAGES.append(page("b4733-hagiang-diachitincay-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Trang chủ » Hoạt động Hội » Phòng, chống bạo lực gia đình
Thứ Sáu, 08/07/2011 - 09:20
Ảnh: Quang cảnh hội nghị sơ kết.
Hà Giang: Nhân rộng mô hình "Địa chỉ tin cậy" ở vùng cao
Ngày 6/7/2011, Hội LHPN tỉnh Hà Giang tổ chức hội nghị sơ kết công tác phòng, chống bạo lực gia đình và mua bán phụ nữ 6 tháng đầu năm 2011. Bà Vương Thị Mỷ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; dự có 46 đồng chí là chủ tịch, phó chủ tịch Hội LHPN các huyện, thành phố và đại diện Công an, Bộ đội Biên phòng tỉnh.
Theo báo cáo, 6 tháng qua các cấp Hội đã triển khai Kế hoạch số 27-KH/HPN về thực hiện Chỉ thị 16, 17-CT/TU của Ban Thường vụ Tỉnh ủy về phòng, chống mua bán người và tảo hôn trong vùng đồng bào Mông, Dao. Toàn tỉnh đã xây dựng được 32 "Địa chỉ tin cậy" tại cộng đồng, tăng 11 địa chỉ so với cuối năm 2010; các địa chỉ đã tiếp nhận, tạm lánh cho 19 lượt phụ nữ và trẻ em bị bạo lực. Hội phối hợp tổ chức 214 buổi truyền thông với trên 12.000 lượt người nghe, phát 3.500 tờ rơi bằng tiếng Mông và tiếng Dao.
Đáng lưu ý, đã có 27 phụ nữ bị lừa bán sang Trung Quốc được giải cứu hoặc tự trở về; Hội đã hỗ trợ 15 chị học nghề, cho vay vốn tổng số 180 triệu đồng. Tuy vậy, tình trạng kết hôn trước tuổi vẫn còn 86 cặp, chủ yếu ở các huyện vùng cao núi đá phía Bắc.
Tại hội nghị, bà Sùng Thị Chu, Chủ tịch Hội LHPN huyện Đồng Văn, cho biết xã Lũng Cú đã duy trì 1 địa chỉ tin cậy đặt tại nhà trưởng thôn, hàng tháng có tổ hòa giải trực. Ông Hoàng Văn Páo, Phó Trưởng Công an xã Phó Bảng, đề nghị tăng cường phối hợp giữa Hội với Công an, Bộ đội Biên phòng trong nắm tình hình đối tượng môi giới.
Phát biểu kết luận, bà Vương Thị Mỷ yêu cầu 6 tháng cuối năm các cấp Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước; phấn đấu mỗi huyện có ít nhất 3 địa chỉ tin cậy, gắn với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch".
Cũng tại hội nghị, các đại biểu đã thảo luận về những khó khăn trong việc tiếp cận phụ nữ trở về: nhiều chị em mặc cảm, không muốn khai báo, một số trường hợp trở về cùng con nhỏ chưa có giấy khai sinh. Hội LHPN các huyện Mèo Vạc, Yên Minh đề nghị tỉnh sớm có cơ chế phối hợp giữa Hội với Tư pháp xã để giải quyết thủ tục hộ tịch cho trẻ em, đồng thời kêu gọi các doanh nghiệp nhận chị em vào làm việc.
Bà Vương Thị Mỷ trao đổi với cán bộ Hội cơ sở. Ảnh: Lý Hà
Lý Hà
Lượt xem: 1.214
Tin liên quan
- Mèo Vạc: ra mắt câu lạc bộ phụ nữ phòng, chống mua bán người (22/06/2011)
- Hội LHPN tỉnh tập huấn kỹ năng tuyên truyền cho 60 cán bộ Hội (10/06/2011)
- Hỗ trợ 5 phụ nữ trở về tái hòa nhập cộng đồng (28/05/2011)
""", "2011-07-08", 'Hà Giang: Nhân rộng mô hình "Địa chỉ tin cậy" ở vùng cao',
E("so_ket", "2011-H1", "2011-07-06"),
[P("Vương Thị Mỷ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội LHPN tỉnh"),
 P("Sùng Thị Chu", "Chủ tịch Hội LHPN huyện Đồng Văn"),
 P("Hoàng Văn Páo", "Phó Trưởng Công an xã Phó Bảng")],
[Q("46 đồng chí", 46, "đồng chí"), Q('32 "Địa chỉ tin cậy"', 32, "Địa chỉ tin cậy"), Q("11 địa chỉ", 11, "địa chỉ"),
 Q("19 lượt phụ nữ và trẻ em", 19, "lượt phụ nữ và trẻ em"), Q("214 buổi truyền thông", 214, "buổi truyền thông"),
 Q("trên 12.000 lượt người nghe", 12000, "lượt người nghe", "over"), Q("3.500 tờ rơi", 3500, "tờ rơi"),
 Q("27 phụ nữ", 27, "phụ nữ"), Q("15 chị", 15, "chị"), Q("180 triệu đồng", 180000000, "đồng"),
 Q("86 cặp", 86, "cặp"), Q("ít nhất 3 địa chỉ tin cậy", 3, "địa chỉ tin cậy", "over")],
[D("Kế hoạch", "27", "KH/HPN", None, None, "Kế hoạch số 27-KH/HPN"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Chỉ thị", "17", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 16, 17-CT/TU"),
 D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007")],
[prov("Hà Giang"), com("Lũng Cú"), com("Phó Bảng")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Trang chủ » Hoạt động Hội » Phòng, chống bạo lực gia đình",
 "Ảnh: Quang cảnh hội nghị sơ kết.", "Bà Vương Thị Mỷ trao đổi với cán bộ Hội cơ sở.", "Địa chỉ tin cậy",
 "Xây dựng gia đình 5 không, 3 sạch", "Lượt xem: 1.214"],
["Thứ Sáu, 08/07/2011 - 09:20", "46 đồng chí", "6 tháng đầu năm 2011", "6 tháng cuối năm", "1 địa chỉ tin cậy",
 "5 không, 3 sạch", "Lượt xem: 1.214"]))

PAGES.append(page("b4734-quangnam-clbgiadinh-2012", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Xã hội | Gia đình
Cập nhật: 16:05, 20/12/2012 (GMT+7)
Ảnh: Đại biểu dự hội nghị tổng kết.
417 câu lạc bộ gia đình góp phần đẩy lùi bạo lực
(QNO) - Chiều 19/12, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2012, trong đó đánh giá sâu kết quả phòng, chống bạo lực gia đình. Dự có bà Trần Thị Kim Hoa, Phó Chủ tịch UBND tỉnh; bà Lê Thị Thanh Xuân, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh.
Năm 2012, toàn tỉnh có 417 câu lạc bộ "Gia đình phát triển bền vững" và nhóm phòng, chống bạo lực gia đình với hơn 9.800 thành viên, tăng 63 câu lạc bộ so với năm 2011. Các câu lạc bộ sinh hoạt định kỳ hằng tháng, lồng ghép tuyên truyền Luật Phòng, chống bạo lực gia đình và Luật Bình đẳng giới. Nhờ đó số vụ bạo lực gia đình được phát hiện giảm còn 138 vụ, giảm 21,5% so với năm trước; 96 vụ đã được các tổ hòa giải ở cơ sở hòa giải thành.
Hội LHPN tỉnh đã phối hợp với Sở Văn hóa, Thể thao và Du lịch triển khai Kế hoạch liên tịch số 09/KHLT-HPN-SVHTTDL và thực hiện Quyết định số 215/QĐ-TTg ngày 6/2/2012 của Thủ tướng Chính phủ; duy trì 25 "Địa chỉ tin cậy" ở các xã miền núi. Tại huyện Nam Trà My, 12 chị em người Xơ Đăng được hỗ trợ tư vấn pháp lý miễn phí.
Tham luận tại hội nghị, bà Hồ Thị Ngọt, Chủ tịch Hội LHPN xã Trà Cang, chia sẻ: "Nhiều chị trước đây bị chồng đánh không dám nói, nay đã tìm đến tổ trưởng tổ phụ nữ". Bà Alăng Thị Bhiêu, Phó Chủ tịch Hội LHPN huyện Tây Giang, nêu khó khăn khi vận động đồng bào Cơ Tu bỏ tục thách cưới.
Phát biểu chỉ đạo, bà Trần Thị Kim Hoa ghi nhận kết quả và đề nghị năm 2013 các cấp Hội tiếp tục bám sát Chỉ thị số 16-CT/TW của Ban Bí thư, nhân rộng mô hình câu lạc bộ tới 100% xã, phường; phấn đấu không dưới 85% gia đình đạt chuẩn văn hóa.
Theo đánh giá của Ban Thường vụ Hội LHPN tỉnh, bên cạnh kết quả đạt được, hoạt động của một số câu lạc bộ ở vùng giáo, vùng biển còn hình thức, nội dung sinh hoạt chưa phong phú; kinh phí chủ yếu do hội viên tự đóng góp; việc phát hiện, can thiệp sớm các vụ bạo lực gia đình còn chậm, nhiều nạn nhân vẫn có tâm lý "đóng cửa bảo nhau".
Dịp này, Hội LHPN tỉnh tặng bằng khen cho 18 tập thể, 27 cá nhân; trao 50 suất quà Tết, mỗi suất trị giá 500.000 đồng cho phụ nữ là nạn nhân bạo lực gia đình có hoàn cảnh khó khăn. Tổng giá trị quà là 25 triệu đồng.
Bà Lê Thị Thanh Xuân trao bằng khen cho các tập thể. Ảnh: V.A
Vĩnh An
Số lần đọc: 642
Các tin khác
- Điện Bàn: 30 cặp vợ chồng tham gia hội thi "Gia đình hạnh phúc" (15/12/2012)
- Ra mắt câu lạc bộ "Phụ nữ với pháp luật" ở Duy Xuyên (30/11/2012)
- Hỗ trợ 200 phụ nữ nghèo vay vốn (21/11/2012)
""", "2012-12-20", "417 câu lạc bộ gia đình góp phần đẩy lùi bạo lực",
E("tong_ket", "2012", "2012-12-19"),
[P("Trần Thị Kim Hoa", "Phó Chủ tịch UBND tỉnh"),
 P("Lê Thị Thanh Xuân", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Hồ Thị Ngọt", "Chủ tịch Hội LHPN xã Trà Cang"),
 P("Alăng Thị Bhiêu", "Phó Chủ tịch Hội LHPN huyện Tây Giang")],
[Q("417 câu lạc bộ", 417, "câu lạc bộ"),
 Q("hơn 9.800 thành viên", 9800, "thành viên", "over"), Q("63 câu lạc bộ", 63, "câu lạc bộ"),
 Q("138 vụ", 138, "vụ"), Q("21,5%", 21.5, "%"), Q("96 vụ", 96, "vụ"), Q('25 "Địa chỉ tin cậy"', 25, "Địa chỉ tin cậy"),
 Q("12 chị em người Xơ Đăng", 12, "chị em người Xơ Đăng"), Q("100%", 100, "%"), Q("không dưới 85%", 85, "%", "over"),
 Q("18 tập thể", 18, "tập thể"), Q("27 cá nhân", 27, "cá nhân"), Q("50 suất quà", 50, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("25 triệu đồng", 25000000, "đồng")],
[D("Kế hoạch liên tịch", "09", "KHLT-HPN-SVHTTDL", None, None, "Kế hoạch liên tịch số 09/KHLT-HPN-SVHTTDL"),
 D("Quyết định", "215", "QĐ-TTg", "2012-02-06", "Thủ tướng Chính phủ", "Quyết định số 215/QĐ-TTg ngày 6/2/2012"),
 D("Chỉ thị", "16", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 16-CT/TW")],
[prov("Quảng Nam"), com("Trà Cang")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Xã hội | Gia đình",
 "Ảnh: Đại biểu dự hội nghị tổng kết.", "Bà Lê Thị Thanh Xuân trao bằng khen cho các tập thể.", "Gia đình phát triển bền vững",
 "Luật Phòng, chống bạo lực gia đình", "Luật Bình đẳng giới", "Địa chỉ tin cậy", "Số lần đọc: 642"],
["Cập nhật: 16:05, 20/12/2012 (GMT+7)", "năm 2012", "năm 2011", "năm 2013", "Số lần đọc: 642"]))

PAGES.append(page("b4735-laocai-taohon-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
08:40 | 16/10/2013
Lào Cai: Hội nghị phòng, chống tảo hôn và hôn nhân cận huyết thống năm 2013
Ngày 15/10, Hội LHPN tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị tuyên truyền, phòng, chống tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số năm 2013. Tham dự có đồng chí Giàng Seo Vần, Phó Chủ tịch UBND tỉnh; các đồng chí Phó Trưởng Ban Dân tộc tỉnh: Lý Seo Dìn, Hoàng Thị Dung; cùng 120 đại biểu là người có uy tín, trưởng thôn, chi hội trưởng phụ nữ các xã vùng cao.
Đồng chí Giàng Seo Vần phát biểu tại hội nghị. Ảnh: Thanh Bình
Theo báo cáo của Hội LHPN tỉnh, từ năm 2011 đến nay toàn tỉnh xảy ra 1.024 trường hợp tảo hôn và 7 trường hợp kết hôn cận huyết thống, tập trung ở đồng bào Mông, Dao, Hà Nhì. Riêng 9 tháng năm 2013 có 213 cặp tảo hôn, giảm khoảng 15% so với cùng kỳ. Thực hiện Kế hoạch số 84/KH-UBND của UBND tỉnh, các cấp Hội đã thành lập 36 câu lạc bộ "Không tảo hôn" với 1.150 hội viên, tổ chức 420 cuộc tuyên truyền lưu động bằng tiếng dân tộc.
Nhiều người có uy tín đã trực tiếp vào cuộc. Ông Thào A Chư, người có uy tín thôn Sín Chải, xã Tả Van, kể: "Có gia đình định cưới vợ cho con trai 15 tuổi, tôi đến nhà 4 lần mới vận động được hoãn lại". Bà Tẩn Thị Mẩy, Chi hội trưởng phụ nữ thôn Nậm Cang, xã Nậm Chày, cho biết chi hội đã ngăn chặn được 3 đám cưới tảo hôn ngay từ khi hai gia đình đang bàn việc dạm ngõ.
Đồng chí Vàng Thị Dua, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, nhấn mạnh: tảo hôn không chỉ ảnh hưởng sức khỏe bà mẹ, trẻ em mà còn là nguyên nhân khiến nhiều em gái bỏ học, dễ bị dụ dỗ sang biên giới. Hội sẽ đưa nội dung này vào sinh hoạt chi hội định kỳ, gắn với thực hiện Nghị quyết 11-NQ/TW và Chỉ thị số 06-CT/TU ngày 12/3/2012 của Ban Thường vụ Tỉnh ủy Lào Cai.
Kết luận hội nghị, đồng chí Giàng Seo Vần yêu cầu các sở, ngành, UBND các huyện đưa chỉ tiêu giảm tảo hôn vào nghị quyết của cấp ủy; phấn đấu đến năm 2015 giảm ít nhất 50% số cặp tảo hôn, cơ bản không còn hôn nhân cận huyết thống. Tỉnh sẽ bố trí khoảng 1,2 tỷ đồng cho công tác truyền thông ở 58 xã đặc biệt khó khăn.
Dịp này, hội nghị khen thưởng 14 người có uy tín, mỗi người nhận 1 giấy khen và 300.000 đồng.
Hội nghị cũng thống nhất giao Hội LHPN tỉnh chủ trì xây dựng tài liệu tuyên truyền song ngữ, tổ chức các buổi nói chuyện tại trường phổ thông dân tộc nội trú và bán trú.
Thanh Bình
Tin khác
- Bát Xát ra mắt mô hình "Cộng đồng không có tảo hôn" (10/10/2013)
- Sa Pa: tuyên truyền Luật Hôn nhân và gia đình cho 300 học sinh (02/10/2013)
- Hội LHPN tỉnh làm việc với Hội LHPN tỉnh Vân Nam (Trung Quốc) (25/09/2013)
""", "2013-10-16", "Lào Cai: Hội nghị phòng, chống tảo hôn và hôn nhân cận huyết thống năm 2013",
E("hoi_nghi", "2013", "2013-10-15"),
[P("Giàng Seo Vần", "Phó Chủ tịch UBND tỉnh"),
 P("Lý Seo Dìn", "Phó Trưởng Ban Dân tộc tỉnh"), P("Hoàng Thị Dung", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Thào A Chư", "người có uy tín thôn Sín Chải"),
 P("Tẩn Thị Mẩy", "Chi hội trưởng phụ nữ thôn Nậm Cang"),
 P("Vàng Thị Dua", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh")],
[Q("120 đại biểu", 120, "đại biểu"), Q("1.024 trường hợp tảo hôn", 1024, "trường hợp tảo hôn"),
 Q("7 trường hợp kết hôn cận huyết thống", 7, "trường hợp kết hôn cận huyết thống"), Q("213 cặp tảo hôn", 213, "cặp tảo hôn"),
 Q("khoảng 15%", 15, "%", "approx"), Q('36 câu lạc bộ "Không tảo hôn"', 36, "câu lạc bộ"), Q("1.150 hội viên", 1150, "hội viên"),
 Q("420 cuộc tuyên truyền lưu động", 420, "cuộc tuyên truyền lưu động"), Q("3 đám cưới tảo hôn", 3, "đám cưới tảo hôn"),
 Q("ít nhất 50%", 50, "%", "over"), Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"),
 Q("58 xã đặc biệt khó khăn", 58, "xã đặc biệt khó khăn"), Q("14 người có uy tín", 14, "người có uy tín"),
 Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "84", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 84/KH-UBND"),
 D("Nghị quyết", "11", "NQ/TW", None, None, "Nghị quyết 11-NQ/TW"),
 D("Chỉ thị", "06", "CT/TU", "2012-03-12", "Ban Thường vụ Tỉnh ủy Lào Cai", "Chỉ thị số 06-CT/TU ngày 12/3/2012")],
[prov("Lào Cai"), com("Tả Van"), com("Nậm Chày")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội",
 "Đồng chí Giàng Seo Vần phát biểu tại hội nghị.", "Không tảo hôn"],
["08:40 | 16/10/2013", "năm 2013", "năm 2011", "9 tháng năm 2013", "15 tuổi", "4 lần", "năm 2015", "1 giấy khen"]))

PAGES.append(page("b4736-angiang-phunutrove-2014", """
Báo An Giang điện tử
Trang chủ / Xã hội / Phụ nữ - Gia đình
Thứ Năm, 25/09/2014 - 14:35
Trao 35 phần quà cho phụ nữ bị mua bán trở về
Sáng 24/9/2014, tại xã Vĩnh Xương, Hội LHPN tỉnh An Giang phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức thăm, tặng quà và tư vấn hỗ trợ tái hòa nhập cộng đồng cho phụ nữ là nạn nhân bị mua bán trở về. Bà Nguyễn Thị Bích Thủy, Phó Chủ tịch Hội LHPN tỉnh, trưởng đoàn, cùng đại tá Trần Văn Nhì, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh đến dự.
Bà Nguyễn Thị Bích Thủy trao quà cho chị em. Ảnh: Hạnh Châu
Dịp này, đoàn trao 35 phần quà, mỗi phần gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt, tổng trị giá 38,5 triệu đồng, do Quỹ "Vì phụ nữ nghèo" và các nhà hảo tâm đóng góp. Ngoài ra, 8 chị có nhu cầu được giới thiệu học nghề may công nghiệp tại Trung tâm dạy nghề huyện Tân Châu, 5 chị được vay vốn ưu đãi mỗi người 15 triệu đồng để buôn bán nhỏ.
Theo thống kê của Hội, từ năm 2010 đến nay trên địa bàn tỉnh có 62 phụ nữ bị lừa bán sang Campuchia, Trung Quốc, Malaysia đã trở về; khoảng 70% trong số này dưới 25 tuổi, nhiều em là người Chăm, Khmer có trình độ học vấn thấp. Thực hiện Kế hoạch liên tịch số 15/KHLT-HPN-BĐBP và Quyết định 1427/QĐ-TTg ngày 18/8/2011 của Thủ tướng Chính phủ, các cấp Hội đã xây dựng 12 mô hình "Phụ nữ tham gia phòng, chống mua bán người" ở các xã biên giới, thu hút 840 thành viên.
Chị Mã Ry, người Chăm ở xã Châu Phong, xúc động: "Về quê rồi, có các cô Hội giúp đỡ, tôi mới dám đi làm lại". Bà Néang Sóc Khanh, Chủ tịch Hội LHPN xã Vĩnh Xương, cho biết xã hiện có 1 tổ tư vấn tại cộng đồng với 9 thành viên, thường xuyên đến từng nhà để chia sẻ, động viên chị em.
Phát biểu tại buổi trao quà, đại tá Trần Văn Nhì đề nghị chị em cảnh giác với các lời mời đi làm việc nhẹ lương cao, đi lấy chồng nước ngoài qua môi giới; khi phát hiện dấu hiệu nghi vấn kịp thời báo cho Đồn Biên phòng hoặc Công an xã. Hội LHPN tỉnh cũng phát 600 tờ gấp tuyên truyền Luật Phòng, chống mua bán người cho bà con trong xã.
Theo bà Nguyễn Thị Bích Thủy, khó khăn lớn nhất hiện nay là nhiều nạn nhân trở về không qua kênh chính thức, tự đi đường tiểu ngạch nên chính quyền không nắm được; có chị em mang theo con nhỏ sinh ở nước ngoài, chưa được đăng ký khai sinh, nhập hộ khẩu. Thời gian tới, Hội LHPN tỉnh sẽ phối hợp với ngành Tư pháp, Công an rà soát, hỗ trợ thủ tục giấy tờ cho các cháu, đồng thời vận động doanh nghiệp trên địa bàn tiếp nhận chị em vào làm việc ổn định.
Hạnh Châu
Tin liên quan
- Tân Châu: 150 phụ nữ nghèo được hỗ trợ vốn (15/09/2014)
- Hội LHPN tỉnh tổ chức hội thi "Phụ nữ với pháp luật" (05/09/2014)
- An Phú: ra mắt câu lạc bộ "Gia đình không bạo lực" (28/08/2014)
""", "2014-09-25", "Trao 35 phần quà cho phụ nữ bị mua bán trở về",
E("trao_qua", None, "2014-09-24"),
[P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Hội LHPN tỉnh", "trưởng đoàn"),
 P("Trần Văn Nhì", "đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Néang Sóc Khanh", "Chủ tịch Hội LHPN xã Vĩnh Xương"), P("Mã Ry")],
[Q("35 phần quà", 35, "phần quà"), Q("10 kg", 10, "kg"), Q("500.000 đồng", 500000, "đồng"),
 Q("38,5 triệu đồng", 38500000, "đồng"), Q("8 chị", 8, "chị"), Q("5 chị", 5, "chị"), Q("15 triệu đồng", 15000000, "đồng"),
 Q("62 phụ nữ", 62, "phụ nữ"), Q("khoảng 70%", 70, "%", "approx"),
 Q('12 mô hình "Phụ nữ tham gia phòng, chống mua bán người"', 12, "mô hình"), Q("840 thành viên", 840, "thành viên"),
 Q("9 thành viên", 9, "thành viên"), Q("600 tờ gấp tuyên truyền", 600, "tờ gấp tuyên truyền")],
[D("Kế hoạch liên tịch", "15", "KHLT-HPN-BĐBP", None, None, "Kế hoạch liên tịch số 15/KHLT-HPN-BĐBP"),
 D("Quyết định", "1427", "QĐ-TTg", "2011-08-18", "Thủ tướng Chính phủ", "Quyết định 1427/QĐ-TTg ngày 18/8/2011")],
[prov("An Giang"), com("Vĩnh Xương"), com("Châu Phong")],
["Báo An Giang điện tử", "Trang chủ / Xã hội / Phụ nữ - Gia đình", "Bà Nguyễn Thị Bích Thủy trao quà cho chị em.",
 "Vì phụ nữ nghèo", "Phụ nữ tham gia phòng, chống mua bán người", "Luật Phòng, chống mua bán người"],
["Thứ Năm, 25/09/2014 - 14:35", "năm 2010", "25 tuổi", "1 tổ tư vấn"]))

PAGES.append(page("b4737-dienbien-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN
Vị trí: Trang chủ :: Giám sát và phản biện xã hội
13/11/2015 - 10:05
Giám sát thực hiện Đề án giảm thiểu tảo hôn tại huyện Mường Nhé
Từ ngày 10 đến 12/11/2015, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do bà Lò Thị Ánh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt Đề án "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025" tại huyện Mường Nhé và 2 xã Chung Chải, Sen Thượng.
Đoàn giám sát làm việc với UBND xã Sen Thượng. Ảnh: Mai Phương
Tham gia đoàn có các đồng chí Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh: Vàng A Dế, Lường Văn Khiêm, Mùa Thị Dở; đại diện Sở Tư pháp, Ban Dân tộc tỉnh.
Qua giám sát cho thấy, năm 2015 toàn huyện còn 47 cặp tảo hôn, trong đó 9 cặp cả hai bên đều dưới tuổi kết hôn; 100% số thôn, bản đã được tuyên truyền về Luật Hôn nhân và gia đình năm 2014. UBND huyện đã ban hành kế hoạch số 112/KH-UBND triển khai Đề án, bố trí 240 triệu đồng cho hoạt động truyền thông; thành lập 11 tổ truyền thông cộng đồng với 66 thành viên là trưởng bản, người có uy tín, chi hội trưởng phụ nữ. Hội LHPN huyện duy trì 4 câu lạc bộ "Phụ nữ với pháp luật" với 135 hội viên người Mông, Hà Nhì.
Ông Chang A Lử, Chủ tịch UBND xã Sen Thượng, thừa nhận: "Ở bản xa, việc đăng ký kết hôn vẫn chưa được người dân coi trọng, nhiều cặp chỉ làm lễ theo phong tục mà không đến xã". Bà Pờ Thị Xé, Chủ tịch Hội LHPN xã Chung Chải, đề nghị cấp kinh phí cho tổ truyền thông, vì các thành viên phải đi bộ hàng chục cây số mỗi buổi tuyên truyền.
Kết thúc đợt giám sát, bà Lò Thị Ánh đánh giá huyện đã có nhiều cố gắng nhưng tỷ lệ tảo hôn vẫn ở mức khoảng 23%, cao nhất tỉnh. Đoàn kiến nghị UBND huyện đưa chỉ tiêu giảm tảo hôn vào kế hoạch phát triển kinh tế - xã hội hằng năm, xử lý nghiêm các trường hợp tổ chức tảo hôn theo Nghị định số 110/2013/NĐ-CP của Chính phủ; đề nghị UBND tỉnh hỗ trợ thêm ít nhất 150 triệu đồng cho các xã biên giới. Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội.
Đây là đợt giám sát thứ 3 trong năm của Mặt trận tỉnh Điện Biên phối hợp với Hội LHPN, sau các cuộc giám sát tại huyện Tủa Chùa và Mường Chà.
Mai Phương
Lượt truy cập: 3.902
Các tin đã đưa
- Mặt trận tỉnh hiệp thương giới thiệu người ứng cử (05/11/2015)
- Mường Nhé: tặng 200 suất quà cho học sinh bán trú (28/10/2015)
- Hội nghị phản biện dự thảo Nghị quyết về giảm nghèo bền vững (20/10/2015)
""", "2015-11-13", "Giám sát thực hiện Đề án giảm thiểu tảo hôn tại huyện Mường Nhé",
E("giam_sat", None, "2015-11-10"),
[P("Lò Thị Ánh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội LHPN tỉnh", "trưởng đoàn"),
 P("Vàng A Dế", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lường Văn Khiêm", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh"),
 P("Mùa Thị Dở", "Ủy viên Ban Thường vụ Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chang A Lử", "Chủ tịch UBND xã Sen Thượng"),
 P("Pờ Thị Xé", "Chủ tịch Hội LHPN xã Chung Chải")],
[Q("2 xã", 2, "xã"), Q("47 cặp tảo hôn", 47, "cặp tảo hôn"), Q("9 cặp", 9, "cặp"), Q("100%", 100, "%"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("11 tổ truyền thông cộng đồng", 11, "tổ truyền thông cộng đồng"),
 Q("66 thành viên", 66, "thành viên"), Q('4 câu lạc bộ "Phụ nữ với pháp luật"', 4, "câu lạc bộ"),
 Q("135 hội viên người Mông, Hà Nhì", 135, "hội viên người Mông, Hà Nhì"), Q("khoảng 23%", 23, "%", "approx"),
 Q("ít nhất 150 triệu đồng", 150000000, "đồng", "over")],
[D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND huyện", "kế hoạch số 112/KH-UBND"),
 D("Nghị định", "110", "2013/NĐ-CP", None, "Chính phủ", "Nghị định số 110/2013/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW")],
[prov("Điện Biên"), com("Chung Chải"), com("Sen Thượng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐIỆN BIÊN", "Vị trí: Trang chủ :: Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc với UBND xã Sen Thượng.", "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số giai đoạn 2015 - 2025",
 "Phụ nữ với pháp luật", "Luật Hôn nhân và gia đình năm 2014", "Lượt truy cập: 3.902"],
["13/11/2015 - 10:05", "năm 2015", "giai đoạn 2015 - 2025", "đợt giám sát thứ 3", "hàng chục cây số", "Lượt truy cập: 3.902"]))

PAGES.append(page("b4738-nghean-giaoban-2016", """
Báo Nghệ An điện tử
Thời sự > Xã hội >> Phòng chống tệ nạn
05-10-2016 16:20
Ảnh: Quang cảnh buổi giao ban.
Siết chặt phối hợp ngăn chặn mua bán phụ nữ qua biên giới
(Baonghean.vn) - Ngày 4/10, Hội LHPN tỉnh tổ chức giao ban công tác phòng, chống mua bán người và bạo lực gia đình quý III năm 2016 với Hội LHPN 8 huyện miền núi, biên giới. Đồng chí Nguyễn Thị Thu Hường, Ủy viên BCH Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh chủ trì; dự có Thượng tá Lô Văn Thanh, Phó Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh.
Báo cáo tại buổi giao ban, đồng chí Vi Thị Hương, Phó Chủ tịch Hội LHPN tỉnh, cho biết quý III, các lực lượng chức năng đã phát hiện 6 vụ mua bán người với 11 nạn nhân, trong đó 9 nạn nhân là phụ nữ, trẻ em người Thái, Khơ Mú, Mông; tiếp nhận 14 phụ nữ trở về từ Trung Quốc qua cửa khẩu Nậm Cắn. Hội đã phối hợp hỗ trợ ban đầu cho 100% số nạn nhân trở về với tổng kinh phí khoảng 42 triệu đồng, giới thiệu 6 chị vào làm việc tại các doanh nghiệp may mặc.
Thực hiện chương trình phối hợp số 05/CTr-HPN-BĐBP và Hướng dẫn số 38/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, các cấp Hội duy trì 27 "Địa chỉ tin cậy" và 153 "Nhóm phụ nữ tự quản" ở các bản giáp biên; trong quý đã tổ chức 96 buổi sinh hoạt chuyên đề với hơn 4.300 lượt hội viên tham gia. Riêng huyện Kỳ Sơn, Hội đã vận động 23 gia đình có con em đi làm ăn tự do ở nước ngoài khai báo với chính quyền.
Tham gia ý kiến, bà Lữ Thị Hoa, HUV, Chủ tịch Hội LHPN huyện Tương Dương, phản ánh tình trạng thanh niên bỏ đi lao động tự do không rõ nơi đến; bà Xồng Y Dợ, Chủ tịch Hội LHPN xã Mường Lống, đề xuất hỗ trợ điện thoại cho các tổ tự quản để liên lạc khi có tình huống. Ông Moong Văn Tư, Bí thư Đảng ủy xã Tà Cạ, cho biết xã đã đưa nội dung phòng, chống mua bán người vào quy ước của 12 bản.
Kết luận buổi giao ban, đồng chí Nguyễn Thị Thu Hường yêu cầu quý IV các cấp Hội tập trung triển khai Quyết định 1427/QĐ-TTg, gắn với Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy Nghệ An; rà soát danh sách phụ nữ vắng mặt dài ngày tại địa phương; phấn đấu cuối năm có thêm từ 10 địa chỉ tin cậy trở lên ở các xã biên giới.
Theo đánh giá chung, thủ đoạn của các đối tượng ngày càng tinh vi: làm quen qua mạng xã hội, hứa hẹn việc làm lương cao hoặc giới thiệu lấy chồng nước ngoài, rồi đưa nạn nhân vượt biên trái phép. Nhiều gia đình khi con em vắng mặt dài ngày vẫn không trình báo vì sợ liên lụy.
Nhóm phụ nữ tự quản bản Huồi Giảng 1 sinh hoạt chuyên đề. Ảnh: P.V
Phương Thúy
Số lượt xem: 2.108
Tin cùng chuyên mục
- Quế Phong: tuyên truyền phòng, chống mua bán người cho 500 học sinh (29/09/2016)
- Hỗ trợ 20 phụ nữ trở về có sinh kế ổn định (21/09/2016)
- Khai mạc lớp tập huấn kỹ năng tư vấn cho cán bộ Hội cơ sở (14/09/2016)
""", "2016-10-05", "Siết chặt phối hợp ngăn chặn mua bán phụ nữ qua biên giới",
E("giao_ban", "2016-Q3", "2016-10-04"),
[P("Nguyễn Thị Thu Hường", "Ủy viên BCH Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Lô Văn Thanh", "Thượng tá", "Phó Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng tỉnh"),
 P("Vi Thị Hương", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lữ Thị Hoa", "HUV", "Chủ tịch Hội LHPN huyện Tương Dương"),
 P("Xồng Y Dợ", "Chủ tịch Hội LHPN xã Mường Lống"),
 P("Moong Văn Tư", "Bí thư Đảng ủy xã Tà Cạ")],
[Q("8 huyện miền núi, biên giới", 8, "huyện miền núi, biên giới"), Q("6 vụ mua bán người", 6, "vụ mua bán người"),
 Q("11 nạn nhân", 11, "nạn nhân"), Q("9 nạn nhân", 9, "nạn nhân"), Q("14 phụ nữ", 14, "phụ nữ"), Q("100%", 100, "%"),
 Q("khoảng 42 triệu đồng", 42000000, "đồng", "approx"), Q("6 chị", 6, "chị"),
 Q('27 "Địa chỉ tin cậy"', 27, "Địa chỉ tin cậy"), Q('153 "Nhóm phụ nữ tự quản"', 153, "Nhóm phụ nữ tự quản"),
 Q("96 buổi sinh hoạt chuyên đề", 96, "buổi sinh hoạt chuyên đề"), Q("hơn 4.300 lượt hội viên", 4300, "lượt hội viên", "over"),
 Q("23 gia đình", 23, "gia đình"), Q("12 bản", 12, "bản"), Q("từ 10 địa chỉ tin cậy trở lên", 10, "địa chỉ tin cậy", "over")],
[D("Chương trình phối hợp", "05", "CTr-HPN-BĐBP", None, None, "chương trình phối hợp số 05/CTr-HPN-BĐBP"),
 D("Hướng dẫn", "38", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 38/HD-ĐCT"),
 D("Quyết định", "1427", "QĐ-TTg", None, None, "Quyết định 1427/QĐ-TTg"),
 D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Nghệ An", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy Nghệ An", "Chỉ thị 05, 06-CT/TU")],
[prov("Nghệ An"), com("Mường Lống"), com("Tà Cạ")],
["Báo Nghệ An điện tử", "Thời sự > Xã hội >> Phòng chống tệ nạn", "Ảnh: Quang cảnh buổi giao ban.",
 "Nhóm phụ nữ tự quản bản Huồi Giảng 1 sinh hoạt chuyên đề.", "Địa chỉ tin cậy", "Số lượt xem: 2.108"],
["05-10-2016 16:20", "quý III năm 2016", "quý IV", "Số lượt xem: 2.108", "Huồi Giảng 1"]))
