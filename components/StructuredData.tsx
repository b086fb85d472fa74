import type { Story } from '@/lib/content/model';
import { scriptSafeJson, storyStructuredData } from '@/lib/view/structured-data';

/** The story as schema.org JSON-LD, for search engines: a data block, never run as a script. */
export function StructuredData({ story }: { story: Story }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(storyStructuredData(story)) }} />;
}
