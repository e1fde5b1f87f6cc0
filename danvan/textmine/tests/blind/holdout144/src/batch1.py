from lib import *
PAGES = []

PAGES.append(page("b3413-thanhhoa-qcdc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ » Tin tức » Chính trị - Xã hội
Thứ Tư, 28/12/2011 - 09:30
Toàn cảnh hội nghị. Ảnh: Minh Hằng
Tổng kết công tác thực hiện Quy chế dân chủ ở cơ sở năm 2011
Ngày 27/12, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2011, triển khai nhiệm vụ năm 2012. Đồng chí Trịnh Thị Hoài, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2011, Ban Chỉ đạo các cấp tiếp tục quán triệt Chỉ thị số 30-CT/TW ngày 18/2/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở, Kết luận số 65-KL/TW ngày 4/3/2010 của Ban Bí thư và Pháp lệnh số 34/2007/PL-UBTVQH11 về thực hiện dân chủ ở xã, phường, thị trấn. Ban Chỉ đạo tỉnh ban hành Kế hoạch số 112-KH/BCĐ ngày 10/3/2011 về kiểm tra việc thực hiện quy chế ở 27 huyện, thị xã, thành phố.
Kết quả, toàn tỉnh có 5.982/6.031 thôn, làng, bản, khu phố xây dựng được hương ước, quy ước, đạt 99,2%; trong năm có 214 bản hương ước được bổ sung, sửa đổi cho phù hợp với quy định mới. Các Ban Thanh tra nhân dân đã tiến hành 1.245 cuộc giám sát, kiến nghị xử lý 312 vụ việc, thu hồi cho Nhà nước và nhân dân hơn 1,6 tỷ đồng. Nhân dân đóng góp khoảng 86 tỷ đồng xây dựng đường giao thông nông thôn, nhà văn hóa thôn theo phương châm "dân biết, dân bàn, dân làm, dân kiểm tra".
Tại hội nghị, ông Lò Văn Biên, Trưởng Ban Thanh tra nhân dân xã Trung Lý, huyện Mường Lát, chia sẻ cách giám sát công trình nước sạch ở bản vùng cao. Bà Hà Thị Lụa, Chủ tịch UBND xã Thành Sơn, cho biết xã đã niêm yết công khai 100% các khoản thu, chi và danh sách hộ nghèo tại nhà văn hóa các thôn. Ông Phạm Bá Tuấn, Phó Chủ tịch Ủy ban MTTQ huyện Hoằng Hóa, đề nghị sớm có hướng dẫn về chế độ phụ cấp cho thành viên Ban Thanh tra nhân dân.
Một số hạn chế được chỉ ra: việc thực hiện quy chế dân chủ trong cơ quan, doanh nghiệp ngoài nhà nước còn hình thức; một số nơi chưa tổ chức hội nghị đối thoại định kỳ; hoạt động của Ban Giám sát đầu tư của cộng đồng còn lúng túng.
Kết luận hội nghị, đồng chí Trịnh Thị Hoài đề nghị năm 2012 các cấp ủy tập trung rà soát hương ước, quy ước, gắn thực hiện quy chế dân chủ với phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" và chương trình xây dựng nông thôn mới.
Dịp này, Ban Chỉ đạo tỉnh tặng giấy khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Nguyễn Thu Hà
Số lượt xem: 1.204
Tin liên quan
- Như Thanh: đối thoại trực tiếp giữa Chủ tịch UBND huyện với nhân dân (20/12/2011)
- Tập huấn nghiệp vụ cho 320 thành viên Ban Thanh tra nhân dân (02/12/2011)
- Quan Hóa: 100% bản có quy ước (15/11/2011)
""", "2011-12-28", "Tổng kết công tác thực hiện Quy chế dân chủ ở cơ sở năm 2011",
E("tong_ket", "2011", "2011-12-27"),
[P("Trịnh Thị Hoài", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Trưởng Ban Chỉ đạo"),
 P("Lò Văn Biên", "Trưởng Ban Thanh tra nhân dân xã Trung Lý"),
 P("Hà Thị Lụa", "Chủ tịch UBND xã Thành Sơn"),
 P("Phạm Bá Tuấn", "Phó Chủ tịch Ủy ban MTTQ huyện Hoằng Hóa")],
[Q("27 huyện, thị xã, thành phố", 27, "huyện, thị xã, thành phố"),
 Q("5.982/6.031 thôn, làng, bản, khu phố", 5982, "thôn, làng, bản, khu phố"), Q("99,2%", 99.2, "%"),
 Q("214 bản hương ước", 214, "bản hương ước"), Q("1.245 cuộc giám sát", 1245, "cuộc giám sát"),
 Q("312 vụ việc", 312, "vụ việc"), Q("hơn 1,6 tỷ đồng", 1600000000, "đồng", "over"),
 Q("khoảng 86 tỷ đồng", 86000000000, "đồng", "approx"), Q("100%", 100, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Chỉ thị", "30", "CT/TW", "1998-02-18", "Bộ Chính trị", "Chỉ thị số 30-CT/TW ngày 18/2/1998"),
 D("Kết luận", "65", "KL/TW", "2010-03-04", "Ban Bí thư", "Kết luận số 65-KL/TW ngày 4/3/2010"),
 D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, None, "Pháp lệnh số 34/2007/PL-UBTVQH11"),
 D("Kế hoạch", "112", "KH/BCĐ", "2011-03-10", "Ban Chỉ đạo tỉnh", "Kế hoạch số 112-KH/BCĐ ngày 10/3/2011")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Thành Sơn")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA", "Trang chủ » Tin tức » Chính trị - Xã hội", "Toàn cảnh hội nghị. Ảnh: Minh Hằng",
 "dân biết, dân bàn, dân làm, dân kiểm tra", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Số lượt xem: 1.204"],
["Thứ Tư, 28/12/2011 - 09:30", "năm 2011", "năm 2012", "Số lượt xem: 1.204", "dân biết, dân bàn, dân làm, dân kiểm tra"]))

PAGES.append(page("b3414-nghean-qcdc-soket-2012", """
Báo Nghệ An điện tử
Thời sự > Chính trị
Cập nhật: 16:40, 19/07/2012 (GMT+7)
Quỳ Châu: Dân chủ ở cơ sở được phát huy, khiếu kiện giảm
(Baonghean) - Chiều 18/7, Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở huyện Quỳ Châu họp sơ kết 6 tháng đầu năm 2012, bàn nhiệm vụ 6 tháng cuối năm. Đồng chí Lang Văn Chiến, Phó Bí thư Thường trực Huyện ủy, Trưởng Ban Chỉ đạo chủ trì.
Đồng chí Lang Văn Chiến phát biểu tại hội nghị.
Báo cáo của Ban Chỉ đạo cho thấy, 6 tháng qua các xã, thị trấn đã triển khai Kế hoạch số 27-KH/HU của Ban Thường vụ Huyện ủy về đẩy mạnh thực hiện Quy chế dân chủ gắn với cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". 12/12 xã, thị trấn đã tổ chức hội nghị nhân dân ở 146 bản, khối để bàn và quyết định các khoản đóng góp; 38 bản của đồng bào Thái, Khơ Mú đã sửa đổi quy ước, bỏ các thủ tục lạc hậu trong việc cưới, việc tang.
Các Ban Thanh tra nhân dân đã giám sát 63 công trình, phát hiện 9 công trình chậm tiến độ, kiến nghị thu hồi trên 240 triệu đồng. Số đơn thư khiếu nại, tố cáo giảm còn 17 đơn, giảm 41% so với cùng kỳ năm trước; không có đoàn đông người vượt cấp.
Tại hội nghị, ông Vi Văn Thuận, Chủ tịch UBND xã Châu Hạnh, cho rằng việc công khai dự toán ngân sách xã trên loa truyền thanh đã giúp bà con nắm rõ, đồng thuận. Bà Lữ Thị Hoa, Chủ tịch Hội LHPN xã Châu Phong, đề nghị đưa nội dung bình đẳng giới vào quy ước bản. Ông Moong Văn Phò, Trưởng bản Huồi Pục, chia sẻ kinh nghiệm vận động bà con Khơ Mú đóng góp hơn 300 ngày công làm đường.
Đồng chí Lương Thị Kiều, Phó Trưởng ban Thường trực Ban Dân vận Huyện ủy, Phó Trưởng Ban Chỉ đạo, chỉ ra hạn chế: nhiều nơi chưa phát huy vai trò của Ban Thanh tra nhân dân; việc lấy ý kiến nhân dân về quy hoạch còn chậm.
Kết luận, đồng chí Lang Văn Chiến yêu cầu 6 tháng cuối năm các xã thực hiện nghiêm Nghị định số 79/2003/NĐ-CP của Chính phủ về quy chế thực hiện dân chủ ở xã và Thông tư liên tịch số 40/2011/TTLT-BTP-BVHTTDL về hương ước, quy ước; đồng thời đẩy mạnh tuyên truyền về Luật Khiếu nại, Luật Tố cáo năm 2011.
Theo đồng chí, ở những bản xa trung tâm, cán bộ phải đến tận nhà người dân để lắng nghe ý kiến, không thể chỉ thông báo qua loa truyền thanh. Việc họp bản bàn công khai các khoản đóng góp, danh sách hộ được hỗ trợ làm nhà, cấp giống cây trồng phải được ghi biên bản đầy đủ và niêm yết tại nhà văn hóa bản. Các chi bộ bản cần đưa nội dung thực hiện quy chế dân chủ vào sinh hoạt định kỳ hằng tháng.
Thanh Lê - Đình Tuân
Tin khác
- Quế Phong: Tập huấn công tác dân vận cho cán bộ cơ sở (12/7/2012)
- Nghĩa Đàn tổ chức đối thoại với nông dân (05/7/2012)
- Con Cuông: Khen thưởng 20 bản văn hóa tiêu biểu (28/6/2012)
- Tương Dương: Ra mắt mô hình "Bản không có đơn thư vượt cấp" (20/6/2012)
""", "2012-07-19", "Quỳ Châu: Dân chủ ở cơ sở được phát huy, khiếu kiện giảm",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Lang Văn Chiến", "Phó Bí thư Thường trực Huyện ủy", "Trưởng Ban Chỉ đạo"),
 P("Vi Văn Thuận", "Chủ tịch UBND xã Châu Hạnh"),
 P("Lữ Thị Hoa", "Chủ tịch Hội LHPN xã Châu Phong"),
 P("Moong Văn Phò", "Trưởng bản Huồi Pục"),
 P("Lương Thị Kiều", "Phó Trưởng ban Thường trực Ban Dân vận Huyện ủy", "Phó Trưởng Ban Chỉ đạo")],
[Q("12/12 xã, thị trấn", 12, "xã, thị trấn"), Q("146 bản, khối", 146, "bản, khối"), Q("38 bản", 38, "bản"),
 Q("63 công trình", 63, "công trình"), Q("9 công trình", 9, "công trình"),
 Q("trên 240 triệu đồng", 240000000, "đồng", "over"), Q("17 đơn", 17, "đơn"), Q("41%", 41, "%"),
 Q("hơn 300 ngày công", 300, "ngày công", "over")],
[D("Kế hoạch", "27", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch số 27-KH/HU"),
 D("Nghị định", "79", "2003/NĐ-CP", None, "Chính phủ", "Nghị định số 79/2003/NĐ-CP"),
 D("Thông tư liên tịch", "40", "2011/TTLT-BTP-BVHTTDL", None, None, "Thông tư liên tịch số 40/2011/TTLT-BTP-BVHTTDL")],
[prov("Nghệ An"), com("Châu Hạnh"), com("Châu Phong")],
["Báo Nghệ An điện tử", "Thời sự > Chính trị", "(Baonghean)", "Đồng chí Lang Văn Chiến phát biểu tại hội nghị.",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Luật Khiếu nại, Luật Tố cáo năm 2011", "Huồi Pục"],
["Cập nhật: 16:40, 19/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "năm 2011"]))

PAGES.append(page("b3415-laocai-bttnd-taphuan-2013", """
MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện
08:15 | 24/05/2013
Tập huấn nghiệp vụ cho 180 thành viên Ban Thanh tra nhân dân vùng cao
Trong 2 ngày 22 - 23/5/2013, tại huyện Bắc Hà, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức lớp tập huấn nghiệp vụ năm 2013 cho 180 thành viên Ban Thanh tra nhân dân của 21 xã thuộc các huyện Bắc Hà, Si Ma Cai, Mường Khương.
Học viên trao đổi tại lớp tập huấn.
Khai mạc lớp học, bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: Ban Thanh tra nhân dân là "tai mắt" của nhân dân, giúp phát hiện sớm sai phạm trong quản lý ngân sách, đất đai và các chương trình hỗ trợ đồng bào. Thế nhưng nhiều Ban ở vùng cao còn lúng túng, mỗi năm chỉ tổ chức được 1 - 2 cuộc giám sát, biên bản ghi chép sơ sài.
Các học viên được báo cáo viên của Ủy ban MTTQ tỉnh và Thanh tra tỉnh giới thiệu Luật Thanh tra năm 2010; Nghị định số 99/2005/NĐ-CP ngày 28/7/2005 của Chính phủ quy định chi tiết về tổ chức và hoạt động của Ban Thanh tra nhân dân; Nghị quyết liên tịch số 05/2006/NQLT-MTTW-TTCP (Ban Thanh tra nhân dân) và Hướng dẫn số 18/HD-MTTQ-BTT ngày 12/3/2013 của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát các công trình thuộc Chương trình 135. Học viên thực hành lập kế hoạch giám sát, ghi biên bản và cách đề xuất kiến nghị với UBND xã.
Ông Sùng Seo Vàng, Trưởng Ban Thanh tra nhân dân xã Lùng Phình, kể: năm 2012, Ban phát hiện 1 công trình thủy lợi đổ bê tông thiếu chiều dày, kiến nghị nhà thầu làm lại hơn 120 m kênh. Bà Tẩn Mý Chài, thành viên Ban Thanh tra nhân dân xã Bản Lầu, người Dao, mong được cấp tài liệu bằng tranh ảnh để dễ tuyên truyền cho bà con ít biết chữ.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, toàn tỉnh hiện có 164 Ban Thanh tra nhân dân ở xã, phường, thị trấn với khoảng 1.150 thành viên; kinh phí hoạt động được hỗ trợ 2 triệu đồng/Ban/năm, còn thấp so với yêu cầu.
Bế mạc lớp học, ông Lục Văn Tàng, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, đề nghị học viên về địa phương tham mưu xây dựng chương trình giám sát năm 2013, chú trọng giám sát việc chi trả chính sách hỗ trợ gạo, giống cho hộ nghèo.
Theo ông Tàng, năm 2013 Mặt trận tỉnh sẽ phối hợp với Thanh tra tỉnh biên soạn sổ tay nghiệp vụ song ngữ Việt - Mông, in khoảng 2.000 cuốn để cấp cho các Ban ở vùng cao; đồng thời đề nghị UBND các huyện bố trí kinh phí để Ban Thanh tra nhân dân xã có điều kiện đi giám sát tại các thôn xa. Sau lớp học, các học viên đều làm bài thu hoạch và xây dựng dự thảo kế hoạch giám sát của Ban mình.
Hồng Duyên
Xem thêm
- Bảo Thắng: hiệp thương bầu bổ sung Ban Thanh tra nhân dân xã (10/5/2013)
- Mặt trận tỉnh giám sát việc thực hiện chính sách đối với người có uy tín (26/4/2013)
- Văn Bàn: 100% thôn, bản ký giao ước thi đua xây dựng khu dân cư văn hóa (18/4/2013)
""", "2013-05-24", "Tập huấn nghiệp vụ cho 180 thành viên Ban Thanh tra nhân dân vùng cao",
E("tap_huan", "2013", "2013-05-22"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng Seo Vàng", "Trưởng Ban Thanh tra nhân dân xã Lùng Phình"),
 P("Tẩn Mý Chài", "thành viên Ban Thanh tra nhân dân xã Bản Lầu"),
 P("Lục Văn Tàng", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("180 thành viên Ban Thanh tra nhân dân", 180, "thành viên Ban Thanh tra nhân dân"), Q("21 xã", 21, "xã"),
 Q("1 công trình thủy lợi", 1, "công trình thủy lợi"), Q("hơn 120 m", 120, "m", "over"),
 Q("164 Ban Thanh tra nhân dân", 164, "Ban Thanh tra nhân dân"), Q("khoảng 1.150 thành viên", 1150, "thành viên", "approx"),
 Q("2 triệu đồng/Ban/năm", 2000000, "đồng"), Q("khoảng 2.000 cuốn", 2000, "cuốn", "approx")],
[D("Nghị định", "99", "2005/NĐ-CP", "2005-07-28", "Chính phủ", "Nghị định số 99/2005/NĐ-CP ngày 28/7/2005"),
 D("Nghị quyết liên tịch", "05", "2006/NQLT-MTTW-TTCP", None, None, "Nghị quyết liên tịch số 05/2006/NQLT-MTTW-TTCP"),
 D("Hướng dẫn", "18", "HD-MTTQ-BTT", "2013-03-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 18/HD-MTTQ-BTT ngày 12/3/2013")],
[prov("Lào Cai"), com("Lùng Phình"), com("Bản Lầu")],
["MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ / Hoạt động Mặt trận / Giám sát - Phản biện",
 "Học viên trao đổi tại lớp tập huấn.", "Luật Thanh tra năm 2010", "Chương trình 135", "tai mắt"],
["08:15 | 24/05/2013", "2 ngày", "1 - 2 cuộc giám sát", "năm 2012", "năm 2013", "Chương trình 135"]))

PAGES.append(page("b3416-hatinh-huongoc-khac-2014", """
Báo Hà Tĩnh
Trang chủ › Xã hội › Văn hóa cơ sở
29-09-2014 07:45
Người dân phát biểu ý kiến tại buổi lễ. Ảnh: Thu Hà
Thôn Trung Hòa ra mắt hương ước mới: bỏ mâm cỗ đám tang, cấm đốt vàng mã nơi công cộng
Sáng 28/9, thôn Trung Hòa, xã Thạch Bằng (Lộc Hà) tổ chức lễ công bố hương ước thôn sửa đổi, bổ sung sau gần 3 tháng lấy ý kiến của 412 hộ dân. Hương ước đã được Chủ tịch UBND huyện Lộc Hà phê duyệt tại Quyết định số 1865/QĐ-UBND ngày 15/9/2014.
Theo ông Nguyễn Văn Hiền, Trưởng thôn Trung Hòa, hương ước cũ được xây dựng từ năm 2002, nhiều điều không còn phù hợp. Bản mới gồm 6 chương, 32 điều, trong đó đáng chú ý là quy định không tổ chức ăn uống đông người trong đám tang, mỗi đám cưới không quá 30 mâm, không đốt vàng mã ở nơi công cộng, mỗi hộ góp 50.000 đồng/năm vào quỹ khuyến học của thôn.
Bà Phan Thị Thanh, Chi hội trưởng Chi hội Phụ nữ thôn, cho biết để có bản hương ước này, thôn đã họp 4 lần ở các xóm, nhận được 96 ý kiến góp ý; có ý kiến đề nghị bỏ quy định phạt tiền đối với hộ vi phạm vì trái với Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN về hướng dẫn xây dựng và thực hiện hương ước, quy ước của làng, bản, thôn, ấp, cụm dân cư. Cuối cùng thôn chỉ giữ hình thức nhắc nhở, phê bình tại cuộc họp thôn.
Phát biểu tại buổi lễ, ông Đặng Quốc Vinh, Phó Chủ tịch UBND xã Thạch Bằng, đánh giá: thực hiện Kế hoạch số 96/KH-UBND của UBND huyện Lộc Hà về rà soát hương ước, đến nay xã đã có 9/12 thôn được phê duyệt hương ước mới. Thực hiện Chỉ thị số 27-CT/TW của Bộ Chính trị về thực hiện nếp sống văn minh trong việc cưới, việc tang, riêng việc tang ở xã đã tiết kiệm được khoảng 1,2 tỷ đồng mỗi năm.
Cụ Trần Đình Phú, 87 tuổi, người cao tuổi nhất thôn, nói: "Hương ước là do dân bàn, dân viết, nên dân phải giữ".
Cũng trong tháng 9, Ủy ban MTTQ huyện đã hướng dẫn 13 xã tổ chức ký cam kết thực hiện hương ước tại các khu dân cư, phấn đấu đến cuối năm 2014 có 100% thôn, tổ dân phố trong huyện hoàn thành sửa đổi hương ước.
Theo ghi nhận của phóng viên, ngay sau lễ công bố, nhiều gia đình trong thôn đã chủ động ký vào bản cam kết dán tại nhà văn hóa. Anh Nguyễn Văn Tùng, một người dân trong thôn, chia sẻ: trước đây mỗi đám tang kéo dài 3 ngày, gia đình phải lo cơm nước cho cả trăm người, nhiều nhà phải vay mượn; nay có hương ước, không ai còn phải khó xử với họ hàng, làng xóm. Ban công tác Mặt trận thôn sẽ phân công các thành viên theo dõi, nhắc nhở và đưa kết quả thực hiện hương ước vào bình xét gia đình văn hóa hằng năm.
Thu Hà
Lượt xem: 2.318
Tin cùng chuyên mục
- Can Lộc: 100% thôn đăng ký xây dựng khu dân cư kiểu mẫu (25/9/2014)
- Đức Thọ tổng kết 15 năm thực hiện cuộc vận động "Toàn dân đoàn kết..." (20/9/2014)
- Hương Sơn: Tổ hòa giải thôn phát huy hiệu quả (12/9/2014)
""", "2014-09-29", "Thôn Trung Hòa ra mắt hương ước mới: bỏ mâm cỗ đám tang, cấm đốt vàng mã nơi công cộng",
E("khac", None, "2014-09-28"),
[P("Nguyễn Văn Hiền", "Trưởng thôn Trung Hòa"),
 P("Phan Thị Thanh", "Chi hội trưởng Chi hội Phụ nữ thôn"),
 P("Đặng Quốc Vinh", "Phó Chủ tịch UBND xã Thạch Bằng"),
 P("Trần Đình Phú"),
 P("Nguyễn Văn Tùng")],
[Q("412 hộ dân", 412, "hộ dân"), Q("6 chương", 6, "chương"), Q("32 điều", 32, "điều"),
 Q("không quá 30 mâm", 30, "mâm"), Q("50.000 đồng/năm", 50000, "đồng"),
 Q("4 lần", 4, "lần"), Q("96 ý kiến góp ý", 96, "ý kiến"), Q("9/12 thôn", 9, "thôn"),
 Q("khoảng 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("13 xã", 13, "xã"), Q("100% thôn, tổ dân phố", 100, "%")],
[D("Quyết định", "1865", "QĐ-UBND", "2014-09-15", "Chủ tịch UBND huyện Lộc Hà", "Quyết định số 1865/QĐ-UBND ngày 15/9/2014"),
 D("Thông tư liên tịch", "03", "2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN", None, None, "Thông tư liên tịch số 03/2000/TTLT-BTP-BVHTT-BTTUBTƯMTTQVN"),
 D("Kế hoạch", "96", "KH-UBND", None, "UBND huyện Lộc Hà", "Kế hoạch số 96/KH-UBND"),
 D("Chỉ thị", "27", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 27-CT/TW")],
[prov("Hà Tĩnh"), com("Thạch Bằng")],
["Báo Hà Tĩnh", "Trang chủ › Xã hội › Văn hóa cơ sở", "Người dân phát biểu ý kiến tại buổi lễ. Ảnh: Thu Hà",
 "Hương ước là do dân bàn, dân viết, nên dân phải giữ", "Lượt xem: 2.318"],
["29-09-2014 07:45", "gần 3 tháng", "87 tuổi", "năm 2002", "Lượt xem: 2.318", "cuối năm 2014", "3 ngày", "cả trăm người"]))

PAGES.append(page("b3417-sonla-mttq-giamsat-2015", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA
Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Giám sát, phản biện xã hội
Ngày đăng 17/09/2015 | 10:20
Đoàn giám sát làm việc tại UBND xã Chiềng Khoong.
Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Sông Mã
Từ ngày 14 đến 16/9/2015, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh Sơn La do ông Cầm Văn Chinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn, đã giám sát việc thực hiện Quy chế dân chủ ở cơ sở năm 2015 tại UBND huyện Sông Mã và 3 xã Chiềng Khoong, Nà Nghịu, Mường Hung.
Cuộc giám sát được tiến hành theo Kế hoạch số 41/KH-MTTQ-BTT ngày 20/8/2015 của Ban Thường trực Ủy ban MTTQ tỉnh, căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội.
Qua giám sát cho thấy, huyện Sông Mã đã ban hành văn bản chỉ đạo, kiện toàn Ban Chỉ đạo thực hiện Quy chế dân chủ cấp huyện và 19/19 xã, thị trấn. Các xã đã công khai dự toán, quyết toán ngân sách, danh sách hộ nghèo, hộ cận nghèo và các dự án đầu tư trên địa bàn. 100% bản đã có quy ước được UBND huyện công nhận. Từ đầu năm đến nay, nhân dân trong huyện đã hiến 28.400 m2 đất, đóng góp hơn 3.600 ngày công để mở rộng đường nội bản.
Tuy vậy, đoàn giám sát cũng chỉ ra nhiều hạn chế: việc niêm yết công khai ở xã Nà Nghịu chưa đầy đủ, thiếu nội dung về kế hoạch sử dụng đất; Ban Thanh tra nhân dân xã Mường Hung năm 2015 chưa tổ chức được cuộc giám sát nào; một số bản người Mông chưa họp bàn công khai việc phân bổ 120 tấn gạo cứu đói giáp hạt. Qua tiếp xúc 46 hộ dân, có 7 hộ chưa biết về các khoản được hỗ trợ theo Quyết định số 102/2009/QĐ-TTg của Thủ tướng Chính phủ.
Làm việc với đoàn, ông Lò Văn Hương, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Sông Mã, tiếp thu các ý kiến, cho biết huyện sẽ chỉ đạo khắc phục ngay trong quý IV. Ông Quàng Văn Pánh, Chủ tịch UBND xã Chiềng Khoong, và bà Thào Thị Dua, Chủ tịch Ủy ban MTTQ xã Mường Hung, cam kết hoàn thành việc kiện toàn Ban Thanh tra nhân dân trước ngày 30/10/2015.
Kết luận buổi giám sát, ông Cầm Văn Chinh đề nghị UBND huyện chỉ đạo các xã thực hiện nghiêm Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn; bố trí kinh phí hoạt động cho Ban Thanh tra nhân dân theo Thông tư liên tịch số 63/2013/TTLT-BTC-UBTWMTTQVN; chú trọng phổ biến quy chế dân chủ bằng tiếng dân tộc qua đội thông tin lưu động. Đoàn sẽ tổng hợp kết quả để báo cáo Ban Thường trực Ủy ban MTTQ tỉnh và kiến nghị UBND tỉnh.
Thành viên đoàn có đại diện Ban Dân vận Tỉnh ủy, Sở Nội vụ, Thanh tra tỉnh và Hội Nông dân tỉnh.
Lường Thu
Bài viết liên quan
- Mặt trận tỉnh giám sát việc thực hiện chính sách hỗ trợ nhà ở cho hộ nghèo tại Bắc Yên (09/9/2015)
- Hội nghị phản biện dự thảo quy hoạch sử dụng đất tỉnh (28/8/2015)
""", "2015-09-17", "Giám sát việc thực hiện Quy chế dân chủ ở cơ sở tại huyện Sông Mã",
E("giam_sat", "2015", "2015-09-14"),
[P("Cầm Văn Chinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Hương", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện Sông Mã"),
 P("Quàng Văn Pánh", "Chủ tịch UBND xã Chiềng Khoong"),
 P("Thào Thị Dua", "Chủ tịch Ủy ban MTTQ xã Mường Hung")],
[Q("3 xã", 3, "xã"), Q("19/19 xã, thị trấn", 19, "xã, thị trấn"), Q("100% bản", 100, "%"),
 Q("28.400 m2", 28400, "m2"), Q("hơn 3.600 ngày công", 3600, "ngày công", "over"),
 Q("120 tấn gạo", 120, "tấn"), Q("46 hộ dân", 46, "hộ dân"), Q("7 hộ", 7, "hộ")],
[D("Kế hoạch", "41", "KH-MTTQ-BTT", "2015-08-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 41/KH-MTTQ-BTT ngày 20/8/2015"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "102", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 102/2009/QĐ-TTg"),
 D("Thông tư liên tịch", "63", "2013/TTLT-BTC-UBTWMTTQVN", None, None, "Thông tư liên tịch số 63/2013/TTLT-BTC-UBTWMTTQVN")],
[prov("Sơn La"), com("Chiềng Khoong"), com("Nà Nghịu"), com("Mường Hung")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA", "Bạn đang ở: Trang chủ >> Tin tức - Sự kiện >> Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc tại UBND xã Chiềng Khoong.", "Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn"],
["Ngày đăng 17/09/2015 | 10:20", "năm 2015", "quý IV", "30/10/2015"]))

PAGES.append(page("b3418-daklak-bttnd-daihoi-2016", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA TIÊU - HUYỆN CƯ KUIN - TỈNH ĐẮK LẮK
Trang chủ | Tin tức - Sự kiện | Hoạt động của xã
15/12/2016 - 14:35
Ra mắt Ban Thanh tra nhân dân xã Ea Tiêu nhiệm kỳ 2016 - 2018
Sáng ngày 14/12/2016, Ủy ban MTTQ Việt Nam xã Ea Tiêu tổ chức Hội nghị (Đại hội) bầu Ban Thanh tra nhân dân xã nhiệm kỳ 2016 - 2018. Dự có ông Y Bhăm Mlô, Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư Kuin; ông Nguyễn Hữu Lợi, Bí thư Đảng ủy xã và 95 đại biểu đại diện cho 14 thôn, buôn.
Các đại biểu bỏ phiếu bầu Ban Thanh tra nhân dân.
Báo cáo tổng kết nhiệm kỳ 2014 - 2016 do bà H'Bia Kbuôr, Trưởng Ban Thanh tra nhân dân xã nhiệm kỳ 2014 - 2016, trình bày nêu rõ: trong nhiệm kỳ, Ban đã tổ chức 11 cuộc giám sát việc thực hiện chính sách, pháp luật và các công trình xây dựng cơ bản trên địa bàn; tiếp nhận 23 đơn kiến nghị, phản ánh của công dân, phối hợp giải quyết 21 đơn. Qua giám sát đã kiến nghị UBND xã điều chỉnh danh sách 17 hộ nghèo chưa đúng đối tượng, đề nghị đơn vị thi công tuyến đường buôn Ea Kmar bổ sung hơn 85 m mương thoát nước.
Ban Thanh tra nhân dân đã phối hợp với Ban Giám sát đầu tư của cộng đồng giám sát công trình nhà văn hóa buôn Kô Êmông trị giá hơn 1,1 tỷ đồng, trong đó nhân dân đóng góp 230 triệu đồng và 600 ngày công. Tuy nhiên, một số thành viên là người Êđê tuổi cao, ít được tập huấn nên còn hạn chế về nghiệp vụ.
Phát biểu chỉ đạo, ông Nguyễn Hữu Lợi đề nghị Ban Thanh tra nhân dân nhiệm kỳ mới tập trung giám sát việc thực hiện Quy chế dân chủ ở cơ sở, việc quản lý đất đai, các chương trình theo Quyết định số 755/QĐ-TTg của Thủ tướng Chính phủ và Quyết định số 2085/QĐ-TTg ngày 31/10/2016; thực hiện đúng Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ khi có hiệu lực.
Hội nghị đã hiệp thương, bầu 7 thành viên Ban Thanh tra nhân dân nhiệm kỳ 2016 - 2018. Tại phiên họp đầu tiên, Ban đã bầu ông Y Khuê Niê làm Trưởng ban, bà Trần Thị Thủy làm Phó Trưởng ban. Ông Y Khuê Niê là Phó Trưởng thôn, nguyên là cán bộ xã đã nghỉ hưu.
Phát biểu nhận nhiệm vụ, ông Y Khuê Niê, Trưởng Ban Thanh tra nhân dân xã nhiệm kỳ 2016 - 2018, hứa sẽ cùng các thành viên bám thôn, buôn, lắng nghe ý kiến bà con để kịp thời kiến nghị chính quyền giải quyết.
Theo Ủy ban MTTQ xã, trong số 7 thành viên mới có 3 người là đồng bào Êđê, 2 người là nữ; tuổi bình quân giảm so với nhiệm kỳ trước. Trong quý I/2017, Ủy ban MTTQ xã sẽ phối hợp với Ủy ban MTTQ huyện Cư Kuin mở lớp bồi dưỡng nghiệp vụ, đồng thời đề nghị UBND xã bố trí phòng làm việc và kinh phí để Ban hoạt động thường xuyên, đúng quy định của tỉnh Đắk Lắk.
Ban biên tập
Tin khác
- Xã Ea Tiêu tổ chức hội nghị đại biểu nhân dân 14 thôn, buôn (05/11/2016)
- Trao 30 suất quà cho hộ đồng bào dân tộc thiểu số khó khăn (28/11/2016)
""", "2016-12-15", "Ra mắt Ban Thanh tra nhân dân xã Ea Tiêu nhiệm kỳ 2016 - 2018",
E("dai_hoi", None, "2016-12-14"),
[P("Y Bhăm Mlô", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư Kuin"),
 P("Nguyễn Hữu Lợi", "Bí thư Đảng ủy xã"),
 P("H'Bia Kbuôr", "Trưởng Ban Thanh tra nhân dân xã nhiệm kỳ 2014 - 2016"),
 P("Y Khuê Niê", "Trưởng ban", "Phó Trưởng thôn", "Trưởng Ban Thanh tra nhân dân xã nhiệm kỳ 2016 - 2018"),
 P("Trần Thị Thủy", "Phó Trưởng ban")],
[Q("95 đại biểu", 95, "đại biểu"), Q("14 thôn, buôn", 14, "thôn, buôn"), Q("11 cuộc giám sát", 11, "cuộc giám sát"),
 Q("23 đơn kiến nghị, phản ánh", 23, "đơn kiến nghị, phản ánh"), Q("21 đơn", 21, "đơn"), Q("17 hộ nghèo", 17, "hộ nghèo"),
 Q("hơn 85 m", 85, "m", "over"), Q("hơn 1,1 tỷ đồng", 1100000000, "đồng", "over"), Q("230 triệu đồng", 230000000, "đồng"),
 Q("600 ngày công", 600, "ngày công"), Q("7 thành viên", 7, "thành viên"),
 Q("3 người", 3, "người"), Q("2 người", 2, "người")],
[D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg"),
 D("Quyết định", "2085", "QĐ-TTg", "2016-10-31", "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg ngày 31/10/2016"),
 D("Nghị định", "159", "2016/NĐ-CP", "2016-11-29", "Chính phủ", "Nghị định số 159/2016/NĐ-CP ngày 29/11/2016")],
[prov("Đắk Lắk"), com("Ea Tiêu")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ EA TIÊU - HUYỆN CƯ KUIN - TỈNH ĐẮK LẮK", "Trang chủ | Tin tức - Sự kiện | Hoạt động của xã",
 "Các đại biểu bỏ phiếu bầu Ban Thanh tra nhân dân.", "Ban biên tập", "Kô Êmông", "Ea Kmar"],
["15/12/2016 - 14:35", "nhiệm kỳ 2016 - 2018", "nhiệm kỳ 2014 - 2016", "quý I/2017"]))
