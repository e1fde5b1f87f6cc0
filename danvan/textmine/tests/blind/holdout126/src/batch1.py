from lib import *
PAGES = []

PAGES.append(page("b2981-laocai-ubbc-tongket-2011", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI
Trang chủ > Tin tức - Sự kiện > Chính trị
Thứ Sáu, 10/06/2011 - 16:20
Toàn cảnh hội nghị tổng kết.
Lào Cai tổng kết công tác bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp
Ngày 8/6/2011, Ủy ban bầu cử tỉnh Lào Cai tổ chức hội nghị tổng kết công tác bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011 - 2016. Đồng chí Vàng Seo Páo, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, Chủ tịch Ủy ban bầu cử tỉnh chủ trì hội nghị.
Báo cáo do đồng chí Nguyễn Hữu Thịnh, Phó Chủ tịch UBND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh trình bày cho biết: thực hiện Chỉ thị số 48-CT/TW ngày 22/10/2010 của Bộ Chính trị và Kế hoạch số 37-KH/TU của Ban Thường vụ Tỉnh ủy, tỉnh đã thành lập 9 Ban bầu cử đại biểu HĐND cấp huyện, 164 Ban bầu cử cấp xã và 1.186 tổ bầu cử. Cuộc bầu cử ngày 22/5/2011 diễn ra an toàn, dân chủ, đúng luật; nhiều bản vùng cao đồng bào Mông, Dao, Hà Nhì đi bầu từ sáng sớm.
Toàn tỉnh có 385.412 cử tri, đã có 383.907 cử tri đi bầu, đạt tỷ lệ 99,61%. Kết quả, cử tri trong tỉnh đã bầu đủ 6 đại biểu Quốc hội, 50 đại biểu HĐND tỉnh, 347 đại biểu HĐND cấp huyện và 4.520 đại biểu HĐND cấp xã. Có 3 xã phải tổ chức bầu thêm vì chưa đủ số đại biểu được ấn định. Đại biểu HĐND tỉnh là người dân tộc thiểu số chiếm 58,3%, nữ chiếm 27,4%.
Tại hội nghị, bà Lý Thị Sai, Chủ tịch Ủy ban MTTQ xã Tả Phìn, chia sẻ kinh nghiệm vận động cử tri ở các thôn xa trung tâm; ông Hoàng Văn Thạch, Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh, kiến nghị sớm in ấn tài liệu song ngữ cho cử tri người dân tộc. Đại diện xã Bản Lầu nêu khó khăn khi lập danh sách cử tri đi làm ăn xa.
Phát biểu kết luận, đồng chí Vàng Seo Páo biểu dương các tổ bầu cử đã làm việc đến khuya để kiểm phiếu, đồng thời đề nghị các cấp rà soát, hoàn thiện hồ sơ, lưu trữ tài liệu bầu cử theo Quyết định số 412/QĐ-UBBC ngày 14/3/2011 của Ủy ban bầu cử tỉnh; HĐND các cấp sớm ổn định tổ chức để đi vào hoạt động.
Nhiều ý kiến tại hội nghị cũng chỉ ra một số hạn chế: việc niêm yết danh sách cử tri ở một vài nơi chưa đúng thời gian; công tác tuyên truyền bằng tiếng dân tộc ở các thôn, bản xa còn ít; một số tổ bầu cử còn lúng túng khi hướng dẫn cử tri gạch phiếu, xử lý phiếu không hợp lệ.
Dịp này, Ủy ban bầu cử tỉnh tặng giấy khen cho 28 tập thể và 45 cá nhân có thành tích xuất sắc trong công tác bầu cử.
Hồng Duyên
Số lượt xem: 1.204
Tin liên quan
- Bát Xát: hoàn thành bầu cử đại biểu HĐND cấp xã (30/05/2011)
- Lào Cai công bố kết quả bầu cử đại biểu Quốc hội khóa XIII (28/05/2011)
- Cử tri vùng cao nô nức đi bầu cử (22/05/2011)
- Kiểm tra công tác chuẩn bị bầu cử tại huyện Si Ma Cai (12/05/2011)
- Tập huấn nghiệp vụ cho tổ bầu cử (20/04/2011)
Cơ quan chủ quản: UBND tỉnh Lào Cai. Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.
""", "2011-06-10", "Lào Cai tổng kết công tác bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp",
E("tong_ket", "2011", "2011-06-08"),
[P("Vàng Seo Páo", "Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh", "Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Nguyễn Hữu Thịnh", "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh"),
 P("Lý Thị Sai", "Chủ tịch Ủy ban MTTQ xã Tả Phìn"),
 P("Hoàng Văn Thạch", "Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh")],
[Q("9 Ban bầu cử đại biểu HĐND cấp huyện", 9, "Ban bầu cử đại biểu HĐND cấp huyện"),
 Q("164 Ban bầu cử cấp xã", 164, "Ban bầu cử cấp xã"), Q("1.186 tổ bầu cử", 1186, "tổ bầu cử"),
 Q("385.412 cử tri", 385412, "cử tri"), Q("383.907 cử tri", 383907, "cử tri"), Q("99,61%", 99.61, "%"),
 Q("6 đại biểu Quốc hội", 6, "đại biểu Quốc hội"), Q("50 đại biểu HĐND tỉnh", 50, "đại biểu HĐND tỉnh"),
 Q("347 đại biểu HĐND cấp huyện", 347, "đại biểu HĐND cấp huyện"), Q("4.520 đại biểu HĐND cấp xã", 4520, "đại biểu HĐND cấp xã"),
 Q("3 xã", 3, "xã"), Q("58,3%", 58.3, "%"), Q("27,4%", 27.4, "%"), Q("28 tập thể", 28, "tập thể"), Q("45 cá nhân", 45, "cá nhân")],
[D("Chỉ thị", "48", "CT/TW", "2010-10-22", "Bộ Chính trị", "Chỉ thị số 48-CT/TW ngày 22/10/2010"),
 D("Kế hoạch", "37", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch số 37-KH/TU"),
 D("Quyết định", "412", "QĐ-UBBC", "2011-03-14", "Ủy ban bầu cử tỉnh", "Quyết định số 412/QĐ-UBBC ngày 14/3/2011")],
[prov("Lào Cai"), com("Tả Phìn"), com("Bản Lầu")],
["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Chính trị", "Toàn cảnh hội nghị tổng kết.", "Số lượt xem: 1.204"],
["Thứ Sáu, 10/06/2011 - 16:20", "khóa XIII", "nhiệm kỳ 2011 - 2016", "22/5/2011", "Số lượt xem: 1.204"]))

PAGES.append(page("b2982-soctrang-ngaybaucu-2011", """
Báo Sóc Trăng Online
Thời sự | Chính trị | Bầu cử Quốc hội và HĐND
23-05-2011 07:45
Cử tri Sóc Trăng nô nức đi bầu cử
Ngày hội non sông ở vùng đất ba dân tộc Kinh - Khmer - Hoa
Ngay từ 5 giờ sáng ngày 22/5, tại các khu vực bỏ phiếu trong tỉnh, hàng ngàn cử tri đã có mặt để chứng kiến lễ khai mạc và thực hiện quyền bầu cử. Toàn tỉnh có 884.306 cử tri được ghi tên vào danh sách, bầu 7 đại biểu Quốc hội khóa XIII ở 2 đơn vị bầu cử và 52 đại biểu HĐND tỉnh nhiệm kỳ 2011 - 2016.
Cử tri người Khmer bỏ phiếu tại khu vực bỏ phiếu số 4, xã Đại Tâm. Ảnh: Trúc Mai
Tại khu vực bỏ phiếu số 4, xã Đại Tâm, huyện Mỹ Xuyên, cụ Thạch Sươl, 87 tuổi, là cử tri cao tuổi nhất được mời bỏ lá phiếu đầu tiên. Anh Lâm Sa Phăl, Tổ trưởng Tổ bầu cử số 4, cho biết khu vực có 1.412 cử tri, đến 9 giờ đã có hơn 80% cử tri đi bầu. Tổ đã chuẩn bị 3 hòm phiếu phụ để đưa đến người già yếu, đau ốm tại nhà.
Ở các chùa Khmer, sư sãi cũng đi bầu từ sớm. Đại đức Kim Sóc Tha, Phó Trụ trì chùa Prếk Chru, nói: "Sư sãi trong chùa đã đọc kỹ tiểu sử của người ứng cử, ai cũng mong chọn được người đại diện nói được tiếng nói của bà con". Chùa có 26 vị sư đủ tuổi bầu cử.
Tại thị trấn Long Phú, đồng chí Trần Văn Chiến, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn kiểm tra số 1 của Ủy ban bầu cử tỉnh, đã kiểm tra công tác bầu cử và bỏ phiếu cùng cử tri. Theo đồng chí, tỉnh có 864 khu vực bỏ phiếu; Ủy ban bầu cử tỉnh đã in khoảng 2,6 triệu phiếu bầu các cấp, được chuyển về cơ sở từ ngày 18/5.
Đến 15 giờ, theo báo cáo nhanh của Ủy ban bầu cử tỉnh, trên 97% cử tri toàn tỉnh đã đi bầu; nhiều xã như Vĩnh Hải, Lai Hòa đạt 100%. Ông Lý Quốc Hùng, Chủ tịch Ủy ban MTTQ xã Lai Hòa, người Hoa, cho biết bà con ngư dân đã về từ chiều hôm trước để kịp đi bầu.
Không khí ngày bầu cử ở các ấp vùng sâu rộn ràng như ngày hội. Nhiều gia đình đưa cả người già đến khu vực bỏ phiếu bằng xuồng, xe máy; các đoàn viên thanh niên đứng hướng dẫn cử tri lớn tuổi, giúp người không biết chữ nhờ người khác viết hộ phiếu theo đúng quy định. Bà con phum sóc mặc áo đẹp đi bầu, nhiều người nói đây là dịp để chọn người thay mặt mình nói lên nguyện vọng về đường sá, trường học, giá lúa.
Các tổ bầu cử sẽ kiểm phiếu ngay sau khi kết thúc bỏ phiếu lúc 19 giờ. Kết quả chính thức sẽ được Ủy ban bầu cử tỉnh công bố theo quy định của Luật Bầu cử đại biểu Quốc hội.
Trúc Mai - Lâm Hùng
Tin cùng chuyên mục
- Sóc Trăng: hoàn tất chuẩn bị cho ngày bầu cử (20/05/2011)
- Người ứng cử đại biểu Quốc hội tiếp xúc cử tri huyện Trần Đề (10/05/2011)
- Phát huy vai trò sư sãi trong vận động cử tri đi bầu (05/05/2011)
- Niêm yết danh sách cử tri tại 864 khu vực bỏ phiếu (25/04/2011)
- Tuyên truyền bầu cử bằng tiếng Khmer trên sóng phát thanh (18/04/2011)
Báo Sóc Trăng - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sóc Trăng. Giấy phép số 112/GP-BTTTT.
""", "2011-05-23", "Cử tri Sóc Trăng nô nức đi bầu cử",
E("khac", None, None),
[P("Thạch Sươl"), P("Lâm Sa Phăl", "Tổ trưởng Tổ bầu cử số 4"),
 P("Kim Sóc Tha", "Đại đức", "Phó Trụ trì chùa Prếk Chru"),
 P("Trần Văn Chiến", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn kiểm tra số 1 của Ủy ban bầu cử tỉnh"),
 P("Lý Quốc Hùng", "Chủ tịch Ủy ban MTTQ xã Lai Hòa")],
[Q("884.306 cử tri", 884306, "cử tri"), Q("7 đại biểu Quốc hội", 7, "đại biểu Quốc hội"), Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"),
 Q("52 đại biểu HĐND tỉnh", 52, "đại biểu HĐND tỉnh"), Q("1.412 cử tri", 1412, "cử tri"), Q("hơn 80%", 80, "%", "over"),
 Q("3 hòm phiếu phụ", 3, "hòm phiếu phụ"), Q("26 vị sư", 26, "vị sư"), Q("864 khu vực bỏ phiếu", 864, "khu vực bỏ phiếu"),
 Q("khoảng 2,6 triệu phiếu bầu", 2600000, "phiếu bầu", "approx"), Q("trên 97%", 97, "%", "over"), Q("100%", 100, "%")],
[],
[prov("Sóc Trăng"), com("Đại Tâm"), com("Long Phú"), com("Vĩnh Hải"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "Thời sự | Chính trị | Bầu cử Quốc hội và HĐND", "Ngày hội non sông ở vùng đất ba dân tộc Kinh - Khmer - Hoa",
 "Cử tri người Khmer bỏ phiếu tại khu vực bỏ phiếu số 4, xã Đại Tâm. Ảnh: Trúc Mai", "Luật Bầu cử đại biểu Quốc hội", "chùa Prếk Chru"],
["23-05-2011 07:45", "5 giờ sáng", "87 tuổi", "khu vực bỏ phiếu số 4", "Tổ bầu cử số 4", "nhiệm kỳ 2011 - 2016", "9 giờ", "15 giờ", "19 giờ", "Đoàn kiểm tra số 1", "khóa XIII"]))

PAGES.append(page("b2983-nghean-tiepxuccutri-2013", """
BÁO NGHỆ AN ĐIỆN TỬ
Thời sự > Chính trị
08:15 | 08/10/2013
Cử tri Quỳnh Lưu kiến nghị về giá vật tư nông nghiệp và chính sách cho ngư dân
Ảnh: Đại biểu Quốc hội tiếp xúc cử tri xã Quỳnh Thuận.
Cử tri Quỳnh Lưu kiến nghị về giá vật tư nông nghiệp và chính sách cho ngư dân
(Baonghean) - Chiều 7/10, Đoàn đại biểu Quốc hội tỉnh Nghệ An gồm các đồng chí: Hồ Văn Thịnh, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh; Lô Thị Kim Ngân, Phó Chủ tịch Hội LHPN tỉnh, đã tiếp xúc cử tri xã Quỳnh Thuận và xã Quỳnh Long, huyện Quỳnh Lưu trước kỳ họp thứ 6, Quốc hội khóa XIII.
Tại buổi tiếp xúc, đồng chí Hồ Văn Thịnh đã thông báo với cử tri dự kiến nội dung, chương trình kỳ họp, trong đó Quốc hội sẽ xem xét, thông qua dự thảo sửa đổi Hiến pháp năm 1992 và 6 dự án luật. Sau gần 3 tháng lấy ý kiến, toàn tỉnh đã tổng hợp hơn 52.000 ý kiến góp ý dự thảo.
Có 14 lượt ý kiến của cử tri phát biểu tại hội nghị. Cử tri Nguyễn Văn Lự (xã Quỳnh Long) phản ánh giá phân bón, thức ăn chăn nuôi tăng cao trong khi giá lợn hơi giảm; đề nghị Nhà nước có biện pháp bình ổn giá. Ông Hồ Sỹ Tuệ, Bí thư Chi bộ xóm 5, xã Quỳnh Thuận, kiến nghị sớm triển khai chính sách hỗ trợ ngư dân đóng tàu vỏ thép công suất lớn đánh bắt xa bờ; xã hiện có 237 tàu cá nhưng chỉ 18 tàu có công suất trên 90 CV.
Nhiều cử tri đề nghị Chính phủ điều chỉnh mức hỗ trợ theo Quyết định số 48/2010/QĐ-TTg của Thủ tướng Chính phủ về chính sách khuyến khích khai thác, nuôi trồng hải sản trên các vùng biển xa. Cử tri xã Quỳnh Thuận cũng phản ánh tuyến đê biển dài khoảng 4,5 km bị sạt lở sau cơn bão số 10 vừa qua, đề nghị bố trí khoảng 30 tỷ đồng để gia cố.
Đại diện lãnh đạo UBND huyện Quỳnh Lưu, ông Lô Văn Thuận, Phó Chủ tịch UBND huyện, đã trả lời các kiến nghị thuộc thẩm quyền của huyện. Đồng chí Lô Thị Kim Ngân tiếp thu, giải trình thêm về chính sách đối với phụ nữ nông thôn và cho biết các ý kiến chưa được giải đáp sẽ được Đoàn tổng hợp gửi đến kỳ họp.
Cử tri cũng bày tỏ lo lắng về tình trạng thanh niên bỏ học đi làm ăn xa, tệ nạn ma túy ở một số xóm ven biển, việc thu các khoản đóng góp trong trường học đầu năm học mới; đề nghị các cơ quan có thẩm quyền tăng cường kiểm tra, công khai các khoản thu để người dân giám sát.
Cùng ngày, Đoàn cũng tiếp xúc cử tri thị trấn Cầu Giát với sự tham dự của khoảng 150 cử tri.
Thanh Lê
Tin khác
- Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Kỳ Sơn (06/10/2013)
- Cử tri Thanh Chương góp ý sửa đổi Hiến pháp (03/10/2013)
- Nghệ An tổng hợp 31 nhóm kiến nghị gửi kỳ họp thứ 6 (01/10/2013)
- Đại biểu HĐND tỉnh tiếp xúc cử tri thị xã Thái Hòa (25/09/2013)
- Tiếp nhận kiến nghị của cử tri qua đường dây nóng (20/09/2013)
""", "2013-10-08", "Cử tri Quỳnh Lưu kiến nghị về giá vật tư nông nghiệp và chính sách cho ngư dân",
E("doi_thoai", None, "2013-10-07"),
[P("Hồ Văn Thịnh", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Lô Thị Kim Ngân", "Phó Chủ tịch Hội LHPN tỉnh"),
 P("Nguyễn Văn Lự"), P("Hồ Sỹ Tuệ", "Bí thư Chi bộ xóm 5"),
 P("Lô Văn Thuận", "Phó Chủ tịch UBND huyện")],
[Q("6 dự án luật", 6, "dự án luật"), Q("hơn 52.000 ý kiến", 52000, "ý kiến", "over"), Q("14 lượt ý kiến", 14, "lượt ý kiến"),
 Q("237 tàu cá", 237, "tàu cá"), Q("18 tàu", 18, "tàu"), Q("khoảng 4,5 km", 4.5, "km", "approx"),
 Q("khoảng 30 tỷ đồng", 30000000000, "đồng", "approx"), Q("khoảng 150 cử tri", 150, "cử tri", "approx")],
[D("Quyết định", "48", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 48/2010/QĐ-TTg")],
[prov("Nghệ An"), com("Quỳnh Thuận"), com("Quỳnh Long"), com("Cầu Giát")],
["BÁO NGHỆ AN ĐIỆN TỬ", "Thời sự > Chính trị", "Ảnh: Đại biểu Quốc hội tiếp xúc cử tri xã Quỳnh Thuận.", "(Baonghean)", "Hiến pháp năm 1992"],
["08:15 | 08/10/2013", "kỳ họp thứ 6", "khóa XIII", "gần 3 tháng", "xóm 5", "trên 90 CV", "bão số 10", "năm 1992"]))

PAGES.append(page("b2984-gialai-dbqh-tiepxuc-2014", """
Báo Gia Lai điện tử
Bạn đang ở: Trang chủ / Chính trị / Hoạt động của Đoàn ĐBQH
Thứ Tư, 03/12/2014
Đại biểu Quốc hội tiếp xúc cử tri Ia Grai sau kỳ họp thứ 8
(GLO)- Ngày 2-12, Tổ đại biểu Quốc hội đơn vị bầu cử số 2 gồm các đồng chí: Ksor H'Nhơn, Phó Chủ tịch Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội; Nguyễn Thị Thanh Hà, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh, đã tiếp xúc cử tri xã Ia Dêr và thị trấn Ia Kha, huyện Ia Grai để thông báo kết quả kỳ họp thứ 8, Quốc hội khóa XIII.
Đại biểu Quốc hội thông báo kết quả kỳ họp thứ 8 với cử tri xã Ia Dêr.
Tại 2 điểm tiếp xúc có khoảng 260 cử tri tham dự. Theo thông báo, sau hơn 1 tháng làm việc, Quốc hội đã thông qua 11 luật và 16 nghị quyết, trong đó có Luật Căn cước công dân; cho ý kiến 9 dự án luật khác và tiến hành chất vấn 4 bộ trưởng.
Cử tri Rơ Châm Hyưn (làng Dơ Ngol, xã Ia Dêr) phản ánh giá cà phê, hồ tiêu bấp bênh, nhiều hộ đồng bào Jrai vay vốn nhưng chưa trả được nợ; đề nghị Ngân hàng Chính sách xã hội gia hạn nợ cho 47 hộ vay vốn trong làng. Ông Siu Phơ, người có uy tín làng Kép, đề nghị sớm sửa chữa hệ thống thủy lợi Ia Dêr; hiện khoảng 120 ha lúa nước của làng thiếu nước tưới vào mùa khô.
Cử tri Nguyễn Văn Lâm (thị trấn Ia Kha) kiến nghị giải quyết dứt điểm việc cấp giấy chứng nhận quyền sử dụng đất cho hơn 300 hộ dân ở tổ dân phố 5, đã chờ nhiều năm. Một số ý kiến đề nghị thực hiện đúng Nghị định số 41/2010/NĐ-CP về chính sách tín dụng phục vụ phát triển nông nghiệp, nông thôn; cử tri cũng hỏi về chế độ cho người có uy tín theo Quyết định 18/2011/QĐ-TTg của Thủ tướng Chính phủ.
Thay mặt Tổ đại biểu, bà Ksor H'Nhơn tiếp thu, giải trình các ý kiến thuộc thẩm quyền Quốc hội; những kiến nghị thuộc trách nhiệm địa phương đã được ông Puih Hen, Phó Chủ tịch UBND huyện Ia Grai, trả lời trực tiếp. Tổ đại biểu cam kết tổng hợp đầy đủ ý kiến gửi cơ quan có thẩm quyền xem xét, trả lời cử tri.
Cuối buổi tiếp xúc, cử tri bày tỏ vui mừng khi đại biểu về tận làng nghe dân nói; nhiều người mong các đại biểu dành thêm thời gian đi đến các làng xa, nói chuyện bằng tiếng Jrai để bà con hiểu rõ hơn các luật mới được thông qua. Già làng ở Dơ Ngol cũng đề nghị quan tâm hơn việc giữ gìn nhà rông, cồng chiêng, dạy chữ Jrai cho con em trong làng vào dịp hè.
Hà Duy
Tin liên quan
- Cử tri Chư Sê kiến nghị về giá nông sản (01/12/2014)
- Đoàn ĐBQH tỉnh tiếp xúc cử tri TP. Pleiku (29/11/2014)
- HĐND tỉnh chuẩn bị kỳ họp cuối năm (25/11/2014)
- Đổi mới hình thức tiếp xúc cử tri ở cơ sở (18/11/2014)
- Ia Grai: đối thoại với nông dân về tái canh cà phê (10/11/2014)
- Cử tri Đức Cơ quan tâm việc cấp giấy chứng nhận quyền sử dụng đất (05/11/2014)
""", "2014-12-03", "Đại biểu Quốc hội tiếp xúc cử tri Ia Grai sau kỳ họp thứ 8",
E("doi_thoai", None, "2014-12-02"),
[P("Ksor H'Nhơn", "Phó Chủ tịch Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội"),
 P("Nguyễn Thị Thanh Hà", "Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh"),
 P("Rơ Châm Hyưn"), P("Siu Phơ", "người có uy tín làng Kép"), P("Nguyễn Văn Lâm"),
 P("Puih Hen", "Phó Chủ tịch UBND huyện Ia Grai")],
[Q("2 điểm tiếp xúc", 2, "điểm tiếp xúc"), Q("khoảng 260 cử tri", 260, "cử tri", "approx"), Q("11 luật", 11, "luật"),
 Q("16 nghị quyết", 16, "nghị quyết"), Q("9 dự án luật", 9, "dự án luật"), Q("4 bộ trưởng", 4, "bộ trưởng"),
 Q("47 hộ", 47, "hộ"), Q("khoảng 120 ha", 120, "ha", "approx"), Q("hơn 300 hộ dân", 300, "hộ dân", "over")],
[D("Nghị định", "41", "2010/NĐ-CP", None, None, "Nghị định số 41/2010/NĐ-CP"),
 D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 18/2011/QĐ-TTg")],
[prov("Gia Lai"), com("Ia Dêr"), com("Ia Kha")],
["Báo Gia Lai điện tử", "Bạn đang ở: Trang chủ / Chính trị / Hoạt động của Đoàn ĐBQH", "(GLO)",
 "Đại biểu Quốc hội thông báo kết quả kỳ họp thứ 8 với cử tri xã Ia Dêr.", "Ngân hàng Chính sách xã hội", "làng Dơ Ngol", "Luật Căn cước công dân"],
["Thứ Tư, 03/12/2014", "đơn vị bầu cử số 2", "kỳ họp thứ 8", "khóa XIII", "hơn 1 tháng", "tổ dân phố 5", "Ngày 2-12"]))

PAGES.append(page("b2985-hatinh-hiepthuong-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH
Vị trí: Trang chủ :: Tin tức :: Bầu cử
Ngày đăng 18/03/2016 | 15:30
Hiệp thương lần thứ ba: Hà Tĩnh lập danh sách 10 người ứng cử đại biểu Quốc hội
Chiều 17/3, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng cử đại biểu Quốc hội khóa XIV và đại biểu HĐND tỉnh nhiệm kỳ 2016 - 2021. Bà Trần Thị Huyền, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh chủ trì hội nghị.
Quang cảnh hội nghị hiệp thương. Ảnh: Phan Trâm
Dự hội nghị có 98 đại biểu là thành viên Ủy ban MTTQ tỉnh, đại diện Ban Thường trực Ủy ban MTTQ các huyện, thị xã, thành phố. Theo báo cáo, sau hội nghị hiệp thương lần thứ hai, các cơ quan, đơn vị đã tổ chức lấy ý kiến cử tri nơi cư trú đối với người được giới thiệu ứng cử; tất cả đều đạt tín nhiệm trên 90%.
Căn cứ Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13, Nghị quyết số 1135/NQ-UBTVQH13 ngày 22/1/2016 của Ủy ban Thường vụ Quốc hội và Kế hoạch 18, 19-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, hội nghị đã hiệp thương, thống nhất lập danh sách chính thức 10 người ứng cử đại biểu Quốc hội (4 người do Trung ương giới thiệu, 6 người của địa phương) để bầu 6 đại biểu ở 2 đơn vị bầu cử; 85 người ứng cử đại biểu HĐND tỉnh để bầu 50 đại biểu.
Trong danh sách người ứng cử của địa phương có các đồng chí: Bùi Thị Mỹ Hạnh, Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh; Võ Hồng Sơn, Giám đốc Sở Tư pháp. Số người ứng cử là nữ chiếm 41,2%, người ngoài Đảng chiếm 11,8%, người trẻ tuổi dưới 40 tuổi chiếm khoảng 22%.
Phát biểu tại hội nghị, ông Lê Đình Hải, Phó Chủ tịch HĐND tỉnh, Phó Chủ tịch Ủy ban bầu cử tỉnh, đề nghị Ủy ban MTTQ các cấp phối hợp tổ chức tốt các hội nghị để người ứng cử tiếp xúc cử tri, vận động bầu cử, bảo đảm dân chủ, bình đẳng, đúng luật; kịp thời giải quyết đơn thư liên quan đến người ứng cử.
Đại diện Ủy ban MTTQ xã Thạch Hạ và phường Kỳ Trinh cho biết ở cơ sở, công tác lập danh sách cử tri, rà soát người đi làm ăn xa đã cơ bản hoàn thành; các tổ bầu cử đã được tập huấn nghiệp vụ.
Danh sách người ứng cử sẽ được gửi đến Ủy ban bầu cử tỉnh và Hội đồng bầu cử quốc gia để công bố, niêm yết theo quy định. Cuộc bầu cử sẽ diễn ra vào Chủ nhật, ngày 22/5/2016.
Phan Trâm
Các tin khác
- Lấy ý kiến cử tri nơi cư trú đối với người ứng cử (10/03/2016)
- Hội nghị hiệp thương lần thứ hai (18/02/2016)
- Tuyên truyền bầu cử trên hệ thống loa truyền thanh (05/02/2016)
- MTTQ Can Lộc giám sát công tác chuẩn bị bầu cử (28/01/2016)
""", "2016-03-18", "Hiệp thương lần thứ ba: Hà Tĩnh lập danh sách 10 người ứng cử đại biểu Quốc hội",
E("hoi_nghi", None, "2016-03-17"),
[P("Trần Thị Huyền", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Bùi Thị Mỹ Hạnh", "Phó Trưởng ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Võ Hồng Sơn", "Giám đốc Sở Tư pháp"),
 P("Lê Đình Hải", "Phó Chủ tịch HĐND tỉnh", "Phó Chủ tịch Ủy ban bầu cử tỉnh")],
[Q("10 người ứng cử đại biểu Quốc hội", 10, "người ứng cử đại biểu Quốc hội"), Q("98 đại biểu", 98, "đại biểu"),
 Q("trên 90%", 90, "%", "over"), Q("4 người", 4, "người"), Q("6 người", 6, "người"), Q("6 đại biểu", 6, "đại biểu"),
 Q("2 đơn vị bầu cử", 2, "đơn vị bầu cử"), Q("85 người ứng cử đại biểu HĐND tỉnh", 85, "người ứng cử đại biểu HĐND tỉnh"),
 Q("50 đại biểu", 50, "đại biểu"), Q("41,2%", 41.2, "%"), Q("11,8%", 11.8, "%"), Q("khoảng 22%", 22, "%", "approx")],
[D("Luật", "85", "2015/QH13", None, None, "số 85/2015/QH13"),
 D("Nghị quyết", "1135", "NQ-UBTVQH13", "2016-01-22", "Ủy ban Thường vụ Quốc hội", "Nghị quyết số 1135/NQ-UBTVQH13 ngày 22/1/2016"),
 D("Kế hoạch", "18", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19-KH/MTTQ-BTT"),
 D("Kế hoạch", "19", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 18, 19-KH/MTTQ-BTT")],
[prov("Hà Tĩnh"), com("Thạch Hạ"), com("Kỳ Trinh")],
["ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH", "Vị trí: Trang chủ :: Tin tức :: Bầu cử", "Quang cảnh hội nghị hiệp thương. Ảnh: Phan Trâm",
 "Hội đồng bầu cử quốc gia"],
["Ngày đăng 18/03/2016 | 15:30", "lần thứ ba", "lần thứ hai", "khóa XIV", "nhiệm kỳ 2016 - 2021", "dưới 40 tuổi", "22/5/2016"]))

PAGES.append(page("b2986-daklak-ungcuvien-2016", """
Cổng Thông tin điện tử tỉnh Đắk Lắk
Hôm nay: Thứ Ba, 10/05/2016
Trang chủ › Tin tức sự kiện › Bầu cử ĐBQH và HĐND
06/05/2016 - 09:40
Người ứng cử đại biểu Quốc hội khóa XIV tiếp xúc cử tri huyện Krông Bông
Ngày 5/5, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Krông Bông phối hợp với Ủy ban bầu cử huyện tổ chức hội nghị để những người ứng cử đại biểu Quốc hội khóa XIV ở đơn vị bầu cử số 3 tiếp xúc cử tri tại xã Cư Pui và xã Hòa Phong.
Người ứng cử trình bày chương trình hành động trước cử tri xã Cư Pui.
Tại 2 điểm tiếp xúc có hơn 400 cử tri, trong đó khoảng 60% là đồng bào Êđê, Mnông. Các người ứng cử gồm: bà H'Yim Kđoh, Phó Trưởng Ban Dân tộc HĐND tỉnh; ông Y Biêr Niê, Phó Giám đốc Sở Lao động - Thương binh và Xã hội; ông Nguyễn Văn Thiện, Phó Hiệu trưởng Trường Cao đẳng Sư phạm Đắk Lắk và bà Trương Thị Mai, Bí thư Đảng ủy xã Hòa Phong. Đơn vị bầu cử số 3 được bầu 3 đại biểu, có 5 người ứng cử.
Trong chương trình hành động, bà H'Yim Kđoh cam kết nếu trúng cử sẽ kiến nghị tăng đầu tư cho các buôn đặc biệt khó khăn, đẩy nhanh thực hiện Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ về hỗ trợ đất ở, đất sản xuất, nước sinh hoạt cho hộ đồng bào dân tộc thiểu số nghèo. Ông Y Biêr Niê nêu giải pháp dạy nghề cho thanh niên buôn làng, phấn đấu mỗi năm đào tạo nghề cho khoảng 1.500 lao động nông thôn.
Các cử tri bày tỏ tin tưởng và gửi gắm nhiều nguyện vọng. Ông Y Ngăm Mlô, Trưởng buôn Cư Pui A, mong đại biểu quan tâm đường giao thông vào buôn; hiện 12 km đường liên xã xuống cấp nặng. Bà H'Lim Byă đề nghị hỗ trợ giống cà phê tái canh. Cử tri xã Hòa Phong kiến nghị có cơ chế để đồng bào có việc làm ổn định.
Phát biểu tại hội nghị, ông Đinh Văn Khiết, Phó Chủ tịch Ủy ban MTTQ tỉnh, đề nghị cử tri tìm hiểu kỹ tiểu sử, chương trình hành động của người ứng cử để lựa chọn người xứng đáng. Hội nghị là một trong 14 cuộc tiếp xúc cử tri của người ứng cử đại biểu Quốc hội trên địa bàn tỉnh được tổ chức theo Kế hoạch số 21/KH-UBBC của Ủy ban bầu cử tỉnh.
Không khí hội nghị sôi nổi, nhiều câu hỏi được cử tri nêu thẳng thắn bằng tiếng Êđê và được cán bộ Mặt trận xã phiên dịch lại. Người ứng cử đã trả lời rõ ràng, cầu thị; những nội dung vượt thẩm quyền được ghi nhận để chuyển đến cơ quan chức năng.
Tổng kết đợt vận động bầu cử, tỉnh sẽ báo cáo kết quả về Hội đồng bầu cử quốc gia trước ngày 21/5.
H'Nhi - Thùy Dung
Tin khác
- Krông Năng: tập huấn nghiệp vụ cho 186 tổ bầu cử (04/05/2016)
- Cử tri Buôn Đôn nói về người ứng cử (02/05/2016)
- Niêm yết danh sách người ứng cử đại biểu HĐND tỉnh (28/04/2016)
- Công bố danh sách chính thức người ứng cử đại biểu Quốc hội (22/04/2016)
""", "2016-05-06", "Người ứng cử đại biểu Quốc hội khóa XIV tiếp xúc cử tri huyện Krông Bông",
E("doi_thoai", None, "2016-05-05"),
[P("H'Yim Kđoh", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Y Biêr Niê", "Phó Giám đốc Sở Lao động - Thương binh và Xã hội"),
 P("Nguyễn Văn Thiện", "Phó Hiệu trưởng Trường Cao đẳng Sư phạm Đắk Lắk"),
 P("Trương Thị Mai", "Bí thư Đảng ủy xã Hòa Phong"),
 P("Y Ngăm Mlô", "Trưởng buôn Cư Pui A"), P("H'Lim Byă"),
 P("Đinh Văn Khiết", "Phó Chủ tịch Ủy ban MTTQ tỉnh")],
[Q("2 điểm tiếp xúc", 2, "điểm tiếp xúc"), Q("hơn 400 cử tri", 400, "cử tri", "over"), Q("khoảng 60%", 60, "%", "approx"), Q("3 đại biểu", 3, "đại biểu"),
 Q("5 người ứng cử", 5, "người ứng cử"), Q("khoảng 1.500 lao động nông thôn", 1500, "lao động nông thôn", "approx"),
 Q("12 km", 12, "km"), Q("14 cuộc tiếp xúc cử tri", 14, "cuộc tiếp xúc cử tri")],
[D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Kế hoạch", "21", "KH-UBBC", None, "Ủy ban bầu cử tỉnh", "Kế hoạch số 21/KH-UBBC")],
[prov("Đắk Lắk"), com("Cư Pui"), com("Hòa Phong")],
["Cổng Thông tin điện tử tỉnh Đắk Lắk", "Hôm nay: Thứ Ba, 10/05/2016", "Trang chủ › Tin tức sự kiện › Bầu cử ĐBQH và HĐND",
 "Người ứng cử trình bày chương trình hành động trước cử tri xã Cư Pui.", "Hội đồng bầu cử quốc gia"],
["Hôm nay: Thứ Ba, 10/05/2016", "06/05/2016 - 09:40", "khóa XIV", "đơn vị bầu cử số 3", "Đơn vị bầu cử số 3", "mỗi năm"]))
