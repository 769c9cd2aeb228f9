/**
 * A saved web page as an article: its text through Mozilla's Readability (the
 * engine of Firefox's reader view) without navigation, ads or comments, and
 * its title, byline, date, address and publisher from the page's metadata.
 * linkedom gives Readability a DOM: it never runs the page's scripts or
 * fetches anything.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { composeArticle } from './compose';
import { ArticleReadError } from './read-error';
import type { ArticlesRead } from './read-error';

/**
 * Readability's work grows with the sum over elements of their depth (each
 * element's text is read once per ancestor it is scored for). Real article
 * pages stay far below this; pages of thousands of nested wrappers, which
 * would keep Readability busy for minutes, are refused.
 */
const MAX_NESTING_WORK = 1_500_000;

/** Fewer characters than this is a menu or a caption, not an article. */
const MIN_TEXT = 80;

/**
 * Never part of an article's text; dropped before Readability runs, which
 * would otherwise score every one of a page's thousands of menu links.
 */
const NOT_TEXT =
  'script, style, noscript, template, nav, aside, svg, math, iframe, object, embed, canvas, video, audio, button, select, input, textarea';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'.split(
    ' ',
  ),
);

export function readHtml(html: string, where: string): ArticlesRead {
  const { document } = parseHTML(html);
  const meta = readMetadata(document);
  for (const element of document.querySelectorAll(NOT_TEXT)) element.remove();
  const work = nestingWork(document.documentElement);
  if (work > MAX_NESTING_WORK) {
    throw new ArticleReadError(
      `the page nests its elements too deeply to read (${work} element-ancestor pairs, at most ${MAX_NESTING_WORK}); save the article as text or JSON Lines instead`,
    );
  }
  // Readability changes the document it reads; the metadata was read first.
  const article = new Readability(document as unknown as Document, {
    serializer: (element: Node) => element,
  }).parse();
  const content = article?.content as unknown as Element | null | undefined;
  const body = content ? paragraphs(content) : '';
  // Readability settles for a menu or a footer when a page has no article.
  const enough = (article?.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_TEXT;
  const headline = meta.title || article?.title?.replace(/\s+/g, ' ').trim() || meta.heading;
  if (!enough || headline === '') {
    throw new ArticleReadError(
      headline === '' ? 'the page has no title' : 'no article text found in the page',
    );
  }
  const warnings: string[] = [];
  const composed = composeArticle(
    {
      title: headline,
      body,
      publisher: meta.publisher,
      published: meta.published,
      url: meta.url,
      credits: article?.byline ?? meta.author,
    },
    where,
    warnings,
  );
  return { articles: [composed], warnings };
}

interface PageMetadata {
  /** og:title, the page's own headline for sharing. */
  title: string;
  /** The first h1, else the <title>: when neither og:title nor Readability gives one. */
  heading: string;
  author: string;
  published: string;
  url: string;
  publisher: string;
}

function readMetadata(document: Document): PageMetadata {
  const metaContent = (selector: string): string =>
    document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
  const ld = linkedData(document);
  return {
    title: metaContent('meta[property="og:title"]'),
    heading:
      document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ||
      document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() ||
      '',
    author: metaContent('meta[name="author"]'),
    published:
      metaContent('meta[property="article:published_time"]') ||
      ld.datePublished ||
      document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ||
      '',
    url:
      document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim() ||
      metaContent('meta[property="og:url"]'),
    publisher: metaContent('meta[property="og:site_name"]') || ld.publisher,
  };
}

/** datePublished and the publisher's name from the page's JSON-LD, where it gives them as text. */
function linkedData(document: Document): { datePublished: string; publisher: string } {
  const found = { datePublished: '', publisher: '' };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD says nothing
    }
    const pending: unknown[] = [data];
    for (let seen = 0; pending.length > 0 && seen < 10_000; seen++) {
      const item = pending.pop();
      if (Array.isArray(item)) pending.push(...item.slice(0, 1000));
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const record = item as Record<string, unknown>;
      if (!found.datePublished && typeof record.datePublished === 'string') {
        found.datePublished = record.datePublished;
      }
      const publisher = record.publisher;
      if (!found.publisher && typeof publisher === 'string') found.publisher = publisher;
      if (!found.publisher && typeof publisher === 'object' && publisher !== null) {
        const name = (publisher as Record<string, unknown>).name;
        if (typeof name === 'string') found.publisher = name.trim();
      }
      if (record['@graph'] !== undefined) pending.push(record['@graph']);
    }
  }
  return found;
}

/** Sum over elements of their depth, in one pass without recursion. */
function nestingWork(root: Element): number {
  let work = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    work += depth;
    if (work > MAX_NESTING_WORK) return work;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return work;
}

/**
 * The text of the article's content: one paragraph per block element, runs
 * of spaces and line breaks inside it made one space (the page's layout, not
 * its words), every other character kept as it is.
 */
function paragraphs(content: Element): string {
  const out: string[] = [];
  let current = '';
  const close = (): void => {
    const paragraph = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (paragraph !== '') out.push(paragraph);
    current = '';
  };
  const stack: (Node | 'close')[] = [content];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close') {
      close();
      continue;
    }
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const block = BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) {
      close();
      stack.push('close');
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  close();
  return out.join('\n\n');
}
