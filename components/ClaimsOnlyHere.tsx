import type { Source, Story } from '@/lib/content/model';
import { HEADING_IDS } from '@/lib/view/anchors';
import { claimPath } from '@/lib/view/routes';
import { claimsOnlyIn } from '@/lib/view/story-index';

/** What the account knows from this article alone: the claims no other article reports, each a link to it in the account. */
export function ClaimsOnlyHere({ story, source }: { story: Story; source: Source }) {
  const claims = claimsOnlyIn(story, source.id);
  return (
    <section className="only-here" aria-labelledby={HEADING_IDS.onlyHere}>
      <h2 id={HEADING_IDS.onlyHere}>Claims only this article reports</h2>
      {claims.length === 0 ? (
        <p>None: every claim of the account that cites this article is also reported by another.</p>
      ) : (
        <ul>
          {claims.map((claim) => (
            <li key={claim.id}>
              <a href={claimPath(story.slug, claim)}>
                <span className="visually-hidden">{`Claim ${claim.number}:`}</span>
                {claim.text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
