from lib import *
PAGES = []

PAGES.append(page("b8585-haiphong-lechan-giaoban-thang10-2021", """
BÁO HẢI PHÒNG ĐIỆN TỬ
Chính trị :: Xây dựng Đảng
29/10/2021 09:15 GMT+7
Quận ủy Lê Chân giao ban với bí thư chi bộ khu dân cư
(HPO) - Chiều 28/10, Ban Thường vụ Quận ủy Lê Chân tổ chức giao ban công tác xây dựng Đảng tháng 10/2021 với bí thư 186 chi bộ khu dân cư thuộc 15 đảng bộ phường. Đồng chí Phạm Văn Thép, Thành ủy viên, Bí thư Quận ủy Lê Chân chủ trì.
Bí thư Quận ủy Phạm Văn Thép kết luận buổi giao ban.
Nội dung trọng tâm của buổi giao ban là quán triệt Quy định 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư và Kết luận 21-KL/TW ngày 25/10/2021 của BCH Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. Đồng chí Nguyễn Thị Thanh Bình, Quận ủy viên, Trưởng Ban Tổ chức Quận ủy hướng dẫn những điểm mới về kết nạp đảng viên, chuyển sinh hoạt đảng và trách nhiệm của đảng viên đang công tác với chi bộ nơi cư trú theo Quy định 213-QĐ/TW.
Theo báo cáo, trong tháng 10, các chi bộ khu dân cư đã sinh hoạt định kỳ đúng quy định; 42 chi bộ sinh hoạt chuyên đề về phòng, chống dịch Covid-19 trạng thái bình thường mới. Từ đầu năm đến nay, Đảng bộ quận kết nạp 138 đảng viên, trong đó 29 đảng viên được kết nạp tại chi bộ khu dân cư; 1.964 đảng viên đang công tác đã giữ mối liên hệ với nơi cư trú. Trong đợt giãn cách xã hội tháng 7, có 315 đảng viên nơi cư trú tham gia tổ Covid cộng đồng, vận động ủng hộ gần 1,7 tỷ đồng và 48 tấn gạo cho 2.150 hộ gặp khó khăn.
Tại buổi giao ban, các bí thư chi bộ Vũ Thị Lành, Đào Văn Khiêm, Trịnh Thị Bích Ngọc - Bí thư Chi bộ khu dân cư phường Dư Hàng Kênh đề nghị quận sớm có hướng dẫn về sinh hoạt chi bộ trực tuyến khi không thể họp tập trung. Ông Lương Đức Hòa, Bí thư Chi bộ khu dân cư số 7, phường Vĩnh Niệm, phản ánh nhiều đảng viên cao tuổi chưa dùng được điện thoại thông minh; chi bộ phải cử đảng viên trẻ đến nhà ghi ý kiến. Đồng chí Mạc Thị Hương, Phó Bí thư Thường trực Đảng ủy phường Niệm Nghĩa, cho biết phường đã giao mỗi đảng ủy viên theo dõi 3 chi bộ.
Kết luận, đồng chí Phạm Văn Thép yêu cầu thực hiện Kế hoạch 86-KH/QU của Ban Thường vụ Quận ủy, trong tháng 11 các chi bộ tổ chức sinh hoạt chuyên đề về Kết luận 21-KL/TW; rà soát, lập danh sách quần chúng ưu tú, phấn đấu cả năm kết nạp không dưới 160 đảng viên; chuẩn bị kiểm điểm, đánh giá cuối năm thực chất, không để "trên nóng, dưới lạnh".
Lê Chân là một trong những đơn vị đầu tiên của thành phố Hải Phòng duy trì giao ban với bí thư chi bộ khu dân cư hằng tháng, vào tuần cuối của tháng.
Thu Hương
Tin liên quan
- Hải Phòng: 100% chi bộ khu dân cư sinh hoạt chuyên đề quý III (15/10/2021)
- Ngô Quyền kết nạp 56 đảng viên trong 9 tháng (06/10/2021)
- Hồng Bàng: đảng viên nơi cư trú tham gia tổ Covid cộng đồng (10/09/2021)
""", "2021-10-29", "Quận ủy Lê Chân giao ban với bí thư chi bộ khu dân cư",
E("giao_ban", "2021-10", "2021-10-28"),
[P("Phạm Văn Thép", "Thành ủy viên", "Bí thư Quận ủy Lê Chân", "Bí thư Quận ủy"),
 P("Nguyễn Thị Thanh Bình", "Quận ủy viên", "Trưởng Ban Tổ chức Quận ủy"),
 P("Vũ Thị Lành", "Bí thư Chi bộ khu dân cư phường Dư Hàng Kênh"),
 P("Đào Văn Khiêm", "Bí thư Chi bộ khu dân cư phường Dư Hàng Kênh"),
 P("Trịnh Thị Bích Ngọc", "Bí thư Chi bộ khu dân cư phường Dư Hàng Kênh"),
 P("Lương Đức Hòa", "Bí thư Chi bộ khu dân cư số 7"),
 P("Mạc Thị Hương", "Phó Bí thư Thường trực Đảng ủy phường Niệm Nghĩa")],
[Q("186 chi bộ khu dân cư", 186, "chi bộ khu dân cư"), Q("15 đảng bộ phường", 15, "đảng bộ phường"), Q("42 chi bộ", 42, "chi bộ"),
 Q("138 đảng viên", 138, "đảng viên"), Q("29 đảng viên", 29, "đảng viên"), Q("1.964 đảng viên", 1964, "đảng viên"),
 Q("315 đảng viên", 315, "đảng viên"), Q("gần 1,7 tỷ đồng", 1700000000, "đồng", "approx"), Q("48 tấn", 48, "tấn"),
 Q("2.150 hộ", 2150, "hộ"), Q("3 chi bộ", 3, "chi bộ"), Q("không dưới 160 đảng viên", 160, "đảng viên", "over")],
[D("Quy định", "24", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quy định 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Hướng dẫn", "01", "HD/TW", "2021-09-28", "Ban Bí thư", "Hướng dẫn 01-HD/TW ngày 28/9/2021 của Ban Bí thư"),
 D("Kết luận", "21", "KL/TW", "2021-10-25", "BCH Trung ương", "Kết luận 21-KL/TW ngày 25/10/2021 của BCH Trung ương"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW"),
 D("Kế hoạch", "86", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch 86-KH/QU của Ban Thường vụ Quận ủy")],
[prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm"), com("Niệm Nghĩa")],
["BÁO HẢI PHÒNG ĐIỆN TỬ", "Chính trị :: Xây dựng Đảng", "(HPO)", "Bí thư Quận ủy Phạm Văn Thép kết luận buổi giao ban.",
 "trên nóng, dưới lạnh"],
["29/10/2021 09:15 GMT+7", "tháng 10/2021", "Covid-19", "tháng 7", "tháng 11"]))

PAGES.append(page("b8586-quangnam-taygiang-traoqua-tet-2021", """
QUẢNG NAM ONLINE
Xã hội | Cơ sở
Thứ Hai, 01/02/2021 - 15:30
Đảng viên nơi cư trú ở Tây Giang mang Tết đến hộ nghèo
(QNO) - Ngày 30/1, Chi bộ thôn A Xờ, xã A Tiêng, huyện Tây Giang phối hợp với Ban công tác Mặt trận thôn trao 120 suất quà Tết cho hộ nghèo, hộ cận nghèo và người cao tuổi neo đơn trong thôn. Mỗi suất quà trị giá 500.000 đồng, gồm gạo, dầu ăn, bánh kẹo và tiền mặt.
Đảng viên Chi bộ thôn A Xờ trao quà Tết cho người dân. Ảnh: Alăng Ngước
Số quà trên do 46 đảng viên của chi bộ, trong đó có 19 đảng viên đang công tác ở cơ quan huyện, xã sinh hoạt nơi cư trú tại thôn, đóng góp và vận động các nhà hảo tâm, với tổng trị giá 60 triệu đồng. Cùng với quà, chi bộ còn tặng 12 học sinh có hoàn cảnh khó khăn mỗi em 1 bộ quần áo ấm và 300.000 đồng.
Theo ông Bríu Liếc, Bí thư Chi bộ kiêm Trưởng thôn A Xờ, việc đảng viên về thôn góp quà Tết đã thành nền nếp từ năm 2017, khi chi bộ đưa nội dung này vào nghị quyết sinh hoạt tháng 12 hằng năm. "Đảng viên người Cơ Tu ở thôn, người có lương thì góp tiền, người làm nương thì góp gạo, góp công. Bà con thấy đảng viên lo cho dân thì tin Đảng hơn", ông Bríu Liếc nói.
Tham gia buổi trao quà có đồng chí Alăng Thị Mai, Phó Bí thư Đảng ủy, Chủ tịch UBND xã A Tiêng và đồng chí Bhling Mia, HUV, Trưởng Ban Dân vận Huyện ủy Tây Giang. Đồng chí Bhling Mia cho biết, thực hiện Quy định 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị và Kế hoạch 64-KH/HU của Ban Thường vụ Huyện ủy, dịp Tết Tân Sửu năm 2021 các chi bộ thôn trong huyện đã vận động đảng viên đóng góp hơn 450 triệu đồng, trao 1.280 suất quà cho 1.280 hộ nghèo, hộ chính sách; 100% đảng viên đang công tác đều tham gia các hoạt động ở nơi cư trú.
Năm 2020, Chi bộ thôn A Xờ giúp 9 hộ thoát nghèo, vận động 37 hộ chỉnh trang nhà ở theo kiến trúc truyền thống Cơ Tu; kết nạp 2 đảng viên mới là người Cơ Tu, đều là giáo viên tiểu học ở thôn. Tỷ lệ hộ nghèo của thôn giảm từ 41,5% xuống còn 29,8%.
Theo Ban Tổ chức Tỉnh ủy Quảng Nam, dịp Tết năm nay các chi bộ thôn, khối phố toàn tỉnh đã vận động đảng viên nơi cư trú thăm, tặng hơn 15.000 suất quà; nhiều huyện miền núi như Tây Giang, Đông Giang, Nam Giang gắn việc trao quà với sinh hoạt chi bộ mở, mời người dân cùng dự.
Bà Riah Thị Blúi, người có uy tín thôn A Xờ, xúc động khi nhận quà: "Năm nào đảng viên cũng đến, hỏi thăm cái bếp, cái giường. Già vui lắm". Đồng chí Alăng Thị Mai đề nghị các chi bộ thôn trong xã học cách làm của A Xờ, gắn việc thăm hỏi, trao quà với việc nắm tình hình, vận động bà con ăn Tết tiết kiệm, không uống rượu say, phòng dịch Covid-19.
Alăng Ngước
Tin liên quan
- Tây Giang: trao 500 suất quà Tết cho người nghèo (28/01/2021)
- Đông Giang kết nạp 48 đảng viên là người Cơ Tu (15/01/2021)
- Nam Giang: đảng viên nơi cư trú góp công làm đường (22/12/2020)
""", "2021-02-01", "Đảng viên nơi cư trú ở Tây Giang mang Tết đến hộ nghèo",
E("trao_qua", None, "2021-01-30"),
[P("Bríu Liếc", "Bí thư Chi bộ kiêm Trưởng thôn A Xờ"),
 P("Alăng Thị Mai", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã A Tiêng"),
 P("Bhling Mia", "HUV", "Trưởng Ban Dân vận Huyện ủy Tây Giang"),
 P("Riah Thị Blúi", "người có uy tín thôn A Xờ")],
[Q("120 suất quà", 120, "suất quà"), Q("500.000 đồng", 500000, "đồng"), Q("46 đảng viên", 46, "đảng viên"),
 Q("19 đảng viên", 19, "đảng viên"), Q("60 triệu đồng", 60000000, "đồng"), Q("12 học sinh", 12, "học sinh"),
 Q("300.000 đồng", 300000, "đồng"), Q("hơn 450 triệu đồng", 450000000, "đồng", "over"), Q("1.280 suất quà", 1280, "suất quà"),
 Q("1.280 hộ nghèo, hộ chính sách", 1280, "hộ nghèo, hộ chính sách"), Q("100%", 100, "%"), Q("9 hộ", 9, "hộ"), Q("37 hộ", 37, "hộ"),
 Q("2 đảng viên mới", 2, "đảng viên mới"), Q("41,5%", 41.5, "%"), Q("29,8%", 29.8, "%"), Q("hơn 15.000 suất quà", 15000, "suất quà", "over")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị"),
 D("Kế hoạch", "64", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 64-KH/HU của Ban Thường vụ Huyện ủy")],
[prov("Quảng Nam"), com("A Tiêng")],
["QUẢNG NAM ONLINE", "Xã hội | Cơ sở", "(QNO)", "Đảng viên Chi bộ thôn A Xờ trao quà Tết cho người dân. Ảnh: Alăng Ngước"],
["Thứ Hai, 01/02/2021 - 15:30", "1 bộ quần áo ấm", "năm 2017", "tháng 12 hằng năm", "Tết Tân Sửu năm 2021", "Năm 2020", "Covid-19"]))

PAGES.append(page("b8587-sonla-maison-taphuan-bithu-ban-2022", """
Báo Sơn La điện tử
Chính trị / Xây dựng Đảng
16-06-2022 | 14:37
Mai Sơn bồi dưỡng nghiệp vụ cho bí thư chi bộ bản, tiểu khu
(SLO) - Từ ngày 13 đến 15/6, Huyện ủy Mai Sơn tổ chức lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2022 cho 214 học viên là bí thư, phó bí thư chi bộ bản, tiểu khu trên địa bàn huyện.
Các học viên tham gia lớp bồi dưỡng. Ảnh: Quàng Hương
Khai giảng lớp học, đồng chí Lò Văn Hặc, Phó Bí thư Thường trực Huyện ủy nhấn mạnh, Đảng bộ huyện có 287 chi bộ bản, tiểu khu, nhiều bí thư chi bộ mới được bầu tại đại hội chi bộ nhiệm kỳ 2022 - 2025, chưa có kinh nghiệm. Năm 2021, toàn huyện còn 11 chi bộ bản xếp loại không hoàn thành nhiệm vụ, chủ yếu ở các xã vùng cao có đông đồng bào Mông.
Trong 3 ngày, học viên được nghe các đồng chí HUV, Trưởng Ban Tổ chức Huyện ủy Cầm Thị Xiêng; HUV, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy Quàng Văn Ún và ThS. Lường Thị Hoan, giảng viên Trung tâm Chính trị huyện truyền đạt 6 chuyên đề: những điểm mới của Quy định 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng; quy trình kết nạp đảng viên, chuyển đảng chính thức; nội dung, quy trình sinh hoạt chi bộ; công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng theo Quy định 22-QĐ/TW ngày 28/7/2021 của BCH Trung ương; trách nhiệm của đảng viên đang công tác với nơi cư trú; kỹ năng vận động quần chúng ở bản.
Lớp học được tổ chức theo Kế hoạch 112-KH/HU ngày 5/5/2022 của Huyện ủy Mai Sơn, kinh phí gần 180 triệu đồng. Mỗi học viên được hỗ trợ tiền ăn 100.000 đồng/ngày; học viên ở các xã cách trung tâm huyện trên 20 km được hỗ trợ thêm tiền đi lại.
Chia sẻ tại lớp học, đồng chí Sùng A Páo, Bí thư Chi bộ bản Phiêng Cại, xã Chiềng Mung cho biết: "Bản mình có 58 hộ người Mông, 12 đảng viên. Trước đây họp chi bộ toàn nói tiếng phổ thông, đảng viên lớn tuổi nghe không hết. Nay chi bộ cho nói cả tiếng Mông, ai cũng phát biểu được". Chị Giàng Thị Mỷ, Phó Bí thư Chi bộ bản Nà Tiến, xã Mường Bằng đề nghị huyện biên soạn sổ tay bí thư chi bộ song ngữ Việt - Mông.
Theo đồng chí Cầm Thị Xiêng, 6 tháng đầu năm 2022, Đảng bộ huyện đã kết nạp 174 đảng viên mới, trong đó có 48 đảng viên là người Mông; 100% chi bộ bản, tiểu khu có đảng viên. Kết thúc lớp học, các học viên làm bài kiểm tra; những học viên đạt yêu cầu được cấp giấy chứng nhận.
Ngọc Lan
Tin liên quan
- Thuận Châu: kết nạp 85 đảng viên là người dân tộc thiểu số (10/06/2022)
- Sơn La hoàn thành đại hội chi bộ trực thuộc nhiệm kỳ 2022 - 2025 (31/05/2022)
- Yên Châu sinh hoạt chi bộ mẫu ở bản vùng cao (20/05/2022)
""", "2022-06-16", "Mai Sơn bồi dưỡng nghiệp vụ cho bí thư chi bộ bản, tiểu khu",
E("tap_huan", "2022", "2022-06-13"),
[P("Lò Văn Hặc", "Phó Bí thư Thường trực Huyện ủy"),
 P("Cầm Thị Xiêng", "HUV", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Quàng Văn Ún", "HUV", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"),
 P("Lường Thị Hoan", "ThS.", "giảng viên Trung tâm Chính trị huyện"),
 P("Sùng A Páo", "Bí thư Chi bộ bản Phiêng Cại"),
 P("Giàng Thị Mỷ", "Phó Bí thư Chi bộ bản Nà Tiến")],
[Q("214 học viên", 214, "học viên"), Q("287 chi bộ bản, tiểu khu", 287, "chi bộ bản, tiểu khu"), Q("11 chi bộ bản", 11, "chi bộ bản"),
 Q("6 chuyên đề", 6, "chuyên đề"), Q("gần 180 triệu đồng", 180000000, "đồng", "approx"), Q("100.000 đồng", 100000, "đồng"),
 Q("trên 20 km", 20, "km", "over"), Q("58 hộ người Mông", 58, "hộ người Mông"), Q("12 đảng viên", 12, "đảng viên"),
 Q("174 đảng viên mới", 174, "đảng viên mới"), Q("48 đảng viên", 48, "đảng viên"), Q("100%", 100, "%")],
[D("Quy định", "24", "QĐ/TW", "2021-07-30", "Ban Chấp hành Trung ương", "Quy định 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương"),
 D("Quy định", "22", "QĐ/TW", "2021-07-28", "BCH Trung ương", "Quy định 22-QĐ/TW ngày 28/7/2021 của BCH Trung ương"),
 D("Kế hoạch", "112", "KH/HU", "2022-05-05", "Huyện ủy Mai Sơn", "Kế hoạch 112-KH/HU ngày 5/5/2022 của Huyện ủy Mai Sơn")],
[prov("Sơn La"), com("Chiềng Mung"), com("Mường Bằng")],
["Báo Sơn La điện tử", "Chính trị / Xây dựng Đảng", "(SLO)", "Các học viên tham gia lớp bồi dưỡng. Ảnh: Quàng Hương"],
["16-06-2022 | 14:37", "nhiệm kỳ 2022 - 2025", "Năm 2021", "3 ngày", "6 tháng đầu năm 2022"]))

PAGES.append(page("b8588-daklak-krongana-doithoai-2022", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ » Chính trị » Xây dựng Đảng
Ngày đăng 25/08/2022 | 16:20
Toàn cảnh buổi đối thoại.
Bí thư Huyện ủy Krông Ana đối thoại với bí thư chi bộ buôn
(Baodaklak.vn) - Ngày 23/8, Ban Thường vụ Huyện ủy Krông Ana tổ chức hội nghị đối thoại năm 2022 giữa Bí thư Huyện ủy với bí thư chi bộ, trưởng buôn và người có uy tín ở các buôn đồng bào dân tộc thiểu số tại chỗ. Tham dự có 72 đại biểu đến từ 8 xã, thị trấn.
Đồng chí Y Wơn Niê, Tỉnh ủy viên, Bí thư Huyện ủy Krông Ana chủ trì đối thoại. Cùng dự có các đồng chí Phó Bí thư Huyện ủy: Nguyễn Văn Định, H'Mai Byă; đồng chí Lê Thị Hồng Nhung, HUV, Trưởng Ban Dân vận Huyện ủy.
Buổi đối thoại được tổ chức theo Kế hoạch số 150-KH/HU ngày 10/6/2022 của Ban Thường vụ Huyện ủy, là một nội dung thực hiện Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị ban hành Quy chế dân vận của hệ thống chính trị. Trước đối thoại, các xã đã tổng hợp 43 ý kiến, kiến nghị gửi về Huyện ủy.
Nhiều ý kiến xoay quanh việc sinh hoạt chi bộ và kết nạp đảng viên ở buôn. Ông Y Bhim Mlô, Bí thư Chi bộ buôn Kuôp, xã Dray Sáp, cho biết chi bộ có 15 đảng viên nhưng 9 người trên 60 tuổi; thanh niên học xong thì đi làm ở thành phố, có người theo đạo Tin lành nên ngại vào Đảng. Bà H'Ngơn Ayun, Bí thư Chi bộ, Trưởng buôn Ea Knir, xã Ea Na, đề nghị huyện hỗ trợ kinh phí sinh hoạt chi bộ cho các buôn vì hiện mỗi chi bộ chỉ được 1,2 triệu đồng/năm. Già làng Y Ji Êban, buôn Dhăm, xã Ea Bông, mong cán bộ huyện về buôn dự sinh hoạt chi bộ nhiều hơn, nói tiếng Êđê cho bà con cùng hiểu.
Trả lời các ý kiến, đồng chí Y Wơn Niê cho biết, 6 tháng đầu năm toàn huyện kết nạp 96 đảng viên mới, trong đó 31 đảng viên là người Êđê; huyện đang xây dựng đề án tăng mức hỗ trợ sinh hoạt cho chi bộ buôn lên 3 triệu đồng/năm, dự kiến trình HĐND huyện vào kỳ họp cuối năm. Huyện ủy giao Ban Tổ chức Huyện ủy phối hợp Đảng ủy các xã mở 2 lớp bồi dưỡng nhận thức về Đảng ngay tại buôn cho khoảng 120 thanh niên người Êđê.
Theo Ban Tổ chức Tỉnh ủy Đắk Lắk, toàn tỉnh hiện còn 38 buôn chưa có chi bộ riêng, đảng viên phải sinh hoạt ghép với chi bộ buôn bên cạnh; Krông Ana đã xóa xong tình trạng này từ năm 2020. Đối thoại trực tiếp giữa người đứng đầu cấp ủy với bí thư chi bộ buôn được tỉnh đánh giá là cách làm nên nhân rộng.
Đồng chí Y Wơn Niê đề nghị mỗi đảng viên đang công tác ở cơ quan huyện thực hiện nghiêm Quy định 213-QĐ/TW, về buôn nơi cư trú dự sinh hoạt chi bộ ít nhất 2 lần/năm, nhận giúp đỡ ít nhất 1 hộ nghèo. Các ý kiến chưa trả lời trực tiếp được Huyện ủy giao cơ quan chuyên môn trả lời bằng văn bản trước ngày 30/9.
H'Xíu
Tin liên quan
- Krông Ana: tuyên dương 30 người có uy tín tiêu biểu (12/08/2022)
- Buôn Đôn kết nạp đảng viên là người Êđê, M'nông (28/07/2022)
- Đắk Lắk sơ kết 2 năm thực hiện Quy định 213 (15/07/2022)
""", "2022-08-25", "Bí thư Huyện ủy Krông Ana đối thoại với bí thư chi bộ buôn",
E("doi_thoai", "2022", "2022-08-23"),
[P("Y Wơn Niê", "Tỉnh ủy viên", "Bí thư Huyện ủy Krông Ana"),
 P("Nguyễn Văn Định", "Phó Bí thư Huyện ủy"),
 P("H'Mai Byă", "Phó Bí thư Huyện ủy"),
 P("Lê Thị Hồng Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Bhim Mlô", "Bí thư Chi bộ buôn Kuôp"),
 P("H'Ngơn Ayun", "Bí thư Chi bộ", "Trưởng buôn Ea Knir"),
 P("Y Ji Êban", "Già làng")],
[Q("72 đại biểu", 72, "đại biểu"), Q("8 xã, thị trấn", 8, "xã, thị trấn"), Q("43 ý kiến, kiến nghị", 43, "ý kiến, kiến nghị"),
 Q("15 đảng viên", 15, "đảng viên"), Q("9 người", 9, "người"), Q("1,2 triệu đồng", 1200000, "đồng"),
 Q("96 đảng viên mới", 96, "đảng viên mới"), Q("31 đảng viên", 31, "đảng viên"), Q("3 triệu đồng", 3000000, "đồng"),
 Q("2 lớp bồi dưỡng nhận thức về Đảng", 2, "lớp bồi dưỡng nhận thức về Đảng"), Q("khoảng 120 thanh niên", 120, "thanh niên", "approx"),
 Q("38 buôn", 38, "buôn"), Q("ít nhất 1 hộ nghèo", 1, "hộ nghèo", "over")],
[D("Kế hoạch", "150", "KH/HU", "2022-06-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 150-KH/HU ngày 10/6/2022 của Ban Thường vụ Huyện ủy"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị"),
 D("Quy định", "213", "QĐ/TW", None, None, "Quy định 213-QĐ/TW")],
[prov("Đắk Lắk"), com("Dray Sáp"), com("Ea Na"), com("Ea Bông")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ » Chính trị » Xây dựng Đảng", "Toàn cảnh buổi đối thoại.", "(Baodaklak.vn)",
 "Quy chế dân vận", "Tin lành"],
["Ngày đăng 25/08/2022 | 16:20", "năm 2022", "60 tuổi", "6 tháng đầu năm", "2 lần/năm", "ngày 30/9", "năm 2020"]))

PAGES.append(page("b8589-tiengiang-mytho-soket-qd213-2023", """
ẤP BẮC ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Tiền Giang
Xây dựng Đảng › Tin tức
Thứ Năm, 21/09/2023
Đảng viên về nơi cư trú: từ "có mặt" đến "có việc"
(ABO) - Sáng 19/9, Ban Thường vụ Thành ủy Mỹ Tho tổ chức hội nghị sơ kết 3 năm thực hiện Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị về trách nhiệm của đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú. Đồng chí Tỉnh ủy viên, Bí thư Thành ủy Mỹ Tho Trần Văn Dũng chủ trì hội nghị.
Đồng chí Trần Văn Dũng phát biểu kết luận hội nghị. Ảnh: Minh Thành
Báo cáo sơ kết do đồng chí Phan Thị Mỹ Dung, Thành ủy viên, Phó Trưởng Ban Tổ chức Thành ủy trình bày cho thấy, thực hiện Kế hoạch 35-KH/TU của Tỉnh ủy và Hướng dẫn số 08-HD/BTCTU của Ban Tổ chức Tỉnh ủy, 3 năm qua có 4.318 đảng viên đang công tác thực hiện việc giữ mối liên hệ với 164 chi bộ khu phố, ấp. Các chi bộ nơi cư trú đã gửi 12.540 lượt phiếu nhận xét về cơ quan, trong đó 97,2% đảng viên được nhận xét gương mẫu, tích cực.
Đảng viên nơi cư trú đã trực tiếp tham gia hòa giải thành 218 vụ việc mâu thuẫn tại khu dân cư; vận động xây dựng 46 căn nhà tình nghĩa, nhà đại đoàn kết với tổng kinh phí hơn 2,3 tỷ đồng; đóng góp ý kiến vào 385 cuộc họp khu phố, ấp về chỉnh trang đô thị, xây dựng nông thôn mới. Cũng qua nhận xét của nơi cư trú, có 6 trường hợp bị cơ quan xem xét khi đánh giá cuối năm, 2 trường hợp bị xử lý kỷ luật theo Quy định 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị.
Tại hội nghị, nhiều ý kiến nêu cách làm hiệu quả. Đồng chí Huỳnh Thị Ngọc Giàu, Bí thư Chi bộ ấp Mỹ Lợi, xã Tân Mỹ Chánh, cho biết chi bộ lập "sổ giao việc" cho từng đảng viên đang công tác, cuối quý kiểm tra việc làm được. Ông Nguyễn Thành Được, Phó Bí thư Đảng ủy, Chủ tịch UBND phường Tân Long, kiến nghị cơ quan cấp tỉnh sớm trả lời phiếu xin nhận xét. Đồng chí Lê Hoàng Vũ, Bí thư Đảng ủy xã Mỹ Phong, cho rằng còn tình trạng đảng viên về nơi cư trú "có mặt" nhưng chưa "có việc".
Hạn chế được chỉ ra: còn 103 đảng viên chưa dự đủ sinh hoạt chi bộ nơi cư trú; một số chi bộ chưa chủ động phân công nhiệm vụ cho đảng viên đang công tác; khoảng 15% phiếu nhận xét gửi chậm so với quy định.
Phát biểu kết luận, đồng chí Trần Văn Dũng đề nghị các cấp ủy thực hiện đồng bộ Quy định 213 với Quy định 24-QĐ/TW về thi hành Điều lệ Đảng; mỗi đảng viên đang công tác nhận ít nhất 1 việc cụ thể ở khu phố, ấp. Dịp này, Thành ủy tặng giấy khen cho 15 tập thể, 32 cá nhân có thành tích tiêu biểu.
Thanh Vũ
Tin liên quan
- Chợ Gạo: sơ kết 3 năm thực hiện Quy định 213 (12/09/2023)
- Tiền Giang kết nạp hơn 1.600 đảng viên trong 8 tháng (05/09/2023)
- Cái Bè nâng chất sinh hoạt chi bộ ấp (25/08/2023)
""", "2023-09-21", 'Đảng viên về nơi cư trú: từ "có mặt" đến "có việc"',
E("so_ket", None, "2023-09-19"),
[P("Trần Văn Dũng", "Tỉnh ủy viên", "Bí thư Thành ủy Mỹ Tho"),
 P("Phan Thị Mỹ Dung", "Thành ủy viên", "Phó Trưởng Ban Tổ chức Thành ủy"),
 P("Huỳnh Thị Ngọc Giàu", "Bí thư Chi bộ ấp Mỹ Lợi"),
 P("Nguyễn Thành Được", "Phó Bí thư Đảng ủy", "Chủ tịch UBND phường Tân Long"),
 P("Lê Hoàng Vũ", "Bí thư Đảng ủy xã Mỹ Phong")],
[Q("4.318 đảng viên", 4318, "đảng viên"), Q("164 chi bộ khu phố, ấp", 164, "chi bộ khu phố, ấp"),
 Q("12.540 lượt phiếu nhận xét", 12540, "lượt phiếu nhận xét"), Q("97,2%", 97.2, "%"),
 Q("218 vụ việc mâu thuẫn", 218, "vụ việc mâu thuẫn"), Q("46 căn nhà tình nghĩa, nhà đại đoàn kết", 46, "căn nhà tình nghĩa, nhà đại đoàn kết"),
 Q("hơn 2,3 tỷ đồng", 2300000000, "đồng", "over"), Q("385 cuộc họp", 385, "cuộc họp"), Q("6 trường hợp", 6, "trường hợp"),
 Q("2 trường hợp", 2, "trường hợp"), Q("103 đảng viên", 103, "đảng viên"), Q("khoảng 15%", 15, "%", "approx"),
 Q("ít nhất 1 việc", 1, "việc", "over"), Q("15 tập thể", 15, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị"),
 D("Kế hoạch", "35", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 35-KH/TU của Tỉnh ủy"),
 D("Hướng dẫn", "08", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 08-HD/BTCTU của Ban Tổ chức Tỉnh ủy"),
 D("Quy định", "69", "QĐ/TW", "2022-07-06", "Bộ Chính trị", "Quy định 69-QĐ/TW ngày 6/7/2022 của Bộ Chính trị"),
 D("Quy định", "24", "QĐ/TW", None, None, "Quy định 24-QĐ/TW")],
[prov("Tiền Giang"), com("Tân Mỹ Chánh"), com("Tân Long"), com("Mỹ Phong")],
["ẤP BẮC ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Tiền Giang", "Xây dựng Đảng › Tin tức", "(ABO)",
 "Đồng chí Trần Văn Dũng phát biểu kết luận hội nghị. Ảnh: Minh Thành", "sổ giao việc"],
["Thứ Năm, 21/09/2023", "3 năm", "Quy định 213"]))

PAGES.append(page("b8590-phutho-tanson-tongket-2023", """
BÁO PHÚ THỌ ĐIỆN TỬ
Chính trị - Xây dựng Đảng
2023-12-26 16:40
Tân Sơn: Chú trọng phát triển đảng viên ở khu dân cư
Baophutho.vn - Ngày 25/12, Ban Tổ chức Huyện ủy Tân Sơn tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Đinh Công Sứ, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy chủ trì hội nghị.
Đồng chí Hà Văn Thắng, Phó Bí thư Thường trực Huyện ủy trao giấy khen cho các tập thể.
Tân Sơn là huyện miền núi của tỉnh Phú Thọ, có đông đồng bào dân tộc thiểu số. Năm 2023, Đảng bộ huyện Tân Sơn kết nạp 162 đảng viên mới, đạt 108% kế hoạch; trong đó các chi bộ khu dân cư kết nạp 71 đảng viên, chiếm 43,8%, phần lớn là đoàn viên thanh niên, người dân tộc Mường, Dao. Đến nay, 100% khu dân cư trên địa bàn huyện có chi bộ; 137 chi bộ khu dân cư duy trì sinh hoạt đúng định kỳ, 25 chi bộ được cấp ủy cấp trên dự, chỉ đạo sinh hoạt ít nhất 1 lần trong năm.
Thực hiện Quy định 24-QĐ/TW và Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương, các chi bộ khu dân cư tổ chức sinh hoạt chuyên đề với các nội dung sát thực tế như trồng rừng gỗ lớn, phát triển du lịch cộng đồng, phòng chống tảo hôn. Huyện ủy ban hành Nghị quyết chuyên đề số 15-NQ/HU về nâng cao chất lượng tổ chức cơ sở đảng và đảng viên giai đoạn 2021 - 2025, Chương trình hành động số 09-CTr/HU và Kế hoạch 118, 119-KH/HU của Ban Thường vụ Huyện ủy về tạo nguồn phát triển đảng viên ở khu dân cư.
Công tác kiểm điểm, đánh giá, xếp loại năm 2023 có 91,6% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; 16 chi bộ khu dân cư được đánh giá hoàn thành xuất sắc nhiệm vụ. Bên cạnh đó, còn 5 chi bộ khu dân cư chưa kết nạp được đảng viên; 2 khu dân cư ở xã Kim Thượng và xã Xuân Đài vẫn phải ghép chi bộ do số đảng viên ít.
Tại hội nghị, đồng chí Xa Thị Hường, Bí thư Đảng ủy xã Minh Đài chia sẻ kinh nghiệm "mỗi đảng viên kèm một quần chúng" của xã; năm 2023 xã kết nạp 9 đảng viên, trong đó 6 đảng viên ở khu dân cư. Đồng chí Đinh Thị Hoa, Bí thư Chi bộ khu 4, xã Xuân Đài đề nghị huyện tăng mức hỗ trợ cho bí thư chi bộ khu dân cư từ 0,7 lên 1 lần mức lương cơ sở. Đồng chí Hà Văn Thắng, Phó Bí thư Thường trực Huyện ủy đề nghị năm 2024 tiếp tục chuẩn bị tốt nhân sự đại hội chi bộ nhiệm kỳ 2025 - 2030, phấn đấu kết nạp từ 160 đảng viên trở lên.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 8 tập thể, 14 cá nhân có thành tích xuất sắc trong công tác tổ chức xây dựng Đảng năm 2023.
Thanh Hà
Tin liên quan
- Phú Thọ trao Huy hiệu Đảng cho 2.100 đảng viên dịp 7/11 (08/11/2023)
- Thanh Sơn: nâng cao chất lượng sinh hoạt chi bộ khu dân cư (22/11/2023)
- Yên Lập kết nạp 120 đảng viên mới (14/11/2023)
""", "2023-12-26", "Tân Sơn: Chú trọng phát triển đảng viên ở khu dân cư",
E("tong_ket", "2023", "2023-12-25"),
[P("Đinh Công Sứ", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Hà Văn Thắng", "Phó Bí thư Thường trực Huyện ủy"),
 P("Xa Thị Hường", "Bí thư Đảng ủy xã Minh Đài"),
 P("Đinh Thị Hoa", "Bí thư Chi bộ khu 4")],
[Q("162 đảng viên mới", 162, "đảng viên mới"), Q("108%", 108, "%"), Q("71 đảng viên", 71, "đảng viên"), Q("43,8%", 43.8, "%"),
 Q("100%", 100, "%"), Q("137 chi bộ khu dân cư", 137, "chi bộ khu dân cư"), Q("25 chi bộ", 25, "chi bộ"),
 Q("91,6%", 91.6, "%"), Q("16 chi bộ khu dân cư", 16, "chi bộ khu dân cư"), Q("5 chi bộ khu dân cư", 5, "chi bộ khu dân cư"),
 Q("2 khu dân cư", 2, "khu dân cư"), Q("9 đảng viên", 9, "đảng viên"), Q("6 đảng viên", 6, "đảng viên"),
 Q("từ 160 đảng viên trở lên", 160, "đảng viên", "over"), Q("8 tập thể", 8, "tập thể"), Q("14 cá nhân", 14, "cá nhân")],
[D("Quy định", "24", "QĐ/TW", None, None, "Quy định 24-QĐ/TW"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương"),
 D("Nghị quyết", "15", "NQ/HU", None, "Huyện ủy", "Nghị quyết chuyên đề số 15-NQ/HU"),
 D("Chương trình hành động", "09", "CTr/HU", None, "Huyện ủy", "Chương trình hành động số 09-CTr/HU"),
 D("Kế hoạch", "118", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 118, 119-KH/HU"),
 D("Kế hoạch", "119", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 118, 119-KH/HU")],
[prov("Phú Thọ"), com("Kim Thượng"), com("Xuân Đài"), com("Minh Đài")],
["BÁO PHÚ THỌ ĐIỆN TỬ", "Chính trị - Xây dựng Đảng", "Baophutho.vn",
 "Đồng chí Hà Văn Thắng, Phó Bí thư Thường trực Huyện ủy trao giấy khen cho các tập thể.", "mỗi đảng viên kèm một quần chúng"],
["2023-12-26 16:40", "năm 2024", "giai đoạn 2021 - 2025", "nhiệm kỳ 2025 - 2030", "1 lần trong năm", "0,7 lên 1 lần mức lương cơ sở"]))
