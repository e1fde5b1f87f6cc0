from lib import *
PAGES = []

PAGES.append(page("b9125-nghean-mttq-taphuan-ttnd-2011", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN
Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội
Thứ Sáu, 16/09/2011 - 09:20
Ảnh: Quang cảnh lớp tập huấn.
Tập huấn nghiệp vụ cho 480 Trưởng ban Thanh tra nhân dân xã, phường
Trong 3 ngày, từ 13 đến 15/9/2011, Ban Thường trực Ủy ban MTTQ tỉnh Nghệ An phối hợp với Thanh tra tỉnh tổ chức lớp tập huấn nghiệp vụ năm 2011 cho 480 Trưởng ban Thanh tra nhân dân (TTND) các xã, phường, thị trấn trong tỉnh. Ông Hồ Sỹ Thành, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và phát biểu khai mạc.
Các học viên được nghe bà Nguyễn Thị Kim Oanh, Phó Chánh Thanh tra tỉnh, giới thiệu những nội dung cơ bản của Luật Thanh tra số 56/2010/QH12 và Nghị định số 99/2005/NĐ-CP ngày 28/7/2005 của Chính phủ quy định chi tiết về tổ chức và hoạt động của Ban Thanh tra nhân dân. Ông Phan Đình Lục, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn kỹ năng tiếp nhận, phân loại đơn thư, kiến nghị của công dân và cách lập biên bản kiến nghị gửi UBND xã.
Theo báo cáo của Ban Thường trực, toàn tỉnh hiện có 480 Ban TTND với 3.312 thành viên, trong đó trên 60% là đảng viên, gần 20% là cán bộ hưu trí. Trong 8 tháng đầu năm, các Ban TTND đã tiến hành 1.126 cuộc giám sát, phát hiện 214 vụ việc sai phạm, kiến nghị thu hồi cho Nhà nước và nhân dân hơn 1,3 tỷ đồng; tham gia hòa giải thành 386 vụ việc mâu thuẫn ở khu dân cư.
Tuy vậy, hoạt động của một số Ban TTND còn hình thức, thành viên chủ yếu kiêm nhiệm, kinh phí hỗ trợ thấp, chỉ 50.000 đồng/tháng cho Trưởng ban ở nhiều xã. "Có nơi Ban TTND không được UBND xã cung cấp thông tin về các công trình xây dựng, nên không giám sát được", ông Lê Văn Cường, Trưởng ban TTND xã Diễn Kim, chia sẻ tại lớp học.
Bà Trần Thị Hương, Trưởng ban TTND phường Hưng Dũng, cho biết năm 2011 Ban đã giám sát việc thu, chi quỹ phòng chống lụt bão và đề nghị phường hoàn trả cho 45 hộ số tiền thu sai quy định.
Trong phần thảo luận, nhiều học viên đề nghị Thanh tra tỉnh biên soạn sổ tay nghiệp vụ ngắn gọn, dễ hiểu; đề nghị UBND các xã công khai dự toán, quyết toán ngân sách tại trụ sở và nhà văn hóa thôn để Ban TTND có căn cứ giám sát. Một số ý kiến cũng kiến nghị nâng mức hỗ trợ cho thành viên Ban TTND, bởi hoạt động giám sát đòi hỏi nhiều thời gian đi lại, gặp gỡ người dân.
Kết thúc lớp tập huấn, ông Hồ Sỹ Thành đề nghị Ban Thường trực Ủy ban MTTQ các huyện thực hiện tốt Thông tri số 05/TTr-MTTW ngày 12/5/2011 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam, kiện toàn ngay các Ban TTND còn thiếu thành viên.
Hoài Thu
Lượt xem: 1.204
Tin liên quan
- Nghi Lộc: 32 Ban TTND được kiện toàn (02/09/2011)
- Hội nghị triển khai Luật Thanh tra năm 2010 (18/08/2011)
- Quỳnh Lưu: giám sát việc bình xét hộ nghèo (05/08/2011)
""", "2011-09-16", "Tập huấn nghiệp vụ cho 480 Trưởng ban Thanh tra nhân dân xã, phường",
E("tap_huan", "2011", "2011-09-13"),
[P("Hồ Sỹ Thành", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Nguyễn Thị Kim Oanh", "Phó Chánh Thanh tra tỉnh"),
 P("Phan Đình Lục", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
 P("Lê Văn Cường", "Trưởng ban TTND xã Diễn Kim"),
 P("Trần Thị Hương", "Trưởng ban TTND phường Hưng Dũng")],
[Q("480 Trưởng ban Thanh tra nhân dân", 480, "Trưởng ban Thanh tra nhân dân"),
 Q("480 Ban TTND", 480, "Ban TTND"), Q("3.312 thành viên", 3312, "thành viên"),
 Q("trên 60%", 60, "%", "over"), Q("gần 20%", 20, "%", "approx"),
 Q("1.126 cuộc giám sát", 1126, "cuộc giám sát"), Q("214 vụ việc sai phạm", 214, "vụ việc sai phạm"),
 Q("hơn 1,3 tỷ đồng", 1300000000, "đồng", "over"), Q("386 vụ việc mâu thuẫn", 386, "vụ việc mâu thuẫn"),
 Q("50.000 đồng/tháng", 50000, "đồng"), Q("45 hộ", 45, "hộ")],
[D("Luật", "56", "2010/QH12", None, None, "Luật Thanh tra số 56/2010/QH12"),
 D("Nghị định", "99", "2005/NĐ-CP", "2005-07-28", "Chính phủ", "Nghị định số 99/2005/NĐ-CP ngày 28/7/2005"),
 D("Thông tri", "05", "TTr-MTTW", "2011-05-12", "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Thông tri số 05/TTr-MTTW ngày 12/5/2011")],
[prov("Nghệ An"), com("Diễn Kim"), com("Hưng Dũng")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH NGHỆ AN", "Trang chủ > Hoạt động Mặt trận > Giám sát và phản biện xã hội",
 "Ảnh: Quang cảnh lớp tập huấn.", "Lượt xem: 1.204", "Ban Thanh tra nhân dân"],
["Thứ Sáu, 16/09/2011 - 09:20", "3 ngày", "8 tháng đầu năm", "năm 2011", "Lượt xem: 1.204"]))

PAGES.append(page("b9126-thaibinh-xa-daihoi-ttnd-2012", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HỘI - HUYỆN VŨ THƯ - TỈNH THÁI BÌNH
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể
Ngày đăng 30/03/2012 | 15:40
Xã Vũ Hội bầu Ban Thanh tra nhân dân nhiệm kỳ 2012 - 2014
Sáng 28/3/2012, Ban Thường trực Ủy ban MTTQ xã Vũ Hội tổ chức Hội nghị nhân dân bầu Ban Thanh tra nhân dân xã nhiệm kỳ 2012 - 2014. Dự hội nghị có đồng chí Bùi Văn Khiêm, Phó Chủ tịch Ủy ban MTTQ huyện Vũ Thư; đồng chí Phạm Văn Thịnh, Bí thư Đảng ủy, Chủ tịch HĐND xã cùng 125 đại biểu đại diện cho 8 thôn trong xã.
Báo cáo đánh giá hoạt động nhiệm kỳ 2010 - 2012 do ông Đỗ Văn Hạnh, Trưởng ban TTND xã trình bày nêu rõ: trong nhiệm kỳ, Ban đã tổ chức 14 cuộc giám sát việc thực hiện chính sách, pháp luật, việc thu chi các loại quỹ và giám sát 6 công trình xây dựng cơ bản như nhà văn hóa thôn, đường giao thông nội đồng; tiếp nhận 23 đơn thư, kiến nghị của nhân dân, chuyển đến UBND xã giải quyết 21 đơn, đạt 91,3%. Qua giám sát, Ban đã kiến nghị UBND xã điều chỉnh việc thu đóng góp xây dựng trường mầm non, hoàn trả cho nhân dân hơn 38 triệu đồng.
Ông Đỗ Văn Hạnh cũng thẳng thắn chỉ ra hạn chế: một số thành viên tuổi cao, chưa nắm vững nghiệp vụ; Ban chưa được mời tham dự đầy đủ các cuộc họp của UBND xã; kinh phí hoạt động còn hạn hẹp.
Hội nghị đã thống nhất số lượng Ban TTND xã nhiệm kỳ mới gồm 7 thành viên và tiến hành bầu cử bằng hình thức bỏ phiếu kín. Kết quả, 7 ông, bà trúng cử với số phiếu từ 82% trở lên. Ngay sau đó, Ban TTND xã đã họp phiên thứ nhất, bầu ông Đỗ Văn Hạnh giữ chức Trưởng ban, bà Nguyễn Thị Lan, Trưởng thôn Hội Khê, làm Phó Trưởng ban; ông Vũ Đình Tuấn, cựu chiến binh thôn Đông Đoài, làm Phó Trưởng ban.
Phát biểu tại hội nghị, đồng chí Phạm Văn Thịnh, Bí thư Đảng ủy xã đề nghị Ban TTND nhiệm kỳ mới tập trung giám sát việc thực hiện Quy chế dân chủ ở cơ sở theo Pháp lệnh số 34/2007/PL-UBTVQH11 của Ủy ban Thường vụ Quốc hội, việc bình xét hộ nghèo và dồn điền đổi thửa; Đảng ủy, UBND xã sẽ tạo điều kiện để Ban hoạt động hiệu quả.
Theo ông Bùi Văn Khiêm, Vũ Hội là một trong những xã đầu tiên của huyện Vũ Thư và tỉnh Thái Bình tổ chức bầu Ban TTND theo đúng quy trình: Ban Thường trực Ủy ban MTTQ xã hiệp thương, lập danh sách đề cử, thông báo công khai tại các thôn trước 10 ngày để nhân dân góp ý. Những người được giới thiệu đều là người có uy tín, am hiểu pháp luật, có điều kiện dành thời gian cho công việc.
Hội nghị cũng biểu quyết thông qua Quy chế hoạt động của Ban TTND xã nhiệm kỳ 2012 - 2014.
Văn phòng UBND xã
Tin khác
- Xã Vũ Hội ra quân làm thủy lợi nội đồng (20/03/2012)
- Hội Nông dân xã tổng kết năm 2011 (10/01/2012)
- Thôn Hội Khê đón Bằng công nhận làng văn hóa (25/12/2011)
""", "2012-03-30", "Xã Vũ Hội bầu Ban Thanh tra nhân dân nhiệm kỳ 2012 - 2014",
E("dai_hoi", None, "2012-03-28"),
[P("Bùi Văn Khiêm", "Phó Chủ tịch Ủy ban MTTQ huyện Vũ Thư"),
 P("Phạm Văn Thịnh", "Bí thư Đảng ủy", "Chủ tịch HĐND xã", "Bí thư Đảng ủy xã"),
 P("Đỗ Văn Hạnh", "Trưởng ban TTND xã", "Trưởng ban"),
 P("Nguyễn Thị Lan", "Trưởng thôn Hội Khê", "Phó Trưởng ban"),
 P("Vũ Đình Tuấn", "cựu chiến binh thôn Đông Đoài", "Phó Trưởng ban")],
[Q("125 đại biểu", 125, "đại biểu"), Q("8 thôn", 8, "thôn"), Q("14 cuộc giám sát", 14, "cuộc giám sát"),
 Q("6 công trình xây dựng cơ bản", 6, "công trình xây dựng cơ bản"), Q("23 đơn thư, kiến nghị", 23, "đơn thư, kiến nghị"),
 Q("21 đơn", 21, "đơn"), Q("91,3%", 91.3, "%"), Q("hơn 38 triệu đồng", 38000000, "đồng", "over"),
 Q("7 thành viên", 7, "thành viên"), Q("82% trở lên", 82, "%", "over")],
[D("Pháp lệnh", "34", "2007/PL-UBTVQH11", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh số 34/2007/PL-UBTVQH11")],
[prov("Thái Bình"), com("Vũ Hội")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ VŨ HỘI - HUYỆN VŨ THƯ - TỈNH THÁI BÌNH", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận và các đoàn thể",
 "Văn phòng UBND xã", "Quy chế dân chủ ở cơ sở"],
["Ngày đăng 30/03/2012 | 15:40", "10 ngày", "nhiệm kỳ 2012 - 2014", "nhiệm kỳ 2010 - 2012", "7 ông, bà", "phiên thứ nhất"]))

PAGES.append(page("b9127-quangnam-mttq-tongket-ttnd-2013", """
Báo Quảng Nam điện tử
Chính trị - Xã hội | Mặt trận
Cập nhật: 16:05, 20/12/2013 (GMT+7)
Toàn cảnh hội nghị. Ảnh: V.A
Quảng Nam: Ban Thanh tra nhân dân phát hiện gần 900 triệu đồng thu chi sai
(QNO) - Ngày 19/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng năm 2013. Ông Nguyễn Văn Hạnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Năm 2013, 244 Ban TTND xã, phường, thị trấn trong tỉnh đã tổ chức 1.508 cuộc giám sát, trong đó 412 cuộc giám sát việc thực hiện chính sách hỗ trợ người nghèo, người có công; phát hiện 167 vụ việc có dấu hiệu vi phạm, kiến nghị xử lý 131 vụ việc. Qua giám sát, các Ban TTND đã kiến nghị thu hồi gần 900 triệu đồng thu chi sai quy định, trả lại cho dân 214 triệu đồng. Các Ban Giám sát đầu tư của cộng đồng giám sát 986 công trình với tổng vốn trên 310 tỷ đồng, phát hiện 57 công trình thi công không đúng thiết kế.
Theo ông Trần Đình Tùng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, kết quả nổi bật là nhiều Ban TTND đã chủ động giám sát ngay từ khi có phản ánh của người dân. Điển hình như Ban TTND xã Tam Xuân I phát hiện việc chi sai tiền hỗ trợ giống sau lũ; Ban TTND xã Điện Minh giám sát việc thu các khoản đóng góp ở trường học, đề nghị bãi bỏ 3 khoản thu không đúng quy định.
Ông Huỳnh Tấn Lợi, Trưởng ban TTND xã Tam Xuân I, nói: "Ban không làm thay cơ quan thanh tra nhà nước, nhưng khi dân phản ánh thì phải đến tận nơi, có biên bản rõ ràng, kiến nghị đúng địa chỉ thì chính quyền mới tiếp thu".
Hội nghị chỉ rõ một số hạn chế: 38 Ban TTND hoạt động yếu; việc phối hợp giữa UBND cấp xã với Ban TTND có nơi chưa chặt chẽ; chế độ phụ cấp chưa tương xứng. Thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị, năm 2014 Mặt trận các cấp sẽ gắn hoạt động của Ban TTND với giám sát và phản biện xã hội.
Các đại biểu cũng đề xuất tỉnh sớm có hướng dẫn về mức chi cho hoạt động giám sát; tăng cường bồi dưỡng cho thành viên mới được bầu, nhất là ở các xã miền núi như Nam Giang, Tây Giang, nơi đường sá đi lại khó khăn, trình độ thành viên Ban TTND chưa đồng đều, nhiều người chưa từng được tập huấn.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 15 tập thể và 22 cá nhân có thành tích xuất sắc.
Vĩnh Anh
Tin liên quan
- Núi Thành: giám sát việc cấp giấy chứng nhận quyền sử dụng đất (06/12/2013)
- Hội nghị hiệp thương thống nhất giới thiệu người ứng cử (28/11/2013)
- Duy Xuyên kiện toàn Ban Giám sát đầu tư của cộng đồng (14/11/2013)
""", "2013-12-20", "Quảng Nam: Ban Thanh tra nhân dân phát hiện gần 900 triệu đồng thu chi sai",
E("tong_ket", "2013", "2013-12-19"),
[P("Nguyễn Văn Hạnh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Đình Tùng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Huỳnh Tấn Lợi", "Trưởng ban TTND xã Tam Xuân I")],
[Q("gần 900 triệu đồng", 900000000, "đồng", "approx"), Q("244 Ban TTND", 244, "Ban TTND"),
 Q("1.508 cuộc giám sát", 1508, "cuộc giám sát"), Q("412 cuộc giám sát", 412, "cuộc giám sát"),
 Q("167 vụ việc có dấu hiệu vi phạm", 167, "vụ việc"), Q("131 vụ việc", 131, "vụ việc"),
 Q("214 triệu đồng", 214000000, "đồng"), Q("986 công trình", 986, "công trình"),
 Q("trên 310 tỷ đồng", 310000000000, "đồng", "over"), Q("57 công trình", 57, "công trình"),
 Q("3 khoản thu", 3, "khoản thu"), Q("38 Ban TTND", 38, "Ban TTND"),
 Q("15 tập thể", 15, "tập thể"), Q("22 cá nhân", 22, "cá nhân")],
[D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 218-QĐ/TW ngày 12/12/2013")],
[prov("Quảng Nam"), com("Tam Xuân I"), com("Điện Minh")],
["Báo Quảng Nam điện tử", "Chính trị - Xã hội | Mặt trận", "Toàn cảnh hội nghị. Ảnh: V.A", "(QNO)", "Ban Giám sát đầu tư của cộng đồng"],
["Cập nhật: 16:05, 20/12/2013 (GMT+7)", "năm 2013", "năm 2014"]))

PAGES.append(page("b9128-dongthap-xa-giamsat-ttnd-2014", """
BÁO ĐỒNG THÁP ONLINE
Trang chủ › Thời sự › Xây dựng Đảng - Chính quyền
08:15 | 15/08/2014
Ban TTND xã Mỹ Hiệp kiến nghị thu hồi 46 triệu đồng hỗ trợ sai đối tượng
Ông Lê Văn Sang (bìa phải), Trưởng ban TTND xã Mỹ Hiệp trao đổi với người dân ấp 3.
(ĐTO) - Sau gần 2 tháng giám sát việc chi trả tiền hỗ trợ lúa giống theo Quyết định số 142/2009/QĐ-TTg của Thủ tướng Chính phủ, Ban Thanh tra nhân dân xã Mỹ Hiệp (huyện Cao Lãnh, tỉnh Đồng Tháp) vừa có kết quả giám sát gửi UBND xã và Ủy ban MTTQ Việt Nam xã, kiến nghị thu hồi 46 triệu đồng hỗ trợ sai đối tượng.
Cuộc giám sát bắt nguồn từ đơn phản ánh của 12 hộ dân ấp 3 và ấp 5 về việc danh sách nhận hỗ trợ có cả những người không sản xuất lúa. Thực hiện Kế hoạch số 07/KH-BTTND ngày 10/6/2014 của Ban TTND xã, 5 thành viên Ban chia thành 2 tổ, đối chiếu danh sách với sổ bộ thuế đất và trực tiếp làm việc với từng hộ.
Theo ông Lê Văn Sang, Trưởng ban TTND xã, qua kiểm tra 317 hộ có tên trong danh sách, Ban phát hiện 19 hộ đã chuyển nhượng đất hoặc chuyển sang trồng xoài nhưng vẫn được nhận tiền, 4 hộ được kê khai diện tích cao hơn thực tế, tổng cộng 46 triệu đồng. "Không phải cán bộ ấp cố ý làm sai, mà do danh sách lập từ năm trước không được rà soát lại", ông Sang nói.
Nhận được kiến nghị, UBND xã đã tổ chức họp dân tại 2 ấp, công khai danh sách điều chỉnh và yêu cầu các hộ nhận sai hoàn trả trong tháng 8. Đến nay đã thu hồi được hơn 31 triệu đồng, đạt gần 70%. Ông Nguyễn Văn Bé Tư, Chủ tịch UBND xã Mỹ Hiệp cho biết, xã tiếp thu đầy đủ kiến nghị, đồng thời giao cán bộ địa chính, nông nghiệp rà soát lại toàn bộ danh sách trước mỗi đợt chi trả.
Bà Phạm Thị Thu Hà, Chủ tịch Ủy ban MTTQ Việt Nam xã, đánh giá đây là cuộc giám sát có chất lượng, đúng quy trình từ khâu tiếp nhận đơn, lập kế hoạch đến báo cáo kết quả. Từ đầu năm đến nay, Ban TTND xã đã tiến hành 6 cuộc giám sát, tiếp nhận 15 đơn thư và kiến nghị; 13 đơn đã được giải quyết xong.
Cũng theo Ủy ban MTTQ huyện Cao Lãnh, 6 tháng đầu năm 2014, 18 Ban TTND trong huyện đã giám sát 74 cuộc, kiến nghị thu hồi trên 180 triệu đồng. Ông Trương Minh Trí, Trưởng ban Phong trào Ủy ban MTTQ huyện, cho rằng những cuộc giám sát như ở Mỹ Hiệp cho thấy Ban TTND làm việc bài bản thì chính quyền sẽ lắng nghe và người dân sẽ tin tưởng hơn.
Theo kế hoạch, quý IV, Ban TTND xã Mỹ Hiệp sẽ giám sát việc thu, sử dụng quỹ đền ơn đáp nghĩa và việc xây dựng tuyến đường giao thông nông thôn ấp 2 có tổng kinh phí 1,2 tỷ đồng, trong đó nhân dân đóng góp 350 triệu đồng.
Minh Tâm
Tin cùng chuyên mục
- Cao Lãnh: 100% xã tổ chức hội nghị đối thoại với nông dân (11/08/2014)
- Hồng Ngự nâng cao chất lượng hoạt động Ban Giám sát đầu tư cộng đồng (04/08/2014)
- Tháp Mười: kiện toàn 13 Ban TTND (25/07/2014)
""", "2014-08-15", "Ban TTND xã Mỹ Hiệp kiến nghị thu hồi 46 triệu đồng hỗ trợ sai đối tượng",
E("giam_sat", None, None),
[P("Lê Văn Sang", "Trưởng ban TTND xã Mỹ Hiệp", "Trưởng ban TTND xã"),
 P("Nguyễn Văn Bé Tư", "Chủ tịch UBND xã Mỹ Hiệp"),
 P("Phạm Thị Thu Hà", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
 P("Trương Minh Trí", "Trưởng ban Phong trào Ủy ban MTTQ huyện")],
[Q("46 triệu đồng", 46000000, "đồng"), Q("12 hộ dân", 12, "hộ dân"), Q("5 thành viên", 5, "thành viên"),
 Q("2 tổ", 2, "tổ"), Q("317 hộ", 317, "hộ"), Q("19 hộ", 19, "hộ"), Q("4 hộ", 4, "hộ"),
 Q("2 ấp", 2, "ấp"), Q("hơn 31 triệu đồng", 31000000, "đồng", "over"), Q("gần 70%", 70, "%", "approx"),
 Q("6 cuộc giám sát", 6, "cuộc giám sát"), Q("15 đơn thư và kiến nghị", 15, "đơn thư và kiến nghị"), Q("13 đơn", 13, "đơn"),
 Q("18 Ban TTND", 18, "Ban TTND"), Q("74 cuộc", 74, "cuộc"), Q("trên 180 triệu đồng", 180000000, "đồng", "over"),
 Q("1,2 tỷ đồng", 1200000000, "đồng"), Q("350 triệu đồng", 350000000, "đồng")],
[D("Quyết định", "142", "2009/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 142/2009/QĐ-TTg"),
 D("Kế hoạch", "07", "KH-BTTND", "2014-06-10", "Ban TTND xã", "Kế hoạch số 07/KH-BTTND ngày 10/6/2014")],
[prov("Đồng Tháp"), com("Mỹ Hiệp")],
["BÁO ĐỒNG THÁP ONLINE", "Trang chủ › Thời sự › Xây dựng Đảng - Chính quyền",
 "Ông Lê Văn Sang (bìa phải), Trưởng ban TTND xã Mỹ Hiệp trao đổi với người dân ấp 3.", "(ĐTO)"],
["08:15 | 15/08/2014", "gần 2 tháng", "ấp 3", "ấp 5", "ấp 2", "6 tháng đầu năm 2014", "quý IV"]))

PAGES.append(page("b9129-laocai-mttq-daihoi-ttnd-2015", """
Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai
Vị trí: Trang chủ :: Tin hoạt động :: Cơ sở
10-04-2015 14:30
Xã Bản Lầu kiện toàn Ban Thanh tra nhân dân, lần đầu có thành viên người Mông
Ngày 8/4/2015, tại hội trường UBND xã Bản Lầu (huyện Mường Khương), Ủy ban MTTQ xã tổ chức Hội nghị đại biểu nhân dân bầu Ban Thanh tra nhân dân nhiệm kỳ 2015 - 2017. Dự hội nghị có bà Vàng Thị Mai, Phó Chủ tịch Ủy ban MTTQ huyện Mường Khương; ông Lù Văn Páo, Phó Bí thư Thường trực Đảng ủy xã và 96 đại biểu đại diện cho 18 thôn, bản.
Báo cáo nhiệm kỳ 2013 - 2015 cho thấy, Ban TTND xã gồm 5 thành viên đã tổ chức 9 cuộc giám sát, tập trung vào việc phân bổ vốn Chương trình 135, hỗ trợ gạo cứu đói giáp hạt và cấp phát giống ngô lai cho hộ nghèo. Ban tiếp nhận 11 đơn thư, kiến nghị, đề nghị UBND xã giải quyết 10 đơn; phát hiện và kiến nghị điều chỉnh 2 công trình kè suối thi công chưa đúng thiết kế với giá trị khoảng 65 triệu đồng.
Ông Hoàng Văn Thắng, Trưởng ban TTND xã nhiệm kỳ 2013 - 2015, cho biết khó khăn lớn nhất là địa bàn rộng, nhiều thôn giáp biên giới, thành viên Ban đều là người Tày, Nùng nên khi giám sát ở các thôn người Mông phải nhờ trưởng thôn phiên dịch. Vì vậy nhiệm kỳ này, Ủy ban MTTQ xã đã hiệp thương giới thiệu thêm một người Mông biết tiếng phổ thông vào danh sách bầu cử.
Hội nghị thống nhất Ban TTND xã nhiệm kỳ 2015 - 2017 có 7 thành viên. Kết quả bỏ phiếu, cả 7 người trong danh sách đều trúng cử với tỷ lệ phiếu từ 78,1% đến 100%. Tại phiên họp đầu tiên, ông Hoàng Văn Thắng tiếp tục được tín nhiệm giữ chức Trưởng ban; ông Giàng Seo Chư, Trưởng thôn Na Lốc 3, được bầu làm Phó Trưởng ban. Ông Chư là người Mông đầu tiên tham gia Ban TTND của xã.
"Tôi sẽ đi đến từng nhà nghe bà con nói, rồi về báo cáo Ban, không để việc nhỏ thành việc lớn", ông Giàng Seo Chư nói sau khi trúng cử.
Phát biểu chỉ đạo, bà Vàng Thị Mai đề nghị Ban TTND nhiệm kỳ mới bám sát Kế hoạch số 21-KH/ĐU ngày 2/3/2015 của Đảng ủy xã về thực hiện Quy chế dân chủ ở cơ sở, ưu tiên giám sát các chính sách theo Quyết định số 755/QĐ-TTg và Quyết định số 2085/QĐ-TTg của Thủ tướng Chính phủ; đồng thời đề nghị UBND xã bố trí kinh phí hoạt động cho Ban theo quy định, không để Ban "có tên mà không có việc".
Cũng trong tháng 4, 15 xã, thị trấn còn lại của huyện Mường Khương sẽ hoàn thành việc bầu Ban TTND nhiệm kỳ mới.
Giàng Thị Dung - Ủy ban MTTQ huyện Mường Khương
Tin khác
- Bát Xát: 22 Ban TTND hoàn thành kiện toàn (06/04/2015)
- Hội nghị giao ban công tác Mặt trận quý I năm 2015 (31/03/2015)
- Si Ma Cai: giám sát chính sách hỗ trợ nhà ở cho hộ nghèo (20/03/2015)
""", "2015-04-10", "Xã Bản Lầu kiện toàn Ban Thanh tra nhân dân, lần đầu có thành viên người Mông",
E("dai_hoi", None, "2015-04-08"),
[P("Vàng Thị Mai", "Phó Chủ tịch Ủy ban MTTQ huyện Mường Khương"),
 P("Lù Văn Páo", "Phó Bí thư Thường trực Đảng ủy xã"),
 P("Hoàng Văn Thắng", "Trưởng ban TTND xã nhiệm kỳ 2013 - 2015", "Trưởng ban"),
 P("Giàng Seo Chư", "Trưởng thôn Na Lốc 3", "Phó Trưởng ban")],
[Q("96 đại biểu", 96, "đại biểu"), Q("18 thôn, bản", 18, "thôn, bản"), Q("5 thành viên", 5, "thành viên"),
 Q("9 cuộc giám sát", 9, "cuộc giám sát"), Q("11 đơn thư, kiến nghị", 11, "đơn thư, kiến nghị"), Q("10 đơn", 10, "đơn"),
 Q("2 công trình kè suối", 2, "công trình kè suối"), Q("khoảng 65 triệu đồng", 65000000, "đồng", "approx"),
 Q("7 thành viên", 7, "thành viên"), Q("15 xã, thị trấn", 15, "xã, thị trấn")],
[D("Kế hoạch", "21", "KH/ĐU", "2015-03-02", "Đảng ủy xã", "Kế hoạch số 21-KH/ĐU ngày 2/3/2015"),
 D("Quyết định", "755", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg"),
 D("Quyết định", "2085", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 2085/QĐ-TTg")],
[prov("Lào Cai"), com("Bản Lầu")],
["Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "Vị trí: Trang chủ :: Tin hoạt động :: Cơ sở", "Chương trình 135",
 "Giàng Thị Dung - Ủy ban MTTQ huyện Mường Khương", "Quy chế dân chủ ở cơ sở"],
["10-04-2015 14:30", "nhiệm kỳ 2015 - 2017", "nhiệm kỳ 2013 - 2015", "78,1% đến 100%", "cả 7 người", "Na Lốc 3"]))

PAGES.append(page("b9130-binhduong-mttq-soket-ttnd-2016", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị » Mặt trận - Đoàn thể
Thứ Sáu, 22/07/2016, 10:45
Ủy ban MTTQ tỉnh sơ kết hoạt động giám sát 6 tháng đầu năm
Hoạt động của Ban TTND tiếp tục chuyển biến
Ngày 20/7, Ủy ban MTTQ Việt Nam tỉnh Bình Dương tổ chức hội nghị sơ kết 6 tháng đầu năm 2016 về hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng. Bà Nguyễn Thị Hồng Nhung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì.
Theo báo cáo, 6 tháng đầu năm, 91 Ban TTND xã, phường, thị trấn với 847 thành viên đã tổ chức 253 cuộc giám sát, tiếp nhận 312 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân; qua xem xét, Ban đã chuyển đến cơ quan có thẩm quyền 287 đơn, trong đó 241 đơn đã được giải quyết, đạt 84%. Nội dung giám sát chủ yếu là việc bồi thường, hỗ trợ tái định cư, cấp giấy chứng nhận quyền sử dụng đất, trật tự xây dựng và thu chi tài chính ở trường học.
Nhiều Ban TTND hoạt động hiệu quả như Ban TTND phường Phú Hòa, phường Tân Định, xã An Tây. Bà Lê Thị Ngọc Sương, Trưởng ban TTND phường Phú Hòa, cho biết qua giám sát việc thu các khoản ngoài học phí tại 4 trường học, Ban đã kiến nghị cắt giảm 2 khoản thu, giúp phụ huynh tiết kiệm khoảng 260 triệu đồng mỗi năm học. Ông Trần Văn Bảy, Trưởng ban TTND xã An Tây, chia sẻ Ban đã phát hiện một doanh nghiệp xả thải ra rạch, kiến nghị UBND xã lập biên bản, chuyển cơ quan chức năng xử phạt.
Tuy nhiên, hội nghị cũng nhận định, ở các phường đông dân nhập cư, thành viên Ban TTND chủ yếu là người hưu trí, ít có điều kiện tiếp cận hồ sơ dự án; có 9 Ban TTND chưa xây dựng chương trình giám sát 6 tháng cuối năm. Ông Huỳnh Văn Chín, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh đề nghị các Ban TTND thực hiện đúng Thông tư liên tịch số 40/2006/TTLT-BTC-BKH&ĐT-TTCP về kinh phí và quy trình giám sát.
Kết luận hội nghị, bà Nguyễn Thị Hồng Nhung nhấn mạnh 6 tháng cuối năm, Mặt trận các cấp cần tăng cường giám sát theo Quyết định số 217-QĐ/TW của Bộ Chính trị; tổ chức đại hội, bầu Ban TTND nhiệm kỳ 2016 - 2018 đúng quy định; hỗ trợ Ban TTND trong việc tiếp cận thông tin; kịp thời biểu dương những Ban hoạt động tốt. Mặt trận tỉnh sẽ phối hợp với Thanh tra tỉnh mở 2 lớp tập huấn cho khoảng 180 Trưởng, Phó ban TTND vào tháng 9.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao giấy khen cho 8 Ban TTND có thành tích tốt trong 6 tháng đầu năm.
Ngọc Thuận
Tin liên quan
- Thuận An: bầu Ban TTND nhiệm kỳ mới đạt 100% (18/07/2016)
- Giám sát việc thực hiện chính sách bảo hiểm xã hội (05/07/2016)
- Tân Uyên: đối thoại giữa người đứng đầu cấp ủy với nhân dân (29/06/2016)
""", "2016-07-22", "Ủy ban MTTQ tỉnh sơ kết hoạt động giám sát 6 tháng đầu năm",
E("so_ket", "2016-H1", "2016-07-20"),
[P("Nguyễn Thị Hồng Nhung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lê Thị Ngọc Sương", "Trưởng ban TTND phường Phú Hòa"),
 P("Trần Văn Bảy", "Trưởng ban TTND xã An Tây"),
 P("Huỳnh Văn Chín", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam tỉnh")],
[Q("91 Ban TTND", 91, "Ban TTND"), Q("847 thành viên", 847, "thành viên"), Q("253 cuộc giám sát", 253, "cuộc giám sát"),
 Q("312 đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh", 312, "đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh"),
 Q("287 đơn", 287, "đơn"), Q("241 đơn", 241, "đơn"), Q("84%", 84, "%"), Q("4 trường học", 4, "trường học"),
 Q("2 khoản thu", 2, "khoản thu"), Q("khoảng 260 triệu đồng", 260000000, "đồng", "approx"),
 Q("9 Ban TTND", 9, "Ban TTND"), Q("2 lớp tập huấn", 2, "lớp tập huấn"),
 Q("khoảng 180 Trưởng, Phó ban TTND", 180, "Trưởng, Phó ban TTND", "approx"), Q("8 Ban TTND", 8, "Ban TTND")],
[D("Thông tư liên tịch", "40", "2006/TTLT-BTC-BKH&ĐT-TTCP", None, None, "Thông tư liên tịch số 40/2006/TTLT-BTC-BKH&ĐT-TTCP"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW")],
[prov("Bình Dương"), com("Phú Hòa"), com("Tân Định"), com("An Tây")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị » Mặt trận - Đoàn thể", "Hoạt động của Ban TTND tiếp tục chuyển biến",
 "Ban Giám sát đầu tư của cộng đồng"],
["Thứ Sáu, 22/07/2016, 10:45", "6 tháng đầu năm 2016", "6 tháng cuối năm", "nhiệm kỳ 2016 - 2018", "mỗi năm học"]))
