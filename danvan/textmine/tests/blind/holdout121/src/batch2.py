from lib import *
PAGES = []

PAGES.append(page("b2867-gialai-chando-khac-2017", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội | Dân tộc - Tôn giáo | Gương sáng
19/05/2017 - 07:15
Già làng Ksor Hlim (thứ hai từ trái sang) cùng tổ bảo vệ rừng của làng đi tuần. Ảnh: Đ.T
Già làng giữ rừng ở plei Ơi Nu
Ở plei Ơi Nu, xã Ia Kênh (TP Pleiku, Gia Lai), ai cũng gọi già làng Ksor Hlim là "cây cổ thụ của làng". Hơn 30 năm qua, ông không chỉ giữ lửa nhà rông mà còn cùng dân làng giữ nguyên vẹn hơn 120 ha rừng cộng đồng.
Năm nay đã 74 tuổi, già Hlim vẫn đều đặn mỗi tháng 2 lần cùng tổ bảo vệ rừng gồm 11 thanh niên trong plei đi tuần. Năm 2016, tổ đã phát hiện, báo cho kiểm lâm xử lý 3 vụ khai thác gỗ trái phép. "Rừng còn thì suối còn nước, con cháu còn đất làm ăn. Mất rừng là mất làng", ông nói.
Không chỉ giữ rừng, già Hlim còn là người đi đầu trong vận động bà con bỏ tục bỏ mả, không tảo hôn. Nhờ ông thuyết phục, 26 hộ trong plei đã hiến gần 4.000 m2 đất để mở rộng đường vào khu sản xuất. Ông còn cùng Chi hội Nông dân plei đứng ra tín chấp cho 34 hộ vay vốn Ngân hàng Chính sách xã hội, tổng dư nợ khoảng 1,3 tỷ đồng, không hộ nào nợ quá hạn.
Ông Nguyễn Văn Lộc, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ia Kênh, cho biết: "Già Hlim nói thì dân nghe. Xã có chủ trương gì, mình đến nhà già bàn trước, già đồng ý rồi đưa ra họp làng là bà con làm theo". Theo ông Lộc, plei Ơi Nu hiện chỉ còn 9 hộ nghèo trên tổng số 187 hộ, giảm hơn một nửa so với năm 2012.
Bà Rah Lan H'Ngơn, Bí thư Chi bộ plei Ơi Nu, kể lại năm 2014 có kẻ xấu vào làng lôi kéo bà con theo "Tin lành Đê Ga". Già Hlim đã đi từng nhà, giải thích cho từng người, nên không một ai trong plei nghe theo.
Với những đóng góp đó, già làng Ksor Hlim đã được Chủ tịch UBND tỉnh tặng Bằng khen năm 2015 và được Ban Dân vận Tỉnh ủy chọn là một trong 5 điển hình "Dân vận khéo" tiêu biểu của tỉnh năm 2016. Từ năm 2012, ông là người có uy tín của plei, được hưởng chế độ theo Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ.
Chia tay chúng tôi, già Hlim dặn: "Các cháu viết thì viết cho đúng, làng này giữ rừng là nhờ cả làng, không phải một mình già". Trong căn nhà sàn nhỏ, ông vẫn treo tấm bản đồ ranh giới rừng cộng đồng do kiểm lâm địa bàn vẽ tặng, mỗi ô rừng được ông ghi tên người chịu trách nhiệm bằng tiếng Jrai.
Đức Thụy
Lượt xem: 3.902
Bài viết liên quan
- Người giữ lửa nhà rông ở Kbang (10/05/2017)
- Chư Păh: 21 người có uy tín được tập huấn kỹ năng hòa giải (28/04/2017)
- Già làng Đinh Núp tuổi 80 vẫn đi vận động dân làng (14/04/2017)
- Ia Grai xây dựng mô hình "Làng tự quản về an ninh trật tự" (01/04/2017)
- Đak Đoa: vận động đồng bào bỏ tục bỏ mả (22/03/2017)
""", "2017-05-19", "Già làng giữ rừng ở plei Ơi Nu",
E("khac", None, None),
[P("Ksor Hlim", "già làng"),
 P("Nguyễn Văn Lộc", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã Ia Kênh"),
 P("Rah Lan H'Ngơn", "Bí thư Chi bộ plei Ơi Nu")],
[Q("hơn 120 ha", 120, "ha", "over"), Q("11 thanh niên", 11, "thanh niên"), Q("3 vụ khai thác gỗ trái phép", 3, "vụ khai thác gỗ trái phép"),
 Q("26 hộ", 26, "hộ"), Q("gần 4.000 m2", 4000, "m2", "approx"), Q("34 hộ", 34, "hộ"),
 Q("khoảng 1,3 tỷ đồng", 1300000000, "đồng", "approx"), Q("9 hộ nghèo", 9, "hộ nghèo"), Q("187 hộ", 187, "hộ"),
 Q("5 điển hình", 5, "điển hình")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Kênh")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội | Dân tộc - Tôn giáo | Gương sáng",
 "Già làng Ksor Hlim (thứ hai từ trái sang) cùng tổ bảo vệ rừng của làng đi tuần. Ảnh: Đ.T", "cây cổ thụ của làng",
 "Tin lành Đê Ga", "Dân vận khéo", "Ngân hàng Chính sách xã hội", "Lượt xem: 3.902"],
["19/05/2017 - 07:15", "Hơn 30 năm", "74 tuổi", "2 lần", "Năm 2016", "năm 2015", "năm 2016", "Lượt xem: 3.902"]))

PAGES.append(page("b2868-daklak-bdv-taphuan-2018", """
BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK
Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động
Ngày 14/09/2018 | 15:30
Khai mạc lớp tập huấn.
Bồi dưỡng kiến thức cho 150 người có uy tín trong đồng bào dân tộc thiểu số
Trong 2 ngày 12 - 13/9/2018, tại thành phố Buôn Ma Thuột, Ban Dân vận Tỉnh ủy Đắk Lắk phối hợp với Ban Dân tộc tỉnh tổ chức lớp tập huấn, bồi dưỡng kiến thức năm 2018 cho 150 người có uy tín, già làng, trưởng buôn đến từ 15 huyện, thị xã, thành phố.
Đồng chí H'Zin Kđoh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy phát biểu khai mạc lớp tập huấn. Đồng chí nhấn mạnh, người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền ở buôn làng, là người giữ gìn luật tục tốt đẹp và vận động bà con bảo vệ đất đai, rừng.
Lớp tập huấn được tổ chức theo Kế hoạch số 112-KH/BDVTU ngày 20/8/2018 của Ban Dân vận Tỉnh ủy. Các học viên được nghe báo cáo viên của Tỉnh ủy giới thiệu chuyên đề về Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác vận động đồng bào dân tộc thiểu số tại chỗ và về ngăn chặn tình trạng mua bán, chuyển nhượng đất trái phép; Luật Đất đai năm 2013 và Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018 của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín và chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.
Ông Y Wang Mlô, Phó Trưởng ban Dân tộc tỉnh, thông tin: toàn tỉnh hiện có 2.083 người có uy tín, mỗi người được hỗ trợ 500.000 đồng/quý; năm 2018 ngân sách chi gần 5,2 tỷ đồng để thực hiện chính sách, trong đó có cấp 12 loại báo, tạp chí và thăm hỏi 146 người ốm đau.
Tại buổi thảo luận, già làng Y Phôn Ayŭn, buôn Tơng Jú, xã Ea Kao, chia sẻ buôn đã đưa quy định "không bán đất cho người lạ" vào luật tục; 100% hộ trong buôn đã ký cam kết. Ông Ama Pui, người có uy tín buôn Cư Dluê, xã Cư Pơng, cho biết từ năm 2016 đến nay buôn có 19 hộ được vay vốn từ Hội Nông dân, mỗi hộ 20 triệu đồng, để trồng cà phê xen sầu riêng.
Bà Trần Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy, đề nghị các học viên về buôn tổ chức ít nhất 1 buổi sinh hoạt truyền đạt lại nội dung đã học, đồng thời kịp thời báo cáo những vụ việc phức tạp với cấp ủy, chính quyền cơ sở.
Kết thúc lớp học, Ban Dân vận Tỉnh ủy tặng mỗi học viên một phần quà trị giá 300.000 đồng và bộ tài liệu tuyên truyền song ngữ Việt - Êđê.
H'Xuân
Các tin đã đưa
- Hội nghị giao ban khối dân vận quý II năm 2018 (17/07/2018)
- Krông Pắc: ra mắt mô hình "Buôn không có người bán đất trái phép" (29/06/2018)
- Ea H'leo tuyên dương 40 người có uy tín tiêu biểu (15/06/2018)
- Lắk: đối thoại với nhân dân buôn Jang Lành (01/06/2018)
""", "2018-09-14", "Bồi dưỡng kiến thức cho 150 người có uy tín trong đồng bào dân tộc thiểu số",
E("tap_huan", "2018", "2018-09-12"),
[P("H'Zin Kđoh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Y Wang Mlô", "Phó Trưởng ban Dân tộc tỉnh"),
 P("Y Phôn Ayŭn", "già làng"),
 P("Ama Pui", "người có uy tín buôn Cư Dluê"),
 P("Trần Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("150 người có uy tín, già làng, trưởng buôn", 150, "người có uy tín, già làng, trưởng buôn"),
 Q("15 huyện, thị xã, thành phố", 15, "huyện, thị xã, thành phố"), Q("2.083 người có uy tín", 2083, "người có uy tín"),
 Q("500.000 đồng", 500000, "đồng"), Q("gần 5,2 tỷ đồng", 5200000000, "đồng", "approx"),
 Q("12 loại báo, tạp chí", 12, "loại báo, tạp chí"), Q("146 người", 146, "người"), Q("100% hộ", 100, "%"),
 Q("19 hộ", 19, "hộ"), Q("20 triệu đồng", 20000000, "đồng"), Q("300.000 đồng", 300000, "đồng")],
[D("Kế hoạch", "112", "KH/BDVTU", "2018-08-20", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 112-KH/BDVTU ngày 20/8/2018"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Quyết định", "12", "2018/QĐ-TTg", "2018-03-06", "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg ngày 06/3/2018")],
[prov("Đắk Lắk"), com("Ea Kao"), com("Cư Pơng")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK", "Trang chủ >> Tin tức - Sự kiện >> Tin hoạt động", "Khai mạc lớp tập huấn.",
 "cánh tay nối dài", "Luật Đất đai năm 2013", "không bán đất cho người lạ"],
["Ngày 14/09/2018 | 15:30", "2 ngày", "năm 2018", "1 buổi", "một phần quà", "năm 2016"]))

PAGES.append(page("b2869-lamdong-huyenuy-doithoai-2019", """
Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng
Trang chủ › Tin tức › Chính trị - Xã hội
Cập nhật lúc 16:40 ngày 08/11/2019
Bí thư Huyện ủy Lạc Dương đối thoại với nhân dân về đất rừng
Ngày 07/11/2019, tại nhà văn hóa thôn Đưng K'Si, xã Đạ Sar, đồng chí Trần Văn Sơn, Bí thư Huyện ủy Lạc Dương, đã chủ trì buổi đối thoại năm 2019 với nhân dân về quản lý, bảo vệ rừng và giải quyết đất sản xuất cho đồng bào Cil, Cơ Ho. Cùng dự có đồng chí Liêng Hót Ha Thu, Phó Bí thư Thường trực Huyện ủy và hơn 200 người dân các thôn trong xã.
Buổi đối thoại được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân, và Kế hoạch số 135-KH/HU của Ban Thường vụ Huyện ủy.
Quang cảnh buổi đối thoại. Ảnh: Hoàng Yên
Người dân đã nêu 23 ý kiến, tập trung vào việc giao đất, giao rừng, cấp giấy chứng nhận quyền sử dụng đất và tiền dịch vụ môi trường rừng. Ông Cil Duin, người có uy tín thôn Đưng K'Si, phản ánh có 41 hộ trong thôn canh tác trên đất lâm nghiệp từ trước năm 2004 nhưng chưa được cấp giấy. Bà Rơ Ông K'Hương, thôn Đạ Nghịt, đề nghị tăng mức hỗ trợ khoán bảo vệ rừng, hiện khoảng 400.000 đồng/ha/năm.
Trả lời các ý kiến, ông Kră Jăn K'Lênh, Phó Chủ tịch UBND huyện, cho biết năm 2019 huyện đã giao khoán 58.420 ha rừng cho 2.164 hộ, tổng số tiền chi trả dịch vụ môi trường rừng hơn 36 tỷ đồng. Huyện sẽ rà soát để cấp giấy chứng nhận cho các hộ đủ điều kiện trong quý I năm 2020.
Phát biểu kết luận, đồng chí Trần Văn Sơn ghi nhận các ý kiến thẳng thắn của người dân; giao UBND huyện, Ban Quản lý rừng phòng hộ Đa Nhim và UBND xã Đạ Sar giải quyết dứt điểm 7 trường hợp tranh chấp đất rừng trước ngày 31/12/2019. Đồng chí đề nghị các già làng, người có uy tín tiếp tục vận động bà con không phá rừng, không mua bán đất lâm nghiệp trái phép, cùng chính quyền giữ vững đất của buôn làng.
Cuối buổi đối thoại, Huyện ủy trao 20 suất quà, mỗi suất 500.000 đồng, cho hộ nghèo thôn Đưng K'Si.
Theo đánh giá của Ban Dân vận Huyện ủy, đây là lần thứ hai trong năm người đứng đầu cấp ủy huyện đối thoại trực tiếp với dân ở xã vùng đồng bào dân tộc thiểu số. Nhiều kiến nghị sau buổi đối thoại trước đã được giải quyết, tạo niềm tin của người dân với cấp ủy, chính quyền.
P.V
Tin liên quan
- Lạc Dương: sơ kết 5 năm mô hình "Dân vận khéo" trong giữ rừng (25/10/2019)
- Người có uy tín ở Đạ Chais được khen thưởng (10/10/2019)
- Hội nghị giao ban công tác dân vận quý III năm 2019 (04/10/2019)
""", "2019-11-08", "Bí thư Huyện ủy Lạc Dương đối thoại với nhân dân về đất rừng",
E("doi_thoai", "2019", "2019-11-07"),
[P("Trần Văn Sơn", "Bí thư Huyện ủy Lạc Dương"),
 P("Liêng Hót Ha Thu", "Phó Bí thư Thường trực Huyện ủy"),
 P("Cil Duin", "người có uy tín thôn Đưng K'Si"),
 P("Rơ Ông K'Hương"),
 P("Kră Jăn K'Lênh", "Phó Chủ tịch UBND huyện")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("23 ý kiến", 23, "ý kiến"), Q("41 hộ", 41, "hộ"),
 Q("khoảng 400.000 đồng", 400000, "đồng", "approx"), Q("58.420 ha", 58420, "ha"), Q("2.164 hộ", 2164, "hộ"),
 Q("hơn 36 tỷ đồng", 36000000000, "đồng", "over"), Q("7 trường hợp", 7, "trường hợp"),
 Q("20 suất quà", 20, "suất quà"), Q("500.000 đồng", 500000, "đồng")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Kế hoạch", "135", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 135-KH/HU")],
[prov("Lâm Đồng"), com("Đạ Sar")],
["Cổng thông tin điện tử huyện Lạc Dương - tỉnh Lâm Đồng", "Trang chủ › Tin tức › Chính trị - Xã hội",
 "Quang cảnh buổi đối thoại. Ảnh: Hoàng Yên", "Ban Quản lý rừng phòng hộ Đa Nhim"],
["Cập nhật lúc 16:40 ngày 08/11/2019", "năm 2019", "trước năm 2004", "quý I năm 2020", "lần thứ hai"]))

PAGES.append(page("b2870-daknong-bdv-baocao-2020", """
BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG
Trang chủ | Văn bản - Báo cáo | Tin hoạt động
Thứ Sáu, 10/04/2020
Kết quả công tác dân vận quý I/2020: vận động đồng bào chung tay phòng, chống dịch Covid-19
Ngày 08/4/2020, Ban Dân vận Tỉnh ủy Đắk Nông ban hành Báo cáo số 86-BC/BDVTU về kết quả công tác dân vận quý I năm 2020 và phương hướng nhiệm vụ quý II năm 2020.
Theo báo cáo, trong quý I, ban dân vận các cấp đã tập trung tham mưu cấp ủy triển khai Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19, vận động nhân dân các bon, buôn thực hiện nghiêm cách ly xã hội. Khối dân vận đã phối hợp vận động các tổ chức, cá nhân ủng hộ Quỹ phòng, chống dịch hơn 2,4 tỷ đồng, 36 tấn gạo và 12.000 khẩu trang.
Ảnh minh họa: Cán bộ Ban Dân vận Huyện ủy Đắk Glong tuyên truyền phòng dịch tại bon Bu Sir.
Về công tác vận động đồng bào dân tộc thiểu số, Ban đã phối hợp thăm, tặng quà Tết Canh Tý cho 285 người có uy tín với tổng kinh phí khoảng 142 triệu đồng; hướng dẫn các huyện thực hiện Kết luận 58, 59-KL/TU của Ban Thường vụ Tỉnh ủy về công tác dân vận trong quản lý đất đai và về ổn định dân di cư tự do. Người có uy tín đã tham gia hòa giải thành 17 vụ việc, vận động 64 hộ trả lại khoảng 93 ha đất rừng bị lấn chiếm tại xã Quảng Sơn, xã Đắk Som.
Phong trào thi đua "Dân vận khéo" tiếp tục được duy trì: trong quý có thêm 14 mô hình, trong đó 6 mô hình cấp tỉnh. Ngân hàng Chính sách xã hội tỉnh phối hợp với các hội, đoàn thể giải ngân cho 1.127 hộ vay với số tiền 48,5 tỷ đồng.
Báo cáo cũng chỉ ra hạn chế: việc nắm tình hình ở một số bon vùng sâu còn chậm; vẫn còn 3 vụ tụ tập đông người liên quan tranh chấp đất với công ty lâm nghiệp chưa được giải quyết dứt điểm. Một số cán bộ dân vận cơ sở còn lúng túng khi chuyển sang làm việc trực tuyến, tuyên truyền qua mạng xã hội.
Quý II năm 2020, Ban Dân vận Tỉnh ủy xác định tập trung tham mưu Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 15-CT/TU ngày 12/5/2017 về tăng cường công tác dân vận trong tình hình mới; hướng dẫn tổ chức Đại hội Đảng bộ các cấp gắn với lấy ý kiến nhân dân; phối hợp tổ chức hội nghị trực tuyến với 71 điểm cầu gặp mặt người có uy tín. Báo cáo do đồng chí Lưu Văn Thành, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy ký.
Văn phòng Ban
Lượt xem: 1.488
Tin khác
- Ban Dân vận Tỉnh ủy triển khai làm việc trực tuyến trong thời gian giãn cách (02/04/2020)
- Đắk R'lấp: người có uy tín vận động bà con không tụ tập đông người (27/03/2020)
- Gặp mặt đầu xuân người có uy tín năm 2020 (20/01/2020)
- Tuy Đức: ra mắt tổ dân vận bon Bu Prăng 1 (10/01/2020)
""", "2020-04-10", "Kết quả công tác dân vận quý I/2020: vận động đồng bào chung tay phòng, chống dịch Covid-19",
E("bao_cao", "2020-Q1", "2020-04-08"),
[P("Lưu Văn Thành", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("hơn 2,4 tỷ đồng", 2400000000, "đồng", "over"), Q("36 tấn", 36, "tấn"), Q("12.000 khẩu trang", 12000, "khẩu trang"),
 Q("285 người có uy tín", 285, "người có uy tín"), Q("khoảng 142 triệu đồng", 142000000, "đồng", "approx"),
 Q("17 vụ việc", 17, "vụ việc"), Q("64 hộ", 64, "hộ"), Q("khoảng 93 ha", 93, "ha", "approx"),
 Q("14 mô hình", 14, "mô hình"), Q("6 mô hình cấp tỉnh", 6, "mô hình cấp tỉnh"), Q("1.127 hộ", 1127, "hộ"),
 Q("48,5 tỷ đồng", 48500000000, "đồng"), Q("3 vụ tụ tập đông người", 3, "vụ tụ tập đông người"),
 Q("71 điểm cầu", 71, "điểm cầu")],
[D("Báo cáo", "86", "BC/BDVTU", None, "Ban Dân vận Tỉnh ủy Đắk Nông", "Báo cáo số 86-BC/BDVTU"),
 D("Chỉ thị", "16", "CT-TTg", "2020-03-31", "Thủ tướng Chính phủ", "Chỉ thị 16/CT-TTg ngày 31/3/2020"),
 D("Kết luận", "58", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Kết luận", "59", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 58, 59-KL/TU"),
 D("Chỉ thị", "15", "CT/TU", "2017-05-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 15-CT/TU ngày 12/5/2017")],
[prov("Đắk Nông"), com("Quảng Sơn"), com("Đắk Som")],
["BAN DÂN VẬN TỈNH ỦY ĐẮK NÔNG", "Trang chủ | Văn bản - Báo cáo | Tin hoạt động",
 "Ảnh minh họa: Cán bộ Ban Dân vận Huyện ủy Đắk Glong tuyên truyền phòng dịch tại bon Bu Sir.", "Dân vận khéo",
 "Quỹ phòng, chống dịch", "Tết Canh Tý", "Lượt xem: 1.488"],
["Thứ Sáu, 10/04/2020", "quý I/2020", "Covid-19", "quý I năm 2020", "quý II năm 2020", "Lượt xem: 1.488"]))

PAGES.append(page("b2871-kontum-tinhuy-hoinghi-2021", """
Báo Kon Tum điện tử
Thời sự > Chính trị > Dân tộc - Tôn giáo
10/12/2021 - 17:20
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Biểu dương 102 già làng, người có uy tín tiêu biểu năm 2021
(BKT) - Sáng 9/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến biểu dương già làng, người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2021 tại 10 điểm cầu huyện, thành phố. Đồng chí Lương Văn Thịnh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh dự và phát biểu chỉ đạo.
Cùng dự có các đồng chí Phó Bí thư Tỉnh ủy: A Rơn Thương, Nguyễn Hữu Trọng; đồng chí U Hreng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 710 người có uy tín. Năm 2021, giữa lúc dịch Covid-19 diễn biến phức tạp, già làng, người có uy tín đã vận động 2.358 hộ hiến hơn 41.000 m2 đất làm đường, vận động trên 96% người dân trong độ tuổi tiêm vắc xin; phối hợp hòa giải thành 52 vụ việc, phát hiện 6 trường hợp tuyên truyền đạo trái phép để chính quyền xử lý.
Thực hiện Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ và Chương trình hành động số 18-CTr/TU của Tỉnh ủy, tỉnh đã chi hơn 2,1 tỷ đồng để thăm hỏi, tặng quà, cấp báo cho người có uy tín.
Tại hội nghị, già làng A Đuân, làng Kon Hra Chót, xã Đăk Rơ Wa, kể việc cả làng thống nhất không bán đất cho người ngoài, giữ lại 17 ha rừng đầu nguồn. Bà Y Hoa, người có uy tín làng Đăk Wâk, thị trấn Đăk Tô, chia sẻ cách vận động chị em không tảo hôn. Ông Nguyễn Văn Bình, người có uy tín thôn 3, xã Sa Nhơn, là người Kinh sống giữa đồng bào Gia Rai hơn 20 năm, vận động 11 hộ vay vốn trồng cao su.
Phát biểu chỉ đạo, đồng chí Lương Văn Thịnh ghi nhận những đóng góp của già làng, người có uy tín; đề nghị các cấp ủy tiếp tục thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về công tác dân tộc, quan tâm hơn nữa đến đời sống người có uy tín, kịp thời giải quyết kiến nghị của họ. Đồng chí lưu ý không để người có uy tín phải tự bỏ tiền túi đi hòa giải, đi vận động bà con, và đề nghị Ban Dân vận Tỉnh ủy sớm tham mưu chính sách phù hợp.
Dịp này, Ban Thường vụ Tỉnh ủy tặng giấy khen cho 102 già làng, người có uy tín tiêu biểu, mỗi người được thưởng 1 triệu đồng; UBND tỉnh tặng bằng khen cho 10 tập thể.
Đồng chí U Hreng trao giấy khen cho các già làng, người có uy tín. Ảnh: N.H
Ngọc Hạnh
Lượt xem: 2.961
Tin cùng chuyên mục
- Đăk Glei: gặp mặt người có uy tín cuối năm 2021 (06/12/2021)
- Kon Rẫy ra mắt mô hình "Dân vận khéo" trong xây dựng nông thôn mới (26/11/2021)
- Tu Mơ Rông hỗ trợ bò giống cho hộ nghèo (19/11/2021)
- Già làng vận động dân làng tiêm vắc xin (05/11/2021)
""", "2021-12-10", "Biểu dương 102 già làng, người có uy tín tiêu biểu năm 2021",
E("hoi_nghi", "2021", "2021-12-09"),
[P("Lương Văn Thịnh", "Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("A Rơn Thương", "Phó Bí thư Tỉnh ủy"),
 P("Nguyễn Hữu Trọng", "Phó Bí thư Tỉnh ủy"),
 P("U Hreng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("A Đuân", "già làng"),
 P("Y Hoa", "người có uy tín làng Đăk Wâk"),
 P("Nguyễn Văn Bình", "người có uy tín thôn 3")],
[Q("102 già làng, người có uy tín", 102, "già làng, người có uy tín"), Q("10 điểm cầu huyện, thành phố", 10, "điểm cầu huyện, thành phố"),
 Q("710 người có uy tín", 710, "người có uy tín"), Q("2.358 hộ", 2358, "hộ"), Q("hơn 41.000 m2", 41000, "m2", "over"),
 Q("trên 96%", 96, "%", "over"), Q("52 vụ việc", 52, "vụ việc"), Q("6 trường hợp", 6, "trường hợp"),
 Q("hơn 2,1 tỷ đồng", 2100000000, "đồng", "over"), Q("17 ha", 17, "ha"), Q("11 hộ", 11, "hộ"),
 Q("1 triệu đồng", 1000000, "đồng"), Q("10 tập thể", 10, "tập thể")],
[D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg"),
 D("Chương trình hành động", "18", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 18-CTr/TU"),
 D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019")],
[prov("Kon Tum"), com("Đăk Rơ Wa"), com("Đăk Tô"), com("Sa Nhơn")],
["Báo Kon Tum điện tử", "Thời sự > Chính trị > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tại điểm cầu tỉnh.", "(BKT)",
 "Đồng chí U Hreng trao giấy khen cho các già làng, người có uy tín. Ảnh: N.H", "Lượt xem: 2.961"],
["10/12/2021 - 17:20", "năm 2021", "Covid-19", "hơn 20 năm", "Lượt xem: 2.961"]))

PAGES.append(page("b2872-gialai-xa-tongket-2022", """
ĐẢNG BỘ XÃ IA DREH - HUYỆN KRÔNG PA
Trang chủ / Hoạt động của Đảng ủy / Tin tức
2022-12-28 10:10
Ia Dreh: Đảng ủy xã tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2022
Chiều 27/12/2022, Đảng ủy xã Ia Dreh (huyện Krông Pa, tỉnh Gia Lai) tổ chức hội nghị tổng kết công tác xây dựng Đảng, hệ thống chính trị năm 2022 và triển khai nhiệm vụ năm 2023. Đồng chí Ksor Nhiên, Bí thư Đảng ủy xã chủ trì hội nghị; dự có đồng chí Nay Y Blim, HUV, Trưởng Ban Tuyên giáo Huyện ủy.
Năm 2022, Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 09-NQ/ĐU về giảm nghèo bền vững gắn với bảo vệ rừng và Kế hoạch số 21, 22-KH/ĐU về thực hiện Kết luận 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị 05-CT/TW. Toàn Đảng bộ có 9 chi bộ với 168 đảng viên; trong năm kết nạp 7 đảng viên mới, trong đó 5 đồng chí là người Jrai.
Đại biểu biểu quyết thông qua chương trình hội nghị.
Về kinh tế - xã hội, tổng diện tích gieo trồng đạt khoảng 3.150 ha; thu nhập bình quân 32 triệu đồng/người/năm. Phối hợp với Ngân hàng Chính sách xã hội huyện, xã đã giải ngân cho 139 hộ vay vốn với tổng dư nợ hơn 6,8 tỷ đồng; tỷ lệ hộ nghèo giảm còn 21,4%. Các tổ bảo vệ rừng ở 6 buôn phối hợp với Ban quản lý rừng phòng hộ Ayun Pa tuần tra 48 lượt, không để xảy ra cháy rừng.
Công tác dân vận có nhiều cách làm hay. Mô hình "Dân vận khéo" "Già làng đi đầu giữ đất buôn" ở buôn Chư Jú đã giúp 23 hộ lấy lại hơn 16 ha đất bị cầm cố. Già làng Rơ Ô Hlôm, người có uy tín buôn Chư Jú, được UBND huyện tặng giấy khen. Chị Kpă H'Dung, Bí thư Đoàn xã, báo cáo Đoàn đã vận động thanh niên làm 2,5 km đường bê tông nội buôn.
Hội nghị cũng chỉ ra hạn chế: vẫn còn 4 hộ với 11 khẩu bỏ đi làm ăn xa nhưng không khai báo; công tác phát triển đảng viên ở buôn Ma Rai chưa đạt chỉ tiêu.
Kết luận hội nghị, đồng chí Ksor Nhiên đề nghị năm 2023 tập trung thực hiện Nghị quyết 10-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, phấn đấu kết nạp ít nhất 8 đảng viên mới, giảm 5% hộ nghèo. Dịp này, Đảng ủy xã khen thưởng 3 chi bộ trong sạch, vững mạnh tiêu biểu và 12 đảng viên hoàn thành xuất sắc nhiệm vụ.
Trước đó, tháng 11/2022, Ủy ban MTTQ xã đã phối hợp trao 3 căn nhà Đại đoàn kết cho hộ nghèo ở buôn Chư Jú và buôn Ma Rai, với sự hỗ trợ của các nhà hảo tâm trong và ngoài huyện.
Văn phòng Đảng ủy
Tin khác
- Xã Ia Dreh ra mắt tổ hòa giải buôn Ma Rai (15/12/2022)
- Hội nghị Ban Chấp hành Đảng bộ xã tháng 11/2022 (30/11/2022)
- Ia Dreh trao nhà Đại đoàn kết cho hộ nghèo (20/11/2022)
- Kết nạp đảng viên mới là người có uy tín (08/11/2022)
- Buôn Chư Jú ra mắt tổ bảo vệ rừng (25/10/2022)
""", "2022-12-28", "Ia Dreh: Đảng ủy xã tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2022",
E("tong_ket", "2022", "2022-12-27"),
[P("Ksor Nhiên", "Bí thư Đảng ủy xã"),
 P("Nay Y Blim", "HUV", "Trưởng Ban Tuyên giáo Huyện ủy"),
 P("Rơ Ô Hlôm", "Già làng", "người có uy tín buôn Chư Jú"),
 P("Kpă H'Dung", "Bí thư Đoàn xã")],
[Q("9 chi bộ", 9, "chi bộ"), Q("168 đảng viên", 168, "đảng viên"), Q("7 đảng viên mới", 7, "đảng viên mới"),
 Q("5 đồng chí", 5, "đồng chí"), Q("khoảng 3.150 ha", 3150, "ha", "approx"), Q("32 triệu đồng", 32000000, "đồng"),
 Q("139 hộ", 139, "hộ"), Q("hơn 6,8 tỷ đồng", 6800000000, "đồng", "over"), Q("21,4%", 21.4, "%"),
 Q("6 buôn", 6, "buôn"), Q("48 lượt", 48, "lượt"), Q("23 hộ", 23, "hộ"), Q("hơn 16 ha", 16, "ha", "over"),
 Q("2,5 km", 2.5, "km"), Q("4 hộ", 4, "hộ"), Q("11 khẩu", 11, "khẩu"), Q("8 đảng viên mới", 8, "đảng viên mới"),
 Q("5%", 5, "%"), Q("3 chi bộ trong sạch, vững mạnh tiêu biểu", 3, "chi bộ trong sạch, vững mạnh tiêu biểu"),
 Q("12 đảng viên hoàn thành xuất sắc nhiệm vụ", 12, "đảng viên"), Q("3 căn nhà Đại đoàn kết", 3, "căn nhà Đại đoàn kết")],
[D("Nghị quyết", "09", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết chuyên đề số 09-NQ/ĐU"),
 D("Kế hoạch", "21", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kế hoạch", "22", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 21, 22-KH/ĐU"),
 D("Kết luận", "01", "KL/TW", None, "Bộ Chính trị", "Kết luận 01-KL/TW"),
 D("Chỉ thị", "05", "CT/TW", None, None, "Chỉ thị 05-CT/TW"),
 D("Nghị quyết", "10", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết 10-NQ/TU")],
[prov("Gia Lai"), com("Ia Dreh")],
["ĐẢNG BỘ XÃ IA DREH - HUYỆN KRÔNG PA", "Trang chủ / Hoạt động của Đảng ủy / Tin tức",
 "Đại biểu biểu quyết thông qua chương trình hội nghị.", "Dân vận khéo", "Già làng đi đầu giữ đất buôn",
 "Ngân hàng Chính sách xã hội", "Ban quản lý rừng phòng hộ Ayun Pa"],
["2022-12-28 10:10", "năm 2022", "năm 2023", "5 đồng chí", "tháng 11/2022"]))
