/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import type { Connect, Plugin } from 'vite';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.VORDA_BACKEND_URL ?? 'http://localhost:8080';

/**
 * In production the backend serves /portal/** with portal.html and /field/** with field.html. The dev and preview
 * servers only know index.html as fallback, so this rewrites those deep links to their own entry page.
 */
function entryPagesFallback(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    const url = req.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (!isFile && (path === '/portal' || path.startsWith('/portal/'))) req.url = '/portal.html';
    else if (!isFile && (path === '/field' || path.startsWith('/field/'))) req.url = '/field.html';
    next();
  };
  return {
    name: 'vorda-entry-pages-fallback',
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}

const proxy = {
  '/graphql': backend,
  '/api': backend,
  '/api-docs': backend,
  '/health': backend,
};

export default defineConfig({
  base: '/',
  plugins: [react(), entryPagesFallback()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { proxy },
  preview: { proxy },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    // Only the lazily loaded GraphQL explorer (Monaco) is this large; the entry bundles stay far below it.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      onwarn(warning, warn) {
        // graphiql's React-compiler output carries "use no memo" directives; dropping them when bundling is harmless.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        staff: fileURLToPath(new URL('./index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./portal.html', import.meta.url)),
        field: fileURLToPath(new URL('./field.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
