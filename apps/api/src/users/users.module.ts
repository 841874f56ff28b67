import { Module } from '@nestjs/common';
import { PasswordLinkMail } from './password-link-mail';
import { OrganisationsController, PeopleController } from './people.controller';
import { PeopleService } from './people.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController, PeopleController, OrganisationsController], providers: [UsersService, PeopleService, PasswordLinkMail] })
export class UsersModule {}
