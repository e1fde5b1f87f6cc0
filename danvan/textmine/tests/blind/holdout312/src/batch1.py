from lib import *
PAGES = []

PAGES.append(page("b7445-nghean-cat-tongket-2011", """
CÔNG AN TỈNH NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân BVANTQ
Thứ Năm, 29/12/2011 - 16:20
Toàn cảnh hội nghị tại hội trường Công an tỉnh.
Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận năm 2011
Chiều 27/12, Công an tỉnh Nghệ An phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận của lực lượng Công an năm 2011. Đồng chí Hồ Văn Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Trần Đình Lộc, Phó Giám đốc Công an tỉnh đồng chủ trì.
Năm qua, các đơn vị Công an đã bám sát Chương trình phối hợp số 09-CTr/BDVTU-CAT ngày 18/4/2011 giữa Ban Dân vận Tỉnh ủy và Công an tỉnh, chủ động tham mưu cấp ủy, chính quyền cơ sở giải quyết ngay từ đầu các vụ việc phức tạp. Lực lượng Công an xã phối hợp với các đoàn thể hòa giải thành 1.035 vụ việc mâu thuẫn trong nhân dân, xây dựng mới 214 mô hình tự quản, nâng tổng số lên 1.126 mô hình. Các đơn vị đã tổ chức 3.450 buổi tuyên truyền với hơn 215.000 lượt người tham dự; nhân dân cung cấp 2.870 nguồn tin có giá trị, giúp lực lượng chức năng khám phá 412 vụ án hình sự, bắt giữ 96 đối tượng truy nã.
Ở các huyện miền núi phía Tây, cán bộ Công an "3 bám, 4 cùng" với đồng bào Thái, Mông, Khơ Mú, vận động giao nộp 367 khẩu súng tự chế và gần 1,5 tấn vật liệu nổ. Ông Lô Văn Thắm, Trưởng Công an xã Châu Hạnh, cho biết nhờ tổ tự quản ở 11 bản, năm 2011 xã không có người mới nghiện ma túy. Đại diện xã Nghi Phong và phường Hưng Dũng trình bày kinh nghiệm xây dựng "Khu dân cư an toàn về an ninh, trật tự".
Phát biểu chỉ đạo, đồng chí Hồ Văn Khang đề nghị lực lượng Công an quán triệt Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới; mỗi cán bộ, chiến sĩ phải là một cán bộ dân vận, "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân".
Đại tá Trần Đình Lộc yêu cầu năm 2012 tập trung củng cố lực lượng Công an xã, thực hiện nghiêm Kế hoạch số 156/KH-CAT của Công an tỉnh về nâng cao chất lượng công tác dân vận, phấn đấu 70% xã, phường đạt tiêu chuẩn "an toàn về an ninh, trật tự".
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 28 tập thể và 45 cá nhân; Thiếu tá Phan Anh Tuấn, Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc, công bố các quyết định khen thưởng.
Lê Minh Đức
Tin liên quan
- Quỳ Hợp: ra mắt mô hình "Dòng họ không có người vi phạm pháp luật" (20/12/2011)
- Công an tỉnh giao ban công tác tháng 11 (05/12/2011)
- Sôi nổi Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại xã Diễn Kim (19/8/2011)
- Tập huấn nghiệp vụ cho 500 Trưởng Công an xã (12/7/2011)
""", "2011-12-29", "Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Hồ Văn Khang", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Đình Lộc", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Lô Văn Thắm", "Trưởng Công an xã Châu Hạnh"),
 P("Phan Anh Tuấn", "Thiếu tá", "Phó Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc")],
[Q("1.035 vụ việc mâu thuẫn", 1035, "vụ việc mâu thuẫn"), Q("214 mô hình tự quản", 214, "mô hình tự quản"),
 Q("1.126 mô hình", 1126, "mô hình"), Q("3.450 buổi tuyên truyền", 3450, "buổi tuyên truyền"),
 Q("hơn 215.000 lượt người", 215000, "lượt người", "over"), Q("2.870 nguồn tin", 2870, "nguồn tin"),
 Q("412 vụ án hình sự", 412, "vụ án hình sự"), Q("96 đối tượng truy nã", 96, "đối tượng truy nã"),
 Q("367 khẩu súng tự chế", 367, "khẩu súng tự chế"), Q("gần 1,5 tấn", 1.5, "tấn", "approx"),
 Q("11 bản", 11, "bản"), Q("70%", 70, "%"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chương trình phối hợp", "09", "CTr/BDVTU-CAT", "2011-04-18", None, "Chương trình phối hợp số 09-CTr/BDVTU-CAT ngày 18/4/2011"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư"),
 D("Kế hoạch", "156", "KH-CAT", None, "Công an tỉnh", "Kế hoạch số 156/KH-CAT của Công an tỉnh")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Nghi Phong"), com("Hưng Dũng")],
["CÔNG AN TỈNH NGHỆ AN - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân BVANTQ",
 "Toàn cảnh hội nghị tại hội trường Công an tỉnh.", "3 bám, 4 cùng", "Khu dân cư an toàn về an ninh, trật tự",
 "trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân"],
["Thứ Năm, 29/12/2011 - 16:20", "năm 2011", "năm 2012", "3 bám, 4 cùng"]))

PAGES.append(page("b7446-langson-ca-traoqua-2012", """
BÁO LẠNG SƠN ĐIỆN TỬ
Xã hội › An ninh - Trật tự
Cập nhật lúc 08:40 ngày 16/01/2012
Công an tỉnh mang Tết đến đồng bào xã biên giới
LSO - Trong hai ngày 13 và 14/1, đoàn công tác Công an tỉnh do Đại tá Hoàng Văn Thạch, Phó Giám đốc Công an tỉnh Lạng Sơn, làm trưởng đoàn đã đến thăm, tặng quà Tết cho đồng bào các dân tộc ở hai xã biên giới Bảo Lâm (huyện Cao Lộc) và Tân Mỹ (huyện Văn Lãng).
Đại tá Hoàng Văn Thạch trao quà cho hộ nghèo xã Bảo Lâm. Ảnh: Mạnh Hùng
Tại xã Bảo Lâm, đoàn trao 120 suất quà cho hộ nghèo, gia đình chính sách, mỗi suất gồm gạo, dầu ăn, bánh kẹo trị giá 350.000 đồng; tặng 15 xe đạp cho học sinh vượt khó và 1 tivi cho nhà văn hóa thôn Khòn Khuổi. Tại xã Tân Mỹ, đoàn trao 80 suất quà và hỗ trợ 20 triệu đồng sửa chữa nhà cho 2 hộ neo đơn. Tổng trị giá quà trong chuyến đi khoảng 95 triệu đồng, do cán bộ, chiến sĩ Công an tỉnh đóng góp một ngày lương và vận động doanh nghiệp ủng hộ.
Báo cáo với đoàn, bà Nông Thị Hoa, Bí thư Đảng ủy xã Bảo Lâm cho biết, xã có 9 thôn với 612 hộ, trong đó 187 hộ nghèo, chủ yếu là đồng bào Nùng, Tày. Năm 2011, Công an xã phối hợp Đồn Biên phòng vận động nhân dân không vượt biên trái phép, không tiếp tay buôn lậu; 100% thôn ký cam kết thực hiện hương ước, quy ước về an ninh, trật tự.
Ông Hoàng Văn Pẻn, người có uy tín thôn Khòn Khuổi, xúc động nói: "Năm nào các chú công an cũng lên với bà con. Dân bản coi các chú như con cháu trong nhà". Ông Vi Văn Hạ, Trưởng Công an xã Tân Mỹ, cho biết cả xã hiện có 14 tổ an ninh nhân dân, năm qua đã cung cấp 23 tin báo giúp ngăn chặn các vụ buôn lậu qua đường mòn.
Thay mặt đoàn, Đại tá Hoàng Văn Thạch đề nghị cấp ủy, chính quyền hai xã tiếp tục thực hiện tốt Kế hoạch số 08/KH-CAT ngày 5/1/2012 của Công an tỉnh về các hoạt động dân vận dịp Tết Nguyên đán Nhâm Thìn, tổ chức cho nhân dân vui xuân, đón Tết an toàn, tiết kiệm; đồng thời mong bà con tiếp tục là "tai mắt" của lực lượng Công an ở khu vực biên giới.
Cùng ngày, Đoàn Thanh niên Công an tỉnh phối hợp Huyện đoàn Cao Lộc tổ chức chương trình "Xuân biên giới ấm lòng dân bản", khám bệnh, cấp thuốc miễn phí cho khoảng 300 người dân.
Những chuyến đi như thế đã thành nếp của Công an tỉnh mỗi dịp Tết đến, xuân về. Cán bộ, chiến sĩ không chỉ mang quà mà còn ở lại ăn cơm cùng bà con, hỏi han chuyện làm ăn, chuyện con cái đi học, qua đó nắm chắc tình hình ở từng thôn bản, kịp thời phát hiện những việc bất thường nơi vùng biên.
Hoàng Lan
Các tin khác
- Công an huyện Lộc Bình ra quân tấn công trấn áp tội phạm dịp Tết (12/01/2012)
- Bình Gia: 100% xã có tổ hòa giải ở cơ sở (09/01/2012)
- Khen thưởng 30 tập thể trong phong trào toàn dân bảo vệ an ninh Tổ quốc (30/12/2011)
""", "2012-01-16", "Công an tỉnh mang Tết đến đồng bào xã biên giới",
E("trao_qua", None, "2012-01-13"),
[P("Hoàng Văn Thạch", "Đại tá", "Phó Giám đốc Công an tỉnh Lạng Sơn"),
 P("Nông Thị Hoa", "Bí thư Đảng ủy xã Bảo Lâm"),
 P("Hoàng Văn Pẻn", "người có uy tín thôn Khòn Khuổi"),
 P("Vi Văn Hạ", "Trưởng Công an xã Tân Mỹ")],
[Q("120 suất quà", 120, "suất quà"), Q("350.000 đồng", 350000, "đồng"), Q("15 xe đạp", 15, "xe đạp"),
 Q("80 suất quà", 80, "suất quà"), Q("20 triệu đồng", 20000000, "đồng"), Q("2 hộ neo đơn", 2, "hộ neo đơn"),
 Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"), Q("9 thôn", 9, "thôn"), Q("612 hộ", 612, "hộ"),
 Q("187 hộ nghèo", 187, "hộ nghèo"), Q("100% thôn", 100, "%"), Q("14 tổ an ninh nhân dân", 14, "tổ an ninh nhân dân"),
 Q("23 tin báo", 23, "tin báo"), Q("khoảng 300 người dân", 300, "người dân", "approx")],
[D("Kế hoạch", "08", "KH-CAT", "2012-01-05", "Công an tỉnh", "Kế hoạch số 08/KH-CAT ngày 5/1/2012 của Công an tỉnh")],
[prov("Lạng Sơn"), com("Bảo Lâm"), com("Tân Mỹ")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Xã hội › An ninh - Trật tự", "LSO",
 "Đại tá Hoàng Văn Thạch trao quà cho hộ nghèo xã Bảo Lâm. Ảnh: Mạnh Hùng", "Xuân biên giới ấm lòng dân bản"],
["Cập nhật lúc 08:40 ngày 16/01/2012", "1 tivi", "một ngày lương", "Năm 2011"]))

PAGES.append(page("b7447-hue-ca-soket-2013", """
Báo Thừa Thiên Huế Online
Thời sự | Quốc phòng - An ninh
08:15 | 19/07/2013
Công an chính quy về xã: dân tin, dân quý
(TTH) - Ngày 18/7, Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2013 việc thí điểm bố trí cán bộ Công an chính quy đảm nhiệm chức danh Công an xã tại 7 xã trọng điểm về an ninh, trật tự. Thượng tá Lê Quang Vinh, Phó Giám đốc Công an tỉnh chủ trì hội nghị.
Thực hiện Đề án số 03/ĐA-CAT của Công an tỉnh và Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy, từ tháng 10/2012, 21 cán bộ, chiến sĩ chính quy đã được tăng cường về các xã Phú Diên, Vinh Thanh, Hồng Thủy, Hồng Vân và 3 xã khác, mỗi xã 3 đồng chí, giữ các chức danh Trưởng, Phó Trưởng Công an xã và công an viên thường trực.
Theo Trung tá Phan Văn Hùng, Trưởng phòng Tham mưu, sau 9 tháng, tình hình an ninh, trật tự tại các xã thí điểm chuyển biến rõ: tội phạm hình sự giảm 38%, các vụ việc tranh chấp đất đai, mâu thuẫn gia đình được hòa giải ngay tại thôn, không để phát sinh đơn thư vượt cấp. Cán bộ chính quy đã đến 2.316 hộ để nắm tình hình, vận động nhân dân giao nộp 42 khẩu súng, 9 quả lựu đạn và hàng trăm kíp nổ còn sót lại sau chiến tranh.
Ở A Lưới, cán bộ Công an học tiếng Tà Ôi, Pa Cô để tuyên truyền. Ông Kăn Tơ, Chủ tịch UBND xã Hồng Thủy, nói: "Ngày trước có việc phải chờ Công an huyện lên, nay các anh ở ngay tại xã, đêm nào cũng đi tuần cùng dân". Thiếu tá Hồ Văn Thuận, Trưởng Công an xã Phú Diên, kể xã đã thành lập 12 tổ tự quản ở các xóm ven biển, vận động ngư dân không khai thác thủy sản bằng chất nổ.
Nhiều người dân cho biết, từ khi có cán bộ chính quy về ở hẳn tại xã, chuyện mất trộm trâu bò, gà vịt gần như không còn; những cuộc nhậu kéo dài, gây gổ đánh nhau ở các đám cưới cũng giảm hẳn. Các cán bộ được phân công phụ trách từng thôn, có sổ theo dõi từng hộ, từng đối tượng cần giáo dục, giúp đỡ tại cộng đồng.
Hội nghị cũng chỉ ra khó khăn: trụ sở làm việc của một số xã còn tạm bợ, chế độ phụ cấp cho công an viên chưa tương xứng; một bộ phận nhân dân còn ngại tố giác tội phạm.
Kết luận hội nghị, Thượng tá Lê Quang Vinh yêu cầu 6 tháng cuối năm chuẩn bị nhân rộng mô hình ra thêm 10 xã, đề nghị UBND tỉnh hỗ trợ khoảng 1,2 tỷ đồng xây dựng trụ sở Công an xã; cán bộ chính quy về xã phải "ăn cùng, ở cùng, làm cùng" với dân, tôn trọng phong tục của đồng bào.
Bài, ảnh: Hữu Phúc
Bài viết liên quan
- Phú Lộc: ra mắt tổ an ninh xóm chài (02/07/2013)
- Phong Điền tuyên truyền Luật Cư trú cho bà con vùng cát (25/06/2013)
- Khen thưởng 17 tập thể có thành tích trong phong trào toàn dân bảo vệ an ninh Tổ quốc (10/06/2013)
""", "2013-07-19", "Công an chính quy về xã: dân tin, dân quý",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Lê Quang Vinh", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Phan Văn Hùng", "Trung tá", "Trưởng phòng Tham mưu"),
 P("Kăn Tơ", "Chủ tịch UBND xã Hồng Thủy"),
 P("Hồ Văn Thuận", "Thiếu tá", "Trưởng Công an xã Phú Diên")],
[Q("7 xã trọng điểm", 7, "xã trọng điểm"), Q("21 cán bộ, chiến sĩ", 21, "cán bộ, chiến sĩ"), Q("3 xã khác", 3, "xã"),
 Q("3 đồng chí", 3, "đồng chí"), Q("38%", 38, "%"), Q("2.316 hộ", 2316, "hộ"), Q("42 khẩu súng", 42, "khẩu súng"),
 Q("9 quả lựu đạn", 9, "quả lựu đạn"), Q("12 tổ tự quản", 12, "tổ tự quản"), Q("thêm 10 xã", 10, "xã"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx")],
[D("Đề án", "03", "ĐA-CAT", None, "Công an tỉnh", "Đề án số 03/ĐA-CAT của Công an tỉnh"),
 D("Nghị quyết", "07", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 07-NQ/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Thừa Thiên Huế"), com("Phú Diên"), com("Vinh Thanh"), com("Hồng Thủy"), com("Hồng Vân")],
["Báo Thừa Thiên Huế Online", "Thời sự | Quốc phòng - An ninh", "(TTH)", "ăn cùng, ở cùng, làm cùng"],
["08:15 | 19/07/2013", "3 đồng chí", "9 tháng", "6 tháng đầu năm 2013", "6 tháng cuối năm", "tháng 10/2012"]))

PAGES.append(page("b7448-hanam-bdv-giaoban-2014", """
HÀ NAM - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY
Vị trí: Trang chủ / Hoạt động dân vận / Dân vận các cấp
Ngày đăng 08/10/2014 | 15:30
Ảnh: Quang cảnh buổi giao ban tại Công an tỉnh.
Giao ban khối dân vận quý III: bàn giải pháp phát huy vai trò Công an xã trong vận động quần chúng
Sáng 7/10, tại hội trường Công an tỉnh, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận quý III năm 2014. Chủ trì có đồng chí Lại Thị Thu Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Thị Nhung, Đỗ Văn Bình và lãnh đạo Công an tỉnh, Mặt trận, các đoàn thể chính trị - xã hội tỉnh.
Báo cáo quý III cho thấy, các cơ quan khối dân vận đã phối hợp với Công an tỉnh triển khai Quy chế phối hợp số 05-QCPH/BDVTU-CAT về công tác dân vận trong lực lượng Công an nhân dân; tổ chức 86 hội nghị tuyên truyền tại 116 xã, phường, thị trấn, thu hút khoảng 14.500 người tham gia. Các địa phương đã vận động nhân dân bàn giao mặt bằng cho 3 dự án giao thông, tiếp nhận 64 đơn thư, giải quyết xong 51 vụ việc; không để xảy ra tụ tập đông người.
Thượng tá Đinh Quang Hưng, Phó Giám đốc Công an tỉnh, cho biết qua 9 tháng, lực lượng Công an xã đã phối hợp tổ hòa giải giải quyết 327 vụ việc tranh chấp, mâu thuẫn nhỏ; toàn tỉnh có 38 tổ dân phòng, 412 tổ an ninh nhân dân hoạt động thường xuyên. Tại xã Thanh Hà (Thanh Liêm), mô hình "Camera an ninh" do nhân dân đóng góp hơn 180 triệu đồng đã lắp đặt 24 mắt camera ở các trục đường chính.
Ý kiến của các đại biểu tập trung vào việc nâng cao năng lực Công an xã bán chuyên trách: nhiều trưởng công an xã chưa qua đào tạo cơ bản, phụ cấp thấp nên chưa yên tâm công tác. Bà Vũ Thị Lan, Phó Chủ tịch Hội LHPN tỉnh, đề nghị phối hợp với Công an xây dựng thêm mô hình "Phụ nữ tham gia phòng, chống tội phạm" ở các xã có đông công nhân lao động.
Lãnh đạo Công an tỉnh Hà Nam cũng đề nghị các đoàn thể tăng cường phối hợp trong việc giáo dục, giúp đỡ người lầm lỗi tại cộng đồng, nhất là người mới ra tù trở về địa phương.
Kết luận giao ban, đồng chí Lại Thị Thu Hà đề nghị quý IV, các cơ quan tiếp tục thực hiện Chỉ thị số 09-CT/TW của Ban Bí thư, phối hợp với Công an tổ chức đợt tuyên truyền về an ninh nông thôn trước Đại hội đảng bộ cơ sở; Ban Dân vận các huyện ủy, thành ủy chủ động nắm tình hình tư tưởng nhân dân ở những nơi có dự án thu hồi đất, phát hiện sớm những vấn đề phức tạp.
Minh Thu
TIN CÙNG CHUYÊN MỤC
- Lý Nhân: trao tặng 10 nhà đại đoàn kết (30/09/2014)
- Duy Tiên sơ kết Quy chế dân chủ ở cơ sở (22/09/2014)
- Kim Bảng: đối thoại với nhân dân về giải phóng mặt bằng (15/09/2014)
""", "2014-10-08", "Giao ban khối dân vận quý III: bàn giải pháp phát huy vai trò Công an xã trong vận động quần chúng",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lại Thị Thu Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Thị Nhung", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Bình", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đinh Quang Hưng", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Vũ Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("86 hội nghị tuyên truyền", 86, "hội nghị tuyên truyền"), Q("116 xã, phường, thị trấn", 116, "xã, phường, thị trấn"),
 Q("khoảng 14.500 người", 14500, "người", "approx"), Q("3 dự án giao thông", 3, "dự án giao thông"),
 Q("64 đơn thư", 64, "đơn thư"), Q("51 vụ việc", 51, "vụ việc"), Q("327 vụ việc tranh chấp, mâu thuẫn nhỏ", 327, "vụ việc tranh chấp, mâu thuẫn nhỏ"),
 Q("38 tổ dân phòng", 38, "tổ dân phòng"), Q("412 tổ an ninh nhân dân", 412, "tổ an ninh nhân dân"),
 Q("hơn 180 triệu đồng", 180000000, "đồng", "over"), Q("24 mắt camera", 24, "mắt camera")],
[D("Quy chế phối hợp", "05", "QCPH/BDVTU-CAT", None, None, "Quy chế phối hợp số 05-QCPH/BDVTU-CAT"),
 D("Chỉ thị", "09", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 09-CT/TW của Ban Bí thư")],
[prov("Hà Nam"), com("Thanh Hà")],
["HÀ NAM - CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY", "Vị trí: Trang chủ / Hoạt động dân vận / Dân vận các cấp",
 "Ảnh: Quang cảnh buổi giao ban tại Công an tỉnh.", "Camera an ninh", "Phụ nữ tham gia phòng, chống tội phạm"],
["Ngày đăng 08/10/2014 | 15:30", "quý III năm 2014", "9 tháng", "quý IV"]))

PAGES.append(page("b7449-longan-ca-taphuan-2015", """
Báo Long An Online
Trang chủ - Chính trị - An ninh trật tự
22-05-2015 09:10
Tập huấn kỹ năng dân vận cho 180 trưởng, phó công an xã
Trong 2 ngày 20 và 21/5, Công an tỉnh Long An tổ chức lớp tập huấn kỹ năng công tác dân vận năm 2015 cho 180 trưởng, phó công an xã, thị trấn trên địa bàn 15 huyện, thị xã, thành phố.
Học viên tham gia thảo luận nhóm. (Ảnh: Quốc Thanh)
Phát biểu khai mạc, Thượng tá Võ Văn Chính, Phó Giám đốc Công an tỉnh nhấn mạnh: Công an xã là lực lượng gần dân nhất, "đi từng ngõ, gõ từng nhà", nên mỗi người phải vừa giỏi nghiệp vụ vừa biết vận động quần chúng. Theo Thượng tá, năm 2014 Công an xã toàn tỉnh đã tiếp nhận 4.215 tin báo, tố giác; trực tiếp giải quyết 2.980 vụ việc, song vẫn còn trường hợp cán bộ ứng xử thiếu chuẩn mực, để người dân bức xúc.
Tại lớp học, TS. Nguyễn Văn Hòa, giảng viên Học viện Chính trị khu vực IV, giới thiệu chuyên đề về Quy chế công tác dân vận của hệ thống chính trị; Trung tá Lê Thị Bích Vân, Phó Trưởng phòng Công tác chính trị Công an tỉnh, hướng dẫn kỹ năng tiếp dân, đối thoại và xử lý tình huống tại trụ sở. Học viên còn được quán triệt Pháp lệnh Công an xã số 06/2008/PL-UBTVQH12 và Nghị định số 73/2009/NĐ-CP của Chính phủ quy định chi tiết thi hành Pháp lệnh, cùng Kế hoạch số 521/KH-CAT-PX15 ngày 10/4/2015 của Công an tỉnh về xây dựng hình ảnh người Công an xã "Vì nhân dân phục vụ".
Chia sẻ tại buổi thảo luận, ông Trần Văn Bé Tư, Trưởng Công an xã Mỹ Quý Đông (Đức Huệ), cho biết xã giáp biên giới Campuchia có 6 ấp, mỗi tháng Công an xã tổ chức ít nhất 2 buổi tiếp dân tại ấp. Nhờ đó năm qua xã vận động được 27 đối tượng ra đầu thú, giao nộp 5 xe máy không rõ nguồn gốc. Bà Nguyễn Thị Kim Loan, Phó Trưởng Công an thị trấn Thủ Thừa, kể kinh nghiệm vận động phụ nữ tham gia tổ "Mẹ đỡ đầu" cho thanh thiếu niên hư.
Nhiều học viên cho rằng nội dung tập huấn thiết thực, gắn với những tình huống thường gặp ở cơ sở như tranh chấp ranh đất, mâu thuẫn trong gia đình, người dân đến trụ sở trong trạng thái bức xúc. Các nhóm được thực hành đóng vai cán bộ tiếp dân, sau đó giảng viên nhận xét từng cách xử lý, chỉ ra lời nói, cử chỉ nào dễ làm người dân phật ý, cách nào giúp giữ bình tĩnh và tìm được tiếng nói chung với người dân.
Kết thúc lớp học, 100% học viên đạt yêu cầu, trong đó 46 học viên đạt loại giỏi. Công an tỉnh cấp kinh phí khoảng 85 triệu đồng cho lớp học và sẽ tổ chức thêm 2 lớp cho công an viên trong quý III.
Quốc Thanh
Tin khác
- Đức Hòa: giao ban công tác đảm bảo an ninh nông thôn (15/05/2015)
- Cần Giuộc ra mắt mô hình "Camera giám sát" (08/05/2015)
- 30 năm phong trào toàn dân bảo vệ an ninh Tổ quốc ở Tân An (28/04/2015)
""", "2015-05-22", "Tập huấn kỹ năng dân vận cho 180 trưởng, phó công an xã",
E("tap_huan", "2015", "2015-05-20"),
[P("Võ Văn Chính", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Nguyễn Văn Hòa", "TS.", "giảng viên Học viện Chính trị khu vực IV"),
 P("Lê Thị Bích Vân", "Trung tá", "Phó Trưởng phòng Công tác chính trị Công an tỉnh"),
 P("Trần Văn Bé Tư", "Trưởng Công an xã Mỹ Quý Đông"),
 P("Nguyễn Thị Kim Loan", "Phó Trưởng Công an thị trấn Thủ Thừa")],
[Q("180 trưởng, phó công an xã", 180, "trưởng, phó công an xã"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("4.215 tin báo, tố giác", 4215, "tin báo, tố giác"), Q("2.980 vụ việc", 2980, "vụ việc"), Q("6 ấp", 6, "ấp"),
 Q("ít nhất 2 buổi tiếp dân", 2, "buổi tiếp dân", "over"), Q("27 đối tượng", 27, "đối tượng"), Q("5 xe máy", 5, "xe máy"),
 Q("100% học viên", 100, "%"), Q("46 học viên", 46, "học viên"), Q("khoảng 85 triệu đồng", 85000000, "đồng", "approx"),
 Q("2 lớp", 2, "lớp")],
[D("Pháp lệnh", "06", "2008/PL-UBTVQH12", None, None, "Pháp lệnh Công an xã số 06/2008/PL-UBTVQH12"),
 D("Nghị định", "73", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 73/2009/NĐ-CP của Chính phủ"),
 D("Kế hoạch", "521", "KH-CAT-PX15", "2015-04-10", "Công an tỉnh", "Kế hoạch số 521/KH-CAT-PX15 ngày 10/4/2015 của Công an tỉnh")],
[prov("Long An"), com("Mỹ Quý Đông"), com("Thủ Thừa")],
["Báo Long An Online", "Trang chủ - Chính trị - An ninh trật tự", "Học viên tham gia thảo luận nhóm. (Ảnh: Quốc Thanh)",
 "đi từng ngõ, gõ từng nhà", "Vì nhân dân phục vụ", "Mẹ đỡ đầu"],
["22-05-2015 09:10", "2 ngày", "năm 2015", "năm 2014", "quý III"]))

PAGES.append(page("b7450-quangbinh-ca-doithoai-2016", """
QUẢNG BÌNH ONLINE
An ninh - Quốc phòng
Thứ Tư, 14/09/2016
Quảng Trạch: Công an đối thoại với ngư dân xã Quảng Đông
Chiều 13-9, Công an huyện Quảng Trạch phối hợp với Đảng ủy, UBND xã Quảng Đông tổ chức buổi đối thoại với nhân dân năm 2016 về công tác bảo đảm an ninh, trật tự ở địa bàn ven biển. Trung tá Đinh Xuân Bảo, Trưởng Công an huyện Quảng Trạch và ông Phạm Văn Chiến, Chủ tịch UBND xã Quảng Đông đồng chủ trì.
Tham dự buổi đối thoại có gần 200 người dân thuộc 7 thôn, trong đó nhiều người là chủ tàu cá, lao động làm việc tại khu kinh tế Hòn La. Trước khi đối thoại, Công an xã đã phát 1.500 tờ rơi tuyên truyền và lắp đặt 12 hòm thư góp ý tại các thôn.
Những ý kiến người dân nêu ra xoay quanh tình trạng trộm cắp ngư lưới cụ, đánh bạc trong mùa biển động, thanh niên đua xe vào ban đêm, và việc đăng ký tạm trú cho lao động từ nơi khác đến. Ông Trần Văn Lự, ngư dân thôn Tân Cảnh, phản ánh năm qua có 3 vụ mất trộm máy tàu nhưng mới làm rõ được 1 vụ. Bà Hoàng Thị Mai, Chi hội trưởng Chi hội Phụ nữ thôn Thọ Sơn, đề nghị tăng cường tuần tra trên tuyến đường ven biển.
Trả lời các ý kiến, Trung tá Đinh Xuân Bảo cho biết từ đầu năm, Công an huyện đã điều tra, khám phá 41 vụ trộm cắp tài sản, thu hồi tài sản trị giá khoảng 650 triệu đồng; riêng tại Quảng Đông, lực lượng Công an đã bắt 2 đối tượng, đang truy xét vụ mất máy tàu còn lại. Thiếu tá Nguyễn Hữu Thắng, Trưởng Công an xã Quảng Đông, nhận trách nhiệm về một số trường hợp chậm giải quyết hồ sơ cư trú và cam kết trả kết quả trong ngày đối với 100% hồ sơ hợp lệ.
Ông Phạm Văn Chiến đề nghị các thôn tiếp tục duy trì 7 tổ tự quản đoàn thuyền an toàn, triển khai Kế hoạch số 35/KH-UBND của UBND xã về phòng, chống tội phạm trên biển, thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Quảng Trạch về phát huy vai trò của nhân dân trong bảo vệ an ninh nông thôn.
Theo Ban Dân vận Huyện ủy, đây là buổi đối thoại thứ ba trong năm do Công an phối hợp với chính quyền xã tổ chức ở các địa phương ven biển của tỉnh Quảng Bình. Không khí thẳng thắn, cởi mở; nhiều người dân cho biết lần đầu được hỏi trực tiếp lãnh đạo Công an huyện về những chuyện xảy ra ngay trong xóm, trong thôn mình, và được trả lời rõ ràng từng việc.
Kết thúc buổi đối thoại, 16 ý kiến đã được trả lời trực tiếp, 4 ý kiến được ghi nhận để chuyển cơ quan chức năng xem xét.
Thanh Hải
Tin cùng chuyên mục
- Bố Trạch: ra mắt mô hình "Xóm đạo bình yên" (08/09/2016)
- Khen thưởng 25 tập thể trong Ngày hội toàn dân bảo vệ an ninh Tổ quốc (22/08/2016)
- Công an Đồng Hới tiếp nhận 12 tin báo từ nhân dân (12/08/2016)
""", "2016-09-14", "Quảng Trạch: Công an đối thoại với ngư dân xã Quảng Đông",
E("doi_thoai", "2016", "2016-09-13"),
[P("Đinh Xuân Bảo", "Trung tá", "Trưởng Công an huyện Quảng Trạch"),
 P("Phạm Văn Chiến", "Chủ tịch UBND xã Quảng Đông"),
 P("Trần Văn Lự", "ngư dân thôn Tân Cảnh"),
 P("Hoàng Thị Mai", "Chi hội trưởng Chi hội Phụ nữ thôn Thọ Sơn"),
 P("Nguyễn Hữu Thắng", "Thiếu tá", "Trưởng Công an xã Quảng Đông")],
[Q("gần 200 người dân", 200, "người dân", "approx"), Q("7 thôn", 7, "thôn"), Q("1.500 tờ rơi", 1500, "tờ rơi"),
 Q("12 hòm thư góp ý", 12, "hòm thư góp ý"), Q("3 vụ mất trộm máy tàu", 3, "vụ mất trộm máy tàu"),
 Q("41 vụ trộm cắp tài sản", 41, "vụ trộm cắp tài sản"), Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"),
 Q("2 đối tượng", 2, "đối tượng"), Q("100% hồ sơ hợp lệ", 100, "%"), Q("7 tổ tự quản đoàn thuyền an toàn", 7, "tổ tự quản đoàn thuyền an toàn"),
 Q("16 ý kiến", 16, "ý kiến"), Q("4 ý kiến", 4, "ý kiến")],
[D("Kế hoạch", "35", "KH-UBND", None, "UBND xã", "Kế hoạch số 35/KH-UBND của UBND xã"),
 D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy Quảng Trạch", "Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy Quảng Trạch")],
[prov("Quảng Bình"), com("Quảng Đông")],
["QUẢNG BÌNH ONLINE", "An ninh - Quốc phòng", "Xóm đạo bình yên"],
["Thứ Tư, 14/09/2016", "năm 2016", "1 vụ"]))
