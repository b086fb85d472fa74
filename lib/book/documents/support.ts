import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Story } from '../../content/model';
import { supportHeadingId } from '../../view/anchors';
import { PART_TITLES } from '../../view/labels';

/** Where a reader affected by the story can find support: in the book's content note and again after the account, as on the site. */
export function supportSection(story: Story): ElementContent[] {
  if (story.meta.support.length === 0) return [];
  const id = supportHeadingId(2);
  return [
    h('section', { ariaLabelledBy: id }, [
      h('h2', { id }, PART_TITLES.support),
      h(
        'ul',
        story.meta.support.map((resource) =>
          h('li', [
            resource.url ? h('a', { href: resource.url }, resource.name) : h('strong', resource.name),
            ...(resource.description ? [`: ${resource.description}`] : []),
          ]),
        ),
      ),
    ]),
  ];
}
