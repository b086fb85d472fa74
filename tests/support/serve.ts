import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The command that serves the reader in `project` (this checkout by default),
 * as npm start serves it: node running that project's scripts/serve.mjs. Run
 * it with `project` as the working directory.
 */
export function serveCommand(args: string[], project = ROOT): [command: string, args: string[]] {
  return [process.execPath, [path.join(project, 'scripts', 'serve.mjs'), ...args]];
}
