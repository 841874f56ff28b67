export * from './workflow-safe';
export * from './connect';
export * from './register-search-attributes';
export * from './workflow-bundle';
export * from './temporal-client.module';
export * from './prepare-namespace';
