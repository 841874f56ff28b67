import { EntityManager } from 'typeorm';
import type { AppendCaseEventInput } from '@mou/workflows';
import { enqueueNotification, usersWithRole } from './outbox';

/**
 * Who hears of a case event (issue: reminders to the assignee, breaches and ladder steps to
 * supervisors, approvals to eligible approvers). Runs in the event's transaction.
 */
export async function notifyCaseEvent(em: EntityManager, input: AppendCaseEventInput, reference: string): Promise<void> {
  const p = input.projection;
  const cause = `case:${input.caseId}:${input.sequence}`;
  const link = `/cases/${input.caseId}`;
  const payload = input.payload as { step?: string; notify?: string[]; description?: string; deadlineKey?: string; approvalId?: string | null };

  if (input.type === 'ESCALATION_STEP' && payload.step) {
    const recipients: string[] = [];
    if (payload.notify?.includes('assignee')) recipients.push(p.assigneeId);
    if (payload.notify?.includes('supervisors')) recipients.push(...(await usersWithRole(em, 'supervisor')));
    const what = payload.step === 'REMINDER' ? 'at risk' : payload.step.toLowerCase().replace(/_/g, ' ');
    await enqueueNotification(em, {
      cause,
      recipientIds: recipients,
      kind: payload.step,
      subject: `${reference}: ${payload.deadlineKey} ${what}`,
      body: `${payload.description ?? payload.step} on case ${reference} (${payload.deadlineKey}).\nOpen the case: ${link}`,
      link,
    });
  }

  const approvalId = payload.approvalId;
  const approval = approvalId ? p.approvals.find((a) => a.id === approvalId && a.status === 'pending') : undefined;
  if (approval) {
    // Four-eyes: never the person who asked, never the case's own investigator.
    const approvers = (await usersWithRole(em, 'supervisor')).filter((id) => id !== approval.requestedBy && id !== p.assigneeId);
    await enqueueNotification(em, {
      cause: `${cause}:approval`,
      recipientIds: approvers,
      kind: 'APPROVAL_REQUESTED',
      subject: `${reference}: approval needed (${approval.kind.replace(/_/g, ' ').toLowerCase()})`,
      body: `${approval.reason}.\nApprove or reject with a reason: /approvals`,
      link: '/approvals',
    });
  }
}
