import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Relative base so the static build works from any folder of any static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { sourcemap: true, chunkSizeWarningLimit: 800 },
  test: {
    include: ['mocks/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Two cores on this machine and in CI.
    maxWorkers: 2,
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
