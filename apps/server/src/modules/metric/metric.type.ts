import { Arg, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Aggregation, Department, Direction, ReviewCadence, UnitKind } from '@opshub/metrics';
import { AggregationEnum, DepartmentEnum, DirectionEnum, ReviewCadenceEnum, UnitKindEnum } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import type { MetricEntity } from './metric.entity';

@ObjectType()
export class Unit {
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => String, { nullable: true, description: 'ISO 4217 code for CURRENCY units.' }) currency: string | null;
  @Field(() => Float, { nullable: true }) scaleMin: number | null;
  @Field(() => Float, { nullable: true }) scaleMax: number | null;
}

@ObjectType({ description: 'A KPI definition of the catalog.' })
export class Metric {
  @Field(() => ID, { description: 'Stable key, e.g. sales.win_rate.' }) key: string;
  @Field(() => DepartmentEnum, { description: 'The owning department.' }) department: Department;
  @Field(() => [DepartmentEnum], { description: 'Further departments it is shared with: they read it as their own, and their heads edit its goals, targets and alerts.' })
  sharedWith: Department[];
  @Field(() => Unit) unit: Unit;
  @Field(() => DirectionEnum) direction: Direction;
  @Field(() => AggregationEnum) aggregation: Aggregation;
  @Field(() => String, { nullable: true, description: 'Formula over other metric keys for derived metrics; evaluated on period aggregates, so ratios roll up as sum/sum.' })
  formula: string | null;
  @Field(() => ReviewCadenceEnum, { nullable: true }) reviewCadence: ReviewCadence | null;
  @Field(() => Int, { nullable: true, description: 'How often data should arrive, as set in the catalog (see freshnessIntervalMinutes for the one in force).' })
  expectedIntervalMinutes: number | null;
  entity: MetricEntity;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.name, this.entity.i18n, locale, 'name');
  }

  @Field(() => String, { nullable: true, description: "Who answers for the metric, e.g. a role title; in the locale's language when translated." })
  owner(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string | null {
    return this.entity.owner === null ? null : localized(this.entity.owner, this.entity.i18n, locale, 'owner');
  }

  @Field(() => [MetricTranslation], { description: 'The translations stored, for editing; reading uses the locale argument of the texts.' })
  translations(): MetricTranslation[] {
    return Object.entries(this.entity.i18n).map(([locale, texts]) => Object.assign(new MetricTranslation(), {
      locale, name: texts?.name ?? null, description: texts?.description ?? null,
    }));
  }

  @Field(() => String)
  description(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.description, this.entity.i18n, locale, 'description');
  }
}

@ObjectType({ description: 'The user who answers for a metric.' })
export class MetricOwner {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: "A metric's texts in a language other than English; null where not translated." })
export class MetricTranslation {
  @Field() locale: string;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType({ description: 'What values a metric can take, from its unit and formula: a share from 0 to 1, a count from 0 up.' })
export class ValueDomain {
  @Field(() => Float, { nullable: true, description: 'Null when unbounded below.' }) min: number | null;
  @Field(() => Float, { nullable: true, description: 'Null when unbounded above.' }) max: number | null;
}

export function toMetric(entity: MetricEntity): Metric {
  const metric = new Metric();
  Object.assign(metric, {
    key: entity.key,
    department: entity.department,
    sharedWith: entity.sharedWith,
    unit: Object.assign(new Unit(), {
      kind: entity.unitKind, currency: entity.unitCurrency, scaleMin: entity.unitScaleMin, scaleMax: entity.unitScaleMax,
    }),
    direction: entity.direction,
    aggregation: entity.aggregation,
    formula: entity.formula,
    reviewCadence: entity.reviewCadence,
    expectedIntervalMinutes: entity.expectedIntervalMinutes,
    entity,
  });
  return metric;
}
