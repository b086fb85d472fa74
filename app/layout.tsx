import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter, SiteHeader } from '@/components/SiteHeader';
import { SETTINGS_STYLESHEET_PATH } from '@/lib/settings/stylesheet';
import { SITE_METADATA } from '@/lib/view/metadata';
import { SITE_DESCRIPTION, SITE_NAME } from '@/lib/view/site';
import './globals.css';

export const metadata: Metadata = {
  ...SITE_METADATA,
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  // Static files in public/: the icon, and the manifest that names the site (lib/view/site.test.ts holds it to SITE_NAME).
  icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
  manifest: '/manifest.webmanifest',
};

export const viewport: Viewport = { colorScheme: 'light dark' };

/**
 * Every page but the settings page is the same for every reader, prerendered
 * at build time. The reader's own settings come in a stylesheet the server
 * picks from their cookie (app/reader-settings.css): linked in the head, it
 * holds the first paint, so the page appears in the reader's size and theme
 * with no script and no flash. (React puts one link in the head for the
 * precedence given; without one it would also preload it and add a second.)
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <link rel="stylesheet" href={SETTINGS_STYLESHEET_PATH} precedence="default" />
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
