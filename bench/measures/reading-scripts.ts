/** The script each reading page loads (issue 19: none of it the framework's, at most 5 KB gzip): the story, its content note, its sources, one archived article and its summary. */
import path from 'node:path';
import { NEXT_DIR } from '../../lib/release/next-layout';
import { measurePageBytes } from '../lib/bytes';
import { defineMeasure, target, type Bench } from '../measure';

async function run({ dir, server }: Bench) {
  const { base, storyPath, cookie } = await server();
  const headers = { Cookie: cookie };
  const list = await (await fetch(`${base}${storyPath}/sources`, { headers })).text();
  const source = new RegExp(`href="${storyPath}/sources/([a-z0-9-]+)"`).exec(list)?.[1];
  const pages: [name: string, path: string, headers: Record<string, string>][] = [
    ['the story', storyPath, headers],
    ['its content note', storyPath, {}],
    ['its sources', `${storyPath}/sources`, headers],
    ['one archived article', `${storyPath}/sources/${source}`, headers],
    ['its summary', `${storyPath}/summary`, {}],
  ];
  const measured = [];
  for (const [name, pagePath, pageHeaders] of pages) {
    const { js } = await measurePageBytes(base, pagePath, { headers: pageHeaders, buildDir: path.join(dir, NEXT_DIR) });
    measured.push({ name, path: pagePath, files: js.files, gzip: js.gzip, frameworkGzip: js.framework.gzip });
  }
  return measured;
}

export const readingScriptsMeasure = defineMeasure({
  name: 'readingScripts',
  needs: 'server',
  run,
  targets: (pages) => {
    const heaviest = Math.max(...pages.map((page) => page.gzip));
    const framework = pages.reduce((n, page) => n + page.frameworkGzip, 0);
    return [
      target('script on any reading page (gzip)', '≤ 5 KB', heaviest, heaviest <= 5 * 1024, 'lib/client grew, or a page kept the framework'),
      target('framework script on the reading pages (gzip)', '0', framework, framework === 0, 'a reading page kept the Next runtime'),
    ];
  },
});
