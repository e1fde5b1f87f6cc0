from lib import *
PAGES = []

PAGES.append(page("b8477-yenbai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY YÊN BÁI
Trang chủ › Hoạt động › Dân vận chính quyền
Thứ Hai, 26/12/2011 - 08:30
Ảnh: Quang cảnh hội nghị tổng kết.
Yên Bái: Tổng kết công tác dân vận phục vụ giải phóng mặt bằng đường cao tốc năm 2011
Ngày 23/12/2011, Ban Dân vận Tỉnh ủy Yên Bái phối hợp với Ban Chỉ đạo giải phóng mặt bằng tỉnh tổ chức hội nghị tổng kết công tác dân vận phục vụ giải phóng mặt bằng dự án đường cao tốc Nội Bài - Lào Cai năm 2011. Đồng chí Hoàng Thị Thoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Đỗ Đức Hạnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo giải phóng mặt bằng tỉnh đồng chủ trì. Dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lưu Thị Hằng, Vũ Quang Định.
Đoạn tuyến qua tỉnh dài hơn 112 km, đi qua 4 huyện, thành phố với 38 xã, phường, thị trấn. Tổng số hộ bị ảnh hưởng là 6.842 hộ, trong đó 1.216 hộ phải di chuyển chỗ ở. Đến hết tháng 12/2011, các địa phương đã chi trả bồi thường, hỗ trợ cho 6.790 hộ với tổng số tiền trên 1.120 tỷ đồng, đạt 99,2%; bàn giao 100% mặt bằng cho chủ đầu tư; xây dựng xong 27 khu tái định cư với 1.180 lô đất.
Để có kết quả trên, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 18, 19-CT/TU về tăng cường công tác dân vận trong giải phóng mặt bằng và về ổn định đời sống nhân dân vùng tái định cư; ban hành Kế hoạch số 32-KH/BDVTU ngày 10/3/2011 về phối hợp vận động nhân dân. Việc bồi thường được thực hiện theo Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ và Quyết định số 15/2010/QĐ-UBND của UBND tỉnh.
Tại hội nghị, bà Triệu Thị Mai, HUV, Trưởng Ban Dân vận Huyện ủy Văn Yên cho biết: "Nhiều hộ người Dao ở vùng cao lúc đầu chưa đồng thuận vì phải di dời mồ mả. Chúng tôi cùng già làng, trưởng bản kiên trì đến từng nhà, nói cho bà con hiểu, nên đến nay không còn hộ nào khiếu kiện". Ông Bàn Văn Chiêu, Bí thư Đảng ủy xã Đông An chia sẻ cách làm "đi từng ngõ, gõ từng nhà", mỗi đảng viên phụ trách 5 hộ. Trưởng thôn Khe Ván Hoàng Văn Pó đề nghị sớm hoàn thiện đường điện, nước sạch ở khu tái định cư xã Y Can.
Tuy vậy, hội nghị cũng chỉ ra một số tồn tại: việc kê khai, kiểm đếm ở xã Minh Quân còn sai sót phải điều chỉnh nhiều lần; một số khu tái định cư chậm bàn giao đất ở; đời sống một bộ phận hộ mất đất sản xuất còn khó khăn.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Đỗ Đức Hạnh đề nghị các huyện tập trung đào tạo nghề cho lao động mất đất, ưu tiên tuyển dụng lao động địa phương vào làm việc tại các trạm thu phí, khu dịch vụ dọc tuyến. Đồng chí Hoàng Thị Thoa yêu cầu khối dân vận tiếp tục thực hiện phong trào thi đua "Dân vận khéo", nắm chắc tâm tư người dân sau tái định cư.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể và 32 cá nhân có thành tích trong công tác vận động nhân dân giải phóng mặt bằng.
Thu Hà
Tin liên quan
- Văn Yên: bàn giao 100% mặt bằng đường cao tốc (15/11/2011)
- Trấn Yên tổ chức đối thoại với hộ dân vùng dự án (28/10/2011)
- Lục Yên: hơn 200 hộ được hỗ trợ chuyển đổi nghề (12/10/2011)
- Hội nghị giao ban khối dân vận quý III năm 2011 (05/10/2011)
""", "2011-12-26", "Yên Bái: Tổng kết công tác dân vận phục vụ giải phóng mặt bằng đường cao tốc năm 2011",
E("tong_ket", "2011", "2011-12-23"),
[P("Hoàng Thị Thoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Đức Hạnh", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo giải phóng mặt bằng tỉnh"),
 P("Lưu Thị Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vũ Quang Định", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Thị Mai", "HUV", "Trưởng Ban Dân vận Huyện ủy Văn Yên"),
 P("Bàn Văn Chiêu", "Bí thư Đảng ủy xã Đông An"),
 P("Hoàng Văn Pó", "Trưởng thôn Khe Ván")],
[Q("hơn 112 km", 112, "km", "over"), Q("4 huyện, thành phố", 4, "huyện, thành phố"),
 Q("38 xã, phường, thị trấn", 38, "xã, phường, thị trấn"), Q("6.842 hộ", 6842, "hộ"), Q("1.216 hộ", 1216, "hộ"),
 Q("6.790 hộ", 6790, "hộ"), Q("trên 1.120 tỷ đồng", 1120000000000, "đồng", "over"), Q("99,2%", 99.2, "%"),
 Q("100% mặt bằng", 100, "%"), Q("27 khu tái định cư", 27, "khu tái định cư"), Q("1.180 lô đất", 1180, "lô đất"),
 Q("5 hộ", 5, "hộ"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Kế hoạch", "32", "KH/BDVTU", "2011-03-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 32-KH/BDVTU ngày 10/3/2011"),
 D("Nghị định", "69", "2009/NĐ-CP", "2009-08-13", "Chính phủ", "Nghị định số 69/2009/NĐ-CP ngày 13/8/2009 của Chính phủ"),
 D("Quyết định", "15", "2010/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 15/2010/QĐ-UBND của UBND tỉnh")],
[prov("Yên Bái"), com("Đông An"), com("Y Can"), com("Minh Quân")],
["BAN DÂN VẬN TỈNH ỦY YÊN BÁI", "Trang chủ › Hoạt động › Dân vận chính quyền", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Nội Bài - Lào Cai", "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "Ban Chỉ đạo giải phóng mặt bằng tỉnh"],
["Thứ Hai, 26/12/2011 - 08:30", "năm 2011", "tháng 12/2011"]))

PAGES.append(page("b8478-haiphong-mttq-doithoai-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức > Giám sát - Phản biện
Cập nhật: 09:42, 17/05/2012 (GMT+7)
An Lão: Đối thoại với hộ dân chưa nhận tiền bồi thường dự án đường ô tô cao tốc Hà Nội - Hải Phòng
Ngày 15/5, Ủy ban MTTQ huyện An Lão phối hợp với UBND huyện tổ chức hội nghị đối thoại năm 2012 với 86 hộ dân các xã An Tiến, Bát Trang, Trường Thọ chưa đồng thuận với phương án bồi thường, hỗ trợ và tái định cư dự án đường ô tô cao tốc Hà Nội - Hải Phòng.
Toàn cảnh buổi đối thoại tại hội trường UBND huyện.
Chủ trì đối thoại có ông Phạm Văn Thuấn, Chủ tịch Ủy ban MTTQ huyện và Phó Chủ tịch UBND huyện Lê Đình Khôi. Cùng dự có bà Nguyễn Thị Hà, Giám đốc Trung tâm Phát triển quỹ đất huyện; đại diện Ban Quản lý dự án và lãnh đạo Đảng ủy, UBND, Ủy ban MTTQ 3 xã.
Đoạn tuyến qua huyện An Lão dài 14,6 km, thu hồi gần 98 ha đất của 1.034 hộ. Đến nay đã có 948 hộ nhận tiền bồi thường, hỗ trợ với tổng số tiền hơn 186 tỷ đồng. Các hộ còn lại chủ yếu kiến nghị về đơn giá đất nông nghiệp, hiện được áp dụng 60.000 đồng/m2 theo Quyết định số 2680/QĐ-UBND ngày 26/12/2011 của UBND thành phố.
Tại buổi đối thoại, 27 ý kiến của người dân đã được nêu. Ông Vũ Văn Toản (thôn Trà Phương, xã Bát Trang) đề nghị nâng mức hỗ trợ chuyển đổi nghề vì gia đình chỉ còn rất ít ruộng; bà Đào Thị Lụa (xã An Tiến) hỏi về thời gian giao đất tái định cư và việc hỗ trợ 30 kg gạo mỗi khẩu một tháng trong thời gian ổn định đời sống.
Trả lời các ý kiến, Phó Chủ tịch UBND huyện Lê Đình Khôi khẳng định mọi khoản bồi thường đều căn cứ Nghị định 69/2009/NĐ-CP và quy định của thành phố; những trường hợp kê khai sai sẽ được kiểm đếm lại công khai tại nhà văn hóa thôn. Hộ bàn giao mặt bằng trước ngày 30/6 được thưởng tiến độ 3 triệu đồng/hộ. UBND huyện cũng ban hành Thông báo số 112/TB-UBND ngày 10/5/2012 về lịch chi trả tiền, đồng thời mở 2 lớp đào tạo nghề cho lao động mất đất.
"Mặt trận sẽ giám sát đến cùng việc chi trả, không để người dân thiệt thòi, nhưng cũng mong bà con vì công trình chung của thành phố mà sớm bàn giao mặt bằng", ông Phạm Văn Thuấn nói.
Ngay sau buổi đối thoại, 19 hộ đã ký biên bản nhận tiền tại chỗ. Ủy ban MTTQ huyện giao Ban công tác Mặt trận các thôn tiếp tục đến từng nhà vận động; Chủ tịch Ủy ban MTTQ xã Trường Thọ Nguyễn Văn Hùng cam kết trong tháng 6 xã sẽ hoàn thành bàn giao phần mặt bằng còn lại.
Thanh Hương
Tin khác
- Kiến An: Mặt trận vận động 100% hộ dân hiến đất mở đường (10/05/2012)
- Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại Tiên Lãng (03/05/2012)
- Thủy Nguyên ra quân tuyên truyền giải phóng mặt bằng (25/04/2012)
- Hội nghị Ban Thường trực Ủy ban MTTQ thành phố quý I (12/04/2012)
""", "2012-05-17", "An Lão: Đối thoại với hộ dân chưa nhận tiền bồi thường dự án đường ô tô cao tốc Hà Nội - Hải Phòng",
E("doi_thoai", "2012", "2012-05-15"),
[P("Phạm Văn Thuấn", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Lê Đình Khôi", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Thị Hà", "Giám đốc Trung tâm Phát triển quỹ đất huyện"),
 P("Vũ Văn Toản"), P("Đào Thị Lụa"),
 P("Nguyễn Văn Hùng", "Chủ tịch Ủy ban MTTQ xã Trường Thọ")],
[Q("86 hộ dân", 86, "hộ dân"), Q("3 xã", 3, "xã"), Q("14,6 km", 14.6, "km"), Q("gần 98 ha", 98, "ha", "approx"),
 Q("1.034 hộ", 1034, "hộ"), Q("948 hộ", 948, "hộ"), Q("hơn 186 tỷ đồng", 186000000000, "đồng", "over"),
 Q("60.000 đồng/m2", 60000, "đồng"), Q("27 ý kiến", 27, "ý kiến"), Q("30 kg gạo", 30, "kg"),
 Q("3 triệu đồng/hộ", 3000000, "đồng"), Q("2 lớp đào tạo nghề", 2, "lớp đào tạo nghề"), Q("19 hộ", 19, "hộ")],
[D("Quyết định", "2680", "QĐ-UBND", "2011-12-26", "UBND thành phố", "Quyết định số 2680/QĐ-UBND ngày 26/12/2011 của UBND thành phố"),
 D("Nghị định", "69", "2009/NĐ-CP", None, None, "Nghị định 69/2009/NĐ-CP"),
 D("Thông báo", "112", "TB-UBND", "2012-05-10", "UBND huyện", "Thông báo số 112/TB-UBND ngày 10/5/2012")],
[prov("Hải Phòng"), com("An Tiến"), com("Bát Trang"), com("Trường Thọ")],
["CỔNG THÔNG TIN ĐIỆN TỬ ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức > Giám sát - Phản biện",
 "Toàn cảnh buổi đối thoại tại hội trường UBND huyện.", "Hà Nội - Hải Phòng", "Trung tâm Phát triển quỹ đất huyện"],
["Cập nhật: 09:42, 17/05/2012 (GMT+7)", "năm 2012", "ngày 30/6", "tháng 6"]))

PAGES.append(page("b8479-quangnam-bdv-giaoban-2013", """
Báo Quảng Nam Online
Bạn đang ở: Trang chủ > Chính trị > Dân vận
08:15 | 08/10/2013
Giao ban công tác dân vận quý III: tập trung vận động bàn giao mặt bằng cao tốc
QNO - Sáng 7/10, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận quý III năm 2013 với ban dân vận các huyện ủy, thành ủy có dự án đường cao tốc Đà Nẵng - Quảng Ngãi đi qua. Đồng chí Trần Thị Kim Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh buổi giao ban. Ảnh: V.Anh
Theo báo cáo của Ban Dân vận Tỉnh ủy, đoạn tuyến qua tỉnh dài 91,2 km, ảnh hưởng 7.436 hộ. Đến cuối quý III, đã có 7.105 hộ nhận tiền bồi thường, đạt 95,5%; còn 331 hộ chưa đồng thuận, trong đó 126 hộ ở huyện Điện Bàn. Các địa phương đã di dời 1.842 ngôi mộ, bố trí 2.014 lô đất tái định cư tại 31 khu tái định cư, tổng kinh phí chi trả trong quý khoảng 45 tỷ đồng.
Trong quý, khối dân vận các cấp tổ chức 64 cuộc đối thoại, 212 buổi tuyên truyền với hơn 8.500 lượt người tham dự. Thực hiện Chỉ thị 22-CT/TU ngày 5/6/2013 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 68-KH/BDVTU của Ban Dân vận Tỉnh ủy, mỗi xã có tuyến đi qua đều thành lập tổ vận động gồm cán bộ Mặt trận, hội đoàn thể và người có uy tín trong thôn, thực hiện phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy Huỳnh Văn Tùng cho rằng vướng mắc lớn nhất là chênh lệch giá bồi thường giữa các dự án; một số hộ so sánh với giá đất của khu đô thị liền kề nên chưa chịu nhận tiền. Các ông Phan Văn Dũng, Đoàn Ngọc Hiếu - Phó Trưởng Ban Dân vận Huyện ủy Điện Bàn đề nghị tỉnh sớm ban hành đơn giá bổ sung theo Thông tư 14/2009/TT-BTNMT của Bộ Tài nguyên và Môi trường để có cơ sở giải thích cho dân.
Ông Lê Văn Thạnh, Bí thư Đảng ủy xã Điện Minh kể: "Có hộ chúng tôi đến hơn chục lần mới vận động được. Khi Bí thư, Chủ tịch xã ngồi lại cùng dân tính từng mét đất, từng cây dừa thì bà con hiểu và ký". Đại diện xã Duy Trinh và xã Bình Nguyên kiến nghị đẩy nhanh xây dựng hạ tầng khu tái định cư; xã Tam Thăng đề nghị bố trí kinh phí di dời đường điện.
Kết luận buổi giao ban, đồng chí Trần Thị Kim Loan yêu cầu quý IV phải cơ bản hoàn thành vận động các hộ còn lại; thực hiện đúng Quyết định số 1459/QĐ-UBND của UBND tỉnh về cơ chế hỗ trợ đặc thù; kiên quyết không để phát sinh điểm nóng, đồng thời lắng nghe, tiếp thu kiến nghị chính đáng của nhân dân.
Văn Anh
Các tin khác
- Thăng Bình: 50 hộ nhận đất tái định cư cao tốc (30/09/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Duy Xuyên (18/09/2013)
- Giao ban khối dân vận 6 tháng đầu năm 2013 (08/07/2013)
""", "2013-10-08", "Giao ban công tác dân vận quý III: tập trung vận động bàn giao mặt bằng cao tốc",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Trần Thị Kim Loan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Văn Tùng", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Phan Văn Dũng", "Phó Trưởng Ban Dân vận Huyện ủy Điện Bàn"),
 P("Đoàn Ngọc Hiếu", "Phó Trưởng Ban Dân vận Huyện ủy Điện Bàn"),
 P("Lê Văn Thạnh", "Bí thư Đảng ủy xã Điện Minh")],
[Q("91,2 km", 91.2, "km"), Q("7.436 hộ", 7436, "hộ"), Q("7.105 hộ", 7105, "hộ"), Q("95,5%", 95.5, "%"),
 Q("331 hộ", 331, "hộ"), Q("126 hộ", 126, "hộ"), Q("1.842 ngôi mộ", 1842, "ngôi mộ"),
 Q("2.014 lô đất tái định cư", 2014, "lô đất tái định cư"), Q("31 khu tái định cư", 31, "khu tái định cư"),
 Q("khoảng 45 tỷ đồng", 45000000000, "đồng", "approx"), Q("64 cuộc đối thoại", 64, "cuộc đối thoại"),
 Q("212 buổi tuyên truyền", 212, "buổi tuyên truyền"), Q("hơn 8.500 lượt người", 8500, "lượt người", "over")],
[D("Chỉ thị", "22", "CT/TU", "2013-06-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22-CT/TU ngày 5/6/2013 của Ban Thường vụ Tỉnh ủy"),
 D("Kế hoạch", "68", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 68-KH/BDVTU của Ban Dân vận Tỉnh ủy"),
 D("Thông tư", "14", "2009/TT-BTNMT", None, "Bộ Tài nguyên và Môi trường", "Thông tư 14/2009/TT-BTNMT của Bộ Tài nguyên và Môi trường"),
 D("Quyết định", "1459", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1459/QĐ-UBND của UBND tỉnh")],
[prov("Quảng Nam"), com("Điện Minh"), com("Duy Trinh"), com("Bình Nguyên"), com("Tam Thăng")],
["Báo Quảng Nam Online", "Bạn đang ở: Trang chủ > Chính trị > Dân vận", "Quang cảnh buổi giao ban. Ảnh: V.Anh", "QNO",
 "Đà Nẵng - Quảng Ngãi", "dân biết, dân bàn, dân làm, dân kiểm tra"],
["08:15 | 08/10/2013", "quý III năm 2013", "quý IV"]))

PAGES.append(page("b8480-longan-mttq-giamsat-2014", """
Báo Long An Online
Thời sự › Mặt trận - Đoàn thể
19-09-2014 10:20
MTTQ tỉnh giám sát bồi thường, tái định cư dự án cao tốc Bến Lức - Long Thành
(LA) - Ngày 17/9, đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do bà Nguyễn Thị Bích Thủy, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách bồi thường, hỗ trợ, tái định cư dự án đường cao tốc Bến Lức - Long Thành tại huyện Cần Giuộc, theo chương trình giám sát năm 2014.
Bà Nguyễn Thị Bích Thủy (giữa) phát biểu tại buổi giám sát.
Cuộc giám sát được thực hiện theo Kế hoạch số 39/KH-MTTQ-BTT ngày 20/8/2014 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Báo cáo với đoàn, ông Trương Văn Út, Phó Chủ tịch UBND huyện Cần Giuộc cho biết, đoạn tuyến qua huyện dài khoảng 9,8 km, đi qua 4 xã Phước Lý, Long Thượng, Phước Hậu, Long Hậu với 1.126 hộ bị ảnh hưởng, trong đó 85 hộ phải tái định cư. Đến nay huyện đã chi trả hơn 683 tỷ đồng cho 1.036 hộ, đạt 92%; đã bàn giao cho chủ đầu tư 64,3 ha. Đơn giá bồi thường đất ở mặt tiền đường tỉnh lộ từ 2,8 triệu đồng/m2, đất nông nghiệp từ 135.000 đồng/m2, áp dụng theo Quyết định số 57/2014/QĐ-UBND của UBND tỉnh.
Ông Lê Minh Trí, Phó Giám đốc Trung tâm Phát triển quỹ đất huyện, thông tin từ ngày 1/7/2014 việc lập phương án đối với các hộ chưa phê duyệt được chuyển sang thực hiện theo Nghị định 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ. Tuy nhiên, 2 khu tái định cư ở xã Long Thượng và xã Phước Lý đến nay mới hoàn thành khoảng 60% khối lượng hạ tầng nên nhiều hộ chưa thể di dời.
Qua làm việc với UBND các xã và trực tiếp gặp 23 hộ dân, đoàn giám sát ghi nhận 11 kiến nghị. Ông Nguyễn Văn Tám (ấp Long Phú, xã Phước Lý) phản ánh diện tích đất thực tế của gia đình lớn hơn số liệu trong phương án; Chủ tịch UBND xã Long Thượng Huỳnh Văn Nhựt kiến nghị sớm bố trí tạm cư cho 14 hộ đã tháo dỡ nhà.
Kết luận buổi giám sát, bà Nguyễn Thị Bích Thủy đề nghị UBND huyện đo đạc lại các trường hợp có khiếu nại, công khai phương án tại trụ sở ấp; đồng thời giao Ủy ban MTTQ huyện và các xã tiếp tục giám sát, vận động nhân dân sớm bàn giao mặt bằng. Kết quả giám sát sẽ được tổng hợp, kiến nghị UBND tỉnh trong tháng 10.
Huỳnh Phong
Tin cùng chuyên mục
- Cần Đước: 97% hộ dân nhận tiền bồi thường cao tốc (12/09/2014)
- Mặt trận tỉnh phản biện dự thảo quy định giá đất năm 2015 (05/09/2014)
- Bến Lức vận động hơn 300 hộ bàn giao mặt bằng (28/08/2014)
""", "2014-09-19", "MTTQ tỉnh giám sát bồi thường, tái định cư dự án cao tốc Bến Lức - Long Thành",
E("giam_sat", "2014", "2014-09-17"),
[P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trương Văn Út", "Phó Chủ tịch UBND huyện Cần Giuộc"),
 P("Lê Minh Trí", "Phó Giám đốc Trung tâm Phát triển quỹ đất huyện"),
 P("Nguyễn Văn Tám"),
 P("Huỳnh Văn Nhựt", "Chủ tịch UBND xã Long Thượng")],
[Q("khoảng 9,8 km", 9.8, "km", "approx"), Q("4 xã", 4, "xã"), Q("1.126 hộ", 1126, "hộ"), Q("85 hộ", 85, "hộ"),
 Q("hơn 683 tỷ đồng", 683000000000, "đồng", "over"), Q("1.036 hộ", 1036, "hộ"), Q("92%", 92, "%"), Q("64,3 ha", 64.3, "ha"),
 Q("2,8 triệu đồng/m2", 2800000, "đồng"), Q("135.000 đồng/m2", 135000, "đồng"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("khoảng 60%", 60, "%", "approx"), Q("23 hộ dân", 23, "hộ dân"), Q("11 kiến nghị", 11, "kiến nghị"), Q("14 hộ", 14, "hộ")],
[D("Kế hoạch", "39", "KH-MTTQ-BTT", "2014-08-20", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 39/KH-MTTQ-BTT ngày 20/8/2014"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Quyết định", "57", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 57/2014/QĐ-UBND của UBND tỉnh"),
 D("Nghị định", "47", "2014/NĐ-CP", "2014-05-15", "Chính phủ", "Nghị định 47/2014/NĐ-CP ngày 15/5/2014 của Chính phủ")],
[prov("Long An"), com("Phước Lý"), com("Long Thượng"), com("Phước Hậu"), com("Long Hậu")],
["Báo Long An Online", "Thời sự › Mặt trận - Đoàn thể", "Bà Nguyễn Thị Bích Thủy (giữa) phát biểu tại buổi giám sát.", "(LA)",
 "Bến Lức - Long Thành", "Quy chế giám sát và phản biện xã hội", "Trung tâm Phát triển quỹ đất huyện"],
["19-09-2014 10:20", "năm 2014", "ngày 1/7/2014", "tháng 10"]))

PAGES.append(page("b8481-quangninh-bdv-hoinghi-2015", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh
Tin tức - Sự kiện / Dân vận chính quyền
Ngày đăng 12/11/2015 | 15:40
Phát huy vai trò khối dân vận trong giải phóng mặt bằng đường cao tốc Hạ Long - Vân Đồn
Ngày 11/11/2015, Ban Dân vận Tỉnh ủy tổ chức hội nghị chuyên đề về công tác dân vận trong giải phóng mặt bằng các dự án trọng điểm năm 2015. Đồng chí Đinh Thị Lan Phương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Đồng chí Đinh Thị Lan Phương phát biểu chỉ đạo hội nghị.
Dự án đường cao tốc Hạ Long - Vân Đồn có tổng chiều dài hơn 60 km, thu hồi khoảng 2.050 ha đất của hơn 1.400 hộ gia đình, cá nhân và 12 tổ chức. Nhờ sự vào cuộc của cả hệ thống chính trị, sau 5 tháng các địa phương đã bàn giao 98% mặt bằng; tổng kinh phí bồi thường, hỗ trợ trên 1.600 tỷ đồng; 216 ngôi mộ được di dời đúng phong tục. Các xã đã tổ chức 45 cuộc họp dân, thành lập 7 tổ công tác do bí thư chi bộ làm tổ trưởng.
Việc vận động được thực hiện theo Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy về lãnh đạo giải phóng mặt bằng dự án trọng điểm và về ổn định đời sống nhân dân sau thu hồi đất; Quyết định số 3235/QĐ-UBND ngày 20/10/2015 của UBND tỉnh quy định hộ bàn giao đúng hạn được hỗ trợ thêm 50 triệu đồng/hộ. Cơ chế bồi thường tuân thủ Nghị định 47/2014/NĐ-CP của Chính phủ.
Tại hội nghị, nhiều ý kiến chia sẻ cách làm hay. Ông Đặng Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã Lê Lợi cho biết xã có 87 hộ đồng bào Dao bị ảnh hưởng; cán bộ xã phải nói bằng tiếng Dao, nhờ trưởng dòng họ vận động con cháu. Bà Triệu Thị Liên, Chủ tịch Hội LHPN xã Lê Lợi, kể chuyện chị em phụ nữ thuyết phục chồng con nhận tiền, di dời chuồng trại. Ông Nguyễn Văn Cường, Chủ tịch UBND phường Minh Thành, đề nghị có cơ chế ưu tiên tuyển dụng lao động mất đất.
Đại diện xã Sông Khoai, xã Đông Xá và xã Hạ Long (huyện Vân Đồn) phản ánh còn một số hộ đòi bồi thường cao hơn quy định, có hộ dựng công trình trái phép sau khi đã có thông báo thu hồi đất.
Kết luận hội nghị, đồng chí Đinh Thị Lan Phương yêu cầu các cấp ủy tiếp tục thực hiện nghiêm Quy chế dân chủ ở cơ sở, công khai, minh bạch phương án bồi thường; kiên trì đối thoại, không cưỡng chế khi chưa vận động đến nơi đến chốn; quan tâm đào tạo nghề cho 620 lao động mất đất sản xuất, bảo đảm nơi tái định cư có điều kiện sống bằng hoặc tốt hơn nơi ở cũ.
Minh Hà
Tin liên quan
- Vân Đồn: Mặt trận giám sát chi trả tiền bồi thường (02/11/2015)
- Hoành Bồ hoàn thành giải phóng mặt bằng đường nối cao tốc (20/10/2015)
- Quảng Yên: 100% hộ dân bàn giao mặt bằng (08/10/2015)
""", "2015-11-12", "Phát huy vai trò khối dân vận trong giải phóng mặt bằng đường cao tốc Hạ Long - Vân Đồn",
E("hoi_nghi", "2015", "2015-11-11"),
[P("Đinh Thị Lan Phương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Đặng Văn Sơn", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Lê Lợi"),
 P("Triệu Thị Liên", "Chủ tịch Hội LHPN xã Lê Lợi"),
 P("Nguyễn Văn Cường", "Chủ tịch UBND phường Minh Thành")],
[Q("hơn 60 km", 60, "km", "over"), Q("khoảng 2.050 ha", 2050, "ha", "approx"),
 Q("hơn 1.400 hộ gia đình, cá nhân", 1400, "hộ gia đình, cá nhân", "over"), Q("12 tổ chức", 12, "tổ chức"),
 Q("98% mặt bằng", 98, "%"), Q("trên 1.600 tỷ đồng", 1600000000000, "đồng", "over"), Q("216 ngôi mộ", 216, "ngôi mộ"),
 Q("45 cuộc họp dân", 45, "cuộc họp dân"), Q("7 tổ công tác", 7, "tổ công tác"), Q("50 triệu đồng/hộ", 50000000, "đồng"),
 Q("87 hộ đồng bào Dao", 87, "hộ đồng bào Dao"), Q("620 lao động", 620, "lao động")],
[D("Kết luận", "45", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "46", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 45, 46-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "3235", "QĐ-UBND", "2015-10-20", "UBND tỉnh", "Quyết định số 3235/QĐ-UBND ngày 20/10/2015 của UBND tỉnh"),
 D("Nghị định", "47", "2014/NĐ-CP", None, "Chính phủ", "Nghị định 47/2014/NĐ-CP của Chính phủ")],
[prov("Quảng Ninh"), com("Lê Lợi"), com("Minh Thành"), com("Sông Khoai"), com("Đông Xá"), com("Hạ Long")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh", "Tin tức - Sự kiện / Dân vận chính quyền",
 "Đồng chí Đinh Thị Lan Phương phát biểu chỉ đạo hội nghị.", "Hạ Long - Vân Đồn", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 12/11/2015 | 15:40", "năm 2015", "5 tháng"]))

PAGES.append(page("b8482-langson-bdvhu-soket-2016", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ :: Xây dựng Đảng :: Dân vận
06/07/2016 - 16:05
Đồng chí Lộc Văn Thắng phát biểu tại hội nghị.
Chi Lăng: Khối dân vận vào cuộc gỡ vướng mặt bằng cao tốc Bắc Giang - Lạng Sơn
LSO - Ngày 5/7, Ban Dân vận Huyện ủy Chi Lăng tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2016, trọng tâm là vận động nhân dân bàn giao mặt bằng dự án đường cao tốc Bắc Giang - Lạng Sơn. Đồng chí Lộc Văn Thắng, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Đoạn tuyến qua huyện Chi Lăng dài khoảng 27 km, đi qua thị trấn Đồng Mỏ và 9 xã, ảnh hưởng 1.108 hộ. Sau 6 tháng, đã có 1.082 hộ nhận tiền bồi thường, đạt 97,6%, với tổng số tiền 154 tỷ đồng; còn 26 hộ chưa nhận, chủ yếu ở xã Quang Lang và xã Mai Sao. Khối dân vận đã phối hợp tổ chức hơn 300 cuộc gặp gỡ, vận động tại nhà dân; 2 khu tái định cư Pò Đứa và Khau Phầy đang được đẩy nhanh san nền, dự kiến bàn giao đất ở cho các hộ trong quý IV.
Ban Dân vận Huyện ủy đã tham mưu Huyện ủy ban hành Kế hoạch số 27-KH/HU về tăng cường công tác dân vận phục vụ giải phóng mặt bằng, triển khai Chỉ thị 07-CT/TU ngày 24/12/2015 của Ban Thường vụ Tỉnh ủy; phối hợp tuyên truyền Quyết định số 1982/QĐ-UBND của UBND tỉnh về giá bồi thường cây trồng, vật nuôi. Mức hỗ trợ cây hồi, cây na cao hơn trước khoảng 20%, nhờ đó nhiều hộ đồng thuận.
Tại hội nghị, bà Nông Thị Hường, Phó Chủ tịch Ủy ban MTTQ huyện cho biết Mặt trận đã tiếp nhận 34 đơn thư, kiến nghị liên quan đến bồi thường, đã phối hợp giải quyết 29 đơn. Bí thư Đảng ủy xã Quang Lang Vi Văn Đức đề nghị huyện sớm đo đạc lại 19 thửa đất có tranh chấp ranh giới. Ông Hoàng Văn Pằn, người có uy tín thôn Thống Nhất, xã Mai Sao, chia sẻ: "Tôi là người Nùng, nói chuyện với bà con bằng tiếng Nùng, giải thích đường cao tốc làm xong thì hàng hồi, hàng na của mình đi xuôi nhanh hơn. Bà con hiểu thì không ai giữ đất nữa".
Phát biểu chỉ đạo, đồng chí Lộc Văn Thắng yêu cầu 6 tháng cuối năm các cơ sở tiếp tục phát huy phong trào thi đua "Dân vận khéo", phấn đấu bàn giao toàn bộ mặt bằng trước ngày 30/9/2016; đồng thời phát hiện, nhân rộng điển hình, kịp thời khen thưởng tập thể, cá nhân có thành tích.
Hội nghị cũng nghe ông Lương Văn Sình, Trưởng thôn Còn Quan, xã Quang Lang phản ánh: sau khi giải phóng mặt bằng, đường giao thông nội đồng bị chia cắt, mùa mưa nước tràn vào ruộng; đề nghị nhà thầu sớm làm cống chui dân sinh. Đồng chí Lộc Văn Thắng giao Ủy ban MTTQ huyện ghi nhận, chuyển kiến nghị tới chủ đầu tư và theo dõi việc trả lời.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 6 tập thể, 11 cá nhân tiêu biểu.
Hà Vy
Tin khác
- Hữu Lũng: đối thoại với hộ dân vùng dự án (28/06/2016)
- Cao Lộc công bố quy hoạch khu tái định cư (20/06/2016)
- Tỉnh đoàn ra quân hỗ trợ người dân di dời nhà cửa (10/06/2016)
""", "2016-07-06", "Chi Lăng: Khối dân vận vào cuộc gỡ vướng mặt bằng cao tốc Bắc Giang - Lạng Sơn",
E("so_ket", "2016-H1", "2016-07-05"),
[P("Lộc Văn Thắng", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nông Thị Hường", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Vi Văn Đức", "Bí thư Đảng ủy xã Quang Lang"),
 P("Hoàng Văn Pằn", "người có uy tín thôn Thống Nhất"),
 P("Lương Văn Sình", "Trưởng thôn Còn Quan")],
[Q("khoảng 27 km", 27, "km", "approx"), Q("9 xã", 9, "xã"), Q("1.108 hộ", 1108, "hộ"), Q("1.082 hộ", 1082, "hộ"),
 Q("97,6%", 97.6, "%"), Q("154 tỷ đồng", 154000000000, "đồng"), Q("26 hộ", 26, "hộ"),
 Q("hơn 300 cuộc gặp gỡ", 300, "cuộc gặp gỡ", "over"), Q("2 khu tái định cư", 2, "khu tái định cư"),
 Q("khoảng 20%", 20, "%", "approx"), Q("34 đơn thư, kiến nghị", 34, "đơn thư, kiến nghị"), Q("29 đơn", 29, "đơn"),
 Q("19 thửa đất", 19, "thửa đất"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Kế hoạch", "27", "KH/HU", None, "Huyện ủy", "Kế hoạch số 27-KH/HU"),
 D("Chỉ thị", "07", "CT/TU", "2015-12-24", "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07-CT/TU ngày 24/12/2015 của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "1982", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1982/QĐ-UBND của UBND tỉnh")],
[prov("Lạng Sơn"), com("Đồng Mỏ"), com("Quang Lang"), com("Mai Sao")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ :: Xây dựng Đảng :: Dân vận", "Đồng chí Lộc Văn Thắng phát biểu tại hội nghị.", "LSO",
 "Bắc Giang - Lạng Sơn", "Dân vận khéo", "Pò Đứa", "Khau Phầy"],
["06/07/2016 - 16:05", "6 tháng đầu năm 2016", "6 tháng cuối năm", "Sau 6 tháng", "ngày 30/9/2016"]))
