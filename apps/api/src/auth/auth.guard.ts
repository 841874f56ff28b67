import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ROLES, Role } from '@mou/persistence';
import { AuditService } from '../common/audit.service';
import { AuthUser, PERMISSION_KEY, PUBLIC_KEY, QUERY_TOKEN_KEY } from './auth.decorators';
import { Permission, roleHas } from './permissions';

interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
}

/**
 * Global guard, deny by default: a route is open only when marked @Public; otherwise it needs a
 * valid token (401) and a declared permission that the caller's role holds (403).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<{
      headers: Record<string, string | undefined>;
      query: Record<string, unknown>;
      user?: AuthUser;
      method: string;
      path: string;
      ip?: string;
    }>();
    const queryToken = this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN_KEY, targets) && typeof request.query?.access_token === 'string';
    const user = await this.authenticate(request.headers.authorization ?? (queryToken ? `Bearer ${String(request.query.access_token)}` : undefined));
    request.user = user;

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission || !roleHas(user.role, permission)) {
      await this.audit.record({
        actorId: user.id,
        action: 'access.denied',
        outcome: 'denied',
        target: `${request.method} ${request.path}`,
        ip: request.ip ?? null,
        details: { permission: permission ?? null, role: user.role },
      });
      throw new ForbiddenException(permission ? `Your role (${user.role}) does not have ${permission}` : 'This route grants no permission');
    }
    return true;
  }

  private async authenticate(header: string | undefined): Promise<AuthUser> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthorizedException('Sign in first: send Authorization: Bearer <token>');
    try {
      const claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
      if (!ROLES.includes(claims.role)) throw new Error('unknown role');
      return { id: claims.sub, email: claims.email, role: claims.role };
    } catch {
      throw new UnauthorizedException('The token is invalid or has expired; sign in again');
    }
  }
}
