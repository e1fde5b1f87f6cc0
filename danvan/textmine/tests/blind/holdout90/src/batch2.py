from lib import *
PAGES = []

PAGES.append(page("b2123-angiang-phuong-giamsat-2025", """
BÁO AN GIANG ĐIỆN TỬ
Trang chủ › Chính trị › Mặt trận - Đoàn thể
Cập nhật lúc 17:20 ngày 24/10/2025
Đoàn giám sát làm việc tại khu phố Vĩnh Phước 2.
Mặt trận phường Rạch Giá giám sát hỗ trợ nhà ở cho người có công, hộ nghèo
Ngày 23/10, Đoàn giám sát của Ủy ban MTTQ Việt Nam phường Rạch Giá do đồng chí Danh Thị Kim Ngọc, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Rạch Giá làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ nhà ở cho người có công với cách mạng và hộ nghèo tại 8 khu phố.
Thành viên đoàn gồm các đồng chí: Chau Ty, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, Chủ tịch Hội Liên hiệp Phụ nữ phường; Néang Sóc Pha, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam phường cùng đại diện Ban Công tác Mặt trận các khu phố.
Cuộc giám sát được thực hiện theo Kế hoạch số 09/KH-MTTQ-BTT ngày 02/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam phường, căn cứ Quy định số 124-QĐ/TW của Ban Bí thư về giám sát, phản biện xã hội của Mặt trận Tổ quốc Việt Nam.
Báo cáo với đoàn, bà Trịnh Thị Mỹ Duyên, Phó Chủ tịch UBND phường cho biết: phường Rạch Giá mới được hình thành từ các phường Vĩnh Thanh, Vĩnh Thanh Vân, Vĩnh Lạc và một phần phường An Hòa của thành phố Rạch Giá, tỉnh Kiên Giang (cũ). Thực hiện Quyết định số 21/2024/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 316/KH-UBND ngày 15/7/2025 của UBND tỉnh An Giang, phường đã hỗ trợ 63 hộ xây mới, sửa chữa nhà ở, gồm 48 hộ người có công và 15 hộ nghèo. Mức hỗ trợ 60 triệu đồng/căn xây mới, 30 triệu đồng/căn sửa chữa; tổng số tiền đã giải ngân 3,24 tỷ đồng.
Qua giám sát thực tế tại nhà ông Tô Văn Sến (khu phố Vĩnh Phước 2) và một số hộ khác, đoàn ghi nhận các căn nhà được xây dựng đúng thiết kế, bảo đảm "3 cứng" (nền cứng, khung - tường cứng, mái cứng). Tuy nhiên, đoàn phát hiện 2 hồ sơ chưa đầy đủ thủ tục thanh toán và 1 căn nhà chậm tiến độ do thiếu nhân công.
Ông Lâm Văn Hên, Trưởng Ban Công tác Mặt trận khu phố Vĩnh Phước 2, cho biết Ban đã vận động 14 thanh niên tình nguyện và các mạnh thường quân hỗ trợ thêm 85 triệu đồng để các hộ hoàn thiện nhà trước mùa mưa.
Kết thúc buổi giám sát, đồng chí Danh Thị Kim Ngọc đề nghị UBND phường khẩn trương hoàn thiện hồ sơ, giải ngân dứt điểm trong tháng 11; đồng thời đoàn sẽ tổng hợp 5 kiến nghị gửi UBND phường xem xét, giải quyết. Đồng chí cũng lưu ý Ban Công tác Mặt trận các khu phố phát huy vai trò giám sát của nhân dân theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Kim Ngân
Tin liên quan
- Phường Vĩnh Thông ra mắt Ban Công tác Mặt trận 12 khu phố (15/10/2025)
- An Giang: hơn 2.000 căn nhà được hỗ trợ trong 9 tháng (08/10/2025)
- Xã Hòn Đất tổ chức hội nghị phản biện xã hội (30/09/2025)
""", "2025-10-24", "Mặt trận phường Rạch Giá giám sát hỗ trợ nhà ở cho người có công, hộ nghèo",
E("giam_sat", None, "2025-10-23"),
[P("Danh Thị Kim Ngọc", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Rạch Giá"),
 P("Chau Ty", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường", "Chủ tịch Hội Liên hiệp Phụ nữ phường"),
 P("Néang Sóc Pha", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam phường"),
 P("Trịnh Thị Mỹ Duyên", "Phó Chủ tịch UBND phường"),
 P("Tô Văn Sến"),
 P("Lâm Văn Hên", "Trưởng Ban Công tác Mặt trận khu phố Vĩnh Phước 2")],
[Q("8 khu phố", 8, "khu phố"), Q("63 hộ", 63, "hộ"), Q("48 hộ người có công", 48, "hộ người có công"),
 Q("15 hộ nghèo", 15, "hộ nghèo"), Q("60 triệu đồng/căn", 60000000, "đồng"), Q("30 triệu đồng/căn", 30000000, "đồng"),
 Q("3,24 tỷ đồng", 3240000000, "đồng"), Q("2 hồ sơ", 2, "hồ sơ"), Q("14 thanh niên tình nguyện", 14, "thanh niên tình nguyện"),
 Q("85 triệu đồng", 85000000, "đồng"), Q("5 kiến nghị", 5, "kiến nghị")],
[D("Kế hoạch", "09", "KH-MTTQ-BTT", "2025-10-02", "Ban Thường trực Ủy ban MTTQ Việt Nam phường", "Kế hoạch số 09/KH-MTTQ-BTT ngày 02/10/2025"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Quyết định", "21", "2024/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 21/2024/QĐ-TTg"),
 D("Kế hoạch", "316", "KH-UBND", "2025-07-15", "UBND tỉnh An Giang", "Kế hoạch số 316/KH-UBND ngày 15/7/2025")],
[prov("An Giang"), prov("Kiên Giang"), com("Rạch Giá"), com("Vĩnh Thanh"), com("Vĩnh Thanh Vân"), com("Vĩnh Lạc"), com("An Hòa")],
["BÁO AN GIANG ĐIỆN TỬ", "Trang chủ › Chính trị › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc tại khu phố Vĩnh Phước 2.",
 "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "3 cứng"],
["Cập nhật lúc 17:20 ngày 24/10/2025", "3 cứng", "1 căn nhà", "tháng 11"]))

PAGES.append(page("b2124-nghean-xa-ngayhoi-2025", """
Báo Nghệ An - Cơ quan của Đảng bộ tỉnh Nghệ An
You are here: Trang chủ / Chính trị / Mặt trận
Ảnh: Bà con bản Xốp Pu múa lăm vông chào mừng ngày hội.
Thứ Tư, 12/11/2025 | 09:15
Ấm tình đoàn kết ở bản Ơ Đu Xốp Pu
Tối 11/11, tại nhà văn hóa bản Xốp Pu, xã Nga My, Ban Công tác Mặt trận bản tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025. Đây là một trong 3 bản có đông đồng bào Ơ Đu - dân tộc có số dân ít nhất cả nước - sinh sống.
Dự ngày hội có đồng chí Nguyễn Đình Hưng, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Lữ Thị Hoa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Nga My; đồng chí Vi Văn Sơn, Chủ tịch Ủy ban MTTQ Việt Nam xã.
Ông Lô Văn Khăm, Trưởng Ban Công tác Mặt trận bản Xốp Pu cho biết, bản hiện có 132 hộ với 578 nhân khẩu, trong đó 61 hộ là người Ơ Đu, còn lại là người Thái, Khơ Mú. Năm 2025, bà con đã góp 420 ngày công làm 2,5 km đường nội bản, vận động 100% hộ ký cam kết thực hiện "3 không": không ma túy, không tảo hôn, không xuất cảnh trái phép. Thu nhập bình quân đạt 32 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 11,4%.
Thực hiện Hướng dẫn số 35/HD-MTTQ-BTT ngày 09/10/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm nay ngày hội ở các bản được tổ chức gọn nhẹ, thiết thực, tập trung vào phần sinh hoạt cộng đồng và bình xét gia đình văn hóa. Ban Thường vụ Đảng ủy xã cũng đã ban hành Chỉ thị 01, 02-CT/ĐU về tăng cường sự lãnh đạo của Đảng đối với công tác Mặt trận ở khu dân cư và về vận động đồng bào giữ gìn bản sắc văn hóa dân tộc Ơ Đu.
Phát biểu tại ngày hội, đồng chí Nguyễn Đình Hưng biểu dương tinh thần đoàn kết của bà con bản Xốp Pu, đề nghị Ban Công tác Mặt trận tiếp tục phát huy vai trò người có uy tín, vận động bà con phát triển chăn nuôi, trồng rừng gỗ lớn, giữ gìn tiếng nói, chữ viết, lễ hội truyền thống của dân tộc mình.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao tặng bản 12 con bò giống; Ủy ban MTTQ Việt Nam xã khởi công 2 nhà Đại đoàn kết cho hộ nghèo, mỗi nhà hỗ trợ 50 triệu đồng. Tại ngày hội, bà con và các nhà hảo tâm đã quyên góp được 28,6 triệu đồng cho Quỹ "Vì người nghèo" của xã. Ông Lương Văn Phò, người có uy tín bản Xốp Pu, được Ủy ban MTTQ Việt Nam xã tặng giấy khen.
Phần hội có các tiết mục hát, múa của 4 đội văn nghệ cùng các trò chơi dân gian như bắn nỏ, đánh cầu lông gà, thu hút hơn 400 người tham gia. Bữa cơm đoàn kết kết thúc trong tiếng khèn và điệu lăm vông của đồng bào.
Hữu Vi - Đình Tuân
Tin khác
- Tương Dương: 100% bản tổ chức Ngày hội Đại đoàn kết (10/11/2025)
- Xã Mường Xén trao nhà cho hộ nghèo người Mông (07/11/2025)
- Mặt trận tỉnh kỷ niệm 95 năm Ngày truyền thống (05/11/2025)
""", "2025-11-12", "Ấm tình đoàn kết ở bản Ơ Đu Xốp Pu",
E("khac", None, "2025-11-11"),
[P("Nguyễn Đình Hưng", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lữ Thị Hoa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Nga My"),
 P("Vi Văn Sơn", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Lô Văn Khăm", "Trưởng Ban Công tác Mặt trận bản Xốp Pu"),
 P("Lương Văn Phò", "người có uy tín bản Xốp Pu")],
[Q("3 bản", 3, "bản"), Q("132 hộ", 132, "hộ"), Q("578 nhân khẩu", 578, "nhân khẩu"), Q("61 hộ", 61, "hộ"),
 Q("420 ngày công", 420, "ngày công"), Q("2,5 km", 2.5, "km"), Q("100% hộ", 100, "%"),
 Q("32 triệu đồng/người/năm", 32000000, "đồng"), Q("11,4%", 11.4, "%"), Q("12 con bò giống", 12, "con bò giống"),
 Q("2 nhà Đại đoàn kết", 2, "nhà Đại đoàn kết"), Q("50 triệu đồng", 50000000, "đồng"), Q("28,6 triệu đồng", 28600000, "đồng"),
 Q("4 đội văn nghệ", 4, "đội văn nghệ"), Q("hơn 400 người", 400, "người", "over")],
[D("Hướng dẫn", "35", "HD-MTTQ-BTT", "2025-10-09", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Hướng dẫn số 35/HD-MTTQ-BTT ngày 09/10/2025"),
 D("Chỉ thị", "01", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 01, 02-CT/ĐU"),
 D("Chỉ thị", "02", "CT/ĐU", None, "Ban Thường vụ Đảng ủy xã", "Chỉ thị 01, 02-CT/ĐU")],
[prov("Nghệ An"), com("Nga My")],
["Báo Nghệ An - Cơ quan của Đảng bộ tỉnh Nghệ An", "You are here: Trang chủ / Chính trị / Mặt trận",
 "Ảnh: Bà con bản Xốp Pu múa lăm vông chào mừng ngày hội.", "Vì người nghèo",
 "không ma túy, không tảo hôn, không xuất cảnh trái phép"],
["Thứ Tư, 12/11/2025 | 09:15", "năm 2025", "3 không", "Năm 2025"]))

PAGES.append(page("b2125-daklak-huyen-giaoban-2020", """
ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK
Trang chủ :: Hoạt động Mặt trận cơ sở
Thứ Tư, 07/10/2020 - 08:00
Krông Bông: Giao ban công tác Mặt trận quý III
Ngày 6/10, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Krông Bông tổ chức hội nghị giao ban công tác Mặt trận quý III/2020 với Chủ tịch Ủy ban MTTQ 14 xã, thị trấn. Đồng chí Y Bhin Niê, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Đồng chí Y Bhin Niê phát biểu kết luận hội nghị.
Krông Bông là huyện miền núi phía Nam tỉnh Đắk Lắk, có 29 dân tộc anh em cùng sinh sống, trong đó đồng bào Êđê, Mông chiếm gần một nửa dân số.
Báo cáo do đồng chí H'Luyện Mlô, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện trình bày cho biết: trong quý III, Mặt trận các cấp tiếp tục vận động nhân dân thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về phòng, chống dịch Covid-19. Toàn huyện đã tiếp nhận hơn 1,3 tỷ đồng và nhiều hiện vật ủng hộ phòng, chống dịch; trao 3.100 suất quà cho người lao động mất việc làm và hộ khó khăn.
Sau cơn bão số 5, Mặt trận huyện phối hợp các đoàn thể hỗ trợ 216 hộ bị tốc mái, ngập úng với số tiền 324 triệu đồng. Ban Công tác Mặt trận các thôn, buôn tham gia hòa giải thành 9/11 vụ việc, trong đó có 3 vụ tranh chấp đất đai. Tỷ lệ hộ dân tham gia bảo hiểm y tế đạt 95,5%.
Thực hiện Kế hoạch số 68-KH/HU ngày 20/8/2020 của Huyện ủy về chuẩn bị Đại hội Đảng bộ huyện lần thứ XVII, Mặt trận đã tổ chức 14 hội nghị lấy ý kiến nhân dân góp ý dự thảo văn kiện, tổng hợp được 126 ý kiến góp ý gửi Ban Thường vụ Huyện ủy.
Tại hội nghị, các đồng chí Y Sơn Kbuôr, Hoàng Văn Páo, Lê Thị Hạnh - Ủy viên Ủy ban MTTQ Việt Nam huyện đã trao đổi khó khăn trong vận động đồng bào Mông di cư tự do ổn định dân cư. Ông Hoàng Văn Páo, Chủ tịch Ủy ban MTTQ xã Cư Pui, cho biết xã còn 47 hộ người Mông chưa có đất sản xuất. Xã Yang Mao được biểu dương vì 100% thôn, buôn duy trì sinh hoạt Ban Công tác Mặt trận định kỳ hằng tháng.
Kết luận hội nghị, đồng chí Y Bhin Niê đề nghị quý IV, Mặt trận các xã, thị trấn tập trung tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở 178 khu dân cư; triển khai đợt cao điểm "Vì người nghèo" năm 2020; vận động hỗ trợ xây dựng 20 nhà Đại đoàn kết trước Tết Nguyên đán Tân Sửu.
Hội nghị cũng thống nhất lịch kiểm tra, chấm điểm hoạt động của Ban Công tác Mặt trận các thôn, buôn trong tháng cuối năm.
H'Xuân - Ủy ban MTTQ huyện Krông Bông
Lượt xem: 455
Tin cùng chuyên mục
- M'Drắk: ra quân Tháng cao điểm "Vì người nghèo" (05/10/2020)
- Ea Kar: đối thoại với người có uy tín trong đồng bào dân tộc thiểu số (01/10/2020)
- Buôn Đôn trao 12 nhà Đại đoàn kết (29/09/2020)
- Hội nghị Ủy ban MTTQ Việt Nam huyện Lắk lần thứ 14 (25/09/2020)
""", "2020-10-07", "Krông Bông: Giao ban công tác Mặt trận quý III",
E("giao_ban", "2020-Q3", "2020-10-06"),
[P("Y Bhin Niê", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("H'Luyện Mlô", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện"),
 P("Y Sơn Kbuôr", "Ủy viên Ủy ban MTTQ Việt Nam huyện"),
 P("Hoàng Văn Páo", "Ủy viên Ủy ban MTTQ Việt Nam huyện", "Chủ tịch Ủy ban MTTQ xã Cư Pui"),
 P("Lê Thị Hạnh", "Ủy viên Ủy ban MTTQ Việt Nam huyện")],
[Q("14 xã, thị trấn", 14, "xã, thị trấn"), Q("29 dân tộc", 29, "dân tộc"), Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"),
 Q("3.100 suất quà", 3100, "suất quà"), Q("216 hộ", 216, "hộ"), Q("324 triệu đồng", 324000000, "đồng"),
 Q("9/11 vụ việc", 9, "vụ việc"), Q("3 vụ tranh chấp đất đai", 3, "vụ tranh chấp đất đai"),
 Q("95,5%", 95.5, "%"), Q("14 hội nghị", 14, "hội nghị"), Q("126 ý kiến", 126, "ý kiến"),
 Q("47 hộ người Mông", 47, "hộ người Mông"), Q("100% thôn, buôn", 100, "%"), Q("178 khu dân cư", 178, "khu dân cư"),
 Q("20 nhà Đại đoàn kết", 20, "nhà Đại đoàn kết")],
[D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 31/3/2020"),
 D("Kế hoạch", "68", "KH/HU", "2020-08-20", "Huyện ủy", "Kế hoạch số 68-KH/HU ngày 20/8/2020")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Yang Mao")],
["ỦY BAN MTTQ VIỆT NAM TỈNH ĐẮK LẮK", "Trang chủ :: Hoạt động Mặt trận cơ sở", "Đồng chí Y Bhin Niê phát biểu kết luận hội nghị.",
 "Vì người nghèo", "Covid-19", "Lượt xem: 455"],
["Thứ Tư, 07/10/2020 - 08:00", "quý III/2020", "quý III", "quý IV", "bão số 5", "hằng tháng", "lần thứ XVII", "năm 2020", "Covid-19",
 "Lượt xem: 455"]))

PAGES.append(page("b2126-hcm-phuong-giaoban-2025", """
ỦY BAN MTTQ VIỆT NAM PHƯỜNG TÂN ĐỊNH - THÀNH PHỐ HỒ CHÍ MINH
Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận
24.10.2025 - 16:45
Phường Tân Định: Giao ban Ban Công tác Mặt trận 30 khu phố
Chiều 23/10, Ủy ban MTTQ Việt Nam phường Tân Định tổ chức hội nghị giao ban công tác Mặt trận tháng 10/2025 với Trưởng Ban Công tác Mặt trận 30 khu phố. Đồng chí Nguyễn Thị Thanh Vân, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định chủ trì; đồng chí Lê Hoàng Nam, Phó Chủ tịch UBND phường dự.
Quang cảnh hội nghị giao ban tháng 10.
Phường Tân Định là một trong những phường trung tâm của Thành phố Hồ Chí Minh, có đông người Hoa và người lao động tự do sinh sống; từ tháng 7/2025, Ban Công tác Mặt trận các khu phố đã được kiện toàn theo mô hình chính quyền địa phương hai cấp.
Theo báo cáo của bà Lâm Ngọc Phụng, Phó Chủ tịch Ủy ban MTTQ Việt Nam phường, trong tháng, Ban Công tác Mặt trận các khu phố đã tổ chức lấy ý kiến nhân dân về chỉnh trang vỉa hè, tiếp nhận 46 ý kiến, kiến nghị, đã chuyển UBND phường giải quyết 39 ý kiến. Quỹ "Vì người nghèo" phường vận động được 520 triệu đồng; hỗ trợ 12 hộ sửa chữa nhà, mỗi hộ 25 triệu đồng, và cấp 230 thẻ bảo hiểm y tế cho người lao động tự do.
Theo Quy chế phối hợp số 03/QCPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam phường và UBND phường, mỗi tháng Mặt trận và chính quyền tổ chức một buổi tiếp xúc, đối thoại với người dân tại khu phố. Trong tháng 10 đã có 128 lượt người dân tham gia các buổi tiếp xúc tại khu phố 5 và khu phố 12.
Ông Quách Tuấn Kiệt, Trưởng Ban Công tác Mặt trận khu phố 5, đề nghị phường sớm có hướng dẫn về tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025 tại các khu phố đông người Hoa. Bà Trần Ngọc Bích, vừa được tín nhiệm giữ chức Trưởng Ban Công tác Mặt trận khu phố 12, cho biết khu phố có 3 chung cư cũ với hơn 600 hộ dân, nhiều vấn đề về phòng cháy, chữa cháy cần Mặt trận vận động.
Thông tin về cơ chế đặc thù, đồng chí Lê Hoàng Nam cho biết, phường đang triển khai các nội dung của Nghị quyết số 98/2023/QH15 của Quốc hội liên quan đến chỉnh trang đô thị, và Kế hoạch số 145-KH/ĐU ngày 26/9/2025 của Đảng ủy phường về vận động nhân dân xây dựng phường văn minh, hiện đại.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh Vân đề nghị các khu phố hoàn thành kiện toàn Ban Công tác Mặt trận trước ngày 31/10; tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 100% khu phố trong khoảng từ ngày 1 đến ngày 18/11; rà soát 85 hộ cận nghèo để có phương án hỗ trợ đón Tết.
Minh Khang
Lượt truy cập: 88.901
Tin khác
- Phường Sài Gòn trao 50 phần quà cho hộ khó khăn (20/10/2025)
- Phường Tân Định ra mắt Tổ tự quản chung cư (15/10/2025)
- Giao ban công tác Mặt trận tháng 9/2025 (25/09/2025)
""", "2025-10-24", "Phường Tân Định: Giao ban Ban Công tác Mặt trận 30 khu phố",
E("giao_ban", "2025-10", "2025-10-23"),
[P("Nguyễn Thị Thanh Vân", "Phó Bí thư Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam phường Tân Định"),
 P("Lê Hoàng Nam", "Phó Chủ tịch UBND phường"),
 P("Lâm Ngọc Phụng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Quách Tuấn Kiệt", "Trưởng Ban Công tác Mặt trận khu phố 5"),
 P("Trần Ngọc Bích", "Trưởng Ban Công tác Mặt trận khu phố 12")],
[Q("30 khu phố", 30, "khu phố"), Q("46 ý kiến, kiến nghị", 46, "ý kiến, kiến nghị"), Q("39 ý kiến", 39, "ý kiến"),
 Q("520 triệu đồng", 520000000, "đồng"), Q("12 hộ", 12, "hộ"), Q("25 triệu đồng", 25000000, "đồng"),
 Q("230 thẻ bảo hiểm y tế", 230, "thẻ bảo hiểm y tế"), Q("128 lượt người dân", 128, "lượt người dân"),
 Q("3 chung cư cũ", 3, "chung cư cũ"), Q("hơn 600 hộ dân", 600, "hộ dân", "over"), Q("100% khu phố", 100, "%"),
 Q("85 hộ cận nghèo", 85, "hộ cận nghèo")],
[D("Quy chế phối hợp", "03", "QCPH-MTTQ-UBND", None, None, "Quy chế phối hợp số 03/QCPH-MTTQ-UBND"),
 D("Nghị quyết", "98", "2023/QH15", None, "Quốc hội", "Nghị quyết số 98/2023/QH15"),
 D("Kế hoạch", "145", "KH/ĐU", "2025-09-26", "Đảng ủy phường", "Kế hoạch số 145-KH/ĐU ngày 26/9/2025")],
[prov("Hồ Chí Minh"), com("Tân Định")],
["ỦY BAN MTTQ VIỆT NAM PHƯỜNG TÂN ĐỊNH - THÀNH PHỐ HỒ CHÍ MINH", "Trang chủ >> Tin tức - Sự kiện >> Hoạt động Mặt trận",
 "Quang cảnh hội nghị giao ban tháng 10.", "Vì người nghèo", "Lượt truy cập: 88.901"],
["24.10.2025 - 16:45", "tháng 7/2025", "hai cấp", "tháng 10/2025", "tháng 10", "năm 2025", "ngày 31/10", "ngày 1 đến ngày 18/11", "Lượt truy cập: 88.901"]))

PAGES.append(page("b2127-quangngai-xa-doithoai-2025", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK PXI
Tỉnh Quảng Ngãi
Thứ Sáu, 26/09/2025, 08:05
Trang chủ - Tin tức - Hoạt động của Mặt trận
Người đứng đầu cấp ủy, chính quyền xã Đăk Pxi đối thoại với nhân dân
Ngày 25/9, Ủy ban MTTQ Việt Nam xã Đăk Pxi phối hợp với UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2025. Hơn 200 người dân tham dự, cùng người có uy tín và Trưởng Ban Công tác Mặt trận 16 thôn.
Đồng chí A Hưng, Bí thư Đảng ủy xã và đồng chí Y Thiếp, Chủ tịch UBND xã chủ trì đối thoại. Đồng chí A Dũi, Chủ tịch Ủy ban MTTQ Việt Nam xã điều hành hội nghị.
Các đại biểu tham dự hội nghị đối thoại.
Đây là hội nghị đối thoại đầu tiên của xã Đăk Pxi sau khi tỉnh Kon Tum (cũ) hợp nhất vào tỉnh Quảng Ngãi và xã mới được thành lập trên cơ sở sáp nhập 3 xã. Trước hội nghị, Ban Công tác Mặt trận các thôn đã tổng hợp 17 ý kiến, kiến nghị của nhân dân, tập trung vào cấp giấy chứng nhận quyền sử dụng đất, đường giao thông, nước sinh hoạt và chính sách hỗ trợ trồng sâm.
Tại hội nghị, ông A Krưm, thôn Kon Pao Kơ Pêng, phản ánh đoạn đường vào khu sản xuất dài 3 km bị sạt lở sau mưa. Bà Y Nhung, Trưởng Ban Công tác Mặt trận thôn Đăk Tông, đề nghị xã hỗ trợ giống sâm và hướng dẫn kỹ thuật cho bà con. Một số ý kiến phản ánh tình trạng một số đối tượng lôi kéo người dân tham gia "Hà Mòn".
Trả lời các ý kiến, đồng chí Y Thiếp cho biết, năm 2025 xã đã cấp 52 giấy chứng nhận quyền sử dụng đất cho hộ đồng bào Xơ Đăng; dự án đường vào khu sản xuất với tổng vốn 4,2 tỷ đồng từ Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ sẽ khởi công trong quý IV. Theo Nghị quyết số 07/NQ-HĐND ngày 20/8/2025 của HĐND xã, mỗi hộ trồng sâm Ngọc Linh dưới tán rừng được hỗ trợ 200 cây giống.
Trưởng Công an xã Lê Văn Thịnh đề nghị bà con cảnh giác, không nghe theo kẻ xấu, kịp thời báo cho Ban Công tác Mặt trận thôn khi phát hiện người lạ đến tuyên truyền.
Tại hội nghị, lãnh đạo xã trả lời trực tiếp 14 ý kiến; các ý kiến còn lại được giao các bộ phận chuyên môn trả lời bằng văn bản trong 15 ngày. Phát biểu kết thúc, đồng chí A Hưng khẳng định những ý kiến của người dân sẽ được Đảng ủy, UBND xã tiếp thu, chỉ đạo giải quyết dứt điểm, tránh để đơn thư kéo dài.
Sau hội nghị, Ủy ban MTTQ Việt Nam xã sẽ phối hợp với Ban Công tác Mặt trận các thôn giám sát việc thực hiện những nội dung lãnh đạo xã đã hứa với nhân dân, định kỳ thông báo kết quả tại các buổi sinh hoạt thôn.
Ban biên tập
Lượt xem: 1.027
Tin liên quan
- Xã Đăk Pxi ra mắt Ban Công tác Mặt trận 16 thôn (20/08/2025)
- Hội nghị Ủy ban MTTQ Việt Nam xã lần thứ hai (05/09/2025)
- Trao 5 nhà Đại đoàn kết cho hộ nghèo (12/09/2025)
""", "2025-09-26", "Người đứng đầu cấp ủy, chính quyền xã Đăk Pxi đối thoại với nhân dân",
E("doi_thoai", "2025", "2025-09-25"),
[P("A Hưng", "Bí thư Đảng ủy xã"),
 P("Y Thiếp", "Chủ tịch UBND xã"),
 P("A Dũi", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("A Krưm"),
 P("Y Nhung", "Trưởng Ban Công tác Mặt trận thôn Đăk Tông"),
 P("Lê Văn Thịnh", "Trưởng Công an xã")],
[Q("Hơn 200 người dân", 200, "người dân", "over"), Q("16 thôn", 16, "thôn"), Q("sáp nhập 3 xã", 3, "xã"),
 Q("17 ý kiến, kiến nghị", 17, "ý kiến, kiến nghị"), Q("3 km", 3, "km"),
 Q("52 giấy chứng nhận quyền sử dụng đất", 52, "giấy chứng nhận quyền sử dụng đất"), Q("4,2 tỷ đồng", 4200000000, "đồng"),
 Q("200 cây giống", 200, "cây giống"), Q("14 ý kiến", 14, "ý kiến")],
[D("Quyết định", "1719", "QĐ-TTg", "2021-10-14", "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg ngày 14/10/2021"),
 D("Nghị quyết", "07", "NQ-HĐND", "2025-08-20", "HĐND xã", "Nghị quyết số 07/NQ-HĐND ngày 20/8/2025")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Đăk Pxi")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ ĐĂK PXI", "Trang chủ - Tin tức - Hoạt động của Mặt trận", "Các đại biểu tham dự hội nghị đối thoại.",
 "Hà Mòn", "Chương trình mục tiêu quốc gia", "Lượt xem: 1.027"],
["Thứ Sáu, 26/09/2025, 08:05", "năm 2025", "quý IV", "15 ngày", "Lượt xem: 1.027"]))

PAGES.append(page("b2128-phutho-huyen-tongket-2018", """
Cổng thông tin điện tử huyện Cẩm Khê - tỉnh Phú Thọ
Vị trí: Trang chủ » Tin tức » Mặt trận - Đoàn thể
Thứ Năm, ngày 20/12/2018
Ảnh: Đồng chí Đinh Công Sứ trao giấy khen cho các tập thể.
Mặt trận huyện Cẩm Khê: Hơn 3,9 tỷ đồng xây dựng nông thôn mới
Ngày 19/12/2018, Ủy ban MTTQ Việt Nam huyện Cẩm Khê tổ chức hội nghị tổng kết công tác Mặt trận năm 2018, triển khai chương trình phối hợp thống nhất hành động năm 2019. Đồng chí Đinh Công Sứ, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì hội nghị.
Báo cáo cho biết, năm 2018 Mặt trận và Ban Công tác Mặt trận các khu dân cư của 31 xã, thị trấn đã vận động nhân dân đóng góp hơn 3,9 tỷ đồng, hiến 18.200 m2 đất để làm đường giao thông nông thôn, xây dựng nhà văn hóa. Đến nay, toàn huyện có 12 xã đạt chuẩn nông thôn mới; 97,2% hộ gia đình đạt danh hiệu gia đình văn hóa. Quỹ "Vì người nghèo" các cấp tiếp nhận 2,14 tỷ đồng, hỗ trợ xây mới 45 nhà Đại đoàn kết.
Thực hiện Nghị quyết số 06-NQ/HU ngày 12/3/2016 của Ban Chấp hành Đảng bộ huyện về phát triển kinh tế vùng đồng bào Mường, Mặt trận huyện đã phối hợp hỗ trợ 126 hộ vay vốn phát triển chăn nuôi. Ban Thường trực tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 12, 13-KL/HU về nâng cao chất lượng hoạt động Ban Công tác Mặt trận khu dân cư và về công tác giám sát của Mặt trận. Trong năm, Mặt trận các cấp tổ chức 62 cuộc giám sát; trước các kỳ họp HĐND, tổng hợp 428 ý kiến, kiến nghị của cử tri.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ huyện: Hà Văn Tươi, Bùi Thị Mến trình bày tham luận về cuộc vận động "Người Việt Nam ưu tiên dùng hàng Việt Nam" và về hoạt động tôn giáo. Bà Đinh Thị Thoa, Chủ tịch Ủy ban MTTQ xã Tạ Xá, chia sẻ kinh nghiệm vận động nhân dân dồn điền, đổi thửa với 1.430 hộ tham gia. Ông Phùng Văn Khởi, Trưởng Ban Công tác Mặt trận khu 4, xã Phương Xá cho biết khu đã 5 năm liền không có đơn thư vượt cấp.
Phát biểu chỉ đạo, đồng chí Hà Thị Ngọc Anh, Phó Bí thư Huyện ủy đề nghị năm 2019 Mặt trận tiếp tục thực hiện có hiệu quả cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", tổ chức thành công Đại hội MTTQ các cấp nhiệm kỳ 2019 - 2024.
Dịp này, Ủy ban MTTQ tỉnh Phú Thọ tặng bằng khen cho 3 tập thể; Ủy ban MTTQ huyện tặng giấy khen cho 24 tập thể, 36 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2018.
Hội nghị cũng đã thảo luận, đóng góp ý kiến vào dự thảo chương trình phối hợp thống nhất hành động của Mặt trận năm tới.
Thanh Xuân
Các tin khác
- Cẩm Khê: Hội nghị hiệp thương lần thứ ba (12/12/2018)
- Xã Tiên Lương khánh thành nhà văn hóa khu 7 (05/12/2018)
- Huyện Cẩm Khê trao 10 nhà Đại đoàn kết (28/11/2018)
""", "2018-12-20", "Mặt trận huyện Cẩm Khê: Hơn 3,9 tỷ đồng xây dựng nông thôn mới",
E("tong_ket", "2018", "2018-12-19"),
[P("Đinh Công Sứ", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Hà Văn Tươi", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Bùi Thị Mến", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Đinh Thị Thoa", "Chủ tịch Ủy ban MTTQ xã Tạ Xá"),
 P("Phùng Văn Khởi", "Trưởng Ban Công tác Mặt trận khu 4"),
 P("Hà Thị Ngọc Anh", "Phó Bí thư Huyện ủy")],
[Q("31 xã, thị trấn", 31, "xã, thị trấn"), Q("hơn 3,9 tỷ đồng", 3900000000, "đồng", "over"), Q("18.200 m2", 18200, "m2"),
 Q("12 xã", 12, "xã"), Q("97,2%", 97.2, "%"), Q("2,14 tỷ đồng", 2140000000, "đồng"),
 Q("45 nhà Đại đoàn kết", 45, "nhà Đại đoàn kết"), Q("126 hộ", 126, "hộ"), Q("62 cuộc giám sát", 62, "cuộc giám sát"),
 Q("428 ý kiến, kiến nghị", 428, "ý kiến, kiến nghị"), Q("1.430 hộ", 1430, "hộ"), Q("3 tập thể", 3, "tập thể"),
 Q("24 tập thể", 24, "tập thể"), Q("36 cá nhân", 36, "cá nhân")],
[D("Nghị quyết", "06", "NQ/HU", "2016-03-12", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 06-NQ/HU ngày 12/3/2016"),
 D("Kết luận", "12", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU"),
 D("Kết luận", "13", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 12, 13-KL/HU")],
[prov("Phú Thọ"), com("Tạ Xá"), com("Phương Xá")],
["Cổng thông tin điện tử huyện Cẩm Khê - tỉnh Phú Thọ", "Vị trí: Trang chủ » Tin tức » Mặt trận - Đoàn thể",
 "Ảnh: Đồng chí Đinh Công Sứ trao giấy khen cho các tập thể.", "Vì người nghèo", "Người Việt Nam ưu tiên dùng hàng Việt Nam",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["Thứ Năm, ngày 20/12/2018", "năm 2018", "năm 2019", "5 năm", "nhiệm kỳ 2019 - 2024"]))
