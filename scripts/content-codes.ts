/**
 * npm run content:codes: writes the catalogue of diagnostic codes
 * (lib/content/catalogue.ts) into its guide, between the guide's two markers,
 * so the list editors read is the one content:check prints from.
 * lib/content/catalogue.test.ts fails when the guide has fallen behind.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { CATALOGUE_DOCUMENT, catalogueTable } from '../lib/content/catalogue';

const START = '<!-- content:codes start -->';
const END = '<!-- content:codes end -->';

const readme = readFileSync(CATALOGUE_DOCUMENT, 'utf8');
const [before, rest] = readme.split(START);
const after = rest?.split(END)[1];
if (before === undefined || after === undefined) {
  console.error(`content:codes: ${CATALOGUE_DOCUMENT} has no "${START}" … "${END}" markers`);
  process.exit(1);
}
writeFileSync(CATALOGUE_DOCUMENT, `${before}${START}\n${catalogueTable()}\n${END}${after}`);
console.log(`content:codes: ${CATALOGUE_DOCUMENT} lists every diagnostic code`);
