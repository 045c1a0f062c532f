import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { actorOf } from '../audit/audit.service';
import { principalOf, requireAdmin } from '../auth/access.guard';

@ObjectType()
export class Organization {
  @Field() name: string;
  @Field({ description: 'IANA time zone in which periods and buckets are cut and dates shown, e.g. Europe/Madrid (ORG_TIMEZONE until an ADMIN changes it).' })
  timeZone: string;
  @Field({ description: 'Default ISO 4217 currency.' }) currency: string;
}

@InputType({ description: 'What to change; absent fields stay.' })
export class OrganizationInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'An IANA time zone, e.g. Europe/Madrid.' }) timeZone?: string | null;
  @Field(() => String, { nullable: true, description: 'An ISO 4217 code, e.g. EUR.' }) currency?: string | null;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization)
  async organization(@Ctx() ctx: AppContext): Promise<Organization> {
    return Object.assign(new Organization(), await ctx.services.organization.load());
  }

  @Mutation(() => Organization, { description: 'ADMIN only.' })
  async updateOrganization(@Ctx() ctx: AppContext, @Arg('input', () => OrganizationInput) input: OrganizationInput): Promise<Organization> {
    requireAdmin(ctx);
    return Object.assign(new Organization(), await ctx.services.organization.update(input, actorOf(principalOf(ctx))));
  }
}
