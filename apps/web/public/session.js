/**
 * The signed-in user, kept in sessionStorage (one tab, gone when it closes).
 * @typedef {{ id: string, email: string, role: 'investigator'|'supervisor'|'policy'|'importer'|'admin', displayName: string, permissions: string[] }} User
 */
const TOKEN = 'mou.token';
const USER = 'mou.user';
const RETURN = 'mou.returnTo';

export function getToken() {
  return sessionStorage.getItem(TOKEN);
}

/** @returns {User | null} */
export function getUser() {
  if (!getToken()) return null;
  const raw = sessionStorage.getItem(USER);
  return raw ? JSON.parse(raw) : null;
}

/** @param {{ accessToken: string, user: User }} login */
export function startSession(login) {
  sessionStorage.setItem(TOKEN, login.accessToken);
  sessionStorage.setItem(USER, JSON.stringify(login.user));
}

/** The user as GET /auth/me describes them now (name, role and permissions). @param {User} user */
export function updateUser(user) {
  if (getToken()) sessionStorage.setItem(USER, JSON.stringify(user));
}

/** Forgets the token; the user record stays so that a new sign-in can be matched to the return page. */
export function endSession() {
  sessionStorage.removeItem(TOKEN);
}

/** The last user who signed in on this tab, even after the token is gone. */
export function lastUser() {
  const raw = sessionStorage.getItem(USER);
  return raw ? JSON.parse(raw) : null;
}

export function forgetUser() {
  sessionStorage.removeItem(USER);
  sessionStorage.removeItem(RETURN);
}

/** Where to go back after signing in again, valid only for the same user. */
export function rememberReturn(path) {
  const user = lastUser();
  if (user) sessionStorage.setItem(RETURN, JSON.stringify({ userId: user.id, path }));
}

export function takeReturn(userId) {
  const raw = sessionStorage.getItem(RETURN);
  sessionStorage.removeItem(RETURN);
  if (!raw) return null;
  const saved = JSON.parse(raw);
  return saved.userId === userId ? saved.path : null;
}
