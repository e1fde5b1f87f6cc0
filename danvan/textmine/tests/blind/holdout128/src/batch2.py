from lib import *
PAGES = []

PAGES.append(page("b3035-camau-ubkt-giamsat-dangvien-2017", """
Cổng thông tin điện tử Đảng bộ huyện Trần Văn Thời - Cà Mau
Trang chủ › Kiểm tra - Giám sát
Thứ Tư, 25/10/2017 - 09:05
Ủy ban Kiểm tra Huyện ủy giám sát công tác phát triển đảng viên tại Đảng bộ xã Khánh Bình Tây
Ngày 23/10/2017, đoàn giám sát của Ủy ban Kiểm tra Huyện ủy Trần Văn Thời do đồng chí Danh Thị Kim Xuyến, HUV, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy xã Khánh Bình Tây về công tác phát triển đảng viên và quản lý hồ sơ đảng viên năm 2017, theo Quyết định số 134-QĐ/UBKTHU ngày 2/10/2017 của Ủy ban Kiểm tra Huyện ủy.
Đoàn giám sát làm việc với Đảng ủy xã Khánh Bình Tây.
Theo báo cáo của Đảng ủy xã, Đảng bộ có 16 chi bộ trực thuộc, 327 đảng viên, trong đó 41 đảng viên là người Khmer. Từ đầu năm đến nay, Đảng ủy kết nạp 13 đảng viên, đạt 86,6% chỉ tiêu Huyện ủy giao; có 2 ấp còn dưới 10 đảng viên. Đảng ủy đã ban hành Nghị quyết 21, 22-NQ/ĐU về phát triển đảng viên trong ấp đông đồng bào Khmer và về nâng chất sinh hoạt chi bộ ấp.
Qua kiểm tra 13 bộ hồ sơ kết nạp, đoàn giám sát phát hiện 4 bộ hồ sơ còn thiếu chữ ký xác nhận lý lịch, 2 trường hợp chậm chuyển đảng chính thức. Đồng chí Lâm Văn Sà Rết, Phó Bí thư Thường trực Đảng ủy xã, tiếp thu và cho biết xã sẽ khắc phục trước ngày 30/11.
Ông Thạch Ngọc Sang, Bí thư Chi bộ ấp Đá Bạc, cho biết chi bộ vừa kết nạp 3 thanh niên người Khmer, trong đó có anh Kim Sóc Ny, 24 tuổi, đoàn viên, chủ mô hình nuôi cua giống. Nhờ chi bộ tổ chức cho chùa Khmer và các vị sư sãi tham gia tuyên truyền, nhiều thanh niên ở ấp đã viết đơn xin vào Đảng.
Kết luận buổi giám sát, đồng chí Danh Thị Kim Xuyến đề nghị Đảng ủy xã thực hiện đúng Hướng dẫn số 01-HD/TW ngày 20/9/2016 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng; thẩm tra lý lịch chặt chẽ, không để kết nạp "chạy" chỉ tiêu cuối năm.
Được biết, năm 2017 Ủy ban Kiểm tra Huyện ủy giám sát chuyên đề 7 tổ chức đảng và 14 đảng viên; toàn huyện kết nạp được khoảng 290 đảng viên.
Phương Linh
Lượt truy cập: 245.902
Các tin đã đưa
- Đảng bộ xã Khánh Hải kết nạp 5 đảng viên là người Khmer (12/10/2017)
- Huyện ủy sơ kết 9 tháng thực hiện Nghị quyết năm 2017 (05/10/2017)
- Ủy ban Kiểm tra Huyện ủy kiểm tra việc thu nộp đảng phí (20/09/2017)
- Ra mắt chi bộ ấp Kinh Hòn (30/08/2017)
- Lớp bồi dưỡng kết nạp đảng cho quần chúng ưu tú khóa 2 (16/08/2017)
- Tập huấn nghiệp vụ kiểm tra, giám sát cho cấp ủy cơ sở (02/08/2017)
Cổng thông tin điện tử Đảng bộ huyện Trần Văn Thời. Địa chỉ: khóm 9, thị trấn Trần Văn Thời, tỉnh Cà Mau.
""", "2017-10-25", "Ủy ban Kiểm tra Huyện ủy giám sát công tác phát triển đảng viên tại Đảng bộ xã Khánh Bình Tây",
E("giam_sat", "2017", "2017-10-23"),
[P("Danh Thị Kim Xuyến", "HUV", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Lâm Văn Sà Rết", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Thạch Ngọc Sang", "Bí thư Chi bộ ấp Đá Bạc"),
 P("Kim Sóc Ny", "chủ mô hình nuôi cua giống")],
[Q("16 chi bộ trực thuộc", 16, "chi bộ trực thuộc"), Q("327 đảng viên", 327, "đảng viên"), Q("41 đảng viên", 41, "đảng viên"),
 Q("13 đảng viên", 13, "đảng viên"), Q("86,6%", 86.6, "%"), Q("2 ấp", 2, "ấp"),
 Q("13 bộ hồ sơ kết nạp", 13, "bộ hồ sơ kết nạp"), Q("4 bộ hồ sơ", 4, "bộ hồ sơ"), Q("2 trường hợp", 2, "trường hợp"),
 Q("3 thanh niên", 3, "thanh niên"), Q("7 tổ chức đảng", 7, "tổ chức đảng"), Q("14 đảng viên", 14, "đảng viên"),
 Q("khoảng 290 đảng viên", 290, "đảng viên", "approx")],
[D("Quyết định", "134", "QĐ/UBKTHU", "2017-10-02", "Ủy ban Kiểm tra Huyện ủy", "Quyết định số 134-QĐ/UBKTHU ngày 2/10/2017"),
 D("Nghị quyết", "21", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết 21, 22-NQ/ĐU"),
 D("Nghị quyết", "22", "NQ/ĐU", None, "Đảng ủy", "Nghị quyết 21, 22-NQ/ĐU"),
 D("Hướng dẫn", "01", "HD/TW", "2016-09-20", "Ban Bí thư", "Hướng dẫn số 01-HD/TW ngày 20/9/2016")],
[prov("Cà Mau"), com("Khánh Bình Tây")],
["Cổng thông tin điện tử Đảng bộ huyện Trần Văn Thời - Cà Mau", "Trang chủ › Kiểm tra - Giám sát",
 "Đoàn giám sát làm việc với Đảng ủy xã Khánh Bình Tây.", "Điều lệ Đảng", "Lượt truy cập: 245.902"],
["Thứ Tư, 25/10/2017 - 09:05", "năm 2017", "24 tuổi", "10 đảng viên", "Lượt truy cập: 245.902"]))

PAGES.append(page("b3036-quangnam-giaoban-xdd-quy3-2018", """
BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM
Trang chủ | Tin tức | Hoạt động ngành Tổ chức xây dựng Đảng
Hôm nay: Thứ Ba, 09/10/2018
Ngày 08/10/2018 | 15:30
Ảnh: Quang cảnh buổi giao ban.
Giao ban công tác tổ chức xây dựng Đảng khu vực miền núi
Chiều 5/10, tại huyện Nam Giang, Ban Tổ chức Tỉnh ủy Quảng Nam tổ chức giao ban công tác tổ chức xây dựng Đảng quý III năm 2018 với 9 huyện miền núi. Đồng chí Nguyễn Thị Thu Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì.
Báo cáo cho thấy, 9 tháng năm 2018 các huyện miền núi kết nạp 612 đảng viên, trong đó 274 đảng viên là người Cơ Tu, Xơ Đăng, Giẻ Triêng, Co, Ca Dong; đến nay còn 4 thôn chưa có đảng viên và 17 thôn chưa có chi bộ độc lập. Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương, các huyện đã hợp nhất 23 chi bộ và thí điểm bí thư chi bộ đồng thời là trưởng thôn ở 96 thôn.
Phát biểu tại giao ban, ông Alăng Ngước, Phó Bí thư Thường trực Huyện ủy Tây Giang, cho biết huyện đã xóa được thôn "trắng" đảng viên cuối cùng ở xã A Xan nhờ cử đảng viên tăng cường về sinh hoạt. Ông Hồ Văn Lanh, Trưởng Ban Tổ chức Huyện ủy Nam Trà My, nêu khó khăn: nhiều quần chúng ưu tú chưa tốt nghiệp trung học cơ sở, trong khi Quy định 29-QĐ/TW yêu cầu trình độ học vấn.
Bà Zơ Râm Thị Hoa, Bí thư Chi bộ thôn Aréh, xã Lăng (huyện Tây Giang), đề nghị có chế độ phụ cấp cho bí thư chi bộ kiêm trưởng thôn, hiện chỉ khoảng 1,3 triệu đồng/tháng. Đồng chí Bríu Liếc, Trưởng Ban Dân vận Huyện ủy Đông Giang, nói thêm về vai trò già làng, người có uy tín trong giới thiệu thanh niên vào Đảng.
Về bồi dưỡng lý luận chính trị, ThS. Trần Văn Dũng, Phó Hiệu trưởng Trường Chính trị tỉnh, cho biết trong quý III trường đã phối hợp mở 5 lớp bồi dưỡng nhận thức về Đảng ngay tại huyện cho 387 quần chúng ưu tú, giảng viên dùng tranh ảnh, phim tư liệu, có người phiên dịch tiếng Cơ Tu.
Kết luận, đồng chí Nguyễn Thị Thu Hồng yêu cầu quý IV các huyện rà soát danh sách quần chúng ưu tú, hoàn thành chỉ tiêu kết nạp 800 đảng viên năm 2018; triển khai Kế hoạch số 120-KH/TU của Tỉnh ủy về sắp xếp thôn, tổ dân phố gắn với kiện toàn chi bộ.
Văn Hoàng
Tin cùng chuyên mục
- Đông Giang: ra mắt chi bộ thôn Ating (28/09/2018)
- Tập huấn nghiệp vụ công tác đảng viên năm 2018 (14/09/2018)
- Trao Huy hiệu Đảng đợt 2/9 tại Tây Giang (03/09/2018)
- Nam Trà My: kết nạp đảng viên là người Xơ Đăng (20/08/2018)
- Sơ kết 6 tháng đầu năm công tác tổ chức xây dựng Đảng (13/07/2018)
- Phước Sơn: tăng cường đảng viên về thôn "trắng" (02/07/2018)
Ban Tổ chức Tỉnh ủy Quảng Nam. Địa chỉ: 62 Hùng Vương, thành phố Tam Kỳ. ĐT: 0235.38xxxxx.
""", "2018-10-08", "Giao ban công tác tổ chức xây dựng Đảng khu vực miền núi",
E("giao_ban", "2018-Q3", "2018-10-05"),
[P("Nguyễn Thị Thu Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Alăng Ngước", "Phó Bí thư Thường trực Huyện ủy Tây Giang"),
 P("Hồ Văn Lanh", "Trưởng Ban Tổ chức Huyện ủy Nam Trà My"),
 P("Zơ Râm Thị Hoa", "Bí thư Chi bộ thôn Aréh"),
 P("Bríu Liếc", "Trưởng Ban Dân vận Huyện ủy Đông Giang"),
 P("Trần Văn Dũng", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh")],
[Q("9 huyện miền núi", 9, "huyện miền núi"), Q("612 đảng viên", 612, "đảng viên"), Q("274 đảng viên", 274, "đảng viên"),
 Q("4 thôn", 4, "thôn"), Q("17 thôn", 17, "thôn"), Q("23 chi bộ", 23, "chi bộ"), Q("96 thôn", 96, "thôn"),
 Q("khoảng 1,3 triệu đồng", 1300000, "đồng", "approx"),
 Q("5 lớp bồi dưỡng nhận thức về Đảng", 5, "lớp bồi dưỡng nhận thức về Đảng"), Q("387 quần chúng ưu tú", 387, "quần chúng ưu tú"),
 Q("800 đảng viên", 800, "đảng viên")],
[D("Nghị quyết", "18", "NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 25/10/2017"),
 D("Quy định", "29", "QĐ/TW", None, None, "Quy định 29-QĐ/TW"),
 D("Kế hoạch", "120", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 120-KH/TU")],
[prov("Quảng Nam"), com("A Xan"), com("Lăng")],
["BAN TỔ CHỨC TỈNH ỦY QUẢNG NAM", "Trang chủ | Tin tức | Hoạt động ngành Tổ chức xây dựng Đảng", "Hôm nay: Thứ Ba, 09/10/2018",
 "Ảnh: Quang cảnh buổi giao ban."],
["Hôm nay: Thứ Ba, 09/10/2018", "Ngày 08/10/2018 | 15:30", "quý III năm 2018", "9 tháng năm 2018", "quý IV"]))

PAGES.append(page("b3037-laocai-chandung-bithu-chibo-2019", """
Báo Lào Cai điện tử
Xã hội > Gương sáng > Xây dựng Đảng
12/06/2019 - 06:45
Chị Vàng Thị Mai (bên phải) hướng dẫn bà con trồng thảo quả. Ảnh: Thanh Tùng
Nữ bí thư chi bộ người Mông "gieo" đảng viên ở vùng cao
Bài dự thi giải Búa liềm vàng
Về thôn Sín Chải, xã Tả Van Chư (huyện Bắc Hà) những ngày đầu hè, hỏi chị Vàng Thị Mai, ai cũng biết. Năm 2014, khi chị được tín nhiệm bầu giữ chức Bí thư Chi bộ thôn Sín Chải, chi bộ chỉ có 5 đảng viên, hầu hết đã cao tuổi; đã 4 năm liền thôn không kết nạp được đảng viên nào.
"Thanh niên Mông muốn vào Đảng lắm, nhưng ngại học, ngại viết lý lịch", chị Mai kể. Chị đi từng nhà, nhận kèm cặp 11 thanh niên, giúp các em học lớp nhận thức về Đảng ở Trung tâm Bồi dưỡng chính trị huyện. Đến nay, chi bộ đã có 16 đảng viên, 7 người là đảng viên trẻ dưới 30 tuổi, trong đó có anh Giàng Seo Dín, nay là Phó Bí thư Đoàn xã Tả Van Chư.
Chi bộ cũng đi đầu vận động 126 hộ trong thôn trồng hơn 40 ha thảo quả dưới tán rừng, mỗi năm thu khoảng 2,5 tỷ đồng; số hộ nghèo giảm từ 71 hộ xuống còn 29 hộ. Chi bộ 4 năm liền được công nhận "trong sạch, vững mạnh tiêu biểu".
Ông Lù Văn Thào, Bí thư Đảng ủy xã Tả Van Chư, đánh giá: cách làm của chị Mai được Đảng ủy nhân rộng sang 8 thôn khác theo Nghị quyết số 06-NQ/ĐU ngày 10/1/2018 của Đảng ủy xã về "Chi bộ thôn kèm cặp quần chúng ưu tú". Đồng chí Hoàng Thị Thu Hà, Phó Trưởng Ban Tổ chức Huyện ủy Bắc Hà, cho biết năm 2018 huyện kết nạp 215 đảng viên, trong đó hơn 60% là người Mông, Dao, Tày, Nùng.
Năm 2018, chị Vàng Thị Mai là 1 trong 10 bí thư chi bộ tiêu biểu của tỉnh được Ban Thường vụ Tỉnh ủy tặng bằng khen theo Quyết định số 1517-QĐ/TU. Chị vừa học xong lớp trung cấp lý luận chính trị và đăng ký học tiếp đại học từ xa.
Chia tay chúng tôi, chị Mai nói sẽ cố gắng đến cuối năm 2019 giới thiệu thêm 3 quần chúng ưu tú để chi bộ xem xét kết nạp.
Thanh Tùng
Lượt đọc: 1.286
Xem thêm
- Bắc Hà: kết nạp 52 đảng viên trong 5 tháng đầu năm (03/06/2019)
- Si Ma Cai nâng cao chất lượng sinh hoạt chi bộ thôn (24/05/2019)
- Những "thủ lĩnh" chi bộ ở vùng biên Mường Khương (15/05/2019)
- Lào Cai: còn 21 thôn chưa có đảng viên (08/05/2019)
- Trao Huy hiệu 30 năm tuổi Đảng ở Bảo Yên (19/04/2019)
- Bát Xát: ra mắt chi bộ thôn tách mới (02/04/2019)
- Học tập chuyên đề năm 2019 về tấm gương Bác Hồ (21/03/2019)
- Mường Khương: thanh niên người Pa Dí viết đơn xin vào Đảng (12/03/2019)
- Hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2018 (28/12/2018)
Báo Lào Cai - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai. Giấy phép số 30/GP-BTTTT.
Tổng Biên tập: (đang cập nhật). Tòa soạn: đường Hoàng Liên, thành phố Lào Cai. Ghi rõ nguồn "Báo Lào Cai" khi phát hành lại thông tin.
""", "2019-06-12", "Nữ bí thư chi bộ người Mông \"gieo\" đảng viên ở vùng cao",
E("khac", None, None),
[P("Vàng Thị Mai", "Bí thư Chi bộ thôn Sín Chải"),
 P("Giàng Seo Dín", "Phó Bí thư Đoàn xã Tả Van Chư"),
 P("Lù Văn Thào", "Bí thư Đảng ủy xã Tả Van Chư"),
 P("Hoàng Thị Thu Hà", "Phó Trưởng Ban Tổ chức Huyện ủy Bắc Hà")],
[Q("5 đảng viên", 5, "đảng viên"), Q("11 thanh niên", 11, "thanh niên"), Q("16 đảng viên", 16, "đảng viên"),
 Q("7 người", 7, "người"), Q("126 hộ", 126, "hộ"), Q("hơn 40 ha", 40, "ha", "over"),
 Q("khoảng 2,5 tỷ đồng", 2500000000, "đồng", "approx"), Q("71 hộ", 71, "hộ"), Q("29 hộ", 29, "hộ"),
 Q("8 thôn", 8, "thôn"), Q("215 đảng viên", 215, "đảng viên"), Q("hơn 60%", 60, "%", "over"),
 Q("10 bí thư chi bộ tiêu biểu", 10, "bí thư chi bộ tiêu biểu"), Q("3 quần chúng ưu tú", 3, "quần chúng ưu tú")],
[D("Nghị quyết", "06", "NQ/ĐU", "2018-01-10", "Đảng ủy xã", "Nghị quyết số 06-NQ/ĐU ngày 10/1/2018"),
 D("Quyết định", "1517", "QĐ/TU", None, None, "Quyết định số 1517-QĐ/TU")],
[prov("Lào Cai"), com("Tả Van Chư")],
["Báo Lào Cai điện tử", "Xã hội > Gương sáng > Xây dựng Đảng", "Chị Vàng Thị Mai (bên phải) hướng dẫn bà con trồng thảo quả. Ảnh: Thanh Tùng",
 "Bài dự thi giải Búa liềm vàng", "Chi bộ thôn kèm cặp quần chúng ưu tú", "trong sạch, vững mạnh tiêu biểu", "Lượt đọc: 1.286"],
["12/06/2019 - 06:45", "4 năm", "dưới 30 tuổi", "1 trong 10", "năm 2018", "Lượt đọc: 1.286"]))

PAGES.append(page("b3038-haiphong-dukhoi-dn-tongket-2020", """
ĐẢNG BỘ KHỐI DOANH NGHIỆP THÀNH PHỐ HẢI PHÒNG
Trang chủ :: Tin tức - Sự kiện :: Công tác xây dựng Đảng
Cập nhật lúc 16:10 ngày 30/12/2020
Đảng bộ Khối Doanh nghiệp thành phố tổng kết công tác năm 2020
Ngày 29/12/2020, Đảng ủy Khối Doanh nghiệp thành phố Hải Phòng tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2020, triển khai nhiệm vụ năm 2021. Đồng chí Đỗ Quang Hiển, Thành ủy viên, Bí thư Đảng ủy Khối chủ trì hội nghị. Dự có đồng chí Vũ Thanh Chương, Phó Trưởng Ban Tổ chức Thành ủy.
Đồng chí Đỗ Quang Hiển phát biểu tại hội nghị.
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, các tổ chức đảng trong Khối vẫn duy trì sinh hoạt, trong đó 38 chi bộ sinh hoạt trực tuyến. Đảng bộ Khối kết nạp 326 đảng viên, đạt 108,6% kế hoạch; 97,2% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. Hiện Đảng bộ có 119 tổ chức cơ sở đảng với khoảng 8.450 đảng viên, trong đó 27 tổ chức đảng ở doanh nghiệp có vốn đầu tư nước ngoài.
Đảng ủy Khối đã ban hành Nghị quyết số 12-NQ/ĐUK về nâng cao chất lượng tổ chức đảng ở doanh nghiệp ngoài nhà nước, Quy chế phối hợp số 03-QC/ĐUK với Liên đoàn Lao động thành phố về tạo nguồn kết nạp đảng viên là công nhân. Trung tâm Chính trị của Khối mở 6 lớp bồi dưỡng nhận thức về Đảng cho 512 học viên và 4 lớp đảng viên mới cho 301 học viên; giảng viên chủ yếu là TS., ThS. của Trường Chính trị Tô Hiệu.
Tại hội nghị, bà Nguyễn Thị Thúy, Bí thư Đảng ủy Công ty TNHH LG Display Việt Nam Hải Phòng, chia sẻ kinh nghiệm bố trí sinh hoạt chi bộ theo ca cho công nhân; ông Phạm Quốc Huy, Bí thư Chi bộ Công ty cổ phần Cảng Đình Vũ, cho biết chi bộ đã kết nạp 12 công nhân ưu tú trong năm. Đồng chí Trần Thị Vân Anh, Phó Bí thư Thường trực Đảng ủy Khối, trình bày chương trình công tác năm 2021 với chỉ tiêu kết nạp 300 đảng viên.
Phát biểu, đồng chí Vũ Thanh Chương đề nghị Đảng ủy Khối chuẩn bị tốt việc học tập Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI; thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư về thành lập tổ chức đảng trong doanh nghiệp tư nhân.
Dịp này, 15 tổ chức cơ sở đảng và 42 đảng viên được Đảng ủy Khối tặng giấy khen, mỗi tập thể được thưởng 1 triệu đồng.
Minh Đức
Tin liên quan
- Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa 4 năm 2020 (15/12/2020)
- Kết nạp đảng viên tại Chi bộ Công ty TNHH Regina Miracle (30/11/2020)
- Đại hội Đảng bộ Khối Doanh nghiệp thành phố lần thứ VI (20/07/2020)
- Sinh hoạt chi bộ trực tuyến mùa Covid-19 (16/04/2020)
Đảng ủy Khối Doanh nghiệp thành phố Hải Phòng. Số 1 Hoàng Văn Thụ, quận Hồng Bàng.
""", "2020-12-30", "Đảng bộ Khối Doanh nghiệp thành phố tổng kết công tác năm 2020",
E("tong_ket", "2020", "2020-12-29"),
[P("Đỗ Quang Hiển", "Thành ủy viên", "Bí thư Đảng ủy Khối"),
 P("Vũ Thanh Chương", "Phó Trưởng Ban Tổ chức Thành ủy"),
 P("Nguyễn Thị Thúy", "Bí thư Đảng ủy Công ty TNHH LG Display Việt Nam Hải Phòng"),
 P("Phạm Quốc Huy", "Bí thư Chi bộ Công ty cổ phần Cảng Đình Vũ"),
 P("Trần Thị Vân Anh", "Phó Bí thư Thường trực Đảng ủy Khối")],
[Q("38 chi bộ", 38, "chi bộ"), Q("326 đảng viên", 326, "đảng viên"), Q("108,6%", 108.6, "%"), Q("97,2%", 97.2, "%"),
 Q("119 tổ chức cơ sở đảng", 119, "tổ chức cơ sở đảng"), Q("khoảng 8.450 đảng viên", 8450, "đảng viên", "approx"),
 Q("27 tổ chức đảng", 27, "tổ chức đảng"), Q("6 lớp bồi dưỡng nhận thức về Đảng", 6, "lớp bồi dưỡng nhận thức về Đảng"),
 Q("512 học viên", 512, "học viên"), Q("4 lớp đảng viên mới", 4, "lớp đảng viên mới"), Q("301 học viên", 301, "học viên"),
 Q("12 công nhân ưu tú", 12, "công nhân ưu tú"), Q("300 đảng viên", 300, "đảng viên"),
 Q("15 tổ chức cơ sở đảng", 15, "tổ chức cơ sở đảng"), Q("42 đảng viên", 42, "đảng viên"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "12", "NQ/ĐUK", None, "Đảng ủy Khối", "Nghị quyết số 12-NQ/ĐUK"),
 D("Quy chế phối hợp", "03", "QC/ĐUK", None, "Đảng ủy Khối", "Quy chế phối hợp số 03-QC/ĐUK"),
 D("Kết luận", "80", "KL/TW", "2020-06-20", "Ban Bí thư", "Kết luận số 80-KL/TW ngày 20/6/2020")],
[prov("Hải Phòng")],
["ĐẢNG BỘ KHỐI DOANH NGHIỆP THÀNH PHỐ HẢI PHÒNG", "Trang chủ :: Tin tức - Sự kiện :: Công tác xây dựng Đảng",
 "Đồng chí Đỗ Quang Hiển phát biểu tại hội nghị.", "Trường Chính trị Tô Hiệu", "Covid-19"],
["Cập nhật lúc 16:10 ngày 30/12/2020", "năm 2020", "năm 2021", "Covid-19", "lần thứ XVI", "Đại hội XIII"]))

PAGES.append(page("b3039-gialai-boiduong-nhanthuc-dang-2021", """
Trung tâm Chính trị huyện Ia Grai - Tỉnh Gia Lai
Giới thiệu | Tin tức | Lịch học | Tài liệu | Liên hệ
Thứ Ba, 20/04/2021 - 10:15
Ảnh: Các học viên tại lễ bế giảng.
Bế giảng lớp bồi dưỡng nhận thức về Đảng cho 93 quần chúng ưu tú
Ngày 19/4/2021, Trung tâm Chính trị huyện Ia Grai tổ chức bế giảng lớp bồi dưỡng nhận thức về Đảng khóa I năm 2021 cho 93 học viên là quần chúng ưu tú của 13 xã, thị trấn. Đồng chí Rơ Lan Thị Byơn, HUV, Giám đốc Trung tâm Chính trị huyện chủ trì lễ bế giảng.
Trong 6 ngày (từ 12/4 đến 17/4), học viên được nghiên cứu 6 chuyên đề theo chương trình của Ban Tuyên giáo Trung ương về lịch sử Đảng, Điều lệ Đảng, nhiệm vụ của đảng viên. Lớp học có 58 học viên là người Jrai, chiếm 62,4%; 47 học viên là nữ. Giảng viên gồm 3 giảng viên kiêm chức của Trung tâm và ThS. Nguyễn Thị Hải Yến, giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh.
Kết quả, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó có 31 bài loại giỏi. Học viên Ksor H'Nhai, đoàn viên làng Bồ, xã Ia Dêr, đạt điểm cao nhất lớp và được tặng giấy khen cùng phần thưởng 500.000 đồng.
Phát biểu bế giảng, bà Rơ Lan Thị Byơn cho biết năm 2021 huyện phấn đấu kết nạp khoảng 170 đảng viên theo Nghị quyết số 03-NQ/HU ngày 15/1/2021 của Ban Chấp hành Đảng bộ huyện; Trung tâm sẽ mở thêm 2 lớp nhận thức về Đảng và 2 lớp đảng viên mới, tổ chức học ngay tại xã cho đồng bào đỡ đi lại.
Ông Siu Kheo, Phó Bí thư Đảng ủy xã Ia Krăi, cho biết xã cử 9 học viên, trong đó 7 người là thanh niên Jrai; chi bộ các làng sẽ phân công đảng viên giúp đỡ các em hoàn thiện hồ sơ kết nạp. Đồng chí Nguyễn Văn Thành, Phó Trưởng Ban Tổ chức Huyện ủy, lưu ý các chi bộ thực hiện đúng Quy định số 24-QĐ/TW của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng.
Trước đó, trong năm 2020, Trung tâm đã mở 11 lớp cho hơn 900 lượt học viên với tổng kinh phí gần 350 triệu đồng.
H'Xuân
Lượt truy cập: 58.319
Tin khác
- Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa I năm 2021 (05/04/2021)
- Hội nghị học tập Nghị quyết Đại hội XIII của Đảng (25/03/2021)
- Ia Grai: kết nạp 41 đảng viên là người Jrai trong quý I (22/03/2021)
- Bồi dưỡng kỹ năng cho báo cáo viên cơ sở (10/03/2021)
- Làng Bồ ra mắt chi bộ độc lập (02/03/2021)
- Trung tâm Chính trị huyện tổng kết năm 2020 (30/12/2020)
- Lớp trung cấp lý luận chính trị hệ không tập trung khóa 2020 - 2021 thi hết học phần (18/12/2020)
- Bồi dưỡng chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (04/12/2020)
- Xã Ia Sao: chi bộ làng kèm cặp thanh niên phấn đấu vào Đảng (19/11/2020)
Điện thoại: 0269.38xxxxx. Email: ttct.iagrai@gialai.gov.vn. Ghi rõ nguồn khi phát hành lại thông tin.
Trung tâm Chính trị huyện Ia Grai. Địa chỉ: thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai.
""", "2021-04-20", "Bế giảng lớp bồi dưỡng nhận thức về Đảng cho 93 quần chúng ưu tú",
E("tap_huan", "2021", "2021-04-19"),
[P("Rơ Lan Thị Byơn", "HUV", "Giám đốc Trung tâm Chính trị huyện"),
 P("Nguyễn Thị Hải Yến", "ThS.", "giảng viên Khoa Xây dựng Đảng Trường Chính trị tỉnh"),
 P("Ksor H'Nhai"),
 P("Siu Kheo", "Phó Bí thư Đảng ủy xã Ia Krăi"),
 P("Nguyễn Văn Thành", "Phó Trưởng Ban Tổ chức Huyện ủy")],
[Q("93 quần chúng ưu tú", 93, "quần chúng ưu tú"), Q("13 xã, thị trấn", 13, "xã, thị trấn"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("58 học viên", 58, "học viên"), Q("62,4%", 62.4, "%"), Q("47 học viên", 47, "học viên"),
 Q("3 giảng viên kiêm chức", 3, "giảng viên kiêm chức"), Q("100%", 100, "%"), Q("31 bài loại giỏi", 31, "bài loại giỏi"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 170 đảng viên", 170, "đảng viên", "approx"),
 Q("2 lớp nhận thức về Đảng", 2, "lớp nhận thức về Đảng"), Q("2 lớp đảng viên mới", 2, "lớp đảng viên mới"),
 Q("9 học viên", 9, "học viên"), Q("7 người", 7, "người"), Q("11 lớp", 11, "lớp"),
 Q("hơn 900 lượt học viên", 900, "lượt học viên", "over"), Q("gần 350 triệu đồng", 350000000, "đồng", "approx")],
[D("Nghị quyết", "03", "NQ/HU", "2021-01-15", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 03-NQ/HU ngày 15/1/2021"),
 D("Quy định", "24", "QĐ/TW", None, "Ban Chấp hành Trung ương", "Quy định số 24-QĐ/TW")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Krăi")],
["Trung tâm Chính trị huyện Ia Grai - Tỉnh Gia Lai", "Giới thiệu | Tin tức | Lịch học | Tài liệu | Liên hệ",
 "Ảnh: Các học viên tại lễ bế giảng.", "Điều lệ Đảng", "Lượt truy cập: 58.319"],
["Thứ Ba, 20/04/2021 - 10:15", "khóa I năm 2021", "6 ngày", "Lượt truy cập: 58.319"]))

PAGES.append(page("b3040-soctrang-hoctap-nqxiii-2021", """
BAN TUYÊN GIÁO TỈNH ỦY SÓC TRĂNG
Trang chủ ›› Giáo dục lý luận chính trị ›› Học tập nghị quyết
09.07.2021 | 08:30
Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng bằng song ngữ Việt - Khmer
Ngày 7/7/2021, Ban Thường vụ Tỉnh ủy Sóc Trăng tổ chức hội nghị trực tuyến học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội XIII của Đảng năm 2021 cho đảng viên là người Khmer và chức sắc, người có uy tín trong đồng bào Khmer, với hơn 2.600 người dự tại 109 điểm cầu xã, phường, thị trấn.
Đồng chí Thạch Phuông, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị tại điểm cầu tỉnh. TS. Sơn Minh Thắng, Phó Giám đốc Học viện Chính trị khu vực IV, trình bày chuyên đề "Những điểm mới, nội dung cốt lõi của Văn kiện Đại hội XIII"; ThS. Kim Thị Sa Quênh, Trưởng Khoa Lý luận cơ sở Trường Chính trị tỉnh, giới thiệu chuyên đề về xây dựng, chỉnh đốn Đảng bằng tiếng Khmer.
Hội nghị thực hiện theo Kế hoạch số 02-KH/TU ngày 20/3/2021 của Tỉnh ủy và Hướng dẫn số 15-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy. Trước đó, Ban Tuyên giáo Tỉnh ủy đã biên dịch, in 5.000 cuốn tài liệu song ngữ Việt - Khmer gửi về 1.070 chi bộ.
Phát biểu tại điểm cầu thị xã Vĩnh Châu, Đại đức Lý Sà Phoan, trụ trì chùa Prếk Chrôm, cho biết các vị sư sãi sẽ tuyên truyền nghị quyết đến phật tử trong những ngày lễ. Bà Thạch Thị Sa Quanh, Bí thư Chi bộ ấp Tà Lọt, xã Vĩnh Hải, cho biết chi bộ có 23 đảng viên, trong đó 19 đảng viên là người Khmer.
Tính đến tháng 6/2021, toàn tỉnh đã có 98,5% cán bộ, đảng viên được học tập nghị quyết; có khoảng 11.200 đảng viên là người dân tộc Khmer, chiếm hơn 20% tổng số đảng viên của Đảng bộ tỉnh. Kinh phí hỗ trợ biên dịch tài liệu hơn 160 triệu đồng.
Kết luận, đồng chí Thạch Phuông đề nghị cấp ủy các cấp sau hội nghị tổ chức cho đảng viên viết bài thu hoạch, xây dựng chương trình hành động sát thực tế vùng đồng bào Khmer.
Ngọc Hân
Số lượt xem: 604
Tin cùng chuyên mục
- Ra mắt tủ sách lý luận chính trị song ngữ (28/06/2021)
- Trần Đề: học tập nghị quyết cho đảng viên mới (15/06/2021)
- Hội nghị báo cáo viên tháng 6/2021 (02/06/2021)
- Bồi dưỡng giảng viên kiêm chức Trung tâm Chính trị cấp huyện (20/05/2021)
- Châu Thành: 100% chi bộ ấp học nghị quyết trực tuyến (05/05/2021)
- Hội nghị quán triệt Nghị quyết Đại hội XIII cho cán bộ chủ chốt của tỉnh (16/04/2021)
- Kết nạp đảng viên là sư sãi hoàn tục ở Mỹ Xuyên (02/04/2021)
- Ngã Năm: bồi dưỡng lý luận cho bí thư chi bộ ấp (22/03/2021)
- Thi tìm hiểu 91 năm lịch sử Đảng Cộng sản Việt Nam (08/03/2021)
- Long Phú tổng kết công tác tuyên giáo năm 2020 (29/12/2020)
Điện thoại: 0299.38xxxxx. Ghi rõ nguồn "Ban Tuyên giáo Tỉnh ủy Sóc Trăng" khi phát hành lại thông tin.
Ban Tuyên giáo Tỉnh ủy Sóc Trăng. Địa chỉ: số 4 Trần Hưng Đạo, thành phố Sóc Trăng.
""", "2021-07-09", "Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng bằng song ngữ Việt - Khmer",
E("hoi_nghi", "2021", "2021-07-07"),
[P("Thạch Phuông", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"),
 P("Sơn Minh Thắng", "TS.", "Phó Giám đốc Học viện Chính trị khu vực IV"),
 P("Kim Thị Sa Quênh", "ThS.", "Trưởng Khoa Lý luận cơ sở Trường Chính trị tỉnh"),
 P("Lý Sà Phoan", "Đại đức", "trụ trì chùa Prếk Chrôm"),
 P("Thạch Thị Sa Quanh", "Bí thư Chi bộ ấp Tà Lọt")],
[Q("hơn 2.600 người", 2600, "người", "over"), Q("109 điểm cầu xã, phường, thị trấn", 109, "điểm cầu xã, phường, thị trấn"),
 Q("5.000 cuốn tài liệu song ngữ Việt - Khmer", 5000, "cuốn tài liệu song ngữ Việt - Khmer"), Q("1.070 chi bộ", 1070, "chi bộ"),
 Q("23 đảng viên", 23, "đảng viên"), Q("19 đảng viên", 19, "đảng viên"), Q("98,5%", 98.5, "%"),
 Q("khoảng 11.200 đảng viên", 11200, "đảng viên", "approx"), Q("hơn 20%", 20, "%", "over"),
 Q("hơn 160 triệu đồng", 160000000, "đồng", "over")],
[D("Kế hoạch", "02", "KH/TU", "2021-03-20", "Tỉnh ủy", "Kế hoạch số 02-KH/TU ngày 20/3/2021"),
 D("Hướng dẫn", "15", "HD/BTGTU", None, "Ban Tuyên giáo Tỉnh ủy", "Hướng dẫn số 15-HD/BTGTU")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["BAN TUYÊN GIÁO TỈNH ỦY SÓC TRĂNG", "Trang chủ ›› Giáo dục lý luận chính trị ›› Học tập nghị quyết",
 "Những điểm mới, nội dung cốt lõi của Văn kiện Đại hội XIII", "Số lượt xem: 604"],
["09.07.2021 | 08:30", "Đại hội XIII", "năm 2021", "tháng 6/2021", "Số lượt xem: 604"]))
