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
  { id: 'facts', Component: FactsCard },
  { id: 'findings', Component: FindingGroups },
  { id: 'thread', Component: ThreadPreview },
];
