import { Arg, Authorized, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { StaffUser } from '../entities/staff-user.entity.js';
import { ApiToken } from '../entities/api-token.entity.js';
import {
  ApiTokenCreateInput,
  ApiTokenCreatePayload,
  ApiTokenRevokeInput,
  ApiTokenRevokePayload,
  ShopUserPasswordResetCompleteInput,
  ShopUserPasswordResetPayload,
  ShopUserPasswordResetRequestInput,
  StaffCreateInput,
  StaffPayload,
  StaffUpdateInput,
} from '../dto/admin.dto.js';
import * as staff from '../staff.service.js';
import * as tokens from '../api-token.service.js';
import * as reset from '../password-reset.service.js';

const INPUT = { description: 'What to do; see the input type.' };

@Resolver()
export class StaffAdminResolver {
  @Authorized('ADMIN')
  @Query(() => [StaffUser], { description: 'Every staff member, active ones first (admins only).' })
  staffMembers(@Context() ctx: Ctx): Promise<StaffUser[]> {
    return staff.listStaff(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffPayload, { description: 'Adds a staff member (admins only).' })
  async staffCreate(@Arg('input', () => StaffCreateInput, INPUT) input: StaffCreateInput, @Context() ctx: Ctx): Promise<StaffPayload> {
    return Object.assign(new StaffPayload(), await staff.createStaff(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => StaffPayload, { description: 'Changes or deactivates a staff member (admins only); the last active admin stays an admin.' })
  async staffUpdate(@Arg('input', () => StaffUpdateInput, INPUT) input: StaffUpdateInput, @Context() ctx: Ctx): Promise<StaffPayload> {
    return Object.assign(new StaffPayload(), await staff.updateStaff(ctx, input));
  }

  @Authorized('ADMIN')
  @Query(() => [ApiToken], { description: 'Integrator API tokens, newest first (admins only).' })
  apiTokens(@Context() ctx: Ctx): Promise<ApiToken[]> {
    return tokens.listApiTokens(ctx);
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiTokenCreatePayload, { description: 'Creates an integrator API token; the secret is returned once (admins only).' })
  async apiTokenCreate(@Arg('input', () => ApiTokenCreateInput, INPUT) input: ApiTokenCreateInput, @Context() ctx: Ctx): Promise<ApiTokenCreatePayload> {
    return Object.assign(new ApiTokenCreatePayload(), await tokens.createApiToken(ctx, input));
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiTokenRevokePayload, { description: 'Revokes an API token at once (admins only).' })
  async apiTokenRevoke(@Arg('input', () => ApiTokenRevokeInput, INPUT) input: ApiTokenRevokeInput, @Context() ctx: Ctx): Promise<ApiTokenRevokePayload> {
    return Object.assign(new ApiTokenRevokePayload(), { apiToken: await tokens.revokeApiToken(ctx, input.id), userErrors: [] });
  }
}

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => ShopUserPasswordResetPayload, {
    description: 'Sends a single-use password-reset link to a shop user; answers the same whether or not the email has an account.',
  })
  async shopUserPasswordResetRequest(
    @Arg('input', () => ShopUserPasswordResetRequestInput, INPUT) input: ShopUserPasswordResetRequestInput,
    @Context() ctx: Ctx,
  ): Promise<ShopUserPasswordResetPayload> {
    const { userErrors } = await reset.requestPasswordReset(ctx, input);
    return Object.assign(new ShopUserPasswordResetPayload(), { ok: userErrors.length === 0, userErrors });
  }

  @Mutation(() => ShopUserPasswordResetPayload, { description: 'Sets a new password from a reset link; the link then stops working and every session ends.' })
  async shopUserPasswordResetComplete(
    @Arg('input', () => ShopUserPasswordResetCompleteInput, INPUT) input: ShopUserPasswordResetCompleteInput,
    @Context() ctx: Ctx,
  ): Promise<ShopUserPasswordResetPayload> {
    const { userErrors } = await reset.completePasswordReset(ctx, input);
    return Object.assign(new ShopUserPasswordResetPayload(), { ok: userErrors.length === 0, userErrors });
  }
}
