import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ReviewState, SignOffReviewArgs } from './types';

/** The live state of the review, straight from the workflow. */
export const reviewStateQuery = defineQuery<ReviewState>('reviewState');

/**
 * Completes once the review's row is committed; the API sends it with the start
 * (update-with-start), so `POST /reviews` answers only when the review can be read back.
 */
export const reviewOpenedUpdate = defineUpdate<ReviewState>('reviewOpened');

/** A policy user signs off the final recommendation (docs/domain.md §2, §7). */
export const signOffReviewUpdate = defineUpdate<ReviewState, [SignOffReviewArgs]>('signOffReview');
