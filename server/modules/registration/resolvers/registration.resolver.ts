import { Arg, Args, Authorized, Ctx as Context, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { Customer } from '../../customers/index.js';
import { RegistrationRequest, RegistrationStatus } from '../entities/registration-request.entity.js';
import {
  RegistrationRequestApproveInput,
  RegistrationRequestPayload,
  RegistrationRequestRefuseInput,
  RegistrationRequestsArgs,
  RegistrationRequestSubmitInput,
  RegistrationRequestSubmitPayload,
} from '../dto/registration.dto.js';
import * as registration from '../registration.service.js';
import { byIdLoader, groupLoader } from '../../../common/loaders.js';

@ObjectType({ description: 'A page of access requests, oldest first.' })
export class RegistrationRequestConnection extends Connection(RegistrationRequest, 'RegistrationRequest', 'Access requests, oldest first.') {}

const MANAGE = ['STAFF', 'CUSTOMERS_MANAGE'] as const;
const INPUT = { description: 'What to do; see the input type.' };

@Resolver(() => RegistrationRequest)
export class RegistrationResolver {
  @Mutation(() => RegistrationRequestSubmitPayload, { description: 'Public: asks the supplier for store access (product R2). Rate-limited per client.' })
  async registrationRequestSubmit(@Arg('input', () => RegistrationRequestSubmitInput, INPUT) input: RegistrationRequestSubmitInput, @Context() ctx: Ctx): Promise<RegistrationRequestSubmitPayload> {
    const { userErrors } = await registration.submitRegistration(ctx, input);
    return Object.assign(new RegistrationRequestSubmitPayload(), { received: userErrors.length === 0, userErrors });
  }

  @Authorized(...MANAGE)
  @Query(() => RegistrationRequestConnection, { description: 'Access requests, oldest first, optionally by status.' })
  async registrationRequests(@Args(() => RegistrationRequestsArgs) args: RegistrationRequestsArgs, @Context() ctx: Ctx): Promise<RegistrationRequestConnection> {
    return (await registration.listRegistrations(ctx, args)) as unknown as RegistrationRequestConnection;
  }

  @Authorized(...MANAGE)
  @Query(() => RegistrationRequest, { description: 'One access request.' })
  registrationRequest(@Arg('id', () => ID, { description: 'The request\'s id.' }) id: string, @Context() ctx: Ctx): Promise<RegistrationRequest> {
    return registration.getRegistration(ctx, id);
  }

  @Authorized(...MANAGE)
  @Mutation(() => RegistrationRequestPayload, { description: 'Approves a request: creates or links the customer, grants access and emails the credentials.' })
  async registrationRequestApprove(@Arg('input', () => RegistrationRequestApproveInput, INPUT) input: RegistrationRequestApproveInput, @Context() ctx: Ctx): Promise<RegistrationRequestPayload> {
    return Object.assign(new RegistrationRequestPayload(), await registration.approveRegistration(ctx, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => RegistrationRequestPayload, { description: 'Refuses a request; the applicant gets a polite email, with the reason if given.' })
  async registrationRequestRefuse(@Arg('input', () => RegistrationRequestRefuseInput, INPUT) input: RegistrationRequestRefuseInput, @Context() ctx: Ctx): Promise<RegistrationRequestPayload> {
    return Object.assign(new RegistrationRequestPayload(), await registration.refuseRegistration(ctx, input));
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer created or linked on approval.' })
  async customer(@Root() request: RegistrationRequest, @Context() ctx: Ctx): Promise<Customer | null> {
    return request.customer ? byIdLoader(ctx, Customer).load(request.customer.id) : null;
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Boolean, { description: 'An earlier request from the same email was refused: staff see a repeat applicant.' })
  async previouslyRefused(@Root() request: RegistrationRequest, @Context() ctx: Ctx): Promise<boolean> {
    const refused = await groupLoader(
      ctx,
      'registration.refusedByEmail',
      (emails) => ctx.em.find(RegistrationRequest, { email: { $in: emails }, status: RegistrationStatus.REFUSED }),
      (r) => r.email,
    ).load(request.email);
    return refused.some((r) => r.id !== request.id && r.createdAt < request.createdAt);
  }
}
