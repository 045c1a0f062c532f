import { useEffect, useMemo } from 'react';
import type { GraphQLSchema } from 'graphql';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createExplorerFetcher } from '../lib/explorerFetcher';
import { graphqlWsUrl } from '../../live';

const DEFAULT_QUERY = `# OpsHub GraphQL API. The book icon (top left) opens the docs of every type and field.
# Run with Ctrl+Enter; you act as the signed-in user.

query Viewer {
  viewer {
    name
    role
    departments
  }
}
`;

/** GraphiQL on the CodeMirror editors: no web workers, no eval, nothing loaded from another origin. */
export default function Explorer({ schema }: { schema: GraphQLSchema }) {
  const fetcher = useMemo(() => createExplorerFetcher({ httpUrl: '/graphql', wsUrl: graphqlWsUrl(window.location) }), []);
  useEffect(() => () => fetcher.dispose(), [fetcher]);
  return <GraphiQL fetcher={fetcher} schema={schema} defaultQuery={DEFAULT_QUERY} />;
}
