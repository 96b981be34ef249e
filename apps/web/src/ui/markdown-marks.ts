/** The few fields of mdast nodes this plugin reads and writes. */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
  data?: { hName?: string; hProperties?: Record<string, string> };
}

export interface SourceRange {
  start: number;
  end: number;
}

/** The attribute a marked range's element carries: its index in the ranges given. */
export const MARK_ATTRIBUTE = 'data-mark';

/**
 * A remark plugin: the given ranges of the markdown source, where they fall inside plain text,
 * become `<span data-mark="i">` around that text, for a renderer to replace (a cited article
 * with its number now). Text under a link, or whose source differs from its value (escapes,
 * entities), is left alone: its offsets would not match.
 */
export function remarkMarkRanges(source: string, ranges: readonly SourceRange[]) {
  const split = (text: MdNode): MdNode[] => {
    const from = text.position?.start.offset;
    const to = text.position?.end.offset;
    if (from === undefined || to === undefined || source.slice(from, to) !== text.value)
      return [text];
    const pieces: MdNode[] = [];
    let at = from;
    ranges
      .map((range, index) => ({ ...range, index }))
      .filter((r) => r.start >= from && r.end <= to)
      .sort((a, b) => a.start - b.start)
      .forEach((range) => {
        if (range.start < at) return;
        if (range.start > at) pieces.push({ type: 'text', value: source.slice(at, range.start) });
        pieces.push({
          type: 'mark',
          data: { hName: 'span', hProperties: { [MARK_ATTRIBUTE]: String(range.index) } },
          children: [{ type: 'text', value: source.slice(range.start, range.end) }],
        });
        at = range.end;
      });
    if (pieces.length === 0) return [text];
    if (at < to) pieces.push({ type: 'text', value: source.slice(at, to) });
    return pieces;
  };
  const walk = (node: MdNode): void => {
    if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
    node.children = node.children.flatMap((child) => {
      if (child.type === 'text') return split(child);
      walk(child);
      return [child];
    });
  };
  return () => (tree: MdNode) => {
    if (ranges.length > 0) walk(tree);
  };
}
