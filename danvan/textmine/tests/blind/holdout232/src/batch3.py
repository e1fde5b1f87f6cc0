from lib import *
PAGES = []

PAGES.append(page("b5537-hanoi-dangbo-phuong-giamsat-2022", """
Cổng thông tin điện tử phường Phúc Đồng - quận Long Biên - Hà Nội
Trang chủ » Hoạt động Đảng bộ » Kiểm tra, giám sát
17/05/2022 - 10:05
Đảng ủy phường Phúc Đồng giám sát sinh hoạt chi bộ khu dân cư
Ngày 16/5, đoàn giám sát của Đảng ủy phường Phúc Đồng (quận Long Biên, Hà Nội) do đồng chí Đỗ Thị Thanh Hương, Phó Bí thư Thường trực Đảng ủy phường làm trưởng đoàn đã giám sát chuyên đề việc tổ chức sinh hoạt chi bộ tại Chi bộ khu dân cư số 4 và Chi bộ khu dân cư số 9. Đây là nội dung trong Chương trình kiểm tra, giám sát năm 2022, thực hiện theo Kế hoạch giám sát số 31-KH/ĐU ngày 7/3/2022 của Ban Thường vụ Đảng ủy phường.
Đoàn giám sát làm việc tại Chi bộ khu dân cư số 4. Ảnh: Minh Khôi
Tham gia đoàn có các đồng chí Đảng ủy viên: Ngô Văn Thạch - Chủ nhiệm Ủy ban Kiểm tra Đảng ủy, Lưu Thị Hồng Nhung - Chủ tịch Ủy ban MTTQ Việt Nam phường, Phan Đức Mạnh - Bí thư Đoàn phường.
Báo cáo của Chi bộ khu dân cư số 4 cho biết, chi bộ có 142 đảng viên, trong đó 96 đảng viên trên 70 tuổi, 37 đồng chí được miễn sinh hoạt. Chi bộ chia thành 5 tổ đảng; duy trì sinh hoạt vào ngày 5 hằng tháng, mỗi quý có một chuyên đề theo Hướng dẫn số 12-HD/BTCTW ngày 18/1/2022 của Ban Tổ chức Trung ương về một số vấn đề về nội dung sinh hoạt chi bộ. Tỷ lệ đảng viên dự sinh hoạt bình quân đạt 91,2%. Năm 2021, chi bộ kết nạp 2 đảng viên là cán bộ Chi hội Cựu chiến binh và Chi đoàn; 100% đảng viên đang công tác ở cơ quan đã báo cáo với chi bộ nơi cư trú theo Quy định số 213-QĐ/TW ngày 2/1/2020 của Bộ Chính trị.
Đồng chí Bùi Quang Vinh, Bí thư Chi bộ khu dân cư số 9, cho biết chi bộ đã đưa việc vận động 318 hộ dân trong khu thực hiện nếp sống văn minh đô thị vào nghị quyết hằng tháng, vận động nhân dân đóng góp trên 520 triệu đồng cải tạo 2 nhà văn hóa; tuy nhiên việc tạo nguồn đảng viên trẻ còn khó, 3 năm qua chỉ kết nạp được 1 đảng viên.
Kết luận buổi giám sát, đồng chí Đỗ Thị Thanh Hương ghi nhận các chi bộ đã thực hiện nghiêm Quy định số 24-QĐ/TW ngày 30/7/2021 của BCH Trung ương về thi hành Điều lệ Đảng; đề nghị khắc phục tình trạng biên bản sinh hoạt ghi sơ sài, chưa phản ánh ý kiến của đảng viên; phối hợp với Ban công tác Mặt trận, Chi hội Phụ nữ giới thiệu ít nhất 3 quần chúng ưu tú trong năm 2022. Đảng ủy phường sẽ tổng hợp kết quả giám sát 14 chi bộ trực thuộc trong tháng 6 để báo cáo Quận ủy theo Chương trình hành động số 07-CTr/ĐU của Đảng ủy phường.
Minh Khôi
Lượt xem: 356
Tin liên quan
- Phúc Đồng: trao Huy hiệu Đảng đợt 19/5 (15/05/2022)
- Sơ kết công tác kiểm tra, giám sát quý I (08/04/2022)
- Chi bộ khu dân cư số 2 kết nạp đảng viên mới (22/03/2022)
""", "2022-05-17", "Đảng ủy phường Phúc Đồng giám sát sinh hoạt chi bộ khu dân cư",
E("giam_sat", "2022", "2022-05-16"),
[P("Đỗ Thị Thanh Hương", "Phó Bí thư Thường trực Đảng ủy phường"),
 P("Ngô Văn Thạch", "Đảng ủy viên", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"),
 P("Lưu Thị Hồng Nhung", "Đảng ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam phường"),
 P("Phan Đức Mạnh", "Đảng ủy viên", "Bí thư Đoàn phường"),
 P("Bùi Quang Vinh", "Bí thư Chi bộ khu dân cư số 9")],
[Q("142 đảng viên", 142, "đảng viên"), Q("96 đảng viên", 96, "đảng viên"), Q("37 đồng chí", 37, "đồng chí"),
 Q("5 tổ đảng", 5, "tổ đảng"), Q("91,2%", 91.2, "%"), Q("2 đảng viên", 2, "đảng viên"), Q("100%", 100, "%"),
 Q("318 hộ dân", 318, "hộ dân"), Q("trên 520 triệu đồng", 520000000, "đồng", "over"), Q("2 nhà văn hóa", 2, "nhà văn hóa"),
 Q("ít nhất 3 quần chúng ưu tú", 3, "quần chúng ưu tú", "over"),
 Q("14 chi bộ trực thuộc", 14, "chi bộ trực thuộc")],
[D("Kế hoạch", "31", "KH/ĐU", "2022-03-07", "Ban Thường vụ Đảng ủy phường", "Kế hoạch giám sát số 31-KH/ĐU ngày 7/3/2022"),
 D("Hướng dẫn", "12", "HD/BTCTW", "2022-01-18", "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW ngày 18/1/2022"),
 D("Quy định", "213", "QĐ/TW", "2020-01-02", "Bộ Chính trị", "Quy định số 213-QĐ/TW ngày 2/1/2020"),
 D("Quy định", "24", "QĐ/TW", "2021-07-30", "BCH Trung ương", "Quy định số 24-QĐ/TW ngày 30/7/2021"),
 D("Chương trình hành động", "07", "CTr/ĐU", None, "Đảng ủy phường", "Chương trình hành động số 07-CTr/ĐU")],
[prov("Hà Nội"), com("Phúc Đồng")],
["Cổng thông tin điện tử phường Phúc Đồng - quận Long Biên - Hà Nội", "Trang chủ » Hoạt động Đảng bộ » Kiểm tra, giám sát",
 "Đoàn giám sát làm việc tại Chi bộ khu dân cư số 4. Ảnh: Minh Khôi", "Lượt xem: 356"],
["17/05/2022 - 10:05", "Chi bộ khu dân cư số 4", "năm 2022", "trên 70 tuổi", "37 đồng chí", "ngày 5 hằng tháng", "3 năm qua",
 "1 đảng viên", "tháng 6", "Lượt xem: 356"]))

PAGES.append(page("b5538-angiang-huyenuy-taphuan-2022", """
BÁO AN GIANG ONLINE
Thứ Sáu, 26/08/2022 | 15:45
Chính trị › Xây dựng Đảng
Bồi dưỡng nhận thức về Đảng cho 86 quần chúng ưu tú người Chăm, Khmer
Học viên lớp bồi dưỡng nhận thức về Đảng. Ảnh: Hạnh Châu
Trong 5 ngày, từ 22 đến 26/8, Trung tâm Chính trị huyện An Phú (tỉnh An Giang) phối hợp với Ban Tổ chức Huyện ủy và Ban Dân vận Huyện ủy mở lớp bồi dưỡng nhận thức về Đảng năm 2022 cho 86 quần chúng ưu tú, trong đó 41 học viên là người Chăm theo đạo Hồi và 19 học viên người Khmer đến từ huyện Tri Tôn theo hình thức liên kết.
Dự khai giảng có đồng chí Nguyễn Thanh Sang, Tỉnh ủy viên, Bí thư Huyện ủy An Phú; đồng chí Ha Sanh Ly, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện. Giảng dạy là các đồng chí báo cáo viên Huyện ủy: Võ Minh Tâm, Chau Sóc Phươl, Lê Thị Kim Loan.
Học viên được nghiên cứu 5 chuyên đề gồm: chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Điều lệ Đảng; nhiệm vụ của đảng viên theo Quy định số 24-QĐ/TW của BCH Trung ương và Hướng dẫn số 02-HD/TW ngày 9/12/2021 của Ban Bí thư; chính sách của Đảng, Nhà nước đối với đồng bào dân tộc, tôn giáo. Kinh phí lớp học 38,7 triệu đồng, trong đó hỗ trợ tiền ăn cho học viên ở xa 80.000 đồng/người/ngày.
Theo đồng chí Phạm Văn Lợi, Phó Trưởng Ban Tổ chức Huyện ủy, thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của BCH Trung ương về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 97-KH/HU giao chỉ tiêu tạo nguồn cho từng đảng bộ xã. Năm 2021, toàn huyện kết nạp 214 đảng viên mới, trong đó 27 đảng viên là người Chăm; hiện 5 xã có đông đồng bào Chăm đều có đảng viên là người Chăm tham gia cấp ủy.
Anh Mohamad Sa Ly, Phó Bí thư Chi đoàn ấp Phũm Soài, xã Nhơn Hội, chia sẻ: "Trước đây nhiều bạn trẻ người Chăm nghĩ vào Đảng sẽ phải bỏ đạo. Được học, tôi hiểu đảng viên vẫn giữ tín ngưỡng, sinh hoạt tôn giáo bình thường". Chị Néang Sa Phiên, Chi hội trưởng Chi hội Phụ nữ ấp Ô Tà Sóc, xã Lương Phi, cho biết sẽ về vận động thêm chị em trong phum sóc phấn đấu vào Đảng.
Phát biểu bế giảng, đồng chí Nguyễn Thanh Sang đề nghị các chi bộ phân công đảng viên giúp đỡ từng quần chúng, hoàn tất hồ sơ để kết nạp ít nhất 60 học viên trong năm 2022 và quý I năm 2023; các vị Haji, Hakim, Ahly ở 7 thánh đường Hồi giáo tiếp tục đồng hành trong vận động con em tham gia công tác ở ấp.
Kết quả, 100% học viên đạt yêu cầu, trong đó 23 học viên đạt loại giỏi.
Hạnh Châu
Tin liên quan
- An Phú: kết nạp 12 đảng viên là người Chăm (10/08/2022)
- Tri Tôn giao ban công tác dân vận 6 tháng (20/07/2022)
- Trao quà cho 300 hộ nghèo người Chăm dịp Ramadan (05/04/2022)
""", "2022-08-26", "Bồi dưỡng nhận thức về Đảng cho 86 quần chúng ưu tú người Chăm, Khmer",
E("tap_huan", "2022", "2022-08-22"),
[P("Nguyễn Thanh Sang", "Tỉnh ủy viên", "Bí thư Huyện ủy An Phú"),
 P("Ha Sanh Ly", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Võ Minh Tâm", "báo cáo viên Huyện ủy"),
 P("Chau Sóc Phươl", "báo cáo viên Huyện ủy"),
 P("Lê Thị Kim Loan", "báo cáo viên Huyện ủy"),
 P("Phạm Văn Lợi", "Phó Trưởng Ban Tổ chức Huyện ủy"),
 P("Mohamad Sa Ly", "Phó Bí thư Chi đoàn ấp Phũm Soài"),
 P("Néang Sa Phiên", "Chi hội trưởng Chi hội Phụ nữ ấp Ô Tà Sóc")],
[Q("86 quần chúng ưu tú", 86, "quần chúng ưu tú"), Q("41 học viên", 41, "học viên"), Q("19 học viên", 19, "học viên"),
 Q("5 chuyên đề", 5, "chuyên đề"), Q("38,7 triệu đồng", 38700000, "đồng"), Q("80.000 đồng", 80000, "đồng"),
 Q("214 đảng viên mới", 214, "đảng viên mới"), Q("27 đảng viên", 27, "đảng viên"), Q("5 xã", 5, "xã"),
 Q("ít nhất 60 học viên", 60, "học viên", "over"), Q("7 thánh đường Hồi giáo", 7, "thánh đường Hồi giáo"),
 Q("100%", 100, "%"), Q("23 học viên", 23, "học viên")],
[D("Quy định", "24", "QĐ/TW", None, "BCH Trung ương", "Quy định số 24-QĐ/TW"),
 D("Hướng dẫn", "02", "HD/TW", "2021-12-09", "Ban Bí thư", "Hướng dẫn số 02-HD/TW ngày 9/12/2021"),
 D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Kế hoạch", "97", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 97-KH/HU")],
[prov("An Giang"), com("Nhơn Hội"), com("Lương Phi")],
["BÁO AN GIANG ONLINE", "Chính trị › Xây dựng Đảng", "Học viên lớp bồi dưỡng nhận thức về Đảng. Ảnh: Hạnh Châu", "Điều lệ Đảng"],
["Thứ Sáu, 26/08/2022 | 15:45", "5 ngày", "từ 22 đến 26/8", "năm 2022", "quý I năm 2023"]))

PAGES.append(page("b5539-quangnam-huyenuy-giaoban-2023", """
BÁO QUẢNG NAM
Trang chủ / Chính trị / Xây dựng Đảng
2023-09-06 16:20
Tây Giang: Chi bộ thôn bàn việc giữ rừng, giữ làng
Quang cảnh buổi giao ban. Ảnh: A.Nhói
(QNO) - Chiều 5/9, Ban Tổ chức và Ban Dân vận Huyện ủy Tây Giang (Quảng Nam) tổ chức giao ban công tác xây dựng Đảng, công tác dân vận tháng 8/2023 với bí thư đảng ủy và bí thư chi bộ các thôn. Đồng chí Bríu Quân, Phó Bí thư Thường trực Huyện ủy chủ trì.
Theo báo cáo, trong tháng 8, toàn huyện kết nạp 11 đảng viên mới, lũy kế 8 tháng kết nạp 67 đảng viên, đạt 74,4% chỉ tiêu năm; 100% đảng viên mới là người Cơ Tu. 52 chi bộ thôn đã tổ chức sinh hoạt chuyên đề "Giữ rừng là giữ làng", gắn với giao khoán bảo vệ 31.200 ha rừng cho 1.457 hộ đồng bào; mỗi hộ nhận bình quân khoảng 4,5 triệu đồng tiền dịch vụ môi trường rừng mỗi năm.
Ban Dân vận Huyện ủy đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 112, 113-KL/HU về xây dựng "thôn, làng đoàn kết, không có tội phạm ma túy" và về vai trò già làng trong sinh hoạt chi bộ; triển khai Quyết định số 99-QĐ/TW ngày 3/10/2017 của Ban Bí thư về phát huy vai trò của nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái tư tưởng chính trị. Khối dân vận đã giới thiệu 73 quần chúng ưu tú cho các chi bộ.
Tại buổi giao ban, đồng chí Alăng Thị Hoa, HUV, Trưởng Ban Dân vận Huyện ủy, cho biết một số chi bộ thôn ở xã A Xan, Ch'ơm còn sinh hoạt không đúng ngày, 9 chi bộ chưa có nghị quyết tháng. Đồng chí Zơrâm Vy, Bí thư Đảng ủy xã A Xan, đề nghị Huyện ủy tăng cường cán bộ xuống dự sinh hoạt và hỗ trợ kinh phí in tài liệu song ngữ Cơ Tu. Ông Bhling Mia, già làng, Bí thư Chi bộ thôn Arớch, xã Ch'ơm, kể chi bộ đã vận động 26 hộ dời nhà khỏi vùng sạt lở, nhận 1,8 tỷ đồng hỗ trợ làm nhà mới.
Đồng chí A Rất Nhói, Phó Trưởng Ban Tổ chức Huyện ủy, thông tin: thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương và Kế hoạch số 129-KH/TU ngày 14/2/2023 của Tỉnh ủy, tháng 9 huyện sẽ chấm điểm chất lượng sinh hoạt của 70 chi bộ trực thuộc.
Kết luận buổi giao ban, đồng chí Bríu Quân đề nghị tháng 9 mỗi đảng ủy xã giới thiệu ít nhất 2 quần chúng ưu tú đi học lớp nhận thức về Đảng; các chi bộ chuẩn bị nội dung đánh giá, xếp loại cuối năm; phát huy vai trò của 64 già làng, người có uy tín trong nắm tình hình, không để người dân bị kích động vượt biên hoặc nghe theo đạo lạ.
A.Nhói - H.Lam
Tin cùng chuyên mục
- Tây Giang sơ kết 6 tháng công tác xây dựng Đảng (12/07/2023)
- Kết nạp đảng viên tại Chi bộ thôn Tà Lang (28/06/2023)
- Bồi dưỡng kỹ năng cho bí thư chi bộ thôn vùng cao (15/06/2023)
""", "2023-09-06", "Tây Giang: Chi bộ thôn bàn việc giữ rừng, giữ làng",
E("giao_ban", "2023-08", "2023-09-05"),
[P("Bríu Quân", "Phó Bí thư Thường trực Huyện ủy"),
 P("Alăng Thị Hoa", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Zơrâm Vy", "Bí thư Đảng ủy xã A Xan"),
 P("Bhling Mia", "già làng", "Bí thư Chi bộ thôn Arớch"),
 P("A Rất Nhói", "Phó Trưởng Ban Tổ chức Huyện ủy")],
[Q("11 đảng viên mới", 11, "đảng viên mới"), Q("67 đảng viên", 67, "đảng viên"), Q("74,4%", 74.4, "%"), Q("100%", 100, "%"),
 Q("52 chi bộ thôn", 52, "chi bộ thôn"), Q("31.200 ha", 31200, "ha"), Q("1.457 hộ", 1457, "hộ"),
 Q("khoảng 4,5 triệu đồng", 4500000, "đồng", "approx"), Q("73 quần chúng ưu tú", 73, "quần chúng ưu tú"),
 Q("9 chi bộ", 9, "chi bộ"), Q("26 hộ", 26, "hộ"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("70 chi bộ trực thuộc", 70, "chi bộ trực thuộc"), Q("ít nhất 2 quần chúng ưu tú", 2, "quần chúng ưu tú", "over"),
 Q("64 già làng, người có uy tín", 64, "già làng, người có uy tín")],
[D("Kết luận", "112", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 112, 113-KL/HU"),
 D("Kết luận", "113", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 112, 113-KL/HU"),
 D("Quyết định", "99", "QĐ/TW", "2017-10-03", "Ban Bí thư", "Quyết định số 99-QĐ/TW ngày 3/10/2017"),
 D("Hướng dẫn", "12", "HD/BTCTW", None, "Ban Tổ chức Trung ương", "Hướng dẫn số 12-HD/BTCTW"),
 D("Kế hoạch", "129", "KH/TU", "2023-02-14", "Tỉnh ủy", "Kế hoạch số 129-KH/TU ngày 14/2/2023")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm")],
["BÁO QUẢNG NAM", "Trang chủ / Chính trị / Xây dựng Đảng", "Quang cảnh buổi giao ban. Ảnh: A.Nhói", "(QNO)",
 "Giữ rừng là giữ làng", "thôn, làng đoàn kết, không có tội phạm ma túy"],
["2023-09-06 16:20", "tháng 8/2023", "tháng 8", "8 tháng", "tháng 9", "mỗi năm"]))

PAGES.append(page("b5540-lamdong-dangbo-xa-tongket-2023", """
Báo Lâm Đồng điện tử
Thời sự » Xây dựng Đảng » Cơ sở
Ngày đăng 28/12/2023 | 14:00
Đạ Chais: 100% chi bộ thôn có bí thư là người K'Ho
Sáng 27/12, Đảng ủy xã Đạ Chais (huyện Lạc Dương, tỉnh Lâm Đồng) tổ chức hội nghị tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2023 và triển khai nhiệm vụ năm 2024.
Đồng chí Cil Ha Sar phát biểu chỉ đạo hội nghị. Ảnh: Khánh Phúc
Dự hội nghị có đồng chí Cil Ha Sar, HUV, Trưởng Ban Dân vận Huyện ủy Lạc Dương; đồng chí Liêng Hót Ha Thủy, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì; cùng 47 đồng chí là đảng ủy viên, bí thư chi bộ, trưởng thôn và người có uy tín.
Báo cáo tổng kết cho biết, Đảng bộ xã có 6 chi bộ thôn và 3 chi bộ cơ quan, trường học với 164 đảng viên, trong đó 118 đảng viên là người K'Ho, Chil. Năm 2023, Đảng ủy kết nạp 9 đảng viên mới, đạt 112,5% nghị quyết; 6 đảng viên dự bị được công nhận chính thức. 100% chi bộ thôn có bí thư là người đồng bào tại chỗ; các chi bộ sinh hoạt đều đặn vào ngày 3 hằng tháng, đã có 17 buổi sinh hoạt chuyên đề về giữ rừng, phát triển cà phê Arabica và phòng, chống tảo hôn.
Thực hiện Nghị quyết số 21-NQ/TW của BCH Trung ương và Kế hoạch số 86-KH/HU của Huyện ủy, Đảng ủy xã ban hành Nghị quyết chuyên đề số 05-NQ/ĐU về tạo nguồn đảng viên trong học sinh, thanh niên dân tộc thiểu số. Nhờ vậy, năm qua các đoàn thể đã giới thiệu 21 đoàn viên, hội viên ưu tú, có 14 người đã học lớp nhận thức về Đảng.
Trong công tác vận động nhân dân, các chi bộ lãnh đạo 1.082 hộ nhận khoán bảo vệ trên 24.000 ha rừng, mỗi năm thu từ dịch vụ môi trường rừng gần 13 tỷ đồng; thu nhập bình quân đạt 46 triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 4,2%. Tuy nhiên, còn 2 vụ tảo hôn xảy ra tại thôn Đạ Nhim; một số đảng viên trẻ chưa mạnh dạn phát biểu trong sinh hoạt chi bộ.
Tại hội nghị, bà Kră Jăn K'Bé, Bí thư Chi bộ thôn Đưng K'si, chia sẻ cách đưa chuyện của từng nhà vào sinh hoạt chi bộ. Ông Bon Yô K'Dúc, người có uy tín thôn Đạ Nhim, đề nghị mỗi chi bộ giao đảng viên trẻ phụ trách vận động chống tảo hôn.
Phát biểu chỉ đạo, đồng chí Cil Ha Sar đề nghị năm 2024 Đảng ủy xã thực hiện tốt Quy định số 24-QĐ/TW, phấn đấu kết nạp ít nhất 8 đảng viên, duy trì tất cả chi bộ hoàn thành tốt nhiệm vụ trở lên; tiếp tục phong trào "Dân vận khéo" gắn với xây dựng nông thôn mới.
Dịp này, Đảng ủy xã khen thưởng 2 chi bộ và 5 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2023.
Khánh Phúc
Xem thêm
- Lạc Dương kết nạp 63 đảng viên năm 2023 (20/12/2023)
- Đam Rông giao ban công tác dân vận quý IV (14/12/2023)
- Trao Huy hiệu Đảng cho đảng viên người K'Ho (07/11/2023)
""", "2023-12-28", "Đạ Chais: 100% chi bộ thôn có bí thư là người K'Ho",
E("tong_ket", "2023", "2023-12-27"),
[P("Cil Ha Sar", "HUV", "Trưởng Ban Dân vận Huyện ủy Lạc Dương"),
 P("Liêng Hót Ha Thủy", "Bí thư Đảng ủy", "Chủ tịch HĐND xã"),
 P("Kră Jăn K'Bé", "Bí thư Chi bộ thôn Đưng K'si"),
 P("Bon Yô K'Dúc", "người có uy tín thôn Đạ Nhim")],
[Q("100%", 100, "%"), Q("47 đồng chí", 47, "đồng chí"), Q("6 chi bộ thôn", 6, "chi bộ thôn"), Q("3 chi bộ cơ quan, trường học", 3, "chi bộ cơ quan, trường học"),
 Q("164 đảng viên", 164, "đảng viên"), Q("118 đảng viên", 118, "đảng viên"), Q("9 đảng viên mới", 9, "đảng viên mới"),
 Q("112,5%", 112.5, "%"), Q("6 đảng viên dự bị", 6, "đảng viên dự bị"), Q("17 buổi sinh hoạt chuyên đề", 17, "buổi sinh hoạt chuyên đề"),
 Q("21 đoàn viên, hội viên ưu tú", 21, "đoàn viên, hội viên ưu tú"), Q("14 người", 14, "người"), Q("1.082 hộ", 1082, "hộ"),
 Q("trên 24.000 ha", 24000, "ha", "over"), Q("gần 13 tỷ đồng", 13000000000, "đồng", "approx"), Q("46 triệu đồng", 46000000, "đồng"),
 Q("4,2%", 4.2, "%"), Q("2 vụ tảo hôn", 2, "vụ tảo hôn"), Q("ít nhất 8 đảng viên", 8, "đảng viên", "over"),
 Q("2 chi bộ", 2, "chi bộ"), Q("5 đảng viên", 5, "đảng viên")],
[D("Nghị quyết", "21", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 21-NQ/TW"),
 D("Kế hoạch", "86", "KH/HU", None, "Huyện ủy", "Kế hoạch số 86-KH/HU"),
 D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 05-NQ/ĐU"),
 D("Quy định", "24", "QĐ/TW", None, None, "Quy định số 24-QĐ/TW")],
[prov("Lâm Đồng"), com("Đạ Chais")],
["Báo Lâm Đồng điện tử", "Thời sự » Xây dựng Đảng » Cơ sở", "Đồng chí Cil Ha Sar phát biểu chỉ đạo hội nghị. Ảnh: Khánh Phúc",
 "Dân vận khéo"],
["Ngày đăng 28/12/2023 | 14:00", "năm 2023", "năm 2024", "47 đồng chí", "ngày 3 hằng tháng", "mỗi năm"]))

PAGES.append(page("b5541-binhduong-btctu-hoinghi-2024", """
BÁO BÌNH DƯƠNG ONLINE
Thứ Sáu, 21/06/2024 - 08:30
Chính trị - Xây dựng Đảng
Đồng chí Trịnh Văn Khải phát biểu tại hội nghị.
Phát triển đảng viên là công nhân trong doanh nghiệp ngoài nhà nước
Chiều 20/6, Ban Tổ chức Tỉnh ủy Bình Dương phối hợp với Liên đoàn Lao động tỉnh tổ chức hội nghị năm 2024 về xây dựng tổ chức đảng và phát triển đảng viên trong doanh nghiệp khu vực ngoài nhà nước. Đồng chí Trịnh Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì; dự có các đồng chí Phó Chủ tịch Liên đoàn Lao động tỉnh: Nguyễn Thị Kim Chi, Võ Hoàng Nam và đại diện 126 doanh nghiệp.
Theo báo cáo, toàn tỉnh có 468 tổ chức đảng trong doanh nghiệp ngoài nhà nước với 6.930 đảng viên; 318 doanh nghiệp có tổ chức công đoàn nhưng chưa có tổ chức đảng. Từ năm 2022 đến nay, thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của BCH Trung ương và Kết luận số 80-KL/TW của Ban Bí thư, các cấp ủy đã kết nạp 1.512 đảng viên là công nhân, trong đó 647 công nhân là người ngoài tỉnh. Công đoàn các cấp đã giới thiệu 2.860 đoàn viên công đoàn ưu tú cho Đảng.
Đồng chí Lâm Văn Hưng, Bí thư Đảng ủy Khối doanh nghiệp tỉnh, cho biết khó nhất là thời gian: công nhân làm ca, tăng ca nên khó bố trí học lớp nhận thức về Đảng; nhiều người chuyển việc trước khi hoàn tất hồ sơ. Bà Trần Thị Thu Thảo, Bí thư Chi bộ Công ty TNHH Giày dép Phú Tân, chia sẻ chi bộ sinh hoạt vào tối thứ Bảy để công nhân dự được; 2 năm qua kết nạp 19 đảng viên, có 4 tổ trưởng sản xuất.
Ông Park Jun Ho, Tổng Giám đốc Công ty TNHH Điện tử Hanam Vina (doanh nghiệp vốn Hàn Quốc), cho biết công ty tạo điều kiện cho chi bộ có phòng sinh hoạt riêng, hỗ trợ 30 triệu đồng mỗi năm cho hoạt động của chi bộ và công đoàn. Đồng chí Huỳnh Thị Thanh Tâm, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các chi bộ doanh nghiệp phối hợp tổ chức đối thoại định kỳ giữa người sử dụng lao động và công nhân, kịp thời giải quyết 47 kiến nghị về tiền lương, nhà trọ đã ghi nhận từ đầu năm.
Kết luận hội nghị, đồng chí Trịnh Văn Khải yêu cầu thực hiện Chỉ thị 07, 08-CT/TU của Ban Thường vụ Tỉnh ủy về thành lập tổ chức đảng trong doanh nghiệp có từ 300 lao động trở lên và về kết nạp đảng viên trong công nhân; phấn đấu năm 2024 thành lập mới ít nhất 20 tổ chức đảng, kết nạp khoảng 600 đảng viên là công nhân. Các cấp ủy thực hiện đúng Hướng dẫn số 01-HD/TW ngày 28/9/2021 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng; rút ngắn thời gian thẩm tra lý lịch đối với công nhân ngoài tỉnh.
Dịp này, Ban Tổ chức Tỉnh ủy khen thưởng 8 chi bộ doanh nghiệp tiêu biểu, mỗi chi bộ được thưởng 5 triệu đồng.
Thanh Hoa
Tin liên quan
- Thuận An kết nạp 140 đảng viên là công nhân (10/06/2024)
- Ra mắt Chi bộ Công ty cổ phần Gỗ Minh Phát (29/05/2024)
- Đối thoại với công nhân các khu công nghiệp (15/05/2024)
""", "2024-06-21", "Phát triển đảng viên là công nhân trong doanh nghiệp ngoài nhà nước",
E("hoi_nghi", "2024", "2024-06-20"),
[P("Trịnh Văn Khải", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Thị Kim Chi", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Võ Hoàng Nam", "Phó Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Lâm Văn Hưng", "Bí thư Đảng ủy Khối doanh nghiệp tỉnh"),
 P("Trần Thị Thu Thảo", "Bí thư Chi bộ Công ty TNHH Giày dép Phú Tân"),
 P("Park Jun Ho", "Tổng Giám đốc Công ty TNHH Điện tử Hanam Vina"),
 P("Huỳnh Thị Thanh Tâm", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("126 doanh nghiệp", 126, "doanh nghiệp"), Q("468 tổ chức đảng", 468, "tổ chức đảng"), Q("6.930 đảng viên", 6930, "đảng viên"),
 Q("318 doanh nghiệp", 318, "doanh nghiệp"), Q("1.512 đảng viên", 1512, "đảng viên"), Q("647 công nhân", 647, "công nhân"),
 Q("2.860 đoàn viên công đoàn ưu tú", 2860, "đoàn viên công đoàn ưu tú"), Q("19 đảng viên", 19, "đảng viên"),
 Q("4 tổ trưởng sản xuất", 4, "tổ trưởng sản xuất"), Q("30 triệu đồng", 30000000, "đồng"), Q("47 kiến nghị", 47, "kiến nghị"),
 Q("từ 300 lao động trở lên", 300, "lao động", "over"), Q("ít nhất 20 tổ chức đảng", 20, "tổ chức đảng", "over"),
 Q("khoảng 600 đảng viên", 600, "đảng viên", "approx"), Q("8 chi bộ doanh nghiệp tiêu biểu", 8, "chi bộ doanh nghiệp tiêu biểu"),
 Q("5 triệu đồng", 5000000, "đồng")],
[D("Nghị quyết", "21", "NQ/TW", "2022-06-16", "BCH Trung ương", "Nghị quyết số 21-NQ/TW ngày 16/6/2022"),
 D("Kết luận", "80", "KL/TW", None, "Ban Bí thư", "Kết luận số 80-KL/TW"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 07, 08-CT/TU"),
 D("Hướng dẫn", "01", "HD/TW", "2021-09-28", "Ban Bí thư", "Hướng dẫn số 01-HD/TW ngày 28/9/2021")],
[prov("Bình Dương")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị - Xây dựng Đảng", "Đồng chí Trịnh Văn Khải phát biểu tại hội nghị.",
 "Công ty TNHH Điện tử Hanam Vina", "Điều lệ Đảng"],
["Thứ Sáu, 21/06/2024 - 08:30", "năm 2024", "năm 2022", "thứ Bảy", "2 năm qua", "mỗi năm"]))

PAGES.append(page("b5542-dienbien-chibo-chandung-2024", """
ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên
Xã hội › Gương sáng › Người tốt, việc tốt
03/10/2024 06:00
Người "giữ lửa" chi bộ bản Huổi Lếch
Anh Giàng A Chứ (bìa phải) trao đổi với đảng viên trong chi bộ.
(ĐBP) - Mười năm làm Bí thư Chi bộ bản Huổi Lếch, xã Mường Toong (huyện Mường Nhé, tỉnh Điện Biên), anh Giàng A Chứ đã cùng chi bộ đưa một bản từng có hơn nửa số hộ tin theo "Vàng Chứ" trở thành bản văn hóa, không còn người bỏ bản đi nơi khác.
Bản Huổi Lếch có 128 hộ với 734 khẩu, 100% là người Mông. Năm 2014, khi anh Chứ được bầu làm bí thư, chi bộ chỉ có 6 đảng viên, nhiều kỳ sinh hoạt không đủ người, 47 hộ thuộc diện di cư tự do. Anh đề xuất với Đảng ủy xã cho chi bộ sinh hoạt vào tối ngày 15 hằng tháng tại nhà văn hóa, mời trưởng bản, chi hội trưởng các đoàn thể cùng dự; mỗi kỳ chỉ bàn 1 việc cụ thể như làm đường, giữ rừng, đưa trẻ đến trường.
Theo đồng chí Sùng A Dế, Phó Bí thư Thường trực Đảng ủy xã Mường Toong, đến nay chi bộ đã có 23 đảng viên, 10 năm liền hoàn thành tốt nhiệm vụ; bản đã kết nạp 17 đảng viên mới, trong đó 9 đảng viên nữ và 12 đảng viên là đoàn viên thanh niên. Thực hiện Nghị quyết số 09-NQ/ĐU của Đảng ủy xã và Kế hoạch 55-KH/HU của Ban Thường vụ Huyện ủy, chi bộ phân công mỗi đảng viên phụ trách 5 hộ; đến nay 25 hộ di cư tự do đã ổn định nơi ở, tỷ lệ hộ nghèo giảm từ 71% xuống còn 38,6%.
Chị Vàng Thị Mỷ, Bí thư Chi đoàn bản, người được kết nạp năm 2021, kể: "Anh Chứ kèm em từ khi học lớp cảm tình Đảng, dạy em cách nói để bà con nghe". Cùng với chi đoàn, chi bộ đã vận động 31 gia đình cho con gái học tiếp cấp 3, không tảo hôn.
Ông Lý A Páo, người có uy tín bản Huổi Lếch, cho biết từ khi có chi bộ mạnh, bà con tự nguyện hiến 4.600 m2 đất làm đường liên bản và góp trên 120 ngày công. Năm 2023, anh Giàng A Chứ được Ban Thường vụ Tỉnh ủy tặng bằng khen theo Quyết định số 1215-QĐ/TU về tuyên dương đảng viên tiêu biểu thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị.
Đồng chí Lò Văn Hoan, HUV, Trưởng Ban Tổ chức Huyện ủy Mường Nhé, đánh giá Chi bộ bản Huổi Lếch là mô hình để nhân rộng trong 9 xã biên giới của huyện. Theo đồng chí, điều làm nên sự khác biệt là bí thư chi bộ sống cùng bà con, nói tiếng Mông, hiểu phong tục, không ngại đến từng nhà khi có việc khó; mỗi nghị quyết của chi bộ đều ngắn gọn, có người chịu trách nhiệm và thời hạn cụ thể.
Nói về dự định, anh Chứ chỉ mong chi bộ có thêm đảng viên trẻ, để khi anh thôi làm bí thư, sẽ có người tiếp tục giữ nền nếp sinh hoạt và giữ lòng tin của bà con với Đảng.
Thành Đạt
Tin liên quan
- Mường Nhé: 100% bản có chi bộ (20/09/2024)
- Kết nạp đảng viên là người La Hủ (05/09/2024)
- Điện Biên tổng kết 20 năm "Dân vận khéo" (22/08/2024)
""", "2024-10-03", "Người \"giữ lửa\" chi bộ bản Huổi Lếch",
E("khac", None, None),
[P("Giàng A Chứ", "Bí thư Chi bộ bản Huổi Lếch"),
 P("Sùng A Dế", "Phó Bí thư Thường trực Đảng ủy xã Mường Toong"),
 P("Vàng Thị Mỷ", "Bí thư Chi đoàn bản"),
 P("Lý A Páo", "người có uy tín bản Huổi Lếch"),
 P("Lò Văn Hoan", "HUV", "Trưởng Ban Tổ chức Huyện ủy Mường Nhé")],
[Q("128 hộ", 128, "hộ"), Q("734 khẩu", 734, "khẩu"), Q("100%", 100, "%"), Q("6 đảng viên", 6, "đảng viên"),
 Q("47 hộ", 47, "hộ"), Q("23 đảng viên", 23, "đảng viên"), Q("17 đảng viên mới", 17, "đảng viên mới"),
 Q("9 đảng viên nữ", 9, "đảng viên nữ"), Q("12 đảng viên", 12, "đảng viên"), Q("5 hộ", 5, "hộ"),
 Q("25 hộ di cư tự do", 25, "hộ di cư tự do"), Q("71%", 71, "%"), Q("38,6%", 38.6, "%"), Q("31 gia đình", 31, "gia đình"),
 Q("4.600 m2", 4600, "m2"), Q("trên 120 ngày công", 120, "ngày công", "over"), Q("9 xã biên giới", 9, "xã biên giới")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 09-NQ/ĐU"),
 D("Kế hoạch", "55", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 55-KH/HU"),
 D("Quyết định", "1215", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quyết định số 1215-QĐ/TU"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW")],
[prov("Điện Biên"), com("Mường Toong")],
["ĐIỆN BIÊN PHỦ ONLINE - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Điện Biên", "Xã hội › Gương sáng › Người tốt, việc tốt",
 "Anh Giàng A Chứ (bìa phải) trao đổi với đảng viên trong chi bộ.", "(ĐBP)", "giữ lửa", "Vàng Chứ"],
["03/10/2024 06:00", "Mười năm", "Năm 2014", "ngày 15 hằng tháng", "1 việc cụ thể", "10 năm liền", "năm 2021", "cấp 3", "Năm 2023"]))
