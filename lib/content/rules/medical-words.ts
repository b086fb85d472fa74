/**
 * A story's short summary is the gentle alternative the content note offers:
 * it must carry no medical detail, in its own words or in the passages it
 * quotes (those are shown in its notes). The check is lexical, so it is strict
 * on purpose: a word here in another sense ("delivered a speech") is reworded.
 */

const MEDICAL_DETAIL: { word: string; pattern: RegExp }[] = [
  { word: 'blood', pattern: /\bblood/i },
  { word: 'bleeding', pattern: /\b(bleed\w*|bled)\b/i },
  { word: 'transfusion', pattern: /\btransfus\w*/i },
  { word: 'placenta', pattern: /\bplacent\w*/i },
  { word: 'abruption', pattern: /\babruption/i },
  { word: 'haemorrhage', pattern: /\bha?emorrha\w*/i },
  { word: 'delivery', pattern: /\bdeliver\w*/i },
  { word: 'pushing', pattern: /\bpush(ed|ing)\b/i },
  { word: 'labour', pattern: /\blabou?r\b/i },
  { word: 'epidural', pattern: /\bepidural/i },
  { word: 'induced', pattern: /\binduc(e|ed|ing|tion)\b/i },
  { word: 'contractions', pattern: /\bcontractions?\b/i },
  { word: 'convulsions', pattern: /\bconvuls\w*/i },
  { word: 'oxygen', pattern: /\boxygen/i },
  { word: 'fetus', pattern: /\bf(o)?etus/i },
  { word: 'fluid', pattern: /\bfluids?\b/i },
  { word: 'surgery', pattern: /\bsurg(ery|ical)\b/i },
  { word: 'stillbirth', pattern: /\bstill-?(birth|born)/i },
  { word: 'hospital', pattern: /\bhospital\w*/i },
  { word: 'nurses', pattern: /\bnurses?\b/i },
  { word: 'doctors', pattern: /\bdoctors?\b/i },
];

/** The medical-detail words found in a text, each named once, in list order. */
export function medicalDetailIn(text: string): string[] {
  return MEDICAL_DETAIL.filter(({ pattern }) => pattern.test(text)).map(({ word }) => word);
}
