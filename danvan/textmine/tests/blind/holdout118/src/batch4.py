from lib import *
PAGES = []

PAGES.append(page("b2807-langson-nct-tongket-2024", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ › Xã hội › Đoàn thể
Thứ Sáu, 20/12/2024, 14:25
Người cao tuổi xứ Lạng: tuổi cao nhưng không ngơi nghỉ
Sáng 19/12, Hội Người cao tuổi (NCT) tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có đồng chí Hoàng Thị Dình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; ông Lộc Văn Páo, Chủ tịch Hội NCT tỉnh, chủ trì.
Ông Lộc Văn Páo trình bày báo cáo tại hội nghị.
Năm 2024, toàn tỉnh có 118.906 NCT, trong đó 109.480 người là hội viên, sinh hoạt tại 2.052 chi hội. Các cấp hội đã phối hợp tổ chức mừng thọ, chúc thọ cho 18.715 cụ; trao 2.340 suất quà cho NCT nghèo, NCT là người có công, thương binh, với tổng trị giá khoảng 936 triệu đồng. Quỹ chăm sóc NCT đạt 21,4 tỷ đồng.
Phong trào "Tuổi cao gương sáng" tiếp tục lan tỏa: có 1.526 cụ được biểu dương ở các cấp; 86 câu lạc bộ liên thế hệ tự giúp nhau hoạt động hiệu quả. Nhiều cụ người Tày, Nùng, Dao là người có uy tín, tham gia 1.102 tổ hòa giải, hòa giải thành 214 vụ việc. Sau cơn bão số 3 (Yagi), NCT toàn tỉnh ủng hộ hơn 2,1 tỷ đồng giúp đồng bào bị thiệt hại.
Hội đã triển khai Kế hoạch số 48-KH/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị 59, 60-CT/TW của Ban Bí thư về công tác NCT; hướng dẫn cơ sở thực hiện Nghị quyết số 17/2023/NQ-HĐND của HĐND tỉnh về mức chi mừng thọ.
Tại hội nghị, cụ Hoàng Văn Nghiên, Chủ tịch Hội NCT xã Hữu Kiên (huyện Chi Lăng), kể việc các cụ vận động con cháu hiến 4.600 m2 đất làm đường; cụ Triệu Thị Chòi, người Dao, Chi hội trưởng chi hội NCT thôn Khuổi Làn, xã Thanh Lòa, cho biết chi hội giữ gìn hát then, hát sli với 25 thành viên. Ông Vi Văn Sình, Chủ tịch Hội NCT huyện Đình Lập, đề nghị tỉnh quan tâm khám sức khỏe định kỳ cho NCT vùng biên giới.
Hội nghị cũng thẳng thắn chỉ ra hạn chế: một số chi hội ở vùng sâu sinh hoạt chưa đều; quỹ hội ở nhiều xã biên giới còn thấp, bình quân khoảng 90.000 đồng/hội viên; việc ứng dụng công nghệ thông tin trong quản lý hội viên còn chậm. Bà Nông Thị Thúy, Phó Chủ tịch Thường trực Hội NCT tỉnh, cho biết năm 2025 Hội phấn đấu thành lập thêm 20 câu lạc bộ liên thế hệ tự giúp nhau và 95% NCT có thẻ bảo hiểm y tế.
Phát biểu, đồng chí Hoàng Thị Dình đề nghị năm 2025 Hội tiếp tục thực hiện Luật Người cao tuổi, chuẩn bị tốt việc sắp xếp tổ chức hội khi sắp xếp đơn vị hành chính cấp xã; vận động NCT tham gia phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Dịp này, 12 tập thể, 20 cá nhân được Hội NCT Việt Nam và UBND tỉnh khen thưởng.
Hoàng Anh
Lượt đọc: 980
Tin liên quan
- Hữu Lũng mừng thọ 2.000 cụ (05/12/2024)
- Hội NCT tỉnh giao ban quý III (10/10/2024)
""", "2024-12-20", 'Người cao tuổi xứ Lạng: tuổi cao nhưng không ngơi nghỉ',
E("tong_ket", "2024", "2024-12-19"),
[P("Hoàng Thị Dình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Văn Páo", "Chủ tịch Hội NCT tỉnh"),
 P("Hoàng Văn Nghiên", "Chủ tịch Hội NCT xã Hữu Kiên"),
 P("Triệu Thị Chòi", "Chi hội trưởng chi hội NCT thôn Khuổi Làn"),
 P("Vi Văn Sình", "Chủ tịch Hội NCT huyện Đình Lập"),
 P("Nông Thị Thúy", "Phó Chủ tịch Thường trực Hội NCT tỉnh")],
[Q("118.906 NCT", 118906, "NCT"), Q("109.480 người", 109480, "người"), Q("2.052 chi hội", 2052, "chi hội"), Q("18.715 cụ", 18715, "cụ"),
 Q("2.340 suất quà", 2340, "suất quà"), Q("khoảng 936 triệu đồng", 936000000, "đồng", "approx"), Q("21,4 tỷ đồng", 21400000000, "đồng"),
 Q("1.526 cụ", 1526, "cụ"), Q("86 câu lạc bộ liên thế hệ tự giúp nhau", 86, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("1.102 tổ hòa giải", 1102, "tổ hòa giải"),
 Q("214 vụ việc", 214, "vụ việc"), Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("4.600 m2", 4600, "m2"), Q("25 thành viên", 25, "thành viên"),
 Q("20 câu lạc bộ liên thế hệ tự giúp nhau", 20, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("95%", 95, "%"), Q("khoảng 90.000 đồng", 90000, "đồng", "approx"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kế hoạch", "48", "KH/TU", "2024-03-15", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 48-KH/TU ngày 15/3/2024"),
 D("Chỉ thị", "59", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59, 60-CT/TW"),
 D("Chỉ thị", "60", "CT/TW", None, "Ban Bí thư", "Chỉ thị 59, 60-CT/TW"),
 D("Nghị quyết", "17", "2023/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 17/2023/NQ-HĐND")],
[prov("Lạng Sơn"), com("Hữu Kiên"), com("Thanh Lòa")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ › Xã hội › Đoàn thể", "Ông Lộc Văn Páo trình bày báo cáo tại hội nghị.", "Tuổi cao gương sáng",
 "Luật Người cao tuổi", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt đọc: 980"],
["Thứ Sáu, 20/12/2024, 14:25", "năm 2024", "năm 2025", "bão số 3", "Lượt đọc: 980"]))

PAGES.append(page("b2808-baclieu-ccb-traonha-2024", """
Báo Bạc Liêu
Trang chủ - Chính trị - Mặt trận, đoàn thể
24/07/2024 - 15:40
Trao nhà "Nghĩa tình đồng đội" và quà tri ân thương binh, gia đình liệt sĩ
Sáng 23/7, Hội Cựu chiến binh tỉnh Bạc Liêu phối hợp với Hội CCB huyện Hồng Dân tổ chức lễ bàn giao nhà "Nghĩa tình đồng đội" và tặng quà cho thương binh, thân nhân liệt sĩ nhân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2024).
Đại diện Hội CCB tỉnh trao quà cho thương binh tại xã Ninh Thạnh Lợi.
Căn nhà được trao cho hội viên Danh Sà Rênh, người Khmer, ngụ ấp Bình Dân, xã Ninh Thạnh Lợi, có tổng kinh phí 80 triệu đồng, trong đó Hội CCB tỉnh hỗ trợ 50 triệu đồng, Hội CCB huyện vận động 20 triệu đồng, gia đình đối ứng 10 triệu đồng và hội viên góp 45 ngày công. Ông Danh Sà Rênh là thương binh hạng 3/4, tham gia chiến đấu bảo vệ biên giới Tây Nam, nhiều năm sống trong căn nhà lá xuống cấp.
Cùng ngày, đoàn của Hội CCB tỉnh do ông Trần Văn Út, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Hội CCB tỉnh, dẫn đầu đã thăm, tặng 60 phần quà cho thương binh, bệnh binh, thân nhân liệt sĩ là hội viên ở các xã Ninh Thạnh Lợi, Ninh Quới, Vĩnh Lộc; mỗi phần quà gồm 500.000 đồng tiền mặt và nhu yếu phẩm. Trước đó, Hội CCB các huyện, thị xã, thành phố đã trao 742 phần quà với tổng trị giá hơn 371 triệu đồng.
Ông Lý Văn Khén, Chủ tịch Hội CCB huyện Hồng Dân, cho biết huyện có 1.284 hội viên; từ năm 2020 đến nay, Hội đã vận động xây mới 17 nhà, sửa chữa 9 nhà cho hội viên khó khăn, tổng kinh phí gần 1,3 tỷ đồng. Bà Thạch Thị Bô Pha, Chủ tịch Hội CCB xã Ninh Thạnh Lợi, người Khmer, cho biết xã là vùng đồng bào dân tộc đông nhất huyện, 212 hội viên đều tham gia tổ tự quản an ninh trật tự ở ấp.
Phát biểu tại buổi lễ, ông Trần Văn Út nhấn mạnh: thực hiện Chỉ thị 14-CT/TW của Ban Bí thư và Kế hoạch số 206-KH/TU ngày 6/5/2024 của Ban Thường vụ Tỉnh ủy về chăm lo người có công, năm 2024 Hội CCB tỉnh phấn đấu xây mới 30 căn nhà "Nghĩa tình đồng đội", đến nay đã bàn giao 21 căn. Ông đề nghị các cấp hội tiếp tục phát huy truyền thống "Trung thành - Đoàn kết - Gương mẫu - Đổi mới", chăm lo tốt hơn nữa cho hội viên là thương binh, gia đình chính sách.
Xúc động nhận chìa khóa nhà mới, ông Danh Sà Rênh nói: "Đồng đội không bỏ nhau. Có nhà kiên cố rồi, mùa mưa này vợ chồng tôi yên tâm". Ông Huỳnh Văn Tới, Phó Chủ tịch UBND huyện Hồng Dân, cảm ơn Hội CCB tỉnh và cam kết bố trí vốn vay cho gia đình phát triển mô hình nuôi tôm - lúa.
Trúc Ly
Lượt xem: 2.211
Tin liên quan
- Hội CCB thị xã Giá Rai trao 50 phần quà (20/07/2024)
- Phước Long: khánh thành nhà Nghĩa tình đồng đội (05/07/2024)
- Hội CCB tỉnh sơ kết 6 tháng đầu năm 2024 (28/06/2024)
""", "2024-07-24", 'Trao nhà "Nghĩa tình đồng đội" và quà tri ân thương binh, gia đình liệt sĩ',
E("trao_qua", None, "2024-07-23"),
[P("Danh Sà Rênh"),
 P("Trần Văn Út", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Hội CCB tỉnh"),
 P("Lý Văn Khén", "Chủ tịch Hội CCB huyện Hồng Dân"),
 P("Thạch Thị Bô Pha", "Chủ tịch Hội CCB xã Ninh Thạnh Lợi"),
 P("Huỳnh Văn Tới", "Phó Chủ tịch UBND huyện Hồng Dân")],
[Q("80 triệu đồng", 80000000, "đồng"), Q("50 triệu đồng", 50000000, "đồng"), Q("20 triệu đồng", 20000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("45 ngày công", 45, "ngày công"), Q("60 phần quà", 60, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("742 phần quà", 742, "phần quà"),
 Q("hơn 371 triệu đồng", 371000000, "đồng", "over"), Q("1.284 hội viên", 1284, "hội viên"), Q("17 nhà", 17, "nhà"), Q("9 nhà", 9, "nhà"),
 Q("gần 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("212 hội viên", 212, "hội viên"), Q("30 căn nhà", 30, "căn nhà"), Q("21 căn", 21, "căn")],
[D("Chỉ thị", "14", "CT/TW", None, "Ban Bí thư", "Chỉ thị 14-CT/TW"),
 D("Kế hoạch", "206", "KH/TU", "2024-05-06", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 206-KH/TU ngày 6/5/2024")],
[prov("Bạc Liêu"), com("Ninh Thạnh Lợi"), com("Ninh Quới"), com("Vĩnh Lộc")],
["Báo Bạc Liêu", "Trang chủ - Chính trị - Mặt trận, đoàn thể", "Nghĩa tình đồng đội", "Đại diện Hội CCB tỉnh trao quà cho thương binh tại xã Ninh Thạnh Lợi.",
 "Trung thành - Đoàn kết - Gương mẫu - Đổi mới", "Bình Dân", "Lượt xem: 2.211"],
["24/07/2024 - 15:40", "77 năm", "27/7/1947 - 27/7/2024", "hạng 3/4", "từ năm 2020", "năm 2024", "Lượt xem: 2.211"]))

PAGES.append(page("b2809-tuyenquang-nct-giaoban-2025", """
HỘI NGƯỜI CAO TUỔI TỈNH TUYÊN QUANG
Hôm nay: Thứ Sáu, 10/10/2025
Tin tức › Hoạt động Hội › Tin tỉnh
09/10/2025 08:30
Giao ban quý III: kiện toàn tổ chức hội sau sắp xếp đơn vị hành chính
Ngày 8/10, Thường trực Hội Người cao tuổi tỉnh Tuyên Quang tổ chức hội nghị giao ban công tác Hội quý III năm 2025, trực tiếp tại hội trường tỉnh và trực tuyến tới 124 điểm cầu xã, phường. Đây là lần giao ban đầu tiên sau khi hợp nhất Hội NCT hai tỉnh Tuyên Quang và Hà Giang. Ông Hà Trung Kiên, Chủ tịch Hội NCT tỉnh, chủ trì; bà Lò Thị Thu, Phó Chủ tịch Hội NCT tỉnh, đồng chủ trì.
Báo cáo tại giao ban cho biết, thực hiện Kết luận 127-KL/TW của Bộ Chính trị, Ban Bí thư và Hướng dẫn số 24-HD/BTGDVTU ngày 18/7/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, đến nay Hội NCT đã kiện toàn xong tổ chức tại 124/124 xã, phường; toàn tỉnh có 226.410 hội viên, sinh hoạt ở 3.960 chi hội. Trong quý, các cấp hội tổ chức mừng thọ cho 11.230 cụ; trao 1.860 suất quà cho NCT cô đơn, NCT là thương binh, người có công, trị giá khoảng 650 triệu đồng. Sau bão số 3 và lũ quét cuối tháng 9, Hội đã vận động hơn 1,6 tỷ đồng hỗ trợ 318 hộ NCT bị thiệt hại.
Tại giao ban, ông Sùng Mí Dế, Chủ tịch Hội NCT xã Mèo Vạc, cho biết xã mới hình thành từ 3 xã cũ, có 2.140 hội viên, nhiều cụ người Mông ở xa, đi sinh hoạt khó khăn; Hội đã chia lại 41 chi hội theo thôn. Bà Lý Thị Mẩy, người Dao, Chủ tịch Hội NCT xã Thượng Lâm, đề nghị tỉnh sớm hướng dẫn việc bàn giao sổ sách, quỹ hội giữa các xã cũ. Ông Nguyễn Văn Thụy, Chủ tịch Hội NCT phường Minh Xuân, nêu kinh nghiệm duy trì 7 câu lạc bộ liên thế hệ tự giúp nhau.
Một số ý kiến phản ánh việc sáp nhập làm nhiều cán bộ hội cấp xã cũ thôi giữ chức, trong khi chưa có hướng dẫn về phụ cấp; nơi sinh hoạt của nhiều chi hội còn phải mượn nhà văn hóa thôn. Thường trực Hội NCT tỉnh ghi nhận và sẽ báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy.
Ông Vàng Seo Thào, Phó Chủ tịch Hội NCT tỉnh, thông báo: theo Kế hoạch số 15/KH-HNCT ngày 1/9/2025 của Ban Thường vụ Hội NCT tỉnh, phong trào "Tuổi cao gương sáng" giai đoạn mới sẽ được phát động trong Tháng hành động vì NCT; mỗi xã, phường lựa chọn ít nhất 5 gương tiêu biểu.
Kết luận giao ban, ông Hà Trung Kiên yêu cầu quý IV tập trung ổn định tổ chức, tổng kết năm 2025, chuẩn bị đại hội Hội NCT các cấp; phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động NCT tham gia chương trình "Cả nước chung tay xóa nhà tạm, nhà dột nát"; chăm lo Tết cho NCT nghèo, đặc biệt ở các xã vùng cao biên giới thuộc Hà Giang cũ.
Văn phòng Hội NCT tỉnh
Lượt truy cập: 14.502
Tin khác
- Xã Yên Minh mừng thọ 300 cụ (02/10/2025)
- Hội NCT tỉnh làm việc với các xã vùng cao (20/09/2025)
""", "2025-10-09", "Giao ban quý III: kiện toàn tổ chức hội sau sắp xếp đơn vị hành chính",
E("giao_ban", "2025-Q3", "2025-10-08"),
[P("Hà Trung Kiên", "Chủ tịch Hội NCT tỉnh"),
 P("Lò Thị Thu", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Sùng Mí Dế", "Chủ tịch Hội NCT xã Mèo Vạc"),
 P("Lý Thị Mẩy", "Chủ tịch Hội NCT xã Thượng Lâm"),
 P("Nguyễn Văn Thụy", "Chủ tịch Hội NCT phường Minh Xuân"),
 P("Vàng Seo Thào", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("124/124 xã, phường", 124, "xã, phường"), Q("226.410 hội viên", 226410, "hội viên"),
 Q("3.960 chi hội", 3960, "chi hội"), Q("11.230 cụ", 11230, "cụ"), Q("1.860 suất quà", 1860, "suất quà"),
 Q("khoảng 650 triệu đồng", 650000000, "đồng", "approx"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("318 hộ NCT", 318, "hộ NCT"),
 Q("3 xã cũ", 3, "xã cũ"), Q("2.140 hội viên", 2140, "hội viên"), Q("41 chi hội", 41, "chi hội"),
 Q("7 câu lạc bộ liên thế hệ tự giúp nhau", 7, "câu lạc bộ liên thế hệ tự giúp nhau"), Q("5 gương tiêu biểu", 5, "gương tiêu biểu")],
[D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127-KL/TW"),
 D("Hướng dẫn", "24", "HD/BTGDVTU", "2025-07-18", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 24-HD/BTGDVTU ngày 18/7/2025"),
 D("Kế hoạch", "15", "KH-HNCT", "2025-09-01", "Ban Thường vụ Hội NCT tỉnh", "Kế hoạch số 15/KH-HNCT ngày 1/9/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Thượng Lâm"), com("Minh Xuân")],
["HỘI NGƯỜI CAO TUỔI TỈNH TUYÊN QUANG", "Hôm nay: Thứ Sáu, 10/10/2025", "Tin tức › Hoạt động Hội › Tin tỉnh", "Tuổi cao gương sáng",
 "Tháng hành động vì NCT", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Văn phòng Hội NCT tỉnh", "Lượt truy cập: 14.502"],
["Hôm nay: Thứ Sáu, 10/10/2025", "quý III năm 2025", "bão số 3", "cuối tháng 9", "quý IV", "năm 2025", "Lượt truy cập: 14.502"]))

PAGES.append(page("b2810-vinhlong-xa-ccb-tongket-2025", """
ĐẢNG ỦY - HĐND - UBND - UBMTTQVN XÃ MỎ CÀY - TỈNH VĨNH LONG
Trang chủ / Mặt trận - Đoàn thể / Hội Cựu chiến binh
Ngày đăng 19/12/2025 | 16:45
Hội Cựu chiến binh xã Mỏ Cày tổng kết năm đầu hoạt động theo mô hình chính quyền 2 cấp
Sáng 18/12/2025, Hội Cựu chiến binh xã Mỏ Cày tổ chức hội nghị tổng kết công tác Hội và phong trào CCB năm 2025, triển khai phương hướng, nhiệm vụ năm 2026. Dự hội nghị có ông Nguyễn Văn Hùng, Phó Bí thư Thường trực Đảng ủy xã; bà Huỳnh Thị Kim Loan, Phó Chủ tịch Hội CCB tỉnh Vĩnh Long. Ông Lê Văn Năm, Chủ tịch Hội CCB xã, chủ trì.
Đồng chí Nguyễn Văn Hùng tặng giấy khen cho các chi hội xuất sắc.
Xã Mỏ Cày được thành lập từ ngày 1/7/2025 trên cơ sở hợp nhất thị trấn Mỏ Cày và 2 xã cũ. Sau sắp xếp, Hội CCB xã có 628 hội viên, sinh hoạt tại 18 chi hội ấp, khu phố. Năm 2025, Hội kết nạp 24 hội viên mới; 100% chi hội xếp loại hoàn thành tốt nhiệm vụ trở lên.
Thực hiện Chỉ thị 45-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp và Kế hoạch số 03-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng ủy xã, Hội đã vận động 100% hội viên góp ý dự thảo văn kiện Đại hội Đảng bộ xã lần thứ I. Hội viên tham gia 18 tổ tự quản an ninh trật tự, phát hiện, cung cấp 7 nguồn tin có giá trị cho Công an xã.
Phong trào giúp nhau làm kinh tế có bước phát triển: Hội quản lý 4 tổ tiết kiệm và vay vốn với dư nợ khoảng 6,8 tỷ đồng cho 186 hộ vay; 41 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi cấp tỉnh, huyện cũ. Hội vận động hơn 120 triệu đồng xây 2 nhà "Nghĩa tình đồng đội" và tặng 96 phần quà cho hội viên là thương binh, gia đình chính sách dịp 27/7. Chi hội CCB ấp Tân Phong có mô hình trồng dừa hữu cơ liên kết với doanh nghiệp, thu nhập bình quân 180 triệu đồng/ha/năm.
Tại hội nghị, ông Phạm Văn Tư, Chi hội trưởng chi hội CCB ấp An Thạnh, chia sẻ cách vận động hội viên hiến đất làm đường; ông Kim Văn Sang, người Khmer, hội viên chi hội khu phố 3, đề nghị hỗ trợ giống cây ăn trái cho hội viên nghèo. Bà Huỳnh Thị Kim Loan ghi nhận Hội CCB xã Mỏ Cày là một trong những đơn vị sớm ổn định tổ chức sau sắp xếp của tỉnh Vĩnh Long mới (hợp nhất Vĩnh Long, Bến Tre, Trà Vinh).
Phát biểu chỉ đạo, ông Nguyễn Văn Hùng đề nghị năm 2026 Hội tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ xã, Nghị quyết số 02-NQ/ĐU về phát triển kinh tế dừa; chủ động nắm tình hình tư tưởng hội viên, tham gia đấu tranh với thông tin xấu độc trên mạng xã hội.
Dịp này, Hội CCB xã tặng giấy khen cho 6 chi hội và 12 hội viên xuất sắc.
Tuấn Kiệt
Lượt xem: 327
Tin cùng chuyên mục
- Xã Mỏ Cày ra mắt Ủy ban MTTQ xã (02/07/2025)
- Hội Nông dân xã tổng kết năm 2025 (16/12/2025)
""", "2025-12-19", "Hội Cựu chiến binh xã Mỏ Cày tổng kết năm đầu hoạt động theo mô hình chính quyền 2 cấp",
E("tong_ket", "2025", "2025-12-18"),
[P("Nguyễn Văn Hùng", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Huỳnh Thị Kim Loan", "Phó Chủ tịch Hội CCB tỉnh Vĩnh Long"),
 P("Lê Văn Năm", "Chủ tịch Hội CCB xã"),
 P("Phạm Văn Tư", "Chi hội trưởng chi hội CCB ấp An Thạnh"),
 P("Kim Văn Sang", "hội viên chi hội khu phố 3")],
[Q("2 xã cũ", 2, "xã cũ"), Q("628 hội viên", 628, "hội viên"), Q("18 chi hội ấp, khu phố", 18, "chi hội ấp, khu phố"),
 Q("24 hội viên mới", 24, "hội viên mới"), Q("100% chi hội", 100, "%"), Q("100% hội viên", 100, "%"),
 Q("18 tổ tự quản an ninh trật tự", 18, "tổ tự quản an ninh trật tự"), Q("7 nguồn tin", 7, "nguồn tin"), Q("4 tổ tiết kiệm và vay vốn", 4, "tổ tiết kiệm và vay vốn"),
 Q("khoảng 6,8 tỷ đồng", 6800000000, "đồng", "approx"), Q("186 hộ", 186, "hộ"), Q("41 hội viên", 41, "hội viên"),
 Q("hơn 120 triệu đồng", 120000000, "đồng", "over"), Q("2 nhà", 2, "nhà"), Q("96 phần quà", 96, "phần quà"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("6 chi hội", 6, "chi hội"), Q("12 hội viên", 12, "hội viên")],
[D("Chỉ thị", "45", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 45-CT/TW"),
 D("Kế hoạch", "03", "KH/ĐU", "2025-07-15", "Ban Thường vụ Đảng ủy xã", "Kế hoạch số 03-KH/ĐU ngày 15/7/2025"),
 D("Nghị quyết", "02", "NQ/ĐU", None, None, "Nghị quyết số 02-NQ/ĐU")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Mỏ Cày")],
["ĐẢNG ỦY - HĐND - UBND - UBMTTQVN XÃ MỎ CÀY - TỈNH VĨNH LONG", "Trang chủ / Mặt trận - Đoàn thể / Hội Cựu chiến binh",
 "Đồng chí Nguyễn Văn Hùng tặng giấy khen cho các chi hội xuất sắc.", "Nghĩa tình đồng đội", "Tân Phong", "Nghị quyết Đại hội Đảng bộ xã", "Lượt xem: 327"],
["Ngày đăng 19/12/2025 | 16:45", "chính quyền 2 cấp", "năm 2025", "năm 2026", "1/7/2025", "lần thứ I", "27/7", "khu phố 3", "Lượt xem: 327"]))

PAGES.append(page("b2811-lamdong-nct-daihoi-2026", """
Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng
Xã hội >> Người cao tuổi
Thứ Năm, 26/03/2026 - 11:05
Ảnh: Ban Chấp hành Hội NCT tỉnh khóa I ra mắt đại hội.
Đại hội Hội Người cao tuổi tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031
Ngày 25/3, tại phường Xuân Hương - Đà Lạt, Hội Người cao tuổi tỉnh Lâm Đồng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031 - đại hội đầu tiên sau khi hợp nhất Hội NCT ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận. Về dự có 298 đại biểu chính thức, đại diện cho khoảng 392.000 hội viên.
Dự và chỉ đạo đại hội có đồng chí K'Nhiêu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Nguyễn Thị Bích Vân, Phó Chủ tịch UBND tỉnh; đồng chí Đàm Hữu Thắng, Phó Chủ tịch Trung ương Hội NCT Việt Nam.
Báo cáo chính trị nêu rõ, nhiệm kỳ qua, Hội NCT ba tỉnh đã phối hợp tổ chức mừng thọ cho hơn 210.000 lượt cụ; xây dựng 348 câu lạc bộ liên thế hệ tự giúp nhau; Quỹ chăm sóc NCT đạt gần 96 tỷ đồng. Phong trào "Tuổi cao gương sáng" có hơn 8.400 cụ được biểu dương các cấp; hàng nghìn cụ là già làng, người có uy tín trong đồng bào K'Ho, Mạ, Mnông, Chu Ru, Chăm.
Tham luận tại đại hội, cụ Ka Sô Liêng, Chủ tịch Hội NCT xã Lạc Dương, người K'Ho, nêu kinh nghiệm vận động bà con giữ rừng, bỏ tục "bắt chồng" thách cưới nặng nề; cụ Điểu K'Rết, người Mnông, Chi hội trưởng chi hội NCT bon Bu Prăng, xã Quảng Trực, chia sẻ việc giữ gìn cồng chiêng; cụ Thuận Văn Hải, người Chăm, Chủ tịch Hội NCT xã Phan Rí Thành, kể về câu lạc bộ liên thế hệ giúp 14 hộ thoát nghèo.
Phát biểu chỉ đạo, đồng chí K'Nhiêu đề nghị Hội quán triệt Nghị quyết Đại hội XIV của Đảng, Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I và Kết luận 150-KL/TW của Bộ Chính trị về công tác đoàn thể sau sắp xếp; triển khai Chương trình hành động số 12-CTr/TU ngày 10/2/2026 của Tỉnh ủy.
Đại hội biểu quyết thông qua Nghị quyết Đại hội với 8 chỉ tiêu chủ yếu, trong đó phấn đấu 90% NCT là hội viên, 100% xã, phường, đặc khu có câu lạc bộ liên thế hệ tự giúp nhau. Đại hội đã hiệp thương cử Ban Chấp hành khóa I gồm 45 ủy viên; Ban Thường vụ 11 ủy viên. Ông Trần Văn Lạc được cử giữ chức Chủ tịch Hội NCT tỉnh; các ông Y Thanh Êban, Nguyễn Thành Phú và bà Ka Hương được cử giữ chức Phó Chủ tịch Hội NCT tỉnh.
Dịp này, Trung ương Hội NCT Việt Nam tặng kỷ niệm chương cho 12 cá nhân; UBND tỉnh tặng bằng khen cho 9 tập thể, 16 cá nhân.
Thanh Nhàn
Lượt xem: 5.604
Bài viết liên quan
- Đà Lạt: Hội NCT phường Lâm Viên - Đà Lạt đại hội (12/03/2026)
- Xã Đức Trọng mừng thọ NCT đầu xuân (20/02/2026)
- Hội NCT tỉnh hoàn tất đại hội cấp xã (05/03/2026)
""", "2026-03-26", "Đại hội Hội Người cao tuổi tỉnh Lâm Đồng lần thứ I, nhiệm kỳ 2026 - 2031",
E("dai_hoi", None, "2026-03-25"),
[P("K'Nhiêu", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Bích Vân", "Phó Chủ tịch UBND tỉnh"),
 P("Đàm Hữu Thắng", "Phó Chủ tịch Trung ương Hội NCT Việt Nam"),
 P("Ka Sô Liêng", "Chủ tịch Hội NCT xã Lạc Dương"),
 P("Điểu K'Rết", "Chi hội trưởng chi hội NCT bon Bu Prăng"),
 P("Thuận Văn Hải", "Chủ tịch Hội NCT xã Phan Rí Thành"),
 P("Trần Văn Lạc", "Chủ tịch Hội NCT tỉnh"),
 P("Y Thanh Êban", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Nguyễn Thành Phú", "Phó Chủ tịch Hội NCT tỉnh"),
 P("Ka Hương", "Phó Chủ tịch Hội NCT tỉnh")],
[Q("298 đại biểu chính thức", 298, "đại biểu chính thức"), Q("khoảng 392.000 hội viên", 392000, "hội viên", "approx"),
 Q("hơn 210.000 lượt cụ", 210000, "lượt cụ", "over"), Q("348 câu lạc bộ liên thế hệ tự giúp nhau", 348, "câu lạc bộ liên thế hệ tự giúp nhau"),
 Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("hơn 8.400 cụ", 8400, "cụ", "over"), Q("14 hộ", 14, "hộ"),
 Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu"), Q("90%", 90, "%"), Q("100%", 100, "%"), Q("45 ủy viên", 45, "ủy viên"), Q("11 ủy viên", 11, "ủy viên"),
 Q("12 cá nhân", 12, "cá nhân"), Q("9 tập thể", 9, "tập thể"), Q("16 cá nhân", 16, "cá nhân")],
[D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
 D("Chương trình hành động", "12", "CTr/TU", "2026-02-10", "Tỉnh ủy", "Chương trình hành động số 12-CTr/TU ngày 10/2/2026")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Xuân Hương - Đà Lạt"), com("Lạc Dương"), com("Quảng Trực"), com("Phan Rí Thành")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lâm Đồng", "Xã hội >> Người cao tuổi",
 "Ảnh: Ban Chấp hành Hội NCT tỉnh khóa I ra mắt đại hội.", "Tuổi cao gương sáng", "bắt chồng", "Nghị quyết Đại hội XIV",
 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I", "Bu Prăng", "Lượt xem: 5.604"],
["Thứ Năm, 26/03/2026 - 11:05", "lần thứ I", "nhiệm kỳ 2026 - 2031", "khóa I", "Đại hội XIV", "Lượt xem: 5.604"]))

PAGES.append(page("b2812-dongnai-ccb-giaoban-2026", """
HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI
Trang chủ | Hoạt động Hội | Tin các cấp Hội
10.04.2026 | 07:50
Giao ban quý I/2026: cựu chiến binh tham gia bầu cử, chăm lo hội viên khó khăn
Ngày 8/4, Thường trực Hội Cựu chiến binh tỉnh Đồng Nai tổ chức hội nghị giao ban công tác Hội quý I năm 2026 với Hội CCB 95 xã, phường. Đồng chí Lê Quang Vinh, Chủ tịch Hội CCB tỉnh chủ trì; dự có đồng chí Điểu Thị Bích, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.
Quang cảnh hội nghị giao ban.
Quý I, các cấp hội đã tuyên truyền, vận động hội viên tham gia cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031; 100% hội viên đi bầu cử, 214 hội viên là thành viên tổ bầu cử. Dịp Tết Bính Ngọ, các cấp hội thăm, tặng 6.820 phần quà cho hội viên nghèo, thương binh, gia đình liệt sĩ, tổng trị giá hơn 3,4 tỷ đồng; trao 11 căn nhà "Nghĩa tình đồng đội", mỗi căn 60 triệu đồng.
Toàn tỉnh hiện có 68.315 hội viên, trong đó khoảng 2.900 hội viên là người dân tộc S'tiêng, Mnông, Khmer, Chơ Ro ở khu vực Bình Phước cũ. Hội đã hướng dẫn thực hiện Nghị quyết 05-NQ/CCB của Ban Chấp hành Hội CCB tỉnh về nâng cao chất lượng hoạt động chi hội sau hợp nhất, và Kế hoạch số 21-KH/CCB ngày 6/1/2026 của Ban Thường vụ Hội CCB tỉnh về phong trào "Cựu chiến binh gương mẫu" năm 2026.
Tại giao ban, ông Điểu Lên, người S'tiêng, Chủ tịch Hội CCB xã Bù Gia Mập, cho biết xã biên giới có 312 hội viên, 46% thuộc hộ cận nghèo; Hội đã đề nghị ngân hàng cho 38 hộ vay vốn trồng điều. Bà Thị Kim Loan, người Khmer, Chủ tịch Hội CCB phường Bình Long, kiến nghị hướng dẫn thống nhất mức hội phí giữa các phường cũ. Ông Vũ Đức Thịnh, Chủ tịch Hội CCB phường Trấn Biên, nêu mô hình "Cựu chiến binh tự quản tuyến đường" với 27 tuyến đường sáng, xanh, sạch.
Ông Nguyễn Hữu Thạch, Phó Chủ tịch Hội CCB tỉnh, thông báo kết quả kiểm tra 12 cơ sở hội: nhìn chung sinh hoạt đều, song còn 3 nơi chưa bàn giao xong hồ sơ hội viên, quỹ hội giữa các đơn vị cũ.
Phát biểu, đồng chí Điểu Thị Bích ghi nhận Hội CCB là lực lượng tin cậy của cấp ủy, chính quyền trong năm đầu vận hành tỉnh mới; đề nghị quý II tập trung thực hiện Chỉ thị 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận ở vùng đồng bào dân tộc thiểu số và Quy định 284-QĐ/TW của Bộ Chính trị; làm tốt công tác nắm tình hình tư tưởng hội viên.
Kết luận giao ban, đồng chí Lê Quang Vinh yêu cầu quý II/2026 các cấp hội tổ chức tốt các hoạt động kỷ niệm 51 năm Ngày giải phóng miền Nam, thống nhất đất nước.
Phòng Tổ chức - Tuyên huấn
Lượt truy cập: 31.877
Xem thêm
- Hội CCB phường Đồng Xoài đối thoại với lãnh đạo phường (25/03/2026)
- Trao nhà nghĩa tình đồng đội tại xã Bù Đăng (12/03/2026)
""", "2026-04-10", "Giao ban quý I/2026: cựu chiến binh tham gia bầu cử, chăm lo hội viên khó khăn",
E("giao_ban", "2026-Q1", "2026-04-08"),
[P("Lê Quang Vinh", "Chủ tịch Hội CCB tỉnh"),
 P("Điểu Thị Bích", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Điểu Lên", "Chủ tịch Hội CCB xã Bù Gia Mập"),
 P("Thị Kim Loan", "Chủ tịch Hội CCB phường Bình Long"),
 P("Vũ Đức Thịnh", "Chủ tịch Hội CCB phường Trấn Biên"),
 P("Nguyễn Hữu Thạch", "Phó Chủ tịch Hội CCB tỉnh")],
[Q("95 xã, phường", 95, "xã, phường"), Q("100%", 100, "%"), Q("214 hội viên", 214, "hội viên"), Q("6.820 phần quà", 6820, "phần quà"),
 Q("hơn 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("11 căn nhà", 11, "căn nhà"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("68.315 hội viên", 68315, "hội viên"), Q("khoảng 2.900 hội viên", 2900, "hội viên", "approx"), Q("312 hội viên", 312, "hội viên"),
 Q("46%", 46, "%"), Q("38 hộ", 38, "hộ"), Q("27 tuyến đường", 27, "tuyến đường"), Q("12 cơ sở hội", 12, "cơ sở hội"), Q("3 nơi", 3, "nơi")],
[D("Nghị quyết", "05", "NQ/CCB", None, "Ban Chấp hành Hội CCB tỉnh", "Nghị quyết 05-NQ/CCB"),
 D("Kế hoạch", "21", "KH/CCB", "2026-01-06", "Ban Thường vụ Hội CCB tỉnh", "Kế hoạch số 21-KH/CCB ngày 6/1/2026"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08-CT/TU"),
 D("Quy định", "284", "QĐ/TW", None, "Bộ Chính trị", "Quy định 284-QĐ/TW")],
[prov("Đồng Nai"), prov("Bình Phước"), com("Bù Gia Mập"), com("Bình Long"), com("Trấn Biên")],
["HỘI CỰU CHIẾN BINH TỈNH ĐỒNG NAI", "Trang chủ | Hoạt động Hội | Tin các cấp Hội", "Quang cảnh hội nghị giao ban.", "Nghĩa tình đồng đội",
 "Cựu chiến binh gương mẫu", "Cựu chiến binh tự quản tuyến đường", "Tết Bính Ngọ", "Phòng Tổ chức - Tuyên huấn", "Lượt truy cập: 31.877"],
["10.04.2026 | 07:50", "quý I năm 2026", "quý II/2026", "khóa XVI", "nhiệm kỳ 2026 - 2031", "năm 2026", "51 năm", "Lượt truy cập: 31.877"]))
