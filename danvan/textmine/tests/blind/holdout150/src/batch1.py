from lib import *
PAGES = []

PAGES.append(page("b3557-thanhhoa-lhpn-xa-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG LỘC - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA
Trang chủ > Đoàn thể > Hội Liên hiệp Phụ nữ
Thứ Ba, 20/12/2011 - 16:30
Hội LHPN xã Hoằng Lộc tổng kết công tác Hội năm 2011
Chiều 18/12, Hội Liên hiệp Phụ nữ xã Hoằng Lộc tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2011, triển khai nhiệm vụ năm 2012. Dự hội nghị có bà Lê Thị Hà, Phó Chủ tịch Hội LHPN huyện Hoằng Hóa; ông Nguyễn Văn Thắng, Phó Bí thư Thường trực Đảng ủy xã cùng 56 đồng chí là ủy viên Ban Chấp hành, chi hội trưởng các thôn.
Quang cảnh hội nghị tổng kết.
Báo cáo do bà Lê Thị Nhung, Chủ tịch Hội LHPN xã trình bày cho biết: năm 2011, toàn xã có 1.742 hội viên, kết nạp mới 86 hội viên; 14/14 chi hội tổ chức sinh hoạt đều đặn hằng tháng. Hội tiếp tục thực hiện Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Kế hoạch số 08-KH/ĐU của Đảng ủy xã về nâng cao chất lượng hoạt động chi hội.
Cuộc vận động "Xây dựng gia đình 5 không 3 sạch" được chị em hưởng ứng tích cực, có 1.215 hộ đăng ký, cuối năm bình xét đạt 973 hộ. Hội duy trì 9 tổ tiết kiệm với 168 thành viên, số tiền tiết kiệm được hơn 310 triệu đồng, giúp 42 hội viên vay quay vòng không lấy lãi để mua con giống, làm nghề phụ. Ủy thác với Ngân hàng Chính sách xã hội, Hội quản lý 6 tổ vay vốn, tổng dư nợ trên 4,6 tỷ đồng, không có nợ quá hạn.
Công tác phòng, chống bạo lực gia đình được quan tâm. Hội phối hợp với Công an xã tổ chức 4 buổi truyền thông cho khoảng 600 lượt người nghe; hòa giải thành 7 vụ mâu thuẫn gia đình. Câu lạc bộ "Gia đình hạnh phúc" thôn Đông Hải duy trì sinh hoạt với 35 cặp vợ chồng tham gia.
Hưởng ứng phong trào thi đua "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", chị em trong xã đã đóng góp ngày công làm đường làng, trồng cây xanh dọc các trục đường liên thôn. Nhiều hội viên được tỉnh Thanh Hóa tuyên dương là phụ nữ làm kinh tế giỏi, trong đó có các hộ nuôi tôm, làm nghề mộc mỹ nghệ cho thu nhập ổn định.
Tuy vậy, hội nghị chỉ rõ một số chi hội sinh hoạt còn đơn điệu, tỷ lệ thu hội phí chỉ đạt 82%; nhiều hội viên trẻ đi làm ăn xa nên khó tập hợp.
Phát biểu chỉ đạo, bà Lê Thị Hà ghi nhận kết quả Hội LHPN xã đạt được, đề nghị năm 2012 tập trung nâng cao chất lượng sinh hoạt chi hội, tiếp tục nhân rộng các tổ tiết kiệm và mô hình "Địa chỉ tin cậy" ở cộng đồng.
Dịp này, Hội LHPN xã tặng giấy khen cho 5 chi hội và 17 hội viên có thành tích xuất sắc.
Thu Hằng
Lượt truy cập: 10.482
Tin khác
- Hoằng Lộc ra mắt câu lạc bộ phụ nữ với pháp luật (28/11/2011)
- Hội nghị cán bộ chủ chốt Hội LHPN xã (20/10/2011)
- Phụ nữ thôn Đông Hải tham gia làm đường giao thông nông thôn (05/10/2011)
- Kết quả kiểm tra hoạt động tổ tiết kiệm năm 2011 (12/09/2011)
""", "2011-12-20", "Hội LHPN xã Hoằng Lộc tổng kết công tác Hội năm 2011",
E("tong_ket", "2011", "2011-12-18"),
[P("Lê Thị Hà", "Phó Chủ tịch Hội LHPN huyện Hoằng Hóa"),
 P("Nguyễn Văn Thắng", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Lê Thị Nhung", "Chủ tịch Hội LHPN xã")],
[Q("56 đồng chí", 56, "đồng chí"), Q("1.742 hội viên", 1742, "hội viên"), Q("86 hội viên", 86, "hội viên"),
 Q("14/14 chi hội", 14, "chi hội"), Q("1.215 hộ", 1215, "hộ"), Q("973 hộ", 973, "hộ"),
 Q("9 tổ tiết kiệm", 9, "tổ tiết kiệm"), Q("168 thành viên", 168, "thành viên"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("42 hội viên", 42, "hội viên"),
 Q("6 tổ vay vốn", 6, "tổ vay vốn"), Q("trên 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("4 buổi truyền thông", 4, "buổi truyền thông"), Q("khoảng 600 lượt người", 600, "lượt người", "approx"),
 Q("7 vụ mâu thuẫn gia đình", 7, "vụ mâu thuẫn gia đình"), Q("35 cặp vợ chồng", 35, "cặp vợ chồng"),
 Q("82%", 82, "%"), Q("5 chi hội", 5, "chi hội"), Q("17 hội viên", 17, "hội viên")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU")],
[prov("Thanh Hóa"), com("Hoằng Lộc")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ HOẰNG LỘC - HUYỆN HOẰNG HÓA - TỈNH THANH HÓA", "Trang chủ > Đoàn thể > Hội Liên hiệp Phụ nữ",
 "Quang cảnh hội nghị tổng kết.", "Xây dựng gia đình 5 không 3 sạch", "Gia đình hạnh phúc", "Địa chỉ tin cậy",
 "Lượt truy cập: 10.482"],
["Thứ Ba, 20/12/2011 - 16:30", "56 đồng chí", "5 không 3 sạch", "năm 2011", "năm 2012", "Lượt truy cập: 10.482"]))

PAGES.append(page("b3558-nghean-lhpn-taphuan-bldg-2012", """
Báo Nghệ An điện tử
Xã hội » Gia đình
18/05/2012 - 09:12
Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.
Trang bị kỹ năng phòng, chống bạo lực gia đình cho cán bộ Hội cơ sở
(Baonghean) - Trong 2 ngày 16 và 17/5/2012, Hội LHPN tỉnh Nghệ An phối hợp với Sở Văn hóa, Thể thao và Du lịch mở lớp tập huấn kỹ năng phòng, chống bạo lực gia đình năm 2012 cho 120 học viên là chủ tịch, phó chủ tịch Hội LHPN các xã, thị trấn thuộc các huyện Nghi Lộc, Diễn Châu, Quỳnh Lưu.
Phát biểu khai mạc, bà Nguyễn Thị Hồng Hoa, Phó Chủ tịch Hội LHPN tỉnh cho biết, năm 2011 toàn tỉnh xảy ra 312 vụ bạo lực gia đình, trong đó hơn 80% nạn nhân là phụ nữ và trẻ em. Nhiều vụ việc không được phát hiện kịp thời do tâm lý "đóng cửa bảo nhau" còn nặng nề.
Các học viên được nghe báo cáo viên Trần Thị Lan, Trưởng phòng Gia đình Sở Văn hóa, Thể thao và Du lịch, giới thiệu Luật Phòng, chống bạo lực gia đình năm 2007, Nghị định số 08/2009/NĐ-CP ngày 04/02/2009 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật, cùng Kế hoạch số 34/KH-UBND của UBND tỉnh về triển khai Chiến lược phát triển gia đình Việt Nam. Học viên cũng thực hành kỹ năng tư vấn, hòa giải và cách lập "Địa chỉ tin cậy" tại cộng đồng để tạm lánh cho nạn nhân.
Tại lớp học, chị Võ Thị Mai, Chủ tịch Hội LHPN xã Nghi Phong (Nghi Lộc), chia sẻ: Xã có 3 câu lạc bộ "Phòng, chống bạo lực gia đình" với 94 thành viên; năm qua đã hòa giải thành 11 vụ, không để xảy ra vụ bạo lực nghiêm trọng. Chị Hồ Thị Thanh, Phó Chủ tịch Hội LHPN xã Quỳnh Thuận, kiến nghị có kinh phí hỗ trợ cho các "Địa chỉ tin cậy", vì hiện mỗi địa chỉ chỉ được hỗ trợ 200.000 đồng/năm.
Trong buổi thảo luận nhóm, nhiều học viên cho rằng khó khăn lớn nhất ở cơ sở là nạn nhân thường giấu chuyện, sợ mất danh dự gia đình, dòng họ; một số cán bộ thôn còn coi bạo lực gia đình là "chuyện riêng" nên chưa can thiệp kịp thời. Các học viên cũng được hướng dẫn cách ghi chép sổ theo dõi, phối hợp với công an, y tế xã khi có vụ việc và cách vận động nam giới cùng tham gia các buổi sinh hoạt câu lạc bộ.
Được biết, đây là lớp thứ 2 trong số 4 lớp Hội LHPN tỉnh tổ chức năm nay, dự kiến tập huấn cho khoảng 480 cán bộ Hội cơ sở. Kinh phí mỗi lớp khoảng 35 triệu đồng từ dự án do tổ chức quốc tế tài trợ.
Bế mạc lớp học, bà Nguyễn Thị Hồng Hoa đề nghị học viên về triển khai ngay tại chi hội, phấn đấu mỗi xã có ít nhất 1 câu lạc bộ hoạt động hiệu quả.
Hải Vân
Bình luận (0)
Tin cùng chuyên mục
- Diễn Châu: ra mắt mô hình "Gia đình không có bạo lực" (10/05/2012)
- Phụ nữ Quỳnh Lưu làm kinh tế giỏi (02/05/2012)
- Tuyên dương 50 gia đình văn hóa tiêu biểu (25/04/2012)
""", "2012-05-18", "Trang bị kỹ năng phòng, chống bạo lực gia đình cho cán bộ Hội cơ sở",
E("tap_huan", "2012", "2012-05-16"),
[P("Nguyễn Thị Hồng Hoa", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trần Thị Lan", "báo cáo viên", "Trưởng phòng Gia đình Sở Văn hóa, Thể thao và Du lịch"),
 P("Võ Thị Mai", "Chủ tịch Hội LHPN xã Nghi Phong"),
 P("Hồ Thị Thanh", "Phó Chủ tịch Hội LHPN xã Quỳnh Thuận")],
[Q("120 học viên", 120, "học viên"), Q("312 vụ bạo lực gia đình", 312, "vụ bạo lực gia đình"),
 Q("hơn 80%", 80, "%", "over"), Q("3 câu lạc bộ", 3, "câu lạc bộ"), Q("94 thành viên", 94, "thành viên"),
 Q("11 vụ", 11, "vụ"), Q("200.000 đồng", 200000, "đồng"), Q("4 lớp", 4, "lớp"),
 Q("khoảng 480 cán bộ Hội cơ sở", 480, "cán bộ Hội cơ sở", "approx"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("ít nhất 1 câu lạc bộ", 1, "câu lạc bộ", "over")],
[D("Nghị định", "08", "2009/NĐ-CP", "2009-02-04", "Chính phủ", "Nghị định số 08/2009/NĐ-CP ngày 04/02/2009"),
 D("Kế hoạch", "34", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 34/KH-UBND")],
[prov("Nghệ An"), com("Nghi Phong"), com("Quỳnh Thuận")],
["Báo Nghệ An điện tử", "Xã hội » Gia đình", "Ảnh: Học viên thảo luận nhóm tại lớp tập huấn.", "(Baonghean)",
 "Luật Phòng, chống bạo lực gia đình năm 2007", "Chiến lược phát triển gia đình Việt Nam", "Địa chỉ tin cậy",
 "Phòng, chống bạo lực gia đình", "Bình luận (0)"],
["18/05/2012 - 09:12", "2 ngày", "năm 2011", "lớp thứ 2", "Bình luận (0)"]))

PAGES.append(page("b3559-hagiang-lhpn-soket-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG
Bạn đang ở: Trang chủ / Hoạt động Hội cơ sở
Cập nhật lúc 15:45 ngày 12/07/2013
Đồng chí Vàng Thị Say phát biểu tại hội nghị.
Đồng Văn: Hội phụ nữ các xã vùng cao nâng chất lượng sinh hoạt chi hội
Ngày 10/7, Hội LHPN huyện Đồng Văn tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Bà Vàng Thị Say, HUV, Chủ tịch Hội LHPN huyện chủ trì hội nghị; dự có chủ tịch Hội phụ nữ 19 xã, thị trấn.
Theo báo cáo, 6 tháng qua các cơ sở Hội đã kết nạp 214 hội viên mới, nâng tổng số hội viên toàn huyện lên 13.560 chị, đạt 76% số phụ nữ trong độ tuổi. Hội tổ chức 38 buổi tuyên truyền về phòng, chống tảo hôn, hôn nhân cận huyết thống cho hơn 2.900 lượt hội viên nghe. Tuy nhiên, trên địa bàn vẫn phát hiện 17 trường hợp tảo hôn, tập trung ở các xã Lũng Cú, Sủng Là.
Thực hiện Chỉ thị số 05-CT/HU ngày 14/3/2012 của Ban Thường vụ Huyện ủy về tăng cường công tác vận động phụ nữ vùng cao, Hội đã phối hợp với Đồn Biên phòng Lũng Cú duy trì mô hình "Mẹ đỡ đầu"; 12 em học sinh nghèo được nhận đỡ đầu với mức 300.000 đồng/em/tháng. Các chi hội vận động chị em góp gạo tiết kiệm được khoảng 2,5 tấn giúp 60 hộ thiếu đói giáp hạt.
Bà Sùng Thị Mỷ, Chủ tịch Hội LHPN xã Lũng Cú, chia sẻ: Xã thành lập 4 tổ phụ nữ tiết kiệm ở các thôn người Mông, mỗi chị góp 10.000 đồng mỗi tháng; sau 6 tháng đã có gần 18 triệu đồng cho chị em vay mua lợn giống. Bà Giàng Thị Dợ, Phó Chủ tịch Hội LHPN xã Sủng Là, đề nghị Hội cấp trên mở lớp dạy chữ cho hội viên vì nhiều chị chưa biết đọc, biết viết.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số chi hội ở thôn xa sinh hoạt chưa đều, cán bộ chi hội phần lớn không biết tiếng phổ thông, việc thu hội phí còn khó khăn. Phong trào phụ nữ ở các xã biên giới của tỉnh Hà Giang vẫn phụ thuộc nhiều vào sự hỗ trợ của cấp trên, chưa phát huy được nội lực. Nhiều ý kiến đề nghị Hội cấp tỉnh tăng cường tài liệu tuyên truyền bằng tiếng Mông, phát qua loa truyền thanh vào các phiên chợ.
Kết luận hội nghị, bà Vàng Thị Say yêu cầu 6 tháng cuối năm các cơ sở Hội tiếp tục thực hiện Kế hoạch số 17-KH/HPN của Ban Thường vụ Hội LHPN huyện về xóa mù chữ cho phụ nữ; mỗi xã phấn đấu giảm ít nhất 30% số vụ tảo hôn so với năm 2012.
Mai Hương
Lượt xem: 1.204
Tin liên quan
- Yên Minh: tập huấn nghiệp vụ cho cán bộ Hội cơ sở (01/07/2013)
- Phụ nữ Mèo Vạc với cuộc vận động "5 không 3 sạch" (20/06/2013)
- Trao vốn vay cho hội viên nghèo xã Sủng Là (05/06/2013)
- Đồng Văn ra mắt câu lạc bộ phòng, chống tảo hôn (22/05/2013)
""", "2013-07-12", "Đồng Văn: Hội phụ nữ các xã vùng cao nâng chất lượng sinh hoạt chi hội",
E("so_ket", "2013-H1", "2013-07-10"),
[P("Vàng Thị Say", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Sùng Thị Mỷ", "Chủ tịch Hội LHPN xã Lũng Cú"),
 P("Giàng Thị Dợ", "Phó Chủ tịch Hội LHPN xã Sủng Là")],
[Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("214 hội viên mới", 214, "hội viên mới"),
 Q("13.560 chị", 13560, "chị"), Q("76%", 76, "%"), Q("38 buổi tuyên truyền", 38, "buổi tuyên truyền"),
 Q("hơn 2.900 lượt hội viên", 2900, "lượt hội viên", "over"), Q("17 trường hợp", 17, "trường hợp"),
 Q("12 em học sinh nghèo", 12, "em học sinh nghèo"), Q("300.000 đồng", 300000, "đồng"),
 Q("khoảng 2,5 tấn", 2.5, "tấn", "approx"), Q("60 hộ thiếu đói", 60, "hộ thiếu đói"),
 Q("4 tổ phụ nữ tiết kiệm", 4, "tổ phụ nữ tiết kiệm"), Q("10.000 đồng", 10000, "đồng"),
 Q("gần 18 triệu đồng", 18000000, "đồng", "approx"), Q("ít nhất 30%", 30, "%", "over")],
[D("Chỉ thị", "05", "CT/HU", "2012-03-14", "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU ngày 14/3/2012"),
 D("Kế hoạch", "17", "KH/HPN", None, "Ban Thường vụ Hội LHPN huyện", "Kế hoạch số 17-KH/HPN")],
[prov("Hà Giang"), com("Lũng Cú"), com("Sủng Là")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH HÀ GIANG", "Bạn đang ở: Trang chủ / Hoạt động Hội cơ sở",
 "Đồng chí Vàng Thị Say phát biểu tại hội nghị.", "Mẹ đỡ đầu", "Đồn Biên phòng Lũng Cú", "Lượt xem: 1.204"],
["Cập nhật lúc 15:45 ngày 12/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "sau 6 tháng", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b3560-laichau-lhpn-traoqua-2014", """
Báo Lai Châu điện tử
Tin tức | Xã hội | Phụ nữ
Thứ Tư, 22/01/2014, 10:20
Tân Uyên: Trao 150 suất quà Tết cho phụ nữ nghèo
(BLC) - Ngày 21/1, Hội LHPN tỉnh phối hợp với Hội LHPN huyện Tân Uyên tổ chức trao quà Tết Giáp Ngọ năm 2014 cho phụ nữ nghèo, phụ nữ đơn thân có hoàn cảnh khó khăn tại các xã Pắc Ta, Trung Đồng và Mường Khoa.
Đồng chí Lò Thị Phượng trao quà cho hội viên xã Pắc Ta.
Tham dự có bà Lò Thị Phượng, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; bà Tẩn Thị Mẩy, Phó Chủ tịch Hội LHPN tỉnh; ông Lường Văn Thân, Phó Chủ tịch UBND huyện Tân Uyên.
Tại buổi trao quà, Hội LHPN tỉnh đã trao 150 suất quà Tết, mỗi suất gồm 10 kg gạo, 1 bộ chăn màn và 300.000 đồng tiền mặt, tổng trị giá gần 105 triệu đồng. Kinh phí do Hội vận động từ các doanh nghiệp, nhà hảo tâm trong và ngoài tỉnh. Đặc biệt, dịp này Hội còn trao 2 "Mái ấm tình thương" cho chị Lò Thị Ơn ở bản Nà Ban, xã Pắc Ta và chị Tao Thị Chăm ở xã Mường Khoa, mỗi căn trị giá 40 triệu đồng.
Phát biểu tại buổi lễ, bà Lò Thị Phượng thăm hỏi, chúc Tết và động viên chị em vượt khó, chăm lo cho con cái đến trường, không để con em bỏ học, lấy chồng sớm. Bà cũng đề nghị Hội LHPN các xã tiếp tục duy trì các tổ "Tiết kiệm và vay vốn" để giúp hội viên có vốn chăn nuôi, trồng chè.
Theo bà Tẩn Thị Mẩy, năm 2013 toàn tỉnh Lai Châu đã giúp 1.126 phụ nữ nghèo có địa chỉ vay vốn và 430 hội viên thoát nghèo. Riêng huyện Tân Uyên có 38 tổ phụ nữ tiết kiệm với khoảng 760 thành viên, số tiền tiết kiệm đạt trên 900 triệu đồng. Tuy nhiên, ở các bản vùng sâu vẫn còn nhiều phụ nữ dân tộc Mông, Dao, Lự chưa biết chữ, khó tiếp cận nguồn vốn và thông tin.
Bà Lò Thị Ơn xúc động chia sẻ: "Gia đình tôi ở nhà tạm đã lâu, mùa mưa gió lúc nào cũng lo. Được Hội giúp làm nhà, Tết này mấy mẹ con có chỗ ở yên ổn, tôi sẽ cố gắng làm ăn để không phụ tấm lòng của các chị".
Những năm qua, phong trào phụ nữ ở Tân Uyên có nhiều chuyển biến. Các chi hội ở bản đã duy trì sinh hoạt định kỳ, lồng ghép tuyên truyền về phòng, chống buôn bán người, tảo hôn và hôn nhân cận huyết thống. Nhiều chị em đã mạnh dạn vay vốn trồng chè, nuôi cá lồng, mở quán tạp hóa, trở thành gương phụ nữ làm kinh tế giỏi của huyện. Hội cũng vận động chị em đưa con đến trường, giữ gìn trang phục và làn điệu dân ca của dân tộc mình.
Cũng trong dịp này, Hội LHPN huyện Tân Uyên đã tổ chức thăm, tặng 20 suất quà cho các gia đình chính sách, mỗi suất trị giá 500.000 đồng.
Ngọc Anh
Số lượt đọc: 2.315
Tin liên quan
- Phụ nữ Phong Thổ làm giàu từ cây thảo quả (15/01/2014)
- Tổng kết công tác Hội và phong trào phụ nữ năm 2013 (08/01/2014)
- Tam Đường: hội viên phụ nữ góp quỹ giúp nhau (30/12/2013)
- Trao vốn cho phụ nữ nghèo xã Trung Đồng (20/12/2013)
""", "2014-01-22", "Tân Uyên: Trao 150 suất quà Tết cho phụ nữ nghèo",
E("trao_qua", None, "2014-01-21"),
[P("Lò Thị Phượng", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Tẩn Thị Mẩy", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lường Văn Thân", "Phó Chủ tịch UBND huyện Tân Uyên"),
 P("Lò Thị Ơn"),
 P("Tao Thị Chăm")],
[Q("150 suất quà Tết", 150, "suất quà"), Q("10 kg", 10, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("gần 105 triệu đồng", 105000000, "đồng", "approx"), Q('2 "Mái ấm tình thương"', 2, "Mái ấm tình thương"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("1.126 phụ nữ nghèo", 1126, "phụ nữ nghèo"),
 Q("430 hội viên", 430, "hội viên"), Q("38 tổ phụ nữ tiết kiệm", 38, "tổ phụ nữ tiết kiệm"),
 Q("khoảng 760 thành viên", 760, "thành viên", "approx"), Q("trên 900 triệu đồng", 900000000, "đồng", "over"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[],
[prov("Lai Châu"), com("Pắc Ta"), com("Trung Đồng"), com("Mường Khoa")],
["Báo Lai Châu điện tử", "Tin tức | Xã hội | Phụ nữ", "(BLC)", "Đồng chí Lò Thị Phượng trao quà cho hội viên xã Pắc Ta.",
 "Mái ấm tình thương", "Tiết kiệm và vay vốn", "Số lượt đọc: 2.315"],
["Thứ Tư, 22/01/2014, 10:20", "năm 2014", "1 bộ chăn màn", "năm 2013", "Số lượt đọc: 2.315"]))

PAGES.append(page("b3561-quangnam-lhpn-daihoi-xa-2015", """
HỘI LHPN TỈNH QUẢNG NAM
Trang chủ >> Tin tức - Sự kiện >> Đại hội phụ nữ các cấp
27-03-2015 08:50
Ảnh: Ban Chấp hành Hội LHPN xã khóa mới ra mắt đại hội.
Đại hội đại biểu Phụ nữ xã A Tiêng lần thứ VI thành công tốt đẹp
Trong 2 ngày 25 và 26/3/2015, Hội LHPN xã A Tiêng (huyện Tây Giang) long trọng tổ chức Đại hội đại biểu Phụ nữ xã lần thứ VI, nhiệm kỳ 2016 - 2021. Đây là đại hội điểm cấp cơ sở của huyện. Về dự có bà Bríu Thị Pố, HUV, Chủ tịch Hội LHPN huyện Tây Giang; ông Alăng Văn Hầu, Bí thư Đảng ủy xã cùng 115 đại biểu đại diện cho hơn 870 hội viên phụ nữ trong toàn xã.
Báo cáo chính trị nêu rõ, nhiệm kỳ qua Hội LHPN xã đã vận động chị em người Cơ Tu tích cực phát triển kinh tế, trồng 46 ha rừng keo, duy trì nghề dệt thổ cẩm truyền thống với 3 tổ dệt. Hội đã phối hợp Ngân hàng Chính sách xã hội giải ngân cho 127 lượt hộ vay với tổng số tiền hơn 2,3 tỷ đồng; tỷ lệ hộ nghèo do phụ nữ làm chủ giảm từ 58% xuống còn 31%. Cuộc vận động "Xây dựng gia đình 5 không 3 sạch" được triển khai tại 7/7 thôn.
Bên cạnh đó, Hội đã thực hiện Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về xóa bỏ hủ tục trong cưới hỏi, tang ma; phối hợp tổ chức 16 buổi tuyên truyền về phòng, chống tảo hôn và bạo lực gia đình. Tuy vậy, tình trạng tảo hôn vẫn còn, trong nhiệm kỳ có 9 cặp tảo hôn.
Phát biểu chỉ đạo, bà Bríu Thị Pố yêu cầu Ban Chấp hành khóa mới tiếp tục thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính trị về công tác phụ nữ và Chỉ thị số 03-CT/HU ngày 10/01/2015 của Ban Thường vụ Huyện ủy Tây Giang về lãnh đạo đại hội phụ nữ các cấp; đổi mới nội dung sinh hoạt chi hội theo hướng gần gũi, thiết thực, dùng tiếng Cơ Tu trong tuyên truyền.
Đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa VI. Bà Zơ Râm Thị Ha được bầu giữ chức Chủ tịch Hội LHPN xã A Tiêng nhiệm kỳ 2016 - 2021; bà A Lăng Thị Bíp, Chi hội trưởng phụ nữ thôn Agrồng, được bầu làm Phó Chủ tịch. Đại hội cũng bầu 4 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ huyện.
Trong không khí phấn khởi, nhiều đại biểu đã tham luận về kinh nghiệm vận động chị em bỏ tập tục lạc hậu, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc. Đại hội là dịp để phụ nữ xã vùng cao biên giới của tỉnh Quảng Nam thể hiện tinh thần đoàn kết, quyết tâm vươn lên, góp phần xây dựng nông thôn mới.
Nhiệm kỳ 2016 - 2021, đại hội đề ra mục tiêu: mỗi năm kết nạp ít nhất 30 hội viên mới; 100% chi hội có tổ tiết kiệm; giúp 50 hộ phụ nữ nghèo thoát nghèo.
Bạch Dương
Lượt xem: 654
Tin cùng chuyên mục
- Đại hội điểm phụ nữ cơ sở huyện Nam Giang (20/03/2015)
- Tây Giang hoàn thành đại hội chi hội phụ nữ (10/03/2015)
- Hướng dẫn tổ chức đại hội phụ nữ cấp cơ sở (02/02/2015)
""", "2015-03-27", "Đại hội đại biểu Phụ nữ xã A Tiêng lần thứ VI thành công tốt đẹp",
E("dai_hoi", None, "2015-03-25"),
[P("Bríu Thị Pố", "HUV", "Chủ tịch Hội LHPN huyện Tây Giang"),
 P("Alăng Văn Hầu", "Bí thư Đảng ủy xã"),
 P("Zơ Râm Thị Ha", "Chủ tịch Hội LHPN xã A Tiêng nhiệm kỳ 2016 - 2021"),
 P("A Lăng Thị Bíp", "Chi hội trưởng phụ nữ thôn Agrồng", "Phó Chủ tịch")],
[Q("115 đại biểu", 115, "đại biểu"), Q("hơn 870 hội viên phụ nữ", 870, "hội viên phụ nữ", "over"),
 Q("46 ha", 46, "ha"), Q("3 tổ dệt", 3, "tổ dệt"), Q("127 lượt hộ", 127, "lượt hộ"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("58%", 58, "%"), Q("31%", 31, "%"),
 Q("7/7 thôn", 7, "thôn"), Q("16 buổi tuyên truyền", 16, "buổi tuyên truyền"), Q("9 cặp tảo hôn", 9, "cặp tảo hôn"),
 Q("15 đồng chí", 15, "đồng chí"), Q("4 đại biểu chính thức", 4, "đại biểu chính thức"),
 Q("ít nhất 30 hội viên mới", 30, "hội viên mới", "over"), Q("100%", 100, "%"), Q("50 hộ phụ nữ nghèo", 50, "hộ phụ nữ nghèo")],
[D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 11-NQ/TW"),
 D("Chỉ thị", "03", "CT/HU", "2015-01-10", "Ban Thường vụ Huyện ủy Tây Giang", "Chỉ thị số 03-CT/HU ngày 10/01/2015")],
[prov("Quảng Nam"), com("A Tiêng")],
["HỘI LHPN TỈNH QUẢNG NAM", "Trang chủ >> Tin tức - Sự kiện >> Đại hội phụ nữ các cấp",
 "Ảnh: Ban Chấp hành Hội LHPN xã khóa mới ra mắt đại hội.", "Xây dựng gia đình 5 không 3 sạch", "Lượt xem: 654"],
["27-03-2015 08:50", "2 ngày", "lần thứ VI", "nhiệm kỳ 2016 - 2021", "5 không 3 sạch", "khóa VI", "Lượt xem: 654"]))

PAGES.append(page("b3562-soctrang-totietkiem-khmer-2016", """
Cổng thông tin điện tử tỉnh Sóc Trăng
Trang chủ › Tin địa phương › Huyện Trần Đề
09/08/2016 | 14:35
Tổ tiết kiệm giúp chị em Khmer ở Lịch Hội Thượng vươn lên
Chị Lâm Thị Sà Phone (bìa trái) trao đổi kinh nghiệm với các thành viên tổ.
Ba năm trước, chị Lâm Thị Sà Phone ở ấp Tắc Bướm, xã Lịch Hội Thượng, huyện Trần Đề vẫn phải đi vay nóng với lãi suất cao để mua phân bón. Nay gia đình chị đã có 6 con bò sinh sản và một mảnh vườn trồng rau màu, thu nhập mỗi năm khoảng 60 triệu đồng. Chị bảo, có được cơ ngơi ấy là nhờ tổ phụ nữ tiết kiệm của ấp.
Tổ được Hội LHPN xã thành lập từ năm 2013 với 18 thành viên, đều là phụ nữ Khmer. Mỗi tháng, mỗi chị góp 50.000 đồng, khi cần thì cả tổ họp bàn, cho người khó khăn nhất vay trước, không tính lãi. Đến nay tổ đã có 32 thành viên, tổng số tiền tích lũy hơn 86 triệu đồng, đã cho 41 lượt chị em vay.
Chị Thạch Thị Mỹ Linh, Chủ tịch Hội LHPN xã Lịch Hội Thượng, cho biết: toàn xã hiện có 11 tổ tiết kiệm với khoảng 260 thành viên. Để tổ hoạt động bền vững, Hội hướng dẫn các tổ lập sổ sách công khai, bầu tổ trưởng có uy tín, sinh hoạt lồng ghép tuyên truyền về bình đẳng giới, phòng, chống bạo lực gia đình và nuôi dạy con tốt. "Chị em sinh hoạt tổ không chỉ để góp tiền, mà còn để chia sẻ chuyện gia đình, học cách làm ăn", chị Mỹ Linh nói.
Theo bà Sơn Thị Mai Ly, Phó Chủ tịch Hội LHPN huyện Trần Đề, mô hình tổ tiết kiệm đã được Hội nhân rộng ra 9/11 xã, thị trấn trong huyện, thu hút hơn 1.300 hội viên tham gia. Cùng với nguồn vốn ủy thác từ Ngân hàng Chính sách xã hội, các tổ đã giúp nhiều chị em người Khmer có vốn làm ăn, giảm hẳn tình trạng vay nặng lãi.
Bà Sơn Thị Mai Ly cũng cho biết, năm 2016 Hội LHPN huyện thực hiện Kế hoạch số 12/KH-HPN về hỗ trợ phụ nữ phát triển kinh tế, phấn đấu mỗi xã có thêm ít nhất 2 tổ tiết kiệm mới. Hội cũng thực hiện Quyết định số 1895/QĐ-UBND ngày 15/7/2016 của UBND tỉnh về hỗ trợ phụ nữ nghèo dân tộc Khmer vay vốn, mỗi hộ được vay tối đa 30 triệu đồng.
Không chỉ giúp nhau về vốn, các thành viên tổ còn đổi công cho nhau lúc thu hoạch lúa, hành tím; nhà nào có chuyện vui buồn, cả tổ đều đến chia sẻ. Nhờ sinh hoạt đều đặn, nhiều chị em đã mạnh dạn nói lên tiếng nói của mình trong gia đình, cùng chồng bàn bạc việc làm ăn, chăm lo cho con cái học hành đến nơi đến chốn.
Thời gian tới, chị Sà Phone dự định vay thêm vốn để mở rộng chuồng trại. "Có tổ, có chị em giúp nhau, tôi không còn sợ thiếu vốn nữa", chị cười hiền.
Thạch Sô Phanh
Lượt xem: 398
Các tin đã đưa
- Trần Đề: ra mắt câu lạc bộ gia đình hạnh phúc (01/08/2016)
- Phụ nữ Khmer Vĩnh Châu giữ nghề dệt chiếu (20/07/2016)
- Hội LHPN tỉnh giám sát hoạt động vay vốn (10/07/2016)
""", "2016-08-09", "Tổ tiết kiệm giúp chị em Khmer ở Lịch Hội Thượng vươn lên",
E("khac", None, None),
[P("Lâm Thị Sà Phone"),
 P("Thạch Thị Mỹ Linh", "Chủ tịch Hội LHPN xã Lịch Hội Thượng"),
 P("Sơn Thị Mai Ly", "Phó Chủ tịch Hội LHPN huyện Trần Đề")],
[Q("6 con bò sinh sản", 6, "con bò sinh sản"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("18 thành viên", 18, "thành viên"), Q("50.000 đồng", 50000, "đồng"), Q("32 thành viên", 32, "thành viên"),
 Q("hơn 86 triệu đồng", 86000000, "đồng", "over"), Q("41 lượt chị em", 41, "lượt chị em"),
 Q("11 tổ tiết kiệm", 11, "tổ tiết kiệm"), Q("khoảng 260 thành viên", 260, "thành viên", "approx"),
 Q("9/11 xã, thị trấn", 9, "xã, thị trấn"), Q("hơn 1.300 hội viên", 1300, "hội viên", "over"),
 Q("ít nhất 2 tổ tiết kiệm mới", 2, "tổ tiết kiệm mới", "over"), Q("tối đa 30 triệu đồng", 30000000, "đồng")],
[D("Kế hoạch", "12", "KH-HPN", None, None, "Kế hoạch số 12/KH-HPN"),
 D("Quyết định", "1895", "QĐ-UBND", "2016-07-15", "UBND tỉnh", "Quyết định số 1895/QĐ-UBND ngày 15/7/2016")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng")],
["Cổng thông tin điện tử tỉnh Sóc Trăng", "Trang chủ › Tin địa phương › Huyện Trần Đề",
 "Chị Lâm Thị Sà Phone (bìa trái) trao đổi kinh nghiệm với các thành viên tổ.", "Lượt xem: 398"],
["09/08/2016 | 14:35", "Ba năm trước", "từ năm 2013", "năm 2016", "Lượt xem: 398"]))
