/** Our own short Markdown documents (docs/privacy.md) shown in an extension page: headings, paragraphs, bullet
 * lists, **bold**, *italic* and `code`, built as elements from text (never as HTML). Not a general Markdown
 * renderer: links and tables, which these documents do not use, stay as written. */
import type { ComponentChildren } from 'preact';

type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] };

export function markdownBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (!line) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: heading[1]!.length === 1 ? 'h1' : 'h2', text: heading[2]! });
    } else if (line.startsWith('- ')) {
      flush();
      const last = blocks.at(-1);
      if (last?.kind === 'ul') last.items.push(line.slice(2));
      else blocks.push({ kind: 'ul', items: [line.slice(2)] });
    } else {
      const last = blocks.at(-1);
      // A wrapped line continues the bullet above it.
      if (!paragraph.length && last?.kind === 'ul' && /^\s/.test(raw)) last.items[last.items.length - 1] += ` ${line}`;
      else paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** **bold**, *italic* and `code` inside a line. */
function inline(text: string): ComponentChildren[] {
  return text.split(/(\*\*[^*]+\*\*|`[^`]+`|\*[^*\s][^*]*\*)/).map((part, i) => {
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) return <strong key={i}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) return <code key={i}>{part.slice(1, -1)}</code>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2) return <em key={i}>{part.slice(1, -1)}</em>;
    return part;
  });
}

export function MarkdownText({ source }: { source: string }) {
  return (
    <>
      {markdownBlocks(source).map((block, i) => {
        if (block.kind === 'ul')
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>{inline(item)}</li>
              ))}
            </ul>
          );
        const Tag = block.kind;
        return <Tag key={i}>{inline(block.text)}</Tag>;
      })}
    </>
  );
}
