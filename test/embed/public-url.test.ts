import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { chartsFor } from '../../src/charts/catalogue';
import { embedPage, oembedResponse } from '../../src/embed/page';
import { PUBLIC_URL_VARIABLE, embedWarning, isLocalAddress } from '../../src/embed/public-url';
import { claim, reference } from '../charts/synthetic';

describe('isLocalAddress', () => {
  test.each([
    'http://localhost:4173/embed/x.html',
    'http://LOCALHOST./x',
    'http://app.localhost/x',
    'http://127.0.0.1:8080/x',
    'http://127.4.5.6/x',
    'http://0.0.0.0:4173/x',
    'http://[::1]:4173/x',
    'http://[::]/x',
    'http://10.1.2.3/x',
    'http://172.20.0.5/x',
    'http://192.168.1.10/x',
    'http://169.254.1.1/x',
    'http://[fd12:3456::1]/x',
    'http://[fe80::1]/x',
    'http://printer.local/x',
    'http://intranet/x',
    'file:///home/me/dist/embed/x.html',
    'not a url',
  ])('%s is local', (url) => {
    expect(isLocalAddress(url)).toBe(true);
  });

  test.each([
    'https://example.org/facts/embed/x.html',
    'http://news.example.com:8080/x',
    'http://8.8.8.8/x',
    'http://172.32.0.1/x',
    'http://192.169.0.1/x',
    'https://[2001:db8::1]/x',
    'https://localhost.example.org/x',
  ])('%s is public', (url) => {
    expect(isLocalAddress(url)).toBe(false);
  });
});

describe('embedWarning', () => {
  test('warns of a local address and says how to set the public URL', () => {
    const warning = embedWarning('http://localhost:4173/embed/x.html', undefined)!;
    expect(warning).toContain('localhost:4173');
    expect(warning).toContain('local address');
    expect(warning).toContain(`${PUBLIC_URL_VARIABLE}=https://`);
    expect(warning).toContain('npm run build');
  });

  test('warns when no public URL was set at build time, even on a public host', () => {
    const warning = embedWarning('https://news.example.com/facts/embed/x.html', undefined)!;
    expect(warning).toContain('https://news.example.com');
    expect(warning).toContain(PUBLIC_URL_VARIABLE);
  });

  test('says nothing when the code points at the public URL set at build time', () => {
    expect(
      embedWarning('https://example.org/facts/embed/x.html', 'https://example.org/facts/'),
    ).toBeUndefined();
    // A public URL that is itself local still warns.
    expect(embedWarning('http://127.0.0.1/embed/x.html', 'http://127.0.0.1/')).toContain(
      '127.0.0.1',
    );
  });
});

describe('oembedResponse and the discovery link', () => {
  const hostile = '</script><img src=x onerror=alert(1)> "quoted" & more';
  // A measure whose title is markup, reported two ways: it has a comparison chart.
  const claims = [
    claim('a', 'exact', { value: 40 }, { measure: 'm', subject: hostile }),
    claim('b', 'at_most', { high: 41 }, { measure: 'm', subject: hostile }),
  ];
  const spec = chartsFor(claims, reference(claims)).find((s) => s.kind === 'measure');

  test('escapes the title in the JSON and in the HTML it carries', () => {
    const text = oembedResponse({
      spec: spec!,
      src: 'https://example.org/f/embed/m.html',
      height: 333,
      providerUrl: 'https://example.org/f/',
    });
    expect(text).not.toContain('<');
    const response = JSON.parse(text) as { title: string; html: string; height: number };
    expect(response.title).toBe(hostile);
    expect(response.height).toBe(333);
    const { document } = new JSDOM(`<!doctype html><body>${response.html}</body>`).window;
    expect([...document.body.children].map((c) => c.tagName)).toEqual(['IFRAME', 'SCRIPT']);
    expect(document.querySelector('iframe')!.getAttribute('title')).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });

  test.each(['javascript:alert(1)', '../embed/m.html', 'ftp://example.org/x'])(
    'refuses a URL that is not http(s): %s',
    (src) => {
      expect(() =>
        oembedResponse({ spec: spec!, src, height: 300, providerUrl: 'https://example.org/' }),
      ).toThrow(/http\(s\)/);
    },
  );

  test('the embed page links to its oEmbed response, escaped', () => {
    const page = embedPage({
      spec: spec!,
      wideSvg: '<svg></svg>',
      narrowSvg: '<svg></svg>',
      dashboardChart: 'https://example.org/f/#/charts/m',
      dataVersion: '1',
      compiled: '2026-01-01',
      script: '../assets/embed.js',
      oembed: 'https://example.org/f/embed/m.oembed.json?a=1&b="2"',
    });
    const { document } = new JSDOM(page).window;
    const links = document.querySelectorAll('link[type="application/json+oembed"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(
      'https://example.org/f/embed/m.oembed.json?a=1&b="2"',
    );
    expect(links[0]!.getAttribute('title')).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});
