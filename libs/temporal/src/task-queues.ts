/** Default task queue; deployments override it with TEMPORAL_TASK_QUEUE. */
export const DEFAULT_TASK_QUEUE = 'mou-casework';
