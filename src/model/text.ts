/** Longest quoted value kept in a message, so a huge value stays readable. */
const MAX_QUOTED_LENGTH = 80;

/**
 * Cuts text down to what a message shows of it, so a huge value cannot bury
 * the message (or the page) under its own length.
 */
export function shorten(value: string, max = MAX_QUOTED_LENGTH): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/**
 * Quotes a value for a message: JSON escaping makes tabs, newlines and
 * other invisible characters visible, which matters for obfuscated URLs.
 */
export function quote(value: string): string {
  return JSON.stringify(shorten(value));
}

/**
 * Lists items for a message, at most `max` of them, so that a config with
 * thousands of personas still gets a readable message.
 */
export function listForMessage(items: readonly string[], max = 20): string {
  if (items.length === 0) return '(none)';
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/**
 * What went wrong, for a message, whatever was thrown: a value that is not
 * an Error, or one whose message or string conversion throws itself.
 */
export function describeError(error: unknown): string {
  try {
    if (typeof error === 'string') return shorten(error, 300);
    const message = (error as { message?: unknown } | null)?.message;
    if (typeof message === 'string') return shorten(message, 300);
    return shorten(String(error), 300);
  } catch {
    return 'an error that cannot be described';
  }
}
