import { Module } from '@nestjs/common';
import { FacilitiesController } from './facilities.controller';
import { FacilitiesService } from './facilities.service';
import { FacilityNamesController } from './facility-names.controller';
import { ReferenceDataController } from './reference-data.controller';
import { ReferenceDataService } from './reference-data.service';

@Module({ controllers: [FacilitiesController, FacilityNamesController, ReferenceDataController], providers: [FacilitiesService, ReferenceDataService], exports: [FacilitiesService] })
export class FacilitiesModule {}
