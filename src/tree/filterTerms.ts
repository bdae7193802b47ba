import { FoldedText, foldCase } from './foldCase';
import { TextRange } from './types';

/**
 * Splits filter text into lowercase terms. Every term must match for an
 * entry to match, so "admin install" finds "Installing (Administrator)".
 */
export function parseFilterTerms(query: string): string[] {
  // Folded like the text it is matched against.
  const terms = foldCase(query).folded.split(/\s+/).filter(Boolean);
  return Array.from(new Set(terms));
}

/**
 * Finds every occurrence of every term, as sorted, merged ranges in the
 * original (unfolded) text.
 */
export function findRanges(text: FoldedText, terms: string[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    let from = text.folded.indexOf(term);
    while (from !== -1) {
      ranges.push(toOriginal(text, from, from + term.length));
      from = text.folded.indexOf(term, from + 1);
    }
  }
  return mergeRanges(ranges);
}

function toOriginal(text: FoldedText, start: number, end: number): TextRange {
  const offsets = text.offsets;
  if (!offsets) return { start, end };
  // A match can end inside a character that folds to several ("i" matches
  // the first half of "İ" folded to "i̇"); the range then has to take in the
  // whole original character, or it would be empty.
  let last = end;
  while (offsets[last] === offsets[last - 1]) last++;
  return { start: offsets[start], end: offsets[last] };
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  if (ranges.length < 2) return ranges;
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [ranges[0]];
  for (let i = 1; i < ranges.length; i++) {
    const last = merged[merged.length - 1];
    if (ranges[i].start <= last.end) {
      merged[merged.length - 1] = {
        start: last.start,
        end: Math.max(last.end, ranges[i].end),
      };
    } else {
      merged.push(ranges[i]);
    }
  }
  return merged;
}
