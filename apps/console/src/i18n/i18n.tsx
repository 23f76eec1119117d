import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type Language = 'zh' | 'en';

/** A page's texts in both languages; the English table must have exactly the Chinese table's keys. */
export interface Messages<K extends string> {
  zh: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** `{name}` placeholders filled from `values`. */
export type Translate<K extends string> = (key: K, values?: Record<string, string | number>) => string;

const STORAGE_KEY = 'scq.language';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'zh', setLanguage: () => undefined });

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Simplified Chinese by default; the English choice is remembered in this browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

export function translate<K extends string>(messages: Messages<K>, language: Language, key: K, values?: Record<string, string | number>): string {
  const template = messages[language][key] ?? messages.zh[key] ?? key;
  return values ? template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole)) : template;
}

/** `const t = useT(messages)` → `t('title')` in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  const { language } = useLanguage();
  return useCallback((key: K, values?: Record<string, string | number>) => translate(messages, language, key, values), [messages, language]);
}

/** A label the server sends in both languages (taxonomy, statechart meta). */
export function useLabel(): (label: { zh?: string; en?: string } | null | undefined, fallback?: string) => string {
  const { language } = useLanguage();
  return useCallback((label, fallback = '') => (language === 'en' ? label?.en || label?.zh : label?.zh || label?.en) || fallback, [language]);
}
