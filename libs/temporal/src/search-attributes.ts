import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Mirrors of the case's essentials, for operators using Temporal's own tools. */
export const CaseStageKey = defineSearchAttributeKey('CaseStage', SearchAttributeType.KEYWORD);
export const NextDeadlineAtKey = defineSearchAttributeKey('NextDeadlineAt', SearchAttributeType.DATETIME);
export const EscalationLevelKey = defineSearchAttributeKey('EscalationLevel', SearchAttributeType.INT);

export const CUSTOM_SEARCH_ATTRIBUTES = [CaseStageKey, NextDeadlineAtKey, EscalationLevelKey] as const;
