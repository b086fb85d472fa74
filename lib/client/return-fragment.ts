/**
 * Where the content note's "Continue" returns to. The server knows the path
 * but never the #fragment (browsers do not send it), so this adds it: a reader
 * who followed a link to a claim or a source paragraph lands there. Without
 * script the reader lands on the right page, at its heading.
 */
export function enhanceReturnFragment(field: HTMLInputElement) {
  if (window.location.hash.length > 1) field.value = `${field.defaultValue}${window.location.hash}`;
}
