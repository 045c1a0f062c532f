import { Field, Float, ID, InputType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

@InputType({ description: 'One data point. Sending the same (metricKey, at, dimensions) again overwrites the value: retries never double-count.' })
export class ObservationInput {
  @Field(() => ID) metricKey: string;
  @Field(() => Float, { description: 'A finite number; PERCENT metrics take fractions (0.25 = 25 %).' }) value: number;
  @Field({ description: 'ISO-8601 timestamp; at most 24 h in the future.' }) at: Date;
  @Field(() => JSONObjectResolver, { nullable: true, description: 'Up to 8 string dimensions, e.g. {"region":"EMEA"}.' })
  dimensions?: Record<string, unknown> | null;
  @Field(() => String, { nullable: true, description: 'Where the point came from (≤ 128 characters).' }) source?: string | null;
}

@InputType()
export class RecordObservationsOptions {
  @Field({ defaultValue: false, description: 'Write the valid points and report the rejected ones, instead of all-or-nothing.' })
  allowPartial: boolean;
}
