import { api } from './api.js';
import { can } from './roles.js';

/**
 * Names of people for timelines and pickers. Users who may list users (GET /users) get everyone's
 * name from the API; others learn the names the pages they read carry (case assignees, themselves).
 * @typedef {import('./api-types').components['schemas']['UserSummaryDto']} Person
 */
const KEY = 'mou.people';

/** @returns {Record<string, string>} id → display name */
function load() {
  return JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
}

export function rememberPerson(id, name) {
  if (!id || !name) return;
  const people = load();
  if (people[id] === name) return;
  people[id] = name;
  sessionStorage.setItem(KEY, JSON.stringify(people));
}

/** @param {{ assigneeId: string, assigneeName: string }[]} cases */
export function rememberAssignees(cases) {
  for (const c of cases) rememberPerson(c.assigneeId, c.assigneeName);
}

/**
 * The active users of a role from GET /users (remembered for names), or [] when the user may not list users.
 * @param {any} user the signed-in user
 * @param {string} [role]
 * @returns {Promise<Person[]>}
 */
export async function listUsers(user, role) {
  if (!can.readUsers(user)) return [];
  /** @type {Person[]} */
  const users = await api(`/users${role ? `?role=${encodeURIComponent(role)}` : ''}`);
  for (const u of users) rememberPerson(u.id, u.displayName);
  return users;
}

/**
 * The people a case can be assigned to: those the API says may hold cases (GET /users, mayHoldCases).
 * @returns {Promise<{ id: string, name: string }[]>}
 */
export async function assignablePeople(user) {
  const users = await listUsers(user);
  return users.filter((u) => u.mayHoldCases).map((u) => ({ id: u.id, name: u.displayName }));
}

export const SYSTEM_ACTOR = 'system';

export function personName(id, me) {
  if (!id) return '—';
  if (me && id === me.id) return `${me.displayName} (you)`;
  if (id === SYSTEM_ACTOR) return 'The system';
  return load()[id] ?? `user ${id.slice(0, 8)}`;
}
