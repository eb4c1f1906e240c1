/** `npm run bench:memory`: the engine's heap after a day's worth of typing, as the panel would
 * see it. Types 10,000 keystrokes into one 3,000-character paragraph (each keystroke a new
 * version of the line), then analyses 10,000 distinct one-paragraph posts, and prints the heap
 * held after each (after a full garbage collection; node runs with --expose-gc). Budget:
 * about 30 MB of engine heap. */
import { analyze } from '../src/analysis';
import { lineCacheSize } from '../src/analysis/doc';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('bench:memory: run node with --expose-gc (npm run bench:memory does)');
  process.exit(2);
}
const now = new Date('2025-11-28T09:00:00+07:00');
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

const base = heap();
const paragraph = 'Pelayanan KTP di Kantor Camat Pontianak Barat dibuka pukul 08.00 WIB. '.repeat(43);
let text = paragraph;
for (let i = 0; i < 10_000; i++) {
  const at = (i * 37) % text.length;
  text = text.slice(0, at) + 'abcdefghij'[i % 10] + text.slice(at);
  if (text.length > 3_100) text = paragraph;
  analyze(text, { platform: 'x', now });
}
const typing = heap() - base;
const lines = lineCacheSize();
for (let i = 0; i < 10_000; i++)
  analyze(`Pengumuman ${i}: layanan KTP keliling di Kelurahan Sungai Bangkong, Senin ${(i % 28) + 1} Desember 2026.`, {
    platform: 'x',
    now,
  });
const posts = heap() - base;

console.log(`Engine heap after 10,000 keystrokes in one 3,000-character paragraph: ${mb(typing)}`);
console.log(`  (line cache: ${lines.entries} lines, about ${mb(lines.weight)} by its own estimate)`);
console.log(`… and after 10,000 distinct one-paragraph posts: ${mb(posts)}`);
console.log(`Budget about 30 MB: ${Math.max(typing, posts) <= 30e6 ? 'met' : 'MISSED'}`);
