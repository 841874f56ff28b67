import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser, CurrentUser, RequirePermission } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { ApiBodyErrors, ApiErrors, ApiPatternParam, ApiSignedIn } from '../common/api-errors';
import { REVIEW_ID_PATTERN, ReviewDetailDto, ReviewSummaryDto, ReviewThresholdsDto, SignOffReviewDto, StartReviewDto, WhatIfDto, WhatIfQueryDto } from './reviews.dto';
import { toReviewSummaryDto } from './reviews.mapping';
import { ReviewsService } from './reviews.service';

const ReviewId = () => ApiPatternParam('id', REVIEW_ID_PATTERN, 'The review: `mou-review-` and the first day of its programme year', 'mou-review-2026-01-01');
const NOT_READY = [409, 'The programme year has not ended: no report yet (`reason`: ReportNotReady)'] as [409, string];

@ApiTags('one-year review')
@ApiBearerAuth()
@ApiSignedIn()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly service: ReviewsService) {}

  /** Starts the programme year's review; the same periodStart answers the same review (200 after the first 201). */
  @Post()
  @ApiOperation({ summary: "Start the programme year's one-year review" })
  @RequirePermission(Permission.ReviewStart)
  @ApiCreatedResponse({ type: ReviewDetailDto, description: 'The review, started now' })
  @ApiOkResponse({ type: ReviewDetailDto, description: 'The review already started for this programme year' })
  @ApiBodyErrors()
  async start(@Body() dto: StartReviewDto, @Res({ passthrough: true }) res: Response): Promise<ReviewDetailDto> {
    const { created, review } = await this.service.start(dto);
    res.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return review;
  }

  @Get()
  @ApiOperation({ summary: 'List reviews' })
  @RequirePermission(Permission.ReviewRead)
  @ApiOkResponse({ type: [ReviewSummaryDto], description: 'Latest programme year first' })
  list(): Promise<ReviewSummaryDto[]> {
    return this.service.list().then((rows) => rows.map(toReviewSummaryDto));
  }

  /** Declared before `:id`: the decision rule's default thresholds, which a review keeps unless it is started with others. */
  @Get('thresholds')
  @ApiOperation({ summary: "The decision rule's thresholds in force (the settings version in force), which a new review takes unless started with others" })
  @RequirePermission(Permission.ReviewRead)
  @ApiOkResponse({ type: ReviewThresholdsDto })
  thresholds(): Promise<ReviewThresholdsDto> {
    return this.service.thresholdsInForce();
  }

  /** Declared before `:id`: what the rule gives on today's data, starting nothing. */
  @Get('what-if')
  @ApiOperation({ summary: "What the decision rule gives on today's data, for any window and thresholds" })
  @RequirePermission(Permission.ReviewWhatIf)
  @ApiOkResponse({ type: WhatIfDto })
  @ApiErrors(400)
  whatIf(@Query() query: WhatIfQueryDto): Promise<WhatIfDto> {
    return this.service.whatIf(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One review' })
  @RequirePermission(Permission.ReviewRead)
  @ReviewId()
  @ApiOkResponse({ type: ReviewDetailDto })
  @ApiErrors(404)
  detail(@Param('id') id: string): Promise<ReviewDetailDto> {
    return this.service.detail(id);
  }

  @Get(':id/report.md')
  @ApiOperation({ summary: 'The review report as Markdown' })
  @RequirePermission(Permission.ReviewReportRead)
  @ReviewId()
  @ApiProduces('text/markdown')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The report as Markdown (attachment)' })
  @ApiErrors(404, NOT_READY)
  markdown(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'md');
  }

  @Get(':id/report.html')
  @ApiOperation({ summary: 'The review report as HTML' })
  @RequirePermission(Permission.ReviewReportRead)
  @ReviewId()
  @ApiProduces('text/html')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The report as a web page' })
  @ApiErrors(404, NOT_READY)
  html(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'html');
  }

  @Get(':id/report.pdf')
  @ApiOperation({ summary: 'The review report as PDF' })
  @RequirePermission(Permission.ReviewReportRead)
  @ReviewId()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'The report as PDF (attachment)' })
  @ApiErrors(404, NOT_READY)
  pdf(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'pdf');
  }

  @Get(':id/facts.csv')
  @ApiOperation({ summary: 'The facts the review counted, as CSV' })
  @RequirePermission(Permission.ReviewReportRead)
  @ReviewId()
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' }, description: 'Every request and US report the decision counted (attachment)' })
  @ApiErrors(404, NOT_READY)
  facts(@Param('id') id: string): Promise<StreamableFile> {
    return this.service.report(id, 'facts');
  }

  @Post(':id/sign-off')
  @ApiOperation({ summary: 'Sign off the review' })
  @HttpCode(200)
  @RequirePermission(Permission.ReviewSignOff)
  @ReviewId()
  @ApiOkResponse({ type: ReviewDetailDto, description: 'The review, signed off' })
  @ApiBodyErrors()
  @ApiErrors(404, [409, 'The year is still running, or the review is already signed off; `reason` says which'])
  signOff(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: SignOffReviewDto): Promise<ReviewDetailDto> {
    return this.service.signOff(user, id, dto);
  }
}
