from lib import *
PAGES = []

PAGES.append(page("b3785-gialai-taphuan-luat-2021", """
BÁO GIA LAI ĐIỆN TỬ
Thời sự > Pháp luật
2021-10-22 16:40
Quang cảnh lớp tập huấn tại huyện Chư Păh.
Tập huấn Luật Phòng, chống ma túy cho người có uy tín vùng đồng bào Jrai
(GLO) - Trong 2 ngày 20 và 21/10/2021, Công an tỉnh Gia Lai phối hợp với Ban Dân tộc tỉnh tổ chức tập huấn Luật Phòng, chống ma túy năm 2021 và kỹ năng phát hiện người sử dụng trái phép chất ma túy cho 120 già làng, người có uy tín, trưởng thôn làng ở các huyện Chư Păh, Ia Grai, Đức Cơ. Thượng tá Rơ Mah Tuấn, Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh và ông Ksor Hơ Nông, Phó Trưởng Ban Dân tộc tỉnh đồng chủ trì.
Học viên được giới thiệu những điểm mới của Luật Phòng, chống ma túy số 73/2021/QH14 được Quốc hội thông qua ngày 30/3/2021, có hiệu lực từ ngày 1/1/2022: bổ sung quy định về quản lý người sử dụng trái phép chất ma túy, cai nghiện tự nguyện tại cộng đồng và trách nhiệm của gia đình. Giảng viên cũng hướng dẫn cách nhận biết ma túy tổng hợp dạng "nước vui", "tem giấy", kẹo.
Theo Công an tỉnh, đến tháng 9/2021 Gia Lai có 1.372 người sử dụng trái phép chất ma túy và người nghiện; riêng 3 huyện Chư Păh, Ia Grai, Đức Cơ có 214 người, phần lớn là thanh niên người Jrai đi làm thuê ở các tỉnh phía Nam trở về. 9 tháng năm 2021, lực lượng chức năng khởi tố 93 vụ, 148 bị can về tội phạm ma túy.
Già làng Rơ Châm Khuêl, làng Ia Nueng, xã Ia Ka, huyện Chư Păh, chia sẻ: "Trước làng không biết ma túy là gì, nay có mấy đứa đi làm xa về mang theo. Già sẽ về nói với các dòng họ, con cháu nhà nào dính vào thì phải báo cho công an xã". Bà Siu H'Nhiơ, Chi hội trưởng Chi hội Phụ nữ làng Bàng, xã Ia Dơk, huyện Đức Cơ, đề nghị làm tài liệu tuyên truyền bằng tiếng Jrai, có hình ảnh cho bà con dễ nhớ. Ông Nguyễn Văn Khoa, Trưởng thôn 2, xã Ia Sao, huyện Ia Grai cho biết thôn đã lập 1 tổ tự quản với 7 thành viên.
Kết thúc lớp tập huấn, mỗi học viên được hỗ trợ 200.000 đồng/ngày và bộ tài liệu song ngữ Việt - Jrai. Công an tỉnh sẽ tổ chức thêm 4 lớp tương tự cho khoảng 250 người có uy tín ở các huyện phía Đông trong quý IV/2021, thực hiện Kế hoạch số 2160/KH-UBND ngày 28/9/2021 của UBND tỉnh về triển khai Luật Phòng, chống ma túy.
Các học viên cũng được đề nghị phối hợp với Công an xã lập danh sách thanh niên đi làm ăn xa, nắm thời điểm trở về để kịp thời tuyên truyền, xét nghiệm khi có dấu hiệu nghi vấn; đưa nội dung phòng, chống ma túy vào quy ước, hương ước của làng.
Hà Duy
Tin cùng chuyên mục
- Đức Cơ: phát hiện 3 đối tượng sử dụng ma túy tại quán karaoke (18/10/2021)
- Ia Grai ra mắt mô hình "Làng không có tội phạm ma túy" (05/10/2021)
- Công an Chư Sê bắt đối tượng tàng trữ ma túy (29/09/2021)
""", "2021-10-22", "Tập huấn Luật Phòng, chống ma túy cho người có uy tín vùng đồng bào Jrai",
E("tap_huan", "2021", "2021-10-20"),
[P("Rơ Mah Tuấn", "Thượng tá", "Phó Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh"),
 P("Ksor Hơ Nông", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Rơ Châm Khuêl", "Già làng"),
 P("Siu H'Nhiơ", "Chi hội trưởng Chi hội Phụ nữ làng Bàng"),
 P("Nguyễn Văn Khoa", "Trưởng thôn 2")],
[Q("120 già làng, người có uy tín, trưởng thôn làng", 120, "già làng, người có uy tín, trưởng thôn làng"),
 Q("1.372 người sử dụng trái phép chất ma túy và người nghiện", 1372, "người sử dụng trái phép chất ma túy và người nghiện"),
 Q("3 huyện", 3, "huyện"), Q("214 người", 214, "người"), Q("93 vụ", 93, "vụ"), Q("148 bị can", 148, "bị can"),
 Q("7 thành viên", 7, "thành viên"), Q("200.000 đồng", 200000, "đồng"), Q("4 lớp", 4, "lớp"),
 Q("khoảng 250 người có uy tín", 250, "người có uy tín", "approx")],
[D("Luật", "73", "2021/QH14", "2021-03-30", "Quốc hội", "Luật Phòng, chống ma túy số 73/2021/QH14"),
 D("Kế hoạch", "2160", "KH-UBND", "2021-09-28", "UBND tỉnh", "Kế hoạch số 2160/KH-UBND ngày 28/9/2021")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Dơk"), com("Ia Sao")],
["BÁO GIA LAI ĐIỆN TỬ", "Thời sự > Pháp luật", "Quang cảnh lớp tập huấn tại huyện Chư Păh.", "(GLO)", "nước vui", "tem giấy",
 "Luật Phòng, chống ma túy năm 2021"],
["2021-10-22 16:40", "Trong 2 ngày", "tháng 9/2021", "9 tháng năm 2021", "quý IV/2021", "1 tổ tự quản", "1/1/2022", "200.000 đồng/ngày"]))

PAGES.append(page("b3786-binhduong-tongket-xaphuong-2022", """
Cổng thông tin điện tử tỉnh Bình Dương
Trang chủ / Tin tức / Văn hóa - Xã hội
Cập nhật: 08:50, 27/12/2022
Bình Dương: 47/91 xã, phường, thị trấn không có ma túy
Ngày 26/12/2022, Ban Chỉ đạo phòng, chống AIDS, ma túy, mại dâm tỉnh Bình Dương tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí Trần Lộc Hải, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Đồng chí Trần Lộc Hải phát biểu chỉ đạo hội nghị.
Năm 2022, toàn tỉnh có 47/91 xã, phường, thị trấn được xác định không có tệ nạn ma túy, tăng 6 đơn vị so với năm 2021; số xã, phường trọng điểm về ma túy giảm còn 9. Tỉnh đang quản lý 3.145 người nghiện và 1.078 người sử dụng trái phép chất ma túy; 1.604 người được cai nghiện, trong đó 1.216 người cai nghiện bắt buộc tại Cơ sở cai nghiện ma túy tỉnh, 388 người cai nghiện tự nguyện. Lực lượng công an phát hiện, bắt giữ 912 vụ, 1.471 đối tượng, thu giữ hơn 33 kg ma túy các loại.
Triển khai Luật Phòng, chống ma túy năm 2021 và Nghị định số 116/2021/NĐ-CP ngày 21/12/2021 của Chính phủ quy định chi tiết một số điều về cai nghiện ma túy và quản lý sau cai nghiện, tỉnh đã ban hành Kế hoạch số 1822/KH-UBND ngày 18/4/2022 và Quyết định số 12/2022/QĐ-UBND quy định mức hỗ trợ người cai nghiện tự nguyện. Theo đó, mỗi người cai nghiện tự nguyện tại cơ sở được hỗ trợ 1,2 triệu đồng/tháng tiền ăn. Tổng kinh phí chi cho công tác cai nghiện năm 2022 khoảng 62 tỷ đồng.
Đến nay các khu phố, ấp đã thành lập 1.263 tổ tự quản về an ninh trật tự, trong đó 284 tổ ở các khu nhà trọ công nhân. Tại hội nghị, ông Lê Văn Tài, Trưởng khu phố Bình Đức 2, phường Bình Hòa, thành phố Thuận An, chia sẻ kinh nghiệm vận động 126 chủ nhà trọ lắp camera, ghi sổ tạm trú; bà Đặng Thị Kim Loan, Chủ tịch Ủy ban MTTQ phường Tân Định, thị xã Bến Cát, nêu mô hình "Nhà trọ không có ma túy".
Hội nghị cũng chỉ ra tồn tại: người nghiện là lao động ngoại tỉnh thường xuyên thay đổi chỗ ở nên khó quản lý; nhiều chủ nhà trọ chưa hợp tác; việc xác định tình trạng nghiện ở tuyến xã còn thiếu bác sĩ đủ điều kiện; ma túy tổng hợp trá hình dưới dạng thực phẩm, thuốc lá điện tử xuất hiện ngày càng nhiều trong giới trẻ.
Kết luận hội nghị, đồng chí Trần Lộc Hải yêu cầu năm 2023 phấn đấu thêm ít nhất 10 xã, phường không có ma túy; giảm 5% số người nghiện; 100% người nghiện có hồ sơ được lập hồ sơ cai nghiện. Các địa phương cần quan tâm người lao động trẻ trong khu công nghiệp, học sinh, sinh viên.
Dịp này, UBND tỉnh tặng bằng khen cho 15 tập thể và 20 cá nhân.
Minh Duy
Tin khác
- Thủ Dầu Một ra mắt mô hình "Khu phố không ma túy" (20/12/2022)
- Tập huấn tư vấn điều trị nghiện cho cán bộ y tế (12/12/2022)
- Bắt đường dây mua bán ma túy trong khu trọ công nhân (05/12/2022)
""", "2022-12-27", "Bình Dương: 47/91 xã, phường, thị trấn không có ma túy",
E("tong_ket", "2022", "2022-12-26"),
[P("Trần Lộc Hải", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Lê Văn Tài", "Trưởng khu phố Bình Đức 2"),
 P("Đặng Thị Kim Loan", "Chủ tịch Ủy ban MTTQ phường Tân Định")],
[Q("47/91 xã, phường, thị trấn", 47, "xã, phường, thị trấn"), Q("6 đơn vị", 6, "đơn vị"), Q("3.145 người nghiện", 3145, "người nghiện"),
 Q("1.078 người sử dụng trái phép chất ma túy", 1078, "người sử dụng trái phép chất ma túy"), Q("1.604 người", 1604, "người"),
 Q("1.216 người", 1216, "người"), Q("388 người", 388, "người"), Q("912 vụ", 912, "vụ"), Q("1.471 đối tượng", 1471, "đối tượng"),
 Q("hơn 33 kg", 33, "kg", "over"), Q("giảm còn 9", 9, "xã, phường trọng điểm về ma túy"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("khoảng 62 tỷ đồng", 62000000000, "đồng", "approx"),
 Q("1.263 tổ tự quản", 1263, "tổ tự quản"), Q("284 tổ", 284, "tổ"), Q("126 chủ nhà trọ", 126, "chủ nhà trọ"),
 Q("ít nhất 10 xã, phường", 10, "xã, phường", "over"), Q("5%", 5, "%"), Q("100%", 100, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Nghị định", "116", "2021/NĐ-CP", "2021-12-21", "Chính phủ", "Nghị định số 116/2021/NĐ-CP ngày 21/12/2021"),
 D("Kế hoạch", "1822", "KH-UBND", "2022-04-18", None, "Kế hoạch số 1822/KH-UBND ngày 18/4/2022"),
 D("Quyết định", "12", "2022/QĐ-UBND", None, None, "Quyết định số 12/2022/QĐ-UBND")],
[prov("Bình Dương"), com("Bình Hòa"), com("Tân Định")],
["Cổng thông tin điện tử tỉnh Bình Dương", "Trang chủ / Tin tức / Văn hóa - Xã hội", "Đồng chí Trần Lộc Hải phát biểu chỉ đạo hội nghị.",
 "Nhà trọ không có ma túy", "Luật Phòng, chống ma túy năm 2021"],
["Cập nhật: 08:50, 27/12/2022", "Năm 2022", "năm 2023", "năm 2021", "1,2 triệu đồng/tháng"]))

PAGES.append(page("b3787-soctrang-giaoban-q3-2022", """
BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Trang chủ › Tin tức › Dân vận các cấp
07/10/2022 - 10:05
Trần Đề: giao ban quý III về phòng, chống ma túy trong đồng bào Khmer
Sáng 6/10, Ban Dân vận Huyện ủy Trần Đề (tỉnh Sóc Trăng) phối hợp Công an huyện tổ chức giao ban khối dân vận quý III/2022, chuyên đề vận động đồng bào Khmer phòng, chống ma túy. Đồng chí Thạch Sô Phal, Huyện ủy viên, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì.
Đồng chí Thạch Sô Phal phát biểu tại buổi giao ban.
Theo báo cáo, quý III toàn huyện phát hiện 14 vụ, 22 đối tượng sử dụng trái phép chất ma túy, chủ yếu là thanh niên từ 18 đến 30 tuổi; hiện huyện quản lý 97 người nghiện và 64 người sử dụng trái phép chất ma túy, trong đó khoảng 40% là người Khmer. Các tổ dân vận ấp, sóc đã phối hợp với 26 chùa Phật giáo Nam tông Khmer tổ chức 52 buổi tuyên truyền lồng ghép trong các ngày lễ, thu hút hơn 3.100 lượt người nghe.
Thực hiện Kế hoạch số 68-KH/HU của Ban Thường vụ Huyện ủy về thực hiện Chỉ thị 36-CT/TW, các xã đã ra mắt 8 mô hình "Ấp, sóc không có ma túy". Xã Lịch Hội Thượng có 3 ấp được công nhận; xã Đại Ân 2 vận động 41 gia đình có người nghiện ký cam kết đưa người thân đi điều trị.
Đại đức Lâm Sa Rươl, trụ trì chùa Sà Lôn, xã Tài Văn, chia sẻ: nhà chùa đã mở 2 lớp dạy chữ Khmer hè kết hợp nói chuyện về tác hại của ma túy cho 140 em thiếu niên. Bà Sơn Thị Mỹ Hạnh, Chủ tịch Hội LHPN xã Viên An, cho biết chi hội phụ nữ ấp Tắc Bướm đang giúp 5 người sau cai vay vốn nuôi heo, mỗi người 10 triệu đồng. Ông Kim Văn Sóc, Trưởng ấp Sóc Lèo, đề nghị tăng tuần tra ban đêm ở khu vực ven biển.
Kết luận giao ban, đồng chí Thạch Sô Phal đề nghị quý IV khối dân vận tiếp tục phối hợp với Ban Đại diện Hội Đoàn kết sư sãi yêu nước huyện, phát huy vai trò Achar, người có uy tín trong phum sóc; mỗi xã duy trì ít nhất 1 mô hình "Dân vận khéo" về phòng, chống ma túy; chuẩn bị tốt sơ kết 3 năm thực hiện Chỉ thị 36-CT/TW của Bộ Chính trị vào tháng 11.
Nhiều ý kiến nêu khó khăn: thanh niên Khmer đi làm công nhân ở Bình Dương, Thành phố Hồ Chí Minh dễ bị rủ rê, khi về quê dịp lễ thì tụ tập; một số gia đình còn ngại báo với ấp vì sợ mất mặt với dòng họ, với nhà chùa.
Các đại biểu cũng thống nhất tăng cường phát thanh song ngữ Việt - Khmer trên hệ thống loa của các ấp, nhất là vào mùa đi làm ăn xa và dịp lễ Sen Đôn Ta, Ok Om Bok, khi thanh niên về quê đông.
Thạch Đa Ra
Tin liên quan
- Mỹ Xuyên: sơ kết 9 tháng công tác dân vận (30/09/2022)
- Tập huấn kỹ năng vận động quần chúng cho cán bộ ấp (22/09/2022)
- Ngã Năm ra mắt mô hình "Dân vận khéo" (12/09/2022)
""", "2022-10-07", "Trần Đề: giao ban quý III về phòng, chống ma túy trong đồng bào Khmer",
E("giao_ban", "2022-Q3", "2022-10-06"),
[P("Thạch Sô Phal", "Huyện ủy viên", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lâm Sa Rươl", "Đại đức", "trụ trì chùa Sà Lôn"),
 P("Sơn Thị Mỹ Hạnh", "Chủ tịch Hội LHPN xã Viên An"),
 P("Kim Văn Sóc", "Trưởng ấp Sóc Lèo")],
[Q("14 vụ", 14, "vụ"), Q("22 đối tượng", 22, "đối tượng"), Q("97 người nghiện", 97, "người nghiện"),
 Q("64 người sử dụng trái phép chất ma túy", 64, "người sử dụng trái phép chất ma túy"), Q("khoảng 40%", 40, "%", "approx"),
 Q("26 chùa Phật giáo Nam tông Khmer", 26, "chùa Phật giáo Nam tông Khmer"), Q("52 buổi tuyên truyền", 52, "buổi tuyên truyền"),
 Q("hơn 3.100 lượt người nghe", 3100, "lượt người nghe", "over"), Q("8 mô hình", 8, "mô hình"), Q("3 ấp", 3, "ấp"),
 Q("41 gia đình", 41, "gia đình"), Q("2 lớp dạy chữ Khmer hè", 2, "lớp dạy chữ Khmer hè"), Q("140 em thiếu niên", 140, "em thiếu niên"),
 Q("5 người sau cai", 5, "người sau cai"), Q("10 triệu đồng", 10000000, "đồng")],
[D("Kế hoạch", "68", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 68-KH/HU"),
 D("Chỉ thị", "36", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 36-CT/TW")],
[prov("Sóc Trăng"), prov("Bình Dương"), prov("Hồ Chí Minh"), com("Lịch Hội Thượng"), com("Đại Ân 2"), com("Tài Văn"), com("Viên An")],
["BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Trang chủ › Tin tức › Dân vận các cấp", "Đồng chí Thạch Sô Phal phát biểu tại buổi giao ban.",
 "Ấp, sóc không có ma túy", "Dân vận khéo", "Hội Đoàn kết sư sãi yêu nước huyện", "Achar", "Sen Đôn Ta", "Ok Om Bok"],
["07/10/2022 - 10:05", "quý III/2022", "quý III", "quý IV", "từ 18 đến 30 tuổi", "ít nhất 1 mô hình", "3 năm", "tháng 11"]))

PAGES.append(page("b3788-yenbai-hdnd-giamsat-2023", """
Báo Yên Bái điện tử
Chính trị › Hoạt động dân cử
Ngày 18/08/2023 | 15:20
Đoàn giám sát làm việc với UBND huyện Mù Cang Chải.
HĐND tỉnh giám sát công tác cai nghiện ma túy tại Mù Cang Chải, Trạm Tấu
Từ ngày 15 - 17/8/2023, Đoàn giám sát của Ban Văn hóa - Xã hội HĐND tỉnh Yên Bái do bà Hoàng Thị Vĩnh, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách về cai nghiện ma túy và quản lý sau cai nghiện năm 2023 tại huyện Mù Cang Chải, Trạm Tấu và 4 xã.
Tại Mù Cang Chải, ông Giàng A Tông, Phó Chủ tịch UBND huyện cho biết huyện hiện có 312 người nghiện, 98% là đồng bào Mông; từ đầu năm đã đưa 46 người đi cai nghiện bắt buộc, 23 người cai nghiện tự nguyện tại gia đình, cộng đồng, 118 người điều trị Methadone tại 2 cơ sở cấp phát thuốc. Huyện có 5/14 xã, thị trấn không có tệ nạn ma túy. Tổng kinh phí hỗ trợ cai nghiện 7 tháng đạt khoảng 1,9 tỷ đồng.
Tại Trạm Tấu, bà Đinh Thị Mai, Chủ tịch Ủy ban MTTQ huyện, nêu mô hình "Dòng họ không có người nghiện" ở 8 dòng họ lớn như Thào, Giàng, Mùa, Sùng; trưởng họ ký cam kết với chính quyền. Ông Mùa A Chư, Bí thư Đảng ủy xã Xà Hồ, cho biết xã đã 2 năm không phát sinh người nghiện mới nhờ các tổ tự quản ở 12 bản.
Qua giám sát, đoàn ghi nhận các địa phương đã cụ thể hóa Luật Phòng, chống ma túy số 73/2021/QH14 và Nghị định số 116/2021/NĐ-CP; tuy nhiên việc xác định tình trạng nghiện mới có 3 bác sĩ được cấp chứng chỉ cho cả 2 huyện; Cơ sở cai nghiện ma túy tỉnh mới đáp ứng khoảng 60% nhu cầu; mức hỗ trợ cai nghiện tự nguyện theo Nghị quyết số 21/2022/NQ-HĐND của HĐND tỉnh chưa đủ hấp dẫn.
Bà Hoàng Thị Vĩnh đề nghị UBND tỉnh sớm đầu tư mở rộng cơ sở cai nghiện thêm 200 chỗ; hỗ trợ đào tạo 10 bác sĩ xác định tình trạng nghiện cho các huyện vùng cao; nghiên cứu nâng mức hỗ trợ tiền ăn cho người cai nghiện tự nguyện lên 1,5 triệu đồng/tháng. Kết quả giám sát sẽ được báo cáo tại kỳ họp thường lệ cuối năm 2023 của HĐND tỉnh.
Một số hộ dân cho biết người nghiện thường bỏ lên lán nương, sang bản khác khi cán bộ đến lập hồ sơ; gia đình nghèo không có tiền đi lại thăm người thân ở cơ sở cai nghiện cách xa hơn trăm cây số.
Tham gia đoàn còn có ông Lò Văn Pọm, Phó Trưởng Ban Dân tộc HĐND tỉnh và đại diện Sở Lao động - Thương binh và Xã hội, Công an tỉnh. Tại các xã, đoàn đã trực tiếp gặp gỡ một số gia đình có người đang cai nghiện, nghe người dân nêu khó khăn trong việc đưa người thân đi cai.
Thanh Hiền
Tin cùng chuyên mục
- Thường trực HĐND tỉnh tiếp xúc cử tri Văn Chấn (10/08/2023)
- Giám sát chương trình mục tiêu quốc gia tại Lục Yên (02/08/2023)
- HĐND tỉnh chất vấn về công tác cai nghiện (14/07/2023)
""", "2023-08-18", "HĐND tỉnh giám sát công tác cai nghiện ma túy tại Mù Cang Chải, Trạm Tấu",
E("giam_sat", "2023", "2023-08-15"),
[P("Hoàng Thị Vĩnh", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh", "trưởng đoàn"),
 P("Giàng A Tông", "Phó Chủ tịch UBND huyện"),
 P("Đinh Thị Mai", "Chủ tịch Ủy ban MTTQ huyện"),
 P("Mùa A Chư", "Bí thư Đảng ủy xã Xà Hồ"),
 P("Lò Văn Pọm", "Phó Trưởng Ban Dân tộc HĐND tỉnh")],
[Q("4 xã", 4, "xã"), Q("312 người nghiện", 312, "người nghiện"), Q("98%", 98, "%"), Q("46 người", 46, "người"),
 Q("23 người", 23, "người"), Q("118 người", 118, "người"), Q("2 cơ sở cấp phát thuốc", 2, "cơ sở cấp phát thuốc"),
 Q("5/14 xã, thị trấn", 5, "xã, thị trấn"), Q("khoảng 1,9 tỷ đồng", 1900000000, "đồng", "approx"), Q("8 dòng họ", 8, "dòng họ"),
 Q("12 bản", 12, "bản"), Q("3 bác sĩ", 3, "bác sĩ"), Q("khoảng 60%", 60, "%", "approx"), Q("200 chỗ", 200, "chỗ"),
 Q("10 bác sĩ", 10, "bác sĩ"), Q("2 huyện", 2, "huyện"), Q("1,5 triệu đồng", 1500000, "đồng")],
[D("Luật", "73", "2021/QH14", None, None, "Luật Phòng, chống ma túy số 73/2021/QH14"),
 D("Nghị định", "116", "2021/NĐ-CP", None, None, "Nghị định số 116/2021/NĐ-CP"),
 D("Nghị quyết", "21", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 21/2022/NQ-HĐND")],
[prov("Yên Bái"), com("Xà Hồ")],
["Báo Yên Bái điện tử", "Chính trị › Hoạt động dân cử", "Đoàn giám sát làm việc với UBND huyện Mù Cang Chải.",
 "Dòng họ không có người nghiện", "Cơ sở cai nghiện ma túy tỉnh"],
["Ngày 18/08/2023 | 15:20", "năm 2023", "7 tháng", "2 năm", "1,5 triệu đồng/tháng"]))

PAGES.append(page("b3789-camau-hoinghi-thanghanhdong-2023", """
Báo Cà Mau
Xã hội » Đời sống
23 tháng 6, 2023 | 18:10
Lực lượng đoàn viên diễu hành tuyên truyền sau lễ mít tinh.
Hơn 1.500 người dự mít tinh hưởng ứng Tháng hành động phòng, chống ma túy
Sáng 23/6, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Cà Mau tổ chức hội nghị mít tinh hưởng ứng Tháng hành động phòng, chống ma túy năm 2023 và Ngày Quốc tế phòng, chống ma túy, Ngày toàn dân phòng, chống ma túy 26/6. Đồng chí Lâm Văn Bảy, Phó Chủ tịch UBND tỉnh dự và phát biểu; Đại tá Trương Việt Hòa, Giám đốc Công an tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì.
Theo báo cáo, từ đầu năm đến nay lực lượng công an toàn tỉnh phát hiện 171 vụ, 356 đối tượng phạm tội và vi phạm về ma túy, thu giữ hơn 1,4 kg ma túy tổng hợp. Toàn tỉnh có 1.105 người nghiện và 897 người sử dụng trái phép chất ma túy; 68/101 xã, phường, thị trấn có người liên quan đến ma túy. Số người nghiện ở độ tuổi thanh thiếu niên chiếm khoảng 30%.
Tỉnh đã xây dựng 134 mô hình tự quản về phòng, chống ma túy, tiêu biểu như "Ấp không có ma túy" ở xã Khánh Bình Tây, huyện Trần Văn Thời; "Cựu chiến binh giúp người lầm lỗi" của Hội Cựu chiến binh xã Tân Hưng Đông. 9 tháng cuối năm 2022 đến nay, Cơ sở cai nghiện ma túy tỉnh tiếp nhận 312 lượt học viên; kinh phí hỗ trợ cai nghiện tự nguyện khoảng 2,6 tỷ đồng theo Nghị quyết số 05/2022/NQ-HĐND của HĐND tỉnh.
Tại buổi lễ, em Danh Thị Kiều My, học sinh Trường THPT Phan Ngọc Hiển, đại diện đoàn viên, học sinh đọc thư kêu gọi "Hãy nói không với ma túy". Ông Lý Văn Út, Trưởng ấp Kinh Hòn, xã Khánh Bình Tây, chia sẻ cách ấp phối hợp 9 tổ tự quản vận động 15 người nghiện đi điều trị.
Phát biểu, đồng chí Lâm Văn Bảy đề nghị các ngành, địa phương thực hiện nghiêm Chỉ thị 36-CT/TW ngày 16/8/2019 của Bộ Chính trị và Kế hoạch 108/KH-UBND ngày 12/5/2023 của UBND tỉnh; phấn đấu đến cuối năm 2023 có thêm ít nhất 8 xã, phường không có ma túy, không để phát sinh điểm, tụ điểm phức tạp.
Dịp này, Công an tỉnh tặng giấy khen cho 12 tập thể và 18 cá nhân; Hội Cựu chiến binh tỉnh trao 20 suất học bổng, mỗi suất 1 triệu đồng cho con em gia đình có người nghiện ma túy vượt khó học giỏi.
Sau lễ mít tinh, hơn 1.500 đại biểu, đoàn viên, học sinh đã diễu hành bằng xe đạp, xe mô tô qua các tuyến đường chính của thành phố Cà Mau với băng rôn, khẩu hiệu tuyên truyền.
Huỳnh Lâm
Tin khác
- Năm Căn: bắt đối tượng tàng trữ 42 gói ma túy (20/6/2023)
- Thành đoàn ra quân tuyên truyền phòng, chống ma túy học đường (15/6/2023)
- Tập huấn nghiệp vụ công tác cai nghiện cho cán bộ cấp xã (08/6/2023)
""", "2023-06-23", "Hơn 1.500 người dự mít tinh hưởng ứng Tháng hành động phòng, chống ma túy",
E("hoi_nghi", "2023", "2023-06-23"),
[P("Lâm Văn Bảy", "Phó Chủ tịch UBND tỉnh"),
 P("Trương Việt Hòa", "Đại tá", "Giám đốc Công an tỉnh", "Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Danh Thị Kiều My", "học sinh Trường THPT Phan Ngọc Hiển"),
 P("Lý Văn Út", "Trưởng ấp Kinh Hòn")],
[Q("Hơn 1.500 người", 1500, "người", "over"), Q("171 vụ", 171, "vụ"), Q("356 đối tượng", 356, "đối tượng"),
 Q("hơn 1,4 kg", 1.4, "kg", "over"), Q("1.105 người nghiện", 1105, "người nghiện"),
 Q("897 người sử dụng trái phép chất ma túy", 897, "người sử dụng trái phép chất ma túy"),
 Q("68/101 xã, phường, thị trấn", 68, "xã, phường, thị trấn"), Q("khoảng 30%", 30, "%", "approx"),
 Q("134 mô hình tự quản", 134, "mô hình tự quản"), Q("312 lượt học viên", 312, "lượt học viên"),
 Q("khoảng 2,6 tỷ đồng", 2600000000, "đồng", "approx"), Q("9 tổ tự quản", 9, "tổ tự quản"), Q("15 người nghiện", 15, "người nghiện"),
 Q("ít nhất 8 xã, phường", 8, "xã, phường", "over"), Q("12 tập thể", 12, "tập thể"), Q("18 cá nhân", 18, "cá nhân"),
 Q("20 suất học bổng", 20, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Nghị quyết", "05", "2022/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2022/NQ-HĐND"),
 D("Chỉ thị", "36", "CT/TW", "2019-08-16", "Bộ Chính trị", "Chỉ thị 36-CT/TW ngày 16/8/2019"),
 D("Kế hoạch", "108", "KH-UBND", "2023-05-12", "UBND tỉnh", "Kế hoạch 108/KH-UBND ngày 12/5/2023")],
[prov("Cà Mau"), com("Khánh Bình Tây"), com("Tân Hưng Đông")],
["Báo Cà Mau", "Xã hội » Đời sống", "Lực lượng đoàn viên diễu hành tuyên truyền sau lễ mít tinh.", "Ấp không có ma túy",
 "Cựu chiến binh giúp người lầm lỗi", "Hãy nói không với ma túy", "Tháng hành động phòng, chống ma túy"],
["23 tháng 6, 2023 | 18:10", "năm 2023", "26/6", "9 tháng cuối năm 2022", "cuối năm 2023"]))

PAGES.append(page("b3790-quangninh-doithoai-totuquan-2024", """
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẨM PHẢ
You are here: Trang chủ > Tin tức > An ninh trật tự
T6, 12/04/2024 - 09:40
Chủ tịch UBND thành phố đối thoại với thành viên các tổ tự quản
Ngày 11/4/2024, UBND thành phố Cẩm Phả tổ chức hội nghị đối thoại giữa Chủ tịch UBND thành phố với thành viên các tổ tự quản phòng, chống ma túy và người sau cai nghiện năm 2024. Ông Nguyễn Quang Hà, Chủ tịch UBND thành phố chủ trì; cùng dự có Thượng tá Vũ Văn Hậu, Trưởng Công an thành phố và bà Trần Thị Lan, Phó Trưởng phòng Lao động - Thương binh và Xã hội thành phố.
Ông Nguyễn Quang Hà trả lời các kiến nghị tại hội nghị.
Cẩm Phả là địa bàn có đông công nhân mỏ; hiện thành phố quản lý 486 người nghiện, 213 người sử dụng trái phép chất ma túy và 358 người sau cai; có 9/16 phường, xã không có ma túy. 148 tổ tự quản ở các khu phố, thôn với hơn 900 thành viên đang trực tiếp theo dõi, giúp đỡ người sau cai. Thành phố đã hỗ trợ 67 người sau cai học nghề lái máy xúc, sửa chữa điện; 41 người được giới thiệu vào làm việc tại các công ty than.
Tại hội nghị có 23 ý kiến gửi tới Chủ tịch UBND thành phố. Bà Phạm Thị Hương, tổ trưởng tổ tự quản khu 7, phường Cẩm Thủy, đề nghị hỗ trợ chi phí xét nghiệm nhanh cho tổ, vì mỗi que thử giá khoảng 35.000 đồng. Ông Chíu Văn Sáng, Trưởng thôn Khe Sím, xã Dương Huy, người Sán Dìu, nêu khó khăn khi người nghiện ở thôn lẩn trốn vào rừng. Anh Vi Văn Thành, người sau cai ở phường Mông Dương, mong được vay vốn 50 triệu đồng để mở tiệm sửa xe.
Trả lời, ông Nguyễn Quang Hà cho biết thành phố sẽ trích 300 triệu đồng mua test thử và hỗ trợ tổ tự quản mỗi tổ 2 triệu đồng/năm; giao Phòng Lao động - Thương binh và Xã hội phối hợp Ngân hàng Chính sách xã hội ưu tiên cho người sau cai vay tối đa 100 triệu đồng theo Nghị quyết số 28/2023/NQ-HĐND của HĐND tỉnh Quảng Ninh. Thành phố cũng sẽ thực hiện Kế hoạch 95/KH-UBND ngày 02/02/2024 về quản lý người sử dụng trái phép chất ma túy, cai nghiện và quản lý sau cai.
Thượng tá Vũ Văn Hậu thông tin, quý I/2024 Công an thành phố triệt xóa 3 điểm bán lẻ, bắt 27 đối tượng; đề nghị các tổ tự quản kịp thời cung cấp thông tin qua đường dây nóng của Công an thành phố. Các ý kiến đều được trả lời trực tiếp hoặc giao cơ quan chuyên môn trả lời bằng văn bản trong 15 ngày.
Nhiều thành viên tổ tự quản cho rằng cuộc đối thoại giúp họ nói được những khó khăn lâu nay: người sau cai bị kỳ thị khi xin việc, gia đình không muốn khai báo, thành viên tổ làm việc không có phụ cấp.
Hải Đăng - TTTT Cẩm Phả
Bài viết liên quan
- Cẩm Phả ra mắt 5 mô hình "Khu phố không ma túy" (28/03/2024)
- Tập huấn kỹ năng cho tổ tự quản phòng, chống ma túy (15/03/2024)
- Hội nghị tổng kết công tác phòng, chống tội phạm năm 2023 (10/01/2024)
""", "2024-04-12", "Chủ tịch UBND thành phố đối thoại với thành viên các tổ tự quản",
E("doi_thoai", "2024", "2024-04-11"),
[P("Nguyễn Quang Hà", "Chủ tịch UBND thành phố"),
 P("Vũ Văn Hậu", "Thượng tá", "Trưởng Công an thành phố"),
 P("Trần Thị Lan", "Phó Trưởng phòng Lao động - Thương binh và Xã hội thành phố"),
 P("Phạm Thị Hương", "tổ trưởng tổ tự quản khu 7"),
 P("Chíu Văn Sáng", "Trưởng thôn Khe Sím"),
 P("Vi Văn Thành")],
[Q("486 người nghiện", 486, "người nghiện"), Q("213 người sử dụng trái phép chất ma túy", 213, "người sử dụng trái phép chất ma túy"),
 Q("358 người sau cai", 358, "người sau cai"), Q("9/16 phường, xã", 9, "phường, xã"), Q("148 tổ tự quản", 148, "tổ tự quản"),
 Q("hơn 900 thành viên", 900, "thành viên", "over"), Q("67 người sau cai", 67, "người sau cai"), Q("41 người", 41, "người"),
 Q("23 ý kiến", 23, "ý kiến"), Q("khoảng 35.000 đồng", 35000, "đồng", "approx"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("300 triệu đồng", 300000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("3 điểm bán lẻ", 3, "điểm bán lẻ"), Q("27 đối tượng", 27, "đối tượng")],
[D("Nghị quyết", "28", "2023/NQ-HĐND", None, "HĐND tỉnh Quảng Ninh", "Nghị quyết số 28/2023/NQ-HĐND"),
 D("Kế hoạch", "95", "KH-UBND", "2024-02-02", None, "Kế hoạch 95/KH-UBND ngày 02/02/2024")],
[prov("Quảng Ninh"), com("Cẩm Thủy"), com("Dương Huy"), com("Mông Dương")],
["CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẨM PHẢ", "You are here: Trang chủ > Tin tức > An ninh trật tự",
 "Ông Nguyễn Quang Hà trả lời các kiến nghị tại hội nghị.", "Ngân hàng Chính sách xã hội", "khu 7"],
["T6, 12/04/2024 - 09:40", "năm 2024", "quý I/2024", "15 ngày", "2 triệu đồng/năm"]))
