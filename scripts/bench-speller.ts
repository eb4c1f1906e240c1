/** `node scripts/run-ts.mjs scripts/bench-speller.ts`: what the Indonesian speller costs
 * (src/analysis/text/speller.ts): loading its dictionary and building its search structure, a
 * lookup per word (is it a word, after morphology), and the suggestions for a typo, each the first
 * time and again (the speller remembers the last 10,000 answers).
 * A benchmark, not a test: it reports and never fails. QUICK=1 for a short run. */
import { loadSpeller } from '../src/analysis/text/speller-loader';
import { unpackRanks, unpackSorted, type Speller } from '../src/analysis/text/speller';
import dictionary from '../src/analysis/data/dictionary-id-stems.json' with { type: 'json' };
import frequency from '../src/analysis/data/frequency-id.json' with { type: 'json' };

const QUICK = process.env.QUICK === '1';
const ROUNDS = QUICK ? 3 : 15;

const ms = (from: number) => performance.now() - from;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let started = performance.now();
const speller: Speller = await loadSpeller();
const loadMs = ms(started);

// Words as a post has them: the ranking list's words (stems and their derived forms), every tenth.
const ranks = unpackRanks(frequency, unpackSorted(dictionary.stems).words);
const words = [...ranks.keys()].sort((a, b) => ranks.get(a)! - ranks.get(b)!).filter((_, i) => i % 10 === 0);
// One slip in each of 300 words of five letters or more: a letter left out, or two swapped.
const typos = words
  .filter((w) => w.length >= 5)
  .slice(0, 300)
  .map((w, i) => {
    const at = 1 + (i % (w.length - 2));
    return i % 2 === 0 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  })
  .filter((w) => !speller.isWord(w));

started = performance.now();
speller.suggest('pemerintha');
const firstSuggestMs = ms(started);

// Warm the JIT on other words first (every tenth word from the fifth), as a page would have by then.
for (const w of [...ranks.keys()].filter((_, i) => i % 10 === 5).slice(0, 2000)) speller.isWord(w);
for (const w of [...ranks.keys()].filter((_, i) => i % 50 === 25).slice(0, 100)) speller.suggest(`${w}q`);
// The first time a word is asked about is the real cost; after that the speller remembers its answer.
const timed = (run: () => void, count: number, scale: number) => {
  started = performance.now();
  run();
  return (ms(started) * scale) / count;
};
const firstLookup = timed(() => words.forEach((w) => speller.isWord(w)), words.length, 1000);
const firstSuggestion = timed(() => typos.forEach((w) => speller.suggest(w)), typos.length, 1);
const lookups: number[] = [];
const suggestions: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  lookups.push(timed(() => words.forEach((w) => speller.isWord(w)), words.length, 1000));
  suggestions.push(timed(() => typos.forEach((w) => speller.suggest(w)), typos.length, 1));
}

console.log('| what | cost |');
console.log('|---|---:|');
console.log(`| load the dictionary and the ranking list, build the search structure (loadSpeller) | ${loadMs.toFixed(0)} ms |`);
console.log(`| the first suggestion after loading | ${firstSuggestMs.toFixed(1)} ms |`);
console.log(
  `| lookup: is it a word, after morphology (${words.length} words, each the first time) | ${firstLookup.toFixed(2)} µs a word |`,
);
console.log(`| the same lookups again (remembered; median of ${ROUNDS}) | ${median(lookups).toFixed(2)} µs a word |`);
console.log(
  `| suggestions for a typo, up to 5 ranked (${typos.length} typos, each the first time) | ${firstSuggestion.toFixed(2)} ms a typo |`,
);
console.log(`| the same suggestions again (remembered; median of ${ROUNDS}) | ${(median(suggestions) * 1000).toFixed(2)} µs a typo |`);
