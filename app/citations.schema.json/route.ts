import { z } from 'zod';
import { PUBLIC_CACHE_CONTROL } from '@/lib/http/cache';
import { citationsFileSchema } from '@/lib/view/citations-schema';

// The JSON Schema of every story's citations.json, written at build time from the same zod schema the tests check.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(z.toJSONSchema(citationsFileSchema), { headers: { 'Content-Type': 'application/schema+json', 'Cache-Control': PUBLIC_CACHE_CONTROL } });
}
