/**
 * What the server's HTML and the page's script agree on: the attributes by
 * which the script finds what it enhances, and the words it writes. One
 * module owns both ends, as lib/view/anchors.ts does for ids.
 */

/** Read-aloud's control group (components/ReadAloud.tsx, lib/client/read-aloud.ts). */
export const READ_ALOUD = {
  enhance: 'read-aloud',
  labels: {
    idle: { text: 'Listen', name: 'Listen to this account' },
    playing: { text: 'Pause', name: 'Pause reading aloud' },
    paused: { text: 'Resume', name: 'Resume reading aloud' },
  },
} as const;

/** The content note's return field, which the script completes with the #fragment the server never sees. */
export const RETURN_FRAGMENT = { enhance: 'return-fragment' } as const;

/** The claims' notes (components/ClaimNote.tsx): the open one, and its Close link, which Escape follows. */
export const NOTES = { enhance: 'notes', noteClass: 'note', closeClass: 'note-close' } as const;

/** The attribute every enhanced element carries; the build puts the script only on pages that have one. */
export const ENHANCE_ATTRIBUTE = 'data-enhance';
