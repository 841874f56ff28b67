export * from './data-source';
export * from './entities';
export * from './event-chain';
export * from './password-hash';
export * from './seed';
export * from './persistence.module';
export * from './event-announcement';
export * from './review-facts';
