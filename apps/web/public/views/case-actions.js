import { CASE_ACTIONS } from '../actions.js';
import { humanize } from '../dom.js';
import { ActionForm, Checkbox, Field, html, Panel, PastDate } from '../ui.js';

/** @param {{ spec: import('../actions.js').ActionField, detail: any }} props */
function Control({ spec, detail }) {
  switch (spec.kind) {
    case 'past-date':
      return html`<${PastDate} name=${spec.name} label=${spec.label} />`;
    case 'date':
      return html`<${Field} name=${spec.name} label=${spec.label} type="date" required=${spec.required} />`;
    case 'boolean':
      return html`<${Checkbox} name=${spec.name} label=${spec.label} />`;
    case 'text':
      return html`<${Field} name=${spec.name} label=${spec.label} required=${spec.required} />`;
    case 'outcome': {
      // The outcomes the API says the case may be closed with now; the others with the reason.
      const refused = (detail.closeOutcomes ?? []).filter((c) => !c.allowed);
      return html`<${Field}
          name=${spec.name}
          label=${spec.label}
          required=${true}
          options=${[{ value: '', label: 'Choose an outcome' }, ...detail.legalOutcomes.map((o) => ({ value: o, label: humanize(o) }))]}
        />
        ${refused.length
          ? html`<ul class="hint not-offered">
              ${refused.map((c) => html`<li key=${c.outcome}>${humanize(c.outcome)} is not offered: ${c.reason}</li>`)}
            </ul>`
          : null}`;
    }
    default:
      return html`<${Field} name=${spec.name} label=${spec.label} rows=${3} />`;
  }
}

/**
 * One form per legal next move, and only those, keyed by move: a live update adds and removes
 * panels without touching the others.
 * @param {{ detail: any, run: (path: string, body: object, done: string) => Promise<void>, attach?: () => any }} props
 */
export function CaseActions({ detail, run, attach }) {
  const offered = detail.legalActions.filter((a) => CASE_ACTIONS[a]);
  return html`<section class="next-steps" aria-labelledby="next-steps-title">
    <h2 id="next-steps-title">Next steps</h2>
    ${offered.length
      ? html`<div class="panels">
          ${offered.map((action) => {
            const spec = CASE_ACTIONS[action];
            return html`<${Panel} key=${action} title=${spec.title}>
              <${ActionForm} label=${spec.title} draft=${`action-${action}`} action=${action} onSend=${(body) => run(spec.path, body, spec.done)}>
                ${spec.fields.map((f) => html`<${Control} key=${f.name} spec=${f} detail=${detail} />`)}
                ${attach ? attach() : null}
                <div class="actions"><button type="submit">${spec.submit}</button></div>
              <//>
            <//>`;
          })}
        </div>`
      : html`<p class="empty">No move is open on this case now.</p>`}
  </section>`;
}
