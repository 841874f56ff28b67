import { BadRequestException, ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import { ApplicationFailure, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';

/**
 * Turns a refused workflow Update into the HTTP answer the caller needs: the workflow's own
 * sentence as the message, 409 for an illegal move or a four-eyes refusal, 404 and 400 likewise.
 */
export function httpErrorFromWorkflow(error: unknown): unknown {
  if (error instanceof WorkflowNotFoundError) return new NotFoundException('The case workflow was not found');
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const { message, type } = error.cause;
    switch (type) {
      case 'NotFound':
        return new NotFoundException(message);
      case 'BadRequest': {
        // The workflow names the offending field in the failure's details when it knows it.
        const field = (error.cause.details?.[0] as { field?: unknown } | undefined)?.field;
        return new BadRequestException({ message, fields: typeof field === 'string' ? { [field]: [message] } : {} });
      }
      case 'Forbidden':
        return new ForbiddenException(message);
      default:
        return new ConflictException({ message, reason: type ?? 'IllegalTransition' });
    }
  }
  return error;
}
