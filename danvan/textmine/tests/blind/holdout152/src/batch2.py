from lib import *
PAGES = []

PAGES.append(page("b3611-hagiang-bdvhu-dongvan-tongket-2016", """
Cổng thông tin điện tử huyện Đồng Văn
Vị trí: Trang chủ » Tin tức - Sự kiện » Hoạt động Đảng
Thứ Tư, 28/12/2016, 09:20
Đồng Văn: Tổng kết công tác dân vận năm 2016
Ngày 27/12/2016, Ban Dân vận Huyện ủy Đồng Văn tổ chức hội nghị tổng kết công tác dân vận năm 2016, triển khai nhiệm vụ năm 2017. Dự có đồng chí Sùng Mí Chá, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; đồng chí Vàng Thị Chư, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Ảnh: Các đại biểu dự hội nghị.
Năm 2016, Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Nghị quyết số 12-NQ/HU ngày 20/4/2016 về vận động nhân dân xóa nhà tạm, nhà dột nát và Kế hoạch số 35-KH/HU triển khai phong trào thi đua "Dân vận khéo" giai đoạn 2016 - 2020. Ban phối hợp tuyên truyền Chỉ thị 23-CT/TU của Ban Thường vụ Tỉnh ủy về xóa bỏ hủ tục trong đám cưới, đám tang. Khối dân vận vận động 2.860 hộ tham gia làm chuồng trại xa nhà ở; hiến 3.700 m2 đất làm nhà văn hóa thôn; đóng góp khoảng 1,5 tỷ đồng và 9.400 ngày công.
Qua vận động, 320 hộ đồng bào Mông đã bỏ theo "Hà Mòn", trở về sinh hoạt bình thường; không phát sinh điểm nóng. Toàn huyện xây dựng 27 mô hình "Dân vận khéo", trong đó 5 mô hình cấp tỉnh. Khối dân vận tiếp nhận 41 đơn, đã giải quyết xong 38 đơn; tổ chức 19 cuộc đối thoại trực tiếp với nhân dân ở các xã vùng biên giới.
Thảo luận tại hội nghị, ông Ly Mí Sính, Bí thư Đảng ủy xã Lũng Cú, cho biết xã đã vận động 100% thôn có hương ước mới; bà Sình Thị Mỷ, Phó Chủ tịch Hội LHPN huyện, nêu mô hình "Phụ nữ Mông không sinh con thứ 3"; ông Lò Văn Páo, người có uy tín thôn Sáng Ngài, xã Sảng Tủng (dân tộc Lô Lô), đề nghị hỗ trợ giữ gìn trống đồng và lễ cúng tổ tiên của đồng bào.
Phát biểu kết luận, đồng chí Sùng Mí Chá nhấn mạnh: năm 2017 các cấp ủy cần tiếp tục thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2016 của Bộ Chính trị về Quy chế công tác dân vận của hệ thống chính trị; nâng cao vai trò của trưởng thôn, người có uy tín trong vận động bà con xóa đói, giảm nghèo; khắc phục tình trạng cán bộ xã ít xuống thôn, bản.
Hội nghị cũng nêu những hạn chế: một bộ phận nhân dân còn tư tưởng trông chờ, ỷ lại vào hỗ trợ của Nhà nước; tình trạng tảo hôn còn xảy ra ở một số thôn vùng sâu; việc sơ kết, nhân rộng mô hình "Dân vận khéo" ở cơ sở còn chậm.
Dịp này, Huyện ủy tặng giấy khen cho 6 tập thể và 9 cá nhân.
Mạnh Hùng
Lượt truy cập: 10.452
Tin liên quan
- Lũng Cú ra mắt mô hình "Thôn bản tự quản" (15/12/2016)
- Đồng Văn gặp mặt người có uy tín năm 2016 (01/12/2016)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ xã (18/11/2016)
""", "2016-12-28", "Đồng Văn: Tổng kết công tác dân vận năm 2016",
E("tong_ket", "2016", "2016-12-27"),
[P("Sùng Mí Chá", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Vàng Thị Chư", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Ly Mí Sính", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Sình Thị Mỷ", "Phó Chủ tịch Hội LHPN huyện"),
 P("Lò Văn Páo", "người có uy tín thôn Sáng Ngài")],
[Q("2.860 hộ", 2860, "hộ"), Q("3.700 m2", 3700, "m2"), Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("9.400 ngày công", 9400, "ngày công"), Q("320 hộ đồng bào Mông", 320, "hộ đồng bào Mông"), Q("27 mô hình", 27, "mô hình"),
 Q("5 mô hình cấp tỉnh", 5, "mô hình cấp tỉnh"), Q("41 đơn", 41, "đơn"), Q("38 đơn", 38, "đơn"),
 Q("19 cuộc đối thoại", 19, "cuộc đối thoại"), Q("100% thôn", 100, "%"), Q("6 tập thể", 6, "tập thể"), Q("9 cá nhân", 9, "cá nhân")],
[D("Nghị quyết", "12", "NQ/HU", "2016-04-20", "Ban Thường vụ Huyện ủy", "Nghị quyết số 12-NQ/HU ngày 20/4/2016"),
 D("Kế hoạch", "35", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 35-KH/HU"),
 D("Chỉ thị", "23", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 23-CT/TU"),
 D("Quyết định", "23", "QĐ/TW", "2016-07-30", "Bộ Chính trị", "Quyết định số 23-QĐ/TW ngày 30/7/2016")],
[com("Lũng Cú"), com("Sảng Tủng")],
["Cổng thông tin điện tử huyện Đồng Văn", "Vị trí: Trang chủ » Tin tức - Sự kiện » Hoạt động Đảng", "Ảnh: Các đại biểu dự hội nghị.",
 "Dân vận khéo", "Hà Mòn", "Phụ nữ Mông không sinh con thứ 3", "Lượt truy cập: 10.452"],
["Thứ Tư, 28/12/2016, 09:20", "năm 2016", "năm 2017", "giai đoạn 2016 - 2020", "con thứ 3", "Lượt truy cập: 10.452"]))

PAGES.append(page("b3612-ninhthuan-bdv-tongket-2017", """
BÁO NINH THUẬN ĐIỆN TỬ
Chính trị | Dân vận
08:40 | 27/12/2017
Khối dân vận góp phần giữ vững khối đại đoàn kết toàn dân tộc
Ngày 26-12, Ban Dân vận Tỉnh ủy Ninh Thuận tổ chức hội nghị tổng kết công tác dân vận năm 2017, triển khai nhiệm vụ năm 2018. Đồng chí Đàng Thị Mỹ Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì. Dự có đồng chí Lê Văn Bảo, Phó Bí thư Thường trực Tỉnh ủy.
Đồng chí Đàng Thị Mỹ Hạnh trao giấy khen cho các tập thể. Ảnh: Văn Nỷ
Theo báo cáo, trong năm Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 17-CT/TU ngày 9/5/2017 về công tác vận động đồng bào Chăm, Raglai; Kế hoạch số 104-KH/TU thực hiện Chỉ thị số 49-CT/TW ngày 20/10/2015 của Ban Bí thư về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận ở vùng đồng bào dân tộc thiểu số. Ban Dân vận Tỉnh ủy ban hành Hướng dẫn 15, 16-HD/BDVTU về xây dựng mô hình "Dân vận khéo" và về củng cố tổ dân vận thôn.
Khối dân vận đã phối hợp vận động 1.430 hộ dân bàn giao mặt bằng cho các dự án điện mặt trời, điện gió; vận động nhân dân hiến hơn 68.000 m2 đất, đóng góp khoảng 9,2 tỷ đồng làm đường giao thông, kênh mương. Toàn tỉnh có 412 mô hình "Dân vận khéo". Công tác vận động chức sắc, chức việc có nhiều chuyển biến: 22 thánh đường Hồi giáo và 46 đền tháp Bà-la-môn tổ chức lễ hội Katê, Ramưwan an toàn. Các cơ quan dân vận tiếp nhận 218 đơn thư, đã giải quyết 195 đơn thư, đạt 89,4%.
Tại hội nghị, ông Thập Văn Phủ, Trưởng Ban Dân vận Huyện ủy Ninh Phước, chia sẻ kinh nghiệm phát huy vai trò 215 người có uy tín trong đồng bào Chăm; ông Chamaléa Thị, Bí thư Đảng ủy xã Phước Hà, đề nghị đầu tư hệ thống nước sạch cho các thôn người Raglai. Cả sư Thành Bá Lá, Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, khẳng định chức sắc luôn đồng hành với chính quyền.
Phát biểu chỉ đạo, đồng chí Lê Văn Bảo yêu cầu năm 2018 các cấp tiếp tục thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương về sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn; làm tốt công tác dân vận trong giải phóng mặt bằng các dự án năng lượng; nâng cao hiệu quả phong trào "Dân vận khéo".
Hội nghị cũng chỉ rõ: công tác nắm tình hình tư tưởng ở một số địa phương chưa kịp thời; một số vụ việc tranh chấp đất đai còn kéo dài; việc phối hợp giữa chính quyền và Mặt trận trong giải quyết kiến nghị của cử tri có lúc chưa chặt chẽ.
Văn Nỷ
Tin cùng chuyên mục
- Ninh Hải tổng kết công tác dân vận (22/12/2017)
- Gặp mặt chức sắc Bà-la-môn, Bà-ni nhân lễ Katê (19/10/2017)
- Thuận Bắc: hội nghị dân vận chính quyền (28/09/2017)
""", "2017-12-27", "Khối dân vận góp phần giữ vững khối đại đoàn kết toàn dân tộc",
E("tong_ket", "2017", "2017-12-26"),
[P("Đàng Thị Mỹ Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Bảo", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Thập Văn Phủ", "Trưởng Ban Dân vận Huyện ủy Ninh Phước"),
 P("Chamaléa Thị", "Bí thư Đảng ủy xã Phước Hà"),
 P("Thành Bá Lá", "Cả sư", "Phó Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh")],
[Q("1.430 hộ dân", 1430, "hộ dân"), Q("hơn 68.000 m2", 68000, "m2", "over"), Q("khoảng 9,2 tỷ đồng", 9200000000, "đồng", "approx"),
 Q("412 mô hình", 412, "mô hình"), Q("22 thánh đường Hồi giáo", 22, "thánh đường Hồi giáo"), Q("46 đền tháp Bà-la-môn", 46, "đền tháp Bà-la-môn"),
 Q("218 đơn thư", 218, "đơn thư"), Q("195 đơn thư", 195, "đơn thư"), Q("89,4%", 89.4, "%"), Q("215 người có uy tín", 215, "người có uy tín")],
[D("Chỉ thị", "17", "CT/TU", "2017-05-09", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 17-CT/TU ngày 9/5/2017"),
 D("Kế hoạch", "104", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 104-KH/TU"),
 D("Chỉ thị", "49", "CT/TW", "2015-10-20", "Ban Bí thư", "Chỉ thị số 49-CT/TW ngày 20/10/2015"),
 D("Hướng dẫn", "15", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 15, 16-HD/BDVTU"),
 D("Hướng dẫn", "16", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 15, 16-HD/BDVTU"),
 D("Nghị quyết", "18", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 18-NQ/TW")],
[prov("Ninh Thuận"), com("Phước Hà")],
["BÁO NINH THUẬN ĐIỆN TỬ", "Chính trị | Dân vận", "Đồng chí Đàng Thị Mỹ Hạnh trao giấy khen cho các tập thể. Ảnh: Văn Nỷ", "Dân vận khéo",
 "Katê", "Ramưwan"],
["08:40 | 27/12/2017", "năm 2017", "năm 2018"]))

PAGES.append(page("b3613-daklak-bdvhu-krongpac-tongket-2018", """
ĐẢNG BỘ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK
Tin tức › Công tác dân vận
Ngày 27/12/2018 | 15:30
Ảnh: Đồng chí Y Blin Niê phát biểu tại hội nghị.
Krông Pắc: Năm 2018 vận động nhân dân đóng góp trên 14 tỷ đồng xây dựng nông thôn mới
Ngày 26/12, Ban Dân vận Huyện ủy Krông Pắc (Đắk Lắk) tổ chức hội nghị tổng kết công tác dân vận năm 2018, triển khai nhiệm vụ năm 2019. Đồng chí H'Nhi Ktla, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì hội nghị; dự có đồng chí Y Blin Niê, Phó Trưởng Ban Dân vận Tỉnh ủy.
Năm 2018, Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 68-KH/HU ngày 6/4/2018 thực hiện Chỉ thị số 16-CT/TW ngày 5/10/2017 của Ban Bí thư về tăng cường công tác vận động đồng bào Tin lành; chỉ đạo sơ kết Chỉ thị 10, 11-CT/HU của Ban Thường vụ Huyện ủy. Ban cũng ban hành 4 văn bản hướng dẫn, trong đó có hướng dẫn số 03-HD/BDVHU về nội dung sinh hoạt tổ dân vận buôn.
Các tầng lớp nhân dân đóng góp trên 14 tỷ đồng, hiến gần 25.000 m2 đất xây dựng nông thôn mới; 3 xã về đích nông thôn mới, nâng tổng số lên 9 xã. Huyện có 118 mô hình "Dân vận khéo", trong đó 15 mô hình cấp huyện, 3 mô hình cấp tỉnh. Ở các buôn đồng bào Êđê, khối dân vận vận động 217 hộ theo đạo Tin lành chưa được công nhận sinh hoạt đúng quy định; 1.540 hộ đăng ký "Gia đình văn hóa". Khối dân vận tiếp 178 lượt công dân; nhận 96 đơn thư, đã giải quyết 91 đơn thư.
Tại hội nghị, bà H'Dơ Mlô, Bí thư Chi bộ buôn Ea Knốp, xã Ea Kênh, nêu kinh nghiệm vận động bà con không bán đất cho người ngoài buôn; ông Y Wang Byă, Chủ tịch UBND xã Ea Yiêng, báo cáo việc xóa 12 căn nhà tạm cho hộ nghèo. Mục sư Y Kiơ Ênuôl, Chi hội Tin lành Ea Hiu, phát biểu cam kết hướng dẫn tín đồ "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc".
Phát biểu tại hội nghị, đồng chí Y Blin Niê ghi nhận kết quả của Krông Pắc và đề nghị năm 2019 huyện tiếp tục thực hiện Quyết định số 1228-QĐ/TU của Tỉnh ủy về Quy chế công tác dân vận; bám sát địa bàn, không để phát sinh điểm nóng về an ninh nông thôn; làm tốt công tác vận động người có uy tín, già làng, trưởng buôn.
Hội nghị thẳng thắn chỉ ra một số hạn chế: sinh hoạt tổ dân vận ở nhiều buôn chưa đều; tình trạng mua bán, chuyển nhượng đất trái phép ở vùng đồng bào dân tộc thiểu số vẫn còn; nắm tình hình nhân dân có lúc chưa sát.
Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 11 tập thể, 17 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo" năm 2018.
H'Xuân
Các tin đã đưa
- Ea Kênh ra mắt mô hình "Buôn không có người vi phạm pháp luật" (14/12/2018)
- Krông Pắc gặp mặt già làng, người có uy tín (30/11/2018)
- Hội nghị đối thoại giữa Bí thư Huyện ủy với nông dân (15/11/2018)
""", "2018-12-27", "Krông Pắc: Năm 2018 vận động nhân dân đóng góp trên 14 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", "2018", "2018-12-26"),
[P("H'Nhi Ktla", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Y Blin Niê", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("H'Dơ Mlô", "Bí thư Chi bộ buôn Ea Knốp"),
 P("Y Wang Byă", "Chủ tịch UBND xã Ea Yiêng"),
 P("Y Kiơ Ênuôl", "Mục sư")],
[Q("trên 14 tỷ đồng", 14000000000, "đồng", "over"), Q("4 văn bản hướng dẫn", 4, "văn bản hướng dẫn"), Q("gần 25.000 m2", 25000, "m2", "approx"),
 Q("3 xã", 3, "xã"), Q("9 xã", 9, "xã"), Q("118 mô hình", 118, "mô hình"), Q("15 mô hình cấp huyện", 15, "mô hình cấp huyện"),
 Q("3 mô hình cấp tỉnh", 3, "mô hình cấp tỉnh"), Q("217 hộ", 217, "hộ"), Q("1.540 hộ", 1540, "hộ"),
 Q("178 lượt công dân", 178, "lượt công dân"), Q("96 đơn thư", 96, "đơn thư"), Q("91 đơn thư", 91, "đơn thư"),
 Q("12 căn nhà tạm", 12, "căn nhà tạm"), Q("11 tập thể", 11, "tập thể"), Q("17 cá nhân", 17, "cá nhân")],
[D("Kế hoạch", "68", "KH/HU", "2018-04-06", "Ban Thường vụ Huyện ủy", "Kế hoạch số 68-KH/HU ngày 6/4/2018"),
 D("Chỉ thị", "16", "CT/TW", "2017-10-05", "Ban Bí thư", "Chỉ thị số 16-CT/TW ngày 5/10/2017"),
 D("Chỉ thị", "10", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Chỉ thị", "11", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị 10, 11-CT/HU"),
 D("Hướng dẫn", "03", "HD/BDVHU", None, "Ban Dân vận Huyện ủy", "hướng dẫn số 03-HD/BDVHU"),
 D("Quyết định", "1228", "QĐ/TU", None, "Tỉnh ủy", "Quyết định số 1228-QĐ/TU")],
[prov("Đắk Lắk"), com("Ea Kênh"), com("Ea Yiêng")],
["ĐẢNG BỘ HUYỆN KRÔNG PẮC - TỈNH ĐẮK LẮK", "Tin tức › Công tác dân vận", "Ảnh: Đồng chí Y Blin Niê phát biểu tại hội nghị.",
 "Dân vận khéo", "Gia đình văn hóa", "sống phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc", "Chi hội Tin lành Ea Hiu"],
["Ngày 27/12/2018 | 15:30", "năm 2018", "năm 2019"]))

PAGES.append(page("b3614-thanhhoa-bdv-tongket-2019", """
Báo Thanh Hóa
Thời sự | Chính trị
20/12/2019 - 17:05
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Phát huy sức mạnh của nhân dân trong thực hiện nhiệm vụ chính trị
Sáng 20-12, Ban Dân vận Tỉnh ủy tổ chức hội nghị trực tuyến tổng kết công tác dân vận năm 2019, triển khai nhiệm vụ năm 2020 với 27 điểm cầu huyện, thị xã, thành phố. Đồng chí Phạm Thị Thanh Thảo, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; dự có đồng chí Lại Thế Nghĩa, Phó Bí thư Thường trực Tỉnh ủy.
Báo cáo tại hội nghị cho biết: năm 2019, Ban Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 142-KH/TU ngày 8/3/2019 về tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở; tham mưu sơ kết 5 năm thực hiện Kết luận 114-KL/TW của Ban Bí thư; phối hợp hướng dẫn đại hội Mặt trận các cấp nhiệm kỳ 2019 - 2024. Ban ban hành Kế hoạch 201, 202-KH/BDVTU về kiểm tra, giám sát công tác dân vận chính quyền ở 8 huyện miền núi.
Toàn tỉnh có 5.216 mô hình "Dân vận khéo", trong đó 316 mô hình được khen thưởng; nhân dân hiến gần 1,3 triệu m2 đất, đóng góp trên 1.100 tỷ đồng xây dựng nông thôn mới; 15.420 hộ được hỗ trợ thoát nghèo. Qua hoạt động giám sát, Mặt trận và các đoàn thể kiến nghị 217 nội dung, được tiếp thu 198 nội dung. Các cấp tiếp 4.305 lượt công dân, giải quyết 2.160 đơn thư, đạt 91%.
Tại điểm cầu huyện Quan Hóa, ông Hà Văn Lìn, Trưởng Ban Dân vận Huyện ủy, chia sẻ cách vận động đồng bào Thái, Mường bản Hang di dời khỏi vùng sạt lở; ông Phạm Bá Thương, Bí thư Đảng ủy xã Thành Lâm (Bá Thước), báo cáo mô hình "Mường Khô làm du lịch cộng đồng". Bà Lương Thị Ban, người có uy tín bản Sa Ná, xã Na Mèo, nêu đề xuất hỗ trợ giống cây cho bà con sau lũ. Đồng chí Vi Văn Tiến, Phó Trưởng Ban Dân vận Tỉnh ủy, giải đáp các kiến nghị.
Phát biểu chỉ đạo, đồng chí Lại Thế Nghĩa đề nghị năm 2020 khối dân vận tập trung vận động nhân dân góp ý các dự thảo văn kiện đại hội đảng bộ các cấp, tiến tới Đại hội XIX Đảng bộ tỉnh; tiếp tục thực hiện Quyết định số 23-QĐ/TW của Bộ Chính trị; phấn đấu 100% xã, phường, thị trấn có ít nhất 1 mô hình "Dân vận khéo".
Hội nghị cũng chỉ ra những hạn chế cần khắc phục: công tác dân vận chính quyền ở một số nơi chưa chuyển biến rõ; việc giải quyết đơn thư, kiến nghị của công dân có nơi còn chậm, để kéo dài; một số mô hình "Dân vận khéo" đăng ký nhiều nhưng hiệu quả thấp, thiếu tính bền vững; đội ngũ cán bộ dân vận cơ sở thường xuyên biến động.
Dịp này, 15 tập thể và 18 cá nhân được nhận Bằng khen của Ban Dân vận Trung ương.
Minh Hiếu
Tin khác
- Như Xuân tổng kết công tác dân vận năm 2019 (18/12/2019)
- Đoàn công tác Ban Dân vận Trung ương làm việc tại Thanh Hóa (10/12/2019)
- Tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở (26/11/2019)
""", "2019-12-20", "Phát huy sức mạnh của nhân dân trong thực hiện nhiệm vụ chính trị",
E("tong_ket", "2019", "2019-12-20"),
[P("Phạm Thị Thanh Thảo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lại Thế Nghĩa", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hà Văn Lìn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Bá Thương", "Bí thư Đảng ủy xã Thành Lâm"),
 P("Lương Thị Ban", "người có uy tín bản Sa Ná"),
 P("Vi Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"), Q("8 huyện miền núi", 8, "huyện miền núi"),
 Q("5.216 mô hình", 5216, "mô hình"), Q("316 mô hình", 316, "mô hình"), Q("gần 1,3 triệu m2", 1300000, "m2", "approx"),
 Q("trên 1.100 tỷ đồng", 1100000000000, "đồng", "over"), Q("15.420 hộ", 15420, "hộ"), Q("217 nội dung", 217, "nội dung"),
 Q("198 nội dung", 198, "nội dung"), Q("4.305 lượt công dân", 4305, "lượt công dân"), Q("2.160 đơn thư", 2160, "đơn thư"),
 Q("91%", 91, "%"), Q("100%", 100, "%"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("15 tập thể", 15, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Kế hoạch", "142", "KH/TU", "2019-03-08", "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 142-KH/TU ngày 8/3/2019"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW của Ban Bí thư"),
 D("Kế hoạch", "201", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 201, 202-KH/BDVTU"),
 D("Kế hoạch", "202", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 201, 202-KH/BDVTU"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 23-QĐ/TW của Bộ Chính trị")],
[prov("Thanh Hóa"), com("Thành Lâm"), com("Na Mèo")],
["Báo Thanh Hóa", "Thời sự | Chính trị", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "Dân vận khéo", "Mường Khô làm du lịch cộng đồng"],
["20/12/2019 - 17:05", "năm 2019", "năm 2020", "20 năm", "5 năm", "nhiệm kỳ 2019 - 2024", "Đại hội XIX"]))

PAGES.append(page("b3615-camau-bdvhu-thoibinh-tongket-2020", """
Trang thông tin điện tử Huyện ủy Thới Bình
Trang chủ - Tin hoạt động - Dân vận
Thứ Ba, 05/01/2021 - 10:45
Ban Dân vận Huyện ủy Thới Bình triển khai nhiệm vụ năm 2021
Ngày 4/1/2021, Ban Dân vận Huyện ủy Thới Bình, tỉnh Cà Mau tổ chức hội nghị tổng kết công tác dân vận năm 2020. Đồng chí Lê Thị Hồng Nhung, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có đồng chí Phạm Minh Tuấn, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy.
Quang cảnh hội nghị. (Ảnh: Trúc Ly)
Năm 2020, trong điều kiện dịch Covid-19 diễn biến phức tạp, khối dân vận đã vận động các tầng lớp nhân dân ủng hộ Quỹ phòng, chống dịch hơn 2,1 tỷ đồng; trao 6.350 phần quà cho hộ nghèo, lao động mất việc làm; lắp đặt 2 "ATM gạo" phục vụ khoảng 1.800 lượt người. Ban Dân vận Huyện ủy tham mưu Ban Thường vụ Huyện ủy ban hành Kế hoạch số 91-KH/HU ngày 15/4/2020 về vận động nhân dân tham gia phòng, chống dịch; thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ.
Phong trào "Dân vận khéo" có 86 mô hình, trong đó 9 mô hình cấp tỉnh. Nhân dân hiến 14.600 m2 đất, đóng góp trên 7 tỷ đồng làm 31 cây cầu, 19 km lộ giao thông nông thôn. Toàn huyện xây dựng 264 căn nhà Đại đoàn kết cho hộ nghèo, mỗi căn trị giá 50 triệu đồng. Khối dân vận tham gia hòa giải thành 142 vụ việc mâu thuẫn, tranh chấp; tiếp nhận 63 đơn thư, giải quyết 58 đơn thư.
Tại hội nghị, ông Danh Sơn, Bí thư Đảng ủy xã Biển Bạch, chia sẻ kinh nghiệm vận động đồng bào Khmer tham gia nuôi tôm - lúa; bà Lý Mỹ Linh, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Thới Bình, nêu mô hình "Tổ nhân dân tự quản an toàn phòng dịch" với 112 tổ. Ông Thạch Rương, Trưởng Ban Quản trị chùa Cao Dân, đề nghị địa phương hỗ trợ sửa chữa sala.
Kết luận hội nghị, đồng chí Lê Thị Hồng Nhung yêu cầu năm 2021 các cấp tập trung tuyên truyền, vận động nhân dân thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI; vận động cử tri tham gia bầu cử đại biểu Quốc hội khóa XV, HĐND các cấp nhiệm kỳ 2021 - 2026; tiếp tục thực hiện Quyết định 23-QĐ/TW của Bộ Chính trị.
Hội nghị đánh giá bên cạnh kết quả đạt được, việc nắm bắt tư tưởng nhân dân ở một số ấp xa chưa kịp thời; một số nơi còn né tránh đối thoại với dân; đơn thư về đất đai, ranh đất trong nuôi trồng thủy sản còn nhiều. Một số tổ dân vận ấp sinh hoạt chưa đều do ảnh hưởng của dịch bệnh; việc sơ kết, nhân rộng các mô hình hay chưa được quan tâm đúng mức.
Trúc Ly
Tin liên quan
- Thới Bình trao 50 căn nhà Đại đoàn kết (18/12/2020)
- Hội nghị giao ban công tác dân vận quý IV (02/12/2020)
- Biển Bạch ra mắt mô hình "Ấp văn hóa, không có tội phạm" (20/11/2020)
""", "2021-01-05", "Ban Dân vận Huyện ủy Thới Bình triển khai nhiệm vụ năm 2021",
E("tong_ket", "2020", "2021-01-04"),
[P("Lê Thị Hồng Nhung", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Minh Tuấn", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Danh Sơn", "Bí thư Đảng ủy xã Biển Bạch"),
 P("Lý Mỹ Linh", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Thới Bình"),
 P("Thạch Rương", "Trưởng Ban Quản trị chùa Cao Dân")],
[Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("6.350 phần quà", 6350, "phần quà"), Q('2 "ATM gạo"', 2, "ATM gạo"),
 Q("khoảng 1.800 lượt người", 1800, "lượt người", "approx"), Q("86 mô hình", 86, "mô hình"), Q("9 mô hình cấp tỉnh", 9, "mô hình cấp tỉnh"),
 Q("14.600 m2", 14600, "m2"), Q("trên 7 tỷ đồng", 7000000000, "đồng", "over"), Q("31 cây cầu", 31, "cây cầu"), Q("19 km", 19, "km"),
 Q("264 căn nhà Đại đoàn kết", 264, "căn nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("142 vụ việc mâu thuẫn, tranh chấp", 142, "vụ việc mâu thuẫn, tranh chấp"), Q("63 đơn thư", 63, "đơn thư"), Q("58 đơn thư", 58, "đơn thư"),
 Q("112 tổ", 112, "tổ")],
[D("Kế hoạch", "91", "KH/HU", "2020-04-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 91-KH/HU ngày 15/4/2020"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW của Bộ Chính trị")],
[prov("Cà Mau"), com("Biển Bạch"), com("Thới Bình")],
["Trang thông tin điện tử Huyện ủy Thới Bình", "Trang chủ - Tin hoạt động - Dân vận", "Quang cảnh hội nghị. (Ảnh: Trúc Ly)", "Dân vận khéo",
 "Tổ nhân dân tự quản an toàn phòng dịch", "Nghị quyết Đại hội XIII", "Quỹ phòng, chống dịch"],
["Thứ Ba, 05/01/2021 - 10:45", "năm 2020", "năm 2021", "Covid-19", "khóa XV", "nhiệm kỳ 2021 - 2026", "lần thứ XVI", "Đại hội XIII"]))

PAGES.append(page("b3616-dienbien-bdv-tongket-2021", """
BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN
Trang chủ :: Tin tức :: Hoạt động của Ban
28.12.2021 | 16:10
Hội nghị tổng kết: Khối dân vận Điện Biên hoàn thành toàn diện nhiệm vụ năm 2021
Chiều 27/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2021, triển khai phương hướng, nhiệm vụ năm 2022. Chủ trì hội nghị có đồng chí Lò Văn Thắm, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; dự có đồng chí Mùa A Vảng, Phó Bí thư Tỉnh ủy.
Đồng chí Mùa A Vảng phát biểu chỉ đạo hội nghị.
Năm 2021, Ban Dân vận Tỉnh ủy tham mưu Tỉnh ủy ban hành Chương trình hành động số 08-CTr/TU thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận; Ban Thường vụ Tỉnh ủy ban hành Kết luận 215, 216-KL/TU về vận động đồng bào Mông phát triển sản xuất và về công tác tôn giáo. Ban đã hướng dẫn triển khai Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW.
Công tác vận động nhân dân phòng, chống dịch Covid-19 được triển khai quyết liệt; nhân dân ủng hộ hơn 18 tỷ đồng cho Quỹ vắc-xin và công tác phòng dịch. Toàn tỉnh có 1.047 mô hình "Dân vận khéo"; nhân dân hiến trên 210.000 m2 đất và khoảng 96.000 ngày công làm đường, trường học. Khối dân vận phối hợp giải quyết dứt điểm 27 điểm có hoạt động tôn giáo trái pháp luật; vận động 635 hộ người Mông theo "Giê-hô-va" trở về sinh hoạt bình thường. Các cấp tiếp nhận 412 đơn thư, kiến nghị, đã giải quyết 376 đơn, đạt 91,3%.
Tham luận tại hội nghị, ông Giàng A Dình, Trưởng Ban Dân vận Huyện ủy Mường Nhé, chia sẻ cách vận động đồng bào ở lại sản xuất, không di cư tự do; bà Lò Thị Luyến, Bí thư Đảng ủy xã Mường Pồn, giới thiệu mô hình "Bản không có ma túy"; ông Vàng A Chá và ông Sùng A Lử - người có uy tín xã Tủa Thàng, nêu cách phối hợp với công an xã giữ bình yên bản làng. Bà Quàng Thị Hoa, Phó Trưởng Ban Dân vận Tỉnh ủy, báo cáo kết quả kiểm tra.
Phát biểu chỉ đạo, đồng chí Mùa A Vảng đề nghị năm 2022 tiếp tục thực hiện Quy định số 05-QĐi/TW ngày 28/8/2018 của Ban Bí thư về đánh giá, khen thưởng; chăm lo đời sống đồng bào dân tộc thiểu số, phối hợp triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 16 tập thể, 21 cá nhân. Ngoài ra, 5 tập thể, 4 cá nhân nhận Bằng khen của Ban Dân vận Trung ương.
Quang Hưng
Tin liên quan
- Mường Nhé: đối thoại với người có uy tín (10/12/2021)
- Tuần Giáo tổng kết mô hình "Dân vận khéo" (30/11/2021)
- Điện Biên Đông gặp mặt chức sắc tôn giáo (18/11/2021)
""", "2021-12-28", "Hội nghị tổng kết: Khối dân vận Điện Biên hoàn thành toàn diện nhiệm vụ năm 2021",
E("tong_ket", "2021", "2021-12-27"),
[P("Lò Văn Thắm", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Mùa A Vảng", "Phó Bí thư Tỉnh ủy"),
 P("Giàng A Dình", "Trưởng Ban Dân vận Huyện ủy Mường Nhé"),
 P("Lò Thị Luyến", "Bí thư Đảng ủy xã Mường Pồn"),
 P("Vàng A Chá", "người có uy tín xã Tủa Thàng"),
 P("Sùng A Lử", "người có uy tín xã Tủa Thàng"),
 P("Quàng Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 18 tỷ đồng", 18000000000, "đồng", "over"), Q("1.047 mô hình", 1047, "mô hình"), Q("trên 210.000 m2", 210000, "m2", "over"),
 Q("khoảng 96.000 ngày công", 96000, "ngày công", "approx"),
 Q("27 điểm có hoạt động tôn giáo trái pháp luật", 27, "điểm có hoạt động tôn giáo trái pháp luật"),
 Q("635 hộ người Mông", 635, "hộ người Mông"), Q("412 đơn thư, kiến nghị", 412, "đơn thư, kiến nghị"), Q("376 đơn", 376, "đơn"),
 Q("91,3%", 91.3, "%"), Q("16 tập thể", 16, "tập thể"), Q("21 cá nhân", 21, "cá nhân"), Q("5 tập thể", 5, "tập thể"), Q("4 cá nhân", 4, "cá nhân")],
[D("Chương trình hành động", "08", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 08-CTr/TU"),
 D("Kết luận", "215", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kết luận", "216", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 215, 216-KL/TU"),
 D("Kết luận", "01", "KL/TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW ngày 18/5/2021"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Quy định", "05", "QĐi/TW", "2018-08-28", "Ban Bí thư", "Quy định số 05-QĐi/TW ngày 28/8/2018")],
[prov("Điện Biên"), com("Mường Pồn"), com("Tủa Thàng")],
["BAN DÂN VẬN TỈNH ỦY ĐIỆN BIÊN", "Trang chủ :: Tin tức :: Hoạt động của Ban", "Đồng chí Mùa A Vảng phát biểu chỉ đạo hội nghị.", "Dân vận khéo",
 "Giê-hô-va", "Bản không có ma túy", "Nghị quyết Đại hội XIII", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Quỹ vắc-xin"],
["28.12.2021 | 16:10", "năm 2021", "năm 2022", "Covid-19", "Đại hội XIII"]))
