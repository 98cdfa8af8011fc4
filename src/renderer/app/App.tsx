import { DirectionProvider, MantineProvider } from '@mantine/core';
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
export function App() {
  const { i18n } = useTranslation();
  const dir = i18n.dir(i18n.language);
  useEffect(() => {
    document.documentElement.dir = dir;
    document.documentElement.lang = i18n.language;
  }, [dir, i18n.language]);

  return (
    <DirectionProvider initialDirection={dir} detectDirection={false}>
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
