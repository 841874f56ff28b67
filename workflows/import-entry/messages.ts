import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../inspection-case/types';
import type { FacilityStatus } from '../facility/types';
import type { EntryState } from './types';
import type { HolidayCalendar } from '@mou/domain';

export const entryStateQuery = defineQuery<EntryState>('entryState');

/** Completes once the entry is filed and screened; sent with the start (update-with-start). */
export const entryScreenedUpdate = defineUpdate<EntryState>('entryScreened');

/** From the facility workflow: the manufacturer's status changed, so screen again. */
export const facilityStatusChangedSignal = defineSignal<[{ facilityId: string; status: FacilityStatus; reason: string }]>('facilityStatusChanged');

/**
 * Why an open entry is screened again (docs/domain.md §6): its manufacturer's status changed, or an
 * order or finding covering it was issued, modified or revoked. `ref` names the change (the
 * facility event `facility:<id>:<sequence>`, or the order's reference), so that every detention or
 * release it causes names it, and a repeated signal with the same `ref` changes nothing.
 */
export interface RescreenCause {
  kind: 'FACILITY_STATUS' | 'ORDER';
  ref: string;
  text: string;
}
export const rescreenEntrySignal = defineSignal<[RescreenCause]>('rescreenEntry');

export interface EntryActionArgs {
  actor: Actor;
  note?: string;
}

export interface FileProofArgs extends EntryActionArgs {
  statement: string;
  documents: string[];
}

export interface ProtestArgs extends EntryActionArgs {
  grounds: string;
}

export interface DecisionArgs extends EntryActionArgs {
  reason: string;
}

export interface ProtestDecisionArgs extends DecisionArgs {
  grant: boolean;
}

// The importer's answers to a detention or an exclusion.
export const fileProofUpdate = defineUpdate<EntryState, [FileProofArgs]>('fileProof');
export const exportGoodsUpdate = defineUpdate<EntryState, [EntryActionArgs]>('exportGoods');
export const fileProtestUpdate = defineUpdate<EntryState, [ProtestArgs]>('fileProtest');

export interface NameMatchDecisionArgs extends DecisionArgs {
  /** true: the declared name is this facility; false: it is not (docs/domain.md §6). */
  confirm: boolean;
}

// A supervisor's decisions.
export const releaseEntryUpdate = defineUpdate<EntryState, [DecisionArgs]>('releaseEntry');
export const excludeEntryUpdate = defineUpdate<EntryState, [DecisionArgs]>('excludeEntry');
export const extendProofUpdate = defineUpdate<EntryState, [DecisionArgs]>('extendProof');
export const decideProtestUpdate = defineUpdate<EntryState, [ProtestDecisionArgs]>('decideProtest');
/** A supervisor's look at a near match of the manufacturer's name: confirm the facility, or clear the match. */
export const decideNameMatchUpdate = defineUpdate<EntryState, [NameMatchDecisionArgs]>('decideNameMatch');

/**
 * An administrator published a new version of the holiday calendar (docs/domain.md §4): the entry
 * counts its business days on it from now on. The calendar travels in the message and lives in
 * the workflow's state, so the workflow stays deterministic.
 */
export interface CalendarChangedArgs {
  calendar: HolidayCalendar;
  actor: Actor;
}
export const calendarChangedUpdate = defineUpdate<EntryState, [CalendarChangedArgs]>('calendarChanged');
