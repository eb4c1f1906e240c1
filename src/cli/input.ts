/** Reading standard input or a file with a stated limit: `tutur check < /dev/zero`
 * stops after 5 MB with a clear error instead of filling the memory. */
import type { Readable } from 'node:stream';

export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
export const MAX_INPUT_NAME = '5 MB';

/** The stream's bytes as UTF-8; past MAX_INPUT_BYTES it stops reading (the stream is
 * destroyed) and throws. */
export async function readLimited(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) {
      stream.destroy();
      throw new Error(`it is larger than ${MAX_INPUT_NAME}, the most Tutur reads (split the text, or the --jsonl file)`);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}
