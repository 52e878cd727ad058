/** The two-tabs panel's strings in both UI languages. */
import type { Language } from '../../../i18n/i18n.tsx';

const en = {
  intro:
    "Two real tabs of this browser share one refresh cookie. Log in, open a second tab, then make both tabs refresh at the same moment — as they do when their access tokens expire together. With rotation and reuse detection the loser's refresh looks like theft and the whole family is revoked: every tab is logged out.",
  logIn: 'Log in as John (JWT)',
  open: 'Open a second tab',
  refresh: 'Refresh in every tab at once',
  fixes: 'Client-side fixes (both on by default)',
  'fix.lock': 'One refresh per origin at a time (Web Locks API)',
  'fix.broadcast': 'Share the new access token and logouts between tabs (BroadcastChannel)',
  outcome: 'This tab: {outcome}',
  'outcome.refreshed': 'sent POST /refresh and got a new access token',
  'outcome.shared': "waited, then used the other tab's new token (no second refresh)",
  'outcome.refused': 'refresh refused: logged out',
  me: 'GET /me from this tab afterwards: {status}',
  tradeOff:
    'The server-side alternative is the VULNERABLE lab mode below: a few seconds in which the just-spent token gets the same successor. It keeps tabs signed in without client changes — and lets a thief who replays the token fast enough in too, unnoticed. authlab keeps reuse detection strict and fixes the client.',
};

export type TwoTabsMessageKey = keyof typeof en;

const vi: Record<TwoTabsMessageKey, string> = {
  intro:
    'Hai tab thật của trình duyệt này dùng chung một refresh cookie. Đăng nhập, mở tab thứ hai, rồi cho cả hai tab refresh cùng lúc — như khi access token của chúng hết hạn cùng nhau. Với rotation và phát hiện dùng lại, lần refresh thua cuộc trông như hành vi trộm và cả family bị thu hồi: mọi tab đều bị đăng xuất.',
  logIn: 'Đăng nhập John (JWT)',
  open: 'Mở tab thứ hai',
  refresh: 'Refresh ở mọi tab cùng lúc',
  fixes: 'Cách sửa phía client (mặc định bật cả hai)',
  'fix.lock': 'Mỗi origin chỉ một lần refresh tại một thời điểm (Web Locks API)',
  'fix.broadcast': 'Chia sẻ access token mới và việc đăng xuất giữa các tab (BroadcastChannel)',
  outcome: 'Tab này: {outcome}',
  'outcome.refreshed': 'đã gửi POST /refresh và nhận access token mới',
  'outcome.shared': 'đã chờ, rồi dùng token mới của tab kia (không refresh lần hai)',
  'outcome.refused': 'refresh bị từ chối: đã đăng xuất',
  me: 'GET /me từ tab này sau đó: {status}',
  tradeOff:
    'Cách sửa phía server là lab mode có lỗ hổng bên dưới: vài giây trong đó token vừa dùng nhận cùng token kế tiếp. Nó giữ các tab đăng nhập mà không cần sửa client — và cũng cho kẻ trộm gửi lại token đủ nhanh lọt vào mà không ai hay. authlab giữ nguyên việc phát hiện dùng lại và sửa ở client.',
};

export const TWO_TABS_MESSAGES: Readonly<
  Record<Language, Readonly<Record<TwoTabsMessageKey, string>>>
> = { en, vi };
