from lib import *
PAGES = []

PAGES.append(page("b3995-thanhhoa-tinhdoan-traoqua-2017", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Chính trị | Đoàn thể
02/06/2017 - 16:35
Ảnh: Đại diện Tỉnh đoàn trao máy tính cho Trường PTDTBT Tiểu học Na Mèo.
Trao 80 bộ máy tính, mở "Góc học tập số" cho học sinh vùng cao
(Baothanhhoa.vn) - Ngày 1/6, nhân Ngày Quốc tế Thiếu nhi, Tỉnh đoàn Thanh Hóa phối hợp Công ty Viễn thông Viettel Thanh Hóa và Hội Doanh nhân trẻ tỉnh tổ chức chương trình trao tặng 80 bộ máy tính, 12 bộ thiết bị phát sóng wifi cho 8 trường học và 6 nhà văn hóa bản ở các huyện Quan Sơn, Mường Lát, Lang Chánh.
Tham dự có đồng chí Lê Văn Cường, Ủy viên Ban Chấp hành Trung ương Đoàn, Bí thư Tỉnh đoàn; đồng chí Phạm Thị Thanh Thủy, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh; ông Hà Văn Tình, Phó Chủ tịch UBND huyện Quan Sơn.
Tổng trị giá các phần quà là gần 1,1 tỷ đồng, trong đó Viettel Thanh Hóa hỗ trợ miễn phí đường truyền Internet cho 14 điểm trong 2 năm. Dịp này, ban tổ chức còn trao 250 suất quà Tết thiếu nhi, mỗi suất gồm sách vở, cặp sách trị giá 200.000 đồng, và 30 suất học bổng "Thắp sáng ước mơ" cho học sinh nghèo vượt khó.
Chương trình nằm trong kế hoạch triển khai Chỉ thị số 16/CT-TTg ngày 04/5/2017 của Thủ tướng Chính phủ về tăng cường năng lực tiếp cận cuộc Cách mạng công nghiệp lần thứ 4 và Kế hoạch 25-KH/TĐTN-TNNT của Ban Thường vụ Tỉnh đoàn về "Tuổi trẻ Thanh Hóa chung tay xóa mù công nghệ thông tin vùng cao". Theo kế hoạch, đến năm 2020 tỉnh đoàn phấn đấu 100% trường học ở 11 huyện miền núi có phòng máy tính nối mạng.
Em Lò Thị Xuân, học sinh lớp 5 Trường PTDTBT Tiểu học Na Mèo, người dân tộc Thái, xúc động: "Em chưa từng được chạm vào máy tính. Từ nay chúng em có thể học tiếng Anh, tra cứu trên mạng". Thầy Vi Văn Hạnh, Hiệu trưởng nhà trường, cho biết trường có 312 học sinh, 9 điểm lẻ, trước đây chỉ có 2 máy tính phục vụ công tác văn phòng.
Ông Hà Văn Tình cảm ơn các đơn vị và cam kết huyện sẽ bố trí giáo viên tin học, bảo quản thiết bị; đồng thời giao Huyện đoàn Quan Sơn thành lập đội hình thanh niên tình nguyện hướng dẫn các em sử dụng máy tính an toàn, tránh xa các trò chơi bạo lực trên mạng.
Phát biểu tại chương trình, đồng chí Lê Văn Cường đề nghị các nhà trường, đoàn xã bảo quản, khai thác hiệu quả thiết bị; kêu gọi các doanh nghiệp tiếp tục đồng hành để năm 2017 trao thêm ít nhất 200 bộ máy tính cho học sinh vùng khó.
Lê Hợi
Lượt xem: 6.130
Tin cùng chuyên mục
- Tuổi trẻ xứ Thanh ra quân Chiến dịch Thanh niên tình nguyện hè 2017 (28/05/2017)
- Đại hội Đoàn TNCS Hồ Chí Minh huyện Thọ Xuân nhiệm kỳ 2017 - 2022 (20/05/2017)
- Tỉnh đoàn gặp mặt 60 thủ khoa xuất sắc năm 2017 (15/05/2017)
- Ngày hội "Thanh niên với văn hóa giao thông" (02/05/2017)
""", "2017-06-02", 'Trao 80 bộ máy tính, mở "Góc học tập số" cho học sinh vùng cao',
E("trao_qua", None, "2017-06-01"),
[P("Lê Văn Cường", "Ủy viên Ban Chấp hành Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
 P("Phạm Thị Thanh Thủy", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội đồng Đội tỉnh"),
 P("Hà Văn Tình", "Phó Chủ tịch UBND huyện Quan Sơn"),
 P("Lò Thị Xuân"),
 P("Vi Văn Hạnh", "Hiệu trưởng nhà trường")],
[Q("80 bộ máy tính", 80, "bộ máy tính"), Q("12 bộ thiết bị phát sóng wifi", 12, "bộ thiết bị phát sóng wifi"),
 Q("8 trường học", 8, "trường học"), Q("6 nhà văn hóa bản", 6, "nhà văn hóa bản"),
 Q("gần 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("14 điểm", 14, "điểm"),
 Q("250 suất quà", 250, "suất quà"), Q("200.000 đồng", 200000, "đồng"), Q("30 suất học bổng", 30, "suất học bổng"),
 Q("100% trường học", 100, "%"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("312 học sinh", 312, "học sinh"),
 Q("9 điểm lẻ", 9, "điểm lẻ"), Q("2 máy tính", 2, "máy tính"), Q("ít nhất 200 bộ máy tính", 200, "bộ máy tính", "over")],
[D("Chỉ thị", "16", "CT-TTg", "2017-05-04", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 04/5/2017"),
 D("Kế hoạch", "25", "KH/TĐTN-TNNT", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch 25-KH/TĐTN-TNNT")],
[prov("Thanh Hóa")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự | Chính trị | Đoàn thể",
 "Ảnh: Đại diện Tỉnh đoàn trao máy tính cho Trường PTDTBT Tiểu học Na Mèo.", "Góc học tập số", "(Baothanhhoa.vn)",
 "Thắp sáng ước mơ", "Tuổi trẻ Thanh Hóa chung tay xóa mù công nghệ thông tin vùng cao", "Na Mèo", "Lượt xem: 6.130"],
["02/06/2017 - 16:35", "2 năm", "lần thứ 4", "năm 2020", "lớp 5", "năm 2017"]))

PAGES.append(page("b3996-hatinh-mttq-hoinghi-2018", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH
Trang chủ / Tin tức / Hoạt động Mặt trận
Cập nhật lúc 17:05 ngày 17/10/2018
Hội nghị triển khai phối hợp chi trả an sinh xã hội không dùng tiền mặt năm 2018
Sáng 16/10, Ban Thường trực Ủy ban MTTQ tỉnh Hà Tĩnh phối hợp Ngân hàng Nhà nước Chi nhánh Hà Tĩnh, Bưu điện tỉnh và Bảo hiểm xã hội tỉnh tổ chức hội nghị triển khai chương trình phối hợp vận động nhân dân nhận lương hưu, trợ cấp xã hội qua tài khoản năm 2018.
Dự hội nghị có các đồng chí: Trần Thị Nhật Lệ, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Nguyễn Hữu Ái, Giám đốc Ngân hàng Nhà nước Chi nhánh Hà Tĩnh; cùng 120 đại biểu là chủ tịch Ủy ban MTTQ các xã, phường, thị trấn và trưởng ban công tác Mặt trận khu dân cư ở 3 huyện điểm Can Lộc, Thạch Hà, Đức Thọ.
Đồng chí Trần Thị Nhật Lệ phát biểu tại hội nghị. Ảnh: P.V
Theo Quyết định số 2545/QĐ-TTg ngày 30/12/2016 của Thủ tướng Chính phủ phê duyệt Đề án phát triển thanh toán không dùng tiền mặt tại Việt Nam giai đoạn 2016 - 2020 và Chỉ thị 22/CT-NHNN, mục tiêu đến năm 2020 có 70% người dân từ 15 tuổi trở lên có tài khoản tại ngân hàng. Hiện toàn tỉnh có khoảng 86.000 người hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng tháng và 52.300 đối tượng bảo trợ xã hội, nhưng mới 9,6% nhận qua tài khoản; mỗi tháng ngân sách phải chi gần 4,2 tỷ đồng cho khâu chi trả trực tiếp.
Các đại biểu được nghe ông Đặng Văn Hòa, Phó Chủ tịch Ủy ban MTTQ tỉnh, quán triệt Chương trình phối hợp số 07/CTrPH-MTTQ-NHNN và Hướng dẫn số 31/HD-MTTQ-BTT ngày 02/10/2018 của Ban Thường trực Ủy ban MTTQ tỉnh. Theo đó, mỗi ban công tác Mặt trận vận động ít nhất 20 hộ có người hưởng chính sách mở tài khoản trong quý IV; các ngân hàng miễn phí mở tài khoản, phát hành thẻ và cử cán bộ về tận thôn.
Ông Nguyễn Văn Thỏa, cựu chiến binh, Trưởng ban công tác Mặt trận thôn Trung Tiến, xã Thiên Lộc, chia sẻ: "Người già ngại thẻ vì sợ quên mã số, sợ bị lừa; phải có con cháu hoặc cán bộ đi cùng hướng dẫn vài lần mới quen". Bà Lê Thị Hoài, Chủ tịch Ủy ban MTTQ xã Thạch Đài, đề nghị bố trí thêm máy ATM ở trung tâm cụm xã.
Hội nghị thống nhất chọn 15 xã làm điểm, phấn đấu đến cuối năm 2018 đạt trên 25% người hưởng chính sách nhận tiền qua tài khoản, mở thêm 40 điểm giao dịch lưu động của Bưu điện tại nhà văn hóa thôn.
Thu Hà
Lượt xem: 1.562
Tin khác
- Hà Tĩnh: hơn 1.700 khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc (12/10/2018)
- Ủy ban MTTQ tỉnh giám sát công tác giải phóng mặt bằng tại Kỳ Anh (03/10/2018)
- Vận động ủng hộ đồng bào bị thiệt hại do bão số 10 (20/09/2018)
- Ra mắt mô hình "Khu dân cư tự quản về an ninh trật tự" (05/09/2018)
""", "2018-10-17", "Hội nghị triển khai phối hợp chi trả an sinh xã hội không dùng tiền mặt năm 2018",
E("hoi_nghi", "2018", "2018-10-16"),
[P("Trần Thị Nhật Lệ", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Hữu Ái", "Giám đốc Ngân hàng Nhà nước Chi nhánh Hà Tĩnh"),
 P("Đặng Văn Hòa", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thỏa", "Trưởng ban công tác Mặt trận thôn Trung Tiến"),
 P("Lê Thị Hoài", "Chủ tịch Ủy ban MTTQ xã Thạch Đài")],
[Q("120 đại biểu", 120, "đại biểu"), Q("3 huyện điểm", 3, "huyện điểm"), Q("70%", 70, "%"),
 Q("khoảng 86.000 người", 86000, "người", "approx"), Q("52.300 đối tượng bảo trợ xã hội", 52300, "đối tượng bảo trợ xã hội"),
 Q("9,6%", 9.6, "%"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("ít nhất 20 hộ", 20, "hộ", "over"), Q("15 xã", 15, "xã"), Q("trên 25%", 25, "%", "over"),
 Q("40 điểm giao dịch lưu động", 40, "điểm giao dịch lưu động")],
[D("Quyết định", "2545", "QĐ-TTg", "2016-12-30", "Thủ tướng Chính phủ", "Quyết định số 2545/QĐ-TTg ngày 30/12/2016"),
 D("Chỉ thị", "22", "CT-NHNN", None, None, "Chỉ thị 22/CT-NHNN"),
 D("Chương trình phối hợp", "07", "CTrPH-MTTQ-NHNN", None, None, "Chương trình phối hợp số 07/CTrPH-MTTQ-NHNN"),
 D("Hướng dẫn", "31", "HD-MTTQ-BTT", "2018-10-02", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 31/HD-MTTQ-BTT ngày 02/10/2018")],
[prov("Hà Tĩnh"), com("Thiên Lộc"), com("Thạch Đài")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HÀ TĨNH", "Trang chủ / Tin tức / Hoạt động Mặt trận",
 "Đồng chí Trần Thị Nhật Lệ phát biểu tại hội nghị. Ảnh: P.V", "Lượt xem: 1.562"],
["Cập nhật lúc 17:05 ngày 17/10/2018", "năm 2018", "giai đoạn 2016 - 2020", "năm 2020", "15 tuổi", "quý IV", "Lượt xem: 1.562"]))

PAGES.append(page("b3997-cantho-bdv-baocao-2019", """
BAN DÂN VẬN THÀNH ỦY CẦN THƠ
Trang chủ :: Dân vận chính quyền :: Cải cách hành chính
Thứ Năm, 25/07/2019, 09:20
Hôm nay: Thứ Năm, 25/07/2019
Dân vận chính quyền gắn với xây dựng chính quyền điện tử: nhiều kết quả bước đầu
Ngày 23/7, Ban Dân vận Thành ủy Cần Thơ báo cáo Thường trực Thành ủy kết quả 6 tháng đầu năm 2019 thực hiện công tác dân vận chính quyền gắn với cải cách hành chính, xây dựng chính quyền điện tử. Đồng chí Trần Văn Lâu, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy trình bày báo cáo.
Đồng chí Trần Văn Lâu trình bày báo cáo. Ảnh: Ngọc Hân
Theo báo cáo, thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025 và Kế hoạch số 62-KH/TU của Ban Thường vụ Thành ủy về thực hiện Quy chế dân vận, 6 tháng qua thành phố đã cung cấp 1.148 dịch vụ công trực tuyến, trong đó 302 dịch vụ mức độ 3, 4; tỷ lệ hồ sơ nộp trực tuyến mức độ 3, 4 đạt 18,7%, tăng gần 11% so với cùng kỳ. Cả 85 xã, phường, thị trấn đã triển khai phần mềm một cửa điện tử liên thông.
Ban Dân vận Thành ủy đã phối hợp Ban cán sự đảng UBND thành phố tổ chức 2 cuộc khảo sát về sự hài lòng của người dân đối với dịch vụ hành chính công tại 20 phường, xã, với 1.600 phiếu; 91,2% người được hỏi hài lòng với thái độ phục vụ của công chức. Phong trào "Dân vận khéo" trong lĩnh vực cải cách hành chính có 74 mô hình, trong đó 12 mô hình tiêu biểu như "Tổ hướng dẫn thủ tục hành chính lưu động", "Zalo kết nối phường - dân".
Báo cáo cũng nêu hạn chế: tỷ lệ hồ sơ trực tuyến chưa đạt chỉ tiêu 30%; nhiều người dân, nhất là người cao tuổi, chưa biết thao tác; một số công chức còn gây phiền hà, có 7 trường hợp bị nhắc nhở, 2 trường hợp bị xử lý kỷ luật.
Ý kiến tại buổi báo cáo, bà Nguyễn Thị Ngọc Điệp, Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy, đề nghị đưa tiêu chí "dân vận chính quyền" vào đánh giá thi đua của người đứng đầu. Ông Lý Hùng Dũng, Bí thư Đảng ủy phường An Khánh, cho biết phường lập nhóm Zalo cho 9 khu vực, trả lời gần 500 lượt câu hỏi của người dân.
Chỉ đạo tại buổi làm việc, đồng chí Lê Quang Mạnh, Ủy viên Trung ương Đảng, Bí thư Thành ủy Cần Thơ, ghi nhận các kết quả, yêu cầu 6 tháng cuối năm 2019 nâng tỷ lệ hồ sơ trực tuyến lên trên 25%, công khai số điện thoại đường dây nóng của người đứng đầu 100% cơ quan, đơn vị.
Ngọc Hân
Số lượt truy cập: 2.281
Tin liên quan
- Ninh Kiều ra mắt mô hình "Dân vận khéo" trong tiếp công dân (15/07/2019)
- Tập huấn nghiệp vụ dân vận chính quyền năm 2019 (28/06/2019)
- Thốt Nốt: đối thoại với nhân dân về giải phóng mặt bằng (14/06/2019)
- Cần Thơ tổng kết 20 năm thực hiện Quy chế dân chủ ở cơ sở (30/05/2019)
""", "2019-07-25", "Dân vận chính quyền gắn với xây dựng chính quyền điện tử: nhiều kết quả bước đầu",
E("bao_cao", "2019-H1", "2019-07-23"),
[P("Trần Văn Lâu", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Ngọc Điệp", "Phó Trưởng Ban Thường trực Ban Dân vận Thành ủy"),
 P("Lý Hùng Dũng", "Bí thư Đảng ủy phường An Khánh"),
 P("Lê Quang Mạnh", "Ủy viên Trung ương Đảng", "Bí thư Thành ủy Cần Thơ")],
[Q("1.148 dịch vụ công trực tuyến", 1148, "dịch vụ công trực tuyến"), Q("302 dịch vụ", 302, "dịch vụ"),
 Q("18,7%", 18.7, "%"), Q("gần 11%", 11, "%", "approx"), Q("85 xã, phường, thị trấn", 85, "xã, phường, thị trấn"),
 Q("2 cuộc khảo sát", 2, "cuộc khảo sát"), Q("20 phường, xã", 20, "phường, xã"), Q("1.600 phiếu", 1600, "phiếu"),
 Q("91,2%", 91.2, "%"), Q("74 mô hình", 74, "mô hình"), Q("12 mô hình tiêu biểu", 12, "mô hình tiêu biểu"),
 Q("30%", 30, "%"), Q("7 trường hợp", 7, "trường hợp"), Q("2 trường hợp", 2, "trường hợp"),
 Q("9 khu vực", 9, "khu vực"), Q("gần 500 lượt câu hỏi", 500, "lượt câu hỏi", "approx"),
 Q("trên 25%", 25, "%", "over"), Q("100% cơ quan, đơn vị", 100, "%")],
[D("Nghị quyết", "17", "NQ-CP", "2019-03-07", "Chính phủ", "Nghị quyết số 17/NQ-CP ngày 07/3/2019"),
 D("Kế hoạch", "62", "KH/TU", None, "Ban Thường vụ Thành ủy", "Kế hoạch số 62-KH/TU")],
[prov("Cần Thơ"), com("An Khánh")],
["BAN DÂN VẬN THÀNH ỦY CẦN THƠ", "Trang chủ :: Dân vận chính quyền :: Cải cách hành chính", "Hôm nay: Thứ Năm, 25/07/2019",
 "Đồng chí Trần Văn Lâu trình bày báo cáo. Ảnh: Ngọc Hân", "Dân vận khéo", "Tổ hướng dẫn thủ tục hành chính lưu động",
 "Zalo kết nối phường - dân", "Quy chế dân vận", "Số lượt truy cập: 2.281"],
["Thứ Năm, 25/07/2019, 09:20", "6 tháng đầu năm 2019", "giai đoạn 2019 - 2020", "đến 2025", "mức độ 3, 4", "6 tháng cuối năm 2019"]))

PAGES.append(page("b3998-quangnam-chandung-khac-2020", """
BÁO QUẢNG NAM ĐIỆN TỬ
Xã hội › Gương sáng › Thanh niên
Thứ Ba, 21/04/2020 | 07:50
Ảnh: Anh Bhling Mia (bìa phải) hướng dẫn người dân bán hàng qua mạng.
Chàng trai Cơ Tu đưa măng rừng, mật ong "lên sóng"
QNO - Mùa dịch Covid-19, khi các phiên chợ phiên ở Tây Giang tạm dừng, Bhling Mia, Bí thư Đoàn xã A Xan, đã lập trang bán hàng trên mạng xã hội, giúp bà con tiêu thụ hơn 3 tấn măng khô, mật ong, gạo đỏ.
Sinh năm 1994, Bhling Mia tốt nghiệp cao đẳng công nghệ thông tin ở Đà Nẵng rồi về quê. Năm 2018, anh được bầu làm Bí thư Đoàn xã, nhiệm kỳ 2017 - 2022. Thấy nông sản của bà con các thôn giáp biên giới thường bị thương lái ép giá, anh cùng 12 đoàn viên lập nhóm "Tây Giang - sản vật đại ngàn", chụp ảnh, quay video giới thiệu từng sản phẩm, nhận đơn qua điện thoại.
Chỉ trong 2 tháng, nhóm nhận khoảng 640 đơn hàng từ Đà Nẵng, Hội An, TP Hồ Chí Minh; doanh thu đạt gần 380 triệu đồng, riêng mật ong rừng bán được 520 lít. Bà Alăng Thị Bốp, người có uy tín thôn Agrồng, xã A Xan, nói: "Trước đây bán 1 lít mật ong chỉ được 300.000 đồng, nay bán qua mạng được 450.000 đồng, bà con vui lắm".
Không chỉ bán hàng, Bhling Mia còn hướng dẫn 86 hộ mở tài khoản ngân hàng, cài ứng dụng thanh toán trên điện thoại để nhận tiền hàng. Đội thanh niên tình nguyện của anh đến từng nhà hướng dẫn người dân khai báo y tế trực tuyến, tra cứu thông tin phòng dịch từ trang của Bộ Y tế.
Anh Briu Quân, Huyện ủy viên, Bí thư Huyện đoàn Tây Giang, cho biết cách làm của Đoàn xã A Xan đang được nhân rộng ra 9 xã; Huyện đoàn đã đưa nội dung này vào kế hoạch thực hiện Chỉ thị số 05-CT/HU của Ban Thường vụ Huyện ủy về phát triển sản phẩm đặc thù miền núi. Ông Bríu Liếc, Phó Chủ tịch UBND huyện Tây Giang, đánh giá: "Từ một thanh niên, một chiếc điện thoại, các em đã làm được việc mà trước đây nhiều hội nghị bàn mãi chưa xong".
Theo Tỉnh đoàn Quảng Nam, mùa dịch năm nay các cơ sở Đoàn ở 9 huyện miền núi của tỉnh đã lập khoảng 70 nhóm, gian hàng trực tuyến tiêu thụ nông sản cho đồng bào; nhiều thanh niên người Cơ Tu, Xơ Đăng, Giẻ Triêng lần đầu biết livestream, biết chuyển khoản. Cách làm này vừa giúp bà con, vừa giúp cán bộ Đoàn gần dân hơn.
Năm 2019, Bhling Mia được Trung ương Đoàn tặng Bằng khen, là một trong 2 gương thanh niên dân tộc thiểu số của tỉnh được tuyên dương. Anh ấp ủ dự định mở một điểm bán hàng tại trung tâm xã, kết nối với ít nhất 5 hợp tác xã của huyện để đưa sản phẩm OCOP lên các sàn thương mại điện tử.
Alăng Ngước
Lượt xem: 4.281
Tin khác
- Nữ thủ lĩnh Đoàn dám nghĩ, dám làm ở Nam Trà My (14/04/2020)
- Thanh niên Đông Giang chung tay phòng chống dịch Covid-19 (08/04/2020)
- "ATM gạo" tiếp sức người nghèo mùa dịch (04/04/2020)
- Cô giáo vùng cao dạy học qua Zalo (30/03/2020)
""", "2020-04-21", 'Chàng trai Cơ Tu đưa măng rừng, mật ong "lên sóng"',
E("khac", None, None),
[P("Bhling Mia", "Bí thư Đoàn xã A Xan"),
 P("Alăng Thị Bốp", "người có uy tín thôn Agrồng"),
 P("Briu Quân", "Huyện ủy viên", "Bí thư Huyện đoàn Tây Giang"),
 P("Bríu Liếc", "Phó Chủ tịch UBND huyện Tây Giang")],
[Q("hơn 3 tấn", 3, "tấn", "over"), Q("12 đoàn viên", 12, "đoàn viên"), Q("khoảng 640 đơn hàng", 640, "đơn hàng", "approx"),
 Q("gần 380 triệu đồng", 380000000, "đồng", "approx"), Q("520 lít", 520, "lít"),
 Q("300.000 đồng", 300000, "đồng"), Q("450.000 đồng", 450000, "đồng"), Q("86 hộ", 86, "hộ"),
 Q("9 xã", 9, "xã"), Q("9 huyện miền núi", 9, "huyện miền núi"), Q("khoảng 70 nhóm, gian hàng trực tuyến", 70, "nhóm, gian hàng trực tuyến", "approx"), Q("2 gương thanh niên dân tộc thiểu số", 2, "gương thanh niên dân tộc thiểu số"),
 Q("ít nhất 5 hợp tác xã", 5, "hợp tác xã", "over")],
[D("Chỉ thị", "05", "CT/HU", None, "Ban Thường vụ Huyện ủy", "Chỉ thị số 05-CT/HU")],
[prov("Quảng Nam"), com("A Xan"), prov("Đà Nẵng"), prov("Hồ Chí Minh")],
["BÁO QUẢNG NAM ĐIỆN TỬ", "Xã hội › Gương sáng › Thanh niên", "Ảnh: Anh Bhling Mia (bìa phải) hướng dẫn người dân bán hàng qua mạng.",
 "QNO", "Tây Giang - sản vật đại ngàn", "Lượt xem: 4.281", "Trung ương Đoàn", "Tỉnh đoàn Quảng Nam"],
["Thứ Ba, 21/04/2020 | 07:50", "Covid-19", "năm 1994", "Năm 2018", "nhiệm kỳ 2017 - 2022", "2 tháng", "1 lít", "Năm 2019", "Lượt xem: 4.281"]))

PAGES.append(page("b3999-hoabinh-mttq-tongket-2021", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH
Trang chủ » Tin tức - Sự kiện » Mặt trận các cấp
Ngày 28/12/2021 | 15:30
Mặt trận góp phần đưa chuyển đổi số về khu dân cư
Chiều 27/12/2021, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hòa Bình tổ chức hội nghị trực tuyến tổng kết công tác Mặt trận năm 2021, triển khai nhiệm vụ năm 2022 với 11 điểm cầu huyện, thành phố và 151 điểm cầu xã, phường, thị trấn.
Toàn cảnh hội nghị tại điểm cầu tỉnh.
Dự hội nghị có đồng chí Bùi Đức Hinh, Phó Bí thư Thường trực Tỉnh ủy; đồng chí Bùi Văn Cửu, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Quách Thị Thu Hằng, Đinh Công Sơn, Hoàng Văn Tiến.
Năm 2021, trong bối cảnh dịch Covid-19, các cấp Mặt trận đã chuyển mạnh sang hình thức trực tuyến: tổ chức 1.146 cuộc họp, sinh hoạt ban công tác Mặt trận qua ứng dụng Zalo, Zoom; lập 1.520 nhóm Zalo khu dân cư với trên 98.000 thành viên. Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia và Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Hòa Bình, Mặt trận phối hợp vận động 36.400 người dân cài đặt ứng dụng PC-Covid, 12.750 hộ mở tài khoản thanh toán, hướng dẫn 4.300 lượt người nộp hồ sơ trực tuyến.
Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai hiệu quả; Quỹ "Vì người nghèo" các cấp tiếp nhận trên 14,6 tỷ đồng, hỗ trợ xây mới, sửa chữa 327 căn nhà Đại đoàn kết. Quỹ phòng, chống Covid-19 tiếp nhận khoảng 21 tỷ đồng.
Tại hội nghị, bà Bùi Thị Mến, Chủ tịch Ủy ban MTTQ xã Phú Vinh, người dân tộc Mường, chia sẻ kinh nghiệm dùng loa truyền thanh kết hợp nhóm Zalo "Xóm Mường Vang đoàn kết" để vận động bà con; ông Xa Văn Bình, Trưởng ban công tác Mặt trận xóm Cha Lang, xã Tân Thành, đề nghị hỗ trợ điện thoại thông minh cho hộ nghèo.
Phát biểu chỉ đạo, đồng chí Bùi Đức Hinh đề nghị năm 2022 Mặt trận các cấp đẩy mạnh vận động nhân dân tham gia chuyển đổi số, phấn đấu 100% ban công tác Mặt trận có nhóm kết nối trực tuyến, ít nhất 50% hộ gia đình có tài khoản thanh toán điện tử.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc trong công tác Mặt trận năm 2021.
Minh Tú
Lượt xem: 2.340
Tin liên quan
- Lạc Sơn: Ngày hội Đại đoàn kết toàn dân tộc trực tuyến (18/11/2021)
- MTTQ tỉnh phối hợp giám sát chính sách hỗ trợ người lao động (02/11/2021)
- Trao 40 căn nhà Đại đoàn kết cho hộ nghèo huyện Đà Bắc (20/10/2021)
- Hòa Bình tiếp nhận ủng hộ Quỹ vắc-xin phòng Covid-19 (08/09/2021)
""", "2021-12-28", "Mặt trận góp phần đưa chuyển đổi số về khu dân cư",
E("tong_ket", "2021", "2021-12-27"),
[P("Bùi Đức Hinh", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Bùi Văn Cửu", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Quách Thị Thu Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đinh Công Sơn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Tiến", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Bùi Thị Mến", "Chủ tịch Ủy ban MTTQ xã Phú Vinh"),
 P("Xa Văn Bình", "Trưởng ban công tác Mặt trận xóm Cha Lang")],
[Q("11 điểm cầu huyện, thành phố", 11, "điểm cầu huyện, thành phố"),
 Q("151 điểm cầu xã, phường, thị trấn", 151, "điểm cầu xã, phường, thị trấn"),
 Q("1.146 cuộc họp", 1146, "cuộc họp"), Q("1.520 nhóm Zalo khu dân cư", 1520, "nhóm Zalo khu dân cư"),
 Q("trên 98.000 thành viên", 98000, "thành viên", "over"), Q("36.400 người dân", 36400, "người dân"),
 Q("12.750 hộ", 12750, "hộ"), Q("4.300 lượt người", 4300, "lượt người"),
 Q("trên 14,6 tỷ đồng", 14600000000, "đồng", "over"), Q("327 căn nhà Đại đoàn kết", 327, "căn nhà Đại đoàn kết"),
 Q("khoảng 21 tỷ đồng", 21000000000, "đồng", "approx"), Q("100% ban công tác Mặt trận", 100, "%"),
 Q("ít nhất 50%", 50, "%", "over"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Quyết định", "749", "QĐ-TTg", "2020-06-03", "Thủ tướng Chính phủ", "Quyết định số 749/QĐ-TTg ngày 03/6/2020"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU")],
[prov("Hòa Bình"), com("Phú Vinh"), com("Tân Thành")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÒA BÌNH", "Trang chủ » Tin tức - Sự kiện » Mặt trận các cấp", "Toàn cảnh hội nghị tại điểm cầu tỉnh.",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Vì người nghèo", "Xóm Mường Vang đoàn kết", "PC-Covid", "Lượt xem: 2.340"],
["Ngày 28/12/2021 | 15:30", "năm 2021", "năm 2022", "Covid-19", "Lượt xem: 2.340"]))

PAGES.append(page("b4000-hagiang-conganbdv-hoinghi-2022", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG
Trang chủ > Tin tức - Sự kiện > Chính trị
30/03/2022 - 10:05
Triển khai Đề án 06 đến 193 xã, phường, thị trấn
Sáng 29/3, Ban Chỉ đạo triển khai Đề án 06 tỉnh Hà Giang tổ chức hội nghị triển khai Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030 (Đề án 06) năm 2022, kết nối trực tuyến đến 11 huyện, thành phố và 193 xã, phường, thị trấn.
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.
Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị. Cùng dự có đồng chí Hoàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Vàng Thị Mai, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; Đại tá Nguyễn Văn Thuận, Giám đốc Công an tỉnh - Phó Trưởng Ban Thường trực Ban Chỉ đạo.
Hội nghị quán triệt Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06 và Kế hoạch số 92/KH-UBND ngày 21/3/2022 của UBND tỉnh. Theo đó, năm 2022 tỉnh phấn đấu thu nhận hồ sơ cấp căn cước công dân gắn chíp cho trên 95% công dân từ 14 tuổi trở lên, cấp tài khoản định danh điện tử cho khoảng 300.000 người, làm sạch 100% dữ liệu dân cư.
Báo cáo của Công an tỉnh cho biết, đến ngày 25/3/2022 toàn tỉnh đã thu nhận 612.450 hồ sơ căn cước công dân, đạt 89,6%; còn 31 xã vùng cao, biên giới chưa có sóng 4G ổn định. Lực lượng công an đã tổ chức 1.280 buổi cấp lưu động tại thôn, bản, 420 buổi làm việc vào ban đêm.
Đồng chí Hoàng Thị Dung đề nghị phát huy vai trò 2.069 người có uy tín, chức sắc, chức việc các tôn giáo trong tuyên truyền; Ban Dân vận các huyện ủy phối hợp Mặt trận lồng ghép nội dung Đề án 06 vào các buổi sinh hoạt khu dân cư bằng tiếng Mông, tiếng Dao.
Ông Sùng Mí Chá, Trưởng thôn Lũng Cú Chải, xã Lũng Cú, và bà Triệu Thị Lìu, Chủ tịch Hội LHPN xã Hồ Thầu, chia sẻ cách vận động bà con đi làm căn cước: họp thôn, đi từng nhà, đưa xe đón người già, người khuyết tật.
Kết luận, đồng chí Nguyễn Văn Sơn giao Công an tỉnh là cơ quan thường trực; yêu cầu các sở, ngành, UBND cấp huyện, cấp xã thành lập tổ công tác triển khai Đề án 06 trước ngày 15/4/2022, báo cáo định kỳ hằng tháng; mỗi xã lập ít nhất 1 tổ lưu động hỗ trợ người dân.
Việt Hà
Số lượt xem: 1.876
Các tin khác
- Hà Giang: cấp căn cước công dân xuyên Tết (10/02/2022)
- Ban Dân vận Tỉnh ủy giao ban khối dân vận quý I năm 2022 (24/03/2022)
- Đồng Văn: vận động nhân dân tham gia xây dựng nông thôn mới (15/03/2022)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 (05/03/2022)
""", "2022-03-30", "Triển khai Đề án 06 đến 193 xã, phường, thị trấn",
E("hoi_nghi", "2022", "2022-03-29"),
[P("Nguyễn Văn Sơn", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Hoàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Vàng Thị Mai", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Văn Thuận", "Đại tá", "Giám đốc Công an tỉnh - Phó Trưởng Ban Thường trực Ban Chỉ đạo"),
 P("Sùng Mí Chá", "Trưởng thôn Lũng Cú Chải"),
 P("Triệu Thị Lìu", "Chủ tịch Hội LHPN xã Hồ Thầu")],
[Q("193 xã, phường, thị trấn", 193, "xã, phường, thị trấn"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("trên 95%", 95, "%", "over"), Q("khoảng 300.000 người", 300000, "người", "approx"), Q("100% dữ liệu dân cư", 100, "%"),
 Q("612.450 hồ sơ căn cước công dân", 612450, "hồ sơ căn cước công dân"), Q("89,6%", 89.6, "%"),
 Q("31 xã vùng cao, biên giới", 31, "xã vùng cao, biên giới"), Q("1.280 buổi", 1280, "buổi"), Q("420 buổi", 420, "buổi"),
 Q("2.069 người có uy tín, chức sắc, chức việc", 2069, "người có uy tín, chức sắc, chức việc"),
 Q("ít nhất 1 tổ lưu động", 1, "tổ lưu động", "over")],
[D("Đề án", "06", None, None, None, "Đề án 06"),
 D("Quyết định", "06", "QĐ-TTg", "2022-01-06", "Thủ tướng Chính phủ", "Quyết định số 06/QĐ-TTg ngày 06/01/2022"),
 D("Kế hoạch", "92", "KH-UBND", "2022-03-21", "UBND tỉnh", "Kế hoạch số 92/KH-UBND ngày 21/3/2022")],
[prov("Hà Giang"), com("Lũng Cú"), com("Hồ Thầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG", "Trang chủ > Tin tức - Sự kiện > Chính trị", "Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh.", "Số lượt xem: 1.876"],
["30/03/2022 - 10:05", "giai đoạn 2022 - 2025", "năm 2030", "năm 2022", "14 tuổi", "25/3/2022", "15/4/2022", "Số lượt xem: 1.876"]))
