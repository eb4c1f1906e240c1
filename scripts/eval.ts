/** `npm run eval`: scores the detectors on the public data sets in the shared data folder named by
 * TUTUR_DATA (never shipped; the data guide in the shared design folder says what each set is) and
 * prints a table.
 * Dev splits are the targets; test splits are reported as held-out figures. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, loadEnglishModel, loadSpeller, type Report } from '../src/analysis';
import { clarificationRows } from './eval-clarification';
import { conll, type EvalRow } from './eval-common';
import { mechanicsRows } from './eval-mechanics';
import { scoreRows } from './eval-score';
import { typoRows } from './eval-typos';

const DATA = resolve(process.env.TUTUR_DATA ?? '../shared/data');
const NOW = new Date('2026-11-26T03:00:00Z');
const json = process.argv.includes('--json');

if (!existsSync(DATA)) {
  console.error(`eval: no data at ${DATA} (set TUTUR_DATA to the shared data folder)`);
  process.exit(2);
}
// As the CLI does: every rule at work, the typo rule's dictionary too.
await Promise.all([loadEnglishModel(), loadSpeller()]);

type Row = EvalRow;
const rows: Row[] = [];
const pct = (x: number) => Math.round(x * 1000) / 1000;
/** Non-empty lines (the headline files are double-spaced). */
const readLines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function prf(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

// ── who / where on NER sets (sentence level) ────────────────────────────────

/** Detokenise: no space before closing punctuation, none after opening. */
function detokenise(words: string[]): string {
  return words
    .join(' ')
    .replace(/ ([.,;:!?)\]}%])/g, '$1')
    .replace(/([([{]) /g, '$1')
    .replace(/" ([^"]*?) "/g, '"$1"');
}

function nerTask(name: string, folder: string, who: string[], where: string[]) {
  for (const split of ['valid', 'test'] as const) {
    const sentences = conll(`${DATA}/indonlu/${folder}/${split}_preprocess.txt`);
    const counts = { who: { tp: 0, fp: 0, fn: 0 }, where: { tp: 0, fp: 0, fn: 0 } };
    for (const s of sentences) {
      const facts = analyze(detokenise(s.map(([w]) => w)), { now: NOW }).facts;
      const gold = { who: s.some(([, t]) => who.includes(t.slice(2))), where: s.some(([, t]) => where.includes(t.slice(2))) };
      for (const key of ['who', 'where'] as const) {
        const predicted = facts[key].length > 0;
        const c = counts[key];
        if (predicted && gold[key]) c.tp++;
        else if (predicted) c.fp++;
        else if (gold[key]) c.fn++;
      }
    }
    for (const key of ['where', 'who'] as const) {
      const { precision, recall, f1 } = prf(counts[key].tp, counts[key].fp, counts[key].fn);
      const data = `${name} ${split === 'valid' ? 'dev' : 'test'}`;
      rows.push({
        task: `${key} detection (sentence)`,
        data,
        n: sentences.length,
        metric: 'F1',
        value: f1,
        target: split === 'valid' ? '≥ 0.85' : undefined,
      });
      rows.push({
        task: `${key} detection (sentence)`,
        data,
        n: sentences.length,
        metric: 'precision / recall',
        value: NaN,
        target: `${pct(precision)} / ${pct(recall)}`,
      });
    }
  }
}
nerTask('NER-P', 'nerp_ner-prosa', ['PPL', 'IND'], ['PLC']);
nerTask('NERGrit', 'nergrit_ner-grit', ['PERSON', 'ORGANISATION'], ['PLACE']);

// In text written all in lower case, who falls back to words no dictionary knows (facts/who.ts).
// No gold here: how often who fires on tweets, as written and lower-cased, shows how much chat it mistakes for names.
{
  const tweets = csvRows(readFileSync(`${DATA}/indonlu/emot_emotion-twitter/valid_preprocess.csv`, 'utf8'))
    .slice(1)
    .map((r) => (r[1] ?? '').replace(/\[(?:USERNAME|URL)\]/g, ''));
  for (const [label, texts] of [
    ['as written', tweets],
    ['lower-cased', tweets.map((t) => t.toLowerCase())],
  ] as const) {
    const fired = texts.filter((t) => analyze(t, { now: NOW }).facts.who.length > 0).length;
    rows.push({
      task: 'who fires on chat (no gold: a noise check)',
      data: `EmoT dev tweets, ${label}`,
      n: texts.length,
      metric: 'rate',
      value: fired / texts.length,
    });
  }
}

// ── non-standard words: STIF (token level) and IndoCollex test split ─────────
function spellingFindings(text: string): Map<number, string> {
  // Offsets of flagged words → the proposed fix; the public audience (formal register).
  const report = analyze(text, { now: NOW, audience: 'public' });
  const out = new Map<number, string>();
  for (const f of report.findings) if (f.rule === 'spelling.non-standard' && f.fix) out.set(f.fix.start, f.fix.replacement.toLowerCase());
  return out;
}

/** Token alignment of an informal sentence with its formal rewrite (LCS over tokens). */
function align(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Longest stretch of changed words (informal side) whose rewrite is used to judge a fix. A word
 * rewritten alone between unchanged words has an unambiguous rewrite; in longer stretches the
 * rewriters often rephrased ("banget" within "sangat baik terima kasih"), reported apart. */
const MAX_STRETCH = 4;

/** Whether `fix` ("terima kasih", "buru-buru") occurs as consecutive words of `words` (hyphens as spaces). */
function containsWords(words: readonly string[], fix: string): boolean {
  const want = fix
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const have = words
    .join(' ')
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  for (let i = 0; i + want.length <= have.length; i++) if (want.every((w, k) => have[i + k] === w)) return true;
  return false;
}

function stifTask(split: 'dev' | 'test') {
  const inf = readFileSync(`${DATA}/stif-indonesia/${split}.inf`, 'utf8').trim().split('\n');
  const formal = readFileSync(`${DATA}/stif-indonesia/${split}.for`, 'utf8').trim().split('\n');
  let flagged = 0;
  let flaggedChanged = 0;
  let fixCorrect = 0;
  let fixJudged = 0;
  let aloneCorrect = 0;
  let aloneJudged = 0;
  let goldSubstitutions = 0;
  let goldFound = 0;
  inf.forEach((line, k) => {
    // Align words only: punctuation the rewriters added or moved would shift the pairs.
    const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w);
    const a = line.split(' ');
    const b = (formal[k] ?? '').split(' ').filter(isWord);
    const wordIndex = a.map((_, i) => i).filter((i) => isWord(a[i]!));
    const aw = wordIndex.map((i) => a[i]!);
    const pairs = align(aw, b).map(([i, j]) => [wordIndex[i]!, j] as [number, number]);
    // Gold word substitutions: between two aligned anchors, n informal tokens rewritten as n formal
    // ones pair up by position ("sy sdh" → "saya sudah"); one token rewritten as two is "tq" → "terima kasih".
    const substitution = new Map<number, string>();
    // The stretch of the rewrite that replaced each changed word: the formal words between the same two
    // anchors ("yahh makasih" → "terima kasih", "skrg" → "sekarang kenapa"), when both sides are short.
    const rewriteOf = new Map<number, { words: string[]; alone: boolean }>();
    const position = new Map(wordIndex.map((i, n) => [i, n]));
    const anchors: [number, number][] = [
      [-1, -1],
      ...pairs.map(([i, j]) => [position.get(i)!, j] as [number, number]),
      [aw.length, b.length],
    ];
    for (let p = 0; p + 1 < anchors.length; p++) {
      const [i0, j0] = anchors[p]!;
      const [i1, j1] = anchors[p + 1]!;
      const gap = i1 - i0 - 1;
      const formalGap = j1 - j0 - 1;
      if (gap > 0 && gap === formalGap) for (let g = 1; g <= gap; g++) substitution.set(wordIndex[i0 + g]!, b[j0 + g]!);
      else if (gap === 1 && formalGap === 2) substitution.set(wordIndex[i0 + 1]!, `${b[j0 + 1]} ${b[j0 + 2]}`);
      if (gap >= 1 && gap <= MAX_STRETCH && formalGap >= 1 && formalGap <= MAX_STRETCH + 1) {
        for (let g = 1; g <= gap; g++)
          rewriteOf.set(wordIndex[i0 + g]!, { words: b.slice(j0 + 1, j1), alone: gap === 1 && formalGap <= 2 });
      }
    }
    const unchanged = new Set(pairs.map(([i]) => i));
    const starts: number[] = [];
    let offset = 0;
    for (const tok of a) {
      starts.push(offset);
      offset += tok.length + 1;
    }
    const found = spellingFindings(line);
    for (const [start, fix] of found) {
      const index = starts.indexOf(start);
      if (index === -1) continue;
      flagged++;
      if (!unchanged.has(index)) flaggedChanged++;
      // A fix can be judged where the rewrite replaced the word in place (not reordered or dropped):
      // it is right when the rewrite of that stretch uses it ("buru2" → "buru-buru" matches "buru - buru").
      const rewrite = rewriteOf.get(index);
      if (rewrite !== undefined) {
        const right = containsWords(rewrite.words, fix);
        fixJudged++;
        if (right) fixCorrect++;
        if (rewrite.alone) {
          aloneJudged++;
          if (right) aloneCorrect++;
        }
      }
    }
    for (const [index] of substitution) {
      if (/^xxx\w+xxx$/.test(a[index]!) || a[index] === substitution.get(index)) continue;
      goldSubstitutions++;
      if (found.has(starts[index]!)) goldFound++;
    }
  });
  const data = `STIF ${split}`;
  rows.push({
    task: 'non-standard word: detection precision',
    data,
    n: inf.length,
    metric: 'precision',
    value: flagged ? flaggedChanged / flagged : 0,
  });
  rows.push({
    task: 'non-standard word: fix precision (a word rewritten alone, between unchanged words)',
    data,
    n: aloneJudged,
    metric: 'precision',
    value: aloneJudged ? aloneCorrect / aloneJudged : 0,
    target: split === 'dev' ? '≥ 0.95' : undefined,
  });
  rows.push({
    task: 'non-standard word: fix precision (in rewritten stretches of up to 4 words)',
    data,
    n: fixJudged,
    metric: 'precision',
    value: fixJudged ? fixCorrect / fixJudged : 0,
  });
  rows.push({
    task: 'non-standard word: recall of 1:1 rewrites',
    data,
    n: inf.length,
    metric: 'recall',
    value: goldSubstitutions ? goldFound / goldSubstitutions : 0,
  });
}
stifTask('dev');
stifTask('test');

/** IndoCollex pairs are one transformation each, so a pair's "formal" side can itself be
 * informal ("lsg" → "lngsng", shortened from "lngsng" → "langsung"). The formal form is the end of
 * the dataset's own chain of pairs (full.csv, all splits). */
const INDOCOLLEX_STEP = new Map<string, string>();
for (const line of readFileSync(`${DATA}/indocollex/full.csv`, 'utf8').trim().split('\n').slice(1)) {
  const [, informal, formal] = line.split(',');
  if (informal && formal && informal !== formal && !INDOCOLLEX_STEP.has(informal)) INDOCOLLEX_STEP.set(informal, formal);
}
function indocollexFormal(word: string): string {
  const seen = new Set<string>();
  let w = word;
  while (INDOCOLLEX_STEP.has(w) && !seen.has(w)) {
    seen.add(w);
    w = INDOCOLLEX_STEP.get(w)!;
  }
  return w;
}

/** `text` (lower-cased) with each flagged word replaced by its fix. */
function withFixes(text: string, fixes: Map<number, string>): string {
  return text.toLowerCase().replace(/[\p{L}\p{N}'-]+/gu, (word, offset: number) => fixes.get(offset) ?? word);
}

function indocollexTask(split: 'dev' | 'test') {
  const lines = readFileSync(`${DATA}/indocollex/informal_to_formal/${split}.csv`, 'utf8').trim().split('\n').slice(1);
  let flagged = 0;
  let correctStep = 0;
  let correct = 0;
  for (const line of lines) {
    const [, informal, formal] = line.split(',');
    if (!informal || !formal) continue;
    // Judge the entry as rewritten by Tutur's fixes: "ga boleh" with "ga" → "tidak" reads "tidak boleh".
    const fixes = spellingFindings(informal);
    if (!fixes.has(0)) continue;
    flagged++;
    const fixed = withFixes(informal, fixes);
    if (fixed === formal.toLowerCase()) correctStep++;
    if (fixed === indocollexFormal(formal).toLowerCase()) correct++;
  }
  const data = `IndoCollex ${split}`;
  rows.push({
    task: 'non-standard word: fix precision (against the formal end of the pair chain)',
    data,
    n: flagged,
    metric: 'precision',
    value: flagged ? correct / flagged : 0,
    target: split === 'dev' ? '≥ 0.95' : undefined,
  });
  rows.push({
    task: 'non-standard word: fix precision (against the one-step pair)',
    data,
    n: flagged,
    metric: 'precision',
    value: flagged ? correctStep / flagged : 0,
  });
  rows.push({
    task: 'non-standard word: recall (words fixed correctly)',
    data,
    n: lines.length,
    metric: 'recall',
    value: correct / lines.length,
  });
}
indocollexTask('dev');
indocollexTask('test');

// ── EYD V mechanics: the project's mechanics set and firing on news (scripts/eval-mechanics.ts) ──
rows.push(...mechanicsRows(DATA, NOW, detokenise));

// ── typos: spelling.typo on news sentences, clean and with one synthetic typo (scripts/eval-typos.ts) ──
rows.push(...(await typoRows(DATA, NOW)));

// ── the score: the project's paired drafts, weak and strong (scripts/eval-score.ts) ──
rows.push(...scoreRows(NOW));

// ── hoax clarifications: which of the score set's posts read as one (scripts/eval-clarification.ts) ──
rows.push(...clarificationRows(NOW));

// ── hoax-style firing rates ─────────────────────────────────────────────────
function csvRows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      out.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    out.push(row);
  }
  return out;
}

const fires = (report: Report, rules: string[]) => report.findings.some((f) => rules.includes(f.rule));
const HOAX_RULES = ['trust.hoax-style'];
const SHOUTING_RULES = ['trust.hoax-style', 'style.all-caps', 'style.exclamation'];
{
  const [header, ...data] = csvRows(readFileSync(`${DATA}/idn-hoax-corpus-tweets/datasetUMPOHoax.csv`, 'utf8'));
  const tweetCol = header!.indexOf('tweet');
  const labelCol = header!.indexOf('label');
  for (const label of ['hoax', 'valid']) {
    const tweets = data.filter((r) => r[labelCol] === label).map((r) => r[tweetCol] ?? '');
    const reports = tweets.map((t) => analyze(t, { now: NOW }));
    rows.push({
      task: 'hoax-style wording fires',
      data: `IDN hoax corpus: ${label}`,
      n: tweets.length,
      metric: 'rate',
      value: reports.filter((r) => fires(r, HOAX_RULES)).length / tweets.length,
    });
    rows.push({
      task: 'hoax-style, caps or "!!" fires',
      data: `IDN hoax corpus: ${label}`,
      n: tweets.length,
      metric: 'rate',
      value: reports.filter((r) => fires(r, SHOUTING_RULES)).length / tweets.length,
    });
  }
}
for (const [label, file] of [
  ['clickbait', 'clickbait_headlines.txt'],
  ['news', 'non_clickbait_headlines.txt'],
] as const) {
  const headlines = readLines(`${DATA}/clickbait-chakraborty-en/${file}`);
  const hits = headlines.filter((h) => fires(analyze(h, { now: NOW }), HOAX_RULES)).length;
  rows.push({
    task: 'sensational wording fires (English)',
    data: `Chakraborty ${label} headlines`,
    n: headlines.length,
    metric: 'rate',
    value: hits / headlines.length,
  });
}

// ── language identification ────────────────────────────────────────────────
{
  const tweets = ['train', 'valid', 'test'].flatMap((split) =>
    csvRows(readFileSync(`${DATA}/indonlu/emot_emotion-twitter/${split}_preprocess.csv`, 'utf8'))
      .slice(1)
      .map((r) => r[1] ?? ''),
  );
  const idOk = tweets.filter((t) => analyze(t, { now: NOW }).language === 'id').length;
  const idMixed = tweets.filter((t) => analyze(t, { now: NOW }).language === 'mixed').length;
  const headlines = ['clickbait_headlines.txt', 'non_clickbait_headlines.txt'].flatMap((f) =>
    readLines(`${DATA}/clickbait-chakraborty-en/${f}`),
  );
  const enOk = headlines.filter((h) => analyze(h, { now: NOW }).language === 'en').length;
  rows.push({
    task: 'language ID: Indonesian tweets → id',
    data: 'EmoT (all splits)',
    n: tweets.length,
    metric: 'accuracy',
    value: idOk / tweets.length,
    target: '≥ 0.98',
  });
  rows.push({
    task: 'language ID: Indonesian tweets → id or mixed (code-switched tweets)',
    data: 'EmoT (all splits)',
    n: tweets.length,
    metric: 'accuracy',
    value: (idOk + idMixed) / tweets.length,
  });
  rows.push({
    task: 'language ID: English headlines → en',
    data: 'Chakraborty headlines',
    n: headlines.length,
    metric: 'accuracy',
    value: enOk / headlines.length,
    target: '≥ 0.98',
  });
  rows.push({
    task: 'language ID: both',
    data: 'EmoT + headlines',
    n: tweets.length + headlines.length,
    metric: 'accuracy',
    value: (idOk + enOk) / (tweets.length + headlines.length),
    target: '≥ 0.98',
  });
}

if (json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log('| task | data | n | metric | value | target / note |');
  console.log('|---|---|---:|---|---:|---|');
  for (const r of rows)
    console.log(
      `| ${r.task} | ${r.data} | ${r.n} | ${r.metric} | ${Number.isNaN(r.value) ? '' : pct(r.value).toFixed(3)} | ${r.target ?? ''} |`,
    );
}
