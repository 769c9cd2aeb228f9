/**
 * JSON Lines as news APIs and feeds deliver them: one article per line, an
 * object with `title` and `text`, and optionally `url`, `published`,
 * `publisher` and `credits`. A line that is not such an object stops the
 * read, naming the line; a field that is present but unusable (a url that is
 * not http or https, a date that is not one) is left empty with a warning.
 */
import { composeArticle } from './compose';
import { ArticleReadError } from './read-error';
import type { ArticlesRead } from './read-error';
import type { Article } from './split-articles';

const OPTIONAL = ['url', 'published', 'publisher', 'credits'] as const;

export function readJsonLines(input: string, where: string): ArticlesRead {
  const articles: Article[] = [];
  const warnings: string[] = [];
  const lines = input.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new ArticleReadError(`not JSON: ${(e as Error).message}`, line);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ArticleReadError('each line must be a JSON object with "title" and "text"', line);
    }
    const record = data as Record<string, unknown>;
    for (const field of ['title', 'text'] as const) {
      if (typeof record[field] !== 'string' || (record[field] as string).trim() === '') {
        throw new ArticleReadError(`"${field}" is missing: a non-empty string is required`, line);
      }
    }
    const optional: Partial<Record<(typeof OPTIONAL)[number], string>> = {};
    for (const field of OPTIONAL) {
      const value = record[field];
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string') {
        throw new ArticleReadError(`"${field}" must be a string`, line);
      }
      optional[field] = value;
    }
    articles.push(
      composeArticle(
        { title: record.title as string, body: record.text as string, ...optional },
        `${where}:${line}`,
        warnings,
      ),
    );
  });
  if (articles.length === 0) throw new ArticleReadError('no articles found');
  return { articles, warnings };
}
