/**
 * Articles from any input `claims ingest` takes, by the input's name: a saved
 * web page (`.html`, `.htm`), JSON Lines (`.jsonl`), or text of concatenated
 * articles (anything else). Every reader gives the same article records, so
 * one write path stores them all.
 */
import { ArticleReadError } from './read-error';
import type { ArticlesRead } from './read-error';
import { readHtml } from './read-html';
import { readJsonLines } from './read-jsonl';
import { splitArticles } from './split-articles';

export type ArticleFormat = 'html' | 'jsonl' | 'text';

export function formatOf(name: string): ArticleFormat {
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.jsonl$/i.test(name)) return 'jsonl';
  return 'text';
}

export function readArticles(name: string, text: string, format = formatOf(name)): ArticlesRead {
  if (format === 'html') return readHtml(text, name);
  if (format === 'jsonl') return readJsonLines(text, name);
  const articles = splitArticles(text);
  if (articles.length === 0) throw new ArticleReadError('no articles found');
  return { articles, warnings: [] };
}
