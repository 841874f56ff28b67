export * from './app-config';
export * from './deadline-rule-overrides';
