import { Foundation1795931755918 } from './1795931755918-Foundation';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- Name`. */
export const MIGRATIONS = [Foundation1795931755918];
