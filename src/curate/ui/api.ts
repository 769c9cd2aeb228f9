/**
 * The workbench's calls to its server. The per-run token comes from the URL's
 * fragment (which the browser never sends) and goes in a header, which a page
 * from another site cannot set without the server's consent.
 */
import type { FieldProblem } from '../../model/check/new-row';
import type { MeasureSuggestion } from '../measures';
import type { ArticleSummary, ArticleView } from '../workspace/workspace';

export type { ArticleSummary, ArticleView, CandidateView } from '../workspace/workspace';

const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';

export interface QueueState {
  dir: string;
  /** The articles counted so far with candidates left. */
  articles: ArticleSummary[];
  left: number;
  /** Articles whose candidates the server is still counting. */
  uncounted: number;
}

export interface DecisionReply extends QueueState {
  decision: { kind: 'accept' | 'skip'; key: string; id?: string };
}

export interface IngestReply extends QueueState {
  ids: string[];
  added: number;
  unchanged: number;
  warnings: string[];
}

/** A refusal from the server: the checker's problems, or a file changed on disk. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly problems: FieldProblem[],
    readonly conflict: boolean,
  ) {
    super(message);
  }
}

async function call<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'X-Claims-Token': token, 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const data = (await response.json()) as T & {
    error?: string;
    problems?: FieldProblem[];
    conflict?: boolean;
  };
  if (!response.ok) {
    throw new ApiError(data.error ?? response.statusText, data.problems ?? [], !!data.conflict);
  }
  return data;
}

export const api = {
  hasToken: token !== '',
  queue: () => call<QueueState>('/api/queue'),
  article: (id: string) => call<ArticleView>(`/api/article?id=${encodeURIComponent(id)}`),
  measures: (query: { subject: string; unit: string; category: string }) =>
    call<MeasureSuggestion[]>(`/api/measures?${new URLSearchParams(query)}`),
  accept: (key: string, edits: Record<string, string>) =>
    call<DecisionReply>('/api/accept', { key, edits }),
  skip: (key: string, kind: string, reason: string) =>
    call<DecisionReply>('/api/skip', { key, kind, reason }),
  undo: () => call<DecisionReply>('/api/undo', {}),
  ingest: (name: string, text: string) => call<IngestReply>('/api/ingest', { name, text }),
  reload: () => call<QueueState>('/api/reload', {}),
};
