import { Arg, Args, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs, keysetPage } from '../../../common/connection.js';
import { apiError, UserError, UserErrorCode, userError } from '../../../common/errors.js';
import { idOf } from '../../../common/global-id.js';
import { publishRecordChange, snapshot } from '../../../common/record-change.js';
import { WebhookEndpoint, WebhookEventType } from '../entities/webhook-endpoint.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from '../entities/webhook-delivery.entity.js';
import { newWebhookSecret, queueTestEvent, redeliver } from '../webhook.service.js';

/** Who manages webhooks: admins in the hub, and integrator tokens with WEBHOOKS_MANAGE (decision 34). */
const MANAGERS = ['ADMIN', 'WEBHOOKS_MANAGE'] as const;
const MAX_ENDPOINTS = 50;

/** What the audit trail records of an endpoint (issue 17, H4): never its secret. */
const ENDPOINT_FIELDS = ['url', 'description', 'events', 'active'] as const;
const endpointTarget = (e: WebhookEndpoint) => ({ type: 'WebhookEndpoint', id: e.id, label: e.url });

@ObjectType({ description: 'A page of webhook endpoints, oldest first.' })
export class WebhookEndpointConnection extends Connection(WebhookEndpoint, 'WebhookEndpoint', 'Webhook endpoints, oldest first.') {}

@ObjectType({ description: 'A page of one endpoint\'s deliveries, newest first.' })
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery', 'Deliveries, newest first.') {}

@InputType({ description: 'A new webhook endpoint.' })
export class WebhookEndpointCreateInput {
  @Field(() => String, { description: 'Where events are POSTed: an absolute http(s) URL.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 200 characters).' })
  description?: string | null;

  @Field(() => [WebhookEventType], { description: 'The events to send to it (at least one).' })
  events!: WebhookEventType[];

  @Field(() => Boolean, { nullable: true, description: 'False to register it without sending anything yet; true by default.' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a webhook endpoint; a field left out stays as it is.' })
export class WebhookEndpointUpdateInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The new set of events (at least one).' })
  events?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Enable or disable it; enabling clears an automatic disabling.' })
  active?: boolean | null;
}

@InputType({ description: 'One webhook endpoint.' })
export class WebhookEndpointIdInput {
  @Field(() => ID, { description: 'The endpoint.' })
  id!: string;
}

@InputType({ description: 'One delivery.' })
export class WebhookDeliveryIdInput {
  @Field(() => ID, { description: 'The delivery.' })
  id!: string;
}

@ObjectType({ description: 'Result of registering or changing a webhook endpoint, or rotating its secret.' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true, description: 'The endpoint; null when refused.' })
  webhookEndpoint?: WebhookEndpoint | null;

  @Field(() => String, {
    nullable: true,
    description: 'The signing secret (`whsec_…`), given only by create and rotate, and never again: verify webhooks with it (Standard Webhooks).',
  })
  secret?: string | null;

  @Field(() => [UserError], { description: 'What to fix: an invalid URL, no events, a text too long.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of deleting a webhook endpoint.' })
export class WebhookEndpointDeletePayload {
  @Field(() => ID, { nullable: true, description: 'The deleted endpoint\'s id (its deliveries went with it).' })
  deletedId?: string | null;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of sending a test event or redelivering.' })
export class WebhookDeliveryPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: 'The delivery, PENDING.' })
  webhookDelivery?: WebhookDelivery | null;

  @Field(() => [UserError], { description: 'INVALID_STATUS when the delivery is still being sent.' })
  userErrors!: UserError[];
}

function checkFields(ctx: Ctx, input: { url?: string | null; description?: string | null; events?: WebhookEventType[] | null }, creating: boolean): UserError[] {
  const errors: UserError[] = [];
  if (input.url !== undefined && input.url !== null || creating) {
    const url = (input.url ?? '').trim();
    let ok = false;
    try {
      const parsed = new URL(url);
      ok = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !parsed.username && !parsed.password;
    } catch {
      ok = false;
    }
    if (!url) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'url']));
    else if (url.length > 2000) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'url'], { max: 2000 }));
    else if (!ok) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'url']));
  }
  if ((input.description ?? '').length > 200) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'description'], { max: 200 }));
  if ((creating || (input.events !== undefined && input.events !== null)) && !input.events?.length) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'events']));
  return errors;
}

async function findEndpoint(ctx: Ctx, id: string): Promise<WebhookEndpoint> {
  const uuid = idOf('WebhookEndpoint', id);
  const endpoint = uuid ? await ctx.em.findOne(WebhookEndpoint, { id: uuid }) : null;
  if (!endpoint) throw apiError(ctx.t, 'NOT_FOUND');
  return endpoint;
}

const payload = (p: Partial<WebhookEndpointPayload>) => Object.assign(new WebhookEndpointPayload(), { webhookEndpoint: null, secret: null, userErrors: [], ...p });

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized(...MANAGERS)
  @Query(() => WebhookEndpointConnection, { description: 'Webhook endpoints, oldest first (admins, WEBHOOKS_MANAGE tokens).' })
  async webhookEndpoints(@Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<WebhookEndpointConnection> {
    const qb = ctx.em.createQueryBuilder(WebhookEndpoint, 'w').select('*');
    return keysetPage<WebhookEndpoint>({
      qb, alias: 'w', sortColumn: 'created_at', sortValue: (e) => e.createdAt.toISOString(), direction: 'asc', ...args,
    }) as unknown as Promise<WebhookEndpointConnection>;
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, newest first: event, status, response code, duration, tries.' })
  async deliveries(@Root() endpoint: WebhookEndpoint, @Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<WebhookDeliveryConnection> {
    const qb = ctx.em.createQueryBuilder(WebhookDelivery, 'd').select('*').where({ endpoint: endpoint.id });
    return keysetPage<WebhookDelivery>({
      qb, alias: 'd', sortColumn: 'created_at', sortValue: (e) => e.createdAt.toISOString(), direction: 'desc', ...args,
    }) as unknown as Promise<WebhookDeliveryConnection>;
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookEndpointPayload, { description: 'Registers a webhook endpoint; the payload carries its signing secret, shown this once.' })
  async webhookEndpointCreate(@Arg('input', () => WebhookEndpointCreateInput, { description: 'The endpoint.' }) input: WebhookEndpointCreateInput, @Context() ctx: Ctx): Promise<WebhookEndpointPayload> {
    const userErrors = checkFields(ctx, input, true);
    const count = userErrors.length ? 0 : await ctx.em.count(WebhookEndpoint, {});
    if (count >= MAX_ENDPOINTS) userErrors.push(userError(ctx.t, UserErrorCode.TOO_MANY_ITEMS, null, { count: count + 1, max: MAX_ENDPOINTS }));
    if (userErrors.length) return payload({ userErrors });
    const secret = newWebhookSecret();
    const endpoint = ctx.em.create(WebhookEndpoint, {
      url: input.url.trim(), description: input.description?.trim() ?? '', events: [...new Set(input.events)], secret, active: input.active ?? true,
    });
    ctx.em.persist(endpoint);
    await ctx.em.flush();
    await publishRecordChange(ctx, 'WEBHOOK_ENDPOINT_CREATED', endpointTarget(endpoint), null, snapshot(endpoint, ENDPOINT_FIELDS));
    return payload({ webhookEndpoint: endpoint, secret });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookEndpointPayload, { description: 'Changes a webhook endpoint\'s URL, description, events or state.' })
  async webhookEndpointUpdate(@Arg('input', () => WebhookEndpointUpdateInput, { description: 'The changes.' }) input: WebhookEndpointUpdateInput, @Context() ctx: Ctx): Promise<WebhookEndpointPayload> {
    const endpoint = await findEndpoint(ctx, input.id);
    const userErrors = checkFields(ctx, input, false);
    if (userErrors.length) return payload({ webhookEndpoint: endpoint, userErrors });
    const before = snapshot(endpoint, ENDPOINT_FIELDS);
    if (input.url != null) endpoint.url = input.url.trim();
    if (input.description != null) endpoint.description = input.description.trim();
    if (input.events != null) endpoint.events = [...new Set(input.events)];
    if (input.active != null && input.active !== endpoint.active) {
      endpoint.active = input.active;
      if (input.active) endpoint.autoDisabledAt = endpoint.failingSince = null;
    }
    await ctx.em.flush();
    await publishRecordChange(ctx, 'WEBHOOK_ENDPOINT_UPDATED', endpointTarget(endpoint), before, snapshot(endpoint, ENDPOINT_FIELDS));
    return payload({ webhookEndpoint: endpoint });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookEndpointPayload, { description: 'Gives a webhook endpoint a new signing secret, shown this once; the old one stops signing at once.' })
  async webhookEndpointRotateSecret(@Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' }) input: WebhookEndpointIdInput, @Context() ctx: Ctx): Promise<WebhookEndpointPayload> {
    const endpoint = await findEndpoint(ctx, input.id);
    const secret = newWebhookSecret();
    endpoint.secret = secret;
    await ctx.em.flush();
    // The secret is never recorded: the row says only that it was replaced.
    await publishRecordChange(ctx, 'WEBHOOK_SECRET_ROTATED', endpointTarget(endpoint), null, null);
    return payload({ webhookEndpoint: endpoint, secret });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookEndpointDeletePayload, { description: 'Deletes a webhook endpoint and its deliveries; nothing more is sent to it.' })
  async webhookEndpointDelete(@Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' }) input: WebhookEndpointIdInput, @Context() ctx: Ctx): Promise<WebhookEndpointDeletePayload> {
    const endpoint = await findEndpoint(ctx, input.id);
    const deletedId = endpoint.globalId;
    const before = snapshot(endpoint, ENDPOINT_FIELDS);
    await ctx.em.nativeDelete(WebhookDelivery, { endpoint: endpoint.id });
    await ctx.em.remove(endpoint).flush();
    await publishRecordChange(ctx, 'WEBHOOK_ENDPOINT_DELETED', endpointTarget(endpoint), before, null);
    return Object.assign(new WebhookEndpointDeletePayload(), { deletedId, userErrors: [] });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a `webhook.test` event to the endpoint (even a disabled one), to check the receiver and its signature check.' })
  async webhookEndpointSendTest(@Arg('input', () => WebhookEndpointIdInput, { description: 'The endpoint.' }) input: WebhookEndpointIdInput, @Context() ctx: Ctx): Promise<WebhookDeliveryPayload> {
    const endpoint = await findEndpoint(ctx, input.id);
    const delivery = queueTestEvent(ctx, endpoint);
    await ctx.em.flush();
    return Object.assign(new WebhookDeliveryPayload(), { webhookDelivery: delivery, userErrors: [] });
  }

  @Authorized(...MANAGERS)
  @Mutation(() => WebhookDeliveryPayload, { description: 'Sends a DELIVERED or FAILED delivery again, with the same webhook-id and body (a receiver that already has it can drop it).' })
  async webhookDeliveryRedeliver(@Arg('input', () => WebhookDeliveryIdInput, { description: 'The delivery.' }) input: WebhookDeliveryIdInput, @Context() ctx: Ctx): Promise<WebhookDeliveryPayload> {
    const uuid = idOf('WebhookDelivery', input.id);
    const delivery = uuid ? await ctx.em.findOne(WebhookDelivery, { id: uuid }) : null;
    if (!delivery) throw apiError(ctx.t, 'NOT_FOUND');
    if (delivery.status === WebhookDeliveryStatus.PENDING) {
      return Object.assign(new WebhookDeliveryPayload(), { webhookDelivery: delivery, userErrors: [userError(ctx.t, UserErrorCode.INVALID_STATUS, ['input', 'id'])] });
    }
    const before = delivery.status;
    redeliver(ctx, delivery);
    await ctx.em.flush();
    await publishRecordChange(
      ctx,
      'WEBHOOK_DELIVERY_REDELIVERED',
      { type: 'WebhookDelivery', id: delivery.id, label: `${delivery.eventType} ${delivery.webhookId}` },
      { status: before },
      { status: delivery.status },
    );
    return Object.assign(new WebhookDeliveryPayload(), { webhookDelivery: delivery, userErrors: [] });
  }
}
