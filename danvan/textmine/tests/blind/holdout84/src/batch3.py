from lib import *
PAGES = []

PAGES.append(page("b1985-kiengiang-bdv-giaoban-q2-2022", """
BAN DÂN VẬN TỈNH ỦY KIÊN GIANG
Trang chủ | Tin tức | Dân vận lực lượng vũ trang
Ngày đăng 08/07/2022 | 09:10
Giao ban quý II công tác phối hợp dân vận với Bộ đội Biên phòng
Sáng 6/7, Ban Dân vận Tỉnh ủy Kiên Giang và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức giao ban công tác phối hợp dân vận quý II năm 2022. Đồng chí Lâm Thị Ngọc Xuyến, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và Đại tá Trần Văn Nhanh, Chính ủy Bộ đội Biên phòng tỉnh đồng chủ trì. Dự giao ban có các đồng chí: Danh Út, Nguyễn Văn Tấn - Phó Trưởng Ban Dân vận Tỉnh ủy.
Quang cảnh buổi giao ban.
Trong quý II, hai cơ quan đã triển khai Quy chế phối hợp số 06-QC/BDVTU-BCHBP và tiếp tục thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào Khmer và về vận động ngư dân không vi phạm vùng biển nước ngoài. Các đồn biên phòng tuyến biên giới đất liền và ven biển đã tổ chức 64 buổi tuyên truyền cho 5.200 lượt người; vận động 126 hộ tham gia tổ tự quản đường biên, mốc quốc giới; thành lập mới 9 tổ tàu thuyền an toàn với 75 tàu cá.
Bộ đội Biên phòng tỉnh đã bàn giao 5 căn nhà "Mái ấm biên cương" cho hộ nghèo tại xã Vĩnh Điều và xã Phú Mỹ, trị giá 400 triệu đồng; trao 120 phần quà cho gia đình chính sách nhân dịp Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer.
Tại buổi giao ban, Trung tá Danh Phong, Đồn trưởng Đồn Biên phòng Vĩnh Điều, cho biết đơn vị đang phối hợp với chùa Khmer trong xã vận động thanh niên không vượt biên sang Campuchia làm thuê; ông Thạch Sang, Bí thư Đảng ủy xã Phú Mỹ, kiến nghị hỗ trợ thêm kinh phí cho các tổ tự quản hoạt động ban đêm. Thượng tá Nguyễn Hoàng Em, Phó Chủ nhiệm Chính trị Bộ đội Biên phòng tỉnh, thông tin tình hình ngư dân tham gia khai thác thủy sản, nêu rõ 6 tháng đầu năm không có tàu cá nào của tỉnh vi phạm vùng biển nước ngoài.
Kết luận buổi giao ban, đồng chí Lâm Thị Ngọc Xuyến đề nghị quý III tập trung vận động ngư dân chấp hành quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định; phối hợp tổ chức hội nghị sơ kết 3 năm thực hiện Quy chế phối hợp trong tháng 9; chuẩn bị nội dung gặp mặt người có uy tín trong đồng bào dân tộc Khmer. Đồng chí cũng đề nghị Bộ đội Biên phòng tỉnh tiếp tục xây dựng mô hình "Dân vận khéo" gắn với chương trình "Nâng bước em tới trường", "Con nuôi đồn Biên phòng".
Hai bên thống nhất từ quý III sẽ luân phiên tổ chức giao ban tại các đồn biên phòng để kết hợp kiểm tra thực tế ở cơ sở, lắng nghe ý kiến của cấp ủy, chính quyền các xã biên giới.
Kim Ngân
Lượt xem: 2.318
Tin cùng chuyên mục
- Giang Thành: Bộ đội giúp dân sửa chữa nhà sau mưa bão (30/06/2022)
- Tập huấn nghiệp vụ dân vận cho cán bộ cơ sở năm 2022 (21/06/2022)
- Hà Tiên: Trao học bổng cho học sinh nghèo vùng biên (10/06/2022)
""", "2022-07-08", "Giao ban quý II công tác phối hợp dân vận với Bộ đội Biên phòng",
E("giao_ban", "2022-Q2", "2022-07-06"),
[P("Lâm Thị Ngọc Xuyến", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Nhanh", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Danh Út", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Nguyễn Văn Tấn", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Phong", "Trung tá", "Đồn trưởng Đồn Biên phòng Vĩnh Điều"),
 P("Thạch Sang", "Bí thư Đảng ủy xã Phú Mỹ"),
 P("Nguyễn Hoàng Em", "Thượng tá", "Phó Chủ nhiệm Chính trị Bộ đội Biên phòng tỉnh")],
[Q("64 buổi tuyên truyền", 64, "buổi tuyên truyền"), Q("5.200 lượt người", 5200, "lượt người"), Q("126 hộ", 126, "hộ"),
 Q("9 tổ tàu thuyền an toàn", 9, "tổ tàu thuyền an toàn"), Q("75 tàu cá", 75, "tàu cá"), Q("5 căn nhà", 5, "căn nhà"),
 Q("400 triệu đồng", 400000000, "đồng"), Q("120 phần quà", 120, "phần quà")],
[D("Quy chế phối hợp", "06", "QC/BDVTU-BCHBP", None, None, "Quy chế phối hợp số 06-QC/BDVTU-BCHBP"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Kiên Giang"), com("Vĩnh Điều"), com("Phú Mỹ")],
["BAN DÂN VẬN TỈNH ỦY KIÊN GIANG", "Trang chủ | Tin tức | Dân vận lực lượng vũ trang", "Quang cảnh buổi giao ban.",
 "Mái ấm biên cương", "Chôl Chnăm Thmây", "Dân vận khéo", "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Campuchia", "Lượt xem: 2.318"],
["Ngày đăng 08/07/2022 | 09:10", "quý II năm 2022", "6 tháng đầu năm", "quý III", "3 năm", "tháng 9", "Lượt xem: 2.318"]))

PAGES.append(page("b1986-quangtri-bdbp-soket-2023", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Quốc phòng - An ninh › Biên giới
21.07.2023 | 16:05
Ảnh: Đại tá Lê Văn Hòa phát biểu tại hội nghị.
Bộ đội Biên phòng Quảng Trị: 42 mô hình dân vận hiệu quả ở vùng biên
QTO - Ngày 20/7, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2023. Đại tá Lê Văn Hòa, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh chủ trì hội nghị. Trong 6 tháng, các đồn biên phòng đã duy trì và xây dựng mới 42 mô hình dân vận hiệu quả ở các xã biên giới.
Theo báo cáo, thực hiện Kế hoạch số 2158/KH-BĐBP ngày 12/1/2023 của Bộ Chỉ huy BĐBP tỉnh và Chỉ thị 05-CT/TW của Bộ Chính trị, 6 tháng qua, đơn vị đã cử 48 đảng viên về sinh hoạt, phụ trách 96 hộ gia đình ở các bản đồng bào Vân Kiều, Pa Kô; giúp nhân dân 2.750 ngày công làm đường, khai hoang đồng ruộng; hỗ trợ 30 con dê giống, 6.000 cây keo giống cho hộ nghèo. Tổ quân y các đồn khám bệnh, cấp thuốc cho 3.420 lượt người với số tiền khoảng 95 triệu đồng.
Các mô hình "Heo đất biên phòng tiếp sức em đến trường", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường" được duy trì hiệu quả; 58 học sinh được đỡ đầu, mỗi em 500.000 đồng/tháng. Đồn Biên phòng Thanh phối hợp với Đoàn Thanh niên xã Thanh mở 3 lớp học tình thương cho 45 em người Vân Kiều.
Tại hội nghị, Thiếu tá Hồ Văn Năm, Đội trưởng Đội vận động quần chúng Đồn Biên phòng A Ngo, chia sẻ cách vận động đồng bào Pa Kô ở xã A Ngo xóa bỏ hủ tục trong ma chay, cưới hỏi. Trung tá Kăn Sóc, Phó Chính trị viên Đồn Biên phòng Thanh, cho biết đơn vị đã phối hợp phát hiện 7 vụ việc liên quan đến xuất nhập cảnh trái phép. Ông Hồ Văn Quang, Phó Bí thư Đảng ủy xã A Ngo, đánh giá cao sự đồng hành của cán bộ biên phòng tăng cường về xã.
Hội nghị thẳng thắn chỉ ra một số hạn chế: việc nắm tình hình ở một số bản sâu, xa còn chậm; một số cán bộ trẻ chưa thạo tiếng dân tộc; mô hình hỗ trợ sinh kế có nơi chưa bền vững.
Phát biểu kết luận, Đại tá Lê Văn Hòa yêu cầu 6 tháng cuối năm các đơn vị tiếp tục thực hiện phương châm "4 cùng" với đồng bào, bám sát địa bàn, không để xảy ra điểm nóng; chuẩn bị tốt các hoạt động hưởng ứng "Ngày Biên phòng toàn dân" và tổng kết các mô hình tiêu biểu. Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng Giấy khen cho 6 tập thể và 11 cá nhân có thành tích xuất sắc trong công tác dân vận 6 tháng đầu năm.
Thanh Trúc
Tin khác
- Hướng Hóa: Ra mắt tổ tự quản an ninh trật tự bản làng (14/07/2023)
- Đakrông: Bộ đội biên phòng giúp dân thu hoạch lúa rẫy (07/07/2023)
- Trao tặng 10 con bò giống cho hộ nghèo xã biên giới (29/06/2023)
""", "2023-07-21", "Bộ đội Biên phòng Quảng Trị: 42 mô hình dân vận hiệu quả ở vùng biên",
E("so_ket", "2023-H1", "2023-07-20"),
[P("Lê Văn Hòa", "Đại tá", "Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Năm", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng A Ngo"),
 P("Kăn Sóc", "Trung tá", "Phó Chính trị viên Đồn Biên phòng Thanh"),
 P("Hồ Văn Quang", "Phó Bí thư Đảng ủy xã A Ngo")],
[Q("42 mô hình", 42, "mô hình"), Q("48 đảng viên", 48, "đảng viên"), Q("96 hộ gia đình", 96, "hộ gia đình"),
 Q("2.750 ngày công", 2750, "ngày công"), Q("30 con dê giống", 30, "con dê giống"), Q("6.000 cây keo giống", 6000, "cây keo giống"),
 Q("3.420 lượt người", 3420, "lượt người"), Q("khoảng 95 triệu đồng", 95000000, "đồng", "approx"),
 Q("58 học sinh", 58, "học sinh"), Q("500.000 đồng/tháng", 500000, "đồng"), Q("3 lớp học tình thương", 3, "lớp học tình thương"),
 Q("45 em", 45, "em"), Q("7 vụ việc", 7, "vụ việc"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "2158", "KH-BĐBP", "2023-01-12", "Bộ Chỉ huy BĐBP tỉnh", "Kế hoạch số 2158/KH-BĐBP ngày 12/1/2023"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW của Bộ Chính trị")],
[prov("Quảng Trị"), com("Thanh"), com("A Ngo")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Quốc phòng - An ninh › Biên giới", "Ảnh: Đại tá Lê Văn Hòa phát biểu tại hội nghị.", "QTO",
 "Heo đất biên phòng tiếp sức em đến trường", "Con nuôi đồn Biên phòng", "Nâng bước em tới trường", "4 cùng", "Ngày Biên phòng toàn dân",
 "Đoàn Thanh niên xã Thanh"],
["21.07.2023 | 16:05", "6 tháng đầu năm 2023", "6 tháng", "4 cùng", "6 tháng cuối năm"]))

PAGES.append(page("b1987-daknong-bdbp-chandung-2023", """
Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông
Trang chủ > Xã hội > Người tốt việc tốt
Thứ Bảy, 11/11/2023
Thiếu tá Y Nuôi Niê (bìa phải) cùng bà con bon Bu Dăr chăm sóc vườn cà phê.
Người "cắm bon" giữa đại ngàn biên giới
Hơn 12 năm gắn bó với các bon làng vùng biên xã Quảng Trực, huyện Tuy Đức, Thiếu tá Y Nuôi Niê, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bu Prăng, đã trở thành người thân của đồng bào Mnông nơi đây.
Sinh ra ở buôn Ea Sô của tỉnh Đắk Lắk, Y Nuôi Niê nói thạo tiếng Mnông, Êđê. Mỗi tháng anh dành hơn 20 ngày ở bon, cùng ăn, cùng ở, cùng làm với bà con. Những năm qua, anh đã vận động 37 hộ đồng bào bỏ du canh, chuyển đổi 15 ha đất trồng điều kém hiệu quả sang trồng cà phê, hồ tiêu; đứng lớp 3 lớp xóa mù chữ với 64 học viên, phần lớn là phụ nữ.
Ông Điểu Đăm, Trưởng bon Bu Dăr, kể: "Trước đây bà con chỉ biết lên rẫy, con cái nghỉ học nhiều lắm. Từ ngày có Y Nuôi về bon, anh ấy đến từng nhà nói chuyện, giờ các cháu đều đi học đủ". Bà Thị Mơ, Chi hội trưởng Chi hội Phụ nữ bon Bu Dăr, cho biết nhờ anh hướng dẫn, 12 chị em trong chi hội đã vay được vốn từ Ngân hàng Chính sách xã hội để nuôi bò sinh sản.
Không chỉ giúp dân phát triển kinh tế, Y Nuôi Niê còn là "tai mắt" của đồn trong nắm tình hình. Năm 2023, từ nguồn tin anh thu thập, đơn vị phối hợp ngăn chặn 4 vụ xuất nhập cảnh trái phép qua đường mòn, lối mở, vận động 9 người trốn nợ quay về địa phương.
Trung tá Nguyễn Văn Huy, Chính trị viên Đồn Biên phòng Bu Prăng, đánh giá: "Y Nuôi là cán bộ tiêu biểu cho phong trào thi đua "Dân vận khéo" của đơn vị. Cách làm của anh là "nói dân hiểu, làm dân tin", kiên trì, gần gũi". Với những đóng góp đó, anh vinh dự được Bộ Tư lệnh Bộ đội Biên phòng tặng Bằng khen, được Ủy ban nhân dân tỉnh tặng danh hiệu "Gương sáng dân vận" năm 2022.
Chia sẻ về dự định, Y Nuôi cười hiền: "Tôi chỉ mong bà con bon mình có cái nhà chắc chắn, con cái học hành đến nơi đến chốn". Hiện anh đang cùng đồng đội vận động kinh phí xây 2 căn nhà "Mái ấm biên cương" cho hai hộ nghèo trong bon, dự kiến bàn giao trước Tết Giáp Thìn.
Giữa đại ngàn biên giới, những người lính quân hàm xanh như Y Nuôi Niê vẫn ngày đêm lặng lẽ góp sức giữ bình yên cho buôn làng, làm cầu nối vững chắc giữa Đảng, chính quyền với nhân dân. Hình ảnh người cán bộ biên phòng thạo tiếng, hiểu phong tục, gần gũi bà con đã trở thành niềm tin của đồng bào Mnông ở vùng biên Đắk Nông.
Bài, ảnh: Hoàng Anh
Tin liên quan
- Tuy Đức: Biểu dương điển hình "Dân vận khéo" năm 2023 (02/11/2023)
- Đồn Biên phòng Đắk Buk So trao 30 suất học bổng (20/10/2023)
- Gương sáng người có uy tín ở bon Bu Prăng (12/10/2023)
""", "2023-11-11", "Người \"cắm bon\" giữa đại ngàn biên giới",
E("khac", None, None),
[P("Y Nuôi Niê", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Bu Prăng"),
 P("Điểu Đăm", "Trưởng bon Bu Dăr"),
 P("Thị Mơ", "Chi hội trưởng Chi hội Phụ nữ bon Bu Dăr"),
 P("Nguyễn Văn Huy", "Trung tá", "Chính trị viên Đồn Biên phòng Bu Prăng")],
[Q("37 hộ", 37, "hộ"), Q("15 ha", 15, "ha"), Q("3 lớp xóa mù chữ", 3, "lớp xóa mù chữ"), Q("64 học viên", 64, "học viên"),
 Q("12 chị em", 12, "chị em"), Q("4 vụ", 4, "vụ"), Q("9 người", 9, "người"), Q("2 căn nhà", 2, "căn nhà")],
[],
[prov("Đắk Nông"), com("Quảng Trực"), prov("Đắk Lắk")],
["Báo Đắk Nông - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông", "Trang chủ > Xã hội > Người tốt việc tốt",
 "Thiếu tá Y Nuôi Niê (bìa phải) cùng bà con bon Bu Dăr chăm sóc vườn cà phê.", "Dân vận khéo", "nói dân hiểu, làm dân tin",
 "Gương sáng dân vận", "Mái ấm biên cương", "Ngân hàng Chính sách xã hội", "Ea Sô"],
["Thứ Bảy, 11/11/2023", "Hơn 12 năm", "hơn 20 ngày", "Năm 2023", "năm 2022", "Tết Giáp Thìn"]))

PAGES.append(page("b1988-thanhhoa-xuanbienphong-2024", """
BÁO THANH HÓA
Thời sự > Quốc phòng - An ninh
Ngày 26/01/2024 | 09:15
Ảnh: Các đại biểu trao quà Tết cho người dân xã Tam Chung.
"Xuân Biên phòng ấm lòng dân" năm 2024 tại huyện Mường Lát
(BTO) - Ngày 25/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa phối hợp với Huyện ủy, UBND huyện Mường Lát tổ chức chương trình "Xuân Biên phòng ấm lòng dân" Tết Giáp Thìn 2024 tại xã Tam Chung. Dự chương trình có đồng chí Hà Văn Ban, Tỉnh ủy viên, Bí thư Huyện ủy Mường Lát; Đại tá Trịnh Văn Cường, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh; Thượng tá Lò Văn Khiêm, Phó Chính ủy BĐBP tỉnh.
Tại chương trình, Ban tổ chức đã trao 500 suất quà Tết, mỗi suất trị giá 600.000 đồng gồm tiền mặt và nhu yếu phẩm cho hộ nghèo, gia đình chính sách, người có uy tín trên địa bàn các xã Tam Chung, Trung Lý, Pù Nhi; trao 20 con bò giống cho hộ nghèo theo chương trình "Bò giống giúp đồng bào nghèo ở biên giới"; trao 30 suất học bổng, mỗi suất 1,5 triệu đồng cho học sinh người Thái, Mông, Khơ Mú vượt khó học giỏi.
"Gian hàng 0 đồng" với hơn 1.500 sản phẩm gồm quần áo, chăn màn, đồ gia dụng đã thu hút đông đảo bà con đến chọn lựa. Tổ quân y Đồn Biên phòng Tam Chung khám bệnh, cấp thuốc miễn phí cho 260 lượt người. Tổng trị giá chương trình trên 650 triệu đồng.
Phát biểu tại chương trình, đồng chí Hà Văn Ban cảm ơn sự quan tâm của Bộ đội Biên phòng tỉnh đối với đồng bào vùng biên. Đồng chí cho biết, thực hiện Nghị quyết số 13-NQ/HU ngày 12/4/2021 của Ban Chấp hành Đảng bộ huyện về giảm nghèo bền vững, tỷ lệ hộ nghèo của huyện đã giảm còn 39,6%, nhưng vẫn là huyện nghèo nhất tỉnh.
Đại tá Trịnh Văn Cường cho biết: năm 2023, Bộ đội Biên phòng tỉnh đã vận động xây dựng 8 căn nhà "Mái ấm biên cương", đỡ đầu 42 học sinh theo chương trình "Nâng bước em tới trường". Trung tá Thao Văn Chía, Đồn trưởng Đồn Biên phòng Tam Chung, đã trao quyết định nhận con nuôi đồn cho 2 em mồ côi ở bản Pù Quăn.
Nhận quà Tết, bà Lò Thị Hoa ở bản Na Khà, xã Trung Lý, xúc động: "Năm nào bộ đội cũng lên tận bản chúc Tết, có quà cho bà con, dân bản vui lắm".
Trước đó, ngày 24/1, đoàn công tác đã tổ chức gói bánh chưng, giao lưu văn nghệ với nhân dân và tặng 200 lá cờ Tổ quốc cho bà con treo dịp Tết.
Chương trình là hoạt động ý nghĩa, góp phần thắt chặt tình đoàn kết quân dân, giúp đồng bào các dân tộc nơi biên giới đón Tết cổ truyền ấm áp, vui tươi.
Đình Giang
Tin liên quan
- Quan Sơn: Trao 100 suất quà Tết cho hộ nghèo (23/01/2024)
- Bộ đội Biên phòng tỉnh tổng kết công tác năm 2023 (12/01/2024)
- Mường Lát: Ra mắt tổ tự quản đường biên, mốc quốc giới (05/01/2024)
""", "2024-01-26", "\"Xuân Biên phòng ấm lòng dân\" năm 2024 tại huyện Mường Lát",
E("trao_qua", None, "2024-01-25"),
[P("Hà Văn Ban", "Tỉnh ủy viên", "Bí thư Huyện ủy Mường Lát"),
 P("Trịnh Văn Cường", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Lò Văn Khiêm", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Thao Văn Chía", "Trung tá", "Đồn trưởng Đồn Biên phòng Tam Chung"),
 P("Lò Thị Hoa")],
[Q("500 suất quà Tết", 500, "suất quà"), Q("600.000 đồng", 600000, "đồng"), Q("20 con bò giống", 20, "con bò giống"),
 Q("30 suất học bổng", 30, "suất học bổng"), Q("1,5 triệu đồng", 1500000, "đồng"), Q("hơn 1.500 sản phẩm", 1500, "sản phẩm", "over"),
 Q("260 lượt người", 260, "lượt người"), Q("trên 650 triệu đồng", 650000000, "đồng", "over"), Q("39,6%", 39.6, "%"),
 Q("8 căn nhà", 8, "căn nhà"), Q("42 học sinh", 42, "học sinh"), Q("2 em", 2, "em"), Q("200 lá cờ Tổ quốc", 200, "lá cờ Tổ quốc")],
[D("Nghị quyết", "13", "NQ/HU", "2021-04-12", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 13-NQ/HU ngày 12/4/2021")],
[prov("Thanh Hóa"), com("Tam Chung"), com("Trung Lý"), com("Pù Nhi")],
["BÁO THANH HÓA", "Thời sự > Quốc phòng - An ninh", "Ảnh: Các đại biểu trao quà Tết cho người dân xã Tam Chung.", "(BTO)",
 "Xuân Biên phòng ấm lòng dân", "Bò giống giúp đồng bào nghèo ở biên giới", "Gian hàng 0 đồng", "Mái ấm biên cương",
 "Nâng bước em tới trường", "Pù Quăn", "Na Khà"],
["Ngày 26/01/2024 | 09:15", "Tết Giáp Thìn 2024", "năm 2023", "Gian hàng 0 đồng", "ngày 24/1"]))

PAGES.append(page("b1989-sonla-bdbp-tongket-2024", """
BÁO SƠN LA ĐIỆN TỬ
Trang chủ » Quốc phòng - An ninh » Biên phòng
Cập nhật: 09:42, 27/12/2024 (GMT+7)
Toàn cảnh hội nghị.
Bộ đội Biên phòng Sơn La triển khai nhiệm vụ năm 2025
Ngày 25/12, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác quân sự, quốc phòng và công tác dân vận năm 2024. Dự hội nghị có đồng chí Cầm Thị Phong, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; Đại tá Lò Văn Thín, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh chủ trì.
Năm 2024, đơn vị đã quản lý, bảo vệ chặt chẽ 274 km đường biên giới với Lào; thực hiện Chương trình hành động số 21-CTr/ĐU ngày 10/2/2024 của Đảng ủy BĐBP tỉnh về nâng cao chất lượng công tác vận động quần chúng và Kết luận 68, 69-KL/TU của Ban Thường vụ Tỉnh ủy. Các đồn biên phòng đã cử 112 đảng viên về sinh hoạt tại 57 chi bộ bản biên giới; phối hợp xây dựng 18 căn nhà "Mái ấm biên cương" với tổng trị giá gần 1,1 tỷ đồng; đỡ đầu 64 học sinh; trao 1.200 suất quà cho hộ nghèo, người có uy tín.
Các đồn đã phối hợp với các lực lượng bắt giữ 31 vụ, 46 đối tượng mua bán, vận chuyển trái phép chất ma túy, thu 12,4 kg ma túy tổng hợp. Phong trào quần chúng tham gia tự quản đường biên, mốc quốc giới có 3.860 hộ tham gia, đạt 98,5% số hộ khu vực biên giới.
Tại hội nghị, Trung tá Cầm Văn Chung, Chính trị viên Đồn Biên phòng Mường Lạn, giới thiệu mô hình "Bếp ăn tình thương" tại điểm trường bản Huổi Lạ, xã Mường Lạn; ông Thào A Chính, Chủ tịch UBND xã Chiềng Khương, đề nghị đồn tiếp tục hỗ trợ bà con người Mông chuyển đổi cây trồng. Bà Lò Thị Luyến, Chủ tịch Hội LHPN xã Chiềng Khương, chia sẻ việc phối hợp với đồn tuyên truyền phòng chống mua bán người cho 860 lượt chị em.
Phát biểu chỉ đạo, đồng chí Cầm Thị Phong đề nghị năm 2025 Bộ đội Biên phòng tỉnh tiếp tục thực hiện tốt Quy chế công tác dân vận ban hành kèm theo Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị, phối hợp với cấp ủy, chính quyền các xã biên giới hoàn thành xóa nhà tạm, nhà dột nát.
Hội nghị đã chỉ ra một số hạn chế: việc nắm tình hình ở một số địa bàn trọng điểm còn chưa kịp thời; một số mô hình sinh kế hiệu quả chưa cao; việc phối hợp tuyên truyền bằng tiếng dân tộc chưa thường xuyên.
Dịp này, Bộ Tư lệnh Bộ đội Biên phòng tặng Bằng khen cho 3 tập thể, 5 cá nhân; Bộ Chỉ huy BĐBP tỉnh tặng Giấy khen cho 14 tập thể, 27 cá nhân có thành tích xuất sắc năm 2024.
Quỳnh Trang
Tin cùng chuyên mục
- Sốp Cộp: Trao nhà "Mái ấm biên cương" cho hộ nghèo (18/12/2024)
- Mộc Châu: Tuyên truyền Luật Biên phòng Việt Nam (10/12/2024)
- Đồn Biên phòng Chiềng Khương giúp dân thu hoạch ngô (02/12/2024)
""", "2024-12-27", "Bộ đội Biên phòng Sơn La triển khai nhiệm vụ năm 2025",
E("tong_ket", "2024", "2024-12-25"),
[P("Cầm Thị Phong", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Thín", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh"),
 P("Cầm Văn Chung", "Trung tá", "Chính trị viên Đồn Biên phòng Mường Lạn"),
 P("Thào A Chính", "Chủ tịch UBND xã Chiềng Khương"),
 P("Lò Thị Luyến", "Chủ tịch Hội LHPN xã Chiềng Khương")],
[Q("274 km", 274, "km"), Q("112 đảng viên", 112, "đảng viên"), Q("57 chi bộ bản biên giới", 57, "chi bộ bản biên giới"),
 Q("18 căn nhà", 18, "căn nhà"), Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("64 học sinh", 64, "học sinh"),
 Q("1.200 suất quà", 1200, "suất quà"), Q("31 vụ", 31, "vụ"), Q("46 đối tượng", 46, "đối tượng"), Q("12,4 kg", 12.4, "kg"),
 Q("3.860 hộ", 3860, "hộ"), Q("98,5%", 98.5, "%"), Q("860 lượt chị em", 860, "lượt chị em"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chương trình hành động", "21", "CTr/ĐU", "2024-02-10", "Đảng ủy BĐBP tỉnh", "Chương trình hành động số 21-CTr/ĐU ngày 10/2/2024"),
 D("Kết luận", "68", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Kết luận", "69", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 68, 69-KL/TU của Ban Thường vụ Tỉnh ủy"),
 D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021")],
[prov("Sơn La"), com("Mường Lạn"), com("Chiềng Khương")],
["BÁO SƠN LA ĐIỆN TỬ", "Trang chủ » Quốc phòng - An ninh » Biên phòng", "Toàn cảnh hội nghị.", "Mái ấm biên cương", "Bếp ăn tình thương",
 "Lào", "Huổi Lạ", "Quy chế công tác dân vận"],
["Cập nhật: 09:42, 27/12/2024 (GMT+7)", "năm 2025", "năm 2024", "Năm 2024"]))

PAGES.append(page("b1990-camau-bdbp-hoinghi-2025", """
BAN DÂN VẬN TỈNH ỦY CÀ MAU
You are here: Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang
Thứ Sáu, 18/04/2025 - 10:30
Biểu dương 45 điển hình "Dân vận khéo" trong lực lượng vũ trang
Sáng 17/4, Ban Dân vận Tỉnh ủy phối hợp với Bộ Chỉ huy Quân sự tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị biểu dương điển hình "Dân vận khéo" trong lực lượng vũ trang tỉnh năm 2025. Đồng chí Trần Thị Mộng Tuyền, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Hội nghị biểu dương 45 điển hình, gồm 20 tập thể và 25 cá nhân.
Các điển hình nhận Giấy khen tại hội nghị.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Kế hoạch 256-KH/TU của Tỉnh ủy, lực lượng vũ trang tỉnh đã xây dựng 138 mô hình "Dân vận khéo", trong đó có 32 mô hình ở các xã ven biển. Từ năm 2021 đến nay, các đơn vị đã xây dựng, bàn giao 96 căn nhà "Mái ấm biên cương", "Nhà đồng đội", tổng trị giá trên 5,7 tỷ đồng; nhận đỡ đầu 210 học sinh; vận động 1.450 tàu cá tham gia "Tổ tàu thuyền an toàn".
Tại hội nghị, Thiếu tá Danh Hồng, Đội trưởng Đội vận động quần chúng Đồn Biên phòng Khánh Hội, chia sẻ mô hình "Ngư dân không vi phạm vùng biển nước ngoài" ở xã Khánh Hội. Trung tá Lê Thị Kiều Oanh, Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh, giới thiệu mô hình "Nhà nội trú dân nuôi". Ông Nguyễn Văn Ba, Bí thư Chi bộ ấp Mũi, xã Đất Mũi, kể việc phối hợp với Đồn Biên phòng Đất Mũi vận động 68 hộ hiến đất làm đường, tổng diện tích hơn 3.200 m2.
Phát biểu, Đại tá Huỳnh Văn Đậm, Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh khẳng định các điển hình là những "bông hoa đẹp" trong công tác dân vận của lực lượng vũ trang, góp phần xây dựng thế trận lòng dân vững chắc ở vùng biển.
Kết luận hội nghị, đồng chí Trần Thị Mộng Tuyền đề nghị các cơ quan, đơn vị tiếp tục nhân rộng các điển hình, gắn phong trào thi đua "Dân vận khéo" với thực hiện mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn trước ngày 30/6/2025; phát huy vai trò lực lượng vũ trang trong giúp dân ổn định cuộc sống khi thực hiện sắp xếp đơn vị hành chính. Mỗi điển hình được tặng Giấy khen và phần thưởng trị giá 1 triệu đồng.
Trước hội nghị, các đại biểu đã tham quan mô hình "Tổ tàu thuyền an toàn" ở xã Khánh Hội và trao 50 phần quà cho gia đình ngư dân gặp nạn trên biển.
Theo Ban Dân vận Tỉnh ủy Cà Mau, sau hội nghị, các điển hình sẽ được giới thiệu trên báo chí địa phương để lan tỏa trong toàn tỉnh.
Hồng Nhung
Lượt xem: 964
Tin liên quan
- Giao ban công tác dân vận quý I năm 2025 (08/04/2025)
- U Minh: Bộ đội giúp dân xây nhà (02/04/2025)
- Năm Căn: Tặng quà gia đình chính sách (26/03/2025)
""", "2025-04-18", "Biểu dương 45 điển hình \"Dân vận khéo\" trong lực lượng vũ trang",
E("hoi_nghi", "2025", "2025-04-17"),
[P("Trần Thị Mộng Tuyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Danh Hồng", "Thiếu tá", "Đội trưởng Đội vận động quần chúng Đồn Biên phòng Khánh Hội"),
 P("Lê Thị Kiều Oanh", "Trung tá", "Phó Chủ nhiệm Chính trị Bộ Chỉ huy Quân sự tỉnh"),
 P("Nguyễn Văn Ba", "Bí thư Chi bộ ấp Mũi"),
 P("Huỳnh Văn Đậm", "Đại tá", "Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh")],
[Q("45 điển hình", 45, "điển hình"), Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"),
 Q("138 mô hình", 138, "mô hình"), Q("32 mô hình", 32, "mô hình"), Q("96 căn nhà", 96, "căn nhà"),
 Q("trên 5,7 tỷ đồng", 5700000000, "đồng", "over"), Q("210 học sinh", 210, "học sinh"), Q("1.450 tàu cá", 1450, "tàu cá"),
 Q("68 hộ", 68, "hộ"), Q("hơn 3.200 m2", 3200, "m2", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("50 phần quà", 50, "phần quà")],
[D("Quyết định", "23", "QĐ/TW", "2021-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2021"),
 D("Kế hoạch", "256", "KH/TU", None, "Tỉnh ủy", "Kế hoạch 256-KH/TU của Tỉnh ủy")],
[prov("Cà Mau"), com("Khánh Hội"), com("Đất Mũi")],
["BAN DÂN VẬN TỈNH ỦY CÀ MAU", "You are here: Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang",
 "Các điển hình nhận Giấy khen tại hội nghị.", "Dân vận khéo", "Mái ấm biên cương", "Nhà đồng đội", "Tổ tàu thuyền an toàn",
 "Ngư dân không vi phạm vùng biển nước ngoài", "Nhà nội trú dân nuôi", "bông hoa đẹp", "Lượt xem: 964"],
["Thứ Sáu, 18/04/2025 - 10:30", "năm 2025", "Từ năm 2021 đến nay", "ngày 30/6/2025", "Lượt xem: 964"]))
