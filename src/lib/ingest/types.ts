/** Records passed between the ingest's stages. */
import type { LineRead } from './stamp.ts';

/** One line of the source file; n is 1-based in the original file (front block included). */
export interface Line {
  n: number;
  text: string;
}

export const LINE_KINDS = [
  'front',
  'blank',
  'title',
  'date',
  'lead',
  'body',
  'caption',
  'byline',
  'source',
  'boilerplate',
  'duplicate',
  'teaser',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** Kinds whose text ends up in the article body. */
export const KEPT_KINDS: ReadonlySet<LineKind> = new Set(['lead', 'body', 'caption']);

export interface ClassifiedLine extends Line {
  kind: LineKind;
  /** Why the line got its kind, for --explain. */
  reason: string;
  /** The line's stamp and outlet prefix, read once by the classify stage for every later stage. */
  read: LineRead;
}

/** Something implausible that does not stop the file: printed with its line by the ingest. */
export interface IngestWarning {
  line: number;
  message: string;
}

/** A block of the cleaned article body. */
export interface Block {
  line: number;
  text: string;
  kind: 'lead' | 'body' | 'caption';
}

/** A problem that stops one file from being converted. */
export class IngestError extends Error {
  readonly line: number;
  readonly hint: string;
  constructor(line: number, message: string, hint: string) {
    super(message);
    this.name = 'IngestError';
    this.line = line;
    this.hint = hint;
  }
}
