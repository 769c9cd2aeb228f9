/**
 * The dashboard's addresses for a claim, an article and a chart: URL
 * fragments, so they work on any host and sub-path. One definition for the
 * app's router, the charts' mark links and the exported SVGs and embeds.
 */
export function claimHref(id: string): string {
  return `#/claims/${encodeURIComponent(id)}`;
}

export function sourceHref(id: string): string {
  return `#/sources/${encodeURIComponent(id)}`;
}

export function chartHref(id: string): string {
  return `#/charts/${encodeURIComponent(id)}`;
}
