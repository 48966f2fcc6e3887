// Monaco runs its language services in web workers. Vite only bundles a worker it can see as a `?worker` import in
// our own source (the dev server's dependency pre-bundling cannot), so the workers GraphiQL needs are declared
// here, from the same monaco-editor and monaco-graphql versions GraphiQL uses. Everything is served from our own
// bundle: the explorer works offline, with no CDN.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

const scope = globalThis as typeof globalThis & {
  MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
};

scope.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
