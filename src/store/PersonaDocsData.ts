import { localizeAll } from '../model/localize';
import { Persona, PersonaDocsModel } from '../model/types';
import { DocsTreeIndex } from '../tree/DocsTreeIndex';
import { FlatTree } from '../tree/FlatTree';

/**
 * One model of an app's persona docs, with what the surfaces compute from
 * it: its flattened tree, a filter index and localized personas per
 * language, each built the first time something asks for it. Never
 * changes: when catalog entries arrive, the store makes a new one.
 */
export class PersonaDocsData {
  private builtFlat?: FlatTree;
  private readonly indexes = new Map<string, DocsTreeIndex>();
  private readonly localizedPersonas = new Map<string, readonly Persona[]>();

  constructor(readonly model: PersonaDocsModel) {}

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

  /** The filter index for a language (the texts it matches and shows). */
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
