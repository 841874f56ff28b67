/**
 * What the signed-in user may use, from the permissions the API returned at sign-in (and from
 * GET /auth/me after a reload). The API still enforces every rule; this only keeps the interface
 * from offering what would be refused. Each page and each control names the permission of the
 * route it calls.
 */

/**
 * @param {{ permissions?: string[] } | null | undefined} user
 * @param {string} permission e.g. 'case:read'
 */
export function has(user, permission) {
  return Boolean(user?.permissions?.includes(permission));
}

/**
 * The pages in the main navigation, in order, each with the permission its first request needs.
 * @type {{ href: string, label: string | ((user: any) => string), needs: string }[]}
 */
const PAGES = [
  { href: '/board', label: 'Deadline board', needs: 'deadline:board' },
  { href: '/admin', label: 'Administration', needs: 'reference:manage' },
  { href: '/admin/calendars', label: 'Holiday calendar', needs: 'reference:manage' },
  { href: '/admin/settings', label: 'Rules as settings', needs: 'settings:manage' },
  { href: '/review', label: 'One-year review', needs: 'review:read' },
  { href: '/orders/aggregate', label: (user) => (has(user, 'order:read') ? 'Orders in aggregate' : 'Orders and findings'), needs: 'order:aggregate' },
  { href: '/entries', label: (user) => (has(user, 'entry:file') ? 'My entries' : 'Entries'), needs: 'entry:read' },
  { href: '/entries/new', label: 'File an entry', needs: 'entry:file' },
  { href: '/screening', label: 'Screening check', needs: 'screening:check' },
  { href: '/approvals', label: 'Approvals', needs: 'approval:read' },
  { href: '/orders', label: 'Orders and findings', needs: 'order:read' },
  { href: '/escalations', label: 'Escalations', needs: 'escalation:read' },
  { href: '/cases', label: 'My cases', needs: 'case:read' },
  { href: '/cases/new', label: 'Open a case', needs: 'case:create' },
  { href: '/facilities', label: 'Facilities', needs: 'facility:read' },
  { href: '/facility-statuses', label: 'Facilities', needs: 'facility:aggregate' },
];

/** The navigation the user may use, in order. */
export function navFor(user) {
  return PAGES.filter((p) => has(user, p.needs)).map((p) => ({ href: p.href, label: typeof p.label === 'function' ? p.label(user) : p.label }));
}

/** The first page the user may use. */
export function homeOf(user) {
  return navFor(user)[0]?.href ?? (user ? '/inbox' : '/sign-in');
}

export const can = {
  manageClocks: (user) => has(user, 'deadline:manage'),
  reassign: (user) => has(user, 'case:assign'),
  createFacility: (user) => has(user, 'facility:create'),
  readFacilities: (user) => has(user, 'facility:read'),
  openCase: (user) => has(user, 'case:create'),
  readCases: (user) => has(user, 'case:read'),
  fileEntry: (user) => has(user, 'entry:file'),
  /** Proof, export, protest: the importer's answers to a detention or an exclusion. */
  answerEntry: (user) => has(user, 'entry:respond'),
  /** Release, exclude, extend the proof period, decide a protest. */
  decideEntry: (user) => has(user, 'entry:decide'),
  requestUnblock: (user) => has(user, 'facility:unblock'),
  /** Aliases, Chinese name, pinyin: the names screening matches. */
  setFacilityNames: (user) => has(user, 'facility:names'),
  exportCsv: (user) => has(user, 'case:export'),
  decideApprovals: (user) => has(user, 'approval:decide'),
  acknowledgeEscalations: (user) => has(user, 'escalation:acknowledge'),
  readUsers: (user) => has(user, 'user:read'),
};
