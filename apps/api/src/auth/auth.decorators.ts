import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@mou/persistence';
import { Permission } from './permissions';

export const PERMISSION_KEY = 'mou:permission';
export const PUBLIC_KEY = 'mou:public';

/** The one permission a route needs. A route without it (and not @Public) is refused. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

export const QUERY_TOKEN_KEY = 'mou:query-token';

/** The token may come as `?access_token=` (for EventSource, which cannot set headers). */
export const AllowQueryToken = () => SetMetadata(QUERY_TOKEN_KEY, true);

/** A route anyone may call without a token (sign-in, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

export interface AuthUser {
  id: string;
  email: string;
  /** The role the user holds now (read per request), not the one the token was signed with. */
  role: Role;
  /** The importer an importer user acts for; null for other roles. */
  organisationId: string | null;
}

/** The signed-in user, as the guard verified it. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
