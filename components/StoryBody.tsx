import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ANNOTATIONS } from '@/lib/content/extract';
import type { Story, StoryDocument } from '@/lib/content/model';
import { storyHast } from '@/lib/view/story-hast';
import { claimOf } from '@/lib/view/story-index';
import { ClaimMarker } from './ClaimMarker';
import { FigurePlaceholder } from './FigurePlaceholder';
import { SensitivePassage } from './SensitivePassage';

type Annotated = Record<(typeof ANNOTATIONS)[keyof typeof ANNOTATIONS], string>;

/** The tree the pipeline validated, rendered as it is: no second parse, no walk that must agree with the first. */
function render(story: Story, document: StoryDocument): ReactElement {
  const components = {
    // A claim's run of Cites becomes one marker, at its first Cite; the rest of the run renders nothing.
    Cite: (props: Annotated) => {
      const claim = claimOf(document, Number(props[ANNOTATIONS.claim]));
      return claim && props[ANNOTATIONS.citation] === '1' ? <ClaimMarker story={story} claim={claim} /> : null;
    },
    Figure: (props: { alt: string; caption: string; credit?: string; sensitive?: boolean | string }) => (
      <FigurePlaceholder {...props} sensitive={props.sensitive !== undefined && props.sensitive !== false} />
    ),
    Sensitive: (props: { topic: string; children: ReactNode } & Annotated) => (
      <SensitivePassage topic={props.topic} passage={Number(props[ANNOTATIONS.passage])}>
        {props.children}
      </SensitivePassage>
    ),
  };
  return toJsxRuntime(storyHast(document), { Fragment, jsx, jsxs, components });
}

// Content is fixed for the life of a production server, so each document is rendered to elements once.
const rendered = new WeakMap<StoryDocument, ReactElement>();

export function StoryBody({ story, document = story }: { story: Story; document?: StoryDocument }) {
  let content = rendered.get(document);
  if (!content) {
    content = render(story, document);
    if (process.env.NODE_ENV === 'production') rendered.set(document, content);
  }
  return <div className="story-body">{content}</div>;
}
