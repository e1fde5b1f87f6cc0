from lib import *
PAGES = []

PAGES.append(page("b9275-laocai-ubkt-giamsat-2017", """
BÁO LÀO CAI ĐIỆN TỬ
Thời sự > Xây dựng Đảng
Thứ Sáu, 15/9/2017 | 10:05
Giám sát việc thực hiện trách nhiệm nêu gương ở Sa Pa
(BLC) - Ngày 14/9, Đoàn giám sát số 3 của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Lù Văn Tân, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy làm trưởng đoàn, đã thông qua dự thảo báo cáo kết quả giám sát chuyên đề năm 2017 đối với Ban Thường vụ Huyện ủy Sa Pa.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Sa Pa.
Theo chương trình giám sát chuyên đề năm 2017, nội dung giám sát là việc lãnh đạo, chỉ đạo thực hiện Quy định số 101-QĐ/TW của Ban Bí thư về trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp, và Chỉ thị số 05-CT/TW của Bộ Chính trị. Thời kỳ giám sát từ tháng 1/2016 đến tháng 6/2017.
Qua giám sát tại 12 chi bộ và 2 đảng ủy xã Bản Khoang, Tả Phìn, đoàn đánh giá Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 46-KH/HU và Hướng dẫn số 08-HD/HU để cụ thể hóa; 345 đảng viên là cán bộ chủ chốt cấp huyện, xã đã đăng ký nội dung nêu gương. Tuy nhiên, còn 27 đảng viên chưa ghi rõ việc làm cụ thể, một số chi bộ thôn, bản sinh hoạt chuyên đề còn hình thức.
Đoàn cũng chỉ ra việc quản lý, sử dụng 1,8 tỷ đồng vốn hỗ trợ phát triển sản xuất tại 3 xã vùng cao chưa được cấp ủy kiểm tra thường xuyên; việc công khai danh sách hộ được hỗ trợ ở một số thôn chưa kịp thời.
Đây là một trong 5 cuộc giám sát chuyên đề năm 2017 của Ủy ban Kiểm tra Tỉnh ủy Lào Cai; các đoàn còn lại giám sát Ban Thường vụ Huyện ủy Bát Xát, Si Ma Cai, Bảo Thắng và Đảng ủy Khối các cơ quan tỉnh. Sau giám sát, nơi nào có dấu hiệu vi phạm, Ủy ban sẽ chuyển sang kiểm tra theo quy định.
Tham gia đoàn có các đồng chí Vàng Seo Chư, Tẩn Láo Lở - Ủy viên Ủy ban Kiểm tra Tỉnh ủy. Đồng chí Tẩn Láo Lở đề nghị Huyện ủy chỉ đạo ủy ban kiểm tra cơ sở tăng cường giám sát việc thực hiện cam kết của đảng viên người Mông, Dao trong việc không tham gia tổ chức tôn giáo trái phép, giữ gìn an ninh vùng biên.
Tiếp thu ý kiến, bà Sùng Thị Mai, Phó Bí thư Thường trực Huyện ủy Sa Pa, cho biết huyện sẽ chỉ đạo 100% chi bộ trực thuộc kiểm điểm việc nêu gương trong quý IV; giao Ủy ban Kiểm tra Huyện ủy tổ chức 8 cuộc kiểm tra việc chấp hành của đảng viên ở các xã du lịch trọng điểm.
Kết luận buổi làm việc, đồng chí Lù Văn Tân đề nghị Ban Thường vụ Huyện ủy Sa Pa xây dựng kế hoạch khắc phục hạn chế, báo cáo Ủy ban Kiểm tra Tỉnh ủy trước ngày 30/10/2017. Kết quả giám sát sẽ được Ủy ban Kiểm tra Tỉnh ủy tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 11.
Thu Hà
Lượt đọc: 732
Tin liên quan
- Bát Xát: kiểm tra tài chính đảng tại 16 chi bộ (08/09/2017)
- Ủy ban Kiểm tra Tỉnh ủy họp kỳ thứ 14 (30/08/2017)
- Mường Khương: giám sát đảng viên người có uy tín (21/08/2017)
""", "2017-09-15", "Giám sát việc thực hiện trách nhiệm nêu gương ở Sa Pa",
E("giam_sat", "2017", "2017-09-14"),
[P("Lù Văn Tân", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy", "trưởng đoàn"),
 P("Vàng Seo Chư", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Tẩn Láo Lở", "Ủy viên Ủy ban Kiểm tra Tỉnh ủy"),
 P("Sùng Thị Mai", "Phó Bí thư Thường trực Huyện ủy Sa Pa")],
[Q("12 chi bộ", 12, "chi bộ"), Q("2 đảng ủy xã", 2, "đảng ủy xã"), Q("345 đảng viên", 345, "đảng viên"),
 Q("27 đảng viên", 27, "đảng viên"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("3 xã vùng cao", 3, "xã vùng cao"),
 Q("100%", 100, "%"), Q("8 cuộc kiểm tra", 8, "cuộc kiểm tra"), Q("5 cuộc giám sát chuyên đề", 5, "cuộc giám sát chuyên đề")],
[D("Quy định", "101", "QĐ/TW", None, "Ban Bí thư", "Quy định số 101-QĐ/TW"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Kế hoạch", "46", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 46-KH/HU"),
 D("Hướng dẫn", "08", "HD/HU", None, "Ban Thường vụ Huyện ủy", "Hướng dẫn số 08-HD/HU")],
[prov("Lào Cai"), com("Bản Khoang"), com("Tả Phìn")],
["BÁO LÀO CAI ĐIỆN TỬ", "Thời sự > Xây dựng Đảng", "(BLC)", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Sa Pa.", "Lượt đọc: 732"],
["Thứ Sáu, 15/9/2017 | 10:05", "Đoàn giám sát số 3", "năm 2017", "tháng 1/2016", "tháng 6/2017", "quý IV", "30/10/2017", "tháng 11", "Lượt đọc: 732"]))

PAGES.append(page("b9276-binhduong-chandung-cbkt-2018", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị - Xây dựng Đảng
02/11/2018 06:00
Ảnh: Ông Đỗ Thành Lộc (bìa phải) trao đổi nghiệp vụ với cán bộ kiểm tra cơ sở.
Người "giữ kỷ cương" ở Phú Giáo
Gần 20 năm gắn bó với công tác kiểm tra đảng, ông Đỗ Thành Lộc, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Phú Giáo, được đồng nghiệp quý mến gọi là người "nói ít, làm kỹ". Với ông, mỗi cuộc kiểm tra không chỉ để xử lý sai phạm mà trước hết để giúp đảng viên sửa mình.
Từ một cán bộ văn phòng Đảng ủy xã Phước Hòa, năm 2000 ông được điều động về làm chuyên viên Ủy ban Kiểm tra Huyện ủy. Ông kể, cuộc kiểm tra khó nhất là vụ tố cáo một cán bộ xã An Linh lợi dụng việc đo đạc để xác nhận sai nguồn gốc đất. Suốt 3 tháng, đoàn kiểm tra đối chiếu hàng trăm trang hồ sơ, gặp từng hộ dân; kết quả đã đề nghị kỷ luật cách chức đảng viên vi phạm và buộc trả lại hơn 1.200 m2 đất cho 4 hộ dân.
Theo số liệu của Ủy ban Kiểm tra Huyện ủy, từ năm 2010 đến nay, cơ quan đã chủ trì hơn 200 cuộc kiểm tra, giám sát; đề nghị xử lý kỷ luật 37 đảng viên, thu hồi cho ngân sách gần 2,4 tỷ đồng. Đặc biệt, sau khi có Quy định số 102-QĐ/TW ngày 15/11/2017 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, ông chủ động biên soạn tài liệu hỏi - đáp ngắn gọn, phát cho 100% chi bộ ấp, khu phố.
Bà Trương Thị Hạnh, Bí thư Đảng ủy thị trấn Phước Vĩnh, nhận xét: "Anh Lộc làm kiểm tra rất có tình. Có đảng viên bị kỷ luật khiển trách, sau đó được anh đến tận nhà động viên, nay đã trở thành tổ trưởng tổ tự quản giỏi". Ông Lê Văn Hai, Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, kể lại nhiều lần ông Lộc từ chối quà biếu của người bị kiểm tra, kiên quyết kết luận đúng sự thật.
Năm 2018, Ủy ban Kiểm tra Huyện ủy Phú Giáo là một trong 9 tập thể được Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen về thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Riêng ông Lộc 3 lần nhận bằng khen của Ủy ban nhân dân tỉnh Bình Dương.
Ngoài công việc chuyên môn, ông Lộc còn là Bí thư Chi bộ khu phố 3 nơi cư trú. Tại đây, ông cùng chi bộ vận động bà con góp 350 triệu đồng bê tông hóa 1,2 km đường hẻm, không để phát sinh đơn thư vượt cấp.
Chia sẻ về nghề, ông Lộc nói cán bộ kiểm tra cần "phải thạo việc, phải công tâm và phải gần dân". Ông dự định trước khi nghỉ hưu sẽ giúp Huyện ủy hoàn thiện quy trình giám sát đảng viên sinh hoạt nơi cư trú theo Quy định số 213-QĐ/TW của Bộ Chính trị, để việc giám sát không chỉ dừng ở nơi làm việc.
Bài, ảnh: Kim Hà
TIN CÙNG CHUYÊN MỤC
- Ủy ban Kiểm tra Tỉnh ủy kỷ luật 2 đảng viên (30/10/2018)
- Dầu Tiếng: giám sát chuyên đề 12 tổ chức đảng (25/10/2018)
- Tập huấn Quy định 102-QĐ/TW cho cán bộ cơ sở (16/10/2018)
- Bàu Bàng sơ kết 3 năm thực hiện Quy định 101 (04/10/2018)
""", "2018-11-02", "Người \"giữ kỷ cương\" ở Phú Giáo",
E("khac", None, None),
[P("Đỗ Thành Lộc", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Phú Giáo", "Bí thư Chi bộ khu phố 3"),
 P("Trương Thị Hạnh", "Bí thư Đảng ủy thị trấn Phước Vĩnh"),
 P("Lê Văn Hai", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy")],
[Q("hơn 1.200 m2", 1200, "m2", "over"), Q("4 hộ dân", 4, "hộ dân"), Q("hơn 200 cuộc kiểm tra, giám sát", 200, "cuộc kiểm tra, giám sát", "over"),
 Q("37 đảng viên", 37, "đảng viên"), Q("gần 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("9 tập thể", 9, "tập thể"), Q("350 triệu đồng", 350000000, "đồng"), Q("1,2 km", 1.2, "km")],
[D("Quy định", "102", "QĐ/TW", "2017-11-15", "Bộ Chính trị", "Quy định số 102-QĐ/TW ngày 15/11/2017"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
 D("Quy định", "213", "QĐ/TW", None, "Bộ Chính trị", "Quy định số 213-QĐ/TW")],
[prov("Bình Dương"), com("Phước Hòa"), com("An Linh"), com("Phước Vĩnh")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị - Xây dựng Đảng", "Ảnh: Ông Đỗ Thành Lộc (bìa phải) trao đổi nghiệp vụ với cán bộ kiểm tra cơ sở.",
 "nói ít, làm kỹ", "phải thạo việc, phải công tâm và phải gần dân", "giữ kỷ cương"],
["02/11/2018 06:00", "Gần 20 năm", "năm 2000", "3 tháng", "năm 2010", "Năm 2018", "3 lần"]))

PAGES.append(page("b9277-quangnam-ubkt-tongket-2019", """
Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam
Hôm nay: Thứ Hai, 30/12/2019
Trang chủ >> Chính trị >> Xây dựng Đảng
Cập nhật lúc 17:20 ngày 27/12/2019
Năm 2019, toàn tỉnh thi hành kỷ luật 318 đảng viên
Chiều 26/12, Ủy ban Kiểm tra Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành kỷ luật đảng năm 2019, triển khai nhiệm vụ năm 2020. Đồng chí Trần Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Toàn cảnh hội nghị. Ảnh: N.Đ
Năm 2019, cấp ủy các cấp đã kiểm tra 2.105 tổ chức đảng và 5.862 đảng viên, giám sát 1.364 tổ chức đảng. Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 58 tổ chức đảng và 211 đảng viên. Toàn Đảng bộ đã thi hành kỷ luật 318 đảng viên, tăng 12,4% so với năm 2018; trong đó 47 đảng viên bị khai trừ, 26 trường hợp vi phạm liên quan đến quản lý đất đai, tài nguyên.
Kiểm tra tài chính đảng được thực hiện tại 276 tổ chức đảng, qua đó kiến nghị thu hồi trên 2,15 tỷ đồng. Ủy ban kiểm tra các cấp đã giải quyết 94 đơn tố cáo, trong đó Ủy ban Kiểm tra Tỉnh ủy trực tiếp giải quyết 17 đơn.
Ủy ban Kiểm tra Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 08, 09-KL/TU về kiểm tra việc thực hiện Quy định số 30-QĐ/TW ngày 26/7/2016 của Ban Chấp hành Trung ương, đồng thời chuẩn bị thẩm tra nhân sự đại hội đảng bộ các cấp theo Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.
Năm 2020, Ủy ban Kiểm tra Tỉnh ủy đặt mục tiêu giám sát ít nhất 30% tổ chức đảng trực thuộc, thẩm tra 100% nhân sự dự kiến tham gia cấp ủy khóa mới có đơn thư phản ánh; đồng thời rà soát quy chế làm việc của ủy ban kiểm tra 18 huyện, thị xã, thành phố.
Tham luận tại hội nghị, đồng chí A Lăng Thị Mai, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tây Giang, cho biết ở các xã vùng biên như A Xan, Ch'ơm, cán bộ kiểm tra phải đi bộ hàng chục cây số; nhiều đảng viên người Cơ Tu đã tự giác nhận khuyết điểm khi được giải thích cặn kẽ. Đồng chí Zơ Râm Dũng, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Tà Lu, đề nghị tỉnh hỗ trợ máy tính cho ủy ban kiểm tra cơ sở.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Thu Lan, Phó Bí thư Thường trực Tỉnh ủy, đề nghị năm 2020 ủy ban kiểm tra các cấp tập trung thẩm tra, xác minh kịp thời các đơn thư liên quan đến nhân sự đại hội; không để người có vi phạm lọt vào cấp ủy khóa mới.
Dịp này, 16 tập thể và 22 cá nhân được Ủy ban Kiểm tra Tỉnh ủy tặng giấy khen.
Ngọc Điệp
Các tin đã đưa
- Kỳ họp thứ 38 Ủy ban Kiểm tra Tỉnh ủy (20/12/2019)
- Thăng Bình: kỷ luật 6 đảng viên vi phạm đất đai (12/12/2019)
- Giám sát chuẩn bị nhân sự đại hội cơ sở (05/12/2019)
""", "2019-12-27", "Năm 2019, toàn tỉnh thi hành kỷ luật 318 đảng viên",
E("tong_ket", "2019", "2019-12-26"),
[P("Trần Văn Kiên", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("A Lăng Thị Mai", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Tây Giang"),
 P("Zơ Râm Dũng", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Tà Lu"),
 P("Nguyễn Thị Thu Lan", "Phó Bí thư Thường trực Tỉnh ủy")],
[Q("2.105 tổ chức đảng", 2105, "tổ chức đảng"), Q("5.862 đảng viên", 5862, "đảng viên"), Q("1.364 tổ chức đảng", 1364, "tổ chức đảng"),
 Q("58 tổ chức đảng", 58, "tổ chức đảng"), Q("211 đảng viên", 211, "đảng viên"), Q("318 đảng viên", 318, "đảng viên"),
 Q("12,4%", 12.4, "%"), Q("47 đảng viên", 47, "đảng viên"), Q("26 trường hợp", 26, "trường hợp"),
 Q("276 tổ chức đảng", 276, "tổ chức đảng"), Q("trên 2,15 tỷ đồng", 2150000000, "đồng", "over"),
 Q("94 đơn tố cáo", 94, "đơn tố cáo"), Q("17 đơn", 17, "đơn"), Q("16 tập thể", 16, "tập thể"), Q("22 cá nhân", 22, "cá nhân"),
 Q("ít nhất 30%", 30, "%", "over"), Q("100%", 100, "%"), Q("18 huyện, thị xã, thành phố", 18, "huyện, thị xã, thành phố")],
[D("Kết luận", "08", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Kết luận", "09", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 08, 09-KL/TU"),
 D("Quy định", "30", "QĐ/TW", "2016-07-26", "Ban Chấp hành Trung ương", "Quy định số 30-QĐ/TW ngày 26/7/2016"),
 D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Tà Lu")],
["Báo Quảng Nam - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Nam", "Hôm nay: Thứ Hai, 30/12/2019",
 "Trang chủ >> Chính trị >> Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: N.Đ"],
["Hôm nay: Thứ Hai, 30/12/2019", "Cập nhật lúc 17:20 ngày 27/12/2019", "Năm 2019", "năm 2019", "năm 2020", "năm 2018", "hàng chục cây số"]))

PAGES.append(page("b9278-hanam-ubkt-giaoban-q3-2019", """
HÀ NAM ĐIỆN TỬ - Cổng thông tin của Đảng bộ tỉnh Hà Nam
Xây dựng Đảng / Kiểm tra - Giám sát
11.10.2019 | 16:05
Ủy ban Kiểm tra Tỉnh ủy giao ban với các cơ quan nội chính
Sáng 10/10, Ủy ban Kiểm tra Tỉnh ủy Hà Nam chủ trì hội nghị giao ban quý III năm 2019 với Ban Nội chính Tỉnh ủy, Thanh tra tỉnh, Công an tỉnh, Viện Kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh. Đồng chí Đinh Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Các đại biểu dự giao ban.
Theo báo cáo, trong quý III, ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm 14 đảng viên, giám sát chuyên đề 31 tổ chức đảng; thi hành kỷ luật 22 đảng viên. Lũy kế 9 tháng, toàn tỉnh đã xử lý kỷ luật 64 đảng viên, trong đó 9 đảng viên bị xử lý hình sự. Cơ quan thanh tra phát hiện sai phạm về kinh tế hơn 3,6 tỷ đồng, kiến nghị thu hồi 2,9 tỷ đồng.
Đồng chí Trần Quốc Việt, Phó Trưởng Ban Nội chính Tỉnh ủy, thông tin về việc theo dõi 7 vụ án tham nhũng thuộc diện Ban Thường vụ Tỉnh ủy chỉ đạo; đồng chí Lại Văn Thành, Phó Chánh Thanh tra tỉnh, đề nghị tăng cường trao đổi thông tin để tránh chồng chéo giữa kiểm tra đảng và thanh tra hành chính.
Đại diện Công an tỉnh cho biết trong quý đã khởi tố 5 vụ án, 11 bị can về các tội tham nhũng, chức vụ. Viện Kiểm sát nhân dân tỉnh đề nghị cơ quan đảng kịp thời xử lý kỷ luật đảng đối với bị can là đảng viên trước khi khởi tố; Tòa án nhân dân tỉnh đã xét xử sơ thẩm 4 vụ, 9 bị cáo, bảo đảm đúng người, đúng tội.
Ủy ban Kiểm tra Tỉnh ủy cho biết đã ban hành Công văn số 342-CV/UBKT hướng dẫn các huyện ủy, thành ủy kiểm tra việc thực hiện Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền. Trong tháng 9, Ủy ban đã giám sát công tác chuẩn bị đại hội điểm tại Đảng bộ xã Nhân Mỹ và Đảng bộ phường Lam Hạ.
Bà Trịnh Thị Huệ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Lam Hạ, cho biết qua rà soát, chi bộ đã kịp thời làm rõ 2 đơn phản ánh đối với nhân sự dự kiến tham gia cấp ủy.
Kết luận giao ban, đồng chí Đinh Thị Thanh Hương đề nghị quý IV các cơ quan phối hợp chặt chẽ trong thẩm tra, xác minh đơn thư liên quan nhân sự đại hội theo Chỉ thị số 35-CT/TW của Bộ Chính trị; xử lý nghiêm, công khai kết quả kỷ luật để răn đe, không có "vùng cấm".
Thu Hằng
Tin khác
- Kiểm tra tài chính đảng tại Đảng ủy Khối Doanh nghiệp tỉnh (03/10/2019)
- Lý Nhân: kỷ luật 3 đảng viên vi phạm (25/09/2019)
- Bình Lục tập huấn nghiệp vụ kiểm tra (19/09/2019)
- Giám sát đại hội điểm cấp cơ sở (12/09/2019)
""", "2019-10-11", "Ủy ban Kiểm tra Tỉnh ủy giao ban với các cơ quan nội chính",
E("giao_ban", "2019-Q3", "2019-10-10"),
[P("Đinh Thị Thanh Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Trần Quốc Việt", "Phó Trưởng Ban Nội chính Tỉnh ủy"),
 P("Lại Văn Thành", "Phó Chánh Thanh tra tỉnh"),
 P("Trịnh Thị Huệ", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường Lam Hạ")],
[Q("14 đảng viên", 14, "đảng viên"), Q("31 tổ chức đảng", 31, "tổ chức đảng"), Q("22 đảng viên", 22, "đảng viên"),
 Q("64 đảng viên", 64, "đảng viên"), Q("9 đảng viên", 9, "đảng viên"), Q("hơn 3,6 tỷ đồng", 3600000000, "đồng", "over"),
 Q("2,9 tỷ đồng", 2900000000, "đồng"), Q("7 vụ án tham nhũng", 7, "vụ án tham nhũng"), Q("2 đơn phản ánh", 2, "đơn phản ánh"),
 Q("5 vụ án", 5, "vụ án"), Q("11 bị can", 11, "bị can"), Q("4 vụ", 4, "vụ"), Q("9 bị cáo", 9, "bị cáo")],
[D("Công văn", "342", "CV/UBKT", None, "Ủy ban Kiểm tra Tỉnh ủy", "Công văn số 342-CV/UBKT"),
 D("Quy định", "205", "QĐ/TW", "2019-09-23", "Bộ Chính trị", "Quy định số 205-QĐ/TW ngày 23/9/2019"),
 D("Chỉ thị", "35", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 35-CT/TW")],
[prov("Hà Nam"), com("Nhân Mỹ"), com("Lam Hạ")],
["HÀ NAM ĐIỆN TỬ - Cổng thông tin của Đảng bộ tỉnh Hà Nam", "Xây dựng Đảng / Kiểm tra - Giám sát", "Các đại biểu dự giao ban.", "vùng cấm"],
["11.10.2019 | 16:05", "quý III năm 2019", "quý III", "Lũy kế 9 tháng", "tháng 9", "quý IV"]))

PAGES.append(page("b9279-travinh-dhdb-trucu-2020", """
BÁO TRÀ VINH ONLINE
Trang chủ | Chính trị | Đại hội Đảng bộ các cấp
Thứ Sáu, 14/08/2020 - 17:45
Toàn cảnh phiên chính thức đại hội. Ảnh: Thạch Phong
Đại hội Đảng bộ huyện Trà Cú lần thứ XII: bầu Ủy ban Kiểm tra gồm 7 đồng chí
Trong 2 ngày 13 và 14/8, Đảng bộ huyện Trà Cú, tỉnh Trà Vinh tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Trần Quốc Thắng, Phó Bí thư Thường trực Tỉnh ủy và 300 đại biểu đại diện cho hơn 4.100 đảng viên trong toàn Đảng bộ.
Nhiệm kỳ 2015 - 2020, Đảng bộ huyện đã lãnh đạo thực hiện đạt và vượt 18/21 chỉ tiêu nghị quyết; tỷ lệ hộ nghèo giảm còn 4,8%. Công tác kiểm tra, giám sát được chú trọng: cấp ủy và ủy ban kiểm tra các cấp đã kiểm tra 412 tổ chức đảng, 1.036 đảng viên; thi hành kỷ luật 71 đảng viên, trong đó 14 đảng viên là người dân tộc Khmer vi phạm do thiếu hiểu biết quy định. Ủy ban Kiểm tra Huyện ủy đã giải quyết 28 đơn tố cáo, không để tồn đọng.
Báo cáo chính trị đặt mục tiêu nhiệm kỳ mới hằng năm có trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, kết nạp ít nhất 250 đảng viên mới mỗi năm; ủy ban kiểm tra các cấp kiểm tra tài chính 100% tổ chức đảng có thu, chi trong nhiệm kỳ.
Đại hội đã quán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Quy định số 24-QĐ/TW ngày 30/7/2010 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, trong đó có việc bầu ủy ban kiểm tra tại hội nghị lần thứ nhất của Ban Chấp hành.
Đại hội bầu Ban Chấp hành Đảng bộ huyện khóa XII gồm 41 đồng chí. Tại hội nghị lần thứ nhất, Ban Chấp hành đã bầu đồng chí Thạch Hữu Đức giữ chức Bí thư Huyện ủy; đồng chí Kim Thị Kha Na được bầu làm Chủ nhiệm Ủy ban Kiểm tra Huyện ủy. Ủy ban Kiểm tra Huyện ủy khóa XII gồm 7 đồng chí; các đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy: Kiên Sa Rinh, Nguyễn Văn Nhẫn.
Phát biểu nhận nhiệm vụ, đồng chí Kim Thị Kha Na cho biết Ủy ban Kiểm tra sẽ tập trung giám sát việc thực hiện nghị quyết ở các xã có đông đồng bào Khmer như Ngãi Xuyên, Đại An, Tập Sơn; phối hợp với Ban Dân vận Huyện ủy vận động đảng viên là chức sắc, chức việc trong các chùa chấp hành tốt quy định.
Đại biểu Sơn Thị Sà Rết, Bí thư Đảng ủy xã Tập Sơn, đề xuất mỗi năm tổ chức ít nhất 1 lớp bồi dưỡng nghiệp vụ kiểm tra bằng song ngữ Khmer - Việt cho cán bộ ấp.
Đại hội đã bầu 12 đại biểu chính thức dự Đại hội Đảng bộ tỉnh lần thứ XI.
Thạch Phong - Hữu Thọ
Lượt xem: 2.487
Tin liên quan
- Đại hội Đảng bộ huyện Cầu Kè nhiệm kỳ 2020 - 2025 (07/08/2020)
- Tiểu Cần bầu Ban Chấp hành khóa mới (31/07/2020)
- Duyên Hải hoàn thành đại hội cơ sở (20/07/2020)
""", "2020-08-14", "Đại hội Đảng bộ huyện Trà Cú lần thứ XII: bầu Ủy ban Kiểm tra gồm 7 đồng chí",
E("dai_hoi", None, "2020-08-13"),
[P("Trần Quốc Thắng", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thạch Hữu Đức", "Bí thư Huyện ủy"),
 P("Kim Thị Kha Na", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Kiên Sa Rinh", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Nguyễn Văn Nhẫn", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Sơn Thị Sà Rết", "Bí thư Đảng ủy xã Tập Sơn")],
[Q("7 đồng chí", 7, "đồng chí"), Q("300 đại biểu", 300, "đại biểu"), Q("hơn 4.100 đảng viên", 4100, "đảng viên", "over"),
 Q("18/21 chỉ tiêu", 18, "chỉ tiêu"), Q("4,8%", 4.8, "%"), Q("412 tổ chức đảng", 412, "tổ chức đảng"),
 Q("1.036 đảng viên", 1036, "đảng viên"), Q("71 đảng viên", 71, "đảng viên"), Q("14 đảng viên", 14, "đảng viên"),
 Q("28 đơn tố cáo", 28, "đơn tố cáo"), Q("trên 85%", 85, "%", "over"),
 Q("ít nhất 250 đảng viên mới", 250, "đảng viên mới", "over"), Q("100%", 100, "%"), Q("41 đồng chí", 41, "đồng chí"), Q("12 đại biểu chính thức", 12, "đại biểu chính thức")],
[D("Chỉ thị", "35", "CT/TW", "2019-05-30", "Bộ Chính trị", "Chỉ thị số 35-CT/TW ngày 30/5/2019"),
 D("Quy định", "24", "QĐ/TW", "2010-07-30", "Ban Chấp hành Trung ương", "Quy định số 24-QĐ/TW ngày 30/7/2010")],
[prov("Trà Vinh"), com("Ngãi Xuyên"), com("Đại An"), com("Tập Sơn")],
["BÁO TRÀ VINH ONLINE", "Trang chủ | Chính trị | Đại hội Đảng bộ các cấp", "Toàn cảnh phiên chính thức đại hội. Ảnh: Thạch Phong", "Lượt xem: 2.487"],
["Thứ Sáu, 14/08/2020 - 17:45", "7 đồng chí", "41 đồng chí", "lần thứ XII", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "2 ngày",
 "hội nghị lần thứ nhất", "lần thứ XI", "khóa XII", "ít nhất 1 lớp", "Lượt xem: 2.487"]))

PAGES.append(page("b9280-hoabinh-ubkt-soket-2021", """
Báo Hòa Bình điện tử
Chính trị › Xây dựng Đảng
Cập nhật: 09:42, 20/07/2021 (GMT+7)
Kiểm tra, giám sát gắn với phòng, chống dịch Covid-19
(HBĐT) - Ngày 19/7, Ủy ban Kiểm tra Tỉnh ủy tổ chức hội nghị trực tuyến sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021 tới 11 điểm cầu huyện, thành phố. Đồng chí Bùi Thị Lương, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì.
Đồng chí Bùi Thị Lương phát biểu kết luận hội nghị.
Sáu tháng đầu năm 2021, dù phải tạm dừng một số cuộc kiểm tra do dịch Covid-19, cấp ủy các cấp vẫn kiểm tra 328 tổ chức đảng và 1.142 đảng viên; giám sát chuyên đề 265 tổ chức đảng. Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 9 tổ chức đảng và 36 đảng viên, kết luận 29 đảng viên có vi phạm; thi hành kỷ luật 41 đảng viên. Qua kiểm tra tài chính đảng tại 87 tổ chức đảng, đã yêu cầu nộp lại 124,6 triệu đồng. Tính chung, khối lượng kiểm tra, giám sát 6 tháng đạt 52% kế hoạch năm; huyện Lạc Thủy, Kim Bôi hoàn thành trên 60%, còn 3 huyện chậm tiến độ do một số xã phải thực hiện giãn cách xã hội.
Ủy ban Kiểm tra Tỉnh ủy đã triển khai Hướng dẫn số 02-HD/UBKTTW của Ủy ban Kiểm tra Trung ương và tham mưu Ban Thường vụ Tỉnh ủy ban hành Chương trình kiểm tra, giám sát toàn khóa số 03-CTr/TU; kiểm tra việc thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị tại 4 huyện.
Tại hội nghị, đồng chí Xa Văn Thắm, HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Mai Châu, cho biết huyện đã chuyển một phần hoạt động giám sát sang hình thức trực tuyến, yêu cầu chi bộ gửi biên bản sinh hoạt qua mạng. Đồng chí Quách Văn Tuyến, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Thượng Cốc, kiến nghị hướng dẫn cụ thể việc giám sát đảng viên tham gia phòng, chống dịch ở thôn, xóm.
Đồng chí Bùi Thị Lương đề nghị 6 tháng cuối năm, các cấp ủy, ủy ban kiểm tra bám sát chương trình toàn khóa, chú trọng kiểm tra việc chấp hành quy định phòng, chống dịch, quản lý đất đai, đầu tư công; xử lý nghiêm đảng viên vi phạm, bảo đảm "đúng người, đúng sai phạm". Ủy ban kiểm tra các cấp phấn đấu hoàn thành 100% chương trình kiểm tra, giám sát năm 2021.
Hội nghị cũng nghe đồng chí Đinh Công Hiền, Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, quán triệt Quy định số 01-QĐi/TW ngày 3/9/2018 của Bộ Chính trị về trách nhiệm và thẩm quyền của ủy ban kiểm tra trong phòng, chống tham nhũng, lãng phí.
Đức Anh
Tin liên quan
- Lạc Sơn: kiểm tra 15 tổ chức đảng 6 tháng đầu năm (14/07/2021)
- Ủy ban Kiểm tra Tỉnh ủy kỳ họp thứ 4 (05/07/2021)
- Giám sát việc triển khai Nghị quyết Đại hội XIII (25/06/2021)
""", "2021-07-20", "Kiểm tra, giám sát gắn với phòng, chống dịch Covid-19",
E("so_ket", "2021-H1", "2021-07-19"),
[P("Bùi Thị Lương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy"),
 P("Xa Văn Thắm", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Mai Châu"),
 P("Quách Văn Tuyến", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy xã Thượng Cốc"),
 P("Đinh Công Hiền", "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"), Q("328 tổ chức đảng", 328, "tổ chức đảng"),
 Q("1.142 đảng viên", 1142, "đảng viên"), Q("265 tổ chức đảng", 265, "tổ chức đảng"), Q("9 tổ chức đảng", 9, "tổ chức đảng"),
 Q("36 đảng viên", 36, "đảng viên"), Q("29 đảng viên", 29, "đảng viên"), Q("41 đảng viên", 41, "đảng viên"),
 Q("87 tổ chức đảng", 87, "tổ chức đảng"), Q("124,6 triệu đồng", 124600000, "đồng"), Q("52%", 52, "%"), Q("trên 60%", 60, "%", "over"), Q("3 huyện", 3, "huyện"), Q("4 huyện", 4, "huyện"), Q("100%", 100, "%")],
[D("Hướng dẫn", "02", "HD/UBKTTW", None, "Ủy ban Kiểm tra Trung ương", "Hướng dẫn số 02-HD/UBKTTW"),
 D("Chương trình", "03", "CTr/TU", None, "Ban Thường vụ Tỉnh ủy", "số 03-CTr/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Quy định", "01", "QĐi/TW", "2018-09-03", "Bộ Chính trị", "Quy định số 01-QĐi/TW ngày 3/9/2018")],
[prov("Hòa Bình"), com("Thượng Cốc")],
["Báo Hòa Bình điện tử", "Chính trị › Xây dựng Đảng", "(HBĐT)", "Đồng chí Bùi Thị Lương phát biểu kết luận hội nghị.", "đúng người, đúng sai phạm",
 "Covid-19"],
["Cập nhật: 09:42, 20/07/2021 (GMT+7)", "6 tháng đầu năm", "6 tháng cuối năm 2021", "Sáu tháng đầu năm 2021", "6 tháng cuối năm",
 "năm 2021", "Covid-19"]))
