import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@mou/persistence';
import { IntProperty, UuidProperty } from '../common/api-properties';
import { Permission } from './permissions';

export class LoginDto {
  @ApiProperty({ example: 'investigator@example.gov', format: 'email' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class AuthUserDto {
  @UuidProperty() id: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Object.values(Permission), isArray: true, description: "What the user's role may do; every route names the one it needs" })
  permissions: Permission[];
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Send as `Authorization: Bearer <token>`' }) accessToken: string;
  @IntProperty({ description: 'Seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: AuthUserDto }) user: AuthUserDto;
}

/** Passwords people choose: at least 12 characters (ASVS 6.2.1), at most 200. */
export const PASSWORD_MIN_LENGTH = 12;

export class ChangePasswordDto {
  @ApiProperty({ description: 'The password in use now' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  newPassword: string;
}

export class SetPasswordDto {
  @ApiProperty({ description: 'The token of the link in the invitation or reset e-mail' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: 200 })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(200)
  password: string;
}

export class PasswordSetDto {
  @ApiProperty({ format: 'email', description: 'Sign in with this e-mail and the new password' }) email: string;
  @ApiProperty() displayName: string;
}
