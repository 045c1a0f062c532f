import { dimensionFilterProblem, type DimensionFilterInput } from '@opshub/metrics';
import { badUserInput } from './errors';

/** BAD_USER_INPUT for the first invalid filter, with its path under `path` (`filter`, `input.filter`). */
export function checkDimensionFilters(filters: readonly DimensionFilterInput[], path: string): void {
  const problem = dimensionFilterProblem(filters);
  if (problem) throw badUserInput(problem.reason, { field: `${path}[${problem.index}].${problem.field}` });
}
