import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { ReferenceDataController } from './reference-data.controller';
import { UsersController } from '../users/users.controller';

@Module({ controllers: [FacilitiesController, ReferenceDataController, UsersController], providers: [FacilitiesService], exports: [FacilitiesService] })
export class FacilitiesModule {}
