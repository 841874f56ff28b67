import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { ROLES, Role, UserRepository } from '@mou/persistence';
import { AuditService } from '../common/audit.service';
import { AuthUser, PERMISSION_KEY, PUBLIC_KEY, QUERY_TOKEN_KEY } from './auth.decorators';
import { Permission, roleHas } from './permissions';

export interface TokenClaims {
  sub: string;
  email: string;
  role: Role;
  /** The user's token_version when the token was signed; any other version is refused. */
  ver?: number;
}

interface GuardedRequest {
  headers: Record<string, string | undefined>;
  query: Record<string, unknown>;
  user?: AuthUser;
  method: string;
  path: string;
  ip?: string;
}

/**
 * Global guard, deny by default: a route is open only when marked @Public; otherwise it needs a
 * valid token (401) and a declared permission that the caller's role holds (403). The user's row
 * is read on every request (by primary key): a deactivated user, or a token signed before the
 * user's sessions were ended, is refused at once, and the role is the one held now.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly users: UserRepository;

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(DataSource) dataSource: DataSource,
  ) {
    this.users = new UserRepository(dataSource);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const request = context.switchToHttp().getRequest<GuardedRequest>();
    const queryToken = this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN_KEY, targets) && typeof request.query?.access_token === 'string';
    const user = await this.authenticate(request, request.headers.authorization ?? (queryToken ? `Bearer ${String(request.query.access_token)}` : undefined));
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

  private async authenticate(request: GuardedRequest, header: string | undefined): Promise<AuthUser> {
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) throw new UnauthorizedException('Sign in first: send Authorization: Bearer <token>');
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      await this.refuse(request, null, 'invalid-token');
      throw new UnauthorizedException('The token is invalid or has expired; sign in again');
    }
    const current = await this.users.sessionState(claims.sub);
    if (!current || !ROLES.includes(current.role as Role)) {
      await this.refuse(request, null, 'unknown-user');
      throw new UnauthorizedException('The token is invalid or has expired; sign in again');
    }
    if (!current.active) {
      await this.refuse(request, claims.sub, 'deactivated');
      throw new UnauthorizedException('This account has been deactivated');
    }
    if ((claims.ver ?? 0) !== current.tokenVersion) {
      await this.refuse(request, claims.sub, 'session-ended');
      throw new UnauthorizedException('This session has ended; sign in again');
    }
    return { id: current.id, email: current.email, role: current.role as Role, organisationId: current.organisationId };
  }

  private refuse(request: GuardedRequest, actorId: string | null, reason: string): Promise<void> {
    return this.audit.record({
      actorId,
      action: 'access.refused',
      outcome: 'denied',
      target: `${request.method} ${request.path}`,
      ip: request.ip ?? null,
      details: { reason },
    });
  }
}
