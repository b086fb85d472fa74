/** A range of a paragraph's verbatim text, in UTF-16 units, end exclusive. */
export interface Passage {
  sourceId: string;
  paragraph: number;
  start: number;
  end: number;
}
