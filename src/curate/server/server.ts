/**
 * The workbench's local server (node:http): the built UI, and a JSON API over
 * a Workspace. It listens on 127.0.0.1 only; `refusal` decides who may call.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { CliError } from '../../node/error';
import { DecisionError, Workspace } from '../workspace/workspace';
import type { Edits } from '../workspace/editable';
import type { Decision } from '../workspace/workspace';
import { refusal, SECURITY_HEADERS } from './guard';

export interface Workbench {
  /** The URL to open: it carries the token, after `#` so it never reaches a log or a Referer. */
  url: string;
  port: number;
  token: string;
  workspace: Workspace;
  /** Settles when every article's candidates are counted (as the folder was at start). */
  counted: Promise<void>;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  dir: string;
  /** 0 picks a free port. */
  port: number;
  /** The built UI (index.html and assets/). */
  ui: string;
  /** The folder already open (the bench opens it once for both halves). */
  workspace?: Workspace;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Counting the queue runs in slices this long, so requests are answered in between. */
const COUNT_SLICE_MS = 25;

/** Request bodies: a pasted or dropped article may be a saved web page of some size. */
const MAX_BODY = 32 * 1024 * 1024;

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const workspace = options.workspace ?? new Workspace(options.dir);
  const token = randomBytes(24).toString('base64url');
  const guard = { port: 0, token };
  const root = normalize(options.ui);

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (e instanceof DecisionError) {
        return send(res, e.conflict ? 409 : 422, {
          error: e.message,
          problems: e.problems,
          conflict: e.conflict,
        });
      }
      if (e instanceof CliError) return send(res, 400, { error: e.message, problems: [] });
      send(res, 500, { error: `internal error: ${(e as Error).message}`, problems: [] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://workbench.invalid');
    const api = url.pathname.startsWith('/api/');
    const refused = refusal(req, guard, api);
    if (refused) return send(res, 403, { error: `refused: ${refused}` });
    if (!api) return serveFile(res, url.pathname);
    const body = req.method === 'POST' ? await readJson(req) : {};
    switch (`${req.method} ${url.pathname}`) {
      case 'GET /api/queue':
        return send(res, 200, queueState());
      case 'GET /api/article':
        return send(res, 200, workspace.article(url.searchParams.get('id') ?? ''));
      case 'GET /api/measures':
        return send(
          res,
          200,
          workspace.suggestMeasures({
            subject: url.searchParams.get('subject') ?? '',
            unit: url.searchParams.get('unit') ?? '',
            category: url.searchParams.get('category') ?? '',
          }),
        );
      case 'POST /api/accept':
        return send(res, 200, done(workspace.accept(text(body.key), edits(body.edits))));
      case 'POST /api/skip':
        return send(
          res,
          200,
          done(workspace.skip(text(body.key), text(body.kind), text(body.reason))),
        );
      case 'POST /api/undo':
        return send(res, 200, done(workspace.undo()));
      case 'POST /api/ingest': {
        const result = await workspace.ingest(text(body.name) || 'pasted.txt', text(body.text));
        countInBackground();
        return send(res, 200, { ...result, ...queueState() });
      }
      case 'POST /api/reload':
        workspace.reload();
        countInBackground();
        return send(res, 200, queueState());
      default:
        return send(res, 404, { error: 'no such API' });
    }
  }

  function queueState() {
    const { articles, uncounted } = workspace.queueSoFar(0);
    const left = articles.reduce((n, a) => n + a.left, 0);
    return { dir: workspace.dir, articles, left, uncounted };
  }

  // The queue is counted a slice at a time between requests.
  let counting: NodeJS.Immediate | undefined;
  let closed = false;
  let whenCounted: () => void = () => {};
  const counted = new Promise<void>((resolve) => (whenCounted = resolve));
  function countInBackground(): void {
    if (counting || closed) return;
    counting = setImmediate(() => {
      counting = undefined;
      if (workspace.queueSoFar(COUNT_SLICE_MS).uncounted > 0) countInBackground();
      else whenCounted();
    });
  }
  countInBackground();

  function done(decision: Decision) {
    return {
      decision: { kind: decision.kind, key: decision.key, id: decision.claim?.id },
      ...queueState(),
    };
  }

  function serveFile(res: ServerResponse, pathname: string): void {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    const file = normalize(join(root, relative));
    const info = statSync(file, { throwIfNoEntry: false });
    if (!file.startsWith(root + sep) || !info?.isFile() || !TYPES[extname(file)]) {
      return send(res, 404, { error: 'not found' });
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': TYPES[extname(file)]! });
    res.end(readFileSync(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) =>
      reject(new CliError(`cannot listen on 127.0.0.1:${options.port}: ${e.message}`)),
    );
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  guard.port = port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    workspace,
    counted,
    close: () => {
      closed = true;
      if (counting) clearImmediate(counting);
      whenCounted();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new CliError(`request body over ${MAX_BODY / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  try {
    const data: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      return data as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw new CliError('the request body must be a JSON object');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function edits(value: unknown): Edits {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return value as Edits;
}
