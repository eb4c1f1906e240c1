/** Drafts beyond this size are refused at every message boundary (the engine itself analyses the first 20k characters). */
export const MAX_MESSAGE_TEXT = 1_000_000;
