/** The one list of rules. Adding a rule = adding its file and one line here. */
import type { Rule } from '../rule';
import lengthOverLimit from './length.over-limit';
import styleAllCaps from './style.all-caps';
import timeRelativeDate from './time.relative-date';

export const RULES: readonly Rule[] = [lengthOverLimit, timeRelativeDate, styleAllCaps];
