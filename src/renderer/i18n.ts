import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { arabicOrdinal } from '../shared/arabicOrdinal';
import { intlLocale } from './app/format';
import ar from './locales/ar.json';
import en from './locales/en.json';

export const LANGUAGES = ['en', 'ar'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'secretariat.language';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The interface language is a preference of this computer, not of the vault, like the idle time. */
export function readLanguage(store: Pick<Storage, 'getItem'> | null = storage()): UiLanguage {
  const stored = store?.getItem(STORAGE_KEY);
  return LANGUAGES.find((l) => l === stored) ?? 'en';
}

export function changeLanguage(lang: UiLanguage, store: Pick<Storage, 'setItem'> | null = storage()): void {
  store?.setItem(STORAGE_KEY, lang);
  void i18n.changeLanguage(lang);
}

/** One instance for the app; App sets `dir` and `lang` on the page from its language. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: readLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  resources: { en: { translation: en }, ar: { translation: ar } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

// i18next would format with the bare language code; numbers must follow the app's own locale.
i18n.services.formatter?.add('number', (value: number, lng: string | undefined, options: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat(intlLocale(lng ?? 'en'), options).format(value),
);
// «الاجتماع الثاني عشر»: the ordinal as a word, from the table the Arabic minutes use.
i18n.services.formatter?.add('arabicOrdinal', (value: number) => arabicOrdinal(Number(value)));
