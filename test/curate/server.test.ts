import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startWorkbench } from '../../src/curate/server/server';
import type { Workbench } from '../../src/curate/server/server';
import { curationFolder, NEW_ID } from './folder';

let dir: string;
let workbench: Workbench;

beforeEach(async () => {
  dir = await curationFolder();
  const ui = mkdtempSync(join(tmpdir(), 'claims-ui-'));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>workbench</title>');
  workbench = await startWorkbench({ dir, port: 0, ui });
});
afterEach(async () => {
  await workbench.close();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so Host and Origin can be anything a hostile page could send. */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: workbench.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${workbench.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const withToken = (extra: Record<string, string> = {}) => ({
  'X-Claims-Token': workbench.token,
  'Content-Type': 'application/json',
  ...extra,
});

describe('the workbench server', () => {
  test('prints a loopback URL that carries the token after #', () => {
    expect(workbench.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{32}$/);
    expect(workbench.url).toContain(workbench.token);
  });

  test('serves the page with headers that forbid framing and outside scripts', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  test('the API needs the token', async () => {
    expect((await call('/api/queue')).status).toBe(403);
    expect((await call('/api/queue', { headers: { 'X-Claims-Token': 'guess' } })).status).toBe(403);
    await workbench.counted;
    const queue = await call('/api/queue', { headers: withToken() });
    expect(queue.status).toBe(200);
    expect(JSON.parse(queue.body)).toMatchObject({
      articles: [{ id: NEW_ID, title: expect.any(String), left: 4 }],
      left: 4,
      uncounted: 0,
    });
  });

  test.each([
    ['a rebinding host name', { Host: 'attacker.example:80' }],
    ['another port', { Host: '127.0.0.1:1' }],
    ['another site’s page', { Origin: 'https://attacker.example' }],
    ['a null origin (sandboxed frame, file page)', { Origin: 'null' }],
    ['a cross-site fetch', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s, even with the token, and writes nothing', async (_, headers) => {
    const before = readFileSync(join(dir, 'skipped.csv'), 'utf8');
    const reply = await call('/api/skip', {
      method: 'POST',
      headers: withToken(headers),
      body: JSON.stringify({ key: `${NEW_ID}/s4/five days`, kind: 'not_a_claim', reason: 'x' }),
    });
    expect(reply.status).toBe(403);
    expect(readFileSync(join(dir, 'skipped.csv'), 'utf8')).toBe(before);
  });

  test('refuses a form post (not JSON), the kind another site could send', async () => {
    const reply = await call('/api/skip', {
      method: 'POST',
      headers: {
        'X-Claims-Token': workbench.token,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'key=x',
    });
    expect(reply.status).toBe(403);
  });

  test('accepts from its own page, and refuses with the checker’s problems by field', async () => {
    const origin = { Origin: `http://127.0.0.1:${workbench.port}` };
    const key = `${NEW_ID}/s3/at least 28 people`;
    const refused = await call('/api/accept', {
      method: 'POST',
      headers: withToken(origin),
      body: JSON.stringify({ key, edits: { qualifier: 'exact' } }),
    });
    expect(refused.status).toBe(422);
    const problems = JSON.parse(refused.body).problems as { field: string; code: string }[];
    expect(problems.map((p) => [p.field, p.code])).toContainEqual([
      'qualifier',
      'qualifier-mismatch',
    ]);
    const accepted = await call('/api/accept', {
      method: 'POST',
      headers: withToken(origin),
      body: JSON.stringify({ key, edits: { subject: 'People who died of hunger in Madaya' } }),
    });
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.body).left).toBe(3);
  });

  test('a conflict with a file edited on disk is a 409', async () => {
    writeFileSync(
      join(dir, 'claims.csv'),
      `${readFileSync(join(dir, 'claims.csv'), 'utf8')}`.replace('Headline.', 'Edited.'),
    );
    const reply = await call('/api/accept', {
      method: 'POST',
      headers: withToken(),
      body: JSON.stringify({ key: `${NEW_ID}/s3/at least 28 people` }),
    });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body).conflict).toBe(true);
  });

  test('an article pasted under a hostile name is stored inside the folder only', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'claims-outside-'));
    const reply = await call('/api/ingest', {
      method: 'POST',
      headers: withToken(),
      body: JSON.stringify({
        name: `../../../..${outside}/evil.txt`,
        text: 'Ten trucks arrive\n\nTen trucks arrived with food for 3,000 people on Monday.',
      }),
    });
    expect(reply.status).toBe(200);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(join(dir, 'sources'))).toContain('ten-trucks-arrive.txt');
    rmSync(outside, { recursive: true });
  });

  test('never writes through a symbolic link out of the folder', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'claims-outside-')), 'target.csv');
    writeFileSync(outside, readFileSync(join(dir, 'skipped.csv')));
    rmSync(join(dir, 'skipped.csv'));
    symlinkSync(outside, join(dir, 'skipped.csv'));
    workbench.workspace.reload();
    const before = readFileSync(outside, 'utf8');
    const reply = await call('/api/skip', {
      method: 'POST',
      headers: withToken(),
      body: JSON.stringify({ key: `${NEW_ID}/s4/five days`, kind: 'not_a_claim', reason: 'time' }),
    });
    expect(reply.status).toBe(422);
    expect(JSON.parse(reply.body).error).toContain('skipped.csv: not-a-regular-file');
    expect(readFileSync(outside, 'utf8')).toBe(before);
  });
});
