/** The privacy disclosure the options page links to: docs/privacy.md, shown as elements (never as HTML). */
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MarkdownText, markdownBlocks } from '../../src/ui/privacy/MarkdownText';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { memorySettingsStore } from '../../src/settings/store';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const PRIVACY = readFileSync('docs/privacy.md', 'utf8');

describe('privacy page', () => {
  it('shows docs/privacy.md with its sections: what is read, where it goes, what is stored', () => {
    const { container } = render(<MarkdownText source={PRIVACY} />);
    const headings = [...container.querySelectorAll('h1,h2')].map((h) => h.textContent);
    expect(headings[0]).toBe('Tutur and your privacy');
    expect(headings).toEqual(
      expect.arrayContaining(['What Tutur reads', 'Where the text goes', 'What Tutur stores', 'What the web page can see']),
    );
    expect(container.querySelector('strong')?.textContent).toBeTruthy();
    expect(container.textContent).toContain('Never your drafts.');
  });

  it('builds elements from text: markup in the source stays text', () => {
    const { container } = render(
      <MarkdownText source={'# Judul\n\nA <img src=x onerror=alert(1)> **tebal** and `kode`\n\n- satu\n- dua *miring*'} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('p')!.textContent).toBe('A <img src=x onerror=alert(1)> tebal and kode');
    expect([...container.querySelectorAll('li')].map((li) => li.innerHTML)).toEqual(['satu', 'dua <em>miring</em>']);
    expect(markdownBlocks('a\nb\n\nc').map((b) => ('text' in b ? b.text : ''))).toEqual(['a b', 'c']);
  });

  it('is linked from the options page', async () => {
    const { findByText } = render(<OptionsApp store={memorySettingsStore(DEFAULT_SETTINGS)} forcedLocale="en" />);
    const link = (await findByText(/^Privacy:/)).closest('a')!;
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
