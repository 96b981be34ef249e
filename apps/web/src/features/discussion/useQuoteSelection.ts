import { type RefObject, useCallback, useState } from 'react';
import type { QuoteRange } from './CommentThread';

/**
 * The offset in the stored text of a point of the selection inside `root`. The text on screen
 * may differ from the stored one where a cited article shows its number now (an element with
 * `data-written`, the words as stored): such an element counts as its written words, and a
 * point inside it moves to its start or end, so a quote takes the reference whole.
 */
export function sourceOffset(
  root: HTMLElement,
  container: Node,
  offset: number,
  edge: 'start' | 'end',
): number {
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(container, offset);
  let shift = 0;
  for (const reference of root.querySelectorAll<HTMLElement>('[data-written]')) {
    const written = reference.dataset.written?.length ?? 0;
    const shown = reference.textContent?.length ?? 0;
    const whole = document.createRange();
    whole.selectNode(reference);
    if (reference.contains(container)) {
      const upTo = document.createRange();
      upTo.selectNodeContents(root);
      upTo.setEndBefore(reference);
      return upTo.toString().length + shift + (edge === 'end' ? written : 0);
    }
    if (before.compareBoundaryPoints(Range.END_TO_END, whole) < 0) break;
    shift += written - shown;
  }
  return before.toString().length + shift;
}

/**
 * The passage of `container` the delegate has selected, as offsets into its text (UTF-16 code
 * units, as the API counts them). Call `read` on mouse-up and key-up; null when nothing inside.
 */
export function useQuoteSelection(container: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<QuoteRange | null>(null);

  const read = useCallback(() => {
    const element = container.current;
    const sel = window.getSelection();
    if (!element || !sel || sel.rangeCount === 0 || sel.isCollapsed) return setSelection(null);
    const range = sel.getRangeAt(0);
    if (!element.contains(range.startContainer) || !element.contains(range.endContainer))
      return setSelection(null);
    const start = sourceOffset(element, range.startContainer, range.startOffset, 'start');
    const end = sourceOffset(element, range.endContainer, range.endOffset, 'end');
    setSelection(end > start ? { start, end } : null);
  }, [container]);

  const clear = useCallback(() => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  return { selection, read, clear };
}
