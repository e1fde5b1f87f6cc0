from lib import *
PAGES = []

PAGES.append(page("b7703-travinh-nongsan-giamsat-2024", """
ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH
Trang chủ > Giám sát - Phản biện xã hội
Thứ Sáu, 23/08/2024 - 14:05
Giám sát chính sách hỗ trợ liên kết sản xuất và tiêu thụ nông sản
Ngày 21 và 22/8/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trà Vinh do bà Thạch Thị Sa Ry, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, giám sát việc thực hiện chính sách khuyến khích phát triển hợp tác, liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp năm 2024 tại Sở Nông nghiệp và Phát triển nông thôn, huyện Cầu Kè và xã An Phú Tân, xã Hòa Tân.
Đoàn giám sát khảo sát mô hình liên kết trồng dừa sáp tại xã Hòa Tân.
Theo báo cáo, từ năm 2019 đến tháng 6/2024, thực hiện Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ và Nghị quyết số 11/2019/NQ-HĐND của HĐND tỉnh, tỉnh đã phê duyệt 34 dự án liên kết, với 62 hợp tác xã, tổ hợp tác và 5.860 hộ nông dân tham gia; kinh phí ngân sách hỗ trợ hơn 58,4 tỷ đồng. Tuy nhiên, đến nay chỉ 19 dự án duy trì được hợp đồng, đạt 55,9%.
Năm 2024, giá dừa khô tại huyện Cầu Kè có lúc chỉ 40.000 - 50.000 đồng/chục, giá dưa hấu, khoai lang giảm sâu; nhiều hộ tự ý bán cho thương lái bên ngoài khi giá thị trường cao hơn, doanh nghiệp lại chậm thu mua khi giá xuống. Tại xã An Phú Tân, 12/31 hộ trong chuỗi liên kết trồng khoai lang phản ánh doanh nghiệp chưa thanh toán đủ tiền, tổng số tiền còn nợ khoảng 740 triệu đồng.
Ông Kim Sóc Ra, Chủ nhiệm Hợp tác xã dừa sáp Cầu Kè, cho biết hợp tác xã có 118 thành viên, mỗi tháng cung ứng khoảng 30.000 trái dừa sáp cho 2 doanh nghiệp, nhưng thủ tục hồ sơ nhận hỗ trợ còn rườm rà, phải qua nhiều khâu. Bà Sơn Thị Sà Phol, Trưởng ban Công tác Mặt trận ấp Ô Tre Lớn, kiến nghị cần hỗ trợ nông dân đồng bào Khmer xây dựng mã số vùng trồng.
Kết luận, bà Thạch Thị Sa Ry đề nghị Sở Nông nghiệp và Phát triển nông thôn rà soát, thu hồi kinh phí đối với các dự án không thực hiện đúng cam kết; UBND huyện Cầu Kè chỉ đạo các xã hướng dẫn hộ dân ký hợp đồng bằng văn bản, có điều khoản về giá sàn. Đoàn cũng kiến nghị HĐND tỉnh xem xét sửa đổi Nghị quyết 11/2019/NQ-HĐND theo hướng nâng mức hỗ trợ cho hợp tác xã có từ 50 thành viên trở lên.
Tham gia Đoàn giám sát có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Trần Văn Bé, Lâm Thị Kim Hường và đại diện Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh. Ông Dương Hoàng Sum, Phó Chủ tịch UBND huyện Cầu Kè, tiếp thu, cam kết báo cáo kết quả thực hiện kiến nghị trước ngày 30/9/2024.
Ban Dân chủ - Pháp luật
Tin liên quan
- Hội nghị phản biện dự thảo Nghị quyết hỗ trợ hợp tác xã (15/08/2024)
- Giám sát thực hiện chính sách bảo hiểm y tế đối với người dân tộc thiểu số (02/08/2024)
- Cầu Ngang: ra mắt tổ hợp tác trồng màu (20/07/2024)
""", "2024-08-23", "Giám sát chính sách hỗ trợ liên kết sản xuất và tiêu thụ nông sản",
E("giam_sat", "2024", "2024-08-21"),
[P("Thạch Thị Sa Ry", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Kim Sóc Ra", "Chủ nhiệm Hợp tác xã dừa sáp Cầu Kè"),
 P("Sơn Thị Sà Phol", "Trưởng ban Công tác Mặt trận ấp Ô Tre Lớn"),
 P("Trần Văn Bé", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lâm Thị Kim Hường", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Dương Hoàng Sum", "Phó Chủ tịch UBND huyện Cầu Kè")],
[Q("34 dự án liên kết", 34, "dự án liên kết"), Q("62 hợp tác xã, tổ hợp tác", 62, "hợp tác xã, tổ hợp tác"),
 Q("5.860 hộ nông dân", 5860, "hộ nông dân"), Q("hơn 58,4 tỷ đồng", 58400000000, "đồng", "over"), Q("19 dự án", 19, "dự án"),
 Q("55,9%", 55.9, "%"), Q("40.000", 40000, "đồng"), Q("50.000 đồng/chục", 50000, "đồng"), Q("12/31 hộ", 12, "hộ"),
 Q("khoảng 740 triệu đồng", 740000000, "đồng", "approx"), Q("118 thành viên", 118, "thành viên"),
 Q("khoảng 30.000 trái dừa sáp", 30000, "trái dừa sáp", "approx"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("từ 50 thành viên trở lên", 50, "thành viên", "over")],
[D("Nghị định", "98", "2018/NĐ-CP", "2018-07-05", "Chính phủ", "Nghị định số 98/2018/NĐ-CP ngày 05/7/2018 của Chính phủ"),
 D("Nghị quyết", "11", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 11/2019/NQ-HĐND của HĐND tỉnh")],
[prov("Trà Vinh"), com("An Phú Tân"), com("Hòa Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TRÀ VINH", "Trang chủ > Giám sát - Phản biện xã hội",
 "Đoàn giám sát khảo sát mô hình liên kết trồng dừa sáp tại xã Hòa Tân.", "Ban Dân chủ - Pháp luật", "Ô Tre Lớn", "Liên minh Hợp tác xã tỉnh"],
["Thứ Sáu, 23/08/2024 - 14:05", "năm 2024", "năm 2019", "tháng 6/2024", "ngày 30/9/2024", "Năm 2024"]))

PAGES.append(page("b7704-daklak-saurieng-hoinghi-2025", """
Báo Đắk Lắk điện tử
Kinh tế - Nông nghiệp
Ngày 23/05/2025 | 10:40
Tháo gỡ khó khăn trong tiêu thụ sầu riêng
Chiều 22/5, UBND tỉnh Đắk Lắk tổ chức hội nghị tháo gỡ khó khăn trong tiêu thụ, xuất khẩu sầu riêng khi giá loại quả này giảm mạnh. Phó Chủ tịch UBND tỉnh Nguyễn Thiên Văn chủ trì; tham dự có đại diện các sở, ngành, UBND các huyện, thị xã, thành phố và khoảng 120 doanh nghiệp, hợp tác xã, đại lý thu mua.
Quang cảnh hội nghị. Ảnh: H'Xíu
Theo Sở Nông nghiệp và Môi trường, toàn tỉnh hiện có trên 38.000 ha sầu riêng, trong đó hơn 21.000 ha đang cho thu hoạch, sản lượng năm 2025 dự kiến khoảng 380.000 tấn. Từ đầu tháng 5, do phía nhập khẩu siết chặt kiểm tra chất vàng O và kim loại nặng, nhiều container bị trả về; giá sầu riêng Ri6 tại vườn giảm còn 35.000 - 45.000 đồng/kg, Monthong 60.000 - 70.000 đồng/kg, giảm 40-50% so với cùng kỳ năm 2024.
Ông Y Bhăp Niê, Giám đốc Hợp tác xã Nông nghiệp dịch vụ Ea Kiết, cho biết hợp tác xã có 65 thành viên với 140 ha sầu riêng, đã được cấp 3 mã số vùng trồng nhưng doanh nghiệp tạm ngừng thu mua. Bà H'Hen Mlô, nông dân buôn Ea Kmar, xã Cư Êbur, đề nghị có phòng kiểm nghiệm ngay tại tỉnh để giảm chi phí, thời gian chờ kết quả.
Các đại diện doanh nghiệp nêu khó khăn: chi phí kiểm nghiệm mỗi lô hàng 5 - 7 triệu đồng, thời gian chờ 3 - 5 ngày; trong tỉnh mới có 2 cơ sở đủ điều kiện kiểm nghiệm. Giám đốc Công ty TNHH Xuất nhập khẩu Trường Phát Lê Quang Huy đề xuất các ngân hàng giãn nợ, giảm lãi suất 1 - 2% cho doanh nghiệp thu mua.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Nguyễn Thiên Văn yêu cầu các ngành thực hiện nghiêm Công văn số 3215/BNNMT-BVTV của Bộ Nông nghiệp và Môi trường về kiểm soát chất lượng sầu riêng xuất khẩu; Sở Nông nghiệp và Môi trường kiểm tra, thu hồi mã số vùng trồng vi phạm, hướng dẫn nông dân không dùng chất cấm. UBND tỉnh cũng sẽ ban hành kế hoạch theo Quyết định số 1125/QĐ-UBND ngày 15/5/2025 về phát triển cây sầu riêng bền vững, khuyến khích doanh nghiệp đầu tư kho lạnh, chế biến sâu. Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tuyên truyền để nông dân không phá bỏ cà phê trồng sầu riêng ồ ạt, chủ động liên kết với doanh nghiệp có uy tín.
Ngay sau hội nghị, 8 doanh nghiệp đã ký cam kết thu mua khoảng 25.000 tấn sầu riêng đạt chuẩn, ưu tiên các hợp tác xã có mã số vùng trồng ở huyện Krông Pắc, Cư M'gar và thị xã Buôn Hồ.
H'Xíu
Tin liên quan
- Giá sầu riêng lao dốc, nông dân lo lắng (18/05/2025)
- Đắk Lắk có thêm 12 mã số vùng trồng sầu riêng được cấp (05/05/2025)
- Hội nghị triển khai sáp nhập tỉnh, xã (02/05/2025)
""", "2025-05-23", "Tháo gỡ khó khăn trong tiêu thụ sầu riêng",
E("hoi_nghi", None, "2025-05-22"),
[P("Nguyễn Thiên Văn", "Phó Chủ tịch UBND tỉnh"),
 P("Y Bhăp Niê", "Giám đốc Hợp tác xã Nông nghiệp dịch vụ Ea Kiết"),
 P("H'Hen Mlô", "nông dân buôn Ea Kmar"),
 P("Lê Quang Huy", "Giám đốc Công ty TNHH Xuất nhập khẩu Trường Phát")],
[Q("khoảng 120 doanh nghiệp, hợp tác xã, đại lý thu mua", 120, "doanh nghiệp, hợp tác xã, đại lý thu mua", "approx"),
 Q("trên 38.000 ha", 38000, "ha", "over"), Q("hơn 21.000 ha", 21000, "ha", "over"), Q("khoảng 380.000 tấn", 380000, "tấn", "approx"),
 Q("35.000", 35000, "đồng"), Q("45.000 đồng/kg", 45000, "đồng"), Q("60.000", 60000, "đồng"), Q("70.000 đồng/kg", 70000, "đồng"),
 Q("40", 40, "%"), Q("50%", 50, "%"), Q("65 thành viên", 65, "thành viên"), Q("140 ha", 140, "ha"), Q("3 mã số vùng trồng", 3, "mã số vùng trồng"),
 Q("5 -", 5000000, "đồng"), Q("7 triệu đồng", 7000000, "đồng"), Q("2 cơ sở", 2, "cơ sở"), Q("1 -", 1, "%"), Q("2%", 2, "%"),
 Q("8 doanh nghiệp", 8, "doanh nghiệp"), Q("khoảng 25.000 tấn", 25000, "tấn", "approx")],
[D("Công văn", "3215", "BNNMT-BVTV", None, "Bộ Nông nghiệp và Môi trường", "Công văn số 3215/BNNMT-BVTV của Bộ Nông nghiệp và Môi trường"),
 D("Quyết định", "1125", "QĐ-UBND", "2025-05-15", None, "Quyết định số 1125/QĐ-UBND ngày 15/5/2025")],
[prov("Đắk Lắk"), com("Cư Êbur")],
["Báo Đắk Lắk điện tử", "Kinh tế - Nông nghiệp", "Quang cảnh hội nghị. Ảnh: H'Xíu", "Ri6", "Monthong", "vàng O", "Ea Kmar"],
["Ngày 23/05/2025 | 10:40", "năm 2025", "đầu tháng 5", "năm 2024", "3 - 5 ngày"]))

PAGES.append(page("b7705-tuyenquang-camsanh-hoinghi-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Kinh tế » Nông nghiệp - Nông thôn
Thứ Năm, 20/11/2025 - 16:30
Xã Hàm Yên kết nối tiêu thụ cam sành: Ký kết bao tiêu hơn 3.000 tấn
Ngày 19/11, UBND xã Hàm Yên (tỉnh Tuyên Quang) phối hợp với Sở Công Thương tổ chức hội nghị kết nối cung cầu, tiêu thụ cam sành năm 2025. Dự hội nghị có đồng chí Hoàng Việt Phương, Phó Chủ tịch UBND tỉnh; các đồng chí: Bàn Văn Thịnh, Bí thư Đảng ủy xã; Nguyễn Thị Bích Ngọc, Chủ tịch UBND xã Hàm Yên.
Đồng chí Hoàng Việt Phương thăm gian hàng cam sành tại hội nghị.
Niên vụ 2025 - 2026, xã Hàm Yên có 4.260 ha cam, trong đó 3.800 ha cho thu hoạch, sản lượng ước trên 70.000 tấn. Cùng với cam sành Hàm Yên, cam sành vùng Bắc Quang (trước đây thuộc tỉnh Hà Giang) cũng vào vụ thu hoạch rộ, khiến giá cam tại vườn giảm còn 5.000 - 8.000 đồng/kg, thấp nhất trong 5 năm qua. Toàn tỉnh Tuyên Quang sau hợp nhất có trên 12.000 ha cam.
Chủ trì hội nghị, đồng chí Nguyễn Thị Bích Ngọc cho biết xã đã thực hiện Kế hoạch số 45/KH-UBND ngày 03/11/2025 của UBND xã về tiêu thụ cam niên vụ 2025 - 2026; thành lập 9 tổ hỗ trợ thu mua tại các thôn; hướng dẫn 27 hợp tác xã, 1.350 hộ trồng cam đăng ký bán hàng trên các sàn thương mại điện tử. Đảng ủy xã ban hành Nghị quyết chuyên đề số 07-NQ/ĐU về phát triển vùng cam hàng hóa gắn với tiêu thụ bền vững.
Đại diện các hộ dân, bà Triệu Thị Liên, người Dao ở thôn Bình Ca, cho biết gia đình có 3 ha cam nhưng thương lái chỉ trả 4.500 đồng/kg cho cam loại 2. Ông Ma Văn Đức, Giám đốc Hợp tác xã cam sành Phù Lưu, đề nghị tỉnh hỗ trợ kho lạnh công suất 500 tấn và dây chuyền chế biến nước cam ép.
Tại hội nghị, 11 doanh nghiệp, siêu thị và hợp tác xã đã ký kết bao tiêu hơn 3.000 tấn cam sành, giá bình quân 9.000 đồng/kg. Các đồng chí Phó Giám đốc Sở Công Thương: Lý Thị Hà, Phạm Quang Tiến cho biết Sở sẽ tổ chức 2 tuần lễ cam sành Tuyên Quang tại Hà Nội, Hải Phòng trong tháng 12.
Kết luận, đồng chí Hoàng Việt Phương yêu cầu các xã trồng cam thực hiện Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy, sớm ổn định hoạt động của chính quyền hai cấp để hỗ trợ người dân tốt nhất; Ủy ban MTTQ Việt Nam các xã vận động cán bộ, đảng viên, người dân mua cam ủng hộ nông dân. Mục tiêu năm 2025 là tiêu thụ 100% sản lượng, không để cam rụng, hỏng trên cây.
Minh Hằng
Tin liên quan
- Cam sành Bắc Quang vào vụ, giá giảm sâu (12/11/2025)
- Tuyên Quang: chính quyền hai cấp hỗ trợ nông dân tiêu thụ nông sản (05/11/2025)
- Hàm Yên chuẩn bị Lễ hội cam sành năm 2025 (28/10/2025)
""", "2025-11-20", "Xã Hàm Yên kết nối tiêu thụ cam sành: Ký kết bao tiêu hơn 3.000 tấn",
E("hoi_nghi", "2025", "2025-11-19"),
[P("Hoàng Việt Phương", "Phó Chủ tịch UBND tỉnh"),
 P("Bàn Văn Thịnh", "Bí thư Đảng ủy xã"),
 P("Nguyễn Thị Bích Ngọc", "Chủ tịch UBND xã Hàm Yên"),
 P("Triệu Thị Liên"),
 P("Ma Văn Đức", "Giám đốc Hợp tác xã cam sành Phù Lưu"),
 P("Lý Thị Hà", "Phó Giám đốc Sở Công Thương"),
 P("Phạm Quang Tiến", "Phó Giám đốc Sở Công Thương")],
[Q("hơn 3.000 tấn", 3000, "tấn", "over"), Q("4.260 ha", 4260, "ha"), Q("3.800 ha", 3800, "ha"), Q("trên 70.000 tấn", 70000, "tấn", "over"),
 Q("5.000", 5000, "đồng"), Q("8.000 đồng/kg", 8000, "đồng"), Q("trên 12.000 ha", 12000, "ha", "over"),
 Q("9 tổ hỗ trợ thu mua", 9, "tổ hỗ trợ thu mua"), Q("27 hợp tác xã", 27, "hợp tác xã"), Q("1.350 hộ", 1350, "hộ"),
 Q("3 ha", 3, "ha"), Q("4.500 đồng/kg", 4500, "đồng"), Q("500 tấn", 500, "tấn"),
 Q("11 doanh nghiệp, siêu thị và hợp tác xã", 11, "doanh nghiệp, siêu thị và hợp tác xã"), Q("9.000 đồng/kg", 9000, "đồng"),
 Q("2 tuần lễ cam sành", 2, "tuần lễ cam sành"), Q("100%", 100, "%")],
[D("Kế hoạch", "45", "KH-UBND", "2025-11-03", "UBND xã", "Kế hoạch số 45/KH-UBND ngày 03/11/2025 của UBND xã"),
 D("Nghị quyết", "07", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 07-NQ/ĐU"),
 D("Kết luận", "127", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư"),
 D("Kết luận", "128", "KL/TW", None, "Bộ Chính trị, Ban Bí thư", "Kết luận 127, 128-KL/TW của Bộ Chính trị, Ban Bí thư")],
[prov("Tuyên Quang"), prov("Hà Giang"), prov("Hà Nội"), prov("Hải Phòng"), com("Hàm Yên")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Kinh tế » Nông nghiệp - Nông thôn",
 "Đồng chí Hoàng Việt Phương thăm gian hàng cam sành tại hội nghị.", "Bắc Quang", "Bình Ca", "Phù Lưu"],
["Thứ Năm, 20/11/2025 - 16:30", "năm 2025", "Niên vụ 2025 - 2026", "5 năm qua", "tháng 12", "hai cấp", "loại 2"]))

PAGES.append(page("b7706-vinhlong-buoi-giaoban-2026", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG
Trang chủ / Dân vận / Tin hoạt động
Thứ Sáu, 16/01/2026, 08:05
Hôm nay: Thứ Sáu, 16/01/2026
Đồng chí Trần Văn Hải phát biểu chỉ đạo giao ban.
Giao ban khối dân vận: Vận động tiêu thụ bưởi, dừa, nông sản Tết cho nông dân
Ngày 14/01/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Long tổ chức giao ban công tác dân vận quý IV năm 2025, triển khai nhiệm vụ quý I năm 2026. Đồng chí Trần Văn Hải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì. Cùng dự có các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Kim Thị Sa Rinh, Lê Hoàng Phúc, Nguyễn Văn Út.
Báo cáo giao ban cho biết, quý IV/2025, tình hình tư tưởng nhân dân sau khi hợp nhất tỉnh Vĩnh Long, Bến Tre, Trà Vinh cơ bản ổn định; tuy nhiên nông dân trồng bưởi da xanh, dừa khô lo lắng khi giá giảm mạnh vào cuối năm. Giá bưởi da xanh loại 1 tại vườn chỉ còn 20.000 - 25.000 đồng/kg, giảm khoảng 40%; dừa khô 60.000 đồng/chục. Toàn tỉnh có trên 32.000 ha cây ăn trái và 120.000 ha dừa.
Thực hiện Hướng dẫn số 12-HD/BTGDVTU ngày 10/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy, khối dân vận đã phối hợp với Ủy ban MTTQ Việt Nam tỉnh vận động các cơ quan, doanh nghiệp mua hơn 480 tấn bưởi, 1,2 triệu trái dừa làm quà Tết; tổ chức 14 phiên chợ nông sản tại TP Hồ Chí Minh và các tỉnh Đông Nam Bộ. Có 96 hợp tác xã được hướng dẫn đưa sản phẩm lên sàn thương mại điện tử, tiêu thụ được khoảng 1.100 tấn.
Đồng chí Thạch Sô Phol, Bí thư Đảng ủy xã Long Hiệp, cho biết xã có 2.600 hộ đồng bào Khmer trồng dừa, đã vận động 380 hộ tham gia tổ liên kết bán dừa trực tiếp cho nhà máy, giá cao hơn thương lái 5.000 - 10.000 đồng/chục. Bà Võ Thị Hồng Thắm, Chủ tịch UBND xã Chợ Lách, đề nghị tỉnh sớm hỗ trợ cấp mã số vùng trồng bưởi để xuất khẩu sang Mỹ.
Kết luận giao ban, đồng chí Trần Văn Hải yêu cầu quý I năm 2026 tiếp tục thực hiện Kết luận số 150-KL/TW của Bộ Chính trị và Kế hoạch số 08-KH/TU, Kế hoạch số 09-KH/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong thời kỳ mới; bám sát cơ sở, nắm tâm tư nông dân trước Tết Nguyên đán Bính Ngọ 2026, không để xảy ra tình trạng ép giá; mỗi xã, phường có ít nhất 1 mô hình "Dân vận khéo" về liên kết tiêu thụ nông sản.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng giấy khen cho 10 tập thể, 18 cá nhân có thành tích xuất sắc trong vận động tiêu thụ nông sản năm 2025.
Ngọc Hân
Tin liên quan
- Phiên chợ bưởi da xanh tại TP Hồ Chí Minh (08/01/2026)
- Xã Long Hiệp ra mắt tổ liên kết bán dừa (26/12/2025)
- Giao ban khối dân vận quý III năm 2025 (10/10/2025)
""", "2026-01-16", "Giao ban khối dân vận: Vận động tiêu thụ bưởi, dừa, nông sản Tết cho nông dân",
E("giao_ban", "2025-Q4", "2026-01-14"),
[P("Trần Văn Hải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Kim Thị Sa Rinh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Lê Hoàng Phúc", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Út", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Thạch Sô Phol", "Bí thư Đảng ủy xã Long Hiệp"),
 P("Võ Thị Hồng Thắm", "Chủ tịch UBND xã Chợ Lách")],
[Q("20.000", 20000, "đồng"), Q("25.000 đồng/kg", 25000, "đồng"), Q("khoảng 40%", 40, "%", "approx"),
 Q("60.000 đồng/chục", 60000, "đồng"), Q("trên 32.000 ha", 32000, "ha", "over"), Q("120.000 ha", 120000, "ha"),
 Q("hơn 480 tấn", 480, "tấn", "over"), Q("1,2 triệu trái", 1200000, "trái"), Q("14 phiên chợ nông sản", 14, "phiên chợ nông sản"),
 Q("96 hợp tác xã", 96, "hợp tác xã"), Q("khoảng 1.100 tấn", 1100, "tấn", "approx"), Q("2.600 hộ đồng bào Khmer", 2600, "hộ đồng bào Khmer"),
 Q("380 hộ", 380, "hộ"), Q("5.000", 5000, "đồng"), Q("10.000 đồng/chục", 10000, "đồng"),
 Q("10 tập thể", 10, "tập thể"), Q("18 cá nhân", 18, "cá nhân")],
[D("Hướng dẫn", "12", "HD/BTGDVTU", "2025-11-10", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU ngày 10/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận số 150-KL/TW của Bộ Chính trị"),
 D("Kế hoạch", "08", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 08-KH/TU"),
 D("Kế hoạch", "09", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 09-KH/TU của Ban Thường vụ Tỉnh ủy")],
[prov("Vĩnh Long"), prov("Bến Tre"), prov("Trà Vinh"), prov("Hồ Chí Minh"), com("Long Hiệp"), com("Chợ Lách")],
["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY VĨNH LONG", "Trang chủ / Dân vận / Tin hoạt động", "Hôm nay: Thứ Sáu, 16/01/2026",
 "Đồng chí Trần Văn Hải phát biểu chỉ đạo giao ban.", "Dân vận khéo", "Tết Nguyên đán Bính Ngọ 2026"],
["Thứ Sáu, 16/01/2026, 08:05", "quý IV năm 2025", "quý I năm 2026", "quý IV/2025", "ít nhất 1 mô hình", "năm 2025", "Bính Ngọ 2026"]))

PAGES.append(page("b7707-dongthap-xoai-khac-2026", """
Báo và Phát thanh, Truyền hình Đồng Tháp
Thời sự › Kinh tế
Chủ Nhật, 08/02/2026 - 19:15
Ảnh: Người dân mua xoài, sầu riêng tại phiên chợ.
"Phiên chợ nông sản nghĩa tình" tiêu thụ hơn 60 tấn trái cây giúp nông dân
Trong 2 ngày 7 và 8/2, tại phường Mỹ Tho, Ủy ban MTTQ Việt Nam tỉnh Đồng Tháp phối hợp với Sở Công Thương tổ chức "Phiên chợ nông sản nghĩa tình - Xuân Bính Ngọ 2026", giúp nông dân tiêu thụ xoài, sầu riêng, thanh long đang rớt giá.
Phiên chợ có 75 gian hàng của 48 hợp tác xã, tổ hợp tác và cơ sở sản xuất đến từ các xã Mỹ Xương, Tân Thuận Bình, Cái Bè, Cao Lãnh. Sau 2 ngày, phiên chợ thu hút khoảng 12.000 lượt khách, tiêu thụ hơn 60 tấn trái cây, tổng doanh thu gần 2,1 tỷ đồng.
Theo Sở Nông nghiệp và Môi trường, sau khi hợp nhất hai tỉnh Đồng Tháp và Tiền Giang, toàn tỉnh có trên 95.000 ha cây ăn trái. Cuối năm 2025, giá xoài cát Hòa Lộc tại vườn giảm còn 25.000 - 30.000 đồng/kg, xoài Đài Loan chỉ 6.000 - 8.000 đồng/kg; sầu riêng Ri6 khoảng 38.000 đồng/kg, bằng một nửa cùng kỳ.
Bà Nguyễn Thị Thanh Thủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, cho biết phiên chợ thực hiện theo Kế hoạch số 17/KH-MTTQ-BTT ngày 15/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, nằm trong chuỗi hoạt động "Tết vì người nghèo và nạn nhân chất độc da cam". Các gian hàng được miễn phí mặt bằng, hỗ trợ 2 triệu đồng chi phí vận chuyển; các tổ chức chính trị - xã hội dưới Mặt trận vận động 12.500 đoàn viên, hội viên tham gia mua sắm.
Ông Trần Văn Tám, Giám đốc Hợp tác xã xoài Mỹ Xương, cho biết hợp tác xã mang 8 tấn xoài đến phiên chợ và đã bán hết trong ngày đầu. "Bán ở đây được 32.000 đồng/kg, cao hơn giá thương lái gần 7.000 đồng", ông Tám nói. Chị Lê Thị Ngọc Hân, thành viên tổ hợp tác sầu riêng ở xã Cái Bè, mong có thêm những phiên chợ như vậy vào dịp hè, khi xoài, sầu riêng chính vụ vào mùa thu hoạch rộ và thương lái thường ép giá.
Tại phiên chợ, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và các nhà tài trợ cũng mua nông sản, làm 500 phần quà Tết, mỗi phần trị giá 600.000 đồng, trao cho hộ nghèo, hộ cận nghèo ở các xã vùng sâu. Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Đặng Văn Bé Ba cho biết năm 2026, Mặt trận sẽ tổ chức ít nhất 4 phiên chợ tương tự tại các xã, phường trọng điểm trái cây, kết hợp livestream bán hàng trên mạng xã hội.
Hồng Nhung
Tin liên quan
- Đồng Tháp: giá xoài xuống thấp, nông dân lo lắng (20/01/2026)
- Ủy ban MTTQ tỉnh trao 3.000 phần quà Tết cho hộ nghèo (05/02/2026)
- Xã Mỹ Xương ra mắt tổ hợp tác xoài xuất khẩu (12/01/2026)
""", "2026-02-08", "\"Phiên chợ nông sản nghĩa tình\" tiêu thụ hơn 60 tấn trái cây giúp nông dân",
E("khac", None, None),
[P("Nguyễn Thị Thanh Thủy", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Tám", "Giám đốc Hợp tác xã xoài Mỹ Xương"),
 P("Lê Thị Ngọc Hân", "thành viên tổ hợp tác sầu riêng ở xã Cái Bè"),
 P("Đặng Văn Bé Ba", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("hơn 60 tấn", 60, "tấn", "over"), Q("75 gian hàng", 75, "gian hàng"),
 Q("48 hợp tác xã, tổ hợp tác và cơ sở sản xuất", 48, "hợp tác xã, tổ hợp tác và cơ sở sản xuất"),
 Q("khoảng 12.000 lượt khách", 12000, "lượt khách", "approx"), Q("gần 2,1 tỷ đồng", 2100000000, "đồng", "approx"),
 Q("trên 95.000 ha", 95000, "ha", "over"), Q("25.000", 25000, "đồng"), Q("30.000 đồng/kg", 30000, "đồng"),
 Q("6.000", 6000, "đồng"), Q("8.000 đồng/kg", 8000, "đồng"), Q("khoảng 38.000 đồng/kg", 38000, "đồng", "approx"),
 Q("2 triệu đồng", 2000000, "đồng"), Q("12.500 đoàn viên, hội viên", 12500, "đoàn viên, hội viên"), Q("8 tấn", 8, "tấn"),
 Q("32.000 đồng/kg", 32000, "đồng"), Q("gần 7.000 đồng", 7000, "đồng", "approx"), Q("500 phần quà", 500, "phần quà"),
 Q("600.000 đồng", 600000, "đồng"), Q("ít nhất 4 phiên chợ", 4, "phiên chợ", "over")],
[D("Kế hoạch", "17", "KH-MTTQ-BTT", "2026-01-15", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 17/KH-MTTQ-BTT ngày 15/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[prov("Đồng Tháp"), prov("Tiền Giang"), com("Mỹ Tho"), com("Mỹ Xương"), com("Tân Thuận Bình"), com("Cái Bè"), com("Cao Lãnh")],
["Báo và Phát thanh, Truyền hình Đồng Tháp", "Thời sự › Kinh tế", "Ảnh: Người dân mua xoài, sầu riêng tại phiên chợ.",
 "Phiên chợ nông sản nghĩa tình - Xuân Bính Ngọ 2026", "Tết vì người nghèo và nạn nhân chất độc da cam", "Ri6", "Hòa Lộc"],
["Chủ Nhật, 08/02/2026 - 19:15", "2 ngày", "Cuối năm 2025", "năm 2026", "Xuân Bính Ngọ 2026"]))

PAGES.append(page("b7708-lamdong-rau-soket-2026", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG
Trang chủ | Tin tức - Sự kiện | Mặt trận cơ sở
10/04/2026 - 09:30
Sơ kết quý I/2026: Mặt trận xã Đơn Dương đồng hành tiêu thụ rau cho nông dân
Ngày 08/4, Ban Thường trực Ủy ban MTTQ Việt Nam xã Đơn Dương (tỉnh Lâm Đồng) tổ chức hội nghị sơ kết công tác Mặt trận quý I/2026, triển khai nhiệm vụ quý II. Dự hội nghị có ông Ya Duck, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông Nguyễn Đức Hòa, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã Đơn Dương.
Toàn cảnh hội nghị sơ kết quý I/2026.
Theo báo cáo, quý I/2026 giá nhiều loại rau giảm sâu do sản lượng tăng: bắp cải tại ruộng chỉ 1.000 - 1.500 đồng/kg, cà chua 3.000 đồng/kg, su su gần như không có người mua. Xã Đơn Dương có khoảng 6.800 ha rau, mỗi ngày đưa ra thị trường trên 900 tấn. Nhiều hộ đã phải cày bỏ ruộng bắp cải để xuống giống vụ mới.
Thực hiện Kế hoạch số 21/KH-MTTQ ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về vận động hỗ trợ tiêu thụ nông sản, Mặt trận xã đã phối hợp với Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã kết nối 5 doanh nghiệp, 3 bếp ăn khu công nghiệp ở TP Hồ Chí Minh và Đồng Nai thu mua khoảng 1.400 tấn rau; vận động mua hơn 85 tấn rau tặng các bếp ăn từ thiện, bệnh viện. 2 hợp tác xã được hỗ trợ mở gian hàng trên sàn thương mại điện tử, bán được 36 tấn.
Bà Ma Thị Hiền, người Chu Ru ở thôn Ma Đanh, Trưởng Ban Công tác Mặt trận thôn, cho biết ban đã giúp 42 hộ trong thôn bán rau qua mạng xã hội, giá cao hơn thương lái 30-50%. Ông Touneh Hàn Đăng, Tổ trưởng tổ hợp tác rau an toàn Ka Đô, đề nghị tỉnh hỗ trợ 30% chi phí xây dựng nhà sơ chế, kho lạnh.
Trong quý, Mặt trận xã cũng tiếp nhận 58 ý kiến, kiến nghị của cử tri, chủ yếu về giá nông sản, giá phân bón; đã chuyển Đảng ủy, UBND xã giải quyết 51 ý kiến, đạt 87,9%. Quỹ "Vì người nghèo" xã vận động được 156 triệu đồng.
Phát biểu chỉ đạo, ông Ya Duck đề nghị Mặt trận xã tiếp tục thực hiện Nghị quyết số 15-NQ/ĐU của Đảng ủy xã về phát triển nông nghiệp công nghệ cao, xây dựng ít nhất 2 chuỗi liên kết rau có hợp đồng trong quý II; phối hợp với các xã Ka Đô, Quảng Lập tổ chức "Tuần lễ rau Đà Lạt - Lâm Đồng" tại TP Hồ Chí Minh vào tháng 5.
Hội nghị đã khen thưởng 6 tập thể, 11 cá nhân có thành tích trong vận động hỗ trợ tiêu thụ nông sản cho bà con.
Ban Thường trực Ủy ban MTTQ xã Đơn Dương
Tin liên quan
- Lâm Đồng: giá rau xuống thấp, nông dân lao đao (20/03/2026)
- Mặt trận tỉnh kết nối tiêu thụ rau cho các xã phía Bắc (10/03/2026)
- Xã Quảng Lập ra mắt tổ hợp tác rau an toàn (25/02/2026)
""", "2026-04-10", "Sơ kết quý I/2026: Mặt trận xã Đơn Dương đồng hành tiêu thụ rau cho nông dân",
E("so_ket", "2026-Q1", "2026-04-08"),
[P("Ya Duck", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Đức Hòa", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã Đơn Dương"),
 P("Ma Thị Hiền", "Trưởng Ban Công tác Mặt trận thôn"),
 P("Touneh Hàn Đăng", "Tổ trưởng tổ hợp tác rau an toàn Ka Đô")],
[Q("1.000 -", 1000, "đồng"), Q("1.500 đồng/kg", 1500, "đồng"), Q("3.000 đồng/kg", 3000, "đồng"),
 Q("khoảng 6.800 ha", 6800, "ha", "approx"), Q("trên 900 tấn", 900, "tấn", "over"),
 Q("5 doanh nghiệp", 5, "doanh nghiệp"), Q("3 bếp ăn khu công nghiệp", 3, "bếp ăn khu công nghiệp"),
 Q("khoảng 1.400 tấn", 1400, "tấn", "approx"), Q("hơn 85 tấn", 85, "tấn", "over"), Q("2 hợp tác xã", 2, "hợp tác xã"),
 Q("36 tấn", 36, "tấn"), Q("42 hộ", 42, "hộ"), Q("30-50%", 30, "%"), Q("50%", 50, "%"), Q("30% chi phí", 30, "%"),
 Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"), Q("51 ý kiến", 51, "ý kiến"), Q("87,9%", 87.9, "%"),
 Q("156 triệu đồng", 156000000, "đồng"), Q("ít nhất 2 chuỗi liên kết rau", 2, "chuỗi liên kết rau", "over"),
 Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Kế hoạch", "21", "KH-MTTQ", "2026-01-12", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 21/KH-MTTQ ngày 12/01/2026 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 D("Nghị quyết", "15", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 15-NQ/ĐU của Đảng ủy xã")],
[prov("Lâm Đồng"), prov("Hồ Chí Minh"), prov("Đồng Nai"), com("Đơn Dương"), com("Ka Đô"), com("Quảng Lập")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÂM ĐỒNG", "Trang chủ | Tin tức - Sự kiện | Mặt trận cơ sở", "Toàn cảnh hội nghị sơ kết quý I/2026.",
 "Vì người nghèo", "Tuần lễ rau Đà Lạt - Lâm Đồng", "Ma Đanh", "Ban Thường trực Ủy ban MTTQ xã Đơn Dương"],
["10/04/2026 - 09:30", "quý I/2026", "quý II", "tháng 5"]))
