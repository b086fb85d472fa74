import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

describe('sentencesOf', () => {
  it('cuts a paragraph into its sentences, each at its place in the text', () => {
    const text = 'She wrote an essay. It was published on Medium.  She thanked readers.';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual(['She wrote an essay.', 'It was published on Medium.', 'She thanked readers.']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('speaks no whitespace: text of only spaces has no sentence', () => {
    expect(sentencesOf('   \n ')).toEqual([]);
    expect(sentencesOf('  Leading space.')).toEqual([{ text: 'Leading space.', start: 2, end: 16 }]);
  });

  it('keeps a quotation with its sentence', () => {
    expect(sentencesOf('She wrote, "I will never forget." Then she stopped.').map((s) => s.text)).toEqual(['She wrote, "I will never forget."', 'Then she stopped.']);
  });
});
