from lib import *
PAGES = []

PAGES.append(page("b1685-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Hoạt động của Ban > Tin tức
28/12/2011 - 16:20
Lào Cai: Khối dân vận triển khai nhiệm vụ năm 2012
Ngày 27/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai phương hướng, nhiệm vụ năm 2012. Đồng chí Sần Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lù Văn Pao, Hoàng Thị Dung; đại diện lãnh đạo Ủy ban MTTQ và các đoàn thể chính trị - xã hội tỉnh cùng 65 đồng chí là trưởng, phó ban dân vận các huyện ủy, thành ủy.
Quang cảnh hội nghị tổng kết. Ảnh: Văn Hải
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 14/4/2011 về tăng cường công tác dân vận vùng đồng bào Mông và Kế hoạch 38, 39-KH/TU về thực hiện Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Công tác nắm tình hình được duy trì thường xuyên; khối dân vận đã phối hợp vận động 146 hộ đồng bào Mông ở vùng cao không nghe theo kẻ xấu tuyên truyền, di cư tự do.
Phong trào thi đua "Dân vận khéo" tiếp tục lan tỏa. Toàn tỉnh hiện có 1.236 mô hình, trong đó có 87 mô hình được Ban Thường vụ Tỉnh ủy biểu dương. Nhân dân các dân tộc đã hiến trên 42.000 m2 đất, đóng góp hơn 18.600 ngày công và gần 3,4 tỷ đồng để làm đường giao thông nông thôn, xây nhà văn hóa thôn; Mặt trận và các đoàn thể vận động xóa 412 căn nhà tạm cho hộ nghèo.
Tham luận tại hội nghị, đồng chí Vàng A Chính, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Hà, chia sẻ cách làm "đi từng ngõ, gõ từng nhà" khi vận động bà con bỏ tục lệ ma chay tốn kém. Đồng chí Lò Thị Hiên, Bí thư Đảng ủy xã Bản Lầu, kiến nghị tỉnh quan tâm phụ cấp cho trưởng thôn và tổ dân vận ở các thôn biên giới.
Hội nghị cũng chỉ ra những hạn chế: dân vận chính quyền ở một số nơi còn yếu, cán bộ cơ sở chưa thật sự gần dân; việc giải quyết đơn thư ở một số xã còn chậm, để kéo dài.
Phát biểu kết luận, đồng chí Sần Thị Mai đề nghị năm 2012 khối dân vận các cấp tập trung sơ kết Quy chế dân vận, gắn công tác dân vận với chương trình xây dựng nông thôn mới và giảm nghèo bền vững; làm tốt công tác vận động đồng bào theo đạo Tin lành sinh hoạt đúng pháp luật.
Dịp này, Ban Dân vận Tỉnh ủy tặng Giấy khen cho 14 tập thể và 21 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2011.
Thu Trang
Lượt xem: 1.024
Tin liên quan
- Bắc Hà: Hiệu quả từ mô hình "Dân vận khéo" trong xây dựng nông thôn mới (20/12/2011)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Mường Khương (08/12/2011)
- Vận động đồng bào Mông định canh, định cư ở Si Ma Cai (25/11/2011)
- Tập huấn công tác dân vận cho cán bộ cơ sở năm 2011 (11/11/2011)
""", "2011-12-28", "Lào Cai: Khối dân vận triển khai nhiệm vụ năm 2012",
E("tong_ket", "2011", "2011-12-27"),
[P("Sần Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lù Văn Pao", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Dung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng A Chính", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Hà"),
 P("Lò Thị Hiên", "Bí thư Đảng ủy xã Bản Lầu")],
[Q("65 đồng chí", 65, "đồng chí"), Q("146 hộ đồng bào Mông", 146, "hộ đồng bào Mông"), Q("1.236 mô hình", 1236, "mô hình"),
 Q("87 mô hình", 87, "mô hình"), Q("trên 42.000 m2", 42000, "m2", "over"), Q("hơn 18.600 ngày công", 18600, "ngày công", "over"),
 Q("gần 3,4 tỷ đồng", 3400000000, "đồng", "approx"), Q("412 căn nhà tạm", 412, "căn nhà tạm"),
 Q("14 tập thể", 14, "tập thể"), Q("21 cá nhân", 21, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-14", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 14/4/2011"),
 D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU"),
 D("Kế hoạch", "39", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38, 39-KH/TU"),
 D("Kết luận", "62", "KL/TW", "2009-12-08", "Bộ Chính trị", "Kết luận số 62-KL/TW ngày 8/12/2009 của Bộ Chính trị")],
[prov("Lào Cai"), com("Bản Lầu")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Hoạt động của Ban > Tin tức", "Quang cảnh hội nghị tổng kết. Ảnh: Văn Hải",
 "Dân vận khéo", "đi từng ngõ, gõ từng nhà", "Quy chế dân vận", "Lượt xem: 1.024"],
["28/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "Lượt xem: 1.024"]))

PAGES.append(page("b1686-quangtri-bdv-soket-2012", """
Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị
Trang chủ / Chính trị / Xây dựng Đảng
10/07/2012 08:30 GMT+7
Đồng chí Hồ Đức Lâm phát biểu tại hội nghị
Vận động đồng bào Vân Kiều, Pa Kô giữ gìn an ninh vùng biên
QTO - Ngày 9/7, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012 và triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Hồ Đức Lâm, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, và đồng chí Lê Thị Thanh Hà, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, đồng chủ trì.
Sáu tháng qua, các cơ quan làm công tác dân vận đã tập trung tuyên truyền, vận động đồng bào các dân tộc thiểu số ở hai huyện Hướng Hóa, Đakrông chấp hành tốt chủ trương, chính sách, không vượt biên trái phép, không tham gia buôn bán hàng cấm. Ban Dân vận Tỉnh ủy ban hành Kế hoạch số 12-KH/BDVTU ngày 20/2/2012 về tăng cường công tác dân vận ở vùng biên giới; phối hợp đánh giá việc thực hiện Quyết định 1956/QĐ-TTg của Thủ tướng Chính phủ về đào tạo nghề cho lao động nông thôn và Nghị định 05/2011/NĐ-CP của Chính phủ về công tác dân tộc.
Lực lượng dân vận các cấp đã phối hợp với đồn biên phòng tổ chức 146 buổi tuyên truyền cho hơn 9.200 lượt người nghe; trao 620 suất học bổng với tổng trị giá 310 triệu đồng cho học sinh nghèo vùng biên. Ở xã Hướng Phùng, 38 hộ đồng bào Vân Kiều đã tự nguyện dỡ bỏ nhà sàn tạm ven suối để về khu tái định cư mới. Tỷ lệ hộ nghèo ở các xã biên giới giảm còn 34,6%.
Ông Hồ Văn Lìa, già làng bản Cựp, xã Hướng Phùng, cho biết nhờ cán bộ "3 cùng" với dân nên bà con đã bỏ dần tập quán du canh, trồng được hơn 200 ha cao su tiểu điền. Đồng chí Căn Thị Lòn, Bí thư Chi bộ kiêm Trưởng bản A Ngo, xã A Ngo, nêu khó khăn khi vận động người dân không khai thác gỗ trái phép.
Hội nghị thẳng thắn chỉ ra một số hạn chế: có lúc việc nắm tình hình chưa kịp thời; tình trạng thanh niên theo bạn bè sang nước bạn làm thuê không khai báo vẫn còn; một số mô hình dân vận khéo chưa được nhân rộng.
Kết luận hội nghị, Trưởng Ban Dân vận Tỉnh ủy Hồ Đức Lâm đề nghị 6 tháng cuối năm tiếp tục quán triệt Nghị quyết Trung ương 4 khóa XI, chú trọng dân vận chính quyền, phối hợp với Bộ đội Biên phòng tỉnh xây dựng "cụm dân cư an toàn", giữ vững an ninh trật tự khu vực biên giới Việt - Lào.
Bảo Ngọc
Các tin khác
- Hướng Hóa: Người có uy tín góp sức giữ bình yên bản làng (02/07/2012)
- Đakrông tập huấn kỹ năng vận động quần chúng (27/06/2012)
- Ban Dân vận Tỉnh ủy thăm, làm việc tại xã Ba Nang (15/06/2012)
- 48 mô hình dân vận khéo được biểu dương (06/06/2012)
""", "2012-07-10", "Vận động đồng bào Vân Kiều, Pa Kô giữ gìn an ninh vùng biên",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Hồ Đức Lâm", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Thanh Hà", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lìa", "già làng bản Cựp"),
 P("Căn Thị Lòn", "Bí thư Chi bộ kiêm Trưởng bản A Ngo")],
[Q("146 buổi tuyên truyền", 146, "buổi tuyên truyền"), Q("hơn 9.200 lượt người", 9200, "lượt người", "over"),
 Q("620 suất học bổng", 620, "suất học bổng"), Q("310 triệu đồng", 310000000, "đồng"),
 Q("38 hộ đồng bào Vân Kiều", 38, "hộ đồng bào Vân Kiều"), Q("34,6%", 34.6, "%"),
 Q("hơn 200 ha", 200, "ha", "over")],
[D("Kế hoạch", "12", "KH/BDVTU", "2012-02-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BDVTU ngày 20/2/2012"),
 D("Quyết định", "1956", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 1956/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị định", "05", "2011/NĐ-CP", None, "Chính phủ", "Nghị định 05/2011/NĐ-CP của Chính phủ")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Ngo")],
["Báo Quảng Trị - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Trị", "Trang chủ / Chính trị / Xây dựng Đảng",
 "Đồng chí Hồ Đức Lâm phát biểu tại hội nghị", "QTO", "cụm dân cư an toàn", "Nghị quyết Trung ương 4 khóa XI"],
["10/07/2012 08:30 GMT+7", "6 tháng đầu năm 2012", "6 tháng cuối năm", "3 cùng", "Nghị quyết Trung ương 4"]))

PAGES.append(page("b1687-hoabinh-giaoban-quy3-2013", """
Hôm nay: Thứ Hai, 07/10/2013
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HÒA BÌNH
Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận
Giao ban công tác dân vận quý III năm 2013
Ngày đăng 04/10/2013 | 15:30
Chiều 3/10, Ban Dân vận Tỉnh ủy Hòa Bình tổ chức giao ban công tác dân vận quý III, triển khai nhiệm vụ quý IV năm 2013. Đồng chí Xa Văn Hùng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Tham dự có các đồng chí Bạch Thị Nhàn, Quách Văn Tuân - Phó Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo Ủy ban MTTQ, các đoàn thể tỉnh và trưởng ban dân vận 11 huyện, thành ủy.
Trọng tâm trong quý là quán triệt Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới. Đến nay, các huyện, thành ủy đã tổ chức 15 hội nghị quán triệt cho 3.270 cán bộ, đảng viên; Ban Dân vận Tỉnh ủy đang giúp Tỉnh ủy xây dựng dự thảo Kế hoạch số 34-KH/TU thực hiện Nghị quyết, dự kiến ban hành trong tháng 10.
Về dân vận chính quyền, trong quý các cấp đã tiếp 86 lượt công dân, tiếp nhận 29 đơn thư; đã giải quyết dứt điểm 24 vụ việc, chủ yếu về tranh chấp đất đai ở các dự án thủy điện. Phong trào "Dân vận khéo" có thêm 42 mô hình mới, nâng tổng số lên 518 mô hình. Riêng xã Tú Sơn vận động nhân dân hiến hơn 3.000 m2 đất mở rộng đường liên xóm, huy động 450 triệu đồng từ nhân dân.
Đồng chí Đinh Thị Lữ, Trưởng Ban Dân vận Huyện ủy Kim Bôi, đề nghị Ban tham mưu tổ chức tọa đàm về vai trò của già làng, trưởng bản, người có uy tín trong dòng họ Mường. Đồng chí Bùi Văn Thắng, Chủ tịch Hội Nông dân tỉnh, thông tin về kết quả vận động hội viên góp vốn xây dựng 7 tổ hợp tác chăn nuôi.
Kết luận giao ban, đồng chí Trưởng Ban Dân vận Tỉnh ủy yêu cầu quý IV tập trung hoàn thành Kế hoạch thực hiện Nghị quyết 25, tổ chức tổng kết 15 năm thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở; chuẩn bị nội dung tổng kết công tác năm 2013.
Nhiều ý kiến tại giao ban cho rằng việc học tập, quán triệt nghị quyết mới cần gắn với kiểm tra, giám sát ở cơ sở, tránh tình trạng quán triệt xong rồi để đó. Ở vùng thủy điện, tâm tư của người dân tái định cư về đất sản xuất, nước sinh hoạt vẫn là vấn đề nổi cộm, cần được cấp ủy, chính quyền lắng nghe và giải quyết kịp thời, không để phát sinh điểm nóng.
Ngọc Lan
Số lượt xem: 732
Tin khác
- Hội thảo khoa học về công tác dân vận trong tình hình mới (27/09/2013)
- Lạc Sơn: Sơ kết mô hình "Dân vận khéo" ở xã Ngọc Lâu (19/09/2013)
- Gặp mặt người có uy tín tiêu biểu năm 2013 (12/09/2013)
- Ban Dân vận Tỉnh ủy kiểm tra công tác dân vận tại huyện Đà Bắc (30/08/2013)
""", "2013-10-04", "Giao ban công tác dân vận quý III năm 2013",
E("giao_ban", "2013-Q3", "2013-10-03"),
[P("Xa Văn Hùng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Bạch Thị Nhàn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quách Văn Tuân", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Thị Lữ", "Trưởng Ban Dân vận Huyện ủy Kim Bôi"),
 P("Bùi Văn Thắng", "Chủ tịch Hội Nông dân tỉnh")],
[Q("11 huyện, thành ủy", 11, "huyện, thành ủy"), Q("15 hội nghị quán triệt", 15, "hội nghị quán triệt"),
 Q("3.270 cán bộ, đảng viên", 3270, "cán bộ, đảng viên"), Q("86 lượt công dân", 86, "lượt công dân"),
 Q("29 đơn thư", 29, "đơn thư"), Q("24 vụ việc", 24, "vụ việc"), Q("42 mô hình mới", 42, "mô hình mới"),
 Q("518 mô hình", 518, "mô hình"), Q("hơn 3.000 m2", 3000, "m2", "over"), Q("450 triệu đồng", 450000000, "đồng"),
 Q("7 tổ hợp tác chăn nuôi", 7, "tổ hợp tác chăn nuôi")],
[D("Nghị quyết", "25", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương"),
 D("Kế hoạch", "34", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 34-KH/TU"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW của Bộ Chính trị")],
[prov("Hòa Bình"), com("Tú Sơn")],
["Hôm nay: Thứ Hai, 07/10/2013", "CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY HÒA BÌNH",
 "Trang chủ » Tin tức - Sự kiện » Hoạt động dân vận", "Dân vận khéo", "Quy chế dân chủ ở cơ sở", "Số lượt xem: 732"],
["Ngày đăng 04/10/2013 | 15:30", "quý III", "quý IV năm 2013", "khóa XI", "15 năm", "Nghị quyết 25", "năm 2013", "Số lượt xem: 732"]))

PAGES.append(page("b1688-binhthuan-bacbinh-doithoai-2014", """
BÌNH THUẬN ONLINE - Cổng thông tin của Đảng bộ tỉnh Bình Thuận
Trang chủ | Thời sự | Dân vận - Mặt trận
08:15 | 18/09/2014
Bắc Bình: Bí thư Huyện ủy đối thoại với nông dân về chuyển đổi cây trồng
(BTO) - Sáng 17/9, Huyện ủy Bắc Bình tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2014, tập trung vào việc chuyển đổi đất lúa kém hiệu quả sang trồng cây thanh long, cây màu. Đồng chí Phan Văn Đạt, Tỉnh ủy viên, Bí thư Huyện ủy Bắc Bình chủ trì; cùng dự có Phó Chủ tịch UBND huyện Lê Quang Hiền và hơn 200 đại biểu là nông dân các xã Phan Hiệp, Phan Hòa, Hải Ninh.
Toàn cảnh buổi đối thoại tại hội trường UBND huyện. Ảnh: Đức Thọ
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, năm 2014 Huyện ủy đã ban hành Quy chế phối hợp số 03-QC/HU giữa Thường trực Huyện ủy với Ủy ban MTTQ và các đoàn thể huyện về tổ chức đối thoại định kỳ. Huyện đã chuyển đổi được 1.850 ha đất lúa thiếu nước sang cây trồng khác; mỗi hecta chuyển đổi được hỗ trợ 2 triệu đồng tiền giống.
Tại buổi đối thoại có 19 ý kiến của bà con. Ông Thông Văn Kim, thôn Bình Thắng, xã Phan Hiệp, hỏi về tiến độ nạo vét kênh mương vì đã 2 vụ liền thiếu nước. Bà Báo Thị Hường, Chủ tịch Hội Nông dân xã Phan Hòa, phản ánh giá phân bón tăng, đề nghị huyện hỗ trợ vay vốn ưu đãi cho 62 hộ đồng bào Chăm mới chuyển sang trồng thanh long. Một số hộ ở xã Hải Ninh kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất.
Trả lời, đồng chí Lê Quang Hiền cho biết huyện đã bố trí 3,5 tỷ đồng nạo vét tuyến kênh chính, sẽ hoàn thành trước vụ đông xuân; về vốn vay, Ngân hàng Chính sách xã hội huyện sẽ giải ngân khoảng 40% nguồn vốn cho hộ đồng bào dân tộc thiểu số.
Kết luận, Bí thư Huyện ủy Phan Văn Đạt ghi nhận các ý kiến xác đáng, giao Ban Dân vận Huyện ủy theo dõi, đôn đốc các ngành trả lời bằng văn bản trong 30 ngày. Đồng chí nhấn mạnh tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra" phải được thực hiện thực chất, không hình thức.
Ông Lư Văn Sơn, Trưởng Ban Dân vận Huyện ủy, cho biết đây là buổi đối thoại thứ ba trong năm; các ý kiến chưa trả lời được tại chỗ sẽ được tổng hợp, công khai tại nhà văn hóa thôn.
Theo nhiều đại biểu, cách tổ chức đối thoại công khai, có ghi âm, ghi biên bản và trả lời bằng văn bản đã giúp người dân yên tâm bày tỏ nguyện vọng; cán bộ cũng nắm rõ hơn những vướng mắc ở cơ sở để điều chỉnh cách làm cho phù hợp với thực tế sản xuất của bà con.
Đức Thọ
Tin liên quan
- Tuy Phong: Đối thoại với ngư dân về khai thác hải sản xa bờ (05/09/2014)
- Bắc Bình có thêm 5 mô hình "Dân vận khéo" (21/08/2014)
- Người có uy tín trong đồng bào Chăm góp sức xây dựng nông thôn mới (07/08/2014)
""", "2014-09-18", "Bắc Bình: Bí thư Huyện ủy đối thoại với nông dân về chuyển đổi cây trồng",
E("doi_thoai", "2014", "2014-09-17"),
[P("Phan Văn Đạt", "Tỉnh ủy viên", "Bí thư Huyện ủy Bắc Bình", "Bí thư Huyện ủy"),
 P("Lê Quang Hiền", "Phó Chủ tịch UBND huyện"),
 P("Thông Văn Kim"),
 P("Báo Thị Hường", "Chủ tịch Hội Nông dân xã Phan Hòa"),
 P("Lư Văn Sơn", "Trưởng Ban Dân vận Huyện ủy")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("1.850 ha", 1850, "ha"), Q("2 triệu đồng", 2000000, "đồng"),
 Q("19 ý kiến", 19, "ý kiến"), Q("62 hộ đồng bào Chăm", 62, "hộ đồng bào Chăm"), Q("3,5 tỷ đồng", 3500000000, "đồng"),
 Q("khoảng 40%", 40, "%", "approx")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW và 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
 D("Quy chế phối hợp", "03", "QC/HU", None, "Huyện ủy", "Quy chế phối hợp số 03-QC/HU")],
[prov("Bình Thuận"), com("Phan Hiệp"), com("Phan Hòa"), com("Hải Ninh")],
["BÌNH THUẬN ONLINE - Cổng thông tin của Đảng bộ tỉnh Bình Thuận", "Trang chủ | Thời sự | Dân vận - Mặt trận", "(BTO)",
 "Toàn cảnh buổi đối thoại tại hội trường UBND huyện. Ảnh: Đức Thọ", "dân biết, dân bàn, dân làm, dân kiểm tra",
 "Ngân hàng Chính sách xã hội huyện"],
["08:15 | 18/09/2014", "năm 2014", "2 vụ", "30 ngày", "thứ ba"]))

PAGES.append(page("b1689-camau-bdv-taphuan-2015", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
Trang chủ :: Tin hoạt động :: Đào tạo, bồi dưỡng
05-06-2015 10:12
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2015
Trong 2 ngày 3 và 4/6, Ban Dân vận Tỉnh ủy Cà Mau phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác dân vận năm 2015 cho 165 học viên là trưởng, phó khối dân vận của 101 xã, phường, thị trấn trong tỉnh.
Phát biểu khai mạc, đồng chí Lâm Văn Bé, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: cán bộ dân vận cơ sở là người trực tiếp "nghe dân nói, nói dân hiểu, làm dân tin", vì vậy phải được trang bị kỹ năng nắm tình hình, vận động quần chúng và xử lý các tình huống phát sinh ở địa bàn.
Trong thời gian tập huấn, học viên được nghe 7 chuyên đề, trong đó có Hướng dẫn số 08-HD/BDVTW ngày 20/12/2013 của Ban Dân vận Trung ương về khối dân vận cơ sở; Chương trình hành động số 21-CTr/TU của Tỉnh ủy thực hiện Nghị quyết 25-NQ/TW về công tác dân vận trong tình hình mới; kỹ năng tiếp công dân, tổ chức đối thoại và xây dựng mô hình "Dân vận khéo". Các đồng chí Tô Văn Lợi, Phó Trưởng Ban Dân vận Tỉnh ủy, và Huỳnh Thị Ngọc Hân, Phó Hiệu trưởng Trường Chính trị tỉnh, trực tiếp truyền đạt.
Theo Ban tổ chức, năm 2014 khối dân vận các xã đã vận động nhân dân đóng góp trên 12,6 tỷ đồng, hiến 28.400 m2 đất làm 146 cây cầu giao thông nông thôn; giúp 830 hộ đồng bào Khmer có đất sản xuất hoặc việc làm ổn định. Tỷ lệ xã có khối dân vận hoạt động khá, tốt đạt 92%.
Tại lớp học, nhiều học viên nêu tình huống cụ thể. Đồng chí Danh Út, Phó Bí thư Thường trực Đảng ủy, Trưởng khối dân vận xã Khánh Bình Tây, chia sẻ kinh nghiệm vận động hộ dân nuôi tôm giữ rừng phòng hộ. Cán bộ xã Tân Hưng Đông nêu khó khăn trong giải quyết tranh chấp ranh đất giữa các hộ bà con.
Kinh phí tổ chức lớp học 86 triệu đồng do ngân sách tỉnh cấp. Kết thúc khóa học, các học viên làm bài thu hoạch, 100% học viên đạt yêu cầu.
Nhiều học viên cho rằng nội dung lớp học thiết thực, sát với công việc hằng ngày ở ấp, khóm; đề nghị Ban Dân vận Tỉnh ủy tổ chức thêm các buổi trao đổi kinh nghiệm giữa các địa phương, nhất là về kỹ năng vận động đồng bào dân tộc Khmer và người dân vùng ven biển tham gia bảo vệ rừng, phòng chống sạt lở. Ban tổ chức ghi nhận và sẽ đưa vào kế hoạch những năm tiếp theo.
Mộng Tuyền
Lượt xem: 548
Tin cùng chuyên mục
- Cà Mau: 15 năm thực hiện Quy chế dân chủ ở cơ sở (28/05/2015)
- Gặp mặt chức sắc Phật giáo Nam tông Khmer nhân lễ Sene Dolta (14/05/2015)
- Sơ kết mô hình "Dân vận khéo" quý I/2015 (10/04/2015)
""", "2015-06-05", "Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2015",
E("tap_huan", "2015", "2015-06-03"),
[P("Lâm Văn Bé", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Tô Văn Lợi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Ngọc Hân", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Danh Út", "Phó Bí thư Thường trực Đảng ủy", "Trưởng khối dân vận xã Khánh Bình Tây")],
[Q("165 học viên", 165, "học viên"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"), Q("7 chuyên đề", 7, "chuyên đề"),
 Q("trên 12,6 tỷ đồng", 12600000000, "đồng", "over"), Q("28.400 m2", 28400, "m2"), Q("146 cây cầu giao thông nông thôn", 146, "cây cầu giao thông nông thôn"),
 Q("830 hộ đồng bào Khmer", 830, "hộ đồng bào Khmer"), Q("92%", 92, "%"), Q("86 triệu đồng", 86000000, "đồng"), Q("100%", 100, "%")],
[D("Hướng dẫn", "08", "HD/BDVTW", "2013-12-20", "Ban Dân vận Trung ương", "Hướng dẫn số 08-HD/BDVTW ngày 20/12/2013 của Ban Dân vận Trung ương"),
 D("Chương trình hành động", "21", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 21-CTr/TU của Tỉnh ủy"),
 D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết 25-NQ/TW")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "Trang chủ :: Tin hoạt động :: Đào tạo, bồi dưỡng", "Ảnh: Quang cảnh lớp tập huấn.",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Dân vận khéo", "Trường Chính trị tỉnh", "Lượt xem: 548"],
["05-06-2015 10:12", "2 ngày", "năm 2015", "năm 2014", "Lượt xem: 548"]))

PAGES.append(page("b1690-nghean-bdv-giamsat-quyhop-2016", """
Báo Nghệ An điện tử
Thời sự > Chính trị > Dân vận
Thứ Tư, 24/08/2016 - 14:05
Đoàn giám sát của Ban Dân vận Tỉnh ủy làm việc tại huyện Quỳ Hợp
(Baonghean.vn) - Ngày 23/8, Đoàn giám sát của Ban Dân vận Tỉnh ủy Nghệ An do đồng chí Phan Đình Lục, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và công tác dân vận chính quyền tại huyện Quỳ Hợp.
Cùng đi có đồng chí Lữ Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện Văn phòng UBND tỉnh, Sở Nội vụ. Tiếp và làm việc với đoàn có đồng chí Vi Văn Sơn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Quỳ Hợp, cùng lãnh đạo các ban, ngành.
Đồng chí Phan Đình Lục làm việc với lãnh đạo huyện Quỳ Hợp. Ảnh: Thanh Lê
Cuộc giám sát được tiến hành theo Kế hoạch số 56-KH/BDVTU ngày 5/7/2016 của Ban Dân vận Tỉnh ủy, nhằm đánh giá việc triển khai Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Trước đó, đoàn đã làm việc trực tiếp tại 2 xã Châu Quang và Châu Lộc.
Báo cáo của huyện cho thấy, 21/21 xã, thị trấn đã thành lập ban chỉ đạo thực hiện quy chế dân chủ; các nội dung "dân biết, dân bàn" được niêm yết công khai tại trụ sở và nhà văn hóa khối, xóm. Từ đầu năm, nhân dân trong huyện đã hiến 15.600 m2 đất, đóng góp 4,2 tỷ đồng làm đường bê tông; xây dựng thêm 34 mô hình "Dân vận khéo". Huyện cũng đã tổ chức 12 cuộc đối thoại với người dân vùng khai thác đá, giải quyết 24 vụ việc khiếu nại liên quan ô nhiễm môi trường.
Tuy vậy, qua giám sát cho thấy ở một số xã việc công khai thu chi các khoản đóng góp còn chậm; ban thanh tra nhân dân hoạt động chưa thường xuyên; vẫn còn 3 vụ khiếu kiện đông người tại xã Châu Quang chưa được giải quyết dứt điểm.
Phát biểu kết luận, đồng chí Trưởng đoàn đề nghị Huyện ủy Quỳ Hợp chỉ đạo chính quyền các cấp nâng cao trách nhiệm người đứng đầu trong tiếp dân; sớm giải quyết dứt điểm các vụ việc tồn đọng; phát huy vai trò của Mặt trận và ban thanh tra nhân dân trong giám sát các công trình, dự án tại cơ sở. Đoàn sẽ tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy kết quả giám sát trong tháng 9.
Thay mặt Huyện ủy, đồng chí Vi Văn Sơn tiếp thu ý kiến của đoàn, cho biết huyện sẽ rà soát lại toàn bộ quy trình tiếp công dân, tăng cường đối thoại tại cơ sở; đồng thời chỉ đạo các xã vùng mỏ công khai quy hoạch, phương án bồi thường để người dân giám sát, hạn chế phát sinh khiếu kiện mới.
Thanh Lê
Lượt đọc: 2.117
Tin liên quan
- Quế Phong: Vận động đồng bào Thái giữ rừng đầu nguồn (18/08/2016)
- Giám sát việc thực hiện quy chế dân chủ tại Tân Kỳ (10/08/2016)
- Giao ban khối dân vận 6 tháng đầu năm 2016 (22/07/2016)
""", "2016-08-24", "Đoàn giám sát của Ban Dân vận Tỉnh ủy làm việc tại huyện Quỳ Hợp",
E("giam_sat", None, "2016-08-23"),
[P("Phan Đình Lục", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lữ Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vi Văn Sơn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Quỳ Hợp")],
[Q("2 xã", 2, "xã"), Q("21/21 xã, thị trấn", 21, "xã, thị trấn"), Q("15.600 m2", 15600, "m2"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("34 mô hình", 34, "mô hình"), Q("12 cuộc đối thoại", 12, "cuộc đối thoại"), Q("24 vụ việc khiếu nại", 24, "vụ việc khiếu nại"),
 Q("3 vụ khiếu kiện đông người", 3, "vụ khiếu kiện đông người")],
[D("Kế hoạch", "56", "KH/BDVTU", "2016-07-05", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 56-KH/BDVTU ngày 5/7/2016 của Ban Dân vận Tỉnh ủy"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị")],
[prov("Nghệ An"), com("Châu Quang"), com("Châu Lộc")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị > Dân vận", "(Baonghean.vn)",
 "Đồng chí Phan Đình Lục làm việc với lãnh đạo huyện Quỳ Hợp. Ảnh: Thanh Lê", "dân biết, dân bàn", "Dân vận khéo",
 "Quy chế dân chủ ở cơ sở", "Lượt đọc: 2.117"],
["Thứ Tư, 24/08/2016 - 14:05", "tháng 9", "Lượt đọc: 2.117"]))
