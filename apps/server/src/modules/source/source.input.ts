import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SqlConnectionInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'postgres://user:password@host:5432/database; stored encrypted, never returned. On update, omit to keep it.' })
  connectionString?: string | null;
}

@InputType()
export class SqlSourceInput {
  @Field(() => ID) metricKey: string;
  @Field(() => ID) connectionId: string;
  @Field({ description: 'A query returning a time column, a value column and dimension columns; $1 is the watermark (rows newer than the last sync: WHERE at > $1).' })
  query: string;
  @Field() timeColumn: string;
  @Field() valueColumn: string;
  @Field(() => [String], { nullable: true }) dimensionColumns?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Sync every N minutes; or give cron.' }) everyMinutes?: number | null;
  @Field(() => String, { nullable: true, description: "A cron expression (5 or 6 fields) in the organisation's time zone; or give everyMinutes." }) cron?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'false pauses its schedule (default true).' }) active?: boolean | null;
}
