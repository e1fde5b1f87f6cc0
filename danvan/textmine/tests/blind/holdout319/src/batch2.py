from lib import *
PAGES = []

PAGES.append(page("b7619-quangninh-taphuan-thulinh-tn-2017", """
Báo Quảng Ninh điện tử
Xã hội >> Đoàn thể
Ngày đăng 17/06/2017 | 16:20
Tập huấn kỹ năng cho 150 thủ lĩnh thanh niên dân tộc thiểu số vùng biên
Trong 2 ngày 15 và 16/6, tại huyện Bình Liêu, Tỉnh đoàn phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp tập huấn kỹ năng công tác Đoàn, Hội năm 2017 cho 150 thủ lĩnh thanh niên dân tộc thiểu số là bí thư chi đoàn thôn, chi hội trưởng chi hội thanh niên các xã biên giới và đoàn viên các đồn biên phòng.
Học viên thực hành kỹ năng tuyên truyền tại lớp tập huấn. Ảnh: Quang Minh
Lớp tập huấn được tổ chức theo Kế hoạch số 95-KH/TĐTN-TNNT ngày 3/4/2017 của Ban Thường vụ Tỉnh đoàn và nằm trong chuỗi hoạt động hưởng ứng phong trào toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia theo Chỉ thị số 01/CT-TTg ngày 9/1/2015 của Thủ tướng Chính phủ.
Phát biểu khai mạc, đồng chí Chíu Thị Hà, Phó Bí thư Tỉnh đoàn, cho biết toàn tỉnh hiện có hơn 21.000 thanh niên là người Dao, Tày, Sán Chỉ, Sán Dìu, tập trung đông ở các huyện Bình Liêu, Ba Chẽ, Tiên Yên, Hải Hà và thành phố Móng Cái. Nhiều thủ lĩnh ở thôn còn trẻ, kinh nghiệm vận động quần chúng chưa nhiều, nên lớp học tập trung vào kỹ năng thực hành hơn lý thuyết.
Các học viên được nghe 5 chuyên đề: kỹ năng tổ chức sinh hoạt chi đoàn; kỹ năng tuyên truyền pháp luật về biên giới, cột mốc; phòng, chống mua bán người và xuất cảnh trái phép; kỹ năng phát triển tổ hợp tác thanh niên; kỹ năng sơ cấp cứu. Báo cáo viên gồm ThS. Nguyễn Thu Trang, giảng viên Trường Chính trị Nguyễn Văn Cừ, và Trung tá Hoàng Văn Sinh, Phó Trưởng phòng Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh.
Buổi chiều thứ hai, lớp học chuyển về thực hành tại xã Hoành Mô. Các nhóm tự xây dựng kịch bản một buổi sinh hoạt chi đoàn gắn với tuần tra đường biên, rồi cùng cán bộ Đồn Biên phòng Hoành Mô đi thực tế tại cột mốc. Chị Lỷ Thị Vân, Bí thư Chi đoàn thôn Khe Vằn, xã Đồng Văn, chia sẻ: "Trước đây tôi chỉ biết đọc thông báo cho bà con nghe. Giờ đã biết tổ chức trò chơi, hát đối đáp bằng tiếng Dao để nói về luật biên giới".
Anh Chìu Văn Dảu, Chi hội trưởng chi hội thanh niên thôn Pò Hèn, xã Hải Sơn, cho biết sau lớp học sẽ về vận động thành lập tổ thanh niên tự quản 2 km đường biên cùng bộ đội.
Kết thúc lớp học, 98% học viên đạt yêu cầu bài kiểm tra cuối khóa. Tổng kinh phí tổ chức gần 85 triệu đồng, trong đó Bộ Chỉ huy Bộ đội Biên phòng tỉnh hỗ trợ 30 triệu đồng tiền ăn, nghỉ cho học viên. Ban tổ chức cũng trao tặng 150 bộ tài liệu hỏi - đáp về Luật Biên giới quốc gia.
Thu Nguyệt
Bình luận (2)
Tin liên quan
- Bình Liêu: Ra quân Chiến dịch Thanh niên tình nguyện hè 2017
- Đồn Biên phòng Hoành Mô kết nghĩa với chi đoàn 5 thôn
- Tuổi trẻ Móng Cái chung tay bảo vệ cột mốc
""", "2017-06-17", "Tập huấn kỹ năng cho 150 thủ lĩnh thanh niên dân tộc thiểu số vùng biên",
E("tap_huan", "2017", "2017-06-15"),
[P("Chíu Thị Hà", "Phó Bí thư Tỉnh đoàn"),
 P("Nguyễn Thu Trang", "ThS.", "giảng viên Trường Chính trị Nguyễn Văn Cừ"),
 P("Hoàng Văn Sinh", "Trung tá", "Phó Trưởng phòng Chính trị Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Lỷ Thị Vân", "Bí thư Chi đoàn thôn Khe Vằn"),
 P("Chìu Văn Dảu", "Chi hội trưởng chi hội thanh niên thôn Pò Hèn")],
[Q("150 thủ lĩnh thanh niên dân tộc thiểu số", 150, "thủ lĩnh thanh niên dân tộc thiểu số"),
 Q("hơn 21.000 thanh niên", 21000, "thanh niên", "over"), Q("5 chuyên đề", 5, "chuyên đề"), Q("2 km", 2, "km"),
 Q("98%", 98, "%"), Q("gần 85 triệu đồng", 85000000, "đồng", "approx"), Q("30 triệu đồng", 30000000, "đồng"),
 Q("150 bộ tài liệu hỏi - đáp", 150, "bộ tài liệu hỏi - đáp")],
[D("Kế hoạch", "95", "KH/TĐTN-TNNT", "2017-04-03", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 95-KH/TĐTN-TNNT ngày 3/4/2017"),
 D("Chỉ thị", "01", "CT-TTg", "2015-01-09", "Thủ tướng Chính phủ", "Chỉ thị số 01/CT-TTg ngày 9/1/2015")],
[prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Hải Sơn")],
["Báo Quảng Ninh điện tử", "Xã hội >> Đoàn thể", "Học viên thực hành kỹ năng tuyên truyền tại lớp tập huấn. Ảnh: Quang Minh",
 "Luật Biên giới quốc gia", "Bình luận (2)", "Khe Vằn", "Pò Hèn"],
["Ngày đăng 17/06/2017 | 16:20", "2 ngày 15 và 16/6", "năm 2017", "Buổi chiều thứ hai", "Bình luận (2)"]))

PAGES.append(page("b7620-langson-doithoai-thanhnien-2018", """
BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN
Thứ Năm, 29/03/2018 - 10:05
Chính trị › Thanh niên
Chủ tịch UBND tỉnh đối thoại với thanh niên: "Các bạn cứ nói thẳng, tỉnh sẽ trả lời thẳng"
LSO - Sáng 28/3, nhân kỷ niệm 87 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh, UBND tỉnh phối hợp với Tỉnh đoàn tổ chức hội nghị đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2018. Đồng chí Lương Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì; cùng dự có đồng chí Hoàng Thị Thúy, Bí thư Tỉnh đoàn, lãnh đạo các sở, ngành và hơn 200 đoàn viên, thanh niên đến từ 11 huyện, thành phố.
Toàn cảnh buổi đối thoại. Ảnh: Hải Yến
Trước đó, Tỉnh đoàn đã tổng hợp 22 ý kiến, kiến nghị gửi đến UBND tỉnh, tập trung vào việc làm, vốn vay khởi nghiệp, đào tạo nghề cho thanh niên dân tộc thiểu số và thanh niên ở các xã biên giới. Tại buổi đối thoại, 12 ý kiến được Chủ tịch UBND tỉnh và lãnh đạo các sở trả lời trực tiếp.
Chị Triệu Thị Mai, người Dao, Giám đốc Hợp tác xã Hồi Tân Thanh, xã Tân Thanh, đề nghị tỉnh hỗ trợ xây dựng thương hiệu hoa hồi để thanh niên yên tâm bám bản. Anh Lộc Văn Phấn, Bí thư Đoàn xã Bảo Lâm, nêu thực trạng một số thanh niên bỏ học theo người quen sang bên kia biên giới làm thuê. Thiếu tá Vi Văn Hiếu, Chính trị viên Đồn Biên phòng Chi Ma, kiến nghị có cơ chế để các đồn biên phòng cùng Đoàn xã quản lý, giúp đỡ thanh niên lao động tự do.
Trả lời các ý kiến, đồng chí Lương Văn Khánh cho biết, năm 2017 Quỹ hỗ trợ thanh niên lập nghiệp đã giải ngân 4,5 tỷ đồng cho 180 dự án của thanh niên vay; tỷ lệ thanh niên qua đào tạo nghề của tỉnh đạt 45,6%. Trong năm 2018, tỉnh sẽ bổ sung khoảng 2 tỷ đồng cho Quỹ, ưu tiên thanh niên người Tày, Nùng, Dao ở các huyện biên giới; đồng thời giao Sở Lao động - Thương binh và Xã hội phối hợp với Tỉnh đoàn mở ít nhất 20 lớp dạy nghề tại chỗ.
Chủ tịch UBND tỉnh yêu cầu các sở, ngành tiếp tục thực hiện Quyết định số 2474/QĐ-TTg ngày 30/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển thanh niên Việt Nam giai đoạn 2011 - 2020 và Kế hoạch số 38/KH-UBND ngày 12/3/2018 của UBND tỉnh về công tác thanh niên năm 2018. Những ý kiến chưa trả lời tại hội nghị sẽ được các cơ quan trả lời bằng văn bản trong vòng 15 ngày.
"Các bạn cứ nói thẳng, tỉnh sẽ trả lời thẳng. Việc gì làm được ngay thì làm ngay", đồng chí Lương Văn Khánh nhấn mạnh. Đây là năm thứ ba liên tiếp Lạng Sơn tổ chức đối thoại trực tiếp giữa người đứng đầu chính quyền tỉnh với thanh niên.
Ngọc Hà
Lượt xem: 2.031 | Chia sẻ
Các tin đã đưa
- Tỉnh đoàn ra mắt Câu lạc bộ thanh niên khởi nghiệp (20/03/2018)
- Tuổi trẻ Cao Lộc ra quân Tháng Thanh niên (05/03/2018)
- Đồn Biên phòng Chi Ma ký kết phối hợp với Đoàn xã (27/02/2018)
""", "2018-03-29", "Chủ tịch UBND tỉnh đối thoại với thanh niên: \"Các bạn cứ nói thẳng, tỉnh sẽ trả lời thẳng\"",
E("doi_thoai", "2018", "2018-03-28"),
[P("Lương Văn Khánh", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"),
 P("Hoàng Thị Thúy", "Bí thư Tỉnh đoàn"),
 P("Triệu Thị Mai", "Giám đốc Hợp tác xã Hồi Tân Thanh"),
 P("Lộc Văn Phấn", "Bí thư Đoàn xã Bảo Lâm"),
 P("Vi Văn Hiếu", "Thiếu tá", "Chính trị viên Đồn Biên phòng Chi Ma")],
[Q("hơn 200 đoàn viên, thanh niên", 200, "đoàn viên, thanh niên", "over"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("22 ý kiến, kiến nghị", 22, "ý kiến, kiến nghị"), Q("12 ý kiến", 12, "ý kiến"), Q("4,5 tỷ đồng", 4500000000, "đồng"),
 Q("180 dự án", 180, "dự án"), Q("45,6%", 45.6, "%"), Q("khoảng 2 tỷ đồng", 2000000000, "đồng", "approx"),
 Q("ít nhất 20 lớp dạy nghề", 20, "lớp dạy nghề", "over")],
[D("Quyết định", "2474", "QĐ-TTg", "2011-12-30", "Thủ tướng Chính phủ", "Quyết định số 2474/QĐ-TTg ngày 30/12/2011"),
 D("Kế hoạch", "38", "KH-UBND", "2018-03-12", "UBND tỉnh", "Kế hoạch số 38/KH-UBND ngày 12/3/2018")],
[prov("Lạng Sơn"), com("Tân Thanh"), com("Bảo Lâm")],
["BÁO LẠNG SƠN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH LẠNG SƠN", "Chính trị › Thanh niên", "LSO",
 "Toàn cảnh buổi đối thoại. Ảnh: Hải Yến", "Quỹ hỗ trợ thanh niên lập nghiệp", "Lượt xem: 2.031 | Chia sẻ"],
["Thứ Năm, 29/03/2018 - 10:05", "87 năm", "năm 2018", "năm 2017", "giai đoạn 2011 - 2020", "trong vòng 15 ngày", "năm thứ ba", "Lượt xem: 2.031"]))

PAGES.append(page("b7621-nghean-con-nuoi-namcan-2019", """
BÁO NGHỆ AN
Chủ Nhật, 10/11/2019
Thời sự • Kinh tế • Xã hội • Văn hóa • Quốc phòng - An ninh
Trung tá Vi Văn Tuân cùng Lầu Y Dợ trên đường về bản. Ảnh: Đình Tuấn
"Bố bộ đội" của cô bé người Mông ở Nậm Cắn
Đã hơn một năm nay, mỗi cuối tuần, Lầu Y Dợ lại được "bố bộ đội" đón từ Trường Phổ thông dân tộc bán trú THCS Nậm Cắn về đồn chơi. Cô bé người Mông 13 tuổi là một trong 6 em đang được Đồn Biên phòng Nậm Cắn nhận làm con nuôi.
Nhà Y Dợ ở bản Phà Khảo, cách trung tâm xã Nậm Cắn khoảng 15 km đường dốc. Mẹ mất sớm, bố đi làm thuê xa, em ở với bà nội đã ngoài 70 tuổi. Năm 2018, khi nghe tin Y Dợ có ý định nghỉ học ở nhà lấy chồng, Đại úy Lương Văn Toàn, Đội trưởng Đội vận động quần chúng của đồn, đã cùng cán bộ bản lên tận nhà vận động.
"Bà bảo con gái học nhiều cũng không để làm gì. Mình phải ngồi với bà ba buổi tối, hứa đồn lo sách vở, quần áo, bà mới gật đầu", anh Toàn kể. Từ đó, đồn hỗ trợ em 500.000 đồng mỗi tháng, mua cho em 2 bộ quần áo ấm, đôi giày và chiếc xe đạp để đi học.
Trung tá Vi Văn Tuân, Đồn trưởng Đồn Biên phòng Nậm Cắn, cho biết đơn vị triển khai việc nhận con nuôi theo Kế hoạch số 1230/KH-BCH ngày 5/3/2019 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, hưởng ứng Chương trình "Nâng bước em tới trường". Toàn Bộ đội Biên phòng Nghệ An hiện đã nhận đỡ đầu 48 em học sinh nghèo, mồ côi ở các xã biên giới, với mức hỗ trợ từ 300.000 đến 500.000 đồng mỗi em mỗi tháng.
Thầy Moong Văn Hùng, Hiệu trưởng Trường PTDTBT THCS Nậm Cắn, nói rằng từ khi có "bố bộ đội", Y Dợ tự tin hẳn, học kỳ vừa rồi em đạt danh hiệu học sinh tiên tiến, lại được bầu làm lớp phó văn thể. Nhà trường có 312 học sinh thì gần 90% là con em đồng bào Mông, Khơ Mú; năm học này, nhờ bộ đội biên phòng cùng giáo viên đến từng nhà vận động, không em nào bỏ học.
Ông Lầu Bá Chu, Trưởng bản Phà Khảo, người có uy tín trong dòng họ Lầu, bảo: "Bộ đội nuôi con bản mình học chữ thì bản mình phải giữ cho con học hết lớp 9, không cho lấy chồng sớm".
Chiều chủ nhật, Y Dợ lại được anh Toàn chở về trường. Trong ba lô có thêm mấy quyển truyện do các chú ở đồn mua. Em bảo lớn lên muốn làm cô giáo, để về dạy chữ cho các em ở bản. Nhìn cô bé đạp xe khuất sau con dốc, anh Toàn cười: "Nó học được đến đâu, mình lo đến đó". Ở vùng biên Kỳ Sơn, những câu chuyện như thế đang được các đồn biên phòng viết tiếp mỗi ngày.
Hồ Phương
Tin liên quan
- Kỳ Sơn: Bộ đội biên phòng vận động học sinh trở lại trường (12/09/2019)
- Trao 40 suất học bổng cho học sinh vùng biên (20/08/2019)
- Đồn Biên phòng Mường Ải giúp dân thu hoạch lúa nương (15/10/2019)
""", "2019-11-10", "\"Bố bộ đội\" của cô bé người Mông ở Nậm Cắn",
E("khac", None, None),
[P("Lương Văn Toàn", "Đại úy", "Đội trưởng Đội vận động quần chúng"),
 P("Vi Văn Tuân", "Trung tá", "Đồn trưởng Đồn Biên phòng Nậm Cắn"),
 P("Moong Văn Hùng", "Hiệu trưởng Trường PTDTBT THCS Nậm Cắn"),
 P("Lầu Bá Chu", "Trưởng bản Phà Khảo", "người có uy tín trong dòng họ Lầu"),
 P("Lầu Y Dợ")],
[Q("6 em", 6, "em"), Q("khoảng 15 km", 15, "km", "approx"), Q("500.000 đồng mỗi tháng", 500000, "đồng"),
 Q("2 bộ quần áo ấm", 2, "bộ quần áo ấm"), Q("48 em học sinh nghèo, mồ côi", 48, "em học sinh nghèo, mồ côi"),
 Q("300.000 đến 500.000 đồng", 300000, "đồng"), Q("500.000 đồng mỗi em", 500000, "đồng"),
 Q("312 học sinh", 312, "học sinh"), Q("gần 90%", 90, "%", "approx")],
[D("Kế hoạch", "1230", "KH-BCH", "2019-03-05", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 1230/KH-BCH ngày 5/3/2019")],
[prov("Nghệ An"), com("Nậm Cắn")],
["BÁO NGHỆ AN", "Thời sự • Kinh tế • Xã hội • Văn hóa • Quốc phòng - An ninh",
 "Trung tá Vi Văn Tuân cùng Lầu Y Dợ trên đường về bản. Ảnh: Đình Tuấn", "Bố bộ đội", "Nâng bước em tới trường",
 "Phà Khảo"],
["Chủ Nhật, 10/11/2019", "hơn một năm", "13 tuổi", "ngoài 70 tuổi", "ba buổi tối", "lớp 9", "Năm 2018"]))

PAGES.append(page("b7622-quangtri-bdbp-tongket-nang-buoc-2019", """
Báo Quảng Trị điện tử
Trang chủ / Quốc phòng - An ninh
Cập nhật: 17:20, 26/12/2019 (GMT+7)
Đại tá Trần Đình Hòa trao giấy khen cho các tập thể có thành tích xuất sắc.
Thêm điểm tựa cho học sinh Vân Kiều, Pa Kô vùng biên
QTO - Ngày 25/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội nghị tổng kết công tác dân vận năm 2019, trong đó đánh giá kết quả năm đầu thực hiện Chương trình "Nâng bước em tới trường" trên tuyến biên giới Việt - Lào. Đại tá Trần Đình Hòa, Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh và đồng chí Hồ Thị Thu Hằng, Phó Trưởng Ban Dân vận Tỉnh ủy đồng chủ trì.
Năm 2019, 15 đồn biên phòng của tỉnh đã nhận đỡ đầu 78 học sinh, chủ yếu là con em đồng bào Vân Kiều, Pa Kô ở các xã Hướng Lập, A Ngo, Ba Tầng, Thanh. Mỗi em được hỗ trợ 500.000 đồng/tháng đến khi học hết lớp 12; tổng kinh phí trong năm hơn 460 triệu đồng, do cán bộ, chiến sĩ đóng góp và vận động doanh nghiệp. Các đồn còn tặng 1.200 bộ sách giáo khoa, 3.500 cuốn vở cho học sinh vùng biên.
Cùng với đó, lực lượng Biên phòng phối hợp với Đoàn Thanh niên các xã duy trì 9 lớp học tình thương, vận động 64 học sinh bỏ học quay lại trường. Tỷ lệ học sinh trong độ tuổi đến trường ở các xã biên giới năm học 2019 - 2020 đạt 98,5%, tăng 3% so với năm trước.
Hội nghị thống nhất đánh giá: công tác dân vận của lực lượng Biên phòng bám sát Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư và Kế hoạch số 418/KH-BCH ngày 21/1/2019 của Bộ Chỉ huy Bộ đội Biên phòng tỉnh; vai trò của người có uy tín được phát huy. Các ông Hồ Văn Lai, Hồ Văn Đơn, Kăn Sóc - người có uy tín ở các bản Ka Tăng, A Xóc, Cu Vơ - được biểu dương vì đã cùng bộ đội đến từng nhà thuyết phục phụ huynh cho con đi học.
Ý kiến tại hội nghị, Thiếu tá Hồ Văn Bảy, người Vân Kiều, Chính trị viên Đồn Biên phòng Hướng Lập, đề nghị mở rộng đối tượng nhận đỡ đầu sang học sinh THPT. Bà Hồ Thị Nhiên, Chủ tịch UBND xã A Ngo, cho biết xã có 23 em được nhận làm con nuôi, chưa em nào bỏ học giữa chừng.
Phát biểu kết luận, Đại tá Trần Đình Hòa yêu cầu năm 2020 mỗi đồn nhận đỡ đầu thêm ít nhất 2 em; phối hợp chặt chẽ với ngành giáo dục theo dõi kết quả học tập của từng em.
Dịp này, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tặng giấy khen cho 12 tập thể, 20 cá nhân. Hội nghị cũng triển khai phương hướng công tác dân vận năm 2020 trên tuyến biên giới của tỉnh.
Thanh Trúc
Tin cùng chuyên mục
- Đồn Biên phòng Cửa khẩu Lao Bảo trao quà cho học sinh nghèo
- Hướng Hóa: Bộ đội biên phòng làm nhà tặng hộ nghèo
- Quân dân tuyến biên giới chung tay đón Tết
- Đakrông: Trao học bổng cho học sinh người Pa Kô
""", "2019-12-26", "Thêm điểm tựa cho học sinh Vân Kiều, Pa Kô vùng biên",
E("tong_ket", "2019", "2019-12-25"),
[P("Trần Đình Hòa", "Đại tá", "Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Hồ Thị Thu Hằng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hồ Văn Lai", "người có uy tín ở các bản Ka Tăng, A Xóc, Cu Vơ"),
 P("Hồ Văn Đơn", "người có uy tín ở các bản Ka Tăng, A Xóc, Cu Vơ"),
 P("Kăn Sóc", "người có uy tín ở các bản Ka Tăng, A Xóc, Cu Vơ"),
 P("Hồ Văn Bảy", "Thiếu tá", "Chính trị viên Đồn Biên phòng Hướng Lập"),
 P("Hồ Thị Nhiên", "Chủ tịch UBND xã A Ngo")],
[Q("15 đồn biên phòng", 15, "đồn biên phòng"), Q("78 học sinh", 78, "học sinh"),
 Q("500.000 đồng/tháng", 500000, "đồng"), Q("hơn 460 triệu đồng", 460000000, "đồng", "over"),
 Q("1.200 bộ sách giáo khoa", 1200, "bộ sách giáo khoa"), Q("3.500 cuốn vở", 3500, "cuốn vở"),
 Q("9 lớp học tình thương", 9, "lớp học tình thương"), Q("64 học sinh", 64, "học sinh"),
 Q("98,5%", 98.5, "%"), Q("3%", 3, "%"), Q("23 em", 23, "em"), Q("ít nhất 2 em", 2, "em", "over"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Kế hoạch", "418", "KH-BCH", "2019-01-21", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 418/KH-BCH ngày 21/1/2019")],
[prov("Quảng Trị"), com("Hướng Lập"), com("A Ngo"), com("Ba Tầng"), com("Thanh")],
["Báo Quảng Trị điện tử", "Trang chủ / Quốc phòng - An ninh", "QTO",
 "Đại tá Trần Đình Hòa trao giấy khen cho các tập thể có thành tích xuất sắc.", "Nâng bước em tới trường"],
["Cập nhật: 17:20, 26/12/2019 (GMT+7)", "năm 2019", "năm đầu", "lớp 12", "năm học 2019 - 2020", "năm 2020"]))

PAGES.append(page("b7623-quangbinh-don-chalo-trao-qua-tet-2020", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Ngày 16/01/2020 | 09:15
Xã hội | Tin tức
Bạn đang ở: Trang chủ > Xã hội > Chính sách
Xuân ấm về bản Rục: Đồn Biên phòng Cha Lo tặng quà Tết đồng bào và các "con nuôi"
(QBĐT) - Ngày 15/1, Đồn Biên phòng Cha Lo phối hợp với Đoàn Thanh niên Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND xã Dân Hóa tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2020, thăm hỏi, tặng quà Tết cho đồng bào dân tộc Chứt, Bru - Vân Kiều trên địa bàn.
Cán bộ Đồn Biên phòng Cha Lo gói bánh chưng cùng đồng bào. Ảnh: Phan Phương
Tại chương trình, Thượng tá Đinh Xuân Trường, Chính trị viên Đồn Biên phòng Cha Lo, cùng bà Hồ Thị Xuân, Phó Chủ tịch UBND xã Dân Hóa, đã trao 200 suất quà Tết cho các hộ nghèo, hộ có hoàn cảnh khó khăn; mỗi suất quà trị giá 400.000 đồng gồm gạo, dầu ăn, bánh kẹo và tiền mặt. Đơn vị cũng trao tặng 10 con bò giống cho 10 hộ đồng bào Chứt ở bản Ón, bản Yên Hợp để phát triển kinh tế.
Đặc biệt, 25 con nuôi của đồn, là học sinh người Chứt, Bru - Vân Kiều đang theo học tại các trường ở xã Dân Hóa và xã Trọng Hóa, mỗi em được nhận 1 bộ quần áo mới và 1 triệu đồng tiền mừng tuổi. Tổng trị giá quà tặng trong dịp này gần 150 triệu đồng.
Các đoàn viên thanh niên của đồn còn cùng bà con gói 300 chiếc bánh chưng, dựng cây nêu, tổ chức giao lưu văn nghệ, các trò chơi dân gian như đẩy gậy, kéo co. Già làng Cao Văn Sơn ở bản Ón xúc động: "Tết năm nào bộ đội cũng về ăn Tết với bà con. Người Rục chúng tôi bây giờ biết trồng lúa nước, con cháu biết chữ cũng là nhờ bộ đội".
Theo Thượng tá Đinh Xuân Trường, thực hiện Kế hoạch số 15-KH/ĐU ngày 2/1/2020 của Đảng ủy Đồn, năm qua đơn vị duy trì tổ công tác thường trực ở 3 bản, giúp dân hơn 800 ngày công; vận động 100% trẻ em trong độ tuổi đến trường. Hiện đồn có 4 đảng viên tăng cường sinh hoạt tại các chi bộ bản.
Thay mặt cấp ủy, chính quyền địa phương, bà Hồ Thị Xuân cảm ơn cán bộ, chiến sĩ Đồn Biên phòng Cha Lo và đề nghị đồn tiếp tục giúp đỡ xã trong vận động đồng bào giữ gìn an ninh trật tự, không nghe theo kẻ xấu xuất cảnh trái phép.
Cộng đồng người Rục ở Quảng Bình từng sống trong hang đá giữa rừng sâu, đến nay đã định cư ổn định tại các bản ven đường Hồ Chí Minh. Mỗi bước thay đổi trong đời sống của bà con đều gắn với dấu chân của bộ đội biên phòng và những đoàn viên thanh niên tình nguyện nhiều thế hệ đến với bản, dạy chữ, dạy cách trồng lúa nước, nuôi bò.
Phan Phương - Hoài Thu
Tin khác
- Đồn Biên phòng Cà Xèng nhận đỡ đầu 10 học sinh nghèo (08/01/2020)
- Minh Hóa: Trao quà Tết cho người có uy tín (05/01/2020)
- Thanh niên tình nguyện "Tết vì người nghèo" tại Thượng Trạch (28/12/2019)
""", "2020-01-16", "Xuân ấm về bản Rục: Đồn Biên phòng Cha Lo tặng quà Tết đồng bào và các \"con nuôi\"",
E("trao_qua", None, "2020-01-15"),
[P("Đinh Xuân Trường", "Thượng tá", "Chính trị viên Đồn Biên phòng Cha Lo"),
 P("Hồ Thị Xuân", "Phó Chủ tịch UBND xã Dân Hóa"),
 P("Cao Văn Sơn", "Già làng")],
[Q("200 suất quà Tết", 200, "suất quà"), Q("400.000 đồng", 400000, "đồng"), Q("10 con bò giống", 10, "con bò giống"),
 Q("10 hộ", 10, "hộ"), Q("25 con nuôi", 25, "con nuôi"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("gần 150 triệu đồng", 150000000, "đồng", "approx"), Q("300 chiếc bánh chưng", 300, "chiếc bánh chưng"),
 Q("3 bản", 3, "bản"), Q("hơn 800 ngày công", 800, "ngày công", "over"), Q("100%", 100, "%"), Q("4 đảng viên", 4, "đảng viên")],
[D("Kế hoạch", "15", "KH/ĐU", "2020-01-02", "Đảng ủy Đồn", "Kế hoạch số 15-KH/ĐU ngày 2/1/2020")],
[prov("Quảng Bình"), com("Dân Hóa"), com("Trọng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Xã hội | Tin tức", "Bạn đang ở: Trang chủ > Xã hội > Chính sách", "(QBĐT)",
 "Xuân Biên phòng ấm lòng dân bản", "Cán bộ Đồn Biên phòng Cha Lo gói bánh chưng cùng đồng bào. Ảnh: Phan Phương",
 "Xuân ấm về bản Rục", "bản Ón", "Yên Hợp"],
["Ngày 16/01/2020 | 09:15", "năm 2020", "1 bộ quần áo mới", "Tết năm nào"]))

PAGES.append(page("b7624-kontum-tuyenduong-tntn-2020", """
BÁO KON TUM ĐIỆN TỬ
Thứ Bảy, 05/12/2020 07:45
Xã hội » Đoàn thể » Thanh niên
Trang chủ » Tin tức
Tuyên dương 45 thanh niên tình nguyện tiêu biểu năm 2020
BKT - Chiều 4/12, nhân Ngày Quốc tế Tình nguyện viên, Tỉnh đoàn tổ chức hội nghị tuyên dương thanh niên tình nguyện tiêu biểu năm 2020. Đồng chí A Vương, Tỉnh ủy viên, Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh chủ trì. Dự hội nghị có đồng chí Y Thị Nghiêm, Phó Trưởng Ban Dân vận Tỉnh ủy; đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các huyện đoàn, thành đoàn.
Các thanh niên tình nguyện tiêu biểu nhận bằng khen của Ban Thường vụ Tỉnh đoàn. Ảnh: N.H
45 thanh niên tình nguyện tiêu biểu năm nay được chọn từ các huyện, thành phố và các đồn biên phòng; trong đó có 17 người là đoàn viên, thanh niên dân tộc Xơ Đăng, Ba Na, Giẻ Triêng, Brâu, Gia Rai. Nhiều bạn là thủ lĩnh các đội hình tình nguyện ở xã biên giới, có bạn là chiến sĩ biên phòng đang nuôi dạy các em "con nuôi" tại đồn.
Theo báo cáo của Tỉnh đoàn, năm 2020 tuổi trẻ tỉnh dù chịu ảnh hưởng của dịch Covid-19 vẫn duy trì 126 đội hình tình nguyện, đóng góp trên 2.350 ngày công, làm mới 1,2 km đường bê tông nông thôn, xây 9 căn nhà nhân ái cho hộ nghèo với tổng kinh phí hơn 630 triệu đồng. Thực hiện Luật Thanh niên số 57/2020/QH14 của Quốc hội và Kế hoạch số 120-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn, các cơ sở Đoàn đã tổ chức 34 buổi tuyên truyền, thu hút khoảng 5.000 lượt thanh niên tham gia.
Tại hội nghị, anh A Thiên, người Giẻ Triêng, Bí thư Đoàn xã Đắk Dục, chia sẻ cách đội hình thanh niên xã phối hợp với Đồn Biên phòng Đắk Dục vận động 21 học sinh bỏ học quay lại lớp. Chị Y Bloong, người Brâu ở làng Đắk Mế, xã Bờ Y, kể về lớp học tiếng Việt buổi tối do chị cùng bộ đội biên phòng đứng lớp. Thượng úy A Dũng, đội viên Đội vận động quần chúng Đồn Biên phòng Bờ Y, hiện nuôi 2 em mồ côi người Brâu, được nhiều đại biểu hỏi thăm.
Phát biểu tại hội nghị, đồng chí Y Thị Nghiêm mong các bạn trẻ tiếp tục là "cánh tay nối dài" của cấp ủy trong công tác dân vận, nhất là ở các thôn, làng đồng bào dân tộc thiểu số vùng biên. Theo đồng chí, tuổi trẻ Kon Tum cần chủ động hơn trên không gian mạng, lan tỏa những tấm gương người tốt, việc tốt ở vùng đồng bào.
Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 45 thanh niên tình nguyện tiêu biểu, mỗi bạn kèm phần thưởng 500.000 đồng.
Ngọc Hân
Bài viết liên quan
- Kon Plông: Tuổi trẻ chung tay vì học sinh vùng khó (26/11/2020)
- Ra mắt đội hình thanh niên tình nguyện biên giới tại Ia H'Drai (15/10/2020)
- Tỉnh đoàn trao 50 suất học bổng "Tiếp sức đến trường" (01/09/2020)
""", "2020-12-05", "Tuyên dương 45 thanh niên tình nguyện tiêu biểu năm 2020",
E("hoi_nghi", "2020", "2020-12-04"),
[P("A Vương", "Tỉnh ủy viên", "Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
 P("Y Thị Nghiêm", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Thiên", "Bí thư Đoàn xã Đắk Dục"),
 P("A Dũng", "Thượng úy", "đội viên Đội vận động quần chúng Đồn Biên phòng Bờ Y"),
 P("Y Bloong")],
[Q("45 thanh niên tình nguyện tiêu biểu", 45, "thanh niên tình nguyện tiêu biểu"),
 Q("17 người", 17, "người"), Q("126 đội hình tình nguyện", 126, "đội hình tình nguyện"),
 Q("trên 2.350 ngày công", 2350, "ngày công", "over"), Q("1,2 km", 1.2, "km"), Q("9 căn nhà nhân ái", 9, "căn nhà nhân ái"),
 Q("hơn 630 triệu đồng", 630000000, "đồng", "over"), Q("34 buổi tuyên truyền", 34, "buổi tuyên truyền"),
 Q("khoảng 5.000 lượt thanh niên", 5000, "lượt thanh niên", "approx"), Q("21 học sinh", 21, "học sinh"),
 Q("2 em mồ côi", 2, "em mồ côi"), Q("500.000 đồng", 500000, "đồng")],
[D("Luật", "57", "2020/QH14", None, "Quốc hội", "Luật Thanh niên số 57/2020/QH14"),
 D("Kế hoạch", "120", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 120-KH/TĐTN-TNNT")],
[prov("Kon Tum"), com("Đắk Dục"), com("Bờ Y")],
["BÁO KON TUM ĐIỆN TỬ", "Xã hội » Đoàn thể » Thanh niên", "Trang chủ » Tin tức", "BKT",
 "Các thanh niên tình nguyện tiêu biểu nhận bằng khen của Ban Thường vụ Tỉnh đoàn. Ảnh: N.H",
 "Ngày Quốc tế Tình nguyện viên", "cánh tay nối dài", "Đắk Mế"],
["Thứ Bảy, 05/12/2020 07:45", "năm 2020", "Covid-19", "Luật Thanh niên số 57/2020/QH14"]))
