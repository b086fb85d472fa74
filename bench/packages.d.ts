/**
 * The part of each package only the bench installs (bench/package.json, by
 * npm run bench) that the bench uses: declared here, so that type-checking
 * the project never needs them installed. TypeScript takes these declarations
 * over the packages' own, installed or not.
 */

declare module 'chrome-launcher' {
  export interface LaunchedChrome {
    port: number;
    kill(): Promise<void>;
  }
  export function launch(options: { chromePath?: string; chromeFlags?: string[]; logLevel?: 'silent' | 'error' | 'info' | 'verbose' }): Promise<LaunchedChrome>;
}

declare module 'lighthouse' {
  interface Category {
    score: number | null;
    auditRefs: { id: string; weight: number }[];
  }
  export interface LighthouseResult {
    categories: Record<string, Category | undefined>;
    audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
    environment?: { benchmarkIndex?: number };
    runtimeError?: { message: string };
  }
  interface Flags {
    port: number;
    output: 'json';
    logLevel: 'error';
    onlyCategories: string[];
    extraHeaders?: Record<string, string>;
  }
  export default function lighthouse(url: string, flags: Flags): Promise<{ lhr: LighthouseResult }>;
}

declare module 'defuddle/node' {
  export class DefuddleClass {
    constructor(document: Document, options: { useAsync: boolean; url: string });
    parse(): { content?: string };
  }
}
