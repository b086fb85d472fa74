import { headers } from 'next/headers';
import Link from 'next/link';
import { GATED_PATH_HEADER } from '@/lib/gate/paths';
import { SettingsLink } from './SettingsLink';

export async function SiteHeader() {
  // A page served in place of another (the content note, by proxy.ts) is rendered
  // under an internal path; the reader's own address is the one to come back to.
  const gatedPath = (await headers()).get(GATED_PATH_HEADER);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <Link className="site-name" href="/">
          Reader
        </Link>
        <nav aria-label="Site">
          <ul className="inline-list">
            <li>
              <Link href="/">Stories</Link>
            </li>
            <li>
              <SettingsLink servedAt={gatedPath} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every claim links to the words of the article behind it. No tracking, no third-party requests: the only
        cookies remember your choices.
      </p>
    </footer>
  );
}
