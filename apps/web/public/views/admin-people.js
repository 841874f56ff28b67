import { useState } from 'preact/hooks';
import { api, post } from '../api.js';
import { humanize } from '../dom.js';
import { ActionForm, Field, html, mountView, Panel, Time } from '../ui.js';

const ROLES = ['investigator', 'supervisor', 'policy', 'importer', 'admin'];

/**
 * People: every account with its role, importer and state. The administrator invites a user (an
 * e-mail with a one-time link to set a password), changes a role, resets a password or
 * deactivates an account; each change applies to that user's very next request.
 */
export async function adminPeoplePage({ user }) {
  const [people, organisations] = await Promise.all([api('/people'), api('/organisations')]);
  return mountView(PeoplePage, { initialPeople: people, initialOrganisations: organisations, me: user });
}

function PeoplePage({ initialPeople, initialOrganisations, me }) {
  const [people, setPeople] = useState(initialPeople);
  const [organisations, setOrganisations] = useState(initialOrganisations);
  const [message, setMessage] = useState('');
  const reload = async (sentence) => {
    const [p, o] = await Promise.all([api('/people'), api('/organisations')]);
    setPeople(p);
    setOrganisations(o);
    setMessage(sentence);
  };
  const orgOptions = [{ value: '', label: 'Not an importer user' }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];
  const mailed = (sent, email) =>
    sent.mailed
      ? `A link to set a password was e-mailed to ${email}; it works once, until ${sent.expiresAt.slice(0, 16).replace('T', ' ')} UTC.`
      : `The e-mail to ${email} could not be sent (check the SMTP settings); send a reset once mail works.`;

  return html`<section>
    <h1>People</h1>
    <p><a href="/admin">Administration</a></p>
    ${message ? html`<p class="notice" role="status">${message}</p>` : html`<p class="visually-hidden" role="status"></p>`}
    <${Panel} title="Invite a user">
      <${ActionForm} label="Invite a user" onSend=${async (values) => {
        const invited = await post('/people', values);
        await reload(`${invited.person.displayName} was added as ${invited.person.role}. ${mailed(invited.invitation, invited.person.email)}`);
      }}>
        <${Field} name="email" label="E-mail" type="email" required=${true} autocomplete="off" />
        <${Field} name="displayName" label="Name" required=${true} />
        <${Field} name="role" label="Role" required=${true} options=${ROLES.map((r) => ({ value: r, label: humanize(r) }))} />
        <${Field} name="organisationId" label="Importer" hint="Only for an importer user: the importer it acts for." options=${orgOptions} />
        <div class="actions"><button type="submit">Send invitation</button></div>
      <//>
    <//>
    <${Panel} title="Add an importer">
      <${ActionForm} label="Add an importer" onSend=${async (values) => {
        const created = await post('/organisations', values);
        await reload(`Importer ${created.name} was added; invite its users above.`);
      }}>
        <${Field} name="name" label="Importer's name" required=${true} />
        <div class="actions"><button type="submit">Add importer</button></div>
      <//>
    <//>
    <div class="table-wrap">
      <table class="people responsive">
        <caption>${people.length} ${people.length === 1 ? 'person' : 'people'}, active first</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Importer</th><th scope="col">State</th><th scope="col">Since</th><th scope="col">Change</th></tr></thead>
        <tbody>
          ${people.map((p) => html`<${PersonRow} key=${p.id} p=${p} me=${me} orgOptions=${orgOptions} reload=${reload} mailed=${mailed} />`)}
        </tbody>
      </table>
    </div>
  </section>`;
}

function PersonRow({ p, me, orgOptions, reload, mailed }) {
  const own = p.id === me.id;
  const state = !p.active ? 'Deactivated' : p.passwordSet ? 'Active' : 'Invited (no password yet)';
  return html`<tr data-person=${p.email} class=${p.active ? undefined : 'muted'}>
    <td data-label="Name">${p.displayName}</td>
    <td data-label="E-mail">${p.email}</td>
    <td data-label="Role">${humanize(p.role)}</td>
    <td data-label="Importer">${p.organisationName ?? '—'}</td>
    <td data-label="State">${state}</td>
    <td data-label="Since"><${Time} iso=${p.createdAt} /></td>
    <td data-label="Change">
      ${own
        ? html`<span class="muted">Your own account: another administrator changes it.</span>`
        : !p.active
          ? html`<span class="muted">No longer signs in.</span>`
          : html`<${Panel} title=${`Change role of ${p.displayName}`}>
                <${ActionForm} label=${`Change role of ${p.displayName}`} onSend=${async (values) => {
                  const changed = await api(`/people/${encodeURIComponent(p.id)}/role`, { method: 'PATCH', body: values });
                  await reload(`${changed.displayName} is now ${changed.role}; it applies to their next request.`);
                }}>
                  <${Field} name="role" label="New role" required=${true} value=${p.role} options=${ROLES.map((r) => ({ value: r, label: humanize(r) }))} />
                  <${Field} name="organisationId" label="Importer" value=${p.organisationId ?? ''} options=${orgOptions} />
                  <div class="actions"><button type="submit">Change role</button></div>
                <//>
              <//>
              <${Panel} title=${`Reset password of ${p.displayName}`}>
                <${ActionForm} label=${`Reset password of ${p.displayName}`} onSend=${async (values) => {
                  const sent = await post(`/people/${encodeURIComponent(p.id)}/password-reset`, values);
                  await reload(`${p.displayName}'s password no longer works. ${mailed(sent, p.email)}`);
                }}>
                  <p>The current password and every session of ${p.displayName} end now; a new one-time link is e-mailed.</p>
                  <${Field} name="note" label="Why (for the audit log)" />
                  <div class="actions"><button type="submit" class="secondary">Reset password</button></div>
                <//>
              <//>
              <${Panel} title=${`Deactivate ${p.displayName}`}>
                <${ActionForm} label=${`Deactivate ${p.displayName}`} onSend=${async (values) => {
                  const off = await post(`/people/${encodeURIComponent(p.id)}/deactivate`, values);
                  await reload(`${off.displayName} is deactivated: refused from their next request on.`);
                }}>
                  <p>${p.displayName} is refused from their next request on and can no longer sign in.</p>
                  <${Field} name="note" label="Why (for the audit log)" />
                  <div class="actions"><button type="submit" class="danger">Deactivate</button></div>
                <//>
              <//>`}
    </td>
  </tr>`;
}
