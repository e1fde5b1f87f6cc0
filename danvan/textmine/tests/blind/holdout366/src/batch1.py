from lib import *
PAGES = []

PAGES.append(page("b8741-camau-hnd-tongket-2011", """
HỘI NÔNG DÂN TỈNH CÀ MAU
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Năm, 29/12/2011 - 14:20
Ảnh: Quang cảnh hội nghị tổng kết.
Hội Nông dân tỉnh tổng kết công tác năm 2011: hội viên chung tay giữ rừng ngập mặn ven biển
Ngày 27/12/2011, tại thành phố Cà Mau, Hội Nông dân tỉnh Cà Mau tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2011, trong đó đánh giá kết quả vận động hội viên tham gia trồng, bảo vệ rừng ngập mặn ven biển Tây và biển Đông. Đồng chí Trần Văn Lũy, Tỉnh ủy viên, Chủ tịch Hội Nông dân tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Nguyễn Thị Bé Tư, Phó Trưởng Ban Dân vận Tỉnh ủy và 86 đại biểu là chủ tịch hội nông dân các huyện, xã ven biển.
Theo báo cáo, năm 2011 các cấp Hội đã phối hợp với các Ban quản lý rừng phòng hộ tổ chức 42 cuộc tuyên truyền cho hơn 3.600 lượt hội viên về Quyết định số 667/QĐ-TTg ngày 27/5/2009 của Thủ tướng Chính phủ phê duyệt Chương trình củng cố, nâng cấp hệ thống đê biển từ Quảng Ngãi đến Kiên Giang và Kế hoạch số 35-KH/HND của Ban Thường vụ Hội Nông dân tỉnh về vận động hội viên giữ rừng phòng hộ.
Toàn tỉnh có 1.245 hộ hội viên nhận khoán bảo vệ 8.650 ha rừng ngập mặn; hội viên đã trồng mới 312 ha rừng đước, mắm trên các bãi bồi ở xã Đất Mũi, xã Tân Ân, xã Khánh Tiến và xã Nguyễn Việt Khái. Từ nguồn Quỹ Hỗ trợ nông dân, Hội đã giải ngân 1,8 tỷ đồng cho 146 hộ vay nuôi tôm sinh thái dưới tán rừng, mỗi hộ vay tối đa 15 triệu đồng.
Tại hội nghị, ông Lê Văn Hoàng, Chủ tịch Hội Nông dân xã Đất Mũi, chia sẻ: "Bà con hiểu rằng còn rừng thì còn tôm, còn cua, còn đất. Ở những đoạn bờ biển mất rừng, mỗi năm sóng lấn vào cả chục mét". Ông Tô Văn Sáu ở ấp Khai Long kiến nghị có thêm cây giống và hỗ trợ công chăm sóc cho các hộ trồng rừng trên bãi bồi mới.
Phát biểu chỉ đạo, đồng chí Nguyễn Thị Bé Tư đề nghị các cấp Hội tiếp tục quán triệt Chỉ thị 08, 09-CT/TU của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý, bảo vệ rừng và về phòng, chống sạt lở bờ biển; vận động hội viên không chặt phá rừng phòng hộ, không lấn chiếm bãi bồi để nuôi thủy sản; phát huy vai trò tổ tự quản trong giữ rừng.
Năm 2012, Hội Nông dân tỉnh phấn đấu vận động hội viên trồng mới ít nhất 350 ha rừng ngập mặn, 100% chi hội ven biển có tổ tự quản bảo vệ rừng. Dịp này, Ban Thường vụ Hội Nông dân tỉnh tặng giấy khen cho 15 tập thể và 28 cá nhân có thành tích xuất sắc trong phong trào nông dân thi đua sản xuất, kinh doanh giỏi gắn với bảo vệ rừng năm 2011.
Minh Khang
Lượt xem: 1.024
Tin liên quan
- Ngọc Hiển: ra quân trồng 40 ha rừng đước trên bãi bồi (15/11/2011)
- Hội Nông dân huyện Trần Văn Thời tập huấn nuôi tôm sinh thái (02/11/2011)
- Tập huấn kỹ thuật trồng rừng ngập mặn cho 60 hội viên (20/10/2011)
- Cà Mau: Sạt lở bờ biển Tây ngày càng nghiêm trọng (05/10/2011)
""", "2011-12-29", "Hội Nông dân tỉnh tổng kết công tác năm 2011: hội viên chung tay giữ rừng ngập mặn ven biển",
E("tong_ket", "2011", "2011-12-27"),
[P("Trần Văn Lũy", "Tỉnh ủy viên", "Chủ tịch Hội Nông dân tỉnh"),
 P("Nguyễn Thị Bé Tư", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Văn Hoàng", "Chủ tịch Hội Nông dân xã Đất Mũi"),
 P("Tô Văn Sáu")],
[Q("86 đại biểu", 86, "đại biểu"), Q("42 cuộc tuyên truyền", 42, "cuộc tuyên truyền"),
 Q("hơn 3.600 lượt hội viên", 3600, "lượt hội viên", "over"), Q("1.245 hộ hội viên", 1245, "hộ hội viên"),
 Q("8.650 ha", 8650, "ha"), Q("312 ha", 312, "ha"), Q("1,8 tỷ đồng", 1800000000, "đồng"), Q("146 hộ", 146, "hộ"),
 Q("tối đa 15 triệu đồng", 15000000, "đồng"), Q("ít nhất 350 ha", 350, "ha", "over"), Q("100% chi hội", 100, "%"),
 Q("15 tập thể", 15, "tập thể"), Q("28 cá nhân", 28, "cá nhân")],
[D("Quyết định", "667", "QĐ-TTg", "2009-05-27", "Thủ tướng Chính phủ", "Quyết định số 667/QĐ-TTg ngày 27/5/2009"),
 D("Kế hoạch", "35", "KH/HND", None, "Ban Thường vụ Hội Nông dân tỉnh", "Kế hoạch số 35-KH/HND"),
 D("Chỉ thị", "08", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU"),
 D("Chỉ thị", "09", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 08, 09-CT/TU")],
[prov("Cà Mau"), com("Đất Mũi"), com("Tân Ân"), com("Khánh Tiến"), com("Nguyễn Việt Khái")],
["HỘI NÔNG DÂN TỈNH CÀ MAU", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị tổng kết.",
 "Quỹ Hỗ trợ nông dân", "Chương trình củng cố, nâng cấp hệ thống đê biển từ Quảng Ngãi đến Kiên Giang", "Lượt xem: 1.024"],
["Thứ Năm, 29/12/2011 - 14:20", "năm 2011", "Năm 2012", "Chỉ thị 08, 09-CT/TU", "Lượt xem: 1.024", "mỗi năm sóng lấn vào cả chục mét"]))

PAGES.append(page("b8742-namdinh-bdvhu-soket-2012", """
Báo Nam Định điện tử
Trang chủ | Chính trị | Công tác dân vận
Cập nhật: 09:15, 20/07/2012 (GMT+7)
Giao Thủy: Người dân vùng đệm chung tay giữ rừng ngập mặn
(NĐ) - Ngày 18/7, Ban Dân vận Huyện ủy Giao Thủy tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2012, tập trung đánh giá việc vận động nhân dân vùng đệm Vườn quốc gia Xuân Thủy bảo vệ rừng ngập mặn và tham gia tu bổ đê biển. Đồng chí Vũ Văn Thiệp, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì; dự có các đồng chí Phó Trưởng Ban Dân vận Huyện ủy: Trần Thị Nhung, Đoàn Văn Khải.
Đồng chí Vũ Văn Thiệp phát biểu tại hội nghị.
Thực hiện Kế hoạch số 52-KH/HU ngày 10/02/2012 của Ban Thường vụ Huyện ủy về công tác dân vận năm 2012 và Hướng dẫn số 07-HD/BDVTU của Ban Dân vận Tỉnh ủy về xây dựng mô hình "Dân vận khéo", 6 tháng qua khối dân vận đã phối hợp với Ban quản lý Vườn quốc gia và UBND các xã Giao Thiện, Giao An, Giao Lạc, Giao Xuân tổ chức 27 buổi tuyên truyền cho 2.150 lượt người về giá trị của rừng ngập mặn trong chắn sóng, giữ đê.
Kết quả, 318 hộ nuôi trồng thủy sản trong vùng lõi đã ký cam kết không chặt phá cây sú, vẹt, bần, không đánh bắt bằng kích điện; nhân dân trồng bổ sung 18,5 ha rừng ngập mặn tại bãi bồi Cồn Lu, Cồn Ngạn. Nhân dân đã đóng góp trên 3.200 ngày công và hơn 450 triệu đồng để gia cố 1,2 km đê biển xung yếu tại xã Giao Hương. Tỷ lệ hộ ký cam kết ở 4 xã vùng đệm đạt 96%.
Tại hội nghị, ông Nguyễn Văn Thà, Trưởng Ban công tác Mặt trận xóm 9, xã Giao Thiện cho biết: "Trước đây nhiều hộ vào rừng chặt củi, đào ngao lấn bãi. Nay chi hội, ban công tác Mặt trận đến từng nhà vận động, bà con đã tự lập tổ tuần tra 12 người thay nhau giữ rừng". Bà Phạm Thị Hằng, Chủ tịch Hội LHPN xã Giao An, nêu mô hình "Phụ nữ giữ rừng, giữ đê" với 65 hội viên tham gia.
Bí thư Đảng ủy xã Giao Xuân Lê Văn Tấn đề nghị huyện sớm có cơ chế chia sẻ lợi ích từ du lịch sinh thái để người dân gắn bó lâu dài với rừng.
Kết luận hội nghị, đồng chí Vũ Văn Thiệp yêu cầu 6 tháng cuối năm các cơ quan dân vận tiếp tục bám cơ sở, nắm chắc tâm tư của người dân vùng đệm; phối hợp chính quyền giải quyết dứt điểm 7 vụ việc lấn chiếm bãi bồi còn tồn đọng; nhân rộng mô hình tổ tự quản giữ rừng ra các xã Giao Phong, Giao Long.
Được biết, rừng ngập mặn ven biển Giao Thủy hiện có trên 3.000 ha, là nơi cư trú của nhiều loài chim di cư và là "lá chắn xanh" bảo vệ hơn 30 km đê biển của huyện. Những năm trước, tình trạng phá rừng làm đầm, khai thác ngao trái phép trong vùng lõi từng gây bức xúc; nhờ cách làm kiên trì của các tổ dân vận thôn, xóm, số vụ vi phạm giảm rõ rệt, nhiều hộ tự nguyện trả lại đất lấn chiếm để trồng lại rừng.
Ngọc Lan
Tin liên quan
- Hải Hậu: vận động nhân dân hiến đất mở rộng đê biển (12/07/2012)
- Ban Dân vận Tỉnh ủy sơ kết 6 tháng đầu năm 2012 (10/07/2012)
- Vườn quốc gia Xuân Thủy đón đoàn khảo sát quốc tế (28/06/2012)
""", "2012-07-20", "Giao Thủy: Người dân vùng đệm chung tay giữ rừng ngập mặn",
E("so_ket", "2012-H1", "2012-07-18"),
[P("Vũ Văn Thiệp", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Trần Thị Nhung", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Đoàn Văn Khải", "Phó Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Văn Thà", "Trưởng Ban công tác Mặt trận xóm 9"),
 P("Phạm Thị Hằng", "Chủ tịch Hội LHPN xã Giao An"),
 P("Lê Văn Tấn", "Bí thư Đảng ủy xã Giao Xuân")],
[Q("27 buổi tuyên truyền", 27, "buổi tuyên truyền"), Q("2.150 lượt người", 2150, "lượt người"),
 Q("318 hộ nuôi trồng thủy sản", 318, "hộ nuôi trồng thủy sản"), Q("18,5 ha", 18.5, "ha"),
 Q("trên 3.200 ngày công", 3200, "ngày công", "over"), Q("hơn 450 triệu đồng", 450000000, "đồng", "over"),
 Q("1,2 km", 1.2, "km"), Q("trên 3.000 ha", 3000, "ha", "over"), Q("hơn 30 km", 30, "km", "over"), Q("4 xã vùng đệm", 4, "xã vùng đệm"), Q("96%", 96, "%"), Q("12 người", 12, "người"),
 Q("65 hội viên", 65, "hội viên"), Q("7 vụ việc lấn chiếm bãi bồi", 7, "vụ việc lấn chiếm bãi bồi")],
[D("Kế hoạch", "52", "KH/HU", "2012-02-10", "Ban Thường vụ Huyện ủy", "Kế hoạch số 52-KH/HU ngày 10/02/2012"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 07-HD/BDVTU")],
[prov("Nam Định"), com("Giao Thiện"), com("Giao An"), com("Giao Lạc"), com("Giao Xuân"), com("Giao Hương"),
 com("Giao Phong"), com("Giao Long")],
["Báo Nam Định điện tử", "Trang chủ | Chính trị | Công tác dân vận", "(NĐ)", "Đồng chí Vũ Văn Thiệp phát biểu tại hội nghị.",
 "Vườn quốc gia Xuân Thủy", "Dân vận khéo", "lá chắn xanh", "Phụ nữ giữ rừng, giữ đê", "Cồn Lu"],
["Cập nhật: 09:15, 20/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "xóm 9"]))

PAGES.append(page("b8743-thanhhoa-hlhpn-taphuan-2013", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA
Trang chủ > Hoạt động > Phụ nữ với môi trường
08:30 | 16/05/2013
Các học viên thực hành ươm cây giống sú, vẹt tại vườn ươm xã Đa Lộc.
Tập huấn cho 120 hội viên phụ nữ ven biển về trồng, chăm sóc rừng ngập mặn
Trong 2 ngày 14 và 15/5/2013, Hội LHPN tỉnh Thanh Hóa phối hợp với Chi cục Kiểm lâm tỉnh tổ chức lớp tập huấn năm 2013 về ứng phó với biến đổi khí hậu, trồng và chăm sóc rừng ngập mặn cho 120 hội viên phụ nữ các xã Đa Lộc, Ngư Lộc, Hoằng Phụ, Hoằng Trường. Bà Lê Thị Nga, Phó Chủ tịch Hội LHPN tỉnh dự và phát biểu khai mạc.
Lớp tập huấn nằm trong dự án "Phụ nữ ven biển thích ứng với biến đổi khí hậu" do một tổ chức phi chính phủ tài trợ 350 triệu đồng, triển khai theo Kế hoạch số 18/KH-HPN ngày 02/3/2013 của Ban Thường vụ Hội LHPN tỉnh, góp phần thực hiện Quyết định số 2139/QĐ-TTg ngày 05/12/2011 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về biến đổi khí hậu.
Các học viên được ThS. Trịnh Văn Tuấn, cán bộ Chi cục Kiểm lâm tỉnh, hướng dẫn cách chọn bãi trồng, thời vụ, kỹ thuật ươm và trồng cây sú, vẹt, trang; cách phòng trừ sâu hại, bảo vệ cây non trước sóng và hà bám. Buổi chiều thứ hai, các chị thực hành tại vườn ươm 80.000 cây giống do dự án đầu tư ở xã Đa Lộc.
Theo bà Lê Thị Nga, những năm qua bờ biển Hậu Lộc, Hoằng Hóa thường xuyên bị sóng đánh, nhiều đoạn đê bị sạt; khoảng 70% hộ ở các xã ven biển sống bằng nghề khai thác thủy sản nên rất cần rừng ngập mặn chắn sóng. Sau tập huấn, các chi hội sẽ tham gia trồng 25 ha rừng ngập mặn ở bãi bồi Đa Lộc, Ngư Lộc trong năm 2013.
Các chị Hoàng Thị Lan, Nguyễn Thị Thoa, Đỗ Thị Hiền - Chi hội trưởng phụ nữ thôn Tam Hợp cho biết sẽ nhận chăm sóc mỗi người 1 ô rừng và vận động chồng con không khai thác ngao, vạng trong khu rừng non. Bà Mai Thị Bình, Chủ tịch Hội LHPN xã Ngư Lộc, đề nghị dự án hỗ trợ thêm 45 suất vốn vay cho hội viên nghèo.
Kết thúc lớp học, Ban tổ chức trao giấy chứng nhận cho 118 học viên hoàn thành khóa tập huấn.
Nhiều học viên cho biết lần đầu được hướng dẫn bài bản về rừng ngập mặn. Chị Lê Thị Huệ ở xã Hoằng Trường chia sẻ: "Trước đây chúng tôi chỉ nghĩ rừng là của kiểm lâm. Giờ mới hiểu mất rừng thì sóng vào tận nhà, con cá, con ngao cũng không còn". Ban tổ chức cho biết sẽ theo dõi, hỗ trợ các chi hội trong suốt thời gian trồng và chăm sóc, đồng thời xây dựng tài liệu hỏi - đáp để các chi hội phổ biến tại các buổi sinh hoạt hằng tháng. Trong năm, Hội LHPN tỉnh dự kiến mở thêm 2 lớp tương tự cho hội viên các huyện Quảng Xương, Tĩnh Gia.
Thu Hà
Tin liên quan
- Hoằng Hóa: 200 phụ nữ ra quân làm sạch bờ biển (05/05/2013)
- Hội LHPN tỉnh sơ kết mô hình "5 không, 3 sạch" (18/04/2013)
- Phụ nữ Nga Sơn trồng cói chống xói lở (30/03/2013)
""", "2013-05-16", "Tập huấn cho 120 hội viên phụ nữ ven biển về trồng, chăm sóc rừng ngập mặn",
E("tap_huan", "2013", "2013-05-14"),
[P("Lê Thị Nga", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Trịnh Văn Tuấn", "ThS.", "cán bộ Chi cục Kiểm lâm tỉnh"),
 P("Hoàng Thị Lan", "Chi hội trưởng phụ nữ thôn Tam Hợp"),
 P("Nguyễn Thị Thoa", "Chi hội trưởng phụ nữ thôn Tam Hợp"),
 P("Đỗ Thị Hiền", "Chi hội trưởng phụ nữ thôn Tam Hợp"),
 P("Mai Thị Bình", "Chủ tịch Hội LHPN xã Ngư Lộc"),
 P("Lê Thị Huệ")],
[Q("120 hội viên phụ nữ", 120, "hội viên phụ nữ"), Q("350 triệu đồng", 350000000, "đồng"),
 Q("80.000 cây giống", 80000, "cây giống"), Q("khoảng 70%", 70, "%", "approx"), Q("25 ha", 25, "ha"),
 Q("45 suất vốn vay", 45, "suất vốn vay"), Q("118 học viên", 118, "học viên"), Q("2 lớp", 2, "lớp")],
[D("Kế hoạch", "18", "KH-HPN", "2013-03-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 18/KH-HPN ngày 02/3/2013"),
 D("Quyết định", "2139", "QĐ-TTg", "2011-12-05", "Thủ tướng Chính phủ", "Quyết định số 2139/QĐ-TTg ngày 05/12/2011")],
[prov("Thanh Hóa"), com("Đa Lộc"), com("Ngư Lộc"), com("Hoằng Phụ"), com("Hoằng Trường")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH THANH HÓA", "Trang chủ > Hoạt động > Phụ nữ với môi trường",
 "Các học viên thực hành ươm cây giống sú, vẹt tại vườn ươm xã Đa Lộc.", "Phụ nữ ven biển thích ứng với biến đổi khí hậu",
 "Chiến lược quốc gia về biến đổi khí hậu"],
["08:30 | 16/05/2013", "2 ngày 14 và 15/5/2013", "năm 2013", "1 ô rừng", "Buổi chiều thứ hai"]))

PAGES.append(page("b8744-bentre-mttq-giamsat-2014", """
Báo Đồng Khởi Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre
Chính trị - Xã hội › Mặt trận - Đoàn thể
Thứ Năm, 09/10/2014 - 16:45
MTTQ tỉnh giám sát dự án kè chống sạt lở bờ biển Thừa Đức
Ngày 7/10/2014, Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh do ông Huỳnh Văn Bé, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện dự án kè chống sạt lở bờ biển và trồng rừng phòng hộ tại xã Thừa Đức, huyện Bình Đại. Đây là một trong 4 cuộc giám sát chuyên đề thuộc chương trình giám sát năm 2014 của Ủy ban MTTQ tỉnh.
Cùng đi có đại diện Sở Nông nghiệp và Phát triển nông thôn, Hội Nông dân tỉnh; tiếp đoàn có ông Nguyễn Thành Công, Phó Chủ tịch UBND huyện Bình Đại và lãnh đạo xã Thừa Đức.
Theo báo cáo của Ban quản lý dự án, công trình được phê duyệt tại Quyết định số 1562/QĐ-UBND ngày 12/8/2013 của UBND tỉnh với tổng vốn 48,6 tỷ đồng, kè dài 1.350 m, phía sau kè trồng 6 ha rừng phòng hộ bằng cây bần, mắm. Đến nay công trình đạt khoảng 65% khối lượng; 32 hộ dân bị ảnh hưởng đã nhận tiền bồi thường, hỗ trợ 2,15 tỷ đồng; còn 3 hộ chưa thống nhất phương án.
Ông Đặng Văn Bảy, Nguyễn Văn Hai - thành viên Ban giám sát đầu tư của cộng đồng xã Thừa Đức phản ánh một số đoạn đá hộc chưa đúng chủng loại, nhà thầu thi công chậm vào mùa gió chướng. Bà Trần Thị Ngọc Sương (ấp Thừa Trung) cho biết: "Năm rồi sóng lấy mất gần 20 mét đất vườn nhà tôi. Có kè, có rừng thì bà con mới dám ở lại".
Thực hiện Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội, đoàn đã ghi nhận 9 ý kiến của người dân và cộng đồng. Ông Huỳnh Văn Bé đề nghị chủ đầu tư kiểm tra chất lượng vật liệu, đẩy nhanh tiến độ trước mùa triều cường; chính quyền xã tiếp tục đối thoại với 3 hộ chưa đồng thuận; Ủy ban MTTQ xã Thừa Đức và xã Thới Thuận phát huy vai trò giám sát của nhân dân, vận động người dân chăm sóc rừng sau kè.
Đoàn sẽ tổng hợp, gửi kiến nghị đến UBND tỉnh trong tháng 10/2014.
Theo thống kê của ngành nông nghiệp, bờ biển Bến Tre dài 65 km, trải qua 3 huyện Bình Đại, Ba Tri, Thạnh Phú; nhiều năm nay sạt lở diễn ra ở nhiều đoạn, có nơi lấn sâu vào đất liền hàng trăm mét, cuốn trôi rừng phi lao, rừng bần. Việc đầu tư kè kết hợp trồng rừng phía sau được người dân đồng tình, nhưng theo các thành viên đoàn giám sát, để công trình phát huy hiệu quả cần có quy chế giao cho cộng đồng quản lý, chăm sóc rừng sau kè, tránh tình trạng trồng xong bỏ đó.
Hữu Hiệp
Tin liên quan
- Thạnh Phú: 1,5 km bờ biển bị sạt lở nghiêm trọng (25/09/2014)
- MTTQ tỉnh phản biện dự thảo quy định hỗ trợ di dời dân (10/09/2014)
- Ba Tri: trồng 12 ha rừng phòng hộ ven biển (22/08/2014)
""", "2014-10-09", "MTTQ tỉnh giám sát dự án kè chống sạt lở bờ biển Thừa Đức",
E("giam_sat", "2014", "2014-10-07"),
[P("Huỳnh Văn Bé", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Thành Công", "Phó Chủ tịch UBND huyện Bình Đại"),
 P("Đặng Văn Bảy", "thành viên Ban giám sát đầu tư của cộng đồng xã Thừa Đức"),
 P("Nguyễn Văn Hai", "thành viên Ban giám sát đầu tư của cộng đồng xã Thừa Đức"),
 P("Trần Thị Ngọc Sương")],
[Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề"), Q("48,6 tỷ đồng", 48600000000, "đồng"),
 Q("1.350 m", 1350, "m"), Q("6 ha", 6, "ha"), Q("khoảng 65%", 65, "%", "approx"), Q("32 hộ dân", 32, "hộ dân"),
 Q("2,15 tỷ đồng", 2150000000, "đồng"), Q("3 hộ", 3, "hộ"), Q("gần 20 mét", 20, "mét", "approx"),
 Q("9 ý kiến", 9, "ý kiến"), Q("65 km", 65, "km"), Q("3 huyện", 3, "huyện")],
[D("Quyết định", "1562", "QĐ-UBND", "2013-08-12", "UBND tỉnh", "Quyết định số 1562/QĐ-UBND ngày 12/8/2013"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Bến Tre"), com("Thừa Đức"), com("Thới Thuận")],
["Báo Đồng Khởi Online - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bến Tre", "Chính trị - Xã hội › Mặt trận - Đoàn thể",
 "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội"],
["Thứ Năm, 09/10/2014 - 16:45", "chương trình giám sát năm 2014", "tháng 10/2014", "Năm rồi", "hàng trăm mét"]))

PAGES.append(page("b8745-soctrang-vinhchau-doithoai-2015", """
Cổng Thông tin điện tử thị xã Vĩnh Châu - tỉnh Sóc Trăng
Trang chủ / Tin tức / Hoạt động của lãnh đạo
14/08/2015 - 10:20
Chủ tịch UBND thị xã đối thoại với người dân về sạt lở bờ biển
Sáng 13/8/2015, tại hội trường UBND phường Vĩnh Phước, ông Trần Văn Lâu, Phó Bí thư Thị ủy, Chủ tịch UBND thị xã Vĩnh Châu chủ trì buổi đối thoại với nhân dân năm 2015 về tình hình sạt lở bờ biển và công tác bảo vệ, phát triển rừng phòng hộ ven biển. Tham dự có khoảng 150 đại biểu là người dân các khóm, ấp ven biển, trong đó nhiều người là đồng bào Khmer.
Báo cáo tại buổi đối thoại cho biết, từ đầu năm đến nay sạt lở đã lấn sâu vào đất liền trên đoạn bờ biển dài khoảng 4,5 km thuộc phường Vĩnh Phước, xã Vĩnh Hải và xã Lai Hòa, làm mất khoảng 25 ha rừng phòng hộ; 18 hộ dân phải di dời khẩn cấp. Thị xã đã hỗ trợ mỗi hộ 20 triệu đồng, đồng thời lập hồ sơ đề nghị tỉnh đầu tư hàng rào tre giảm sóng, gây bồi để trồng lại rừng theo Quyết định số 120/QĐ-TTg ngày 22/01/2015 của Thủ tướng Chính phủ.
Ông Thạch Sà Rết, người có uy tín khóm Âu Thọ B, phát biểu: "Hồi trước rừng mắm, rừng bần rộng cả trăm mét, giờ sóng đánh sát chân đê. Bà con mong nhà nước làm kè sớm, chúng tôi sẵn sàng góp công trồng cây". Bà Lý Thị Sa Phol ở ấp Huỳnh Kỳ hỏi về chính sách đất ở cho các hộ phải di dời; ông Sơn Văn Đươl, Trưởng ấp Đền Thờ, kiến nghị giao khoán rừng cho hộ nghèo giữ.
Trả lời các ý kiến, ông Trần Văn Lâu cho biết thị xã đã ban hành Kế hoạch số 45/KH-UBND ngày 03/6/2015 về trồng 15.000 cây bần, mắm trên bãi bồi, ưu tiên thuê lao động tại chỗ với tiền công 150.000 đồng/ngày. Các hộ di dời sẽ được bố trí vào khu tái định cư 3,2 ha tại phường Vĩnh Phước. Việc giao khoán bảo vệ rừng sẽ ưu tiên 60 hộ nghèo, hộ cận nghèo đồng bào Khmer.
Ông Kim Sang, Phó Chủ tịch Ủy ban MTTQ thị xã đề nghị Ban công tác Mặt trận các khóm, ấp vận động bà con không đặt đáy, không khai thác cây con trong khu vực rừng phòng hộ. Buổi đối thoại ghi nhận 23 ý kiến; 19 ý kiến được trả lời trực tiếp, các ý kiến còn lại được giao phòng chuyên môn trả lời bằng văn bản.
Vĩnh Châu có hơn 43 km bờ biển, là địa phương chịu ảnh hưởng nặng của triều cường và biến đổi khí hậu. Nhiều năm trước, bà con trồng rừng phòng hộ nhưng một phần diện tích bị chặt để làm ao tôm; nay qua vận động, người dân đã hiểu giá trị của rừng. Kết thúc buổi đối thoại, ông Trần Văn Lâu yêu cầu các phòng, ban và chính quyền các xã, phường công khai danh sách hộ được hỗ trợ, lắng nghe phản ánh của người dân qua đường dây nóng, không để phát sinh đơn thư vượt cấp.
Sơn Hải
Tin khác
- Vĩnh Châu: ra quân trồng 5 ha rừng bần tại Lai Hòa (28/07/2015)
- Hội nghị người có uy tín trong đồng bào Khmer (15/07/2015)
- Khánh thành cầu giao thông nông thôn ấp Prey Chóp (02/07/2015)
""", "2015-08-14", "Chủ tịch UBND thị xã đối thoại với người dân về sạt lở bờ biển",
E("doi_thoai", "2015", "2015-08-13"),
[P("Trần Văn Lâu", "Phó Bí thư Thị ủy", "Chủ tịch UBND thị xã Vĩnh Châu"),
 P("Thạch Sà Rết", "người có uy tín khóm Âu Thọ B"),
 P("Lý Thị Sa Phol"),
 P("Sơn Văn Đươl", "Trưởng ấp Đền Thờ"),
 P("Kim Sang", "Phó Chủ tịch Ủy ban MTTQ thị xã")],
[Q("khoảng 150 đại biểu", 150, "đại biểu", "approx"), Q("khoảng 4,5 km", 4.5, "km", "approx"),
 Q("khoảng 25 ha", 25, "ha", "approx"), Q("18 hộ dân", 18, "hộ dân"), Q("20 triệu đồng", 20000000, "đồng"),
 Q("15.000 cây bần, mắm", 15000, "cây bần, mắm"), Q("150.000 đồng/ngày", 150000, "đồng"), Q("3,2 ha", 3.2, "ha"),
 Q("60 hộ nghèo, hộ cận nghèo", 60, "hộ nghèo, hộ cận nghèo"), Q("23 ý kiến", 23, "ý kiến"), Q("19 ý kiến", 19, "ý kiến"), Q("hơn 43 km", 43, "km", "over")],
[D("Quyết định", "120", "QĐ-TTg", "2015-01-22", "Thủ tướng Chính phủ", "Quyết định số 120/QĐ-TTg ngày 22/01/2015"),
 D("Kế hoạch", "45", "KH-UBND", "2015-06-03", None, "Kế hoạch số 45/KH-UBND ngày 03/6/2015")],
[prov("Sóc Trăng"), com("Vĩnh Phước"), com("Vĩnh Hải"), com("Lai Hòa")],
["Cổng Thông tin điện tử thị xã Vĩnh Châu - tỉnh Sóc Trăng", "Trang chủ / Tin tức / Hoạt động của lãnh đạo", "Âu Thọ B"],
["14/08/2015 - 10:20", "năm 2015", "cả trăm mét"]))

PAGES.append(page("b8746-quangninh-tinhdoan-trongrung-2016", """
TỈNH ĐOÀN QUẢNG NINH - Đoàn TNCS Hồ Chí Minh tỉnh Quảng Ninh
Trang chủ :: Tin hoạt động :: Cơ sở Đoàn
19.02.2016 | 15:30
Đoàn viên thanh niên Tiên Yên trồng 5 ha rừng ngập mặn đầu xuân
Hưởng ứng "Tết trồng cây đời đời nhớ ơn Bác Hồ" Xuân Bính Thân 2016, sáng 18/2, Huyện đoàn Tiên Yên phối hợp với Hạt Kiểm lâm huyện và UBND xã Đồng Rui tổ chức ra quân trồng 5 ha rừng ngập mặn tại bãi triều thôn Đình Hương. Tham gia có 250 đoàn viên, thanh niên cùng đông đảo người dân địa phương.
Dự buổi ra quân có đồng chí Hoàng Văn Tâm, Phó Chủ tịch UBND huyện Tiên Yên; đồng chí Nguyễn Thị Hạnh, UVBCH Tỉnh đoàn, Phó Trưởng ban Phong trào Tỉnh đoàn.
Theo anh Vi Văn Hưng, Bí thư Huyện đoàn Tiên Yên, đợt ra quân thực hiện Kế hoạch số 112-KH/TĐTN-PT ngày 25/01/2016 của Ban Thường vụ Tỉnh đoàn về tổ chức các hoạt động tình nguyện bảo vệ môi trường, ứng phó với biến đổi khí hậu, cụ thể hóa Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về chủ động ứng phó với biến đổi khí hậu. Huyện đoàn đã vận động được 40 triệu đồng từ các doanh nghiệp để mua 12.000 cây đước giống, sú, vẹt.
Những năm gần đây, diện tích rừng ngập mặn ven biển Tiên Yên bị thu hẹp do chặt phá làm đầm nuôi tôm; một số đoạn đê bị sóng đánh sạt. Từ năm 2013 đến nay, tuổi trẻ huyện đã trồng được 14 ha rừng, tỷ lệ cây sống đạt trên 85%.
Bí thư Đoàn xã Đồng Rui Lục Thị Sinh cho biết, chi đoàn các thôn nhận chăm sóc diện tích vừa trồng trong 3 năm, mỗi tháng tổ chức 2 buổi kiểm tra, dặm lại cây chết. Ông Đặng Văn Lìu, Trưởng thôn Đình Hương, nói: "Bà con người Dao, người Tày ở đây đều biết rừng đước giữ cho ngao, cua sinh sôi. Thanh niên trồng, bà con cùng trông".
Phát biểu tại buổi ra quân, đồng chí Hoàng Văn Tâm ghi nhận tinh thần xung kích của tuổi trẻ và đề nghị xã Đồng Rui, xã Hải Lạng đưa nội dung bảo vệ rừng ngập mặn vào hương ước thôn.
Dịp này, Huyện đoàn trao 20 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn.
Theo kế hoạch, trong năm 2016 tuổi trẻ Tiên Yên sẽ xây dựng thêm 3 "Đoạn đê thanh niên tự quản", phối hợp Hạt Kiểm lâm tuyên truyền Luật Bảo vệ và phát triển rừng đến các thôn ven biển, đồng thời ra mắt câu lạc bộ "Thanh niên giữ rừng ngập mặn" ở xã Đồng Rui. Buổi ra quân kết thúc lúc gần trưa, khi con nước bắt đầu lên, những hàng đước non đã kín một góc bãi triều.
Lan Anh
Tin liên quan
- Móng Cái: 300 thanh niên ra quân Tết trồng cây (17/02/2016)
- Tỉnh đoàn phát động Tháng Thanh niên 2016 (05/02/2016)
- Đầm Hà: trao 100 suất quà Tết cho thanh niên công nhân (01/02/2016)
""", "2016-02-19", "Đoàn viên thanh niên Tiên Yên trồng 5 ha rừng ngập mặn đầu xuân",
E("khac", None, "2016-02-18"),
[P("Hoàng Văn Tâm", "Phó Chủ tịch UBND huyện Tiên Yên"),
 P("Nguyễn Thị Hạnh", "UVBCH Tỉnh đoàn", "Phó Trưởng ban Phong trào Tỉnh đoàn"),
 P("Vi Văn Hưng", "Bí thư Huyện đoàn Tiên Yên"),
 P("Lục Thị Sinh", "Bí thư Đoàn xã Đồng Rui"),
 P("Đặng Văn Lìu", "Trưởng thôn Đình Hương")],
[Q("5 ha", 5, "ha"), Q("250 đoàn viên, thanh niên", 250, "đoàn viên, thanh niên"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("12.000 cây đước giống", 12000, "cây đước giống"), Q("14 ha", 14, "ha"),
 Q("trên 85%", 85, "%", "over"), Q("2 buổi kiểm tra", 2, "buổi kiểm tra"), Q("20 suất quà", 20, "suất quà"), Q("3 \"Đoạn đê thanh niên tự quản\"", 3, "Đoạn đê thanh niên tự quản")],
[D("Kế hoạch", "112", "KH/TĐTN-PT", "2016-01-25", "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 112-KH/TĐTN-PT ngày 25/01/2016"),
 D("Nghị quyết", "24", "NQ/TW", "2013-06-03", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 24-NQ/TW ngày 03/6/2013")],
[prov("Quảng Ninh"), com("Đồng Rui"), com("Hải Lạng")],
["TỈNH ĐOÀN QUẢNG NINH - Đoàn TNCS Hồ Chí Minh tỉnh Quảng Ninh", "Trang chủ :: Tin hoạt động :: Cơ sở Đoàn", "Tết trồng cây đời đời nhớ ơn Bác Hồ", "Xuân Bính Thân", "Luật Bảo vệ và phát triển rừng", "Thanh niên giữ rừng ngập mặn"],
["19.02.2016 | 15:30", "Xuân Bính Thân 2016", "3 năm", "khóa XI", "Từ năm 2013"]))
