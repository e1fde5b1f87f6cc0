from lib import *
PAGES = []

PAGES.append(page("b7157-laichau-btctu-tongket-2010", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ > Chính trị > Xây dựng Đảng
Thứ Sáu, 14/01/2011 - 08:30
Toàn cảnh hội nghị. Ảnh: Quốc Việt
Lai Châu: Tổng kết công tác tổ chức xây dựng Đảng năm 2010
Ngày 13/1, Ban Tổ chức Tỉnh ủy Lai Châu tổ chức hội nghị tổng kết công tác tổ chức xây dựng Đảng năm 2010, triển khai nhiệm vụ năm 2011. Đồng chí Lò Văn Pấng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì hội nghị. Dự hội nghị có đồng chí Giàng A Tính, Phó Bí thư Thường trực Tỉnh ủy.
Năm 2010 là năm toàn Đảng bộ tập trung lãnh đạo tổ chức đại hội đảng bộ các cấp tiến tới Đại hội XI của Đảng theo tinh thần Chỉ thị số 37-CT/TW ngày 30/6/2009 của Bộ Chính trị. Toàn tỉnh đã tổ chức thành công đại hội ở 412 chi bộ trực thuộc đảng ủy cơ sở, 118 tổ chức cơ sở đảng và 8 đảng bộ trực thuộc Tỉnh ủy, bảo đảm đúng tiến độ. Đại hội đại biểu Đảng bộ tỉnh lần thứ XII đã bầu Ban Chấp hành khóa mới gồm 45 đồng chí, trong đó có 9 đồng chí là nữ và 21 đồng chí là người dân tộc thiểu số.
Ở cấp cơ sở, tỷ lệ cấp ủy viên là người dân tộc thiểu số đạt 61,4%; số bí thư đồng thời là chủ tịch UBND xã tăng lên 14 xã. Việc bầu trực tiếp bí thư tại đại hội được thí điểm ở 5 đảng bộ xã, kết quả đều trúng cử ngay lần đầu.
Công tác phát triển đảng viên có chuyển biến rõ, cả năm kết nạp 1.126 đảng viên mới, nâng tổng số đảng viên toàn Đảng bộ lên hơn 14.700 đồng chí. Tuy vậy vẫn còn 3 bản chưa có đảng viên, 27 bản chưa có chi bộ riêng, chủ yếu ở vùng cao biên giới huyện Mường Tè và Sìn Hồ.
Ban Tổ chức Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Quy định số 05-QĐ/TU về phân cấp quản lý cán bộ và kế hoạch số 12-KH/TU về quy hoạch cán bộ lãnh đạo, quản lý giai đoạn 2010 - 2015; mở 16 lớp bồi dưỡng cho gần 1.300 cấp ủy viên cơ sở mới trúng cử với tổng kinh phí khoảng 850 triệu đồng.
Tại hội nghị, đồng chí Tao Văn Hương, Bí thư Đảng ủy xã Bản Hon, chia sẻ: sau đại hội, Đảng ủy phân công mỗi đồng chí cấp ủy viên phụ trách một bản, nhờ đó đã vận động được 11 quần chúng ưu tú là người Lự, người Dao đứng vào hàng ngũ của Đảng. Bà Vương Thị Hoa, Phó Trưởng Ban Tổ chức Tỉnh ủy, thông tin thêm về kết quả rà soát hồ sơ đảng viên ở xã Mường Kim.
Phát biểu chỉ đạo, đồng chí Giàng A Tính ghi nhận những kết quả trong công tác chuẩn bị nhân sự và tổ chức đại hội; yêu cầu năm 2011 tập trung kiện toàn cấp ủy còn thiếu, chuẩn bị tốt nhân sự bầu cử đại biểu Quốc hội và HĐND các cấp, xóa "bản trắng" đảng viên trong năm.
Dịp này, 7 tập thể và 15 cá nhân được Ban Thường vụ Tỉnh ủy tặng giấy khen.
Quốc Việt
Lượt đọc: 1.204
Tin liên quan
- Tam Đường: bầu bổ sung 2 Ủy viên Ban Thường vụ Huyện ủy (06/01/2011)
- Lai Châu kết nạp 1.126 đảng viên mới (30/12/2010)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 3 (24/12/2010)
""", "2011-01-14", "Lai Châu: Tổng kết công tác tổ chức xây dựng Đảng năm 2010",
E("tong_ket", "2010", "2011-01-13"),
[P("Lò Văn Pấng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Giàng A Tính", "Phó Bí thư Thường trực Tỉnh ủy"),
 P("Tao Văn Hương", "Bí thư Đảng ủy xã Bản Hon"),
 P("Vương Thị Hoa", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("412 chi bộ", 412, "chi bộ"), Q("118 tổ chức cơ sở đảng", 118, "tổ chức cơ sở đảng"), Q("8 đảng bộ", 8, "đảng bộ"),
 Q("45 đồng chí", 45, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"), Q("21 đồng chí", 21, "đồng chí"),
 Q("61,4%", 61.4, "%"), Q("14 xã", 14, "xã"), Q("5 đảng bộ xã", 5, "đảng bộ xã"),
 Q("1.126 đảng viên mới", 1126, "đảng viên mới"), Q("hơn 14.700 đồng chí", 14700, "đồng chí", "over"),
 Q("3 bản", 3, "bản"), Q("27 bản", 27, "bản"), Q("16 lớp", 16, "lớp"),
 Q("gần 1.300 cấp ủy viên cơ sở mới", 1300, "cấp ủy viên cơ sở mới", "approx"),
 Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"), Q("11 quần chúng ưu tú", 11, "quần chúng ưu tú"),
 Q("7 tập thể", 7, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "37", "CT/TW", "2009-06-30", "Bộ Chính trị", "Chỉ thị số 37-CT/TW ngày 30/6/2009"),
 D("Quy định", "05", "QĐ/TU", None, "Ban Thường vụ Tỉnh ủy", "Quy định số 05-QĐ/TU"),
 D("Kế hoạch", "12", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 12-KH/TU")],
[prov("Lai Châu"), com("Bản Hon"), com("Mường Kim")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Chính trị > Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Quốc Việt", "Lượt đọc: 1.204",
 "bản trắng"],
["Thứ Sáu, 14/01/2011 - 08:30", "45 đồng chí", "9 đồng chí", "21 đồng chí", "hơn 14.700 đồng chí", "năm 2010", "năm 2011",
 "lần thứ XII", "giai đoạn 2010 - 2015", "Lượt đọc: 1.204"]))

PAGES.append(page("b7158-hatinh-btctu-soket-2012", """
Hà Tĩnh Online - Báo điện tử của Đảng bộ, chính quyền và nhân dân Hà Tĩnh
Chính trị - Xã hội / Xây dựng Đảng
Cập nhật: 15:42, 20/07/2012 (GMT+7)
Kiện toàn cấp ủy sau đại hội: không để khuyết vị trí chủ chốt
(HTO) - Sáng 19/7, Ban Tổ chức Tỉnh ủy Hà Tĩnh tổ chức hội nghị sơ kết công tác tổ chức xây dựng Đảng 6 tháng đầu năm 2012, bàn giải pháp thực hiện nhiệm vụ 6 tháng cuối năm. Bà Phan Thị Lụa, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy chủ trì; cùng dự có các đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy: Đặng Quốc Vinh, Hồ Thị Nhàn.
Trưởng Ban Tổ chức Tỉnh ủy Phan Thị Lụa phát biểu kết luận hội nghị
Hơn một năm sau đại hội đảng bộ các cấp nhiệm kỳ 2010 - 2015, nhiều cấp ủy vẫn còn thiếu thành viên do luân chuyển, nghỉ hưu hoặc vi phạm phải xử lý. Trong 6 tháng, các huyện, thị, thành ủy đã bầu bổ sung 37 cấp ủy viên cấp huyện và 214 cấp ủy viên cơ sở; Ban Thường vụ Tỉnh ủy chỉ định 6 đồng chí giữ chức bí thư đảng ủy xã, thị trấn. Hiện toàn tỉnh chỉ còn 2 đảng bộ xã khuyết chức danh phó bí thư thường trực.
Việc học tập, quán triệt Nghị quyết số 12-NQ/TW ngày 16/1/2012 của Ban Chấp hành Trung ương khóa XI "Một số vấn đề cấp bách về xây dựng Đảng hiện nay" được tổ chức tới 100% chi bộ. Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch 38-KH/TU triển khai kiểm điểm tự phê bình và phê bình; Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 07-HD/BTCTU về kiểm điểm tập thể, cá nhân ở cơ sở.
Toàn Đảng bộ đã kết nạp 1.532 đảng viên, đạt 51% chỉ tiêu năm; trao Huy hiệu Đảng cho 2.406 đảng viên. Kinh phí hỗ trợ sinh hoạt chi bộ thôn, tổ dân phố được nâng lên 3 triệu đồng/chi bộ/năm.
Ông Nguyễn Hữu Tài, Bí thư Đảng ủy xã Thạch Hưng, kiến nghị cần sớm có hướng dẫn về tiêu chuẩn cấp ủy viên bầu bổ sung, vì nhiều nơi nguồn cán bộ trẻ, có trình độ rất mỏng. Đại diện Huyện ủy Hương Khê đề nghị tăng thêm định suất cán bộ chuyên trách cho các xã vùng cao như xã Hương Lâm. Một số ý kiến khác cho rằng việc sinh hoạt chi bộ ở nhiều thôn sau sáp nhập còn hình thức, nội dung chưa gắn với nhiệm vụ phát triển kinh tế, xây dựng nông thôn mới; tỷ lệ đảng viên tham gia sinh hoạt ở một số chi bộ tổ dân phố chỉ đạt khoảng 70%.
Kết luận hội nghị, bà Phan Thị Lụa yêu cầu 6 tháng cuối năm hoàn thành việc kiện toàn cấp ủy, không để khuyết vị trí chủ chốt quá 3 tháng; làm tốt công tác quy hoạch cán bộ, gắn với kiểm điểm theo tinh thần Nghị quyết Trung ương 4.
Phương Thảo
Tin khác
- Thạch Hà: trao Huy hiệu 50 năm tuổi Đảng cho 41 đảng viên (16/07/2012)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9 (10/07/2012)
- Can Lộc bầu bổ sung Phó Bí thư Huyện ủy (02/07/2012)
""", "2012-07-20", "Kiện toàn cấp ủy sau đại hội: không để khuyết vị trí chủ chốt",
E("so_ket", "2012-H1", "2012-07-19"),
[P("Phan Thị Lụa", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Đặng Quốc Vinh", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Hồ Thị Nhàn", "Phó Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Nguyễn Hữu Tài", "Bí thư Đảng ủy xã Thạch Hưng")],
[Q("37 cấp ủy viên cấp huyện", 37, "cấp ủy viên cấp huyện"), Q("214 cấp ủy viên cơ sở", 214, "cấp ủy viên cơ sở"),
 Q("6 đồng chí", 6, "đồng chí"), Q("2 đảng bộ xã", 2, "đảng bộ xã"), Q("100% chi bộ", 100, "%"),
 Q("1.532 đảng viên", 1532, "đảng viên"), Q("51%", 51, "%"), Q("2.406 đảng viên", 2406, "đảng viên"),
 Q("3 triệu đồng/chi bộ/năm", 3000000, "đồng"), Q("khoảng 70%", 70, "%", "approx")],
[D("Nghị quyết", "12", "NQ/TW", "2012-01-16", "Ban Chấp hành Trung ương khóa XI", "Nghị quyết số 12-NQ/TW ngày 16/1/2012"),
 D("Kế hoạch", "38", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 38-KH/TU"),
 D("Hướng dẫn", "07", "HD/BTCTU", None, "Ban Tổ chức Tỉnh ủy", "Hướng dẫn số 07-HD/BTCTU")],
[prov("Hà Tĩnh"), com("Thạch Hưng"), com("Hương Lâm")],
["Hà Tĩnh Online - Báo điện tử của Đảng bộ, chính quyền và nhân dân Hà Tĩnh", "Chính trị - Xã hội / Xây dựng Đảng", "(HTO)",
 "Trưởng Ban Tổ chức Tỉnh ủy Phan Thị Lụa phát biểu kết luận hội nghị", "Nghị quyết Trung ương 4",
 "Một số vấn đề cấp bách về xây dựng Đảng hiện nay"],
["Cập nhật: 15:42, 20/07/2012 (GMT+7)", "6 đồng chí", "6 tháng đầu năm 2012", "6 tháng cuối năm", "nhiệm kỳ 2010 - 2015",
 "3 tháng", "Nghị quyết Trung ương 4"]))

PAGES.append(page("b7159-caobang-quyhoach-capuy-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH CAO BẰNG
Bạn đang ở: Trang chủ » Công tác tổ chức, cán bộ
18/10/2013 08:20:15
Cao Bằng: Rà soát, bổ sung quy hoạch cấp ủy các cấp nhiệm kỳ 2015 - 2020
Chiều 17/10, Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức hội nghị rà soát, bổ sung quy hoạch Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy và các chức danh chủ chốt nhiệm kỳ 2015 - 2020. Đồng chí Nông Thị Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy điều hành hội nghị.
Hội nghị được tiến hành theo Nghị quyết số 42-NQ/TW ngày 30/11/2004 của Bộ Chính trị về công tác quy hoạch cán bộ lãnh đạo, quản lý thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước và Hướng dẫn số 15-HD/BTCTW ngày 5/11/2012 của Ban Tổ chức Trung ương. Trước đó, Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch số 64-KH/TU và thành lập 4 tổ công tác giúp việc.
Theo báo cáo, sau rà soát, có 98 đồng chí được giới thiệu vào quy hoạch Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ tới, đạt tỷ lệ 1,8 lần so với số lượng cấp ủy viên hiện nay; trong đó cán bộ nữ chiếm 17,3%, cán bộ người dân tộc thiểu số chiếm 82,6%. Ban Thường vụ Tỉnh ủy dự kiến quy hoạch 31 đồng chí vào Ban Thường vụ khóa mới.
Ở 13 huyện, thành phố, việc quy hoạch cấp ủy cấp huyện đã đưa thêm 176 cán bộ trẻ vào danh sách nguồn. Hai huyện Hà Quảng và Bảo Lâm còn thiếu nguồn cán bộ nữ tham gia ban thường vụ.
Đồng chí Lương Văn Thụ, Bí thư Huyện ủy Hà Quảng, cho biết huyện đã luân chuyển 9 cán bộ trẻ về giữ chức phó bí thư, phó chủ tịch xã để thử thách. Đồng chí Đàm Văn Sinh, Bí thư Đảng ủy xã Trường Hà, đề nghị tỉnh có cơ chế hỗ trợ cán bộ luân chuyển về vùng đặc biệt khó khăn, mỗi người ít nhất 1,5 triệu đồng/tháng tiền phụ cấp.
Phát biểu kết luận, đồng chí Hoàng Văn Pấu, Phó Bí thư Tỉnh ủy, nhấn mạnh quy hoạch phải "động" và "mở", đưa ra khỏi quy hoạch những trường hợp không còn đủ tiêu chuẩn, đồng thời bổ sung kịp thời những nhân tố mới. Đồng chí giao Ban Tổ chức Tỉnh ủy hoàn thiện hồ sơ, trình Ban Thường vụ Tỉnh ủy xem xét, phê duyệt trong tháng 11.
Cùng dự hội nghị có bà Chu Thị Mai, Phó Trưởng Ban Tổ chức Tỉnh ủy và lãnh đạo các ban xây dựng Đảng của Tỉnh ủy. Theo lộ trình, việc rà soát quy hoạch cấp ủy cơ sở sẽ hoàn thành trước khi các chi bộ bước vào chuẩn bị đại hội; những xã biên giới thiếu nguồn cán bộ người tại chỗ sẽ được xem xét tăng cường cán bộ từ huyện về, gắn với việc đào tạo lý luận chính trị cho cán bộ trong diện quy hoạch.
H.Lương - N.Tuấn
Số lượt truy cập: 245.871
Các tin đã đưa
- Nguyên Bình: quy hoạch 52 cán bộ nguồn cấp ủy huyện (10/10/2013)
- Hội nghị lấy phiếu tín nhiệm đối với 28 chức danh do HĐND tỉnh bầu (04/10/2013)
- Bảo Lạc tổ chức thành công đại hội chi bộ điểm (26/09/2013)
""", "2013-10-18", "Cao Bằng: Rà soát, bổ sung quy hoạch cấp ủy các cấp nhiệm kỳ 2015 - 2020",
E("hoi_nghi", None, "2013-10-17"),
[P("Nông Thị Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lương Văn Thụ", "Bí thư Huyện ủy Hà Quảng"),
 P("Đàm Văn Sinh", "Bí thư Đảng ủy xã Trường Hà"),
 P("Hoàng Văn Pấu", "Phó Bí thư Tỉnh ủy"),
 P("Chu Thị Mai", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("4 tổ công tác", 4, "tổ công tác"), Q("98 đồng chí", 98, "đồng chí"), Q("17,3%", 17.3, "%"), Q("82,6%", 82.6, "%"),
 Q("31 đồng chí", 31, "đồng chí"), Q("13 huyện, thành phố", 13, "huyện, thành phố"), Q("176 cán bộ trẻ", 176, "cán bộ trẻ"),
 Q("9 cán bộ trẻ", 9, "cán bộ trẻ"), Q("ít nhất 1,5 triệu đồng/tháng", 1500000, "đồng", "over")],
[D("Nghị quyết", "42", "NQ/TW", "2004-11-30", "Bộ Chính trị", "Nghị quyết số 42-NQ/TW ngày 30/11/2004"),
 D("Hướng dẫn", "15", "HD/BTCTW", "2012-11-05", "Ban Tổ chức Trung ương", "Hướng dẫn số 15-HD/BTCTW ngày 5/11/2012"),
 D("Kế hoạch", "64", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "kế hoạch số 64-KH/TU")],
[prov("Cao Bằng"), com("Trường Hà")],
["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH CAO BẰNG", "Bạn đang ở: Trang chủ » Công tác tổ chức, cán bộ", "Số lượt truy cập: 245.871"],
["18/10/2013 08:20:15", "98 đồng chí", "31 đồng chí", "nhiệm kỳ 2015 - 2020", "1,8 lần", "tháng 11", "Số lượt truy cập: 245.871"]))

PAGES.append(page("b7160-thanhhoa-trienkhai-ct36-2014", """
BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA
Thời sự | Chính trị | Xây dựng Đảng
12-09-2014 | 10:45
Triển khai Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XII của Đảng
Ngày 11-9, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị trực tuyến quán triệt, triển khai Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XII của Đảng. Hội nghị được kết nối tới 27 điểm cầu huyện, thị xã, thành phố với hơn 600 đại biểu tham dự.
Đồng chí Lê Xuân Thạch, Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì hội nghị.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Minh Hiếu
Tại hội nghị, đồng chí Nguyễn Đình Toản, Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy, đã quán triệt những nội dung cơ bản của Chỉ thị 36 và Hướng dẫn số 26-HD/BTCTW ngày 18/8/2014 của Ban Tổ chức Trung ương; đồng thời triển khai Kế hoạch số 97-KH/TU của Ban Thường vụ Tỉnh ủy về tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2015 - 2020.
Theo kế hoạch, Đảng bộ tỉnh hiện có 44 đảng bộ trực thuộc, hơn 1.900 tổ chức cơ sở đảng với gần 200.000 đảng viên. Đại hội chi bộ trực thuộc đảng ủy cơ sở được tổ chức xong trước 31-3-2015; đại hội cấp cơ sở hoàn thành trong quý II; đại hội các đảng bộ trực thuộc Tỉnh ủy xong trước ngày 30-8-2015. Mỗi huyện chọn một đảng bộ cơ sở để chỉ đạo đại hội điểm; Ban Thường vụ Tỉnh ủy chọn Đảng bộ huyện Thọ Xuân và Đảng bộ xã Xuân Lập làm điểm.
Về nhân sự, cấp ủy khóa mới phấn đấu có ít nhất 15% cán bộ nữ, cán bộ trẻ chiếm từ 10% trở lên; số lượng Ban Chấp hành Đảng bộ tỉnh không quá 55 đồng chí. Thí điểm bầu trực tiếp bí thư cấp ủy tại đại hội ở 5 đảng bộ cấp huyện.
Phát biểu chỉ đạo, đồng chí Lê Xuân Thạch yêu cầu các cấp ủy chuẩn bị chu đáo văn kiện, nhất là báo cáo chính trị phải đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ 2010 - 2015; làm tốt công tác nhân sự, "kiên quyết không để lọt vào cấp ủy những người có biểu hiện cơ hội chính trị, tham vọng quyền lực". Đồng chí cũng lưu ý giải quyết dứt điểm đơn thư trước đại hội, không để phát sinh điểm nóng như từng xảy ra ở xã Hải Yến trong nhiệm kỳ trước.
Bà Lê Thị Hòa, Phó Trưởng Ban Tổ chức Tỉnh ủy, giải đáp các ý kiến của đại biểu về cơ cấu, độ tuổi tham gia cấp ủy.
Hoàng Xuân
Bài viết liên quan
- Thọ Xuân chuẩn bị đại hội điểm cấp huyện (05-09-2014)
- Quán triệt Hướng dẫn 26 của Ban Tổ chức Trung ương (28-08-2014)
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 27 (15-08-2014)
""", "2014-09-12", "Triển khai Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội XII của Đảng",
E("hoi_nghi", None, "2014-09-11"),
[P("Lê Xuân Thạch", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh"),
 P("Nguyễn Đình Toản", "Ủy viên Ban Thường vụ", "Trưởng Ban Tổ chức Tỉnh ủy"),
 P("Lê Thị Hòa", "Phó Trưởng Ban Tổ chức Tỉnh ủy")],
[Q("27 điểm cầu huyện, thị xã, thành phố", 27, "điểm cầu huyện, thị xã, thành phố"), Q("hơn 600 đại biểu", 600, "đại biểu", "over"),
 Q("44 đảng bộ", 44, "đảng bộ"), Q("hơn 1.900 tổ chức cơ sở đảng", 1900, "tổ chức cơ sở đảng", "over"),
 Q("gần 200.000 đảng viên", 200000, "đảng viên", "approx"),
 Q("ít nhất 15%", 15, "%", "over"), Q("từ 10% trở lên", 10, "%", "over"), Q("không quá 55 đồng chí", 55, "đồng chí"),
 Q("5 đảng bộ cấp huyện", 5, "đảng bộ cấp huyện")],
[D("Chỉ thị", "36", "CT/TW", "2014-05-30", "Bộ Chính trị", "Chỉ thị số 36-CT/TW ngày 30/5/2014"),
 D("Hướng dẫn", "26", "HD/BTCTW", "2014-08-18", "Ban Tổ chức Trung ương", "Hướng dẫn số 26-HD/BTCTW ngày 18/8/2014"),
 D("Kế hoạch", "97", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 97-KH/TU")],
[prov("Thanh Hóa"), com("Xuân Lập"), com("Hải Yến")],
["BÁO THANH HÓA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH THANH HÓA", "Thời sự | Chính trị | Xây dựng Đảng",
 "Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Minh Hiếu"],
["12-09-2014 | 10:45", "không quá 55 đồng chí", "lần thứ XII", "Chỉ thị 36", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015",
 "31-3-2015", "30-8-2015", "quý II"]))

PAGES.append(page("b7161-quangninh-daihoi-tinh-2015", """
Báo Quảng Ninh
Trang chủ › Thời sự › Đại hội Đảng các cấp
Thứ Sáu, 16/10/2015 | 19:30
Bế mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XIV
Đồng chí Đỗ Quang Lâm tái đắc cử Bí thư Tỉnh ủy khóa XIV
Các đồng chí Ban Chấp hành Đảng bộ tỉnh khóa XIV ra mắt Đại hội.
Sau 3 ngày làm việc khẩn trương (từ ngày 14 đến 16/10), Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XIV, nhiệm kỳ 2015 - 2020 đã hoàn thành toàn bộ nội dung, chương trình đề ra. 350 đại biểu chính thức, đại diện cho hơn 83.000 đảng viên trong toàn Đảng bộ, đã về dự.
Dự và chỉ đạo Đại hội có đồng chí Trần Quốc Thắng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư.
Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XIV gồm 55 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí; đồng chí Đỗ Quang Lâm, Ủy viên Ban Chấp hành Trung ương Đảng, được bầu giữ chức Bí thư Tỉnh ủy; các đồng chí Vũ Thị Thu Hằng, Chủ tịch HĐND tỉnh và Bùi Văn Hưng, Chủ tịch UBND tỉnh được bầu giữ chức Phó Bí thư Tỉnh ủy. Ủy ban Kiểm tra Tỉnh ủy khóa mới gồm 9 đồng chí, do đồng chí Lưu Quang Trung làm Chủ nhiệm.
Đại hội cũng bầu Đoàn đại biểu đi dự Đại hội đại biểu toàn quốc lần thứ XII của Đảng gồm 16 đại biểu chính thức và 1 đại biểu dự khuyết.
Nghị quyết Đại hội xác định mục tiêu đến năm 2020 xây dựng Quảng Ninh trở thành tỉnh dịch vụ, công nghiệp hiện đại; tốc độ tăng trưởng GRDP bình quân đạt 10 - 11%/năm; tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt trên 190 nghìn tỷ đồng; tỷ lệ hộ nghèo giảm xuống dưới 1%; 70% số xã đạt chuẩn nông thôn mới. Đại hội thống nhất 3 đột phá chiến lược và thông qua Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết.
Bế mạc Đại hội, đồng chí Đỗ Quang Lâm khẳng định Ban Chấp hành khóa mới sẽ tập trung cụ thể hóa Nghị quyết ngay trong quý IV, thực hiện nghiêm Quy định số 47-QĐ/TW ngày 1/11/2011 của Ban Chấp hành Trung ương về những điều đảng viên không được làm, nêu gương trong mọi hoạt động.
Cơ cấu Ban Chấp hành khóa XIV có 8 đồng chí nữ, chiếm 14,5%; tuổi bình quân giảm so với khóa trước; 100% có trình độ chuyên môn đại học trở lên. Trong số cấp ủy viên mới có đồng chí Lý Văn Hải, Bí thư Đảng ủy xã Hoành Mô, là người dân tộc Tày đầu tiên của vùng biên giới Bình Liêu tham gia Ban Chấp hành Đảng bộ tỉnh.
Nhân dịp này, hơn 1.200 công trình, phần việc chào mừng Đại hội đã được gắn biển, với tổng giá trị gần 4.700 tỷ đồng.
Thu Hằng - Đỗ Phương
Lượt xem: 3.542
Tin liên quan
- Phiên thứ nhất Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV (14/10/2015)
- Cẩm Phả hoàn thành đại hội cấp huyện (22/08/2015)
- Đại hội điểm Đảng bộ xã Hoành Mô (18/05/2015)
""", "2015-10-16", "Bế mạc Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XIV",
E("dai_hoi", None, "2015-10-14"),
[P("Đỗ Quang Lâm", "Ủy viên Ban Chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy khóa XIV"),
 P("Trần Quốc Thắng", "Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"),
 P("Vũ Thị Thu Hằng", "Chủ tịch HĐND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Bùi Văn Hưng", "Chủ tịch UBND tỉnh", "Phó Bí thư Tỉnh ủy"),
 P("Lưu Quang Trung", "Chủ nhiệm"),
 P("Lý Văn Hải", "Bí thư Đảng ủy xã Hoành Mô")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 83.000 đảng viên", 83000, "đảng viên", "over"),
 Q("55 đồng chí", 55, "đồng chí"), Q("15 đồng chí", 15, "đồng chí"), Q("9 đồng chí", 9, "đồng chí"),
 Q("16 đại biểu chính thức", 16, "đại biểu chính thức"), Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"),
 Q("10 - 11%/năm", 10, "%", "over"), Q("trên 190 nghìn tỷ đồng", 190000000000000, "đồng", "over"),
 Q("dưới 1%", 1, "%"), Q("70% số xã", 70, "%"), Q("8 đồng chí nữ", 8, "đồng chí nữ"), Q("14,5%", 14.5, "%"),
 Q("100% có trình độ", 100, "%"), Q("hơn 1.200 công trình, phần việc", 1200, "công trình, phần việc", "over"),
 Q("gần 4.700 tỷ đồng", 4700000000000, "đồng", "approx")],
[D("Chương trình hành động", "01", "CTr/TU", None, None, "Chương trình hành động số 01-CTr/TU"),
 D("Quy định", "47", "QĐ/TW", "2011-11-01", "Ban Chấp hành Trung ương", "Quy định số 47-QĐ/TW ngày 1/11/2011")],
[prov("Quảng Ninh"), com("Hoành Mô")],
["Báo Quảng Ninh", "Trang chủ › Thời sự › Đại hội Đảng các cấp", "Đồng chí Đỗ Quang Lâm tái đắc cử Bí thư Tỉnh ủy khóa XIV",
 "Các đồng chí Ban Chấp hành Đảng bộ tỉnh khóa XIV ra mắt Đại hội.", "Lượt xem: 3.542"],
["Thứ Sáu, 16/10/2015 | 19:30", "3 ngày", "lần thứ XIV", "nhiệm kỳ 2015 - 2020", "55 đồng chí", "15 đồng chí", "9 đồng chí",
 "8 đồng chí nữ", "lần thứ XII", "5 năm", "3 đột phá", "phiên họp thứ nhất", "quý IV", "Lượt xem: 3.542"]))

PAGES.append(page("b7162-binhdinh-xa-cathanh-daihoi-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ CÁT HANH - HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện
Đăng ngày 08 tháng 05 năm 2015
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ CÁT HANH LẦN THỨ XXIII, NHIỆM KỲ 2015 - 2020 THÀNH CÔNG TỐT ĐẸP
Trong hai ngày 6 và 7/5/2015, Đảng bộ xã Cát Hanh long trọng tổ chức Đại hội đại biểu lần thứ XXIII, nhiệm kỳ 2015 - 2020. Đây là đại hội điểm cấp cơ sở của Đảng bộ huyện Phù Cát, tỉnh Bình Định. Về dự có đồng chí Đặng Văn Minh, Phó Bí thư Thường trực Huyện ủy Phù Cát; đồng chí Trần Thị Kim Loan, Huyện ủy viên, Trưởng Ban Tổ chức Huyện ủy cùng 120 đại biểu đại diện cho 612 đảng viên đang sinh hoạt tại 21 chi bộ trực thuộc.
Quang cảnh Đại hội
Báo cáo chính trị do đồng chí Huỳnh Văn Sỹ, Bí thư Đảng ủy xã trình bày nêu rõ: nhiệm kỳ 2010 - 2015, tốc độ tăng giá trị sản xuất bình quân đạt 12,6%/năm; thu nhập bình quân đầu người năm 2014 đạt 28 triệu đồng; tỷ lệ hộ nghèo giảm còn 4,2%. Xã đã đạt 13/19 tiêu chí nông thôn mới; nhân dân đóng góp hơn 3,5 tỷ đồng, hiến 12.000 m2 đất để bê tông hóa 18 km đường giao thông nông thôn. Công tác xây dựng Đảng có nhiều chuyển biến, 5 năm qua kết nạp 74 đảng viên mới; hằng năm có trên 80% tổ chức cơ sở đảng đạt trong sạch, vững mạnh.
Đại hội đã thảo luận, thống nhất mục tiêu phấn đấu đến năm 2020 xã Cát Hanh đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 45 triệu đồng/năm, tỷ lệ hộ nghèo còn dưới 2%.
Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa XXIII gồm 17 đồng chí. Ban Chấp hành đã họp phiên thứ nhất, bầu Ban Thường vụ gồm 5 đồng chí. Đồng chí Huỳnh Văn Sỹ tái đắc cử Bí thư Đảng ủy xã; đồng chí Trương Thị Mỹ Lệ được bầu làm Phó Bí thư Thường trực Đảng ủy; đồng chí Nguyễn Thành Tâm, Chủ tịch UBND xã, được bầu làm Phó Bí thư Đảng ủy. Đại hội cũng bầu 9 đại biểu chính thức, 1 đại biểu dự khuyết đi dự Đại hội Đảng bộ huyện Phù Cát lần thứ XX.
Phát biểu chỉ đạo, đồng chí Đặng Văn Minh đề nghị Đảng bộ Cát Hanh rút kinh nghiệm về thời gian thảo luận để các đảng bộ trong huyện học tập; sớm xây dựng chương trình hành động, triển khai Nghị quyết tới từng chi bộ. Đồng chí cũng đề nghị quan tâm phát huy vai trò người đứng đầu các chi bộ thôn, như đồng chí Lê Văn Út, Bí thư Chi bộ thôn Hòa Hội, người đã vận động được hơn 60 hộ hiến đất làm đường.
Ban Biên tập
Lượt truy cập: 48.215
Tin khác
- Đại hội Chi bộ thôn Hòa Hội nhiệm kỳ 2015 - 2017 (20/03/2015)
- Cát Hanh ra quân làm đường bê tông chào mừng Đại hội (10/04/2015)
- Lịch tiếp công dân tháng 5/2015 (04/05/2015)
""", "2015-05-08", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ CÁT HANH LẦN THỨ XXIII, NHIỆM KỲ 2015 - 2020 THÀNH CÔNG TỐT ĐẸP",
E("dai_hoi", None, "2015-05-06"),
[P("Đặng Văn Minh", "Phó Bí thư Thường trực Huyện ủy Phù Cát"),
 P("Trần Thị Kim Loan", "Huyện ủy viên", "Trưởng Ban Tổ chức Huyện ủy"),
 P("Huỳnh Văn Sỹ", "Bí thư Đảng ủy xã"),
 P("Trương Thị Mỹ Lệ", "Phó Bí thư Thường trực Đảng ủy"),
 P("Nguyễn Thành Tâm", "Chủ tịch UBND xã", "Phó Bí thư Đảng ủy"),
 P("Lê Văn Út", "Bí thư Chi bộ thôn Hòa Hội")],
[Q("120 đại biểu", 120, "đại biểu"), Q("612 đảng viên", 612, "đảng viên"), Q("21 chi bộ", 21, "chi bộ"),
 Q("12,6%/năm", 12.6, "%"), Q("28 triệu đồng", 28000000, "đồng"), Q("4,2%", 4.2, "%"), Q("13/19 tiêu chí", 13, "tiêu chí"),
 Q("hơn 3,5 tỷ đồng", 3500000000, "đồng", "over"), Q("12.000 m2", 12000, "m2"), Q("18 km", 18, "km"),
 Q("74 đảng viên mới", 74, "đảng viên mới"), Q("trên 80%", 80, "%", "over"), Q("45 triệu đồng/năm", 45000000, "đồng"),
 Q("dưới 2%", 2, "%"), Q("17 đồng chí", 17, "đồng chí"), Q("5 đồng chí", 5, "đồng chí"),
 Q("9 đại biểu chính thức", 9, "đại biểu chính thức"), Q("1 đại biểu dự khuyết", 1, "đại biểu dự khuyết"),
 Q("hơn 60 hộ", 60, "hộ", "over")],
[],
[prov("Bình Định"), com("Cát Hanh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ CÁT HANH - HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH",
 "Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ", "Quang cảnh Đại hội", "Lượt truy cập: 48.215"],
["Đăng ngày 08 tháng 05 năm 2015", "lần thứ XXIII", "nhiệm kỳ 2015 - 2020", "nhiệm kỳ 2010 - 2015", "17 đồng chí", "5 đồng chí",
 "5 năm", "lần thứ XX", "Lượt truy cập: 48.215"]))
