/** One step of a trail: a link, or (the last) the page the reader is on. */
export interface Crumb {
  label: string;
  href?: string;
}

/** Where this page stands in its story: each step a link, the last the current page. */
export function Breadcrumbs({ trail }: { trail: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {trail.map((crumb) =>
          crumb.href ? (
            <li key={crumb.label}>
              <a href={crumb.href}>{crumb.label}</a>
            </li>
          ) : (
            <li key={crumb.label} aria-current="page">
              {crumb.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
