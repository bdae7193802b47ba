import { Config } from '@backstage/config';
import { readPersonaDocsConfig } from '../config/readPersonaDocsConfig';
import { PersonaDocsModel } from '../model/types';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';

const stores = new WeakMap<Config, PersonaDocsStore>();

/**
 * The persona docs of one app: its model and tree index, each built the
 * first time something asks for it, then shared by the persona API, the
 * page and every other surface. Registering the plugin reads nothing, so an
 * app whose readers never open the plugin's pages pays nothing for it.
 */
export class PersonaDocsStore {
  private builtModel?: PersonaDocsModel;
  private builtIndex?: DocsTreeIndex;

  /** The store of the app whose config this is. */
  static of(config: Config): PersonaDocsStore {
    let store = stores.get(config);
    if (!store) {
      store = new PersonaDocsStore(config);
      stores.set(config, store);
    }
    return store;
  }

  private constructor(private readonly config: Config) {}

  get model(): PersonaDocsModel {
    this.builtModel ??= readPersonaDocsConfig(this.config);
    return this.builtModel;
  }

  get index(): DocsTreeIndex {
    this.builtIndex ??= DocsTreeIndex.fromModel(this.model);
    return this.builtIndex;
  }
}
