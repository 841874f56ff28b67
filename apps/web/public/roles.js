/**
 * What each role may use in the browser, mirroring the API's role → permission map
 * (apps/api/src/auth/permissions.ts). The API still enforces every rule; this only keeps
 * the interface from offering what would be refused.
 */
export const CASEWORKERS = ['investigator', 'supervisor'];
export const SUPERVISORS = ['supervisor'];
export const FACILITY_READERS = ['investigator', 'supervisor', 'policy', 'admin'];
export const FACILITY_CREATORS = ['investigator', 'supervisor', 'admin'];
export const ENTRY_READERS = ['importer', 'supervisor'];
export const SCREENERS = ['importer', 'supervisor'];
export const EVERYONE = ['investigator', 'supervisor', 'policy', 'importer', 'admin'];

/** @type {Record<string, { home: string, nav: { href: string, label: string }[] }>} */
export const ROLE_PAGES = {
  investigator: {
    home: '/cases',
    nav: [
      { href: '/cases', label: 'My cases' },
      { href: '/cases/new', label: 'Open a case' },
      { href: '/facilities', label: 'Facilities' },
    ],
  },
  supervisor: {
    home: '/board',
    nav: [
      { href: '/board', label: 'Deadline board' },
      { href: '/entries', label: 'Entries' },
      { href: '/approvals', label: 'Approvals' },
      { href: '/escalations', label: 'Escalations' },
      { href: '/cases', label: 'My cases' },
      { href: '/cases/new', label: 'Open a case' },
      { href: '/facilities', label: 'Facilities' },
    ],
  },
  policy: {
    home: '/review',
    nav: [
      { href: '/review', label: 'One-year review' },
      { href: '/facilities', label: 'Facilities' },
    ],
  },
  importer: {
    home: '/entries',
    nav: [
      { href: '/entries', label: 'My entries' },
      { href: '/entries/new', label: 'File an entry' },
      { href: '/screening', label: 'Screening check' },
    ],
  },
  admin: {
    home: '/admin',
    nav: [
      { href: '/admin', label: 'Administration' },
      { href: '/facilities', label: 'Facilities' },
    ],
  },
};

export function homeOf(user) {
  return ROLE_PAGES[user?.role]?.home ?? '/sign-in';
}

export const can = {
  manageClocks: (user) => user?.role === 'supervisor',
  reassign: (user) => user?.role === 'supervisor',
  createFacility: (user) => FACILITY_CREATORS.includes(user?.role),
  fileEntry: (user) => user?.role === 'importer',
  /** Proof, export, protest: the importer's answers to a detention or an exclusion. */
  answerEntry: (user) => user?.role === 'importer',
  /** Release, exclude, extend the proof period, decide a protest. */
  decideEntry: (user) => user?.role === 'supervisor',
  requestUnblock: (user) => user?.role === 'supervisor',
  exportCsv: (user) => user?.role === 'supervisor',
};
