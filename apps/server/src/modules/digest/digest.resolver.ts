import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { DigestSubscriptionInput } from './digest.input';
import { DigestMessage, DigestSubscription } from './digest.type';

@Resolver(() => DigestSubscription)
export class DigestResolver {
  @Query(() => [DigestSubscription])
  digestSubscriptions(@Ctx() ctx: AppContext): Promise<DigestSubscription[]> {
    return ctx.services.digests.subscriptions();
  }

  @Query(() => [DigestMessage], { description: 'Rendered digests, newest first; unsentOnly for a mail relay.' })
  digestOutbox(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '1 to 200.' }) first: number,
    @Arg('unsentOnly', { defaultValue: false }) unsentOnly: boolean,
  ): Promise<DigestMessage[]> {
    return ctx.services.digests.outbox(first, unsentOnly);
  }

  @Mutation(() => DigestSubscription, { description: 'A daily or weekly digest of a dashboard, from the next day or week on.' })
  createDigestSubscription(@Ctx() ctx: AppContext, @Arg('input', () => DigestSubscriptionInput) input: DigestSubscriptionInput): Promise<DigestSubscription> {
    return ctx.services.digests.subscribe(input);
  }

  @Mutation(() => DigestMessage, { description: 'Renders and delivers the digest for the day or week ending now, outside the schedule.' })
  runDigest(@Ctx() ctx: AppContext, @Arg('subscriptionId', () => ID) subscriptionId: string): Promise<DigestMessage> {
    return ctx.services.digests.run(subscriptionId);
  }

  @Mutation(() => DigestMessage, { description: 'For a mail relay: the message was sent.' })
  markDigestSent(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<DigestMessage> {
    return ctx.services.digests.markSent(id);
  }
}
