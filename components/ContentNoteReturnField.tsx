'use client';

import { useEffect, useRef } from 'react';

/**
 * Where "Continue" returns to. The server knows the path but never the
 * #fragment (browsers do not send it), so this enhancement adds it: a reader who
 * followed a link to a claim or a source paragraph lands there. Without
 * JavaScript the reader lands on the right page, at its heading.
 */
export function ContentNoteReturnField({ value }: { value: string }) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (field.current && window.location.hash.length > 1) field.current.value = `${value}${window.location.hash}`;
  }, [value]);
  return <input ref={field} type="hidden" name="return" defaultValue={value} />;
}

/**
 * The note's heading takes focus on a full page load through its `autofocus`
 * attribute; after a client-side navigation (a link followed with JavaScript on)
 * nothing would, so this puts focus there when it is nowhere else.
 */
export function FocusNoteHeading({ headingId }: { headingId: string }) {
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) document.getElementById(headingId)?.focus();
  }, [headingId]);
  return null;
}
