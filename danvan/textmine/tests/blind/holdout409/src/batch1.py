from lib import *
PAGES = []

PAGES.append(page("b9773-binhduong-dukdn-tongket-2011", """
ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BÌNH DƯƠNG
Trang chủ » Tin tức » Xây dựng Đảng
Thứ Tư, 28/12/2011 - 09:30
Quang cảnh hội nghị tổng kết. Ảnh: Ngọc Hân
Đảng ủy Khối Doanh nghiệp tỉnh: thành lập mới 14 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước
Chiều 27/12/2011, Đảng ủy Khối Doanh nghiệp tỉnh Bình Dương tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Trần Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lê Thị Kim Phụng, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh chủ trì.
Theo báo cáo, năm qua Đảng ủy Khối đã tập trung thực hiện Kế hoạch số 27-KH/ĐUK ngày 10/3/2011 về phát triển tổ chức đảng và đảng viên trong doanh nghiệp ngoài khu vực nhà nước. Kết quả, toàn Đảng bộ Khối thành lập mới 14 tổ chức cơ sở đảng, nâng tổng số lên 187 tổ chức cơ sở đảng với 4.326 đảng viên; kết nạp 212 đảng viên mới, trong đó 96 đảng viên là công nhân trực tiếp sản xuất. Có 81,5% tổ chức cơ sở đảng đạt trong sạch, vững mạnh.
Công tác an sinh xã hội được các doanh nghiệp quan tâm. Các chi bộ đã vận động doanh nghiệp đóng góp Quỹ "Vì người nghèo" và xây dựng 35 căn nhà tình nghĩa, nhà đại đoàn kết với tổng kinh phí hơn 4,2 tỷ đồng; tặng 3.800 phần quà Tết cho công nhân có hoàn cảnh khó khăn.
Tại hội nghị, ông Nguyễn Hữu Phước, Bí thư Chi bộ, Phó Tổng Giám đốc Công ty TNHH Giày da Tân Phú Hưng, chia sẻ kinh nghiệm phát triển đảng viên trong công nhân: "Chúng tôi chọn những tổ trưởng sản xuất giỏi, có uy tín để bồi dưỡng, giới thiệu cho Đảng xem xét". Bà Phạm Thị Ngọc Hằng, Chủ tịch Công đoàn Công ty cổ phần Thép Việt Tiến, kiến nghị tỉnh sớm có quy hoạch nhà ở cho công nhân tại phường Lái Thiêu và xã Bình Chuẩn.
Phát biểu chỉ đạo, đồng chí Trần Quang Vinh đề nghị Đảng ủy Khối tiếp tục quán triệt Nghị quyết số 09-NQ/TW ngày 9/12/2011 của Bộ Chính trị về xây dựng và phát huy vai trò đội ngũ doanh nhân Việt Nam; phấn đấu năm 2012 thành lập ít nhất 15 tổ chức đảng trong doanh nghiệp tư nhân, doanh nghiệp có vốn đầu tư nước ngoài.
Hội nghị cũng chỉ ra những hạn chế: nhiều chủ doanh nghiệp chưa tạo điều kiện cho đảng viên sinh hoạt, một số chi bộ sinh hoạt ghép còn hình thức; việc nắm tình hình tư tưởng công nhân ở các khu nhà trọ chưa thường xuyên, để xảy ra một số vụ ngừng việc tập thể. Các đại biểu thống nhất cần phối hợp chặt chẽ hơn với công đoàn, đoàn thanh niên để tạo nguồn đảng viên ngay từ tổ sản xuất.
Dịp này, Đảng ủy Khối tặng giấy khen cho 23 tổ chức cơ sở đảng và 41 đảng viên có thành tích tiêu biểu năm 2011.
Ngọc Hân
Lượt xem: 1.204
Tin liên quan
- Thuận An: kết nạp 18 đảng viên là công nhân (15/12/2011)
- Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 7 (30/11/2011)
- Doanh nghiệp chung tay vì người nghèo (12/11/2011)
""", "2011-12-28", "Đảng ủy Khối Doanh nghiệp tỉnh: thành lập mới 14 tổ chức cơ sở đảng trong doanh nghiệp ngoài nhà nước",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Quang Vinh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Lê Thị Kim Phụng", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Nguyễn Hữu Phước", "Bí thư Chi bộ", "Phó Tổng Giám đốc Công ty TNHH Giày da Tân Phú Hưng"),
 P("Phạm Thị Ngọc Hằng", "Chủ tịch Công đoàn Công ty cổ phần Thép Việt Tiến")],
[Q("14 tổ chức cơ sở đảng", 14, "tổ chức cơ sở đảng"), Q("187 tổ chức cơ sở đảng", 187, "tổ chức cơ sở đảng"),
 Q("4.326 đảng viên", 4326, "đảng viên"), Q("212 đảng viên mới", 212, "đảng viên mới"), Q("96 đảng viên", 96, "đảng viên"),
 Q("81,5%", 81.5, "%"), Q("35 căn nhà tình nghĩa, nhà đại đoàn kết", 35, "căn nhà tình nghĩa, nhà đại đoàn kết"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("3.800 phần quà", 3800, "phần quà"),
 Q("ít nhất 15 tổ chức đảng", 15, "tổ chức đảng", "over"), Q("23 tổ chức cơ sở đảng", 23, "tổ chức cơ sở đảng"),
 Q("41 đảng viên", 41, "đảng viên")],
[D("Kế hoạch", "27", "KH/ĐUK", "2011-03-10", "Đảng ủy Khối", "Kế hoạch số 27-KH/ĐUK ngày 10/3/2011"),
 D("Nghị quyết", "09", "NQ/TW", "2011-12-09", "Bộ Chính trị", "Nghị quyết số 09-NQ/TW ngày 9/12/2011")],
[prov("Bình Dương"), com("Lái Thiêu"), com("Bình Chuẩn")],
["ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BÌNH DƯƠNG", "Trang chủ » Tin tức » Xây dựng Đảng", "Quang cảnh hội nghị tổng kết. Ảnh: Ngọc Hân",
 "Vì người nghèo", "Công ty TNHH Giày da Tân Phú Hưng", "Công ty cổ phần Thép Việt Tiến", "Lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b9774-nghean-lmhtx-soket-2012", """
Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Nghệ An
Bạn đang ở: Trang chủ > Hoạt động Liên minh
Cập nhật lúc 16:40 ngày 10/07/2012
Kinh tế tập thể từng bước khẳng định vai trò trong giảm nghèo
Ngày 9/7, Liên minh Hợp tác xã tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2012 và bàn giải pháp thực hiện nhiệm vụ những tháng cuối năm. Đồng chí Hoàng Viết Thành, Phó Chủ tịch UBND tỉnh dự và chỉ đạo; đồng chí Lô Thị Hoa, Chủ tịch Liên minh Hợp tác xã tỉnh chủ trì.
Toàn tỉnh hiện có 792 hợp tác xã, 6 liên hiệp hợp tác xã và 3.150 tổ hợp tác, thu hút trên 260.000 thành viên, xã viên. Trong 6 tháng, thành lập mới 21 hợp tác xã, chủ yếu trong lĩnh vực dịch vụ nông nghiệp, tiểu thủ công nghiệp và vận tải. Doanh thu bình quân của một hợp tác xã đạt khoảng 1,6 tỷ đồng; thu nhập bình quân của người lao động thường xuyên đạt 1.850.000 đồng/tháng.
Đáng chú ý, nhiều hợp tác xã vùng miền Tây Nghệ An đã tạo việc làm cho đồng bào Thái, Khơ Mú. Hợp tác xã dệt thổ cẩm Hoa Tiến ở xã Châu Tiến thu hút 64 chị em người Thái tham gia, mỗi tháng thu nhập thêm khoảng 1,5 triệu đồng. Bà Vi Thị Thỏa, Giám đốc Hợp tác xã, cho biết hợp tác xã đã vay 300 triệu đồng từ Quỹ hỗ trợ phát triển hợp tác xã để mua thêm khung dệt.
Về xây dựng Đảng, 118 hợp tác xã đã có chi bộ hoặc đảng viên sinh hoạt ghép; 6 tháng qua kết nạp được 37 đảng viên là xã viên. Tuy vậy, nhiều hợp tác xã còn chuyển đổi hình thức theo Luật Hợp tác xã năm 2003, năng lực cán bộ quản lý còn hạn chế, 45% chủ nhiệm chưa qua đào tạo.
Phát biểu chỉ đạo, đồng chí Hoàng Viết Thành ghi nhận những cố gắng của Liên minh, đề nghị tiếp tục thực hiện Chương trình hành động số 17-CTr/TU của Tỉnh ủy về kinh tế tập thể và Quyết định số 2361/QĐ-UBND ngày 27/6/2011 của UBND tỉnh phê duyệt đề án đào tạo cán bộ hợp tác xã; đồng thời chuẩn bị triển khai Luật Hợp tác xã mới khi được Quốc hội thông qua.
Hội nghị cũng dành thời gian thảo luận về vai trò của hợp tác xã trong xây dựng nông thôn mới. Nhiều hợp tác xã đã đảm nhận dịch vụ thủy lợi, làm đất, cung ứng giống, vật tư cho xã viên với giá thấp hơn thị trường; một số hợp tác xã trích quỹ phúc lợi thăm hỏi xã viên ốm đau, hỗ trợ con em xã viên nghèo đến trường. Tuy nhiên, việc liên kết tiêu thụ sản phẩm với doanh nghiệp còn lỏng lẻo.
Ông Quang Văn Lực, Chủ nhiệm Hợp tác xã nông nghiệp Tam Quang, kiến nghị có cơ chế cho hợp tác xã vay vốn không cần tài sản thế chấp.
Tiến Dũng
Bài viết liên quan
- Quế Phong: ra mắt hợp tác xã mây tre đan (28/06/2012)
- Tập huấn kế toán cho 120 hợp tác xã (15/06/2012)
- Hợp tác xã chè Hùng Sơn xây dựng thương hiệu (02/06/2012)
- Gặp mặt các chủ nhiệm hợp tác xã tiêu biểu (20/05/2012)
""", "2012-07-10", "Kinh tế tập thể từng bước khẳng định vai trò trong giảm nghèo",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Hoàng Viết Thành", "Phó Chủ tịch UBND tỉnh"),
 P("Lô Thị Hoa", "Chủ tịch Liên minh Hợp tác xã tỉnh"),
 P("Vi Thị Thỏa", "Giám đốc Hợp tác xã"),
 P("Quang Văn Lực", "Chủ nhiệm Hợp tác xã nông nghiệp Tam Quang")],
[Q("792 hợp tác xã", 792, "hợp tác xã"), Q("6 liên hiệp hợp tác xã", 6, "liên hiệp hợp tác xã"),
 Q("3.150 tổ hợp tác", 3150, "tổ hợp tác"), Q("trên 260.000 thành viên, xã viên", 260000, "thành viên, xã viên", "over"),
 Q("21 hợp tác xã", 21, "hợp tác xã"), Q("khoảng 1,6 tỷ đồng", 1600000000, "đồng", "approx"),
 Q("1.850.000 đồng", 1850000, "đồng"), Q("64 chị em người Thái", 64, "chị em người Thái"),
 Q("khoảng 1,5 triệu đồng", 1500000, "đồng", "approx"), Q("300 triệu đồng", 300000000, "đồng"), Q("118 hợp tác xã", 118, "hợp tác xã"),
 Q("37 đảng viên", 37, "đảng viên"), Q("45%", 45, "%")],
[D("Chương trình hành động", "17", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 17-CTr/TU của Tỉnh ủy"),
 D("Quyết định", "2361", "QĐ-UBND", "2011-06-27", "UBND tỉnh", "Quyết định số 2361/QĐ-UBND ngày 27/6/2011")],
[prov("Nghệ An"), com("Châu Tiến")],
["Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Nghệ An", "Bạn đang ở: Trang chủ > Hoạt động Liên minh",
 "Hợp tác xã dệt thổ cẩm Hoa Tiến", "Quỹ hỗ trợ phát triển hợp tác xã", "Luật Hợp tác xã năm 2003", "Luật Hợp tác xã"],
["Cập nhật lúc 16:40 ngày 10/07/2012", "6 tháng đầu năm 2012", "Trong 6 tháng", "6 tháng qua", "năm 2003"]))

PAGES.append(page("b9775-dongnai-ldld-traoqua-2013", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Xã hội › Công đoàn
04-02-2013 08:20
Doanh nghiệp và công đoàn chăm lo Tết cho công nhân
Ông Huỳnh Văn Lợi trao quà cho công nhân Công ty TNHH Changshin Việt Nam.
Doanh nghiệp, Công đoàn trao 5.000 suất quà Tết cho công nhân khó khăn
Sáng 2/2, tại Khu công nghiệp Nhơn Trạch, Liên đoàn Lao động tỉnh phối hợp Hiệp hội Doanh nghiệp tỉnh tổ chức chương trình "Tết sum vầy" năm 2013, trao 5.000 suất quà Tết cho công nhân có hoàn cảnh khó khăn, công nhân không có điều kiện về quê đón Tết. Mỗi suất quà gồm 500.000 đồng tiền mặt và một số nhu yếu phẩm, tổng trị giá gần 3,5 tỷ đồng, do 46 doanh nghiệp trong và ngoài nước đóng góp.
Đến dự có các đồng chí: Huỳnh Văn Lợi, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thị Như Ý, Chủ tịch Liên đoàn Lao động tỉnh; ông Lê Văn Danh, Chủ tịch Hiệp hội Doanh nghiệp tỉnh.
Bà Nguyễn Thị Như Ý cho biết, Tết Quý Tỵ này, các cấp công đoàn trong tỉnh dự kiến chăm lo cho khoảng 120.000 lượt đoàn viên, người lao động với tổng kinh phí trên 60 tỷ đồng. Công đoàn cũng tặng 1.200 vé xe cho công nhân về quê ăn Tết và bàn giao 12 Mái ấm Công đoàn cho đoàn viên chưa có nhà ở ổn định tại xã Long Thọ và xã Phước Thiền.
Theo Liên đoàn Lao động tỉnh Đồng Nai, toàn tỉnh hiện có hơn 30 khu công nghiệp, phần lớn lao động là người từ các tỉnh khác đến làm việc, sống trong các khu nhà trọ chật chội. Vì vậy, các cấp công đoàn đã phối hợp với chủ doanh nghiệp khảo sát, lập danh sách công nhân khó khăn ngay từ đầu tháng 12 để việc trao quà đúng đối tượng, không trùng lặp.
Nhiều doanh nghiệp đã chủ động thực hiện tốt chính sách đối với người lao động. Ông Park Jong Ho, Tổng Giám đốc Công ty TNHH Changshin Việt Nam, cho biết năm nay công ty thưởng Tết bình quân 1,5 tháng lương, tổ chức 25 chuyến xe đưa công nhân về quê. Công nhân Trần Thị Hoa, quê Thanh Hóa, làm việc 6 năm tại công ty, xúc động nói: "Năm nay vợ chồng em được công ty thưởng khá, lại có quà của công đoàn nên có thể về quê thăm con".
Phát biểu tại chương trình, đồng chí Huỳnh Văn Lợi biểu dương tinh thần chia sẻ của các doanh nghiệp, đề nghị tiếp tục thực hiện Chỉ thị số 22-CT/TW ngày 5/6/2008 của Ban Bí thư về tăng cường công tác lãnh đạo, chỉ đạo việc xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong doanh nghiệp; quan tâm thành lập tổ chức đảng, công đoàn ở những doanh nghiệp chưa có.
Văn Gia - Ảnh: Công Nghĩa
Lượt đọc: 3.521
Tin khác
- Biên Hòa: 300 suất quà cho công nhân nghèo (31/01/2013)
- Ngân hàng hỗ trợ công nhân vay vốn mua nhà (26/01/2013)
- Công ty Pouchen thưởng Tết 1 tháng lương (18/01/2013)
""", "2013-02-04", "Doanh nghiệp, Công đoàn trao 5.000 suất quà Tết cho công nhân khó khăn",
E("trao_qua", None, "2013-02-02"),
[P("Huỳnh Văn Lợi", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Như Ý", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lê Văn Danh", "Chủ tịch Hiệp hội Doanh nghiệp tỉnh"),
 P("Park Jong Ho", "Tổng Giám đốc Công ty TNHH Changshin Việt Nam"),
 P("Trần Thị Hoa")],
[Q("5.000 suất quà", 5000, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("gần 3,5 tỷ đồng", 3500000000, "đồng", "approx"),
 Q("46 doanh nghiệp", 46, "doanh nghiệp"), Q("khoảng 120.000 lượt đoàn viên, người lao động", 120000, "lượt đoàn viên, người lao động", "approx"),
 Q("trên 60 tỷ đồng", 60000000000, "đồng", "over"), Q("1.200 vé xe", 1200, "vé xe"), Q("12 Mái ấm Công đoàn", 12, "Mái ấm Công đoàn"),
 Q("25 chuyến xe", 25, "chuyến xe"), Q("hơn 30 khu công nghiệp", 30, "khu công nghiệp", "over")],
[D("Chỉ thị", "22", "CT/TW", "2008-06-05", "Ban Bí thư", "Chỉ thị số 22-CT/TW ngày 5/6/2008")],
[prov("Đồng Nai"), com("Long Thọ"), com("Phước Thiền"), prov("Thanh Hóa")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Xã hội › Công đoàn", "Ông Huỳnh Văn Lợi trao quà cho công nhân Công ty TNHH Changshin Việt Nam.",
 "Tết sum vầy", "Khu công nghiệp Nhơn Trạch", "Lượt đọc: 3.521"],
["04-02-2013 08:20", "1,5 tháng lương", "6 năm", "năm 2013", "Lượt đọc: 3.521"]))

PAGES.append(page("b9776-haiduong-ubnd-doithoai-2013", """
HẢI DƯƠNG ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hải Dương
Kinh tế :: Doanh nghiệp
15.10.2013 | 11:05
Đồng chí Đoàn Mạnh Cường phát biểu tại buổi đối thoại.
Gần 200 doanh nghiệp đối thoại với lãnh đạo tỉnh
(HDO) - Ngày 14/10, UBND tỉnh tổ chức hội nghị đối thoại với doanh nghiệp, hợp tác xã năm 2013 nhân kỷ niệm Ngày Doanh nhân Việt Nam. Đồng chí Đoàn Mạnh Cường, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Nguyễn Anh Cương, Phó Chủ tịch UBND tỉnh và đại diện lãnh đạo các sở, ngành.
Tham dự đối thoại có 196 doanh nghiệp và 32 hợp tác xã. Trước buổi đối thoại, Sở Kế hoạch và Đầu tư đã tổng hợp được 57 ý kiến, kiến nghị, tập trung vào thủ tục đất đai, tiếp cận vốn vay, thuế và bảo hiểm xã hội.
Ông Đỗ Văn Thuận, Giám đốc Công ty TNHH May Thanh Hà, phản ánh doanh nghiệp đang nợ đọng bảo hiểm xã hội do đơn hàng giảm, đề nghị được giãn thời hạn nộp. Bà Vũ Thị Nhàn, Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp xã Nam Hưng, kiến nghị tỉnh hỗ trợ hợp tác xã xây dựng kho lạnh bảo quản nông sản; hiện hợp tác xã có 1.420 xã viên nhưng mới tiêu thụ được khoảng 30% sản lượng rau vụ đông qua hợp đồng.
Trả lời các kiến nghị, đại diện Cục Thuế tỉnh cho biết năm 2013 đã gia hạn nộp thuế cho 1.068 doanh nghiệp với số tiền 215 tỷ đồng theo Nghị quyết số 02/NQ-CP ngày 7/1/2013 của Chính phủ. Bảo hiểm xã hội tỉnh thông tin toàn tỉnh còn 412 đơn vị nợ bảo hiểm xã hội với số tiền trên 86 tỷ đồng, ảnh hưởng trực tiếp quyền lợi của hàng nghìn người lao động.
Nhiều doanh nghiệp cũng nêu khó khăn trong tuyển dụng lao động có tay nghề, chi phí đào tạo lại cao, trong khi người lao động thường xuyên nhảy việc sang các khu công nghiệp lân cận. Đại diện Sở Lao động - Thương binh và Xã hội cho biết sẽ phối hợp các trường nghề mở lớp đào tạo theo đơn đặt hàng của doanh nghiệp và hỗ trợ một phần kinh phí.
Kết luận hội nghị, đồng chí Đoàn Mạnh Cường khẳng định tỉnh luôn đồng hành cùng doanh nghiệp, yêu cầu các sở, ngành trả lời bằng văn bản các kiến nghị trong 15 ngày; đồng thời đề nghị doanh nghiệp thực hiện đầy đủ chính sách đối với người lao động, tạo điều kiện để thành lập tổ chức đảng, công đoàn theo Kế hoạch số 56-KH/TU của Ban Thường vụ Tỉnh ủy. Đồng chí cũng biểu dương 20 doanh nghiệp tiêu biểu đã ủng hộ Quỹ "Vì người nghèo" tỉnh tổng số tiền 4,8 tỷ đồng.
Thành Chung
Tin cùng chuyên mục
- Doanh nghiệp nhỏ và vừa khó tiếp cận vốn (09/10/2013)
- Kim Thành: hợp tác xã chuyển đổi theo luật mới (01/10/2013)
- Tôn vinh 30 doanh nhân tiêu biểu (25/09/2013)
- Giải ngân 120 tỷ đồng cho vay hỗ trợ nhà ở (18/09/2013)
""", "2013-10-15", "Gần 200 doanh nghiệp đối thoại với lãnh đạo tỉnh",
E("doi_thoai", "2013", "2013-10-14"),
[P("Đoàn Mạnh Cường", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Nguyễn Anh Cương", "Phó Chủ tịch UBND tỉnh"),
 P("Đỗ Văn Thuận", "Giám đốc Công ty TNHH May Thanh Hà"),
 P("Vũ Thị Nhàn", "Chủ nhiệm Hợp tác xã dịch vụ nông nghiệp xã Nam Hưng")],
[Q("Gần 200 doanh nghiệp", 200, "doanh nghiệp", "approx"), Q("196 doanh nghiệp", 196, "doanh nghiệp"), Q("32 hợp tác xã", 32, "hợp tác xã"),
 Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("1.420 xã viên", 1420, "xã viên"), Q("khoảng 30%", 30, "%", "approx"),
 Q("1.068 doanh nghiệp", 1068, "doanh nghiệp"), Q("215 tỷ đồng", 215000000000, "đồng"), Q("412 đơn vị", 412, "đơn vị"),
 Q("trên 86 tỷ đồng", 86000000000, "đồng", "over"), Q("20 doanh nghiệp tiêu biểu", 20, "doanh nghiệp tiêu biểu"),
 Q("4,8 tỷ đồng", 4800000000, "đồng")],
[D("Nghị quyết", "02", "NQ-CP", "2013-01-07", "Chính phủ", "Nghị quyết số 02/NQ-CP ngày 7/1/2013"),
 D("Kế hoạch", "56", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 56-KH/TU")],
[prov("Hải Dương"), com("Nam Hưng")],
["HẢI DƯƠNG ONLINE - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Hải Dương", "Kinh tế :: Doanh nghiệp",
 "Đồng chí Đoàn Mạnh Cường phát biểu tại buổi đối thoại.", "(HDO)", "Ngày Doanh nhân Việt Nam", "Vì người nghèo",
 "Công ty TNHH May Thanh Hà"],
["15.10.2013 | 11:05", "năm 2013", "15 ngày", "hàng nghìn người lao động"]))

PAGES.append(page("b9777-longan-dukdn-taphuan-2014", """
Trang thông tin điện tử Đảng bộ tỉnh Long An
Vị trí: Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng
Ngày đăng 20/06/2014 | 15:30
Bồi dưỡng lý luận chính trị cho công nhân ưu tú
Từ ngày 18 đến 20/6/2014, Đảng ủy Khối Doanh nghiệp tỉnh phối hợp Trung tâm Bồi dưỡng chính trị tổ chức lớp bồi dưỡng nhận thức về Đảng năm 2014 cho quần chúng ưu tú là công nhân, người lao động trong các doanh nghiệp ngoài nhà nước. Lớp học được mở tại Khu công nghiệp Đức Hòa 1, với 142 học viên đến từ 38 doanh nghiệp.
Giảng viên bên ngoài lớp bồi dưỡng. Ảnh: Minh Trí
Phát biểu khai giảng, đồng chí Nguyễn Thị Thu Sương, Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, cho biết đến nay Đảng bộ Khối có 63 tổ chức cơ sở đảng, trong đó 21 chi, đảng bộ ở doanh nghiệp tư nhân và doanh nghiệp có vốn đầu tư nước ngoài. Trong 5 tháng đầu năm, Đảng bộ Khối đã kết nạp 48 đảng viên, vượt chỉ tiêu Nghị quyết Đại hội đề ra; tuy nhiên còn gần 700 doanh nghiệp có từ 30 lao động trở lên chưa có tổ chức đảng.
Trong 3 ngày, học viên được nghe giới thiệu 5 chuyên đề: Những vấn đề cơ bản về Đảng Cộng sản Việt Nam; Điều lệ Đảng; chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Chỉ thị số 03-CT/TW ngày 14/5/2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh; quyền và nghĩa vụ của người lao động theo Bộ luật Lao động năm 2012. Kết thúc lớp học, 100% học viên đạt yêu cầu, trong đó 61 học viên đạt loại khá, giỏi.
Anh Lý Văn Tài, tổ trưởng sản xuất Công ty TNHH Hưng Nghiệp Formosa, chia sẻ: "Lần đầu được học về Đảng một cách bài bản, tôi thấy mình cần phấn đấu nhiều hơn để xứng đáng". Bà Võ Thị Bé Bảy, Chủ tịch Công đoàn cơ sở, Bí thư Chi bộ Công ty cổ phần Thực phẩm Cholimex Long An, cho biết chi bộ đã giới thiệu 12 quần chúng tham gia lớp học lần này.
Theo ban tổ chức lớp học, năm nay giờ học được bố trí vào buổi chiều và buổi tối để không ảnh hưởng ca sản xuất; nhiều doanh nghiệp đã chủ động cho công nhân nghỉ có hưởng lương trong thời gian đi học, hỗ trợ tiền ăn và phương tiện đi lại. Đây là cách làm thể hiện sự đồng thuận của chủ doanh nghiệp đối với công tác xây dựng Đảng tại đơn vị.
Đồng chí Đặng Hoàng Tuấn, Trưởng Ban Tổ chức Đảng ủy Khối Doanh nghiệp tỉnh, đề nghị các chi, đảng bộ cơ sở tiếp tục thực hiện Hướng dẫn số 07-HD/ĐUK về tạo nguồn phát triển đảng viên, phân công đảng viên theo dõi, giúp đỡ từng quần chúng sau lớp học, phấn đấu cuối năm 2014 kết nạp thêm 40 đảng viên.
Phương Thảo
Các tin đã đưa
- Đức Hòa: thành lập chi bộ đảng tại Công ty TNHH Tân Đức (10/06/2014)
- Đảng ủy Khối Doanh nghiệp sơ kết công tác quý I (08/04/2014)
- Gặp mặt 60 đảng viên trẻ là công nhân (26/03/2014)
""", "2014-06-20", "Bồi dưỡng lý luận chính trị cho công nhân ưu tú",
E("tap_huan", "2014", "2014-06-18"),
[P("Nguyễn Thị Thu Sương", "Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Lý Văn Tài", "tổ trưởng sản xuất Công ty TNHH Hưng Nghiệp Formosa"),
 P("Võ Thị Bé Bảy", "Chủ tịch Công đoàn cơ sở", "Bí thư Chi bộ Công ty cổ phần Thực phẩm Cholimex Long An"),
 P("Đặng Hoàng Tuấn", "Trưởng Ban Tổ chức Đảng ủy Khối Doanh nghiệp tỉnh")],
[Q("142 học viên", 142, "học viên"), Q("38 doanh nghiệp", 38, "doanh nghiệp"), Q("63 tổ chức cơ sở đảng", 63, "tổ chức cơ sở đảng"),
 Q("21 chi, đảng bộ", 21, "chi, đảng bộ"), Q("48 đảng viên", 48, "đảng viên"), Q("gần 700 doanh nghiệp", 700, "doanh nghiệp", "approx"),
 Q("từ 30 lao động trở lên", 30, "lao động", "over"), Q("5 chuyên đề", 5, "chuyên đề"), Q("100%", 100, "%"),
 Q("61 học viên", 61, "học viên"), Q("12 quần chúng", 12, "quần chúng"), Q("40 đảng viên", 40, "đảng viên")],
[D("Chỉ thị", "03", "CT/TW", "2011-05-14", "Bộ Chính trị", "Chỉ thị số 03-CT/TW ngày 14/5/2011"),
 D("Hướng dẫn", "07", "HD/ĐUK", None, None, "Hướng dẫn số 07-HD/ĐUK")],
[prov("Long An")],
["Trang thông tin điện tử Đảng bộ tỉnh Long An", "Vị trí: Trang chủ / Xây dựng Đảng / Tổ chức cơ sở đảng",
 "Giảng viên bên ngoài lớp bồi dưỡng. Ảnh: Minh Trí", "Khu công nghiệp Đức Hòa 1", "Điều lệ Đảng", "Bộ luật Lao động năm 2012",
 "Công ty TNHH Hưng Nghiệp Formosa"],
["Ngày đăng 20/06/2014 | 15:30", "5 tháng đầu năm", "3 ngày", "năm 2014", "năm 2012"]))

PAGES.append(page("b9778-thainguyen-dukdn-giaoban-2014", """
ĐẢNG BỘ TỈNH THÁI NGUYÊN - TRANG THÔNG TIN ĐIỆN TỬ
Trang chủ >> Hoạt động các đảng bộ trực thuộc
Thứ Tư, 08/10/2014
Đảng ủy Khối Doanh nghiệp: quan tâm phát triển đảng viên trong doanh nghiệp FDI
Ngày 7/10/2014, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức hội nghị giao ban công tác xây dựng Đảng quý III năm 2014 với bí thư các chi, đảng bộ cơ sở. Đồng chí Ma Thị Nguyệt, Tỉnh ủy viên, Bí thư Đảng ủy Khối chủ trì hội nghị.
Đồng chí Ma Thị Nguyệt, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, kết luận giao ban.
Báo cáo tại hội nghị cho thấy, trong quý III, Đảng ủy Khối đã chỉ đạo 72 tổ chức cơ sở đảng tổ chức học tập, quán triệt Kết luận số 80-KL/TW của Ban Bí thư và Chỉ thị 28, 29-CT/TU của Ban Thường vụ Tỉnh ủy về công tác xây dựng Đảng và vận động công nhân trong các khu công nghiệp. Quý III kết nạp được 27 đảng viên; thành lập mới 2 chi bộ tại Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên và Công ty cổ phần Xi măng Quán Triều.
Về công tác dân vận và an sinh xã hội, các doanh nghiệp trong Khối đã ủng hộ đồng bào vùng khó khăn 1,35 tỷ đồng, hỗ trợ xây dựng 9 nhà đại đoàn kết cho hộ nghèo ở các xã Tân Long, Văn Lăng; trao 150 suất học bổng cho con công nhân, mỗi suất 1 triệu đồng.
Tại giao ban, ý kiến của các đồng chí bí thư cơ sở tập trung vào khó khăn trong hoạt động của chi bộ ở doanh nghiệp có vốn nước ngoài. Đồng chí Hoàng Văn Thào, Bí thư Chi bộ, Trưởng phòng Hành chính Công ty TNHH Dệt may Hoa Sen, cho biết chi bộ có 11 đảng viên nhưng chỉ sinh hoạt được ngoài giờ làm việc. Đồng chí Dương Thị Thu, Bí thư Đảng ủy Công ty cổ phần Gang thép Thái Nguyên, đề nghị tăng cường tập huấn nghiệp vụ cho cấp ủy viên kiêm nhiệm.
Một số ý kiến phản ánh tình trạng chủ doanh nghiệp nước ngoài chưa hiểu vai trò của tổ chức đảng, e ngại ảnh hưởng sản xuất; việc nắm tư tưởng công nhân ở các khu nhà trọ còn hạn chế. Các đại biểu đề nghị Đảng ủy Khối chủ động làm việc trực tiếp với ban giám đốc doanh nghiệp, giới thiệu rõ chức năng, nhiệm vụ của chi bộ để tạo đồng thuận.
Kết luận hội nghị, đồng chí Ma Thị Nguyệt yêu cầu quý IV hoàn thành kiểm điểm theo Nghị quyết Trung ương 4 (khóa XI), phấn đấu cả năm kết nạp không dưới 120 đảng viên; phối hợp Liên đoàn Lao động tỉnh và Ủy ban MTTQ tỉnh vận động doanh nghiệp tham gia chương trình "Tết vì người nghèo".
Hương Giang
TIN CÙNG CHUYÊN MỤC
- Đảng bộ Công ty Gang thép kết nạp 15 đảng viên (29/09/2014)
- Hội nghị tập huấn nghiệp vụ công tác đảng (12/09/2014)
- Đảng ủy Khối Doanh nghiệp sơ kết 6 tháng đầu năm (10/07/2014)
- Phổ Yên: vận động doanh nghiệp hỗ trợ xây nhà cho hộ nghèo (02/07/2014)
""", "2014-10-08", "Đảng ủy Khối Doanh nghiệp: quan tâm phát triển đảng viên trong doanh nghiệp FDI",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Ma Thị Nguyệt", "Tỉnh ủy viên", "Bí thư Đảng ủy Khối", "Bí thư Đảng ủy Khối Doanh nghiệp tỉnh"),
 P("Hoàng Văn Thào", "Bí thư Chi bộ", "Trưởng phòng Hành chính Công ty TNHH Dệt may Hoa Sen"),
 P("Dương Thị Thu", "Bí thư Đảng ủy Công ty cổ phần Gang thép Thái Nguyên")],
[Q("72 tổ chức cơ sở đảng", 72, "tổ chức cơ sở đảng"), Q("27 đảng viên", 27, "đảng viên"), Q("2 chi bộ", 2, "chi bộ"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("9 nhà đại đoàn kết", 9, "nhà đại đoàn kết"), Q("150 suất học bổng", 150, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("11 đảng viên", 11, "đảng viên"), Q("không dưới 120 đảng viên", 120, "đảng viên", "over")],
[D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Chỉ thị", "28", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU"),
 D("Chỉ thị", "29", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 28, 29-CT/TU")],
[prov("Thái Nguyên"), com("Tân Long"), com("Văn Lăng")],
["ĐẢNG BỘ TỈNH THÁI NGUYÊN - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ >> Hoạt động các đảng bộ trực thuộc",
 "Đồng chí Ma Thị Nguyệt, Bí thư Đảng ủy Khối Doanh nghiệp tỉnh, kết luận giao ban.", "Nghị quyết Trung ương 4 (khóa XI)",
 "Tết vì người nghèo", "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên"],
["Thứ Tư, 08/10/2014", "quý III năm 2014", "quý IV", "Nghị quyết Trung ương 4", "khóa XI"]))
