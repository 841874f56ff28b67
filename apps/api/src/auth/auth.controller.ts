import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, Public, RequirePermission } from './auth.decorators';
import { AuthUserDto, LoginDto, LoginResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { Permission } from './permissions';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly service: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResponseDto> {
    return this.service.login(dto, ip ?? null);
  }

  @Get('me')
  @ApiBearerAuth()
  @RequirePermission(Permission.ProfileRead)
  me(@CurrentUser() user: AuthUser): Promise<AuthUserDto> {
    return this.service.me(user);
  }
}
