import { Field, InputType } from 'type-graphql';
import type { ApiKeyScope, Department, Role } from '@opshub/metrics';
import { DepartmentEnum } from '../../common/enums';
import { ApiKeyScopeEnum, RoleEnum } from './auth.type';

@InputType()
export class UserInput {
  @Field() email: string;
  @Field() name: string;
  @Field({ description: 'At least 10 characters.' }) password: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [DepartmentEnum], { defaultValue: [], description: 'One or more for DEPARTMENT_HEAD and VIEWER; ignored for ADMIN and EXECUTIVE.' })
  departments: Department[];
}

@InputType({ description: 'A user who chooses their password through a one-time link.' })
export class UserInviteInput {
  @Field() email: string;
  @Field() name: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [DepartmentEnum], { defaultValue: [], description: 'One or more for DEPARTMENT_HEAD and VIEWER; ignored for ADMIN and EXECUTIVE.' })
  departments: Department[];
}

@InputType({ description: 'What to change; absent fields stay.' })
export class UserUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => RoleEnum, { nullable: true }) role?: Role | null;
  @Field(() => [DepartmentEnum], { nullable: true }) departments?: Department[] | null;
}

@InputType()
export class ApiKeyInput {
  @Field() name: string;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScope[];
  @Field(() => DepartmentEnum, { nullable: true, description: 'Restrict the key to one department.' }) department?: Department | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}

@InputType({ description: "The signed-in user's own preferences." })
export class PreferencesInput {
  @Field({ description: 'en or es: the language of their digests (the app sends the one in use).' }) locale: string;
}
