/** The EYD V mechanics rows of `npm run eval` (scripts/eval.ts calls mechanicsRows): the rules for
 * reduplication, di/ke, punctuation spacing, day and month capitals, "s/d" and time ranges, and
 * spelling.non-standard's loanwords and chat abbreviations.
 *
 * - Precision and recall on the project's own mechanics set (tests/fixtures/mechanics/{dev,test}.tsv:
 *   sentences in the style of public-service posts with the edits an editor would make; dev for
 *   tuning, test held back). A fix is right when it lies inside one of the sentence's edits and
 *   turns it into the corrected text; every other fix is a false alarm.
 * - How often each rule fires on published news text (IndoNLU NER-P and NERGrit, dev and test),
 *   per 1,000 words: no gold, but most sentences there are edited text, so a firing is either one
 *   of the text's own slips or a false alarm (`MECHANICS_DEBUG=1 npm run eval` prints them to look
 *   at). NER-P is published in lower case, so the capitals rule is counted on NERGrit only.
 *
 * `MECHANICS_DEBUG=1` also prints the set's misses and false alarms. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Finding } from '../src/analysis';
import type { EvalRow } from './eval-common';

export type MechanicsRow = EvalRow;

/** The mechanics rules, and spelling.non-standard for the loanword and chat-abbreviation entries. */
export const MECHANICS_RULES = [
  'spelling.reduplication',
  'spelling.di-preposition',
  'style.punctuation-spacing',
  'spelling.capital-day-month',
  'spelling.abbreviation-dots',
  'style.time-range',
];
const SET_RULES = new Set([...MECHANICS_RULES, 'spelling.non-standard']);
const DEBUG = process.env.MECHANICS_DEBUG === '1';

interface Edit {
  wrong: string;
  right: string;
}
interface Case {
  text: string;
  edits: Edit[];
}

function readSet(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((line) => {
      const [text, gold = ''] = line.split('\t');
      const edits = gold
        .split(' || ')
        .filter((e) => e.trim() !== '')
        .map((e) => {
          const [wrong, right] = e.split(' => ');
          return { wrong: wrong!, right: right! };
        });
      return { text: text!, edits };
    });
}

/** The edit a fix makes, if it is one of the sentence's edits not matched yet. */
function matchEdit(text: string, f: Finding, edits: Edit[], used: Set<Edit>): Edit | undefined {
  const fix = f.fix!;
  for (const e of edits) {
    if (used.has(e)) continue;
    for (let at = text.indexOf(e.wrong); at !== -1; at = text.indexOf(e.wrong, at + 1)) {
      if (fix.start < at || fix.end > at + e.wrong.length) continue;
      const applied = e.wrong.slice(0, fix.start - at) + fix.replacement + e.wrong.slice(fix.end - at);
      if (applied === e.right) return e;
    }
  }
  return undefined;
}

function setRows(file: string, label: string, now: Date): MechanicsRow[] {
  const cases = readSet(file);
  const counts = new Map<string, { tp: number; fp: number }>();
  let tp = 0;
  let fp = 0;
  let gold = 0;
  for (const c of cases) {
    gold += c.edits.length;
    const used = new Set<Edit>();
    const found = analyze(c.text, { now, audience: 'public' }).findings.filter((f) => SET_RULES.has(f.rule) && f.fix);
    for (const f of found) {
      const edit = matchEdit(c.text, f, c.edits, used);
      const count = counts.get(f.rule) ?? { tp: 0, fp: 0 };
      counts.set(f.rule, count);
      if (edit) {
        used.add(edit);
        tp++;
        count.tp++;
      } else {
        fp++;
        count.fp++;
        if (DEBUG) console.error(`mechanics ${label} false alarm ${f.rule}: “${f.span?.text}” → “${f.fix!.replacement}” in ${c.text}`);
      }
    }
    if (DEBUG)
      for (const e of c.edits) if (!used.has(e)) console.error(`mechanics ${label} missed: “${e.wrong}” → “${e.right}” in ${c.text}`);
  }
  const data = `Tutur mechanics set ${label}`;
  return [
    {
      task: 'EYD V mechanics and spelling fixes: precision',
      data,
      n: tp + fp,
      metric: 'precision',
      value: tp + fp ? tp / (tp + fp) : 0,
      target: label === 'dev' ? '≥ 0.95' : undefined,
    },
    { task: 'EYD V mechanics and spelling fixes: recall', data, n: gold, metric: 'recall', value: gold ? tp / gold : 0 },
    {
      task: 'EYD V mechanics and spelling fixes: false alarms by rule',
      data,
      n: cases.length,
      metric: 'count',
      value: NaN,
      target:
        [...counts]
          .filter(([, c]) => c.fp > 0)
          .map(([rule, c]) => `${rule} ${c.fp}`)
          .join(', ') || 'none',
    },
  ];
}

/** Sentences of an IndoNLU CoNLL file, detokenised as eval.ts does for the facts. */
function newsSentences(path: string, detokenise: (words: string[]) => string): string[] {
  const out: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (words.length) out.push(detokenise(words));
      words = [];
      continue;
    }
    const [word] = line.split('\t');
    if (word !== undefined) words.push(word);
  }
  if (words.length) out.push(detokenise(words));
  return out;
}

function newsRows(data: string, now: Date, detokenise: (words: string[]) => string): MechanicsRow[] {
  const rows: MechanicsRow[] = [];
  for (const [name, folder, lowerCase] of [
    ['NER-P', 'nerp_ner-prosa', true],
    ['NERGrit', 'nergrit_ner-grit', false],
  ] as const) {
    for (const split of ['valid', 'test'] as const) {
      const sentences = newsSentences(`${data}/indonlu/${folder}/${split}_preprocess.txt`, detokenise);
      const rules = lowerCase ? MECHANICS_RULES.filter((r) => r !== 'spelling.capital-day-month') : MECHANICS_RULES;
      const fired = new Map<string, number>(rules.map((r) => [r, 0]));
      let words = 0;
      for (const s of sentences) {
        words += s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        for (const f of analyze(s, { now, audience: 'public' }).findings) {
          if (!fired.has(f.rule)) continue;
          fired.set(f.rule, fired.get(f.rule)! + 1);
          if (DEBUG) console.error(`mechanics ${name} ${split} ${f.rule}: “${f.span?.text}” → “${f.fix?.replacement}” in ${s}`);
        }
      }
      const total = [...fired.values()].reduce((a, b) => a + b, 0);
      rows.push({
        task: 'EYD V mechanics rules fire on edited news (per 1,000 words; a firing is a slip of the text or a false alarm)',
        data: `${name} ${split === 'valid' ? 'dev' : 'test'}${lowerCase ? ' (lower case: no capitals rule)' : ''}`,
        n: words,
        metric: 'per 1,000 words',
        value: (1000 * total) / words,
        target: [...fired]
          .filter(([, n]) => n > 0)
          .map(([rule, n]) => `${rule.replace(/^(spelling|style)\./, '')} ${n}`)
          .join(', '),
      });
    }
  }
  return rows;
}

export function mechanicsRows(data: string, now: Date, detokenise: (words: string[]) => string): MechanicsRow[] {
  const set = resolve(process.cwd(), 'tests/fixtures/mechanics');
  return [...setRows(`${set}/dev.tsv`, 'dev', now), ...setRows(`${set}/test.tsv`, 'test', now), ...newsRows(data, now, detokenise)];
}
