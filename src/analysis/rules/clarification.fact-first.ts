/** clarification.fact-first: a hoax clarification is a "truth sandwich" (Lewandowsky et al., The Debunking
 * Handbook 2020): the fact first and last, the false claim once in between, marked as false where it is
 * quoted. Found: a post that opens or ends with the claim, quotes it more than once, or quotes it unmarked.
 * Share pressure or alarm wording copied from the hoax stays with trust.hoax-style (the checklist lists it). */
import { clarificationCheck } from '../missing-fact';
import { defineRule, fill, type FindingInput, type Localized } from '../rule';

const WHY: Localized = {
  id: 'Bantahan yang berhasil berbentuk “roti lapis kebenaran”: fakta dulu, lalu klaim yang salah sekali saja dan langsung ditandai salah, lalu fakta lagi (The Debunking Handbook 2020). Pembaca paling ingat kalimat pertama dan terakhir; klaim yang diulang, atau dikutip tanpa disebut salah, justru makin dipercaya.',
  en: 'A debunk that works is a “truth sandwich”: the fact first, then the false claim once and marked as false right there, then the fact again (The Debunking Handbook 2020). Readers remember the first and last sentences best; a claim repeated, or quoted without saying it is false, becomes more believable.',
};

export default defineRule({
  id: 'clarification.fact-first',
  category: 'trust',
  scope: 'draft',
  check: clarificationCheck(({ fact, claim }) => {
    const out: FindingInput[] = [];
    const first = claim[0];
    if (fact.first === null && first)
      out.push({
        severity: 'suggestion',
        span: { start: first.start, end: first.end },
        message: {
          id: 'Buka dengan faktanya, baru sebut klaim yang salah, misalnya “[HOAKS] Air PDAM aman diminum, menurut Dinkes …”',
          en: 'Open with the fact, then the false claim, e.g. “[HOAX] Tap water is safe to drink, says the Health Office …”',
        },
        why: WHY,
      });
    for (const quote of claim.slice(1))
      out.push({
        severity: 'suggestion',
        span: { start: quote.start, end: quote.end },
        message: fill(
          {
            id: 'Sebut klaim yang salah sekali saja (kini dikutip {count} kali)',
            en: 'Quote the false claim once (it is quoted {count} times)',
          },
          { count: String(claim.length) },
        ),
        why: WHY,
      });
    for (const quote of claim)
      if (quote.marked === null)
        out.push({
          severity: 'warning',
          span: { start: quote.start, end: quote.end },
          message: {
            id: 'Nyatakan bahwa klaim ini salah di tempat Anda mengutipnya, misalnya “… yang menyebut X. Informasi itu tidak benar.”',
            en: 'Say the claim is false where you quote it, e.g. “… claims that X. This is not true.”',
          },
          why: WHY,
        });
    const last = claim[claim.length - 1];
    if (fact.last === null && last && !(fact.first === null && last === first))
      out.push({
        severity: 'suggestion',
        span: { start: last.start, end: last.end },
        message: {
          id: 'Tutup dengan faktanya lagi, bukan dengan klaim yang salah',
          en: 'End on the fact again, not on the false claim',
        },
        why: WHY,
      });
    return out;
  }),
});
