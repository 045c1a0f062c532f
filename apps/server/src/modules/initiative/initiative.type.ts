import { Arg, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { COST_CATEGORIES, type CostCategory, type Department, type EconomicsGap } from '@opshub/metrics';
import { DepartmentEnum, enumOf } from '../../common/enums';
import { LOCALE_ARG, localized, type LocalizedText } from '../../common/localized';

export const CostCategoryEnum = enumOf(COST_CATEGORIES);
const EconomicsGapEnum = enumOf(['NO_INVESTMENT', 'NO_SAVING', 'NOT_STARTED', 'NO_SPEND_YET'] as const satisfies readonly EconomicsGap[]);

registerEnumType(CostCategoryEnum, { name: 'CostCategory', description: "The operating plan's cost categories." });
registerEnumType(EconomicsGapEnum, {
  name: 'EconomicsGap',
  description: 'Why a ratio has no value: NO_INVESTMENT (ROI of nothing invested), NO_SAVING (never pays back), NOT_STARTED, NO_SPEND_YET (actual payback not yet known: nothing spent to date).',
});

@ObjectType({ description: 'A ratio that may not exist: value null with the reason, never a huge number.' })
export class EconomicsFigure {
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => EconomicsGapEnum, { nullable: true }) reason: EconomicsGap | null;
}

@ObjectType({ description: 'ROI (annual saving ÷ investment, 2.5 = 250 %) and payback in months.' })
export class InitiativeEconomicsFigures {
  @Field(() => EconomicsFigure) roi: EconomicsFigure;
  @Field(() => EconomicsFigure) paybackMonths: EconomicsFigure;
}

@ObjectType()
export class InitiativeOwner {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'An optimisation initiative of the operating plan, planned against actual.' })
export class Initiative {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The `initiative` dimension value of finance.initiative_spend and finance.initiative_saving.' }) key: string;
  defaultName: string;
  i18n: LocalizedText;
  @Field(() => DepartmentEnum) department: Department;
  @Field(() => InitiativeOwner, { nullable: true, description: 'Null once the owning user was deleted.' }) owner: InitiativeOwner | null;
  @Field(() => CostCategoryEnum) costCategory: CostCategory;
  @Field({ description: 'YYYY-MM-DD.' }) startDate: string;
  @Field(() => Float) plannedInvestment: number;
  @Field(() => Float) expectedAnnualSaving: number;
  @Field(() => [String]) metricKeys: string[];
  @Field(() => Float, { description: 'finance.initiative_spend of this initiative since its start.' }) spentToDate: number;
  @Field(() => Float, { description: 'finance.initiative_saving of this initiative since its start.' }) savedToDate: number;
  @Field(() => InitiativeEconomicsFigures) planned: InitiativeEconomicsFigures;
  @Field(() => InitiativeEconomicsFigures, { description: 'From the spend and the saving to date, the saving annualised over the months elapsed.' })
  actual: InitiativeEconomicsFigures;
  @Field() updatedAt: Date;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultName, this.i18n, locale, 'name');
  }
}

@ObjectType({ description: 'The initiatives the caller may read, as one: total investment against total expected saving.' })
export class InitiativePortfolio {
  @Field(() => Float) totalInvestment: number;
  @Field(() => Float) totalExpectedSaving: number;
  @Field(() => Float) totalSpentToDate: number;
  @Field(() => Float) totalSavedToDate: number;
  @Field(() => EconomicsFigure) roi: EconomicsFigure;
  @Field(() => EconomicsFigure) paybackMonths: EconomicsFigure;
}
