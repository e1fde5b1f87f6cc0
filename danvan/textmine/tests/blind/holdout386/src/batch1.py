from lib import *
PAGES = []

PAGES.append(page("b9221-thaibinh-mttq-xa-giamsat-2011", """
ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH
Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện
Thứ Năm, 15/09/2011 - 09:30
Ảnh: Ban giám sát đầu tư của cộng đồng xã Tự Tân kiểm tra tuyến đường trục xã.
Vũ Thư: MTTQ xã Tự Tân giám sát công trình đường giao thông nông thôn
Ngày 13/9/2011, Ban Thường trực Ủy ban MTTQ xã Tự Tân (huyện Vũ Thư, tỉnh Thái Bình) phối hợp với Ban giám sát đầu tư của cộng đồng xã tổ chức giám sát công trình nâng cấp tuyến đường trục xã, theo chương trình giám sát năm 2011. Đoàn do ông Phạm Văn Khuê, Chủ tịch Ủy ban MTTQ xã làm trưởng đoàn.
Tuyến đường dài 2,4 km, mặt rộng 5 m, tổng mức đầu tư hơn 3,1 tỷ đồng, trong đó nhân dân đóng góp 860 triệu đồng và 1.250 ngày công. Qua kiểm tra hồ sơ và thực địa, đoàn phát hiện 2 đoạn có độ dày bê tông chưa đạt thiết kế, một số rãnh thoát nước thi công chưa đúng vị trí; đoàn đã lập biên bản, đề nghị đơn vị thi công khắc phục trước khi nghiệm thu.
Ông Phạm Văn Khuê cho biết, thực hiện Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005 của Thủ tướng Chính phủ ban hành quy chế giám sát đầu tư của cộng đồng và Thông tư liên tịch số 04/2006/TTLT-KHĐT-UBTWMTTQVN-TC hướng dẫn thực hiện, từ đầu năm đến nay MTTQ xã đã kiện toàn 4 ban giám sát với 23 thành viên, là những người am hiểu xây dựng, được nhân dân các thôn tín nhiệm giới thiệu.
Bà Nguyễn Thị Huệ, Phó Chủ tịch Ủy ban MTTQ xã, Trưởng ban Thanh tra nhân dân xã cho biết thêm, 8 tháng qua Ban đã tiếp nhận 9 đơn thư, kiến nghị của công dân, phối hợp với chính quyền giải quyết xong 7 đơn; giám sát việc thu, chi các khoản đóng góp của nhân dân tại 6 thôn, không phát hiện sai phạm.
Trao đổi với đoàn, ông Đỗ Văn Thiệp, Bí thư Chi bộ thôn Thượng Gia, đề nghị công khai bảng dự toán tại nhà văn hóa thôn để bà con cùng theo dõi. "Dân góp tiền, góp công thì dân phải được biết con đường làm ra sao, vật liệu thế nào", ông nói.
Phát biểu tại buổi giám sát, ông Trần Quang Vinh, Phó Chủ tịch Ủy ban MTTQ huyện Vũ Thư, đánh giá MTTQ xã Tự Tân đã làm tốt vai trò đại diện, bảo vệ quyền lợi hợp pháp của nhân dân; đề nghị xã tiếp tục thực hiện nghiêm Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn, gắn giám sát với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư".
Tiếp thu ý kiến của đoàn, ông Vũ Đình Hòa, Chủ tịch UBND xã Tự Tân, cam kết chỉ đạo nhà thầu sửa chữa 2 đoạn đường trong 15 ngày và mời Ban giám sát tham gia nghiệm thu. Xã cũng sẽ niêm yết công khai kết quả quyết toán công trình tại trụ sở UBND và 6 nhà văn hóa thôn.
Hồng Nhung
Lượt truy cập: 1.204
Tin liên quan
- Kiến Xương: tập huấn nghiệp vụ cho Ban Thanh tra nhân dân (06/09/2011)
- MTTQ tỉnh giám sát việc thực hiện chính sách người có công (29/08/2011)
- Thái Thụy: 28 xã ra mắt ban giám sát đầu tư của cộng đồng (12/08/2011)
- Vũ Thư sơ kết 6 tháng công tác Mặt trận (20/07/2011)
""", "2011-09-15", "Vũ Thư: MTTQ xã Tự Tân giám sát công trình đường giao thông nông thôn",
E("giam_sat", "2011", "2011-09-13"),
[P("Phạm Văn Khuê", "Chủ tịch Ủy ban MTTQ xã"),
 P("Nguyễn Thị Huệ", "Phó Chủ tịch Ủy ban MTTQ xã", "Trưởng ban Thanh tra nhân dân xã"),
 P("Đỗ Văn Thiệp", "Bí thư Chi bộ thôn Thượng Gia"),
 P("Trần Quang Vinh", "Phó Chủ tịch Ủy ban MTTQ huyện Vũ Thư"),
 P("Vũ Đình Hòa", "Chủ tịch UBND xã Tự Tân")],
[Q("2,4 km", 2.4, "km"), Q("5 m", 5, "m"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"),
 Q("860 triệu đồng", 860000000, "đồng"), Q("1.250 ngày công", 1250, "ngày công"), Q("2 đoạn", 2, "đoạn"),
 Q("4 ban giám sát", 4, "ban giám sát"), Q("23 thành viên", 23, "thành viên"),
 Q("9 đơn thư, kiến nghị", 9, "đơn thư, kiến nghị"), Q("7 đơn", 7, "đơn"), Q("6 thôn", 6, "thôn"),
 Q("6 nhà văn hóa thôn", 6, "nhà văn hóa thôn")],
[D("Quyết định", "80", "2005/QĐ-TTg", "2005-04-18", "Thủ tướng Chính phủ", "Quyết định số 80/2005/QĐ-TTg ngày 18/4/2005"),
 D("Thông tư liên tịch", "04", "2006/TTLT-KHĐT-UBTWMTTQVN-TC", None, None, "Thông tư liên tịch số 04/2006/TTLT-KHĐT-UBTWMTTQVN-TC")],
[prov("Thái Bình"), com("Tự Tân")],
["ỦY BAN MTTQ VIỆT NAM TỈNH THÁI BÌNH", "Trang chủ » Hoạt động Mặt trận » Giám sát, phản biện",
 "Ảnh: Ban giám sát đầu tư của cộng đồng xã Tự Tân kiểm tra tuyến đường trục xã.",
 "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt truy cập: 1.204"],
["Thứ Năm, 15/09/2011 - 09:30", "năm 2011", "8 tháng qua", "15 ngày", "Lượt truy cập: 1.204"]))

PAGES.append(page("b9222-nghean-mttq-phuong-phanbien-2012", """
Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An
Bạn đang ở: Trang chủ > Mặt trận cơ sở > Phản biện xã hội
08:15 | 24/05/2012
Quang cảnh hội nghị phản biện.
Phường Hưng Dũng lấy ý kiến nhân dân về đề án chỉnh trang khu dân cư
Sáng 22/5, Ủy ban MTTQ phường Hưng Dũng (thành phố Vinh) tổ chức hội nghị phản biện dự thảo đề án chỉnh trang, mở rộng ngõ xóm khu dân cư khối 9 và khối 10. Dự hội nghị có 87 đại biểu là trưởng các đoàn thể, bí thư chi bộ, khối trưởng và đại diện các hộ dân có đất nằm trong phạm vi dự án.
Theo dự thảo do UBND phường xây dựng, đề án triển khai trên diện tích 12,6 ha, mở rộng 15 tuyến ngõ lên 4 m, ảnh hưởng đến 420 hộ; kinh phí dự kiến 9,8 tỷ đồng, trong đó nhân dân đóng góp khoảng 35%. Đề án được xây dựng để cụ thể hóa Nghị quyết 05, 06-NQ/ĐU của Đảng ủy phường về phát triển đô thị văn minh và về xây dựng khối phố văn hóa.
Bà Hoàng Thị Mai Lan, Chủ tịch Ủy ban MTTQ phường Hưng Dũng, chủ trì hội nghị, cho biết đây là lần đầu phường đưa một đề án có liên quan trực tiếp đến quyền lợi của hàng trăm hộ dân ra phản biện công khai trước khi trình HĐND phường. Các đồng chí Phó Chủ tịch Ủy ban MTTQ phường: Lê Văn Tư, Trần Thị Thu Hà được phân công tổng hợp ý kiến theo từng nhóm vấn đề.
Hội nghị nhận được 32 ý kiến góp ý, trong đó có 3 ý kiến phản biện về mức đóng góp. Ông Hồ Sỹ Quang, Tổ trưởng tổ dân phố số 7, cho rằng mức đóng góp bình quân 2,5 triệu đồng/hộ là quá cao với các hộ nghèo, hộ chính sách; đề nghị miễn cho 18 hộ nghèo và giảm một nửa cho hộ cận nghèo. Luật sư Phan Văn Khánh, Phó Chủ nhiệm Đoàn Luật sư tỉnh, lưu ý phường cần làm rõ phương án bồi thường phần đất hiến ngoài chỉ giới, tránh khiếu kiện về sau.
Bà Cao Thị Nhàn, người dân khối 10, đề nghị giữ lại hàng cây xà cừ trên đường Phong Định Cảng vì đã gắn bó với nhiều thế hệ.
Thay mặt UBND phường, ông Nguyễn Đình Cường, Phó Chủ tịch UBND phường tiếp thu, giải trình từng nội dung; khẳng định sẽ điều chỉnh mức đóng góp theo hướng phân loại hộ và giữ nguyên hàng cây. Dự thảo sau khi chỉnh sửa sẽ được niêm yết tại 2 khối và gửi lại MTTQ phường trước khi trình theo kế hoạch số 14-KH/ĐU của Đảng ủy phường.
Kết luận hội nghị, bà Hoàng Thị Mai Lan đề nghị Ban Thanh tra nhân dân phường tiếp tục giám sát việc thực hiện đề án, nhất là khâu thu, chi tiền đóng góp, bảo đảm phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Thu Hiền - Trung tâm Văn hóa phường
Số lượt xem: 643
Tin khác
- Nghi Lộc: MTTQ xã giám sát cấp giấy chứng nhận quyền sử dụng đất (16/05/2012)
- Quỳnh Lưu tập huấn công tác Mặt trận cho 480 cán bộ cơ sở (08/05/2012)
- Hưng Nguyên: hội nghị đại biểu nhân dân xã Hưng Đạo (26/04/2012)
""", "2012-05-24", "Phường Hưng Dũng lấy ý kiến nhân dân về đề án chỉnh trang khu dân cư",
E("hoi_nghi", None, "2012-05-22"),
[P("Hoàng Thị Mai Lan", "Chủ tịch Ủy ban MTTQ phường Hưng Dũng"),
 P("Lê Văn Tư", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Trần Thị Thu Hà", "Phó Chủ tịch Ủy ban MTTQ phường"),
 P("Hồ Sỹ Quang", "Tổ trưởng tổ dân phố số 7"),
 P("Phan Văn Khánh", "Luật sư", "Phó Chủ nhiệm Đoàn Luật sư tỉnh"),
 P("Cao Thị Nhàn"),
 P("Nguyễn Đình Cường", "Phó Chủ tịch UBND phường")],
[Q("87 đại biểu", 87, "đại biểu"), Q("12,6 ha", 12.6, "ha"), Q("15 tuyến ngõ", 15, "tuyến ngõ"), Q("4 m", 4, "m"),
 Q("420 hộ", 420, "hộ"), Q("9,8 tỷ đồng", 9800000000, "đồng"), Q("khoảng 35%", 35, "%", "approx"),
 Q("32 ý kiến", 32, "ý kiến"), Q("3 ý kiến phản biện", 3, "ý kiến phản biện"),
 Q("2,5 triệu đồng", 2500000, "đồng"), Q("18 hộ nghèo", 18, "hộ nghèo"), Q("2 khối", 2, "khối")],
[D("Nghị quyết", "05", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Nghị quyết", "06", "NQ/ĐU", None, "Đảng ủy phường", "Nghị quyết 05, 06-NQ/ĐU"),
 D("Kế hoạch", "14", "KH/ĐU", None, "Đảng ủy phường", "kế hoạch số 14-KH/ĐU")],
[prov("Nghệ An"), com("Hưng Dũng")],
["Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Nghệ An", "Bạn đang ở: Trang chủ > Mặt trận cơ sở > Phản biện xã hội",
 "Quang cảnh hội nghị phản biện.", "dân biết, dân bàn, dân làm, dân kiểm tra", "Phong Định Cảng", "Số lượt xem: 643"],
["08:15 | 24/05/2012", "khối 9", "khối 10", "tổ dân phố số 7", "Số lượt xem: 643"]))

PAGES.append(page("b9223-daklak-mttq-xa-giamsat-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK
Tin tức :: Hoạt động cơ sở :: Giám sát
18-10-2013 10:20
Đoàn giám sát kiểm tra công trình nước sinh hoạt tập trung tại buôn Ea Kmar.
MTTQ xã Ea Tul giám sát chính sách hỗ trợ hộ đồng bào dân tộc thiểu số nghèo
Từ ngày 14 đến 16/10/2013, Ban Thường trực Ủy ban MTTQ xã Ea Tul (huyện Cư M'gar) tổ chức giám sát việc thực hiện chính sách hỗ trợ đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo tại 5 buôn trên địa bàn, một trong những xã có đông đồng bào Êđê nhất tỉnh Đắk Lắk. Trưởng đoàn là ông Y Bhim Niê, Chủ tịch Ủy ban MTTQ xã.
Theo kế hoạch số 09/KH-MTTQ ngày 2/10/2013 của Ban Thường trực Ủy ban MTTQ xã, đoàn tập trung giám sát việc bình xét đối tượng, cấp phát vốn và chất lượng công trình theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ, đồng thời rà soát các hộ còn tồn đọng từ Quyết định 134/2004/QĐ-TTg.
Kết quả cho thấy, xã có 163 hộ nghèo thuộc diện thụ hưởng; đến nay 118 hộ đã được hỗ trợ chuyển đổi nghề với mức 5 triệu đồng/hộ, 2 công trình nước sinh hoạt tập trung đã đưa vào sử dụng, phục vụ khoảng 310 hộ. Tuy nhiên, việc bình xét ở buôn Ea Kmar chưa công khai đầy đủ, còn 7 hộ đủ điều kiện nhưng chưa có tên trong danh sách; một bể chứa nước bị rò rỉ sau 3 tháng sử dụng.
Bà H'Loan Êban, Phó Chủ tịch Ủy ban MTTQ xã, Chi hội trưởng Phụ nữ buôn Ea Kmar, cho biết nhiều chị em trong buôn chưa nắm được mình có được hỗ trợ hay không vì danh sách chỉ dán ở nhà rông mà không đọc trong họp buôn.
Ông Ama Khăm (Y Khăm Mlô), người có uy tín buôn Ea Kmar, đề nghị chính quyền cử cán bộ về tận buôn hướng dẫn bà con làm hồ sơ vay vốn, "vì người già không biết chữ". Già làng Y Blô Adrơng, buôn Ea Đrao, đề nghị sửa ngay bể nước trước mùa khô.
Làm việc với đoàn, ông Nguyễn Hữu Tài, Phó Chủ tịch UBND xã Ea Tul, tiếp thu, cam kết bổ sung 7 hộ vào danh sách trong tháng 11 và yêu cầu đơn vị thi công bảo hành bể chứa.
Ông Y Bhim Niê kết luận: đoàn sẽ có văn bản kiến nghị gửi UBND xã, đồng thời báo cáo Ủy ban MTTQ huyện để theo dõi; Ban Thanh tra nhân dân xã được giao giám sát tiếp việc khắc phục. MTTQ xã cũng sẽ phối hợp các buôn tổ chức đọc danh sách trong sinh hoạt buôn, bằng cả tiếng Êđê, để mọi người cùng biết.
Được biết, năm 2013 Ủy ban MTTQ xã Ea Tul đã tổ chức 4 cuộc giám sát, thu hút 36 lượt người tham gia.
H'Xuân
Lượt đọc: 512
Tin cùng chuyên mục
- Krông Pắc: 100% xã thành lập ban giám sát đầu tư của cộng đồng (09/10/2013)
- Ea H'leo: tiếp xúc người có uy tín trong đồng bào DTTS (27/09/2013)
- Buôn Đôn tập huấn phản biện xã hội cho cán bộ Mặt trận cơ sở (19/09/2013)
""", "2013-10-18", "MTTQ xã Ea Tul giám sát chính sách hỗ trợ hộ đồng bào dân tộc thiểu số nghèo",
E("giam_sat", None, "2013-10-14"),
[P("Y Bhim Niê", "Chủ tịch Ủy ban MTTQ xã"),
 P("H'Loan Êban", "Phó Chủ tịch Ủy ban MTTQ xã", "Chi hội trưởng Phụ nữ buôn Ea Kmar"),
 P("Ama Khăm", "người có uy tín buôn Ea Kmar"),
 P("Y Blô Adrơng", "Già làng"),
 P("Nguyễn Hữu Tài", "Phó Chủ tịch UBND xã Ea Tul")],
[Q("5 buôn", 5, "buôn"), Q("163 hộ nghèo", 163, "hộ nghèo"), Q("118 hộ", 118, "hộ"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("2 công trình nước sinh hoạt tập trung", 2, "công trình nước sinh hoạt tập trung"),
 Q("khoảng 310 hộ", 310, "hộ", "approx"), Q("7 hộ", 7, "hộ"), Q("4 cuộc giám sát", 4, "cuộc giám sát"),
 Q("36 lượt người", 36, "lượt người")],
[D("Kế hoạch", "09", "KH-MTTQ", "2013-10-02", "Ban Thường trực Ủy ban MTTQ xã", "kế hoạch số 09/KH-MTTQ ngày 2/10/2013"),
 D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Quyết định", "134", "2004/QĐ-TTg", None, None, "Quyết định 134/2004/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK", "Tin tức :: Hoạt động cơ sở :: Giám sát",
 "Đoàn giám sát kiểm tra công trình nước sinh hoạt tập trung tại buôn Ea Kmar.", "Ea Kmar", "Ea Đrao", "Lượt đọc: 512"],
["18-10-2013 10:20", "3 tháng", "tháng 11", "năm 2013", "Lượt đọc: 512"]))

PAGES.append(page("b9224-hatinh-mttq-xa-tongket-2014", """
Hôm nay: Thứ Bảy, 27/12/2014
MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH HÀ TĨNH
Trang chủ | Mặt trận cơ sở | Tin hoạt động
Ngày đăng 26/12/2014 | 16:20
Cẩm Bình: Nâng cao chất lượng giám sát, phản biện xã hội ở cơ sở
Chiều 24/12/2014, Ủy ban MTTQ xã Cẩm Bình (huyện Cẩm Xuyên, Hà Tĩnh) tổ chức hội nghị tổng kết công tác Mặt trận năm 2014, triển khai nhiệm vụ năm 2015. Tham dự có 26 đồng chí là ủy viên Ủy ban MTTQ xã, trưởng các đoàn thể và trưởng ban công tác Mặt trận 11 thôn.
Năm 2014 là năm đầu tiên MTTQ xã triển khai Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát, phản biện xã hội và quy định về việc MTTQ, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền. Ban Thường trực đã xây dựng chương trình phối hợp với HĐND, UBND xã; tổ chức 6 cuộc giám sát chuyên đề về thu, chi quỹ, cấp phát trợ cấp xã hội, bình xét hộ nghèo và 2 hội nghị phản biện dự thảo quy hoạch nông thôn mới, dự thảo phương án dồn điền đổi thửa; tổng hợp 38 ý kiến gửi Đảng ủy, chính quyền, trong đó 31 ý kiến đã được tiếp thu.
Qua giám sát, MTTQ xã phát hiện 3 hộ không đủ tiêu chuẩn vẫn có tên trong danh sách hộ nghèo và đề nghị đưa ra khỏi danh sách; kiến nghị thu hồi hơn 14 triệu đồng chi sai mục đích ở 1 thôn. Công tác vận động quỹ "Vì người nghèo" đạt 126 triệu đồng, hỗ trợ làm mới 4 nhà Đại đoàn kết.
Ông Nguyễn Văn Thắng, Chủ tịch Ủy ban MTTQ xã Cẩm Bình cho rằng, điểm mới là các buổi giám sát đều có đại diện Ban Thanh tra nhân dân và người dân ở thôn được giám sát cùng tham gia, nên kiến nghị sát thực tế, chính quyền khó né tránh. Tuy vậy, việc phản biện còn lúng túng vì cán bộ thiếu kiến thức chuyên môn, một số thôn chỉ tổ chức cho có.
Tại hội nghị, ông Đặng Hữu Lộc, Trưởng ban công tác Mặt trận thôn Vĩnh Phú, đề nghị xã bố trí kinh phí cho hoạt động giám sát vì "mỗi lần đi giám sát, anh em phải tự bỏ tiền xăng xe".
Phát biểu chỉ đạo, bà Lê Thị Thanh Hương, Ủy viên Ban Thường trực, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện Cẩm Xuyên đánh giá Cẩm Bình là một trong những xã dẫn đầu huyện về thực hiện Quyết định 217 và 218; đề nghị năm 2015 tập trung giám sát việc thực hiện chương trình xây dựng nông thôn mới và công tác chuẩn bị đại hội Đảng bộ xã. Bà Phan Thị Hoa, Bí thư Đảng ủy xã, cam kết chỉ đạo chính quyền trả lời bằng văn bản 100% kiến nghị của Mặt trận.
Dịp này, Ủy ban MTTQ huyện tặng giấy khen cho MTTQ xã và 5 cá nhân có thành tích xuất sắc.
Văn Đức
Tin liên quan
- Hương Khê: 100% xã, thị trấn tổ chức hội nghị phản biện xã hội (19/12/2014)
- Thạch Hà tổng kết 10 năm cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" (11/12/2014)
- Kỳ Anh: MTTQ giám sát việc bồi thường giải phóng mặt bằng Khu kinh tế Vũng Áng (03/12/2014)
""", "2014-12-26", "Cẩm Bình: Nâng cao chất lượng giám sát, phản biện xã hội ở cơ sở",
E("tong_ket", "2014", "2014-12-24"),
[P("Nguyễn Văn Thắng", "Chủ tịch Ủy ban MTTQ xã Cẩm Bình"),
 P("Đặng Hữu Lộc", "Trưởng ban công tác Mặt trận thôn Vĩnh Phú"),
 P("Lê Thị Thanh Hương", "Ủy viên Ban Thường trực", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ huyện Cẩm Xuyên"),
 P("Phan Thị Hoa", "Bí thư Đảng ủy xã")],
[Q("26 đồng chí", 26, "đồng chí"), Q("11 thôn", 11, "thôn"), Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"),
 Q("2 hội nghị phản biện", 2, "hội nghị phản biện"), Q("38 ý kiến", 38, "ý kiến"), Q("31 ý kiến", 31, "ý kiến"),
 Q("3 hộ", 3, "hộ"), Q("1 thôn", 1, "thôn"), Q("hơn 14 triệu đồng", 14000000, "đồng", "over"), Q("126 triệu đồng", 126000000, "đồng"),
 Q("4 nhà Đại đoàn kết", 4, "nhà Đại đoàn kết"), Q("100%", 100, "%"), Q("5 cá nhân có thành tích xuất sắc", 5, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013")],
[prov("Hà Tĩnh"), com("Cẩm Bình")],
["Hôm nay: Thứ Bảy, 27/12/2014", "MẶT TRẬN TỔ QUỐC VIỆT NAM - TỈNH HÀ TĨNH", "Trang chủ | Mặt trận cơ sở | Tin hoạt động",
 "Vì người nghèo"],
["Ngày đăng 26/12/2014 | 16:20", "26 đồng chí", "năm 2014", "năm 2015", "Quyết định 217 và 218"]))

PAGES.append(page("b9225-soctrang-mttq-xa-soket-2015", """
Báo Sóc Trăng Online
Thời sự › Mặt trận - Đoàn thể
Thứ Năm, 09/07/2015
Ảnh: Bà Thạch Thị Sa Rane phát biểu tại hội nghị. Ảnh: Quốc Thái
Đại Tâm: Mặt trận phát huy vai trò giám sát ở cơ sở
(STO) - Ngày 7/7, Ủy ban MTTQ xã Đại Tâm (huyện Mỹ Xuyên) tổ chức hội nghị sơ kết công tác giám sát, phản biện xã hội 6 tháng đầu năm 2015. Bà Thạch Thị Sa Rane, Chủ tịch Ủy ban MTTQ xã chủ trì hội nghị.
Đại Tâm có 4.860 hộ, trong đó đồng bào Khmer chiếm 71%. Trong 6 tháng, MTTQ xã đã thực hiện 3 cuộc giám sát: việc cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số, việc xét chọn hộ được vay vốn xây nhà theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ và việc thu, chi quỹ xây dựng chùa ở 2 ấp. Các cuộc giám sát được tiến hành theo hướng dẫn số 12/HD-MTTQ ngày 15/1/2015 của Ban Thường trực Ủy ban MTTQ tỉnh và Chỉ thị 03, 04-CT/HU của Ban Thường vụ Huyện ủy Mỹ Xuyên.
Qua giám sát, đoàn phát hiện 46 người chưa được cấp thẻ bảo hiểm y tế do sai sót họ tên, ngày sinh; kiến nghị UBND xã phối hợp Bảo hiểm xã hội huyện cấp lại. Đến nay đã có 39 trường hợp được cấp lại thẻ. MTTQ xã còn tổ chức 1 hội nghị phản biện dự thảo kế hoạch nạo vét kênh thủy lợi, góp 9 ý kiến, được chính quyền tiếp thu 8 ý kiến.
Ông Lý Sóc Khanh, Phó Chủ tịch Ủy ban MTTQ xã cho biết, để người dân mạnh dạn phản ánh, Mặt trận phối hợp với các chùa tổ chức họp dân ngay tại sala chùa, có phiên dịch tiếng Khmer. Đại đức Thạch Sô Phanh, trụ trì chùa Tum Núp, cũng là thành viên Ban Thanh tra nhân dân xã, nhiều lần đi cùng đoàn giám sát.
Phát biểu tại hội nghị, ông Sơn Ngọc Hiền, Trưởng ấp Đại Nghĩa Thắng, đề nghị giám sát thêm việc cho vay vốn giải quyết việc làm. Bà Kim Thị Chanh Thu, Chi hội trưởng Hội Nông dân ấp Phú Hòa, kiến nghị sớm sửa cống Bưng Sa trước mùa mưa.
Ông Trịnh Văn Hùng, Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Mỹ Xuyên đánh giá cao cách làm của xã Đại Tâm; đề nghị 6 tháng cuối năm giám sát việc thực hiện chính sách đối với người có uy tín, chuẩn bị tốt đại hội đại biểu MTTQ xã.
Hội nghị cũng chỉ ra hạn chế: một số cuộc giám sát chưa có kết luận bằng văn bản, việc theo dõi chính quyền thực hiện kiến nghị chưa thường xuyên; các chi hội ở ấp chưa chủ động phát hiện vụ việc để đề xuất nội dung giám sát, phần lớn vẫn chờ xã phân công. Nhiều người dân còn ngại phản ánh trực tiếp với cán bộ.
Hội nghị đã biểu dương 6 tập thể, 11 cá nhân tích cực tham gia giám sát.
Quốc Thái
Bài viết liên quan
- Trần Đề: MTTQ giám sát việc hỗ trợ nhà ở cho hộ nghèo Khmer (30/06/2015)
- Vĩnh Châu sơ kết hoạt động của Ban Thanh tra nhân dân (24/06/2015)
- Châu Thành: phản biện dự thảo quy hoạch khu dân cư (12/06/2015)
- Ngã Năm ra mắt tổ hòa giải ở cơ sở (02/06/2015)
""", "2015-07-09", "Đại Tâm: Mặt trận phát huy vai trò giám sát ở cơ sở",
E("so_ket", "2015-H1", "2015-07-07"),
[P("Thạch Thị Sa Rane", "Chủ tịch Ủy ban MTTQ xã"),
 P("Lý Sóc Khanh", "Phó Chủ tịch Ủy ban MTTQ xã"),
 P("Thạch Sô Phanh", "Đại đức", "trụ trì chùa Tum Núp"),
 P("Sơn Ngọc Hiền", "Trưởng ấp Đại Nghĩa Thắng"),
 P("Kim Thị Chanh Thu", "Chi hội trưởng Hội Nông dân ấp Phú Hòa"),
 P("Trịnh Văn Hùng", "Phó Chủ tịch Thường trực Ủy ban MTTQ huyện Mỹ Xuyên")],
[Q("4.860 hộ", 4860, "hộ"), Q("71%", 71, "%"), Q("3 cuộc giám sát", 3, "cuộc giám sát"), Q("2 ấp", 2, "ấp"),
 Q("46 người", 46, "người"), Q("39 trường hợp", 39, "trường hợp"), Q("1 hội nghị phản biện", 1, "hội nghị phản biện"),
 Q("9 ý kiến", 9, "ý kiến"), Q("8 ý kiến", 8, "ý kiến"), Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Hướng dẫn", "12", "HD-MTTQ", "2015-01-15", "Ban Thường trực Ủy ban MTTQ tỉnh", "hướng dẫn số 12/HD-MTTQ ngày 15/1/2015"),
 D("Chỉ thị", "03", "CT/HU", None, "Ban Thường vụ Huyện ủy Mỹ Xuyên", "Chỉ thị 03, 04-CT/HU"),
 D("Chỉ thị", "04", "CT/HU", None, "Ban Thường vụ Huyện ủy Mỹ Xuyên", "Chỉ thị 03, 04-CT/HU")],
[prov("Sóc Trăng"), com("Đại Tâm")],
["Báo Sóc Trăng Online", "Thời sự › Mặt trận - Đoàn thể", "Ảnh: Bà Thạch Thị Sa Rane phát biểu tại hội nghị. Ảnh: Quốc Thái",
 "(STO)", "Bảo hiểm xã hội huyện", "Tum Núp", "Bưng Sa"],
["Thứ Năm, 09/07/2015", "6 tháng đầu năm 2015", "6 tháng cuối năm", "Trong 6 tháng"]))

PAGES.append(page("b9226-laocai-mttq-taphuan-giamsat-2016", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
You are here: Trang chủ / Tin tức / Mặt trận cơ sở
19/08/2016 - 14:35
Học viên trao đổi nhóm tại lớp tập huấn.
Bắc Hà tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở
Trong 2 ngày 17 và 18/8/2016, Ban Thường trực Ủy ban MTTQ huyện Bắc Hà (Lào Cai) mở lớp tập huấn nghiệp vụ giám sát, phản biện xã hội năm 2016 cho 75 học viên là chủ tịch, phó chủ tịch Ủy ban MTTQ, trưởng ban Thanh tra nhân dân của 21 xã, thị trấn.
Các học viên được nghe giới thiệu Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13, Quyết định 217-QĐ/TW của Bộ Chính trị và Nghị quyết liên tịch số 01/2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN hướng dẫn việc tổ chức tiếp xúc cử tri; được hướng dẫn cách xây dựng kế hoạch, lập đoàn, chọn nội dung giám sát, viết báo cáo kiến nghị và cách tổ chức một hội nghị phản biện ở xã.
Báo cáo viên là ông Hoàng Văn Thịnh, Phó Chủ tịch Ủy ban MTTQ tỉnh, và bà Lù Thị Pao, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh. Bà Lù Thị Pao nhấn mạnh: "Giám sát của Mặt trận là giám sát mang tính nhân dân, không phải thanh tra, không xử lý mà kiến nghị, nhưng kiến nghị phải có địa chỉ và phải theo dõi đến cùng".
Theo Ban Thường trực Ủy ban MTTQ huyện, 7 tháng đầu năm 2016, MTTQ các xã đã chủ trì 17 cuộc giám sát, tham gia 24 cuộc giám sát với HĐND; nhưng chỉ 5 xã tổ chức được hội nghị phản biện. Nhiều cán bộ là người dân tộc Mông, Tày, Nùng, Phù Lá mới được bầu, chưa qua đào tạo nghiệp vụ.
Anh Giàng Seo Phử, Chủ tịch Ủy ban MTTQ xã Bản Phố, chia sẻ: xã có 12 thôn, đồng bào Mông chiếm trên 90%, khi đi giám sát việc cấp giống ngô, phân bón, anh phải nói tiếng Mông để bà con hiểu. Chị Sùng Thị Mai, Phó Chủ tịch Ủy ban MTTQ xã Tả Van Chư, đề nghị có tài liệu hướng dẫn ngắn gọn, có tranh minh họa.
Tại lớp học, các nhóm thực hành xây dựng kế hoạch giám sát việc thực hiện Quyết định số 2085/QĐ-TTg và Nghị quyết 30a/2008/NQ-CP ở một xã giả định. Ông Vàng A Chúng, Trưởng ban Thanh tra nhân dân xã Lùng Phình, được học viên bầu làm nhóm trưởng nhóm có kế hoạch tốt nhất.
Bế mạc lớp học, ông Lò Văn Tiến, HUV, Chủ tịch Ủy ban MTTQ huyện Bắc Hà yêu cầu mỗi xã trong quý IV tổ chức ít nhất 1 cuộc giám sát theo đúng quy trình đã học; xã nào có dự thảo đề án lớn thì tổ chức 1 hội nghị phản biện. Mỗi học viên được phát 1 bộ tài liệu và chứng nhận hoàn thành lớp học.
Tuấn Ly
Lượt xem: 2.031
Tin khác
- Si Ma Cai: gặp mặt người có uy tín năm 2016 (12/08/2016)
- Bảo Yên: MTTQ giám sát việc thực hiện chính sách hỗ trợ giống cây trồng (04/08/2016)
- Tập huấn công tác hòa giải ở cơ sở cho 60 tổ trưởng tổ hòa giải (27/07/2016)
""", "2016-08-19", "Bắc Hà tập huấn kỹ năng giám sát, phản biện xã hội cho cán bộ Mặt trận cơ sở",
E("tap_huan", "2016", "2016-08-17"),
[P("Hoàng Văn Thịnh", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Thị Pao", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Giàng Seo Phử", "Chủ tịch Ủy ban MTTQ xã Bản Phố"),
 P("Sùng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ xã Tả Van Chư"),
 P("Vàng A Chúng", "Trưởng ban Thanh tra nhân dân xã Lùng Phình"),
 P("Lò Văn Tiến", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà")],
[Q("75 học viên", 75, "học viên"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("17 cuộc giám sát", 17, "cuộc giám sát"),
 Q("24 cuộc giám sát", 24, "cuộc giám sát"), Q("5 xã", 5, "xã"), Q("12 thôn", 12, "thôn"), Q("trên 90%", 90, "%", "over"),
 Q("ít nhất 1 cuộc giám sát", 1, "cuộc giám sát", "over"), Q("1 hội nghị phản biện", 1, "hội nghị phản biện")],
[D("Luật", "75", "2015/QH13", None, None, "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Nghị quyết liên tịch", "01", "2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN", None, None, "Nghị quyết liên tịch số 01/2014/NQLT-UBTVQH13-CP-ĐCTUBTWMTTQVN"),
 D("Quyết định", "2085", "QĐ-TTg", None, None, "Quyết định số 2085/QĐ-TTg"),
 D("Nghị quyết", "30a", "2008/NQ-CP", None, None, "Nghị quyết 30a/2008/NQ-CP")],
[prov("Lào Cai"), com("Bản Phố"), com("Tả Van Chư"), com("Lùng Phình")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "You are here: Trang chủ / Tin tức / Mặt trận cơ sở",
 "Học viên trao đổi nhóm tại lớp tập huấn.", "Lượt xem: 2.031"],
["19/08/2016 - 14:35", "2 ngày", "7 tháng đầu năm 2016", "quý IV", "1 bộ tài liệu", "Lượt xem: 2.031"]))
