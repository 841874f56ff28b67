/**
 * What each role may use in the browser, mirroring the API's role → permission map
 * (apps/api/src/auth/permissions.ts). The API still enforces every rule; this only keeps
 * the interface from offering what would be refused.
 */
export const CASEWORKERS = ['investigator', 'supervisor'];
export const SUPERVISORS = ['supervisor'];
export const FACILITY_READERS = ['investigator', 'supervisor', 'policy', 'admin'];
export const FACILITY_CREATORS = ['investigator', 'supervisor', 'admin'];

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
      { href: '/board', label: 'Case board' },
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
  importer: { home: '/entries', nav: [{ href: '/entries', label: 'My entries' }] },
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
};
