/**
 * The letters of the scripts the documents are written in (Latin with its accented and extended forms,
 * Greek, Cyrillic with its supplement), as the body of a character class: `[${LETTERS}]`.
 *
 * Why not `\p{L}`: V8 compiles a pattern on its first use, and each `\p{L}` (every letter of Unicode,
 * closed under case with the `i` flag) costs about a millisecond to compile; a pattern with a few dozen
 * of them took 60–90 ms, paid by the first question that needed it. This class, in a pattern tested on
 * lower-cased text without the `i` flag, compiles some twenty times faster and takes the same
 * characters in these scripts (it is derived from `\p{L}` itself, once, below).
 */
export const LETTERS = letterRanges(0x0530);

function letterRanges(end: number): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  const ranges: string[] = [];
  let start = -1;
  for (let c = 0; c <= end; c++) {
    const letter = c < end && /\p{L}/u.test(String.fromCharCode(c));
    if (letter && start < 0) start = c;
    if (!letter && start >= 0) {
      ranges.push(c - 1 === start ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
      start = -1;
    }
  }
  return ranges.join('');
}
