import { useApiHolder } from '@backstage/frontend-plugin-api';
import { techdocsApiRef } from '@backstage/plugin-techdocs-react';
import {
  createContext,
  startTransition,
  ReactNode,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import { TechDocsTarget } from '../model/types';
import { DocsSiteInfo, DocsSiteInfoLoader } from './DocsSiteInfoLoader';

/** One object for every entry still waiting, so setting it twice is a no-op. */
const LOADING: DocsSiteInfo = Object.freeze({ status: 'loading' });

const DocsSiteInfoContext = createContext<DocsSiteInfoLoader | undefined>(
  undefined,
);

/**
 * Gives the entries of one page a shared TechDocs answer cache that lives as
 * long as the page. Apps without TechDocs get no lookups at all.
 */
export function DocsSiteInfoProvider(props: {
  children: ReactNode;
  /** Answers slower than this mark a site "status unknown"; 10 s by default. */
  timeoutMs?: number;
}) {
  const { timeoutMs } = props;
  const techdocsApi = useOptionalTechDocsApi();
  const loader = useMemo(
    () =>
      techdocsApi
        ? new DocsSiteInfoLoader(techdocsApi, { timeoutMs })
        : undefined,
    [techdocsApi, timeoutMs],
  );
  return (
    <DocsSiteInfoContext.Provider value={loader}>
      {props.children}
    </DocsSiteInfoContext.Provider>
  );
}

/**
 * The app's TechDocs API, or undefined when the app has none or it cannot be
 * created (for example, missing backend config): the tree works without it.
 */
function useOptionalTechDocsApi() {
  const apis = useApiHolder();
  return useMemo(() => {
    try {
      return apis.get(techdocsApiRef);
    } catch {
      return undefined;
    }
  }, [apis]);
}

/**
 * What TechDocs says about an entry's site, asked for only while the entry is
 * rendered. Undefined for entries that are not TechDocs entries, or when the
 * app has no TechDocs.
 */
export function useDocsSiteInfo(
  target: TechDocsTarget | undefined,
  withEntity: boolean,
): DocsSiteInfo | undefined {
  const loader = useContext(DocsSiteInfoContext);
  // Starts from what is known, so an entry that comes back into view (after
  // a persona switch, say) renders once, with its answer.
  const [info, setInfo] = useState(() =>
    target && loader ? loader.peek(target, withEntity) ?? LOADING : undefined,
  );
  useEffect(() => {
    if (!target || !loader) return undefined;
    let current = true;
    const known = loader.peek(target, withEntity);
    setInfo(known ?? LOADING);
    if (!known) {
      loader.load(target, withEntity).then(answer => {
        // Answers for dozens of rows arrive one by one; rendering them in
        // transitions keeps them from delaying the next keystroke's frame.
        if (current) startTransition(() => setInfo(answer));
      });
    }
    return () => {
      current = false;
    };
  }, [loader, target, withEntity]);
  return info;
}

/**
 * What TechDocs says about each of several sites, by position; undefined
 * entries while waiting, or for all when the app has no TechDocs.
 */
export function useDocsSiteInfos(
  targets: readonly TechDocsTarget[],
): readonly (DocsSiteInfo | undefined)[] {
  const loader = useContext(DocsSiteInfoContext);
  const [infos, setInfos] = useState<readonly (DocsSiteInfo | undefined)[]>(
    () => targets.map(target => loader?.peek(target, true)),
  );
  useEffect(() => {
    if (!loader) return undefined;
    let current = true;
    setInfos(targets.map(target => loader.peek(target, true)));
    targets.forEach((target, index) => {
      if (loader.peek(target, true)) return;
      loader.load(target, true).then(answer => {
        if (!current) return;
        setInfos(previous => {
          const next = [...previous];
          next[index] = answer;
          return next;
        });
      });
    });
    return () => {
      current = false;
    };
  }, [loader, targets]);
  return infos;
}
