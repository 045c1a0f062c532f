import { Arg, Field, ID, ObjectType } from 'type-graphql';
import type { Department } from '@opshub/metrics';
import { DepartmentEnum } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import { Kpi } from '../kpi/kpi.type';
import type { LocalizedText } from '../../common/localized';

@ObjectType({ description: 'A dashboard of the catalog, without computed values.' })
export class DashboardSummary {
  @Field(() => ID, { description: 'executive, sales, customer-success, product, operations or marketing (and any added later).' }) slug: string;
  @Field(() => DepartmentEnum) department: Department;
  defaultTitle: string;
  defaultDescription: string;
  i18n: LocalizedText;

  @Field(() => String)
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'title');
  }

  @Field(() => String)
  description(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultDescription, this.i18n, locale, 'description');
  }
}

@ObjectType()
export class DashboardSection {
  @Field() key: string;
  @Field(() => [ID], { description: 'The metrics of the section, in order.' }) metricKeys: string[];
  @Field(() => [Kpi]) kpis: Kpi[];
  defaultTitle: string;
  i18n: LocalizedText;

  @Field(() => String)
  title(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultTitle, this.i18n, locale, 'title');
  }
}

@ObjectType({ description: 'A dashboard with the KPI snapshots of its sections over one period.' })
export class Dashboard extends DashboardSummary {
  @Field(() => [DashboardSection]) sections: DashboardSection[];
  @Field(() => [ID], {
    description: 'With a filter: the metrics it does not apply to (they lack a filtered dimension, or the caller may not break them down); their cards show the whole metric.',
  })
  unfilteredMetricKeys: string[];
}
