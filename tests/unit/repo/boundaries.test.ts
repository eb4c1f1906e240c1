/** The import boundaries eslint.config.js keeps: a rule imports no other rule, the views see
 * the engine through its index only, nothing but tests imports tests/. Each case lints a
 * small file placed where the boundary applies, with the project's own config. */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../../..') });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const boundaries = (list: string[]) => list.filter((m) => /closed-rule|no-restricted-imports/.test(m));

describe('import boundaries (ESLint)', () => {
  it('refuses a rule that imports another rule, or another rule’s word list', async () => {
    expect(
      boundaries(
        await problems('src/analysis/rules/demo.rule.ts', "import other from './spelling.non-standard';\nexport default other;\n"),
      ),
    ).toEqual([expect.stringContaining('tutur/closed-rule')]);
    expect(
      boundaries(
        await problems(
          'src/analysis/rules/demo.rule.ts',
          "import data from './tone.formality.json' with { type: 'json' };\nexport default data;\n",
        ),
      ),
    ).toHaveLength(1);
  });

  it('refuses a rule that reaches into the facts or the engine’s caches, and allows the shared modules', async () => {
    expect(
      boundaries(
        await problems('src/analysis/rules/demo.rule.ts', "import { findWhere } from '../facts/where';\nexport default findWhere;\n"),
      ),
    ).toHaveLength(1);
    expect(
      boundaries(
        await problems('src/analysis/rules/demo.rule.ts', "import { spansByLine } from '../lines';\nexport default spansByLine;\n"),
      ),
    ).toHaveLength(1);
    const allowed = [
      "import data from './demo.rule.json' with { type: 'json' };",
      "import { defineRule } from '../rule';",
      "import { isDiPlace } from '../lexicon';",
      "import { placesIn } from '../facts';",
      "import { tokenize } from '../text/tokens';",
      "import type { Sentence } from '../doc';",
      'export default [data, defineRule, isDiPlace, placesIn, tokenize] as unknown as Sentence;',
    ].join('\n');
    expect(boundaries(await problems('src/analysis/rules/demo.rule.ts', allowed))).toEqual([]);
  });

  it('refuses a view that imports the engine’s inner modules, and allows its index', async () => {
    expect(
      boundaries(await problems('src/ui/Demo.tsx', "import { biggestGains } from '../analysis/score';\nexport const x = biggestGains;\n")),
    ).toHaveLength(1);
    expect(
      boundaries(
        await problems('entrypoints/demo/main.tsx', "import type { Report } from '../../src/analysis/types';\nexport type R = Report;\n"),
      ),
    ).toHaveLength(1);
    expect(
      boundaries(await problems('src/ui/Demo.tsx', "import { biggestGains } from '../analysis';\nexport const x = biggestGains;\n")),
    ).toEqual([]);
  });

  it('refuses anything outside tests/ that imports from tests/', async () => {
    expect(
      boundaries(await problems('wxt.config.ts', "import { KEY } from './tests/e2e/support/extension-key';\nexport default KEY;\n")),
    ).toHaveLength(1);
    expect(
      boundaries(await problems('src/analysis/demo.ts', "import { NOW } from '../../tests/unit/analysis/helpers';\nexport default NOW;\n")),
    ).toHaveLength(1);
  });
});
