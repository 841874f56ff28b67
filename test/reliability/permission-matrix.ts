/**
 * Who may call each route, written from the roles of docs/domain.md §2 and what each route does,
 * never read from apps/api/src/auth/permissions.ts: the role test (role-matrix.test.ts) holds the
 * running API to this table, so a wrong grant in the code fails there.
 *
 * Keys are `METHOD path` as docs/openapi.json spells them. `public` routes need no token; every
 * other route answers 401 without one and 403 to a role not listed. A role listed may still be
 * answered 404 by row-level access (another investigator's case, another importer's entry).
 *
 * A new route is added here by hand, with the roles the rules give it.
 */
export type MatrixRole = 'investigator' | 'supervisor' | 'policy' | 'importer' | 'admin';
export const MATRIX_ROLES: readonly MatrixRole[] = ['investigator', 'supervisor', 'policy', 'importer', 'admin'];

const EVERYONE: readonly MatrixRole[] = MATRIX_ROLES;
/**
 * Casework: the investigator holds a case; a supervisor may hold one too (§2: a supervisor never
 * approves a step "on a case they investigate") and sees every case. Policy sees no investigative
 * detail, administrators run the programme, importers see their own entries: none of them a case.
 */
const CASEWORK: readonly MatrixRole[] = ['investigator', 'supervisor'];
/** Watching every clock, escalations, approvals, assignments, entry decisions (§2 supervisor). */
const SUPERVISOR: readonly MatrixRole[] = ['supervisor'];
/** An importer files and answers for its own entries (§2 importer, §6). */
const IMPORTER: readonly MatrixRole[] = ['importer'];
/** Entries are read by the importer who filed them and by the supervisors who decide them (§2, §6). */
const ENTRY_READERS: readonly MatrixRole[] = ['importer', 'supervisor'];
/** Users and roles, calendars, settings, reference data, the audit log (§2 admin). */
const ADMIN: readonly MatrixRole[] = ['admin'];
/** The one-year review: the administrator starts it, policy staff receive and sign it (§2, §7). */
const REVIEW_READERS: readonly MatrixRole[] = ['policy', 'admin'];
const POLICY: readonly MatrixRole[] = ['policy'];

export const PERMISSION_MATRIX: Record<string, readonly MatrixRole[] | 'public'> = {
  'GET /api/v1/health': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/set-password': 'public',
  'GET /api/v1/auth/me': EVERYONE,
  'POST /api/v1/auth/password': EVERYONE,

  // Cases (§3): opened, moved and read by those who hold cases.
  'POST /api/v1/cases': CASEWORK,
  'GET /api/v1/cases': CASEWORK,
  'GET /api/v1/cases/{id}': CASEWORK,
  // Whether a case's trail is intact tells nothing of its content: the administrator checks trails too.
  'GET /api/v1/cases/{id}/verification': ['investigator', 'supervisor', 'admin'],
  'POST /api/v1/cases/{id}/investigation-requests': CASEWORK,
  'POST /api/v1/cases/{id}/visit-requests': CASEWORK,
  'POST /api/v1/cases/{id}/prc-report': CASEWORK,
  'POST /api/v1/cases/{id}/visit-schedule': CASEWORK,
  'POST /api/v1/cases/{id}/visit': CASEWORK,
  'POST /api/v1/cases/{id}/us-report': CASEWORK,
  'POST /api/v1/cases/{id}/access-denied': CASEWORK,
  'POST /api/v1/cases/{id}/close': CASEWORK,
  'POST /api/v1/cases/{id}/withdraw': CASEWORK,
  'POST /api/v1/cases/{id}/reopen': CASEWORK,
  'POST /api/v1/cases/{id}/enforcement-review': CASEWORK,
  'POST /api/v1/cases/{id}/documents': CASEWORK,
  // The petition (19 CFR 12.42(c)) and the PRC's own allegation (reciprocal, §1, §4) are casework.
  'POST /api/v1/cases/{id}/petition': CASEWORK,
  'POST /api/v1/cases/{id}/petition/forwarded': CASEWORK,
  'POST /api/v1/cases/{id}/prc-investigation-requests': CASEWORK,
  'POST /api/v1/cases/{id}/us-investigation-report': CASEWORK,
  // The diplomatic note drafted at a breach (§5): supervisors edit, approve (four-eyes) and send it.
  'POST /api/v1/cases/{id}/notes/{noteId}/text': SUPERVISOR,
  'POST /api/v1/cases/{id}/notes/{noteId}/approval': SUPERVISOR,
  'POST /api/v1/cases/{id}/notes/{noteId}/sent': SUPERVISOR,
  'GET /api/v1/cases/{id}/documents': CASEWORK,
  // "assigns and reassigns cases, pauses or extends a clock with a reason" (§2, §4): supervisors only.
  'POST /api/v1/cases/{id}/reassign': SUPERVISOR,
  'POST /api/v1/cases/{id}/deadlines/{deadlineKey}/pause': SUPERVISOR,
  'POST /api/v1/cases/{id}/deadlines/{deadlineKey}/resume': SUPERVISOR,
  'POST /api/v1/cases/{id}/deadlines/{deadlineKey}/extend': SUPERVISOR,
  'GET /api/v1/cases.csv': SUPERVISOR,

  // "watches every clock, acknowledges escalations, approves enforcement steps" (§2, §5).
  'GET /api/v1/deadlines': SUPERVISOR,
  'GET /api/v1/deadlines.csv': SUPERVISOR,
  'GET /api/v1/approvals': SUPERVISOR,
  'POST /api/v1/approvals/{id}/approve': SUPERVISOR,
  'POST /api/v1/approvals/{id}/reject': SUPERVISOR,
  'GET /api/v1/escalations': SUPERVISOR,
  'POST /api/v1/escalations/{id}/acknowledge': SUPERVISOR,

  // Entries (§6): the importer files and answers; a supervisor decides detained entries.
  'POST /api/v1/entries': IMPORTER,
  'GET /api/v1/entries': ENTRY_READERS,
  'GET /api/v1/entries/{id}': ENTRY_READERS,
  'POST /api/v1/entries/{id}/proof': IMPORTER,
  'POST /api/v1/entries/{id}/export': IMPORTER,
  'POST /api/v1/entries/{id}/protest': IMPORTER,
  'POST /api/v1/entries/{id}/documents': IMPORTER,
  'GET /api/v1/entries/{id}/documents': ENTRY_READERS,
  'POST /api/v1/entries/{id}/release': SUPERVISOR,
  // A declared name close to a registered facility's is a supervisor's call (§6): confirm it or clear it.
  'POST /api/v1/entries/{id}/name-match': SUPERVISOR,
  'POST /api/v1/entries/{id}/exclude': SUPERVISOR,
  'POST /api/v1/entries/{id}/extend': SUPERVISOR,
  'POST /api/v1/entries/{id}/protest-decision': SUPERVISOR,
  // Screening before shipping: the importer about to file, the supervisor deciding what was held.
  'GET /api/v1/screening': ENTRY_READERS,

  // Documents of cases and entries, each behind the row-level access of its record.
  'GET /api/v1/documents/{id}': ['investigator', 'supervisor', 'importer'],
  'GET /api/v1/documents/{id}/verification': ['investigator', 'supervisor', 'importer'],

  // Everyone's own inbox and live stream (row-level: only what the caller may see).
  'GET /api/v1/notifications': EVERYONE,
  'POST /api/v1/notifications/{id}/read': EVERYONE,
  'GET /api/v1/events/stream': EVERYONE,

  // Facilities (§6): registered by casework (a case names its facility) and by the administrator
  // who keeps the registers. A facility's record names its cases and the reasons for its status,
  // which is investigative detail: policy staff see facilities in aggregate only (§2, §6).
  'POST /api/v1/facilities': ['investigator', 'supervisor', 'admin'],
  'GET /api/v1/facilities': ['investigator', 'supervisor', 'admin'],
  'GET /api/v1/facilities/{id}': ['investigator', 'supervisor', 'admin'],
  'GET /api/v1/facilities/aggregate': POLICY,
  // The names screening matches (§6) decide which goods are held: set by the supervisors who decide entries.
  'PUT /api/v1/facilities/{id}/names': SUPERVISOR,
  // Lifting a block needs a second approver (§6): supervisors ask and decide.
  'POST /api/v1/facilities/{id}/unblock-requests': SUPERVISOR,

  // Reference data (§6 product categories, §4 clock rules): read by all, kept by the administrator.
  'GET /api/v1/product-categories': EVERYONE,
  'POST /api/v1/product-categories': ADMIN,
  'PATCH /api/v1/product-categories/{code}': ADMIN,
  'POST /api/v1/product-categories/{code}/retire': ADMIN,
  'GET /api/v1/rules/deadlines': EVERYONE,
  // The stages of a case in the order the process runs: the case pages' own reference.
  'GET /api/v1/rules/case-stages': CASEWORK,
  // "users always see" a clock's basis (§4): the rules in force are readable by all, saved by the administrator.
  'GET /api/v1/settings': EVERYONE,
  'POST /api/v1/settings': ADMIN,
  // Moving open cases onto the rules in force re-projects their clocks: the administrator's act (§2, §4).
  'GET /api/v1/settings/apply-to-open': ADMIN,
  'POST /api/v1/settings/apply-to-open': ADMIN,

  // The bilateral meeting agenda the day-90 escalation feeds (§5): supervisors and policy staff
  // read it (policy without investigative detail); the programme's administrator reads it too and,
  // with supervisors, sets the next meeting's date.
  'GET /api/v1/agenda': ['supervisor', 'policy', 'admin'],
  'POST /api/v1/agenda/meetings': ['supervisor', 'admin'],

  // The register of orders and findings (§6): supervisors approve enforcement steps (four-eyes) and
  // keep the register; policy staff see it in aggregate, without cases or reasons.
  'GET /api/v1/orders': SUPERVISOR,
  'POST /api/v1/orders': SUPERVISOR,
  'GET /api/v1/orders/aggregate': ['supervisor', 'policy'],
  'GET /api/v1/orders/{id}': SUPERVISOR,
  'POST /api/v1/orders/{id}/modification-requests': SUPERVISOR,
  'POST /api/v1/orders/{id}/revocation-requests': SUPERVISOR,
  'POST /api/v1/orders/{id}/approve': SUPERVISOR,
  'POST /api/v1/orders/{id}/reject': SUPERVISOR,
  'GET /api/v1/calendars/{id}': ADMIN,
  'POST /api/v1/calendars/{id}/closures': ADMIN,
  'POST /api/v1/calendars/{id}/reopenings': ADMIN,

  // The one-year review (§7).
  'POST /api/v1/reviews': ADMIN,
  'GET /api/v1/reviews': REVIEW_READERS,
  'GET /api/v1/reviews/thresholds': REVIEW_READERS,
  'GET /api/v1/reviews/{id}': REVIEW_READERS,
  // The report, its facts and the what-if are for the policy staff who sign off the recommendation.
  'GET /api/v1/reviews/what-if': POLICY,
  'GET /api/v1/reviews/{id}/report.md': POLICY,
  'GET /api/v1/reviews/{id}/report.html': POLICY,
  'GET /api/v1/reviews/{id}/report.pdf': POLICY,
  'GET /api/v1/reviews/{id}/facts.csv': POLICY,
  'POST /api/v1/reviews/{id}/sign-off': POLICY,

  // People and roles (§2 admin); supervisors list whom they may assign a case to.
  'GET /api/v1/users': ['supervisor', 'admin'],
  'GET /api/v1/people': ADMIN,
  'POST /api/v1/people': ADMIN,
  'PATCH /api/v1/people/{id}/role': ADMIN,
  'POST /api/v1/people/{id}/password-reset': ADMIN,
  'POST /api/v1/people/{id}/deactivate': ADMIN,
  'GET /api/v1/organisations': ADMIN,
  'POST /api/v1/organisations': ADMIN,
  'GET /api/v1/audit-events': ADMIN,
  'GET /api/v1/audit-events/export.csv': ADMIN,
  'GET /api/v1/chain-verification': ADMIN,
  'GET /api/v1/chain-verification/status': ADMIN,
  'GET /api/v1/chain-verification/anchor': ADMIN,
  'GET /api/v1/facilities/{id}/verification': ['investigator', 'supervisor', 'admin'],
  'GET /api/v1/entries/{id}/verification': ENTRY_READERS,
  'GET /api/v1/reviews/{id}/verification': REVIEW_READERS,
  'POST /api/v1/imports': ADMIN,
  // Mail the system could not deliver after its last attempt, and sending it again.
  'GET /api/v1/failed-messages': ADMIN,
  'POST /api/v1/failed-messages/{id}/retry': ADMIN,
};
