/** `claims curate [DIR] [--port N]`: builds the UI if needed, starts the server, prints its URL. */
import { plural } from '../../model/format';
import { CliError } from '../../node/error';
import type { Io } from '../../cli/io';
import { startWorkbench } from './server';
import { ensureUiBuilt } from './ui-build';

export async function curate(dir: string, port: string, io: Io): Promise<number> {
  const portNumber = Number(port);
  if (!/^\d+$/.test(port) || portNumber > 65535) {
    throw new CliError(`--port must be a number from 0 to 65535, not "${port}"`);
  }
  const ui = await ensureUiBuilt((line) => io.err(line));
  const workbench = await startWorkbench({ dir, port: portNumber, ui });
  if (workbench.workspace.problems > 0) {
    io.err(`${dir} has ${workbench.workspace.problems} problems: claims check ${dir} lists them`);
  }
  io.out(`workbench: ${workbench.url}`);
  // Counted in the background: a large folder's first candidates show before.
  void workbench.counted.then(() => {
    const { articles, uncounted } = workbench.workspace.queueSoFar(0);
    if (uncounted > 0) return; // stopped first
    const left = articles.reduce((n, a) => n + a.left, 0);
    io.out(
      `${plural(left, 'candidate')} to decide in ${plural(articles.length, 'article')} of ${dir}`,
    );
  });
  await new Promise<void>((resolve) => {
    const stop = () => void workbench.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
