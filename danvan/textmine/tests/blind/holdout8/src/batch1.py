from lib import *

PAGES = []

PAGES.append(page("b153-thanhhoa-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY THANH HÓA
Hôm nay: Thứ Sáu, 06/01/2012
Trang chủ » Tin tức » Hoạt động dân vận
Cập nhật: 10:25, 30/12/2011 (GMT+7)
Công tác dân vận góp phần quan trọng xây dựng nông thôn mới
Ngày 29/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2011, triển khai nhiệm vụ năm 2012. Dự và chỉ đạo hội nghị có đồng chí Lê Đình Thắng, Phó Bí thư Tỉnh ủy; đồng chí Hoàng Thị Nguyệt, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Hội nghị có 94 đồng chí là lãnh đạo Ban Dân vận các huyện, thị, thành ủy tham dự.
Toàn cảnh hội nghị tổng kết.
Năm 2011, Ban Dân vận các cấp đã tham mưu ban hành 53 văn bản chỉ đạo; triển khai thực hiện Kết luận 62, 63-KL/TW của Ban Bí thư và Quyết định 276-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội. Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 09-CT/TU ngày 15/3/2011 về tăng cường công tác dân vận ở vùng đồng bào dân tộc thiểu số.
Phong trào thi đua "Dân vận khéo" được triển khai ở 612/637 xã, phường, thị trấn, với 1.458 mô hình. Nhân dân hiến trên 215.000 m2 đất, đóng góp hơn 38 tỷ đồng và 74.000 ngày công làm đường giao thông nông thôn. Toàn tỉnh có 89% khu dân cư đạt danh hiệu văn hóa. Các cấp tiếp 2.310 lượt người đến kiến nghị, giải quyết 486/512 đơn thư.
Đồng chí Lê Đình Thắng phát biểu chỉ đạo hội nghị.
Hội nghị đã khen thưởng các đồng chí Phạm Văn Đức, Lò Văn Thiêm, Hà Thị Phương - Trưởng Ban Dân vận Huyện ủy có thành tích xuất sắc. Ông Lò Văn Thiêm chia sẻ kinh nghiệm vận động 146 hộ đồng bào Thái ở xã Trung Thành di dời khỏi vùng sạt lở, mỗi hộ được hỗ trợ 18 triệu đồng.
Phát biểu chỉ đạo, đồng chí Lê Đình Thắng yêu cầu năm 2012 Ban Dân vận các cấp ở tỉnh Thanh Hóa tiếp tục nhân rộng mô hình "3 cùng" ở xã Thành Sơn và các địa phương vùng cao, thực hiện tốt Quy chế dân chủ ở cơ sở.
Minh Hằng
Lượt xem: 2.184
In bài | Gửi bài viết
Tin liên quan
Hội Nông dân tỉnh tổng kết năm 2011 (28/12/2011)
Triển khai Chỉ thị 10-CT/TU về dân vận chính quyền (20/12/2011)
""", "2011-12-30", "Công tác dân vận góp phần quan trọng xây dựng nông thôn mới",
    E("tong_ket", "2011", "2011-12-29"),
    [P("Lê Đình Thắng", "Phó Bí thư Tỉnh ủy"),
     P("Hoàng Thị Nguyệt", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Phạm Văn Đức", "Trưởng Ban Dân vận Huyện ủy"),
     P("Lò Văn Thiêm", "Trưởng Ban Dân vận Huyện ủy"),
     P("Hà Thị Phương", "Trưởng Ban Dân vận Huyện ủy")],
    [Q("94 đồng chí", 94, "đồng chí"),
     Q("53 văn bản", 53, "văn bản"),
     Q("612/637 xã, phường, thị trấn", 612, "xã, phường, thị trấn"),
     Q("612/637 xã, phường, thị trấn", 637, "xã, phường, thị trấn"),
     Q("1.458 mô hình", 1458, "mô hình"),
     Q("trên 215.000 m2", 215000, "m2", "over"),
     Q("hơn 38 tỷ đồng", 38000000000, "đồng", "over"),
     Q("74.000 ngày công", 74000, "ngày công"),
     Q("89% khu dân cư", 89, "%"),
     Q("2.310 lượt người", 2310, "lượt người"),
     Q("486/512 đơn thư", 486, "đơn thư"),
     Q("486/512 đơn thư", 512, "đơn thư"),
     Q("146 hộ đồng bào Thái", 146, "hộ đồng bào Thái"),
     Q("18 triệu đồng", 18000000, "đồng")],
    [D("Kết luận", "62", "KL/TW", None, "Ban Bí thư", "Kết luận 62, 63-KL/TW"),
     D("Kết luận", "63", "KL/TW", None, "Ban Bí thư", "Kết luận 62, 63-KL/TW"),
     D("Quyết định", "276", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 276-QĐ/TW"),
     D("Chỉ thị", "09", "CT/TU", "2011-03-15", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU")],
    [prov("Thanh Hóa"), com("xã Trung Thành"), com("xã Thành Sơn")],
    ["BAN DÂN VẬN TỈNH ỦY THANH HÓA", "Trang chủ » Tin tức » Hoạt động dân vận", "Toàn cảnh hội nghị tổng kết.",
     "Đồng chí Lê Đình Thắng phát biểu chỉ đạo hội nghị.", "Dân vận khéo", "Quy chế dân chủ ở cơ sở",
     "In bài | Gửi bài viết"],
    ["3 cùng", "94 đồng chí", "Lượt xem: 2.184", "Hôm nay: Thứ Sáu, 06/01/2012"]))

PAGES.append(page("b154-quangbinh-mttq-doithoai-2012", """
CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG BÌNH
Trang chủ > Hoạt động Mặt trận > Tin tức
08:40 | 14/09/2012
Đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2012
Sáng 13/9, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND tỉnh tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu chính quyền với Nhân dân năm 2012 tại xã Quảng Phú. Tham dự có ông Nguyễn Hữu Hoài, Phó Chủ tịch UBND tỉnh; bà Đinh Thị Thu Hà, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, cùng 215 đại biểu là người dân các xã ven biển.
Quang cảnh buổi đối thoại.
Theo Quyết định số 1258/QĐ-UBND ngày 20/5/2012 của UBND tỉnh, hội nghị đối thoại được tổ chức định kỳ ở 7 huyện, thành phố. Tại buổi đối thoại, 18 ý kiến của cử tri tập trung vào việc bồi thường giải phóng mặt bằng Khu kinh tế Hòn La, hỗ trợ ngư dân đóng tàu vỏ thép và nước sạch sinh hoạt.
Ông Hồ Văn Lộc, ngư dân thôn Thanh Bình, phản ánh 42 hộ chưa được nhận tiền hỗ trợ di dời, mỗi hộ 25 triệu đồng. Bà Trương Thị Xoan, hội viên phụ nữ xã Quảng Đông, đề nghị tỉnh xem xét nâng mức vay vốn lên 50 triệu đồng/hộ.
Các ý kiến đã được đồng chí Nguyễn Hữu Hoài và Giám đốc các sở, ngành trả lời trực tiếp. UBND tỉnh giao ông Lê Minh Ngân, Giám đốc Sở Tài nguyên và Môi trường, kiểm tra, giải quyết dứt điểm trước ngày 30/10. Kết thúc đối thoại, 16/18 ý kiến đã được giải đáp ngay tại hội nghị.
Bà Đinh Thị Thu Hà nhấn mạnh Mặt trận các cấp tỉnh Quảng Bình sẽ giám sát việc thực hiện các cam kết, gắn với Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Thu Hoài - Ảnh: Văn Tâm
Đã xem: 906 lần
Các tin khác
Hội nghị Ủy ban MTTQ tỉnh lần thứ 8 (05/09/2012)
Quỹ Vì người nghèo tiếp nhận 3 tỷ đồng (28/08/2012)
""", "2012-09-14", "Đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân năm 2012",
    E("doi_thoai", "2012", "2012-09-13"),
    [P("Nguyễn Hữu Hoài", "Phó Chủ tịch UBND tỉnh"),
     P("Đinh Thị Thu Hà", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Hồ Văn Lộc", "ngư dân thôn Thanh Bình"),
     P("Trương Thị Xoan", "hội viên phụ nữ xã Quảng Đông"),
     P("Lê Minh Ngân", "Giám đốc Sở Tài nguyên và Môi trường")],
    [Q("215 đại biểu", 215, "đại biểu"),
     Q("7 huyện, thành phố", 7, "huyện, thành phố"),
     Q("18 ý kiến", 18, "ý kiến"),
     Q("42 hộ", 42, "hộ"),
     Q("25 triệu đồng", 25000000, "đồng"),
     Q("50 triệu đồng/hộ", 50000000, "đồng"),
     Q("16/18 ý kiến", 16, "ý kiến")],
    [D("Quyết định", "1258", "QĐ-UBND", "2012-05-20", "UBND tỉnh", "Quyết định số 1258/QĐ-UBND")],
    [prov("Quảng Bình"), com("xã Quảng Phú"), com("xã Quảng Đông")],
    ["CỔNG THÔNG TIN ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG BÌNH", "Trang chủ > Hoạt động Mặt trận > Tin tức",
     "Quang cảnh buổi đối thoại.", "Khu kinh tế Hòn La", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"],
    ["Đã xem: 906 lần", "ngày 30/10"]))

PAGES.append(page("b155-caobang-hlhpn-taphuan-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG
Bạn đang ở đây: Trang chủ / Hoạt động các cấp Hội
17/05/2013 - 15:10
Tập huấn kỹ năng vận động hội viên cho cán bộ Hội cơ sở
Từ ngày 14 đến 16/5, Hội LHPN tỉnh Cao Bằng tổ chức lớp tập huấn nâng cao kỹ năng tuyên truyền, vận động cho 95 chi hội trưởng phụ nữ các xã vùng cao.
Các học viên tham gia thảo luận nhóm.
Lớp học thực hiện theo kế hoạch số 34/KH-HPN ngày 02/4/2013 của Ban Thường vụ Hội LHPN tỉnh. Báo cáo viên là các đồng chí Nông Thị Bích, Phó Chủ tịch Hội LHPN tỉnh; Hoàng Văn Khánh, Phó Trưởng Ban Dân vận Tỉnh ủy và ThS. Lục Thị Thoa, giảng viên Trường Chính trị Hoàng Đình Giong.
Trong 3 ngày, học viên được trang bị kiến thức về Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ, kỹ năng tổ chức sinh hoạt chi hội, hòa giải mâu thuẫn trong gia đình và hướng dẫn hội viên tiếp cận nguồn vốn ưu đãi. Dư nợ ủy thác qua Hội hiện đạt 412 tỷ đồng với 11.870 hộ vay.
Chị Đàm Thị Lìu, Chi hội trưởng phụ nữ xóm Nà Pầu, xã Quốc Toản, chia sẻ: "Chi hội có 64 hội viên, trước đây sinh hoạt rất khó vì nhiều chị em không biết tiếng Kinh". Chị Ly Thị Dua, người Mông ở xã Sơn Lộ, cho biết sẽ về vận động chị em thực hiện phong trào "5 không, 3 sạch".
Các học viên cũng được thực hành xây dựng kế hoạch hoạt động của chi hội, cách ghi sổ theo dõi hội viên và cách tổ chức buổi sinh hoạt chuyên đề ngắn gọn, dễ hiểu. Kết thúc lớp, 100% học viên đạt yêu cầu, mỗi học viên được hỗ trợ 70.000đ/ngày.
Bế Hồng - Ảnh: H.L
Lượt xem: 577
Tin cùng chuyên mục
Hội LHPN tỉnh trao 30 con bò giống (10/05/2013)
Phụ nữ Cao Bằng hưởng ứng Ngày 8/3 (08/03/2013)
""", "2013-05-17", "Tập huấn kỹ năng vận động hội viên cho cán bộ Hội cơ sở",
    E("tap_huan", None, "2013-05-14"),
    [P("Nông Thị Bích", "Phó Chủ tịch Hội LHPN tỉnh"),
     P("Hoàng Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
     P("Lục Thị Thoa", "ThS.", "giảng viên Trường Chính trị Hoàng Đình Giong"),
     P("Đàm Thị Lìu", "Chi hội trưởng phụ nữ xóm Nà Pầu"),
     P("Ly Thị Dua")],
    [Q("95 chi hội trưởng phụ nữ", 95, "chi hội trưởng phụ nữ"),
     Q("412 tỷ đồng", 412000000000, "đồng"),
     Q("11.870 hộ vay", 11870, "hộ vay"),
     Q("64 hội viên", 64, "hội viên"),
     Q("100% học viên", 100, "%"),
     Q("70.000đ/ngày", 70000, "đồng")],
    [D("Kế hoạch", "34", "KH-HPN", "2013-04-02", "Ban Thường vụ Hội LHPN tỉnh", "kế hoạch số 34/KH-HPN"),
     D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW")],
    [prov("Cao Bằng"), com("xã Quốc Toản"), com("xã Sơn Lộ")],
    ["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CAO BẰNG", "Bạn đang ở đây: Trang chủ / Hoạt động các cấp Hội",
     "Các học viên tham gia thảo luận nhóm.", "Trường Chính trị Hoàng Đình Giong", "xóm Nà Pầu"],
    ["5 không, 3 sạch", "Trong 3 ngày", "Lượt xem: 577"]))

PAGES.append(page("b156-travinh-hnd-traoqua-tet-2014", """
HỘI NÔNG DÂN TỈNH TRÀ VINH
Trang chủ | Tin hoạt động | Hỗ trợ nông dân
Thứ Ba, 21/01/2014 09:20
Trao 250 phần quà Tết cho hội viên nông dân nghèo
Ngày 20/1, Hội Nông dân tỉnh phối hợp Công ty Phân bón Miền Tây trao 250 phần quà Tết cho hội viên nông dân nghèo, trong đó có 180 hộ đồng bào Khmer, tại xã Long Hiệp và xã Ngọc Biên.
Trao 250 phần quà Tết cho hội viên nghèo xã Long Hiệp.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 300.000 đồng tiền mặt, tổng trị giá hơn 150 triệu đồng. Tham dự buổi trao quà có ông Thạch Sô Phanh, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; ông Kim Ngọc Thái, Phó Chủ tịch Hội Nông dân tỉnh và Đại đức Thạch Sa Vong, Phó Trưởng Ban Trị sự Giáo hội Phật giáo huyện.
Phát biểu tại buổi trao quà, ông Thạch Sô Phanh cho biết năm 2013 các cấp Hội trong tỉnh đã vận động hội viên giúp nhau 4.620 ngày công, hỗ trợ 72 căn nhà đại đoàn kết và giải ngân Quỹ Hỗ trợ nông dân 6 tỷ 400 triệu đồng cho 1.050 hộ vay. Bên cạnh đó, Hội phối hợp thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ, đưa phân bón trả chậm đến 3.200 hộ.
Bà Sơn Thị Sa Mết, 68 tuổi, ấp Ba Se, xúc động: "Năm nay nhà tôi có Tết đầy đủ hơn". Ông Lâm Văn Chanh ở xã Ngọc Biên cho biết nhờ vốn vay 20 triệu đồng, gia đình đã nuôi được 4 con bò.
Các phần quà được trao tận tay từng hộ, có sự chứng kiến của chi hội trưởng nông dân các ấp. Dịp này, Hội Nông dân tỉnh Trà Vinh cũng phát động phong trào "Tết vì người nghèo" trong hội viên.
Kim Hương
Số lượt xem: 1.044
Tin khác
Nông dân Cầu Kè hưởng ứng "Ngày vì người nghèo" (15/01/2014)
""", "2014-01-21", "Trao 250 phần quà Tết cho hội viên nông dân nghèo",
    E("trao_qua", None, "2014-01-20"),
    [P("Thạch Sô Phanh", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
     P("Kim Ngọc Thái", "Phó Chủ tịch Hội Nông dân tỉnh"),
     P("Thạch Sa Vong", "Đại đức", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo huyện"),
     P("Sơn Thị Sa Mết"),
     P("Lâm Văn Chanh")],
    [Q("250 phần quà Tết", 250, "phần quà Tết"),
     Q("180 hộ đồng bào Khmer", 180, "hộ đồng bào Khmer"),
     Q("10 kg gạo", 10, "kg gạo"),
     Q("300.000 đồng", 300000, "đồng"),
     Q("hơn 150 triệu đồng", 150000000, "đồng", "over"),
     Q("4.620 ngày công", 4620, "ngày công"),
     Q("72 căn nhà đại đoàn kết", 72, "căn nhà đại đoàn kết"),
     Q("6 tỷ 400 triệu đồng", 6400000000, "đồng"),
     Q("1.050 hộ vay", 1050, "hộ vay"),
     Q("3.200 hộ", 3200, "hộ"),
     Q("20 triệu đồng", 20000000, "đồng"),
     Q("4 con bò", 4, "con bò")],
    [D("Quyết định", "673", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 673/QĐ-TTg")],
    [prov("Trà Vinh"), com("xã Long Hiệp"), com("xã Ngọc Biên")],
    ["HỘI NÔNG DÂN TỈNH TRÀ VINH", "Trang chủ | Tin hoạt động | Hỗ trợ nông dân", "Trao 250 phần quà Tết cho hội viên nghèo xã Long Hiệp.",
     "Công ty Phân bón Miền Tây", "Quỹ Hỗ trợ nông dân", "Tết vì người nghèo", "ấp Ba Se"],
    ["68 tuổi", "Số lượt xem: 1.044"]))

PAGES.append(page("b157-hungyen-ccb-soket-2015", """
HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN
Trang chủ >> Tin tức >> Hoạt động Hội
Ngày đăng 18/07/2015 | 14:35
Hội CCB tỉnh: Phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm
Ngày 16/7, Hội Cựu chiến binh tỉnh Hưng Yên tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm 2015. Đại tá Vũ Xuân Trường, Chủ tịch Hội CCB tỉnh chủ trì; dự hội nghị có đồng chí Đỗ Thị Huyền, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy.
Toàn cảnh hội nghị sơ kết.
Sáu tháng qua, toàn tỉnh kết nạp 612 hội viên mới, nâng tổng số lên 41.380 hội viên. Các cấp Hội triển khai Chỉ thị 04, 05-CT/CCB của Ban Thường vụ Hội CCB tỉnh về xây dựng tổ chức Hội trong sạch, vững mạnh; 97% cơ sở Hội đạt vững mạnh. Hội viên đóng góp 2,3 tỷ đồng xây dựng nông thôn mới, tham gia hòa giải thành 38/41 vụ việc.
Mô hình "CCB giúp nhau làm kinh tế" tiếp tục phát huy: 156 doanh nghiệp, trang trại của CCB giải quyết việc làm cho 2.900 lao động, thu nhập bình quân 3,5 triệu đồng/người/tháng. Ông Nguyễn Văn Khương, hội viên Hội CCB xã Tân Tiến, có trang trại nhãn lồng 4 ha.
Hội nghị thống nhất đề nghị khen thưởng các ông Trần Đức Lợi, Đào Văn Mậu, Phạm Bá Quý - Chủ tịch Hội CCB xã có thành tích xuất sắc. Thượng tá Lương Văn Thành, Phó Chủ tịch Hội CCB tỉnh trình bày phương hướng nhiệm vụ 6 tháng cuối năm, tập trung chuẩn bị đại hội Hội CCB cấp cơ sở nhiệm kỳ 2017-2022.
Phát biểu, đồng chí Đỗ Thị Huyền đề nghị các cấp Hội tiếp tục thực hiện phong trào thi đua "CCB gương mẫu", tham gia phát hiện vi phạm ở xã Phù Ủng.
Quang Vinh
Lượt xem: 731
Các tin đã đưa
Hội CCB tỉnh gặp mặt kỷ niệm 70 năm Cách mạng tháng Tám (10/07/2015)
""", "2015-07-18", "Hội CCB tỉnh: Phấn đấu hoàn thành nhiệm vụ 6 tháng cuối năm",
    E("so_ket", "2015-H1", "2015-07-16"),
    [P("Vũ Xuân Trường", "Đại tá", "Chủ tịch Hội CCB tỉnh"),
     P("Đỗ Thị Huyền", "Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Khương", "hội viên Hội CCB xã Tân Tiến"),
     P("Trần Đức Lợi", "Chủ tịch Hội CCB xã"),
     P("Đào Văn Mậu", "Chủ tịch Hội CCB xã"),
     P("Phạm Bá Quý", "Chủ tịch Hội CCB xã"),
     P("Lương Văn Thành", "Thượng tá", "Phó Chủ tịch Hội CCB tỉnh")],
    [Q("612 hội viên mới", 612, "hội viên mới"),
     Q("41.380 hội viên", 41380, "hội viên"),
     Q("97% cơ sở Hội", 97, "%"),
     Q("2,3 tỷ đồng", 2300000000, "đồng"),
     Q("38/41 vụ việc", 38, "vụ việc"),
     Q("38/41 vụ việc", 41, "vụ việc"),
     Q("156 doanh nghiệp, trang trại", 156, "doanh nghiệp, trang trại"),
     Q("2.900 lao động", 2900, "lao động"),
     Q("3,5 triệu đồng/người/tháng", 3500000, "đồng"),
     Q("4 ha", 4, "ha")],
    [D("Chỉ thị", "04", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 04, 05-CT/CCB"),
     D("Chỉ thị", "05", "CT/CCB", None, "Ban Thường vụ Hội CCB tỉnh", "Chỉ thị 04, 05-CT/CCB")],
    [prov("Hưng Yên"), com("xã Tân Tiến"), com("xã Phù Ủng")],
    ["HỘI CỰU CHIẾN BINH TỈNH HƯNG YÊN", "Trang chủ >> Tin tức >> Hoạt động Hội", "Toàn cảnh hội nghị sơ kết.",
     "CCB giúp nhau làm kinh tế", "CCB gương mẫu"],
    ["6 tháng đầu năm 2015", "6 tháng cuối năm", "Sáu tháng qua", "nhiệm kỳ 2017-2022", "Lượt xem: 731"]))
