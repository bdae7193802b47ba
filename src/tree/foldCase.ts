/**
 * Text prepared for case-insensitive search. Lowercasing can change a
 * string's length (for example "İ" becomes two code units), so when it does,
 * `offsets` maps each folded index back to the original one, keeping
 * highlight ranges on the right characters.
 *
 * @internal
 */
export interface FoldedText {
  folded: string;
  offsets?: Int32Array;
}

/**
 * Lowercases text for matching, recording offsets only when needed.
 *
 * @internal
 */
export function foldCase(text: string): FoldedText {
  const folded = text.toLowerCase();
  if (folded.length === text.length) {
    return { folded };
  }
  let result = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of text) {
    const lower = char.toLowerCase();
    for (let k = 0; k < lower.length; k++) offsets.push(index);
    result += lower;
    index += char.length;
  }
  offsets.push(index);
  return { folded: result, offsets: Int32Array.from(offsets) };
}
