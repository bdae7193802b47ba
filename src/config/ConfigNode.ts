import { Config, ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { describeError } from '../model/text';
import { describeType, isRecord } from './jsonValues';
import { at, KeyPath } from './keyPath';
import { ProblemLog } from './problems';

/**
 * One object of the `personaDocs` block, read through Backstage's `Config`
 * one key at a time.
 *
 * Reading key by key, rather than taking the whole block with
 * `config.getOptional('personaDocs')`, means that nothing below what the
 * reader looks at is copied: a nesting thousands of levels deep or a subtree
 * that YAML aliases share a million times costs only what is read of it.
 * Every access is guarded, so a `Config` that throws (anything, even values
 * that are not errors) costs the key it was asked about and nothing else;
 * every mistake is reported once, with its key path.
 */
export class ConfigNode {
  private keyList?: string[];

  constructor(
    private readonly config: Config,
    readonly path: KeyPath,
    private readonly log: ProblemLog,
  ) {}

  /** The keys that hold a value (null values count as not set). */
  keys(): string[] {
    if (!this.keyList) {
      try {
        this.keyList = this.config.keys();
      } catch (error) {
        this.readFailed(this.path, error);
        this.keyList = [];
      }
    }
    return this.keyList;
  }

  has(key: string): boolean {
    return this.keys().includes(key);
  }

  /** Reports every key that is not one of `known`. */
  checkKeys(known: ReadonlySet<string>) {
    for (const key of this.keys()) {
      if (!known.has(key)) {
        this.log.report(at(this.path, key), 'unknownKey', {
          known: [...known].join(', '),
        });
      }
    }
  }

  /**
   * The value at `key` as plain data, for scalars and short lists. Undefined
   * when it is not set or cannot be read (which is reported).
   */
  value(key: string): unknown {
    if (!this.has(key)) return undefined;
    try {
      return this.config.getOptional(key);
    } catch (error) {
      this.readFailed(at(this.path, key), error);
      return undefined;
    }
  }

  /**
   * The object at `key` as a node; undefined when not set, or not an object
   * (which is reported with `consequence`).
   */
  object(key: string, consequence: string): ConfigNode | undefined {
    if (!this.has(key)) return undefined;
    try {
      const config = this.config.getOptionalConfig(key);
      return config && this.child(config, at(this.path, key));
    } catch {
      // Not an object: say what it is instead.
    }
    const value = this.value(key);
    if (value !== undefined) {
      this.wrongType(at(this.path, key), 'an object', value, consequence);
    }
    return undefined;
  }

  /** A non-empty string, trimmed; anything else is reported and dropped. */
  string(key: string, consequence: string): string | undefined {
    const value = this.value(key);
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      this.wrongType(at(this.path, key), 'a string', value, consequence);
      return undefined;
    }
    const trimmed = value.trim();
    if (!trimmed) {
      this.log.report(at(this.path, key), 'emptyString', { consequence });
      return undefined;
    }
    return trimmed;
  }

  boolean(key: string, consequence: string): boolean | undefined {
    const value = this.value(key);
    if (value === undefined || typeof value === 'boolean') return value;
    this.wrongType(at(this.path, key), 'true or false', value, consequence);
    return undefined;
  }

  /** A list of plain values, such as persona ids or entity refs. */
  list(
    key: string,
    expected: string,
    consequence: string,
  ): unknown[] | undefined {
    const value = this.value(key);
    if (value === undefined || Array.isArray(value)) return value;
    this.wrongType(at(this.path, key), expected, value, consequence);
    return undefined;
  }

  /**
   * Visits the objects of the list at `key`, such as entries, in order,
   * until `visit` returns false. Items that are not objects are reported in
   * their place (with `itemConsequence`), and so is a value that is not a
   * list (with `consequence`). Returns whether there was a list to visit.
   */
  eachObject(
    key: string,
    consequence: string,
    itemConsequence: string,
    visit: (node: ConfigNode, index: number) => boolean | void,
  ): boolean {
    if (!this.has(key)) return false;
    const listPath = at(this.path, key);
    let items: ConfigNode[] | undefined;
    try {
      items = this.config
        .getOptionalConfigArray(key)
        ?.map((item, i) => this.child(item, at(listPath, i)));
    } catch {
      // Not a list of objects only: look at the items one by one.
    }
    if (items) {
      for (let i = 0; i < items.length; i++) {
        if (visit(items[i], i) === false) break;
      }
      return true;
    }
    const value = this.value(key);
    if (value === undefined) return false;
    if (!Array.isArray(value)) {
      this.wrongType(listPath, 'a list', value, consequence);
      return false;
    }
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      if (!isRecord(item)) {
        this.wrongType(at(listPath, i), 'an object', item, itemConsequence);
        continue;
      }
      const node = this.child(
        new ConfigReader(item as JsonObject),
        at(listPath, i),
      );
      if (visit(node, i) === false) break;
    }
    return true;
  }

  /** The number of entries in the list at `key` and below, up to `max`. */
  countEntries(key: string, max: number): number {
    let count = 0;
    const pending: ConfigNode[] = [this];
    const keys = [key];
    while (pending.length > 0 && count < max) {
      const node = pending.pop()!;
      const items = node.quietObjects(keys.pop()!);
      count += items.length;
      for (const item of items) {
        pending.push(item);
        keys.push('children');
      }
    }
    return Math.min(count, max);
  }

  wrongType(
    path: KeyPath,
    expected: string,
    value: unknown,
    consequence: string,
  ) {
    this.log.report(path, 'wrongType', {
      expected,
      actual: describeType(value),
      consequence,
    });
  }

  /** Object items of a list, for counting: nothing is reported. */
  private quietObjects(key: string): ConfigNode[] {
    try {
      return (this.config.getOptionalConfigArray(key) ?? []).map(
        item => new ConfigNode(item, this.path, this.log),
      );
    } catch {
      return [];
    }
  }

  private child(config: Config, path: KeyPath): ConfigNode {
    return new ConfigNode(config, path, this.log);
  }

  private readFailed(path: KeyPath, error: unknown) {
    this.log.report(path, 'readFailed', { error: describeError(error) });
  }
}

/**
 * The `personaDocs` block of the app's config as a node; undefined when it
 * is not set, or not an object (which is reported).
 */
export function readRootNode(
  config: Config,
  log: ProblemLog,
): ConfigNode | undefined {
  const path = at(undefined, 'personaDocs');
  try {
    const block = config.getOptionalConfig('personaDocs');
    return block && new ConfigNode(block, path, log);
  } catch {
    // Not an object: say what it is instead.
  }
  let value: unknown;
  try {
    value = config.getOptional('personaDocs');
  } catch (error) {
    log.report(path, 'readFailed', { error: describeError(error) });
    return undefined;
  }
  if (value !== undefined) {
    log.report(path, 'wrongType', {
      expected: 'an object',
      actual: describeType(value),
      consequence: 'the whole personaDocs block is ignored',
    });
  }
  return undefined;
}
