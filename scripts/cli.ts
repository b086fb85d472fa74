import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The command line of the content scripts, read the same way by each: strict
 * (an unknown or mistyped flag is an error, never ignored), `--help` prints the
 * usage and exits 0, and a mistake prints one line of reason and the usage, and
 * exits 2. No stack traces for a typo.
 */

export const EXIT_USAGE = 2;

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function readCommandLine<T extends Options>(options: T, args = process.argv.slice(2)) {
  const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  const values = parsed.values as ReturnType<typeof parseArgs<{ options: T; allowPositionals: true; strict: true }>>['values'];
  return { values, positionals: parsed.positionals, help: (parsed.values as { help?: boolean }).help === true };
}

/** Runs a script's main function: usage mistakes exit 2 with their reason, anything else is the script's own exit code. */
export async function runCommand(name: string, usage: string, main: () => number | Promise<number>) {
  try {
    process.exitCode = await main();
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!isUsage) throw error;
    console.error(`${name}: ${(error as Error).message}\n${usage}`);
    process.exitCode = EXIT_USAGE;
  }
}

export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
