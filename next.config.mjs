import { execFileSync } from 'node:child_process';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

// Sent on every response; the per-request Content-Security-Policy comes from proxy.ts.
// The same list is BASELINE_SECURITY_HEADERS in lib/security-headers.ts (this file cannot import TypeScript).
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

// Files the proxy does not run for (see its matcher) carry no scripts: nothing may run in them.
// Same as STATIC_CONTENT_SECURITY_POLICY in lib/security-headers.ts.
const staticFilePolicy = [
  { key: 'Content-Security-Policy', value: "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'" },
];

/**
 * `next build` refuses invalid content: the same check as `npm run content:check`
 * runs first, and its path:line:column report is printed before the build stops.
 */
function checkContentOrExit() {
  // Build workers load this file again; they inherit the result through the environment.
  if (process.env.READER_CONTENT_CHECKED === '1') return;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts'], { stdio: 'inherit' });
    process.env.READER_CONTENT_CHECKED = '1';
  } catch {
    console.error('\nnext build stopped: the content above is invalid. Fix it and build again.');
    process.exit(1);
  }
}

export default function config(phase) {
  if (phase === PHASE_PRODUCTION_BUILD) checkContentOrExit();
  /** @type {import('next').NextConfig} */
  return {
    poweredByHeader: false,
    reactStrictMode: true,
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders },
        ...['/_next/static/:path*', '/_next/image', '/icon.svg', '/favicon.ico'].map((source) => ({ source, headers: staticFilePolicy })),
      ];
    },
    outputFileTracingIncludes: { '/**': ['./content/**/*'] },
  };
}
