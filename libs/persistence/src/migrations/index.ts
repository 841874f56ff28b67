import { Foundation1795931755918 } from './1795931755918-Foundation';
import { InspectionClocks1795932830706 } from './1795932830706-InspectionClocks';
import { ImportControls1795933324656 } from './1795933324656-ImportControls';
import { NotificationsAndReviews1795935042554 } from './1795935042554-NotificationsAndReviews';
import { ReviewFactsCsv1795944406700 } from './1795944406700-ReviewFactsCsv';
import { CaseExternalReferences1796494725019 } from './1796494725019-CaseExternalReferences';
import { PeopleAndOrganisations1796494732311 } from './1796494732311-PeopleAndOrganisations';
import { FactsAtTheirInstant1796494915943 } from './1796494915943-FactsAtTheirInstant';
import { Documents1796495097582 } from './1796495097582-Documents';
import { HolidayCalendarVersions1796496263124 } from './1796496263124-HolidayCalendarVersions';
import { RuleSettings1796498409877 } from './1796498409877-RuleSettings';
import { RecordChains1796507668670 } from './1796507668670-RecordChains';
import { OrganisationAndMeetingChains1796511000000 } from './1796511000000-OrganisationAndMeetingChains';
import { BoardPageIndexes1796512417000 } from './1796512417000-BoardPageIndexes';
import { EnforcementRegister1796502856907 } from './1796502856907-EnforcementRegister';
import { EnforcementOrderHistory1796503059805 } from './1796503059805-EnforcementOrderHistory';
import { DeadlineTallies1796503351929 } from './1796503351929-DeadlineTallies';
import { BilateralMeetings1796503860821 } from './1796503860821-BilateralMeetings';
import { ReviewSchedule1796504766069 } from './1796504766069-ReviewSchedule';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- Name`. */
export const MIGRATIONS = [
  Foundation1795931755918,
  InspectionClocks1795932830706,
  ImportControls1795933324656,
  NotificationsAndReviews1795935042554,
  ReviewFactsCsv1795944406700,
  CaseExternalReferences1796494725019,
  PeopleAndOrganisations1796494732311,
  FactsAtTheirInstant1796494915943,
  Documents1796495097582,
  HolidayCalendarVersions1796496263124,
  RuleSettings1796498409877,
  EnforcementRegister1796502856907,
  EnforcementOrderHistory1796503059805,
  DeadlineTallies1796503351929,
  BilateralMeetings1796503860821,
  ReviewSchedule1796504766069,
  RecordChains1796507668670,
  OrganisationAndMeetingChains1796511000000,
  BoardPageIndexes1796512417000,
];
