import { EntityManager } from 'typeorm';
import { mayDecideApproval } from '@mou/domain';
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
  const payload = input.payload as {
    step?: string;
    notify?: string[];
    description?: string;
    deadlineKey?: string;
    approvalId?: string | null;
    escalationId?: string;
    reminder?: number;
  };

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

  // The case's ladder keeps the reminder timer; this only delivers what it recorded, in its words.
  if (input.type === 'ESCALATION_REMINDER' && payload.step && payload.escalationId) {
    const what = payload.step.toLowerCase().replace(/_/g, ' ');
    await enqueueNotification(em, {
      cause,
      recipientIds: await usersWithRole(em, 'supervisor'),
      kind: 'ESCALATION_REMINDER',
      subject: `${reference}: ${payload.deadlineKey} ${what} still unacknowledged`,
      body: `Reminder ${payload.reminder}: ${payload.description ?? what} on case ${reference} (${payload.deadlineKey}) has not been acknowledged.\nAcknowledge it: /escalations`,
      link,
    });
    await em.query('UPDATE escalations SET reminders = $2, last_reminded_at = $3 WHERE id = $1', [`${input.caseId}:${payload.escalationId}`, payload.reminder, input.occurredAt]);
  }

  const approvalId = payload.approvalId;
  const approval = approvalId ? p.approvals.find((a) => a.id === approvalId && a.status === 'pending') : undefined;
  if (approval) {
    const approvers = (await usersWithRole(em, 'supervisor')).filter((id) => mayDecideApproval(approval, id, p.assigneeId));
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
