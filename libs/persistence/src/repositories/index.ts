export * from './queryable';
export * from './deadline-board.repository';
export * from './case.repository';
export * from './entry.repository';
export * from './deadline.repository';
