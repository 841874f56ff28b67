import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { BoardSummaryCache } from './board-summary.cache';
import { BoardController } from './board.controller';
import { BoardService } from './board.service';

@Module({ imports: [EventsModule], controllers: [BoardController], providers: [BoardService, BoardSummaryCache] })
export class BoardModule {}
