from lib import *
PAGES = []

PAGES.append(page("b6935-quangninh-soket-6thang-2024", """
BÁO QUẢNG NINH
Trang chủ / Pháp luật / An ninh - Trật tự
Thứ Năm, 11/7/2024 | 15:30
Hơn 96% người chấp hành xong án phạt tù được tiếp nhận, giúp đỡ ngay khi trở về
Ngày 10/7, Ban Chỉ đạo 138 tỉnh Quảng Ninh tổ chức hội nghị sơ kết công tác giáo dục, hỗ trợ tái hòa nhập cộng đồng 6 tháng đầu năm 2024. Đại tá Nguyễn Văn Khang, Phó Giám đốc Công an tỉnh - Phó Trưởng Ban Thường trực Ban Chỉ đạo 138 tỉnh chủ trì hội nghị.
Đại tá Nguyễn Văn Khang phát biểu chỉ đạo hội nghị. Ảnh: Mạnh Trường
6 tháng đầu năm, toàn tỉnh tiếp nhận 436 người chấp hành xong án phạt tù, hơn 96% được UBND cấp xã tiếp nhận, lập hồ sơ và phân công người giúp đỡ ngay trong tuần đầu trở về. Các địa phương đã giới thiệu việc làm cho 213 người, chủ yếu tại các doanh nghiệp than, cảng biển và dịch vụ du lịch; 58 người được hỗ trợ học nghề; Ngân hàng Chính sách xã hội tỉnh giải ngân 3,75 tỷ đồng cho 51 người vay vốn theo Đề án ban hành kèm Quyết định số 22/QĐ-TTg của Thủ tướng Chính phủ.
Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị 21, 22-CT/TU về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác tái hòa nhập cộng đồng và về phòng ngừa tái phạm tội trong thanh thiếu niên. Toàn tỉnh duy trì 175 mô hình giúp đỡ người lầm lỗi, trong đó 12 mô hình tiêu biểu được Công an tỉnh đề nghị nhân rộng.
Thượng tá Đỗ Thị Hải Yến, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, cho biết Cơ sở hỗ trợ tái hòa nhập cộng đồng của tỉnh đã tiếp nhận, hỗ trợ chỗ ở tạm thời cho 9 người không nơi nương tựa, trung bình mỗi người được hỗ trợ 40.000 đồng/ngày tiền ăn trong thời gian tối đa 6 tháng theo Nghị định 49/2020/NĐ-CP.
Tại hội nghị, ông Lê Văn Thắng, Chủ tịch UBND phường Hà Khánh, chia sẻ phường ký kết với 4 doanh nghiệp trên địa bàn tiếp nhận người trở về; bà Chíu Thị Mai, Bí thư Đảng ủy xã Quảng Long (huyện Hải Hà), cho biết xã phát huy vai trò người có uy tín trong đồng bào Dao, Sán Dìu để vận động người trở về phát triển kinh tế rừng.
Hội nghị cũng chỉ rõ hạn chế: vẫn còn khoảng 11% số người trở về chưa có việc làm; một số người đi làm ăn xa không khai báo; 7 người tái phạm tội trong 6 tháng.
Kết luận, Đại tá Nguyễn Văn Khang yêu cầu 6 tháng cuối năm phấn đấu giới thiệu việc làm cho ít nhất 70% người trở về có nhu cầu; tổ chức tốt việc tiếp nhận người được đặc xá năm 2024; hoàn thành cơ sở dữ liệu quốc gia về người chấp hành xong án phạt tù trước ngày 30/11/2024.
Thu Nguyệt
Tin khác
- Uông Bí: 6 doanh nghiệp nhận người chấp hành xong án phạt tù vào làm việc (02/07/2024)
- Quảng Ninh triển khai Luật Phòng, chống ma túy sửa đổi (18/06/2024)
- Móng Cái ra mắt mô hình "Khu phố giúp người hoàn lương" (04/05/2024)
""", "2024-07-11", "Hơn 96% người chấp hành xong án phạt tù được tiếp nhận, giúp đỡ ngay khi trở về",
E("so_ket", "2024-H1", "2024-07-10"),
[P("Nguyễn Văn Khang", "Đại tá", "Phó Giám đốc Công an tỉnh - Phó Trưởng Ban Thường trực Ban Chỉ đạo 138 tỉnh"),
 P("Đỗ Thị Hải Yến", "Thượng tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Lê Văn Thắng", "Chủ tịch UBND phường Hà Khánh"),
 P("Chíu Thị Mai", "Bí thư Đảng ủy xã Quảng Long")],
[Q("Hơn 96%", 96, "%", "over"), Q("436 người chấp hành xong án phạt tù", 436, "người chấp hành xong án phạt tù"),
 Q("213 người", 213, "người"), Q("58 người", 58, "người"), Q("3,75 tỷ đồng", 3750000000, "đồng"), Q("51 người", 51, "người"),
 Q("175 mô hình", 175, "mô hình"), Q("12 mô hình tiêu biểu", 12, "mô hình tiêu biểu"), Q("9 người", 9, "người"),
 Q("40.000 đồng", 40000, "đồng"), Q("4 doanh nghiệp", 4, "doanh nghiệp"), Q("khoảng 11%", 11, "%", "approx"),
 Q("7 người", 7, "người"), Q("ít nhất 70%", 70, "%", "over")],
[D("Quyết định", "22", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 22/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Chỉ thị", "21", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Chỉ thị", "22", "CT/TU", None, "Ban Thường vụ Tỉnh ủy", "Chỉ thị 21, 22-CT/TU"),
 D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP")],
[prov("Quảng Ninh"), com("Hà Khánh"), com("Quảng Long")],
["BÁO QUẢNG NINH", "Trang chủ / Pháp luật / An ninh - Trật tự", "Đại tá Nguyễn Văn Khang phát biểu chỉ đạo hội nghị. Ảnh: Mạnh Trường",
 "Ban Chỉ đạo 138 tỉnh", "Cơ sở hỗ trợ tái hòa nhập cộng đồng"],
["Thứ Năm, 11/7/2024 | 15:30", "6 tháng đầu năm 2024", "6 tháng đầu năm", "6 tháng cuối năm", "Ban Chỉ đạo 138", "6 tháng",
 "40.000 đồng/ngày", "năm 2024", "30/11/2024"]))

PAGES.append(page("b6936-bentre-doithoai-nguoitainhap-2024", """
BÁO ĐỒNG KHỞI ĐIỆN TỬ
Chính trị > Dân vận - Mặt trận
14/11/2024 - 10:05
Chủ tịch UBND huyện Mỏ Cày Nam đối thoại với người chấp hành xong án phạt tù
(ĐK) - Ngày 13/11, UBND huyện Mỏ Cày Nam, tỉnh Bến Tre tổ chức hội nghị đối thoại năm 2024 giữa Chủ tịch UBND huyện với người chấp hành xong án phạt tù, người sau cai nghiện ma túy và thân nhân của họ. Chủ trì đối thoại có đồng chí Phan Văn Đời, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện; cùng dự có các đồng chí Phó Chủ tịch UBND huyện Mỏ Cày Nam: Lê Thị Thu Trang, Nguyễn Văn Phúc.
Quang cảnh buổi đối thoại. Ảnh: Cẩm Trúc
Tham dự đối thoại có 95 người, trong đó 62 người chấp hành xong án phạt tù và người sau cai nghiện. Theo báo cáo, toàn huyện hiện quản lý 187 người chấp hành xong án phạt tù đang cư trú tại 16 xã, thị trấn; từ đầu năm đến nay có 43 người trở về. Huyện đã hỗ trợ 28 người học nghề sửa xe, thợ hồ, trồng và chăm sóc dừa; giới thiệu việc làm cho 35 người tại Khu công nghiệp Giao Long; 21 người được vay vốn với số tiền trên 1 tỷ đồng.
Tại buổi đối thoại, 18 ý kiến được nêu lên. Anh Huỳnh Văn Lực (xã Định Thủy) mong được xóa án tích sớm để đi xuất khẩu lao động. Chị Nguyễn Thị Mến, mẹ của một người đang chấp hành án, đề nghị chính quyền quan tâm hơn đến gia đình có người đang ở trại giam. Nhiều ý kiến phản ánh việc xin giấy xác nhận lý lịch tư pháp mất nhiều thời gian, một số doanh nghiệp vẫn từ chối khi biết người lao động từng có tiền án.
Đồng chí Lê Thị Thu Trang trả lời các ý kiến về chính sách vay vốn theo Nghị định 49/2020/NĐ-CP và Quyết định 22/QĐ-TTg; thông tin mức vay tối đa 100 triệu đồng, lãi suất ưu đãi 0,55%/tháng. Thiếu tá Trần Quốc Việt, Phó Trưởng Công an huyện, hướng dẫn thủ tục xóa án tích, xác nhận lý lịch tư pháp, cam kết giải quyết trong 10 ngày làm việc đối với các trường hợp đủ điều kiện.
Ông Võ Văn Mười, Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Mỏ Cày, cho biết thị trấn có mô hình "Ấp, khu phố không có người tái phạm" với 8 tổ nhân dân tự quản tham gia, 3 năm liền không có người tái phạm.
Kết luận buổi đối thoại, đồng chí Phan Văn Đời giao các phòng, ban chuyên môn trả lời bằng văn bản 5 ý kiến chưa giải quyết được tại chỗ; đề nghị thực hiện tốt Kế hoạch số 4417/KH-UBND ngày 18/6/2024 của UBND huyện về tổ chức đối thoại, hỗ trợ người chấp hành xong án phạt tù tái hòa nhập cộng đồng. "Mỗi người trở về đều cần có cơ hội làm lại. Chính quyền sẽ đồng hành, nhưng bản thân các bạn cũng phải quyết tâm", đồng chí nói.
Cẩm Trúc
Tin liên quan
- Bến Tre: Hơn 300 người chấp hành xong án phạt tù được hỗ trợ việc làm (28/10/2024)
- Thạnh Phú ra mắt mô hình "Tổ tự quản giúp người lầm lỗi" (07/10/2024)
- Châu Thành đối thoại với người có đất bị thu hồi (20/09/2024)
""", "2024-11-14", "Chủ tịch UBND huyện Mỏ Cày Nam đối thoại với người chấp hành xong án phạt tù",
E("doi_thoai", "2024", "2024-11-13"),
[P("Phan Văn Đời", "Phó Bí thư Huyện ủy", "Chủ tịch UBND huyện"),
 P("Lê Thị Thu Trang", "Phó Chủ tịch UBND huyện Mỏ Cày Nam"), P("Nguyễn Văn Phúc", "Phó Chủ tịch UBND huyện Mỏ Cày Nam"),
 P("Huỳnh Văn Lực"), P("Nguyễn Thị Mến"),
 P("Trần Quốc Việt", "Thiếu tá", "Phó Trưởng Công an huyện"),
 P("Võ Văn Mười", "Chủ tịch Ủy ban MTTQ Việt Nam thị trấn Mỏ Cày")],
[Q("95 người", 95, "người"), Q("62 người chấp hành xong án phạt tù", 62, "người chấp hành xong án phạt tù"),
 Q("187 người chấp hành xong án phạt tù", 187, "người chấp hành xong án phạt tù"), Q("16 xã, thị trấn", 16, "xã, thị trấn"),
 Q("43 người", 43, "người"), Q("28 người", 28, "người"), Q("35 người", 35, "người"), Q("21 người", 21, "người"),
 Q("trên 1 tỷ đồng", 1000000000, "đồng", "over"), Q("18 ý kiến", 18, "ý kiến"), Q("tối đa 100 triệu đồng", 100000000, "đồng"),
 Q("0,55%", 0.55, "%"), Q("8 tổ nhân dân tự quản", 8, "tổ nhân dân tự quản"), Q("5 ý kiến", 5, "ý kiến")],
[D("Nghị định", "49", "2020/NĐ-CP", None, None, "Nghị định 49/2020/NĐ-CP"),
 D("Quyết định", "22", "QĐ-TTg", None, None, "Quyết định 22/QĐ-TTg"),
 D("Kế hoạch", "4417", "KH-UBND", "2024-06-18", "UBND huyện", "Kế hoạch số 4417/KH-UBND ngày 18/6/2024 của UBND huyện")],
[prov("Bến Tre"), com("Định Thủy"), com("Mỏ Cày")],
["BÁO ĐỒNG KHỞI ĐIỆN TỬ", "Chính trị > Dân vận - Mặt trận", "(ĐK)", "Quang cảnh buổi đối thoại. Ảnh: Cẩm Trúc",
 "Ấp, khu phố không có người tái phạm", "Khu công nghiệp Giao Long"],
["14/11/2024 - 10:05", "năm 2024", "10 ngày làm việc", "3 năm liền", "0,55%/tháng"]))

PAGES.append(page("b6937-quangbinh-mttq-giamsat-2025", """
Báo Quảng Bình điện tử
Chính trị | Mặt trận - Đoàn thể
18/04/2025 17:20
Ảnh: Đoàn giám sát làm việc tại xã Phúc Trạch.
Mặt trận tỉnh giám sát việc hỗ trợ người chấp hành xong án phạt tù tại Bố Trạch
(QBĐT) - Ngày 16/4, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Bình do đồng chí Trương Thị Hằng, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù trên địa bàn huyện Bố Trạch. Tham gia đoàn có đồng chí Nguyễn Hữu Bình, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy và đại diện Công an tỉnh, Sở Nội vụ.
Theo báo cáo của UBND huyện, từ năm 2020 đến quý I/2025, huyện tiếp nhận 356 người chấp hành xong án phạt tù về cư trú; 100% được lập hồ sơ, phân công người giúp đỡ. Có 241 người đã có việc làm ổn định, chiếm 67,7%; 39 người được vay vốn với tổng số tiền 1,62 tỷ đồng. 11 người tái phạm tội, tập trung ở các xã ven biển.
Đoàn đã làm việc trực tiếp tại xã Phúc Trạch và thị trấn Hoàn Lão, gặp gỡ 14 người chấp hành xong án phạt tù và gia đình. Ông Hồ Văn Thương, người đồng bào Vân Kiều ở bản Rào Con, xã Phúc Trạch, kể sau khi ra trại được xã hỗ trợ 1 con bò và 500 cây keo giống, nay đã có thu nhập ổn định. Ông Đinh Xuân Hợi, Chủ tịch UBND xã Phúc Trạch cho biết xã giao Ban công tác Mặt trận các thôn, bản theo dõi từng trường hợp.
Qua giám sát, đoàn đánh giá huyện đã thực hiện đúng quy định của Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ và Kế hoạch số 1834/KH-UBND ngày 29/9/2023 của UBND tỉnh thực hiện Đề án tăng cường công tác giáo dục, hỗ trợ tái hòa nhập cộng đồng. Tuy vậy, việc bố trí kinh phí cho cấp xã còn thấp, nhiều nơi chưa đến 5 triệu đồng/năm; việc phối hợp giữa công an và Mặt trận ở một số xã chưa chặt chẽ; chưa có doanh nghiệp nào trên địa bàn được hưởng chính sách hỗ trợ khi nhận người trở về làm việc.
Đồng chí Lê Văn Sỹ, Phó Chủ tịch UBND huyện Bố Trạch tiếp thu các ý kiến, cho biết trước khi kết thúc hoạt động cấp huyện, huyện sẽ bàn giao đầy đủ hồ sơ người chấp hành xong án phạt tù cho các xã mới sau sắp xếp để không bỏ sót.
Kết luận, đồng chí Trương Thị Hằng đề nghị huyện quan tâm đến người trở về là đồng bào dân tộc thiểu số, phụ nữ; phát huy mô hình "Mặt trận đồng hành cùng người lầm lỗi"; đưa nội dung giúp đỡ người chấp hành xong án phạt tù vào cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh". Kết quả giám sát sẽ được tổng hợp báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh trong tháng 5.
Thu Hà
Tin liên quan
- Quảng Bình: 48 phạm nhân được dạy nghề trước khi mãn hạn (02/04/2025)
- Ủy ban MTTQ tỉnh giám sát thực hiện chính sách người có công tại Lệ Thủy (25/03/2025)
- Hội nghị triển khai công tác Mặt trận năm 2025 (14/01/2025)
""", "2025-04-18", "Mặt trận tỉnh giám sát việc hỗ trợ người chấp hành xong án phạt tù tại Bố Trạch",
E("giam_sat", None, "2025-04-16"),
[P("Trương Thị Hằng", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Nguyễn Hữu Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hồ Văn Thương"),
 P("Đinh Xuân Hợi", "Chủ tịch UBND xã Phúc Trạch"),
 P("Lê Văn Sỹ", "Phó Chủ tịch UBND huyện Bố Trạch")],
[Q("356 người chấp hành xong án phạt tù", 356, "người chấp hành xong án phạt tù"), Q("100%", 100, "%"),
 Q("241 người", 241, "người"), Q("67,7%", 67.7, "%"), Q("39 người", 39, "người"), Q("1,62 tỷ đồng", 1620000000, "đồng"),
 Q("11 người", 11, "người"), Q("14 người chấp hành xong án phạt tù", 14, "người chấp hành xong án phạt tù"),
 Q("500 cây keo giống", 500, "cây keo giống"), Q("chưa đến 5 triệu đồng", 5000000, "đồng")],
[D("Nghị định", "49", "2020/NĐ-CP", "2020-04-17", "Chính phủ", "Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 của Chính phủ"),
 D("Kế hoạch", "1834", "KH-UBND", "2023-09-29", "UBND tỉnh", "Kế hoạch số 1834/KH-UBND ngày 29/9/2023 của UBND tỉnh")],
[prov("Quảng Bình"), com("Phúc Trạch"), com("Hoàn Lão")],
["Báo Quảng Bình điện tử", "Chính trị | Mặt trận - Đoàn thể", "Ảnh: Đoàn giám sát làm việc tại xã Phúc Trạch.", "(QBĐT)",
 "Mặt trận đồng hành cùng người lầm lỗi", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
["18/04/2025 17:20", "từ năm 2020", "quý I/2025", "5 triệu đồng/năm", "tháng 5", "1 con bò"]))

PAGES.append(page("b6938-lamdong-moi-tongket-2025", """
BÁO LÂM ĐỒNG
Thời sự › Pháp luật › Tin tức
Thứ Sáu, 19/12/2025 - 16:40
Lâm Đồng tổng kết năm đầu thực hiện công tác tái hòa nhập cộng đồng sau hợp nhất
Ngày 18/12, Công an tỉnh Lâm Đồng tổ chức hội nghị tổng kết công tác quản lý, giáo dục, hỗ trợ người chấp hành xong án phạt tù tái hòa nhập cộng đồng năm 2025. Đại tá Trần Văn Lý, Phó Giám đốc Công an tỉnh chủ trì; hội nghị được kết nối trực tuyến đến 124 xã, phường, đặc khu.
Đại biểu dự hội nghị tại điểm cầu Công an tỉnh.
Năm 2025 là năm đầu tiên công tác tái hòa nhập cộng đồng được triển khai trên địa bàn tỉnh Lâm Đồng mới, hợp nhất từ 3 tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, vận hành theo mô hình chính quyền địa phương 2 cấp. Công an tỉnh đã tham mưu UBND tỉnh ban hành Kế hoạch số 215/KH-UBND ngày 12/8/2025 về tiếp nhận, quản lý người chấp hành xong án phạt tù sau sắp xếp đơn vị hành chính; bàn giao, cập nhật đầy đủ hồ sơ của 3.906 người từ cấp huyện cũ về UBND cấp xã.
Trong năm, toàn tỉnh tiếp nhận 1.248 người chấp hành xong án phạt tù; 1.126 người đã có việc làm, đạt hơn 90%; 186 người được vay vốn với tổng số tiền khoảng 9,3 tỷ đồng; 74 người được hỗ trợ học nghề. Tỷ lệ tái phạm tội là 2,4%, giảm 0,6% so với năm 2024.
Thượng tá Ka Hồng, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh, cho biết sau khi không còn cấp huyện, trách nhiệm chủ yếu dồn về công an xã và UBND xã; nhiều xã có địa bàn rộng, người trở về phân tán, trong khi lực lượng công an xã còn mỏng và phải kiêm nhiệm nhiều việc. Tại phường Nam Gia Nghĩa, lực lượng công an phường lập nhóm hỗ trợ 27 người trở về làm công nhân cao su, chế biến nông sản. Phường Phan Thiết phối hợp các doanh nghiệp hải sản nhận 40 người vào làm việc.
Ông Điểu Kiên, Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Trọng, chia sẻ xã giao cho các Ban công tác Mặt trận thôn mỗi năm tổ chức ít nhất 2 lần thăm hỏi gia đình người trở về, vận động 15 hộ kinh doanh nhận người lầm lỗi làm việc.
Phát biểu kết luận, Đại tá Trần Văn Lý đề nghị năm 2026 các xã, phường, đặc khu tiếp tục thực hiện Nghị định số 49/2020/NĐ-CP của Chính phủ; rà soát, phân loại người chấp hành xong án phạt tù chưa có việc làm; phấn đấu trên 92% người trở về có việc làm, tỷ lệ tái phạm dưới 2,5%. Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 20 tập thể, 31 cá nhân có thành tích xuất sắc.
Đình Nguyên
Tin liên quan
- Lâm Đồng: 312 phạm nhân được đặc xá dịp Quốc khánh 2/9 (01/09/2025)
- Công an xã Đức Trọng ra mắt mô hình "Cùng người hoàn lương lập nghiệp" (25/10/2025)
- Hướng dẫn quản lý người chấp hành án sau sắp xếp đơn vị hành chính (14/07/2025)
""", "2025-12-19", "Lâm Đồng tổng kết năm đầu thực hiện công tác tái hòa nhập cộng đồng sau hợp nhất",
E("tong_ket", "2025", "2025-12-18"),
[P("Trần Văn Lý", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Ka Hồng", "Thượng tá", "Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Điểu Kiên", "Chủ tịch Ủy ban MTTQ Việt Nam xã Đức Trọng")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("3 tỉnh", 3, "tỉnh"), Q("3.906 người", 3906, "người"),
 Q("1.248 người chấp hành xong án phạt tù", 1248, "người chấp hành xong án phạt tù"), Q("1.126 người", 1126, "người"),
 Q("hơn 90%", 90, "%", "over"), Q("186 người", 186, "người"), Q("khoảng 9,3 tỷ đồng", 9300000000, "đồng", "approx"),
 Q("74 người", 74, "người"), Q("2,4%", 2.4, "%"), Q("0,6%", 0.6, "%"), Q("27 người", 27, "người"), Q("40 người", 40, "người"),
 Q("15 hộ kinh doanh", 15, "hộ kinh doanh"), Q("trên 92%", 92, "%", "over"), Q("dưới 2,5%", 2.5, "%"),
 Q("20 tập thể", 20, "tập thể"), Q("31 cá nhân", 31, "cá nhân")],
[D("Kế hoạch", "215", "KH-UBND", "2025-08-12", "UBND tỉnh", "Kế hoạch số 215/KH-UBND ngày 12/8/2025"),
 D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2020/NĐ-CP của Chính phủ")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Nam Gia Nghĩa"), com("Phan Thiết"), com("Đức Trọng")],
["BÁO LÂM ĐỒNG", "Thời sự › Pháp luật › Tin tức", "Đại biểu dự hội nghị tại điểm cầu Công an tỉnh."],
["Thứ Sáu, 19/12/2025 - 16:40", "năm 2025", "Năm 2025", "2 cấp", "năm 2024", "ít nhất 2 lần", "năm 2026"]))

PAGES.append(page("b6939-tuyenquang-htx-saucainghien-2026", """
Hôm nay: Thứ Năm, 22/01/2026
BÁO TUYÊN QUANG
Xã hội / Chuyện người tử tế
Thứ Tư, 21/1/2026 - 07:30
Một hợp tác xã dệt thổ cẩm ở phường Hà Giang 2. Ảnh: Giàng Thị Dua
Hợp tác xã "mở cửa" cho người sau cai nghiện ở vùng cao
Tại phường Hà Giang 2 và xã Vị Xuyên của tỉnh Tuyên Quang, Hợp tác xã Nông lâm sản Vị Xuyên Xanh đã trở thành nơi làm việc của nhiều người sau cai nghiện ma túy. Không chỉ có thu nhập, họ còn tìm lại niềm tin của gia đình, bản làng.
Thành lập từ năm 2019 với 7 thành viên, đến nay hợp tác xã có 46 lao động, trong đó 18 người sau cai nghiện và 5 người chấp hành xong án phạt tù. Hợp tác xã trồng, chế biến chè Shan tuyết, miến dong, mật ong bạc hà, doanh thu năm 2025 đạt khoảng 4,8 tỷ đồng; thu nhập bình quân của người lao động 6,2 triệu đồng/tháng.
Giám đốc Hợp tác xã, anh Vàng Mí Lử, người dân tộc Mông, kể: "Em trai tôi cũng từng nghiện, đi cai về không ai nhận làm. Vì thế tôi muốn mở cửa cho những người như em ấy". Anh đặt ra quy định: ai tái sử dụng ma túy thì tạm nghỉ, đi điều trị rồi quay lại, hợp tác xã vẫn giữ chỗ.
Anh Sùng Seo Phừ, 34 tuổi, từng 3 lần đi cai nghiện bắt buộc, nay là tổ trưởng tổ sao chè. "Lần này về, có việc làm, có người tin, tôi không muốn quay lại nữa", Phừ nói. Vợ anh, chị Lò Thị Kim, cũng vào làm ở tổ đóng gói. Hai vợ chồng đã dành dụm sửa lại căn nhà gỗ và cho con đi học đầy đủ.
Theo Thiếu tá Hoàng Văn Thái, Phó Trưởng Công an phường Hà Giang 2, phường hiện quản lý 64 người sau cai nghiện; từ khi có hợp tác xã, số người tái nghiện giảm rõ rệt, năm 2025 chỉ còn 6 trường hợp. Bà Nông Thị Hiền, Phó Chủ tịch UBND xã Vị Xuyên, cho biết xã đã hỗ trợ hợp tác xã 150 triệu đồng từ nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ.
Năm 2026, hợp tác xã dự kiến mở thêm xưởng chế biến tại xã Vị Xuyên, nhận thêm khoảng 20 lao động, ưu tiên người sau cai nghiện và phụ nữ có chồng đang chấp hành án. Hợp tác xã cũng được Sở Y tế tỉnh Tuyên Quang chọn làm điểm thực hiện mô hình hỗ trợ người sau cai nghiện tại cộng đồng theo Nghị định số 116/2021/NĐ-CP.
Câu chuyện ở Vị Xuyên Xanh cho thấy, khi chính quyền, doanh nghiệp và cộng đồng cùng mở lòng, người sau cai nghiện có thể làm lại cuộc đời ngay trên quê hương mình.
Giàng Thị Dua
Tin liên quan
- Tuyên Quang: Hơn 400 người sau cai nghiện được hỗ trợ sinh kế (10/01/2026)
- Xã Đồng Văn ra mắt mô hình "Bản không ma túy" (28/12/2025)
- Tập huấn kỹ năng tư vấn cai nghiện cho cán bộ xã (12/11/2025)
""", "2026-01-21", "Hợp tác xã \"mở cửa\" cho người sau cai nghiện ở vùng cao",
E("khac", None, None),
[P("Vàng Mí Lử", "Giám đốc Hợp tác xã"),
 P("Sùng Seo Phừ", "tổ trưởng tổ sao chè"),
 P("Lò Thị Kim"),
 P("Hoàng Văn Thái", "Thiếu tá", "Phó Trưởng Công an phường Hà Giang 2"),
 P("Nông Thị Hiền", "Phó Chủ tịch UBND xã Vị Xuyên")],
[Q("7 thành viên", 7, "thành viên"), Q("46 lao động", 46, "lao động"), Q("18 người sau cai nghiện", 18, "người sau cai nghiện"),
 Q("5 người chấp hành xong án phạt tù", 5, "người chấp hành xong án phạt tù"),
 Q("khoảng 4,8 tỷ đồng", 4800000000, "đồng", "approx"), Q("6,2 triệu đồng", 6200000, "đồng"),
 Q("64 người sau cai nghiện", 64, "người sau cai nghiện"), Q("6 trường hợp", 6, "trường hợp"),
 Q("150 triệu đồng", 150000000, "đồng"), Q("khoảng 20 lao động", 20, "lao động", "approx")],
[D("Quyết định", "1719", "QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ"),
 D("Nghị định", "116", "2021/NĐ-CP", None, None, "Nghị định số 116/2021/NĐ-CP")],
[prov("Tuyên Quang"), com("Hà Giang 2"), com("Vị Xuyên")],
["Hôm nay: Thứ Năm, 22/01/2026", "BÁO TUYÊN QUANG", "Xã hội / Chuyện người tử tế",
 "Một hợp tác xã dệt thổ cẩm ở phường Hà Giang 2. Ảnh: Giàng Thị Dua", "Hợp tác xã Nông lâm sản Vị Xuyên Xanh",
 "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"],
["Thứ Tư, 21/1/2026 - 07:30", "từ năm 2019", "năm 2025", "34 tuổi", "3 lần", "Năm 2026"]))

PAGES.append(page("b6940-camau-giaoban-quy1-2026", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU
Pháp luật | An ninh trật tự
07/04/2026 | 14:10
Công an tỉnh triển khai nhiệm vụ hỗ trợ tái hòa nhập cộng đồng quý II
Sáng 6/4, Công an tỉnh Cà Mau tổ chức giao ban công tác quản lý, hỗ trợ người chấp hành xong án phạt tù và người sau cai nghiện ma túy tái hòa nhập cộng đồng quý I năm 2026, triển khai nhiệm vụ quý II. Thượng tá Lý Thanh Phong, Phó Giám đốc Công an tỉnh chủ trì, cùng dự có bà Thạch Thị Sa Rinh, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.
Thượng tá Lý Thanh Phong kết luận buổi giao ban. Ảnh: Hồng Nhung
Quý I, toàn tỉnh tiếp nhận 318 người chấp hành xong án phạt tù và 97 người sau cai nghiện trở về cư trú tại 64 xã, phường. Công an cấp xã đã lập hồ sơ, phối hợp UBND xã phân công người giúp đỡ cho tất cả các trường hợp. Đã có 142 người được giới thiệu việc làm, 23 người được hỗ trợ học nghề; Ngân hàng Chính sách xã hội tỉnh giải ngân 2,8 tỷ đồng cho 35 người vay vốn nuôi tôm, cua, buôn bán nhỏ. Trước Tết Nguyên đán Bính Ngọ, các xã, phường đã tặng 1.540 phần quà Tết cho người trở về có hoàn cảnh khó khăn, trị giá hơn 770 triệu đồng.
Trung tá Trần Minh Khởi, Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh cho biết, thực hiện Kế hoạch số 47/KH-UBND ngày 26/1/2026 của UBND tỉnh về công tác tái hòa nhập cộng đồng năm 2026, Công an tỉnh đã phối hợp Sở Nội vụ khảo sát nhu cầu việc làm của 612 người; ký kết phối hợp với 9 doanh nghiệp chế biến thủy sản ở phường Bạc Liêu và phường An Xuyên.
Tại buổi giao ban, Thiếu tá Danh Hoàng Long, Trưởng Công an xã Đá Bạc, đề nghị tăng cường hỗ trợ sinh kế cho người trở về là đồng bào Khmer. Đại diện Công an phường Bạc Liêu phản ánh một số người sau cai nghiện đi làm thuê ở tỉnh ngoài, khó quản lý theo thời hạn 2 năm quy định tại Luật Phòng, chống ma túy.
Bà Thạch Thị Sa Rinh đề nghị Công an tỉnh và Ủy ban MTTQ Việt Nam tỉnh sớm ký Chương trình phối hợp số 03 năm 2026 về vận động gia đình, cộng đồng giúp đỡ người lầm lỗi, thực hiện Nghị định số 49/2020/NĐ-CP và Nghị định số 116/2021/NĐ-CP của Chính phủ.
Kết luận, Thượng tá Lý Thanh Phong yêu cầu quý II các đơn vị tập trung giới thiệu việc làm cho ít nhất 150 người; tổ chức đối thoại tại 100% xã, phường có trên 10 người trở về; kiểm tra việc quản lý sau cai nghiện tại 12 xã trọng điểm. Kết quả tháng 4, 5 được báo cáo trước ngày 10/6/2026.
Hồng Nhung
Tin liên quan
- Cà Mau: Tiếp nhận 120 người được đặc xá năm 2025 (03/09/2025)
- Ra mắt mô hình "Phường không tái phạm" tại phường Bạc Liêu (15/03/2026)
- Tổng kết công tác tái hòa nhập cộng đồng năm 2025 (24/12/2025)
""", "2026-04-07", "Công an tỉnh triển khai nhiệm vụ hỗ trợ tái hòa nhập cộng đồng quý II",
E("giao_ban", "2026-Q1", "2026-04-06"),
[P("Lý Thanh Phong", "Thượng tá", "Phó Giám đốc Công an tỉnh"),
 P("Thạch Thị Sa Rinh", "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
 P("Trần Minh Khởi", "Trung tá", "Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh"),
 P("Danh Hoàng Long", "Thiếu tá", "Trưởng Công an xã Đá Bạc")],
[Q("318 người chấp hành xong án phạt tù", 318, "người chấp hành xong án phạt tù"),
 Q("97 người sau cai nghiện", 97, "người sau cai nghiện"), Q("64 xã, phường", 64, "xã, phường"), Q("142 người", 142, "người"),
 Q("23 người", 23, "người"), Q("2,8 tỷ đồng", 2800000000, "đồng"), Q("35 người", 35, "người"),
 Q("1.540 phần quà", 1540, "phần quà"), Q("hơn 770 triệu đồng", 770000000, "đồng", "over"), Q("612 người", 612, "người"),
 Q("9 doanh nghiệp chế biến thủy sản", 9, "doanh nghiệp chế biến thủy sản"), Q("ít nhất 150 người", 150, "người", "over"),
 Q("100%", 100, "%"), Q("trên 10 người", 10, "người", "over"), Q("12 xã trọng điểm", 12, "xã trọng điểm")],
[D("Kế hoạch", "47", "KH-UBND", "2026-01-26", "UBND tỉnh", "Kế hoạch số 47/KH-UBND ngày 26/1/2026 của UBND tỉnh"),
 D("Chương trình phối hợp", "03", None, None, None, "Chương trình phối hợp số 03"),
 D("Nghị định", "49", "2020/NĐ-CP", None, "Chính phủ", "Nghị định số 49/2020/NĐ-CP"),
 D("Nghị định", "116", "2021/NĐ-CP", None, "Chính phủ", "Nghị định số 116/2021/NĐ-CP của Chính phủ")],
[prov("Cà Mau"), com("Bạc Liêu"), com("An Xuyên"), com("Đá Bạc")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU", "Pháp luật | An ninh trật tự", "Thượng tá Lý Thanh Phong kết luận buổi giao ban. Ảnh: Hồng Nhung",
 "Luật Phòng, chống ma túy", "Tết Nguyên đán Bính Ngọ"],
["07/04/2026 | 14:10", "quý I năm 2026", "quý II", "năm 2026", "2 năm", "tháng 4, 5", "10/6/2026"]))
