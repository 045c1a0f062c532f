import { z } from '../../../shared/forms/zod';
import { fromZonedParts, GOAL_SHAPES, type GoalTrajectory } from '@opshub/metrics';
import type { GoalInput } from '../../../gql/graphql';
import type { PlanGoal } from './goalTree';
import { zonedDay } from '../../../shared/url/viewState';

/** Messages are i18n keys (goals.error.*), shown through t() beside their field. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z.string().regex(ISO_DAY, 'goals.error.date');
const amount = z.number({ error: 'goals.error.number' }).refine(Number.isFinite, 'goals.error.number');

/**
 * The goal form. Dates are calendar days in the organisation's time zone (a goal starts and ends at midnight
 * there); ISO days compare as strings. Milestones are checked in the order they are listed: each inside the
 * goal's period and after the one before, so what the editor shows is the path the goal takes.
 */
export const goalFormSchema = z
  .object({
    name: z.string().trim().min(1, 'goals.error.name').max(200, 'goals.error.name'),
    metricKey: z.string().min(1, 'goals.error.metric'),
    parentId: z.string(),
    department: z.string(),
    owner: z.string().trim().max(200, 'goals.error.owner'),
    shape: z.enum(GOAL_SHAPES),
    startValue: amount,
    startAt: day,
    endValue: amount,
    endAt: day,
    milestones: z.array(z.object({ at: day, value: amount })),
  })
  .superRefine((goal, ctx) => {
    if (ISO_DAY.test(goal.startAt) && ISO_DAY.test(goal.endAt) && goal.endAt <= goal.startAt) {
      ctx.addIssue({ code: 'custom', path: ['endAt'], message: 'goals.error.endBeforeStart' });
    }
    if (goal.shape !== 'LINEAR' && goal.milestones.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['milestones'], message: 'goals.error.needsMilestone' });
    }
    goal.milestones.forEach((milestone, i) => {
      if (!ISO_DAY.test(milestone.at)) return;
      const previous = goal.milestones[i - 1]?.at;
      if (milestone.at <= goal.startAt || milestone.at >= goal.endAt) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'at'], message: 'goals.error.milestoneOutside' });
      } else if (previous && ISO_DAY.test(previous) && milestone.at <= previous) {
        ctx.addIssue({ code: 'custom', path: ['milestones', i, 'at'], message: 'goals.error.milestoneOrder' });
      }
    });
  });

export type GoalFormValues = z.infer<typeof goalFormSchema>;

/** Midnight of a calendar day in the time zone. */
export function dayStart(isoDay: string, timeZone: string): Date {
  const [year, month, day] = isoDay.split('-').map(Number);
  return fromZonedParts({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/**
 * A stored amount as a person would type it: sums of demo or imported data carry binary-float noise
 * (7548035.449999999), which a number input shows digit for digit. Twelve significant digits keep every cent below ten billion.
 */
export function editableAmount(value: number): number {
  return Number(value.toPrecision(12));
}

/** The form for an existing goal, or a new one starting today for a year. */
export function goalFormValues(goal: PlanGoal | null, timeZone: string, today: Date): GoalFormValues {
  if (!goal) {
    const start = zonedDay(today, timeZone);
    const end = `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
    return { name: '', metricKey: '', parentId: '', department: '', owner: '', shape: 'LINEAR', startValue: 0, startAt: start, endValue: 0, endAt: end, milestones: [] };
  }
  return {
    name: goal.name,
    metricKey: goal.metric.key,
    parentId: goal.parentId ?? '',
    department: goal.department ?? '',
    owner: goal.owner ?? '',
    shape: goal.shape,
    startValue: editableAmount(goal.startValue),
    startAt: zonedDay(goal.startAt, timeZone),
    endValue: editableAmount(goal.endValue),
    endAt: zonedDay(goal.endAt, timeZone),
    milestones: goal.milestones.map((milestone) => ({ at: zonedDay(milestone.at, timeZone), value: editableAmount(milestone.value) })),
  };
}

/** What setGoal is sent; a LINEAR goal keeps no milestones. */
export function toGoalInput(values: GoalFormValues, id: string | null, timeZone: string): GoalInput {
  return {
    id,
    name: values.name.trim(),
    metricKey: values.metricKey,
    parentId: values.parentId || null,
    department: (values.department || null) as GoalInput['department'],
    owner: values.owner.trim() || null,
    shape: values.shape,
    startValue: values.startValue,
    startAt: dayStart(values.startAt, timeZone).toISOString(),
    endValue: values.endValue,
    endAt: dayStart(values.endAt, timeZone).toISOString(),
    milestones: values.shape === 'LINEAR' ? [] : values.milestones.map((m) => ({ at: dayStart(m.at, timeZone).toISOString(), value: m.value })),
  };
}

/** The trajectory the form describes, for the preview chart; null while its dates are not usable. */
export function previewTrajectory(values: Partial<GoalFormValues>, timeZone: string): GoalTrajectory | null {
  const { startAt, endAt, shape = 'LINEAR' } = values;
  if (!startAt || !endAt || !ISO_DAY.test(startAt) || !ISO_DAY.test(endAt) || endAt <= startAt) return null;
  const finite = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
  const milestones = shape === 'LINEAR' ? [] : (values.milestones ?? [])
    .filter((m) => ISO_DAY.test(m.at) && m.at > startAt && m.at < endAt)
    .map((m) => ({ at: dayStart(m.at, timeZone), value: finite(m.value) }));
  return {
    shape, startValue: finite(values.startValue), startAt: dayStart(startAt, timeZone), endValue: finite(values.endValue), endAt: dayStart(endAt, timeZone), milestones,
  };
}
