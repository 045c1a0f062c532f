import { Field, InputType } from 'type-graphql';
import type { RangePreset, RangeSpec } from '@opshub/metrics';
import { RangePresetEnum } from './enums';

@InputType({ description: 'A period: a preset, or from (inclusive) and to (exclusive).' })
export class RangeInput implements RangeSpec {
  @Field(() => RangePresetEnum, { nullable: true }) preset?: RangePreset | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

@InputType({ description: 'Keeps points whose dimension has one of the values.' })
export class DimensionFilterInput {
  @Field() dimension: string;
  @Field(() => [String]) values: string[];
}
