/** The score (src/analysis/score.ts): a part is never 100 while its own checklist shows a gap, 100
 * only when nothing cost a point, and each part lists what cost it points. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyze,
  biggestGains,
  loadSpeller,
  type AnalysisContext,
  type Checklist,
  type ClarificationChecklist,
  type Facts,
  type Finding,
  type Report,
} from '../../../src/analysis';
import { checklistGaps, SCORE_PARTS, scoreFindings } from '../../../src/analysis/score';

const NOW = new Date('2026-11-26T03:00:00Z');

interface Pair {
  id: number;
  language: 'id' | 'en';
  audience: AnalysisContext['audience'];
  platform: AnalysisContext['platform'];
  weak: string;
  strong: string;
}
const PAIRS = (JSON.parse(readFileSync('tests/fixtures/score/pairs.json', 'utf8')) as { pairs: Pair[] }).pairs;
/** Every draft of the calibration set, in its own context. */
const DRAFTS = PAIRS.flatMap((p) =>
  [p.weak, p.strong].map((text) => ({ text, context: { now: NOW, audience: p.audience, platform: p.platform, locale: p.language } })),
);
/** The rules that say a checklist gap: the score must see the gap without them. */
const GAP_RULES = [
  'fact.missing-who',
  'fact.missing-where',
  'fact.missing-when',
  'warning.missing-area',
  'warning.missing-until',
  'warning.missing-level',
  'warning.missing-action',
  'warning.missing-update',
  'structure.cta-missing',
  'trust.missing-source',
  'clarification.label',
  'clarification.source',
  'clarification.fact-first',
];

beforeAll(async () => {
  await loadSpeller();
});

const span = (text: string) => ({ start: 0, end: text.length, text });
/** A complete checklist of an announcement: nothing missing. */
function complete(): { facts: Facts; checklist: Checklist } {
  return {
    facts: {
      who: [span('Dinas Kesehatan')],
      where: [span('Puskesmas Alianyang')],
      when: [span('Senin, 7 Desember 2026')],
      source: [span('menurut')],
    },
    checklist: {
      kinds: ['announcement'],
      what: span('Dinas Kesehatan …'),
      action: [span('daftar')],
      contact: [span('0561-123456')],
      update: [],
    },
  };
}
const finding = (rule: string, category: Finding['category'], severity: Finding['severity'] = 'warning'): Finding => ({
  rule,
  category,
  severity,
  message: rule,
  why: '',
});

describe('a part is never 100 while its own checklist shows a gap', () => {
  it('on every draft of the calibration set, with the gap rules on and with them all turned off', () => {
    let gapsSeen = 0;
    for (const { text, context } of DRAFTS) {
      for (const disabledRules of [[], GAP_RULES]) {
        const report = analyze(text, { ...context, disabledRules });
        for (const gap of checklistGaps(report)) {
          gapsSeen++;
          expect(report.score.parts[gap.part], `${gap.item} in “${text}”`).toBeLessThan(100);
          expect(report.score.costs[gap.part].some((c) => c.kind === 'gap' && c.item === gap.item)).toBe(true);
        }
        // What the facts card shows with ○: who, when, where and source are trust's.
        for (const fact of ['who', 'when', 'where', 'source'] as const)
          if (report.facts[fact].length === 0) expect(report.score.parts.trust, `${fact} in “${text}”`).toBeLessThan(100);
        const warning = report.checklist.warning;
        if (warning)
          for (const item of ['area', 'until', 'level', 'action', 'update'] as const)
            if (warning[item]?.length === 0) expect(report.score.parts.trust).toBeLessThan(100);
      }
    }
    expect(gapsSeen).toBeGreaterThan(100);
  });

  it('trust is below 100 when only the source is missing, though no rule says so', () => {
    const { facts, checklist } = complete();
    expect(scoreFindings([], { facts, checklist })).toMatchObject({ total: 100, parts: { trust: 100 } });
    const score = scoreFindings([], { facts: { ...facts, source: [] }, checklist });
    expect(score.parts.trust).toBeLessThan(100);
    expect(score.total).toBeLessThan(100);
    expect(score.costs.trust).toEqual([expect.objectContaining({ kind: 'gap', item: 'source' })]);
  });

  it('each missing item of the checklist costs its own part', () => {
    const base = complete();
    const cases: [string, () => { facts: Facts; checklist: Checklist }, string][] = [
      ['who', () => ({ ...base, facts: { ...base.facts, who: [] } }), 'trust'],
      ['when', () => ({ ...base, facts: { ...base.facts, when: [] } }), 'trust'],
      ['where', () => ({ ...base, facts: { ...base.facts, where: [] } }), 'trust'],
      ['action', () => ({ ...base, checklist: { ...base.checklist, action: [] } }), 'engagement'],
      ['contact', () => ({ ...base, checklist: { ...base.checklist, contact: [] } }), 'engagement'],
      ['official', () => ({ ...base, checklist: { ...base.checklist, official: { expected: ['@pemkot'], present: [] } } }), 'trust'],
    ];
    for (const [item, make, part] of cases) {
      const score = scoreFindings([], make());
      expect(score.parts[part as 'trust'], item).toBeLessThan(100);
      expect(score.costs[part as 'trust'].map((c) => c.item)).toEqual([item]);
      for (const other of SCORE_PARTS) if (other !== part) expect(score.parts[other], `${item}: ${other}`).toBe(100);
    }
  });

  it('a hoax clarification with no official source, or quoting the claim unmarked, costs trust', () => {
    const base = complete();
    const clarification: ClarificationChecklist = {
      label: [span('[HOAKS]')],
      fact: { first: span('Air PDAM layak pakai.'), last: span('Air PDAM layak pakai.') },
      claim: [{ ...span('air PDAM tercemar'), marked: span('tidak benar') }],
      source: [span('menurut Dinkes')],
      pressure: [],
    };
    const withClarification = (c: ClarificationChecklist) =>
      scoreFindings([], { ...base, checklist: { ...base.checklist, kinds: ['clarification'], clarification: c } });
    expect(withClarification(clarification).parts.trust).toBe(100);
    const noSource = withClarification({ ...clarification, source: [] });
    expect(noSource.parts.trust).toBeLessThan(100);
    expect(noSource.costs.trust.map((c) => c.item)).toEqual(['clarification-source']);
    const unmarked = withClarification({ ...clarification, claim: [{ ...clarification.claim[0]!, marked: null }] });
    expect(unmarked.costs.trust.map((c) => c.item)).toEqual(['clarification-claim']);
  });

  it('a rule that says a gap is counted once, in the gap', () => {
    const { facts, checklist } = complete();
    const gap = { facts: { ...facts, who: [] }, checklist };
    const alone = scoreFindings([], gap);
    const withRule = scoreFindings([finding('fact.missing-who', 'trust', 'suggestion')], gap);
    expect(withRule.parts.trust).toBe(alone.parts.trust);
    expect(withRule.costs.trust.map((c) => c.item)).toEqual(['who']);
  });
});

describe('100 only when nothing is missing', () => {
  it('a part with any cost is at most 99, and the total is 100 only when every part is', () => {
    const { facts, checklist } = complete();
    const one = scoreFindings([finding('style.exclamation', 'trust', 'info')], { facts, checklist });
    expect(one.parts.trust).toBeLessThan(100);
    expect(one.parts.trust).toBeGreaterThan(95);
    expect(one.total).toBeLessThan(100);
    for (const { text, context } of DRAFTS) {
      const { score } = analyze(text, context);
      const empty = SCORE_PARTS.every((p) => score.costs[p].length === 0);
      expect(score.total === 100, text).toBe(empty);
      for (const p of SCORE_PARTS) expect(score.parts[p] === 100, `${p}: ${text}`).toBe(score.costs[p].length === 0);
    }
  });

  it('the sloppy notice of issue 17 (a typo, “fotocopy”, lower-case days, “online”) is not 100', () => {
    const sloppy =
      'Pelayanan KTP dibuka kembali mulai hari senin. Warga diharapkan membawa fotocopy kartu keluarga. Pendaftaran bisa dilakukan secara online. Pelayanan buka sampai hari jumat. Terima kasih atas perhatiannya.';
    const complete =
      'Disdukcapil Kota Pontianak membuka kembali layanan perekaman KTP-el mulai Senin, 7 Desember 2026, di Kantor Disdukcapil, Jl. Jenderal Ahmad Yani No. 5. Layanan buka Senin–Jumat, pukul 08.00–14.00 WIB. Warga yang belum merekam silakan membawa fotokopi kartu keluarga, atau mendaftar secara daring di disdukcapil.pontianak.go.id. Informasi: 0561-123456.';
    const weak = analyze(sloppy, { now: NOW });
    const strong = analyze(complete, { now: NOW });
    expect(weak.score.total).toBeLessThan(90);
    expect(weak.score.parts.trust).toBeLessThan(100);
    expect(weak.score.parts.correctness).toBeLessThan(100);
    expect(strong.score.total - weak.score.total).toBeGreaterThanOrEqual(5);
  });
});

describe('each part lists what cost it points', () => {
  const check = (report: Report) => {
    const { score, findings } = report;
    const gaps = new Set(checklistGaps(report).map((g) => `${g.part}:${g.item}`));
    for (const part of SCORE_PARTS) {
      const lost = score.costs[part].reduce((sum, c) => sum + c.points, 0);
      if (lost === 0) expect(score.parts[part]).toBe(100);
      else expect(score.parts[part]).toBe(Math.max(0, Math.min(99, 100 - lost)));
      for (const c of score.costs[part]) {
        expect(c.points).toBeGreaterThanOrEqual(1);
        if (c.kind === 'gap') expect(gaps.has(`${part}:${c.item}`)).toBe(true);
        else expect(c.count).toBe(findings.filter((f) => f.rule === c.item).length);
      }
      // Most first.
      expect(score.costs[part].map((c) => c.points)).toEqual(score.costs[part].map((c) => c.points).sort((a, b) => b - a));
    }
    // Every finding is a cost of its part, as its rule's or in the gap it says.
    const listed = new Set(SCORE_PARTS.flatMap((p) => score.costs[p].filter((c) => c.kind === 'rule').map((c) => c.item)));
    for (const f of findings) if (!listed.has(f.rule)) expect(GAP_RULES, f.rule).toContain(f.rule);
  };

  it('on every draft of the calibration set', () => {
    for (const { text, context } of DRAFTS) check(analyze(text, context));
  });

  it('more findings of one rule cost more, each less than the first, up to four times the first', () => {
    const costOf = (n: number) =>
      scoreFindings(Array.from({ length: n }, () => finding('spelling.non-standard', 'correctness'))).costs.correctness[0]!;
    expect(costOf(1)).toMatchObject({ item: 'spelling.non-standard', count: 1 });
    expect(costOf(2).points).toBeGreaterThan(costOf(1).points);
    expect(costOf(2).points).toBeLessThan(2 * costOf(1).points);
    expect(costOf(5).points).toBeGreaterThan(costOf(2).points);
    expect(costOf(19)).toMatchObject({ count: 19, points: 4 * costOf(1).points });
  });

  it('a typo costs correctness clearly, and a draft full of chat abbreviations scores below the clean one', () => {
    const clean = 'Disdukcapil Kota Pontianak melayani perekaman KTP-el pada Senin, 7 Desember 2026, di Kantor Disdukcapil.';
    const typo = 'Disdukcapil Kota Pontianak melayani perekamn KTP-el pada Senin, 7 Desember 2026, di Kantor Disdukcapil.';
    const chat =
      'Disdukcapil Kota Pontianak melayani perekaman KTP-el utk warga yg blm rekam dgn syarat yg mdh pada Senin, 7 Desember 2026, di Kantor Disdukcapil.';
    const score = (t: string) => analyze(t, { now: NOW }).score;
    expect(score(clean).parts.correctness - score(typo).parts.correctness).toBeGreaterThanOrEqual(10);
    expect(score(clean).total - score(chat).total).toBeGreaterThanOrEqual(5);
  });
});

describe('biggestGains', () => {
  it('names the rules whose findings would raise the total most, with the checklist counted', () => {
    const report = analyze('HEBOH!!! Sebarkan ke grup: besok jembatan ditutup.', { now: NOW });
    const gains = biggestGains(report.findings, 3, report);
    expect(gains.length).toBeGreaterThan(0);
    for (const g of gains) {
      expect(g.gain).toBeGreaterThan(0);
      const without = scoreFindings(
        report.findings.filter((f) => f.rule !== g.rule),
        report,
      );
      expect(without.total - report.score.total).toBe(g.gain);
    }
  });
});
