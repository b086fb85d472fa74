/** Defuddle's article HTML of a page (bench/lib/defuddle.mjs). */
export function defuddleHtml(html: string): string;
