from lib import *
PAGES = []

PAGES.append(page("b7877-thainguyen-bdv-soket-gcn-2011", """
BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN
Trang chủ » Tin tức - Sự kiện » Dân vận chính quyền
Thứ Sáu, 15/07/2011 - 09:20
Toàn cảnh hội nghị sơ kết.
Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất: cần cả hệ thống chính trị vào cuộc
Ngày 14/7/2011, Ban Dân vận Tỉnh ủy phối hợp với Sở Tài nguyên và Môi trường tỉnh Thái Nguyên tổ chức hội nghị sơ kết 6 tháng đầu năm 2011 công tác vận động nhân dân kê khai, đăng ký, cấp giấy chứng nhận quyền sử dụng đất. Đồng chí Dương Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Hoàng Văn Quyết, Giám đốc Sở Tài nguyên và Môi trường đồng chủ trì hội nghị.
Theo báo cáo, 6 tháng đầu năm toàn tỉnh đã tiếp nhận 18.420 hồ sơ đề nghị cấp giấy chứng nhận lần đầu, cấp được 15.136 giấy chứng nhận với tổng diện tích trên 2.340 ha, đạt 61,5% kế hoạch năm. Công tác đo đạc lập bản đồ địa chính chính quy được triển khai tại 27 xã, thị trấn, đã hoàn thành 412 tờ bản đồ; kinh phí đo đạc hơn 4,6 tỷ đồng do ngân sách tỉnh bảo đảm.
Thực hiện Kế hoạch số 38-KH/TU ngày 12/1/2011 của Tỉnh ủy và Nghị định số 88/2009/NĐ-CP của Chính phủ, Ban Dân vận Tỉnh ủy đã ban hành Hướng dẫn 07, 08-HD/BDVTU về vai trò của tổ dân vận xóm trong tuyên truyền, vận động hộ gia đình kê khai, nộp hồ sơ. Nhiều cơ sở tổ chức "Ngày thứ Bảy kê khai đất đai", cán bộ địa chính về tận nhà văn hóa xóm nhận hồ sơ, giảm đi lại cho dân.
Đồng chí Dương Thị Hạnh phát biểu chỉ đạo hội nghị. Ảnh: Bảo Ngọc
Tại hội nghị, các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Ma Thị Nguyệt, Nguyễn Văn Tiến đã phân tích những vướng mắc ở cơ sở như nguồn gốc đất không rõ ràng, tranh chấp ranh giới giữa các hộ, một bộ phận người dân chưa muốn làm thủ tục vì lo phải nộp tiền sử dụng đất. Ông Lưu Văn Đức, Phó Chủ tịch UBND xã Phú Cường cho biết xã đã hòa giải thành 23 vụ tranh chấp ranh giới đất, nhờ đó 640 hộ hoàn thiện hồ sơ. Bà Hà Thị Sen, Trưởng xóm Khuân Lân, xã La Bằng chia sẻ kinh nghiệm vận động bà con người Dao tự cắm mốc, thống nhất ranh giới trước khi đoàn đo đạc về.
Phát biểu kết luận, đồng chí Dương Thị Hạnh đề nghị 6 tháng cuối năm các cấp ủy, chính quyền tiếp tục coi việc cấp giấy chứng nhận là nhiệm vụ trọng tâm; ban dân vận các cấp chủ động nắm tình hình, kịp thời phát hiện, giải quyết mâu thuẫn ngay từ xóm, không để phát sinh khiếu kiện đông người; phấn đấu cả năm cấp ít nhất 25.000 giấy chứng nhận.
Ngọc Lan
Lượt xem: 1.204
Tin liên quan
- Đại Từ: cấp 3.210 giấy chứng nhận cho hộ trồng chè (30/06/2011)
- Hội nghị giao ban khối dân vận quý II/2011 (08/06/2011)
- Phổ Yên vận động nhân dân hiến đất mở rộng đường xóm (20/05/2011)
- Tập huấn nghiệp vụ cho cán bộ dân vận cơ sở (12/04/2011)
""", "2011-07-15", "Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất: cần cả hệ thống chính trị vào cuộc",
E("so_ket", "2011-H1", "2011-07-14"),
[P("Dương Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Quyết", "Giám đốc Sở Tài nguyên và Môi trường"),
 P("Ma Thị Nguyệt", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Tiến", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lưu Văn Đức", "Phó Chủ tịch UBND xã Phú Cường"),
 P("Hà Thị Sen", "Trưởng xóm Khuân Lân")],
[Q("18.420 hồ sơ", 18420, "hồ sơ"), Q("15.136 giấy chứng nhận", 15136, "giấy chứng nhận"),
 Q("trên 2.340 ha", 2340, "ha", "over"), Q("61,5%", 61.5, "%"), Q("27 xã, thị trấn", 27, "xã, thị trấn"),
 Q("412 tờ bản đồ", 412, "tờ bản đồ"), Q("hơn 4,6 tỷ đồng", 4600000000, "đồng", "over"),
 Q("23 vụ tranh chấp ranh giới đất", 23, "vụ tranh chấp ranh giới đất"), Q("640 hộ", 640, "hộ"),
 Q("ít nhất 25.000 giấy chứng nhận", 25000, "giấy chứng nhận", "over")],
[D("Kế hoạch", "38", "KH/TU", "2011-01-12", "Tỉnh ủy", "Kế hoạch số 38-KH/TU ngày 12/1/2011"),
 D("Nghị định", "88", "2009/NĐ-CP", None, "Chính phủ", "Nghị định số 88/2009/NĐ-CP"),
 D("Hướng dẫn", "07", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU"),
 D("Hướng dẫn", "08", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn 07, 08-HD/BDVTU")],
[prov("Thái Nguyên"), com("Phú Cường"), com("La Bằng")],
["BAN DÂN VẬN TỈNH ỦY THÁI NGUYÊN", "Trang chủ » Tin tức - Sự kiện » Dân vận chính quyền", "Toàn cảnh hội nghị sơ kết.",
 "Đồng chí Dương Thị Hạnh phát biểu chỉ đạo hội nghị. Ảnh: Bảo Ngọc", "Ngày thứ Bảy kê khai đất đai", "Lượt xem: 1.204"],
["Thứ Sáu, 15/07/2011 - 09:20", "6 tháng đầu năm 2011", "6 tháng cuối năm", "Lượt xem: 1.204"]))

PAGES.append(page("b7878-nghean-nghiadan-giaoban-q3-2012", """
Cổng thông tin điện tử huyện Nghĩa Đàn - tỉnh Nghệ An
Trang chủ | Tin tức | Hoạt động các ban Đảng
Cập nhật: 14:05, 09/10/2012 (GMT+7)
Nghĩa Đàn: gỡ vướng đo đạc, cấp giấy chứng nhận đất nông, lâm trường bàn giao
Chiều 8/10, Ban Dân vận Huyện ủy Nghĩa Đàn tổ chức hội nghị giao ban khối dân vận quý III năm 2012, tập trung đánh giá công tác vận động nhân dân phối hợp đo đạc địa chính, cấp giấy chứng nhận quyền sử dụng đất trên diện tích các nông, lâm trường trả về địa phương. Đồng chí Nguyễn Thị Lan, HUV, Trưởng Ban Dân vận Huyện ủy chủ trì.
Cán bộ địa chính xã Nghĩa Lâm đo đạc thửa đất cho hộ dân. Ảnh: Văn Hùng
Báo cáo tại giao ban cho biết, thực hiện Kế hoạch số 112/KH-UBND ngày 15/6/2012 của UBND huyện, đơn vị tư vấn đã đo đạc xong 1.846 ha đất do Nông trường Tây Hiếu bàn giao, lập 96 tờ bản đồ địa chính cho 1.350 hộ. Tuy nhiên đến nay mới có 571 hộ hoàn thiện hồ sơ, đạt 42,3%; khoảng 190 hộ còn tranh chấp ranh giới hoặc chưa thống nhất diện tích với kết quả đo. Tại bộ phận một cửa, mỗi ngày tiếp nhận từ 40 đến 50 hồ sơ đăng ký biến động.
Khối dân vận đã thực hiện Công văn số 245-CV/BDVHU về việc cử cán bộ bám xóm, phối hợp Mặt trận và các đoàn thể tổ chức 38 buổi họp xóm giải thích chính sách. Ông Lô Văn Thắm, Chủ tịch UBND xã Nghĩa Lâm cho biết người dân tộc Thái trong xã nhiều năm canh tác trên đất lâm trường nay rất phấn khởi khi được đo đạc, nhưng lo ngại phải nộp tiền sử dụng đất cao. Ông Vi Văn Ký, Trưởng phòng Tài nguyên và Môi trường huyện giải đáp: hộ trực tiếp sản xuất được giao đất trong hạn mức không phải nộp tiền, phần vượt hạn mức thuê theo quy định.
Bà Lang Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Nghĩa Hồng đề nghị sớm công khai danh sách hộ được giao đất tại nhà văn hóa xóm để bà con theo dõi, tránh thắc mắc. Đại diện Hội Nông dân huyện kiến nghị ưu tiên đo đạc trước cho 12 xóm có nhiều hộ nghèo.
Kết luận giao ban, đồng chí Nguyễn Thị Lan giao các tổ công tác bám sát từng xóm, mỗi đảng viên phụ trách vận động từ 5 đến 7 hộ; phấn đấu đến hết quý IV/2012 hoàn thiện ít nhất 80% hồ sơ; kịp thời báo cáo Thường trực Huyện ủy những vụ việc vượt thẩm quyền. Huyện ủy cũng sẽ sơ kết việc thực hiện Nghị quyết 04, 05-NQ/HU trong tháng 11.
Theo kế hoạch, trong quý IV đơn vị tư vấn sẽ đo đạc tiếp 620 ha còn lại tại xã Nghĩa Hồng; Mặt trận và các đoàn thể huyện được giao giám sát việc niêm yết công khai kết quả đo đạc ở từng xóm, tiếp nhận ý kiến của nhân dân qua hòm thư góp ý đặt tại nhà văn hóa.
Văn Hùng
Tin khác
- Nghĩa Đàn: 23 xóm được công nhận xóm văn hóa (28/09/2012)
- Hội nghị giao ban khối dân vận quý II/2012 (06/07/2012)
- Xã Nghĩa Hồng hoàn thành dồn điền đổi thửa (15/06/2012)
- Nghĩa Đàn triển khai chương trình cứng hóa kênh mương (02/05/2012)
""", "2012-10-09", "Nghĩa Đàn: gỡ vướng đo đạc, cấp giấy chứng nhận đất nông, lâm trường bàn giao",
E("giao_ban", "2012-Q3", "2012-10-08"),
[P("Nguyễn Thị Lan", "HUV", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lô Văn Thắm", "Chủ tịch UBND xã Nghĩa Lâm"),
 P("Vi Văn Ký", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Lang Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Nghĩa Hồng")],
[Q("1.846 ha", 1846, "ha"), Q("96 tờ bản đồ địa chính", 96, "tờ bản đồ địa chính"), Q("1.350 hộ", 1350, "hộ"),
 Q("571 hộ", 571, "hộ"), Q("42,3%", 42.3, "%"), Q("khoảng 190 hộ", 190, "hộ", "approx"),
 Q("từ 40", 40, "hồ sơ đăng ký biến động", "approx"), Q("50 hồ sơ đăng ký biến động", 50, "hồ sơ đăng ký biến động", "approx"),
 Q("38 buổi họp xóm", 38, "buổi họp xóm"), Q("12 xóm", 12, "xóm"), Q("620 ha", 620, "ha"),
 Q("từ 5", 5, "hộ", "approx"), Q("7 hộ", 7, "hộ", "approx"), Q("ít nhất 80%", 80, "%", "over")],
[D("Kế hoạch", "112", "KH-UBND", "2012-06-15", "UBND huyện", "Kế hoạch số 112/KH-UBND ngày 15/6/2012"),
 D("Công văn", "245", "CV/BDVHU", None, None, "Công văn số 245-CV/BDVHU"),
 D("Nghị quyết", "04", "NQ/HU", None, None, "Nghị quyết 04, 05-NQ/HU"),
 D("Nghị quyết", "05", "NQ/HU", None, None, "Nghị quyết 04, 05-NQ/HU")],
[prov("Nghệ An"), com("Nghĩa Lâm"), com("Nghĩa Hồng")],
["Cổng thông tin điện tử huyện Nghĩa Đàn - tỉnh Nghệ An", "Trang chủ | Tin tức | Hoạt động các ban Đảng",
 "Cán bộ địa chính xã Nghĩa Lâm đo đạc thửa đất cho hộ dân. Ảnh: Văn Hùng", "Nông trường Tây Hiếu"],
["Cập nhật: 14:05, 09/10/2012 (GMT+7)", "quý III năm 2012", "quý IV/2012"]))

PAGES.append(page("b7879-hatinh-dondien-tongket-2013", """
BÁO HÀ TĨNH ĐIỆN TỬ
Chính trị › Dân vận
27-12-2013 16:30
Hà Tĩnh cấp đổi gần 95 nghìn giấy chứng nhận sau dồn điền đổi thửa
Ảnh: Quang cảnh hội nghị tổng kết.
(Baohatinh.vn) - Sáng 26/12, Ban Chỉ đạo dồn điền đổi thửa, xây dựng cánh đồng mẫu lớn tỉnh tổ chức hội nghị tổng kết công tác năm 2013, trong đó có nội dung vận động nhân dân chỉnh lý bản đồ địa chính, cấp đổi giấy chứng nhận quyền sử dụng đất sau dồn điền. Đồng chí Lê Đình Sơn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì.
Năm 2013, toàn tỉnh có 112 xã hoàn thành dồn điền đổi thửa, bình quân số thửa giảm từ 6,5 xuống 1,8 thửa/hộ. Các địa phương đã đo đạc, chỉnh lý 1.037 tờ bản đồ, cấp đổi 94.560 giấy chứng nhận, đạt 89% số hộ phải cấp đổi. Nhân dân tự nguyện hiến gần 310 ha đất để mở 1.245 km đường giao thông nội đồng và kênh mương; tổng kinh phí hỗ trợ của tỉnh là 38,7 tỷ đồng.
Theo đồng chí Trần Thị Thanh Hà, Phó Trưởng Ban Dân vận Tỉnh ủy, thành công của đợt dồn điền lần này là nhờ làm đúng Nghị quyết 05, 06-NQ/TU của Ban Thường vụ Tỉnh ủy: bàn bạc công khai từ chi bộ, họp dân đến khi thống nhất mới làm, phương án được hơn 90% hộ đồng ý mới trình duyệt. Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 61-KH/BDV hướng dẫn các tổ dân vận thôn nắm tâm tư của người dân trong từng bước.
Người dân xã Thạch Ngọc nhận giấy chứng nhận mới sau dồn điền.
Các đồng chí Lê Đình Cường, Phan Thị Nga - Phó Chủ tịch UBND huyện Can Lộc chia sẻ, huyện đã tổ chức 146 cuộc đối thoại ở thôn, giải quyết dứt điểm 57/61 đơn thư liên quan đến dồn điền. Ông Nguyễn Văn Thuần, Bí thư Chi bộ thôn Trung Thành, xã Thạch Ngọc, kể lại chi bộ đã phải họp 7 lần mới đi đến thống nhất phương án chia ruộng.
Hội nghị cũng chỉ ra tồn tại: việc cấp đổi giấy ở một số huyện còn chậm do thiếu cán bộ địa chính; Quyết định số 2467/QĐ-UBND ngày 20/8/2013 của UBND tỉnh về định mức hỗ trợ đo đạc chưa được triển khai đồng bộ.
Ghi nhận tại xã Thạch Ngọc, ruộng sau dồn điền liền bờ, thuận lợi cho đưa máy móc vào sản xuất. Toàn xã đã cấp đổi 1.420 giấy chứng nhận cho 1.386 hộ; chi phí đo đạc, in giấy do ngân sách chi trả nên người dân không phải đóng góp. Bà Nguyễn Thị Hòe ở thôn Trung Thành phấn khởi: "Ruộng gần, ruộng to, lại có giấy mới nên nhà nào cũng yên tâm đầu tư".
Kết luận hội nghị, đồng chí Lê Đình Sơn đề nghị năm 2014 tiếp tục dồn điền ở 38 xã còn lại, hoàn thành cấp đổi giấy chứng nhận trước ngày 30/6/2014. UBND tỉnh tặng bằng khen cho 25 tập thể, 40 cá nhân.
Thu Hà - Đình Nhất
Bài viết liên quan
- Can Lộc: xong dồn điền đổi thửa ở 21 xã (14/11/2013)
- Cẩm Xuyên nâng cao hiệu quả công tác dân vận chính quyền (30/10/2013)
- Hội nghị giao ban dân vận quý III (07/10/2013)
""", "2013-12-27", "Hà Tĩnh cấp đổi gần 95 nghìn giấy chứng nhận sau dồn điền đổi thửa",
E("tong_ket", "2013", "2013-12-26"),
[P("Lê Đình Sơn", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo"),
 P("Trần Thị Thanh Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lê Đình Cường", "Phó Chủ tịch UBND huyện Can Lộc"),
 P("Phan Thị Nga", "Phó Chủ tịch UBND huyện Can Lộc"),
 P("Nguyễn Văn Thuần", "Bí thư Chi bộ thôn Trung Thành"),
 P("Nguyễn Thị Hòe")],
[Q("gần 95 nghìn giấy chứng nhận", 95000, "giấy chứng nhận", "approx"), Q("112 xã", 112, "xã"),
 Q("6,5", 6.5, "thửa"), Q("1,8 thửa/hộ", 1.8, "thửa"),
 Q("1.037 tờ bản đồ", 1037, "tờ bản đồ"), Q("94.560 giấy chứng nhận", 94560, "giấy chứng nhận"), Q("89%", 89, "%"),
 Q("gần 310 ha", 310, "ha", "approx"), Q("1.245 km", 1245, "km"), Q("38,7 tỷ đồng", 38700000000, "đồng"),
 Q("hơn 90%", 90, "%", "over"), Q("146 cuộc đối thoại", 146, "cuộc đối thoại"), Q("57/61 đơn thư", 57, "đơn thư"),
 Q("1.420 giấy chứng nhận", 1420, "giấy chứng nhận"), Q("1.386 hộ", 1386, "hộ"),
 Q("38 xã", 38, "xã"), Q("25 tập thể", 25, "tập thể"), Q("40 cá nhân", 40, "cá nhân")],
[D("Nghị quyết", "05", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 05, 06-NQ/TU"),
 D("Nghị quyết", "06", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết 05, 06-NQ/TU"),
 D("Kế hoạch", "61", "KH/BDV", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch số 61-KH/BDV"),
 D("Quyết định", "2467", "QĐ-UBND", "2013-08-20", "UBND tỉnh", "Quyết định số 2467/QĐ-UBND ngày 20/8/2013")],
[prov("Hà Tĩnh"), com("Thạch Ngọc")],
["BÁO HÀ TĨNH ĐIỆN TỬ", "Chính trị › Dân vận", "Ảnh: Quang cảnh hội nghị tổng kết.", "(Baohatinh.vn)",
 "Người dân xã Thạch Ngọc nhận giấy chứng nhận mới sau dồn điền.", "Ban Chỉ đạo dồn điền đổi thửa, xây dựng cánh đồng mẫu lớn tỉnh"],
["27-12-2013 16:30", "năm 2013", "7 lần", "năm 2014", "30/6/2014"]))

PAGES.append(page("b7880-laocai-bdv-taphuan-diachinh-2014", """
Ban Dân vận Tỉnh ủy Lào Cai
Bạn đang ở: Trang chủ / Hoạt động / Tập huấn, bồi dưỡng
08:40 | 22/05/2014
Tập huấn kỹ năng vận động đồng bào vùng cao tham gia đo đạc địa chính
Trong 2 ngày 20 và 21/5/2014, Ban Dân vận Tỉnh ủy Lào Cai phối hợp với Sở Tài nguyên và Môi trường tổ chức lớp tập huấn năm 2014 về kỹ năng dân vận trong đo đạc bản đồ địa chính, đăng ký đất đai và cấp giấy chứng nhận quyền sử dụng đất cho 120 học viên là cán bộ dân vận, công chức địa chính và trưởng thôn của 37 xã vùng cao.
Khai mạc lớp học, đồng chí Sùng A Páo, Phó Trưởng Ban Dân vận Tỉnh ủy nhấn mạnh: ở vùng đồng bào Mông, Dao, ranh giới nương rẫy chủ yếu theo tập quán, có gia đình canh tác trên nhiều sườn đồi cách xa nhau, nên nếu cán bộ không giải thích kỹ thì rất dễ phát sinh tranh chấp. Năm 2013 toàn tỉnh mới có khoảng 68% hộ ở vùng cao được cấp giấy chứng nhận đất sản xuất nông nghiệp.
Học viên thực hành xác định mốc ranh giới thửa đất.
Các báo cáo viên của Sở Tài nguyên và Môi trường đã giới thiệu những điểm mới của Luật Đất đai số 45/2013/QH13 có hiệu lực từ ngày 1/7/2014 và Thông tư số 25/2014/TT-BTNMT của Bộ Tài nguyên và Môi trường quy định về bản đồ địa chính; hướng dẫn trình tự lập biên bản xác định ranh giới, mốc giới thửa đất, niêm yết công khai kết quả đo đạc tại nhà văn hóa thôn trong 15 ngày. Ông Đỗ Quang Minh, Phó Giám đốc Văn phòng Đăng ký quyền sử dụng đất tỉnh cho biết năm nay tỉnh bố trí 1,2 tỷ đồng để đo đạc bổ sung cho 9 xã biên giới.
Chia sẻ tại lớp học, bà Lý Thị Mẩy, Chủ tịch Hội LHPN xã Tả Van kể chuyện vận động hai anh em người Dao trong thôn chia lại 3 mảnh nương sau nhiều năm không nhìn mặt nhau. Ông Vàng Văn Chư, Trưởng thôn Sả Séng, xã Tả Phìn, đề nghị đoàn đo đạc có người biết tiếng Mông đi cùng và nên đo vào tháng nông nhàn. Anh Giàng A Lử, công chức địa chính xã Bản Khoang, cho biết xã còn 214 thửa đất chưa xác định được chủ sử dụng.
Bế mạc lớp học, đồng chí Sùng A Páo đề nghị học viên vận dụng "4 nắm" (nắm dân, nắm đất, nắm tập quán, nắm người có uy tín) và thực hiện tốt Hướng dẫn số 14-HD/BDVTU ngày 5/3/2014 của Ban Dân vận Tỉnh ủy, góp phần hoàn thành việc cấp giấy cho trên 95% hộ vùng cao vào năm 2015.
Theo kế hoạch, năm nay Ban Dân vận Tỉnh ủy sẽ mở thêm 2 lớp tập huấn tại các huyện Si Ma Cai và Mường Khương, đồng thời biên soạn 5.000 cuốn sổ tay pháp luật đất đai bằng tiếng Việt và tiếng Mông để cấp phát đến các thôn.
Mai Hương
Các tin khác
- Bát Xát: người có uy tín vận động dân hiến đất làm đường (12/05/2014)
- Giao ban khối dân vận quý I/2014 (15/04/2014)
- Sa Pa ra mắt tổ hòa giải ở thôn (20/03/2014)
""", "2014-05-22", "Tập huấn kỹ năng vận động đồng bào vùng cao tham gia đo đạc địa chính",
E("tap_huan", "2014", "2014-05-20"),
[P("Sùng A Páo", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Quang Minh", "Phó Giám đốc Văn phòng Đăng ký quyền sử dụng đất tỉnh"),
 P("Lý Thị Mẩy", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Vàng Văn Chư", "Trưởng thôn Sả Séng"),
 P("Giàng A Lử", "công chức địa chính xã Bản Khoang")],
[Q("120 học viên", 120, "học viên"), Q("37 xã vùng cao", 37, "xã vùng cao"), Q("khoảng 68%", 68, "%", "approx"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("9 xã biên giới", 9, "xã biên giới"), Q("3 mảnh nương", 3, "mảnh nương"),
 Q("214 thửa đất", 214, "thửa đất"), Q("trên 95%", 95, "%", "over"),
 Q("2 lớp tập huấn", 2, "lớp tập huấn"), Q("5.000 cuốn sổ tay pháp luật đất đai", 5000, "cuốn sổ tay pháp luật đất đai")],
[D("Luật", "45", "2013/QH13", None, None, "Luật Đất đai số 45/2013/QH13"),
 D("Thông tư", "25", "2014/TT-BTNMT", None, "Bộ Tài nguyên và Môi trường", "Thông tư số 25/2014/TT-BTNMT"),
 D("Hướng dẫn", "14", "HD/BDVTU", "2014-03-05", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 14-HD/BDVTU ngày 5/3/2014")],
[prov("Lào Cai"), com("Tả Van"), com("Tả Phìn"), com("Bản Khoang")],
["Ban Dân vận Tỉnh ủy Lào Cai", "Bạn đang ở: Trang chủ / Hoạt động / Tập huấn, bồi dưỡng",
 "Học viên thực hành xác định mốc ranh giới thửa đất.", "4 nắm", "nắm dân, nắm đất, nắm tập quán, nắm người có uy tín"],
["08:40 | 22/05/2014", "2 ngày", "15 ngày", "1/7/2014", "4 nắm", "Năm 2013", "năm 2015"]))

PAGES.append(page("b7881-sonla-hdnd-giamsat-gcn-2015", """
HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA
Trang chủ :: Hoạt động giám sát
Ngày đăng 18/09/2015 | 10:15
Giám sát việc cấp giấy chứng nhận quyền sử dụng đất tại huyện Mai Sơn
Thực hiện chương trình giám sát năm 2015, ngày 16/9, Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh Sơn La do đồng chí Lò Văn Piêng, Tỉnh ủy viên, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách, pháp luật về đăng ký đất đai, cấp giấy chứng nhận quyền sử dụng đất tại huyện Mai Sơn. Cùng dự có đồng chí Cầm Thị Ọi, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Ban Dân vận Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh.
Đoàn giám sát làm việc tại UBND huyện Mai Sơn.
Theo báo cáo của UBND huyện do ông Tòng Văn Pằn, Phó Chủ tịch UBND huyện trình bày, từ năm 2011 đến tháng 8/2015, huyện đã cấp 21.874 giấy chứng nhận cho hộ gia đình, cá nhân với diện tích 14.620 ha; riêng đất ở đã cấp được 93,4% số thửa, đất sản xuất nông nghiệp mới đạt 71%. Huyện hoàn thành đo đạc bản đồ địa chính ở 14/22 xã, thị trấn; còn 8 xã chưa có bản đồ chính quy phải dùng bản đồ giải thửa cũ.
Nguyên nhân chậm là do nhiều hộ dân tộc Thái, Mông canh tác trên đất có nguồn gốc của các nông trường; việc bàn giao đất theo Quyết định số 1096/QĐ-UBND ngày 21/5/2012 của UBND tỉnh còn chậm; một số hộ chưa nộp được tiền sử dụng đất nên chưa nhận giấy. Hiện còn 1.306 giấy chứng nhận đã ký nhưng người dân chưa đến nhận.
Tại buổi giám sát, bà Quàng Thị Ún, Bí thư Chi bộ bản Nà Sản, xã Chiềng Mung cho biết bản đã được đo lại nhưng 46 hộ vẫn chờ giấy hơn 2 năm. Ông Lường Văn Khay, Chủ tịch Ủy ban MTTQ xã Hát Lót, kiến nghị giảm bớt thủ tục, công bố rõ thời gian giải quyết hồ sơ để Mặt trận giám sát. Đại diện Chi nhánh Văn phòng đăng ký đất đai huyện giải trình: mỗi tháng chi nhánh giải quyết khoảng 700 hồ sơ, quá tải so với 6 biên chế.
Kết luận buổi giám sát, đồng chí Lò Văn Piêng đề nghị UBND huyện rà soát toàn bộ hồ sơ tồn đọng, thông báo đến từng hộ; thực hiện đúng Nghị định số 43/2014/NĐ-CP và Chỉ thị 02, 03/CT-UBND của UBND tỉnh; phối hợp với Mặt trận, các đoàn thể tuyên truyền để người dân hiểu quyền lợi khi có giấy chứng nhận. Đoàn sẽ tổng hợp kết quả, báo cáo tại kỳ họp thứ 12 HĐND tỉnh khóa XIII.
Cùng ngày, Đoàn đã khảo sát thực tế tại xã Chiềng Mung, kiểm tra ngẫu nhiên 30 hồ sơ cấp giấy lưu tại UBND xã. Theo chương trình, trong tháng 10/2015 Đoàn tiếp tục giám sát tại các huyện Yên Châu, Sông Mã.
Lò Thị Mai
Tin liên quan
- Giám sát thực hiện chính sách hỗ trợ đất sản xuất tại Thuận Châu (10/09/2015)
- Thường trực HĐND tỉnh tiếp xúc cử tri xã Mường Bon (25/08/2015)
- Ban Dân tộc HĐND tỉnh khảo sát tại Sốp Cộp (12/08/2015)
""", "2015-09-18", "Giám sát việc cấp giấy chứng nhận quyền sử dụng đất tại huyện Mai Sơn",
E("giam_sat", "2015", "2015-09-16"),
[P("Lò Văn Piêng", "Tỉnh ủy viên", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"),
 P("Cầm Thị Ọi", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Tòng Văn Pằn", "Phó Chủ tịch UBND huyện"),
 P("Quàng Thị Ún", "Bí thư Chi bộ bản Nà Sản"),
 P("Lường Văn Khay", "Chủ tịch Ủy ban MTTQ xã Hát Lót")],
[Q("21.874 giấy chứng nhận", 21874, "giấy chứng nhận"), Q("14.620 ha", 14620, "ha"), Q("93,4%", 93.4, "%"),
 Q("71%", 71, "%"), Q("14/22 xã, thị trấn", 14, "xã, thị trấn"), Q("8 xã", 8, "xã"),
 Q("1.306 giấy chứng nhận", 1306, "giấy chứng nhận"), Q("46 hộ", 46, "hộ"),
 Q("khoảng 700 hồ sơ", 700, "hồ sơ", "approx"), Q("6 biên chế", 6, "biên chế"),
 Q("30 hồ sơ", 30, "hồ sơ")],
[D("Quyết định", "1096", "QĐ-UBND", "2012-05-21", "UBND tỉnh", "Quyết định số 1096/QĐ-UBND ngày 21/5/2012"),
 D("Nghị định", "43", "2014/NĐ-CP", None, None, "Nghị định số 43/2014/NĐ-CP"),
 D("Chỉ thị", "02", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 02, 03/CT-UBND"),
 D("Chỉ thị", "03", "CT-UBND", None, "UBND tỉnh", "Chỉ thị 02, 03/CT-UBND")],
[prov("Sơn La"), com("Chiềng Mung"), com("Hát Lót")],
["HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", "Trang chủ :: Hoạt động giám sát", "Đoàn giám sát làm việc tại UBND huyện Mai Sơn."],
["Ngày đăng 18/09/2015 | 10:15", "năm 2015", "tháng 8/2015", "hơn 2 năm", "kỳ họp thứ 12", "khóa XIII"]))

PAGES.append(page("b7882-quangnam-taygiang-doithoai-2016", """
Báo Quảng Nam
Thời sự > Miền núi
05.08.2016 | 15:45
Đồng bào Cơ Tu ở Tây Giang đối thoại về đo đạc, giao đất rừng
Người dân xã A Xan đặt câu hỏi tại buổi đối thoại.
Sáng 4/8, UBND huyện Tây Giang phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức buổi đối thoại năm 2016 giữa người đứng đầu chính quyền với nhân dân các xã A Xan, Ch'ơm, Ga Ri về công tác đo đạc địa chính, giao đất, giao rừng và cấp giấy chứng nhận quyền sử dụng đất. Ông Bríu Pô, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện chủ trì đối thoại, có hơn 200 người dân và già làng, trưởng thôn tham dự.
Mở đầu, ông Pơloong Đức, Trưởng phòng Tài nguyên và Môi trường huyện thông tin: thực hiện Dự án đo đạc, lập hồ sơ địa chính theo Quyết định số 3018/QĐ-UBND ngày 9/9/2015 của UBND tỉnh Quảng Nam, huyện đã đo đạc 6.730 ha đất sản xuất và đất rừng của 3 xã, lập hồ sơ cho 1.112 hộ. Đến nay đã cấp 845 giấy chứng nhận, còn khoảng 260 hồ sơ vướng do đất rẫy luân canh nằm trong quy hoạch rừng phòng hộ.
Nhiều ý kiến của bà con được nêu thẳng thắn. Già làng Clâu Nhim, thôn Aur, xã A Xan, hỏi vì sao đất rẫy ông bà để lại nay lại nằm trong rừng phòng hộ. Bà A Lăng Thị Hiên, Phó Chủ tịch UBND xã A Xan, phản ánh một số hộ nhận giấy nhưng diện tích ghi trên giấy ít hơn thực tế canh tác. Anh Zơ Râm Thuận, thôn Ga Lêê, xã Ga Ri, đề nghị huyện cho vay vốn để trồng rừng trên đất được giao.
Trả lời bà con, ông Bríu Pô cho biết huyện sẽ đề nghị tỉnh điều chỉnh ranh giới rừng phòng hộ, đưa khoảng 420 ha đất rẫy ổn định ra ngoài để giao cho dân; những trường hợp sai diện tích được đo lại miễn phí. Mỗi hộ nhận đất rừng sản xuất được hỗ trợ 200.000 đồng/ha/năm để bảo vệ rừng, theo Nghị quyết số 12/2015/NQ-HĐND của HĐND tỉnh. Ông Hôih Nhuận, Trưởng Ban Dân vận Huyện ủy, đề nghị các già làng, người có uy tín tiếp tục vận động con cháu giữ rừng, không phá rừng làm rẫy mới.
Theo ông Hôih Nhuận, năm 2016 khối dân vận huyện chọn công tác giao đất, giao rừng làm nội dung của phong trào thi đua "Dân vận khéo"; 10 đảng viên của các chi bộ thôn được phân công bám từng nhóm hộ, giúp bà con kê khai, ký biên bản xác định ranh giới. Sau đối thoại, các xã sẽ họp thôn để thông báo kết quả trả lời đến từng hộ, nhất là những hộ vắng mặt.
Buổi đối thoại kết thúc với 27 ý kiến được giải đáp tại chỗ; 9 ý kiến được huyện ghi nhận, giao phòng chuyên môn trả lời bằng văn bản trước ngày 30/8/2016.
Alăng Ngước
Tin cùng chuyên mục
- Nam Giang giao 1.500 ha rừng cho cộng đồng thôn (28/07/2016)
- Phước Sơn hỗ trợ đất sản xuất cho hộ nghèo (19/07/2016)
- Đông Giang: người Cơ Tu giữ rừng nguyên sinh (05/07/2016)
""", "2016-08-05", "Đồng bào Cơ Tu ở Tây Giang đối thoại về đo đạc, giao đất rừng",
E("doi_thoai", "2016", "2016-08-04"),
[P("Bríu Pô", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Pơloong Đức", "Trưởng phòng Tài nguyên và Môi trường huyện"),
 P("Clâu Nhim", "Già làng"),
 P("A Lăng Thị Hiên", "Phó Chủ tịch UBND xã A Xan"),
 P("Zơ Râm Thuận"),
 P("Hôih Nhuận", "Trưởng Ban Dân vận Huyện ủy")],
[Q("hơn 200 người dân", 200, "người dân", "over"), Q("6.730 ha", 6730, "ha"), Q("3 xã", 3, "xã"),
 Q("1.112 hộ", 1112, "hộ"), Q("845 giấy chứng nhận", 845, "giấy chứng nhận"), Q("khoảng 260 hồ sơ", 260, "hồ sơ", "approx"),
 Q("khoảng 420 ha", 420, "ha", "approx"), Q("200.000 đồng/ha/năm", 200000, "đồng"),
 Q("10 đảng viên", 10, "đảng viên"), Q("27 ý kiến", 27, "ý kiến"), Q("9 ý kiến", 9, "ý kiến")],
[D("Quyết định", "3018", "QĐ-UBND", "2015-09-09", "UBND tỉnh Quảng Nam", "Quyết định số 3018/QĐ-UBND ngày 9/9/2015"),
 D("Nghị quyết", "12", "2015/NQ-HĐND", None, "HĐND tỉnh", "Nghị quyết số 12/2015/NQ-HĐND")],
[prov("Quảng Nam"), com("A Xan"), com("Ch'ơm"), com("Ga Ri")],
["Báo Quảng Nam", "Thời sự > Miền núi", "Người dân xã A Xan đặt câu hỏi tại buổi đối thoại.",
 "Dự án đo đạc, lập hồ sơ địa chính", "Dân vận khéo"],
["05.08.2016 | 15:45", "năm 2016", "30/8/2016"]))
