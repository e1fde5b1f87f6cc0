from lib import *
PAGES = []

PAGES.append(page("b5357-hagiang-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY HÀ GIANG
Trang chủ > Tin tức > Dân vận chính quyền
Thứ Sáu, 30/12/2011 - 14:20
Ảnh: Toàn cảnh hội nghị tổng kết.
Hà Giang: 2.315 căn nhà mới cho hộ nghèo vùng cao trong năm 2011
Ngày 28/12/2011, Ban Dân vận Tỉnh ủy phối hợp với Ủy ban MTTQ tỉnh tổ chức hội nghị tổng kết công tác vận động nhân dân tham gia xóa nhà tạm, nhà dột nát năm 2011. Đồng chí Vàng Thị Mai, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy và đồng chí Sùng A Páo, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh đồng chủ trì. Dự hội nghị có 57 đồng chí là trưởng ban dân vận, chủ tịch Ủy ban MTTQ 11 huyện, thành phố.
Theo báo cáo do đồng chí Lù Văn Chính, Phó Trưởng Ban Dân vận Tỉnh ủy trình bày, thực hiện Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008 của Thủ tướng Chính phủ về chính sách hỗ trợ hộ nghèo về nhà ở và Chỉ thị số 09-CT/TU ngày 20/4/2009 của Ban Thường vụ Tỉnh ủy, năm 2011 toàn tỉnh đã hỗ trợ làm mới 2.315 căn nhà cho hộ nghèo, nâng tổng số nhà được hỗ trợ sau 3 năm lên 11.240 căn, đạt 96,4% kế hoạch.
Tổng kinh phí thực hiện trên 82,5 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 7,2 triệu đồng/hộ, vốn vay ưu đãi 8 triệu đồng/hộ; Mặt trận và các đoàn thể vận động được 4,6 tỷ đồng cùng 38.600 ngày công. Đoàn viên thanh niên, hội viên phụ nữ, cựu chiến binh đã giúp các hộ vận chuyển hơn 1.700 tấn vật liệu lên các thôn vùng cao.
Tại hội nghị, các đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh: Hoàng Văn Lự, Ly Thị Dín báo cáo kết quả giám sát việc bình xét hộ được hỗ trợ ở 24 xã đặc biệt khó khăn. Ông Giàng Seo Chứ, HUV, Bí thư Đảng ủy xã Lũng Cú, chia sẻ cách vận động đồng bào Mông góp gỗ, đá, cát; bà Lò Thị Lan, người có uy tín thôn Pả Vi Hạ, xã Pả Vi, kể việc thôn tự nguyện giúp 9 hộ neo đơn dựng nhà trước mùa mưa.
Phát biểu kết luận, đồng chí Vàng Thị Mai yêu cầu năm 2012 các cấp ủy tiếp tục thực hiện Kế hoạch 46, 47-KH/BDVTU của Ban Dân vận Tỉnh ủy, gắn việc xóa nhà tạm với cuộc vận động "Ngày vì người nghèo"; rà soát, không để sót hộ nghèo đang ở nhà tạm, nhà dột nát; công khai danh sách hộ được hỗ trợ tại nhà văn hóa thôn.
Dịp này, Ban Dân vận Tỉnh ủy tặng giấy khen cho 15 tập thể, 23 cá nhân có thành tích trong phong trào "Dân vận khéo" gắn với hỗ trợ nhà ở. Đồng chí Nguyễn Thị Hằng, Chánh Văn phòng Ban Dân vận Tỉnh ủy, đọc quyết định khen thưởng.
Minh Khuê
Lượt xem: 1.204
Tin liên quan
- Mèo Vạc: bàn giao 120 căn nhà cho hộ nghèo (15/12/2011)
- Yên Minh sơ kết 2 năm thực hiện Chương trình 167 (02/12/2011)
- Vận động đồng bào Mông định cư, ổn định sản xuất (18/11/2011)
- Hội nghị công tác dân vận chính quyền năm 2011 (04/11/2011)
""", "2011-12-30", "Hà Giang: 2.315 căn nhà mới cho hộ nghèo vùng cao trong năm 2011",
E("tong_ket", "2011", "2011-12-28"),
[P("Vàng Thị Mai", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Páo", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lù Văn Chính", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Văn Lự", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Ly Thị Dín", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Giàng Seo Chứ", "HUV", "Bí thư Đảng ủy xã Lũng Cú"),
 P("Lò Thị Lan", "người có uy tín thôn Pả Vi Hạ"),
 P("Nguyễn Thị Hằng", "Chánh Văn phòng Ban Dân vận Tỉnh ủy")],
[Q("57 đồng chí", 57, "đồng chí"),
 Q("11 huyện, thành phố", 11, "huyện, thành phố"), Q("2.315 căn nhà", 2315, "căn nhà"),
 Q("11.240 căn", 11240, "căn"), Q("96,4%", 96.4, "%"), Q("trên 82,5 tỷ đồng", 82500000000, "đồng", "over"),
 Q("7,2 triệu đồng", 7200000, "đồng"), Q("8 triệu đồng", 8000000, "đồng"), Q("4,6 tỷ đồng", 4600000000, "đồng"),
 Q("38.600 ngày công", 38600, "ngày công"), Q("hơn 1.700 tấn", 1700, "tấn", "over"),
 Q("24 xã đặc biệt khó khăn", 24, "xã đặc biệt khó khăn"), Q("9 hộ neo đơn", 9, "hộ neo đơn"),
 Q("15 tập thể", 15, "tập thể"), Q("23 cá nhân", 23, "cá nhân")],
[D("Quyết định", "167", "2008/QĐ-TTg", "2008-12-12", "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008"),
 D("Chỉ thị", "09", "CT/TU", "2009-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 09-CT/TU ngày 20/4/2009"),
 D("Kế hoạch", "46", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 46, 47-KH/BDVTU"),
 D("Kế hoạch", "47", "KH/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Kế hoạch 46, 47-KH/BDVTU")],
[prov("Hà Giang"), com("Lũng Cú"), com("Pả Vi")],
["BAN DÂN VẬN TỈNH ỦY HÀ GIANG", "Trang chủ > Tin tức > Dân vận chính quyền", "Ảnh: Toàn cảnh hội nghị tổng kết.",
 "Ngày vì người nghèo", "Dân vận khéo", "Lượt xem: 1.204", "Chương trình 167"],
["Thứ Sáu, 30/12/2011 - 14:20", "57 đồng chí", "3 năm", "năm 2011", "năm 2012", "Lượt xem: 1.204"]))

PAGES.append(page("b5358-quangtri-huonghoa-soket-2012", """
Cổng thông tin điện tử huyện Hướng Hóa
Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể
Cập nhật: 09:42, 16/07/2012 (GMT+7)
Đồng chí Hồ Văn Ngoan phát biểu tại hội nghị.
Sơ kết 6 tháng vận động xây nhà Đại đoàn kết ở vùng đồng bào Vân Kiều, Pa Kô
Sáng 13/7, Ban Thường trực Ủy ban MTTQ Việt Nam huyện Hướng Hóa tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2012, trọng tâm là cuộc vận động hỗ trợ xây dựng nhà Đại đoàn kết cho hộ nghèo. Đồng chí Hồ Văn Ngoan, HUV, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì; dự có đồng chí Lê Quang Tuấn, Phó Bí thư Thường trực Huyện ủy.
6 tháng qua, từ Quỹ "Vì người nghèo" các cấp, Mặt trận huyện đã hỗ trợ xây mới 46 nhà Đại đoàn kết và sửa chữa 19 nhà dột nát, mỗi nhà xây mới được hỗ trợ 25 triệu đồng, nhà sửa chữa từ 8 đến 10 triệu đồng. Tổng số tiền hỗ trợ gần 1,4 tỷ đồng; riêng Quỹ tiếp nhận từ các doanh nghiệp 635 triệu đồng. Cùng với đó, đoàn viên, hội viên đóng góp trên 2.100 ngày công, 312 cây gỗ và nhiều vật liệu khác.
Việc thực hiện Quyết định số 167/2008/QĐ-TTg của Thủ tướng Chính phủ và Kế hoạch số 21-KH/HU ngày 05/3/2012 của Ban Thường vụ Huyện ủy được triển khai đồng bộ ở 22 xã, thị trấn; đến nay còn khoảng 380 hộ nghèo đang ở nhà tạm, chủ yếu ở các xã biên giới A Dơi, Thanh, Xy.
Tại hội nghị, ông Hồ Văn Thiên, già làng thôn A Dơi Đớ, cho biết bà con đã góp công dựng 7 nhà cho hộ neo đơn; ông Kăn Lịch, Chủ tịch Ủy ban MTTQ xã Thanh, đề nghị hỗ trợ thêm vật liệu vì đường vận chuyển khó khăn. Các đồng chí Phó Bí thư Huyện đoàn: Hồ Thị Lim, Pả Xuân Sang phản ánh thanh niên tình nguyện đã dựng được 12 nhà ở các xã Xy, Hướng Lập trong đợt ra quân tháng 5.
Kết luận hội nghị, đồng chí Lê Quang Tuấn đề nghị Mặt trận phối hợp Phòng Lao động - Thương binh và Xã hội rà soát đúng đối tượng theo Hướng dẫn số 03/HD-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh, phấn đấu 6 tháng cuối năm xây thêm ít nhất 50 nhà, bàn giao trước Tết Quý Tỵ. Các hộ được hỗ trợ phải có cam kết sử dụng nhà đúng mục đích, không bán, cho thuê.
Ông Hồ Văn Ngoan cho biết Ủy ban MTTQ huyện sẽ phát động đợt cao điểm "Tháng vì người nghèo" từ ngày 17/10 đến 18/11, phấn đấu vận động quỹ đạt 900 triệu đồng.
Trong đợt này, Ủy ban MTTQ tỉnh Quảng Trị cũng hỗ trợ huyện 20 tấn xi măng và 300 tấm tôn lợp để các xã vùng sâu kịp sửa nhà trước mùa mưa bão. Các đại biểu thống nhất thành lập tổ giám sát cộng đồng ở từng thôn, bản để theo dõi tiến độ thi công và chất lượng nhà sau khi bàn giao.
Hồ Nguyên
Tin khác
- Khe Sanh: bàn giao 5 nhà Đại đoàn kết (04/07/2012)
- Hội LHPN huyện sơ kết 6 tháng đầu năm (29/06/2012)
- Hướng Phùng: vận động đồng bào bỏ tập tục lạc hậu (20/06/2012)
- Ra quân Chiến dịch thanh niên tình nguyện hè 2012 (28/05/2012)
- Hội Cựu chiến binh huyện giúp hội viên nghèo sửa nhà (12/05/2012)
""", "2012-07-16", "Sơ kết 6 tháng vận động xây nhà Đại đoàn kết ở vùng đồng bào Vân Kiều, Pa Kô",
E("so_ket", "2012-H1", "2012-07-13"),
[P("Hồ Văn Ngoan", "HUV", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Lê Quang Tuấn", "Phó Bí thư Thường trực Huyện ủy"),
 P("Hồ Văn Thiên", "già làng thôn A Dơi Đớ"),
 P("Kăn Lịch", "Chủ tịch Ủy ban MTTQ xã Thanh"),
 P("Hồ Thị Lim", "Phó Bí thư Huyện đoàn"),
 P("Pả Xuân Sang", "Phó Bí thư Huyện đoàn")],
[Q("20 tấn", 20, "tấn"), Q("300 tấm tôn lợp", 300, "tấm tôn lợp"), Q("46 nhà Đại đoàn kết", 46, "nhà Đại đoàn kết"), Q("19 nhà dột nát", 19, "nhà dột nát"),
 Q("25 triệu đồng", 25000000, "đồng"), Q("8 đến 10 triệu đồng", 8000000, "đồng"), Q("10 triệu đồng", 10000000, "đồng"),
 Q("gần 1,4 tỷ đồng", 1400000000, "đồng", "approx"), Q("635 triệu đồng", 635000000, "đồng"),
 Q("trên 2.100 ngày công", 2100, "ngày công", "over"), Q("312 cây gỗ", 312, "cây gỗ"),
 Q("22 xã, thị trấn", 22, "xã, thị trấn"), Q("khoảng 380 hộ nghèo", 380, "hộ nghèo", "approx"),
 Q("7 nhà", 7, "nhà"), Q("12 nhà", 12, "nhà"), Q("ít nhất 50 nhà", 50, "nhà", "over"),
 Q("900 triệu đồng", 900000000, "đồng")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Kế hoạch", "21", "KH/HU", "2012-03-05", "Ban Thường vụ Huyện ủy", "Kế hoạch số 21-KH/HU ngày 05/3/2012"),
 D("Hướng dẫn", "03", "HD-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Hướng dẫn số 03/HD-MTTQ-BTT")],
[prov("Quảng Trị"), com("A Dơi"), com("Thanh"), com("Xy"), com("Hướng Lập")],
["Cổng thông tin điện tử huyện Hướng Hóa", "Bạn đang ở: Trang chủ / Tin tức - Sự kiện / Mặt trận - Đoàn thể",
 "Đồng chí Hồ Văn Ngoan phát biểu tại hội nghị.", "Vì người nghèo", "Tháng vì người nghèo", "Tết Quý Tỵ"],
["Cập nhật: 09:42, 16/07/2012 (GMT+7)", "6 tháng đầu năm 2012", "6 tháng cuối năm", "tháng 5", "17/10", "18/11"]))

PAGES.append(page("b5359-gialai-mttq-traoqua-2013", """
BÁO GIA LAI ĐIỆN TỬ
Xã hội » Mặt trận - Đoàn thể
08:15 | 22/11/2013
Đồng chí Ksor Phước trao quyết định hỗ trợ nhà cho hộ nghèo làng Ia Blang.
Trao 60 căn nhà Đại đoàn kết cho hộ nghèo Jrai, Bahnar trước mùa khô
(GL) - Ngày 21/11, tại xã Ia Dreh, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai tổ chức lễ trao quyết định hỗ trợ và bàn giao 60 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số ở các huyện Krông Pa, Ia Pa, Kông Chro.
Dự buổi lễ có đồng chí Ksor Phước, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; đồng chí Rơ Châm H'Nhi, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh; đồng chí Trần Quốc Khánh, Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai.
Mỗi căn nhà có diện tích từ 40 m2 trở lên, trị giá 40 triệu đồng, trong đó ngân hàng tài trợ 30 triệu đồng, gia đình và cộng đồng đóng góp ngày công, vật liệu. Tổng giá trị tài trợ đợt này 1,8 tỷ đồng. Cùng dịp, đơn vị trao 60 suất quà, mỗi suất gồm 1 chăn ấm, 20 kg gạo và 300.000 đồng tiền mặt.
Theo đồng chí Rơ Châm H'Nhi, năm 2013 toàn tỉnh đã xây mới, sửa chữa 1.126 nhà Đại đoàn kết, trong đó 857 nhà cho hộ đồng bào dân tộc thiểu số; thực hiện Quyết định số 167/2008/QĐ-TTg và Quyết định số 67/2010/QĐ-TTg của Thủ tướng Chính phủ, đã có 84% hộ nghèo trong danh sách được hỗ trợ nhà ở. Quỹ "Vì người nghèo" các cấp vận động được hơn 9 tỷ đồng.
Ông Siu Blôi, người có uy tín làng Ia Blang, xã Ia Dreh, thay mặt các hộ cảm ơn và hứa vận động con cháu giữ gìn nhà, chăm lo làm ăn thoát nghèo. Bà Rah Lan H'Lới, một hộ nhận nhà ở làng Ia Blang, cho biết gia đình 6 người đã ở 8 năm trong căn nhà tranh vách nứa.
Đồng chí Ksor Phước đề nghị cấp ủy, chính quyền, Mặt trận xã Ia Dreh cùng các già làng, người có uy tín theo dõi việc sử dụng nhà, không để xảy ra tình trạng bán nhà hoặc bỏ nhà lên rẫy; thực hiện tốt Công văn số 112-CV/BDVTU ngày 14/10/2013 của Ban Dân vận Tỉnh ủy về phối hợp vận động các nguồn lực hỗ trợ nhà ở.
Sau buổi lễ, đoàn công tác đến thăm 3 hộ đã hoàn thành nhà ở làng Ia Blang, làng Bi và làng Tơ Nốh; kiểm tra chất lượng móng, mái và nhà vệ sinh. Ông Nguyễn Đình Trung, Chủ tịch UBND xã Ia Dreh, cho biết xã đã giao cho Chi hội Cựu chiến binh mỗi làng theo dõi từ 3 đến 5 nhà, kịp thời báo cáo những hư hỏng để sửa chữa. Toàn xã còn 46 hộ nghèo đang ở nhà tạm, phấn đấu hết năm 2014 hỗ trợ xong.
Thanh Nhật
Lượt đọc: 2315
Tin cùng chuyên mục
- Ia Pa: khánh thành nhà văn hóa làng Bi Gia (12/11/2013)
- Hội Nông dân tỉnh hỗ trợ 200 con bò giống (05/11/2013)
- Đắk Đoa: vận động đồng bào bỏ tục chôn chung (28/10/2013)
- Chư Sê: 100% buôn làng có tổ hòa giải (18/10/2013)
""", "2013-11-22", "Trao 60 căn nhà Đại đoàn kết cho hộ nghèo Jrai, Bahnar trước mùa khô",
E("trao_qua", None, "2013-11-21"),
[P("Ksor Phước", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Rơ Châm H'Nhi", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Khánh", "Giám đốc Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Gia Lai"),
 P("Siu Blôi", "người có uy tín làng Ia Blang"),
 P("Rah Lan H'Lới"), P("Nguyễn Đình Trung", "Chủ tịch UBND xã Ia Dreh")],
[Q("60 căn nhà Đại đoàn kết", 60, "căn nhà Đại đoàn kết"), Q("từ 40 m2 trở lên", 40, "m2", "over"),
 Q("40 triệu đồng", 40000000, "đồng"), Q("30 triệu đồng", 30000000, "đồng"), Q("1,8 tỷ đồng", 1800000000, "đồng"),
 Q("60 suất quà", 60, "suất quà"), Q("20 kg", 20, "kg"), Q("300.000 đồng", 300000, "đồng"),
 Q("1.126 nhà Đại đoàn kết", 1126, "nhà Đại đoàn kết"), Q("857 nhà", 857, "nhà"), Q("84%", 84, "%"),
 Q("hơn 9 tỷ đồng", 9000000000, "đồng", "over"), Q("6 người", 6, "người"), Q("3 hộ", 3, "hộ"), Q("3 đến 5 nhà", 3, "nhà"), Q("5 nhà", 5, "nhà"), Q("46 hộ nghèo", 46, "hộ nghèo")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 167/2008/QĐ-TTg"),
 D("Quyết định", "67", "2010/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 67/2010/QĐ-TTg"),
 D("Công văn", "112", "CV/BDVTU", "2013-10-14", "Ban Dân vận Tỉnh ủy", "Công văn số 112-CV/BDVTU ngày 14/10/2013")],
[prov("Gia Lai"), com("Ia Dreh")],
["BÁO GIA LAI ĐIỆN TỬ", "Xã hội » Mặt trận - Đoàn thể",
 "Đồng chí Ksor Phước trao quyết định hỗ trợ nhà cho hộ nghèo làng Ia Blang.", "(GL)", "Vì người nghèo", "Lượt đọc: 2315"],
["08:15 | 22/11/2013", "1 chăn", "8 năm", "năm 2013", "Lượt đọc: 2315"]))

PAGES.append(page("b5360-soctrang-bdv-giaoban-2014", """
Ban Dân vận Tỉnh ủy Sóc Trăng
Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
Thứ Tư, 08/10/2014 - 16:30
Quang cảnh buổi giao ban.
Giao ban khối dân vận quý III: còn 1.460 hộ nghèo ở nhà tạm
Chiều 7/10, Ban Dân vận Tỉnh ủy tổ chức giao ban khối dân vận tỉnh quý III năm 2014. Đồng chí Lâm Thị Sa Phên, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì; cùng dự có đồng chí Trần Văn Lễ, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Báo cáo tại buổi giao ban nêu, trong quý III, Mặt trận và các đoàn thể đã vận động xây dựng 214 căn nhà Đại đoàn kết, nhà tình thương cho hộ nghèo, trong đó 131 căn cho hộ đồng bào Khmer, với tổng kinh phí 6,42 tỷ đồng. Lũy kế 9 tháng đạt 78,5% chỉ tiêu Nghị quyết số 05-NQ/TU ngày 12/12/2013 của Tỉnh ủy về giảm nghèo bền vững. Theo kết quả rà soát, toàn tỉnh còn 1.460 hộ nghèo ở nhà tạm, nhà dột nát, tập trung ở các huyện Trần Đề, Châu Thành, Mỹ Xuyên.
Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Thạch Sô Phanh, Nguyễn Văn Hiếu trình bày kết quả kiểm tra thực hiện Chỉ thị 15, 16-CT/TU của Ban Thường vụ Tỉnh ủy; cho biết các chùa Phật giáo Nam tông Khmer đã vận động được 2.300 ngày công và 470 triệu đồng giúp bà con trong phum, sóc sửa nhà.
Đại đức Lý Chanh Thol, trụ trì chùa Prêk Ta Chek, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh, cho biết nhà chùa phối hợp ấp vận động 18 hộ Khmer có đất ở ổn định để được hỗ trợ. Bà Kim Thị Sa Vinh, Chủ tịch Hội LHPN xã Tài Văn, đề nghị ưu tiên hộ có phụ nữ làm chủ hộ, hộ có người khuyết tật.
Kết luận, đồng chí Lâm Thị Sa Phên yêu cầu quý IV tập trung thực hiện Kế hoạch số 38-KH/BDVTU ngày 02/9/2014 của Ban Dân vận Tỉnh ủy, phấn đấu đến hết năm 2014 hoàn thành 95% chỉ tiêu; đẩy mạnh phong trào thi đua "Dân vận khéo", "Đồng khởi mới"; phối hợp Ngân hàng Chính sách xã hội giải ngân vốn vay làm nhà đúng đối tượng, đúng tiến độ.
Ban Dân vận Tỉnh ủy cũng thống nhất giao 5 huyện làm điểm vận động "Ấp không có nhà tạm" trong năm 2015.
Cũng tại buổi giao ban, đồng chí Trần Văn Lễ thông tin Quỹ "Vì người nghèo" tỉnh đã tiếp nhận hơn 3,1 tỷ đồng từ 42 doanh nghiệp, đơn vị; đề nghị các đoàn thể phân bổ kinh phí kịp thời, mỗi căn nhà hỗ trợ không quá 30 triệu đồng. Ông Danh Sơn, Phó Chủ tịch Hội Nông dân tỉnh, và bà Triệu Thị Ngọc Lan, Phó Chủ tịch Hội LHPN tỉnh, đăng ký mỗi hội vận động xây thêm 25 căn trong quý IV.
Sơn Chanh Đa - Văn phòng Ban
Số lượt truy cập: 1.095.338
Các tin đã đưa
- Ngã Năm: sơ kết mô hình dân vận khéo (29/09/2014)
- Vận động đồng bào Khmer đón lễ Sene Dolta an toàn (18/09/2014)
- Hội nghị báo cáo viên dân vận tháng 9 (10/09/2014)
- Kế Sách: bàn giao 12 căn nhà tình thương cho hộ Khmer (02/09/2014)
- Long Phú tập huấn nghiệp vụ cho cán bộ dân vận xã (26/08/2014)
""", "2014-10-08", "Giao ban khối dân vận quý III: còn 1.460 hộ nghèo ở nhà tạm",
E("giao_ban", "2014-Q3", "2014-10-07"),
[P("Lâm Thị Sa Phên", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Lễ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Thạch Sô Phanh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Văn Hiếu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Chanh Thol", "Đại đức", "trụ trì chùa Prêk Ta Chek", "Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh"),
 P("Kim Thị Sa Vinh", "Chủ tịch Hội LHPN xã Tài Văn"), P("Danh Sơn", "Phó Chủ tịch Hội Nông dân tỉnh"), P("Triệu Thị Ngọc Lan", "Phó Chủ tịch Hội LHPN tỉnh")],
[Q("1.460 hộ nghèo", 1460, "hộ nghèo"), Q("214 căn nhà Đại đoàn kết, nhà tình thương", 214, "căn nhà Đại đoàn kết, nhà tình thương"),
 Q("131 căn", 131, "căn"), Q("6,42 tỷ đồng", 6420000000, "đồng"), Q("78,5%", 78.5, "%"),
 Q("2.300 ngày công", 2300, "ngày công"), Q("470 triệu đồng", 470000000, "đồng"), Q("18 hộ Khmer", 18, "hộ Khmer"),
 Q("95%", 95, "%"), Q("5 huyện", 5, "huyện"), Q("hơn 3,1 tỷ đồng", 3100000000, "đồng", "over"), Q("42 doanh nghiệp, đơn vị", 42, "doanh nghiệp, đơn vị"), Q("không quá 30 triệu đồng", 30000000, "đồng"), Q("25 căn", 25, "căn")],
[D("Nghị quyết", "05", "NQ/TU", "2013-12-12", "Tỉnh ủy", "Nghị quyết số 05-NQ/TU ngày 12/12/2013"),
 D("Chỉ thị", "15", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Chỉ thị", "16", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 15, 16-CT/TU"),
 D("Kế hoạch", "38", "KH/BDVTU", "2014-09-02", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 38-KH/BDVTU ngày 02/9/2014")],
[prov("Sóc Trăng"), com("Tài Văn")],
["Ban Dân vận Tỉnh ủy Sóc Trăng", "Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh", "Quang cảnh buổi giao ban.",
 "Dân vận khéo", "Đồng khởi mới", "Ấp không có nhà tạm", "Vì người nghèo", "Số lượt truy cập: 1.095.338",  "Hội Đoàn kết sư sãi yêu nước tỉnh"],
["Thứ Tư, 08/10/2014 - 16:30", "quý III năm 2014", "9 tháng", "quý IV", "năm 2014", "năm 2015", "Số lượt truy cập: 1.095.338"]))

PAGES.append(page("b5361-nghean-kyson-daihoi-2015", """
TRANG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC TỈNH NGHỆ AN
Tin tức > Hoạt động Mặt trận cơ sở
19/06/2015 - 10:05
Đại hội đại biểu MTTQ Việt Nam huyện Kỳ Sơn lần thứ XI: xây mới, sửa chữa 4.200 căn nhà cho hộ nghèo
Đoàn Chủ tịch điều hành đại hội. Ảnh: Lữ Phú
Trong hai ngày 17 và 18/6/2015, Ủy ban MTTQ Việt Nam huyện Kỳ Sơn tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2015 - 2020. Dự đại hội có 186 đại biểu đại diện cho hơn 73.000 người dân các dân tộc Thái, Khơ Mú, Mông trong huyện. Đồng chí Lô Thị Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh và đồng chí Vi Văn Sơn, Tỉnh ủy viên, Bí thư Huyện ủy Kỳ Sơn dự và chỉ đạo.
Báo cáo của Ủy ban MTTQ huyện khóa X cho thấy, nhiệm kỳ qua Mặt trận đã chủ trì vận động xây mới, sửa chữa 4.200 căn nhà cho hộ nghèo theo Quyết định số 167/2008/QĐ-TTg và Chương trình 135, trong đó 1.350 nhà Đại đoàn kết từ Quỹ "Vì người nghèo" với mức hỗ trợ từ 30 đến 35 triệu đồng/nhà. Quỹ "Vì người nghèo" huyện vận động được 12,6 tỷ đồng, tăng gấp 3 lần nhiệm kỳ trước. Tỷ lệ hộ nghèo giảm từ 67,8% xuống còn 41,2%.
Thực hiện Nghị quyết số 03-NQ/HU ngày 20/8/2011 của Ban Chấp hành Đảng bộ huyện về giảm nghèo nhanh và bền vững, Mặt trận đã phối hợp với đồn biên phòng vận động 312 hộ Mông ở bản Huồi Khe, xã Mường Lống chuyển về nơi ở mới.
Đại hội đã hiệp thương cử 45 vị vào Ủy ban MTTQ Việt Nam huyện khóa XI. Tại hội nghị lần thứ nhất, ông Moong Văn Thìn được hiệp thương giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện; các ông, bà Xồng Bá Dênh, Lương Thị Hoa được cử làm Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XI.
Phát biểu chỉ đạo, đồng chí Vi Văn Sơn đề nghị Mặt trận tiếp tục làm nòng cốt trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", phấn đấu đến năm 2020 cơ bản không còn hộ nghèo ở nhà tạm. Đồng chí Lô Thị Vân đề nghị thực hiện tốt Quyết định 217-QĐ/TW và 218-QĐ/TW của Bộ Chính trị về giám sát, phản biện xã hội và góp ý xây dựng Đảng, chính quyền.
Đại hội đã bầu 9 đại biểu đi dự Đại hội đại biểu MTTQ Việt Nam tỉnh Nghệ An lần thứ XII. Ông Lầu Bá Chống, trưởng bản Huồi Khe, người có uy tín, được biểu dương vì vận động bà con góp 40 cây gỗ làm nhà cho 4 hộ neo đơn.
Cũng tại đại hội, bà Vi Thị Hương, Chủ tịch Hội LHPN huyện, tham luận về mô hình "Mái ấm tình thương" đã giúp 27 phụ nữ đơn thân có nhà ở; ông Cụt Văn Lâm, Chủ tịch Ủy ban MTTQ xã Tà Cạ, chia sẻ cách vận động mỗi dòng họ góp ít nhất 2 ngày công cho một hộ làm nhà.
Lữ Phú - Vi Thảo
Tin cùng chuyên mục
- Tương Dương: Đại hội MTTQ huyện lần thứ XII (15/06/2015)
- Quế Phong bàn giao 30 nhà Đại đoàn kết (02/06/2015)
- Con Cuông: Ra mắt mô hình bản không có nhà tạm (20/05/2015)
- Hội thảo giải pháp giảm nghèo ở 3 huyện 30a (11/05/2015)
""", "2015-06-19", "Đại hội đại biểu MTTQ Việt Nam huyện Kỳ Sơn lần thứ XI: xây mới, sửa chữa 4.200 căn nhà cho hộ nghèo",
E("dai_hoi", None, "2015-06-17"),
[P("Lô Thị Vân", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Vi Văn Sơn", "Tỉnh ủy viên", "Bí thư Huyện ủy Kỳ Sơn"),
 P("Moong Văn Thìn", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Xồng Bá Dênh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XI"),
 P("Lương Thị Hoa", "Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện khóa XI"),
 P("Lầu Bá Chống", "trưởng bản Huồi Khe", "người có uy tín"), P("Vi Thị Hương", "Chủ tịch Hội LHPN huyện"), P("Cụt Văn Lâm", "Chủ tịch Ủy ban MTTQ xã Tà Cạ")],
[Q("186 đại biểu", 186, "đại biểu"), Q("hơn 73.000 người", 73000, "người", "over"),
 Q("4.200 căn nhà", 4200, "căn nhà"), Q("1.350 nhà Đại đoàn kết", 1350, "nhà Đại đoàn kết"),
 Q("30 đến 35 triệu đồng", 30000000, "đồng"), Q("35 triệu đồng", 35000000, "đồng"), Q("12,6 tỷ đồng", 12600000000, "đồng"),
 Q("67,8%", 67.8, "%"), Q("41,2%", 41.2, "%"), Q("312 hộ Mông", 312, "hộ Mông"), Q("45 vị", 45, "vị"),
 Q("9 đại biểu", 9, "đại biểu"), Q("40 cây gỗ", 40, "cây gỗ"), Q("4 hộ neo đơn", 4, "hộ neo đơn"), Q("27 phụ nữ đơn thân", 27, "phụ nữ đơn thân"), Q("ít nhất 2 ngày công", 2, "ngày công", "over")],
[D("Quyết định", "167", "2008/QĐ-TTg", None, None, "Quyết định số 167/2008/QĐ-TTg"),
 D("Nghị quyết", "03", "NQ/HU", "2011-08-20", "Ban Chấp hành Đảng bộ huyện", "Nghị quyết số 03-NQ/HU ngày 20/8/2011"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 217-QĐ/TW"),
 D("Quyết định", "218", "QĐ/TW", None, "Bộ Chính trị", "218-QĐ/TW")],
[prov("Nghệ An"), com("Mường Lống"), com("Tà Cạ")],
["TRANG THÔNG TIN ĐIỆN TỬ MẶT TRẬN TỔ QUỐC TỈNH NGHỆ AN", "Tin tức > Hoạt động Mặt trận cơ sở",
 "Đoàn Chủ tịch điều hành đại hội. Ảnh: Lữ Phú", "Vì người nghèo", "Chương trình 135",
 "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "Mái ấm tình thương"],
["19/06/2015 - 10:05", "lần thứ XI", "nhiệm kỳ 2015 - 2020", "gấp 3 lần", "lần thứ XII", "năm 2020", "hai ngày"]))

PAGES.append(page("b5362-thanhhoa-mttq-giamsat-2016", """
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa
Thời sự | Chính trị | Mặt trận
Ngày đăng 14/09/2016 | 16:20
Đoàn giám sát làm việc tại xã Trung Lý.
Giám sát hỗ trợ nhà ở cho hộ nghèo theo Quyết định 33/2015/QĐ-TTg tại Mường Lát
Từ ngày 12 đến 13/9, đoàn giám sát của Ủy ban MTTQ tỉnh do đồng chí Phạm Thị Thu, Phó Chủ tịch Ủy ban MTTQ tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ hộ nghèo về nhà ở theo Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015 của Thủ tướng Chính phủ tại huyện Mường Lát. Tham gia đoàn có đại diện Sở Xây dựng, Sở Lao động - Thương binh và Xã hội, Ngân hàng Chính sách xã hội tỉnh.
Theo báo cáo của UBND huyện, giai đoạn 2016 - 2020 huyện có 1.028 hộ thuộc diện được hỗ trợ; năm 2016 được giao 350 hộ, đến nay đã khởi công 214 nhà, hoàn thành 126 nhà. Mỗi hộ được vay tối đa 25 triệu đồng từ Ngân hàng Chính sách xã hội với lãi suất 3%/năm; Mặt trận các cấp vận động hỗ trợ thêm 5 triệu đồng/hộ. Đã giải ngân 5,35 tỷ đồng, đạt khoảng 61% kế hoạch vốn.
Giám sát trực tiếp tại các xã Trung Lý, Pù Nhi, đoàn ghi nhận nhiều hộ người Mông, người Thái chưa đủ điều kiện đối ứng nên chậm khởi công; có 17 hộ chưa được cấp giấy chứng nhận quyền sử dụng đất. Ông Lò Văn Phanh, Chủ tịch UBND xã Trung Lý, giải trình xã đã thành lập 7 tổ thợ và huy động bộ đội biên phòng giúp vận chuyển vật liệu.
Bà Hà Thị Ngọc, Chủ tịch Ủy ban MTTQ xã Pù Nhi, kiến nghị tăng mức hỗ trợ vì chi phí vận chuyển mỗi mét khối cát lên bản lên tới 600.000 đồng. Ông Giàng A Của, Bí thư Chi bộ bản Pù Quăn, xã Pù Nhi, cho biết chi bộ phân công mỗi đảng viên phụ trách 2 hộ để đôn đốc tiến độ.
Kết luận, đồng chí Phạm Thị Thu đề nghị huyện thực hiện nghiêm Quyết định số 217-QĐ/TW của Bộ Chính trị và Hướng dẫn số 17/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam về giám sát; rà soát lại 38 hộ đề nghị rút khỏi danh sách, công khai tại thôn, bản; phấn đấu hết năm 2016 hoàn thành toàn bộ 350 nhà theo Kế hoạch số 112/KH-UBND ngày 04/7/2016 của UBND tỉnh.
Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường vụ Tỉnh ủy và kiến nghị UBND tỉnh.
Trước đó, ngày 9/9, Ban Dân vận Tỉnh ủy đã có Công văn số 245-CV/BDVTU đề nghị Ban Dân vận các huyện ủy miền núi phối hợp với Mặt trận theo dõi việc thực hiện chính sách. Bà Lương Thị Thanh, HUV, Trưởng Ban Dân vận Huyện ủy Mường Lát, cho biết huyện đã giao 64 cán bộ, đảng viên kèm cặp các hộ làm nhà, mỗi người phụ trách từ 5 hộ trở lên.
Lê Hợi
Bài viết liên quan
- Quan Hóa: 200 hộ nghèo được hỗ trợ nhà ở (05/09/2016)
- Mặt trận tỉnh giám sát thực hiện Chương trình 135 (22/08/2016)
- Bá Thước: phát huy vai trò người có uy tín (09/08/2016)
- Lang Chánh: hơn 300 hộ nghèo được vay vốn làm nhà (28/07/2016)
""", "2016-09-14", "Giám sát hỗ trợ nhà ở cho hộ nghèo theo Quyết định 33/2015/QĐ-TTg tại Mường Lát",
E("giam_sat", None, "2016-09-12"),
[P("Phạm Thị Thu", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lò Văn Phanh", "Chủ tịch UBND xã Trung Lý"),
 P("Hà Thị Ngọc", "Chủ tịch Ủy ban MTTQ xã Pù Nhi"),
 P("Giàng A Của", "Bí thư Chi bộ bản Pù Quăn"), P("Lương Thị Thanh", "HUV", "Trưởng Ban Dân vận Huyện ủy Mường Lát")],
[Q("1.028 hộ", 1028, "hộ"), Q("350 hộ", 350, "hộ"), Q("214 nhà", 214, "nhà"), Q("126 nhà", 126, "nhà"),
 Q("tối đa 25 triệu đồng", 25000000, "đồng"), Q("3%", 3, "%"), Q("5 triệu đồng", 5000000, "đồng"),
 Q("5,35 tỷ đồng", 5350000000, "đồng"), Q("khoảng 61%", 61, "%", "approx"), Q("17 hộ", 17, "hộ"),
 Q("7 tổ thợ", 7, "tổ thợ"), Q("600.000 đồng", 600000, "đồng"), Q("2 hộ", 2, "hộ"), Q("38 hộ", 38, "hộ"),
 Q("350 nhà", 350, "nhà"), Q("64 cán bộ, đảng viên", 64, "cán bộ, đảng viên"), Q("từ 5 hộ trở lên", 5, "hộ", "over")],
[D("Quyết định", "33", "2015/QĐ-TTg", "2015-08-10", "Thủ tướng Chính phủ", "Quyết định số 33/2015/QĐ-TTg ngày 10/8/2015"),
 D("Quyết định", "217", "QĐ/TW", None, "Bộ Chính trị", "Quyết định số 217-QĐ/TW"),
 D("Hướng dẫn", "17", "HD-MTTW-BTT", None, "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "Hướng dẫn số 17/HD-MTTW-BTT"),
 D("Công văn", "245", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 245-CV/BDVTU"),
 D("Kế hoạch", "112", "KH-UBND", "2016-07-04", "UBND tỉnh", "Kế hoạch số 112/KH-UBND ngày 04/7/2016")],
[prov("Thanh Hóa"), com("Trung Lý"), com("Pù Nhi")],
["Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa", "Thời sự | Chính trị | Mặt trận",
 "Đoàn giám sát làm việc tại xã Trung Lý."],
["Ngày đăng 14/09/2016 | 16:20", "giai đoạn 2016 - 2020", "năm 2016"]))
