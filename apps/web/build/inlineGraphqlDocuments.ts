import { readFileSync } from 'node:fs';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** `graphql(` followed by a template literal with no `${…}`: how every document in `src` is written. */
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;

/**
 * Puts each GraphQL document, already parsed by codegen, where its `graphql(`…`)` call is, in production builds.
 *
 * The client preset's `graphql()` looks documents up in one map of all of them (`src/gql/gql.ts` → `graphql.ts`), so the
 * first load carried every page's documents: a quarter of its JavaScript. Inlined, a document travels in the chunk
 * of the page that uses it. Tests and the dev server keep the map (the plugin applies to builds only); a call whose
 * text codegen has not seen fails the build, as a stale `src/gql` would fail at run time.
 */
export function inlineGraphqlDocuments(gqlDir: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'opshub:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const parsed = new Map<string, string>();
      // graphql.ts: one line per document, `export const XDocument = {…json…} as unknown as DocumentNode<…>;`.
      for (const [, name, json] of readFileSync(`${gqlDir}/graphql.ts`, 'utf8').matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) {
        parsed.set(name, json);
      }
      // gql.ts: the map from each call's text (a JSON string) to its document's name.
      const map = readFileSync(`${gqlDir}/gql.ts`, 'utf8').match(/^const documents: Documents = \{\n([\s\S]*?)\n\};$/m);
      if (!map) throw new Error(`${gqlDir}/gql.ts has no documents map: has codegen's output changed shape?`);
      documents = new Map();
      for (const [, source, name] of map[1].matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
        const json = parsed.get(name);
        if (!json) throw new Error(`${gqlDir}/graphql.ts has no ${name}`);
        documents.set(JSON.parse(source) as string, json);
      }
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(')) return null;
      const out = new MagicString(code);
      for (const call of code.matchAll(CALL)) {
        const source = call[1];
        if (source.includes('\\') || source.includes('${')) throw new Error(`${id}: a graphql() document with an escape or \${…} cannot be inlined`);
        const json = documents.get(source);
        if (!json) throw new Error(`${id}: a graphql() document codegen has not seen; run \`npm run codegen\``);
        out.overwrite(call.index, call.index + call[0].length, `JSON.parse(${JSON.stringify(json)})`);
      }
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
