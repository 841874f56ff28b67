import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { timeEl } from '../format.js';
import { personName } from '../people.js';

/**
 * Pending four-eyes approvals (block a facility, provisional WRO), each approved or rejected with a
 * reason. The API says per approval whether this user may decide it and why not (four-eyes); the
 * page offers the decision only where it may, and prints the API's sentence where it may not.
 */
export async function approvalsPage({ user }) {
  const pending = await api('/approvals?status=pending');
  const status = h('p', { class: 'visually-hidden', role: 'status', tabindex: '-1' });
  const list = h('ul', { class: 'cards' });
  const count = h('p', {});
  const refreshEmpty = () => {
    count.textContent = `${list.children.length} waiting for a decision.`;
    if (!list.children.length) list.replaceWith(h('p', { class: 'empty' }, 'No approval is waiting.'));
  };
  for (const a of pending) list.append(h('li', {}, approvalCard(a, user, (message) => {
    status.className = 'notice';
    status.textContent = message;
    list.querySelector(`[data-approval-id="${a.id}"]`)?.closest('li')?.remove();
    refreshEmpty();
    status.focus();
  })));
  const page = h('section', {}, h('h1', {}, 'Approvals'), status, count, list);
  refreshEmpty();
  return page;
}

/** What an approval is about: a case, or (an unblock request) the facility alone. */
function subjectOf(a) {
  return a.caseId ? `case ${a.caseReference}` : a.facilityName;
}

function approvalCard(a, user, decided) {
  // Whether this user may decide, and why not, is the API's answer (four-eyes, from the domain rule).
  const decide = a.mayDecide
    ? form(
        { class: 'stack', 'aria-label': `Decide on ${humanize(a.kind)} for ${a.caseReference ?? a.facilityName}`, dataset: { draft: `approval-${a.id}` } },
        formAlert(),
        field({ name: 'reason', label: 'Reason for your decision', rows: 2, required: true }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', value: 'approve' }, 'Approve'), h('button', { type: 'submit', value: 'reject', class: 'secondary' }, 'Reject')),
      )
    : null;
  if (decide) {
    onSubmit(decide, async (body, submitter) => {
      const verb = submitter?.value === 'reject' ? 'reject' : 'approve';
      await post(`/approvals/${encodeURIComponent(a.id)}/${verb}`, body);
      decided(`${verb === 'approve' ? 'Approved' : 'Rejected'}: ${humanize(a.kind)} on ${subjectOf(a)}.`);
    });
    keepDraft(decide);
  }
  return h(
    'article',
    { class: 'card', dataset: { approvalId: a.id } },
    h('h2', {}, `${humanize(a.kind)}: ${a.facilityName}`),
    h(
      'dl',
      { class: 'facts' },
      a.caseId ? [h('dt', {}, 'Case'), h('dd', {}, h('a', { href: `/cases/${a.caseId}` }, a.caseReference))] : null,
      h('dt', {}, 'Facility'),
      h('dd', {}, a.facilityId ? h('a', { href: `/facilities/${a.facilityId}` }, a.facilityName) : a.facilityName),
      h('dt', {}, 'Why'),
      h('dd', {}, a.reason),
      h('dt', {}, 'Requested'),
      h('dd', {}, timeEl(a.requestedAt, true), ' by ', personName(a.requestedBy, user)),
    ),
    a.mayDecide ? null : h('p', { class: 'warning' }, `You may not decide this: ${a.refusal}`),
    decide,
  );
}
