/**
 * Mentions → people of one article. Mentions of one person (by canonical
 * name) are merged: titles in first-seen order, a title printed twice in
 * different spellings ("Trưởng Ban Tổ chức TW" / "Trưởng ban Tổ chức Trung
 * ương") kept once, in its first form.
 */
import type { Official } from '../../schema.ts';
import { matchKey, slugify } from '../../text/vietnamese.ts';
import type { NameResolver } from './resolve.ts';
import { titleKey } from './titles.ts';

export interface Person {
  /** matchKey of the canonical name: the identity within an article. */
  key: string;
  name: string;
  verified: boolean;
  titles: string[];
  /** Named somewhere as a person in their own right ("đồng chí X"), titled or not. */
  announced: boolean;
}

export class People {
  private readonly byKey = new Map<string, Person & { titleKeys: Set<string> }>();
  private readonly resolve: NameResolver;

  constructor(resolve: NameResolver) {
    this.resolve = resolve;
  }

  /** Record a mention; returns the person's key. */
  add(writtenName: string, titles: readonly string[], announced = false): string {
    const { name, verified } = this.resolve(writtenName);
    const key = matchKey(name);
    let p = this.byKey.get(key);
    if (!p) {
      p = { key, name, verified, titles: [], announced, titleKeys: new Set() };
      this.byKey.set(key, p);
    }
    p.announced ||= announced;
    for (const t of titles) {
      const k = titleKey(t);
      if (p.titleKeys.has(k)) continue;
      p.titleKeys.add(k);
      p.titles.push(t);
    }
    return key;
  }

  get(key: string): Person | undefined {
    return this.byKey.get(key);
  }

  /** Everyone, in order of first mention. */
  all(): Person[] {
    return [...this.byKey.values()];
  }
}

/** The record of a person; where the name is written (`at`) is the caller's to add. */
export function toOfficial(p: Person): Omit<Official, 'at'> {
  return { name: p.name, slug: slugify(p.name), titles: [...p.titles], verified: p.verified };
}
