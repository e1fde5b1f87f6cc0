from lib import *
PAGES = []

PAGES.append(page("b6173-laocai-mttq-giaoban-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI
Trang chủ > Hoạt động Mặt trận > Bản tin tháng
Thứ Sáu, 28/10/2011 - 16:20
Ảnh: Quang cảnh hội nghị giao ban.
Bản tin Mặt trận tháng 10: Giao ban khối Mặt trận, đoàn thể tỉnh
Ngày 27/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Lào Cai tổ chức giao ban công tác Mặt trận và các đoàn thể chính trị - xã hội tháng 10 năm 2011, triển khai nhiệm vụ tháng 11. Đồng chí Lý Seo Dìn, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì. Dự giao ban có 27 đồng chí là lãnh đạo Mặt trận, các đoàn thể tỉnh và Chủ tịch Ủy ban MTTQ 9 huyện, thành phố.
Báo cáo do đồng chí Hoàng Thị Thìn, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh trình bày cho biết, trong tháng các cấp Mặt trận tiếp tục thực hiện Chỉ thị 12, 13-CT/TU của Ban Thường vụ Tỉnh ủy về công tác vận động đồng bào Mông và về xây dựng khối đại đoàn kết ở vùng biên giới; triển khai Kế hoạch số 21/KH-MTTQ-BTT ngày 12/4/2011 của Ban Thường trực Ủy ban MTTQ tỉnh về cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Việc hỗ trợ nhà ở cho hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ được lồng ghép với xây nhà Đại đoàn kết.
BẢNG SỐ LIỆU CÔNG TÁC MẶT TRẬN THÁNG 10/2011
Nội dung | Tháng 10 | Lũy kế 10 tháng
Quỹ "Ngày vì người nghèo" tiếp nhận | 186 triệu đồng | 2,35 tỷ đồng
Nhà Đại đoàn kết khởi công | 14 căn | 212 căn
Nhà Đại đoàn kết bàn giao | 9 căn | 175 căn
Hộ nghèo được thăm, tặng quà | 320 hộ nghèo | 2.960 hộ nghèo
Khu dân cư được công nhận khu dân cư văn hóa | - | 1.046 khu dân cư
(Nguồn: Ban Phong trào Ủy ban MTTQ tỉnh)
So với cùng kỳ, số nhà Đại đoàn kết bàn giao tăng 12%; nguồn quỹ huy động đạt khoảng 78% kế hoạch năm. Riêng huyện Si Ma Cai vận động được trên 600 ngày công giúp hộ nghèo dựng nhà.
Tại giao ban, các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh: Vàng Seo Lử, Đỗ Thị Hạnh lần lượt báo cáo tình hình tư tưởng nhân dân vùng biên và kết quả giám sát cấp phát gạo cứu đói. Ông Sùng A Páo, HUV, Chủ tịch Ủy ban MTTQ huyện Bắc Hà, kiến nghị bổ sung kinh phí cho 46 Ban công tác Mặt trận thôn mới thành lập. Bà Tẩn Thị Mẩy, Chủ tịch Hội LHPN xã Tả Van, nêu cách vận động chị em người Giáy, người Dao Đỏ làm du lịch cộng đồng; ông Hầu A Lềnh, Trưởng Ban công tác Mặt trận thôn Lùng Phình, xã Bản Phố, đề nghị tiếp tục hỗ trợ 35 hộ di cư tự do ổn định cuộc sống.
Kết luận giao ban, đồng chí Lý Seo Dìn yêu cầu tháng 11 tập trung chuẩn bị "Ngày hội Đại đoàn kết toàn dân tộc" ở 100% khu dân cư, hoàn thành bàn giao ít nhất 30 căn nhà Đại đoàn kết trước ngày 18/11 và tổng hợp ý kiến cử tri trước kỳ họp Quốc hội.
Minh Khang
Lượt xem: 1.204
Tin liên quan
- Bắc Hà ra mắt 12 Ban công tác Mặt trận thôn (21/10/2011)
- Lào Cai: hơn 1.000 hộ nghèo được hỗ trợ làm nhà (14/10/2011)
- Giao ban Mặt trận tháng 9/2011 (30/09/2011)
""", "2011-10-28", "Bản tin Mặt trận tháng 10: Giao ban khối Mặt trận, đoàn thể tỉnh",
E("giao_ban", "2011-10", "2011-10-27"),
[P("Lý Seo Dìn", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Thị Thìn", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vàng Seo Lử", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Đỗ Thị Hạnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Sùng A Páo", "HUV", "Chủ tịch Ủy ban MTTQ huyện Bắc Hà"),
 P("Tẩn Thị Mẩy", "Chủ tịch Hội LHPN xã Tả Van"),
 P("Hầu A Lềnh", "Trưởng Ban công tác Mặt trận thôn Lùng Phình")],
[Q("27 đồng chí", 27, "đồng chí"), Q("9 huyện, thành phố", 9, "huyện, thành phố"),
 Q("186 triệu đồng", 186000000, "đồng"), Q("2,35 tỷ đồng", 2350000000, "đồng"),
 Q("14 căn", 14, "căn"), Q("212 căn", 212, "căn"), Q("9 căn", 9, "căn"), Q("175 căn", 175, "căn"),
 Q("320 hộ nghèo", 320, "hộ nghèo"), Q("2.960 hộ nghèo", 2960, "hộ nghèo"), Q("1.046 khu dân cư", 1046, "khu dân cư"),
 Q("12%", 12, "%"), Q("khoảng 78%", 78, "%", "approx"), Q("trên 600 ngày công", 600, "ngày công", "over"),
 Q("46 Ban công tác Mặt trận thôn", 46, "Ban công tác Mặt trận thôn"), Q("35 hộ di cư tự do", 35, "hộ di cư tự do"),
 Q("100%", 100, "%"), Q("ít nhất 30 căn nhà Đại đoàn kết", 30, "căn nhà Đại đoàn kết", "over")],
[D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Chỉ thị", "13", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 12, 13-CT/TU"),
 D("Kế hoạch", "21", "KH-MTTQ-BTT", "2011-04-12", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 21/KH-MTTQ-BTT ngày 12/4/2011"),
 D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg")],
[prov("Lào Cai"), com("Tả Van"), com("Bản Phố")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH LÀO CAI", "Trang chủ > Hoạt động Mặt trận > Bản tin tháng",
 "Ảnh: Quang cảnh hội nghị giao ban.", "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Ngày vì người nghèo",
 "Ngày hội Đại đoàn kết toàn dân tộc", "BẢNG SỐ LIỆU CÔNG TÁC MẶT TRẬN THÁNG 10/2011",
 "(Nguồn: Ban Phong trào Ủy ban MTTQ tỉnh)", "Lượt xem: 1.204"],
["Thứ Sáu, 28/10/2011 - 16:20", "27 đồng chí", "tháng 10 năm 2011", "Lũy kế 10 tháng", "ngày 18/11", "Lượt xem: 1.204"]))

PAGES.append(page("b6174-namdinh-haihau-mttq-baocao-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Cập nhật: 09:42, 04/06/2012 (GMT+7)
Hải Hậu: Mặt trận các cấp huy động 1,2 tỷ đồng xây dựng nông thôn mới
Theo Báo cáo số 18/BC-MTTQ ngày 1/6/2012 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu về kết quả công tác Mặt trận tháng 5 năm 2012 gửi Ủy ban MTTQ tỉnh Nam Định, trong tháng Mặt trận và các đoàn thể ở 35 xã, thị trấn đã vận động nhân dân hiến 12.400 m2 đất, đóng góp 1,2 tỷ đồng và trên 3.100 ngày công để làm đường giao thông nông thôn, kênh mương nội đồng.
Báo cáo nêu rõ, các cấp Mặt trận bám sát Nghị quyết chuyên đề số 05-NQ/HU của Huyện ủy về xây dựng nông thôn mới giai đoạn 2011 - 2015 và Quyết định số 800/QĐ-TTg của Thủ tướng Chính phủ. Cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư" tiếp tục được gắn với phong trào "Hải Hậu chung sức xây dựng nông thôn mới".
Bảng số liệu tháng 5/2012 của một số xã, thị trấn
STT | Xã, thị trấn | Tiền đóng góp | Đường bê tông | Hộ đăng ký gia đình văn hóa
1 | Hải Đông | 215 triệu đồng | 2,4 km | 1.150 hộ
2 | Hải Lý | 180 triệu đồng | 1,8 km | 960 hộ
3 | Hải Chính | 142 triệu đồng | 1,1 km | 874 hộ
4 | Thị trấn Thịnh Long | 96 triệu đồng | 0,7 km | 1.320 hộ
Toàn huyện | | 1,2 tỷ đồng | 14,6 km | 38.500 hộ
Trong tháng, Ủy ban MTTQ huyện chủ trì giám sát việc thu các khoản đóng góp tại 6 xã, phát hiện 3 trường hợp thu vượt quy định; đã kiến nghị UBND các xã hoàn trả 48 triệu đồng cho 127 hộ. Các đoàn thể kết nạp 215 hội viên mới, trong đó Hội Nông dân 86 hội viên, Hội Cựu chiến binh 41 hội viên.
Ông Trần Văn Huấn, Ủy viên Ban Thường vụ Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện cho biết, nhờ công khai bảng số liệu đóng góp tại nhà văn hóa xóm nên người dân đồng thuận cao, không có đơn thư khiếu nại. Bí thư Đảng ủy, Chủ tịch HĐND xã Hải Lý Nguyễn Văn Khiêm cho biết xã đã có 9/11 xóm hoàn thành bê tông hóa đường trục xóm.
Theo Kế hoạch số 27/KH-MTTQ ngày 8/5/2012 của Ban Thường trực Ủy ban MTTQ huyện, tháng 6 Mặt trận sẽ phối hợp tổ chức hội nghị đối thoại giữa lãnh đạo huyện với nhân dân về đền bù mở rộng đê biển. Các ông Đỗ Văn Thụ, Mai Xuân Trường - Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện được phân công theo dõi các xã ven biển; bà Vũ Thị Lan, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện, phụ trách tổng hợp ý kiến cử tri. Huyện phấn đấu đến cuối năm có trên 90% hộ đạt gia đình văn hóa.
Văn phòng Ủy ban MTTQ huyện
Tin khác
- Hải Hậu: giao ban Mặt trận tháng 4/2012 (03/05/2012)
- Xã Hải Đông ra mắt mô hình "Xóm tự quản" (25/04/2012)
- Trao 20 nhà Đại đoàn kết cho hộ nghèo (12/04/2012)
""", "2012-06-04", "Hải Hậu: Mặt trận các cấp huy động 1,2 tỷ đồng xây dựng nông thôn mới",
E("bao_cao", "2012-05", "2012-06-01"),
[P("Trần Văn Huấn", "Ủy viên Ban Thường vụ Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Nguyễn Văn Khiêm", "Bí thư Đảng ủy", "Chủ tịch HĐND xã Hải Lý"),
 P("Đỗ Văn Thụ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Mai Xuân Trường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Vũ Thị Lan", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện")],
[Q("35 xã, thị trấn", 35, "xã, thị trấn"), Q("12.400 m2", 12400, "m2"), Q("1,2 tỷ đồng", 1200000000, "đồng"),
 Q("trên 3.100 ngày công", 3100, "ngày công", "over"),
 Q("215 triệu đồng", 215000000, "đồng"), Q("2,4 km", 2.4, "km"), Q("1.150 hộ", 1150, "hộ"),
 Q("180 triệu đồng", 180000000, "đồng"), Q("1,8 km", 1.8, "km"), Q("960 hộ", 960, "hộ"),
 Q("142 triệu đồng", 142000000, "đồng"), Q("1,1 km", 1.1, "km"), Q("874 hộ", 874, "hộ"),
 Q("96 triệu đồng", 96000000, "đồng"), Q("0,7 km", 0.7, "km"), Q("1.320 hộ", 1320, "hộ"),
 Q("14,6 km", 14.6, "km"), Q("38.500 hộ", 38500, "hộ"),
 Q("6 xã", 6, "xã"), Q("3 trường hợp", 3, "trường hợp"), Q("48 triệu đồng", 48000000, "đồng"), Q("127 hộ", 127, "hộ"),
 Q("215 hội viên mới", 215, "hội viên mới"), Q("86 hội viên", 86, "hội viên"), Q("41 hội viên", 41, "hội viên"),
 Q("9/11 xóm", 9, "xóm"), Q("trên 90%", 90, "%", "over")],
[D("Báo cáo", "18", "BC-MTTQ", "2012-06-01", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hải Hậu", "Báo cáo số 18/BC-MTTQ ngày 1/6/2012"),
 D("Nghị quyết", "05", "NQ/HU", None, "Huyện ủy", "Nghị quyết chuyên đề số 05-NQ/HU"),
 D("Quyết định", "800", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 800/QĐ-TTg"),
 D("Kế hoạch", "27", "KH-MTTQ", "2012-05-08", "Ban Thường trực Ủy ban MTTQ huyện", "Kế hoạch số 27/KH-MTTQ ngày 8/5/2012")],
[prov("Nam Định"), com("Hải Đông"), com("Hải Lý"), com("Hải Chính"), com("Thịnh Long")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Hải Hậu chung sức xây dựng nông thôn mới",
 "Văn phòng Ủy ban MTTQ huyện", "Bảng số liệu tháng 5/2012 của một số xã, thị trấn"],
["Cập nhật: 09:42, 04/06/2012 (GMT+7)", "tháng 5 năm 2012", "giai đoạn 2011 - 2015", "STT"]))

PAGES.append(page("b6175-quangtri-mttq-soket-2013", """
BÁO QUẢNG TRỊ ĐIỆN TỬ
Chính trị » Mặt trận - Đoàn thể
08:15 | 10/07/2013
Mặt trận các cấp góp phần giữ vững ổn định vùng biên giới
Toàn cảnh hội nghị. Ảnh: Thanh Hải
QTO - Ngày 9/7, Ủy ban MTTQ Việt Nam tỉnh Quảng Trị tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2013, triển khai nhiệm vụ 6 tháng cuối năm. Đồng chí Nguyễn Thị Minh Thư, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Sáu tháng qua, các cấp Mặt trận đã tập trung thực hiện Nghị quyết số 23-NQ/TW của BCH Trung ương (khóa IX) về phát huy sức mạnh đại đoàn kết toàn dân tộc và Chương trình hành động số 09-CTr/TU của Tỉnh ủy; Ban Thường trực Ủy ban MTTQ tỉnh ban hành Kế hoạch 56, 57/KH-MTTQ-BTT về vận động đồng bào Vân Kiều, Pa Kô định canh định cư theo Quyết định 33/2007/QĐ-TTg của Thủ tướng Chính phủ và về giám sát hỗ trợ hộ nghèo.
Bảng: Một số chỉ tiêu 6 tháng đầu năm 2013
Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng | Tỷ lệ
Quỹ "Vì người nghèo" | 5 tỷ đồng | 3,15 tỷ đồng | 63%
Nhà Đại đoàn kết | 300 căn | 142 căn | 47,3%
Hộ được giúp thoát nghèo | 1.200 hộ | 518 hộ | 43,2%
Gia đình văn hóa | 85% | 82,6% | -
Theo báo cáo, ở 2 huyện miền núi Hướng Hóa và Đakrông, Mặt trận đã phối hợp vận động 74 hộ bỏ tập quán du canh, 31 hộ đồng bào trả lại 18 ha đất lấn chiếm rừng phòng hộ. Phong trào "3 không" ở vùng biên giới tiếp tục được duy trì ở 22 thôn, bản.
Tại hội nghị, ông Hồ Văn Nhiên, Chủ tịch Ủy ban MTTQ xã A Túc, đề nghị tỉnh hỗ trợ phụ cấp cho trưởng Ban công tác Mặt trận ở bản xa. Già làng Kăn Tĩnh, người có uy tín bản Ka Tăng, xã Hướng Phùng, cho biết bà con đã góp 12 tấn thóc giúp hộ thiếu đói; bà Hồ Thị Pâu, Phó Chủ tịch Hội LHPN huyện Đakrông, nêu khó khăn trong vận động phụ nữ sinh con tại trạm y tế ở xã Tà Rụt.
Dịp này, ông Lê Quang Vĩnh vừa được bổ nhiệm làm Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, đã báo cáo kế hoạch tổ chức "Ngày hội Đại đoàn kết toàn dân tộc" năm 2013 tại khoảng 1.100 khu dân cư.
Kết luận hội nghị, đồng chí Nguyễn Thị Minh Thư đề nghị 6 tháng cuối năm hoàn thành thêm không dưới 158 căn nhà Đại đoàn kết, bảo đảm đủ chỉ tiêu 300 căn của năm.
Thanh Hải
Tin cùng chuyên mục
- Hướng Hóa: 15 thôn, bản ra mắt tổ tự quản an ninh (02/07/2013)
- Ủy ban MTTQ tỉnh giao ban quý II/2013 (28/06/2013)
- Đakrông: trao 40 suất học bổng cho học sinh nghèo (20/06/2013)
- Vĩnh Linh: Mặt trận vận động xây dựng 12 nhà tình nghĩa (14/06/2013)
- Gio Linh tổ chức hội nghị người có uy tín năm 2013 (07/06/2013)
- Triệu Phong: ra mắt mô hình "Khu dân cư tự quản về môi trường" (30/05/2013)
""", "2013-07-10", "Mặt trận các cấp góp phần giữ vững ổn định vùng biên giới",
E("so_ket", "2013-H1", "2013-07-09"),
[P("Nguyễn Thị Minh Thư", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hồ Văn Nhiên", "Chủ tịch Ủy ban MTTQ xã A Túc"),
 P("Kăn Tĩnh", "Già làng", "người có uy tín bản Ka Tăng"),
 P("Hồ Thị Pâu", "Phó Chủ tịch Hội LHPN huyện Đakrông"),
 P("Lê Quang Vĩnh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")],
[Q("5 tỷ đồng", 5000000000, "đồng"), Q("3,15 tỷ đồng", 3150000000, "đồng"), Q("63%", 63, "%"),
 Q("300 căn", 300, "căn"), Q("142 căn", 142, "căn"), Q("47,3%", 47.3, "%"),
 Q("1.200 hộ", 1200, "hộ"), Q("518 hộ", 518, "hộ"), Q("43,2%", 43.2, "%"), Q("85%", 85, "%"), Q("82,6%", 82.6, "%"),
 Q("2 huyện miền núi", 2, "huyện miền núi"), Q("74 hộ", 74, "hộ"), Q("31 hộ đồng bào", 31, "hộ đồng bào"), Q("18 ha", 18, "ha"),
 Q("22 thôn, bản", 22, "thôn, bản"), Q("12 tấn thóc", 12, "tấn"),
 Q("khoảng 1.100 khu dân cư", 1100, "khu dân cư", "approx"),
 Q("không dưới 158 căn nhà Đại đoàn kết", 158, "căn nhà Đại đoàn kết", "over")],
[D("Nghị quyết", "23", "NQ/TW", None, "BCH Trung ương", "Nghị quyết số 23-NQ/TW"),
 D("Chương trình hành động", "09", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 09-CTr/TU"),
 D("Kế hoạch", "56", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 56, 57/KH-MTTQ-BTT"),
 D("Kế hoạch", "57", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 56, 57/KH-MTTQ-BTT"),
 D("Quyết định", "33", "2007/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 33/2007/QĐ-TTg")],
[prov("Quảng Trị"), com("A Túc"), com("Hướng Phùng"), com("Tà Rụt")],
["BÁO QUẢNG TRỊ ĐIỆN TỬ", "Chính trị » Mặt trận - Đoàn thể", "Toàn cảnh hội nghị.", "QTO", "Vì người nghèo",
 "3 không", "Ngày hội Đại đoàn kết toàn dân tộc", "Bảng: Một số chỉ tiêu 6 tháng đầu năm 2013"],
["08:15 | 10/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "khóa IX", "3 không", "Sáu tháng qua"]))

PAGES.append(page("b6176-daklak-eatul-mttq-daihoi-2014", """
ỦY BAN MTTQ VIỆT NAM HUYỆN CƯ M'GAR
Trang chủ | Tin tức | Đại hội Mặt trận các cấp
16/04/2014 - 10:05
Đại biểu biểu quyết thông qua Nghị quyết Đại hội.
Đại hội đại biểu MTTQ Việt Nam xã Ea Tul lần thứ VI, nhiệm kỳ 2014 - 2019
Ngày 15/4/2014, Ủy ban MTTQ Việt Nam xã Ea Tul, huyện Cư M'gar, tỉnh Đắk Lắk long trọng tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2014 - 2019. Dự đại hội có đồng chí Y Wang Hwing, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư M'gar; đồng chí Y Bhin Niê, Bí thư Đảng ủy xã Ea Tul cùng 120 đại biểu đại diện cho hơn 8.600 nhân khẩu của 13 buôn, thôn.
Báo cáo tổng kết nhiệm kỳ do bà H'Nuôn Byă, Phó Chủ tịch Ủy ban MTTQ Việt Nam xã trình bày cho thấy, 5 năm qua Mặt trận xã đã triển khai Hướng dẫn số 12/HD-MTTQ-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, Kế hoạch 05, 06-KH/ĐU của Đảng ủy xã và vận động đồng bào Êđê tham gia thực hiện chính sách theo Quyết định 755/QĐ-TTg của Thủ tướng Chính phủ.
Bảng số liệu: Kết quả nhiệm kỳ 2009 - 2014
Chỉ tiêu | Đầu nhiệm kỳ | Cuối nhiệm kỳ
Hộ nghèo | 612 hộ nghèo | 287 hộ nghèo
Tỷ lệ hộ nghèo | 24,5% | 10,8%
Buôn, thôn văn hóa | 3 buôn, thôn | 9 buôn, thôn
Quỹ "Vì người nghèo" | 46 triệu đồng | 152 triệu đồng
Nhiệm kỳ qua, nhân dân trong xã đã góp trên 1,6 tỷ đồng, hiến 7.200 m2 đất làm đường; Mặt trận phối hợp xây mới 21 căn nhà Đại đoàn kết, hòa giải thành 34 vụ việc tranh chấp đất rẫy. Các tổ hòa giải ở buôn Sút M'Đưng, buôn Ea Knốp giải quyết xong 100% vụ việc ngay tại cơ sở.
Đại hội thống nhất mục tiêu đến năm 2019 giảm tỷ lệ hộ nghèo xuống dưới 5%, có ít nhất 11 buôn, thôn đạt danh hiệu văn hóa. Đại hội hiệp thương cử 35 vị vào Ủy ban MTTQ Việt Nam xã khóa VI và cử 12 đại biểu đi dự Đại hội MTTQ huyện.
Tại phiên họp thứ nhất, ông Y Khuê Êban được tín nhiệm giữ chức Chủ tịch Ủy ban MTTQ Việt Nam xã khóa VI; các ông, bà Phó Chủ tịch Ủy ban MTTQ Việt Nam xã: H'Nuôn Byă, Nguyễn Văn Tỵ tiếp tục được hiệp thương. Ông Ama Hoan, người có uy tín buôn Sút M'Đưng, phát biểu mong Mặt trận tiếp tục là cầu nối giữa buôn làng với cấp ủy.
Phát biểu chỉ đạo, đồng chí Y Wang Hwing đề nghị Mặt trận xã phát huy vai trò 26 già làng, người có uy tín trong giữ gìn an ninh trật tự, không để kẻ xấu lôi kéo.
H'Xuân
Bài viết liên quan
- Xã Ea Kpam tổ chức Đại hội MTTQ lần thứ VI (11/04/2014)
- Cư M'gar hoàn thành Đại hội điểm cấp xã (02/04/2014)
- Buôn Ea Knốp đón nhận danh hiệu buôn văn hóa (20/03/2014)
- Cư M'gar: giao ban Mặt trận quý I/2014 (28/03/2014)
- Trao 15 con bò giống cho hộ nghèo xã Ea Tar (18/03/2014)
""", "2014-04-16", "Đại hội đại biểu MTTQ Việt Nam xã Ea Tul lần thứ VI, nhiệm kỳ 2014 - 2019",
E("dai_hoi", None, "2014-04-15"),
[P("Y Wang Hwing", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện Cư M'gar"),
 P("Y Bhin Niê", "Bí thư Đảng ủy xã Ea Tul"),
 P("H'Nuôn Byă", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Y Khuê Êban", "Chủ tịch Ủy ban MTTQ Việt Nam xã khóa VI"),
 P("Nguyễn Văn Tỵ", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Ama Hoan", "người có uy tín buôn Sút M'Đưng")],
[Q("120 đại biểu", 120, "đại biểu"), Q("hơn 8.600 nhân khẩu", 8600, "nhân khẩu", "over"), Q("13 buôn, thôn", 13, "buôn, thôn"),
 Q("612 hộ nghèo", 612, "hộ nghèo"), Q("287 hộ nghèo", 287, "hộ nghèo"), Q("24,5%", 24.5, "%"), Q("10,8%", 10.8, "%"),
 Q("3 buôn, thôn", 3, "buôn, thôn"), Q("9 buôn, thôn", 9, "buôn, thôn"),
 Q("46 triệu đồng", 46000000, "đồng"), Q("152 triệu đồng", 152000000, "đồng"),
 Q("trên 1,6 tỷ đồng", 1600000000, "đồng", "over"), Q("7.200 m2", 7200, "m2"),
 Q("21 căn nhà Đại đoàn kết", 21, "căn nhà Đại đoàn kết"), Q("34 vụ việc tranh chấp đất rẫy", 34, "vụ việc tranh chấp đất rẫy"),
 Q("100%", 100, "%"), Q("dưới 5%", 5, "%"), Q("ít nhất 11 buôn, thôn", 11, "buôn, thôn", "over"),
 Q("35 vị", 35, "vị"), Q("12 đại biểu", 12, "đại biểu"), Q("26 già làng, người có uy tín", 26, "già làng, người có uy tín")],
[D("Hướng dẫn", "12", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 12/HD-MTTQ-BTT"),
 D("Kế hoạch", "05", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 05, 06-KH/ĐU"),
 D("Kế hoạch", "06", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch 05, 06-KH/ĐU"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định 755/QĐ-TTg")],
[prov("Đắk Lắk"), com("Ea Tul")],
["ỦY BAN MTTQ VIỆT NAM HUYỆN CƯ M'GAR", "Trang chủ | Tin tức | Đại hội Mặt trận các cấp",
 "Đại biểu biểu quyết thông qua Nghị quyết Đại hội.", "Vì người nghèo", "Bảng số liệu: Kết quả nhiệm kỳ 2009 - 2014"],
["16/04/2014 - 10:05", "lần thứ VI", "nhiệm kỳ 2014 - 2019", "5 năm qua", "khóa VI", "phiên họp thứ nhất", "đến năm 2019"]))

PAGES.append(page("b6177-longan-mttq-giamsat-2015", """
BÁO LONG AN ONLINE
Thời sự > Chính trị > Mặt trận
Ngày đăng 06/11/2015 | 16:20
Mặt trận tỉnh giám sát 96 cuộc trong 10 tháng
Ngày 5/11, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Long An tổ chức hội nghị đánh giá kết quả giám sát năm 2015 theo Quyết định 217, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Bà Lê Thị Ngọc Bích, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Ông Nguyễn Hoàng Phong, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết, thực hiện Kế hoạch số 45/KH-MTTQ-BTT ngày 20/3/2015 của Ban Thường trực Ủy ban MTTQ tỉnh, từ đầu năm đến hết tháng 10, Mặt trận ba cấp đã chủ trì giám sát 96 cuộc, tổ chức 41 hội nghị phản biện dự thảo văn bản của chính quyền. Các bản tin Mặt trận hằng tháng đều đăng bảng số liệu giám sát để cơ sở đối chiếu.
BẢNG TỔNG HỢP GIÁM SÁT 10 THÁNG NĂM 2015
Cấp | Số cuộc giám sát | Kiến nghị | Đã được giải quyết
Tỉnh | 8 cuộc | 37 kiến nghị | 29 kiến nghị
Huyện | 26 cuộc | 112 kiến nghị | 87 kiến nghị
Xã | 62 cuộc | 305 kiến nghị | 251 kiến nghị
Cộng | 96 cuộc | 454 kiến nghị | 367 kiến nghị (80,8%)
Qua giám sát, Mặt trận đã kiến nghị thu hồi 1,37 tỷ đồng chi sai mục đích từ các công trình nông thôn mới và đề nghị xem xét trách nhiệm 5 cán bộ xã. Tại xã Mỹ Yên, đoàn giám sát phát hiện 14 hộ đủ điều kiện nhưng chưa được cấp thẻ bảo hiểm y tế; tại xã Long Hiệp, Ban Thanh tra nhân dân phát hiện 2 công trình bê tông không đạt thiết kế.
Ông Huỳnh Văn Sáu, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh, cho rằng từ khi Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13 được Quốc hội thông qua, vai trò giám sát của Mặt trận được xác định rõ hơn; tuy nhiên còn khoảng 20% kiến nghị chưa được trả lời đúng hạn. Bà Võ Thị Hồng, Chủ tịch Ủy ban MTTQ phường 3, thành phố Tân An, đề nghị tập huấn kỹ năng giám sát cho 190 Ban Thanh tra nhân dân.
Các ông Trương Văn Tám, Phan Minh Hiếu, Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, báo cáo kết quả giám sát chuyên đề về bảo hiểm y tế hộ cận nghèo và về thực hiện Quy chế dân chủ ở cơ sở.
Kết luận, bà Lê Thị Ngọc Bích yêu cầu 2 tháng cuối năm hoàn thành 100% cuộc giám sát theo kế hoạch, theo dõi đến cùng 87 kiến nghị chưa được giải quyết.
Hoài Thanh
Tin liên quan
- Long An: 15 huyện, thị xã tổ chức giao ban Mặt trận quý III (09/10/2015)
- Tân An: hội nghị phản biện dự thảo quy hoạch đô thị (24/09/2015)
- Mặt trận tỉnh tiếp xúc cử tri trước kỳ họp Quốc hội (14/09/2015)
- Đức Hòa: Ban Thanh tra nhân dân phát huy vai trò giám sát (02/09/2015)
- Bản tin Mặt trận tháng 9/2015: 12 hội nghị phản biện (28/08/2015)
""", "2015-11-06", "Mặt trận tỉnh giám sát 96 cuộc trong 10 tháng",
E("giam_sat", "2015", "2015-11-05"),
[P("Lê Thị Ngọc Bích", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hoàng Phong", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Văn Sáu", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh"),
 P("Võ Thị Hồng", "Chủ tịch Ủy ban MTTQ phường 3"),
 P("Trương Văn Tám", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phan Minh Hiếu", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh")],
[Q("96 cuộc", 96, "cuộc"), Q("41 hội nghị phản biện", 41, "hội nghị phản biện"),
 Q("8 cuộc", 8, "cuộc"), Q("37 kiến nghị", 37, "kiến nghị"), Q("29 kiến nghị", 29, "kiến nghị"),
 Q("26 cuộc", 26, "cuộc"), Q("112 kiến nghị", 112, "kiến nghị"), Q("87 kiến nghị", 87, "kiến nghị"),
 Q("62 cuộc", 62, "cuộc"), Q("305 kiến nghị", 305, "kiến nghị"), Q("251 kiến nghị", 251, "kiến nghị"),
 Q("454 kiến nghị", 454, "kiến nghị"), Q("367 kiến nghị", 367, "kiến nghị"), Q("80,8%", 80.8, "%"),
 Q("1,37 tỷ đồng", 1370000000, "đồng"), Q("5 cán bộ xã", 5, "cán bộ xã"), Q("14 hộ", 14, "hộ"), Q("2 công trình bê tông", 2, "công trình bê tông"),
 Q("khoảng 20%", 20, "%", "approx"), Q("190 Ban Thanh tra nhân dân", 190, "Ban Thanh tra nhân dân"), Q("100%", 100, "%")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định 217, 218-QĐ/TW ngày 12/12/2013"),
 D("Kế hoạch", "45", "KH-MTTQ-BTT", "2015-03-20", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 45/KH-MTTQ-BTT ngày 20/3/2015"),
 D("Luật", "75", "2015/QH13", None, "Quốc hội", "Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13")],
[prov("Long An"), com("Mỹ Yên"), com("Long Hiệp"), com("phường 3")],
["BÁO LONG AN ONLINE", "Thời sự > Chính trị > Mặt trận", "BẢNG TỔNG HỢP GIÁM SÁT 10 THÁNG NĂM 2015", "Mặt trận ba cấp"],
["Ngày đăng 06/11/2015 | 16:20", "10 tháng", "hết tháng 10", "2 tháng cuối năm", "Mặt trận ba cấp", "ba cấp"]))

PAGES.append(page("b6178-yenbai-vanchan-traoqua-2016", """
BÁO YÊN BÁI
Trang chủ › Xã hội › Đoàn kết - Mặt trận
Thứ Hai, 01/02/2016
Ông Hoàng Xuân Tuyến trao quà cho hộ nghèo xã Suối Giàng.
Trao 1.350 suất quà Tết cho hộ nghèo Văn Chấn
YBĐT - Ngày 30/1, Ủy ban MTTQ huyện Văn Chấn phối hợp với các nhà hảo tâm tổ chức trao 1.350 suất quà Tết cho hộ nghèo, gia đình chính sách tại 14 xã vùng cao của tỉnh Yên Bái. Tham dự có ông Hoàng Xuân Tuyến, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện Văn Chấn; bà Lò Thị Xiêm, Phó Chủ tịch Ủy ban MTTQ huyện.
Đợt trao quà thực hiện Kế hoạch số 86-KH/HU của Huyện ủy về tổ chức Tết Bính Thân 2016, Chỉ thị 41-CT/TU của Ban Thường vụ Tỉnh ủy và Công văn số 112/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về vận động "Tết vì người nghèo". Mỗi suất quà trị giá 400.000 đồng, gồm tiền mặt và nhu yếu phẩm; tổng giá trị 540 triệu đồng.
Bảng phân bổ quà theo xã (trích bản tin Mặt trận tháng 1/2016)
Xã | Số suất quà | Giá trị
Suối Giàng | 210 suất quà | 84 triệu đồng
Nậm Búng | 185 suất quà | 74 triệu đồng
Gia Hội | 160 suất quà | 64 triệu đồng
Nghĩa Sơn | 120 suất quà | 48 triệu đồng
10 xã còn lại | 675 suất quà | 270 triệu đồng
Cũng trong tháng 1, Mặt trận các cấp trong huyện tiếp nhận trên 2.000 chăn ấm, 850 áo ấm cho trẻ em và 15 tấn gạo từ các tổ chức, cá nhân. Các chi hội phụ nữ ở xã Nậm Búng vận động 46 hộ người Mông góp công dựng lại 3 căn nhà bị gió lốc làm tốc mái.
Tại buổi trao quà, ông Giàng A Chu, Chủ tịch Ủy ban MTTQ xã Suối Giàng, cho biết xã hiện có 712 hộ nghèo, chiếm 68% số hộ; nhiều gia đình người Mông lần đầu được nhận quà Tết từ doanh nghiệp ngoài tỉnh. Bà Hà Thị Chiên, người có uy tín bản Ngã Hai, xã Gia Hội, thay mặt bà con người Thái cảm ơn sự quan tâm của cấp ủy, chính quyền.
Ông Hoàng Xuân Tuyến đề nghị Mặt trận các xã tiếp tục rà soát, bảo đảm 100% hộ nghèo có Tết, không để hộ nào thiếu đói trong dịp Tết Nguyên đán và mùa giáp hạt.
Theo bản tin của Ủy ban MTTQ huyện, trong tháng 1 toàn huyện đã vận động được 1,12 tỷ đồng cho Quỹ "Vì người nghèo", tăng 18% so với cùng kỳ; 9 doanh nghiệp trên địa bàn nhận đỡ đầu học sinh nghèo ở các bản vùng cao.
Thanh Chi
Tin cùng chuyên mục
- Mù Cang Chải: 800 suất quà đến với đồng bào vùng cao (29/01/2016)
- Mặt trận tỉnh giao ban công tác tháng 1/2016 (27/01/2016)
- Trạm Tấu: trao 50 con bò giống cho hộ nghèo (20/01/2016)
- Lục Yên: Mặt trận vận động hỗ trợ 30 hộ bị thiệt hại do rét đậm (15/01/2016)
- Văn Chấn tổng kết công tác Mặt trận năm 2015 (08/01/2016)
- Nghĩa Lộ: ra mắt 6 mô hình "Khu dân cư tự quản" (04/01/2016)
- Yên Bình: hội nghị người có uy tín năm 2016 (02/01/2016)
""", "2016-02-01", "Trao 1.350 suất quà Tết cho hộ nghèo Văn Chấn",
E("trao_qua", None, "2016-01-30"),
[P("Hoàng Xuân Tuyến", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện Văn Chấn"),
 P("Lò Thị Xiêm", "Phó Chủ tịch Ủy ban MTTQ huyện"),
 P("Giàng A Chu", "Chủ tịch Ủy ban MTTQ xã Suối Giàng"),
 P("Hà Thị Chiên", "người có uy tín bản Ngã Hai")],
[Q("1.350 suất quà Tết", 1350, "suất quà"), Q("14 xã vùng cao", 14, "xã vùng cao"), Q("400.000 đồng", 400000, "đồng"),
 Q("540 triệu đồng", 540000000, "đồng"),
 Q("210 suất quà", 210, "suất quà"), Q("84 triệu đồng", 84000000, "đồng"),
 Q("185 suất quà", 185, "suất quà"), Q("74 triệu đồng", 74000000, "đồng"),
 Q("160 suất quà", 160, "suất quà"), Q("64 triệu đồng", 64000000, "đồng"),
 Q("120 suất quà", 120, "suất quà"), Q("48 triệu đồng", 48000000, "đồng"),
 Q("10 xã", 10, "xã"), Q("675 suất quà", 675, "suất quà"), Q("270 triệu đồng", 270000000, "đồng"),
 Q("trên 2.000 chăn ấm", 2000, "chăn ấm", "over"), Q("850 áo ấm", 850, "áo ấm"), Q("15 tấn gạo", 15, "tấn"),
 Q("46 hộ người Mông", 46, "hộ người Mông"), Q("3 căn nhà", 3, "căn nhà"),
 Q("712 hộ nghèo", 712, "hộ nghèo"), Q("68%", 68, "%"), Q("100%", 100, "%"),
 Q("1,12 tỷ đồng", 1120000000, "đồng"), Q("18%", 18, "%"), Q("9 doanh nghiệp", 9, "doanh nghiệp")],
[D("Kế hoạch", "86", "KH/HU", None, "Huyện ủy", "Kế hoạch số 86-KH/HU"),
 D("Chỉ thị", "41", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 41-CT/TU"),
 D("Công văn", "112", "MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Công văn số 112/MTTQ-BTT")],
[prov("Yên Bái"), com("Suối Giàng"), com("Nậm Búng"), com("Gia Hội"), com("Nghĩa Sơn")],
["BÁO YÊN BÁI", "Trang chủ › Xã hội › Đoàn kết - Mặt trận", "Ông Hoàng Xuân Tuyến trao quà cho hộ nghèo xã Suối Giàng.",
 "YBĐT", "Tết vì người nghèo", "Vì người nghèo", "Bảng phân bổ quà theo xã (trích bản tin Mặt trận tháng 1/2016)"],
["Thứ Hai, 01/02/2016", "Tết Bính Thân 2016", "tháng 1/2016", "Tết Nguyên đán"]))
