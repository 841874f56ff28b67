import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { appendRecordEvent, hashPassword, PasswordLinkRepository, UserEntity, verifyPassword } from '@mou/persistence';
import { AuditService } from '../common/audit.service';
import { AuthUser } from './auth.decorators';
import { AuthUserDto, ChangePasswordDto, LoginDto, LoginResponseDto, PasswordSetDto, SetPasswordDto } from './auth.dto';
import { ROLE_PERMISSIONS } from './permissions';

@Injectable()
export class AuthService {
  /** Compared against when the e-mail is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword('decoy-password-never-matches');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async login(dto: LoginDto, ip: string | null): Promise<LoginResponseDto> {
    const email = dto.email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const matches = await verifyPassword(dto.password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !user.active || !user.passwordHash || !matches) {
      const reason = !user ? 'unknown-email' : !user.active ? 'deactivated' : !user.passwordHash ? 'no-password-yet' : 'wrong-password';
      await this.audit.record({ actorId: user?.id ?? null, action: 'auth.login', outcome: 'failure', target: email, ip, details: { reason } });
      throw new UnauthorizedException('E-mail or password is wrong');
    }
    await this.audit.record({ actorId: user.id, action: 'auth.login', outcome: 'success', target: email, ip });
    return this.session(user);
  }

  /** A token for `user` at its current token version, and who it is for. */
  private async session(user: UserEntity): Promise<LoginResponseDto> {
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, email: user.email, role: user.role, ver: user.tokenVersion },
      { algorithm: 'HS256', expiresIn: this.config.JWT_TTL_SECONDS },
    );
    return { accessToken, expiresIn: this.config.JWT_TTL_SECONDS, user: toUserDto(user) };
  }

  /**
   * Changes the caller's own password, given the current one. Every other session of the user
   * ends (token version + 1); the answer carries a new token for this one.
   */
  async changePassword(auth: AuthUser, dto: ChangePasswordDto, ip: string | null): Promise<LoginResponseDto> {
    const repo = this.dataSource.getRepository(UserEntity);
    const user = await repo.findOneByOrFail({ id: auth.id });
    if (!user.passwordHash || !(await verifyPassword(dto.currentPassword, user.passwordHash))) {
      await this.audit.record({ actorId: user.id, action: 'auth.password-change', outcome: 'failure', target: user.email, ip });
      throw new BadRequestException({ message: 'The current password is wrong', fields: { currentPassword: ['The current password is wrong'] } });
    }
    if (dto.newPassword === dto.currentPassword) {
      throw new BadRequestException({ message: 'Choose a password other than the current one', fields: { newPassword: ['must differ from the current password'] } });
    }
    const passwordHash = await hashPassword(dto.newPassword);
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id: user.id }, { passwordHash, tokenVersion: user.tokenVersion + 1 });
      await appendRecordEvent(em, 'user', user.id, 'PASSWORD_CHANGED', user.id);
    });
    await this.audit.record({ actorId: user.id, action: 'auth.password-change', outcome: 'success', target: user.email, ip });
    return this.session(await repo.findOneByOrFail({ id: user.id }));
  }

  /** Sets a password through an invitation or reset link: once, before the link expires. */
  async setPassword(dto: SetPasswordDto, ip: string | null): Promise<PasswordSetDto> {
    const links = new PasswordLinkRepository(this.dataSource);
    const result = await links.use(dto.token, dto.password);
    if (typeof result === 'string') {
      await this.audit.record({ actorId: null, action: 'auth.password-link', outcome: 'failure', ip, details: { reason: result } });
      if (result === 'unknown') throw new NotFoundException('This link is not valid. Ask the administrator for a new one.');
      const why = { used: 'This link has already been used', expired: 'This link has expired', deactivated: 'This account has been deactivated' }[result];
      throw new ConflictException({ message: `${why}. Ask the administrator for a new one.`, reason: { used: 'LinkUsed', expired: 'LinkExpired', deactivated: 'UserDeactivated' }[result] });
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: result.userId });
    await this.audit.record({ actorId: user.id, action: 'auth.password-link', outcome: 'success', target: user.email, ip, details: { purpose: result.purpose } });
    return { email: user.email, displayName: user.displayName };
  }

  async me(auth: AuthUser): Promise<AuthUserDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: auth.id });
    return toUserDto(user);
  }
}

function toUserDto(user: UserEntity): AuthUserDto {
  return { id: user.id, email: user.email, role: user.role, displayName: user.displayName, permissions: [...(ROLE_PERMISSIONS[user.role] ?? [])] };
}
