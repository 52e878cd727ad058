/**
 * The body every benchmarked `GET /me` answers with: John Doe as the HTTP contract serialises
 * users, so the floor servers send the same bytes as the APIs.
 */
export const DEMO_USER_BODY = Object.freeze({
  user: Object.freeze({
    id: 42,
    email: 'john@example.com',
    name: 'John Doe',
    role: 'admin',
    disabled: false,
  }),
});
