/** Charts of claims: specs (pure), rendering (Plot, given a document) and their vocabulary. */
export type { ChartOptions, ChartRow, ChartSpec } from './types';
export { chartsFor } from './catalogue';
export type { ChartReference } from './catalogue';
export { renderSvg } from './render';
export { chartFrame } from './frame';
export type { ChartMedium } from './frame';
export { defaultClaimHref } from './plot';
export { logByDefault } from './scale';
