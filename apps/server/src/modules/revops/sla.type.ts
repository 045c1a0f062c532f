import { Arg, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../common/enums';
import { LOCALE_ARG, localized } from '../../common/localized';
import type { LeadStatus } from '@opshub/metrics';
import { Lead, LeadStatusEnum } from './lead.type';
import { SLA_CLOCK_STATES, SLA_MET_BY, type SlaClockState, type SlaMetBy, type SlaPolicyEntity } from './sla.entity';

export const SlaMetByEnum = enumOf(SLA_MET_BY);
export const SlaClockStateEnum = enumOf(SLA_CLOCK_STATES);
registerEnumType(SlaMetByEnum, { name: 'SlaMetBy', description: 'ASSIGNMENT: the lead gets a rep. CONTACT: sales logs a contact.' });
registerEnumType(SlaClockStateEnum, { name: 'SlaClockState', description: 'CANCELLED: the lead closed before the deadline without the action.' });

@ObjectType({ description: 'A service-level agreement between marketing and sales, as data.' })
export class SlaPolicy {
  @Field(() => ID) key: string;
  @Field(() => LeadStatusEnum, { description: 'Entering this status starts the clock.' }) startsOn: LeadStatus;
  @Field(() => SlaMetByEnum, { description: 'What stops the clock in time.' }) metBy: SlaMetBy;
  @Field(() => Int) durationSeconds: number;
  @Field() active: boolean;
  entity: SlaPolicyEntity;

  @Field(() => String)
  name(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.name, this.entity.i18n, locale, 'name');
  }

  @Field(() => String)
  description(@Arg('locale', () => String, LOCALE_ARG) locale?: string | null): string {
    return localized(this.entity.description, this.entity.i18n, locale, 'description');
  }
}

export function toSlaPolicy(entity: SlaPolicyEntity): SlaPolicy {
  return Object.assign(new SlaPolicy(), {
    key: entity.key, startsOn: entity.startsOn, metBy: entity.metBy, durationSeconds: entity.durationSeconds, active: entity.active, entity,
  });
}

@ObjectType({ description: "One policy's deadline for one lead." })
export class SlaClock {
  @Field(() => ID) id: string;
  @Field(() => SlaPolicy) policy: SlaPolicy;
  @Field() startedAt: Date;
  @Field() dueAt: Date;
  @Field(() => SlaClockStateEnum) state: SlaClockState;
  @Field(() => Date, { nullable: true, description: 'When the agreed action happened, in time or late.' }) metAt: Date | null;
}

@ObjectType({ description: 'A deadline that passed without the agreed action.' })
export class SlaBreach extends SlaClock {
  @Field(() => Lead) lead: Lead;
}
