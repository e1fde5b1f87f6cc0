from lib import *
PAGES = []

PAGES.append(page("b8837-laocai-hlhpn-soket-2011", """
HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI
Trang chủ » Tin tức - Sự kiện » Hoạt động Hội
Thứ Sáu, 15/07/2011 - 09:30
Ảnh: Quang cảnh hội nghị.
Lào Cai: Hội LHPN tỉnh sơ kết công tác 6 tháng đầu năm 2011
Ngày 14/7/2011, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Lào Cai tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2011. Bà Vàng Thị Sính, Tỉnh ủy viên, Chủ tịch Hội LHPN tỉnh chủ trì hội nghị; dự có đồng chí Lý Văn Hải, Phó Trưởng Ban Dân vận Tỉnh ủy.
Theo báo cáo, 6 tháng qua các cấp Hội đã tổ chức 412 buổi tuyên truyền về Luật Phòng, chống bạo lực gia đình và Luật Bình đẳng giới, thu hút trên 18.600 lượt hội viên tham gia. Các cấp Hội bám sát Kế hoạch số 15/KH-HPN ngày 10/3/2011 của Ban Thường vụ Hội LHPN tỉnh và Hướng dẫn 03, 04/HD-HPN về củng cố mô hình ở cơ sở, triển khai Nghị định số 08/2009/NĐ-CP ngày 04/02/2009 của Chính phủ quy định chi tiết thi hành Luật Phòng, chống bạo lực gia đình.
Toàn tỉnh hiện có 96 câu lạc bộ phòng, chống bạo lực gia đình với hơn 1.400 thành viên; 38 "địa chỉ tin cậy" ở cộng đồng đã tiếp nhận, hỗ trợ 21 phụ nữ bị bạo lực tạm lánh. Các tổ hòa giải phối hợp hòa giải thành 64 vụ mâu thuẫn gia đình, trong đó có 17 vụ bạo lực gia đình. Hội còn vận động được 185 triệu đồng giúp hội viên nghèo, đơn thân.
Tại hội nghị, bà Sùng Thị Chư, Chủ tịch Hội LHPN xã Tả Van, chia sẻ: "Ở bản vùng cao, chị em ngại nói chuyện bị chồng đánh. Phải đến từng nhà, nói bằng tiếng Mông thì chị em mới tin". Chị Tẩn Thị Xuân, Chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình thôn Nậm Cang, đề nghị Hội tỉnh hỗ trợ tài liệu song ngữ và kinh phí sinh hoạt cho các câu lạc bộ.
Các đồng chí Phó Chủ tịch Hội LHPN tỉnh: Hoàng Thị Thu, Lù Thị Lan đã giải đáp một số kiến nghị của cơ sở, trong đó có việc nhân rộng mô hình "Gia đình 5 không, 3 sạch" ở các xã đặc biệt khó khăn.
Phát biểu tại hội nghị, đồng chí Lý Văn Hải đề nghị các cấp Hội phối hợp chặt chẽ với Mặt trận và các đoàn thể, thực hiện tốt Chỉ thị 14, 15-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động phụ nữ vùng đồng bào dân tộc thiểu số và về xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.
Kết luận hội nghị, bà Vàng Thị Sính yêu cầu 6 tháng cuối năm mỗi huyện xây dựng thêm ít nhất 2 câu lạc bộ; duy trì sinh hoạt định kỳ hằng tháng, chú trọng phát hiện sớm, can thiệp kịp thời các vụ bạo lực; phấn đấu 100% cơ sở Hội được tập huấn về kỹ năng tư vấn, hòa giải.
Mai Hương
Lượt xem: 1.204
Tin liên quan
- Bắc Hà ra mắt câu lạc bộ "Gia đình hạnh phúc" (28/06/2011)
- Hội thi "Phụ nữ với pháp luật" tại Bảo Thắng (15/06/2011)
- Sa Pa: tuyên truyền phòng, chống mua bán người (02/06/2011)
- Tập huấn kỹ năng hòa giải cho chi hội trưởng phụ nữ (20/05/2011)
""", "2011-07-15", "Lào Cai: Hội LHPN tỉnh sơ kết công tác 6 tháng đầu năm 2011",
E("so_ket", "2011-H1", "2011-07-14"),
[P("Vàng Thị Sính", "Tỉnh ủy viên", "Chủ tịch Hội LHPN tỉnh"),
 P("Lý Văn Hải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng Thị Chư", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Tẩn Thị Xuân", "Chủ nhiệm câu lạc bộ phòng, chống bạo lực gia đình thôn Nậm Cang"),
 P("Hoàng Thị Thu", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Lù Thị Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("412 buổi tuyên truyền", 412, "buổi tuyên truyền"), Q("trên 18.600 lượt hội viên", 18600, "lượt hội viên", "over"),
 Q("96 câu lạc bộ phòng, chống bạo lực gia đình", 96, "câu lạc bộ phòng, chống bạo lực gia đình"),
 Q("hơn 1.400 thành viên", 1400, "thành viên", "over"), Q('38 "địa chỉ tin cậy"', 38, "địa chỉ tin cậy"),
 Q("21 phụ nữ", 21, "phụ nữ"), Q("64 vụ mâu thuẫn gia đình", 64, "vụ mâu thuẫn gia đình"),
 Q("17 vụ bạo lực gia đình", 17, "vụ bạo lực gia đình"), Q("185 triệu đồng", 185000000, "đồng"),
 Q("ít nhất 2 câu lạc bộ", 2, "câu lạc bộ", "over"), Q("100% cơ sở Hội", 100, "%")],
[D("Kế hoạch", "15", "KH-HPN", "2011-03-10", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 15/KH-HPN ngày 10/3/2011"),
 D("Hướng dẫn", "03", "HD-HPN", None, None, "Hướng dẫn 03, 04/HD-HPN"),
 D("Hướng dẫn", "04", "HD-HPN", None, None, "Hướng dẫn 03, 04/HD-HPN"),
 D("Nghị định", "08", "2009/NĐ-CP", "2009-02-04", "Chính phủ", "Nghị định số 08/2009/NĐ-CP ngày 04/02/2009"),
 D("Chỉ thị", "14", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 14, 15-CT/TU")],
[prov("Lào Cai"), com("Tả Van")],
["HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÀO CAI", "Trang chủ » Tin tức - Sự kiện » Hoạt động Hội", "Ảnh: Quang cảnh hội nghị.",
 "Luật Phòng, chống bạo lực gia đình", "Luật Bình đẳng giới", "Gia đình 5 không, 3 sạch", "Lượt xem: 1.204"],
["Thứ Sáu, 15/07/2011 - 09:30", "6 tháng đầu năm", "6 tháng cuối năm 2011", "5 không, 3 sạch", "Lượt xem: 1.204"]))

PAGES.append(page("b8838-namdinh-hlhpn-tongket-2012", """
Báo Nam Định điện tử
Xã hội | Gia đình | Bình đẳng giới
Cập nhật: 14:05, 28/12/2012 (GMT+7)
Hội LHPN tỉnh tổng kết công tác năm 2012: Hơn 1.100 địa chỉ tin cậy, câu lạc bộ giúp giảm bạo lực gia đình
(NĐ) - Chiều 27/12, Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2012, triển khai nhiệm vụ năm 2013. Dự hội nghị có đồng chí Trần Văn Lượng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; bà Đỗ Thị Hằng, Chủ tịch Hội LHPN tỉnh chủ trì.
Toàn cảnh hội nghị tổng kết. Ảnh: Thanh Hà
Năm 2012, các cấp Hội tập trung triển khai Nghị quyết số 11-NQ/TW ngày 27/4/2007 của Bộ Chính trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Quyết định số 2351/QĐ-TTg ngày 24/12/2010 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020. Hội tỉnh tham mưu Tỉnh ủy ban hành Kế hoạch số 62-KH/TU về thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ.
Hơn 1.100 địa chỉ tin cậy, câu lạc bộ "Gia đình hạnh phúc", nhóm phòng, chống bạo lực gia đình đã hoạt động hiệu quả ở 229 xã, phường, thị trấn. Theo số liệu của Hội, số vụ bạo lực gia đình phát hiện trong năm là 312 vụ, giảm 18% so với năm 2011; các tổ hòa giải của Hội đã tham gia hòa giải 276 vụ, tư vấn cho 2.450 lượt người. Hội vận động 9,6 tỷ đồng từ các nguồn để hỗ trợ 1.320 hội viên phát triển kinh tế, xây 42 mái ấm tình thương cho phụ nữ nghèo.
Các đại biểu thảo luận sôi nổi. Bà Vũ Thị Nhài, Chủ tịch Hội LHPN huyện Hải Hậu, cho biết mô hình "địa chỉ tin cậy" đặt tại nhà các chi hội trưởng đã giúp nhiều chị em có chỗ dựa. Bà Phạm Thị Thoa, Chủ tịch Hội LHPN xã Trực Chính, Chủ nhiệm CLB "Gia đình hạnh phúc" xã, đề nghị tăng thời lượng tuyên truyền trên hệ thống loa truyền thanh. Ông Ngô Văn Tuấn, Trưởng Công an xã Nghĩa Lạc, nêu kinh nghiệm phối hợp với Hội trong phát hiện sớm các vụ bạo lực.
Phát biểu chỉ đạo, đồng chí Trần Văn Lượng ghi nhận những kết quả nổi bật của các cấp Hội, nhất là vai trò nòng cốt trong phòng, chống bạo lực gia đình; đề nghị năm 2013 Hội tiếp tục đổi mới phương thức hoạt động, hướng mạnh về chi hội, tổ phụ nữ.
Dịp này, Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 3 tập thể, 5 cá nhân; Hội LHPN tỉnh tặng Giấy khen cho 27 tập thể và 41 cá nhân có thành tích xuất sắc trong công tác Hội năm 2012. Bà Đỗ Thị Hằng phát động thi đua năm 2013 với chủ đề "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc".
Thanh Hà
Các tin khác
- Ý Yên: ra mắt câu lạc bộ phụ nữ phòng, chống bạo lực gia đình (20/12/2012)
- Giao lưu "Phụ nữ với pháp luật" tại Nam Trực (11/12/2012)
- Tháng hành động vì bình đẳng giới (03/12/2012)
""", "2012-12-28", "Hội LHPN tỉnh tổng kết công tác năm 2012: Hơn 1.100 địa chỉ tin cậy, câu lạc bộ giúp giảm bạo lực gia đình",
E("tong_ket", "2012", "2012-12-27"),
[P("Trần Văn Lượng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Thị Hằng", "Chủ tịch Hội LHPN tỉnh"),
 P("Vũ Thị Nhài", "Chủ tịch Hội LHPN huyện Hải Hậu"),
 P("Phạm Thị Thoa", "Chủ tịch Hội LHPN xã Trực Chính", 'Chủ nhiệm CLB "Gia đình hạnh phúc" xã'),
 P("Ngô Văn Tuấn", "Trưởng Công an xã Nghĩa Lạc")],
[Q("Hơn 1.100 địa chỉ tin cậy, câu lạc bộ", 1100, "địa chỉ tin cậy, câu lạc bộ", "over"), Q("229 xã, phường, thị trấn", 229, "xã, phường, thị trấn"),
 Q("312 vụ", 312, "vụ"), Q("18%", 18, "%"), Q("276 vụ", 276, "vụ"), Q("2.450 lượt người", 2450, "lượt người"),
 Q("9,6 tỷ đồng", 9600000000, "đồng"), Q("1.320 hội viên", 1320, "hội viên"), Q("42 mái ấm tình thương", 42, "mái ấm tình thương"),
 Q("3 tập thể", 3, "tập thể"), Q("5 cá nhân", 5, "cá nhân"), Q("27 tập thể", 27, "tập thể"), Q("41 cá nhân", 41, "cá nhân")],
[D("Nghị quyết", "11", "NQ/TW", "2007-04-27", "Bộ Chính trị", "Nghị quyết số 11-NQ/TW ngày 27/4/2007"),
 D("Quyết định", "2351", "QĐ-TTg", "2010-12-24", "Thủ tướng Chính phủ", "Quyết định số 2351/QĐ-TTg ngày 24/12/2010"),
 D("Kế hoạch", "62", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 62-KH/TU")],
[prov("Nam Định"), com("Trực Chính"), com("Nghĩa Lạc")],
["Báo Nam Định điện tử", "Xã hội | Gia đình | Bình đẳng giới", "(NĐ)", "Toàn cảnh hội nghị tổng kết. Ảnh: Thanh Hà",
 "Gia đình hạnh phúc", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"],
["Cập nhật: 14:05, 28/12/2012 (GMT+7)", "năm 2012", "năm 2013", "năm 2011", "giai đoạn 2011 - 2020"]))

PAGES.append(page("b8839-quangtri-hlhpn-taphuan-2013", """
Hội Liên hiệp Phụ nữ tỉnh Quảng Trị
Trang chủ > Tin hoạt động > Gia đình - Xã hội
08:15 | 22/08/2013
Tập huấn kỹ năng tư vấn cho thành viên "địa chỉ tin cậy" năm 2013
Trong hai ngày 20 và 21/8/2013, Hội LHPN tỉnh Quảng Trị phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức lớp tập huấn kỹ năng tư vấn, hỗ trợ nạn nhân bạo lực gia đình năm 2013 cho 85 học viên là chủ nhiệm câu lạc bộ, thành viên tổ tư vấn và người đứng đầu các "địa chỉ tin cậy" ở 3 huyện Hải Lăng, Triệu Phong, Gio Linh.
Lớp tập huấn được tổ chức theo Kế hoạch số 48/KH-BTV ngày 02/8/2013 của Ban Thường vụ Hội LHPN tỉnh, triển khai Thông tư số 02/2010/TT-BVHTTDL ngày 16/3/2010 của Bộ Văn hóa, Thể thao và Du lịch quy định chi tiết về cơ sở hỗ trợ nạn nhân bạo lực gia đình. Phát biểu khai mạc, bà Hồ Thị Lan Phương, Phó Chủ tịch Thường trực Hội LHPN tỉnh, nhấn mạnh: tư vấn không phải là khuyên bảo chung chung, mà là lắng nghe, tôn trọng và giữ bí mật cho người bị bạo lực.
Học viên tham gia thảo luận nhóm. Ảnh: Minh Thư
Học viên được ThS. Lê Thị Minh Tâm, giảng viên Trường Chính trị Lê Duẩn, truyền đạt các kỹ năng lắng nghe, đặt câu hỏi, lập kế hoạch an toàn cho nạn nhân; Thượng tá Trần Quốc Hưng, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, giới thiệu các biện pháp ngăn chặn, bảo vệ và xử lý vi phạm hành chính trong lĩnh vực gia đình. Bà Nguyễn Thị Sen, Trưởng phòng Gia đình Sở Văn hóa, Thể thao và Du lịch, hướng dẫn cách ghi chép sổ theo dõi và báo cáo số liệu.
Theo báo cáo của Hội, đến nay toàn tỉnh có 141 "địa chỉ tin cậy" và 73 nhóm phòng, chống bạo lực gia đình ở cơ sở; 6 tháng đầu năm 2013 các địa chỉ này đã tiếp nhận 52 lượt phụ nữ, trẻ em đến tạm lánh, tư vấn cho gần 600 lượt người. Kinh phí tập huấn gần 48 triệu đồng do dự án của Quỹ Dân số Liên hợp quốc hỗ trợ.
Chia sẻ tại lớp học, bà Trương Thị Hoa, Chi hội trưởng phụ nữ thôn Phước Điền, xã Hải Ba, kể: "Nhà tôi là địa chỉ tin cậy từ năm 2010. Có đêm 11 giờ chị em chạy sang, tôi mở cửa rồi gọi ngay trưởng thôn, công an viên". Bà Lê Thị Hương, Chủ tịch Hội LHPN xã Hải Thượng, mong được tập huấn thêm về tâm lý để giúp trẻ em trong các gia đình có bạo lực.
Ngoài phần lý thuyết, các học viên được chia thành 6 nhóm thực hành đóng vai tình huống: tiếp nhận người bị bạo lực lúc nửa đêm, hòa giải khi người chồng say rượu, đưa nạn nhân đến trạm y tế xã. Nhiều học viên cho biết lần đầu được học cách ghi sổ theo dõi và giữ bí mật thông tin cho người được hỗ trợ.
Bế mạc lớp học, 100% học viên đạt yêu cầu bài kiểm tra cuối khóa và được cấp giấy chứng nhận.
Minh Thư
Tin liên quan
- Hải Lăng: nhân rộng mô hình "địa chỉ tin cậy" (05/08/2013)
- Hội thi "Gia đình hạnh phúc" cấp tỉnh (28/06/2013)
- Hội LHPN tỉnh sơ kết 6 tháng đầu năm 2013 (12/07/2013)
""", "2013-08-22", 'Tập huấn kỹ năng tư vấn cho thành viên "địa chỉ tin cậy" năm 2013',
E("tap_huan", "2013", "2013-08-20"),
[P("Hồ Thị Lan Phương", "Phó Chủ tịch Thường trực Hội LHPN tỉnh"),
 P("Lê Thị Minh Tâm", "ThS.", "giảng viên Trường Chính trị Lê Duẩn"),
 P("Trần Quốc Hưng", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Nguyễn Thị Sen", "Trưởng phòng Gia đình Sở Văn hóa, Thể thao và Du lịch"),
 P("Trương Thị Hoa", "Chi hội trưởng phụ nữ thôn Phước Điền"),
 P("Lê Thị Hương", "Chủ tịch Hội LHPN xã Hải Thượng")],
[Q("85 học viên", 85, "học viên"), Q("3 huyện", 3, "huyện"), Q('141 "địa chỉ tin cậy"', 141, "địa chỉ tin cậy"),
 Q("73 nhóm phòng, chống bạo lực gia đình", 73, "nhóm phòng, chống bạo lực gia đình"),
 Q("52 lượt phụ nữ, trẻ em", 52, "lượt phụ nữ, trẻ em"), Q("gần 600 lượt người", 600, "lượt người", "approx"),
 Q("gần 48 triệu đồng", 48000000, "đồng", "approx"), Q("6 nhóm", 6, "nhóm"), Q("100% học viên", 100, "%")],
[D("Kế hoạch", "48", "KH-BTV", "2013-08-02", "Ban Thường vụ Hội LHPN tỉnh", "Kế hoạch số 48/KH-BTV ngày 02/8/2013"),
 D("Thông tư", "02", "2010/TT-BVHTTDL", "2010-03-16", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tư số 02/2010/TT-BVHTTDL ngày 16/3/2010")],
[prov("Quảng Trị"), com("Hải Ba"), com("Hải Thượng")],
["Hội Liên hiệp Phụ nữ tỉnh Quảng Trị", "Trang chủ > Tin hoạt động > Gia đình - Xã hội", "Học viên tham gia thảo luận nhóm. Ảnh: Minh Thư",
 "Quỹ Dân số Liên hợp quốc", "Trường Chính trị Lê Duẩn"],
["08:15 | 22/08/2013", "năm 2013", "6 tháng đầu năm 2013", "năm 2010", "11 giờ", "hai ngày 20 và 21/8/2013"]))

PAGES.append(page("b8840-angiang-hlhpn-traoqua-2014", """
BÁO AN GIANG ONLINE
Xã hội » Gia đình
30-06-2014 10:40
Nhân Ngày Gia đình Việt Nam: Trao 150 phần quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình
Ngày 27/6, nhân kỷ niệm 13 năm Ngày Gia đình Việt Nam (28/6/2001 - 28/6/2014), Hội Liên hiệp Phụ nữ tỉnh An Giang phối hợp Sở Văn hóa, Thể thao và Du lịch tổ chức trao 150 phần quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình và gia đình có hoàn cảnh khó khăn tại huyện Tri Tôn.
Mỗi phần quà gồm tiền mặt và nhu yếu phẩm, trị giá 500.000 đồng; tổng trị giá 75 triệu đồng do các nhà hảo tâm, doanh nghiệp đóng góp. Dịp này, Hội còn trao 3 căn nhà "Mái ấm tình thương", mỗi căn 40 triệu đồng, cho hội viên đơn thân ở xã Lê Trì và xã Châu Lăng.
Đến dự có bà Lê Thị Ngọc Hân, Chủ tịch Hội LHPN tỉnh; ông Nguyễn Thanh Phong, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; bà Néang Sa Phon, Phó Chủ tịch Hội LHPN huyện Tri Tôn; đại diện Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện và các xã vùng đồng bào Khmer.
Bà Lê Thị Ngọc Hân trao quà cho phụ nữ nghèo. Ảnh: Hồng Nhung
Phát biểu tại buổi trao quà, bà Lê Thị Ngọc Hân cho biết, thực hiện Chỉ thị số 16/2008/CT-TTg ngày 30/5/2008 của Thủ tướng Chính phủ về triển khai thi hành Luật Phòng, chống bạo lực gia đình và Quyết định số 629/QĐ-TTg ngày 29/5/2012 phê duyệt Chiến lược phát triển gia đình Việt Nam đến năm 2020, tầm nhìn 2030, các cấp Hội trong tỉnh đã xây dựng 214 câu lạc bộ "Gia đình phát triển bền vững", 86 "địa chỉ tin cậy" tại ấp, khóm. Năm 2013, toàn tỉnh ghi nhận 198 vụ bạo lực gia đình, giảm 31 vụ so với năm trước; hơn 70% vụ việc được phát hiện nhờ tổ phụ nữ và các địa chỉ tin cậy.
Chị N.T.L. (xã Châu Lăng) xúc động kể lại những ngày bị chồng đánh, phải bế con sang nhà chi hội trưởng tạm lánh. Nhờ cán bộ Hội, công an xã nhiều lần đến nhà vận động, đến nay chồng chị đã bỏ rượu, đi làm thuê đều đặn.
Bà Néang Sa Phon cho biết, huyện Tri Tôn hiện có 23 câu lạc bộ sinh hoạt bằng tiếng Khmer; các chị em còn được hướng dẫn gọi tổng đài 1800 1567 khi phát hiện trẻ em bị bạo hành. Trong năm 2014, Hội LHPN huyện phấn đấu giảm 10% số vụ bạo lực gia đình so với năm 2013.
Theo kế hoạch, từ nay đến cuối năm, Hội LHPN tỉnh sẽ phối hợp với Công an tỉnh, Sở Tư pháp tổ chức các buổi tuyên truyền lưu động tại chùa, phum, sóc; đồng thời kiện toàn đội ngũ chi hội trưởng làm "địa chỉ tin cậy" ở những ấp còn nhiều vụ bạo lực, nhất là các hộ có chồng thường xuyên say rượu, không có việc làm ổn định.
Hồng Nhung
Tin khác
- Châu Thành: ra mắt câu lạc bộ phòng, chống bạo lực gia đình (20/06/2014)
- Tuyên truyền Luật Hôn nhân và gia đình cho phụ nữ Chăm (12/06/2014)
- Hội thi "Gia đình văn hóa" tại Tịnh Biên (30/05/2014)
""", "2014-06-30", "Nhân Ngày Gia đình Việt Nam: Trao 150 phần quà cho phụ nữ, trẻ em là nạn nhân bạo lực gia đình",
E("trao_qua", None, "2014-06-27"),
[P("Lê Thị Ngọc Hân", "Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Thanh Phong", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch"),
 P("Néang Sa Phon", "Phó Chủ tịch Hội LHPN huyện Tri Tôn")],
[Q("150 phần quà", 150, "phần quà"), Q("500.000 đồng", 500000, "đồng"), Q("75 triệu đồng", 75000000, "đồng"),
 Q('3 căn nhà "Mái ấm tình thương"', 3, "căn nhà"), Q("40 triệu đồng", 40000000, "đồng"),
 Q('214 câu lạc bộ "Gia đình phát triển bền vững"', 214, "câu lạc bộ"), Q('86 "địa chỉ tin cậy"', 86, "địa chỉ tin cậy"),
 Q("198 vụ bạo lực gia đình", 198, "vụ bạo lực gia đình"), Q("31 vụ", 31, "vụ"), Q("hơn 70%", 70, "%", "over"),
 Q("23 câu lạc bộ", 23, "câu lạc bộ"), Q("10%", 10, "%")],
[D("Chỉ thị", "16", "2008/CT-TTg", "2008-05-30", "Thủ tướng Chính phủ", "Chỉ thị số 16/2008/CT-TTg ngày 30/5/2008"),
 D("Quyết định", "629", "QĐ-TTg", "2012-05-29", None, "Quyết định số 629/QĐ-TTg ngày 29/5/2012")],
[prov("An Giang"), com("Lê Trì"), com("Châu Lăng")],
["BÁO AN GIANG ONLINE", "Xã hội » Gia đình", "Bà Lê Thị Ngọc Hân trao quà cho phụ nữ nghèo. Ảnh: Hồng Nhung",
 "Ngày Gia đình Việt Nam", "Mái ấm tình thương", "Gia đình phát triển bền vững", "Chị N.T.L.", "Luật Phòng, chống bạo lực gia đình"],
["30-06-2014 10:40", "13 năm", "28/6/2001 - 28/6/2014", "1800 1567", "Năm 2013", "năm 2014", "năm 2020", "2030"]))

PAGES.append(page("b8841-hagiang-bdvhu-doithoai-2015", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Bạn đang ở: Trang chủ / Dân vận cơ sở / Tin huyện, thành phố
Ngày đăng 19/11/2015 | 15:20
Mèo Vạc: Đối thoại với phụ nữ về phòng, chống bạo lực gia đình và tảo hôn
Ngày 17/11, tại hội trường UBND xã Pả Vi, Ban Dân vận Huyện ủy Mèo Vạc (Hà Giang) phối hợp với Hội LHPN huyện tổ chức hội nghị đối thoại năm 2015 giữa lãnh đạo huyện với hội viên phụ nữ về phòng, chống bạo lực gia đình, tảo hôn và hôn nhân cận huyết thống. Hơn 230 hội viên phụ nữ của 2 xã Pả Vi, Sơn Vĩ tham dự.
Chủ trì đối thoại có đồng chí Sùng Mí Vừ, HUV, Trưởng Ban Dân vận Huyện ủy; ông Thào Mí Lử, Phó Chủ tịch UBND huyện Mèo Vạc; bà Vàng Thị Mỷ, Chủ tịch Hội LHPN huyện. Cùng dự có Bí thư Đảng ủy xã Pả Vi Lý Mí Súa và các trưởng thôn, người có uy tín trong đồng bào Mông.
Quang cảnh buổi đối thoại tại xã Pả Vi.
Mở đầu hội nghị, bà Vàng Thị Mỷ thông tin: từ đầu năm đến nay, trên địa bàn huyện xảy ra 7 vụ bạo lực gia đình, 19 cặp tảo hôn và 4 trường hợp kết hôn cận huyết thống; phần lớn ở các thôn vùng cao, nơi chị em ít được tiếp cận thông tin. Hội đã phối hợp tổ chức 56 buổi tuyên truyền bằng tiếng Mông, thành lập 9 câu lạc bộ "Phụ nữ nói không với tảo hôn".
Tại buổi đối thoại, 12 ý kiến của chị em được nêu trực tiếp. Chị Giàng Thị Dợ (thôn Tả Chải) hỏi: "Chồng uống rượu về đánh vợ, báo trưởng thôn thì bị nói là chuyện trong nhà, vậy phải báo ai?". Trả lời chị, ông Thào Mí Lử khẳng định bạo lực gia đình là hành vi vi phạm pháp luật; chị em có thể báo trưởng thôn, công an viên, cán bộ Hội hoặc đến thẳng UBND xã; những trường hợp cố tình tái phạm sẽ bị xử phạt và đưa ra kiểm điểm trước thôn.
Chị Sùng Thị Mai, Chi hội trưởng phụ nữ thôn Lùng Phìn, đề nghị có chính sách hỗ trợ cho các em gái học hết lớp 9 để không phải lấy chồng sớm. Đồng chí Sùng Mí Vừ cho biết huyện đang triển khai Quyết định số 498/QĐ-TTg ngày 14/4/2015 của Thủ tướng Chính phủ phê duyệt Đề án giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số và Kế hoạch 86-KH/HU của Ban Thường vụ Huyện ủy; mỗi xã sẽ có ít nhất 1 tổ tư vấn cộng đồng, mỗi em gái học sinh nội trú được hỗ trợ 15 kg gạo mỗi tháng.
Kết thúc đối thoại, lãnh đạo huyện giao các ngành ghi nhận đầy đủ ý kiến, trả lời bằng văn bản trước ngày 30/12/2015. Ban Dân vận Huyện ủy sẽ theo dõi, đôn đốc việc giải quyết, đưa nội dung đối thoại vào sinh hoạt chi bộ các thôn.
Sau hội nghị, nhiều chị em nán lại hỏi thêm cán bộ Hội về thủ tục đăng ký kết hôn, làm giấy khai sinh cho con. Bà Vàng Thị Mỷ cho biết thời gian tới Hội sẽ cử cán bộ biết tiếng Mông xuống từng thôn, kết hợp đối thoại với sinh hoạt chi hội để chị em mạnh dạn nói ra những điều khó nói.
Lượt xem: 652
Tin liên quan
- Đồng Văn: tuyên truyền phòng, chống mua bán người (10/11/2015)
- Yên Minh ra mắt câu lạc bộ "Gia đình hạnh phúc" (28/10/2015)
- Hội nghị người có uy tín huyện Quản Bạ năm 2015 (15/10/2015)
""", "2015-11-19", "Mèo Vạc: Đối thoại với phụ nữ về phòng, chống bạo lực gia đình và tảo hôn",
E("doi_thoai", "2015", "2015-11-17"),
[P("Sùng Mí Vừ", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Thào Mí Lử", "Phó Chủ tịch UBND huyện Mèo Vạc"),
 P("Vàng Thị Mỷ", "Chủ tịch Hội LHPN huyện"),
 P("Lý Mí Súa", "Bí thư Đảng ủy xã Pả Vi"),
 P("Giàng Thị Dợ"),
 P("Sùng Thị Mai", "Chi hội trưởng phụ nữ thôn Lùng Phìn")],
[Q("Hơn 230 hội viên phụ nữ", 230, "hội viên phụ nữ", "over"), Q("2 xã", 2, "xã"),
 Q("7 vụ bạo lực gia đình", 7, "vụ bạo lực gia đình"), Q("19 cặp tảo hôn", 19, "cặp tảo hôn"),
 Q("4 trường hợp", 4, "trường hợp"), Q("56 buổi tuyên truyền", 56, "buổi tuyên truyền"),
 Q('9 câu lạc bộ "Phụ nữ nói không với tảo hôn"', 9, "câu lạc bộ"), Q("12 ý kiến", 12, "ý kiến"),
 Q("ít nhất 1 tổ tư vấn cộng đồng", 1, "tổ tư vấn cộng đồng", "over"), Q("15 kg", 15, "kg")],
[D("Quyết định", "498", "QĐ-TTg", "2015-04-14", "Thủ tướng Chính phủ", "Quyết định số 498/QĐ-TTg ngày 14/4/2015"),
 D("Kế hoạch", "86", "KH/HU", None, "Ban Thường vụ Huyện ủy", "Kế hoạch 86-KH/HU")],
[prov("Hà Giang"), com("Pả Vi"), com("Sơn Vĩ")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Bạn đang ở: Trang chủ / Dân vận cơ sở / Tin huyện, thành phố",
 "Quang cảnh buổi đối thoại tại xã Pả Vi.", "Phụ nữ nói không với tảo hôn", "Lượt xem: 652"],
["Ngày đăng 19/11/2015 | 15:20", "năm 2015", "lớp 9", "30/12/2015", "Lượt xem: 652"]))

PAGES.append(page("b8842-daklak-hlhpn-giamsat-2016", """
Báo Đắk Lắk điện tử
Chính trị - Xã hội › Mặt trận - Đoàn thể
09/09/2016 - 16:45
Giám sát thực hiện Luật Bình đẳng giới tại huyện Krông Pắc
Ngày 7/9, Đoàn giám sát của Hội LHPN tỉnh do bà H'Yim Kđoh, Phó Chủ tịch Hội LHPN tỉnh làm trưởng đoàn đã giám sát việc thực hiện Luật Bình đẳng giới và công tác phòng, chống bạo lực gia đình tại huyện Krông Pắc, theo chương trình giám sát năm 2016 của Hội.
Đoàn giám sát làm việc với UBND huyện Krông Pắc. Ảnh: Hoàng Linh
Làm việc với đoàn, ông Y Khiêm Mlô, Phó Chủ tịch UBND huyện cho biết, huyện đã ban hành Kế hoạch số 112/KH-UBND ngày 15/3/2016 triển khai Nghị định số 48/2009/NĐ-CP ngày 19/5/2009 của Chính phủ quy định về các biện pháp bảo đảm bình đẳng giới và Quyết định số 1202/QĐ-UBND của UBND tỉnh. Tỷ lệ nữ tham gia cấp ủy huyện nhiệm kỳ 2015 - 2020 đạt 21,6%; nữ đại biểu HĐND huyện khóa mới chiếm 27,4%; 8/16 xã, thị trấn có lãnh đạo chủ chốt là nữ.
Theo báo cáo của bà Nguyễn Thị Thu Hương, Trưởng phòng Lao động - Thương binh và Xã hội huyện, 3 năm gần đây huyện đã chi hơn 1,2 tỷ đồng cho công tác bình đẳng giới, vì sự tiến bộ của phụ nữ; hình thành 68 câu lạc bộ phòng, chống bạo lực gia đình, 15 nhóm phòng, chống bạo lực gia đình ở các buôn đồng bào Êđê. Năm 2015 huyện ghi nhận 26 vụ bạo lực gia đình, 8 tháng năm 2016 là 9 vụ.
Tại xã Ea Kênh, đoàn kiểm tra hồ sơ của câu lạc bộ buôn Ea Kmăn và trò chuyện với các thành viên. Bà H'Bla Êban, Chủ tịch Hội LHPN xã Ea Kênh, cho biết câu lạc bộ sinh hoạt 2 tháng một lần, mỗi buổi có khoảng 35 chị em và cả nam giới tham gia; già làng Y Thuk Niê là người trực tiếp hòa giải nhiều vụ mâu thuẫn vợ chồng trong buôn.
Qua giám sát, đoàn đánh giá cấp ủy, chính quyền huyện đã quan tâm đến công tác bình đẳng giới; tuy nhiên việc lồng ghép giới trong xây dựng chính sách còn hạn chế, số liệu thống kê theo giới chưa đầy đủ; kinh phí cho các câu lạc bộ chỉ khoảng 2 triệu đồng/năm, chưa đáp ứng nhu cầu; một số vụ bạo lực chưa được xử lý nghiêm.
Kết luận buổi làm việc, bà H'Yim Kđoh đề nghị huyện sớm bố trí cán bộ nữ trong quy hoạch, nhân rộng mô hình ở các xã Ea Phê, Ea Kly và thị trấn Phước An; Hội LHPN huyện chủ động tham mưu cấp ủy sơ kết việc thực hiện Nghị quyết 11-NQ/TW của Bộ Chính trị về công tác phụ nữ. Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy và UBND tỉnh.
Hoàng Linh
Tin cùng chuyên mục
- Hội LHPN tỉnh tập huấn kỹ năng hòa giải (02/09/2016)
- Buôn Đôn: ra mắt mô hình "Phụ nữ Êđê với pháp luật" (25/08/2016)
- Giao lưu "Gia đình hạnh phúc" tại Cư M'gar (12/08/2016)
""", "2016-09-09", "Giám sát thực hiện Luật Bình đẳng giới tại huyện Krông Pắc",
E("giam_sat", "2016", "2016-09-07"),
[P("H'Yim Kđoh", "Phó Chủ tịch Hội LHPN tỉnh", "trưởng đoàn"),
 P("Y Khiêm Mlô", "Phó Chủ tịch UBND huyện"),
 P("Nguyễn Thị Thu Hương", "Trưởng phòng Lao động - Thương binh và Xã hội huyện"),
 P("H'Bla Êban", "Chủ tịch Hội LHPN xã Ea Kênh"),
 P("Y Thuk Niê", "già làng")],
[Q("21,6%", 21.6, "%"), Q("27,4%", 27.4, "%"), Q("8/16 xã, thị trấn", 8, "xã, thị trấn"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("68 câu lạc bộ phòng, chống bạo lực gia đình", 68, "câu lạc bộ phòng, chống bạo lực gia đình"),
 Q("15 nhóm phòng, chống bạo lực gia đình", 15, "nhóm phòng, chống bạo lực gia đình"),
 Q("26 vụ bạo lực gia đình", 26, "vụ bạo lực gia đình"), Q("9 vụ", 9, "vụ"),
 Q("khoảng 35 chị em", 35, "chị em", "approx"), Q("khoảng 2 triệu đồng", 2000000, "đồng", "approx")],
[D("Kế hoạch", "112", "KH-UBND", "2016-03-15", None, "Kế hoạch số 112/KH-UBND ngày 15/3/2016"),
 D("Nghị định", "48", "2009/NĐ-CP", "2009-05-19", "Chính phủ", "Nghị định số 48/2009/NĐ-CP ngày 19/5/2009"),
 D("Quyết định", "1202", "QĐ-UBND", None, "UBND tỉnh", "Quyết định số 1202/QĐ-UBND"),
 D("Nghị quyết", "11", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết 11-NQ/TW")],
[prov("Đắk Lắk"), com("Ea Kênh"), com("Ea Phê"), com("Ea Kly"), com("Phước An")],
["Báo Đắk Lắk điện tử", "Chính trị - Xã hội › Mặt trận - Đoàn thể", "Đoàn giám sát làm việc với UBND huyện Krông Pắc. Ảnh: Hoàng Linh",
 "Luật Bình đẳng giới"],
["09/09/2016 - 16:45", "năm 2016", "nhiệm kỳ 2015 - 2020", "3 năm", "Năm 2015", "8 tháng năm 2016", "2 tháng một lần"]))
