from lib import *
PAGES = []

PAGES.append(page("b6557-haiphong-doithoai-chosat-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HỒNG BÀNG - THÀNH PHỐ HẢI PHÒNG
Trang chủ > Tin tức - Sự kiện > Dân vận
Thứ Sáu, 16/09/2011, 07:45 (GMT+7)
Đối thoại với tiểu thương về di dời chợ Sắt
Chiều 15/9, UBND quận Hồng Bàng phối hợp với Ban Dân vận Quận ủy, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị đối thoại với tiểu thương chợ Sắt năm 2011 về phương án di dời tạm, phục vụ xây dựng lại chợ. Chủ trì hội nghị có ông Lê Đình Khang, Phó Bí thư Quận ủy, Chủ tịch UBND quận; bà Vũ Thị Thanh Hằng, Quận ủy viên, Trưởng Ban Dân vận Quận ủy.
Quang cảnh buổi đối thoại tại hội trường phường Phan Bội Châu.
Chợ Sắt được xây dựng từ năm 1994, đến nay đã xuống cấp nghiêm trọng, nhiều hạng mục không bảo đảm an toàn phòng cháy, chữa cháy. Thực hiện Quyết định số 1845/QĐ-UBND ngày 26/7/2011 của UBND thành phố Hải Phòng về việc phê duyệt dự án đầu tư xây dựng lại chợ theo hình thức xã hội hóa, quận đã lập phương án bố trí chợ tạm tại khu đất trống phía sau trụ sở phường Hoàng Văn Thụ với diện tích khoảng 6.200 m2. Tổng vốn đầu tư dự kiến gần 210 tỷ đồng.
Theo báo cáo của Ban Quản lý chợ, hiện chợ có 1.126 điểm kinh doanh của 874 hộ tiểu thương; trong đó 312 hộ đã ký cam kết di dời. Ban Dân vận Quận ủy đã tham mưu Ban Thường vụ Quận ủy ban hành Kế hoạch số 56-KH/QU về tăng cường công tác dân vận trong thực hiện dự án, thành lập 9 tổ vận động gồm cán bộ phường, khu dân cư và hội viên phụ nữ, đến từng ki-ốt nắm tâm tư tiểu thương.
Tại buổi đối thoại, 27 ý kiến của tiểu thương tập trung vào vị trí ki-ốt sau khi xây mới, mức thu tiền thuê, thời gian miễn giảm phí trong thời gian ở chợ tạm. Bà Nguyễn Thị Mơ, tiểu thương ngành hàng vải, đề nghị ưu tiên bố trí lại đúng vị trí cũ cho các hộ đã kinh doanh lâu năm. Ông Phạm Quang Vinh, Trưởng Ban đại diện tiểu thương chợ Sắt, kiến nghị công khai bản vẽ mặt bằng và giá thuê dự kiến trước khi bốc thăm.
Trả lời các ý kiến, ông Đỗ Văn Thuận, Phó Chủ tịch UBND quận cho biết các hộ di dời đúng hạn được miễn 100% phí chợ tạm trong 6 tháng đầu và hỗ trợ 3 triệu đồng/hộ chi phí vận chuyển hàng hóa; việc bốc thăm ki-ốt sẽ công khai, có đại diện tiểu thương giám sát. Phương án thực hiện theo Nghị định số 02/2003/NĐ-CP và Nghị định số 114/2009/NĐ-CP của Chính phủ về phát triển và quản lý chợ.
Phát biểu kết luận, ông Lê Đình Khang ghi nhận những đóng góp xác đáng của bà con, giao phòng Kinh tế và Ban Quản lý chợ tiếp thu, giải trình bằng văn bản trước ngày 30/9. Bà Vũ Thị Thanh Hằng đề nghị các đoàn thể tiếp tục bám nắm tư tưởng, kịp thời giải thích để tiểu thương yên tâm, không để kẻ xấu lợi dụng kích động.
Thu Hà - Đức Mạnh
Lượt đọc: 1.254
Tin liên quan
- Phường Phan Bội Châu ra mắt tổ vận động di dời chợ (08/09/2011)
- Hồng Bàng: hội nghị giao ban khối dân vận tháng 8 (26/08/2011)
- Kiểm tra phòng cháy chữa cháy tại 5 chợ trên địa bàn quận (12/08/2011)
""", "2011-09-16", "Đối thoại với tiểu thương về di dời chợ Sắt",
E("doi_thoai", "2011", "2011-09-15"),
[P("Lê Đình Khang", "Phó Bí thư Quận ủy", "Chủ tịch UBND quận"),
 P("Vũ Thị Thanh Hằng", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Nguyễn Thị Mơ", "tiểu thương ngành hàng vải"),
 P("Phạm Quang Vinh", "Trưởng Ban đại diện tiểu thương chợ Sắt"),
 P("Đỗ Văn Thuận", "Phó Chủ tịch UBND quận")],
[Q("khoảng 6.200 m2", 6200, "m2", "approx"), Q("gần 210 tỷ đồng", 210000000000, "đồng", "approx"),
 Q("1.126 điểm kinh doanh", 1126, "điểm kinh doanh"), Q("874 hộ tiểu thương", 874, "hộ tiểu thương"),
 Q("312 hộ", 312, "hộ"), Q("9 tổ vận động", 9, "tổ vận động"), Q("27 ý kiến", 27, "ý kiến"),
 Q("100%", 100, "%"), Q("3 triệu đồng/hộ", 3000000, "đồng")],
[D("Quyết định", "1845", "QĐ-UBND", "2011-07-26", "UBND thành phố Hải Phòng", "Quyết định số 1845/QĐ-UBND ngày 26/7/2011"),
 D("Kế hoạch", "56", "KH/QU", None, "Ban Thường vụ Quận ủy", "Kế hoạch số 56-KH/QU"),
 D("Nghị định", "02", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 02/2003/NĐ-CP"),
 D("Nghị định", "114", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 114/2009/NĐ-CP")],
[prov("Hải Phòng"), com("Phan Bội Châu"), com("Hoàng Văn Thụ")],
["CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HỒNG BÀNG - THÀNH PHỐ HẢI PHÒNG", "Trang chủ > Tin tức - Sự kiện > Dân vận",
 "Quang cảnh buổi đối thoại tại hội trường phường Phan Bội Châu.", "Lượt đọc: 1.254", "Ban đại diện tiểu thương chợ Sắt"],
["Thứ Sáu, 16/09/2011, 07:45 (GMT+7)", "năm 1994", "6 tháng đầu", "năm 2011", "Lượt đọc: 1.254", "ngày 30/9"]))

PAGES.append(page("b6558-thanhhoa-bdv-soket-2012", """
BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự » Xây dựng Đảng » Công tác dân vận
20/07/2012 - 09:30
Ảnh: Các đại biểu dự hội nghị.
Vận động gần 1.500 hộ kinh doanh vào chợ mới
(Baothanhhoa.vn) - Ngày 19/7, Ban Dân vận Tỉnh ủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Mai Xuân Thắng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Lê Thị Hoa, Trịnh Văn Lượng.
Nổi bật trong 6 tháng qua là kết quả vận động tiểu thương, hộ kinh doanh di dời khỏi các chợ tạm, chợ cóc lấn chiếm lòng đường vào chợ mới. Sau khi Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị 11, 12-CT/TU về công tác dân vận trong giải phóng mặt bằng và trong quản lý, phát triển chợ, Ban Dân vận Tỉnh ủy đã ban hành kế hoạch số 31-KH/BDVTU ngày 10/2/2012 giao khối dân vận thành phố Thanh Hóa và thị xã Bỉm Sơn trực tiếp vào cuộc.
Kết quả, khối dân vận đã vận động gần 1.500 hộ kinh doanh chuyển vào chợ Nam Thành và chợ trung tâm Bỉm Sơn; giải tỏa 4 chợ tạm; 96% số hộ đã nhận ki-ốt và ổn định kinh doanh. Các địa phương tổ chức 18 cuộc đối thoại với hơn 2.300 lượt tiểu thương, giải đáp thắc mắc về giá thuê, thời hạn sử dụng điểm kinh doanh. Tỉnh đã bố trí hơn 4,2 tỷ đồng hỗ trợ di dời và miễn phí chợ cho các hộ trong thời gian đầu.
Chia sẻ kinh nghiệm, đồng chí Hoàng Văn Tám, Trưởng Ban Dân vận Thành ủy Thanh Hóa cho biết, thành phố phân công mỗi đảng viên ở khu phố phụ trách từ 5 đến 7 hộ, kiên trì gặp gỡ nhiều lần. Bà Lê Thị Nhàn, Bí thư Chi bộ, Trưởng Ban Quản lý chợ Nam Thành, nói: "Nhiều bà con lúc đầu lo chợ mới vắng khách, chúng tôi cùng phường tổ chức phiên chợ khai trương, giảm giá thuê năm đầu nên bà con yên tâm". Ông Nguyễn Hữu Cường, Chủ tịch UBND phường Đông Thọ, đề nghị tỉnh sớm có cơ chế xử lý dứt điểm các điểm họp chợ tự phát.
Tại xã Quảng Thịnh và phường Ba Đình, việc vận động chậm hơn do một số hộ kinh doanh lâu năm chưa đồng thuận với vị trí ki-ốt mới; vẫn còn 37 hộ chưa chịu chuyển vào chợ.
Phát biểu kết luận, đồng chí Mai Xuân Thắng yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện Quy chế công tác dân vận ban hành kèm Quyết định số 290-QĐ/TW của Bộ Chính trị; làm tốt công tác nắm tình hình tư tưởng tiểu thương, kịp thời tham mưu cấp ủy giải quyết kiến nghị chính đáng, không để phát sinh khiếu kiện đông người. Đồng chí đề nghị nhân rộng cách làm "đảng viên phụ trách hộ" của thành phố Thanh Hóa.
Lê Hà
Tin cùng chuyên mục
- Hội nghị giao ban khối dân vận quý II năm 2012 (05/07/2012)
- Bỉm Sơn: ra mắt chợ trung tâm mới (18/06/2012)
- Tập huấn nghiệp vụ công tác dân vận cho cán bộ cơ sở (30/05/2012)
""", "2012-07-20", "Vận động gần 1.500 hộ kinh doanh vào chợ mới",
E("so_ket", "2012-H1", "2012-07-19"),
[P("Mai Xuân Thắng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Thị Hoa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trịnh Văn Lượng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Tám", "Trưởng Ban Dân vận Thành ủy Thanh Hóa"),
 P("Lê Thị Nhàn", "Bí thư Chi bộ", "Trưởng Ban Quản lý chợ Nam Thành"),
 P("Nguyễn Hữu Cường", "Chủ tịch UBND phường Đông Thọ")],
[Q("gần 1.500 hộ kinh doanh", 1500, "hộ kinh doanh", "approx"), Q("4 chợ tạm", 4, "chợ tạm"), Q("96%", 96, "%"),
 Q("18 cuộc đối thoại", 18, "cuộc đối thoại"), Q("hơn 2.300 lượt tiểu thương", 2300, "lượt tiểu thương", "over"),
 Q("hơn 4,2 tỷ đồng", 4200000000, "đồng", "over"), Q("từ 5 đến 7 hộ", 5, "hộ", "approx"), Q("37 hộ", 37, "hộ")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Kế hoạch", "31", "KH/BDVTU", "2012-02-10", "Ban Dân vận Tỉnh ủy", "kế hoạch số 31-KH/BDVTU ngày 10/2/2012"),
 D("Quyết định", "290", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 290-QĐ/TW")],
[prov("Thanh Hóa"), com("Đông Thọ"), com("Quảng Thịnh"), com("Ba Đình")],
["BÁO THANH HÓA - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự » Xây dựng Đảng » Công tác dân vận",
 "Ảnh: Các đại biểu dự hội nghị.", "(Baothanhhoa.vn)", "đảng viên phụ trách hộ", "Quy chế công tác dân vận"],
["20/07/2012 - 09:30", "6 tháng đầu năm 2012", "6 tháng cuối năm", "6 tháng qua", "năm đầu"]))

PAGES.append(page("b6559-nghean-giaoban-choga-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Bạn đang ở: Trang chủ / Thời sự / Dân vận
08:15 | 08/10/2013
Khối dân vận TP Vinh giao ban, bàn cách vận động tiểu thương chợ Ga
Ảnh minh họa: Khu vực chợ Ga Vinh.
Sáng 7/10, Ban Dân vận Thành ủy Vinh tổ chức giao ban khối dân vận thành phố quý III năm 2013 và triển khai nhiệm vụ quý IV. Đồng chí Nguyễn Hoài Nam, Thành ủy viên, Trưởng Ban Dân vận Thành ủy chủ trì giao ban.
Theo báo cáo, quý III, khối dân vận thành phố tập trung thực hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận trong các dự án chỉnh trang đô thị, trọng tâm là vận động 364 hộ kinh doanh tại chợ Ga di dời sang khu chợ tạm ở phường Quán Bàu để thực hiện dự án cải tạo chợ theo Quyết định 2355/QĐ-UBND ngày 14/6/2013 của UBND tỉnh. Đến cuối tháng 9, đã có 298 hộ ký biên bản bàn giao mặt bằng, đạt 82%.
Ban Dân vận Thành ủy phối hợp Ủy ban MTTQ thành phố tổ chức 7 cuộc tiếp xúc với đại diện tiểu thương, tiếp nhận hơn 50 ý kiến, kiến nghị; chủ yếu đề nghị được giữ vị trí cũ, giảm thuế khoán trong thời gian ở chợ tạm. Thành phố đã hỗ trợ 500 triệu đồng làm mái che, hệ thống điện, nước cho khu chợ tạm.
Phát biểu tại giao ban, bà Trần Thị Lan Anh, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thành phố cho rằng vẫn có tình trạng một số hộ cho thuê lại ki-ốt, "chợ trong chợ", gây khó cho việc vận động. Ông Hồ Sỹ Đông, Bí thư Đảng ủy phường Lê Lợi, kiến nghị thành phố cử cán bộ chuyên môn giải thích rõ quy định về quyền sử dụng điểm kinh doanh. Đại diện xã Nghi Phú thông tin đã vận động 46 hộ buôn bán dọc tuyến đường vào khu chợ mới.
Kết luận giao ban, đồng chí Nguyễn Hoài Nam yêu cầu trong quý IV khối dân vận tiếp tục phối hợp với UBND thành phố thực hiện các Kết luận 62, 63-KL/TU của Ban Thường vụ Thành ủy về di dời chợ Ga và sắp xếp hộ kinh doanh trên các tuyến phố; mỗi tổ dân vận phụ trách một dãy ki-ốt, báo cáo tình hình hằng tuần; không để phát sinh điểm nóng.
Cũng tại giao ban, các đại biểu đánh giá công tác nắm tình hình dư luận trong tiểu thương còn chậm; một số thông tin sai lệch về giá thuê ki-ốt lan truyền trong chợ nhưng chưa được cải chính kịp thời. Ban Dân vận Tỉnh ủy Nghệ An đã đề nghị thành phố Vinh báo cáo định kỳ tiến độ di dời, coi đây là nhiệm vụ trọng tâm của khối dân vận những tháng cuối năm.
Huy Thư
Các tin đã đưa
- Vinh: Đối thoại với hộ kinh doanh trên đường Lê Lợi (27/09/2013)
- Khối dân vận Nghệ An giao ban quý III (04/10/2013)
- Chợ Ga: tiểu thương băn khoăn về giá thuê ki-ốt (15/09/2013)
- Hưng Dũng vận động hộ kinh doanh trả lại vỉa hè (02/09/2013)
""", "2013-10-08", "Khối dân vận TP Vinh giao ban, bàn cách vận động tiểu thương chợ Ga",
E("giao_ban", "2013-Q3", "2013-10-07"),
[P("Nguyễn Hoài Nam", "Thành ủy viên", "Trưởng Ban Dân vận Thành ủy"),
 P("Trần Thị Lan Anh", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ thành phố"),
 P("Hồ Sỹ Đông", "Bí thư Đảng ủy phường Lê Lợi")],
[Q("364 hộ kinh doanh", 364, "hộ kinh doanh"), Q("298 hộ", 298, "hộ"), Q("82%", 82, "%"),
 Q("7 cuộc tiếp xúc", 7, "cuộc tiếp xúc"), Q("hơn 50 ý kiến, kiến nghị", 50, "ý kiến, kiến nghị", "over"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("46 hộ", 46, "hộ")],
[D("Chỉ thị", "05", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU"),
 D("Quyết định", "2355", "QĐ-UBND", "2013-06-14", "UBND tỉnh", "Quyết định 2355/QĐ-UBND ngày 14/6/2013"),
 D("Kết luận", "62", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 62, 63-KL/TU"),
 D("Kết luận", "63", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận 62, 63-KL/TU")],
[prov("Nghệ An"), com("Quán Bàu"), com("Lê Lợi"), com("Nghi Phú")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Bạn đang ở: Trang chủ / Thời sự / Dân vận", "Ảnh minh họa: Khu vực chợ Ga Vinh.", "chợ trong chợ"],
["08:15 | 08/10/2013", "quý III năm 2013", "quý IV", "cuối tháng 9"]))

PAGES.append(page("b6560-cantho-taphuan-pccc-cho-2014", """
Quận Ninh Kiều - Cổng thông tin điện tử
Trang chủ :: Hoạt động đoàn thể
Cập nhật lúc 10:12 ngày 23/5/2014
Tập huấn phòng cháy, chữa cháy cho hơn 400 tiểu thương chợ Cái Khế
Lớp tập huấn tổ chức tại nhà lồng chợ Cái Khế.
Trong 2 ngày 21 và 22/5, Ban Dân vận Quận ủy Ninh Kiều phối hợp Hội Liên hiệp Phụ nữ quận và Phòng Cảnh sát PC&CC số 1 Công an thành phố Cần Thơ mở lớp tập huấn năm 2014 về kiến thức phòng cháy, chữa cháy và kỹ năng thoát nạn cho hơn 400 tiểu thương, hộ kinh doanh tại chợ Cái Khế và chợ An Hòa.
Phát biểu khai mạc, bà Huỳnh Thị Kim Phượng, Quận ủy viên, Trưởng Ban Dân vận Quận ủy nhấn mạnh: chợ là nơi tập trung đông người, hàng hóa dễ cháy; chỉ trong năm 2013, trên địa bàn thành phố đã xảy ra 6 vụ cháy tại chợ và khu buôn bán, thiệt hại khoảng 3,5 tỷ đồng. Vì vậy, lớp tập huấn là một nội dung của Kế hoạch số 18/KH-UBND ngày 3/3/2014 của UBND quận Ninh Kiều về bảo đảm an toàn phòng cháy tại các chợ, đồng thời thực hiện Hướng dẫn số 07-HD/BDVQU của Ban Dân vận Quận ủy về xây dựng mô hình "Chợ an toàn, văn minh".
Các học viên được Thượng tá Trần Văn Dũng, Phó Trưởng phòng Cảnh sát PC&CC số 1 phổ biến những nội dung cơ bản của Luật Phòng cháy và chữa cháy, Nghị định số 35/2003/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật; hướng dẫn cách sử dụng bình chữa cháy xách tay, cách ngắt điện, thoát hiểm khi có sự cố. Cuối buổi, các tiểu thương trực tiếp thực hành dập lửa tại khu vực bãi xe phía sau chợ.
Dịp này, Ban Quản lý chợ Cái Khế trao 120 bình chữa cháy cho các dãy sạp, tổng trị giá khoảng 35 triệu đồng, do các mạnh thường quân và tiểu thương đóng góp. Bà Lâm Ngọc Diệu, tiểu thương ngành hàng khô, chia sẻ: "Trước giờ thấy bình chữa cháy treo đó mà không biết xài, giờ được hướng dẫn tận tay nên yên tâm hơn".
Ông Trương Minh Tâm, Phó Chủ tịch UBND phường Cái Khế cho biết, phường đã thành lập 3 đội chữa cháy tình nguyện gồm 45 thành viên là tiểu thương, bảo vệ chợ và dân quân; thời gian tới sẽ cùng Ban Quản lý chợ kiểm tra định kỳ hệ thống điện ở 4 chợ trên địa bàn phường.
Được biết, năm nay Ban Dân vận Quận ủy chọn chợ Cái Khế làm điểm xây dựng mô hình "Chợ an toàn, văn minh" của thành phố Cần Thơ; sau đợt tập huấn, mỗi dãy sạp sẽ cử một người phụ trách kiểm tra điện, gas trước giờ đóng chợ.
Ngọc Thảo
Tin khác
- Ninh Kiều: Sơ kết mô hình "Dân vận khéo" năm 2013 (14/04/2014)
- Hội LHPN phường An Hòa ra mắt chi hội phụ nữ tiểu thương (02/04/2014)
- Họp mặt đại diện tiểu thương các chợ nhân dịp xuân Giáp Ngọ (20/01/2014)
- Ra quân giữ gìn trật tự, mỹ quan các chợ (06/01/2014)
""", "2014-05-23", "Tập huấn phòng cháy, chữa cháy cho hơn 400 tiểu thương chợ Cái Khế",
E("tap_huan", "2014", "2014-05-21"),
[P("Huỳnh Thị Kim Phượng", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy"),
 P("Trần Văn Dũng", "Thượng tá", "Phó Trưởng phòng Cảnh sát PC&CC số 1"),
 P("Lâm Ngọc Diệu", "tiểu thương ngành hàng khô"),
 P("Trương Minh Tâm", "Phó Chủ tịch UBND phường Cái Khế")],
[Q("hơn 400 tiểu thương", 400, "tiểu thương", "over"), Q("6 vụ cháy", 6, "vụ cháy"),
 Q("khoảng 3,5 tỷ đồng", 3500000000, "đồng", "approx"), Q("120 bình chữa cháy", 120, "bình chữa cháy"),
 Q("khoảng 35 triệu đồng", 35000000, "đồng", "approx"), Q("3 đội chữa cháy tình nguyện", 3, "đội chữa cháy tình nguyện"),
 Q("45 thành viên", 45, "thành viên"), Q("4 chợ", 4, "chợ")],
[D("Kế hoạch", "18", "KH-UBND", "2014-03-03", "UBND quận Ninh Kiều", "Kế hoạch số 18/KH-UBND ngày 3/3/2014"),
 D("Hướng dẫn", "07", "HD/BDVQU", None, "Ban Dân vận Quận ủy", "Hướng dẫn số 07-HD/BDVQU"),
 D("Nghị định", "35", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 35/2003/NĐ-CP")],
[prov("Cần Thơ"), com("Cái Khế")],
["Quận Ninh Kiều - Cổng thông tin điện tử", "Trang chủ :: Hoạt động đoàn thể", "Lớp tập huấn tổ chức tại nhà lồng chợ Cái Khế.",
 "Chợ an toàn, văn minh", "Luật Phòng cháy và chữa cháy"],
["Cập nhật lúc 10:12 ngày 23/5/2014", "2 ngày", "năm 2013", "năm 2014", "PC&CC số 1"]))

PAGES.append(page("b6561-danang-chovanminh-tongket-2015", """
ĐÀ NẴNG ONLINE
Chính trị - Xã hội | Dân vận | Phong trào
Thứ Ba, 29/12/2015 | 16:40
Hơn 9.000 tiểu thương cam kết xây dựng chợ văn minh
Toàn cảnh hội nghị tổng kết. Ảnh: Xuân Sơn
Sáng 28-12, Ban Dân vận Thành ủy phối hợp Sở Công Thương tổ chức hội nghị tổng kết phong trào xây dựng "Chợ văn minh thương mại" năm 2015. Tham dự có đồng chí Đặng Thị Kim Liên, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Dân vận Thành ủy; các đồng chí Nguyễn Thị Lành, Trần Văn Được - Phó Giám đốc Sở Công Thương.
Sau một năm triển khai, phong trào đã lan tỏa tại 14 chợ trên địa bàn thành phố với hơn 9.000 tiểu thương ký cam kết không nói thách, cân đo đúng, niêm yết giá. Ban Dân vận Thành ủy đã tham mưu thực hiện Chỉ thị 22, 23-CT/TU của Thành ủy về văn minh đô thị và về quản lý, sử dụng vỉa hè, lòng đường; phối hợp với các quận xây dựng 26 tổ tiểu thương tự quản. Các chợ đã lắp đặt 48 cân đối chứng, đầu tư gần 1,6 tỷ đồng sửa chữa nhà vệ sinh, hệ thống thoát nước.
Theo báo cáo, việc thực hiện Quyết định số 7564/QĐ-UBND ngày 15/10/2014 của UBND thành phố về quy chế mẫu quản lý chợ đã góp phần giảm rõ tình trạng chèo kéo, đeo bám khách du lịch. Số phản ánh của du khách về chợ Hàn, chợ Cồn giảm 65% so với năm 2014. Tuy nhiên, tại một số chợ vẫn còn tình trạng lấn chiếm lối đi, để hàng hóa ra ngoài sạp.
Đồng chí Lê Văn Hòa, Bí thư Đảng ủy phường Hải Châu I, cho biết phường gắn phong trào với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", mỗi dãy sạp cử một tiểu thương làm tổ trưởng. Bà Phan Thị Nguyệt, tổ trưởng tổ tiểu thương tự quản ngành hàng khô chợ Hàn, kể nhiều chị em đã tự nhắc nhau bỏ thói quen nói thách. Ông Huỳnh Tấn Lộc, Phó Chủ tịch UBND phường An Hải Bắc, kiến nghị sớm cải tạo chợ An Hải Bắc vì đã xuống cấp.
Phát biểu tổng kết, đồng chí Đặng Thị Kim Liên đề nghị năm 2016 phong trào mở rộng đến các chợ ở phường Thạch Thang và các chợ nông thôn, thực hiện Kết luận số 18-KL/TU của Ban Thường vụ Thành ủy về công tác dân vận trong lĩnh vực thương mại, dịch vụ.
Nhiều ý kiến tại hội nghị cho rằng để phong trào bền vững, thành phố Đà Nẵng cần có cơ chế khen thưởng kịp thời tiểu thương làm tốt, đồng thời xử lý nghiêm các trường hợp tái phạm; Ban Quản lý các chợ phải công khai đường dây nóng để du khách phản ánh.
Dịp này, Sở Công Thương tặng giấy khen cho 21 tập thể và 35 cá nhân tiêu biểu trong phong trào.
Hải Yến
Lượt xem: 2.016
Bài viết liên quan
- Chợ Hàn ra mắt tổ tiểu thương tự quản (11/11/2015)
- Sơn Trà: Vận động hộ kinh doanh không lấn chiếm vỉa hè (20/10/2015)
- Sơ kết 6 tháng phong trào "Chợ văn minh thương mại" (03/07/2015)
""", "2015-12-29", "Hơn 9.000 tiểu thương cam kết xây dựng chợ văn minh",
E("tong_ket", "2015", "2015-12-28"),
[P("Đặng Thị Kim Liên", "Ủy viên Ban Thường vụ Thành ủy", "Trưởng Ban Dân vận Thành ủy"),
 P("Nguyễn Thị Lành", "Phó Giám đốc Sở Công Thương"),
 P("Trần Văn Được", "Phó Giám đốc Sở Công Thương"),
 P("Lê Văn Hòa", "Bí thư Đảng ủy phường Hải Châu I"),
 P("Phan Thị Nguyệt", "tổ trưởng tổ tiểu thương tự quản ngành hàng khô chợ Hàn"),
 P("Huỳnh Tấn Lộc", "Phó Chủ tịch UBND phường An Hải Bắc")],
[Q("Hơn 9.000 tiểu thương", 9000, "tiểu thương", "over"), Q("14 chợ", 14, "chợ"),
 Q("26 tổ tiểu thương tự quản", 26, "tổ tiểu thương tự quản"), Q("48 cân đối chứng", 48, "cân đối chứng"),
 Q("gần 1,6 tỷ đồng", 1600000000, "đồng", "approx"), Q("65%", 65, "%"),
 Q("21 tập thể", 21, "tập thể"), Q("35 cá nhân tiêu biểu", 35, "cá nhân tiêu biểu")],
[D("Chỉ thị", "22", "CT/TU", None, "Thành ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Chỉ thị", "23", "CT/TU", None, "Thành ủy", "Chỉ thị 22, 23-CT/TU"),
 D("Quyết định", "7564", "QĐ-UBND", "2014-10-15", "UBND thành phố", "Quyết định số 7564/QĐ-UBND ngày 15/10/2014"),
 D("Kết luận", "18", "KL/TU", None, "Ban Thường vụ Thành ủy", "Kết luận số 18-KL/TU")],
[prov("Đà Nẵng"), com("Hải Châu I"), com("An Hải Bắc"), com("Thạch Thang")],
["ĐÀ NẴNG ONLINE", "Chính trị - Xã hội | Dân vận | Phong trào", "Toàn cảnh hội nghị tổng kết. Ảnh: Xuân Sơn",
 "Chợ văn minh thương mại", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Lượt xem: 2.016"],
["Thứ Ba, 29/12/2015 | 16:40", "năm 2015", "năm 2014", "năm 2016", "một năm", "Lượt xem: 2.016"]))

PAGES.append(page("b6562-binhduong-mttq-giamsat-dichoi-2016", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG
Trang chủ › Hoạt động › Giám sát, phản biện xã hội
Thứ Năm, 25/8/2016 - 10:05
Giám sát việc di dời, bố trí tiểu thương vào chợ mới Thủ Dầu Một
Ngày 24/8, đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Võ Thành Nhân, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách di dời, bố trí tiểu thương vào chợ mới tại UBND thành phố Thủ Dầu Một. Đây là nội dung thuộc chương trình giám sát năm 2016 của Ủy ban MTTQ tỉnh.
Cùng tham gia đoàn có bà Lê Thị Thu Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân vận Tỉnh ủy, Sở Công Thương, Liên đoàn Lao động tỉnh.
Theo báo cáo của UBND thành phố, thực hiện Kế hoạch số 12/KH-MTTQ-BTT ngày 18/3/2016 và Quyết định số 1120/QĐ-UBND ngày 5/5/2015 của UBND tỉnh về phương án di dời chợ Thủ Dầu Một, thành phố đã vận động 1.035 hộ tiểu thương chuyển sang khu chợ mới tại phường Hiệp Thành; bố trí 1.210 sạp, ki-ốt; hỗ trợ mỗi hộ 5 triệu đồng di chuyển. Tổng kinh phí bồi thường, hỗ trợ khoảng 27,4 tỷ đồng. Đến nay còn 58 hộ chưa nhận sạp do chưa thống nhất về diện tích và vị trí.
Tại buổi giám sát, ông Hà Văn Phúc, Chủ tịch UBND phường Phú Cường cho biết phường đã lập 6 tổ công tác đến từng hộ, phối hợp Ủy ban MTTQ phường tổ chức 3 buổi đối thoại. Bà Đoàn Thị Tuyết Mai, Trưởng Ban Quản lý chợ Thủ Dầu Một, thừa nhận việc bốc thăm đợt đầu còn để xảy ra khiếu nại do niêm yết danh sách chậm. Một số tiểu thương phường Chánh Nghĩa phản ánh lượng khách ở chợ mới giảm khoảng 30% so với chợ cũ.
Qua giám sát, đoàn đánh giá cấp ủy, chính quyền thành phố đã quan tâm công tác dân vận, công khai phương án; tuy nhiên việc hướng dẫn tiểu thương về thủ tục chuyển đổi giấy chứng nhận đăng ký hộ kinh doanh còn chậm; hạ tầng giao thông kết nối chợ mới chưa hoàn chỉnh.
Kết luận buổi giám sát, ông Võ Thành Nhân đề nghị thành phố thực hiện đúng Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về quy chế giám sát và phản biện xã hội, tiếp thu ý kiến giám sát; sớm giải quyết dứt điểm kiến nghị của 58 hộ; có chính sách miễn, giảm phí sử dụng sạp trong năm đầu để tiểu thương ổn định. Ủy ban MTTQ tỉnh sẽ tổng hợp, có văn bản kiến nghị gửi UBND tỉnh.
Đây là cuộc giám sát chuyên đề đầu tiên của Mặt trận tỉnh Bình Dương về lĩnh vực chợ, thương mại.
Minh Duy
Tin cùng chuyên mục
- MTTQ tỉnh giám sát việc thực hiện chính sách bảo hiểm y tế (12/08/2016)
- Hội nghị phản biện dự thảo quy định phí chợ (28/07/2016)
- Thủ Dầu Một: tiểu thương chuyển vào chợ mới (15/07/2016)
""", "2016-08-25", "Giám sát việc di dời, bố trí tiểu thương vào chợ mới Thủ Dầu Một",
E("giam_sat", "2016", "2016-08-24"),
[P("Võ Thành Nhân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Thu Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hà Văn Phúc", "Chủ tịch UBND phường Phú Cường"),
 P("Đoàn Thị Tuyết Mai", "Trưởng Ban Quản lý chợ Thủ Dầu Một")],
[Q("1.035 hộ tiểu thương", 1035, "hộ tiểu thương"), Q("1.210 sạp, ki-ốt", 1210, "sạp, ki-ốt"),
 Q("5 triệu đồng", 5000000, "đồng"), Q("khoảng 27,4 tỷ đồng", 27400000000, "đồng", "approx"),
 Q("58 hộ", 58, "hộ"), Q("6 tổ công tác", 6, "tổ công tác"), Q("3 buổi đối thoại", 3, "buổi đối thoại"),
 Q("khoảng 30%", 30, "%", "approx")],
[D("Kế hoạch", "12", "KH-MTTQ-BTT", "2016-03-18", None, "Kế hoạch số 12/KH-MTTQ-BTT ngày 18/3/2016"),
 D("Quyết định", "1120", "QĐ-UBND", "2015-05-05", "UBND tỉnh", "Quyết định số 1120/QĐ-UBND ngày 5/5/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bình Dương"), com("Hiệp Thành"), com("Phú Cường"), com("Chánh Nghĩa")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH BÌNH DƯƠNG", "Trang chủ › Hoạt động › Giám sát, phản biện xã hội"],
["Thứ Năm, 25/8/2016 - 10:05", "năm 2016", "năm đầu", "đợt đầu"]))
