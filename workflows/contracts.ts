// Types and message definitions shared with the API and the worker (no workflow code).
export * from './inspection-case/messages';
export * from './inspection-case/types';
