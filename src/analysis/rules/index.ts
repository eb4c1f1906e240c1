/** The one list of rules. Adding a rule = adding its file and one line here. */
import type { Rule } from '../rule';
import type { Category } from '../types';
import templatePlaceholder from './template.placeholder';
import a11yAltText from './a11y.alt-text';
import a11yEmojiBullets from './a11y.emoji-bullets';
import a11yFancyLetters from './a11y.fancy-letters';
import a11yHashtagPlacement from './a11y.hashtag-placement';
import acronymUnexplained from './acronym.unexplained';
import clarificationFactFirst from './clarification.fact-first';
import clarificationLabel from './clarification.label';
import clarificationSource from './clarification.source';
import emojiCount from './emoji.count';
import factMissingWhen from './fact.missing-when';
import factMissingWhere from './fact.missing-where';
import factMissingWho from './fact.missing-who';
import hashtagCamelCase from './hashtag.camel-case';
import hashtagCount from './hashtag.count';
import hashtagOfficialMissing from './hashtag.official-missing';
import lengthOverLimit from './length.over-limit';
import lengthThread from './length.thread';
import linkCount from './link.count';
import mentionCount from './mention.count';
import plainJargon from './plain.jargon';
import readabilityDense from './readability.dense';
import readabilityLongSentence from './readability.long-sentence';
import spellingAbbreviationDots from './spelling.abbreviation-dots';
import spellingCapitalDayMonth from './spelling.capital-day-month';
import spellingDiPreposition from './spelling.di-preposition';
import spellingNonStandard from './spelling.non-standard';
import spellingReduplication from './spelling.reduplication';
import spellingTypo from './spelling.typo';
import structureCtaMissing from './structure.cta-missing';
import structureHook from './structure.hook';
import structureWallOfText from './structure.wall-of-text';
import styleAllCaps from './style.all-caps';
import styleCapsEmphasis from './style.caps-emphasis';
import styleBannedTerm from './style.banned-term';
import styleExclamation from './style.exclamation';
import stylePunctuationSpacing from './style.punctuation-spacing';
import styleTimeRange from './style.time-range';
import timeMissingZone from './time.missing-zone';
import timeRelativeDate from './time.relative-date';
import toneFormality from './tone.formality';
import trustHoaxStyle from './trust.hoax-style';
import trustAuthority from './trust.authority';
import trustMissingSource from './trust.missing-source';
import voicePassive from './voice.passive';
import warningMissingAction from './warning.missing-action';
import warningMissingArea from './warning.missing-area';
import warningMissingLevel from './warning.missing-level';
import warningMissingUntil from './warning.missing-until';
import warningMissingUpdate from './warning.missing-update';

export const RULES: readonly Rule[] = [
  // Reach: length and structure first, as the panel reads top-down.
  lengthOverLimit,
  lengthThread,
  structureHook,
  structureWallOfText,
  structureCtaMissing,
  templatePlaceholder,
  // Trust
  factMissingWho,
  factMissingWhere,
  factMissingWhen,
  warningMissingArea,
  warningMissingUntil,
  warningMissingLevel,
  warningMissingAction,
  warningMissingUpdate,
  clarificationLabel,
  clarificationFactFirst,
  clarificationSource,
  timeRelativeDate,
  trustHoaxStyle,
  trustMissingSource,
  trustAuthority,
  styleAllCaps,
  styleCapsEmphasis,
  styleExclamation,
  // Clarity
  readabilityLongSentence,
  readabilityDense,
  plainJargon,
  acronymUnexplained,
  voicePassive,
  toneFormality,
  // Correctness
  spellingNonStandard,
  spellingDiPreposition,
  spellingReduplication,
  stylePunctuationSpacing,
  spellingCapitalDayMonth,
  spellingAbbreviationDots,
  styleTimeRange,
  spellingTypo,
  timeMissingZone,
  styleBannedTerm,
  // Reach: the small things
  hashtagCount,
  hashtagCamelCase,
  hashtagOfficialMissing,
  mentionCount,
  emojiCount,
  linkCount,
  a11yAltText,
  a11yFancyLetters,
  a11yEmojiBullets,
  a11yHashtagPlacement,
];

/** Each rule's category, for views that group rules (the options page's ignored rules). */
export const RULE_CATEGORIES: Readonly<Record<string, Category>> = Object.fromEntries(RULES.map((r) => [r.id, r.category]));
