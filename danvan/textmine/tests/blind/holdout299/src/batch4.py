from lib import *
PAGES = []

PAGES.append(page("b7151-backan-mttq-tongket-2023", """
Báo Bắc Kạn điện tử
Hôm nay: Thứ Tư, 17/01/2024
Chính trị › Mặt trận - Đoàn thể
16/01/2024 06:00
Ủy ban MTTQ tỉnh tổng kết công tác năm 2023
Toàn cảnh hội nghị tổng kết. Ảnh: Phương Anh
BKĐT - Ngày 15/1, Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024. Đồng chí Hoàng Thu Trang, Phó Bí thư Thường trực Tỉnh ủy dự và phát biểu chỉ đạo; đồng chí Hà Văn Ngại, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Năm 2023, Mặt trận các cấp đã phối hợp với chính quyền rà soát, hỗ trợ kịp thời các hộ thiếu đói dịp Tết và giáp hạt. Thực hiện Quyết định số 115/QĐ-TTg ngày 10/2/2023 của Thủ tướng Chính phủ, tỉnh được xuất cấp 264,6 tấn gạo cho 17.640 nhân khẩu; Mặt trận các cấp giám sát việc cấp phát tại 108 xã, phường, thị trấn, không phát hiện sai phạm.
Quỹ "Vì người nghèo" các cấp vận động được hơn 12,7 tỷ đồng; hỗ trợ xây mới, sửa chữa 262 căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn; trao 3.150 suất quà dịp Tết, mỗi suất trị giá từ 300.000 đồng trở lên. Mô hình "Hũ gạo nghĩa tình" được duy trì ở 418 khu dân cư, giúp hàng trăm hộ vượt qua những tháng giáp hạt.
Báo cáo do đồng chí Lý Thị Ngọc, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cũng chỉ ra hạn chế: ở một số xã vùng cao của huyện Pác Nặm, Ngân Sơn, việc bình xét hộ thiếu đói còn chậm, chưa có sự tham gia đầy đủ của người dân; tỷ lệ hộ nghèo của tỉnh vẫn cao, khoảng 21,3%.
Tại hội nghị, các đại biểu tập trung thảo luận giải pháp hỗ trợ sinh kế để giảm tình trạng thiếu đói. Đồng chí Triệu Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam huyện Pác Nặm, cho biết huyện có 426 hộ thiếu đói giáp hạt, chủ yếu là đồng bào Dao, Mông; Mặt trận huyện đã vận động các đơn vị kết nghĩa hỗ trợ 12,5 tấn gạo. Ông Ma Văn Hùng, Trưởng ban Công tác Mặt trận thôn Nà Bản, xã Bằng Thành, chia sẻ cách vận động bà con góp gạo giúp hộ neo đơn.
Phát biểu chỉ đạo, đồng chí Hoàng Thu Trang yêu cầu năm 2024 Mặt trận các cấp thực hiện hiệu quả Quyết định số 217-QĐ/TW, 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội; không để hộ dân nào bị đói dịp Tết Giáp Thìn và giáp hạt; tiếp tục thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy về giảm nghèo bền vững.
Dịp này, Ủy ban Trung ương MTTQ Việt Nam tặng bằng khen cho 3 tập thể, 4 cá nhân; Ủy ban MTTQ Việt Nam tỉnh tặng bằng khen cho 21 tập thể và 30 cá nhân.
Phương Anh
Bình luận
Tin liên quan
- Pác Nặm: cấp gạo cứu đói cho 426 hộ (08/01/2024)
- Trao 100 suất quà Tết cho hộ nghèo xã Bằng Thành (05/01/2024)
- Ngân Sơn đẩy mạnh phong trào "Hũ gạo nghĩa tình" (28/12/2023)
""", "2024-01-16", "Ủy ban MTTQ tỉnh tổng kết công tác năm 2023",
E("tong_ket", "2023", "2024-01-15"),
[P("Hoàng Thu Trang", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Hà Văn Ngại", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lý Thị Ngọc", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Triệu Thị Mai", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Pác Nặm"),
 P("Ma Văn Hùng", "Trưởng ban Công tác Mặt trận thôn Nà Bản")],
[Q("264,6 tấn", 264.6, "tấn"), Q("17.640 nhân khẩu", 17640, "nhân khẩu"), Q("108 xã, phường, thị trấn", 108, "xã, phường, thị trấn"),
 Q("hơn 12,7 tỷ đồng", 12700000000, "đồng", "over"), Q("262 căn nhà", 262, "căn nhà"), Q("3.150 suất quà", 3150, "suất quà"),
 Q("từ 300.000 đồng trở lên", 300000, "đồng", "over"), Q("418 khu dân cư", 418, "khu dân cư"), Q("khoảng 21,3%", 21.3, "%", "approx"),
 Q("426 hộ thiếu đói", 426, "hộ thiếu đói"), Q("12,5 tấn", 12.5, "tấn"), Q("3 tập thể", 3, "tập thể"), Q("4 cá nhân", 4, "cá nhân"),
 Q("21 tập thể", 21, "tập thể"), Q("30 cá nhân", 30, "cá nhân")],
[D("Quyết định", "115", "QĐ-TTg", "2023-02-10", "Thủ tướng Chính phủ", "Quyết định số 115/QĐ-TTg ngày 10/2/2023"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW của Bộ Chính trị"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 12-CT/TU")],
[prov("Bắc Kạn"), com("Bằng Thành")],
["Báo Bắc Kạn điện tử", "Hôm nay: Thứ Tư, 17/01/2024", "Chính trị › Mặt trận - Đoàn thể", "Toàn cảnh hội nghị tổng kết. Ảnh: Phương Anh",
 "BKĐT", "Vì người nghèo", "Hũ gạo nghĩa tình", "Tết Giáp Thìn"],
["Hôm nay: Thứ Tư, 17/01/2024", "16/01/2024 06:00", "năm 2023", "năm 2024"]))

PAGES.append(page("b7152-phuyen-xuatcap-gao-2024", """
PHÚ YÊN ONLINE
Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa
Ngày 28 tháng 5, 2024 | 11:20
Xã hội
Phú Yên được hỗ trợ 986,4 tấn gạo cứu đói giáp hạt năm 2024
(PYO) - Phó Thủ tướng Chính phủ vừa ký Quyết định số 428/QĐ-TTg ngày 24/5/2024 về việc xuất cấp gạo từ nguồn dự trữ quốc gia hỗ trợ nhân dân dịp giáp hạt năm 2024 cho tỉnh Phú Yên và một số địa phương. Theo đó, Phú Yên được xuất cấp 986,4 tấn gạo.
Theo Sở Lao động - Thương binh và Xã hội, số gạo trên dùng để cứu đói cho 65.760 nhân khẩu thuộc 18.902 hộ thiếu đói trong những tháng giáp hạt, tập trung tại các huyện miền núi Đồng Xuân, Sơn Hòa, Sông Hinh và vùng bị ảnh hưởng hạn hán ở Tuy An. Mức hỗ trợ là 15 kg gạo/người/tháng, trong thời gian 1 tháng.
Người dân xã Ea Lâm nhận gạo hỗ trợ đợt trước. Ảnh: Ngọc Hân
Trước đó, tại Tờ trình số 96/TTr-UBND ngày 15/4/2024, UBND tỉnh đề nghị Chính phủ hỗ trợ 1.120 tấn gạo. Theo bà Nguyễn Thị Hoài Phương, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, nắng nóng kéo dài từ đầu năm làm khoảng 3.400 ha lúa, hoa màu vụ Đông Xuân thiếu nước, trong đó hơn 700 ha bị mất trắng; giá lúa gạo tăng cao khiến nhiều hộ đồng bào Ê Đê, Chăm H'roi, Ba Na ở vùng cao thiếu lương thực.
UBND tỉnh đã giao Sở phối hợp với Cục Dự trữ Nhà nước khu vực Nam Trung Bộ tiếp nhận, vận chuyển gạo đến trung tâm các xã trước ngày 10/6; UBND các huyện tổ chức cấp phát đến tận tay người dân chậm nhất 7 ngày sau khi nhận gạo, công khai danh sách tại trụ sở xã và nhà văn hóa thôn, buôn.
Ông Ksor Y Thanh, Chủ tịch UBND xã Ea Lâm, huyện Sông Hinh, cho biết xã có 1.240 khẩu thiếu đói, phần lớn là đồng bào Ê Đê. "Năm nay trời không mưa, rẫy sắn, rẫy bắp đều héo. Có gạo hỗ trợ thì bà con đỡ lo bữa ăn, tập trung chuẩn bị xuống giống vụ Hè Thu", ông Thanh nói.
Ủy ban MTTQ Việt Nam tỉnh cũng đã có Công văn số 285/MTTQ-BTT ngày 27/5/2024 đề nghị Mặt trận cấp huyện, cấp xã phối hợp giám sát việc cấp phát gạo, bảo đảm đúng đối tượng, không để thất thoát, trục lợi chính sách. Mặt trận cơ sở được yêu cầu tiếp nhận, xử lý kịp thời phản ánh của người dân về danh sách hộ được nhận gạo; trường hợp có vướng mắc phải báo cáo ngay về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh để phối hợp giải quyết. Cùng với gạo hỗ trợ, ngành nông nghiệp đang hướng dẫn nông dân chuyển sang các loại cây trồng chịu hạn, ít tốn nước như mì, đậu, bắp lai.
Năm 2023, Phú Yên đã được Trung ương hỗ trợ 1.514 tấn gạo cứu đói dịp Tết và giáp hạt cho hơn 100.000 nhân khẩu.
Ngọc Hân
Chia sẻ | In | Gửi email
Tin cùng chuyên mục
- Sông Hinh: hơn 1.200 khẩu thiếu đói do hạn hán (20/05/2024)
- Hạn hán gây thiệt hại nặng cho nông dân Đồng Xuân (14/05/2024)
- Hỗ trợ nước sinh hoạt cho đồng bào vùng cao (06/05/2024)
""", "2024-05-28", "Phú Yên được hỗ trợ 986,4 tấn gạo cứu đói giáp hạt năm 2024",
E("khac", None, None),
[P("Nguyễn Thị Hoài Phương", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Ksor Y Thanh", "Chủ tịch UBND xã Ea Lâm")],
[Q("986,4 tấn", 986.4, "tấn"), Q("65.760 nhân khẩu", 65760, "nhân khẩu"),
 Q("18.902 hộ thiếu đói", 18902, "hộ thiếu đói"), Q("15 kg", 15, "kg"), Q("1.120 tấn", 1120, "tấn"),
 Q("khoảng 3.400 ha", 3400, "ha", "approx"), Q("hơn 700 ha", 700, "ha", "over"), Q("1.240 khẩu thiếu đói", 1240, "khẩu thiếu đói"),
 Q("1.514 tấn", 1514, "tấn"), Q("hơn 100.000 nhân khẩu", 100000, "nhân khẩu", "over")],
[D("Quyết định", "428", "QĐ-TTg", "2024-05-24", "Phó Thủ tướng Chính phủ", "Quyết định số 428/QĐ-TTg ngày 24/5/2024"),
 D("Tờ trình", "96", "TTr-UBND", "2024-04-15", "UBND tỉnh", "Tờ trình số 96/TTr-UBND ngày 15/4/2024"),
 D("Công văn", "285", "MTTQ-BTT", "2024-05-27", "Ủy ban MTTQ Việt Nam tỉnh", "Công văn số 285/MTTQ-BTT ngày 27/5/2024")],
[prov("Phú Yên"), com("Ea Lâm")],
["PHÚ YÊN ONLINE", "Thời sự | Kinh tế | Xã hội | Pháp luật | Văn hóa", "(PYO)",
 "Người dân xã Ea Lâm nhận gạo hỗ trợ đợt trước. Ảnh: Ngọc Hân", "Cục Dự trữ Nhà nước khu vực Nam Trung Bộ", "Chia sẻ | In | Gửi email"],
["Ngày 28 tháng 5, 2024 | 11:20", "năm 2024", "1 tháng", "7 ngày", "Năm 2023"]))

PAGES.append(page("b7153-tuyenquang-traogao-meovac-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Xã hội > Dân tộc - Miền núi
Thứ Sáu, 12/9/2025 - 15:30
Trao 60 tấn gạo cho đồng bào vùng cao xã Mèo Vạc, Sơn Vĩ
Ngày 11/9, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang phối hợp với Tổng công ty Lương thực miền Bắc tổ chức trao 60 tấn gạo hỗ trợ các hộ thiếu đói giáp hạt tại xã Mèo Vạc và xã Sơn Vĩ - địa bàn của huyện Mèo Vạc, tỉnh Hà Giang trước đây.
Các đại biểu trao gạo cho người dân xã Sơn Vĩ.
Dự buổi trao có bà Vương Ngọc Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Lò Văn Phú, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Trưởng ban Dân chủ - Pháp luật.
Sau đợt mưa lũ do hoàn lưu bão số 3 cuối tháng 7, nhiều diện tích ngô, lúa nương của đồng bào Mông, Lô Lô, Giáy trên cao nguyên đá bị vùi lấp; cộng với những tháng giáp hạt tháng 8, tháng 9 nên nhiều hộ thiếu lương thực. Theo rà soát của các xã, riêng xã Mèo Vạc có 1.260 hộ, xã Sơn Vĩ có 978 hộ cần hỗ trợ gạo.
Số gạo lần này được chia cho 2.238 hộ, mỗi hộ từ 20 đến 30 kg tùy số nhân khẩu; kèm theo 2.238 thùng mì tôm và 450 chăn ấm chuẩn bị cho mùa đông. Tổng giá trị hỗ trợ khoảng 1,5 tỷ đồng.
Phát biểu tại buổi trao, bà Vương Ngọc Hà cho biết, sau khi hợp nhất tỉnh, Ủy ban MTTQ Việt Nam tỉnh đã ban hành Kế hoạch số 12/KH-MTTQ-BTT ngày 5/8/2025 về vận động, hỗ trợ đồng bào vùng cao vượt qua giáp hạt, thiên tai. Đến nay, Mặt trận các cấp đã tiếp nhận hơn 8,6 tỷ đồng và 145 tấn gạo, hỗ trợ hơn 7.300 hộ ở 38 xã vùng cao. Bà đề nghị chính quyền hai xã công khai danh sách, cấp phát đúng người, đúng số lượng, không để xảy ra tiêu cực.
Ông Vàng Mí Lử, Chủ tịch UBND xã Sơn Vĩ, cho biết xã mới được thành lập trên cơ sở sáp nhập các xã Sơn Vĩ, Thượng Phùng, Xín Cái cũ, có 4.930 hộ, tỷ lệ hộ nghèo trên 50%. "Gạo về đúng lúc bà con đang khó nhất. Xã sẽ huy động lực lượng công an, dân quân, đoàn viên thanh niên chở gạo đến tận các thôn xa", ông Lử nói. Theo ông, những năm trước, đến mùa giáp hạt nhiều gia đình phải bán gà, bán lợn giống để mua gạo, ảnh hưởng đến sản xuất vụ sau.
Bà Sùng Thị Mỷ, thôn Lũng Hẩu, xã Sơn Vĩ, xúc động: "Năm nay ngô bị lũ cuốn hết, nhà có 8 người, không biết lấy gì ăn đến vụ sau. Được cho gạo, tôi mừng lắm".
Đại diện Tổng công ty Lương thực miền Bắc, ông Phạm Minh Tuấn, Phó Tổng Giám đốc, cho biết đơn vị sẽ tiếp tục đồng hành với tỉnh trong các chương trình an sinh xã hội.
Minh Thu - Đức Anh
Tin liên quan
- Tuyên Quang: hỗ trợ khẩn cấp người dân bị ảnh hưởng bão số 3 (29/07/2025)
- Ra mắt Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang sau hợp nhất (02/07/2025)
- Đồng Văn: cấp gạo giáp hạt cho hơn 3.000 khẩu (20/08/2025)
""", "2025-09-12", "Trao 60 tấn gạo cho đồng bào vùng cao xã Mèo Vạc, Sơn Vĩ",
E("trao_qua", None, "2025-09-11"),
[P("Vương Ngọc Hà", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Phú", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", "Trưởng ban Dân chủ - Pháp luật"),
 P("Vàng Mí Lử", "Chủ tịch UBND xã Sơn Vĩ"),
 P("Sùng Thị Mỷ"),
 P("Phạm Minh Tuấn", "Phó Tổng Giám đốc")],
[Q("60 tấn", 60, "tấn"), Q("1.260 hộ", 1260, "hộ"), Q("978 hộ", 978, "hộ"), Q("2.238 hộ", 2238, "hộ"),
 Q("từ 20 đến 30 kg", 20, "kg", "approx"), Q("2.238 thùng mì tôm", 2238, "thùng mì tôm"), Q("450 chăn ấm", 450, "chăn ấm"),
 Q("khoảng 1,5 tỷ đồng", 1500000000, "đồng", "approx"), Q("hơn 8,6 tỷ đồng", 8600000000, "đồng", "over"),
 Q("145 tấn", 145, "tấn"), Q("hơn 7.300 hộ", 7300, "hộ", "over"), Q("38 xã vùng cao", 38, "xã vùng cao"),
 Q("4.930 hộ", 4930, "hộ"), Q("trên 50%", 50, "%", "over"), Q("8 người", 8, "người")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2025-08-05", "Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 12/KH-MTTQ-BTT ngày 5/8/2025")],
[prov("Tuyên Quang"), prov("Hà Giang"), com("Mèo Vạc"), com("Sơn Vĩ"), com("Thượng Phùng"), com("Xín Cái")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Xã hội > Dân tộc - Miền núi", "Các đại biểu trao gạo cho người dân xã Sơn Vĩ.",
 "Tổng công ty Lương thực miền Bắc"],
["Thứ Sáu, 12/9/2025 - 15:30", "bão số 3", "tháng 8, tháng 9"]))

PAGES.append(page("b7154-lamdong-hdnd-giamsat-gao-2025", """
Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng
Thời sự › Chính quyền
20/11/2025 - 10:05
Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ gạo tại xã Quảng Sơn, Tuy Đức
(LĐ online) - Từ ngày 18 đến 19/11, Đoàn giám sát Ban Dân tộc HĐND tỉnh Lâm Đồng do ông K'Mák, Phó Trưởng ban Dân tộc HĐND tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách hỗ trợ gạo cho hộ nghèo, hộ thiếu đói và học sinh vùng đồng bào dân tộc thiểu số tại xã Quảng Sơn và xã Tuy Đức (địa bàn tỉnh Đắk Nông cũ).
Đoàn giám sát làm việc với UBND xã Quảng Sơn. Ảnh: Gia Huy
Theo báo cáo của UBND xã Quảng Sơn, năm 2025 xã đã tiếp nhận, cấp phát 68,4 tấn gạo cho 4.560 khẩu thiếu đói dịp Tết và giáp hạt, cùng 21,6 tấn gạo cho 360 học sinh theo Nghị định số 66/2025/NĐ-CP ngày 12/3/2025 của Chính phủ quy định chính sách cho trẻ em nhà trẻ, học sinh, học viên ở vùng đồng bào dân tộc thiểu số và miền núi. Bà H'Khuyên, Chủ tịch UBND xã Quảng Sơn, cho biết sau khi sắp xếp đơn vị hành chính, xã có diện tích lớn, 42 thôn, bon, việc vận chuyển gạo đến các bon xa gặp nhiều khó khăn trong mùa mưa.
Tại xã Tuy Đức, ông Điểu Khải, Phó Chủ tịch UBND xã, cho biết đã cấp 37,2 tấn gạo cho 2.480 khẩu; có 3 thôn cấp chậm do sạt lở đường; 14 hộ đồng bào Mông di cư tự do chưa được đưa vào danh sách vì chưa đăng ký thường trú.
Qua giám sát, đoàn đánh giá việc cấp gạo cơ bản kịp thời, đúng đối tượng; danh sách được niêm yết công khai tại nhà văn hóa các bon. Tuy nhiên, còn tình trạng một số hộ bán gạo hỗ trợ với giá khoảng 10.000 đồng/kg; hồ sơ lưu trữ ở 2 xã chưa đầy đủ do bàn giao từ các xã cũ; kho chứa gạo tại điểm trường còn tạm bợ, có nguy cơ ẩm mốc.
Bà Thị Thanh Hương, Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Quảng Sơn, đề nghị cấp gạo theo học kỳ thay vì theo năm học để nhà trường chủ động bảo quản. Ông Y Sơn Niê, người có uy tín bon Bu Prăng, đề nghị Nhà nước sớm giải quyết đất sản xuất để đồng bào tự lo được cái ăn.
Kết luận buổi giám sát, ông K'Mák đề nghị UBND các xã rà soát, bổ sung hồ sơ; có giải pháp hỗ trợ các hộ di cư tự do theo Quyết định số 590/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ; tăng cường tuyên truyền để người dân không bán gạo hỗ trợ. Kết quả giám sát sẽ được báo cáo tại kỳ họp cuối năm 2025 của HĐND tỉnh Lâm Đồng khóa X.
Tham gia đoàn, bà Ka Thị Bích, Phó Trưởng ban Dân vận Tỉnh ủy, đề nghị cấp ủy các xã phát huy vai trò người có uy tín, già làng trong vận động đồng bào định canh, định cư.
Gia Huy
Lượt xem: 1.032
Tin liên quan
- HĐND tỉnh Lâm Đồng giám sát chính sách dân tộc tại xã Đắk Song (12/11/2025)
- Hỗ trợ gạo cho học sinh bán trú vùng cao (03/10/2025)
- Ra mắt Ban Dân tộc HĐND tỉnh Lâm Đồng (08/07/2025)
""", "2025-11-20", "Ban Dân tộc HĐND tỉnh giám sát chính sách hỗ trợ gạo tại xã Quảng Sơn, Tuy Đức",
E("giam_sat", None, "2025-11-18"),
[P("K'Mák", "Phó Trưởng ban Dân tộc HĐND tỉnh"),
 P("H'Khuyên", "Chủ tịch UBND xã Quảng Sơn"),
 P("Điểu Khải", "Phó Chủ tịch UBND xã"),
 P("Thị Thanh Hương", "Hiệu trưởng Trường Phổ thông dân tộc bán trú THCS Quảng Sơn"),
 P("Y Sơn Niê", "người có uy tín bon Bu Prăng"),
 P("Ka Thị Bích", "Phó Trưởng ban Dân vận Tỉnh ủy")],
[Q("68,4 tấn", 68.4, "tấn"), Q("4.560 khẩu thiếu đói", 4560, "khẩu thiếu đói"), Q("21,6 tấn", 21.6, "tấn"),
 Q("360 học sinh", 360, "học sinh"), Q("42 thôn, bon", 42, "thôn, bon"), Q("37,2 tấn", 37.2, "tấn"), Q("2.480 khẩu", 2480, "khẩu"),
 Q("3 thôn", 3, "thôn"), Q("14 hộ", 14, "hộ"), Q("khoảng 10.000 đồng", 10000, "đồng", "approx"), Q("2 xã", 2, "xã")],
[D("Nghị định", "66", "2025/NĐ-CP", "2025-03-12", "Chính phủ", "Nghị định số 66/2025/NĐ-CP ngày 12/3/2025"),
 D("Quyết định", "590", "QĐ-TTg", "2022-05-18", "Thủ tướng Chính phủ", "Quyết định số 590/QĐ-TTg ngày 18/5/2022")],
[prov("Lâm Đồng"), prov("Đắk Nông"), com("Quảng Sơn"), com("Tuy Đức")],
["Báo Lâm Đồng - Cơ quan của Đảng bộ tỉnh Lâm Đồng", "Thời sự › Chính quyền", "(LĐ online)",
 "Đoàn giám sát làm việc với UBND xã Quảng Sơn. Ảnh: Gia Huy", "Lượt xem: 1.032"],
["20/11/2025 - 10:05", "năm 2025", "cuối năm 2025", "khóa X", "Lượt xem: 1.032"]))

PAGES.append(page("b7155-vinhlong-hoinghi-hotrogao-tet-2026", """
Báo Vĩnh Long điện tử
Trang chủ » Xã hội » An sinh xã hội
Thứ Năm, 22/01/2026 - 17:35
Vĩnh Long triển khai hỗ trợ gạo, quà Tết Bính Ngọ cho hộ khó khăn
Quang cảnh hội nghị tại điểm cầu tỉnh.
Ngày 21/1, UBND tỉnh Vĩnh Long tổ chức hội nghị trực tuyến triển khai công tác chăm lo Tết Nguyên đán Bính Ngọ năm 2026 và hỗ trợ gạo cho hộ thiếu đói dịp Tết, giáp hạt năm 2026, kết nối với 124 điểm cầu xã, phường. Đồng chí Nguyễn Trúc Sơn, Phó Chủ tịch UBND tỉnh chủ trì.
Theo báo cáo của Sở Y tế - cơ quan tiếp nhận nhiệm vụ bảo trợ xã hội sau sắp xếp, qua rà soát toàn tỉnh có 3.860 hộ với 11.740 nhân khẩu có nguy cơ thiếu đói dịp Tết và giáp hạt, tập trung ở các xã ven biển thuộc địa bàn Bến Tre, Trà Vinh cũ bị ảnh hưởng xâm nhập mặn. Tỉnh đã có Tờ trình số 18/TTr-UBND ngày 9/1/2026 đề nghị Trung ương hỗ trợ 352,2 tấn gạo.
Bên cạnh gạo, tỉnh dự kiến chi hơn 98 tỷ đồng từ ngân sách và nguồn vận động để tặng quà Tết cho người có công, hộ nghèo, hộ cận nghèo; mỗi hộ nghèo được tặng 1 triệu đồng, người có công với cách mạng từ 500.000 đến 1 triệu đồng. Ủy ban MTTQ Việt Nam tỉnh phấn đấu vận động 50.000 phần quà, trong đó có ít nhất 10.000 phần quà cho đồng bào Khmer dịp Tết.
Tại hội nghị, bà Thạch Thị Sô Phiếu, Chủ tịch UBND xã Long Hiệp, cho biết xã có 412 hộ nghèo, phần đông là đồng bào Khmer; năm nay hạn mặn đến sớm nên nhiều ruộng lúa bị thất thu. Ông Huỳnh Văn Tư, Bí thư Đảng ủy xã Thạnh Phú, đề nghị tỉnh sớm phân bổ gạo để xã cấp cho dân trước ngày 20 tháng Chạp.
Đồng chí Lê Thị Thanh Trúc, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy, đề nghị Mặt trận, các đoàn thể tham gia giám sát từ khâu lập danh sách, bảo đảm đúng tinh thần Kết luận số 12-KL/TW của Bộ Chính trị về tiếp tục thực hiện chính sách an sinh xã hội; các chùa Phật giáo Nam tông Khmer có thể làm điểm trao quà cho đồng bào ở các phum, sóc. Đồng chí lưu ý không tổ chức tập trung đông người khi trao quà ở những nơi không bảo đảm an toàn, ưu tiên trao tận nhà cho người già, người khuyết tật, người bệnh nặng.
Kết luận hội nghị, đồng chí Nguyễn Trúc Sơn yêu cầu các sở, ngành, địa phương thực hiện nghiêm Chỉ thị số 45-CT/TW của Ban Bí thư về tổ chức Tết Bính Ngọ năm 2026, "không để ai không có Tết"; hoàn thành việc trao quà trước ngày 10/2/2026; công khai danh sách hộ nhận gạo tại trụ sở ấp, khóm.
Cùng ngày, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã trao 200 phần quà cho hộ nghèo phường Trà Vinh, mỗi phần trị giá 700.000 đồng.
Thanh Huyền
Lượt xem: 2.418
Tin liên quan
- Vĩnh Long: gần 4.000 hộ có nguy cơ thiếu đói dịp Tết (12/01/2026)
- Trao 300 phần quà cho đồng bào Khmer xã Long Hiệp (08/01/2026)
- Sơ kết 6 tháng hoạt động của tỉnh sau hợp nhất (30/12/2025)
""", "2026-01-22", "Vĩnh Long triển khai hỗ trợ gạo, quà Tết Bính Ngọ cho hộ khó khăn",
E("hoi_nghi", "2026", "2026-01-21"),
[P("Nguyễn Trúc Sơn", "Phó Chủ tịch UBND tỉnh"),
 P("Thạch Thị Sô Phiếu", "Chủ tịch UBND xã Long Hiệp"),
 P("Huỳnh Văn Tư", "Bí thư Đảng ủy xã Thạnh Phú"),
 P("Lê Thị Thanh Trúc", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy")],
[Q("124 điểm cầu xã, phường", 124, "điểm cầu xã, phường"), Q("3.860 hộ", 3860, "hộ"), Q("11.740 nhân khẩu", 11740, "nhân khẩu"),
 Q("352,2 tấn", 352.2, "tấn"), Q("hơn 98 tỷ đồng", 98000000000, "đồng", "over"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("từ 500.000 đến 1 triệu đồng", 500000, "đồng", "approx"), Q("50.000 phần quà", 50000, "phần quà"),
 Q("ít nhất 10.000 phần quà", 10000, "phần quà", "over"), Q("412 hộ nghèo", 412, "hộ nghèo"),
 Q("200 phần quà", 200, "phần quà"), Q("700.000 đồng", 700000, "đồng")],
[D("Tờ trình", "18", "TTr-UBND", "2026-01-09", "UBND tỉnh", "Tờ trình số 18/TTr-UBND ngày 9/1/2026"),
 D("Kết luận", "12", "KL/TW", None, "Bộ Chính trị", "Kết luận số 12-KL/TW"),
 D("Chỉ thị", "45", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 45-CT/TW")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), com("Long Hiệp"), com("Thạnh Phú"), com("Trà Vinh")],
["Báo Vĩnh Long điện tử", "Trang chủ » Xã hội » An sinh xã hội", "Quang cảnh hội nghị tại điểm cầu tỉnh.",
 "Tết Nguyên đán Bính Ngọ", "không để ai không có Tết", "Lượt xem: 2.418"],
["Thứ Năm, 22/01/2026 - 17:35", "năm 2026", "20 tháng Chạp", "Lượt xem: 2.418"]))

PAGES.append(page("b7156-quangngai-baocao-giaphat-2026", """
BÁO QUẢNG NGÃI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Miền núi
Cập nhật: 14:50, 17/03/2026 (GMT+7)
Hơn 21.000 khẩu thiếu đói giáp hạt, Quảng Ngãi đề nghị Trung ương hỗ trợ 950 tấn gạo
(Báo Quảng Ngãi) - Ngày 16/3, Sở Y tế đã có Báo cáo số 842/BC-SYT gửi UBND tỉnh về tình hình đời sống nhân dân và nhu cầu hỗ trợ gạo dịp giáp hạt đầu năm 2026. Theo đó, toàn tỉnh có 5.320 hộ với hơn 21.000 khẩu có nguy cơ thiếu đói, tập trung ở các xã miền núi phía Tây và các xã thuộc địa bàn tỉnh Kon Tum cũ.
Người dân làng Tu Rét, xã Măng Ri chuẩn bị nương rẫy. Ảnh: Y Thu
Theo báo cáo, nguyên nhân chủ yếu là mưa lũ cuối năm 2025 làm hư hại khoảng 1.850 ha lúa, mì; nhiều tuyến đường bị sạt lở, việc giao thương, đi làm thuê của người dân bị gián đoạn. Trong số hộ có nguy cơ thiếu đói có 2.964 hộ nghèo, phần lớn là đồng bào Xơ Đăng, Hrê, Ba Na, Cor.
Sở Y tế đề nghị UBND tỉnh trình Chính phủ hỗ trợ 950 tấn gạo để cấp trong 3 tháng, mức 15 kg/người/tháng; trong lúc chờ, đề nghị các xã sử dụng nguồn dự phòng ngân sách, Quỹ "Vì người nghèo" để hỗ trợ kịp thời. Ông Đinh Văn Hoài, Phó Giám đốc Sở Y tế, cho biết việc rà soát được thực hiện theo Nghị định số 20/2021/NĐ-CP của Chính phủ, có sự tham gia của Mặt trận, trưởng thôn và người có uy tín.
Tại xã Măng Ri, ông A Thuấn, Chủ tịch UBND xã, cho biết xã có 1.126 khẩu thiếu đói; xã đã xuất 3,5 tấn gạo từ nguồn vận động để cứu đói trước cho 112 hộ đặc biệt khó khăn. "Nhiều làng nằm sâu trong núi, đường sạt lở chưa thông, cán bộ phải gùi gạo đi bộ gần 10 km", ông Thuấn nói.
Bà Y Thương, Bí thư Đảng ủy xã Đăk Plô, đề nghị tỉnh hỗ trợ thêm giống lúa nước để đồng bào chủ động lương thực, giảm phụ thuộc vào lúa rẫy. Theo bà, phần lớn diện tích lúa rẫy của đồng bào nằm trên đất dốc, năng suất thấp, cứ gặp mưa lũ hay nắng hạn kéo dài là mất mùa, nên việc cứu đói chỉ giải quyết được trước mắt.
Trước đó, ngày 2/3, Ban Thường vụ Tỉnh ủy đã ban hành Công văn số 315-CV/TU yêu cầu các cấp ủy không để người dân thiếu đói; Ủy ban MTTQ Việt Nam tỉnh đã trích 1,2 tỷ đồng từ Quỹ cứu trợ hỗ trợ 1.200 hộ, mỗi hộ 1 triệu đồng.
Ông Nguyễn Văn Lâm, Trưởng ban Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy, cho biết Ban đã phân công cán bộ bám địa bàn các xã vùng cao, nắm tình hình tư tưởng nhân dân, kịp thời tham mưu Thường trực Tỉnh ủy các giải pháp bảo đảm đời sống đồng bào trong những tháng giáp hạt.
Y Thu
Các tin khác
- Kon Plông: hỗ trợ giống lúa cho hộ nghèo sau lũ (10/03/2026)
- Trao 500 suất quà cho đồng bào vùng lũ (25/02/2026)
- Quảng Ngãi tổng kết công tác giảm nghèo năm 2025 (15/01/2026)
""", "2026-03-17", "Hơn 21.000 khẩu thiếu đói giáp hạt, Quảng Ngãi đề nghị Trung ương hỗ trợ 950 tấn gạo",
E("bao_cao", None, "2026-03-16"),
[P("Đinh Văn Hoài", "Phó Giám đốc Sở Y tế"),
 P("A Thuấn", "Chủ tịch UBND xã"),
 P("Y Thương", "Bí thư Đảng ủy xã Đăk Plô"),
 P("Nguyễn Văn Lâm", "Trưởng ban Dân tộc, Tôn giáo và Dân vận chính quyền Ban Tuyên giáo và Dân vận Tỉnh ủy")],
[Q("Hơn 21.000 khẩu", 21000, "khẩu", "over"), Q("950 tấn", 950, "tấn"), Q("5.320 hộ", 5320, "hộ"),
 Q("khoảng 1.850 ha", 1850, "ha", "approx"), Q("2.964 hộ nghèo", 2964, "hộ nghèo"), Q("15 kg", 15, "kg"),
 Q("1.126 khẩu thiếu đói", 1126, "khẩu thiếu đói"), Q("3,5 tấn", 3.5, "tấn"), Q("112 hộ đặc biệt khó khăn", 112, "hộ đặc biệt khó khăn"),
 Q("gần 10 km", 10, "km", "approx"), Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("1.200 hộ", 1200, "hộ"),
 Q("1 triệu đồng", 1000000, "đồng")],
[D("Báo cáo", "842", "BC-SYT", None, "Sở Y tế", "Báo cáo số 842/BC-SYT"),
 D("Nghị định", "20", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 20/2021/NĐ-CP"),
 D("Công văn", "315", "CV/TU", None, "Ban Thường vụ Tỉnh ủy", "Công văn số 315-CV/TU")],
[prov("Quảng Ngãi"), prov("Kon Tum"), com("Măng Ri"), com("Đăk Plô")],
["BÁO QUẢNG NGÃI ĐIỆN TỬ", "Chính trị | Kinh tế | Xã hội | Miền núi", "(Báo Quảng Ngãi)",
 "Người dân làng Tu Rét, xã Măng Ri chuẩn bị nương rẫy. Ảnh: Y Thu", "Vì người nghèo", "Quỹ cứu trợ"],
["Cập nhật: 14:50, 17/03/2026 (GMT+7)", "năm 2026", "cuối năm 2025", "3 tháng"]))
