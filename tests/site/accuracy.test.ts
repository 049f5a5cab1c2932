/** Reading content/accuracy.json for the about page. */
import { describe, expect, it } from 'vitest';
import { formatRate, loadAccuracy, parseAccuracy } from '../../src/lib/site/accuracy.ts';

describe('accuracy results', () => {
  it('a missing or malformed file names itself and says to rerun the regression', () => {
    expect(() => loadAccuracy('tests/.tmp/no-such-accuracy.json')).toThrow(/no-such-accuracy\.json: missing; .*npm run regression/);
    expect(() => parseAccuracy({ corpus: 'x', sets: {} }, 'a.json')).toThrow(/^a\.json: .*sets\.all.*npm run regression/);
  });

  it('rates read as Vietnamese writes percentages', () => {
    expect(formatRate(0.975)).toBe('97,5%');
    expect(formatRate(1)).toBe('100%');
  });
});
