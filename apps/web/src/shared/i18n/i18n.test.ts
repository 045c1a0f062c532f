import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { createTranslator, detectLanguage, interpolate, plural } from './dictionaries';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('en and es have identical key sets', () => {
    const enKeys = Object.keys(en).sort();
    const esKeys = Object.keys(es).sort();
    expect(esKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !esKeys.includes(k))).toEqual([]);
    expect(esKeys).toEqual(enKeys);
  });

  it('every translation is non-empty and keeps the same placeholders', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(es[key].trim(), key).not.toBe('');
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('Spanish is actually translated (not a copy of English)', () => {
    const same = (Object.keys(en) as (keyof typeof en)[]).filter((k) => en[k] === es[k]);
    // Brand and product names, language names, words Spanish borrows and pure placeholders: the same in both.
    const alike = [
      'app.name', 'dashboard.marketing', 'department.MARKETING', 'range.customSummary', 'kpi.ariaLabel', 'kpi.noValue', 'language.en',
      'language.es', 'catalog.targetKind.PLAN', 'goals.plan', 'rules.channelKind.WEBHOOK', 'rules.channelKind.SLACK', 'rules.channel.url',
      'admin.objectType.WEBHOOK_ENDPOINT', 'admin.field.url',
    ];
    expect(same.filter((key) => !alike.includes(key))).toEqual([]);
    expect(es['state.empty']).toBe('No hay datos en este periodo');
  });
});

describe('department names', () => {
  it.each([['en', en], ['es', es]] as const)('are in sentence case, the same on the dashboard tabs as on the metric pages (%s)', (_language, dictionary) => {
    const departments = Object.entries(dictionary).filter(([key]) => key.startsWith('department.'));
    for (const [key, name] of departments) {
      expect(name, key).toBe(name[0] + name.slice(1).toLowerCase());
    }
    expect(dictionary['dashboard.customer-success']).toBe(dictionary['department.CUSTOMER_SUCCESS']);
  });
});

describe('translation helpers', () => {
  it.each([
    ['{name}: {value}, {status}', { name: 'Win rate', value: '27.5%', status: 'on track' }, 'Win rate: 27.5%, on track'],
    ['{count} KPIs', { count: 3 }, '3 KPIs'],
    ['keeps {unknown}', {}, 'keeps {unknown}'],
    ['no vars', undefined, 'no vars'],
  ])('interpolate(%s)', (template, vars, expected) => {
    expect(interpolate(template, vars)).toBe(expected);
  });

  it.each([
    ['en', 0, '0 rows'],
    ['en', 1, '1 row'],
    ['en', 2, '2 rows'],
    ['en', 1234, '1,234 rows'],
    ['es', 1, '1 fila'],
    ['es', 2, '2 filas'],
    ['es', 0, '0 filas'],
  ] as const)('plural(%s, %d) picks the form by the language\'s plural rules', (language, count, expected) => {
    const forms = language === 'en' ? { one: '# row', other: '# rows' } : { one: '# fila', other: '# filas' };
    expect(plural(language, count, forms)).toBe(expected);
  });

  it('reads ICU-style plural phrases in messages, with exact forms first', () => {
    const template = '{name}: {count, plural, =0 {no KPIs} one {# KPI} other {# KPIs}}';
    expect([0, 1, 3].map((count) => interpolate(template, { name: 'Sales', count }))).toEqual(['Sales: no KPIs', 'Sales: 1 KPI', 'Sales: 3 KPIs']);
    expect(interpolate('{count, plural, one {# KPI} other {# KPIs}}', {})).toBe('{count, plural, one {# KPI} other {# KPIs}}');
  });

  it.each([
    ['dashboard.kpiCount', { count: 1 }, '1 KPI', '1 KPI'],
    ['dashboard.kpiCount', { count: 2 }, '2 KPIs', '2 KPI'],
    ['observations.exportHint', { count: 1 }, 'Downloads exactly the 1 row shown', 'Descarga exactamente la 1 fila mostrada'],
    ['observations.exportHint', { count: 25 }, 'Downloads exactly the 25 rows shown', 'Descarga exactamente las 25 filas mostradas'],
    ['metric.comparisonSummary', { count: 1 }, ', comparison period 1 point', ', periodo de comparación con 1 punto'],
    ['kpi.trendLabel', { name: 'ARR', count: 1, first: '$1M', last: '$1M' }, 'ARR trend, 1 point, from $1M to $1M', 'Tendencia de ARR, 1 punto, de $1M a $1M'],
  ] as const)('%s with %j reads right in en and es', (key, vars, inEnglish, inSpanish) => {
    expect(createTranslator('en')(key, vars)).toBe(inEnglish);
    expect(createTranslator('es')(key, vars)).toBe(inSpanish);
  });

  it('every count shown with a noun goes through the plural rules (no bare count placeholder)', () => {
    const bare = [en, es].flatMap((dictionary) => Object.entries(dictionary).filter(([, text]) => /\{(count|endpoints)\}|\(s\)/.test(text)).map(([key]) => key));
    expect(bare).toEqual([]);
  });

  it('translates per language', () => {
    expect(createTranslator('en')('status.AT_RISK')).toBe('At risk');
    expect(createTranslator('es')('status.AT_RISK')).toBe('En riesgo');
  });

  it.each([
    [['es-MX', 'en'], 'es'],
    [['fr-FR', 'en-GB'], 'en'],
    [['de'], 'en'],
    [['ES'], 'es'],
    [[], 'en'],
  ] as const)('detectLanguage(%j) = %s', (prefs, expected) => {
    expect(detectLanguage(prefs)).toBe(expected);
  });
});
