from lib import *
PAGES = []

PAGES.append(page("b2603-camau-hlhpn-taphuan-2018", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU
Trang chủ - Hoạt động Hội - Đào tạo cán bộ
09/11/2018 17:20
Bồi dưỡng kỹ năng vận động hội viên cho 120 cán bộ Hội cơ sở
Ngày 8/11, Hội LHPN tỉnh Cà Mau tổ chức lớp tập huấn năm 2018 về kỹ năng vận động, tập hợp hội viên cho 120 cán bộ Hội là Chủ tịch, Phó Chủ tịch Hội LHPN của 101 xã, phường, thị trấn trong tỉnh. Bà Trần Thị Thúy Kiều, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, dự và phát biểu chỉ đạo.
Toàn cảnh lớp tập huấn (Ảnh: Mỹ Hạnh)
Báo cáo viên là bà Trần Thị Minh Tâm, Phó Trưởng ban Tuyên giáo Trung ương Hội LHPN Việt Nam, và bà Lâm Thị Sa Ni, Phó Chủ tịch Thường trực Hội LHPN tỉnh. Các học viên được nghe quán triệt Chỉ thị số 21-CT/TW ngày 20/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh công tác phụ nữ trong tình hình mới; hướng dẫn triển khai Đề án "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025" ban hành theo Quyết định số 939/QĐ-TTg ngày 30/6/2017 của Thủ tướng Chính phủ và Kế hoạch số 15/KH-HPN ngày 2/3/2018 của Ban Thường vụ Hội LHPN tỉnh.
Bà Lâm Thị Sa Ni phát biểu tại lớp tập huấn.
Trong 10 tháng năm 2018, các cấp Hội trong tỉnh đã kết nạp 1.250 hội viên mới, nâng tỷ lệ tập hợp phụ nữ lên 82,4%; phối hợp Ngân hàng Chính sách xã hội giúp 340 hộ vay vốn phát triển sản xuất với tổng dư nợ hơn 35 tỷ đồng; thành lập 46 tổ hợp tác, 3 hợp tác xã do phụ nữ làm chủ. Phong trào "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc" và cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" được hội viên hưởng ứng.
Tại lớp học, chị Danh Thị Hồng Nhung, Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc, chia sẻ cách vận động chị em người Khmer tham gia mô hình nuôi cua trong rừng đước. Chị Huỳnh Thị Kim Loan, Phó Chủ tịch Hội LHPN phường 8, nêu khó khăn khi tập hợp nữ công nhân ở khu vực ven thành phố vì giờ làm việc không cố định.
Phát biểu chỉ đạo, bà Trần Thị Thúy Kiều đề nghị cán bộ Hội cơ sở đổi mới nội dung sinh hoạt chi hội, tăng cường đối thoại với hội viên, kịp thời nắm bắt tâm tư của phụ nữ vùng ven biển; phấn đấu đến cuối năm có thêm 15 mô hình "Dân vận khéo" trong các cấp Hội.
Kết thúc lớp học, các học viên thảo luận nhóm, xây dựng kế hoạch vận động hội viên cho chi hội của mình và trình bày trước lớp để cùng góp ý, rút kinh nghiệm.
Dịp này, Hội LHPN tỉnh tặng 120 bộ tài liệu và 60 suất học bổng trị giá 1 triệu đồng/suất cho con em hội viên nghèo của các xã vùng sâu.
Mỹ Hạnh
Tin liên quan
- Ngọc Hiển: ra mắt câu lạc bộ phụ nữ khởi nghiệp (26/10/2018)
- Tọa đàm kỷ niệm 88 năm Ngày thành lập Hội LHPN Việt Nam (19/10/2018)
- 200 hội viên được tập huấn kỹ thuật nuôi tôm (05/10/2018)
""", "2018-11-09", "Bồi dưỡng kỹ năng vận động hội viên cho 120 cán bộ Hội cơ sở",
E("tap_huan", "2018", "2018-11-08"),
[P("Trần Thị Thúy Kiều", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Minh Tâm", "Phó Trưởng ban Tuyên giáo Trung ương Hội LHPN Việt Nam"),
 P("Lâm Thị Sa Ni", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Danh Thị Hồng Nhung", "Chủ tịch Hội LHPN xã Khánh Bình Tây Bắc"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Hội LHPN phường 8")],
[Q("120 cán bộ Hội", 120, "cán bộ Hội"), Q("101 xã, phường, thị trấn", 101, "xã, phường, thị trấn"),
 Q("1.250 hội viên mới", 1250, "hội viên mới"), Q("82,4%", 82.4, "%"), Q("340 hộ", 340, "hộ"),
 Q("hơn 35 tỷ đồng", 35000000000, "đồng", "over"), Q("46 tổ hợp tác", 46, "tổ hợp tác"), Q("3 hợp tác xã", 3, "hợp tác xã"),
 Q("15 mô hình", 15, "mô hình"), Q("120 bộ tài liệu", 120, "bộ tài liệu"), Q("60 suất học bổng", 60, "suất học bổng"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Chỉ thị", "21", "CT/TW", "2018-01-20", "Ban Bí thư", "Chỉ thị số 21-CT/TW ngày 20/1/2018"),
 D("Quyết định", "939", "QĐ-TTg", "2017-06-30", "Thủ tướng Chính phủ", "Quyết định số 939/QĐ-TTg ngày 30/6/2017"),
 D("Kế hoạch", "15", "KH-HPN", "2018-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-HPN ngày 2/3/2018")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("phường 8")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH CÀ MAU", "Trang chủ - Hoạt động Hội - Đào tạo cán bộ", "Toàn cảnh lớp tập huấn (Ảnh: Mỹ Hạnh)",
 "Bà Lâm Thị Sa Ni phát biểu tại lớp tập huấn.", "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017 - 2025",
 "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "Xây dựng gia đình 5 không, 3 sạch", "Dân vận khéo"],
["09/11/2018 17:20", "năm 2018", "10 tháng năm 2018", "5 không, 3 sạch", "giai đoạn 2017 - 2025"]))

PAGES.append(page("b2604-sonla-bdv-soket-2020", """
Báo Sơn La điện tử
Thứ Sáu, 10/07/2020
Trang chủ | Chính trị | Dân vận
Mở 14 lớp bồi dưỡng cho 1.263 lượt cán bộ cơ sở
Ngày 9/7, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Đồng chí Cầm Thị Phượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 64 đồng chí là lãnh đạo Ban Dân vận các huyện ủy, thành ủy và đảng ủy trực thuộc.
Ảnh: Đồng chí Cầm Thị Phượng kết luận hội nghị.
Theo báo cáo, 6 tháng đầu năm, dù chịu ảnh hưởng của dịch Covid-19, khối dân vận các cấp vẫn tổ chức được 14 lớp tập huấn, bồi dưỡng nghiệp vụ cho 1.263 lượt cán bộ dân vận, Mặt trận, đoàn thể cơ sở. Các lớp được tổ chức theo cụm xã, giảng viên là cán bộ Ban Dân vận Tỉnh ủy, Trường Chính trị tỉnh và các trung tâm chính trị huyện. Riêng đợt học trực tuyến tháng 4 có 204 điểm cầu xã, phường, thị trấn tham gia.
Nhiều học viên đánh giá nội dung bồi dưỡng sát thực tế, nhất là kỹ năng nắm tình hình, xử lý tình huống phát sinh ở bản, cách tuyên truyền bằng loa di động và qua mạng xã hội trong thời gian giãn cách.
Các cấp đã tuyên truyền, vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch; phối hợp rà soát, hỗ trợ người dân gặp khó khăn theo Nghị quyết số 42/NQ-CP ngày 9/4/2020 của Chính phủ với tổng số tiền trên 46,8 tỷ đồng cho 58.412 đối tượng. Mặt trận và các đoàn thể đã tiếp nhận 4.630 tấn gạo, nhu yếu phẩm ủng hộ.
Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 201-KH/TU về sơ kết 5 năm thực hiện Kết luận 114-KL/TW của Ban Bí thư; ban hành Hướng dẫn 05-HD/BDVTU về xây dựng mô hình "Dân vận khéo" giai đoạn 2020 - 2025. Toàn tỉnh hiện có 3.106 mô hình, điển hình "Dân vận khéo".
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Quàng Văn Hom, Lường Thị Ban đã trao đổi, làm rõ thêm một số nội dung. Đồng chí Mùa A Vảng, HUV, Trưởng Ban Dân vận Huyện ủy Bắc Yên, đề nghị duy trì lớp bồi dưỡng bằng tiếng Mông cho cán bộ bản; đồng chí Lò Thị Pánh, Chủ tịch Ủy ban MTTQ xã Chiềng Khoang, kiến nghị hỗ trợ tài liệu cho tổ dân vận bản.
Kết luận hội nghị, đồng chí Cầm Thị Phượng yêu cầu 6 tháng cuối năm tiếp tục mở 10 lớp bồi dưỡng cho trưởng bản, bí thư chi bộ bản; chuẩn bị tốt đại hội Mặt trận các cấp, không để bị động trước các vụ việc phức tạp ở vùng đồng bào Mông.
Quỳnh Anh
Tin cùng chuyên mục
- Thuận Châu: 120 mô hình "Dân vận khéo" được công nhận (02/07/2020)
- Vận động nhân dân di dời nhà ở vùng sạt lở (24/06/2020)
- Mai Sơn hoàn thành đại hội chi bộ bản (12/06/2020)
- Tập huấn phòng, chống dịch cho cán bộ bản (28/05/2020)
""", "2020-07-10", "Mở 14 lớp bồi dưỡng cho 1.263 lượt cán bộ cơ sở",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Cầm Thị Phượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Hom", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lường Thị Ban", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Vảng", "HUV", "Trưởng Ban Dân vận Huyện ủy Bắc Yên"),
 P("Lò Thị Pánh", "Chủ tịch Ủy ban MTTQ xã Chiềng Khoang")],
[Q("64 đồng chí", 64, "đồng chí"), Q("14 lớp", 14, "lớp"), Q("1.263 lượt cán bộ dân vận, Mặt trận, đoàn thể cơ sở", 1263, "lượt cán bộ dân vận, Mặt trận, đoàn thể cơ sở"),
 Q("204 điểm cầu xã, phường, thị trấn", 204, "điểm cầu xã, phường, thị trấn"),
 Q("trên 46,8 tỷ đồng", 46800000000, "đồng", "over"), Q("58.412 đối tượng", 58412, "đối tượng"),
 Q("4.630 tấn", 4630, "tấn"), Q("3.106 mô hình, điển hình", 3106, "mô hình, điển hình"), Q("10 lớp", 10, "lớp")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 9/4/2020"),
 D("Kế hoạch", "201", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 201-KH/TU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Hướng dẫn", "05", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 05-HD/BDVTU")],
[prov("Sơn La"), com("Chiềng Khoang")],
["Báo Sơn La điện tử", "Trang chủ | Chính trị | Dân vận", "Ảnh: Đồng chí Cầm Thị Phượng kết luận hội nghị.", "Dân vận khéo"],
["Thứ Sáu, 10/07/2020", "64 đồng chí", "6 tháng đầu năm", "6 tháng cuối năm 2020", "tháng 4", "5 năm", "giai đoạn 2020 - 2025", "Covid-19"]))

PAGES.append(page("b2605-kontum-bdv-taphuan-qd23-2021", """
BAN DÂN VẬN TỈNH ỦY KON TUM
Vị trí: Trang chủ / Tin tức sự kiện / Đào tạo - bồi dưỡng
22/10/2021 08:40:12
Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Tập huấn Quy chế công tác dân vận của hệ thống chính trị theo hình thức trực tuyến
Ngày 21/10/2021, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tập huấn công tác dân vận năm 2021 theo hình thức trực tuyến từ điểm cầu tỉnh đến 10 điểm cầu huyện, thành phố. Tham dự có 680 đại biểu là cán bộ làm công tác dân vận, cán bộ chủ chốt của Mặt trận, các đoàn thể và trưởng thôn, làng.
Đồng chí Y Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị. Cùng dự có đồng chí A Dũi, Y Krai - Phó Trưởng Ban Dân vận Tỉnh ủy.
Hội nghị được nghe PGS.TS Nguyễn Hữu Phúc, Phó Giám đốc Học viện Chính trị khu vực III, giới thiệu những điểm mới của Quy chế công tác dân vận của hệ thống chính trị ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương Đảng, thay thế Quyết định 290-QĐ/TW. Đồng chí A Dũi hướng dẫn thực hiện Kế hoạch số 84-KH/TU ngày 5/10/2021 của Ban Thường vụ Tỉnh ủy và Kế hoạch 19-KH/BDVTU của Ban Dân vận Tỉnh ủy về triển khai Quy chế trong toàn Đảng bộ.
Theo báo cáo, năm 2021 toàn tỉnh có 1.028 mô hình "Dân vận khéo", trong đó 65 mô hình cấp tỉnh, 310 mô hình cấp huyện; các cấp đã vận động 2.450 hộ đồng bào Xơ Đăng, Ba Na, Gia Rai thực hiện 5K, tiêm vắc xin phòng Covid-19. Đồng bào các dân tộc đã hiến hơn 12 ha đất để xây dựng đường liên thôn, trường học.
Phát biểu tại điểm cầu huyện Đăk Glei, ông A Thới, Trưởng thôn Đăk Xây, xã Đăk Pék, cho biết nhờ các đợt tập huấn, trưởng thôn đã biết cách vận động bà con ký cam kết không nghe theo đối tượng xấu. Bà Y Hương, Phó Chủ tịch Hội LHPN xã Ngọk Réo, đề nghị in tài liệu hỏi - đáp bằng tiếng Ba Na.
Kết luận hội nghị, đồng chí Y Ngọc Hà yêu cầu các cấp ủy hoàn thành việc quán triệt Quy chế đến chi bộ trước ngày 30/11/2021; xây dựng 3 mô hình điểm về dân vận chính quyền ở mỗi huyện; tăng cường tiếp xúc, đối thoại với nhân dân vùng đồng bào dân tộc thiểu số.
Nhiều đại biểu cho rằng hình thức tập huấn trực tuyến giúp tiết kiệm thời gian, kinh phí, nhưng ở các xã vùng sâu đường truyền còn chập chờn, cần chuẩn bị kỹ thiết bị trước mỗi buổi học.
Trong năm, Ban Dân vận Tỉnh ủy đã hỗ trợ 580 triệu đồng cho các thôn, làng đặc biệt khó khăn xây dựng mô hình.
Phương Thảo
Lượt xem: 512
Tin khác
- Ngọc Hồi: gặp mặt người có uy tín (15/10/2021)
- Hội nghị giao ban công tác dân vận quý III năm 2021 (30/09/2021)
- Vận động nhân dân tiêm vắc xin phòng Covid-19 (17/09/2021)
""", "2021-10-22", "Tập huấn Quy chế công tác dân vận của hệ thống chính trị theo hình thức trực tuyến",
E("tap_huan", "2021", "2021-10-21"),
[P("Y Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Dũi", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Krai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Hữu Phúc", "PGS.TS", "Phó Giám đốc Học viện Chính trị khu vực III"),
 P("A Thới", "Trưởng thôn Đăk Xây"),
 P("Y Hương", "Phó Chủ tịch Hội LHPN xã Ngọk Réo")],
[Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"), Q("680 đại biểu", 680, "đại biểu"),
 Q("1.028 mô hình", 1028, "mô hình"), Q("65 mô hình cấp tỉnh", 65, "mô hình cấp tỉnh"), Q("310 mô hình cấp huyện", 310, "mô hình cấp huyện"),
 Q("2.450 hộ đồng bào Xơ Đăng, Ba Na, Gia Rai", 2450, "hộ đồng bào Xơ Đăng, Ba Na, Gia Rai"), Q("hơn 12 ha", 12, "ha", "over"),
 Q("3 mô hình điểm về dân vận chính quyền", 3, "mô hình điểm về dân vận chính quyền"), Q("580 triệu đồng", 580000000, "đồng")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương Đảng", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Quyết định", "290", "QĐ/TW", None, None, "Quyết định 290-QĐ/TW"),
 D("Kế hoạch", "84", "KH/TU", "2021-10-05", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 84-KH/TU ngày 5/10/2021"),
 D("Kế hoạch", "19", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 19-KH/BDVTU")],
[prov("Kon Tum"), com("Đăk Pék"), com("Ngọk Réo")],
["BAN DÂN VẬN TỈNH ỦY KON TUM", "Vị trí: Trang chủ / Tin tức sự kiện / Đào tạo - bồi dưỡng", "Ảnh: Các đại biểu dự hội nghị tại điểm cầu tỉnh.",
 "Dân vận khéo", "Lượt xem: 512", "5K"],
["22/10/2021 08:40:12", "năm 2021", "5K", "Covid-19", "trước ngày 30/11/2021", "Lượt xem: 512"]))

PAGES.append(page("b2606-thanhhoa-mttq-hoinghi-luatdanchu-2023", """
Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa
Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 21/09/2023, 07:30
Quán triệt Luật Thực hiện dân chủ ở cơ sở đến hơn 8.700 cán bộ Mặt trận
Chiều 20/9, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị trực tuyến quán triệt, triển khai Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 được Quốc hội thông qua ngày 10/11/2022 và Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật. Hội nghị được kết nối tới 27 điểm cầu huyện, thị xã, thành phố và 559 điểm cầu xã, phường, thị trấn với hơn 8.700 đại biểu.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Chủ trì tại điểm cầu tỉnh có bà Lê Thị Hoài Thu, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Quách Thị Nhung, Hà Văn Ngọc, Lò Văn Thìn.
Tại hội nghị, ông Lê Đình Khánh, Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam, đã giới thiệu những nội dung cơ bản của Luật gồm 6 chương, 91 điều, trong đó làm rõ vai trò của Mặt trận trong giám sát việc thực hiện dân chủ ở cơ sở. TS. Bùi Văn Hắc, Phó Hiệu trưởng Trường Chính trị tỉnh, trình bày chuyên đề về mối quan hệ giữa Luật với Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị và Quy chế công tác dân vận của hệ thống chính trị.
Ông Quách Văn Sơn, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn triển khai Kế hoạch số 150-KH/MTTQ-BTT ngày 5/9/2023 của Ban Thường trực Ủy ban MTTQ tỉnh, theo đó Mặt trận các cấp sẽ tổ chức 2 đợt giám sát việc thực hiện Luật trong năm 2024.
Trao đổi tại điểm cầu huyện Quan Sơn, ông Cầm Bá Tuấn, người vừa được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ xã Trung Hạ, đề nghị có tài liệu hỏi - đáp ngắn gọn để trưởng bản tuyên truyền cho bà con người Thái, người Mường. Bà Phạm Thị Dung, Trưởng ban Công tác Mặt trận khu phố 3, phường Ba Đình, cho biết khu phố đã lấy ý kiến nhân dân về 14 nội dung nhân dân bàn và quyết định trong 9 tháng năm 2023.
Phát biểu kết luận, bà Lê Thị Hoài Thu yêu cầu Ủy ban MTTQ các huyện, thị xã, thành phố hoàn thành việc tuyên truyền Luật đến 100% khu dân cư trước ngày 31/12/2023; phát huy vai trò của 4.615 Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng; thực hiện nghiêm phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Dịp này, Ủy ban MTTQ tỉnh cấp phát 5.000 cuốn tài liệu tuyên truyền Luật cho các khu dân cư.
Lê Hà
Tin liên quan
- Thường Xuân: Ngày hội Đại đoàn kết toàn dân tộc ở bản Lửa (15/09/2023)
- Tập huấn nghiệp vụ cho Ban Thanh tra nhân dân (30/08/2023)
- Mặt trận tỉnh giám sát việc thực hiện chính sách bảo hiểm xã hội (18/08/2023)
""", "2023-09-21", "Quán triệt Luật Thực hiện dân chủ ở cơ sở đến hơn 8.700 cán bộ Mặt trận",
E("hoi_nghi", None, "2023-09-20"),
[P("Lê Thị Hoài Thu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Quách Thị Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Hà Văn Ngọc", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Thìn", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Đình Khánh", "Phó Trưởng ban Dân chủ - Pháp luật Ủy ban Trung ương MTTQ Việt Nam"),
 P("Bùi Văn Hắc", "TS", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Quách Văn Sơn", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Cầm Bá Tuấn", "Chủ tịch Ủy ban MTTQ xã Trung Hạ"),
 P("Phạm Thị Dung", "Trưởng ban Công tác Mặt trận khu phố 3")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"),
 Q("559 điểm cầu xã, phường, thị trấn", 559, "điểm cầu xã, phường, thị trấn"),
 Q("hơn 8.700 đại biểu", 8700, "đại biểu", "over"), Q("6 chương", 6, "chương"), Q("91 điều", 91, "điều"),
 Q("2 đợt giám sát", 2, "đợt giám sát"), Q("14 nội dung", 14, "nội dung"), Q("100% khu dân cư", 100, "%"),
 Q("4.615 Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng", 4615, "Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng"),
 Q("5.000 cuốn tài liệu tuyên truyền Luật", 5000, "cuốn tài liệu tuyên truyền Luật")],
[D("Luật", "10", "2022/QH15", "2022-11-10", "Quốc hội", "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"),
 D("Nghị định", "59", "2023/NĐ-CP", "2023-08-14", "Chính phủ", "Nghị định số 59/2023/NĐ-CP ngày 14/8/2023"),
 D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Kế hoạch", "150", "KH/MTTQ-BTT", "2023-09-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 150-KH/MTTQ-BTT ngày 5/9/2023")],
[prov("Thanh Hóa"), com("Trung Hạ"), com("Ba Đình")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Thanh Hóa", "Chính trị > Mặt trận - Đoàn thể",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng",
 "Luật Thực hiện dân chủ ở cơ sở", "Trường Chính trị tỉnh"],
["Thứ Năm, 21/09/2023, 07:30", "năm 2024", "9 tháng năm 2023", "trước ngày 31/12/2023"]))

PAGES.append(page("b2607-angiang-bdv-taphuan-tongiao-2022", """
BAN DÂN VẬN TỈNH ỦY AN GIANG
Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo
Thứ Sáu, 19/08/2022 - 14:10
Quang cảnh lớp tập huấn (Ảnh: Kim Ngân)
Bồi dưỡng kiến thức công tác dân vận vùng đồng bào dân tộc, tôn giáo
Ngày 18/8, tại huyện Tịnh Biên, Ban Dân vận Tỉnh ủy An Giang tổ chức lớp tập huấn công tác dân vận vùng đồng bào dân tộc, tôn giáo năm 2022 cho 156 học viên là cán bộ dân vận, Mặt trận, đoàn thể của 38 xã, thị trấn có đông đồng bào Khmer, Chăm và đồng bào có đạo.
Dự khai mạc có đồng chí Trần Thị Ngọc Hân, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; đồng chí Chau Sóc Khum, Phó Trưởng Ban Dân tộc tỉnh.
Tại lớp học, TS. Nguyễn Thanh Tùng, Phó Vụ trưởng Vụ Tôn giáo Ban Dân vận Trung ương, giới thiệu chuyên đề về chính sách tôn giáo của Đảng, Nhà nước và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Tín ngưỡng, tôn giáo. Đồng chí Đỗ Văn Lượm, Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy, hướng dẫn thực hiện Chỉ thị 22, 23-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và đồng bào Chăm; Kế hoạch số 92-KH/BDVTU ngày 4/7/2022 của Ban Dân vận Tỉnh ủy và các dự án của Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ.
Các học viên còn được nghe Đại đức Chau Ty, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, chia sẻ về vai trò của sư sãi trong vận động đồng bào Khmer gìn giữ an ninh trật tự; ông Sa Ly Ma, Hakim Thánh đường Jamiul Azhar, xã Châu Phong, giới thiệu phong tục, lễ nghi của cộng đồng người Chăm theo đạo Hồi.
Theo báo cáo, hiện toàn tỉnh có 66 chùa Phật giáo Nam tông Khmer, 12 thánh đường và 17 tiểu thánh đường Hồi giáo; 7 tháng năm 2022, các cấp đã vận động chức sắc, nhân dân đóng góp hơn 1,2 tỷ đồng xây dựng 24 căn nhà Đại đoàn kết cho hộ nghèo người dân tộc thiểu số; duy trì 35 lớp dạy chữ Khmer, chữ Chăm.
Bà Néang Sa Rết, Chủ tịch Hội LHPN xã Ô Lâm, cho biết các chị em Khmer đã thành lập 3 tổ dệt thổ cẩm, thu nhập bình quân 3,5 triệu đồng/người/tháng. Ông Chau Phi Rết, Trưởng ban Quản trị chùa Tà Pạ, đề nghị tiếp tục hỗ trợ sửa chữa sala để dạy chữ cho con em.
Kết thúc lớp học, đồng chí Trần Thị Ngọc Hân đề nghị học viên vận dụng kiến thức vào thực tiễn, làm tốt công tác nắm tình hình, kịp thời giải quyết những vướng mắc của đồng bào từ cơ sở.
Kim Ngân
Tin cùng chuyên mục
- Thăm, chúc mừng Lễ Sen Dolta đồng bào Khmer (14/09/2022)
- Tri Tôn: họp mặt chức sắc, chức việc các tôn giáo (25/07/2022)
- Gặp mặt người có uy tín vùng đồng bào dân tộc (08/07/2022)
""", "2022-08-19", "Bồi dưỡng kiến thức công tác dân vận vùng đồng bào dân tộc, tôn giáo",
E("tap_huan", "2022", "2022-08-18"),
[P("Trần Thị Ngọc Hân", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Chau Sóc Khum", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thanh Tùng", "TS", "Phó Vụ trưởng Vụ Tôn giáo Ban Dân vận Trung ương"),
 P("Đỗ Văn Lượm", "Trưởng phòng Dân tộc - Tôn giáo Ban Dân vận Tỉnh ủy"),
 P("Chau Ty", "Đại đức", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Sa Ly Ma", "Hakim Thánh đường Jamiul Azhar"),
 P("Néang Sa Rết", "Chủ tịch Hội LHPN xã Ô Lâm"),
 P("Chau Phi Rết", "Trưởng ban Quản trị chùa Tà Pạ")],
[Q("156 học viên", 156, "học viên"), Q("38 xã, thị trấn", 38, "xã, thị trấn"),
 Q("66 chùa Phật giáo Nam tông Khmer", 66, "chùa Phật giáo Nam tông Khmer"), Q("12 thánh đường", 12, "thánh đường"),
 Q("17 tiểu thánh đường Hồi giáo", 17, "tiểu thánh đường Hồi giáo"), Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("24 căn nhà Đại đoàn kết", 24, "căn nhà Đại đoàn kết"), Q("35 lớp dạy chữ Khmer, chữ Chăm", 35, "lớp dạy chữ Khmer, chữ Chăm"),
 Q("3 tổ dệt thổ cẩm", 3, "tổ dệt thổ cẩm"), Q("3,5 triệu đồng", 3500000, "đồng")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Kế hoạch", "92", "KH/BDVTU", "2022-07-04", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 92-KH/BDVTU ngày 4/7/2022"),
 D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021")],
[prov("An Giang"), com("Châu Phong"), com("Ô Lâm")],
["BAN DÂN VẬN TỈNH ỦY AN GIANG", "Trang chủ » Hoạt động » Công tác dân tộc - tôn giáo", "Quang cảnh lớp tập huấn (Ảnh: Kim Ngân)",
 "Hội Đoàn kết sư sãi yêu nước tỉnh", "Luật Tín ngưỡng, tôn giáo",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Sáu, 19/08/2022 - 14:10", "năm 2022", "7 tháng năm 2022"]))

PAGES.append(page("b2608-quangninh-bdv-giaoban-2022", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh
Trang chủ :: Tin tức :: Hoạt động của Ban
Ngày 26/10/2022 | 09:15
Đồng chí Lý Văn Sẩu phát biểu tại hội nghị.
Nâng cao chất lượng bồi dưỡng cán bộ dân vận cơ sở
Ngày 25/10, Ban Dân vận Tỉnh ủy Quảng Ninh tổ chức hội nghị giao ban công tác dân vận quý III năm 2022 với Ban Dân vận các huyện, thị xã, thành phố ủy và đảng ủy trực thuộc. Đồng chí Vũ Thị Thu Hà, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy chủ trì.
Theo báo cáo, quý III, khối dân vận các cấp đã tổ chức 32 lớp tập huấn với 3.850 lượt học viên, trong đó có 1.216 cán bộ dân vận thôn, khu; riêng Ban Dân vận Tỉnh ủy mở 4 lớp bồi dưỡng chuyên sâu về kỹ năng dân vận trên không gian mạng. Giảng viên là báo cáo viên Ban Tuyên giáo Tỉnh ủy, Trường Đào tạo cán bộ Nguyễn Văn Cừ và chuyên gia của Sở Thông tin và Truyền thông.
Ban đã tham mưu triển khai Nghị quyết chuyên đề số 17-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về công tác dân tộc; ký kết Quy chế phối hợp số 03-QC/BDVTU-UBND giữa Ban Dân vận Tỉnh ủy và UBND tỉnh về công tác dân vận chính quyền giai đoạn 2022 - 2025; sơ kết 2 năm thực hiện Kết luận 01, 02-KL/TU của Ban Thường vụ Tỉnh ủy về vận động nhân dân tham gia giải phóng mặt bằng các dự án cao tốc và về xây dựng "Bản làng bình yên".
Toàn tỉnh hiện có 1.876 mô hình "Dân vận khéo"; quý III đã tôn vinh 52 điển hình cấp tỉnh. Nhân dân hiến 46.800 m2 đất, đóng góp trên 7,3 tỷ đồng xây dựng nông thôn mới, trong đó nhiều hộ đồng bào Dao, Sán Dìu ở các xã vùng cao.
Thảo luận tại hội nghị, đồng chí Lý Văn Sẩu, HUV, Trưởng Ban Dân vận Huyện ủy Bình Liêu, cho biết huyện đã cử 96 cán bộ thôn tham gia lớp bồi dưỡng, 100% đạt yêu cầu. Đồng chí Tằng Văn Phúc, Bí thư Đảng ủy xã Quảng Lâm, đề nghị tăng thời lượng thực hành, giảm lý thuyết. Bà Đặng Thị Mùi, Phó Chủ tịch Ủy ban MTTQ xã Đồng Văn, kiến nghị biên soạn tài liệu bằng tiếng Dao.
Nhiều ý kiến cho rằng nội dung các lớp bồi dưỡng còn nặng lý thuyết, chưa gắn với tình huống cụ thể ở cơ sở; một số cán bộ thôn, khu lớn tuổi gặp khó khăn khi sử dụng điện thoại thông minh để nắm bắt dư luận trên mạng xã hội.
Kết luận hội nghị, đồng chí Vũ Thị Thu Hà đề nghị trong quý IV hoàn thành chương trình bồi dưỡng năm 2022, mở thêm 6 lớp cho Bí thư chi bộ, trưởng thôn, khu; chuẩn bị tổng kết 10 năm thực hiện Nghị quyết Trung ương 7 (khóa XI) về công tác dân vận.
Thu Trang
Các tin khác
- Hội nghị tổng kết phong trào "Dân vận khéo" giai đoạn 2017 - 2022 (18/10/2022)
- Ba Chẽ: tập huấn công tác dân vận cho cán bộ cơ sở (29/09/2022)
- Vận động đồng bào Dao bảo vệ rừng đầu nguồn (09/09/2022)
""", "2022-10-26", "Nâng cao chất lượng bồi dưỡng cán bộ dân vận cơ sở",
E("giao_ban", "2022-Q3", "2022-10-25"),
[P("Vũ Thị Thu Hà", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Lý Văn Sẩu", "HUV", "Trưởng Ban Dân vận Huyện ủy Bình Liêu"),
 P("Tằng Văn Phúc", "Bí thư Đảng ủy xã Quảng Lâm"),
 P("Đặng Thị Mùi", "Phó Chủ tịch Ủy ban MTTQ xã Đồng Văn")],
[Q("32 lớp tập huấn", 32, "lớp tập huấn"), Q("3.850 lượt học viên", 3850, "lượt học viên"),
 Q("1.216 cán bộ dân vận thôn, khu", 1216, "cán bộ dân vận thôn, khu"), Q("4 lớp bồi dưỡng chuyên sâu", 4, "lớp bồi dưỡng chuyên sâu"),
 Q("1.876 mô hình", 1876, "mô hình"), Q("52 điển hình cấp tỉnh", 52, "điển hình cấp tỉnh"), Q("46.800 m2", 46800, "m2"),
 Q("trên 7,3 tỷ đồng", 7300000000, "đồng", "over"), Q("96 cán bộ thôn", 96, "cán bộ thôn"), Q("100%", 100, "%"),
 Q("6 lớp", 6, "lớp")],
[D("Nghị quyết", "17", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết chuyên đề số 17-NQ/TU"),
 D("Quy chế phối hợp", "03", "QC/BDVTU-UBND", None, None, "Quy chế phối hợp số 03-QC/BDVTU-UBND"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU"),
 D("Kết luận", "02", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 01, 02-KL/TU")],
[prov("Quảng Ninh"), com("Quảng Lâm"), com("Đồng Văn")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy Quảng Ninh", "Trang chủ :: Tin tức :: Hoạt động của Ban",
 "Đồng chí Lý Văn Sẩu phát biểu tại hội nghị.", "Dân vận khéo", "Bản làng bình yên", "Nghị quyết Trung ương 7 (khóa XI)",
 "Trường Đào tạo cán bộ Nguyễn Văn Cừ"],
["Ngày 26/10/2022 | 09:15", "quý III năm 2022", "quý IV", "giai đoạn 2022 - 2025", "2 năm", "10 năm", "Trung ương 7", "khóa XI"]))
