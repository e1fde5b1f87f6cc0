from lib import *
PAGES = []

PAGES.append(page("b6995-langson-sogd-taphuan-attp-bantru-2017", """
Báo Lạng Sơn
Trang chủ >> Văn hóa - Xã hội >> Giáo dục
Ngày đăng 11/08/2017 | 15:30
Tập huấn bảo đảm an toàn thực phẩm cho bếp ăn bán trú
LSO - Trong 2 ngày 9 và 10/8/2017, Sở Giáo dục và Đào tạo phối hợp với Chi cục An toàn vệ sinh thực phẩm tỉnh tổ chức lớp tập huấn kiến thức an toàn thực phẩm năm 2017 cho cán bộ quản lý, nhân viên nấu ăn các trường có học sinh bán trú, nội trú trên địa bàn tỉnh.
Học viên thực hành chế biến tại bếp ăn Trường PTDT nội trú tỉnh.
Tham gia lớp tập huấn có 236 học viên đến từ 11 huyện, thành phố, trong đó có 87 hiệu trưởng, phó hiệu trưởng và 149 nhân viên cấp dưỡng. Khai mạc lớp tập huấn, bà Lộc Thị Thúy, Phó Giám đốc Sở Giáo dục và Đào tạo nhấn mạnh: toàn tỉnh hiện có 23 trường PTDT bán trú, 12 trường PTDT nội trú và gần 200 trường có học sinh ăn bán trú; mỗi ngày có trên 16.000 suất ăn được nấu tại trường. Chỉ một sơ suất nhỏ cũng có thể gây hậu quả lớn.
Các học viên được ông Vi Văn Khang, Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm, và bác sĩ Hoàng Thị Lụa, Trưởng khoa Dinh dưỡng Trung tâm Y tế dự phòng tỉnh, truyền đạt các nội dung: điều kiện bảo đảm an toàn thực phẩm đối với bếp ăn tập thể; quy trình kiểm thực 3 bước và lưu mẫu thực phẩm 24 giờ; cách xây dựng thực đơn cân đối dinh dưỡng với định mức ăn 12.000 - 15.000 đồng/ngày; phòng chống ngộ độc thực phẩm và xử lý khi xảy ra sự cố.
Ngày thứ hai, các học viên thực hành tại bếp ăn Trường PTDT nội trú tỉnh, nơi có 420 học sinh ăn, ở tập trung. Thầy Nông Văn Hiếu, Hiệu trưởng nhà trường, chia sẻ kinh nghiệm ký hợp đồng với 3 hợp tác xã cung cấp rau, thịt có nguồn gốc rõ ràng, công khai thực đơn hằng tuần trên bảng tin.
Theo kết quả kiểm tra năm học 2016 - 2017, ngành Y tế đã kiểm tra 78 bếp ăn trường học, phát hiện 9 bếp chưa bảo đảm điều kiện, chủ yếu thiếu tủ lưu mẫu, khu sơ chế chưa tách biệt. Chị Hoàng Thị Mây, nhân viên cấp dưỡng Trường PTDT bán trú THCS xã Tân Thanh, huyện Văn Lãng cho biết: "Trước đây chúng tôi nấu theo kinh nghiệm, nay mới biết phải ghi sổ kiểm thực, lưu mẫu thức ăn. Về trường, tôi sẽ hướng dẫn lại cho các chị em cùng bếp".
Kết thúc lớp tập huấn, 100% học viên được cấp giấy xác nhận kiến thức an toàn thực phẩm. Sở Giáo dục và Đào tạo yêu cầu các trường rà soát, hoàn thiện hồ sơ bếp ăn trước khi bước vào năm học 2017 - 2018, thực hiện nghiêm Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT về công tác y tế trường học.
Hà Anh
Tin liên quan
- Lạng Sơn: 100% trường học sẵn sàng cho năm học mới (08/08/2017)
- Đình Lập khánh thành nhà ở bán trú cho học sinh (28/07/2017)
- Tập huấn kỹ năng sống cho học sinh nội trú (14/07/2017)
""", "2017-08-11", "Tập huấn bảo đảm an toàn thực phẩm cho bếp ăn bán trú",
E("tap_huan", "2017", "2017-08-09"),
[P("Lộc Thị Thúy", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Vi Văn Khang", "Phó Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm"),
 P("Hoàng Thị Lụa", "bác sĩ", "Trưởng khoa Dinh dưỡng Trung tâm Y tế dự phòng tỉnh"),
 P("Nông Văn Hiếu", "Hiệu trưởng"),
 P("Hoàng Thị Mây", "nhân viên cấp dưỡng Trường PTDT bán trú THCS xã Tân Thanh")],
[Q("236 học viên", 236, "học viên"), Q("11 huyện, thành phố", 11, "huyện, thành phố"),
 Q("87 hiệu trưởng, phó hiệu trưởng", 87, "hiệu trưởng, phó hiệu trưởng"), Q("149 nhân viên cấp dưỡng", 149, "nhân viên cấp dưỡng"),
 Q("23 trường PTDT bán trú", 23, "trường PTDT bán trú"), Q("12 trường PTDT nội trú", 12, "trường PTDT nội trú"),
 Q("gần 200 trường", 200, "trường", "approx"), Q("trên 16.000 suất ăn", 16000, "suất ăn", "over"),
 Q("12.000 - 15.000 đồng", 12000, "đồng"), Q("12.000 - 15.000 đồng", 15000, "đồng"),
 Q("420 học sinh", 420, "học sinh"), Q("3 hợp tác xã", 3, "hợp tác xã"), Q("78 bếp ăn trường học", 78, "bếp ăn trường học"),
 Q("9 bếp", 9, "bếp"), Q("100% học viên", 100, "%")],
[D("Thông tư liên tịch", "13", "2016/TTLT-BYT-BGDĐT", None, None, "Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT")],
[prov("Lạng Sơn"), com("Tân Thanh")],
["Báo Lạng Sơn", "Trang chủ >> Văn hóa - Xã hội >> Giáo dục", "LSO", "Học viên thực hành chế biến tại bếp ăn Trường PTDT nội trú tỉnh."],
["Ngày đăng 11/08/2017 | 15:30", "2 ngày", "năm 2017", "3 bước", "24 giờ", "Ngày thứ hai", "năm học 2016 - 2017", "năm học 2017 - 2018"]))

PAGES.append(page("b6996-backan-sogd-giaoban-bantru-q3-2018", """
BÁO BẮC KẠN ĐIỆN TỬ
Vị trí: Trang chủ / Giáo dục
05.10.2018 | 10:10
Ảnh: Quang cảnh buổi giao ban.
Bảo đảm bữa ăn, chỗ ở cho học sinh bán trú sau mưa lũ
BK - Chiều 3/10, Sở Giáo dục và Đào tạo tỉnh Bắc Kạn tổ chức giao ban công tác bán trú, nội trú quý III năm 2018 với lãnh đạo phòng GD&ĐT các huyện, thành phố và hiệu trưởng 27 trường PTDT bán trú, PTDT nội trú. Đồng chí Đinh Quang Tuyên, Phó Chủ tịch UBND tỉnh dự; ông Nông Quang Nhất, Giám đốc Sở chủ trì.
Quý III, toàn tỉnh tổ chức tốt việc đón học sinh vào năm học mới với 9.812 học sinh bán trú và 1.415 học sinh nội trú. Các trường đã hoàn thành rà soát đối tượng theo Nghị định 116/2016/NĐ-CP; đến ngày 30/9, 100% học sinh thuộc diện hưởng chính sách đã được cấp đủ gạo tháng 9, tháng 10. Tổng kinh phí hỗ trợ quý III là 21,3 tỷ đồng.
Đợt mưa lũ cuối tháng 8 làm hư hỏng 14 phòng ở bán trú, 3 bếp ăn và sạt lở khuôn viên 5 trường tại các xã Cốc Đán, Thượng Quan, Bằng Thành. Ngành đã huy động 420 ngày công của giáo viên, phụ huynh, bộ đội để khắc phục; các nhà hảo tâm hỗ trợ trên 800 triệu đồng sửa chữa. Đến nay còn 4 phòng ở chưa sửa xong, học sinh phải ở ghép.
Ông Hoàng Văn Diệp, Trưởng phòng Giáo dục và Đào tạo huyện Ngân Sơn, báo cáo việc huyện bố trí xe đưa đón học sinh bán trú qua đoạn ngầm tràn nguy hiểm; bà Triệu Thị Sinh, Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS xã Bằng Thành, cho biết trường đã tạm thuê 2 nhà dân cho 36 học sinh ở.
Các ý kiến cũng phản ánh giá thực phẩm tăng sau mưa lũ, trong khi mức hỗ trợ tiền ăn không đổi, một số trường phải giảm số bữa có thịt. Ông Nông Quang Nhất đề nghị các trường tăng cường tăng gia, phối hợp với Hội Phụ nữ, Đoàn Thanh niên vận động "Góp rau nuôi em"; đồng thời giao Phòng Giáo dục dân tộc tổng hợp nhu cầu sửa chữa để tham mưu UBND tỉnh.
Phát biểu chỉ đạo, đồng chí Đinh Quang Tuyên yêu cầu trong quý IV các địa phương hoàn thành sửa chữa phòng ở trước ngày 30/11; kiểm tra an toàn công trình, không để học sinh ở nơi có nguy cơ sạt lở; thực hiện nghiêm Công văn số 1865/UBND-VXNV ngày 12/9/2018 của UBND tỉnh về bảo đảm an toàn cho học sinh mùa mưa bão.
Đại diện Ban Dân tộc tỉnh đề nghị các trường phối hợp chặt chẽ với cấp ủy, chính quyền xã và người có uy tín ở thôn, bản vận động phụ huynh đưa con trở lại trường đúng hạn sau các đợt nghỉ do mưa lũ, không để học sinh bỏ học.
Nhiệm vụ quý IV được xác định: hoàn thành cấp phát gạo học kỳ I; tổ chức kiểm tra chéo bếp ăn bán trú tại 8 huyện, thành phố; sơ kết học kỳ I vào cuối tháng 12.
Mai Hương
Tin cùng chuyên mục
- Chợ Mới: Trao 150 suất học bổng cho học sinh nghèo (28/09/2018)
- Pác Nặm khắc phục trường lớp sau lũ (31/08/2018)
""", "2018-10-05", "Bảo đảm bữa ăn, chỗ ở cho học sinh bán trú sau mưa lũ",
E("giao_ban", "2018-Q3", "2018-10-03"),
[P("Đinh Quang Tuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Nông Quang Nhất", "Giám đốc Sở"),
 P("Hoàng Văn Diệp", "Trưởng phòng Giáo dục và Đào tạo huyện Ngân Sơn"),
 P("Triệu Thị Sinh", "Hiệu trưởng Trường PTDT bán trú Tiểu học và THCS xã Bằng Thành")],
[Q("27 trường PTDT bán trú, PTDT nội trú", 27, "trường PTDT bán trú, PTDT nội trú"),
 Q("9.812 học sinh bán trú", 9812, "học sinh bán trú"), Q("1.415 học sinh nội trú", 1415, "học sinh nội trú"),
 Q("100% học sinh", 100, "%"), Q("21,3 tỷ đồng", 21300000000, "đồng"), Q("14 phòng ở bán trú", 14, "phòng ở bán trú"),
 Q("3 bếp ăn", 3, "bếp ăn"), Q("5 trường", 5, "trường"), Q("420 ngày công", 420, "ngày công"),
 Q("trên 800 triệu đồng", 800000000, "đồng", "over"), Q("4 phòng ở", 4, "phòng ở"), Q("2 nhà dân", 2, "nhà dân"),
 Q("36 học sinh", 36, "học sinh"), Q("8 huyện, thành phố", 8, "huyện, thành phố")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Công văn", "1865", "UBND-VXNV", "2018-09-12", "UBND tỉnh", "Công văn số 1865/UBND-VXNV ngày 12/9/2018")],
[prov("Bắc Kạn"), com("Cốc Đán"), com("Thượng Quan"), com("Bằng Thành")],
["BÁO BẮC KẠN ĐIỆN TỬ", "Vị trí: Trang chủ / Giáo dục", "Ảnh: Quang cảnh buổi giao ban.", "BK", "Góp rau nuôi em"],
["05.10.2018 | 10:10", "quý III năm 2018", "Quý III", "quý IV", "tháng 9, tháng 10", "cuối tháng 8", "học kỳ I", "ngày 30/9", "ngày 30/11"]))

PAGES.append(page("b6997-nghean-doanhnghiep-trao-qua-bantru-2019", """
Báo Nghệ An điện tử
Xã hội › Từ thiện
17/12/2019 - 09:05
Trao 60 tấn gạo, 12 bếp ăn cho học sinh bán trú miền Tây Nghệ An
(Baonghean.vn) - Ngày 15/12, Ủy ban MTTQ tỉnh phối hợp với Tổng công ty Lương thực Bắc Trung Bộ trao tặng 60 tấn gạo và 12 bếp ăn inox cho các trường PTDT bán trú tại 3 huyện Kỳ Sơn, Tương Dương, Quế Phong.
Đại diện nhà tài trợ trao biểu trưng hỗ trợ cho các trường.
Dự lễ trao có đồng chí Võ Thị Minh Sinh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch Ủy ban MTTQ tỉnh; ông Phan Văn Lộc, Phó Tổng Giám đốc Tổng công ty; lãnh đạo Sở Giáo dục và Đào tạo và các huyện nhận hỗ trợ.
Tổng giá trị đợt hỗ trợ hơn 1,45 tỷ đồng, được trích từ Quỹ "Vì người nghèo" và nguồn đóng góp của cán bộ, công nhân viên Tổng công ty. Gạo được phân bổ cho 31 trường, bình quân mỗi học sinh bán trú nhận thêm khoảng 6 kg, giúp các trường có đủ gạo nấu đến hết học kỳ I. Các bếp ăn inox, tủ lưu mẫu được trao cho 12 trường có bếp xuống cấp nặng.
Theo báo cáo của Sở Giáo dục và Đào tạo, năm học 2019 - 2020 toàn tỉnh có 38.450 học sinh bán trú được hưởng chính sách, trong đó riêng huyện Kỳ Sơn 9.600 em. Nhiều trường vẫn còn thiếu nhà ăn, phải cho học sinh ăn ngay dưới hiên lớp học; số gạo hỗ trợ theo Nghị định 116/2016/NĐ-CP thường về chậm vào đầu năm học.
Thầy Lữ Văn Thắng, Hiệu trưởng Trường PTDT bán trú THCS Tri Lễ (Quế Phong) xúc động cho biết: trường có 512 học sinh thì 480 em ở bán trú; bếp cũ làm từ năm 2010 đã dột nát. "Có bếp mới, thầy trò sẽ đỡ vất vả hơn nhiều trong mùa mưa rét", thầy Thắng nói.
Phát biểu tại buổi lễ, đồng chí Võ Thị Minh Sinh ghi nhận tấm lòng của doanh nghiệp và đề nghị các trường sử dụng đúng mục đích, công khai việc nhận, cấp phát. Đồng chí cũng đề nghị Mặt trận các huyện miền Tây tiếp tục vận động các tổ chức, cá nhân hướng về học sinh bán trú theo tinh thần Chỉ thị số 05-CT/TU ngày 24/6/2016 của Ban Thường vụ Tỉnh ủy về đẩy mạnh vận động xã hội hóa chăm lo cho học sinh vùng khó.
Cũng trong dịp này, Hội Chữ thập đỏ huyện Kỳ Sơn trao 300 chăn ấm cho học sinh bán trú các xã Mường Típ, Na Ngoi, Mỹ Lý, mỗi chiếc trị giá 250.000 đồng. Ông Vừ Chồng Pao, Chủ tịch UBND xã Na Ngoi cảm ơn các nhà hảo tâm đã chia sẻ khó khăn với học sinh vùng biên.
Nhiều phụ huynh người Mông, Khơ Mú, Thái có mặt tại buổi lễ bày tỏ yên tâm hơn khi con em được ăn no, ở ấm để theo học; một số bản đã tự nguyện góp củi, góp rau xanh cho bếp ăn của trường mỗi tuần.
Trước đó, trong năm 2019 Ủy ban MTTQ các cấp tỉnh đã vận động hỗ trợ xây dựng 7 nhà ăn, 15 phòng ở bán trú với tổng kinh phí khoảng 3,2 tỷ đồng.
Hồ Phương
Tin liên quan
- Kỳ Sơn: Vượt lũ đưa gạo đến trường bán trú (20/11/2019)
- Trao 200 suất quà cho học sinh vùng biên Quế Phong (05/11/2019)
""", "2019-12-17", "Trao 60 tấn gạo, 12 bếp ăn cho học sinh bán trú miền Tây Nghệ An",
E("trao_qua", None, "2019-12-15"),
[P("Võ Thị Minh Sinh", "Ủy viên Ban Thường vụ Tỉnh ủy", "Chủ tịch Ủy ban MTTQ tỉnh"),
 P("Phan Văn Lộc", "Phó Tổng Giám đốc Tổng công ty"),
 P("Lữ Văn Thắng", "Hiệu trưởng Trường PTDT bán trú THCS Tri Lễ"),
 P("Vừ Chồng Pao", "Chủ tịch UBND xã Na Ngoi")],
[Q("60 tấn", 60, "tấn"), Q("12 bếp ăn", 12, "bếp ăn"), Q("3 huyện", 3, "huyện"), Q("hơn 1,45 tỷ đồng", 1450000000, "đồng", "over"),
 Q("31 trường", 31, "trường"), Q("khoảng 6 kg", 6, "kg", "approx"), Q("12 trường", 12, "trường"),
 Q("38.450 học sinh bán trú", 38450, "học sinh bán trú"), Q("9.600 em", 9600, "em"),
 Q("512 học sinh", 512, "học sinh"), Q("480 em", 480, "em"), Q("300 chăn ấm", 300, "chăn ấm"),
 Q("250.000 đồng", 250000, "đồng"), Q("7 nhà ăn", 7, "nhà ăn"), Q("15 phòng ở bán trú", 15, "phòng ở bán trú"),
 Q("khoảng 3,2 tỷ đồng", 3200000000, "đồng", "approx")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Chỉ thị", "05", "CT/TU", "2016-06-24", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 24/6/2016")],
[prov("Nghệ An"), com("Tri Lễ"), com("Mường Típ"), com("Na Ngoi"), com("Mỹ Lý")],
["Báo Nghệ An điện tử", "Xã hội › Từ thiện", "(Baonghean.vn)", "Đại diện nhà tài trợ trao biểu trưng hỗ trợ cho các trường.",
 "Vì người nghèo", "Tổng công ty Lương thực Bắc Trung Bộ", "Hội Chữ thập đỏ huyện Kỳ Sơn"],
["17/12/2019 - 09:05", "học kỳ I", "năm học 2019 - 2020", "năm 2010", "năm 2019"]))

PAGES.append(page("b6998-thanhhoa-chibo-daihoi-ptdtnt-2020", """
ĐẢNG BỘ TỈNH THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức > Xây dựng Đảng > Đại hội Đảng các cấp
Thứ Năm, 30/07/2020
Đại hội Chi bộ Trường PTDT nội trú tỉnh nhiệm kỳ 2020 - 2025
Đồng chí Lê Thị Hạnh phát biểu chỉ đạo đại hội.
Ngày 28/7/2020, Chi bộ Trường Phổ thông dân tộc nội trú tỉnh Thanh Hóa, trực thuộc Đảng bộ Sở Giáo dục và Đào tạo, tổ chức Đại hội Chi bộ lần thứ VI, nhiệm kỳ 2020 - 2025. Dự đại hội có đồng chí Lê Thị Hạnh, Phó Bí thư Đảng ủy Sở Giáo dục và Đào tạo; 32 đảng viên của chi bộ.
Nhiệm kỳ 2015 - 2020, Chi bộ đã lãnh đạo nhà trường hoàn thành tốt nhiệm vụ chăm lo, giáo dục học sinh nội trú là con em đồng bào Thái, Mường, Mông, Dao ở 11 huyện miền núi. Quy mô trường ổn định 18 lớp với 630 học sinh; tỷ lệ học sinh tốt nghiệp THPT đạt 100%, trên 85% học sinh đỗ đại học, cao đẳng. Nhà trường có 47 học sinh đạt giải học sinh giỏi cấp tỉnh. Bữa ăn nội trú được nâng từ 35.000 đồng lên 45.000 đồng/ngày nhờ kết hợp học bổng chính sách và nguồn tăng gia.
Công tác xây dựng Đảng được chú trọng: Chi bộ kết nạp được 9 đảng viên mới, trong đó có 4 học sinh; 5 năm liền được công nhận hoàn thành tốt nhiệm vụ. Chi bộ triển khai thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị gắn với nâng cao đạo đức nhà giáo, xây dựng mô hình "Mỗi thầy cô là một tấm gương đạo đức, tự học và sáng tạo".
Phát biểu tại đại hội, đồng chí Lê Thị Hạnh đề nghị Chi bộ tập trung lãnh đạo thực hiện Thông tư số 01/2016/TT-BGDĐT về Quy chế tổ chức và hoạt động của trường phổ thông dân tộc nội trú; chăm lo tốt hơn đời sống, sức khỏe, an toàn cho học sinh ở nội trú; quan tâm phát triển đảng viên trong học sinh lớp 12 ưu tú.
Thảo luận tại đại hội, nhiều ý kiến cho rằng chi bộ cần quan tâm hơn nữa đến công tác quản lý học sinh ngoài giờ lên lớp, giáo dục kỹ năng sống và giữ gìn bản sắc văn hóa các dân tộc trong khu nội trú; phối hợp chặt chẽ với gia đình và chính quyền địa phương nơi học sinh cư trú.
Đại hội đã bầu Chi ủy khóa mới gồm 5 đồng chí. Đồng chí Phạm Văn Hùng, Hiệu trưởng nhà trường, được tín nhiệm bầu giữ chức Bí thư Chi bộ; đồng chí Hà Thị Thu Trang, Phó Hiệu trưởng, được bầu làm Phó Bí thư Chi bộ. Đại hội cũng bầu đồng chí Phạm Văn Hùng đi dự Đại hội Đảng bộ Sở Giáo dục và Đào tạo lần thứ IX.
Đại hội thống nhất chỉ tiêu nhiệm kỳ 2020 - 2025: 100% học sinh nội trú được bảo đảm chế độ ăn, ở; phấn đấu kết nạp từ 10 đảng viên mới trở lên; tỷ lệ học sinh đỗ đại học đạt trên 80%. Tại đại hội, các đảng viên đã đóng góp 14 ý kiến vào dự thảo văn kiện Đại hội Đảng bộ tỉnh lần thứ XIX.
Lê Phượng
Các tin khác
- Đại hội Đảng bộ Sở Giáo dục và Đào tạo lần thứ IX (15/07/2020)
- Chi bộ Trường THPT Lang Chánh tổ chức đại hội điểm (02/07/2020)
""", "2020-07-30", "Đại hội Chi bộ Trường PTDT nội trú tỉnh nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-07-28"),
[P("Lê Thị Hạnh", "Phó Bí thư Đảng ủy Sở Giáo dục và Đào tạo"),
 P("Phạm Văn Hùng", "Hiệu trưởng", "Bí thư Chi bộ"),
 P("Hà Thị Thu Trang", "Phó Hiệu trưởng", "Phó Bí thư Chi bộ")],
[Q("32 đảng viên", 32, "đảng viên"), Q("11 huyện miền núi", 11, "huyện miền núi"), Q("18 lớp", 18, "lớp"),
 Q("630 học sinh", 630, "học sinh"), Q("đạt 100%", 100, "%"), Q("trên 85%", 85, "%", "over"),
 Q("47 học sinh", 47, "học sinh"), Q("35.000 đồng", 35000, "đồng"), Q("45.000 đồng", 45000, "đồng"),
 Q("9 đảng viên mới", 9, "đảng viên mới"), Q("4 học sinh", 4, "học sinh"), Q("5 đồng chí", 5, "đồng chí"),
 Q("100% học sinh nội trú", 100, "%"), Q("từ 10 đảng viên mới trở lên", 10, "đảng viên mới", "over"),
 Q("trên 80%", 80, "%", "over"), Q("14 ý kiến", 14, "ý kiến")],
[D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị 05-CT/TW"),
 D("Thông tư", "01", "2016/TT-BGDĐT", None, None, "Thông tư số 01/2016/TT-BGDĐT")],
[prov("Thanh Hóa")],
["ĐẢNG BỘ TỈNH THANH HÓA - CỔNG THÔNG TIN ĐIỆN TỬ", "Tin tức > Xây dựng Đảng > Đại hội Đảng các cấp",
 "Đồng chí Lê Thị Hạnh phát biểu chỉ đạo đại hội.", "Mỗi thầy cô là một tấm gương đạo đức, tự học và sáng tạo"],
["Thứ Năm, 30/07/2020", "lần thứ VI", "nhiệm kỳ 2020 - 2025", "Nhiệm kỳ 2015 - 2020", "5 năm liền", "lớp 12", "lần thứ IX",
 "lần thứ XIX", "5 đồng chí"]))

PAGES.append(page("b6999-quangnam-ubnd-baocao-bantru-2020", """
QUẢNG NAM ONLINE
Chính trị - Xã hội | Giáo dục
12/11/2020 - 16:45
Báo cáo HĐND tỉnh kết quả thực hiện chính sách học sinh bán trú: còn hơn 5.000 em thiếu chỗ ở
QNO - Tại phiên làm việc chiều 10/11 của Ban Văn hóa - Xã hội HĐND tỉnh, UBND tỉnh Quảng Nam đã báo cáo kết quả thực hiện chính sách hỗ trợ học sinh bán trú và trường PTDT bán trú năm 2020. Ông Trần Văn Tân, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh trình bày báo cáo; bà Nguyễn Thị Thu Lan, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh chủ trì.
Theo báo cáo, năm 2020 toàn tỉnh có 36 trường PTDT bán trú và 84 trường có học sinh bán trú tại 9 huyện miền núi, với 17.265 học sinh hưởng chính sách theo Nghị định 116/2016/NĐ-CP. Kinh phí thực hiện trong năm là 173,5 tỷ đồng và 3.108 tấn gạo. Ngoài ra, tỉnh hỗ trợ thêm tiền ăn cho học sinh theo Nghị quyết số 23/2019/NQ-HĐND ngày 12/7/2019 của HĐND tỉnh, mức 180.000 đồng/học sinh/tháng.
Đợt mưa bão từ cuối tháng 10 đến nay đã làm hư hỏng 27 khu nội trú, bán trú, cuốn trôi khoảng 40 tấn gạo dự trữ tại các trường ở Nam Trà My, Phước Sơn. Nhiều học sinh phải nghỉ học dài ngày; ngành giáo dục đã đưa gần 2.300 học sinh bán trú về nhà an toàn trước bão.
Báo cáo nêu rõ, hiện còn hơn 5.000 học sinh phải ở nhà tạm hoặc ở nhờ nhà dân; 31 trường chưa có nhà ăn đạt chuẩn; định mức nấu ăn chỉ bảo đảm cho 1 nhân viên/50 em. Ông Hồ Văn Bốn, Hiệu trưởng Trường PTDT bán trú THCS xã Trà Leng, cho biết khu ở của trường bị sạt lở phía sau, 146 học sinh đang tạm ở phòng học.
Bà Nguyễn Thị Thu Lan đề nghị UBND tỉnh sớm có phương án di dời các điểm trường nằm trong vùng nguy cơ sạt lở, ưu tiên vốn Chương trình mục tiêu quốc gia cho nhà ở bán trú. Ông Trần Văn Tân cho biết UBND tỉnh đã trình HĐND tỉnh dự thảo nghị quyết bổ sung 25 tỷ đồng sửa chữa khẩn cấp trường lớp sau bão, trong đó ưu tiên các xã Trà Leng, Trà Vân, Phước Lộc.
Các thành viên Ban Văn hóa - Xã hội cũng lưu ý việc cấp gạo qua đường bộ đến các trường vùng sâu thường chậm, chất lượng gạo có lúc chưa bảo đảm; đề nghị ngành giáo dục phối hợp với chính quyền xã kiểm tra, ký nhận công khai từng đợt và báo cáo kịp thời khi có sai sót.
Cũng tại phiên làm việc, Sở Giáo dục và Đào tạo đề xuất nâng mức hỗ trợ của tỉnh lên 250.000 đồng/học sinh/tháng từ năm 2021 và bố trí thêm 60 nhân viên nấu ăn hợp đồng. Báo cáo sẽ được trình tại kỳ họp thứ 21 HĐND tỉnh khóa IX vào đầu tháng 12.
Hoàng Liên
Tin khác
- Trà Leng: Khẩn trương dựng nhà tạm cho học sinh (08/11/2020)
- Quảng Nam: Học sinh vùng sạt lở trở lại trường (05/11/2020)
- Thêm 20 tấn gạo cho học sinh bán trú Nam Trà My (02/11/2020)
""", "2020-11-12", "Báo cáo HĐND tỉnh kết quả thực hiện chính sách học sinh bán trú: còn hơn 5.000 em thiếu chỗ ở",
E("bao_cao", "2020", "2020-11-10"),
[P("Trần Văn Tân", "Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Thị Thu Lan", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh"),
 P("Hồ Văn Bốn", "Hiệu trưởng Trường PTDT bán trú THCS xã Trà Leng")],
[Q("36 trường PTDT bán trú", 36, "trường PTDT bán trú"), Q("84 trường", 84, "trường"), Q("9 huyện miền núi", 9, "huyện miền núi"),
 Q("17.265 học sinh", 17265, "học sinh"), Q("173,5 tỷ đồng", 173500000000, "đồng"), Q("3.108 tấn", 3108, "tấn"),
 Q("180.000 đồng", 180000, "đồng"), Q("27 khu nội trú, bán trú", 27, "khu nội trú, bán trú"),
 Q("khoảng 40 tấn", 40, "tấn", "approx"), Q("gần 2.300 học sinh bán trú", 2300, "học sinh bán trú", "approx"),
 Q("hơn 5.000 học sinh", 5000, "học sinh", "over"), Q("31 trường", 31, "trường"), Q("50 em", 50, "em"),
 Q("146 học sinh", 146, "học sinh"), Q("25 tỷ đồng", 25000000000, "đồng"), Q("250.000 đồng", 250000, "đồng"),
 Q("60 nhân viên nấu ăn", 60, "nhân viên nấu ăn")],
[D("Nghị định", "116", "2016/NĐ-CP", None, None, "Nghị định 116/2016/NĐ-CP"),
 D("Nghị quyết", "23", "2019/NQ-HĐND", "2019-07-12", "HĐND tỉnh", "Nghị quyết số 23/2019/NQ-HĐND ngày 12/7/2019")],
[prov("Quảng Nam"), com("Trà Leng"), com("Trà Vân"), com("Phước Lộc")],
["QUẢNG NAM ONLINE", "Chính trị - Xã hội | Giáo dục", "QNO", "Chương trình mục tiêu quốc gia"],
["12/11/2020 - 16:45", "năm 2020", "cuối tháng 10", "1 nhân viên", "năm 2021", "kỳ họp thứ 21", "khóa IX", "đầu tháng 12"]))

PAGES.append(page("b7000-kontum-bandantoc-soket-bantru-2021", """
Báo Kon Tum điện tử
Trang chủ :: Dân tộc - Miền núi
Cập nhật lúc 14:05 ngày 09/07/2021
Toàn cảnh hội nghị sơ kết.
Nâng chất bữa ăn cho học sinh nội trú, bán trú vùng đồng bào dân tộc thiểu số
(BKT) - Sáng 7/7, Ban Dân tộc tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức hội nghị sơ kết 6 tháng đầu năm 2021 việc thực hiện Kế hoạch số 1120/KH-UBND về nâng cao chất lượng bữa ăn cho học sinh nội trú, bán trú. Đồng chí A Pớt, Trưởng Ban Dân tộc tỉnh và đồng chí Y Ngọc, Phó Giám đốc Sở Giáo dục và Đào tạo đồng chủ trì.
6 tháng đầu năm, toàn tỉnh duy trì 98 trường PTDT bán trú, 9 trường PTDT nội trú và 121 trường có học sinh bán trú với 32.760 học sinh, chủ yếu là con em đồng bào Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng. Kinh phí chi trả chế độ trong 6 tháng đạt 156,7 tỷ đồng; cấp 2.984 tấn gạo. Do dịch Covid-19, các trường đã tổ chức cho học sinh bán trú nghỉ học sớm từ ngày 10/5; 100% học sinh được đưa về gia đình an toàn và được trả đủ tiền ăn những ngày nghỉ học theo quy định.
Mô hình "Vườn rau dinh dưỡng" được triển khai ở 214 điểm trường, thu hoạch khoảng 185 tấn rau, củ; 63 trường nuôi gà, heo, cá để cải thiện bữa ăn. Nhờ đó, định mức bữa ăn bình quân của học sinh bán trú nâng lên từ 17.000 đến 20.000 đồng/ngày, tỷ lệ học sinh suy dinh dưỡng thể thấp còi giảm còn 11,8%.
Tham luận tại hội nghị, cô Y Thương, Hiệu trưởng Trường PTDT bán trú Tiểu học xã Măng Ri, huyện Tu Mơ Rông chia sẻ: nhà trường phối hợp với già làng, người có uy tín vận động mỗi hộ có con ở bán trú góp 10 kg gạo và 1 bó củi mỗi tháng. Ông A Hiếu, HUV, Trưởng phòng Dân tộc huyện Đăk Glei, đề nghị bổ sung định mức cấp dưỡng cho các trường có trên 150 học sinh bán trú.
Đại diện Sở Giáo dục và Đào tạo cho biết sẽ phối hợp với Trung tâm Kiểm soát bệnh tật tỉnh tổ chức kiểm tra bếp ăn bán trú trước năm học mới, đồng thời hướng dẫn các trường xây dựng thực đơn phù hợp với khẩu vị, tập quán của từng dân tộc.
Hội nghị chỉ ra hạn chế: 17 trường còn nấu ăn trong bếp tạm; một số nơi chưa thực hiện lưu mẫu thức ăn; việc quyết toán kinh phí hỗ trợ nấu ăn ở một số huyện còn chậm.
Phát biểu kết luận, đồng chí A Pớt đề nghị 6 tháng cuối năm các đơn vị chuẩn bị chu đáo điều kiện ăn, ở để đón học sinh bán trú trở lại trường khi năm học 2021 - 2022 bắt đầu; bảo đảm phòng, chống dịch ở khu bán trú; phối hợp triển khai Nghị quyết 88/2019/QH14 của Quốc hội, ưu tiên nguồn lực cho nhà ở, nhà ăn học sinh.
Dịp này, Ban Dân tộc tỉnh tặng giấy khen cho 8 tập thể và 11 cá nhân tiêu biểu trong chăm lo bữa ăn cho học sinh.
Phương Thảo
Tin liên quan
- Kon Plông: Hỗ trợ 500 suất quà cho học sinh nghèo (25/06/2021)
- Đăk Tô triển khai mô hình "Bếp ăn yêu thương" (10/06/2021)
""", "2021-07-09", "Nâng chất bữa ăn cho học sinh nội trú, bán trú vùng đồng bào dân tộc thiểu số",
E("so_ket", "2021-H1", "2021-07-07"),
[P("A Pớt", "Trưởng Ban Dân tộc tỉnh"),
 P("Y Ngọc", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Y Thương", "Hiệu trưởng Trường PTDT bán trú Tiểu học xã Măng Ri"),
 P("A Hiếu", "HUV", "Trưởng phòng Dân tộc huyện Đăk Glei")],
[Q("98 trường PTDT bán trú", 98, "trường PTDT bán trú"), Q("9 trường PTDT nội trú", 9, "trường PTDT nội trú"),
 Q("121 trường", 121, "trường"), Q("32.760 học sinh", 32760, "học sinh"), Q("156,7 tỷ đồng", 156700000000, "đồng"),
 Q("2.984 tấn", 2984, "tấn"), Q("100% học sinh", 100, "%"), Q("214 điểm trường", 214, "điểm trường"),
 Q("khoảng 185 tấn", 185, "tấn", "approx"), Q("63 trường", 63, "trường"),
 Q("từ 17.000 đến 20.000 đồng", 17000, "đồng"), Q("từ 17.000 đến 20.000 đồng", 20000, "đồng"),
 Q("11,8%", 11.8, "%"), Q("10 kg", 10, "kg"), Q("trên 150 học sinh bán trú", 150, "học sinh bán trú", "over"),
 Q("17 trường", 17, "trường"), Q("8 tập thể", 8, "tập thể"), Q("11 cá nhân tiêu biểu", 11, "cá nhân tiêu biểu")],
[D("Kế hoạch", "1120", "KH-UBND", None, None, "Kế hoạch số 1120/KH-UBND"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết 88/2019/QH14")],
[prov("Kon Tum"), com("Măng Ri")],
["Báo Kon Tum điện tử", "Trang chủ :: Dân tộc - Miền núi", "Toàn cảnh hội nghị sơ kết.", "(BKT)", "Vườn rau dinh dưỡng"],
["Cập nhật lúc 14:05 ngày 09/07/2021", "6 tháng đầu năm 2021", "6 tháng cuối năm", "ngày 10/5", "1 bó củi",
 "năm học 2021 - 2022", "Covid-19"]))
