/**
 * A photograph the coverage describes but we do not reproduce. The frame says
 * so, and carries the description as both its accessible name and visible text.
 */
export function FigurePlaceholder({ alt, caption, credit, sensitive }: { alt: string; caption: string; credit?: string; sensitive?: boolean }) {
  return (
    <figure className="photo-placeholder">
      {sensitive ? <p className="section-note">Note: the description below is of a photograph some readers may find distressing.</p> : null}
      <div className="photo-frame" role="img" aria-label={`Photo not shown. ${alt}`}>
        <span className="photo-frame-label" aria-hidden="true">
          Photo not shown
        </span>
        <span className="photo-frame-description" aria-hidden="true">
          {alt}
        </span>
      </div>
      <figcaption>
        {caption}
        {credit ? <span className="credit"> {credit}</span> : null}
      </figcaption>
    </figure>
  );
}
