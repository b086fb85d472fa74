import type { Story } from '@/lib/content/model';
import { HEADING_IDS } from '@/lib/view/anchors';
import { formatOptionalDate } from '@/lib/view/dates';
import { sourcePath } from '@/lib/view/routes';
import { PART_TITLES } from '@/lib/view/labels';
import { OriginalAddress } from './OriginalAddress';

/**
 * The articles the account rests on, as a bibliography: each once, with its
 * archived copy and its original address (or that it is unknown), so a printed
 * page still says where every cited article can be found. No headlines: they
 * carry words the gentle summary, which shows this list too, promises to leave out.
 */
export function ArticleList({ story }: { story: Story }) {
  return (
    <section className="articles" aria-labelledby={HEADING_IDS.articles}>
      <h2 id={HEADING_IDS.articles}>{PART_TITLES.articles}</h2>
      <ul>
        {story.sources.map((source) => (
          <li key={source.id}>
            <cite>{source.name}</cite>
            {`, ${formatOptionalDate(source.meta.published)}. `}
            <a href={sourcePath(story.slug, source.id)}>
              Archived copy<span className="visually-hidden">{`of the article from ${source.name}`}</span>
            </a>
            {'. Original address: '}
            <OriginalAddress source={source} />.
          </li>
        ))}
      </ul>
    </section>
  );
}
