import { Config } from '@backstage/config';
import { readPersonaDocsConfig } from '../config/readPersonaDocsConfig';
import { localizeAll } from '../model/localize';
import { Persona, PersonaDocsModel } from '../model/types';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';
import { FlatTree } from '../tree/FlatTree';

const stores = new WeakMap<Config, PersonaDocsStore>();

/**
 * The persona docs of one app: its model, its flattened tree and a search
 * index per language, each built the first time something asks for it,
 * then shared by the persona API, the page and every other surface.
 * Registering the plugin reads nothing, so an app whose readers never use
 * the plugin pays nothing for it.
 */
export class PersonaDocsStore {
  private builtModel?: PersonaDocsModel;
  private builtFlat?: FlatTree;
  private readonly indexes = new Map<string, DocsTreeIndex>();
  private readonly localizedPersonas = new Map<string, readonly Persona[]>();

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

  get flat(): FlatTree {
    this.builtFlat ??= new FlatTree(this.model);
    return this.builtFlat;
  }

  /** The personas, titled and described in a language. */
  personas(language = ''): readonly Persona[] {
    let personas = this.localizedPersonas.get(language);
    if (!personas) {
      personas = localizeAll(this.model.personas, language || undefined);
      this.localizedPersonas.set(language, personas);
    }
    return personas;
  }

  /** The search index for a language (the texts it searches and shows). */
  index(language = ''): DocsTreeIndex {
    let index = this.indexes.get(language);
    if (!index) {
      index = DocsTreeIndex.fromModel(this.model, {
        language: language || undefined,
        flat: this.flat,
      });
      this.indexes.set(language, index);
    }
    return index;
  }
}
