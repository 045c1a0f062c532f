import { stringifySetCookie } from 'cookie';
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../../common/errors';
import { NOTIFICATION_LOCALES, type NotificationLocale } from '../../common/localized';
import type { AppContext } from '../../context';
import { DEMO_USERS } from './demo-users';
import { actorOf } from '../audit/audit.service';
import { forbidden, principalOf, requireAdmin } from './access.guard';
import { ApiKeyInput, PreferencesInput, UserInput, UserInviteInput, UserUpdateInput } from './auth.input';
import { SESSION_COOKIE } from './auth.service';
import { ApiKey, CreatedApiKey, DemoAccount, PasswordLink, Session, User, Viewer } from './auth.type';

function sessionCookie(ctx: AppContext, token: string, maxAgeSeconds: number): string {
  return stringifySetCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', maxAge: maxAgeSeconds, secure: ctx.services.config.auth.cookieSecure });
}

@Resolver()
export class AuthResolver {
  @Mutation(() => Session, { description: 'Signs in and sets the httpOnly session cookie. Failed attempts are rate-limited per e-mail and address.' })
  async login(@Ctx() ctx: AppContext, @Arg('email') email: string, @Arg('password') password: string): Promise<Session> {
    if (!ctx.http) throw new Error('login needs HTTP (it sets a cookie)');
    const signedIn = await ctx.services.auth.login(email, password, ctx.http.address);
    ctx.http.setCookie(sessionCookie(ctx, signedIn.token, Math.floor((signedIn.expiresAt.getTime() - Date.now()) / 1000)));
    return { user: signedIn.user, expiresAt: signedIn.expiresAt };
  }

  @Mutation(() => Session, { description: 'Chooses a password with a one-time link (an invitation or a reset) and signs in. Needs no sign-in.' })
  async setPassword(@Ctx() ctx: AppContext, @Arg('token') token: string, @Arg('password') password: string): Promise<Session> {
    if (!ctx.http) throw new Error('setPassword needs HTTP (it sets a cookie)');
    const signedIn = await ctx.services.auth.setPassword(token, password);
    ctx.http.setCookie(sessionCookie(ctx, signedIn.token, Math.floor((signedIn.expiresAt.getTime() - Date.now()) / 1000)));
    return { user: signedIn.user, expiresAt: signedIn.expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends this session (at once, also on its open WebSockets) and clears the cookie.' })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    if (ctx.principal) await ctx.services.auth.logout(ctx.principal);
    ctx.http?.setCookie(sessionCookie(ctx, '', 0));
    return true;
  }

  @Query(() => Viewer, { description: 'Who this request acts as.' })
  async viewer(@Ctx() ctx: AppContext): Promise<Viewer> {
    const principal = principalOf(ctx);
    const { grant } = principal;
    return {
      kind: principal.kind, id: principal.id, name: principal.name, role: grant.role, departments: grant.departments ? [...grant.departments] : null,
      scopes: [...grant.scopes], expiresAt: principal.expiresAt,
      locale: principal.kind === 'USER' ? await ctx.services.auth.localeOf(principal.id) : null,
    };
  }

  @Mutation(() => Viewer, { description: 'Signed-in users only (not API keys): sets their own preferences.' })
  async updateMyPreferences(@Ctx() ctx: AppContext, @Arg('input', () => PreferencesInput) input: PreferencesInput): Promise<Viewer> {
    const principal = principalOf(ctx);
    if (principal.kind !== 'USER') throw forbidden('Only a signed-in user has preferences');
    if (!(NOTIFICATION_LOCALES as readonly string[]).includes(input.locale)) {
      throw badUserInput(`"${input.locale}" is not a language OpsHub writes in (${NOTIFICATION_LOCALES.join(', ')})`, { field: 'input.locale' });
    }
    await ctx.services.auth.setLocale(principal.id, input.locale as NotificationLocale);
    return this.viewer(ctx);
  }

  @Query(() => [DemoAccount], { description: 'The demo accounts, in demo mode (DEMO_USERS=on) only; otherwise empty. Needs no sign-in.' })
  demoAccounts(@Ctx() ctx: AppContext): DemoAccount[] {
    if (!ctx.services.config.auth.demoUsers) return [];
    return DEMO_USERS.map(({ email, password, name, role, departments }) => ({ email, password, name, role, departments: [...departments] }));
  }

  @Query(() => [User], { description: 'ADMIN only.' })
  users(@Ctx() ctx: AppContext): Promise<User[]> {
    requireAdmin(ctx);
    return ctx.services.auth.users();
  }

  @Mutation(() => User, { description: 'ADMIN only.' })
  createUser(@Ctx() ctx: AppContext, @Arg('input', () => UserInput) input: UserInput): Promise<User> {
    requireAdmin(ctx);
    return ctx.services.auth.createUser(input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => PasswordLink, { description: 'ADMIN only. Creates the user and a one-time link with which they choose their password.' })
  inviteUser(@Ctx() ctx: AppContext, @Arg('input', () => UserInviteInput) input: UserInviteInput): Promise<PasswordLink> {
    requireAdmin(ctx);
    return ctx.services.auth.inviteUser(input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => User, { description: "ADMIN only. A changed role or department ends the user's sessions." })
  updateUser(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('input', () => UserUpdateInput) input: UserUpdateInput): Promise<User> {
    requireAdmin(ctx);
    return ctx.services.auth.updateUser(id, input, actorOf(principalOf(ctx)));
  }

  @Mutation(() => PasswordLink, { description: "ADMIN only. A new one-time set-password link; the user's earlier links stop working." })
  resetUserPassword(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<PasswordLink> {
    requireAdmin(ctx);
    return ctx.services.auth.resetUserPassword(id, actorOf(principalOf(ctx)));
  }

  @Mutation(() => User, { description: 'ADMIN only. Disabling ends the user\'s sessions at once.' })
  setUserDisabled(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string, @Arg('disabled') disabled: boolean): Promise<User> {
    requireAdmin(ctx);
    return ctx.services.auth.setUserDisabled(id, disabled, actorOf(principalOf(ctx)));
  }

  @Query(() => [ApiKey], { description: 'ADMIN only.' })
  apiKeys(@Ctx() ctx: AppContext): Promise<ApiKey[]> {
    requireAdmin(ctx);
    return ctx.services.auth.apiKeys();
  }

  @Mutation(() => CreatedApiKey, { description: 'ADMIN only. The key is in the answer and nowhere else.' })
  async createApiKey(@Ctx() ctx: AppContext, @Arg('input', () => ApiKeyInput) input: ApiKeyInput): Promise<CreatedApiKey> {
    requireAdmin(ctx);
    const { key, token } = await ctx.services.auth.createApiKey(
      { name: input.name, scopes: input.scopes, department: input.department ?? null, expiresAt: input.expiresAt ?? null }, actorOf(principalOf(ctx)),
    );
    return { apiKey: key, key: token };
  }

  @Mutation(() => ApiKey, { description: 'ADMIN only. Takes effect at once, also on open WebSockets using the key.' })
  revokeApiKey(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<ApiKey> {
    requireAdmin(ctx);
    return ctx.services.auth.revokeApiKey(id, actorOf(principalOf(ctx)));
  }
}
