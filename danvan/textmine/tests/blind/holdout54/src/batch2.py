from lib import *
PAGES = []

PAGES.append(page("b1259-hagiang-don-lungcu-nangbuoc-2016", """
BÁO HÀ GIANG
Trang chủ | Quốc phòng - An ninh | Người tốt việc tốt
Thứ Sáu, 19/08/2016 - 07:30
Những "người cha nuôi" quân hàm xanh nơi cực Bắc
Thiếu tá Vừ Mí Sính trò chuyện với em Sùng Thị Dính. Ảnh: Tuấn Anh
Sáng sớm, khi sương còn phủ kín đỉnh Lũng Cú, Thiếu tá Vừ Mí Sính, Chính trị viên phó Đồn Biên phòng Lũng Cú đã cùng tổ công tác băng qua những triền đá tai mèo để đến nhà em Sùng Thị Dính ở thôn Séo Lủng. Dính là một trong 14 em học sinh nghèo được cán bộ, chiến sĩ của đồn nhận đỡ đầu từ đầu năm học này.
Nhà Dính có 7 người, bố mất sớm, mẹ đau ốm thường xuyên. Năm ngoái, em từng định bỏ học ở nhà làm nương. Biết chuyện, Thiếu tá Sính cùng cán bộ đồn nhiều lần đến nhà vận động, rồi nhận hỗ trợ em 500.000 đồng mỗi tháng cho đến khi học hết lớp 12. "Bộ đội như bố của em. Em muốn sau này làm cô giáo dạy chữ cho các em nhỏ ở bản", Dính bẽn lẽn nói.
Không chỉ đỡ đầu học sinh, Đồn Biên phòng Lũng Cú còn phụ trách địa bàn 2 xã Lũng Cú và Ma Lé với 1.460 hộ, trên 90% là đồng bào Mông. Những năm qua, cán bộ đồn thường xuyên "bám bản, bám dân", hướng dẫn bà con trồng 35 ha cây dược liệu, nuôi bò theo hướng hàng hóa. Thượng tá Hầu Văn Thắng, Đồn trưởng Đồn Biên phòng Lũng Cú, cho biết: thực hiện Kế hoạch số 1620/KH-BTL ngày 20/5/2016 của Bộ Tư lệnh BĐBP về Chương trình "Nâng bước em tới trường", đồn đã vận động 17 nhà hảo tâm tài trợ với tổng số tiền khoảng 86 triệu đồng, đủ để duy trì trợ cấp cho các em ít nhất 3 năm.
Ông Giàng Mí Chứ, Chủ tịch UBND xã Lũng Cú ghi nhận, nhờ sự giúp đỡ của bộ đội biên phòng, tỷ lệ học sinh bỏ học giữa chừng của xã đã giảm từ 6,5% xuống còn 1,2%. Bà Thò Thị Mỷ, Bí thư Chi bộ, Trưởng thôn Séo Lủng nói, bà con coi các chiến sĩ như người nhà; có chuyện gì, việc gì đều tìm đến đồn trước tiên.
Trung tá Lù Đức Khái, Chính trị viên Đồn Biên phòng Lũng Cú cho biết thêm, đồn đang phối hợp với Hội Liên hiệp Phụ nữ huyện Đồng Văn thực hiện mô hình "Mẹ đỡ đầu", mỗi nữ cán bộ hội nhận chăm lo cho một em. Cùng với đó là các lớp học xóa mù chữ buổi tối do chính các chiến sĩ đứng lớp, mỗi năm giúp hơn 40 người lớn tuổi biết đọc, biết viết.
Hiện nay, các đồn biên phòng trên tuyến biên giới tỉnh Hà Giang đều triển khai Chương trình, nhận đỡ đầu những em có hoàn cảnh khó khăn nhất. Ở nơi "cột cờ Tổ quốc", những người lính biên phòng đang ngày ngày viết tiếp câu chuyện "quân với dân như cá với nước" bằng những việc làm cụ thể, giản dị.
Tuấn Anh
Lượt xem: 3.512
Tin khác
- Đồn Biên phòng Sơn Vĩ giúp dân khắc phục hậu quả mưa lũ (12/08/2016)
- Mèo Vạc: 100 suất quà cho học sinh nghèo (05/08/2016)
- Quản Bạ: Tổ tự quản đường biên ở thôn Lùng Hóa (29/07/2016)
""", "2016-08-19", "Những \"người cha nuôi\" quân hàm xanh nơi cực Bắc",
E("khac", None, None),
[P("Vừ Mí Sính", "Thiếu tá", "Chính trị viên phó Đồn Biên phòng Lũng Cú"),
 P("Sùng Thị Dính"),
 P("Hầu Văn Thắng", "Thượng tá", "Đồn trưởng Đồn Biên phòng Lũng Cú"),
 P("Giàng Mí Chứ", "Chủ tịch UBND xã Lũng Cú"),
 P("Thò Thị Mỷ", "Bí thư Chi bộ", "Trưởng thôn Séo Lủng"),
 P("Lù Đức Khái", "Trung tá", "Chính trị viên Đồn Biên phòng Lũng Cú")],
[Q("14 em học sinh nghèo", 14, "em học sinh nghèo"), Q("7 người", 7, "người"), Q("500.000 đồng", 500000, "đồng"),
 Q("2 xã", 2, "xã"), Q("1.460 hộ", 1460, "hộ"), Q("trên 90%", 90, "%", "over"), Q("35 ha", 35, "ha"),
 Q("17 nhà hảo tâm", 17, "nhà hảo tâm"), Q("khoảng 86 triệu đồng", 86000000, "đồng", "approx"),
 Q("6,5%", 6.5, "%"), Q("1,2%", 1.2, "%"), Q("hơn 40 người lớn tuổi", 40, "người lớn tuổi", "over")],
[D("Kế hoạch", "1620", "KH-BTL", "2016-05-20", "Bộ Tư lệnh BĐBP", "Kế hoạch số 1620/KH-BTL ngày 20/5/2016")],
[prov("Hà Giang"), com("Lũng Cú"), com("Ma Lé")],
["BÁO HÀ GIANG", "Trang chủ | Quốc phòng - An ninh | Người tốt việc tốt",
 "Thiếu tá Vừ Mí Sính trò chuyện với em Sùng Thị Dính. Ảnh: Tuấn Anh", "Nâng bước em tới trường", "Mẹ đỡ đầu",
 "bám bản, bám dân", "quân với dân như cá với nước", "cột cờ Tổ quốc", "Lượt xem: 3.512"],
["Thứ Sáu, 19/08/2016 - 07:30", "lớp 12", "3 năm", "Lượt xem: 3.512"]))

PAGES.append(page("b1260-kontum-congan-tongket-phongtrao-2017", """
CÔNG AN TỈNH KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân bảo vệ ANTQ
Cập nhật lúc 15:20 ngày 22/12/2017
Toàn cảnh hội nghị.
Công an tỉnh tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2017
Ngày 21/12/2017, Công an tỉnh tổ chức hội nghị tổng kết công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác vận động quần chúng năm 2017. Đại tá Trần Minh Đức, Phó Giám đốc Công an tỉnh chủ trì; dự hội nghị có đồng chí A Phin, Phó Trưởng Ban Dân vận Tỉnh ủy và đại diện Ban Dân tộc tỉnh, Bộ Chỉ huy BĐBP tỉnh, Ủy ban MTTQ Việt Nam tỉnh.
Năm 2017, lực lượng Công an tỉnh đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 18-CT/TU về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong vùng đồng bào dân tộc thiểu số; phối hợp với Ủy ban MTTQ Việt Nam tỉnh triển khai Nghị quyết liên tịch số 01/2012/NQLT-BCA-BQP-BBP về xây dựng khu dân cư an toàn về an ninh trật tự. Toàn tỉnh xây dựng, củng cố 1.152 tổ an ninh tự quản, 86 mô hình tự phòng, tự quản; có 612/868 thôn, làng đạt tiêu chuẩn "An toàn về an ninh, trật tự".
Các lực lượng đã vận động nhân dân giao nộp 47 khẩu súng tự chế, 320 viên đạn các loại; tiếp nhận hơn 1.300 nguồn tin từ quần chúng, giúp điều tra, khám phá 96 vụ án. Ở các huyện biên giới của Kon Tum là Ngọc Hồi, Đăk Glei, Sa Thầy, công an cơ sở phối hợp với đồn biên phòng vận động 29 hộ bỏ sinh hoạt "Hà Mòn", trở về sinh hoạt Công giáo đúng quy định của giáo hội.
Tại hội nghị, Thiếu tá Y Hiên, Trưởng Công an xã Bờ Y, chia sẻ mô hình "Camera an ninh thôn làng" do nhân dân đóng góp kinh phí; ông A Lâm, Trưởng thôn Đăk Răng, xã Mô Rai, kể về việc vận động đồng bào Rơ Măm không đốt rừng làm rẫy. Đồng chí Nguyễn Thị Hà, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị tiếp tục phát huy vai trò người có uy tín, chức sắc tôn giáo trong tuyên truyền pháp luật.
Phát biểu chỉ đạo, đồng chí A Phin đánh giá cao sự phối hợp giữa lực lượng công an với khối dân vận; đề nghị năm 2018 tiếp tục thực hiện tốt Quy chế phối hợp số 05/QC-CAT-BDVTU giữa Công an tỉnh và Ban Dân vận Tỉnh ủy, chú trọng vận động đồng bào có đạo Tin lành ở vùng biên.
Kết luận, Đại tá Trần Minh Đức yêu cầu công an các đơn vị, địa phương bám sát cơ sở, xây dựng lực lượng công an xã chính quy, gần dân; phấn đấu năm 2018 có thêm 50 thôn, làng đạt tiêu chuẩn an toàn. Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 14 tập thể, 32 cá nhân.
Phòng Tham mưu - Công an tỉnh
Lượt truy cập: 1.588
Các tin đã đưa
- Công an huyện Ngọc Hồi ra mắt mô hình tự quản (10/12/2017)
- Tập huấn nghiệp vụ cho công an xã (28/11/2017)
- Vận động đồng bào giao nộp vũ khí tự chế (14/11/2017)
""", "2017-12-22", "Công an tỉnh tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2017",
E("tong_ket", "2017", "2017-12-21"),
[P("Trần Minh Đức", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("A Phin", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Hiên", "Thiếu tá", "Trưởng Công an xã Bờ Y"),
 P("A Lâm", "Trưởng thôn Đăk Răng"),
 P("Nguyễn Thị Hà", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("1.152 tổ an ninh tự quản", 1152, "tổ an ninh tự quản"), Q("86 mô hình tự phòng, tự quản", 86, "mô hình tự phòng, tự quản"),
 Q("612/868 thôn, làng", 612, "thôn, làng"), Q("47 khẩu súng tự chế", 47, "khẩu súng tự chế"),
 Q("320 viên đạn", 320, "viên đạn"), Q("hơn 1.300 nguồn tin", 1300, "nguồn tin", "over"), Q("96 vụ án", 96, "vụ án"),
 Q("29 hộ", 29, "hộ"), Q("50 thôn, làng", 50, "thôn, làng"), Q("14 tập thể", 14, "tập thể"), Q("32 cá nhân", 32, "cá nhân")],
[D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 18-CT/TU"),
 D("Nghị quyết liên tịch", "01", "2012/NQLT-BCA-BQP-BBP", None, None, "Nghị quyết liên tịch số 01/2012/NQLT-BCA-BQP-BBP"),
 D("Quy chế phối hợp", "05", "QC-CAT-BDVTU", None, None, "Quy chế phối hợp số 05/QC-CAT-BDVTU")],
[prov("Kon Tum"), com("Bờ Y"), com("Mô Rai")],
["CÔNG AN TỈNH KON TUM - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức - Sự kiện > Phong trào toàn dân bảo vệ ANTQ",
 "Toàn cảnh hội nghị.", "An toàn về an ninh, trật tự", "Hà Mòn", "Camera an ninh thôn làng",
 "Lượt truy cập: 1.588"],
["Cập nhật lúc 15:20 ngày 22/12/2017", "năm 2017", "năm 2018", "Lượt truy cập: 1.588"]))

PAGES.append(page("b1261-tayninh-bdv-giamsat-qcdc-biengioi-2018", """
BÁO TÂY NINH ONLINE
Chính trị - Xã hội :: Dân vận
Ngày 18/05/2018 | 16:10
Giám sát việc thực hiện Quy chế dân chủ ở các xã biên giới huyện Tân Biên
Ngày 16/5, đoàn giám sát của Ban Dân vận Tỉnh ủy do đồng chí Trần Thị Kim Lan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở và Quy chế phối hợp giữa Đồn Biên phòng Kà Tum với cấp ủy, chính quyền tại xã Tân Lập và xã Tân Bình, huyện Tân Biên. Cuộc giám sát nằm trong Kế hoạch số 22-KH/TU ngày 8/1/2018 của Ban Thường vụ Tỉnh ủy về kiểm tra, giám sát năm 2018.
Cùng đi có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Phạm Văn Bảy, Huỳnh Thị Ngọc Giàu và Trung tá Đặng Văn Lực, Phó Chính ủy BĐBP tỉnh.
Đoàn giám sát làm việc tại xã Tân Lập. Ảnh: Ngọc Bích
Báo cáo với đoàn, đồng chí Lê Hữu Tâm, HUV, Bí thư Đảng ủy xã Tân Lập cho biết, Tân Lập là một trong 20 xã biên giới của tỉnh Tây Ninh, có 2.986 hộ với 11.240 nhân khẩu, khoảng 62% dân số theo đạo Cao Đài; đường biên giới dài 24 km với 8 cột mốc. Thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị và Nghị định số 34/2014/NĐ-CP ngày 29/4/2014 của Chính phủ về Quy chế khu vực biên giới đất liền, năm 2017 Đảng ủy, UBND xã phối hợp với Đồn Biên phòng Kà Tum tổ chức 4 cuộc đối thoại với nhân dân, tiếp nhận 37 ý kiến, kiến nghị, đến nay đã giải quyết 35 ý kiến. Nhân dân đóng góp hơn 1,8 tỷ đồng và hiến trên 12.000 m2 đất làm đường giao thông nông thôn.
Ông Võ Văn Sang, Chủ tịch UBND xã Tân Bình, cho biết xã công khai đầy đủ các khoản thu, chi, danh sách hộ nghèo tại 6 ấp; Ban Thanh tra nhân dân hoạt động đều đặn. Tuy nhiên, việc giải phóng mặt bằng đường tuần tra biên giới còn 3 hộ chưa đồng thuận.
Đại diện chức sắc tôn giáo, Lễ sanh Thái Hòa Thanh, Trưởng ban Cai quản Họ đạo Cao Đài Tân Lập phát biểu, đồng đạo luôn "tốt đời, đẹp đạo", tích cực cùng bộ đội biên phòng tuần tra; họ đạo đã vận động được 150 phần quà tặng hộ nghèo dịp Tết.
Qua giám sát, đồng chí Trần Thị Kim Lan ghi nhận hai xã đã thực hiện tương đối tốt phương châm "dân biết, dân bàn, dân làm, dân kiểm tra"; tuy nhiên một số nội dung công khai còn chậm, hồ sơ tiếp dân chưa đầy đủ, việc lấy ý kiến nhân dân về kế hoạch sử dụng đất có nơi còn hình thức. Đồng chí đề nghị Đồn Biên phòng Kà Tum phối hợp chặt chẽ với Đảng ủy xã tiếp tục vận động 3 hộ còn lại, không để phát sinh khiếu kiện đông người.
Ngọc Bích
Lượt xem: 775
Tin liên quan
- Châu Thành: Giám sát thực hiện dân chủ ở xã Hòa Hội (10/05/2018)
- Bộ đội Biên phòng tỉnh giúp dân xây cầu (25/04/2018)
- Hội nghị giao ban khối dân vận quý I (06/04/2018)
""", "2018-05-18", "Giám sát việc thực hiện Quy chế dân chủ ở các xã biên giới huyện Tân Biên",
E("giam_sat", "2018", "2018-05-16"),
[P("Trần Thị Kim Lan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "trưởng đoàn"),
 P("Phạm Văn Bảy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Huỳnh Thị Ngọc Giàu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đặng Văn Lực", "Trung tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Lê Hữu Tâm", "HUV", "Bí thư Đảng ủy xã Tân Lập"),
 P("Võ Văn Sang", "Chủ tịch UBND xã Tân Bình"),
 P("Thái Hòa Thanh", "Lễ sanh", "Trưởng ban Cai quản Họ đạo Cao Đài Tân Lập")],
[Q("20 xã biên giới", 20, "xã biên giới"), Q("2.986 hộ", 2986, "hộ"), Q("11.240 nhân khẩu", 11240, "nhân khẩu"), Q("khoảng 62%", 62, "%", "approx"),
 Q("24 km", 24, "km"), Q("8 cột mốc", 8, "cột mốc"), Q("4 cuộc đối thoại", 4, "cuộc đối thoại"),
 Q("37 ý kiến, kiến nghị", 37, "ý kiến, kiến nghị"), Q("35 ý kiến", 35, "ý kiến"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("trên 12.000 m2", 12000, "m2", "over"),
 Q("6 ấp", 6, "ấp"), Q("3 hộ", 3, "hộ"), Q("150 phần quà", 150, "phần quà")],
[D("Kế hoạch", "22", "KH/TU", "2018-01-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 22-KH/TU ngày 8/1/2018"),
 D("Chỉ thị", "30", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 30-CT/TW"),
 D("Nghị định", "34", "2014/NĐ-CP", "2014-04-29", "Chính phủ", "Nghị định số 34/2014/NĐ-CP ngày 29/4/2014")],
[prov("Tây Ninh"), com("Tân Lập"), com("Tân Bình")],
["BÁO TÂY NINH ONLINE", "Chính trị - Xã hội :: Dân vận", "Đoàn giám sát làm việc tại xã Tân Lập. Ảnh: Ngọc Bích",
 "tốt đời, đẹp đạo", "dân biết, dân bàn, dân làm, dân kiểm tra", "Đồn Biên phòng Kà Tum", "Lượt xem: 775"],
["Ngày 18/05/2018 | 16:10", "năm 2018", "năm 2017", "Lượt xem: 775"]))

PAGES.append(page("b1262-angiang-bdbp-gapmat-chucsac-2018", """
Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang
Bạn đang ở: Trang chủ › Công tác dân tộc - tôn giáo
Thứ Năm, 27/12/2018 - 08:45
Chức sắc tôn giáo chung tay giữ bình yên vùng biên
Ngày 26/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với Ban Dân vận Tỉnh ủy tổ chức hội nghị gặp mặt chức sắc, chức việc các tôn giáo khu vực biên giới năm 2018. Dự có đồng chí Lê Thị Thanh Thúy, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy; Đại tá Trần Văn Quyết, Chính ủy BĐBP tỉnh cùng 126 chức sắc, chức việc đến từ các huyện, thị xã biên giới An Phú, Tân Châu, Tịnh Biên, Tri Tôn, đại diện cho Phật giáo Hòa Hảo, Phật giáo Nam tông Khmer, Hồi giáo, Công giáo, Cao Đài.
Các đại biểu tham dự hội nghị. Ảnh: Thanh Hùng
Theo báo cáo, khu vực biên giới của tỉnh có 96 cơ sở thờ tự với hơn 210.000 tín đồ. Năm 2018, các đồn biên phòng đã phối hợp với cấp ủy, chính quyền tuyên truyền Luật Tín ngưỡng, tôn giáo và Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ; quán triệt Chỉ thị số 18-CT/TW ngày 10/1/2018 của Ban Bí thư về tiếp tục đẩy mạnh thực hiện Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác tôn giáo trong tình hình mới. Các tổ chức tôn giáo đã cùng bộ đội biên phòng vận động hơn 2,6 tỷ đồng, xây dựng 41 căn nhà tình thương, tặng 3.500 phần quà cho hộ nghèo; chức sắc tham gia 78 buổi tuyên truyền cùng bộ đội biên phòng về phòng, chống buôn lậu, mua bán người qua biên giới.
Phát biểu tại hội nghị, Hòa thượng Chau Sóc Kha, trụ trì chùa Soài So (xã Cô Tô) khẳng định, chư tăng Khmer luôn nhắc nhở phật tử chấp hành pháp luật, không nghe theo kẻ xấu xuyên tạc. Ông Haji Ka Sim, Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh, cho biết bà con Chăm ở xã Châu Phong và xã Nhơn Hội đã tham gia 12 tổ tự quản đường biên. Linh mục Phêrô Nguyễn Văn Lộc, Chánh xứ Giáo xứ Năng Gù mong bộ đội biên phòng tiếp tục hỗ trợ học bổng cho con em giáo dân nghèo. Ông Trần Văn Đấu, Phó Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Vĩnh Xương, đề nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho một số điểm đọc giảng.
Đồng chí Lê Thị Thanh Thúy ghi nhận những đóng góp của chức sắc, chức việc và đồng bào các tôn giáo; đề nghị các vị tiếp tục phát huy uy tín, vận động tín đồ thực hiện tốt phong trào "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới". Đại tá Trần Văn Quyết cho biết năm 2019 BĐBP tỉnh sẽ thực hiện Kế hoạch số 312/KH-BCH về vận động đồng bào tôn giáo khu vực biên giới, duy trì đều đặn việc thăm hỏi các cơ sở tôn giáo vào các ngày lễ lớn.
Nhân dịp này, Bộ Chỉ huy BĐBP tỉnh tặng quà cho 20 chức sắc tiêu biểu.
Thanh Hùng
Lượt xem: 1.126
Tin khác
- Gặp mặt người có uy tín đồng bào Khmer dịp Chôl Chnăm Thmây (12/04/2018)
- An Phú: Ra mắt mô hình "Tổ tự quản đường biên" ở xã Khánh An (03/03/2018)
- Tịnh Biên đối thoại với đồng bào Khmer (15/01/2018)
""", "2018-12-27", "Chức sắc tôn giáo chung tay giữ bình yên vùng biên",
E("hoi_nghi", "2018", "2018-12-26"),
[P("Lê Thị Thanh Thúy", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Quyết", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Chau Sóc Kha", "Hòa thượng", "trụ trì chùa Soài So"),
 P("Haji Ka Sim", "Phó Ban Đại diện Cộng đồng Hồi giáo tỉnh"),
 P("Phêrô Nguyễn Văn Lộc", "Linh mục", "Chánh xứ Giáo xứ Năng Gù"),
 P("Trần Văn Đấu", "Phó Trưởng Ban Trị sự Phật giáo Hòa Hảo xã Vĩnh Xương")],
[Q("126 chức sắc, chức việc", 126, "chức sắc, chức việc"), Q("96 cơ sở thờ tự", 96, "cơ sở thờ tự"),
 Q("hơn 210.000 tín đồ", 210000, "tín đồ", "over"), Q("hơn 2,6 tỷ đồng", 2600000000, "đồng", "over"),
 Q("41 căn nhà tình thương", 41, "căn nhà tình thương"), Q("3.500 phần quà", 3500, "phần quà"),
 Q("78 buổi tuyên truyền", 78, "buổi tuyên truyền"), Q("12 tổ tự quản đường biên", 12, "tổ tự quản đường biên"),
 Q("20 chức sắc tiêu biểu", 20, "chức sắc tiêu biểu")],
[D("Nghị định", "162", "2017/NĐ-CP", "2017-12-30", "Chính phủ", "Nghị định số 162/2017/NĐ-CP ngày 30/12/2017"),
 D("Chỉ thị", "18", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 18-CT/TW ngày 10/1/2018"),
 D("Nghị quyết", "25", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 25-NQ/TW"),
 D("Kế hoạch", "312", "KH-BCH", None, None, "Kế hoạch số 312/KH-BCH")],
[prov("An Giang"), com("Cô Tô"), com("Châu Phong"), com("Nhơn Hội"), com("Vĩnh Xương")],
["Cổng thông tin điện tử Ban Dân vận Tỉnh ủy An Giang", "Bạn đang ở: Trang chủ › Công tác dân tộc - tôn giáo",
 "Các đại biểu tham dự hội nghị. Ảnh: Thanh Hùng", "Luật Tín ngưỡng, tôn giáo",
 "Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới", "Lượt xem: 1.126"],
["Thứ Năm, 27/12/2018 - 08:45", "năm 2018", "năm 2019", "khóa IX", "Lượt xem: 1.126"]))

PAGES.append(page("b1263-langson-daihoi-dtts-lan3-2019", """
BÁO LẠNG SƠN ĐIỆN TỬ
Trang chủ / Chính trị / Thời sự
Thứ Năm, 10/10/2019, 08:05
Quang cảnh Đại hội. Ảnh: Hoàng Hà
Đại hội đại biểu các dân tộc thiểu số tỉnh Lạng Sơn lần thứ III thành công tốt đẹp
LSO - Ngày 9/10/2019, tại thành phố Lạng Sơn, Đại hội đại biểu các dân tộc thiểu số tỉnh Lạng Sơn lần thứ III, năm 2019 đã khai mạc và bế mạc sau một ngày làm việc. Dự Đại hội có đồng chí Lò Văn Thắng, Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc; đồng chí Hoàng Thị Thuận, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; đồng chí Lương Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội cùng 300 đại biểu chính thức thuộc 7 dân tộc Nùng, Tày, Dao, Sán Chay, Hoa, Mông, Kinh.
Báo cáo tại Đại hội do đồng chí Nông Thị Lâm, Trưởng Ban Dân tộc tỉnh trình bày cho thấy, giai đoạn 2014 - 2019, tỉnh đã triển khai đồng bộ các chính sách dân tộc với tổng vốn hơn 3.500 tỷ đồng, trong đó có Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ về chính sách đặc thù hỗ trợ phát triển kinh tế - xã hội vùng dân tộc thiểu số. Tỷ lệ hộ nghèo giảm từ 21,5% xuống còn 8,6%; 100% xã có đường ô tô đến trung tâm; 31 xã đạt chuẩn nông thôn mới. Việc tổ chức Đại hội các cấp được thực hiện theo Chỉ thị số 28/CT-TTg ngày 18/9/2018 của Thủ tướng Chính phủ và Kế hoạch số 126/KH-UBND ngày 12/11/2018 của UBND tỉnh; trước đó, 11/11 huyện, thành phố đã tổ chức xong Đại hội cấp huyện.
Tham luận tại Đại hội, Đại tá Vy Văn Hoàn, Chính ủy BĐBP tỉnh nêu kết quả phối hợp của các đồn biên phòng với 21 xã, thị trấn biên giới trong xây dựng "thế trận lòng dân", giúp đồng bào xóa 145 nhà tạm. Ông Triệu Văn Chòi, người có uy tín thôn Khuổi Cụ, xã Mẫu Sơn, dân tộc Dao, kể chuyện vận động bà con bỏ tục ma chay kéo dài; bà Hoàng Thị Xuân, Chủ tịch Hội LHPN xã Hữu Liên, chia sẻ mô hình nuôi ong giúp chị em người Sán Chay thoát nghèo.
Phát biểu chỉ đạo, đồng chí Lò Văn Thắng đề nghị tỉnh tiếp tục quan tâm đào tạo, bồi dưỡng cán bộ người dân tộc thiểu số, phát huy vai trò của người có uy tín và lực lượng vũ trang trong bảo vệ chủ quyền biên giới. Đồng chí Hoàng Thị Thuận yêu cầu các cấp ủy đảng quán triệt sâu rộng Nghị quyết Đại hội.
Đại hội đã bầu Đoàn đại biểu gồm 45 đồng chí đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ II, năm 2020. Dịp này, UBND tỉnh tặng Bằng khen cho 40 tập thể, 75 cá nhân.
Hoàng Hà - Minh Ngọc
Lượt xem: 2.044
Bài viết liên quan
- Văn Lãng: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III (22/08/2019)
- Đình Lập tổng kết chính sách người có uy tín (10/07/2019)
- Gặp mặt người có uy tín tiêu biểu (25/06/2019)
""", "2019-10-10", "Đại hội đại biểu các dân tộc thiểu số tỉnh Lạng Sơn lần thứ III thành công tốt đẹp",
E("dai_hoi", "2019", "2019-10-09"),
[P("Lò Văn Thắng", "Thứ trưởng", "Phó Chủ nhiệm Ủy ban Dân tộc"),
 P("Hoàng Thị Thuận", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Lương Văn Bình", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Nông Thị Lâm", "Trưởng Ban Dân tộc tỉnh"),
 P("Vy Văn Hoàn", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Triệu Văn Chòi", "người có uy tín thôn Khuổi Cụ"),
 P("Hoàng Thị Xuân", "Chủ tịch Hội LHPN xã Hữu Liên")],
[Q("300 đại biểu chính thức", 300, "đại biểu chính thức"), Q("7 dân tộc", 7, "dân tộc"),
 Q("hơn 3.500 tỷ đồng", 3500000000000, "đồng", "over"), Q("21,5%", 21.5, "%"), Q("8,6%", 8.6, "%"),
 Q("100%", 100, "%"), Q("31 xã", 31, "xã"), Q("11/11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("21 xã, thị trấn biên giới", 21, "xã, thị trấn biên giới"), Q("145 nhà tạm", 145, "nhà tạm"),
 Q("45 đồng chí", 45, "đồng chí"), Q("40 tập thể", 40, "tập thể"), Q("75 cá nhân", 75, "cá nhân")],
[D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg"),
 D("Chỉ thị", "28", "CT-TTg", "2018-09-18", "Thủ tướng Chính phủ", "Chỉ thị số 28/CT-TTg ngày 18/9/2018"),
 D("Kế hoạch", "126", "KH-UBND", "2018-11-12", "UBND tỉnh", "Kế hoạch số 126/KH-UBND ngày 12/11/2018")],
[prov("Lạng Sơn"), com("Mẫu Sơn"), com("Hữu Liên")],
["BÁO LẠNG SƠN ĐIỆN TỬ", "Trang chủ / Chính trị / Thời sự", "Quang cảnh Đại hội. Ảnh: Hoàng Hà", "LSO",
 "thế trận lòng dân", "Lượt xem: 2.044"],
["Thứ Năm, 10/10/2019, 08:05", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019", "một ngày", "45 đồng chí",
 "lần thứ II", "năm 2020", "Lượt xem: 2.044"]))

PAGES.append(page("b1264-quangninh-bdbp-soket-6thang-2019", """
QUẢNG NINH ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Quảng Ninh
Thời sự > Quốc phòng - An ninh
12-07-2019 10:40
Bộ đội Biên phòng Quảng Ninh: Dựa vào dân để giữ vững biên cương
Chiều 11/7, Bộ Chỉ huy BĐBP tỉnh tổ chức hội nghị sơ kết công tác vận động quần chúng 6 tháng đầu năm 2019, triển khai nhiệm vụ 6 tháng cuối năm. Đại tá Phạm Ngọc Hoan, Chính ủy BĐBP tỉnh chủ trì hội nghị. Dự có đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh.
Đại tá Phạm Ngọc Hoan phát biểu kết luận hội nghị.
Trên tuyến biên giới đất liền dài 118,8 km và vùng biển rộng lớn, 6 tháng qua các đồn biên phòng đã tổ chức 312 buổi tuyên truyền cho hơn 14.800 lượt người; vận động 215 hộ dân ký cam kết không tham gia xuất nhập cảnh trái phép; tặng 6.200 lá cờ Tổ quốc cho ngư dân bám biển. Thực hiện Chương trình hành động số 25-CTr/TU của Tỉnh ủy và Hướng dẫn số 2468/HD-CT ngày 14/2/2019 của Cục Chính trị BĐBP, các đơn vị đã xây dựng 4 căn nhà "Mái ấm biên cương" trị giá 240 triệu đồng, duy trì 45 tổ đoàn kết tàu thuyền trên biển.
Công tác vận động đồng bào dân tộc thiểu số được chú trọng. Thiếu tá Chìu Văn Sáng, Chính trị viên Đồn Biên phòng Hoành Mô, cho biết đồn phân công 28 đảng viên phụ trách 560 hộ đồng bào Dao, Tày ở 2 xã Hoành Mô và Đồng Văn; giúp dân trồng 120 ha quế, hồi. Ông Phùn Seo Múi, Bí thư Chi bộ thôn Khe Vằn, xã Đồng Văn, người Dao Thanh Phán, bày tỏ phấn khởi vì thôn đã có đường bê tông, điện lưới đến từng nhà. Bà Tằng Thị Dung, Phó Chủ tịch UBND xã Hoành Mô, đề nghị đồn tiếp tục mở lớp dạy chữ cho phụ nữ lớn tuổi.
Ở khu vực cửa khẩu, các đồn Bắc Luân, Ka Long phối hợp với Hội LHPN phường Hải Hòa và xã Vạn Ninh tuyên truyền phòng, chống mua bán người, giúp 9 phụ nữ bị lừa bán trở về hòa nhập cộng đồng. Trung tá Vi Đức Thọ, Phó Chủ nhiệm Chính trị BĐBP tỉnh, thông tin về việc triển khai cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" trong các đơn vị.
Phát biểu tại hội nghị, đồng chí Lê Thị Hồng Vân đánh giá cao kết quả lực lượng BĐBP tỉnh đạt được, đề nghị thời gian tới tiếp tục phối hợp triển khai Quy chế phối hợp số 08-QCPH/BDVTU-BĐBP ngày 5/3/2018, đẩy mạnh phong trào thi đua "Dân vận khéo" ở khu vực biên giới, biển, đảo. Kết luận hội nghị, Đại tá Phạm Ngọc Hoan yêu cầu 6 tháng cuối năm các đơn vị tập trung xây dựng thêm 3 mô hình an ninh trật tự tại cơ sở.
Thu Hằng
Lượt xem: 964
Tin liên quan
- Đồn Biên phòng Quảng Đức giúp dân thu hoạch vải (30/06/2019)
- Bình Liêu: Ra mắt tổ tự quản đường biên mốc giới (15/06/2019)
- 200 suất quà tặng ngư dân Cô Tô (02/06/2019)
""", "2019-07-12", "Bộ đội Biên phòng Quảng Ninh: Dựa vào dân để giữ vững biên cương",
E("so_ket", "2019-H1", "2019-07-11"),
[P("Phạm Ngọc Hoan", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Chìu Văn Sáng", "Thiếu tá", "Chính trị viên Đồn Biên phòng Hoành Mô"),
 P("Phùn Seo Múi", "Bí thư Chi bộ thôn Khe Vằn"),
 P("Tằng Thị Dung", "Phó Chủ tịch UBND xã Hoành Mô"),
 P("Vi Đức Thọ", "Trung tá", "Phó Chủ nhiệm Chính trị BĐBP tỉnh")],
[Q("118,8 km", 118.8, "km"), Q("312 buổi tuyên truyền", 312, "buổi tuyên truyền"),
 Q("hơn 14.800 lượt người", 14800, "lượt người", "over"), Q("215 hộ dân", 215, "hộ dân"),
 Q("6.200 lá cờ Tổ quốc", 6200, "lá cờ Tổ quốc"), Q("4 căn nhà", 4, "căn nhà"),
 Q("240 triệu đồng", 240000000, "đồng"), Q("45 tổ đoàn kết tàu thuyền", 45, "tổ đoàn kết tàu thuyền"),
 Q("28 đảng viên", 28, "đảng viên"), Q("560 hộ đồng bào Dao, Tày", 560, "hộ đồng bào Dao, Tày"), Q("2 xã", 2, "xã"),
 Q("120 ha", 120, "ha"), Q("9 phụ nữ", 9, "phụ nữ"), Q("3 mô hình an ninh trật tự", 3, "mô hình an ninh trật tự")],
[D("Chương trình hành động", "25", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 25-CTr/TU"),
 D("Hướng dẫn", "2468", "HD-CT", "2019-02-14", "Cục Chính trị BĐBP", "Hướng dẫn số 2468/HD-CT ngày 14/2/2019"),
 D("Quy chế phối hợp", "08", "QCPH/BDVTU-BĐBP", "2018-03-05", None, "Quy chế phối hợp số 08-QCPH/BDVTU-BĐBP ngày 5/3/2018")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Hải Hòa"), com("Vạn Ninh")],
["QUẢNG NINH ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Quảng Ninh", "Thời sự > Quốc phòng - An ninh",
 "Đại tá Phạm Ngọc Hoan phát biểu kết luận hội nghị.", "Mái ấm biên cương", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Dân vận khéo", "Lượt xem: 964"],
["12-07-2019 10:40", "6 tháng đầu năm 2019", "6 tháng cuối năm", "6 tháng qua", "Lượt xem: 964"]))
