from lib import *
PAGES = []

PAGES.append(page("b6821-laichau-xmc-tongket-2011", """
BÁO LAI CHÂU ĐIỆN TỬ
Trang chủ > Giáo dục > Xã hội học tập
Thứ Sáu, 16/12/2011 - 08:40
Lai Châu: Tổng kết công tác xóa mù chữ năm 2011, hơn 3.200 người biết đọc, biết viết
Ngày 14/12/2011, Sở Giáo dục và Đào tạo phối hợp với Hội Khuyến học tỉnh tổ chức hội nghị tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2011. Dự hội nghị có đồng chí Lò Văn Pọm, Phó Chủ tịch UBND tỉnh; đồng chí Nguyễn Đức Thịnh, Giám đốc Sở Giáo dục và Đào tạo cùng 85 đại biểu là lãnh đạo phòng giáo dục các huyện và hiệu trưởng các trường có lớp xóa mù chữ.
Quang cảnh hội nghị tổng kết.
Theo báo cáo của Sở, năm 2011 toàn tỉnh mở được 148 lớp xóa mù chữ và sau xóa mù chữ với 3.215 học viên, chủ yếu là đồng bào Mông, Dao, Hà Nhì ở các xã vùng cao biên giới. Tỷ lệ học viên duy trì đến cuối khóa đạt 87,4%; có hơn 3.200 người được công nhận biết đọc, biết viết và làm được các phép tính đơn giản. Tỷ lệ người trong độ tuổi 15 - 35 biết chữ của tỉnh tăng lên 79,6%, cao hơn năm 2010 gần 4 điểm phần trăm.
Thực hiện Chỉ thị số 05-CT/TU ngày 20/4/2011 của Ban Thường vụ Tỉnh ủy về tăng cường công tác xóa mù chữ vùng đồng bào dân tộc thiểu số, các huyện đã huy động 212 giáo viên cắm bản dạy lớp buổi tối; nhiều thầy cô phải đi bộ 8 - 10 km để đến điểm lớp. Kinh phí hỗ trợ học viên mua sách vở, đèn dầu năm qua là 1,35 tỷ đồng từ ngân sách tỉnh và các chương trình mục tiêu.
Ông Giàng A Chư, Chủ tịch UBND xã Sì Lở Lầu, cho biết xã có 9 lớp với 186 học viên, trong đó hơn 70% là phụ nữ. "Bà con ban ngày lên nương, tối mới đến lớp, có người địu cả con nhỏ đi học", ông nói. Cô giáo Tẩn Thị Mẩy, giáo viên Trường Tiểu học Pa Vây Sử, đề nghị tỉnh sớm có tài liệu song ngữ Mông - Việt để người học dễ tiếp thu.
Phát biểu chỉ đạo, đồng chí Lò Văn Pọm ghi nhận sự cố gắng của ngành giáo dục và yêu cầu năm 2012 phấn đấu mở thêm ít nhất 120 lớp, gắn xóa mù chữ với hướng dẫn cách làm ăn, phòng chống ma túy; các huyện Sìn Hồ, Mường Tè, Phong Thổ phải rà soát từng thôn bản để không bỏ sót người mù chữ.
Nhiều ý kiến tại hội nghị cho rằng tình trạng tái mù chữ vẫn là nỗi lo lớn. Học viên học xong ít có sách báo để đọc, lại ít dùng tiếng Việt trong sinh hoạt hằng ngày nên chỉ sau vài năm đã quên mặt chữ. Một số điểm trường chưa có điện, học viên phải học dưới ánh đèn pin, đèn dầu; chế độ cho giáo viên dạy lớp buổi tối còn thấp, chậm chi trả.
Dịp này, UBND tỉnh tặng Bằng khen cho 14 tập thể và 27 cá nhân có thành tích trong công tác xóa mù chữ năm 2011.
Quang Hùng
Số lượt đọc: 1.204
Tin liên quan
- Tam Đường khai giảng 12 lớp xóa mù chữ cho phụ nữ Dao (05/10/2011)
- Hội Khuyến học tỉnh tặng 500 suất học bổng (28/09/2011)
- Phong Thổ đạt chuẩn phổ cập giáo dục tiểu học (15/08/2011)
- Than Uyên: phụ nữ Thái đi học chữ buổi tối (02/08/2011)
""", "2011-12-16", "Lai Châu: Tổng kết công tác xóa mù chữ năm 2011, hơn 3.200 người biết đọc, biết viết",
E("tong_ket", "2011", "2011-12-14"),
[P("Lò Văn Pọm", "Phó Chủ tịch UBND tỉnh"),
 P("Nguyễn Đức Thịnh", "Giám đốc Sở Giáo dục và Đào tạo"),
 P("Giàng A Chư", "Chủ tịch UBND xã Sì Lở Lầu"),
 P("Tẩn Thị Mẩy", "giáo viên Trường Tiểu học Pa Vây Sử")],
[Q("hơn 3.200 người", 3200, "người", "over"), Q("85 đại biểu", 85, "đại biểu"),
 Q("148 lớp xóa mù chữ và sau xóa mù chữ", 148, "lớp xóa mù chữ và sau xóa mù chữ"),
 Q("3.215 học viên", 3215, "học viên"), Q("87,4%", 87.4, "%"), Q("79,6%", 79.6, "%"), Q("gần 4 điểm phần trăm", 4, "điểm phần trăm", "approx"),
 Q("212 giáo viên cắm bản", 212, "giáo viên cắm bản"), Q("8 - 10 km", 8, "km"),
 Q("1,35 tỷ đồng", 1350000000, "đồng"), Q("9 lớp", 9, "lớp"), Q("186 học viên", 186, "học viên"),
 Q("hơn 70%", 70, "%", "over"), Q("ít nhất 120 lớp", 120, "lớp", "over"),
 Q("14 tập thể", 14, "tập thể"), Q("27 cá nhân", 27, "cá nhân")],
[D("Chỉ thị", "05", "CT/TU", "2011-04-20", "Ban Thường vụ Tỉnh ủy", "Chỉ thị số 05-CT/TU ngày 20/4/2011")],
[prov("Lai Châu"), com("Sì Lở Lầu")],
["BÁO LAI CHÂU ĐIỆN TỬ", "Trang chủ > Giáo dục > Xã hội học tập", "Quang cảnh hội nghị tổng kết.",
 "Số lượt đọc: 1.204", "Trường Tiểu học Pa Vây Sử"],
["Thứ Sáu, 16/12/2011 - 08:40", "năm 2011", "năm 2012", "năm 2010", "15 - 35", "Số lượt đọc: 1.204"]))

PAGES.append(page("b6822-dienbien-tiengmong-khaigiang-2012", """
Cổng thông tin điện tử tỉnh Điện Biên
Tin tức - Sự kiện / Văn hóa - Xã hội
Cập nhật: 15:20, 10/09/2012 (GMT+7)
Ảnh: Các học viên tại buổi khai giảng.
Khai giảng lớp bồi dưỡng tiếng Mông cho cán bộ, công chức cấp xã
(ĐBP) - Sáng 8/9, tại Trường Chính trị tỉnh, Ban Dân tộc tỉnh phối hợp với Sở Nội vụ khai giảng lớp bồi dưỡng tiếng Mông cho 45 học viên là cán bộ, công chức cấp xã, giáo viên và cán bộ y tế đang công tác ở vùng đồng bào Mông. Lớp học kéo dài 4 tháng, mỗi tuần học 3 buổi.
Dự lễ khai giảng có ông Lò Văn Mừng, Trưởng Ban Dân tộc tỉnh; bà Nguyễn Thị Thu Hà, Phó Giám đốc Sở Nội vụ; ông Vừ A Sử, Phó Hiệu trưởng Trường Chính trị tỉnh.
Lớp học được tổ chức theo Kế hoạch số 312/KH-UBND ngày 14/3/2012 của UBND tỉnh về bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức giai đoạn 2012 - 2015, thực hiện Nghị định số 82/2010/NĐ-CP ngày 20/7/2010 của Chính phủ quy định việc dạy và học tiếng nói, chữ viết của dân tộc thiểu số trong các cơ sở giáo dục phổ thông và trung tâm giáo dục thường xuyên. Theo kế hoạch, mỗi năm tỉnh mở từ 3 đến 4 lớp tiếng Mông, tiếng Thái cho khoảng 150 cán bộ.
Phát biểu tại buổi lễ, ông Lò Văn Mừng nhấn mạnh: Điện Biên có hơn 35% dân số là người Mông, nhiều bản ở các huyện Mường Nhé, Tủa Chùa, Điện Biên Đông bà con chưa thông thạo tiếng phổ thông. Cán bộ cơ sở biết tiếng Mông sẽ dễ tuyên truyền, vận động, nắm được tâm tư của dân, hạn chế tình trạng bị kẻ xấu lôi kéo.
Giảng viên chính của lớp là thầy Thào A Lềnh, giáo viên Trung tâm Giáo dục thường xuyên tỉnh, người có hơn 15 năm dạy chữ Mông. Chương trình gồm 180 tiết, từ bảng chữ cái Mông La-tinh, ngữ âm, đến giao tiếp theo chủ đề: hỏi thăm gia đình, sản xuất, chính sách hỗ trợ, hòa giải ở cơ sở. Học viên được cấp tài liệu, băng đĩa luyện nghe và hỗ trợ 50.000 đồng/buổi tiền ăn.
Chị Lường Thị Thoa, cán bộ văn hóa xã Mường Phăng, chia sẻ: "Em là người Thái, về công tác ở bản người Mông đã 2 năm nhưng mới nghe hiểu được vài câu. Học xong lớp này em mong nói chuyện được với bà con mà không cần người phiên dịch".
Theo Ban Dân tộc tỉnh, từ năm 2008 đến nay tỉnh đã mở 11 lớp tiếng Mông, tiếng Thái với 392 học viên được cấp chứng chỉ. Nhiều học viên sau khi học đã tự tin họp dân, giải thích chính sách bằng tiếng của đồng bào. Tuy vậy, một số đơn vị cử người đi học chưa đúng đối tượng, có học viên bỏ dở giữa chừng vì bận công việc.
Kết thúc khóa học, học viên đạt yêu cầu sẽ được cấp chứng chỉ tiếng dân tộc do Sở Giáo dục và Đào tạo cấp.
Hoàng Long
Tin khác
- Tuần Giáo mở 6 lớp xóa mù chữ cho phụ nữ (02/09/2012)
- Tặng 1.000 bộ sách giáo khoa cho học sinh vùng cao (27/08/2012)
- Trao học bổng "Vì em hiếu học" năm 2012 (20/08/2012)
- Mường Chà: duy trì 14 lớp học buổi tối cho người lớn (11/08/2012)
""", "2012-09-10", "Khai giảng lớp bồi dưỡng tiếng Mông cho cán bộ, công chức cấp xã",
E("khac", None, "2012-09-08"),
[P("Lò Văn Mừng", "Trưởng Ban Dân tộc tỉnh"),
 P("Nguyễn Thị Thu Hà", "Phó Giám đốc Sở Nội vụ"),
 P("Vừ A Sử", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
 P("Thào A Lềnh", "giáo viên Trung tâm Giáo dục thường xuyên tỉnh"),
 P("Lường Thị Thoa", "cán bộ văn hóa xã Mường Phăng")],
[Q("45 học viên", 45, "học viên"), Q("từ 3 đến 4 lớp tiếng Mông, tiếng Thái", 3, "lớp tiếng Mông, tiếng Thái"),
 Q("khoảng 150 cán bộ", 150, "cán bộ", "approx"), Q("hơn 35%", 35, "%", "over"),
 Q("180 tiết", 180, "tiết"), Q("11 lớp tiếng Mông, tiếng Thái", 11, "lớp tiếng Mông, tiếng Thái"), Q("392 học viên", 392, "học viên"), Q("50.000 đồng", 50000, "đồng")],
[D("Kế hoạch", "312", "KH-UBND", "2012-03-14", "UBND tỉnh", "Kế hoạch số 312/KH-UBND ngày 14/3/2012"),
 D("Nghị định", "82", "2010/NĐ-CP", "2010-07-20", "Chính phủ", "Nghị định số 82/2010/NĐ-CP ngày 20/7/2010")],
[prov("Điện Biên"), com("Mường Phăng")],
["Cổng thông tin điện tử tỉnh Điện Biên", "Tin tức - Sự kiện / Văn hóa - Xã hội", "Ảnh: Các học viên tại buổi khai giảng.",
 "(ĐBP)", "Trường Chính trị tỉnh"],
["Cập nhật: 15:20, 10/09/2012 (GMT+7)", "4 tháng", "3 buổi", "giai đoạn 2012 - 2015", "hơn 15 năm", "2 năm"]))

PAGES.append(page("b6823-sonla-taphuan-xmc-2013", """
SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA
Bạn đang ở: Trang chủ › Tin tức › Giáo dục thường xuyên
Thứ Năm, 22/08/2013 - 09:15
Tập huấn chương trình xóa mù chữ mới cho 160 giáo viên
Từ ngày 19 đến 21/8/2013, Sở Giáo dục và Đào tạo Sơn La tổ chức lớp tập huấn năm 2013 về chương trình và phương pháp dạy học xóa mù chữ cho 160 giáo viên, cán bộ quản lý các trung tâm học tập cộng đồng đến từ 12 huyện, thành phố.
Lớp tập huấn nhằm triển khai Quyết định số 692/QĐ-TTg ngày 04/5/2013 của Thủ tướng Chính phủ phê duyệt Đề án "Xóa mù chữ đến năm 2020" và Kế hoạch số 58/KH-UBND ngày 02/7/2013 của UBND tỉnh Sơn La thực hiện Đề án trên địa bàn tỉnh. Theo kế hoạch, đến năm 2015 tỉnh phấn đấu 92% người trong độ tuổi 15 - 60 biết chữ; đến năm 2020 đạt trên 95%.
Báo cáo viên của lớp là bà Đinh Thị Lan Phương, chuyên viên Vụ Giáo dục thường xuyên, Bộ Giáo dục và Đào tạo, và ông Cầm Văn Khiêm, Trưởng phòng Giáo dục thường xuyên - Chuyên nghiệp, Sở Giáo dục và Đào tạo Sơn La. Các giáo viên được hướng dẫn dạy theo hai giai đoạn: giai đoạn 1 tương đương lớp 1 - 3, giai đoạn 2 (sau xóa mù chữ) tương đương lớp 4 - 5; cách tổ chức lớp ghép, dạy tiếng Việt cho người lớn chưa biết tiếng phổ thông và cách lồng ghép kiến thức pháp luật, chăm sóc sức khỏe, trồng trọt.
Toàn cảnh lớp tập huấn tại Trung tâm Giáo dục thường xuyên tỉnh.
Theo số liệu của Sở, toàn tỉnh hiện còn khoảng 46.700 người từ 15 đến 60 tuổi chưa biết chữ, tập trung ở các huyện Sốp Cộp, Bắc Yên, Mường La, Thuận Châu. Năm học 2012 - 2013 đã mở 236 lớp với 5.480 học viên; kinh phí Trung ương và địa phương bố trí gần 4,2 tỷ đồng.
Thầy Lò Văn Hương, giáo viên Trường Phổ thông dân tộc bán trú Tiểu học Mường Lạn, huyện Sốp Cộp, kể: "Lớp của tôi có 32 học viên người Mông và Khơ Mú, nhiều người ngoài 40 tuổi, có người còn không cầm được bút. Được tập huấn, tôi biết cách chia nhóm, dùng tranh ảnh để học viên nhớ mặt chữ nhanh hơn".
Trong 3 ngày, các học viên còn thực hành soạn giáo án, dạy thử theo nhóm và trao đổi kinh nghiệm vận động người dân đến lớp. Nhiều giáo viên cho biết khó nhất là giữ được học viên trong mùa vụ, khi bà con lên nương cả tuần mới về bản; có nơi phải dời giờ học sang buổi trưa hoặc dạy ngay tại lán nương.
Bế mạc lớp tập huấn, ông Hoàng Văn Chất, Phó Giám đốc Sở Giáo dục và Đào tạo, đề nghị các phòng giáo dục phối hợp với Hội Liên hiệp Phụ nữ, Đoàn Thanh niên rà soát, lập danh sách người mù chữ đến từng bản và mở lớp ngay từ tháng 10 tới.
Mai Hoa
Bài viết liên quan
- Hội nghị triển khai nhiệm vụ giáo dục thường xuyên năm học 2013 - 2014 (15/08/2013)
- Thuận Châu: 2.100 người được xóa mù chữ (30/06/2013)
- Trung tâm học tập cộng đồng - nơi nâng bước người lớn tuổi (12/06/2013)
- Mộc Châu tổng kết năm học giáo dục thường xuyên (28/05/2013)
""", "2013-08-22", "Tập huấn chương trình xóa mù chữ mới cho 160 giáo viên",
E("tap_huan", "2013", "2013-08-19"),
[P("Đinh Thị Lan Phương", "chuyên viên Vụ Giáo dục thường xuyên"),
 P("Cầm Văn Khiêm", "Trưởng phòng Giáo dục thường xuyên - Chuyên nghiệp"),
 P("Lò Văn Hương", "giáo viên Trường Phổ thông dân tộc bán trú Tiểu học Mường Lạn"),
 P("Hoàng Văn Chất", "Phó Giám đốc Sở Giáo dục và Đào tạo")],
[Q("160 giáo viên", 160, "giáo viên"), Q("12 huyện, thành phố", 12, "huyện, thành phố"),
 Q("92%", 92, "%"), Q("trên 95%", 95, "%", "over"), Q("khoảng 46.700 người", 46700, "người", "approx"),
 Q("236 lớp", 236, "lớp"), Q("5.480 học viên", 5480, "học viên"), Q("gần 4,2 tỷ đồng", 4200000000, "đồng", "approx"),
 Q("32 học viên người Mông và Khơ Mú", 32, "học viên người Mông và Khơ Mú")],
[D("Quyết định", "692", "QĐ-TTg", "2013-05-04", "Thủ tướng Chính phủ", "Quyết định số 692/QĐ-TTg ngày 04/5/2013"),
 D("Kế hoạch", "58", "KH-UBND", "2013-07-02", "UBND tỉnh Sơn La", "Kế hoạch số 58/KH-UBND ngày 02/7/2013")],
[prov("Sơn La")],
["SỞ GIÁO DỤC VÀ ĐÀO TẠO SƠN LA", "Bạn đang ở: Trang chủ › Tin tức › Giáo dục thường xuyên",
 "Toàn cảnh lớp tập huấn tại Trung tâm Giáo dục thường xuyên tỉnh.", "Xóa mù chữ đến năm 2020"],
["Thứ Năm, 22/08/2013 - 09:15", "năm 2013", "15 - 60", "từ 15 đến 60 tuổi", "Năm học 2012 - 2013", "giai đoạn 1", "giai đoạn 2", "lớp 1 - 3", "lớp 4 - 5", "ngoài 40 tuổi", "Trong 3 ngày"]))

PAGES.append(page("b6824-soctrang-chuakhmer-traoqua-2014", """
Báo Sóc Trăng Online
Xã hội » Giáo dục
28-07-2014 10:35
Tặng quà học viên lớp dạy chữ Khmer hè tại các chùa
Lớp học chữ Khmer hè tại chùa Khléang. Ảnh: Thạch Hoàng
Ngày 26/7, Đoàn công tác của Ban Dân tộc tỉnh Sóc Trăng do ông Lâm Chính Trung, Phó Trưởng Ban Dân tộc tỉnh làm trưởng đoàn đã đến thăm, tặng quà các lớp dạy chữ Khmer hè năm 2014 tại 6 chùa Phật giáo Nam tông Khmer trên địa bàn thị xã Vĩnh Châu và huyện Trần Đề.
Tại mỗi chùa, đoàn trao 100 phần quà gồm tập, viết, bảng con cho học viên và tặng ban quản trị chùa 3 triệu đồng hỗ trợ tiền điện, nước uống trong thời gian mở lớp. Tổng giá trị quà tặng đợt này trên 62 triệu đồng, do Ban Dân tộc tỉnh và Công ty TNHH Mía đường Sóc Trăng tài trợ.
Năm nay, toàn tỉnh có 92 chùa mở 524 lớp dạy chữ Khmer hè với hơn 14.600 học viên, từ học sinh tiểu học đến người lớn tuổi muốn đọc được kinh sách, báo chữ Khmer. Lớp học kéo dài khoảng 2 tháng, do 580 sư sãi và giáo viên người Khmer đứng lớp. Theo Hướng dẫn số 17/HD-SGDĐT ngày 12/5/2014 của Sở Giáo dục và Đào tạo, mỗi giáo viên dạy hè được hỗ trợ 1,5 triệu đồng/tháng; sách giáo khoa song ngữ do ngành giáo dục cấp miễn phí.
Tại chùa Prếk Chotel, xã Vĩnh Hải, Đại đức Lý Sa Rươne, trụ trì chùa, cho biết năm nay chùa mở 8 lớp với 265 học viên, trong đó có 1 lớp dành riêng cho phụ nữ trên 30 tuổi chưa biết đọc, viết chữ Khmer. "Nhiều chị em đi làm mướn xa, hè về mới có dịp học. Học được chữ, các chị đọc được tài liệu hướng dẫn trồng hành, nuôi tôm bằng chữ Khmer", Đại đức nói.
Ông Lâm Chính Trung đánh giá: việc các chùa duy trì dạy chữ Khmer hè đã góp phần giữ gìn tiếng nói, chữ viết của đồng bào, đồng thời hỗ trợ xóa mù chữ cho người lớn. Ông đề nghị chính quyền xã Vĩnh Hải, xã Lai Hòa quan tâm hơn nữa, phối hợp với các chùa vận động con em đến lớp đầy đủ.
Theo ghi nhận, tại nhiều chùa, lớp học được chia theo trình độ: lớp 1 học đánh vần, lớp 2, lớp 3 học đọc, viết câu và làm văn ngắn. Phòng học là sala của chùa, bàn ghế do bà con trong phum, sóc đóng góp. Ban quản trị các chùa còn nấu cơm trưa miễn phí cho học viên ở xa. Cuối khóa, học viên sẽ thi để lên lớp, người đạt kết quả cao được nhà chùa khen thưởng.
Ông Thạch Sô Phal, Chủ tịch UBND xã Lai Hòa, cho biết xã đã vận động được 2 doanh nghiệp tặng 400 quyển tập cho các lớp dạy chữ ở 3 chùa trên địa bàn.
Thạch Hoàng
Lượt xem: 642
Tin cùng chuyên mục
- Khai giảng lớp dạy chữ Khmer hè tại Mỹ Xuyên (05/06/2014)
- Trao 200 suất học bổng cho học sinh dân tộc Khmer (22/05/2014)
- Bế giảng lớp tiếng Khmer cho cán bộ, công chức (10/05/2014)
- Ngã Năm: vận động học sinh Khmer bỏ học trở lại trường (28/04/2014)
""", "2014-07-28", "Tặng quà học viên lớp dạy chữ Khmer hè tại các chùa",
E("trao_qua", None, "2014-07-26"),
[P("Lâm Chính Trung", "Phó Trưởng Ban Dân tộc tỉnh", "trưởng đoàn"),
 P("Lý Sa Rươne", "Đại đức", "trụ trì chùa"),
 P("Thạch Sô Phal", "Chủ tịch UBND xã Lai Hòa")],
[Q("6 chùa Phật giáo Nam tông Khmer", 6, "chùa Phật giáo Nam tông Khmer"), Q("100 phần quà", 100, "phần quà"),
 Q("3 triệu đồng", 3000000, "đồng"), Q("trên 62 triệu đồng", 62000000, "đồng", "over"),
 Q("92 chùa", 92, "chùa"), Q("524 lớp dạy chữ Khmer hè", 524, "lớp dạy chữ Khmer hè"),
 Q("hơn 14.600 học viên", 14600, "học viên", "over"), Q("580 sư sãi và giáo viên người Khmer", 580, "sư sãi và giáo viên người Khmer"),
 Q("1,5 triệu đồng", 1500000, "đồng"), Q("8 lớp", 8, "lớp"), Q("265 học viên", 265, "học viên"),
 Q("2 doanh nghiệp", 2, "doanh nghiệp"), Q("400 quyển tập", 400, "quyển tập"), Q("3 chùa", 3, "chùa")],
[D("Hướng dẫn", "17", "HD-SGDĐT", "2014-05-12", "Sở Giáo dục và Đào tạo", "Hướng dẫn số 17/HD-SGDĐT ngày 12/5/2014")],
[prov("Sóc Trăng"), com("Vĩnh Hải"), com("Lai Hòa")],
["Báo Sóc Trăng Online", "Xã hội » Giáo dục", "Lớp học chữ Khmer hè tại chùa Khléang. Ảnh: Thạch Hoàng",
 "chùa Prếk Chotel", "Công ty TNHH Mía đường Sóc Trăng", "Lượt xem: 642"],
["28-07-2014 10:35", "năm 2014", "khoảng 2 tháng", "1 lớp", "trên 30 tuổi", "lớp 1", "lớp 2, lớp 3", "Lượt xem: 642"]))

PAGES.append(page("b6825-kontum-giamsat-xmc-2015", """
HĐND TỈNH KON TUM - Trang thông tin điện tử
Hoạt động giám sát
08:15 | 14/10/2015
Ban Dân tộc HĐND tỉnh giám sát công tác xóa mù chữ tại huyện Kon Plông
Ngày 12/10/2015, Đoàn giám sát của Ban Dân tộc HĐND tỉnh do bà Y Thị Hoa, Trưởng Ban Dân tộc HĐND tỉnh làm trưởng đoàn đã giám sát kết quả thực hiện công tác xóa mù chữ năm 2015 tại huyện Kon Plông, tỉnh Kon Tum.
Cùng tham gia đoàn có ông A Khoa, Phó Trưởng Ban Dân tộc HĐND tỉnh; đại diện Sở Giáo dục và Đào tạo, Ban Dân tộc tỉnh. Tiếp và làm việc với đoàn có ông Đinh Văn Thân, Phó Chủ tịch UBND huyện Kon Plông.
Theo báo cáo của UBND huyện, thực hiện Kế hoạch số 1840/KH-UBND ngày 18/8/2014 của UBND tỉnh về xóa mù chữ giai đoạn 2014 - 2020, từ đầu năm đến nay huyện đã mở 21 lớp xóa mù chữ tại 7 xã với 538 học viên là người Xơ Đăng, Ba Na, Mơ Nâm; 16 lớp đã kết thúc giai đoạn 1. Số người từ 15 đến 35 tuổi biết chữ đạt 91,2%, tăng 3,8% so với năm 2014. Kinh phí thực hiện năm 2015 là 784 triệu đồng, trong đó hỗ trợ giáo viên 420 triệu đồng.
Huyện cũng triển khai Nghị quyết số 07-NQ/HU ngày 10/3/2015 của Huyện ủy về nâng cao chất lượng nguồn nhân lực vùng đồng bào dân tộc thiểu số, giao chỉ tiêu xóa mù chữ cho từng xã và đưa vào tiêu chí đánh giá chi bộ thôn hằng năm.
Đoàn giám sát đến kiểm tra thực tế lớp học tại thôn Vi Chring, xã Hiếu và thôn Măng Krá, xã Đắk Tăng. Tại xã Hiếu, ông A Thiêm, Bí thư Đảng ủy xã, cho biết lớp học có 28 học viên nhưng thường chỉ 18 - 20 người đến lớp do đang mùa thu hoạch lúa rẫy. Giáo viên phải đến tận nhà vận động, có khi học ngay tại chòi rẫy.
Các thành viên đoàn ghi nhận những kết quả huyện đạt được, đồng thời chỉ ra hạn chế: tỷ lệ tái mù chữ còn cao, khoảng 12% học viên sau 2 năm không còn đọc được; chưa có chế độ hỗ trợ học viên; một số xã chưa bố trí phòng học riêng.
Ông Đinh Văn Thân giải trình: huyện có địa bàn rộng, dân cư thưa, nhiều thôn cách trung tâm xã trên 20 km, đường sá đi lại khó khăn vào mùa mưa. Đội ngũ giáo viên dạy xóa mù chữ chủ yếu là giáo viên tiểu học dạy thêm buổi tối, không biết tiếng Xơ Đăng nên việc truyền đạt gặp trở ngại. Huyện kiến nghị tỉnh có cơ chế hợp đồng người địa phương biết chữ làm trợ giảng.
Kết luận buổi giám sát, bà Y Thị Hoa đề nghị UBND huyện tham mưu UBND tỉnh bố trí kinh phí hỗ trợ học viên ít nhất 15.000 đồng/buổi học, tăng cường mở lớp sau xóa mù chữ, gắn việc học chữ với chuyển giao kỹ thuật trồng sâm, nuôi cá tầm để người dân thấy lợi ích thiết thực.
Minh Đức - Văn phòng HĐND tỉnh
Các tin đã đưa
- Thường trực HĐND tỉnh giám sát việc thực hiện Chương trình 135 (02/10/2015)
- Ban Văn hóa - Xã hội giám sát công tác y tế học đường (25/09/2015)
- Kỳ họp thứ 11 HĐND tỉnh khóa X sẽ diễn ra vào tháng 12 (18/09/2015)
""", "2015-10-14", "Ban Dân tộc HĐND tỉnh giám sát công tác xóa mù chữ tại huyện Kon Plông",
E("giam_sat", "2015", "2015-10-12"),
[P("Y Thị Hoa", "Trưởng Ban Dân tộc HĐND tỉnh", "trưởng đoàn"),
 P("A Khoa", "Phó Trưởng Ban Dân tộc HĐND tỉnh"),
 P("Đinh Văn Thân", "Phó Chủ tịch UBND huyện Kon Plông"),
 P("A Thiêm", "Bí thư Đảng ủy xã")],
[Q("21 lớp xóa mù chữ", 21, "lớp xóa mù chữ"), Q("7 xã", 7, "xã"), Q("538 học viên", 538, "học viên"),
 Q("16 lớp", 16, "lớp"), Q("91,2%", 91.2, "%"), Q("3,8%", 3.8, "%"), Q("784 triệu đồng", 784000000, "đồng"),
 Q("420 triệu đồng", 420000000, "đồng"), Q("trên 20 km", 20, "km", "over"), Q("28 học viên", 28, "học viên"), Q("18 - 20 người", 18, "người"),
 Q("khoảng 12%", 12, "%", "approx"), Q("ít nhất 15.000 đồng", 15000, "đồng", "over")],
[D("Kế hoạch", "1840", "KH-UBND", "2014-08-18", "UBND tỉnh", "Kế hoạch số 1840/KH-UBND ngày 18/8/2014"),
 D("Nghị quyết", "07", "NQ/HU", "2015-03-10", "Huyện ủy", "Nghị quyết số 07-NQ/HU ngày 10/3/2015")],
[prov("Kon Tum"), com("Hiếu"), com("Đắk Tăng")],
["HĐND TỈNH KON TUM - Trang thông tin điện tử", "Hoạt động giám sát", "Minh Đức - Văn phòng HĐND tỉnh"],
["08:15 | 14/10/2015", "năm 2015", "năm 2014", "giai đoạn 2014 - 2020", "từ 15 đến 35 tuổi", "giai đoạn 1", "sau 2 năm"]))

PAGES.append(page("b6826-gialai-tiengjrai-hoinghi-2016", """
BÁO GIA LAI
Thời sự | Giáo dục | Dân tộc - Tôn giáo
17/05/2016 - 16:45
Gia Lai: Năm 2016 mở 24 lớp dạy tiếng Jrai, Bahnar cho cán bộ, chiến sĩ
Toàn cảnh hội nghị. Ảnh: Hồng Thi
(GLO) - Sáng 16/5, UBND tỉnh Gia Lai tổ chức hội nghị triển khai kế hoạch dạy tiếng Jrai, tiếng Bahnar cho cán bộ, công chức, viên chức và lực lượng vũ trang năm 2016. Ông Kpă Thuyên, Phó Chủ tịch UBND tỉnh, chủ trì hội nghị.
Theo Kế hoạch số 1465/KH-UBND ngày 22/4/2016 của UBND tỉnh, năm 2016 toàn tỉnh sẽ mở 16 lớp tiếng Jrai và 8 lớp tiếng Bahnar cho khoảng 600 học viên, ưu tiên cán bộ đang công tác ở các xã vùng sâu, vùng xa, công an xã, bộ đội biên phòng và giáo viên mầm non, tiểu học. Mỗi lớp học 4 tháng, tổng kinh phí dự kiến hơn 1,8 tỷ đồng.
Bà Rơ Châm H'Lới, Phó Giám đốc Sở Giáo dục và Đào tạo, cho biết: từ năm 2008 đến nay, tỉnh đã tổ chức 97 lớp với 3.126 học viên được cấp chứng chỉ tiếng Jrai, Bahnar. Qua khảo sát, khoảng 70% học viên sau khi học có thể giao tiếp cơ bản với người dân. Tuy nhiên, tài liệu còn thiếu, nhất là tài liệu giao tiếp theo lĩnh vực công an, y tế; nhiều học viên sau khóa học ít sử dụng nên quên dần.
Tại hội nghị, Đại tá Siu Blơ, Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, đề nghị dành riêng 2 lớp cho cán bộ, chiến sĩ các đồn biên phòng tuyến biên giới Đức Cơ, Ia Grai. Ông Ksor Hin, Chủ tịch UBND xã Ia Dom, huyện Đức Cơ, chia sẻ: xã có 6 làng đồng bào Jrai, cán bộ người Kinh khi xuống làng họp dân rất cần biết tiếng để giải thích chủ trương, chính sách.
Một số đại biểu cho rằng nên tổ chức lớp ngay tại huyện, xã để cán bộ vừa học vừa làm, tránh phải đi lại xa; đồng thời mời người có uy tín, già làng tham gia hướng dẫn thực hành giao tiếp, giúp học viên hiểu phong tục, tập quán của đồng bào. Có ý kiến đề nghị tăng thời lượng luyện nghe, nói thay vì học ngữ pháp.
Ngoài việc dạy tiếng cho cán bộ, ngành giáo dục tỉnh tiếp tục duy trì dạy tiếng Jrai, Bahnar tại 125 trường tiểu học với hơn 11.000 học sinh và mở 38 lớp xóa mù chữ bằng song ngữ cho người lớn tại các làng.
Kết luận hội nghị, ông Kpă Thuyên yêu cầu các sở, ngành cử đúng đối tượng, học viên học xong phải sử dụng được tiếng dân tộc trong công việc; kết quả học tiếng là một tiêu chí đánh giá, bình xét thi đua cuối năm. Ông cũng giao Sở Giáo dục và Đào tạo biên soạn bộ tài liệu giao tiếp tiếng Jrai theo chuyên ngành, hoàn thành trước tháng 9/2016.
Hồng Thi
TIN CÙNG CHUYÊN MỤC
- Chư Sê: bế giảng lớp tiếng Jrai cho 40 cán bộ (10/05/2016)
- Ia Pa xóa mù chữ cho hơn 300 người (29/04/2016)
- Tặng sách song ngữ cho thư viện làng (15/04/2016)
""", "2016-05-17", "Gia Lai: Năm 2016 mở 24 lớp dạy tiếng Jrai, Bahnar cho cán bộ, chiến sĩ",
E("hoi_nghi", "2016", "2016-05-16"),
[P("Kpă Thuyên", "Phó Chủ tịch UBND tỉnh"),
 P("Rơ Châm H'Lới", "Phó Giám đốc Sở Giáo dục và Đào tạo"),
 P("Siu Blơ", "Đại tá", "Phó Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
 P("Ksor Hin", "Chủ tịch UBND xã Ia Dom")],
[Q("24 lớp dạy tiếng Jrai, Bahnar", 24, "lớp dạy tiếng Jrai, Bahnar"), Q("16 lớp tiếng Jrai", 16, "lớp tiếng Jrai"),
 Q("8 lớp tiếng Bahnar", 8, "lớp tiếng Bahnar"), Q("khoảng 600 học viên", 600, "học viên", "approx"),
 Q("hơn 1,8 tỷ đồng", 1800000000, "đồng", "over"), Q("97 lớp", 97, "lớp"), Q("3.126 học viên", 3126, "học viên"),
 Q("khoảng 70%", 70, "%", "approx"), Q("2 lớp", 2, "lớp"), Q("6 làng", 6, "làng"),
 Q("125 trường tiểu học", 125, "trường tiểu học"), Q("hơn 11.000 học sinh", 11000, "học sinh", "over"),
 Q("38 lớp xóa mù chữ", 38, "lớp xóa mù chữ")],
[D("Kế hoạch", "1465", "KH-UBND", "2016-04-22", "UBND tỉnh", "Kế hoạch số 1465/KH-UBND ngày 22/4/2016")],
[prov("Gia Lai"), com("Ia Dom")],
["BÁO GIA LAI", "Thời sự | Giáo dục | Dân tộc - Tôn giáo", "Toàn cảnh hội nghị. Ảnh: Hồng Thi", "(GLO)"],
["17/05/2016 - 16:45", "năm 2016", "4 tháng", "từ năm 2008", "tháng 9/2016"]))
