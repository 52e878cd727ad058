/**
 * The body every benchmarked `GET /me` answers with: John Doe as the HTTP contract serialises
 * users, so the floor servers send the same bytes as the APIs.
 */
import { findDemoUser } from '@authlab/users/demo-users';

const { id, email, name, role, disabled } = findDemoUser(42);

export const DEMO_USER_BODY = Object.freeze({
  user: Object.freeze({ id, email, name, role, disabled }),
});
