/** Charts of claims: specs (pure), rendering (Plot, given a document) and their vocabulary. */
export type { ChartOptions, ChartRow, ChartSpec } from './types';
export { chartsFor } from './catalogue';
export type { ChartReference } from './catalogue';
export { CategoryIndex } from './category-groups';
export type { CategoryGroup } from './category-groups';
export { renderChart, renderSvg } from './render';
export { defaultClaimHref } from './plot';
export type { RenderOptions } from './render';
export { LOG_RATIO, logByDefault } from './scale';
export { LEGEND_TEXT, ARROW_NOTE } from './legend';
export { COLOURS } from './palette';
