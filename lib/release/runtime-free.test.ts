import { describe, expect, it } from 'vitest';
import { fakeNextBuild } from '@/tests/support/next-build';
import { clientComponentsOf, runtimeProblems, SCRIPT_BUDGET_BYTES, scriptsOf, withoutRuntime } from './runtime-free';

const SCRIPT = { path: '/_next/static/reader/abc.js', gzipBytes: 1900 };

/** A page as Next's App Router prerenders it: chunks, a script preload, the flight payload, a JSON-LD block. */
const nextPage = (body: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>' +
  '<script src="/_next/static/chunks/c.js" async=""></script><script src="/_next/static/chunks/d.js" noModule=""></script>' +
  `</head><body>${body}<script type="application/ld+json">{"@type":"NewsArticle"}</script>` +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"x"])</script></body></html>';

describe('withoutRuntime', () => {
  it('removes every framework script, script preload and inline script, and keeps the stylesheet and the JSON-LD data block', () => {
    const html = withoutRuntime(nextPage('<p>Text</p>'), SCRIPT.path);
    expect(scriptsOf(html)).toEqual([]);
    expect(html).not.toMatch(/as="script"|__next_f|\/_next\/static\/chunks\/[a-z]\.js/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(html).toContain('<p>Text</p>');
  });

  it('gives the reader’s script, deferred, only to a page with something to enhance', () => {
    expect(scriptsOf(withoutRuntime(nextPage('<div data-enhance="read-aloud" hidden></div>'), SCRIPT.path))).toEqual([SCRIPT.path]);
    expect(withoutRuntime(nextPage('<div data-enhance="read-aloud" hidden></div>'), SCRIPT.path)).toContain(`<script defer src="${SCRIPT.path}"></script></head>`);
    expect(scriptsOf(withoutRuntime(nextPage('<p>Nothing to enhance</p>'), SCRIPT.path))).toEqual([]);
  });
});

describe('runtimeProblems', () => {
  const clean = withoutRuntime(nextPage('<div data-enhance="notes"></div>'), SCRIPT.path);

  it('finds none on a page without the runtime that uses only components complete as rendered', () => {
    expect(runtimeProblems('/stories/x', clean, SCRIPT, ['components/SettingsLink.tsx'])).toEqual([]);
  });

  it('names the page that would still ship a framework script or the flight payload', () => {
    const problems = runtimeProblems('/stories/x', nextPage(''), SCRIPT, []);
    expect(problems).toContain('/stories/x would ship a script that is not the reader\'s own (/_next/static/chunks/c.js)');
    expect(problems).toContain('/stories/x would ship a script that is not the reader\'s own (inline)');
    expect(problems).toContain('/stories/x would carry the framework\'s flight payload');
  });

  it('names the page whose script is over the budget, and only a page that loads it', () => {
    const heavy = { ...SCRIPT, gzipBytes: SCRIPT_BUDGET_BYTES + 1 };
    expect(runtimeProblems('/stories/x', clean, heavy, [])).toEqual([`/stories/x would ship ${SCRIPT_BUDGET_BYTES + 1} bytes of script (gzip), over the budget of ${SCRIPT_BUDGET_BYTES}`]);
    expect(runtimeProblems('/stories/x/sources', withoutRuntime(nextPage('<p></p>'), heavy.path), heavy, [])).toEqual([]);
  });

  it('names a client component that would need the runtime to work', () => {
    expect(runtimeProblems('/stories/x', clean, SCRIPT, ['components/Carousel.tsx'])).toEqual(['/stories/x uses components/Carousel.tsx, a client component that needs the runtime to work']);
  });
});

describe('clientComponentsOf', () => {
  it('reads the project’s own client components of a route from Next’s client reference manifest, not the framework’s', () => {
    const modules = {
      '[project]/node_modules/next/dist/client/app-dir/link.js': { id: 1 },
      '[project]/components/SettingsLink.tsx <module evaluation>': { id: 2 },
      '[project]/components/SettingsLink.tsx': { id: 2 },
      '[project]/components/ReadAloud.tsx': { id: 3 },
    };
    const nextDir = fakeNextBuild({ clientModules: { '/stories/[slug]': modules } });
    expect(clientComponentsOf(nextDir, '/stories/[slug]')).toEqual(['components/SettingsLink.tsx', 'components/ReadAloud.tsx']);
    expect(clientComponentsOf(nextDir, '/no/such/route')).toEqual([]);
  });
});
