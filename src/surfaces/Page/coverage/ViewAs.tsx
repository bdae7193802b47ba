import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogApi } from '@backstage/catalog-client';
import {
  useApiHolder,
  useTranslationRef,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { PersonaChoice } from '../../../api/PersonaApi';
import { personaOf } from '../../../coverage/viewAs';
import { personaTitle } from '../../../model/personas';
import { PersonaDocsData } from '../../../store/PersonaDocsData';
import { personaDocsTranslationRef } from '../../../translation';
import { useEntryRows } from '../tree/useEntryRows';
import { SectionsGrid } from '../tree/SectionsGrid';

const FIELDS = [
  'kind',
  'metadata.namespace',
  'metadata.name',
  'metadata.title',
  'spec.profile.displayName',
];

/** The name to show for a catalog entity, from whichever field is text. */
function nameOf(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() ? value : undefined;
  return (
    text(profile?.displayName) ??
    text(entity.metadata?.title) ??
    text(entity.metadata?.name) ??
    '?'
  );
}

/** Users and groups of the catalog whose names hold the typed text. */
function useCandidates(catalogApi: CatalogApi, input: string) {
  const [term, setTerm] = useState('');
  useDebounce(() => setTerm(input.trim()), 250, [input]);
  return useAsync(async () => {
    const { items } = await catalogApi.queryEntities({
      filter: { kind: ['user', 'group'] },
      ...(term && {
        fullTextFilter: {
          term,
          fields: [
            'metadata.name',
            'metadata.title',
            'spec.profile.displayName',
          ],
        },
      }),
      fields: FIELDS,
      limit: 20,
    });
    // Only entries the options can show: the catalog's answer is not
    // trusted to hold entities with a kind and a name.
    return items.filter(
      item =>
        typeof item?.kind === 'string' &&
        typeof item.metadata?.name === 'string',
    );
  }, [catalogApi, term]);
}

/**
 * "View as": a user or group from the catalog, the persona they would get
 * and why, and exactly the tree they would see. Apps without the catalog
 * get a line saying it needs one.
 */
export function ViewAs(props: { store: PersonaDocsData; language?: string }) {
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const catalogApi = useApiHolder().get(catalogApiRef);
  if (!catalogApi) {
    return (
      <Typography variant="body2" paragraph>
        {t('coverage.viewAsNoCatalog')}
      </Typography>
    );
  }
  return <ViewAsPicker {...props} catalogApi={catalogApi} />;
}

function ViewAsPicker(props: {
  store: PersonaDocsData;
  language?: string;
  catalogApi: CatalogApi;
}) {
  const { store, language, catalogApi } = props;
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [input, setInput] = useState('');
  const [picked, setPicked] = useState<Entity | null>(null);
  const candidates = useCandidates(catalogApi, input);
  // The full entity: its memberships decide the persona.
  const full = useAsync(
    async () =>
      picked
        ? catalogApi.getEntityByRef(stringifyEntityRef(picked))
        : undefined,
    [catalogApi, picked],
  );
  const personas = store.personas(language);
  const index = store.index(language);
  const choice = useMemo(
    () => (full.value ? personaOf(store.model, full.value) : undefined),
    [full.value, store.model],
  );
  const tree = useMemo(
    () => (choice ? index.filter(choice.personaId, '') : undefined),
    [choice, index],
  );
  const renderRow = useEntryRows({ personas });
  const failed = candidates.error ?? full.error;
  const reason = (given: PersonaChoice) => {
    if (given.reason.type === 'group') {
      return t('coverage.viewAsGroup', { entityRef: given.reason.entityRef });
    }
    return given.reason.type === 'default'
      ? t('coverage.viewAsDefault')
      : t('coverage.viewAsNone');
  };
  return (
    <>
      <Typography variant="body2" paragraph>
        {t('coverage.viewAsHint')}
      </Typography>
      <Autocomplete
        id="persona-docs-view-as"
        options={candidates.value ?? []}
        loading={candidates.loading}
        value={picked}
        onChange={(_event, value) => setPicked(value)}
        inputValue={input}
        onInputChange={(_event, value) => setInput(value)}
        filterOptions={options => options}
        getOptionLabel={entity =>
          `${nameOf(entity)} (${stringifyEntityRef(entity)})`
        }
        getOptionSelected={(a, b) =>
          stringifyEntityRef(a) === stringifyEntityRef(b)
        }
        noOptionsText={t('coverage.viewAsNoOptions')}
        style={{ maxWidth: 480 }}
        renderInput={params => (
          <TextField
            {...params}
            label={t('coverage.viewAsLabel')}
            variant="outlined"
            size="small"
          />
        )}
      />
      {failed && (
        <Typography color="error" role="alert">
          {t('coverage.viewAsFailed', { error: failed.message })}
        </Typography>
      )}
      {picked && !full.loading && !full.error && !full.value && (
        <Typography role="alert">
          {t('coverage.viewAsGone', { name: nameOf(picked) })}
        </Typography>
      )}
      {picked && choice && tree && (
        <div role="region" aria-label={t('coverage.viewAsResultLabel')}>
          <Typography variant="h6" component="h3" style={{ marginTop: 16 }}>
            {t('coverage.viewAsResult', {
              name: nameOf(picked),
              persona: personaTitle(
                personas,
                choice.personaId,
                t('personaSelect.allPersonas'),
              ),
            })}
          </Typography>
          <Typography variant="body2" paragraph>
            {`${reason(choice)} ${t('coverage.viewAsChoice')}`}
          </Typography>
          <SectionsGrid
            sections={tree.sections.filter(section => section.count > 0)}
            filtering={false}
            renderRow={renderRow}
          />
        </div>
      )}
    </>
  );
}
