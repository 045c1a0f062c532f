import { Writable } from 'node:stream';
import { createLogger } from './logger';

/** Collects what the logger writes, as text. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

// eslint-disable-next-line no-control-regex -- colour codes start with ESC: that is what this looks for
const ANSI = /\u001b\[\d+m/;

describe('createLogger', () => {
  it('writes pretty, coloured lines for a terminal', () => {
    const out = capture();
    createLogger('info', { tty: true, stream: out.stream }).info({ port: 4000 }, 'OpsHub listening');
    const text = out.text();
    expect(text).toContain('OpsHub listening');
    expect(text).toContain('port');
    expect(text).toMatch(ANSI);
    expect(() => JSON.parse(text)).toThrow();
  });

  it('writes one JSON object per line anywhere else', () => {
    const out = capture();
    createLogger('info', { tty: false, stream: out.stream }).info({ port: 4000 }, 'OpsHub listening');
    const lines = out.text().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', service: 'opshub', port: 4000, msg: 'OpsHub listening' });
    expect(lines[0]).not.toMatch(ANSI);
  });

  it('respects the level in both forms', () => {
    for (const tty of [true, false]) {
      const out = capture();
      createLogger('warn', { tty, stream: out.stream }).info('not shown');
      expect(out.text()).toBe('');
    }
  });
});
