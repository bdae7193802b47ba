import { InfoCard, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { usePersonaSelection } from '../../api/usePersonaSelection';
import { useDocsLanguage } from '../../hooks/useDocsLanguage';
import { usePersonaDocsAnalytics } from '../../hooks/usePersonaDocsAnalytics';
import { usePersonaDocsData } from '../../hooks/usePersonaDocsData';
import { personaDocsTranslationRef } from '../../translation';
import { PersonaReasonLine } from '../../components/persona/PersonaReasonLine';
import { PersonaSelect } from '../../components/persona/PersonaSelect';

const useStyles = makeStyles(theme => ({
  body: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(2),
  },
}));

/**
 * The reader's persona among their settings: pick it, see why it applies,
 * or forget a choice to go back to the one their groups give them.
 */
export function PersonaSettings() {
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const personas = usePersonaDocsData().personas(useDocsLanguage());
  const { selection, selectPersona, clearSelection } = usePersonaSelection();
  const analytics = usePersonaDocsAnalytics();
  return (
    <div data-testid="persona-docs-settings">
      <InfoCard title={t('settings.title')}>
        <div className={classes.body}>
          <Typography>{t('settings.description')}</Typography>
          {selection ? (
            <>
              <PersonaSelect
                id="persona-docs-settings-persona"
                personas={personas}
                value={selection.personaId}
                onPick={personaId => {
                  analytics.picked(personaId);
                  selectPersona(personaId);
                }}
              />
              <PersonaReasonLine
                reason={selection.reason}
                unsaved={selection.unsaved}
                saving={selection.saving}
                onReset={() => {}}
              />
              {selection.reason.type === 'chosen' && (
                <Button variant="outlined" onClick={() => clearSelection()}>
                  {t('settings.reset')}
                </Button>
              )}
            </>
          ) : (
            <Progress />
          )}
        </div>
      </InfoCard>
    </div>
  );
}
