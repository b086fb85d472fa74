/**
 * npm run content:codes: writes the catalogue of diagnostic codes
 * (lib/content/catalogue.ts) into README, between its two markers, so the list
 * readers see is the one content:check prints from. lib/content/catalogue.test.ts
 * fails when README has fallen behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogueTable } from '../lib/content/catalogue';

const START = '<!-- content:codes start -->';
const END = '<!-- content:codes end -->';

const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) {
  console.error(`content:codes: README.md has no "${START}" … "${END}" markers`);
  process.exit(1);
}
writeFileSync('README.md', `${before}${START}\n${catalogueTable()}\n${END}${after}`);
console.log('content:codes: README.md lists every diagnostic code');
