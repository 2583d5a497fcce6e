/**
 * The held-out question sets, oldest first. Each was written before the code changes it measures; while
 * it is clean, nobody building reads its questions or misses (the accuracy test and the bench print only
 * its scores). Once a newer blind set exists, an older one may become a development set: its misses are
 * read and fixed by kind, and its score is no longer an honest number (`clean: false`, said in its label).
 * One table, so the test (floors) and the bench (per-kind scores) always cover the same sets.
 */
import type { Case } from './cases.js';
import { HOLDOUT } from './holdout/questions.js';
import { HOLDOUT2 } from './holdout2/questions.js';
import { HOLDOUT3 } from './holdout3/questions.js';
import { HOLDOUT4 } from './holdout4/questions.js';
import { HOLDOUT5 } from './holdout5/questions.js';
import { HOLDOUT6 } from './holdout6/questions.js';
import { HOLDOUT7 } from './holdout7/questions.js';
import { HOLDOUT8 } from './holdout8/questions.js';
import { HOLDOUT9 } from './holdout9/questions.js';
import { HOLDOUT10 } from './holdout10/questions.js';
import { HOLDOUT11 } from './holdout11/questions.js';
import { HOLDOUT12 } from './holdout12/questions.js';
import { HOLDOUT13 } from './holdout13/questions.js';
import { HOLDOUT14 } from './holdout14/questions.js';
import { HOLDOUT15 } from './holdout15/questions.js';
import { HOLDOUT16 } from './holdout16/questions.js';
import { HOLDOUT17 } from './holdout17/questions.js';

export interface Holdout {
  /** Its key in the accuracy test's floors. */
  key:
    | 'holdout'
    | 'holdout2'
    | 'holdout3'
    | 'holdout4'
    | 'holdout5'
    | 'holdout6'
    | 'holdout7'
    | 'holdout8'
    | 'holdout9'
    | 'holdout10'
    | 'holdout11'
    | 'holdout12'
    | 'holdout13'
    | 'holdout14'
    | 'holdout15'
    | 'holdout16'
    | 'holdout17';
  title: string;
  dir: string;
  /** When it was written, relative to the code. */
  written: string;
  /** False once its misses have been read while building (it then measures only regressions). */
  clean: boolean;
  /** The session since which its misses have been read (only for a set that is no longer clean). */
  devSince?: number;
  cases: readonly Case[];
  /** The fewest questions it may hold (a set cut down would score on too little). */
  minSize: number;
}

export const HOLDOUTS: readonly Holdout[] = [
  {
    key: 'holdout',
    title: 'Holdout set',
    dir: 'holdout',
    written: 'written before the pipeline',
    clean: false,
    devSince: 4,
    cases: HOLDOUT,
    minSize: 122,
  },
  {
    key: 'holdout2',
    title: 'Holdout 2',
    dir: 'holdout2',
    written: 'written before wave 2 changed the code',
    clean: false,
    devSince: 4,
    cases: HOLDOUT2,
    minSize: 80,
  },
  {
    key: 'holdout3',
    title: 'Holdout 3',
    dir: 'holdout3',
    written: 'written blind in round 2 before reading the code',
    clean: false,
    devSince: 4,
    cases: HOLDOUT3,
    minSize: 80,
  },
  {
    key: 'holdout4',
    title: 'Holdout 4',
    dir: 'holdout4',
    written: 'written blind in session 3 from the sources before reading the code',
    clean: false,
    devSince: 4,
    cases: HOLDOUT4,
    minSize: 140,
  },
  {
    key: 'holdout5',
    title: 'Holdout 5',
    dir: 'holdout5',
    written: 'written blind in session 4 from the sources before reading the code',
    clean: false,
    devSince: 5,
    cases: HOLDOUT5,
    minSize: 220,
  },
  {
    key: 'holdout6',
    title: 'Holdout 6',
    dir: 'holdout6',
    written: 'written blind in session 5 from the sources before reading the code',
    clean: false,
    devSince: 6,
    cases: HOLDOUT6,
    minSize: 275,
  },
  {
    key: 'holdout7',
    title: 'Holdout 7',
    dir: 'holdout7',
    written: 'written blind in session 6 from the sources before reading the code',
    clean: false,
    devSince: 7,
    cases: HOLDOUT7,
    minSize: 290,
  },
  {
    key: 'holdout8',
    title: 'Holdout 8',
    dir: 'holdout8',
    written: 'written blind in session 6 from the sources by a reader who never saw the code',
    clean: false,
    devSince: 6,
    cases: HOLDOUT8,
    minSize: 305,
  },
  {
    key: 'holdout9',
    title: 'Holdout 9',
    dir: 'holdout9',
    written: 'written blind in session 7 from the sources before reading the code',
    clean: false,
    devSince: 8,
    cases: HOLDOUT9,
    minSize: 319,
  },
  {
    key: 'holdout10',
    title: 'Holdout 10',
    dir: 'holdout10',
    written: 'written blind in session 7 from the sources as a development set (its misses are read while building)',
    clean: false,
    devSince: 7,
    cases: HOLDOUT10,
    minSize: 310,
  },
  {
    key: 'holdout11',
    title: 'Holdout 11',
    dir: 'holdout11',
    written: 'written blind in session 8 from the sources before reading the code',
    clean: false,
    devSince: 9,
    cases: HOLDOUT11,
    minSize: 323,
  },
  {
    key: 'holdout12',
    title: 'Holdout 12',
    dir: 'holdout12',
    written: 'written blind in session 9 from the sources before reading the code',
    clean: false,
    devSince: 10,
    cases: HOLDOUT12,
    minSize: 323,
  },
  {
    key: 'holdout13',
    title: 'Holdout 13',
    dir: 'holdout13',
    written: 'written blind in session 10 from the sources before reading the code',
    clean: false,
    devSince: 11,
    cases: HOLDOUT13,
    minSize: 323,
  },
  {
    key: 'holdout14',
    title: 'Holdout 14',
    dir: 'holdout14',
    written: 'written blind in session 11 from the sources before reading the code',
    clean: false,
    devSince: 12,
    cases: HOLDOUT14,
    minSize: 323,
  },
  {
    key: 'holdout15',
    title: 'Holdout 15',
    dir: 'holdout15',
    written: 'written blind in session 12 from the sources before reading the code',
    clean: true,
    cases: HOLDOUT15,
    minSize: 323,
  },
  {
    key: 'holdout16',
    title: 'Holdout 16',
    dir: 'holdout16',
    written:
      "written blind in session 20 by a reader who never saw the code (the private half of the fact-checker's set)",
    clean: false,
    devSince: 21,
    cases: HOLDOUT16,
    minSize: 70,
  },
  {
    key: 'holdout17',
    title: 'Holdout 17',
    dir: 'holdout17',
    written:
      "written blind in session 21 by a reader who never saw the code (the private half of the fact-checker's set)",
    clean: true,
    cases: HOLDOUT17,
    minSize: 70,
  },
];

/** How the bench and the test name a set: "Holdout 7 (tests/answer/holdout7/, written …, never tuned against)". */
export const holdoutLabel = (h: Holdout): string =>
  `${h.title} (tests/answer/${h.dir}/, ${h.written}, ${h.clean ? 'never tuned against' : `a development set${h.devSince ? ` since session ${h.devSince}` : ''}: its misses were read and fixed by kind`})`;
