import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '../inspection-case/types';
import type { EnforcementOrderState, OrderTerms } from './types';

export const enforcementOrderWorkflowId = (orderId: string): string => `enforcement-order-${orderId}`;

export const orderStateQuery = defineQuery<EnforcementOrderState>('orderState');

/** Answers once the order's first event (proposed or issued) is committed. */
export const orderOpenedUpdate = defineUpdate<EnforcementOrderState, []>('orderOpened');

export interface RequestOrderChangeArgs {
  actor: Actor;
  action: 'MODIFY' | 'REVOKE';
  /** MODIFY: the terms the order is to have. */
  terms?: OrderTerms;
  reason: string;
}

export interface DecideOrderRequestArgs {
  actor: Actor;
  approve: boolean;
  reason: string;
  /** Who investigates a case on the order's facility (they may not decide; docs/domain.md §6). */
  facilityInvestigatorIds: string[];
}

/** A supervisor asks to modify or revoke an order in force; another decides. */
export const requestOrderChangeUpdate = defineUpdate<EnforcementOrderState, [RequestOrderChangeArgs]>('requestOrderChange');
/** A second supervisor approves or rejects the pending request (issue, modify or revoke). */
export const decideOrderRequestUpdate = defineUpdate<EnforcementOrderState, [DecideOrderRequestArgs]>('decideOrderRequest');
