from lib import *
PAGES = []

PAGES.append(page("b8117-hagiang-bdv-soket-hocsinh-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ > Tin tức > Dân vận chính quyền
Thứ Năm, 14/07/2011 - 09:30
Hà Giang: Vận động 1.126 học sinh bỏ học trở lại lớp
Ngày 12/7/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết 6 tháng đầu năm 2011 công tác vận động học sinh bỏ học trở lại lớp ở các huyện vùng cao núi đá. Đồng chí Vương Thị Hoa, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lò Văn Khiêm, Phó Giám đốc Sở Giáo dục và Đào tạo đồng chủ trì hội nghị.
Đồng chí Vương Thị Hoa phát biểu tại hội nghị. Ảnh: Thu Hà
Theo báo cáo, học kỳ II năm học 2010 - 2011 toàn tỉnh có 1.548 học sinh bỏ học, tập trung ở 4 huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, phần lớn là học sinh người Mông ở bậc trung học cơ sở. Thực hiện Kế hoạch số 27-KH/BDVTU ngày 10/01/2011 của Ban Dân vận Tỉnh ủy, các huyện đã thành lập 193 tổ vận động gồm cán bộ xã, giáo viên, trưởng thôn và người có uy tín; đến hết tháng 6 đã vận động được 1.126 em trở lại lớp, đạt 72,7%.
Nhiều địa phương có cách làm sáng tạo. Ông Sùng Mí Páo, Bí thư Đảng ủy xã Sủng Là, cho biết xã giao chỉ tiêu cho từng đảng viên phụ trách hộ có con bỏ học; nhờ vậy 87 em đã trở lại trường. Bà Giàng Thị Dở, Chủ tịch Hội Liên hiệp Phụ nữ xã Lũng Cú, chia sẻ chị em phụ nữ đến từng nhà, "ăn cùng, ở cùng" với gia đình để thuyết phục cha mẹ không cho con nghỉ học đi làm nương, lấy vợ, lấy chồng sớm.
Các đại biểu cũng chỉ ra nguyên nhân chính khiến học sinh bỏ học là hoàn cảnh gia đình nghèo, nhà xa trường, một số em học yếu, ngại đến lớp; nhận thức của một bộ phận phụ huynh về việc học còn hạn chế. Toàn tỉnh hiện còn khoảng 420 học sinh chưa trở lại lớp, trong đó có 36 em đã lập gia đình.
Đồng chí Lò Văn Khiêm thông tin, thực hiện Nghị định số 49/2010/NĐ-CP của Chính phủ về miễn, giảm học phí, hỗ trợ chi phí học tập, ngành giáo dục đã chi trả hơn 3,2 tỷ đồng cho học sinh vùng đặc biệt khó khăn; mỗi học sinh bán trú dân nuôi được hỗ trợ 15 kg gạo/tháng. Các doanh nghiệp trên địa bàn ủng hộ 640 bộ quần áo ấm và 1.200 cuốn vở.
Kết luận hội nghị, đồng chí Vương Thị Hoa đề nghị các cấp ủy, chính quyền đưa chỉ tiêu vận động học sinh ra lớp vào nghị quyết hằng năm; Ban Dân vận các huyện ủy phối hợp với phòng giáo dục tiếp tục rà soát từng trường hợp, phấn đấu trước khai giảng năm học mới đưa ít nhất 90% số học sinh bỏ học trở lại trường. Đồng chí cũng đề nghị nhân rộng mô hình "Cõng chữ lên non" của Đoàn Thanh niên.
Trần Mai
Tin liên quan
- Mèo Vạc: 200 giáo viên bám bản vận động học sinh (02/07/2011)
- Hội nghị giao ban khối dân vận quý II năm 2011 (28/06/2011)
- Đồng Văn tặng 300 áo ấm cho học sinh bán trú (15/06/2011)
- Yên Minh sơ kết Quy chế dân chủ ở cơ sở (01/06/2011)
""", "2011-07-14", "Hà Giang: Vận động 1.126 học sinh bỏ học trở lại lớp",
E("so_ket", "2011-H1", "2011-07-12"),
[P("Vương Thị Hoa", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Khiêm", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Sùng Mí Páo", "Bí thư Đảng ủy xã Sủng Là"),
 P("Giàng Thị Dở", "Chủ tịch Hội Liên hiệp Phụ nữ xã Lũng Cú")],
[Q("1.126 học sinh", 1126, "học sinh"), Q("1.548 học sinh", 1548, "học sinh"), Q("4 huyện", 4, "huyện"),
 Q("193 tổ vận động", 193, "tổ vận động"), Q("72,7%", 72.7, "%"), Q("87 em", 87, "em"),
 Q("khoảng 420 học sinh", 420, "học sinh", "approx"), Q("36 em", 36, "em"),
 Q("hơn 3,2 tỷ đồng", 3200000000, "đồng", "over"), Q("15 kg", 15, "kg"),
 Q("640 bộ quần áo ấm", 640, "bộ quần áo ấm"), Q("1.200 cuốn vở", 1200, "cuốn vở"),
 Q("ít nhất 90%", 90, "%", "over")],
[D("Kế hoạch", "27", "KH/BDVTU", "2011-01-10", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 27-KH/BDVTU ngày 10/01/2011"),
 D("Nghị định", "49", "2010/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2010/NĐ-CP")],
[prov("Hà Giang"), com("Sủng Là"), com("Lũng Cú")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ > Tin tức > Dân vận chính quyền",
 "Đồng chí Vương Thị Hoa phát biểu tại hội nghị. Ảnh: Thu Hà", "Cõng chữ lên non", "ăn cùng, ở cùng"],
["Thứ Năm, 14/07/2011 - 09:30", "6 tháng đầu năm 2011", "năm học 2010 - 2011", "hết tháng 6"]))

PAGES.append(page("b8118-nghean-kyson-hoinghi-2012", """
Cổng thông tin điện tử huyện Kỳ Sơn - tỉnh Nghệ An
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giáo dục
20/11/2012 - 16:45
Ảnh: Các đại biểu dự hội nghị.
Kỳ Sơn bàn giải pháp giữ chân học sinh dân tộc thiểu số
Chiều 19/11, Huyện ủy Kỳ Sơn tổ chức hội nghị bàn giải pháp vận động học sinh bỏ học trở lại lớp năm 2012. Dự hội nghị có đồng chí Xồng Bá Dê, Phó Bí thư Thường trực Huyện ủy; các đồng chí Phó Chủ tịch UBND huyện: Lầu Xái Lử, Vi Văn Thắng; lãnh đạo 21 xã, thị trấn và hiệu trưởng các trường trên địa bàn.
Báo cáo của Phòng Giáo dục và Đào tạo cho thấy, từ đầu năm học 2012 - 2013 đến nay, toàn huyện có 312 học sinh bỏ học, trong đó bậc trung học cơ sở chiếm 68%. Nhiều em người Mông, Khơ Mú theo gia đình lên nương, đi làm thuê ở các tỉnh phía Nam hoặc sang nước bạn. Các xã Mường Lống, Na Ngoi, Nậm Cắn có số học sinh bỏ học cao nhất.
Triển khai Chỉ thị 05, 06-CT/HU của Ban Thường vụ Huyện ủy về tăng cường công tác dân vận trong lĩnh vực giáo dục và về phòng, chống tảo hôn, các xã đã thành lập tổ công tác đến từng bản. Đến ngày 15/11, đã vận động được 205 em trở lại lớp; 14 bản có 100% học sinh trong độ tuổi đến trường.
Tại hội nghị, ông Và Bá Chò, Bí thư Chi bộ, Trưởng bản Huồi Giảng, chia sẻ: "Mình đến từng nhà, nói bằng tiếng Mông, có khi đi 3 lần, 4 lần mới thuyết phục được bố mẹ cho con về trường". Bà Lô Thị Mai, Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Na Ngoi, đề nghị tăng định mức hỗ trợ gạo cho học sinh bán trú và bố trí thêm 6 phòng ở nội trú.
Thầy Moong Văn Quyết, giáo viên Trường Tiểu học Nậm Cắn, cho biết mỗi chiều thầy cô lại chia nhau đi bản, có em nghỉ học được đón về trường ngay trong ngày. Nhà trường còn mở 2 lớp phụ đạo buổi tối cho những em học yếu.
Đồng chí Lầu Xái Lử thừa nhận, việc quản lý lao động đi làm ăn xa ở nhiều bản còn lỏng; khi gia đình đi, chính quyền xã không nắm được con em họ có còn đi học hay không. Huyện sẽ giao công an xã, trưởng bản lập sổ theo dõi, thông báo kịp thời cho nhà trường để phối hợp vận động.
Phát biểu kết luận, đồng chí Xồng Bá Dê yêu cầu các xã, thị trấn gắn trách nhiệm của người đứng đầu với kết quả vận động học sinh ra lớp; Mặt trận và các đoàn thể đưa nội dung này vào sinh hoạt khu dân cư; phấn đấu đến cuối năm 2012 vận động thêm trên 80 em trở lại trường. Huyện sẽ trích 350 triệu đồng từ ngân sách để hỗ trợ học sinh có hoàn cảnh khó khăn.
Lữ Phương
Tin khác
- Kỳ Sơn trao 150 suất học bổng cho học sinh nghèo (12/11/2012)
- Tập huấn kỹ năng dân vận cho cán bộ bản (30/10/2012)
- Xã Tà Cạ ra quân làm đường giao thông nông thôn (21/10/2012)
- Giao ban công tác dân vận quý III (05/10/2012)
""", "2012-11-20", "Kỳ Sơn bàn giải pháp giữ chân học sinh dân tộc thiểu số",
E("hoi_nghi", "2012", "2012-11-19"),
[P("Xồng Bá Dê", "Phó Bí thư Thường trực Huyện ủy"),
 P("Lầu Xái Lử", "Phó Chủ tịch UBND huyện"),
 P("Vi Văn Thắng", "Phó Chủ tịch UBND huyện"),
 P("Và Bá Chò", "Bí thư Chi bộ", "Trưởng bản Huồi Giảng"),
 P("Lô Thị Mai", "Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Na Ngoi"),
 P("Moong Văn Quyết", "giáo viên Trường Tiểu học Nậm Cắn")],
[Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("312 học sinh", 312, "học sinh"), Q("68%", 68, "%"),
 Q("205 em", 205, "em"), Q("14 bản", 14, "bản"), Q("100%", 100, "%"), Q("6 phòng ở nội trú", 6, "phòng ở nội trú"),
 Q("2 lớp phụ đạo", 2, "lớp phụ đạo"), Q("trên 80 em", 80, "em", "over"), Q("350 triệu đồng", 350000000, "đồng")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU"),
 D("Chỉ thị", "06", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 05, 06-CT/HU")],
[prov("Nghệ An"), com("Mường Lống"), com("Na Ngoi"), com("Nậm Cắn")],
["Cổng thông tin điện tử huyện Kỳ Sơn - tỉnh Nghệ An", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Giáo dục",
 "Ảnh: Các đại biểu dự hội nghị."],
["20/11/2012 - 16:45", "năm học 2012 - 2013", "3 lần, 4 lần", "năm 2012"]))

PAGES.append(page("b8119-dienbien-traoxe-2013", """
BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN
Xã hội » Giáo dục
Cập nhật lúc 08:20 ngày 06/09/2013
Trao 120 xe đạp cho học sinh trở lại trường ở Mường Nhé
(ĐBP) - Sáng 5/9, tại xã Chung Chải, huyện Mường Nhé, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Công ty cổ phần Thương mại Tây Bắc tổ chức trao 120 xe đạp và 300 suất quà cho học sinh vừa được vận động trở lại lớp nhân dịp khai giảng năm học mới.
Đồng chí Lò Văn Puôn (thứ 2 từ trái) trao xe đạp cho học sinh.
Tham dự có đồng chí Lò Văn Puôn, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Thượng tá Lý A Hòa, Chính trị viên Đồn Biên phòng Chung Chải; đại diện lãnh đạo huyện Mường Nhé và đông đảo phụ huynh, học sinh.
Mỗi chiếc xe đạp trị giá 1,5 triệu đồng; mỗi suất quà gồm 10 cuốn vở, bút, cặp sách và 200.000 đồng tiền mặt. Tổng giá trị chương trình gần 240 triệu đồng.
Năm học 2012 - 2013, Mường Nhé là địa phương có tỷ lệ học sinh bỏ học cao nhất tỉnh, với 457 em, chủ yếu là người Hà Nhì, Mông, Cống. Thực hiện Kế hoạch liên tịch số 12/KHLT-MTTQ-SGDĐT ngày 20/6/2013 giữa Ủy ban MTTQ Việt Nam tỉnh và Sở Giáo dục và Đào tạo, các đoàn thể, bộ đội biên phòng và nhà trường đã phối hợp đến từng bản, vận động được 389 em trở lại lớp, chiếm 85%.
Phát biểu tại buổi lễ, đồng chí Lò Văn Puôn biểu dương sự vào cuộc của các tổ chức, cá nhân, đặc biệt là các đồn biên phòng trong phong trào "Nâng bước em tới trường". Đồng chí mong các em chăm ngoan, học tốt, không bỏ học giữa chừng; đề nghị các gia đình tạo điều kiện cho con em đến trường đầy đủ.
Em Chu Thị Sa, học sinh lớp 7 Trường PTDTBT THCS Chung Chải, người đã nghỉ học gần một năm để ở nhà trông em, xúc động: "Có xe đạp, từ bản Nậm Pố đến trường em chỉ mất 40 phút, không phải đi bộ qua 2 con suối nữa".
Theo thầy Vàng A Dình, Hiệu trưởng nhà trường, năm học này trường có 56 học sinh ở bán trú, được hỗ trợ theo Quyết định số 85/2010/QĐ-TTg của Thủ tướng Chính phủ. Nhà trường phân công mỗi giáo viên theo dõi 5 - 7 học sinh có nguy cơ bỏ học.
Theo Sở Giáo dục và Đào tạo tỉnh Điện Biên, việc đi lại khó khăn, nhà xa trường là một trong những nguyên nhân khiến học sinh vùng biên nghỉ học giữa chừng, nhất là vào mùa mưa. Những chiếc xe đạp giúp các em bớt vất vả trên đường đến lớp.
Dịp này, Đồn Biên phòng Chung Chải nhận đỡ đầu 15 học sinh người Hà Nhì có hoàn cảnh đặc biệt khó khăn theo chương trình "Con nuôi đồn Biên phòng", mỗi em được hỗ trợ 500.000 đồng/tháng đến hết lớp 9.
Minh Thư
Tin cùng chuyên mục
- Điện Biên: gần 170 nghìn học sinh bước vào năm học mới (05/09/2013)
- Tuần Giáo huy động trẻ 5 tuổi ra lớp đạt 99% (30/08/2013)
- Tủa Chùa sửa chữa 12 phòng học trước khai giảng (25/08/2013)
""", "2013-09-06", "Trao 120 xe đạp cho học sinh trở lại trường ở Mường Nhé",
E("trao_qua", None, "2013-09-05"),
[P("Lò Văn Puôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý A Hòa", "Thượng tá", "Chính trị viên Đồn Biên phòng Chung Chải"),
 P("Chu Thị Sa", "học sinh lớp 7 Trường PTDTBT THCS Chung Chải"),
 P("Vàng A Dình", "Hiệu trưởng nhà trường")],
[Q("120 xe đạp", 120, "xe đạp"), Q("300 suất quà", 300, "suất quà"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("10 cuốn vở", 10, "cuốn vở"), Q("200.000 đồng", 200000, "đồng"), Q("gần 240 triệu đồng", 240000000, "đồng", "approx"),
 Q("457 em", 457, "em"), Q("389 em", 389, "em"), Q("85%", 85, "%"), Q("40 phút", 40, "phút"), Q("2 con suối", 2, "con suối"),
 Q("56 học sinh", 56, "học sinh"), Q("5 - 7 học sinh", 5, "học sinh"), Q("5 - 7 học sinh", 7, "học sinh"),
 Q("15 học sinh người Hà Nhì", 15, "học sinh người Hà Nhì"), Q("500.000 đồng", 500000, "đồng")],
[D("Kế hoạch liên tịch", "12", "KHLT-MTTQ-SGDĐT", "2013-06-20", None, "Kế hoạch liên tịch số 12/KHLT-MTTQ-SGDĐT ngày 20/6/2013"),
 D("Quyết định", "85", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 85/2010/QĐ-TTg")],
[prov("Điện Biên"), com("Chung Chải")],
["BÁO ĐIỆN BIÊN PHỦ - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH ĐIỆN BIÊN", "Xã hội » Giáo dục", "(ĐBP)",
 "Đồng chí Lò Văn Puôn (thứ 2 từ trái) trao xe đạp cho học sinh.", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng",
 "Công ty cổ phần Thương mại Tây Bắc"],
["Cập nhật lúc 08:20 ngày 06/09/2013", "Năm học 2012 - 2013", "gần một năm", "lớp 7", "lớp 9", "thứ 2 từ trái"]))

PAGES.append(page("b8120-soctrang-hdnd-giamsat-2014", """
HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG
Hoạt động HĐND :: Giám sát
Ngày đăng 17/10/2014 | 10:15
Giám sát tình trạng học sinh bỏ học tại huyện Trần Đề
Ngày 15/10/2014, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Thạch Thị Sa Phiên, Tỉnh ủy viên, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn có buổi giám sát tình hình học sinh bỏ học và công tác vận động học sinh trở lại lớp năm 2014 tại huyện Trần Đề.
Theo báo cáo của UBND huyện, năm học 2013 - 2014 toàn huyện có 486 học sinh bỏ học, tỷ lệ 2,9%, tăng 0,4% so với năm học trước; riêng bậc trung học cơ sở có 341 em. Học sinh bỏ học tập trung ở các xã ven biển Trung Bình, Lịch Hội Thượng, Viên Bình, nơi có đông đồng bào Khmer, nhiều gia đình đi làm ăn xa và cho con theo cùng.
Thực hiện Kế hoạch số 64/KH-UBND của UBND tỉnh và Hướng dẫn số 15-HD/BDVTU của Ban Dân vận Tỉnh ủy, huyện đã thành lập Ban Chỉ đạo vận động học sinh ra lớp tại 11/11 xã, thị trấn; tổ chức 146 cuộc đến thăm gia đình học sinh. Kết quả, 198 học sinh đã trở lại trường. Các chùa Khmer trên địa bàn mở 9 lớp dạy chữ Khmer hè, giúp các em không quên mặt chữ.
Đoàn đã khảo sát thực tế tại Trường THCS Lịch Hội Thượng và ấp Chợ. Ông Lý Sà Rết, người có uy tín ấp Chợ, xã Lịch Hội Thượng cho biết: nhiều phụ huynh nghĩ cho con đi làm sớm có thêm thu nhập, nên ông cùng Đại đức Thạch Sô Phanh, trụ trì chùa Bưng Chông, thường tranh thủ các ngày lễ tại chùa để khuyên bà con cho con đi học.
Bà Trần Thị Kim Loan, Phó Chủ tịch UBND huyện Trần Đề, kiến nghị tỉnh có cơ chế hỗ trợ riêng cho học sinh Khmer nghèo khoảng 100.000 đồng/tháng và tăng số suất học bổng của Quỹ khuyến học.
Kết luận buổi giám sát, bà Thạch Thị Sa Phiên ghi nhận sự cố gắng của huyện nhưng cho rằng tỷ lệ học sinh bỏ học vẫn cao hơn bình quân chung của tỉnh 0,8%; việc phối hợp giữa nhà trường và gia đình chưa chặt. Đoàn đề nghị huyện rà soát lại số liệu, có danh sách từng học sinh bỏ học, phân công cán bộ, đảng viên phụ trách; phấn đấu đến hết học kỳ I năm học 2014 - 2015 giảm tỷ lệ bỏ học xuống dưới 2%.
Trước đó, đoàn đã làm việc với Phòng Giáo dục và Đào tạo huyện, nghe báo cáo về việc thực hiện các chính sách hỗ trợ học sinh dân tộc thiểu số và công tác phổ cập giáo dục trung học cơ sở trên địa bàn tỉnh Sóc Trăng.
Cùng tham gia đoàn có ông Lâm Văn Sóc, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh và đại diện Sở Giáo dục và Đào tạo, Ban Dân vận Tỉnh ủy.
Kim Ngân
Tin liên quan
- Ban Kinh tế - Ngân sách giám sát tại thị xã Vĩnh Châu (10/10/2014)
- Kỳ họp thứ 11 HĐND tỉnh khóa VIII sẽ diễn ra vào tháng 12 (03/10/2014)
- Tiếp xúc cử tri trước kỳ họp tại huyện Cù Lao Dung (25/09/2014)
- Giám sát chính sách hỗ trợ đồng bào dân tộc thiểu số (12/09/2014)
""", "2014-10-17", "Giám sát tình trạng học sinh bỏ học tại huyện Trần Đề",
E("giam_sat", "2014", "2014-10-15"),
[P("Thạch Thị Sa Phiên", "Tỉnh ủy viên", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Lý Sà Rết", "người có uy tín ấp Chợ"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Bưng Chông"),
 P("Trần Thị Kim Loan", "Phó Chủ tịch UBND huyện Trần Đề"),
 P("Lâm Văn Sóc", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")],
[Q("486 học sinh", 486, "học sinh"), Q("2,9%", 2.9, "%"), Q("0,4%", 0.4, "%"), Q("341 em", 341, "em"),
 Q("11/11 xã, thị trấn", 11, "xã, thị trấn"), Q("146 cuộc", 146, "cuộc"), Q("198 học sinh", 198, "học sinh"),
 Q("9 lớp dạy chữ Khmer hè", 9, "lớp dạy chữ Khmer hè"), Q("khoảng 100.000 đồng", 100000, "đồng", "approx"),
 Q("0,8%", 0.8, "%"), Q("dưới 2%", 2, "%")],
[D("Kế hoạch", "64", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 64/KH-UBND"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU")],
[prov("Sóc Trăng"), com("Trung Bình"), com("Lịch Hội Thượng"), com("Viên Bình")],
["HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG", "Hoạt động HĐND :: Giám sát", "Quỹ khuyến học", "Ban Chỉ đạo vận động học sinh ra lớp"],
["Ngày đăng 17/10/2014 | 10:15", "năm 2014", "năm học 2013 - 2014", "học kỳ I năm học 2014 - 2015"]))

PAGES.append(page("b8121-laichau-giaoban-q3-2015", """
laichau.dcs.vn - Trang thông tin điện tử Đảng bộ tỉnh Lai Châu
Vị trí: Trang chủ › Công tác dân vận › Tin hoạt động
08/10/2015 - 14:05
Toàn cảnh hội nghị giao ban.
Khối dân vận giao ban quý III: tập trung vận động học sinh ra lớp đầu năm học
Ngày 07/10, Ban Dân vận Tỉnh ủy Lai Châu tổ chức giao ban công tác dân vận quý III năm 2015. Đồng chí Tẩn Thị Sính, Ủy viên BCH Đảng bộ tỉnh, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Quý III, trọng tâm của khối dân vận là phối hợp với ngành giáo dục vận động học sinh ra lớp trước và sau khai giảng năm học 2015 - 2016. Các huyện Mường Tè, Sìn Hồ, Phong Thổ đã huy động hơn 1.700 lượt cán bộ, đoàn viên, hội viên xuống bản; vận động 2.317 học sinh trong độ tuổi ra lớp, trong đó 264 em đã bỏ học từ năm học trước. Tỷ lệ huy động trẻ 6 - 14 tuổi đến trường đạt 98,6%.
Tại huyện Mường Tè, đồng chí Pờ Chừ Xá, HUV, Trưởng Ban Dân vận Huyện ủy cho biết, người La Hủ, Cống, Si La vẫn còn tập quán cho con nghỉ học theo bố mẹ vào rừng, lên nương dài ngày. Huyện ủy đã ban hành Kế hoạch 38-KH/HU và Kế hoạch 39-KH/HU về vận động học sinh ra lớp và phòng, chống tảo hôn, hôn nhân cận huyết thống; 100% chi bộ bản đưa nội dung này vào sinh hoạt hằng tháng.
Các ý kiến tại giao ban phản ánh: một số xã còn khoán trắng việc vận động cho nhà trường; chế độ hỗ trợ học sinh bán trú chậm; một số em lớn tuổi đi làm thuê ở Trung Quốc chưa liên lạc được. Bà Lò Thị Ương, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, đề nghị phát huy vai trò của 512 người có uy tín trong việc khuyên bảo con cháu đi học.
Kết luận giao ban, đồng chí Tẩn Thị Sính đề nghị quý IV các huyện, thành phố tiếp tục thực hiện Chỉ thị số 11-CT/TU ngày 15/8/2015 của Ban Thường vụ Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác vận động học sinh ra lớp, duy trì sĩ số; phối hợp với Hội Khuyến học tỉnh huy động nguồn lực, phấn đấu mỗi huyện có ít nhất 1 mô hình "Dòng họ khuyến học" tiêu biểu. Ban Dân vận các huyện ủy báo cáo kết quả trước ngày 15/12.
Đồng chí cũng lưu ý Ban Dân vận các huyện ủy chủ động nắm tình hình tư tưởng nhân dân ở các bản giáp biên, kịp thời phát hiện, ngăn chặn việc lôi kéo học sinh bỏ học đi làm thuê bên kia biên giới; phối hợp với bộ đội biên phòng, công an xã trong việc tuyên truyền, vận động.
Hội nghị cũng thống nhất đề xuất khen thưởng 7 tập thể, 11 cá nhân có thành tích trong đợt vận động.
Hải Yến
Các tin đã đưa
- Sìn Hồ: nhân rộng mô hình "Dân vận khéo" trong giáo dục (25/09/2015)
- Hội nghị người có uy tín tỉnh Lai Châu năm 2015 (10/09/2015)
- Tam Đường tổng kết 10 năm thực hiện Quy chế dân chủ (02/09/2015)
""", "2015-10-08", "Khối dân vận giao ban quý III: tập trung vận động học sinh ra lớp đầu năm học",
E("giao_ban", "2015-Q3", "2015-10-07"),
[P("Tẩn Thị Sính", "Ủy viên BCH Đảng bộ tỉnh", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Pờ Chừ Xá", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Ương", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy")],
[Q("hơn 1.700 lượt cán bộ, đoàn viên, hội viên", 1700, "lượt cán bộ, đoàn viên, hội viên", "over"),
 Q("2.317 học sinh", 2317, "học sinh"), Q("264 em", 264, "em"), Q("98,6%", 98.6, "%"), Q("100% chi bộ bản", 100, "%"),
 Q("512 người có uy tín", 512, "người có uy tín"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"),
 Q("7 tập thể", 7, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "38", "KH/HU", None, "Huyện ủy", "Kế hoạch 38-KH/HU"),
 D("Kế hoạch", "39", "KH/HU", None, "Huyện ủy", "Kế hoạch 39-KH/HU"),
 D("Chỉ thị", "11", "CT/TU", "2015-08-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 11-CT/TU ngày 15/8/2015")],
[prov("Lai Châu")],
["laichau.dcs.vn - Trang thông tin điện tử Đảng bộ tỉnh Lai Châu", "Vị trí: Trang chủ › Công tác dân vận › Tin hoạt động",
 "Toàn cảnh hội nghị giao ban.", "Dòng họ khuyến học", "Hội Khuyến học tỉnh"],
["08/10/2015 - 14:05", "quý III năm 2015", "năm học 2015 - 2016", "6 - 14 tuổi", "quý IV", "15/12"]))

PAGES.append(page("b8122-kontum-phongsu-codao-2016", """
Báo Kon Tum điện tử
Trang chủ | Xã hội | Người tốt việc tốt
Thứ Sáu, 25/03/2016
Cô giáo Y Lan và những chuyến “đi bắt” học trò
Cô Y Lan (áo xanh) trò chuyện với phụ huynh ở làng Kon Pling. Ảnh: H.Như
Gần 10 năm gắn bó với Trường Tiểu học và THCS xã Đăk Na (huyện Tu Mơ Rông), cô giáo Y Lan, người Xơ Đăng, đã không nhớ hết bao nhiêu lần lội suối, vượt dốc vào tận chòi rẫy để “bắt” học trò về lớp.
Năm học 2015 - 2016, trường có 412 học sinh, phần lớn là con em đồng bào Xơ Đăng. Sau Tết Nguyên đán, sĩ số nhiều lớp chỉ còn một nửa vì các em theo cha mẹ lên rẫy tỉa lúa, có em ở lại rẫy cả tuần. “Không đi vận động ngay thì các em nghỉ luôn”, cô Y Lan nói.
Cô Y Lan hiện là Tổng phụ trách Đội, kiêm Bí thư Chi đoàn giáo viên của trường. Mỗi tuần, cô cùng 2 - 3 đồng nghiệp và anh A Thiết, Phó Bí thư Đoàn xã Đăk Na, đi bộ vào các khu sản xuất cách trung tâm xã 7 - 12 km. Có hôm mưa rừng, cả nhóm phải ngủ lại ở chòi rẫy. Từ đầu năm học đến nay, nhóm đã vận động 53 học sinh trở lại lớp, trong đó 9 em đã nghỉ học hơn một tháng.
Già làng A Kem ở làng Kon Pling kể, trước đây bà con nghĩ con cái đi học không bằng đi rẫy. “Cô Y Lan nói tiếng Xơ Đăng, ăn cơm với bà con, nói cho bà con hiểu cái chữ giúp mình không bị lừa, biết làm ăn. Giờ làng mình nhà nào cũng cho con đi học”, già A Kem nói.
Không chỉ vận động, cô còn xin được 40 bộ quần áo, 25 đôi dép và mở “tủ sách bản làng” với hơn 300 đầu sách cho học sinh bán trú. Với những em học yếu, cô cùng đồng nghiệp kèm thêm vào buổi tối để các em theo kịp bạn, không ngại đến lớp.
Ông Nguyễn Văn Hưng, Hiệu trưởng nhà trường, cho biết nhờ cách làm của cô Y Lan và tập thể giáo viên, tỷ lệ chuyên cần của trường tăng từ 87% lên 96%, không còn học sinh bỏ học trong học kỳ I. Năm 2015, cô được Ban Dân vận Tỉnh ủy chọn là 1 trong 30 gương điển hình trong phong trào thi đua “Dân vận khéo” và được UBND tỉnh tặng Bằng khen.
Những ngày cuối tuần, cô còn tranh thủ đến nhà học sinh, giúp gia đình các em gùi lúa, nấu cơm, trò chuyện với bố mẹ về việc học của con. Nhiều phụ huynh ban đầu tránh mặt, nay lại chủ động báo cho cô biết khi con có ý định nghỉ học. Chính sự gần gũi ấy đã giúp cô hiểu vì sao học trò bỏ lớp và tìm được cách giữ các em ở lại trường.
Bà Y Blưm, Phó Chủ tịch UBND xã Đăk Na, đánh giá: “Những giáo viên như cô Y Lan là cầu nối giữa nhà trường với buôn làng. Xã sẽ nhân rộng cách làm này ra tất cả các thôn”.
Hồng Như
Bài viết liên quan
- Tu Mơ Rông: 7 mô hình dân vận khéo được công nhận (18/03/2016)
- Thầy giáo trẻ mở lớp xóa mù chữ ở làng Tu Mơ Rông (02/03/2016)
- Trao học bổng cho học sinh nghèo vượt khó (22/02/2016)
""", "2016-03-25", "Cô giáo Y Lan và những chuyến “đi bắt” học trò",
E("khac", None, None),
[P("Y Lan", "cô giáo", "Tổng phụ trách Đội", "Bí thư Chi đoàn giáo viên của trường"),
 P("A Thiết", "Phó Bí thư Đoàn xã Đăk Na"),
 P("A Kem", "Già làng"),
 P("Nguyễn Văn Hưng", "Hiệu trưởng nhà trường"),
 P("Y Blưm", "Phó Chủ tịch UBND xã Đăk Na")],
[Q("412 học sinh", 412, "học sinh"), Q("2 - 3 đồng nghiệp", 2, "đồng nghiệp"), Q("2 - 3 đồng nghiệp", 3, "đồng nghiệp"),
 Q("7 - 12 km", 7, "km"), Q("7 - 12 km", 12, "km"), Q("53 học sinh", 53, "học sinh"), Q("9 em", 9, "em"),
 Q("40 bộ quần áo", 40, "bộ quần áo"), Q("25 đôi dép", 25, "đôi dép"), Q("hơn 300 đầu sách", 300, "đầu sách", "over"),
 Q("87%", 87, "%"), Q("96%", 96, "%"), Q("30 gương điển hình", 30, "gương điển hình")],
[],
[prov("Kon Tum"), com("Đăk Na")],
["Báo Kon Tum điện tử", "Trang chủ | Xã hội | Người tốt việc tốt",
 "Cô Y Lan (áo xanh) trò chuyện với phụ huynh ở làng Kon Pling. Ảnh: H.Như", "Dân vận khéo", "tủ sách bản làng"],
["Thứ Sáu, 25/03/2016", "Gần 10 năm", "Năm học 2015 - 2016", "cả tuần", "hơn một tháng", "1 trong 30", "Năm 2015"]))
