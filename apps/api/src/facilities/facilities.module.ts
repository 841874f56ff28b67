import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataService } from './reference-data.service';

@Module({ controllers: [FacilitiesController, ReferenceDataController], providers: [FacilitiesService, ReferenceDataService], exports: [FacilitiesService] })
export class FacilitiesModule {}
