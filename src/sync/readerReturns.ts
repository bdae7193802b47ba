/**
 * Calls `listener` when the reader comes back to the page: it gets focus,
 * becomes visible, or the browser is online again. That is when another tab
 * or device may have changed what the page shows, and, without the signals
 * backend, nothing else tells the page. Returns how to stop.
 */
export function onReaderReturns(listener: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return () => {};
  }
  const onVisibility = () => {
    if (document.visibilityState !== 'hidden') listener();
  };
  window.addEventListener('focus', listener);
  window.addEventListener('online', listener);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('focus', listener);
    window.removeEventListener('online', listener);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
