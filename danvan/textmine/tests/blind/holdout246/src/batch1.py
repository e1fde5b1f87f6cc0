from lib import *
PAGES = []

PAGES.append(page("b5861-laocai-bdv-tongket-2011", """
BAN DÂN VẬN TỈNH ỦY LÀO CAI
Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận
Thứ Tư, 28/12/2011 - 16:20
Lào Cai: khen thưởng 23 tập thể, 49 cá nhân trong phong trào "Dân vận khéo"
Ngày 27/12/2011, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2011 và biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào thi đua "Dân vận khéo". Dự hội nghị có đồng chí Lù Văn Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Hoàng Thị Thu, Nguyễn Đức Mạnh; cùng 45 đồng chí là lãnh đạo ban dân vận các huyện ủy, thành ủy, Ủy ban MTTQ và các đoàn thể tỉnh.
Toàn cảnh hội nghị tổng kết. Ảnh: Quang Hưng
Năm 2011, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Chỉ thị 11, 12-CT/TU về công tác dân vận ở vùng đồng bào Mông và về vận động nhân dân tham gia xây dựng nông thôn mới; phối hợp triển khai Quy chế công tác dân vận ban hành kèm theo Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị. Toàn tỉnh có 312 mô hình "Dân vận khéo", trong đó 41 mô hình cấp tỉnh; nhân dân hiến hơn 18.000 m2 đất, đóng góp trên 3,2 tỷ đồng và khoảng 26.500 ngày công làm đường giao thông nông thôn. Tỷ lệ hộ nghèo toàn tỉnh giảm còn 32,6%.
Tại hội nghị, đồng chí Đỗ Văn Khải, Chánh Văn phòng Ban Dân vận Tỉnh ủy, công bố Quyết định số 1520/QĐ-UBND ngày 20/12/2011 của UBND tỉnh tặng Bằng khen cho 8 tập thể, 15 cá nhân và Quyết định số 86-QĐ/BDVTU của Ban Dân vận Tỉnh ủy tặng Giấy khen cho 15 tập thể, 34 cá nhân có thành tích xuất sắc. Tổng số tiền thưởng hơn 46 triệu đồng.
Các cá nhân được tặng Bằng khen gồm: ông Giàng Seo Phử, Bí thư Chi bộ thôn Sín Chải, xã Tả Van; ông Sùng A Lử, Trưởng thôn Sả Hồ, xã Lử Thẩn; bà Tẩn Mẩy Chài, Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang; ông Lý Seo Chứ, người có uy tín thôn Pha Long 1, xã Pha Long. Các đồng chí Vàng Văn Dìn, Lò Thị Mai, Phạm Quốc Toản - Trưởng Ban Dân vận Huyện ủy cũng được tặng Bằng khen vì có nhiều cách làm hay trong vận động đồng bào bỏ tập tục lạc hậu.
Phát biểu kết luận, đồng chí Lù Văn Sinh đề nghị năm 2012 các cấp tiếp tục thực hiện Kế hoạch số 42-KH/TU của Tỉnh ủy về đẩy mạnh công tác dân vận vùng đồng bào dân tộc thiểu số; nhân rộng ít nhất 50 mô hình; phấn đấu 100% xã có tổ dân vận hoạt động hiệu quả. Đồng chí Hoàng Thị Thu thay mặt Ban Dân vận Tỉnh ủy tiếp thu ý kiến các đại biểu.
Minh Phương
Lượt xem: 1.204
Tin liên quan
- Bắc Hà: ra mắt 6 mô hình "Dân vận khéo" (12/12/2011)
- Sa Pa: vận động đồng bào Mông bỏ tục thách cưới (01/12/2011)
- Tập huấn nghiệp vụ cho 120 cán bộ dân vận cơ sở (18/11/2011)
- Mường Khương sơ kết 2 năm thực hiện Chỉ thị 11-CT/TU (04/11/2011)
""", "2011-12-28", 'Lào Cai: khen thưởng 23 tập thể, 49 cá nhân trong phong trào "Dân vận khéo"',
E("tong_ket", "2011", "2011-12-27"),
[P("Lù Văn Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hoàng Thị Thu", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Đức Mạnh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Đỗ Văn Khải", "Chánh Văn phòng Ban Dân vận Tỉnh ủy"),
 P("Giàng Seo Phử", "Bí thư Chi bộ thôn Sín Chải"),
 P("Sùng A Lử", "Trưởng thôn Sả Hồ"),
 P("Tẩn Mẩy Chài", "Chi hội trưởng Chi hội Phụ nữ thôn Nậm Cang"),
 P("Lý Seo Chứ", "người có uy tín thôn Pha Long 1"),
 P("Vàng Văn Dìn", "Trưởng Ban Dân vận Huyện ủy"),
 P("Lò Thị Mai", "Trưởng Ban Dân vận Huyện ủy"),
 P("Phạm Quốc Toản", "Trưởng Ban Dân vận Huyện ủy")],
[Q("23 tập thể", 23, "tập thể"), Q("49 cá nhân", 49, "cá nhân"), Q("45 đồng chí", 45, "đồng chí"),
 Q("312 mô hình", 312, "mô hình"), Q("41 mô hình cấp tỉnh", 41, "mô hình cấp tỉnh"),
 Q("hơn 18.000 m2", 18000, "m2", "over"), Q("trên 3,2 tỷ đồng", 3200000000, "đồng", "over"),
 Q("khoảng 26.500 ngày công", 26500, "ngày công", "approx"), Q("32,6%", 32.6, "%"),
 Q("8 tập thể", 8, "tập thể"), Q("15 cá nhân", 15, "cá nhân"), Q("15 tập thể", 15, "tập thể"),
 Q("34 cá nhân", 34, "cá nhân"), Q("hơn 46 triệu đồng", 46000000, "đồng", "over"),
 Q("ít nhất 50 mô hình", 50, "mô hình", "over"), Q("100% xã", 100, "%")],
[D("Chỉ thị", "11", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Chỉ thị", "12", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 11, 12-CT/TU"),
 D("Quyết định", "290", "QĐ/TW", "2010-02-25", "Bộ Chính trị", "Quyết định số 290-QĐ/TW ngày 25/2/2010"),
 D("Quyết định", "1520", "QĐ-UBND", "2011-12-20", "UBND tỉnh", "Quyết định số 1520/QĐ-UBND ngày 20/12/2011"),
 D("Quyết định", "86", "QĐ/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Quyết định số 86-QĐ/BDVTU"),
 D("Kế hoạch", "42", "KH/TU", None, "Tỉnh ủy", "Kế hoạch số 42-KH/TU")],
[prov("Lào Cai"), com("Tả Van"), com("Lử Thẩn"), com("Pha Long")],
["BAN DÂN VẬN TỈNH ỦY LÀO CAI", "Trang chủ > Tin tức - Sự kiện > Hoạt động dân vận", "Toàn cảnh hội nghị tổng kết. Ảnh: Quang Hưng",
 "Dân vận khéo", "Lượt xem: 1.204", "Bằng khen", "Giấy khen"],
["Thứ Tư, 28/12/2011 - 16:20", "45 đồng chí", "năm 2011", "năm 2012", "Pha Long 1", "Lượt xem: 1.204"]))

PAGES.append(page("b5862-nghean-mttq-hoinghi-uytin-2012", """
Báo Nghệ An điện tử
Chính trị › Mặt trận - Đoàn thể
Cập nhật: 09:30, 15/11/2012 (GMT+7)
Đồng chí Trần Minh Đức trao Bằng khen cho các cá nhân. Ảnh: Thành Cường
Biểu dương 120 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số
(Baonghean) - Ngày 14/11, Ủy ban MTTQ tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2012. Dự hội nghị có đồng chí Trần Minh Đức, Phó Bí thư Tỉnh ủy; đồng chí Hồ Thị Lan Anh, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ tỉnh; đồng chí Lữ Văn Phong, Trưởng Ban Dân tộc tỉnh.
Toàn tỉnh hiện có 1.628 người có uy tín ở 27 xã đặc biệt khó khăn và 248 thôn, bản vùng cao. Năm 2012, người có uy tín đã vận động 3.415 hộ ký cam kết không trồng cây thuốc phiện, tham gia hòa giải thành công 186 vụ việc mâu thuẫn trong cộng đồng, vận động 52 đối tượng ra đầu thú và hiến gần 27.000 m2 đất làm đường. Thực hiện Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011 của Thủ tướng Chính phủ về chính sách đối với người có uy tín, tỉnh đã cấp kinh phí hơn 1,9 tỷ đồng, tặng 1.450 suất quà Tết và tổ chức 6 đoàn đi tham quan, học tập kinh nghiệm.
Nhiều ý kiến tại hội nghị cho rằng chế độ hỗ trợ cho người có uy tín còn thấp, việc cung cấp thông tin cho họ chưa kịp thời; một số nơi chưa mời người có uy tín dự các cuộc họp bàn việc của thôn, bản. Đại diện Ban Dân tộc tỉnh đề nghị các huyện rà soát, kiện toàn danh sách người có uy tín trước ngày 31/12, đưa ra khỏi danh sách những người không còn đủ điều kiện.
Theo Kế hoạch số 215/KH-MTTQ-BTT ngày 5/10/2012 của Ban Thường trực Ủy ban MTTQ tỉnh, việc bình chọn được tiến hành từ thôn, bản lên xã, huyện. Dịp này, Chủ tịch UBND tỉnh ký Quyết định số 5120/QĐ-UBND tặng Bằng khen cho 30 người có uy tín tiêu biểu; Ủy ban MTTQ tỉnh tặng Bằng khen cho 90 người, mỗi người kèm 500.000 đồng tiền thưởng.
Trong số được khen có các Già làng: Lô Văn Bình (bản Cà Moong, xã Tri Lễ), Vừ Bá Giống (bản Huồi Thum, xã Na Ngoi), Mong Văn Xính (bản Xốp Mạt, xã Đoọc Mạy); các trưởng bản Lương Văn Thuận, Lo Văn Ơn, Vi Thị Hoa. Ông Lầu Nhìa Vừ, người có uy tín bản Nậm Khiên, xã Na Ngoi, chia sẻ: "Mình nói trước, làm trước thì bà con mới nghe. Năm nay bản không còn hộ nào trồng cây thuốc phiện".
Phát biểu tại hội nghị, đồng chí Trần Minh Đức đề nghị các cấp tiếp tục thực hiện Chỉ thị số 06-CT/TU của Ban Thường vụ Tỉnh ủy về phát huy vai trò người có uy tín; lắng nghe ý kiến của già làng, trưởng bản; kịp thời biểu dương những tấm gương "người tốt, việc tốt". Đồng chí Hồ Thị Lan Anh cho biết năm 2013 Mặt trận sẽ phối hợp mở 4 lớp bồi dưỡng cho khoảng 400 người có uy tín.
Hải Vân
Tin khác
- Quế Phong: 15 bản đăng ký xây dựng khu dân cư văn hóa (10/11/2012)
- Kỳ Sơn: vận động nhân dân không tái trồng cây thuốc phiện (02/11/2012)
- MTTQ tỉnh giám sát việc thực hiện chính sách người có uy tín (25/10/2012)
""", "2012-11-15", "Biểu dương 120 người có uy tín tiêu biểu vùng đồng bào dân tộc thiểu số",
E("hoi_nghi", "2012", "2012-11-14"),
[P("Trần Minh Đức", "Phó Bí thư Tỉnh ủy"),
 P("Hồ Thị Lan Anh", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Lữ Văn Phong", "Trưởng Ban Dân tộc tỉnh"),
 P("Lô Văn Bình", "Già làng"), P("Vừ Bá Giống", "Già làng"), P("Mong Văn Xính", "Già làng"),
 P("Lương Văn Thuận", "trưởng bản"), P("Lo Văn Ơn", "trưởng bản"), P("Vi Thị Hoa", "trưởng bản"),
 P("Lầu Nhìa Vừ", "người có uy tín bản Nậm Khiên")],
[Q("120 người có uy tín tiêu biểu", 120, "người có uy tín tiêu biểu"), Q("1.628 người có uy tín", 1628, "người có uy tín"),
 Q("27 xã đặc biệt khó khăn", 27, "xã đặc biệt khó khăn"), Q("248 thôn, bản", 248, "thôn, bản"),
 Q("3.415 hộ", 3415, "hộ"), Q("186 vụ việc mâu thuẫn", 186, "vụ việc mâu thuẫn"), Q("52 đối tượng", 52, "đối tượng"),
 Q("gần 27.000 m2", 27000, "m2", "approx"), Q("hơn 1,9 tỷ đồng", 1900000000, "đồng", "over"),
 Q("1.450 suất quà", 1450, "suất quà"), Q("6 đoàn", 6, "đoàn"),
 Q("30 người có uy tín tiêu biểu", 30, "người có uy tín tiêu biểu"), Q("90 người", 90, "người"),
 Q("500.000 đồng", 500000, "đồng"), Q("4 lớp bồi dưỡng", 4, "lớp bồi dưỡng"),
 Q("khoảng 400 người có uy tín", 400, "người có uy tín", "approx")],
[D("Quyết định", "18", "2011/QĐ-TTg", "2011-03-18", "Thủ tướng Chính phủ", "Quyết định số 18/2011/QĐ-TTg ngày 18/3/2011"),
 D("Kế hoạch", "215", "KH-MTTQ-BTT", "2012-10-05", "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch số 215/KH-MTTQ-BTT ngày 5/10/2012"),
 D("Quyết định", "5120", "QĐ-UBND", None, "Chủ tịch UBND tỉnh", "Quyết định số 5120/QĐ-UBND"),
 D("Chỉ thị", "06", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 06-CT/TU")],
[prov("Nghệ An"), com("Tri Lễ"), com("Na Ngoi"), com("Đoọc Mạy")],
["Báo Nghệ An điện tử", "Chính trị › Mặt trận - Đoàn thể", "Đồng chí Trần Minh Đức trao Bằng khen cho các cá nhân. Ảnh: Thành Cường",
 "(Baonghean)", "người tốt, việc tốt"],
["Cập nhật: 09:30, 15/11/2012 (GMT+7)", "năm 2012", "năm 2013", "Quyết định số 18/2011/QĐ-TTg"]))

PAGES.append(page("b5863-gialai-chupah-bdvhu-tongket-2013", """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PĂH - TỈNH GIA LAI
Trang chủ :: Tin tức :: Xây dựng Đảng
08:15 | 10/01/2014
Ban Dân vận Huyện ủy Chư Păh tuyên dương 14 tập thể, 26 cá nhân
Chiều 9/1/2014, Ban Dân vận Huyện ủy Chư Păh tổ chức hội nghị tổng kết công tác dân vận năm 2013, triển khai nhiệm vụ năm 2014. Đồng chí Nguyễn Văn Tuấn, HUV, Trưởng Ban Dân vận Huyện ủy, Chủ tịch Ủy ban MTTQ Việt Nam huyện chủ trì. Dự có đồng chí Rơ Châm Hyưt, HUV, Phó Chủ tịch Thường trực - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện và đại diện 15 xã, thị trấn.
Năm 2013, khối dân vận huyện đã tham mưu Ban Thường vụ Huyện ủy ban hành Kết luận 05, 06-KL/HU về công tác vận động đồng bào Jrai, Ba Na và về đấu tranh với hoạt động "Tin lành Đê Ga". Các hội, đoàn thể triển khai Nghị quyết số 26-NQ/TW ngày 5/8/2008 của BCH Trung ương về nông nghiệp, nông dân, nông thôn; Ban Dân vận Huyện ủy ban hành Kế hoạch số 18-KH/BDVHU kiểm tra việc thực hiện quy chế dân chủ tại 6 xã.
Nhân dân đã đóng góp gần 1,2 tỷ đồng và hơn 2.350 ngày công làm 4,6 km đường bê tông nông thôn; giúp 140 hộ nghèo 120 con bò giống. Tỷ lệ hộ nghèo toàn huyện giảm còn 21,4%, vùng đồng bào dân tộc thiểu số còn 33,7%.
Theo đánh giá của Ban Dân vận Tỉnh ủy Gia Lai, Chư Păh là một trong những huyện làm tốt công tác nắm tình hình nhân dân ở cơ sở; tổ dân vận ở các làng sinh hoạt đều đặn hằng tháng, kịp thời phát hiện và giải quyết những vướng mắc về đất đai, tranh chấp ranh giới rẫy ngay từ làng, không để phát sinh điểm nóng. Tuy vậy, một số cán bộ dân vận xã còn kiêm nhiệm nhiều việc, chưa thạo tiếng Jrai nên việc tuyên truyền có lúc chưa hiệu quả.
Toàn cảnh hội nghị. Ảnh: Hoàng Lâm
Thừa ủy quyền, đồng chí Đinh Thị Liên, Chánh Văn phòng Huyện ủy, công bố Quyết định số 312-QĐ/HU ngày 6/1/2014 của Ban Thường vụ Huyện ủy tặng Giấy khen cho 14 tập thể và 26 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2013. Các cá nhân được khen gồm các đồng chí Ksor Thị Blui, Rơ Mah Hlim, Siu Thị Hnhơn - Chủ tịch Hội Phụ nữ xã; ông Nay Phun, Bí thư Chi bộ làng Ia Đơr, xã Ia Ka; ông Kpă Yuh, người có uy tín làng Kép 1, xã Ia Nhin; bà Puih Thị Hlăk, Chi hội trưởng Chi hội Nông dân làng Bông Phun; các đồng chí Trưởng khối dân vận xã: Rơ Lan Yưh, Đinh Văn Khoa, Trần Thị Bích Hạnh.
Phát biểu tại hội nghị, ông Nay Phun chia sẻ: làng Ia Đơr hiện 100% hộ đã có nước sạch, không còn người đi theo đạo lạ. Đồng chí Nguyễn Văn Tuấn đề nghị năm 2014 các xã Hà Tây, Ia Kreng chú trọng xây dựng thêm từ 5 mô hình "Dân vận khéo" trở lên; nâng tỷ lệ hộ gia đình văn hóa đạt trên 80%.
Lượt truy cập: 45.807
Tin cùng chuyên mục
- Xã Ia Ka tổ chức ngày hội đại đoàn kết (22/11/2013)
- Hội Nông dân huyện sơ kết phong trào thi đua (15/10/2013)
- Huyện ủy Chư Păh học tập Nghị quyết Trung ương 8 (05/10/2013)
""", "2014-01-10", "Ban Dân vận Huyện ủy Chư Păh tuyên dương 14 tập thể, 26 cá nhân",
E("tong_ket", "2013", "2014-01-09"),
[P("Nguyễn Văn Tuấn", "HUV", "Trưởng Ban Dân vận Huyện ủy", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"),
 P("Rơ Châm Hyưt", "HUV", "Phó Chủ tịch Thường trực - Trưởng ban Phong trào Ủy ban MTTQ Việt Nam huyện"),
 P("Đinh Thị Liên", "Chánh Văn phòng Huyện ủy"),
 P("Ksor Thị Blui", "Chủ tịch Hội Phụ nữ xã"), P("Rơ Mah Hlim", "Chủ tịch Hội Phụ nữ xã"),
 P("Siu Thị Hnhơn", "Chủ tịch Hội Phụ nữ xã"),
 P("Nay Phun", "Bí thư Chi bộ làng Ia Đơr"),
 P("Kpă Yuh", "người có uy tín làng Kép 1"),
 P("Puih Thị Hlăk", "Chi hội trưởng Chi hội Nông dân làng Bông Phun"),
 P("Rơ Lan Yưh", "Trưởng khối dân vận xã"), P("Đinh Văn Khoa", "Trưởng khối dân vận xã"),
 P("Trần Thị Bích Hạnh", "Trưởng khối dân vận xã")],
[Q("14 tập thể", 14, "tập thể"), Q("26 cá nhân", 26, "cá nhân"), Q("15 xã, thị trấn", 15, "xã, thị trấn"),
 Q("6 xã", 6, "xã"), Q("gần 1,2 tỷ đồng", 1200000000, "đồng", "approx"), Q("hơn 2.350 ngày công", 2350, "ngày công", "over"),
 Q("4,6 km", 4.6, "km"), Q("140 hộ nghèo", 140, "hộ nghèo"), Q("120 con bò giống", 120, "con bò giống"),
 Q("21,4%", 21.4, "%"), Q("33,7%", 33.7, "%"), Q("100% hộ", 100, "%"),
 Q("từ 5 mô hình", 5, "mô hình", "over"), Q("trên 80%", 80, "%", "over")],
[D("Kết luận", "05", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Kết luận", "06", "KL/HU", None, "Ban Thường vụ Huyện ủy", "Kết luận 05, 06-KL/HU"),
 D("Nghị quyết", "26", "NQ/TW", "2008-08-05", "BCH Trung ương", "Nghị quyết số 26-NQ/TW ngày 5/8/2008"),
 D("Kế hoạch", "18", "KH/BDVHU", None, "Ban Dân vận Huyện ủy", "Kế hoạch số 18-KH/BDVHU"),
 D("Quyết định", "312", "QĐ/HU", "2014-01-06", "Ban Thường vụ Huyện ủy", "Quyết định số 312-QĐ/HU ngày 6/1/2014")],
[prov("Gia Lai"), com("Ia Ka"), com("Ia Nhin"), com("Hà Tây"), com("Ia Kreng")],
["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ PĂH - TỈNH GIA LAI", "Trang chủ :: Tin tức :: Xây dựng Đảng", "Toàn cảnh hội nghị. Ảnh: Hoàng Lâm",
 "Tin lành Đê Ga", "Dân vận khéo", "Lượt truy cập: 45.807"],
["08:15 | 10/01/2014", "năm 2013", "năm 2014", "Kép 1", "Lượt truy cập: 45.807"]))

PAGES.append(page("b5864-soctrang-mttq-soket-2014", """
Báo Sóc Trăng Online
Thời sự > Mặt trận - Đoàn thể
17/07/2014 - 10:05
Mặt trận tỉnh khen thưởng 18 tập thể, 37 cá nhân tiêu biểu
(BST) - Sáng 16/7, Ủy ban MTTQ Việt Nam tỉnh Sóc Trăng tổ chức hội nghị sơ kết công tác Mặt trận 6 tháng đầu năm 2014. Đồng chí Lâm Văn Sóc, Tỉnh ủy viên, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì; dự có đồng chí Trần Quốc Huy, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 108 đại biểu là chức sắc tôn giáo, người có uy tín trong đồng bào Khmer.
Quang cảnh hội nghị. Ảnh: Kim Ngân
Sáu tháng qua, Mặt trận các cấp đã triển khai Chương trình hành động số 14-CTr/TU của Tỉnh ủy về công tác vận động đồng bào Khmer và Kế hoạch 32, 33-KH/MTTQ-BTT của Ban Thường trực Ủy ban MTTQ tỉnh về giám sát, phản biện xã hội. Quỹ "Vì người nghèo" các cấp vận động được trên 6,4 tỷ đồng, xây mới và sửa chữa 215 căn nhà Đại đoàn kết; 92 chùa Phật giáo Nam tông Khmer tham gia vận động đồng bào giữ gìn an ninh trật tự. Toàn tỉnh có 1.024/1.187 khu dân cư đạt danh hiệu khu dân cư văn hóa, đạt 86,3%.
Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao Bằng khen cho 18 tập thể và 37 cá nhân có thành tích tiêu biểu trong cuộc vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư". Trong đó có Hòa thượng Lý Hùng, Trụ trì chùa Som Rông; Đại đức Thạch Sa Vy, Phó Trưởng ban Trị sự chùa Kh'leang; các ông, bà: Sơn Ngọc Thạch, Thạch Thị Sà Rênh, Danh Hùng - Trưởng ban Công tác Mặt trận ấp; ông Kim Sô Phia, người có uy tín ấp Prey Chóp, xã Lịch Hội Thượng; bà Lý Thị Sô Phal, Chủ tịch Hội LHPN xã Viên An. Ngoài ra, 12 Ban Công tác Mặt trận được tặng Giấy khen, kèm tiền thưởng 1,5 triệu đồng mỗi tập thể.
Bà Thạch Thị Sà Rênh chia sẻ: trong 6 tháng, ban công tác Mặt trận ấp đã vận động 38 hộ hiến đất làm đường, hòa giải thành 7 vụ tranh chấp đất ruộng giữa các hộ.
Phát biểu kết luận, đồng chí Lâm Văn Sóc đề nghị 6 tháng cuối năm các cấp tiếp tục thực hiện Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN của Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam về phối hợp công tác; phấn đấu vận động Quỹ "Vì người nghèo" đạt trên 12 tỷ đồng cả năm; chuẩn bị tốt Đại hội đại biểu MTTQ các cấp nhiệm kỳ 2014 - 2019. Đồng chí Trần Quốc Huy đề nghị Mặt trận chú trọng nắm tình hình tư tưởng trong đồng bào Khmer trước lễ Sene Dolta, không để kẻ xấu lợi dụng.
Thanh Phong
Tin liên quan
- Mỹ Xuyên: bàn giao 20 căn nhà Đại đoàn kết (10/07/2014)
- Thị trấn Mỹ Xuyên ra mắt mô hình "Ấp không có tội phạm" (01/07/2014)
- Tôn vinh 50 gương người tốt, việc tốt trong đồng bào Khmer (20/06/2014)
""", "2014-07-17", "Mặt trận tỉnh khen thưởng 18 tập thể, 37 cá nhân tiêu biểu",
E("so_ket", "2014-H1", "2014-07-16"),
[P("Lâm Văn Sóc", "Tỉnh ủy viên", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Quốc Huy", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Lý Hùng", "Hòa thượng", "Trụ trì chùa Som Rông"),
 P("Thạch Sa Vy", "Đại đức", "Phó Trưởng ban Trị sự chùa Kh'leang"),
 P("Sơn Ngọc Thạch", "Trưởng ban Công tác Mặt trận ấp"), P("Thạch Thị Sà Rênh", "Trưởng ban Công tác Mặt trận ấp"),
 P("Danh Hùng", "Trưởng ban Công tác Mặt trận ấp"),
 P("Kim Sô Phia", "người có uy tín ấp Prey Chóp"),
 P("Lý Thị Sô Phal", "Chủ tịch Hội LHPN xã Viên An")],
[Q("18 tập thể", 18, "tập thể"), Q("37 cá nhân", 37, "cá nhân"), Q("108 đại biểu", 108, "đại biểu"),
 Q("trên 6,4 tỷ đồng", 6400000000, "đồng", "over"), Q("215 căn nhà Đại đoàn kết", 215, "căn nhà Đại đoàn kết"),
 Q("92 chùa Phật giáo Nam tông Khmer", 92, "chùa Phật giáo Nam tông Khmer"), Q("1.024/1.187 khu dân cư", 1024, "khu dân cư"),
 Q("86,3%", 86.3, "%"), Q("12 Ban Công tác Mặt trận", 12, "Ban Công tác Mặt trận"), Q("1,5 triệu đồng", 1500000, "đồng"),
 Q("38 hộ", 38, "hộ"), Q("7 vụ tranh chấp đất ruộng", 7, "vụ tranh chấp đất ruộng"),
 Q("trên 12 tỷ đồng", 12000000000, "đồng", "over")],
[D("Chương trình hành động", "14", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 14-CTr/TU"),
 D("Kế hoạch", "32", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 32, 33-KH/MTTQ-BTT"),
 D("Kế hoạch", "33", "KH/MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ tỉnh", "Kế hoạch 32, 33-KH/MTTQ-BTT"),
 D("Nghị quyết liên tịch", "01", "2013/NQLT-CP-ĐCTUBTWMTTQVN", None, "Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Nghị quyết liên tịch số 01/2013/NQLT-CP-ĐCTUBTWMTTQVN")],
[prov("Sóc Trăng"), com("Lịch Hội Thượng"), com("Viên An")],
["Báo Sóc Trăng Online", "Thời sự > Mặt trận - Đoàn thể", "Quang cảnh hội nghị. Ảnh: Kim Ngân", "(BST)", "Vì người nghèo",
 "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Sene Dolta"],
["17/07/2014 - 10:05", "6 tháng đầu năm 2014", "6 tháng cuối năm", "nhiệm kỳ 2014 - 2019", "trong 6 tháng"]))

PAGES.append(page("b5865-thainguyen-phudinh-dai-hoi-phunu-2016", """
ĐẢNG BỘ XÃ PHÚ ĐÌNH - HUYỆN ĐỊNH HÓA - TỈNH THÁI NGUYÊN
Trang chủ / Tin tức / Hoạt động đoàn thể
Ngày đăng 22/04/2016 | 14:20
Ảnh: Đoàn Chủ tịch điều hành đại hội.
Đại hội Hội LHPN xã Phú Đình nhiệm kỳ 2016 - 2021
Ngày 21/4/2016, Hội Liên hiệp Phụ nữ xã Phú Đình, huyện Định Hóa, tỉnh Thái Nguyên tổ chức Đại hội đại biểu phụ nữ xã lần thứ XII, nhiệm kỳ 2016 - 2021. Về dự có đồng chí Hoàng Thị Hường, HUV, Chủ tịch Hội LHPN huyện; đồng chí Ma Văn Thái, Bí thư Đảng ủy xã; đồng chí Nông Thị Thắm, Phó Chủ tịch UBND xã cùng 86 đại biểu đại diện cho 1.245 hội viên của 14 chi hội.
Nhiệm kỳ 2011 - 2016, Hội đã kết nạp 95 hội viên mới; tín chấp cho 412 hộ vay trên 5,8 tỷ đồng vốn ưu đãi; giúp 32 hộ nghèo có việc làm, thoát nghèo. Cuộc vận động xây dựng gia đình "5 không, 3 sạch" được 97,5% hộ đăng ký thực hiện. Hội thực hiện tốt Nghị quyết số 12-NQ/ĐU của Đảng ủy xã về phát triển chè và Hướng dẫn số 09-HD/HLHPN của Hội LHPN huyện về xây dựng chi hội vững mạnh.
Các đại biểu đã thảo luận, chỉ ra những hạn chế như sinh hoạt chi hội ở một số xóm còn đơn điệu, tỷ lệ tập hợp phụ nữ trẻ chưa cao, việc vận động hội viên bỏ các hủ tục trong cưới hỏi, tang ma ở vùng đồng bào còn chậm. Nhiều ý kiến đề nghị Hội tiếp tục duy trì các tổ hợp tác chè, tổ tiết kiệm, nhóm phụ nữ tự quản.
Đại hội đã bầu Ban Chấp hành khóa mới gồm 15 ủy viên. Bà Ma Thị Nguyệt được tín nhiệm giữ chức Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021; các bà Lường Thị Hiền, Đàm Thị Pha được bầu làm Phó Chủ tịch Hội LHPN xã. Đại hội bầu 7 đại biểu đi dự Đại hội đại biểu phụ nữ huyện.
Nhân dịp này, Ủy ban nhân dân xã tặng Giấy khen cho 5 chi hội và 12 hội viên có thành tích xuất sắc nhiệm kỳ qua. Các chi hội trưởng: La Thị Duyên (xóm Quan Làng), Hà Thị Mến (xóm Đồng Hoàng), Triệu Thị Sinh (xóm Khuôn Câm) được tuyên dương vì vận động 100% hội viên tham gia tổ tiết kiệm. Bà Lường Thị Hiền cho biết thêm, mỗi chi hội được thưởng 300.000 đồng.
Phát biểu chỉ đạo, đồng chí Ma Văn Thái đề nghị Hội tiếp tục quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị; phấn đấu đến năm 2021 có từ 80% chi hội trở lên đạt vững mạnh, giảm ít nhất 20 hộ nghèo do phụ nữ làm chủ. Đồng chí Hoàng Thị Hường đánh giá cao những cố gắng của Hội, đề nghị Ban Chấp hành khóa mới phát huy vai trò của hội viên người Tày, Nùng, Dao trong phát triển kinh tế đồi rừng, xây dựng nông thôn mới.
Đại hội thông qua Nghị quyết với 6 chỉ tiêu chủ yếu cho nhiệm kỳ 2016 - 2021 và kêu gọi cán bộ, hội viên thi đua thực hiện thắng lợi các chỉ tiêu đề ra.
Nông Hà
Các tin khác
- Xã Phú Đình ra quân làm đường giao thông nông thôn (10/04/2016)
- Đoàn Thanh niên xã tổ chức Tháng Thanh niên (26/03/2016)
- Hội Nông dân xã tập huấn kỹ thuật trồng chè (12/03/2016)
""", "2016-04-22", "Đại hội Hội LHPN xã Phú Đình nhiệm kỳ 2016 - 2021",
E("dai_hoi", None, "2016-04-21"),
[P("Hoàng Thị Hường", "HUV", "Chủ tịch Hội LHPN huyện"),
 P("Ma Văn Thái", "Bí thư Đảng ủy xã"),
 P("Nông Thị Thắm", "Phó Chủ tịch UBND xã"),
 P("Ma Thị Nguyệt", "Chủ tịch Hội LHPN xã nhiệm kỳ 2016 - 2021"),
 P("Lường Thị Hiền", "Phó Chủ tịch Hội LHPN xã"), P("Đàm Thị Pha", "Phó Chủ tịch Hội LHPN xã"),
 P("La Thị Duyên", "chi hội trưởng"), P("Hà Thị Mến", "chi hội trưởng"), P("Triệu Thị Sinh", "chi hội trưởng")],
[Q("86 đại biểu", 86, "đại biểu"), Q("1.245 hội viên", 1245, "hội viên"), Q("14 chi hội", 14, "chi hội"),
 Q("95 hội viên mới", 95, "hội viên mới"), Q("412 hộ", 412, "hộ"), Q("trên 5,8 tỷ đồng", 5800000000, "đồng", "over"),
 Q("32 hộ nghèo", 32, "hộ nghèo"), Q("97,5%", 97.5, "%"), Q("15 ủy viên", 15, "ủy viên"), Q("7 đại biểu", 7, "đại biểu"),
 Q("5 chi hội", 5, "chi hội"), Q("12 hội viên", 12, "hội viên"), Q("100% hội viên", 100, "%"),
 Q("300.000 đồng", 300000, "đồng"), Q("từ 80% chi hội trở lên", 80, "%", "over"),
 Q("ít nhất 20 hộ nghèo", 20, "hộ nghèo", "over"), Q("6 chỉ tiêu chủ yếu", 6, "chỉ tiêu chủ yếu")],
[D("Nghị quyết", "12", "NQ/ĐU", None, "Đảng ủy xã", "Nghị quyết số 12-NQ/ĐU"),
 D("Hướng dẫn", "09", "HD/HLHPN", None, "Hội LHPN huyện", "Hướng dẫn số 09-HD/HLHPN"),
 D("Chỉ thị", "05", "CT/TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW ngày 15/5/2016")],
[prov("Thái Nguyên"), com("Phú Đình")],
["ĐẢNG BỘ XÃ PHÚ ĐÌNH - HUYỆN ĐỊNH HÓA - TỈNH THÁI NGUYÊN", "Trang chủ / Tin tức / Hoạt động đoàn thể",
 "Ảnh: Đoàn Chủ tịch điều hành đại hội.", "5 không, 3 sạch"],
["Ngày đăng 22/04/2016 | 14:20", "nhiệm kỳ 2016 - 2021", "Nhiệm kỳ 2011 - 2016", "lần thứ XII", "5 không, 3 sạch", "đến năm 2021"]))

PAGES.append(page("b5866-quangtri-bdv-giaoban-2017q3", """
BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ
Bạn đang ở: Trang chủ | Hoạt động | Dân vận các cấp
Thứ Sáu, 13/10/2017
Giao ban khối dân vận quý III, trao Giấy khen cho 6 tập thể, 11 cá nhân
Ngày 12/10, Ban Dân vận Tỉnh ủy Quảng Trị tổ chức giao ban công tác dân vận quý III năm 2017. Đồng chí Lê Thị Hồng Vân, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy chủ trì; các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Trần Văn Thuận, Hồ Văn Hiêng đồng chủ trì. Dự có lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội và trưởng ban dân vận 10 huyện, thị xã, thành phố.
Đồng chí Lê Thị Hồng Vân phát biểu tại giao ban.
Trong quý, khối dân vận đã triển khai Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao chất lượng, hiệu quả công tác dân vận của cơ quan nhà nước; ký kết Quy chế phối hợp số 07-QC/BDVTU-MTTQ giữa Ban Dân vận Tỉnh ủy và Ủy ban MTTQ tỉnh; ban hành Công văn số 312-CV/BDVTU hướng dẫn tổ dân vận thôn sinh hoạt chuyên đề. Các cấp đã tiếp 1.036 lượt người, tiếp nhận 64 đơn thư, kiến nghị; vận động 275 hộ tái định cư di dời khỏi vùng sạt lở ở hai huyện miền núi. Nhân dân đóng góp khoảng 850 triệu đồng khắc phục hậu quả mưa lũ.
Tại giao ban, đồng chí Kăn Thị Tiêng, HUV, Trưởng Ban Dân vận Huyện ủy Đakrông, phản ánh còn 3 thôn thiếu đất sản xuất; ông Hồ Văn Lai, Chủ tịch UBND xã A Ngo, đề nghị hỗ trợ 12 hộ đồng bào Pa Kô bị mất nhà trong đợt lũ vừa qua.
Dịp này, Trưởng Ban Dân vận Tỉnh ủy trao Giấy khen cho 6 tập thể và 11 cá nhân có thành tích trong vận động nhân dân phòng, chống thiên tai. Các đồng chí Trưởng Ban Dân vận Huyện ủy: Lê Quang Hải, Phan Thị Diệu, Nguyễn Hữu Thắng được khen vì chỉ đạo di dời dân kịp thời. Các cá nhân khác gồm: bà Hồ Thị Pưi, Chi hội trưởng Phụ nữ thôn Tà Rụt 2, xã Tà Rụt; ông Pả Văn Lin, Trưởng thôn Xa Bai, xã Hướng Phùng; anh Trần Đức Nghĩa, Bí thư Đoàn xã Vĩnh Kim. Mỗi cá nhân được thưởng 400.000 đồng.
Nhiều ý kiến cho rằng việc nắm tình hình ở các thôn vùng sâu còn chậm do giao thông chia cắt; một số tổ dân vận thôn sinh hoạt chưa đều, nội dung còn đơn điệu. Đại diện Hội Nông dân tỉnh đề nghị lồng ghép các nguồn vốn hỗ trợ giống cây trồng cho bà con vùng lũ trước vụ đông xuân.
Kết luận giao ban, đồng chí Lê Thị Hồng Vân yêu cầu quý IV tập trung nắm tình hình sau lũ, hoàn thành báo cáo tổng kết năm và chuẩn bị hội nghị biểu dương "Dân vận khéo" cấp tỉnh với khoảng 150 điển hình.
Văn phòng Ban
Tin khác
- Hướng Hóa: 5 năm thực hiện Kết luận 114-KL/TW (04/10/2017)
- Cam Lộ ra mắt tổ dân vận kiểu mẫu (20/09/2017)
- Hội nghị báo cáo viên tháng 9/2017 (12/09/2017)
""", "2017-10-13", "Giao ban khối dân vận quý III, trao Giấy khen cho 6 tập thể, 11 cá nhân",
E("giao_ban", "2017-Q3", "2017-10-12"),
[P("Lê Thị Hồng Vân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Văn Thuận", "Phó Trưởng Ban Dân vận Tỉnh ủy"), P("Hồ Văn Hiêng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Kăn Thị Tiêng", "HUV", "Trưởng Ban Dân vận Huyện ủy Đakrông"),
 P("Hồ Văn Lai", "Chủ tịch UBND xã A Ngo"),
 P("Lê Quang Hải", "Trưởng Ban Dân vận Huyện ủy"), P("Phan Thị Diệu", "Trưởng Ban Dân vận Huyện ủy"),
 P("Nguyễn Hữu Thắng", "Trưởng Ban Dân vận Huyện ủy"),
 P("Hồ Thị Pưi", "Chi hội trưởng Phụ nữ thôn Tà Rụt 2"),
 P("Pả Văn Lin", "Trưởng thôn Xa Bai"),
 P("Trần Đức Nghĩa", "Bí thư Đoàn xã Vĩnh Kim")],
[Q("6 tập thể", 6, "tập thể"), Q("11 cá nhân", 11, "cá nhân"), Q("10 huyện, thị xã, thành phố", 10, "huyện, thị xã, thành phố"),
 Q("1.036 lượt người", 1036, "lượt người"), Q("64 đơn thư, kiến nghị", 64, "đơn thư, kiến nghị"),
 Q("275 hộ tái định cư", 275, "hộ tái định cư"), Q("khoảng 850 triệu đồng", 850000000, "đồng", "approx"),
 Q("3 thôn", 3, "thôn"), Q("12 hộ đồng bào Pa Kô", 12, "hộ đồng bào Pa Kô"), Q("400.000 đồng", 400000, "đồng"),
 Q("khoảng 150 điển hình", 150, "điển hình", "approx")],
[D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015"),
 D("Quy chế phối hợp", "07", "QC/BDVTU-MTTQ", None, None, "Quy chế phối hợp số 07-QC/BDVTU-MTTQ"),
 D("Công văn", "312", "CV/BDVTU", None, None, "Công văn số 312-CV/BDVTU")],
[prov("Quảng Trị"), com("A Ngo"), com("Tà Rụt"), com("Hướng Phùng"), com("Vĩnh Kim")],
["BAN DÂN VẬN TỈNH ỦY QUẢNG TRỊ", "Bạn đang ở: Trang chủ | Hoạt động | Dân vận các cấp",
 "Đồng chí Lê Thị Hồng Vân phát biểu tại giao ban.", "Dân vận khéo", "Văn phòng Ban"],
["Thứ Sáu, 13/10/2017", "quý III năm 2017", "quý IV", "Tà Rụt 2", "hai huyện miền núi"]))
