from lib import *
PAGES = []

PAGES.append(page("b9131-thanhhoa-mttq-hoinghi-nd159-2017", """
BÁO THANH HÓA
Trang chủ | Chính trị | Mặt trận - Đoàn thể
17/05/2017 - 10:05
Đồng chí Phạm Thị Thanh Thủy phát biểu tại hội nghị.
Hội nghị triển khai Nghị định 159 về tổ chức và hoạt động của Ban Thanh tra nhân dân
Ngày 16/5, Ban Thường trực Ủy ban MTTQ tỉnh Thanh Hóa tổ chức hội nghị triển khai Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ quy định chi tiết thi hành Luật Thanh tra về tổ chức và hoạt động của Ban Thanh tra nhân dân, đến với hơn 650 đại biểu là Chủ tịch Ủy ban MTTQ, Trưởng ban TTND các xã, phường, thị trấn. Đồng chí Phạm Thị Thanh Thủy, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Tại hội nghị, đồng chí Lê Văn Thanh, Phó Chánh Thanh tra tỉnh, quán triệt những điểm mới của Nghị định số 159/2016/NĐ-CP so với Nghị định số 99/2005/NĐ-CP: Ban TTND ở xã, phường, thị trấn có từ 5 đến 11 thành viên, nhiệm kỳ theo nhiệm kỳ của Ban Thường trực Ủy ban MTTQ cấp xã; thành viên Ban được hỗ trợ kinh phí hoạt động; UBND cấp xã có trách nhiệm cung cấp thông tin, tài liệu cần thiết. Đồng chí Nguyễn Văn Hiếu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn quy trình bầu, bãi nhiệm thành viên và mẫu biên bản, kiến nghị.
Báo cáo của Ban Thường trực cho biết, năm 2016, 635 Ban TTND trong tỉnh với 4.727 thành viên đã tiến hành 2.318 cuộc giám sát, kiến nghị với chính quyền 1.102 nội dung, trong đó 965 kiến nghị đã được tiếp thu, giải quyết; phát hiện sai phạm về kinh tế trên 2,1 tỷ đồng, 620 m2 đất lấn chiếm; hòa giải thành 1.436 vụ việc.
Ý kiến của các đại biểu đều cho rằng, việc quy định rõ trách nhiệm cung cấp thông tin là cơ sở để Ban TTND hoạt động thực chất. Ông Lê Đình Bảy, Trưởng ban TTND xã Quảng Lợi, kể: "Trước đây Ban muốn xem dự toán công trình nhà văn hóa phải đề nghị đến 3 lần". Bà Mai Thị Hòa, Trưởng ban TTND phường Ba Đình (thị xã Bỉm Sơn), đề nghị quy định mức chi cụ thể để các xã không "mỗi nơi một kiểu".
Kết luận hội nghị, đồng chí Phạm Thị Thanh Thủy yêu cầu Ủy ban MTTQ các huyện, thị xã, thành phố tổ chức quán triệt Nghị định đến 100% Ban TTND trước ngày 30/6/2017; tham mưu cấp ủy ban hành văn bản lãnh đạo; phối hợp với Sở Tài chính đề xuất mức hỗ trợ theo Thông tư số 63/2017/TT-BTC của Bộ Tài chính; rà soát, kiện toàn những Ban TTND thiếu thành viên, nhất là sau khi sáp nhập thôn, tổ dân phố.
Trong năm 2017, Mặt trận tỉnh phấn đấu mỗi Ban TTND tổ chức ít nhất 4 cuộc giám sát chuyên đề.
Lê Hà
Tin liên quan
- Ủy ban MTTQ tỉnh giám sát việc thực hiện chính sách đối với người có công (10/05/2017)
- Như Thanh: 17 Ban TTND được tập huấn nghiệp vụ (28/04/2017)
- Hội nghị giao ban công tác Mặt trận quý I (05/04/2017)
""", "2017-05-17", "Hội nghị triển khai Nghị định 159 về tổ chức và hoạt động của Ban Thanh tra nhân dân",
E("hoi_nghi", None, "2017-05-16"),
[P("Phạm Thị Thanh Thủy", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Thanh", "Phó Chánh Thanh tra tỉnh"),
 P("Nguyễn Văn Hiếu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lê Đình Bảy", "Trưởng ban TTND xã Quảng Lợi"),
 P("Mai Thị Hòa", "Trưởng ban TTND phường Ba Đình")],
[Q("hơn 650 đại biểu", 650, "đại biểu", "over"), Q("từ 5 đến 11 thành viên", 5, "thành viên"), Q("11 thành viên", 11, "thành viên"),
 Q("635 Ban TTND", 635, "Ban TTND"), Q("4.727 thành viên", 4727, "thành viên"), Q("2.318 cuộc giám sát", 2318, "cuộc giám sát"),
 Q("1.102 nội dung", 1102, "nội dung"), Q("965 kiến nghị", 965, "kiến nghị"), Q("trên 2,1 tỷ đồng", 2100000000, "đồng", "over"),
 Q("620 m2", 620, "m2"), Q("1.436 vụ việc", 1436, "vụ việc"), Q("100% Ban TTND", 100, "%"),
 Q("ít nhất 4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề", "over")],
[D("Nghị định", "159", "2016/NĐ-CP", "2016-11-29", "Chính phủ", "Nghị định số 159/2016/NĐ-CP ngày 29/11/2016"),
 D("Nghị định", "99", "2005/NĐ-CP", None, None, "Nghị định số 99/2005/NĐ-CP"),
 D("Thông tư", "63", "2017/TT-BTC", None, "Bộ Tài chính", "Thông tư số 63/2017/TT-BTC")],
[prov("Thanh Hóa"), com("Quảng Lợi"), com("Ba Đình")],
["BÁO THANH HÓA", "Trang chủ | Chính trị | Mặt trận - Đoàn thể", "Đồng chí Phạm Thị Thanh Thủy phát biểu tại hội nghị.", "Luật Thanh tra"],
["17/05/2017 - 10:05", "3 lần", "năm 2017"]))

PAGES.append(page("b9132-camau-baocamau-chandung-ttnd-2017", """
Báo Cà Mau
Trang chủ > Xã hội > Gương sáng
Cập nhật lúc 07:30 ngày 10/11/2017
"Cặp mắt" của dân ở xã Tân Hưng Đông
Ông Nguyễn Văn Út (giữa) cùng thành viên Ban TTND kiểm tra tuyến lộ bê tông ấp Tân Điền. Ảnh: Hoàng Vũ
Đã bước sang tuổi 67, ông Nguyễn Văn Út, Trưởng ban Thanh tra nhân dân xã Tân Hưng Đông (huyện Cái Nước) vẫn đều đặn chạy chiếc xe máy cũ đến từng công trình, từng nhà dân có đơn phản ánh. 3 nhiệm kỳ liền giữ chức Trưởng ban TTND, ông được bà con trong xã gọi vui là "cặp mắt" của dân.
Ông Út nguyên là cán bộ địa chính xã, nghỉ hưu năm 2009. Năm 2011, ông được nhân dân tín nhiệm bầu vào Ban TTND và giữ chức Trưởng ban từ đó đến nay. Theo ông, làm thanh tra nhân dân không khó nếu nắm chắc pháp luật và "không ngại va chạm". Trong 6 năm qua, Ban TTND xã do ông đứng đầu đã giám sát 37 cuộc, trong đó có 14 công trình giao thông nông thôn; tiếp nhận 52 đơn thư, kiến nghị của người dân, đề nghị chính quyền giải quyết dứt điểm 49 trường hợp.
Chuyện ông kể nhiều nhất là lần giám sát tuyến lộ bê tông dài 2,4 km ở ấp Tân Điền năm 2015. Phát hiện mặt lộ chỉ dày khoảng 8 cm thay vì 10 cm như thiết kế, ông cùng 2 thành viên Ban lập biên bản, chụp ảnh, báo cáo Ủy ban MTTQ xã và kiến nghị UBND xã tạm dừng nghiệm thu. Nhà thầu sau đó phải làm lại 650 m đường, giá trị khoảng 190 triệu đồng.
Ông Trần Thanh Phong, Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hưng Đông, nhận xét: "Ông Út làm việc có nguyên tắc, kiến nghị có căn cứ nên chính quyền rất tôn trọng. Nhiều vụ việc đất đai, ranh đất giữa các hộ được Ban của ông hòa giải ổn thỏa, không phải lên huyện". Năm 2016, Ban TTND xã Tân Hưng Đông được Ủy ban MTTQ tỉnh tặng Bằng khen; cá nhân ông Út được Chủ tịch UBND tỉnh tặng Bằng khen theo Quyết định số 1865/QĐ-UBND ngày 25/10/2016.
Hỏi về khó khăn, ông Út chỉ cười: mức hỗ trợ cho Trưởng ban mỗi tháng chưa đến 300.000 đồng, không đủ tiền xăng xe, nhưng "dân tin thì mình làm". Ông mong các thành viên trẻ được tập huấn nhiều hơn, nhất là về đọc hồ sơ dự toán, thiết kế công trình, để sau này khi ông nghỉ vẫn có người thay.
Theo Ủy ban MTTQ tỉnh Cà Mau, toàn tỉnh hiện có 101 Ban TTND xã, phường, thị trấn; những người như ông Út là chỗ dựa để Mặt trận cơ sở thực hiện tốt vai trò giám sát, góp phần giữ ổn định ở khu dân cư, hạn chế đơn thư vượt cấp.
Bà Lê Thị Mỹ, một người dân ấp Tân Điền, nói khi con đường làm lại xong, xe chở lúa, chở tôm đi lại thuận lợi, bà con trong ấp ai cũng nhớ công ông Út.
Hoàng Vũ
Tin khác
- Cái Nước: 100% Ban TTND được kiện toàn (02/11/2017)
- Đầm Dơi giám sát chính sách hỗ trợ nhà ở người có công (25/10/2017)
- Tấm lòng người cựu chiến binh ở ấp Kinh Hòa (18/10/2017)
""", "2017-11-10", "\"Cặp mắt\" của dân ở xã Tân Hưng Đông",
E("khac", None, None),
[P("Nguyễn Văn Út", "Trưởng ban Thanh tra nhân dân xã Tân Hưng Đông", "Trưởng ban TTND", "cán bộ địa chính xã"),
 P("Trần Thanh Phong", "Chủ tịch Ủy ban MTTQ Việt Nam xã Tân Hưng Đông"),
 P("Lê Thị Mỹ")],
[Q("37 cuộc", 37, "cuộc"), Q("14 công trình giao thông nông thôn", 14, "công trình giao thông nông thôn"),
 Q("52 đơn thư, kiến nghị", 52, "đơn thư, kiến nghị"), Q("49 trường hợp", 49, "trường hợp"),
 Q("2,4 km", 2.4, "km"), Q("khoảng 8 cm", 8, "cm", "approx"), Q("10 cm", 10, "cm"), Q("2 thành viên", 2, "thành viên"),
 Q("650 m", 650, "m"), Q("khoảng 190 triệu đồng", 190000000, "đồng", "approx"), Q("300.000 đồng", 300000, "đồng"), Q("101 Ban TTND", 101, "Ban TTND")],
[D("Quyết định", "1865", "QĐ-UBND", "2016-10-25", "Chủ tịch UBND tỉnh", "Quyết định số 1865/QĐ-UBND ngày 25/10/2016")],
[prov("Cà Mau"), com("Tân Hưng Đông")],
["Báo Cà Mau", "Trang chủ > Xã hội > Gương sáng",
 "Ông Nguyễn Văn Út (giữa) cùng thành viên Ban TTND kiểm tra tuyến lộ bê tông ấp Tân Điền. Ảnh: Hoàng Vũ", "cặp mắt"],
["Cập nhật lúc 07:30 ngày 10/11/2017", "tuổi 67", "3 nhiệm kỳ", "6 năm", "năm 2009", "năm 2015"]))

PAGES.append(page("b9133-hanam-xa-giamsat-ttnd-2018", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM
Tin tức > Tin địa phương
Ngày 08/06/2018 | 16:20
Ban Thanh tra nhân dân xã Thanh Hà giám sát việc xây dựng nhà văn hóa thôn
Hưởng ứng đợt cao điểm giám sát của Mặt trận huyện Thanh Liêm, tỉnh Hà Nam, từ ngày 21/5 đến 5/6/2018, Ban Thanh tra nhân dân xã Thanh Hà đã tổ chức giám sát việc xây dựng 3 nhà văn hóa thôn và việc huy động, sử dụng các khoản đóng góp của nhân dân. Đây là 3 công trình có tổng mức đầu tư hơn 2,8 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 900 triệu đồng theo Nghị quyết số 05/2016/NQ-HĐND của HĐND tỉnh, phần còn lại do ngân sách xã và nhân dân đóng góp.
Đoàn giám sát gồm 7 thành viên Ban TTND, do ông Trần Văn Lợi, Trưởng ban làm trưởng đoàn; mời thêm ông Đinh Công Thịnh, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã và đại diện Ban Giám sát đầu tư của cộng đồng các thôn Mậu Chử, Lác Nhuế, Thanh Khê tham gia. Đoàn đã làm việc với Ban quản lý dự án xã, kiểm tra hồ sơ thiết kế, dự toán, nhật ký thi công và đo đạc thực tế tại hiện trường.
Kết quả giám sát cho thấy các công trình thi công cơ bản đúng thiết kế, vật liệu bảo đảm chất lượng; việc thu đóng góp được bàn bạc dân chủ tại hội nghị thôn, mỗi khẩu đóng góp 150.000 đồng, công khai tại nhà văn hóa. Tuy nhiên, công trình nhà văn hóa thôn Lác Nhuế có hạng mục sân bê tông thi công thiếu 42 m2 so với thiết kế; 1 thôn chậm công khai quyết toán khoản đóng góp của 215 hộ.
Ngày 6/6, Ban TTND xã đã có văn bản kiến nghị UBND xã chỉ đạo nhà thầu bổ sung phần diện tích còn thiếu trước khi nghiệm thu, yêu cầu Ban phát triển thôn công khai quyết toán trong tháng 6. Ông Nguyễn Hữu Hải, Chủ tịch UBND xã Thanh Hà, cho biết xã tiếp thu toàn bộ kiến nghị và sẽ trả lời bằng văn bản trong 15 ngày.
Theo ông Trần Văn Lợi, từ đầu năm 2018, Ban TTND xã đã tổ chức 4 cuộc giám sát, tiếp nhận 9 kiến nghị của cử tri, chủ yếu về ô nhiễm môi trường chăn nuôi và lấn chiếm hành lang giao thông; đến nay 7 kiến nghị đã được UBND xã giải quyết. Ban thực hiện giám sát theo Chương trình phối hợp số 02/CTPH-MTTQ-UBND giữa Ủy ban MTTQ Việt Nam xã và UBND xã, bảo đảm mỗi kiến nghị đều được theo dõi đến khi có kết quả.
Bà Lê Thị Hạnh, Phó Chủ tịch Ủy ban MTTQ huyện Thanh Liêm, đánh giá cao cách làm của Ban TTND xã Thanh Hà và đề nghị nhân rộng mô hình phối hợp giám sát giữa Ban TTND với Ban Giám sát đầu tư của cộng đồng ở 16 xã, thị trấn trong huyện.
Mạnh Hùng - Đài TT-TH Thanh Liêm
Các tin đã đưa
- Thanh Liêm: tổng kết 5 năm thực hiện Quyết định 217, 218 (30/05/2018)
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 6 HĐND tỉnh (18/05/2018)
- Xã Thanh Hà ra mắt mô hình "Khu dân cư tự quản" (10/05/2018)
""", "2018-06-08", "Ban Thanh tra nhân dân xã Thanh Hà giám sát việc xây dựng nhà văn hóa thôn",
E("giam_sat", None, "2018-05-21"),
[P("Trần Văn Lợi", "Trưởng ban"),
 P("Đinh Công Thịnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Nguyễn Hữu Hải", "Chủ tịch UBND xã Thanh Hà"),
 P("Lê Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ huyện Thanh Liêm")],
[Q("3 nhà văn hóa thôn", 3, "nhà văn hóa thôn"), Q("3 công trình", 3, "công trình"),
 Q("hơn 2,8 tỷ đồng", 2800000000, "đồng", "over"), Q("900 triệu đồng", 900000000, "đồng"),
 Q("7 thành viên Ban TTND", 7, "thành viên Ban TTND"), Q("150.000 đồng", 150000, "đồng"), Q("42 m2", 42, "m2"),
 Q("215 hộ", 215, "hộ"), Q("4 cuộc giám sát", 4, "cuộc giám sát"), Q("9 kiến nghị", 9, "kiến nghị"),
 Q("7 kiến nghị", 7, "kiến nghị"), Q("16 xã, thị trấn", 16, "xã, thị trấn")],
[D("Nghị quyết", "05", "2016/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 05/2016/NQ-HĐND"),
 D("Chương trình phối hợp", "02", "CTPH-MTTQ-UBND", None, None, "Chương trình phối hợp số 02/CTPH-MTTQ-UBND")],
[prov("Hà Nam"), com("Thanh Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ NAM", "Tin tức > Tin địa phương", "Mạnh Hùng - Đài TT-TH Thanh Liêm", "Ban Giám sát đầu tư của cộng đồng"],
["Ngày 08/06/2018 | 16:20", "1 thôn", "15 ngày", "trong tháng 6", "mỗi khẩu"]))

PAGES.append(page("b9134-kontum-mttq-tongket-ttnd-2018", """
BÁO KON TUM ĐIỆN TỬ
Thời sự - Chính trị › Mặt trận
Thứ Sáu, 21/12/2018 - 08:40
Nâng cao chất lượng giám sát của Ban Thanh tra nhân dân ở vùng đồng bào dân tộc thiểu số
BKT - Chiều 19/12, Ủy ban MTTQ Việt Nam tỉnh Kon Tum tổ chức hội nghị tổng kết công tác năm 2018 của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng, triển khai nhiệm vụ năm 2019. Đồng chí A Pớt, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh dự và chỉ đạo hội nghị.
Năm 2018, 102 Ban TTND xã, phường, thị trấn đã thực hiện 318 cuộc giám sát; trong đó giám sát việc thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 96 cuộc, giám sát việc cấp phát bò giống, heo giống và phân bón cho hộ nghèo 54 cuộc. Qua giám sát, các Ban TTND đã kiến nghị 247 nội dung với cấp ủy, chính quyền; phát hiện 23 trường hợp bình xét hộ nghèo chưa đúng, 11 con bò giống không đạt tiêu chuẩn, đề nghị nhà cung cấp đổi lại.
Đồng chí Y Thị Bích, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, trình bày báo cáo cho biết khoảng 70% thành viên Ban TTND ở các xã vùng sâu là người dân tộc thiểu số, đa số là người có uy tín, già làng, trưởng thôn nên việc giám sát được bà con ủng hộ. Tuy nhiên, còn 14 Ban TTND hoạt động cầm chừng, chưa xây dựng kế hoạch; việc ghi chép biên bản, hồ sơ còn sơ sài.
Tại hội nghị, ông A Vi, Trưởng ban TTND xã Đăk Tờ Re, chia sẻ: mỗi lần giám sát, Ban phải đi bộ vào các làng, có lần mất cả ngày. "Bà con tin Ban vì Ban nói tiếng Ba Na, giải thích chính sách cho bà con hiểu", ông nói. Bà Y Hlăk, Trưởng ban TTND xã Ngọc Wang, kiến nghị tỉnh có lớp tập huấn bằng tiếng dân tộc và tài liệu có hình ảnh minh họa.
Ông Nguyễn Đức Tâm, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, thông tin thêm: thực hiện Kế hoạch số 76/KH-MTTQ-BTT ngày 5/3/2018 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm 2018 Mặt trận tỉnh đã tổ chức 3 lớp tập huấn cho 215 thành viên Ban TTND; hỗ trợ mỗi Ban 500.000 đồng mua văn phòng phẩm.
Phát biểu chỉ đạo, đồng chí A Pớt đề nghị năm 2019 Mặt trận các cấp tập trung giám sát việc thực hiện Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ và chính sách đất sản xuất cho đồng bào; chú trọng giám sát các công trình do nhân dân đóng góp; kịp thời biểu dương, nhân rộng các Ban TTND tiêu biểu.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 10 Ban TTND tiêu biểu và 12 cá nhân có thành tích xuất sắc.
Ngọc Hân
Tin liên quan
- Đăk Hà: kiện toàn Ban Giám sát đầu tư của cộng đồng (10/12/2018)
- Hội nghị đại biểu người có uy tín tỉnh Kon Tum năm 2018 (28/11/2018)
- Sa Thầy giám sát chính sách hỗ trợ đất sản xuất (15/11/2018)
""", "2018-12-21", "Nâng cao chất lượng giám sát của Ban Thanh tra nhân dân ở vùng đồng bào dân tộc thiểu số",
E("tong_ket", "2018", "2018-12-19"),
[P("A Pớt", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Y Thị Bích", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("A Vi", "Trưởng ban TTND xã Đăk Tờ Re"),
 P("Y Hlăk", "Trưởng ban TTND xã Ngọc Wang"),
 P("Nguyễn Đức Tâm", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("102 Ban TTND", 102, "Ban TTND"), Q("318 cuộc giám sát", 318, "cuộc giám sát"), Q("96 cuộc", 96, "cuộc"),
 Q("54 cuộc", 54, "cuộc"), Q("247 nội dung", 247, "nội dung"), Q("23 trường hợp", 23, "trường hợp"),
 Q("11 con bò giống", 11, "con bò giống"), Q("khoảng 70%", 70, "%", "approx"), Q("14 Ban TTND", 14, "Ban TTND"),
 Q("3 lớp tập huấn", 3, "lớp tập huấn"), Q("215 thành viên Ban TTND", 215, "thành viên Ban TTND"),
 Q("500.000 đồng", 500000, "đồng"), Q("10 Ban TTND tiêu biểu", 10, "Ban TTND tiêu biểu"), Q("12 cá nhân", 12, "cá nhân")],
[D("Kế hoạch", "76", "KH-MTTQ-BTT", "2018-03-05", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 76/KH-MTTQ-BTT ngày 5/3/2018"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg")],
[prov("Kon Tum"), com("Đăk Tờ Re"), com("Ngọc Wang")],
["BÁO KON TUM ĐIỆN TỬ", "Thời sự - Chính trị › Mặt trận", "BKT", "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
 "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Sáu, 21/12/2018 - 08:40", "năm 2018", "năm 2019", "cả ngày"]))

PAGES.append(page("b9135-hatinh-xa-daihoi-ttnd-2019", """
BAN DÂN VẬN TỈNH ỦY HÀ TĨNH
Trang chủ » Dân vận cơ sở
12/04/2019 - 09:10
Xã Cẩm Bình: 100% thành viên Ban Thanh tra nhân dân trúng cử ngay lần đầu
Ngày 10/4/2019, Ủy ban MTTQ xã Cẩm Bình (huyện Cẩm Xuyên, tỉnh Hà Tĩnh) tổ chức hội nghị bầu Ban Thanh tra nhân dân xã nhiệm kỳ 2019 - 2024. Dự hội nghị có các đồng chí: Nguyễn Văn Hùng, Phó Chủ tịch Ủy ban MTTQ huyện; Phan Thị Lý, HUV, Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên; Võ Đức Thọ, Bí thư Đảng ủy xã cùng 110 đại biểu là Trưởng ban công tác Mặt trận, trưởng thôn và đại diện nhân dân 13 thôn.
Báo cáo tổng kết nhiệm kỳ 2017 - 2019 do bà Trần Thị Thanh, Trưởng ban TTND xã trình bày cho biết: Ban đã tổ chức 12 cuộc giám sát việc thực hiện Quy chế dân chủ ở cơ sở, việc thu chi quỹ xây dựng nông thôn mới và việc hỗ trợ xi măng làm đường; tiếp nhận 18 đơn thư, kiến nghị, phối hợp giải quyết 17 đơn, đạt 94,4%. Qua giám sát, Ban kiến nghị UBND xã công khai danh sách 36 hộ được hỗ trợ xi măng và điều chỉnh 2 hộ nhận trùng.
Bà Trần Thị Thanh cho biết, để đạt kết quả trên, Ban TTND dựa chủ yếu vào các Ban công tác Mặt trận thôn và các chi hội đoàn thể để nắm bắt ý kiến của người dân; mỗi kiến nghị gửi UBND xã đều được lập sổ theo dõi, đến hạn mà chưa được trả lời thì Ban có văn bản đôn đốc. Nhờ vậy, trong nhiệm kỳ không có đơn thư vượt cấp.
Hội nghị thống nhất Ban TTND xã nhiệm kỳ mới có 9 thành viên. Kết quả bầu cử, cả 9 người trong danh sách đều trúng cử ngay lần đầu với số phiếu từ 89,1% trở lên. Tại phiên họp thứ nhất, Ban bầu bà Trần Thị Thanh, Phó Chủ tịch Ủy ban MTTQ xã, giữ chức Trưởng ban; các ông Lê Văn Nhân, Nguyễn Đình Tứ - cựu chiến binh, nguyên cán bộ xã - làm Phó Trưởng ban.
Phát biểu tại hội nghị, đồng chí Phan Thị Lý đề nghị Ban TTND nhiệm kỳ 2019 - 2024 thực hiện nghiêm Nghị định số 159/2016/NĐ-CP và Kế hoạch số 112-KH/HU ngày 15/1/2019 của Ban Thường vụ Huyện ủy về nâng cao chất lượng giám sát của Mặt trận và các đoàn thể; chú trọng giám sát việc xây dựng khu dân cư nông thôn mới kiểu mẫu và việc cấp giấy chứng nhận quyền sử dụng đất. Đồng chí Võ Đức Thọ khẳng định Đảng ủy xã sẽ chỉ đạo UBND xã bố trí kinh phí hoạt động cho Ban TTND mỗi năm 12 triệu đồng.
Được biết, trong tháng 4/2019, 26 xã, thị trấn của huyện Cẩm Xuyên tổ chức bầu Ban TTND nhiệm kỳ mới.
Thu Hằng - Ban Dân vận Huyện ủy Cẩm Xuyên
Xem thêm
- Cẩm Xuyên: tổng kết 5 năm phong trào "Dân vận khéo" (05/04/2019)
- Hội nghị tiếp xúc người có uy tín huyện Hương Khê (28/03/2019)
- Thạch Hà: đối thoại giữa Bí thư Huyện ủy với nhân dân (20/03/2019)
""", "2019-04-12", "Xã Cẩm Bình: 100% thành viên Ban Thanh tra nhân dân trúng cử ngay lần đầu",
E("dai_hoi", None, "2019-04-10"),
[P("Nguyễn Văn Hùng", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Phan Thị Lý", "HUV", "Trưởng Ban Dân vận Huyện ủy Cẩm Xuyên"),
 P("Võ Đức Thọ", "Bí thư Đảng ủy xã"),
 P("Trần Thị Thanh", "Trưởng ban TTND xã", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban"),
 P("Lê Văn Nhân", "cựu chiến binh", "nguyên cán bộ xã", "Phó Trưởng ban"),
 P("Nguyễn Đình Tứ", "cựu chiến binh", "nguyên cán bộ xã", "Phó Trưởng ban")],
[Q("100% thành viên", 100, "%"), Q("110 đại biểu", 110, "đại biểu"), Q("13 thôn", 13, "thôn"),
 Q("12 cuộc giám sát", 12, "cuộc giám sát"), Q("18 đơn thư, kiến nghị", 18, "đơn thư, kiến nghị"), Q("17 đơn", 17, "đơn"),
 Q("94,4%", 94.4, "%"), Q("36 hộ", 36, "hộ"), Q("2 hộ", 2, "hộ"), Q("9 thành viên", 9, "thành viên"),
 Q("89,1% trở lên", 89.1, "%", "over"), Q("12 triệu đồng", 12000000, "đồng"), Q("26 xã, thị trấn", 26, "xã, thị trấn")],
[D("Nghị định", "159", "2016/NĐ-CP", None, None, "Nghị định số 159/2016/NĐ-CP"),
 D("Kế hoạch", "112", "KH/HU", "2019-01-15", "Ban Thường vụ Huyện ủy", "Kế hoạch số 112-KH/HU ngày 15/1/2019")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["BAN DÂN VẬN TỈNH ỦY HÀ TĨNH", "Trang chủ » Dân vận cơ sở", "Thu Hằng - Ban Dân vận Huyện ủy Cẩm Xuyên", "Quy chế dân chủ ở cơ sở"],
["12/04/2019 - 09:10", "nhiệm kỳ 2019 - 2024", "nhiệm kỳ 2017 - 2019", "cả 9 người", "phiên họp thứ nhất", "tháng 4/2019"]))

PAGES.append(page("b9136-soctrang-mttq-giaoban-ttnd-2019", """
Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng
You are here: Trang chủ / Tin tức / Hoạt động giám sát
Thứ Sáu, 04/10/2019
Giao ban công tác giám sát quý III: Ban TTND tiếp nhận 64 đơn thư
Sáng 2/10/2019, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức giao ban công tác giám sát, phản biện xã hội và hoạt động của Ban Thanh tra nhân dân quý III năm 2019. Ông Lâm Văn Mẫn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có lãnh đạo Thanh tra tỉnh, Ban Tiếp công dân tỉnh và Chủ tịch Ủy ban MTTQ 11 huyện, thị xã, thành phố.
Theo báo cáo, trong quý III, 109 Ban TTND xã, phường, thị trấn đã tổ chức 87 cuộc giám sát, tập trung vào việc bình xét hộ nghèo, cấp thẻ bảo hiểm y tế và hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 33/2015/QĐ-TTg. Các Ban TTND đã tiếp nhận 64 đơn thư, kiến nghị, trong đó 41 đơn liên quan đến đất đai; đã chuyển đến cơ quan có thẩm quyền 58 đơn, 46 đơn có kết quả giải quyết. Qua giám sát, các Ban TTND kiến nghị điều chỉnh 27 trường hợp cấp thẻ bảo hiểm y tế chưa đúng đối tượng và phát hiện 5 căn nhà tình thương xây chưa đúng diện tích.
Tại buổi giao ban, ông Thạch Sô Phanh, Trưởng ban TTND xã Viên An, cho biết Ban đã giám sát việc chia tiền hỗ trợ cho 138 hộ đồng bào Khmer nghèo và phát hiện 3 hộ bị bỏ sót; UBND xã đã bổ sung ngay trong tháng 9. Bà Sơn Thị Sa Phol, Trưởng ban TTND phường 5 (thành phố Sóc Trăng), phản ánh nhiều kiến nghị của Ban gửi cơ quan cấp trên chậm được trả lời, có đơn kéo dài hơn 3 tháng.
Ông Huỳnh Văn Hậu, Phó Chánh Thanh tra tỉnh, đề nghị Ban TTND cần phân biệt rõ đơn khiếu nại, tố cáo với đơn kiến nghị, phản ánh để chuyển đúng địa chỉ theo Luật Tiếp công dân; Thanh tra tỉnh sẵn sàng hỗ trợ nghiệp vụ khi các Ban TTND có yêu cầu.
Kết luận giao ban, ông Lâm Văn Mẫn yêu cầu quý IV, Mặt trận các cấp tiếp tục thực hiện Kế hoạch số 18/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh về giám sát năm 2019; chuẩn bị tổ chức đại hội Mặt trận cấp xã và bầu Ban TTND nhiệm kỳ mới; đôn đốc chính quyền trả lời kiến nghị đúng thời hạn, tổng hợp các kiến nghị tồn đọng trên 30 ngày để báo cáo Thường trực Tỉnh ủy.
Cũng trong quý III, Mặt trận tỉnh phối hợp tổ chức 4 lớp bồi dưỡng nghiệp vụ cho 320 thành viên Ban TTND và Ban Giám sát đầu tư của cộng đồng, trong đó có 1 lớp dạy song ngữ Việt - Khmer.
Kim Hoàng
Tin liên quan
- Mỹ Xuyên: giám sát việc thực hiện chính sách đối với người có uy tín (27/09/2019)
- Đại hội đại biểu MTTQ Việt Nam huyện Trần Đề lần thứ IV (20/09/2019)
- Ban TTND xã Tài Văn hòa giải thành 12 vụ tranh chấp đất (13/09/2019)
""", "2019-10-04", "Giao ban công tác giám sát quý III: Ban TTND tiếp nhận 64 đơn thư",
E("giao_ban", "2019-Q3", "2019-10-02"),
[P("Lâm Văn Mẫn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Trưởng ban TTND xã Viên An"),
 P("Sơn Thị Sa Phol", "Trưởng ban TTND phường 5"),
 P("Huỳnh Văn Hậu", "Phó Chánh Thanh tra tỉnh")],
[Q("64 đơn thư", 64, "đơn thư"), Q("11 huyện, thị xã, thành phố", 11, "huyện, thị xã, thành phố"),
 Q("109 Ban TTND", 109, "Ban TTND"), Q("87 cuộc giám sát", 87, "cuộc giám sát"), Q("41 đơn", 41, "đơn"),
 Q("58 đơn", 58, "đơn"), Q("46 đơn", 46, "đơn"), Q("27 trường hợp", 27, "trường hợp"),
 Q("5 căn nhà tình thương", 5, "căn nhà tình thương"), Q("138 hộ đồng bào Khmer nghèo", 138, "hộ đồng bào Khmer nghèo"),
 Q("3 hộ", 3, "hộ"), Q("4 lớp bồi dưỡng nghiệp vụ", 4, "lớp bồi dưỡng nghiệp vụ"),
 Q("320 thành viên Ban TTND và Ban Giám sát đầu tư của cộng đồng", 320, "thành viên Ban TTND và Ban Giám sát đầu tư của cộng đồng")],
[D("Quyết định", "33", "2015/QĐ-TTg", None, None, "Quyết định số 33/2015/QĐ-TTg"),
 D("Kế hoạch", "18", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 18/KH-MTTQ-BTT")],
[prov("Sóc Trăng"), com("Viên An"), com("phường 5")],
["Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng", "You are here: Trang chủ / Tin tức / Hoạt động giám sát", "Luật Tiếp công dân",
 "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Sáu, 04/10/2019", "quý III năm 2019", "quý IV", "hơn 3 tháng", "trên 30 ngày", "tháng 9", "1 lớp"]))
