import nlp from 'compromise';
const m = nlp.model();
const lex = m.one.lexicon || {};
const words = Object.keys(lex);
const out = {};
for (const w of words) out[w] = lex[w];
// also irregular conjugations
const fs = await import('fs');
const work = process.env.LEXICON_WORK || '/tmp/tutur-lexicons';
fs.mkdirSync(work, { recursive: true });
fs.writeFileSync(`${work}/compromise-lexicon.json`, JSON.stringify(out));
console.log(words.length, Object.keys(m.one), Object.keys(m.two||{}));
