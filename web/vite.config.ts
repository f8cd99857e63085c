/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// Preact JSX goes through esbuild's automatic runtime; no framework plugin is needed.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The server's CSP forbids inline scripts and styles; keep every asset a separate file.
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev` proxies the API to a locally running `verbatim serve`.
    proxy: { '/api': process.env.VERBATIM_URL ?? 'http://127.0.0.1:8080' },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    setupFiles: ['src/test/setup.ts'],
  },
});
