import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role, type UserAdminRow } from '@mou/persistence';
import { DateTimeProperty, NullableStringProperty, NullableUuidProperty, UuidProperty } from '../common/api-properties';

/** A person as the administrator sees them. */
export class PersonDto {
  @UuidProperty() id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ description: 'A deactivated user is refused on every request and cannot sign in' }) active: boolean;
  @NullableUuidProperty({ description: 'The importer an importer user acts for' }) organisationId: string | null;
  @NullableStringProperty() organisationName: string | null;
  @ApiProperty({ description: 'False until the user has set a password from their invitation' }) passwordSet: boolean;
  @DateTimeProperty() createdAt: string;

  static from(row: UserAdminRow): PersonDto {
    return {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: row.role as Role,
      active: row.active,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      passwordSet: row.passwordSet,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

/** What happened to the e-mail with the set-password link. */
export class PasswordLinkSentDto {
  @ApiProperty({ description: 'Whether the SMTP relay accepted the e-mail; false when none is configured or it refused' }) mailed: boolean;
  @DateTimeProperty({ description: 'The link works once, until then' }) expiresAt: string;
}

export class InvitedPersonDto {
  @ApiProperty({ type: PersonDto }) person: PersonDto;
  @ApiProperty({ type: PasswordLinkSentDto }) invitation: PasswordLinkSentDto;
}

export class InvitePersonDto {
  @ApiProperty({ format: 'email', example: 'new.investigator@example.gov' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Nia Newcomer' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for an importer user: the importer it acts for; refused for other roles' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class ChangeRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required when the new role is importer' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

export class OrganisationDto {
  @UuidProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: 'integer', description: 'Active users acting for it' }) activeUsers: number;
}

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Acme Imports LLC' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

/** An administrative action on a person, with why (kept in the audit log). */
export class PersonActionDto {
  @ApiPropertyOptional({ description: 'Why, for the audit log' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}
