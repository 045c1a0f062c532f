import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';

@ObjectType()
export class Organization {
  @Field() name: string;
  @Field({ description: "IANA time zone in which periods and buckets are cut, e.g. Europe/Madrid." }) timeZone: string;
  @Field({ description: 'Default ISO 4217 currency.' }) currency: string;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization)
  organization(@Ctx() ctx: AppContext): Organization {
    return Object.assign(new Organization(), ctx.services.config.organization);
  }
}
