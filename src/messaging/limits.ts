/** Drafts beyond this size are refused at every message boundary (the engine itself analyses the first 20k characters). */
export const MAX_MESSAGE_TEXT = 1_000_000;
/** The most finding spans one `tutur/findings` message carries (underlines beyond it are not drawn). */
export const MAX_SPANS = 200;
/** The highest finding count a message may carry (the badge shows "99+" beyond 99). */
export const MAX_COUNT = 9999;
