/**
 * Phrases the generated sentences are built from: the vocabulary of news on
 * Party organization-building work, and of the local reports those articles
 * quote (economy, land, agriculture, schools, health, defence, disasters),
 * so that the search index sees as many distinct words as a real corpus.
 */

const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Verbs that take an object: "tham mưu <object>". */
export const VERBS: string[] = list(`
tham mưu|triển khai|quán triệt|tổ chức thực hiện|rà soát|bổ sung|kiện toàn|sắp xếp|củng cố|nâng cao|đổi mới|hoàn thiện
xây dựng|ban hành|sửa đổi|đánh giá|phân loại|kiểm tra|giám sát|thẩm định|thẩm tra|bố trí|luân chuyển|điều động|bổ nhiệm
giới thiệu|đào tạo|bồi dưỡng|quy hoạch|tinh giản|cơ cấu lại|đẩy mạnh|tăng cường|siết chặt|phát huy|khắc phục|chấn chỉnh
xử lý|giải quyết|tiếp nhận|theo dõi|nắm chắc|đôn đốc|hướng dẫn|phối hợp|tổng kết|sơ kết|thí điểm|nhân rộng|tuyên truyền
phổ biến|cụ thể hóa|thể chế hóa|lãnh đạo|chỉ đạo|quản lý|chuẩn bị|cập nhật|số hóa|chuẩn hóa|hợp nhất|sáp nhập|giải thể
thành lập|điều chỉnh|phân cấp|phân quyền|ủy quyền|kiểm soát|ngăn chặn|đẩy lùi|phòng ngừa|phát hiện|làm rõ|truy cứu
khen thưởng|biểu dương|động viên|khuyến khích|bảo vệ|giữ vững|duy trì|phát triển|mở rộng|thu hút|huy động|khai thác
sử dụng|vận hành|ứng dụng|kết nối|chia sẻ|công khai|minh bạch hóa|lấy ý kiến|thảo luận|biểu quyết|thông qua|phê duyệt
thẩm định lại|rà soát lại|đánh giá lại|kiện toàn lại|sắp xếp lại|bổ sung quy hoạch|xét duyệt|xem xét|cho ý kiến|giao
`);

/** Objects of that work. */
export const OBJECTS: string[] = list(`
công tác cán bộ|công tác quy hoạch cán bộ|đội ngũ cán bộ chủ chốt|tổ chức bộ máy|biên chế|vị trí việc làm
khung tiêu chuẩn chức danh|tiêu chí đánh giá cán bộ|chất lượng sinh hoạt chi bộ|tổ chức cơ sở đảng|đội ngũ đảng viên
công tác phát triển đảng viên|công tác bảo vệ chính trị nội bộ|công tác kiểm tra, giám sát|công tác thi hành kỷ luật đảng
công tác tiếp công dân|đơn thư khiếu nại, tố cáo|công tác dân vận|công tác tuyên giáo|công tác đối ngoại|công tác nội chính
công tác phòng, chống tham nhũng, tiêu cực|công tác thực hành tiết kiệm, chống lãng phí|quy chế làm việc của cấp ủy
quy chế dân chủ ở cơ sở|nguyên tắc tập trung dân chủ|chế độ tự phê bình và phê bình|trách nhiệm nêu gương
trách nhiệm của người đứng đầu|đội ngũ cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số|nguồn cán bộ kế cận
công tác đánh giá, xếp loại chất lượng|hồ sơ đảng viên|thẻ đảng viên|công tác quản lý đảng viên|đảng viên ở nơi cư trú
đảng viên đi làm ăn xa|chi bộ thôn, tổ dân phố|đảng bộ cơ sở|chi bộ trực thuộc|đảng bộ bộ phận|tổ chức đảng trong doanh nghiệp
tổ chức đảng ở doanh nghiệp ngoài khu vực nhà nước|đảng viên là chủ doanh nghiệp tư nhân|cán bộ diện Ban Thường vụ quản lý
danh sách quy hoạch|phương án nhân sự|đề án nhân sự|cơ cấu, số lượng cấp ủy|tiêu chuẩn, điều kiện ứng cử|quy trình giới thiệu nhân sự
hồ sơ nhân sự|kết luận tiêu chuẩn chính trị|lý lịch đảng viên|bản kê khai tài sản, thu nhập|kiểm soát tài sản, thu nhập
cơ sở dữ liệu đảng viên|phần mềm quản lý cơ sở dữ liệu đảng viên|hệ thống văn bản điện tử|sổ tay đảng viên điện tử
văn kiện đại hội|báo cáo chính trị|báo cáo kiểm điểm của Ban Chấp hành|dự thảo văn kiện|chương trình hành động
kế hoạch thực hiện|lộ trình sắp xếp|phương án sắp xếp đơn vị hành chính|mô hình chính quyền địa phương hai cấp
đơn vị hành chính cấp huyện, cấp xã|thôn, tổ dân phố|cán bộ, công chức cấp xã|người hoạt động không chuyên trách
chế độ, chính sách đối với cán bộ dôi dư|chính sách thu hút, trọng dụng nhân tài|chính sách đối với cán bộ nghỉ hưu trước tuổi
chế độ phụ cấp cấp ủy|công tác thi tuyển chức danh lãnh đạo|công tác tuyển dụng công chức|kỳ thi nâng ngạch|ngạch, bậc công chức
đề án vị trí việc làm|bản mô tả công việc|khung năng lực|danh mục vị trí việc làm|định mức biên chế|quỹ lương
hệ thống chính trị ở cơ sở|Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội|hội đặc thù|đơn vị sự nghiệp công lập
cơ chế tự chủ tài chính|năng lực lãnh đạo và sức chiến đấu|phương thức lãnh đạo của Đảng|mối quan hệ mật thiết với Nhân dân
niềm tin của Nhân dân|khối đại đoàn kết toàn dân tộc|nền tảng tư tưởng của Đảng|Cương lĩnh, đường lối của Đảng
Điều lệ Đảng|Quy chế bầu cử trong Đảng|quy định về những điều đảng viên không được làm|chuẩn mực đạo đức cách mạng
phong cách làm việc|lề lối làm việc|kỷ luật, kỷ cương hành chính|văn hóa công vụ|đạo đức công vụ|cải cách hành chính
cải cách thủ tục hành chính|chỉ số cải cách hành chính|chỉ số năng lực cạnh tranh cấp tỉnh|chỉ số hài lòng của người dân
dịch vụ công trực tuyến|bộ phận một cửa|chính quyền điện tử|chính quyền số|chuyển đổi số|hạ tầng số|dữ liệu dân cư
Đề án 06|căn cước công dân|định danh điện tử|kinh tế số|xã hội số|công dân số|chữ ký số|trục liên thông văn bản
phát triển kinh tế - xã hội|thu ngân sách nhà nước|giải ngân vốn đầu tư công|công tác giải phóng mặt bằng|quản lý đất đai
quản lý tài nguyên, khoáng sản|bảo vệ môi trường|ứng phó với biến đổi khí hậu|phòng, chống thiên tai|tìm kiếm cứu nạn
xây dựng nông thôn mới|nông thôn mới nâng cao|đô thị văn minh|chương trình mỗi xã một sản phẩm|chương trình mục tiêu quốc gia
giảm nghèo bền vững|xóa nhà tạm, nhà dột nát|an sinh xã hội|bảo hiểm xã hội|bảo hiểm y tế|giải quyết việc làm
đào tạo nghề cho lao động nông thôn|xuất khẩu lao động|chăm sóc sức khỏe Nhân dân|y tế cơ sở|trạm y tế xã|giáo dục mầm non
giáo dục phổ thông|chương trình giáo dục phổ thông mới|trường đạt chuẩn quốc gia|phổ cập giáo dục|xóa mù chữ
phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”|thiết chế văn hóa cơ sở|di tích lịch sử - văn hóa|lễ hội truyền thống
bản sắc văn hóa dân tộc|công tác dân tộc, tôn giáo|đồng bào dân tộc thiểu số|người có uy tín trong đồng bào|vùng đồng bào dân tộc thiểu số và miền núi
nhiệm vụ quốc phòng, an ninh|thế trận quốc phòng toàn dân|thế trận an ninh nhân dân|khu vực phòng thủ|lực lượng dân quân tự vệ
công an chính quy về xã|an ninh chính trị, trật tự an toàn xã hội|phòng, chống tội phạm|tệ nạn xã hội|an toàn giao thông
phòng cháy, chữa cháy|phòng, chống dịch bệnh|tiêm chủng vắc-xin|chủ quyền biển, đảo|biên giới quốc gia|cột mốc biên giới
hợp tác quốc tế|công tác người Việt Nam ở nước ngoài|hội nhập kinh tế quốc tế|môi trường đầu tư, kinh doanh|doanh nghiệp nhỏ và vừa
kinh tế tập thể, hợp tác xã|kinh tế tư nhân|khu công nghiệp, cụm công nghiệp|kết cấu hạ tầng giao thông|tuyến cao tốc
cảng biển|sân bay|lưới điện nông thôn|công trình thủy lợi|hồ chứa nước|nước sạch nông thôn|vệ sinh môi trường
chất thải rắn sinh hoạt|rác thải nhựa|quy hoạch tỉnh|quy hoạch sử dụng đất|quy hoạch chung đô thị|dự án trọng điểm
dự án chậm tiến độ|tài sản công|nhà, đất công|đất công ích|đất rừng|rừng phòng hộ|trồng rừng|giao đất, giao rừng
du lịch cộng đồng|du lịch sinh thái|sản phẩm OCOP|cây công nghiệp|vùng nguyên liệu|chuỗi giá trị nông sản|tái cơ cấu ngành nông nghiệp
nông nghiệp công nghệ cao|nông nghiệp hữu cơ|kinh tế biển|khai thác hải sản|chống khai thác IUU|nuôi trồng thủy sản
dịch tả lợn châu Phi|bệnh viêm da nổi cục|hạn hán, xâm nhập mặn|sạt lở bờ sông|lũ quét, sạt lở đất|khắc phục hậu quả mưa lũ
công tác thông tin, tuyên truyền|định hướng dư luận xã hội|đấu tranh phản bác các quan điểm sai trái, thù địch
“tự diễn biến”, “tự chuyển hóa”|suy thoái về tư tưởng chính trị, đạo đức, lối sống|tình trạng né tránh, đùn đẩy, sợ trách nhiệm
chạy chức, chạy quyền|lợi ích nhóm|cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm|tinh thần đoàn kết, thống nhất
học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh|giải thưởng Búa liềm vàng|Huy hiệu Đảng|lớp bồi dưỡng nhận thức về Đảng
lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới|chương trình trung cấp lý luận chính trị|cao cấp lý luận chính trị
trung tâm chính trị cấp huyện|trường chính trị tỉnh|giáo trình, tài liệu|công tác nghiên cứu khoa học|tổng kết thực tiễn
ngành Tổ chức xây dựng Đảng|truyền thống ngành Tổ chức xây dựng Đảng|cơ quan tham mưu của cấp ủy|vụ, cục, đơn vị
đoàn công tác|đoàn kiểm tra|đoàn giám sát|tổ công tác|ban chỉ đạo|tiểu ban nhân sự|tiểu ban văn kiện|tiểu ban điều lệ
đại hội điểm|đại hội chi bộ|đại hội đảng bộ cơ sở|đại hội đảng bộ cấp trên cơ sở|đại hội đảng bộ tỉnh|cuộc bầu cử
công tác nhân sự đại biểu Quốc hội|đại biểu Hội đồng nhân dân các cấp|tổ bầu cử|danh sách cử tri|hội nghị hiệp thương
`);

export const ADVERBS: string[] = list(`
nghiêm túc|kịp thời|đồng bộ|quyết liệt|hiệu quả|chặt chẽ|thận trọng|khách quan|dân chủ|công khai|minh bạch|đúng quy định
đúng quy trình|đúng thẩm quyền|bài bản|khoa học|chủ động|tích cực|sáng tạo|linh hoạt|thực chất|toàn diện|sâu rộng|thường xuyên
liên tục|có trọng tâm, trọng điểm|có lộ trình|từng bước|kiên quyết|kiên trì|sát sao|cụ thể|rõ ràng|nhất quán|công tâm
khẩn trương|nhanh chóng|đúng tiến độ|bảo đảm chất lượng|thiết thực|hiệu lực, hiệu quả|nền nếp|chu đáo|an toàn|tiết kiệm
`);

export const PURPOSES: string[] = list(`
góp phần nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng
góp phần xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh
góp phần thực hiện thắng lợi nghị quyết đại hội đảng bộ các cấp
nhằm tạo sự chuyển biến rõ nét về nhận thức và hành động
bảo đảm sự lãnh đạo thống nhất của cấp ủy
tạo sự đồng thuận cao trong cán bộ, đảng viên và Nhân dân
củng cố niềm tin của Nhân dân đối với Đảng
đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới
tạo nguồn cán bộ cho nhiệm kỳ tới
không để xảy ra tình trạng hụt hẫng, thiếu cán bộ
không để lọt những người không đủ tiêu chuẩn
không bỏ sót những cán bộ thật sự có đức, có tài
phát huy trí tuệ tập thể
kịp thời phát hiện, chấn chỉnh những sai sót ngay từ cơ sở
tạo chuyển biến rõ nét trong thực hiện nhiệm vụ chính trị của địa phương
giữ vững ổn định chính trị ở cơ sở
nâng cao chất lượng, hiệu quả hoạt động của hệ thống chính trị
phục vụ tốt người dân và doanh nghiệp
tiết kiệm chi thường xuyên
tinh gọn đầu mối, giảm cấp trung gian
phù hợp với điều kiện thực tế của địa phương
bảo đảm đúng nguyên tắc, quy định của Đảng
tạo khí thế thi đua sôi nổi trong toàn Đảng bộ
hướng tới kỷ niệm các ngày lễ lớn của đất nước
chào mừng đại hội đảng bộ các cấp
làm cơ sở cho việc bố trí, sử dụng cán bộ
tránh hình thức, chiếu lệ
khắc phục tình trạng nể nang, né tránh
đáp ứng yêu cầu phát triển kinh tế - xã hội
bảo đảm quốc phòng, an ninh trên địa bàn
`);

export const PERIODS: string[] = list(`
6 tháng đầu năm|6 tháng cuối năm|9 tháng đầu năm|3 tháng cuối năm|quý I|quý II|quý III|quý IV|năm|tháng 1|tháng 2
tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12|giai đoạn 2021-2025|giai đoạn 2016-2020
`);

export const RESULTS: string[] = list(`
đạt được nhiều kết quả quan trọng|có chuyển biến tích cực|cơ bản hoàn thành các chỉ tiêu đề ra|vượt kế hoạch đề ra
được thực hiện nghiêm túc, đúng quy định|từng bước đi vào nền nếp|được cấp ủy các cấp quan tâm lãnh đạo, chỉ đạo
tạo được sự đồng thuận trong cán bộ, đảng viên|được dư luận đánh giá cao|bảo đảm tiến độ và chất lượng
có nhiều đổi mới, sáng tạo|tiếp tục được củng cố, kiện toàn|có bước tiến rõ rệt|đạt tỷ lệ cao so với cùng kỳ
`);

export const LIMITS: string[] = list(`
một số cấp ủy chưa thật sự quan tâm|việc triển khai ở một số nơi còn chậm|chất lượng sinh hoạt chi bộ ở một số nơi chưa cao
công tác phát triển đảng viên ở vùng khó khăn còn hạn chế|một bộ phận cán bộ còn né tránh, ngại va chạm
việc xử lý đơn thư còn kéo dài|công tác phối hợp giữa các cơ quan có lúc chưa chặt chẽ|một số chỉ tiêu chưa đạt kế hoạch
tình trạng thiếu cán bộ chuyên môn ở cơ sở chưa được khắc phục|hạ tầng công nghệ thông tin chưa đồng bộ
việc cập nhật dữ liệu đảng viên chưa kịp thời|một số tổ chức cơ sở đảng hoạt động còn hình thức
đội ngũ cán bộ làm công tác tổ chức ở cơ sở còn kiêm nhiệm nhiều việc|nguồn lực đầu tư còn hạn chế
công tác tham mưu có việc chưa kịp thời|việc sắp xếp cán bộ dôi dư còn nhiều khó khăn
`);

export const ACTORS_GENERIC: string[] = list(`
Ban Thường vụ Tỉnh ủy|Thường trực Tỉnh ủy|Ban Chấp hành Đảng bộ tỉnh|Ban Tổ chức Tỉnh ủy|Ủy ban Kiểm tra Tỉnh ủy
Ban Tuyên giáo Tỉnh ủy|Ban Dân vận Tỉnh ủy|Ban Nội chính Tỉnh ủy|Văn phòng Tỉnh ủy|Đảng ủy Khối các cơ quan tỉnh
Đảng ủy Khối doanh nghiệp tỉnh|Ban Thường vụ Huyện ủy|Ban Tổ chức Huyện ủy|Ủy ban Kiểm tra Huyện ủy|Đảng ủy xã|Đảng ủy phường
Ủy ban nhân dân tỉnh|Hội đồng nhân dân tỉnh|Sở Nội vụ|Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh|Tỉnh đoàn|Hội Liên hiệp Phụ nữ tỉnh
Hội Nông dân tỉnh|Hội Cựu chiến binh tỉnh|Liên đoàn Lao động tỉnh|Bộ Chỉ huy Quân sự tỉnh|Công an tỉnh|Trường Chính trị tỉnh
các cấp ủy, tổ chức đảng|các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc|các sở, ban, ngành, đoàn thể|cấp ủy các cấp
`);

export const ACTORS_CENTRAL: string[] = list(`
Ban Tổ chức Trung ương|Ủy ban Kiểm tra Trung ương|Ban Tuyên giáo Trung ương|Ban Dân vận Trung ương|Ban Nội chính Trung ương
Ban Kinh tế Trung ương|Ban Đối ngoại Trung ương|Văn phòng Trung ương Đảng|Đảng ủy Khối các cơ quan Trung ương
Đảng ủy Khối doanh nghiệp Trung ương|Bộ Nội vụ|Học viện Chính trị quốc gia Hồ Chí Minh|Ban Công tác đại biểu
Quân ủy Trung ương|Đảng ủy Công an Trung ương|Tổng cục Chính trị Quân đội nhân dân Việt Nam|Hội đồng Lý luận Trung ương
`);

/** Kinds of gatherings, as headlines and lead sentences name them. */
export const EVENTS: string[] = list(`
hội nghị giao ban công tác tổ chức xây dựng Đảng|hội nghị sơ kết công tác tổ chức xây dựng Đảng|hội nghị tổng kết công tác xây dựng Đảng
hội nghị quán triệt, triển khai|hội nghị cán bộ chủ chốt|hội nghị trực tuyến toàn quốc|hội nghị Ban Chấp hành Đảng bộ
hội nghị công bố quyết định về công tác cán bộ|hội nghị trao quyết định nhân sự|kỳ họp Ủy ban Kiểm tra|hội nghị giao ban công tác kiểm tra, giám sát
hội nghị trưởng ban tổ chức cấp ủy|hội nghị lấy ý kiến về nhân sự|hội nghị học tập, quán triệt nghị quyết|lễ trao Huy hiệu Đảng
buổi gặp mặt cán bộ hưu trí ngành Tổ chức xây dựng Đảng|hội thảo khoa học|tọa đàm|hội nghị đối thoại|lễ kỷ niệm ngày truyền thống ngành
hội nghị tập huấn nghiệp vụ công tác tổ chức|hội nghị chuyên đề về công tác cán bộ|phiên họp Ban Chỉ đạo|đại hội đại biểu Đảng bộ
hội nghị triển khai nhiệm vụ năm|hội nghị sơ kết thí điểm|lễ công bố nghị quyết sáp nhập|hội nghị điển hình tiên tiến
`);

/** Places where meetings happen. */
export const VENUES: string[] = list(`
tại Hà Nội|tại trụ sở Tỉnh ủy|tại Hội trường Tỉnh ủy|tại Trung tâm Hội nghị tỉnh|tại trụ sở Ban Tổ chức Trung ương
tại Nhà Quốc hội|tại Trung tâm Hội nghị Quốc gia|tại Hội trường Huyện ủy|tại trụ sở Cơ quan Ban Tổ chức Tỉnh ủy|tại Hội trường UBND tỉnh
`);

/** Statistics phrases: "<n> <unit>". */
export const COUNT_UNITS: string[] = list(`
đảng viên|tổ chức cơ sở đảng|chi bộ|đảng bộ cơ sở|tổ chức đảng|cán bộ|công chức|viên chức|đơn thư|vụ việc|cuộc kiểm tra
cuộc giám sát|đoàn công tác|lớp bồi dưỡng|học viên|đề án|văn bản|quyết định|hồ sơ|trường hợp|đơn vị hành chính cấp xã
thôn, tổ dân phố|cơ quan, đơn vị|doanh nghiệp|hộ gia đình|hộ nghèo|người có uy tín|quần chúng ưu tú|điểm cầu|đại biểu
`);

export const DISCIPLINE: string[] = list(`
khiển trách|cảnh cáo|cách chức|khai trừ ra khỏi Đảng|đình chỉ sinh hoạt đảng|xóa tên khỏi danh sách đảng viên
`);

export const ETHNIC_GROUPS: string[] = list(`
Tày|Thái|Mường|Khmer|Hoa|Nùng|Mông|Dao|Gia Rai|Ê Đê|Ba Na|Sán Chay|Chăm|Cơ Ho|Xơ Đăng|Sán Dìu|Hrê|Ra Glai|Mnông|Thổ
Stiêng|Khơ Mú|Bru - Vân Kiều|Cơ Tu|Giáy|Tà Ôi|Mạ|Giẻ Triêng|Co|Chơ Ro|Xinh Mun|Hà Nhì|Chu Ru|Lào|La Chí|Kháng|Phù Lá
`);

export const CROPS: string[] = list(`
lúa|ngô|sắn|cà phê|hồ tiêu|cao su|điều|chè|mía|thanh long|sầu riêng|bưởi|cam|vải thiều|nhãn|xoài|chuối|dừa|mắc ca
quế|hồi|sâm Ngọc Linh|dược liệu|rau an toàn|hoa, cây cảnh|tôm|cá tra|bò sữa|lợn|gà|keo lai|thông|tràm
`);

/** Sentences about the economy of a locality, with a slot for a number. */
export const ECONOMY_TEMPLATES: string[] = list(`
Tốc độ tăng trưởng kinh tế (GRDP) ước đạt {pct}%, thu nhập bình quân đầu người đạt {money} triệu đồng/năm.
Tổng thu ngân sách nhà nước trên địa bàn ước đạt {big} tỷ đồng, bằng {pct2}% dự toán.
Giá trị sản xuất nông nghiệp tăng {pct}%; diện tích {crop} toàn tỉnh đạt {big} ha, sản lượng tăng so với cùng kỳ.
Tỷ lệ hộ nghèo giảm còn {pct}%; {n} xã đạt chuẩn nông thôn mới, {m} xã đạt chuẩn nông thôn mới nâng cao.
Toàn tỉnh thu hút {n} dự án đầu tư mới với tổng vốn đăng ký {big} tỷ đồng; giải ngân vốn đầu tư công đạt {pct2}% kế hoạch.
Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt {pct2}%, chỉ số PCI tăng {n} bậc so với năm trước.
Đã hỗ trợ xây mới, sửa chữa {n} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn, trong đó có nhiều hộ đồng bào {ethnic}.
Mưa lũ làm {n} ngôi nhà bị hư hỏng, {big} ha {crop} bị ngập úng; cấp ủy, chính quyền đã kịp thời hỗ trợ người dân khắc phục hậu quả.
Tỷ lệ trường đạt chuẩn quốc gia đạt {pct2}%; tỷ lệ người dân tham gia bảo hiểm y tế đạt {pct2}%.
Chương trình OCOP có {n} sản phẩm đạt từ 3 sao trở lên, trong đó nhiều sản phẩm từ {crop} được thị trường ưa chuộng.
`);
