import { has } from '../roles.js';
import { html, mountView } from '../ui.js';

/** The administrator's desk: each part of the programme they keep, as a page of its own. */
const DESK = [
  { href: '/admin/people', title: 'People', text: 'Invite users with a role, change roles, reset passwords, deactivate accounts; importers and their users.', needs: 'user:manage' },
  { href: '/admin/categories', title: 'Product categories', text: 'The goods reported as made with prison labor, each with its source; add, edit or retire them.', needs: 'reference:manage' },
  { href: '/admin/audit', title: 'Audit log', text: 'Sign-ins, failed sign-ins, refused requests and every administrative change; filter and export as CSV.', needs: 'audit:read' },
  { href: '/admin/mail', title: 'Undelivered e-mail', text: 'E-mails the mail relay kept refusing until their last attempt; send any of them again.', needs: 'mail:failed' },
  { href: '/admin/verification', title: 'Chain verification', text: "Check that the event log of a case, facility or entry is intact, link by link.", needs: 'chain:verify' },
];

export function adminHomePage({ user }) {
  return mountView(AdminHome, { items: DESK.filter((d) => has(user, d.needs)) });
}

function AdminHome({ items }) {
  return html`<section>
    <h1>Administration</h1>
    <ul class="cards admin-desk">
      ${items.map((d) => html`<li key=${d.href}><article class="card"><h2><a href=${d.href}>${d.title}</a></h2><p>${d.text}</p></article></li>`)}
    </ul>
  </section>`;
}
