from lib import *
PAGES = []

PAGES.append(page("b4787-binhdinh-phanbien-2018", """
BÁO BÌNH ĐỊNH ĐIỆN TỬ
Trang chủ > Chính trị > Mặt trận - Đoàn thể
Ngày đăng 25/05/2018 | 14:20
Mặt trận tỉnh phản biện dự thảo giá dịch vụ thu gom rác thải
(BĐ) - Sáng 24.5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Bình Định tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định giá tối đa dịch vụ thu gom, vận chuyển rác thải sinh hoạt trên địa bàn tỉnh. Ông Huỳnh Công Toại, Phó Chủ tịch Ủy ban MTTQ tỉnh, chủ trì.
Ông Huỳnh Công Toại phát biểu tại hội nghị. Ảnh: N.Hân
Hội nghị được tổ chức theo Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận. Tham dự có 38 đại biểu là thành viên Hội đồng tư vấn về dân chủ - pháp luật, chuyên gia kinh tế, đại diện Sở Tài nguyên và Môi trường, Sở Tài chính, Công ty CP Môi trường Bình Định và Ban Công tác Mặt trận một số khu phố.
Theo dự thảo, mức thu tối đa đối với hộ gia đình ở các phường của TP Quy Nhơn là 25.000 đồng/hộ/tháng, ở thị trấn 15.000 đồng/hộ/tháng, ở xã 8.000 đồng/hộ/tháng; cơ sở kinh doanh, dịch vụ thu từ 120.000 đồng đến 1,2 triệu đồng/tháng. So với mức hiện hành theo Quyết định số 55/2014/QĐ-UBND của UBND tỉnh, mức thu ở khu vực đô thị tăng khoảng 25%. Mỗi ngày, toàn tỉnh phát sinh khoảng 650 tấn rác sinh hoạt, nhưng mới thu gom được 78%.
Phản biện dự thảo, TS. Lê Thị Kim Anh, thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh, cho rằng phương án giá chưa tách chi phí vận chuyển với chi phí xử lý, "người dân đang phải trả cả phần lẽ ra ngân sách gánh". Ông Đinh Văn Thiện, Chủ tịch Ủy ban MTTQ huyện An Lão, đề nghị miễn thu với 1.870 hộ nghèo đồng bào Bana ở các xã vùng cao; bà Đinh Thị Hà, người có uy tín làng 5, xã An Toàn, đề nghị hỗ trợ xây hố rác hộ gia đình thay vì thu phí.
Ông Nguyễn Văn Sĩ, Trưởng ban Công tác Mặt trận khu phố 3, phường Nhơn Bình, phản ánh tình trạng xe rác chỉ đến 2 ngày một lần mà vẫn thu đủ tháng. Luật sư Trần Quang Hải, Đoàn Luật sư tỉnh, lưu ý dự thảo cần căn cứ Nghị định số 38/2015/NĐ-CP của Chính phủ về quản lý chất thải và phế liệu, đồng thời quy định rõ trách nhiệm công khai thu - chi của UBND cấp xã.
Kết luận, ông Huỳnh Công Toại cho biết hội nghị ghi nhận 21 ý kiến; Ban Thường trực sẽ hoàn thiện văn bản phản biện gửi Thường trực HĐND tỉnh trước kỳ họp giữa năm, trong đó đề nghị giữ mức thu ở xã không quá 6.000 đồng/hộ/tháng và lộ trình tăng giá ít nhất 2 năm.
Ngọc Hân
Lượt xem: 2.047
Tin liên quan
- Tuy Phước: Mặt trận giám sát việc thu phí vệ sinh (15/05/2018)
- Vĩnh Thạnh: đối thoại với người dân làng Kon Trú (03/05/2018)
- Quy Nhơn ra mắt 12 mô hình "Khu dân cư xanh - sạch - đẹp" (20/04/2018)
""", "2018-05-25", "Mặt trận tỉnh phản biện dự thảo giá dịch vụ thu gom rác thải",
E("hoi_nghi", None, "2018-05-24"),
[P("Huỳnh Công Toại", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Thị Kim Anh", "TS.", "thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh"),
 P("Đinh Văn Thiện", "Chủ tịch Ủy ban MTTQ huyện An Lão"),
 P("Đinh Thị Hà", "người có uy tín làng 5"),
 P("Nguyễn Văn Sĩ", "Trưởng ban Công tác Mặt trận khu phố 3"),
 P("Trần Quang Hải", "Luật sư")],
[Q("38 đại biểu", 38, "đại biểu"), Q("25.000 đồng", 25000, "đồng"), Q("15.000 đồng", 15000, "đồng"), Q("8.000 đồng", 8000, "đồng"),
 Q("120.000 đồng", 120000, "đồng"), Q("1,2 triệu đồng", 1200000, "đồng"), Q("khoảng 25%", 25, "%", "approx"),
 Q("khoảng 650 tấn", 650, "tấn", "approx"), Q("78%", 78, "%"), Q("1.870 hộ nghèo", 1870, "hộ nghèo"),
 Q("21 ý kiến", 21, "ý kiến"), Q("không quá 6.000 đồng", 6000, "đồng"), Q("ít nhất 2 năm", 2, "năm", "over")],
[D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15",
   "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam",
   "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
 D("Quyết định", "55", "2014/QĐ-UBND", None, "UBND tỉnh", "Quyết định số 55/2014/QĐ-UBND"),
 D("Nghị định", "38", "2015/NĐ-CP", None, "Chính phủ", "Nghị định số 38/2015/NĐ-CP")],
[prov("Bình Định"), com("An Toàn"), com("Nhơn Bình")],
["BÁO BÌNH ĐỊNH ĐIỆN TỬ", "Trang chủ > Chính trị > Mặt trận - Đoàn thể", "Ông Huỳnh Công Toại phát biểu tại hội nghị. Ảnh: N.Hân",
 "(BĐ)", "Công ty CP Môi trường Bình Định", "Lượt xem: 2.047"],
["Ngày đăng 25/05/2018 | 14:20", "24.5", "2 ngày một lần", "Lượt xem: 2.047"]))

PAGES.append(page("b4788-hatinh-tongket-2019", """
Báo Hà Tĩnh
Chính trị | Mặt trận
Thứ Năm, 26/12/2019 - 19:05
Mặt trận Hà Tĩnh: 27 văn bản phản biện, 94% kiến nghị được tiếp thu
Chiều 25/12, Ủy ban MTTQ tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác giám sát, phản biện xã hội năm 2019 và triển khai chương trình phối hợp thống nhất hành động năm 2020. Đồng chí Trần Thị Kim Ngân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì.
Đồng chí Trần Thị Kim Ngân phát biểu kết luận hội nghị.
Năm 2019, Mặt trận các cấp đã tổ chức 27 hội nghị phản biện và ban hành 27 văn bản phản biện đối với dự thảo nghị quyết của HĐND, đề án, kế hoạch của UBND cùng cấp; cấp tỉnh phản biện 6 dự thảo, trong đó có dự thảo Nghị quyết về chính sách khuyến khích phát triển nông nghiệp, nông thôn, xây dựng nông thôn mới giai đoạn 2019 - 2020. Trong 143 kiến nghị gửi cấp có thẩm quyền, có 134 kiến nghị được tiếp thu, đạt 94%. Mặt trận và các đoàn thể còn chủ trì 1.214 cuộc giám sát, thông qua đó kiến nghị xử lý 36 cán bộ, đảng viên có biểu hiện sách nhiễu.
Tuy vậy, báo cáo cũng chỉ ra chất lượng phản biện ở cấp xã chưa đồng đều; còn 14 xã cả năm không tổ chức hội nghị phản biện nào, một số văn bản phản biện còn chung chung, chưa chỉ ra được điều khoản cụ thể cần sửa.
Một kiến nghị phản biện được đánh giá cao là đề xuất bổ sung hỗ trợ 2 triệu đồng/tấn lúa giống cho các xã vùng lũ; sau khi tiếp thu, Nghị quyết số 123/2019/NQ-HĐND của HĐND tỉnh đã dành gần 18 tỷ đồng cho nội dung này.
Tham luận tại hội nghị, ông Phan Đình Hạnh, Chủ tịch Ủy ban MTTQ huyện Hương Khê, giới thiệu cách làm "phản biện từ thôn": trước mỗi kỳ họp HĐND xã, 9 xã của huyện tổ chức lấy ý kiến người dân tại nhà văn hóa. Bà Võ Thị Hoài Thu, Chủ tịch Ủy ban MTTQ xã Kỳ Lợi, nêu kinh nghiệm giám sát việc chi trả bồi thường cho 312 hộ dân tái định cư khu kinh tế Vũng Áng. PGS.TS. Nguyễn Xuân Bảo, thành viên Hội đồng tư vấn về khoa học, giáo dục, đề nghị có quy chế bắt buộc cơ quan soạn thảo giải trình bằng văn bản trong 15 ngày.
Phát biểu chỉ đạo, đồng chí Lê Anh Dũng, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, đề nghị năm 2020 Mặt trận tập trung phản biện các dự thảo văn kiện đại hội đảng bộ các cấp, thực hiện tốt Quy định số 124-QĐ/TW của Ban Bí thư về giám sát của Mặt trận đối với việc tu dưỡng, rèn luyện đạo đức của người đứng đầu và Kết luận 62, 63-KL/TU của Ban Thường vụ Tỉnh ủy.
Dịp này, Ủy ban MTTQ tỉnh tặng bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc trong công tác giám sát, phản biện xã hội năm 2019.
Thiên Vỹ
Tin khác
- Can Lộc: phản biện dự thảo quy hoạch nghĩa trang (12/12/2019)
- Hội nghị Ủy ban MTTQ tỉnh lần thứ 11 (05/12/2019)
- Trao 300 suất quà cho hộ nghèo bị ảnh hưởng lũ (20/11/2019)
""", "2019-12-26", "Mặt trận Hà Tĩnh: 27 văn bản phản biện, 94% kiến nghị được tiếp thu",
E("tong_ket", "2019", "2019-12-25"),
[P("Trần Thị Kim Ngân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Đình Hạnh", "Chủ tịch Ủy ban MTTQ huyện Hương Khê"),
 P("Võ Thị Hoài Thu", "Chủ tịch Ủy ban MTTQ xã Kỳ Lợi"),
 P("Nguyễn Xuân Bảo", "PGS.TS.", "thành viên Hội đồng tư vấn về khoa học, giáo dục"),
 P("Lê Anh Dũng", "Phó Bí thư Thường trực Tỉnh ủy", "Chủ tịch HĐND tỉnh")],
[Q("27 hội nghị phản biện", 27, "hội nghị phản biện"), Q("27 văn bản phản biện", 27, "văn bản phản biện"), Q("94%", 94, "%"),
 Q("6 dự thảo", 6, "dự thảo"), Q("143 kiến nghị", 143, "kiến nghị"), Q("134 kiến nghị", 134, "kiến nghị"),
 Q("1.214 cuộc giám sát", 1214, "cuộc giám sát"), Q("36 cán bộ, đảng viên", 36, "cán bộ, đảng viên"),
 Q("14 xã", 14, "xã"), Q("2 triệu đồng", 2000000, "đồng"), Q("gần 18 tỷ đồng", 18000000000, "đồng", "approx"), Q("9 xã", 9, "xã"),
 Q("312 hộ dân tái định cư", 312, "hộ dân tái định cư"), Q("15 ngày", 15, "ngày"), Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Nghị quyết", "123", "2019/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 123/2019/NQ-HĐND"),
 D("Quy định", "124", "QĐ/TW", None, "Ban Bí thư", "Quy định số 124-QĐ/TW"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 62, 63-KL/TU")],
[prov("Hà Tĩnh"), com("Kỳ Lợi")],
["Báo Hà Tĩnh", "Chính trị | Mặt trận", "Đồng chí Trần Thị Kim Ngân phát biểu kết luận hội nghị.", "phản biện từ thôn"],
["Thứ Năm, 26/12/2019 - 19:05", "năm 2019", "năm 2020", "giai đoạn 2019 - 2020"]))

PAGES.append(page("b4789-tiengiang-giamsat-2019", """
ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG
Trang chủ | Giám sát và phản biện xã hội
09/08/2019 06:00
Ảnh: Đoàn giám sát làm việc tại xã Tân Thành.
Giám sát việc tiếp thu kiến nghị phản biện về hỗ trợ vùng hạn mặn
Ngày 8/8, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tiền Giang do bà Nguyễn Thị Bích Thủy, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn, giám sát việc thực hiện Nghị quyết số 14/2018/NQ-HĐND của HĐND tỉnh về chính sách hỗ trợ khắc phục hậu quả hạn hán, xâm nhập mặn tại huyện Gò Công Đông và xã Tân Thành.
Cùng đi có các đồng chí Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh: Lê Văn Chiến, Trương Thị Mỹ Hạnh; đại diện Hội Nông dân, Hội Cựu chiến binh và Ban Văn hóa - Xã hội HĐND tỉnh.
Đây là cuộc giám sát thứ hai theo Kế hoạch số 46/KH-MTTQ-BTT ngày 12/7/2019, nhằm kiểm tra việc tiếp thu các kiến nghị mà Mặt trận tỉnh đã nêu trong văn bản phản biện dự thảo nghị quyết trên vào tháng 6/2018. Khi đó, Mặt trận đề nghị nâng mức hỗ trợ mỗi hộ trồng lúa bị thiệt hại trên 70% từ 1 triệu đồng lên 2 triệu đồng/ha và hỗ trợ bồn chứa nước ngọt cho hộ nghèo; cả 2 kiến nghị đều được HĐND tỉnh tiếp thu.
Báo cáo của UBND huyện Gò Công Đông cho thấy, mùa khô 2018 - 2019 toàn huyện có 3.428 ha lúa bị ảnh hưởng, đã chi hỗ trợ hơn 5,6 tỷ đồng cho 4.162 hộ; cấp 1.250 bồn chứa nước loại 1.000 lít cho hộ nghèo, hộ cận nghèo. Riêng xã Tân Thành, 612 hộ được hỗ trợ với tổng số tiền 731 triệu đồng, còn 38 hộ chưa nhận do thiếu hồ sơ.
Qua trao đổi, ông Lê Văn Chiến lưu ý việc bình xét hộ bị thiệt hại ở ấp Cầu Muống còn chậm, danh sách chưa niêm yết công khai đủ 7 ngày theo quy định. Ông Huỳnh Văn Tám, Trưởng ban Công tác Mặt trận ấp Cầu Muống, phản ánh một số hộ thuê đất sản xuất không được nhận hỗ trợ vì không đứng tên trên giấy chứng nhận. Bà Trương Thị Mỹ Hạnh đề nghị huyện phối hợp với Ngân hàng Chính sách xã hội cho vay vốn làm bể chứa nước, mức vay tối đa 20 triệu đồng/hộ.
Đồng chí Phan Văn Út, Phó Chủ tịch UBND xã Tân Thành, tiếp thu và cam kết hoàn tất chi trả cho các hộ còn lại trong tháng 8/2019.
Kết luận buổi giám sát, bà Nguyễn Thị Bích Thủy ghi nhận huyện và xã đã thực hiện nghiêm túc nghị quyết, đạt khoảng 96% kế hoạch; đề nghị rà soát trường hợp thuê đất, báo cáo kết quả về Ủy ban MTTQ tỉnh trước ngày 30/8/2019 để tổng hợp, kiến nghị HĐND tỉnh sửa đổi Nghị quyết cho phù hợp thực tế.
Minh Trí
Lượt xem: 902
Các tin khác
- Mặt trận Chợ Gạo phản biện đề án xây dựng chợ nông thôn (30/07/2019)
- Ban Thường trực Ủy ban MTTQ tỉnh giao ban quý II (10/07/2019)
- Tặng 100 bồn chứa nước cho hộ nghèo xã Gia Thuận (28/06/2019)
""", "2019-08-09", "Giám sát việc tiếp thu kiến nghị phản biện về hỗ trợ vùng hạn mặn",
E("giam_sat", None, "2019-08-08"),
[P("Nguyễn Thị Bích Thủy", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lê Văn Chiến", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Trương Thị Mỹ Hạnh", "Ủy viên Ban Thường trực Ủy ban MTTQ tỉnh"),
 P("Huỳnh Văn Tám", "Trưởng ban Công tác Mặt trận ấp Cầu Muống"),
 P("Phan Văn Út", "Phó Chủ tịch UBND xã Tân Thành")],
[Q("trên 70%", 70, "%", "over"), Q("1 triệu đồng", 1000000, "đồng"), Q("2 triệu đồng", 2000000, "đồng"), Q("2 kiến nghị", 2, "kiến nghị"),
 Q("3.428 ha", 3428, "ha"), Q("hơn 5,6 tỷ đồng", 5600000000, "đồng", "over"), Q("4.162 hộ", 4162, "hộ"),
 Q("1.250 bồn chứa nước", 1250, "bồn chứa nước"), Q("1.000 lít", 1000, "lít"), Q("612 hộ", 612, "hộ"), Q("731 triệu đồng", 731000000, "đồng"),
 Q("38 hộ", 38, "hộ"), Q("7 ngày", 7, "ngày"), Q("tối đa 20 triệu đồng", 20000000, "đồng"), Q("khoảng 96%", 96, "%", "approx")],
[D("Nghị quyết", "14", "2018/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 14/2018/NQ-HĐND"),
 D("Kế hoạch", "46", "KH-MTTQ-BTT", "2019-07-12", None, "Kế hoạch số 46/KH-MTTQ-BTT ngày 12/7/2019")],
[prov("Tiền Giang"), com("Tân Thành")],
["ỦY BAN MTTQ VIỆT NAM TỈNH TIỀN GIANG", "Trang chủ | Giám sát và phản biện xã hội", "Ảnh: Đoàn giám sát làm việc tại xã Tân Thành.",
 "Lượt xem: 902"],
["09/08/2019 06:00", "cuộc giám sát thứ hai", "tháng 6/2018", "mùa khô 2018 - 2019", "tháng 8/2019", "Lượt xem: 902"]))

PAGES.append(page("b4790-quangninh-phanbien-2020", """
Cổng thông tin điện tử Ủy ban MTTQ tỉnh Quảng Ninh
Tin tức >> Giám sát, phản biện
2020-11-20 16:40
Toàn cảnh hội nghị phản biện xã hội.
Phản biện chính sách hỗ trợ vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025
Ngày 19/11, Ủy ban MTTQ tỉnh tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh về một số chính sách hỗ trợ đầu tư phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, miền núi, biên giới, hải đảo tỉnh Quảng Ninh giai đoạn 2021 - 2025. Bà Đặng Thị Hồng Nhung, Tỉnh ủy viên, Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh chủ trì hội nghị.
Tham dự có ông Lục Văn Thắng, Trưởng Ban Dân tộc tỉnh, đại diện cơ quan soạn thảo; các thành viên Hội đồng tư vấn về dân tộc, tôn giáo Ủy ban MTTQ tỉnh; 12 già làng, trưởng bản, người có uy tín đến từ các huyện Bình Liêu, Ba Chẽ, Tiên Yên, Hải Hà.
Dự thảo được xây dựng nhằm cụ thể hóa Nghị quyết số 88/2019/QH14 của Quốc hội, Nghị quyết số 12/NQ-CP ngày 15/02/2020 của Chính phủ và Nghị quyết số 06-NQ/TU của Ban Chấp hành Đảng bộ tỉnh. Theo tờ trình, tổng nguồn vốn thực hiện khoảng 3.290 tỷ đồng, ưu tiên cho 40 xã, 96 thôn, bản đặc biệt khó khăn; hỗ trợ trực tiếp 100% học phí cho học sinh dân tộc thiểu số, hỗ trợ 1,2 triệu đồng/tháng đối với người có uy tín.
Phát biểu phản biện, ông Chíu A Sáng, Chủ tịch Ủy ban MTTQ huyện Bình Liêu, đề nghị bổ sung cơ chế giao đất, giao rừng gắn với hỗ trợ trồng quế, hồi, vì "rừng giữ được dân mới giữ được biên giới". Bà Bàn Thị Sểnh, trưởng bản Khe Lặc, xã Đồn Đạc, kiến nghị cho phép người dân tự làm các công trình nhỏ dưới 500 triệu đồng theo cơ chế đặc thù. Ông Triệu Văn Sòi, người có uy tín thôn Khe Vang, xã Húc Động, đề nghị dự thảo dành nguồn kinh phí bảo tồn tiếng nói, trang phục của người Dao Thanh Phán, Sán Chỉ.
Các chuyên gia, gồm TS. Hoàng Thị Phượng, giảng viên Trường Chính trị tỉnh, và ông Lý Văn Hùng, Phó Chủ tịch Hội Luật gia tỉnh, đề nghị rà soát 4 chính sách có nội dung trùng với chương trình mục tiêu quốc gia; bổ sung tiêu chí đánh giá hiệu quả và cơ chế để người dân giám sát.
Phát biểu tiếp thu, ông Lục Văn Thắng cho biết cơ quan soạn thảo sẽ điều chỉnh 7 nội dung theo ý kiến hội nghị. Kết luận, bà Đặng Thị Hồng Nhung đề nghị Ban Dân tộc tỉnh giải trình bằng văn bản; Ủy ban MTTQ tỉnh sẽ ban hành văn bản phản biện gồm 10 kiến nghị, gửi Thường trực HĐND tỉnh trước kỳ họp cuối năm.
Bích Ngọc
Lượt truy cập: 3.116
Tin liên quan
- Ba Chẽ: Ngày hội Đại đoàn kết ở thôn Khe Nháng (16/11/2020)
- Hội nghị người có uy tín tiêu biểu năm 2020 (30/10/2020)
- Mặt trận tỉnh giám sát việc thực hiện Quy chế dân chủ ở cơ sở (15/10/2020)
""", "2020-11-20", "Phản biện chính sách hỗ trợ vùng đồng bào dân tộc thiểu số giai đoạn 2021 - 2025",
E("hoi_nghi", None, "2020-11-19"),
[P("Đặng Thị Hồng Nhung", "Tỉnh ủy viên", "Phó Chủ tịch Thường trực Ủy ban MTTQ tỉnh"),
 P("Lục Văn Thắng", "Trưởng Ban Dân tộc tỉnh"),
 P("Chíu A Sáng", "Chủ tịch Ủy ban MTTQ huyện Bình Liêu"),
 P("Bàn Thị Sểnh", "trưởng bản Khe Lặc"),
 P("Triệu Văn Sòi", "người có uy tín thôn Khe Vang"),
 P("Hoàng Thị Phượng", "TS.", "giảng viên Trường Chính trị tỉnh"),
 P("Lý Văn Hùng", "Phó Chủ tịch Hội Luật gia tỉnh")],
[Q("12 già làng, trưởng bản, người có uy tín", 12, "già làng, trưởng bản, người có uy tín"), Q("khoảng 3.290 tỷ đồng", 3290000000000, "đồng", "approx"),
 Q("40 xã", 40, "xã"), Q("96 thôn, bản đặc biệt khó khăn", 96, "thôn, bản đặc biệt khó khăn"), Q("100%", 100, "%"),
 Q("1,2 triệu đồng", 1200000, "đồng"), Q("dưới 500 triệu đồng", 500000000, "đồng"), Q("4 chính sách", 4, "chính sách"),
 Q("7 nội dung", 7, "nội dung"), Q("10 kiến nghị", 10, "kiến nghị")],
[D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Nghị quyết", "12", "NQ-CP", "2020-02-15", "Chính phủ", "Nghị quyết số 12/NQ-CP ngày 15/02/2020"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Chấp hành Đảng bộ tỉnh", "Nghị quyết số 06-NQ/TU")],
[prov("Quảng Ninh"), com("Đồn Đạc"), com("Húc Động")],
["Cổng thông tin điện tử Ủy ban MTTQ tỉnh Quảng Ninh", "Tin tức >> Giám sát, phản biện", "Toàn cảnh hội nghị phản biện xã hội.",
 "Lượt truy cập: 3.116"],
["2020-11-20 16:40", "giai đoạn 2021 - 2025", "Lượt truy cập: 3.116"]))

PAGES.append(page("b4791-soctrang-phanbien-2020", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU - TỈNH SÓC TRĂNG
Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Thứ Sáu, 03/07/2020
Mặt trận xã góp ý, phản biện dự thảo kế hoạch xây dựng nông thôn mới nâng cao
Ngày 2/7/2020, Ban Thường trực Ủy ban MTTQ Việt Nam xã Vĩnh Hải, thị xã Vĩnh Châu, tỉnh Sóc Trăng tổ chức hội nghị phản biện xã hội đối với dự thảo Kế hoạch của UBND xã về xây dựng xã nông thôn mới nâng cao giai đoạn 2020 - 2025. Bà Lâm Thị Sa Phiên, Chủ tịch Ủy ban MTTQ xã chủ trì hội nghị.
Dự hội nghị có ông Trần Sóc Kha, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã; ông Sơn Ngọc Thạch, Phó Chủ tịch UBND xã; các vị sư cả chùa Phật giáo Nam tông Khmer, Trưởng ban Công tác Mặt trận 14 ấp và gần 70 đại biểu là người dân tiêu biểu.
Theo dự thảo, xã phấn đấu đến năm 2025 đạt 19 tiêu chí nông thôn mới nâng cao, thu nhập bình quân đầu người từ 58 triệu đồng/năm trở lên, tỷ lệ hộ nghèo giảm còn dưới 3%. Tổng vốn dự kiến trên 41 tỷ đồng, trong đó vốn nhân dân đóng góp khoảng 4,5 tỷ đồng; cần làm mới 12 km đường giao thông nông thôn, nâng cấp 3 tuyến đê bao và xây mới 2 trạm cấp nước.
Tham gia phản biện, Đại đức Thạch Sô Phol, trụ trì chùa Prếk Chrôp, đề nghị kế hoạch bố trí nguồn lực tu sửa 2 điểm trường dạy chữ Khmer trong khuôn viên chùa. Ông Lý Hên, Trưởng ban Công tác Mặt trận ấp Prey Chóp A, phản ánh người dân nuôi tôm lo ngại mức đóng góp vì vụ tôm vừa qua thua lỗ; đề nghị không ấn định mức đóng góp bình quân theo hộ, mà vận động theo khả năng, "hộ khá góp nhiều, hộ nghèo góp ngày công".
Bà Kim Thị Sa Rươl, Chủ tịch Hội Liên hiệp Phụ nữ xã, kiến nghị bổ sung chỉ tiêu về nước sạch cho 286 hộ chưa được sử dụng nước máy; ông Châu Văn Sơn, Chủ tịch Hội Nông dân xã, đề nghị đưa nội dung chuyển đổi 150 ha đất muối kém hiệu quả sang nuôi trồng thủy sản vào kế hoạch.
Phát biểu tại hội nghị, ông Sơn Ngọc Thạch tiếp thu các ý kiến, cho biết UBND xã sẽ điều chỉnh lộ trình, ưu tiên trước các tuyến đường nội đồng ở ấp Huỳnh Kỳ và ấp Vĩnh Thành; việc vận động đóng góp sẽ do từng ấp bàn bạc, dân chủ, công khai theo đúng tinh thần "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng".
Kết luận, bà Lâm Thị Sa Phiên cho biết hội nghị ghi nhận 17 ý kiến; Ban Thường trực sẽ tổng hợp thành văn bản phản biện, gửi UBND xã trước ngày 10/7/2020. Hội nghị được tổ chức theo Hướng dẫn số 25/HD-MTTQ-BTT ngày 05/3/2020 của Ban Thường trực Ủy ban MTTQ tỉnh và Nghị quyết số 04-NQ/ĐU của Đảng ủy xã về xây dựng nông thôn mới nâng cao.
Phòng Văn hóa xã
Số lượt truy cập: 58.431
Tin liên quan
- Vĩnh Hải trao 50 căn nhà Đại đoàn kết (19/06/2020)
- Ra mắt mô hình "Ấp không có người nghiện ma túy" (05/06/2020)
- Mặt trận xã giám sát việc cấp phát gạo hỗ trợ hạn mặn (20/05/2020)
""", "2020-07-03", "Mặt trận xã góp ý, phản biện dự thảo kế hoạch xây dựng nông thôn mới nâng cao",
E("hoi_nghi", None, "2020-07-02"),
[P("Lâm Thị Sa Phiên", "Chủ tịch Ủy ban MTTQ xã"),
 P("Trần Sóc Kha", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Sơn Ngọc Thạch", "Phó Chủ tịch UBND xã"),
 P("Thạch Sô Phol", "Đại đức", "trụ trì chùa Prếk Chrôp"),
 P("Lý Hên", "Trưởng ban Công tác Mặt trận ấp Prey Chóp A"),
 P("Kim Thị Sa Rươl", "Chủ tịch Hội Liên hiệp Phụ nữ xã"),
 P("Châu Văn Sơn", "Chủ tịch Hội Nông dân xã")],
[Q("14 ấp", 14, "ấp"), Q("gần 70 đại biểu", 70, "đại biểu", "approx"), Q("19 tiêu chí", 19, "tiêu chí"),
 Q("từ 58 triệu đồng/năm trở lên", 58000000, "đồng", "over"), Q("dưới 3%", 3, "%"), Q("trên 41 tỷ đồng", 41000000000, "đồng", "over"),
 Q("khoảng 4,5 tỷ đồng", 4500000000, "đồng", "approx"), Q("12 km", 12, "km"), Q("3 tuyến đê bao", 3, "tuyến đê bao"),
 Q("2 trạm cấp nước", 2, "trạm cấp nước"), Q("2 điểm trường", 2, "điểm trường"), Q("286 hộ", 286, "hộ"), Q("150 ha", 150, "ha"),
 Q("17 ý kiến", 17, "ý kiến")],
[D("Hướng dẫn", "25", "HD-MTTQ-BTT", "2020-03-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 25/HD-MTTQ-BTT ngày 05/3/2020"),
 D("Nghị quyết", "04", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 04-NQ/ĐU")],
[prov("Sóc Trăng"), com("Vĩnh Hải")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẢI - THỊ XÃ VĨNH CHÂU - TỈNH SÓC TRĂNG", "Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Phòng Văn hóa xã", "Số lượt truy cập: 58.431"],
["Thứ Sáu, 03/07/2020", "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng", "giai đoạn 2020 - 2025", "đến năm 2025", "Số lượt truy cập: 58.431"]))

PAGES.append(page("b4792-binhduong-phanbien-2021", """
Báo Bình Dương Online
Chính trị > Mặt trận - Đoàn thể
Thứ Năm, 09/12/2021, 08:05
Ảnh: Quang cảnh hội nghị phản biện trực tuyến.
Hỗ trợ người lao động thuê trọ: Mặt trận đề nghị mở rộng đối tượng
(BDO) Chiều 8/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị trực tuyến phản biện xã hội dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ người lao động thuê trọ, người lao động tự do gặp khó khăn do đại dịch Covid-19. Hội nghị được kết nối tới 91 điểm cầu xã, phường, thị trấn. Ông Nguyễn Minh Tâm, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo dự thảo do Sở Lao động - Thương binh và Xã hội soạn thảo, tỉnh sẽ hỗ trợ một lần 1,5 triệu đồng/người cho khoảng 540.000 lao động thuê trọ, 1 triệu đồng/người cho lao động tự do; tổng kinh phí dự kiến hơn 870 tỷ đồng. Dự thảo căn cứ Nghị quyết số 68/NQ-CP ngày 01/7/2021 và Nghị quyết số 128/NQ-CP ngày 11/10/2021 của Chính phủ, Quyết định số 23/2021/QĐ-TTg của Thủ tướng Chính phủ.
Phản biện tại hội nghị, TS. Trần Văn Lợi, thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh, đề nghị không yêu cầu xác nhận tạm trú "đủ 30 ngày" vì nhiều lao động mới chuyển trọ trong đợt giãn cách. Bà Lê Thị Kim Phụng, Chủ tịch Liên đoàn Lao động tỉnh, cho biết công đoàn đã thống kê hơn 120.000 đoàn viên bị giảm giờ làm, ngừng việc, đề nghị đưa nhóm này vào diện hỗ trợ. Ông Võ Văn Bé, Chủ tịch Ủy ban MTTQ phường An Phú, kiến nghị giao Ban Công tác Mặt trận khu phố cùng chủ nhà trọ lập danh sách, rút ngắn thời gian chi trả còn 7 ngày.
Luật sư Phạm Hữu Thọ, Phó Chủ nhiệm Đoàn Luật sư tỉnh, lưu ý dự thảo cần quy định rõ chế tài đối với trường hợp kê khai khống; ông Hứa Văn Đẹp, chủ nhà trọ, cho biết khu trọ 86 phòng của gia đình ở phường Tân Định đã giảm 30% tiền thuê trong 3 tháng giãn cách; ông đề nghị có cơ chế khuyến khích, biểu dương chủ nhà trọ giảm tiền thuê từ 20% trở lên. Nhiều ý kiến cũng đề nghị công khai danh sách người được hỗ trợ tại khu phố, ấp để người dân cùng giám sát, tránh trùng lặp, bỏ sót.
Tiếp thu ý kiến, bà Đỗ Thị Thu Hà, Phó Giám đốc Sở Lao động - Thương binh và Xã hội, cho biết sẽ điều chỉnh 5 điều khoản. Kết luận, ông Nguyễn Minh Tâm đề nghị các cơ quan soạn thảo giải trình; Ủy ban MTTQ tỉnh sẽ gửi văn bản phản biện với 9 kiến nghị tới Thường trực HĐND tỉnh để xem xét tại kỳ họp thứ 4, HĐND tỉnh khóa X. Trước đó, từ đầu năm 2021, Mặt trận tỉnh đã vận động được hơn 312 tỷ đồng cho Quỹ phòng, chống dịch Covid-19.
Tuyết Mai
Lượt xem: 5.602
Tin liên quan
- Dĩ An: Mặt trận trao 2.000 túi an sinh cho công nhân (30/11/2021)
- Tổng kết chương trình "Sóng và máy tính cho em" (18/11/2021)
- Mặt trận tỉnh giám sát việc chi hỗ trợ theo Nghị quyết 68 (05/11/2021)
""", "2021-12-09", "Hỗ trợ người lao động thuê trọ: Mặt trận đề nghị mở rộng đối tượng",
E("hoi_nghi", None, "2021-12-08"),
[P("Nguyễn Minh Tâm", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Văn Lợi", "TS.", "thành viên Hội đồng tư vấn về kinh tế Ủy ban MTTQ tỉnh"),
 P("Lê Thị Kim Phụng", "Chủ tịch Liên đoàn Lao động tỉnh"),
 P("Võ Văn Bé", "Chủ tịch Ủy ban MTTQ phường An Phú"),
 P("Phạm Hữu Thọ", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Hứa Văn Đẹp", "chủ nhà trọ"),
 P("Đỗ Thị Thu Hà", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội")],
[Q("91 điểm cầu xã, phường, thị trấn", 91, "điểm cầu xã, phường, thị trấn"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("khoảng 540.000 lao động thuê trọ", 540000, "lao động thuê trọ", "approx"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("hơn 870 tỷ đồng", 870000000000, "đồng", "over"), Q("30 ngày", 30, "ngày"),
 Q("hơn 120.000 đoàn viên", 120000, "đoàn viên", "over"), Q("7 ngày", 7, "ngày"), Q("86 phòng", 86, "phòng"), Q("30%", 30, "%"),
 Q("từ 20% trở lên", 20, "%", "over"), Q("5 điều khoản", 5, "điều khoản"), Q("9 kiến nghị", 9, "kiến nghị"),
 Q("hơn 312 tỷ đồng", 312000000000, "đồng", "over")],
[D("Nghị quyết", "68", "NQ-CP", "2021-07-01", "Chính phủ", "Nghị quyết số 68/NQ-CP ngày 01/7/2021"),
 D("Nghị quyết", "128", "NQ-CP", "2021-10-11", "Chính phủ", "Nghị quyết số 128/NQ-CP ngày 11/10/2021"),
 D("Quyết định", "23", "2021/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 23/2021/QĐ-TTg")],
[prov("Bình Dương"), com("An Phú"), com("Tân Định")],
["Báo Bình Dương Online", "Chính trị > Mặt trận - Đoàn thể", "Ảnh: Quang cảnh hội nghị phản biện trực tuyến.", "(BDO)",
 "Quỹ phòng, chống dịch Covid-19", "Lượt xem: 5.602"],
["Thứ Năm, 09/12/2021, 08:05", "3 tháng", "một lần", "kỳ họp thứ 4", "khóa X", "Lượt xem: 5.602"]))
