import { Arg, Authorized, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { apiError } from '../../../common/errors.js';
import * as auth from '../auth.service.js';
import {
  ShopUserPasswordChangeInput,
  ShopUserPasswordChangePayload,
  ShopUserSignInPayload,
  SignInInput,
  SignOutPayload,
  StaffSignInPayload,
  Viewer,
  ViewerKind,
  ViewerLanguageSetInput,
  ViewerLanguageSetPayload,
} from '../dto/auth.dto.js';

@Resolver()
export class AuthResolver {
  @Query(() => Viewer, { description: 'Who is asking: anonymous, a staff member or a shop user (with the customer it acts for).' })
  viewer(@Context() ctx: Ctx): Viewer {
    const v = ctx.viewer;
    const viewer = Object.assign(new Viewer(), { language: ctx.language, mustChangePassword: false, viewingAsClient: false });
    if (v.kind === 'staff') {
      return Object.assign(viewer, { kind: ViewerKind.STAFF, staff: v.staff, customer: v.actingAs ?? null, viewingAsClient: Boolean(v.actingAs) });
    }
    if (v.kind === 'shop') {
      return Object.assign(viewer, {
        kind: ViewerKind.SHOP_USER,
        shopUser: v.shopUser,
        customer: v.access.customer,
        storeAccessStatus: v.access.status,
        mustChangePassword: v.shopUser.mustChangePassword,
      });
    }
    if (v.kind === 'integrator') return Object.assign(viewer, { kind: ViewerKind.INTEGRATOR });
    return Object.assign(viewer, { kind: ViewerKind.ANONYMOUS });
  }

  @Mutation(() => StaffSignInPayload, { description: 'Signs a staff member in to the hub. Failed attempts are throttled per account and per client.' })
  async staffSignIn(@Arg('input', () => SignInInput, { description: 'What to do; see the input type.' }) input: SignInInput, @Context() ctx: Ctx): Promise<StaffSignInPayload> {
    const r = await auth.staffSignIn(ctx, input);
    return Object.assign(new StaffSignInPayload(), { staff: r.user ?? null, token: r.token ?? null, userErrors: r.userErrors });
  }

  @Mutation(() => ShopUserSignInPayload, { description: 'Signs a customer\'s user in to the store. Failed attempts are throttled per account and per client.' })
  async shopUserSignIn(@Arg('input', () => SignInInput, { description: 'What to do; see the input type.' }) input: SignInInput, @Context() ctx: Ctx): Promise<ShopUserSignInPayload> {
    const r = await auth.shopUserSignIn(ctx, input);
    return Object.assign(new ShopUserSignInPayload(), { shopUser: r.user ?? null, token: r.token ?? null, userErrors: r.userErrors });
  }

  @Mutation(() => SignOutPayload, { description: 'Ends the current session, whoever is signed in.' })
  async signOut(@Context() ctx: Ctx): Promise<SignOutPayload> {
    return Object.assign(new SignOutPayload(), { signedOut: await auth.signOut(ctx), userErrors: [] });
  }

  @Authorized('SIGNED_IN')
  @Mutation(() => ShopUserPasswordChangePayload, {
    description: 'The signed-in shop user replaces the password; required after signing in with a temporary password.',
  })
  async shopUserPasswordChange(
    @Arg('input', () => ShopUserPasswordChangeInput, { description: 'What to do; see the input type.' }) input: ShopUserPasswordChangeInput,
    @Context() ctx: Ctx,
  ): Promise<ShopUserPasswordChangePayload> {
    if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
    return Object.assign(new ShopUserPasswordChangePayload(), await auth.shopUserPasswordChange(ctx, input));
  }

  @Authorized('SIGNED_IN')
  @Mutation(() => ViewerLanguageSetPayload, { description: 'Sets the signed-in staff member\'s or shop user\'s own language (hub or store, and their emails).' })
  async viewerLanguageSet(
    @Arg('input', () => ViewerLanguageSetInput, { description: 'What to do; see the input type.' }) input: ViewerLanguageSetInput,
    @Context() ctx: Ctx,
  ): Promise<ViewerLanguageSetPayload> {
    return Object.assign(new ViewerLanguageSetPayload(), { language: await auth.setViewerLanguage(ctx, input.language), userErrors: [] });
  }
}
