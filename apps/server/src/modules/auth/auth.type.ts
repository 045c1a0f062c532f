import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { API_KEY_SCOPES, ROLES, type ApiKeyScope, type Department, type Role } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';

export const RoleEnum = enumOf(ROLES);
export const ApiKeyScopeEnum = enumOf(API_KEY_SCOPES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'ADMIN: users, keys, catalog and integrations, and everything else. EXECUTIVE: reads every department, edits every target. '
    + "DEPARTMENT_HEAD: the company KPIs and everything of its department, edits that department's targets, goals and alert rules. VIEWER: reads its departments.",
});
registerEnumType(ApiKeyScopeEnum, { name: 'ApiKeyScope', description: 'READ: queries and subscriptions. INGEST: recordObservations and lead records.' });

export const PRINCIPAL_KINDS = ['USER', 'API_KEY', 'SHARE_LINK'] as const;
export const PrincipalKindEnum = enumOf(PRINCIPAL_KINDS);
registerEnumType(PrincipalKindEnum, { name: 'PrincipalKind' });

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [DepartmentEnum], { description: 'Empty for ADMIN and EXECUTIVE, who see every department.' }) departments: Department[];
  @Field(() => Date, { nullable: true }) disabledAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'Who the request acts as: a signed-in user or an API key.' })
export class Viewer {
  @Field(() => PrincipalKindEnum) kind: (typeof PRINCIPAL_KINDS)[number];
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => RoleEnum, { nullable: true, description: 'null for an API key.' }) role: Role | null;
  @Field(() => [DepartmentEnum], { nullable: true, description: 'The departments it is bound to; null for every department.' }) departments: Department[] | null;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScope[];
  @Field(() => Date, { nullable: true, description: 'When the session or key stops working.' }) expiresAt: Date | null;
  @Field(() => String, { nullable: true, description: 'A user\'s language (en or es): their digests are written in it. null for an API key.' }) locale: string | null;
}

@ObjectType()
export class Session {
  @Field(() => User) user: User;
  @Field({ description: 'The session cookie (httpOnly) stops working then; sign in again.' }) expiresAt: Date;
}

@ObjectType({ description: 'An integrator key. Its secret is shown only once, when created.' })
export class ApiKey {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The public part of the key (ohk_<prefix>_…), to tell keys apart.' }) prefix: string;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScope[];
  @Field(() => DepartmentEnum, { nullable: true, description: 'The only department it reads and writes; null for all.' }) department: Department | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute.' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => ApiKey) apiKey: ApiKey;
  @Field({ description: 'Send as "Authorization: Bearer <key>" (or connection_init {"authorization": …} over WebSocket). Store it: it is not shown again.' })
  key: string;
}

@ObjectType({ description: 'A demo account offered on the sign-in page (demo mode only).' })
export class DemoAccount {
  @Field() email: string;
  @Field() password: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [DepartmentEnum]) departments: Department[];
}

@ObjectType({ description: 'A one-time set-password link for a user (an invitation or a reset). The token is in this answer only.' })
export class PasswordLink {
  @Field(() => User) user: User;
  @Field({ description: 'Goes into the link /set-password/<token>; works once, until expiresAt.' }) token: string;
  @Field() expiresAt: Date;
}
