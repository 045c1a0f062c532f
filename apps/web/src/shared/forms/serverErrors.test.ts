import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { serverFieldErrors } from './serverErrors';

function answer(...errors: { message: string; extensions: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('serverFieldErrors', () => {
  it.each([
    ['an input field', { code: 'BAD_USER_INPUT', field: 'input.url' }, [{ field: 'url', message: 'bad' }]],
    ['a nested path', { code: 'BAD_USER_INPUT', field: 'input.milestones[2].value' }, [{ field: 'milestones.2.value', message: 'bad' }]],
    ['a plain argument', { code: 'BAD_USER_INPUT', field: 'first' }, [{ field: 'first', message: 'bad' }]],
    ['the whole input', { code: 'BAD_USER_INPUT', field: 'input' }, [{ field: 'root', message: 'bad' }]],
    ['an error without a field', { code: 'BAD_USER_INPUT' }, []],
    ['another code', { code: 'FORBIDDEN', field: 'input.url' }, []],
  ])('maps %s', (_, extensions, expected) => {
    expect(serverFieldErrors(answer({ message: 'bad', extensions }))).toEqual(expected);
  });

  it('lists every rejected item of a batch', () => {
    const error = answer({
      message: '2 of 3 rejected',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'input[0].value',
        rejected: [
          { index: 0, field: 'value', reason: 'must be finite' },
          { index: 2, field: 'at', reason: 'lies in the future' },
        ],
      },
    });
    expect(serverFieldErrors(error)).toEqual([
      { field: '0.value', message: 'must be finite' },
      { field: '2.at', message: 'lies in the future' },
    ]);
  });

  it('ignores what is not a GraphQL answer', () => {
    expect(serverFieldErrors(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
