import type { Article } from './split-articles';

/** Why an input holds no article that can be ingested, and where (1-based line, when known). */
export class ArticleReadError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ArticleReadError';
  }
}

/** What a reader found: the articles, and what it left out of them (one line each). */
export interface ArticlesRead {
  articles: Article[];
  warnings: string[];
}
