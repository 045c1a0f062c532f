/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineGraphqlDocuments } from './build/inlineGraphqlDocuments';

const api = process.env.OPSHUB_API ?? 'http://localhost:4000';
// The server accepts WebSockets from its own origin only; through the proxy the page's origin is the dev server's.
const graphqlProxy = { target: api, changeOrigin: true, ws: true, headers: { origin: new URL(api).origin } };
const metricsSrc = fileURLToPath(new URL('../../packages/metrics/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [inlineGraphqlDocuments(fileURLToPath(new URL('./src/gql', import.meta.url))), react()],
  resolve: {
    alias: { '@opshub/metrics': metricsSrc },
    // react-apexcharts/core and apexcharts/<type> must share one ApexCharts instance.
    dedupe: ['apexcharts', 'react', 'react-dom'],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': graphqlProxy,
      '/healthz': { target: api, changeOrigin: true },
      // File imports (multipart uploads, progress, rejected rows) are HTTP routes beside GraphQL.
      '/api': { target: api, changeOrigin: true },
    },
  },
  preview: {
    proxy: {
      '/graphql': graphqlProxy,
      '/healthz': { target: api, changeOrigin: true },
      // File imports (multipart uploads, progress, rejected rows) are HTTP routes beside GraphQL.
      '/api': { target: api, changeOrigin: true },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    // The API explorer is a page of its own, so the dashboards' bundle carries none of it.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('./explorer.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Tests wait for events; these limits only stop a hang, and a shared, loaded machine is slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
