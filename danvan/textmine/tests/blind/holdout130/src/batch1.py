from lib import *
PAGES = []

PAGES.append(page("b3077-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ » Tin tức » Hoạt động dân vận
Thứ Tư, 28/12/2011 - 16:20
Ảnh: Quang cảnh hội nghị.
Lào Cai: Tổng kết công tác dân vận năm 2011, vận động đồng bào bỏ tập tục lạc hậu
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011 và triển khai nhiệm vụ năm 2012. Đồng chí Vàng Seo Dình, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Dự hội nghị có 65 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy, Mặt trận và các đoàn thể tỉnh.
Theo báo cáo do đồng chí Lý Thị Mai, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, năm 2011 Ban đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 21-CT/TU ngày 12/4/2011 về vận động đồng bào Mông, Dao thực hiện nếp sống văn minh trong việc cưới, việc tang. Ban cũng hướng dẫn các huyện triển khai kế hoạch số 38-KH/BDVTU về xây dựng thôn, bản không có tảo hôn.
Qua một năm, toàn tỉnh có 1.126 hộ đăng ký bỏ tục lệ ma chay kéo dài; khoảng 85% số thôn vùng cao đã xây dựng hương ước mới. Cả năm chỉ còn 47 vụ tảo hôn, giảm mạnh so với năm trước. Nhân dân hiến hơn 12.000 m2 đất, đóng góp trên 3,4 tỷ đồng làm đường giao thông nông thôn.
Tại hội nghị, ông Giàng A Páo, người có uy tín thôn Sín Chải, xã Bản Khoang, chia sẻ kinh nghiệm vận động bà con không mổ nhiều trâu, bò trong đám ma. Bà Tẩn Thị Sửu, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát, đề nghị tỉnh hỗ trợ kinh phí để 214 người có uy tín đi học tập mô hình ở các huyện bạn.
Đồng chí Vàng Seo Dình yêu cầu năm 2012 tiếp tục thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị; phát huy vai trò già làng, trưởng bản, người có uy tín; giải quyết dứt điểm đơn thư từ cơ sở, không để kẻ xấu lợi dụng tuyên truyền đạo trái pháp luật.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tập thể và 15 cá nhân có thành tích trong phong trào thi đua "Dân vận khéo". Đồng chí Nguyễn Văn Hòa, Chánh Văn phòng Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Nhiều ý kiến tại hội nghị cho rằng, công tác vận động đồng bào bỏ tập tục lạc hậu phải kiên trì, "mưa dầm thấm lâu", bắt đầu từ gia đình cán bộ, đảng viên và người có uy tín trong dòng họ; không nóng vội, áp đặt. Một số nơi việc xây dựng hương ước còn hình thức, chưa có chế tài phù hợp, chưa gắn với bình xét gia đình văn hóa hằng năm.
Lê Hương
Số lượt xem: 1.032
Tin liên quan
- Bát Xát: 30 thôn ký cam kết không tảo hôn (12/12/2011)
- Mường Khương tập huấn nghiệp vụ cho cán bộ dân vận xã (02/12/2011)
- Bắc Hà: vận động bà con người Mông bỏ tục thách cưới (21/11/2011)
- Đoàn công tác Ban Dân vận Trung ương thăm Lào Cai (04/11/2011)
- Sa Pa: phát huy vai trò già làng, trưởng bản trong giữ gìn an ninh trật tự (28/10/2011)
""", "2011-12-28", "Lào Cai: Tổng kết công tác dân vận năm 2011, vận động đồng bào bỏ tập tục lạc hậu",
E("tong_ket", "2011", "2011-12-27"),
[P("Vàng Seo Dình", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Thị Mai", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Páo", "người có uy tín thôn Sín Chải"),
 P("Tẩn Thị Sửu", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát"),
 P("Nguyễn Văn Hòa", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("65 đồng chí", 65, "đồng chí"), Q("1.126 hộ", 1126, "hộ"), Q("khoảng 85%", 85, "%", "approx"),
 Q("47 vụ tảo hôn", 47, "vụ tảo hôn"), Q("hơn 12.000 m2", 12000, "m2", "over"),
 Q("trên 3,4 tỷ đồng", 3400000000, "đồng", "over"), Q("214 người có uy tín", 214, "người có uy tín"),
 Q("9 tập thể", 9, "tập thể"), Q("15 cá nhân", 15, "cá nhân")],
[D("Chỉ thị", "21", "CT/TU", "2011-04-12", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 21-CT/TU ngày 12/4/2011"),
 D("Kế hoạch", "38", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "kế hoạch số 38-KH/BDVTU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010")],
[prov("Lào Cai"), com("Bản Khoang")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ » Tin tức » Hoạt động dân vận", "Ảnh: Quang cảnh hội nghị.",
 "Dân vận khéo", "Quy chế công tác dân vận", "Số lượt xem: 1.032"],
["Thứ Tư, 28/12/2011 - 16:20", "65 đồng chí", "năm 2011", "năm 2012", "Số lượt xem: 1.032"]))

PAGES.append(page("b3078-hagiang-bdv-nguoicouytin-2012", """
Cổng thông tin điện tử tỉnh Hà Giang
Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo
Cập nhật: 09:42, 14/09/2012 (GMT+7)
Hơn 300 người có uy tín dự hội nghị biểu dương
(HGĐT) - Sáng 13/9, tại thành phố Hà Giang, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2012. Hơn 300 già làng, trưởng thôn, người có uy tín đến từ 11 huyện, thành phố về dự.
Đồng chí Sùng Thị Chúa, Phó Trưởng Ban Dân vận Tỉnh ủy, và đồng chí Hoàng Văn Lèng, Trưởng Ban Dân tộc tỉnh đồng chủ trì hội nghị.
Báo cáo tại hội nghị cho biết, thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chế độ, chính sách đối với người có uy tín, toàn tỉnh hiện có 1.893 người có uy tín được bình chọn, công nhận. Năm 2012, tỉnh đã cấp không thu tiền 6 loại báo, tạp chí, tổ chức thăm hỏi, tặng quà với tổng kinh phí gần 1,2 tỷ đồng.
Người có uy tín đã tham gia hòa giải thành công 216 vụ việc mâu thuẫn trong nội bộ nhân dân, vận động 97 hộ từ bỏ tà đạo "Dương Văn Mình" trở lại sinh hoạt tín ngưỡng truyền thống, phát hiện và báo với chính quyền 12 trường hợp xuất nhập cảnh trái phép qua biên giới.
Tại hội nghị, ông Vàng Chá Dình, người có uy tín thôn Lũng Cú, xã Lũng Cú, huyện Đồng Văn, kể lại việc cả thôn cùng cam kết bỏ tục mổ trâu trong tang lễ. Bà Lù Thị Dung, người dân tộc Lô Lô, trưởng thôn Mã Là, cho biết thôn đã 3 năm liền không có trường hợp tảo hôn. Ông Chảo Văn Lở, người dân tộc Dao, người có uy tín xã Hồ Thầu, đề nghị tăng tiền hỗ trợ thăm hỏi khi người có uy tín ốm đau.
Phát biểu tại hội nghị, đồng chí Sùng Thị Chúa đề nghị các huyện tiếp tục thực hiện tốt Chỉ thị 06, 07-CT/TU của Ban Thường vụ Tỉnh ủy về công tác tôn giáo và về vận động nhân dân thực hiện nếp sống văn minh; thường xuyên gặp gỡ, lắng nghe ý kiến của người có uy tín.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 45 người có uy tín tiêu biểu; mỗi người được thưởng 500.000 đồng.
Quang cảnh hội nghị. Ảnh: Trần Hà
Nhiều đại biểu bày tỏ vui mừng khi lần đầu được về thành phố dự hội nghị, được gặp gỡ lãnh đạo tỉnh và trao đổi kinh nghiệm với người có uy tín các huyện bạn. Sau hội nghị, các đại biểu được đưa đi tham quan một số công trình văn hóa, mô hình phát triển kinh tế ở vùng ven thành phố.
Thanh Thủy
Tin khác
- Đồng Văn: 120 hộ đăng ký xây dựng gia đình văn hóa (10/09/2012)
- Yên Minh tổ chức tọa đàm về công tác dân tộc (30/08/2012)
- Bắc Mê vận động nhân dân hiến đất làm đường (21/08/2012)
- Hoàng Su Phì: phát huy vai trò người có uy tín trong xây dựng nông thôn mới (14/08/2012)
- Quản Bạ: tuyên truyền phòng, chống mua bán người ở khu vực biên giới (06/08/2012)
""", "2012-09-14", "Hơn 300 người có uy tín dự hội nghị biểu dương",
E("hoi_nghi", "2012", "2012-09-13"),
[P("Sùng Thị Chúa", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lèng", "Trưởng Ban Dân tộc tỉnh"),
 P("Vàng Chá Dình", "người có uy tín thôn Lũng Cú"),
 P("Lù Thị Dung", "trưởng thôn Mã Là"),
 P("Chảo Văn Lở", "người có uy tín xã Hồ Thầu")],
[Q("Hơn 300 người có uy tín", 300, "người có uy tín", "over"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("1.893 người có uy tín", 1893, "người có uy tín"), Q("6 loại báo, tạp chí", 6, "loại báo, tạp chí"),
 Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("216 vụ việc mâu thuẫn", 216, "vụ việc mâu thuẫn"),
 Q("97 hộ", 97, "hộ"), Q("12 trường hợp", 12, "trường hợp"),
 Q("45 người có uy tín tiêu biểu", 45, "người có uy tín tiêu biểu"), Q("500.000 đồng", 500000, "đồng")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU"),
 D("Chỉ thị", "07", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 06, 07-CT/TU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Hồ Thầu")],
["Cổng thông tin điện tử tỉnh Hà Giang", "Bạn đang ở: Trang chủ > Tin tức - Sự kiện > Dân tộc - Tôn giáo", "(HGĐT)",
 "Quang cảnh hội nghị. Ảnh: Trần Hà", "Dương Văn Mình", "Lô Lô"],
["Cập nhật: 09:42, 14/09/2012 (GMT+7)", "năm 2012", "3 năm liền"]))

PAGES.append(page("b3079-sonla-bdv-soket-2013", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Thời sự | Chính trị | Xây dựng Đảng
08:15 | 19/07/2013
Đồng chí Lò Văn Muôn phát biểu tại hội nghị.
Khối dân vận Sơn La đẩy mạnh vận động đồng bào vùng tái định cư
Chiều 18/7, Ban Dân vận Tỉnh ủy Sơn La tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm 2013. Đồng chí Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
6 tháng qua, khối dân vận các cấp đã tập trung vận động nhân dân ở 79 điểm tái định cư của dự án thủy điện Sơn La ổn định cuộc sống. Ban tham mưu Ban Thường vụ Tỉnh ủy sơ kết Nghị quyết số 12-NQ/TU về công tác dân vận vùng tái định cư; Ban Dân vận Tỉnh ủy ban hành Hướng dẫn số 15-HD/BDVTU ngày 6/3/2013 về xây dựng mô hình "Dân vận khéo" trong đồng bào Thái, Mông, Khơ Mú.
Các cấp đã tiếp 342 lượt công dân, nhận 61 đơn thư, kiến nghị; đã giải quyết 54 đơn, đạt 88,5%. Toàn tỉnh vận động được khoảng 2.300 hộ đồng bào Mông ký cam kết không nghe theo kẻ xấu tuyên truyền thành lập "Vương quốc Mông". Tại các huyện biên giới Sốp Cộp, Sông Mã, Mộc Châu, Yên Châu, lực lượng dân vận phối hợp Bộ đội Biên phòng tổ chức 126 buổi tuyên truyền về bảo vệ chủ quyền, an ninh biên giới.
Các ý kiến tham luận nêu rõ, một số nơi vẫn còn tục cướp vợ, tảo hôn, kết hôn cận huyết thống. Đồng chí Quàng Văn Bẩu, HUV, Trưởng Ban Dân vận Huyện ủy Sốp Cộp, cho biết huyện đã vận động 28 cặp tảo hôn tự nguyện chấm dứt. Bà Cầm Thị Phong, Chủ tịch Hội LHPN xã Mường Lạn, đề nghị có thêm tài liệu tuyên truyền bằng tiếng Thái, tiếng Mông.
Kết luận hội nghị, đồng chí Lò Văn Muôn yêu cầu 6 tháng cuối năm các cấp tiếp tục thực hiện Chỉ thị số 49-CT/TW của Ban Bí thư về xây dựng gia đình thời kỳ công nghiệp hóa, hiện đại hóa đất nước; tăng cường gặp gỡ, đối thoại với nhân dân; chú trọng phát huy vai trò của người có uy tín trong dòng họ.
Hội nghị cũng nghe đồng chí Đinh Công Thắng, Phó Trưởng Ban Dân vận Tỉnh ủy, triển khai kế hoạch kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở năm 2013.
Hội nghị đánh giá, bên cạnh kết quả đạt được, công tác nắm tình hình ở một số địa bàn vùng sâu, vùng xa còn chậm; đội ngũ cán bộ dân vận cơ sở thường xuyên thay đổi, hạn chế về tiếng dân tộc; việc phối hợp giữa các lực lượng trong vận động quần chúng có lúc chưa chặt chẽ.
Thu Hằng
Lượt đọc: 518
Tin cùng chuyên mục
- Mộc Châu: hội thi dân vận khéo cấp huyện (11/07/2013)
- Mường La vận động nhân dân di dân theo quy hoạch (28/06/2013)
- Quỳnh Nhai: 5 năm ổn định dân cư vùng lòng hồ (20/06/2013)
- Thuận Châu: vận động đồng bào Mông định canh, định cư (12/06/2013)
""", "2013-07-19", "Khối dân vận Sơn La đẩy mạnh vận động đồng bào vùng tái định cư",
E("so_ket", "2013-H1", "2013-07-18"),
[P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Quàng Văn Bẩu", "HUV", "Trưởng Ban Dân vận Huyện ủy Sốp Cộp"),
 P("Cầm Thị Phong", "Chủ tịch Hội LHPN xã Mường Lạn"),
 P("Đinh Công Thắng", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("79 điểm tái định cư", 79, "điểm tái định cư"), Q("342 lượt công dân", 342, "lượt công dân"),
 Q("61 đơn thư, kiến nghị", 61, "đơn thư, kiến nghị"), Q("54 đơn", 54, "đơn"), Q("88,5%", 88.5, "%"),
 Q("khoảng 2.300 hộ đồng bào Mông", 2300, "hộ đồng bào Mông", "approx"),
 Q("126 buổi tuyên truyền", 126, "buổi tuyên truyền"), Q("28 cặp tảo hôn", 28, "cặp tảo hôn")],
[D("Nghị quyết", "12", "NQ/TU", None, "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU"),
 D("Hướng dẫn", "15", "HD/BDVTU", "2013-03-06", "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 15-HD/BDVTU ngày 6/3/2013"),
 D("Chỉ thị", "49", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 49-CT/TW của Ban Bí thư")],
[prov("Sơn La"), com("Mường Lạn")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Thời sự | Chính trị | Xây dựng Đảng",
 "Đồng chí Lò Văn Muôn phát biểu tại hội nghị.", "Dân vận khéo", "Vương quốc Mông", "Bộ đội Biên phòng", "Lượt đọc: 518"],
["08:15 | 19/07/2013", "6 tháng đầu năm 2013", "6 tháng cuối năm", "Lượt đọc: 518"]))

PAGES.append(page("b3080-laichau-huyen-doithoai-2014", """
Cổng thông tin điện tử huyện Phong Thổ - tỉnh Lai Châu
Trang chủ / Tin tức / Hoạt động các cơ quan
17/10/2014 - 10:05
Phong Thổ: Đối thoại với đồng bào vùng biên về bỏ hủ tục trong việc cưới, việc tang
Ngày 16/10, tại xã Sì Lở Lầu, Ban Dân vận Huyện ủy phối hợp với UBND huyện Phong Thổ tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2014. Đồng chí Tao Văn Nghiêm, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện và đồng chí Pờ Lò Hừ, Phó Chủ tịch UBND huyện chủ trì buổi đối thoại.
Tham dự có khoảng 150 người dân đại diện cho 12 bản của các xã biên giới Sì Lở Lầu, Mồ Sì San, Vàng Ma Chải, trong đó có nhiều người có uy tín dân tộc Hà Nhì, Dao, Giáy.
Tại buổi đối thoại, bà con đã nêu 23 ý kiến góp ý, kiến nghị, tập trung vào hỗ trợ xóa nhà tạm, cấp giấy chứng nhận quyền sử dụng đất, cung ứng giống ngô, lúa và việc thực hiện hương ước bỏ tục đòi nhiều bạc trắng khi cưới. Ông Phàn Văn Pao, người có uy tín bản Hoang Thèn, đề nghị quy định cụ thể số mâm cỗ trong đám cưới để bà con dễ thực hiện. Ông Chu Gó Xá, Trưởng bản Sì Choang, phản ánh tình trạng một số thanh niên sang bên kia biên giới lao động không có giấy tờ.
Lãnh đạo huyện đã trả lời trực tiếp 19 ý kiến, các ý kiến còn lại giao phòng chuyên môn trả lời bằng văn bản trong 15 ngày. Đồng chí Tao Văn Nghiêm cho biết, năm 2014 huyện dành hơn 2,5 tỷ đồng hỗ trợ làm nhà cho 86 hộ nghèo theo Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ; đồng thời giao Ban Dân vận Huyện ủy xây dựng Kế hoạch số 27-KH/HU về vận động nhân dân thực hiện nếp sống văn minh giai đoạn 2014 - 2016.
Đồng chí cũng đề nghị các bản đưa nội dung không tảo hôn, không kết hôn cận huyết, không mê tín dị đoan vào hương ước; mỗi đám cưới không quá 30 mâm, đám tang không để quá 48 giờ. Bà Lý Thị Say, Bí thư Đảng ủy xã Sì Lở Lầu, cam kết cùng các bản tổ chức ký cam kết trong quý IV.
Đồng chí Pờ Lò Hừ tiếp thu ý kiến về việc cấp giống và hứa chỉ đạo giải quyết trước vụ xuân 2015.
Theo đánh giá của Ban Dân vận Huyện ủy, hình thức đối thoại trực tiếp tại bản giúp bà con mạnh dạn nói lên tâm tư, nguyện vọng; nhiều vướng mắc được giải quyết ngay tại chỗ, góp phần củng cố lòng tin của đồng bào vùng biên với cấp ủy, chính quyền.
Ảnh: Các đại biểu dự buổi đối thoại.
Hoàng Thắng (Đài TT-TH huyện)
Tin khác
- Phong Thổ: Hội nghị người có uy tín năm 2014 (03/10/2014)
- Ra mắt mô hình "Bản không có ma túy" tại xã Dào San (22/09/2014)
- Sì Lở Lầu: Trao 20 con bò giống cho hộ nghèo (12/09/2014)
- Mường So tổ chức lễ hội Then Kin Pang (02/09/2014)
""", "2014-10-17", "Phong Thổ: Đối thoại với đồng bào vùng biên về bỏ hủ tục trong việc cưới, việc tang",
E("doi_thoai", "2014", "2014-10-16"),
[P("Tao Văn Nghiêm", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Pờ Lò Hừ", "Phó Chủ tịch UBND huyện"),
 P("Phàn Văn Pao", "người có uy tín bản Hoang Thèn"),
 P("Chu Gó Xá", "Trưởng bản Sì Choang"),
 P("Lý Thị Say", "Bí thư Đảng ủy xã Sì Lở Lầu")],
[Q("khoảng 150 người dân", 150, "người dân", "approx"), Q("12 bản", 12, "bản"), Q("23 ý kiến", 23, "ý kiến"),
 Q("19 ý kiến", 19, "ý kiến"), Q("hơn 2,5 tỷ đồng", 2500000000, "đồng", "over"), Q("86 hộ nghèo", 86, "hộ nghèo"),
 Q("không quá 30 mâm", 30, "mâm")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "27", "KH/HU", None, None, "Kế hoạch số 27-KH/HU")],
[prov("Lai Châu"), com("Sì Lở Lầu"), com("Mồ Sì San"), com("Vàng Ma Chải")],
["Cổng thông tin điện tử huyện Phong Thổ - tỉnh Lai Châu", "Trang chủ / Tin tức / Hoạt động các cơ quan",
 "Ảnh: Các đại biểu dự buổi đối thoại.", "Hà Nhì", "Giáy"],
["17/10/2014 - 10:05", "15 ngày", "48 giờ", "năm 2014", "quý IV", "giai đoạn 2014 - 2016"]))

PAGES.append(page("b3081-dienbien-bdv-traoqua-2015", """
Báo Điện Biên Phủ điện tử
Chính trị - Xã hội » Dân tộc - Miền núi
Ngày đăng 12/02/2015 | 15:30
Ảnh: Đồng chí Lò Văn Puốn trao quà cho người có uy tín xã Pa Thơm.
Thăm, chúc Tết và tặng quà người có uy tín vùng biên giới
(ĐBP) - Ngày 11/2, đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Lò Văn Puốn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy làm trưởng đoàn đã đến thăm, chúc Tết và tặng quà người có uy tín, già làng, trưởng bản tại các xã biên giới Pa Thơm, Na Ư, Mường Nhà của huyện Điện Biên.
Tại xã Pa Thơm, nơi 100% dân số là đồng bào Lào, đồng chí Lò Văn Puốn đã thông tin nhanh tình hình kinh tế - xã hội của tỉnh năm 2014, đồng thời ghi nhận những đóng góp của người có uy tín trong việc giữ gìn an ninh biên giới, vận động bà con không trồng cây thuốc phiện, không nghe kẻ xấu xúi giục di cư tự do. Ông Lò Văn Xôm, người có uy tín bản Pa Thơm, thay mặt bà con cảm ơn sự quan tâm của Đảng, Nhà nước.
Tại xã Na Ư, đoàn đến thăm ông Vừ A Sử, người có uy tín bản Na Ư, người đã vận động 17 hộ đồng bào Mông bỏ tục cúng ma khi có người ốm để đưa người bệnh đến trạm y tế. Ông Vừ A Sử cho biết, từ khi có hương ước, bản không còn tục để người chết trong nhà nhiều ngày.
Dịp này, đoàn đã trao 75 suất quà Tết, mỗi suất gồm tiền mặt 500.000 đồng và hiện vật; tổng trị giá khoảng 60 triệu đồng. Kinh phí được trích từ nguồn thực hiện Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ và sự đóng góp của các doanh nghiệp trên địa bàn.
Cũng trong dịp này, Ban Dân vận Huyện ủy Điện Biên phối hợp với Đồn Biên phòng Mường Nhà tặng 30 chiếc chăn ấm cho các hộ nghèo. Bà Quàng Thị Hoa, Phó Trưởng Ban Dân vận Huyện ủy, cho biết huyện hiện có 312 người có uy tín, trong đó 64 người ở các xã biên giới.
Theo kế hoạch, trước Tết Nguyên đán Ất Mùi, Ban Dân vận Tỉnh ủy sẽ thăm, tặng quà người có uy tín tại 5 huyện biên giới theo Kế hoạch số 112-KH/BDVTU ngày 20/1/2015.
Được biết, những năm qua đội ngũ người có uy tín ở các xã biên giới huyện Điện Biên đã tích cực tham gia tự quản đường biên, mốc giới, phát hiện và tố giác tội phạm ma túy, vận động con em trong độ tuổi đi học đến trường, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở.
Tin, ảnh: Quang Hưng
Lượt xem: 2.145
Bài viết liên quan
- Mường Chà: tặng quà Tết cho người nghèo (10/02/2015)
- Nậm Pồ: hội nghị biểu dương người có uy tín (05/02/2015)
- Tuần Giáo: đón Tết an toàn, tiết kiệm (30/01/2015)
- Tủa Chùa: vận động đồng bào Mông xóa bỏ hủ tục (22/01/2015)
- Điện Biên Đông: ra mắt mô hình "Bản văn hóa không có tảo hôn" (15/01/2015)
""", "2015-02-12", "Thăm, chúc Tết và tặng quà người có uy tín vùng biên giới",
E("trao_qua", None, "2015-02-11"),
[P("Lò Văn Puốn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lò Văn Xôm", "người có uy tín bản Pa Thơm"),
 P("Vừ A Sử", "người có uy tín bản Na Ư"),
 P("Quàng Thị Hoa", "Phó Trưởng Ban Dân vận Huyện ủy")],
[Q("100%", 100, "%"), Q("17 hộ đồng bào Mông", 17, "hộ đồng bào Mông"), Q("75 suất quà", 75, "suất quà"),
 Q("500.000 đồng", 500000, "đồng"), Q("khoảng 60 triệu đồng", 60000000, "đồng", "approx"),
 Q("30 chiếc chăn ấm", 30, "chiếc chăn ấm"), Q("312 người có uy tín", 312, "người có uy tín"),
 Q("64 người", 64, "người"), Q("5 huyện biên giới", 5, "huyện biên giới")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Kế hoạch", "112", "KH/BDVTU", "2015-01-20", None, "Kế hoạch số 112-KH/BDVTU ngày 20/1/2015")],
[prov("Điện Biên"), com("Pa Thơm"), com("Na Ư"), com("Mường Nhà")],
["Báo Điện Biên Phủ điện tử", "Chính trị - Xã hội » Dân tộc - Miền núi",
 "Ảnh: Đồng chí Lò Văn Puốn trao quà cho người có uy tín xã Pa Thơm.", "(ĐBP)", "Đồn Biên phòng Mường Nhà", "Lượt xem: 2.145"],
["Ngày đăng 12/02/2015 | 15:30", "năm 2014", "Tết Nguyên đán Ất Mùi", "Lượt xem: 2.145"]))

PAGES.append(page("b3082-laocai-mttq-giamsat-2016", """
ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI
Vị trí: Trang chủ :: Hoạt động giám sát, phản biện
29-09-2016 09:40
Giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số tại Si Ma Cai
Thực hiện chương trình giám sát năm 2016, ngày 27 và 28/9, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ tỉnh do bà Giàng Thị Dung, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người có uy tín và chính sách hỗ trợ đất sản xuất, nước sinh hoạt tại huyện Si Ma Cai, tỉnh Lào Cai. Cùng đi có ông Hoàng Văn Thạch, Phó Trưởng Ban Dân tộc HĐND tỉnh, và đại diện Ban Dân vận Tỉnh ủy.
Đoàn đã làm việc với UBND huyện và giám sát trực tiếp tại các xã Sán Chải, Cán Cấu, Lùng Sui. Theo báo cáo của UBND huyện, giai đoạn 2014 - 2016, huyện đã hỗ trợ đất sản xuất cho 214 hộ, hỗ trợ nước sinh hoạt phân tán cho 1.035 hộ theo Quyết định số 755/QĐ-TTg ngày 20/5/2013 của Thủ tướng Chính phủ với tổng kinh phí trên 4,1 tỷ đồng. Toàn huyện có 96 người có uy tín được hưởng chế độ cấp báo, thăm hỏi theo quy định.
Qua giám sát, đoàn ghi nhận đa số hộ sử dụng đúng mục đích nguồn hỗ trợ; người có uy tín phát huy vai trò trong vận động bà con người Mông, Nùng, Phù Lá bỏ tục lệ lạc hậu, giảm chi phí đám cưới, đám tang. Tuy nhiên, vẫn còn 11 hộ bán lại đất được hỗ trợ; việc chi trả kinh phí thăm hỏi người có uy tín ốm đau còn chậm; khoảng 20% bể chứa nước đã xuống cấp.
Ông Vàng Seo Sử, Chủ tịch UBND xã Sán Chải, giải trình thêm về việc thu hồi đất hỗ trợ sai đối tượng. Ông Thào Seo Lử, người có uy tín thôn Sán Chải, kiến nghị cấp thêm ống dẫn nước cho các thôn ở xa nguồn.
Kết luận buổi giám sát, bà Giàng Thị Dung đề nghị UBND huyện chỉ đạo rà soát, xử lý dứt điểm các trường hợp sai phạm; thực hiện nghiêm Thông tư liên tịch số 07/2014/TTLT-BTC-UBDT của Bộ Tài chính, Ủy ban Dân tộc; phối hợp Mặt trận các xã tổ chức 3 cuộc đối thoại với nhân dân trong quý IV. Kết quả giám sát sẽ được báo cáo Ban Thường vụ Tỉnh ủy theo Quyết định số 217-QĐ/TW của Bộ Chính trị.
Ảnh: Đoàn giám sát làm việc tại xã Cán Cấu.
Được biết, trong năm 2016, Ủy ban MTTQ tỉnh chủ trì 4 cuộc giám sát chuyên đề, tập trung vào các chính sách đối với đồng bào vùng cao, vùng biên giới, qua đó kiến nghị cấp có thẩm quyền điều chỉnh nhiều bất cập trong tổ chức thực hiện.
Phạm Thị Lan - Ban Phong trào
Tin liên quan
- Bảo Thắng: giám sát thực hiện Quy chế dân chủ ở cơ sở (20/09/2016)
- Hội thảo phản biện dự thảo Đề án phát triển dược liệu (08/09/2016)
- Văn Bàn: biểu dương người có uy tín năm 2016 (25/08/2016)
- Mặt trận tham gia xây dựng nông thôn mới ở vùng cao (15/08/2016)
""", "2016-09-29", "Giám sát việc thực hiện chính sách hỗ trợ đồng bào dân tộc thiểu số tại Si Ma Cai",
E("giam_sat", "2016", "2016-09-27"),
[P("Giàng Thị Dung", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Hoàng Văn Thạch", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Vàng Seo Sử", "Chủ tịch UBND xã Sán Chải"),
 P("Thào Seo Lử", "người có uy tín thôn Sán Chải")],
[Q("214 hộ", 214, "hộ"), Q("1.035 hộ", 1035, "hộ"), Q("trên 4,1 tỷ đồng", 4100000000, "đồng", "over"),
 Q("96 người có uy tín", 96, "người có uy tín"), Q("11 hộ", 11, "hộ"), Q("khoảng 20%", 20, "%", "approx"),
 Q("3 cuộc đối thoại", 3, "cuộc đối thoại"), Q("4 cuộc giám sát chuyên đề", 4, "cuộc giám sát chuyên đề")],
[D("Quyết định", "755", "QĐ-TTg", "2013-05-20", "Thủ tướng Chính phủ", "Quyết định số 755/QĐ-TTg ngày 20/5/2013"),
 D("Thông tư liên tịch", "07", "2014/TTLT-BTC-UBDT", None, "Bộ Tài chính, Ủy ban Dân tộc", "Thông tư liên tịch số 07/2014/TTLT-BTC-UBDT"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW của Bộ Chính trị")],
[prov("Lào Cai"), com("Sán Chải"), com("Cán Cấu"), com("Lùng Sui")],
["ỦY BAN MTTQ VIỆT NAM TỈNH LÀO CAI", "Vị trí: Trang chủ :: Hoạt động giám sát, phản biện",
 "Ảnh: Đoàn giám sát làm việc tại xã Cán Cấu.", "Phù Lá"],
["29-09-2016 09:40", "năm 2016", "giai đoạn 2014 - 2016", "quý IV"]))
