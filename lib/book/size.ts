/** How the story page states the book's size: "EPUB, 31 KB", from the very bytes the route serves. */
export const bookSizeLabel = (bytes: number) => `EPUB, ${Math.max(1, Math.round(bytes / 1024))} KB`;
