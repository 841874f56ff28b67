// Types and message definitions shared with the API and the worker (no workflow code).
export * from './chain-watch/messages';
export * from './chain-watch/types';
export * from './facility/messages';
export * from './facility/types';
export * from './import-entry/messages';
export * from './import-entry/types';
export * from './inspection-case/messages';
export * from './inspection-case/settings-messages';
export * from './inspection-case/types';
export * from './mou-review/messages';
export * from './mou-review/types';
export * from './enforcement-order/messages';
export * from './enforcement-order/types';
