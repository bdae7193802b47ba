import ObservableImpl from 'zen-observable';

/** An observable that never emits, for hooks whose API may be missing. */
export const never$ = new ObservableImpl<never>(() => {});
