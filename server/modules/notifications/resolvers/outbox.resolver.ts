import { Args, Authorized, Ctx as Context, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs, keysetPage } from '../../../common/connection.js';
import { OutboxEmail } from '../entities/outbox-email.entity.js';

@ObjectType({ description: 'A page of outgoing emails, newest first.' })
export class OutboxEmailConnection extends Connection(OutboxEmail, 'OutboxEmail', 'Outgoing emails, newest first.') {}

@Resolver()
export class OutboxResolver {
  @Authorized('STAFF')
  @Query(() => OutboxEmailConnection, { description: 'The mailbox: every email Comptoir sent or will send, newest first (staff only).' })
  async outboxEmails(@Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<OutboxEmailConnection> {
    const qb = ctx.em.createQueryBuilder(OutboxEmail, 'x').select('*');
    return keysetPage<OutboxEmail>({
      qb, alias: 'x', sortColumn: 'created_at', sortValue: (e) => e.createdAt.toISOString(), direction: 'desc', ...args,
    }) as unknown as Promise<OutboxEmailConnection>;
  }
}
