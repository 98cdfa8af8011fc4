import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import classes from './LanguageSwitch.module.css';

/** Names the other language in its own words and script, so that either reader can find it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'ar' ? 'en' : 'ar';
  return (
    <Button className={classes.switch} variant="subtle" color="gray" lang={next} onClick={() => changeLanguage(next)} title={t('language.switch')} data-testid="language-switch">
      {t(`language.${next}`)}
    </Button>
  );
}
