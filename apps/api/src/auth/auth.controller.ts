import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiSignedIn } from '../common/api-errors';
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
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @ApiOkResponse({ type: LoginResponseDto, description: 'A signed access token and who it is for' })
  @ApiBodyErrors()
  @ApiErrors([401, 'E-mail or password is wrong'], 429)
  login(@Body() dto: LoginDto, @Ip() ip: string): Promise<LoginResponseDto> {
    return this.service.login(dto, ip ?? null);
  }

  @Get('me')
  @ApiOperation({ summary: 'Who the token belongs to' })
  @ApiBearerAuth()
  @RequirePermission(Permission.ProfileRead)
  @ApiOkResponse({ type: AuthUserDto })
  @ApiSignedIn()
  me(@CurrentUser() user: AuthUser): Promise<AuthUserDto> {
    return this.service.me(user);
  }
}
