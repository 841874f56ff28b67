import { useState } from 'preact/hooks';
import { api, query } from '../api.js';
import { ActionForm, Field, html, mountView } from '../ui.js';

const SUBJECTS = [
  { value: 'case', label: 'Case' },
  { value: 'facility', label: 'Facility' },
  { value: 'entry', label: 'Import entry' },
];

/** Checks that a case's, facility's or entry's event log is intact: every event linked to the one before and matching its hash. */
export function adminVerificationPage() {
  return mountView(VerificationPage, {});
}

function VerificationPage() {
  const [results, setResults] = useState(/** @type {any[]} */ ([]));
  return html`<section>
    <h1>Chain verification</h1>
    <p><a href="/admin">Administration</a></p>
    <p>Each case, facility and entry keeps its events in a chain: each event's hash covers its content and the hash before it, so a changed or missing event breaks the chain from there on.</p>
    <${ActionForm} label="Verify a chain" keep=${true} onSend=${async (values) => {
      const checked = await api(`/chain-verification${query(values)}`);
      setResults((r) => [checked, ...r]);
    }}>
      <${Field} name="subject" label="What" required=${true} options=${SUBJECTS} />
      <${Field} name="ref" label="Reference or id" required=${true} hint="A case or entry reference (MOU-2026-000042, ENT-2026-000007), a facility's exact name, or any id." />
      <div class="actions"><button type="submit">Verify</button></div>
    <//>
    <div role="status" aria-live="polite">
      ${results.map(
        (r, i) => html`<article key=${`${r.id}-${results.length - i}`} class=${`card chain-result ${r.valid ? 'chain-intact' : 'chain-broken'}`}>
          <h2>${SUBJECTS.find((s) => s.value === r.subject)?.label} ${r.label}: ${r.valid ? 'intact' : 'broken'}</h2>
          <p>
            ${r.valid
              ? `All ${r.events} ${r.events === 1 ? 'event links' : 'events link'} to the one before and match their hashes.`
              : `Broken at event ${r.brokenAt} of ${r.events}: ${r.reason}.`}
          </p>
        </article>`,
      )}
    </div>
  </section>`;
}
