import { api, post } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { timeEl } from '../format.js';

/** Escalation steps nobody has acknowledged yet, most severe first, each acknowledged with an optional note. */
export async function escalationsPage() {
  const open = await api('/escalations?unacknowledged=true');
  const status = h('p', { class: 'visually-hidden', role: 'status', tabindex: '-1' });
  const list = h('ul', { class: 'cards' });
  const refreshEmpty = () => {
    if (!list.children.length) list.replaceWith(h('p', { class: 'empty' }, 'No escalation is waiting to be acknowledged.'));
  };
  for (const e of open) {
    const item = h('li', {});
    item.append(escalationCard(e, (message) => {
      item.remove();
      status.className = 'notice';
      status.textContent = message;
      refreshEmpty();
      status.focus();
    }));
    list.append(item);
  }
  const page = h('section', {}, h('h1', {}, 'Escalations'), status, h('p', {}, `${open.length} not yet acknowledged, most severe first.`), list);
  refreshEmpty();
  return page;
}

function escalationCard(e, acknowledged) {
  const ack = form(
    { class: 'stack', 'aria-label': `Acknowledge ${humanize(e.type)} on ${e.caseReference}`, dataset: { draft: `escalation-${e.id}` } },
    formAlert(),
    field({ name: 'note', label: 'Note (optional)', rows: 2 }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Acknowledge')),
  );
  onSubmit(ack, async (body) => {
    await post(`/escalations/${encodeURIComponent(e.id)}/acknowledge`, body);
    acknowledged(`Acknowledged: ${humanize(e.type)} on case ${e.caseReference}.`);
  });
  keepDraft(ack);
  return h(
    'article',
    { class: `card escalation level-${e.level}`, dataset: { escalationId: e.id } },
    h('h2', {}, `Level ${e.level}: ${humanize(e.type)} — `, h('a', { href: `/cases/${e.caseId}` }, e.caseReference)),
    h('p', {}, e.description),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Facility'),
      h('dd', {}, e.facilityName),
      h('dt', {}, 'Clock'),
      h('dd', {}, e.deadlineKey),
      h('dt', {}, 'Legal basis'),
      h('dd', {}, e.legalBasis),
      h('dt', {}, 'Happened'),
      h('dd', {}, timeEl(e.occurredAt, true)),
    ),
    ack,
  );
}
