from lib import *
PAGES = []

PAGES.append(page("b3857-gialai-hnd-soket-2022", """
Báo Gia Lai điện tử
Bạn đang ở: Trang chủ / Xã hội / Dân tộc - Miền núi
Thứ Ba, 19/07/2022, 15:25
Hội Nông dân tỉnh: 6 tháng giúp 1.026 hộ thoát nghèo từ vốn ủy thác
(GLO)- Ngày 18/7, Hội Nông dân tỉnh Gia Lai tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022. Đồng chí Rah Lan Thoan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy dự và chỉ đạo; đồng chí Ksor Hơ Pin, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì.
Đồng chí Ksor Hơ Pin phát biểu tại hội nghị. Ảnh: Minh Nguyệt
Báo cáo cho thấy, 6 tháng đầu năm 2022, Hội Nông dân các cấp phối hợp với Ngân hàng Chính sách xã hội quản lý 1.362 tổ tiết kiệm và vay vốn, dư nợ ủy thác 1.871,6 tỷ đồng, tăng 104,3 tỷ đồng so với đầu năm, với 48.925 hộ vay, trong đó hơn 62% là hộ đồng bào Jrai, Bahnar. Tỷ lệ nợ quá hạn 0,21%. Nguồn vốn đã giúp 1.026 hộ thoát nghèo; 2.418 hộ được vay mua bò giống, trồng cà phê tái canh, hồ tiêu.
Quỹ Hỗ trợ nông dân toàn tỉnh đạt 64,2 tỷ đồng; trong 6 tháng giải ngân 37 dự án, cho 412 hộ vay với số tiền 8,9 tỷ đồng. Hội đã xây dựng 17 tổ hợp tác liên kết sản xuất, 3 hợp tác xã nông nghiệp do hội viên làm chủ.
Tại hội nghị, đồng chí Siu H'Mai, Phó Chủ tịch Hội Nông dân tỉnh, đã thông qua dự thảo Kế hoạch thực hiện Nghị định số 28/2022/NĐ-CP ngày 26/4/2022 của Chính phủ về chính sách tín dụng ưu đãi thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi. Ông Rơ Mah Thuyên, Chủ tịch Hội Nông dân xã Ia Dreng, huyện Chư Păh, đề nghị ưu tiên vốn vay cho thanh niên Jrai học nghề; ông Đinh Văn Lúp, Chủ tịch Hội Nông dân xã Kon Chiêng, kiến nghị tăng mức cho vay nhà ở.
Phát biểu chỉ đạo, đồng chí Rah Lan Thoan ghi nhận kết quả đạt được, đề nghị Hội tiếp tục thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 40-CT/TW, Chỉ thị 18, 19-CT/TU của Ban Thường vụ Tỉnh ủy; quan tâm đến nhóm hộ mới thoát nghèo để không tái nghèo. Đồng chí Ksor Hơ Pin yêu cầu 6 tháng cuối năm phấn đấu tăng dư nợ thêm khoảng 90 tỷ đồng, giúp ít nhất 1.000 hộ thoát nghèo.
Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng Giấy khen cho 9 tập thể và 14 cá nhân; trao 20 con bò giống trị giá 300 triệu đồng cho 20 hộ hội viên nghèo xã Ia Ka.
Minh Nguyệt
Lượt xem: 2.384
Tin liên quan
- Chư Sê: Hội Nông dân giúp hội viên vay 12 tỷ đồng (12/07/2022)
- Trao bò giống cho hộ nghèo Ia Pa (05/07/2022)
- Đối thoại giữa Chủ tịch UBND tỉnh với nông dân (27/06/2022)
""", "2022-07-19", "Hội Nông dân tỉnh: 6 tháng giúp 1.026 hộ thoát nghèo từ vốn ủy thác",
E("so_ket", "2022-H1", "2022-07-18"),
[P("Rah Lan Thoan", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Ksor Hơ Pin", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Siu H'Mai", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Rơ Mah Thuyên", "Chủ tịch Hội Nông dân xã Ia Dreng"),
 P("Đinh Văn Lúp", "Chủ tịch Hội Nông dân xã Kon Chiêng")],
[Q("1.026 hộ", 1026, "hộ"), Q("1.362 tổ tiết kiệm và vay vốn", 1362, "tổ tiết kiệm và vay vốn"), Q("1.871,6 tỷ đồng", 1871600000000, "đồng"),
 Q("104,3 tỷ đồng", 104300000000, "đồng"), Q("48.925 hộ", 48925, "hộ"), Q("hơn 62%", 62, "%", "over"), Q("0,21%", 0.21, "%"),
 Q("2.418 hộ", 2418, "hộ"), Q("64,2 tỷ đồng", 64200000000, "đồng"), Q("37 dự án", 37, "dự án"), Q("412 hộ", 412, "hộ"),
 Q("8,9 tỷ đồng", 8900000000, "đồng"), Q("17 tổ hợp tác", 17, "tổ hợp tác"), Q("3 hợp tác xã nông nghiệp", 3, "hợp tác xã nông nghiệp"),
 Q("khoảng 90 tỷ đồng", 90000000000, "đồng", "approx"), Q("ít nhất 1.000 hộ", 1000, "hộ", "over"), Q("9 tập thể", 9, "tập thể"),
 Q("14 cá nhân", 14, "cá nhân"), Q("20 con bò giống", 20, "con bò giống"), Q("300 triệu đồng", 300000000, "đồng"), Q("20 hộ hội viên nghèo", 20, "hộ hội viên nghèo")],
[D("Nghị định", "28", "2022/NĐ-CP", "2022-04-26", "Chính phủ", "Nghị định số 28/2022/NĐ-CP ngày 26/4/2022"),
 D("Kết luận", "06", "KL/TW", "2021-06-10", "Ban Bí thư", "Kết luận số 06-KL/TW ngày 10/6/2021"),
 D("Chỉ thị", "40", "CT/TW", None, None, "Chỉ thị số 40-CT/TW"),
 D("Chỉ thị", "18", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU"),
 D("Chỉ thị", "19", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 18, 19-CT/TU")],
[prov("Gia Lai"), com("Ia Dreng"), com("Kon Chiêng"), com("Ia Ka")],
["Báo Gia Lai điện tử", "Bạn đang ở: Trang chủ / Xã hội / Dân tộc - Miền núi", "(GLO)", "Đồng chí Ksor Hơ Pin phát biểu tại hội nghị. Ảnh: Minh Nguyệt",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi", "Quỹ Hỗ trợ nông dân", "Lượt xem: 2.384"],
["Thứ Ba, 19/07/2022, 15:25", "6 tháng đầu năm", "6 tháng cuối năm 2022", "6 tháng đầu năm 2022", "Lượt xem: 2.384"]))

PAGES.append(page("b3858-thanhhoa-phunu-tongket-2022", """
Báo Thanh Hóa
Xã hội › Phụ nữ
Cập nhật: 08:45, 06/01/2023 (GMT+7)
Hôm nay: Thứ Sáu, 06/01/2023
Toàn cảnh hội nghị.
Phụ nữ Thanh Hóa giữ "sạch" nợ quá hạn vốn chính sách
Ngày 5/1/2023, Hội LHPN tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác nhận ủy thác cho vay vốn Ngân hàng Chính sách xã hội năm 2022 và ký kết chương trình phối hợp giai đoạn 2023 - 2025. Dự hội nghị có bà Lê Thị Thủy, Phó Chủ tịch Hội LHPN tỉnh khóa XVIII; ông Nguyễn Văn Thắng, Phó Giám đốc Chi nhánh NHCSXH tỉnh; bà Lò Thị Bun, Chủ tịch Hội LHPN huyện Mường Lát; bà Hà Thị Pằn, Chủ tịch Hội LHPN huyện Quan Sơn.
Đến ngày 31/12/2022, Hội LHPN các cấp đang quản lý 2.914 tổ tiết kiệm và vay vốn với 118.460 thành viên, tổng dư nợ ủy thác đạt 3.642,7 tỷ đồng, tăng 287,5 tỷ đồng (8,57%) so với năm 2021, chiếm 32,8% dư nợ toàn chi nhánh. Nợ quá hạn chiếm 0,04%; 19/27 huyện, thị xã, thành phố không có nợ quá hạn. Các tổ đã huy động tiền gửi tiết kiệm của tổ viên đạt 164,8 tỷ đồng, bình quân 1,4 triệu đồng/thành viên.
Năm 2022, thông qua nguồn vốn, đã có 3.250 hộ thoát nghèo, 6.712 lao động có việc làm, 2.805 học sinh, sinh viên được vay vốn học tập, xây dựng 9.430 công trình nước sạch và vệ sinh môi trường. Hội cũng phối hợp triển khai cho vay theo Nghị định số 28/2022/NĐ-CP và Nghị định 36/2022/NĐ-CP của Chính phủ, giải ngân 186 tỷ đồng cho 3.617 hộ ở 11 huyện miền núi.
Tại các huyện vùng cao, hội phụ nữ đã thành lập 146 tổ tiết kiệm và vay vốn trong đồng bào Thái, Mường, Mông; hơn 40% tổ trưởng là người dân tộc thiểu số. Bà Lò Thị Bun cho biết huyện Mường Lát đã đưa tỷ lệ nợ quá hạn từ 1,2% năm 2019 về 0% trong năm 2022.
Chia sẻ tại hội nghị, chị Vi Thị Hằng, Tổ trưởng tổ tiết kiệm và vay vốn bản Sa Ná, xã Na Mèo, cho biết tổ có 52 thành viên, dư nợ 2,3 tỷ đồng; nhờ vay vốn trồng quế, nuôi lợn, 14 hộ trong tổ đã thoát nghèo bền vững. Chị đề nghị ngân hàng duy trì điểm giao dịch xã vào ngày 15 hằng tháng.
Bà Lê Thị Thủy đề nghị năm 2023 các cấp hội tiếp tục thực hiện Kết luận số 06-KL/TW của Ban Bí thư, Chỉ thị 02-CT/TU của Ban Thường vụ Tỉnh ủy; mỗi huyện duy trì ít nhất 1 mô hình "Tổ tiết kiệm và vay vốn kiểu mẫu", phấn đấu tăng trưởng dư nợ khoảng 7%, giữ nợ quá hạn dưới 0,05%.
Dịp này, Tổng Giám đốc NHCSXH tặng Bằng khen cho 4 tập thể; Chi nhánh NHCSXH tỉnh tặng Giấy khen cho 23 tập thể, 31 cá nhân; Hội LHPN tỉnh khen thưởng 58 tổ tiết kiệm và vay vốn tiêu biểu.
Hoài Anh
Lượt xem: 1.147
Tin khác
- Hội LHPN tỉnh tổng kết công tác Hội năm 2022 (30/12/2022)
- Phụ nữ Quan Hóa vay vốn nuôi dê (20/12/2022)
- Trao 300 suất quà Tết cho phụ nữ nghèo (15/12/2022)
""", "2023-01-06", "Phụ nữ Thanh Hóa giữ \"sạch\" nợ quá hạn vốn chính sách",
E("tong_ket", "2022", "2023-01-05"),
[P("Lê Thị Thủy", "Phó Chủ tịch Hội LHPN tỉnh khóa XVIII"),
 P("Nguyễn Văn Thắng", "Phó Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Lò Thị Bun", "Chủ tịch Hội LHPN huyện Mường Lát"),
 P("Hà Thị Pằn", "Chủ tịch Hội LHPN huyện Quan Sơn"),
 P("Vi Thị Hằng", "Tổ trưởng tổ tiết kiệm và vay vốn bản Sa Ná")],
[Q("2.914 tổ tiết kiệm và vay vốn", 2914, "tổ tiết kiệm và vay vốn"), Q("118.460 thành viên", 118460, "thành viên"),
 Q("3.642,7 tỷ đồng", 3642700000000, "đồng"), Q("287,5 tỷ đồng", 287500000000, "đồng"), Q("8,57%", 8.57, "%"), Q("32,8%", 32.8, "%"),
 Q("0,04%", 0.04, "%"), Q("19/27 huyện, thị xã, thành phố", 19, "huyện, thị xã, thành phố"), Q("164,8 tỷ đồng", 164800000000, "đồng"),
 Q("1,4 triệu đồng", 1400000, "đồng"), Q("3.250 hộ", 3250, "hộ"), Q("6.712 lao động", 6712, "lao động"),
 Q("2.805 học sinh, sinh viên", 2805, "học sinh, sinh viên"), Q("9.430 công trình nước sạch và vệ sinh môi trường", 9430, "công trình nước sạch và vệ sinh môi trường"),
 Q("186 tỷ đồng", 186000000000, "đồng"), Q("3.617 hộ", 3617, "hộ"), Q("11 huyện miền núi", 11, "huyện miền núi"),
 Q("146 tổ tiết kiệm và vay vốn", 146, "tổ tiết kiệm và vay vốn"), Q("hơn 40%", 40, "%", "over"), Q("1,2%", 1.2, "%"), Q("0%", 0, "%"),
 Q("khoảng 7%", 7, "%", "approx"), Q("dưới 0,05%", 0.05, "%"), Q("4 tập thể", 4, "tập thể"), Q("23 tập thể", 23, "tập thể"),
 Q("31 cá nhân", 31, "cá nhân"), Q("58 tổ tiết kiệm và vay vốn tiêu biểu", 58, "tổ tiết kiệm và vay vốn tiêu biểu"),
 Q("52 thành viên", 52, "thành viên"), Q("2,3 tỷ đồng", 2300000000, "đồng"), Q("14 hộ", 14, "hộ")],
[D("Nghị định", "28", "2022/NĐ-CP", None, "Chính phủ", "Nghị định số 28/2022/NĐ-CP"),
 D("Nghị định", "36", "2022/NĐ-CP", None, "Chính phủ", "Nghị định 36/2022/NĐ-CP"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận số 06-KL/TW"),
 D("Chỉ thị", "02", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 02-CT/TU")],
[prov("Thanh Hóa"), com("Na Mèo")],
["Báo Thanh Hóa", "Xã hội › Phụ nữ", "Hôm nay: Thứ Sáu, 06/01/2023", "Toàn cảnh hội nghị.", "Tổ tiết kiệm và vay vốn kiểu mẫu", "Lượt xem: 1.147"],
["Cập nhật: 08:45, 06/01/2023 (GMT+7)", "năm 2022", "giai đoạn 2023 - 2025", "năm 2021", "năm 2019", "năm 2023", "1 mô hình", "ngày 15 hằng tháng", "Lượt xem: 1.147"]))

PAGES.append(page("b3859-bentre-hnd-khac-2023", """
BÁO ĐỒNG KHỞI ONLINE
Kinh tế » Nông nghiệp » Gương điển hình
30/05/2023 - 06:00
Ảnh: Ông Lê Văn Tám bên vườn dừa xen ca cao.
Từ 20 triệu đồng vốn vay đến tỷ phú nông dân ở Mỏ Cày
Ông Lê Văn Tám (ấp Thạnh Hưng, xã Tân Trung) là gương điển hình trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi của tỉnh Bến Tre. Gần 20 năm trước, gia đình ông thuộc diện hộ nghèo, cả nhà 6 người sống nhờ 3 công đất trồng dừa.
Năm 2004, qua tổ tiết kiệm và vay vốn do Hội Nông dân xã quản lý, ông được vay 20 triệu đồng từ Ngân hàng Chính sách xã hội để nuôi heo và trồng xen ca cao. Ông nhớ lại: "Hồi đó số tiền 20 triệu đồng là cả một gia tài. Tổ trưởng với chi hội trưởng xuống tận nhà hướng dẫn làm hồ sơ, bình xét công khai ở ấp". Sau 3 năm, ông trả hết nợ, thoát nghèo và tiếp tục vay 50 triệu đồng chương trình hộ sản xuất kinh doanh vùng khó khăn, rồi 100 triệu đồng từ Quỹ Hỗ trợ nông dân của Hội Nông dân tỉnh.
Đến nay, gia đình ông có 2,5 ha dừa hữu cơ, 1.200 cây bưởi da xanh, trại heo 150 con; mỗi năm thu nhập sau khi trừ chi phí khoảng 800 triệu đồng. Ông còn thành lập Tổ hợp tác dừa hữu cơ Tân Trung với 27 thành viên, ký hợp đồng bao tiêu hơn 300.000 trái dừa mỗi năm. Ông giải quyết việc làm thường xuyên cho 8 lao động, thời vụ cho khoảng 20 lao động địa phương.
Ông Nguyễn Văn Chín, Chủ tịch Hội Nông dân xã Tân Trung, cho biết: "Ông Tám là hội viên nòng cốt, nhiều năm liền được Trung ương Hội Nông dân Việt Nam tặng Bằng khen. Ông thường xuyên giúp đỡ 12 hộ hội viên nghèo cây giống, con giống, cho mượn không lãi trên 150 triệu đồng". Xã Tân Trung hiện có 6 tổ tiết kiệm và vay vốn do Hội Nông dân quản lý, dư nợ 24,6 tỷ đồng, 612 hộ vay, không có nợ quá hạn; tỷ lệ hộ nghèo còn 2,08%.
Theo bà Trần Thị Thanh Lam, Phó Chủ tịch Hội Nông dân tỉnh, toàn tỉnh hiện có trên 1.100 tổ tiết kiệm và vay vốn do Hội quản lý, dư nợ hơn 1.600 tỷ đồng; riêng Quỹ Hỗ trợ nông dân đã hỗ trợ trên 3.700 lượt hộ vay. "Những tấm gương như ông Tám cho thấy vốn chính sách đến đúng người, đúng việc thì hộ nghèo hoàn toàn có thể vươn lên làm giàu", bà Lam nói.
Năm 2022, ông được UBND tỉnh tặng Bằng khen và được công nhận là hộ nông dân sản xuất, kinh doanh giỏi cấp Trung ương.
Ông Tám chia sẻ thêm, ông đang liên kết với 35 hộ trong ấp chuyển đổi sang trồng dừa hữu cơ theo tiêu chuẩn xuất khẩu, mong muốn mỗi hộ đều có thu nhập từ 200 triệu đồng/năm trở lên.
Bài, ảnh: Cẩm Trúc
Lượt xem: 3.905
Tin liên quan
- Hội Nông dân tỉnh giao ban quý I/2023 (12/04/2023)
- Nông dân Chợ Lách làm giàu từ hoa kiểng (02/04/2023)
- Ra mắt Tổ hợp tác bưởi da xanh Giồng Trôm (20/03/2023)
- Bình Đại: vốn vay giúp nông dân chuyển đổi nuôi tôm (08/03/2023)
""", "2023-05-30", "Từ 20 triệu đồng vốn vay đến tỷ phú nông dân ở Mỏ Cày",
E("khac", None, None),
[P("Lê Văn Tám"),
 P("Nguyễn Văn Chín", "Chủ tịch Hội Nông dân xã Tân Trung"),
 P("Trần Thị Thanh Lam", "Phó Chủ tịch Hội Nông dân tỉnh")],
[Q("20 triệu đồng", 20000000, "đồng"), Q("6 người", 6, "người"), Q("3 công đất", 3, "công"), Q("50 triệu đồng", 50000000, "đồng"),
 Q("100 triệu đồng", 100000000, "đồng"), Q("2,5 ha", 2.5, "ha"), Q("1.200 cây bưởi da xanh", 1200, "cây bưởi da xanh"),
 Q("150 con", 150, "con"), Q("khoảng 800 triệu đồng", 800000000, "đồng", "approx"), Q("27 thành viên", 27, "thành viên"),
 Q("hơn 300.000 trái dừa", 300000, "trái dừa", "over"), Q("8 lao động", 8, "lao động"), Q("khoảng 20 lao động", 20, "lao động", "approx"),
 Q("12 hộ hội viên nghèo", 12, "hộ hội viên nghèo"), Q("trên 150 triệu đồng", 150000000, "đồng", "over"),
 Q("6 tổ tiết kiệm và vay vốn", 6, "tổ tiết kiệm và vay vốn"), Q("24,6 tỷ đồng", 24600000000, "đồng"), Q("612 hộ", 612, "hộ"),
 Q("2,08%", 2.08, "%"), Q("trên 1.100 tổ tiết kiệm và vay vốn", 1100, "tổ tiết kiệm và vay vốn", "over"),
 Q("hơn 1.600 tỷ đồng", 1600000000000, "đồng", "over"), Q("trên 3.700 lượt hộ", 3700, "lượt hộ", "over"), Q("35 hộ", 35, "hộ"),
 Q("từ 200 triệu đồng/năm trở lên", 200000000, "đồng", "over")],
[],
[prov("Bến Tre"), com("Tân Trung")],
["BÁO ĐỒNG KHỞI ONLINE", "Kinh tế » Nông nghiệp » Gương điển hình", "Ảnh: Ông Lê Văn Tám bên vườn dừa xen ca cao.",
 "Tổ hợp tác dừa hữu cơ Tân Trung", "Quỹ Hỗ trợ nông dân", "Lượt xem: 3.905"],
["30/05/2023 - 06:00", "Gần 20 năm trước", "Năm 2004", "3 năm", "Lượt xem: 3.905"]))

PAGES.append(page("b3860-kontum-phunu-giamsat-2023", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM
Trang chủ | Tin tức - Sự kiện | Giám sát và phản biện xã hội
17.10.2023 | 16:05
Hội LHPN tỉnh giám sát việc thực hiện chính sách tín dụng ưu đãi theo Nghị định 28
Thực hiện Chương trình giám sát năm 2023, từ ngày 9 đến 13/10/2023, Đoàn giám sát Ban Thường vụ Hội LHPN tỉnh Kon Tum do bà Y Vân, Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam, Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách tín dụng ưu đãi theo Nghị định số 28/2022/NĐ-CP tại 6 xã thuộc huyện Kon Plông, Tu Mơ Rông và Đăk Glei.
Đoàn giám sát làm việc tại xã Đăk Na. Ảnh: Y Blai
Thành viên đoàn gồm bà Nguyễn Thị Kim Liên, Phó Chủ tịch Hội LHPN tỉnh; bà A Hương, Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh; ông Phạm Văn Hòa, Trưởng phòng Kế hoạch nghiệp vụ Chi nhánh Ngân hàng Chính sách xã hội tỉnh. Cuộc giám sát thực hiện theo Quyết định số 217-QĐ/TW của Bộ Chính trị và Kế hoạch số 45/KH-ĐCT ngày 20/9/2023 của Đoàn Chủ tịch Hội LHPN tỉnh.
Qua giám sát, tại 6 xã có 41 tổ tiết kiệm và vay vốn do Hội Phụ nữ quản lý với 1.684 thành viên, dư nợ 68,4 tỷ đồng; trong đó dư nợ theo Nghị định 28 là 14,2 tỷ đồng với 356 hộ vay, gồm 198 hộ vay hỗ trợ đất ở, nhà ở, 127 hộ vay chuyển đổi nghề, 31 hộ vay phát triển sản phẩm dược liệu quý. Đoàn kiểm tra ngẫu nhiên 142 hộ, 97% hộ sử dụng vốn đúng mục đích; phát hiện 5 hộ sử dụng vốn sai mục đích, 3 hộ vay cho người khác sử dụng.
Báo cáo của Chi nhánh NHCSXH tỉnh cho thấy, đến 30/9/2023, toàn tỉnh đã giải ngân 236,5 tỷ đồng theo Nghị định 28 cho 5.902 hộ, đạt 81,3% kế hoạch vốn được giao; dư nợ theo Nghị định này qua Hội LHPN tỉnh chiếm khoảng 36%, cao nhất trong các tổ chức nhận ủy thác.
Bà Y Thu, Chủ tịch Hội LHPN xã Đăk Na, cho biết phụ nữ Xơ Đăng trong xã đã vay trồng sâm dây, đương quy, nhưng do thiếu đầu ra nên một số hộ có nguy cơ nợ quá hạn. Chị Y Lan, Tổ trưởng tổ tiết kiệm và vay vốn thôn Đăk Prông, xã Ngọk Tem, đề nghị kéo dài thời hạn vay đối với hộ trồng sâm vì chu kỳ cây trên 5 năm.
Kết thúc giám sát, bà Y Vân đề nghị Chi nhánh NHCSXH tỉnh phối hợp thu hồi 8 khoản vay vi phạm với tổng số tiền 276 triệu đồng; UBND các xã công khai danh sách hộ thụ hưởng; hội phụ nữ cơ sở sinh hoạt tổ ít nhất 1 lần/quý. Hội LHPN tỉnh sẽ tổng hợp 11 kiến nghị gửi Tỉnh ủy, UBND tỉnh, đồng thời đề xuất bổ sung nguồn vốn địa phương khoảng 5 tỷ đồng cho vay hộ phụ nữ dân tộc thiểu số.
Y Blai
Lượt xem: 388
Các tin khác
- Phụ nữ Đăk Tô giúp nhau thoát nghèo (10/10/2023)
- Hội LHPN tỉnh sơ kết 9 tháng năm 2023 (03/10/2023)
- Tập huấn cho 120 tổ trưởng tổ tiết kiệm và vay vốn (25/09/2023)
""", "2023-10-17", "Hội LHPN tỉnh giám sát việc thực hiện chính sách tín dụng ưu đãi theo Nghị định 28",
E("giam_sat", "2023", "2023-10-09"),
[P("Y Vân", "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thị Kim Liên", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("A Hương", "Trưởng ban Gia đình - Xã hội Hội LHPN tỉnh"),
 P("Phạm Văn Hòa", "Trưởng phòng Kế hoạch nghiệp vụ Chi nhánh Ngân hàng Chính sách xã hội tỉnh"),
 P("Y Thu", "Chủ tịch Hội LHPN xã Đăk Na"),
 P("Y Lan", "Tổ trưởng tổ tiết kiệm và vay vốn thôn Đăk Prông")],
[Q("6 xã", 6, "xã"), Q("41 tổ tiết kiệm và vay vốn", 41, "tổ tiết kiệm và vay vốn"), Q("1.684 thành viên", 1684, "thành viên"),
 Q("68,4 tỷ đồng", 68400000000, "đồng"), Q("14,2 tỷ đồng", 14200000000, "đồng"), Q("356 hộ", 356, "hộ"), Q("198 hộ", 198, "hộ"),
 Q("127 hộ", 127, "hộ"), Q("31 hộ", 31, "hộ"), Q("142 hộ", 142, "hộ"), Q("97%", 97, "%"), Q("5 hộ", 5, "hộ"), Q("3 hộ", 3, "hộ"),
 Q("8 khoản vay vi phạm", 8, "khoản vay vi phạm"), Q("276 triệu đồng", 276000000, "đồng"), Q("11 kiến nghị", 11, "kiến nghị"),
 Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"),
 Q("236,5 tỷ đồng", 236500000000, "đồng"), Q("5.902 hộ", 5902, "hộ"), Q("81,3%", 81.3, "%"), Q("khoảng 36%", 36, "%", "approx")],
[D("Nghị định", "28", "2022/NĐ-CP", None, None, "Nghị định số 28/2022/NĐ-CP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Kế hoạch", "45", "KH-ĐCT", "2023-09-20", "Đoàn Chủ tịch Hội LHPN tỉnh", "Kế hoạch số 45/KH-ĐCT ngày 20/9/2023")],
[prov("Kon Tum"), com("Đăk Na"), com("Ngọk Tem")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH KON TUM", "Trang chủ | Tin tức - Sự kiện | Giám sát và phản biện xã hội",
 "Đoàn giám sát làm việc tại xã Đăk Na. Ảnh: Y Blai", "Chương trình giám sát năm 2023", "Lượt xem: 388"],
["17.10.2023 | 16:05", "năm 2023", "5 năm", "1 lần/quý", "Lượt xem: 388"]))

PAGES.append(page("b3861-namdinh-hnd-giaoban-2024", """
HỘI NÔNG DÂN TỈNH NAM ĐỊNH
You are here: Trang chủ › Hoạt động Hội › Ủy thác - Quỹ HTND
Thứ Ba, 04/06/2024 - 14:10
Giao ban Thường trực Hội Nông dân tỉnh tháng 5/2024
Chiều 3/6, Thường trực Hội Nông dân tỉnh tổ chức giao ban đánh giá kết quả công tác tháng 5 năm 2024, triển khai nhiệm vụ tháng 6. Đồng chí Trần Văn Chung, Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh chủ trì; dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh Đoàn Thị Thu Hiền, Vũ Quang Huy và các trưởng ban chuyên môn.
Đồng chí Trần Văn Chung kết luận giao ban.
Trong tháng, Hội Nông dân các cấp tiếp tục phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh kiểm tra 26 tổ tiết kiệm và vay vốn tại các huyện Hải Hậu, Giao Thủy, Nghĩa Hưng. Đến 31/5/2024, dư nợ ủy thác qua Hội đạt 1.748,3 tỷ đồng, tăng 9,6 tỷ đồng so với tháng trước và 62,1 tỷ đồng so với đầu năm; 1.218 tổ, 47.366 hộ vay; nợ quá hạn 0,02%, nợ khoanh 0,05%. Có 162 hộ được giải ngân mới trong tháng với tổng số tiền 8,1 tỷ đồng, chủ yếu vay giải quyết việc làm và nhà ở xã hội.
Đối với Quỹ Hỗ trợ nông dân, tổng nguồn vốn toàn tỉnh đạt 96,5 tỷ đồng; trong tháng 5 giải ngân 9 dự án với 2,1 tỷ đồng cho 58 hộ vay nuôi ngao, trồng rau an toàn. Quỹ cấp tỉnh đang cho vay 214 dự án với 3.846 hộ hưởng lợi; thu hồi nợ đến hạn đạt 100%.
Cũng trong tháng 5, các cấp Hội tỉnh Nam Định đã tổ chức 34 lớp tập huấn khoa học kỹ thuật cho 2.150 lượt hội viên; vận động 126 hội viên mới tham gia tổ tiết kiệm và vay vốn; phối hợp tổ chức 4 buổi đối thoại cấp xã với 380 nông dân tham dự. Toàn tỉnh còn 3 tổ xếp loại trung bình, tập trung ở huyện Trực Ninh.
Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh Nguyễn Văn Quyết báo cáo việc triển khai Kế hoạch số 215-KH/HNDT ngày 10/4/2024 về rà soát, củng cố tổ tiết kiệm và vay vốn: toàn tỉnh đã sáp nhập 11 tổ có quy mô nhỏ, thay 19 tổ trưởng không đủ năng lực. Ông Phạm Văn Bình, Chủ tịch Hội Nông dân xã Hải Lý, đề nghị xem xét tăng mức cho vay hộ nghèo lên 100 triệu đồng/hộ như Nghị định 74/2023/NĐ-CP quy định.
Kết luận giao ban, đồng chí Trần Văn Chung yêu cầu tháng 6 các cấp Hội tập trung thực hiện Kết luận số 01-KL/TU của Ban Thường vụ Tỉnh ủy về tín dụng chính sách; hoàn thành sơ kết 6 tháng đầu năm trước ngày 20/6; chuẩn bị điều kiện tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với nông dân năm 2024 với khoảng 300 đại biểu.
Hương Giang
Lượt xem: 721
Tin liên quan
- Hội Nông dân Xuân Trường ra mắt 2 tổ hợp tác (29/05/2024)
- Giao ban Thường trực Hội tháng 4/2024 (07/05/2024)
- Nam Định: 6.200 hộ nông dân vay vốn Quỹ HTND (20/04/2024)
""", "2024-06-04", "Giao ban Thường trực Hội Nông dân tỉnh tháng 5/2024",
E("giao_ban", "2024-05", "2024-06-03"),
[P("Trần Văn Chung", "Ủy viên Ban Chấp hành Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
 P("Đoàn Thị Thu Hiền", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Vũ Quang Huy", "Phó Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Văn Quyết", "Trưởng ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
 P("Phạm Văn Bình", "Chủ tịch Hội Nông dân xã Hải Lý")],
[Q("26 tổ tiết kiệm và vay vốn", 26, "tổ tiết kiệm và vay vốn"), Q("1.748,3 tỷ đồng", 1748300000000, "đồng"), Q("9,6 tỷ đồng", 9600000000, "đồng"),
 Q("62,1 tỷ đồng", 62100000000, "đồng"), Q("1.218 tổ", 1218, "tổ"), Q("47.366 hộ", 47366, "hộ"), Q("0,02%", 0.02, "%"), Q("0,05%", 0.05, "%"),
 Q("162 hộ", 162, "hộ"), Q("8,1 tỷ đồng", 8100000000, "đồng"), Q("96,5 tỷ đồng", 96500000000, "đồng"), Q("9 dự án", 9, "dự án"),
 Q("2,1 tỷ đồng", 2100000000, "đồng"), Q("58 hộ", 58, "hộ"), Q("214 dự án", 214, "dự án"), Q("3.846 hộ", 3846, "hộ"), Q("100%", 100, "%"),
 Q("11 tổ", 11, "tổ"), Q("19 tổ trưởng", 19, "tổ trưởng"), Q("100 triệu đồng", 100000000, "đồng"), Q("khoảng 300 đại biểu", 300, "đại biểu", "approx"),
 Q("34 lớp tập huấn khoa học kỹ thuật", 34, "lớp tập huấn khoa học kỹ thuật"), Q("2.150 lượt hội viên", 2150, "lượt hội viên"),
 Q("126 hội viên mới", 126, "hội viên mới"), Q("4 buổi đối thoại cấp xã", 4, "buổi đối thoại cấp xã"), Q("380 nông dân", 380, "nông dân"),
 Q("3 tổ", 3, "tổ")],
[D("Kế hoạch", "215", "KH/HNDT", "2024-04-10", None, "Kế hoạch số 215-KH/HNDT ngày 10/4/2024"),
 D("Nghị định", "74", "2023/NĐ-CP", None, None, "Nghị định 74/2023/NĐ-CP"),
 D("Kết luận", "01", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận số 01-KL/TU")],
[prov("Nam Định"), com("Hải Lý")],
["HỘI NÔNG DÂN TỈNH NAM ĐỊNH", "You are here: Trang chủ › Hoạt động Hội › Ủy thác - Quỹ HTND", "Đồng chí Trần Văn Chung kết luận giao ban.",
 "Quỹ Hỗ trợ nông dân", "Lượt xem: 721"],
["Thứ Ba, 04/06/2024 - 14:10", "tháng 5 năm 2024", "tháng 6", "tháng 5", "6 tháng đầu năm", "năm 2024", "Lượt xem: 721"]))

PAGES.append(page("b3862-longan-phunu-tongket-2024", """
Báo Long An Online
Trang chủ - Xã hội - Phụ nữ
Cập nhật: 16:35, 26/12/2024 (GMT+7)
Phụ nữ Long An: gần 60.000 lượt hội viên được vay vốn chính sách trong năm 2024
Ngày 25/12/2024, Hội LHPN tỉnh Long An phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổng kết công tác nhận ủy thác năm 2024. Đến dự có bà Nguyễn Thị Hồng Thắm, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh, Phó Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh; ông Lê Minh Phước, Giám đốc Chi nhánh NHCSXH tỉnh; lãnh đạo Hội LHPN 15 huyện, thị xã, thành phố.
Bà Nguyễn Thị Hồng Thắm trao Giấy khen cho các tập thể. Ảnh: Ngọc Mến
Năm 2024, dư nợ ủy thác qua Hội LHPN tỉnh đạt 2.486,9 tỷ đồng, tăng 198,6 tỷ đồng, đạt 103,4% kế hoạch; 1.492 tổ tiết kiệm và vay vốn với 61.730 thành viên. Trong năm, gần 60.000 lượt hội viên được vay vốn chính sách, trong đó 8.214 lượt hộ vay mới. Tỷ lệ nợ quá hạn còn 0,01%; 12 huyện không có nợ quá hạn. Nguồn vốn đã góp phần giúp 1.108 hộ thoát nghèo, tạo việc làm cho 5.420 lao động, 1.376 học sinh, sinh viên có hoàn cảnh khó khăn được vay vốn học tập.
Báo cáo nêu rõ, Hội đã chủ động giới thiệu 296 hộ vay vốn nhà ở xã hội theo Nghị định số 100/2024/NĐ-CP; phối hợp triển khai Nghị định 74/2023/NĐ-CP nâng mức cho vay nhiều chương trình. Hội cũng thực hiện hiệu quả Chỉ thị 34-CT/TU, 35-CT/TU của Ban Thường vụ Tỉnh ủy, vận động thành lập 87 câu lạc bộ "Phụ nữ khởi nghiệp", 42 tổ hợp tác do phụ nữ làm chủ.
Cũng trong năm, Hội LHPN các cấp đã tổ chức 1.860 buổi sinh hoạt tổ, lồng ghép tuyên truyền chính sách tín dụng cho trên 45.000 lượt thành viên; vận động tổ viên gửi tiết kiệm đạt 96,2 tỷ đồng, tăng 11,4 tỷ đồng. Hội phối hợp xử lý rủi ro cho 37 hộ gặp thiên tai, bệnh tật với số tiền 684 triệu đồng.
Ghi nhận những nỗ lực, ông Lê Minh Phước cho biết, vốn ủy thác qua Hội chiếm 34,1% tổng dư nợ chi nhánh, là tổ chức có tỷ lệ nợ quá hạn thấp nhất. Bà Huỳnh Thị Kim Loan, Chủ tịch Hội LHPN xã Mỹ Yên, chia sẻ kinh nghiệm xây dựng tổ vay vốn gắn với tổ hợp tác trồng rau; bà Trương Thị Bé, Tổ trưởng tổ tiết kiệm và vay vốn ấp 3, xã Long Hiệp, kể việc giúp 9 hộ trong tổ thoát nghèo.
Phát biểu kết luận, bà Nguyễn Thị Hồng Thắm đề nghị năm 2025 các cấp hội bám sát Kết luận số 06-KL/TW của Ban Bí thư; tăng trưởng dư nợ từ 6% trở lên; hỗ trợ ít nhất 120 ý tưởng, dự án khởi nghiệp của phụ nữ. Dịp này, Hội LHPN tỉnh tặng Giấy khen cho 21 tập thể, 34 cá nhân; Chi nhánh NHCSXH tỉnh khen thưởng 45 tổ tiết kiệm và vay vốn xuất sắc.
Ngọc Mến
Lượt xem: 1.093
Tin liên quan
- Hội LHPN tỉnh tổng kết công tác Hội năm 2024 (20/12/2024)
- Phụ nữ Cần Giuộc vay vốn làm giàu (12/12/2024)
- Trao 200 suất quà cho phụ nữ nghèo Đức Hòa (05/12/2024)
""", "2024-12-26", "Phụ nữ Long An: gần 60.000 lượt hội viên được vay vốn chính sách trong năm 2024",
E("tong_ket", "2024", "2024-12-25"),
[P("Nguyễn Thị Hồng Thắm", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh", "Phó Trưởng Ban đại diện Hội đồng quản trị NHCSXH tỉnh"),
 P("Lê Minh Phước", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Huỳnh Thị Kim Loan", "Chủ tịch Hội LHPN xã Mỹ Yên"),
 P("Trương Thị Bé", "Tổ trưởng tổ tiết kiệm và vay vốn ấp 3")],
[Q("gần 60.000 lượt hội viên", 60000, "lượt hội viên", "approx"), Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"),
 Q("2.486,9 tỷ đồng", 2486900000000, "đồng"), Q("198,6 tỷ đồng", 198600000000, "đồng"), Q("103,4%", 103.4, "%"),
 Q("1.492 tổ tiết kiệm và vay vốn", 1492, "tổ tiết kiệm và vay vốn"), Q("61.730 thành viên", 61730, "thành viên"),
 Q("8.214 lượt hộ", 8214, "lượt hộ"), Q("0,01%", 0.01, "%"), Q("12 huyện", 12, "huyện"), Q("1.108 hộ", 1108, "hộ"),
 Q("5.420 lao động", 5420, "lao động"), Q("1.376 học sinh, sinh viên", 1376, "học sinh, sinh viên"), Q("296 hộ", 296, "hộ"),
 Q("87 câu lạc bộ", 87, "câu lạc bộ"), Q("42 tổ hợp tác", 42, "tổ hợp tác"), Q("34,1%", 34.1, "%"), Q("9 hộ", 9, "hộ"),
 Q("từ 6% trở lên", 6, "%", "over"), Q("ít nhất 120 ý tưởng, dự án khởi nghiệp", 120, "ý tưởng, dự án khởi nghiệp", "over"),
 Q("21 tập thể", 21, "tập thể"), Q("34 cá nhân", 34, "cá nhân"), Q("45 tổ tiết kiệm và vay vốn xuất sắc", 45, "tổ tiết kiệm và vay vốn xuất sắc"),
 Q("1.860 buổi sinh hoạt tổ", 1860, "buổi sinh hoạt tổ"), Q("trên 45.000 lượt thành viên", 45000, "lượt thành viên", "over"),
 Q("96,2 tỷ đồng", 96200000000, "đồng"), Q("11,4 tỷ đồng", 11400000000, "đồng"), Q("37 hộ", 37, "hộ"), Q("684 triệu đồng", 684000000, "đồng")],
[D("Nghị định", "100", "2024/NĐ-CP", None, None, "Nghị định số 100/2024/NĐ-CP"),
 D("Nghị định", "74", "2023/NĐ-CP", None, None, "Nghị định 74/2023/NĐ-CP"),
 D("Chỉ thị", "34", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34-CT/TU, 35-CT/TU"),
 D("Chỉ thị", "35", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 34-CT/TU, 35-CT/TU"),
 D("Kết luận", "06", "KL/TW", None, "Ban Bí thư", "Kết luận số 06-KL/TW")],
[prov("Long An"), com("Mỹ Yên"), com("Long Hiệp")],
["Báo Long An Online", "Trang chủ - Xã hội - Phụ nữ", "Bà Nguyễn Thị Hồng Thắm trao Giấy khen cho các tập thể. Ảnh: Ngọc Mến",
 "Phụ nữ khởi nghiệp", "Lượt xem: 1.093"],
["Cập nhật: 16:35, 26/12/2024 (GMT+7)", "năm 2024", "năm 2025", "ấp 3", "Lượt xem: 1.093"]))
