/**
 * The first index whose key is at least `value` in items ordered by that key (items.length when
 * none is). Offsets into a document are looked up this way so that a document with tens of
 * thousands of paragraphs, sections or figures is not searched from the start for each one.
 */
export function lowerBound<T>(items: ArrayLike<T>, key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
