import { PHOTO_NOT_SHOWN, SENSITIVE_PHOTO_NOTE } from '@/lib/view/labels';

/**
 * A photograph the coverage describes but we do not reproduce. The frame says
 * so, and carries the description as both its accessible name and visible text.
 */
export function FigurePlaceholder({ alt, caption, credit, sensitive }: { alt: string; caption: string; credit?: string; sensitive?: boolean }) {
  return (
    <figure className="photo-placeholder">
      {sensitive ? <p className="section-note">{SENSITIVE_PHOTO_NOTE}</p> : null}
      <div className="photo-frame" role="img" aria-label={`${PHOTO_NOT_SHOWN}. ${alt}`}>
        <span className="photo-frame-label" aria-hidden="true">
          {PHOTO_NOT_SHOWN}
        </span>
        <span className="photo-frame-description" aria-hidden="true">
          {alt}
        </span>
      </div>
      {/* One text node each side of the credit: a space alone in its own node is dropped from the accessibility tree, and the words run together. */}
      <figcaption>
        {credit ? `${caption} ` : caption}
        {credit ? <span className="credit">{credit}</span> : null}
      </figcaption>
    </figure>
  );
}
