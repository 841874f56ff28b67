import { useId, useRef, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { errorSentence } from '../forms.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

/**
 * The rules as settings an administrator keeps, in versions (docs/domain.md §4, §5, §7): clock budgets,
 * each ladder step's offset, who it tells and how often it reminds, the review thresholds and schedule.
 */
export async function adminSettingsPage({ flash }) {
  const [settings, openCases] = await Promise.all([api('/settings'), api('/settings/apply-to-open')]);
  return mountView(SettingsPage, { initial: settings, initialOpenCases: openCases, flash });
}

const casesText = (n) => (n === 1 ? '1 open case' : `${n} open cases`);

/**
 * The administrator's explicit step that moves the open cases to the version in force: the count is
 * asked again when they start, shown in the confirmation, and the version confirmed is the one sent
 * (the API refuses it if another was saved meanwhile). Each case's history then says what moved.
 */
function ApplyToOpenCases({ openCases, onApplied }) {
  const [confirming, setConfirming] = useState(/** @type {null | { version: number, openCases: number }} */ (null));
  const [problem, setProblem] = useState(/** @type {string | null} */ (null));
  const [busy, setBusy] = useState(false);
  const confirmRef = useRef(/** @type {HTMLButtonElement | null} */ (null));
  const run = async (fn) => {
    setBusy(true);
    setProblem(null);
    try {
      await fn();
    } catch (error) {
      setProblem(errorSentence(error));
    } finally {
      setBusy(false);
    }
  };
  const start = () =>
    run(async () => {
      const fresh = await api('/settings/apply-to-open');
      setConfirming(fresh);
      setTimeout(() => confirmRef.current?.focus(), 0);
    });
  const apply = () =>
    run(async () => {
      const result = await post('/settings/apply-to-open', { version: confirming.version });
      setConfirming(null);
      await onApplied(result);
    });
  const older = openCases.byVersion.map((v) => `${casesText(v.cases)} on ${v.version === null ? 'no version' : `version ${v.version}`}`).join(', ');
  return html`<section class="apply-settings" aria-labelledby="apply-title">
    <h2 id="apply-title">Apply to open cases</h2>
    <p>
      ${openCases.openCases === 0
        ? `Every open case runs on version ${openCases.version}.`
        : `${casesText(openCases.openCases)} still run on an older version (${older}). They keep it until you apply version ${openCases.version} to them: their clocks are then re-projected on it, and each case's history records the versions and every due date that moved.`}
    </p>
    ${problem ? html`<p class="form-alert" role="alert">${problem}</p>` : null}
    ${confirming
      ? html`<div class="confirm" role="group" aria-labelledby="apply-confirm-text">
          <p id="apply-confirm-text">
            ${confirming.openCases === 0
              ? `No open case runs on an older version than ${confirming.version}: applying changes nothing.`
              : `Apply version ${confirming.version} to ${casesText(confirming.openCases)}? Their due dates move to what version ${confirming.version} gives.`}
          </p>
          <div class="actions">
            <button type="button" ref=${confirmRef} disabled=${busy} onClick=${apply}>Apply version ${confirming.version} to ${casesText(confirming.openCases)}</button>
            <button type="button" class="secondary" disabled=${busy} onClick=${() => setConfirming(null)}>Cancel</button>
          </div>
        </div>`
      : html`<div class="actions">
          <button type="button" disabled=${busy || openCases.openCases === 0} onClick=${start}>Apply version ${openCases.version} to open cases…</button>
        </div>`}
  </section>`;
}

/** Who a case clock's step can tell. */
const AUDIENCES = [
  { value: 'assignee', label: 'The assignee' },
  { value: 'supervisors', label: 'The supervisors' },
];

/** Steps that may remind while nobody acknowledges them: a breach or a later step (a REMINDER is itself the warning). */
const mayRemind = (step) => step.type !== 'REMINDER';

/** "3, 6, 9" as months; a part that is no number is sent as typed, for the API to name. */
const monthsList = (text) =>
  String(text ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => (Number.isNaN(Number(part)) ? part : Number(part)));

/**
 * The form's ladder fields are keyed by level; the API takes each ladder as a list of steps. An
 * emptied reminder interval means the step no longer reminds (null).
 */
function asBody(values, caseRules) {
  const rules = Object.fromEntries(
    Object.entries(values.rules ?? {}).map(([kind, rule]) => {
      const known = caseRules.find((r) => r.kind === kind);
      const ladder = rule.ladder
        ? Object.entries(rule.ladder).map(([level, step]) => {
            const was = known?.ladder.find((s) => s.level === Number(level));
            return { level: Number(level), ...step, ...(was && mayRemind(was) && step.remindEveryHours === undefined ? { remindEveryHours: null } : {}) };
          })
        : undefined;
      return [kind, { ...rule, ...(ladder ? { ladder } : {}) }];
    }),
  );
  const schedule = values.reviewSchedule ?? {};
  return { ...values, rules, reviewSchedule: { ...schedule, interimSummaryMonths: monthsList(schedule.interimSummaryMonths) } };
}

/** Who one step tells: a group of checkboxes sent as a list, its problems shown in the group. */
function StepNotify({ rule, step }) {
  const errorId = `${useId()}-error`;
  const name = `rules.${rule.kind}.ladder.${step.level}.notify`;
  return html`<fieldset class="field checkbox-group" data-name=${name} aria-describedby=${errorId}>
    <legend>Step ${step.level}, ${step.type}: who is told</legend>
    <div class="checkbox-list">
      ${AUDIENCES.map(
        (a) => html`<div class="field-check" key=${a.value}>
          <input type="checkbox" id=${`${errorId}-${a.value}`} name=${name} value=${a.value} data-type="list" defaultChecked=${step.notify.includes(a.value)} />
          <label for=${`${errorId}-${a.value}`}>${a.label}</label>
        </div>`,
      )}
    </div>
    <p class="field-error" id=${errorId}></p>
  </fieldset>`;
}

/** One case clock: a group that also holds the problems the API names for the rule as a whole. */
function ClockFields({ rule }) {
  const errorId = `${useId()}-error`;
  return html`<fieldset class="field" data-name=${`rules.${rule.kind}`} aria-describedby=${errorId}>
    <legend>${rule.title} (${rule.legalBasis})</legend>
    <${Field} name=${`rules.${rule.kind}.budget.amount`} label=${`Budget (${rule.budget.unit.replace('_', ' ')})`} type="number" value=${rule.budget.amount} required=${true} />
    ${rule.ladder.map(
      (step) =>
        html`<div class="ladder-step" key=${step.level}>
          <${Field}
            name=${`rules.${rule.kind}.ladder.${step.level}.offsetDaysFromDue`}
            label=${`Step ${step.level}, ${step.type}: days from the due instant`}
            hint=${step.description}
            type="number"
            value=${step.offsetDaysFromDue}
            required=${true}
          />
          <${StepNotify} rule=${rule} step=${step} />
          ${mayRemind(step)
            ? html`<${Field}
                name=${`rules.${rule.kind}.ladder.${step.level}.remindEveryHours`}
                label=${`Step ${step.level}, ${step.type}: remind the supervisors every (hours) until acknowledged`}
                hint="Leave empty for no reminder."
                type="number"
                step="any"
                value=${step.remindEveryHours ?? ''}
              />`
            : null}
        </div>`,
    )}
    <p class="field-error" id=${errorId}></p>
  </fieldset>`;
}

/**
 * Saving makes a new version: cases and reviews started from then on take it; open cases keep theirs
 * (their page names it) until the administrator applies it to them. Every problem the API finds is
 * shown beside its field.
 */
function SettingsPage({ initial, initialOpenCases, flash }) {
  const [shown, setShown] = useState({ settings: initial, message: flash });
  const [openCases, setOpenCases] = useState(initialOpenCases);
  const s = shown.settings;
  const current = s.current;
  const caseRules = current.rules.filter((r) => r.runsOn === 'case');
  return html`<section class="settings-page">
    <h1>Rules as settings</h1>
    <p class=${shown.message ? 'notice' : 'visually-hidden'} role="status">${shown.message ?? ''}</p>
    <dl class="facts summary">
      <dt>Version in force</dt>
      <dd>${current.version}</dd>
      <dt>Made by</dt>
      <dd>${current.createdBy?.name ?? 'The sourced defaults'}</dd>
    </dl>
    <p>New cases and reviews take the version in force; open cases keep the version they run on until you apply the one in force to them (below).</p>
    <${ActionForm}
      key=${current.version}
      label="Save a new version"
      keep=${true}
      onSend=${async (values) => {
        const next = await post('/settings', asBody(values, caseRules));
        setShown({ settings: next, message: `Version ${next.current.version} saved: new cases take it.` });
        setOpenCases(await api('/settings/apply-to-open'));
      }}
    >
      <h2>Case clocks</h2>
      ${caseRules.map((rule) => html`<${ClockFields} key=${rule.kind} rule=${rule} />`)}
      <h2>Review thresholds</h2>
      ${Object.entries(current.reviewThresholds).map(
        ([key, value]) => html`<${Field} key=${key} name=${`reviewThresholds.${key}`} label=${key} type="number" step="any" value=${value} required=${true} />`,
      )}
      <h2>Review schedule</h2>
      <${Field}
        name="reviewSchedule.interimSummaryMonths"
        label="Interim summaries: months into the year"
        hint="Whole months from 1 to 11, separated by commas; policy staff get a summary at the end of each. Empty: none before the year ends."
        value=${current.reviewSchedule.interimSummaryMonths.join(', ')}
      />
      <${Field}
        name="reviewSchedule.signOffReminderDays"
        label="Sign-off reminders: every (days)"
        hint="While the recommendation waits for policy staff to sign it off."
        type="number"
        value=${current.reviewSchedule.signOffReminderDays}
        required=${true}
      />
      <${Field} name="note" label="Why this version" required=${true} rows=${2} />
      <div class="actions"><button type="submit">Save a new version</button></div>
    <//>
    <${ApplyToOpenCases}
      openCases=${openCases}
      onApplied=${async (result) => {
        setShown((before) => ({
          ...before,
          message: `Version ${result.version} applied to ${casesText(result.applied.length)}${result.skipped.length ? `; ${result.skipped.length} left as they were (closed meanwhile)` : ''}.`,
        }));
        setOpenCases(await api('/settings/apply-to-open'));
      }}
    />
    <section aria-labelledby="settings-versions-title">
      <h2 id="settings-versions-title">Versions</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Every settings version, newest first</caption>
          <thead>
            <tr><th scope="col">Version</th><th scope="col">Why</th><th scope="col">By</th><th scope="col">When</th></tr>
          </thead>
          <tbody>
            ${s.versions.map(
              (v) => html`<tr key=${v.version}>
                <th scope="row">${v.version}</th>
                <td>${v.note}</td>
                <td>${v.createdBy?.name ?? '—'}</td>
                <td>${v.createdAt ? html`<${Time} iso=${v.createdAt} withTime=${true} />` : '—'}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>
  </section>`;
}
