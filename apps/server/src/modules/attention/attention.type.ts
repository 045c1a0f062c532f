import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ATTENTION_REASONS, type AttentionReason } from '@opshub/metrics';
import { enumOf } from '../../common/enums';
import { Kpi } from '../kpi/kpi.type';

export const AttentionReasonEnum = enumOf(ATTENTION_REASONS);
registerEnumType(AttentionReasonEnum, {
  name: 'AttentionReason',
  description: 'Why a KPI needs attention: off or at risk of missing its target, or behind the pace of its goal.',
});

@ObjectType({ description: 'A KPI that needs attention, with why and for how long.' })
export class AttentionItem {
  @Field(() => Kpi) kpi: Kpi;
  @Field(() => [AttentionReasonEnum], { description: 'Worst first.' }) reasons: AttentionReason[];
  @Field({ description: 'The first day of the unbroken run of days on which the KPI, over a window as long as the period, needed attention.' })
  since: Date;
  @Field({ description: 'The run reaches back past the days looked at (HISTORY_DAYS): it began on `since` or earlier.' })
  sinceBeyondHistory: boolean;
}
