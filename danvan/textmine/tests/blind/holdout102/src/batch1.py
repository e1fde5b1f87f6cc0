from lib import *
PAGES = []

PAGES.append(page("b2405-langson-bdv-tongket-antq-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LẠNG SƠN
Trang chủ » Hoạt động » An ninh cơ sở
Thứ Tư, 28/12/2011 - 09:30
Ảnh: Quang cảnh hội nghị tổng kết.
Lạng Sơn tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2011
Ngày 26/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác phối hợp xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2011. Đồng chí Hoàng Văn Pắc, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Lộc Minh Tuấn, Đại tá, Phó Giám đốc Công an tỉnh đồng chủ trì. Dự hội nghị có 85 đại biểu là lãnh đạo ban dân vận, công an các huyện, thành phố.
Theo báo cáo, năm 2011 toàn tỉnh đã xây dựng, củng cố 1.245 tổ an ninh nhân dân, 312 tổ tự quản an ninh trật tự và 86 mô hình "Khu dân cư tự quản, tự bảo vệ". Quần chúng nhân dân đã cung cấp cho lực lượng công an 2.318 nguồn tin, giúp phát hiện, bắt giữ 47 vụ với 65 đối tượng vận chuyển, mua bán trái phép chất ma túy qua biên giới. Số vụ phạm pháp hình sự giảm 11,4% so với năm 2010; có 198/226 xã, phường, thị trấn được công nhận đạt tiêu chuẩn "an toàn về an ninh, trật tự".
Hai ngành đã triển khai Chương trình phối hợp số 02-CTr/BDV-CA về vận động nhân dân tham gia bảo vệ an ninh vùng biên giới, đồng thời tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 64-KH/TU ngày 19/12/2011 thực hiện Chỉ thị số 09-CT/TW ngày 01/12/2011 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới.
Tại hội nghị, ông Vi Văn Thành, Bí thư Đảng ủy xã Thanh Lòa, cho biết xã đã vận động đồng bào ký cam kết không vượt biên trái phép, không buôn lậu; bà Nông Thị Hoa, Trưởng thôn Nà Pàn, xã Tân Thanh, chia sẻ cách duy trì 14 tổ tự quản liên gia ở thôn. Đồng chí Chu Văn Tiến, HUV, Trưởng Công an huyện Văn Lãng, đề nghị tăng cường bồi dưỡng nghiệp vụ cho công an viên xã vì nhiều người còn kiêm nhiệm.
Một số ý kiến cho rằng việc sinh hoạt của các tổ an ninh nhân dân ở vùng sâu còn hình thức; tình trạng thanh niên sử dụng ma túy ở một số thôn ven biên giới chưa giảm; công tác nắm tình hình có lúc còn chậm.
Phát biểu kết luận, đồng chí Hoàng Văn Pắc đề nghị năm 2012 các cấp tiếp tục thực hiện mô hình xã "3 không" (không ma túy, không tội phạm, không tệ nạn xã hội), gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và tổ chức tốt Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở 100% khu dân cư.
Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc; mỗi tập thể được thưởng 1,5 triệu đồng.
Lăng Thị Huyền
Lượt xem: 1.024
Tin liên quan
- Tràng Định: ra mắt 6 tổ tự quản ở thôn biên giới (12/12/2011)
- Cao Lộc tập huấn cho 120 bảo vệ dân phố (30/11/2011)
- Hội nghị giao ban công tác dân vận quý III năm 2011 (10/10/2011)
- Đoàn công tác Bộ Công an làm việc tại Lạng Sơn (22/09/2011)
""", "2011-12-28", "Lạng Sơn tổng kết phong trào Toàn dân bảo vệ an ninh Tổ quốc năm 2011",
E("tong_ket", "2011", "2011-12-26"),
[P("Hoàng Văn Pắc", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lộc Minh Tuấn", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Vi Văn Thành", "Bí thư Đảng ủy xã Thanh Lòa"),
 P("Nông Thị Hoa", "Trưởng thôn Nà Pàn"),
 P("Chu Văn Tiến", "HUV", "Trưởng Công an huyện Văn Lãng")],
[Q("85 đại biểu", 85, "đại biểu"), Q("1.245 tổ an ninh nhân dân", 1245, "tổ an ninh nhân dân"),
 Q("312 tổ tự quản an ninh trật tự", 312, "tổ tự quản an ninh trật tự"), Q("86 mô hình", 86, "mô hình"),
 Q("2.318 nguồn tin", 2318, "nguồn tin"), Q("47 vụ", 47, "vụ"), Q("65 đối tượng", 65, "đối tượng"),
 Q("11,4%", 11.4, "%"), Q("198/226 xã, phường, thị trấn", 198, "xã, phường, thị trấn"),
 Q("14 tổ tự quản liên gia", 14, "tổ tự quản liên gia"), Q("100% khu dân cư", 100, "%"),
 Q("24 tập thể", 24, "tập thể"), Q("37 cá nhân", 37, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Chương trình phối hợp", "02", "CTr/BDV-CA", None, None, "Chương trình phối hợp số 02-CTr/BDV-CA"),
 D("Kế hoạch", "64", "KH/TU", "2011-12-19", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 64-KH/TU ngày 19/12/2011"),
 D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 01/12/2011")],
[prov("Lạng Sơn"), com("Thanh Lòa"), com("Tân Thanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY LẠNG SƠN", "Trang chủ » Hoạt động » An ninh cơ sở",
 "Ảnh: Quang cảnh hội nghị tổng kết.", "Khu dân cư tự quản, tự bảo vệ", "an toàn về an ninh, trật tự",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc", "Lượt xem: 1.024"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2010", "năm 2012", "3 không", "Lượt xem: 1.024"]))

PAGES.append(page("b2406-nghean-mttq-soket-matuy-2012", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An
Trang chủ > Tin tức > Hoạt động Mặt trận
Cập nhật: 15:12, 10/07/2012 (GMT+7)
Miền Tây Nghệ An: nhân dân chung tay đẩy lùi ma túy
Sáng 9/7, Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2012 thực hiện cuộc vận động toàn dân tham gia phòng, chống ma túy tại các huyện miền núi. Đồng chí Lữ Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh, và Thượng tá Vi Văn Quân, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh, đồng chủ trì.
Đồng chí Lữ Thị Mai phát biểu tại hội nghị. Ảnh: Hải Đăng
Báo cáo cho biết, 6 tháng qua Mặt trận các cấp đã phối hợp tổ chức 412 buổi tuyên truyền với hơn 36.000 lượt người nghe ở 11 huyện miền Tây; vận động 2.150 hộ gia đình ký cam kết không để người thân liên quan đến ma túy. Lực lượng chức năng đã triệt phá 93 vụ, bắt 128 đối tượng, thu giữ gần 4,6 kg heroin; quần chúng trực tiếp tố giác 31 vụ. Toàn khu vực hiện có 1.037 người nghiện có hồ sơ quản lý, giảm 8,2% so với cuối năm 2011.
Ủy ban MTTQ tỉnh đã ban hành Hướng dẫn số 07/HD-MTTQ-BTT về xây dựng khu dân cư không có ma túy và phối hợp với Công an tỉnh ký Quy chế phối hợp số 15/QC-MTTQ-CA. Ở cơ sở, các xã đã thành lập 264 tổ hòa giải và 58 câu lạc bộ "Gia đình không ma túy".
Tại hội nghị, ông Lầu Bá Chìa, người có uy tín bản Huồi Thợ, xã Huồi Tụ, kể việc bản đã tự đặt hương ước xử phạt người mua bán ma túy; ông Và Bá Dê, Chủ tịch Ủy ban MTTQ xã Mường Lống, đề nghị hỗ trợ kinh phí cai nghiện tại cộng đồng. Bà Lô Thị Xuân, Chủ tịch Hội LHPN huyện Quế Phong, cho biết hội đã nhận đỡ đầu 46 người sau cai nghiện.
Một số ý kiến phản ánh tình trạng đối tượng người nơi khác đến ẩn náu ở vùng giáp biên; việc quản lý người sau cai còn lỏng lẻo, có nơi chưa bố trí được việc làm cho họ.
Kết luận hội nghị, đồng chí Lữ Thị Mai yêu cầu 6 tháng cuối năm tiếp tục thực hiện Nghị quyết số 09/NQ-CP của Chính phủ về chương trình phòng, chống ma túy ở địa bàn trọng điểm, phấn đấu mỗi huyện có ít nhất 2 xã không có ma túy. Đồng chí cũng đề nghị phát huy vai trò 1.520 người có uy tín trong đồng bào Thái, Mông, Khơ Mú.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 9 tập thể, 15 cá nhân.
Phan Hải Đăng
Tin cùng chuyên mục
- Kỳ Sơn: 300 hộ dân ký cam kết không trồng cây thuốc phiện (02/07/2012)
- Mặt trận huyện Tương Dương giám sát việc cai nghiện tại cộng đồng (25/06/2012)
- Trao 50 suất quà cho người sau cai nghiện (14/06/2012)
- Quỳ Châu: ra mắt câu lạc bộ "Gia đình không ma túy" ở bản Hoa Tiến (06/06/2012)
- Hội nghị giao ban công tác Mặt trận quý I năm 2012 (12/04/2012)
""", "2012-07-10", "Miền Tây Nghệ An: nhân dân chung tay đẩy lùi ma túy",
E("so_ket", "2012-H1", "2012-07-09"),
[P("Lữ Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Vi Văn Quân", "Thượng tá", "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"),
 P("Lầu Bá Chìa", "người có uy tín bản Huồi Thợ"),
 P("Và Bá Dê", "Chủ tịch Ủy ban MTTQ xã Mường Lống"),
 P("Lô Thị Xuân", "Chủ tịch Hội LHPN huyện Quế Phong")],
[Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"), Q("hơn 36.000 lượt người nghe", 36000, "lượt người nghe", "over"),
 Q("11 huyện miền Tây", 11, "huyện miền Tây"), Q("2.150 hộ gia đình", 2150, "hộ gia đình"),
 Q("93 vụ", 93, "vụ"), Q("128 đối tượng", 128, "đối tượng"), Q("gần 4,6 kg", 4.6, "kg", "approx"),
 Q("31 vụ", 31, "vụ"), Q("1.037 người nghiện", 1037, "người nghiện"), Q("8,2%", 8.2, "%"),
 Q("264 tổ hòa giải", 264, "tổ hòa giải"), Q("58 câu lạc bộ", 58, "câu lạc bộ"),
 Q("46 người sau cai nghiện", 46, "người sau cai nghiện"), Q("2 xã", 2, "xã", "over"),
 Q("1.520 người có uy tín", 1520, "người có uy tín"), Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Hướng dẫn", "07", "HD-MTTQ-BTT", None, "Ủy ban MTTQ tỉnh", "Hướng dẫn số 07/HD-MTTQ-BTT"),
 D("Quy chế phối hợp", "15", "QC-MTTQ-CA", None, None, "Quy chế phối hợp số 15/QC-MTTQ-CA"),
 D("Nghị quyết", "09", "NQ-CP", None, "Chính phủ", "Nghị quyết số 09/NQ-CP của Chính phủ")],
[prov("Nghệ An"), com("Huồi Tụ"), com("Mường Lống")],
["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An", "Trang chủ > Tin tức > Hoạt động Mặt trận",
 "Đồng chí Lữ Thị Mai phát biểu tại hội nghị. Ảnh: Hải Đăng", "Gia đình không ma túy"],
["Cập nhật: 15:12, 10/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng qua", "6 tháng cuối năm", "năm 2011"]))

PAGES.append(page("b2407-daklak-ngayhoi-antq-2013", """
Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử
Bạn đang ở: Trang chủ / Dân vận cơ sở
08:15 | 20/08/2013
Rộn ràng Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở buôn Tơng Jú
Ngày 18/8, buôn Tơng Jú, xã Ea Kao, thành phố Buôn Ma Thuột, được chọn tổ chức điểm Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2013 của tỉnh. Về dự có đồng chí Y Wen Êban, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Nguyễn Đình Khải, Đại tá, Giám đốc Công an tỉnh cùng hơn 700 người dân trong buôn.
Ngày hội ở buôn Tơng Jú. Ảnh: H'Yâo
Phát biểu tại ngày hội, ông Y Krao Mlô, Trưởng buôn Tơng Jú, cho biết năm qua buôn có 236 hộ với 1.180 nhân khẩu, trong đó 92% là đồng bào Êđê. Buôn đã duy trì 9 tổ tự quản, 1 tổ hòa giải và 2 tổ an ninh nhân dân; bà con phát hiện, báo tin giúp công an xã bắt 3 đối tượng trộm cắp tài sản, hòa giải thành 7 vụ việc mâu thuẫn trong gia đình. Trong buôn không có người sử dụng ma túy, không có người theo "Tin lành Đê Ga".
Đồng chí Y Wen Êban đánh giá cao việc buôn gắn phong trào bảo vệ an ninh với xây dựng buôn văn hóa; đề nghị cấp ủy, chính quyền xã tiếp tục phát huy vai trò của già làng, người có uy tín, không để kẻ xấu lôi kéo, kích động. Đồng chí đề nghị thực hiện tốt Kết luận số 05-KL/TU ngày 22/4/2013 của Ban Thường vụ Tỉnh ủy về tăng cường xây dựng "Buôn an toàn" và Kế hoạch số 118/KH-UBND của UBND tỉnh về phong trào trong vùng đồng bào dân tộc thiểu số.
Già làng Y Bhiăo Niê kể lại những năm buôn còn nhiều người bị lôi kéo vượt biên, nay bà con đã tin Đảng, tin chính quyền. Chị H'Lim Mlô, Bí thư Chi đoàn buôn, cho biết 42 đoàn viên thanh niên đã nhận tuần tra cùng công an viên mỗi tối cuối tuần.
Dịp này, Công an tỉnh tặng buôn 1 bộ loa truyền thanh trị giá 25 triệu đồng; UBND xã Ea Kao trao giấy khen cho 5 tập thể và 11 cá nhân. Các đội văn nghệ biểu diễn chiêng, múa xoang, diễn tiểu phẩm về phòng chống tội phạm và tệ nạn xã hội do chính thanh niên trong buôn dàn dựng; các đội thi đẩy gậy, bắn nỏ, kéo co giữa 6 buôn trong xã.
Theo Ban Chỉ đạo phong trào của tỉnh, năm 2013 toàn tỉnh tổ chức Ngày hội ở 2.361 khu dân cư, đạt 99,4%.
Hồ Minh Nhật
Tin khác
- Krông Pắc: ra mắt mô hình "Buôn không có tội phạm" (12/08/2013)
- Hội nghị người có uy tín huyện Lắk (05/08/2013)
- Tập huấn cho 150 công an viên (28/07/2013)
- Ea H'leo: vận động 40 hộ trở về buôn cũ (15/07/2013)
- Đối thoại với người dân về đất đai ở xã Cư Êbur (08/07/2013)
- Buôn Đôn: phát huy vai trò già làng trong giữ gìn an ninh trật tự (01/07/2013)
- Ban Dân vận Tỉnh ủy làm việc với Huyện ủy Krông Bông (24/06/2013)
- Cư M'gar: 9 buôn đăng ký xây dựng "Buôn an toàn" (17/06/2013)
- Sơ kết 6 tháng công tác dân vận vùng đồng bào dân tộc thiểu số (10/06/2013)
""", "2013-08-20", "Rộn ràng Ngày hội Toàn dân bảo vệ an ninh Tổ quốc ở buôn Tơng Jú",
E("khac", None, None),
[P("Y Wen Êban", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đình Khải", "Đại tá", "Giám đốc Công an tỉnh"),
 P("Y Krao Mlô", "Trưởng buôn Tơng Jú"),
 P("Y Bhiăo Niê", "Già làng"),
 P("H'Lim Mlô", "Bí thư Chi đoàn buôn")],
[Q("hơn 700 người dân", 700, "người dân", "over"), Q("236 hộ", 236, "hộ"), Q("1.180 nhân khẩu", 1180, "nhân khẩu"),
 Q("92%", 92, "%"), Q("9 tổ tự quản", 9, "tổ tự quản"), Q("2 tổ an ninh nhân dân", 2, "tổ an ninh nhân dân"),
 Q("3 đối tượng", 3, "đối tượng"), Q("7 vụ việc mâu thuẫn trong gia đình", 7, "vụ việc mâu thuẫn trong gia đình"),
 Q("42 đoàn viên thanh niên", 42, "đoàn viên thanh niên"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("5 tập thể", 5, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("6 buôn", 6, "buôn"),
 Q("2.361 khu dân cư", 2361, "khu dân cư"), Q("99,4%", 99.4, "%")],
[D("Kết luận", "05", "KL/TU", "2013-04-22", "Ban Thường vụ Tỉnh ủy", "Kết luận số 05-KL/TU ngày 22/4/2013"),
 D("Kế hoạch", "118", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 118/KH-UBND")],
[prov("Đắk Lắk"), com("Ea Kao")],
["Ban Dân vận Tỉnh ủy Đắk Lắk - Trang thông tin điện tử", "Bạn đang ở: Trang chủ / Dân vận cơ sở",
 "Ngày hội ở buôn Tơng Jú. Ảnh: H'Yâo", "Ngày hội Toàn dân bảo vệ an ninh Tổ quốc", "Tin lành Đê Ga", "Buôn an toàn"],
["08:15 | 20/08/2013", "năm 2013", "1 tổ hòa giải", "1 bộ loa truyền thanh"]))

PAGES.append(page("b2408-soctrang-bdv-giaoban-q3-2014", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo
08/10/2014 - 10:05
Vị trí: Tin hoạt động
Giữ vững an ninh vùng đồng bào Khmer
Ngày 7/10, Ban Dân vận Tỉnh ủy phối hợp Công an tỉnh tổ chức giao ban công tác dân vận và bảo đảm an ninh, trật tự vùng đồng bào dân tộc Khmer quý III năm 2014. Đồng chí Lâm Thị Kim Sươl, Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy, chủ trì giao ban.
Theo báo cáo, quý III, tình hình an ninh chính trị vùng đồng bào Khmer cơ bản ổn định. Các ngành đã nắm tình hình ở 92 chùa Phật giáo Nam tông Khmer, phối hợp với Hội Đoàn kết sư sãi yêu nước vận động 1.350 sư sãi không tham gia các hoạt động do tổ chức "Khmer Krôm" lôi kéo. Lực lượng công an đã vận động 4 trường hợp trốn ra nước ngoài trở về địa phương; giải quyết 26 vụ tranh chấp đất đai giữa các hộ, hòa giải thành 21 vụ.
Quý III, lực lượng công an tỉnh Sóc Trăng phát hiện 14 vụ đánh bạc, 8 vụ mua bán trái phép chất ma túy, xử lý 53 đối tượng. Nhân dân ở 109 xã, phường, thị trấn đã cung cấp 640 tin báo về tội phạm. Tỉnh duy trì 2.874 tổ nhân dân tự quản; 37 ấp được công nhận "Ấp an toàn về an ninh trật tự".
Ban Dân vận Tỉnh ủy đã hướng dẫn thực hiện Chỉ thị 10, 11-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Khmer và về giữ gìn an ninh nông thôn; triển khai kế hoạch số 52-KH/BDVTU về tiếp xúc người có uy tín trước lễ Sene Đolta.
Tại buổi giao ban, Đại đức Thạch Sô Phal, trụ trì chùa Prếch Chropp, phản ánh một số thanh niên Khmer đi làm ăn xa bị dụ dỗ sử dụng ma túy khi trở về. Ông Kim Sa Rênh, Trưởng Công an xã Viên Bình, đề nghị tăng cường tuần tra vào mùa lễ hội; bà Sơn Thị Ngọc Hạnh, Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng, cho biết xã đã vận động 310 hộ ký cam kết không để con em tham gia tụ tập gây rối.
Kết luận giao ban, đồng chí Lâm Thị Kim Sươl đề nghị quý IV các ngành tập trung vận động đồng bào thực hiện tốt Quyết định số 1719/QĐ-TTg và chính sách cho người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ; chuẩn bị tổ chức lễ hội Oóc Om Bóc an toàn.
Đồng chí cũng lưu ý các huyện Trần Đề, Vĩnh Châu, Mỹ Xuyên rà soát những điểm có nguy cơ phát sinh tụ tập đông người, kịp thời đối thoại, giải quyết kiến nghị chính đáng của nhân dân ngay từ ấp, không để kẻ xấu lợi dụng kích động; phát huy vai trò của Ban Quản trị chùa, Achar và người có uy tín trong vận động bà con giữ gìn an ninh ở phum, sóc.
Tin, ảnh: Danh Thị Mỹ
Bản in | Gửi email | Lượt xem: 512
Các tin khác
- Trao 200 phần quà cho hộ Khmer nghèo dịp lễ Sene Đolta (22/09/2014)
- Mỹ Xuyên: tập huấn công tác dân vận cho cán bộ ấp (15/09/2014)
- Hội nghị người có uy tín năm 2014 (28/08/2014)
- Vĩnh Châu ra mắt 12 tổ tự quản ven biển (14/08/2014)
""", "2014-10-08", "Giữ vững an ninh vùng đồng bào Khmer",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Thị Kim Sươl", "Phó Trưởng Ban Thường trực Ban Dân vận Tỉnh ủy"),
 P("Thạch Sô Phal", "Đại đức", "trụ trì chùa Prếch Chropp"),
 P("Kim Sa Rênh", "Trưởng Công an xã Viên Bình"),
 P("Sơn Thị Ngọc Hạnh", "Chủ tịch Ủy ban MTTQ xã Lịch Hội Thượng")],
[Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("1.350 sư sãi", 1350, "sư sãi"),
 Q("4 trường hợp", 4, "trường hợp"), Q("26 vụ tranh chấp đất đai", 26, "vụ tranh chấp đất đai"),
 Q("21 vụ", 21, "vụ"), Q("14 vụ đánh bạc", 14, "vụ đánh bạc"),
 Q("8 vụ mua bán trái phép chất ma túy", 8, "vụ mua bán trái phép chất ma túy"), Q("53 đối tượng", 53, "đối tượng"),
 Q("109 xã, phường, thị trấn", 109, "xã, phường, thị trấn"), Q("640 tin báo về tội phạm", 640, "tin báo về tội phạm"),
 Q("2.874 tổ nhân dân tự quản", 2874, "tổ nhân dân tự quản"), Q("37 ấp", 37, "ấp"), Q("310 hộ", 310, "hộ")],
[D("Chỉ thị", "10", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 10, 11-CT/TU"),
 D("Kế hoạch", "52", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 52-KH/BDVTU"),
 D("Quyết định", "1719", "QĐ-TTg", None, None, "Quyết định số 1719/QĐ-TTg"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg")],
[prov("Sóc Trăng"), com("Viên Bình"), com("Lịch Hội Thượng")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ | Tin tức - Sự kiện | Dân tộc - Tôn giáo", "Vị trí: Tin hoạt động",
 "Hội Đoàn kết sư sãi yêu nước", "Khmer Krôm", "Ấp an toàn về an ninh trật tự", "Bản in | Gửi email | Lượt xem: 512"],
["08/10/2014 - 10:05", "quý III năm 2014", "quý III", "quý IV", "Lượt xem: 512"]))

PAGES.append(page("b2409-hagiang-doithoai-matuy-2015", """
HÀ GIANG ĐIỆN TỬ - Cổng thông tin của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang
Xã hội :: An ninh - Trật tự
Ngày đăng 12/06/2015 | 16:20
Cán bộ xã Sủng Là đối thoại với dân về phòng, chống ma túy
Chiều 11/6, Đảng ủy, UBND xã Sủng Là, huyện Đồng Văn tổ chức đối thoại trực tiếp với nhân dân về công tác phòng, chống ma túy và mua bán người năm 2015. Đồng chí Vừ Mí Sính, Bí thư Đảng ủy xã, và đồng chí Ly Thị Dợ, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, chủ trì; tham dự có hơn 260 người dân của 11 thôn.
Người dân thôn Lao Xa nêu ý kiến tại buổi đối thoại.
Mở đầu, ông Sùng Mí Páo, Trưởng Công an xã, thông tin: toàn xã hiện có 43 người nghiện ma túy, trong đó 19 người đang cai nghiện tại cộng đồng; từ đầu năm đến nay đã phát hiện 5 vụ tàng trữ trái phép chất ma túy, 2 vụ lừa bán phụ nữ sang biên giới. Công an xã đã phối hợp Đồn Biên phòng Lũng Cú tuần tra 48 lượt trên các đường mòn biên giới.
Tại buổi đối thoại, người dân đã nêu 17 ý kiến. Ông Giàng Mí Chứ, thôn Lao Xa, hỏi về chế độ hỗ trợ cho người cai nghiện; bà Lù Thị Mai, thôn Sủng Lìa, đề nghị xã có biện pháp quản lý thanh niên đi làm thuê bên kia biên giới. Nhiều ý kiến đề nghị tăng mức phụ cấp cho tổ tự quản vì hiện mỗi người chỉ được 100.000 đồng/tháng.
Trả lời các ý kiến, đồng chí Ly Thị Dợ cho biết xã đang thực hiện Nghị quyết số 03-NQ/ĐU của Đảng ủy xã về xây dựng thôn không có ma túy và Kế hoạch số 27/KH-UBND ngày 2/3/2015 của UBND huyện về cai nghiện tại gia đình, cộng đồng. Năm 2015, xã phấn đấu đưa 100% người nghiện vào cai, vận động 9 thôn đăng ký "Thôn không ma túy".
Đồng chí Vừ Mí Sính đề nghị mỗi gia đình phát huy vai trò trưởng dòng họ, người có uy tín trong việc giáo dục con cháu; ghi nhận 12 dòng họ Mông đã đưa nội dung không sử dụng ma túy vào quy ước dòng họ. Cuối buổi đối thoại, xã trao 8 suất quà, mỗi suất 500.000 đồng, cho người cai nghiện thành công.
Theo Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội của huyện Đồng Văn, những năm gần đây địa bàn giáp biên nổi lên tình trạng đối tượng người Mông ở nơi khác đến dụ dỗ phụ nữ, trẻ em đi làm thuê rồi bán qua biên giới. Vì vậy, buổi đối thoại cũng dành thời gian để cán bộ Đồn Biên phòng hướng dẫn bà con cách nhận diện thủ đoạn của đối tượng và số điện thoại đường dây nóng để báo tin.
Đây là lần thứ 3 xã Sủng Là tổ chức đối thoại với dân về chủ đề này.
Ngọc Ánh
Lượt đọc: 2.115
Bài viết liên quan
- Đồng Văn: tập huấn cho 80 cán bộ tổ tự quản (02/06/2015)
- Ra mắt mô hình "Dòng họ không ma túy" ở Phố Bảng (20/05/2015)
- Mèo Vạc giao ban công tác dân vận quý I (08/04/2015)
- Trao 100 suất quà cho người có uy tín (12/02/2015)
""", "2015-06-12", "Cán bộ xã Sủng Là đối thoại với dân về phòng, chống ma túy",
E("doi_thoai", "2015", "2015-06-11"),
[P("Vừ Mí Sính", "Bí thư Đảng ủy xã"),
 P("Ly Thị Dợ", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Sùng Mí Páo", "Trưởng Công an xã"),
 P("Giàng Mí Chứ"), P("Lù Thị Mai")],
[Q("hơn 260 người dân", 260, "người dân", "over"), Q("11 thôn", 11, "thôn"), Q("43 người nghiện ma túy", 43, "người nghiện ma túy"),
 Q("19 người", 19, "người"), Q("5 vụ tàng trữ trái phép chất ma túy", 5, "vụ tàng trữ trái phép chất ma túy"),
 Q("2 vụ lừa bán phụ nữ", 2, "vụ lừa bán phụ nữ"), Q("48 lượt", 48, "lượt"), Q("17 ý kiến", 17, "ý kiến"),
 Q("100.000 đồng/tháng", 100000, "đồng"), Q("100% người nghiện", 100, "%"), Q("9 thôn", 9, "thôn"),
 Q("12 dòng họ Mông", 12, "dòng họ Mông"), Q("8 suất quà", 8, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Nghị quyết", "03", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 03-NQ/ĐU của Đảng ủy xã"),
 D("Kế hoạch", "27", "KH-UBND", "2015-03-02", "UBND huyện", "Kế hoạch số 27/KH-UBND ngày 2/3/2015")],
[prov("Hà Giang"), com("Sủng Là")],
["HÀ GIANG ĐIỆN TỬ - Cổng thông tin của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang", "Xã hội :: An ninh - Trật tự",
 "Người dân thôn Lao Xa nêu ý kiến tại buổi đối thoại.", "Thôn không ma túy", "Lượt đọc: 2.115"],
["Ngày đăng 12/06/2015 | 16:20", "năm 2015", "lần thứ 3", "Lượt đọc: 2.115"]))

PAGES.append(page("b2410-dienbien-taphuan-totuquan-2016", """
Báo Điện Biên Phủ điện tử
Trang chủ › Chính trị › Quốc phòng - An ninh
Thứ Sáu, 22/04/2016
Ảnh: Đại úy Lò Văn Pọm hướng dẫn học viên kỹ năng nắm tình hình.
Nâng cao kỹ năng cho lực lượng bảo vệ an ninh ở bản
(ĐBP) - Ngày 20 và 21/4, Ban Dân vận Huyện ủy Tuần Giáo phối hợp Công an huyện mở lớp tập huấn nghiệp vụ năm 2016 cho 145 học viên là trưởng bản, công an viên, tổ trưởng tổ tự quản và thành viên tổ an ninh nhân dân của 19 xã, thị trấn.
Tham dự khai mạc có đồng chí Quàng Văn Lả, Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy; đồng chí Lường Thị Phương, HUV, Phó Chủ tịch UBND huyện. Các đồng chí Phó Trưởng Công an huyện: Cà Văn Dũng, Vàng A Sử trực tiếp giảng bài.
Trong 2 ngày, học viên được nghe giới thiệu Thông tư số 23/2012/TT-BCA của Bộ Công an về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn "An toàn về an ninh, trật tự"; Nghị quyết số 12-NQ/HU của Ban Chấp hành Đảng bộ huyện về phòng, chống ma túy giai đoạn 2016-2020; kỹ năng hòa giải ở cơ sở, nhận diện hoạt động truyền đạo trái pháp luật và mua bán người. Đại úy Lò Văn Pọm, cán bộ Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện, hướng dẫn cách phát hiện người sử dụng ma túy và lập hồ sơ quản lý.
Theo Công an huyện, năm 2015 Tuần Giáo phát hiện 67 vụ, 84 đối tượng phạm tội về ma túy, thu 3,2 kg heroin và 1.850 viên ma túy tổng hợp; hiện toàn huyện có 1.126 người nghiện, tập trung ở 6 xã vùng cao. Huyện có 171 tổ tự quản và 182 tổ an ninh nhân dân ở các bản, khối phố; 43 bản đăng ký xây dựng "Bản không có ma túy".
Học viên Khoàng Văn Thiên, Trưởng bản Hua Sa A, xã Mường Mùn, cho biết bản có 2 người nghiện đã cai thành công nhờ cả bản cùng giúp. Học viên Tòng Thị Hặc, Tổ trưởng tổ tự quản bản Phiêng Pi, xã Quài Tở, mong huyện mở thêm lớp tập huấn bằng tiếng Thái và tiếng Mông.
Theo đánh giá của Ban Dân vận Huyện ủy, phần lớn công an viên, trưởng bản ở Tuần Giáo là người dân tộc Thái, Mông, Khơ Mú, trình độ còn hạn chế, nhiều người mới được bầu lại sau bầu cử trưởng bản năm 2015 nên còn lúng túng khi nắm tình hình, lập biên bản vụ việc và hòa giải mâu thuẫn. Lớp tập huấn dành nhiều thời gian cho thực hành, xử lý tình huống; các học viên được chia nhóm theo cụm xã để trao đổi kinh nghiệm.
Cuối lớp, học viên làm bài thu hoạch; 100% đạt yêu cầu, 38 học viên đạt loại giỏi. Mỗi học viên được hỗ trợ 150.000 đồng/ngày tiền ăn.
Lò Hương
Lượt xem: 738
Tin cùng chuyên mục
- Mường Ảng: 500 hộ ký cam kết không tàng trữ, sử dụng ma túy (15/04/2016)
- Ra quân tấn công, trấn áp tội phạm trước bầu cử (08/04/2016)
- Điện Biên Đông hội nghị người có uy tín (30/03/2016)
""", "2016-04-22", "Nâng cao kỹ năng cho lực lượng bảo vệ an ninh ở bản",
E("tap_huan", "2016", "2016-04-20"),
[P("Quàng Văn Lả", "Ủy viên Ban Thường vụ Huyện ủy", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lường Thị Phương", "HUV", "Phó Chủ tịch UBND huyện"),
 P("Cà Văn Dũng", "Phó Trưởng Công an huyện"),
 P("Vàng A Sử", "Phó Trưởng Công an huyện"),
 P("Lò Văn Pọm", "Đại úy", "cán bộ Đội Cảnh sát điều tra tội phạm về ma túy Công an huyện"),
 P("Khoàng Văn Thiên", "Trưởng bản Hua Sa A"),
 P("Tòng Thị Hặc", "Tổ trưởng tổ tự quản bản Phiêng Pi")],
[Q("145 học viên", 145, "học viên"), Q("19 xã, thị trấn", 19, "xã, thị trấn"), Q("67 vụ", 67, "vụ"),
 Q("84 đối tượng", 84, "đối tượng"), Q("3,2 kg", 3.2, "kg"), Q("1.850 viên ma túy tổng hợp", 1850, "viên ma túy tổng hợp"),
 Q("1.126 người nghiện", 1126, "người nghiện"), Q("6 xã vùng cao", 6, "xã vùng cao"), Q("171 tổ tự quản", 171, "tổ tự quản"),
 Q("182 tổ an ninh nhân dân", 182, "tổ an ninh nhân dân"), Q("43 bản", 43, "bản"), Q("2 người nghiện", 2, "người nghiện"),
 Q("100% đạt yêu cầu", 100, "%"), Q("38 học viên", 38, "học viên"), Q("150.000 đồng/ngày", 150000, "đồng")],
[D("Thông tư", "23", "2012/TT-BCA", None, "Bộ Công an", "Thông tư số 23/2012/TT-BCA"),
 D("Nghị quyết", "12", "NQ/HU", None, "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 12-NQ/HU")],
[prov("Điện Biên"), com("Mường Mùn"), com("Quài Tở")],
["Báo Điện Biên Phủ điện tử", "Trang chủ › Chính trị › Quốc phòng - An ninh",
 "Ảnh: Đại úy Lò Văn Pọm hướng dẫn học viên kỹ năng nắm tình hình.", "(ĐBP)", "An toàn về an ninh, trật tự",
 "Bản không có ma túy", "Lượt xem: 738"],
["Thứ Sáu, 22/04/2016", "năm 2016", "2 ngày", "giai đoạn 2016-2020", "năm 2015", "Lượt xem: 738"]))
