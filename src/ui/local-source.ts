/** Draft source for a page that hosts its own composer (the playground): the
 * same tracker the content script runs, without messaging. */
import { startTracker } from '../content/tracker';
import generic from '../sites/generic';
import type { DraftSource, SourceState } from './source';

export function localSource(doc: Document): DraftSource {
  let listener: ((state: SourceState) => void) | undefined;
  const tracker = startTracker(doc, generic, (page) => listener?.({ status: 'page', page }), { debounceMs: 40, scanMs: 100 });
  return {
    subscribe(l) {
      listener = l;
      l({ status: 'page', page: tracker.state() });
      return () => {
        listener = undefined;
      };
    },
    apply: (composerId, expectedText, edit) =>
      tracker.handle({ type: 'tutur/apply', composerId, expectedText, edit }) as ReturnType<DraftSource['apply']>,
    undo: (composerId, expectedText) => tracker.handle({ type: 'tutur/undo', composerId, expectedText }) as ReturnType<DraftSource['undo']>,
  };
}
