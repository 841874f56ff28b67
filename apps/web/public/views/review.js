import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api, download, post, query } from '../api.js';
import { humanize } from '../dom.js';
import { errorSentence } from '../forms.js';
import { dateText, todayIso } from '../format.js';
import { useLiveRecord, useStatusFocus } from '../live-record.js';
import { has } from '../roles.js';
import { navigate } from '../router.js';
import { ActionForm, Field, html, mountView, Time, useId } from '../ui.js';

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

/**
 * What the signed-in user may do here, from the permissions they signed in with; the API checks
 * each request again.
 * @param {import('../session.js').User | null} user
 */
const abilities = (user) => ({
  start: has(user, 'review:start'),
  report: has(user, 'review:report'),
  signOff: has(user, 'review:sign-off'),
  whatIf: has(user, 'review:what-if'),
});

/** The current review: the one waiting for its sign-off, else the one whose programme year started last. */
export async function currentReviewPage(ctx) {
  const [reviews, defaults] = await Promise.all([api('/reviews'), api('/reviews/thresholds')]);
  if (!reviews.length) return mountView(NoReview, { defaults, can: abilities(ctx.user) });
  const current = reviews.find((r) => r.status === 'AWAITING_SIGN_OFF') ?? reviews[0];
  return reviewView(current.id, reviews, defaults, ctx);
}

/** A review by id: the link in policy staff's notifications. */
export async function reviewPage(ctx) {
  const [reviews, defaults] = await Promise.all([api('/reviews'), api('/reviews/thresholds')]);
  return reviewView(ctx.params.id, reviews, defaults, ctx);
}

/** @param {{ defaults: Record<string, number>, can: ReturnType<typeof abilities> }} props the decision rule's default thresholds (GET /reviews/thresholds) */
function NoReview({ defaults, can }) {
  return html`<section class="review-page">
    <h1>One-year review</h1>
    <p class="empty">No review has started yet: an administrator starts the review of a programme year.${can.whatIf ? ' Meanwhile, the what-if panel applies the rule to today’s data.' : ''}</p>
    ${can.start ? html`<${StartReview} />` : null}
    ${can.whatIf ? html`<${WhatIf} review=${null} defaults=${defaults} />` : null}
  </section>`;
}

async function reviewView(id, reviews, defaults, { flash, user }) {
  const detail = await api(`/reviews/${encodeURIComponent(id)}`);
  return mountView(ReviewPage, { initial: detail, reviews, defaults, flash, can: abilities(user) });
}

/**
 * Starts the review of a programme year (POST /reviews). Once started, each review schedules the
 * next year's by itself; this starts the first, or a year the programme has not reviewed.
 */
function StartReview() {
  return html`<section class="start-review" aria-labelledby="start-review-title">
    <h2 id="start-review-title">Start a programme year’s review</h2>
    <p>The review runs twelve months from the first day you give, sends interim summaries to policy staff on the schedule of the rules as settings in force and makes its recommendation when the year ends. Each review then schedules the next year’s by itself.</p>
    <${ActionForm}
      label="Start a review"
      onSend=${async (body) => {
        const started = await post('/reviews', { periodStart: body.periodStart });
        await navigate(`/reviews/${started.id}`, { flash: `The review of the year from ${dateText(started.periodStart)} is started.` });
      }}
    >
      <${Field} name="periodStart" label="First day of the programme year" type="date" required=${true} />
      <div class="actions"><button type="submit">Start the review</button></div>
    <//>
  </section>`;
}

/**
 * One review: its progress through the year with the quarterly interim summaries, the
 * recommendation with its reasons and figures, the report downloads, the sign-off, and the
 * what-if panel. When the review records a step (live stream `review`) the page is patched: the
 * what-if values and a half-written sign-off note stay.
 */
function ReviewPage({ initial, reviews, defaults, flash, can }) {
  const [shown, setShown] = useState({ review: initial, message: flash, focus: false });
  const page = useRef(/** @type {HTMLElement | null} */ (null));
  const status = useRef(/** @type {HTMLElement | null} */ (null));
  const r = shown.review;

  useStatusFocus(shown, status);
  useLiveRecord(page, {
    stream: 'review',
    id: initial.id,
    path: `/reviews/${encodeURIComponent(initial.id)}`,
    apply: (next) => setShown((prev) => ({ review: next, message: prev.message, focus: false })),
    said: () => 'The review was updated.',
  });

  return html`<section class="review-page" ref=${page}>
    <h1>One-year review, ${dateText(r.periodStart)} to ${dateText(r.periodEnd)}</h1>
    <p class=${shown.message ? 'notice' : 'visually-hidden'} role="status" tabindex="-1" ref=${status}>${shown.message ?? ''}</p>
    <${Progress} r=${r} />
    ${r.decision ? html`<${Recommendation} r=${r} />` : null}
    ${can.report ? html`<${Report} r=${r} />` : null}
    <${SignOff} r=${r} canSign=${can.signOff} signed=${(updated, done) => setShown({ review: updated, message: done, focus: true })} />
    <${Interim} r=${r} defaults=${defaults} />
    <${Years} reviews=${reviews} current=${r.id} />
    ${can.whatIf ? html`<${WhatIf} review=${initial} defaults=${defaults} />` : null}
    ${can.start ? html`<${StartReview} />` : null}
  </section>`;
}

/** The key rates compared across years: [field, label, line style]. */
const YEAR_RATES = [
  ['visitGrantRate', 'Visit grant rate', 'solid'],
  ['visitOnTimeRate', 'Visit on-time rate', 'dashed'],
  ['reportOnTimeRate', 'PRC report on-time rate', 'dotted'],
  ['usReportOnTimeRate', 'US report on-time rate', 'dash-dot'],
];
const DASH = { solid: '', dashed: '8 4', dotted: '2 4', 'dash-dot': '8 4 2 4' };

/**
 * Every programme year side by side (GET /reviews): its status, its recommendation and its key
 * figures, as a table, then the rates of the years that have ended as a chart. The table holds
 * every value the chart draws, so the chart is a picture of it (aria-hidden is not needed: the
 * chart has its own title and description naming the table).
 */
function Years({ reviews, current }) {
  const years = [...reviews].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return html`<section class="years" aria-labelledby="years-title">
    <h2 id="years-title">Year by year</h2>
    <div class="table-wrap">
      <table class="years-table">
        <caption>Every programme year’s review, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Programme year</th>
            <th scope="col">Status</th>
            <th scope="col">Recommendation</th>
            <th scope="col">Requests due</th>
            ${YEAR_RATES.map(([key, label]) => html`<th key=${key} scope="col">${label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (y) => html`<tr key=${y.id} aria-current=${y.id === current ? 'page' : undefined}>
              <th scope="row">
                ${y.id === current
                  ? html`${dateText(y.periodStart)} to ${dateText(y.periodEnd)} (shown)`
                  : html`<a href=${`/reviews/${y.id}`}>${dateText(y.periodStart)} to ${dateText(y.periodEnd)}</a>`}
              </th>
              <td>${STATUS[y.status] ?? humanize(y.status)}</td>
              <td>${y.recommendation ?? 'not yet'}${y.flags.length ? ` (${y.flags.map(humanize).join(', ')})` : ''}</td>
              <td>${y.figures ? String(y.figures.requestsDue) : '—'}</td>
              ${YEAR_RATES.map(([key]) => html`<td key=${key}>${y.figures ? percent(y.figures[key]) : '—'}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <${YearChart} years=${years.filter((y) => y.figures)} />
  </section>`;
}

/** The ended years' rates as lines over the years, drawn as SVG from the same rows as the table. */
function YearChart({ years }) {
  const titleId = useId('year-chart-title');
  const descId = useId('year-chart-desc');
  if (years.length === 0) return html`<p class="empty">The chart of the years’ figures starts when the first year ends.</p>`;
  const width = 640;
  const height = 260;
  const pad = { left: 48, right: 16, top: 16, bottom: 40 };
  const x = (i) => (years.length === 1 ? (pad.left + width - pad.right) / 2 : pad.left + (i * (width - pad.left - pad.right)) / (years.length - 1));
  const y = (rate) => pad.top + (1 - rate) * (height - pad.top - pad.bottom);
  const lines = YEAR_RATES.map(([key, label, style]) => {
    const points = years.map((yr, i) => [i, yr.figures[key]]).filter(([, v]) => typeof v === 'number');
    return { key, label, style, points };
  });
  return html`<figure class="year-chart">
    <svg viewBox=${`0 0 ${width} ${height}`} role="img" aria-labelledby=${titleId} aria-describedby=${descId} class="chart">
      <title id=${titleId}>Key rates by programme year</title>
      <desc id=${descId}>
        ${lines
          .map((l) => `${l.label}: ${l.points.map(([i, v]) => `${years[i].periodStart.slice(0, 4)} ${percent(v)}`).join(', ') || 'none due'}`)
          .join('. ')}. The table above gives every figure.
      </desc>
      ${[0, 0.25, 0.5, 0.75, 1].map(
        (t) => html`<g key=${t}>
          <line x1=${pad.left} x2=${width - pad.right} y1=${y(t)} y2=${y(t)} class="chart-grid" />
          <text x=${pad.left - 6} y=${y(t) + 4} text-anchor="end" class="chart-label">${Math.round(t * 100)}%</text>
        </g>`,
      )}
      ${years.map(
        (yr, i) => html`<text key=${yr.id} x=${x(i)} y=${height - pad.bottom + 18} text-anchor="middle" class="chart-label">${dateText(yr.periodStart)}</text>`,
      )}
      ${lines.map(
        (l) => html`<g key=${l.key} class=${`chart-series chart-${l.key}`} data-series=${l.key}>
          <polyline fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray=${DASH[l.style]} points=${l.points.map(([i, v]) => `${x(i)},${y(v)}`).join(' ')} />
          ${l.points.map(([i, v]) => html`<circle key=${i} cx=${x(i)} cy=${y(v)} r="4" fill="currentColor"><title>${`${l.label}, ${dateText(years[i].periodStart)}: ${percent(v)}`}</title></circle>`)}
        </g>`,
      )}
    </svg>
    <figcaption>
      <ul class="chart-legend plain-list">
        ${lines.map(
          (l) => html`<li key=${l.key} class=${`chart-${l.key}`}>
            <svg width="32" height="10" aria-hidden="true"><line x1="0" x2="32" y1="5" y2="5" stroke="currentColor" stroke-width="2" stroke-dasharray=${DASH[l.style]} /></svg> ${l.label}
          </li>`,
        )}
      </ul>
    </figcaption>
  </figure>`;
}

function Progress({ r }) {
  const start = Date.parse(`${r.periodStart}T00:00:00Z`);
  const end = Date.parse(`${r.periodEnd}T00:00:00Z`);
  const total = Math.round((end - start) / 86_400_000);
  const elapsed = Math.max(0, Math.min(total, Math.floor((Date.now() - start) / 86_400_000)));
  return html`<section class="review-progress" aria-labelledby="progress-title">
    <h2 id="progress-title">Progress</h2>
    <dl class="facts summary">
      <dt>Status</dt>
      <dd><span class=${`badge review-${r.status}`}>${STATUS[r.status] ?? humanize(r.status)}</span></dd>
      <dt>Programme year</dt>
      <dd>${dateText(r.periodStart)} to ${dateText(r.periodEnd)} (the recommendation is made when it ends)</dd>
      <dt><label for="year-progress">Year elapsed</label></dt>
      <dd><progress id="year-progress" max=${total} value=${elapsed}></progress> ${elapsed} of ${total} days</dd>
      <dt>Interim summaries</dt>
      <dd>${r.interim.length} of 3 (at the end of each quarter)</dd>
    </dl>
  </section>`;
}

/** A rate against its thresholds as a bar (meter) with the figure and the thresholds in words. */
function RateBar({ label, rate, thresholds }) {
  const id = useId(`rate-${label.replace(/\W+/g, '-').toLowerCase()}`);
  const [low, high] = thresholds;
  const words = [
    rate === null || rate === undefined ? 'none due yet' : null,
    high !== null && high !== undefined ? `maintain at ${percent(high)} or more` : null,
    low !== null && low !== undefined ? `revoke below ${percent(low)}` : null,
  ]
    .filter(Boolean)
    .join('; ');
  return html`<div class="rate-bar">
    <label for=${id}>${label}</label>
    <meter id=${id} min="0" max="1" value=${rate ?? 0} low=${low ?? undefined} high=${high ?? undefined} optimum="1">${percent(rate)}</meter>
    <span class="rate-figure">${rate === null || rate === undefined ? 'n/a' : percent(rate)}</span>
    <span class="hint">${words}</span>
  </div>`;
}

function Figures({ m, t }) {
  return html`<div class="rate-chart">
    <${RateBar} label="Visit grant rate" rate=${m.visitGrantRate} thresholds=${[t.revokeGrantRateBelow, t.maintainGrantRateAtLeast]} />
    <${RateBar} label="Visit on-time rate" rate=${m.visitOnTimeRate} thresholds=${[t.revokeOnTimeRateBelow, t.maintainOnTimeRateAtLeast]} />
    <${RateBar} label="PRC report on-time rate" rate=${m.reportOnTimeRate} thresholds=${[null, t.maintainReportOnTimeRateAtLeast]} />
    <${RateBar} label="US report on-time rate" rate=${m.usReportOnTimeRate} thresholds=${[null, t.usComplianceRateAtLeast]} />
  </div>`;
}

function Counts({ m }) {
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
  return html`<dl class="facts small">${rows.map(([label, value]) => [html`<dt key=${`t-${label}`}>${label}</dt>`, html`<dd key=${`d-${label}`}>${String(value)}</dd>`])}</dl>`;
}

function Reasons({ reasons }) {
  return html`<ul class="reasons-list">
    ${reasons.map(
      (r) => html`<li key=${r.rule} data-rule=${r.rule}>${r.text} <span class="key">(${r.rule}: ${r.figure === null ? 'n/a' : r.figure} against ${r.threshold})</span></li>`,
    )}
  </ul>`;
}

function Recommendation({ r }) {
  const d = r.decision;
  return html`<section class="recommendation" aria-labelledby="recommendation-title">
    <h2 id="recommendation-title">Recommendation</h2>
    <p class=${`verdict verdict-${d.recommendation}`}><strong>${d.recommendation}</strong> — ${RECOMMENDATION[d.recommendation] ?? ''}</p>
    ${d.flags.length ? html`<ul class="warning plain-list">${d.flags.map((f) => html`<li key=${f}>${FLAG[f] ?? humanize(f)}</li>`)}</ul>` : null}
    <h3>Why</h3>
    <${Reasons} reasons=${d.reasons} />
    ${d.amendments?.length ? html`<h3>Amendments the data point to</h3><ul>${d.amendments.map((a, i) => html`<li key=${i}>${a}</li>`)}</ul>` : null}
    ${d.reReviewInMonths ? html`<p>Review again in ${d.reReviewInMonths} months.</p>` : null}
    ${r.metrics ? html`<h3>The year in figures</h3><${Figures} m=${r.metrics} t=${d.thresholds} /><${Counts} m=${r.metrics} />` : null}
    <p class="hint">Decision rule ${d.ruleVersion}; the thresholds it used are in the report.</p>
  </section>`;
}

function Report({ r }) {
  const [status, setStatus] = useState({ text: '', failed: false });
  const [busy, setBusy] = useState('');
  if (!r.report) {
    return html`<section class="report" aria-labelledby="report-title">
      <h2 id="report-title">Report</h2>
      <p class="empty">The report is written when the programme year ends on ${dateText(r.periodEnd)}.</p>
    </section>`;
  }
  const fetchFile = async (file, path) => {
    setBusy(file);
    setStatus({ text: `Preparing ${r.id}.${file}…`, failed: false });
    try {
      await download(`/reviews/${encodeURIComponent(r.id)}/${path}`, `${r.id}.${file}`);
      setStatus({ text: `${r.id}.${file} downloaded.`, failed: false });
    } catch (error) {
      setStatus({ text: errorSentence(error), failed: true });
    } finally {
      setBusy('');
    }
  };
  const button = (label, file, path = `report.${file}`) =>
    html`<button key=${file} type="button" class="secondary" disabled=${busy === file} onClick=${() => void fetchFile(file, path)}>${label}</button>`;
  return html`<section class="report" aria-labelledby="report-title">
    <h2 id="report-title">Report</h2>
    <p>The report as delivered when the year ended, with the facts, the figures, the thresholds and the reasons.</p>
    <div class="actions">
      ${button('Download the report (PDF)', 'pdf')} ${button('Download the report (HTML)', 'html')} ${button('Download the report (Markdown)', 'md')}
      ${button('Download every fact counted (CSV)', 'facts.csv', 'facts.csv')}
    </div>
    <p class=${status.failed ? 'export-status form-alert' : 'export-status'} role="status">${status.text}</p>
  </section>`;
}

function SignOff({ r, canSign, signed }) {
  let content;
  if (r.signOff) {
    content = html`<p class="notice">
      Signed off by ${r.signOff.by?.name ?? 'a policy user'} on <${Time} iso=${r.signOff.at} withTime=${true} />${r.signOff.note ? `: “${r.signOff.note}”` : '.'}
    </p>`;
  } else if (r.status !== 'AWAITING_SIGN_OFF') {
    content = html`<p class="empty">Sign-off opens when the year ends on ${dateText(r.periodEnd)} and the recommendation is made.</p>`;
  } else if (!canSign) {
    content = html`<p>The recommendation waits for a policy user’s sign-off.</p>`;
  } else {
    const needsNote = Boolean(r.decision?.requiresPolicySignOff);
    content = html`<p>The recommendation becomes final when a policy user signs it off.</p>
      <${ActionForm}
        label="Sign off the recommendation"
        draft=${`sign-off-${r.id}`}
        onSend=${async (body) => {
          const updated = await post(`/reviews/${encodeURIComponent(r.id)}/sign-off`, body);
          signed(updated, `Signed off: the recommendation ${updated.recommendation} is final.`);
        }}
      >
        <${Field}
          name="note"
          label=${needsNote ? 'Your reasons' : 'Note (optional)'}
          rows=${3}
          required=${needsNote}
          hint=${needsNote ? 'This REVOKE was reached while the US missed its own post-visit reports: give the reasons you agree.' : undefined}
        />
        <div class="actions"><button type="submit">Sign off: ${r.decision.recommendation}</button></div>
      <//>`;
  }
  return html`<section class="sign-off" aria-labelledby="sign-off-title"><h2 id="sign-off-title">Sign-off</h2>${content}</section>`;
}

function Interim({ r, defaults }) {
  const t = r.decision?.thresholds ?? defaults;
  return html`<section class="interim" aria-labelledby="interim-title">
    <h2 id="interim-title">Interim summaries</h2>
    ${r.interim.length
      ? html`<p>At the end of each quarter, the figures so far, and what the rule would give if the year ended that day: a forecast, not the recommendation.</p>
          <div class="table-wrap"><${QuarterTable} interim=${r.interim} /></div>
          <ul class="cards">
            ${r.interim.map(
              (s) => html`<li key=${s.quarter}>
                <article class="card interim-summary" aria-labelledby=${`quarter-${s.quarter}`}>
                  <h3 id=${`quarter-${s.quarter}`}>Quarter ${s.quarter}, as of <${Time} iso=${s.asOf} /></h3>
                  <p>
                    If the year had ended then: <strong>${s.whatIf.recommendation}</strong>${s.whatIf.flags.length ? ` (${s.whatIf.flags.map(humanize).join(', ')})` : ''}. Not a
                    recommendation.
                  </p>
                  <details>
                    <summary>Quarter ${s.quarter}: reasons and figures</summary>
                    <${Reasons} reasons=${s.whatIf.reasons} />
                    <${Figures} m=${s.metrics} t=${t} />
                    <${Counts} m=${s.metrics} />
                  </details>
                </article>
              </li>`,
            )}
          </ul>`
      : html`<p class="empty">The first summary comes at the end of the first quarter.</p>`}
  </section>`;
}

/** The quarters side by side: how the rates moved through the year. */
function QuarterTable({ interim }) {
  /** @type {[string, (s: any) => any][]} */
  const rows = [
    ['Requests due', (s) => String(s.metrics.requestsDue)],
    ['Visit grant rate', (s) => percent(s.metrics.visitGrantRate)],
    ['Visit on-time rate', (s) => percent(s.metrics.visitOnTimeRate)],
    ['PRC report on-time rate', (s) => percent(s.metrics.reportOnTimeRate)],
    ['US report on-time rate', (s) => percent(s.metrics.usReportOnTimeRate)],
    ['Forecast', (s) => s.whatIf.recommendation],
  ];
  return html`<table class="quarters">
    <caption>Quarter by quarter</caption>
    <thead>
      <tr>
        <th scope="col">Figure</th>
        ${interim.map((s) => html`<th key=${s.quarter} scope="col">Q${s.quarter} (${dateText(s.asOf)})</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        ([label, cell]) => html`<tr key=${label}>
          <th scope="row">${label}</th>
          ${interim.map((s) => html`<td key=${s.quarter}>${cell(s)}</td>`)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/**
 * What the rule gives on today's data for any window and thresholds (GET /reviews/what-if); stores
 * nothing. Its starting values are those of the review as first shown: later updates of the review
 * leave the panel as the user set it.
 */
function WhatIf({ review, defaults }) {
  const [answer, setAnswer] = useState(null);
  const heading = useRef(/** @type {HTMLElement | null} */ (null));
  const form = useRef(/** @type {HTMLDivElement | null} */ (null));
  const thresholds = review?.decision?.thresholds ?? defaults;
  const today = todayIso();
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;

  useLayoutEffect(() => {
    // A reset puts back the starting values: the draft follows.
    const el = form.current?.querySelector('form');
    if (!el) return undefined;
    const follow = () => setTimeout(() => el.dispatchEvent(new Event('change')), 0);
    el.addEventListener('reset', follow);
    return () => el.removeEventListener('reset', follow);
  }, []);
  useEffect(() => {
    if (answer) heading.current?.focus();
  }, [answer]);

  return html`<section class="what-if" aria-labelledby="what-if-title">
    <h2 id="what-if-title">What if</h2>
    <p>Try other thresholds or another window: the rule is applied to today’s data. Nothing is stored, and the review’s recommendation does not change.</p>
    <div ref=${form}>
      <${ActionForm} label="What if" class="stack wide" draft="what-if" keep=${true} onSend=${async (values) => setAnswer(await api(`/reviews/what-if${query(values)}`))}>
        <fieldset class="group">
          <legend>Window</legend>
          <div class="group-fields">
            <${Field} name="from" label="From (first day)" type="date" required=${true} value=${review?.periodStart ?? yearAgo} />
            <${Field} name="to" label="To (the day after the last)" type="date" required=${true} value=${review?.periodEnd ?? today} />
          </div>
        </fieldset>
        ${THRESHOLD_GROUPS.map(
          ([legend, items]) => html`<fieldset key=${legend} class="group">
            <legend>${legend}</legend>
            <div class="group-fields">
              ${items.map(
                ([name, label, kind]) => html`<${Field}
                  key=${name}
                  name=${name}
                  label=${label}
                  type="number"
                  value=${String(thresholds[name] ?? defaults[name])}
                  step=${kind === 'rate' ? '0.01' : '1'}
                  min=${0}
                  max=${kind === 'rate' ? 1 : undefined}
                  inputmode="decimal"
                  hint=${kind === 'rate' ? 'A fraction from 0 to 1 (0.8 is 80%); empty keeps the default.' : 'Empty keeps the default.'}
                />`,
              )}
            </div>
          </fieldset>`,
        )}
        <div class="actions"><button type="submit">Apply the rule</button><button type="reset" class="secondary">Back to the review’s thresholds</button></div>
      <//>
    </div>
    <div class=${answer ? 'what-if-result card' : 'what-if-result'} aria-live="polite">
      ${answer
        ? html`<h3 tabindex="-1" ref=${heading}>The rule gives: ${answer.recommendation}</h3>
            <p class="hint">Window ${dateText(answer.window.from)} to ${dateText(answer.window.to)}, data as of <${Time} iso=${answer.asOf} withTime=${true} />.</p>
            ${answer.flags.length ? html`<ul class="warning plain-list">${answer.flags.map((f) => html`<li key=${f}>${FLAG[f] ?? humanize(f)}</li>`)}</ul>` : null}
            <${Reasons} reasons=${answer.decision.reasons} />
            ${answer.decision.amendments?.length ? html`<ul>${answer.decision.amendments.map((a, i) => html`<li key=${i}>${a}</li>`)}</ul>` : null}
            <${Figures} m=${answer.metrics} t=${answer.decision.thresholds} />
            <${Counts} m=${answer.metrics} />`
        : null}
    </div>
  </section>`;
}
