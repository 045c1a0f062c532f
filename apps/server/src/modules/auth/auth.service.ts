import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { parseCookie } from 'cookie';
import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  AccessRuleError, API_KEY_SCOPES, DEPARTMENTS, ROLES, keyGrant, userGrant, type ApiKeyScope, type Department, type Grant, type Role,
} from '@opshub/metrics';
import type { AuthConfig } from '../../config';
import { qb, runOne, runSql } from '../../database/sql';
import type { EventBus } from '../bus/event-bus';
import { UUID_PATTERN, badUserInput, notFound } from '../../common/errors';
import type { NotificationLocale } from '../../common/localized';
import type { Limiter, RateLimits } from '../../common/rate-limits';
import { ApiKeyEntity, PasswordTokenEntity, SessionEntity, UserEntity } from './auth.entity';
import { UNKNOWN_USER_HASH, hashPassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { SYSTEM_ACTOR, auditSnapshot, type AuditActor, type AuditService } from '../audit/audit.service';

export const SESSION_COOKIE = 'opshub_session';
const KEY_PREFIX = 'ohk';
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;
/** How long an invitation or reset link works. */
export const PASSWORD_LINK_TTL_MS = 7 * 24 * 3600_000;

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

export function unauthenticated(message = 'Sign in, or send an API key as "Authorization: Bearer <key>"'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function tooManyRequests(message: string, retryAfterMs: number): GraphQLError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return new GraphQLError(message, {
    extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
  });
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: Role;
  departments: Department[];
}

export type InvitedUser = Omit<NewUser, 'password'>;

export interface UserChanges {
  name?: string | null;
  role?: Role | null;
  departments?: Department[] | null;
}

/** A one-time set-password link: the token is returned here only; the database keeps its hash. */
export interface PasswordLink {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

export interface NewApiKey {
  name: string;
  scopes: ApiKeyScope[];
  department: Department | null;
  expiresAt: Date | null;
}

export interface SignedIn {
  token: string;
  expiresAt: Date;
  user: UserEntity;
}

/** A share link grants no department: the access rules refuse it everything but its dashboard (see opensDashboard). */
export const SHARE_LINK_GRANT: Grant = { role: null, departments: [], scopes: [] };

/** The header (HTTP) and connection_init field (WebSocket) that carry a share link's token. */
export const SHARE_TOKEN_HEADER = 'x-share-token';

/** Why a share link does not open: `extensions.reason` lets the shared page say it was revoked or expired. */
export function shareLinkRefused(reason: 'UNKNOWN' | 'REVOKED' | 'EXPIRED'): GraphQLError {
  const message = { UNKNOWN: 'This share link does not exist', REVOKED: 'This share link was revoked', EXPIRED: 'This share link expired' }[reason];
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

/** Reads the session token out of a Cookie header. */
export function sessionTokenFrom(cookieHeader: string | undefined): string | null {
  return cookieHeader ? parseCookie(cookieHeader)[SESSION_COOKIE] ?? null : null;
}

/** The key out of `Authorization: Bearer <key>`. */
export function bearerTokenFrom(authorization: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match ? match[1] : null;
}

/**
 * Sign-in, sessions, users and integrator keys. Every credential is checked against the database on each
 * request, so a revocation or an expiry holds at once on every instance.
 */
export class AuthService {
  /** Failed sign-ins per e-mail (guessing one account's password) and, ten times looser, per address (trying many accounts from one place, an office behind one NAT included). */
  private readonly failedLogins: { email: Limiter; address: Limiter };
  /** Touching last_used_at on every request would turn each read into a write: once a minute is enough to audit. */
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly db: DataSource, private readonly bus: EventBus, private readonly audit: AuditService, private readonly config: AuthConfig, limits: RateLimits, private readonly now: () => Date = () => new Date(),
  ) {
    this.failedLogins = {
      email: limits.limiter('login-email', config.loginAttempts, config.loginWindowMs),
      address: limits.limiter('login-address', config.loginAttempts * 10, config.loginWindowMs),
    };
  }

  async login(email: string, password: string, address: string): Promise<SignedIn> {
    const normalized = email.trim().toLowerCase();
    const limits = [[this.failedLogins.email, normalized], [this.failedLogins.address, address]] as const;
    // Every attempt is counted before its password is checked and handed back only once it proved right: concurrent
    // attempts each take a place first, so no more than the limit ever reach the check.
    const waits = await Promise.all(limits.map(([limiter, key]) => limiter.take(key)));
    const retryAfterMs = Math.max(...waits);
    if (retryAfterMs > 0) throw tooManyRequests('Too many failed sign-in attempts; wait and try again', retryAfterMs);
    const user = await this.db.getRepository(UserEntity).findOneBy({ email: normalized });
    // The same scrypt work for an unknown e-mail, so response times do not tell which e-mails exist.
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid || user.disabledAt) throw unauthenticated('Wrong e-mail or password');
    // Only this attempt's own count: earlier failures stay counted, whatever ran concurrently.
    await Promise.all(limits.map(([limiter, key]) => limiter.giveBack(key)));
    return this.startSession(user);
  }

  private async startSession(user: UserEntity): Promise<SignedIn> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + this.config.sessionTtlMs);
    await this.db.getRepository(SessionEntity).insert({ tokenHash: sha256(token), userId: user.id, expiresAt, revokedAt: null });
    return { token, expiresAt, user };
  }

  async logout(principal: Principal): Promise<void> {
    if (principal.kind !== 'USER') return;
    await this.db.getRepository(SessionEntity).update({ tokenHash: principal.credentialId }, { revokedAt: this.now() });
    this.bus.publish('credentialRevoked', { credentialId: principal.credentialId });
  }

  /**
   * The principal behind a share link, an API key or a session cookie (in that order: a shared screen stays a shared
   * screen in a browser that is also signed in); null when none is given; UNAUTHENTICATED when one is given but does not hold.
   */
  async authenticate(credentials: { sessionToken?: string | null; apiKey?: string | null; shareToken?: string | null }): Promise<Principal | null> {
    if (credentials.shareToken) return this.authenticateShareLink(credentials.shareToken);
    if (credentials.apiKey) return this.authenticateKey(credentials.apiKey);
    if (credentials.sessionToken) return this.authenticateSession(credentials.sessionToken);
    return null;
  }

  private async authenticateSession(token: string): Promise<Principal> {
    const tokenHash = sha256(token);
    const row = await runOne(this.db, qb.selectFrom('user_session as s').innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['u.id as user_id', 'u.name', 'u.email', 'u.role', 'u.departments', 's.expires_at'])
      .where('s.token_hash', '=', tokenHash).where('s.revoked_at', 'is', null).where('s.expires_at', '>', this.now()).where('u.disabled_at', 'is', null));
    if (!row) throw unauthenticated('Your session has expired or was signed out; sign in again');
    return {
      kind: 'USER', id: row.user_id, name: row.name, grant: userGrant(row.role as Role, row.departments as Department[]), credentialId: tokenHash, expiresAt: row.expires_at,
    };
  }

  private async authenticateShareLink(token: string): Promise<Principal> {
    const row = await runOne(this.db, qb.selectFrom('dashboard_share_link').select(['id', 'dashboard_slug', 'expires_at', 'revoked_at']).where('token_hash', '=', sha256(token)));
    if (!row) throw shareLinkRefused('UNKNOWN');
    if (row.revoked_at) throw shareLinkRefused('REVOKED');
    if (row.expires_at <= this.now()) throw shareLinkRefused('EXPIRED');
    return {
      kind: 'SHARE_LINK', id: row.id, name: `share:${row.id}`, grant: SHARE_LINK_GRANT, credentialId: row.id, expiresAt: row.expires_at, dashboard: row.dashboard_slug,
    };
  }

  private async authenticateKey(token: string): Promise<Principal> {
    const [kind, prefix, secret] = token.split('_');
    if (kind !== KEY_PREFIX || !prefix || !secret) throw unauthenticated('Malformed API key: expected "ohk_<prefix>_<secret>"');
    const key = await this.db.getRepository(ApiKeyEntity).findOneBy({ prefix });
    const now = this.now();
    const expected = Buffer.from(key?.secretHash ?? sha256(''));
    const actual = Buffer.from(sha256(secret));
    if (!key || expected.length !== actual.length || !timingSafeEqual(expected, actual)) throw unauthenticated('Unknown API key');
    if (key.revokedAt) throw unauthenticated(`API key "${key.name}" was revoked`);
    if (key.expiresAt && key.expiresAt <= now) throw unauthenticated(`API key "${key.name}" expired on ${key.expiresAt.toISOString()}`);
    this.touch(key.id, now);
    return { kind: 'API_KEY', id: key.id, name: `key:${key.name}`, grant: keyGrant(key.scopes, key.department), credentialId: key.id, expiresAt: key.expiresAt };
  }

  private touch(keyId: string, now: Date): void {
    const last = this.lastUsedWritten.get(keyId) ?? 0;
    if (now.getTime() - last < 60_000) return;
    this.lastUsedWritten.set(keyId, now.getTime());
    // Best effort: an audit timestamp must never fail the request that uses the key.
    this.db.getRepository(ApiKeyEntity).update({ id: keyId }, { lastUsedAt: now }).catch(() => this.lastUsedWritten.delete(keyId));
  }

  /** Of these credentials, the ones that no longer hold (revoked, expired, user disabled; sessions, keys and share links): the sockets holding them are closed. */
  async lapsed(credentialIds: readonly string[]): Promise<Set<string>> {
    if (credentialIds.length === 0) return new Set();
    const now = this.now();
    const rows = await runSql(this.db, sql<{ id: string }>`
      SELECT id FROM unnest(${credentialIds}::text[]) AS given(id)
       WHERE NOT EXISTS (
               SELECT 1 FROM user_session s JOIN app_user u ON u.id = s.user_id
                WHERE s.token_hash = given.id AND s.revoked_at IS NULL AND s.expires_at > ${now} AND u.disabled_at IS NULL)
         AND NOT EXISTS (
               SELECT 1 FROM api_key k
                WHERE k.id::text = given.id AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > ${now}))
         AND NOT EXISTS (
               SELECT 1 FROM dashboard_share_link l
                WHERE l.id::text = given.id AND l.revoked_at IS NULL AND l.expires_at > ${now})`);
    return new Set(rows.map((row) => row.id));
  }

  // ---- users ----

  /** The user's language (their digests are written in it); null for someone who is not a user. */
  async localeOf(userId: string): Promise<NotificationLocale | null> {
    return (await this.db.getRepository(UserEntity).findOne({ where: { id: userId }, select: { locale: true } }))?.locale ?? null;
  }

  /** A personal preference, not configuration: not in the audit trail. */
  async setLocale(userId: string, locale: NotificationLocale): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id: userId }, { locale });
  }

  users(): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ order: { email: 'ASC' } });
  }

  async createUser(input: NewUser, actor: AuditActor): Promise<UserEntity> {
    const fields = this.checkUser(input);
    if (input.password.length < MIN_PASSWORD_LENGTH) throw badUserInput(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((tx) => this.insertUser(tx, { ...fields, passwordHash }, actor));
  }

  /** Creates a user without a password they know, and the one-time link with which they choose one. */
  async inviteUser(input: InvitedUser, actor: AuditActor): Promise<PasswordLink> {
    const fields = this.checkUser(input);
    // A password nobody knows, hashed like any other: signing in to an invited account costs the same as to any.
    const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
    return this.db.transaction(async (tx) => {
      const user = await this.insertUser(tx, { ...fields, passwordHash }, actor);
      return { user, ...(await this.issuePasswordLink(tx, user.id)) };
    });
  }

  private checkUser(input: InvitedUser): { email: string; name: string; role: Role; departments: Department[] } {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL_PATTERN.test(email)) throw badUserInput(`"${input.email}" is not an e-mail address`, { field: 'email' });
    if (!input.name.trim()) throw badUserInput('The name is empty', { field: 'name' });
    return { email, name: input.name.trim(), ...this.checkGrant(input.role, input.departments) };
  }

  private checkGrant(role: Role, departments: Department[]): { role: Role; departments: Department[] } {
    if (!ROLES.includes(role)) throw badUserInput(`Unknown role "${role}"`, { field: 'role' });
    const unknown = departments.find((department) => !DEPARTMENTS.includes(department));
    if (unknown) throw badUserInput(`Unknown department "${unknown}"`, { field: 'departments' });
    try {
      userGrant(role, departments);
    } catch (error) {
      if (error instanceof AccessRuleError) throw badUserInput(error.message, { field: 'departments' });
      throw error;
    }
    return { role, departments: role === 'ADMIN' || role === 'EXECUTIVE' ? [] : [...new Set(departments)] };
  }

  private async insertUser(tx: EntityManager, fields: Omit<UserEntity, 'id' | 'createdAt' | 'disabledAt' | 'locale'>, actor: AuditActor): Promise<UserEntity> {
    const inserted = await tx.getRepository(UserEntity).createQueryBuilder().insert()
      .values({ ...fields, disabledAt: null }).orIgnore().returning('*').execute();
    if (inserted.raw.length === 0) throw badUserInput(`A user with e-mail "${fields.email}" already exists`, { field: 'email' });
    const user = (await tx.getRepository(UserEntity).findOneBy({ id: inserted.identifiers[0].id as string }))!;
    await this.recordUser(tx, actor, null, user);
    return user;
  }

  /** A new one-time link; the user's earlier unused links stop working. */
  private async issuePasswordLink(tx: EntityManager, userId: string): Promise<{ token: string; expiresAt: Date }> {
    const tokens = tx.getRepository(PasswordTokenEntity);
    await tokens.delete({ userId, usedAt: IsNull() });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.now().getTime() + PASSWORD_LINK_TTL_MS);
    await tokens.insert({ tokenHash: sha256(token), userId, expiresAt, usedAt: null });
    return { token, expiresAt };
  }

  /** A new set-password link for a user who forgot the password (or never used the invitation); the current password keeps working until then. */
  async resetUserPassword(id: string, actor: AuditActor): Promise<PasswordLink> {
    const user = await this.getUser(id);
    if (user.disabledAt) throw badUserInput('The user is disabled; enable them first', { field: 'id' });
    return this.db.transaction(async (tx) => {
      const link = await this.issuePasswordLink(tx, id);
      await this.audit.record(tx, {
        actor, action: 'UPDATE', objectType: 'USER', objectId: id, objectLabel: user.email, department: user.departments[0] ?? null,
        before: auditSnapshot(user, 'passwordHash'), after: { ...auditSnapshot(user, 'passwordHash'), passwordLinkExpiresAt: link.expiresAt },
      });
      return { user, ...link };
    });
  }

  /** Uses a one-time link: sets the password, ends the user's other sessions and signs them in. */
  async setPassword(token: string, password: string): Promise<SignedIn> {
    if (password.length < MIN_PASSWORD_LENGTH) throw badUserInput(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
    const passwordHash = await hashPassword(password);
    const user = await this.db.transaction(async (tx) => {
      const row = await tx.getRepository(PasswordTokenEntity).createQueryBuilder('t').setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: sha256(token) }).getOne();
      const owner = row && await tx.getRepository(UserEntity).findOneBy({ id: row.userId });
      if (!row || row.usedAt || row.expiresAt <= this.now() || !owner || owner.disabledAt) {
        throw badUserInput('This link is not valid: it was used, it expired or a newer one was issued. Ask an administrator for a new one.', { field: 'token' });
      }
      await tx.getRepository(PasswordTokenEntity).update({ tokenHash: row.tokenHash }, { usedAt: this.now() });
      await tx.getRepository(UserEntity).update({ id: owner.id }, { passwordHash });
      await tx.getRepository(SessionEntity).update({ userId: owner.id, revokedAt: IsNull() }, { revokedAt: this.now() });
      await this.audit.record(tx, {
        actor: { kind: 'USER', id: owner.id, name: owner.name }, action: 'UPDATE', objectType: 'USER', objectId: owner.id, objectLabel: owner.email,
        department: owner.departments[0] ?? null, before: auditSnapshot(owner, 'passwordHash'), after: { ...auditSnapshot(owner, 'passwordHash'), passwordSetAt: this.now() },
      });
      return owner;
    });
    this.bus.publish('credentialRevoked', { credentialId: user.id });
    return this.startSession(user);
  }

  /** Name, role and departments; a changed role or department ends the user's sessions, so no open socket keeps the old rights. */
  async updateUser(id: string, changes: UserChanges, actor: AuditActor): Promise<UserEntity> {
    const user = await this.getUser(id);
    const name = changes.name == null ? user.name : changes.name.trim();
    if (!name) throw badUserInput('The name is empty', { field: 'name' });
    const grant = this.checkGrant(changes.role ?? user.role, changes.departments ?? user.departments);
    if (id === actor.id && grant.role !== user.role) throw badUserInput('You cannot change your own role', { field: 'role' });
    const regranted = grant.role !== user.role || grant.departments.join() !== user.departments.join();
    const updated = await this.db.transaction(async (tx) => {
      await tx.getRepository(UserEntity).update({ id }, { name, ...grant });
      if (regranted) await tx.getRepository(SessionEntity).update({ userId: id, revokedAt: IsNull() }, { revokedAt: this.now() });
      const after = (await tx.getRepository(UserEntity).findOneBy({ id }))!;
      await this.recordUser(tx, actor, user, after);
      return after;
    });
    if (regranted) this.bus.publish('credentialRevoked', { credentialId: id });
    return updated;
  }

  /** The password hash stays out of the trail. */
  private recordUser(tx: EntityManager, actor: AuditActor, before: UserEntity | null, after: UserEntity): Promise<void> {
    return this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'USER', objectId: after.id, objectLabel: after.email,
      department: after.departments[0] ?? null, before: before && auditSnapshot(before, 'passwordHash'), after: auditSnapshot(after, 'passwordHash'),
    });
  }

  /** Creates the ADMIN unless a user has its e-mail; true when created. */
  async ensureAdmin(admin: { email: string; password: string }): Promise<boolean> {
    if (await this.db.getRepository(UserEntity).existsBy({ email: admin.email.trim().toLowerCase() })) return false;
    await this.createUser({ email: admin.email, name: 'Administrator', password: admin.password, role: 'ADMIN', departments: [] }, SYSTEM_ACTOR);
    return true;
  }

  async getUser(id: string): Promise<UserEntity> {
    if (!UUID_PATTERN.test(id)) throw notFound('User', id);
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw notFound('User', id);
    return user;
  }

  /** A disabled user's sessions stop at once; enabling again does not bring them back. */
  async setUserDisabled(id: string, disabled: boolean, actor: AuditActor): Promise<UserEntity> {
    const user = await this.getUser(id);
    if (disabled && id === actor.id) throw badUserInput('You cannot disable yourself', { field: 'id' });
    const updated = await this.db.transaction(async (tx) => {
      await tx.getRepository(UserEntity).update({ id }, { disabledAt: disabled ? this.now() : null });
      if (disabled) await tx.getRepository(SessionEntity).update({ userId: id, revokedAt: IsNull() }, { revokedAt: this.now() });
      const after = (await tx.getRepository(UserEntity).findOneBy({ id }))!;
      await this.recordUser(tx, actor, user, after);
      return after;
    });
    if (disabled) this.bus.publish('credentialRevoked', { credentialId: user.id });
    return updated;
  }

  // ---- API keys ----

  apiKeys(): Promise<ApiKeyEntity[]> {
    return this.db.getRepository(ApiKeyEntity).find({ order: { createdAt: 'DESC' } });
  }

  /** The full token is returned here only; the database keeps its hash. */
  async createApiKey(input: NewApiKey, actor: AuditActor): Promise<{ key: ApiKeyEntity; token: string }> {
    if (!input.name.trim()) throw badUserInput('The key needs a name', { field: 'name' });
    if (input.scopes.length === 0) throw badUserInput(`Give at least one scope (${API_KEY_SCOPES.join(', ')})`, { field: 'scopes' });
    if (input.department && !DEPARTMENTS.includes(input.department)) throw badUserInput(`Unknown department "${input.department}"`, { field: 'department' });
    if (input.expiresAt && input.expiresAt <= this.now()) throw badUserInput('expiresAt is in the past', { field: 'expiresAt' });
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(24).toString('base64url').replace(/_/g, '-');
    const key = await this.db.transaction(async (tx) => {
      const saved = await tx.getRepository(ApiKeyEntity).save({
        name: input.name.trim(), prefix, secretHash: sha256(secret), scopes: [...new Set(input.scopes)], department: input.department,
        expiresAt: input.expiresAt, lastUsedAt: null, revokedAt: null, createdBy: actor.kind === 'USER' ? actor.id : null,
      });
      await this.recordKey(tx, actor, null, saved);
      return saved;
    });
    return { key, token: `${KEY_PREFIX}_${prefix}_${secret}` };
  }

  /** The secret's hash and the last-used stamp (not a change anyone made) stay out of the trail. */
  private recordKey(tx: EntityManager, actor: AuditActor, before: ApiKeyEntity | null, after: ApiKeyEntity): Promise<void> {
    return this.audit.record(tx, {
      actor, action: before ? 'UPDATE' : 'CREATE', objectType: 'API_KEY', objectId: after.id, objectLabel: after.name, department: after.department,
      before: before && auditSnapshot(before, 'secretHash', 'lastUsedAt'), after: auditSnapshot(after, 'secretHash', 'lastUsedAt'),
    });
  }

  async revokeApiKey(id: string, actor: AuditActor): Promise<ApiKeyEntity> {
    if (!UUID_PATTERN.test(id)) throw notFound('ApiKey', id);
    const key = await this.db.getRepository(ApiKeyEntity).findOneBy({ id });
    if (!key) throw notFound('ApiKey', id);
    if (key.revokedAt) return key;
    const revoked = await this.db.transaction(async (tx) => {
      await tx.getRepository(ApiKeyEntity).update({ id }, { revokedAt: this.now() });
      const after = (await tx.getRepository(ApiKeyEntity).findOneBy({ id }))!;
      await this.recordKey(tx, actor, key, after);
      return after;
    });
    this.bus.publish('credentialRevoked', { credentialId: id });
    return revoked;
  }
}
