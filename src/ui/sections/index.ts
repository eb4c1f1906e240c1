/** The sections of a panel showing a draft, in reading order. Adding a section
 * = adding its file and one line here. */
import type { JSX } from 'preact';
import type { SectionProps } from '../actions';
import { FactsCard } from './FactsCard';
import { FindingGroups } from './FindingGroups';
import { ScoreCard } from './ScoreCard';
import { ThreadPreview } from './ThreadPreview';

export const READY_SECTIONS: readonly { id: string; Component: (props: SectionProps) => JSX.Element | null }[] = [
  { id: 'score', Component: ScoreCard },
  // The tips before the facts card: on a narrow side panel the first tip must show without scrolling, and a
  // missing fact is a tip of its own too.
  { id: 'findings', Component: FindingGroups },
  { id: 'facts', Component: FactsCard },
  { id: 'thread', Component: ThreadPreview },
];
