from lib import *
PAGES = []

PAGES.append(page("b749-backan-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY BẮC KẠN
Trang chủ » Tin hoạt động » Dân vận các cấp
Thứ Sáu, 23/12/2011 - 15:10
Ảnh: Toàn cảnh hội nghị.
Bắc Kạn: Ban Dân vận Tỉnh ủy tổng kết công tác năm 2011
Ngày 21/12/2011, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Đồng chí Hà Thị Liễu, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Tham dự có 42 đồng chí là trưởng, phó ban dân vận các huyện ủy, thị ủy và cán bộ chuyên trách khối dân vận.
Đồng chí Hà Thị Liễu phát biểu kết luận hội nghị.
Báo cáo do đồng chí Nông Văn Chuyền, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày cho biết, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 120, 121-KL/TU về tiếp tục thực hiện Quy chế dân vận trong hệ thống chính trị và về công tác vận động đồng bào Dao, Mông vùng cao. Ban cũng hướng dẫn các huyện thực hiện Chỉ thị số 14-CT/TU ngày 15/3/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận ở cơ sở.
Qua nắm tình hình, tư tưởng của cán bộ, đảng viên và nhân dân cơ bản ổn định, tin tưởng vào sự lãnh đạo của Đảng; tuy nhiên ở một số thôn vùng cao vẫn còn hiện tượng truyền đạo trái pháp luật. Trong năm, Ban Dân vận các cấp đã tiếp nhận 73 đơn thư, phối hợp giải quyết dứt điểm 68 đơn, đạt 93,2%. Phong trào thi đua "Dân vận khéo" có 156 mô hình đăng ký; nhân dân hiến trên 9.500 m2 đất, góp gần 2,7 tỷ đồng để làm đường và nhà văn hóa thôn.
Tại hội nghị, các đại biểu thảo luận, làm rõ những cách làm hay trong vận động nhân dân. Ông Triệu Văn Sáng, Bí thư Đảng ủy xã Bằng Phúc, chia sẻ kinh nghiệm vận động bà con người Dao chuyển đổi cây trồng, bỏ dần tập tục thách cưới. Bà Lương Thị Ngần, HUV, Trưởng Ban Dân vận Huyện ủy Ba Bể, đề nghị tăng cường tập huấn nghiệp vụ cho cán bộ dân vận xã vì nhiều đồng chí còn kiêm nhiệm.
Phát biểu kết luận, đồng chí Hà Thị Liễu yêu cầu năm 2012 các cấp ủy tiếp tục thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị; chú trọng phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số, giải quyết kịp thời đơn thư ngay từ cơ sở.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 12 tập thể và 19 cá nhân có thành tích xuất sắc trong phong trào thi đua "Dân vận khéo" năm 2011. Đồng chí Ma Đình Thức, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố quyết định khen thưởng.
Hoàng Thu Trang
Lượt xem: 876
Tin liên quan
- Ba Bể: sơ kết 3 năm thực hiện Quy chế dân vận ở cơ sở (02/12/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (25/11/2011)
- Chợ Đồn ra mắt 5 mô hình "Dân vận khéo" (10/11/2011)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Bắc Kạn (20/10/2011)
""", "2011-12-23", "Bắc Kạn: Ban Dân vận Tỉnh ủy tổng kết công tác năm 2011",
E("tong_ket", "2011", "2011-12-21"),
[P("Hà Thị Liễu", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nông Văn Chuyền", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Triệu Văn Sáng", "Bí thư Đảng ủy xã Bằng Phúc"),
 P("Lương Thị Ngần", "HUV", "Trưởng Ban Dân vận Huyện ủy Ba Bể"),
 P("Ma Đình Thức", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("42 đồng chí", 42, "đồng chí"), Q("73 đơn thư", 73, "đơn thư"), Q("68 đơn", 68, "đơn"),
 Q("93,2%", 93.2, "%"), Q("156 mô hình", 156, "mô hình"), Q("trên 9.500 m2", 9500, "m2", "over"),
 Q("gần 2,7 tỷ đồng", 2700000000, "đồng", "approx"), Q("12 tập thể", 12, "tập thể"), Q("19 cá nhân", 19, "cá nhân")],
[D("Kết luận", "120", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Kết luận", "121", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 120, 121-KL/TU"),
 D("Chỉ thị", "14", "CT/TU", "2011-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 14-CT/TU ngày 15/3/2011"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Bắc Kạn"), com("Bằng Phúc")],
["BAN DÂN VẬN TỈNH ỦY BẮC KẠN", "Trang chủ » Tin hoạt động » Dân vận các cấp", "Ảnh: Toàn cảnh hội nghị.",
 "Đồng chí Hà Thị Liễu phát biểu kết luận hội nghị.", "Dân vận khéo", "Quy chế dân vận", "Lượt xem: 876"],
["Thứ Sáu, 23/12/2011 - 15:10", "42 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 876"]))

PAGES.append(page("b750-quangngai-bdv-soket-2012", """
Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi
Chính trị | Xây dựng Đảng | Dân vận
Cập nhật: 10:25, 13/07/2012 (GMT+7)
Công tác dân vận vùng miền núi có nhiều chuyển biến
(Báo Quảng Ngãi) - Sáng 12/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Đinh Thị Hồng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì.
Quang cảnh hội nghị sơ kết. Ảnh: T.Vân
Theo báo cáo, 6 tháng qua khối dân vận các cấp đã bám sát cơ sở, nắm chắc tình hình nhân dân, nhất là ở 6 huyện miền núi và vùng giáo dân. Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 08, 09-CT/TU về công tác dân vận trong các dự án khu kinh tế Dung Quất và về vận động đồng bào Hrê, Cor định canh định cư. Ban cũng ban hành kế hoạch số 45-KH/BDVTU về kiểm tra thực hiện Quy chế dân chủ ở cơ sở tại 14 xã.
Các cơ quan dân vận đã tiếp nhận 128 lượt công dân đến phản ánh, kiến nghị và 57 đơn thư, chủ yếu liên quan bồi thường, giải phóng mặt bằng; đã chuyển cơ quan chức năng xem xét 51 đơn. Toàn tỉnh có 2.140 hộ dân tái định cư được vận động bàn giao mặt bằng đúng tiến độ.
Tại hội nghị, đồng chí Phạm Văn Tòa, HUV, Trưởng Ban Dân vận Huyện ủy Sơn Hà, cho biết huyện đã xây dựng được 9 mô hình "Dân vận khéo" gắn với giảm nghèo; đồng chí Đinh Văn Nhiên, Bí thư Đảng ủy xã Trà Lãnh, đề nghị có chính sách hỗ trợ cán bộ thôn ở vùng đặc biệt khó khăn. Cán bộ dân vận xã Bình Thạnh nêu khó khăn khi vận động người dân vùng dự án nhà máy lọc dầu.
Phát biểu kết luận, đồng chí Đinh Thị Hồng yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI) gắn với cuộc vận động "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh"; chủ động nắm tình hình tư tưởng nhân dân, không để hình thành điểm nóng; tổ chức tốt đợt tiếp xúc với người có uy tín trước Tết. Đồng chí cũng giao Văn phòng Ban và phòng Dân vận chính quyền xây dựng báo cáo chuyên đề về đơn thư kéo dài.
Nhiều ý kiến cho rằng công tác dân vận chính quyền ở một số nơi còn hình thức; việc tiếp dân của người đứng đầu cấp ủy, chính quyền chưa thường xuyên, có nơi còn né tránh đối thoại trực tiếp với người dân, để đơn thư kéo dài, vượt cấp. Việc sinh hoạt của các tổ dân vận thôn, tổ dân phố chưa đều, nội dung còn đơn điệu.
Hội nghị đã nghe ông Võ Thanh Long, Phó Trưởng Ban Dân vận Tỉnh ủy, quán triệt kế hoạch kiểm tra 6 tháng cuối năm.
Thanh Vân
Các tin khác
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Ba Tơ (05/07/2012)
- 15 tập thể được tặng bằng khen về công tác dân vận (22/06/2012)
- Tăng cường công tác vận động đồng bào giáo dân (14/06/2012)
- Minh Long: vận động nhân dân hiến đất làm đường liên thôn (01/06/2012)
- Tư Nghĩa tổ chức tọa đàm về công tác dân vận chính quyền (24/05/2012)
""", "2012-07-13", "Công tác dân vận vùng miền núi có nhiều chuyển biến",
E("so_ket", "2012-H1", "2012-07-12"),
[P("Đinh Thị Hồng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Phạm Văn Tòa", "HUV", "Trưởng Ban Dân vận Huyện ủy Sơn Hà"),
 P("Đinh Văn Nhiên", "Bí thư Đảng ủy xã Trà Lãnh"),
 P("Võ Thanh Long", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("6 huyện miền núi", 6, "huyện miền núi"), Q("14 xã", 14, "xã"), Q("128 lượt công dân", 128, "lượt công dân"),
 Q("57 đơn thư", 57, "đơn thư"), Q("51 đơn", 51, "đơn"), Q("2.140 hộ dân tái định cư", 2140, "hộ dân tái định cư"),
 Q("9 mô hình", 9, "mô hình")],
[D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Kế hoạch", "45", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 45-KH/BDVTU")],
[prov("Quảng Ngãi"), com("Trà Lãnh"), com("Bình Thạnh")],
["Báo Quảng Ngãi điện tử - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ngãi", "Chính trị | Xây dựng Đảng | Dân vận",
 "Quang cảnh hội nghị sơ kết. Ảnh: T.Vân", "(Báo Quảng Ngãi)", "Dân vận khéo",
 "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh", "Nghị quyết Trung ương 4 (khóa XI)"],
["Cập nhật: 10:25, 13/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "Nghị quyết Trung ương 4", "khóa XI"]))

PAGES.append(page("b751-kontum-bdv-nguoicouytin-2013", """
KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Bạn đang ở: Trang chủ › Công tác dân tộc, tôn giáo
08:15 | 18/10/2013
Gặp mặt 312 người có uy tín trong đồng bào dân tộc thiểu số
Ngày 16/10/2013, Ban Dân vận Tỉnh ủy Kon Tum phối hợp Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, đối thoại với người có uy tín trong đồng bào dân tộc thiểu số năm 2013. Tham dự có 312 người có uy tín là già làng, trưởng thôn, chức sắc tôn giáo đến từ 9 huyện, thành phố.
Già làng A Blong (xã Đắk Rơ Nga) phát biểu tại hội nghị.
Dự và chủ trì hội nghị có đồng chí Y Mai, Phó Bí thư Tỉnh ủy; đồng chí Nguyễn Hữu Phúc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông A Thuật, Trưởng ban Dân tộc tỉnh.
Báo cáo tại hội nghị nêu rõ, thời gian qua người có uy tín đã tích cực tuyên truyền, vận động bà con không nghe theo kẻ xấu, không vượt biên trái phép, không theo "Tin lành Đê Ga". Nhờ đó, 27 hộ đã từ bỏ tà đạo, trở về sinh hoạt tôn giáo bình thường; đồng bào hiến 18,6 ha đất để xây trường học, làm đường. Người có uy tín cũng đã tham gia hòa giải thành 146 vụ việc mâu thuẫn trong thôn, làng.
Tại buổi đối thoại, già làng A Blong ở xã Đắk Rơ Nga đề nghị tăng mức hỗ trợ cho người có uy tín, vì đi lại vận động rất xa; bà Y Huynh, người có uy tín thôn Kon Rế, xã Ngọc Réo, kiến nghị sớm giải quyết 2 đơn của bà con về tranh chấp đất rẫy với nông trường. Ông Đinh Văn Lực, Phó Trưởng ban Dân tộc tỉnh, giải đáp về chế độ theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ và Quyết định 56/2013/QĐ-TTg sửa đổi, bổ sung.
Phát biểu tại hội nghị, đồng chí Y Mai ghi nhận đóng góp của đội ngũ người có uy tín, đề nghị các cấp ủy thực hiện tốt Chỉ thị số 06-CT/TW ngày 20/1/2012 của Ban Bí thư về công tác đối với đồng bào vùng Tây Nguyên. Đồng chí cũng đề nghị bà con tiếp tục là cầu nối giữa Đảng, chính quyền với nhân dân.
Nhiều ý kiến của già làng, trưởng thôn cũng phản ánh tình trạng thanh niên bỏ làng đi làm thuê xa, một số nơi còn tảo hôn, hôn nhân cận huyết thống; đề nghị ngành y tế, giáo dục phối hợp với người có uy tín để tuyên truyền bằng tiếng dân tộc. Các ý kiến đều được lãnh đạo các sở, ngành trả lời trực tiếp tại hội nghị; những nội dung chưa giải quyết được, Ban Dân vận Tỉnh ủy tổng hợp, báo cáo Thường trực Tỉnh ủy.
Dịp này, Ban Dân vận Tỉnh ủy tặng mỗi người có uy tín 1 phần quà trị giá 400.000 đồng; tổng kinh phí hơn 124 triệu đồng.
Y Nhung - Ban Dân vận Tỉnh ủy
Lượt đọc: 2.311
Bài viết liên quan
- Đắk Hà: tập huấn cho 60 người có uy tín (03/10/2013)
- Ban Dân vận Tỉnh ủy thăm hỏi đồng bào vùng lũ (25/09/2013)
- Sa Thầy: vận động đồng bào xóa bỏ hủ tục trong ma chay (01/09/2013)
- Kon Plông nắm tình hình tư tưởng nhân dân sau bão số 10 (12/09/2013)
""", "2013-10-18", "Gặp mặt 312 người có uy tín trong đồng bào dân tộc thiểu số",
E("hoi_nghi", "2013", "2013-10-16"),
[P("A Blong", "Già làng"),
 P("Y Mai", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Hữu Phúc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thuật", "Trưởng ban Dân tộc tỉnh"),
 P("Y Huynh", "người có uy tín thôn Kon Rế, xã Ngọc Réo"),
 P("Đinh Văn Lực", "Phó Trưởng ban Dân tộc tỉnh")],
[Q("312 người có uy tín", 312, "người có uy tín"), Q("9 huyện, thành phố", 9, "huyện, thành phố"), Q("27 hộ", 27, "hộ"),
 Q("18,6 ha", 18.6, "ha"), Q("146 vụ việc mâu thuẫn", 146, "vụ việc mâu thuẫn"), Q("2 đơn", 2, "đơn"),
 Q("400.000 đồng", 400000, "đồng"), Q("hơn 124 triệu đồng", 124000000, "đồng", "over")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, None, "Quyết định 56/2013/QĐ-TTg"),
 D("Chỉ thị", "06", "CT/TW", "2012-01-20", "Ban Bí thư", "Chỉ thị số 06-CT/TW ngày 20/1/2012")],
[prov("Kon Tum"), com("Đắk Rơ Nga"), com("Ngọc Réo")],
["KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Bạn đang ở: Trang chủ › Công tác dân tộc, tôn giáo",
 "Già làng A Blong (xã Đắk Rơ Nga) phát biểu tại hội nghị.", "Tin lành Đê Ga", "Kon Rế", "Lượt đọc: 2.311"],
["08:15 | 18/10/2013", "1 phần quà", "năm 2013", "Lượt đọc: 2.311"]))

PAGES.append(page("b752-soctrang-bdv-chucTet-khmer-2014", """
SÓC TRĂNG ONLINE
Trang chủ / Chính trị / Dân tộc - Tôn giáo
Thứ Tư, 09/04/2014 - 16:40
Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer
Đồng chí Lâm Thị Sa Ry (thứ hai từ trái) trao quà cho Hòa thượng Lý Hên.
Chiều 8/4, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lâm Thị Sa Ry, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết cổ truyền Chôl Chnăm Thmây năm 2014 tại chùa Kh'Leang và chùa Som Rông (thành phố Sóc Trăng), chùa Tum Nóp (xã Đại Tâm, huyện Mỹ Xuyên).
Tại các điểm đến, đồng chí Lâm Thị Sa Ry thông tin tình hình kinh tế - xã hội của tỉnh quý I/2014, trong đó tỉnh đã hoàn thành hỗ trợ 312 căn nhà ở cho hộ đồng bào Khmer nghèo theo Quyết định 167/2008/QĐ-TTg của Thủ tướng Chính phủ và giải quyết việc làm cho hơn 4.300 lao động là người dân tộc thiểu số. Đồng chí ghi nhận vai trò của chư tăng, Ban Quản trị các chùa trong vận động bà con thực hiện Chỉ thị 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer.
Thay mặt chư tăng, Hòa thượng Lý Hên, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, trụ trì chùa Kh'Leang, cảm ơn sự quan tâm của Tỉnh ủy; cho biết nhà chùa đang duy trì 26 lớp dạy chữ Khmer hè với gần 900 học sinh. Đại đức Thạch Sà Vương, trụ trì chùa Tum Nóp, phản ánh một số hộ trong phum sóc còn khó khăn về nước sinh hoạt mùa khô.
Đoàn đã trao tặng mỗi chùa 5 triệu đồng cùng quà Tết; tổng cộng dịp này Ban Dân vận Tỉnh ủy thăm và tặng quà 92 chùa Phật giáo Nam tông Khmer trên địa bàn tỉnh với tổng trị giá 460 triệu đồng. Cùng đi có bà Sơn Thị Ánh Hồng, Phó Trưởng Ban Dân vận Tỉnh ủy, và ông Kim Ngọc Thái, Trưởng ban Dân tộc tỉnh.
Dịp này, đoàn cũng đến thăm gia đình một số người có uy tín trong phum sóc, chính sách; đề nghị chính quyền địa phương quan tâm đến đời sống của bà con, nhất là các hộ khó khăn về nhà ở và đất sản xuất, không để đồng bào bị kẻ xấu lợi dụng, lôi kéo. Các vị sư sãi bày tỏ sự đồng thuận với chủ trương xây dựng nông thôn mới, hứa tiếp tục vận động Phật tử giữ gìn an ninh, trật tự trong những ngày lễ hội.
Trước đó, Ban Dân vận Tỉnh ủy đã ban hành Công văn số 215-CV/BDVTU đề nghị các huyện, thị, thành ủy tổ chức thăm hỏi, nắm tình hình tư tưởng đồng bào, kịp thời phát hiện đơn thư, kiến nghị liên quan đến đất đai trong dịp Tết.
Bài, ảnh: Thạch Hoài
TIN CÙNG CHUYÊN MỤC
- Họp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Phục sinh (04/04/2014)
- Ngã Năm: biểu dương 35 người có uy tín tiêu biểu (28/03/2014)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I (31/03/2014)
- Vĩnh Châu: đối thoại với nông dân nuôi tôm về đơn thư đất đai (12/03/2014)
- Trần Đề: ra mắt mô hình "Dân vận khéo" trong phum sóc (19/03/2014)
""", "2014-04-09", "Ban Dân vận Tỉnh ủy thăm, chúc Tết Chôl Chnăm Thmây tại các chùa Khmer",
E("trao_qua", None, "2014-04-08"),
[P("Lâm Thị Sa Ry", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hên", "Hòa thượng", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh", "trụ trì chùa Kh'Leang"),
 P("Thạch Sà Vương", "Đại đức", "trụ trì chùa Tum Nóp"),
 P("Sơn Thị Ánh Hồng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kim Ngọc Thái", "Trưởng ban Dân tộc tỉnh")],
[Q("312 căn nhà ở", 312, "căn nhà ở"), Q("hơn 4.300 lao động", 4300, "lao động", "over"), Q("26 lớp dạy chữ Khmer hè", 26, "lớp dạy chữ Khmer hè"),
 Q("gần 900 học sinh", 900, "học sinh", "approx"), Q("5 triệu đồng", 5000000, "đồng"), Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"),
 Q("460 triệu đồng", 460000000, "đồng")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 167/2008/QĐ-TTg"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị 68-CT/TW"),
 D("Công văn", "215", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 215-CV/BDVTU")],
[prov("Sóc Trăng"), com("Đại Tâm")],
["SÓC TRĂNG ONLINE", "Trang chủ / Chính trị / Dân tộc - Tôn giáo", "Đồng chí Lâm Thị Sa Ry (thứ hai từ trái) trao quà cho Hòa thượng Lý Hên.",
 "Chôl Chnăm Thmây", "Kh'Leang", "Som Rông", "Tum Nóp", "Hội Đoàn kết sư sãi yêu nước tỉnh", "Dân vận khéo"],
["Thứ Tư, 09/04/2014 - 16:40", "quý I/2014", "năm 2014"]))

PAGES.append(page("b753-vinhphuc-xa-daotu-tongket-2015", """
ĐẢNG BỘ XÃ ĐẠO TÚ - HUYỆN TAM DƯƠNG
Trang chủ :: Tin tức :: Công tác dân vận
29-12-2015 09:40
Đạo Tú tổng kết công tác dân vận, biểu dương 8 mô hình "Dân vận khéo"
Chiều 28/12, Đảng ủy xã Đạo Tú (huyện Tam Dương, tỉnh Vĩnh Phúc) tổ chức hội nghị tổng kết công tác dân vận năm 2015 và 5 năm thực hiện Quy chế công tác dân vận của hệ thống chính trị xã.
Các đại biểu dự hội nghị.
Dự hội nghị có đồng chí Đỗ Thị Thu Hà, Phó Trưởng Ban Dân vận Huyện ủy Tam Dương; về phía xã có các đồng chí: Nguyễn Văn Khuê, Bí thư Đảng ủy xã; Trần Quang Vinh, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã; cùng bí thư 14 chi bộ, trưởng 9 thôn và các đoàn thể.
Năm 2015, Đảng ủy xã đã ban hành Quyết định số 35-QĐ/ĐU ngày 12/2/2015 về Quy chế công tác dân vận của hệ thống chính trị xã, thay thế quy chế cũ; Ban Thường vụ Đảng ủy ban hành Nghị quyết chuyên đề 04-NQ/ĐU về vận động nhân dân dồn điền đổi thửa. Nhờ làm tốt công tác dân vận, nhân dân đã góp hơn 1,85 tỷ đồng và 6.200 ngày công để cứng hóa 4,3 km đường trục thôn; 236 hộ tự nguyện hiến đất, tháo dỡ tường rào. Xã đã vận động dồn đổi 312 ha ruộng, đạt 100% kế hoạch.
Trong năm, xã tiếp nhận 11 đơn thư, giải quyết xong 11 đơn, không có đơn vượt cấp. Tình hình tư tưởng nhân dân ổn định, đồng thuận cao với chủ trương xây dựng nông thôn mới. Công tác dân vận chính quyền có chuyển biến; cán bộ, công chức xã thực hiện tốt văn hóa công sở, tiếp dân đúng lịch, hướng dẫn thủ tục hành chính tận tình. Hội nghị nhân dân ở các thôn được tổ chức dân chủ, công khai các khoản đóng góp. Tuy vậy, hội nghị cũng chỉ ra hạn chế: một số chi bộ chưa đưa nội dung dân vận vào sinh hoạt thường kỳ; việc nắm tình hình ở các hộ sản xuất kinh doanh gây ô nhiễm còn chậm.
Đồng chí Trần Quang Vinh cho biết, mỗi chi bộ, đoàn thể đều đăng ký ít nhất 1 mô hình "Dân vận khéo"; năm 2015 xã công nhận 8 mô hình, tiêu biểu là mô hình "Thôn không có đơn thư" của thôn Đồng Giang do ông Lê Văn Thìn, Bí thư Chi bộ kiêm Trưởng thôn Đồng Giang, khởi xướng.
Phát biểu chỉ đạo, đồng chí Đỗ Thị Thu Hà đánh giá cao kết quả của Đạo Tú, đề nghị xã tiếp tục quán triệt Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận, thực hiện nghiêm Hướng dẫn 19-HD/BDVHU của Ban Dân vận Huyện ủy về xây dựng mô hình dân vận khéo giai đoạn 2016 - 2020.
Dịp này, Đảng ủy xã tặng giấy khen cho 8 tập thể và 15 cá nhân. Bà Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ xã, phát động thi đua năm 2016.
Hồng Nhung - Văn phòng Đảng ủy xã
Xem thêm
- Xã Đạo Tú tổ chức hội nghị đối thoại với nhân dân (15/11/2015)
- Đảng ủy xã học tập chuyên đề về đạo đức Hồ Chí Minh năm 2015 (05/11/2015)
- Hội Nông dân xã ra mắt tổ hợp tác trồng rau an toàn (28/10/2015)
- Tam Dương: 100% xã hoàn thành quy chế dân vận (20/10/2015)
""", "2015-12-29", "Đạo Tú tổng kết công tác dân vận, biểu dương 8 mô hình \"Dân vận khéo\"",
E("tong_ket", "2015", "2015-12-28"),
[P("Đỗ Thị Thu Hà", "Phó Trưởng Ban Dân vận Huyện ủy Tam Dương"),
 P("Nguyễn Văn Khuê", "Bí thư Đảng ủy xã"),
 P("Trần Quang Vinh", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã"),
 P("Lê Văn Thìn", "Bí thư Chi bộ kiêm Trưởng thôn Đồng Giang"),
 P("Nguyễn Thị Lan", "Chủ tịch Ủy ban MTTQ xã")],
[Q("8 mô hình", 8, "mô hình"), Q("14 chi bộ", 14, "chi bộ"), Q("9 thôn", 9, "thôn"),
 Q("hơn 1,85 tỷ đồng", 1850000000, "đồng", "over"), Q("6.200 ngày công", 6200, "ngày công"), Q("4,3 km", 4.3, "km"),
 Q("236 hộ", 236, "hộ"), Q("312 ha", 312, "ha"), Q("100% kế hoạch", 100, "%"), Q("11 đơn thư", 11, "đơn thư"), Q("11 đơn", 11, "đơn"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Quyết định", "35", "QĐ/ĐU", "2015-02-12", "Đảng ủy xã", "Quyết định số 35-QĐ/ĐU ngày 12/2/2015"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Ban Thường vụ Đảng ủy", "Nghị quyết chuyên đề 04-NQ/ĐU"),
 D("Hướng dẫn", "19", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "Hướng dẫn 19-HD/BDVHU")],
[prov("Vĩnh Phúc"), com("Đạo Tú")],
["ĐẢNG BỘ XÃ ĐẠO TÚ - HUYỆN TAM DƯƠNG", "Trang chủ :: Tin tức :: Công tác dân vận", "Các đại biểu dự hội nghị.",
 "Dân vận khéo", "Thôn không có đơn thư", "Đồng Giang", "Hồng Nhung - Văn phòng Đảng ủy xã", "Nghị quyết Trung ương 7 (khóa XI)"],
["29-12-2015 09:40", "5 năm", "năm 2015", "1 mô hình", "giai đoạn 2016 - 2020", "năm 2016", "khóa XI"]))

PAGES.append(page("b754-gialai-giaoban-khoidanvan-2016", """
BÁO GIA LAI ĐIỆN TỬ
Vị trí: Trang chủ >> Chính trị >> Dân vận
Ngày đăng 24/06/2016 | 14:20
Nắm chắc tình hình nhân dân vùng đồng bào dân tộc thiểu số
Ngày 23/6, Ban Dân vận Tỉnh ủy Gia Lai tổ chức giao ban khối dân vận quý II/2016 nhằm đánh giá tình hình nhân dân, công tác tôn giáo và dân tộc 3 tháng qua.
Toàn cảnh buổi giao ban.
Chủ trì giao ban có đồng chí Ksor Y Đớk, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy. Tham dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Rơ Châm H'Lan, Trần Đức Nghĩa; lãnh đạo Ủy ban MTTQ tỉnh, Ban Tôn giáo tỉnh, Ban Dân tộc tỉnh và các đoàn thể.
Theo báo cáo, trong quý II tình hình tư tưởng nhân dân cơ bản ổn định, đồng bào phấn khởi vì giá cà phê, hồ tiêu tăng. Tuy nhiên, ở một số làng vẫn còn đối tượng lôi kéo theo "Tin lành Đê Ga", các lực lượng chức năng đã vận động 43 hộ với 196 khẩu từ bỏ. Hiện toàn tỉnh có 4 tôn giáo chính với hơn 380.000 tín đồ; các điểm nhóm Tin lành sinh hoạt đúng quy định theo Chỉ thị 01/2005/CT-TTg của Thủ tướng Chính phủ.
Khối dân vận tiếp nhận 64 đơn thư, trong đó 39 đơn liên quan tranh chấp đất giữa người dân với các công ty nông, lâm nghiệp. Bà Siu H'Blơi, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị các ngành sớm đo đạc, giao lại đất cho hộ thiếu đất sản xuất. Ông Rah Lan Chung, Trưởng ban Tôn giáo tỉnh, thông tin về việc đăng ký sinh hoạt tôn giáo tập trung của 27 điểm nhóm.
Phát biểu kết luận, đồng chí Ksor Y Đớk yêu cầu các cơ quan tiếp tục thực hiện Kế hoạch 112-KH/TU của Tỉnh ủy về ổn định tình hình vùng đồng bào dân tộc thiểu số, phát huy vai trò của 1.214 người có uy tín; chuẩn bị tốt hội nghị sơ kết Chỉ thị 19-CT/TU của Ban Thường vụ Tỉnh ủy về phong trào "Dân vận khéo" vào tháng 7.
Các đại biểu cũng thảo luận về tình trạng một số hộ dân tự ý phá rừng làm rẫy, mua bán đất trái phép ở các xã biên giới; việc lợi dụng mạng xã hội để phát tán thông tin xuyên tạc chính sách dân tộc, tôn giáo. Ủy ban MTTQ tỉnh đề nghị Ban Dân vận Tỉnh ủy sớm tham mưu cho Thường trực Tỉnh ủy chỉ đạo giải quyết dứt điểm các vụ tranh chấp đất kéo dài, tránh để kẻ xấu lợi dụng kích động.
Cùng ngày, Ban Dân vận Tỉnh ủy đã giao ban với các đồng chí trưởng ban dân vận của 17 huyện, thị xã, thành phố qua điện thoại.
Đinh Yến
Tin cùng chuyên mục
- Chư Sê biểu dương 45 điển hình "Dân vận khéo" (15/06/2016)
- Đối thoại với người dân làng Plei Ơi về đất rẫy (08/06/2016)
- Tập huấn công tác dân tộc cho cán bộ cơ sở (26/05/2016)
- Ia Grai: vận động đồng bào làm nhà vệ sinh, chuồng trại xa nhà (18/05/2016)
- Đak Đoa gặp mặt chức sắc Tin lành (10/05/2016)
""", "2016-06-24", "Nắm chắc tình hình nhân dân vùng đồng bào dân tộc thiểu số",
E("giao_ban", "2016-Q2", "2016-06-23"),
[P("Ksor Y Đớk", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Lan", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đức Nghĩa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Siu H'Blơi", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Rah Lan Chung", "Trưởng ban Tôn giáo tỉnh")],
[Q("43 hộ", 43, "hộ"), Q("196 khẩu", 196, "khẩu"), Q("4 tôn giáo chính", 4, "tôn giáo chính"), Q("hơn 380.000 tín đồ", 380000, "tín đồ", "over"),
 Q("64 đơn thư", 64, "đơn thư"), Q("39 đơn", 39, "đơn"), Q("27 điểm nhóm", 27, "điểm nhóm"), Q("1.214 người có uy tín", 1214, "người có uy tín"),
 Q("17 huyện, thị xã, thành phố", 17, "huyện, thị xã, thành phố")],
[D("Chỉ thị", "01", "2005/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị 01/2005/CT-TTg"),
 D("Kế hoạch", "112", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 112-KH/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 19-CT/TU")],
[prov("Gia Lai")],
["BÁO GIA LAI ĐIỆN TỬ", "Vị trí: Trang chủ >> Chính trị >> Dân vận", "Toàn cảnh buổi giao ban.", "Tin lành Đê Ga", "Dân vận khéo", "Plei Ơi"],
["Ngày đăng 24/06/2016 | 14:20", "quý II/2016", "3 tháng", "quý II", "tháng 7"]))
