import type { Element } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHast, type State } from 'mdast-util-to-hast';
import type { ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { ANNOTATIONS } from '@/lib/content/extract';
import type { Story, StoryDocument } from '@/lib/content/model';
import { claimOf } from '@/lib/view/story-index';
import { ClaimMarker } from './ClaimMarker';
import { FigurePlaceholder } from './FigurePlaceholder';
import { SensitivePassage } from './SensitivePassage';

/**
 * A story component as a hast element named after it, whose attributes (plain
 * strings: the rules allow nothing else) become its props. toJsxRuntime maps
 * element names to components; it would want to evaluate JSX names as code.
 */
function componentElement(state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element {
  const properties: Element['properties'] = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name ?? 'div', properties, children: state.all(node) as Element['children'] };
}
const handlers = { mdxJsxFlowElement: componentElement, mdxJsxTextElement: componentElement };

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
  const hast = toHast(document.tree, { handlers });
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components });
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
