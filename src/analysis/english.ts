/** compromise's English lexicon (24k words with their word classes), loaded
 * on demand. It is English-only and costs ~120 KB and ~150 ms to load, so
 * Indonesian drafts never pay for it: the panel loads it the first time a
 * draft has English in it, the CLI and evaluation load it up front, and until
 * then the English rules fall back to their own word lists. */

export interface EnglishModel {
  /** compromise's tag for a lower-case word: 'Adjective', 'PastTense', 'Participle', … */
  tagOf(word: string): string | undefined;
}

let model: EnglishModel | null = null;
let loading: Promise<EnglishModel> | null = null;

export function englishModel(): EnglishModel | null {
  return model;
}

export function loadEnglishModel(): Promise<EnglishModel> {
  loading ??= import('compromise/two').then(({ default: nlp }) => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;
    model = {
      tagOf(word) {
        const tag = lexicon[word];
        return Array.isArray(tag) ? tag[0] : tag;
      },
    };
    return model;
  });
  return loading;
}
