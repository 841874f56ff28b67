import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../inspection-case/types';
import type { CaseFacilityChange, FacilityState, UnblockGround } from './types';

export const facilityStateQuery = defineQuery<FacilityState>('facilityState');

/** Sent (with start) by a case's activity when the case changes what is known of the facility. */
export const caseFacilityChangeSignal = defineSignal<[CaseFacilityChange]>('caseFacilityChange');

export interface RequestUnblockArgs {
  actor: Actor;
  ground: UnblockGround;
  caseId?: string;
  petition?: string;
  reason: string;
}

export interface DecideUnblockArgs {
  actor: Actor;
  requestId: string;
  approve: boolean;
  reason: string;
  /** When the decision was taken, if earlier than now (ISO 8601). */
  decidedAt?: string;
}

/** A supervisor asks to unblock; another supervisor must decide (four-eyes). */
export const requestUnblockUpdate = defineUpdate<FacilityState, [RequestUnblockArgs]>('requestUnblock');
export const decideUnblockUpdate = defineUpdate<FacilityState, [DecideUnblockArgs]>('decideUnblock');
