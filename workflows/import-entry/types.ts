import type { HolidayCalendar } from '@mou/domain';
/** Wire types of the importEntry workflow: one per entry an importer files. */
import type { DeadlineLedger, EnforcementOrderFact, EntryCertification, EntryClockKind, EntryStatus, ManufacturerMatch, ManufacturerStatus, ScreeningReason } from '@mou/domain';
import type { DeadlineProjection } from '../inspection-case/types';

export interface ImportEntryInput {
  entryId: string;
  importerId: string;
  /**
   * The facility the entry names (given, or matched on one of its names) and the declared name;
   * `match`, when the name was matched: which facility name, which field, how (docs/domain.md §6).
   */
  manufacturer: { facilityId: string | null; name: string; match?: ManufacturerMatch | null };
  productCategory: string;
  htsCode: string;
  quantity: number;
  valueUsd: number;
  /** ISO instant of importation (the proof clock counts from it, 19 CFR 12.43). */
  importedAt: string;
  /** ISO instant the entry was presented (the 5-business-day decision counts from it). */
  presentedAt: string;
  certification: EntryCertification;
}

export interface EntryClock {
  kind: EntryClockKind;
  ledger: DeadlineLedger;
  firedLevels: number[];
  status: 'open' | 'met' | 'missed' | 'cancelled';
  metAt: number | null;
}

export interface EntryProof {
  statement: string;
  documents: string[];
  filedAt: number;
}

export interface EntryState {
  entryId: string;
  reference: string | null;
  importerId: string;
  facilityId: string | null;
  status: EntryStatus;
  /** Every ground on which the entry is held, from screening and re-screening. */
  reasons: ScreeningReason[];
  screeningVersion: string | null;
  clocks: EntryClock[];
  proof: EntryProof | null;
  excludedAt: number | null;
  protestedAt: number | null;
  sequence: number;
  /**
   * The holiday calendar the business-day clocks count on: the version in force when the entry
   * was filed, or the one a calendar change brought since. Absent in entries filed before
   * calendars were data: they count on us-federal version 1.
   */
  calendar?: HolidayCalendar;
  /** How the declared name matched a facility, and a supervisor's decision on a near miss. */
  nameMatch?: EntryNameMatch | null;
  /** The re-screen causes (their `ref`) already applied, the newest kept; absent before re-screening named its cause. */
  rescreenCauses?: string[];
}

export interface EntryNameMatch extends ManufacturerMatch {
  resolution: { decision: 'CONFIRMED' | 'CLEARED'; by: string; at: number; reason: string } | null;
}

export interface ScreeningFacts {
  manufacturerStatus: ManufacturerStatus;
  category: { code: string; highRisk: boolean } | null;
  /** The ACTIVE orders and findings on the manufacturer (absent in facts loaded before the register). */
  orders?: EnforcementOrderFact[];
  /** The holiday calendar in force when the entry is filed, when it is past version 1 (docs/domain.md §4). */
  calendar?: HolidayCalendar;
}

export interface AppendEntryEventInput {
  entryId: string;
  sequence: number;
  type: string;
  actorId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  /** Present on the first event: the row to create. */
  filing?: ImportEntryInput;
  /** The facility the entry is screened as, when a supervisor confirmed it on a near match. */
  manufacturerFacilityId?: string | null;
  status: EntryStatus;
  reasons: ScreeningReason[];
  proof: EntryProof | null;
  deadlines: DeadlineProjection[];
}

export interface EntryActivities {
  loadScreeningFacts(input: { facilityId: string | null; productCategory: string }): Promise<ScreeningFacts>;
  appendEntryEvent(input: AppendEntryEventInput): Promise<{ sequence: number; hash: string; reference: string }>;
}
