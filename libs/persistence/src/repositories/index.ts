export * from './queryable';
export * from './deadline-board.repository';
export * from './case.repository';
