import { describe, expect, it } from 'vitest';
import { sentencesOf } from './sentences';

const texts = (text: string) => sentencesOf(text).map((sentence) => sentence.text);

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
    expect(texts('She wrote, "I will never forget." Then she stopped.')).toEqual(['She wrote, "I will never forget."', 'Then she stopped.']);
  });

  it('never cuts a quotation of several sentences, in straight or curly marks', () => {
    expect(texts('She wrote, "I will go. I will." Then she went.')).toEqual(['She wrote, "I will go. I will."', 'Then she went.']);
    expect(texts('“I asked the nurses. I have no idea when I stopped,” she wrote. It was late.')).toEqual([
      '“I asked the nurses. I have no idea when I stopped,” she wrote.',
      'It was late.',
    ]);
    // Mixed marks, as one of the seed articles has them: a curly opening closed by a straight one.
    expect(texts('“He hated it. I could tell." She went on.')).toEqual(['“He hated it. I could tell."', 'She went on.']);
  });

  it('goes on past a title, a month before its day and an initialism', () => {
    expect(texts('Dr. Smith met Mrs. Jones. They spoke.')).toEqual(['Dr. Smith met Mrs. Jones.', 'They spoke.']);
    expect(texts('She posted on Oct. 28 and again on Sept. 30. Then she stopped.')).toEqual(['She posted on Oct. 28 and again on Sept. 30.', 'Then she stopped.']);
    expect(texts('The U.S. Army said no. Then it said yes.')).toEqual(['The U.S. Army said no.', 'Then it said yes.']);
    expect(texts('John F. Kennedy spoke. The crowd listened.')).toEqual(['John F. Kennedy spoke.', 'The crowd listened.']);
  });

  it('ends a sentence at a month’s abbreviation that no day follows, and at a word that only looks like one', () => {
    expect(texts('It happened in Oct. Nobody knew.')).toEqual(['It happened in Oct.', 'Nobody knew.']);
    expect(texts('She saw the doctor. Then she went home.')).toEqual(['She saw the doctor.', 'Then she went home.']);
  });

  it('sets a news agency’s dateline apart from the sentence it opens', () => {
    const text = 'WASHINGTON, Oct. 28 (UPI) -- Chrissy Teigen wrote an essay. She thanked her fans.';
    expect(texts(text)).toEqual(['WASHINGTON, Oct. 28 (UPI) --', 'Chrissy Teigen wrote an essay.', 'She thanked her fans.']);
    expect(texts('LOS ANGELES (AP) — The singer spoke. He left.')).toEqual(['LOS ANGELES (AP) —', 'The singer spoke.', 'He left.']);
    for (const sentence of sentencesOf(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
