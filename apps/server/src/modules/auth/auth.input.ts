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
  @Field(() => [DepartmentEnum], { defaultValue: [], description: 'Exactly one for DEPARTMENT_HEAD, one or more for VIEWER, none otherwise.' })
  departments: Department[];
}

@InputType()
export class ApiKeyInput {
  @Field() name: string;
  @Field(() => [ApiKeyScopeEnum]) scopes: ApiKeyScope[];
  @Field(() => DepartmentEnum, { nullable: true, description: 'Restrict the key to one department.' }) department?: Department | null;
  @Field(() => Date, { nullable: true }) expiresAt?: Date | null;
}
