import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteFooter, SiteHeader } from '@/components/SiteHeader';
import { SETTINGS_COOKIE, colorSchemeFor, htmlSettingsAttributes, parseSettings } from '@/lib/settings/settings';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Reader', template: '%s · Reader' },
  description: 'Calm, readable accounts of news events, where every claim links to the words of the article behind it.',
};

// Every page reads request state (the CSP nonce now; content-note and reading-settings cookies),
// so none may be served from a prerendered copy.
export const dynamic = 'force-dynamic';

/** The reader's settings cookie (lib/reader-settings.ts); defaults when absent or malformed. */
async function readerSettings() {
  return parseSettings((await cookies()).get(SETTINGS_COOKIE)?.value);
}

export async function generateViewport(): Promise<Viewport> {
  return { colorScheme: colorSchemeFor((await readerSettings()).theme) };
}

/**
 * The reading settings are applied here, by the server, as attributes on <html>
 * (globals.css turns them into sizes and colours): the first paint is already in
 * the reader's size and theme, with or without JavaScript.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const settings = await readerSettings();
  return (
    <html lang="en" {...htmlSettingsAttributes(settings)}>
      <body>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
