import { Arg, Args, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs, keysetPage } from '../../../common/connection.js';
import { apiError, UserError, UserErrorCode, userError } from '../../../common/errors.js';
import { idOf } from '../../../common/global-id.js';
import { publishRecordChange } from '../../../common/record-change.js';
import { EmailAttachmentState, EmailStatus, OutboxEmail, OutboxEmailAttachment } from '../entities/outbox-email.entity.js';
import { resendFailedEmails } from '../email-outbox.service.js';

@ObjectType({ description: 'A page of outgoing emails, newest first.' })
export class OutboxEmailConnection extends Connection(OutboxEmail, 'OutboxEmail', 'Outgoing emails, newest first.') {}

@InputType({ description: 'A FAILED email to send again.' })
export class OutboxEmailResendInput {
  @Field(() => ID, { description: 'The email.' })
  id!: string;
}

@ObjectType({ description: 'Result of sending a FAILED email again.' })
export class OutboxEmailResendPayload {
  @Field(() => OutboxEmail, { nullable: true, description: 'The email, PENDING again.' })
  outboxEmail?: OutboxEmail | null;

  @Field(() => [UserError], { description: 'INVALID_STATUS when the email is not FAILED.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of sending every FAILED email again.' })
export class OutboxEmailsResendFailedPayload {
  @Field(() => Int, { description: 'How many emails went back to PENDING.' })
  count!: number;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}

@Resolver(() => OutboxEmail)
export class OutboxResolver {
  /** Read from the email's own row (no query per email); the bytes stay in the database until downloaded. */
  @FieldResolver(() => [OutboxEmailAttachment], { description: 'The documents the email carries, with their size once sent and a download address (staff only).' })
  attachments(@Root() email: OutboxEmail, @Context() ctx: Ctx): OutboxEmailAttachment[] {
    return (email.attachments ?? []).map((spec, position) =>
      Object.assign(new OutboxEmailAttachment(), {
        position,
        fileName: spec.fileName,
        state: spec.error ? EmailAttachmentState.NOT_DRAWN : spec.size != null ? EmailAttachmentState.ATTACHED : EmailAttachmentState.WAITING,
        size: spec.error ? null : (spec.size ?? null),
        error: spec.error ?? null,
        downloadUrl: `${ctx.env.publicUrl}/api/mailbox/${encodeURIComponent(email.globalId)}/attachments/${position}`,
      }),
    );
  }

  @Authorized('STAFF')
  @Query(() => OutboxEmailConnection, { description: 'The mailbox: every email Comptoir sent or will send, newest first (staff only).' })
  async outboxEmails(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Context() ctx: Ctx,
    @Arg('status', () => EmailStatus, { nullable: true, description: 'Only emails in this status (e.g. FAILED, as the dashboard links).' }) status?: EmailStatus | null,
  ): Promise<OutboxEmailConnection> {
    const qb = ctx.em.createQueryBuilder(OutboxEmail, 'x').select('*');
    if (status) qb.where({ status });
    return keysetPage<OutboxEmail>({
      qb, alias: 'x', sortColumn: 'created_at', sortValue: (e) => e.createdAt.toISOString(), direction: 'desc', ...args,
    }) as unknown as Promise<OutboxEmailConnection>;
  }

  @Authorized('ADMIN')
  @Mutation(() => OutboxEmailResendPayload, { description: 'Sends a FAILED email again, with a fresh retry window (admins only); still sent at most once.' })
  async outboxEmailResend(@Arg('input', () => OutboxEmailResendInput, { description: 'The email.' }) input: OutboxEmailResendInput, @Context() ctx: Ctx): Promise<OutboxEmailResendPayload> {
    const id = idOf('OutboxEmail', input.id);
    const email = id ? await ctx.em.findOne(OutboxEmail, { id }) : null;
    if (!email) throw apiError(ctx.t, 'NOT_FOUND');
    if (email.status !== EmailStatus.FAILED) {
      return Object.assign(new OutboxEmailResendPayload(), { outboxEmail: email, userErrors: [userError(ctx.t, UserErrorCode.INVALID_STATUS, ['input', 'id'])] });
    }
    await resendFailedEmails(ctx, [email.id]);
    await ctx.em.refresh(email);
    await publishRecordChange(ctx, 'EMAIL_RESENT', { type: 'OutboxEmail', id: email.id, label: `${email.template} → ${email.toAddress}` }, { status: EmailStatus.FAILED }, { status: email.status });
    return Object.assign(new OutboxEmailResendPayload(), { outboxEmail: email, userErrors: [] });
  }

  @Authorized('ADMIN')
  @Mutation(() => OutboxEmailsResendFailedPayload, { description: 'Sends every FAILED email again, with a fresh retry window (admins only).' })
  async outboxEmailsResendFailed(@Context() ctx: Ctx): Promise<OutboxEmailsResendFailedPayload> {
    const ids = await resendFailedEmails(ctx, null);
    // One row per call with the count (issue 17, H4): the emails themselves are listed on the outbox page.
    if (ids.length) await publishRecordChange(ctx, 'FAILED_EMAILS_RESENT', { type: 'OutboxEmail', id: null, label: null }, null, { count: String(ids.length) });
    return Object.assign(new OutboxEmailsResendFailedPayload(), { count: ids.length, userErrors: [] });
  }
}
