import { defineUpdate } from '@temporalio/workflow';
import type { DeadlineKind, DeadlineRule } from '@mou/domain';
import type { Actor, CaseState } from './types';

/** A settings version handed to an open case by the administrator's apply-to-open action (docs/domain.md §4). */
export interface ApplySettingsArgs {
  actor: Actor;
  /** The version to apply; a case already on it (or a later one) changes nothing. */
  version: number;
  /** The version's clock rules, complete, keyed by kind. */
  rules: Partial<Record<DeadlineKind, DeadlineRule>>;
}

/**
 * Moves an open case to a settings version: its clocks are re-projected on the version's rules,
 * one SETTINGS_APPLIED event names the versions and every due date that moved, and the clock loop
 * re-arms its timer. Refused (409) once the case is closed.
 */
export const applySettingsUpdate = defineUpdate<CaseState, [ApplySettingsArgs]>('applySettings');
