/** Every lexicon term, all languages. Compiled once by lexicon.ts. */
import { DE } from "./de";
import { EN } from "./en";
import { ES } from "./es";
import { FR } from "./fr";
import { IT } from "./it";
import { LICENCE } from "./licence";
import { MAKES } from "./makes";
import { PL } from "./pl";
import { PT } from "./pt";
import { RU } from "./ru";
import { SENSE_CUES } from "./senses";
import type { TermSpec } from "./types";

export const ALL_TERMS: readonly TermSpec[] = [...MAKES, ...EN, ...ES, ...FR, ...DE, ...PT, ...IT, ...RU, ...PL, ...LICENCE, ...SENSE_CUES];
export type { TermSpec } from "./types";
