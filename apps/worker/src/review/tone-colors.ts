import type { Tone } from './report-model';

/** One palette for the HTML and PDF charts; each tone also has a label in the legend, so colour is never the only cue. */
export const TONE_COLORS: Record<Tone, string> = {
  good: '#2e7d32',
  late: '#e0a100',
  refused: '#6a1b9a',
  bad: '#c62828',
  pending: '#9e9e9e',
};
