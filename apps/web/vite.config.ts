import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const lib = (name: string) =>
  fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

// Built by scripts/build.mjs into apps/web/dist, which the API serves on its own port.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@plenary/contracts': lib('contracts'),
      '@plenary/decision-rules': lib('decision-rules'),
      '@plenary/text-history': lib('text-history'),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite apps/web` during development, with the API on :3000.
    proxy: {
      '/graphql': 'http://127.0.0.1:3000',
      '^/accords/[^/]+/export\\.(md|json|akn\\.xml)$': 'http://127.0.0.1:3000',
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
});
