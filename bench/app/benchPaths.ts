/**
 * Where the bench app's start page is, from which the bench measures
 * in-app navigations. Its own module, so the Node side of the bench can
 * import it without the app's browser code.
 */
export const BENCH_START_PATH = '/bench-start';
