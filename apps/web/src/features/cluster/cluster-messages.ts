/**
 * The "Several servers" view's strings in both UI languages. Kept beside the feature (not in
 * i18n/en.ts and vi.ts) while the main catalogs are being translated in parallel; the test in
 * test/features/cluster checks that both languages have every key.
 */
import type { Language } from '../../i18n/i18n.tsx';

const en = {
  title: 'Several servers',
  intro:
    'Three copies of each API behind a round-robin load balancer (pnpm run lab:cluster). Memory: each copy keeps its own store. Redis: the three share one. ES256 (JWT only): one copy signs, two verify with its public keys. Each answer below says which instance gave it.',
  back: 'Back to the lab',
  open: 'Several servers',
  group: 'Group',
  'group.memory': 'memory — a store per instance',
  'group.redis': 'redis — one shared store',
  'group.es256': 'es256 — one signer, verifiers with its public keys (JWT only)',
  count: 'Requests',
  logIn: 'Log in as John',
  ask: 'Send {count} × GET /me',
  revoke: 'Revoke on one instance, then ask all',
  sticky: 'Sticky routing',
  stop: 'Stop instance 2',
  start: 'Start instance 2',
  rotate: 'Rotate signing key',
  'ownSecret.give': 'HS256: new secret on instance 1 only',
  'ownSecret.restore': 'HS256: shared secret on instance 1 again',
  'ownSecret.chip': 'own secret',
  signingKid: 'The signer signs with kid {kid}',
  signerStopped: 'The signer is stopped: no key signs, logins are refused',
  'role.signer': 'signer',
  'role.verifier': 'verifier',
  kid: 'kid',
  down: 'The cluster lab is not running. Start it with `pnpm run lab:cluster`: this view looks for it every {seconds} s.',
  instances: 'Instances',
  answers: 'Answers',
  summary: '{count} answers from {instances} instances: {ok} × 200, {refused} refused',
  request: 'Request',
  instance: 'Instance',
  status: 'Status',
  code: 'Code',
  empty: 'Log in, then send requests: each row is one answer.',
  'lesson.session.memory':
    'Only the instance that handled the login has the session: it answers 200, the others 401 — the login loop operators see without sticky routing. Sticky routing hides it until that instance stops.',
  'lesson.session.redis':
    'Every instance reads the same Redis: 200 everywhere. A revocation on one instance deletes the session for all of them at once.',
  'lesson.jwt.memory':
    'No shared state but the secret: every instance verifies the token, 200 everywhere. But each keeps its own denylist: a logout on one instance is unknown to the others, which accept the token until exp. A restarted instance cannot know what was revoked before it started, so it refuses older tokens (fail closed). Rotating that secret on one instance only (the HS256 button) splits the group: its tokens are refused by the others and theirs by it — every instance needs the new secret at once.',
  'lesson.jwt.redis':
    'Every instance verifies the token with the shared secret and checks the shared Redis denylist: a logout on one instance is refused on all. Rotating that secret on one instance only (the HS256 button) splits the group: its tokens are refused by the others and theirs by it — every instance needs the new secret at once.',
  'lesson.session.es256':
    'No session counterpart: a session id is a random handle looked up in a store, there is no signing key to rotate. See the JWT column.',
  'lesson.jwt.es256':
    'Instance 1 signs with ES256; instances 2 and 3 hold no key, only the address of its JWKS. Logins go to the signer, every instance answers GET /me. Rotate the key: the signer signs with a new kid, the old public key stays in its JWKS, so the token you hold keeps working until exp; log in again and the verifiers fetch the new key on their own. With HS256 (the memory and redis groups) the secret signs and verifies: rotating it means giving every instance the new secret at once, and every token signed with the old one is refused.',
};

export type ClusterMessageKey = keyof typeof en;

const vi: Record<ClusterMessageKey, string> = {
  title: 'Nhiều máy chủ',
  intro:
    'Ba bản sao của mỗi API sau một bộ cân bằng tải round-robin (pnpm run lab:cluster). Memory: mỗi bản sao giữ kho riêng. Redis: cả ba dùng chung một kho. ES256 (chỉ JWT): một bản sao ký, hai bản sao xác minh bằng khoá công khai của nó. Mỗi câu trả lời bên dưới cho biết instance nào đã trả lời.',
  back: 'Quay lại phòng lab',
  open: 'Nhiều máy chủ',
  group: 'Nhóm',
  'group.memory': 'memory — mỗi instance một kho',
  'group.redis': 'redis — một kho dùng chung',
  'group.es256': 'es256 — một máy ký, các máy xác minh dùng khoá công khai của nó (chỉ JWT)',
  count: 'Số yêu cầu',
  logIn: 'Đăng nhập là John',
  ask: 'Gửi {count} × GET /me',
  revoke: 'Thu hồi trên một instance, rồi hỏi tất cả',
  sticky: 'Định tuyến dính (sticky)',
  stop: 'Dừng instance 2',
  start: 'Chạy lại instance 2',
  rotate: 'Xoay vòng khoá ký',
  'ownSecret.give': 'HS256: khoá bí mật mới chỉ cho instance 1',
  'ownSecret.restore': 'HS256: trả lại khoá bí mật chung cho instance 1',
  'ownSecret.chip': 'khoá riêng',
  signingKid: 'Máy ký đang ký bằng kid {kid}',
  signerStopped: 'Máy ký đã dừng: không khoá nào ký, đăng nhập bị từ chối',
  'role.signer': 'máy ký',
  'role.verifier': 'máy xác minh',
  kid: 'kid',
  down: 'Cluster lab chưa chạy. Hãy chạy `pnpm run lab:cluster`: trang này cứ {seconds} s lại kiểm tra một lần.',
  instances: 'Các instance',
  answers: 'Câu trả lời',
  summary: '{count} câu trả lời từ {instances} instance: {ok} × 200, {refused} bị từ chối',
  request: 'Yêu cầu',
  instance: 'Instance',
  status: 'Mã trạng thái',
  code: 'Mã lỗi',
  empty: 'Đăng nhập, rồi gửi yêu cầu: mỗi dòng là một câu trả lời.',
  'lesson.session.memory':
    'Chỉ instance đã xử lý đăng nhập giữ session: nó trả lời 200, các instance khác 401 — vòng lặp đăng nhập mà người vận hành gặp khi không có sticky routing. Sticky routing che giấu điều đó cho đến khi instance ấy dừng.',
  'lesson.session.redis':
    'Mọi instance đọc cùng một Redis: 200 ở mọi nơi. Thu hồi trên một instance xoá session cho tất cả ngay lập tức.',
  'lesson.jwt.memory':
    'Không có trạng thái chung ngoài khoá bí mật: mọi instance đều xác minh được token, 200 ở mọi nơi. Nhưng mỗi instance giữ denylist riêng: đăng xuất trên một instance thì các instance khác không biết và vẫn chấp nhận token cho đến exp. Một instance vừa khởi động lại không thể biết những gì đã bị thu hồi trước đó, nên nó từ chối các token cũ hơn (fail closed). Xoay vòng khoá bí mật chỉ trên một instance (nút HS256) sẽ chia nhóm: token của nó bị các instance khác từ chối và ngược lại — mọi instance cần khoá mới cùng lúc.',
  'lesson.jwt.redis':
    'Mọi instance xác minh token bằng khoá bí mật chung và kiểm tra denylist chung trong Redis: đăng xuất trên một instance thì bị từ chối ở tất cả. Xoay vòng khoá bí mật chỉ trên một instance (nút HS256) sẽ chia nhóm: token của nó bị các instance khác từ chối và ngược lại — mọi instance cần khoá mới cùng lúc.',
  'lesson.session.es256':
    'Session không có nhóm tương ứng: session id là một mã ngẫu nhiên tra trong kho, không có khoá ký nào để xoay vòng. Xem cột JWT.',
  'lesson.jwt.es256':
    'Instance 1 ký bằng ES256; instance 2 và 3 không giữ khoá nào, chỉ giữ địa chỉ JWKS của nó. Đăng nhập đi tới máy ký, mọi instance trả lời GET /me. Xoay vòng khoá: máy ký ký bằng một kid mới, khoá công khai cũ vẫn nằm trong JWKS, nên token bạn đang giữ vẫn dùng được cho đến exp; đăng nhập lại thì các máy xác minh tự tải khoá mới. Với HS256 (nhóm memory và redis) khoá bí mật vừa ký vừa xác minh: xoay vòng nó nghĩa là trao khoá mới cho mọi instance cùng lúc, và mọi token ký bằng khoá cũ đều bị từ chối.',
};

export const CLUSTER_MESSAGES: Readonly<
  Record<Language, Readonly<Record<ClusterMessageKey, string>>>
> = {
  en,
  vi,
};
