from lib import *
PAGES = []

PAGES.append(page("b1529-quangtri-bdv-traoqua-lulut-2021", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Trang chủ > Xã hội > Chính sách
29/10/2021 - 16:20
Hôm nay: Thứ Sáu, 29/10/2021
Trao 300 suất quà cho đồng bào Vân Kiều, Pa Kô bị ảnh hưởng mưa lũ
QTO - Ngày 27/10, Ban Dân vận Tỉnh ủy Quảng Trị phối hợp với Ủy ban MTTQ Việt Nam tỉnh và Công ty Cổ phần Thủy điện Quảng Trị đến thăm, trao 300 suất quà cho các hộ đồng bào dân tộc thiểu số bị thiệt hại do đợt mưa lũ giữa tháng 10 tại xã Hướng Phùng, huyện Hướng Hóa và xã A Vao, huyện Đakrông.
Đồng chí Nguyễn Thị Hương trao quà cho người dân xã A Vao.
Tham gia đoàn có đồng chí Nguyễn Thị Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đồng chí Hồ Xuân Lai, Phó Trưởng Ban Dân vận Tỉnh ủy.
Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 1 triệu đồng; tổng giá trị hơn 300 triệu đồng. Riêng 12 hộ có nhà bị sập, trôi hoàn toàn được hỗ trợ thêm mỗi hộ 5 triệu đồng từ Quỹ Cứu trợ của tỉnh.
Theo UBND xã A Vao, mưa lũ đã làm 47 ngôi nhà bị ngập sâu, hơn 30 ha lúa, sắn bị vùi lấp; tuyến đường từ trung tâm xã vào thôn Ty Nê, Pa Ling bị sạt lở nhiều đoạn. Bà con đã được chính quyền, bộ đội biên phòng giúp di dời tài sản trước lũ nên không có thiệt hại về người.
Tại buổi trao quà, đoàn đã dành thời gian lắng nghe ý kiến của người dân. Ông Hồ Văn Pả, Trưởng thôn Ty Nê, mong tỉnh sớm đầu tư khu tái định cư cho 26 hộ đang sống ven suối; bà Kray Thị Chiên, Chi hội trưởng Chi hội Phụ nữ thôn Pa Ling, đề nghị hỗ trợ giống ngô, lạc để bà con kịp tái sản xuất vụ đông xuân. Già làng Hồ Văn Cưm ở xã Hướng Phùng bày tỏ cảm ơn cấp ủy, chính quyền đã kịp thời thăm hỏi.
Đồng chí Nguyễn Thị Hương ghi nhận các ý kiến và đề nghị chính quyền xã tổng hợp, báo cáo UBND huyện đưa vào kế hoạch khắc phục; Mặt trận các cấp công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn để nhân dân giám sát, bảo đảm đúng đối tượng theo Quyết định số 14/2021/QĐ-UBND của UBND tỉnh về mức hỗ trợ khắc phục hậu quả thiên tai.
Đồng chí cũng động viên bà con đoàn kết, giúp đỡ nhau sửa lại nhà cửa, không để ai bị đói, rét; cảnh giác trước những đối tượng lợi dụng thiên tai để tuyên truyền, lôi kéo trái pháp luật.
Dịp này, Ban Dân vận Tỉnh ủy cũng tặng 50 chăn ấm cho học sinh bán trú Trường Phổ thông Dân tộc bán trú Tiểu học và THCS A Vao.
Thanh Trúc
Số lượt xem: 732
Tin khác
- Hướng Hóa: vận động 1.200 hộ cam kết không di cư tự do (22/10/2021)
- Hội nghị biểu dương người có uy tín tiêu biểu năm 2021 (15/10/2021)
- Đakrông ra mắt mô hình "Dân vận khéo" trong phòng, chống dịch Covid-19 (08/10/2021)
""", "2021-10-29", "Trao 300 suất quà cho đồng bào Vân Kiều, Pa Kô bị ảnh hưởng mưa lũ",
E("trao_qua", None, "2021-10-27"),
[P("Nguyễn Thị Hương", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Xuân Lai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Pả", "Trưởng thôn Ty Nê"),
 P("Kray Thị Chiên", "Chi hội trưởng Chi hội Phụ nữ thôn Pa Ling"),
 P("Hồ Văn Cưm", "Già làng")],
[Q("300 suất quà", 300, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"), Q("hơn 300 triệu đồng", 300000000, "đồng", "over"),
 Q("12 hộ", 12, "hộ"), Q("5 triệu đồng", 5000000, "đồng"), Q("47 ngôi nhà", 47, "ngôi nhà"), Q("hơn 30 ha", 30, "ha", "over"),
 Q("26 hộ", 26, "hộ"), Q("50 chăn ấm", 50, "chăn ấm")],
[D("Quyết định", "14", "2021/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 14/2021/QĐ-UBND")],
[prov("Quảng Trị"), com("Hướng Phùng"), com("A Vao")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Trang chủ > Xã hội > Chính sách", "Hôm nay: Thứ Sáu, 29/10/2021", "QTO",
 "Đồng chí Nguyễn Thị Hương trao quà cho người dân xã A Vao.", "Quỹ Cứu trợ", "Công ty Cổ phần Thủy điện Quảng Trị", "Số lượt xem: 732"],
["29/10/2021 - 16:20", "Hôm nay: Thứ Sáu, 29/10/2021", "giữa tháng 10", "Số lượt xem: 732"]))

PAGES.append(page("b1530-tiengiang-mttq-giamsat-hotro-covid-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG
Trang chủ / Hoạt động / Giám sát và phản biện xã hội
Ngày đăng: 03/09/2021 - 10:40
Giám sát trực tuyến việc hỗ trợ người lao động gặp khó khăn do dịch Covid-19
Ngày 1/9/2021, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang tổ chức giám sát trực tuyến việc thực hiện Nghị quyết số 68/NQ-CP ngày 1/7/2021 của Chính phủ và Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021 của Thủ tướng Chính phủ về một số chính sách hỗ trợ người lao động và người sử dụng lao động gặp khó khăn do đại dịch Covid-19. Đây là một trong 4 cuộc giám sát chuyên đề thuộc chương trình giám sát năm 2021 của Mặt trận tỉnh.
Các điểm cầu tham gia giám sát trực tuyến.
Đoàn giám sát do ông Trần Kim Trát, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn; các Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Nguyễn Thị Kim Phượng, Lê Văn Hậu là thành viên. Buổi giám sát được kết nối tới 11 điểm cầu huyện, thành phố, thị xã.
Theo báo cáo của Sở Lao động - Thương binh và Xã hội, đến ngày 30/8, toàn tỉnh đã hỗ trợ cho 42.316 người lao động, hộ kinh doanh, với tổng kinh phí hơn 61,2 tỷ đồng. Trong đó, lao động tự do được hỗ trợ theo Nghị quyết 68 và Kế hoạch số 215/KH-UBND của UBND tỉnh với mức 1,5 triệu đồng/người; 1.846 viên chức hoạt động nghệ thuật, hướng dẫn viên du lịch được hỗ trợ 3,71 tỷ đồng.
Qua giám sát, đoàn ghi nhận việc chi trả cơ bản kịp thời, công khai. Tuy nhiên, một số xã còn lúng túng trong xác định đối tượng lao động tự do; còn 2.108 hồ sơ chưa được phê duyệt do thiếu giấy tờ chứng minh nơi cư trú. Ở thành phố Mỹ Tho, có trường hợp người lao động thuê trọ bị sót danh sách vì chủ nhà trọ không khai báo.
Ông Đặng Văn Tấn, Chủ tịch Ủy ban MTTQ xã Tân Phú, huyện Cai Lậy, phản ánh mỗi ngày xã nhận hàng chục cuộc điện thoại hỏi về hỗ trợ; Ban Công tác Mặt trận các ấp phải đến từng nhà rà soát. Bà Võ Thị Hồng Loan, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, đề nghị mở rộng kênh tiếp nhận phản ánh qua Zalo để người dân không phải tập trung đông người.
Kết luận, ông Trần Kim Trát đề nghị UBND tỉnh chỉ đạo các địa phương đơn giản hóa thủ tục, hoàn thành chi trả trước ngày 15/9; Mặt trận các cấp tiếp tục giám sát việc phân phối hàng hóa từ 27.000 túi an sinh do các nhà hảo tâm đóng góp, bảo đảm không để người dân nào bị bỏ sót. Đoàn sẽ ban hành văn bản kiến nghị gửi UBND tỉnh và các sở, ngành liên quan.
Minh Trí
Lượt xem: 1.657
Tin liên quan
- Tiếp nhận hơn 5 tỷ đồng ủng hộ phòng, chống dịch (27/08/2021)
- Mặt trận các cấp ra quân "Không để ai thiếu lương thực" (18/08/2021)
- Gò Công Đông: 2.000 phần quà cho người dân vùng phong tỏa (10/08/2021)
""", "2021-09-03", "Giám sát trực tuyến việc hỗ trợ người lao động gặp khó khăn do dịch Covid-19",
E("giam_sat", "2021", "2021-09-01"),
[P("Trần Kim Trát", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Kim Phượng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Văn Hậu", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đặng Văn Tấn", "Chủ tịch Ủy ban MTTQ xã Tân Phú"),
 P("Võ Thị Hồng Loan", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("11 điểm cầu huyện, thành phố, thị xã", 11, "điểm cầu huyện, thành phố, thị xã"),
 Q("42.316 người lao động, hộ kinh doanh", 42316, "người lao động, hộ kinh doanh"), Q("hơn 61,2 tỷ đồng", 61200000000, "đồng", "over"),
 Q("1,5 triệu đồng/người", 1500000, "đồng"), Q("1.846 viên chức hoạt động nghệ thuật, hướng dẫn viên du lịch", 1846, "viên chức hoạt động nghệ thuật, hướng dẫn viên du lịch"),
 Q("3,71 tỷ đồng", 3710000000, "đồng"), Q("2.108 hồ sơ", 2108, "hồ sơ"), Q("27.000 túi an sinh", 27000, "túi an sinh")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 1/7/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", "2021-07-07", "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg ngày 7/7/2021"),
 D("Kế hoạch", "215", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 215/KH-UBND")],
[prov("Tiền Giang"), com("Tân Phú")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ / Hoạt động / Giám sát và phản biện xã hội", "Các điểm cầu tham gia giám sát trực tuyến.",
 "Zalo", "Lượt xem: 1.657"],
["Ngày đăng: 03/09/2021 - 10:40", "năm 2021", "ngày 30/8", "Nghị quyết 68", "hàng chục cuộc điện thoại", "ngày 15/9", "Lượt xem: 1.657"]))

PAGES.append(page("b1531-yenbai-nghialo-doithoai-dothi-2022", """
BÁO YÊN BÁI
Chính trị | Xây dựng Đảng
Thứ Sáu, 08/04/2022 | 08:05
Ảnh: Quang cảnh buổi đối thoại.
Nghĩa Lộ: Người đứng đầu đối thoại với nhân dân về chỉnh trang đô thị
YBĐT - Chiều 6/4, Ban Thường vụ Thị ủy Nghĩa Lộ (tỉnh Yên Bái) phối hợp với UBND thị xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2022, tập trung vào việc chỉnh trang đô thị, mở rộng các tuyến phố và bồi thường, hỗ trợ giải phóng mặt bằng.
Đồng chí Hoàng Văn Vinh, Tỉnh ủy viên, Bí thư Thị ủy Nghĩa Lộ chủ trì đối thoại; cùng dự có đồng chí Lò Văn Hặc, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã và đồng chí Đinh Thị Thu Hà, Ủy viên Ban Thường vụ Thị ủy, Trưởng Ban Dân vận Thị ủy, Chủ tịch Ủy ban MTTQ Việt Nam thị xã.
Hội nghị được tổ chức theo Quy định số 11-QĐ/TU ngày 15/3/2021 của Ban Thường vụ Tỉnh ủy về trách nhiệm tiếp dân, đối thoại trực tiếp với dân và Kế hoạch số 28-KH/ThU của Ban Thường vụ Thị ủy. Tham dự có 130 người dân, là đại diện các hộ trong vùng dự án thuộc phường Tân An, phường Pú Trạng và xã Nghĩa Phúc.
Theo báo cáo, dự án chỉnh trang khu trung tâm thị xã có tổng mức đầu tư 186 tỷ đồng, ảnh hưởng đến 214 hộ gia đình; đến nay đã có 172 hộ nhận tiền bồi thường, bàn giao mặt bằng. Còn 42 hộ chưa đồng thuận với giá bồi thường, chủ yếu là hộ kinh doanh mặt phố.
Tại buổi đối thoại, có 19 lượt ý kiến của người dân. Ông Hà Văn Thiện, tổ dân phố 6, phường Tân An, đề nghị tính lại đơn giá bồi thường cho phần đất ở gắn với kinh doanh. Bà Lường Thị Nhung, Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố Pú Trạng 3, phản ánh nhiều hộ lo lắng về nơi buôn bán tạm trong thời gian thi công. Ông Cầm Văn Tươi, người có uy tín bản Sà Rèn, xã Nghĩa Phúc, đề nghị bố trí đất tái định cư gần chỗ ở cũ để đồng bào Thái giữ được nếp sinh hoạt cộng đồng.
Trả lời các ý kiến, đồng chí Lò Văn Hặc cho biết UBND thị xã sẽ thuê đơn vị tư vấn độc lập xác định lại giá đất cụ thể, bố trí 2 khu chợ tạm và ưu tiên cho các hộ bị ảnh hưởng thuê ki-ốt với mức giảm 50% trong năm đầu.
Kết luận hội nghị, đồng chí Hoàng Văn Vinh khẳng định thị xã không "ép" dân, mọi phương án phải được bàn bạc công khai với nhân dân theo tinh thần Chỉ thị số 16-CT/TU của Ban Thường vụ Tỉnh ủy. Đồng chí giao Ban Dân vận Thị ủy theo dõi việc thực hiện 12 nội dung đã hứa tại hội nghị, báo cáo Thường trực Thị ủy trước ngày 30/6.
Thanh Chi
Lượt xem: 964
Tin liên quan
- Văn Chấn: đối thoại với nông dân trồng chè (01/04/2022)
- Giao ban công tác dân vận quý I/2022 (29/03/2022)
- Trạm Tấu: 25 hộ hiến đất mở đường vào bản (18/03/2022)
""", "2022-04-08", "Nghĩa Lộ: Người đứng đầu đối thoại với nhân dân về chỉnh trang đô thị",
E("doi_thoai", "2022", "2022-04-06"),
[P("Hoàng Văn Vinh", "Tỉnh ủy viên", "Bí thư Thị ủy Nghĩa Lộ"),
 P("Lò Văn Hặc", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã"),
 P("Đinh Thị Thu Hà", "Ủy viên Ban Thường vụ Thị ủy", "Trưởng Ban Dân vận Thị ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã"),
 P("Hà Văn Thiện"),
 P("Lường Thị Nhung", "Bí thư Chi bộ kiêm Tổ trưởng tổ dân phố Pú Trạng 3"),
 P("Cầm Văn Tươi", "người có uy tín bản Sà Rèn")],
[Q("130 người dân", 130, "người dân"), Q("186 tỷ đồng", 186000000000, "đồng"), Q("214 hộ gia đình", 214, "hộ gia đình"),
 Q("172 hộ", 172, "hộ"), Q("42 hộ", 42, "hộ"), Q("19 lượt ý kiến", 19, "lượt ý kiến"), Q("2 khu chợ tạm", 2, "khu chợ tạm"),
 Q("50%", 50, "%"), Q("12 nội dung", 12, "nội dung")],
[D("Quy định", "11", "QĐ/TU", "2021-03-15", "Ban Thường vụ Tỉnh ủy", "Quy định số 11-QĐ/TU ngày 15/3/2021"),
 D("Kế hoạch", "28", "KH/ThU", None, "Ban Thường vụ Thị ủy", "Kế hoạch số 28-KH/ThU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 16-CT/TU")],
[prov("Yên Bái"), com("Tân An"), com("Pú Trạng"), com("Nghĩa Phúc")],
["BÁO YÊN BÁI", "Chính trị | Xây dựng Đảng", "Ảnh: Quang cảnh buổi đối thoại.", "YBĐT", "Lượt xem: 964"],
["Thứ Sáu, 08/04/2022 | 08:05", "năm 2022", "tổ dân phố 6", "Pú Trạng 3", "năm đầu", "ngày 30/6", "Lượt xem: 964"]))

PAGES.append(page("b1532-binhduong-mttq-gopy-luat-dcs-2022", """
Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Bình Dương
You are here: Trang chủ › Tin hoạt động › Tham gia xây dựng pháp luật
17/06/2022 09:30
Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở: cần quy định rõ trách nhiệm người đứng đầu
Ngày 15/6/2022, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở theo Công văn số 2617/MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam. Đây là hội nghị góp ý dự án luật thứ ba mà Mặt trận tỉnh tổ chức trong năm 2022.
Bà Nguyễn Thị Tuyết Nhung phát biểu tại hội nghị.
Chủ trì hội nghị có ông Võ Hồng Ân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và bà Nguyễn Thị Tuyết Nhung, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh. Tham dự có 85 đại biểu là thành viên Hội đồng tư vấn, đại diện các sở, ngành, Ban Thanh tra nhân dân và trưởng khu phố.
Dự thảo luật gồm 6 chương, 91 điều, quy định những nội dung nhân dân được biết, được bàn và quyết định, được tham gia ý kiến, được kiểm tra, giám sát. Theo bà Tuyết Nhung, qua 15 năm thực hiện Pháp lệnh số 34/2007/PL-UBTVQH11 ở xã, phường, thị trấn và Nghị định số 04/2015/NĐ-CP ở cơ quan, đơn vị, tỉnh có hơn 90% khu phố, ấp xây dựng được hương ước, quy ước; Ban Thanh tra nhân dân ở 91 xã, phường, thị trấn hoạt động thường xuyên.
Góp ý cụ thể, ông Lê Thanh Tâm, Trưởng ban Thanh tra nhân dân phường Tân Định, thị xã Bến Cát, đề nghị bổ sung quy định về kinh phí hoạt động cho Ban Thanh tra nhân dân, vì hiện nay mức hỗ trợ 200.000 đồng/tháng cho mỗi thành viên là chưa tương xứng. Luật sư Phan Văn Hòa, Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, cho rằng dự thảo cần quy định thời hạn cụ thể để chính quyền trả lời kiến nghị của nhân dân, tránh tình trạng "trả lời cho có".
Bà Đinh Thị Thu Sương, Trưởng khu phố 4, phường Phú Hòa, thành phố Thủ Dầu Một, phản ánh nhiều khu phố có trên 40% là người lao động nhập cư, đề nghị luật quy định rõ quyền tham gia của người tạm trú trong các cuộc họp khu dân cư. Một số ý kiến đề nghị quy định trách nhiệm của người đứng đầu chính quyền cấp xã trong việc tổ chức đối thoại định kỳ ít nhất 1 lần/năm.
Phát biểu kết luận, ông Võ Hồng Ân đánh giá các ý kiến xuất phát từ thực tiễn của một tỉnh công nghiệp có hơn 1,2 triệu người nhập cư. Ban Thường trực sẽ tổng hợp, gửi Ủy ban Trung ương MTTQ Việt Nam trước ngày 25/6/2022. Ông cũng đề nghị các tổ chức thành viên tiếp tục phổ biến dự thảo để hội viên, đoàn viên tham gia góp ý qua Cổng thông tin điện tử của Quốc hội.
Bảo Ngọc
Lượt xem: 1.322
Tin liên quan
- Thuận An: góp ý dự thảo Luật Thanh tra (sửa đổi) (09/06/2022)
- Giám sát việc thực hiện chính sách bảo hiểm xã hội tự nguyện (02/06/2022)
- Tân Uyên trao 100 căn nhà Đại đoàn kết (26/05/2022)
""", "2022-06-17", "Góp ý dự thảo Luật Thực hiện dân chủ ở cơ sở: cần quy định rõ trách nhiệm người đứng đầu",
E("hoi_nghi", "2022", "2022-06-15"),
[P("Võ Hồng Ân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thị Tuyết Nhung", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thanh Tâm", "Trưởng ban Thanh tra nhân dân phường Tân Định"),
 P("Phan Văn Hòa", "Luật sư", "Ủy viên Hội đồng tư vấn Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Đinh Thị Thu Sương", "Trưởng khu phố 4")],
[Q("85 đại biểu", 85, "đại biểu"), Q("hơn 90%", 90, "%", "over"), Q("91 xã, phường, thị trấn", 91, "xã, phường, thị trấn"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("trên 40%", 40, "%", "over"), Q("hơn 1,2 triệu người nhập cư", 1200000, "người nhập cư", "over")],
[D("Công văn", "2617", "MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Công văn số 2617/MTTW-BTT"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Nghị định", "04", "2015/NĐ-CP", None, None, "Nghị định số 04/2015/NĐ-CP")],
[prov("Bình Dương"), com("Tân Định"), com("Phú Hòa")],
["Cổng thông tin Ủy ban MTTQ Việt Nam tỉnh Bình Dương", "You are here: Trang chủ › Tin hoạt động › Tham gia xây dựng pháp luật",
 "Bà Nguyễn Thị Tuyết Nhung phát biểu tại hội nghị.", "Luật Thực hiện dân chủ ở cơ sở", "Cổng thông tin điện tử của Quốc hội", "Lượt xem: 1.322"],
["17/06/2022 09:30", "năm 2022", "dự án luật thứ ba", "6 chương", "91 điều", "15 năm", "1 lần/năm", "khu phố 4", "ngày 25/6/2022", "Lượt xem: 1.322"]))

PAGES.append(page("b1533-haiphong-mttq-layykien-luatdatdai-2023", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Trang chủ » Thời sự » Chính trị
Cập nhật: 14:35, 10/02/2023 (GMT+7)
Ảnh: Các đại biểu dự hội nghị.
Hơn 4.500 ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)
Ngày 8/2/2023, Ủy ban MTTQ Việt Nam thành phố Hải Phòng tổ chức hội nghị lấy ý kiến các tầng lớp nhân dân đối với dự thảo Luật Đất đai (sửa đổi) năm 2023, thực hiện Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022 của Ủy ban Thường vụ Quốc hội và Kế hoạch số 32/KH-UBND của UBND thành phố.
Chủ trì hội nghị có ông Trần Quang Tường, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam thành phố và bà Phạm Thị Kim Oanh, Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố.
Theo báo cáo, từ ngày 3/1/2023 đến nay, Mặt trận các cấp thành phố đã tổ chức 236 hội nghị lấy ý kiến tại 217 xã, phường, thị trấn, thu hút trên 21.000 lượt người tham gia; tổng hợp được hơn 4.500 ý kiến góp ý. Các ý kiến tập trung vào bảng giá đất, thu hồi đất, bồi thường, tái định cư, đất nông nghiệp và việc quản lý đất đai ở vùng ven biển, hải đảo.
Tại hội nghị, ông Vũ Văn Thắng, Chủ tịch Hội Nông dân xã Tiên Cường, huyện Tiên Lãng, đề nghị nâng hạn mức nhận chuyển quyền sử dụng đất nông nghiệp để nông dân mạnh dạn tích tụ ruộng đất, nhưng phải có cơ chế bảo vệ người nông dân không còn đất sản xuất. Bà Nguyễn Thị Thơm, Trưởng ban Công tác Mặt trận tổ dân phố số 5, phường Đông Hải 2, quận Hải An, cho rằng giá đất bồi thường phải tiệm cận giá thị trường và được xác định tại thời điểm có quyết định thu hồi.
Đại diện Đoàn Luật sư thành phố, Luật sư Trần Minh Khôi đề nghị luật quy định rõ trường hợp Nhà nước thu hồi đất để phát triển kinh tế - xã hội vì lợi ích quốc gia, công cộng, tránh áp dụng tùy tiện; đồng thời bổ sung việc lấy ý kiến cộng đồng dân cư trước khi phê duyệt phương án bồi thường. Ông Đỗ Văn Biên, người có uy tín ở xã Trân Châu, huyện Cát Hải, đề nghị có chính sách riêng đối với đất ở của người dân trên đảo.
Kết luận hội nghị, ông Trần Quang Tường nhấn mạnh việc góp ý dự thảo là cụ thể hóa Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương khóa XIII về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất. Các ý kiến sẽ được tổng hợp, gửi Ủy ban Trung ương MTTQ Việt Nam và Đoàn đại biểu Quốc hội thành phố trước ngày 15/3/2023.
Ngọc Thắm
Lượt xem: 2.744
Tin liên quan
- Thủy Nguyên: 5.200 lượt người góp ý dự thảo Luật Đất đai (06/02/2023)
- Hội nghị Ủy ban MTTQ thành phố lần thứ 6 (31/01/2023)
- Mặt trận các cấp trao 12.000 suất quà Tết (17/01/2023)
""", "2023-02-10", "Hơn 4.500 ý kiến góp ý dự thảo Luật Đất đai (sửa đổi)",
E("hoi_nghi", "2023", "2023-02-08"),
[P("Trần Quang Tường", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Phạm Thị Kim Oanh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam thành phố"),
 P("Vũ Văn Thắng", "Chủ tịch Hội Nông dân xã Tiên Cường"),
 P("Nguyễn Thị Thơm", "Trưởng ban Công tác Mặt trận tổ dân phố số 5"),
 P("Trần Minh Khôi", "Luật sư"),
 P("Đỗ Văn Biên", "người có uy tín ở xã Trân Châu")],
[Q("236 hội nghị", 236, "hội nghị"), Q("217 xã, phường, thị trấn", 217, "xã, phường, thị trấn"),
 Q("trên 21.000 lượt người", 21000, "lượt người", "over"), Q("hơn 4.500 ý kiến góp ý", 4500, "ý kiến góp ý", "over")],
[D("Nghị quyết", "671", "NQ-UBTVQH15", "2022-12-22", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 671/NQ-UBTVQH15 ngày 22/12/2022"),
 D("Kế hoạch", "32", "KH-UBND", None, "UBND thành phố", "Kế hoạch số 32/KH-UBND"),
 D("Nghị quyết", "18", "NQ/TW", "2022-06-16", "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW ngày 16/6/2022")],
[prov("Hải Phòng"), com("Tiên Cường"), com("Đông Hải 2"), com("Trân Châu")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Trang chủ » Thời sự » Chính trị", "Ảnh: Các đại biểu dự hội nghị.", "Luật Đất đai (sửa đổi)", "Đoàn Luật sư thành phố",
 "Lượt xem: 2.744"],
["Cập nhật: 14:35, 10/02/2023 (GMT+7)", "năm 2023", "ngày 3/1/2023", "tổ dân phố số 5", "khóa XIII", "ngày 15/3/2023", "Lượt xem: 2.744"]))

PAGES.append(page("b1534-kontum-bdv-giamsat-dancoso-2023", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Trang chủ >> Tin tức - Sự kiện >> Kiểm tra, giám sát
25-08-2023 15:00
Giám sát việc thực hiện dân chủ ở cơ sở tại huyện Kon Plông
Từ ngày 22 đến 24/8/2023, Đoàn giám sát của Ban Thường vụ Tỉnh ủy Kon Tum do đồng chí Y Ngọc, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc lãnh đạo, chỉ đạo thực hiện Luật Thực hiện dân chủ ở cơ sở và Kết luận số 120-KL/TW của Bộ Chính trị tại Ban Thường vụ Huyện ủy Kon Plông và 3 xã Hiếu, Măng Cành, Đắk Long.
Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Kon Plông.
Cùng tham gia đoàn có các đồng chí: A Hiếu, Phó Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Thị Thanh Bình, Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy; Y Đơn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Đợt giám sát nằm trong chương trình kiểm tra, giám sát năm 2023 của Ban Thường vụ Tỉnh ủy, thực hiện theo Quyết định số 412-QĐ/TU ngày 4/8/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 37-KH/BDVTU của Ban Dân vận Tỉnh ủy. Theo báo cáo của Huyện ủy Kon Plông, từ khi Luật có hiệu lực, huyện đã tổ chức 36 hội nghị tuyên truyền với hơn 2.800 lượt người tham dự, chủ yếu là đồng bào Xơ Đăng, Ba Na; 100% thôn, làng công khai các khoản thu, chi và danh sách hộ được hỗ trợ theo Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Người đứng đầu cấp ủy, chính quyền huyện và các xã đã tổ chức 21 buổi đối thoại với nhân dân, tiếp nhận 64 kiến nghị, đã giải quyết 58 kiến nghị. Nhân dân đã tham gia ý kiến vào 12 công trình, dự án, đóng góp hơn 1.400 ngày công và hiến 5.600 m2 đất làm đường, xây nhà văn hóa.
Làm việc tại xã Măng Cành, đoàn ghi nhận mô hình "Già làng nói, dân làng nghe" của làng Kon Năng. Già làng A Bưu, người có uy tín làng Kon Năng, cho biết từ khi cán bộ xã về họp làng mỗi tháng một lần, bà con được nói những điều mình nghĩ, việc tranh chấp đất rẫy giảm hẳn. Tuy nhiên, ông Đinh Văn Tơ, Chủ tịch UBND xã Hiếu, thừa nhận xã chưa tổ chức được hội nghị để nhân dân đánh giá cán bộ, công chức theo quy định.
Kết luận đợt giám sát, đồng chí Y Ngọc đề nghị Ban Thường vụ Huyện ủy chỉ đạo khắc phục những hạn chế đã chỉ ra, nhất là việc lấy ý kiến nhân dân trước khi phê duyệt danh sách hỗ trợ nhà ở; sớm kiện toàn Ban Thanh tra nhân dân ở 2 xã còn thiếu thành viên; đưa việc thực hiện dân chủ ở cơ sở vào tiêu chí đánh giá tổ chức đảng hằng năm.
Ban Dân vận Tỉnh ủy
Lượt truy cập: 608
Tin liên quan
- Hội nghị giao ban công tác dân vận 6 tháng đầu năm 2023 (20/07/2023)
- Đăk Hà: ra mắt mô hình "Dân vận khéo" trong giảm nghèo (13/07/2023)
- Ngọc Hồi tổ chức đối thoại với đồng bào dân tộc thiểu số (30/06/2023)
""", "2023-08-25", "Giám sát việc thực hiện dân chủ ở cơ sở tại huyện Kon Plông",
E("giam_sat", "2023", "2023-08-22"),
[P("Y Ngọc", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thanh Bình", "Trưởng phòng Dân vận chính quyền - Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Y Đơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Bưu", "Già làng", "người có uy tín làng Kon Năng"),
 P("Đinh Văn Tơ", "Chủ tịch UBND xã Hiếu")],
[Q("3 xã", 3, "xã"), Q("36 hội nghị tuyên truyền", 36, "hội nghị tuyên truyền"), Q("hơn 2.800 lượt người", 2800, "lượt người", "over"),
 Q("100%", 100, "%"), Q("21 buổi đối thoại", 21, "buổi đối thoại"), Q("64 kiến nghị", 64, "kiến nghị"), Q("58 kiến nghị", 58, "kiến nghị"),
 Q("12 công trình, dự án", 12, "công trình, dự án"), Q("hơn 1.400 ngày công", 1400, "ngày công", "over"), Q("5.600 m2", 5600, "m2"),
 Q("2 xã", 2, "xã")],
[D("Kết luận", "120", "KL/TW", None, "Bộ Chính trị", "Kết luận số 120-KL/TW"),
 D("Quyết định", "412", "QĐ/TU", "2023-08-04", "Ban Thường vụ Tỉnh ủy", "Quyết định số 412-QĐ/TU ngày 4/8/2023"),
 D("Kế hoạch", "37", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 37-KH/BDVTU")],
[prov("Kon Tum"), com("Hiếu"), com("Măng Cành"), com("Đắk Long")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Trang chủ >> Tin tức - Sự kiện >> Kiểm tra, giám sát", "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Kon Plông.",
 "Luật Thực hiện dân chủ ở cơ sở", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Già làng nói, dân làng nghe", "Lượt truy cập: 608"],
["25-08-2023 15:00", "năm 2023", "mỗi tháng một lần", "Lượt truy cập: 608"]))
