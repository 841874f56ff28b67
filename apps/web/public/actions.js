import { humanize } from './dom.js';

/**
 * The case's legal next moves (the API's `legalActions`) as the UI offers them: each with its
 * route and its fields. Which moves are legal, and with which outcomes a case may be closed, the
 * API says (`legalActions`, `legalOutcomes`); this only names the forms.
 * @typedef {{ name: string, label: string, kind?: 'date'|'past-date'|'note'|'outcome'|'boolean'|'text', required?: boolean }} ActionField
 * @typedef {{ title: string, path: string, submit: string, done: string, fields: ActionField[] }} CaseActionForm
 */
/** @type {ActionField} */
const note = { name: 'note', label: 'Note for the timeline (optional)', kind: 'note' };

/** @type {Record<string, CaseActionForm>} */
export const CASE_ACTIONS = {
  REQUEST_INVESTIGATION: {
    title: 'Request an investigation',
    path: 'investigation-requests',
    submit: 'Send investigation request',
    done: 'Investigation requested: the PRC report clock runs.',
    fields: [{ name: 'requestedAt', label: 'Requested on (if earlier than today)', kind: 'past-date' }, note],
  },
  REQUEST_VISIT: {
    title: 'Request a visit',
    path: 'visit-requests',
    submit: 'Send visit request',
    done: 'Visit requested: the PRC visit clock runs.',
    fields: [{ name: 'requestedAt', label: 'Requested on (if earlier than today)', kind: 'past-date' }, note],
  },
  RECORD_PRC_REPORT: {
    title: 'Record the PRC report',
    path: 'prc-report',
    submit: 'Record PRC report',
    done: 'PRC report recorded.',
    fields: [{ name: 'receivedAt', label: 'Received on (if earlier than today)', kind: 'past-date' }, note],
  },
  SCHEDULE_VISIT: {
    title: 'Schedule the visit',
    path: 'visit-schedule',
    submit: 'Record visit date',
    done: 'Visit scheduled.',
    fields: [{ name: 'scheduledFor', label: 'Visit date proposed by the PRC', kind: 'date', required: true }, note],
  },
  RECORD_VISIT: {
    title: 'Record the visit',
    path: 'visit',
    submit: 'Record visit',
    done: 'Visit recorded: the US report clock runs.',
    fields: [
      { name: 'heldAt', label: 'Held on (if earlier than today)', kind: 'past-date' },
      { name: 'fullAccess', label: 'Inspectors had full access to the facility', kind: 'boolean' },
      note,
    ],
  },
  ISSUE_US_REPORT: {
    title: 'Issue the US report',
    path: 'us-report',
    submit: 'Record US report',
    done: 'US report issued.',
    fields: [{ name: 'issuedAt', label: 'Issued on (if earlier than today)', kind: 'past-date' }, note],
  },
  RECORD_ACCESS_DENIED: {
    title: 'Record that access was denied',
    path: 'access-denied',
    submit: 'Record access denied',
    done: 'Access denial recorded: blocking the facility now needs a second supervisor’s approval.',
    fields: [{ name: 'deniedAt', label: 'Refused on (if earlier than today)', kind: 'past-date' }, note],
  },
  CLOSE: {
    title: 'Close the case',
    path: 'close',
    submit: 'Close case',
    done: 'Case closed.',
    fields: [{ name: 'outcome', label: 'Outcome', kind: 'outcome', required: true }, note],
  },
  WITHDRAW: { title: 'Withdraw the case', path: 'withdraw', submit: 'Withdraw case', done: 'Case withdrawn.', fields: [note] },
  REOPEN: { title: 'Reopen the case', path: 'reopen', submit: 'Reopen case', done: 'Case reopened.', fields: [note] },
  RECORD_PETITION: {
    title: 'Record a petition',
    path: 'petition',
    submit: 'Record petition',
    done: 'Petition recorded: a conforming petition starts the clock to forward it to the Commissioner.',
    fields: [
      { name: 'receivedAt', label: 'Received on (if earlier than today)', kind: 'past-date' },
      { name: 'petitioner', label: 'Petitioner', kind: 'text', required: true },
      { name: 'goods', label: 'Goods the petition names', kind: 'text', required: true },
      { name: 'conforming', label: 'The petition states its reasons, describes the goods and gives the facts of their production (19 CFR 12.42(b))', kind: 'boolean' },
      note,
    ],
  },
  FORWARD_PETITION: {
    title: 'Forward the petition to the Commissioner',
    path: 'petition/forwarded',
    submit: 'Record forwarding',
    done: 'Petition forwarded to the Commissioner of CBP.',
    fields: [{ name: 'forwardedAt', label: 'Forwarded on (if earlier than today)', kind: 'past-date' }, note],
  },
  RECORD_PRC_INVESTIGATION_REQUEST: {
    title: 'Record a PRC request to investigate',
    path: 'prc-investigation-requests',
    submit: 'Record PRC request',
    done: 'PRC request recorded: the US investigation report clock runs.',
    fields: [{ name: 'requestedAt', label: 'Received on (if earlier than today)', kind: 'past-date' }, note],
  },
  ISSUE_US_INVESTIGATION_REPORT: {
    title: 'Issue the US investigation report',
    path: 'us-investigation-report',
    submit: 'Record US investigation report',
    done: 'US investigation report issued.',
    fields: [{ name: 'issuedAt', label: 'Issued on (if earlier than today)', kind: 'past-date' }, note],
  },
  BEGIN_ENFORCEMENT_REVIEW: {
    title: 'Begin the enforcement review',
    path: 'enforcement-review',
    submit: 'Begin enforcement review',
    done: 'Enforcement review begun: the reports and any denial of access are now weighed for an outcome.',
    fields: [note],
  },
};

export function actionTitle(action) {
  return CASE_ACTIONS[action]?.title ?? humanize(action);
}

/** Which legal move to suggest first in a list: the one that advances the case furthest. */
const SUGGESTION_ORDER = [
  'ISSUE_US_REPORT',
  'FORWARD_PETITION',
  'ISSUE_US_INVESTIGATION_REPORT',
  'SCHEDULE_VISIT',
  'RECORD_VISIT',
  'RECORD_PRC_REPORT',
  'BEGIN_ENFORCEMENT_REVIEW',
  'REQUEST_VISIT',
  'REQUEST_INVESTIGATION',
  'CLOSE',
  'RECORD_ACCESS_DENIED',
  'REOPEN',
  'WITHDRAW',
];

export function nextActionText(legalActions) {
  if (!legalActions.length) return 'None';
  const rank = (a) => (SUGGESTION_ORDER.indexOf(a) + 1 || 99);
  const [first, ...rest] = [...legalActions].sort((a, b) => rank(a) - rank(b));
  return rest.length ? `${actionTitle(first)} (or ${rest.length} more)` : actionTitle(first);
}
