from lib import *
PAGES = []

PAGES.append(page("b8429-hagiang-nguoiuytin-hoinghi-2011", """
BAN DÂN TỘC TỈNH HÀ GIANG - Cổng thông tin điện tử
Trang chủ > Tin tức - Sự kiện > Công tác dân tộc
Thứ Sáu, 18/11/2011 - 09:30
Quang cảnh hội nghị. Ảnh: Minh Tuấn
Hà Giang: Phát huy vai trò người có uy tín trong hòa giải tranh chấp đất đai ở vùng cao
Ngày 16/11/2011, Ban Dân tộc phối hợp với Ban Dân vận Tỉnh ủy Hà Giang tổ chức hội nghị gặp mặt, biểu dương người có uy tín trong đồng bào dân tộc thiểu số năm 2011. Dự hội nghị có 215 đại biểu là người có uy tín tiêu biểu đến từ 11 huyện, thành phố.
Báo cáo tại hội nghị cho biết, toàn tỉnh hiện có 1.836 người có uy tín, phần lớn là già làng, trưởng họ, trưởng thôn và thầy cúng. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số, trong năm tỉnh đã cấp 4 loại báo cho người có uy tín, tổ chức thăm hỏi, tặng quà với tổng kinh phí hơn 1,2 tỷ đồng.
Điểm nổi bật là người có uy tín đã tham gia cùng tổ hòa giải thôn giải quyết 312 vụ việc tranh chấp đất nương, ranh giới rừng và mâu thuẫn trong dòng họ, trong đó hòa giải thành 287 vụ, đạt 92%. Nhiều vụ việc kéo dài hàng chục năm giữa các dòng họ người Mông được giải quyết ngay tại thôn, không phải chuyển lên xã.
Ông Sùng A Páo, trưởng họ Sùng, thôn Lũng Cẩm, xã Sủng Là, kể: "Hai nhà tranh nhau mảnh nương ở đầu dốc đã ba đời. Tôi mời cả hai họ ngồi lại, nói theo lệ của người Mông, nói theo luật của Nhà nước, cuối cùng họ chia đôi mảnh nương, uống chén rượu làm lành". Ông Giàng Seo Chử, người có uy tín thôn Sín Chải, xã Lao Chải, thì vận động 23 hộ dân tự tháo dỡ hàng rào lấn đất làm đường liên thôn.
Phát biểu tại hội nghị, đồng chí Vàng Mí Lử, Phó Trưởng Ban Dân tộc tỉnh, đánh giá người có uy tín là "cánh tay nối dài" của cấp ủy, chính quyền ở cơ sở. Đồng chí Nguyễn Thị Hằng, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy đề nghị các huyện thực hiện tốt Chỉ thị số 06/2008/CT-TTg của Thủ tướng Chính phủ về phát huy vai trò người có uy tín, đồng thời bồi dưỡng kiến thức pháp luật về đất đai, hôn nhân và gia đình cho đội ngũ này.
Dịp này, UBND tỉnh tặng Bằng khen cho 35 người có uy tín có thành tích xuất sắc; Ban Dân tộc tỉnh tặng giấy khen cho 60 cá nhân. Mỗi đại biểu dự hội nghị được tặng một phần quà trị giá 300.000 đồng.
Các đại biểu cũng kiến nghị tăng mức hỗ trợ đi lại cho người có uy tín ở các xã vùng cao núi đá, nơi đường sá đi lại khó khăn, nhiều thôn cách trung tâm xã từ 15 đến 20 km.
Lù Thị Mai
Tin liên quan
- Mèo Vạc: tập huấn pháp luật cho già làng, trưởng bản (04/11/2011)
- Yên Minh trao quà cho người có uy tín (21/10/2011)
- Đồng Văn: Hòa giải thành công vụ tranh chấp đất rừng giữa hai thôn (12/10/2011)
""", "2011-11-18", "Hà Giang: Phát huy vai trò người có uy tín trong hòa giải tranh chấp đất đai ở vùng cao",
E("hoi_nghi", "2011", "2011-11-16"),
[P("Sùng A Páo", "trưởng họ Sùng"),
 P("Giàng Seo Chử", "người có uy tín thôn Sín Chải"),
 P("Vàng Mí Lử", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thị Hằng", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy")],
[Q("215 đại biểu", 215, "đại biểu"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("1.836 người có uy tín", 1836, "người có uy tín"), Q("4 loại báo", 4, "loại báo"),
 Q("hơn 1,2 tỷ đồng", 1200000000, "đồng", "over"),
 Q("312 vụ việc tranh chấp đất nương, ranh giới rừng và mâu thuẫn trong dòng họ", 312, "vụ việc tranh chấp đất nương, ranh giới rừng và mâu thuẫn trong dòng họ"),
 Q("287 vụ", 287, "vụ"), Q("92%", 92, "%"), Q("23 hộ dân", 23, "hộ dân"),
 Q("35 người có uy tín có thành tích xuất sắc", 35, "người có uy tín"), Q("60 cá nhân", 60, "cá nhân"),
 Q("300.000 đồng", 300000, "đồng"), Q("từ 15 đến 20 km", 15, "km", "over")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Chỉ thị", "06", "2008/CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 06/2008/CT-TTg")],
[prov("Hà Giang"), com("Sủng Là"), com("Lao Chải")],
["BAN DÂN TỘC TỈNH HÀ GIANG - Cổng thông tin điện tử", "Trang chủ > Tin tức - Sự kiện > Công tác dân tộc",
 "Quang cảnh hội nghị. Ảnh: Minh Tuấn", "cánh tay nối dài"],
["Thứ Sáu, 18/11/2011 - 09:30", "năm 2011", "một phần quà"]))

PAGES.append(page("b8430-kontum-hoagiai-tongket-2012", """
KON TUM ONLINE
Thời sự | Chính trị | Pháp luật | Dân tộc - Miền núi
Cập nhật: 16:05, 21/12/2012 (GMT+7)
Già làng A Thuyên (bên trái) hướng dẫn thành viên tổ hòa giải làng Kon Rờ Bàng. Ảnh: H.Liên
Tổng kết công tác hòa giải ở cơ sở: Già làng giữ vai trò then chốt
(KTO) - Sáng 20/12, Sở Tư pháp phối hợp Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị tổng kết công tác hòa giải ở cơ sở năm 2012. Đồng chí Y Nhị, Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Năm 2012, toàn tỉnh có 686 tổ hòa giải với 4.120 hòa giải viên, trong đó 1.530 người là già làng, người có uy tín trong các làng đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng. Các tổ hòa giải đã tiếp nhận 529 vụ việc, hòa giải thành 471 vụ việc, chiếm tỷ lệ 89%. Phần lớn là tranh chấp đất rẫy, mâu thuẫn vợ chồng, mâu thuẫn giữa các hộ trong làng về ranh giới vườn cà phê, cao su.
Theo ông Trần Văn Bảy, Giám đốc Sở Tư pháp, ở những làng có già làng tham gia tổ hòa giải, tỷ lệ hòa giải thành thường cao hơn 10 - 15% so với nơi khác. Năm qua, Sở đã tổ chức 18 lớp bồi dưỡng nghiệp vụ cho khoảng 1.100 hòa giải viên, in và cấp phát 3.500 cuốn sổ tay hòa giải song ngữ Việt - Xơ Đăng.
Già làng A Thuyên, làng Kon Rờ Bàng, xã Vinh Quang, cho biết: "Người trong làng có chuyện, tôi nghe cả hai bên nói hết rồi mới nói. Cái sai theo luật tục làng cũng phải sửa, cái sai theo luật Nhà nước cũng phải sửa". Năm qua, tổ hòa giải của làng đã giải quyết thành 14 vụ, không có vụ nào phải đưa lên xã.
Tại hội nghị, đại diện các huyện Đăk Glei, Kon Plông, Sa Thầy nêu khó khăn: thù lao cho hòa giải viên còn thấp, mỗi vụ việc chỉ được hỗ trợ 100.000 đồng theo Thông tư liên tịch số 73/2010/TTLT-BTC-BTP của Bộ Tài chính, Bộ Tư pháp; một số già làng cao tuổi, không biết chữ nên khó ghi chép biên bản.
Kết luận hội nghị, đồng chí Y Nhị yêu cầu năm 2013 các địa phương kiện toàn tổ hòa giải, bảo đảm mỗi tổ có ít nhất 1 già làng hoặc người có uy tín; gắn hòa giải với thực hiện Nghị quyết số 12-NQ/TU ngày 10/8/2011 của Ban Thường vụ Tỉnh ủy về củng cố hệ thống chính trị ở thôn, làng đồng bào dân tộc thiểu số.
Bà Y Hoa, Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Tờ Re, chia sẻ: nhiều vụ mâu thuẫn vợ chồng do rượu chè, bạo lực gia đình được già làng cùng chi hội phụ nữ đến tận nhà khuyên giải; có vụ phải gặp 3 lần mới xong. Theo bà, cần có thêm tài liệu về Luật Hôn nhân và gia đình bằng tiếng dân tộc để hòa giải viên dễ giải thích cho bà con.
Dịp này, UBND tỉnh tặng Bằng khen cho 8 tập thể, 22 cá nhân; Giám đốc Sở Tư pháp tặng giấy khen cho 41 hòa giải viên tiêu biểu.
Hồng Liên
Lượt xem: 1.204
Tin cùng chuyên mục
- Ngọc Hồi: tuyên truyền Luật Đất đai cho đồng bào (14/12/2012)
- Già làng Kon Tum với cuộc vận động bỏ tục lệ lạc hậu (30/11/2012)
""", "2012-12-21", "Tổng kết công tác hòa giải ở cơ sở: Già làng giữ vai trò then chốt",
E("tong_ket", "2012", "2012-12-20"),
[P("Y Nhị", "Phó Chủ tịch UBND tỉnh"),
 P("Trần Văn Bảy", "Giám đốc Sở Tư pháp"),
 P("A Thuyên", "Già làng"),
 P("Y Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ xã Đăk Tờ Re")],
[Q("686 tổ hòa giải", 686, "tổ hòa giải"), Q("4.120 hòa giải viên", 4120, "hòa giải viên"),
 Q("1.530 người", 1530, "người"), Q("529 vụ việc", 529, "vụ việc"), Q("471 vụ việc", 471, "vụ việc"),
 Q("89%", 89, "%"), Q("10 - 15%", 10, "%", "over"), Q("18 lớp bồi dưỡng nghiệp vụ", 18, "lớp bồi dưỡng nghiệp vụ"),
 Q("khoảng 1.100 hòa giải viên", 1100, "hòa giải viên", "approx"),
 Q("3.500 cuốn sổ tay hòa giải song ngữ", 3500, "cuốn sổ tay hòa giải song ngữ"),
 Q("14 vụ", 14, "vụ"), Q("100.000 đồng", 100000, "đồng"),
 Q("ít nhất 1 già làng hoặc người có uy tín", 1, "già làng hoặc người có uy tín", "over"),
 Q("8 tập thể", 8, "tập thể"), Q("22 cá nhân", 22, "cá nhân"), Q("41 hòa giải viên tiêu biểu", 41, "hòa giải viên tiêu biểu")],
[D("Thông tư liên tịch", "73", "2010/TTLT-BTC-BTP", None, "Bộ Tài chính, Bộ Tư pháp", "Thông tư liên tịch số 73/2010/TTLT-BTC-BTP"),
 D("Nghị quyết", "12", "NQ/TU", "2011-08-10", "Ban Thường vụ Tỉnh ủy", "Nghị quyết số 12-NQ/TU ngày 10/8/2011")],
[prov("Kon Tum"), com("Vinh Quang"), com("Đăk Tờ Re")],
["KON TUM ONLINE", "Thời sự | Chính trị | Pháp luật | Dân tộc - Miền núi",
 "Già làng A Thuyên (bên trái) hướng dẫn thành viên tổ hòa giải làng Kon Rờ Bàng. Ảnh: H.Liên", "(KTO)", "Luật Hôn nhân và gia đình", "Lượt xem: 1.204"],
["Cập nhật: 16:05, 21/12/2012 (GMT+7)", "năm 2012", "năm 2013", "3 lần", "Lượt xem: 1.204"]))

PAGES.append(page("b8431-sonla-nguoiuytin-taphuan-2013", """
BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA
Bạn đang ở: Trang chủ / Xã hội / Dân tộc - Tôn giáo
08:45 | 22/08/2013
Bồi dưỡng kỹ năng hòa giải cho 140 người có uy tín
Từ ngày 19 đến 21/8/2013, Ban Dân tộc tỉnh Sơn La phối hợp với Sở Tư pháp mở lớp tập huấn kiến thức pháp luật và kỹ năng hòa giải ở cơ sở năm 2013 cho 140 người có uy tín là già bản, trưởng dòng họ người Thái, Mông, Khơ Mú, Xinh Mun của 4 huyện Mộc Châu, Yên Châu, Sông Mã, Sốp Cộp.
Lớp tập huấn được tổ chức tại thành phố Sơn La. Ảnh: Quàng Hưng
Các học viên được giới thiệu Luật Đất đai năm 2003, Luật Hôn nhân và gia đình, Pháp lệnh Tổ chức và hoạt động hòa giải ở cơ sở số 09/1998/PL-UBTVQH10 của Ủy ban Thường vụ Quốc hội; được hướng dẫn cách lập biên bản hòa giải, cách vận động các bên tranh chấp tự nguyện thỏa thuận. Nội dung được biên soạn ngắn gọn, có phần phiên dịch tiếng Thái và tiếng Mông do cán bộ Phòng Dân tộc các huyện đảm nhận.
Theo bà Cầm Thị Ọn, Phó Trưởng Ban Dân tộc tỉnh, 6 tháng đầu năm 2013, người có uy tín trên địa bàn tỉnh đã tham gia hòa giải thành 196 vụ việc, chủ yếu là tranh chấp đất sản xuất, đất lâm nghiệp giao khoán và mâu thuẫn về chia tài sản sau ly hôn. Tuy vậy, còn khoảng 30% người có uy tín chưa nắm vững quy định pháp luật, có trường hợp hòa giải theo phong tục nhưng trái luật, như buộc người vợ bỏ chồng phải trả lại toàn bộ sính lễ.
Tại lớp học, ông Lò Văn Pánh, già bản Nà Hạ, xã Chiềng Khoa, nêu vụ việc hai hộ tranh chấp 2.400 m2 đất ruộng bậc thang: "Trước đây tôi chỉ biết nói theo lệ bản, nay biết thêm luật thì nói người ta nghe hơn". Ông Thào A Dế, trưởng dòng họ Thào, bản Pá Khôm, xã Chiềng Sơ, đề nghị Ban Dân tộc có thêm tài liệu bằng tranh ảnh vì nhiều người cao tuổi không đọc được chữ phổ thông.
Đồng chí Lường Văn Sơn, UVBCH Đảng bộ tỉnh, Trưởng Ban Dân tộc tỉnh, phát biểu bế giảng lớp học, yêu cầu các học viên về phổ biến lại cho bà con trong bản, phối hợp với trưởng bản, công an viên nắm chắc các mâu thuẫn ngay từ khi mới phát sinh.
Mỗi học viên được hỗ trợ tiền ăn 70.000 đồng/ngày, tiền đi lại theo thực tế và được cấp 1 bộ tài liệu. Tổng kinh phí tổ chức lớp học gần 95 triệu đồng từ nguồn Chương trình 135. Theo kế hoạch, từ nay đến cuối năm Ban sẽ mở thêm 2 lớp cho người có uy tín các huyện Thuận Châu, Quỳnh Nhai, Mường La.
Lò Thị Hoa
Tin liên quan
- Sông Mã: 12 bản ký cam kết không tái trồng cây thuốc phiện (15/08/2013)
- Gặp mặt người có uy tín huyện Mai Sơn (02/08/2013)
- Thăm hỏi gia đình chính sách xã Mường Giôn (25/07/2013)
- Mộc Châu: hòa giải thành 31 vụ tranh chấp đất rừng (18/07/2013)
""", "2013-08-22", "Bồi dưỡng kỹ năng hòa giải cho 140 người có uy tín",
E("tap_huan", "2013", "2013-08-19"),
[P("Cầm Thị Ọn", "Phó Trưởng Ban Dân tộc tỉnh"),
 P("Lò Văn Pánh", "già bản Nà Hạ"),
 P("Thào A Dế", "trưởng dòng họ Thào"),
 P("Lường Văn Sơn", "UVBCH Đảng bộ tỉnh", "Trưởng Ban Dân tộc tỉnh")],
[Q("140 người có uy tín", 140, "người có uy tín"), Q("4 huyện", 4, "huyện"),
 Q("196 vụ việc", 196, "vụ việc"), Q("khoảng 30%", 30, "%", "approx"), Q("2.400 m2", 2400, "m2"),
 Q("70.000 đồng/ngày", 70000, "đồng"), Q("gần 95 triệu đồng", 95000000, "đồng", "approx"), Q("2 lớp", 2, "lớp")],
[D("Pháp lệnh", "09", "1998/PL-UBTVQH10", None, "Ủy ban Thường vụ Quốc hội", "Pháp lệnh Tổ chức và hoạt động hòa giải ở cơ sở số 09/1998/PL-UBTVQH10")],
[prov("Sơn La"), com("Chiềng Khoa"), com("Chiềng Sơ")],
["BÁO SƠN LA - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH SƠN LA", "Bạn đang ở: Trang chủ / Xã hội / Dân tộc - Tôn giáo",
 "Lớp tập huấn được tổ chức tại thành phố Sơn La. Ảnh: Quàng Hưng", "Luật Đất đai năm 2003", "Luật Hôn nhân và gia đình", "Chương trình 135"],
["08:45 | 22/08/2013", "năm 2013", "6 tháng đầu năm 2013", "1 bộ tài liệu", "Chương trình 135"]))

PAGES.append(page("b8432-gialai-gialang-chandung-2014", """
Báo Gia Lai điện tử
Xã hội » Dân tộc - Miền núi » Gương sáng
Thứ Sáu, 18/04/2014 | 07:10
Ảnh: Già làng Rơ Châm Glơi (thứ 2 từ trái) tại một buổi hòa giải ở làng.
Già Glơi "gỡ rối" đất rẫy ở làng Ia Mơr
(GLO) - Hơn 20 năm làm già làng, ông Rơ Châm Glơi (71 tuổi, làng Ia Mơr, xã Ia Phang) chưa nhớ hết mình đã ngồi bao nhiêu buổi hòa giải. Chỉ biết, từ khi ông đứng ra, làng Ia Mơr chưa có vụ tranh chấp đất đai nào phải đưa lên huyện.
Năm 2013, làng Ia Mơr có 214 hộ với hơn 1.050 nhân khẩu người Jrai. Cũng như nhiều làng khác ở huyện Chư Pưh, đất rẫy trồng cà phê, hồ tiêu tăng giá khiến chuyện tranh chấp ranh giới, đòi lại đất đã cho mượn, đất "của ông bà để lại" nảy sinh ngày càng nhiều. Theo ông Ksor Jơn, Chủ tịch UBND xã Ia Phang, 2 năm 2012 - 2013, cả xã có 27 vụ tranh chấp đất đai thì riêng làng Ia Mơr có 9 vụ, tất cả đều được già làng cùng tổ hòa giải giải quyết ổn thỏa.
Vụ việc mà ông Glơi nhớ nhất là giữa hai anh em ruột trong một gia đình: người anh đòi lại 1,5 ha đất rẫy đã chia cho em từ khi cha mẹ còn sống. Hai bên đã cầm dao ra rẫy. Già Glơi mời cả dòng họ ra nhà rông, kể lại chuyện cha mẹ chia đất, mời những người làm chứng còn sống nói lại, rồi phân tích theo luật tục Jrai và Luật Đất đai. Sau 3 buổi, người anh đồng ý để em giữ đất, người em trả lại cho anh 40 triệu đồng tiền công khai hoang trước kia. "Anh em có chuyện thì phải nói cho hết trong nhà, ra ngoài là xấu mặt cả làng", già nói.
Không chỉ hòa giải, già Glơi còn vận động con cháu xóa bỏ tục "nối dây" trong hôn nhân, vận động 16 hộ trong làng hiến gần 3.000 m2 đất làm đường bê tông nội làng. Bà Ksor H'Nhiên, Chủ tịch Hội LHPN xã Ia Phang, cho biết nhiều vụ bạo lực gia đình ở làng được bà và già Glơi cùng đến tận nhà khuyên giải.
Ông Nguyễn Văn Hùng, HUV, Trưởng Ban Dân vận Huyện ủy Chư Pưh nhận xét: "Già Glơi là người có uy tín điển hình của huyện. Ở đâu già làng có tiếng nói, ở đó chính quyền đỡ vất vả". Năm 2013, ông được UBND tỉnh tặng Bằng khen vì có thành tích trong phong trào "Toàn dân bảo vệ an ninh Tổ quốc".
Năm 2013, già Glơi có tên trong danh sách người có uy tín của tỉnh theo Quyết định số 612/QĐ-UBND ngày 25/9/2013 của UBND tỉnh Gia Lai, được hưởng chế độ cấp báo, thăm hỏi. Ông bảo khoản hỗ trợ không nhiều, cái ông quý là được cán bộ xã, cán bộ huyện đến hỏi ý kiến trước mỗi việc lớn của làng, từ làm đường, dời nhà mồ đến chia đất trồng cỏ cho bò.
Khi chúng tôi ra về, già Glơi đang chuẩn bị sang làng bên, nơi hai gia đình đang giận nhau vì trâu phá rẫy mì. "Còn sức thì còn đi", ông cười.
Hoàng Ngọc - Đinh Yến
Tin khác
- Chư Prông: 75 người có uy tín được tập huấn pháp luật (10/04/2014)
- Ia Grai trao quà cho già làng dịp Tết Giáp Ngọ (25/01/2014)
- Làng Bông Hoang giữ gìn bản sắc văn hóa Ba Na (16/01/2014)
""", "2014-04-18", 'Già Glơi "gỡ rối" đất rẫy ở làng Ia Mơr',
E("khac", None, None),
[P("Rơ Châm Glơi", "già làng"),
 P("Ksor Jơn", "Chủ tịch UBND xã Ia Phang"),
 P("Ksor H'Nhiên", "Chủ tịch Hội LHPN xã Ia Phang"),
 P("Nguyễn Văn Hùng", "HUV", "Trưởng Ban Dân vận Huyện ủy Chư Pưh")],
[Q("214 hộ", 214, "hộ"), Q("hơn 1.050 nhân khẩu", 1050, "nhân khẩu", "over"),
 Q("27 vụ tranh chấp đất đai", 27, "vụ tranh chấp đất đai"), Q("9 vụ", 9, "vụ"),
 Q("1,5 ha", 1.5, "ha"), Q("40 triệu đồng", 40000000, "đồng"), Q("16 hộ", 16, "hộ"),
 Q("gần 3.000 m2", 3000, "m2", "approx")],
[D("Quyết định", "612", "QĐ-UBND", "2013-09-25", "UBND tỉnh Gia Lai", "Quyết định số 612/QĐ-UBND ngày 25/9/2013")],
[prov("Gia Lai"), com("Ia Phang")],
["Báo Gia Lai điện tử", "Xã hội » Dân tộc - Miền núi » Gương sáng",
 "Ảnh: Già làng Rơ Châm Glơi (thứ 2 từ trái) tại một buổi hòa giải ở làng.", "(GLO)", "Toàn dân bảo vệ an ninh Tổ quốc", "Luật Đất đai"],
["Thứ Sáu, 18/04/2014 | 07:10", "Hơn 20 năm", "71 tuổi", "2 năm 2012 - 2013", "3 buổi", "Năm 2013"]))

PAGES.append(page("b8433-soctrang-achar-soket-2015", """
CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG
Vị trí: Trang chủ :: Hoạt động dân vận :: Dân tộc - Tôn giáo
Ngày đăng 10/07/2015 | 15:40
Sóc Trăng sơ kết 6 tháng mô hình tổ hòa giải có Achar, sư sãi tham gia
Ngày 08/7/2015, Ban Dân vận Tỉnh ủy phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2015 thực hiện mô hình "Tổ hòa giải có Achar, sư sãi tham gia" ở các ấp có đông đồng bào Khmer. Đồng chí Lâm Thị Sa Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Thạch Pone, Trưởng Ban Dân tộc tỉnh chủ trì hội nghị.
Toàn cảnh hội nghị sơ kết.
Mô hình được triển khai theo Kế hoạch liên tịch số 03-KHLT/BDVTU-BDT ngày 12/01/2015 giữa Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh, thí điểm tại 42 ấp thuộc 21 xã, thị trấn của các huyện Trần Đề, Vĩnh Châu, Mỹ Xuyên và Châu Thành. Mỗi tổ có từ 5 đến 7 thành viên, trong đó có 1 Achar hoặc 1 vị sư của chùa trong ấp.
Sau 6 tháng, các tổ đã tiếp nhận 158 vụ việc, hòa giải thành 141 vụ, đạt 89,2%; so với cùng kỳ năm 2014, số vụ việc phải chuyển lên xã giảm 37%. Các vụ việc chủ yếu là tranh chấp ranh đất ruộng, đất thổ cư giữa anh em trong gia đình sau khi cha mẹ mất, mâu thuẫn vợ chồng, nợ nần trong mua bán hành tím, lúa giống.
Achar Sơn Ngọc Thạnh, chùa Bưng Cốc, xã Thạnh Thới An, chia sẻ: bà con người Khmer rất nghe lời nhà chùa. Khi hai bên đang giận, mời họ lên chùa, ngồi trước chánh điện nói chuyện thì lời lẽ nhẹ nhàng hơn nhiều. Đại đức Lý Sà Ri, trụ trì chùa Sà Lôn, xã Tham Đôn, cho biết nhà chùa đã tổ chức 12 buổi thuyết giảng về đạo lý gia đình kết hợp tuyên truyền pháp luật cho khoảng 900 lượt phật tử.
Tuy vậy, hội nghị cũng chỉ ra một số hạn chế: có tổ chưa ghi sổ theo dõi; một số Achar cao tuổi chưa nắm được quy định về thừa kế quyền sử dụng đất; kinh phí hỗ trợ hoạt động của tổ mới được 200.000 đồng/tháng. Đồng chí Trần Văn Quý, Phó Giám đốc Sở Tư pháp đề nghị đưa nội dung Luật Hòa giải ở cơ sở năm 2013 vào sinh hoạt định kỳ của các tổ.
Phát biểu kết luận, đồng chí Lâm Thị Sa Phương đề nghị 6 tháng cuối năm nhân rộng mô hình ra ít nhất 80 ấp, phấn đấu tỷ lệ hòa giải thành từ 90% trở lên; gắn với thực hiện Chỉ thị số 68-CT/TW của Ban Bí thư về công tác ở vùng đồng bào dân tộc Khmer và Kết luận 19, 20-KL/TU của Ban Thường vụ Tỉnh ủy. Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 9 tổ hòa giải và 14 Achar, sư sãi tiêu biểu.
Trên cơ sở kết quả sơ kết, Ban Dân vận Tỉnh ủy sẽ tham mưu Ban Thường vụ Tỉnh ủy ban hành văn bản chỉ đạo nhân rộng mô hình trong năm 2016.
Thạch Thị Sô Phi
Tin liên quan
- Vĩnh Châu: trao 120 phần quà cho hộ Khmer nghèo dịp Chôl Chnăm Thmây (15/04/2015)
- Gặp mặt chức sắc, chức việc các tôn giáo năm 2015 (20/03/2015)
- Trần Đề ra mắt 5 tổ hòa giải điểm (28/01/2015)
""", "2015-07-10", "Sóc Trăng sơ kết 6 tháng mô hình tổ hòa giải có Achar, sư sãi tham gia",
E("so_ket", "2015-H1", "2015-07-08"),
[P("Lâm Thị Sa Phương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Pone", "Trưởng Ban Dân tộc tỉnh"),
 P("Sơn Ngọc Thạnh", "Achar"),
 P("Lý Sà Ri", "Đại đức", "trụ trì chùa Sà Lôn"),
 P("Trần Văn Quý", "Phó Giám đốc Sở Tư pháp")],
[Q("42 ấp", 42, "ấp"), Q("21 xã, thị trấn", 21, "xã, thị trấn"), Q("từ 5 đến 7 thành viên", 5, "thành viên", "over"),
 Q("158 vụ việc", 158, "vụ việc"), Q("141 vụ", 141, "vụ"), Q("89,2%", 89.2, "%"), Q("37%", 37, "%"),
 Q("12 buổi thuyết giảng", 12, "buổi thuyết giảng"), Q("khoảng 900 lượt phật tử", 900, "lượt phật tử", "approx"),
 Q("200.000 đồng/tháng", 200000, "đồng"), Q("ít nhất 80 ấp", 80, "ấp", "over"), Q("từ 90% trở lên", 90, "%", "over"),
 Q("9 tổ hòa giải", 9, "tổ hòa giải"), Q("14 Achar, sư sãi tiêu biểu", 14, "Achar, sư sãi tiêu biểu")],
[D("Kế hoạch liên tịch", "03", "KHLT/BDVTU-BDT", "2015-01-12", "Ban Dân vận Tỉnh ủy và Ban Dân tộc tỉnh", "Kế hoạch liên tịch số 03-KHLT/BDVTU-BDT ngày 12/01/2015"),
 D("Chỉ thị", "68", "CT/TW", None, "Ban Bí thư", "Chỉ thị số 68-CT/TW"),
 D("Kết luận", "19", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 19, 20-KL/TU"),
 D("Kết luận", "20", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 19, 20-KL/TU")],
[prov("Sóc Trăng"), com("Thạnh Thới An"), com("Tham Đôn")],
["CỔNG THÔNG TIN ĐIỆN TỬ BAN DÂN VẬN TỈNH ỦY SÓC TRĂNG", "Vị trí: Trang chủ :: Hoạt động dân vận :: Dân tộc - Tôn giáo",
 "Toàn cảnh hội nghị sơ kết.", "Tổ hòa giải có Achar, sư sãi tham gia", "Luật Hòa giải ở cơ sở năm 2013"],
["Ngày đăng 10/07/2015 | 15:40", "6 tháng đầu năm 2015", "Sau 6 tháng", "1 Achar hoặc 1 vị sư", "năm 2014", "6 tháng cuối năm"]))

PAGES.append(page("b8434-laichau-mttq-giamsat-2016", """
UBMTTQ VIỆT NAM TỈNH LAI CHÂU
Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện xã hội
Thứ Sáu, 14/10/2016 - 10:15
Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Mường Tè
Từ ngày 11 - 13/10/2016, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Pờ Thị Nhù, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số năm 2016 tại huyện Mường Tè, tỉnh Lai Châu.
Đoàn giám sát làm việc với xã Ka Lăng. Ảnh: Vũ Linh
Cùng đi có các đồng chí: Lò Văn Khiêm, Phù Thị Sơ - Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh; đại diện Ban Dân tộc tỉnh, Sở Tư pháp.
Đoàn đã làm việc với UBND huyện và trực tiếp kiểm tra tại 3 xã Ka Lăng, Thu Lũm, Pa Ủ - nơi có đông đồng bào Hà Nhì, La Hủ, Cống, Si La sinh sống. Theo báo cáo của huyện, toàn huyện có 96 người có uy tín, trong năm đã được cấp phát đầy đủ báo, tạp chí; 100% người có uy tín được thăm hỏi dịp Tết với mức 500.000 đồng/người. Người có uy tín đã tham gia hòa giải thành 47 vụ tranh chấp đất nương, đất trồng thảo quả và mâu thuẫn gia đình, vận động 18 cặp tảo hôn tự nguyện dừng chung sống.
Tại xã Pa Ủ, ông Chu Mò Xá, người có uy tín bản Pa Ủ, phản ánh: nhiều vụ tranh chấp đất thảo quả trong rừng phòng hộ không có giấy tờ, hòa giải xong lại phát sinh vì ranh giới không rõ. Bà Pờ Chà Mé, Phó Chủ tịch UBND xã Pa Ủ, đề nghị huyện sớm đo đạc, giao đất giao rừng cho từng hộ để làm căn cứ hòa giải.
Qua giám sát, đoàn đánh giá việc thực hiện Quyết định số 18/2011/QĐ-TTg và Quyết định số 56/2013/QĐ-TTg của Thủ tướng Chính phủ sửa đổi, bổ sung chính sách đối với người có uy tín cơ bản đúng đối tượng, kịp thời. Tuy nhiên, còn 2 xã chậm tổ chức tập huấn cho người có uy tín; kinh phí hỗ trợ cho hoạt động hòa giải chưa được bố trí riêng, khoảng 40% tổ hòa giải chưa có sổ ghi chép.
Đồng chí Pờ Thị Nhù đề nghị UBND huyện chỉ đạo rà soát, bổ sung những người có uy tín thực sự trong cộng đồng; phối hợp với Mặt trận tổ chức ít nhất 1 lớp tập huấn kỹ năng hòa giải trong quý IV; đưa kết quả hòa giải vào tiêu chí bình xét danh hiệu "Khu dân cư văn hóa". Ủy ban MTTQ tỉnh sẽ tổng hợp kiến nghị gửi UBND tỉnh theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về giám sát và phản biện xã hội.
Trước đó, năm 2015 Ủy ban MTTQ tỉnh đã giám sát nội dung này tại 2 huyện Sìn Hồ, Phong Thổ, phát hiện 5 trường hợp người có uy tín đã chuyển đi nơi khác nhưng chưa được thay thế.
Vũ Linh
Tin khác
- Tam Đường: Hội nghị hiệp thương cử Ủy ban MTTQ xã (05/10/2016)
- Mặt trận Lai Châu tiếp nhận 1,6 tỷ đồng ủng hộ Quỹ Vì người nghèo (28/09/2016)
- Phong Thổ: đối thoại với người có uy tín về bảo vệ rừng (16/09/2016)
""", "2016-10-14", "Giám sát việc thực hiện chính sách đối với người có uy tín tại huyện Mường Tè",
E("giam_sat", "2016", "2016-10-11"),
[P("Pờ Thị Nhù", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Lò Văn Khiêm", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Phù Thị Sơ", "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Chu Mò Xá", "người có uy tín bản Pa Ủ"),
 P("Pờ Chà Mé", "Phó Chủ tịch UBND xã Pa Ủ")],
[Q("3 xã", 3, "xã"), Q("96 người có uy tín", 96, "người có uy tín"), Q("100%", 100, "%"),
 Q("500.000 đồng/người", 500000, "đồng"), Q("47 vụ tranh chấp đất nương, đất trồng thảo quả và mâu thuẫn gia đình", 47, "vụ tranh chấp đất nương, đất trồng thảo quả và mâu thuẫn gia đình"),
 Q("18 cặp tảo hôn", 18, "cặp tảo hôn"), Q("2 xã", 2, "xã"), Q("khoảng 40%", 40, "%", "approx"),
 Q("ít nhất 1 lớp tập huấn kỹ năng hòa giải", 1, "lớp tập huấn kỹ năng hòa giải", "over"),
 Q("2 huyện", 2, "huyện"), Q("5 trường hợp", 5, "trường hợp")],
[D("Quyết định", "18", "2011/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg"),
 D("Quyết định", "56", "2013/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 56/2013/QĐ-TTg"),
 D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW ngày 12/12/2013")],
[prov("Lai Châu"), com("Ka Lăng"), com("Thu Lũm"), com("Pa Ủ")],
["UBMTTQ VIỆT NAM TỈNH LAI CHÂU", "Trang chủ › Hoạt động Mặt trận › Giám sát, phản biện xã hội",
 "Đoàn giám sát làm việc với xã Ka Lăng. Ảnh: Vũ Linh", "Khu dân cư văn hóa"],
["Thứ Sáu, 14/10/2016 - 10:15", "năm 2016", "quý IV", "năm 2015"]))
