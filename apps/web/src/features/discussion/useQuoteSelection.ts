import { type RefObject, useCallback, useState } from 'react';
import type { QuoteRange } from './CommentThread';

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
    const before = document.createRange();
    before.selectNodeContents(element);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    const end = start + range.toString().length;
    setSelection(end > start ? { start, end } : null);
  }, [container]);

  const clear = useCallback(() => {
    setSelection(null);
    window.getSelection()?.removeAllRanges();
  }, []);

  return { selection, read, clear };
}
