import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiBodyErrors, ApiErrors, ApiSignedIn } from '../common/api-errors';
import { AuthUser, CurrentUser, Public, RequirePermission } from './auth.decorators';
import { AuthUserDto, ChangePasswordDto, LoginDto, LoginResponseDto, PasswordSetDto, SetPasswordDto } from './auth.dto';
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

  @Post('password')
  @ApiOperation({ summary: 'Change your own password (needs the current one); your other sessions end' })
  @HttpCode(200)
  @ApiBearerAuth()
  @RequirePermission(Permission.PasswordChange)
  @ApiOkResponse({ type: LoginResponseDto, description: 'A new token for this session; tokens issued before no longer work' })
  @ApiBodyErrors()
  @ApiSignedIn()
  changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto, @Ip() ip: string): Promise<LoginResponseDto> {
    return this.service.changePassword(user, dto, ip ?? null);
  }

  @Post('set-password')
  @ApiOperation({ summary: 'Set a password with the link of an invitation or reset e-mail (once, before it expires)' })
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @ApiOkResponse({ type: PasswordSetDto, description: 'The password is set; sign in with it' })
  @ApiBodyErrors()
  @ApiErrors([404, 'The link is not valid'], [409, 'The link was used already or has expired'], 429)
  setPassword(@Body() dto: SetPasswordDto, @Ip() ip: string): Promise<PasswordSetDto> {
    return this.service.setPassword(dto, ip ?? null);
  }
}
