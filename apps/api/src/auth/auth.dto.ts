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
