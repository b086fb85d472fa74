import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactElement, ReactNode } from 'react';
import { ANNOTATIONS, type Story, type StoryDocument } from '@/lib/content/model';
import { renderPlugins } from '@/lib/content/processor';
import { claimOf } from '@/lib/view/story-index';
import { ClaimMarker } from './ClaimMarker';
import { FigurePlaceholder } from './FigurePlaceholder';
import { SensitivePassage } from './SensitivePassage';

type Annotated = Partial<Record<(typeof ANNOTATIONS)[keyof typeof ANNOTATIONS], string>>;

function storyComponents(story: Story, document: StoryDocument) {
  return {
    // A claim's run of Cites becomes one marker, at its first Cite; the rest of the run renders nothing.
    Cite: (props: Annotated) => {
      const claim = claimOf(document, Number(props[ANNOTATIONS.claim]));
      return claim && props[ANNOTATIONS.citation] === '1' ? <ClaimMarker story={story} claim={claim} /> : null;
    },
    Figure: (props: { alt: string; caption: string; credit?: string; sensitive?: boolean | string }) => (
      <FigurePlaceholder {...props} sensitive={props.sensitive !== undefined && props.sensitive !== false} />
    ),
    // The account's own words are marked for the check only: nothing of the marking reaches readers or their screen readers.
    Own: (props: { children: ReactNode }) => <>{props.children}</>,
    Sensitive: (props: { topic: string; children: ReactNode } & Annotated) => (
      <SensitivePassage topic={props.topic} passage={Number(props[ANNOTATIONS.passage])}>
        {props.children}
      </SensitivePassage>
    ),
  };
}

/**
 * The page compiles the document's MDX with next-mdx-remote, through the very
 * plugins the check ran (lib/content/processor.ts): the rules, then the walk
 * that numbers claims and passages onto the elements the components read.
 */
async function render(story: Story, document: StoryDocument): Promise<ReactElement> {
  const { plugins, verify } = renderPlugins(document);
  const { content } = await compileMDX({ source: document.body, components: storyComponents(story, document), options: { mdxOptions: { remarkPlugins: plugins } } });
  verify();
  return content;
}

/**
 * Compiled where it is rendered, once per page and never kept: every page that
 * shows a document is prerendered once, and a build worker rendering a
 * thousand stories would otherwise hold every story's compiled tree to the end
 * (measured: workers past 2 GB each at 1,000 stories).
 */
export async function StoryBody({ story, document = story }: { story: Story; document?: StoryDocument }) {
  return <div className="story-body">{await render(story, document)}</div>;
}
