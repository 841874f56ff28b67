// Import controls (docs/domain.md §6): the importer's certification, screening of entries, the legal
// moves of an entry and the detention clocks of 19 CFR 12.43-12.44, 151.16(b) and 174.21(b).
export * from './certification';
export * from './screening';
export * from './entry-status';
export * from './detention-clocks';
export * from './last-day';
export * from './proof-extension';
export * from './protest-filing';
export * from './entry-moves';
export * from './rescreening';
export * from './manufacturer-match';
