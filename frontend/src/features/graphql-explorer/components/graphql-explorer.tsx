// Monaco's workers must be set up before any editor exists.
import '@/features/graphql-explorer/components/monaco-workers';
import 'graphiql/style.css';
import type { Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { explorerFetch } from '@/lib/graphql-client';

const fetcher: Fetcher = (params) => explorerFetch(params) as ReturnType<Fetcher>;

const initialQuery = `# The staff GraphQL API, as the signed-in user.
query WhoAmI {
  me {
    name
    email
    roles
  }
}
`;

/** GraphiQL against /graphql with the in-memory access token. Loaded as its own chunk (Monaco is large). */
export default function GraphqlExplorer() {
  return (
    <div style={{ height: 'calc(100vh - 160px)', minHeight: 480 }}>
      <GraphiQL fetcher={fetcher} defaultQuery={initialQuery} />
    </div>
  );
}
