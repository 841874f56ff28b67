import { api } from '../api.js';
import { h } from '../dom.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { navigate } from '../router.js';

/**
 * Sets a password from the link of an invitation or reset e-mail. The token is in the address's
 * fragment (never sent to a server); the page takes it and clears it from the address bar.
 */
export function setPasswordPage() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  if (location.hash) history.replaceState(null, '', location.pathname);
  if (!token) {
    return h(
      'section',
      { class: 'message-page' },
      h('h1', {}, 'Set your password'),
      h('p', { role: 'alert' }, 'Open this page from the link in your invitation or reset e-mail.'),
    );
  }
  const setForm = form(
    { class: 'stack', 'aria-labelledby': 'set-password-title' },
    formAlert(),
    h('input', { type: 'hidden', name: 'token', value: token }),
    field({ name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 12 characters. A phrase of several words is easy to remember and hard to guess.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Set password')),
  );
  onSubmit(setForm, async (values) => {
    const done = await api('/auth/set-password', { method: 'POST', body: values, anonymous: true });
    await navigate('/sign-in', { replace: true, flash: `Your password is set. Sign in as ${done.email}.` });
  });
  return h('section', { class: 'sign-in' }, h('h1', { id: 'set-password-title' }, 'Set your password'), setForm);
}
