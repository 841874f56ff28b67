import { Foundation1795931755918 } from './1795931755918-Foundation';
import { InspectionClocks1795932830706 } from './1795932830706-InspectionClocks';

/** Every migration, oldest first. New ones come from `npm run migration:generate -- Name`. */
export const MIGRATIONS = [Foundation1795931755918, InspectionClocks1795932830706];
