import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { hashPassword, UserEntity, verifyPassword } from '@mou/persistence';
import { AuditService } from '../common/audit.service';
import { AuthUser } from './auth.decorators';
import { AuthUserDto, LoginDto, LoginResponseDto } from './auth.dto';
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
    if (!user || !user.active || !matches) {
      await this.audit.record({ actorId: user?.id ?? null, action: 'auth.login', outcome: 'failure', target: email, ip });
      throw new UnauthorizedException('E-mail or password is wrong');
    }
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, email: user.email, role: user.role },
      { algorithm: 'HS256', expiresIn: this.config.JWT_TTL_SECONDS },
    );
    await this.audit.record({ actorId: user.id, action: 'auth.login', outcome: 'success', target: email, ip });
    return { accessToken, expiresIn: this.config.JWT_TTL_SECONDS, user: toUserDto(user) };
  }

  async me(auth: AuthUser): Promise<AuthUserDto> {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: auth.id });
    return toUserDto(user);
  }
}

function toUserDto(user: UserEntity): AuthUserDto {
  return { id: user.id, email: user.email, role: user.role, displayName: user.displayName, permissions: [...(ROLE_PERMISSIONS[user.role] ?? [])] };
}
