/**
 * Text prepared for case-insensitive matching. Lowercasing can change a
 * string's length (for example "İ" becomes two code units), so when it does,
 * `offsets` maps each folded index back to the original one, keeping
 * highlight ranges on the right characters.
 */
export interface FoldedText {
  folded: string;
  offsets?: Int32Array;
}

/** Text that folds by plain lowercasing, with nothing to map back. */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Lowercases one character, the same way wherever it stands. `toLowerCase`
 * on a whole string lowercases Greek capital sigma by its position (final
 * "ς" at a word's end, "σ" elsewhere), so a title and a query could fold the
 * same word differently; both sigmas fold to "σ" here.
 */
function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return lower === 'ς' ? 'σ' : lower;
}

/**
 * Folds text for matching: every character lowercased on its own, so a
 * string folds the same way whatever other letters it contains. Offsets
 * are recorded only when folding changed the length.
 */
export function foldCase(text: string): FoldedText {
  if (ASCII.test(text)) return { folded: text.toLowerCase() };
  let folded = '';
  let offsets: number[] | undefined;
  let index = 0;
  for (const char of text) {
    const lower = foldChar(char);
    if (lower.length !== char.length && !offsets) {
      // Every character so far kept its length: offsets are the identity.
      offsets = Array.from({ length: folded.length }, (_, i) => i);
    }
    if (offsets) for (let k = 0; k < lower.length; k++) offsets.push(index);
    folded += lower;
    index += char.length;
  }
  if (!offsets) return { folded };
  offsets.push(index);
  return { folded, offsets: Int32Array.from(offsets) };
}
