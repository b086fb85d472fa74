import { SettingsLink } from './SettingsLink';

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="site-header-inner">
        <a className="site-name" href="/">
          Reader
        </a>
        <nav aria-label="Site">
          <ul className="inline-list">
            <li>
              <a href="/">Stories</a>
            </li>
            <li>
              <SettingsLink />
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
