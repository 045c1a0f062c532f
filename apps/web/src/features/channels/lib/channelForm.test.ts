import { describe, expect, it } from 'vitest';
import { channelFormSchema, splitRecipients, toChannelFormValues, toChannelInput, type ChannelFormValues } from './channelForm';

const base: ChannelFormValues = { ...toChannelFormValues(null, 'SALES', 'es'), name: 'On call', recipients: 'a@x.test' };

describe('channel form', () => {
  it.each<[string, Partial<ChannelFormValues>, string | null, string | null]>([
    ['an e-mail channel', {}, null, null],
    ['no addresses', { recipients: ' , ' }, 'recipients', 'form.required'],
    ['a bad address', { recipients: 'a@x.test, nope' }, 'recipients', 'rules.channel.error.email'],
    ['a Slack channel without a URL', { kind: 'SLACK', url: '' }, 'url', 'rules.channel.error.url'],
    ['a Slack channel', { kind: 'SLACK', url: 'https://hooks.slack.test/T/B/x' }, null, null],
  ])('%s', (_name, change, path, message) => {
    const result = channelFormSchema.safeParse({ ...base, ...change });
    if (path === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it('writes a new channel in the language of whoever sets it up, and keeps an existing one\'s', () => {
    expect(toChannelFormValues(null, 'SALES', 'en').locale).toBe('en');
    expect(base.locale).toBe('es');
  });

  it('splits addresses on commas, semicolons and lines', () => {
    expect(splitRecipients('a@x.test,b@x.test;\nc@x.test  ')).toEqual(['a@x.test', 'b@x.test', 'c@x.test']);
  });

  it('sends the address field of its kind only, and no department as an ADMIN channel', () => {
    expect(toChannelInput({ ...base, recipients: 'a@x.test\nb@x.test', url: 'ignored' })).toEqual({
      name: 'On call', kind: 'EMAIL', department: 'SALES', active: true, url: null, recipients: ['a@x.test', 'b@x.test'], locale: 'es',
    });
    expect(toChannelInput({ ...base, kind: 'SLACK', url: ' https://h.test/x ', department: '' })).toMatchObject({ department: null, url: 'https://h.test/x', recipients: null });
  });
});
