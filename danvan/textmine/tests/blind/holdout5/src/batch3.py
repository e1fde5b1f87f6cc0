from lib import *

PAGES = []

# b105 — provincial government portal, social criticism of a draft resolution, Bắc Giang 2013
PAGES.append(page(
"b105-bacgiang-mttq-phanbien-2013",
"""
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách
Trang chủ > Tin tức - Sự kiện > Tin hoạt động của các đoàn thể
27-12-2013 | 16:48

Mặt trận tỉnh phản biện dự thảo Nghị quyết về hỗ trợ phát triển vùng sản xuất vải thiều

Ngày 26/12, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bắc Giang tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ phát triển vùng sản xuất vải thiều an toàn giai đoạn 2014-2016. Đây là lần đầu tiên Mặt trận tỉnh tổ chức phản biện một dự thảo nghị quyết của HĐND tỉnh kể từ khi Hiến pháp năm 2013 được Quốc hội thông qua.

Chủ trì hội nghị có ông Trần Văn Lâm, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Chủ tịch Hội đồng tư vấn về kinh tế của Ủy ban MTTQ Việt Nam tỉnh. Tham dự có ông Ngô Đức Hạnh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn, đại diện cơ quan soạn thảo; TS. Nguyễn Văn Hiếu, Trưởng khoa Kinh tế Trường Đại học Nông - Lâm Bắc Giang; Luật sư Hà Thị Dung, Phó Chủ nhiệm Đoàn Luật sư tỉnh cùng 45 đại biểu là thành viên các hội đồng tư vấn, đại diện Hội Nông dân, Hội Làm vườn và nông dân trồng vải ở huyện Lục Ngạn, Lục Nam.

Theo dự thảo, tỉnh dự kiến dành 36,5 tỷ đồng trong 3 năm để hỗ trợ nông dân chuyển đổi 5.000 ha vải sang sản xuất theo tiêu chuẩn VietGAP; mức hỗ trợ 5 triệu đồng/ha cho chứng nhận và 30% chi phí xây dựng nhà sơ chế. Năm 2013, toàn tỉnh có 32.000 ha vải thiều, sản lượng đạt khoảng 145.000 tấn, trong đó mới có 6.800 ha được chứng nhận VietGAP.

Thực hiện Thông tri số 25/TT-MTTW-BTT ngày 10/10/2013 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về hướng dẫn công tác giám sát và phản biện xã hội, Ban Thường trực đã gửi dự thảo tới 120 tổ chức, cá nhân lấy ý kiến trước hội nghị và nhận được 27 ý kiến bằng văn bản.

Tại hội nghị, các ý kiến phản biện cho rằng mức hỗ trợ còn dàn trải, chưa ưu tiên hợp tác xã; thủ tục hồ sơ phức tạp, có hộ phải đi lại 4 lần mới hoàn thành. TS. Nguyễn Văn Hiếu đề nghị nâng mức hỗ trợ lên 8 triệu đồng/ha và bổ sung chính sách xúc tiến thương mại, mở rộng thị trường xuất khẩu. Nông dân Nguyễn Văn Thìn, xã Hồng Giang, cho rằng nên giao cho UBND xã xác nhận diện tích thay vì phải lên huyện. Luật sư Hà Thị Dung lưu ý dự thảo chưa quy định rõ trách nhiệm thu hồi kinh phí khi hộ vi phạm cam kết.

Ông Ngô Đức Hạnh tiếp thu và cho biết sẽ bổ sung nội dung ưu tiên cho 42 hợp tác xã, tổ hợp tác vải thiều trước khi trình kỳ họp HĐND tỉnh. Kết luận hội nghị, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Trần Văn Lâm đề nghị cơ quan soạn thảo tiếp thu tối đa các ý kiến; Ban Thường trực sẽ tổng hợp thành văn bản phản biện gửi Thường trực HĐND tỉnh trong 7 ngày.

Thanh Nga
Lượt truy cập: 745

Tin liên quan
- Lục Ngạn: hơn 1.000 tấn vải thiều xuất khẩu sang Trung Quốc (20/7/2013)
- Hội Nông dân tỉnh đối thoại với nông dân trồng vải (12/6/2013)
- Mặt trận giám sát việc thực hiện chính sách tại 10 xã (03/5/2013)
""",
"2013-12-27",
"Mặt trận tỉnh phản biện dự thảo Nghị quyết về hỗ trợ phát triển vùng sản xuất vải thiều",
E("hoi_nghi", None, "2013-12-26"),
[P("Trần Văn Lâm", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
   "Chủ tịch Hội đồng tư vấn về kinh tế của Ủy ban MTTQ Việt Nam tỉnh"),
 P("Ngô Đức Hạnh", "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"),
 P("Nguyễn Văn Hiếu", "TS.", "Trưởng khoa Kinh tế Trường Đại học Nông - Lâm Bắc Giang"),
 P("Hà Thị Dung", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Nguyễn Văn Thìn", "Nông dân")],
[Q("36,5 tỷ đồng", 36500000000, "đồng"),
 Q("45 đại biểu", 45, "đại biểu"),
 Q("5.000 ha", 5000, "ha"),
 Q("5 triệu đồng/ha", 5000000, "đồng"),
 Q("30%", 30, "%"),
 Q("32.000 ha", 32000, "ha"),
 Q("khoảng 145.000 tấn", 145000, "tấn", "approx"),
 Q("6.800 ha", 6800, "ha"),
 Q("120 tổ chức, cá nhân", 120, "tổ chức, cá nhân"),
 Q("27 ý kiến", 27, "ý kiến"),
 Q("8 triệu đồng/ha", 8000000, "đồng"),
 Q("42 hợp tác xã, tổ hợp tác", 42, "hợp tác xã, tổ hợp tác")],
[D("Thông tri", "25", "TT-MTTW-BTT", "2013-10-10", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam",
   "Thông tri số 25/TT-MTTW-BTT")],
[prov("Bắc Giang"), com("xã Hồng Giang")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG", "Lượt truy cập", "VietGAP", "Hội Làm vườn",
 "Trường Đại học Nông - Lâm Bắc Giang", "Lục Ngạn"],
["giai đoạn 2014-2016", "Hiến pháp năm 2013", "3 năm", "4 lần", "7 ngày"],
))

# b106 — Veterans' Association site, training before grassroots congresses, Tây Ninh 2021
PAGES.append(page(
"b106-tayninh-ccb-taphuan-daihoi-2021",
"""
HỘI CỰU CHIẾN BINH TỈNH TÂY NINH
Trang chủ | Tin hoạt động | Gương sáng CCB | Văn bản Hội
Thứ hai, 22/11/2021

Tập huấn nghiệp vụ tổ chức đại hội Hội Cựu chiến binh cơ sở nhiệm kỳ 2022-2027

Ngày 19/11/2021, Hội Cựu chiến binh tỉnh Tây Ninh tổ chức tập huấn nghiệp vụ công tác chuẩn bị và tổ chức đại hội Hội Cựu chiến binh cơ sở nhiệm kỳ 2022-2027 cho 142 học viên là chủ tịch, phó chủ tịch Hội CCB các xã, phường, thị trấn và cán bộ chuyên trách cấp huyện.

Đến dự và truyền đạt có các đồng chí: Đại tá Nguyễn Văn Sang, Chủ tịch Hội CCB tỉnh; Thượng tá Lê Minh Đức, Phó Chủ tịch Hội CCB tỉnh; Trần Thị Kim Loan, Phó Trưởng Ban Tổ chức Tỉnh ủy.

Các học viên được quán triệt Chỉ thị số 08-CT/TU ngày 2/7/2021 của Ban Thường vụ Tỉnh ủy về lãnh đạo đại hội các đoàn thể chính trị - xã hội nhiệm kỳ 2022-2027 và Hướng dẫn số 52/HD-CCB ngày 15/9/2021 của Trung ương Hội Cựu chiến binh Việt Nam. Nội dung tập trung vào công tác nhân sự, xây dựng báo cáo chính trị, tổ chức đại hội trong điều kiện phòng, chống dịch Covid-19.

Theo kế hoạch, đại hội điểm cấp cơ sở sẽ được tổ chức tại phường Ninh Sơn và xã Tân Hòa trong tháng 1/2022. Toàn tỉnh hiện có 95 cơ sở Hội với 21.350 hội viên; tỷ lệ tập hợp đạt 94,6%. Dự kiến tỷ lệ cán bộ trẻ trong ban chấp hành nhiệm kỳ mới đạt trên 20%.

Phát biểu bế mạc, Chủ tịch Hội CCB tỉnh Nguyễn Văn Sang lưu ý việc chuẩn bị nhân sự phải đúng quy trình, bảo đảm tính kế thừa; mỗi cơ sở Hội lựa chọn hội viên tiêu biểu giới thiệu tham gia Ủy ban MTTQ cùng cấp. Ông Võ Văn Tám, Chủ tịch Hội CCB xã Tân Hòa, cho biết đơn vị đã hoàn thành dự thảo báo cáo chính trị và rà soát 318 hội viên trước đại hội.

Học viên trao đổi tại lớp tập huấn.
Đặng Hùng
Lượt xem: 312

Tin khác
- Hội CCB tỉnh trao 20 căn nhà "Nghĩa tình đồng đội" (05/11/2021)
- Gương sáng CCB làm kinh tế giỏi (28/10/2021)
""",
"2021-11-22",
"Tập huấn nghiệp vụ tổ chức đại hội Hội Cựu chiến binh cơ sở nhiệm kỳ 2022-2027",
E("tap_huan", None, "2021-11-19"),
[P("Nguyễn Văn Sang", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
 P("Lê Minh Đức", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh"),
 P("Trần Thị Kim Loan", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Võ Văn Tám", "Chủ tịch Hội CCB xã Tân Hòa")],
[Q("142 học viên", 142, "học viên"),
 Q("95 cơ sở Hội", 95, "cơ sở Hội"),
 Q("21.350 hội viên", 21350, "hội viên"),
 Q("94,6%", 94.6, "%"),
 Q("trên 20%", 20, "%", "over"),
 Q("318 hội viên", 318, "hội viên")],
[D("Chỉ thị", "08", "CT/TU", "2021-07-02", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 08-CT/TU"),
 D("Hướng dẫn", "52", "HD-CCB", "2021-09-15", "Trung ương Hội Cựu chiến binh Việt Nam", "Hướng dẫn số 52/HD-CCB")],
[prov("Tây Ninh"), com("phường Ninh Sơn"), com("xã Tân Hòa")],
["HỘI CỰU CHIẾN BINH TỈNH TÂY NINH", "Lượt xem", "Gương sáng CCB", "Học viên trao đổi tại lớp tập huấn."],
["nhiệm kỳ 2022-2027", "Covid-19", "tháng 1/2022"],
))

# b107 — merged provincial media agency, quarterly briefing of the Front and mass organisations, Hưng Yên (+Thái Bình) 2025
PAGES.append(page(
"b107-hungyen-mttq-giaoban-quy3-2025",
"""
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hóa - Thể thao | Video
Chính trị › Mặt trận - Đoàn thể
Thứ Tư, 08/10/2025 14:30 (GMT+7)

Mặt trận và các tổ chức chính trị - xã hội tỉnh giao ban công tác quý III

Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hưng Yên tổ chức hội nghị giao ban công tác quý III, triển khai nhiệm vụ quý IV năm 2025. Đây là lần giao ban thứ hai kể từ khi tỉnh Hưng Yên mới (hợp nhất từ tỉnh Hưng Yên và tỉnh Thái Bình) đi vào hoạt động và các tổ chức chính trị - xã hội, hội quần chúng do Đảng, Nhà nước giao nhiệm vụ được sắp xếp trực thuộc Ủy ban MTTQ Việt Nam tỉnh.

Chủ trì hội nghị có các đồng chí: Đỗ Thị Thanh Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Phạm Văn Khải, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham dự có các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Quang Vinh, Chủ tịch Hội Nông dân tỉnh; Lê Thị Hồng Nhung, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh; Vũ Đức Thắng, Bí thư Tỉnh đoàn; Trịnh Văn Hòa, Chủ tịch Hội Cựu chiến binh tỉnh; Bùi Thị Thu Trang, Chủ tịch Liên đoàn Lao động tỉnh. Dự hội nghị còn có đồng chí Ngô Minh Tuấn, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện Thường trực Ủy ban MTTQ Việt Nam của 104 xã, phường trên địa bàn tỉnh.

Báo cáo tại hội nghị cho thấy, trong quý III, Mặt trận và các tổ chức thành viên đã tập trung tuyên truyền, vận động nhân dân đồng thuận với việc sắp xếp đơn vị hành chính và vận hành mô hình chính quyền địa phương 2 cấp từ ngày 1/7/2025. Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã ban hành Kế hoạch số 36/KH-MTTQ-BTT ngày 14/7/2025 về giám sát việc giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công cấp xã. Qua giám sát tại 26 xã, phường, Mặt trận đã kiến nghị xử lý 58 hồ sơ trễ hẹn; tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,3%.

Thực hiện Chỉ thị số 21-CT/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng, chống thiên tai, Ủy ban MTTQ Việt Nam tỉnh đã phát động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do bão số 10 và hoàn lưu bão. Sau 2 tuần, toàn tỉnh tiếp nhận 18,75 tỷ đồng và 42 tấn hàng hóa, nhu yếu phẩm; đã chuyển 15 tỷ đồng tới Ủy ban MTTQ Việt Nam tỉnh Nghệ An và tỉnh Hà Tĩnh. Tại địa phương, cơn bão làm tốc mái 326 ngôi nhà, ngập úng 1.840 ha lúa ở các xã ven biển; Mặt trận các cấp đã thăm hỏi, trao 650 suất quà trị giá 1.000.000 đồng/suất cho các hộ bị thiệt hại.

Các tổ chức chính trị - xã hội tiếp tục đẩy mạnh các phong trào thi đua. Hội Nông dân tỉnh phối hợp giải ngân 27 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 860 hộ; Hội Liên hiệp Phụ nữ tỉnh vận động thành lập 45 tổ hợp tác, mô hình sinh kế của hội viên; Tỉnh đoàn tổ chức chiến dịch tình nguyện hè với hơn 12.000 lượt đoàn viên tham gia, làm mới 38 km đường giao thông nông thôn; Hội Cựu chiến binh tỉnh hỗ trợ xây 14 nhà "Nghĩa tình đồng đội"; Liên đoàn Lao động tỉnh trao 120 "Mái ấm Công đoàn" cho đoàn viên khó khăn với tổng kinh phí 6 tỷ 500 triệu đồng.

Công tác chuẩn bị Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ I, nhiệm kỳ 2026-2031 đang được khẩn trương triển khai theo Hướng dẫn số 08/HD-MTTW-BTT ngày 5/9/2025 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Đến ngày 30/9, có 12 xã, phường đã hoàn thành đại hội điểm; dự kiến 100% Mặt trận cấp xã hoàn thành đại hội trước ngày 15/11/2025.

Về chuyển đổi số, Ủy ban MTTQ Việt Nam tỉnh đã đưa vào sử dụng phần mềm "Sổ tay Mặt trận số" tới 104 xã, phường, với 3.250 tài khoản của cán bộ Mặt trận, đoàn thể và Trưởng ban công tác Mặt trận. Qua phần mềm, trong quý III đã tiếp nhận 1.476 ý kiến, kiến nghị của cử tri và nhân dân; 82% ý kiến được chuyển đến cơ quan có thẩm quyền trong vòng 5 ngày làm việc. Ông Đặng Văn Sơn, Trưởng ban công tác Mặt trận thôn Đông Hòa, xã Thái Thụy, cho biết nhờ ứng dụng, người dân phản ánh việc đổ rác thải ra kênh tưới được xử lý ngay trong ngày.

Tại hội nghị, các đại biểu tập trung thảo luận những khó khăn khi các tổ chức đoàn thể sáp nhập về một đầu mối: trụ sở làm việc chật chội, 31 cán bộ chuyên trách cấp xã nghỉ theo chế độ, hệ thống phần mềm quản lý hội viên chưa thống nhất. Đồng chí Nguyễn Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến, đề nghị sớm hướng dẫn mẫu báo cáo thống nhất; đồng chí Phạm Văn Toàn, Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy, kiến nghị bổ sung kinh phí cho Ban Công tác Mặt trận ở 215 thôn, tổ dân phố.

Kết luận hội nghị, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đỗ Thị Thanh Huyền yêu cầu trong quý IV tập trung chuẩn bị tốt Đại hội Mặt trận các cấp, tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" ở khu dân cư, giám sát việc hỗ trợ người dân khắc phục hậu quả thiên tai và thực hiện Cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam".

Quang cảnh hội nghị giao ban. Ảnh: Hoàng Long

Thu Hiền
Lượt xem: 1.036

Tin cùng chuyên mục
- Phường Phố Hiến tổ chức đại hội điểm Mặt trận (29/9/2025)
- Hưng Yên: Trao 300 suất quà cho hộ nghèo bị ảnh hưởng bởi bão (20/9/2025)
- Hội Nông dân tỉnh sơ kết 9 tháng (03/10/2025)
""",
"2025-10-08",
"Mặt trận và các tổ chức chính trị - xã hội tỉnh giao ban công tác quý III",
E("giao_ban", "2025-Q3", "2025-10-07"),
[P("Đỗ Thị Thanh Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phạm Văn Khải", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Nông dân tỉnh"),
 P("Lê Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
 P("Vũ Đức Thắng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Bí thư Tỉnh đoàn"),
 P("Trịnh Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Hội Cựu chiến binh tỉnh"),
 P("Bùi Thị Thu Trang", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Ngô Minh Tuấn", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đặng Văn Sơn", "Trưởng ban công tác Mặt trận thôn Đông Hòa"),
 P("Nguyễn Thị Lan", "Chủ tịch Ủy ban MTTQ Việt Nam phường Phố Hiến"),
 P("Phạm Văn Toàn", "Chủ tịch Ủy ban MTTQ Việt Nam xã Thái Thụy")],
[Q("104 xã, phường", 104, "xã, phường"),
 Q("26 xã, phường", 26, "xã, phường"),
 Q("58 hồ sơ", 58, "hồ sơ"),
 Q("97,3%", 97.3, "%"),
 Q("18,75 tỷ đồng", 18750000000, "đồng"),
 Q("42 tấn", 42, "tấn"),
 Q("15 tỷ đồng", 15000000000, "đồng"),
 Q("326 ngôi nhà", 326, "ngôi nhà"),
 Q("1.840 ha", 1840, "ha"),
 Q("650 suất quà", 650, "suất quà"),
 Q("1.000.000 đồng/suất", 1000000, "đồng"),
 Q("27 tỷ đồng", 27000000000, "đồng"),
 Q("860 hộ", 860, "hộ"),
 Q("45 tổ hợp tác, mô hình sinh kế", 45, "tổ hợp tác, mô hình sinh kế"),
 Q("hơn 12.000 lượt đoàn viên", 12000, "lượt đoàn viên", "over"),
 Q("38 km", 38, "km"),
 Q("14 nhà", 14, "nhà"),
 Q("120 \"Mái ấm Công đoàn\"", 120, "\"Mái ấm Công đoàn\""),
 Q("6 tỷ 500 triệu đồng", 6500000000, "đồng"),
 Q("12 xã, phường", 12, "xã, phường"),
 Q("100%", 100, "%"),
 Q("3.250 tài khoản", 3250, "tài khoản"),
 Q("1.476 ý kiến, kiến nghị", 1476, "ý kiến, kiến nghị"),
 Q("82%", 82, "%"),
 Q("31 cán bộ", 31, "cán bộ"),
 Q("215 thôn, tổ dân phố", 215, "thôn, tổ dân phố")],
[D("Kế hoạch", "36", "KH-MTTQ-BTT", "2025-07-14", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 36/KH-MTTQ-BTT"),
 D("Chỉ thị", "21", "CT/TU", "2025-08-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU"),
 D("Hướng dẫn", "08", "HD-MTTW-BTT", "2025-09-05", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 08/HD-MTTW-BTT")],
[prov("Hưng Yên"), prov("Thái Bình"), prov("Nghệ An"), prov("Hà Tĩnh"), com("phường Phố Hiến"), com("xã Thái Thụy")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH HƯNG YÊN", "Lượt xem", "Trung tâm Phục vụ hành chính công",
 "Nghĩa tình đồng đội", "Mái ấm Công đoàn", "Ngày hội Đại đoàn kết toàn dân tộc",
 "Người Việt Nam ưu tiên dùng hàng Việt Nam", "Sổ tay Mặt trận số", "thôn Đông Hòa", "Quang cảnh hội nghị giao ban."],
["quý IV", "2 cấp", "bão số 10", "2 tuần", "lần thứ I", "nhiệm kỳ 2026-2031", "lần giao ban thứ hai", "5 ngày làm việc"],
))

# b108 — provincial newspaper, gifts for the Khmer New Year, An Giang (+Kiên Giang) 2026
PAGES.append(page(
"b108-angiang-traoqua-chol-chnam-thmay-2026",
"""
BÁO AN GIANG ĐIỆN TỬ
Thời sự · Chính trị · Kinh tế · Xã hội · Dân tộc - Tôn giáo · Biển đảo
Dân tộc - Tôn giáo
10/04/2026 - 19:02

Lãnh đạo tỉnh thăm, tặng quà chùa Khmer và đồng bào nhân Tết Chôl Chnăm Thmây 2026

(AG) - Ngày 9/4, đoàn công tác của tỉnh do đồng chí Lâm Minh Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà các chùa Khmer, người có uy tín và hộ đồng bào Khmer khó khăn tại phường Rạch Giá, xã Ô Lâm và xã Tri Tôn nhân dịp Tết cổ truyền Chôl Chnăm Thmây năm 2026.

Cùng đi có các đồng chí Chau Phước Hậu, Trưởng Ban Dân tộc và Tôn giáo tỉnh; Danh Thị Ngọc Giàu, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Trung tá Néang Sóc Pha, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.

Tại chùa Xà Xiêm (phường Rạch Giá), đoàn đã thăm hỏi Hòa thượng Danh Sà Ráth, Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh, Trụ trì chùa Xà Xiêm và tặng 10 triệu đồng cho nhà chùa tổ chức lễ. Ông Danh Sơn, Achar chùa Xà Xiêm cho biết, năm nay nhà chùa dự kiến đón khoảng 3.000 lượt bà con đến lễ Phật. Tại xã Ô Lâm, đoàn tặng 200 phần quà cho hộ nghèo, hộ cận nghèo, mỗi phần gồm 20 kg gạo và 500 nghìn đồng tiền mặt.

Báo cáo với đoàn, đồng chí Chau Phước Hậu cho biết, sau hợp nhất với tỉnh Kiên Giang, An Giang có hơn 470.000 đồng bào Khmer, chiếm khoảng 9,7% dân số, với 142 chùa Phật giáo Nam tông Khmer. Dịp Tết Chôl Chnăm Thmây năm nay, Tỉnh ủy, UBND tỉnh dành 5,6 tỷ đồng thăm, tặng quà 142 chùa, 1.150 người có uy tín và 8.400 hộ đồng bào Khmer khó khăn. Năm 2025, tỉnh đã xây mới, sửa chữa 615 căn nhà cho hộ Khmer nghèo và hỗ trợ 1.200 ha đất sản xuất, tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,8%.

Thay mặt lãnh đạo tỉnh, đồng chí Lâm Minh Hoàng chúc đồng bào Khmer đón Tết vui tươi, an toàn; đề nghị các vị sư sãi, Achar tiếp tục phát huy vai trò, vận động đồng bào thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, xây dựng khối đại đoàn kết toàn dân tộc. Theo kế hoạch, từ ngày 8 đến 12/4/2026, lãnh đạo tỉnh chia thành 6 đoàn đi thăm, chúc Tết ở các xã, phường có đông đồng bào Khmer.

Đồng chí Lâm Minh Hoàng tặng quà chùa Xà Xiêm. Ảnh: HẠNH CHÂU

HẠNH CHÂU
Lượt đọc: 2.045

Tin liên quan
- Trao 500 suất quà cho hộ Khmer nghèo ở Tịnh Biên (07/4/2026)
- Lễ hội Đua bò Bảy Núi năm 2026 sẵn sàng khai mạc (05/4/2026)
- Chúc mừng Tết Chôl Chnăm Thmây 2026 (04/4/2026)
""",
"2026-04-10",
"Lãnh đạo tỉnh thăm, tặng quà chùa Khmer và đồng bào nhân Tết Chôl Chnăm Thmây 2026",
E("trao_qua", None, "2026-04-09"),
[P("Lâm Minh Hoàng", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Chau Phước Hậu", "Trưởng Ban Dân tộc và Tôn giáo tỉnh"),
 P("Danh Thị Ngọc Giàu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Néang Sóc Pha", "Trung tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
 P("Danh Sà Ráth", "Hòa thượng", "Phó Trưởng ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh", "Trụ trì chùa Xà Xiêm"),
 P("Danh Sơn", "Achar chùa Xà Xiêm")],
[Q("10 triệu đồng", 10000000, "đồng"),
 Q("khoảng 3.000 lượt bà con", 3000, "lượt bà con", "approx"),
 Q("200 phần quà", 200, "phần quà"),
 Q("20 kg", 20, "kg"),
 Q("500 nghìn đồng", 500000, "đồng"),
 Q("hơn 470.000 đồng bào Khmer", 470000, "đồng bào Khmer", "over"),
 Q("khoảng 9,7%", 9.7, "%", "approx"),
 Q("142 chùa", 142, "chùa"),
 Q("5,6 tỷ đồng", 5600000000, "đồng"),
 Q("1.150 người có uy tín", 1150, "người có uy tín"),
 Q("8.400 hộ", 8400, "hộ"),
 Q("615 căn nhà", 615, "căn nhà"),
 Q("1.200 ha", 1200, "ha"),
 Q("2,8%", 2.8, "%"),
 Q("6 đoàn", 6, "đoàn")],
[],
[prov("An Giang"), prov("Kiên Giang"), com("phường Rạch Giá"), com("xã Ô Lâm"), com("xã Tri Tôn")],
["BÁO AN GIANG ĐIỆN TỬ", "Lượt đọc", "chùa Xà Xiêm", "Chôl Chnăm Thmây", "Phật giáo Nam tông Khmer",
 "Đồng chí Lâm Minh Hoàng tặng quà chùa Xà Xiêm."],
["470.000 đồng bào", "Tết Chôl Chnăm Thmây 2026"],
))
