import { useEffect, useState } from 'react';
import { createApiRef, useApiHolder } from '@backstage/frontend-plugin-api';
import { Content } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';

/**
 * The part of the persona docs plugin's persona API this page reads. The
 * host does not depend on the plugin: it names the API by its id, and the
 * app hands it whatever the dynamically loaded plugin registered.
 */
interface PersonaApi {
  selection$(): {
    subscribe(next: (selection: { personaId: string }) => void): {
      unsubscribe(): void;
    };
  };
}

const personaApiRef = createApiRef<PersonaApi>().with({
  id: 'plugin.persona-docs.persona',
  pluginId: 'persona-docs',
});

/** Shows the reader's persona as the persona docs plugin's API reports it. */
export function PersonaProbePage() {
  const personaApi = useApiHolder().get(personaApiRef);
  const [personaId, setPersonaId] = useState<string>();
  useEffect(() => {
    const subscription = personaApi
      ?.selection$()
      .subscribe(selection => setPersonaId(selection.personaId));
    return () => subscription?.unsubscribe();
  }, [personaApi]);
  return (
    <Content>
      <Typography data-testid="persona-probe">
        {!personaApi && 'The persona API is not available.'}
        {personaApi && !personaId && 'Asking the persona API…'}
        {personaId && `The persona API says: ${personaId}`}
      </Typography>
    </Content>
  );
}
