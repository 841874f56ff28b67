import { api, download, post, query } from '../api.js';
import { h, humanize } from '../dom.js';
import { keepDraft } from '../drafts.js';
import { errorSentence, field, form, formAlert, onSubmit } from '../forms.js';
import { dateText, timeEl, todayIso } from '../format.js';
import { announce, isEditing, onLive } from '../live.js';

/**
 * The thresholds as the what-if panel groups them: [name, label, kind].
 * @type {[string, [string, string, string][]][]}
 */
const THRESHOLD_GROUPS = [
  ['Enough data', [['minimumRequests', 'Requests due, at least', 'count'], ['insufficientDataReReviewMonths', 'Review again after (months) when there are too few', 'count']]],
  [
    'Revoke when',
    [
      ['revokeGrantRateBelow', 'Visit grant rate below', 'rate'],
      ['revokeOnTimeRateBelow', 'Visit on-time rate below', 'rate'],
      ['revokeOpenShare', 'Share of requests still open, at least', 'rate'],
      ['revokeOpenAfterDays', '…after this many days', 'count'],
    ],
  ],
  [
    'Maintain when',
    [
      ['maintainGrantRateAtLeast', 'Visit grant rate at least', 'rate'],
      ['maintainOnTimeRateAtLeast', 'Visit on-time rate at least', 'rate'],
      ['maintainReportOnTimeRateAtLeast', 'PRC report on-time rate at least', 'rate'],
      ['maintainMaxOpenDays', 'No request waiting more than (days)', 'count'],
    ],
  ],
  ['US compliance', [['usComplianceRateAtLeast', 'US post-visit report on-time rate at least', 'rate']]],
];

const RECOMMENDATION = {
  MAINTAIN: 'Maintain the MOU',
  MODIFY: 'Modify the MOU',
  REVOKE: 'Revoke the MOU',
};
const FLAG = {
  INSUFFICIENT_DATA: 'Insufficient data: too few requests were due to judge the PRC’s cooperation.',
  US_NONCOMPLIANCE: 'US non-compliance: the US itself missed its post-visit reports, so a sign-off needs reasons.',
};
const STATUS = {
  RUNNING: 'In progress',
  AWAITING_SIGN_OFF: 'Awaiting sign-off',
  SIGNED_OFF: 'Signed off',
};

const percent = (rate) => (rate === null || rate === undefined ? 'n/a (none due)' : `${Math.round(rate * 1000) / 10}%`);

/** The current review: the one whose programme year started last. */
export async function currentReviewPage(ctx) {
  const [reviews, defaults] = await Promise.all([api('/reviews'), api('/reviews/thresholds')]);
  if (!reviews.length) return noReviewPage(defaults);
  return reviewView(reviews[0].id, reviews, defaults, ctx);
}

/** A review by id: the link in policy staff's notifications. */
export async function reviewPage(ctx) {
  const [reviews, defaults] = await Promise.all([api('/reviews'), api('/reviews/thresholds')]);
  return reviewView(ctx.params.id, reviews, defaults, ctx);
}

/** @param {Record<string, number>} defaults the decision rule's default thresholds (GET /reviews/thresholds) */
function noReviewPage(defaults) {
  return h(
    'section',
    { class: 'review-page' },
    h('h1', {}, 'One-year review'),
    h('p', { class: 'empty' }, 'No review has started yet: an administrator starts the review of a programme year. Meanwhile, the what-if panel applies the rule to today’s data.'),
    whatIfSection(null, defaults),
  );
}

/**
 * One review: its progress through the year with the quarterly interim summaries, the
 * recommendation with its reasons and figures, the report downloads, the sign-off, and the
 * what-if panel. Refreshes itself when the review records a step (live stream `review`).
 */
async function reviewView(id, reviews, defaults, { flash }) {
  const detail = await api(`/reviews/${encodeURIComponent(id)}`);
  const page = h('section', { class: 'review-page' });
  const banner = h('div', { class: 'live-banner', role: 'status' });
  const whatIf = whatIfSection(detail, defaults);
  let lastMessage = flash;

  const show = (review, message, focus = true) => {
    lastMessage = message;
    banner.replaceChildren();
    const status = h('p', { class: message ? 'notice' : 'visually-hidden', role: 'status', tabindex: '-1' }, message ?? '');
    const others = reviews.filter((r) => r.id !== review.id);
    page.replaceChildren(
      ...[
        h('h1', {}, `One-year review, ${dateText(review.periodStart)} to ${dateText(review.periodEnd)}`),
        status,
        banner,
        progressSection(review),
        review.decision ? recommendationSection(review) : null,
        reportSection(review),
        signOffSection(review, (updated, done) => show(updated, done)),
        interimSection(review, defaults),
        whatIf,
        others.length
          ? h(
              'section',
              { 'aria-labelledby': 'other-reviews-title' },
              h('h2', { id: 'other-reviews-title' }, 'Other reviews'),
              h('ul', { class: 'plain-list' }, others.map((r) => h('li', {}, h('a', { href: `/reviews/${r.id}` }, `${dateText(r.periodStart)} to ${dateText(r.periodEnd)}`), ` — ${STATUS[r.status] ?? r.status}${r.recommendation ? `, ${r.recommendation}` : ''}`))),
            )
          : null,
      ].filter(Boolean),
    );
    if (focus && message && page.isConnected) status.focus();
  };
  show(detail, flash);

  const refresh = async () => {
    show(await api(`/reviews/${encodeURIComponent(id)}`), lastMessage, false);
    announce('The review was updated.');
  };
  onLive(
    page,
    (e) => e.stream === 'review' && e.id === id,
    () => {
      if (!isEditing(page)) return void refresh().catch(() => undefined);
      banner.replaceChildren(
        h('p', { class: 'warning' }, 'The review has recorded a new step. ', h('button', { type: 'button', class: 'secondary', onclick: () => void refresh().catch(() => undefined) }, 'Show the latest')),
      );
    },
  );
  return page;
}

function progressSection(r) {
  const start = Date.parse(`${r.periodStart}T00:00:00Z`);
  const end = Date.parse(`${r.periodEnd}T00:00:00Z`);
  const total = Math.round((end - start) / 86_400_000);
  const elapsed = Math.max(0, Math.min(total, Math.floor((Date.now() - start) / 86_400_000)));
  return h(
    'section',
    { class: 'review-progress', 'aria-labelledby': 'progress-title' },
    h('h2', { id: 'progress-title' }, 'Progress'),
    h(
      'dl',
      { class: 'facts summary' },
      h('dt', {}, 'Status'),
      h('dd', {}, h('span', { class: `badge review-${r.status}` }, STATUS[r.status] ?? humanize(r.status))),
      h('dt', {}, 'Programme year'),
      h('dd', {}, `${dateText(r.periodStart)} to ${dateText(r.periodEnd)} (the recommendation is made when it ends)`),
      h('dt', {}, h('label', { for: 'year-progress' }, 'Year elapsed')),
      h('dd', {}, h('progress', { id: 'year-progress', max: total, value: elapsed }), ` ${elapsed} of ${total} days`),
      h('dt', {}, 'Interim summaries'),
      h('dd', {}, `${r.interim.length} of 3 (at the end of each quarter)`),
    ),
  );
}

/** A rate against its thresholds as a bar (meter) with the figure and the thresholds in words. */
function rateBar(label, rate, thresholds) {
  const id = `rate-${label.replace(/\W+/g, '-').toLowerCase()}-${Math.random().toString(36).slice(2, 7)}`;
  const [low, high] = thresholds;
  return h(
    'div',
    { class: 'rate-bar' },
    h('label', { for: id }, label),
    h('meter', { id, min: 0, max: 1, value: rate ?? 0, low: low ?? undefined, high: high ?? undefined, optimum: 1 }, percent(rate)),
    h('span', { class: 'rate-figure' }, rate === null || rate === undefined ? 'n/a' : percent(rate)),
    h(
      'span',
      { class: 'hint' },
      [
        rate === null || rate === undefined ? 'none due yet' : null,
        high !== null && high !== undefined ? `maintain at ${percent(high)} or more` : null,
        low !== null && low !== undefined ? `revoke below ${percent(low)}` : null,
      ]
        .filter(Boolean)
        .join('; '),
    ),
  );
}

function figuresChart(m, t) {
  return h(
    'div',
    { class: 'rate-chart' },
    rateBar('Visit grant rate', m.visitGrantRate, [t.revokeGrantRateBelow, t.maintainGrantRateAtLeast]),
    rateBar('Visit on-time rate', m.visitOnTimeRate, [t.revokeOnTimeRateBelow, t.maintainOnTimeRateAtLeast]),
    rateBar('PRC report on-time rate', m.reportOnTimeRate, [null, t.maintainReportOnTimeRateAtLeast]),
    rateBar('US report on-time rate', m.usReportOnTimeRate, [null, t.usComplianceRateAtLeast]),
  );
}

function countsList(m) {
  const rows = [
    ['Requests made', m.totalRequests],
    ['Requests due', m.requestsDue],
    ['Visits held / due', `${m.visitsHeld} / ${m.visitsDue}`],
    ['Visits refused', m.visitsRefused],
    ['PRC reports on time / due', `${m.reportsOnTime} / ${m.investigationsDue}`],
    ['Open past their deadline', m.backlogOlderThan60Days],
    ['Oldest open request', m.oldestOpenRequestDays === null ? 'none open' : `${m.oldestOpenRequestDays} days`],
    ['Facilities blocked', m.facilitiesBlocked],
    ['Entries screened / detained / excluded', `${m.entriesScreened} / ${m.entriesDetained} / ${m.entriesExcluded}`],
  ];
  return h('dl', { class: 'facts small' }, rows.flatMap(([label, value]) => [h('dt', {}, label), h('dd', {}, String(value))]));
}

function reasonsList(reasons) {
  return h(
    'ul',
    { class: 'reasons-list' },
    reasons.map((r) => h('li', { dataset: { rule: r.rule } }, r.text, ' ', h('span', { class: 'key' }, `(${r.rule}: ${r.figure === null ? 'n/a' : r.figure} against ${r.threshold})`))),
  );
}

function recommendationSection(r) {
  const d = r.decision;
  return h(
    'section',
    { class: 'recommendation', 'aria-labelledby': 'recommendation-title' },
    h('h2', { id: 'recommendation-title' }, 'Recommendation'),
    h('p', { class: `verdict verdict-${d.recommendation}` }, h('strong', {}, d.recommendation), ` — ${RECOMMENDATION[d.recommendation] ?? ''}`),
    d.flags.length ? h('ul', { class: 'warning plain-list' }, d.flags.map((f) => h('li', {}, FLAG[f] ?? humanize(f)))) : null,
    h('h3', {}, 'Why'),
    reasonsList(d.reasons),
    d.amendments?.length ? [h('h3', {}, 'Amendments the data point to'), h('ul', {}, d.amendments.map((a) => h('li', {}, a)))] : null,
    d.reReviewInMonths ? h('p', {}, `Review again in ${d.reReviewInMonths} months.`) : null,
    r.metrics ? [h('h3', {}, 'The year in figures'), figuresChart(r.metrics, d.thresholds), countsList(r.metrics)] : null,
    h('p', { class: 'hint' }, `Decision rule ${d.ruleVersion}; the thresholds it used are in the report.`),
  );
}

function reportSection(r) {
  const section = h('section', { class: 'report', 'aria-labelledby': 'report-title' }, h('h2', { id: 'report-title' }, 'Report'));
  if (!r.report) {
    section.append(h('p', { class: 'empty' }, `The report is written when the programme year ends on ${dateText(r.periodEnd)}.`));
    return section;
  }
  const status = h('p', { class: 'export-status', role: 'status' });
  const button = (label, file, path = `report.${file}`) => {
    const b = h('button', { type: 'button', class: 'secondary' }, label);
    b.addEventListener('click', async () => {
      b.disabled = true;
      status.className = 'export-status';
      status.textContent = `Preparing ${r.id}.${file}…`;
      try {
        await download(`/reviews/${encodeURIComponent(r.id)}/${path}`, `${r.id}.${file}`);
        status.textContent = `${r.id}.${file} downloaded.`;
      } catch (error) {
        status.className = 'export-status form-alert';
        status.textContent = errorSentence(error);
      } finally {
        b.disabled = false;
      }
    });
    return b;
  };
  section.append(
    h('p', {}, 'The report as delivered when the year ended, with the facts, the figures, the thresholds and the reasons.'),
    h(
      'div',
      { class: 'actions' },
      button('Download the report (PDF)', 'pdf'),
      button('Download the report (HTML)', 'html'),
      button('Download the report (Markdown)', 'md'),
      button('Download every fact counted (CSV)', 'facts.csv', 'facts.csv'),
    ),
    status,
  );
  return section;
}

function signOffSection(r, signed) {
  const section = h('section', { class: 'sign-off', 'aria-labelledby': 'sign-off-title' }, h('h2', { id: 'sign-off-title' }, 'Sign-off'));
  if (r.signOff) {
    section.append(
      h('p', { class: 'notice' }, `Signed off by ${r.signOff.by?.name ?? 'a policy user'} on `, timeEl(r.signOff.at, true), r.signOff.note ? `: “${r.signOff.note}”` : '.'),
    );
    return section;
  }
  if (r.status !== 'AWAITING_SIGN_OFF') {
    section.append(h('p', { class: 'empty' }, `Sign-off opens when the year ends on ${dateText(r.periodEnd)} and the recommendation is made.`));
    return section;
  }
  const needsNote = Boolean(r.decision?.requiresPolicySignOff);
  const signForm = form(
    { class: 'stack', 'aria-label': 'Sign off the recommendation', dataset: { draft: `sign-off-${r.id}` } },
    formAlert(),
    field({
      name: 'note',
      label: needsNote ? 'Your reasons' : 'Note (optional)',
      rows: 3,
      required: needsNote,
      hint: needsNote ? 'This REVOKE was reached while the US missed its own post-visit reports: give the reasons you agree.' : null,
    }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, `Sign off: ${r.decision.recommendation}`)),
  );
  onSubmit(signForm, async (body) => {
    const updated = await post(`/reviews/${encodeURIComponent(r.id)}/sign-off`, body);
    signed(updated, `Signed off: the recommendation ${updated.recommendation} is final.`);
  });
  keepDraft(signForm);
  section.append(h('p', {}, `The recommendation becomes final when a policy user signs it off.`), signForm);
  return section;
}

function interimSection(r, defaults) {
  const t = r.decision?.thresholds ?? defaults;
  return h(
    'section',
    { class: 'interim', 'aria-labelledby': 'interim-title' },
    h('h2', { id: 'interim-title' }, 'Interim summaries'),
    r.interim.length
      ? [
          h('p', {}, 'At the end of each quarter, the figures so far, and what the rule would give if the year ended that day: a forecast, not the recommendation.'),
          h('div', { class: 'table-wrap' }, quarterTable(r.interim)),
          h(
            'ul',
            { class: 'cards' },
            r.interim.map((s) =>
              h(
                'li',
                {},
                h(
                  'article',
                  { class: 'card interim-summary', 'aria-labelledby': `quarter-${s.quarter}` },
                  h('h3', { id: `quarter-${s.quarter}` }, `Quarter ${s.quarter}, as of `, timeEl(s.asOf)),
                  h('p', {}, 'If the year had ended then: ', h('strong', {}, s.whatIf.recommendation), s.whatIf.flags.length ? ` (${s.whatIf.flags.map(humanize).join(', ')})` : '', '. Not a recommendation.'),
                  h('details', {}, h('summary', {}, `Quarter ${s.quarter}: reasons and figures`), reasonsList(s.whatIf.reasons), figuresChart(s.metrics, t), countsList(s.metrics)),
                ),
              ),
            ),
          ),
        ]
      : h('p', { class: 'empty' }, 'The first summary comes at the end of the first quarter.'),
  );
}

/** The quarters side by side: how the rates moved through the year. */
function quarterTable(interim) {
  /** @type {[string, (s: any) => any][]} */
  const rows = [
    ['Requests due', (s) => String(s.metrics.requestsDue)],
    ['Visit grant rate', (s) => percent(s.metrics.visitGrantRate)],
    ['Visit on-time rate', (s) => percent(s.metrics.visitOnTimeRate)],
    ['PRC report on-time rate', (s) => percent(s.metrics.reportOnTimeRate)],
    ['US report on-time rate', (s) => percent(s.metrics.usReportOnTimeRate)],
    ['Forecast', (s) => s.whatIf.recommendation],
  ];
  return h(
    'table',
    { class: 'quarters' },
    h('caption', {}, 'Quarter by quarter'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Figure'), interim.map((s) => h('th', { scope: 'col' }, `Q${s.quarter} (${dateText(s.asOf)})`)))),
    h('tbody', {}, rows.map(([label, cell]) => h('tr', {}, h('th', { scope: 'row' }, label), interim.map((s) => h('td', {}, cell(s)))))),
  );
}

/** What the rule gives on today's data for any window and thresholds (GET /reviews/what-if); stores nothing. */
function whatIfSection(review, defaults) {
  const thresholds = review?.decision?.thresholds ?? defaults;
  const today = todayIso();
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const result = h('div', { class: 'what-if-result', 'aria-live': 'polite' });
  const whatIfForm = form(
    { class: 'stack wide', 'aria-label': 'What if', dataset: { draft: 'what-if' } },
    formAlert(),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, 'Window'),
      h(
        'div',
        { class: 'group-fields' },
        field({ name: 'from', label: 'From (first day)', type: 'date', required: true, value: review?.periodStart ?? yearAgo }),
        field({ name: 'to', label: 'To (the day after the last)', type: 'date', required: true, value: review?.periodEnd ?? today }),
      ),
    ),
    THRESHOLD_GROUPS.map(([legend, items]) =>
      h(
        'fieldset',
        { class: 'group' },
        h('legend', {}, legend),
        h(
          'div',
          { class: 'group-fields' },
          items.map(([name, label, kind]) =>
            field({
              name,
              label,
              type: 'number',
              value: String(thresholds[name] ?? defaults[name]),
              step: kind === 'rate' ? '0.01' : '1',
              min: 0,
              max: kind === 'rate' ? 1 : undefined,
              inputmode: 'decimal',
              hint: kind === 'rate' ? 'A fraction from 0 to 1 (0.8 is 80%); empty keeps the default.' : 'Empty keeps the default.',
            }),
          ),
        ),
      ),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply the rule'), h('button', { type: 'reset', class: 'secondary' }, 'Back to the review’s thresholds')),
  );
  // A reset puts back the starting values: the draft follows.
  whatIfForm.addEventListener('reset', () => setTimeout(() => whatIfForm.dispatchEvent(new Event('change')), 0));
  onSubmit(whatIfForm, async (values) => {
    const answer = await api(`/reviews/what-if${query(values)}`);
    showWhatIf(result, answer);
  });
  keepDraft(whatIfForm);
  return h(
    'section',
    { class: 'what-if', 'aria-labelledby': 'what-if-title' },
    h('h2', { id: 'what-if-title' }, 'What if'),
    h('p', {}, 'Try other thresholds or another window: the rule is applied to today’s data. Nothing is stored, and the review’s recommendation does not change.'),
    whatIfForm,
    result,
  );
}

function showWhatIf(region, answer) {
  const heading = h('h3', { tabindex: '-1' }, `The rule gives: ${answer.recommendation}`);
  region.className = 'what-if-result card';
  const parts = [
    heading,
    h('p', { class: 'hint' }, `Window ${dateText(answer.window.from)} to ${dateText(answer.window.to)}, data as of `, timeEl(answer.asOf, true), '.'),
    answer.flags.length ? h('ul', { class: 'warning plain-list' }, answer.flags.map((f) => h('li', {}, FLAG[f] ?? humanize(f)))) : null,
    reasonsList(answer.decision.reasons),
    answer.decision.amendments?.length ? h('ul', {}, answer.decision.amendments.map((a) => h('li', {}, a))) : null,
    figuresChart(answer.metrics, answer.decision.thresholds),
    countsList(answer.metrics),
  ];
  region.replaceChildren(...parts.filter(Boolean));
  heading.focus();
}
