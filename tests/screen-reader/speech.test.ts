import { describe, expect, it } from 'vitest';
import { between, markerShare, repeats, unknownWords, utterances, wordsOf } from './speech';

const log = [
  "10:00:00.000001 - SPEECH DISPATCHER: Speaking '<speak><mark name=\"0:3\"/>In brief heading level 2.</speak>'",
  '10:00:00.100000 - SPEECH OUTPUT: \'In brief heading level 2.\'',
  "10:00:01.000000 - SPEECH DISPATCHER: Speaking '<speak>Teigen &amp; Legend&#x27;s son. </speak>'",
].join('\n');

describe('reading what Orca said', () => {
  it('takes each utterance from the speech server lines only, without marks or entities', () => {
    expect(utterances(log)).toEqual(['In brief heading level 2.', "Teigen & Legend's son."]);
  });

  it('counts words as a listener does, letters and digits, an apostrophe inside a word', () => {
    expect(wordsOf(['“She wrote,” 2 articles link.', "Legend's"])).toEqual(['She', 'wrote', '2', 'articles', 'link', "Legend's"]);
  });
});

describe('the measures', () => {
  it('counts a marker as its name and role, visited or not, and nothing else', () => {
    const said = ['She wrote an essay.', '2 articles link.', 'They had two children.', '1 article visited link.'];
    expect(markerShare(said)).toEqual({ markerWords: 7, words: 15, share: 7 / 15 });
    expect(markerShare(['Two articles reported it.']).markerWords).toBe(0);
  });

  it('cuts a transcript from one utterance to the next that starts otherwise', () => {
    expect(between(['a', 'In brief', 'x', 'y', 'If this story', 'z'], 'In brief', 'If this story')).toEqual(['In brief', 'x', 'y']);
    expect(between(['a'], 'In brief', 'If')).toEqual([]);
  });

  it('finds words run together, which neither the page nor Orca says', () => {
    const page = new Set(['archived', 'copy', 'of', 'the', 'article']);
    expect(unknownWords(['Archived copyof the article link'], page, new Set(['link']))).toEqual(['copyof']);
    expect(unknownWords(['Archived copy of the article link'], page, new Set(['link']))).toEqual([]);
  });

  it('finds an utterance said again right after itself', () => {
    expect(repeats(['2 of 5 articles report this.', '2 of 5 articles report this.', 'EURweb'])).toEqual(['2 of 5 articles report this.']);
    expect(repeats(['a', 'b', 'a'])).toEqual([]);
  });
});
