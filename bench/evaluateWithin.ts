/**
 * A page evaluation with a deadline. The in-page probes wait for animation
 * frames, and a page that stops producing frames (hidden, or a crashed
 * renderer) would otherwise keep the bench waiting forever; this fails it
 * instead, saying what it was waiting for.
 *
 * @param evaluation - the pending `page.evaluate(...)`
 */
export async function evaluateWithin<R>(
  evaluation: Promise<R>,
  options: { timeoutMs: number; waitingFor: string },
): Promise<R> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `Gave up after ${options.timeoutMs / 1000} s waiting for ${
              options.waitingFor
            }`,
          ),
        ),
      options.timeoutMs,
    );
  });
  try {
    return await Promise.race([evaluation, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
