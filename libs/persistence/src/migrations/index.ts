import { Foundation1795931755918 } from './1795931755918-Foundation';
import { InspectionClocks1795932830706 } from './1795932830706-InspectionClocks';
import { ImportControls1795933324656 } from './1795933324656-ImportControls';
import { NotificationsAndReviews1795935042554 } from './1795935042554-NotificationsAndReviews';
import { ReviewFactsCsv1795944406700 } from './1795944406700-ReviewFactsCsv';
import { CaseExternalReferences1796494725019 } from './1796494725019-CaseExternalReferences';
import { Documents1796495097582 } from './1796495097582-Documents';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- Name`. */
export const MIGRATIONS = [Foundation1795931755918, InspectionClocks1795932830706, ImportControls1795933324656, NotificationsAndReviews1795935042554, ReviewFactsCsv1795944406700, CaseExternalReferences1796494725019, Documents1796495097582];
