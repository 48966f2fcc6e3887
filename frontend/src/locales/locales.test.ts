import { describe, expect, it } from 'vitest';
import { userErrorMessageKeys } from '@/lib/user-errors';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.entries(tree).reduce<Record<string, string>>((all, [key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? { ...all, [path]: value } : { ...all, ...flatten(value, path) };
  }, {});
}

const byLanguage: Record<string, Record<string, Record<string, string>>> = {};
for (const [path, tree] of Object.entries(files)) {
  const [, language, namespace] = /^\.\/(\w+)\/(\w+)\.json$/.exec(path) ?? [];
  if (!language || !namespace) continue;
  byLanguage[language] ??= {};
  byLanguage[language][namespace] = flatten(tree);
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = byLanguage.en ?? {};

  it('ship en, nl, de, pl and fr', () => {
    expect(Object.keys(byLanguage).sort()).toEqual(['de', 'en', 'fr', 'nl', 'pl']);
  });

  for (const language of ['nl', 'de', 'pl', 'fr']) {
    for (const namespace of Object.keys(english)) {
      it(`${language}/${namespace} has exactly the keys of en/${namespace}`, () => {
        const theirs = byLanguage[language]?.[namespace] ?? {};
        expect(Object.keys(theirs).sort()).toEqual(Object.keys(english[namespace] ?? {}).sort());
      });

      it(`${language}/${namespace} uses the same {{variables}} and no empty text`, () => {
        const theirs = byLanguage[language]?.[namespace] ?? {};
        for (const [key, text] of Object.entries(english[namespace] ?? {})) {
          expect({ key, vars: variables(theirs[key] ?? '') }).toEqual({ key, vars: variables(text) });
          expect(theirs[key]?.trim(), key).not.toBe('');
        }
      });
    }
  }

  it('has a message for every userError code the helper knows', () => {
    for (const key of Object.values(userErrorMessageKeys)) {
      const [namespace, path] = key.split(':');
      expect(english[namespace ?? '']?.[path ?? ''], key).toBeTruthy();
    }
  });
});
