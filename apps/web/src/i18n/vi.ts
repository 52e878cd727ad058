/**
 * Bản tiếng Việt của catalog: cùng các khóa như en.ts. Thuật ngữ kỹ thuật (cookie, token,
 * localStorage, HttpOnly…) giữ nguyên tiếng Anh, như cách dân lập trình Việt Nam vẫn dùng.
 */
import type { MessageKey } from './en.ts';

export const vi: Readonly<Record<MessageKey, string>> = {
  'app.tagline': 'Xác thực bằng session và bằng JWT, đặt cạnh nhau, trên máy chủ thật',
  'app.skipToContent': 'Bỏ qua, vào phòng thí nghiệm',
  'app.footer':
    'Mọi thứ ở đây chạy trên hai API cục bộ. Token được giải mã ngay trong trang này và không bao giờ bị gửi đi nơi khác. Lab view và đồng hồ máy chủ chỉ có ở môi trường phát triển.',

  'language.label': 'Ngôn ngữ',
  'language.en': 'English',
  'language.vi': 'Tiếng Việt',

  'common.close': 'Đóng',
  'common.loading': 'Đang tải…',
  'common.yes': 'có',
  'common.no': 'không',
  'common.recommended': 'khuyên dùng',
  'common.unsafe': 'không an toàn, chỉ để so sánh',

  'side.session.title': 'Session',
  'side.session.subtitle':
    'session-api · trình duyệt chỉ giữ một id ngẫu nhiên trong cookie HttpOnly',
  'side.jwt.title': 'JWT',
  'side.jwt.subtitle': 'jwt-api · access token có chữ ký do trang tự gửi, kèm một refresh token',

  'health.checking': 'đang kiểm tra API…',
  'health.up': 'API đang chạy (store {store})',
  'health.degraded': 'API chạy, nhưng store {store} không dùng được',
  'health.down': 'Không kết nối được API',
  'health.downTitle.session': 'Session API không trả lời.',
  'health.downTitle.jwt': 'JWT API không trả lời.',
  'health.degradedTitle': 'API có trả lời, nhưng store của nó không dùng được (503).',
  'health.downBody':
    'Trang gọi API qua {prefix} (proxy của web app). Hãy khởi động API rồi thử lại:',
  'health.startCommand.session': 'pnpm --filter @authlab/session-api dev',
  'health.startCommand.jwt': 'pnpm --filter @authlab/jwt-api dev',
  'health.retry': 'Kiểm tra lại',

  'login.legend': 'Thông tin đăng nhập',
  'login.email': 'Email',
  'login.password': 'Mật khẩu',
  'login.demoUsers': 'Người dùng mẫu (bấm để điền):',
  'login.role.admin': 'quản trị',
  'login.role.user': 'người dùng',
  'login.disabled': 'đã bị khóa',

  'scenario.barTitle': 'Kịch bản',
  'scenario.legend': 'Kịch bản',
  'scenario.runBoth': 'Chạy cả hai',
  'scenario.runSession': 'Chỉ Session',
  'scenario.runJwt': 'Chỉ JWT',
  'scenario.login.label': 'Đăng nhập',
  'scenario.login.description':
    'Đăng nhập bằng thông tin bên trái. Session API lưu phiên đăng nhập và đặt cookie; JWT API ký token.',
  'scenario.login.hint': 'Phía JWT giữ token theo lựa chọn ở mục “Nơi giữ token”.',
  'scenario.protected-request.label': 'Yêu cầu được bảo vệ',
  'scenario.protected-request.description':
    'GET /users: trình duyệt tự gửi cookie; trang tự gắn access token. Người không phải admin nhận 403.',
  'scenario.protected-request.hint':
    'Nếu phía này chưa đăng nhập thì đăng nhập trước (phần chuẩn bị).',
  'scenario.token-refresh.label': 'Làm mới token',
  'scenario.token-refresh.description':
    'Đồng hồ máy chủ nhảy 16 phút: access token đã hết hạn, interceptor làm mới một lần rồi gửi lại yêu cầu. Phía session chỉ việc gia hạn.',
  'scenario.logout.label': 'Đăng xuất',
  'scenario.logout.description':
    'Đăng xuất, rồi gửi lại bản sao của thông tin xác thực cũ, như kẻ đã sao chép nó sẽ làm.',
  'scenario.revocation.label': 'Thu hồi',
  'scenario.revocation.description':
    'John (admin) chấm dứt các phiên của Jane từ trình duyệt của anh ấy, và yêu cầu kế tiếp của Jane bị từ chối — hoặc một token bị dùng lại sau khi đăng xuất.',
  'scenario.expiry.label': 'Hết hạn',
  'scenario.expiry.description':
    'Đồng hồ máy chủ được vặn tới thay vì phải chờ: hết hạn do không hoạt động và hết hạn tuyệt đối cho session; làm mới chủ động và hết hạn họ refresh token cho JWT. Sau đó đặt lại về 0.',
  'scenario.expiry.hint':
    'Mất vài giây: phần chuẩn bị giữ session và refresh token sống qua nhiều ngày.',

  'logout.modeLegend': 'Cách đăng xuất (phía JWT)',
  'logout.mode.server':
    'Đăng xuất trên máy chủ: đưa token vào danh sách chặn, thu hồi họ refresh token',
  'logout.mode.clientOnly': 'Cách của tài liệu: chỉ xóa token ở trình duyệt, không báo cho ai',
  'logout.clientOnlyWarning':
    'Máy chủ không biết gì: bản sao access token vẫn dùng được cho tới khi hết hạn, và refresh cookie vẫn nằm trong kho cookie.',

  'revocation.legend': 'Thu hồi',
  'revocation.variant.end-sessions': 'Admin chấm dứt các phiên của Jane',
  'revocation.variant.disable-account': 'Admin khóa tài khoản của Jane (mở lại sau đó)',
  'revocation.variant.replay-after-logout': 'Dùng lại token sau khi đăng xuất',
  'revocation.setupNote':
    'Chuẩn bị: Jane đăng nhập trên trình duyệt này, John trên admin console (trình duyệt riêng, cookie riêng).',

  'refresh.legend': 'Số yêu cầu',
  'refresh.concurrent': 'Gửi {count} yêu cầu cùng lúc',
  'refresh.note': 'Tất cả cùng nhận 401, nhưng chỉ gây ra đúng một lần POST /refresh.',

  'storageMode.legend': 'Nơi giữ token',
  'storageMode.memory': 'Access token trong bộ nhớ, refresh token trong cookie HttpOnly',
  'storageMode.localStorage': 'Cách của tài liệu: cả hai token trong localStorage',
  'storageMode.warning':
    'Bất kỳ script nào trên trang — một lỗi XSS, một thư viện bị chiếm quyền — đều đọc được cả hai token trong localStorage và dùng refresh token ở nơi khác trong nhiều ngày.',

  'sequence.title': 'Các bước',
  'sequence.empty': 'Chạy một kịch bản để xem các bước sáng lên ở đây.',
  'sequence.steps': 'Các bước của luồng',
  'sequence.controls': 'Đi qua từng bước',
  'sequence.first': 'Đầu',
  'sequence.back': 'Lùi',
  'sequence.forward': 'Tiếp',
  'sequence.last': 'Cuối',
  'sequence.autoplay': 'Tự chạy',
  'sequence.pause': 'Tạm dừng',
  'sequence.position': 'Sự kiện {current} / {total}',
  'sequence.noEvents': 'Chưa có sự kiện',
  'sequence.documentsMode': 'cách của tài liệu',
  'sequence.setup': 'Chuẩn bị trước luồng ({count} sự kiện)',
  'sequence.setupBadge': 'chuẩn bị',
  'sequence.extras': 'Cũng đã xảy ra, ngoài các bước của luồng ({count})',
  'sequence.exchanges': 'Các yêu cầu HTTP của lần chạy ({count})',
  'sequence.clockMoved': 'Đồng hồ máy chủ đặt thành {offset} (chỉ trong lab)',

  'lane.browser': 'Trình duyệt',
  'lane.api': 'API',
  'lane.store': 'Store / CSDL',

  'step.state.ok': 'xong',
  'step.state.failed': 'bị từ chối',
  'step.state.pending': 'chưa tới',
  'step.state.skipped': 'không tới được',
  'step.side.browser': 'trang',
  'step.side.server': 'máy chủ',
  'step.side.store': 'store',
  'step.side.attacker': 'kẻ tấn công',

  'eventNote.httponly-replay':
    'Trang này không thể gửi lại cookie cũ: HttpOnly giấu nó khỏi JavaScript, và khi đăng xuất trình duyệt đã xóa nó, nên không có cookie nào được gửi (desc="absent"). Bản sao trong tay kẻ trộm sẽ tới được store và không tìm thấy gì (desc="missing").',
  'eventNote.refresh-token-in-body':
    'Cách của tài liệu: trang đọc refresh token từ localStorage và gửi nó trong JSON ({refresh_token}); không dùng cookie nào.',

  'stepDialog.id': 'Mã bước',
  'stepDialog.state': 'Điều đã xảy ra',
  'stepDialog.why': 'Vì sao',
  'stepDialog.correction': 'Đính chính tài liệu',
  'stepDialog.effects': 'Trạng thái bị tác động',
  'stepDialog.noExchange': 'Bước này không gửi và cũng không trả lời yêu cầu nào.',

  'effect.gains': 'thêm',
  'effect.changes': 'đổi',
  'effect.loses': 'mất',
  'effect.reads': 'được đọc:',

  'storage.server-store': 'Session store',
  'storage.cookie-jar': 'Kho cookie',
  'storage.local-storage': 'localStorage',
  'storage.memory': 'Bộ nhớ của trang',
  'storage.header': 'Header HTTP',
  'storage.users-db': 'CSDL người dùng',
  'storage.revocation-store': 'Store thu hồi',

  'exchange.request': 'Yêu cầu',
  'exchange.response': 'Phản hồi',
  'exchange.requestHeaders': 'Header của yêu cầu',
  'exchange.responseHeaders': 'Header của phản hồi',
  'exchange.requestBody': 'Nội dung yêu cầu',
  'exchange.responseBody': 'Nội dung phản hồi',
  'exchange.addedByBrowser': 'do trình duyệt thêm vào',
  'exchange.cookieSentByBrowser':
    'do trình duyệt gửi; trang không đọc được (giá trị như lab view đã thấy)',
  'exchange.hiddenValue': '<ẩn>',
  'exchange.setCookieHidden': 'Trình duyệt giấu Set-Cookie khỏi JavaScript; dựng lại từ lab view',
  'exchange.noSetCookieSeen':
    'Set-Cookie: không thấy. Trình duyệt giấu Set-Cookie khỏi JavaScript; lab view không thấy kho cookie thay đổi.',
  'exchange.noAnswer': 'không có phản hồi',
  'exchange.trace': 'Server-Timing: các bước máy chủ báo lại',
  'exchange.traceStep': 'bước',
  'exchange.traceDuration': 'thời gian',
  'exchange.traceOutcome': 'desc',

  'run.running': 'Đang chạy…',
  'run.error.refresh_refused':
    'Làm mới bị từ chối: phiên đăng nhập đã kết thúc, hãy đăng nhập lại.',
  'run.error.api_unreachable': 'API không trả lời. API có đang chạy không?',
  'run.error.setup_failed':
    'Phần chuẩn bị mà luồng này cần đã không thành công (đăng nhập bị từ chối?). Xem các yêu cầu bên dưới.',
  'run.error.unexpected':
    'Đã có lỗi ngoài dự kiến; các yêu cầu bên dưới cho thấy nó đã chạy tới đâu.',

  'state.title': 'Trạng thái nằm ở đâu',
  'state.browserSide': 'Trong trình duyệt',
  'state.serverSide': 'Trên máy chủ',
  'state.cookieJar': 'Kho cookie',
  'state.empty': 'trống',
  'state.cookieValueHidden': '<ẩn>',
  'state.pageCannotRead': 'HttpOnly: trang không đọc được cookie này',
  'state.cookieFromLabView': 'Như lab view của API thấy trong header Cookie.',
  'state.cookieInferred':
    'Trang không thể thấy nó ở đâu cả: chỉ được gửi tới Path của nó. Hiển thị theo lần đăng nhập hoặc làm mới gần nhất.',
  'state.adminConsole': 'admin console',
  'state.localStorageReadable':
    'Mọi script trên trang này đều đọc được, và vẫn còn sau khi tải lại trang.',
  'state.memory': 'Biến trong bộ nhớ',
  'state.nothingInMemory': 'không có gì',
  'state.memoryNote': 'Mất khi tải lại trang hoặc mở tab mới.',
  'state.authorizationHeader': 'Header Authorization đang gửi đi',
  'state.noAuthorization': 'yêu cầu gần nhất không có',
  'state.serverClock': 'Giờ máy chủ',
  'state.storeKind': 'store {kind}',
  'state.labModes': 'lab mode có lỗ hổng đang bật: {modes}',
  'state.sessionStore': 'Session store ({count})',
  'state.noSessions': 'không có session nào',
  'state.sessionId': 'id',
  'state.lastSeen': 'lần cuối thấy',
  'state.idleExpires': 'hạn không hoạt động',
  'state.absoluteExpires': 'hạn tuyệt đối',
  'state.sessionState': 'Trạng thái session',
  'state.noSessionState':
    'Không có: JWT API không giữ session. Thứ nó có giữ là trạng thái thu hồi bên dưới.',
  'state.denylist': 'Danh sách thu hồi: các jti bị chặn ({count})',
  'state.refreshFamilies': 'Các họ refresh token ({count})',
  'state.credentialFloors': 'Mức ver tối thiểu ({count})',
  'state.floorVersion': 'từ chối ver nhỏ hơn',
  'state.floorsNote':
    'Được nâng khi đăng xuất mọi nơi, đổi mật khẩu hoặc vô hiệu hoá người dùng: mọi access token của người đó có ver nhỏ hơn đều bị từ chối, kiểm tra trong cùng một lần tra cứu store với danh sách thu hồi. Chỉ cần giữ trong một vòng đời access token: sau đó mọi token cũ hơn đều đã hết hạn.',
  'state.failClosed.store-epoch':
    'An toàn khi mất dữ liệu: store trong bộ nhớ này từ chối mọi token phát hành trước {since} (lúc nó khởi động, hoặc lúc giới hạn kích thước buộc nó bỏ một mục còn hiệu lực). Khởi động lại thì mọi người phải đăng nhập lại, chứ không bao giờ làm sống lại một token đã đăng xuất.',
  'state.failClosed.family-record':
    'An toàn khi mất dữ liệu: token chỉ được chấp nhận khi họ refresh token của nó còn được ghi trong Redis. Nếu Redis khởi động lại trống hoặc bị xoá sạch, mọi token đều bị từ chối và mọi người đăng nhập lại, giống như khi mất session.',
  'state.listTruncated': 'đang hiện {count} mục đầu; store còn nhiều hơn',
  'state.family': 'họ',
  'state.currentJti': 'jti hiện tại',
  'state.familyHistory': 'lịch sử xoay vòng',
  'state.rotations': 'số lần xoay vòng',
  'state.familyStatus': 'tình trạng',
  'state.revoked': 'đã thu hồi',
  'state.live': 'còn hiệu lực',
  'state.until': 'tới',
  'state.moreEntries': 'Xem thêm {count} mục (lần đăng nhập khác, tab khác)',
  'state.thisBrowsersSession': 'session của trình duyệt này',
  'state.adminConsolesSession': 'session của admin console',
  'state.thisLoginsFamily': 'lần đăng nhập của trang này',
  'state.delivery': 'gửi qua',
  'state.signingKeys': 'Khóa ký ({count})',
  'state.keyKind.symmetric': 'bí mật dùng chung (HMAC): ai kiểm tra được thì cũng ký được',
  'state.keyKind.asymmetric': 'cặp khóa: nửa công khai để kiểm tra, chỉ API mới ký được',
  'state.keyCurrent': 'dùng để ký token mới',
  'state.keysNote':
    'Mọi instance của API đều cần các khóa này để kiểm tra token: thứ duy nhất một JWT API không trạng thái buộc phải chia sẻ.',
  'state.usersRow': 'Dòng trong bảng users',
  'state.noUser': 'chưa ai đăng nhập',
  'state.labUnavailable': 'Không có lab view (API không chạy, hoặc không ở chế độ phát triển).',

  'token.title': 'Giải phẫu token',
  'token.accessToken': 'Access token',
  'token.refreshTokenReadable': 'Refresh token (đọc được từ localStorage!)',
  'token.none': 'Trang hiện không giữ access token nào. Hãy đăng nhập ở phía JWT.',
  'token.size':
    'Kích thước: {token} byte trên mỗi yêu cầu — cookie của session chiếm {cookie} byte.',
  'token.header': 'Header',
  'token.payload': 'Payload',
  'token.signature': 'Chữ ký',
  'token.headerExplained': 'thuật toán nào đã ký, và đây là loại token gì',
  'token.payloadExplained': 'các claim: ai, cho ai, tới khi nào — ai giữ token cũng đọc được',
  'token.signatureExplained':
    '{bytes} byte tính trên header.payload bằng khóa của máy chủ; trang không kiểm tra được (trang không có khóa)',
  'token.claim': 'claim',
  'token.value': 'giá trị',
  'token.meaning': 'ý nghĩa',
  'token.rawJson': 'JSON gốc',
  'token.expiresIn': 'hết hạn sau {time} (giờ máy chủ)',
  'token.expiredAgo': 'đã hết hạn {time} trước (giờ máy chủ)',
  'token.notVerified':
    'Được giải mã ngay trong trang này; không được xác minh, và không gửi đi đâu cả. Giải mã không cần khóa: đừng bao giờ đặt bí mật vào JWT.',
  'token.pasteTitle': 'Giải mã một token khác',
  'token.pasteLabel': 'Dán một JWT (chỉ giải mã trong trang này)',
  'token.error.empty': 'Token rỗng.',
  'token.error.not_three_segments': 'Không phải JWT: một JWS có ba phần ngăn cách bởi dấu chấm.',
  'token.error.not_base64url': 'Phần này không phải base64url.',
  'token.error.not_utf8': 'Phần này không giải mã ra văn bản UTF-8.',
  'token.error.not_json': 'Phần này không phải JSON.',
  'token.error.not_object': 'Phần này là JSON, nhưng không phải một object.',

  'claim.alg':
    'Thuật toán ký. Máy chủ cố định nó; không bao giờ tin lựa chọn của chính token (RFC 8725 §3.1).',
  'claim.typ': 'Loại token: at+jwt là access token (RFC 9068), rt+jwt là refresh token.',
  'claim.kid': 'Mã khóa: khóa nào của máy chủ đã ký (xoay vòng khóa, JWKS).',
  'claim.iss': 'Bên phát hành: ai tạo ra token. Được kiểm tra ở mọi yêu cầu.',
  'claim.aud':
    'Đối tượng: token dành cho ai. Access token bị từ chối ở nơi cần refresh token, và ngược lại.',
  'claim.sub': 'Chủ thể: id người dùng (user_id trong tài liệu).',
  'claim.iat': 'Thời điểm phát hành (số giây tính từ 1970).',
  'claim.exp': 'Thời điểm hết hạn: sau lúc này mọi máy chủ đều từ chối, bất kể ai đang giữ.',
  'claim.nbf': 'Không trước: bị từ chối cho tới lúc đó.',
  'claim.jti': 'Mã token: thứ mà đăng xuất đưa vào danh sách chặn.',
  'claim.name':
    'Tên người dùng (user_name trong tài liệu). Ai cũng đọc được: đừng để bí mật ở đây.',
  'claim.role': 'Vai trò, dùng để phân quyền; máy chủ vẫn kiểm tra ở mọi yêu cầu.',
  'claim.ver':
    'Credential version: tăng khi đổi mật khẩu hoặc thu hồi, khiến mọi token cũ hơn bị từ chối ngay.',
  'claim.fid':
    'Họ refresh token: chuỗi refresh token của lần đăng nhập này, bị thu hồi khi đăng xuất.',
  'claim.unknown': 'Không phải claim mà authlab phát hành.',

  'presenter.open': 'Chế độ trình chiếu',
  'presenter.title': 'Chế độ trình chiếu',
  'presenter.side': 'Trình chiếu phía nào',
  'presenter.keys': '→ / PageDown tiếp · ← / PageUp lùi · Esc thoát',
  'presenter.exit': 'Thoát',
  'presenter.noStep': 'Bấm tiếp để bắt đầu.',
};
