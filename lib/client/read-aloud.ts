import { sentencesOf } from '../matching/sentences';
import { sectionAnnouncement } from '../view/read-aloud';
import { READ_ALOUD } from './hooks';

/**
 * Read-aloud: speaks the account as prose, in reading order, from the start
 * or from the section the reader is in. It speaks each section heading and a
 * sensitive passage's note, and none of the apparatus: no marker names, no
 * "Skip …" links. The sentence being spoken is highlighted (CSS Custom
 * Highlight API: the page's text is never rewritten) and kept in view. The
 * controls are in the page's HTML, hidden; they appear only with speech
 * synthesis, and it never starts by itself.
 */

/** The elements whose text is spoken, each as a unit; only the innermost is read where they nest. */
const BLOCKS = 'h2, h3, p, li, blockquote, figcaption, .photo-frame-label, .photo-frame-description';
/** Text that is apparatus, not account: the claims' markers, their notes and what explains them, the skip links, words meant for screen readers only. */
const UNSPOKEN = '.cite-marker, .note, .markers-explained, .section-note a, .visually-hidden';
const HIGHLIGHT = 'read-aloud';

interface Utterance {
  text: string;
  /** Where the words stand on the page, to highlight them and keep them in view. */
  range: Range;
  /** The section heading this utterance announces, if it is one. */
  heading?: Element;
}

type Piece = { node: Text; start: number };

/** A range of a block's spoken text, found again among its text nodes. */
function rangeOf(pieces: Piece[], start: number, end: number): Range {
  const at = (offset: number, isEnd: boolean) => {
    const piece = [...pieces].reverse().find((p) => (isEnd ? p.start < offset : p.start <= offset)) ?? pieces[0]!;
    return [piece.node, Math.min(offset - piece.start, piece.node.length)] as const;
  };
  const range = document.createRange();
  range.setStart(...at(start, false));
  range.setEnd(...at(end, true));
  return range;
}

function spokenText(block: Element): { pieces: Piece[]; text: string } {
  const pieces: Piece[] = [];
  let text = '';
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(UNSPOKEN)) continue;
    pieces.push({ node, start: text.length });
    text += node.data;
  }
  return { pieces, text };
}

function blockUtterances(block: Element, language: string): Utterance[] {
  const { pieces, text } = spokenText(block);
  if (pieces.length === 0) return [];
  if (/^H[23]$/.test(block.tagName)) {
    const whole = sentencesOf(text, language)[0];
    return whole ? [{ text: sectionAnnouncement(text), range: rangeOf(pieces, whole.start, text.trimEnd().length), heading: block }] : [];
  }
  return sentencesOf(text, language).map((sentence) => ({ text: sentence.text, range: rangeOf(pieces, sentence.start, sentence.end) }));
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

type State = keyof typeof READ_ALOUD.labels;

interface Controls {
  toggle: HTMLButtonElement;
  stop: HTMLButtonElement;
  status: HTMLElement;
}

function render(controls: Controls, state: State, status: string) {
  const label = READ_ALOUD.labels[state];
  controls.toggle.textContent = label.text;
  controls.toggle.setAttribute('aria-label', label.name);
  controls.stop.hidden = state === 'idle';
  controls.status.textContent = status;
}

/** Speaks utterances one after another; a stopped run never speaks again. */
function reader(controls: Controls) {
  const synth = window.speechSynthesis;
  let run = 0;
  let state: State = 'idle';
  const set = (next: State, status: string) => {
    state = next;
    render(controls, state, status);
  };
  const stop = (status: string) => {
    run++;
    // A synthesizer paused and then cancelled can stay paused (Chromium does): the next Listen would say nothing.
    if (synth.paused) synth.resume();
    synth.cancel();
    show(undefined);
    set('idle', status);
  };
  const start = () => {
    const body = document.querySelector('.story-body');
    const language = document.documentElement.lang || 'en';
    const utterances = body ? accountUtterances(body, language) : [];
    const first = startIndex(utterances);
    const current = ++run;
    const speak = (index: number) => {
      if (run !== current) return;
      const next = utterances[index];
      if (!next) return stop('Finished reading aloud.');
      const utterance = new SpeechSynthesisUtterance(next.text);
      utterance.lang = language;
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        if (event.error !== 'interrupted' && event.error !== 'canceled') speak(index + 1);
      };
      show(next);
      synth.speak(utterance);
    };
    synth.cancel();
    const from = utterances[first]?.heading?.textContent;
    set('playing', from && first > 0 ? `Reading aloud from “${from}”.` : 'Reading aloud from the start.');
    speak(first);
  };
  const toggle = () => {
    if (state === 'idle') start();
    else if (state === 'playing') {
      synth.pause();
      set('paused', 'Paused.');
    } else {
      synth.resume();
      set('playing', 'Reading aloud.');
    }
  };
  return { toggle, stop, started: () => run > 0 };
}

const canSpeak = () => Boolean(window.speechSynthesis) && typeof SpeechSynthesisUtterance === 'function';

/** Wires one read-aloud control group; leaves it hidden where the browser cannot speak. */
export function enhanceReadAloud(group: HTMLElement) {
  if (!canSpeak()) return;
  const controls: Controls = {
    toggle: group.querySelector('[data-read-aloud="toggle"]')!,
    stop: group.querySelector('[data-read-aloud="stop"]')!,
    status: group.querySelector('[role="status"]')!,
  };
  const speech = reader(controls);
  controls.toggle.addEventListener('click', speech.toggle);
  controls.stop.addEventListener('click', () => {
    speech.stop('Stopped.');
    controls.toggle.focus();
  });
  // Leaving the page ends what it was saying.
  window.addEventListener('pagehide', () => {
    if (speech.started()) window.speechSynthesis.cancel();
  });
  group.hidden = false;
}
