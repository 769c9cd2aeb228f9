/** The claim model: one module for the CLI and the dashboard (no node:, no DOM). */
export type { Claim, Measure, Source } from './claim';
export { statedNumbers } from './claim';
export * from './schema';
export type { Problem, ProblemCode } from './problem';
export { formatProblem, sortProblems } from './problem';
export { checkDataset } from './check/dataset';
export type { Dataset, DatasetInput, FileContent } from './check/dataset';
export { parseCsv } from './csv/parse';
export { writeCsv, neutraliseFormula } from './csv/write';
export { isHttpUrl, safeHref } from './url';
