import type { Source } from '@/lib/content/model';
import { UNKNOWN_ADDRESS } from '@/lib/view/labels';

/** An article's original address as a link, with what a reader should know of it, or that it is unknown. */
export function OriginalAddress({ source }: { source: Source }) {
  const { url, urlNote } = source.meta;
  if (!url) return UNKNOWN_ADDRESS;
  return (
    <>
      <a className="url" href={url} rel="noreferrer">
        {url}
      </a>
      {urlNote ? <span className="url-note">{` ${urlNote}`}</span> : null}
    </>
  );
}
