from lib import *
PAGES = []

PAGES.append(page("b4889-lamdong-locphat-cdcs-tongket-2023", """
Cổng thông tin điện tử phường Lộc Phát
Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể
27/12/2023 - 16:45
Ảnh: Toàn cảnh hội nghị tổng kết Công đoàn cơ sở phường.
Công đoàn cơ sở UBND phường Lộc Phát: một năm nhiều dấu ấn
Ngày 26/12, Công đoàn cơ sở UBND phường Lộc Phát (thành phố Bảo Lộc, tỉnh Lâm Đồng) tổ chức hội nghị tổng kết hoạt động công đoàn năm 2023, triển khai phương hướng năm 2024. Dự hội nghị có đồng chí Ka Hường, Phó Chủ tịch LĐLĐ thành phố Bảo Lộc; đồng chí Nguyễn Đức Thịnh, Bí thư Đảng ủy phường; đồng chí Trần Thị Ngọc Bích, Phó Bí thư Đảng ủy, Chủ tịch UBND phường.
Theo báo cáo do đồng chí K'Brơi, Chủ tịch Công đoàn cơ sở UBND phường trình bày, Công đoàn hiện có 36 đoàn viên sinh hoạt ở 4 tổ công đoàn; trong năm kết nạp 3 đoàn viên mới. Công đoàn phối hợp với chính quyền tổ chức hội nghị cán bộ, công chức năm 2023, xây dựng quy chế chi tiêu nội bộ theo Nghị định số 04/2015/NĐ-CP của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước; thực hiện Kế hoạch số 12/KH-CĐCS ngày 20/2/2023 về phong trào thi đua "Công chức phường văn minh, thân thiện, vì nhân dân phục vụ".
Đồng chí Ka Hường trao giấy khen cho đoàn viên.
Năm qua, 100% đoàn viên hoàn thành tốt nhiệm vụ, trong đó 7 người hoàn thành xuất sắc; không có đoàn viên vi phạm kỷ luật. Công đoàn vận động đoàn viên đóng góp 18,5 triệu đồng ủng hộ Quỹ "Vì người nghèo", góp 42 ngày công cùng Mặt trận phường xây 2 căn nhà Đại đoàn kết cho hộ nghèo đồng bào K'Ho ở tổ dân phố 5; thăm hỏi 11 lượt đoàn viên ốm đau với số tiền 5,5 triệu đồng. Công đoàn cũng hưởng ứng Chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát" theo Quyết định số 21/QĐ-TTg của Thủ tướng Chính phủ, vận động đoàn viên góp 1 ngày lương.
Góp ý tại hội nghị, bà Ka Thị Sang, công chức Văn phòng - Thống kê phường, đề nghị tổ chức thêm các hoạt động thể thao giữa giờ; ông Lê Văn Cường, Trưởng Công an phường, đề xuất đưa nội dung chuyển đổi số vào sinh hoạt công đoàn.
Phát biểu chỉ đạo, đồng chí Nguyễn Đức Thịnh đề nghị Công đoàn tiếp tục thực hiện Chỉ thị 27, 28-CT/ĐU của Ban Thường vụ Đảng ủy phường về nâng cao chất lượng phục vụ nhân dân và cải cách hành chính, phấn đấu năm 2024 có từ 90% trở lên hồ sơ được giải quyết trực tuyến. Dịp này, LĐLĐ thành phố Bảo Lộc tặng giấy khen cho Công đoàn cơ sở UBND phường và 3 đoàn viên có thành tích xuất sắc; Công đoàn cơ sở khen thưởng 5 đoàn viên, mỗi người 300.000 đồng.
Hội nghị đã bầu bổ sung đồng chí Ka Thị Sang giữ chức Ủy viên Ban Chấp hành Công đoàn cơ sở UBND phường nhiệm kỳ 2023 - 2028.
Phương Nhi - Văn phòng phường
Tin khác
- Phường Lộc Phát ra quân cải cách hành chính (15/12/2023)
- Mặt trận phường trao 50 phần quà cho hộ nghèo (08/12/2023)
- Hội nghị Ban Chấp hành Đảng bộ phường lần thứ 14 (30/11/2023)
""", "2023-12-27", "Công đoàn cơ sở UBND phường Lộc Phát: một năm nhiều dấu ấn",
E("tong_ket", "2023", "2023-12-26"),
[P("Ka Hường", "Phó Chủ tịch LĐLĐ thành phố Bảo Lộc"),
 P("Nguyễn Đức Thịnh", "Bí thư Đảng ủy phường"),
 P("Trần Thị Ngọc Bích", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường"),
 P("K'Brơi", "Chủ tịch Công đoàn cơ sở UBND phường"),
 P("Ka Thị Sang", "công chức Văn phòng - Thống kê phường", "Ủy viên Ban Chấp hành Công đoàn cơ sở UBND phường nhiệm kỳ 2023 - 2028"),
 P("Lê Văn Cường", "Trưởng Công an phường")],
[Q("36 đoàn viên", 36, "đoàn viên"), Q("4 tổ công đoàn", 4, "tổ công đoàn"), Q("3 đoàn viên mới", 3, "đoàn viên mới"),
 Q("100%", 100, "%"), Q("7 người", 7, "người"), Q("18,5 triệu đồng", 18500000, "đồng"), Q("42 ngày công", 42, "ngày công"),
 Q("2 căn nhà Đại đoàn kết", 2, "căn nhà Đại đoàn kết"), Q("11 lượt đoàn viên", 11, "lượt đoàn viên"),
 Q("5,5 triệu đồng", 5500000, "đồng"), Q("từ 90% trở lên", 90, "%", "over"), Q("3 đoàn viên", 3, "đoàn viên"),
 Q("5 đoàn viên", 5, "đoàn viên"), Q("300.000 đồng", 300000, "đồng")],
[D("Nghị định", "04", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 04/2015/NĐ-CP"),
 D("Kế hoạch", "12", "KH-CĐCS", "2023-02-20", None, "Kế hoạch số 12/KH-CĐCS ngày 20/2/2023"),
 D("Quyết định", "21", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/QĐ-TTg"),
 D("Chỉ thị", "27", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị 27, 28-CT/ĐU"),
 D("Chỉ thị", "28", "CT/ĐU", None, "Ban Thường vụ Đảng ủy phường", "Chỉ thị 27, 28-CT/ĐU")],
[prov("Lâm Đồng"), com("Lộc Phát")],
["Cổng thông tin điện tử phường Lộc Phát", "Trang chủ | Tin tức - Sự kiện | Mặt trận - Đoàn thể",
 "Ảnh: Toàn cảnh hội nghị tổng kết Công đoàn cơ sở phường.", "Đồng chí Ka Hường trao giấy khen cho đoàn viên.",
 "Công chức phường văn minh, thân thiện, vì nhân dân phục vụ", "Vì người nghèo", "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["27/12/2023 - 16:45", "năm 2023", "năm 2024", "1 ngày lương", "tổ dân phố 5", "nhiệm kỳ 2023 - 2028", "Năm qua"]))

PAGES.append(page("b4890-binhdinh-chutichcongdoan-chandung-2023", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Xã hội » Lao động - Việc làm » Gương sáng
Thứ Hai, 30/10/2023 | 07:30
Chị Đinh Thị Hoa (giữa) trò chuyện với công nhân trong giờ nghỉ trưa.
Người "giữ lửa" cho hơn 2.000 công nhân nhà máy gỗ
Gần 12 năm làm Chủ tịch Công đoàn Công ty CP Chế biến gỗ Phú Tài Nhơn Hòa, chị Đinh Thị Hoa, người Bana ở xã An Toàn, đã trở thành chỗ dựa của hơn 2.000 công nhân, trong đó có khoảng 350 người đồng bào dân tộc thiểu số ở các huyện miền núi của tỉnh Bình Định.
Chị Hoa kể, năm 2012, khi mới được tín nhiệm giữ chức Chủ tịch Công đoàn Công ty, nhiều công nhân còn chưa biết công đoàn để làm gì. Chị đi từng tổ sản xuất, ghi chép từng kiến nghị. Nhờ kiên trì thương lượng, đến nay bản thỏa ước lao động tập thể của Công ty có 19 điều khoản có lợi hơn cho người lao động so với quy định của Bộ luật Lao động số 45/2019/QH14; tiền ăn ca tăng từ 12.000 đồng lên 25.000 đồng/suất; mỗi công nhân nhận thưởng Tết bình quân 1,3 tháng lương.
Năm 2022, khi đơn hàng giảm mạnh, 430 công nhân có nguy cơ mất việc. Chị Hoa cùng Ban Chấp hành Công đoàn đề xuất Ban Giám đốc bố trí luân phiên, giữ được việc làm cho toàn bộ người lao động, đồng thời vận động 14 doanh nghiệp đối tác hỗ trợ 320 suất quà, mỗi suất 400.000 đồng. Theo ông Nguyễn Văn Thọ, Giám đốc Công ty, "chị Hoa nói thẳng nhưng có lý, nên ban giám đốc nghe".
Ông Đặng Văn Lực, Phó Chủ tịch Thường trực LĐLĐ tỉnh, cho biết mô hình "Bữa cơm công đoàn" và "Tủ sách công nhân" của Công đoàn Công ty đã được nhân rộng ra 27 công đoàn cơ sở trong Khu công nghiệp Nhơn Hòa. Công đoàn Công ty nhiều năm đạt vững mạnh xuất sắc, năm 2021 được Tổng LĐLĐ Việt Nam tặng Bằng khen theo Quyết định số 2150/QĐ-TLĐ ngày 22/12/2021.
Với công nhân người Bana như anh Đinh Văn Rin, chị Hoa còn là người phiên dịch, giải thích cho anh em về sổ bảo hiểm xã hội, về hợp đồng lao động. "Có chị, mình không sợ bị thiệt", anh Rin nói. Chị Đinh Thị Hoa hiện là Ủy viên Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XII; chị cũng là 1 trong 10 cán bộ công đoàn cơ sở tiêu biểu được tuyên dương tại Đại hội Công đoàn tỉnh đầu năm 2023.
Khi được hỏi về ước mơ, chị bảo muốn Công ty có nhà trẻ cho con công nhân, vì hiện có gần 600 công nhân nữ có con dưới 6 tuổi. Công đoàn đã đề xuất và dự kiến cuối năm 2024 sẽ khởi công, với kinh phí khoảng 3,5 tỷ đồng.
Bài và ảnh: Ngọc Nhuận
Lượt đọc: 1.532
Bài viết liên quan
- LĐLĐ tỉnh tuyên dương 50 chủ tịch công đoàn cơ sở giỏi (20/10/2023)
- Khu công nghiệp Nhơn Hòa: đối thoại về nhà ở công nhân (11/10/2023)
- Trao 100 suất quà cho công nhân ngành gỗ (29/09/2023)
""", "2023-10-30", "Người \"giữ lửa\" cho hơn 2.000 công nhân nhà máy gỗ",
E("khac", None, None),
[P("Đinh Thị Hoa", "Chủ tịch Công đoàn Công ty CP Chế biến gỗ Phú Tài Nhơn Hòa", "Chủ tịch Công đoàn Công ty",
   "Ủy viên Ban Chấp hành LĐLĐ tỉnh Bình Định khóa XII"),
 P("Nguyễn Văn Thọ", "Giám đốc Công ty"),
 P("Đặng Văn Lực", "Phó Chủ tịch Thường trực LĐLĐ tỉnh"),
 P("Đinh Văn Rin")],
[Q("hơn 2.000 công nhân", 2000, "công nhân", "over"), Q("khoảng 350 người", 350, "người", "approx"),
 Q("19 điều khoản", 19, "điều khoản"), Q("12.000 đồng", 12000, "đồng"), Q("25.000 đồng", 25000, "đồng"),
 Q("430 công nhân", 430, "công nhân"), Q("14 doanh nghiệp đối tác", 14, "doanh nghiệp đối tác"),
 Q("320 suất quà", 320, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("27 công đoàn cơ sở", 27, "công đoàn cơ sở"),
 Q("10 cán bộ công đoàn cơ sở tiêu biểu", 10, "cán bộ công đoàn cơ sở tiêu biểu"),
 Q("gần 600 công nhân nữ", 600, "công nhân nữ", "approx"), Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx")],
[D("Bộ luật", "45", "2019/QH14", None, None, "Bộ luật Lao động số 45/2019/QH14"),
 D("Quyết định", "2150", "QĐ-TLĐ", "2021-12-22", "Tổng LĐLĐ Việt Nam", "Quyết định số 2150/QĐ-TLĐ ngày 22/12/2021")],
[prov("Bình Định"), com("An Toàn")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Xã hội » Lao động - Việc làm » Gương sáng",
 "Chị Đinh Thị Hoa (giữa) trò chuyện với công nhân trong giờ nghỉ trưa.", "Bữa cơm công đoàn", "Tủ sách công nhân",
 "Khu công nghiệp Nhơn Hòa", "Lượt đọc: 1.532"],
["Thứ Hai, 30/10/2023 | 07:30", "12 năm", "năm 2012", "1,3 tháng lương", "Năm 2022", "năm 2021", "khóa XII", "1 trong 10",
 "6 tuổi", "năm 2024", "Lượt đọc: 1.532"]))

PAGES.append(page("b4891-quangninh-ldld-tongket-2024", """
BÁO QUẢNG NINH ĐIỆN TỬ
Trang chủ / Chính trị / Công đoàn
2024-12-26 16:40
Hôm nay: Thứ Sáu, 27/12/2024
Ảnh: Các đại biểu dự hội nghị.
Quảng Ninh: 7.000 đoàn viên mới, vượt chỉ tiêu năm
Sáng 26/12, LĐLĐ tỉnh Quảng Ninh tổ chức hội nghị Ban Chấp hành lần thứ 6 (khóa XIV) tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Vũ Thị Thu Thủy, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì. Dự có đồng chí Đặng Xuân Hòa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Năm 2024, toàn tỉnh kết nạp 7.000 đoàn viên mới, đạt 116% kế hoạch, thành lập 41 công đoàn cơ sở; tổng số đoàn viên đạt gần 191.000 người tại 1.512 công đoàn cơ sở. Các cấp công đoàn thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy về phát triển đoàn viên trong doanh nghiệp có vốn đầu tư nước ngoài và về bảo đảm an toàn lao động trong ngành than; Kết luận số 80-KL/TW ngày 5/6/2024 của Ban Bí thư; Nghị quyết số 07/NQ-BCH ngày 12/3/2024 của Ban Chấp hành LĐLĐ tỉnh.
Sau cơn bão số 3 (Yagi), các cấp công đoàn đã hỗ trợ 11.320 đoàn viên bị thiệt hại với tổng số tiền trên 12,6 tỷ đồng; trong đó Công đoàn Than - Khoáng sản Việt Nam hỗ trợ 4,2 tỷ đồng. "Tết Sum vầy" năm 2024 chăm lo khoảng 63.000 lượt đoàn viên; xây 35 Mái ấm Công đoàn cho đoàn viên ở các xã vùng đồng bào dân tộc thiểu số như xã Đồng Văn, xã Húc Động.
Tại hội nghị, đồng chí Triệu Thị Hà, Chủ tịch LĐLĐ huyện Bình Liêu, người Dao, cho biết nhiều đoàn viên người Tày, Dao, Sán Chỉ ở huyện là giáo viên, nhân viên y tế, đã được hỗ trợ sửa nhà sau bão. Đồng chí Lỷ Văn Sáng, Chủ tịch Công đoàn cơ sở UBND xã Húc Động, đề nghị tăng mức hỗ trợ cho cán bộ công đoàn không chuyên trách. Các đồng chí Chìu A Lộc, Hoàng Văn Bình, Nguyễn Thị Ngân - Chủ tịch Công đoàn cơ sở các công ty than vùng Hạ Long chia sẻ kinh nghiệm tổ chức đối thoại định kỳ, vận động thợ lò chấp hành nghiêm quy trình an toàn trong mùa mưa bão.
Đồng chí Đặng Xuân Hòa ghi nhận kết quả; đề nghị năm 2025 tổ chức công đoàn chủ động tham gia sắp xếp bộ máy theo Nghị quyết 18-NQ/TW của BCH Trung ương khóa XII, bảo đảm quyền lợi của cán bộ, công chức dôi dư. Hội nghị thống nhất chỉ tiêu năm 2025: kết nạp ít nhất 6.500 đoàn viên mới, 95% trở lên doanh nghiệp có công đoàn cơ sở tổ chức đối thoại.
Hội nghị đã khen thưởng 46 tập thể, 82 cá nhân xuất sắc.
Thu Trang
Tin liên quan
- Hạ Long: Công đoàn ngành Y tế tổng kết năm 2024 (23/12/2024)
- 500 phần quà cho công nhân mỏ bị ảnh hưởng bão số 3 (10/10/2024)
- Trao 20 Mái ấm Công đoàn tại Tiên Yên (02/09/2024)
""", "2024-12-26", "Quảng Ninh: 7.000 đoàn viên mới, vượt chỉ tiêu năm",
E("tong_ket", "2024", "2024-12-26"),
[P("Vũ Thị Thu Thủy", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Đặng Xuân Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Hà", "Chủ tịch LĐLĐ huyện Bình Liêu"),
 P("Lỷ Văn Sáng", "Chủ tịch Công đoàn cơ sở UBND xã Húc Động"),
 P("Chìu A Lộc", "Chủ tịch Công đoàn cơ sở các công ty than vùng Hạ Long"),
 P("Hoàng Văn Bình", "Chủ tịch Công đoàn cơ sở các công ty than vùng Hạ Long"),
 P("Nguyễn Thị Ngân", "Chủ tịch Công đoàn cơ sở các công ty than vùng Hạ Long")],
[Q("7.000 đoàn viên mới", 7000, "đoàn viên mới"), Q("116%", 116, "%"), Q("41 công đoàn cơ sở", 41, "công đoàn cơ sở"),
 Q("gần 191.000 người", 191000, "người", "approx"), Q("1.512 công đoàn cơ sở", 1512, "công đoàn cơ sở"),
 Q("11.320 đoàn viên", 11320, "đoàn viên"), Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("khoảng 63.000 lượt đoàn viên", 63000, "lượt đoàn viên", "approx"),
 Q("35 Mái ấm Công đoàn", 35, "Mái ấm Công đoàn"), Q("ít nhất 6.500 đoàn viên mới", 6500, "đoàn viên mới", "over"),
 Q("95% trở lên", 95, "%", "over"), Q("46 tập thể", 46, "tập thể"), Q("82 cá nhân xuất sắc", 82, "cá nhân xuất sắc")],
[D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kết luận", "80", "KL/TW", "2024-06-05", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 5/6/2024"),
 D("Nghị quyết", "07", "NQ-BCH", "2024-03-12", "Ban Chấp hành LĐLĐ tỉnh", "Nghị quyết số 07/NQ-BCH ngày 12/3/2024"),
 D("Nghị quyết", "18", "NQ/TW", None, "BCH Trung ương", "Nghị quyết 18-NQ/TW")],
[prov("Quảng Ninh"), com("Đồng Văn"), com("Húc Động")],
["BÁO QUẢNG NINH ĐIỆN TỬ", "Trang chủ / Chính trị / Công đoàn", "Hôm nay: Thứ Sáu, 27/12/2024", "Ảnh: Các đại biểu dự hội nghị.",
 "Tết Sum vầy", "Yagi"],
["2024-12-26 16:40", "Hôm nay: Thứ Sáu, 27/12/2024", "lần thứ 6", "khóa XIV", "năm 2024", "năm 2025", "bão số 3",
 "khóa XII"]))

PAGES.append(page("b4892-soctrang-ldld-soket-6thang-2024", """
Báo Sóc Trăng Online
Trang chủ - Chính trị - Mặt trận, đoàn thể
19-07-2024 10:12
Chăm lo đoàn viên người Khmer trong doanh nghiệp thủy sản
Ngày 18/7, LĐLĐ tỉnh Sóc Trăng tổ chức hội nghị sơ kết hoạt động công đoàn 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Lâm Thị Sa Phol, Tỉnh ủy viên, Chủ tịch LĐLĐ tỉnh chủ trì; dự có đồng chí Trần Văn Chín, Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh hội nghị sơ kết. Ảnh: Tấn Phát
Theo báo cáo, 6 tháng đầu năm các cấp công đoàn kết nạp 1.216 đoàn viên mới, đạt 60,8% kế hoạch năm; thành lập 6 công đoàn cơ sở. Toàn tỉnh có 862 công đoàn cơ sở với 44.930 đoàn viên, trong đó khoảng 9.800 đoàn viên là người Khmer, phần lớn làm việc trong các doanh nghiệp chế biến thủy sản ở phường 8 và xã Đại Ngãi. Thực hiện Nghị quyết số 02-NQ/TW của Bộ Chính trị, Chương trình hành động số 31-CTr/TU của Tỉnh ủy và Kế hoạch 09, 10/KH-LĐLĐ của Ban Thường vụ LĐLĐ tỉnh, các cấp công đoàn đã tổ chức 146 cuộc đối thoại định kỳ, 38 hội nghị người lao động.
Trong dịp Tết Chôl Chnăm Thmây, LĐLĐ tỉnh trao 1.200 phần quà cho đoàn viên, công nhân lao động người Khmer, mỗi phần trị giá 500.000 đồng; các công đoàn cơ sở vận động doanh nghiệp hỗ trợ thêm hơn 870 triệu đồng. Chương trình "Mái ấm Công đoàn" bàn giao 9 căn nhà, mỗi căn hỗ trợ 60 triệu đồng.
Tại hội nghị, bà Thạch Thị Phương Thảo, Chủ tịch Công đoàn Công ty CP Thủy sản Đại Ngãi, cho biết công ty có 2.450 lao động, trong đó 1.100 người là đồng bào Khmer; Công đoàn đã mở 2 lớp dạy tiếng Việt cho 65 công nhân lớn tuổi. Ông Sơn Ngọc Hoàng, HUV, Chủ tịch LĐLĐ huyện Trần Đề, đề nghị tỉnh hỗ trợ kinh phí cho công đoàn các xã đặc biệt khó khăn; ông Danh Út, Chủ tịch Công đoàn cơ sở UBND xã Đại Ngãi, phản ánh tình trạng 17 lao động đi làm ở Bình Dương nay trở về chưa có việc làm.
Các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Kim Ngọc Thái, Trần Thị Bé Tư giải đáp việc thực hiện Quyết định số 1605/QĐ-TLĐ của Tổng LĐLĐ Việt Nam về hỗ trợ đoàn viên.
Kết luận, đồng chí Lâm Thị Sa Phol yêu cầu 6 tháng cuối năm các cấp công đoàn phấn đấu kết nạp trên 800 đoàn viên mới, không để xảy ra ngừng việc tập thể; phối hợp với chùa Phật giáo Nam tông Khmer tuyên truyền pháp luật lao động cho công nhân. Đồng chí cũng đề nghị các công đoàn cơ sở chủ động nắm tình hình việc làm, thu nhập của đoàn viên trong các doanh nghiệp bị giảm đơn hàng, kịp thời báo cáo để LĐLĐ tỉnh có phương án hỗ trợ.
Tấn Phát
Tin khác
- Công đoàn ngành Giáo dục trao học bổng cho con đoàn viên (12/07/2024)
- Mỹ Xuyên: ra mắt Tổ tư vấn pháp luật cho công nhân (03/07/2024)
- LĐLĐ tỉnh giám sát thực hiện chế độ tại doanh nghiệp thủy sản (25/06/2024)
""", "2024-07-19", "Chăm lo đoàn viên người Khmer trong doanh nghiệp thủy sản",
E("so_ket", "2024-H1", "2024-07-18"),
[P("Lâm Thị Sa Phol", "Tỉnh ủy viên", "Chủ tịch LĐLĐ tỉnh"),
 P("Trần Văn Chín", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Phương Thảo", "Chủ tịch Công đoàn Công ty CP Thủy sản Đại Ngãi"),
 P("Sơn Ngọc Hoàng", "HUV", "Chủ tịch LĐLĐ huyện Trần Đề"),
 P("Danh Út", "Chủ tịch Công đoàn cơ sở UBND xã Đại Ngãi"),
 P("Kim Ngọc Thái", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Trần Thị Bé Tư", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("1.216 đoàn viên mới", 1216, "đoàn viên mới"), Q("60,8%", 60.8, "%"), Q("6 công đoàn cơ sở", 6, "công đoàn cơ sở"),
 Q("862 công đoàn cơ sở", 862, "công đoàn cơ sở"), Q("44.930 đoàn viên", 44930, "đoàn viên"),
 Q("khoảng 9.800 đoàn viên", 9800, "đoàn viên", "approx"), Q("146 cuộc đối thoại định kỳ", 146, "cuộc đối thoại định kỳ"),
 Q("38 hội nghị người lao động", 38, "hội nghị người lao động"), Q("1.200 phần quà", 1200, "phần quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("hơn 870 triệu đồng", 870000000, "đồng", "over"), Q("9 căn nhà", 9, "căn nhà"),
 Q("60 triệu đồng", 60000000, "đồng"), Q("2.450 lao động", 2450, "lao động"), Q("1.100 người", 1100, "người"),
 Q("2 lớp dạy tiếng Việt", 2, "lớp dạy tiếng Việt"), Q("65 công nhân lớn tuổi", 65, "công nhân lớn tuổi"),
 Q("17 lao động", 17, "lao động"), Q("trên 800 đoàn viên mới", 800, "đoàn viên mới", "over")],
[D("Nghị quyết", "02", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 02-NQ/TW"),
 D("Chương trình hành động", "31", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 31-CTr/TU"),
 D("Kế hoạch", "09", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch 09, 10/KH-LĐLĐ"),
 D("Kế hoạch", "10", "KH-LĐLĐ", None, "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch 09, 10/KH-LĐLĐ"),
 D("Quyết định", "1605", "QĐ-TLĐ", None, "Tổng LĐLĐ Việt Nam", "Quyết định số 1605/QĐ-TLĐ")],
[prov("Sóc Trăng"), prov("Bình Dương"), com("phường 8"), com("Đại Ngãi")],
["Báo Sóc Trăng Online", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Quang cảnh hội nghị sơ kết. Ảnh: Tấn Phát",
 "Mái ấm Công đoàn", "Tết Chôl Chnăm Thmây"],
["19-07-2024 10:12", "6 tháng đầu năm 2024", "6 tháng cuối năm", "6 tháng đầu năm"]))

PAGES.append(page("b4893-tuyenquang-ldld-hoinghi-kientoan-2025", """
BÁO TUYÊN QUANG ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Thứ Ba, 12/08/2025 - 14:35
Công bố quyết định kiện toàn Ban Chấp hành LĐLĐ tỉnh Tuyên Quang sau hợp nhất
Chiều 11/8, LĐLĐ tỉnh Tuyên Quang tổ chức hội nghị công bố quyết định của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam về việc hợp nhất LĐLĐ tỉnh Tuyên Quang và LĐLĐ tỉnh Hà Giang, chỉ định Ban Chấp hành, Ban Thường vụ LĐLĐ tỉnh Tuyên Quang nhiệm kỳ 2023 - 2028. Dự hội nghị có đồng chí Ngọc Thị Hằng, Phó Chủ tịch Tổng LĐLĐ Việt Nam; đồng chí Sùng A Páo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Đồng chí Ngọc Thị Hằng trao quyết định cho Ban Thường vụ LĐLĐ tỉnh.
Theo Quyết định số 2386/QĐ-TLĐ ngày 30/7/2025 và Quyết định số 2387/QĐ-TLĐ cùng ngày của Đoàn Chủ tịch Tổng LĐLĐ Việt Nam, Ban Chấp hành LĐLĐ tỉnh Tuyên Quang gồm 45 đồng chí, Ban Thường vụ gồm 13 đồng chí. Đồng chí Giàng Thị Mỷ, nguyên Chủ tịch LĐLĐ tỉnh Hà Giang, được chỉ định giữ chức Chủ tịch LĐLĐ tỉnh Tuyên Quang; các đồng chí Phó Chủ tịch LĐLĐ tỉnh: Hà Văn Thắng, Vàng Seo Lử, Lê Thị Thu Hương.
Việc hợp nhất thực hiện theo Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy của hệ thống chính trị, Nghị quyết số 202/2025/QH15 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh và Hướng dẫn số 54/HD-TLĐ của Tổng LĐLĐ Việt Nam. LĐLĐ tỉnh mới quản lý 3.046 công đoàn cơ sở với khoảng 131.000 đoàn viên; sau khi kết thúc hoạt động công đoàn cấp huyện, các công đoàn cơ sở khu vực hành chính được tổ chức lại theo 124 xã, phường.
Phát biểu tại hội nghị, đồng chí Ngọc Thị Hằng đề nghị LĐLĐ tỉnh sớm ổn định tổ chức, bảo đảm chế độ cho 27 cán bộ công đoàn chuyên trách dôi dư; quan tâm đoàn viên là giáo viên, nhân viên y tế ở các xã vùng cao như xã Lũng Cú, xã Mèo Vạc. Đồng chí Sùng A Páo đề nghị tổ chức công đoàn phối hợp Mặt trận Tổ quốc vận động đoàn viên tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Thay mặt Ban Chấp hành, đồng chí Giàng Thị Mỷ cam kết trong năm 2025 hoàn thành sắp xếp 100% công đoàn cơ sở theo địa giới mới, kết nạp ít nhất 3.000 đoàn viên mới; dành 4,5 tỷ đồng từ nguồn tài chính công đoàn để xây 75 Mái ấm Công đoàn cho đoàn viên khó khăn, mỗi căn từ 60 triệu đồng.
Ngay sau hội nghị, Ban Chấp hành LĐLĐ tỉnh họp phiên thứ nhất, phân công nhiệm vụ cho các ủy viên Ban Thường vụ và thống nhất quy chế làm việc.
Hồng Nhung
Tin liên quan
- Hà Giang: chia tay cán bộ công đoàn cấp huyện (28/07/2025)
- LĐLĐ tỉnh trao quà cho giáo viên vùng lũ (15/07/2025)
- Công đoàn ngành Y tế chuẩn bị hợp nhất (02/07/2025)
""", "2025-08-12", "Công bố quyết định kiện toàn Ban Chấp hành LĐLĐ tỉnh Tuyên Quang sau hợp nhất",
E("hoi_nghi", None, "2025-08-11"),
[P("Ngọc Thị Hằng", "Phó Chủ tịch Tổng LĐLĐ Việt Nam"),
 P("Sùng A Páo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Giàng Thị Mỷ", "nguyên Chủ tịch LĐLĐ tỉnh Hà Giang", "Chủ tịch LĐLĐ tỉnh Tuyên Quang"),
 P("Hà Văn Thắng", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Vàng Seo Lử", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Lê Thị Thu Hương", "Phó Chủ tịch LĐLĐ tỉnh")],
[Q("45 đồng chí", 45, "đồng chí"), Q("13 đồng chí", 13, "đồng chí"), Q("3.046 công đoàn cơ sở", 3046, "công đoàn cơ sở"),
 Q("khoảng 131.000 đoàn viên", 131000, "đoàn viên", "approx"), Q("124 xã, phường", 124, "xã, phường"),
 Q("27 cán bộ công đoàn chuyên trách dôi dư", 27, "cán bộ công đoàn chuyên trách dôi dư"), Q("100%", 100, "%"),
 Q("ít nhất 3.000 đoàn viên mới", 3000, "đoàn viên mới", "over"), Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("75 Mái ấm Công đoàn", 75, "Mái ấm Công đoàn"), Q("từ 60 triệu đồng", 60000000, "đồng", "over")],
[D("Quyết định", "2386", "QĐ-TLĐ", "2025-07-30", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 2386/QĐ-TLĐ ngày 30/7/2025"),
 D("Quyết định", "2387", "QĐ-TLĐ", "2025-07-30", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam", "Quyết định số 2387/QĐ-TLĐ"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW"),
 D("Nghị quyết", "202", "2025/QH15", None, "Quốc hội", "Nghị quyết số 202/2025/QH15"),
 D("Hướng dẫn", "54", "HD-TLĐ", None, "Tổng LĐLĐ Việt Nam", "Hướng dẫn số 54/HD-TLĐ")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Mèo Vạc")],
["BÁO TUYÊN QUANG ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể",
 "Đồng chí Ngọc Thị Hằng trao quyết định cho Ban Thường vụ LĐLĐ tỉnh.", "Cả nước chung tay xóa nhà tạm, nhà dột nát"],
["Thứ Ba, 12/08/2025 - 14:35", "nhiệm kỳ 2023 - 2028", "45 đồng chí", "13 đồng chí", "năm 2025", "phiên thứ nhất"]))

PAGES.append(page("b4894-vinhlong-ldld-giamsat-2025", """
Cổng Thông tin điện tử Liên đoàn Lao động tỉnh Vĩnh Long
Trang chủ › Tin tức › Chính sách - Pháp luật
Thứ Sáu, 21/11/2025
LĐLĐ tỉnh giám sát việc thực hiện chính sách đối với người lao động tại khu công nghiệp
Từ ngày 17 đến 20/11, Đoàn giám sát của LĐLĐ tỉnh Vĩnh Long do đồng chí Nguyễn Thị Bích Thủy, Phó Chủ tịch LĐLĐ tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách tiền lương, bảo hiểm xã hội và nhà ở cho người lao động tại 18 doanh nghiệp ở Khu công nghiệp Giao Long và Khu công nghiệp Long Đức. Đây là đợt giám sát cuối cùng trong chương trình giám sát năm 2025 của LĐLĐ tỉnh sau hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh.
Đoàn giám sát làm việc với Công ty TNHH May Giao Long.
Hoạt động giám sát thực hiện theo Quy định số 124-QĐ/TW ngày 10/10/2023 của Ban Bí thư về giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân; Kế hoạch số 36/KH-LĐLĐ ngày 15/8/2025 của Ban Thường vụ LĐLĐ tỉnh; Luật Công đoàn số 50/2024/QH15.
Kết quả cho thấy, 18 doanh nghiệp có 21.640 lao động, thu nhập bình quân đạt 8,1 triệu đồng/người/tháng; 16 doanh nghiệp đóng đủ bảo hiểm xã hội, 2 doanh nghiệp nợ với số tiền khoảng 3,4 tỷ đồng. Có 92,3% doanh nghiệp tổ chức đối thoại định kỳ; tuy nhiên vẫn còn khoảng 2.700 công nhân ở trọ trong điều kiện chật chội, chỉ 410 người được bố trí nhà lưu trú.
Tại buổi làm việc, ông Kiên Văn Sóc, Chủ tịch Công đoàn Công ty TNHH May Giao Long ở xã Giao Long, cho biết 60% công nhân là người Khmer từ Trà Vinh cũ; công ty đã hỗ trợ tiền nhà trọ 300.000 đồng/tháng. Bà Thạch Thị Kim Ngân, Chủ tịch Công đoàn cơ sở UBND phường Long Đức, đề nghị đưa vào quy hoạch ít nhất 5 ha đất xây nhà ở xã hội cho công nhân. Ông Huỳnh Văn Tài, Phó Giám đốc phụ trách nhân sự Công ty CP Thủy sản Bến Tre, cam kết trả nợ bảo hiểm trước ngày 31/12.
Kết thúc đợt giám sát, đồng chí Nguyễn Thị Bích Thủy đề nghị các doanh nghiệp thực hiện đầy đủ quy định về bảo hiểm, nâng phụ cấp nhà ở; kiến nghị UBND tỉnh chỉ đạo đẩy nhanh dự án nhà ở xã hội 1.200 căn tại phường Long Đức. LĐLĐ tỉnh sẽ tổng hợp báo cáo Ban Thường vụ Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh trong tháng 12. Đồng chí cũng lưu ý công đoàn cơ sở tại các doanh nghiệp thường xuyên theo dõi việc khắc phục, định kỳ báo cáo kết quả về LĐLĐ tỉnh.
Dịp này, Đoàn trao 40 suất quà cho công nhân khó khăn, mỗi suất trị giá 1 triệu đồng.
Kim Phượng
Tin liên quan
- LĐLĐ tỉnh Vĩnh Long ra mắt sau hợp nhất (02/07/2025)
- 300 công nhân dự Ngày hội việc làm tại Giao Long (20/10/2025)
- Trao 120 Mái ấm Công đoàn năm 2025 (05/10/2025)
- Công đoàn ngành Giáo dục tập huấn nghiệp vụ sau sắp xếp (24/09/2025)
""", "2025-11-21", "LĐLĐ tỉnh giám sát việc thực hiện chính sách đối với người lao động tại khu công nghiệp",
E("giam_sat", "2025", "2025-11-17"),
[P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch LĐLĐ tỉnh"),
 P("Kiên Văn Sóc", "Chủ tịch Công đoàn Công ty TNHH May Giao Long"),
 P("Thạch Thị Kim Ngân", "Chủ tịch Công đoàn cơ sở UBND phường Long Đức"),
 P("Huỳnh Văn Tài", "Phó Giám đốc phụ trách nhân sự Công ty CP Thủy sản Bến Tre")],
[Q("18 doanh nghiệp", 18, "doanh nghiệp"), Q("21.640 lao động", 21640, "lao động"), Q("8,1 triệu đồng", 8100000, "đồng"),
 Q("16 doanh nghiệp", 16, "doanh nghiệp"), Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("khoảng 3,4 tỷ đồng", 3400000000, "đồng", "approx"),
 Q("92,3%", 92.3, "%"), Q("khoảng 2.700 công nhân", 2700, "công nhân", "approx"), Q("410 người", 410, "người"),
 Q("60%", 60, "%"), Q("300.000 đồng", 300000, "đồng"), Q("ít nhất 5 ha", 5, "ha", "over"), Q("1.200 căn", 1200, "căn"),
 Q("40 suất quà", 40, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Quy định", "124", "QĐ/TW", "2023-10-10", "Ban Bí thư", "Quy định số 124-QĐ/TW ngày 10/10/2023"),
 D("Kế hoạch", "36", "KH-LĐLĐ", "2025-08-15", "Ban Thường vụ LĐLĐ tỉnh", "Kế hoạch số 36/KH-LĐLĐ ngày 15/8/2025"),
 D("Luật", "50", "2024/QH15", None, None, "Luật Công đoàn số 50/2024/QH15")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Giao Long"), com("Long Đức")],
["Cổng Thông tin điện tử Liên đoàn Lao động tỉnh Vĩnh Long", "Trang chủ › Tin tức › Chính sách - Pháp luật",
 "Đoàn giám sát làm việc với Công ty TNHH May Giao Long.", "Khu công nghiệp Giao Long", "Khu công nghiệp Long Đức"],
["Thứ Sáu, 21/11/2025", "năm 2025", "ngày 31/12", "tháng 12"]))
