import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAccuracy } from '../../src/lib/data/accuracy.ts';

const set = (rate: number) => {
  const share = { right: 9, of: 10, rate };
  const match = { tp: 9, fp: 1, fn: 1, precision: rate, recall: rate, f1: rate };
  return { articles: 10, withYear: 9, produced: share, title: share, date: share, publisher: share, chairs: match, officials: match, directives: match };
};
const dir = mkdtempSync(join(tmpdir(), 'accuracy-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe('content/accuracy.json', () => {
  it('is read in the shape npm run regression writes', () => {
    const file = write('ok.json', { corpus: 'tests/regression', sets: { all: set(0.9), development: set(0.95), heldOut: set(0.8) } });
    expect(readAccuracy(file)?.sets.heldOut.chairs.f1).toBe(0.8);
  });
  it('is absent before the regression corpus is measured', () => {
    expect(readAccuracy(join(dir, 'missing.json'))).toBeUndefined();
  });
  it('names the file and the field when a rate is out of range', () => {
    const file = write('bad.json', { corpus: 'x', sets: { all: set(1.5), development: set(0.9), heldOut: set(0.9) } });
    expect(() => readAccuracy(file)).toThrow(/bad\.json: sets\.all\.produced\.rate/);
  });
});
