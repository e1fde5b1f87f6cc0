from lib import *
PAGES = []

PAGES.append(page("b7013-thanhhoa-thuyloi-tongket-2011", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Trang chủ » Nông nghiệp - Nông thôn » Thủy lợi
Thứ Sáu, 16/12/2011 - 09:30
Phong trào làm thủy lợi nội đồng: hơn 1,2 triệu ngày công được huy động
Chiều 15/12, Ban Dân vận Tỉnh ủy Thanh Hóa phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị tổng kết phong trào toàn dân làm thủy lợi, giao thông nội đồng năm 2011. Đồng chí Lê Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và ông Trịnh Văn Lộc, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn đồng chủ trì hội nghị.
Nông dân xã Thiệu Nguyên nạo vét kênh tiêu trước vụ đông. Ảnh: Hữu Đức
Năm 2011, thực hiện Chỉ thị số 07-CT/TU ngày 20/9/2010 của Ban Thường vụ Tỉnh ủy về đẩy mạnh phong trào làm thủy lợi mùa khô và Kế hoạch số 112/KH-UBND của UBND tỉnh, các địa phương đã huy động hơn 1,2 triệu ngày công lao động, đào đắp trên 3,4 triệu m3 đất, nạo vét 2.850 km kênh mương các loại. Toàn tỉnh kiên cố hóa được 316 km kênh mương nội đồng với tổng kinh phí gần 205 tỷ đồng, trong đó nhân dân đóng góp khoảng 38 tỷ đồng và hiến 46.000 m2 đất.
Theo báo cáo, nhiều huyện làm tốt công tác vận động như Thiệu Hóa, Yên Định, Hoằng Hóa. Ở xã Thiệu Nguyên, Đảng ủy chỉ đạo mỗi chi bộ nhận một đoạn kênh, mỗi đảng viên vận động 10 hộ ra quân; sau 3 tháng xã đã nạo vét xong 21 km kênh tiêu, cứng hóa 4,5 km kênh tưới. Ông Hoàng Văn Thái, Bí thư Đảng ủy xã Thiệu Nguyên, cho biết: "Dân thấy cán bộ xuống trước thì dân theo sau, không ai kêu ca việc góp công".
Tuy vậy, hội nghị cũng chỉ ra một số tồn tại: ở một số nơi việc huy động ngày công còn mang tính áp đặt, chưa công khai mức đóng góp; 27 trạm bơm xuống cấp chưa có vốn sửa chữa; công tác quản lý, vận hành sau đầu tư còn lỏng lẻo.
Bà Phạm Thị Mai, Chủ tịch Hội Nông dân huyện Yên Định, đề nghị tỉnh có cơ chế hỗ trợ xi măng cho các thôn tự làm kênh mương theo phương châm "Nhà nước và nhân dân cùng làm".
Phát biểu kết luận, đồng chí Lê Thị Thanh Huyền yêu cầu các cấp ủy, chính quyền thực hiện nghiêm Quy chế dân chủ ở cơ sở trong huy động đóng góp, bảo đảm "dân biết, dân bàn, dân làm, dân kiểm tra"; năm 2012 phấn đấu kiên cố hóa thêm ít nhất 300 km kênh mương, gắn với xây dựng nông thôn mới theo Quyết định số 800/QĐ-TTg ngày 4/6/2010 của Thủ tướng Chính phủ.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích trong phong trào.
Lê Hợi
Tin cùng chuyên mục
- Nông Cống: 5.000 người ra quân nạo vét kênh Bắc (12/12/2011)
- Chủ động nguồn nước cho vụ đông xuân 2011 - 2012 (08/12/2011)
- Hậu Lộc hoàn thành 12 trạm bơm điện (01/12/2011)
""", "2011-12-16", "Phong trào làm thủy lợi nội đồng: hơn 1,2 triệu ngày công được huy động",
E("tong_ket", "2011", "2011-12-15"),
[P("Lê Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Lộc", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Hoàng Văn Thái", "Bí thư Đảng ủy xã Thiệu Nguyên"),
 P("Phạm Thị Mai", "Chủ tịch Hội Nông dân huyện Yên Định")],
[Q("hơn 1,2 triệu ngày công", 1200000, "ngày công", "over"),
 Q("trên 3,4 triệu m3", 3400000, "m3", "over"),
 Q("2.850 km", 2850, "km"),
 Q("316 km", 316, "km"),
 Q("gần 205 tỷ đồng", 205000000000, "đồng", "approx"),
 Q("khoảng 38 tỷ đồng", 38000000000, "đồng", "approx"),
 Q("46.000 m2", 46000, "m2"),
 Q("10 hộ", 10, "hộ"),
 Q("21 km", 21, "km"),
 Q("4,5 km", 4.5, "km"),
 Q("27 trạm bơm", 27, "trạm bơm"),
 Q("ít nhất 300 km", 300, "km", "over"),
 Q("15 tập thể", 15, "tập thể"),
 Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "07", "CT/TU", "2010-09-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 07-CT/TU ngày 20/9/2010"),
 D("Kế hoạch", "112", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 112/KH-UBND"),
 D("Quyết định", "800", "QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg ngày 4/6/2010")],
[prov("Thanh Hóa"), com("Thiệu Nguyên")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Trang chủ » Nông nghiệp - Nông thôn » Thủy lợi",
 "Nông dân xã Thiệu Nguyên nạo vét kênh tiêu trước vụ đông. Ảnh: Hữu Đức", "Nhà nước và nhân dân cùng làm",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Quy chế dân chủ ở cơ sở"],
["Thứ Sáu, 16/12/2011 - 09:30", "năm 2011", "năm 2012", "3 tháng"]))

PAGES.append(page("b7014-nghean-naovet-raquan-2012", """
Báo Nghệ An điện tử
Trang chủ > Thời sự > Nông nghiệp
Cập nhật: 14:20, 06/03/2012 (GMT+7)
Diễn Châu: Ra quân nạo vét kênh N6 chống hạn
Hơn 3.000 người dân 7 xã vùng hạ lưu kênh N6 đã ra quân nạo vét lòng kênh, khơi thông dòng chảy chống hạn cho vụ lúa xuân.
Người dân xã Diễn Thịnh ra quân khơi thông kênh N6 sáng 5/3.
Sáng 5/3, Huyện ủy, UBND huyện Diễn Châu phát động ra quân làm thủy lợi chống hạn trên tuyến kênh N6 thuộc hệ thống thủy lợi Bắc Nghệ An. Có mặt từ 6 giờ sáng, hơn 3.000 người gồm đoàn viên, hội viên, dân quân và nhân dân các xã Diễn Thịnh, Diễn Trung, Diễn An cùng 4 xã lân cận mang cuốc, xẻng, xe cải tiến phát quang bờ kênh, vét bùn, dọn rác thải.
Tuyến kênh N6 dài 18,6 km, tưới cho khoảng 2.400 ha lúa của huyện, nhưng nhiều năm chưa được nạo vét tổng thể, bùn đất bồi lắng dày tới 0,5 m, cỏ dại mọc kín lòng kênh. Đầu vụ xuân năm nay, do mực nước hồ Vực Mấu và sông Lam xuống thấp, hơn 600 ha lúa cuối kênh có nguy cơ thiếu nước.
Ông Nguyễn Văn Kỳ, Phó Chủ tịch UBND huyện Diễn Châu cho hay: "Huyện giao chỉ tiêu cho từng xã theo chiều dài kênh qua địa bàn, mỗi lao động trong độ tuổi góp 2 ngày công. Xã nào không hoàn thành sẽ bị trừ điểm thi đua". Theo kế hoạch, đến ngày 15/3 phải nạo vét xong toàn bộ 62.000 m3 bùn đất trên các tuyến kênh chính và kênh nhánh.
Cùng với nạo vét, huyện hỗ trợ 350 triệu đồng để các xã thuê máy xúc ở những đoạn kênh sâu, khó thi công thủ công. Công ty TNHH MTV Thủy lợi Bắc Nghệ An bố trí bơm dã chiến tại 5 điểm, vận hành luân phiên để đưa nước về cuối kênh.
Bà Cao Thị Hà, Chủ tịch Hội Liên hiệp Phụ nữ xã Diễn Thịnh, cho biết hội đã vận động 420 hội viên tham gia; nhiều chị em mang theo cơm nắm, làm tới trưa mới nghỉ. "Có nước thì lúa mới cứu được, không ai bảo ai cũng đi", chị nói.
Anh Phan Đình Tuấn, Bí thư Đoàn xã Diễn Trung, cho biết thêm đoàn viên thanh niên nhận làm "tuyến kênh thanh niên" dài 1,2 km.
Theo Sở Nông nghiệp và Phát triển nông thôn tỉnh Nghệ An, vụ xuân năm 2012 toàn tỉnh có khoảng 9.000 ha lúa có nguy cơ thiếu nước, tập trung ở các huyện ven biển. Sở đã đề nghị các địa phương huy động tối đa lực lượng tại chỗ, ưu tiên nạo vét kênh cấp 2, cấp 3 và các cống đầu mối, đồng thời tuyên truyền để người dân tiết kiệm nước, không tự ý đắp đập, be bờ trên kênh chính.
Trao đổi với phóng viên, ông Hồ Sỹ Nam, xóm trưởng xóm 4 xã Diễn An, nói bà con trong xóm đã họp, thống nhất mỗi hộ cử một lao động, hộ nào neo đơn thì được miễn ngày công. "Việc chung của làng thì làng tự bàn, làm xong ai cũng thấy nhẹ nhõm", ông nói.
Hoài Thu
Tin khác
- Nghi Lộc: Đưa nước về 1.000 ha lúa bị hạn (02/03/2012)
- Thủy lợi Nam Nghệ An xả nước đợt 3 (28/02/2012)
- Yên Thành kiên cố hóa 40 km kênh mương (20/02/2012)
- Quỳnh Lưu: Nông dân ra đồng gieo cấy đúng khung lịch thời vụ (14/02/2012)
""", "2012-03-06", "Diễn Châu: Ra quân nạo vét kênh N6 chống hạn",
E("khac", None, "2012-03-05"),
[P("Nguyễn Văn Kỳ", "Phó Chủ tịch UBND huyện Diễn Châu"),
 P("Hồ Sỹ Nam", "xóm trưởng xóm 4"),
 P("Cao Thị Hà", "Chủ tịch Hội Liên hiệp Phụ nữ xã Diễn Thịnh"),
 P("Phan Đình Tuấn", "Bí thư Đoàn xã Diễn Trung")],
[Q("Hơn 3.000 người dân", 3000, "người dân", "over"),
 Q("7 xã", 7, "xã"),
 Q("4 xã", 4, "xã"),
 Q("18,6 km", 18.6, "km"),
 Q("khoảng 2.400 ha", 2400, "ha", "approx"),
 Q("0,5 m", 0.5, "m"),
 Q("hơn 600 ha", 600, "ha", "over"),
 Q("2 ngày công", 2, "ngày công"),
 Q("62.000 m3", 62000, "m3"),
 Q("350 triệu đồng", 350000000, "đồng"),
 Q("5 điểm", 5, "điểm"),
 Q("420 hội viên", 420, "hội viên"),
 Q("1,2 km", 1.2, "km"),
 Q("khoảng 9.000 ha", 9000, "ha", "approx")],
[],
[prov("Nghệ An"), com("Diễn Thịnh"), com("Diễn Trung"), com("Diễn An")],
["Báo Nghệ An điện tử", "Trang chủ > Thời sự > Nông nghiệp", "Người dân xã Diễn Thịnh ra quân khơi thông kênh N6 sáng 5/3.",
 "tuyến kênh thanh niên", "Công ty TNHH MTV Thủy lợi Bắc Nghệ An"],
["Cập nhật: 14:20, 06/03/2012 (GMT+7)", "6 giờ sáng", "kênh N6", "nhiều năm", "kênh cấp 2, cấp 3", "xóm 4", "một lao động"]))

PAGES.append(page("b7015-thaibinh-thuyloi-soket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THÁI BÌNH
Tin tức - Sự kiện / Dân vận chính quyền
08:15 | 10/07/2013
Toàn cảnh hội nghị sơ kết.
Sơ kết 6 tháng vận động nhân dân làm thủy lợi nội đồng
Ngày 9/7/2013, Ban Dân vận Tỉnh ủy Thái Bình phối hợp với Ban cán sự đảng UBND tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 công tác vận động nhân dân tham gia làm thủy lợi, cứng hóa kênh mương nội đồng. Đồng chí Vũ Hồng Quân, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đỗ Văn Hiếu, Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Báo cáo tại hội nghị cho thấy, thực hiện Kết luận 15, 16-KL/TU của Ban Thường vụ Tỉnh ủy về công tác thủy lợi và về dồn điền đổi thửa, 6 tháng qua các địa phương trong tỉnh đã nạo vét 1.126 tuyến kênh cấp 3, khối lượng đất đào đắp đạt 1,85 triệu m3, bằng 104% kế hoạch. Nhân dân đóng góp 460.000 ngày công và 31,6 tỷ đồng; 248 hộ tự nguyện hiến đất mở rộng bờ vùng, bờ thửa. Nhiều xã như Vũ Lạc, Đông Xuân, Quỳnh Hoa hoàn thành sớm chỉ tiêu cứng hóa kênh mương do huyện giao.
Tuy nhiên, việc thu nộp ngày công lao động công ích ở một số nơi chưa công khai, 9 xã để xảy ra đơn thư khiếu nại về mức đóng góp. Công tác quản lý sau nạo vét chưa tốt, tình trạng đổ rác thải, lấn chiếm lòng kênh còn diễn ra.
Thảo luận tại hội nghị, ông Nguyễn Đức Hòa, HUV, Trưởng Ban Dân vận Huyện ủy Kiến Xương, cho biết huyện đã áp dụng cách làm "thôn bàn, xã duyệt, huyện hỗ trợ": thôn họp dân thống nhất tuyến kênh, mức góp; xã thẩm định; huyện hỗ trợ 50% xi măng. Nhờ vậy, 6 tháng đầu năm Kiến Xương cứng hóa được 38,5 km kênh mà không phát sinh khiếu kiện.
Bà Trần Thị Lụa, Chủ tịch Ủy ban MTTQ xã Đông Xuân, nêu ý kiến cần giao Ban Thanh tra nhân dân giám sát chất lượng công trình ngay từ khi khởi công.
Kết luận hội nghị, đồng chí Vũ Hồng Quân đề nghị 6 tháng cuối năm các cấp ủy tiếp tục quán triệt Nghị quyết số 26-NQ/TW ngày 5/8/2008 của Ban Chấp hành Trung ương về nông nghiệp, nông dân, nông thôn; triển khai kế hoạch số 21-KH/BDVTU của Ban Dân vận Tỉnh ủy về kiểm tra thực hiện dân chủ trong huy động đóng góp. Đồng chí Đỗ Văn Hiếu giao Sở Nông nghiệp và Phát triển nông thôn hướng dẫn các huyện hoàn thành nạo vét trước mùa mưa bão, phấn đấu cả năm đạt khoảng 2.000 tuyến kênh.
Thu Hiền
Lượt đọc: 1.245
Các tin đã đưa
- Vũ Thư: Hội nghị dân vận chính quyền (02/07/2013)
- Quỳnh Phụ ra quân làm thủy lợi vụ mùa (24/06/2013)
- Ban Dân vận Tỉnh ủy kiểm tra tại huyện Hưng Hà (12/06/2013)
- Thái Thụy: Vận động nhân dân hiến đất mở rộng bờ vùng (03/06/2013)
- Đông Hưng tổng kết 5 năm thực hiện Quy chế dân vận (28/05/2013)
""", "2013-07-10", "Sơ kết 6 tháng vận động nhân dân làm thủy lợi nội đồng",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Vũ Hồng Quân", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Hiếu", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đức Hòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Kiến Xương"),
 P("Trần Thị Lụa", "Chủ tịch Ủy ban MTTQ xã Đông Xuân")],
[Q("1.126 tuyến kênh cấp 3", 1126, "tuyến kênh cấp 3"),
 Q("1,85 triệu m3", 1850000, "m3"),
 Q("104%", 104, "%"),
 Q("460.000 ngày công", 460000, "ngày công"),
 Q("31,6 tỷ đồng", 31600000000, "đồng"),
 Q("248 hộ", 248, "hộ"),
 Q("9 xã", 9, "xã"),
 Q("50%", 50, "%"),
 Q("38,5 km", 38.5, "km"),
 Q("khoảng 2.000 tuyến kênh", 2000, "tuyến kênh", "approx")],
[D("Kết luận", "15", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Kết luận", "16", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 15, 16-KL/TU"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "Ban Chấp hành Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "21", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 21-KH/BDVTU")],
[prov("Thái Bình"), com("Vũ Lạc"), com("Đông Xuân"), com("Quỳnh Hoa")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY THÁI BÌNH", "Tin tức - Sự kiện / Dân vận chính quyền", "Toàn cảnh hội nghị sơ kết.",
 "thôn bàn, xã duyệt, huyện hỗ trợ", "Ban Thanh tra nhân dân", "Lượt đọc: 1.245"],
["08:15 | 10/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "6 tháng qua", "Lượt đọc: 1.245"]))

PAGES.append(page("b7016-longan-mttq-giamsat-2014", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN
Bạn đang ở: Trang chủ :: Hoạt động giám sát
29-10-2014 09:40
Giám sát việc sử dụng ngày công lao động công ích làm thủy lợi tại Đức Hòa
Từ ngày 27 đến 28/10/2014, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An do ông Trương Văn Bé Tư, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc huy động, sử dụng ngày công lao động công ích và kinh phí nạo vét kênh mương nội đồng tại huyện Đức Hòa.
Đoàn làm việc với UBND huyện và trực tiếp kiểm tra tại các xã Hựu Thạnh, Đức Lập Hạ, Mỹ Hạnh Bắc. Theo báo cáo của huyện, từ đầu mùa khô 2013 - 2014 đến nay, toàn huyện đã nạo vét 143 tuyến kênh với tổng chiều dài 196 km, khối lượng 815.000 m3; kinh phí trên 12,3 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 7,5 tỷ đồng, nhân dân đóng góp 2,1 tỷ đồng, phần còn lại quy đổi từ ngày công. Có 65% số tuyến kênh được nạo vét bằng cơ giới.
Việc huy động lao động công ích được thực hiện theo Nghị định số 23/CP ngày 23/3/1999 của Chính phủ và Quyết định số 41/2012/QĐ-UBND của UBND tỉnh quy định mức huy động, miễn giảm. Tại xã Hựu Thạnh, 100% các ấp đã họp dân công khai danh sách hộ được miễn, giảm; 38 hộ nghèo, hộ chính sách được miễn hoàn toàn.
Qua giám sát, đoàn ghi nhận một số hạn chế: một số tuyến kênh nạo vét chưa đúng thiết kế, đất bùn đổ lên bờ làm hư hại hoa màu của khoảng 20 hộ nhưng chưa được bồi hoàn; việc công khai thu, chi ở xã Mỹ Hạnh Bắc chưa kịp thời; vai trò của Ban Giám sát đầu tư của cộng đồng còn mờ nhạt.
Bà Lê Thị Hồng Nhung, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị huyện chỉ đạo xã rà soát, giải quyết dứt điểm kiến nghị của người dân trước ngày 30/11.
Ông Nguyễn Thành Long, Phó Chủ tịch UBND huyện Đức Hòa tiếp thu các ý kiến, cho biết huyện sẽ ban hành Kế hoạch số 86/KH-UBND về nạo vét kênh mùa khô 2014 - 2015 với 160 tuyến, đồng thời giao Phòng Nông nghiệp và Phát triển nông thôn phối hợp Ủy ban MTTQ huyện tổ chức nghiệm thu có sự tham gia của người dân.
Phát biểu kết thúc đợt giám sát, ông Trương Văn Bé Tư đề nghị các cấp chính quyền thực hiện đúng Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn, bảo đảm người dân được bàn và quyết định trực tiếp mức đóng góp.
Minh Nhựt
Tin cùng chuyên mục
- Tân Trụ: Giám sát chương trình xây dựng nông thôn mới (20/10/2014)
- Đại hội đại biểu MTTQ huyện Cần Giuộc lần thứ X (10/10/2014)
- MTTQ tỉnh giám sát công tác tiếp công dân (29/09/2014)
- Thạnh Hóa: Ra mắt Ban Thanh tra nhân dân nhiệm kỳ mới (22/09/2014)
- Bến Lức: Vận động nhân dân góp tiền làm đường giao thông nông thôn (15/09/2014)
""", "2014-10-29", "Giám sát việc sử dụng ngày công lao động công ích làm thủy lợi tại Đức Hòa",
E("giam_sat", None, "2014-10-27"),
[P("Trương Văn Bé Tư", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Hồng Nhung", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thành Long", "Phó Chủ tịch UBND huyện Đức Hòa")],
[Q("143 tuyến kênh", 143, "tuyến kênh"),
 Q("196 km", 196, "km"),
 Q("815.000 m3", 815000, "m3"),
 Q("trên 12,3 tỷ đồng", 12300000000, "đồng", "over"),
 Q("7,5 tỷ đồng", 7500000000, "đồng"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"),
 Q("65%", 65, "%"),
 Q("100%", 100, "%"),
 Q("38 hộ nghèo, hộ chính sách", 38, "hộ nghèo, hộ chính sách"),
 Q("khoảng 20 hộ", 20, "hộ", "approx"),
 Q("160 tuyến", 160, "tuyến")],
[D("Nghị định", "23", "CP", "1999-03-23", "Chính phủ", "Nghị định số 23/CP ngày 23/3/1999"),
 D("Quyết định", "41", "2012/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 41/2012/QĐ-UBND"),
 D("Kế hoạch", "86", "KH-UBND", None, None, "Kế hoạch số 86/KH-UBND")],
[prov("Long An"), com("Hựu Thạnh"), com("Đức Lập Hạ"), com("Mỹ Hạnh Bắc")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LONG AN", "Bạn đang ở: Trang chủ :: Hoạt động giám sát", "Ban Giám sát đầu tư của cộng đồng",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn"],
["29-10-2014 09:40", "mùa khô 2013 - 2014", "mùa khô 2014 - 2015", "lần thứ X"]))

PAGES.append(page("b7017-hatinh-thuyloi-hoinghi-2015", """
Báo Hà Tĩnh
Nông nghiệp | Nông thôn mới | Thủy lợi
Ngày đăng 26/02/2015 | 14:20
Hà Tĩnh huy động 1,5 triệu ngày công làm thủy lợi, chống hạn
(Baohatinh.vn) - Sáng nay (26/2), UBND tỉnh tổ chức hội nghị triển khai công tác thủy lợi, phòng chống hạn năm 2015. Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh chủ trì hội nghị.
Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh phát biểu chỉ đạo hội nghị.
Năm 2015, Hà Tĩnh đặt mục tiêu huy động khoảng 1,5 triệu ngày công để nạo vét 3.200 km kênh mương, tu sửa 145 hồ, đập và 60 trạm bơm, bảo đảm nước tưới cho 58.000 ha lúa vụ xuân và hè thu. Tổng nhu cầu vốn cho công tác thủy lợi năm nay ước khoảng 420 tỷ đồng, trong đó ngân sách tỉnh bố trí 95 tỷ đồng theo Nghị quyết số 90/2014/NQ-HĐND ngày 16/7/2014 của HĐND tỉnh.
Theo ông Nguyễn Văn Việt, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, năm 2014 các địa phương đã kiên cố hóa 214 km kênh mương theo cơ chế hỗ trợ xi măng; nhân dân hiến hơn 25.000 m2 đất, góp trên 600.000 ngày công. Tuy vậy, hiện vẫn còn 73 hồ chứa xung yếu, nhiều tuyến kênh nội đồng đã bồi lấp, khả năng tích nước thấp. Dự báo năm nay lượng mưa thiếu hụt từ 20 - 30% so với trung bình nhiều năm, nguy cơ hạn cục bộ vào cuối vụ xuân.
Tại hội nghị, đại diện Ban Dân vận Tỉnh ủy cho rằng việc huy động ngày công phải gắn với thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở, công khai từng khoản đóng góp. Bà Trần Thị Nhàn, Chủ tịch Hội Nông dân huyện Thạch Hà, cho biết hội đã vận động hội viên thành lập 42 tổ dùng nước tự quản, tự nạo vét mương nội đồng sau mỗi vụ.
Ông Lê Đình Bảy, Phó Chủ tịch UBND xã Cẩm Bình (Cẩm Xuyên), kiến nghị tỉnh sớm phân bổ xi măng để xã thi công 5,6 km kênh trước ngày 30/4.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh yêu cầu các huyện ra quân đồng loạt từ ngày 5/3, hoàn thành nạo vét kênh cấp 2, cấp 3 trước ngày 15/4; các đơn vị thủy nông thực hiện Kế hoạch số 38/KH-UBND của UBND tỉnh về tưới tiết kiệm. Các tổ chức chính trị - xã hội phát huy vai trò trong phong trào "Toàn dân làm thủy lợi", gắn với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Các địa phương cũng được yêu cầu rà soát, bố trí lực lượng xung kích tại các hồ chứa, chuẩn bị sẵn máy bơm dã chiến ở vùng cuối kênh; tuyệt đối không để người dân tự ý phá bờ kênh lấy nước, gây mất đoàn kết trong thôn xóm.
Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 8 tập thể có thành tích trong công tác thủy lợi năm 2014.
Thu Phương
Tin liên quan
- Cẩm Xuyên: 2.000 người ra quân nạo vét kênh N1 (20/02/2015)
- Kè chống sạt lở bờ sông Ngàn Sâu (10/02/2015)
- Hương Khê chủ động ứng phó hạn hán (05/02/2015)
""", "2015-02-26", "Hà Tĩnh huy động 1,5 triệu ngày công làm thủy lợi, chống hạn",
E("hoi_nghi", "2015", "2015-02-26"),
[P("Đặng Quốc Khánh", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Văn Việt", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Trần Thị Nhàn", "Chủ tịch Hội Nông dân huyện Thạch Hà"),
 P("Lê Đình Bảy", "Phó Chủ tịch UBND xã Cẩm Bình")],
[Q("khoảng 1,5 triệu ngày công", 1500000, "ngày công", "approx"),
 Q("3.200 km", 3200, "km"),
 Q("145 hồ, đập", 145, "hồ, đập"),
 Q("60 trạm bơm", 60, "trạm bơm"),
 Q("58.000 ha", 58000, "ha"),
 Q("khoảng 420 tỷ đồng", 420000000000, "đồng", "approx"),
 Q("95 tỷ đồng", 95000000000, "đồng"),
 Q("214 km", 214, "km"),
 Q("hơn 25.000 m2", 25000, "m2", "over"),
 Q("trên 600.000 ngày công", 600000, "ngày công", "over"),
 Q("73 hồ chứa xung yếu", 73, "hồ chứa xung yếu"),
 Q("20 - 30%", 20, "%"),
 Q("42 tổ dùng nước tự quản", 42, "tổ dùng nước tự quản"),
 Q("5,6 km", 5.6, "km"),
 Q("8 tập thể", 8, "tập thể")],
[D("Nghị quyết", "90", "2014/NQ-HĐND", "2014-07-16", "HĐND tỉnh", "Nghị quyết số 90/2014/NQ-HĐND ngày 16/7/2014"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Kế hoạch", "38", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 38/KH-UBND")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["Báo Hà Tĩnh", "Nông nghiệp | Nông thôn mới | Thủy lợi", "(Baohatinh.vn)",
 "Phó Chủ tịch UBND tỉnh Đặng Quốc Khánh phát biểu chỉ đạo hội nghị.", "Toàn dân làm thủy lợi",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 26/02/2015 | 14:20", "năm 2015", "năm 2014", "kênh cấp 2, cấp 3", "trung bình nhiều năm"]))

PAGES.append(page("b7018-soctrang-naovet-doithoai-2016", """
Sóc Trăng Online - Báo điện tử của Đảng bộ, chính quyền và nhân dân tỉnh Sóc Trăng
Tin tức › Chính trị › Dân vận
17/05/2016 - 10:05
Ảnh: Quang cảnh buổi đối thoại.
Mỹ Tú: Người dân hiến kế nạo vét kênh trước mùa mưa
Ngày 16/5, Huyện ủy, UBND huyện Mỹ Tú tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nông dân năm 2016, chủ đề "Nạo vét kênh thủy lợi nội đồng, chủ động ứng phó xâm nhập mặn". Buổi đối thoại do ông Lâm Văn Mẫn, HUV, Chủ tịch UBND huyện Mỹ Tú và ông Trần Quốc Cường, Phó Bí thư Thường trực Huyện ủy chủ trì; có 215 nông dân, người có uy tín trong đồng bào Khmer ở các xã Mỹ Thuận, Long Hưng, Hưng Phú tham dự.
Mở đầu, đại diện Phòng Nông nghiệp và Phát triển nông thôn thông tin: mùa khô 2015 - 2016, xâm nhập mặn làm thiệt hại trên 1.300 ha lúa của huyện. Huyện đã nạo vét được 47 tuyến kênh dài 82 km, đắp 19 đập tạm ngăn mặn với kinh phí 6,4 tỷ đồng; đang kiến nghị tỉnh hỗ trợ thêm 3 tỷ đồng để nạo vét 25 tuyến kênh còn lại.
Đối thoại diễn ra thẳng thắn. Ông Thạch Sa Phol, ngụ ấp Phương Hòa, xã Mỹ Thuận, phản ánh kênh Ba Rẫy đã 8 năm chưa được nạo vét, bùn bồi lấp, nước không vào được ruộng; bà con sẵn sàng góp công nhưng cần máy đào. Bà Lý Thị Sa Ri, người có uy tín ấp Tam Sóc, đề nghị công khai danh sách tuyến kênh được nạo vét và mức đóng góp để dân cùng giám sát.
Trả lời, ông Lâm Văn Mẫn cho biết kênh Ba Rẫy nằm trong danh mục nạo vét năm 2016 theo Quyết định số 712/QĐ-UBND ngày 5/4/2016 của UBND tỉnh, dự kiến thi công trong tháng 6. Huyện thống nhất cơ chế Nhà nước hỗ trợ máy, nhân dân góp khoảng 30% ngày công và tự giải phóng mặt bằng đổ đất; hộ nghèo, hộ Khmer khó khăn được miễn đóng góp.
Ông Sơn Thanh Tùng, Chủ tịch UBND xã Long Hưng, nhận trách nhiệm việc chậm công khai kinh phí đắp đập tạm, hứa trong tháng 5 sẽ niêm yết tại trụ sở ấp.
Phát biểu kết thúc, ông Trần Quốc Cường đề nghị các xã tiếp tục thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị về giám sát và phản biện xã hội của Mặt trận và các đoàn thể, để người dân cùng giám sát chất lượng nạo vét. Có 14 ý kiến của người dân được giải đáp trực tiếp tại buổi đối thoại, 3 ý kiến được giao các ngành trả lời bằng văn bản.
Sau buổi đối thoại, nhiều bà con cho biết yên tâm hơn khi được nghe trực tiếp lãnh đạo huyện trả lời, hứa sẽ vận động hàng xóm cùng góp công để kịp nạo vét trước khi mưa xuống.
Bài, ảnh: Trung Hiếu
Lượt xem: 642
Tin khác
- Châu Thành ra quân đắp đập ngăn mặn (10/05/2016)
- Long Phú hỗ trợ nông dân bị thiệt hại do hạn mặn (04/05/2016)
- Ngã Năm: đối thoại với người dân về giải phóng mặt bằng (25/04/2016)
""", "2016-05-17", "Mỹ Tú: Người dân hiến kế nạo vét kênh trước mùa mưa",
E("doi_thoai", "2016", "2016-05-16"),
[P("Lâm Văn Mẫn", "HUV", "Chủ tịch UBND huyện Mỹ Tú"),
 P("Trần Quốc Cường", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lý Thị Sa Ri", "người có uy tín ấp Tam Sóc"),
 P("Thạch Sa Phol"),
 P("Sơn Thanh Tùng", "Chủ tịch UBND xã Long Hưng")],
[Q("215 nông dân, người có uy tín", 215, "nông dân, người có uy tín"),
 Q("trên 1.300 ha", 1300, "ha", "over"),
 Q("47 tuyến kênh", 47, "tuyến kênh"),
 Q("82 km", 82, "km"),
 Q("19 đập tạm", 19, "đập tạm"),
 Q("6,4 tỷ đồng", 6400000000, "đồng"),
 Q("3 tỷ đồng", 3000000000, "đồng"),
 Q("25 tuyến kênh", 25, "tuyến kênh"),
 Q("khoảng 30%", 30, "%", "approx"),
 Q("14 ý kiến", 14, "ý kiến"),
 Q("3 ý kiến", 3, "ý kiến")],
[D("Quyết định", "712", "QĐ-UBND", "2016-04-05", "UBND tỉnh", "Quyết định số 712/QĐ-UBND ngày 5/4/2016"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Sóc Trăng"), com("Mỹ Thuận"), com("Long Hưng"), com("Hưng Phú")],
["Sóc Trăng Online - Báo điện tử của Đảng bộ, chính quyền và nhân dân tỉnh Sóc Trăng", "Tin tức › Chính trị › Dân vận",
 "Ảnh: Quang cảnh buổi đối thoại.", "Nạo vét kênh thủy lợi nội đồng, chủ động ứng phó xâm nhập mặn", "kênh Ba Rẫy", "Lượt xem: 642"],
["17/05/2016 - 10:05", "mùa khô 2015 - 2016", "8 năm", "năm 2016", "tháng 6", "Lượt xem: 642"]))
