import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { DEFAULT_REVIEW_THRESHOLDS } from '@mou/domain';
import { ReviewThresholdsDto, SignOffReviewDto, StartReviewDto, WhatIfQueryDto } from './reviews.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('one-year review')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly service: ReviewsService) {}

  /** Starts the programme year's review; the same periodStart answers the same review (200 after the first 201). */
  @Post()
  @RequirePermission(Permission.ReviewStart)
  async start(@Body() dto: StartReviewDto, @Res({ passthrough: true }) res: Response) {
    const { created, review } = await this.service.start(dto);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return review;
  }

  @Get()
  @RequirePermission(Permission.ReviewRead)
  list() {
    return this.service.list();
  }

  /** Declared before `:id`: the decision rule's default thresholds, which a review keeps unless it is started with others. */
  @Get('thresholds')
  @RequirePermission(Permission.ReviewRead)
  thresholds(): ReviewThresholdsDto {
    return { ...DEFAULT_REVIEW_THRESHOLDS };
  }

  /** Declared before `:id`: what the rule gives on today's data, starting nothing. */
  @Get('what-if')
  @RequirePermission(Permission.ReviewWhatIf)
  whatIf(@Query() query: WhatIfQueryDto) {
    return this.service.whatIf(query);
  }

  @Get(':id')
  @RequirePermission(Permission.ReviewRead)
  detail(@Param('id') id: string) {
    return this.service.detail(id);
  }

  @Get(':id/report.md')
  @RequirePermission(Permission.ReviewReportRead)
  @ApiConflictResponse({ description: 'The programme year has not ended: no report yet' })
  markdown(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'md');
  }

  @Get(':id/report.html')
  @RequirePermission(Permission.ReviewReportRead)
  @ApiConflictResponse({ description: 'The programme year has not ended: no report yet' })
  html(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'html');
  }

  @Get(':id/report.pdf')
  @RequirePermission(Permission.ReviewReportRead)
  @ApiConflictResponse({ description: 'The programme year has not ended: no report yet' })
  pdf(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'pdf');
  }

  @Get(':id/facts.csv')
  @RequirePermission(Permission.ReviewReportRead)
  @ApiProduces('text/csv')
  @ApiConflictResponse({ description: 'The programme year has not ended: no report yet' })
  facts(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'facts');
  }

  @Post(':id/sign-off')
  @HttpCode(200)
  @RequirePermission(Permission.ReviewSignOff)
  @ApiConflictResponse({ description: 'The year is still running, or the review is already signed off' })
  signOff(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: SignOffReviewDto) {
    return this.service.signOff(user, id, dto);
  }
}
