import type { Queryable } from './queryable';

export interface UserListRow {
  id: string;
  displayName: string;
  role: string;
  email: string;
}

/** What the guard checks on every request: whether the user may still act, and as what. */
export interface UserSessionState {
  id: string;
  email: string;
  role: string;
  active: boolean;
  organisationId: string | null;
  tokenVersion: number;
}

/** A user as the administrator's people page lists them. */
export interface UserAdminRow {
  id: string;
  email: string;
  displayName: string;
  role: string;
  active: boolean;
  organisationId: string | null;
  organisationName: string | null;
  /** Whether the user has a password yet (an invited user has none until the link is used). */
  passwordSet: boolean;
  createdAt: Date;
}

/** The users who may be assigned or asked, and the people the administrator keeps. */
export class UserRepository {
  constructor(private readonly db: Queryable) {}

  /** Active users, by role then name; only those of `role` when given. */
  listActive(role?: string): Promise<UserListRow[]> {
    return this.db.query(
      `SELECT id, display_name AS "displayName", role, email FROM users WHERE active ${role ? 'AND role = $1' : ''} ORDER BY role, display_name`,
      role ? [role] : [],
    );
  }

  /** One read by primary key. */
  async sessionState(id: string): Promise<UserSessionState | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const [row] = await this.db.query(
      `SELECT id, email, role, active, organisation_id AS "organisationId", token_version AS "tokenVersion" FROM users WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  private static readonly ADMIN_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.active, u.organisation_id AS "organisationId",
              o.name AS "organisationName", u.password_hash IS NOT NULL AS "passwordSet", u.created_at AS "createdAt"`;

  /** Every user, active first, then by name. */
  listAll(): Promise<UserAdminRow[]> {
    return this.db.query(
      `SELECT ${UserRepository.ADMIN_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY u.active DESC, u.display_name, u.email`,
    );
  }

  async findForAdmin(id: string): Promise<UserAdminRow | null> {
    const [row] = await this.db.query(`SELECT ${UserRepository.ADMIN_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`, [id]);
    return row ?? null;
  }
}
