import { buildStory, type BuildResult } from './build';
import { listStorySlugs, readStoryFiles } from './files';

/** Validates every story under the content root; one result per story. */
export function checkAllStories(root?: string): (BuildResult & { slug: string })[] {
  return listStorySlugs(root).map((slug) => ({ slug, ...buildStory(readStoryFiles(slug, root)!) }));
}
