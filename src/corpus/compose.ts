/**
 * An article record from a headline and a body read out of a web page or a
 * feed: the text opens with the headline as its own paragraph, as every
 * source text does (a headline counts as a sentence), and a dateline opening
 * the body gives the place and the publisher.
 */
import { isCalendarDate } from '../model/check/values';
import { isHttpUrl } from '../model/url';
import type { Article } from './split-articles';
import { readDateline } from './split-articles';

export interface ArticleFields {
  title: string;
  body: string;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  credits?: string | undefined;
}

/** One line per field left out; `where` names the input in the message. */
export function composeArticle(fields: ArticleFields, where: string, warnings: string[]): Article {
  const title = fields.title.replace(/\s+/g, ' ').trim();
  const body = fields.body.replace(/^\s+|\s+$/g, '');
  const text = body.startsWith(title) ? body : `${title}\n\n${body}`;
  const opening = body.split('\n', 1)[0] ?? '';
  const dateline = readDateline(opening);
  let url = fields.url?.trim() ?? '';
  if (url !== '' && !isHttpUrl(url)) {
    warnings.push(`${where}: url "${clip(url)}" is not an http or https address; left empty`);
    url = '';
  }
  let published = publicationDate(fields.published ?? '');
  if (published === undefined) {
    warnings.push(
      `${where}: published "${clip(fields.published ?? '')}" is not a date; left empty`,
    );
    published = '';
  }
  return {
    text,
    offset: 0,
    title,
    dateline: dateline?.dateline ?? '',
    publisher: (fields.publisher ?? '').trim() || dateline?.publisher || '',
    credits: (fields.credits ?? '').replace(/\s+/g, ' ').trim(),
    published,
    url,
  };
}

/**
 * The calendar date an ISO date or date-time starts with ('' when none is
 * given; undefined when it is no date). "2016-02-19T23:30:00-05:00" is the
 * 19th: the date as the publisher wrote it, not moved to another time zone.
 */
export function publicationDate(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return '';
  const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(trimmed)?.[1];
  return date !== undefined && isCalendarDate(date) ? date : undefined;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
