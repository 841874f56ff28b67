import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseState } from './types';

/** The live state of the case, straight from the workflow. */
export const caseStateQuery = defineQuery<CaseState>('caseState');

/**
 * Completes once the opening event is committed to PostgreSQL; the API sends it with the start
 * (update-with-start), so `POST /cases` answers only when the case can be read back.
 */
export const caseOpenedUpdate = defineUpdate<CaseState>('caseOpened');
