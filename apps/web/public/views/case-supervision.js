import { ActionForm, Field, html, Panel } from '../ui.js';

/**
 * A supervisor's controls on one open clock: pause or resume it, or extend it, always with a reason
 * (kept in the deadline ledger and shown in the explanation).
 * @param {{ d: any, run: (path: string, body: object, done: string) => Promise<void> }} props
 */
export function ClockControls({ d, run }) {
  const paused = d.state === 'paused';
  const verb = paused ? 'Resume' : 'Pause';
  const key = encodeURIComponent(d.key);
  return html`<${Panel} class="clock-controls" title="Manage this clock">
    <div class="two-col">
      <${ActionForm}
        key=${verb}
        label=${`${verb} ${d.key}`}
        draft=${`${verb.toLowerCase()}-${d.key}`}
        onSend=${(body) => run(`deadlines/${key}/${verb.toLowerCase()}`, body, paused ? `Clock ${d.key} resumed.` : `Clock ${d.key} paused.`)}
      >
        <${Field} name="reason" label=${`Reason to ${verb.toLowerCase()}`} rows=${2} required=${true} />
        <div class="actions"><button type="submit">${verb} clock</button></div>
      <//>
      <${ActionForm}
        label=${`Extend ${d.key}`}
        draft=${`extend-${d.key}`}
        onSend=${(body) => run(`deadlines/${key}/extend`, body, `Clock ${d.key} extended by ${body.days} days.`)}
      >
        <${Field} name="days" label="Extra days" type="number" min=${1} max=${365} required=${true} />
        <${Field} name="reason" label="Reason to extend" rows=${2} required=${true} />
        <div class="actions"><button type="submit">Extend clock</button></div>
      <//>
    </div>
  <//>`;
}

/**
 * Reassign the case to another person who may hold cases (GET /users).
 * @param {{ detail: { assigneeId: string }, people: { id: string, name: string }[], run: (path: string, body: object, done: string) => Promise<void> }} props
 */
export function Reassign({ detail, people, run }) {
  const others = people.filter((p) => p.id !== detail.assigneeId);
  return html`<section class="reassign" aria-labelledby="reassign-title">
    <h2 id="reassign-title">Reassign</h2>
    ${others.length === 0
      ? html`<p class="empty">There is no other investigator or supervisor to assign the case to.</p>`
      : html`<${ActionForm}
          label="Reassign the case"
          draft="reassign"
          onSend=${(body) => run('reassign', body, `Case reassigned to ${others.find((p) => p.id === body.assigneeId)?.name ?? 'the new assignee'}.`)}
        >
          <${Field}
            name="assigneeId"
            label="New assignee"
            required=${true}
            options=${[{ value: '', label: 'Choose a person' }, ...others.map((p) => ({ value: p.id, label: p.name }))]}
          />
          <${Field} name="reason" label="Reason for reassigning" rows=${2} required=${true} />
          <div class="actions"><button type="submit">Reassign case</button></div>
        <//>`}
  </section>`;
}
