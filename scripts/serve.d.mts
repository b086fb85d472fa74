/** Types of serve.mjs, for the TypeScript tests that start a server of their own. */
export const PRELOAD: string;
export function serveCommand(args: string[], project?: string): [command: string, args: string[]];
export function serve(args: string[]): Promise<void>;
export function listenArgs(args: string[], env: Record<string, string | undefined>): { startArgs: string[]; host: string; port: string };
