import { Module } from '@nestjs/common';
import { PasswordLinkMail } from './password-link-mail';
import { OrganisationsController, PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({ controllers: [PeopleController, OrganisationsController], providers: [PeopleService, PasswordLinkMail] })
export class UsersModule {}
