import path from 'node:path';
import { prepareServer } from '../http/preload';
import { NEXT_DIR } from './next-layout';
import { livePagePolicies, PoliciesProblem } from './page-policies';

/**
 * The server preload: bundled by scripts/build.ts into the build
 * (PRELOAD_FILE, lib/release/finish.ts) as plain JavaScript, and loaded by
 * scripts/serve.mjs with `node --import` before Next starts. It reads the
 * build's page policies (re-read whenever a publish renames a new file over
 * them) and prepares the server with them (lib/http/preload.ts).
 * Refuses to start when the build's policies are missing or no longer match
 * its pages: never a page whose scripts are silently blocked.
 */

function policiesOrExit() {
  try {
    return livePagePolicies(path.join(process.cwd(), NEXT_DIR));
  } catch (error) {
    if (!(error instanceof PoliciesProblem)) throw error;
    console.error(`reader: cannot start: ${error.message}. Build with "npm run build" (or start with "npm start", which builds when needed).`);
    process.exit(1);
  }
}

prepareServer(policiesOrExit());
