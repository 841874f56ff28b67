import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import type { Role } from '@mou/persistence';
import { Permission } from './permissions';

export class LoginDto {
  @ApiProperty({ example: 'investigator@example.gov' })
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
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['investigator', 'supervisor', 'policy', 'importer', 'admin'] }) role: Role;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Object.values(Permission), isArray: true, description: "What the user's role may do; every route names the one it needs" })
  permissions: Permission[];
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() expiresIn: number;
  @ApiProperty({ type: AuthUserDto }) user: AuthUserDto;
}
