import { useTranslationRef } from '@backstage/frontend-plugin-api';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import { personaTitle } from '../../model/personas';
import { ALL_PERSONAS, Persona } from '../../model/types';
import { personaDocsTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  control: {
    minWidth: 260,
    maxWidth: '100%',
  },
  option: {
    maxWidth: 480,
    whiteSpace: 'normal',
  },
  secondary: {
    color: theme.palette.text.secondary,
  },
}));

/**
 * The persona select: "All personas" and every configured persona with its
 * description.
 *
 * It follows the WAI-ARIA select-only combobox pattern: the control's name
 * is just "Persona" and its value is the persona shown, where MUI's default
 * (a button named after label and value together) would blur the two.
 * Picking the persona already shown counts as a pick too: it stores a
 * persona that a group mapping or a link only suggested.
 */
export function PersonaSelect(props: {
  personas: readonly Persona[];
  value: string;
  onPick(personaId: string): void;
  /** An id for the control, when a page shows more than one. */
  id?: string;
}) {
  const { personas, value, onPick, id = 'persona-docs-persona' } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(personaDocsTranslationRef);
  const [open, setOpen] = useState(false);
  const labelId = `${id}-label`;
  const listId = `${id}-options`;
  const titleOf = (personaId: string) =>
    personaTitle(personas, personaId, t('personaSelect.allPersonas'));

  const options = [
    {
      id: ALL_PERSONAS,
      title: t('personaSelect.allPersonas'),
      description: t('personaSelect.allPersonasDescription'),
    },
    ...personas,
  ];

  return (
    <FormControl variant="outlined" size="small" className={classes.control}>
      <InputLabel id={labelId}>{t('personaSelect.label')}</InputLabel>
      <Select
        labelId={labelId}
        label={t('personaSelect.label')}
        value={value}
        // Only observed, not controlled: a controlled Select measures its
        // width on every render, forcing a layout of the whole page.
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
        // Picks are taken from the options' clicks: Select reports changes
        // only, and picking the shown persona must count as well.
        onChange={() => {}}
        renderValue={selected => titleOf(String(selected))}
        SelectDisplayProps={
          {
            role: 'combobox',
            'aria-labelledby': labelId,
            'aria-expanded': open ? 'true' : 'false',
            'aria-controls': open ? listId : undefined,
          } as object
        }
        MenuProps={{
          MenuListProps: { id: listId, 'aria-labelledby': labelId },
          getContentAnchorEl: null,
          anchorOrigin: { vertical: 'bottom', horizontal: 'left' },
        }}
      >
        {options.map(option => (
          <MenuItem
            key={option.id}
            value={option.id}
            className={classes.option}
            onClick={() => onPick(option.id)}
          >
            <ListItemText
              primary={option.title}
              secondary={option.description}
              secondaryTypographyProps={{ className: classes.secondary }}
            />
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
