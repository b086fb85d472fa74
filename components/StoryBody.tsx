import { compileMDX } from 'next-mdx-remote/rsc';
import type { ReactElement, ReactNode } from 'react';
import type { Story } from '@/lib/content/model';
import { remarkStoryAnchors } from '@/lib/content/remark-anchors';
import { CiteMarker } from './CiteMarker';
import { FigurePlaceholder } from './FigurePlaceholder';
import { SensitivePassage } from './SensitivePassage';

// Content is fixed for the life of a production server, so each document (a story, or its summary) is compiled once.
const compiled = new Map<string, Promise<ReactElement>>();

function compile(story: Story): Promise<ReactElement> {
  const components = {
    Cite: ({ marker }: { marker: string }) => <CiteMarker story={story} markerId={marker} />,
    Figure: (props: { alt: string; caption: string; credit?: string; sensitive?: boolean | string }) => (
      <FigurePlaceholder {...props} sensitive={props.sensitive !== undefined && props.sensitive !== false} />
    ),
    Sensitive: ({ topic, endId, children }: { topic: string; endId: string; children: ReactNode }) => (
      <SensitivePassage topic={topic} endId={endId}>
        {children}
      </SensitivePassage>
    ),
  };
  return compileMDX({
    source: story.body,
    components,
    options: { mdxOptions: { remarkPlugins: [remarkStoryAnchors] } },
  }).then((result) => result.content);
}

export async function StoryBody({ story }: { story: Story }) {
  const cacheable = process.env.NODE_ENV === 'production';
  let content = cacheable ? compiled.get(story.file) : undefined;
  if (!content) {
    content = compile(story);
    if (cacheable) compiled.set(story.file, content);
  }
  return <div className="story-body">{await content}</div>;
}
