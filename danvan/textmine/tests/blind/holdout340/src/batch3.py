from lib import *
PAGES = []

PAGES.append(page("b8129-angiang-olam-baocao-2021", """
CỔNG THÔNG TIN ĐIỆN TỬ XÃ Ô LÂM - HUYỆN TRI TÔN - TỈNH AN GIANG
Trang chủ > Văn bản - Báo cáo > Giáo dục
Thứ Ba, 28/12/2021
Kết quả công tác vận động học sinh bỏ học trở lại trường năm 2021
Thực hiện Kế hoạch số 126/KH-UBND ngày 05/3/2021 của UBND xã Ô Lâm (huyện Tri Tôn, tỉnh An Giang) về vận động học sinh bỏ học trở lại trường năm 2021, ngày 27/12/2021 Ban Chỉ đạo xã đã ban hành báo cáo kết quả thực hiện với các nội dung chính như sau.
I. Tình hình chung
Toàn xã có 4 trường học với 2.318 học sinh, trong đó học sinh dân tộc Khmer chiếm 91%. Năm học 2020 - 2021, do ảnh hưởng của dịch COVID-19, nhiều gia đình đi làm ăn xa ở Bình Dương, TP. Hồ Chí Minh, các trường phải chuyển sang học trực tuyến dài ngày; số học sinh bỏ học và nghỉ học kéo dài tăng lên 164 em, gấp đôi năm học trước.
II. Kết quả thực hiện
Ban Chỉ đạo do ông Chau Sóc Kha, Phó Bí thư Đảng ủy, Chủ tịch UBND xã làm Trưởng ban; bà Néang Sa Vone, Phó Chủ tịch UBND xã làm Phó Trưởng ban thường trực. Các thành viên: Chau Ty, Neáng Thị Sà Ri, Lê Văn Hải - Ủy viên Ban Chỉ đạo, phụ trách các phum, sóc.
Trong năm, Ban Chỉ đạo phối hợp với Mặt trận, các đoàn thể, các chùa Khmer tổ chức 218 lượt đến thăm, vận động gia đình học sinh; vận động được 119 em trở lại trường, đạt 72,6%; số còn lại 45 em, trong đó 18 em đã trên 16 tuổi, đi làm công nhân.
Hòa thượng Chau Ty, trụ trì chùa Tà Ngáo, đã cùng sư sãi trong chùa dạy kèm cho 62 học sinh học yếu dịp hè và hỗ trợ 1,2 tấn gạo cho các em ở xa đến học tại điểm trường. Hội Liên hiệp Phụ nữ xã nhận đỡ đầu 25 em có hoàn cảnh khó khăn; Đoàn Thanh niên duy trì 3 "Nhóm học tập cộng đồng" tại các phum, sóc.
Từ nguồn xã hội hóa và Quỹ Khuyến học, xã trao 430 suất học bổng, mỗi suất từ 300.000 đến 500.000 đồng; tặng 96 xe đạp, 1.500 quyển tập; tổng kinh phí hơn 186 triệu đồng. Bảo hiểm y tế học sinh dân tộc thiểu số được cấp miễn phí theo Nghị định số 146/2018/NĐ-CP.
III. Hạn chế, nguyên nhân
Việc theo dõi học sinh đi theo gia đình làm ăn xa còn khó khăn; một số phụ huynh chưa quan tâm việc học của con; nhiều em học lực yếu, ngại đến lớp sau thời gian dài học trực tuyến.
IV. Phương hướng năm 2022
Tiếp tục quán triệt Chỉ thị 08, 09-CT/ĐU của Đảng ủy xã về công tác dân vận trong vùng đồng bào Khmer và về phát triển giáo dục; phấn đấu tỷ lệ học sinh bỏ học dưới 1%, 100% phum, sóc có tổ vận động học sinh. Giao Văn phòng - Thống kê xã tổng hợp, báo cáo UBND huyện trước ngày 10/01/2022.
Nơi nhận: UBND huyện; Thường trực Đảng ủy xã; lưu VT.
TM. BAN CHỈ ĐẠO - TRƯỞNG BAN
Chau Sóc Kha
Tin khác
- Ô Lâm trao 200 phần quà Tết cho hộ nghèo Khmer (20/12/2021)
- Tổ chức Hội nghị tiếp xúc cử tri cuối năm 2021 (10/12/2021)
- Xã Ô Lâm hoàn thành tiêm vắc-xin mũi 2 (25/11/2021)
""", "2021-12-28", "Kết quả công tác vận động học sinh bỏ học trở lại trường năm 2021",
E("bao_cao", "2021", "2021-12-27"),
[P("Chau Sóc Kha", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã", "Trưởng ban"),
 P("Néang Sa Vone", "Phó Chủ tịch UBND xã", "Phó Trưởng ban thường trực"),
 P("Chau Ty", "Ủy viên Ban Chỉ đạo", "Hòa thượng", "trụ trì chùa Tà Ngáo"),
 P("Neáng Thị Sà Ri", "Ủy viên Ban Chỉ đạo"),
 P("Lê Văn Hải", "Ủy viên Ban Chỉ đạo")],
[Q("4 trường học", 4, "trường học"), Q("2.318 học sinh", 2318, "học sinh"), Q("91%", 91, "%"), Q("164 em", 164, "em"),
 Q("218 lượt", 218, "lượt"), Q("119 em", 119, "em"), Q("72,6%", 72.6, "%"), Q("45 em", 45, "em"), Q("18 em", 18, "em"),
 Q("62 học sinh", 62, "học sinh"), Q("1,2 tấn", 1.2, "tấn"), Q("25 em", 25, "em"), Q("3 \"Nhóm học tập cộng đồng\"", 3, "Nhóm học tập cộng đồng"),
 Q("430 suất học bổng", 430, "suất học bổng"), Q("từ 300.000 đến 500.000 đồng", 300000, "đồng"),
 Q("từ 300.000 đến 500.000 đồng", 500000, "đồng"), Q("96 xe đạp", 96, "xe đạp"), Q("1.500 quyển tập", 1500, "quyển tập"),
 Q("hơn 186 triệu đồng", 186000000, "đồng", "over"), Q("dưới 1%", 1, "%"), Q("100% phum, sóc", 100, "%")],
[D("Kế hoạch", "126", "KH-UBND", "2021-03-05", "UBND xã Ô Lâm", "Kế hoạch số 126/KH-UBND ngày 05/3/2021"),
 D("Nghị định", "146", "2018/NĐ-CP", None, None, "Nghị định số 146/2018/NĐ-CP"),
 D("Chỉ thị", "08", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 08, 09-CT/ĐU"),
 D("Chỉ thị", "09", "CT/ĐU", None, "Đảng ủy xã", "Chỉ thị 08, 09-CT/ĐU")],
[prov("An Giang"), com("Ô Lâm"), prov("Bình Dương"), prov("TP. Hồ Chí Minh")],
["CỔNG THÔNG TIN ĐIỆN TỬ XÃ Ô LÂM - HUYỆN TRI TÔN - TỈNH AN GIANG", "Trang chủ > Văn bản - Báo cáo > Giáo dục",
 "Nhóm học tập cộng đồng", "Quỹ Khuyến học", "TM. BAN CHỈ ĐẠO - TRƯỞNG BAN", "Nơi nhận: UBND huyện; Thường trực Đảng ủy xã; lưu VT."],
["Thứ Ba, 28/12/2021", "năm 2021", "Năm học 2020 - 2021", "gấp đôi", "16 tuổi", "năm 2022", "COVID-19"]))

PAGES.append(page("b8130-laocai-hoinghi-2022", """
Báo Lào Cai
Thời sự » Giáo dục
17/05/2022 - 10:05
Bảo đảm không có học sinh bỏ học sau dịch
Toàn cảnh hội nghị.
Sáng 16/5, UBND tỉnh Lào Cai tổ chức hội nghị triển khai công tác phòng, chống học sinh bỏ học và vận động học sinh trở lại lớp năm 2022. Đồng chí Giàng Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh chủ trì. Hội nghị được kết nối trực tuyến tới 9 huyện, thị xã, thành phố.
Theo TS. Phạm Văn Đức, Giám đốc Sở Giáo dục và Đào tạo, sau hơn 2 năm chịu ảnh hưởng của dịch COVID-19, học kỳ I năm học 2021 - 2022 toàn tỉnh có 1.127 học sinh bỏ học, cao gấp 1,6 lần cùng kỳ; trong đó 79% là học sinh THCS, THPT ở các huyện Bát Xát, Si Ma Cai, Mường Khương, Bắc Hà. Sở đã tham mưu UBND tỉnh ban hành Kế hoạch số 48/KH-UBND và Công văn số 712/UBND-VX về giải pháp hạn chế học sinh bỏ học.
Đến giữa tháng 5, các địa phương đã vận động được 804 học sinh trở lại lớp. Huyện Si Ma Cai có cách làm hay: mỗi cán bộ, đảng viên, giáo viên nhận "kèm cặp" từ 1 đến 3 học sinh, nhờ đó 97% học sinh bỏ học đã đi học lại. Ông Thào Seo Sử, Chủ tịch UBND xã Sán Chải, cho biết xã đã vận động được 42/45 em trở lại lớp, 3 em còn lại đã kết hôn.
Bà Lù Thị Mai, Trưởng Ban Dân vận Huyện ủy Bát Xát, cho biết Ban đã tham mưu Huyện ủy ban hành Nghị quyết chuyên đề số 12-NQ/HU về "Giảm thiểu tình trạng học sinh bỏ học, tảo hôn giai đoạn 2021 - 2025"; 100% chi bộ thôn đưa tiêu chí "không có học sinh bỏ học" vào đánh giá, xếp loại đảng viên cuối năm. Đồn Biên phòng Y Tý phối hợp vận động được 26 em người Hà Nhì trở lại trường.
Đại diện ngành Lao động - Thương binh và Xã hội cho biết, học sinh tiểu học, THCS ở xã đặc biệt khó khăn được hỗ trợ theo Nghị định 116/2016/NĐ-CP mỗi tháng 40% mức lương cơ sở và 15 kg gạo; trong năm 2022, tỉnh dự kiến chi khoảng 95 tỷ đồng cho 21.000 học sinh.
Kết luận hội nghị, đồng chí Giàng Thị Dung đề nghị các huyện, thị xã, thành phố đưa chỉ tiêu giảm học sinh bỏ học vào nghị quyết của cấp ủy; Ban Dân vận các cấp phối hợp với ngành giáo dục rà soát, lập danh sách từng em, phân công người phụ trách; phấn đấu đến cuối năm 2022 không dưới 90% học sinh bỏ học được đưa trở lại lớp, tỷ lệ học sinh bỏ học toàn tỉnh dưới 0,5%. Các trường tổ chức 2 tuần học bổ trợ kiến thức cho các em mới trở lại.
Đồng chí cũng lưu ý các địa phương quan tâm tạo việc làm cho phụ huynh tại chỗ, hạn chế việc cả gia đình đi làm thuê dài ngày, khiến con em phải nghỉ học theo; tăng cường kiểm tra việc chi trả chế độ cho học sinh bán trú.
Thu Thủy
Tin cùng chuyên mục
- Bát Xát: 120 học sinh Hà Nhì được nhận học bổng (10/05/2022)
- Lào Cai thi đua "Dân vận khéo" trong lĩnh vực giáo dục (28/04/2022)
- Học sinh trở lại trường sau Tết Nguyên đán đạt 99% (15/02/2022)
""", "2022-05-17", "Bảo đảm không có học sinh bỏ học sau dịch",
E("hoi_nghi", "2022", "2022-05-16"),
[P("Giàng Thị Dung", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Đức", "TS.", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Thào Seo Sử", "Chủ tịch UBND xã Sán Chải"),
 P("Lù Thị Mai", "Trưởng Ban Dân vận Huyện ủy Bát Xát")],
[Q("9 huyện, thị xã, thành phố", 9, "huyện, thị xã, thành phố"), Q("1.127 học sinh", 1127, "học sinh"),
 Q("1,6 lần", 1.6, "lần"), Q("79%", 79, "%"), Q("804 học sinh", 804, "học sinh"),
 Q("từ 1 đến 3 học sinh", 1, "học sinh"), Q("từ 1 đến 3 học sinh", 3, "học sinh"), Q("97%", 97, "%"),
 Q("42/45 em", 42, "em"), Q("3 em", 3, "em"), Q("100% chi bộ thôn", 100, "%"), Q("26 em người Hà Nhì", 26, "em người Hà Nhì"),
 Q("40%", 40, "%"), Q("15 kg", 15, "kg"), Q("khoảng 95 tỷ đồng", 95000000000, "đồng", "approx"),
 Q("21.000 học sinh", 21000, "học sinh"), Q("không dưới 90%", 90, "%", "over"), Q("dưới 0,5%", 0.5, "%")],
[D("Kế hoạch", "48", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 48/KH-UBND"),
 D("Công văn", "712", "UBND-VX", None, "UBND tỉnh", "Công văn số 712/UBND-VX"),
 D("Nghị quyết", "12", "NQ/HU", None, "Huyện ủy", "Nghị quyết chuyên đề số 12-NQ/HU"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP")],
[prov("Lào Cai"), com("Sán Chải")],
["Báo Lào Cai", "Thời sự » Giáo dục", "Toàn cảnh hội nghị.", "Giảm thiểu tình trạng học sinh bỏ học, tảo hôn giai đoạn 2021 - 2025",
 "không có học sinh bỏ học", "Đồn Biên phòng Y Tý"],
["17/05/2022 - 10:05", "năm 2022", "hơn 2 năm", "học kỳ I năm học 2021 - 2022", "giữa tháng 5", "2 tuần", "COVID-19"]))

PAGES.append(page("b8131-baclieu-hocbong-2022", """
BÁO BẠC LIÊU ONLINE
Xã hội | Giáo dục - Khuyến học
16/09/2022 06:00
Tiếp sức cho 250 học sinh vừa trở lại trường
Ảnh: Các em học sinh nhận học bổng tại buổi lễ.
BL - Chiều 15/9, tại Hội trường UBND huyện Hồng Dân, Ban Dân vận Tỉnh ủy phối hợp với Quỹ Bảo trợ trẻ em tỉnh và Ngân hàng TMCP Công Thương chi nhánh Bạc Liêu trao 250 suất học bổng "Tiếp bước đến trường" cho học sinh có hoàn cảnh khó khăn vừa được vận động trở lại lớp trong năm học 2022 - 2023.
Mỗi suất học bổng gồm 1 triệu đồng tiền mặt, 1 bộ sách giáo khoa và 1 chiếc cặp, tổng trị giá 375 triệu đồng. Riêng 30 em có hoàn cảnh đặc biệt khó khăn được tặng thêm xe đạp, mỗi chiếc trị giá 1,8 triệu đồng.
Dự buổi lễ có các đồng chí: Lâm Thị Phương, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy; Thạch Thị Sa Rin, Phó Trưởng Ban Dân vận Tỉnh ủy; Trần Quốc Khởi, HUV, Phó Chủ tịch UBND huyện Hồng Dân.
Theo thống kê của ngành giáo dục, năm học 2021 - 2022 toàn tỉnh có 1.386 học sinh bỏ học, chủ yếu theo gia đình lên các khu công nghiệp ở TP Hồ Chí Minh, Bình Dương làm ăn. Thực hiện Hướng dẫn số 21-HD/BDVTU của Ban Dân vận Tỉnh ủy, hệ thống dân vận, Mặt trận và các đoàn thể đã phối hợp với nhà trường vận động được 917 em trở lại lớp. Huyện Hồng Dân có 268 em bỏ học, đã vận động được 213 em.
Em Danh Thị Bé Ngoan, học sinh lớp 8 Trường THCS Ninh Quới A, xã Ninh Quới A, nghỉ học gần 2 năm để phụ mẹ bán vé số, nay trở lại lớp. Em nói: "Nhờ cô chủ nhiệm và chú Công an xã đến nhà khuyên mẹ nhiều lần, em mới được đi học lại. Em sẽ cố gắng học để làm cô giáo".
Bà Lý Thị Sa Quênh, người có uy tín ấp Bình Dân, xã Ninh Thạnh Lợi, chia sẻ: ấp có 14 hộ đồng bào Khmer có con bỏ học, bà cùng Chi hội Phụ nữ tới lui từng nhà, hướng dẫn bà con vay vốn chính sách để có việc làm tại chỗ. "Cha mẹ ở nhà thì con cũng ở nhà đi học", bà nói.
Phát biểu tại buổi lễ, đồng chí Lâm Thị Phương ghi nhận sự đồng hành của các nhà hảo tâm, doanh nghiệp; đề nghị các cấp ủy, chính quyền, đoàn thể tiếp tục theo dõi, hỗ trợ để các em không bỏ học lần nữa. Từ nay đến cuối năm 2022, Ban Dân vận Tỉnh ủy sẽ vận động thêm khoảng 500 suất học bổng cho học sinh các huyện Phước Long, Đông Hải.
Cô Nguyễn Thị Hồng Thắm, giáo viên chủ nhiệm lớp 8A Trường THCS Ninh Quới A, cho biết sau mỗi buổi học, cô thường ở lại kèm thêm cho những em vừa trở lại lớp để các em theo kịp chương trình, không mặc cảm với bạn bè.
Dịp này, Ngân hàng TMCP Công Thương chi nhánh Bạc Liêu ủng hộ Quỹ Bảo trợ trẻ em tỉnh 200 triệu đồng.
Huỳnh Như
Tin liên quan
- Vĩnh Lợi: vận động 86 học sinh trở lại lớp (09/09/2022)
- Tặng 1.000 phần quà Trung thu cho trẻ em nghèo (05/09/2022)
- Hội nghị người có uy tín đồng bào Khmer năm 2022 (25/08/2022)
""", "2022-09-16", "Tiếp sức cho 250 học sinh vừa trở lại trường",
E("trao_qua", None, "2022-09-15"),
[P("Lâm Thị Phương", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sa Rin", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Trần Quốc Khởi", "HUV", "Phó Chủ tịch UBND huyện Hồng Dân"),
 P("Danh Thị Bé Ngoan", "học sinh lớp 8 Trường THCS Ninh Quới A"),
 P("Lý Thị Sa Quênh", "người có uy tín ấp Bình Dân"),
 P("Nguyễn Thị Hồng Thắm", "giáo viên chủ nhiệm lớp 8A Trường THCS Ninh Quới A")],
[Q("250 học sinh", 250, "học sinh"), Q("250 suất học bổng", 250, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng"),
 Q("375 triệu đồng", 375000000, "đồng"), Q("30 em", 30, "em"), Q("1,8 triệu đồng", 1800000, "đồng"),
 Q("1.386 học sinh", 1386, "học sinh"), Q("917 em", 917, "em"), Q("268 em", 268, "em"), Q("213 em", 213, "em"),
 Q("14 hộ đồng bào Khmer", 14, "hộ đồng bào Khmer"), Q("khoảng 500 suất học bổng", 500, "suất học bổng", "approx"),
 Q("200 triệu đồng", 200000000, "đồng")],
[D("Hướng dẫn", "21", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 21-HD/BDVTU")],
[prov("Bạc Liêu"), com("Ninh Quới A"), com("Ninh Thạnh Lợi"), prov("TP Hồ Chí Minh"), prov("Bình Dương")],
["BÁO BẠC LIÊU ONLINE", "Xã hội | Giáo dục - Khuyến học", "Ảnh: Các em học sinh nhận học bổng tại buổi lễ.", "BL",
 "Tiếp bước đến trường", "Quỹ Bảo trợ trẻ em tỉnh", "Ngân hàng TMCP Công Thương chi nhánh Bạc Liêu"],
["16/09/2022 06:00", "năm học 2022 - 2023", "1 bộ sách giáo khoa", "1 chiếc cặp", "năm học 2021 - 2022", "lớp 8", "gần 2 năm",
 "năm 2022"]))

PAGES.append(page("b8132-quangnam-mttq-giamsat-2023", """
ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM
Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội
Ngày đăng: 11/08/2023 | 14:20
Ảnh: Đoàn giám sát làm việc tại xã A Tiêng.
Giám sát việc thực hiện chính sách hỗ trợ học sinh và công tác vận động học sinh bỏ học trở lại trường tại Tây Giang
Từ ngày 8 đến 10/8/2023, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh do đồng chí Bhling Mia, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ học sinh dân tộc thiểu số và công tác vận động học sinh bỏ học trở lại trường năm 2023 tại huyện Tây Giang, tỉnh Quảng Nam.
Đây là một trong 6 cuộc giám sát chuyên đề năm 2023 theo Chương trình phối hợp và thống nhất hành động số 08/CTPH-MTTW-ĐCT và Kế hoạch số 196/KH-MTTQ-BTT của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.
Theo báo cáo của UBND huyện, năm học 2022 - 2023 huyện có 5.612 học sinh, trong đó 97% là người Cơ Tu; có 73 học sinh bỏ học, tăng 19 em so với năm học trước, tập trung ở các xã A Tiêng, Lăng, Dang. Nguyên nhân chủ yếu là các em học lực yếu, gia đình khó khăn, một số em đi làm thuê hoặc kết hôn sớm. Huyện đã vận động được 51 em trở lại trường.
Trong năm học, huyện đã chi trả hơn 28,6 tỷ đồng hỗ trợ học sinh theo Nghị định 116/2016/NĐ-CP và Nghị định 81/2021/NĐ-CP; các trường tổ chức nấu ăn bán trú cho 2.146 học sinh. Tuy nhiên, kinh phí hỗ trợ học kỳ II năm học 2022 - 2023 cho khoảng 400 học sinh vẫn chậm chi trả.
Đoàn đã khảo sát thực tế tại Trường PTDTBT THCS Lý Tự Trọng, xã Lăng và làm việc với UBND xã A Tiêng. Ông Alăng Văn Tơ, Chủ tịch Ủy ban MTTQ Việt Nam xã A Tiêng, cho biết xã phân công 6 chi hội đoàn thể đỡ đầu mỗi thôn; mỗi tháng tổ chức họp phụ huynh tại nhà Gươl. Bà Zơ Râm Thị Út, Hiệu trưởng nhà trường, đề nghị tăng định mức cấp gạo và xây thêm 8 phòng ở bán trú cho học sinh ở xa.
Già làng Clâu Blao, thôn Agrồng, xã A Tiêng, phát biểu: "Con cháu mình không được học thì cả đời khổ. Già sẽ nói với các gia đình, ai có con bỏ học thì đưa ra họp thôn".
Kết luận đợt giám sát, đồng chí Bhling Mia ghi nhận nỗ lực của huyện; đồng thời đề nghị UBND huyện khẩn trương chi trả chế độ còn tồn đọng trước ngày 30/9; có giải pháp cụ thể với 22 em chưa trở lại lớp; phát huy vai trò của 45 người có uy tín trên địa bàn. Đoàn sẽ tổng hợp kiến nghị gửi UBND tỉnh, Sở Giáo dục và Đào tạo xem xét.
Cùng tham gia đoàn có bà A Rất Thị Vân, Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh và đại diện Ban Dân vận Tỉnh ủy, Sở Giáo dục và Đào tạo.
Bài, ảnh: Alăng Ngước
Tin khác
- Phản biện dự thảo Nghị quyết về hỗ trợ học sinh vùng cao (03/08/2023)
- Hội nghị đại biểu người có uy tín tỉnh Quảng Nam năm 2023 (25/07/2023)
- Nam Trà My: vận động 37 học sinh trở lại lớp (12/07/2023)
""", "2023-08-11", "Giám sát việc thực hiện chính sách hỗ trợ học sinh và công tác vận động học sinh bỏ học trở lại trường tại Tây Giang",
E("giam_sat", "2023", "2023-08-08"),
[P("Bhling Mia", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Alăng Văn Tơ", "Chủ tịch Ủy ban MTTQ Việt Nam xã A Tiêng"),
 P("Zơ Râm Thị Út", "Hiệu trưởng nhà trường"),
 P("Clâu Blao", "Già làng"),
 P("A Rất Thị Vân", "Trưởng Ban Dân tộc - Tôn giáo Ủy ban MTTQ Việt Nam tỉnh")],
[Q("6 cuộc giám sát chuyên đề", 6, "cuộc giám sát chuyên đề"), Q("5.612 học sinh", 5612, "học sinh"), Q("97%", 97, "%"),
 Q("73 học sinh", 73, "học sinh"), Q("19 em", 19, "em"), Q("51 em", 51, "em"),
 Q("hơn 28,6 tỷ đồng", 28600000000, "đồng", "over"), Q("2.146 học sinh", 2146, "học sinh"),
 Q("khoảng 400 học sinh", 400, "học sinh", "approx"), Q("6 chi hội đoàn thể", 6, "chi hội đoàn thể"),
 Q("8 phòng ở bán trú", 8, "phòng ở bán trú"), Q("22 em", 22, "em"), Q("45 người có uy tín", 45, "người có uy tín")],
[D("Chương trình phối hợp và thống nhất hành động", "08", "CTPH-MTTW-ĐCT", None, None, "Chương trình phối hợp và thống nhất hành động số 08/CTPH-MTTW-ĐCT"),
 D("Kế hoạch", "196", "KH-MTTQ-BTT", None, "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Kế hoạch số 196/KH-MTTQ-BTT"),
 D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Nghị định", "81", "2021/NĐ-CP", None, None, "Nghị định 81/2021/NĐ-CP")],
[prov("Quảng Nam"), com("A Tiêng"), com("Lăng"), com("Dang")],
["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH QUẢNG NAM", "Trang chủ / Hoạt động Mặt trận / Giám sát và phản biện xã hội",
 "Ảnh: Đoàn giám sát làm việc tại xã A Tiêng.", "nhà Gươl", "Trường PTDTBT THCS Lý Tự Trọng"],
["Ngày đăng: 11/08/2023 | 14:20", "năm 2023", "năm học 2022 - 2023", "học kỳ II năm học 2022 - 2023", "30/9"]))

PAGES.append(page("b8133-yenbai-giaoban-q1-2023", """
Cổng TTĐT Ban Dân vận Tỉnh ủy Yên Bái
Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh
Thứ Sáu, 07/04/2023, 08:05
Yên Bái: Giao ban khối dân vận quý I, đánh giá công tác vận động học sinh sau Tết
Ngày 5/4/2023, Ban Dân vận Tỉnh ủy tổ chức hội nghị giao ban công tác dân vận quý I năm 2023. Đồng chí Hoàng Thị Vụ, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị. Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Giàng A Vàng, Nguyễn Thị Thu Hà, Hà Văn Khánh.
Hội nghị giao ban quý I năm 2023. Ảnh: Ban Dân vận Tỉnh ủy
Báo cáo tại hội nghị cho biết, quý I năm 2023 công tác vận động học sinh trở lại trường sau Tết Nguyên đán Quý Mão được các cấp chú trọng. Sau kỳ nghỉ Tết, toàn tỉnh có 612 học sinh chưa trở lại lớp, tập trung ở các huyện Mù Cang Chải, Trạm Tấu, Văn Chấn. Thực hiện Công văn số 1058-CV/BDVTU của Ban Dân vận Tỉnh ủy, các huyện đã thành lập 174 tổ công tác; đến ngày 31/3 đã vận động được 588 em trở lại trường, đạt 96,1%.
Đồng chí Sùng A Tủa, HUV, Trưởng Ban Dân vận Huyện ủy Mù Cang Chải cho biết, huyện phân công 1.210 cán bộ, đảng viên, giáo viên phụ trách 2.650 hộ có học sinh; tổ chức đón học sinh về trường ngay sau mùng 6 Tết. Ông Mùa A Chứ, Bí thư Chi bộ thôn Háng Tơ Dê, xã Cao Phạ, người có uy tín trong đồng bào Mông, trực tiếp đến 9 gia đình để vận động. Đồng chí Lò Thị Thu, Trưởng Ban Dân vận Huyện ủy Trạm Tấu, đề nghị có cơ chế thu hút các doanh nghiệp trong tỉnh tuyển dụng lao động tại chỗ để phụ huynh không phải đưa con đi làm ăn xa.
Cũng trong quý I, khối dân vận đã tham mưu sơ kết 5 năm thực hiện Kết luận 114-KL/TW của Ban Bí thư và triển khai Quyết định 23-QĐ/TW của Bộ Chính trị; ra mắt 12 mô hình dân vận khéo cấp huyện gắn với giáo dục. Các ngành đã trao 840 suất học bổng, trị giá trên 420 triệu đồng.
Phát biểu kết luận, đồng chí Hoàng Thị Vụ đề nghị quý II các cấp tiếp tục theo dõi 24 học sinh chưa trở lại lớp; chuẩn bị tốt hội nghị người có uy tín năm 2023; triển khai thực hiện Chương trình hành động số 40-CTr/TU của Tỉnh ủy về phát triển giáo dục vùng đồng bào dân tộc thiểu số; rà soát nguy cơ học sinh bỏ học dịp hè, nhất là học sinh lớp 9 không đỗ vào lớp 10.
Nhiều ý kiến tại hội nghị cho rằng, bên cạnh vận động, cần quan tâm hơn đến chất lượng dạy học ở các điểm trường lẻ, bởi nhiều em bỏ học vì học không theo kịp bạn; đồng thời phối hợp với công an xã quản lý chặt việc tảo hôn.
Hội nghị cũng thông qua dự thảo kế hoạch kiểm tra, giám sát của Ban Dân vận Tỉnh ủy năm 2023 tại 3 huyện, thị xã.
Trần Thanh Hương
TIN CÙNG CHUYÊN MỤC
- Trạm Tấu ra mắt mô hình "Thôn không có học sinh bỏ học" (30/03/2023)
- Tập huấn nghiệp vụ công tác dân vận năm 2023 (21/03/2023)
- Hội nghị đối thoại giữa người đứng đầu cấp ủy với nhân dân (14/03/2023)
""", "2023-04-07", "Yên Bái: Giao ban khối dân vận quý I, đánh giá công tác vận động học sinh sau Tết",
E("giao_ban", "2023-Q1", "2023-04-05"),
[P("Hoàng Thị Vụ", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Giàng A Vàng", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Hà Văn Khánh", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Sùng A Tủa", "HUV", "Trưởng Ban Dân vận Huyện ủy Mù Cang Chải"),
 P("Mùa A Chứ", "Bí thư Chi bộ thôn Háng Tơ Dê", "người có uy tín trong đồng bào Mông"),
 P("Lò Thị Thu", "Trưởng Ban Dân vận Huyện ủy Trạm Tấu")],
[Q("612 học sinh", 612, "học sinh"), Q("174 tổ công tác", 174, "tổ công tác"), Q("588 em", 588, "em"), Q("96,1%", 96.1, "%"),
 Q("1.210 cán bộ, đảng viên, giáo viên", 1210, "cán bộ, đảng viên, giáo viên"), Q("2.650 hộ", 2650, "hộ"),
 Q("9 gia đình", 9, "gia đình"), Q("12 mô hình dân vận khéo cấp huyện", 12, "mô hình dân vận khéo cấp huyện"),
 Q("840 suất học bổng", 840, "suất học bổng"), Q("trên 420 triệu đồng", 420000000, "đồng", "over"),
 Q("24 học sinh", 24, "học sinh"), Q("3 huyện, thị xã", 3, "huyện, thị xã")],
[D("Công văn", "1058", "CV/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Công văn số 1058-CV/BDVTU"),
 D("Kết luận", "114", "KL/TW", None, "Ban Bí thư", "Kết luận 114-KL/TW"),
 D("Quyết định", "23", "QĐ/TW", None, "Bộ Chính trị", "Quyết định 23-QĐ/TW"),
 D("Chương trình hành động", "40", "CTr/TU", None, "Tỉnh ủy", "Chương trình hành động số 40-CTr/TU")],
[prov("Yên Bái"), com("Cao Phạ")],
["Cổng TTĐT Ban Dân vận Tỉnh ủy Yên Bái", "Trang chủ :: Hoạt động dân vận :: Tin trong tỉnh",
 "Hội nghị giao ban quý I năm 2023. Ảnh: Ban Dân vận Tỉnh ủy", "Tết Nguyên đán Quý Mão"],
["Thứ Sáu, 07/04/2023, 08:05", "quý I năm 2023", "31/3", "mùng 6 Tết", "5 năm", "quý II", "năm 2023", "lớp 9", "lớp 10"]))

PAGES.append(page("b8134-binhphuoc-budop-doithoai-2024", """
BÁO BÌNH PHƯỚC
Chính trị > Dân vận
Cập nhật: 15:30, 22/11/2024 (GMT+7)
Bù Đốp: Người đứng đầu đối thoại với phụ huynh về tình trạng học sinh bỏ học
BP - Sáng 21/11, Ban Thường vụ Huyện ủy Bù Đốp (tỉnh Bình Phước) tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với phụ huynh học sinh năm 2024 với chủ đề "Chung tay không để học sinh bỏ học". Hội nghị được tổ chức tại xã Thiện Hưng với gần 200 đại biểu là phụ huynh, người có uy tín trong đồng bào S'tiêng, Khmer và cán bộ các trường học.
Đồng chí Điểu Lới trả lời ý kiến của phụ huynh.
Chủ trì hội nghị có các đồng chí: Nguyễn Văn Lộc, Bí thư Huyện ủy; Điểu Lới, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện; Hoàng Minh Tú, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện.
Theo báo cáo, năm học 2023 - 2024 toàn huyện có 157 học sinh bỏ học, trong đó 61 em là người dân tộc thiểu số. Huyện đã triển khai Kế hoạch số 217-KH/HU của Huyện ủy và Kế hoạch liên tịch 05, 06/KHLT giữa Ban Dân vận Huyện ủy và Phòng Giáo dục và Đào tạo huyện; thành lập 38 tổ vận động ở các ấp, vận động 104 em trở lại lớp.
Tại buổi đối thoại, bà Thị Mười, ấp Sóc Nê, xã Tân Tiến, hỏi: "Nhà tôi 3 đứa đi học, tiền xe, tiền ăn cũng hết 2,5 triệu đồng mỗi tháng, huyện có hỗ trợ gì không?". Ông Lâm Văn Sơn, ấp Thanh Hòa, xã Thanh Hòa, đề nghị mở thêm lớp học nghề ngắn hạn cho các em lớn tuổi không muốn học văn hóa.
Trả lời, đồng chí Hoàng Minh Tú cho biết huyện sẽ phối hợp với Ngân hàng Chính sách xã hội dành khoảng 3 tỷ đồng cho vay học sinh, sinh viên; các em học nghề tại Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên được miễn học phí. Bà Điểu Thị Hạnh, Phó Trưởng phòng Giáo dục và Đào tạo huyện, thông tin: 100% học sinh dân tộc thiểu số ở các trường được hỗ trợ theo Nghị định 81/2021/NĐ-CP; huyện đang đề xuất xây 2 nhà bán trú cho điểm trường Sóc Nê.
Đồng chí Điểu Lới đề nghị các ấp đưa nội dung "không có học sinh bỏ học" vào hương ước; nhắc lại lời Bác Hồ "vì lợi ích trăm năm thì phải trồng người". Ông Điểu Kơ Rơi, Già làng ấp Sóc Nê, người có uy tín xã Tân Tiến, hứa sẽ cùng các chi hội đến từng nhà.
Kết luận hội nghị, đồng chí Nguyễn Văn Lộc ghi nhận 23 ý kiến của phụ huynh; giao UBND huyện trả lời bằng văn bản các ý kiến chưa trả lời trực tiếp trước ngày 15/12; yêu cầu các xã thực hiện nghiêm Quy định 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng, trong đó cán bộ phải gần dân, sát dân. Huyện phấn đấu năm học 2024 - 2025 giảm tỷ lệ học sinh bỏ học xuống dưới 0,8%.
Nhân dịp này, Ban Dân vận Huyện ủy trao 40 suất học bổng, mỗi suất 1 triệu đồng cho học sinh nghèo vượt khó.
Bích Ngọc
Tin liên quan
- Lộc Ninh: ra mắt mô hình "Sóc không có học sinh bỏ học" (14/11/2024)
- Bình Phước tổ chức hội nghị người có uy tín năm 2024 (05/11/2024)
- Bù Gia Mập vận động 89 học sinh trở lại lớp (30/10/2024)
""", "2024-11-22", "Bù Đốp: Người đứng đầu đối thoại với phụ huynh về tình trạng học sinh bỏ học",
E("doi_thoai", "2024", "2024-11-21"),
[P("Nguyễn Văn Lộc", "Bí thư Huyện ủy"),
 P("Điểu Lới", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện"),
 P("Hoàng Minh Tú", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Thị Mười"), P("Lâm Văn Sơn"),
 P("Điểu Thị Hạnh", "Phó Trưởng phòng Giáo dục và Đào tạo huyện"),
 P("Điểu Kơ Rơi", "Già làng ấp Sóc Nê", "người có uy tín xã Tân Tiến")],
[Q("gần 200 đại biểu", 200, "đại biểu", "approx"), Q("157 học sinh", 157, "học sinh"), Q("61 em", 61, "em"),
 Q("38 tổ vận động", 38, "tổ vận động"), Q("104 em", 104, "em"), Q("3 đứa", 3, "đứa"), Q("2,5 triệu đồng", 2500000, "đồng"),
 Q("khoảng 3 tỷ đồng", 3000000000, "đồng", "approx"), Q("100% học sinh dân tộc thiểu số", 100, "%"),
 Q("2 nhà bán trú", 2, "nhà bán trú"), Q("23 ý kiến", 23, "ý kiến"), Q("dưới 0,8%", 0.8, "%"),
 Q("40 suất học bổng", 40, "suất học bổng"), Q("1 triệu đồng", 1000000, "đồng")],
[D("Kế hoạch", "217", "KH/HU", None, "Huyện ủy", "Kế hoạch số 217-KH/HU"),
 D("Kế hoạch liên tịch", "05", "KHLT", None, None, "Kế hoạch liên tịch 05, 06/KHLT"),
 D("Kế hoạch liên tịch", "06", "KHLT", None, None, "Kế hoạch liên tịch 05, 06/KHLT"),
 D("Nghị định", "81", "2021/NĐ-CP", None, None, "Nghị định 81/2021/NĐ-CP"),
 D("Quy định", "144", "QĐ/TW", None, "Bộ Chính trị", "Quy định 144-QĐ/TW")],
[prov("Bình Phước"), com("Thiện Hưng"), com("Tân Tiến"), com("Thanh Hòa")],
["BÁO BÌNH PHƯỚC", "Chính trị > Dân vận", "BP", "Đồng chí Điểu Lới trả lời ý kiến của phụ huynh.",
 "Chung tay không để học sinh bỏ học", "không có học sinh bỏ học", "vì lợi ích trăm năm thì phải trồng người",
 "Ngân hàng Chính sách xã hội"],
["Cập nhật: 15:30, 22/11/2024 (GMT+7)", "năm 2024", "năm học 2023 - 2024", "năm học 2024 - 2025", "15/12"]))
