import { whenUnauthorized } from './api.js';
import { discardAllDrafts } from './drafts.js';
import { onLive, startLive, stopLive } from './live.js';
import { renderChrome } from './nav.js';
import { CASEWORKERS, ENTRY_READERS, EVERYONE, FACILITY_READERS, homeOf, SCREENERS, SUPERVISORS } from './roles.js';
import { navigate, onRendered, route, startRouter } from './router.js';
import { endSession, forgetUser, getToken, getUser, rememberReturn } from './session.js';
import { refreshUnread } from './unread.js';
import { approvalsPage } from './views/approvals.js';
import { allCasesPage } from './views/case-board.js';
import { casePage } from './views/case-page.js';
import { deadlineBoardPage } from './views/deadline-board.js';
import { entriesPage } from './views/entries.js';
import { entryPage } from './views/entry-page.js';
import { escalationsPage } from './views/escalations.js';
import { facilitiesPage, facilityPage } from './views/facilities.js';
import { inboxPage } from './views/inbox.js';
import { myCasesPage } from './views/my-cases.js';
import { newCasePage } from './views/new-case.js';
import { newEntryPage } from './views/new-entry.js';
import { placeholderPage } from './views/placeholder.js';
import { currentReviewPage, reviewPage } from './views/review.js';
import { screeningPage } from './views/screening.js';
import { signInPage } from './views/sign-in.js';

route('/', ({ user }) => navigate(homeOf(user), { replace: true }).then(() => null), EVERYONE);
route('/sign-in', signInPage, null);
route('/cases', myCasesPage, CASEWORKERS);
route('/cases/new', newCasePage, CASEWORKERS);
route('/cases/:id', casePage, CASEWORKERS);
route('/board', deadlineBoardPage, SUPERVISORS);
route('/board/cases', allCasesPage, SUPERVISORS);
route('/approvals', approvalsPage, SUPERVISORS);
route('/escalations', escalationsPage, SUPERVISORS);
route('/facilities', facilitiesPage, FACILITY_READERS);
route('/facilities/:id', facilityPage, FACILITY_READERS);
route('/entries', entriesPage, ENTRY_READERS);
route('/entries/new', newEntryPage, ['importer']);
route('/entries/:id', entryPage, ENTRY_READERS);
route('/screening', screeningPage, SCREENERS);
route('/inbox', inboxPage, EVERYONE);
route('/review', currentReviewPage, ['policy']);
route('/reviews/:id', reviewPage, ['policy']);
route('/admin', placeholderPage('admin'), ['admin']);

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
void startRouter();
