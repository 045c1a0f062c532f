import { describe, expect, it } from 'vitest';
import { en } from './en';
import { es } from './es';
import { createTranslator, detectLanguage, interpolate } from './dictionaries';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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
    // Brand names, language names and pure placeholders may legitimately be identical.
    expect(same.length).toBeLessThan(12);
    expect(es['state.empty']).toBe('No hay datos en este periodo');
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
