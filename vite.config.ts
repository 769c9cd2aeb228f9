import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { claimsSite } from './src/build/claims-site.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any host and any sub-path.
  base: './',
  // CLAIMS_DIR (default claims) lets the bench and tests build another folder; it
  // must be inside the project, which the build checks.
  plugins: [svelte(), ...claimsSite({ dir: process.env.CLAIMS_DIR || 'claims' })],
  build: {
    rollupOptions: {
      // The dashboard, and the small script of the chart embed pages.
      input: { main: 'index.html', embed: 'src/embed/client/embed.ts' },
    },
  },
  preview: {
    port: Number(process.env.PORT) || 4173,
    strictPort: true,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/components/**', 'test/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/components/**/*.test.ts'],
        },
        resolve: { conditions: ['browser'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          // One Chromium at a time: this machine has two cores.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
