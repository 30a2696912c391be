// Builds the React renderer once; both shells (Electron's app:// protocol and the
// browser shell's HTTP server) serve the same files from dist/renderer. No source maps:
// the served build would hand out the whole source with them. `--mode test` (npm run
// test:e2e, npm run bench) keeps the test hooks in (src-renderer/test-hooks.ts); every
// other build drops them.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
