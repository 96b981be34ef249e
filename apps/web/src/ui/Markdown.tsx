import type { ReactNode } from 'react';
import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';
import { MARK_ATTRIBUTE, remarkMarkRanges, type SourceRange } from './markdown-marks';
import './Markdown.css';

const SAFE_PROTOCOL = /^(https?:|mailto:)/i;

/** Keeps http(s) and mailto links; anything else (javascript:, data:, vbscript:) becomes inert. */
function safeUrl(url: string): string {
  const cleaned = defaultUrlTransform(url);
  if (!cleaned) return '';
  const trimmed = cleaned.trim();
  if (trimmed.startsWith('#') || trimmed.startsWith('/')) return trimmed;
  return SAFE_PROTOCOL.test(trimmed) ? trimmed : '';
}

/**
 * Comment bodies: markdown without raw HTML (react-markdown escapes it), no images, links that
 * open safely. Nothing a delegate writes can run in another delegate's browser. `marks` are
 * ranges of the source shown by `renderMark` instead (raw HTML being escaped, no delegate can
 * write one).
 */
export function Markdown({
  children,
  marks = [],
  renderMark,
}: {
  children: string;
  marks?: readonly SourceRange[];
  renderMark?: (index: number) => ReactNode;
}) {
  return (
    <div className="markdown">
      <ReactMarkdown
        urlTransform={safeUrl}
        disallowedElements={['img']}
        unwrapDisallowed
        remarkPlugins={renderMark ? [remarkMarkRanges(children, marks)] : []}
        components={{
          a: ({ href, children: text }) =>
            href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {text}
              </a>
            ) : (
              <span className="markdown__inert-link">{text}</span>
            ),
          span: ({ node, children: text, ...props }) => {
            const mark = node?.properties?.[MARK_ATTRIBUTE];
            if (renderMark && mark !== undefined) return renderMark(Number(mark));
            return <span {...props}>{text}</span>;
          },
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
