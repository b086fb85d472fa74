/**
 * Drives a real screen reader the way a blind reader does: GNOME Orca with
 * Chromium, started by the session scripts beside this file, keys pressed with
 * xdotool, and after each key what Orca said, read from its debug log. There
 * is no page object: the browser is reached only through the keyboard, and the
 * wait after a key is "until Orca has spoken, then gone quiet", not a fixed time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';
import { utterances, type Step } from './speech';

const SESSION = fileURLToPath(new URL('session', import.meta.url));

/** Waits for speech, as the kit's driver does: Orca must start within FIRST_SPEECH and then be quiet for QUIET. */
const TIMING = { pollMs: 250, minMs: 3_000, quietMs: 2_500, firstSpeechMs: 12_000 };

export interface KeyOptions {
  /** The longest this key's speech may take (a page load, a say-all). */
  maxSeconds?: number;
  /** When silence is the expected answer, how long to listen before taking it. */
  silenceAfterSeconds?: number;
}

export class OrcaSession {
  private constructor(
    readonly run: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Starts Xvfb, Orca and Chromium on `url`; throws with the session's own words when any of them cannot start. */
  static start(url: string, browser: string): OrcaSession {
    const run = mkdtempSync(path.join(tmpdir(), 'reader-orca-'));
    const base = { ...process.env, SR_KIT_RUN: run, SR_KIT_STATE: path.join(run, 'state'), SR_KIT_BROWSER: browser, SR_KIT_ORCA_WAIT: '30' };
    const started = spawnSync('bash', [path.join(SESSION, 'start-session.sh'), url], { env: base, encoding: 'utf8', timeout: 120_000 });
    if (started.status !== 0) throw new Error(`the screen-reader session did not start: ${started.stderr || started.stdout}`);
    const printed = execFileSync('bash', ['-c', `. "${path.join(SESSION, 'env.sh')}" && env -0`], { env: base, encoding: 'utf8' });
    const session = Object.fromEntries(printed.split('\0').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
    return new OrcaSession(run, { ...process.env, ...session });
  }

  private get log() {
    return this.env.ORCA_DEBUG ?? path.join(this.run, 'orca-debug.out');
  }

  private spokenSince(offset: number): string[] {
    const size = statSync(this.log).size;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(this.log, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    return utterances(buffer.toString('utf8'));
  }

  /** Until Orca has said something (or plainly will not) and has then been quiet a while. */
  private async settle(offset: number, { maxSeconds = 120, silenceAfterSeconds = TIMING.firstSpeechMs / 1000 }: KeyOptions) {
    const started = Date.now();
    let count = 0;
    let changed = started;
    for (;;) {
      await delay(TIMING.pollMs);
      const now = Date.now();
      const spoken = this.spokenSince(offset).length;
      if (spoken !== count) [count, changed] = [spoken, now];
      if (now - started >= maxSeconds * 1000) return;
      if (now - started < TIMING.minMs) continue;
      if (count === 0 && now - started < silenceAfterSeconds * 1000) continue;
      if (now - changed >= TIMING.quietMs) return;
    }
  }

  /** Presses an xdotool key (`Down`, `shift+Tab`, `KP_Add`…) and returns what Orca said after it. */
  async press(key: string, options: KeyOptions = {}): Promise<Step> {
    const offset = statSync(this.log).size;
    execFileSync('xdotool', ['key', '--clearmodifiers', key], { env: this.env });
    await this.settle(offset, options);
    return { key, said: this.spokenSince(offset) };
  }

  /** Presses each key in turn. */
  async pressAll(keys: readonly string[], options: KeyOptions = {}): Promise<Step[]> {
    const steps: Step[] = [];
    for (const key of keys) steps.push(await this.press(key, options));
    return steps;
  }

  /** Presses a key until Orca says something matching `heard`, at most `times` times; fails if it never does. */
  async pressUntil(key: string, heard: RegExp, times: number): Promise<Step[]> {
    const steps: Step[] = [];
    while (steps.length < times) {
      steps.push(await this.press(key));
      if (heard.test(steps.at(-1)!.said.join(' '))) return steps;
    }
    throw new Error(`${key} ×${times}: Orca never said ${heard}; it said: ${steps.map((step) => step.said.join(' ⏐ ')).join(' / ')}`);
  }

  /** Types into whatever has focus (the address bar after ctrl+l). */
  async type(text: string): Promise<Step> {
    const offset = statSync(this.log).size;
    execFileSync('xdotool', ['type', '--delay', '40', text], { env: this.env });
    await this.settle(offset, {});
    return { key: `type ${text}`, said: this.spokenSince(offset) };
  }

  /** Opens an address from the address bar, as a reader does, and returns what Orca said as it loaded. */
  async open(url: string): Promise<Step> {
    await this.press('ctrl+l', { silenceAfterSeconds: 2 });
    await this.type(url);
    return this.press('Return', { maxSeconds: 60 });
  }

  stop() {
    spawnSync('bash', [path.join(SESSION, 'stop-session.sh')], { env: { ...process.env, SR_KIT_RUN: this.run, SR_KIT_STATE: path.join(this.run, 'state') }, timeout: 60_000 });
  }
}
