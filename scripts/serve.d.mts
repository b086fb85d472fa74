/** Types of serve.mjs, for the TypeScript tests that start a server of their own. */
export const PRELOAD: string;
export function serveCommand(args: string[], project?: string): [command: string, args: string[]];
export function serve(args: string[]): Promise<void>;
