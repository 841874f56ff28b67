import { api } from '../api.js';
import { h } from '../dom.js';
import { field, form, formAlert, onSubmit } from '../forms.js';
import { homeOf } from '../roles.js';
import { navigate } from '../router.js';
import { getUser, startSession, takeReturn } from '../session.js';

/** Sign-in; after a session ends it returns the same user to the page they were on. */
export async function signInPage({ flash }) {
  const user = getUser();
  if (user) {
    await navigate(homeOf(user), { replace: true });
    return null;
  }
  const signInForm = form(
    { class: 'stack', 'aria-labelledby': 'sign-in-title' },
    formAlert(),
    field({ name: 'email', label: 'E-mail', type: 'email', autocomplete: 'username', required: true }),
    field({ name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Sign in')),
  );
  onSubmit(signInForm, async (values) => {
    const login = await api('/auth/login', { method: 'POST', body: values, anonymous: true });
    startSession(login);
    const back = takeReturn(login.user.id);
    await navigate(back && back !== '/sign-in' ? back : homeOf(login.user), { replace: true });
  });
  return h(
    'section',
    { class: 'sign-in' },
    h('h1', { id: 'sign-in-title' }, 'Sign in'),
    flash ? h('p', { class: 'notice', role: 'status' }, flash) : null,
    h('p', {}, 'MOU Casework keeps the clocks of the 1992 US–China memorandum on prison-labor products.'),
    signInForm,
  );
}
