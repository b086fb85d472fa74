'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { sectionAnnouncement, sentencesOf } from '@/lib/view/read-aloud';

/**
 * Read-aloud, for readers who listen (low vision, dyslexia, tired eyes): a
 * Listen control that speaks the account as prose, in reading order, from the
 * start or from the section the reader is in. It speaks each section
 * heading and a sensitive passage's note, and none of the apparatus: no marker
 * names, no "Skip …" links. The sentence being spoken is highlighted and kept
 * in view. Shown only with script and speech synthesis; never starts by itself.
 */

/** The elements whose text is spoken, each as a unit; only the innermost is read where they nest. */
const BLOCKS = 'h2, h3, p, li, blockquote, figcaption, .photo-frame-label, .photo-frame-description';
/** Text that is apparatus, not account: the claims' markers, the skip links, words meant for screen readers only. */
const UNSPOKEN = '.cite-marker, .section-note a, .visually-hidden';
const HIGHLIGHT = 'read-aloud';

interface Utterance {
  text: string;
  /** Where the words stand on the page, to highlight them and keep them in view. */
  range: Range;
  /** The section heading this utterance announces, if it is one. */
  heading?: Element;
}

/** A range of a block's spoken text, found again among its text nodes. */
function rangeOf(nodes: { node: Text; start: number }[], start: number, end: number): Range {
  const at = (offset: number, isEnd: boolean) => {
    const piece = [...nodes].reverse().find((p) => (isEnd ? p.start < offset : p.start <= offset)) ?? nodes[0]!;
    return [piece.node, Math.min(offset - piece.start, piece.node.length)] as const;
  };
  const range = document.createRange();
  range.setStart(...at(start, false));
  range.setEnd(...at(end, true));
  return range;
}

function blockUtterances(block: Element, language: string): Utterance[] {
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(UNSPOKEN)) continue;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  if (nodes.length === 0) return [];
  if (/^H[23]$/.test(block.tagName)) {
    const whole = sentencesOf(text, language)[0];
    return whole ? [{ text: sectionAnnouncement(text), range: rangeOf(nodes, whole.start, text.trimEnd().length), heading: block }] : [];
  }
  return sentencesOf(text, language).map((sentence) => ({ text: sentence.text, range: rangeOf(nodes, sentence.start, sentence.end) }));
}

/** The account as utterances, in reading order. */
function accountUtterances(body: Element, language: string): Utterance[] {
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  return blocks.flatMap((block) => blockUtterances(block, language));
}

/**
 * Where to start: the section the reader is in (the last heading in the top
 * third of the window or above it) or, when none is (the control sits above
 * the account), the section the address names: the one a contents link or a
 * shared link led to. Otherwise the start.
 */
function startIndex(utterances: Utterance[]): number {
  let start = 0;
  utterances.forEach((utterance, index) => {
    if (utterance.heading && utterance.heading.getBoundingClientRect().top <= window.innerHeight / 3) start = index;
  });
  if (start > 0 || !location.hash) return start;
  const named = utterances.findIndex((utterance) => utterance.heading && `#${utterance.heading.id}` === decodeURIComponent(location.hash));
  return Math.max(0, named);
}

function show(utterance: Utterance | undefined) {
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  if (!highlights || typeof Highlight === 'undefined') return;
  if (!utterance) {
    highlights.delete(HIGHLIGHT);
    return;
  }
  highlights.set(HIGHLIGHT, new Highlight(utterance.range));
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  utterance.range.startContainer.parentElement?.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
}

type State = 'idle' | 'playing' | 'paused';

const LABELS: Record<State, { text: string; name: string }> = {
  idle: { text: 'Listen', name: 'Listen to this account' },
  playing: { text: 'Pause', name: 'Pause reading aloud' },
  paused: { text: 'Resume', name: 'Resume reading aloud' },
};

/** Speaks utterances one after another; `stop` ends it, and nothing of a stopped run speaks again. */
function useSpeech(onState: (state: State, status: string) => void) {
  const run = useRef(0);
  const stop = (status: string) => {
    run.current++;
    // A synthesizer paused and then cancelled can stay paused (Chromium does): the next Listen would say nothing.
    if (window.speechSynthesis.paused) window.speechSynthesis.resume();
    window.speechSynthesis.cancel();
    show(undefined);
    onState('idle', status);
  };
  const start = () => {
    const body = document.querySelector('.story-body');
    const language = document.documentElement.lang || 'en';
    const utterances = body ? accountUtterances(body, language) : [];
    const first = startIndex(utterances);
    const current = ++run.current;
    const speak = (index: number) => {
      if (run.current !== current) return;
      const next = utterances[index];
      if (!next) return stop('Finished reading aloud.');
      const utterance = new SpeechSynthesisUtterance(next.text);
      utterance.lang = language;
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        if (event.error !== 'interrupted' && event.error !== 'canceled') speak(index + 1);
      };
      show(next);
      window.speechSynthesis.speak(utterance);
    };
    window.speechSynthesis.cancel();
    const from = utterances[first]?.heading?.textContent;
    onState('playing', from && first > 0 ? `Reading aloud from “${from}”.` : 'Reading aloud from the start.');
    speak(first);
  };
  return { start, stop, run };
}

const canSpeak = () => Boolean(window.speechSynthesis) && typeof SpeechSynthesisUtterance === 'function';
const unchanging = () => () => {};

export function ReadAloud() {
  // False in the server's HTML and at hydration, then what this browser offers: no control without speech.
  const supported = useSyncExternalStore(unchanging, canSpeak, () => false);
  const [state, setState] = useState<State>('idle');
  const [status, setStatus] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const speech = useSpeech((next, words) => {
    setState(next);
    setStatus(words);
  });

  useEffect(() => {
    const { run } = speech;
    return () => {
      // Leaving the page ends what it was saying.
      if (run.current > 0) window.speechSynthesis.cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on mount
  }, []);

  if (!supported) return null;
  const onToggle = () => {
    if (state === 'idle') speech.start();
    else if (state === 'playing') {
      window.speechSynthesis.pause();
      setState('paused');
      setStatus('Paused.');
    } else {
      window.speechSynthesis.resume();
      setState('playing');
      setStatus('Reading aloud.');
    }
  };
  const onStop = () => {
    speech.stop('Stopped.');
    toggle.current?.focus();
  };
  return (
    <div className="read-aloud" role="group" aria-label="Read aloud">
      <button ref={toggle} type="button" className="button" aria-label={LABELS[state].name} onClick={onToggle}>
        {LABELS[state].text}
      </button>
      {state === 'idle' ? null : (
        <button type="button" className="button" aria-label="Stop reading aloud" onClick={onStop}>
          Stop
        </button>
      )}
      <p role="status" className="read-aloud-status">
        {status}
      </p>
    </div>
  );
}
