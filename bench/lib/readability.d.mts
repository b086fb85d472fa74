/** Mozilla Readability's text of a page (bench/lib/readability.mjs). */
export function readabilityText(html: string): string;
