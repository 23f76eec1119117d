import i18next from 'i18next';
import ICU from 'i18next-icu';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { Language, Messages, Translate } from './messages';

export type { Language, Messages, Translate } from './messages';

const STORAGE_KEY = 'scq.language';
const LOCALE: Record<Language, string> = { zh: 'zh-CN', en: 'en' };

/** The language chosen here before; otherwise the browser's own (Chinese unless it prefers English). */
function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // Storage refused (private mode): fall back to the browser's languages.
  }
  const preferred = (typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]).find((tag) => /^(zh|en)\b/i.test(tag));
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** One i18next instance; each page's catalogue joins it as its own namespace the first time the page renders. */
const i18n = i18next.createInstance();
void i18n
  .use(ICU)
  .use(initReactI18next)
  .init({
    lng: LOCALE[initialLanguage()],
    fallbackLng: LOCALE.zh,
    resources: {},
    ns: [],
    defaultNS: false,
    initAsync: false,
    // Keys are plain identifiers (some with dots, as event types): never paths.
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });

const registered = new WeakSet<Messages<string>>();

function register(messages: Messages<string>): void {
  if (registered.has(messages)) return;
  registered.add(messages);
  i18n.addResourceBundle(LOCALE.zh, messages.ns, messages.zh);
  i18n.addResourceBundle(LOCALE.en, messages.ns, messages.en);
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: 'zh', setLanguage: () => undefined });

/** Simplified Chinese by default; the English choice is remembered in this browser. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    void i18n.changeLanguage(LOCALE[next]);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = LOCALE[language];
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <I18nextProvider i18n={i18n}>
      <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
    </I18nextProvider>
  );
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** `const t = useT(messages)` → `t('title')` in the current language. */
export function useT<K extends string>(messages: Messages<K>): Translate<K> {
  register(messages);
  const { t } = useTranslation(messages.ns);
  return useCallback((key: K, values?: Record<string, string | number>) => t(key, values ?? {}), [t]);
}

/** A label the server sends in both languages (taxonomy, statechart meta). */
export function useLabel(): (label: { zh?: string; en?: string } | null | undefined, fallback?: string) => string {
  const { language } = useLanguage();
  return useCallback((label, fallback = '') => (language === 'en' ? label?.en || label?.zh : label?.zh || label?.en) || fallback, [language]);
}
