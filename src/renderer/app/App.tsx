import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router-dom';
import { SessionGate } from '../session/Session';
import { theme } from '../theme';
import { AppLayout } from './AppLayout';

/**
 * Runtime CSS variables and global classes are off: Mantine would write them into inline
 * <style> tags, which the `default-src 'self'` policy blocks. styles.css carries the defaults.
 */
/** The provider only reads its initial direction; a language switch later is passed on here. */
function DirectionSync({ dir }: { dir: 'ltr' | 'rtl' }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(dir), [dir, setDirection]);
  return null;
}

export function App() {
  const { i18n } = useTranslation();
  const dir = i18n.dir(i18n.language);
  useEffect(() => {
    document.documentElement.dir = dir;
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.name');
  }, [dir, i18n, i18n.language]);

  return (
    <DirectionProvider initialDirection={dir} detectDirection={false}>
      <DirectionSync dir={dir} />
      <MantineProvider theme={theme} withCssVariables={false} withGlobalClasses={false} forceColorScheme="light">
        <HashRouter>
          <SessionGate>
            <AppLayout />
          </SessionGate>
        </HashRouter>
      </MantineProvider>
    </DirectionProvider>
  );
}
