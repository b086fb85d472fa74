#!/usr/bin/env node
/**
 * Debian's Firefox ESR as Playwright's `moz-firefox` channel expects it: the
 * `executablePath` Playwright launches (tests/engines/firefox.ts).
 *
 * Why it exists: Playwright 1.65 sends `emulation.setMediaFeaturesOverride`
 * (prefers-color-scheme) with every new browser context, and Firefox ESR 153's
 * WebDriver BiDi does not know that command yet, so every context fails with
 * "unknown command". This wrapper starts Firefox with Playwright's arguments and
 * stands between the two on WebDriver BiDi, passing every message through. Only
 * when Firefox answers that one command with "unknown command" does it answer in
 * Firefox's place, and truthfully: "done" when the request is no override or
 * light (what the page already sees: the launch options pin the content's colour
 * scheme to light), an error naming the engine for anything else, so a test that
 * needs the dark system theme fails rather than passes on a light page.
 * A Firefox that knows the command answers it itself, and the wrapper is then inert.
 *
 * FIREFOX_PATH names the Firefox to run (tests/engines/firefox.ts sets it).
 */
import { spawn } from 'node:child_process';
import { WebSocket, WebSocketServer } from 'ws';

const COMMAND = 'emulation.setMediaFeaturesOverride';
const LISTENING = /WebDriver BiDi listening on (ws:\/\/\S+)/;
/** The colour schemes Firefox shows without emulation, given the pinned preference. */
const ALREADY_SHOWN = new Set([undefined, null, 'light']);

const firefox = spawn(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', process.argv.slice(2), {
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => firefox.kill(signal));
firefox.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** Relays Firefox's output, giving Playwright the wrapper's address in place of Firefox's own. */
function relay(from, to) {
  let pending = '';
  from.on('data', (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      const match = LISTENING.exec(line);
      if (!match) to.write(`${line}\n`);
      else listen(match[1]).then((address) => to.write(`${line.replace(match[1], address)}\n`));
    }
  });
}
relay(firefox.stdout, process.stdout);
relay(firefox.stderr, process.stderr);

/** One BiDi endpoint in front of Firefox's; each connection to it gets its own connection to Firefox. */
function listen(firefoxAddress) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  server.on('connection', (client, request) => bridge(client, new WebSocket(`${firefoxAddress.replace(/\/$/, '')}${request.url}`)));
  return new Promise((resolve) => server.on('listening', () => resolve(`ws://127.0.0.1:${server.address().port}`)));
}

function bridge(client, upstream) {
  const queued = [];
  /** Requests for the one command, by id, until Firefox has answered them. */
  const asked = new Map();
  client.on('message', (data) => {
    const text = data.toString();
    const message = JSON.parse(text);
    if (message.method === COMMAND) asked.set(message.id, message.params?.features?.['prefers-color-scheme']);
    if (upstream.readyState === WebSocket.OPEN) upstream.send(text);
    else queued.push(text);
  });
  upstream.on('open', () => queued.splice(0).forEach((text) => upstream.send(text)));
  upstream.on('message', (data) => {
    const text = data.toString();
    const message = JSON.parse(text);
    if (!asked.has(message.id)) return client.send(text);
    const scheme = asked.get(message.id);
    asked.delete(message.id);
    if (message.type !== 'error' || message.error !== 'unknown command') return client.send(text);
    client.send(JSON.stringify(ALREADY_SHOWN.has(scheme)
      ? { type: 'success', id: message.id, result: {} }
      : { type: 'error', id: message.id, error: 'unsupported operation', message: `Firefox ESR cannot emulate prefers-color-scheme: ${scheme} (${COMMAND} is unknown to it): use the reader's own theme setting instead` }));
  });
  const closeBoth = () => {
    client.close();
    upstream.close();
  };
  client.on('close', closeBoth);
  upstream.on('close', closeBoth);
  client.on('error', closeBoth);
  upstream.on('error', closeBoth);
}
