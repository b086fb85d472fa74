import { describe, expect, it } from 'vitest';
import { blockDropReason } from './boilerplate';
import { wordCount } from './dom';

const reason = (text: string, linkDensity = 0) => blockDropReason(text, wordCount(text), linkDensity);

describe('blockDropReason', () => {
  it.each([
    ['Read more: the council’s plan for the ring road', 'related links'],
    ['Sign up for our morning newsletter', 'newsletter prompt'],
    ['By Jane Roe and John Doe', 'byline'],
    ['Published 11:11 PM EST Nov 19, 2019', 'byline'],
    ['(Reporting by Greg Roumeliotis; editing by Ann Lee)', 'byline'],
    ['Sakib Ali/Hindustan Times/Getty Images', 'caption'],
    ['Tempo de leitura: 2 minutos', 'reading time'],
    ['Comments', 'interface label'],
    ['Iklan', 'interface label'],
    ['Filed under: Politics |', 'navigation'],
    ['Let our news meet your inbox.', 'newsletter prompt'],
  ])('drops %j as %s', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it.each([
    'The company declined to comment to Reuters',
    'By the time the bridge reopened, the traffic had moved to the ring road for good.',
    'Comments from residents were mostly in favour of the new crossing.',
  ])('keeps the sentence %j', (text) => {
    expect(reason(text)).toBeUndefined();
  });

  it('drops a short block made mostly of links, but not a long paragraph with a few', () => {
    expect(reason('Bridge News Sport Weather', 0.9)).toBe('links');
    expect(reason('word '.repeat(60), 0.6)).toBeUndefined();
  });
});
