import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The web console: built to dist/console, served by the gateway (and by `npm start`). */
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    // `vite` alone: the console with hot reload, the API from a running gateway or `npm start`.
    proxy: { '/api': process.env.CONSOLE_API_URL ?? 'http://localhost:3000', '/health': process.env.CONSOLE_API_URL ?? 'http://localhost:3000' },
  },
});
