import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/view/site';

/**
 * Crawlers may read every page but the archived articles (other outlets' words,
 * kept only so that quotes can be checked) and the reading settings.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/stories/*/sources/', '/settings'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
