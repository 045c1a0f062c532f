import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';

@ObjectType({ description: 'A raw data point behind a KPI.' })
export class Observation {
  @Field(() => ID) id: string;
  @Field(() => ID) metricKey: string;
  @Field() at: Date;
  @Field(() => Float) value: number;
  @Field(() => JSONObjectResolver) dimensions: Record<string, string>;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field() updatedAt: Date;
}

@ObjectType()
export class ObservationEdge {
  @Field() cursor: string;
  @Field(() => Observation) node: Observation;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'Observations, newest first.' })
export class ObservationConnection {
  @Field(() => [ObservationEdge]) edges: ObservationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int) totalCount: number;
}

@ObjectType()
export class RejectedObservation {
  @Field(() => Int, { description: 'Position of the item in the input list.' }) index: number;
  @Field({ description: 'The offending field, e.g. value or dimensions.region.' }) field: string;
  @Field() reason: string;
}

@ObjectType()
export class RecordObservationsResult {
  @Field(() => Int, { description: 'Points written (inserted or overwritten).' }) written: number;
  @Field(() => [RejectedObservation]) rejected: RejectedObservation[];
}
