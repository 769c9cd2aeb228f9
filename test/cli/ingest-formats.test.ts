import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { parseCsv } from '../../src/model/csv/parse';
import { runCli } from '../support/cli';

const PAGE = 'test/fixtures/pages/aid-convoy.html';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-ingest-formats-'));
});

const out = () => join(dir, 'out');
const sourcesRows = () => {
  const [header, ...rows] = parseCsv(readFileSync(join(out(), 'sources.csv'), 'utf8')).rows;
  return rows.map((r) => Object.fromEntries(header!.values.map((h, i) => [h, r.values[i]])));
};
const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ARTICLE_BODY = `<article><h1>Talks stall over aid to Deir al-Zor</h1>
<p>GENEVA (Reuters) – Talks stalled on Friday over how to deliver aid to 200,000 people in Deir al-Zor, officials said.</p>
<p>Diplomats said the next round could start within two weeks, but nobody expected progress before March.</p>
<p>The U.N. said it had asked for access to the city more than 30 times this year without success.</p>
<p>Aid agencies said food stocks in the government-held districts would last for about two months, and that the price of bread had tripled since the siege began last year.</p>
<p>The Syrian government did not respond to a request for comment on the talks or on the conditions in the city.</p></article>`;

async function ingestFile(name: string, content: string) {
  const file = join(dir, name);
  writeFileSync(file, content);
  return runCli('ingest', file, '--out', out());
}

describe('claims ingest of a saved web page', () => {
  test('reads the article text without navigation, ads, comments or scripts', async () => {
    const run = await runCli('ingest', PAGE, '--out', out());
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const [name] = readdirSync(join(out(), 'sources'));
    const text = readFileSync(join(out(), 'sources', name!), 'utf8');
    expect(text.split('\n\n')[0]).toBe('U.N. convoy of 44 trucks reaches besieged town of Madaya');
    expect(text).toContain(
      'BEIRUT (Example News) – A convoy of 44 trucks carrying food and medicine reached the besieged Syrian town of Madaya on Thursday, the United Nations said.',
    );
    expect(text).toContain('for more than six months');
    for (const junk of [
      'Subscribe',
      'Advertisement',
      '1000 free followers',
      'alert(',
      'tracker',
      '©',
    ])
      expect(text).not.toContain(junk);
  });

  test('fills title, credits, published, url and publisher from the page', async () => {
    await runCli('ingest', PAGE, '--out', out());
    expect(sourcesRows()).toEqual([
      {
        id: 'un-convoy-of-44-trucks-reaches-besieged-town-of',
        title: 'U.N. convoy of 44 trucks reaches besieged town of Madaya',
        publisher: 'The Example Courier',
        dateline: 'BEIRUT',
        published: '2016-01-14',
        url: 'https://courier.example.org/world/2016/01/14/madaya-convoy',
        credits: 'By Jane Example and Omar Writer',
      },
    ]);
    expect((await runCli('check', out())).code).toBe(1); // no claims.csv yet: only that is missing
  });

  test('ingesting the same page again changes nothing', async () => {
    await runCli('ingest', PAGE, '--out', out());
    const csv = join(out(), 'sources.csv');
    const before = statSync(csv).mtimeMs;
    const again = await runCli('ingest', PAGE, '--out', out());
    expect(again.out).toContain('0 added, 0 updated, 1 unchanged');
    expect(statSync(csv).mtimeMs).toBe(before);
  });

  test('takes the date from JSON-LD, then from <time datetime>, the publisher from JSON-LD', async () => {
    await ingestFile(
      'ld.html',
      page(
        `<title>Talks stall</title><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2016-02-19T09:00:00Z","publisher":{"@type":"Organization","name":"Wire Service"}}]}</script>`,
        ARTICLE_BODY,
      ),
    );
    expect(sourcesRows()[0]).toMatchObject({ published: '2016-02-19', publisher: 'Wire Service' });
    await ingestFile(
      'time.html',
      page(
        '<title>Other</title>',
        `<time datetime="2016-03-01">March 1</time>${ARTICLE_BODY.replace('Talks stall', 'Talks resume')}`,
      ),
    );
    expect(sourcesRows()[1]).toMatchObject({
      title: 'Talks resume over aid to Deir al-Zor',
      published: '2016-03-01',
    });
  });

  test('a javascript: canonical URL is left out with a warning; og:url stands in only when http(s)', async () => {
    const run = await ingestFile(
      'hostile.html',
      page(
        '<title>x</title><link rel="canonical" href="javascript:alert(document.cookie)"><meta property="og:url" content="data:text/html,hi">',
        ARTICLE_BODY,
      ),
    );
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'url "javascript:alert(document.cookie)" is not an http or https address',
    );
    expect(sourcesRows()[0]!.url).toBe('');
  });

  test('a page with missing metadata gets empty fields, never guessed ones', async () => {
    const run = await ingestFile('bare.html', page('', ARTICLE_BODY));
    expect(run.code).toBe(0);
    expect(sourcesRows()[0]).toMatchObject({
      title: 'Talks stall over aid to Deir al-Zor',
      published: '',
      url: '',
      credits: '',
      publisher: 'Reuters',
    });
  });

  test('a page with no article says so, and writes nothing', async () => {
    const run = await ingestFile(
      'empty.html',
      page('<title>Nothing</title>', '<nav><a href="/">Home</a></nav><script>1</script>'),
    );
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/empty\.html: no article text found in the page; nothing was written$/);
    expect(readdirSync(dir)).toEqual(['empty.html']);
  });

  test(
    'a 10 MB page, mostly scripts and markup around a short article, is read',
    { timeout: 60_000 },
    async () => {
      const junk = `<script>var blob = "${'x'.repeat(1_000_000)}";</script>`.repeat(6);
      const links = Array.from(
        { length: 40_000 },
        (_, i) => `<li><a href="/t/${i}">Topic ${i}</a></li>`,
      ).join('');
      const html = page(
        `<title>Talks stall</title>${junk}`,
        `<nav><ul>${links}</ul></nav>${ARTICLE_BODY}`,
      );
      expect(html.length).toBeGreaterThan(7_000_000);
      const run = await ingestFile('big.html', html);
      expect(run.err).toBe('');
      const [name] = readdirSync(join(out(), 'sources'));
      const text = readFileSync(join(out(), 'sources', name!), 'utf8');
      expect(text).toContain('200,000 people in Deir al-Zor');
      expect(text.length).toBeLessThan(2000);
    },
  );

  test(
    'a page of thousands of nested wrappers is refused with a clear message',
    { timeout: 30_000 },
    async () => {
      const block = (i: number) =>
        `${'<div>'.repeat(60)}<p>Block ${i} says 12 people.</p>${'</div>'.repeat(60)}`;
      const html = page(
        '<title>Deep</title>',
        Array.from({ length: 2000 }, (_, i) => block(i)).join(''),
      );
      const run = await ingestFile('deep.html', html);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(
        /deep\.html: the page nests its elements too deeply to read .*nothing was written$/,
      );
    },
  );
});

describe('claims ingest of JSON Lines', () => {
  const line = (o: object) => JSON.stringify(o);

  test('stores one article per line with its fields', async () => {
    const run = await ingestFile(
      'feed.jsonl',
      [
        line({
          title: 'Oil output falls',
          text: 'TRIPOLI (Reuters) – Output fell to 300,000 bpd, officials said.',
          url: 'https://example.org/oil',
          published: '2016-02-19T10:00:00Z',
          publisher: 'Reuters',
          credits: '(Writing by A. Reporter)',
        }),
        '',
        line({
          title: 'Aid reaches Madaya',
          text: 'Aid reaches Madaya\n\nForty-four trucks arrived on Thursday.',
        }),
      ].join('\n'),
    );
    expect(run.err).toBe('');
    expect(sourcesRows()).toEqual([
      {
        id: 'oil-output-falls',
        title: 'Oil output falls',
        publisher: 'Reuters',
        dateline: 'TRIPOLI',
        published: '2016-02-19',
        url: 'https://example.org/oil',
        credits: '(Writing by A. Reporter)',
      },
      {
        id: 'aid-reaches-madaya',
        title: 'Aid reaches Madaya',
        publisher: '',
        dateline: '',
        published: '',
        url: '',
        credits: '',
      },
    ]);
    expect(readFileSync(join(out(), 'sources', 'oil-output-falls.txt'), 'utf8')).toBe(
      'Oil output falls\n\nTRIPOLI (Reuters) – Output fell to 300,000 bpd, officials said.',
    );
    // A text that already opens with its headline is kept as it is.
    expect(readFileSync(join(out(), 'sources', 'aid-reaches-madaya.txt'), 'utf8')).toBe(
      'Aid reaches Madaya\n\nForty-four trucks arrived on Thursday.',
    );
  });

  test.each([
    ['{"title": "x", "text": ', /feed\.jsonl:1: not JSON/],
    ['["an", "array"]', /feed\.jsonl:1: each line must be a JSON object/],
    ['{"title": "No text"}', /feed\.jsonl:1: "text" is missing/],
    ['{"text": "No title"}', /feed\.jsonl:1: "title" is missing/],
    ['{"title": "t", "text": "x", "url": 5}', /feed\.jsonl:1: "url" must be a string/],
    ['', /feed\.jsonl: no articles found/],
  ])('a bad line (%s) is named and nothing is written', async (content, message) => {
    const run = await ingestFile('feed.jsonl', `${content}\n`);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(readdirSync(dir)).toEqual(['feed.jsonl']);
  });

  test('an unusable url or date is left empty with a warning naming the line', async () => {
    const run = await ingestFile(
      'feed.jsonl',
      `${line({ title: 'A', text: 'One.' })}\n${line({ title: 'B', text: 'Two.', url: 'javascript:alert(1)', published: 'last Tuesday' })}\n`,
    );
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      'feed.jsonl:2: url "javascript:alert(1)" is not an http or https address; left empty',
    );
    expect(run.err).toContain('feed.jsonl:2: published "last Tuesday" is not a date; left empty');
    expect(sourcesRows()[1]).toMatchObject({ url: '', published: '' });
  });
});
