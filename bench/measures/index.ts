/**
 * Every measurement of the bench, in the order npm run bench runs them: what
 * needs only the project's copy, then its build, then what needs its server
 * (started once, before the first of them, and stopped after the last), then
 * what runs instances and builds of its own. A new measurement is a file
 * beside this one exporting a measure (bench/measure.ts), added here.
 */
import { bookMeasure } from './book';
import { buildMeasure } from './build';
import { bytesMeasure } from './bytes';
import { extractMeasure } from './extract';
import { lighthouseMeasure } from './lighthouse';
import { loadMeasure } from './load';
import { pipelineMeasure } from './pipeline';
import { readingScriptsMeasure } from './reading-scripts';
import { restartsMeasure } from './restarts';
import { scaleMeasure } from './scale';
import { storiesMeasure } from './stories';
import { throughputMeasure } from './throughput';

export const MEASURES = [
  buildMeasure,
  pipelineMeasure,
  bookMeasure,
  bytesMeasure,
  readingScriptsMeasure,
  lighthouseMeasure,
  throughputMeasure,
  loadMeasure,
  restartsMeasure,
  storiesMeasure,
  scaleMeasure,
  extractMeasure,
] as const;

type AnyMeasure = (typeof MEASURES)[number];

/** Each measure's figures, under its name. */
export type Figures = { [M in AnyMeasure as M['name']]: Awaited<ReturnType<M['run']>> };
