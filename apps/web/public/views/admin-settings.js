import { useId, useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { ActionForm, Field, html, mountView, Time } from '../ui.js';

/** The rules as settings an administrator keeps: clock budgets, ladder offsets and review thresholds, in versions (docs/domain.md §4). */
export async function adminSettingsPage({ flash }) {
  const settings = await api('/settings');
  return mountView(SettingsPage, { initial: settings, flash });
}

/** The form's ladder fields are keyed by level; the API takes each ladder as a list of steps. */
function asBody(values) {
  const rules = Object.fromEntries(
    Object.entries(values.rules ?? {}).map(([kind, rule]) => [
      kind,
      { ...rule, ...(rule.ladder ? { ladder: Object.entries(rule.ladder).map(([level, step]) => ({ level: Number(level), ...step })) } : {}) },
    ]),
  );
  return { ...values, rules };
}

/** One case clock: a group that also holds the problems the API names for the rule as a whole. */
function ClockFields({ rule }) {
  const errorId = `${useId()}-error`;
  return html`<fieldset class="field" data-name=${`rules.${rule.kind}`} aria-describedby=${errorId}>
    <legend>${rule.title} (${rule.legalBasis})</legend>
    <${Field} name=${`rules.${rule.kind}.budget.amount`} label=${`Budget (${rule.budget.unit.replace('_', ' ')})`} type="number" value=${rule.budget.amount} required=${true} />
    ${rule.ladder.map(
      (step) =>
        html`<${Field}
          key=${step.level}
          name=${`rules.${rule.kind}.ladder.${step.level}.offsetDaysFromDue`}
          label=${`Step ${step.level}, ${step.type}: days from the due instant`}
          hint=${`${step.description} Tells: ${step.notify.join(', ')}.`}
          type="number"
          value=${step.offsetDaysFromDue}
          required=${true}
        />`,
    )}
    <p class="field-error" id=${errorId}></p>
  </fieldset>`;
}

/**
 * Saving makes a new version: cases opened from then on take it, open cases keep the version they
 * opened on (their page names it). Every problem the API finds is shown beside its field.
 */
function SettingsPage({ initial, flash }) {
  const [shown, setShown] = useState({ settings: initial, message: flash });
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
    <p>New cases take the version in force; open cases keep the version they were opened on.</p>
    <${ActionForm}
      key=${current.version}
      label="Save a new version"
      keep=${true}
      onSend=${async (values) => {
        const next = await post('/settings', asBody(values));
        setShown({ settings: next, message: `Version ${next.current.version} saved: new cases take it.` });
      }}
    >
      <h2>Case clocks</h2>
      ${caseRules.map((rule) => html`<${ClockFields} key=${rule.kind} rule=${rule} />`)}
      <h2>Review thresholds</h2>
      ${Object.entries(current.reviewThresholds).map(
        ([key, value]) => html`<${Field} key=${key} name=${`reviewThresholds.${key}`} label=${key} type="number" step="any" value=${value} required=${true} />`,
      )}
      <${Field} name="note" label="Why this version" required=${true} rows=${2} />
      <div class="actions"><button type="submit">Save a new version</button></div>
    <//>
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
