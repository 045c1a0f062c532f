import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { saveConflict, widgetProblem } from './saveErrors';

const answer = (extensions: Record<string, unknown>, message = 'refused') => new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('save errors', () => {
  it('reads a conflict: the version now current and who saved it', () => {
    expect(saveConflict(answer({ code: 'CONFLICT', currentVersion: 4, updatedBy: 'Ana' }))).toEqual({ currentVersion: 4, updatedBy: 'Ana' });
    expect(saveConflict(answer({ code: 'BAD_USER_INPUT', field: 'input.title' }))).toBeNull();
    expect(saveConflict(new Error('network'))).toBeNull();
  });

  it('names the widget and field of a refused widget, with or without the input prefix', () => {
    expect(widgetProblem(answer({ code: 'BAD_USER_INPUT', field: 'input.widgets[3].metricKeys[0]' }, 'unknown metric'))).toEqual({
      index: 3, field: 'widgets[3].metricKeys[0]', message: 'unknown metric',
    });
    expect(widgetProblem(answer({ code: 'FORBIDDEN', field: 'widgets[0].metricKeys[1]' }))).toMatchObject({ index: 0 });
    expect(widgetProblem(answer({ code: 'BAD_USER_INPUT', field: 'version' }))).toEqual({ index: null, field: 'version', message: 'refused' });
    expect(widgetProblem(answer({ code: 'FORBIDDEN' }))).toBeNull();
  });
});
