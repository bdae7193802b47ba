import type { DocsForYouCardProps } from './HomeCard';

/** The two ways a Backstage app is put together. */
export type FrontendSystem = 'new' | 'legacy';

/** A surface as both systems' extension creators take it. */
export type Surface<P = {}> = (props?: P) => JSX.Element;

/**
 * Every surface of the plugin, each loaded in a chunk of its own when it
 * first renders. A new surface is one folder under `src/surfaces/`, one
 * line here and one extension in each of `alpha.tsx` and `plugin.ts`.
 */
const bodies = {
  page: () => import('./Page').then(m => m.PersonaDocsPage),
  homeCard: () => import('./HomeCard').then(m => m.DocsForYouCard),
  techDocsAddon: () => import('./TechDocsAddon').then(m => m.PersonaDocsAddon),
  entityCard: () => import('./EntityCard').then(m => m.EntityPersonaDocsCard),
  settings: () => import('./Settings').then(m => m.PersonaSettings),
};

/** The props each surface takes. */
interface SurfaceProps {
  page: {};
  homeCard: DocsForYouCardProps;
  techDocsAddon: {};
  entityCard: {};
  settings: {};
}

export type SurfaceName = keyof SurfaceProps;

const loaded = new Map<string, Promise<Surface<any>>>();

/**
 * Loads a surface's body and its frame for one frontend system. The same
 * component every time, so React keeps its state across renders.
 */
export function loadSurface<N extends SurfaceName>(
  system: FrontendSystem,
  name: N,
): Promise<Surface<SurfaceProps[N]>> {
  const key = `${system}:${name}`;
  let surface = loaded.get(key);
  if (!surface) {
    surface = Promise.all([import('./SurfaceFrame'), bodies[name]()]).then(
      ([frame, body]) => frame.framed<any>(system, body),
    );
    loaded.set(key, surface);
  }
  return surface;
}
