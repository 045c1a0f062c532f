import type { DataSource } from 'typeorm';
import { DIMENSION_NAME_PATTERN, unstorableText } from '@opshub/metrics';
import { badUserInput } from '../../common/errors';
import { SalesRepEntity } from '../revops/sales-rep.entity';
import { DimensionLabelEntity } from './dimension.entity';
import type { DimensionLabelInput } from './dimension.input';
import { DimensionValue } from './dimension.type';

/** Lead events carry the owning rep under this dimension; its values are sales_rep keys. */
export const REP_DIMENSION = 'rep';

const MAX_LABEL_LENGTH = 120;

function dimensionValue(dimension: string, value: string, label: string, i18n: DimensionValue['i18n'] = {}): DimensionValue {
  return Object.assign(new DimensionValue(), { dimension, value, defaultLabel: label, i18n });
}

export class DimensionService {
  constructor(private readonly db: DataSource) {}

  /** Every labelled dimension value: the stored labels, and each rep's name when `withReps` (reps are people of sales). */
  async labels(withReps: boolean): Promise<DimensionValue[]> {
    const [stored, reps] = await Promise.all([
      this.db.getRepository(DimensionLabelEntity).find({ order: { dimension: 'ASC', value: 'ASC' } }),
      withReps ? this.db.getRepository(SalesRepEntity).find({ order: { key: 'ASC' } }) : Promise.resolve([]),
    ]);
    const labelled = stored.map((row) => dimensionValue(row.dimension, row.value, row.label, row.i18n));
    const named = new Set(stored.filter((row) => row.dimension === REP_DIMENSION).map((row) => row.value));
    return [...labelled, ...reps.filter((rep) => !named.has(rep.key)).map((rep) => dimensionValue(REP_DIMENSION, rep.key, rep.name))];
  }

  async setLabel(input: DimensionLabelInput): Promise<DimensionValue> {
    if (!DIMENSION_NAME_PATTERN.test(input.dimension)) throw badUserInput(`Unknown dimension "${input.dimension}"`, { field: 'input.dimension' });
    if (!input.value) throw badUserInput('value must not be empty', { field: 'input.value' });
    for (const [field, text] of [['label', input.label], ['labelEs', input.labelEs ?? '']] as const) {
      const problem = text.length > MAX_LABEL_LENGTH ? `is longer than ${MAX_LABEL_LENGTH} characters` : unstorableText(text);
      if (problem) throw badUserInput(`${field} ${problem}`, { field: `input.${field}` });
    }
    const label = input.label.trim();
    if (!label) throw badUserInput('label must not be empty', { field: 'input.label' });
    const labelEs = input.labelEs?.trim();
    return this.db.transaction(async (manager) => {
      const row = await manager.getRepository(DimensionLabelEntity).save({
        dimension: input.dimension, value: input.value, label, i18n: labelEs ? { es: { name: labelEs } } : {},
      });
      return dimensionValue(row.dimension, row.value, row.label, row.i18n);
    });
  }
}
