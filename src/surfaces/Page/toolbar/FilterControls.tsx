import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import { memo, startTransition, useEffect } from 'react';
import { useFilterText } from './useFilterText';
import { personaDocsTranslationRef } from '../../../translation';
import { FilterField } from './FilterField';

function FilterControlsBody(props: {
  /** `?q=` of the URL. */
  urlQuery: string;
  writeToUrl(query: string): void;
  /** Gets the filter text, in a transition, after each change. */
  onQuery(query: string): void;
  /** Searches inside the docs; absent when the app has no Backstage Search. */
  onSearchInside?(term: string): void;
}) {
  const { urlQuery, writeToUrl, onQuery, onSearchInside } = props;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [query, changeQuery] = useFilterText(urlQuery, writeToUrl);
  useEffect(() => {
    startTransition(() => onQuery(query));
  }, [query, onQuery]);
  return (
    <>
      <FilterField value={query} onChange={changeQuery} />
      {onSearchInside && (
        <Button
          variant="outlined"
          disabled={!query.trim()}
          onClick={() => onSearchInside(query.trim())}
        >
          {t('search.open')}
        </Button>
      )}
    </>
  );
}

/**
 * The filter box, and the button that searches inside the docs. The text
 * being typed lives here, so a keystroke re-renders these two controls and
 * nothing else at once; the page follows in an interruptible render.
 */
export const FilterControls = memo(FilterControlsBody);
