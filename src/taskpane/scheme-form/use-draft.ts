/** The scheme being edited: the draft value, and the texts being typed into number fields (kept until blur). */
import { useMemo, useState } from 'react';
import { validateScheme, type Result, type Scheme } from '../../engine';
import type { FieldKind } from './defs';
import { parseField, setPath } from './values';

interface Typed {
  readonly text: string;
  /** Whether the text parsed (and so is in the draft). */
  readonly ok: boolean;
}

export interface Draft {
  readonly scheme: Scheme;
  /** The engine's verdict on the draft, as typed. */
  readonly check: Result<Scheme>;
  /** Whether any typed text is not a number (the draft kept its previous value there). */
  readonly anyBad: boolean;
  /** The text typed at `path`, while it is being edited or does not parse. */
  typed(path: string): Typed | undefined;
  text(path: string, kind: FieldKind, text: string): void;
  value(path: string, value: unknown): void;
  blur(path: string): void;
  replace(s: Scheme): void;
}

export function useDraft(initial: Scheme): Draft {
  const [scheme, setScheme] = useState<Scheme>(initial);
  const [typed, setTyped] = useState<Readonly<Record<string, Typed>>>({});
  const check = useMemo(() => validateScheme(scheme), [scheme]);
  return {
    scheme,
    check,
    anyBad: Object.values(typed).some((x) => !x.ok),
    typed: (path) => typed[path],
    text(path, kind, text) {
      const parsed = parseField(kind, text);
      if (parsed.ok) setScheme((s) => setPath(s, path, parsed.value));
      setTyped((r) => ({ ...r, [path]: { text, ok: parsed.ok } }));
    },
    value(path, value) {
      setScheme((s) => setPath(s, path, value));
    },
    blur(path) {
      // A number that parsed is shown as stored from now on; a bad one stays as typed, with its message.
      setTyped((r) => {
        if (r[path]?.ok !== true) return r;
        const { [path]: _, ...rest } = r;
        return rest;
      });
    },
    replace(s) {
      setScheme(structuredClone(s));
      setTyped({});
    },
  };
}
