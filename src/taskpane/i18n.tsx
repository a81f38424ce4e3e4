/**
 * The pane's language: Chinese first; English by the switch, or when Office's display language is not Chinese.
 * Every text the pane shows is a `Text` ({ zh, en }) — the engine's messages and the pane's own labels alike.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Text } from '../engine';

export type Lang = 'zh' | 'en';

/** The pane's language for a BCP 47 tag (Office.context.displayLanguage, navigator.language): zh-* is Chinese. */
export const langOf = (tag: string | undefined): Lang => (tag === undefined || tag === '' || /^zh\b/i.test(tag) ? 'zh' : 'en');

const LangContext = createContext<Lang>('zh');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

/** The current language and `t` picking a text's half in it. */
export function useLang(): { lang: Lang; t: (text: Text) => string } {
  const lang = useContext(LangContext);
  return { lang, t: (text) => text[lang] };
}
