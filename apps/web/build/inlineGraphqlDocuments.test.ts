import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DashboardDocument, OrganizationDocument } from '../src/gql/graphql';
import { inlineGraphqlDocuments } from './inlineGraphqlDocuments';

// import.meta.url is an http URL under jsdom; vitest gives each module its own __dirname.
const GQL = path.join(__dirname, '../src/gql');
const DASHBOARD_SOURCE = path.join(__dirname, '../src/features/dashboard/graphql/dashboard.ts');

type Hooks = { buildStart: () => void; transform: (code: string, id: string) => { code: string } | null };

function plugin(): Hooks {
  const hooks = inlineGraphqlDocuments(GQL) as unknown as Hooks;
  hooks.buildStart();
  return hooks;
}

/** The documents a transformed module builds, evaluated as the browser would (JSON.parse of each inlined literal). */
function inlined(code: string): unknown[] {
  return [...code.matchAll(/JSON\.parse\(("(?:[^"\\]|\\.)*")\)/g)].map(([, literal]) => JSON.parse(JSON.parse(literal) as string));
}

describe('inlineGraphqlDocuments', () => {
  it('puts codegen\'s parsed document where each graphql() call of a real module is', () => {
    const source = readFileSync(DASHBOARD_SOURCE, 'utf8');
    const calls = source.match(/\bgraphql\(/g)?.length ?? 0;
    const out = plugin().transform(source, DASHBOARD_SOURCE);
    expect(out).not.toBeNull();
    expect(out!.code).not.toMatch(/\bgraphql\(\s*`/);
    const documents = inlined(out!.code);
    expect(documents).toHaveLength(calls);
    expect(documents).toContainEqual(JSON.parse(JSON.stringify(DashboardDocument)));
  });

  it('inlines a call written across lines exactly as codegen parsed it', () => {
    const text = readFileSync(`${GQL}/gql.ts`, 'utf8').match(/^\s*("\\n {2}query Organization \{[^"]*"): types\.OrganizationDocument,$/m)![1];
    const out = plugin().transform(`export const Q = graphql(\n  \`${JSON.parse(text) as string}\`\n);\n`, '/app/src/x.ts');
    expect(inlined(out!.code)).toEqual([JSON.parse(JSON.stringify(OrganizationDocument))]);
  });

  it('fails the build on a document codegen has not seen, naming the module', () => {
    expect(() => plugin().transform('export const Q = graphql(`query Nope { nope }`);', '/app/src/features/x/graphql/x.ts')).toThrow(
      '/app/src/features/x/graphql/x.ts: a graphql() document codegen has not seen; run `npm run codegen`',
    );
  });

  it('leaves modules without documents, and the generated ones, alone', () => {
    const hooks = plugin();
    expect(hooks.transform('export const a = 1;', '/app/src/a.ts')).toBeNull();
    expect(hooks.transform('graphql(`query Nope { nope }`)', '/app/src/gql/gql.ts')).toBeNull();
  });
});
