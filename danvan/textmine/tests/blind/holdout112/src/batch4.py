from lib import *
PAGES = []

PAGES.append(page("b2663-tuyenquang-bdbp-xuanbienphong-2026", """
BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH TUYÊN QUANG
Trang chủ » Tin tức » Biên phòng với dân bản
Ngày đăng 19/01/2026 | 09:10
Trung tá Vừ Mí Kề trao quà cho người có uy tín thôn Lô Lô Chải.
Hơn 1,1 tỷ đồng quà Tết đến với đồng bào vùng biên xã Lũng Cú, Sơn Vĩ
Ngày 17/1/2026, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tuyên Quang phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" Xuân Bính Ngọ 2026 tại xã Lũng Cú và xã Sơn Vĩ. Đây là năm đầu tiên chương trình được tổ chức sau khi tỉnh Hà Giang và tỉnh Tuyên Quang hợp nhất, thực hiện mô hình chính quyền địa phương hai cấp.
Dự chương trình có Đại tá Hoàng Văn Chung, Chính ủy Bộ đội Biên phòng tỉnh; bà Thào Thị Dợ, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; ông Ly Mí Chúng, Bí thư Đảng ủy xã Lũng Cú cùng đông đảo đồng bào Mông, Lô Lô, Pu Péo.
Tại hai điểm tổ chức, Ban tổ chức đã trao 800 suất quà Tết, mỗi suất trị giá 700.000 đồng cho hộ nghèo, hộ cận nghèo, gia đình chính sách; trao 100 suất học bổng "Nâng bước em tới trường", mỗi suất 2 triệu đồng; bàn giao 3 căn nhà "Mái ấm biên cương" cho hộ nghèo, mỗi căn 80 triệu đồng; tặng 50 con bê giống cho 50 hộ tham gia tổ tự quản đường biên. Tổng giá trị chương trình hơn 1,1 tỷ đồng.
Cùng với trao quà, các Đồn Biên phòng Lũng Cú, Sơn Vĩ tổ chức "Phiên chợ Tết 0 đồng" với 30 gian hàng; bác sĩ quân y khám bệnh, cấp thuốc miễn phí cho 420 lượt người; đoàn viên thanh niên gói 2.000 chiếc bánh chưng tặng các hộ khó khăn.
Trung tá Vừ Mí Kề, Chính trị viên Đồn Biên phòng Lũng Cú, cho biết năm 2025 đơn vị đã duy trì 14 tổ tự quản đường biên, mốc quốc giới với 236 hộ tham gia; phối hợp với xã giải quyết 12 vụ việc mâu thuẫn trong nhân dân ngay tại thôn; nhận đỡ đầu 11 học sinh theo chương trình "Nâng bước em tới trường". Lò Thị Gián, người có uy tín thôn Lô Lô Chải, xúc động nói: năm nào bộ đội cũng về ăn Tết với bà con, năm nay có thêm quà từ khắp nơi gửi về.
Phát biểu tại chương trình, Đại tá Hoàng Văn Chung cho biết thực hiện Chỉ thị 05, 06-CT/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận vùng đồng bào dân tộc thiểu số và về tổ chức Tết cho nhân dân, Bộ đội Biên phòng tỉnh đã tổ chức chương trình tại 9 xã biên giới với tổng số 3.600 suất quà. Đồng chí đề nghị chính quyền các xã mới tiếp tục phát huy vai trò già làng, trưởng thôn, người có uy tín, phối hợp giữ vững an ninh trên tuyến biên giới dài hơn 270 km.
Ông Ly Mí Chúng cảm ơn các nhà tài trợ, cam kết quản lý, sử dụng quà tặng đúng đối tượng; xã sẽ huy động 100% cán bộ, đảng viên đến với từng hộ trước Tết.
Hoàng Anh
Lượt xem: 1.386
Tin liên quan
- Xã Mèo Vạc: 200 suất quà cho hộ nghèo đón Tết (15/01/2026)
- Đồn Biên phòng Sơn Vĩ tặng 300 lá cờ Tổ quốc (10/01/2026)
- Hội nghị tổng kết công tác dân vận năm 2025 (30/12/2025)
""", "2026-01-19", "Hơn 1,1 tỷ đồng quà Tết đến với đồng bào vùng biên xã Lũng Cú, Sơn Vĩ",
E("trao_qua", None, "2026-01-17"),
[P("Vừ Mí Kề", "Trung tá", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Hoàng Văn Chung", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Thào Thị Dợ", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Ly Mí Chúng", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Gián", "người có uy tín thôn Lô Lô Chải")],
[Q("Hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("800 suất quà", 800, "suất quà"), Q("700.000 đồng", 700000, "đồng"),
 Q("100 suất học bổng", 100, "suất học bổng"), Q("2 triệu đồng", 2000000, "đồng"), Q("3 căn nhà", 3, "căn nhà"),
 Q("80 triệu đồng", 80000000, "đồng"), Q("50 con bê giống", 50, "con bê giống"), Q("50 hộ", 50, "hộ"),
 Q("30 gian hàng", 30, "gian hàng"), Q("420 lượt người", 420, "lượt người"), Q("2.000 chiếc bánh chưng", 2000, "chiếc bánh chưng"),
 Q("14 tổ tự quản đường biên, mốc quốc giới", 14, "tổ tự quản đường biên, mốc quốc giới"), Q("236 hộ", 236, "hộ"),
 Q("12 vụ việc mâu thuẫn", 12, "vụ việc mâu thuẫn"), Q("11 học sinh", 11, "học sinh"), Q("9 xã biên giới", 9, "xã biên giới"),
 Q("3.600 suất quà", 3600, "suất quà"), Q("hơn 270 km", 270, "km", "over"), Q("100%", 100, "%")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 05, 06-CT/TU")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Lũng Cú"), com("Sơn Vĩ")],
["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH TUYÊN QUANG", "Trang chủ » Tin tức » Biên phòng với dân bản",
 "Trung tá Vừ Mí Kề trao quà cho người có uy tín thôn Lô Lô Chải.", "Xuân Biên phòng ấm lòng dân bản",
 "Nâng bước em tới trường", "Mái ấm biên cương", "Phiên chợ Tết 0 đồng", "Lượt xem: 1.386"],
["Ngày đăng 19/01/2026 | 09:10", "Xuân Bính Ngọ 2026", "năm đầu tiên", "hai cấp", "Phiên chợ Tết 0 đồng", "năm 2025",
 "Lượt xem: 1.386"]))

PAGES.append(page("b2664-khanhhoa-truongsa-hoinghi-2025", """
Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa
Trang chủ / Tin hoạt động / Biển, đảo
Thứ Ba, 14/10/2025 - 16:40
Toàn cảnh hội nghị. Ảnh: Bảo Ngọc
Biểu dương 45 tập thể, cá nhân tiêu biểu trong phong trào hướng về Trường Sa
Ngày 13/10/2025, tại phường Nha Trang, Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa và Vùng 4 Hải quân tổ chức hội nghị biểu dương điển hình tiên tiến trong phong trào "Cả nước vì Trường Sa, Trường Sa vì cả nước" năm 2025. Đây là hội nghị đầu tiên sau khi tỉnh Khánh Hòa và tỉnh Ninh Thuận hợp nhất, huyện Trường Sa được tổ chức lại thành đặc khu Trường Sa.
Chủ trì hội nghị có đồng chí Nguyễn Thị Hồng Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; đồng chí Thuận Văn Phú, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; Đại tá Đỗ Minh Thắng, Phó Chính ủy Vùng 4 Hải quân.
Báo cáo tại hội nghị cho biết, năm 2025, các cơ quan, đơn vị, doanh nghiệp và nhân dân trong tỉnh đã đóng góp Quỹ "Vì Trường Sa thân yêu" hơn 6,4 tỷ đồng; tổ chức 12 đoàn công tác với 1.850 lượt đại biểu thăm, tặng quà quân và dân đặc khu Trường Sa, Nhà giàn DK1. Các đoàn đã trao 21 công trình cây xanh, 2.500 lá cờ Tổ quốc, 60 máy lọc nước biển và 9.000 đầu sách; tặng quà cho 46 hộ dân với 196 nhân khẩu đang sinh sống trên các đảo, mỗi hộ 5 triệu đồng.
Ở đất liền, Mặt trận các cấp phối hợp với Hội Nghề cá tỉnh vận động thành lập 318 tổ đoàn kết trên biển với 2.140 tàu cá; hỗ trợ 27 gia đình ngư dân gặp nạn trên biển với số tiền 540 triệu đồng. Hội LHPN tỉnh duy trì 95 câu lạc bộ "Vợ ngư dân giữ biển"; Tỉnh đoàn tổ chức Hành trình "Tuổi trẻ vì biển, đảo quê hương" cho 200 đoàn viên tiêu biểu.
Tại hội nghị, ông Pinăng Văn Hòa, người có uy tín thôn Ma Oai, xã Phước Hà, chia sẻ việc vận động đồng bào Raglai góp gạo, góp tiền gửi ra đảo. Chị Trần Thị Ngọc Bích, vợ của một quân nhân đang công tác tại đảo Song Tử Tây, xúc động kể về những lá thư gửi từ đảo về đất liền. Đồng chí Lê Văn Tài, Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Trường Sa, cảm ơn tình cảm của nhân dân cả nước dành cho quân và dân nơi đầu sóng.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hồng Hải đề nghị các cấp tiếp tục thực hiện Nghị quyết số 36-NQ/TW của Ban Chấp hành Trung ương về Chiến lược phát triển bền vững kinh tế biển Việt Nam, Kế hoạch số 12-KH/BTGDVTU ngày 15/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về tuyên truyền biển, đảo giai đoạn 2025 - 2030; làm tốt công tác vận động ngư dân chống khai thác IUU.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 20 tập thể và 25 cá nhân; mỗi tập thể, cá nhân được thưởng 1,5 triệu đồng.
Bảo Ngọc
Số lượt xem: 967
Tin liên quan
- Đoàn công tác số 9 thăm quân và dân đặc khu Trường Sa (30/09/2025)
- Ra mắt Ủy ban MTTQ Việt Nam phường Bắc Nha Trang (10/07/2025)
- Khánh Hòa: 300 phần quà cho ngư dân Ninh Hải (02/07/2025)
""", "2025-10-14", "Biểu dương 45 tập thể, cá nhân tiêu biểu trong phong trào hướng về Trường Sa",
E("hoi_nghi", "2025", "2025-10-13"),
[P("Nguyễn Thị Hồng Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thuận Văn Phú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Minh Thắng", "Đại tá", "Phó Chính ủy Vùng 4 Hải quân"),
 P("Pinăng Văn Hòa", "người có uy tín thôn Ma Oai"),
 P("Trần Thị Ngọc Bích"),
 P("Lê Văn Tài", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Trường Sa")],
[Q("45 tập thể, cá nhân", 45, "tập thể, cá nhân"), Q("hơn 6,4 tỷ đồng", 6400000000, "đồng", "over"),
 Q("12 đoàn công tác", 12, "đoàn công tác"), Q("1.850 lượt đại biểu", 1850, "lượt đại biểu"),
 Q("21 công trình cây xanh", 21, "công trình cây xanh"), Q("2.500 lá cờ Tổ quốc", 2500, "lá cờ Tổ quốc"),
 Q("60 máy lọc nước biển", 60, "máy lọc nước biển"), Q("9.000 đầu sách", 9000, "đầu sách"), Q("46 hộ dân", 46, "hộ dân"),
 Q("196 nhân khẩu", 196, "nhân khẩu"), Q("5 triệu đồng", 5000000, "đồng"), Q("318 tổ đoàn kết", 318, "tổ đoàn kết"),
 Q("2.140 tàu cá", 2140, "tàu cá"), Q("27 gia đình ngư dân", 27, "gia đình ngư dân"), Q("540 triệu đồng", 540000000, "đồng"),
 Q("95 câu lạc bộ", 95, "câu lạc bộ"), Q("200 đoàn viên tiêu biểu", 200, "đoàn viên tiêu biểu"),
 Q("20 tập thể", 20, "tập thể"), Q("25 cá nhân", 25, "cá nhân"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Nghị quyết", "36", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 36-NQ/TW"),
 D("Kế hoạch", "12", "KH/BTGDVTU", "2025-08-15", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/BTGDVTU ngày 15/8/2025")],
[prov("Khánh Hòa"), prov("Ninh Thuận"), com("Nha Trang"), com("Trường Sa"), com("Phước Hà")],
["Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa", "Trang chủ / Tin hoạt động / Biển, đảo", "Toàn cảnh hội nghị. Ảnh: Bảo Ngọc",
 "Cả nước vì Trường Sa, Trường Sa vì cả nước", "Vì Trường Sa thân yêu", "Vợ ngư dân giữ biển",
 "Tuổi trẻ vì biển, đảo quê hương", "Vùng 4 Hải quân", "Nhà giàn DK1", "Song Tử Tây", "Số lượt xem: 967"],
["Thứ Ba, 14/10/2025 - 16:40", "năm 2025", "hội nghị đầu tiên", "Vùng 4 Hải quân", "Nhà giàn DK1",
 "giai đoạn 2025 - 2030", "Số lượt xem: 967"]))

PAGES.append(page("b2665-quangngai-btgdv-soket-2025", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị » Xây dựng Đảng » Dân vận
18/07/2025 - 10:05
Đồng chí Đinh Thị Lệ phát biểu tại hội nghị.
Tỉnh mới, nhiệm vụ mới: dân vận phải đến từng thôn, làng vùng biên giới, hải đảo
(Báo Quảng Ngãi) - Sáng 17/7, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi tổ chức hội nghị sơ kết công tác tuyên giáo và dân vận 6 tháng đầu năm 2025. Đây là hội nghị đầu tiên của Ban sau khi tỉnh Quảng Ngãi và tỉnh Kon Tum hợp nhất từ ngày 1/7/2025. Đồng chí Đinh Thị Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: A Pháp, Nguyễn Thị Thu Hà, Phạm Quang Vinh.
Báo cáo cho biết, tỉnh Quảng Ngãi (mới) có 96 xã, phường, đặc khu, trong đó 11 xã biên giới giáp Lào và Campuchia và đặc khu Lý Sơn. 6 tháng đầu năm, khối dân vận đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 221, 222-KH/TU về công tác dân vận trong thực hiện sắp xếp đơn vị hành chính và về vận động đồng bào dân tộc thiểu số vùng biên giới; 100% cán bộ, đảng viên được quán triệt Kết luận số 127-KL/TW ngày 28/2/2025 của Bộ Chính trị, Ban Bí thư.
Lực lượng Bộ đội Biên phòng phối hợp với các xã biên giới tổ chức 128 buổi tuyên truyền cho trên 9.600 lượt người; vận động 73 hộ đồng bào Xơ Đăng, Giẻ Triêng ở xã Bờ Y và xã Đăk Plô xóa nhà tạm theo phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát", mỗi căn được hỗ trợ 60 triệu đồng. Tại đặc khu Lý Sơn, Đồn Biên phòng Lý Sơn và Hội Nghề cá phối hợp củng cố 42 tổ đoàn kết với 318 tàu cá; 6 tháng qua không có tàu cá nào vi phạm vùng biển nước ngoài.
Đại tá Đinh Văn Thương, Chính ủy Bộ đội Biên phòng tỉnh, thông tin: đơn vị đã cử 147 đảng viên tham gia sinh hoạt tại 98 chi bộ thôn, làng biên giới; duy trì mô hình "Con nuôi Đồn Biên phòng" với 63 cháu, mỗi cháu được hỗ trợ 500.000 đồng/tháng. Ông A Blưr, người có uy tín làng Đăk Răng, xã Bờ Y, kiến nghị sớm ổn định bộ máy xã mới để người dân làm thủ tục thuận lợi.
Khối dân vận các xã, phường đã tiếp nhận 57 ý kiến, kiến nghị của nhân dân sau sắp xếp, chủ yếu về thủ tục hành chính và điểm giao dịch; đã giải quyết 49 kiến nghị. Một số xã sau hợp nhất có diện tích trên 500 km2, địa bàn rộng, giao thông khó khăn.
Kết luận hội nghị, đồng chí Đinh Thị Lệ đề nghị 6 tháng cuối năm tập trung tuyên truyền Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030; bám dân, bám cơ sở, nhất là 11 xã biên giới và đặc khu Lý Sơn; thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về tổ chức công tác dân vận.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy trao 40 suất quà cho cán bộ dân vận cơ sở có hoàn cảnh khó khăn, mỗi suất 1 triệu đồng.
Thanh Nhị
Các tin khác
- Đặc khu Lý Sơn ra mắt Ủy ban MTTQ Việt Nam (02/07/2025)
- Ngày đầu vận hành chính quyền địa phương hai cấp ở vùng biên (01/07/2025)
- Trao 500 lá cờ Tổ quốc cho ngư dân Bình Sơn (25/06/2025)
""", "2025-07-18", "Tỉnh mới, nhiệm vụ mới: dân vận phải đến từng thôn, làng vùng biên giới, hải đảo",
E("so_ket", "2025-H1", "2025-07-17"),
[P("Đinh Thị Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("A Pháp", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Phạm Quang Vinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Đinh Văn Thương", "Đại tá", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("A Blưr", "người có uy tín làng Đăk Răng")],
[Q("96 xã, phường, đặc khu", 96, "xã, phường, đặc khu"), Q("11 xã biên giới", 11, "xã biên giới"), Q("100%", 100, "%"),
 Q("128 buổi tuyên truyền", 128, "buổi tuyên truyền"), Q("trên 9.600 lượt người", 9600, "lượt người", "over"),
 Q("73 hộ đồng bào Xơ Đăng, Giẻ Triêng", 73, "hộ đồng bào Xơ Đăng, Giẻ Triêng"), Q("60 triệu đồng", 60000000, "đồng"),
 Q("42 tổ đoàn kết", 42, "tổ đoàn kết"), Q("318 tàu cá", 318, "tàu cá"), Q("147 đảng viên", 147, "đảng viên"),
 Q("98 chi bộ thôn, làng biên giới", 98, "chi bộ thôn, làng biên giới"), Q("63 cháu", 63, "cháu"),
 Q("500.000 đồng", 500000, "đồng"), Q("57 ý kiến, kiến nghị", 57, "ý kiến, kiến nghị"), Q("49 kiến nghị", 49, "kiến nghị"),
 Q("trên 500 km2", 500, "km2", "over"), Q("40 suất quà", 40, "suất quà"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "221", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 221, 222-KH/TU"),
 D("Kế hoạch", "222", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 221, 222-KH/TU"),
 D("Kết luận", "127", "KL/TW", "2025-02-28", "Bộ Chính trị, Ban Bí thư", "Kết luận số 127-KL/TW ngày 28/2/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Lý Sơn"), com("Bờ Y"), com("Đăk Plô")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chính trị » Xây dựng Đảng » Dân vận", "Đồng chí Đinh Thị Lệ phát biểu tại hội nghị.",
 "(Báo Quảng Ngãi)", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Con nuôi Đồn Biên phòng", "Lào", "Campuchia"],
["18/07/2025 - 10:05", "6 tháng đầu năm 2025", "hội nghị đầu tiên", "1/7/2025", "6 tháng qua", "6 tháng cuối năm",
 "lần thứ I", "nhiệm kỳ 2025 - 2030"]))

PAGES.append(page("b2666-angiang-phuquoc-daihoi-mttq-2025", """
ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG
Trang chủ | Hoạt động Mặt trận | Tin cơ sở
26-09-2025 14:20
Đại hội MTTQ Việt Nam đặc khu Phú Quốc lần thứ I: đoàn kết xây dựng đảo ngọc
Ngày 25/9/2025, Ủy ban MTTQ Việt Nam đặc khu Phú Quốc tổ chức Đại hội đại biểu Mặt trận Tổ quốc Việt Nam đặc khu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là đại hội đầu tiên sau khi tỉnh Kiên Giang và tỉnh An Giang hợp nhất, thành phố Phú Quốc được tổ chức lại thành đặc khu Phú Quốc. Dự đại hội có bà Trần Thị Hồng Xuyến, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Văn Mười, Bí thư Đảng ủy đặc khu và 150 đại biểu chính thức.
Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hồng Nhung
Báo cáo tại đại hội cho biết, giai đoạn vừa qua, Mặt trận và các đoàn thể vận động Quỹ "Vì người nghèo" được trên 8,5 tỷ đồng; xây mới, sửa chữa 132 căn nhà cho hộ khó khăn; hỗ trợ 1.260 ngư dân có hoàn cảnh khó khăn. Mặt trận phối hợp với Đồn Biên phòng Hàm Ninh, Đồn Biên phòng Gành Dầu và Hải đội 2 Biên phòng vận động thành lập 46 tổ đoàn kết trên biển với 412 tàu cá; 100% tàu cá có chiều dài từ 15 m trở lên lắp thiết bị giám sát hành trình; không có tàu cá vi phạm vùng biển nước ngoài trong năm 2024 và 9 tháng năm 2025.
Tham luận tại đại hội, Thiếu tá Thạch Sô Phên, Phó Chính trị viên Đồn Biên phòng Gành Dầu, cho biết chương trình "Xuân Biên phòng ấm lòng dân bản" đã trao 1.800 phần quà cho hộ nghèo, ngư dân; mô hình "Con nuôi Đồn Biên phòng" đỡ đầu 24 cháu. Ông Danh Sà Rên, trưởng khu phố Rạch Vẹm, chia sẻ việc vận động 37 hộ hiến đất mở rộng đường ven biển. Bà Lâm Thị Kim Hương, tổ trưởng tổ đoàn kết "Vợ ngư dân giữ biển" khu phố 3, đề nghị Mặt trận tiếp tục hỗ trợ các gia đình có người thân đi biển.
Đại hội đã hiệp thương cử 39 vị vào Ủy ban MTTQ Việt Nam đặc khu khóa I. Bà Huỳnh Thị Bích Vân được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quốc; các ông Nguyễn Hoàng Phúc, Chau Thanh Tâm được cử làm Phó Chủ tịch. Đại hội bầu 8 đại biểu dự Đại hội đại biểu MTTQ Việt Nam tỉnh An Giang lần thứ I.
Phát biểu chỉ đạo, bà Trần Thị Hồng Xuyến đề nghị Mặt trận đặc khu thực hiện tốt Kế hoạch số 25-KH/ĐU ngày 05/8/2025 của Ban Thường vụ Đảng ủy đặc khu về công tác dân vận trong tình hình mới, phối hợp với các đặc khu Thổ Châu, Kiên Hải chăm lo đời sống ngư dân; tích cực vận động nhân dân tham gia bảo vệ chủ quyền biển, đảo.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng 50 suất quà, mỗi suất 1 triệu đồng cho ngư dân nghèo đặc khu Phú Quốc; Đồn Biên phòng Hàm Ninh tặng 20 chiếc xe đạp cho học sinh.
Hồng Nhung
Lượt xem: 1.102
TIN CÙNG CHUYÊN MỤC
- Đại hội MTTQ Việt Nam đặc khu Thổ Châu (23/09/2025)
- Phường Rạch Giá tổ chức Đại hội Mặt trận (20/09/2025)
- Xã Vĩnh Xương trao 100 phần quà cho hộ nghèo biên giới (15/09/2025)
""", "2025-09-26", "Đại hội MTTQ Việt Nam đặc khu Phú Quốc lần thứ I: đoàn kết xây dựng đảo ngọc",
E("dai_hoi", None, "2025-09-25"),
[P("Trần Thị Hồng Xuyến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Văn Mười", "Bí thư Đảng ủy đặc khu"),
 P("Thạch Sô Phên", "Thiếu tá", "Phó Chính trị viên Đồn Biên phòng Gành Dầu"),
 P("Danh Sà Rên", "trưởng khu phố Rạch Vẹm"),
 P("Lâm Thị Kim Hương", "tổ trưởng tổ đoàn kết \"Vợ ngư dân giữ biển\" khu phố 3"),
 P("Huỳnh Thị Bích Vân", "Chủ tịch Ủy ban MTTQ Việt Nam đặc khu Phú Quốc"),
 P("Nguyễn Hoàng Phúc", "Phó Chủ tịch"),
 P("Chau Thanh Tâm", "Phó Chủ tịch")],
[Q("150 đại biểu chính thức", 150, "đại biểu chính thức"), Q("trên 8,5 tỷ đồng", 8500000000, "đồng", "over"),
 Q("132 căn nhà", 132, "căn nhà"), Q("1.260 ngư dân", 1260, "ngư dân"),
 Q("46 tổ đoàn kết", 46, "tổ đoàn kết"), Q("412 tàu cá", 412, "tàu cá"), Q("100%", 100, "%"), Q("15 m", 15, "m"),
 Q("1.800 phần quà", 1800, "phần quà"), Q("24 cháu", 24, "cháu"), Q("37 hộ", 37, "hộ"), Q("39 vị", 39, "vị"),
 Q("8 đại biểu", 8, "đại biểu"), Q("50 suất quà", 50, "suất quà"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("20 chiếc xe đạp", 20, "chiếc xe đạp")],
[D("Kế hoạch", "25", "KH/ĐU", "2025-08-05", "Ban Thường vụ Đảng ủy đặc khu", "Kế hoạch số 25-KH/ĐU ngày 05/8/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Phú Quốc"), com("Thổ Châu"), com("Kiên Hải")],
["ỦY BAN MTTQ VIỆT NAM TỈNH AN GIANG", "Trang chủ | Hoạt động Mặt trận | Tin cơ sở",
 "Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. Ảnh: Hồng Nhung", "Vì người nghèo", "Hải đội 2 Biên phòng",
 "Xuân Biên phòng ấm lòng dân bản", "Con nuôi Đồn Biên phòng", "Vợ ngư dân giữ biển", "đảo ngọc", "Lượt xem: 1.102"],
["26-09-2025 14:20", "lần thứ I", "nhiệm kỳ 2025 - 2030", "đại hội đầu tiên", "Hải đội 2", "năm 2024", "9 tháng năm 2025",
 "khu phố 3", "khóa I", "Lượt xem: 1.102"]))

PAGES.append(page("b2667-laocai-xa-yty-doithoai-2026", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ Y TÝ - TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy
Thứ Hai, 23/03/2026
Xã Y Tý đối thoại với nhân dân năm 2026: 21 ý kiến được trả lời thẳng thắn
Ngày 20/3/2026, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Y Tý, tỉnh Lào Cai tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Đồng chí Chu Dì Mé, Bí thư Đảng ủy xã chủ trì; tham dự có Thiếu tá Sần Cố Hừ, Chính trị viên Đồn Biên phòng Y Tý và 180 đại biểu đại diện cho 24 thôn.
Bí thư Đảng ủy xã Chu Dì Mé trả lời ý kiến của người dân.
Xã Y Tý mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập xã Y Tý, xã A Lù và xã Ngải Thầu, có đường biên giới dài 38 km với 15 cột mốc; dân số hơn 13.600 người, chủ yếu là đồng bào Hà Nhì, Mông, Dao. Mở đầu hội nghị, đồng chí Phàn Thị Sao, Phó Bí thư Đảng ủy, Chủ tịch UBND xã, báo cáo kết quả năm 2025: tỷ lệ hộ nghèo giảm 6,2%, còn 28,4%; đón 42.000 lượt khách du lịch; xây dựng 17 homestay của đồng bào Hà Nhì.
Tại hội nghị, có 21 ý kiến được nêu. Ông Lý Giờ Cha, người có uy tín thôn Mò Phú Chải, phản ánh đường vào thôn bị sạt lở sau mưa lũ. Bà Ma Thị Dí, Chi hội trưởng Chi hội Phụ nữ thôn Lao Chải, hỏi về việc hỗ trợ phụ nữ dân tộc thiểu số làm du lịch cộng đồng. Ông Tẩn Láo Lở, người dân thôn Ngải Thầu Thượng, kiến nghị bố trí điểm tiếp nhận hồ sơ hành chính tại khu vực xã Ngải Thầu cũ vì đi lại xa.
Trả lời, đồng chí Phàn Thị Sao cho biết xã đã bố trí 2 điểm phục vụ hành chính công lưu động, mỗi tuần 2 buổi tại trụ sở cũ của xã A Lù và xã Ngải Thầu; đã đề nghị tỉnh bố trí 4,5 tỷ đồng khắc phục tuyến đường Mò Phú Chải. Thiếu tá Sần Cố Hừ cho biết năm 2025, Đồn Biên phòng Y Tý đã vận động 9 trường hợp xuất cảnh trái phép trở về địa phương; phối hợp với xã xây 5 căn nhà "Mái ấm biên cương", mỗi căn 70 triệu đồng; duy trì 2 lớp học tiếng Hà Nhì cho 46 cán bộ, chiến sĩ.
Kết luận hội nghị, đồng chí Chu Dì Mé tiếp thu 21 ý kiến, trong đó 16 ý kiến được trả lời tại chỗ; giao các bộ phận chuyên môn giải quyết dứt điểm trong quý II năm 2026. Đồng chí đề nghị nhân dân thực hiện tốt Nghị quyết số 03-NQ/ĐU ngày 10/1/2026 của Ban Chấp hành Đảng bộ xã về phát triển du lịch cộng đồng gắn với bảo vệ biên giới và Kế hoạch số 15/KH-UBND ngày 25/1/2026 của UBND xã về tổ chức đối thoại.
Văn phòng HĐND và UBND xã
Lượt truy cập: 58.213
Bài viết liên quan
- Y Tý ra mắt 3 tổ tự quản đường biên (10/03/2026)
- Lễ hội Khô Già Già của người Hà Nhì (25/02/2026)
- Đồn Biên phòng Y Tý tặng 150 suất quà Tết (05/02/2026)
""", "2026-03-23", "Xã Y Tý đối thoại với nhân dân năm 2026: 21 ý kiến được trả lời thẳng thắn",
E("doi_thoai", "2026", "2026-03-20"),
[P("Chu Dì Mé", "Bí thư Đảng ủy xã"),
 P("Sần Cố Hừ", "Thiếu tá", "Chính trị viên Đồn Biên phòng Y Tý"),
 P("Phàn Thị Sao", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Lý Giờ Cha", "người có uy tín thôn Mò Phú Chải"),
 P("Ma Thị Dí", "Chi hội trưởng Chi hội Phụ nữ thôn Lao Chải"),
 P("Tẩn Láo Lở")],
[Q("21 ý kiến", 21, "ý kiến"), Q("180 đại biểu", 180, "đại biểu"), Q("24 thôn", 24, "thôn"), Q("38 km", 38, "km"),
 Q("15 cột mốc", 15, "cột mốc"), Q("hơn 13.600 người", 13600, "người", "over"), Q("6,2%", 6.2, "%"), Q("28,4%", 28.4, "%"),
 Q("42.000 lượt khách du lịch", 42000, "lượt khách du lịch"), Q("17 homestay", 17, "homestay"),
 Q("2 điểm phục vụ hành chính công lưu động", 2, "điểm phục vụ hành chính công lưu động"),
 Q("4,5 tỷ đồng", 4500000000, "đồng"), Q("9 trường hợp", 9, "trường hợp"), Q("5 căn nhà", 5, "căn nhà"),
 Q("70 triệu đồng", 70000000, "đồng"), Q("2 lớp học tiếng Hà Nhì", 2, "lớp học tiếng Hà Nhì"),
 Q("46 cán bộ, chiến sĩ", 46, "cán bộ, chiến sĩ"), Q("16 ý kiến", 16, "ý kiến")],
[D("Nghị quyết", "03", "NQ/ĐU", "2026-01-10", "Ban Chấp hành Đảng bộ xã", "Nghị quyết số 03-NQ/ĐU ngày 10/1/2026"),
 D("Kế hoạch", "15", "KH-UBND", "2026-01-25", "UBND xã", "Kế hoạch số 15/KH-UBND ngày 25/1/2026")],
[prov("Lào Cai"), com("Y Tý"), com("A Lù"), com("Ngải Thầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ Y TÝ - TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động của Đảng ủy",
 "Bí thư Đảng ủy xã Chu Dì Mé trả lời ý kiến của người dân.", "Mái ấm biên cương", "Lượt truy cập: 58.213"],
["Thứ Hai, 23/03/2026", "năm 2026", "1/7/2025", "năm 2025", "mỗi tuần", "2 buổi", "quý II năm 2026", "Lượt truy cập: 58.213"]))

PAGES.append(page("b2668-quangtri-btgdv-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Bạn đang ở: Trang chủ » Dân vận » Dân vận lực lượng vũ trang
Thứ Tư, 08/04/2026 - 16:00
Giao ban công tác dân vận khu vực biên giới, biển đảo quý I năm 2026
Ngày 7/4/2026, tại đặc khu Cồn Cỏ, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị phối hợp với Đảng ủy Bộ đội Biên phòng tỉnh tổ chức giao ban công tác dân vận khu vực biên giới, biển đảo quý I năm 2026. Đồng chí Hồ Thị Kim Liên, Tỉnh ủy viên, Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy và Đại tá Cao Xuân Tiến, Phó Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh đồng chủ trì.
Các đại biểu dâng hương tại Khu lưu niệm đảo Cồn Cỏ.
Tỉnh Quảng Trị (mới), hình thành từ việc hợp nhất tỉnh Quảng Bình và tỉnh Quảng Trị, có 24 xã biên giới giáp Lào và 1 đặc khu. Báo cáo cho thấy, quý I, lực lượng Biên phòng đã cử 215 đảng viên tham gia sinh hoạt tại 163 chi bộ thôn, bản; chương trình "Xuân Biên phòng ấm lòng dân bản" trao 2.400 suất quà với tổng trị giá trên 1,6 tỷ đồng. Đồn Biên phòng Cồn Cỏ phối hợp cứu nạn 6 tàu cá, đưa 41 ngư dân vào bờ an toàn; Đồn Biên phòng Cha Lo vận động 12 hộ đồng bào Chứt ở xã Dân Hóa đưa con đi học trở lại.
Trung tá Hồ Văn Thanh, Chính trị viên Đồn Biên phòng Cha Lo, cho biết đồng bào Chứt, Bru - Vân Kiều ở xã Dân Hóa, xã Kim Phượng vẫn còn 27 hộ thiếu đất sản xuất. Ông Hồ Văn Pưn, người có uy tín bản Ka Ai, xã Dân Hóa, kiến nghị hỗ trợ giống cây trồng. Đồng chí Nguyễn Văn Thu, Bí thư Đảng ủy đặc khu Cồn Cỏ, đề nghị tăng cường vận động ngư dân các xã ven biển tham gia 35 tổ đoàn kết trên biển hoạt động quanh đảo.
Khối dân vận đã tiếp nhận 31 đơn thư; đã giải quyết 26 đơn, đạt 83,9%. Các đồn Biên phòng phối hợp tổ chức 74 buổi tuyên truyền cho 5.200 lượt người về Luật Biên phòng Việt Nam và chống khai thác IUU.
Kết luận giao ban, đồng chí Hồ Thị Kim Liên đề nghị quý II các đơn vị tiếp tục thực hiện Kế hoạch số 09-KH/TU ngày 12/1/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận năm 2026; Hướng dẫn 03, 04-HD/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo" và về phát huy vai trò người có uy tín; Nghị định số 106/2021/NĐ-CP ngày 06/12/2021 của Chính phủ quy định chi tiết một số điều của Luật Biên phòng Việt Nam. Đồng chí lưu ý chăm lo đời sống 27 hộ thiếu đất sản xuất, không để người dân bị lôi kéo vượt biên trái phép.
Hải Đăng
Số lượt xem: 455
Tin liên quan
- Cồn Cỏ đón đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy (06/04/2026)
- Trao 500 lá cờ Tổ quốc cho ngư dân xã Vĩnh Linh (28/03/2026)
- Hội nghị tổng kết công tác dân vận năm 2025 (26/12/2025)
""", "2026-04-08", "Giao ban công tác dân vận khu vực biên giới, biển đảo quý I năm 2026",
E("giao_ban", "2026-Q1", "2026-04-07"),
[P("Hồ Thị Kim Liên", "Tỉnh ủy viên", "Phó Trưởng Ban Thường trực Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Cao Xuân Tiến", "Đại tá", "Phó Bí thư Đảng ủy", "Chính ủy Bộ đội Biên phòng tỉnh"),
 P("Hồ Văn Thanh", "Trung tá", "Chính trị viên Đồn Biên phòng Cha Lo"),
 P("Hồ Văn Pưn", "người có uy tín bản Ka Ai"),
 P("Nguyễn Văn Thu", "Bí thư Đảng ủy đặc khu Cồn Cỏ")],
[Q("24 xã biên giới", 24, "xã biên giới"), Q("215 đảng viên", 215, "đảng viên"),
 Q("163 chi bộ thôn, bản", 163, "chi bộ thôn, bản"), Q("2.400 suất quà", 2400, "suất quà"),
 Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("6 tàu cá", 6, "tàu cá"), Q("41 ngư dân", 41, "ngư dân"),
 Q("12 hộ đồng bào Chứt", 12, "hộ đồng bào Chứt"), Q("27 hộ", 27, "hộ"), Q("35 tổ đoàn kết", 35, "tổ đoàn kết"),
 Q("31 đơn thư", 31, "đơn thư"), Q("26 đơn", 26, "đơn"), Q("83,9%", 83.9, "%"), Q("74 buổi tuyên truyền", 74, "buổi tuyên truyền"),
 Q("5.200 lượt người", 5200, "lượt người")],
[D("Kế hoạch", "09", "KH/TU", "2026-01-12", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU ngày 12/1/2026"),
 D("Hướng dẫn", "03", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Hướng dẫn", "04", "HD/BTGDVTU", None, "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn 03, 04-HD/BTGDVTU"),
 D("Nghị định", "106", "2021/NĐ-CP", "2021-12-06", "Chính phủ", "Nghị định số 106/2021/NĐ-CP ngày 06/12/2021")],
[prov("Quảng Trị"), prov("Quảng Bình"), com("Cồn Cỏ"), com("Dân Hóa"), com("Kim Phượng")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Bạn đang ở: Trang chủ » Dân vận » Dân vận lực lượng vũ trang",
 "Các đại biểu dâng hương tại Khu lưu niệm đảo Cồn Cỏ.", "Xuân Biên phòng ấm lòng dân bản", "Luật Biên phòng Việt Nam",
 "Dân vận khéo", "Lào", "Số lượt xem: 455"],
["Thứ Tư, 08/04/2026 - 16:00", "1 đặc khu", "quý I năm 2026", "quý I", "quý II", "năm 2026", "Số lượt xem: 455"]))
