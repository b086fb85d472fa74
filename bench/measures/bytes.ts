/**
 * What the story page weighs, as a reader past its note gets it: its HTML,
 * CSS and JavaScript, raw and gzipped, how much of the script is the project's
 * own, its links, and how much its claim markers say beside the account
 * (bench/lib/bytes.ts).
 */
import path from 'node:path';
import { NEXT_DIR } from '../../lib/release/next-layout';
import { measurePageBytes } from '../lib/bytes';
import { defineMeasure, target, type Bench } from '../measure';

async function run({ dir, log, server }: Bench) {
  const { base, storyPath, cookie } = await server();
  log('measuring the story page bytes…');
  const { savedHtml, ...bytes } = await measurePageBytes(base, storyPath, { headers: { Cookie: cookie }, buildDir: path.join(dir, NEXT_DIR) });
  if (!savedHtml.includes('class="story-body"')) throw new Error('the story page did not render the story with the content-note cookie set');
  return bytes;
}

export const bytesMeasure = defineMeasure({
  name: 'bytes',
  needs: 'server',
  run,
  targets: ({ html, reading }) => [
    target('story HTML, raw', '≤ 100,000 B', html.raw, html.raw <= 100_000, 'the markup grew'),
    target('story HTML, gzip', '≤ 20,000 B', html.gzip, html.gzip <= 20_000, 'the markup grew'),
    target('story links', '≤ 400', reading.links, reading.links <= 400, 'notes grew'),
    target('marker names ÷ account characters', '≤ 20 %', reading.markerShare, reading.markerShare <= 0.2, 'marker names grew'),
  ],
});
