import { coreApis, useApiHolder } from '@backstage/frontend-plugin-api';
import { useMemo } from 'react';
import useObservable from 'react-use/esm/useObservable';
import { never$ } from './never';

/**
 * The reader's language, following the app's language setting; undefined
 * in an app without translations.
 */
export function useDocsLanguage(): string | undefined {
  const languageApi = useApiHolder().get(coreApis.appLanguage);
  const language$ = useMemo(() => languageApi?.language$(), [languageApi]);
  const current = useObservable(
    language$ ?? never$,
    languageApi ? { language: languageApi.getLanguage().language } : undefined,
  );
  return current?.language;
}
