import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { makeStyles } from '@material-ui/core/styles';
import { Persona } from '../../../model/types';
import { personaDocsTranslationRef } from '../../../translation';
import { Tag } from '../../../components/primitives/Tag';
import { VisuallyHidden } from '../../../components/primitives/VisuallyHidden';

const useStyles = makeStyles(theme => ({
  badges: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    marginLeft: theme.spacing(1),
    verticalAlign: 'middle',
  },
}));

/**
 * Small badges naming the personas an entry is for; one "Everyone" badge
 * when it is for all of them.
 */
export function PersonaBadges(props: {
  personaIds: readonly string[];
  personas: readonly Persona[];
}) {
  const { personaIds, personas } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const everyone = personas.length > 1 && personaIds.length === personas.length;
  const titles = everyone
    ? [t('entry.everyone')]
    : personas.filter(p => personaIds.includes(p.id)).map(p => p.title);
  return (
    <span className={classes.badges}>
      <VisuallyHidden>{` ${t('entry.personasLabel')} `}</VisuallyHidden>
      {titles.map(title => (
        <Tag key={title} label={title} />
      ))}
    </span>
  );
}
