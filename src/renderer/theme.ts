import { createTheme } from '@mantine/core';

/**
 * Only choices made in JavaScript belong here. The provider writes no CSS variables at run time
 * (that would need an inline <style>), so radius, font sizes and the cursor are set as variable
 * overrides in styles/app.css instead of as theme values.
 */
export const theme = createTheme({
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { size: 'sm' } },
    TextInput: { defaultProps: { size: 'sm' } },
    Textarea: { defaultProps: { size: 'sm' } },
    NativeSelect: { defaultProps: { size: 'sm' } },
    PasswordInput: { defaultProps: { size: 'sm' } },
    NumberInput: { defaultProps: { size: 'sm' } },
    // Scroll locking injects a <style> element, which the CSP blocks; the page body never
    // scrolls anyway (only the main pane does), so there is nothing to lock.
    Modal: { defaultProps: { lockScroll: false } },
  },
});
