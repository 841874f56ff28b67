import { api, ApiError, whenUnauthorized } from './api.js';
import { discardAllDrafts } from './drafts.js';
import { onLive, startLive, stopLive } from './live.js';
import { renderChrome } from './nav.js';
import { homeOf } from './roles.js';
import { navigate, onRendered, route, startRouter } from './router.js';
import { endSession, forgetUser, getToken, getUser, rememberReturn, updateUser } from './session.js';
import { refreshUnread } from './unread.js';
import { accountPasswordPage } from './views/account-password.js';
import { adminAuditPage } from './views/admin-audit.js';
import { adminCategoriesPage } from './views/admin-categories.js';
import { adminHomePage } from './views/admin-home.js';
import { adminMailPage } from './views/admin-mail.js';
import { adminPeoplePage } from './views/admin-people.js';
import { adminVerificationPage } from './views/admin-verification.js';
import { approvalsPage } from './views/approvals.js';
import { allCasesPage } from './views/case-board.js';
import { casePage } from './views/case-page.js';
import { deadlineBoardPage } from './views/deadline-board.js';
import { entriesPage } from './views/entries.js';
import { entryPage } from './views/entry-page.js';
import { escalationsPage } from './views/escalations.js';
import { facilitiesPage, facilityPage } from './views/facilities.js';
import { facilitiesAggregatePage } from './views/facilities-aggregate.js';
import { inboxPage } from './views/inbox.js';
import { myCasesPage } from './views/my-cases.js';
import { newCasePage } from './views/new-case.js';
import { newEntryPage } from './views/new-entry.js';
import { orderPage, ordersAggregatePage, ordersPage } from './views/orders.js';
import { currentReviewPage, reviewPage } from './views/review.js';
import { adminCalendarsPage } from './views/admin-calendars.js';
import { adminSettingsPage } from './views/admin-settings.js';
import { screeningPage } from './views/screening.js';
import { setPasswordPage } from './views/set-password.js';
import { signInPage } from './views/sign-in.js';

route('/', ({ user }) => navigate(homeOf(user), { replace: true }).then(() => null), '');
route('/sign-in', signInPage, null);
route('/cases', myCasesPage, 'case:read');
route('/cases/new', newCasePage, 'case:create');
route('/cases/:id', casePage, 'case:read');
route('/board', deadlineBoardPage, 'deadline:board');
route('/board/cases', allCasesPage, 'deadline:board');
route('/approvals', approvalsPage, 'approval:read');
route('/escalations', escalationsPage, 'escalation:read');
route('/facilities', facilitiesPage, 'facility:read');
route('/facilities/:id', facilityPage, 'facility:read');
route('/facility-statuses', facilitiesAggregatePage, 'facility:aggregate');
route('/entries', entriesPage, 'entry:read');
route('/entries/new', newEntryPage, 'entry:file');
route('/entries/:id', entryPage, 'entry:read');
route('/screening', screeningPage, 'screening:check');
route('/orders', ordersPage, 'order:read');
route('/orders/aggregate', ordersAggregatePage, 'order:aggregate');
route('/orders/:id', orderPage, 'order:read');
route('/inbox', inboxPage, 'inbox:read');
route('/review', currentReviewPage, 'review:read');
route('/reviews/:id', reviewPage, 'review:read');
route('/admin', adminHomePage, 'reference:manage');
route('/admin/calendars', adminCalendarsPage, 'reference:manage');
route('/admin/settings', adminSettingsPage, 'settings:manage');
route('/admin/people', adminPeoplePage, 'user:manage');
route('/admin/categories', adminCategoriesPage, 'reference:manage');
route('/admin/audit', adminAuditPage, 'audit:read');
route('/admin/verification', adminVerificationPage, 'chain:verify');
route('/admin/mail', adminMailPage, 'mail:failed');
route('/set-password', setPasswordPage, null);
route('/account/password', accountPasswordPage, 'profile:password');

function signOut() {
  stopLive();
  endSession();
  forgetUser();
  discardAllDrafts();
  void navigate('/sign-in', { flash: 'You have signed out.' });
}

// An expired token: back to sign-in, keeping the page and the drafts for the same user.
whenUnauthorized(() => {
  if (!getToken()) return;
  stopLive();
  rememberReturn(location.pathname + location.search);
  endSession();
  void navigate('/sign-in', { flash: 'Your session has ended. Sign in again to carry on; what you typed has been kept.' });
});

// The live stream runs while someone is signed in; every event may bring a notification.
onLive(null, () => true, () => void refreshUnread(), 500);
setInterval(() => {
  if (getUser()) void refreshUnread();
}, 60_000);

onRendered((pathname) => {
  renderChrome(pathname, signOut);
  if (getUser()) {
    startLive(getToken());
    void refreshUnread();
  } else {
    stopLive();
  }
});
// A reloaded tab asks the API who is signed in and what they may do (the permissions may have changed).
async function start() {
  if (getToken()) {
    try {
      updateUser(await api('/auth/me'));
    } catch (error) {
      // A 401 has already taken the tab to sign-in; anything else leaves the stored user as it was.
      if (error instanceof ApiError && error.sessionEnded) return void (await startRouter({ render: false }));
    }
  }
  await startRouter();
}
void start();
