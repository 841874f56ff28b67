import { whenUnauthorized } from './api.js';
import { discardAllDrafts } from './drafts.js';
import { renderChrome } from './nav.js';
import { CASEWORKERS, FACILITY_READERS, homeOf, SUPERVISORS } from './roles.js';
import { navigate, onRendered, route, startRouter } from './router.js';
import { endSession, forgetUser, getToken, rememberReturn } from './session.js';
import { approvalsPage } from './views/approvals.js';
import { caseBoardPage } from './views/case-board.js';
import { casePage } from './views/case-page.js';
import { escalationsPage } from './views/escalations.js';
import { facilitiesPage, facilityPage } from './views/facilities.js';
import { myCasesPage } from './views/my-cases.js';
import { newCasePage } from './views/new-case.js';
import { placeholderPage } from './views/placeholder.js';
import { signInPage } from './views/sign-in.js';

const EVERYONE = ['investigator', 'supervisor', 'policy', 'importer', 'admin'];

route('/', ({ user }) => navigate(homeOf(user), { replace: true }).then(() => null), EVERYONE);
route('/sign-in', signInPage, null);
route('/cases', myCasesPage, CASEWORKERS);
route('/cases/new', newCasePage, CASEWORKERS);
route('/cases/:id', casePage, CASEWORKERS);
route('/board', caseBoardPage, SUPERVISORS);
route('/approvals', approvalsPage, SUPERVISORS);
route('/escalations', escalationsPage, SUPERVISORS);
route('/facilities', facilitiesPage, FACILITY_READERS);
route('/facilities/:id', facilityPage, FACILITY_READERS);
route('/review', placeholderPage('policy'), ['policy']);
route('/entries', placeholderPage('importer'), ['importer']);
route('/admin', placeholderPage('admin'), ['admin']);

function signOut() {
  endSession();
  forgetUser();
  discardAllDrafts();
  void navigate('/sign-in', { flash: 'You have signed out.' });
}

// An expired token: back to sign-in, keeping the page and the drafts for the same user.
whenUnauthorized(() => {
  if (!getToken()) return;
  rememberReturn(location.pathname + location.search);
  endSession();
  void navigate('/sign-in', { flash: 'Your session has ended. Sign in again to carry on; what you typed has been kept.' });
});

onRendered((pathname) => renderChrome(pathname, signOut));
void startRouter();
