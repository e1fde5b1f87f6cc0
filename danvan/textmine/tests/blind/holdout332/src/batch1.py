from lib import *
PAGES = []

PAGES.append(page("b7925-dongthap-tinhdoan-tongket-2011", """
TỈNH ĐOÀN ĐỒNG THÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ » Hoạt động Đoàn » Công tác thiếu nhi
Thứ Hai, 29/08/2011 - 09:30
Ảnh: Các em thiếu nhi xã Tân Thuận Đông thực hành bơi tại hồ bơi di động.
Đồng Tháp: 12.346 trẻ em được phổ cập bơi trong hè 2011
Ngày 26/8/2011, Ban Thường vụ Tỉnh Đoàn Đồng Tháp phối hợp Sở Lao động - Thương binh và Xã hội tổ chức hội nghị tổng kết chương trình phổ cập bơi cho trẻ em hè năm 2011. Đồng chí Nguyễn Thanh Hùng, Phó Bí thư Thường trực Tỉnh Đoàn chủ trì hội nghị.
Theo báo cáo, hè 2011 toàn tỉnh mở 418 lớp dạy bơi miễn phí tại 144 xã, phường, thị trấn, thu hút 12.346 trẻ em từ 6 đến 15 tuổi tham gia; sau khóa học có 9.870 em biết bơi, đạt 79,9%.
Đồng chí Trần Thị Mỹ Linh, Phó Bí thư Tỉnh Đoàn, Chủ tịch Hội đồng Đội tỉnh cho biết, thực hiện Kế hoạch số 37-KH/TĐTN ngày 12/5/2011 của Ban Thường vụ Tỉnh Đoàn và Công văn 612/LĐTBXH-BVCSTE của Sở Lao động - Thương binh và Xã hội, các huyện, thị đã huy động trên 320 triệu đồng xã hội hóa để mua 26 hồ bơi di động, 1.500 phao tay và 800 áo phao. Nhiều cơ sở Đoàn tận dụng ao, mương, kênh nội đồng, dùng tre, lưới cước quây thành bể bơi tạm, vừa an toàn vừa tiết kiệm.
Đáng chú ý, huyện Tháp Mười và huyện Tam Nông có tỷ lệ trẻ biết bơi cao nhất, trên 85%. Riêng xã Phú Thành B mở 7 lớp, mỗi lớp từ 25 đến 30 em, do 14 đoàn viên là sinh viên tình nguyện trực tiếp hướng dẫn. Phụ huynh ở đây cho biết, trước kia mùa nước nổi đến là cả xóm lo, nay con em đã tự tin hơn khi xuống nước.
Tuy nhiên, trong 8 tháng đầu năm 2011 toàn tỉnh vẫn xảy ra 19 vụ đuối nước làm 21 trẻ em tử vong, phần lớn ở lứa tuổi mầm non khi cha mẹ đi làm đồng, không có người trông giữ. Một số địa phương còn xem nhẹ việc dạy bơi, chưa bố trí kinh phí, lớp học chủ yếu dựa vào đóng góp của các nhà hảo tâm.
Phát biểu tại hội nghị, ông Lê Văn Bảy, Phó Giám đốc Sở Lao động - Thương binh và Xã hội đề nghị các địa phương nhân rộng mô hình "Điểm giữ trẻ mùa lũ", gắn dạy bơi với tuyên truyền cho phụ huynh về kỹ năng trông giữ trẻ, không để trẻ chơi gần sông rạch khi không có người lớn đi cùng.
Kết luận hội nghị, đồng chí Nguyễn Thanh Hùng yêu cầu các cơ sở Đoàn duy trì lớp bơi sau hè, phấn đấu đến năm 2015 có 90% trẻ em từ 10 tuổi trở lên biết bơi. Dịp này, Tỉnh Đoàn tặng bằng khen cho 9 tập thể và 23 cá nhân; tặng giấy khen cho 40 hướng dẫn viên bơi có nhiều đóng góp.
Minh Tuấn
Lượt xem: 1.204
Tin liên quan
- Lấp Vò: khai giảng 12 lớp dạy bơi cho thiếu nhi (15/07/2011)
- Ra quân chiến dịch Thanh niên tình nguyện hè 2011 (20/06/2011)
- Cao Lãnh trao 200 áo phao cho học sinh vùng lũ (02/06/2011)
- Tập huấn hướng dẫn viên bơi cấp tỉnh (25/05/2011)
""", "2011-08-29", "Đồng Tháp: 12.346 trẻ em được phổ cập bơi trong hè 2011",
E("tong_ket", "2011", "2011-08-26"),
[P("Nguyễn Thanh Hùng", "Phó Bí thư Thường trực Tỉnh Đoàn"),
 P("Trần Thị Mỹ Linh", "Phó Bí thư Tỉnh Đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Lê Văn Bảy", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("12.346 trẻ em", 12346, "trẻ em"), Q("418 lớp dạy bơi miễn phí", 418, "lớp dạy bơi miễn phí"),
 Q("144 xã, phường, thị trấn", 144, "xã, phường, thị trấn"), Q("9.870 em", 9870, "em"), Q("79,9%", 79.9, "%"),
 Q("trên 320 triệu đồng", 320000000, "đồng", "over"), Q("26 hồ bơi di động", 26, "hồ bơi di động"),
 Q("1.500 phao tay", 1500, "phao tay"), Q("800 áo phao", 800, "áo phao"), Q("trên 85%", 85, "%", "over"),
 Q("7 lớp", 7, "lớp"), Q("từ 25 đến 30 em", 25, "em"), Q("từ 25 đến 30 em", 30, "em"),
 Q("14 đoàn viên", 14, "đoàn viên"), Q("19 vụ đuối nước", 19, "vụ đuối nước"), Q("21 trẻ em", 21, "trẻ em"),
 Q("90% trẻ em", 90, "%"), Q("9 tập thể", 9, "tập thể"), Q("23 cá nhân", 23, "cá nhân"),
 Q("40 hướng dẫn viên bơi", 40, "hướng dẫn viên bơi")],
[D("Kế hoạch", "37", "KH/TĐTN", "2011-05-12", "Ban Thường vụ Tỉnh Đoàn", "Kế hoạch số 37-KH/TĐTN ngày 12/5/2011"),
 D("Công văn", "612", "LĐTBXH-BVCSTE", None, "Sở Lao động - Thương binh và Xã hội", "Công văn 612/LĐTBXH-BVCSTE")],
[prov("Đồng Tháp"), com("Tân Thuận Đông"), com("Phú Thành B")],
["TỈNH ĐOÀN ĐỒNG THÁP - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ » Hoạt động Đoàn » Công tác thiếu nhi",
 "Ảnh: Các em thiếu nhi xã Tân Thuận Đông thực hành bơi tại hồ bơi di động.", "Điểm giữ trẻ mùa lũ", "Lượt xem: 1.204"],
["Thứ Hai, 29/08/2011 - 09:30", "hè 2011", "từ 6 đến 15 tuổi", "8 tháng đầu năm 2011", "năm 2015", "10 tuổi", "Lượt xem: 1.204"]))

PAGES.append(page("b7926-quangbinh-sgd-taphuan-2012", """
SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH
Trang chủ > Tin tức > Hoạt động ngành
15/06/2012 - 15:20
Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên
Học viên thực hành kỹ thuật hô hấp nhân tạo tại bãi biển Bảo Ninh.
Từ ngày 12 đến 14/6/2012, Sở GD&ĐT phối hợp với Hội Chữ thập đỏ tỉnh tổ chức lớp tập huấn kỹ năng phòng, chống đuối nước và sơ cứu ban đầu năm 2012 cho 150 học viên là giáo viên thể dục, giáo viên tổng phụ trách Đội các trường tiểu học, THCS trong tỉnh.
Phát biểu khai mạc, ông Hoàng Minh Đức, Phó Giám đốc Sở GD&ĐT nhấn mạnh: Quảng Bình có bờ biển dài, hệ thống sông ngòi dày đặc, mỗi mùa hè và mùa mưa lũ luôn tiềm ẩn nguy cơ đuối nước ở trẻ em. Năm 2011, toàn tỉnh có 37 trẻ em bị đuối nước, trong đó 29 em tử vong; khảo sát của ngành cho thấy chỉ khoảng 30% học sinh tiểu học biết bơi.
Lớp tập huấn được tổ chức theo Quyết định số 1140/QĐ-UBND ngày 18/5/2012 của UBND tỉnh phê duyệt Kế hoạch phòng, chống tai nạn thương tích trẻ em giai đoạn 2012 - 2015 và Công văn số 452/SGDĐT-CTHSSV của Sở GD&ĐT. Tổng kinh phí tổ chức là 85 triệu đồng, trong đó Hội Chữ thập đỏ tỉnh hỗ trợ 30 triệu đồng.
Trong 3 ngày, các học viên được ThS. Phan Văn Lợi, giảng viên Trường Đại học Quảng Bình và bác sĩ Trần Thị Thu Hương, Phó Giám đốc Trung tâm Y tế dự phòng tỉnh hướng dẫn các kỹ năng: nhận biết nguy cơ đuối nước, cách cứu người đuối nước an toàn, sơ cứu, hô hấp nhân tạo; phương pháp dạy bơi ếch, bơi sải cho trẻ từ 8 tuổi. Buổi thực hành được tổ chức tại bãi tắm xã Bảo Ninh và hồ bơi Trung tâm Thể dục thể thao tỉnh.
Thầy Đinh Xuân Hiếu, giáo viên Trường THCS Quảng Phú (huyện Quảng Trạch) chia sẻ: "Nhiều năm dạy thể dục nhưng tôi chưa được học bài bản về cứu đuối. Sau lớp này, tôi sẽ về tổ chức lớp bơi cho học sinh ngay trong hè".
Kết thúc lớp học, 142/150 học viên đạt yêu cầu và được cấp giấy chứng nhận. Mỗi học viên được phát 1 bộ tài liệu hướng dẫn và 1 đĩa hình minh họa để về triển khai tại trường. Ban tổ chức cũng lập nhóm liên lạc giữa các học viên để chia sẻ giáo án, kinh nghiệm tổ chức lớp bơi ở các vùng khác nhau.
Bế mạc lớp tập huấn, bà Nguyễn Thị Minh Tâm, Chủ tịch Hội Chữ thập đỏ tỉnh đề nghị các học viên trở thành hạt nhân của phong trào dạy bơi; trong hè 2012 mỗi huyện, thành phố mở ít nhất 6 lớp dạy bơi, toàn tỉnh có ít nhất 60 lớp dạy bơi cho học sinh.
Thu Hằng (Phòng Công tác HSSV)
Tin khác
- Tổng kết năm học 2011 - 2012 khối tiểu học (01/06/2012)
- Hướng dẫn tổ chức các hoạt động hè cho học sinh (28/05/2012)
- Trường TH số 1 Bảo Ninh đón nhận danh hiệu trường chuẩn quốc gia (10/05/2012)
- Hội thi giáo viên dạy giỏi cấp tỉnh môn Thể dục (20/04/2012)
""", "2012-06-15", "Tập huấn kỹ năng phòng, chống đuối nước cho giáo viên",
E("tap_huan", "2012", "2012-06-12"),
[P("Hoàng Minh Đức", "Phó Giám đốc Sở GD&ĐT"),
 P("Phan Văn Lợi", "ThS.", "giảng viên Trường Đại học Quảng Bình"),
 P("Trần Thị Thu Hương", "bác sĩ", "Phó Giám đốc Trung tâm Y tế dự phòng tỉnh"),
 P("Đinh Xuân Hiếu", "giáo viên Trường THCS Quảng Phú"),
 P("Nguyễn Thị Minh Tâm", "Chủ tịch Hội Chữ thập đỏ tỉnh")],
[Q("150 học viên", 150, "học viên"), Q("37 trẻ em", 37, "trẻ em"), Q("29 em", 29, "em"),
 Q("khoảng 30% học sinh", 30, "%", "approx"), Q("85 triệu đồng", 85000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("142/150 học viên", 142, "học viên"), Q("ít nhất 6 lớp dạy bơi", 6, "lớp dạy bơi", "over"),
 Q("ít nhất 60 lớp dạy bơi", 60, "lớp dạy bơi", "over")],
[D("Quyết định", "1140", "QĐ-UBND", "2012-05-18", "UBND tỉnh", "Quyết định số 1140/QĐ-UBND ngày 18/5/2012"),
 D("Công văn", "452", "SGDĐT-CTHSSV", None, "Sở GD&ĐT", "Công văn số 452/SGDĐT-CTHSSV")],
[prov("Quảng Bình"), com("Bảo Ninh")],
["SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG BÌNH", "Trang chủ > Tin tức > Hoạt động ngành",
 "Học viên thực hành kỹ thuật hô hấp nhân tạo tại bãi biển Bảo Ninh.", "Trường Đại học Quảng Bình", "Trường THCS Quảng Phú"],
["15/06/2012 - 15:20", "năm 2012", "Năm 2011", "giai đoạn 2012 - 2015", "3 ngày", "8 tuổi", "1 bộ tài liệu", "1 đĩa hình", "hè 2012"]))

PAGES.append(page("b7927-nghean-hlhpn-traoqua-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Xã hội › Giáo dục
08:15 | 21/10/2013
Trao 2.000 áo phao cho học sinh vùng lũ Thanh Chương
(Baonghean) - Ngày 19/10, Hội Liên hiệp Phụ nữ tỉnh phối hợp Quỹ Bảo trợ trẻ em tỉnh trao tặng 2.000 áo phao, tổng trị giá gần 300 triệu đồng, cho học sinh 7 trường tiểu học và trung học cơ sở ở các xã ven sông Lam của huyện Thanh Chương.
Các em học sinh Trường Tiểu học Thanh Lương nhận áo phao. Ảnh: Hồ Phương
Tới dự có bà Nguyễn Thị Thu Hà, Ủy viên Ban Thường vụ, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; ông Lô Văn Thái, Phó Chủ tịch UBND huyện Thanh Chương và các đồng chí Phó Chủ tịch Hội LHPN huyện Thanh Chương: Nguyễn Thị Lan, Võ Thị Hằng.
Là huyện miền núi rộng nhất miền Tây Nghệ An, Thanh Chương có hơn 60 km sông Lam chảy qua cùng nhiều khe suối, hồ đập. Hằng ngày, hàng nghìn học sinh ở các xã Thanh Lương, Thanh Mai, Thanh Khai phải đi đò qua sông đến trường. Chỉ riêng mùa mưa lũ năm 2013, toàn huyện đã có 3 học sinh bị đuối nước thương tâm.
Thực hiện Chỉ thị số 18/CT-UBND ngày 10/6/2013 của UBND tỉnh về tăng cường công tác phòng, chống đuối nước cho trẻ em và Kế hoạch 56/KH-HPN của Hội LHPN tỉnh, thời gian qua các cấp hội phụ nữ đã vận động hội viên trông giữ con em, không để trẻ tự ý đi tắm sông; lồng ghép tuyên truyền với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch". Toàn huyện đã thành lập 24 tổ phụ nữ giám sát bến đò với 168 thành viên.
Phát biểu tại buổi trao quà, bà Nguyễn Thị Thu Hà mong các em luôn mặc áo phao khi đi đò, không tắm sông một mình, không chơi đùa gần mép nước; đề nghị nhà trường, gia đình phối hợp chặt chẽ để quản lý học sinh ngoài giờ học. Hội LHPN tỉnh cũng kiến nghị huyện có phương án xây cầu treo thay thế các bến đò ngang.
Dịp này, Hội cũng trao 120 suất quà cho học sinh có hoàn cảnh khó khăn, mỗi suất 300.000 đồng tiền mặt. Em Lương Thị Mai, học sinh lớp 5 Trường Tiểu học Thanh Mai, nói: "Có áo phao rồi, mẹ em không còn phải đứng ở bến đò chờ em nữa". Nhiều phụ huynh có mặt cũng bày tỏ vui mừng, bởi mùa lũ năm nào nước sông Lam cũng dâng cao, chảy xiết, các bến đò ngang luôn tiềm ẩn nguy hiểm.
Đại diện Quỹ Bảo trợ trẻ em tỉnh cho biết, số áo phao lần này được mua từ nguồn đóng góp của cán bộ, công nhân viên và các nhà hảo tâm trong, ngoài tỉnh; thời gian tới Quỹ tiếp tục vận động để hỗ trợ các huyện miền núi khác.
Ông Lô Văn Thái cho biết, huyện sẽ đưa nội dung phòng, chống đuối nước vào tiêu chí thi đua của các xã; phấn đấu trong năm học 2013 - 2014 có 100% học sinh đi đò được trang bị áo phao.
Hồ Phương
Tin liên quan
- Nghi Lộc: 2 học sinh đuối nước khi tắm biển (15/08/2013)
- Hội LHPN tỉnh sơ kết công tác 9 tháng (02/10/2013)
- Anh Sơn: dạy bơi miễn phí cho 500 trẻ em (22/07/2013)
""", "2013-10-21", "Trao 2.000 áo phao cho học sinh vùng lũ Thanh Chương",
E("trao_qua", None, "2013-10-19"),
[P("Nguyễn Thị Thu Hà", "Ủy viên Ban Thường vụ", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Lô Văn Thái", "Phó Chủ tịch UBND huyện Thanh Chương"),
 P("Nguyễn Thị Lan", "Phó Chủ tịch Hội LHPN huyện Thanh Chương"),
 P("Võ Thị Hằng", "Phó Chủ tịch Hội LHPN huyện Thanh Chương"),
 P("Lương Thị Mai", "học sinh lớp 5 Trường Tiểu học Thanh Mai")],
[Q("2.000 áo phao", 2000, "áo phao"), Q("gần 300 triệu đồng", 300000000, "đồng", "approx"),
 Q("7 trường tiểu học và trung học cơ sở", 7, "trường tiểu học và trung học cơ sở"),
 Q("hơn 60 km", 60, "km", "over"), Q("3 học sinh", 3, "học sinh"),
 Q("24 tổ phụ nữ", 24, "tổ phụ nữ"), Q("168 thành viên", 168, "thành viên"),
 Q("120 suất quà", 120, "suất quà"), Q("300.000 đồng", 300000, "đồng"), Q("100% học sinh", 100, "%")],
[D("Chỉ thị", "18", "CT-UBND", "2013-06-10", "UBND tỉnh", "Chỉ thị số 18/CT-UBND ngày 10/6/2013"),
 D("Kế hoạch", "56", "KH-HPN", None, "Hội LHPN tỉnh", "Kế hoạch 56/KH-HPN")],
[prov("Nghệ An"), com("Thanh Lương"), com("Thanh Mai"), com("Thanh Khai")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Xã hội › Giáo dục", "(Baonghean)", "Các em học sinh Trường Tiểu học Thanh Lương nhận áo phao. Ảnh: Hồ Phương",
 "Xây dựng gia đình 5 không, 3 sạch", "Quỹ Bảo trợ trẻ em tỉnh"],
["08:15 | 21/10/2013", "5 không, 3 sạch", "năm 2013", "năm học 2013 - 2014", "lớp 5"]))

PAGES.append(page("b7928-camau-sldtbxh-soket-2014", """
Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau
Bạn đang ở: Trang chủ / Bảo vệ, chăm sóc trẻ em
Cập nhật lúc 16:40 ngày 11/07/2014
Trẻ em vùng sông nước cần được dạy bơi sớm
Ảnh: Quang cảnh hội nghị.
Ngày 10/7/2014, Ban Điều hành Chương trình phòng, chống tai nạn thương tích trẻ em tỉnh Cà Mau tổ chức hội nghị sơ kết 6 tháng đầu năm 2014, triển khai nhiệm vụ 6 tháng cuối năm. Ông Lâm Văn Sang, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, Phó Trưởng Ban Điều hành chủ trì hội nghị.
Theo báo cáo, 6 tháng qua toàn tỉnh xảy ra 14 vụ đuối nước làm 16 trẻ em tử vong, giảm 5 em so với cùng kỳ năm 2013; nạn nhân chủ yếu dưới 5 tuổi, tai nạn xảy ra ngay tại ao, mương quanh nhà. Các huyện U Minh, Trần Văn Thời, Ngọc Hiển là nơi có số vụ cao nhất.
Thực hiện Quyết định 1011, 1012/QĐ-UBND của UBND tỉnh về kế hoạch hành động vì trẻ em và chương trình phòng, chống tai nạn thương tích trẻ em năm 2014, các ngành, địa phương đã mở 96 lớp dạy bơi cho 2.880 trẻ em, lắp đặt 310 biển cảnh báo tại bến sông, ao hồ nguy hiểm; hỗ trợ 45 xã, phường, thị trấn xây dựng cộng đồng an toàn. Tổng kinh phí thực hiện 1,25 tỷ đồng, trong đó vận động xã hội hóa khoảng 400 triệu đồng.
Bà Thạch Thị Sa Ra, cán bộ bảo vệ trẻ em xã Khánh Bình Tây Bắc, cho biết xã có 62% hộ dân sống ven sông rạch; xã đã phối hợp Chi đoàn ấp và Chi hội Phụ nữ lập 11 nhóm trông trẻ cộng đồng trong mùa vụ, mỗi nhóm trông từ 10 đến 15 cháu. Từ đầu năm đến nay xã không để xảy ra trường hợp trẻ đuối nước nào.
Ông Nguyễn Hoàng Phong, Trưởng phòng Bảo vệ, chăm sóc trẻ em Sở Lao động - Thương binh và Xã hội thông tin thêm, Sở đã ban hành Công văn số 215, 216/SLĐTBXH-BVCSTE hướng dẫn các huyện kiểm tra điểm giữ trẻ tư thục và rà soát trẻ em có nguy cơ cao.
Hội nghị chỉ ra hạn chế: nhiều gia đình còn chủ quan, để trẻ nhỏ chơi một mình; số lớp dạy bơi còn ít so với nhu cầu, chỉ khoảng 12% trẻ em từ 6 đến 15 tuổi biết bơi; thiếu hồ bơi, giáo viên có chuyên môn. Việc phối hợp giữa các ngành trong thống kê, báo cáo tai nạn thương tích ở một số huyện còn chậm, số liệu chưa khớp.
Phát biểu kết luận, ông Lâm Văn Sang yêu cầu 6 tháng cuối năm các địa phương tập trung cao điểm trong mùa mưa, mở thêm ít nhất 50 lớp dạy bơi; Hội LHPN, Đoàn Thanh niên vận động làm rào chắn ao, mương quanh nhà; phấn đấu giảm 10% số trẻ tử vong do đuối nước so với năm 2013.
Minh Luân
Các tin khác
- Cà Mau phát động Tháng hành động vì trẻ em năm 2014 (02/06/2014)
- Ngọc Hiển: 300 trẻ em được học bơi miễn phí (28/06/2014)
- Tập huấn kỹ năng bảo vệ trẻ em cho cộng tác viên ấp, khóm (12/05/2014)
""", "2014-07-11", "Trẻ em vùng sông nước cần được dạy bơi sớm",
E("so_ket", "2014-H1", "2014-07-10"),
[P("Lâm Văn Sang", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Phó Trưởng Ban Điều hành"),
 P("Thạch Thị Sa Ra", "cán bộ bảo vệ trẻ em xã Khánh Bình Tây Bắc"),
 P("Nguyễn Hoàng Phong", "Trưởng phòng Bảo vệ, chăm sóc trẻ em Sở Lao động - Thương binh và Xã hội")],
[Q("14 vụ đuối nước", 14, "vụ đuối nước"), Q("16 trẻ em", 16, "trẻ em"), Q("5 em", 5, "em"),
 Q("96 lớp dạy bơi", 96, "lớp dạy bơi"), Q("2.880 trẻ em", 2880, "trẻ em"), Q("310 biển cảnh báo", 310, "biển cảnh báo"),
 Q("45 xã, phường, thị trấn", 45, "xã, phường, thị trấn"), Q("1,25 tỷ đồng", 1250000000, "đồng"),
 Q("khoảng 400 triệu đồng", 400000000, "đồng", "approx"), Q("62% hộ dân", 62, "%"),
 Q("11 nhóm trông trẻ cộng đồng", 11, "nhóm trông trẻ cộng đồng"), Q("từ 10 đến 15 cháu", 10, "cháu"),
 Q("từ 10 đến 15 cháu", 15, "cháu"), Q("khoảng 12% trẻ em", 12, "%", "approx"),
 Q("ít nhất 50 lớp dạy bơi", 50, "lớp dạy bơi", "over"), Q("10% số trẻ", 10, "%")],
[D("Quyết định", "1011", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1011, 1012/QĐ-UBND"),
 D("Quyết định", "1012", "QĐ-UBND", None, "UBND tỉnh", "Quyết định 1011, 1012/QĐ-UBND"),
 D("Công văn", "215", "SLĐTBXH-BVCSTE", None, None, "Công văn số 215, 216/SLĐTBXH-BVCSTE"),
 D("Công văn", "216", "SLĐTBXH-BVCSTE", None, None, "Công văn số 215, 216/SLĐTBXH-BVCSTE")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau", "Bạn đang ở: Trang chủ / Bảo vệ, chăm sóc trẻ em",
 "Ảnh: Quang cảnh hội nghị."],
["Cập nhật lúc 16:40 ngày 11/07/2014", "6 tháng đầu năm 2014", "6 tháng cuối năm", "dưới 5 tuổi", "năm 2013", "năm 2014",
 "từ 6 đến 15 tuổi"]))

PAGES.append(page("b7929-hatinh-huyendoan-khaigiang-2015", """
HUYỆN ĐOÀN THẠCH HÀ - TỈNH ĐOÀN HÀ TĨNH
Tin tức - Sự kiện :: Thiếu nhi
Thứ Ba, 02/06/2015
320 em nhỏ xã biển Thạch Hải được học bơi miễn phí
Sáng 1/6, nhân Ngày Quốc tế Thiếu nhi, Huyện đoàn Thạch Hà phối hợp UBND xã Thạch Hải khai giảng lớp dạy bơi miễn phí hè 2015 cho 320 em thiếu nhi trên địa bàn xã. Đây là năm thứ ba liên tiếp lớp bơi được tổ chức tại xã ven biển này của tỉnh Hà Tĩnh.
Các em được hướng dẫn khởi động trước khi xuống nước.
Tham dự lễ khai giảng có đồng chí Phan Văn Tuấn, Bí thư Huyện đoàn Thạch Hà; bà Nguyễn Thị Lài, Chủ tịch UBND xã Thạch Hải; ông Hồ Sỹ Nam (Phó Chủ tịch UBND xã) cùng đông đảo phụ huynh.
Thạch Hải có 4 km bờ biển và nhiều hồ, đập nuôi trồng thủy sản. Năm 2014, trên địa bàn xã xảy ra 2 vụ đuối nước làm 2 em học sinh tử vong, để lại nỗi đau lớn cho gia đình và cộng đồng. Từ đó, Đảng ủy xã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về công tác bảo vệ, chăm sóc trẻ em, trong đó giao Đoàn xã tổ chức dạy bơi hằng năm.
Lớp học năm nay kéo dài 10 ngày, các em được chia thành 8 nhóm theo độ tuổi, mỗi nhóm 40 em, do 12 giáo viên, đoàn viên có chuyên môn hướng dẫn. Địa điểm học là khu vực bãi ngang đã được Đoàn xã cắm 200 m dây phao, bố trí 2 thuyền cứu hộ túc trực. 100% học viên được trang bị áo phao trong suốt buổi học.
Đồng chí Phan Văn Tuấn cho biết: Thực hiện Kế hoạch số 15-KH/HĐTN ngày 20/4/2015 của Ban Thường vụ Huyện đoàn, hè này toàn huyện tổ chức 18 lớp dạy bơi tại các xã ven biển và ven sông, phấn đấu giúp khoảng 1.500 em biết bơi.
Tại buổi lễ, Công ty TNHH Thủy sản Hải Phát trao tặng 50 chiếc áo phao và 15 triệu đồng hỗ trợ tiền mua nước uống, sữa cho các em trong thời gian học. Chị Trần Thị Hoa, Bí thư Đoàn xã Thạch Hải, trực tiếp đứng lớp cùng các giáo viên.
Anh Trần Văn Long, phụ huynh em Trần Bảo An (9 tuổi), phấn khởi: "Năm ngoái cháu nhà tôi học được bơi ếch, năm nay tôi cho cháu học tiếp bơi sải. Học bơi ngay ở quê, lại không mất tiền nên bà con rất ủng hộ".
Huyện đoàn Thạch Hà cũng khuyến cáo phụ huynh không để trẻ tự ý tắm biển, tắm hồ khi không có người lớn đi cùng, đặc biệt trong những ngày hè nắng nóng. Các chi đoàn thôn được giao phân công đoàn viên trực tại những điểm tắm biển đông người vào chiều thứ Bảy, Chủ nhật; gia đình nào có con nhỏ được đoàn viên đến tận nhà tuyên truyền, phát tờ rơi hướng dẫn kỹ năng an toàn khi xuống nước.
Kết thúc khóa học, Huyện đoàn sẽ tổ chức kiểm tra, cấp giấy chứng nhận biết bơi cho các em đạt yêu cầu và biểu dương những phụ huynh tích cực đưa đón con đi học.
Hải Yến
Bài viết liên quan
- Thạch Hà: ra quân chiến dịch Thanh niên tình nguyện hè (28/05/2015)
- Tập huấn kỹ năng sơ cấp cứu cho cán bộ Đoàn (15/05/2015)
- Hội đồng Đội huyện tổng kết năm học 2014 - 2015 (22/05/2015)
""", "2015-06-02", "320 em nhỏ xã biển Thạch Hải được học bơi miễn phí",
E("khac", None, "2015-06-01"),
[P("Phan Văn Tuấn", "Bí thư Huyện đoàn Thạch Hà"),
 P("Nguyễn Thị Lài", "Chủ tịch UBND xã Thạch Hải"),
 P("Hồ Sỹ Nam", "Phó Chủ tịch UBND xã"),
 P("Trần Thị Hoa", "Bí thư Đoàn xã Thạch Hải"),
 P("Trần Văn Long"),
 P("Trần Bảo An")],
[Q("320 em", 320, "em"), Q("4 km", 4, "km"), Q("2 vụ đuối nước", 2, "vụ đuối nước"), Q("2 em học sinh", 2, "em học sinh"),
 Q("8 nhóm", 8, "nhóm"), Q("40 em", 40, "em"), Q("12 giáo viên, đoàn viên", 12, "giáo viên, đoàn viên"),
 Q("200 m", 200, "m"), Q("2 thuyền cứu hộ", 2, "thuyền cứu hộ"), Q("100% học viên", 100, "%"),
 Q("18 lớp dạy bơi", 18, "lớp dạy bơi"), Q("khoảng 1.500 em", 1500, "em", "approx"),
 Q("50 chiếc áo phao", 50, "áo phao"), Q("15 triệu đồng", 15000000, "đồng")],
[D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kế hoạch", "15", "KH/HĐTN", "2015-04-20", "Ban Thường vụ Huyện đoàn", "Kế hoạch số 15-KH/HĐTN ngày 20/4/2015")],
[prov("Hà Tĩnh"), com("Thạch Hải")],
["HUYỆN ĐOÀN THẠCH HÀ - TỈNH ĐOÀN HÀ TĨNH", "Tin tức - Sự kiện :: Thiếu nhi", "Các em được hướng dẫn khởi động trước khi xuống nước.",
 "Công ty TNHH Thủy sản Hải Phát", "Ngày Quốc tế Thiếu nhi"],
["Thứ Ba, 02/06/2015", "hè 2015", "năm thứ ba", "Năm 2014", "10 ngày", "9 tuổi"]))

PAGES.append(page("b7930-gialai-hdnd-giamsat-2016", """
HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI
Trang chủ | Hoạt động giám sát
23.09.2016 | 10:15
Giám sát công tác phòng, chống đuối nước cho học sinh tại Chư Păh
Ngày 21/9, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh do bà Rơ Mah H'Lênh, Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát chuyên đề năm 2016 về việc thực hiện chính sách, pháp luật về phòng, chống tai nạn thương tích, đuối nước trẻ em tại huyện Chư Păh.
Đoàn giám sát làm việc tại UBND huyện Chư Păh.
Cùng đi có các đồng chí Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh: Đinh Thị Hlinh, Trần Quốc Vượng, Ksor Y Thoan. Tiếp đoàn có ông Nay Blơng, Phó Chủ tịch UBND huyện Chư Păh và lãnh đạo các phòng, ban liên quan.
Báo cáo của UBND huyện cho thấy, là huyện phía Bắc của tỉnh Gia Lai, Chư Păh có lòng hồ thủy điện Ia Ly, Plei Krông cùng nhiều sông suối; toàn huyện có 46 điểm sông, suối, hồ nguy hiểm. Thực hiện Chỉ thị số 01/CT-UBND ngày 12/1/2016 của UBND tỉnh, huyện đã cắm 120 biển báo, giao các xã lập danh sách trẻ em thường xuyên theo cha mẹ lên rẫy gần sông suối. Tuy vậy, từ năm 2014 đến nay trên địa bàn vẫn có 11 trẻ em tử vong do đuối nước, hầu hết là con em đồng bào Jrai, Ba Na.
Bà Rah Lan H'Dung, Hiệu trưởng Trường Tiểu học Ia Mơ Nông cho biết, chỉ khoảng 18% học sinh của trường biết bơi; trường chưa có bể bơi, giáo viên thể dục chưa được đào tạo dạy bơi. Ông A Thút, Trưởng thôn Kênh Săn, xã Ia Ly, đề nghị hỗ trợ áo phao cho các hộ đi thuyền đánh cá trên lòng hồ.
Tại xã Ia Ly và thị trấn Phú Hòa, đoàn kiểm tra thực tế việc cắm biển cảnh báo và tổ chức trông giữ trẻ trong mùa thu hoạch cà phê. Đoàn ghi nhận kinh phí dành cho công tác này còn ít, năm 2016 huyện mới bố trí khoảng 200 triệu đồng, chủ yếu chi cho tuyên truyền.
Kết luận buổi giám sát, bà Rơ Mah H'Lênh đề nghị huyện thực hiện nghiêm Nghị quyết số 15/2015/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ trẻ em vùng đặc biệt khó khăn; phối hợp ngành giáo dục đưa kỹ năng bơi an toàn vào hoạt động ngoại khóa; vận động các doanh nghiệp thủy điện hỗ trợ xây dựng ít nhất 2 bể bơi cho trường học. Kết quả giám sát sẽ được báo cáo tại kỳ họp thứ 3 HĐND tỉnh khóa XI.
Đoàn cũng đề nghị UBND tỉnh xem xét đưa tiêu chí tỷ lệ trẻ biết bơi vào bộ tiêu chí xã phù hợp với trẻ em, đồng thời sớm có hướng dẫn cụ thể về định mức chi cho các lớp dạy bơi ở vùng đồng bào dân tộc thiểu số.
H.Linh
Tin cùng chuyên mục
- Thường trực HĐND tỉnh giám sát công tác giảm nghèo tại Krông Pa (15/09/2016)
- Ban Dân tộc HĐND tỉnh khảo sát tại huyện Đak Đoa (08/09/2016)
- Khai mạc kỳ họp thứ 2 HĐND tỉnh khóa XI (20/07/2016)
""", "2016-09-23", "Giám sát công tác phòng, chống đuối nước cho học sinh tại Chư Păh",
E("giam_sat", "2016", "2016-09-21"),
[P("Rơ Mah H'Lênh", "Phó Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Đinh Thị Hlinh", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Trần Quốc Vượng", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Ksor Y Thoan", "Ủy viên Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Nay Blơng", "Phó Chủ tịch UBND huyện Chư Păh"),
 P("Rah Lan H'Dung", "Hiệu trưởng Trường Tiểu học Ia Mơ Nông"),
 P("A Thút", "Trưởng thôn Kênh Săn")],
[Q("46 điểm sông, suối, hồ nguy hiểm", 46, "điểm sông, suối, hồ nguy hiểm"), Q("120 biển báo", 120, "biển báo"),
 Q("11 trẻ em", 11, "trẻ em"), Q("khoảng 18% học sinh", 18, "%", "approx"),
 Q("khoảng 200 triệu đồng", 200000000, "đồng", "approx"), Q("ít nhất 2 bể bơi", 2, "bể bơi", "over")],
[D("Chỉ thị", "01", "CT-UBND", "2016-01-12", "UBND tỉnh", "Chỉ thị số 01/CT-UBND ngày 12/1/2016"),
 D("Nghị quyết", "15", "2015/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 15/2015/NQ-HĐND")],
[prov("Gia Lai"), com("Ia Ly"), com("Phú Hòa")],
["HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI", "Trang chủ | Hoạt động giám sát", "Đoàn giám sát làm việc tại UBND huyện Chư Păh.",
 "Trường Tiểu học Ia Mơ Nông"],
["23.09.2016 | 10:15", "năm 2016", "năm 2014", "kỳ họp thứ 3", "khóa XI"]))
