import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Bilingual.module.css';

/**
 * Props for an input holding one language's text. Each input says its own direction and
 * language, whatever the interface's: English typed in the Arabic interface stays
 * left-to-right, and Arabic in the English one right-to-left.
 */
export const ENGLISH_TEXT = { dir: 'ltr', lang: 'en' } as const;
export const ARABIC_TEXT = { dir: 'rtl', lang: 'ar' } as const;

/**
 * The English and Arabic versions of one text side by side, so both are filled in on the same
 * screen. The interface language's version comes first, at the start side. A `className` places
 * the pair in its parent's layout.
 */
export function BilingualPair({ english, arabic, className }: { english: ReactNode; arabic: ReactNode; className?: string }) {
  const { i18n } = useTranslation();
  return (
    <div className={className ? `${classes.pair} ${className}` : classes.pair}>
      {i18n.language === 'ar' ? (
        <>
          {arabic}
          {english}
        </>
      ) : (
        <>
          {english}
          {arabic}
        </>
      )}
    </div>
  );
}

/** The accessible names of the two versions: the English one keeps the field's plain name in English. */
export function useBilingualLabels() {
  const { t } = useTranslation();
  return {
    en: (label: string) => t('bilingual.english', { label }),
    ar: (label: string) => t('bilingual.arabic', { label }),
  };
}
