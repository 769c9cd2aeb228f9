/**
 * The build's plugins for the claims folder, sharing one load and check of
 * it (site-data.ts): the published data, the chart embeds and the
 * prerendered fact sheet. The data is released once the bundle is written.
 */
import type { Plugin } from 'vite';
import { claimsData } from './claims-data-plugin';
import { chartEmbeds } from './embeds-plugin';
import { prerenderFactSheet } from './prerender-plugin';
import { SiteSource } from './site-data';

export function claimsSite(options: { dir: string }): Plugin[] {
  const site = new SiteSource(options.dir);
  return [
    claimsData(site),
    chartEmbeds(site),
    prerenderFactSheet(site),
    {
      name: 'claims-site-release',
      closeBundle() {
        site.release();
      },
    },
  ];
}
