/** Where the end-to-end stack listens (fixed, so the APIs' ALLOWED_ORIGINS can name the page). */
export const SESSION_API_PORT = 4101;
export const JWT_API_PORT = 4102;
export const WEB_PORT = 5174;
export const HOST = '127.0.0.1';
export const WEB_ORIGIN = `http://${HOST}:${WEB_PORT}`;
