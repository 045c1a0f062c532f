import { Arg, Field, ObjectType } from 'type-graphql';
import { LOCALE_ARG, localized, type LocalizedText } from '../../common/localized';

@ObjectType({ description: 'A dimension value with its display label: the value stays the filter key, the label is what a screen shows.' })
export class DimensionValue {
  @Field({ description: 'The dimension, e.g. "workflow".' }) dimension: string;
  @Field({ description: 'The stored code, e.g. "lead_management".' }) value: string;
  defaultLabel: string;
  i18n: LocalizedText;

  @Field(() => String, { description: 'E.g. "Lead management" / "Gestión de leads"; a rep key gives the rep\'s name.' })
  label(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.defaultLabel, this.i18n, locale, 'name');
  }
}
