/**
 * Names of the people this tab has seen (the signed-in user and case assignees), for timelines
 * and the reassign picker. There is no users endpoint yet; when one exists, load it here.
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

export const SYSTEM_ACTOR = 'system';

export function personName(id, me) {
  if (!id) return '—';
  if (me && id === me.id) return `${me.displayName} (you)`;
  if (id === SYSTEM_ACTOR) return 'The system';
  return load()[id] ?? `user ${id.slice(0, 8)}`;
}

export function knownPeople() {
  return Object.entries(load()).map(([id, name]) => ({ id, name }));
}
