from lib import *
PAGES = []

PAGES.append(page("b8453-namdinh-hnct-hoinghi-2011", """
HỘI NGƯỜI CAO TUỔI TỈNH NAM ĐỊNH
Trang chủ > Tin tức > Hoạt động các cấp Hội
Thứ Ba, 18/10/2011 - 09:12
Nam Định: Người cao tuổi được trang bị kiến thức phòng chống lừa đảo qua điện thoại, tin nhắn
Ngày 14/10/2011, Ban Đại diện Hội Người cao tuổi tỉnh Nam Định phối hợp với Công an tỉnh tổ chức hội nghị tuyên truyền phòng chống lừa đảo qua điện thoại, tin nhắn và mạng Internet cho hơn 200 đại biểu là chủ tịch hội người cao tuổi các xã, phường, thị trấn trong tỉnh. Ông Trần Văn Thịnh, Trưởng Ban Đại diện Hội Người cao tuổi tỉnh dự và phát biểu khai mạc. Cùng dự có các ông, bà: Nguyễn Văn Tảo, Lê Thị Hiên, Phạm Quang Vinh - Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh.
Toàn cảnh hội nghị tuyên truyền. Ảnh: Minh Đức
Tại hội nghị, Trung tá Vũ Đức Hạnh, Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh thông tin: từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 17 vụ lừa đảo qua điện thoại, trong đó có 9 trường hợp bị hại là người cao tuổi, tổng số tiền bị chiếm đoạt gần 1,3 tỷ đồng. Các đối tượng thường giả danh cán bộ công an, viện kiểm sát, nhân viên bưu điện, gọi điện báo người thân bị tai nạn hoặc thông báo trúng thưởng xe máy, yêu cầu nạp thẻ cào, chuyển tiền vào tài khoản để "nhận giải".
Đồng chí Hạnh dẫn trường hợp ông Đỗ Văn Khoa, 76 tuổi, ở xã Nam Thanh, huyện Nam Trực: tháng 8 vừa qua ông nhận được cuộc gọi của người tự xưng là cán bộ điều tra, thông báo ông có liên quan đến một đường dây rửa tiền, buộc phải chuyển 45 triệu đồng để "xác minh". Rất may, khi ông ra bưu điện chuyển tiền, nhân viên bưu điện phát hiện nghi vấn, báo cho Công an xã kịp thời ngăn chặn.
Thực hiện Kế hoạch số 27/KH-HNCT ngày 5/9/2011 của Ban Đại diện Hội Người cao tuổi tỉnh và Chương trình phối hợp số 03/CTrPH giữa Công an tỉnh và Hội Người cao tuổi tỉnh, từ tháng 9 đến nay Hội đã in và phát 3.500 tờ rơi; 226 chi hội đã lồng ghép nội dung phòng chống lừa đảo vào buổi sinh hoạt định kỳ, đạt 92% số chi hội trong tỉnh.
Bà Phạm Thị Lụa, Chủ tịch Hội Người cao tuổi xã Hải Phương chia sẻ: xã thành lập "tổ tư vấn" gồm 3 hội viên từng làm công an, bưu điện, ngân hàng; hội viên nào nhận cuộc gọi lạ đều có thể hỏi tổ trước khi làm theo. "Người già mình hay tin người, nghe nói con cháu bị tai nạn là cuống lên, nên phải nói đi nói lại nhiều lần", bà Lụa nói.
Phát biểu bế mạc, ông Trần Văn Thịnh đề nghị mỗi hội viên trở thành một tuyên truyền viên trong gia đình, dòng họ; khi phát hiện dấu hiệu nghi vấn báo ngay cho Công an xã hoặc gọi số 113. Ban Đại diện Hội sẽ đưa kết quả tuyên truyền vào tiêu chí bình xét chi hội vững mạnh cuối năm.
Ngọc Lan
Lượt xem: 1.204
Tin liên quan
- Hội Người cao tuổi Hải Hậu ra mắt 12 câu lạc bộ liên thế hệ (05/10/2011)
- Cảnh giác với tin nhắn "trúng thưởng xe SH" (28/09/2011)
- Nam Trực: 350 hội viên dự tọa đàm chăm sóc sức khỏe (15/09/2011)
- Tổng kết 10 năm thực hiện Pháp lệnh Người cao tuổi (20/08/2011)
""", "2011-10-18", "Nam Định: Người cao tuổi được trang bị kiến thức phòng chống lừa đảo qua điện thoại, tin nhắn",
E("hoi_nghi", None, "2011-10-14"),
[P("Trần Văn Thịnh", "Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Nguyễn Văn Tảo", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Lê Thị Hiên", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Phạm Quang Vinh", "Phó Trưởng Ban Đại diện Hội Người cao tuổi tỉnh"),
 P("Vũ Đức Hạnh", "Trung tá", "Phó Trưởng phòng Cảnh sát hình sự Công an tỉnh"),
 P("Đỗ Văn Khoa"),
 P("Phạm Thị Lụa", "Chủ tịch Hội Người cao tuổi xã Hải Phương")],
[Q("hơn 200 đại biểu", 200, "đại biểu", "over"), Q("17 vụ lừa đảo qua điện thoại", 17, "vụ lừa đảo qua điện thoại"),
 Q("9 trường hợp", 9, "trường hợp"), Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("3.500 tờ rơi", 3500, "tờ rơi"), Q("226 chi hội", 226, "chi hội"),
 Q("92%", 92, "%"), Q("3 hội viên", 3, "hội viên")],
[D("Kế hoạch", "27", "KH-HNCT", "2011-09-05", "Ban Đại diện Hội Người cao tuổi tỉnh", "Kế hoạch số 27/KH-HNCT ngày 5/9/2011"),
 D("Chương trình phối hợp", "03", "CTrPH", None, "Công an tỉnh và Hội Người cao tuổi tỉnh", "Chương trình phối hợp số 03/CTrPH")],
[prov("Nam Định"), com("Nam Thanh"), com("Hải Phương")],
["HỘI NGƯỜI CAO TUỔI TỈNH NAM ĐỊNH", "Trang chủ > Tin tức > Hoạt động các cấp Hội", "Toàn cảnh hội nghị tuyên truyền. Ảnh: Minh Đức",
 "tổ tư vấn", "nhận giải", "Lượt xem: 1.204"],
["Thứ Ba, 18/10/2011 - 09:12", "76 tuổi", "113", "tháng 8", "tháng 9", "Lượt xem: 1.204"]))

PAGES.append(page("b8454-danang-mttq-taphuan-2012", """
ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG
Trang chủ / Hoạt động Mặt trận / Mặt trận cơ sở
08:15 | 09/08/2012
Tập huấn kỹ năng nhận diện thủ đoạn lừa đảo qua mạng cho cán bộ Mặt trận cơ sở
Trong hai ngày 7 và 8/8/2012, Ban Thường trực Ủy ban MTTQ Việt Nam thành phố Đà Nẵng phối hợp với Phòng Cảnh sát phòng chống tội phạm sử dụng công nghệ cao (PC50) Công an thành phố mở lớp tập huấn năm 2012 về kỹ năng tuyên truyền, nhận diện thủ đoạn lừa đảo qua mạng cho 150 học viên là cán bộ Mặt trận của 56 phường, xã.
Học viên trao đổi tại lớp tập huấn. Ảnh: Q.T
Khai mạc lớp tập huấn, bà Nguyễn Thị Thanh Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố cho biết: cùng với việc Internet, mạng xã hội phát triển nhanh, các đối tượng lừa đảo cũng thay đổi cách thức liên tục; người cao tuổi, người nội trợ, học sinh là những đối tượng dễ bị dụ dỗ. Cán bộ Mặt trận ở khu dân cư là người gần dân nhất, cần được trang bị kiến thức để hướng dẫn bà con.
Thiếu tá Lê Quang Vũ, Đội trưởng Đội Phòng chống tội phạm mạng thuộc Phòng PC50 giới thiệu các thủ đoạn phổ biến: chiếm quyền tài khoản Yahoo, Facebook rồi nhắn tin mượn tiền người thân; gửi tin nhắn trúng thưởng yêu cầu nộp phí nhận quà; bán hàng qua mạng nhận tiền đặt cọc rồi cắt liên lạc. 6 tháng đầu năm 2012, Công an thành phố ghi nhận 38 vụ lừa đảo qua mạng, thiệt hại trên 2,1 tỷ đồng, phần lớn bị hại không trình báo ngay nên khó truy vết.
Theo Quy chế phối hợp số 12/QCPH-CATP-MTTQ giữa Công an thành phố và Ủy ban MTTQ Việt Nam thành phố, sau lớp học, mỗi Ban công tác Mặt trận khu dân cư tổ chức ít nhất 2 buổi tuyên truyền đến hộ gia đình trong quý III. Kế hoạch số 45/KH-MTTQ-BTT ngày 20/7/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam thành phố cũng yêu cầu lồng ghép nội dung này vào phong trào "Toàn dân bảo vệ an ninh Tổ quốc" và cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Tại lớp học, ông Huỳnh Văn Lợi, Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh chia sẻ: phường đã in 2.000 tờ rơi và phát trên loa truyền thanh 3 lần mỗi tuần. Bà Đặng Thị Mỹ Lệ, Trưởng ban công tác Mặt trận khu dân cư tổ 41, phường Thạc Gián kể lại chuyện một bà cụ trong tổ suýt chuyển 30 triệu đồng cho "cháu du học" vì tin tài khoản Facebook của cháu nhắn tin; nhờ con gái gọi điện kiểm tra nên kịp dừng lại.
Kết thúc lớp tập huấn, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa. Ban Thường trực Ủy ban MTTQ Việt Nam thành phố sẽ biên soạn tài liệu hỏi - đáp gửi các khu dân cư trong tháng 9.
Thanh Trúc
Bài viết liên quan
- Hòa Vang: 11 xã ra mắt mô hình "Khu dân cư an toàn" (30/07/2012)
- Mặt trận thành phố giám sát việc cấp giấy chứng nhận quyền sử dụng đất (17/07/2012)
- Hội nghị Ủy ban MTTQ Việt Nam thành phố lần thứ 5 (05/07/2012)
""", "2012-08-09", "Tập huấn kỹ năng nhận diện thủ đoạn lừa đảo qua mạng cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2012", "2012-08-07"),
[P("Nguyễn Thị Thanh Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Lê Quang Vũ", "Thiếu tá", "Đội trưởng Đội Phòng chống tội phạm mạng thuộc Phòng PC50"),
 P("Huỳnh Văn Lợi", "Chủ tịch Ủy ban MTTQ Việt Nam phường Hòa Minh"),
 P("Đặng Thị Mỹ Lệ", "Trưởng ban công tác Mặt trận khu dân cư tổ 41")],
[Q("150 học viên", 150, "học viên"), Q("56 phường, xã", 56, "phường, xã"), Q("38 vụ lừa đảo qua mạng", 38, "vụ lừa đảo qua mạng"),
 Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("ít nhất 2 buổi tuyên truyền", 2, "buổi tuyên truyền", "over"),
 Q("2.000 tờ rơi", 2000, "tờ rơi"), Q("30 triệu đồng", 30000000, "đồng"), Q("100%", 100, "%")],
[D("Quy chế phối hợp", "12", "QCPH-CATP-MTTQ", None, "Công an thành phố và Ủy ban MTTQ Việt Nam thành phố", "Quy chế phối hợp số 12/QCPH-CATP-MTTQ"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2012-07-20", "Ban Thường trực Ủy ban MTTQ Việt Nam thành phố", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/7/2012")],
[prov("Đà Nẵng"), com("Hòa Minh"), com("Thạc Gián")],
["ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ ĐÀ NẴNG", "Trang chủ / Hoạt động Mặt trận / Mặt trận cơ sở", "Học viên trao đổi tại lớp tập huấn. Ảnh: Q.T",
 "Toàn dân bảo vệ an ninh Tổ quốc", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "cháu du học", "PC50"],
["08:15 | 09/08/2012", "hai ngày", "6 tháng đầu năm 2012", "quý III", "3 lần mỗi tuần", "tổ 41", "tháng 9"]))

PAGES.append(page("b8455-cantho-bdvtu-giaoban-2013", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban
08/10/2013 - 16:40
Khối dân vận tăng cường tuyên truyền phòng ngừa lừa đảo qua mạng
Ảnh: Quang cảnh buổi giao ban.
Sáng 4/10, Ban Dân vận Thành ủy Cần Thơ tổ chức giao ban công tác dân vận quý III năm 2013 với ban dân vận các quận ủy, huyện ủy và đảng ủy trực thuộc. Đồng chí Nguyễn Văn Út, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Thành ủy: Lê Thị Mỹ Hạnh, Võ Minh Tâm.
Theo báo cáo, trong quý III, tình hình tư tưởng nhân dân cơ bản ổn định; tuy nhiên dư luận quan tâm nhiều đến các vụ lừa đảo qua mạng, qua điện thoại nhắm vào người lớn tuổi, tiểu thương. Công an thành phố tiếp nhận 21 vụ lừa đảo qua mạng, chiếm đoạt hơn 780 triệu đồng. Thực hiện Chỉ thị số 05-CT/TU ngày 12/4/2013 của Ban Thường vụ Thành ủy về tăng cường phòng ngừa tội phạm trong tình hình mới, khối dân vận 9 quận, huyện đã phối hợp tổ chức 64 buổi tuyên truyền với trên 5.200 lượt người dự; 86 tổ dân vận ấp, khu vực được củng cố.
Ban Dân vận Thành ủy đã ban hành Kế hoạch 112, 113-KH/BDVTU về tuyên truyền phòng chống tội phạm công nghệ cao trong đoàn viên, hội viên và về phát huy vai trò tổ dân vận trong phòng ngừa tội phạm ở khu dân cư.
Tại buổi giao ban, đồng chí Sơn Thị Sa Rết, HUV, Trưởng Ban Dân vận Huyện ủy Cờ Đỏ, phản ánh: đồng bào Khmer ở xã Thạnh Phú ít sử dụng mạng xã hội nhưng thường nhận tin nhắn "trúng thưởng" bằng tiếng Việt, nhiều người không đọc rõ nên gọi lại đầu số lạ, bị trừ tiền. Huyện đề nghị có tài liệu song ngữ Việt - Khmer và nhờ các vị sư trong chùa tuyên truyền vào ngày lễ.
Đồng chí Trương Quốc Bảo, Phó Trưởng Ban Dân vận Quận ủy Ninh Kiều, cho biết quận đã chọn phường An Khánh làm điểm, huy động 35 đoàn viên thanh niên đến từng nhà hướng dẫn người cao tuổi cài đặt chặn tin nhắn rác.
Bà Huỳnh Thị Kim Loan, Phó Chủ tịch Hội LHPN thành phố, thông tin: trong quý, Hội đã phối hợp tổ chức 18 buổi nói chuyện chuyên đề cho hội viên là tiểu thương ở các chợ; nhiều chị em phản ánh thường nhận cuộc gọi giả danh nhân viên điện lực, nhân viên ngân hàng yêu cầu cung cấp số tài khoản. Hội đề nghị Công an thành phố cung cấp thêm các vụ việc cụ thể để làm tài liệu tuyên truyền.
Kết luận buổi giao ban, đồng chí Nguyễn Văn Út đề nghị quý IV các cấp tập trung nắm tình hình, không để xảy ra điểm nóng; nhân rộng cách làm của phường An Khánh; mỗi tổ dân vận phải có công an khu vực tham gia. "Dân hiểu thì dân tự giữ được mình, mình giữ được dân", đồng chí nhấn mạnh.
Phương Thảo
Các tin đã đưa
- Ban Dân vận Thành ủy làm việc với Quận ủy Cái Răng (27/09/2013)
- Tập huấn nghiệp vụ công tác dân vận năm 2013 (12/09/2013)
- Ô Môn sơ kết 2 năm thực hiện mô hình "Dân vận khéo" (30/08/2013)
- Thăm, tặng quà đồng bào Khmer nhân lễ Sene Đôlta (02/10/2013)
""", "2013-10-08", "Khối dân vận tăng cường tuyên truyền phòng ngừa lừa đảo qua mạng",
E("giao_ban", "2013-Q3", "2013-10-04"),
[P("Nguyễn Văn Út", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Lê Thị Mỹ Hạnh", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Võ Minh Tâm", "Phó Trưởng Ban Dân vận Thành ủy"),
 P("Sơn Thị Sa Rết", "HUV", "Trưởng Ban Dân vận Huyện ủy Cờ Đỏ"),
 P("Trương Quốc Bảo", "Phó Trưởng Ban Dân vận Quận ủy Ninh Kiều"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Hội LHPN thành phố")],
[Q("21 vụ lừa đảo qua mạng", 21, "vụ lừa đảo qua mạng"), Q("hơn 780 triệu đồng", 780000000, "đồng", "over"),
 Q("9 quận, huyện", 9, "quận, huyện"), Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"),
 Q("trên 5.200 lượt người", 5200, "lượt người", "over"), Q("86 tổ dân vận", 86, "tổ dân vận"),
 Q("35 đoàn viên thanh niên", 35, "đoàn viên thanh niên"), Q("18 buổi nói chuyện chuyên đề", 18, "buổi nói chuyện chuyên đề")],
[D("Chỉ thị", "05", "CT/TU", "2013-04-12", "Ban Thường vụ Thành ủy", "Chỉ thị số 05-CT/TU ngày 12/4/2013"),
 D("Kế hoạch", "112", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 112, 113-KH/BDVTU"),
 D("Kế hoạch", "113", "KH/BDVTU", None, "Ban Dân vận Thành ủy", "Kế hoạch 112, 113-KH/BDVTU")],
[prov("Cần Thơ"), com("Thạnh Phú"), com("An Khánh")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ :: Tin tức - Sự kiện :: Hoạt động Ban", "Ảnh: Quang cảnh buổi giao ban.",
 "Dân hiểu thì dân tự giữ được mình, mình giữ được dân"],
["08/10/2013 - 16:40", "quý III năm 2013", "quý IV"]))

PAGES.append(page("b8456-laocai-hnd-hoinghi-2014", """
Báo Lào Cai điện tử
Xã hội › Dân vận
Thứ Năm, 20/11/2014 | 10:05
Bát Xát: Tuyên truyền phòng chống lừa đảo qua điện thoại cho đồng bào vùng cao
Ngày 18/11, Hội Nông dân huyện Bát Xát phối hợp với Công an huyện tổ chức hội nghị tuyên truyền phòng chống lừa đảo qua điện thoại, mạng Internet tại trụ sở UBND xã Y Tý cho 180 hội viên, nông dân của 3 xã Y Tý, A Lù, Ngải Thầu.
Những năm gần đây, sóng điện thoại đã phủ đến hầu hết thôn bản vùng cao Bát Xát; trên 70% hộ gia đình có điện thoại di động. Cùng với tiện ích, bà con cũng bắt đầu gặp những cuộc gọi, tin nhắn lạ. Bà Nguyễn Thị Hằng, Phó Chủ tịch Hội Nông dân huyện Bát Xát cho biết, năm 2014 trên địa bàn huyện đã xảy ra 4 vụ lừa đảo qua điện thoại, thiệt hại 62 triệu đồng; các đối tượng giả làm thương lái đặt mua thảo quả, yêu cầu bà con chuyển trước "tiền phí vận chuyển", hoặc nhắn tin báo trúng thưởng điện thoại rồi đề nghị nạp thẻ cào.
Đại úy Lò Văn Thắng, cán bộ Đội Cảnh sát hình sự Công an huyện, giới thiệu các dấu hiệu nhận biết: đầu số lạ, người gọi hối thúc chuyển tiền, yêu cầu giữ bí mật với gia đình. Để bà con dễ hiểu, phần trình bày được anh Sùng A Páo, Chủ tịch Hội Nông dân xã Y Tý dịch sang tiếng Mông.
Bà con người Hà Nhì, Mông chăm chú nghe tuyên truyền. Ảnh: Vũ Linh
Thực hiện Kế hoạch số 36-KH/HND ngày 2/10/2014 của Ban Thường vụ Hội Nông dân huyện, Hội đã biên soạn và in 400 tờ rơi song ngữ, phát đến các chi hội thôn. Xã Y Tý cũng đưa nội dung phòng chống lừa đảo vào Nghị quyết chuyên đề số 04-NQ/ĐU của Đảng ủy xã Y Tý về công tác an ninh trật tự ở thôn bản.
Ông Lý Mò Xá, người có uy tín thôn Lao Chải, xã Y Tý chia sẻ: "Năm ngoái nhà mình nhận tin nhắn báo trúng xe máy, may mà hỏi cán bộ xã trước. Giờ ai gọi bảo chuyển tiền là mình hỏi con cháu, hỏi công an đã". Ông Giàng A Chứ, Bí thư Đảng ủy xã A Lù đề nghị Hội Nông dân huyện tổ chức thêm các buổi tuyên truyền tại chợ phiên để nhiều bà con được nghe.
Theo Công an huyện, nhiều vụ việc không được trình báo vì bà con ngại đi xa, sợ phiền hà. Vì vậy, tổ công tác đề nghị các trưởng thôn lập danh sách số điện thoại của công an viên phụ trách thôn, dán tại nhà văn hóa và phát cho từng hộ; khi có cuộc gọi nghi vấn, người dân chỉ cần gọi cho công an viên.
Dịp này, Hội Nông dân huyện tặng 25 chiếc đài radio cho các hộ nghèo ở thôn xa trung tâm để bà con theo dõi chương trình phát thanh tiếng dân tộc.
Bà Nguyễn Thị Hằng cho biết thời gian tới, Hội sẽ phối hợp Công an huyện tổ chức tuyên truyền tại các xã còn lại của huyện, phấn đấu đến hết quý I/2015 mỗi chi hội đều được nghe phổ biến về thủ đoạn lừa đảo.
Vũ Linh
Tin cùng chuyên mục
- Sa Pa: ra mắt tổ hòa giải ở cơ sở thôn Lý Lao Chải (14/11/2014)
- Mường Khương hỗ trợ 120 con giống cho hộ nghèo (10/11/2014)
- Hội Nông dân tỉnh tập huấn kỹ thuật trồng thảo quả (03/11/2014)
""", "2014-11-20", "Bát Xát: Tuyên truyền phòng chống lừa đảo qua điện thoại cho đồng bào vùng cao",
E("hoi_nghi", None, "2014-11-18"),
[P("Nguyễn Thị Hằng", "Phó Chủ tịch Hội Nông dân huyện Bát Xát"),
 P("Lò Văn Thắng", "Đại úy", "cán bộ Đội Cảnh sát hình sự Công an huyện"),
 P("Sùng A Páo", "Chủ tịch Hội Nông dân xã Y Tý"),
 P("Lý Mò Xá", "người có uy tín thôn Lao Chải"),
 P("Giàng A Chứ", "Bí thư Đảng ủy xã A Lù")],
[Q("180 hội viên, nông dân", 180, "hội viên, nông dân"), Q("3 xã", 3, "xã"), Q("trên 70%", 70, "%", "over"),
 Q("4 vụ lừa đảo qua điện thoại", 4, "vụ lừa đảo qua điện thoại"), Q("62 triệu đồng", 62000000, "đồng"),
 Q("400 tờ rơi song ngữ", 400, "tờ rơi song ngữ"), Q("25 chiếc đài radio", 25, "chiếc đài radio")],
[D("Kế hoạch", "36", "KH/HND", "2014-10-02", "Ban Thường vụ Hội Nông dân huyện", "Kế hoạch số 36-KH/HND ngày 2/10/2014"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã Y Tý", "Nghị quyết chuyên đề số 04-NQ/ĐU")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Ngải Thầu")],
["Báo Lào Cai điện tử", "Xã hội › Dân vận", "Bà con người Hà Nhì, Mông chăm chú nghe tuyên truyền. Ảnh: Vũ Linh", "tiền phí vận chuyển"],
["Thứ Năm, 20/11/2014 | 10:05", "năm 2014", "quý I/2015"]))

PAGES.append(page("b8457-khanhhoa-bdvtu-soket-2015", """
BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA
Bạn đang ở: Trang chủ > Hoạt động dân vận > Tin trong tỉnh
Ngày đăng 14/07/2015 | 14:20
Đồng chí Hồ Thị Xuân Mai phát biểu tại hội nghị.
Sơ kết phối hợp tuyên truyền phòng, chống tội phạm sử dụng công nghệ cao
Chiều 10/7, Ban Dân vận Tỉnh ủy và Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 thực hiện Kế hoạch liên tịch số 02-KHLT/BDVTU-CAT về phối hợp tuyên truyền, vận động nhân dân phòng, chống tội phạm sử dụng công nghệ cao. Đồng chí Hồ Thị Xuân Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Nguyễn Văn Hải, Phó Giám đốc Công an tỉnh đồng chủ trì.
Theo báo cáo, 6 tháng đầu năm, toàn tỉnh xảy ra 14 vụ lừa đảo chiếm đoạt tài sản qua mạng, thiệt hại hơn 3,4 tỷ đồng; đối tượng chủ yếu giả danh nhân viên ngân hàng, nhà mạng, hoặc làm quen qua mạng xã hội rồi nhờ nhận "quà gửi từ nước ngoài". Khối dân vận và lực lượng công an các cấp đã tổ chức 112 buổi tuyên truyền cho trên 9.800 lượt người; phát 12.000 tờ gấp; Báo Khánh Hòa và Đài Phát thanh - Truyền hình tỉnh đăng, phát hơn 30 tin, bài.
Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 14, 15-HD/BDVTU về nội dung tuyên truyền trong đoàn viên, hội viên và trong đồng bào dân tộc thiểu số miền núi. Ở huyện miền núi Khánh Sơn, lực lượng vũ trang phối hợp già làng, người có uy tín tuyên truyền bằng tiếng Raglai.
Đồng chí Pi Năng Thanh Hưởng, Bí thư Đảng ủy xã Sơn Bình cho biết, bà con ở xã mới dùng điện thoại thông minh nhưng đã có người mất tiền vì bấm vào đường link lạ. Xã thực hiện khẩu hiệu "3 không": không nghe, không tin, không chuyển tiền cho người lạ. Bà Bo Bo Thị Yến, HUV, Trưởng Ban Dân vận Huyện ủy Khánh Vĩnh đề nghị in tài liệu có hình ảnh minh họa cho người không biết chữ.
Tại phường Vĩnh Hải, thành phố Nha Trang, mô hình "Tổ liên gia an toàn" đã giúp phát hiện, ngăn chặn 2 trường hợp người cao tuổi chuẩn bị chuyển tiền cho kẻ giả danh công an. Ông Trần Đình Phú, Bí thư Chi bộ kiêm Trưởng tổ dân phố Ngọc Hội, phường Vĩnh Hải nói: "Ai trong tổ nhận cuộc gọi lạ thì báo tổ trưởng, tổ trưởng báo công an khu vực ngay trong ngày".
Phát biểu kết luận, đồng chí Hồ Thị Xuân Mai yêu cầu 6 tháng cuối năm các cơ quan, đoàn thể đưa nội dung phòng, chống tội phạm công nghệ cao vào sinh hoạt chi bộ, chi hội; mỗi huyện, thị xã, thành phố chọn ít nhất 2 xã, phường làm điểm. Hội nghị khen thưởng 6 tập thể, 11 cá nhân tiêu biểu trong phối hợp tuyên truyền.
Mai Hương
Tin khác
- Khánh Vĩnh: đối thoại với người có uy tín về chính sách đất đai (06/07/2015)
- Cam Ranh ra mắt 4 mô hình "Dân vận khéo" (29/06/2015)
- Ban Dân vận Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp (18/06/2015)
""", "2015-07-14", "Sơ kết phối hợp tuyên truyền phòng, chống tội phạm sử dụng công nghệ cao",
E("so_ket", "2015-H1", "2015-07-10"),
[P("Hồ Thị Xuân Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hải", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Pi Năng Thanh Hưởng", "Bí thư Đảng ủy xã Sơn Bình"),
 P("Bo Bo Thị Yến", "HUV", "Trưởng Ban Dân vận Huyện ủy Khánh Vĩnh"),
 P("Trần Đình Phú", "Bí thư Chi bộ kiêm Trưởng tổ dân phố Ngọc Hội")],
[Q("14 vụ lừa đảo chiếm đoạt tài sản qua mạng", 14, "vụ lừa đảo chiếm đoạt tài sản qua mạng"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("112 buổi tuyên truyền", 112, "buổi tuyên truyền"),
 Q("trên 9.800 lượt người", 9800, "lượt người", "over"), Q("12.000 tờ gấp", 12000, "tờ gấp"),
 Q("hơn 30 tin, bài", 30, "tin, bài", "over"), Q("2 trường hợp", 2, "trường hợp"),
 Q("ít nhất 2 xã, phường", 2, "xã, phường", "over"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Kế hoạch liên tịch", "02", "KHLT/BDVTU-CAT", None, "Ban Dân vận Tỉnh ủy và Công an tỉnh", "Kế hoạch liên tịch số 02-KHLT/BDVTU-CAT"),
 D("Hướng dẫn", "14", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 14, 15-HD/BDVTU")],
[prov("Khánh Hòa"), com("Sơn Bình"), com("Vĩnh Hải")],
["BAN DÂN VẬN TỈNH ỦY KHÁNH HÒA", "Bạn đang ở: Trang chủ > Hoạt động dân vận > Tin trong tỉnh",
 "Đồng chí Hồ Thị Xuân Mai phát biểu tại hội nghị.", "Tổ liên gia an toàn", "quà gửi từ nước ngoài",
 "không nghe, không tin, không chuyển tiền"],
["Ngày đăng 14/07/2015 | 14:20", "6 tháng đầu năm 2015", "6 tháng đầu năm", "6 tháng cuối năm", "3 không"]))

PAGES.append(page("b8458-hatinh-hnct-daihoi-2016", """
Báo Hà Tĩnh
Xã hội | Người cao tuổi
25-04-2016 09:40
Đại hội Hội Người cao tuổi huyện Can Lộc: đưa phòng chống lừa đảo vào chương trình hành động nhiệm kỳ mới
Ngày 22/4, Hội Người cao tuổi huyện Can Lộc tổ chức Đại hội đại biểu lần thứ V, nhiệm kỳ 2016 - 2021 với sự tham dự của 135 đại biểu đại diện cho 12.460 hội viên trong toàn huyện. Dự đại hội có đồng chí Phan Thế Vinh, Phó Bí thư Thường trực Huyện ủy Can Lộc; bà Đặng Thị Quỳnh Giao, Phó Chủ tịch Hội Người cao tuổi tỉnh.
Nhiệm kỳ qua, 23 cơ sở hội đã duy trì tốt sinh hoạt; hội viên đóng góp 2,3 tỷ đồng xây dựng nông thôn mới; toàn huyện có 21 câu lạc bộ liên thế hệ tự giúp nhau. Quỹ hội các cấp đạt 1,25 tỷ đồng.
Báo cáo chính trị cũng thẳng thắn chỉ ra: thời gian gần đây nhiều hội viên trở thành nạn nhân của các cuộc gọi lừa đảo. Chỉ trong năm 2015, huyện có 11 hội viên bị lừa với tổng số tiền hơn 160 triệu đồng, có cụ bị lừa mất toàn bộ tiền tiết kiệm dưỡng già. Vì vậy, chương trình hành động nhiệm kỳ mới xác định phòng chống lừa đảo qua điện thoại, mạng Internet là một trong 4 nhóm nhiệm vụ trọng tâm.
Chia sẻ tại đại hội, ông Nguyễn Văn Sỹ, Chi hội trưởng Chi hội Người cao tuổi thôn Trung Thành, xã Thiên Lộc kể: cụ Lê Thị Nhàn trong thôn nhận cuộc gọi báo con trai đi xuất khẩu lao động bị tai nạn, cần ngay 20 triệu đồng; chi hội đã kịp liên lạc với người con và báo công an xã. "Từ đó, buổi sinh hoạt nào chi hội cũng dành ít phút nhắc nhau cảnh giác", ông Sỹ nói.
Thực hiện Chỉ thị số 10-CT/TU ngày 5/10/2015 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội Hội Người cao tuổi các cấp, đại hội đã thảo luận, thông qua các chỉ tiêu nhiệm kỳ mới, trong đó phấn đấu 100% chi hội được tuyên truyền về thủ đoạn lừa đảo, 80% trở lên số hội viên biết cách xử lý khi nhận cuộc gọi lạ.
Đại hội đã bầu 19 ủy viên vào Ban Chấp hành. Tại phiên họp thứ nhất, ông Nguyễn Đình Hòe được tín nhiệm bầu giữ chức Chủ tịch Hội Người cao tuổi huyện nhiệm kỳ 2016 - 2021; các ông Trần Hữu Lộc, Phan Văn Kỷ được bầu làm Phó Chủ tịch Hội. Ông Hòe có nhiều năm làm công tác tuyên truyền ở xã Vượng Lộc.
Phát biểu chỉ đạo, đồng chí Phan Thế Vinh đề nghị Hội tiếp tục thực hiện tốt Luật Người cao tuổi, phối hợp với Công an huyện tổ chức các buổi nói chuyện chuyên đề để hội viên "tự bảo vệ mình, nhắc nhở con cháu".
Thu Hà
Tin liên quan
- Hương Khê: 100% chi hội tổ chức đại hội đúng kế hoạch (20/04/2016)
- Người cao tuổi Thạch Hà góp 1,2 tỷ đồng làm đường (11/04/2016)
- Tặng 50 suất quà cho người cao tuổi neo đơn (02/04/2016)
- Can Lộc: ra mắt câu lạc bộ dưỡng sinh của người cao tuổi thị trấn Nghèn (28/03/2016)
""", "2016-04-25", "Đại hội Hội Người cao tuổi huyện Can Lộc: đưa phòng chống lừa đảo vào chương trình hành động nhiệm kỳ mới",
E("dai_hoi", None, "2016-04-22"),
[P("Phan Thế Vinh", "Phó Bí thư Thường trực Huyện ủy Can Lộc"),
 P("Đặng Thị Quỳnh Giao", "Phó Chủ tịch Hội Người cao tuổi tỉnh"),
 P("Nguyễn Văn Sỹ", "Chi hội trưởng Chi hội Người cao tuổi thôn Trung Thành"),
 P("Lê Thị Nhàn"),
 P("Nguyễn Đình Hòe", "Chủ tịch Hội Người cao tuổi huyện nhiệm kỳ 2016 - 2021"),
 P("Trần Hữu Lộc", "Phó Chủ tịch Hội"),
 P("Phan Văn Kỷ", "Phó Chủ tịch Hội")],
[Q("135 đại biểu", 135, "đại biểu"), Q("12.460 hội viên", 12460, "hội viên"), Q("23 cơ sở hội", 23, "cơ sở hội"),
 Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("21 câu lạc bộ liên thế hệ tự giúp nhau", 21, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("1,25 tỷ đồng", 1250000000, "đồng"), Q("11 hội viên", 11, "hội viên"), Q("hơn 160 triệu đồng", 160000000, "đồng", "over"),
 Q("4 nhóm nhiệm vụ trọng tâm", 4, "nhóm nhiệm vụ trọng tâm"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("100% chi hội", 100, "%"), Q("80% trở lên", 80, "%", "over"), Q("19 ủy viên", 19, "ủy viên")],
[D("Chỉ thị", "10", "CT/TU", "2015-10-05", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 10-CT/TU ngày 5/10/2015")],
[prov("Hà Tĩnh"), com("Thiên Lộc"), com("Vượng Lộc")],
["Báo Hà Tĩnh", "Xã hội | Người cao tuổi", "Luật Người cao tuổi", "tự bảo vệ mình, nhắc nhở con cháu"],
["25-04-2016 09:40", "lần thứ V", "nhiệm kỳ 2016 - 2021", "năm 2015", "phiên họp thứ nhất"]))
