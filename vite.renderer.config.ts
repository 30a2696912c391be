// Builds the React renderer once; both shells (Electron's app:// protocol and the
// browser shell's HTTP server) serve the same files from dist/renderer. No source maps:
// the served build would hand out the whole source with them. `--mode test` (npm run
// test:e2e, npm run bench) keeps the test hooks in (src-renderer/test-hooks.ts); every
// other build drops them. The reminder service worker is a second entry, written to a
// fixed name at the top (reminder-worker.js): its scope is the folder it is served from,
// and the page registers it by that name.
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
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src-renderer/index.html', import.meta.url)),
        'reminder-worker': fileURLToPath(
          new URL('./src-renderer/reminders/reminder-worker.ts', import.meta.url),
        ),
      },
      output: {
        entryFileNames: (chunk) =>
          chunk.name === 'reminder-worker' ? 'reminder-worker.js' : 'assets/[name]-[hash].js',
      },
    },
  },
});
