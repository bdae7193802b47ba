import { useTranslationRef } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import { ReactNode } from 'react';
import { personaDocsTranslationRef } from '../../translation';

/**
 * The persona cards ("Who are you?") reopened from a page, in a dialog.
 */
export function PersonaCardsDialog(props: {
  open: boolean;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslationRef(personaDocsTranslationRef);
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="persona-docs-cards-dialog-title"
    >
      <DialogTitle id="persona-docs-cards-dialog-title">
        {t('personaCards.title')}
      </DialogTitle>
      <DialogContent>{props.children}</DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('personaCards.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
