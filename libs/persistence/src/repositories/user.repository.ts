import type { Queryable } from './queryable';

export interface UserListRow {
  id: string;
  displayName: string;
  role: string;
  email: string;
}

/** The users who may be assigned or asked. */
export class UserRepository {
  constructor(private readonly db: Queryable) {}

  /** Active users, by role then name; only those of `role` when given. */
  listActive(role?: string): Promise<UserListRow[]> {
    return this.db.query(
      `SELECT id, display_name AS "displayName", role, email FROM users WHERE active ${role ? 'AND role = $1' : ''} ORDER BY role, display_name`,
      role ? [role] : [],
    );
  }
}
