/** The part of citation.js the tests use: it ships no type declarations. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[]);
    format(format: 'bibliography', options: { format: 'text' | 'html'; template: string; lang: string }): string;
  }
}
declare module '@citation-js/plugin-csl';
