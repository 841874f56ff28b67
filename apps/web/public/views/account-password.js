import { api } from '../api.js';
import { h } from '../dom.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { startSession } from '../session.js';

/** Changes the signed-in user's own password (the current one is asked); their other sessions end. */
export function accountPasswordPage() {
  const status = h('p', { class: 'visually-hidden', role: 'status', tabindex: '-1' });
  const changeForm = form(
    { class: 'stack', 'aria-label': 'Change your password' },
    formAlert(),
    field({ name: 'currentPassword', label: 'Current password', type: 'password', autocomplete: 'current-password', required: true }),
    field({ name: 'newPassword', label: 'New password', type: 'password', autocomplete: 'new-password', required: true, hint: 'At least 12 characters.' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Change password')),
  );
  onSubmit(changeForm, async (values) => {
    const session = await api('/auth/password', { method: 'POST', body: values });
    startSession(session);
    changeForm.reset();
    status.className = 'notice';
    status.textContent = 'Your password is changed. Other sessions of yours have ended.';
    status.focus();
  });
  return h('section', {}, h('h1', {}, 'Change your password'), status, changeForm);
}
