from lib import *
PAGES = []

PAGES.append(page("b7547-hatinh-daihoi-phunuxa-2016", """
Báo Hà Tĩnh
Xã hội >> Phụ nữ
20-05-2016 09:40
Ban Chấp hành Hội LHPN xã Cẩm Lạc khóa mới ra mắt đại hội.
Cẩm Lạc: Đại hội Phụ nữ đặt mục tiêu 100% chi hội có tổ tiết kiệm
(Baohatinh.vn) - Ngày 19/5, Hội LHPN xã Cẩm Lạc (Cẩm Xuyên, Hà Tĩnh) tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XIII, nhiệm kỳ 2016 - 2021. Đây là đại hội điểm cấp cơ sở của huyện Cẩm Xuyên.
Dự đại hội có Phó Chủ tịch Hội LHPN huyện Cẩm Xuyên Trần Thị Lý; ông Phan Văn Thắng, Bí thư Đảng ủy xã cùng 117 đại biểu đại diện cho hơn 1.240 hội viên phụ nữ trong toàn xã.
Nhiệm kỳ 2011 - 2016, Hội Phụ nữ xã đã làm tốt vai trò cầu nối đưa vốn tín dụng chính sách đến với hội viên. Hiện Hội quản lý 9 tổ tiết kiệm và vay vốn với 512 hộ vay, tổng dư nợ 14,6 tỷ đồng, không có nợ quá hạn. Nguồn vốn vay từ Ngân hàng Chính sách xã hội giúp chị em đầu tư nuôi lợn, trồng rau an toàn, mở dịch vụ may mặc; 5 năm qua đã có 87 hộ hội viên thoát nghèo, tỷ lệ hộ nghèo của xã giảm từ 16,4% xuống còn 6,1%. Ngoài ra, các chi hội còn duy trì 14 nhóm "Phụ nữ tiết kiệm", giúp nhau 320 ngày công lao động và trên 45 triệu đồng không tính lãi.
Tham luận tại đại hội, chị Võ Thị Thu, Tổ trưởng tổ TK&VV thôn Trung Tiến, kể lại cách tổ mình vận động hộ vay lập sổ tiết kiệm gia đình, mỗi tháng gửi từ 20.000 đến 50.000 đồng để đến hạn có tiền trả gốc.
Phát biểu chỉ đạo, đồng chí Trần Thị Lý đề nghị nhiệm kỳ tới, Hội Phụ nữ xã tiếp tục thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy về nâng cao chất lượng tín dụng chính sách xã hội, củng cố các tổ TK&VV, phấn đấu 100% chi hội đều có tổ hoạt động hiệu quả; gắn công tác ủy thác với cuộc vận động "Xây dựng gia đình 5 không, 3 sạch" và phong trào xây dựng nông thôn mới.
Đại hội đề ra 8 chỉ tiêu chủ yếu, trong đó phấn đấu hằng năm có ít nhất 25 hộ hội viên được vay vốn mới, giảm tỷ lệ hộ nghèo trong hội viên bình quân 2%/năm. Thực hiện Hướng dẫn số 23/HD-ĐCT của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam, đại hội đã bầu 15 đồng chí vào Ban Chấp hành khóa mới. Tại hội nghị lần thứ nhất, chị Nguyễn Thị Hằng được tín nhiệm bầu giữ chức Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021; chị Lê Thị Hoa được bầu làm Phó Chủ tịch Hội LHPN xã.
Đại hội cũng bầu 3 đại biểu chính thức đi dự Đại hội đại biểu Phụ nữ huyện Cẩm Xuyên lần thứ XX.
Phát biểu nhận nhiệm vụ, chị Nguyễn Thị Hằng cho biết Ban Chấp hành sẽ ưu tiên mở thêm 2 tổ TK&VV ở hai thôn Tân Phúc và Trung Tiến, nơi số hộ có nhu cầu vay vốn còn lớn.
Thu Trang
Bình luận (2)
Tin liên quan
- Đại hội Phụ nữ xã Cẩm Hưng nhiệm kỳ 2016 - 2021 (17/05/2016)
- Hội LHPN Hà Tĩnh trao vốn cho 30 hội viên nghèo (10/05/2016)
- Nhân rộng mô hình tổ tiết kiệm phụ nữ (04/05/2016)
""", "2016-05-20", "Cẩm Lạc: Đại hội Phụ nữ đặt mục tiêu 100% chi hội có tổ tiết kiệm",
E("dai_hoi", None, "2016-05-19"),
[P("Trần Thị Lý", "Phó Chủ tịch Hội LHPN huyện Cẩm Xuyên"),
 P("Phan Văn Thắng", "Bí thư Đảng ủy xã"),
 P("Võ Thị Thu", "Tổ trưởng tổ TK&VV thôn Trung Tiến"),
 P("Nguyễn Thị Hằng", "Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021"),
 P("Lê Thị Hoa", "Phó Chủ tịch Hội LHPN xã")],
[Q("100% chi hội", 100, "%"), Q("117 đại biểu", 117, "đại biểu"), Q("hơn 1.240 hội viên phụ nữ", 1240, "hội viên phụ nữ", "over"),
 Q("9 tổ tiết kiệm và vay vốn", 9, "tổ tiết kiệm và vay vốn"), Q("512 hộ", 512, "hộ"), Q("14,6 tỷ đồng", 14600000000, "đồng"),
 Q("87 hộ hội viên", 87, "hộ hội viên"), Q("16,4%", 16.4, "%"), Q("6,1%", 6.1, "%"), Q("14 nhóm", 14, "nhóm"),
 Q("320 ngày công lao động", 320, "ngày công lao động"), Q("trên 45 triệu đồng", 45000000, "đồng", "over"),
 Q("20.000", 20000, "đồng"), Q("50.000 đồng", 50000, "đồng"), Q("8 chỉ tiêu chủ yếu", 8, "chỉ tiêu chủ yếu"),
 Q("ít nhất 25 hộ hội viên", 25, "hộ hội viên", "over"), Q("2%", 2, "%"), Q("15 đồng chí", 15, "đồng chí"),
 Q("3 đại biểu chính thức", 3, "đại biểu chính thức"), Q("2 tổ TK&VV", 2, "tổ TK&VV")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU"),
 D("Hướng dẫn", "23", "HD-ĐCT", None, "Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam", "Hướng dẫn số 23/HD-ĐCT")],
[prov("Hà Tĩnh"), com("Cẩm Lạc")],
["Báo Hà Tĩnh", "Xã hội >> Phụ nữ", "Ban Chấp hành Hội LHPN xã Cẩm Lạc khóa mới ra mắt đại hội.", "(Baohatinh.vn)",
 "Phụ nữ tiết kiệm", "Xây dựng gia đình 5 không, 3 sạch", "Bình luận (2)"],
["20-05-2016 09:40", "lần thứ XIII", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "5 năm", "15 đồng chí", "lần thứ nhất",
 "lần thứ XX", "5 không, 3 sạch"]))

PAGES.append(page("b7548-laocai-traoso-tietkiem-2017", """
LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai
Thứ Tư, 18/01/2017
Xã hội - Bà mẹ và trẻ em
Trao 100 sổ tiết kiệm và quà Tết cho phụ nữ nghèo Bắc Hà
Đồng chí Giàng Thị Dung trao sổ tiết kiệm cho hội viên xã Bản Phố.
Chiều 17/1, tại xã Bản Phố, huyện Bắc Hà, Hội LHPN tỉnh Lào Cai phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh và các nhà hảo tâm tổ chức trao 100 sổ tiết kiệm, mỗi sổ trị giá 1 triệu đồng, cùng 200 suất quà Tết cho hội viên phụ nữ thuộc hộ nghèo, tổ viên các tổ tiết kiệm và vay vốn có hoàn cảnh đặc biệt khó khăn.
Mỗi suất quà gồm gạo, dầu ăn, bánh kẹo và 300.000 đồng tiền mặt, trị giá khoảng 500.000 đồng. Tổng trị giá sổ tiết kiệm và quà tặng hơn 200 triệu đồng, được trích từ Quỹ "Vì phụ nữ nghèo" và nguồn tài trợ của cán bộ, nhân viên NHCSXH tỉnh.
Phát biểu tại buổi trao quà, đồng chí Giàng Thị Dung, Phó Chủ tịch Hội LHPN tỉnh cho biết: thực hiện Kế hoạch số 03/KH-HPN ngày 5/1/2017 của Hội LHPN tỉnh về chăm lo Tết Đinh Dậu cho phụ nữ nghèo, các cấp Hội đã vận động được gần 1,5 tỷ đồng để thăm, tặng quà cho khoảng 3.000 hội viên trên toàn tỉnh. Bắc Hà là huyện thứ 3 được Hội tỉnh về trao quà trực tiếp.
Xã Bản Phố hiện có 8 tổ TK&VV do Hội Phụ nữ xã quản lý, 356 hộ vay với dư nợ 11,2 tỷ đồng. Theo ông Vàng Seo Cường, Chủ tịch UBND xã Bản Phố, nhiều hộ người Mông đã dùng vốn vay trồng mận Tam Hoa, nuôi lợn đen, làm homestay đón khách; năm 2016 xã giảm được 41 hộ nghèo.
Chị Lý Thị Sai, Tổ trưởng tổ TK&VV thôn Sín Chải, xúc động nói: "Sổ tiết kiệm 1 triệu đồng là món tiền lớn với nhiều chị em ở đây. Chị em sẽ gửi tiếp mỗi tháng một ít để có vốn nuôi thêm gà, lợn". Tổ của chị có 41 tổ viên, vay 1,3 tỷ đồng, tháng nào cũng thu lãi đủ.
Ông Nguyễn Hữu Lộc, Phó Giám đốc Chi nhánh NHCSXH tỉnh Lào Cai, cho biết những năm gần đây Chi nhánh luôn coi Hội Phụ nữ là "cánh tay nối dài" đưa vốn tới hộ nghèo. Toàn tỉnh có 1.049 tổ TK&VV của Hội, chiếm 36% số tổ; nhiều tổ ở vùng cao đã được Hội cử cán bộ biết tiếng Mông, tiếng Dao hỗ trợ ghi chép sổ sách.
Theo kế hoạch, từ nay đến trước Tết, các đoàn công tác của Hội LHPN tỉnh sẽ tiếp tục về Si Ma Cai, Mường Khương, Bát Xát để thăm hỏi, tặng quà; đồng thời kiểm tra tình hình sinh hoạt tổ, việc thu lãi, thu tiết kiệm ở một số tổ vùng cao, nhắc nhở bà con sử dụng vốn vay đúng mục đích, không để phát sinh nợ quá hạn sau Tết.
Cùng ngày, đoàn cũng trao 20 suất quà cho các cháu học sinh Trường Phổ thông dân tộc bán trú Bản Phố.
Minh Nguyệt
Lượt xem: 2.316
Các tin khác
- Si Ma Cai: Giải ngân 6 tỷ đồng vốn vay nhà ở (12/01/2017)
- Phụ nữ Bảo Yên thi gói bánh chưng (09/01/2017)
- Hội nghị tổng kết công tác Hội năm 2016 (05/01/2017)
""", "2017-01-18", "Trao 100 sổ tiết kiệm và quà Tết cho phụ nữ nghèo Bắc Hà",
E("trao_qua", None, "2017-01-17"),
[P("Giàng Thị Dung", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Vàng Seo Cường", "Chủ tịch UBND xã Bản Phố"),
 P("Lý Thị Sai", "Tổ trưởng tổ TK&VV thôn Sín Chải"),
 P("Nguyễn Hữu Lộc", "Phó Giám đốc Chi nhánh NHCSXH tỉnh Lào Cai")],
[Q("100 sổ tiết kiệm", 100, "sổ tiết kiệm"), Q("1 triệu đồng", 1000000, "đồng"), Q("200 suất quà", 200, "suất quà"),
 Q("300.000 đồng", 300000, "đồng"), Q("khoảng 500.000 đồng", 500000, "đồng", "approx"),
 Q("hơn 200 triệu đồng", 200000000, "đồng", "over"), Q("gần 1,5 tỷ đồng", 1500000000, "đồng", "approx"),
 Q("khoảng 3.000 hội viên", 3000, "hội viên", "approx"), Q("8 tổ TK&VV", 8, "tổ TK&VV"), Q("356 hộ", 356, "hộ"),
 Q("11,2 tỷ đồng", 11200000000, "đồng"), Q("41 hộ nghèo", 41, "hộ nghèo"), Q("41 tổ viên", 41, "tổ viên"),
 Q("1,3 tỷ đồng", 1300000000, "đồng"), Q("1.049 tổ TK&VV", 1049, "tổ TK&VV"), Q("36%", 36, "%"),
 Q("20 suất quà", 20, "suất quà")],
[D("Kế hoạch", "03", "KH-HPN", "2017-01-05", "Hội LHPN tỉnh", "Kế hoạch số 03/KH-HPN ngày 5/1/2017")],
[prov("Lào Cai"), com("Bản Phố")],
["LÀO CAI ĐIỆN TỬ - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Lào Cai", "Xã hội - Bà mẹ và trẻ em",
 "Đồng chí Giàng Thị Dung trao sổ tiết kiệm cho hội viên xã Bản Phố.", "Vì phụ nữ nghèo", "cánh tay nối dài", "Lượt xem: 2.316"],
["Thứ Tư, 18/01/2017", "Tết Đinh Dậu", "huyện thứ 3", "năm 2016", "Lượt xem: 2.316"]))

PAGES.append(page("b7549-longan-doithoai-vayvon-2018", """
BÁO LONG AN ONLINE
Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật
24/08/2018 - 15:30
Đức Hòa: Chủ tịch UBND huyện đối thoại với hội viên phụ nữ về vốn vay
LA - Sáng 23/8, UBND huyện Đức Hòa (Long An) phối hợp với Hội LHPN huyện tổ chức hội nghị đối thoại năm 2018 giữa người đứng đầu chính quyền với hội viên, phụ nữ, chủ đề "Phụ nữ tiếp cận vốn vay ưu đãi để phát triển kinh tế". Chủ tịch UBND huyện Đức Hòa Nguyễn Văn Út chủ trì buổi đối thoại.
Cùng dự có bà Lê Thị Ngọc Hân, Phó Chủ tịch UBND huyện - Trưởng Ban đại diện Hội đồng quản trị NHCSXH huyện; bà Võ Thị Kim Thoa, Chủ tịch Hội LHPN huyện; ông Trần Văn Bé Hai, Giám đốc Phòng giao dịch NHCSXH huyện cùng hơn 230 hội viên đến từ 20 xã, thị trấn.
Theo báo cáo, Hội LHPN huyện đang quản lý 118 tổ tiết kiệm và vay vốn với 4.963 hộ vay, dư nợ 142,8 tỷ đồng, chiếm 41% tổng dư nợ của Phòng giao dịch. Trước buổi đối thoại, Hội đã tổng hợp 58 ý kiến, kiến nghị của hội viên gửi đến UBND huyện.
Chị Phan Thị Út Mười, hội viên Chi hội ấp Tân Hòa, xã Hòa Khánh Đông, hỏi vì sao gia đình chị vừa thoát nghèo thì không được vay tiếp theo chương trình hộ nghèo. Ông Trần Văn Bé Hai giải thích: theo Quyết định số 28/2015/QĐ-TTg ngày 21/7/2015 của Thủ tướng Chính phủ, hộ mới thoát nghèo được vay vốn trong 3 năm kể từ khi ra khỏi danh sách hộ nghèo, mức vay tối đa 50 triệu đồng/hộ; chị có thể liên hệ tổ trưởng tổ TK&VV để được bình xét.
Chị Nguyễn Thị Bích, thành viên tổ TK&VV ấp 4, xã Mỹ Hạnh Nam, phản ánh thời gian vay vốn giải quyết việc làm ngắn, chưa phù hợp với chu kỳ nuôi bò. Chủ tịch UBND huyện ghi nhận và giao Phòng giao dịch nghiên cứu, kiến nghị cấp trên. Còn bà Đặng Thị Ngọc, Tổ trưởng tổ TK&VV khu phố 3, thị trấn Hậu Nghĩa, đề nghị nâng mức hoa hồng cho tổ trưởng vì công việc ngày càng nhiều.
Trả lời các ý kiến, ông Nguyễn Văn Út cho biết, năm 2018 huyện đã bố trí 3 tỷ đồng vốn ngân sách ủy thác qua NHCSXH để cho vay hộ nghèo, hộ cận nghèo; sẽ tăng lên khoảng 5 tỷ đồng trong năm 2019. Huyện cũng chỉ đạo rà soát Quy chế phối hợp số 02/QCPH giữa Phòng giao dịch và Hội LHPN huyện để bảo đảm việc bình xét cho vay công khai, đúng đối tượng.
Kết thúc buổi đối thoại, có 52 ý kiến được trả lời trực tiếp, 6 ý kiến được giao các phòng, ban chuyên môn trả lời bằng văn bản trong vòng 15 ngày.
Bà Võ Thị Kim Thoa cho biết, đây là lần thứ hai Hội LHPN huyện tổ chức đối thoại chuyên đề với lãnh đạo huyện. Sau buổi đối thoại năm 2017, đã có 37 hộ hội viên được giải quyết cho vay vốn sản xuất, 12 hộ được vay làm nhà vệ sinh, nước sạch.
Thanh Hương
Bài viết liên quan
- Cần Giuộc: Phụ nữ ra mắt 5 tổ tiết kiệm mới (16/08/2018)
- Hội LHPN tỉnh giao ban 6 tháng đầu năm 2018 (02/08/2018)
""", "2018-08-24", "Đức Hòa: Chủ tịch UBND huyện đối thoại với hội viên phụ nữ về vốn vay",
E("doi_thoai", "2018", "2018-08-23"),
[P("Nguyễn Văn Út", "Chủ tịch UBND huyện Đức Hòa"),
 P("Lê Thị Ngọc Hân", "Phó Chủ tịch UBND huyện - Trưởng Ban đại diện Hội đồng quản trị NHCSXH huyện"),
 P("Võ Thị Kim Thoa", "Chủ tịch Hội LHPN huyện"),
 P("Trần Văn Bé Hai", "Giám đốc Phòng giao dịch NHCSXH huyện"),
 P("Phan Thị Út Mười", "hội viên Chi hội ấp Tân Hòa"),
 P("Nguyễn Thị Bích", "thành viên tổ TK&VV ấp 4"),
 P("Đặng Thị Ngọc", "Tổ trưởng tổ TK&VV khu phố 3")],
[Q("hơn 230 hội viên", 230, "hội viên", "over"), Q("20 xã, thị trấn", 20, "xã, thị trấn"),
 Q("118 tổ tiết kiệm và vay vốn", 118, "tổ tiết kiệm và vay vốn"), Q("4.963 hộ", 4963, "hộ"), Q("142,8 tỷ đồng", 142800000000, "đồng"),
 Q("41%", 41, "%"), Q("58 ý kiến, kiến nghị", 58, "ý kiến, kiến nghị"), Q("tối đa 50 triệu đồng", 50000000, "đồng"),
 Q("3 tỷ đồng", 3000000000, "đồng"), Q("khoảng 5 tỷ đồng", 5000000000, "đồng", "approx"), Q("52 ý kiến", 52, "ý kiến"),
 Q("6 ý kiến", 6, "ý kiến"), Q("37 hộ hội viên", 37, "hộ hội viên"), Q("12 hộ", 12, "hộ")],
[D("Quyết định", "28", "2015/QĐ-TTg", "2015-07-21", "Thủ tướng Chính phủ", "Quyết định số 28/2015/QĐ-TTg ngày 21/7/2015"),
 D("Quy chế phối hợp", "02", "QCPH", None, None, "Quy chế phối hợp số 02/QCPH")],
[prov("Long An"), com("Hòa Khánh Đông"), com("Mỹ Hạnh Nam"), com("Hậu Nghĩa")],
["BÁO LONG AN ONLINE", "Trang chủ | Thời sự | Kinh tế | Xã hội | Pháp luật", "Phụ nữ tiếp cận vốn vay ưu đãi để phát triển kinh tế"],
["24/08/2018 - 15:30", "năm 2018", "3 năm", "năm 2019", "15 ngày", "lần thứ hai", "năm 2017"]))

PAGES.append(page("b7550-daklak-baocao-uythac-2019", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK
Trang chủ › Hoạt động Hội › Kinh tế - Xã hội
Thứ Hai, 30/12/2019 - 08:10
Kết quả hoạt động ủy thác cho vay qua Hội Phụ nữ năm 2019
Báo cáo số 125/BC-HPN ngày 20/12/2019 của Ban Thường vụ Hội LHPN tỉnh về kết quả thực hiện công tác ủy thác cho vay vốn Ngân hàng Chính sách xã hội năm 2019 cho thấy hoạt động của các tổ tiết kiệm và vay vốn do Hội Phụ nữ tỉnh Đắk Lắk quản lý tiếp tục ổn định, chất lượng tín dụng được nâng lên.
1. Về dư nợ và tổ TK&VV
Tính đến 30/11/2019, các cấp Hội trong tỉnh đang quản lý 1.357 tổ TK&VV với 71.208 hộ còn dư nợ, tổng dư nợ ủy thác đạt 2.084,7 tỷ đồng, tăng 186 tỷ đồng (tương đương 9,8%) so với cuối năm 2018. Dư nợ qua Hội chiếm 34,2% tổng dư nợ của Chi nhánh NHCSXH tỉnh. Tiền gửi tiết kiệm của tổ viên đạt 47,3 tỷ đồng.
Có 1.281 tổ được xếp loại tốt, chiếm 94,4%; 63 tổ loại khá; 13 tổ loại trung bình, không còn tổ yếu kém. Nợ quá hạn 3,5 tỷ đồng, bằng 0,17% dư nợ, giảm 0,05% so với cùng kỳ.
2. Về đối tượng thụ hưởng
Năm 2019 có 18.540 lượt hộ được vay vốn mới, trong đó gần 6.900 hộ là đồng bào dân tộc thiểu số tại chỗ. Vốn vay đã giúp khoảng 2.100 hộ vượt qua ngưỡng nghèo, hỗ trợ xây dựng 1.820 công trình nước sạch, vệ sinh và 215 căn nhà cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg của Thủ tướng Chính phủ.
3. Đánh giá chung
Báo cáo nêu rõ, một số huyện như Krông Bông, Ea Súp, M'Đrắk tỷ lệ nợ quá hạn vẫn cao hơn mức bình quân; một bộ phận tổ trưởng lớn tuổi, chưa thành thạo ghi chép sổ sách; công tác kiểm tra sau cho vay của cơ sở Hội còn hạn chế.
Theo bà H'Bla Niê, Phó Chủ tịch Hội LHPN tỉnh, năm 2019 Hội đã phối hợp với Chi nhánh NHCSXH tỉnh tập huấn cho 430 cán bộ Hội cơ sở và tổ trưởng, kiểm tra 412 tổ TK&VV tại 98 xã, phường, thị trấn. Nhiều tổ như tổ của chị H'Ruê Mlô, Tổ trưởng tổ TK&VV buôn Ko Siêr, xã Ea Tu (TP Buôn Ma Thuột), đã duy trì 10 năm liền không có nợ quá hạn.
4. Nhiệm vụ năm 2020
Hội đề ra mục tiêu tăng trưởng dư nợ ủy thác từ 8% trở lên, giữ tỷ lệ nợ quá hạn không quá 0,2%; tiếp tục thực hiện Kết luận số 06-KL/HPN của Ban Thường vụ Hội LHPN tỉnh về nâng cao chất lượng hoạt động ủy thác giai đoạn 2019 - 2022, và phối hợp tổ chức giao ban định kỳ hằng quý với Phòng giao dịch NHCSXH 15 huyện, thị xã, thành phố.
Ông Y Thăm Ênuôl, Phó Giám đốc Chi nhánh NHCSXH tỉnh, đánh giá Hội Phụ nữ là đơn vị có số tổ TK&VV xếp loại tốt cao nhất trong 4 tổ chức hội nhận ủy thác.
Hồng Nhung
Tin khác
- Hội LHPN huyện Cư M'gar trao 50 suất quà (25/12/2019)
- Tập huấn nghiệp vụ ủy thác cho cán bộ Hội cơ sở (12/12/2019)
- Lắk: Hội Phụ nữ giúp hội viên M'nông thoát nghèo (03/12/2019)
""", "2019-12-30", "Kết quả hoạt động ủy thác cho vay qua Hội Phụ nữ năm 2019",
E("bao_cao", "2019", "2019-12-20"),
[P("H'Bla Niê", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("H'Ruê Mlô", "Tổ trưởng tổ TK&VV buôn Ko Siêr"),
 P("Y Thăm Ênuôl", "Phó Giám đốc Chi nhánh NHCSXH tỉnh")],
[Q("1.357 tổ TK&VV", 1357, "tổ TK&VV"), Q("71.208 hộ", 71208, "hộ"), Q("2.084,7 tỷ đồng", 2084700000000, "đồng"),
 Q("186 tỷ đồng", 186000000000, "đồng"), Q("9,8%", 9.8, "%"), Q("34,2%", 34.2, "%"), Q("47,3 tỷ đồng", 47300000000, "đồng"),
 Q("1.281 tổ", 1281, "tổ"), Q("94,4%", 94.4, "%"), Q("63 tổ", 63, "tổ"), Q("13 tổ", 13, "tổ"),
 Q("3,5 tỷ đồng", 3500000000, "đồng"), Q("0,17%", 0.17, "%"), Q("0,05%", 0.05, "%"), Q("18.540 lượt hộ", 18540, "lượt hộ"),
 Q("gần 6.900 hộ", 6900, "hộ", "approx"), Q("khoảng 2.100 hộ", 2100, "hộ", "approx"),
 Q("1.820 công trình nước sạch, vệ sinh", 1820, "công trình nước sạch, vệ sinh"), Q("215 căn nhà", 215, "căn nhà"),
 Q("430 cán bộ Hội cơ sở và tổ trưởng", 430, "cán bộ Hội cơ sở và tổ trưởng"), Q("412 tổ TK&VV", 412, "tổ TK&VV"),
 Q("98 xã, phường, thị trấn", 98, "xã, phường, thị trấn"), Q("từ 8% trở lên", 8, "%", "over"), Q("0,2%", 0.2, "%"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("4 tổ chức hội", 4, "tổ chức hội")],
[D("Báo cáo", "125", "BC-HPN", "2019-12-20", "Ban Thường vụ Hội LHPN tỉnh", "Báo cáo số 125/BC-HPN ngày 20/12/2019"),
 D("Quyết định", "33", "2015/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg"),
 D("Kết luận", "06", "KL/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kết luận số 06-KL/HPN")],
[prov("Đắk Lắk"), com("Ea Tu")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK", "Trang chủ › Hoạt động Hội › Kinh tế - Xã hội", "1. Về dư nợ và tổ TK&VV",
 "2. Về đối tượng thụ hưởng", "3. Đánh giá chung", "4. Nhiệm vụ năm 2020"],
["Thứ Hai, 30/12/2019 - 08:10", "30/11/2019", "năm 2018", "10 năm", "giai đoạn 2019 - 2022", "1. Về dư nợ và tổ TK&VV", "2. Về đối tượng thụ hưởng", "3. Đánh giá chung", "4. Nhiệm vụ năm 2020"]))

PAGES.append(page("b7551-quangnam-soket-6thang-2020", """
Báo Quảng Nam Online
Kinh tế | Xã hội | Miền núi
Ngày 10/07/2020 | 09:15
Phụ nữ miền núi vượt khó sau dịch nhờ vốn chính sách
(QNO) - Chiều 9/7, Hội LHPN tỉnh phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Nam tổ chức hội nghị sơ kết công tác ủy thác 6 tháng đầu năm 2020, bàn giải pháp hỗ trợ hội viên khôi phục sản xuất sau dịch Covid-19.
Bà Nguyễn Thị Thu Lan, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh; ông Phạm Ngọc Thanh, Giám đốc Chi nhánh NHCSXH tỉnh đồng chủ trì hội nghị.
Theo báo cáo, đến cuối tháng 6, Hội LHPN các cấp quản lý 1.462 tổ tiết kiệm và vay vốn, dư nợ ủy thác 1.985 tỷ đồng, chiếm 33,1% dư nợ toàn Chi nhánh; 6 tháng qua tăng trưởng gần 96 tỷ đồng. Do ảnh hưởng của dịch, có khoảng 2.700 hộ vay gặp khó khăn trong trả nợ; Hội đã phối hợp rà soát, đề nghị gia hạn nợ cho 1.128 hộ, khoanh nợ cho 46 hộ bị thiệt hại nặng.
Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ, các tổ TK&VV đã phối hợp rà soát người sử dụng lao động đủ điều kiện vay vốn trả lương ngừng việc cho người lao động; tuy nhiên đến nay mới có 2 doanh nghiệp trong tỉnh được giải ngân với số tiền hơn 310 triệu đồng.
Tại hội nghị, các đồng chí Bhnướch Thị Hoa, Zơ Râm Thị Lan - Phó Chủ tịch Hội LHPN huyện, lần lượt của Tây Giang và Đông Giang cho biết, nhiều hộ vay là đồng bào Cơ Tu đi làm thuê ở các tỉnh về quê do dịch, mất thu nhập nên chậm trả lãi. Hội đã vận động các tổ lập "hũ gạo tiết kiệm", "ống heo tiết kiệm" để giúp nhau vượt qua khó khăn. Bà Alăng Thị Bướp, Tổ trưởng tổ TK&VV thôn Arớh, xã A Tiêng, kể tổ có 38 tổ viên thì đã có 9 chị em được cho mượn không lãi khoảng 2 - 3 triệu đồng để mua giống heo, gà tái đàn.
Ông Huỳnh Văn Minh, Phó Giám đốc Phòng giao dịch NHCSXH huyện Núi Thành, cho biết trong quý II, Phòng đã giải ngân cho vay giải quyết việc làm 4,2 tỷ đồng cho 98 lao động bị mất việc trở về địa phương.
Phát biểu kết luận, bà Nguyễn Thị Thu Lan đề nghị 6 tháng cuối năm, các cấp Hội tăng cường kiểm tra sau cho vay, phối hợp với chính quyền xử lý kịp thời nợ đến hạn do dịch bệnh; tập trung vốn cho 6 huyện miền núi phía Tây. Ông Phạm Ngọc Thanh cam kết Chi nhánh sẽ dành khoảng 120 tỷ đồng vốn tăng trưởng trong 6 tháng cuối năm để cho vay qua kênh Hội Phụ nữ.
Hội nghị cũng khen thưởng 16 tổ TK&VV tiêu biểu trong phòng, chống dịch và phát triển kinh tế.
Vĩnh Lộc
TIN CÙNG CHUYÊN MỤC
- Tây Giang: 120 hộ Cơ Tu được vay vốn trồng sâm (01/07/2020)
- Hội Phụ nữ Thăng Bình giúp hội viên bán nông sản (24/06/2020)
- Ngân hàng CSXH giải ngân vốn trả lương ngừng việc (15/06/2020)
""", "2020-07-10", "Phụ nữ miền núi vượt khó sau dịch nhờ vốn chính sách",
E("so_ket", "2020-H1", "2020-07-09"),
[P("Nguyễn Thị Thu Lan", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Phạm Ngọc Thanh", "Giám đốc Chi nhánh NHCSXH tỉnh"),
 P("Bhnướch Thị Hoa", "Phó Chủ tịch Hội LHPN huyện"),
 P("Zơ Râm Thị Lan", "Phó Chủ tịch Hội LHPN huyện"),
 P("Alăng Thị Bướp", "Tổ trưởng tổ TK&VV thôn Arớh"),
 P("Huỳnh Văn Minh", "Phó Giám đốc Phòng giao dịch NHCSXH huyện Núi Thành")],
[Q("1.462 tổ tiết kiệm và vay vốn", 1462, "tổ tiết kiệm và vay vốn"), Q("1.985 tỷ đồng", 1985000000000, "đồng"),
 Q("33,1%", 33.1, "%"), Q("gần 96 tỷ đồng", 96000000000, "đồng", "approx"), Q("khoảng 2.700 hộ", 2700, "hộ", "approx"),
 Q("1.128 hộ", 1128, "hộ"), Q("46 hộ", 46, "hộ"), Q("2 doanh nghiệp", 2, "doanh nghiệp"),
 Q("hơn 310 triệu đồng", 310000000, "đồng", "over"), Q("38 tổ viên", 38, "tổ viên"), Q("9 chị em", 9, "chị em"),
 Q("2 - 3 triệu đồng", 2000000, "đồng", "approx"), Q("3 triệu đồng", 3000000, "đồng", "approx"),
 Q("4,2 tỷ đồng", 4200000000, "đồng"), Q("98 lao động", 98, "lao động"), Q("6 huyện miền núi", 6, "huyện miền núi"),
 Q("khoảng 120 tỷ đồng", 120000000000, "đồng", "approx"), Q("16 tổ TK&VV tiêu biểu", 16, "tổ TK&VV tiêu biểu")],
[D("Nghị quyết", "42", "NQ-CP", "2020-04-09", "Chính phủ", "Nghị quyết số 42/NQ-CP ngày 09/4/2020"),
 D("Quyết định", "15", "2020/QĐ-TTg", "2020-04-24", "Thủ tướng Chính phủ", "Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020")],
[prov("Quảng Nam"), com("A Tiêng")],
["Báo Quảng Nam Online", "Kinh tế | Xã hội | Miền núi", "(QNO)", "hũ gạo tiết kiệm", "ống heo tiết kiệm"],
["Ngày 10/07/2020 | 09:15", "6 tháng đầu năm 2020", "Covid-19", "tháng 6", "quý II", "6 tháng cuối năm"]))

PAGES.append(page("b7552-camau-hoinghi-bieuduong-2020", """
BÁO ẢNH ĐẤT MŨI - CÀ MAU
Vị trí: Trang chủ >> Kinh tế >> Ngân hàng
Cập nhật lúc 16:50 ngày 23/10/2020
Hội nghị biểu dương 50 tổ trưởng tổ tiết kiệm và vay vốn tiêu biểu
Đại biểu nhận giấy khen tại hội nghị. Ảnh: Huỳnh Lâm
Nhân kỷ niệm 90 năm Ngày thành lập Hội LHPN Việt Nam (20/10/1930 - 20/10/2020), ngày 22/10, Hội LHPN tỉnh Cà Mau phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh tổ chức Hội nghị biểu dương tổ trưởng tổ tiết kiệm và vay vốn tiêu biểu năm 2020.
Tham dự có bà Lâm Thị Kim Hồng, Phó Chủ tịch Thường trực Hội LHPN tỉnh; ông Tô Văn Khanh, Phó Giám đốc Chi nhánh NHCSXH tỉnh Cà Mau; đại diện lãnh đạo Hội LHPN 9 huyện, thành phố và 50 tổ trưởng được biểu dương.
Báo cáo tại hội nghị cho biết, sau 6 năm thực hiện Chỉ thị 40-CT/TW ngày 22/11/2014 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với tín dụng chính sách xã hội, Hội LHPN tỉnh hiện quản lý 734 tổ TK&VV, 29.617 thành viên, dư nợ hơn 1.012 tỷ đồng. Tỷ lệ nợ quá hạn giảm từ 0,84% năm 2014 xuống còn 0,28%. Các tổ đã huy động tiền gửi tiết kiệm gần 21 tỷ đồng.
Hội nghị đã nghe 5 tham luận. Bà Danh Thị Sa Ra, Tổ trưởng tổ TK&VV ấp Cơi Năm, xã Khánh Bình Tây Bắc, chia sẻ: tổ có 62 tổ viên, phần lớn là bà con dân tộc Khmer, hơn 8 năm liền tỷ lệ thu lãi đạt 100%. "Bí quyết là mình phải sâu sát, nhà nào khó thì tới thăm, bàn với gia đình cách làm ăn, không để dồn lãi", bà Sa Ra nói. Chị Quách Thị Nhiên, Tổ trưởng tổ TK&VV khóm 6, phường Tân Xuyên, thành phố Cà Mau, kể về cách vận động tổ viên trả nợ trước hạn để nhường vốn cho hộ khác.
Bà Lâm Thị Kim Hồng đánh giá: những tổ trưởng tiêu biểu là "cánh tay nối dài" của Hội và ngân hàng. Thời gian tới, các cấp Hội tiếp tục thực hiện Kế hoạch 88, 89-KH/HPN của Ban Thường vụ Hội LHPN tỉnh về nâng cao chất lượng tín dụng và về phát triển tổ TK&VV ở vùng có đông đồng bào dân tộc Khmer; phấn đấu đến năm 2021 không còn tổ xếp loại trung bình.
Dịp này, Chi nhánh NHCSXH tỉnh tặng giấy khen cho 50 tổ trưởng, mỗi tổ trưởng được tặng kèm 1 triệu đồng; Hội LHPN tỉnh tặng thêm 20 phần quà cho tổ trưởng có hoàn cảnh khó khăn.
Trước đó, các huyện Trần Văn Thời, U Minh, Thới Bình cũng đã tổ chức hội nghị biểu dương cấp huyện với tổng cộng 126 tổ trưởng được khen thưởng.
Trong năm 2020, dù ảnh hưởng của dịch bệnh và hạn mặn, các tổ TK&VV do Hội quản lý vẫn giữ vững chất lượng tín dụng; nhiều tổ trưởng còn chủ động giúp tổ viên tiêu thụ cua, tôm, lúa, hỗ trợ nhau ngày công khi vào vụ, góp phần giúp gần 1.300 hộ hội viên ổn định cuộc sống.
Trần Nguyên
Tin liên quan
- Cà Mau: Giải ngân 45 tỷ đồng hỗ trợ hộ nghèo ứng phó hạn mặn (12/10/2020)
- Hội Phụ nữ tỉnh họp mặt kỷ niệm 90 năm thành lập Hội (19/10/2020)
""", "2020-10-23", "Hội nghị biểu dương 50 tổ trưởng tổ tiết kiệm và vay vốn tiêu biểu",
E("hoi_nghi", "2020", "2020-10-22"),
[P("Lâm Thị Kim Hồng", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Tô Văn Khanh", "Phó Giám đốc Chi nhánh NHCSXH tỉnh Cà Mau"),
 P("Danh Thị Sa Ra", "Tổ trưởng tổ TK&VV ấp Cơi Năm"),
 P("Quách Thị Nhiên", "Tổ trưởng tổ TK&VV khóm 6")],
[Q("50 tổ trưởng tổ tiết kiệm và vay vốn tiêu biểu", 50, "tổ trưởng"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("734 tổ TK&VV", 734, "tổ TK&VV"), Q("29.617 thành viên", 29617, "thành viên"),
 Q("hơn 1.012 tỷ đồng", 1012000000000, "đồng", "over"), Q("0,84%", 0.84, "%"), Q("0,28%", 0.28, "%"),
 Q("gần 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("5 tham luận", 5, "tham luận"), Q("62 tổ viên", 62, "tổ viên"),
 Q("100%", 100, "%"), Q("1 triệu đồng", 1000000, "đồng"), Q("20 phần quà", 20, "phần quà"),
 Q("126 tổ trưởng", 126, "tổ trưởng"), Q("gần 1.300 hộ hội viên", 1300, "hộ hội viên", "approx")],
[D("Chỉ thị", "40", "CT/TW", "2014-11-22", "Ban Bí thư", "Chỉ thị 40-CT/TW ngày 22/11/2014"),
 D("Kế hoạch", "88", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 88, 89-KH/HPN"),
 D("Kế hoạch", "89", "KH/HPN", None, "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch 88, 89-KH/HPN")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc"), com("Tân Xuyên")],
["BÁO ẢNH ĐẤT MŨI - CÀ MAU", "Vị trí: Trang chủ >> Kinh tế >> Ngân hàng", "Đại biểu nhận giấy khen tại hội nghị. Ảnh: Huỳnh Lâm",
 "cánh tay nối dài"],
["Cập nhật lúc 16:50 ngày 23/10/2020", "90 năm", "20/10/1930 - 20/10/2020", "6 năm", "năm 2014", "8 năm", "năm 2021", "năm 2020"]))
