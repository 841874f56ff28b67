import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { ReferenceDataController } from './reference-data.controller';

@Module({ controllers: [FacilitiesController, ReferenceDataController], providers: [FacilitiesService], exports: [FacilitiesService] })
export class FacilitiesModule {}
