// Dates in a notice: ISO, Arabic (2010年12月9日), Chinese numerals (二〇一〇年十二月九日, wrong zeros included).
import type { DateMention } from '../model';

/** Every date mention in text[from, to), in order. */
export function findDates(text: string, from = 0, to = text.length): DateMention[] {
  void text; void from; void to;
  return [];
}
