/**
 * A JSON value, pretty-printed in a scrollable region that keyboard users can focus and scroll
 * (WCAG 2.1.1), named for screen readers.
 */
interface JsonBlockProps {
  readonly value: unknown;
  readonly label: string;
}

export function JsonBlock({ value, label }: JsonBlockProps) {
  const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="json-block" tabIndex={0} aria-label={label}>
      <pre>
        <code>{text}</code>
      </pre>
    </section>
  );
}
