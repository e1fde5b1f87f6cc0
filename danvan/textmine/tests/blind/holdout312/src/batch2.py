from lib import *
PAGES = []

PAGES.append(page("b7451-sonla-hdnd-giamsat-2017", """
Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Trang chủ >> Thời sự >> Hoạt động HĐND
23/06/2017 - 10:05
Giám sát việc xây dựng lực lượng Công an xã tại huyện Mường La
Ngày 21/6, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Lò Thị Thoan, Phó Trưởng Ban Pháp chế HĐND tỉnh làm trưởng đoàn, đã giám sát việc thực hiện chính sách đối với lực lượng Công an xã và công tác vận động quần chúng bảo vệ an ninh, trật tự trên địa bàn huyện Mường La, từ năm 2015 đến nay.
Đoàn giám sát làm việc tại xã Chiềng Lao.
Báo cáo của UBND huyện cho biết, toàn huyện có 16 xã, thị trấn với 226 Công an xã bán chuyên trách và 1.088 công an viên ở các bản. Thực hiện Nghị quyết số 45/2016/NQ-HĐND ngày 8/12/2016 của HĐND tỉnh về mức phụ cấp đối với Công an viên, mỗi người được hưởng thêm 0,3 mức lương cơ sở mỗi tháng; huyện đã cấp 32 bộ trang phục, 16 máy tính cho Công an các xã. Qua 2 năm, lực lượng Công an xã phối hợp với các đoàn thể vận động 312 người nghiện đi cai nghiện tập trung, hòa giải thành 157 vụ tranh chấp đất đai, mâu thuẫn gia đình.
Tại xã Chiềng Lao, ông Cầm Văn Sương, Trưởng Công an xã cho biết, xã có 22 bản, hầu hết là đồng bào Thái, Kháng; các bản đều đã có tổ an ninh nhân dân gắn với hương ước. Tuy nhiên trụ sở làm việc của Công an xã mới là 2 gian nhà tạm mượn của trạm y tế; 7/9 công an viên chưa được tập huấn nghiệp vụ. Ông Lường Văn Biên, Chủ tịch UBND xã Chiềng Lao, đề nghị tỉnh sớm hỗ trợ kinh phí khoảng 600 triệu đồng xây trụ sở.
Trung tá Quàng Văn Thiết, Trưởng Công an huyện Mường La, thừa nhận việc phân công cán bộ Công an huyện phụ trách xã có lúc chưa sâu sát; một số công an viên bỏ việc vì thu nhập thấp, năm 2016 có 41 người xin nghỉ.
Kết luận buổi giám sát, bà Lò Thị Thoan ghi nhận những cố gắng của huyện trong công tác xây dựng lực lượng, đồng thời đề nghị UBND huyện rà soát, kiện toàn đủ chức danh ở những bản còn khuyết; thực hiện tốt Kế hoạch số 89/KH-UBND của UBND tỉnh về củng cố Công an xã giai đoạn 2016 - 2020; quan tâm bố trí đất xây trụ sở. Đoàn sẽ tổng hợp kiến nghị, báo cáo Thường trực HĐND tỉnh tại kỳ họp thứ tư HĐND tỉnh khóa XIV.
Cùng ngày, Đoàn giám sát làm việc với xã Ngọc Chiến và thăm hỏi, động viên các công an viên đang trực tại bản Phày.
Theo Ban Pháp chế, kết quả giám sát ở Mường La cùng 3 huyện khác sẽ là căn cứ để HĐND tỉnh xem xét điều chỉnh chính sách hỗ trợ cho lực lượng Công an viên ở các bản vùng cao, nhất là những bản xa trung tâm xã, đi lại khó khăn trong mùa mưa lũ.
Bài, ảnh: Quàng Hương
Các tin đã đưa
- Sốp Cộp: 50 bản đăng ký "Bản không có ma túy" (15/06/2017)
- Khai mạc kỳ họp thứ tư HĐND tỉnh (10/06/2017)
- Thuận Châu ra mắt mô hình tự quản ở bản Nà Lạn (02/06/2017)
""", "2017-06-23", "Giám sát việc xây dựng lực lượng Công an xã tại huyện Mường La",
E("giam_sat", None, "2017-06-21"),
[P("Lò Thị Thoan", "Phó Trưởng Ban Pháp chế HĐND tỉnh"),
 P("Cầm Văn Sương", "Trưởng Công an xã"),
 P("Lường Văn Biên", "Chủ tịch UBND xã Chiềng Lao"),
 P("Quàng Văn Thiết", "Trung tá", "Trưởng Công an huyện Mường La")],
[Q("16 xã, thị trấn", 16, "xã, thị trấn"), Q("226 Công an xã bán chuyên trách", 226, "Công an xã bán chuyên trách"),
 Q("1.088 công an viên", 1088, "công an viên"), Q("0,3 mức lương cơ sở", 0.3, "mức lương cơ sở"),
 Q("32 bộ trang phục", 32, "bộ trang phục"), Q("16 máy tính", 16, "máy tính"), Q("312 người nghiện", 312, "người nghiện"),
 Q("157 vụ tranh chấp đất đai, mâu thuẫn gia đình", 157, "vụ tranh chấp đất đai, mâu thuẫn gia đình"),
 Q("22 bản", 22, "bản"), Q("2 gian nhà tạm", 2, "gian nhà tạm"), Q("7/9 công an viên", 7, "công an viên"),
 Q("khoảng 600 triệu đồng", 600000000, "đồng", "approx"), Q("41 người", 41, "người"), Q("3 huyện khác", 3, "huyện")],
[D("Nghị quyết", "45", "2016/NQ-HĐND", "2016-12-08", "HĐND tỉnh", "Nghị quyết số 45/2016/NQ-HĐND ngày 8/12/2016 của HĐND tỉnh"),
 D("Kế hoạch", "89", "KH-UBND", None, "UBND tỉnh", "Kế hoạch số 89/KH-UBND của UBND tỉnh")],
[prov("Sơn La"), com("Chiềng Lao"), com("Ngọc Chiến")],
["Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La", "Trang chủ >> Thời sự >> Hoạt động HĐND",
 "Đoàn giám sát làm việc tại xã Chiềng Lao.", "Bản không có ma túy"],
["23/06/2017 - 10:05", "từ năm 2015 đến nay", "2 năm", "năm 2016", "giai đoạn 2016 - 2020", "kỳ họp thứ tư", "khóa XIV"]))

PAGES.append(page("b7452-haiphong-ca-hoinghi-2018", """
BÁO HẢI PHÒNG
Chính trị › Quốc phòng - An ninh
Thứ Sáu, 09/11/2018, 07:30
Toàn cảnh hội nghị. Ảnh: Đức Trung
Triển khai bố trí Công an chính quy đảm nhiệm các chức danh Công an xã
Chiều 8-11, Công an thành phố tổ chức hội nghị triển khai Đề án bố trí Công an chính quy đảm nhiệm các chức danh Công an xã, thị trấn trên địa bàn thành phố. Dự và chỉ đạo hội nghị có đồng chí Vũ Đức Hạnh, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố; Đại tá Nguyễn Văn Tuyên, Giám đốc Công an thành phố.
Theo Đề án số 106/ĐA-BCA ngày 11/7/2018 của Bộ Công an và Kế hoạch số 214-KH/TU ngày 25/9/2018 của Ban Thường vụ Thành ủy, từ nay đến hết năm 2019, Hải Phòng sẽ bố trí khoảng 650 cán bộ, chiến sĩ chính quy về 148 xã, thị trấn; mỗi xã ít nhất 3 đồng chí. Đợt đầu, trong tháng 11/2018, Công an thành phố điều động 186 đồng chí về 52 xã của các huyện Thủy Nguyên, An Dương, Tiên Lãng, Vĩnh Bảo. Các đồng chí Công an xã bán chuyên trách hiện có sẽ được bố trí, sắp xếp phù hợp, bảo đảm chế độ, chính sách theo quy định.
Đây là bước đi cụ thể hóa Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của Bộ Công an tinh gọn, hoạt động hiệu lực, hiệu quả, theo tinh thần "Bộ tinh, tỉnh mạnh, huyện toàn diện, xã bám cơ sở".
Phát biểu tại hội nghị, đồng chí Vũ Đức Hạnh yêu cầu cấp ủy, chính quyền các xã chuẩn bị nơi làm việc, nơi ăn nghỉ cho cán bộ Công an chính quy; Ban Dân vận Thành ủy, Ủy ban MTTQ Việt Nam thành phố phối hợp làm tốt công tác tuyên truyền để nhân dân hiểu, đồng tình. Thành phố dành khoảng 35 tỷ đồng hỗ trợ sửa chữa, xây mới trụ sở Công an xã trong 2 năm 2018 - 2019.
Thượng tá Phạm Văn Kiên, Trưởng phòng Tổ chức cán bộ Công an thành phố, cho biết 100% cán bộ được điều động đều có trình độ trung cấp trở lên, trong đó 64 đồng chí có trình độ đại học; trước khi về xã được bồi dưỡng kỹ năng dân vận, tiếp công dân trong 10 ngày.
Tại hội nghị, ông Bùi Văn Toản, Bí thư Đảng ủy xã Lập Lễ (Thủy Nguyên), cam kết bố trí 2 phòng làm việc trong trụ sở UBND xã và vận động nhân dân hiến 300 m2 đất để xây trụ sở Công an xã. Bà Đỗ Thị Hằng, Chủ tịch UBND xã Đại Thắng (Tiên Lãng), đề nghị Công an thành phố ưu tiên bố trí cán bộ nữ để làm tốt công tác vận động phụ nữ, trẻ em.
Đại tá Nguyễn Văn Tuyên khẳng định cán bộ về xã phải "đến từng ngõ, hiểu từng nhà, biết từng người", coi địa bàn xã là nhà mình, thực hiện nghiêm "6 điều Bác Hồ dạy Công an nhân dân".
Đức Trung - Minh Khôi
Tin khác
- Thủy Nguyên: tổng kết Ngày hội toàn dân bảo vệ an ninh Tổ quốc (02/11/2018)
- Kiến An ra mắt 12 tổ liên gia tự quản (28/10/2018)
- Công an quận Lê Chân tuyên dương 20 điển hình (20/10/2018)
""", "2018-11-09", "Triển khai bố trí Công an chính quy đảm nhiệm các chức danh Công an xã",
E("hoi_nghi", None, "2018-11-08"),
[P("Vũ Đức Hạnh", "Phó Bí thư Thường trực Thành ủy", "Chủ tịch HĐND thành phố"),
 P("Nguyễn Văn Tuyên", "Đại tá", "Giám đốc Công an thành phố"),
 P("Phạm Văn Kiên", "Thượng tá", "Trưởng phòng Tổ chức cán bộ Công an thành phố"),
 P("Bùi Văn Toản", "Bí thư Đảng ủy xã Lập Lễ"),
 P("Đỗ Thị Hằng", "Chủ tịch UBND xã Đại Thắng")],
[Q("khoảng 650 cán bộ, chiến sĩ", 650, "cán bộ, chiến sĩ", "approx"), Q("148 xã, thị trấn", 148, "xã, thị trấn"),
 Q("ít nhất 3 đồng chí", 3, "đồng chí", "over"), Q("186 đồng chí", 186, "đồng chí"), Q("52 xã", 52, "xã"),
 Q("khoảng 35 tỷ đồng", 35000000000, "đồng", "approx"), Q("100% cán bộ", 100, "%"), Q("64 đồng chí", 64, "đồng chí"),
 Q("2 phòng làm việc", 2, "phòng làm việc"), Q("300 m2", 300, "m2")],
[D("Đề án", "106", "ĐA-BCA", "2018-07-11", "Bộ Công an", "Đề án số 106/ĐA-BCA ngày 11/7/2018 của Bộ Công an"),
 D("Kế hoạch", "214", "KH/TU", "2018-09-25", "Ban Thường vụ Thành ủy", "Kế hoạch số 214-KH/TU ngày 25/9/2018 của Ban Thường vụ Thành ủy"),
 D("Nghị quyết", "22", "NQ/TW", "2018-03-15", "Bộ Chính trị", "Nghị quyết số 22-NQ/TW ngày 15/3/2018 của Bộ Chính trị")],
[prov("Hải Phòng"), com("Lập Lễ"), com("Đại Thắng")],
["BÁO HẢI PHÒNG", "Chính trị › Quốc phòng - An ninh", "Toàn cảnh hội nghị. Ảnh: Đức Trung",
 "Bộ tinh, tỉnh mạnh, huyện toàn diện, xã bám cơ sở", "đến từng ngõ, hiểu từng nhà, biết từng người",
 "6 điều Bác Hồ dạy Công an nhân dân"],
["Thứ Sáu, 09/11/2018, 07:30", "ít nhất 3 đồng chí", "186 đồng chí", "64 đồng chí", "tháng 11/2018", "2 năm 2018 - 2019",
 "10 ngày", "6 điều Bác Hồ dạy"]))

PAGES.append(page("b7453-thainguyen-ca-ramat-2019", """
Thái Nguyên điện tử - Báo của Đảng bộ tỉnh
Trang chủ | An ninh trật tự
12.03.2019 | 16:45
Ra mắt Công an chính quy tại 35 xã của huyện Đại Từ và Võ Nhai
Ngày 11/3, Công an tỉnh Thái Nguyên phối hợp với Huyện ủy, UBND hai huyện Đại Từ, Võ Nhai tổ chức lễ ra mắt lực lượng Công an chính quy đảm nhiệm chức danh Công an xã tại 35 xã. Như vậy, đến nay toàn tỉnh đã có 128/143 xã được bố trí Công an chính quy, đạt gần 90%.
Thượng tá Lý Văn Dũng trao quyết định cho Công an xã Phú Xuyên.
Tại buổi lễ ở huyện Đại Từ, Đại tá Trần Quang Bình, Phó Giám đốc Công an tỉnh, trao quyết định điều động 94 cán bộ, chiến sĩ về 24 xã; tại huyện Võ Nhai, Thượng tá Lý Văn Dũng, Trưởng Công an huyện Võ Nhai, trao quyết định cho 38 đồng chí về 11 xã. Các xã vùng cao như Thần Sa, Sảng Mộc, Nghinh Tường đều được bố trí mỗi xã 4 đồng chí, trong đó có cán bộ biết tiếng Mông, tiếng Dao.
Ông Hoàng Văn Sinh, Bí thư Đảng ủy xã Phú Xuyên cho biết, xã đã bố trí 3 phòng làm việc và nhà ở tạm cho cán bộ Công an; nhân dân xóm Đồng Kem góp gần 50 triệu đồng mua sắm giường, tủ, bàn ghế. Ông Triệu Tiến Lợi, người có uy tín xóm Khuôn Ngục, xã Thần Sa, chia sẻ: bà con người Dao rất phấn khởi, mong các chiến sĩ Công an giúp đỡ ngăn chặn tình trạng rủ rê đi lao động trái phép ở nước ngoài.
Thiếu tá Dương Văn Hải, Trưởng Công an xã Phú Xuyên, thay mặt các cán bộ nhận nhiệm vụ hứa "trọng dân, gần dân, hiểu dân, giúp dân, học dân", sớm nắm chắc từng hộ, từng người, nhất là 9 xóm có đông đồng bào dân tộc thiểu số.
Phát biểu tại buổi lễ, Đại tá Trần Quang Bình đề nghị cán bộ Công an xã tiếp tục thực hiện Chỉ thị số 03/CT-UBND ngày 20/2/2019 của UBND tỉnh và Hướng dẫn số 17-HD/BDVTU của Ban Dân vận Tỉnh ủy về phối hợp làm công tác dân vận ở cơ sở; trong năm 2019, mỗi xã phải xây dựng ít nhất 1 mô hình "Dân vận khéo" về bảo đảm an ninh, trật tự. Hai huyện đã chi khoảng 2,4 tỷ đồng cải tạo trụ sở, mua sắm trang thiết bị.
Nhiều người dân có mặt tại buổi lễ bày tỏ niềm tin rằng khi có lực lượng Công an chính quy ở ngay tại xã, tình hình an ninh, trật tự sẽ chuyển biến rõ; những việc như làm căn cước, đăng ký thường trú, tạm trú sẽ nhanh hơn, bà con không phải đi lại nhiều lần lên huyện như trước.
Theo kế hoạch, 15 xã còn lại của tỉnh sẽ được bố trí Công an chính quy trước ngày 30/6/2019. Sau buổi lễ, các đoàn cán bộ về nhận nhiệm vụ ngay tại các xã, phối hợp với Ban Chỉ huy Quân sự xã tổ chức tuần tra ban đêm, tham gia các hoạt động xã hội của địa phương.
Bá Ngọc
Tin liên quan
- Đồng Hỷ: 100% xã có Công an chính quy (25/02/2019)
- Sơ kết mô hình "Xóm bình yên" ở Phú Lương (18/02/2019)
- Công an tỉnh gặp mặt người có uy tín dịp Tết Kỷ Hợi (28/01/2019)
""", "2019-03-12", "Ra mắt Công an chính quy tại 35 xã của huyện Đại Từ và Võ Nhai",
E("khac", None, "2019-03-11"),
[P("Lý Văn Dũng", "Thượng tá", "Trưởng Công an huyện Võ Nhai"),
 P("Trần Quang Bình", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Hoàng Văn Sinh", "Bí thư Đảng ủy xã Phú Xuyên"),
 P("Triệu Tiến Lợi", "người có uy tín xóm Khuôn Ngục"),
 P("Dương Văn Hải", "Thiếu tá", "Trưởng Công an xã Phú Xuyên")],
[Q("35 xã", 35, "xã"), Q("128/143 xã", 128, "xã"), Q("gần 90%", 90, "%", "approx"),
 Q("94 cán bộ, chiến sĩ", 94, "cán bộ, chiến sĩ"), Q("24 xã", 24, "xã"), Q("38 đồng chí", 38, "đồng chí"), Q("11 xã", 11, "xã"),
 Q("4 đồng chí", 4, "đồng chí"), Q("3 phòng làm việc", 3, "phòng làm việc"), Q("gần 50 triệu đồng", 50000000, "đồng", "approx"),
 Q("9 xóm", 9, "xóm"), Q("ít nhất 1 mô hình", 1, "mô hình", "over"), Q("khoảng 2,4 tỷ đồng", 2400000000, "đồng", "approx"), Q("15 xã", 15, "xã")],
[D("Chỉ thị", "03", "CT-UBND", "2019-02-20", "UBND tỉnh", "Chỉ thị số 03/CT-UBND ngày 20/2/2019 của UBND tỉnh"),
 D("Hướng dẫn", "17", "HD/BDVTU", None, "Ban Dân vận Tỉnh ủy", "Hướng dẫn số 17-HD/BDVTU của Ban Dân vận Tỉnh ủy")],
[prov("Thái Nguyên"), com("Phú Xuyên"), com("Thần Sa"), com("Sảng Mộc"), com("Nghinh Tường")],
["Thái Nguyên điện tử - Báo của Đảng bộ tỉnh", "Trang chủ | An ninh trật tự",
 "Thượng tá Lý Văn Dũng trao quyết định cho Công an xã Phú Xuyên.", "trọng dân, gần dân, hiểu dân, giúp dân, học dân",
 "Dân vận khéo"],
["12.03.2019 | 16:45", "38 đồng chí", "4 đồng chí", "năm 2019"]))

PAGES.append(page("b7454-binhduong-ca-soket-2019", """
BÁO BÌNH DƯƠNG ONLINE
Chính trị - An ninh quốc phòng
Cập nhật: 18/07/2019 09:25
Công an xã chính quy: Gần dân, sát địa bàn
(BDO) Sáng 17-7, Công an tỉnh tổ chức hội nghị sơ kết công tác Công an 6 tháng đầu năm 2019, trong đó dành nhiều thời gian đánh giá việc bố trí Công an chính quy đảm nhiệm các chức danh Công an xã. Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh đến dự và chỉ đạo.
Toàn cảnh hội nghị sơ kết
Theo báo cáo, đến cuối tháng 6, Công an tỉnh đã bố trí 215 cán bộ, chiến sĩ chính quy về 41/41 xã, hoàn thành trước thời hạn 6 tháng. Sau khi về xã, lực lượng này đã tiếp nhận, xử lý 1.367 tin báo, tố giác về tội phạm; bắt 126 vụ, 188 đối tượng phạm pháp hình sự; phát hiện 54 vụ tàng trữ, sử dụng trái phép chất ma túy. Phạm pháp hình sự ở các xã có Công an chính quy giảm 18,6% so với cùng kỳ.
Công an xã đã phối hợp với Mặt trận, đoàn thể vận động 37 đối tượng truy nã ra đầu thú, tổ chức 426 buổi tuyên truyền pháp luật cho công nhân ở các khu nhà trọ, nơi tập trung hơn 60% lao động ngoại tỉnh. Nhiều mô hình mới ra đời, như "Nhà trọ an toàn", "Camera an ninh", "Tổ tự quản công nhân".
Trung tá Lê Hoàng Phúc, Trưởng Công an xã An Điền (thị xã Bến Cát), cho biết từ khi có Công an chính quy, số vụ trộm cắp ở xã giảm mạnh, người dân chủ động báo tin. Xã đã vận động 98 chủ nhà trọ ký cam kết quản lý người lưu trú, lắp 156 camera tại các ngã ba, ngã tư với tổng kinh phí khoảng 1,1 tỷ đồng do nhân dân và doanh nghiệp đóng góp.
Còn theo bà Nguyễn Thị Ngọc Trinh, Phó Chủ tịch UBND xã Tân Định (huyện Bắc Tân Uyên), cán bộ Công an chính quy đã giúp xã giải quyết dứt điểm 12 vụ tranh chấp đất đai kéo dài.
Phát biểu chỉ đạo, đồng chí Trần Văn Nam biểu dương lực lượng Công an tỉnh Bình Dương đã thực hiện nghiêm Nghị quyết số 22-NQ/TW của Bộ Chính trị và Kế hoạch số 102-KH/TU ngày 14/1/2019 của Tỉnh ủy. Đồng chí yêu cầu 6 tháng cuối năm, Công an xã phải thực sự là "chỗ dựa của nhân dân", thực hiện tốt Quy chế dân chủ ở cơ sở, kiên quyết không để cán bộ gây phiền hà, sách nhiễu người dân.
Đại tá Nguyễn Văn Lộc, Giám đốc Công an tỉnh, tiếp thu ý kiến chỉ đạo và cho biết Công an tỉnh sẽ tiếp tục đề nghị UBND tỉnh hỗ trợ mỗi Công an xã 500 triệu đồng để sửa chữa trụ sở.
Dịp này, Công an tỉnh khen thưởng 23 tập thể, 51 cá nhân có thành tích xuất sắc trong 6 tháng đầu năm.
Tùng Lâm
Tin cùng chuyên mục
- Dĩ An: 100% khu phố có tổ bảo vệ dân phố (12/07/2019)
- Tuyên truyền pháp luật cho 5.000 công nhân tại Thuận An (05/07/2019)
- Bàu Bàng ra mắt mô hình "Tổ an ninh xóm đạo" (28/06/2019)
""", "2019-07-18", "Công an xã chính quy: Gần dân, sát địa bàn",
E("so_ket", "2019-H1", "2019-07-17"),
[P("Trần Văn Nam", "Bí thư Tỉnh ủy", "Trưởng đoàn đại biểu Quốc hội tỉnh"),
 P("Lê Hoàng Phúc", "Trung tá", "Trưởng Công an xã An Điền"),
 P("Nguyễn Thị Ngọc Trinh", "Phó Chủ tịch UBND xã Tân Định"),
 P("Nguyễn Văn Lộc", "Đại tá", "Giám đốc Công an tỉnh")],
[Q("215 cán bộ, chiến sĩ", 215, "cán bộ, chiến sĩ"), Q("41/41 xã", 41, "xã"), Q("1.367 tin báo, tố giác", 1367, "tin báo, tố giác"),
 Q("126 vụ", 126, "vụ"), Q("188 đối tượng", 188, "đối tượng"), Q("54 vụ tàng trữ, sử dụng trái phép chất ma túy", 54, "vụ tàng trữ, sử dụng trái phép chất ma túy"),
 Q("18,6%", 18.6, "%"), Q("37 đối tượng truy nã", 37, "đối tượng truy nã"), Q("426 buổi tuyên truyền", 426, "buổi tuyên truyền"),
 Q("hơn 60%", 60, "%", "over"), Q("98 chủ nhà trọ", 98, "chủ nhà trọ"), Q("156 camera", 156, "camera"),
 Q("khoảng 1,1 tỷ đồng", 1100000000, "đồng", "approx"), Q("12 vụ tranh chấp đất đai", 12, "vụ tranh chấp đất đai"),
 Q("500 triệu đồng", 500000000, "đồng"), Q("23 tập thể", 23, "tập thể"), Q("51 cá nhân", 51, "cá nhân")],
[D("Nghị quyết", "22", "NQ/TW", None, "Bộ Chính trị", "Nghị quyết số 22-NQ/TW của Bộ Chính trị"),
 D("Kế hoạch", "102", "KH/TU", "2019-01-14", "Tỉnh ủy", "Kế hoạch số 102-KH/TU ngày 14/1/2019 của Tỉnh ủy")],
[prov("Bình Dương"), com("An Điền"), com("Tân Định")],
["BÁO BÌNH DƯƠNG ONLINE", "Chính trị - An ninh quốc phòng", "(BDO)", "Toàn cảnh hội nghị sơ kết", "Nhà trọ an toàn",
 "Camera an ninh", "Tổ tự quản công nhân", "chỗ dựa của nhân dân"],
["Cập nhật: 18/07/2019 09:25", "6 tháng đầu năm 2019", "6 tháng", "6 tháng cuối năm"]))

PAGES.append(page("b7455-camau-ca-traoqua-2020", """
CÀ MAU ONLINE - Báo Cà Mau
Xã hội > Nhân ái
Thứ Tư, 15/01/2020 - 14:50
Công an xã Khánh Bình Tây Bắc trao 150 phần quà Tết cho hộ nghèo
Sáng 14/1, Công an xã Khánh Bình Tây Bắc (huyện Trần Văn Thời) phối hợp với Ủy ban MTTQ Việt Nam xã và Chi hội từ thiện Tấm Lòng Vàng tổ chức trao 150 phần quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách trên địa bàn.
Thiếu tá Huỳnh Văn Thái trao quà cho bà con ấp Đá Bạc.
Mỗi phần quà gồm 10 kg gạo, nước mắm, bột ngọt, bánh mứt và 200.000 đồng tiền mặt, tổng trị giá hơn 75 triệu đồng. Đây là số tiền do cán bộ, chiến sĩ Công an xã tiết kiệm chi tiêu và vận động các mạnh thường quân, doanh nghiệp thủy sản trên địa bàn đóng góp.
Thiếu tá Huỳnh Văn Thái, Trưởng Công an xã Khánh Bình Tây Bắc cho biết, từ tháng 7/2019, Công an tỉnh Cà Mau bố trí 5 đồng chí Công an chính quy về xã. Ngoài nhiệm vụ giữ gìn an ninh, trật tự, anh em còn xác định phải làm tốt công tác dân vận, giúp bà con vượt khó. Trong năm 2019, Công an xã đã vận động xây 2 căn nhà tình thương, mỗi căn 45 triệu đồng; giúp 1.230 ngày công đắp đường ấp Kênh Hội; tặng 40 suất học bổng cho học sinh nghèo hiếu học.
Ông Lý Văn Chiến, Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây Bắc, ghi nhận: hình ảnh người chiến sĩ Công an chính quy đã thật sự gần gũi với bà con ven biển. Bà Thạch Thị Sa Rây, người dân tộc Khmer ở ấp Đá Bạc, vui mừng nói năm nay gia đình bà có thêm cái Tết đủ đầy nhờ phần quà của Công an xã.
Cùng ngày, Công an xã phối hợp Đoàn Thanh niên tổ chức chương trình "Tết an toàn - Xuân yêu thương", tuyên truyền cho khoảng 250 người dân về phòng, chống cháy nổ, pháo nổ dịp Tết Nguyên đán Canh Tý, thực hiện Chỉ thị số 06/CT-UBND ngày 2/1/2020 của UBND huyện Trần Văn Thời về bảo đảm an ninh, trật tự dịp Tết.
Không khí buổi trao quà ấm áp, nhiều cụ già, em nhỏ đến từ sớm. Các chiến sĩ Công an xã còn giúp bà con chuyển quà về tận nhà đối với những hộ neo đơn, người già yếu không tự đi lại được, đồng thời hướng dẫn cách phòng tránh các thủ đoạn lừa đảo qua điện thoại thường xảy ra dịp cuối năm.
Được biết, đây là năm thứ hai liên tiếp Công an xã Khánh Bình Tây Bắc tổ chức trao quà Tết cho người dân. Theo Thiếu tá Huỳnh Văn Thái, Công an xã sẽ duy trì việc làm này hằng năm, kết hợp với việc đến từng nhà nắm tình hình, giúp bà con giải quyết những khó khăn trong cuộc sống và đời sống hằng ngày, nhất là các hộ sống ven biển thường xuyên chịu ảnh hưởng của sạt lở, triều cường.
Trần Nguyên
Tin khác
- Công an huyện U Minh tặng 100 phần quà cho người nghèo (10/01/2020)
- Năm Căn: ra mắt mô hình "Ấp an toàn về an ninh, trật tự" (03/01/2020)
- Trao 5 căn nhà đại đoàn kết tại xã Khánh Hải (27/12/2019)
""", "2020-01-15", "Công an xã Khánh Bình Tây Bắc trao 150 phần quà Tết cho hộ nghèo",
E("trao_qua", None, "2020-01-14"),
[P("Huỳnh Văn Thái", "Thiếu tá", "Trưởng Công an xã Khánh Bình Tây Bắc"),
 P("Lý Văn Chiến", "Chủ tịch Ủy ban MTTQ Việt Nam xã Khánh Bình Tây Bắc"),
 P("Thạch Thị Sa Rây", "người dân tộc Khmer ở ấp Đá Bạc")],
[Q("150 phần quà Tết", 150, "phần quà"), Q("10 kg", 10, "kg"), Q("200.000 đồng", 200000, "đồng"),
 Q("hơn 75 triệu đồng", 75000000, "đồng", "over"), Q("5 đồng chí", 5, "đồng chí"), Q("2 căn nhà tình thương", 2, "căn nhà tình thương"),
 Q("45 triệu đồng", 45000000, "đồng"), Q("1.230 ngày công", 1230, "ngày công"), Q("40 suất học bổng", 40, "suất học bổng"),
 Q("khoảng 250 người dân", 250, "người dân", "approx")],
[D("Chỉ thị", "06", "CT-UBND", "2020-01-02", "UBND huyện Trần Văn Thời", "Chỉ thị số 06/CT-UBND ngày 2/1/2020 của UBND huyện Trần Văn Thời")],
[prov("Cà Mau"), com("Khánh Bình Tây Bắc")],
["CÀ MAU ONLINE - Báo Cà Mau", "Xã hội > Nhân ái", "Thiếu tá Huỳnh Văn Thái trao quà cho bà con ấp Đá Bạc.",
 "Tấm Lòng Vàng", "Tết an toàn - Xuân yêu thương"],
["Thứ Tư, 15/01/2020 - 14:50", "5 đồng chí", "tháng 7/2019", "năm 2019", "năm thứ hai"]))

PAGES.append(page("b7456-dienbien-ca-daihoi-2020", """
Báo Điện Biên Phủ điện tử
Chính trị | Xây dựng Đảng
26/05/2020 - 08:10
Đại hội Chi bộ Công an xã Mường Phăng nhiệm kỳ 2020 - 2025
Ngày 25/5, Chi bộ Công an xã Mường Phăng (huyện Điện Biên) tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ 2020 - 2025. Đây là chi bộ Công an xã chính quy đầu tiên của tỉnh Điện Biên tổ chức đại hội, được Ban Thường vụ Đảng ủy Công an tỉnh chọn làm điểm.
Đại hội có 9 đảng viên tham dự. Dự và chỉ đạo có đồng chí Lò Văn Muôn, Phó Bí thư Đảng ủy Công an tỉnh, Phó Giám đốc Công an tỉnh; đồng chí Sùng A Lử, HUV, Bí thư Đảng ủy xã Mường Phăng.
Quang cảnh đại hội.
Báo cáo chính trị tại đại hội nêu rõ: từ khi được thành lập theo Quyết định số 2158/QĐ-CAT ngày 10/6/2019 của Giám đốc Công an tỉnh, Chi bộ đã lãnh đạo Công an xã bám sát 17 bản, nắm tình hình đồng bào Thái, Mông; phối hợp giải quyết 23 vụ việc mâu thuẫn; vận động 6 hộ bỏ tà đạo Giê Sùa, trở về sinh hoạt tín ngưỡng truyền thống; phát hiện, bắt giữ 4 vụ mua bán trái phép chất ma túy, thu giữ 1,2 kg thuốc phiện. Chi bộ kết nạp 2 đảng viên mới; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên.
Nhiệm kỳ 2020 - 2025, Chi bộ đề ra 5 chỉ tiêu chủ yếu, trong đó phấn đấu 100% bản đạt tiêu chuẩn "an toàn về an ninh, trật tự", mỗi năm xây dựng ít nhất 2 mô hình tự quản, giảm ít nhất 10% số người nghiện. Công an xã sẽ tiếp tục thực hiện Nghị quyết số 12-NQ/ĐUCA của Đảng ủy Công an tỉnh về công tác dân vận của lực lượng Công an, học tiếng Mông, tiếng Thái để làm công tác vận động quần chúng.
Phát biểu chỉ đạo, đồng chí Lò Văn Muôn đề nghị Chi bộ gắn việc thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với phong trào "Công an nhân dân học tập, thực hiện 6 điều Bác Hồ dạy".
Đại hội đã bầu đồng chí Thiếu tá Giàng A Chu, Trưởng Công an xã giữ chức Bí thư Chi bộ nhiệm kỳ 2020 - 2025; bầu 2 đại biểu đi dự Đại hội Đảng bộ xã Mường Phăng.
Đại hội cũng thẳng thắn chỉ ra hạn chế: có lúc việc nắm tình hình ở các bản vùng sâu chưa kịp thời; một số đảng viên mới về công tác chưa thông thạo tiếng dân tộc, phong tục tập quán của đồng bào; việc phối hợp với các đoàn thể ở xã trong tuyên truyền, vận động có nơi còn hình thức, chưa đi vào chiều sâu.
Người dân bản Che Căn, nơi Công an xã đang giúp đỡ 11 hộ nghèo, vẫn quen gọi các chiến sĩ là "anh Công an bản". Bà Lò Thị Xiêng, Trưởng bản Che Căn, cho biết có việc gì trong bản, bà con đều gọi điện cho Công an xã.
Phạm Quang
Tin liên quan
- Đảng bộ Công an huyện Tuần Giáo tổ chức đại hội điểm (20/05/2020)
- Mường Chà: ra mắt 3 tổ an ninh xung kích (12/05/2020)
- Xây dựng "Bản không có ma túy" ở Nậm Pồ (05/05/2020)
""", "2020-05-26", "Đại hội Chi bộ Công an xã Mường Phăng nhiệm kỳ 2020 - 2025",
E("dai_hoi", None, "2020-05-25"),
[P("Lò Văn Muôn", "Phó Bí thư Đảng ủy Công an tỉnh", "Phó Giám đốc Công an tỉnh"),
 P("Sùng A Lử", "HUV", "Bí thư Đảng ủy xã Mường Phăng"),
 P("Giàng A Chu", "Thiếu tá", "Trưởng Công an xã", "Bí thư Chi bộ nhiệm kỳ 2020 - 2025"),
 P("Lò Thị Xiêng", "Trưởng bản Che Căn")],
[Q("9 đảng viên", 9, "đảng viên"), Q("17 bản", 17, "bản"), Q("23 vụ việc mâu thuẫn", 23, "vụ việc mâu thuẫn"),
 Q("6 hộ", 6, "hộ"), Q("4 vụ mua bán trái phép chất ma túy", 4, "vụ mua bán trái phép chất ma túy"), Q("1,2 kg", 1.2, "kg"),
 Q("2 đảng viên mới", 2, "đảng viên mới"), Q("100% đảng viên", 100, "%"), Q("5 chỉ tiêu chủ yếu", 5, "chỉ tiêu chủ yếu"),
 Q("100% bản", 100, "%"), Q("ít nhất 2 mô hình tự quản", 2, "mô hình tự quản", "over"), Q("ít nhất 10%", 10, "%", "over"),
 Q("2 đại biểu", 2, "đại biểu"), Q("11 hộ nghèo", 11, "hộ nghèo")],
[D("Quyết định", "2158", "QĐ-CAT", "2019-06-10", "Giám đốc Công an tỉnh", "Quyết định số 2158/QĐ-CAT ngày 10/6/2019 của Giám đốc Công an tỉnh"),
 D("Nghị quyết", "12", "NQ/ĐUCA", None, "Đảng ủy Công an tỉnh", "Nghị quyết số 12-NQ/ĐUCA của Đảng ủy Công an tỉnh"),
 D("Chỉ thị", "05", "CT/TW", None, "Bộ Chính trị", "Chỉ thị số 05-CT/TW của Bộ Chính trị")],
[prov("Điện Biên"), com("Mường Phăng")],
["Báo Điện Biên Phủ điện tử", "Chính trị | Xây dựng Đảng", "Quang cảnh đại hội.", "Giê Sùa",
 "Công an nhân dân học tập, thực hiện 6 điều Bác Hồ dạy", "anh Công an bản", "Bản không có ma túy"],
["26/05/2020 - 08:10", "nhiệm kỳ 2020 - 2025", "lần thứ nhất", "6 điều Bác Hồ dạy", "mỗi năm"]))
