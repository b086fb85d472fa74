import { buildStory, type BuildResult } from './build-story';
import { listStorySlugs, readStoryFiles } from './content-loader';

/** Validates every story under the content root; one result per story. */
export function checkAllStories(root?: string): (BuildResult & { slug: string })[] {
  return listStorySlugs(root).map((slug) => ({ slug, ...buildStory(readStoryFiles(slug, root)!) }));
}
