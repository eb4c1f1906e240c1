/** validateJson on a file with thousands of problems (issue 13, item 16): the first
 * MAX_PROBLEMS are described with their lines, the rest are counted. */
import { describe, expect, it } from 'vitest';
import { importSettings } from '../../src/settings/transfer';
import { parseStylePack } from '../../src/settings/style-pack';
import { describeProblems, MAX_PROBLEMS } from '../../src/settings/validate';

/** A pack whose glossary has `entries` values that are not text, one a line from line 5. */
const hugePack = (entries: number) => {
  const glossary = Object.fromEntries(Array.from({ length: entries }, (_, i) => [`K${i}`, i]));
  return JSON.stringify({ formatVersion: 1, name: 'X', glossary }, null, 1);
};

describe('problems of a large invalid file', () => {
  it('describes the first 50 of 30,000 problems, with their lines, and counts the rest', () => {
    const result = parseStylePack(hugePack(30_000));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(MAX_PROBLEMS);
    expect(result.more).toBe(30_000 - MAX_PROBLEMS);
    expect(result.problems[0]).toEqual({ path: 'glossary.K0', message: 'expected text', line: 5 });
    expect(result.problems[49]).toEqual({ path: 'glossary.K49', message: 'expected text', line: 54 });
    expect(describeProblems(result)).toMatch(/^glossary\.K0 \(line 5\): expected text; .*; and 29950 more$/);
  });

  it('lists every problem when there are few, with no count', () => {
    const few = parseStylePack(hugePack(2));
    expect(few.ok).toBe(false);
    if (few.ok) return;
    expect(few.more).toBeUndefined();
    expect(describeProblems(few)).toBe('glossary.K0 (line 5): expected text; glossary.K1 (line 6): expected text');
  });

  it('caps the problems of a settings file the same way', () => {
    const dictionary = Array.from({ length: 2000 }, (_, i) => i);
    const result = importSettings(JSON.stringify({ dictionary }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
  });
});
