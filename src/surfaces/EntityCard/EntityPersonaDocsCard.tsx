import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import { usePersonaSelection } from '../../api/usePersonaSelection';
import { useDocsLanguage } from '../../hooks/useDocsLanguage';
import { useOpenEntry } from '../../hooks/useOpenEntry';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { personaTitle } from '../../model/personas';
import { ALL_PERSONAS } from '../../model/types';
import { useLearningProgress } from '../../progress/useLearningProgress';
import { useDocsTargetHref } from '../../techdocs/useDocsTargetHref';
import { personaDocsTranslationRef } from '../../translation';
import { entriesAbout } from '../../tree/navigation';
import { EntryList } from '../../components/entries/EntryList';

/** Entries shown before the reader asks for the rest. */
const SHOWN = 8;

/**
 * "Docs for you" on an entity page: the entries about this entity (its
 * TechDocs site's, and those whose `entities` name it) for the reader's
 * persona. Shows nothing for an entity no entry is about.
 */
export function EntityPersonaDocsCard() {
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const { entity } = useEntity();
  const store = usePersonaDocsData();
  const language = useDocsLanguage();
  const { selection } = usePersonaSelection();
  const [showAll, setShowAll] = useState(false);
  const persona = showAll ? ALL_PERSONAS : selection?.personaId;
  const ref = useMemo(() => getCompoundEntityRef(entity), [entity]);
  const { flat } = store;
  const everyone = useMemo(
    () => entriesAbout(flat, ALL_PERSONAS, ref),
    [flat, ref],
  );
  const entries = useMemo(
    () => (persona ? entriesAbout(flat, persona, ref) : []),
    [flat, persona, ref],
  );
  const progress = useLearningProgress(persona);
  const open = useOpenEntry(persona, progress);
  const hrefOf = useDocsTargetHref();

  if (everyone.length === 0 || !persona) return null;
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const personaName = personaTitle(
    store.personas(language),
    persona,
    t('personaSelect.allPersonas'),
  );
  return (
    <div data-testid="persona-docs-entity-card">
      <InfoCard
        title={t('entity.title')}
        subheader={t('entity.subtitle', { kind, persona: personaName })}
      >
        {entries.length > 0 ? (
          <EntryList
            entries={entries}
            language={language}
            hrefOf={hrefOf}
            onOpen={open}
            limit={SHOWN}
          />
        ) : (
          <>
            <Typography>
              {t('entity.none', { kind, persona: personaName })}{' '}
              {t('entity.others', { count: everyone.length })}
            </Typography>
            <Button
              color="primary"
              size="small"
              onClick={() => setShowAll(true)}
            >
              {t('entity.showAll')}
            </Button>
          </>
        )}
      </InfoCard>
    </div>
  );
}
