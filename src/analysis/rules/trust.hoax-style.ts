/** trust.hoax-style: wording readers know from chain messages and hoaxes —
 * pressure to share, alarmist openers, authority without a name. An official
 * post that sounds like a hoax is believed less. */
import { isAttributionTag } from '../facts';
import {
  ALARM_WORDS,
  HOAX_STYLE as data,
  isNegatedShare,
  isShoutedAlarm,
  isSourceAdvice,
  SHARE_PRESSURE,
  UNNAMED_AUTHORITY,
} from '../lexicon';
import { finding, fill, type Localized, defineRule } from '../rule';
import { PhraseList } from '../text/phrases';
import type { Finding, Severity } from '../types';

type Marker = 'share' | 'alarm' | 'unnamed' | 'sensational';
const LISTS: Record<Marker, Pick<PhraseList, 'find'>> = {
  share: SHARE_PRESSURE,
  alarm: ALARM_WORDS,
  unnamed: UNNAMED_AUTHORITY,
  sensational: new PhraseList(data.en.sensational),
};

const TEXTS: Record<Marker, { severity: Severity; message: Localized; why: Localized }> = {
  share: {
    severity: 'warning',
    message: {
      id: '“{phrase}” mendesak pembaca menyebarkan: ciri khas pesan berantai',
      en: '“{phrase}” pushes readers to share: the mark of a chain message',
    },
    why: {
      id: 'Hoaks hampir selalu meminta disebarkan. Akun resmi tidak perlu memohon: cukup sebut sumber resmi dan tautannya, dan biarkan warga membagikan sendiri.',
      en: 'Hoaxes almost always ask to be shared. An official account need not plead: name the official source and link, and let people share it themselves.',
    },
  },
  alarm: {
    severity: 'suggestion',
    message: { id: '“{phrase}” terdengar sensasional: buka dengan faktanya', en: '“{phrase}” sounds sensational: open with the facts' },
    why: {
      id: 'Kata seperti “heboh” atau “gempar” membuat unggahan resmi mirip judul hoaks. Buka dengan faktanya: apa, di mana, kapan. Contoh: “Banjir rob setinggi 30 cm menggenangi Jalan Tanjungpura pada Kamis, 26 November 2026, pukul 17.00 WIB.”',
      en: 'Words like “shocking” make an official post look like a hoax headline. Open with the facts: what, where, when. Example: “Tidal flooding 30 cm deep covered Jalan Tanjungpura on Thursday 26 November 2026 at 5 pm WIB.”',
    },
  },
  sensational: {
    severity: 'suggestion',
    message: {
      id: '“{phrase}” terdengar seperti judul umpan klik: sebut faktanya saja',
      en: '“{phrase}” sounds like clickbait: state the facts',
    },
    why: {
      id: 'Kata berlebihan seperti “incredible”, “shocking”, atau “you won’t believe” adalah gaya judul umpan klik, dan pembaca curiga pada akun resmi yang memakainya. Sebut faktanya saja.',
      en: 'Hyperbole such as “incredible”, “shocking” or “you won’t believe” is the style of clickbait headlines, and readers distrust an official account that uses it. State the facts.',
    },
  },
  unnamed: {
    severity: 'warning',
    message: { id: '“{phrase}” tidak menyebut nama sumbernya', en: '“{phrase}” does not name its source' },
    why: {
      id: '“Kata seorang dokter” atau “info grup sebelah” adalah ciri hoaks yang paling dikenal. Sebut nama, jabatan, dan lembaganya, misalnya “kata Kepala Dinas Kesehatan Kota Pontianak, dr. …”.',
      en: '“A doctor said” or “from another group” are the best-known marks of a hoax. Give the name, role and institution, e.g. “said the head of the city Health Office, Dr …”.',
    },
  },
};

/** Findings of one line at most: a line that repeats "RT pls" thousands of times gets this many tips (the next come
 * as these are fixed), and checking each new match against the earlier ones stays cheap. */
const MAX_FINDINGS = 50;

const rule = defineRule({
  id: 'trust.hoax-style',
  category: 'trust',
  title: { id: 'Gaya pesan berantai: hapus ajakan menyebarkan', en: 'Chain-message wording: remove it' },
  scope: 'line',
  check(p, ctx) {
    const out: Finding[] = [];
    for (const marker of ['share', 'alarm', 'unnamed', 'sensational'] as const) {
      for (const m of LISTS[marker].find(p.text)) {
        if (out.length >= MAX_FINDINGS) return out;
        if (marker === 'alarm' && !isShoutedAlarm(p.text, m.start, m.end)) continue;
        // "Jangan sebarkan hoaks" asks the opposite.
        if (marker === 'share' && isNegatedShare(p.text, m.start)) continue;
        // "Pastikan informasi dari sumber terpercaya" is advice, not a claim's source.
        if (marker === 'unnamed' && isSourceAdvice(p.text, m.start, m.end)) continue;
        // "“Air surut,” katanya." names the speaker before the quote: reporting, not hearsay.
        if (marker === 'unnamed' && isAttributionTag(p.text, m.start, m.end)) continue;
        // One finding per word: "SHOCKING" is an alarm word and a clickbait word; "grup sebelah" in
        // "sebar ke grup sebelah" is where to share, not a source.
        if (out.some((f) => f.span!.start <= m.start && m.end <= f.span!.end)) continue;
        const texts = TEXTS[marker];
        out.push(
          finding(rule, ctx, p.text, {
            severity: texts.severity,
            span: { start: m.start, end: m.end },
            message: fill(texts.message, { phrase: m.text }),
            why: texts.why,
          }),
        );
      }
    }
    return out;
  },
});

export default rule;
