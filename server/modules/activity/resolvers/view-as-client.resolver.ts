import { Arg, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { byIdLoader } from '../../../common/loaders.js';
import { Customer } from '../../customers/index.js';
import { StaffUser } from '../../access/index.js';
import { AuditEvent } from '../entities/audit-event.entity.js';
import { startViewAsClient, stopViewAsClient } from '../view-as-client.service.js';

@InputType({ description: 'Open the store as one customer.' })
export class ViewAsClientStartInput {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string;
}

@ObjectType({ description: 'Result of starting or stopping viewing the store as a customer.' })
export class ViewAsClientPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer viewed as (started), or the one left (stopped).' })
  customer?: Customer | null;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}

@Resolver(() => AuditEvent)
export class ViewAsClientResolver {
  @Authorized('STAFF')
  @Mutation(() => ViewAsClientPayload, {
    description: 'Staff open the store as this customer (same products, prices, stock and message); recorded for audit. Read-only for now.',
  })
  async viewAsClientStart(@Arg('input', () => ViewAsClientStartInput, { description: 'What to do; see the input type.' }) input: ViewAsClientStartInput, @Context() ctx: Ctx): Promise<ViewAsClientPayload> {
    return Object.assign(new ViewAsClientPayload(), { customer: await startViewAsClient(ctx, input.customerId), userErrors: [] });
  }

  @Authorized('STAFF')
  @Mutation(() => ViewAsClientPayload, { description: 'Stops viewing the store as a customer; recorded for audit.' })
  async viewAsClientStop(@Context() ctx: Ctx): Promise<ViewAsClientPayload> {
    return Object.assign(new ViewAsClientPayload(), { customer: await stopViewAsClient(ctx), userErrors: [] });
  }

  @FieldResolver(() => StaffUser, { nullable: true, description: 'The staff member who did it; null when an integrator token did (see `actorName`).' })
  staff(@Root() event: AuditEvent, @Context() ctx: Ctx): Promise<StaffUser | null> | null {
    return event.staff ? byIdLoader(ctx, StaffUser).load(event.staff.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who did it: the staff member\'s name or the API token\'s name; null when no longer known.' })
  actorName(@Root() event: AuditEvent): string | null {
    return event.actorName ?? event.staff?.name ?? event.apiToken?.name ?? null;
  }
}
