export * from './queryable';
export * from './deadline-board.repository';
