import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@mou/config';
import { announceSessionsEnded, appendRecordEvent, OrganisationEntity, PasswordLinkRepository, type PasswordLinkPurpose, type Role, UserEntity, UserRepository } from '@mou/persistence';
import type { AuthUser } from '../auth/auth.decorators';
import { AuditService } from '../common/audit.service';
import { ChangeRoleDto, CreateOrganisationDto, InvitedPersonDto, InvitePersonDto, OrganisationDto, PasswordLinkSentDto, PersonDto } from './people.dto';
import { PasswordLinkMail } from './password-link-mail';

/**
 * The administrator's people (docs/domain.md §2): invitations with a one-time set-password link,
 * role changes, password resets and deactivation. The guard reads each user's row on every
 * request, so a change here applies to the very next request of that user.
 */
@Injectable()
export class PeopleService {
  private readonly users: UserRepository;
  private readonly links: PasswordLinkRepository;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PasswordLinkMail) private readonly mail: PasswordLinkMail,
  ) {
    this.users = new UserRepository(dataSource);
    this.links = new PasswordLinkRepository(dataSource);
  }

  async list(): Promise<PersonDto[]> {
    return (await this.users.listAll()).map(PersonDto.from);
  }

  async invite(admin: AuthUser, dto: InvitePersonDto): Promise<InvitedPersonDto> {
    const email = dto.email.trim().toLowerCase();
    const organisationId = await this.organisationFor(dto.role, dto.organisationId);
    const repo = this.dataSource.getRepository(UserEntity);
    if (await repo.existsBy({ email })) throw new ConflictException({ message: `${email} already has an account`, reason: 'UserExists' });
    const created = await this.dataSource.transaction(async (em) => {
      const saved = await em.getRepository(UserEntity).save(repo.create({ email, displayName: dto.displayName.trim(), role: dto.role, organisationId, passwordHash: null, active: true }));
      await appendRecordEvent(em, 'user', saved.id, 'USER_INVITED', admin.id, { email, role: dto.role, organisationId });
      return saved;
    });
    const invitation = await this.sendLink(created, 'invitation', admin.id);
    await this.audit.record({ actorId: admin.id, action: 'user.invite', outcome: 'success', target: email, details: { userId: created.id, role: dto.role, organisationId, mailed: invitation.mailed } });
    return { person: await this.person(created.id), invitation };
  }

  async changeRole(admin: AuthUser, id: string, dto: ChangeRoleDto): Promise<PersonDto> {
    const user = await this.find(id);
    if (user.id === admin.id) throw new ConflictException({ message: 'You cannot change your own role; another administrator can', reason: 'OwnAccount' });
    const organisationId = await this.organisationFor(dto.role, dto.organisationId);
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id }, { role: dto.role, organisationId });
      await appendRecordEvent(em, 'user', id, 'ROLE_CHANGED', admin.id, { role: dto.role, organisationId });
    });
    await announceSessionsEnded(this.dataSource, id);
    await this.audit.record({
      actorId: admin.id,
      action: 'user.role-change',
      outcome: 'success',
      target: user.email,
      details: { userId: id, before: { role: user.role, organisationId: user.organisationId }, after: { role: dto.role, organisationId } },
    });
    return this.person(id);
  }

  /** A new one-time link by e-mail; the old password and every session of the user end now. */
  async resetPassword(admin: AuthUser, id: string, note?: string): Promise<PasswordLinkSentDto> {
    const user = await this.find(id);
    if (!user.active) throw new ConflictException({ message: `${user.email} is deactivated`, reason: 'UserDeactivated' });
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id }, { passwordHash: null, tokenVersion: user.tokenVersion + 1 });
      await appendRecordEvent(em, 'user', id, 'PASSWORD_RESET', admin.id);
    });
    await announceSessionsEnded(this.dataSource, id);
    const sent = await this.sendLink(user, 'reset', admin.id);
    await this.audit.record({ actorId: admin.id, action: 'user.password-reset', outcome: 'success', target: user.email, details: { userId: id, mailed: sent.mailed, note: note ?? null } });
    return sent;
  }

  /** Refused from the very next request, whatever token the user holds; sign-in refused too. */
  async deactivate(admin: AuthUser, id: string, note?: string): Promise<PersonDto> {
    const user = await this.find(id);
    if (user.id === admin.id) throw new ConflictException({ message: 'You cannot deactivate your own account; another administrator can', reason: 'OwnAccount' });
    if (!user.active) throw new ConflictException({ message: `${user.email} is already deactivated`, reason: 'UserDeactivated' });
    await this.dataSource.transaction(async (em) => {
      await em.update(UserEntity, { id }, { active: false, tokenVersion: user.tokenVersion + 1 });
      // Links sent before stop working too.
      await em.query(`UPDATE password_links SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()`, [id]);
      await announceSessionsEnded(em, id);
      await appendRecordEvent(em, 'user', id, 'USER_DEACTIVATED', admin.id, { note: note ?? null });
    });
    await this.audit.record({ actorId: admin.id, action: 'user.deactivate', outcome: 'success', target: user.email, details: { userId: id, note: note ?? null } });
    return this.person(id);
  }

  async organisations(): Promise<OrganisationDto[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, count(u.id) FILTER (WHERE u.active)::int AS "activeUsers"
         FROM organisations o LEFT JOIN users u ON u.organisation_id = o.id GROUP BY o.id ORDER BY o.name`,
    );
  }

  async createOrganisation(admin: AuthUser, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    const repo = this.dataSource.getRepository(OrganisationEntity);
    const name = dto.name.trim();
    if (!name) throw new BadRequestException({ message: 'Give the importer a name', fields: { name: ['name should not be empty'] } });
    if (await repo.existsBy({ name })) throw new ConflictException({ message: `An importer named ${name} exists already`, reason: 'OrganisationExists' });
    const saved = await this.dataSource.transaction(async (em) => {
      const created = await em.getRepository(OrganisationEntity).save(repo.create({ name }));
      await appendRecordEvent(em, 'organisation', created.id, 'ORGANISATION_CREATED', admin.id, { name });
      return created;
    });
    await this.audit.record({ actorId: admin.id, action: 'organisation.create', outcome: 'success', target: name, details: { organisationId: saved.id } });
    return { id: saved.id, name: saved.name, activeUsers: 0 };
  }

  private async sendLink(user: UserEntity, purpose: PasswordLinkPurpose, by: string): Promise<PasswordLinkSentDto> {
    const link = await this.links.issue(user.id, purpose, by, this.config.PASSWORD_LINK_TTL_HOURS);
    const mailed = await this.mail.send(user, purpose, link.token, link.expiresAt);
    return { mailed, expiresAt: link.expiresAt.toISOString() };
  }

  /** An importer user needs its importer; no other role has one. */
  private async organisationFor(role: Role, organisationId: string | undefined): Promise<string | null> {
    if (role !== 'importer') {
      if (organisationId) throw new BadRequestException({ message: 'Only an importer user acts for an importer', fields: { organisationId: ['only for the importer role'] } });
      return null;
    }
    if (!organisationId) throw new BadRequestException({ message: 'Choose the importer this user acts for', fields: { organisationId: ['required for the importer role'] } });
    if (!(await this.dataSource.getRepository(OrganisationEntity).existsBy({ id: organisationId }))) {
      throw new BadRequestException({ message: 'There is no such importer', fields: { organisationId: ['no importer has this id'] } });
    }
    return organisationId;
  }

  private async find(id: string): Promise<UserEntity> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundException(`User ${id} was not found`);
    return user;
  }

  private async person(id: string): Promise<PersonDto> {
    return PersonDto.from((await this.users.findForAdmin(id))!);
  }
}
