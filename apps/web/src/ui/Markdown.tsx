import ReactMarkdown, { defaultUrlTransform } from 'react-markdown';

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
 * open safely. Nothing a delegate writes can run in another delegate's browser.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown
        urlTransform={safeUrl}
        disallowedElements={['img']}
        unwrapDisallowed
        components={{
          a: ({ href, children: text }) =>
            href ? (
              <a href={href} target="_blank" rel="noopener noreferrer nofollow">
                {text}
              </a>
            ) : (
              <span className="markdown__inert-link">{text}</span>
            ),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
